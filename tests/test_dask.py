"""The same pipeline on a Dask cluster (Beam's Dask runner, two worker processes) keeps what the
DirectRunner keeps and rejects the same records for the same reasons."""

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
    kept = [read_dir(tmp_path / run / "documents").select(["id", "text", "lang"]).to_pylist() for run in ("dask", "direct")]
    assert kept[0] == kept[1] and len(kept[0]) == direct["counts"]["kept"]
    ledger = [read_dir(tmp_path / run / "rejected").to_pylist() for run in ("dask", "direct")]
    assert ledger[0] == ledger[1]
    assert direct["counts"]["rejected_by_stage"]["dedup"]
