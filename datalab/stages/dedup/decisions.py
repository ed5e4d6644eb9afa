"""Decisions: what dedup keeps and drops within each connected component.

In: component labels (from `graph`), the members' signature rows and their parked shingle hashes.
Out: one `Decision` per member (`decide_component`): published members stay; the others, in `preference`
order, are dropped only when they resemble a member already kept (exact copy, or Jaccard >= threshold), so
dissimilar members of one component are all kept and a component is never wiped out. `_ApplyDecisions`
applies them to the parked batches: kept documents (labelled with their cluster) and ledger rows for the
dropped ones, each with `stats.dedup`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import NamedTuple

import apache_beam as beam
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from datalab.schema import ledger_from, with_columns, with_stats
from datalab.stages.dedup.buckets import EXACT_MARGIN
from datalab.stages.dedup.nodes import _NODE, _ReadsSpills, _by_partition, _concat, _find, _firsts, _mapped_spill, _objects
from datalab.stages.dedup.signatures import _SHINGLES, exact_jaccard, similarity
from datalab.writers import read_spill, record_keys


class DocSig(NamedTuple):
    key: str  # `writers.record_key`: "<source_uri>#<locator>"
    node: int  # `node_ids`: what the shuffles carry instead of the key; ordering nodes orders keys
    id: str
    length: int  # characters of normalised text: whitespace or case changes do not make a text "longer"
    exact: str
    sig: bytes
    published: str = ""  # run id of the release that published it (a reference document); "" for this run's


def preference(doc: DocSig) -> tuple:
    """Preference order within a component (the most preferred member is always kept): a published document
    first (it is out already), then the longest normalised text, then the earliest ingested (source_uri,
    locator, part)."""
    return (not doc.published, -doc.length, doc.node)


def cluster_id(rep: DocSig) -> str:
    return "dc-" + hashlib.sha256(rep.key.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Decision:
    """What dedup decided for one document of a cluster (a connected component)."""

    keep: bool
    cluster: str
    cluster_size: int  # members of the component, published ones included
    reason: str | None = None
    duplicate_of: str | None = None
    similarity: float | None = None
    measured: str | None = None  # "exact" (same normalised text or shingle sets compared) or "estimated" (MinHash)
    published: str = ""  # run id when duplicate_of is a published document

    def detail(self) -> str:
        where = f" published in run {self.published}" if self.published else ""
        return f"{self.reason.replace('_', ' ')}{where}, Jaccard {self.similarity:.4f} ({self.measured})"

    def stats(self) -> dict:
        """`stats.dedup` of the document: duplicate_of and similarity only for a dropped one."""
        return {"cluster": self.cluster, "cluster_size": self.cluster_size, "duplicate_of": self.duplicate_of,
                "similarity": self.similarity}


#: `stats.dedup` of a document outside every cluster: measured, nothing found.
UNCLUSTERED = {"cluster": None, "cluster_size": None, "duplicate_of": None, "similarity": None}


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
            out[doc.node] = Decision(False, cid, len(group), reason, best.id, round(best_sim, 4), best_how, best.published)
        else:
            kept.append((doc, sig))
            out[doc.node] = Decision(True, cid, len(group))
    return out


def doc_sigs(table: pa.Table) -> list[DocSig]:
    """The rows of a signature table as DocSigs."""
    columns = [table.column(name).to_pylist() for name in (_NODE, "id", "length", "exact", "minhash", "published_run")]
    return [DocSig(key, *row) for key, *row in zip(record_keys(table), *columns)]


class _MemberShingles(_ReadsSpills):
    """(partition, (nodes, (parked path, row) locations)) of the shingle hashes of this run's documents that
    belong to a duplicate component: any two members may be compared, and those near the threshold
    exactly, reading the hashes from disk (`_ParkedShingles`) rather than moving them through Beam."""

    def process(self, path: str, labels: dict):
        nodes = _mapped_spill(path).column(_NODE).to_numpy()
        members = np.nonzero(_find(labels, nodes) != None)[0]  # noqa: E711 (element-wise)
        if members.size:
            yield from _by_partition(nodes[members], _objects([(path, int(row)) for row in members]))


class _ParkedShingles:
    """node -> its shingle hashes, read on demand from the memory-mapped parked batches (locations from
    `_MemberShingles`): only pairs whose estimate is near the threshold need them."""

    def __init__(self, locations: dict[int, tuple[str, int]]):
        self.locations = locations

    def __contains__(self, node: int) -> bool:
        return node in self.locations

    def __getitem__(self, node: int) -> np.ndarray:
        path, row = self.locations[node]
        return _mapped_spill(path).column(_SHINGLES)[row].values.to_numpy()


def _to_component(item):
    """Partition of the documents: each member, with where its signature row and its shingles are on disk,
    to its label's partition."""
    p, joined = item
    members, labels = _concat(joined["labels"], 2)
    if not members.size:
        return
    slices = list(joined["sigs"])
    nodes = np.concatenate([_mapped_spill(path).column(_NODE).to_numpy()[lo:hi] for path, lo, hi in slices])
    rows = _objects([(path, row) for path, lo, hi in slices for row in range(lo, hi)])
    order = np.argsort(nodes)
    sig_rows = rows[order[np.searchsorted(nodes[order], members)]]
    shingle_nodes, locations = _concat(joined["shingles"], 2)
    order = np.argsort(shingle_nodes)
    shingles = _find({p: (shingle_nodes[order], locations[order])} if order.size else {}, members)  # none for published members
    yield from _by_partition(labels, sig_rows, shingles)


def _docs_at(locations) -> list[DocSig]:
    """The DocSigs at (signature file, row) locations, in their order, one read per file."""
    by_file: dict[str, list[int]] = {}
    for i, (path, _) in enumerate(locations):
        by_file.setdefault(path, []).append(i)
    out: list = [None] * len(locations)
    for path, positions in by_file.items():
        table = _mapped_spill(path).take(pa.array([locations[i][1] for i in positions], pa.int64()))
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
    starts = np.nonzero(_firsts(labels))[0]
    decided: dict[int, Decision] = {}
    for lo, hi in zip(starts, np.append(starts[1:], labels.size)):
        group = list(docs[lo:hi])
        located = {d.node: where for d, where in zip(group, shingles[lo:hi]) if where is not None}
        decided.update(decide_component(group, threshold, _ParkedShingles(located)))
    nodes = np.array(sorted(decided), dtype=np.int64)
    yield from _by_partition(nodes, _objects([decided[n] for n in nodes.tolist()]))


def _sorted_partition(item):
    """One (sorted nodes, values) table per partition, for `_find`."""
    p, chunks = item
    nodes, values = _concat(chunks, 2)
    order = np.argsort(nodes)
    return p, (nodes[order], values[order])


class _ApplyDecisions(beam.DoFn):
    """A parked batch in; its kept documents ("docs", labelled with their cluster) and its dropped duplicates
    ("rejected", ledger rows) out, every one with `stats.dedup` (`Decision.stats`, or `UNCLUSTERED`)."""

    def process(self, path: str, decisions: dict):
        # left in place for a retried bundle; the staging directory goes at the end
        batch = read_spill(path)
        found = _find(decisions, batch.column(_NODE).to_numpy())
        batch = batch.drop_columns([_NODE, _SHINGLES])
        keep = pa.array([d is None or d.keep for d in found])
        clusters = [d.cluster if d else None for d in found]
        batch = with_columns(batch, {"dup_cluster": clusters})
        batch = with_stats(batch, "dedup", [d.stats() if d else dict(UNCLUSTERED) for d in found])
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
