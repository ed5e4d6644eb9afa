import csv
import gzip
import hashlib
import io
import json
import os
import re
from dataclasses import replace
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from conftest import collect, write_jsonl
from datalab.errors import DatalabError
from datalab.config import IngestConfig
from datalab.readers import (MAX_NESTING, Part, Reading, csv_dialect, derived_id, discover, parts, read_batches, read_raw,
                             source_name)


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


def test_a_batch_closes_at_its_records_or_its_characters_of_text(tmp_path):
    path = write_jsonl(tmp_path / "notes.jsonl", [{"id": str(i), "text": "x" * n} for i, n in enumerate([10, 30, 5, 60, 1, 1])])
    (file,) = discover([path]).files
    sizes = [value.num_rows for kind, value in read_batches(file, "health", "run", 3, batch_chars=40) if kind == "docs"]
    assert sizes == [2, 2, 2]  # 10+30 reaches 40; 5+60 passes it; the last two close at the end of the file


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
    (tmp_path / "notes.docx").write_text("x")
    with pytest.raises(DatalabError, match="notes.docx: unsupported file type"):
        discover([tmp_path / "notes.docx"])
    assert source_name(tmp_path / "x.jsonl.gz") == "x"


def reasons(rejected):
    return [(r["locator"], r["reason"], r["detail"]) for r in rejected]


def test_lone_surrogate_in_any_string_is_one_ledger_row(tmp_path):
    path = write_jsonl(tmp_path / "s.jsonl", [
        r'{"id": "a", "text": "Dose \ud800 given."}',
        r'{"id": "b\udfff", "text": "Dose given."}',
        r'{"id": "c", "text": "Dose given.", "m": {"k": [1, "x\udc00"]}}',
        r'{"id": "d", "text": "Dose given.", "\ud800": 1}',
        r'{"id": "e", "text": "Dose given.", "m": {"\udbff": 1}}',
        {"id": "f", "text": "Dose given.", "m": {"k": ["ok"]}},
        r'{"id": "g", "text": "A pair is one character: \ud83d\ude00"}',
    ])
    docs, rejected, count = collect(path)
    assert count == 7 and [d["id"] for d in docs] == ["f", "g"] and docs[1]["text"].endswith("\U0001f600")
    fields = ((1, "'text'"), (2, "'id'"), (3, "'m'"), (4, "a field name"), (5, "'m'"))
    assert reasons(rejected) == [(line, "invalid_unicode", f"invalid Unicode (lone surrogate) in {field}")
                                 for line, field in fields]
    assert rejected[1]["id"] == derived_id(rejected[1]["source_uri"], 2)  # the id itself cannot be stored


def test_nesting_beyond_the_bound_and_huge_integers_are_one_ledger_row_each(tmp_path):
    def nested(depth):  # an object holding arrays: `depth` levels in all
        return '{"text": "Nested metadata.", "m": ' + "[" * (depth - 1) + "]" * (depth - 1) + "}"
    path = write_jsonl(tmp_path / "deep.jsonl", [
        "[" * 1_000_000, nested(10_000), nested(MAX_NESTING + 1), nested(MAX_NESTING),
        '{"text": "' + "[" * 500 + '"}', '{"text": "Big number.", "n": ' + "7" * 5000 + "}", {"text": "Fine."}])
    docs, rejected, count = collect(path)
    assert count == 7 and [d["locator"] for d in docs] == [4, 5, 7]
    assert [(r["locator"], r["reason"]) for r in rejected] == [
        (1, "too_deeply_nested"), (2, "too_deeply_nested"), (3, "too_deeply_nested"), (6, "malformed_json")]
    assert rejected[0]["detail"] == f"arrays or objects nested over {MAX_NESTING} deep"
    assert "7777" not in rejected[3]["detail"]


def test_lines_and_csv_fields_over_the_record_bound_are_rejected_and_reading_goes_on(tmp_path):
    write_jsonl(tmp_path / "big.jsonl", [{"text": "ok"}, {"text": "x" * 1000}, {"text": "y" * 88}, {"text": "z" * 89}])
    raws = list(read_raw(tmp_path / "big.jsonl", max_record_bytes=100))  # {"text": "y...y"} is 100 bytes
    assert [(r.locator, r.reason) for r in raws] == [
        (1, None), (2, "record_too_large"), (3, None), (4, "record_too_large")]
    assert raws[1].detail == "line over 100 bytes"
    (tmp_path / "big.csv").write_text("text,id\nok,1\n" + "x" * 200 + ",2\nok,3\n", encoding="utf-8")
    raws = list(read_raw(tmp_path / "big.csv", max_record_bytes=100))
    assert [(r.locator, r.reason) for r in raws] == [(2, None), (3, "record_too_large"), (4, None)]
    assert raws[1].detail == "field over 100 characters"


def hundred_rows(tmp_path, name, bad_row: bytes):
    """A CSV of 100 rows (row i on line i + 2) whose row 50 is `bad_row`."""
    rows = [f"Row {i} of the climate log.,{i}".encode() for i in range(100)]
    rows[50] = bad_row
    (tmp_path / name).write_bytes(b"text,id\n" + b"\n".join(rows) + b"\n")
    return tmp_path / name


def test_csv_bad_byte_costs_its_row_only(tmp_path):
    docs, rejected, count = collect(hundred_rows(tmp_path, "u.csv", b"Row 50 \xff\xfe of the log.,50"))
    assert count == 100 and len(docs) == 99 and "50" not in [d["id"] for d in docs]
    assert reasons(rejected) == [(52, "invalid_utf8", "invalid UTF-8 in 'text'")]


def test_csv_field_over_pythons_default_limit_is_read(tmp_path):
    docs, rejected, count = collect(hundred_rows(tmp_path, "big.csv", b"x" * 200_000 + b",50"))
    assert (count, len(docs), rejected) == (100, 100, [])


def test_byte_order_mark_is_dropped_in_csv_and_jsonl(tmp_path):
    hundred_rows(tmp_path, "bom.csv", b"Row 50 of the climate log.,50")
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbf" + (tmp_path / "bom.csv").read_bytes())
    docs, rejected, count = collect(tmp_path / "bom.csv")
    assert (count, len(docs), rejected) == (100, 100, []) and docs[0]["id"] == "0"
    (tmp_path / "bom.jsonl").write_bytes(b'\xef\xbb\xbf{"text": "Station report."}\n')
    assert [r.reason for r in read_raw(tmp_path / "bom.jsonl")] == [None]


def test_truncated_zstd_keeps_what_was_read_and_ledgers_the_break(tmp_path):
    notes = [f"Gauge {i}: {i * 7919 % 1000} mm; " + hashlib.sha256(str(i).encode()).hexdigest() * 4
             for i in range(2000)]
    lines = "".join(json.dumps({"id": str(i), "text": note}) + "\n" for i, note in enumerate(notes))
    table = "text,id\n" + "".join(f"{note},{i}\n" for i, note in enumerate(notes))  # zstd blocks are 128 KiB
    for name, content, first_line in (("cut.jsonl.zst", lines, 1), ("cut.csv.zst", table, 2)):
        data = zstandard.compress(content.encode())
        (tmp_path / name).write_bytes(data[: len(data) // 2])
        docs, rejected, count = collect(tmp_path / name)
        assert 0 < len(docs) < 2000 and len(docs) + len(rejected) == count
        assert [r["reason"] for r in rejected] == ["unreadable_file"]
        assert rejected[0]["locator"] == len(docs) + first_line and "EOFError" in rejected[0]["detail"]


def test_multi_frame_zstd_is_read_whole(tmp_path):
    frames = [zstandard.compress("".join(f'{{"text": "Frame {f} line {i}."}}\n' for i in range(50)).encode())
              for f in range(3)]
    (tmp_path / "m.jsonl.zst").write_bytes(b"".join(frames))
    docs, rejected, count = collect(tmp_path / "m.jsonl.zst")
    assert (len(docs), rejected, count) == (150, [], 150)


def test_ids_are_strings_or_integers_and_metadata_is_always_valid_json(tmp_path):
    path = write_jsonl(tmp_path / "ids.jsonl", [
        {"id": {"a": 1}, "text": "t"}, {"id": True, "text": "t"}, '{"id": 1.5, "text": "t"}', {"id": [1], "text": "t"},
        '{"id": NaN, "text": "t"}', {"id": 42, "text": "t"}, {"id": "x", "text": "t"}, {"id": "", "text": "t"},
        {"id": None, "text": "t"}, '{"id": "n", "text": "t", "a": NaN, "b": [Infinity, -Infinity, 1.5], "c": 1e400}'])
    docs, rejected, count = collect(path)
    assert [(r["reason"], r["detail"]) for r in rejected] == [
        ("invalid_id", f"'id' is {t}, expected string or integer") for t in ("dict", "bool", "float", "list", "float")]
    uri = docs[0]["source_uri"]
    assert [d["id"] for d in docs] == ["42", "x", derived_id(uri, 8), derived_id(uri, 9), "n"]
    assert docs[-1]["metadata"] == '{"a": null, "b": [null, null, 1.5], "c": null}'
    pq.write_table(pa.table({"id": [7, 8], "text": ["Gauge.", "Gauge."], "mm": [float("nan"), 2.0],
                             "series": [[float("inf"), 1.0], []]}), tmp_path / "f.parquet")
    docs, _, _ = collect(tmp_path / "f.parquet")
    assert [(d["id"], d["metadata"]) for d in docs] == [
        ("7", '{"mm": null, "series": [null, 1.0]}'), ("8", '{"mm": 2.0, "series": []}')]


def test_discover_lists_what_it_skips_and_gives_absolute_paths(tmp_path, monkeypatch):
    data = tmp_path / "data"
    write_jsonl(data / "a.jsonl", [{"text": "A."}])
    write_jsonl(data / "part.jsonl" / "p1.jsonl", [{"text": "In a directory named like a file."}])
    write_jsonl(data / ".hidden.jsonl", [{"text": "Hidden."}])
    write_jsonl(data / ".cache" / "c.jsonl", [{"text": "Hidden directory."}])
    (data / "notes.docx").write_text("x")
    os.mkfifo(data / "pipe.jsonl")
    (data / "loop.jsonl").symlink_to("loop.jsonl")
    (data / "gone.jsonl").symlink_to("nowhere.jsonl")
    (data / "linked").symlink_to("part.jsonl")
    monkeypatch.chdir(tmp_path)
    found = discover(["data"])
    assert [(f.uri, f.path) for f in found.files] == [(uri, str(tmp_path.resolve() / uri))
                                                      for uri in ("data/a.jsonl", "data/part.jsonl/p1.jsonl")]
    assert [(s.path, s.reason) for s in found.skipped] == [
        ("data/.cache", "hidden (name starts with '.')"), ("data/.hidden.jsonl", "hidden (name starts with '.')"),
        ("data/gone.jsonl", "broken symlink"), ("data/linked", "symlink to a directory (not followed)"),
        ("data/loop.jsonl", "symlink loop"), ("data/notes.docx", "unsupported file type"),
        ("data/pipe.jsonl", "not a regular file (FIFO)")]
    for name, message in (("pipe.jsonl", "not a regular file (FIFO)"), ("loop.jsonl", "symlink loop"),
                          ("gone.jsonl", "broken symlink")):
        with pytest.raises(DatalabError, match=f"^data/{name}: {re.escape(message)}$"):
            discover([f"data/{name}"])
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(DatalabError, match=r"^data/a.jsonl: unreadable \(permission denied\)$"):
        discover(["data/a.jsonl"])


def test_malformed_json_detail_reads_well(tmp_path):
    """json's messages can end in "at" ("Invalid control character at"): no "at at column"."""
    (raw,) = read_raw(write_jsonl(tmp_path / "x.jsonl", ['{"id": "b", "text": "truncated']))
    assert raw.detail == "Invalid control character at: column 31"


def test_an_unclosed_csv_quote_costs_its_record_only(tmp_path):
    """Strict parsing: a quote never closed (or text after a closing quote) makes its record malformed, and the
    lines it swallowed are read again as the records they are; a real multi-line field stays one record."""
    path = tmp_path / "u.csv"
    path.write_text('id,text\nu1,"aaa bbb"\nu2,"fff ggg\nu3,hhh iii\nu4,"x\nu5,"y"\nu6,"multi\nline"\n', encoding="utf-8")
    out = [(r.locator, r.record["id"] if r.record else r.reason) for r in read_raw(path)]
    assert out == [(2, "u1"), (3, "malformed_csv"), (4, "u3"), (5, "malformed_csv"), (6, "u5"), (7, "u6")]


def test_a_column_named_twice_makes_every_row_malformed(tmp_path):
    (tmp_path / "d.csv").write_text("id,text,text\n1,a,b\n2,c,d\n", encoding="utf-8")
    assert [(r.locator, r.reason) for r in read_raw(tmp_path / "d.csv")] == [(2, "malformed_csv"), (3, "malformed_csv")]
    table = pa.Table.from_arrays([pa.array(["1"]), pa.array(["a"]), pa.array(["b"])], names=["id", "text", "text"])
    pq.write_table(table, tmp_path / "d.parquet")
    (raw,) = read_raw(tmp_path / "d.parquet")
    assert (raw.locator, raw.reason, raw.detail) == (1, "malformed_parquet", "the file names column 'text' twice")


def test_a_file_read_in_parts_gives_every_record_once_with_its_line(tmp_path):
    lines = [{"id": i, "text": "word " * (i % 7 + 1)} for i in range(40)]
    lines[5], lines[17], lines[30] = "", "not json", "x" * 300  # a blank line, a malformed one, a long one
    path = write_jsonl(tmp_path / "notes.jsonl", lines)
    (file,) = discover([path]).files
    whole = [(r.locator, r.reason, r.record) for r in read_raw(path)]
    for size in (1, 7, 50, 333, file.bytes - 1, file.bytes):
        found = parts(file, size)
        assert found[0].start == 0 and found[-1].end is None
        assert all(a.end == b.start for a, b in zip(found, found[1:]))  # contiguous, nothing read twice
        assert [(r.locator, r.reason, r.record) for p in found for r in read_raw(path, part=p)] == whole, size
    assert len(parts(file, 50)) > 10 and parts(file, file.bytes) == [Part(file)]


def test_compressed_csv_and_fhir_files_are_read_whole(tmp_path):
    plain = write_jsonl(tmp_path / "a.jsonl", [{"id": i, "text": "x " * 50} for i in range(50)])
    gz = write_jsonl(tmp_path / "b.jsonl.gz", [{"id": i, "text": "x " * 50} for i in range(50)], compress=True)
    fhir = write_jsonl(tmp_path / "c.ndjson", [{"resourceType": "Patient", "id": str(i)} for i in range(50)])
    with open(tmp_path / "d.csv", "w", newline="") as fh:
        csv.writer(fh).writerows([["id", "text"], *[[i, "x " * 50] for i in range(50)]])
    files = {Path(f.path).name: f for f in discover([plain, gz, fhir, tmp_path / "d.csv"]).files}
    assert len(parts(files["a.jsonl"], 100)) > 1
    assert all(parts(files[name], 100) == [Part(files[name])] for name in ("b.jsonl.gz", "c.ndjson", "d.csv"))
    read = [(kind, value) for part in parts(files["a.jsonl"], 100) for kind, value in read_batches(part, "health", "run")]
    assert [row["locator"] for kind, value in read if kind == "docs" for row in value.to_pylist()] == list(range(1, 51))
    assert sum(value for kind, value in read if kind == "count") == 50 and "rejected" not in dict(read)


STATION_ROWS = [["nr", "Bemerkung"], ["1", "Messung an der Station Süd; starker Regen"], ["2", "Wert geprüft, Böen bis 90 km/h"],
                ["3", "Schnee über Nacht"]]


def _delimited(rows: list[list[str]], delimiter: str) -> str:
    with io.StringIO() as out:
        csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
        return out.getvalue()


def _texts(path: Path, reading: Reading = Reading()) -> list[str | None]:
    return [r.record.get(reading.text_field or "Bemerkung") if r.record else r.reason for r in read_raw(path, reading=reading)]


def test_a_spreadsheets_semicolon_export_in_windows_1252_is_read_as_written(tmp_path):
    path = tmp_path / "stations.csv"
    path.write_bytes(_delimited(STATION_ROWS, ";").encode("cp1252"))
    assert csv_dialect(path)[1] == ";"
    assert _texts(path) == [row[1] for row in STATION_ROWS[1:]]


@pytest.mark.parametrize("name, delimiter", [("stations.tsv", "\t"), ("stations.csv", "|"), ("stations.csv", "\t"), ("plain.csv", ",")])
def test_the_delimiter_is_the_one_that_splits_every_line_alike(tmp_path, name, delimiter):
    path = tmp_path / name
    path.write_text(_delimited(STATION_ROWS, delimiter), encoding="utf-8")
    assert csv_dialect(path) == ("utf-8-sig", delimiter)
    assert _texts(path) == [row[1] for row in STATION_ROWS[1:]]


def test_one_column_is_read_with_the_default_delimiter(tmp_path):
    (tmp_path / "one.csv").write_text("text\nFirst note.\nSecond note.\n", encoding="utf-8")
    assert csv_dialect(tmp_path / "one.csv")[1] == "," and _texts(tmp_path / "one.csv", Reading(text_field="text")) == [
        "First note.", "Second note."]


def test_the_sources_parser_options_and_format_override_detection(tmp_path):
    path = tmp_path / "export.txt"  # a .txt file the source says is CSV, in Latin-1, with its own field names
    path.write_bytes(_delimited([["nr", "body"], ["7", "Café au lait, crème"]], ";").encode("latin-1"))
    reading = Reading(format="csv", text_field="body", id_field="nr", delimiter=";", encoding="latin-1")
    (raw,) = read_raw(path, reading=reading)
    assert raw.record == {"nr": "7", "body": "Café au lait, crème"}
    (file,) = discover([path]).files
    docs = []
    for kind, value in read_batches(replace(file, reading=reading), "health", "run", 10, *reading.fields(IngestConfig())):
        if kind == "docs":
            docs += value.to_pylist()
    assert [(d["id"], d["text"]) for d in docs] == [("7", "Café au lait, crème")]
    assert [r.reason for r in read_raw(path)] == [None]  # without the source's word, a .txt file is one text document
