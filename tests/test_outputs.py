"""An output directory is one unit: one writer at a time, the previous complete output stays readable until
the new one is complete, a crash anywhere is finished or undone by the next run, and an unchanged rerun
writes the same bytes (so DVC sees no change)."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import read_dir, write_jsonl
from datalab import outputs
from datalab.curate import curate
from datalab.errors import DatalabError
from datalab.outputs import OutputDir

TEXTS = [
    "The station recorded light rain in the morning and clear skies by the afternoon with mild winds.",
    "Les relevés de la station montrent une hausse des températures moyennes au cours de la dernière décennie.",
    "Die Messstation meldete am Vormittag starken Nebel, der sich gegen Mittag vollständig auflöste.",
]


@pytest.fixture
def inputs(tmp_path):
    write_jsonl(tmp_path / "in" / "a.jsonl", [{"id": f"a{i}", "text": t} for i, t in enumerate(TEXTS)])
    return tmp_path / "in"


def files(directory):
    return {p.relative_to(directory).as_posix(): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


def test_unchanged_rerun_writes_the_same_bytes_and_keeps_timing_out_of_the_manifest(inputs, tmp_path):
    out = tmp_path / "out"
    first = curate([inputs], out, stages="langid")
    before = files(out)
    assert "seconds" not in first and "started_at" not in json.dumps(first)
    curate([inputs], out, stages="langid")
    after = files(out)
    assert {k: v for k, v in after.items() if k != "last-run.json"} == {k: v for k, v in before.items() if k != "last-run.json"}
    report = outputs.last_run(out)
    assert report["run_id"] == first["run_id"] and report["seconds"] >= 0


def test_a_second_writer_is_refused_naming_the_holder(inputs, tmp_path):
    out = tmp_path / "out"
    with OutputDir(out).lock():
        with pytest.raises(DatalabError, match=rf"another datalab run is writing this output \(pid {os.getpid()} on "):
            curate([inputs], out, stages="langid")
    assert not out.exists()
    curate([inputs], out, stages="langid")  # released: the next run proceeds
    assert not (tmp_path / ".out.datalab-lock").exists()


def test_a_lock_left_by_a_killed_run_does_not_block(inputs, tmp_path):
    out = tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from datalab.outputs import OutputDir\n"
                               f"with OutputDir({str(out)!r}).lock():\n    print('locked', flush=True); time.sleep(60)"],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    with pytest.raises(DatalabError, match=f"pid {holder.pid} on"):
        curate([inputs], out, stages="langid")
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert (tmp_path / ".out.datalab-lock").exists()  # the file stays, the kernel released the lock
    curate([inputs], out, stages="langid")


def test_concurrent_cli_runs_one_wins_one_is_refused(inputs, tmp_path):
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "datalab.cli", "curate", str(inputs), "--out", str(out), "--stages", "langid,dedup"]
    first = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lock = tmp_path / ".out.datalab-lock"
    deadline = time.monotonic() + 120
    while not (lock.exists() and lock.stat().st_size) and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # the holder writes its pid once it holds the lock
    # the first run paused while it holds the lock: the second meets it however fast the first would finish
    first.send_signal(signal.SIGSTOP)
    try:
        second = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    finally:
        first.send_signal(signal.SIGCONT)
    assert first.wait(timeout=300) == 0, first.stderr
    assert second.returncode == 2
    assert second.stderr.count("\n") == 1 and "another datalab run is writing this output" in second.stderr
    assert read_dir(out / "documents").num_rows == len(TEXTS)


def test_previous_output_survives_a_crash_between_the_two_renames(inputs, tmp_path, monkeypatch):
    """Where the file system cannot exchange directories atomically, publishing takes two renames; a crash
    between them leaves no output directory, and the next run (or the next `recover`) completes the switch."""
    out = tmp_path / "out"
    curate([inputs], out, stages="langid")
    write_jsonl(inputs / "b.jsonl", [{"id": "b0", "text": TEXTS[0] + " A second delivery."}])
    monkeypatch.setattr(outputs, "exchange", lambda a, b: False)
    real_rename = os.rename

    def crash_on_second_rename(src, dst):
        if ".datalab-staging-" in str(src):
            raise KeyboardInterrupt  # the process dies here
        real_rename(src, dst)

    monkeypatch.setattr(outputs.os, "rename", crash_on_second_rename)
    with pytest.raises(KeyboardInterrupt):
        curate([inputs], out, stages="langid")
    monkeypatch.setattr(outputs.os, "rename", real_rename)
    assert not out.exists()
    target = OutputDir(out)
    with target.lock():
        target.recover()  # the staging directory was complete: the switch is finished
    assert read_dir(out / "documents").num_rows == len(TEXTS) + 1
    assert not list(tmp_path.glob(".out.datalab-*"))


def test_an_incomplete_staging_never_replaces_the_previous_output(tmp_path):
    out = tmp_path / "out"
    (out / "documents").mkdir(parents=True)
    (out / "manifest.json").write_text("{}")
    (tmp_path / ".out.datalab-staging-feed").mkdir()  # a run killed while writing
    old = tmp_path / ".out.datalab-old-beef"
    old.mkdir()
    target = OutputDir(out)
    with target.lock():
        target.recover()
    assert (out / "manifest.json").exists() and not old.exists() and not (tmp_path / ".out.datalab-staging-feed").exists()
    real_old = tmp_path / ".out.datalab-old-cafe"
    os.rename(out, real_old)  # crashed after moving the output away, before the staging was complete
    with target.lock():
        target.recover()
    assert (out / "manifest.json").exists() and not real_old.exists()


def test_exchange_swaps_two_directories(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x").write_text("a")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x").write_text("b")
    if not outputs.exchange(tmp_path / "a", tmp_path / "b"):
        pytest.skip("renameat2(RENAME_EXCHANGE) not supported here; the two-rename path is tested above")
    assert (tmp_path / "a" / "x").read_text() == "b" and (tmp_path / "b" / "x").read_text() == "a"


def test_out_must_be_a_new_empty_or_datalab_directory(inputs, tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(DatalabError, match="exists and is not a directory"):
        curate([inputs], tmp_path / "file", stages="langid")
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "thesis.tex").write_text("years of work")
    with pytest.raises(DatalabError, match="not a datalab output"):
        curate([inputs], tmp_path / "home", stages="langid")
    assert (tmp_path / "home" / "thesis.tex").read_text() == "years of work"


def test_a_symlink_to_an_output_is_that_output(inputs, tmp_path):
    out = tmp_path / "real"
    curate([inputs], out, stages="langid")
    (tmp_path / "link").symlink_to(out)
    with OutputDir(out).lock():
        with pytest.raises(DatalabError, match="another datalab run is writing this output"):
            curate([inputs], tmp_path / "link", stages="langid")
    curate([inputs], tmp_path / "link", stages="langid,quality")
    assert (tmp_path / "link").is_symlink() and json.loads((out / "manifest.json").read_text())["stages"] == ["langid", "quality"]


def test_an_output_inside_an_input_directory_is_never_read_as_input(inputs, tmp_path):
    out = inputs / "curated"
    first = curate([inputs], out, stages="langid")
    again = curate([inputs], out, stages="langid")
    assert first["counts"]["records_in"] == again["counts"]["records_in"] == len(TEXTS)
    assert [(s["path"].rsplit("/", 2)[-2:], s["reason"]) for s in again["skipped_inputs"]] == [
        (["in", "curated"], "the run's own output directory")]


def test_an_input_inside_the_output_is_refused(inputs, tmp_path):
    out = tmp_path / "out"
    curate([inputs], out, stages="langid")
    with pytest.raises(DatalabError, match="lies inside, the run's own output directory"):
        curate([out / "documents"], out, stages="langid")
