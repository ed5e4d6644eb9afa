"""Exact and MinHash near-duplicate removal.

Pure functions (normalisation, shingles, signatures, banding, components, representative choice) are
tested on their own; `Dedup` wires them into Beam: signatures per batch, a shuffle on the exact hash and on
LSH band keys, candidate verification by estimated Jaccard, then clusters and one representative each.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import apache_beam as beam
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from datasketch.minhash import _fmix
from datasketch.lsh import _optimal_param

from datalab.config import DedupConfig
from datalab.errors import DatalabError
from datalab.schema import ledger_from, load_schema, with_columns
from datalab.stages.minhash import batch_signatures
from datalab.tagged import split
from datalab.writers import read_run, record_keys, write_run

log = logging.getLogger("datalab")

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


#: Estimates this close to the threshold are checked against the exact Jaccard of the shingle sets
#: (128 permutations estimate J with a standard error of up to 0.044).
EXACT_MARGIN = 0.1


def exact_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity of two sorted, unique shingle-hash arrays."""
    inter = np.intersect1d(a, b, assume_unique=True).size
    return inter / (a.size + b.size - inter) if a.size + b.size else 1.0


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


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """MinHash estimate of the Jaccard similarity."""
    return float(np.mean(a == b))


class DocSig(NamedTuple):
    key: str  # `writers.record_key`: "<source_uri>#<locator>"
    node: int  # `node_ids`: what the shuffles carry instead of the key; ordering nodes orders keys
    id: str
    length: int  # characters of normalised text: whitespace or case changes do not make a text "longer"
    exact: str
    sig: bytes
    published: str = ""  # run id of the release that published it (a reference document); "" for this run's


def preference(doc: DocSig) -> tuple:
    """Representative rule: a published document first (it is out already), then the longest normalised
    text, then the earliest ingested (source_uri, locator)."""
    return (not doc.published, -doc.length, doc.node)


def cluster_id(rep: DocSig) -> str:
    return "dc-" + hashlib.sha256(rep.key.encode()).hexdigest()[:16]


def components(edges) -> dict:
    """Connected components by union-find: node -> smallest node of its component."""
    parent: dict = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {node: find(node) for node in parent}


@dataclass(frozen=True)
class Decision:
    """What dedup decided for one document of a cluster."""

    keep: bool
    cluster: str
    reason: str | None = None
    duplicate_of: str | None = None
    similarity: float | None = None
    measured: str | None = None  # "exact" (same normalised text or shingle sets compared) or "estimated" (MinHash)
    published: str = ""  # run id when duplicate_of is a published document

    def detail(self) -> str:
        where = f" published in run {self.published}" if self.published else ""
        return f"{self.reason.replace('_', ' ')}{where}, Jaccard {self.similarity:.4f} ({self.measured})"


def decide_component(group: list[DocSig], threshold: float, shingles=None) -> dict[int, Decision]:
    """Keep and drop within one connected component. Published documents stay (they are out already); the
    others are visited in `preference` order, and one is dropped only when it is itself similar enough to a
    document already kept (exact copy, or Jaccard >= threshold: the MinHash estimate, or the exact Jaccard of
    the shingles when the estimate is within EXACT_MARGIN of the threshold), else it is kept too. Chains
    A~B~C never remove C for resembling B alone, and a component is never wiped out: its most preferred
    member is always kept. `shingles` maps nodes to their sorted shingle hashes (uint32 buffers)."""
    group = sorted(group, key=preference)
    cid = cluster_id(group[0])
    kept: list[tuple[DocSig, np.ndarray]] = []
    out: dict[int, Decision] = {}
    for doc in group:
        sig = np.frombuffer(doc.sig, dtype=np.uint32)
        best, best_sim, best_how = None, -1.0, None
        for rep, rep_sig in kept if not doc.published else ():
            sim, how = (1.0, "exact") if doc.exact == rep.exact else (similarity(sig, rep_sig), "estimated")
            if shingles and how == "estimated" and abs(sim - threshold) <= EXACT_MARGIN and doc.node in shingles and rep.node in shingles:
                sim, how = exact_jaccard(np.frombuffer(shingles[doc.node], dtype=np.uint32),
                                         np.frombuffer(shingles[rep.node], dtype=np.uint32)), "exact"
            if sim > best_sim:
                best, best_sim, best_how = rep, sim, how
        if best is not None and best_sim >= threshold:
            reason = "exact_duplicate" if doc.exact == best.exact else "near_duplicate"
            out[doc.node] = Decision(False, cid, reason, best.id, round(best_sim, 4), best_how, best.published)
        else:
            kept.append((doc, sig))
            out[doc.node] = Decision(True, cid)
    return out


# ---- the signature store: what each release publishes, so later runs dedup against it ------------------------
def _store_metadata(config: DedupConfig) -> dict:
    """The parameters a signature depends on; a store made with others cannot be compared."""
    return config.model_dump(include={"num_perm", "seed", "shingle", "ngram"})


def signature_schema(config: DedupConfig) -> pa.Schema:
    schema = load_schema("signature")
    return schema.with_metadata({**schema.metadata, b"datalab.dedup": json.dumps(_store_metadata(config), sort_keys=True).encode()})


#: A signature table: the signature-store columns (published_run "" for this run's documents) plus each
#: document's node. Per batch, sorted by partition, it is written to disk once (`_write_grouped`), and Beam
#: moves only its path and partition bounds: no shuffle holds signatures.
_NODE = "dedup_node"


def _signature_table_schema(config: DedupConfig) -> pa.Schema:
    """The schema of every signature table, this run's and the reference's alike: a partition concatenates
    slices of both, and Arrow refuses to concatenate schemas that differ even in a field's nullability."""
    return signature_schema(config).append(pa.field(_NODE, pa.int64(), nullable=False))


def sig_matrix(minhash: pa.Array | pa.ChunkedArray, num_perm: int) -> np.ndarray:
    """(documents x num_perm) uint32 view of a minhash column (equal-length binary values, contiguous)."""
    col = minhash.combine_chunks() if isinstance(minhash, pa.ChunkedArray) else minhash
    _, offsets, data = col.buffers()
    bounds = np.frombuffer(offsets, np.int32, len(col) + 1, col.offset * 4)
    return np.frombuffer(data, np.uint8)[bounds[0] : bounds[-1]].view(np.uint32).reshape(len(col), num_perm)


def doc_sigs(table: pa.Table) -> list[DocSig]:
    """The rows of a signature table as DocSigs."""
    columns = [table.column(name).to_pylist() for name in (_NODE, "id", "length", "exact", "minhash", "published_run")]
    return [DocSig(key, *row) for key, *row in zip(record_keys(table), *columns)]


def store_table(table: pa.Table, keep: list[bool], run_id: str, config: DedupConfig) -> pa.Table:
    """The signature-store rows of the documents of a signature table that the release publishes."""
    kept = table.filter(pa.array(keep, pa.bool_())).drop_columns([_NODE])
    published = pc.if_else(pc.equal(kept.column("published_run"), ""), run_id, kept.column("published_run"))
    return kept.set_column(kept.schema.get_field_index("published_run"), "published_run", published).cast(signature_schema(config))


@dataclass(frozen=True)
class Reference:
    """Signature stores of published releases to dedup against, minus the inputs this run curates again."""

    files: tuple[str, ...] = ()
    exclude: frozenset[str] = frozenset()  # source_uris of this run's inputs
    summary: tuple[dict, ...] = ()  # per store: path, files, entries, excluded (counts only)
    digest: str = ""  # of the entries used, for the run id: a rerun on the same inputs is the same run


def load_reference(paths: list[str], config: DedupConfig, input_uris: set[str]) -> Reference:
    """Check the stores (one-line errors naming the file) and summarise them; a store that does not exist yet
    (the first release) is skipped with a warning."""
    files, summary, digest = [], [], hashlib.sha256()
    want = _store_metadata(config)
    for path in paths:
        root = Path(path)
        found = sorted(root.glob("part-*.parquet")) if root.is_dir() else [root] if root.exists() else []
        if not found:
            log.warning("dedup reference %s: no published signatures yet, nothing to dedup against", path)
        used = excluded = 0
        for f in found:
            try:
                meta = pq.read_schema(f).metadata or {}
                table = pq.read_table(f, columns=["source_uri", "published_run"])
            except (OSError, pa.ArrowInvalid) as exc:
                raise DatalabError(f"{f}: not a readable signature store ({type(exc).__name__})") from None
            got = json.loads(meta.get(b"datalab.dedup", b"null"))
            if got != want:
                raise DatalabError(f"{f}: signatures made with dedup parameters {got}, this run uses {want}; "
                                   "re-curate the reference or drop it from dedup.reference")
            keep = [u not in input_uris for u in table.column("source_uri").to_pylist()]
            used, excluded = used + sum(keep), excluded + len(keep) - sum(keep)
            for uri, run in sorted(set(zip(*(table.filter(pa.array(keep)).column(c).to_pylist() for c in ("source_uri", "published_run"))))):
                digest.update(f"{uri}\0{run}\n".encode())
            files.append(os.path.abspath(f))  # workers read it from their own working directory
        summary.append({"path": str(path), "files": len(found), "entries": used, "excluded": excluded})
    return Reference(tuple(files), frozenset(input_uris), tuple(summary), digest.hexdigest() if files else "")


# ---- Beam -----------------------------------------------------------------------------------------------------
# The shuffles carry documents as int64 nodes, in NumPy arrays, one element per batch and shard or per
# partition of the nodes, never per document: Beam's cost per element stays small next to the hashing, and
# a document costs a few machine words in every shuffle instead of its key string.

#: Node of a published document: _PUBLISHED | store file number << _FILE_SHIFT | row in the file.
_PUBLISHED = 1 << 62
#: Node of this run's document: input file number (in source_uri order) << _FILE_SHIFT | locator << 4 | part.
_FILE_SHIFT = 40
_PART_BITS = 4


def node_ids(uris: pa.Array | pa.ChunkedArray, locators: np.ndarray, parts: np.ndarray, files: dict[str, int]) -> np.ndarray:
    """Node of each of this run's documents: ordering nodes is ordering (source_uri, locator, part), the
    ingest order (locators below 2^36, parts below 16)."""
    encoded = pc.dictionary_encode(uris).combine_chunks() if isinstance(uris, pa.ChunkedArray) else pc.dictionary_encode(uris)
    numbers = np.array([files[u] for u in encoded.dictionary.to_pylist()], np.int64)
    return ((numbers[encoded.indices.to_numpy(zero_copy_only=False)] << _FILE_SHIFT)
            | (np.asarray(locators, np.int64) << _PART_BITS) | np.asarray(parts, np.int64))


#: Bucket and exact-hash shuffles: a group holds 1/_BUCKET_SHARDS of the entries of all bands.
_BUCKET_SHARDS = 16
#: Partitions of the nodes for everything after the buckets.
_PARTS = 32


def parts_of(nodes: np.ndarray) -> np.ndarray:
    """Partition of each node, by a hash of it, so partitions are even whatever the files and locators."""
    return (_fmix(np.asarray(nodes).astype(np.uint64), 64) % np.uint64(_PARTS)).astype(np.int64)


def _by_part(nodes: np.ndarray, *columns: np.ndarray):
    """(partition, (nodes, *columns)) for each partition `nodes` touch: the rows whose node falls there."""
    parts = parts_of(nodes)
    order = np.argsort(parts, kind="stable")
    bounds = np.searchsorted(parts[order], np.arange(_PARTS + 1))
    for p in range(_PARTS):
        pick = order[bounds[p] : bounds[p + 1]]
        if pick.size:
            yield p, tuple(c[pick] for c in (nodes, *columns))


def _concat(chunks, width: int) -> tuple[np.ndarray, ...]:
    """Column-wise concatenation of an iterable of equal-width array tuples (`width` empty arrays if none)."""
    chunks = list(chunks)
    return tuple(np.concatenate([c[k] for c in chunks]) for k in range(width)) if chunks else tuple(np.zeros(0, np.int64) for _ in range(width))


def _find(parted: dict, nodes: np.ndarray) -> np.ndarray:
    """For each node, its value in a side input of partition -> (sorted nodes, values); None where absent."""
    out = np.full(nodes.size, None, dtype=object)
    parts = parts_of(nodes)
    for p in np.unique(parts):
        if int(p) not in parted:
            continue
        keys, values = parted[int(p)]
        sel = np.nonzero(parts == p)[0]
        pos = np.minimum(np.searchsorted(keys, nodes[sel]), keys.size - 1)
        hit = keys[pos] == nodes[sel]
        out[sel[hit]] = values[pos[hit]]
    return out


def _run_starts(*keys: np.ndarray) -> np.ndarray:
    """For rows sorted by `keys`: True where a run of equal keys begins (the first row always)."""
    return np.concatenate([[True], np.any([k[1:] != k[:-1] for k in keys], axis=0)])


def _objects(items: list) -> np.ndarray:
    """A 1-d object array of `items` (NumPy would make tuples into rows)."""
    out = np.empty(len(items), dtype=object)
    for i, item in enumerate(items):
        out[i] = item
    return out


def _fingerprints(values: list[str]) -> np.ndarray:
    return np.array([int(v[:16], 16) for v in values], dtype=np.uint64)


def _write_grouped(table: pa.Table, groups: np.ndarray, count: int, directory: Path, keys: list[str]) -> tuple[str, list]:
    """`table` sorted by group (0 <= group < count) in one run file: (path, [(group, (path, lo, hi)) for
    every group it holds]), the shape the shuffles carry instead of the rows."""
    order = np.argsort(groups, kind="stable")
    bounds = np.searchsorted(groups[order], np.arange(count + 1)).tolist()
    path = str(write_run(table.take(pa.array(order)), directory, keys))
    return path, [(g, (path, bounds[g], bounds[g + 1])) for g in range(count) if bounds[g + 1] > bounds[g]]


def _read_slices(slices, columns: list[str] | None = None) -> pa.Table:
    """The rows of a group: its (path, lo, hi) slices of the batches' run files."""
    tables = (_mapped_run(path).slice(lo, hi - lo) for path, lo, hi in slices)
    return pa.concat_tables([t.select(columns) for t in tables] if columns else list(tables))


class _ReadsRuns(beam.DoFn):
    """A DoFn that reads run files through `_mapped_run`: their memory maps go at the end of each bundle,
    so their pages stop counting against the worker once the step is done."""

    def finish_bundle(self):
        _mapped.cache_clear()


class _OverRuns(_ReadsRuns):
    """`fn(item, *args)` as a FlatMap over run files."""

    def __init__(self, fn, *args):
        self.fn, self.args = fn, args

    def process(self, item):
        yield from self.fn(item, *self.args)


def _mapped_run(path: str) -> pa.Table:
    """A run file (signatures or a parked batch), memory-mapped once per process (`_mapped`)."""
    return _mapped(path, os.stat(path).st_mtime_ns)


@lru_cache(maxsize=512)
def _mapped(path: str, mtime_ns: int) -> pa.Table:
    """Every partition reads a slice of every file, so re-opening them would cost more than the slices (at
    most 512 files open; keyed by modification time too, so a rewritten file is read again)."""
    return read_run(path)


def _signed(table: pa.Table, config: DedupConfig, workdir: str):
    """The shuffle entries of a signature table, cast to `_signature_table_schema`: ("sigs", path) and
    ("sig", (partition, (path, lo, hi))) of its run file sorted by partition; ("exact", (shard,
    (exact-text fingerprints, nodes, lengths, published flags))) per shard; and ("band", (shard, (path, lo,
    hi))) of a run file of (band hash, exact fingerprint, node) rows sorted by shard. Every band hash is
    seeded with its band, so the bands share one key space. Only paths and small arrays go through Beam:
    its in-memory runner would hold the rows."""
    table = table.cast(_signature_table_schema(config))
    keys = record_keys(table)
    nodes, lengths = table.column(_NODE).to_numpy(), table.column("length").to_numpy()
    path, slices = _write_grouped(table, parts_of(nodes), _PARTS, Path(workdir) / "sigs", keys)
    yield "sigs", path
    for item in slices:
        yield "sig", item
    exact = _fingerprints(table.column("exact").to_pylist())
    published = pc.not_equal(table.column("published_run"), "").to_numpy()
    shards = exact % np.uint64(_BUCKET_SHARDS)
    for shard in np.unique(shards):
        pick = np.nonzero(shards == shard)[0]
        yield "exact", (int(shard), (exact[pick], nodes[pick], lengths[pick], published[pick]))
    bands, rows = lsh_bands(config)
    hashes = band_hashes(sig_matrix(table.column("minhash"), config.num_perm), bands, rows).ravel()
    docs = np.repeat(np.arange(table.num_rows), bands)
    entries = pa.table({"hash": hashes, "exact": exact[docs], "node": nodes[docs]})
    groups = (hashes % np.uint64(_BUCKET_SHARDS)).astype(np.int64)
    for item in _write_grouped(entries, groups, _BUCKET_SHARDS, Path(workdir) / "bands", keys)[1]:
        yield "band", item


#: Column of a parked batch holding each document's shingle hashes.
_SHINGLES = "dedup_shingles"


def _park(batch: pa.Table, keys: list[str], nodes: np.ndarray, hashes: np.ndarray, starts: np.ndarray, workdir: str) -> str:
    """Write a batch with its nodes and shingle hashes to disk for the second pass (exact checks, applying
    decisions), so that no runner holds the documents in memory while the components are computed, and no
    shingle is computed twice. Named by its keys: a retried bundle rewrites the same file."""
    offsets = pa.array(np.append(starts, hashes.size).astype(np.int32))
    parked = batch.append_column(_NODE, pa.array(nodes, pa.int64()))
    parked = parked.append_column(_SHINGLES, pa.ListArray.from_arrays(offsets, pa.array(hashes, pa.uint32())))
    return str(write_run(parked, workdir, keys))


class _Signatures(beam.DoFn):
    """Signatures of a document batch, computed for the whole batch at once, and the batch parked on disk:
    ("parked", path), then the entries of `_signed`."""

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
        yield from _signed(table, config, self.workdir)


def _read_reference(numbered: tuple[int, str], reference: Reference, config: DedupConfig, workdir: str):
    """A published signature store (the number-th), minus this run's inputs, in the shape `_Signatures` emits."""
    number, path = numbered
    exclude = pa.array(sorted(reference.exclude), pa.string())
    row = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=4096):
        table = pa.Table.from_batches([batch])
        if "part" not in table.column_names:  # a store written before records could be split
            table = table.add_column(table.schema.get_field_index("locator") + 1, "part", pa.array([0] * table.num_rows, pa.int64()))
        nodes = _PUBLISHED | (number << _FILE_SHIFT) | np.arange(row, row + table.num_rows, dtype=np.int64)
        row += table.num_rows
        table = table.append_column(_NODE, pa.array(nodes, pa.int64())).filter(pc.invert(pc.is_in(table.column("source_uri"), exclude)))
        if table.num_rows:
            yield from _signed(table, config, workdir)


def _exact_edges(item):
    """Edges from each exact copy to the preferred member of its group (`preference`)."""
    _, chunks = item
    exact, nodes, lengths, published = _concat(chunks, 4)
    order = np.lexsort((nodes, -lengths, ~published, exact))
    exact, nodes = exact[order], nodes[order]
    first = _run_starts(exact)
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
    first_of_text = _run_starts(hashes, exact)
    hashes, nodes = hashes[first_of_text], nodes[first_of_text]
    starts = np.nonzero(_run_starts(hashes))[0]
    sizes = np.diff(np.append(starts, hashes.size))
    firsts, seconds = [], []
    for k in np.unique(sizes[sizes > 1]):  # every bucket of k members at once
        i, j = np.triu_indices(int(k), 1)
        base = starts[sizes == k][:, None]
        firsts.append(nodes[(base + i).ravel()])
        seconds.append(nodes[(base + j).ravel()])
    if firsts:
        a, b = np.concatenate(firsts), np.concatenate(seconds)
        yield from _by_part(np.minimum(a, b), np.maximum(a, b))


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
    once = _run_starts(a, b)  # a pair shares several bands
    a, b = a[once], b[once]
    nodes, sigs = _stacked(joined["sigs"], num_perm)
    yield from _by_part(b, a, sigs[np.searchsorted(nodes, a)])


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


class _StoreTable(beam.DoFn):
    """Signature-store rows of a batch's signature file: every document but the ones dedup dropped."""

    def __init__(self, run_id: str, config: DedupConfig):
        self.run_id, self.config = run_id, config

    def process(self, path: str, decisions: dict):
        table = read_run(path)
        keep = [d is None or d.keep for d in _find(decisions, table.column(_NODE).to_numpy())]
        if any(keep):
            yield store_table(table, keep, self.run_id, self.config)


class _MemberShingles(_ReadsRuns):
    """(partition, (nodes, (parked path, row) locations)) of the shingle hashes of this run's documents that
    belong to a duplicate component: any two members may be compared, and those near the threshold
    exactly, reading the hashes from disk (`_ParkedShingles`) rather than moving them through Beam."""

    def process(self, path: str, labels: dict):
        nodes = _mapped_run(path).column(_NODE).to_numpy()
        members = np.nonzero(_find(labels, nodes) != None)[0]  # noqa: E711 (element-wise)
        if members.size:
            yield from _by_part(nodes[members], _objects([(path, int(row)) for row in members]))


class _ParkedShingles:
    """node -> its shingle hashes, read on demand from the memory-mapped parked batches (locations from
    `_MemberShingles`): only pairs whose estimate is near the threshold need them."""

    def __init__(self, locations: dict[int, tuple[str, int]]):
        self.locations = locations

    def __contains__(self, node: int) -> bool:
        return node in self.locations

    def __getitem__(self, node: int) -> np.ndarray:
        path, row = self.locations[node]
        return _mapped_run(path).column(_SHINGLES)[row].values.to_numpy()


def _to_component(item):
    """Partition of the documents: each member, with where its signature row and its shingles are on disk,
    to its label's partition."""
    p, joined = item
    members, labels = _concat(joined["labels"], 2)
    if not members.size:
        return
    slices = list(joined["sigs"])
    nodes = np.concatenate([_mapped_run(path).column(_NODE).to_numpy()[lo:hi] for path, lo, hi in slices])
    rows = _objects([(path, row) for path, lo, hi in slices for row in range(lo, hi)])
    order = np.argsort(nodes)
    sig_rows = rows[order[np.searchsorted(nodes[order], members)]]
    shingle_nodes, locations = _concat(joined["shingles"], 2)
    order = np.argsort(shingle_nodes)
    shingles = _find({p: (shingle_nodes[order], locations[order])} if order.size else {}, members)  # none for published members
    yield from _by_part(labels, sig_rows, shingles)


def _docs_at(locations) -> list[DocSig]:
    """The DocSigs at (signature file, row) locations, in their order, one read per file."""
    by_file: dict[str, list[int]] = {}
    for i, (path, _) in enumerate(locations):
        by_file.setdefault(path, []).append(i)
    out: list = [None] * len(locations)
    for path, positions in by_file.items():
        table = _mapped_run(path).take(pa.array([locations[i][1] for i in positions], pa.int64()))
        for i, doc in zip(positions, doc_sigs(table)):
            out[i] = doc
    return out


def _decide(item, threshold: float):
    """Partition of the labels: one decision per member of each component, by partition of the member."""
    _, chunks = item
    labels, sig_rows, shingles = _concat(chunks, 3)
    order = np.argsort(labels, kind="stable")
    labels, shingles = labels[order], shingles[order]
    docs = _docs_at(sig_rows[order])
    starts = np.nonzero(_run_starts(labels))[0]
    decided: dict[int, Decision] = {}
    for lo, hi in zip(starts, np.append(starts[1:], labels.size)):
        group = list(docs[lo:hi])
        located = {d.node: where for d, where in zip(group, shingles[lo:hi]) if where is not None}
        decided.update(decide_component(group, threshold, _ParkedShingles(located)))
    nodes = np.array(sorted(decided), dtype=np.int64)
    yield from _by_part(nodes, _objects([decided[n] for n in nodes.tolist()]))


def _sorted_part(item):
    """One (sorted nodes, values) table per partition, for `_find`."""
    p, chunks = item
    nodes, values = _concat(chunks, 2)
    order = np.argsort(nodes)
    return p, (nodes[order], values[order])


class _ApplyDecisions(beam.DoFn):
    """Drops cluster members from a parked batch into the ledger and labels representatives with their cluster."""

    def process(self, path: str, decisions: dict):
        # left in place for a retried bundle; the staging directory goes at the end
        batch = read_run(path)
        found = _find(decisions, batch.column(_NODE).to_numpy())
        batch = batch.drop_columns([_NODE, _SHINGLES])
        keep = pa.array([d is None or d.keep for d in found])
        clusters = [d.cluster if d else None for d in found]
        batch = with_columns(batch, {"dup_cluster": clusters})
        dropped = [d for d in found if d is not None and not d.keep]
        if dropped:
            yield "rejected", ledger_from(
                batch.filter(pc.invert(keep)), "dedup",
                [d.reason for d in dropped], [d.detail() for d in dropped],
                duplicate_of=[d.duplicate_of for d in dropped],
                dup_cluster=[d.cluster for d in dropped],
                similarity=[d.similarity for d in dropped],
            )
        kept = batch.filter(keep)
        if kept.num_rows:
            yield "docs", kept


def _adjacency(edges: tuple[np.ndarray, np.ndarray]):
    """(partition, (nodes, neighbours)) fragments of an edge list, both directions."""
    u, v = edges
    yield from _by_part(np.concatenate([u, v]), np.concatenate([v, u]))


def _merge_adjacency(item):
    """A partition's adjacency as (nodes, neighbours) sorted by node, each edge once."""
    p, fragments = item
    src, dst = _concat(fragments, 2)
    order = np.lexsort((dst, src))
    src, dst = src[order], dst[order]
    once = _run_starts(src, dst)
    return p, (src[once], dst[once])


def _init_labels(item):
    p, (src, _) = item
    nodes = np.unique(src)
    return p, (nodes, nodes.copy())


def _label_of(labels: tuple[np.ndarray, np.ndarray], nodes: np.ndarray) -> np.ndarray:
    known, values = labels
    return values[np.searchsorted(known, nodes)]


def _propagate(item):
    """One round of min-label propagation over a partition: a node's label goes to itself and its
    neighbours, sent as (targets, labels) to each target's partition."""
    _, joined = item
    labels = next(iter(joined["label"]))
    src, dst = next(iter(joined["adj"]))
    yield from _by_part(np.concatenate([labels[0], dst]), np.concatenate([labels[1], _label_of(labels, src)]))


def _min_labels(item):
    """Each node's smallest label among the messages it got."""
    p, messages = item
    targets, values = _concat(messages, 2)
    order = np.lexsort((values, targets))
    targets, values = targets[order], values[order]
    first = _run_starts(targets)
    return p, (targets[first], values[first])


def _neighbour_labels(item):
    """Partition of u: (v, label of u) for every edge u - v, sent to v's partition."""
    _, joined = item
    labels = next(iter(joined["label"]))
    src, dst = next(iter(joined["adj"]))
    yield from _by_part(dst, _label_of(labels, src))


def _disagreements(item):
    """Partition of v: (label of u, label of v) wherever the two ends of an edge still disagree."""
    _, joined = item
    labels = next(iter(joined["label"]), None)
    for v, label_u in joined["from_u"]:
        label_v = _label_of(labels, v)
        differ = label_u != label_v
        yield from zip(label_u[differ].tolist(), label_v[differ].tolist())


def _final_labels(item, merged: dict):
    p, (nodes, labels) = item
    return p, (nodes, np.array([merged.get(x, x) for x in labels.tolist()], np.int64) if merged else labels)


class ConnectedComponents(beam.PTransform):
    """(u, v) node-array pairs (edges) in; (partition, (sorted nodes, component labels)) out, the label
    being the smallest node of the component.

    Min-label propagation in Beam over partitions of the nodes: each round is one CoGroupByKey of
    partition-sized arrays, so no worker holds the whole graph. Near-duplicate graphs have a small
    diameter, so `rounds` rounds settle almost every component; the edges whose ends still disagree
    afterwards (long chains) are few, and only their labels are merged on one worker by union-find, which
    keeps the result exact."""

    def __init__(self, rounds: int = 3):
        super().__init__()
        self.rounds = rounds

    def expand(self, edges):
        adjacency = (
            edges
            | "Fragments" >> beam.FlatMap(_adjacency)
            | "GroupFragments" >> beam.GroupByKey()
            | "Adjacency" >> beam.Map(_merge_adjacency)
        )
        labels = adjacency | "Init" >> beam.Map(_init_labels)
        for r in range(self.rounds):
            labels = (
                {"label": labels, "adj": adjacency}
                | f"Join{r}" >> beam.CoGroupByKey()
                | f"Propagate{r}" >> beam.FlatMap(_propagate)
                | f"Messages{r}" >> beam.GroupByKey()
                | f"Min{r}" >> beam.Map(_min_labels)
            )
        from_u = {"label": labels, "adj": adjacency} | "JoinU" >> beam.CoGroupByKey() | "ToV" >> beam.FlatMap(_neighbour_labels)
        merges = (
            {"from_u": from_u, "label": labels}
            | "JoinV" >> beam.CoGroupByKey()
            | "Unsettled" >> beam.FlatMap(_disagreements)
            | "CollectUnsettled" >> beam.combiners.ToList()
            | "MergeLabels" >> beam.FlatMap(lambda pairs: sorted(components(pairs).items()))
        )
        return labels | "FinalLabel" >> beam.Map(_final_labels, beam.pvalue.AsDict(merges))


class Dedup(beam.PTransform):
    """Document batches in; {"docs": kept batches, "rejected": ledger batches, "store": signature-store
    tables of what the release publishes (this run's kept documents plus the reference)} out.

    Signatures, exact-hash and LSH-bucket entries move per batch and shard; exact copies are linked to
    their group's preferred member, LSH candidates are checked on the MinHash estimate; connected
    components (in Beam) and one decision per component. Everything after the signatures moves as node
    arrays in partitions (`_PARTS`), never one document at a time."""

    def __init__(self, config: DedupConfig, workdir: str | Path, uris: list[str], run_id: str = "",
                 reference: Reference = Reference(), rounds: int = 3):
        super().__init__()
        self.config, self.workdir, self.run_id, self.reference, self.rounds = config, str(workdir), run_id, reference, rounds
        self.files = {uri: number for number, uri in enumerate(sorted(set(uris)))}

    def expand(self, batches):
        config = self.config
        own = batches | "Signatures" >> beam.ParDo(_Signatures(config, self.workdir, self.files))
        published = (
            batches.pipeline
            | "ReferenceFiles" >> beam.Create(list(enumerate(self.reference.files)))
            | "ReadReference" >> beam.FlatMap(_read_reference, self.reference, config, self.workdir)
        )
        signed = split((own, published) | "AllSigned" >> beam.Flatten(), "Signed", "sigs", "sig", "exact", "band", "parked")
        parked, sigs = signed["parked"], signed["sig"]
        exact_edges = signed["exact"] | "GroupExact" >> beam.GroupByKey() | "ExactEdges" >> beam.FlatMap(_exact_edges)
        pairs = signed["band"] | "GroupBands" >> beam.GroupByKey() | "BucketPairs" >> beam.ParDo(_OverRuns(_bucket_pairs))
        halves = {"sigs": sigs, "pairs": pairs} | "JoinFirst" >> beam.CoGroupByKey() | "ToSecond" >> beam.ParDo(_OverRuns(_to_second, config.num_perm))
        near_edges = {"sigs": sigs, "halves": halves} | "JoinSecond" >> beam.CoGroupByKey() | "Verify" >> beam.ParDo(_OverRuns(_verified, config.threshold, config.num_perm))
        labels = (exact_edges, near_edges) | "AllEdges" >> beam.Flatten() | "Components" >> ConnectedComponents(self.rounds)
        member_shingles = parked | "MemberShingles" >> beam.ParDo(_MemberShingles(), labels=beam.pvalue.AsDict(labels))
        decisions = beam.pvalue.AsDict(
            {"sigs": sigs, "labels": labels, "shingles": member_shingles}
            | "JoinMembers" >> beam.CoGroupByKey()
            | "ToComponent" >> beam.ParDo(_OverRuns(_to_component))
            | "GroupComponents" >> beam.GroupByKey()
            | "Decide" >> beam.ParDo(_OverRuns(_decide, config.threshold))
            | "GroupDecisions" >> beam.GroupByKey()
            | "MergeDecisions" >> beam.Map(_sorted_part)
        )
        # The FnApiRunner fuses sibling consumers of one PCollection into one stage; a stage that waits for
        # `decisions` must not also hold MemberShingles, which `decisions` needs: a deadlock. Reshuffles
        # separate them (small elements: paths).
        applied = parked | "SeparateFromMembers" >> beam.Reshuffle() | "ApplyDecisions" >> beam.ParDo(_ApplyDecisions(), decisions=decisions)
        store = (
            signed["sigs"]
            | "SeparateFromPartitions" >> beam.Reshuffle()
            | "StoreTables" >> beam.ParDo(_StoreTable(self.run_id, config), decisions=decisions)
        )
        return {**split(applied, "ApplyDecisions", "docs", "rejected"), "signatures": store}


def build(params, workdir: str | Path, uris: list[str], run_id: str, reference: Reference) -> Dedup:
    """The stage for the registry: the composite over the whole sector."""
    return Dedup(params.dedup, workdir, uris, run_id, reference)


def output_schema(kind: str, params) -> pa.Schema:
    """The schema of what dedup publishes: its signature store."""
    return signature_schema(params.dedup)


def dependencies(params) -> list[dict]:
    from importlib import metadata

    return [{"name": "datasketch", "package": "datasketch", "version": metadata.version("datasketch")}]
