import gzip
import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

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


def read_dir(directory: Path) -> pa.Table:
    """All shards of a documents/ or rejected/ directory, in file order."""
    return pa.concat_tables([pq.read_table(p) for p in sorted(Path(directory).glob("part-*.parquet"))])
