"""Calibrate per-language language-ID thresholds on real text, and check them on held-out items.

    python bench/langid/calibrate.py /work/corpus/langid_eval.jsonl [--precision 0.9]

The snippets and paragraphs of the evaluation set (bench/langid/make_eval.py) are split in two by id:
even ids calibrate, odd ids test. For each allowed language, the lowest threshold (0.50 down to 0.10 in
steps of 0.05) is chosen whose newly labelled items (against `langid.min_score`) are right at least
--precision of the time on the calibration half: a threshold that labels 10 more snippets correctly and
one wrongly passes at 0.9. Labels for which no threshold passes keep `langid.min_score`. Prints the `min_scores` to put into
CALIBRATED_MIN_SCORES (datalab/config.py, the default) and params.yaml (which restates it; tests/test_config.py
checks they agree), and the held-out accuracy with the current parameters (--params) and the calibrated ones.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from datalab.config import load_params
from datalab.stages.langid import TOP_K, LangId, decide, normalise, script

REPO = Path(__file__).resolve().parents[2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("eval", type=Path)
    ap.add_argument("--params", type=Path, default=REPO / "params.yaml")
    ap.add_argument("--precision", type=float, default=0.9,
                    help="share of right labels among those a lower threshold adds (the marginal precision)")
    args = ap.parse_args()
    config = load_params(args.params).langid
    stage = LangId(config)
    stage.setup()
    items = [i for i in map(json.loads, open(args.eval, encoding="utf-8")) if i["kind"] in ("snippet", "sentence", "paragraph")]
    preds = []
    for item in items:
        line = normalise(item["text"], config.max_chars)
        labels, probs = stage.model.predict(line, k=TOP_K) if line else ([], [])
        preds.append(([label.removeprefix("__label__") for label in labels], [float(p) for p in probs], script(line), line))
    halves = {"calibrate": [], "test": []}
    for item, pred in zip(items, preds):
        halves["calibrate" if int(item["id"].split("-")[1]) % 2 == 0 else "test"].append((item, pred))

    def labelled(rows, min_scores):
        return [(item, decide(*pred[:3], config.fold, config.min_score, min_scores, pred[3])[0]) for item, pred in rows]

    min_scores: dict[str, float] = {}
    for lang in config.allowed:
        def tally(threshold: float) -> tuple[int, int]:
            got = [item["lang"] == label for item, label in labelled(halves["calibrate"], {**min_scores, lang: threshold}) if label == lang]
            return sum(got), len(got) - sum(got)

        base_right, base_wrong = tally(config.min_score)
        for step in range(2, 10):  # 0.10 ... 0.45: the lowest threshold whose gains are right often enough
            threshold = round(step * 0.05, 2)
            if threshold >= config.min_score:
                break
            right, wrong = tally(threshold)
            gained_right, gained_wrong = right - base_right, wrong - base_wrong
            if gained_right > 0 and gained_right / (gained_right + max(gained_wrong, 0)) >= args.precision:
                min_scores[lang] = threshold
                break
    print("min_scores:", json.dumps(dict(sorted(min_scores.items()))))
    for name, scores in (("current", config.min_scores), ("calibrated", min_scores)):
        for kind in ("snippet", "sentence", "paragraph"):
            rows = [(item, label) for item, label in labelled(halves["test"], scores) if item["kind"] == kind]
            right = sum(item["lang"] == label for item, label in rows)
            wrong = sum(label not in (item["lang"], "und") for item, label in rows)
            per = defaultdict(lambda: [0, 0])
            for item, label in rows:
                per[item["lang"]][0] += item["lang"] == label
                per[item["lang"]][1] += 1
            weak = {k: round(a / b, 2) for k, (a, b) in sorted(per.items()) if b >= 10 and a / b < 0.95}
            print(f"{name:10} {kind:9} held-out accuracy {right / len(rows):.3f} ({right}/{len(rows)}), wrong labels {wrong}, "
                  f"under 0.95: {weak}")


if __name__ == "__main__":
    main()
