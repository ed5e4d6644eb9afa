"""The same pipeline on a Dask cluster (Beam's Dask runner, two worker processes) writes byte-identical
documents, ledger and signature store to the DirectRunner's: same kept set, same duplicate clusters."""

import pytest

from conftest import REPO, read_dir
from datalab.curate import curate


@pytest.mark.slow
def test_dask_runner_matches_direct_runner(tmp_path):
    from distributed import LocalCluster

    inputs = [REPO / "data" / "samples" / "climate"]
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        dask = curate(inputs, tmp_path / "dask", sector="climate", stages="langid,dedup", runner_options=[
            "--runner=apache_beam.runners.dask.dask_runner.DaskRunner", f"--dask_client_address={cluster.scheduler_address}"])
    direct = curate(inputs, tmp_path / "direct", sector="climate", stages="langid,dedup")
    assert dask["run_id"] == direct["run_id"] and dask["counts"] == direct["counts"]
    kept = read_dir(tmp_path / "dask" / "documents").to_pylist()
    assert len(kept) == direct["counts"]["kept"] and any(d["dup_cluster"] for d in kept)
    assert direct["counts"]["rejected_by_stage"]["dedup"]
    shards = [sorted(p.relative_to(tmp_path / run) for p in (tmp_path / run).rglob("*.parquet")) for run in ("dask", "direct")]
    assert shards[0] == shards[1] and len(shards[0]) == 3  # documents, rejected, signatures
    for shard in shards[0]:
        assert (tmp_path / "dask" / shard).read_bytes() == (tmp_path / "direct" / shard).read_bytes(), shard
