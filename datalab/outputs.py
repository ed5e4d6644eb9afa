"""An output directory (`--out DIR`) as one unit: one writer at a time, and readers see either the previous
complete output or the new one, never a mix.

A run writes everything to a staging directory beside DIR (`.<name>.datalab-staging-<run id>`), manifest
last, then switches it with DIR in one step (`renameat2(RENAME_EXCHANGE)`; on file systems without it, two
renames that `recover()` completes after a crash) and removes what was swapped out. The lock is a file beside
DIR (`.<name>.datalab-lock`) held with `flock`: the kernel releases it when its holder dies, even by kill -9,
so a stale lock never blocks a rerun, and its content names the holder for the error message."""

from __future__ import annotations

import ctypes
import errno
import fcntl
import json
import logging
import os
import shutil
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from datalab.errors import DatalabError
from datalab.stages import output_kinds

log = logging.getLogger("datalab")

MANIFEST = "manifest.json"
#: Timing and runner of the run that made the output: kept out of the manifest (and out of what DVC hashes,
#: see `.dvcignore`) so that an unchanged rerun leaves the output byte-identical.
RUN_REPORT = "last-run.json"
#: What a datalab output holds; a directory holding anything else is not replaced.
ENTRIES = frozenset({*output_kinds(), MANIFEST, RUN_REPORT})
#: Leftovers of runs from before staging moved beside the output; `recover()` removes them.
_LEGACY = (".staging-", ".old-", ".manifest.json.tmp-")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class OutputDir:
    """DIR and the files beside it that a run uses: lock, staging, swapped-out copy."""

    def __init__(self, path: str | Path):
        # absolute: workers with another working directory write staging; resolved: a symlink and its target
        # are one output, with one lock
        self.path = Path(os.path.realpath(path))
        self.parent, self.name = self.path.parent, self.path.name
        self.lock_file = self.parent / f".{self.name}.datalab-lock"

    def staging(self, run: str) -> Path:
        return self.parent / f".{self.name}.datalab-staging-{run}"

    def _old(self, run: str) -> Path:
        return self.parent / f".{self.name}.datalab-old-{run}"

    def _leftovers(self, kind: str) -> list[Path]:
        return sorted(self.parent.glob(f".{self.name}.datalab-{kind}-*"))

    def check(self) -> None:
        """Refuse a target that is (or lies under) a file, or a directory with content that is not a datalab
        output (a mistyped --out must never replace someone's files)."""
        existing = next(p for p in (self.path, *self.path.parents) if p.exists())
        if not existing.is_dir():
            raise DatalabError(f"{existing}: exists and is not a directory")
        if self.path.is_dir():
            foreign = [p for p in self.path.iterdir() if p.name not in ENTRIES and not p.name.startswith(_LEGACY)]
            if foreign:  # not named: a file name can be personal data
                raise DatalabError(f"{self.path}: --out holds {len(foreign)} entries that are not a datalab output; "
                                   "choose a new or empty directory")

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the output's lock, or fail at once naming the holder."""
        self.parent.mkdir(parents=True, exist_ok=True)
        fd = _acquire(self.lock_file)
        if fd is None:
            raise DatalabError(f"{self.path}: another datalab run is writing this output ({_holder(self.lock_file)}); "
                               "wait for it to finish or stop it")
        try:
            os.ftruncate(fd, 0)
            os.write(fd, json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "since": now()}).encode())
            yield
        finally:
            self.lock_file.unlink(missing_ok=True)  # before unlocking: a waiter then finds a fresh file (`_acquire`)
            os.close(fd)

    def recover(self) -> None:
        """Finish or undo a switch a crash interrupted, then remove staging and swapped-out leftovers. Call
        with the lock held."""
        if not self.path.exists():
            complete = [s for s in self._leftovers("staging") if (s / MANIFEST).exists()]
            olds = self._leftovers("old")
            if complete:
                os.rename(complete[-1], self.path)
                log.warning("%s: completed the switch to a run interrupted after it finished", self.path)
            elif olds:
                os.rename(olds[-1], self.path)
                log.warning("%s: restored the previous output after an interrupted switch", self.path)
        for leftover in self._leftovers("staging") + self._leftovers("old"):
            shutil.rmtree(leftover, ignore_errors=True)
        if self.path.is_dir():
            for legacy in (p for p in self.path.iterdir() if p.name.startswith(_LEGACY)):
                shutil.rmtree(legacy) if legacy.is_dir() else legacy.unlink()

    @contextmanager
    def discarded_on_failure(self, run: str) -> Iterator[None]:
        """Remove the staging directory of a run that fails before it is complete (a kill leaves it to
        `recover()`)."""
        try:
            yield
        except BaseException:
            shutil.rmtree(self.staging(run), ignore_errors=True)
            raise

    def publish(self, run: str) -> None:
        """Make the complete staging directory of `run` the output in one step and remove the previous output."""
        staging = self.staging(run)
        if not (staging / MANIFEST).exists():
            raise RuntimeError(f"{staging}: no manifest, not a complete run")  # a bug, never a user error
        if not self.path.exists():
            os.rename(staging, self.path)
        elif exchange(staging, self.path):
            shutil.rmtree(staging)  # now the previous output
        else:
            old = self._old(run)
            os.rename(self.path, old)  # a crash here leaves no DIR: `recover()` renames the staging in
            os.rename(staging, self.path)
            shutil.rmtree(old)


def tidy(staging: Path) -> None:
    """Remove the run's scratch files (parked batches, spill files, counts) before it is published."""
    for entry in staging.iterdir():
        if entry.name not in ENTRIES:
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()


def _acquire(path: Path) -> int | None:
    """An open descriptor of `path` holding its exclusive flock, or None while another process holds it. The
    file is unlinked by its holder on release, so after locking check that the path still names the locked
    file; otherwise lock the new one."""
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if same:
            return fd
        os.close(fd)


def _holder(path: Path) -> str:
    try:
        info = json.loads(path.read_bytes() or b"{}")
        return f"pid {info['pid']} on {info['host']} since {info['since']}"
    except (ValueError, KeyError, TypeError, OSError):
        return "holder unknown"


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux `renameat2`); False where the system or file system cannot."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def last_run(out: str | Path) -> dict:
    """The run report of an output (timing, runner), or {} for an output made before reports existed."""
    try:
        return json.loads((Path(out) / RUN_REPORT).read_text())
    except (FileNotFoundError, ValueError):
        return {}
