"""`datalab deploy` against a real `prefect server start` on localhost, run by a real process worker."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import REPO, count_records, records_out
from datalab.deploy import schedules
from datalab.sources import load_sources

CLI = [sys.executable, "-m", "datalab.cli"]


def test_each_sector_is_scheduled_by_the_distinct_crons_of_its_sources(tmp_path):
    entries = (REPO / "sources.yaml").read_text().split("\n  - name: ")
    head, first = entries[0], entries[1]
    crons = {"a": "0 3 * * 1", "b": "30 1 * * *", "c": "0 3 * * 1"}
    listed = [f"{name}{first[first.index(chr(10)):]}".rstrip() + (f"\n    schedule: '{cron}'" if cron else "")
              for name, cron in (*crons.items(), ("d", None))]
    (tmp_path / "sources.yaml").write_text(head + "".join(f"\n  - name: {e}" for e in listed) + "\n")
    registry = load_sources(tmp_path / "sources.yaml")
    assert [s.schedule for s in registry.sources] == ["0 3 * * 1", "30 1 * * *", "0 3 * * 1", None]
    assert schedules(registry.sources) == {"health": ["0 3 * * 1", "30 1 * * *"]}


def test_deploy_without_a_prefect_server_says_how_to_start_one(tmp_path):
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect")}
    env.pop("PREFECT_API_URL", None)
    done = subprocess.run([*CLI, "deploy", "--project", str(REPO)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.startswith("datalab: error: deploy needs a running Prefect server: start one with `prefect server start`")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory):
    """A real Prefect server on localhost with its own database; the environment that points at it."""
    home = tmp_path_factory.mktemp("prefect-home")
    port = _free_port()
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_UI_ENABLED": "false"}
    log = (home / "server.log").open("w")
    server = subprocess.Popen(["prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)], env=env,
                              stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, (home / "server.log").read_text()[-3000:]
            time.sleep(1)
        yield env
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)
        log.close()


@pytest.mark.slow
def test_deploy_registers_scheduled_flows_that_a_worker_runs(tmp_path, prefect_server):
    env = prefect_server
    lab = tmp_path / "lab"
    subprocess.run([*CLI, "init", str(lab), "--sector", "health"], check=True, capture_output=True, timeout=120)
    delivery = lab / "data" / "sources" / "health" / "discharge_summaries.jsonl"
    shutil.copy(REPO / "data" / "samples" / "health" / "discharge_summaries.jsonl", delivery)
    subprocess.run([*CLI, "sources", "add", "discharges", "--sector", "health", "--uri", str(delivery.relative_to(lab)),
                    "--licence", "CC0-1.0", "--steward", "Health data unit", "--contact-role", "data steward",
                    "--origin", "synthetic", "--personal-data", "none", "--legal-basis", "not applicable (synthetic data)",
                    "--tdm", "not_reserved", "--tdm-determined-by", "licence", "--tdm-checked-on", "2026-12-07",
                    "--collected-from", "2024-01-01", "--schedule", "0 3 * * 1"], cwd=lab, check=True, capture_output=True,
                   timeout=120)

    deployed = subprocess.run([*CLI, "deploy"], cwd=lab, env=env, capture_output=True, text=True, timeout=300)
    assert deployed.returncode == 0, deployed.stderr[-3000:]
    assert "datalab-run/health" in deployed.stdout and "cron '0 3 * * 1' (UTC)" in deployed.stdout
    again = subprocess.run([*CLI, "deploy"], cwd=lab, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr[-3000:]  # deploying again updates, it does not duplicate

    inspected = subprocess.run(["prefect", "deployment", "inspect", "datalab-run/health", "--output", "json"], env=env,
                               capture_output=True, text=True, timeout=120, check=True).stdout
    deployment = json.loads(inspected)
    assert deployment["work_pool_name"] == "datalab" and deployment["entrypoint"] == "datalab.flow.datalab_run"
    assert [s["schedule"]["cron"] for s in deployment["schedules"]] == ["0 3 * * 1"]

    subprocess.run(["prefect", "deployment", "run", "datalab-run/health"], env=env, capture_output=True, timeout=120,
                   check=True)
    worker = subprocess.run(["prefect", "worker", "start", "--pool", "datalab", "--run-once", "--limit", "1"],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=900)
    assert worker.returncode == 0, worker.stdout[-3000:] + worker.stderr[-3000:]
    out = lab / "data" / "curated" / "health"
    assert records_out(out) == {delivery.name: count_records(delivery)}
    query = urllib.request.Request(env["PREFECT_API_URL"] + "/flow_runs/filter", data=b"{}", method="POST",
                                   headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(query, timeout=30) as answer:
        runs = json.load(answer)
    ours = [r for r in runs if r["deployment_id"] == deployment["id"]]
    assert [r["name"] for r in ours if r["state_type"] == "COMPLETED"] == ["health: discharges"]  # named by what it read
    assert {r["state_type"] for r in ours} == {"COMPLETED", "SCHEDULED"}  # and the cron's next runs are scheduled
