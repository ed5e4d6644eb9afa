"""Parquet shards with a deterministic layout: rows go to shard hash(source_uri#locator) % n and are
sorted by (source_uri, locator) inside it, so the same inputs give byte-identical files on any runner.
Every file is written to a temporary name and renamed into place."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import apache_beam as beam
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq


def atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def atomic_write_json(path: Path, obj) -> None:
    atomic_write_bytes(path, (json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8"))


def shard_of(uri: str, locator: int | None, num_shards: int) -> int:
    digest = hashlib.blake2b(f"{uri}#{locator}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") % num_shards


def shard_path(directory: Path, shard: int) -> Path:
    return Path(directory) / f"part-{shard:05d}.parquet"


def write_table(table: pa.Table, path: Path, compression: str = "zstd") -> None:
    """Sorted by (source_uri, locator), zstd Parquet, via a temporary file."""
    table = table.sort_by([("source_uri", "ascending"), ("locator", "ascending")])
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    pq.write_table(table, tmp, compression=compression)
    os.replace(tmp, path)


def fill_missing_shards(directory: Path, schema: pa.Schema, num_shards: int, compression: str = "zstd") -> None:
    """Empty shards where no row landed, so a release always has exactly `num_shards` files."""
    for shard in range(num_shards):
        if not shard_path(directory, shard).exists():
            write_table(schema.empty_table(), shard_path(directory, shard), compression)


class WriteShards(beam.PTransform):
    """Tables in; `num_shards` Parquet files out, each written once by the worker that owns the shard."""

    def __init__(self, directory: str | Path, schema: pa.Schema, num_shards: int, compression: str = "zstd"):
        super().__init__()
        self.directory, self.schema, self.num_shards, self.compression = str(directory), schema, num_shards, compression

    def expand(self, tables):
        return (
            tables
            | "SplitByShard" >> beam.FlatMap(_split_by_shard, self.num_shards)
            | "GroupByShard" >> beam.GroupByKey()
            | "WriteShard" >> beam.Map(_write_shard, self.directory, self.schema, self.compression)
        )


def _split_by_shard(table: pa.Table, num_shards: int):
    shards = [shard_of(u, l, num_shards) for u, l in zip(table.column("source_uri").to_pylist(), table.column("locator").to_pylist())]
    column = pa.array(shards, pa.int32())
    for shard in sorted(set(shards)):
        yield shard, table.filter(pc.equal(column, shard))


def _write_shard(item: tuple[int, list[pa.Table]], directory: str, schema: pa.Schema, compression: str) -> tuple[int, int]:
    shard, tables = item
    table = pa.concat_tables([t.cast(schema) for t in tables])
    write_table(table, shard_path(Path(directory), shard), compression)
    return shard, table.num_rows
