"""The Prefect flow behind `datalab run`: a child flow per sector (a task calling `curate()`, then an artifact of
its counts), then a DVC release task.

Thin on purpose: retries, task names and the run-report artifact live here; the work lives in `curate()`,
the same function `datalab curate` and `dvc.yaml` run. A sector whose run fails for a reason that is not the
user's (a worker process killed, a file system gone for a moment) is run again twice, after about 5 s and
10 s; reads from object stores are retried on their own (`datalab.remote`). Freshness is not Prefect's
result cache: a cached return value cannot tell that the outputs on disk were deleted or edited, so each
sector is judged by its run id and DVC (`curate.unchanged`)."""

from __future__ import annotations

import re
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.tasks import exponential_backoff
from prefect.artifacts import create_table_artifact

from datalab import release
from datalab.config import load_params
from datalab.curate import curate, summarize, unchanged
from datalab.erasures import for_sector
from datalab.errors import DatalabError
from datalab.sources import sector_inputs


def _retry_unless_user_error(task, task_run, state) -> bool:
    """Retry transient failures (I/O, a worker dying), not bad inputs or configuration."""
    try:
        state.result()
    except DatalabError:
        return False
    except Exception:
        return True
    return False


@task(name="curate-sector", task_run_name="curate-{sector}", retries=2, retry_delay_seconds=exponential_backoff(backoff_factor=5),
      retry_jitter_factor=0.5, retry_condition_fn=_retry_unless_user_error)
def curate_sector(root: str, sector: str, config: str, force: bool) -> dict:
    root_path = Path(root)
    params = load_params(root_path / config)
    inputs, sources, refused = sector_inputs(root_path, params, sector)
    for source in refused:
        get_run_logger().warning("%s", source.refusal())
    out = root_path / params.curated_dir / sector
    erasures = for_sector(root_path, sector)
    if not force and (manifest := unchanged(root_path, config, params, sector, inputs, sources, erasures)):
        return summarize(manifest, out, skipped=True, refused=refused)
    manifest = curate(inputs, out, sector=sector, params=params, sources=sources, erasures=erasures)
    return summarize(manifest, out, skipped=False, refused=refused)


@flow(name="datalab-sector", flow_run_name="{sector}")
def sector_flow(root: str, sector: str, config: str, force: bool) -> dict:
    """One sector: curate it (or find it unchanged), then publish its counts as an artifact: per stage and
    reason what was dropped, where the outputs are. Counts and reasons only, never values."""
    summary = curate_sector(root, sector, config, force)
    rows = [{"stage": "all", "reason": "kept", "records": summary["kept"]}]
    rows += [{"stage": stage, "reason": reason, "records": n}
             for stage, reasons in summary["rejected_by_stage"].items() for reason, n in reasons.items()]
    out = Path(root).resolve() / summary["out"]
    create_table_artifact(
        key=f"datalab-{re.sub(r'[^a-z0-9]+', '-', sector.lower()).strip('-')}",
        table=rows,
        description=(f"Sector {sector}: {summary['records_in']} records in, {'unchanged, not rerun' if summary['skipped'] else 'curated'}"
                     f" (run {summary['run_id']}). Outputs: {out / 'documents'} (kept), {out / 'rejected'} (ledger), "
                     f"{out / 'manifest.json'} (lineage and sources)."))
    return summary


@task(name="dvc-release", task_run_name="dvc-release")
def dvc_release(root: str, config: str, sectors: list[str], push: bool) -> dict:
    return release.record(Path(root), config, sectors, push)


def run_name() -> str:
    """The flow run's name: its sectors and their sources ("health: discharges, fhir_export; climate: …"), so
    that a run in the Prefect UI says what it curated. Source names are registry ids, never personal data."""
    from prefect.runtime import flow_run

    from datalab.sources import SOURCES_FILE, load_sources

    p = flow_run.parameters
    root = Path(p.get("root", "."))
    params = load_params(root / p.get("config", "params.yaml"))
    registry = load_sources(root / SOURCES_FILE)
    return "; ".join(f"{sector}: {', '.join(s.name for s in registry.for_sector(sector)) or 'params.yaml inputs'}"
                     for sector in p.get("sectors") or params.sectors)


@flow(name="datalab-run", flow_run_name=run_name, log_prints=True)
def datalab_run(root: str = ".", config: str = "params.yaml", sectors: list[str] | None = None,
                push: bool = True, force: bool = False) -> dict:
    """Curate every configured sector, record the outputs with DVC and push them."""
    params = load_params(Path(root) / config)
    chosen = sectors or list(params.sectors)
    params.check_sectors(chosen)
    summaries = [sector_flow(root, s, config, force) for s in chosen]
    dvc = dvc_release(root, config, chosen, push)
    create_table_artifact(
        key="datalab-run-summary",
        table=[{k: ", ".join(v) if isinstance(v, list) else v for k, v in s.items() if k != "rejected_by_stage"} for s in summaries],
        description="Records in, kept and rejected per sector (details in each manifest.json).",
    )
    return {"sectors": summaries, "dvc": dvc}
