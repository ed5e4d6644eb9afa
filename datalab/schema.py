"""Arrow schemas of documents and the ledger, loaded from `schemas/*.json` (the single definition); their
`stats` column is a struct with one struct per stage, whose fields the stage registry declares
(`datalab.stages`; written out as `schemas/stats.json`)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pyarrow as pa

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"

_TYPES = {
    "string": pa.string(),
    "int64": pa.int64(),
    "float32": pa.float32(),
    "float64": pa.float64(),
    "binary": pa.binary(),
    "map<string,int64>": pa.map_(pa.string(), pa.int64()),
    "map<string,float64>": pa.map_(pa.string(), pa.float64()),
}


#: What ingest measures on every document (`readers.BatchBuilder`); ingest is not a registered stage, it always runs.
INGEST_STATS = (("fixes", "int64", "Repairs ftfy made to the text (mojibake, HTML entities, control characters); 0: untouched."),)


def _measured() -> tuple[tuple[str, tuple], ...]:
    """(stage, its stats declarations) for ingest and the registered stages, in canonical order."""
    from datalab.stages import stages

    return (("ingest", INGEST_STATS), *((spec.name, spec.stats) for spec in stages()))


def stats_type() -> pa.StructType:
    """struct<stage: struct<stat, ...>, ...> over ingest and the registered stages, in canonical order."""
    return _stats_type(_measured())


@cache
def _stats_type(declared: tuple) -> pa.StructType:
    return pa.struct([pa.field(stage, pa.struct([pa.field(name, _TYPES[kind], metadata={"doc": doc})
                                                 for name, kind, doc in stats]))
                      for stage, stats in declared])


def stats_spec() -> dict:
    """`schemas/stats.json`: what each stage measures (generated from the registry; a test keeps it current)."""
    return {"name": "stats", "doc": "The stats column of documents and the ledger: one struct per stage, "
                                    "filled on every document the stage saw (declared in datalab/stages/__init__.py).",
            "stages": [{"stage": name, "fields": [{"name": n, "type": t, "doc": d} for n, t, d in stats]}
                       for name, stats in _measured()]}


def load_schema(name: str) -> pa.Schema:
    """Build the Arrow schema `schemas/<name>.json` describes."""
    return _load_schema(name, stats_type())


@cache
def _load_schema(name: str, stats: pa.StructType) -> pa.Schema:
    spec = json.loads((SCHEMA_DIR / f"{name}.json").read_text(encoding="utf-8"))
    fields = [
        pa.field(f["name"], stats if f["type"] == "stats" else _TYPES[f["type"]], nullable=f["nullable"],
                 metadata={"doc": f["doc"]})
        for f in spec["fields"]
    ]
    return pa.schema(fields, metadata={"datalab.schema": name})


def document_schema() -> pa.Schema:
    return load_schema("document")


def rejected_schema() -> pa.Schema:
    return load_schema("rejected")


def empty(schema: pa.Schema) -> pa.Table:
    return schema.empty_table()


def with_columns(table: pa.Table, columns: dict) -> pa.Table:
    """`table` with the named columns replaced by `columns`' values, as the types the schema gives them."""
    for name, values in columns.items():
        field = table.schema.field(name)
        table = table.set_column(table.schema.get_field_index(name), field, pa.array(values, field.type))
    return table


def with_stats(table: pa.Table, stage: str, rows: list[dict | None]) -> pa.Table:
    """`table` with `stats.<stage>` set to `rows` (one dict of measurements per row; None where the stage
    measured nothing), the other stages' measurements as they were."""
    column = table.column("stats").combine_chunks()
    children = [column.field(i) for i in range(column.type.num_fields)]
    index = column.type.get_field_index(stage)
    children[index] = pa.array(rows, column.type.field(index).type)
    merged = pa.StructArray.from_arrays(children, fields=list(column.type))
    return table.set_column(table.schema.get_field_index("stats"), table.schema.field("stats"), merged)


def ledger_from(batch: pa.Table, stage: str, reasons: list[str], details: list[str | None], *,
                duplicate_of: list | None = None, dup_cluster: list | None = None,
                similarity: list | None = None) -> pa.Table:
    """Ledger rows for the documents of `batch`, one reason and detail each (never text), with the
    measurements the stages took so far (`stats`; empty for records that never became documents).
    `duplicate_of`, `dup_cluster` and `similarity` are dedup's."""
    n = batch.num_rows
    none = [None] * n
    stats = batch.column("stats") if "stats" in batch.column_names else pa.array([{}] * n, stats_type())
    cols = {
        "id": batch.column("id"),
        "sector": batch.column("sector"),
        "source": batch.column("source"),
        "source_uri": batch.column("source_uri"),
        "locator": batch.column("locator"),
        "part": batch.column("part"),
        "stage": [stage] * n,
        "reason": reasons,
        "detail": details,
        "duplicate_of": duplicate_of or none,
        "dup_cluster": dup_cluster or none,
        "similarity": similarity or none,
        "stats": stats,
        "run_id": batch.column("run_id"),
    }
    return pa.table(cols, schema=rejected_schema())
