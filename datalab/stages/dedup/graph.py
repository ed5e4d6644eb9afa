"""Graph: connected components of the candidate edges.

In: edges (u, v) as node arrays (from `buckets`).
Out: per hash partition, (sorted nodes, component labels), the label being the smallest node of the
component (`ConnectedComponents`, in Beam; `components` is the plain union-find it must agree with).
Only nodes with an edge belong to a component.
"""

from __future__ import annotations

import apache_beam as beam
import numpy as np

from datalab.stages.dedup.nodes import _by_partition, _concat, _firsts


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


def _adjacency(edges: tuple[np.ndarray, np.ndarray]):
    """(partition, (nodes, neighbours)) fragments of an edge list, both directions."""
    u, v = edges
    yield from _by_partition(np.concatenate([u, v]), np.concatenate([v, u]))


def _merge_adjacency(item):
    """A partition's adjacency as (nodes, neighbours) sorted by node, each edge once."""
    p, fragments = item
    src, dst = _concat(fragments, 2)
    order = np.lexsort((dst, src))
    src, dst = src[order], dst[order]
    once = _firsts(src, dst)
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
    yield from _by_partition(np.concatenate([labels[0], dst]), np.concatenate([labels[1], _label_of(labels, src)]))


def _min_labels(item):
    """Each node's smallest label among the messages it got."""
    p, messages = item
    targets, values = _concat(messages, 2)
    order = np.lexsort((values, targets))
    targets, values = targets[order], values[order]
    first = _firsts(targets)
    return p, (targets[first], values[first])


def _neighbour_labels(item):
    """Partition of u: (v, label of u) for every edge u - v, sent to v's partition."""
    _, joined = item
    labels = next(iter(joined["label"]))
    src, dst = next(iter(joined["adj"]))
    yield from _by_partition(dst, _label_of(labels, src))


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
