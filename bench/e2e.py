#!/usr/bin/env python3
"""End-to-end benchmark of datalab on a JSON Lines corpus (see bench/README.md).

    python bench/e2e.py CORPUS.jsonl [--limit-mb N] [--out DIR] [--params params.yaml] [--runner-option=--opt=value ...]

Parameters: the lab's params.yaml (--params), as `datalab curate --config` reads it; the corpus belongs to
no sector, so its global sections apply. It measures what `datalab curate` and `datalab run` do.

1. Overall: `datalab.curate()` with all stages through the real Beam runner (DirectRunner unless
   runner options say otherwise), in a child process. Wall seconds are measured around `curate()` inside
   the child (imports excluded) and around the whole child process; peak RSS comes from
   `getrusage(RUSAGE_CHILDREN).ru_maxrss` after the child exits (largest single process) and from psutil
   polling of the child's whole process tree (sum over processes, sampled every 0.2 s, so it can miss
   short spikes).
2. Per stage, single process, no Beam: the corpus is read into Arrow document batches with
   `datalab.readers`, then `LangId.process`, `Quality.process` (on LangId's kept batches: it needs the
   language), `PiiScrubber.process` (on Quality's kept batches) and dedup's batch signatures over every
   input text are timed separately.
   Model setup is timed separately and excluded from the stage throughput.

Megabytes are 10^6 bytes: file bytes for the overall run, UTF-8 bytes of the `text` field per stage.
Output: a Markdown report on stdout and the raw numbers in OUT/e2e.json. No thresholds: it only measures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

MB = 1e6
REPO = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------- input


def limited_copy(corpus: Path, limit_mb: float | None, workdir: Path) -> Path:
    """The corpus itself, or a copy of about `limit_mb` megabytes of whole lines spread evenly over it.

    Evenly spaced lines, not a prefix: corpora such as the man-page one are sorted by language, and their
    first 10 MB would be German only (no NER model), which is not representative of the PII cost.
    """
    size = corpus.stat().st_size
    if not limit_mb or size <= limit_mb * MB:
        return corpus
    budget, fraction = int(limit_mb * MB), limit_mb * MB / size
    out = workdir / f"{corpus.stem}.sample{limit_mb:g}MB.jsonl"
    written = 0
    with open(corpus, "rb") as src, open(out, "wb") as dst:
        for i, line in enumerate(src):
            if int((i + 1) * fraction) == int(i * fraction) or not line.strip():
                continue
            if written + len(line) > budget:
                break
            dst.write(line)
            written += len(line)
    return out


def library_version() -> str:
    """datalab's code version (package version + digest of its sources), computed afresh (not cached)."""
    try:
        from datalab.lineage import code_version

        return getattr(code_version, "__wrapped__", code_version)()
    except Exception as exc:  # the library is edited concurrently; never let this break a measurement
        return f"unknown ({type(exc).__name__})"


def count_lines(path: Path) -> int:
    with open(path, "rb") as fh:
        return sum(1 for line in fh if line.strip())


# --------------------------------------------------------------------------- overall (child process)


def child_main(corpus: str, out_dir: str, result_path: str, params: str, runner_options: list[str] | None) -> None:
    """Runs in the child: curate() with all stages, writes the manifest and its own timing."""
    import logging

    logging.basicConfig(level=logging.WARNING)
    t_import = time.perf_counter()
    from datalab.curate import curate
    from datalab.outputs import last_run

    import_s = time.perf_counter() - t_import
    t0 = time.perf_counter()
    manifest = curate([corpus], out_dir, sector=None, stages=None, params=params, runner_options=runner_options)
    seconds = time.perf_counter() - t0
    Path(result_path).write_text(json.dumps({"curate_seconds": seconds, "import_seconds": import_s,
                                             "manifest": manifest, "run": last_run(out_dir)}, default=str))


def tree_rss(proc) -> int:
    """Resident bytes of a process and all its descendants (0 for ones that vanished meanwhile)."""
    import psutil

    total = 0
    try:
        procs = [proc] + proc.children(recursive=True)
    except psutil.Error:
        return 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_overall(corpus: Path, out: Path, params: Path, runner_options: list[str] | None) -> dict:
    import psutil

    curated = out / "curated"
    result_path = out / "child-result.json"
    result_path.unlink(missing_ok=True)
    cmd = [sys.executable, os.path.abspath(__file__), "--child", str(corpus), "--out", str(curated),
           "--child-result", str(result_path), "--params", str(params)]
    if runner_options is not None:
        cmd += [f"--runner-option={o}" for o in runner_options]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd)
    ps = psutil.Process(proc.pid)
    peak_tree, peak_procs, stop = [0], [0], threading.Event()

    def poll():
        while not stop.is_set():
            peak_tree[0] = max(peak_tree[0], tree_rss(ps))
            try:
                peak_procs[0] = max(peak_procs[0], 1 + len(ps.children(recursive=True)))
            except psutil.Error:
                pass
            stop.wait(0.2)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    rc = proc.wait()
    stop.set()
    poller.join()
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = {
        "returncode": rc,
        "process_wall_seconds": wall,
        "child_user_cpu_seconds": after.ru_utime - before.ru_utime,
        "child_sys_cpu_seconds": after.ru_stime - before.ru_stime,
        # Linux reports ru_maxrss in KiB; it is the largest single (waited-for) descendant, not a sum.
        "peak_rss_max_single_process_mib": after.ru_maxrss / 1024,
        "peak_rss_tree_sum_polled_mib": peak_tree[0] / 2**20,
        "max_processes_seen": peak_procs[0],
    }
    if rc != 0 or not result_path.exists():
        result["error"] = f"child exited with status {rc} (its traceback is on stderr above)"
        return result
    child = json.loads(result_path.read_text())
    manifest = child["manifest"]
    result.update(curate_seconds=child["curate_seconds"], import_seconds=child["import_seconds"],
                  manifest_seconds=child["run"]["seconds"], runner=child["run"]["runner"], run_id=manifest["run_id"],
                  code_version=manifest.get("code_version"), models=manifest.get("models"),
                  counts=manifest["counts"], outputs=manifest["outputs"])
    return result


# --------------------------------------------------------------------------- per stage (this process)


def text_mb(tables) -> float:
    import pyarrow.compute as pc

    return sum(pc.sum(pc.binary_length(t.column("text").cast("binary"))).as_py() or 0 for t in tables) / MB


def rejected_reasons(ledgers) -> dict[str, int]:
    from collections import Counter

    c = Counter()
    for t in ledgers:
        c.update(t.column("reason").to_pylist())
    return dict(sorted(c.items()))


def label_agreement(tables) -> dict:
    """Predicted `lang` of kept documents against the corpus's own `lang` field (kept in `metadata`)."""
    agree = disagree = und = unlabelled = 0
    for t in tables:
        for pred, meta in zip(t.column("lang").to_pylist(), t.column("metadata").to_pylist()):
            label = json.loads(meta).get("lang") if meta else None
            if label is None:
                unlabelled += 1
            elif pred == "und":
                und += 1
            elif pred == label:
                agree += 1
            else:
                disagree += 1
    return {"agree": agree, "disagree": disagree, "und": und, "unlabelled": unlabelled}


def run_stages(corpus: Path, params) -> dict:
    from datalab.readers import discover, read_batches
    from datalab.stages.dedup.minhash import batch_signatures
    from datalab.stages.langid import LangId
    from datalab.stages.pii import PiiScrubber
    from datalab.stages.quality import Quality

    res: dict = {}

    t0 = time.perf_counter()
    batches = []
    for f in discover([corpus]).files:
        for kind, value in read_batches(f, "default", "bench", params.ingest.batch_size, params.ingest.text_field,
                                        params.ingest.id_field, params.ingest.max_record_bytes, batch_chars=params.ingest.batch_chars):
            if kind == "docs":
                batches.append(value)
    read_s = time.perf_counter() - t0
    docs, mb = sum(b.num_rows for b in batches), text_mb(batches)
    res["read"] = {"seconds": read_s, "docs": docs, "mb": mb, "batches": len(batches)}

    def stage(name, obj, inputs):
        t = time.perf_counter()
        obj.setup()
        setup_s = time.perf_counter() - t
        kept, rejected = [], []
        t = time.perf_counter()
        for b in inputs:
            k, r = obj.process(b)
            kept.append(k)
            rejected.append(r)
        secs = time.perf_counter() - t
        res[name] = {"setup_seconds": setup_s, "seconds": secs, "docs": sum(b.num_rows for b in inputs),
                     "mb": text_mb(inputs), "kept": sum(k.num_rows for k in kept),
                     "rejected": sum(r.num_rows for r in rejected), "rejected_by_reason": rejected_reasons(rejected),
                     "input": {"langid": "all documents", "quality": "langid's kept documents"}.get(name, "quality's kept documents")}
        return kept

    lang_kept = stage("langid", LangId(params.langid), batches)
    lang_kept = [b for b in lang_kept if b.num_rows]
    res["langid"]["vs_corpus_label"] = label_agreement(lang_kept)
    quality_kept = [b for b in stage("quality", Quality(params.quality), lang_kept) if b.num_rows]
    rss_before_pii = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stage("pii", PiiScrubber(params.pii), quality_kept)

    t = time.perf_counter()
    batch_signatures(batches[0].column("text"), params.dedup)  # loads the compiled kernels
    setup_s = time.perf_counter() - t
    t = time.perf_counter()
    for b in batches:  # as the stage does it: a whole batch at a time
        batch_signatures(b.column("text"), params.dedup)
    res["dedup_signature"] = {"setup_seconds": setup_s, "seconds": time.perf_counter() - t, "docs": sum(b.num_rows for b in batches),
                              "mb": mb, "input": "all documents (normalise + shingles + MinHash, per batch, compiled)"}
    res["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    res["peak_rss_before_pii_mib"] = rss_before_pii
    total = sum(res[s]["seconds"] for s in ("langid", "quality", "pii", "dedup_signature"))
    for s in ("read", "langid", "quality", "pii", "dedup_signature"):
        r = res[s]
        r["mb_per_s"] = r["mb"] / r["seconds"] if r["seconds"] else None
        r["docs_per_s"] = r["docs"] / r["seconds"] if r["seconds"] else None
        if s != "read":
            r["share_of_sum"] = r["seconds"] / total if total else None
    res["sum_stage_seconds"] = total
    return res


# --------------------------------------------------------------------------- report


def fmt(x, nd=2):
    if x is None:
        return "n/a"
    if isinstance(x, float):
        return f"{x:,.{nd}f}"
    return f"{x:,}"


def report(data: dict) -> str:
    lines = ["# datalab end-to-end benchmark", "",
             f"- corpus: `{data['corpus']}`" + (f" (evenly spaced lines, at most {data['limit_mb']:g} MB, of `{data['source_corpus']}`)"
                                                 if data["limit_mb"] and data["corpus"] != data["source_corpus"] else ""),
             f"- input: {data['input_mb']:.2f} MB, {data['input_docs']:,} lines/documents",
             f"- machine: {data['machine']['cpus']} CPU(s), Python {data['machine']['python']}, {data['machine']['platform']}",
             f"- datalab: `{data['library']['path']}`, code version {data['library']['code_version_at_start']}"
             + (f"; **changed during the run** (at end {data['library']['code_version_at_end']}, "
                f"curate() child {data['library']['code_version_of_curate_run']}): numbers may mix versions"
                if data["library"]["changed_during_run"] else ""),
             ""]
    o = data.get("overall")
    if o:
        lines += ["## Overall: `curate()`, all stages, " + " ".join(f"`{x}`" for x in (o.get("runner") or o["runner_requested"])), ""]
        if "error" in o:
            lines += [f"**FAILED**: {o['error']}", ""]
        else:
            c = o["counts"]
            lines += ["| metric | value |", "|---|---|",
                      f"| input MB | {data['input_mb']:.2f} |",
                      f"| records in | {c['records_in']:,} |",
                      f"| wall s, `curate()` (in child, imports excluded) | {o['curate_seconds']:.1f} |",
                      f"| wall s, whole child process | {o['process_wall_seconds']:.1f} |",
                      f"| MB/s (`curate()` wall) | {data['input_mb'] / o['curate_seconds']:.3f} |",
                      f"| docs/s (`curate()` wall) | {c['records_in'] / o['curate_seconds']:.1f} |",
                      f"| child CPU s (user + sys, all descendants) | {o['child_user_cpu_seconds'] + o['child_sys_cpu_seconds']:.1f} |",
                      f"| peak RSS, largest single process (getrusage) | {o['peak_rss_max_single_process_mib']:.0f} MiB |",
                      f"| peak RSS, process tree sum (psutil, 0.2 s polls) | {o['peak_rss_tree_sum_polled_mib']:.0f} MiB |",
                      f"| processes seen in the tree | {o['max_processes_seen']} |",
                      f"| kept | {c['kept']:,} |",
                      f"| rejected | {c['rejected']:,} |", "",
                      "| stage | reason | rejected |", "|---|---|---|"]
            by = c["rejected_by_stage"]
            if not by:
                lines.append("| - | - | 0 |")
            for st, reasons in by.items():
                for reason, n in reasons.items():
                    lines.append(f"| {st} | {reason} | {n:,} |")
            lines.append("")
    s = data.get("stages")
    if s:
        lines += ["## Per stage: single process, no Beam", "",
                  "| stage | input | docs | MB | setup s | run s | MB/s | docs/s | share of sum |",
                  "|---|---|---|---|---|---|---|---|---|"]
        r = s["read"]
        lines.append(f"| read (`discover` + `read_batches`) | corpus file | {r['docs']:,} | {r['mb']:.2f} | - | "
                     f"{r['seconds']:.2f} | {fmt(r['mb_per_s'])} | {fmt(r['docs_per_s'], 0)} | (not in sum) |")
        for name, label in (("langid", "`LangId.process`"), ("quality", "`Quality.process`"), ("pii", "`PiiScrubber.process`"),
                            ("dedup_signature", "dedup signatures (batch)")):
            r = s[name]
            lines.append(f"| {label} | {r['input']} | {r['docs']:,} | {r['mb']:.2f} | {r['setup_seconds']:.2f} | "
                         f"{r['seconds']:.2f} | {fmt(r['mb_per_s'], 3)} | {fmt(r['docs_per_s'], 1)} | "
                         f"{100 * r['share_of_sum']:.1f}% |")
        lines.append(f"| **sum** | | | | | {s['sum_stage_seconds']:.2f} | | | 100% |")
        lines += ["", f"Per-stage rejections: langid {s['langid']['rejected_by_reason'] or 'none'}, "
                      f"quality {s['quality']['rejected_by_reason'] or 'none'}, "
                      f"pii {s['pii']['rejected_by_reason'] or 'none'}. "
                      f"LangId on kept documents vs the corpus `lang` label: {s['langid']['vs_corpus_label']}. "
                      f"Peak RSS of this process: {s['peak_rss_before_pii_mib']:.0f} MiB before PII setup, "
                      f"{s['peak_rss_mib']:.0f} MiB at the end.", ""]
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog="Runner options start with '--': pass them as --runner-option=--name=value.")
    ap.add_argument("corpus", help="JSON Lines corpus {id, lang, source, text}")
    ap.add_argument("--limit-mb", type=float, default=None, help="use about N MB of whole lines spread evenly over the corpus")
    ap.add_argument("--out", default="bench/out", help="output directory (e2e.json, curated/); default bench/out")
    ap.add_argument("--params", type=Path, default=REPO / "params.yaml",
                    help="parameters file (global sections apply); default: the lab's params.yaml")
    ap.add_argument("--runner-option", action="append", default=None, metavar="OPT",
                    help="Beam pipeline option passed to curate(runner_options=[...]); repeatable. "
                         "--runner=DirectRunner is prepended unless a --runner= is given")
    ap.add_argument("--skip-overall", action="store_true", help="only the per-stage measurements")
    ap.add_argument("--skip-stages", action="store_true", help="only the overall curate() run")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--child-result", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)

    runner_options = None
    if a.runner_option:
        runner_options = list(a.runner_option)
        if not any(o.startswith("--runner=") for o in runner_options):
            runner_options.insert(0, "--runner=DirectRunner")

    if a.child:
        child_main(a.corpus, a.out, a.child_result, a.params, runner_options)
        return 0

    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    source = Path(a.corpus)
    corpus = limited_copy(source, a.limit_mb, out)

    import datalab
    from datalab.config import load_params

    params = load_params(a.params)
    version_at_start = library_version()
    data = {
        "corpus": str(corpus), "source_corpus": str(source), "limit_mb": a.limit_mb,
        "input_mb": corpus.stat().st_size / MB, "input_docs": count_lines(corpus),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "params_file": str(a.params),
        "params": params.model_dump(mode="json", include={"ingest", "langid", "quality", "pii", "dedup"}),
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "library": {"path": str(Path(datalab.__file__).parent), "code_version_at_start": version_at_start},
    }
    status = 0
    if not a.skip_overall:
        print(f"[e2e] curate() on {data['input_mb']:.1f} MB in a child process ...", file=sys.stderr, flush=True)
        data["overall"] = run_overall(corpus, out, a.params, runner_options)
        data["overall"]["runner_requested"] = runner_options or params.beam.options
        status = 1 if "error" in data["overall"] else 0
    if not a.skip_stages:
        print("[e2e] per-stage timings in this process ...", file=sys.stderr, flush=True)
        data["stages"] = run_stages(corpus, params)
    lib = data["library"]
    lib["code_version_at_end"] = library_version()
    lib["code_version_of_curate_run"] = (data.get("overall") or {}).get("code_version")
    seen = {v for v in (lib["code_version_at_start"], lib["code_version_at_end"], lib["code_version_of_curate_run"]) if v}
    lib["changed_during_run"] = len(seen) > 1
    if lib["changed_during_run"]:
        print(f"[e2e] WARNING: datalab's sources changed during the benchmark ({sorted(seen)}); "
              "the numbers may mix code versions", file=sys.stderr)
    (out / "e2e.json").write_text(json.dumps(data, indent=2, default=str) + "\n")
    print(report(data))
    print(f"\nraw numbers: {out / 'e2e.json'}")
    return status


if __name__ == "__main__":
    sys.exit(main())
