"""The `datalab` command: `run` curates every configured sector; `curate` is the stable per-input contract."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
import time
from pathlib import Path

from datalab import __version__, progress
from datalab.errors import DatalabError
from datalab.deploy import POOL
from datalab.erasures import BASES
from datalab.readers import FORMATS
from datalab.sources import ORIGINS, PERSONAL_DATA, TDM_DETERMINED_BY, TDM_STATUS
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


class JsonLines(logging.Formatter):
    """`--log-format json`: one JSON object per line (time, level, logger, run, message) for a log collector."""

    def format(self, record: logging.LogRecord) -> str:
        return json.dumps({"time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"), "level": record.levelname.lower(),
                           "logger": record.name, "run": getattr(record, "run", "").strip(" :") or None,
                           "message": record.getMessage()}, ensure_ascii=False)


TEXT_FORMAT = logging.Formatter("%(asctime)s %(name)s%(run)s %(message)s", datefmt="%H:%M:%S")


def _ours(handler: logging.Handler, formatter: logging.Formatter, tracebacks: bool) -> logging.Handler:
    """A handler of the CLI's: Prefect's run names on its records, tracebacks only when asked for."""
    handler.setFormatter(formatter)
    handler.addFilter(_name_prefect_runs)
    if not tracebacks:
        handler.addFilter(_without_traceback)
    return handler


def _configure_logging(debug: bool, quiet: bool, log_format: str) -> None:
    """Our progress lines and library errors (only errors with --quiet); with --debug every library's INFO,
    Beam's worker processes too (`pipeline.run` gives them this level). On a terminal, a progress bar per
    sector instead of its periodic progress lines (`datalab.progress`)."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DVC_NO_ANALYTICS", "1")
    handler = _ours(logging.StreamHandler(), JsonLines() if log_format == "json" else TEXT_FORMAT, tracebacks=debug)
    handler.setLevel(logging.ERROR if quiet else logging.NOTSET)
    bars = log_format == "text" and not quiet and sys.stderr.isatty()
    progress.use_bars(bars)
    if bars:  # the bar shows what the progress lines say; the run log still gets them
        handler.addFilter(lambda record: record.name != "datalab.progress")
    logging.basicConfig(level=logging.INFO if debug else logging.ERROR, handlers=[handler])
    logging.getLogger("datalab").setLevel(logging.INFO)


def _run_log(root: Path) -> Path:
    """A log file of this run in the workspace (`.datalab/logs/`, git-ignored): the progress lines and errors
    the terminal shows, whatever --quiet or --log-format say, then the summary."""
    logs = root / ".datalab" / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    path = logs / f"run-{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}-{os.getpid()}.log"
    handler = _ours(logging.FileHandler(path, encoding="utf-8"), TEXT_FORMAT, tracebacks=False)
    handler.setLevel(logging.INFO)
    for name in ("datalab", "prefect.flow_runs", "prefect.task_runs"):
        logging.getLogger(name).addHandler(handler)
    return path


def format_summary(summaries: list[dict]) -> str:
    """Per-sector table: records in, kept, rejected per stage and reason, time."""
    lines = [f"{'sector':<12}{'in':>8}{'kept':>8}{'rejected':>10}{'seconds':>9}  run"]
    for s in summaries:
        note = " (unchanged, not rerun)" if s.get("skipped") else ""
        lines.append(f"{s['sector']:<12}{s['records_in']:>8}{s['kept']:>8}{s['rejected']:>10}{s['seconds']:>9.1f}  {s['run_id']}{note}")
        for stage, reasons in s["rejected_by_stage"].items():
            lines.append(f"  {stage:<10}" + ", ".join(f"{r} {n}" for r, n in reasons.items()))
        lines += [f"  refused   {why}" for why in s.get("refused", [])]
        lines += [f"  not read  {what}" for what in s.get("not_read", [])]
    return "\n".join(lines)


def cmd_curate(args: argparse.Namespace) -> int:
    from datalab.config import load_params
    from datalab.curate import curate
    from datalab.erasures import for_sector
    from datalab.outputs import last_run
    from datalab.sources import sector_inputs

    inputs, sources = args.inputs, None
    if not inputs:  # the sector's inputs and registered sources, as `datalab run` reads them (dvc.yaml runs this)
        if not args.sector:
            raise DatalabError("name INPUT files or directories, or a --sector to read its registered sources")
        params = load_params(args.config)
        params.check_sectors([args.sector])
        inputs, sources, refused = sector_inputs(Path("."), params, args.sector)
        for source in refused:
            print(f"datalab: refused: {source.refusal()}", file=sys.stderr)
    manifest = curate(inputs, args.out, sector=args.sector, stages=args.stages, params=args.config,
                      runner_options=args.beam_option or None, reference=args.reference, sources=sources,
                      erasures=for_sector(".", args.sector))
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
    from datalab import release
    from datalab.config import load_params
    from datalab.curate import preflight, summarize, unchanged
    from datalab.erasures import for_sector
    from datalab.outputs import OutputDir
    from datalab.readers import discover
    from datalab.remote import is_remote
    from datalab.sources import sector_inputs

    root = release.find_project(args.project)
    os.chdir(root)  # source_uri values, and with them run ids, are then relative to the project
    run_log = _run_log(root)
    params = load_params(args.config)  # every check before Prefect starts: a bad sector fails in seconds
    params.check_sectors(args.sectors or [])
    chosen = args.sectors or _with_sources(params)
    read = []
    for sector in chosen:
        preflight(params, sector, list(stage_names()))
        OutputDir(Path(params.curated_dir) / sector).check()
        inputs, sources, refused = sector_inputs(Path("."), params, sector)
        discover([*inputs, *(path for s in sources if not is_remote(s.uri) for path in s.paths())])
        read.append((sector, inputs, sources, refused))
    fresh = []
    for sector, inputs, sources, refused in read:  # until one must run: the flow then judges each sector itself
        if args.force or not (manifest := unchanged(Path("."), args.config, params, sector, inputs, sources,
                                                    for_sector(".", sector))):
            break
        fresh.append(summarize(manifest, Path(params.curated_dir) / sector, skipped=True, refused=refused))
    else:  # nothing to curate: no Prefect server to start
        _print_outcome(args, fresh, release.record(Path("."), args.config, chosen, push=not args.no_push), run_log)
        return _exit_code(fresh)
    from prefect.settings import PREFECT_API_URL

    from datalab.flow import datalab_run

    if url := PREFECT_API_URL.value():
        logging.getLogger("datalab").info("Prefect server %s: this run in its UI, %s", url, url.removesuffix("/api"))
    result = datalab_run(root=".", config=args.config, sectors=chosen, push=not args.no_push, force=args.force)
    _print_outcome(args, result["sectors"], result["dvc"], run_log)
    return _exit_code(result["sectors"])


def _exit_code(summaries: list[dict]) -> int:
    """1 when a registered source could not be opened at all (the other sources were curated, and the summary
    says which), else 0; a line on stderr says so."""
    unreadable = [why for s in summaries for why in s.get("unreadable", [])]
    for why in unreadable:
        print(f"datalab: not curated: {why}", file=sys.stderr)
    return 1 if unreadable else 0


def _with_sources(params) -> list[str]:
    """The config's sectors that have something to read; a sector with neither inputs nor a registered source
    yet (a new lab registers its sources one sector at a time) is named and left out, unless none has any."""
    from datalab.sources import SOURCES_FILE, load_sources

    registry = load_sources(SOURCES_FILE)
    ready = [s for s in params.sectors if params.sectors[s].inputs or registry.for_sector(s)]
    for sector in params.sectors:
        if ready and sector not in ready:
            logging.getLogger("datalab").warning("%s: no source registered yet, not run (`datalab sources add NAME --sector %s ...`)",
                                                 sector, sector)
    return ready or list(params.sectors)


def _print_outcome(args: argparse.Namespace, summaries: list[dict], dvc: dict, run_log: Path) -> None:
    """The run's summary: a table and where to look (also appended to the run log), or one JSON object with
    `--log-format json`."""
    from datalab.release import PARAMS_FILE

    if args.log_format == "json":
        print(json.dumps({"sectors": summaries, "dvc": dvc, "run_log": str(run_log)}, ensure_ascii=False))
    lines = [format_summary(summaries), "", "Where to look next:"]
    for s in summaries:
        lines.append(f"  {s['out']}/  documents/ (kept), rejected/ (ledger), signatures/ (dedup store), manifest.json (lineage)")
    if dvc.get("not_recorded"):
        lines.append(f"  DVC: not recorded: dvc.yaml reads {PARAMS_FILE}, these outputs were made with {dvc['not_recorded']}")
    elif dvc["remote"]:
        lines.append(f"  DVC: outputs recorded in dvc.lock and pushed to remote '{dvc['remote']}' ({dvc['pushed_files']} new files)")
    else:
        lines.append("  DVC: outputs recorded in dvc.lock (not pushed: --no-push)")
    if not dvc.get("not_recorded"):
        lines.append(f"  DVC status: {'clean' if dvc['status_clean'] else 'NOT clean: run `dvc status`'}")
    lines.append(f"  this run's log: {run_log.relative_to(Path.cwd())}")
    with run_log.open("a", encoding="utf-8") as log:
        log.write("\n".join(lines) + "\n")
    if args.log_format == "text":
        print("\n" + "\n".join(lines))


def cmd_init(args: argparse.Namespace) -> int:
    from datalab.workspace import SOURCES_DIR, init_workspace

    sectors = [s for item in args.sectors or ["health", "climate", "finance"] for s in item.split(",") if s]
    root = init_workspace(args.directory, sectors)
    print(f"workspace: {root} (git and DVC initialised, DVC remote 'local' -> {root / '.dvcstore'})")
    print(f"sectors:   {', '.join(sectors)} (params.yaml; dvc.yaml runs one stage per sector)")
    print("next:")
    print(f"  cd {args.directory} && git add -A && git commit -m 'datalab workspace'")
    print(f"  put a sector's files under {SOURCES_DIR}/<sector>/, then register each:")
    print(f"  datalab sources add NAME --sector {sectors[0]} --uri {SOURCES_DIR}/{sectors[0]}/FILE --licence SPDX-ID \\\n"
          "      --steward UNIT --contact-role ROLE --legal-basis BASIS --personal-data CATEGORY --origin ORIGIN \\\n"
          "      --tdm STATUS --tdm-determined-by HOW --tdm-checked-on DATE --collected-from DATE --collected-to DATE")
    print("  datalab sources check     # reads a sample of each source, curates nothing")
    print("  datalab run               # curates every sector, records the outputs in dvc.lock, pushes them")
    return 0


def _project(args: argparse.Namespace, sector: str | None = None):
    """(root, params) of the project holding dvc.yaml at or above --project, now the working directory (paths
    in its files are relative to it), its params.yaml read and `sector`, if given, one of its sectors."""
    from datalab.config import load_params
    from datalab.release import PARAMS_FILE, find_project

    root = find_project(args.project)
    os.chdir(root)
    params = load_params(PARAMS_FILE)
    if sector is not None:
        params.check_sectors([sector])
    return root, params


def cmd_release(args: argparse.Namespace) -> int:
    from datalab.versions import release

    root, params = _project(args, args.sector)
    r = release(root, args.sector, params.curated_dir, push=not args.no_push)
    print(f"{r['version']}: {r['documents']:,} documents, {r['words']:,} words, {r['text_bytes'] / 1e6:.1f} MB of text "
          f"(parent {r['parent'] or 'none'}); tag {r['version']}, {r['path']}, "
          + (f"{r['pushed_files']} file(s) pushed" if not args.no_push else "not pushed (--no-push)"))
    print(f"  languages: {', '.join(f'{k} {v:,}' for k, v in r['languages'].items())}")
    print(f"  sources:   {', '.join(f'{k} {v:,}' for k, v in r['sources'].items())}")
    print(f"  pull it:   datalab pull {r['version']} --repo {root} --to DIR")
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    """Record the erasure, curate the sector again without those documents, release the result."""
    from datalab.erasures import ERASURES_FILE, add_erasure
    from datalab.versions import diff, release, versions

    root, params = _project(args, args.sector)
    before = versions(root, args.sector)
    erasure = add_erasure(root / ERASURES_FILE, {"sector": args.sector, "ids": args.ids or [], "source": args.source,
                                                 "requested_on": args.requested_on or time.strftime("%Y-%m-%d"),
                                                 "basis": args.basis})
    print(f"recorded in {ERASURES_FILE}: {len(erasure.ids)} id(s)" + (f", source {erasure.source}" if erasure.source else ""))
    run = argparse.Namespace(**{**vars(args), "sectors": [args.sector], "config": "params.yaml", "force": False})
    if cmd_run(run):
        return 1
    r = release(root, args.sector, params.curated_dir, push=not args.no_push)
    change = f"; {diff(before[-1]['version'], r['version'])['removed']} removed since {before[-1]['version']}" if before else ""
    print(f"{r['version']}: {r['documents']:,} documents{change}")
    return 0


def cmd_trace(args: argparse.Namespace) -> int:
    from datalab.trace import describe, trace
    from datalab.versions import release_ids

    root, params = _project(args)
    sectors = [args.sector] if args.sector else list(params.sectors)
    outputs = [Path(params.curated_dir) / s for s in sectors if (Path(params.curated_dir) / s / "manifest.json").exists()]
    held = {v: ids for s in sectors for v, ids in release_ids(root, s).items()} if (root / ".git").exists() else {}
    story = trace(args.doc_id, outputs, held)
    print(json.dumps(story, indent=2, default=str, ensure_ascii=False) if args.json else describe(story))
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from datalab.trace import query

    _, params = _project(args)
    columns, rows = query(args.sql, Path(params.curated_dir))
    if args.csv:
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
        return 0
    widths = [max([len(c), *(len(str(r[i])) for r in rows[:1000])]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths)))
    for row in rows:
        print("  ".join(str(v).ljust(w) for v, w in zip(row, widths)))
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return 0


def cmd_versions(args: argparse.Namespace) -> int:
    from datalab.release import find_project
    from datalab.versions import versions

    found = versions(find_project(args.project), args.sector)
    if not found:
        print("no releases yet (`datalab release SECTOR` makes one)")
    for v in found:
        print(f"{v['version']:<16} {v['date'][:19]}  {v.get('documents', 0):>9,} documents  {v.get('words', 0):>11,} words  "
              f"{v.get('text_bytes', 0) / 1e6:>8.1f} MB  parent {v.get('parent') or '-'}")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from datalab.versions import diff

    d = diff(args.old, args.new, args.repo)
    print(f"{d['from']} -> {d['to']}: {d['documents'][0]:,} -> {d['documents'][1]:,} documents, "
          f"{d['added']:,} added, {d['removed']:,} removed")
    for what in ("added", "removed"):
        for key in ("source", "language"):
            if d[f"{what}_by_{key}"]:
                print(f"  {what} by {key}: " + ", ".join(f"{k} {n:,}" for k, n in d[f"{what}_by_{key}"].items()))
    return 0


def cmd_pull(args: argparse.Namespace) -> int:
    from datalab.versions import pull

    kinds = ("documents", "rejected", "signatures") if args.all else ("documents",)
    r = pull(args.spec, args.to, args.repo, kinds)
    print(f"{r['version']}: {r['documents']:,} documents in {args.to}, every shard checked against its sha256 "
          f"(manifest {r['manifest_sha256'][:12]}…)")
    return 0


def cmd_sources(args: argparse.Namespace) -> int:
    from datalab.config import load_params
    from datalab.release import find_project
    from datalab.sources import SOURCES_FILE, add_source, inspect, load_sources

    root = find_project(args.project)
    os.chdir(root)
    if args.action == "add":
        return _add_source(args, root / SOURCES_FILE, load_params, add_source)
    registry = load_sources(SOURCES_FILE)
    chosen = [registry.named(n) for n in args.names] if args.names else registry.sources
    if not chosen:
        print(f"no sources registered in {root / SOURCES_FILE}")
        return 0
    if args.action == "list":
        print(f"{'source':<24}{'sector':<10}{'origin':<28}{'licence':<22}{'tdm':<14}{'personal data':<17}uri")
        for s in chosen:
            print(f"{s.name:<24}{s.sector:<10}{s.origin:<28}{s.licence:<22}{s.tdm.status:<14}{s.personal_data:<17}{s.uri}")
        return 0
    params = load_params(args.config)
    failed = 0
    for s in chosen:
        r = inspect(s, params.for_sector(s.sector if s.sector in params.sectors else None), args.sample)
        formats = ", ".join(f"{k} {n}" for k, n in r["formats"].items()) or "-"
        estimate = ("-" if r["estimated_records"] is None else f"{r['estimated_records']:,}" if r["sampled"] < args.sample
                    else f"about {r['estimated_records']:,}")
        field = f", text field {r['text_field']!r}" if r["text_field"] else ""
        print(f"{s.name}: {r['files']} file(s), {r['bytes'] / 1e6:.1f} MB ({formats}){field}; "
              f"{r['sampled']} record(s) sampled, records {estimate}")
        if r["languages"]:
            print("  languages seen: " + ", ".join(f"{k} {v:.0%}" for k, v in r["languages"].items()))
        for dialect, n in r["csv"].items():
            print(f"  csv: {dialect} ({n} file(s))")
        if r["unusable"]:
            print("  would go to the ledger: " + ", ".join(f"{k} {n}" for k, n in r["unusable"].items()))
        for problem in r["problems"]:
            print(f"  PROBLEM: {problem}")
        failed += bool(r["problems"])
    print(f"\n{len(chosen) - failed} of {len(chosen)} source(s) ready" + (f"; {failed} with problems" if failed else ""))
    return 1 if failed else 0


def _option(text: str) -> tuple[str, str | int | bool]:
    """--option KEY=VALUE: an object store's option, the value as YAML reads it (true, 30, text)."""
    import yaml

    key, sep, value = text.partition("=")
    if not sep or not key:
        raise DatalabError(f"--option {text}: write KEY=VALUE, e.g. endpoint_url=http://127.0.0.1:9000")
    parsed = yaml.safe_load(value) if value else ""
    return key, parsed if isinstance(parsed, (str, int, bool)) else value


def _add_source(args: argparse.Namespace, path: Path, load_params, add_source) -> int:
    if len(args.names) != 1:
        raise DatalabError("sources add: name one new source")
    params = load_params(args.config)
    if args.sector not in params.sectors:
        raise DatalabError(f"--sector {args.sector}: not a sector of {args.config} (it defines: {', '.join(params.sectors) or 'none'}); "
                           "add it under `sectors:` first")
    entry = {"name": args.names[0], "sector": args.sector, "description": args.description or "", "steward": args.steward,
             "contact_role": args.contact_role, "licence": args.licence, "legal_basis": args.legal_basis,
             "personal_data": args.personal_data,
             "tdm": {"status": args.tdm, "determined_by": args.tdm_determined_by, "checked_on": args.tdm_checked_on,
                     "licence_permits": args.licence_permits},
             "origin": args.origin, "collection": {"start": args.collected_from, "end": args.collected_to}, "uri": args.uri,
             "format": args.format, "languages": args.language or [], "schedule": args.schedule,
             "parser": {k: v for k, v in (("text_field", args.text_field), ("id_field", args.id_field),
                                          ("delimiter", args.delimiter), ("encoding", args.encoding)) if v is not None},
             "options": dict(_option(o) for o in args.option or [])}
    source = add_source(path, entry)
    print(f"registered {source.name} in {path.name} (sector {source.sector}); `datalab sources check {source.name}` reads a sample")
    if why := source.refusal():
        print(f"note: {why}")
    return 0


def cmd_deploy(args: argparse.Namespace) -> int:
    from datalab.config import load_params
    from datalab.deploy import api_url, deploy
    from datalab.release import find_project
    from datalab.sources import SOURCES_FILE, load_sources

    root = find_project(args.project)
    os.chdir(root)
    params = load_params(args.config)
    sectors = args.sectors or list(params.sectors)
    params.check_sectors(sectors)
    api = api_url()
    deployed = deploy(api, root, args.config, sectors, load_sources(SOURCES_FILE).sources, pool=args.pool)
    print(f"deployed to {api} (work pool {args.pool!r}, workspace {root}):")
    for d in deployed:
        when = ", ".join(f"cron '{c}' (UTC)" for c in d["schedules"]) or f"no schedule in {SOURCES_FILE}: runs when asked"
        print(f"  {d['name']:<28} {when}")
    print("next:")
    print(f"  prefect worker start --pool {args.pool}   # runs the flows in this workspace when they are due")
    print(f"  prefect deployment run '{deployed[0]['name']}'   # one run now")
    print(f"  the Prefect UI: {api.removesuffix('/api')}")
    return 0


class _Parser(argparse.ArgumentParser):
    """Usage mistakes end like every other: one line `datalab: error: ...` and exit code 2 (`--help` shows usage)."""

    def error(self, message: str):
        self.exit(2, f"datalab: error: {self.prog.removeprefix('datalab ')}: {message}\n" if self.prog != "datalab"
                  else f"datalab: error: {message}\n")


def parser() -> argparse.ArgumentParser:
    p = _Parser(prog="datalab", description=__doc__)
    p.add_argument("--version", action="version", version=f"datalab {__version__}")
    # --debug, --quiet and --log-format after the subcommand too; SUPPRESS keeps a subcommand without them from
    # resetting what was given before it
    common = argparse.ArgumentParser(add_help=False)
    for parser_, default in ((p, {}), (common, {"default": argparse.SUPPRESS})):
        parser_.add_argument("--debug", action="store_true", help="show tracebacks and library logs", **default)
        parser_.add_argument("--quiet", action="store_true", help="print errors only (the run log still gets the progress and the summary)", **default)
        parser_.add_argument("--log-format", choices=["text", "json"], help="progress lines and the run summary as "
                             "text (default) or as JSON lines", **(default or {"default": "text"}))
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
    cur.add_argument("inputs", nargs="*", metavar="INPUT",
                     help="files (JSON Lines, CSV, Parquet, text, Markdown, HTML, PDF, WARC, FHIR "
                          "bulk export) or directories; none: the --sector's registered sources")
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

    ini = sub.add_parser("init", parents=[common], help="make a new lab workspace in DIR (git, DVC, params.yaml, sources.yaml, dvc.yaml)")
    ini.add_argument("directory", metavar="DIR", help="new or empty directory")
    ini.add_argument("--sector", dest="sectors", action="append", metavar="NAME",
                     help="a sector of the lab (repeatable, or comma-separated; default: health, climate, finance)")
    ini.set_defaults(func=cmd_init)

    dep = sub.add_parser("deploy", parents=[common],
                         help="register each sector's flow on a running Prefect server, on its sources' schedules")
    dep.add_argument("--config", default="params.yaml", help="parameters file, relative to the project root")
    dep.add_argument("--sector", dest="sectors", action="append", help="only this sector (repeatable)")
    dep.add_argument("--pool", default=POOL, help="process work pool (created when missing; default: datalab)")
    dep.add_argument("--project", default=".", help="project directory (holding dvc.yaml and sources.yaml)")
    dep.set_defaults(func=cmd_deploy)

    rel = sub.add_parser("release", parents=[common], help="make the sector's curated output version SECTOR@vN (git tag, DVC push)")
    rel.add_argument("sector", metavar="SECTOR")
    rel.add_argument("--no-push", action="store_true", help="tag it without pushing the shards to the DVC remote")
    rel.add_argument("--project", default=".", help="project directory (holding dvc.yaml)")
    rel.set_defaults(func=cmd_release)
    fgt = sub.add_parser("forget", parents=[common],
                         help="erase documents (ids, or a source) from a sector: recorded, curated again, released")
    fgt.add_argument("sector", metavar="SECTOR")
    fgt.add_argument("--id", dest="ids", action="append", metavar="DOC_ID", help="a document id as published (repeatable)")
    fgt.add_argument("--source", help="every document of this registered source (a withdrawn licence)")
    fgt.add_argument("--basis", required=True, choices=BASES, help="why: the kind of request, not its content")
    fgt.add_argument("--requested-on", metavar="YYYY-MM-DD", help="when it was asked for (default: today)")
    fgt.add_argument("--no-push", action="store_true", help="release without pushing to the DVC remote")
    fgt.add_argument("--project", default=".", help="project directory (holding dvc.yaml)")
    fgt.set_defaults(func=cmd_forget)
    trc = sub.add_parser("trace", parents=[common], help="one document's story: source, every stage's decision, releases")
    trc.add_argument("doc_id", metavar="DOC_ID", help="the id as published (documents or ledger)")
    trc.add_argument("--sector", help="look in this sector only")
    trc.add_argument("--json", action="store_true", help="the trace as JSON")
    trc.add_argument("--project", default=".", help="project directory (holding dvc.yaml)")
    trc.set_defaults(func=cmd_trace)
    qry = sub.add_parser("query", parents=[common], help="SQL (DuckDB) over documents, rejected, manifests and inputs of every sector")
    qry.add_argument("sql", metavar="SQL", help="e.g. \"select sector, stage, reason, count(*) n from rejected group by all order by n desc\"")
    qry.add_argument("--csv", action="store_true", help="CSV on stdout instead of a table")
    qry.add_argument("--project", default=".", help="project directory (holding dvc.yaml)")
    qry.set_defaults(func=cmd_query)
    ver = sub.add_parser("versions", parents=[common], help="list the releases (all sectors, or one)")
    ver.add_argument("sector", nargs="?", metavar="SECTOR")
    ver.add_argument("--project", default=".", help="project directory (holding dvc.yaml)")
    ver.set_defaults(func=cmd_versions)
    dif = sub.add_parser("diff", parents=[common], help="documents added and removed between two releases of a sector")
    dif.add_argument("old", metavar="SECTOR@vA")
    dif.add_argument("new", metavar="SECTOR@vB")
    dif.add_argument("--repo", default=".", help="the lab's git repository: a path or URL (default: here)")
    dif.set_defaults(func=cmd_diff)
    pul = sub.add_parser("pull", parents=[common], help="fetch a release by name, every shard checked against the manifest")
    pul.add_argument("spec", metavar="SECTOR@vN")
    pul.add_argument("--to", required=True, metavar="DIR", help="where its manifest and shards go")
    pul.add_argument("--repo", default=".", help="the lab's git repository: a path or URL (default: here)")
    pul.add_argument("--all", action="store_true", help="the ledger and the signature store too, not only the documents")
    pul.set_defaults(func=cmd_pull)

    src = sub.add_parser("sources", parents=[common], help="the registered sources (sources.yaml): list, check or add them")
    src.add_argument("action", choices=["list", "check", "add"],
                     help="list: the registry; check: read a sample of each source and report problems, curating nothing; "
                          "add NAME: register a source (the options below; README, 'Sources')")
    src.add_argument("names", nargs="*", metavar="NAME", help="only these sources")
    src.add_argument("--config", default="params.yaml", help="parameters file (ingest and langid settings)")
    src.add_argument("--sample", type=int, default=200, metavar="N", help="records read per source by check (default 200)")
    new = src.add_argument_group("add")
    for flag, what in (("--sector", "sector it feeds"), ("--uri", "file, directory or glob"), ("--steward", "unit or organisation"),
                       ("--contact-role", "role to contact"), ("--licence", "SPDX id or LicenseRef-..."),
                       ("--legal-basis", "legal basis of the processing"), ("--description", "what it holds"),
                       ("--tdm-checked-on", "YYYY-MM-DD"), ("--collected-from", "YYYY-MM-DD"), ("--collected-to", "YYYY-MM-DD"),
                       ("--schedule", "cron, five fields")):
        new.add_argument(flag, help=what)
    new.add_argument("--personal-data", choices=PERSONAL_DATA)
    new.add_argument("--origin", choices=ORIGINS)
    new.add_argument("--tdm", choices=TDM_STATUS, help="text-and-data-mining reservation")
    new.add_argument("--tdm-determined-by", default="not_checked", choices=TDM_DETERMINED_BY)
    new.add_argument("--licence-permits", action="store_true", help="a licence permits mining despite a reservation")
    new.add_argument("--format", default="auto", choices=FORMATS, help="reader of its files (default: by suffix and content)")
    new.add_argument("--text-field", help="field holding the text (default: ingest.text_field)")
    new.add_argument("--id-field", help="field holding the record id (default: ingest.id_field)")
    new.add_argument("--delimiter", help="CSV delimiter (default: detected among , ; tab |)")
    new.add_argument("--encoding", help="CSV encoding (default: detected, UTF-8 first)")
    new.add_argument("--option", action="append", metavar="KEY=VALUE",
                     help="object-store option, e.g. endpoint_url=http://127.0.0.1:9000 (repeatable)")
    new.add_argument("--language", action="append", help="expected language (repeatable)")
    src.add_argument("--project", default=".", help="project directory (holding dvc.yaml and sources.yaml)")
    src.set_defaults(func=cmd_sources)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    _configure_logging(args.debug, args.quiet, args.log_format)
    try:
        if args.quiet:
            with open(os.devnull, "w") as devnull, contextlib.redirect_stdout(devnull):
                return args.func(args)
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
