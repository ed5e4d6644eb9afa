"""The published signature store: what each release publishes, so later runs dedup against it.

In: the signature tables of this run and of the reference, with the decisions; store paths named by the
configuration.
Out: the store's schema (`signature_schema`, with the parameters a signature depends on in its metadata),
`Reference` (the checked stores to dedup against, `load_reference`), and the store rows a release
publishes (`store_table`, `_StoreTable`: every document dedup did not drop, published ones included).
Also the layout of a signature table (the store's columns plus each document's node) and its MinHash
column as a matrix (`sig_matrix`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import apache_beam as beam
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from datalab.config import DedupConfig
from datalab.errors import DatalabError
from datalab.schema import load_schema
from datalab.stages.dedup.nodes import _NODE, _find
from datalab.writers import read_spill

log = logging.getLogger("datalab")


def _store_metadata(config: DedupConfig) -> dict:
    """The parameters a signature depends on; a store made with others cannot be compared."""
    return config.model_dump(include={"num_perm", "seed", "shingle", "ngram"})


def signature_schema(config: DedupConfig) -> pa.Schema:
    schema = load_schema("signature")
    return schema.with_metadata({**schema.metadata, b"datalab.dedup": json.dumps(_store_metadata(config), sort_keys=True).encode()})


#: A signature table: the signature-store columns (published_run "" for this run's documents) plus each
#: document's node. Per batch, sorted by partition, it is written to disk once (`_write_grouped`), and Beam
#: moves only its path and partition bounds: no shuffle holds signatures.


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
    forget: frozenset[str] = frozenset()  # ids of erased documents (`datalab.erasures`)
    summary: tuple[dict, ...] = ()  # per store: path, files, entries, excluded (counts only)
    digest: str = ""  # of the entries used, for the run id: a rerun on the same inputs is the same run


def load_reference(paths: list[str], config: DedupConfig, input_uris: set[str], forget: frozenset[str] = frozenset()) -> Reference:
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
    return Reference(tuple(files), frozenset(input_uris), frozenset(forget), tuple(summary), digest.hexdigest() if files else "")


class _StoreTable(beam.DoFn):
    """Signature-store rows of a batch's signature file: every document but the ones dedup dropped."""

    def __init__(self, run_id: str, config: DedupConfig):
        self.run_id, self.config = run_id, config

    def process(self, path: str, decisions: dict):
        table = read_spill(path)
        keep = [d is None or d.keep for d in _find(decisions, table.column(_NODE).to_numpy())]
        if any(keep):
            yield store_table(table, keep, self.run_id, self.config)
