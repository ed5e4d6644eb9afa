"""`curate()`: the one function the CLI, the Prefect flow and `dvc.yaml` run for a set of inputs."""

from __future__ import annotations

import json
import logging
import math
import os
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from datalab import lineage, pipeline, progress
from datalab import stages as registry
from datalab.config import Params, load_params
from datalab.erasures import NONE, Applied
from datalab.errors import DatalabError
from datalab.ids import duplicate_ids
from datalab.outputs import RUN_REPORT, OutputDir, last_run, now, tidy
from datalab.readers import MANIFEST, InputFile, Skipped, discover, file_sha256, scrubbed_uri
from datalab.remote import is_remote
from datalab.schema import document_schema, rejected_schema
from datalab.sources import Source
from datalab.stages.dedup import Reference, load_reference
from datalab.stages.pii.identifiers import IdentifierScrubber, pseudonym_key
from datalab.writers import atomic_write_json, fill_missing_shards

log = logging.getLogger("datalab")


def parse_stages(stages: str | list[str] | None) -> list[str]:
    """Named stages in canonical order; all of them when none are named."""
    if stages is None:
        return list(registry.names())
    names = [s.strip() for s in (stages.split(",") if isinstance(stages, str) else stages) if s.strip()]
    if not names:  # a run without stages would publish unscrubbed documents
        raise DatalabError(f"--stages names no stage; choose from {', '.join(registry.names())}")
    unknown = sorted(set(names) - set(registry.names()))
    if unknown:
        raise DatalabError(f"unknown stage(s) {', '.join(unknown)}; choose from {', '.join(registry.names())}")
    return [s for s in registry.names() if s in names]


def preflight(params: Params, sector: str | None, stages: list[str], runner_options: list[str] | None = None) -> Params:
    """Everything a user can get wrong in the configuration, checked before any work starts; returns the
    sector's parameters. A `--sector` must be one of the config's sectors when it defines any (without
    sectors the name is only a label: built-in defaults, no overrides); the Beam options must parse; the
    pseudonym key must be readable (ids and paths need it whatever the stages); PII needs its spaCy models."""
    if sector is not None and params.sectors:
        params.check_sectors([sector])
    params = params.for_sector(sector or "default")
    pipeline.check_options(runner_options if runner_options is not None else params.beam.options)
    pseudonym_key(params.pii)
    if "pii" in stages:
        from datalab.stages.pii import check

        check(params.pii)
    return params


@dataclass(frozen=True)
class Plan:
    """What a run curates and its identity, fixed before anything is written."""

    sector: str
    stages: list[str]
    params: Params
    files: list[InputFile]
    skipped: list[Skipped]
    inputs: list[dict]  # per file: uri, sha256, bytes (the manifest's inputs before counting)
    models: list[dict]  # what the stages depend on, with versions and checksums (`lineage.model_files`)
    sources: list[dict]  # the registry entries of the registered sources read (`Source.entry`)
    reference: Reference
    run_id: str
    num_shards: int
    erasures: Applied = NONE


def _registered(sources: list[Source], scrub, exclude: list) -> tuple[list[InputFile], list[Skipped]]:
    """The files of each registered source, named after it; a source it may not be curated refuses the run, a
    file two sources claim is an error (its documents would carry either name). A store that cannot be read is
    reported (logged, and in the manifest's skipped inputs with the reason) while the other sources carry on."""
    files: dict[str, InputFile] = {}
    skipped: list[Skipped] = []
    for source in sources:
        if why := source.refusal():
            raise DatalabError(why)
        try:
            found = source.files(scrub, exclude)
        except DatalabError as exc:
            if not is_remote(source.uri):
                raise
            log.error("%s", exc)
            skipped.append(Skipped(scrubbed_uri(source.uri, scrub), str(exc)))
            continue
        for file in found.files:
            if file.uri in files:
                raise DatalabError(f"{file.uri}: registered by both source {files[file.uri].source} and source {source.name}")
            files[file.uri] = replace(file, source=source.name)
        skipped += found.skipped
    return [files[k] for k in sorted(files)], skipped


def plan(inputs: list[str | Path], sector: str | None = None, stages: str | list[str] | None = None,
         params: Params | str | Path | None = None, reference: list[str | Path] | None = None,
         runner_options: list[str] | None = None, out: str | Path | None = None,
         sources: list[Source] | None = None, erasures: Applied = NONE) -> Plan:
    """Check the configuration (`preflight`), resolve the input files (names pseudonymised where they hold
    personal data; never the output `out` itself) and the files of the registered `sources` (their documents
    carry the source's name), and the published signature stores; hash the inputs into the run id. Writes
    nothing."""
    params = params if isinstance(params, Params) else load_params(params)
    stage_list = parse_stages(stages)
    params = preflight(params, sector, stage_list, runner_options)
    sector = sector or "default"
    if params.pii.pseudonym_key_file:  # workers open it from their own working directory
        key_file = os.path.abspath(params.pii.pseudonym_key_file)
        params = params.model_copy(update={"pii": params.pii.model_copy(update={"pseudonym_key_file": key_file})})
    scrub, exclude = IdentifierScrubber(pseudonym_key(params.pii)).scrub, [out] if out is not None else []
    found = discover(inputs, scrub, exclude) if inputs or not sources else None
    files, skipped = _registered(sources or [], scrub, exclude)
    if found is not None:
        clash = {f.uri for f in found.files} & {f.uri for f in files}
        if clash:
            raise DatalabError(f"{sorted(clash)[0]}: both an input and a registered source's file")
        files, skipped = sorted(found.files + files, key=lambda f: f.uri), found.skipped + skipped
    entries = [s.entry() for s in sources or []]
    input_info = [{"uri": f.uri, "sha256": file_sha256(f.path), "bytes": f.bytes} for f in files]
    ref = Reference()
    if "dedup" in stage_list:
        paths = [*params.dedup.reference, *(str(r) for r in reference or [])]
        ref = load_reference(paths, params.dedup, {f.uri for f in files}, erasures.ids)
    models = lineage.model_files(params, stage_list)
    run = lineage.run_id(input_info, params, stage_list, sector, models, ref.digest, entries, list(erasures.entries))
    num_shards = max(1, math.ceil(sum(f.bytes for f in files) / 1e6 / params.output.target_shard_mb))
    return Plan(sector, stage_list, params, files, skipped, input_info, models, entries, ref, run, num_shards, erasures)


def curate(inputs: list[str | Path], out: str | Path, sector: str | None = None,
           stages: str | list[str] | None = None, params: Params | str | Path | None = None,
           runner_options: list[str] | None = None, reference: list[str | Path] | None = None,
           sources: list[Source] | None = None, erasures: Applied = NONE) -> dict:
    """Curate `inputs` into `out` (documents/, rejected/, signatures/ with dedup, manifest.json) and return
    the manifest. `reference` adds signature stores of published releases to `dedup.reference`: new
    documents that duplicate a published one go to the ledger."""
    started, clock = now(), time.monotonic()
    target = OutputDir(out)
    target.check()
    p = plan(inputs, sector, stages, params, reference, runner_options, target.path, sources, erasures)
    params, run = p.params, p.run_id
    with target.lock():
        target.recover()
        log.info("%s: %d file(s), %.1f MB, stages %s, run %s", p.sector, len(p.files), sum(f.bytes for f in p.files) / 1e6,
                 ",".join(p.stages), run)
        staging = target.staging(run)
        runner = pipeline.with_workers(runner_options if runner_options is not None else params.beam.options,
                                       sum(f.bytes for f in p.files), params.beam.parallel_from_mb)
        compression = params.output.compression
        with target.discarded_on_failure(run):
            taken = duplicate_ids(p.files, params.ingest)
            with progress.watch(p.sector, sum(f.bytes for f in p.files), p.stages) as tallies:
                pipeline.run(p.files, p.sector, run, params, p.stages, staging, p.num_shards, runner, p.reference, taken,
                             tallies, p.erasures)
            fill_missing_shards(staging / "documents", document_schema(), p.num_shards, compression)
            fill_missing_shards(staging / "rejected", rejected_schema(), p.num_shards, compression)
            for spec in registry.stages():
                for kind in spec.outputs if spec.name in p.stages else ():
                    fill_missing_shards(staging / kind, spec.load().output_schema(kind, params), p.num_shards, compression)
            manifest = lineage.build_manifest(
                run=run, sector=p.sector, stages=p.stages, params=params, models=p.models, inputs=p.inputs,
                counts=pipeline.read_counts(staging), out_dir=staging, reference=list(p.reference.summary),
                skipped=[asdict(s) for s in p.skipped], sources=p.sources, erasures=list(p.erasures.entries),
            )
            lineage.validate_manifest(manifest)
            _refuse_if_nothing_read(manifest)
            seconds = time.monotonic() - clock
            atomic_write_json(staging / RUN_REPORT, {"run_id": run, "started_at": started, "finished_at": now(),
                                                     "seconds": round(seconds, 3), "runner": runner})
            tidy(staging)
            atomic_write_json(staging / "manifest.json", manifest)  # last: a directory with a manifest is complete
        target.publish(run)
    c = manifest["counts"]
    mb = sum(f.bytes for f in p.files) / 1e6
    log.info("%s: %d in, %d kept, %d rejected in %.1fs (%.2f MB/s, %.0f records/s)", p.sector, c["records_in"], c["kept"],
             c["rejected"], seconds, mb / max(seconds, 1e-9), c["records_in"] / max(seconds, 1e-9))
    return manifest


def _refuse_if_nothing_read(manifest: dict) -> None:
    """A run in which no input could be read at all (typically: paths the workers cannot see) publishes
    nothing: it would replace a release with an empty one."""
    inputs = manifest["inputs"]
    reasons = manifest["counts"]["rejected_by_stage"].get("ingest", {})
    if inputs and reasons.get("unreadable_file", 0) == len(inputs) == manifest["counts"]["records_in"]:
        raise DatalabError(f"none of the {len(inputs)} input file(s) could be read (e.g. {inputs[0]['uri']}); "
                           "on a cluster, inputs must be on a file system every worker sees")


def unchanged(root: Path, config: str, params: Params, sector: str, inputs: list, sources: list[Source],
              erasures: Applied = NONE) -> dict | None:
    """The sector's manifest when its outputs are what its inputs, parameters and code make now, else None:
    the run id (a hash of them all, object-store sources by their ETags) must be the manifest's, and where
    `config` is the file dvc.yaml reads, DVC must find the outputs as dvc.lock records them (nobody changed
    them since). DVC alone would miss sources it does not track: objects in a store, files outside
    data/sources/<sector>/."""
    from datalab import release

    out = root / params.curated_dir / sector
    if not (out / "manifest.json").exists():
        return None
    manifest = json.loads((out / "manifest.json").read_text())
    if plan(inputs, sector, params=params, out=out, sources=sources, erasures=erasures).run_id != manifest["run_id"]:
        return None
    return manifest if not release.tracks(root, config) or release.is_up_to_date(root, sector) else None


def summarize(manifest: dict, out: Path, skipped: bool, refused: list | None = None) -> dict:
    """A sector's line of the run summary: counts from its manifest, whether it was rerun, what was refused
    or not read."""
    c = manifest["counts"]
    return {"sector": manifest["sector"], "out": str(out), "run_id": manifest["run_id"], "records_in": c["records_in"],
            "kept": c["kept"], "rejected": c["rejected"], "rejected_by_stage": c["rejected_by_stage"],
            "seconds": 0.0 if skipped else last_run(out).get("seconds", 0.0), "skipped": skipped,
            "sources": [s["name"] for s in manifest.get("sources", [])], "refused": [s.refusal() for s in refused or []],
            "not_read": [f"{s['path']} ({s['reason']})" for s in manifest["skipped_inputs"] if s["reason"] != MANIFEST],
            # a registered source that could not be opened at all (`_registered`: its reason names it)
            "unreadable": [s["reason"] for s in manifest["skipped_inputs"] if s["reason"].startswith("source ")]}
