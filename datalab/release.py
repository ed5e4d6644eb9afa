"""DVC: record curated outputs as the outputs of their `dvc.yaml` stage and push them to the remote.

The default remote is a directory inside the project (`.dvcstore/`, ignored by git), so a fresh clone
pushes without configuration; `dvc remote add -d NAME s3://…` (or gs://, azure://) replaces it."""

from __future__ import annotations

import logging
from pathlib import Path

from datalab.errors import DatalabError

log = logging.getLogger("datalab")

#: The parameters file the stages of dvc.yaml read (DVC's default); outputs made with another one are not recorded.
PARAMS_FILE = "params.yaml"
DEFAULT_REMOTE = "local"
DEFAULT_REMOTE_DIR = ".dvcstore"  # inside the project; DVC stores it relative to .dvc/config


def find_project(start: str | Path = ".") -> Path:
    """The nearest directory holding dvc.yaml, from `start` upwards."""
    start = Path(start).resolve()
    for directory in (start, *start.parents):
        if (directory / "dvc.yaml").exists():
            return directory
    raise DatalabError(f"{start}: no dvc.yaml here or above; run `datalab run` from the project root")


def tracks(root: Path, config: str | Path) -> bool:
    """True when `config` is the parameters file DVC records with the outputs."""
    return (Path(root) / config).resolve() == (Path(root) / PARAMS_FILE).resolve()


def stage_name(sector: str) -> str:
    return f"curate@{sector}"


def quiet_dvc() -> None:
    """`import dvc` installs DVC's own console handlers at INFO while its records still reach the root
    handler too: every "Updating lock file" came out twice (stdout and stderr). Keep only DVC's warnings,
    printed once, by its handlers."""
    for name in ("dvc", "dvc_objects", "dvc_data"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.WARNING)
        logger.propagate = False


def _repo(root: Path):
    from dvc.exceptions import NotDvcRepoError
    from dvc.repo import Repo

    quiet_dvc()
    try:
        return Repo(str(root))
    except NotDvcRepoError:
        raise DatalabError(f"{root}: not a DVC repository (run `git init && dvc init` there)") from None


def ensure_default_remote(root: Path) -> str:
    """Name of the default remote, configuring the project-local directory remote when there is none."""
    repo = _repo(root)
    with repo.config.edit("repo") as conf:
        core = conf.setdefault("core", {})
        if core.get("remote"):
            return core["remote"]
        # DVC rewrites a path given here relative to .dvc/, so hand it the absolute path
        conf.setdefault("remote", {})[DEFAULT_REMOTE] = {"url": str(root.resolve() / DEFAULT_REMOTE_DIR)}
        core["remote"] = DEFAULT_REMOTE
    log.info("configured default DVC remote %s -> %s", DEFAULT_REMOTE, root / DEFAULT_REMOTE_DIR)
    return DEFAULT_REMOTE


def is_up_to_date(root: Path, sector: str) -> bool:
    """True when the sector's stage has a lock entry matching its inputs, parameters, code and outputs."""
    repo = _repo(root)
    try:
        return not repo.status(targets=[stage_name(sector)])
    except Exception:  # a stage without a lock entry yet, or missing outputs
        return False


def record(root: Path, config: str, sectors: list[str], push: bool) -> dict:
    """Record the sectors' outputs with DVC (`commit_and_push`) when `config` is the parameters file dvc.yaml
    reads; with another, dvc.lock would pair the outputs with parameters they were not made with: not recorded."""
    if tracks(root, config):
        return commit_and_push(root, sectors, push=push)
    return {"remote": None, "pushed_files": 0, "status_clean": None, "not_recorded": config}


def commit_and_push(root: Path, sectors: list[str], push: bool = True) -> dict:
    """Record each sector's outputs in dvc.lock and the cache, then push them to the default remote."""
    repo = _repo(root)
    for sector in sectors:
        repo.commit(stage_name(sector), force=True)
    pushed = 0
    remote = None
    if push:
        remote = ensure_default_remote(root)
        pushed = _repo(root).push(targets=[stage_name(s) for s in sectors])
    clean = not _repo(root).status(targets=[stage_name(s) for s in sectors])
    return {"remote": remote, "pushed_files": pushed, "status_clean": clean}
