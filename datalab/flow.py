"""The Prefect flow behind `datalab run`: one task per sector calling `curate()`, then a DVC release task.

Thin on purpose: retries, task names and the run-report artifact live here; the work lives in `curate()`,
the same function `datalab curate` and `dvc.yaml` run."""

from __future__ import annotations

import json
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact

from datalab import release
from datalab.config import load_params
from datalab.curate import curate, plan
from datalab.errors import DatalabError
from datalab.outputs import last_run
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


@task(name="curate-sector", task_run_name="curate-{sector}", retries=1, retry_delay_seconds=2,
      retry_condition_fn=_retry_unless_user_error)
def curate_sector(root: str, sector: str, config: str, force: bool) -> dict:
    root_path = Path(root)
    params = load_params(root_path / config)
    inputs, sources, refused = sector_inputs(root_path, params, sector)
    for source in refused:
        get_run_logger().warning("%s", source.refusal())
    out = root_path / params.curated_dir / sector
    if not force and (out / "manifest.json").exists():
        manifest = json.loads((out / "manifest.json").read_text())
        # DVC knows only the parameters file dvc.yaml reads; for another one, compare run ids
        if (release.is_up_to_date(root_path, sector) if release.tracks(root_path, config)
                else plan(inputs, sector, params=params, out=out, sources=sources).run_id == manifest["run_id"]):
            return summarize(manifest, out, skipped=True, refused=refused)
    manifest = curate(inputs, out, sector=sector, params=params, sources=sources)
    return summarize(manifest, out, skipped=False, refused=refused)


def summarize(manifest: dict, out: Path, skipped: bool, refused: list | None = None) -> dict:
    c = manifest["counts"]
    return {"sector": manifest["sector"], "out": str(out), "run_id": manifest["run_id"], "records_in": c["records_in"],
            "kept": c["kept"], "rejected": c["rejected"], "rejected_by_stage": c["rejected_by_stage"],
            "seconds": 0.0 if skipped else last_run(out).get("seconds", 0.0), "skipped": skipped,
            "sources": [s["name"] for s in manifest.get("sources", [])], "refused": [s.refusal() for s in refused or []],
            "not_read": [f"{s['path']} ({s['reason']})" for s in manifest["skipped_inputs"]]}


@task(name="dvc-release", task_run_name="dvc-release")
def dvc_release(root: str, sectors: list[str], push: bool) -> dict:
    return release.commit_and_push(Path(root), sectors, push=push)


@flow(name="datalab-run", log_prints=True)
def datalab_run(root: str = ".", config: str = "params.yaml", sectors: list[str] | None = None,
                push: bool = True, force: bool = False) -> dict:
    """Curate every configured sector, record the outputs with DVC and push them."""
    params = load_params(Path(root) / config)
    chosen = sectors or list(params.sectors)
    params.check_sectors(chosen)
    summaries = [curate_sector(root, s, config, force) for s in chosen]
    if release.tracks(Path(root), config):
        dvc = dvc_release(root, chosen, push)
    else:  # dvc.lock would pair these outputs with parameters they were not made with
        dvc = {"remote": None, "pushed_files": 0, "status_clean": None, "not_recorded": config}
    create_table_artifact(
        key="datalab-run-summary",
        table=[{k: ", ".join(v) if isinstance(v, list) else v for k, v in s.items() if k != "rejected_by_stage"} for s in summaries],
        description="Records in, kept and rejected per sector (details in each manifest.json).",
    )
    return {"sectors": summaries, "dvc": dvc}
