"""Candidate buckets: which documents may be duplicates.

In: signature tables (`shuffle_entries` writes each once to a spill file sorted by hash partition, and
groups its exact-text fingerprints and LSH band hashes into bucket groups).
Out: edges (u, v) as node arrays: every exact copy linked to the preferred member of its exact-text group
(`_exact_edges`), and every pair sharing an LSH band bucket whose MinHash estimate comes within
`EXACT_MARGIN` of the threshold (`_bucket_pairs`, `_to_second`, `_verified`). Whether a pair really is a
duplicate is for `decisions`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from datasketch.minhash import _fmix
from datasketch.lsh import _optimal_param

from datalab.config import DedupConfig
from datalab.stages.dedup.nodes import _NODE, PARTITIONS, _by_partition, _concat, _read_slices, _firsts, _write_grouped, partition_of
from datalab.stages.dedup.store import _signature_table_schema, sig_matrix
from datalab.writers import record_keys


#: Estimates this close to the threshold are checked against the exact Jaccard of the shingle sets
#: (128 permutations estimate J with a standard error of up to 0.044).
EXACT_MARGIN = 0.1


def lsh_bands(config: DedupConfig) -> tuple[int, int]:
    """(bands, rows) for the threshold, with datasketch's optimiser weighting a missed pair 19 times a false
    candidate: a missed duplicate is lost for good, a false candidate costs one verification. At 0.8 with
    128 permutations this gives 16 x 8 (95 % of pairs at J = 0.8 become candidates) instead of 9 x 13 (40 %)."""
    return _bands_for(config.threshold, config.num_perm)


@cache
def _bands_for(threshold: float, num_perm: int) -> tuple[int, int]:  # the optimiser integrates: once per setting
    return _optimal_param(threshold, num_perm, 0.05, 0.95)


_BAND_MIX = np.uint64(0x9E3779B97F4A7C15)


def band_hashes(sigs: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """(documents x bands) 64-bit hashes of each band's `rows` signature values: documents share a band
    hash when the band's values are equal (a rare 64-bit collision only adds a candidate, which is checked)."""
    out = np.empty((sigs.shape[0], bands), np.uint64)
    for band in range(bands):
        h = np.full(sigs.shape[0], band, np.uint64)
        for col in range(band * rows, (band + 1) * rows):
            h = (h ^ sigs[:, col].astype(np.uint64)) * _BAND_MIX
        out[:, band] = _fmix(h, 64)
    return out


#: Bucket groups of the band and exact-hash shuffles: each holds 1/BUCKET_GROUPS of the entries of all bands
#: (many LSH buckets; not to be confused with output shards).
BUCKET_GROUPS = 16


def _fingerprints(values: list[str]) -> np.ndarray:
    return np.array([int(v[:16], 16) for v in values], dtype=np.uint64)


def shuffle_entries(table: pa.Table, config: DedupConfig, workdir: str):
    """The shuffle entries of a signature table, cast to `_signature_table_schema`: ("sigs", path) and
    ("sig", (partition, (path, lo, hi))) of its spill file sorted by partition; ("exact", (bucket group,
    (exact-text fingerprints, nodes, lengths, published flags))) per bucket group; and ("band", (bucket
    group, (path, lo, hi))) of a spill file of (band hash, exact fingerprint, node) rows sorted by bucket
    group. Every band hash is
    seeded with its band, so the bands share one key space. Only paths and small arrays go through Beam:
    its in-memory runner would hold the rows."""
    table = table.cast(_signature_table_schema(config))
    keys = record_keys(table)
    nodes, lengths = table.column(_NODE).to_numpy(), table.column("length").to_numpy()
    path, slices = _write_grouped(table, partition_of(nodes), PARTITIONS, Path(workdir) / "sigs", keys)
    yield "sigs", path
    for item in slices:
        yield "sig", item
    exact = _fingerprints(table.column("exact").to_pylist())
    published = pc.not_equal(table.column("published_run"), "").to_numpy()
    exact_groups = exact % np.uint64(BUCKET_GROUPS)
    for group in np.unique(exact_groups):
        pick = np.nonzero(exact_groups == group)[0]
        yield "exact", (int(group), (exact[pick], nodes[pick], lengths[pick], published[pick]))
    bands, rows = lsh_bands(config)
    hashes = band_hashes(sig_matrix(table.column("minhash"), config.num_perm), bands, rows).ravel()
    docs = np.repeat(np.arange(table.num_rows), bands)
    entries = pa.table({"hash": hashes, "exact": exact[docs], "node": nodes[docs]})
    groups = (hashes % np.uint64(BUCKET_GROUPS)).astype(np.int64)
    for item in _write_grouped(entries, groups, BUCKET_GROUPS, Path(workdir) / "bands", keys)[1]:
        yield "band", item


def _exact_edges(item):
    """Edges from each exact copy to the preferred member of its group (`preference`)."""
    _, chunks = item
    exact, nodes, lengths, published = _concat(chunks, 4)
    order = np.lexsort((nodes, -lengths, ~published, exact))
    exact, nodes = exact[order], nodes[order]
    first = _firsts(exact)
    preferred = nodes[np.maximum.accumulate(np.where(first, np.arange(first.size), 0))]
    if not first.all():
        yield preferred[~first], nodes[~first]


def _bucket_pairs(item):
    """All pairs of documents that share a band hash, one member per exact-text group (exact copies are
    linked by `_exact_edges`, so a bucket of k copies costs nothing), as (smaller node, larger node), by
    partition of the first."""
    _, slices = item
    entries = _read_slices(slices)
    hashes, exact, nodes = (entries.column(c).to_numpy() for c in ("hash", "exact", "node"))
    order = np.lexsort((nodes, exact, hashes))
    hashes, exact, nodes = hashes[order], exact[order], nodes[order]
    first_of_text = _firsts(hashes, exact)
    hashes, nodes = hashes[first_of_text], nodes[first_of_text]
    starts = np.nonzero(_firsts(hashes))[0]
    sizes = np.diff(np.append(starts, hashes.size))
    firsts, seconds = [], []
    for k in np.unique(sizes[sizes > 1]):  # every bucket of k members at once
        i, j = np.triu_indices(int(k), 1)
        base = starts[sizes == k][:, None]
        firsts.append(nodes[(base + i).ravel()])
        seconds.append(nodes[(base + j).ravel()])
    if firsts:
        a, b = np.concatenate(firsts), np.concatenate(seconds)
        yield from _by_partition(np.minimum(a, b), np.maximum(a, b))


def _stacked(slices, num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """The nodes and signatures of a partition, sorted by node."""
    table = _read_slices(slices, [_NODE, "minhash"])
    nodes = table.column(_NODE).to_numpy()
    order = np.argsort(nodes)
    return nodes[order], sig_matrix(table.column("minhash"), num_perm)[order]


def _to_second(item, num_perm: int):
    """Partition of a: its candidate pairs (a, b), each once, get a's signature and move to b's partition."""
    _, joined = item
    a, b = _concat(joined["pairs"], 2)
    if not a.size:
        return
    order = np.lexsort((b, a))
    a, b = a[order], b[order]
    once = _firsts(a, b)  # a pair shares several bands
    a, b = a[once], b[once]
    nodes, sigs = _stacked(joined["sigs"], num_perm)
    yield from _by_partition(b, a, sigs[np.searchsorted(nodes, a)])


def _verified(item, threshold: float, num_perm: int):
    """Partition of b: edges (a, b) whose MinHash estimate comes within EXACT_MARGIN of the threshold
    (`decide_component` settles those near it on the exact shingles)."""
    _, joined = item
    b, a, sig_a = _concat(joined["halves"], 3)
    if not b.size:
        return
    nodes, sigs = _stacked(joined["sigs"], num_perm)
    close = (sig_a == sigs[np.searchsorted(nodes, b)]).mean(axis=1) >= threshold - EXACT_MARGIN
    if close.any():
        yield a[close], b[close]
