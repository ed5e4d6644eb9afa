import csv
import gzip

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from conftest import write_jsonl
from datalab.errors import DatalabError
from datalab.readers import derived_id, discover, read_batches, read_raw, source_name


def collect(path, batch_size=500):
    docs, rejected, count = [], [], None
    (file,) = discover([path])
    for kind, value in read_batches(file, "health", "run", batch_size):
        if kind == "docs":
            docs += value.to_pylist()
        elif kind == "rejected":
            rejected += value.to_pylist()
        else:
            count = value
    return docs, rejected, count


def test_jsonl_every_record_is_a_document_or_a_reason(tmp_path):
    path = write_jsonl(tmp_path / "notes.jsonl", [
        {"id": "a", "text": "Discharged home on metformin 500 mg.", "ward": "3B"},
        '{"id": "b", "text": "truncated',
        {"id": "c"},
        {"id": "d", "text": ""},
        {"id": "e", "text": 42},
        "[1, 2]",
        "",
        {"text": "No id here, one is derived."},
    ])
    docs, rejected, count = collect(path, batch_size=2)
    assert count == 7  # the blank line is not a record
    assert len(docs) + len(rejected) == count
    assert [(r["locator"], r["reason"]) for r in rejected] == [
        (2, "malformed_json"), (3, "missing_text"), (4, "empty_text"), (5, "text_not_string"), (6, "not_an_object")]
    assert all(r["stage"] == "ingest" and r["source_uri"].endswith("notes.jsonl") for r in rejected)
    assert docs[0]["metadata"] == '{"ward": "3B"}' and docs[0]["source"] == "notes"
    assert docs[1]["id"] == derived_id(docs[1]["source_uri"], 8) and docs[1]["locator"] == 8


def test_malformed_detail_names_position_not_content(tmp_path):
    secret = "Hans Mueller DE89370400440532013000"
    path = write_jsonl(tmp_path / "x.jsonl", ['{"text": "' + secret + '" oops}'])
    _, rejected, _ = collect(path)
    assert rejected[0]["reason"] == "malformed_json"
    assert "column" in rejected[0]["detail"] and "Mueller" not in rejected[0]["detail"]


def test_gzip_zstd_csv_and_parquet(tmp_path):
    recs = [{"id": str(i), "text": f"Station {i} reported 12 mm of rain."} for i in range(3)]
    write_jsonl(tmp_path / "a.jsonl.gz", recs, compress=True)
    (tmp_path / "b.jsonl.zst").write_bytes(zstandard.compress(gzip.decompress((tmp_path / "a.jsonl.gz").read_bytes())))
    with open(tmp_path / "c.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "text", "region"])
        writer.writerow(["1", "Line one\nstill the same record", "north"])
        writer.writerow(["2", "ok", "south", "extra"])
        writer.writerow(["3", "", "east"])
    pq.write_table(pa.table({"id": ["p1", "p2"], "text": ["Annual report excerpt.", None], "year": [2023, 2024]}),
                   tmp_path / "d.parquet")
    for name in ("a.jsonl.gz", "b.jsonl.zst"):
        docs, rejected, count = collect(tmp_path / name)
        assert (len(docs), len(rejected), count) == (3, 0, 3)
    docs, rejected, count = collect(tmp_path / "c.csv")
    assert count == 3 and docs[0]["locator"] == 2 and docs[0]["metadata"] == '{"region": "north"}'
    assert [(r["locator"], r["reason"]) for r in rejected] == [(4, "malformed_csv"), (5, "missing_text")]
    docs, rejected, count = collect(tmp_path / "d.parquet")
    assert count == 2 and docs[0]["metadata"] == '{"year": 2023}' and rejected[0]["reason"] == "missing_text"


def test_truncated_gzip_keeps_what_was_read_and_ledgers_the_break(tmp_path):
    recs = [{"id": str(i), "text": f"Lab note {i}: CRP {i} mg/L. " * 20} for i in range(200)]
    write_jsonl(tmp_path / "full.jsonl.gz", recs, compress=True)
    data = (tmp_path / "full.jsonl.gz").read_bytes()
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    docs, rejected, count = collect(tmp_path / "cut.jsonl.gz")
    assert 0 < len(docs) < 200
    assert rejected[-1]["reason"] == "unreadable_file" and rejected[-1]["locator"] == len(docs) + 1
    assert "EOFError" in rejected[-1]["detail"]
    assert len(docs) + len(rejected) == count


def test_not_gzip_at_all_is_one_ledger_row(tmp_path):
    (tmp_path / "bad.jsonl.gz").write_bytes(b"this is not gzip")
    docs, rejected, count = collect(tmp_path / "bad.jsonl.gz")
    assert docs == [] and count == 1
    assert rejected[0]["reason"] == "unreadable_file" and rejected[0]["locator"] is None


def test_invalid_utf8_line(tmp_path):
    (tmp_path / "u.jsonl").write_bytes(b'{"text": "ok"}\n{"text": "\xff\xfe"}\n')
    assert [r.reason for r in read_raw(tmp_path / "u.jsonl")] == [None, "invalid_utf8"]


def test_discover_errors_name_the_path(tmp_path):
    with pytest.raises(DatalabError, match="missing.jsonl: no such file"):
        discover([tmp_path / "missing.jsonl"])
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(DatalabError, match="notes.txt: unsupported file type"):
        discover([tmp_path / "notes.txt"])
    assert source_name(tmp_path / "x.jsonl.gz") == "x"


def test_malformed_json_detail_reads_well(tmp_path):
    """json's messages can end in "at" ("Invalid control character at"): no "at at column"."""
    (raw,) = read_raw(write_jsonl(tmp_path / "x.jsonl", ['{"id": "b", "text": "truncated']))
    assert raw.detail == "Invalid control character at: column 31"
