"""Parquet shards with a deterministic layout: rows go to shard hash(source_uri#locator) % n and are
sorted by (source_uri, locator, part) inside it, so the same inputs give byte-identical files on any runner.
Every file is written to a temporary name and renamed into place.

Words: an output *shard* is one Parquet file of a release (named part-NNNNN.parquet, the Hadoop/Spark
convention); a *spill file* is a temporary Arrow IPC file that lives only until the run's end
(`write_spill`); a record *part* is one language part of a split record (the `part` column)."""

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
    """The file of an output shard."""
    return Path(directory) / f"part-{shard:05d}.parquet"


def write_table(table: pa.Table, path: Path, compression: str = "zstd") -> None:
    """Sorted by (source_uri, locator, part), zstd Parquet, via a temporary file."""
    table = table.sort_by([("source_uri", "ascending"), ("locator", "ascending"), ("part", "ascending")])
    _atomically(Path(path), lambda tmp: pq.write_table(table, tmp, compression=compression))


SPILL_SUFFIX = ".arrow"


def write_spill(table: pa.Table, directory: str | Path, keys: list[str]) -> Path:
    """A temporary, uncompressed Arrow IPC file (no encoding work: it lives only until the run's end) named
    by the record keys of its rows: a retried bundle rewrites the same file instead of adding one."""
    path = Path(directory) / f"{hashlib.sha256(chr(10).join(keys).encode()).hexdigest()[:24]}{SPILL_SUFFIX}"
    _atomically(path, lambda tmp: feather.write_feather(table, tmp, compression="uncompressed"))
    return path


def read_spill(path: str | Path, columns: list[str] | None = None) -> pa.Table:
    return feather.read_table(path, columns=columns, memory_map=True)


def fill_missing_shards(directory: Path, schema: pa.Schema, num_shards: int, compression: str = "zstd") -> None:
    """Empty shards where no row landed, so a release always has exactly `num_shards` files."""
    for shard in range(num_shards):
        if not shard_path(directory, shard).exists():
            write_table(schema.empty_table(), shard_path(directory, shard), compression)


class WriteShards(beam.PTransform):
    """Tables in; Parquet shards out, each written once by the worker that owns it.

    No shuffle ever holds the rows: every table is split by shard into spill files on disk (named by a hash
    of their rows' keys, so a retried bundle rewrites the same file), and after the last spill a shard's
    spill files are merged, sorted and written. Memory is bounded by one shard (`output.target_shard_mb`),
    not by the dataset; only shard numbers go through the shuffle that waits for all spill files."""

    def __init__(self, directory: str | Path, schema: pa.Schema, num_shards: int, compression: str = "zstd"):
        super().__init__()
        self.directory, self.schema, self.num_shards, self.compression = str(directory), schema, num_shards, compression

    def expand(self, tables):
        return (
            tables
            | "WriteSpills" >> beam.FlatMap(_write_spills, self.directory, self.num_shards)
            | "AfterAllSpills" >> beam.Distinct()
            | "MergeShard" >> beam.Map(_merge_shard, self.directory, self.schema, self.compression)
        )


def _spill_dir(directory: str | Path, shard: int) -> Path:
    return Path(directory) / ".spill" / f"shard-{shard:05d}"


def _write_spills(table: pa.Table, directory: str, num_shards: int):
    """Split `table` by shard into spill files; yields the shard numbers written."""
    keys = record_keys(table)
    shards = [shard_of(u, l, num_shards) for u, l in zip(table.column("source_uri").to_pylist(), table.column("locator").to_pylist())]
    column = pa.array(shards, pa.int32())
    for shard in sorted(set(shards)):
        write_spill(table.filter(pc.equal(column, shard)), _spill_dir(directory, shard), [k for k, s in zip(keys, shards) if s == shard])
        yield shard


def _merge_shard(shard: int, directory: str, schema: pa.Schema, compression: str) -> tuple[int, int]:
    spilled = _spill_dir(directory, shard)
    table = pa.concat_tables([read_spill(f).cast(schema) for f in sorted(spilled.glob(f"*{SPILL_SUFFIX}"))])
    write_table(table, shard_path(Path(directory), shard), compression)
    shutil.rmtree(spilled)
    try:
        spilled.parent.rmdir()  # the last shard to finish removes .spill/
    except OSError:
        pass
    return shard, table.num_rows
