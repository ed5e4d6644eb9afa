"""`curate()`: the one function the CLI, the Prefect flow and `dvc.yaml` run for a set of inputs."""

from __future__ import annotations

import logging
import math
import os
import shutil
import time
from datetime import datetime, timezone
from pathlib import Path

from datalab import lineage, pipeline
from datalab.config import STAGES, Params, load_params
from datalab.errors import DatalabError
from datalab.readers import discover, file_sha256
from datalab.schema import document_schema, rejected_schema
from datalab.stages.dedup import Reference, load_reference, signature_schema
from datalab.writers import atomic_write_json, fill_missing_shards

log = logging.getLogger("datalab")


def parse_stages(stages: str | list[str] | None) -> list[str]:
    """Named stages in canonical order; all of them when none are named."""
    if stages is None:
        return list(STAGES)
    names = [s.strip() for s in (stages.split(",") if isinstance(stages, str) else stages) if s.strip()]
    if not names:  # a run without stages would publish unscrubbed documents
        raise DatalabError(f"--stages names no stage; choose from {', '.join(STAGES)}")
    unknown = sorted(set(names) - set(STAGES))
    if unknown:
        raise DatalabError(f"unknown stage(s) {', '.join(unknown)}; choose from {', '.join(STAGES)}")
    return [s for s in STAGES if s in names]


def preflight(params: Params, sector: str | None, stages: list[str], out: Path,
              runner_options: list[str] | None = None) -> Params:
    """Everything a user can get wrong, checked before any work starts; returns the sector's parameters.
    A `--sector` must be one of the config's sectors when it defines any (without sectors the name is only a
    label: built-in defaults, no overrides); `out` must be a directory or creatable as one; the Beam
    options must parse; PII needs its spaCy models and, for pseudonyms, a key."""
    if sector is not None and params.sectors:
        params.check_sectors([sector])
    params = params.for_sector(sector or "default")
    existing = next(p for p in (out, *out.parents) if p.exists())
    if not existing.is_dir():
        raise DatalabError(f"{existing}: exists and is not a directory")
    pipeline.check_options(runner_options if runner_options is not None else params.beam.options)
    if "pii" in stages:
        from datalab.stages.pii import check

        check(params.pii)
    return params


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _clear_leftovers(out: Path) -> None:
    """Staging or swapped-out directories of a run that crashed; its outputs were never promoted."""
    for leftover in list(out.glob(".staging-*")) + list(out.glob(".old-*")):
        shutil.rmtree(leftover, ignore_errors=True)


def _promote(staging: Path, out: Path, manifest: dict) -> None:
    """Swap the staged shards in. The manifest goes first and comes back last: no manifest, no complete run.
    A run without dedup publishes no signature store, so an older one is removed rather than left stale."""
    (out / "manifest.json").unlink(missing_ok=True)
    for kind in ("documents", "rejected", "signatures"):
        target = out / kind
        if target.exists():
            os.replace(target, out / f".old-{kind}")
        if (staging / kind).exists():
            os.replace(staging / kind, target)
        shutil.rmtree(out / f".old-{kind}", ignore_errors=True)
    atomic_write_json(out / "manifest.json", manifest)
    shutil.rmtree(staging, ignore_errors=True)


def curate(inputs: list[str | Path], out: str | Path, sector: str | None = None,
           stages: str | list[str] | None = None, params: Params | str | Path | None = None,
           runner_options: list[str] | None = None, reference: list[str | Path] | None = None) -> dict:
    """Curate `inputs` into `out` (documents/, rejected/, signatures/ with dedup, manifest.json) and return
    the manifest. `reference` adds signature stores of published releases to `dedup.reference`: new
    documents that duplicate a published one go to the ledger."""
    started, clock = _now(), time.monotonic()
    params = params if isinstance(params, Params) else load_params(params)
    stage_list = parse_stages(stages)
    params = preflight(params, sector, stage_list, Path(out), runner_options)
    sector = sector or "default"
    files = discover(inputs)
    input_info = [{"uri": f.uri, "sha256": file_sha256(f.path), "bytes": f.bytes} for f in files]
    ref = Reference()
    if "dedup" in stage_list:
        paths = [*params.dedup.reference, *(str(r) for r in reference or [])]
        ref = load_reference(paths, params.dedup, {f.uri for f in files})
    run = lineage.run_id(input_info, params, stage_list, sector, ref.digest)
    total_mb = sum(f.bytes for f in files) / 1e6
    num_shards = max(1, math.ceil(total_mb / params.output.target_shard_mb))
    log.info("%s: %d file(s), %.1f MB, stages %s, run %s", sector, len(files), total_mb, ",".join(stage_list) or "-", run)

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    _clear_leftovers(out)
    staging = out / f".staging-{run}"
    runner = runner_options if runner_options is not None else params.beam.options
    pipeline.run(files, sector, run, params, stage_list, staging, num_shards, runner, ref)
    fill_missing_shards(staging / "documents", document_schema(), num_shards, params.output.compression)
    fill_missing_shards(staging / "rejected", rejected_schema(), num_shards, params.output.compression)
    if "dedup" in stage_list:
        fill_missing_shards(staging / "signatures", signature_schema(params.dedup), num_shards, params.output.compression)

    manifest = lineage.build_manifest(
        run=run, sector=sector, stages=stage_list, params=params, runner=runner, inputs=input_info,
        counts=pipeline.read_counts(staging), out_dir=staging, started_at=started, finished_at=_now(),
        seconds=time.monotonic() - clock, reference=list(ref.summary),
    )
    lineage.validate_manifest(manifest)
    _promote(staging, out, manifest)
    c = manifest["counts"]
    log.info("%s: %d in, %d kept, %d rejected in %.1fs", sector, c["records_in"], c["kept"], c["rejected"], manifest["seconds"])
    return manifest
