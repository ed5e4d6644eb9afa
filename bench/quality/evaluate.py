"""Quality filters: accuracy on a labelled keep/drop set, share dropped per filter on the bundled sector
samples and on the man-page corpus, and the stage's throughput.

    python bench/quality/evaluate.py [--corpus /work/corpus/manpages.jsonl] [--params params.yaml]

* bench/quality/labelled.jsonl: {sector, lang, label: keep|drop, reason?, text}; realistic terse sector
  documents in 14 languages (keep) and web junk (drop). Each is checked with its sector's parameters.
* Samples: `datalab curate data/samples/<sector> --stages langid,quality` per sector, shares from the
  manifest (of the records that reached the quality stage).
* Corpus: every man page with its corpus language and the default parameters; MB/s is the quality check
  alone, single process.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter
from pathlib import Path

from datalab.config import load_params
from datalab.curate import curate
from datalab.stages.quality import check

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


def labelled(params) -> None:
    rows = [json.loads(line) for line in open(HERE / "labelled.jsonl", encoding="utf-8")]
    confusion, misses = Counter(), []
    for r in rows:
        verdict = check(r["text"], r["lang"], params.for_sector(r["sector"]).quality)
        got = "keep" if verdict is None else "drop"
        confusion[(r["label"], got)] += 1
        if got != r["label"] or (verdict and r.get("reason") and verdict[0] != r["reason"]):
            misses.append((r["sector"], r["lang"], r["label"], r.get("reason"), verdict))
    right = confusion[("keep", "keep")] + confusion[("drop", "drop")]
    print(f"labelled set: {len(rows)} documents ({sum(r['label'] == 'keep' for r in rows)} keep, "
          f"{sum(r['label'] == 'drop' for r in rows)} drop), {len({r['lang'] for r in rows})} languages")
    print(f"accuracy {right / len(rows):.3f}; keep kept {confusion[('keep', 'keep')]}/{confusion[('keep', 'keep')] + confusion[('keep', 'drop')]}, "
          f"drop dropped {confusion[('drop', 'drop')]}/{confusion[('drop', 'drop')] + confusion[('drop', 'keep')]}")
    for m in misses:
        print("  miss or other reason:", m)


def samples(params_path: Path) -> None:
    print("\n| sector | records at quality | dropped | by filter |\n|---|---:|---:|---|")
    for sector in load_params(params_path).sectors:
        with tempfile.TemporaryDirectory() as out:
            m = curate([REPO / "data" / "samples" / sector], out, sector=sector, stages="langid,quality", params=params_path)
        by_stage = m["counts"]["rejected_by_stage"]
        reached = m["counts"]["records_in"] - sum(sum(by_stage.get(s, {}).values()) for s in ("ingest", "langid"))
        quality = by_stage.get("quality", {})
        shares = ", ".join(f"{k} {v} ({v / reached:.1%})" for k, v in sorted(quality.items())) or "none"
        print(f"| {sector} | {reached} | {sum(quality.values())} ({sum(quality.values()) / reached:.1%}) | {shares} |")


def corpus(path: Path, params) -> None:
    texts = [(r["text"], r.get("lang")) for r in map(json.loads, open(path, encoding="utf-8"))]
    mb = sum(len(t.encode("utf-8")) for t, _ in texts) / 1e6
    t0 = time.perf_counter()
    reasons = Counter(v[0] for v in (check(t, lang, params.quality) for t, lang in texts) if v)
    seconds = time.perf_counter() - t0
    print(f"\nman-page corpus: {len(texts)} documents, {mb:.1f} MB, quality check {seconds:.1f} s = {mb / seconds:.1f} MB/s "
          f"(one core); dropped {sum(reasons.values())} ({sum(reasons.values()) / len(texts):.1%})")
    for reason, n in reasons.most_common():
        print(f"  {reason}: {n} ({n / len(texts):.2%})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=Path("/work/corpus/manpages.jsonl"))
    ap.add_argument("--params", type=Path, default=REPO / "params.yaml")
    args = ap.parse_args()
    params = load_params(args.params)
    labelled(params)
    samples(args.params)
    if args.corpus.exists():
        corpus(args.corpus, params)


if __name__ == "__main__":
    main()
