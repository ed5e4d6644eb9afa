"""Batch signatures in one compiled pass: the text of a whole Arrow batch goes in as its UTF-8 buffer; the
normalised text, shingle-hash sets and MinHash signatures come out, documents spread over every core.

The definitions are the pure-Python ones of `dedup` (`words`, `normalise`, `shingles`), compiled with
Numba: NFKC (in Python, only for texts that are not NFKC already), case folding and the word-character
test by code-point tables built from Python's own `str.casefold` and `str.isalnum`, then word or character
n-grams hashed and folded, and MinHash equal bit for bit to datasketch's `MinHash(num_perm, seed,
hashfunc=int)` fed the same shingle hashes. The kernels release the GIL and run in parallel."""

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
_FNV = np.uint32(0x01000193)  # FNV prime: folds unit hashes (and code points) into 32-bit values


@cache
def fold_tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(start, length, code points): code point c case-folds to points[start[c]:start[c] + length[c]]
    (`str.casefold`, one to three points), and is_word (`str.isalnum`, Python's `[^\\W_]`) marks word points."""
    starts = np.arange(_MAX_CP, dtype=np.int32)
    lengths = np.ones(_MAX_CP, dtype=np.uint8)
    extra: list[int] = []
    is_word = np.zeros(_MAX_CP, dtype=np.bool_)
    for c in range(_MAX_CP):
        ch = chr(c)
        if ch.isalnum():
            is_word[c] = True
        folded = ch.casefold()
        if folded != ch:
            if len(folded) == 1:
                starts[c] = ord(folded)
            else:
                starts[c], lengths[c] = _MAX_CP + len(extra), len(folded)
                extra.extend(map(ord, folded))
    points = np.concatenate([np.arange(_MAX_CP, dtype=np.int32), np.array(extra, dtype=np.int32)])
    return starts, lengths, points, is_word


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


def batch_signatures(texts: pa.Array, config: DedupConfig) -> BatchSignatures:
    """Normalised texts, shingle sets and MinHash signatures of a batch of texts (nulls count as empty)."""
    shingle, ngram, num_perm, seed = config.shingle, config.ngram, config.num_perm, config.seed
    texts = _nfkc(texts).cast(pa.large_string())
    _, off_buf, data_buf = texts.buffers()
    n = len(texts)
    offsets = np.frombuffer(off_buf, np.int64, n + 1, texts.offset * 8)
    data = np.frombuffer(data_buf, np.uint8) if data_buf is not None else np.zeros(0, np.uint8)
    starts, lengths, points, is_word = fold_tables()
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
    return BatchSignatures(norms, _char_lengths(norms), shingles[mask], np.concatenate([[0], np.cumsum(counts)[:-1]]), sigs)


def _nfkc(texts: pa.Array) -> pa.Array:
    """NFKC of the texts that need it (compatibility characters: ligatures, full-width forms, ...); most
    pass Python's quick check unchanged."""
    texts = texts.fill_null("")
    values = texts.to_pylist()
    changed = {i: unicodedata.normalize("NFKC", t) for i, t in enumerate(values) if not unicodedata.is_normalized("NFKC", t)}
    if not changed:
        return texts
    return pa.array([changed.get(i, t) for i, t in enumerate(values)], pa.string())


def _char_lengths(norms: pa.Array) -> np.ndarray:
    return pc.utf8_length(norms).to_numpy(zero_copy_only=False).astype(np.int64)
