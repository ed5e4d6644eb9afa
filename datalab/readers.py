"""Readers: JSON Lines (plain, .gz, .zst), CSV and Parquet files into Arrow document batches; plain text,
Markdown, HTML, PDF, WARC and FHIR bulk-export NDJSON through `datalab.connectors` (picked by suffix, and for
NDJSON by content: records with `resourceType` are FHIR resources).

Every record a file holds comes out either in a document batch or as a ledger row with stage
`ingest`, a reason and a detail that names positions, fields and types, never values:

- `invalid_utf8`: bytes that are not UTF-8 (a JSON line; a CSV row, detail naming the field)
- `record_too_large`: a JSON line or CSV field over `ingest.max_record_bytes`, never held whole
- `too_deeply_nested`: JSON arrays/objects nested over MAX_NESTING levels (json.loads would recurse)
- `malformed_json`, `not_an_object`; `malformed_csv`: wrong number of fields or a row the parser rejects
- `invalid_unicode`: a string with a lone surrogate (JSON `"\ud800"`), in any field, key or nested value
- `invalid_id`: an id that is neither a string nor an integer
- `missing_text`, `text_not_string`, `empty_text`
- `unreadable_file`: a file that cannot be opened, or breaks half-way (a truncated .gz or .zst): what
  was read is kept and the row names the line where it broke.
- the connectors' own: `no_main_content`, `unreadable_pdf`, `unsupported_content_type`, `no_narrative`,
  `not_a_resource`, `malformed_resource`, `undecodable_text` (see `datalab.connectors`).

Every document's text is repaired with ftfy where it is broken (`connectors.repair_text`); `stats.ingest.fixes`
counts the repairs.

`discover` turns input paths into files and lists, with a reason, what directories held that is not one.
"""

from __future__ import annotations

import csv
import errno
import gzip
import hashlib
import io
import json
import math
import os
import re
import stat
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import zstandard

from datalab.config import IngestConfig
from datalab.erasures import NONE, Applied
from datalab.errors import DatalabError
from datalab.schema import document_schema, ledger_from

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst")
CSV_SUFFIXES = (".csv", ".csv.gz", ".csv.zst")
TSV_SUFFIXES = (".tsv", ".tsv.gz", ".tsv.zst", ".tab")
PARQUET_SUFFIXES = (".parquet",)
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
WARC_SUFFIXES = (".warc", ".warc.gz")
SUPPORTED = (JSONL_SUFFIXES + CSV_SUFFIXES + TSV_SUFFIXES + PARQUET_SUFFIXES + TEXT_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES
             + WARC_SUFFIXES)
MAX_RECORD_BYTES = IngestConfig().max_record_bytes
BATCH_CHARS = IngestConfig().batch_chars
#: Deepest JSON nesting read: json.loads, json.dumps and the checks here recurse once per level.
MAX_NESTING = 100


#: The readers a source can name (`sources.yaml` `format`); "auto" picks one by suffix and content.
FORMATS = ("auto", "jsonl", "csv", "tsv", "parquet", "text", "html", "pdf", "warc", "fhir")


@dataclass(frozen=True)
class Reading:
    """How a file is read where its source says (`sources.yaml`: `format` and `parser`): the reader, the
    fields holding the text and the id (else `ingest.text_field` / `ingest.id_field`), and for CSV the
    delimiter and encoding (else detected: `csv_dialect`)."""

    format: str = "auto"
    text_field: str | None = None
    id_field: str | None = None
    delimiter: str | None = None
    encoding: str | None = None

    def fields(self, ingest: IngestConfig) -> tuple[str, str]:
        """(text field, id field) of this file's records."""
        return self.text_field or ingest.text_field, self.id_field or ingest.id_field


@dataclass(frozen=True)
class InputFile:
    """One input file: `path` is absolute and resolved (workers open it from another working directory);
    `uri` names it in the manifest and the ledger (relative to the working directory when inside it)."""

    path: str
    uri: str
    source: str
    bytes: int
    reading: Reading = Reading()


@dataclass(frozen=True)
class Skipped:
    """A path under an input directory that is not read, and why; `path` is relative to the working directory
    when inside it, like InputFile.uri, but not resolved (it may be a broken link or a loop)."""

    path: str
    reason: str


@dataclass(frozen=True)
class Discovered:
    """What `discover` found: the input files, and the paths it did not read with why."""

    files: list[InputFile]
    skipped: list[Skipped]


@dataclass(frozen=True)
class Part:
    """A line-aligned byte range of an input file, `start` to `end` (None: the file's end), whose first line is
    line `first_line` of the file: large JSON Lines files are read in parts, so that every worker reads and
    runs the stages on its own parts, with no shuffle of documents between reading and the stages."""

    file: InputFile
    start: int = 0
    end: int | None = None
    first_line: int = 1


@dataclass(frozen=True)
class RawRecord:
    """A record as read: `record` is set when it parsed, else `reason`/`detail` say why not. A connector's
    record (`datalab.connectors`) names the field its text is in (`text_field`, overriding `ingest.text_field`;
    it brings no id), and `keyed`: fields whose value is stored only as a keyed pseudonym (a patient reference)."""

    locator: int | None
    record: dict | None = None
    reason: str | None = None
    detail: str | None = None
    text_field: str | None = None
    keyed: tuple[str, ...] = ()


def _suffix(path: Path) -> str | None:
    name = path.name.lower()
    return next((s for s in sorted(SUPPORTED, key=len, reverse=True) if name.endswith(s)), None)


def source_name(path: Path) -> str:
    """File name without its data suffix: `notes.jsonl.gz` -> `notes`."""
    suffix = _suffix(path) or path.suffix
    return path.name[: len(path.name) - len(suffix)]


def to_uri(path: Path) -> str:
    """Posix path relative to the working directory when inside it, so runs on other clones match."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def _unchanged(value: str) -> str:
    return value


UNSUPPORTED = "unsupported file type"
HIDDEN = "hidden (name starts with '.')"
_OS_REASONS = {errno.ELOOP: "symlink loop", errno.ENOENT: "no such file or directory",
               errno.EACCES: "unreadable (permission denied)"}
_KINDS = {stat.S_IFIFO: "FIFO", stat.S_IFSOCK: "socket", stat.S_IFCHR: "character device", stat.S_IFBLK: "block device"}


def _os_reason(exc: OSError) -> str:
    return _OS_REASONS.get(exc.errno, f"unreadable ({exc.strerror or type(exc).__name__})")


def _not_input(path: Path) -> str | None:
    """Why `path` is not an input file, None when it is one: a readable regular file with a data suffix."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return "broken symlink" if exc.errno == errno.ENOENT and path.is_symlink() else _os_reason(exc)
    if not stat.S_ISREG(mode):
        return f"not a regular file ({_KINDS.get(stat.S_IFMT(mode), 'special file')})"
    if not _suffix(path):
        return UNSUPPORTED
    if not os.access(path, os.R_OK):
        return _OS_REASONS[errno.EACCES]
    return None


OWN_OUTPUT = "the run's own output directory"


def _walk(directory: Path, exclude: frozenset[Path]) -> Iterator[tuple[Path, str | None]]:
    """Every entry under `directory` with the reason it is not read (None for an input file). Hidden entries
    (.git, editor and OS droppings), symlinks to directories (loops) and the `exclude`d directories (the run's
    output, when it lies inside an input directory) are not entered. A directory that cannot be listed raises
    OSError for the top one, is an entry with its reason below it."""
    for entry in sorted(os.scandir(directory), key=lambda e: e.name):
        path = Path(entry.path)
        if entry.name.startswith("."):
            yield path, HIDDEN
        elif Path(os.path.realpath(path)) in exclude:  # realpath: a symlink loop is an entry, not an error
            yield path, OWN_OUTPUT
        elif entry.is_dir(follow_symlinks=False):
            try:
                yield from _walk(path, exclude)
            except OSError as exc:
                yield path, _os_reason(exc)
        elif entry.is_symlink() and path.is_dir():
            yield path, "symlink to a directory (not followed)"
        else:
            yield path, _not_input(path)


MANIFEST = "FHIR bulk-export manifest (the files it lists are read)"
MANIFEST_MISSING = "listed in a bulk-export manifest, but missing"
MANIFEST_OUTSIDE = "listed in a bulk-export manifest, but outside the input directory"


def _follow_manifests(entries: list[tuple[Path, str | None]], top: Path) -> list[tuple[Path, str | None]]:
    """`entries` with FHIR bulk-export manifests (a .json file, or `$export...`, holding `output: [{type, url}]`)
    named as such, and the files they list that are missing (or outside the directory read) added with their
    reason; the listed files that are there are input files already (NDJSON, read by content)."""
    from datalab.connectors import manifest_outputs

    out: list[tuple[Path, str | None]] = []
    for path, reason in entries:
        name = path.name.lower()
        listed = (manifest_outputs(path) if reason == UNSUPPORTED and (name.endswith(".json") or name.startswith("$export"))
                  else None)
        out.append((path, MANIFEST if listed is not None else reason))
        for item in listed or ():
            target = path.parent / item
            real = Path(os.path.realpath(target))
            if real != top and top not in real.parents:
                out.append((target, MANIFEST_OUTSIDE))
            elif not os.path.lexists(target):
                out.append((target, MANIFEST_MISSING))
    return out


def _input_files(path: Path, exclude: frozenset[Path], shown: str) -> tuple[list[Path], list[Skipped]]:
    """The input files a path names (itself, or what its directory holds) and what it skipped; a path that
    yields no input file raises DatalabError with the reason, naming the path as `shown`."""
    real = Path(os.path.realpath(path))
    if real in exclude or not exclude.isdisjoint(real.parents):
        raise DatalabError(f"{shown}: is, or lies inside, the run's own output directory")
    if not path.is_dir():
        reason = _not_input(path)
        if reason:
            expected = f" (expected one of {', '.join(SUPPORTED)})" if reason == UNSUPPORTED else ""
            raise DatalabError(f"{shown}: {reason}{expected}")
        return [path], []
    try:
        entries = list(_walk(path, exclude))
    except OSError as exc:
        raise DatalabError(f"{shown}: {_os_reason(exc)}") from None
    entries = _follow_manifests(entries, Path(os.path.realpath(path)))
    files = [p for p, reason in entries if reason is None]
    if not files:
        raise DatalabError(f"{shown}: no input files ({', '.join(SUPPORTED)})")
    return files, [Skipped((Path(to_uri(p.parent)) / p.name).as_posix(), r) for p, r in entries if r]


def scrubbed_uri(uri: str, scrub: Callable[[str], str]) -> str:
    """`uri` with each directory name and the file name (without its data suffix) passed through `scrub`."""
    *dirs, name = uri.split("/")
    suffix = _suffix(Path(name)) or ""
    stem = name[: len(name) - len(suffix)]
    return "/".join([*map(scrub, dirs), scrub(stem) + suffix])


def discover(inputs: Iterable[str | Path], scrub: Callable[[str], str] = _unchanged,
             exclude: Iterable[str | Path] = ()) -> Discovered:
    """Expand files and directories into sorted input files, and list what the directories held that is not
    read (see `_walk`) with a reason each, so nothing is left out silently. A path named directly must be an
    input file or a directory holding one, else DatalabError says why (no such file, FIFO, symlink loop, ...).
    Names in `uri`, `source`, skipped paths and error messages go through `scrub` (file names can hold
    personal data). `exclude`: directories never read (the run's own output)."""
    excluded = frozenset(Path(os.path.realpath(p)) for p in exclude)
    files: dict[str, InputFile] = {}
    skipped: dict[str, Skipped] = {}
    for item in inputs:
        found, left = _input_files(Path(item), excluded, scrubbed_uri(Path(item).as_posix(), scrub))
        skipped |= {s.path: Skipped(scrubbed_uri(s.path, scrub), s.reason) for s in left}
        for p in found:
            resolved = p.resolve()
            file = InputFile(path=str(resolved), uri=scrubbed_uri(to_uri(p), scrub), source=scrub(source_name(p)),
                             bytes=resolved.stat().st_size)
            if files.get(file.uri, file).path != file.path:  # pseudonyms are injective: only a bug gets here
                raise RuntimeError(f"{file.uri}: two input files have this name once pseudonymised")
            files[file.uri] = file
    return Discovered([files[k] for k in sorted(files)], [skipped[k] for k in sorted(skipped)])


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class _ZstdFrames(io.RawIOBase):
    """Decompressed bytes of a .zst file, frame after frame. zstandard's stream_reader ends quietly where a
    truncated file ends; this raises EOFError, as gzip does, when the file ends inside a frame. The input goes
    in 1 KiB at a time because one decompress call has no output bound: zstd expands at most about
    32,000-fold (RLE blocks), so a call yields at most 32 MiB."""

    def __init__(self, path: Path):
        self._file = open(path, "rb")
        self._frame = zstandard.ZstdDecompressor().decompressobj()
        self._in_frame = False
        self._out, self._pos = b"", 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while self._pos == len(self._out):
            data = self._file.read(1 << 10)
            if not data:
                if self._in_frame:
                    raise EOFError("zstd file ended inside a frame")
                return 0
            self._out, self._pos = self._decompress(data), 0
        n = min(len(buffer), len(self._out) - self._pos)
        buffer[:n] = self._out[self._pos:self._pos + n]
        self._pos += n
        return n

    def _decompress(self, data: bytes) -> bytes:
        """Output of `data`; where a frame ends, a fresh decompressor takes the rest (the next frame)."""
        out = []
        while data:
            out.append(self._frame.decompress(data))
            self._in_frame = not self._frame.eof
            if self._in_frame:
                break
            data, self._frame = self._frame.unused_data, zstandard.ZstdDecompressor().decompressobj()
        return b"".join(out)

    def close(self) -> None:
        self._file.close()
        super().close()


def _open_binary(path: Path) -> io.BufferedIOBase:
    name = path.name.lower()
    if name.endswith(".gz"):
        return gzip.open(path, "rb")
    if name.endswith(".zst"):
        return io.BufferedReader(_ZstdFrames(path))
    return open(path, "rb")


def _lines(fh: io.BufferedIOBase, limit: int) -> Iterator[bytes | None]:
    """Lines of a binary stream; a line over `limit` bytes comes as None, skipped in chunks, never held whole."""
    while line := fh.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = fh.readline(1 << 20)
            yield None
        else:
            yield line


_SURROGATE = re.compile("[\ud800-\udfff]")
#: The only source of lone surrogates in JSON: a \uD800-\uDFFF escape (a pair of them is fine, and checked exactly).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _valid_unicode(text: str) -> bool:
    """False for a string UTF-8 cannot encode: a lone surrogate, from a JSON escape or a CSV byte escaped."""
    return text.isascii() or not _SURROGATE.search(text)


def _strings(value: object) -> Iterator[str]:
    """Every string in a parsed value, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def _invalid_unicode_field(record: dict) -> str | None:
    """The field holding a string that is not valid Unicode, named by its top-level key (nested keys may be data);
    None when every string, keys included, is valid."""
    for key, value in record.items():
        if not all(map(_valid_unicode, _strings(key))):
            return "a field name"
        if not all(map(_valid_unicode, _strings(value))):
            return repr(key)
    return None


#: A JSON string (to its end, or the line's end when unterminated) or a bracket outside strings; linear.
_JSON_TOKENS = re.compile(r'"(?:[^"\\]+|\\.)*"?|[\[\]{}]', re.S)


def _nested_over(line: str, bound: int) -> bool:
    """Whether JSON text nests arrays/objects over `bound` levels, checked before json.loads recurses into
    them (RecursionError, or a crash where the recursion limit was raised). Few brackets need no scan."""
    if line.count("[") + line.count("{") <= bound:
        return False
    depth = 0
    for token in _JSON_TOKENS.finditer(line):
        first = token.group()[0]
        depth += 1 if first in "[{" else -1 if first in "]}" else 0
        if depth > bound:
            return True
    return False


def _json_record(lineno: int, raw: bytes | None, limit: int) -> RawRecord | None:
    """One JSON line as a record or a rejection; None for a blank line (blank lines separate records)."""
    if raw is None:
        return RawRecord(lineno, reason="record_too_large", detail=f"line over {limit} bytes")
    try:
        line = raw.decode("utf-8-sig")  # a BOM, where an editor put one, is not JSON
    except UnicodeDecodeError as exc:
        return RawRecord(lineno, reason="invalid_utf8", detail=f"invalid UTF-8 at byte {exc.start}")
    if not line.strip():
        return None
    if _nested_over(line, MAX_NESTING):
        return RawRecord(lineno, reason="too_deeply_nested", detail=f"arrays or objects nested over {MAX_NESTING} deep")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return RawRecord(lineno, reason="malformed_json", detail=f"{exc.msg}: column {exc.colno}")
    except ValueError as exc:  # an integer over Python's int_max_str_digits; the message names no digits
        return RawRecord(lineno, reason="malformed_json", detail=str(exc).split(":")[0])
    if not isinstance(record, dict):
        return RawRecord(lineno, reason="not_an_object", detail=f"JSON {type(record).__name__}, expected object")
    if _SURROGATE_ESCAPE.search(line) and (field := _invalid_unicode_field(record)):
        return RawRecord(lineno, reason="invalid_unicode", detail=f"invalid Unicode (lone surrogate) in {field}")
    return RawRecord(lineno, record=record)


def _jsonl(path: Path, max_record_bytes: int, start: int = 0, end: int | None = None,
           first_line: int = 1) -> Iterator[RawRecord]:
    """The records of lines `first_line`... from byte `start` (a line start) to `end` (a line start, or None)."""
    with _open_binary(path) as fh:
        if start:
            fh.seek(start)
        lines = _lines(fh, max_record_bytes)
        for lineno, raw in enumerate(lines if end is None else _until(fh, lines, end), start=first_line):
            if (record := _json_record(lineno, raw, max_record_bytes)) is not None:
                yield record


def _until(fh: io.BufferedIOBase, lines: Iterator[bytes | None], end: int) -> Iterator[bytes | None]:
    """`lines` of `fh` up to the line starting at byte `end`."""
    while fh.tell() < end and (line := next(lines, False)) is not False:
        yield line


def splittable(path: Path, max_record_bytes: int = MAX_RECORD_BYTES, reading: Reading = Reading()) -> bool:
    """Whether a file can be read in parts: uncompressed JSON Lines that is not a FHIR export (whose records
    refer to each other's manifests)."""
    from datalab.connectors import is_fhir

    return (reading.format in ("auto", "jsonl") and _suffix(path) in (".jsonl", ".ndjson")
            and (reading.format == "jsonl" or not is_fhir(path, max_record_bytes)))


def parts(file: InputFile, size: int, max_record_bytes: int = MAX_RECORD_BYTES) -> list[Part]:
    """`file` in parts of about `size` bytes, each starting at a line start (one scan for line ends, 1 MiB at
    a time); the whole file as one part unless it is `splittable` and larger than `size`."""
    path = Path(file.path)
    if file.bytes <= size or not splittable(path, max_record_bytes, file.reading):
        return [Part(file)]
    found, start, first_line, lines, offset = [], 0, 1, 0, 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            cut = max(start + size - offset, 0)  # where in this chunk the current part reaches its size
            while cut < len(chunk) and (newline := chunk.find(b"\n", cut)) >= 0:
                found.append(Part(file, start, offset + newline + 1, first_line))
                start, first_line = offset + newline + 1, lines + chunk.count(b"\n", 0, newline + 1) + 1
                cut = start + size - offset
            lines += chunk.count(b"\n")
            offset += len(chunk)
    if start < offset:
        found.append(Part(file, start, None, first_line))
    else:  # the file ends at a cut: its last part runs to the end
        found[-1] = Part(file, found[-1].start, None, found[-1].first_line)
    return found


class _Lines:
    """The lines of a text stream for csv.reader, numbered, with those of the record being parsed kept: when
    the record turns out malformed (a quote never closed swallows every line after it), its lines after the
    first are read again, as records of their own."""

    def __init__(self, text: Iterable[str]):
        self.source, self.again, self.record, self.number = iter(text), deque(), [], 0

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        line = self.again.popleft() if self.again else next(self.source)
        self.number += 1
        self.record.append(line)
        return line

    def start_record(self) -> int:
        """Forget the previous record's lines; the number of the line the next record starts on."""
        self.record = []
        return self.number + 1

    def reread_after_first(self) -> None:
        self.again.extendleft(reversed(self.record[1:]))
        self.number -= len(self.record) - 1


def _csv_rows(text: Iterable[str], delimiter: str = ",") -> Iterator[tuple[int, list[str] | csv.Error]]:
    """(line, row) of a CSV text, header first; a record the strict parser rejects comes as its error, and the
    lines it spanned after its first are parsed again."""
    lines = _Lines(text)
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    while True:
        start = lines.start_record()
        try:
            yield start, next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, exc
            lines.reread_after_first()


def _repeated(header: list[str]) -> str | None:
    return next((name for i, name in enumerate(header) if name in header[:i]), None)


def _csv_record(line: int, header: list[str], row: list[str] | csv.Error, limit: int) -> RawRecord:
    if isinstance(row, csv.Error):
        if "field limit" in str(row):
            return RawRecord(line, reason="record_too_large", detail=f"field over {limit} characters")
        return RawRecord(line, reason="malformed_csv", detail=f"csv.Error: {row}")
    if (name := _repeated(header)) is not None:
        return RawRecord(line, reason="malformed_csv", detail=f"the header names column {name!r} twice")
    if len(row) != len(header):
        return RawRecord(line, reason="malformed_csv", detail=f"{len(row)} fields, header has {len(header)}")
    record = {k: (v if v != "" else None) for k, v in zip(header, row)}
    if field := _invalid_unicode_field(record):
        return RawRecord(line, reason="invalid_utf8", detail=f"invalid UTF-8 in {field}")
    return RawRecord(line, record=record)


#: Delimiters tried on a CSV file whose source names none.
DELIMITERS = (",", ";", "\t", "|")
_SNIFF_BYTES = 1 << 16


def csv_dialect(path: Path, reading: Reading = Reading()) -> tuple[str, str]:
    """(encoding, delimiter) of a CSV or TSV file: the source's (`parser`), else found on its first 64 KiB.
    UTF-8 when they decode as such (a BOM is dropped); else the encoding charset_normalizer names (a
    spreadsheet's export in Windows-1252 or Latin-1). A tab for TSV; else the delimiter of , ; tab | that
    splits the first lines into one same number of fields, more than one (a comma when none does: one column)."""
    encoding, delimiter = reading.encoding, reading.delimiter
    if encoding is None or delimiter is None:
        try:
            with _open_binary(path) as fh:
                head = fh.read(_SNIFF_BYTES)
        except (OSError, EOFError, zstandard.ZstdError):  # the reader reports the broken file
            head = b""
        encoding = encoding or _encoding_of(head)
        if delimiter is None:
            tsv = reading.format == "tsv" or reading.format == "auto" and _suffix(path) in TSV_SUFFIXES
            delimiter = "\t" if tsv else _delimiter_of(head.decode(encoding, errors="replace"), len(head) == _SNIFF_BYTES)
    return encoding, delimiter


def _encoding_of(head: bytes) -> str:
    """UTF-8 unless the sample holds bytes invalid in it, more of them than valid UTF-8 letters beyond ASCII and
    at least one in a thousand (a stray bad byte in a UTF-8 file costs its row as invalid_utf8; a Latin-1 file's
    accented letters are everywhere)."""
    text = head.decode("utf-8", errors="surrogateescape")
    if len(head) == _SNIFF_BYTES:
        text = text[:-3]  # a character may be cut where the sample ends
    invalid = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    if invalid < max(1, len(head) / 1000) or invalid <= sum(1 for ch in text if ch > "\x7f") - invalid:
        return "utf-8-sig"
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    return best.encoding if best is not None else "utf-8-sig"


def _delimiter_of(text: str, cut: bool) -> str:
    lines = text.splitlines()[:50]
    if cut and len(lines) > 1:
        lines.pop()  # the sample ends inside it
    best, chosen = (0.0, 1), ","
    for delimiter in DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        if widths and widths[0] > 1:
            score = (sum(w == widths[0] for w in widths) / len(widths), widths[0])
            if score > best:
                best, chosen = score, delimiter
    return chosen


def _csv(path: Path, max_record_bytes: int, reading: Reading = Reading()) -> Iterator[RawRecord]:
    """CSV or TSV with a header row, in the encoding and with the delimiter of `csv_dialect`. Bytes invalid in
    that encoding are decoded as lone surrogates (surrogateescape), so one costs its row, not the rest of the
    file. The csv module's field limit, process-wide, is set to
    `max_record_bytes`; a field over it costs its row, and where that field was quoted over several lines, the
    rest of it is read as rows of its own (malformed_csv, mostly). Parsing is strict: a quote that is never
    closed, or text after a closing quote, makes its record malformed_csv, and the lines after its first are
    read again as records (`_csv_rows`). A header naming a column twice makes every row malformed_csv: which
    of the two is the text cannot be told."""
    csv.field_size_limit(max_record_bytes)
    encoding, delimiter = csv_dialect(path, reading)
    with (_open_binary(path) as fh,
          io.TextIOWrapper(fh, encoding=encoding, errors="surrogateescape", newline="") as text):
        rows = _csv_rows(text, delimiter)
        first = next(rows, None)
        if first is None:
            return
        line, header = first
        if isinstance(header, csv.Error):
            yield _csv_record(line, [], header, max_record_bytes)
            return
        for line, row in rows:
            yield _csv_record(line, header, row, max_record_bytes)


def _parquet(path: Path) -> Iterator[RawRecord]:
    """Rows as records; where the file names a column twice, every row is malformed_parquet (which of the two
    is the text cannot be told)."""
    file = pq.ParquetFile(path)
    repeated = _repeated(file.schema_arrow.names)
    row = 0
    for batch in file.iter_batches(batch_size=1024):
        for record in batch.to_pylist() if repeated is None else [None] * batch.num_rows:
            row += 1
            yield (RawRecord(row, record=record) if repeated is None else
                   RawRecord(row, reason="malformed_parquet", detail=f"the file names column {repeated!r} twice"))


def file_format(path: Path, max_record_bytes: int = MAX_RECORD_BYTES, reading: Reading = Reading()) -> str:
    """The reader of a file: its source's `format`, else by suffix, and FHIR NDJSON by its `resourceType` records."""
    from datalab.connectors import is_fhir

    if reading.format != "auto":
        return reading.format
    suffix = _suffix(path)
    for fmt, suffixes in (("parquet", PARQUET_SUFFIXES), ("text", TEXT_SUFFIXES), ("html", HTML_SUFFIXES),
                          ("pdf", PDF_SUFFIXES), ("warc", WARC_SUFFIXES), ("csv", CSV_SUFFIXES), ("tsv", TSV_SUFFIXES)):
        if suffix in suffixes:
            return fmt
    return "fhir" if is_fhir(path, max_record_bytes) else "jsonl"


def read_raw(path: str | Path, max_record_bytes: int = MAX_RECORD_BYTES, part: Part | None = None,
             reading: Reading = Reading()) -> Iterator[RawRecord]:
    """Every record of a file (or of one `Part` of it), parsed or with its rejection reason; never raises on bad
    content. `reading`: the source's format and parser options."""
    from datalab import connectors

    path = Path(path)
    if part is not None and (part.start or part.end is not None):
        yield from _checked(_jsonl(path, max_record_bytes, part.start, part.end, part.first_line), part.first_line - 1)
        return
    readers = {"parquet": lambda: _parquet(path), "text": lambda: connectors.plain_text(path),
               "html": lambda: connectors.html_file(path), "pdf": lambda: connectors.pdf(path),
               "warc": lambda: connectors.warc(path), "csv": lambda: _csv(path, max_record_bytes, reading),
               "tsv": lambda: _csv(path, max_record_bytes, reading),
               "fhir": lambda: connectors.fhir(path, max_record_bytes), "jsonl": lambda: _jsonl(path, max_record_bytes)}
    yield from _checked(readers[file_format(path, max_record_bytes, reading)]())


def _checked(records: Iterator[RawRecord], before: int = 0) -> Iterator[RawRecord]:
    """`records` (which start after line `before`), then a ledger row naming where the file broke, if it breaks
    half-way."""
    last = before
    try:
        for raw in records:
            last = raw.locator or last
            yield raw
    except (OSError, EOFError, ValueError, zstandard.ZstdError, csv.Error, pa.ArrowException) as exc:
        # The message of these errors names offsets and formats, not content; keep only its class and first line.
        message = str(exc).splitlines()[0][:160] if str(exc) else ""
        yield RawRecord(last + 1 if last else None, reason="unreadable_file", detail=f"{type(exc).__name__}: {message}")


def derived_id(uri: str, locator: int | None) -> str:
    """Stable id for records without one: same file path and position, same id."""
    return hashlib.sha256(f"{uri}:{locator}".encode()).hexdigest()[:20]


def _finite(value: object) -> object:
    """`value` with its non-finite floats (NaN, Infinity) as None: JSON has none, though json.loads accepts them
    and Parquet floats hold them."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def _to_json(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str, allow_nan=False)


def _scrub_keys(value: object, scrub: Callable[[str], str]) -> object:
    """`value` with every object key passed through `scrub` (keys name a record's fields, and can be data)."""
    if isinstance(value, dict):
        return {scrub(k): _scrub_keys(v, scrub) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub_keys(v, scrub) for v in value]
    return value


def _metadata(record: dict, skip: tuple[str, str], scrub: Callable[[str], str]) -> str | None:
    """The other fields as a JSON object with sorted keys, keys scrubbed; always valid JSON: non-finite floats
    become null."""
    extra = {k: v for k, v in record.items() if k not in skip}
    if not extra:
        return None
    extra = _scrub_keys(extra, scrub)
    try:
        return _to_json(extra)
    except ValueError:  # a non-finite float: rare, so only then walked
        return _to_json(_finite(extra))


def _own_id(value: object) -> str | None:
    """The id a record brings, typed consistently: a string as it is, an integer (not a bool) in decimal. None
    when it brings none (null, '': one is derived) or one `_check_record` rejects."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _check_record(record: dict, text_field: str, id_field: str) -> tuple[str | None, str | None]:
    """(reason, detail) when the record cannot be curated, else (None, None)."""
    rec_id = record.get(id_field) if id_field else None
    if rec_id is not None and not isinstance(rec_id, str) and _own_id(rec_id) is None:
        return "invalid_id", f"'{id_field}' is {type(rec_id).__name__}, expected string or integer"
    if text_field not in record or record[text_field] is None:
        return "missing_text", f"no '{text_field}' field"
    value = record[text_field]
    if not isinstance(value, str):
        return "text_not_string", f"'{text_field}' is {type(value).__name__}"
    if not value.strip():
        return "empty_text", f"'{text_field}' is empty"
    return None, None


def verdict(raw: RawRecord, text_field: str, id_field: str) -> tuple[str | None, str | None, str | None]:
    """(reason, detail) when a record read cannot become a document, else (None, None); and the id it brings."""
    if raw.record is None:
        return raw.reason, raw.detail, None
    if raw.text_field:  # a connector's record: its own text field, no id
        return *_check_record(raw.record, raw.text_field, None), None
    return *_check_record(raw.record, text_field, id_field), _own_id(raw.record.get(id_field))


class BatchBuilder:
    """Collects documents and ingest rejections of one file into Arrow tables of `batch_size` rows, or fewer
    documents holding `batch_chars` characters of text. Ids and
    metadata keys go through `scrub` (`IdentifierScrubber.scrub`: personal data in them becomes a pseudonym),
    the values of a record's `keyed` fields through `keyed` (`IdentifierScrubber.keyed`: the whole value as a
    keyed pseudonym); text is repaired (`connectors.repair_text`) and the repairs counted in `stats.ingest`;
    `taken` maps the locators of records whose id an earlier record has to the ledger detail
    (`datalab.ids.duplicate_ids`); `erased`: the sector's erasures (`datalab.erasures`), whose records go to the
    ledger as `erased`."""

    def __init__(self, file: InputFile, sector: str, run_id: str, batch_size: int,
                 scrub: Callable[[str], str] = _unchanged, taken: dict[int, str] | None = None, batch_chars: int = BATCH_CHARS,
                 keyed: Callable[[str], str] | None = None, erased: Applied = NONE):
        self.file, self.sector, self.run_id, self.batch_size, self.scrub = file, sector, run_id, batch_size, scrub
        self.erased = erased
        self.keyed = keyed or unkeyed_pseudonym
        self.taken, self.batch_chars, self.chars = taken or {}, batch_chars, 0
        self.docs: list[dict] = []
        self.rejects: list[dict] = []

    def add(self, raw: RawRecord, text_field: str, id_field: str) -> None:
        reason, detail, own = verdict(raw, text_field, id_field)
        if not reason and raw.locator in self.taken:
            reason, detail = "duplicate_id", self.taken[raw.locator]
        rec_id = self.scrub(own) if own else derived_id(self.file.uri, raw.locator)
        if not reason and (why := self.erased.reason(rec_id, self.file.source)):
            reason, detail = "erased", why
        row = {"id": rec_id, "locator": raw.locator, "part": 0}
        record = raw.record
        if reason:
            self.rejects.append(row | {"reason": reason, "detail": detail})
        else:
            from datalab.connectors import repair_text

            field = raw.text_field or text_field
            text, fixes = repair_text(record[field])
            if raw.keyed:
                record = record | {k: self.keyed(str(record[k])) for k in raw.keyed if record.get(k) is not None}
            self.chars += len(text)
            skip = (field, None if raw.text_field else id_field)
            self.docs.append(row | {"text": text, "metadata": _metadata(record, skip, self.scrub),
                                    "stats": {"ingest": {"fixes": fixes}}})

    def full(self) -> bool:
        return len(self.docs) >= self.batch_size or len(self.rejects) >= self.batch_size or self.chars >= self.batch_chars

    def flush(self) -> Iterator[tuple[str, pa.Table]]:
        common = {"sector": self.sector, "source": self.file.source, "source_uri": self.file.uri, "run_id": self.run_id}
        if self.docs:
            yield "docs", documents_table([d | common for d in self.docs])
        if self.rejects:
            n = len(self.rejects)
            base = pa.table(
                {"id": [r["id"] for r in self.rejects],
                 "locator": pa.array([r["locator"] for r in self.rejects], pa.int64()),
                 "part": pa.array([0] * n, pa.int64()),
                 **{k: [v] * n for k, v in common.items()}}
            )
            reasons = [r["reason"] for r in self.rejects]
            yield "rejected", ledger_from(base, "ingest", reasons, [r["detail"] for r in self.rejects])
        self.docs, self.rejects, self.chars = [], [], 0


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def documents_table(rows: list[dict]) -> pa.Table:
    """Document batch from dicts; columns later stages fill (lang, pii, stats of each stage, ...) start as nulls."""
    return pa.Table.from_pylist([{"text_sha256": text_sha256(r["text"]), "stats": {}, **r} for r in rows], schema=document_schema())


def unkeyed_pseudonym(value: str) -> str:
    """A pseudonym for callers without the lab's key (tests, ad-hoc reads): `pseudonym` under a fixed key, stable
    across runs. Runs pass `IdentifierScrubber.keyed`, which is keyed with the lab's secret."""
    from datalab.stages.pii.identifiers import pseudonym

    return pseudonym(b"datalab-unkeyed", "KEY", value, exact=True)


def read_batches(file: InputFile | Part, sector: str, run_id: str, batch_size: int = 500, text_field: str = "text",
                 id_field: str = "id", max_record_bytes: int = MAX_RECORD_BYTES, scrub: Callable[[str], str] = _unchanged,
                 taken: dict[int, str] | None = None, batch_chars: int = BATCH_CHARS,
                 keyed: Callable[[str], str] | None = None, erased: Applied = NONE) -> Iterator[tuple[str, pa.Table | int]]:
    """Yield ("docs", table) and ("rejected", table) for one file or `Part` of one, then ("count", records)."""
    part = file if isinstance(file, Part) else Part(file)
    builder = BatchBuilder(part.file, sector, run_id, batch_size, scrub, taken, batch_chars, keyed, erased)
    count = 0
    for raw in read_raw(part.file.path, max_record_bytes, part, part.file.reading):
        count += 1
        builder.add(raw, text_field, id_field)
        if builder.full():
            yield from builder.flush()
    yield from builder.flush()
    yield "count", count
