"""The `datalab` command: `run` curates every configured sector; `curate` is the stable per-input contract."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from datalab import __version__
from datalab.errors import DatalabError
from datalab.stages import names as stage_names


def _name_prefect_runs(record: logging.LogRecord) -> bool:
    """Prefect's run loggers say "Finished in state Completed()" without saying which run: add the run's
    name (the sector's task run is curate-<sector>)."""
    run = getattr(record, "task_run_name", None) or getattr(record, "flow_run_name", None)
    record.run = f" {run}:" if run else ""
    return True


def _without_traceback(record: logging.LogRecord) -> bool:
    """Prefect logs a failed task's traceback; the CLI ends with one line saying what failed (--debug shows it)."""
    record.exc_info, record.exc_text = None, None
    return True


def _quiet_libraries(debug: bool) -> None:
    """Our progress lines and library errors; with --debug every library's INFO, Beam's worker processes too
    (`pipeline.run` gives them this level)."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DVC_NO_ANALYTICS", "1")
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s%(run)s %(message)s", datefmt="%H:%M:%S"))
    handler.addFilter(_name_prefect_runs)
    if not debug:
        handler.addFilter(_without_traceback)
    logging.basicConfig(level=logging.INFO if debug else logging.ERROR, handlers=[handler])
    logging.getLogger("datalab").setLevel(logging.INFO)


def format_summary(summaries: list[dict]) -> str:
    """Per-sector table: records in, kept, rejected per stage and reason, time."""
    lines = [f"{'sector':<12}{'in':>8}{'kept':>8}{'rejected':>10}{'seconds':>9}  run"]
    for s in summaries:
        note = " (up to date, not rerun)" if s.get("skipped") else ""
        lines.append(f"{s['sector']:<12}{s['records_in']:>8}{s['kept']:>8}{s['rejected']:>10}{s['seconds']:>9.1f}  {s['run_id']}{note}")
        for stage, reasons in s["rejected_by_stage"].items():
            lines.append(f"  {stage:<10}" + ", ".join(f"{r} {n}" for r, n in reasons.items()))
    return "\n".join(lines)


def cmd_curate(args: argparse.Namespace) -> int:
    from datalab.curate import curate
    from datalab.outputs import last_run

    manifest = curate(args.inputs, args.out, sector=args.sector, stages=args.stages, params=args.config,
                      runner_options=args.beam_option or None, reference=args.reference)
    out = Path(args.out)
    c = manifest["counts"]
    print(format_summary([{**c, "sector": manifest["sector"], "seconds": last_run(out).get("seconds", 0.0), "run_id": manifest["run_id"]}]))
    print(f"\ndocuments: {out / 'documents'}\nledger:    {out / 'rejected'}\nmanifest:  {out / 'manifest.json'}")
    if (out / "signatures").exists():
        print(f"signatures: {out / 'signatures'} (pass as --reference to dedup later data against this release)")
    if manifest["skipped_inputs"]:
        print(f"skipped:   {len(manifest['skipped_inputs'])} path(s) under the input directories, not read "
              "(each with its reason: manifest skipped_inputs)")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from datalab.config import load_params
    from datalab.curate import preflight
    from datalab.outputs import OutputDir
    from datalab.readers import discover
    from datalab.release import PARAMS_FILE, find_project

    root = find_project(args.project)
    os.chdir(root)  # source_uri values, and with them run ids, are then relative to the project
    params = load_params(args.config)  # every check before Prefect starts: a bad sector fails in seconds
    params.check_sectors(args.sectors or [])
    for sector in args.sectors or params.sectors:
        preflight(params, sector, list(stage_names()))
        OutputDir(Path(params.curated_dir) / sector).check()
        discover(params.sectors[sector].inputs)
    from datalab.flow import datalab_run

    result = datalab_run(root=".", config=args.config, sectors=args.sectors or None,
                         push=not args.no_push, force=args.force)
    print()
    print(format_summary(result["sectors"]))
    dvc = result["dvc"]
    print("\nWhere to look next:")
    for s in result["sectors"]:
        print(f"  {s['out']}/  documents/ (kept), rejected/ (ledger), signatures/ (dedup store), manifest.json (lineage)")
    if dvc.get("not_recorded"):
        print(f"  DVC: not recorded: dvc.yaml reads {PARAMS_FILE}, these outputs were made with {dvc['not_recorded']}")
        return 0
    if dvc["remote"]:
        print(f"  DVC: outputs recorded in dvc.lock and pushed to remote '{dvc['remote']}' ({dvc['pushed_files']} new files)")
    else:
        print("  DVC: outputs recorded in dvc.lock (not pushed: --no-push)")
    print(f"  DVC status: {'clean' if dvc['status_clean'] else 'NOT clean: run `dvc status`'}")
    return 0


class _Parser(argparse.ArgumentParser):
    """Usage mistakes end like every other: one line `datalab: error: ...` and exit code 2 (`--help` shows usage)."""

    def error(self, message: str):
        self.exit(2, f"datalab: error: {self.prog.removeprefix('datalab ')}: {message}\n" if self.prog != "datalab"
                  else f"datalab: error: {message}\n")


def parser() -> argparse.ArgumentParser:
    p = _Parser(prog="datalab", description=__doc__)
    p.add_argument("--version", action="version", version=f"datalab {__version__}")
    p.add_argument("--debug", action="store_true", help="show tracebacks and library logs")
    # --debug after the subcommand too; SUPPRESS keeps a subcommand without it from resetting the flag
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks and library logs")
    sub = p.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", parents=[common],
                         help="curate every sector of params.yaml through the Prefect flow, then DVC commit + push")
    run.add_argument("--config", default="params.yaml", help="parameters file, relative to the project root")
    run.add_argument("--sector", dest="sectors", action="append", help="only this sector (repeatable)")
    run.add_argument("--force", action="store_true", help="rerun sectors whose DVC stage is up to date")
    run.add_argument("--no-push", action="store_true", help="do not push to the DVC remote")
    run.add_argument("--project", default=".", help="project directory (holding dvc.yaml)")
    run.set_defaults(func=cmd_run)

    cur = sub.add_parser("curate", parents=[common], help="curate files or directories into DIR")
    cur.add_argument("inputs", nargs="+", metavar="INPUT", help="JSONL (.gz/.zst), CSV or Parquet files, or directories")
    cur.add_argument("--out", required=True, metavar="DIR",
                     help="output directory (created if missing): documents/, rejected/, signatures/, manifest.json")
    cur.add_argument("--sector", help="sector name (applies its overrides from the config)")
    cur.add_argument("--stages", help=f"comma-separated subset of {','.join(stage_names())} (default: all, in this order)")
    cur.add_argument("--config", help="params.yaml (default: ./params.yaml if present, else built-in defaults)")
    cur.add_argument("--reference", action="append", metavar="DIR",
                     help="signatures/ of a published release: drop new duplicates of it (adds to dedup.reference; repeatable)")
    cur.add_argument("--beam-option", action="append", metavar="OPT",
                     help="Beam pipeline option, e.g. --beam-option=--runner=DirectRunner (repeatable)")
    cur.set_defaults(func=cmd_curate)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    _quiet_libraries(args.debug)
    try:
        return args.func(args)
    except DatalabError as exc:
        print(f"datalab: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("datalab: interrupted; rerun to resume (outputs are only replaced when a run completes)", file=sys.stderr)
        return 130
    except Exception as exc:  # never print the message: it may quote document content
        if args.debug:
            raise
        print(f"datalab: internal error ({type(exc).__name__}); rerun with --debug for the traceback", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
