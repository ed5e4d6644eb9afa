"""Nodes, hash partitions and spill files: how documents move through dedup's shuffles.

In: a document's input file, locator and record part (or its row in a reference store file).
Out: its node, an int64 whose order is the ingest order (`node_ids`, `published_nodes`; the bit layout
is checked here); the hash partition of a node (`partition_of`, `_by_partition`), and lookups in side
inputs keyed by partition (`_find`); spill files sorted by group, sliced and memory-mapped once per
process (`_write_grouped`, `_read_slices`, `_mapped_spill`).

The shuffles carry documents as nodes, in NumPy arrays, one element per batch and bucket group or per hash
partition of the nodes, never per document: Beam's cost per element stays small next to the hashing, and
a document costs a few machine words in every shuffle instead of its key string.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import apache_beam as beam
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from datasketch.minhash import _fmix

from datalab.errors import DatalabError
from datalab.stages.langid import MAX_PARTS
from datalab.writers import read_spill, write_spill

#: Column of a signature table or a parked batch holding each document's node.
_NODE = "dedup_node"


#: Node of this run's document: input file number (in source_uri order) << FILE_SHIFT | locator << PART_BITS
#: | record part, so ordering nodes is ordering (source_uri, locator, part), the ingest order.
FILE_SHIFT = 40
PART_BITS = 4
LOCATOR_BITS = FILE_SHIFT - PART_BITS
#: Node of a published document: PUBLISHED | store file number << FILE_SHIFT | row in the store file (below
#: 2^FILE_SHIFT); it sorts after every node of this run. Input and store file numbers stay below MAX_FILES.
PUBLISHED = 1 << 62
MAX_FILES = 1 << (62 - FILE_SHIFT)

# langid splits a record into parts 1..MAX_PARTS (0: a whole record); each must fit in PART_BITS.
if not MAX_PARTS < 1 << PART_BITS:
    raise AssertionError(f"langid.MAX_PARTS = {MAX_PARTS} record parts do not fit the {PART_BITS} part bits of a dedup "
                         "node: widen PART_BITS (and narrow LOCATOR_BITS) in datalab/stages/dedup/nodes.py")


def node_ids(uris: pa.Array | pa.ChunkedArray, locators: np.ndarray, parts: np.ndarray, files: dict[str, int]) -> np.ndarray:
    """Node of each of this run's documents (`files`: input file number by source_uri). An input with a
    locator at or above 2^LOCATOR_BITS (some 69 billion records) is refused rather than given a node that
    would collide with another input's."""
    encoded = pc.dictionary_encode(uris).combine_chunks() if isinstance(uris, pa.ChunkedArray) else pc.dictionary_encode(uris)
    numbers = np.array([files[u] for u in encoded.dictionary.to_pylist()], np.int64)
    indices = encoded.indices.to_numpy(zero_copy_only=False)
    locators, parts = np.asarray(locators, np.int64), np.asarray(parts, np.int64)
    too_far = (locators >> LOCATOR_BITS != 0) | (parts >> PART_BITS != 0)
    if too_far.any():
        at = int(np.argmax(too_far))
        raise DatalabError(f"{encoded.dictionary[indices[at]]}: record {locators[at]} part {parts[at]} is beyond what dedup "
                           f"numbers (locators below 2^{LOCATOR_BITS}, parts below 2^{PART_BITS}); split the input")
    return (numbers[indices] << FILE_SHIFT) | (locators << PART_BITS) | parts


def published_nodes(store_file: int, first_row: int, count: int) -> np.ndarray:
    """Nodes of `count` rows of the store_file-th reference store file, from row `first_row` on."""
    return PUBLISHED | (store_file << FILE_SHIFT) | np.arange(first_row, first_row + count, dtype=np.int64)


#: Partitions of the nodes for everything after the buckets.
PARTITIONS = 32


def partition_of(nodes: np.ndarray) -> np.ndarray:
    """Partition of each node, by a hash of it, so partitions are even whatever the files and locators."""
    return (_fmix(np.asarray(nodes).astype(np.uint64), 64) % np.uint64(PARTITIONS)).astype(np.int64)


def _by_partition(nodes: np.ndarray, *columns: np.ndarray):
    """(partition, (nodes, *columns)) for each partition `nodes` touch: the rows whose node falls there."""
    partitions = partition_of(nodes)
    order = np.argsort(partitions, kind="stable")
    bounds = np.searchsorted(partitions[order], np.arange(PARTITIONS + 1))
    for p in range(PARTITIONS):
        pick = order[bounds[p] : bounds[p + 1]]
        if pick.size:
            yield p, tuple(c[pick] for c in (nodes, *columns))


def _concat(chunks, width: int) -> tuple[np.ndarray, ...]:
    """Column-wise concatenation of an iterable of equal-width array tuples (`width` empty arrays if none)."""
    chunks = list(chunks)
    return tuple(np.concatenate([c[k] for c in chunks]) for k in range(width)) if chunks else tuple(np.zeros(0, np.int64) for _ in range(width))


def _find(partitioned: dict, nodes: np.ndarray) -> np.ndarray:
    """For each node, its value in a side input of partition -> (sorted nodes, values); None where absent."""
    out = np.full(nodes.size, None, dtype=object)
    partitions = partition_of(nodes)
    for p in np.unique(partitions):
        if int(p) not in partitioned:
            continue
        keys, values = partitioned[int(p)]
        sel = np.nonzero(partitions == p)[0]
        pos = np.minimum(np.searchsorted(keys, nodes[sel]), keys.size - 1)
        hit = keys[pos] == nodes[sel]
        out[sel[hit]] = values[pos[hit]]
    return out


def _firsts(*keys: np.ndarray) -> np.ndarray:
    """For rows sorted by `keys`: True at the first row of each stretch of equal keys (the first row always)."""
    return np.concatenate([[True], np.any([k[1:] != k[:-1] for k in keys], axis=0)])


def _objects(items: list) -> np.ndarray:
    """A 1-d object array of `items` (NumPy would make tuples into rows)."""
    out = np.empty(len(items), dtype=object)
    for i, item in enumerate(items):
        out[i] = item
    return out


def _write_grouped(table: pa.Table, groups: np.ndarray, count: int, directory: Path, keys: list[str]) -> tuple[str, list]:
    """`table` sorted by group (0 <= group < count) in one spill file: (path, [(group, (path, lo, hi)) for
    every group it holds]), the shape the shuffles carry instead of the rows."""
    order = np.argsort(groups, kind="stable")
    bounds = np.searchsorted(groups[order], np.arange(count + 1)).tolist()
    path = str(write_spill(table.take(pa.array(order)), directory, keys))
    return path, [(g, (path, bounds[g], bounds[g + 1])) for g in range(count) if bounds[g + 1] > bounds[g]]


def _read_slices(slices, columns: list[str] | None = None) -> pa.Table:
    """The rows of a group: its (path, lo, hi) slices of the batches' spill files."""
    tables = (_mapped_spill(path).slice(lo, hi - lo) for path, lo, hi in slices)
    return pa.concat_tables([t.select(columns) for t in tables] if columns else list(tables))


class _ReadsSpills(beam.DoFn):
    """A DoFn that reads spill files through `_mapped_spill`: their memory maps go at the end of each bundle,
    so their pages stop counting against the worker once the step is done."""

    def finish_bundle(self):
        _mapped.cache_clear()


class _OverSpills(_ReadsSpills):
    """`fn(item, *args)` as a FlatMap over spill files."""

    def __init__(self, fn, *args):
        self.fn, self.args = fn, args

    def process(self, item):
        yield from self.fn(item, *self.args)


def _mapped_spill(path: str) -> pa.Table:
    """A spill file (signatures, bucket entries or a parked batch), memory-mapped once per process (`_mapped`)."""
    return _mapped(path, os.stat(path).st_mtime_ns)


@lru_cache(maxsize=512)
def _mapped(path: str, mtime_ns: int) -> pa.Table:
    """Every partition reads a slice of every file, so re-opening them would cost more than the slices (at
    most 512 files open; keyed by modification time too, so a rewritten file is read again)."""
    return read_spill(path)
