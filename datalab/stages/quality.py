"""Quality filters (Gopher / C4 / FineWeb heuristics) that are fair to terse sector text.

Each filter is a pure function `(doc, config) -> detail | None`: None keeps the document, a detail (the
statistic and the threshold it crossed, never text) rejects it with the filter's name as ledger reason.
Filters run in the order of `FILTERS`, cheapest first; the first that fails decides the reason. A
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
from datalab.schema import ledger_from

_WORD = re.compile(r"\S+")
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
    """The views of one document the filters share, each computed once."""

    def __init__(self, text: str, lang: str | None = None):
        self.text, self.lang = text, lang

    @cached_property
    def words(self) -> list[str]:
        return _WORD.findall(self.text)

    @cached_property
    def lines(self) -> list[str]:
        return [line for line in self.text.splitlines() if line.strip()]

    @cached_property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in _PARAGRAPH.split(self.text) if p.strip()]


def word_count(doc: Doc, config: QualityConfig) -> str | None:
    n = len(doc.words)
    if config.min_words is not None and n < config.min_words:
        return f"words={n} < {config.min_words}"
    if config.max_words is not None and n > config.max_words:
        return f"words={n} > {config.max_words}"
    return None


def mean_word_length(doc: Doc, config: QualityConfig) -> str | None:
    if config.mean_word_length is None or not doc.words:
        return None
    low, high = config.mean_word_length
    mean = sum(map(len, doc.words)) / len(doc.words)
    return f"mean_word_length={mean:.1f} outside [{low}, {high}]" if not low <= mean <= high else None


def symbol_ratio(doc: Doc, config: QualityConfig) -> str | None:
    """Hash marks and ellipses per word (Gopher: 0.1): tag clouds and truncated teasers."""
    if config.max_symbol_ratio is None or not doc.words:
        return None
    ratio = (doc.text.count("#") + doc.text.count("...") + doc.text.count("…")) / len(doc.words)
    return _over("symbol_ratio", ratio, config.max_symbol_ratio)


def digit_ratio(doc: Doc, config: QualityConfig) -> str | None:
    """Share of non-space characters that are digits: number dumps carry little language."""
    if config.max_digit_ratio is None:
        return None
    chars = sum(map(len, doc.words))
    ratio = len(_DIGIT.findall(doc.text)) / chars if chars else 0.0
    return _over("digit_ratio", ratio, config.max_digit_ratio)


def alphabetic_words(doc: Doc, config: QualityConfig) -> str | None:
    """Share of words with at least one letter (Gopher: 0.8)."""
    if config.min_alphabetic_words is None or not doc.words:
        return None
    share = len(_ALPHA_WORD.findall(doc.text)) / len(doc.words)
    return f"alphabetic_words={share:.2f} < {config.min_alphabetic_words}" if share < config.min_alphabetic_words else None


def _over(name: str, value: float, limit: float) -> str | None:
    return f"{name}={value:.2f} > {limit}" if value > limit else None


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
    if config.max_duplicate_lines is None or len(doc.lines) < 2:
        return None
    return _over("duplicate_lines", max(_duplicate_share([line.strip() for line in doc.lines])), config.max_duplicate_lines)


def duplicate_paragraphs(doc: Doc, config: QualityConfig) -> str | None:
    if config.max_duplicate_paragraphs is None or len(doc.paragraphs) < 2:
        return None
    return _over("duplicate_paragraphs", max(_duplicate_share(doc.paragraphs)), config.max_duplicate_paragraphs)


_GRAM_MIX = np.uint64(0x9E3779B97F4A7C15)


def _gram_ids(ids: np.ndarray, n: int) -> np.ndarray:
    """A 64-bit id per n-gram of a word-id sequence (a collision only merges two n-grams' counts)."""
    m = ids.size - n + 1
    key = ids[:m].copy()
    for k in range(1, n):
        key = key * _GRAM_MIX + ids[k : k + m]
    return key


def repeated_ngrams(doc: Doc, config: QualityConfig) -> str | None:
    """Gopher's n-gram repetition: the most frequent 2-4-gram may not cover more than its share of the
    characters, and duplicated 5-10-grams together may not either (thresholds fall with n). A phrase said
    twice (a finding restated in a short report's conclusion) is writing, not repetition: the top n-gram
    counts from its third occurrence."""
    if config.max_top_ngram is None and config.max_duplicate_ngrams is None:
        return None
    words = [w.lower() for w in doc.words]
    vocab: dict[str, int] = {}
    ids = np.fromiter((vocab.setdefault(w, len(vocab)) for w in words), np.uint64, count=len(words))
    lengths = np.fromiter(map(len, words), np.int64, count=len(words))
    total = int(lengths.sum())
    if len(words) < 10 or not total:
        return None
    for n, limit in zip((2, 3, 4), config.max_top_ngram or ()):
        _, first, counts = np.unique(_gram_ids(ids, n), return_index=True, return_counts=True)
        top = int(counts.argmax())
        share = counts[top] * int(lengths[first[top] : first[top] + n].sum()) / total if counts[top] > 2 else 0.0
        if share > limit:
            return f"top_{n}gram_share={share:.2f} > {limit}"
    for n, limit in zip(range(5, 11), config.max_duplicate_ngrams or ()):
        if len(words) < n:
            break
        _, inverse, counts = np.unique(_gram_ids(ids, n), return_inverse=True, return_counts=True)
        starts = np.nonzero(counts[inverse] > 1)[0]
        cover = np.zeros(len(words) + 1, np.int64)
        np.add.at(cover, starts, 1)
        np.add.at(cover, starts + n, -1)
        share = int(lengths[np.cumsum(cover[:-1]) > 0].sum()) / total
        if share > limit:
            return f"duplicate_{n}gram_share={share:.2f} > {limit}"
    return None


def stop_word_presence(doc: Doc, config: QualityConfig) -> str | None:
    """Running text has function words (Gopher: two English ones); checked with the document language's
    list, and only on documents long enough to be prose, so terse notes and tables pass."""
    if config.min_stop_words is None or len(doc.words) < config.stop_words_from_words:
        return None
    words = stop_words(doc.lang or "")
    if not words:
        return None  # unknown language or no list: nothing to check against
    found = 0
    for token in _TOKEN.finditer(doc.text):  # stops at the first `min_stop_words`: prose finds them at once
        found += token.group().lower() in words
        if found >= config.min_stop_words:
            return None
    return f"stop_words={found} < {config.min_stop_words} ({doc.lang})"


def _line_share(doc: Doc, name: str, pattern: re.Pattern, limit: float | None) -> str | None:
    """Share of lines where `pattern` is found, for documents of three lines or more."""
    if limit is None or len(doc.lines) < 3:
        return None
    return _over(name, sum(bool(pattern.search(line)) for line in doc.lines) / len(doc.lines), limit)


def bullet_lines(doc: Doc, config: QualityConfig) -> str | None:
    return _line_share(doc, "bullet_lines", _BULLET, config.max_bullet_lines)


def ellipsis_lines(doc: Doc, config: QualityConfig) -> str | None:
    return _line_share(doc, "ellipsis_lines", _ELLIPSIS, config.max_ellipsis_lines)


def boilerplate(doc: Doc, config: QualityConfig) -> str | None:
    """Placeholder text always; web boilerplate (cookie, privacy, rights notices) above a share of lines."""
    if config.max_boilerplate_lines is None:
        return None
    if _PLACEHOLDER.search(doc.text):
        return "placeholder text (lorem ipsum)"
    lowered = doc.text.lower()
    if not doc.lines or not any(phrase in lowered for phrase in _BOILERPLATE_PHRASES):  # plain scans: fast
        return None
    share = sum(bool(_BOILERPLATE.search(line)) for line in doc.lines) / len(doc.lines)
    return _over("boilerplate_lines", share, config.max_boilerplate_lines)


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


def check(text: str, lang: str | None, config: QualityConfig) -> tuple[str, str] | None:
    """(reason, detail) of the first filter the document fails, or None to keep it."""
    doc = Doc(text, lang)
    for reason, rule in FILTERS.items():
        detail = rule(doc, config)
        if detail is not None:
            return reason, detail
    return None


class Quality:
    """The quality stage: rejects documents that fail a filter, with the filter as ledger reason."""

    name = "quality"

    def __init__(self, config: QualityConfig):
        self.config = config

    def setup(self) -> None:
        pass  # nothing heavy: a stop-word list loads on first use of its language

    def process(self, batch: pa.Table) -> tuple[pa.Table, pa.Table]:
        langs = batch.column("lang").to_pylist()
        verdicts = [check(text, lang, self.config) for text, lang in zip(batch.column("text").to_pylist(), langs)]
        keep = pa.array([v is None for v in verdicts])
        failed = [v for v in verdicts if v is not None]
        return batch.filter(keep), ledger_from(batch.filter(pc.invert(keep)), self.name,
                                               [r for r, _ in failed], [d for _, d in failed])
