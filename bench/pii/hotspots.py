"""Where the PII stage spends its time: cProfile of `PiiScrubber.scrub` on a slice of the man-page corpus.

    python bench/pii/hotspots.py /work/corpus/manpages.jsonl [--mb 2] [--top 30]

Takes every third page until `--mb` MB, labels them with the langid stage as `datalab curate` does, runs the
stage once to load its models, then profiles one pass and prints MB/s and the top functions by cumulative
time. The lab's params.yaml (global sections).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import time
from pathlib import Path

from datalab.config import load_params
from datalab.stages.langid import LangId
from datalab.stages.pii import PiiScrubber

REPO = Path(__file__).resolve().parents[2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    params = load_params(REPO / "params.yaml")
    texts, size = [], 0
    with open(args.corpus, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % 3 == 0 and size < args.mb * 1e6:
                texts.append(json.loads(line)["text"])
                size += len(texts[-1].encode())
    langs, _ = LangId(params.langid).predict(texts)
    stage = PiiScrubber(params.pii)
    stage.scrub(texts[:20], langs[:20])  # models and compiled patterns, once per worker
    profile = cProfile.Profile()
    start = time.perf_counter()
    profile.enable()
    stage.scrub(texts, langs)
    profile.disable()
    seconds = time.perf_counter() - start
    print(f"{size / 1e6:.2f} MB, {len(texts)} pages in {seconds:.1f} s: {size / 1e6 / seconds:.3f} MB/s (with the profiler on)")
    pstats.Stats(profile).sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
