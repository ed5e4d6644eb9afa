"""Exact and MinHash near-duplicate removal.

Pure functions (normalisation, shingles, signatures, banding, components, representative choice) are
tested on their own; `Dedup` wires them into Beam: signatures per batch, a shuffle on the exact hash and on
LSH band keys, candidate verification by estimated Jaccard, then clusters and one representative each.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from dataclasses import dataclass
from typing import NamedTuple

import apache_beam as beam
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from datalab.config import DedupConfig
from datalab.schema import ledger_from
from datalab.tagged import split

_NON_WORD = re.compile(r"[\W_]+")
_MASK32 = np.uint64(0xFFFFFFFF)
_MIX = np.uint64(0x01000193)  # FNV prime: folds the word hashes of an n-gram into one 32-bit value


def normalise(text: str) -> str:
    """NFKC, case-folded, punctuation and symbols removed, spaces collapsed; fair to Greek, Cyrillic and accents
    (letters and digits of every script are word characters; everything else separates words)."""
    return _NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def exact_key(text: str) -> str:
    return _digest(normalise(text))


def _digest(norm: str) -> str:
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def shingles(text: str, config: DedupConfig, normalised: bool = False) -> set[bytes]:
    """Word or character n-grams of the normalised text; a text shorter than n is one shingle."""
    norm = text if normalised else normalise(text)
    units = norm.split(" ") if config.shingle == "word" else list(norm)
    joiner = " " if config.shingle == "word" else ""
    n = config.ngram
    if len(units) <= n:
        return {joiner.join(units).encode("utf-8")}
    return {joiner.join(units[i : i + n]).encode("utf-8") for i in range(len(units) - n + 1)}


def shingle_hashes(norm: str, config: DedupConfig) -> np.ndarray:
    """32-bit hashes of the word (or character) n-grams of normalised text, computed with NumPy: each unit is
    hashed once (crc32), n-grams are folded from those. Far cheaper than SHA-1 per shingle; the sets, and so
    the Jaccard similarities that MinHash estimates, are the same as `shingles()`."""
    units = norm.split(" ") if config.shingle == "word" else list(norm)
    unit_hashes = np.fromiter((zlib.crc32(u.encode("utf-8")) for u in units), dtype=np.uint64, count=len(units))
    n = min(config.ngram, len(units))
    count = len(units) - n + 1
    acc = np.zeros(count, dtype=np.uint64)
    for k in range(n):
        acc = (acc * _MIX + unit_hashes[k : k + count]) & _MASK32
    return np.unique(acc)


def minhash(hashes: np.ndarray, config: DedupConfig) -> np.ndarray:
    """datasketch MinHash hash values (num_perm, seed from params.yaml) of a set of shingle hashes."""
    mh = MinHash(num_perm=config.num_perm, seed=config.seed, hashfunc=int)
    mh.update_batch(hashes.tolist())
    return mh.hashvalues.astype(np.uint32)


def signature(text: str, config: DedupConfig, normalised: bool = False) -> np.ndarray:
    return minhash(shingle_hashes(text if normalised else normalise(text), config), config)


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
    return _optimal_param(config.threshold, config.num_perm, 0.05, 0.95)


def band_keys(sig: np.ndarray, bands: int, rows: int) -> list[bytes]:
    return [i.to_bytes(2, "big") + sig[i * rows : (i + 1) * rows].tobytes() for i in range(bands)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """MinHash estimate of the Jaccard similarity."""
    return float(np.mean(a == b))


class DocSig(NamedTuple):
    key: str  # "<source_uri>#<locator>": unique per input record and sortable in ingest order
    id: str
    length: int  # characters of normalised text: whitespace or case changes do not make a text "longer"
    exact: str
    sig: bytes


def preference(doc: DocSig) -> tuple:
    """Representative rule: the longest normalised text wins, then the earliest ingested (source_uri, locator)."""
    uri, _, loc = doc.key.rpartition("#")
    return (-doc.length, uri, int(loc))


def doc_key(uri: str, locator: int) -> str:
    return f"{uri}#{locator}"


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


def decide_component(group: list[DocSig], threshold: float, shingles: dict[str, bytes] | None = None) -> dict[str, Decision]:
    """Keep and drop within one connected component. Members are visited in `preference` order; one is
    dropped only when it is itself similar enough to a document already kept (exact copy, or Jaccard >=
    threshold: the MinHash estimate, or the exact Jaccard of the shingles when the estimate is within
    EXACT_MARGIN of the threshold), else it is kept too. Chains A~B~C never remove C for resembling B alone,
    and a component is never wiped out: its most preferred member is always kept."""
    group = sorted(group, key=preference)
    cid = cluster_id(group[0])
    kept: list[tuple[DocSig, np.ndarray]] = []
    out: dict[str, Decision] = {}
    for doc in group:
        sig = np.frombuffer(doc.sig, dtype=np.uint32)
        best, best_sim, best_how = None, -1.0, None
        for rep, rep_sig in kept:
            sim, how = (1.0, "exact") if doc.exact == rep.exact else (similarity(sig, rep_sig), "estimated")
            if shingles and how == "estimated" and abs(sim - threshold) <= EXACT_MARGIN and doc.key in shingles and rep.key in shingles:
                sim, how = exact_jaccard(np.frombuffer(shingles[doc.key], dtype=np.uint64),
                                         np.frombuffer(shingles[rep.key], dtype=np.uint64)), "exact"
            if sim > best_sim:
                best, best_sim, best_how = rep, sim, how
        if best is not None and best_sim >= threshold:
            reason = "exact_duplicate" if doc.exact == best.exact else "near_duplicate"
            out[doc.key] = Decision(False, cid, reason, best.id, round(best_sim, 4), best_how)
        else:
            kept.append((doc, sig))
            out[doc.key] = Decision(True, cid)
    return out


class _Signatures(beam.DoFn):
    """("sig", DocSig) for LSH, and ("shingles", (key, hashes)) for the exact check near the threshold."""

    def __init__(self, config: DedupConfig):
        self.config = config

    def process(self, batch: pa.Table):
        for uri, loc, doc_id, text in zip(*(batch.column(c).to_pylist() for c in ("source_uri", "locator", "id", "text"))):
            norm = normalise(text)
            hashes = shingle_hashes(norm, self.config)
            key = doc_key(uri, loc)
            yield "sig", DocSig(key, doc_id, len(norm), _digest(norm), minhash(hashes, self.config).tobytes())
            yield "shingles", (key, hashes.tobytes())


def _exact_edges(item):
    """Edges from each exact copy to its group's representative; the representative goes on to LSH."""
    _, docs = item
    docs = sorted(docs, key=preference)
    yield "unique", docs[0]
    for doc in docs[1:]:
        yield "edges", (docs[0], doc)


def _band_entries(doc: DocSig, bands: int, rows: int):
    sig = np.frombuffer(doc.sig, dtype=np.uint32)
    for key in band_keys(sig, bands, rows):
        yield key, doc


def _verified_pairs(item, threshold: float):
    """Candidate pairs of one bucket whose estimated Jaccard comes within EXACT_MARGIN of the threshold
    (`decide_component` settles those near it on the exact shingles), as (smaller key, larger key)."""
    _, docs = item
    docs = sorted(docs, key=lambda d: d.key)
    sigs = [np.frombuffer(d.sig, dtype=np.uint32) for d in docs]
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            if similarity(sigs[i], sigs[j]) >= threshold - EXACT_MARGIN:
                yield (docs[i].key, docs[j].key), (docs[i], docs[j])


class _ApplyDecisions(beam.DoFn):
    """Drops cluster members from a batch into the ledger and labels representatives with their cluster."""

    def process(self, batch: pa.Table, decisions: dict):
        keys = [doc_key(u, l) for u, l in zip(batch.column("source_uri").to_pylist(), batch.column("locator").to_pylist())]
        found = [decisions.get(k) for k in keys]
        keep = pa.array([d is None or d.keep for d in found])
        clusters = pa.array([d.cluster if d else None for d in found], pa.string())
        batch = batch.set_column(batch.schema.get_field_index("dup_cluster"), "dup_cluster", clusters)
        dropped = [d for d in found if d is not None and not d.keep]
        if dropped:
            yield "rejected", ledger_from(
                batch.filter(pc.invert(keep)), "dedup",
                [d.reason for d in dropped],
                [f"{d.reason.replace('_', ' ')}, Jaccard {d.similarity:.4f} ({d.measured})" for d in dropped],
                duplicate_of=[d.duplicate_of for d in dropped],
                dup_cluster=[d.cluster for d in dropped],
                similarity=[d.similarity for d in dropped],
            )
        kept = batch.filter(keep)
        if kept.num_rows:
            yield "docs", kept


def _propagate(item):
    """One round of min-label propagation: a node's label goes to itself and to its neighbours."""
    node, joined = item
    label = min(joined["label"])
    yield node, label
    for neighbours in joined["adj"]:
        yield from ((n, label) for n in neighbours)


def _label_to_other_end(item):
    """(u, {edges: [v...], label: [l_u]}) -> (v, l_u) for each edge u -> v."""
    _, joined = item
    label = min(joined["label"])
    yield from ((v, label) for v in joined["edges"])


def _disagreements(item):
    """(v, {from_u: [l_u...], label: [l_v]}) -> (l_u, l_v) where the two ends still carry different labels."""
    _, joined = item
    label = min(joined["label"])
    yield from ((other, label) for other in joined["from_u"] if other != label)


def _by_component(item):
    """(component label, (DocSig, shingle hashes)) for documents that belong to a component."""
    _, joined = item
    labels, docs = list(joined["label"]), list(joined["doc"])
    if labels and docs:
        yield labels[0], (docs[0], list(joined["shingles"])[0])


def _decide(item, threshold: float):
    _, members = item
    members = list(members)
    return sorted(decide_component([d for d, _ in members], threshold, {d.key: s for d, s in members}).items())


class ConnectedComponents(beam.PTransform):
    """(u, v) edges in; (node, component label) out, the label being the smallest node key of the component.

    Min-label propagation in Beam: each round is one CoGroupByKey, so no worker holds the whole graph.
    Near-duplicate graphs have a small diameter, so `rounds` rounds settle almost every component; the
    edges whose ends still disagree afterwards (long chains) are few, and only their labels are merged on
    one worker by union-find, which keeps the result exact."""

    def __init__(self, rounds: int = 6):
        super().__init__()
        self.rounds = rounds

    def expand(self, edges):
        adjacency = edges | "BothWays" >> beam.FlatMap(lambda e: [e, (e[1], e[0])]) | "Adjacency" >> beam.GroupByKey()
        labels = adjacency | "Init" >> beam.Map(lambda kv: (kv[0], kv[0]))
        for r in range(self.rounds):
            labels = (
                {"label": labels, "adj": adjacency}
                | f"Join{r}" >> beam.CoGroupByKey()
                | f"Propagate{r}" >> beam.FlatMap(_propagate)
                | f"Min{r}" >> beam.CombinePerKey(min)
            )
        from_u = {"edges": edges, "label": labels} | "JoinU" >> beam.CoGroupByKey() | "ToV" >> beam.FlatMap(_label_to_other_end)
        merges = (
            {"from_u": from_u, "label": labels}
            | "JoinV" >> beam.CoGroupByKey()
            | "Unsettled" >> beam.FlatMap(_disagreements)
            | "CollectUnsettled" >> beam.combiners.ToList()
            | "MergeLabels" >> beam.FlatMap(lambda pairs: sorted(components(pairs).items()))
        )
        return labels | "FinalLabel" >> beam.Map(
            lambda kv, merged: (kv[0], merged.get(kv[1], kv[1])), beam.pvalue.AsDict(merges))


class Dedup(beam.PTransform):
    """Document batches in; {"docs": kept batches, "rejected": ledger batches} out."""

    def __init__(self, config: DedupConfig, rounds: int = 6):
        super().__init__()
        self.config, self.rounds = config, rounds

    def expand(self, batches):
        bands, rows = lsh_bands(self.config)
        signed = split(batches | "Signatures" >> beam.ParDo(_Signatures(self.config)), "Signatures", "sig", "shingles")
        sigs = signed["sig"]
        exact = split(
            sigs
            | "ByExactHash" >> beam.Map(lambda d: (d.exact, d))
            | "GroupExact" >> beam.GroupByKey()
            | "ExactEdges" >> beam.FlatMap(_exact_edges),
            "ExactEdges", "edges", "unique",
        )
        near = (
            exact["unique"]
            | "Bands" >> beam.FlatMap(_band_entries, bands, rows)
            | "GroupBands" >> beam.GroupByKey()
            | "VerifyPairs" >> beam.FlatMap(_verified_pairs, self.config.threshold)
            | "OnePerPair" >> beam.CombinePerKey(lambda pairs: next(iter(pairs)))
            | "DropPairKey" >> beam.Values()
        )
        edges = (exact["edges"], near) | "AllEdges" >> beam.Flatten()
        members = edges | "Members" >> beam.FlatMap(lambda e: [(e[0].key, e[0]), (e[1].key, e[1])])
        labels = edges | "EdgeKeys" >> beam.Map(lambda e: (e[0].key, e[1].key)) | "Components" >> ConnectedComponents(self.rounds)
        decisions = (
            {"doc": members | "OneDoc" >> beam.CombinePerKey(lambda docs: next(iter(docs))), "label": labels,
             "shingles": signed["shingles"]}
            | "DocWithLabel" >> beam.CoGroupByKey()
            | "ByComponent" >> beam.FlatMap(_by_component)
            | "GroupComponent" >> beam.GroupByKey()
            | "Decide" >> beam.FlatMap(_decide, self.config.threshold)
        )
        applied = batches | "ApplyDecisions" >> beam.ParDo(_ApplyDecisions(), decisions=beam.pvalue.AsDict(decisions))
        return split(applied, "ApplyDecisions", "docs", "rejected")
