"""Score datalab's dedup stage (and optionally datatrove's MinHash dedup) against exact-Jaccard ground truth.

    python bench/dedup/evaluate.py EVAL.jsonl [--thresholds 0.7 0.8 0.9] [--datatrove] [--keep-out DIR]

EVAL.jsonl and EVAL.truth.jsonl come from bench/dedup/make_eval.py. Every run happens in a child process
(so its wall time and peak RSS are its own) writing into a temporary directory.

Parameters: `Params()` defaults with the threshold swept, not params.yaml: this scores the algorithm against
a truth defined on the default shingles (make_eval.py), whatever a lab configures. params.yaml restates the
same defaults (tests/test_config.py).

Scoring, always against the truth at J >= 0.8 (exact Jaccard of `datalab.stages.dedup.shingles`):

* Truth clusters: connected components of the graph of truth pairs with J >= 0.8 (singletons excluded).
* Justified removal: the removed document has J >= 0.8 with its `duplicate_of` (computed exactly from the
  texts when the pair is not in the truth file), or with any document that was kept (from truth pairs).
  datatrove records no `duplicate_of`, so only the second test applies to it.
* Precision = justified removals / removals.
* Redundant documents ("should be removed"): per truth cluster, size minus the smallest number of members that
  must stay so that every removed member has a kept J >= 0.8 partner (a minimum dominating set: NP-hard, so
  it is approximated with datalab's own greedy rule: visit members longest normalised text first, then file
  order; keep a member unless it has J >= 0.8 with a member already kept). The sum over clusters is the
  number of documents that should be removed.
* Recall = credited removals / redundant documents, where a cluster is credited with
  min(justified removals among its members, its redundant count): a system may remove *other* members than
  the greedy would (and keep the right number), which is just as correct, so only the count is compared, and
  over-removal inside a cluster earns nothing extra.
* Wiped-out clusters: truth clusters none of whose members was kept.
* MB/s: size of EVAL.jsonl in MB / wall seconds of the whole run (process start-up included).
"""

from __future__ import annotations

import argparse
import glob
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

J = 0.8


# ---- child-process workers ------------------------------------------------------------------------------------
def worker_datalab(eval_path: str, out: str, threshold: float) -> None:
    import pyarrow.parquet as pq

    from datalab.config import DedupConfig, Params
    from datalab.curate import curate

    curate([eval_path], out, sector="bench", stages="dedup", params=Params(dedup=DedupConfig(threshold=threshold)))
    kept = [i for f in sorted(glob.glob(f"{out}/documents/part-*.parquet")) for i in pq.read_table(f, columns=["id"]).column("id").to_pylist()]
    removed = []
    for f in sorted(glob.glob(f"{out}/rejected/part-*.parquet")):
        t = pq.read_table(f, columns=["id", "reason", "duplicate_of", "similarity"]).to_pylist()
        removed.extend(t)
    json.dump({"kept": kept, "removed": removed}, open(f"{out}/result.json", "w"))


def worker_datatrove(eval_path: str, out: str, tasks: int) -> None:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup import MinhashDedupBuckets, MinhashDedupCluster, MinhashDedupFilter, MinhashDedupSignature
    from datatrove.pipeline.dedup.minhash import MinhashConfig
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers.jsonl import JsonlWriter

    # datatrove hands whole files to tasks: split the input into `tasks` files.
    inp = Path(out) / "input"
    inp.mkdir(parents=True)
    files = [open(inp / f"part-{i:03d}.jsonl", "w", encoding="utf-8") for i in range(tasks)]
    with open(eval_path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            files[n % tasks].write(line)
    for f in files:
        f.close()
    cfg = MinhashConfig()  # defaults: 5-grams, 14 buckets x 8 hashes
    base = Path(out)
    logs = str(base / "logs")
    reader = lambda: JsonlReader(str(inp), text_key="text", id_key="id")  # noqa: E731
    LocalPipelineExecutor(pipeline=[reader(), MinhashDedupSignature(output_folder=str(base / "sigs"), config=cfg)],
                          tasks=tasks, workers=tasks, logging_dir=logs + "/1").run()
    LocalPipelineExecutor(pipeline=[MinhashDedupBuckets(input_folder=str(base / "sigs"), output_folder=str(base / "buckets"), config=cfg)],
                          tasks=cfg.num_buckets, workers=tasks, logging_dir=logs + "/2").run()
    LocalPipelineExecutor(pipeline=[MinhashDedupCluster(input_folder=str(base / "buckets"), output_folder=str(base / "remove_ids"), config=cfg)],
                          tasks=1, logging_dir=logs + "/3").run()
    LocalPipelineExecutor(pipeline=[reader(), MinhashDedupFilter(input_folder=str(base / "remove_ids"),
                                    exclusion_writer=JsonlWriter(str(base / "removed"), compression=None)),
                                    JsonlWriter(str(base / "kept"), compression=None)],
                          tasks=tasks, workers=tasks, logging_dir=logs + "/4").run()

    def ids(folder):
        out_ids = []
        for p in sorted(glob.glob(str(base / folder / "*"))):
            opener = gzip.open if p.endswith(".gz") else open
            with opener(p, "rt", encoding="utf-8") as f:
                out_ids.extend(json.loads(line)["id"] for line in f)
        return out_ids

    json.dump({"kept": ids("kept"), "removed": [{"id": i, "duplicate_of": None} for i in ids("removed")]},
              open(base / "result.json", "w"))


def run_child(args: list[str]) -> tuple[float, float, int]:
    """(wall seconds, peak RSS MB of the child and its waited-for descendants, exit status)."""
    t0 = time.monotonic()
    p = subprocess.Popen([sys.executable, __file__, *args])
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    return time.monotonic() - t0, ru.ru_maxrss / 1024, p.returncode


# ---- scoring --------------------------------------------------------------------------------------------------
class Truth:
    def __init__(self, eval_path: str):
        self.docs = {}
        self.order = {}
        with open(eval_path, encoding="utf-8") as f:
            for n, line in enumerate(f):
                r = json.loads(line)
                self.docs[r["id"]] = r["text"]
                self.order[r["id"]] = n
        truth_path = eval_path[: -len(".jsonl")] + ".truth.jsonl" if eval_path.endswith(".jsonl") else eval_path + ".truth.jsonl"
        self.pairs = {}
        for line in open(truth_path):
            t = json.loads(line)
            self.pairs[frozenset((t["id_a"], t["id_b"]))] = t["jaccard"]
        self.adj = defaultdict(set)
        for p, j in self.pairs.items():
            if j >= J:
                a, b = tuple(p)
                self.adj[a].add(b)
                self.adj[b].add(a)
        self.clusters = self._components()
        self.cluster_of = {d: i for i, c in enumerate(self.clusters) for d in c}
        self.redundant = [self._greedy_redundant(c) for c in self.clusters]
        self._sh = {}

    def _components(self) -> list[list[str]]:
        seen, out = set(), []
        for start in sorted(self.adj):
            if start in seen:
                continue
            stack, comp = [start], []
            seen.add(start)
            while stack:
                x = stack.pop()
                comp.append(x)
                for y in self.adj[x]:
                    if y not in seen:
                        seen.add(y)
                        stack.append(y)
            out.append(comp)
        return out

    def _greedy_redundant(self, comp: list[str]) -> int:
        from datalab.stages.dedup import normalise

        order = sorted(comp, key=lambda d: (-len(normalise(self.docs[d])), self.order[d]))
        kept: list[str] = []
        for d in order:
            if not any(k in self.adj[d] for k in kept):
                kept.append(d)
        return len(comp) - len(kept)

    def jaccard(self, a: str, b: str) -> float:
        if frozenset((a, b)) in self.pairs:
            return self.pairs[frozenset((a, b))]
        from datalab.config import DedupConfig
        from datalab.stages.dedup import shingles

        for d in (a, b):
            if d not in self._sh:
                self._sh[d] = shingles(self.docs[d], DedupConfig())
        x, y = self._sh[a], self._sh[b]
        return len(x & y) / max(1, len(x | y))

    def score(self, kept: list[str], removed: list[dict]) -> dict:
        kept_set = set(kept)
        justified_in = defaultdict(int)
        justified = 0
        unjustified = []
        for r in removed:
            d, dup = r["id"], r.get("duplicate_of")
            ok = (dup is not None and dup in self.docs and self.jaccard(d, dup) >= J) or any(k in kept_set for k in self.adj[d])
            if ok:
                justified += 1
                if d in self.cluster_of:
                    justified_in[self.cluster_of[d]] += 1
            else:
                unjustified.append(r)
        credited = sum(min(justified_in[i], self.redundant[i]) for i in range(len(self.clusters)))
        should = sum(self.redundant)
        wiped = sum(1 for c in self.clusters if not any(d in kept_set for d in c))
        return {
            "docs": len(kept) + len(removed), "removed": len(removed), "justified": justified,
            "precision": justified / len(removed) if removed else 1.0,
            "recall": credited / should if should else 1.0, "credited": credited, "wiped": wiped,
            "unjustified": unjustified,
        }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("eval")
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.7, 0.8, 0.9])
    ap.add_argument("--datatrove", action="store_true", help="also run datatrove's 4-stage MinHash dedup")
    ap.add_argument("--tasks", type=int, default=os.cpu_count() or 2, help="datatrove tasks/workers")
    ap.add_argument("--keep-out", help="keep run outputs under this directory instead of a temp dir")
    ap.add_argument("--show-errors", type=int, default=5, help="unjustified removals to print per run")
    args = ap.parse_args(argv)

    eval_path = str(Path(args.eval).resolve())
    mb = os.path.getsize(eval_path) / 1e6
    truth = Truth(eval_path)
    sizes = [len(c) for c in truth.clusters]
    print(f"{eval_path}: {len(truth.docs)} docs, {mb:.1f} MB; truth at J >= {J}: {len(truth.clusters)} clusters "
          f"({sum(sizes)} docs, largest {max(sizes)}); should be removed (greedy keep rule): {sum(truth.redundant)}\n")

    try:
        rev = subprocess.run(["git", "-C", str(Path(__file__).resolve().parents[2]), "log", "-1", "--format=%h %ci", "--", "datalab/stages/dedup"],
                             capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(Path(__file__).resolve().parents[2]), "status", "--porcelain", "--", "datalab/stages/dedup"],
                               capture_output=True, text=True).stdout.strip()
        print(f"datalab/stages/dedup at {rev or '?'}{' (uncommitted changes)' if dirty else ''}\n")
    except OSError:
        pass
    root = Path(args.keep_out) if args.keep_out else Path(tempfile.mkdtemp(prefix="dedup-eval-"))
    runs = [("datalab", t) for t in args.thresholds] + ([("datatrove", None)] if args.datatrove else [])
    rows = []
    for system, t in runs:
        out = root / (f"datalab-{t}" if system == "datalab" else "datatrove")
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        child = ["--worker", system, eval_path, str(out), str(t if system == "datalab" else args.tasks)]
        wall, rss, rc = run_child(child)
        if rc != 0:
            print(f"{system} {t}: failed with exit status {rc}", file=sys.stderr)
            continue
        res = json.load(open(out / "result.json"))
        s = truth.score(res["kept"], res["removed"])
        label = f"datalab t={t}" if system == "datalab" else "datatrove (default, ~0.72)"
        rows.append((label, s, wall, rss))
        for r in s["unjustified"][: args.show_errors]:
            a, b = r["id"], r.get("duplicate_of")
            print(f"  [{label}] unjustified: {a} dup_of={b} est={r.get('similarity')} exact J="
                  f"{truth.jaccard(a, b) if b in truth.docs else float('nan'):.3f}", file=sys.stderr)

    print("| run | docs | removed | precision | recall | wiped-out clusters | wall s | MB/s | peak RSS MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for label, s, wall, rss in rows:
        print(f"| {label} | {s['docs']} | {s['removed']} | {s['precision']:.3f} ({s['justified']}/{s['removed']}) | "
              f"{s['recall']:.3f} ({s['credited']}/{sum(truth.redundant)}) | {s['wiped']} / {len(truth.clusters)} | "
              f"{wall:.1f} | {mb / wall:.2f} | {rss:.0f} |")
    if not args.keep_out:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        system, eval_path, out, arg = sys.argv[2:6]
        if system == "datalab":
            worker_datalab(eval_path, out, float(arg))
        else:
            worker_datatrove(eval_path, out, int(arg))
        sys.exit(0)
    sys.exit(main())
