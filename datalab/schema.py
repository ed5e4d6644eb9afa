"""Arrow schemas of documents and the ledger, loaded once from `schemas/*.json` (the single definition)."""

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


@cache
def load_schema(name: str) -> pa.Schema:
    """Build the Arrow schema `schemas/<name>.json` describes."""
    spec = json.loads((SCHEMA_DIR / f"{name}.json").read_text(encoding="utf-8"))
    fields = [
        pa.field(f["name"], _TYPES[f["type"]], nullable=f["nullable"], metadata={"doc": f["doc"]})
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


def ledger_from(batch: pa.Table, stage: str, reasons: list[str], details: list[str | None], **extra: list) -> pa.Table:
    """Ledger rows for the documents of `batch`, one reason and detail each (never text)."""
    n = batch.num_rows
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
        "duplicate_of": extra.get("duplicate_of", [None] * n),
        "dup_cluster": extra.get("dup_cluster", [None] * n),
        "similarity": extra.get("similarity", [None] * n),
        "run_id": batch.column("run_id"),
    }
    return pa.table(cols, schema=rejected_schema())
