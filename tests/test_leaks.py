"""No personal data outside the scrubbed text: values planted as a record's id, as metadata keys, and in file
and directory names are pseudonymised wherever they surface (documents, ledger, signature store, manifest,
run report, terminal), and the pseudonyms keep ids unique and `duplicate_of` pointing at the right document."""

import json
import subprocess

import pyarrow.parquet as pq
import pytest

from conftest import REPO, write_jsonl
from datalab.curate import curate

#: (planted value, where it is planted)
PLANTED = {
    "anna.kowalska@example.pl": "id",
    "Jan Nowak": "id",
    "+48 601 234 567": "metadata key",
    "Ewa Wiśniewska": "nested metadata key",
    "maria.schmidt@example.de": "file name",
    "Hans Becker": "directory name",
    "DE89370400440532013000": "id of a rejected record",
    "Piotr Zieliński": "id of an exact duplicate's original",
}
NOTES = [
    "Pacjent przyjęty z powodu zaostrzenia cukrzycy typu 2 (E11.9). Zalecono metforminę 500 mg dwa razy dziennie.",
    "Pacjentka zgłosiła się z bólem w klatce piersiowej, EKG bez zmian niedokrwiennych, troponina w normie.",
    "Po zabiegu usunięcia pęcherzyka żółciowego przebieg bez powikłań, rana goi się prawidłowo, bez gorączki.",
    "Kontrola po złamaniu kości promieniowej: zrost prawidłowy, zalecono rehabilitację przez sześć tygodni.",
]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("leaks")
    inputs = root / "in" / "Hans Becker"
    write_jsonl(inputs / "maria.schmidt@example.de.jsonl", [
        {"id": "anna.kowalska@example.pl", "text": NOTES[0], "ward": "3B"},
        {"id": "Jan Nowak", "text": NOTES[1], "+48 601 234 567": "kontakt"},
        {"id": "note-3", "text": NOTES[2], "contacts": [{"Ewa Wiśniewska": "córka"}]},
        {"id": "DE89370400440532013000", "text": "ok"},  # too short: rejected by quality
        {"id": "Piotr Zieliński", "text": NOTES[3]},
        {"id": "note-6", "text": NOTES[3]},  # exact duplicate: duplicate_of the one above
    ])
    out = root / "out"
    proc = subprocess.run(["datalab", "curate", str(root / "in"), "--out", str(out), "--sector", "health",
                           "--config", str(REPO / "params.yaml")], capture_output=True, text=True, timeout=600, cwd=root)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out, proc


def produced_text(out) -> str:
    """Everything the run wrote, decoded: Parquet shards as JSON rows (their bytes are compressed), the rest as is."""
    parts = []
    for path in sorted(out.parent.rglob("*")):
        if not path.is_file() or "in" in path.relative_to(out.parent).parts[:1]:
            continue
        if path.suffix == ".parquet":
            parts.append(json.dumps(pq.read_table(path).to_pylist(), ensure_ascii=False, default=str))
        else:
            parts.append(path.read_text(encoding="utf-8", errors="replace"))
        parts.append(path.relative_to(out.parent).as_posix())
    return "\n".join(parts)


def test_a_scan_of_every_produced_file_finds_no_planted_value(run):
    out, proc = run
    text = produced_text(out) + proc.stdout + proc.stderr
    for value, where in PLANTED.items():
        for variant in {value, value.replace(" ", "_"), value.lower()}:
            assert variant not in text, f"{where}: planted value found"


def test_pseudonyms_keep_ids_unique_and_lineage_consistent(run):
    out, _ = run
    docs = pq.read_table(out / "documents").to_pylist()
    ledger = pq.read_table(out / "rejected").to_pylist()
    ids = [d["id"] for d in docs]
    assert len(set(ids)) == len(ids) == 4
    assert sum(i.startswith("<EMAIL_ADDRESS_") for i in ids) == 1 and sum(i.startswith("<PERSON_") for i in ids) == 2
    assert "note-3" in ids  # ids without personal data stay as they are
    (dup,) = [r for r in ledger if r["reason"] == "exact_duplicate"]
    assert dup["duplicate_of"] in ids and dup["duplicate_of"].startswith("<PERSON_")
    assert any(r["id"].startswith("<IBAN_CODE_") for r in ledger)
    uri = docs[0]["source_uri"]
    assert uri.endswith(".jsonl") and "<EMAIL_ADDRESS_" in uri and "<PERSON_" in uri
    manifest = json.loads((out / "manifest.json").read_text())
    assert [i["uri"] for i in manifest["inputs"]] == [uri]
    meta = [json.loads(d["metadata"]) for d in docs if d["metadata"]]
    assert any(k.startswith("<PHONE_NUMBER_") for m in meta for k in m)


def test_names_and_ids_that_differ_only_in_spelling_stay_apart(tmp_path):
    """Pseudonyms of identifiers are taken of the exact value: five files whose names hold the same person or
    address in other spellings are five inputs, and two ids written two ways are two documents."""
    text = "The inspection report for the northern district was completed on schedule and filed {}."
    names = ["Katarzyna Lewandowska", "Katarzyna_Lewandowska", "katarzyna.lewandowska", "anna@example.com", "ANNA@EXAMPLE.COM"]
    for i, name in enumerate(names):
        write_jsonl(tmp_path / "in" / f"{name}.jsonl", [{"id": name, "text": text.format(i)}])
    manifest = curate([tmp_path / "in"], tmp_path / "out", stages="langid")
    assert len(manifest["inputs"]) == 5 and manifest["counts"]["kept"] == 5
    ids = pq.read_table(tmp_path / "out" / "documents").column("id").to_pylist()
    assert len(set(ids)) == 5 and not any(name in " ".join(ids) for name in names)


def test_errors_name_paths_pseudonymised(tmp_path, capsys):
    import os

    from datalab.cli import main

    folder = tmp_path / "Jean-Pierre Moreau"
    folder.mkdir()
    os.mkfifo(folder / "+48 601 234 567.jsonl")
    assert main(["curate", str(folder / "+48 601 234 567.jsonl"), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a regular file (FIFO)" in err
    assert "Moreau" not in err and "601 234 567" not in err and "<PERSON_" in err and "<PHONE_NUMBER_" in err


def test_an_id_or_file_name_that_imitates_a_pseudonym_is_pseudonymised_too(tmp_path):
    from datalab.stages.pii.identifiers import IdentifierScrubber, pseudonym_key
    from datalab.config import PiiConfig

    token = IdentifierScrubber(pseudonym_key(PiiConfig())).scrub("Anna Kowalska")
    text = "The quarterly review of the regional station network was completed and filed {}."
    write_jsonl(tmp_path / "in" / "Anna Kowalska.jsonl", [{"id": "Anna Kowalska", "text": text.format(1)}])
    write_jsonl(tmp_path / "in" / f"{token}.jsonl", [{"id": token, "text": text.format(2)}])
    manifest = curate([tmp_path / "in"], tmp_path / "out", stages="langid")
    assert len({i["uri"] for i in manifest["inputs"]}) == 2 and manifest["counts"]["kept"] == 2
    assert len(set(pq.read_table(tmp_path / "out" / "documents").column("id").to_pylist())) == 2
