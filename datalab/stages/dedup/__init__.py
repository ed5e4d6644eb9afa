"""Exact and MinHash near-duplicate removal: document batches of a whole sector in; the documents it keeps,
ledger rows for the duplicates it drops (every one with `stats.dedup`) and the signature store the release
publishes out.

The modules, in pipeline order (`Dedup.expand` wires them into Beam):
- `signatures`: text in; normalised text, shingle hashes and MinHash signatures out (the compiled pass is
  `minhash`); per batch, a signature table and the batch parked in a spill file; the reference's
  signature tables read from its published store.
- `buckets`: signature tables in; candidate edges out: exact copies linked to their group's preferred
  member, LSH band buckets paired and verified on the MinHash estimate.
- `graph`: edges in; connected components out (min-label propagation in Beam).
- `decisions`: components in; one keep or drop `Decision` per member out (a dropped member resembles a
  member kept; dissimilar members of a component all stay), applied to the parked batches.
- `store`: the published signature store: its schema, the `Reference` to dedup against, the rows a
  release publishes.
- `nodes`: how documents travel: int64 node ids, hash partitions of the nodes, spill files.

For the stage registry (`datalab.stages`): `build(params, workdir, uris, run_id, reference)`,
`output_schema(kind, params)` and `dependencies(params)`.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import apache_beam as beam
import pyarrow as pa

from datalab.config import DedupConfig
from datalab.errors import DatalabError
from datalab.stages.dedup.buckets import _bucket_pairs, _exact_edges, _to_second, _verified, band_hashes, lsh_bands
from datalab.stages.dedup.decisions import (
    Decision, DocSig, _ApplyDecisions, _decide, _MemberShingles, _sorted_partition, _to_component, decide_component, preference,
)
from datalab.stages.dedup.graph import ConnectedComponents, components
from datalab.stages.dedup.nodes import MAX_FILES, _OverSpills
from datalab.stages.dedup.signatures import _read_reference, _Signatures, exact_key, normalise, shingles, signature, similarity, words
from datalab.stages.dedup.store import Reference, _StoreTable, load_reference, signature_schema
from datalab.tagged import split

__all__ = [
    "ConnectedComponents", "Decision", "Dedup", "DocSig", "Reference", "band_hashes", "build", "components",
    "decide_component", "dependencies", "exact_key", "load_reference", "lsh_bands", "normalise", "output_schema",
    "preference", "shingles", "signature", "signature_schema", "similarity", "words",
]


class Dedup(beam.PTransform):
    """Document batches in; {"docs": kept batches, "rejected": ledger batches, "signatures": signature-store
    tables of what the release publishes (this run's kept documents plus the reference)} out.

    Signatures, exact-hash and LSH-bucket entries move per batch and bucket group; exact copies are linked to
    their group's preferred member, LSH candidates are checked on the MinHash estimate; connected
    components (in Beam) and one decision per component. Everything after the signatures moves as node
    arrays in partitions (`PARTITIONS`), never one document at a time."""

    def __init__(self, config: DedupConfig, workdir: str | Path, uris: list[str], run_id: str = "",
                 reference: Reference = Reference(), rounds: int = 3):
        super().__init__()
        self.config, self.workdir, self.run_id, self.reference, self.rounds = config, str(workdir), run_id, reference, rounds
        self.files = {uri: number for number, uri in enumerate(sorted(set(uris)))}
        if max(len(self.files), len(reference.files)) > MAX_FILES:
            raise DatalabError(f"dedup numbers at most {MAX_FILES} input files and as many reference store files; "
                               f"this run has {len(self.files)} and {len(reference.files)}")

    def expand(self, batches):
        config = self.config
        signed = batches | "Signatures" >> beam.ParDo(_Signatures(config, self.workdir, self.files))
        if self.reference.files:  # a step of its own only when there are published stores: the runner runs each in turn
            published = (
                batches.pipeline
                | "ReferenceFiles" >> beam.Create(list(enumerate(self.reference.files)))
                | "ReadReference" >> beam.FlatMap(_read_reference, self.reference, config, self.workdir)
            )
            signed = (signed, published) | "AllSigned" >> beam.Flatten()
        signed = split(signed, "Signed", "sigs", "sig", "exact", "band", "parked")
        parked, sigs = signed["parked"], signed["sig"]
        exact_edges = signed["exact"] | "GroupExact" >> beam.GroupByKey() | "ExactEdges" >> beam.FlatMap(_exact_edges)
        pairs = signed["band"] | "GroupBands" >> beam.GroupByKey() | "BucketPairs" >> beam.ParDo(_OverSpills(_bucket_pairs))
        halves = {"sigs": sigs, "pairs": pairs} | "JoinFirst" >> beam.CoGroupByKey() | "ToSecond" >> beam.ParDo(_OverSpills(_to_second, config.num_perm))
        near_edges = {"sigs": sigs, "halves": halves} | "JoinSecond" >> beam.CoGroupByKey() | "Verify" >> beam.ParDo(_OverSpills(_verified, config.threshold, config.num_perm))
        labels = (exact_edges, near_edges) | "AllEdges" >> beam.Flatten() | "Components" >> ConnectedComponents(self.rounds)
        member_shingles = parked | "MemberShingles" >> beam.ParDo(_MemberShingles(), labels=beam.pvalue.AsDict(labels))
        decisions = beam.pvalue.AsDict(
            {"sigs": sigs, "labels": labels, "shingles": member_shingles}
            | "JoinMembers" >> beam.CoGroupByKey()
            | "ToComponent" >> beam.ParDo(_OverSpills(_to_component))
            | "GroupComponents" >> beam.GroupByKey()
            | "Decide" >> beam.ParDo(_OverSpills(_decide, config.threshold))
            | "GroupDecisions" >> beam.GroupByKey()
            | "MergeDecisions" >> beam.Map(_sorted_partition)
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


def build(params, workdir: str | Path, uris: list[str], run_id: str, reference: Reference = Reference()) -> Dedup:
    """The stage for the registry: the `Dedup` composite over the whole sector, with `params.dedup` (`params`
    is the run's `Params`). `workdir`: an empty scratch directory for its spill files, inside the run's
    staging directory and seen by every worker; `uris`: the source_uri of every input file of the run (they
    number the nodes, so the same inputs give the same nodes); `run_id`: the run's id, the published_run of
    the store rows of this run's documents; `reference`: the published signature stores to dedup against
    (`load_reference`; none by default)."""
    return Dedup(params.dedup, workdir, uris, run_id, reference)


def output_schema(kind: str, params) -> pa.Schema:
    """The schema of what dedup publishes beside documents and ledger: its signature store ("signatures")."""
    return signature_schema(params.dedup)


def dependencies(params) -> list[dict]:
    """datasketch: the LSH band optimiser and the MinHash permutations (the signatures equal its MinHash)."""
    return [{"name": "datasketch", "package": "datasketch", "version": metadata.version("datasketch")}]
