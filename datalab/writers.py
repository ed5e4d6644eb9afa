"""Parquet shards with a deterministic layout: rows go to shard hash(source_uri#locator) % n and are
sorted by (source_uri, locator, part) inside it, so the same inputs give byte-identical files on any runner.
Every file is written to a temporary name and renamed into place."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import apache_beam as beam
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.feather as feather
import pyarrow.parquet as pq


def _atomically(path: Path, write) -> None:
    """`write(tmp)`, then rename into place: nobody ever sees a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    write(tmp)
    os.replace(tmp, path)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    _atomically(path, lambda tmp: tmp.write_bytes(data))


def atomic_write_json(path: Path, obj) -> None:
    atomic_write_bytes(path, (json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8"))


def record_key(uri: str, locator: int | None, part: int = 0) -> str:
    """"<source_uri>#<locator>" (".<part>" for a part of a split record): unique per document."""
    return f"{uri}#{locator}" + (f".{part}" if part else "")


def record_keys(table: pa.Table) -> list[str]:
    return [record_key(*row) for row in zip(*(table.column(c).to_pylist() for c in ("source_uri", "locator", "part")))]


def shard_of(uri: str, locator: int | None, num_shards: int) -> int:
    digest = hashlib.blake2b(record_key(uri, locator).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") % num_shards


def shard_path(directory: Path, shard: int) -> Path:
    return Path(directory) / f"part-{shard:05d}.parquet"


def write_table(table: pa.Table, path: Path, compression: str = "zstd") -> None:
    """Sorted by (source_uri, locator, part), zstd Parquet, via a temporary file."""
    table = table.sort_by([("source_uri", "ascending"), ("locator", "ascending"), ("part", "ascending")])
    _atomically(Path(path), lambda tmp: pq.write_table(table, tmp, compression=compression))


RUN_SUFFIX = ".arrow"


def write_run(table: pa.Table, directory: str | Path, keys: list[str]) -> Path:
    """A temporary, uncompressed Arrow IPC file (no encoding work: it lives only until the run's end) named
    by the record keys of its rows: a retried bundle rewrites the same file instead of adding one."""
    path = Path(directory) / f"{hashlib.sha256(chr(10).join(keys).encode()).hexdigest()[:24]}{RUN_SUFFIX}"
    _atomically(path, lambda tmp: feather.write_feather(table, tmp, compression="uncompressed"))
    return path


def read_run(path: str | Path, columns: list[str] | None = None) -> pa.Table:
    return feather.read_table(path, columns=columns, memory_map=True)


def fill_missing_shards(directory: Path, schema: pa.Schema, num_shards: int, compression: str = "zstd") -> None:
    """Empty shards where no row landed, so a release always has exactly `num_shards` files."""
    for shard in range(num_shards):
        if not shard_path(directory, shard).exists():
            write_table(schema.empty_table(), shard_path(directory, shard), compression)


class WriteShards(beam.PTransform):
    """Tables in; Parquet shards out, each written once by the worker that owns it.

    No shuffle ever holds the rows: every table is split by shard into run files on disk (named by a hash
    of their rows' keys, so a retried bundle rewrites the same file), and after the last run a shard's runs
    are merged, sorted and written. Memory is bounded by one shard (`output.target_shard_mb`), not by the
    dataset; only shard numbers go through the shuffle that waits for all runs."""

    def __init__(self, directory: str | Path, schema: pa.Schema, num_shards: int, compression: str = "zstd"):
        super().__init__()
        self.directory, self.schema, self.num_shards, self.compression = str(directory), schema, num_shards, compression

    def expand(self, tables):
        return (
            tables
            | "WriteRuns" >> beam.FlatMap(_write_runs, self.directory, self.num_shards)
            | "AfterAllRuns" >> beam.Distinct()
            | "MergeShard" >> beam.Map(_merge_shard, self.directory, self.schema, self.compression)
        )


def _runs_dir(directory: str | Path, shard: int) -> Path:
    return Path(directory) / ".runs" / f"shard-{shard:05d}"


def _write_runs(table: pa.Table, directory: str, num_shards: int):
    """Split `table` by shard into run files; yields the shard numbers written."""
    keys = record_keys(table)
    shards = [shard_of(u, l, num_shards) for u, l in zip(table.column("source_uri").to_pylist(), table.column("locator").to_pylist())]
    column = pa.array(shards, pa.int32())
    for shard in sorted(set(shards)):
        write_run(table.filter(pc.equal(column, shard)), _runs_dir(directory, shard), [k for k, s in zip(keys, shards) if s == shard])
        yield shard


def _merge_shard(shard: int, directory: str, schema: pa.Schema, compression: str) -> tuple[int, int]:
    runs = _runs_dir(directory, shard)
    table = pa.concat_tables([read_run(f).cast(schema) for f in sorted(runs.glob(f"*{RUN_SUFFIX}"))])
    write_table(table, shard_path(Path(directory), shard), compression)
    shutil.rmtree(runs)
    try:
        runs.parent.rmdir()  # the last shard to finish removes .runs/
    except OSError:
        pass
    return shard, table.num_rows
