"""Progress of a run that a person can follow: per sector, megabytes and records read, records through each
stage, rate and time left.

Beam's workers are other processes (and, on a cluster, other machines), so they cannot call back: each
worker's DoFns add their counts to a `Tally`, which writes them, at most twice a second, to a small JSON file
of its own in a directory the run names; `watch` (in the process that started the pipeline) sums those files
twice a second and shows them: a rich progress bar on a terminal (`use_bars`, which the CLI turns on), else a
log line every `LINE_SECONDS` (plain text or JSON, as the CLI's log handlers write them; nothing with
--quiet). Progress is best effort: a worker that cannot write its file (a cluster without the directory) only
leaves the display behind; the run's counts come from its outputs, never from here. Counts and sizes only.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import tempfile
import threading
import time
import uuid
from collections import Counter, deque
from pathlib import Path

log = logging.getLogger("datalab.progress")

#: Seconds between two progress lines when no bar is shown.
LINE_SECONDS = 10.0
_WRITE_SECONDS = 0.5
_bars = False


def use_bars(on: bool) -> None:
    """Show a progress bar (on a terminal) instead of periodic log lines."""
    global _bars
    _bars = on


class Tally:
    """A worker process's counts ("bytes", "records", a stage's name) for one run, written to a file of its own
    in the run's `directory` (atomically: the watcher never reads half a file). One per process and directory
    (`Tally.of`), shared by its DoFns, so that a file's counts are of one moment."""

    _open: dict[str, "Tally"] = {}
    _lock = threading.Lock()

    def __init__(self, directory: str | None):
        self.path = Path(directory) / f"{os.getpid()}-{uuid.uuid4().hex[:12]}.json" if directory else None
        self.counts: Counter = Counter()
        self.written = 0.0

    @classmethod
    def of(cls, directory: str | None) -> "Tally":
        with cls._lock:
            if directory not in cls._open:
                cls._open[directory] = cls(directory)
            return cls._open[directory]

    def add(self, **counts: int) -> None:
        with self._lock:
            self.counts.update(counts)
        if self.path is not None and time.monotonic() - self.written >= _WRITE_SECONDS:
            self.flush()

    def flush(self) -> None:
        if self.path is None:
            return
        self.written = time.monotonic()
        tmp = self.path.with_name(f".{self.path.name}.{threading.get_ident()}.tmp")
        try:
            with self._lock:
                snapshot = json.dumps(self.counts)
            tmp.write_text(snapshot)
            os.replace(tmp, self.path)
        except OSError:  # not this machine's directory (a cluster), or the run is over: no display, no failure
            self.path = None


def _summed(directory: Path) -> Counter:
    total: Counter = Counter()
    for path in directory.glob("*.json"):
        with contextlib.suppress(OSError, ValueError):
            total.update(json.loads(path.read_text()))
    return total


def describe(sector: str, done: Counter, total_bytes: int, rate: float, stages: list[str]) -> str:
    """One progress line: "health: 12.3 of 48.1 MB (26%), 2,451 records read (langid 2,440, ...), 0.98 MB/s,
    about 37 s left"; `rate` in MB/s."""
    mb, total_mb = done["bytes"] / 1e6, total_bytes / 1e6
    left = f", about {_duration((total_mb - mb) / rate)} left" if rate > 0 and mb < total_mb else ""
    through = ", ".join(f"{s} {done[s]:,}" for s in stages if s in done)
    return (f"{sector}: {mb:.1f} of {total_mb:.1f} MB ({min(mb / total_mb, 1) if total_mb else 1:.0%}), "
            f"{done['records']:,} records read" + (f" ({through})" if through else "") + f", {rate:.2f} MB/s{left}")


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600 else (
        f"{seconds // 60}:{seconds % 60:02d}" if seconds >= 60 else f"{seconds} s")


@contextlib.contextmanager
def watch(sector: str, total_bytes: int, stages: list[str]):
    """A directory for the workers' `Tally` files (yielded), watched until the block ends."""
    directory = Path(tempfile.mkdtemp(prefix="datalab-progress-"))
    stop = threading.Event()
    thread = threading.Thread(target=_show, args=(directory, sector, total_bytes, stages, stop), daemon=True,
                              name=f"datalab-progress-{sector}")
    thread.start()
    try:
        yield str(directory)
    finally:
        stop.set()
        thread.join()
        shutil.rmtree(directory, ignore_errors=True)


class Rate:
    """MB/s over the last `window` seconds of samples: start-up (workers importing, models loading) and a
    change of pace (a file of long documents) do not skew the time left for long."""

    def __init__(self, window: float = 30.0):
        self.window, self.samples, self.last = window, deque(), 0.0

    def __call__(self, now: float, done_bytes: int) -> float:
        self.samples.append((now, done_bytes))
        while len(self.samples) > 2 and now - self.samples[1][0] >= self.window:
            self.samples.popleft()
        (then, before) = self.samples[0]
        self.last = (done_bytes - before) / 1e6 / (now - then) if now > then else 0.0
        return self.last


def _show(directory: Path, sector: str, total_bytes: int, stages: list[str], stop: threading.Event) -> None:
    last_line, rate = time.monotonic(), Rate()
    bar = _Bar(sector, total_bytes) if _bars else None
    try:
        while not stop.wait(0.5):
            done = _summed(directory)
            line = describe(sector, done, total_bytes, rate(time.monotonic(), done["bytes"]), stages)
            if bar is not None:  # the stages' counts only in the log lines: a terminal line is short
                bar.update(done, describe(sector, done, total_bytes, rate.last, []))
            if time.monotonic() - last_line >= LINE_SECONDS and done["bytes"]:
                last_line = time.monotonic()
                log.info("%s", line)
    finally:
        if bar is not None:
            bar.close()
    if (done := _summed(directory))["bytes"]:  # where the workers got to: all of it, unless the run failed
        log.info("%s", describe(sector, done, total_bytes, rate.last, stages))


class _Bar:
    """A rich progress bar on stderr: megabytes done of the total, the progress line beside it."""

    def __init__(self, sector: str, total_bytes: int):
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn

        self.progress = Progress(BarColumn(bar_width=30), TextColumn("{task.description}"),
                                 console=Console(stderr=True), transient=True)
        self.task = self.progress.add_task(f"{sector}: starting", total=max(total_bytes, 1))
        self.progress.start()

    def update(self, done: Counter, line: str) -> None:
        self.progress.update(self.task, completed=done["bytes"], description=line)

    def close(self) -> None:
        self.progress.stop()
