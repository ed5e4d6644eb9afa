"""Releases as model teams use them: real git and DVC repositories in temp dirs, real curation by `dvc repro`."""

import json
import shutil
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from conftest import REPO, write_jsonl
from datalab import open_dataset
from datalab.errors import DatalabError
from datalab.loader import Loader, Mixture, Stream, receipt
from datalab.sources import add_source
from datalab.readers import file_sha256 as sha256
from datalab.versions import diff, pull, release, versions
from datalab.workspace import init_workspace

FACTS = {"steward": "Data unit", "contact_role": "data steward", "licence": "CC0-1.0", "legal_basis": "synthetic data",
         "personal_data": "none", "tdm": {"status": "not_reserved", "determined_by": "licence", "checked_on": "2026-12-01"},
         "origin": "synthetic", "collection": {"start": "2024-01-01"}}
WARDS = ["cardiology", "oncology", "neurology", "surgery"]


def note(i: int) -> dict:
    return {"id": f"n{i}", "text": f"Ward {WARDS[i % 4]} note {i}: patient stable on day {i}, vital signs normal, "
                                   f"follow-up in {i % 9 + 2} weeks with the outpatient clinic."}


def sh(*cmd, cwd):
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A lab with two releases of its health sector: v2 adds five notes and drops one."""
    root = init_workspace(tmp_path_factory.mktemp("labs") / "lab", ["health"])
    deliveries = root / "data" / "sources" / "health"
    write_jsonl(deliveries / "notes.jsonl", [note(i) for i in range(30)])
    write_jsonl(deliveries / "letters.jsonl", [{**note(i), "id": f"l{i}"} for i in range(100, 110)])
    for name in ("notes", "letters"):
        add_source(root / "sources.yaml", {**FACTS, "name": name, "sector": "health", "uri": f"data/sources/health/{name}.jsonl"})
    sh("dvc", "repro", "-q", cwd=root)
    first = release(root, "health", "data/curated")
    write_jsonl(deliveries / "notes.jsonl", [note(i) for i in range(1, 35)])  # n0 withdrawn, n30..n34 new
    sh("dvc", "repro", "-q", cwd=root)
    second = release(root, "health", "data/curated")
    return root, first, second


@pytest.mark.slow
def test_two_releases_are_tagged_listed_and_pulled_from_a_clone_with_checksums(lab, tmp_path):
    root, first, second = lab
    assert (first["version"], second["version"], second["parent"]) == ("health@v1", "health@v2", "health@v1")
    assert [(v["version"], v["documents"], v["sources"]) for v in versions(root, "health")] == [
        ("health@v1", 40, {"notes": 30, "letters": 10}), ("health@v2", 44, {"notes": 34, "letters": 10})]
    message = sh("git", "tag", "-n5", "health@v2", cwd=root)
    assert "health@v2: 44 documents" in message and "parent: health@v1" in message
    with pytest.raises(DatalabError, match="unchanged since health@v2"):
        release(root, "health", "data/curated")
    clone = tmp_path / "clone"
    sh("git", "clone", "-q", str(root), str(clone), cwd=tmp_path)  # git only: no DVC data in it
    for version, expected in (("health@v1", 40), ("health@v2", 44)):
        record = pull(version, tmp_path / version, repo=str(clone))
        manifest = json.loads((tmp_path / version / "manifest.json").read_text())
        assert record["manifest_sha256"] == sha256(tmp_path / version / "manifest.json")
        shards = [o for o in manifest["outputs"] if o["path"].startswith("documents/")]
        assert all(sha256(tmp_path / version / o["path"]) == o["sha256"] for o in shards)
        assert sum(pq.read_metadata(tmp_path / version / o["path"]).num_rows for o in shards) == expected
        assert not (tmp_path / version / "rejected").exists()  # only what was asked for
    d = diff("health@v1", "health@v2", repo=str(clone))
    assert (d["added"], d["removed"], d["added_ids"], d["removed_ids"]) == (5, 1, [f"n{i}" for i in range(30, 35)], ["n0"])
    assert d["added_by_source"] == {"notes": 5} and d["removed_by_source"] == {"notes": 1}
    dataset = open_dataset("health@v1", repo=str(clone), cache=tmp_path / "cache")
    assert dataset.count_rows() == 40 and "n0" in dataset.to_table(columns=["id"])["id"].to_pylist()



@pytest.mark.slow
def test_pulled_releases_are_read_once_per_epoch_resumed_on_more_ranks_and_mixed(lab, tmp_path):
    root, first, second = lab
    assert sh("git", "status", "--porcelain", cwd=root) == ""  # a release leaves nothing uncommitted
    sh("dvc", "repro", "-q", cwd=root)  # an unchanged rerun
    assert sh("git", "status", "--porcelain", cwd=root) == ""
    for spec in ("health@v1", "health@v2"):
        pull(spec, tmp_path / spec, repo=str(root))
    v2 = Stream(tmp_path / "health@v2", block=8)

    def job(world, workers, state=None, steps=None):
        """Each rank's samples, its workers interleaved as a DataLoader does, at most `steps` per rank."""
        out = []
        for rank in range(world):
            loaders = [Loader(v2, 11, rank, world, w, workers) for w in range(workers)]
            for loader in loaders:
                if state:
                    loader.load_state_dict(state)
            its, mine = [iter(x) for x in loaders], []
            while its and (steps is None or len(mine) < steps):
                for it in list(its):
                    if steps is None or len(mine) < steps:
                        sample = next(it, None)
                        its.remove(it) if sample is None else mine.append(sample)
            out += mine
        return out, loaders

    whole, _ = job(2, 2)
    assert sorted(s["id"] for s in whole) == sorted(pq.read_table(tmp_path / "health@v2" / "documents", columns=["id"])["id"].to_pylist())
    order = {s["position"]: s["id"] for s in whole}
    early, loaders = job(2, 2, steps=9)
    late, _ = job(4, 1, state=Loader(v2, 11, 0, 2).state_dict(steps=9))
    both = early + late
    assert len(both) == len({s["id"] for s in both}) == 44 and {s["position"]: s["id"] for s in both} == order
    mixed = Loader(Mixture([Stream(tmp_path / "health@v1"), v2], [0.25, 0.75]), seed=2, length=40)
    drawn = [s["stream"] for s in mixed]
    assert (drawn.count("health@v1"), drawn.count("health@v2")) == (10, 30)
    mixed.state_dict()
    kept = receipt(mixed)
    assert [r["manifest_sha256"] for r in kept["releases"]] == [first["manifest_sha256"], second["manifest_sha256"]]
    assert kept["realised_shares"] == {"health@v1": 0.25, "health@v2": 0.75}

@pytest.mark.slow
def test_a_tampered_shard_is_refused_and_a_clone_at_the_tag_makes_the_same_bytes(lab, tmp_path):
    root, first, _ = lab
    clone = tmp_path / "clone"
    sh("git", "clone", "-q", "--branch", "health@v1", str(root), str(clone), cwd=tmp_path)
    # a fresh clone at the tag rebuilds the release: the deliveries come from the DVC remote, the shards match
    sh("dvc", "pull", "-q", "data/sources/health.dvc", cwd=clone)
    sh("dvc", "repro", "-q", "--force", "curate@health", cwd=clone)
    pulled = pull("health@v1", tmp_path / "v1", repo=str(root))
    for shard in json.loads((tmp_path / "v1" / "manifest.json").read_text())["outputs"]:
        if shard["path"].startswith("documents/"):
            assert sha256(clone / pulled["path"] / shard["path"]) == shard["sha256"]
    # a remote whose copy of a shard was altered: the pull stops at that shard, nothing lands in the target
    store = tmp_path / "store"
    shutil.copytree(root / ".dvcstore", store)
    for path in store.rglob("*"):
        if path.is_file() and path.read_bytes()[:4] == b"PAR1":
            path.write_bytes(path.read_bytes()[:-12] + b"\0" * 12)
    other = tmp_path / "other"
    sh("git", "clone", "-q", str(root), str(other), cwd=tmp_path)
    sh("dvc", "remote", "modify", "--local", "local", "url", str(store), cwd=other)
    with pytest.raises(DatalabError, match=r"health@v1: documents/part-00000\.parquet does not match its sha256"):
        pull("health@v1", tmp_path / "bad", repo=str(other))
    assert not (tmp_path / "bad").exists()


@pytest.mark.slow
def test_the_example_job_pulls_reads_on_four_ranks_then_resumes_on_two(lab, tmp_path):
    root, _, second = lab
    job = [sys.executable, str(REPO / "examples" / "train_job.py"), "health@v2", "--repo", str(root), "--batch-size", "4",
           "--state", str(tmp_path / "job" / "state.json"), "--data", str(tmp_path / "job" / "data")]
    assert "data position 32 of 44" in sh(*job, "--world-size", "4", "--steps", "2", cwd=tmp_path)
    assert "data position 44 of 44" in sh(*job, "--world-size", "2", cwd=tmp_path)
    kept = json.loads((tmp_path / "job" / "receipt.json").read_text())
    assert [(s["from"], s["to"], s["world_size"]) for s in kept["segments"]] == [(0, 32, 4), (32, 44, 2)]
    assert kept["releases"][0]["manifest_sha256"] == second["manifest_sha256"]


@pytest.mark.slow
def test_forget_makes_a_release_without_the_documents_and_later_runs_never_bring_them_back(lab, tmp_path):
    root, _, second = lab
    done = subprocess.run([sys.executable, "-m", "datalab.cli", "forget", "health", "--id", "n5", "--id", "l101",
                           "--basis", "data_subject_request", "--requested-on", "2026-12-08", "--no-push"],
                          cwd=root, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "health@v3" in done.stdout and "2 removed" in done.stdout
    d = diff("health@v2", "health@v3", repo=str(root))
    assert (d["removed_ids"], d["added"]) == (["l101", "n5"], 0)
    manifest = json.loads((root / "data" / "curated" / "health" / "manifest.json").read_text())
    assert manifest["erasures"] == [{"sector": "health", "ids": ["n5", "l101"], "source": None, "requested_on": "2026-12-08",
                                     "basis": "data_subject_request"}]
    ledger = pq.read_table(root / "data" / "curated" / "health" / "rejected").to_pylist()
    assert sorted((r["id"], r["reason"]) for r in ledger if r["reason"] == "erased") == [("l101", "erased"), ("n5", "erased")]
    assert not any("Ward" in str(r.get("detail")) for r in ledger)  # ids and reasons, no text
    signatures = pq.read_table(root / "data" / "curated" / "health" / "signatures", columns=["id"])["id"].to_pylist()
    assert "n5" not in signatures and "l101" not in signatures  # the published signature store forgets them
    sh("dvc", "repro", "-q", "--force", cwd=root)  # a later run from the same deliveries
    ids = pq.read_table(root / "data" / "curated" / "health" / "documents", columns=["id"])["id"].to_pylist()
    assert "n5" not in ids and "l101" not in ids and len(ids) == 42
    earlier = pull("health@v2", tmp_path / "v2", repo=str(root))
    assert earlier["version"] == "health@v2" and "n5" in pq.read_table(tmp_path / "v2" / "documents", columns=["id"])["id"].to_pylist()


@pytest.mark.slow
def test_a_release_pushed_to_an_s3_remote_is_pulled_from_a_clone(tmp_path, s3_server):
    """The DVC remote in an S3-compatible store (a real local server), as `dvc remote add -d` configures it."""
    s3_server["client"].create_bucket(Bucket="lab-dvc", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
    root = init_workspace(tmp_path / "lab", ["climate"])
    write_jsonl(root / "data" / "sources" / "climate" / "stations.jsonl", [{**note(i), "id": f"s{i}"} for i in range(12)])
    add_source(root / "sources.yaml", {**FACTS, "name": "stations", "sector": "climate",
                                       "uri": "data/sources/climate/stations.jsonl"})
    sh("dvc", "remote", "add", "-d", "-f", "bucket", "s3://lab-dvc/store", cwd=root)
    sh("dvc", "remote", "modify", "bucket", "endpointurl", s3_server["endpoint"], cwd=root)
    sh("dvc", "repro", "-q", cwd=root)
    made = release(root, "climate", "data/curated")
    assert made["pushed_files"] > 0
    assert s3_server["client"].list_objects_v2(Bucket="lab-dvc", Prefix="store/")["KeyCount"] >= made["pushed_files"]
    shutil.rmtree(root / ".dvc" / "cache")  # the lab's own cache gone: the shards can only come from the bucket
    clone = tmp_path / "clone"
    sh("git", "clone", "-q", str(root), str(clone), cwd=tmp_path)
    pulled = pull("climate@v1", tmp_path / "v1", repo=str(clone))
    assert pq.read_table(tmp_path / "v1" / "documents").num_rows == pulled["documents"] == 12
