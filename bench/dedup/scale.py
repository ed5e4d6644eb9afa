"""Dedup throughput and peak RSS at 1x, 4x, 16x ... the size of an evaluation set, side by side with datatrove.

    python bench/dedup/scale.py EVAL.jsonl [--factors 1 4 16] [--datatrove-factors 1 4] [--workdir DIR]

Replica r > 0 of EVAL.jsonl is the same documents with new ids and a seeded, replica-wide rewrite of one
word type in three (the word gets a replica suffix; see `rewrite`). Within a replica every document is rewritten the same
way, so its duplicate structure is the original's; across replicas almost every 5-gram differs (J ~ 0.1),
so the N x set has N times the documents and N times the duplicate clusters, as a growing corpus would.
Each run is a child process (`evaluate.run_child`): wall time includes process start-up, RSS is its peak.
datalab runs with evaluate.py's parameters (`Params()` defaults, threshold 0.8).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate import run_child  # noqa: E402


_WORD = re.compile(r"[^\W_]+")


def rewrite(text: str, replica: int) -> str:
    """One word type in three (by its case-folded form, so case and punctuation variants stay variants) gets
    the replica's suffix; deterministic per word and replica."""
    if replica == 0:
        return text
    salt = f"#{replica}".encode()
    suffix = f"q{replica}"
    return _WORD.sub(lambda m: m.group() + suffix if zlib.crc32(m.group().casefold().encode() + salt) % 3 == 0 else m.group(), text)


def build(eval_path: Path, factor: int, out: Path) -> Path:
    path = out / f"scaled-{factor}x.jsonl"
    if path.exists():
        return path
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as dst:
        for replica in range(factor):
            with open(eval_path, encoding="utf-8") as src:
                for line in src:
                    rec = json.loads(line)
                    rec["id"] = f"{rec['id']}~{replica}" if replica else rec["id"]
                    rec["text"] = rewrite(rec["text"], replica)
                    dst.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    return path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("eval", type=Path)
    ap.add_argument("--factors", type=int, nargs="*", default=[1, 4, 16])
    ap.add_argument("--datatrove-factors", type=int, nargs="*", default=[1, 4])
    ap.add_argument("--tasks", type=int, default=os.cpu_count() or 2, help="datatrove tasks/workers")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/dedup-scale"))
    args = ap.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    rows = []
    for factor in sorted(set(args.factors) | set(args.datatrove_factors)):
        data = build(args.eval.resolve(), factor, args.workdir)
        mb = data.stat().st_size / 1e6
        docs = sum(1 for _ in open(data, encoding="utf-8"))
        systems = (["datalab"] if factor in args.factors else []) + (["datatrove"] if factor in args.datatrove_factors else [])
        for system in systems:
            out = args.workdir / f"{system}-{factor}x"
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()
            wall, rss, rc = run_child(["--worker", system, str(data), str(out), "0.8" if system == "datalab" else str(args.tasks)])
            removed = len(json.load(open(out / "result.json"))["removed"]) if rc == 0 else -1
            rows.append((system, factor, docs, mb, wall, rss, removed, rc))
            print(f"{system} {factor}x: {mb:.1f} MB, {wall:.1f} s, {mb / wall:.2f} MB/s, peak RSS {rss:.0f} MB, removed {removed}"
                  + (f" (exit {rc})" if rc else ""), flush=True)
            shutil.rmtree(out, ignore_errors=True)
    print("\n| system | size | docs | MB | wall s | MB/s | peak RSS MB | removed |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for system, factor, docs, mb, wall, rss, removed, rc in rows:
        print(f"| {system} | {factor}x | {docs} | {mb:.1f} | {wall:.1f} | {mb / wall:.2f} | {rss:.0f} | {removed} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
