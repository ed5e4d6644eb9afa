"""`datalab deploy`: each sector's flow as a deployment on a running Prefect server, on the schedules its sources
name in `sources.yaml`, in a process work pool whose worker runs the flow in this workspace.

The deployment points at the installed package (`datalab.flow.datalab_run`) and sets the working directory to the
workspace, so a worker started anywhere on this machine (`prefect worker start --pool datalab`) runs exactly what
`datalab run --sector S` runs: same code, same outputs, same DVC release."""

from __future__ import annotations

import asyncio
from pathlib import Path

from datalab.errors import DatalabError

POOL = "datalab"
FLOW = "datalab-run"
ENTRYPOINT = "datalab.flow.datalab_run"


def schedules(sources) -> dict[str, list[str]]:
    """The distinct cron expressions of each sector's sources, in order; a sector whose sources name none has
    none (it runs when asked: `prefect deployment run`, the UI, or `datalab run`)."""
    found: dict[str, list[str]] = {}
    for source in sources:
        crons = found.setdefault(source.sector, [])
        if source.schedule and source.schedule not in crons:
            crons.append(source.schedule)
    return found


def api_url() -> str:
    """The Prefect server's API address; a DatalabError saying how to get one when none is configured."""
    from prefect.settings import PREFECT_API_URL

    if not (url := PREFECT_API_URL.value()):
        raise DatalabError("deploy needs a running Prefect server: start one with `prefect server start` and set "
                           "PREFECT_API_URL=http://127.0.0.1:4200/api (or `prefect config set PREFECT_API_URL=...`)")
    return url


def deploy(url: str, root: Path, config: str, sectors: list[str], sources, pool: str = POOL) -> list[dict]:
    """Create or update, on the server at `url` (`api_url`), one deployment per sector (`datalab-run/<sector>`)
    with its sources' schedules, and the process work pool `pool` when it does not exist. Returns what was
    deployed, for the CLI to print."""
    crons = schedules(sources)
    return asyncio.run(_deploy(url, root.resolve(), config, {s: crons.get(s, []) for s in sectors}, pool))


async def _deploy(url: str, root: Path, config: str, crons: dict[str, list[str]], pool: str) -> list[dict]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import DeploymentScheduleCreate, WorkPoolCreate
    from prefect.client.schemas.schedules import CronSchedule
    from prefect.exceptions import ObjectNotFound

    async with get_client() as client:
        if await client.api_healthcheck() is not None:
            raise DatalabError(f"deploy: no Prefect server answers at {url} (start one with `prefect server start`)")
        try:
            await client.read_work_pool(pool)
        except ObjectNotFound:
            await client.create_work_pool(WorkPoolCreate(name=pool, type="process"))
        flow_id = await client.create_flow_from_name(FLOW)
        deployed = []
        for sector, sector_crons in crons.items():
            deployment_id = await client.create_deployment(
                flow_id=flow_id, name=sector, entrypoint=ENTRYPOINT, work_pool_name=pool,
                parameters={"root": ".", "config": config, "sectors": [sector]},
                pull_steps=[{"prefect.deployments.steps.set_working_directory": {"directory": str(root)}}],
                schedules=[DeploymentScheduleCreate(schedule=CronSchedule(cron=c, timezone="UTC")) for c in sector_crons],
                description=f"Curate sector {sector} of the workspace {root} (datalab run --sector {sector}).",
                tags=["datalab", sector])
            deployed.append({"name": f"{FLOW}/{sector}", "id": str(deployment_id), "schedules": sector_crons})
        return deployed
