"""Run identity and the manifest: what ran, on what, with which parameters and models, and what came out.
Counts and types only; no document text or PII value is ever written here."""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import pyarrow.parquet as pq

from datalab import __version__
from datalab import stages as registry
from datalab.config import IngestConfig, Params, PiiConfig
from datalab.errors import DatalabError
from datalab.readers import file_sha256
from datalab.schema import SCHEMA_DIR

PACKAGE_DIR = Path(__file__).resolve().parent


def code_files() -> list[Path]:
    """Every file of the package (sources and package data such as `pii_lexicon.json`, which changes the
    scrubbed text) and the schemas: what `code_version` hashes."""
    package = [p for p in PACKAGE_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return sorted([*package, *SCHEMA_DIR.glob("*.json")])


@cache
def code_version() -> str:
    """Package version plus a digest of `code_files()`: any change of code or package data changes it."""
    digest = hashlib.sha256()
    for path in code_files():
        digest.update(path.relative_to(PACKAGE_DIR.parent).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def sections() -> tuple[str, ...]:
    """The parameter sections that can change an output: reading, every stage's, writing. `dvc.yaml` tracks
    the same (a test checks)."""
    return ("ingest", *(spec.config for spec in registry.stages() if spec.config), "output")


def tunables(params: Params) -> dict:
    """The parameters that can change the output (not the runner, not other sectors, not where the pseudonym
    key is kept, not how input is cut into batches and parts)."""
    include = {section: True for section in sections()}
    include["pii"] = set(PiiConfig.model_fields) - {"pseudonym_key_file"}
    include["ingest"] = set(IngestConfig.model_fields) - {"batch_size", "batch_chars", "part_bytes"}
    return params.model_dump(mode="json", include=include)


def run_id(inputs: list[dict], params: Params, stages: list[str], sector: str, models: list[dict],
           reference: str = "", sources: list[dict] | None = None, erasures: list[dict] | None = None) -> str:
    """Same inputs, parameters, stages, code, models, published reference and registry entries -> same run id
    -> byte-identical shards and manifest."""
    key = {
        "inputs": [(i["uri"], i["sha256"]) for i in inputs],
        "params": tunables(params),
        "stages": stages,
        "sector": sector,
        "code": code_version(),
        "models": models,
    }
    if reference:
        key["reference"] = reference
    if sources:
        key["sources"] = sources
    if erasures:
        key["erasures"] = erasures
    return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:16]


def model_files(params: Params, stages: list[str]) -> list[dict]:
    """Model files and packages the run's stages depend on (their `dependencies`), with checksums or versions."""
    return [dep for spec in registry.stages() if spec.name in stages for dep in spec.load().dependencies(params)]


def output_stats(out_dir: Path) -> tuple[list[dict], Counter, dict[str, dict[str, Counter]], Counter]:
    """Shard list with rows and checksums; kept per input; rejected per input by (stage, reason); extra rows
    per input from records split into per-language parts (a record in k parts counts k - 1)."""
    outputs, kept = [], Counter()
    rejected: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    parts: dict[str, Counter] = defaultdict(Counter)  # uri -> locator -> rows of its parts
    for kind in registry.output_kinds():
        for shard in sorted((out_dir / kind).glob("part-*.parquet")):
            outputs.append({"path": f"{kind}/{shard.name}", "rows": pq.read_metadata(shard).num_rows,
                            "bytes": shard.stat().st_size, "sha256": file_sha256(shard)})
            if kind == "signatures":
                continue
            cols = ["source_uri", "locator", "part"] + (["stage", "reason"] if kind == "rejected" else [])
            table = pq.read_table(shard, columns=cols)
            rows = zip(*(table.column(c).to_pylist() for c in cols))
            for uri, locator, part, *why in rows:
                if kind == "documents":
                    kept[uri] += 1
                else:
                    rejected[uri][why[0]][why[1]] += 1
                if part:
                    parts[uri][locator] += 1
    split = Counter({uri: sum(n - 1 for n in per.values()) for uri, per in parts.items()})
    return outputs, kept, rejected, split


def build_manifest(*, run: str, sector: str, stages: list[str], params: Params, models: list[dict],
                   inputs: list[dict], counts: dict[str, int], out_dir: Path, reference: list[dict] | None = None,
                   skipped: list[dict] | None = None, sources: list[dict] | None = None,
                   erasures: list[dict] | None = None) -> dict:
    """The manifest: a function of the run's inputs, parameters and code alone (no clock, no runner: they go
    to the run report), so an unchanged rerun writes the same bytes. Raises if records in + extra split parts != kept + rejected for any input (that would
    be a bug)."""
    outputs, kept, rejected, split = output_stats(out_dir)
    by_stage: dict[str, Counter] = defaultdict(Counter)
    for uri, stages_ in rejected.items():
        for stage, reasons in stages_.items():
            by_stage[stage].update(reasons)
    for item in inputs:
        item["records"] = counts.get(item["uri"], 0)
        item["kept"] = kept.get(item["uri"], 0)
        item["rejected"] = sum(sum(r.values()) for r in rejected.get(item["uri"], {}).values())
        item["split_parts"] = split.get(item["uri"], 0)
        if item["records"] + item["split_parts"] != item["kept"] + item["rejected"]:
            raise DatalabError(
                f"{item['uri']}: {item['records']} records in (+{item['split_parts']} split parts) but "
                f"{item['kept']} kept + {item['rejected']} rejected"
            )
    return {
        "manifest_version": 2,
        "run_id": run,
        "sector": sector,
        "code_version": code_version(),
        "stages": stages,
        "params": tunables(params),
        "models": models,
        "sources": sources or [],
        "erasures": erasures or [],
        "inputs": inputs,
        "skipped_inputs": skipped or [],
        "counts": {
            "records_in": sum(i["records"] for i in inputs),
            "kept": sum(i["kept"] for i in inputs),
            "rejected": sum(i["rejected"] for i in inputs),
            "rejected_by_stage": {s: dict(sorted(r.items())) for s, r in sorted(by_stage.items())},
        },
        "outputs": outputs,
        "dedup_reference": reference or [],
    }


def validate_manifest(manifest: dict) -> None:
    import jsonschema

    schema = json.loads((SCHEMA_DIR / "manifest.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(manifest, schema)
