"""Releases: a sector's curated output as a named version, `SECTOR@vN`, that training jobs pull by name.

`release` records the sector's outputs with DVC, writes `releases/SECTOR.json` (the version, where the output
lies, the sha256 of its manifest, its summary), commits it with the files that made the output (dvc.yaml,
dvc.lock, params.yaml, sources.yaml, .dvc/config), tags the commit `SECTOR@vN` (annotated: the summary is the
message) and pushes the shards to the DVC remote. A consumer trusts a chain of checksums: the tag's
`releases/SECTOR.json` names the manifest's sha256, and the manifest every shard's sha256 and row count;
`pull` checks each link, so a version pulled months later is the version released, or an error.

`pull` and `diff` read through DVC's file system (`dvc.api.DVCFileSystem`) at the tag: no checkout of the lab's
repository, only the files asked for, from the remote the tag's `.dvc/config` names.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import subprocess
import time
from collections import Counter
from pathlib import Path

from datalab.errors import DatalabError
from datalab.readers import file_sha256
from datalab.workspace import SOURCES_DIR

TAG = re.compile(r"^(?P<sector>[A-Za-z0-9][A-Za-z0-9_-]*)@v(?P<number>[1-9]\d*)$")
RELEASES_DIR = "releases"
#: Files a release commits beside releases/SECTOR.json: what a clone at the tag needs to make the same output.
RECORDED = ("dvc.yaml", "dvc.lock", "params.yaml", "sources.yaml", "erasures.yaml", ".dvc/config", ".dvc/.gitignore", ".gitignore",
            ".dvcignore")
#: Who commits and tags when git has no identity configured (a fresh lab machine): the tool, not a person.
_IDENTITY = {"GIT_AUTHOR_NAME": "datalab", "GIT_AUTHOR_EMAIL": "datalab@localhost",
             "GIT_COMMITTER_NAME": "datalab", "GIT_COMMITTER_EMAIL": "datalab@localhost"}


def parse(spec: str) -> tuple[str, int]:
    """("health", 2) for "health@v2"; a DatalabError saying how to write one otherwise."""
    m = TAG.match(spec)
    if not m:
        raise DatalabError(f"{spec}: name a version as SECTOR@vN, e.g. health@v2 (`datalab versions` lists them)")
    return m["sector"], int(m["number"])


def _git(root: Path, *args: str, check: bool = True) -> str:
    env = {**os.environ}
    for setting, suffix in (("user.name", "_NAME"), ("user.email", "_EMAIL")):  # only where git has none of its own
        if not _configured(root, setting):
            env |= {k: v for k, v in _IDENTITY.items() if k.endswith(suffix) and k not in os.environ}
    done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, env=env)
    if check and done.returncode:
        raise DatalabError(f"git {args[0]}: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else 'failed'}")
    return done.stdout


def _configured(root: Path, key: str) -> bool:
    return subprocess.run(["git", "config", key], cwd=root, capture_output=True).returncode == 0


def summary(out: Path) -> dict:
    """What a release holds, from its manifest and the documents' `lang` and `text` columns: documents, words
    (whitespace-separated), bytes of text, documents per language and per source."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    manifest = json.loads((out / "manifest.json").read_text())
    documents = words = text_bytes = 0
    languages, sources = Counter(), Counter()
    for shard in sorted((out / "documents").glob("part-*.parquet")):
        table = pq.read_table(shard, columns=["text", "lang", "source"])
        documents += table.num_rows
        if table.num_rows:
            words += pc.sum(pc.list_value_length(pc.utf8_split_whitespace(table["text"]))).as_py() or 0
            text_bytes += pc.sum(pc.binary_length(table["text"])).as_py() or 0
            languages.update(table["lang"].to_pylist())
            sources.update(table["source"].to_pylist())
    return {"documents": documents, "words": words, "text_bytes": text_bytes,
            "languages": dict(languages.most_common()), "sources": dict(sources.most_common()),
            "run_id": manifest["run_id"], "manifest_sha256": file_sha256(out / "manifest.json")}


def versions(root: Path, sector: str | None = None) -> list[dict]:
    """The releases in the repository at `root` (oldest first per sector): name, sector, number, date, summary."""
    found = []
    listing = _git(root, "for-each-ref", "refs/tags", "--format=%(refname:short)%00%(creatordate:iso-strict)%00%(contents)%01")
    for entry in listing.split("\x01"):
        if not entry.strip():
            continue
        name, date, message = entry.strip("\n").split("\x00", 2)
        if not (m := TAG.match(name)) or (sector and m["sector"] != sector):
            continue
        info = json.loads(message[message.index("{"):]) if "{" in message else {}
        found.append({"version": name, "sector": m["sector"], "number": int(m["number"]), "date": date, **info})
    return sorted(found, key=lambda v: (v["sector"], v["number"]))


def release(root: Path, sector: str, curated_dir: str, push: bool = True) -> dict:
    """Make the sector's current curated output version N+1 (see the module docstring); returns its record."""
    root = Path(root).resolve()
    with contextlib.chdir(root):  # DVC resolves stage and output paths from the working directory
        return _release(root, sector, curated_dir, push)


def _release(root: Path, sector: str, curated_dir: str, push: bool) -> dict:
    from datalab import release as dvc

    out = root / curated_dir / sector
    if not (out / "manifest.json").exists():
        raise DatalabError(f"{sector}: nothing curated yet in {curated_dir}/{sector} (run `datalab run --sector {sector}`)")
    if not dvc.is_up_to_date(root, sector):
        raise DatalabError(f"{sector}: its outputs are not what dvc.lock records for its inputs and parameters "
                           f"(run `datalab run --sector {sector}` first)")
    if not (root / ".git").exists():
        raise DatalabError(f"{root}: not a git repository (`datalab init` makes one)")
    earlier = versions(root, sector)
    facts = summary(out)
    if earlier and earlier[-1].get("manifest_sha256") == facts["manifest_sha256"]:
        raise DatalabError(f"{sector}: unchanged since {earlier[-1]['version']} (same manifest); nothing to release")
    name = f"{sector}@v{earlier[-1]['number'] + 1 if earlier else 1}"
    record = {"version": name, "sector": sector, "path": f"{curated_dir}/{sector}",
              "parent": earlier[-1]["version"] if earlier else None, "released_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
              **facts}
    (root / RELEASES_DIR).mkdir(exist_ok=True)
    (root / RELEASES_DIR / f"{sector}.json").write_text(json.dumps(record, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    # the deliveries the stage read, tracked too, so that a clone at the tag can `dvc pull` and `dvc repro`
    deliveries = [f"{SOURCES_DIR}/{sector}"] if (root / SOURCES_DIR / sector).is_dir() else []
    if deliveries:
        if _git(root, "ls-files", "--", deliveries[0]).strip():  # committed to git (an early `git add -A`): DVC takes it over
            _git(root, "rm", "-r", "-q", "--cached", "--", deliveries[0])
        dvc._repo(root).add(deliveries[0])
    targets = [dvc.stage_name(sector), *(f"{d}.dvc" for d in deliveries)]
    pushed = 0
    if push:
        remote = dvc.ensure_default_remote(root)
        pushed = dvc._repo(root).push(targets=targets, remote=remote)
    _git(root, "add", "--", f"{RELEASES_DIR}/{sector}.json", *(f"{d}.dvc" for d in deliveries),
         *(str(p.relative_to(root)) for d in (SOURCES_DIR, curated_dir) for p in root.glob(f"{d}/.gitignore")),  # DVC's
         *(p for p in RECORDED if (root / p).exists()))
    _git(root, "commit", "-q", "-m", f"Release {name}")
    langs = ", ".join(f"{k} {v}" for k, v in list(facts["languages"].items())[:8])
    message = (f"{name}: {facts['documents']} documents, {facts['words']} words, {facts['text_bytes']} bytes of text\n"
               f"languages: {langs}\nsources: {', '.join(facts['sources'])}\nparent: {record['parent'] or 'none'}\n\n"
               + json.dumps({k: v for k, v in record.items() if k != "version"}, sort_keys=True, ensure_ascii=False))
    _git(root, "tag", "-a", name, "-m", message)
    return {**record, "pushed_files": pushed}


def _fs(repo: str, rev: str):
    from dvc.api import DVCFileSystem

    from datalab.release import quiet_dvc

    quiet_dvc()
    try:
        return DVCFileSystem(repo, rev=rev)
    except Exception as exc:  # an unknown revision, an unreachable repository: DVC's and scmrepo's own errors
        raise DatalabError(f"{repo}: cannot open {rev} ({type(exc).__name__})") from None


def _release_record(fs, spec: str, sector: str) -> dict:
    try:
        record = json.loads(fs.read_text(f"{RELEASES_DIR}/{sector}.json"))
    except FileNotFoundError:
        raise DatalabError(f"{spec}: the tag holds no {RELEASES_DIR}/{sector}.json (not made by `datalab release`)") from None
    if record.get("version") != spec:
        raise DatalabError(f"{spec}: the tag's {RELEASES_DIR}/{sector}.json describes {record.get('version')}")
    return record


def pull(spec: str, to: str | Path, repo: str = ".", kinds: tuple[str, ...] = ("documents",)) -> dict:
    """Fetch release `spec` ("health@v2") of `repo` (a path or URL of the lab's git repository) into `to`: its
    manifest and the shards of `kinds` (documents; rejected and signatures on request), each checked against the
    manifest's sha256 before it is moved into place. Returns the release record."""
    sector, _ = parse(spec)
    fs = _fs(repo, spec)
    record = _release_record(fs, spec, sector)
    to = Path(to)
    staging = to.with_name(f".{to.name}.partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        fs.get_file(f"{record['path']}/manifest.json", str(staging / "manifest.json"))
        if file_sha256(staging / "manifest.json") != record["manifest_sha256"]:
            raise DatalabError(f"{spec}: manifest.json does not match the sha256 the release recorded")
        manifest = json.loads((staging / "manifest.json").read_text())
        for shard in manifest["outputs"]:
            if shard["path"].split("/")[0] not in kinds:
                continue
            local = staging / shard["path"]
            local.parent.mkdir(parents=True, exist_ok=True)
            fs.get_file(f"{record['path']}/{shard['path']}", str(local))
            if file_sha256(local) != shard["sha256"]:
                raise DatalabError(f"{spec}: {shard['path']} does not match its sha256 in the manifest")
        (staging / "release.json").write_text(json.dumps(record, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
        if to.exists():
            shutil.rmtree(to)
        os.replace(staging, to)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return record


def open_dataset(spec: str, repo: str = ".", cache: str | Path | None = None):
    """Release `spec` of `repo` as a `pyarrow.dataset.Dataset` of its documents, pulled (and verified) once into
    `cache` (default: ~/.cache/datalab/releases/<repository hash>/<spec>)."""
    import pyarrow.dataset as ds

    where = Path(repo).resolve().as_posix() if Path(repo).exists() else repo
    cache = Path(cache or Path.home() / ".cache" / "datalab" / "releases") / hashlib.sha256(where.encode()).hexdigest()[:16]
    local = cache / spec
    if not (local / "release.json").exists():
        pull(spec, local, repo)
    return ds.dataset(sorted(str(p) for p in (local / "documents").glob("part-*.parquet")), format="parquet")


def _ids(fs, record: dict, manifest: dict) -> dict[str, tuple[str, str]]:
    """id -> (source, lang) of a release's documents, reading those three columns only."""
    import pyarrow.parquet as pq

    out = {}
    for shard in manifest["outputs"]:
        if shard["path"].startswith("documents/"):
            with fs.open(f"{record['path']}/{shard['path']}", "rb") as fh:
                table = pq.read_table(fh, columns=["id", "source", "lang"])
            out.update(zip(table["id"].to_pylist(), zip(table["source"].to_pylist(), table["lang"].to_pylist())))
    return out


def release_ids(root: Path, sector: str) -> dict[str, set[str]]:
    """Each release of the sector -> the ids of its documents (`datalab trace`: which versions hold a document)."""
    held = {}
    for v in versions(root, sector):
        fs = _fs(str(root), v["version"])
        record = _release_record(fs, v["version"], sector)
        held[v["version"]] = set(_ids(fs, record, json.loads(fs.read_text(f"{record['path']}/manifest.json"))))
    return held


def diff(old: str, new: str, repo: str = ".") -> dict:
    """Documents added and removed from release `old` to `new` of one sector, counted by source and language,
    from the manifests and the documents' id, source and lang columns."""
    sector_old, _ = parse(old)
    sector_new, _ = parse(new)
    if sector_old != sector_new:
        raise DatalabError(f"{old} and {new}: versions of different sectors")
    sides = []
    for spec in (old, new):
        fs = _fs(repo, spec)
        record = _release_record(fs, spec, sector_old)
        manifest = json.loads(fs.read_text(f"{record['path']}/manifest.json"))
        sides.append(_ids(fs, record, manifest))
    before, after = sides
    added = [after[i] for i in after.keys() - before.keys()]
    removed = [before[i] for i in before.keys() - after.keys()]

    def by(rows, k):
        return dict(Counter(r[k] for r in rows).most_common())

    return {"from": old, "to": new, "documents": [len(before), len(after)], "added": len(added), "removed": len(removed),
            "added_by_source": by(added, 0), "added_by_language": by(added, 1),
            "removed_by_source": by(removed, 0), "removed_by_language": by(removed, 1),
            "added_ids": sorted(after.keys() - before.keys()), "removed_ids": sorted(before.keys() - after.keys())}
