"""The same pipeline on a Dask cluster (Beam's Dask runner) writes byte-identical documents, ledger and
signature store to the DirectRunner's. The cluster is started as an operator starts one: a `dask scheduler`
and two `dask worker` processes, in a working directory of their own, so relative paths given to the
driver mean nothing to them."""

import subprocess
import time

import pytest

from conftest import REPO, read_dir
from datalab.curate import curate


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("cluster")
    info = elsewhere / "scheduler.json"
    procs = [subprocess.Popen(["dask", "scheduler", "--port", "0", "--no-dashboard", "--scheduler-file", str(info)],
                              cwd=elsewhere, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        procs.append(subprocess.Popen(["dask", "worker", "--scheduler-file", str(info), "--nworkers", "2", "--nthreads", "1",
                                       "--no-dashboard"], cwd=elsewhere, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        from distributed import Client

        with Client(scheduler_file=str(info), timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
            yield client.scheduler.address
    finally:
        for proc in reversed(procs):
            proc.terminate()
            proc.wait(timeout=60)


def dask_options(address: str) -> list[str]:
    return ["--runner=apache_beam.runners.dask.dask_runner.DaskRunner", f"--dask_client_address={address}"]


@pytest.mark.slow
def test_dask_cluster_with_relative_paths_matches_direct_runner(scheduler, tmp_path, monkeypatch):
    monkeypatch.chdir(REPO)
    inputs = ["data/samples/climate"]  # relative, as the README's recipe writes them
    dask = curate(inputs, tmp_path / "dask", sector="climate", stages="langid,dedup", runner_options=dask_options(scheduler))
    direct = curate(inputs, tmp_path / "direct", sector="climate", stages="langid,dedup")
    assert dask["run_id"] == direct["run_id"] and dask["counts"] == direct["counts"]
    assert "unreadable_file" not in direct["counts"]["rejected_by_stage"].get("ingest", {})
    kept = read_dir(tmp_path / "dask" / "documents").to_pylist()
    assert len(kept) == direct["counts"]["kept"] > 0 and any(d["dup_cluster"] for d in kept)
    assert direct["counts"]["rejected_by_stage"]["dedup"]
    shards = [sorted(p.relative_to(tmp_path / run) for p in (tmp_path / run).rglob("*.parquet")) for run in ("dask", "direct")]
    assert shards[0] == shards[1] and len(shards[0]) == 3  # documents, rejected, signatures
    for shard in shards[0]:
        assert (tmp_path / "dask" / shard).read_bytes() == (tmp_path / "direct" / shard).read_bytes(), shard
    # the runner is in the run report, not the manifest: the same run id, the same manifest
    assert (tmp_path / "dask" / "manifest.json").read_bytes() == (tmp_path / "direct" / "manifest.json").read_bytes()
