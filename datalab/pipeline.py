"""The Beam pipeline: readers -> the registered stages in canonical order (`datalab.stages`) -> Parquet
shards, with the ledger from every step."""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import logging
import os
from pathlib import Path

import apache_beam as beam
import pyarrow.compute as pc
from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions, StandardOptions, WorkerOptions
from apache_beam.runners.runner import PipelineRunner, create_runner

from datalab import stages as registry
from datalab.config import Params
from datalab.erasures import NONE, Applied
from datalab.errors import DatalabError
from datalab.progress import Tally
from datalab.readers import InputFile, Part, parts, read_batches
from datalab.schema import document_schema, rejected_schema
from datalab.stages.dedup import Reference
from datalab.tagged import split
from datalab.writers import WriteShards, atomic_write_json



class ReadFile(beam.DoFn):
    """One input file or `Part` -> ("docs", batch), ("rejected", ledger batch) and ("count", (uri, records)); ids and
    metadata keys pseudonymised where they hold personal data (`IdentifierScrubber`); records whose id an
    earlier record has (`taken`: source_uri -> locator -> detail, from `datalab.ids`) to the ledger."""

    def __init__(self, sector: str, run_id: str, params: Params, taken: dict[str, dict[int, str]], progress: str | None = None,
                 erased: Applied = NONE):
        self.sector, self.run_id, self.ingest, self.pii, self.taken = sector, run_id, params.ingest, params.pii, taken
        self.progress, self.erased = progress, erased

    def setup(self):
        from datalab.stages.pii.identifiers import IdentifierScrubber, pseudonym_key

        self.scrubber = IdentifierScrubber(pseudonym_key(self.pii))
        self.tally = Tally.of(self.progress)

    def process(self, part: Part):
        # Bytes done: the UTF-8 size of the texts read while a part is read, its byte range once it is read
        # (a batch yielded has gone through every fused stage by the time reading goes on).
        size, counted = (part.end if part.end is not None else part.file.bytes) - part.start, 0
        for kind, value in read_batches(part, self.sector, self.run_id, self.ingest.batch_size,
                                        *part.file.reading.fields(self.ingest), self.ingest.max_record_bytes,
                                        self.scrubber.scrub,
                                        self.taken.get(part.file.uri), self.ingest.batch_chars, self.scrubber.keyed,
                                        self.erased):
            if kind == "count":
                self.tally.add(bytes=size - counted)
                self.tally.flush()
                yield kind, (part.file.uri, value)
                continue
            self.tally.add(records=value.num_rows)
            yield kind, value
            read = min(pc.sum(pc.binary_length(value["text"])).as_py() or 0, size - counted) if kind == "docs" else 0
            counted += read
            self.tally.add(bytes=read)


class StageDoFn(beam.DoFn):
    """Any stage as a DoFn: its models load once per worker in setup(); emits ("docs", batch) and ("rejected", ledger)."""

    def __init__(self, stage, name: str, progress: str | None = None):
        self.stage, self.name, self.progress = stage, name, progress

    def setup(self):
        self.stage.setup()
        self.tally = Tally.of(self.progress)

    def finish_bundle(self):
        self.tally.flush()

    def process(self, batch):
        self.tally.add(**{self.name: batch.num_rows})
        kept, rejected = self.stage.process(batch)
        if kept.num_rows:
            yield "docs", kept
        if rejected.num_rows:
            yield "rejected", rejected


def _write_counts(counts: list[tuple[str, int]], path: Path) -> tuple[int, int]:
    """Records read per input (summed over its parts); returns a (shard, rows)-shaped value so it can join the
    other writes."""
    total: dict[str, int] = {}
    for uri, n in counts:
        total[uri] = total.get(uri, 0) + n
    atomic_write_json(path, dict(sorted(total.items())))
    return -1, len(total)


def _is_direct(options: PipelineOptions) -> bool:
    """Whether the options name Beam's DirectRunner (or no runner: it is the default), in any spelling Beam
    accepts ("DirectRunner", "direct")."""
    return (options.view_as(StandardOptions).runner or "DirectRunner").lower() in ("directrunner", "direct")


def _several_workers(options: PipelineOptions) -> bool:
    """False only for the DirectRunner's default single in-process worker."""
    direct = options.view_as(DirectOptions)
    single = direct.direct_running_mode in (None, "in_memory") or (direct.direct_num_workers or 1) == 1
    local = _is_direct(options) or options.view_as(StandardOptions).runner == "BundleBasedDirectRunner"
    return not (local and single)


def has_whole_large_file(units: list[Part], part_bytes: int) -> bool:
    """Whether a file that cannot be split (compressed, CSV, Parquet, ...) is larger than a part. The parts go
    to the workers, and each reads its own and runs every stage on them, streaming, with no shuffle; such a
    file would keep one worker busy while the others idle, so then the batches read are spread over the
    workers instead. (With one in-process worker there is nobody to spread to: reading streams through the
    stages.)"""
    return any(u.end is None and not u.start and u.file.bytes > part_bytes for u in units)


def build(p: beam.Pipeline, files: list[InputFile], sector: str, run_id: str, params: Params,
          stages: list[str], staging: Path, num_shards: int, reference: Reference = Reference(),
          taken: dict[str, dict[int, str]] | None = None, progress: str | None = None, erased: Applied = NONE) -> None:
    """Add the curation graph for one sector to `p`, writing shards, what stages publish (the dedup signature
    store) and input counts under `staging`; the workers' counts go to `progress` (`datalab.progress`);
    `erased` records go to the ledger at ingest (`datalab.erasures`)."""
    ingest = params.ingest
    units = [part for f in files for part in parts(f, ingest.part_bytes, ingest.max_record_bytes)]
    several = _several_workers(p.options)
    read = split(
        p | "Inputs" >> beam.Create(units, reshuffle=several) | "Read" >> beam.ParDo(ReadFile(sector, run_id, params, taken or {}, progress, erased)),
        "Read", "docs", "rejected", "count",
    )
    docs, ledgers = read["docs"], [read["rejected"]]
    if several and has_whole_large_file(units, ingest.part_bytes):
        docs = docs | "SpreadBatches" >> beam.Reshuffle()
    compression = params.output.compression
    writes = []
    for spec in registry.stages():
        if spec.name not in stages:
            continue
        module = spec.load()  # only the stages a run uses are imported (PII pulls in presidio and spaCy)
        if spec.composite:
            workdir = staging / f".{spec.name}"
            result = docs | spec.name >> module.build(params, workdir, [f.uri for f in files], run_id, reference)
            for kind in spec.outputs:
                writes.append(result[kind] | f"Write.{kind}" >> WriteShards(
                    staging / kind, module.output_schema(kind, params), num_shards, compression))
        else:
            result = split(docs | spec.name >> beam.ParDo(StageDoFn(module.build(params), spec.name, progress)), spec.name, "docs", "rejected")
        docs = result["docs"]
        ledgers.append(result["rejected"])
    written_docs = docs | "WriteDocuments" >> WriteShards(staging / "documents", document_schema(), num_shards, compression)
    written_ledger = (
        ledgers
        | "AllRejected" >> beam.Flatten()
        | "WriteLedger" >> WriteShards(staging / "rejected", rejected_schema(), num_shards, compression)
    )
    written_counts = (
        read["count"]
        | "CollectCounts" >> beam.combiners.ToList()
        | "WriteCounts" >> beam.Map(_write_counts, staging / "counts.json")
    )
    # One sink that depends on every write: Beam's Dask runner computes only the graph's last transform
    # and its ancestors, so a pipeline with several unconnected sinks would silently skip all but one.
    (written_docs, written_ledger, written_counts, *writes) | "AllWrites" >> beam.Flatten() | "Done" >> beam.combiners.Count.Globally()


def available_cores() -> int:
    """Cores this process may use: its CPU affinity, capped by a cgroup CPU quota (a container's --cpus)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    try:  # cgroup v2: "max 100000" or "200000 100000"
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()[:2]
        if quota != "max":
            cores = min(cores, max(1, int(quota) // int(period)))
    except (OSError, ValueError):
        pass
    return max(1, cores)


def with_workers(options: list[str], input_bytes: int, parallel_from_mb: float | None) -> list[str]:
    """`options`, with one DirectRunner worker process per available core added when the input is at least
    `parallel_from_mb` megabytes and the options choose neither the running mode nor the workers: the default
    in-process worker uses one core, while starting worker processes and their models costs seconds, worth it
    only on larger input."""
    chosen = any(o.startswith(("--direct_running_mode", "--direct_num_workers")) for o in options)
    cores = available_cores()
    if (not _is_direct(PipelineOptions(options)) or chosen or parallel_from_mb is None or cores < 2
            or input_bytes < parallel_from_mb * 1e6):
        return options
    return [*options, "--direct_running_mode=multi_processing", f"--direct_num_workers={cores}"]


def check_options(options: list[str]) -> None:
    """Refuse what Beam refuses only once the pipeline starts (a ValueError deep in its stack, or argparse's
    usage text): a runner it cannot create, an option value it cannot parse. Unknown options stay allowed:
    Beam discards them, and a runner's own options are only known once its module is imported."""
    opts = PipelineOptions(options)
    name = opts.view_as(StandardOptions).runner
    if name is not None:
        try:
            if "." in name:  # a class's dotted path: looked at, not called, before it is known to be a runner
                module, _, attr = name.rpartition(".")
                found = getattr(importlib.import_module(module), attr)
                if not (isinstance(found, type) and issubclass(found, PipelineRunner)):
                    raise DatalabError(f"Beam option --runner={name}: not a Beam PipelineRunner")
            create_runner(name)  # a known name (any case, "Runner" optional) or a runner class
        except (ValueError, ImportError, AttributeError, TypeError) as exc:
            raise DatalabError(f"Beam option --runner={name}: {exc}") from None
    with contextlib.redirect_stderr(io.StringIO()) as usage:
        try:
            opts.get_all_options()
        except SystemExit:
            raise DatalabError(f"Beam options: {usage.getvalue().strip().splitlines()[-1].split('error: ', 1)[-1]}") from None
    workers = opts.view_as(DirectOptions).direct_num_workers
    if workers is not None and workers < 0:
        raise DatalabError(f"Beam option --direct_num_workers={workers}: must be 0 (one per core) or more")


def run(files: list[InputFile], sector: str, run_id: str, params: Params, stages: list[str],
        staging: Path, num_shards: int, options: list[str] | None = None, reference: Reference = Reference(),
        taken: dict[str, dict[int, str]] | None = None, progress: str | None = None, erased: Applied = NONE) -> None:
    """Run the pipeline to completion with the configured runner (DirectRunner by default)."""
    opts = PipelineOptions(options if options is not None else params.beam.options)
    worker = opts.view_as(WorkerOptions)
    if _is_direct(opts) and worker.default_sdk_harness_log_level is None:
        # The DirectRunner's worker processes (multi_processing) write Beam's INFO logs to our stderr, some 20
        # lines each (GCP scopes, gRPC channels): log there at this process's level (ERROR under the CLI).
        worker.default_sdk_harness_log_level = logging.getLevelName(logging.getLogger().getEffectiveLevel())
    with beam.Pipeline(runner=_direct_runner(opts), options=opts) as p:
        build(p, files, sector, run_id, params, stages, staging, num_shards, reference, taken, progress, erased)


def _direct_runner(opts: PipelineOptions) -> PipelineRunner | None:
    """For the DirectRunner, the runner it ends up using: the FnApiRunner (one in-process worker, or worker
    processes per --direct_running_mode), with the pipeline options provisioned to its workers as the
    DirectRunner provisions them. Beam's DirectRunner first tries its Prism runner, which downloads a Go
    binary from GitHub on first use, and offline fails and falls back; datalab downloads nothing at run time.
    None (the options' runner) for any other runner."""
    if not _is_direct(opts):
        return None
    from apache_beam.portability.api import beam_provision_api_pb2
    from apache_beam.runners.portability.fn_api_runner import fn_runner
    from apache_beam.runners.portability.portable_runner import JobServiceHandle

    encoded = JobServiceHandle.encode_pipeline_options(opts.get_all_options())
    return fn_runner.FnApiRunner(provision_info=fn_runner.ExtendedProvisionInfo(
        beam_provision_api_pb2.ProvisionInfo(pipeline_options=encoded)))


def read_counts(staging: Path) -> dict[str, int]:
    return json.loads((staging / "counts.json").read_text())
