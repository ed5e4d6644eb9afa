"""Connectors on real files with the real libraries: text, Markdown, HTML, PDF (pypdf; a man page rendered by
groff), WARC (warcio), FHIR bulk export; and end to end through `curate`."""

import base64
import io
import json
from pathlib import Path

import pypdf
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import REPO, collect, read_dir, records_out
from datalab.connectors import pdf_page_text, repair_text
from datalab.readers import discover, read_batches, read_raw

ARTICLE = ("The municipal water board approved a new filtration plant on Tuesday after months of debate about its "
           "cost and location. Construction is expected to start next spring and to finish within two years, the "
           "board said in a statement, adding that the old plant would remain in service until then.")
PAGE = f"""<!doctype html><html lang="en-GB"><head><title>Water plant approved</title>
<link rel="canonical" href="https://news.example.org/water-plant"></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/about">About us</a></nav>
<div id="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<article><h1>Water plant approved</h1><p>{ARTICLE}</p>
<p>Residents can comment on the plans at the town hall until the end of the month.</p></article>
<footer>Copyright 2024 Example News. All rights reserved. Imprint. Privacy policy.</footer></body></html>"""
NO_CONTENT = "<html><body><nav><a href='/'>Home</a> | <a href='/news'>News</a></nav><footer>© 2024</footer></body></html>"
PATIENT = "Patient/pt-8841-secret"


def meta(doc):
    return json.loads(doc["metadata"] or "{}")


# --- text, Markdown, repair ---------------------------------------------------------------------------------------

def test_text_and_markdown_are_one_document_each(tmp_path):
    (tmp_path / "a.md").write_bytes("\ufeff# Notes\n\nThe weather was fine.\n".encode())
    (docs, _, count) = collect(tmp_path / "a.md")
    assert count == 1 and docs[0]["locator"] == 1 and docs[0]["text"] == "# Notes\n\nThe weather was fine.\n"
    assert docs[0]["metadata"] is None and docs[0]["stats"]["ingest"] == {"fixes": 0}
    (tmp_path / "empty.txt").write_text("  \n")
    assert [(r.locator, r.reason) for r in read_raw(tmp_path / "empty.txt")] == [(1, "empty_text")]


def test_latin1_text_is_detected_and_the_encoding_recorded(tmp_path):
    text = "Grüße aus München: die schöne Straße am Fluss ist heute gesperrt, sagte der Bürgermeister.\n"
    (tmp_path / "brief.txt").write_bytes(text.encode("latin-1"))
    (docs, rejected, _) = collect(tmp_path / "brief.txt")
    assert not rejected and docs[0]["text"] == text and meta(docs[0])["encoding"]


def test_mojibake_and_entities_are_repaired_and_counted(tmp_path):
    (tmp_path / "m.txt").write_text("SchÃ¶ne GrÃ¼ÃŸe aus KÃ¶ln\nFish &amp; chips\nclean line\n")
    (docs, _, _) = collect(tmp_path / "m.txt")
    assert docs[0]["text"] == "Schöne Grüße aus Köln\nFish & chips\nclean line\n"
    assert docs[0]["stats"]["ingest"]["fixes"] == 2
    (tmp_path / "j.jsonl").write_text(json.dumps({"id": "a", "text": "cafÃ© au lait"}) + "\n"
                                      + json.dumps({"id": "b", "text": "“Curly” quotes, ｆｕｌｌ width, café."}) + "\n")
    docs, _, _ = collect(tmp_path / "j.jsonl")
    assert [d["text"] for d in docs] == ["café au lait", "“Curly” quotes, ｆｕｌｌ width, café."]
    assert [d["stats"]["ingest"]["fixes"] for d in docs] == [1, 0]


def test_repair_leaves_clean_text_alone():
    for clean in ("plain ASCII", "Ελληνικά και русский", "日本語のテキスト", "a\tb\r\nc\x0c", "“quoted” — ok"):
        assert repair_text(clean) == (clean, 0)


# --- HTML ---------------------------------------------------------------------------------------------------------

def test_html_main_content_with_title_lang_and_canonical_url(tmp_path):
    (tmp_path / "page.html").write_text(PAGE)
    (tmp_path / "nav.htm").write_text(NO_CONTENT)
    (doc,), _, _ = collect(tmp_path / "page.html")
    assert ARTICLE in doc["text"] and "cookies" not in doc["text"] and "Copyright" not in doc["text"]
    assert "About us" not in doc["text"] and doc["locator"] == 1
    assert meta(doc) == {"title": "Water plant approved", "lang": "en-GB", "url": "https://news.example.org/water-plant"}
    assert [(r.locator, r.reason) for r in read_raw(tmp_path / "nav.htm")] == [(1, "no_main_content")]


# --- PDF ----------------------------------------------------------------------------------------------------------

def make_pdf(pages: list[list[str]]) -> bytes:
    """A PDF written by hand (Helvetica, one text line per Tj): a real file for pypdf, no tool needed."""
    objs: list = ["<< /Type /Catalog /Pages 2 0 R >>", None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for lines in pages:
        stream = "\n".join(["BT /F1 11 Tf 72 720 Td 14 TL", *(f"({line}) Tj T*" for line in lines), "ET"]).encode("latin-1")
        objs.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                    f"/Contents {len(objs)} 0 R >>")
        kids.append(len(objs))
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + (obj if isinstance(obj, bytes) else obj.encode()) + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_pdf_one_document_per_page_hyphens_rejoined(tmp_path):
    (tmp_path / "r.pdf").write_bytes(make_pdf([
        ["The committee discussed an exam-", "ple of the new procedure, which was", "well received by the Anglo-",
         "American delegation during the", "morning session."],
        [],
        ["Second page of the report."]]))
    docs, rejected, count = collect(tmp_path / "r.pdf")
    assert count == 3 and [(d["locator"], meta(d)["page"]) for d in docs] == [(1, 1), (3, 3)]
    assert docs[0]["text"] == ("The committee discussed an example of the new procedure, which was well received by "
                               "the Anglo-American delegation during the morning session.")
    assert [(r["locator"], r["reason"]) for r in rejected] == [(2, "empty_text")]


def test_pdf_paragraphs_end_at_blank_or_short_sentence_lines():
    assert pdf_page_text("A long first line of the paragraph goes\non here.\nNext para-\ngraph starts.\n") == (
        "A long first line of the paragraph goes on here.\n\nNext paragraph starts.")


def test_encrypted_and_broken_pdfs_are_one_ledger_row(tmp_path):
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(make_pdf([["Confidential minutes of the meeting."]])))
    writer.encrypt(user_password="s3cret", algorithm="RC4-128")
    with open(tmp_path / "locked.pdf", "wb") as fh:
        writer.write(fh)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf")
    assert [(r.locator, r.reason, r.detail) for r in read_raw(tmp_path / "locked.pdf")] == [(None, "unreadable_pdf", "encrypted")]
    (row,) = read_raw(tmp_path / "broken.pdf")
    assert row.reason == "unreadable_pdf" and row.locator is None and "not really" not in row.detail


#: Rendered once by groff, committed so that the test needs no groff: `zcat /usr/share/man/man1/ls.1.gz | groff -man
#: -Tpdf > ls.1.pdf`; hyphenated.pdf: `.LP` and a line of "incomprehensibilities" x 12 through `groff -ms -Tpdf -rLL=2i`.
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_man_page_rendered_by_groff():
    docs, rejected, count = collect(FIXTURES / "ls.1.pdf")
    assert count >= 2 and [d["locator"] for d in docs] == list(range(1, len(docs) + 1)) and not rejected
    assert "list directory contents" in docs[0]["text"]
    (doc,), _, _ = collect(FIXTURES / "hyphenated.pdf")
    assert doc["text"].count("incomprehensibilities") == 12 and "-\n" not in doc["text"]


# --- WARC ---------------------------------------------------------------------------------------------------------

def write_warc(path, gz=True):
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)

        def response(uri, kind, body):
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))

        writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "tests"}))
        request = StatusAndHeaders("GET /water-plant HTTP/1.1", [("Host", "news.example.org")], is_http_request=True)
        writer.write_record(writer.create_warc_record("https://news.example.org/water-plant", "request",
                                                      payload=io.BytesIO(b""), http_headers=request))
        response("https://news.example.org/water-plant", "text/html; charset=utf-8", PAGE.encode())
        response("https://news.example.org/notes.txt", "text/plain; charset=iso-8859-1", "Müll wird freitags abgeholt.".encode("latin-1"))
        response("https://news.example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64))


def test_warc_responses_become_documents(tmp_path):
    write_warc(tmp_path / "crawl.warc.gz")
    docs, rejected, count = collect(tmp_path / "crawl.warc.gz")
    assert count == 3  # warcinfo and the request are not documents
    assert [d["locator"] for d in docs] == [3, 4] and ARTICLE in docs[0]["text"]
    assert docs[1]["text"] == "Müll wird freitags abgeholt."
    first = meta(docs[0])
    assert first["url"] == "https://news.example.org/water-plant" and first["date"] and first["record_id"].startswith("<urn:uuid:")
    assert first["title"] == "Water plant approved"
    assert [(r["locator"], r["reason"], r["detail"]) for r in rejected] == [(5, "unsupported_content_type", "Content-Type image/png")]
    write_warc(tmp_path / "plain.warc", gz=False)
    assert [r.locator for r in read_raw(tmp_path / "plain.warc")] == [3, 4, 5]


def test_truncated_warc_keeps_what_was_read(tmp_path):
    write_warc(tmp_path / "full.warc.gz")
    data = (tmp_path / "full.warc.gz").read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) - 60])
    rows = [(r.locator, r.reason) for r in read_raw(tmp_path / "cut.warc.gz")]
    assert rows[:2] == [(3, None), (4, None)] and rows[-1][1] == "unreadable_file" and rows[-1][0] == 5


# --- FHIR ---------------------------------------------------------------------------------------------------------

def b64(text):
    return base64.b64encode(text.encode()).decode()


RESOURCES = {
    "Patient": [{"resourceType": "Patient", "id": "pt-8841-secret", "gender": "female"}],
    "DocumentReference": [{"resourceType": "DocumentReference", "id": "doc1", "subject": {"reference": PATIENT},
                           "content": [{"attachment": {"contentType": "text/plain", "data": b64("Discharge summary: stable, home on metformin.")}},
                                       {"attachment": {"contentType": "application/pdf", "data": b64("%PDF")}}]}],
    "DiagnosticReport": [{"resourceType": "DiagnosticReport", "id": "dr1", "subject": {"reference": PATIENT},
                          "conclusion": "No acute cardiopulmonary abnormality."}],
    "Composition": [{"resourceType": "Composition", "id": "c1", "subject": {"reference": PATIENT}, "title": "Discharge letter",
                     "section": [{"title": "History", "text": {"div": "<div xmlns='http://www.w3.org/1999/xhtml'><p>Admitted with chest pain.</p></div>"},
                                  "section": [{"title": "Medication", "text": {"div": "<div><ul><li>Aspirin 100 mg</li><li>Metformin</li></ul></div>"}}]}]}],
    "Observation": [{"resourceType": "Observation", "id": "o1", "subject": {"reference": PATIENT},
                     "text": {"status": "generated", "div": "<div xmlns='http://www.w3.org/1999/xhtml'>HbA1c <b>6.1 %</b></div>"}}],
}


def write_export(directory, manifest=True, missing=False):
    directory.mkdir(parents=True, exist_ok=True)
    for kind, rows in RESOURCES.items():
        (directory / f"{kind}.ndjson").write_text("".join(json.dumps(r) + "\n" for r in rows))
    if manifest:
        output = [{"type": k, "url": f"https://fhir.example.org/bulk/{k}.ndjson"} for k in RESOURCES]
        if missing:
            output.append({"type": "Encounter", "url": "Encounter.ndjson"})
        (directory / "manifest.json").write_text(json.dumps({"transactionTime": "2024-01-01T00:00:00Z", "request": "x",
                                                             "requiresAccessToken": False, "output": output, "error": []}))


def test_fhir_bulk_export_narratives_and_keyed_patient(tmp_path):
    write_export(tmp_path / "export", manifest=False)
    found = discover([tmp_path / "export"])
    out = {}
    for file in found.files:
        for kind, value in read_batches(file, "health", "run", 500, keyed=lambda v: "<KEY_test>"):
            if kind != "count":
                out.setdefault(kind, []).extend(value.to_pylist())
    docs = {meta(d)["resource_type"]: d for d in out["docs"]}
    assert set(docs) == {"DocumentReference", "DiagnosticReport", "Composition", "Observation"}
    assert docs["DocumentReference"]["text"] == "Discharge summary: stable, home on metformin."
    assert docs["DiagnosticReport"]["text"] == "No acute cardiopulmonary abnormality."
    assert docs["Composition"]["text"] == ("Discharge letter\n\nHistory\n\nAdmitted with chest pain.\n\nMedication\n\n"
                                           "Aspirin 100 mg\nMetformin")
    assert docs["Observation"]["text"] == "HbA1c 6.1 %"
    assert all(meta(d)["patient"] == "<KEY_test>" and d["locator"] == 1 for d in docs.values())
    assert meta(docs["Observation"])["resource_id"] == "o1"
    (patient,) = out["rejected"]
    assert patient["reason"] == "no_narrative" and patient["detail"] == "Patient without narrative text"
    everything = json.dumps(out, default=str)
    assert "pt-8841" not in everything


def test_fhir_patient_is_a_salted_hash_without_a_key_and_jsonl_still_jsonl(tmp_path):
    write_export(tmp_path / "export", manifest=False)
    docs, _, _ = collect(tmp_path / "export" / "Observation.ndjson")
    assert meta(docs[0])["patient"].startswith("<KEY_") and "pt-8841" not in docs[0]["metadata"]
    (tmp_path / "plain.ndjson").write_text(json.dumps({"id": "x", "text": "Ordinary record.", "resource": "no"}) + "\n")
    docs, _, _ = collect(tmp_path / "plain.ndjson")
    assert docs[0]["id"] == "x" and meta(docs[0]) == {"resource": "no"}


def test_bulk_export_manifest_is_followed_and_missing_files_reported(tmp_path, monkeypatch):
    write_export(tmp_path / "export", missing=True)
    (tmp_path / "export" / "logo.png").write_bytes(b"\x89PNG")
    monkeypatch.chdir(tmp_path)
    found = discover(["export"])
    assert [f.uri for f in found.files] == [f"export/{k}.ndjson" for k in sorted(RESOURCES)]
    assert [(s.path, s.reason) for s in found.skipped] == [
        ("export/Encounter.ndjson", "listed in a bulk-export manifest, but missing"),
        ("export/logo.png", "unsupported file type"),
        ("export/manifest.json", "FHIR bulk-export manifest (the files it lists are read)")]


# --- end to end ---------------------------------------------------------------------------------------------------

def test_curate_a_directory_of_mixed_formats_accounts_for_every_record(tmp_path):
    from datalab.curate import curate

    inputs = tmp_path / "in"
    write_export(inputs / "fhir")
    (inputs / "page.html").parent.mkdir(parents=True, exist_ok=True)
    (inputs / "page.html").write_text(PAGE)
    (inputs / "nav.html").write_text(NO_CONTENT)
    (inputs / "note.txt").write_text("Die Wetterstation meldete am Vormittag SchÃ¶nwetter und leichten Wind aus Westen, "
                                     "am Nachmittag zogen Wolken auf und es begann leicht zu regnen.\n")
    (inputs / "empty.md").write_text("")
    (inputs / "r.pdf").write_bytes(make_pdf([["The committee discussed the new procedure at length and agreed to",
                                              "review it again after the summer break."], []]))
    write_warc(inputs / "crawl.warc.gz")
    manifest = curate([inputs], tmp_path / "out", stages="quality")
    expected = {"page.html": 1, "nav.html": 1, "note.txt": 1, "empty.md": 1, "r.pdf": 2, "crawl.warc.gz": 3,
                **{f"{k}.ndjson": len(v) for k, v in RESOURCES.items()}}
    assert manifest["counts"]["records_in"] == sum(expected.values())
    docs, ledger = read_dir(tmp_path / "out" / "documents"), read_dir(tmp_path / "out" / "rejected")
    assert docs.num_rows + ledger.num_rows == sum(expected.values())
    assert records_out(tmp_path / "out") == expected
    reasons = dict(zip(ledger.column("source_uri").to_pylist(), ledger.column("reason").to_pylist()))
    assert {uri.rsplit("/", 1)[-1]: r for uri, r in reasons.items() if r in
            ("no_main_content", "empty_text", "no_narrative", "unsupported_content_type")} == {
        "nav.html": "no_main_content", "empty.md": "empty_text", "r.pdf": "empty_text", "Patient.ndjson": "no_narrative",
        "crawl.warc.gz": "unsupported_content_type"}
    note = next(d for d in docs.to_pylist() if d["source_uri"].endswith("note.txt"))
    assert "Schönwetter" in note["text"] and note["stats"]["ingest"]["fixes"] == 1
    assert "pt-8841" not in json.dumps(docs.to_pylist() + ledger.to_pylist(), default=str)
    assert "pt-8841" not in (tmp_path / "out" / "manifest.json").read_text()


def test_the_fast_mojibake_test_finds_what_ftfys_is_bad_finds():
    """`_mojibake` rewrites ftfy's BADNESS_RE to start with one character class; on text broken every way a
    wrong codec breaks it, on clean text in many languages and on random strings of the characters the
    pattern names, it answers as `is_bad` does, line by line."""
    import random

    from ftfy.badness import BADNESS_RE, is_bad

    from datalab.connectors import _mojibake

    found = _mojibake()
    assert found is not is_bad  # the rewrite holds for the installed ftfy
    texts = [json.loads(line)["text"] for line in (REPO / "bench" / "pii" / "eval.jsonl").open(encoding="utf-8")]
    samples = [line for text in texts for line in text.splitlines(keepends=True)]
    for text in texts[::3]:
        for codec in ("latin-1", "cp1252", "cp1251", "cp437", "mac_roman", "iso-8859-2", "iso-8859-7"):
            samples += text.encode("utf-8").decode(codec, errors="ignore").splitlines(keepends=True)
    named = sorted({ord(c) for c in BADNESS_RE.pattern if ord(c) >= 0x80} | set(range(32, 127)) | {10})
    rng = random.Random(7)
    samples += ["".join(chr(rng.choice(named)) for _ in range(rng.randint(1, 5))) for _ in range(30_000)]
    assert sum(map(is_bad, samples)) > 1_000
    assert [bool(found(s)) for s in samples] == [is_bad(s) for s in samples]
