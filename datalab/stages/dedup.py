"""Exact and MinHash near-duplicate removal.

Pure functions (normalisation, shingles, signatures, banding, components, representative choice) are
tested on their own; `Dedup` wires them into Beam: signatures per batch, a shuffle on the exact hash and on
LSH band keys, candidate verification by estimated Jaccard, then clusters and one representative each.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import cache
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
from datalab.schema import ledger_from, load_schema
from datalab.stages.minhash import batch_signatures
from datalab.tagged import split
from datalab.writers import record_keys, write_run

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
    id: str
    length: int  # characters of normalised text: whitespace or case changes do not make a text "longer"
    exact: str
    sig: bytes
    published: str = ""  # run id of the release that published it (a reference document); "" for this run's


def preference(doc: DocSig) -> tuple:
    return rank(doc.key, doc.length, bool(doc.published))


def rank(key: str, length: int, published: bool) -> tuple:
    """Representative rule: a published document first (it is out already), then the longest normalised
    text, then the earliest ingested (source_uri, locator)."""
    uri, _, loc = key.rpartition("#")
    return (not published, -length, uri, int(loc))


def cluster_id(rep: DocSig) -> str:
    return "dc-" + hashlib.sha256(rep.key.encode()).hexdigest()[:16]


def components(edges: list[tuple[str, str]]) -> dict[str, str]:
    """Connected components by union-find: node -> smallest node of its component."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
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


def decide_component(group: list[DocSig], threshold: float, shingles: dict[str, bytes] | None = None) -> dict[str, Decision]:
    """Keep and drop within one connected component. Published documents stay (they are out already); the
    others are visited in `preference` order, and one is dropped only when it is itself similar enough to a
    document already kept (exact copy, or Jaccard >= threshold: the MinHash estimate, or the exact Jaccard of
    the shingles when the estimate is within EXACT_MARGIN of the threshold), else it is kept too. Chains
    A~B~C never remove C for resembling B alone, and a component is never wiped out: its most preferred
    member is always kept."""
    group = sorted(group, key=preference)
    cid = cluster_id(group[0])
    kept: list[tuple[DocSig, np.ndarray]] = []
    out: dict[str, Decision] = {}
    for doc in group:
        sig = np.frombuffer(doc.sig, dtype=np.uint32)
        best, best_sim, best_how = None, -1.0, None
        for rep, rep_sig in kept if not doc.published else ():
            sim, how = (1.0, "exact") if doc.exact == rep.exact else (similarity(sig, rep_sig), "estimated")
            if shingles and how == "estimated" and abs(sim - threshold) <= EXACT_MARGIN and doc.key in shingles and rep.key in shingles:
                sim, how = exact_jaccard(np.frombuffer(shingles[doc.key], dtype=np.uint32),
                                         np.frombuffer(shingles[rep.key], dtype=np.uint32)), "exact"
            if sim > best_sim:
                best, best_sim, best_how = rep, sim, how
        if best is not None and best_sim >= threshold:
            reason = "exact_duplicate" if doc.exact == best.exact else "near_duplicate"
            out[doc.key] = Decision(False, cid, reason, best.id, round(best_sim, 4), best_how, best.published)
        else:
            kept.append((doc, sig))
            out[doc.key] = Decision(True, cid)
    return out


# ---- the signature store: what each release publishes, so later runs dedup against it ------------------------
def _store_metadata(config: DedupConfig) -> dict:
    """The parameters a signature depends on; a store made with others cannot be compared."""
    return config.model_dump(include={"num_perm", "seed", "shingle", "ngram"})


def signature_schema(config: DedupConfig) -> pa.Schema:
    schema = load_schema("signature")
    return schema.with_metadata({**schema.metadata, b"datalab.dedup": json.dumps(_store_metadata(config), sort_keys=True).encode()})


class SigTable(NamedTuple):
    """The signatures of one batch of documents (this run's, or a published store's): the unit that moves
    through Beam, so that only documents with a duplicate candidate ever travel one by one."""

    keys: list[str]
    ids: list[str]
    lengths: np.ndarray
    exacts: list[str]
    sigs: np.ndarray  # (documents x num_perm) uint32
    published: list[str]  # run id per document for a published store, "" for this run's documents

    def doc(self, i: int) -> DocSig:
        return DocSig(self.keys[i], self.ids[i], int(self.lengths[i]), self.exacts[i], self.sigs[i].tobytes(), self.published[i])

    def take(self, pick) -> "SigTable":
        """The documents at positions `pick`."""
        pick = np.asarray(pick, dtype=np.int64)
        return SigTable([self.keys[i] for i in pick], [self.ids[i] for i in pick], self.lengths[pick],
                        [self.exacts[i] for i in pick], self.sigs[pick], [self.published[i] for i in pick])


def store_table(table: SigTable, keep: list[bool], run_id: str, config: DedupConfig) -> pa.Table:
    """The signature-store rows of the documents of `table` that the release publishes."""
    kept = table.take([i for i, k in enumerate(keep) if k])
    uris, locs = zip(*(key.rpartition("#")[::2] for key in kept.keys)) if kept.keys else ((), ())
    return pa.table({
        "source_uri": list(uris), "locator": [int(x) for x in locs], "id": kept.ids, "length": kept.lengths,
        "exact": kept.exacts, "minhash": [row.tobytes() for row in kept.sigs],
        "published_run": [p or run_id for p in kept.published],
    }, schema=signature_schema(config))


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
            files.append(str(f))
        summary.append({"path": str(path), "files": len(found), "entries": used, "excluded": excluded})
    return Reference(tuple(files), frozenset(input_uris), tuple(summary), digest.hexdigest() if files else "")


# ---- Beam -----------------------------------------------------------------------------------------------------
#: Bucket shuffles per LSH band: a (band, shard) group holds 1/_BUCKET_SHARDS of the band's entries.
_BUCKET_SHARDS = 16


def _fingerprints(values: list[str]) -> np.ndarray:
    return np.array([int(v[:16], 16) for v in values], dtype=np.uint64)


def _signed(table: SigTable, bands: int, rows: int):
    """("table", SigTable), then the shuffle entries of the batch: ("exact", (shard, arrays)) per exact-hash
    shard and ("band", ((band, shard), arrays)) per LSH band and bucket shard, each holding (hashes,
    exact-text fingerprints, keys, lengths, published flags) of the documents that fall there."""
    yield "table", table
    exact = _fingerprints(table.exacts)
    published = np.array([bool(p) for p in table.published])

    def entries(hashes: np.ndarray, pick: np.ndarray):
        return hashes[pick], exact[pick], [table.keys[i] for i in pick], table.lengths[pick], published[pick]

    shards = exact % np.uint64(_BUCKET_SHARDS)
    for shard in np.unique(shards):
        yield "exact", (int(shard), entries(exact, np.nonzero(shards == shard)[0]))
    hashes = band_hashes(table.sigs, bands, rows)
    shards = hashes % np.uint64(_BUCKET_SHARDS)
    for band in range(bands):
        for shard in np.unique(shards[:, band]):
            yield "band", ((band, int(shard)), entries(hashes[:, band], np.nonzero(shards[:, band] == shard)[0]))


#: Column of a parked batch holding each document's shingle hashes.
_SHINGLES = "dedup_shingles"


def _park(batch: pa.Table, keys: list[str], hashes: np.ndarray, starts: np.ndarray, workdir: str) -> str:
    """Write a batch with its shingle hashes to disk for the second pass (exact checks, applying decisions),
    so that no runner holds the documents in memory while the components are computed, and no shingle is
    computed twice. Named by its keys: a retried bundle rewrites the same file."""
    offsets = pa.array(np.append(starts, hashes.size).astype(np.int32))
    parked = batch.append_column(_SHINGLES, pa.ListArray.from_arrays(offsets, pa.array(hashes, pa.uint32())))
    return str(write_run(parked, workdir, keys))


class _Signatures(beam.DoFn):
    """Signatures of a document batch, computed for the whole batch at once (see `_signed`), and the
    batch parked on disk: ("parked", path)."""

    def __init__(self, config: DedupConfig, workdir: str):
        self.config, self.workdir = config, workdir

    def process(self, batch: pa.Table):
        keys = record_keys(batch)
        signed = batch_signatures(batch.column("text").combine_chunks(), self.config)
        table = SigTable(keys, batch.column("id").to_pylist(), signed.lengths, _digests(signed.norms), signed.sigs, [""] * len(keys))
        yield "parked", _park(batch, keys, signed.hashes, signed.starts, self.workdir)
        yield from _signed(table, *lsh_bands(self.config))


def _read_reference(path: str, reference: Reference, config: DedupConfig):
    """A published signature store, minus this run's inputs, in the shape `_Signatures` emits."""
    exclude = pa.array(sorted(reference.exclude), pa.string())
    for batch in pq.ParquetFile(path).iter_batches(batch_size=4096):
        table = pa.Table.from_batches([batch])
        table = table.filter(pc.invert(pc.is_in(table.column("source_uri"), exclude)))
        if not table.num_rows:
            continue
        keys = record_keys(table)
        sigs = np.frombuffer(b"".join(table.column("minhash").to_pylist()), np.uint32).reshape(len(keys), config.num_perm)
        yield from _signed(SigTable(keys, table.column("id").to_pylist(), table.column("length").to_numpy(),
                                    table.column("exact").to_pylist(), sigs, table.column("published_run").to_pylist()),
                           *lsh_bands(config))


def _runs(item):
    """Concatenated shuffle entries of one key, sorted by hash, as (order, hashes, exacts, keys, lengths,
    published) plus the [lo, hi) bounds of every run of two or more equal hashes."""
    _, parts = item
    hashes, exacts, keys, lengths, published = (np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts]),
                                                [k for p in parts for k in p[2]], np.concatenate([p[3] for p in parts]),
                                                np.concatenate([p[4] for p in parts]))
    order = np.lexsort((exacts, hashes))
    sorted_hashes = hashes[order]
    starts = np.nonzero(np.concatenate([[True], sorted_hashes[1:] != sorted_hashes[:-1]]))[0]
    ends = np.append(starts[1:], sorted_hashes.size)
    bounds = [(lo, hi) for lo, hi in zip(starts, ends) if hi - lo > 1]
    return order, exacts, keys, lengths, published, bounds


# Per-document work after the signatures is partitioned by a hash of the document key: one shuffle element
# carries a partition's share of a batch (or of a bucket's pairs), never a single document, so Beam's cost
# per element stays small next to the hashing.
_PARTS = 32


def part(key: str) -> int:
    return zlib.crc32(key.encode()) % _PARTS


def _by_part(pairs) -> list[tuple[int, list]]:
    """(partition of the first item, [items...]) for a stream of tuples keyed by their first member."""
    out: dict[int, list] = {}
    for item in pairs:
        out.setdefault(part(item[0]), []).append(item)
    return sorted(out.items())


def _exact_edges(item):
    """Edges from each exact copy to the preferred member of its group (`preference`), by partition."""
    order, _, keys, lengths, published, bounds = _runs(item)

    def edges():
        for lo, hi in bounds:
            docs = sorted(order[lo:hi], key=lambda i: rank(keys[i], int(lengths[i]), bool(published[i])))
            for i in docs[1:]:
                yield keys[docs[0]], keys[i]

    return _by_part(edges())


def _bucket_pairs(item):
    """All pairs of documents that share a band hash, one member per exact-text group (exact copies are
    linked by `_exact_edges`, so a bucket of k copies costs nothing), as (smaller key, larger key), by
    partition of the first."""
    order, exacts, keys, _, _, bounds = _runs(item)

    def pairs():
        for lo, hi in bounds:
            first: dict[int, str] = {}  # exact-text group -> its smallest key in the bucket
            for i in order[lo:hi]:
                if exacts[i] not in first or keys[i] < first[exacts[i]]:
                    first[exacts[i]] = keys[i]
            members = sorted(first.values())
            for i in range(len(members)):
                for j in range(i + 1, len(members)):
                    yield members[i], members[j]

    return _by_part(pairs())


def _split_by_part(table: SigTable):
    """(partition, SigTable of its documents) for each partition the batch touches."""
    parts = np.array([part(k) for k in table.keys])
    for p in np.unique(parts):
        yield int(p), table.take(np.nonzero(parts == p)[0])


def _index(tables) -> dict[str, tuple[SigTable, int]]:
    return {key: (t, i) for t in tables for i, key in enumerate(t.keys)}


def _to_second(item):
    """Partition of a: its candidate pairs (a, b) get a's signature and move to b's partition."""
    _, joined = item
    index = _index(joined["sigs"])
    pairs = sorted({pair for chunk in joined["pairs"] for pair in chunk})  # a pair shares several bands
    yield from _by_part((b, a, index[a][0].sigs[index[a][1]]) for a, b in pairs)


def _verified(item, threshold: float):
    """Partition of b: edges (a, b) whose MinHash estimate comes within EXACT_MARGIN of the threshold
    (`decide_component` settles those near it on the exact shingles), by partition of a."""
    _, joined = item
    index = _index(joined["sigs"])

    def edges():
        for halves in joined["halves"]:
            for b, a, sig_a in halves:
                table, i = index[b]
                if similarity(sig_a, table.sigs[i]) >= threshold - EXACT_MARGIN:
                    yield a, b

    return _by_part(edges())


def _lookup(parted: dict, key: str):
    """The value for `key` in a side input of (partition, {key: value}) dicts."""
    return parted.get(part(key), {}).get(key)


class _StoreTable(beam.DoFn):
    """Signature-store rows of a SigTable: every document but the ones dedup dropped."""

    def __init__(self, run_id: str, config: DedupConfig):
        self.run_id, self.config = run_id, config

    def process(self, table: SigTable, decisions: dict):
        keep = [(d := _lookup(decisions, k)) is None or d.keep for k in table.keys]
        if any(keep):
            yield store_table(table, keep, self.run_id, self.config)


class _MemberShingles(beam.DoFn):
    """(partition, [(key, shingle hashes)...]) for this run's documents that belong to a duplicate component
    (read from the parked batch): any two members may be compared, and those near the threshold exactly."""

    def process(self, path: str, labels: dict):
        batch = pq.read_table(path, columns=["source_uri", "locator", _SHINGLES])
        keys = record_keys(batch)
        shingles = batch.column(_SHINGLES).combine_chunks()
        offsets, values = shingles.offsets.to_numpy(), shingles.values.to_numpy()
        yield from _by_part((key, values[offsets[i] : offsets[i + 1]].tobytes())
                            for i, key in enumerate(keys) if _lookup(labels, key) is not None)


def _to_component(item):
    """Partition of the documents: each member, with its signature and shingles, to its label's partition."""
    _, joined = item
    index = _index(joined["sigs"])
    shingles = {k: v for chunk in joined["shingles"] for k, v in chunk}
    members = ((label, index[key][0].doc(index[key][1]), shingles.get(key))
               for labels in joined["labels"] for key, label in labels.items())
    yield from _by_part(members)


def _decide(item, threshold: float):
    """Partition of the labels: one decision per member of each component, by partition of the member."""
    _, chunks = item
    components: dict[str, list] = {}
    for chunk in chunks:
        for label, doc, shingles in chunk:
            components.setdefault(label, []).append((doc, shingles))
    decided = {}
    for members in components.values():
        decided.update(decide_component([d for d, _ in members], threshold, {d.key: s for d, s in members if s is not None}))
    for p, chunk in _by_part(sorted(decided.items())):
        yield p, dict(chunk)


def _merge_dicts(item):
    key, dicts = item
    merged: dict = {}
    for d in dicts:
        merged.update(d)
    return key, merged


class _ApplyDecisions(beam.DoFn):
    """Drops cluster members from a parked batch into the ledger and labels representatives with their cluster."""

    def process(self, path: str, decisions: dict):
        # left in place for a retried bundle; the staging directory goes at the end
        batch = pq.read_table(path).drop_columns([_SHINGLES])
        keys = record_keys(batch)
        found = [_lookup(decisions, k) for k in keys]
        keep = pa.array([d is None or d.keep for d in found])
        clusters = pa.array([d.cluster if d else None for d in found], pa.string())
        batch = batch.set_column(batch.schema.get_field_index("dup_cluster"), "dup_cluster", clusters)
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


def _adjacency(edges: list[tuple[str, str]]):
    """(partition, {node: [neighbours]}) fragments of an edge list, both directions."""
    out: dict[int, dict[str, list[str]]] = {}
    for u, v in edges:
        out.setdefault(part(u), {}).setdefault(u, []).append(v)
        out.setdefault(part(v), {}).setdefault(v, []).append(u)
    return sorted(out.items())


def _merge_adjacency(item):
    p, fragments = item
    adjacency: dict[str, set[str]] = {}
    for fragment in fragments:
        for node, neighbours in fragment.items():
            adjacency.setdefault(node, set()).update(neighbours)
    return p, {node: sorted(n) for node, n in adjacency.items()}


def _propagate(item):
    """One round of min-label propagation over a partition: a node's label goes to itself and its
    neighbours, sent as one {node: smallest label} message per target partition."""
    _, joined = item
    labels = next(iter(joined["label"]))
    messages: dict[int, dict[str, str]] = {}
    for adjacency in joined["adj"]:
        for node, neighbours in adjacency.items():
            label = labels[node]
            for target in (node, *neighbours):
                box = messages.setdefault(part(target), {})
                if target not in box or label < box[target]:
                    box[target] = label
    return sorted(messages.items())


def _min_labels(item):
    p, messages = item
    labels: dict[str, str] = {}
    for box in messages:
        for node, label in box.items():
            if node not in labels or label < labels[node]:
                labels[node] = label
    return p, labels


def _neighbour_labels(item):
    """Partition of u: (v, label of u) for every edge u - v, sent to v's partition."""
    _, joined = item
    labels = next(iter(joined["label"]))
    yield from _by_part((v, labels[u]) for adjacency in joined["adj"] for u, neighbours in adjacency.items() for v in neighbours)


def _disagreements(item):
    """Partition of v: (label of u, label of v) wherever the two ends of an edge still disagree."""
    _, joined = item
    labels = next(iter(joined["label"]), {})
    for chunk in joined["from_u"]:
        for v, label_u in chunk:
            if label_u != labels[v]:
                yield label_u, labels[v]


class ConnectedComponents(beam.PTransform):
    """Lists of (u, v) edges in; (partition, {node: component label}) out, the label being the smallest node
    key of the component.

    Min-label propagation in Beam over partitions of the nodes: each round is one CoGroupByKey of
    partition-sized elements, so no worker holds the whole graph. Near-duplicate graphs have a small
    diameter, so `rounds` rounds settle almost every component; the edges whose ends still disagree
    afterwards (long chains) are few, and only their labels are merged on one worker by union-find, which
    keeps the result exact."""

    def __init__(self, rounds: int = 3):
        super().__init__()
        self.rounds = rounds

    def expand(self, edge_lists):
        adjacency = (
            edge_lists
            | "Fragments" >> beam.FlatMap(_adjacency)
            | "GroupFragments" >> beam.GroupByKey()
            | "Adjacency" >> beam.Map(_merge_adjacency)
        )
        labels = adjacency | "Init" >> beam.Map(lambda kv: (kv[0], {node: node for node in kv[1]}))
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
        return labels | "FinalLabel" >> beam.Map(
            lambda kv, merged: (kv[0], {node: merged.get(label, label) for node, label in kv[1].items()}),
            beam.pvalue.AsDict(merges))


class Dedup(beam.PTransform):
    """Document batches in; {"docs": kept batches, "rejected": ledger batches, "store": signature-store
    tables of what the release publishes (this run's kept documents plus the reference)} out.

    Signatures, exact-hash and LSH-bucket entries move per batch and shard; exact copies are linked to
    their group's preferred member, LSH candidates are checked on the MinHash estimate; connected
    components (in Beam) and one decision per component. Everything after the signatures moves in
    partitions of the document keys (`_PARTS`), never one document at a time."""

    def __init__(self, config: DedupConfig, workdir: str | Path, run_id: str = "", reference: Reference = Reference(),
                 rounds: int = 3):
        super().__init__()
        self.config, self.workdir, self.run_id, self.reference, self.rounds = config, str(workdir), run_id, reference, rounds

    def expand(self, batches):
        config = self.config
        own = batches | "Signatures" >> beam.ParDo(_Signatures(config, self.workdir))
        published = (
            batches.pipeline
            | "ReferenceFiles" >> beam.Create(list(self.reference.files))
            | "ReadReference" >> beam.FlatMap(_read_reference, self.reference, config)
        )
        signed = split((own, published) | "AllSigned" >> beam.Flatten(), "Signed", "table", "exact", "band", "parked")
        parked = signed["parked"]
        sigs = signed["table"] | "ByPartition" >> beam.FlatMap(_split_by_part)
        exact_edges = signed["exact"] | "GroupExact" >> beam.GroupByKey() | "ExactEdges" >> beam.FlatMap(_exact_edges)
        pairs = signed["band"] | "GroupBands" >> beam.GroupByKey() | "BucketPairs" >> beam.FlatMap(_bucket_pairs)
        halves = {"sigs": sigs, "pairs": pairs} | "JoinFirst" >> beam.CoGroupByKey() | "ToSecond" >> beam.FlatMap(_to_second)
        near_edges = {"sigs": sigs, "halves": halves} | "JoinSecond" >> beam.CoGroupByKey() | "Verify" >> beam.FlatMap(_verified, config.threshold)
        labels = (
            (exact_edges, near_edges)
            | "AllEdges" >> beam.Flatten()
            | "EdgeLists" >> beam.Values()
            | "Components" >> ConnectedComponents(self.rounds)
        )
        member_shingles = parked | "MemberShingles" >> beam.ParDo(_MemberShingles(), labels=beam.pvalue.AsDict(labels))
        decisions = beam.pvalue.AsDict(
            {"sigs": sigs, "labels": labels, "shingles": member_shingles}
            | "JoinMembers" >> beam.CoGroupByKey()
            | "ToComponent" >> beam.FlatMap(_to_component)
            | "GroupComponents" >> beam.GroupByKey()
            | "Decide" >> beam.FlatMap(_decide, config.threshold)
            | "GroupDecisions" >> beam.GroupByKey()
            | "MergeDecisions" >> beam.Map(_merge_dicts)
        )
        # The FnApiRunner fuses sibling consumers of one PCollection into one stage; a stage that waits for
        # `decisions` must not also hold MemberShingles, which `decisions` needs: a deadlock. Reshuffles
        # separate them (small elements: paths, and SigTables of one batch each).
        applied = parked | "SeparateFromMembers" >> beam.Reshuffle() | "ApplyDecisions" >> beam.ParDo(_ApplyDecisions(), decisions=decisions)
        store = (
            signed["table"]
            | "SeparateFromPartitions" >> beam.Reshuffle()
            | "StoreTables" >> beam.ParDo(_StoreTable(self.run_id, config), decisions=decisions)
        )
        return {**split(applied, "ApplyDecisions", "docs", "rejected"), "store": store}
