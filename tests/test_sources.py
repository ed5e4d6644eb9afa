"""The sources registry: typed entries with errors that name the file, the source and the field; TDM
reservations honoured; every document carries its source's name and every manifest the entries it read."""

import json
from pathlib import Path

import pytest
import yaml

from conftest import REPO, read_dir, write_jsonl
from datalab.cli import _exit_code, main
from datalab.config import Params, load_params
from datalab.curate import curate, plan, summarize
from datalab.errors import DatalabError
from datalab.lineage import validate_manifest
from datalab.sources import SOURCES_FILE, Source, load_sources, sector_inputs

ENTRY = {
    "name": "ward_notes", "sector": "health", "steward": "Clinical data office, Example Hospital",
    "contact_role": "data protection officer", "licence": "LicenseRef-DUA-2026-07", "legal_basis": "GDPR Art. 9(2)(j)",
    "personal_data": "pseudonymised", "tdm": {"status": "not_reserved", "determined_by": "contract", "checked_on": "2026-11-02"},
    "origin": "licensed_from_rights_holder", "collection": {"start": "2025-01-01", "end": "2025-12-31"},
    "uri": "inputs/ward", "languages": ["en"],
}
NOTES = [{"id": f"n{i}", "text": f"Patient stable after day {i}, discharged home on the usual medication with follow-up."}
         for i in range(6)]


def registry(tmp_path, *entries, text=None):
    path = tmp_path / SOURCES_FILE
    path.write_text(text if text is not None else yaml.safe_dump({"sources": list(entries)}, sort_keys=False))
    return path


def error_of(path):
    with pytest.raises(DatalabError) as exc:
        load_sources(path)
    return str(exc.value)


def test_the_repository_registry_loads_and_names_every_sample_file():
    sources = load_sources(REPO / SOURCES_FILE).sources
    assert {s.sector for s in sources} == {"health", "climate", "finance"}
    assert all((REPO / s.uri).is_file() for s in sources)
    assert sorted(p.relative_to(REPO).as_posix() for p in (REPO / "data/samples").glob("*/*")) == sorted(s.uri for s in sources)


@pytest.mark.parametrize("change, message", [
    ({"tdm": {"status": "maybe", "determined_by": "contract", "checked_on": "2026-11-02"}},
     "source 'ward_notes': tdm.status: Input should be 'reserved', 'not_reserved' or 'unknown'"),
    ({"tdm": {"status": "reserved", "determined_by": "tdmrep"}},
     "source 'ward_notes': tdm: checked_on: the date the status was determined by tdmrep"),
    ({"licence": "free to use"}, "source 'ward_notes': licence: an SPDX licence id"),
    ({"steward": "jane.doe@hospital.example"}, "source 'ward_notes': steward: name a role or an organisation"),
    ({"contact_role": "call +49 30 1234 5678"}, "source 'ward_notes': contact_role: name a role"),
    ({"origin": "scraped"}, "source 'ward_notes': origin: Input should be 'public_dataset'"),
    ({"schedule": "every monday"}, "source 'ward_notes': schedule: a cron expression of five fields"),
    ({"collection": {"start": "2025-01-01", "end": "2024-01-01"}}, "source 'ward_notes': collection: end: before start"),
    ({"colour": "blue"}, "source 'ward_notes': colour: Extra inputs are not permitted"),
    ({"parser": {"encoding": "klingon"}}, "source 'ward_notes': parser.encoding: unknown encoding 'klingon'"),
    ({"parser": {"delimiter": ";;"}}, "source 'ward_notes': parser.delimiter: String should have at most 1 character"),
    ({"format": "docx"}, "source 'ward_notes': format: Input should be 'auto', 'jsonl'"),
])
def test_errors_name_the_file_the_source_and_the_field(tmp_path, change, message):
    path = registry(tmp_path, {**ENTRY, **change})
    assert error_of(path).startswith(f"{path}: {message}")


def test_a_nameless_entry_is_named_by_its_position_and_names_are_unique(tmp_path):
    nameless = {k: v for k, v in ENTRY.items() if k != "name"}
    assert error_of(registry(tmp_path, ENTRY, nameless)).endswith("source #2: name: Field required")
    assert "source 'ward_notes': the name is used twice" in error_of(registry(tmp_path, ENTRY, ENTRY))
    assert "invalid YAML" in error_of(registry(tmp_path, text="sources: [\n"))
    assert load_sources(tmp_path / "absent.yaml").sources == []


def workspace(tmp_path, *entries, sectors=("health",)):
    for entry in entries:
        write_jsonl(tmp_path / entry["uri"] / "notes.jsonl", NOTES)
    registry(tmp_path, *entries)
    (tmp_path / "dvc.yaml").write_text("stages: {}\n")
    (tmp_path / "params.yaml").write_text(yaml.safe_dump({"sectors": {s: {"description": s} for s in sectors}}))
    return tmp_path


def test_documents_carry_the_source_name_and_the_manifest_its_entry(tmp_path, monkeypatch):
    root = workspace(tmp_path, ENTRY)
    monkeypatch.chdir(root)
    params = load_params("params.yaml")
    inputs, sources, refused = sector_inputs(root, params, "health")
    assert inputs == [] and [s.name for s in sources] == ["ward_notes"] and refused == []
    manifest = curate(inputs, root / "out", sector="health", params=params, stages="langid,quality", sources=sources)
    validate_manifest(manifest)
    (entry,) = manifest["sources"]
    assert entry == Source.model_validate(ENTRY).entry() and entry["tdm"]["checked_on"] == "2026-11-02"
    assert entry["licence"] == "LicenseRef-DUA-2026-07" and entry["origin"] == "licensed_from_rights_holder"
    assert set(read_dir(root / "out" / "documents").column("source").to_pylist()) == {"ward_notes"}
    # an entry is part of the run: changing what the registry says about a source makes a new run
    changed = sources[0].model_copy(update={"licence": "CC-BY-4.0"})
    assert plan(inputs, "health", params=params, stages="langid,quality", sources=[changed]).run_id != manifest["run_id"]


def test_a_reserved_source_is_refused_with_its_reason_and_the_others_carry_on(tmp_path, monkeypatch, capsys):
    reserved = {**ENTRY, "name": "crawled_forum", "uri": "inputs/forum", "origin": "crawled",
                "tdm": {"status": "reserved", "determined_by": "tdmrep", "checked_on": "2026-10-01"}}
    root = workspace(tmp_path, ENTRY, reserved)
    monkeypatch.chdir(root)
    params = load_params("params.yaml")
    _, sources, refused = sector_inputs(root, params, "health")
    assert [s.name for s in sources] == ["ward_notes"] and [s.name for s in refused] == ["crawled_forum"]
    with pytest.raises(DatalabError, match="crawled_forum: its rights holder reserved text-and-data mining .determined by tdmrep on 2026-10-01."):
        curate([], root / "x", sector="health", params=params, stages="langid", sources=refused)
    assert main(["curate", "--sector", "health", "--out", "out", "--stages", "langid"]) == 0
    assert "refused: source crawled_forum: its rights holder reserved text-and-data mining" in capsys.readouterr().err
    assert set(read_dir(root / "out" / "documents").column("source").to_pylist()) == {"ward_notes"}
    # a licence that permits mining lifts the reservation
    permitted = {**reserved, "tdm": {**reserved["tdm"], "licence_permits": True}}
    registry(root, ENTRY, permitted)
    assert [s.name for s in sector_inputs(root, params, "health")[1]] == ["ward_notes", "crawled_forum"]


def test_a_source_of_an_unknown_sector_or_a_sector_without_inputs_is_an_error(tmp_path):
    root = workspace(tmp_path, {**ENTRY, "sector": "energy"}, sectors=("health",))
    with pytest.raises(DatalabError, match="sector 'energy' of a source is not a sector of the config"):
        sector_inputs(root, Params.model_validate({"sectors": {"health": {}}}), "health")
    registry(root)
    with pytest.raises(DatalabError, match="sector health: no inputs in the config and no source in sources.yaml"):
        sector_inputs(root, Params.model_validate({"sectors": {"health": {}}}), "health")


def test_sources_list_and_check(tmp_path, monkeypatch, capsys):
    missing = {**ENTRY, "name": "lost_export", "uri": "inputs/nowhere"}
    root = workspace(tmp_path, ENTRY)
    registry(root, ENTRY, missing)
    monkeypatch.chdir(root)
    assert main(["sources", "list"]) == 0
    listed = capsys.readouterr().out
    assert "ward_notes" in listed and "licensed_from_rights_holder" in listed and "LicenseRef-DUA-2026-07" in listed
    assert main(["sources", "check", "ward_notes"]) == 0
    checked = capsys.readouterr().out
    assert "ward_notes: 1 file(s)" in checked and "6 record(s) sampled, records 6" in checked and "en 100%" in checked
    assert main(["sources", "check"]) == 1
    assert "PROBLEM:" in capsys.readouterr().out
    assert main(["sources", "check", "nope"]) == 2
    assert "no source named 'nope'" in capsys.readouterr().err
    # nothing of the records' text is printed
    assert "discharged home" not in checked and json.dumps(NOTES[0]["text"])[1:-1] not in listed


def test_a_glob_names_the_files_of_a_source(tmp_path, monkeypatch):
    root = workspace(tmp_path, {**ENTRY, "uri": "inputs/ward"})
    write_jsonl(root / "inputs/ward/more.jsonl", NOTES[:2])
    (root / "inputs/ward/readme.txt").write_text("not data")
    monkeypatch.chdir(root)
    source = Source.model_validate({**ENTRY, "uri": "inputs/ward/*.jsonl"})
    assert source.paths() == ["inputs/ward/more.jsonl", "inputs/ward/notes.jsonl"]
    with pytest.raises(DatalabError, match="source ward_notes: inputs/none/\\*.jsonl matches no file"):
        Source.model_validate({**ENTRY, "uri": "inputs/none/*.jsonl"}).paths()
    with pytest.raises(DatalabError, match="source ward_notes: s3://bucket/ward/ is in an object store"):
        Source.model_validate({**ENTRY, "uri": "s3://bucket/ward/"}).paths()


def test_sources_add_registers_a_checked_entry_and_keeps_the_file_as_written(tmp_path, monkeypatch, capsys):
    root = workspace(tmp_path, ENTRY)
    (root / SOURCES_FILE).write_text("# the lab's sources\n" + (root / SOURCES_FILE).read_text())
    write_jsonl(root / "inputs/lab/results.jsonl", NOTES[:3])
    monkeypatch.chdir(root)
    add = ["sources", "add", "lab_results", "--sector", "health", "--uri", "inputs/lab", "--steward", "Laboratory, Example Hospital",
           "--contact-role", "data steward", "--licence", "LicenseRef-DUA-2026-07", "--legal-basis", "GDPR Art. 9(2)(j)",
           "--personal-data", "pseudonymised", "--origin", "licensed_from_rights_holder", "--tdm", "not_reserved",
           "--tdm-determined-by", "contract", "--tdm-checked-on", "2026-12-01", "--collected-from", "2026-01-01"]
    assert main(add) == 0 and "registered lab_results" in capsys.readouterr().out
    assert (root / SOURCES_FILE).read_text().startswith("# the lab's sources\n")
    assert [s.name for s in load_sources(root / SOURCES_FILE).sources] == ["ward_notes", "lab_results"]
    assert main(add) == 2 and "a source named 'lab_results' is registered already" in capsys.readouterr().err
    bad = [a if a != "2026-12-01" else "yesterday" for a in add]
    bad[2] = "lab_results_2"
    assert main(bad) == 2 and "source 'lab_results_2': tdm.checked_on: Input should be a valid date" in capsys.readouterr().err
    assert main([*add[:2], "x", "--sector", "energy", *add[5:]]) == 2
    assert "--sector energy: not a sector of params.yaml" in capsys.readouterr().err
    # a first source in a new workspace starts the file
    (root / SOURCES_FILE).unlink()
    assert main(add) == 0 and [s.name for s in load_sources(root / SOURCES_FILE).sources] == ["lab_results"]


@pytest.fixture
def s3(s3_server):
    """The S3 server with a bucket of notes (and an object in no supported format)."""
    client = s3_server["client"]
    client.create_bucket(Bucket="hospital-export", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
    lines = "".join(json.dumps({**n, "id": f"export-{n['id']}"}) + "\n" for n in NOTES)  # ids unique within an output
    client.put_object(Bucket="hospital-export", Key="2026/ward/notes.jsonl", Body=lines.encode())
    client.put_object(Bucket="hospital-export", Key="2026/ward/scan.tiff", Body=b"II*\0")
    return s3_server


def test_an_s3_source_is_read_from_a_real_server_and_named_by_its_uri(tmp_path, monkeypatch, capsys, s3):
    remote = {**ENTRY, "name": "ward_export", "uri": "s3://hospital-export/2026/ward/", "options": {"endpoint_url": s3["endpoint"]}}
    lost = {**remote, "name": "lost_bucket", "uri": "s3://no-such-bucket/"}
    root = workspace(tmp_path, ENTRY)
    registry(root, ENTRY, remote, lost)
    monkeypatch.chdir(root)
    params = load_params("params.yaml")
    inputs, sources, _ = sector_inputs(root, params, "health")
    manifest = curate(inputs, root / "out", sector="health", params=params, stages="langid", sources=sources)
    by_input = {i["uri"]: i["records"] for i in manifest["inputs"]}
    assert by_input == {"inputs/ward/notes.jsonl": 6, "s3://hospital-export/2026/ward/notes.jsonl": 6}
    docs = read_dir(root / "out" / "documents")
    assert set(zip(docs.column("source").to_pylist(), docs.column("source_uri").to_pylist())) == {
        ("ward_notes", "inputs/ward/notes.jsonl"), ("ward_export", "s3://hospital-export/2026/ward/notes.jsonl")}
    skipped = {s["path"]: s["reason"] for s in manifest["skipped_inputs"]}
    assert skipped["s3://hospital-export/2026/ward/scan.tiff"] == "unsupported format"
    assert skipped["s3://no-such-bucket/"].startswith("source lost_bucket: ")  # reported; the other sources carried on
    summary = summarize(manifest, root / "out", skipped=False)  # `datalab run` says so and exits with 1
    assert summary["unreadable"] == [skipped["s3://no-such-bucket/"]] and _exit_code([summary]) == 1
    assert "source lost_bucket: nothing at s3://no-such-bucket/" in capsys.readouterr().err
    # an unchanged object is not fetched again; a changed one is
    cached = sorted((root / ".datalab" / "cache" / "ward_export").rglob("notes.jsonl"))
    assert len(cached) == 1
    again = curate(inputs, root / "out", sector="health", params=params, stages="langid", sources=sources)
    assert again["run_id"] == manifest["run_id"] and len(sorted((root / ".datalab/cache/ward_export").rglob("notes.jsonl"))) == 1
    s3["client"].put_object(Bucket="hospital-export", Key="2026/ward/notes.jsonl", Body=b'{"id": "e1", "text": "Seen again today."}\n')
    changed = curate(inputs, root / "out", sector="health", params=params, stages="langid", sources=sources)
    assert changed["run_id"] != manifest["run_id"]
    # check reads a sample from the store, and reports the one it cannot read
    assert main(["sources", "check", "ward_export", "lost_bucket"]) == 1
    out = capsys.readouterr().out
    assert "ward_export: 1 file(s)" in out and "1 record(s) sampled" in out
    assert "PROBLEM: source lost_bucket: nothing at s3://no-such-bucket/" in out
    assert {i["uri"]: i["records"] for i in changed["inputs"]}["s3://hospital-export/2026/ward/notes.jsonl"] == 1


def test_a_store_unreachable_for_a_moment_is_tried_again(tmp_path, caplog):
    """An HTTP source (fsspec's http store, which does not retry on its own): nothing listens at the first
    attempt, a real server comes up a moment later and the next attempt reads the file."""
    import functools
    import http.server
    import socket
    import threading

    from datalab.remote import remote_files

    served = tmp_path / "site"
    write_jsonl(served / "notes.jsonl", NOTES[:2])
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler, bind_and_activate=False)

    def start():
        server.server_bind()
        server.server_activate()
        server.serve_forever()

    threading.Timer(0.3, start).start()
    try:
        found = remote_files("notes_site", f"http://127.0.0.1:{port}/notes.jsonl", {}, lambda name: name, tmp_path / "cache")
    finally:
        server.shutdown()
        server.server_close()
    assert [f.uri for f in found.files] == [f"http://127.0.0.1:{port}/notes.jsonl"]
    assert Path(found.files[0].path).read_bytes() == (served / "notes.jsonl").read_bytes()
    assert any("source notes_site: the store failed" in m and "trying again in" in m for m in caplog.messages)
