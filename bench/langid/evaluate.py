"""Language-ID accuracy per language on real snippets, paragraphs and mixed documents.

    python bench/langid/make_eval.py /work/corpus/langid_eval.jsonl
    python bench/langid/evaluate.py /work/corpus/langid_eval.jsonl [--params params.yaml]

Runs the `langid` stage (`LangId.predict`, parameters from params.yaml) on every item and prints, per
kind (snippet: a UI message of 40-100 characters; sentence: a man-page sentence of 40-100; paragraph 200+), top-1 accuracy per language, the most frequent
confusions, the share of paragraphs the stage keeps (its language allowed, or `und` kept), and for mixed
documents whether per-paragraph detection (`LangId.shares`) finds the two languages. MB/s is the stage alone, one core.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from pathlib import Path

from datalab.config import load_params
from datalab.stages.langid import UNDETERMINED, LangId

REPO = Path(__file__).resolve().parents[2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("eval", type=Path)
    ap.add_argument("--params", type=Path, default=REPO / "params.yaml")
    args = ap.parse_args()
    config = load_params(args.params).langid
    items = [json.loads(line) for line in open(args.eval, encoding="utf-8")]
    stage = LangId(config)
    stage.setup()
    t0 = time.perf_counter()
    langs, _ = stage.predict([i["text"] for i in items])
    seconds = time.perf_counter() - t0
    mb = sum(len(i["text"].encode("utf-8")) for i in items) / 1e6
    print(f"{len(items)} items, {mb:.2f} MB, langid {seconds:.1f} s = {mb / seconds:.2f} MB/s\n")
    allowed = set(config.allowed)
    for kind in ("snippet", "sentence", "paragraph"):
        right, total, confusion = defaultdict(int), defaultdict(int), Counter()
        kept = in_lang = 0
        for item, got in zip(items, langs):
            if item["kind"] != kind:
                continue
            total[item["lang"]] += 1
            right[item["lang"]] += got == item["lang"]
            if got != item["lang"]:
                confusion[(item["lang"], got)] += 1
            in_lang += 1
            kept += got in allowed or (got == UNDETERMINED and config.on_uncertain == "keep")
        n = sum(total.values())
        print(f"## {kind}s: accuracy {sum(right.values()) / n:.3f} ({sum(right.values())}/{n}); kept by the stage {kept / in_lang:.3f}")
        print("| lang | n | accuracy |\n|---|---:|---:|")
        for lang in sorted(total):
            print(f"| {lang} | {total[lang]} | {right[lang] / total[lang]:.3f} |")
        print("confusions (truth -> label: count):", ", ".join(f"{a}->{b}: {c}" for (a, b), c in confusion.most_common(15)), "\n")
    mixed = [item for item in items if item["kind"] == "mixed"]
    if mixed:
        main = both = 0
        for item in mixed:
            truth = item["lang"].split("+")
            shares = stage.shares(item["text"]) or {}
            main += bool(shares) and next(iter(shares)) in truth
            both += all(shares.get(lang, 0) >= config.mixed_min_share for lang in truth)
        print(f"## mixed documents ({len(mixed)}, per-paragraph detection): main language one of the two {main / len(mixed):.3f}; "
              f"both found with share >= {config.mixed_min_share} {both / len(mixed):.3f}")


if __name__ == "__main__":
    main()
