"""Connectors: documents that are whole files or parts of containers (plain text, Markdown, HTML, PDF, WARC,
FHIR bulk-export NDJSON), read into the same `RawRecord`s as JSON Lines, so that ids, the ledger and the
batches stay one code path (`datalab.readers`). Each reader is a generator over one file that never raises on
bad content: what cannot become a document comes out as a ledger record whose detail names positions and
error classes, never content.

A connector's records carry their text under `text` whatever `ingest.text_field` says (`RawRecord.text_field`),
and no id of their own (the id derives from file and locator). Fields named in `RawRecord.keyed` (the FHIR
patient reference) are pseudonymised with the lab's key before they reach the metadata.

Ledger reasons added here: `no_main_content` (HTML without an article), `unreadable_pdf`,
`unsupported_content_type` (a WARC response that is neither HTML nor plain text), `no_narrative` (a FHIR
resource without human-readable text), `undecodable_text` (a text file in no encoding that can be told).

`repair_text` (ftfy) mends mojibake, HTML entities in plain text and stray control characters in the text of
every reader, and counts what it did (`stats.ingest.fixes`).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlparse

from datalab.readers import RawRecord, _json_record, _lines, _open_binary
#: The largest text, HTML or FHIR manifest file read whole (bigger ones are `record_too_large`).
MAX_FILE_BYTES = 256 << 20
OWN_TEXT = "text"  # the field a connector's records hold their text in


def _doc(locator: int | None, text: str, keyed: tuple[str, ...] = (), **fields) -> RawRecord:
    """A connector's document: its fields without the empty ones."""
    record = {OWN_TEXT: text, **{k: v for k, v in fields.items() if v not in (None, "")}}
    return RawRecord(locator, record=record, text_field=OWN_TEXT, keyed=tuple(k for k in keyed if k in record))


def _reject(locator: int | None, reason: str, detail: str) -> RawRecord:
    return RawRecord(locator, reason=reason, detail=detail, text_field=OWN_TEXT)


# --- text repair --------------------------------------------------------------------------------------------

_FIXER = None
#: What ftfy could change in a line (with the settings of `_config`): anything not ASCII, `&` (entities), ESC
#: (terminal escapes) and the C0 controls ftfy removes. A line without any is left alone unread by ftfy.
_SUSPECT = re.compile(r"[^\t\n\x0c\r\x20-\x25\x27-\x7e]")


def _config():
    """ftfy with its repairs on and its normalisations off: curly quotes, full-width forms, line endings and
    NFC are not broken text, so they are kept (a clean text comes out identical)."""
    global _FIXER
    if _FIXER is None:
        import ftfy

        _FIXER = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, fix_line_breaks=False,
                                      normalization=None, explain=True)
    return _FIXER


_OTHER_FIXES = _MOJIBAKE = None


def _fixable(line: str) -> bool:
    """Whether ftfy would change `line`: mojibake (ftfy's own `is_bad`, the test its encoding fix starts with,
    as `_mojibake` compiles it), or a character one of its other fixers acts on (an entity's `&`, ESC, C1
    controls, ligatures, surrogates, the controls it removes). On the man-page corpus this gate halves the
    cost of repair, same output."""
    global _OTHER_FIXES, _MOJIBAKE
    if _OTHER_FIXES is None:
        from ftfy.chardata import CONTROL_CHARS

        controls = "".join(re.escape(chr(c)) for c in CONTROL_CHARS)
        _OTHER_FIXES = re.compile(f"[&\x1b\x80-\x9f\ufb00-\ufb06\ud800-\udfff{controls}]")
        _MOJIBAKE = _mojibake()
    return _OTHER_FIXES.search(line) is not None or bool(_MOJIBAKE(line))


def _mojibake() -> Callable[[str], bool]:
    """ftfy's `is_bad`, 12 times faster: its `BADNESS_RE` is an alternation of short sequences of character
    classes, each holding at least one class of non-ASCII characters only. Rewritten to start every sequence
    at that class (the classes before it become a look-behind; an optional item, two sequences), the pattern
    starts with one character class, which Python's re scans for in C instead of trying every sequence at
    every character. It finds a match in the same strings. ftfy's own `is_bad` where the pattern holds
    anything else (a later ftfy)."""
    from re import _parser  # the parser of the re module: how ftfy's pattern is read back into its parts

    from ftfy.badness import BADNESS_RE, is_bad

    def chars(op, av) -> set[int] | None:
        if op is _parser.LITERAL:
            return {av}
        if op is _parser.IN and all(o in (_parser.LITERAL, _parser.RANGE) for o, _ in av):
            return {c for o, a in av for c in ([a] if o is _parser.LITERAL else range(a[0], a[1] + 1))}
        return None

    def source(op, av) -> str:
        if op is _parser.LITERAL:
            return re.escape(chr(av))
        if op is _parser.ANY:
            return "."
        if op is _parser.AT and av is _parser.AT_BEGINNING:
            return "^"
        if op is _parser.IN:
            parts = {_parser.NEGATE: lambda a: "^", _parser.LITERAL: lambda a: re.escape(chr(a)),
                     _parser.RANGE: lambda a: f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}",
                     _parser.CATEGORY: {_parser.CATEGORY_SPACE: r"\s", _parser.CATEGORY_DIGIT: r"\d",
                                         _parser.CATEGORY_WORD: r"\w"}.__getitem__}
            return "[" + "".join(parts[o](a) for o, a in av) + "]"
        raise ValueError(op)

    try:
        (op, av), = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
        if op is not _parser.BRANCH:
            raise ValueError(op)
        sequences, todo = [], [list(alt) for alt in av[1]]
        while todo:  # x? -> the sequence without x and with it
            seq = todo.pop()
            k = next((i for i, (o, _) in enumerate(seq) if o is _parser.MAX_REPEAT), None)
            if k is None:
                sequences.append(seq)
            elif seq[k][1][:2] == (0, 1) and len(seq[k][1][2]) == 1:
                todo += [seq[:k] + seq[k + 1:], seq[:k] + list(seq[k][1][2]) + seq[k + 1:]]
            else:
                raise ValueError(seq[k])
        starts, branches = set(), []
        for seq in sequences:
            size, k = min((len(c), i) for i, (o, a) in enumerate(seq) if (c := chars(o, a)) and min(c) >= 0x80)
            start = chars(*seq[k])
            starts |= start
            anchor = source(_parser.IN, [(_parser.LITERAL, c) for c in sorted(start)])
            behind = "".join(source(o, a) for o, a in seq[:k])  # single characters (or ^): a fixed width
            branches.append(f"(?<={behind}{anchor})" + "".join(source(o, a) for o, a in seq[k + 1:]))
        first = source(_parser.IN, [(_parser.LITERAL, c) for c in sorted(starts)])
        return re.compile(f"{first}(?:{'|'.join(branches)})", BADNESS_RE.flags & ~re.VERBOSE).search
    except (ValueError, TypeError, KeyError, re.error):
        return is_bad


def repair_text(text: str) -> tuple[str, int]:
    """(text repaired, repairs made): mojibake decoded again (`Ã¤` -> `ä`), HTML entities in plain text,
    terminal escapes, C1 and stray control characters, Latin ligatures. Line by line, as ftfy's own
    `fix_text` works, and only lines that hold a character ftfy could change: clean text costs one regex scan.
    A repair is one fix ftfy applied to one line (an encoding mended counts once)."""
    if _SUSPECT.search(text) is None:
        return text, 0
    import ftfy

    config, fixes, out = _config(), 0, []
    for line in text.splitlines(keepends=True):
        if _SUSPECT.search(line) is not None and _fixable(line):
            fixed = ftfy.fix_and_explain(line, config)
            fixes += sum(1 for step in fixed.explanation or () if step.action in ("apply", "decode"))
            line = fixed.text
        out.append(line)
    return ("".join(out), fixes) if fixes else (text, 0)


# --- plain text and Markdown ----------------------------------------------------------------------------------

def _decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, encoding): UTF-8 (BOM dropped; encoding None), else the encoding charset_normalizer finds
    (recorded, since a guess can be wrong); (None, None) when none fits."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None, None
    return str(best), best.encoding


def _read_whole(path: Path) -> bytes | RawRecord:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        return _reject(1, "record_too_large", f"file over {MAX_FILE_BYTES} bytes")
    return path.read_bytes()


def plain_text(path: Path) -> Iterator[RawRecord]:
    """A .txt or .md file is one document (locator 1): a note or a page is written as one."""
    data = _read_whole(path)
    if isinstance(data, RawRecord):
        yield data
        return
    text, encoding = _decode(data)
    if text is None:
        yield _reject(1, "undecodable_text", "neither UTF-8 nor an encoding that can be detected")
    elif not text.strip():
        yield _reject(1, "empty_text", "the file holds no text")
    else:
        yield _doc(1, text, encoding=encoding)


# --- HTML ------------------------------------------------------------------------------------------------------

def _html_fields(markup: str | bytes) -> dict | None:
    """Main content of an HTML page (trafilatura, precision over recall: navigation, footers and banners go;
    `fast`: no fallback extractor, which would return a navigation bar as content), with its title, language and canonical URL; None when the page has no main content."""
    import trafilatura

    doc = trafilatura.bare_extraction(markup, include_comments=False, favor_precision=True, fast=True,
                                      with_metadata=True, deduplicate=False)
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        return None
    lang, url = _html_lang_and_url(markup)
    return {"text": text, "title": doc.title, "lang": lang or doc.language, "url": url or doc.url}


def _html_lang_and_url(markup: str | bytes) -> tuple[str | None, str | None]:
    """The `<html lang>` attribute and the canonical (or og:url) address, as the page states them."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return None, None
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    canonical = root.xpath("//link[@rel='canonical']/@href") or root.xpath("//meta[@property='og:url']/@content")
    return (lang.strip() or None) if lang else None, canonical[0].strip() if canonical else None


def html_file(path: Path) -> Iterator[RawRecord]:
    """An .html/.htm page is one document (locator 1): its main content."""
    data = _read_whole(path)
    if isinstance(data, RawRecord):
        yield data
        return
    yield _html_record(1, data)


def _html_record(locator: int, markup: bytes, **extra) -> RawRecord:
    if not markup.strip():
        return _reject(locator, "empty_text", "the page is empty")
    fields = _html_fields(markup)
    if fields is None:
        return _reject(locator, "no_main_content", "no main content found in the page")
    text = fields.pop("text")
    return _doc(locator, text, **{**fields, **{k: v for k, v in extra.items() if v}})


# --- PDF -------------------------------------------------------------------------------------------------------

_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-\n(?=[a-z\u00df-\u00ff])")
_KEPT_HYPHEN = re.compile(r"[^\W\d_]-$")


def pdf_page_text(raw: str) -> str:
    """A page's extracted lines as paragraphs: a word hyphenated across a line end is joined (only when a
    lower-case letter follows: `Word-\nCapital` keeps its hyphen), lines within a paragraph are joined by a
    space, and a blank line, or a line well short of the page's width ending a sentence, ends a paragraph."""
    text = _HYPHEN_BREAK.sub("", raw.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [line.strip() for line in text.split("\n")]
    width = max((len(line) for line in lines), default=0)
    paragraphs, current = [], ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
                current = ""
            continue
        # a hyphen kept at a line end (`Anglo-` + `American`) joins without a space
        current += ("" if not current or _KEPT_HYPHEN.search(current) else " ") + line
        if len(line) < 0.6 * width and line[-1] in ".!?:":
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def pdf(path: Path) -> Iterator[RawRecord]:
    """One document per page, locator = page number (1-based), field `page`: pages are where a PDF's text can
    be found again. An encrypted (without an empty password) or unparsable file is one `unreadable_pdf`
    row; a page without text is `empty_text`."""
    import pypdf

    try:
        reader = pypdf.PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            yield _reject(None, "unreadable_pdf", "encrypted")
            return
        count = len(reader.pages)
    except Exception as exc:  # pypdf raises many kinds (PdfReadError, ValueError, KeyError, ...): all unreadable
        yield _reject(None, "unreadable_pdf", type(exc).__name__)
        return
    for number in range(1, count + 1):
        try:
            text = pdf_page_text(reader.pages[number - 1].extract_text() or "")
        except Exception as exc:  # one broken page costs that page
            yield _reject(number, "unreadable_pdf", f"page {number}: {type(exc).__name__}")
            continue
        yield _doc(number, text, page=number) if text.strip() else _reject(number, "empty_text", f"page {number} has no text")


# --- WARC ------------------------------------------------------------------------------------------------------

def _media_type(value: str | None) -> tuple[str, str | None]:
    """(media type, charset) of a Content-Type header."""
    if not value:
        return "", None
    kind, *params = value.split(";")
    charset = next((p.split("=", 1)[1].strip().strip('"') for p in params if p.strip().lower().startswith("charset=")), None)
    return kind.strip().lower(), charset


def _decode_body(body: bytes, charset: str | None) -> str | None:
    """A text/plain body: its declared charset, else UTF-8, else what charset_normalizer finds."""
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode(body)[0]


def warc(path: Path) -> Iterator[RawRecord]:
    """Response records of a WARC (.warc, .warc.gz) whose payload is text/html (main content) or text/plain;
    locator = the record's ordinal in the file (1-based, every record counted), fields url, date, record_id.
    Requests, metadata and warcinfo are not documents and are passed over; a response of another type is
    `unsupported_content_type`. A file that breaks half-way keeps what was read, then one `unreadable_file`."""
    from warcio.archiveiterator import ArchiveIterator

    ordinal = 0
    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                ordinal += 1
                body = record.content_stream().read() if record.rec_type == "response" else None
                if body is None:
                    while record.raw_stream.read(1 << 20):  # read to its end, to tell whether it is all there
                        pass
                if getattr(record.raw_stream, "limit", 0):  # the file ended inside this record
                    yield _reject(ordinal, "unreadable_file", f"WARC record {ordinal} is cut short")
                    return
                if body is not None:
                    yield _warc_response(ordinal, record, body)
        if path.name.lower().endswith(".gz"):
            _check_gzip(path)  # warcio ends quietly where a .gz is cut inside a record
    except Exception as exc:  # warcio's ArchiveLoadFailed, zlib/gzip errors, EOFError: the file broke here
        yield _reject(ordinal + 1, "unreadable_file", f"{type(exc).__name__} after WARC record {ordinal}")


def _check_gzip(path: Path) -> None:
    """Raise EOFError (or BadGzipFile) where a gzip file does not end as gzip ends."""
    import gzip

    with gzip.open(path, "rb") as fh:
        while fh.read(1 << 20):
            pass


def _warc_response(ordinal: int, record, body: bytes) -> RawRecord:
    headers = record.rec_headers
    fields = {"url": headers.get_header("WARC-Target-URI"), "date": headers.get_header("WARC-Date"),
              "record_id": headers.get_header("WARC-Record-ID")}
    http = record.http_headers
    kind, charset = _media_type(http.get_header("Content-Type") if http is not None else
                                headers.get_header("Content-Type"))
    if kind in ("text/html", "application/xhtml+xml"):
        rec = _html_record(ordinal, body)
        if rec.record is not None:
            rec.record.update({k: v for k, v in fields.items() if v})
        return rec
    if kind == "text/plain":
        text = _decode_body(body, charset)
        if text is None:
            return _reject(ordinal, "undecodable_text", "payload in no encoding that can be detected")
        return _doc(ordinal, text, **fields) if text.strip() else _reject(ordinal, "empty_text", "empty payload")
    return _reject(ordinal, "unsupported_content_type", f"Content-Type {kind or 'missing'}"[:120])


# --- FHIR R4 bulk export ---------------------------------------------------------------------------------------

def is_fhir(path: Path, limit: int) -> bool:
    """Whether an NDJSON file is a FHIR bulk export: its first non-blank line is an object with `resourceType`."""
    try:
        with _open_binary(path) as fh:
            for raw in _lines(fh, limit):
                if raw is None:
                    return False
                if raw.strip():
                    record = json.loads(raw.decode("utf-8-sig"))
                    return isinstance(record, dict) and isinstance(record.get("resourceType"), str)
    except Exception:  # whatever cannot be peeked at is read as JSON Lines, which reports it
        return False
    return False


def _xhtml_text(markup: str) -> str:
    """Text of an XHTML narrative (`text.div`), block elements on lines of their own."""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return re.sub(r"<[^>]*>", " ", markup).strip()
    for el in root.iter("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"):
        el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _attachment_text(attachment: object) -> str:
    """Text of an inline attachment (base64 `data`) that is text/plain or text/html; '' otherwise (a `url`
    would need the network)."""
    if not isinstance(attachment, dict) or not isinstance(attachment.get("data"), str):
        return ""
    kind, charset = _media_type(attachment.get("contentType"))
    if kind not in ("text/plain", "text/html"):
        return ""
    try:
        body = base64.b64decode(attachment["data"], validate=False)
    except (binascii.Error, ValueError):
        return ""
    if kind == "text/html":
        fields = _html_fields(body)
        return fields["text"] if fields else _xhtml_text(body.decode("utf-8", "replace"))
    return _decode_body(body, charset) or ""


def _sections(sections: object) -> Iterator[str]:
    """Titles and narratives of Composition sections, nested ones in document order."""
    for section in sections if isinstance(sections, list) else ():
        if not isinstance(section, dict):
            continue
        if isinstance(section.get("title"), str):
            yield section["title"]
        div = (section.get("text") or {}).get("div") if isinstance(section.get("text"), dict) else None
        if isinstance(div, str):
            yield _xhtml_text(div)
        yield from _sections(section.get("section"))


def narrative(resource: dict) -> str:
    """The human-readable text of a FHIR R4 resource: Composition title and sections, DocumentReference and
    DiagnosticReport attachments, DiagnosticReport conclusion, and any resource's `text.div`. Pieces repeated
    (a narrative that restates the conclusion) are kept once."""
    kind = resource.get("resourceType")
    pieces: list[str] = []
    if kind == "Composition":
        pieces += [resource.get("title") if isinstance(resource.get("title"), str) else ""]
        pieces += list(_sections(resource.get("section")))
    text = resource.get("text")
    if isinstance(text, dict) and isinstance(text.get("div"), str):
        pieces.append(_xhtml_text(text["div"]))
    if kind == "DocumentReference":
        for content in resource.get("content") or []:
            pieces.append(_attachment_text(content.get("attachment") if isinstance(content, dict) else None))
    if kind == "DiagnosticReport":
        if isinstance(resource.get("conclusion"), str):
            pieces.append(resource["conclusion"])
        for form in resource.get("presentedForm") or []:
            pieces.append(_attachment_text(form))
    seen, out = set(), []
    for piece in (p.strip() for p in pieces if p):
        if piece and piece not in seen:
            seen.add(piece)
            out.append(piece)
    return "\n\n".join(out)


def _patient(resource: dict) -> str | None:
    """The patient a resource is about (`subject`, or `patient`, as `Patient/<id>`); only ever stored keyed."""
    for name in ("subject", "patient"):
        ref = resource.get(name)
        if isinstance(ref, dict) and isinstance(ref.get("reference"), str) and ref["reference"].startswith("Patient/"):
            return ref["reference"]
    if resource.get("resourceType") == "Patient" and isinstance(resource.get("id"), str):
        return f"Patient/{resource['id']}"
    return None


def fhir(path: Path, max_record_bytes: int) -> Iterator[RawRecord]:
    """One document per resource with narrative (locator = line number), fields resource_type, resource_id and
    `patient` (the reference, pseudonymised with the lab's key: `RawRecord.keyed`); a resource without narrative
    is `no_narrative`, accounted for but not an error. Lines that are not resources get JSON Lines' reasons."""
    with _open_binary(path) as fh:
        for lineno, raw in enumerate(_lines(fh, max_record_bytes), start=1):
            parsed = _json_record(lineno, raw, max_record_bytes)
            if parsed is None:
                continue
            if parsed.record is None:
                yield RawRecord(lineno, reason=parsed.reason, detail=parsed.detail, text_field=OWN_TEXT)
                continue
            yield _fhir_record(lineno, parsed.record)


def _fhir_record(lineno: int, resource: dict) -> RawRecord:
    kind = resource.get("resourceType")
    if not isinstance(kind, str):
        return _reject(lineno, "not_a_resource", "no resourceType")
    try:
        text = narrative(resource)
    except (AttributeError, TypeError, ValueError) as exc:  # a resource shaped against the spec
        return _reject(lineno, "malformed_resource", f"{kind}: {type(exc).__name__}")
    if not text:
        return _reject(lineno, "no_narrative", f"{kind} without narrative text")
    rid = resource.get("id") if isinstance(resource.get("id"), str) else None
    patient = _patient(resource)
    return _doc(lineno, text, keyed=("patient",), resource_type=kind, resource_id=rid, patient=patient)


# --- bulk-export manifests -------------------------------------------------------------------------------------

MANIFEST_BYTES = 16 << 20


def manifest_outputs(path: Path) -> list[str] | None:
    """The files a FHIR bulk-export manifest (`{"output": [{"type", "url"}, ...]}`, the `$export` status
    response) lists, as paths relative to its directory; None when `path` is not one. An absolute URL names
    the file by its last path segment (the files are read from disk, never fetched)."""
    try:
        if path.stat().st_size > MANIFEST_BYTES:
            return None
        doc = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError):
        return None
    outputs = doc.get("output") if isinstance(doc, dict) else None
    if not isinstance(outputs, list) or not all(isinstance(o, dict) and isinstance(o.get("url"), str) for o in outputs):
        return None
    names = []
    for item in outputs:
        url = urlparse(item["url"])
        names.append(PurePosixPath(unquote(url.path)).name if url.scheme else unquote(item["url"]))
    return names
