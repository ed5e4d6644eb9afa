"""`datalab run` as a data steward runs it: real Prefect flow, real Beam, real DVC repo in a temp dir."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from conftest import REPO, count_records, read_dir, records_out
from test_connectors import write_export, write_warc

SECTORS = ["health", "climate", "finance"]


def sh(*cmd, cwd):
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A fresh project: the repo's pipeline definition, code and bundled samples; git + dvc, no remote."""
    root = tmp_path_factory.mktemp("project")
    for name in ("dvc.yaml", "params.yaml", "sources.yaml", "erasures.yaml", ".dvcignore", ".gitignore"):
        shutil.copy(REPO / name, root / name)
    for name in ("datalab", "schemas", "data/samples"):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    sh("git", "init", "-q", cwd=root)
    sh("dvc", "init", "-q", cwd=root)
    sh("dvc", "config", "core.analytics", "false", cwd=root)
    return root


@pytest.fixture(scope="module")
def first_run(project):
    return subprocess.run(["datalab", "run"], cwd=project, capture_output=True, text=True, timeout=900)


def shards(out: Path) -> dict:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.parquet"))}


@pytest.mark.slow
def test_run_curates_every_sector_and_releases_with_dvc(project, first_run):
    assert first_run.returncode == 0, first_run.stderr[-3000:]
    import json

    for sector in SECTORS:
        out = project / "data" / "curated" / sector
        manifest = json.loads((out / "manifest.json").read_text())
        assert manifest["sector"] == sector and manifest["counts"]["kept"] > 0
        samples = project / "data" / "samples" / sector
        assert records_out(out) == {f.name: count_records(f) for f in samples.iterdir()}
        assert all(i["uri"].startswith(f"data/samples/{sector}/") for i in manifest["inputs"])
        assert (out / "documents" / "part-00000.parquet").exists() and (out / "rejected" / "part-00000.parquet").exists()
        assert sector in first_run.stdout
        assert f"curate-{sector}: Finished in state Completed()" in first_run.stderr  # Prefect names the sector
    assert "lock file" not in first_run.stdout + first_run.stderr  # DVC's notes were printed twice per sector
    assert "Data and pipelines are up to date" in sh("dvc", "status", cwd=project)
    assert "curate@health" in (project / "dvc.lock").read_text()
    pushed = [p for p in (project / ".dvcstore").rglob("*") if p.is_file()]
    assert len(pushed) >= 3 * 4  # three sectors x (documents, ledger, manifest, directory listing)
    assert "Everything is up to date" in sh("dvc", "push", cwd=project)


@pytest.mark.slow
def test_second_run_skips_up_to_date_sectors_and_forced_run_is_byte_identical(project, first_run):
    assert first_run.returncode == 0
    before = {s: shards(project / "data" / "curated" / s) for s in SECTORS}
    sh("git", "add", "-A", cwd=project)
    sh("git", "commit", "-q", "-m", "first release", cwd=project)
    again = subprocess.run(["datalab", "run"], cwd=project, capture_output=True, text=True, timeout=900)
    assert again.returncode == 0 and again.stdout.count("unchanged, not rerun") == 3
    assert "temporary server" in first_run.stderr and "temporary server" not in again.stderr  # no Prefect start-up for nothing
    run_log = project / again.stdout.rsplit("this run's log: ", 1)[1].strip()
    assert run_log.read_text().count("unchanged, not rerun") == 3  # the summary is in the run's log file too
    quiet = subprocess.run(["datalab", "run", "--quiet"], cwd=project, capture_output=True, text=True, timeout=900)
    assert quiet.returncode == 0 and quiet.stdout == "" and quiet.stderr == ""
    forced = subprocess.run(["datalab", "run", "--force", "--sector", "health", "--log-format", "json"], cwd=project,
                            capture_output=True, text=True, timeout=900)
    assert forced.returncode == 0, forced.stderr[-3000:]
    assert shards(project / "data" / "curated" / "health") == before["health"]
    lines = [json.loads(line) for line in forced.stderr.splitlines() if line.strip()]  # every progress line is JSON
    assert any(line["logger"] == "datalab" and "MB/s" in line["message"] for line in lines)
    outcome = json.loads(forced.stdout)
    assert outcome["dvc"]["pushed_files"] == 0  # nothing changed, nothing pushed again
    assert [(s["sector"], s["skipped"]) for s in outcome["sectors"]] == [("health", False)]
    assert sh("git", "status", "--porcelain", cwd=project) == ""  # dvc.lock unchanged: the repository stays clean
    assert "Data and pipelines are up to date" in sh("dvc", "status", cwd=project)
    # one delivery of one sector changes: that sector alone is curated again
    station = project / "data" / "samples" / "climate" / "station_reports.jsonl"
    station.write_text(station.read_text() + json.dumps({"id": "late-report", "text": LATE_REPORT}) + "\n")
    changed = subprocess.run(["datalab", "run", "--no-push"], cwd=project, capture_output=True, text=True, timeout=900)
    assert changed.returncode == 0, changed.stderr[-3000:]
    rerun = [line.split()[0] for line in changed.stdout.splitlines() if line.split()[:1] in (["health"], ["climate"], ["finance"])
             and "unchanged" not in line]
    assert rerun == ["climate"] and changed.stdout.count("unchanged, not rerun") == 2
    assert records_out(project / "data" / "curated" / "climate")["station_reports.jsonl"] == count_records(station)
    sh("git", "checkout", "--", "data/samples", "dvc.lock", cwd=project)


LATE_REPORT = ("Station report, late delivery. The weather station recorded a dry month: total precipitation was "
               "well below the long-term mean, the soil moisture index fell for the third week in a row, and the "
               "river gauge downstream showed the lowest level of the season. Maintenance checked the rain gauge "
               "and the wind sensor; both were working. The next report follows at the end of the month.")


@pytest.mark.slow
def test_run_with_another_config_is_judged_by_it_and_not_recorded_as_params_yaml(project, first_run):
    """`datalab run --config X`: X decides what is up to date, and DVC does not record outputs made with X
    against params.yaml; the next plain run sees the outputs changed and remakes them from params.yaml."""
    assert first_run.returncode == 0
    health = project / "data" / "curated" / "health"
    before, lock = shards(health), (project / "dvc.lock").read_text()
    stricter = (project / "params.yaml").read_text().replace("quality: {min_words: 3}", "quality: {min_words: 40}")
    assert stricter != (project / "params.yaml").read_text()
    (project / "strict.yaml").write_text(stricter)
    strict = subprocess.run(["datalab", "run", "--config", "strict.yaml", "--sector", "health"], cwd=project,
                            capture_output=True, text=True, timeout=900)
    assert strict.returncode == 0, strict.stderr[-3000:]
    assert "unchanged, not rerun" not in strict.stdout and "not recorded" in strict.stdout
    assert shards(health) != before and (project / "dvc.lock").read_text() == lock
    again = subprocess.run(["datalab", "run", "--config", "strict.yaml", "--sector", "health"], cwd=project,
                           capture_output=True, text=True, timeout=900)
    assert again.returncode == 0 and "unchanged, not rerun" in again.stdout
    plain = subprocess.run(["datalab", "run", "--sector", "health"], cwd=project, capture_output=True, text=True, timeout=900)
    assert plain.returncode == 0 and "unchanged, not rerun" not in plain.stdout
    assert shards(health) == before and (project / "dvc.lock").read_text() == lock


@pytest.mark.slow
def test_a_sector_refused_inside_the_flow_ends_with_one_error_line_and_no_traceback(project, first_run):
    assert first_run.returncode == 0
    out = project / "data" / "curated" / "health"
    holder = subprocess.Popen([sys.executable, "-c", "import time; from datalab.outputs import OutputDir\n"
                               f"with OutputDir({str(out)!r}).lock():\n    print('locked', flush=True); time.sleep(120)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        proc = subprocess.run(["datalab", "run", "--force", "--sector", "health"], cwd=project, capture_output=True,
                              text=True, timeout=900)
    finally:
        holder.kill()
        holder.wait()
    assert proc.returncode == 2 and "Traceback" not in proc.stdout + proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("datalab: error:")]
    assert len(errors) == 1 and "another datalab run is writing this output" in errors[0]


@pytest.mark.slow
def test_a_new_lab_registers_each_format_and_reruns_only_what_changed(tmp_path, s3_server):
    """The README's walk-through: `datalab init`, a FHIR export, a folder of PDFs, a CSV as a spreadsheet exports
    it, a WARC crawl and an S3 prefix registered, `sources check`, `datalab run`, a rerun that finds everything
    unchanged, then one file and one object changed: only their sectors run again."""
    cli = [sys.executable, "-m", "datalab.cli"]
    lab = tmp_path / "lab"
    made = subprocess.run([*cli, "init", str(lab), "--sector", "health", "--sector", "climate", "--sector", "finance"],
                          capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr[-2000:]
    assert "Initialized DVC repository" not in made.stdout + made.stderr  # DVC's own notes stay quiet
    assert (lab / ".git").is_dir() and "local" in sh("dvc", "remote", "list", cwd=lab)
    again = subprocess.run([*cli, "init", str(lab)], capture_output=True, text=True, timeout=120)
    assert again.returncode == 2 and again.stderr.strip() == f"datalab: error: {lab}: exists and is not an empty directory"

    deliveries = lab / "data" / "sources"
    write_export(deliveries / "health" / "fhir")
    shutil.copytree(REPO / "tests" / "fixtures", deliveries / "health" / "reports")
    stations = deliveries / "climate" / "stations.csv"
    stations.write_bytes("nr;Bemerkung\r\n1;Messung an der Station Süd, starker Regen am Morgen und Böen bis 90 km/h.\r\n"
                         "2;Der Pegel der Ruhr stieg über Nacht um zwölf Zentimeter, die Warnstufe blieb bei eins.\r\n".encode("cp1252"))
    write_warc(deliveries / "climate" / "crawl.warc.gz")
    bank = s3_server["client"]
    bank.create_bucket(Bucket="bank-reports", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
    report = lambda i: json.dumps({"id": f"q{i}", "text": f"Quarterly report {i}: the fund's liquidity ratio rose to {100 + i} percent "
                                                        "after the bond sale, and the board approved the plan."}) + "\n"
    bank.put_object(Bucket="bank-reports", Key="2026/q3/reports.jsonl", Body="".join(map(report, range(5))).encode())
    facts = ["--licence", "LicenseRef-contract-2026", "--steward", "Data unit", "--contact-role", "data steward",
             "--origin", "licensed_from_rights_holder", "--personal-data", "pseudonymised", "--legal-basis", "GDPR Art. 6(1)(e)",
             "--tdm", "not_reserved", "--tdm-determined-by", "contract", "--tdm-checked-on", "2026-12-01", "--collected-from", "2024-01-01"]
    for name, sector, uri, *options in (
            ("fhir_export", "health", "data/sources/health/fhir"), ("reports", "health", "data/sources/health/reports"),
            ("stations", "climate", "data/sources/climate/stations.csv", "--text-field", "Bemerkung", "--id-field", "nr"),
            ("crawl", "climate", "data/sources/climate/crawl.warc.gz"),
            ("bank_reports", "finance", "s3://bank-reports/2026/", "--option", f"endpoint_url={s3_server['endpoint']}")):
        sh(*cli, "sources", "add", name, "--sector", sector, "--uri", uri, *facts, *options, cwd=lab)
    check = subprocess.run([*cli, "sources", "check"], cwd=lab, capture_output=True, text=True, timeout=300)
    assert check.returncode == 0, check.stdout + check.stderr[-2000:]
    assert "csv: delimiter ';', encoding cp125" in check.stdout and "5 of 5 source(s) ready" in check.stdout

    def run() -> dict:
        done = subprocess.run([*cli, "run", "--log-format", "json"], cwd=lab, capture_output=True, text=True, timeout=900)
        assert done.returncode == 0, done.stderr[-3000:]
        return {s["sector"]: s for s in json.loads(done.stdout)["sectors"]}

    first = run()
    assert not any(s["skipped"] for s in first.values())
    curated = lab / "data" / "curated"
    fhir = {p.name: count_records(p) for p in (deliveries / "health" / "fhir").glob("*.ndjson")}
    pages = {p.name: len(pypdf.PdfReader(p).pages) for p in (deliveries / "health" / "reports").glob("*.pdf")}
    assert records_out(curated / "health") == {**fhir, **pages}
    assert records_out(curated / "climate") == {"stations.csv": 2, "crawl.warc.gz": 3}  # 3 responses in the crawl
    assert records_out(curated / "finance") == {"reports.jsonl": 5}
    texts = read_dir(curated / "climate" / "documents").column("text").to_pylist()
    assert any("Böen bis 90 km/h" in t for t in texts)  # decoded as written, not as mojibake
    assert set(first["health"]["sources"]) == {"fhir_export", "reports"} and not first["health"]["not_read"]
    assert all(s["skipped"] for s in run().values())  # nothing changed: nothing curated again
    with open(stations, "ab") as fh:
        fh.write("3;Schnee über Nacht, zehn Zentimeter am Brocken, die Straßen blieben frei.\r\n".encode("cp1252"))
    assert {k: s["skipped"] for k, s in run().items()} == {"health": True, "climate": False, "finance": True}
    bank.put_object(Bucket="bank-reports", Key="2026/q3/reports.jsonl", Body="".join(map(report, range(6))).encode())
    assert {k: s["skipped"] for k, s in run().items()} == {"health": True, "climate": True, "finance": False}
    assert records_out(curated / "finance") == {"reports.jsonl": 6}
    assert "Data and pipelines are up to date" in sh("dvc", "status", cwd=lab)
    assert [p for p in (lab / ".dvcstore").rglob("*") if p.is_file()]  # pushed to the workspace's remote
