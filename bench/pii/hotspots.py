"""Where the PII stage spends its time: cProfile of `PiiScrubber.scrub` on a slice of the man-page corpus.

    python bench/pii/hotspots.py /work/corpus/manpages.jsonl [--mb 2] [--top 30]

Takes `--mb` MB of pages spread over the corpus (`evaluate.load_jsonl`), labels them with the langid stage as `datalab curate` does, runs the
stage once to load its models, then profiles one pass and prints MB/s and the top functions by cumulative
time. The lab's params.yaml (global sections).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from pathlib import Path

from evaluate import load_jsonl  # bench/pii/evaluate.py, beside this script

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
    texts = [doc["text"] for doc in load_jsonl(args.corpus, int(args.mb * 1e6))]
    size = sum(len(text.encode()) for text in texts)
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
