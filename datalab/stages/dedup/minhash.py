"""Batch signatures in one compiled pass (used by `signatures`): the text of a whole Arrow batch goes in as its UTF-8 buffer; the
normalised text, shingle-hash sets and MinHash signatures come out, documents spread over every core.

The definitions are the pure-Python ones of `signatures` (`words`, `normalise`, `shingles`), compiled with
Numba: NFKC, case folding and the word-character test by code-point tables built from Python's own
`unicodedata` and `str` methods (`char_tables`), then word or character n-grams hashed and folded, and
MinHash equal bit for bit to datasketch's `MinHash(num_perm, seed, hashfunc=int)` fed the same shingle
hashes. The kernels release the GIL and run in parallel."""

from __future__ import annotations

import threading
import unicodedata
from functools import cache
from typing import NamedTuple

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from datasketch import MinHash
from numba import njit, prange

from datalab.config import DedupConfig

_MAX_CP = 0x110000


class CharTables(NamedTuple):
    """Per code point c: it maps to points[start[c]:start[c] + length[c]] (`casefold(NFKC(c))`, up to 18
    points), `is_word` marks word points (`str.isalnum`: Python's `[^\\W_]`), and `interacts` marks points
    that NFKC may reorder or compose with the point before them."""

    start: np.ndarray
    length: np.ndarray
    points: np.ndarray
    is_word: np.ndarray
    interacts: np.ndarray


def _composition_seconds() -> set[int]:
    """Points that canonical composition can join to a preceding starter (Hangul vowels and trailing consonants too)."""
    seconds = set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))
    for c in range(_MAX_CP):
        d = unicodedata.decomposition(chr(c))
        if d and d[0] != "<" and " " in d:
            seconds.add(int(d.split()[1], 16))
    return seconds


@cache
def char_tables() -> CharTables:
    """The tables, from Python's own `unicodedata.normalize`, `str.casefold` and `str.isalnum`.

    In a text without interacting points, NFKC works point by point, and casefold always does; so
    casefold(NFKC(text)) is the concatenation of every point's mapping. A text with one (combining marks
    after their base, Hangul jamo) is normalised by Python first."""
    start = np.arange(_MAX_CP, dtype=np.int32)
    length = np.ones(_MAX_CP, dtype=np.uint8)
    extra: list[int] = []
    is_word = np.zeros(_MAX_CP, dtype=np.bool_)
    interacts = np.zeros(_MAX_CP, dtype=np.bool_)
    seconds = _composition_seconds()
    for c in range(_MAX_CP):
        ch = chr(c)
        is_word[c] = ch.isalnum()
        mapped = unicodedata.normalize("NFKC", ch).casefold()
        if mapped != ch:
            if len(mapped) == 1:
                start[c] = ord(mapped)
            else:
                start[c], length[c] = _MAX_CP + len(extra), len(mapped)
                extra.extend(map(ord, mapped))
        first = unicodedata.normalize("NFKD", ch)[:1]
        interacts[c] = bool(first) and (unicodedata.combining(first) != 0 or ord(first) in seconds)
    points = np.concatenate([np.arange(_MAX_CP, dtype=np.int32), np.array(extra, dtype=np.int32)])
    return CharTables(start, length, points, is_word, interacts)


def unit_hash(unit: str) -> int:
    """32-bit hash of one shingle unit (a word, or one character): FNV-1a over its code points, then the
    murmur3 finaliser. The kernels compute the same."""
    h = 0x811C9DC5
    for ch in unit:
        h = ((h ^ ord(ch)) * 0x01000193) & 0xFFFFFFFF
    return _fmix32_py(h)


def _fmix32_py(h: int) -> int:
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & 0xFFFFFFFF
    return h ^ (h >> 16)


def fold_ngram(unit_hashes) -> int:
    """One shingle's hash from its units' hashes (a text shorter than n is one shingle; no unit: 0)."""
    acc = 0
    for h in unit_hashes:
        acc = (acc * 0x01000193 + h) & 0xFFFFFFFF
    return acc


@njit(inline="always")
def _fmix32(h):
    h ^= h >> np.uint64(16)
    h = (h * np.uint64(0x85EBCA6B)) & np.uint64(0xFFFFFFFF)
    h ^= h >> np.uint64(13)
    h = (h * np.uint64(0xC2B2AE35)) & np.uint64(0xFFFFFFFF)
    return h ^ (h >> np.uint64(16))


@njit(inline="always")
def _decode(data, i):
    """(code point, next index) of the UTF-8 sequence at data[i] (Arrow strings are valid UTF-8)."""
    b = np.int64(data[i])
    if b < 0x80:
        return b, i + 1
    if b < 0xE0:
        return ((b & 0x1F) << 6) | (np.int64(data[i + 1]) & 0x3F), i + 2
    if b < 0xF0:
        return ((b & 0x0F) << 12) | ((np.int64(data[i + 1]) & 0x3F) << 6) | (np.int64(data[i + 2]) & 0x3F), i + 3
    return (((b & 0x07) << 18) | ((np.int64(data[i + 1]) & 0x3F) << 12) | ((np.int64(data[i + 2]) & 0x3F) << 6)
            | (np.int64(data[i + 3]) & 0x3F)), i + 4


@njit(inline="always")
def _utf8_size(c):
    return 1 if c < 0x80 else 2 if c < 0x800 else 3 if c < 0x10000 else 4


@njit(inline="always")
def _put_utf8(out, j, c):
    if c < 0x80:
        out[j] = c
        return j + 1
    if c < 0x800:
        out[j] = 0xC0 | (c >> 6)
        out[j + 1] = 0x80 | (c & 0x3F)
        return j + 2
    if c < 0x10000:
        out[j] = 0xE0 | (c >> 12)
        out[j + 1] = 0x80 | ((c >> 6) & 0x3F)
        out[j + 2] = 0x80 | (c & 0x3F)
        return j + 3
    out[j] = 0xF0 | (c >> 18)
    out[j + 1] = 0x80 | ((c >> 12) & 0x3F)
    out[j + 2] = 0x80 | ((c >> 6) & 0x3F)
    out[j + 3] = 0x80 | (c & 0x3F)
    return j + 4


@njit(nogil=True, parallel=True, cache=True)
def _interacting(data, offsets, interacts, out):
    """out[d]: document d has a point that NFKC may combine with its neighbour."""
    for d in prange(offsets.size - 1):
        i, end = offsets[d], offsets[d + 1]
        while i < end:
            c, i = _decode(data, i)
            if interacts[c]:
                out[d] = True
                break


@njit(nogil=True, parallel=True, cache=True)
def _normalise(data, offsets, starts, lengths, points, is_word, out, out_offsets, units, unit_offsets, char_units, count_only):
    """Case-fold and split every document into words, joined by single spaces. With count_only, fill
    out_offsets[i + 1] with the UTF-8 size of document i's normalised text and unit_offsets[i + 1] with its
    unit count; else write the text to `out` and the unit hashes (words, or characters of the normalised
    text with char_units) to `units`."""
    n = offsets.size - 1
    for d in prange(n):
        i, end = offsets[d], offsets[d + 1]
        j, u = out_offsets[d], unit_offsets[d]
        size = np.int64(0)
        nunits = np.int64(0)
        in_word = False
        h = np.uint64(0x811C9DC5)
        while i < end:
            c, i = _decode(data, i)
            for k in range(starts[c], starts[c] + lengths[c]):
                f = np.int64(points[k])
                if is_word[f]:
                    if not in_word:
                        if size:  # the separating space
                            if not count_only:
                                out[j] = 32
                                j += 1
                                if char_units:
                                    units[u] = _fmix32((np.uint64(0x811C9DC5) ^ np.uint64(32)) * np.uint64(0x01000193) & np.uint64(0xFFFFFFFF))
                                    u += 1
                            size += 1
                            nunits += char_units
                        in_word = True
                        h = np.uint64(0x811C9DC5)
                    size += _utf8_size(f)
                    if char_units:
                        nunits += 1
                        if not count_only:
                            units[u] = _fmix32(((np.uint64(0x811C9DC5) ^ np.uint64(f)) * np.uint64(0x01000193)) & np.uint64(0xFFFFFFFF))
                            u += 1
                    else:
                        h = ((h ^ np.uint64(f)) * np.uint64(0x01000193)) & np.uint64(0xFFFFFFFF)
                    if not count_only:
                        j = _put_utf8(out, j, f)
                elif in_word:
                    in_word = False
                    if not char_units:
                        nunits += 1
                        if not count_only:
                            units[u] = _fmix32(h)
                            u += 1
        if in_word and not char_units:
            nunits += 1
            if not count_only:
                units[u] = _fmix32(h)
        if count_only:
            out_offsets[d + 1] = size
            unit_offsets[d + 1] = nunits


@njit(nogil=True, parallel=True, cache=True)
def _shingle_minhash(units, unit_offsets, ngram, a, b, shingles, shingle_offsets, counts, sigs):
    """Per document: the n-gram hashes of its units, sorted and unique, into shingles[shingle_offsets[d]:]
    (counts[d] of them), and their MinHash signature (affine32: a * fmix32(h) + b mod 2^32, minimum)."""
    n = unit_offsets.size - 1
    num_perm = a.size
    mask = np.uint64(0xFFFFFFFF)
    for d in prange(n):
        lo, hi = unit_offsets[d], unit_offsets[d + 1]
        m = hi - lo
        w = shingle_offsets[d]
        if m < ngram:  # one shingle of all its units (0 when it has none)
            acc = np.uint64(0)
            for k in range(lo, hi):
                acc = (acc * np.uint64(0x01000193) + np.uint64(units[k])) & mask
            shingles[w] = acc
            c = 1
        else:
            c = m - ngram + 1
            for s in range(c):
                acc = np.uint64(0)
                for k in range(lo + s, lo + s + ngram):
                    acc = (acc * np.uint64(0x01000193) + np.uint64(units[k])) & mask
                shingles[w + s] = acc
            shingles[w : w + c].sort()
            kept = 1
            for s in range(1, c):
                if shingles[w + s] != shingles[w + kept - 1]:
                    shingles[w + kept] = shingles[w + s]
                    kept += 1
            c = kept
        counts[d] = c
        for p in range(num_perm):
            sigs[d, p] = mask
        for s in range(w, w + c):
            x = _fmix32(np.uint64(shingles[s]))
            for p in range(num_perm):
                v = (np.uint64(a[p]) * x + np.uint64(b[p])) & mask
                if v < sigs[d, p]:
                    sigs[d, p] = v


@cache
def permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's own permutation parameters, so signatures match `datasketch.MinHash` bit for bit."""
    a, b = MinHash(num_perm=num_perm, seed=seed).permutations
    return a.astype(np.uint32), b.astype(np.uint32)


class BatchSignatures(NamedTuple):
    norms: pa.LargeStringArray  # normalised text per document (`dedup.normalise`)
    lengths: np.ndarray  # characters of each normalised text
    hashes: np.ndarray  # sorted, unique 32-bit shingle hashes, document i's at hashes[starts[i]:starts[i + 1]]
    starts: np.ndarray
    sigs: np.ndarray  # (documents x num_perm) uint32


# one caller at a time: the kernels already use every core, and not every threading layer takes concurrent launches
_LOCK = threading.Lock()


def batch_signatures(texts: pa.Array | pa.ChunkedArray, config: DedupConfig) -> BatchSignatures:
    """Normalised texts, shingle sets and MinHash signatures of a batch of texts (nulls count as empty)."""
    texts = texts.combine_chunks() if isinstance(texts, pa.ChunkedArray) else texts
    shingle, ngram, num_perm, seed = config.shingle, config.ngram, config.num_perm, config.seed
    tables = char_tables()
    n = len(texts)
    data, offsets = _utf8(texts.fill_null(""))
    slow = np.zeros(n, np.bool_)
    with _LOCK:
        _interacting(data, offsets, tables.interacts, slow)
    if slow.any():  # Python's NFKC for those few
        values = texts.fill_null("").to_pylist()
        data, offsets = _utf8(pa.array([unicodedata.normalize("NFKC", t) if f else t for t, f in zip(values, slow.tolist())], pa.string()))
    starts, lengths, points, is_word = tables.start, tables.length, tables.points, tables.is_word
    char_units = shingle == "char"
    out_sizes = np.zeros(n + 1, np.int64)
    unit_counts = np.zeros(n + 1, np.int64)
    a, b = permutations(num_perm, seed)
    with _LOCK:
        _normalise(data, offsets, starts, lengths, points, is_word, np.zeros(0, np.uint8), out_sizes,
                   np.zeros(0, np.uint32), unit_counts, char_units, True)
        out_offsets, unit_offsets = np.cumsum(out_sizes), np.cumsum(unit_counts)
        out = np.empty(out_offsets[-1], np.uint8)
        units = np.empty(unit_offsets[-1], np.uint32)
        _normalise(data, offsets, starts, lengths, points, is_word, out, out_offsets, units, unit_offsets, char_units, False)
        bounds = np.maximum(np.diff(unit_offsets) - ngram + 1, 1)
        shingle_offsets = np.concatenate([[0], np.cumsum(bounds)])
        shingles = np.empty(shingle_offsets[-1], np.uint32)
        counts = np.empty(n, np.int64)
        sigs = np.empty((n, num_perm), np.uint32)
        _shingle_minhash(units, unit_offsets, ngram, a, b, shingles, shingle_offsets, counts, sigs)
    mask = np.arange(shingles.size) - np.repeat(shingle_offsets[:-1], bounds) < np.repeat(counts, bounds)
    norms = pa.LargeStringArray.from_buffers(n, pa.py_buffer(out_offsets), pa.py_buffer(out))
    return BatchSignatures(norms, _char_lengths(norms), shingles[mask], np.cumsum(counts) - counts, sigs)


def _utf8(texts: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """The UTF-8 bytes and int64 offsets of a string array, without copying when it is a large string array."""
    texts = texts.cast(pa.large_string())
    _, offsets, data = texts.buffers()
    return (np.frombuffer(data, np.uint8) if data is not None else np.zeros(0, np.uint8),
            np.frombuffer(offsets, np.int64, len(texts) + 1, texts.offset * 8))


def _char_lengths(norms: pa.Array) -> np.ndarray:
    return pc.utf8_length(norms).to_numpy(zero_copy_only=False).astype(np.int64)
