"""Signatures: what dedup computes from each document, and the signature tables the shuffles start from.

In: document batches (their `text`), and the files of the published signature stores (`Reference`).
Out: per document its normalised text (`normalise`: NFKC, case-folded words), shingle hashes and MinHash
signature, computed for a whole batch in one compiled pass (`minhash.batch_signatures`); per batch, a
signature table (the store's columns plus each document's node) handed to `buckets.shuffle_entries`, and the
batch parked in a spill file with its nodes and shingle hashes for `decisions` ("parked"). The reference's
signature tables are read from its store files, not recomputed.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import apache_beam as beam
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from datalab.config import DedupConfig
from datalab.stages.dedup.buckets import shuffle_entries
from datalab.stages.dedup.minhash import batch_signatures
from datalab.stages.dedup.nodes import _NODE, node_ids, published_nodes
from datalab.stages.dedup.store import Reference
from datalab.writers import record_keys, write_spill


_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The words of a text, NFKC-normalised and case-folded; fair to Greek, Cyrillic and accents (letters and
    digits of every script are word characters; everything else separates words)."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def normalise(text: str) -> str:
    """The words joined by single spaces: the text that exact duplicates share."""
    return " ".join(words(text))


def exact_key(text: str) -> str:
    return _digest(normalise(text))


def _digest(norm: str | bytes) -> str:
    return hashlib.sha256(norm.encode("utf-8") if isinstance(norm, str) else norm).hexdigest()


def _digests(norms: pa.LargeStringArray) -> list[str]:
    """`exact_key` of each normalised text, read straight from the Arrow buffers."""
    _, offsets, data = norms.buffers()
    bounds = np.frombuffer(offsets, np.int64, len(norms) + 1, norms.offset * 8)
    view = memoryview(data) if data is not None else memoryview(b"")
    return [_digest(view[lo:hi]) for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist())]


def shingles(text: str, config: DedupConfig, normalised: bool = False) -> set[bytes]:
    """Word or character n-grams of the normalised text; a text shorter than n is one shingle."""
    norm = text if normalised else normalise(text)
    units = norm.split(" ") if config.shingle == "word" else list(norm)
    joiner = " " if config.shingle == "word" else ""
    n = config.ngram
    if len(units) <= n:
        return {joiner.join(units).encode("utf-8")}
    return {joiner.join(units[i : i + n]).encode("utf-8") for i in range(len(units) - n + 1)}


def signature(text: str, config: DedupConfig) -> np.ndarray:
    return batch_signatures(pa.array([text]), config).sigs[0]


def exact_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity of two sorted, unique shingle-hash arrays."""
    inter = np.intersect1d(a, b, assume_unique=True).size
    return inter / (a.size + b.size - inter) if a.size + b.size else 1.0


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """MinHash estimate of the Jaccard similarity."""
    return float(np.mean(a == b))


#: Column of a parked batch holding each document's shingle hashes.
_SHINGLES = "dedup_shingles"


def _park(batch: pa.Table, keys: list[str], nodes: np.ndarray, hashes: np.ndarray, starts: np.ndarray, workdir: str) -> str:
    """Write a batch with its nodes and shingle hashes to disk for the second pass (exact checks, applying
    decisions), so that no runner holds the documents in memory while the components are computed, and no
    shingle is computed twice. Named by its keys: a retried bundle rewrites the same file."""
    offsets = pa.array(np.append(starts, hashes.size).astype(np.int32))
    parked = batch.append_column(_NODE, pa.array(nodes, pa.int64()))
    parked = parked.append_column(_SHINGLES, pa.ListArray.from_arrays(offsets, pa.array(hashes, pa.uint32())))
    return str(write_spill(parked, workdir, keys))


class _Signatures(beam.DoFn):
    """Signatures of a document batch, computed for the whole batch at once, and the batch parked on disk:
    ("parked", path), then the entries of `shuffle_entries`."""

    def __init__(self, config: DedupConfig, workdir: str, files: dict[str, int]):
        self.config, self.workdir, self.files = config, workdir, files

    def process(self, batch: pa.Table):
        config = self.config
        keys = record_keys(batch)
        nodes = node_ids(batch.column("source_uri"), batch.column("locator").to_numpy(), batch.column("part").to_numpy(), self.files)
        signed = batch_signatures(batch.column("text"), config)
        minhash = pa.Array.from_buffers(pa.binary(), len(keys), [None, pa.py_buffer(np.arange(len(keys) + 1, dtype=np.int32) * 4 * config.num_perm),
                                                                  pa.py_buffer(signed.sigs)])
        table = pa.table({"source_uri": batch.column("source_uri"), "locator": batch.column("locator"), "part": batch.column("part"),
                          "id": batch.column("id"),
                          "length": signed.lengths, "exact": _digests(signed.norms), "minhash": minhash,
                          "published_run": pa.array([""] * len(keys)), _NODE: nodes})
        yield "parked", _park(batch, keys, nodes, signed.hashes, signed.starts, self.workdir)
        yield from shuffle_entries(table, config, self.workdir)


def _read_reference(numbered: tuple[int, str], reference: Reference, config: DedupConfig, workdir: str):
    """A published signature store (the number-th), minus this run's inputs, in the shape `_Signatures` emits."""
    number, path = numbered
    exclude = pa.array(sorted(reference.exclude), pa.string())
    forget = pa.array(sorted(reference.forget), pa.string())
    row = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=4096):
        table = pa.Table.from_batches([batch])
        if "part" not in table.column_names:  # a store written before records could be split
            table = table.add_column(table.schema.get_field_index("locator") + 1, "part", pa.array([0] * table.num_rows, pa.int64()))
        nodes = published_nodes(number, row, table.num_rows)
        row += table.num_rows
        table = table.append_column(_NODE, pa.array(nodes, pa.int64())).filter(pc.invert(pc.or_(
            pc.is_in(table.column("source_uri"), exclude), pc.is_in(table.column("id"), forget))))  # erased: forgotten
        if table.num_rows:
            yield from shuffle_entries(table, config, workdir)
