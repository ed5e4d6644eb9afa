"""Readers: JSON Lines (plain, .gz, .zst), CSV and Parquet files into Arrow document batches.

Every record a file holds comes out either in a document batch or as a ledger row with stage
`ingest` and a reason; a file that breaks half-way keeps what was read and adds an
`unreadable_file` row at the line where it broke.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import zstandard

from datalab.errors import DatalabError
from datalab.schema import document_schema, ledger_from

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst")
CSV_SUFFIXES = (".csv", ".csv.gz", ".csv.zst")
PARQUET_SUFFIXES = (".parquet",)
SUPPORTED = JSONL_SUFFIXES + CSV_SUFFIXES + PARQUET_SUFFIXES


@dataclass(frozen=True)
class InputFile:
    """One input file as the manifest and the ledger name it."""

    path: str
    uri: str
    source: str
    bytes: int


@dataclass(frozen=True)
class RawRecord:
    """A record as read: `record` is set when it parsed, else `reason`/`detail` say why not."""

    locator: int | None
    record: dict | None = None
    reason: str | None = None
    detail: str | None = None


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


def discover(inputs: Iterable[str | Path]) -> list[InputFile]:
    """Expand files and directories into a sorted list of supported input files."""
    found: dict[str, InputFile] = {}
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            candidates = [p for p in sorted(path.rglob("*")) if p.is_file() and _suffix(p)]
            if not candidates:
                raise DatalabError(f"{path}: no input files ({', '.join(SUPPORTED)})")
        elif path.is_file():
            if not _suffix(path):
                raise DatalabError(f"{path}: unsupported file type (expected one of {', '.join(SUPPORTED)})")
            candidates = [path]
        else:
            raise DatalabError(f"{path}: no such file or directory")
        for p in candidates:
            uri = to_uri(p)
            found[uri] = InputFile(path=str(p), uri=uri, source=source_name(p), bytes=p.stat().st_size)
    return [found[k] for k in sorted(found)]


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _open_binary(path: Path) -> io.BufferedIOBase:
    name = path.name.lower()
    if name.endswith(".gz"):
        return gzip.open(path, "rb")
    if name.endswith(".zst"):
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(open(path, "rb"), closefd=True))
    return open(path, "rb")


def _jsonl(path: Path) -> Iterator[RawRecord]:
    with _open_binary(path) as fh:
        for lineno, raw in enumerate(fh, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield RawRecord(lineno, reason="invalid_utf8", detail=f"invalid UTF-8 at byte {exc.start}")
                continue
            if not line.strip():
                continue  # blank lines separate records; they are not records
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield RawRecord(lineno, reason="malformed_json", detail=f"{exc.msg}: column {exc.colno}")
                continue
            if not isinstance(record, dict):
                yield RawRecord(lineno, reason="not_an_object", detail=f"JSON {type(record).__name__}, expected object")
                continue
            yield RawRecord(lineno, record=record)


def _csv(path: Path) -> Iterator[RawRecord]:
    with _open_binary(path) as fh, io.TextIOWrapper(fh, encoding="utf-8", newline="") as text:
        reader = csv.reader(text)
        header = next(reader, None)
        if header is None:
            return
        start = reader.line_num + 1
        for row in reader:
            if len(row) != len(header):
                yield RawRecord(start, reason="malformed_csv", detail=f"{len(row)} fields, header has {len(header)}")
            else:
                yield RawRecord(start, record={k: (v if v != "" else None) for k, v in zip(header, row)})
            start = reader.line_num + 1


def _parquet(path: Path) -> Iterator[RawRecord]:
    row = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=1024):
        for record in batch.to_pylist():
            row += 1
            yield RawRecord(row, record=record)


def read_raw(path: str | Path) -> Iterator[RawRecord]:
    """Every record of a file, parsed or with its rejection reason; never raises on bad content."""
    path = Path(path)
    suffix = _suffix(path)
    reader = _parquet if suffix in PARQUET_SUFFIXES else _csv if suffix in CSV_SUFFIXES else _jsonl
    last = 0
    try:
        for raw in reader(path):
            last = raw.locator or last
            yield raw
    except (OSError, EOFError, ValueError, zstandard.ZstdError, csv.Error, pa.ArrowException) as exc:
        # The message of these errors names offsets and formats, not content; keep only its class and first line.
        message = str(exc).splitlines()[0][:160] if str(exc) else ""
        yield RawRecord(last + 1 if last else None, reason="unreadable_file", detail=f"{type(exc).__name__}: {message}")


def derived_id(uri: str, locator: int | None) -> str:
    """Stable id for records without one: same file path and position, same id."""
    return hashlib.sha256(f"{uri}:{locator}".encode()).hexdigest()[:20]


def _metadata(record: dict, skip: tuple[str, str]) -> str | None:
    extra = {k: v for k, v in record.items() if k not in skip}
    return json.dumps(extra, sort_keys=True, ensure_ascii=False, default=str) if extra else None


def _check_text(record: dict, text_field: str) -> tuple[str | None, str | None]:
    """(reason, detail) when the record's text cannot be curated, else (None, None)."""
    if text_field not in record or record[text_field] is None:
        return "missing_text", f"no '{text_field}' field"
    value = record[text_field]
    if not isinstance(value, str):
        return "text_not_string", f"'{text_field}' is {type(value).__name__}"
    if not value.strip():
        return "empty_text", f"'{text_field}' is empty"
    return None, None


class BatchBuilder:
    """Collects documents and ingest rejections of one file into Arrow tables of `batch_size` rows."""

    def __init__(self, file: InputFile, sector: str, run_id: str, batch_size: int):
        self.file, self.sector, self.run_id, self.batch_size = file, sector, run_id, batch_size
        self.docs: list[dict] = []
        self.rejects: list[dict] = []

    def add(self, raw: RawRecord, text_field: str, id_field: str) -> None:
        record = raw.record
        reason, detail = (raw.reason, raw.detail) if record is None else _check_text(record, text_field)
        rec_id = record.get(id_field) if record else None
        rec_id = str(rec_id) if rec_id not in (None, "") else derived_id(self.file.uri, raw.locator)
        row = {"id": rec_id, "locator": raw.locator, "part": 0}
        if reason:
            self.rejects.append(row | {"reason": reason, "detail": detail})
        else:
            text = record[text_field]
            self.docs.append(row | {"text": text, "metadata": _metadata(record, (text_field, id_field))})

    def full(self) -> bool:
        return len(self.docs) >= self.batch_size or len(self.rejects) >= self.batch_size

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
        self.docs, self.rejects = [], []


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def documents_table(rows: list[dict]) -> pa.Table:
    """Document batch from dicts; columns later stages fill (lang, pii, ...) start as nulls."""
    return pa.Table.from_pylist([{"text_sha256": text_sha256(r["text"]), **r} for r in rows], schema=document_schema())


def read_batches(file: InputFile, sector: str, run_id: str, batch_size: int = 500,
                 text_field: str = "text", id_field: str = "id") -> Iterator[tuple[str, pa.Table | int]]:
    """Yield ("docs", table) and ("rejected", table) for one file, then ("count", records)."""
    builder = BatchBuilder(file, sector, run_id, batch_size)
    count = 0
    for raw in read_raw(file.path):
        count += 1
        builder.add(raw, text_field, id_field)
        if builder.full():
            yield from builder.flush()
    yield from builder.flush()
    yield "count", count
