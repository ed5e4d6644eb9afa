"""Sharded outputs: `datalab/writers.py` on its own (every row in the shard `shard_of` names, rows sorted
inside a shard, every shard present, spill files merged, a retried bundle written once, the same bytes on
every run), then `curate` writing several shards."""

import random
from collections import Counter

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import read_dir, write_jsonl
from datalab.config import OutputConfig, Params
from datalab.curate import curate
from datalab.writers import WriteShards, _merge_shard, _spill_dir, _write_spills, fill_missing_shards, shard_of, shard_path

SCHEMA = pa.schema([pa.field("source_uri", pa.string(), False), pa.field("locator", pa.int64(), False),
                    pa.field("part", pa.int64(), False), pa.field("text", pa.string())])
ORDER = lambda r: (r["source_uri"], r["locator"], r["part"])  # noqa: E731


def records(num_shards: int) -> list[dict]:
    """Rows of two files (every fifth record split into two parts), none of them in the last shard: that
    shard must still be written, empty."""
    rows = [{"source_uri": uri, "locator": loc, "part": part, "text": f"{uri} {loc} {part}"}
            for uri in ("in/b.csv", "in/a.jsonl") for loc in range(40, 0, -1)
            for part in ((2, 1) if loc % 5 == 0 else (0,))]
    return [r for r in rows if shard_of(r["source_uri"], r["locator"], num_shards) != num_shards - 1]


def batches(rows: list[dict], n: int) -> list[pa.Table]:
    return [pa.Table.from_pylist(rows[i::n], SCHEMA) for i in range(n)]


def write(tables: list[pa.Table], directory, num_shards: int) -> dict[str, bytes]:
    with beam.Pipeline() as p:
        _ = p | beam.Create(tables, reshuffle=False) | WriteShards(directory, SCHEMA, num_shards)
    fill_missing_shards(directory, SCHEMA, num_shards)
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


@pytest.mark.parametrize("num_shards", [3, 5])
def test_write_shards_places_sorts_fills_and_is_deterministic(tmp_path, num_shards):
    rows = records(num_shards)
    tables = batches(rows, 3)
    shards_per_table = [{shard_of(u, l, num_shards) for u, l in zip(t["source_uri"].to_pylist(), t["locator"].to_pylist())}
                        for t in tables]
    assert all(s == set(range(num_shards - 1)) for s in shards_per_table)  # every written shard merges 3 spill files

    first = write([*tables, tables[0]], tmp_path / "one", num_shards)  # the first bundle retried at the end
    assert list(first) == [shard_path(tmp_path, i).name for i in range(num_shards)]  # no .spill/ left behind
    written = []
    for shard in range(num_shards):
        got = pq.read_table(tmp_path / "one" / shard_path(tmp_path, shard).name)
        assert got.schema == SCHEMA
        got = got.to_pylist()
        assert all(shard_of(r["source_uri"], r["locator"], num_shards) == shard for r in got)
        assert [ORDER(r) for r in got] == sorted(ORDER(r) for r in got)
        written += got
    assert pq.read_metadata(tmp_path / "one" / shard_path(tmp_path, num_shards - 1).name).num_rows == 0
    assert Counter(map(ORDER, written)) == Counter(map(ORDER, rows))  # each row once: the retry added nothing
    assert sorted(written, key=ORDER) == sorted(rows, key=ORDER)

    again = write(batches(rows[::-1], 4), tmp_path / "two", num_shards)  # other bundles, other order
    assert again == first


def test_spill_files_of_a_shard_merge_and_a_retry_rewrites_its_own(tmp_path):
    rows = records(3)
    tables = batches(rows, 3)
    for table in [*tables, tables[1]]:
        assert sorted(_write_spills(table, str(tmp_path), 3)) == [0, 1]
    assert [len(list(_spill_dir(tmp_path, s).iterdir())) for s in (0, 1)] == [3, 3]  # the retry replaced its file
    assert not _spill_dir(tmp_path, 2).exists()
    merged = [_merge_shard(s, str(tmp_path), SCHEMA, "zstd") for s in (0, 1)]
    expected = Counter(shard_of(r["source_uri"], r["locator"], 3) for r in rows)
    assert merged == [(0, expected[0]), (1, expected[1])]
    assert not (tmp_path / ".spill").exists()
    union = [r for s in (0, 1) for r in pq.read_table(shard_path(tmp_path, s)).to_pylist()]
    assert sorted(union, key=ORDER) == sorted(rows, key=ORDER)


WORDS = ("station river rainfall storm valley bridge road forecast pressure wind morning evening level warning "
         "flood sensor reading report council village harvest water temperature frost snow coast harbour market "
         "budget school hospital patient clinic train delay engineer signal repair museum library garden forest").split()


def test_curate_with_several_shards_writes_the_rows_of_a_single_shard_run(tmp_path):
    """`output.target_shard_mb` is at least 1, so 2.6 MB of input make 3 shards per output; their union is
    what one shard holds when everything fits in one, row for row, and each row sits in its own shard."""
    rng = random.Random(3)
    for name in ("a", "b"):
        write_jsonl(tmp_path / "in" / f"{name}.jsonl", [
            {"id": f"{name}{i}", "text": f"Report {i}: the " + " ".join(rng.choices(WORDS, k=280)) + "."} for i in range(650)
        ] + ['{"id": "broken"', {"id": "no-text"}, {"text": "患者は三日間の入院の後、安定した状態で退院しました。"}])
    assert 2e6 < sum(p.stat().st_size for p in (tmp_path / "in").iterdir()) < 3e6
    one = curate([tmp_path / "in"], tmp_path / "one", stages="langid")
    curate([tmp_path / "in"], tmp_path / "three", stages="langid", params=Params(output=OutputConfig(target_shard_mb=1)))
    for kind in ("documents", "rejected"):
        assert len([o for o in one["outputs"] if o["path"].startswith(kind)]) == 1
        shards = sorted((tmp_path / "three" / kind).glob("part-*.parquet"))
        assert len(shards) == 3
        for shard, path in enumerate(shards):
            table = pq.read_table(path)
            assert table.num_rows or kind == "rejected"  # 6 ledger rows need not reach every shard
            assert all(shard_of(u, l, 3) == shard for u, l in zip(table["source_uri"].to_pylist(), table["locator"].to_pylist()))
        rows = [read_dir(tmp_path / out / kind).drop_columns(["run_id"]).to_pylist() for out in ("one", "three")]
        assert sorted(rows[1], key=ORDER) == sorted(rows[0], key=ORDER)
    assert read_dir(tmp_path / "three" / "documents").num_rows == 1300 and read_dir(tmp_path / "three" / "rejected").num_rows == 6
