"""Quality filters (Gopher / C4 / FineWeb heuristics) that are fair to terse sector text.

Each measurement is computed once per document (`Doc`) and recorded, all of them, in `stats.quality` under
the filter's name. Each filter is a pure function `(doc, config) -> detail | None` comparing a measurement
with its threshold: None keeps the document, a detail (the statistic and the threshold it crossed, never
text) rejects it with the filter's name as ledger reason. Filters run in the order of `FILTERS`, cheapest
first; the first that fails decides the reason. A
threshold set to null in `params.yaml` switches its filter off. Sector defaults keep clinical notes,
station logs and tables: short, full of codes and digits, and still valuable.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, cached_property
from importlib.util import find_spec, module_from_spec, spec_from_file_location
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from datalab.config import QualityConfig
from datalab.schema import ledger_from, with_stats

_ALPHA_WORD = re.compile(r"(?<!\S)(?=\S*[^\W\d_])\S+")  # a word with at least one letter
_DIGIT = re.compile(r"\d")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_BULLET = re.compile(r"^\s*(?:[-*•‣◦▪●·–]|\d+[.)])\s")  # searched from the line start: ^ anchors it
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)\s*$")
_PARAGRAPH = re.compile(r"\n\s*\n")
#: Lines that mark web boilerplate in any language (C4 drops such lines; here they count against a document).
_BOILERPLATE_PHRASES = (
    "cookie", "javascript", "privacy policy", "terms of use", "terms of service", "all rights reserved",
    "click here", "subscribe to", "datenschutz", "alle rechte vorbehalten", "mentions légales",
    "tous droits réservés", "política de privacidad", "todos los derechos reservados", "informativa sulla privacy",
    "tutti i diritti riservati", "algemene voorwaarden",
)
_BOILERPLATE = re.compile("|".join(map(re.escape, _BOILERPLATE_PHRASES)), re.IGNORECASE)
_PLACEHOLDER = re.compile(r"lorem ipsum", re.IGNORECASE)


@cache
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop-word list for the language (empty where spaCy has none, e.g. Maltese). Only the list's
    own file runs: importing `spacy.lang.<lang>` would compile its tokenizer rules, seconds per language."""
    spacy = find_spec("spacy")
    if not lang.isalpha() or spacy is None or not spacy.submodule_search_locations:
        return frozenset()
    path = Path(spacy.submodule_search_locations[0]) / "lang" / lang / "stop_words.py"
    if not path.exists():
        return frozenset()
    spec = spec_from_file_location(f"datalab_stop_words_{lang}", path)
    module = module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


class Doc:
    """One document and what the filters measure on it, each computed once (`stats` gathers them all)."""

    def __init__(self, text: str, lang: str | None = None):
        self.text, self.lang = text, lang

    @cached_property
    def words(self) -> list[str]:
        return self.text.split()  # = re.findall(r"\S+"): str.split and re's \s agree on whitespace, split is twice as fast

    @cached_property
    def lowered(self) -> str:
        return self.text.lower()

    @cached_property
    def lines(self) -> list[str]:
        return [line for line in self.text.splitlines() if line.strip()]

    @cached_property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in _PARAGRAPH.split(self.text) if p.strip()]

    @cached_property
    def mean_word_length(self) -> float | None:
        return sum(map(len, self.words)) / len(self.words) if self.words else None

    @cached_property
    def symbol_ratio(self) -> float | None:
        """Hash marks and ellipses per word (Gopher: 0.1): tag clouds and truncated teasers."""
        if not self.words:
            return None
        return (self.text.count("#") + self.text.count("...") + self.text.count("…")) / len(self.words)

    @cached_property
    def digit_ratio(self) -> float:
        """Share of non-space characters that are digits: number dumps carry little language."""
        chars = sum(map(len, self.words))
        return len(_DIGIT.findall(self.text)) / chars if chars else 0.0

    @cached_property
    def alphabetic_words(self) -> float | None:
        """Share of words with at least one letter (Gopher: 0.8)."""
        return len(_ALPHA_WORD.findall(self.text)) / len(self.words) if self.words else None

    @cached_property
    def placeholder(self) -> bool:
        return bool(_PLACEHOLDER.search(self.text))

    @cached_property
    def boilerplate(self) -> float:
        """Share of lines with web boilerplate (cookie, privacy, rights notices); 1.0 for placeholder text."""
        if self.placeholder:
            return 1.0
        if not self.lines or not any(phrase in self.lowered for phrase in _BOILERPLATE_PHRASES):  # plain scans: fast
            return 0.0
        return sum(bool(_BOILERPLATE.search(line)) for line in self.lines) / len(self.lines)

    def _line_share(self, pattern: re.Pattern) -> float | None:
        """Share of lines where `pattern` is found, for documents of three lines or more."""
        return sum(bool(pattern.search(line)) for line in self.lines) / len(self.lines) if len(self.lines) >= 3 else None

    @cached_property
    def bullet_lines(self) -> float | None:
        return self._line_share(_BULLET)

    @cached_property
    def ellipsis_lines(self) -> float | None:
        return self._line_share(_ELLIPSIS)

    @cached_property
    def duplicate_lines(self) -> float | None:
        return max(_duplicate_share([line.strip() for line in self.lines])) if len(self.lines) >= 2 else None

    @cached_property
    def duplicate_paragraphs(self) -> float | None:
        return max(_duplicate_share(self.paragraphs)) if len(self.paragraphs) >= 2 else None

    @cached_property
    def stop_words(self) -> int | None:
        """Stop words of the document language; None without a list (unknown language, or none in spaCy)."""
        words = stop_words(self.lang or "")
        return sum(map(words.__contains__, _TOKEN.findall(self.lowered))) if words else None

    @cached_property
    def ngram_shares(self) -> dict[str, float | None]:
        """Gopher's n-gram repetition (`ngram_shares`, which `Quality.process` runs on a whole batch at once)."""
        return ngram_shares([self.lowered])[0]

    def stats(self) -> dict:
        """Every measurement, under the names of `stats.quality` (the filters' names)."""
        return {"word_count": len(self.words), "mean_word_length": self.mean_word_length,
                "symbol_ratio": self.symbol_ratio, "digit_ratio": self.digit_ratio,
                "alphabetic_words": self.alphabetic_words, "boilerplate": self.boilerplate,
                "bullet_lines": self.bullet_lines, "ellipsis_lines": self.ellipsis_lines,
                "duplicate_lines": self.duplicate_lines, "duplicate_paragraphs": self.duplicate_paragraphs,
                "stop_words": self.stop_words, **self.ngram_shares}


def word_count(doc: Doc, config: QualityConfig) -> str | None:
    n = len(doc.words)
    if config.min_words is not None and n < config.min_words:
        return f"words={n} < {config.min_words}"
    if config.max_words is not None and n > config.max_words:
        return f"words={n} > {config.max_words}"
    return None


def mean_word_length(doc: Doc, config: QualityConfig) -> str | None:
    if config.mean_word_length is None or doc.mean_word_length is None:
        return None
    low, high = config.mean_word_length
    mean = doc.mean_word_length
    return f"mean_word_length={mean:.1f} outside [{low}, {high}]" if not low <= mean <= high else None


def symbol_ratio(doc: Doc, config: QualityConfig) -> str | None:
    return _over("symbol_ratio", doc.symbol_ratio, config.max_symbol_ratio)


def digit_ratio(doc: Doc, config: QualityConfig) -> str | None:
    return _over("digit_ratio", doc.digit_ratio, config.max_digit_ratio)


def alphabetic_words(doc: Doc, config: QualityConfig) -> str | None:
    share, limit = doc.alphabetic_words, config.min_alphabetic_words
    if limit is None or share is None:
        return None
    return f"alphabetic_words={share:.2f} < {limit}" if share < limit else None


def _over(name: str, value: float | None, limit: float | None) -> str | None:
    """The detail when `value` exceeds `limit` (a filter switched off, or nothing measured: None)."""
    return f"{name}={value:.2f} > {limit}" if value is not None and limit is not None and value > limit else None


def _duplicate_share(items: list[str]) -> tuple[float, float]:
    """(share of items that repeat an earlier one, share of characters in them)."""
    seen, dup_items, dup_chars = set(), 0, 0
    for item in items:
        if item in seen:
            dup_items += 1
            dup_chars += len(item)
        seen.add(item)
    total_chars = sum(map(len, items))
    return (dup_items / len(items), dup_chars / total_chars) if items and total_chars else (0.0, 0.0)


def duplicate_lines(doc: Doc, config: QualityConfig) -> str | None:
    return _over("duplicate_lines", doc.duplicate_lines, config.max_duplicate_lines)


def duplicate_paragraphs(doc: Doc, config: QualityConfig) -> str | None:
    return _over("duplicate_paragraphs", doc.duplicate_paragraphs, config.max_duplicate_paragraphs)


_GRAM_MIX = np.uint64(0x9E3779B97F4A7C15)
_DOC_MIX = np.uint64(0xC2B2AE3D27D4EB4F)  # (n-gram key, document) -> one 64-bit key
NGRAM_NAMES = [f"top_{n}gram_share" for n in (2, 3, 4)] + [f"duplicate_{n}gram_share" for n in range(5, 11)]


def ngram_shares(lowered: list[str]) -> list[dict[str, float | None]]:
    """Gopher's n-gram repetition of each lower-cased document: the character share of its most frequent
    2-4-gram (counted from its third occurrence: a phrase said twice, a finding restated in a conclusion, is
    writing, not repetition; of equally frequent ones, the one of the smallest key) and of all its duplicated
    5-10-grams; None for documents under 10 words.

    The documents of a batch are numbered together and each n is one sort of (document, n-gram key) pairs:
    per document, dozens of small NumPy calls cost more than the counting. An n-gram repeats only where the
    (n-1)-grams inside it repeat, so the 6-10-gram sorts look at those positions only."""
    out: list[dict[str, float | None]] = [dict.fromkeys(NGRAM_NAMES) for _ in lowered]
    docs = [(i, words) for i, text in enumerate(lowered) if len(words := text.split()) >= 10]
    if not docs:
        return out
    ids, lengths = [], []
    for _, words in docs:  # word ids per document in order of first occurrence: the keys of the n-grams
        vocab = {w: i for i, w in enumerate(dict.fromkeys(words))}
        ids.append(np.fromiter(map(vocab.__getitem__, words), np.uint64, count=len(words)))
        lengths.append(np.fromiter(map(len, words), np.int64, count=len(words)))
    sizes = np.array([len(words) for _, words in docs])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    ends = starts + sizes
    ids, lengths = np.concatenate(ids), np.concatenate(lengths)
    doc = np.repeat(np.arange(len(docs)), sizes)
    cum = np.concatenate([[0], np.cumsum(lengths)])
    totals = cum[ends] - cum[starts]
    shares = {name: np.zeros(len(docs)) for name in NGRAM_NAMES}
    order, runs, counts = _runs(ids * _DOC_MIX + doc.astype(np.uint64))
    word_counts = np.empty(ids.size, np.int64)
    word_counts[order] = np.repeat(counts, counts)  # per position: how often its word occurs in its document
    often = word_counts  # per position: how often the (n-1)-gram starting there occurs in its document
    for n in (2, 3, 4):
        inside = np.arange(ids.size) + n <= ends[doc]
        where = np.nonzero(inside & (often > 2) & (np.append(often[1:], 0) > 2))[0]
        keys = _gram_ids(ids, n)[where]
        order, runs, counts = _runs(keys * _DOC_MIX + doc[where].astype(np.uint64))
        at = where[order[runs]]  # a position of each distinct (document, n-gram)
        best = np.zeros(len(docs), np.int64)
        np.maximum.at(best, doc[at], counts)
        top = np.flatnonzero((counts == best[doc[at]]) & (counts > 2))
        top = top[np.lexsort((keys[order[runs[top]]], doc[at[top]]))]  # by document, then n-gram key
        docs_top, first = np.unique(doc[at[top]], return_index=True)  # the smallest key of the most frequent
        pos, count = at[top[first]], counts[top[first]]
        shares[f"top_{n}gram_share"][docs_top] = count * (cum[pos + n] - cum[pos]) / totals[docs_top]
        often = np.zeros(ids.size, np.int64)
        often[where[order]] = np.repeat(counts, counts)
    repeated = word_counts > 1  # per position: does the (n-1)-gram starting there occur twice in its document
    for n in range(5, 11):
        inside = np.arange(ids.size) + n <= ends[doc]
        if n == 5:
            ok = inside.copy()
            for k in range(5):
                ok[: ids.size - k] &= repeated[k:]
                ok[ids.size - k :] = False
        else:
            ok = inside & repeated & np.concatenate([repeated[1:], [False]])
        where = np.nonzero(ok)[0]
        order, runs, counts = _runs(_gram_ids(ids, n)[where] * _DOC_MIX + doc[where].astype(np.uint64))
        found = np.sort(where[order[np.repeat(counts > 1, counts)]])
        repeated = np.zeros(ids.size, bool)
        repeated[found] = True
        cover = np.zeros(ids.size + 1, np.int64)
        cover[found] += 1  # distinct starts: plain indexing adds once per start
        cover[found + n] -= 1
        covered = np.cumsum(cover[:-1]) > 0
        shares[f"duplicate_{n}gram_share"] = np.add.reduceat(np.where(covered, lengths, 0), starts) / totals
    for j, (i, _) in enumerate(docs):
        out[i] = {name: float(shares[name][j]) for name in NGRAM_NAMES}
    return out


def _gram_ids(ids: np.ndarray, n: int) -> np.ndarray:
    """A 64-bit key per n-gram of a word-id sequence (a collision only merges two n-grams' counts); the keys
    of the last n-1 positions run past the end and are not used."""
    key = ids.copy()
    for k in range(1, n):
        key[: ids.size - k] = key[: ids.size - k] * _GRAM_MIX + ids[k:]
    return key


def _runs(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(order sorting `keys`, where each run of equal keys starts in that order, the length of each run)."""
    order = np.argsort(keys)
    ordered = keys[order]
    new = np.ones(order.size, bool)
    new[1:] = ordered[1:] != ordered[:-1]
    runs = np.flatnonzero(new)
    return order, runs, np.diff(np.append(runs, order.size))


def repeated_ngrams(doc: Doc, config: QualityConfig) -> str | None:
    """The top 2-4-gram and the duplicated 5-10-grams may not cover more than their share of the characters
    (thresholds fall with n; `Doc.ngram_shares`)."""
    shares = doc.ngram_shares
    limits = [*zip((f"top_{n}gram_share" for n in (2, 3, 4)), config.max_top_ngram or ()),
              *zip((f"duplicate_{n}gram_share" for n in range(5, 11)), config.max_duplicate_ngrams or ())]
    return next((detail for name, limit in limits if (detail := _over(name, shares[name], limit))), None)


def stop_word_presence(doc: Doc, config: QualityConfig) -> str | None:
    """Running text has function words (Gopher: two English ones); checked with the document language's
    list, and only on documents long enough to be prose, so terse notes and tables pass."""
    if config.min_stop_words is None or len(doc.words) < config.stop_words_from_words or doc.stop_words is None:
        return None
    found = doc.stop_words
    return f"stop_words={found} < {config.min_stop_words} ({doc.lang})" if found < config.min_stop_words else None


def bullet_lines(doc: Doc, config: QualityConfig) -> str | None:
    return _over("bullet_lines", doc.bullet_lines, config.max_bullet_lines)


def ellipsis_lines(doc: Doc, config: QualityConfig) -> str | None:
    return _over("ellipsis_lines", doc.ellipsis_lines, config.max_ellipsis_lines)


def boilerplate(doc: Doc, config: QualityConfig) -> str | None:
    """Placeholder text always; web boilerplate (cookie, privacy, rights notices) above a share of lines."""
    if config.max_boilerplate_lines is None:
        return None
    if doc.placeholder:
        return "placeholder text (lorem ipsum)"
    return _over("boilerplate_lines", doc.boilerplate, config.max_boilerplate_lines)


#: Ledger reason -> filter, cheapest first.
FILTERS: dict[str, Callable[[Doc, QualityConfig], str | None]] = {
    "word_count": word_count,
    "mean_word_length": mean_word_length,
    "symbol_ratio": symbol_ratio,
    "digit_ratio": digit_ratio,
    "alphabetic_words": alphabetic_words,
    "boilerplate": boilerplate,
    "bullet_lines": bullet_lines,
    "ellipsis_lines": ellipsis_lines,
    "duplicate_lines": duplicate_lines,
    "duplicate_paragraphs": duplicate_paragraphs,
    "stop_words": stop_word_presence,
    "repeated_ngrams": repeated_ngrams,
}


def verdict(doc: Doc, config: QualityConfig) -> tuple[str, str] | None:
    """(reason, detail) of the first filter the document fails, or None to keep it."""
    for reason, rule in FILTERS.items():
        detail = rule(doc, config)
        if detail is not None:
            return reason, detail
    return None


def check(text: str, lang: str | None, config: QualityConfig) -> tuple[str, str] | None:
    return verdict(Doc(text, lang), config)


def build(params) -> "Quality":
    return Quality(params.quality)


def dependencies(params) -> list[dict]:
    """spaCy's stop-word lists (`stop_words`)."""
    from importlib import metadata

    return [{"name": "spacy stop words", "package": "spacy", "version": metadata.version("spacy")}]


class Quality:
    """The quality stage: rejects documents that fail a filter, with the filter as ledger reason."""

    name = "quality"

    def __init__(self, config: QualityConfig):
        self.config = config

    def setup(self) -> None:
        pass  # nothing heavy: a stop-word list loads on first use of its language

    def process(self, batch: pa.Table) -> tuple[pa.Table, pa.Table]:
        docs = [Doc(text, lang) for text, lang in zip(batch.column("text").to_pylist(), batch.column("lang").to_pylist())]
        for doc, shares in zip(docs, ngram_shares([doc.lowered for doc in docs])):
            doc.__dict__["ngram_shares"] = shares  # the batch at once, where the cached property would do one
        verdicts = [verdict(doc, self.config) for doc in docs]
        batch = with_stats(batch, self.name, [doc.stats() for doc in docs])
        keep = pa.array([v is None for v in verdicts])
        failed = [v for v in verdicts if v is not None]
        return batch.filter(keep), ledger_from(batch.filter(pc.invert(keep)), self.name,
                                               [r for r, _ in failed], [d for _, d in failed])
