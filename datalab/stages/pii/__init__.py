"""The `pii` stage: find personal data in twelve EU languages, replace it, count it by type.

Recognition is layered from cheap and certain to costly: validated identifiers (`recognizers`), cued
values (`context`), person-name cues and gazetteers (`names`), then spaCy NER only for languages that
have an offline model. Replacement is presidio-anonymizer's: typed placeholders (`<PERSON>`) or keyed
pseudonyms that map one value to the same token across a release. Models load once per worker in
`setup()`; documents of one language go through `nlp.pipe` together.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter, defaultdict
from contextlib import contextmanager
from functools import partial
from importlib import metadata

import pyarrow as pa
import pyarrow.compute as pc
from presidio_analyzer import RecognizerResult

from datalab.config import PiiConfig
from datalab.errors import DatalabError
from datalab.pii_entities import ENTITIES, PRIORITY
from datalab.readers import text_sha256
from datalab.schema import ledger_from, with_columns, with_stats
from datalab.stages.pii.context import UPPER, addresses_in_records, birth_dates_in_records, find_in_context
from datalab.stages.pii.identifiers import pseudonym, pseudonym_key
from datalab.stages.pii.names import INSTITUTION, NameFinder, COMMON, lexicon, lowercase_words, ordinary_words
from datalab.stages.pii.profiles import PROFILES_PATH, articles, common, common_alternation, cues_from
from datalab.stages.pii.recognizers import PHONE_REGIONS, Spans, find_national_ids, find_phones, find_simple, number_lines

NER_LABELS = {"PERSON", "PER"}
#: The pipeline components NER does without: the small models' NER embeds its own Tok2Vec, and the shared
#: `tok2vec` feeds only the tagger, morphologizer and parser (a third of the NER time, same entities).
NOT_NER = ["tok2vec", "parser", "lemmatizer", "attribute_ruler", "senter", "tagger", "morphologizer"]
#: Characters of context on either side of a candidate name given to NER (rounded out to whole words).
NER_CONTEXT = 40
LINE = re.compile(r"[^\n]+")
CAPITAL_PAIR = re.compile(rf"[{UPPER}][^\W\d_]+[ \t]+[{UPPER}][^\W\d_]+")
#: Every capitalised word and every pair of them (overlapping): what an NER span kept by `_plausible_words`
#: begins with.
CANDIDATE = re.compile(rf"(?<![^\W\d_])(?=([{UPPER}][^\W\d_]+(?:[ \t]+[{UPPER}][^\W\d_]+)?))")


def _joined(findings: list[RecognizerResult], kind: str = "STREET_ADDRESS") -> list[RecognizerResult]:
    """Overlapping findings of `kind` as one: two patterns that each found part of one address ("Calle Uría,
    135, 33003 Oviedo" and "Oviedo a Calle Uría 111, …") cover all of it, where choosing one loses the other."""
    out, last = [], None
    for f in sorted(findings, key=lambda f: (f.entity_type != kind, f.start)):
        if last is not None and f.entity_type == kind and f.start < last.end:
            last.end = max(last.end, f.end)
            continue
        out.append(f)
        last = f if f.entity_type == kind else None
    return out


def resolve(findings: list[RecognizerResult], text: str | None = None) -> list[RecognizerResult]:
    """Non-overlapping findings: by certainty of kind (`pii_entities.PRIORITY`), then length, then position;
    overlapping addresses joined first (`_joined`). Given the `text`, an address that runs into a surer finding
    keeps its part before it ("…, 28013 Madrid\nTel. 680 05 60 11": the town's line, not the phone's)."""
    chosen: list[RecognizerResult] = []
    taken = Spans()
    for f in sorted(_joined(findings), key=lambda f: (PRIORITY[f.entity_type], f.start - f.end, f.start)):
        if taken.overlaps(f.start, f.end):
            if text is None or f.entity_type != "STREET_ADDRESS":
                continue
            part = text[f.start:taken.free_from(f.start, f.end)].rstrip(" \t\n,;:(–—-")
            if not any(ch.isdigit() for ch in part):
                continue
            f.end = f.start + len(part)
        chosen.append(f)
        taken.add(f.start, f.end)
    return sorted(chosen, key=lambda f: f.start)


def check(config: PiiConfig) -> None:
    """What `setup()` would fail on in every worker, checked before any work starts: each NER model installed
    (found, not loaded; the manifest records its package version). The key is checked by `curate.plan`:
    identifiers need it whatever the operator."""
    for lang, name in config.ner_models.items():
        try:
            found = importlib.util.find_spec(name) is not None
            metadata.distribution(name.replace("_", "-"))
        except (ImportError, ValueError):  # PackageNotFoundError is an ImportError
            found = False
        if not found:
            raise DatalabError(f"pii.ner_models.{lang}: spaCy model {name!r} is not installed")


def _leaves(node, label: str = "value"):
    """(container, key, field name) of every string or number inside parsed JSON metadata."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        name = key if isinstance(key, str) else label
        if isinstance(value, (dict, list)):
            yield from _leaves(value, name)
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            yield node, key, name


def build(params) -> "PiiScrubber":
    return PiiScrubber(params.pii)


def dependencies(params) -> list[dict]:
    """The spaCy NER models, the libraries that validate and replace, and the cue lexicon (with its checksum:
    it changes what is found)."""
    from datalab.lineage import code_version
    from datalab.readers import file_sha256

    deps = []
    for lang, name in sorted(params.pii.ner_models.items()):
        dist = metadata.distribution(name.replace("_", "-"))
        deps.append({"name": name, "language": lang, "package": dist.metadata["Name"], "version": dist.version})
    deps += [{"name": package, "package": package, "version": metadata.version(package)}
             for package in ("presidio-anonymizer", "phonenumbers", "python-stdnum")]
    deps.append({"name": PROFILES_PATH.name, "package": "datalab", "version": code_version(), "sha256": file_sha256(PROFILES_PATH)})
    return deps


#: A legal form after a name, with a closing quote, "& Co", "a syn", "e Hijos" between: a company named after
#: its founder ("Dvořák Logistik s.r.o.", "„Транс Стоянов“ ЕООД", "Panadería Gil e Hijos S.A.").
_LEGAL_FORM = re.compile(
    r"[“”\"»«'’]?(?:[ \t]+(?:&|\+|and|und|et|e|y|a|i|og|och|en|és|și|ja|ir|un|και|и)[ \t]+[^\W\d_]+\.?)?,?[ \t]+"
    rf"(?:{common_alternation('company_forms')})(?![^\W\d_])")


_BRANDS = frozenset(common("vehicle_brands"))
_MODEL_NUMBER = re.compile(r"[ \t]+\d")
#: An amount just before: "115,07 Kč", "20 250 Ft" (a currency's abbreviation is no surname).
_AMOUNT_BEFORE = re.compile(r"\d[ \t\u00a0]?$")


def _not_a_person(text: str, found: RecognizerResult) -> bool:
    """A "person" that is no person: a name that a legal form follows (a company named after its founder), a
    vehicle brand and model before its number ("Ford Transit 350"), a currency's abbreviation after an amount.
    Dropped before the findings are resolved, so that what it overlaps is not lost with it."""
    if found.entity_type != "PERSON":
        return False
    words = text[found.start:found.end].split()
    return (_LEGAL_FORM.match(text, found.end) is not None
            or words[0].lower() in _BRANDS and _MODEL_NUMBER.match(text, found.end) is not None
            or len(words) == 1 and len(words[0]) <= 3 and _AMOUNT_BEFORE.search(text, max(0, found.start - 3), found.start) is not None)


_CHAR_CLASS = re.compile(r"\[(?:\\.|[^\]\\])*\]")


def factored(alternatives: list[str]) -> str:
    """One pattern matching what `"|".join(alternatives)` matches, for alternatives anchored at the start whose
    literal heads end where a class of letters begins: alternatives that go on alike share that rest
    ("^(?:anti|après|arabo)[-–]…[letters]+$"), so each large class is compiled once per rest, not once per
    alternative. An alternative without such a head (or whose head is no pattern of its own) is kept whole."""
    groups: dict[str, list[str]] = {}
    whole = []
    for alternative in alternatives:
        large = next((m for m in _CHAR_CLASS.finditer(alternative) if len(m.group()) > 100), None)
        if alternative.startswith("^") and large and _is_pattern(head := alternative[1:large.start()]):
            groups.setdefault(alternative[large.start():], []).append(head)
        else:
            whole.append(f"(?:{alternative})")
    return "|".join([f"^(?:{'|'.join(heads)}){rest}" for rest, heads in groups.items()] + whole)


def _is_pattern(head: str) -> bool:
    try:
        re.compile(head)
    except re.error:
        return False
    return True


@contextmanager
def _fast_french_token_match():
    """spaCy's French tokenizer compiles, as it is imported, one pattern of 266 alternatives that each repeat a
    class of every letter of several scripts: 1.4 MB of pattern, 3 s in every worker process. While a model
    loads, that one pattern (recognised by being exactly what the module builds from its `_regular_exp`) is
    compiled in its `factored` form instead: 0.15 s, the same tokens matched (a test compares them)."""
    import sys

    real = re.compile

    def compile(pattern, flags=0):
        module = sys.modules.get("spacy.lang.fr.tokenizer_exceptions")
        alternatives = getattr(module, "_regular_exp", None)
        if (isinstance(pattern, str) and len(pattern) > 100_000 and alternatives
                and pattern == "(?iu)" + "|".join(f"(?:{a})" for a in alternatives)):
            return real("(?iu)" + factored(alternatives), flags)
        return real(pattern, flags)

    re.compile = compile
    try:
        yield
    finally:
        re.compile = real


def _ner_pipeline(spacy, model: str):
    """The model with only what its NER needs (`NOT_NER` left out), or with the shared `tok2vec` kept where the
    model's NER listens to it."""
    with _fast_french_token_match():
        nlp = spacy.load(model, exclude=NOT_NER)
        if "Listener" in nlp.config["components"].get("ner", {}).get("model", {}).get("tok2vec", {}).get("@architectures", ""):
            nlp = spacy.load(model, exclude=[c for c in NOT_NER if c != "tok2vec"])
    return nlp


class PiiScrubber:
    """Replaces personal data with placeholders or pseudonyms and counts entities by type."""

    name = "pii"

    def __init__(self, config: PiiConfig):
        self.config = config
        self.nlp: dict | None = None
        self.anonymizer = self.operators = None

    def setup(self) -> None:
        import spacy
        from presidio_anonymizer import AnonymizerEngine
        from presidio_anonymizer.entities import OperatorConfig

        self.nlp = {lang: _ner_pipeline(spacy, model) for lang, model in self.config.ner_models.items()}
        self.anonymizer = AnonymizerEngine()
        entities = [e for e in ENTITIES if e.name in self.config.entities]
        if self.config.operator == "pseudonym":
            key = pseudonym_key(self.config)
            self.operators = {e.name: OperatorConfig("custom", {"lambda": partial(pseudonym, key, e.name)}) for e in entities}
        else:
            self.operators = {e.name: OperatorConfig("replace", {"new_value": e.placeholder}) for e in entities}

    def _ner(self, texts: list[str], langs: list[str | None], found: list[list[RecognizerResult]],
             lowercase: list[set[str]]) -> None:
        """Add spaCy PERSON spans to `found`, running NER only where a name may still hide: around capitalised
        words outside what the rules found that could pass `_plausible_name`, with `NER_CONTEXT` characters
        on either side (within their line). NER over every token would cost more than everything else
        together (spaCy's small model runs at ~40 KB/s); the checks are cheap and NER cannot add what they
        would reject, and a few words either side are the context its window of features sees."""
        segments: dict[str, list[tuple[int, int]]] = defaultdict(list)  # lang -> (doc index, segment start)
        pieces: dict[str, list[str]] = defaultdict(list)
        for i, (text, lang) in enumerate(zip(texts, langs)):
            if lang not in self.nlp:
                continue
            covered = [(f.start, f.end) for f in found[i]]
            for m in LINE.finditer(text):
                line = m.group()
                if not any(not any(s <= m.start() + c.start() < e for s, e in covered) for c in CAPITAL_PAIR.finditer(line)):
                    continue
                spans: list[tuple[int, int]] = []
                for c in CANDIDATE.finditer(line):
                    words = c.group(1).split()
                    if self._plausible_words(words, lang, lowercase[i]) or self._plausible_words(words[:1], lang, lowercase[i]):
                        start = line.rfind(" ", 0, max(0, c.start() - NER_CONTEXT)) + 1
                        end = line.find(" ", c.start() + len(c.group(1)) + NER_CONTEXT)
                        end = len(line) if end < 0 else end
                        if spans and start <= spans[-1][1]:
                            start = spans.pop()[0]
                        spans.append((start, end))
                for start, end in spans:
                    segments[lang].append((i, m.start() + start))
                    pieces[lang].append(line[start:end])
        for lang, where in segments.items():
            for (i, offset), doc in zip(where, self.nlp[lang].pipe(pieces[lang], batch_size=128)):
                found[i].extend(RecognizerResult("PERSON", offset + ent.start_char, offset + ent.end_char, 0.85)
                                for ent in doc.ents
                                if ent.label_ in NER_LABELS and self._plausible_name(ent, lang, lowercase[i]))

    @staticmethod
    def _plausible_words(words: list[str], lang: str, lowercase: set[str]) -> bool:
        """The checks of `_plausible_name` that need no parse: every word capitalised letters only, not a
        listed non-name or institution, not written in lower case elsewhere unless the gazetteer knows it,
        not all in capitals, not all common words of the language (wordfreq's zipf >= 4: names that frequent
        are in the gazetteer) unless the gazetteer knows one, no unknown acronym; one word only when the
        gazetteer knows it."""
        lex = lexicon(lang)
        known = lambda w: w.lower() in lex.first_names or w.lower() in lex.surnames  # noqa: E731
        if any(w.lower() in lowercase and not known(w) for w in words) or all(w.isupper() for w in words):
            return False  # "Cloud Storage" next to "cloud"; headings in capitals
        common = ordinary_words(lang, COMMON)
        if all(w.lower() in common and not known(w) for w in words):
            return False  # "Artifact Registry", "Compute Engine": product names of ordinary words
        if any(w.isupper() and len(w) <= 4 and not known(w) for w in words):
            return False  # "Cloud TPU", "Vertex AI": an acronym is not part of a name
        if any(w.lower() in INSTITUTION for w in words):
            return False
        if not all(w.isalpha() and len(w) >= 2 and w[0].isupper() and w.lower() not in lex.non_names for w in words):
            return False
        return len(words) >= 2 or known(words[0])

    @classmethod
    def _plausible_name(cls, ent, lang: str, lowercase: set[str]) -> bool:
        """NER's PERSON, kept only when it looks like a name (`_plausible_words`), not after an article and
        not before an institution word (NER tags "Heathrow" or "Firefox" as people)."""
        before = ent.doc[ent.start - 1].lower_ if ent.start else ""
        after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
        # a name rarely follows an article; an organisation or an event does ("the Annual General Meeting")
        if before in articles(lang) or "\n" in ent.text or after in INSTITUTION:
            return False
        return cls._plausible_words([t.text for t in ent], lang, lowercase)

    def analyze(self, texts: list[str], langs: list[str | None]) -> list[list[RecognizerResult]]:
        """Resolved findings per document, restricted to the configured entity types."""
        if self.nlp is None:
            self.setup()
        wanted = set(self.config.entities)
        regions = tuple(self.config.phone_regions)
        found_all, lowercase = [], []
        for text, lang in zip(texts, langs):
            cues = cues_from(lang)
            lowercase.append(lowercase_words(text))
            lines = number_lines(text)
            found = list(find_simple(text, lines))
            found += find_national_ids(text, lang, cues, lines=lines)
            found += find_phones(text, lang, regions + PHONE_REGIONS.get(cues, ()), lines)
            found += find_in_context(text, cues)
            found += NameFinder(cues).find(text, lowercase[-1])
            persons = [f for f in found if f.entity_type == "PERSON"]
            found += birth_dates_in_records(text, persons, cues) + addresses_in_records(text, persons)
            found_all.append(found)
        self._ner(texts, langs, found_all, lowercase)
        return [[f for f in resolve([f for f in found if not _not_a_person(text, f)], text) if f.entity_type in wanted]
                for text, found in zip(texts, found_all)]

    def scrub(self, texts: list[str], langs: list[str | None]) -> list[tuple[str, Counter]]:
        """Scrubbed text and entity counts per document."""
        out = []
        for text, found in zip(texts, self.analyze(texts, langs)):
            if not found:
                out.append((text, Counter()))
                continue
            anonymized = self.anonymizer.anonymize(text, found, operators=self.operators)
            out.append((anonymized.text, Counter(f.entity_type for f in found)))
        return out

    def scrub_metadata(self, metadata: list[str | None], langs: list[str | None]) -> list[tuple[str | None, Counter]]:
        """The `metadata` JSON of each document with its string and number values scrubbed. Each value is
        analysed as "key: value", so the field name works as a cue ("patient_name: Anna Nowak")."""
        docs = [json.loads(m) if m else None for m in metadata]
        slots = []  # (doc index, container, key, prefix length)
        texts, text_langs = [], []
        for i, doc in enumerate(docs):
            for container, key, label in _leaves(doc):
                value = container[key]
                prefix = f"{label}: "
                slots.append((i, container, key, len(prefix)))
                texts.append(prefix + str(value))
                text_langs.append(langs[i])
        counts = [Counter() for _ in docs]
        for (i, container, key, skip), text, found in zip(slots, texts, self.analyze(texts, text_langs)):
            found = [f for f in found if f.start >= skip]
            if found:
                container[key] = self.anonymizer.anonymize(text, found, operators=self.operators).text[skip:]
                counts[i].update(f.entity_type for f in found)
        return [(json.dumps(d, sort_keys=True, ensure_ascii=False) if d is not None else None, c)
                for d, c in zip(docs, counts)]

    def process(self, batch: pa.Table) -> tuple[pa.Table, pa.Table]:
        texts = batch.column("text").to_pylist()
        langs = batch.column("lang").to_pylist()
        scrubbed = self.scrub(texts, langs)
        meta = self.scrub_metadata(batch.column("metadata").to_pylist(), langs)
        new_texts = [t for t, _ in scrubbed]
        counts = [sorted((c + mc).items()) for (_, c), (_, mc) in zip(scrubbed, meta)]
        limit = self.config.max_density
        densities = [sum(c.values()) * 1000 / max(len(t), 1) for t, (_, c) in zip(texts, scrubbed)]
        batch = with_columns(batch, {"text": new_texts, "metadata": [m for m, _ in meta],
                                     "text_sha256": [text_sha256(t) for t in new_texts], "pii": counts})
        batch = with_stats(batch, self.name, [{"counts": c, "density": d} for c, d in zip(counts, densities)])
        keep = pa.array([limit is None or d <= limit for d in densities])
        details = [f"{d:.1f} entities per 1,000 chars (limit {limit})" for d in densities if limit is not None and d > limit]
        dropped = batch.filter(pc.invert(keep))
        return batch.filter(keep), ledger_from(dropped, self.name, ["pii_density"] * dropped.num_rows, details)
