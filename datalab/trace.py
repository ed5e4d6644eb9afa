"""An auditor's two questions without reading Parquet by hand: `trace` (where did this document come from, what
was done to it, where did it end up) and `query` (SQL over every sector's documents, ledgers and manifests).

Both read what runs already write: the documents and ledger rows carry every stage's decision and statistics
(`stats`), the manifest the run's inputs and the registry entries of its sources, the release tags which
versions hold which ids. Neither prints document text: a trace says counts, types, scores and checksums.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.dataset as ds

from datalab.errors import DatalabError

_FIELDS = ["id", "sector", "source", "source_uri", "locator", "part", "run_id", "stats"]


def _rows(directory: Path, doc_id: str, kind: str) -> list[dict]:
    shards = sorted(str(p) for p in (directory / kind).glob("part-*.parquet"))
    if not shards:
        return []
    dataset = ds.dataset(shards, format="parquet")
    columns = [c for c in dataset.schema.names if c != "text" and c != "metadata"]  # never the content
    # the record, or its language parts: a split record's parts are "<id>/<lang>", parts 1, 2, ...
    table = dataset.to_table(columns=columns, filter=(pc.field("id") == doc_id) | pc.starts_with(pc.field("id"), f"{doc_id}/"))
    return [{**row, "kind": kind} for row in table.to_pylist() if row["id"] == doc_id or row["part"]]


def trace(doc_id: str, outputs: list[Path], releases: dict[str, set[str]] | None = None) -> dict:
    """Everything recorded about `doc_id` in the sector `outputs` (curated directories): its parts (a record
    split by language is several), kept or rejected with stage and reason, every stage's statistics, the
    source's registry entry and the input it came from in the manifest, and the releases (`releases`:
    version -> ids) that hold it."""
    found = []
    for out in outputs:
        parts = _rows(out, doc_id, "documents") + _rows(out, doc_id, "rejected")
        if not parts:
            continue
        manifest = json.loads((out / "manifest.json").read_text())
        sources = {s["name"]: s for s in manifest.get("sources", [])}
        inputs = {i["uri"]: i for i in manifest["inputs"]}
        found.append({
            "sector": manifest["sector"], "output": str(out), "run_id": manifest["run_id"], "code_version": manifest["code_version"],
            "parts": sorted(parts, key=lambda r: r["part"]),
            "source": sources.get(parts[0]["source"]),
            "input": {k: v for k, v in inputs.get(parts[0]["source_uri"], {}).items()},
            "erased": [e for e in manifest.get("erasures", []) if doc_id in e.get("ids", [])],
            "releases": sorted(v for v, ids in (releases or {}).items() if doc_id in ids),
        })
    if not found:
        raise DatalabError(f"{doc_id}: no document or ledger row with this id in {', '.join(map(str, outputs)) or 'no output'}")
    return {"id": doc_id, "found": found}


def describe(story: dict) -> str:
    """The trace as lines a person reads."""
    lines = []
    for where in story["found"]:
        first = where["parts"][0]
        src = where["source"]
        lines.append(f"{story['id']} (sector {where['sector']}, run {where['run_id']}, code {where['code_version']})")
        origin = (f"source {first['source']}" + (f" (licence {src['licence']}, origin {src['origin']}, tdm {src['tdm']['status']}, "
                                                  f"personal data {src['personal_data']})" if src else " (not a registered source)"))
        lines.append(f"  from      {origin}; {first['source_uri']}, record {first['locator']}"
                     + (f" (input sha256 {where['input']['sha256'][:16]}…)" if where["input"].get("sha256") else ""))
        for part in where["parts"]:
            label = f"part {part['part']}" if len(where["parts"]) > 1 else "outcome"
            if part["kind"] == "documents":
                outcome = f"KEPT in {where['output']}/documents (text sha256 {part.get('text_sha256', '')[:16]}…)"
            else:
                outcome = f"REJECTED at {part['stage']}: {part['reason']}" + (f" ({part['detail']})" if part.get("detail") else "")
            lines.append(f"  {label:<9} {outcome}")
            lines += [f"    {stage:<8} {text}" for stage, text in _stages(part)]
        if where["erased"]:
            lines.append("  erased    " + "; ".join(f"{e['basis']}, asked {e['requested_on']}" for e in where["erased"]))
        lines.append(f"  releases  {', '.join(where['releases']) or 'none holds it'}")
    return "\n".join(lines)


def _stages(part: dict) -> list[tuple[str, str]]:
    stats = part.get("stats") or {}
    out = []
    if (ingest := stats.get("ingest")) is not None:
        out.append(("ingest", f"{ingest.get('fixes', 0)} text repair(s)"))
    if lang := stats.get("langid"):
        shares = ", ".join(f"{code} {share:.2f}" for code, share in lang.get("shares") or [])
        out.append(("langid", f"{lang['lang']} (score {lang['score']:.2f}; shares {shares})"))
    if quality := stats.get("quality"):
        out.append(("quality", ", ".join(f"{k} {v:.3g}" if isinstance(v, float) else f"{k} {v}" for k, v in quality.items()
                                         if k in ("word_count", "mean_word_length", "alphabetic_words", "stop_words",
                                                  "duplicate_lines", "top_2gram_share"))))
    if (pii := stats.get("pii")) is not None:
        counts = ", ".join(f"{kind} {n}" for kind, n in pii.get("counts") or []) or "nothing found"
        out.append(("pii", f"{counts} (per 1,000 characters: {pii.get('density') or 0:.2f})"))
    if (dedup := stats.get("dedup")) is not None:
        out.append(("dedup", "no near or exact duplicate" if not dedup.get("cluster") else
                    f"cluster {dedup['cluster']} of {dedup['cluster_size']}, " +
                    (f"duplicate of {dedup['duplicate_of']} (similarity {dedup['similarity']:.3f})" if dedup.get("duplicate_of")
                     else "the one kept")))
    return out


#: The views `datalab query` defines, over every sector's curated output under the curated directory.
VIEWS = {
    "documents": "documents kept: every column but text and metadata (id, sector, source, source_uri, locator, part, "
                 "lang, lang_score, pii, dup_cluster, text_sha256, run_id, stats)",
    "rejected": "the ledger: every record not kept, with stage, reason, detail, duplicate_of, similarity, stats",
    "manifests": "one row per sector: run_id, sector, code_version, counts, sources, erasures, outputs",
    "inputs": "one row per input file of each sector's run: sector, uri, sha256, bytes, records, kept, rejected",
}


def query(sql: str, curated_dir: Path):
    """Run `sql` in DuckDB over the `VIEWS`; returns (column names, rows)."""
    import duckdb

    con = duckdb.connect()
    pattern = lambda kind: str(curated_dir / "*" / kind / "part-*.parquet")  # noqa: E731
    if not list(curated_dir.glob("*/manifest.json")):
        raise DatalabError(f"{curated_dir}: no curated sector yet (run `datalab run`)")
    con.execute(f"CREATE VIEW documents AS SELECT * EXCLUDE (text, metadata) FROM read_parquet('{pattern('documents')}', union_by_name=true)")
    con.execute(f"CREATE VIEW rejected AS SELECT * FROM read_parquet('{pattern('rejected')}', union_by_name=true)")
    con.execute(f"CREATE VIEW manifests AS SELECT * FROM read_json_auto('{curated_dir / '*' / 'manifest.json'}', union_by_name=true)")
    con.execute("CREATE VIEW inputs AS SELECT sector, i.uri, i.sha256, i.bytes, i.records, i.kept, i.rejected "
                "FROM (SELECT sector, unnest(inputs) AS i FROM manifests)")
    try:
        result = con.execute(sql)
    except duckdb.Error as exc:
        raise DatalabError(f"query: {str(exc).splitlines()[0]}") from None
    return [d[0] for d in result.description], result.fetchall()
