import csv
import gzip
import json
import os
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DVC_NO_ANALYTICS", "1")
for var, value in (("GIT_AUTHOR_NAME", "datalab tests"), ("GIT_AUTHOR_EMAIL", "tests@datalab.invalid"),
                   ("GIT_COMMITTER_NAME", "datalab tests"), ("GIT_COMMITTER_EMAIL", "tests@datalab.invalid")):
    os.environ.setdefault(var, value)

REPO = Path(__file__).resolve().parent.parent


def write_jsonl(path: Path, records: list, compress: bool = False) -> Path:
    """Records as JSON lines; a str item is written verbatim (for malformed lines)."""
    lines = "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)
    path.parent.mkdir(parents=True, exist_ok=True)
    if compress:
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            fh.write(lines)
    else:
        path.write_text(lines, encoding="utf-8")
    return path


def collect(path: Path, batch_size: int = 500) -> tuple[list[dict], list[dict], int | None]:
    """(documents, ledger rows, records counted) of one input file, through `discover` and `read_batches`."""
    from datalab.readers import discover, read_batches

    docs, rejected, count = [], [], None
    (file,) = discover([path]).files
    for kind, value in read_batches(file, "health", "run", batch_size):
        if kind == "docs":
            docs += value.to_pylist()
        elif kind == "rejected":
            rejected += value.to_pylist()
        else:
            count = value
    return docs, rejected, count


def read_dir(directory: Path) -> pa.Table:
    """All shards of a documents/ or rejected/ directory, in file order."""
    return pa.concat_tables([pq.read_table(p) for p in sorted(Path(directory).glob("part-*.parquet"))])


def count_records(path: Path) -> int:
    """Records of an input file, counted here rather than by datalab: non-blank JSON lines (plain or .gz),
    CSV rows after the header, Parquet rows."""
    path = Path(path)
    if path.suffix == ".parquet":
        return pq.read_metadata(path).num_rows
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as fh:
        return sum(1 for _ in csv.DictReader(fh)) if ".csv" in path.suffixes else sum(1 for line in fh if line.strip())


def records_out(out: Path) -> Counter:
    """Input records an output accounts for, by input file name: documents and ledger rows by (source_uri,
    locator), so the parts of a split record count once."""
    keys = set()
    for kind in ("documents", "rejected"):
        table = read_dir(Path(out) / kind)
        keys |= set(zip(table.column("source_uri").to_pylist(), table.column("locator").to_pylist()))
    return Counter(uri.rsplit("/", 1)[-1] for uri, _ in keys)


@pytest.fixture
def s3_server(monkeypatch):
    """A real S3-compatible server on localhost (moto in server mode), empty; credentials in the environment
    (subprocesses inherit them)."""
    import socket

    import boto3
    from moto.server import ThreadedMotoServer

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    server.start()
    for var, value in (("AWS_ACCESS_KEY_ID", "testing"), ("AWS_SECRET_ACCESS_KEY", "testing"), ("AWS_DEFAULT_REGION", "eu-west-1")):
        monkeypatch.setenv(var, value)
    endpoint = f"http://127.0.0.1:{port}"
    yield {"client": boto3.client("s3", endpoint_url=endpoint, region_name="eu-west-1"), "endpoint": endpoint}
    server.stop()
