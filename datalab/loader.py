"""Reading releases in training jobs: a deterministic global order, split over ranks and workers, resumable
exactly, with weighted mixing and a receipt of what was read. Plain Python and pyarrow; `datalab.torch` wraps
it as a torch `IterableDataset`.

Why it holds where today's loaders slip:
- The order is a function of (seed, epoch) and the release alone: shards in a seeded order, rows shuffled
  within blocks of `block` rows (a block spans few shards, so a worker keeps few shards open). Ranks and
  workers only pick positions in it: rank r of W takes positions r, r+W, ...; worker w of K of a rank takes every
  K-th of the rank's. So the sequence does not depend on the world size, and every position is read exactly
  once per epoch across all ranks and workers.
- Ranks step together (one sample each per step), so after `steps` steps every position below
  start + W * steps is consumed and none above: that one number is the state. A job restarted on another
  world size or worker count continues at it, in the same order: nothing lost, nothing repeated.
- A mixture draws from several streams (releases, or one release filtered by source or language) by a
  deterministic schedule that keeps each stream's share as close to its weight as whole samples allow
  (the Sainte-Laguë sequence); a stream that runs out starts its next epoch.
"""

from __future__ import annotations

import json
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

COLUMNS = ["id", "text", "lang", "source"]


class Stream:
    """The documents of one pulled release directory (or its files), optionally only some languages or sources
    (filtered when opened: no shard is rewritten), in the order of (seed, epoch)."""

    def __init__(self, directory: str | Path, name: str | None = None, languages: list[str] | None = None,
                 sources: list[str] | None = None, block: int = 1 << 16, open_shards: int = 4):
        directory = Path(directory)
        self.shards = sorted(directory.glob("documents/part-*.parquet")) or sorted(directory.glob("part-*.parquet"))
        release = directory / "release.json"
        self.release = json.loads(release.read_text()) if release.exists() else {}
        self.name = name or self.release.get("version") or directory.name
        self.filters = {"languages": languages, "sources": sources}
        self.rows = []  # per shard, the rows that pass the filters
        for shard in self.shards:
            table = pq.read_table(shard, columns=["lang", "source"])
            keep = np.ones(table.num_rows, bool)
            if languages:
                keep &= pc.is_in(table["lang"], value_set=pa.array(languages, pa.string())).to_numpy(zero_copy_only=False)
            if sources:
                keep &= pc.is_in(table["source"], value_set=pa.array(sources, pa.string())).to_numpy(zero_copy_only=False)
            self.rows.append(np.flatnonzero(keep))
        self.size = int(sum(len(r) for r in self.rows))
        self.block, self._open, self._open_shards = block, OrderedDict(), open_shards
        self._orders: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}

    def order(self, seed: int, epoch: int) -> tuple[np.ndarray, np.ndarray]:
        """(shard, row) of each position of epoch `epoch`."""
        key = (seed, epoch)
        if key not in self._orders:
            rng = np.random.default_rng([seed, epoch])
            shards = rng.permutation(len(self.shards))
            shard_of = np.concatenate([np.full(len(self.rows[s]), s) for s in shards] or [np.zeros(0, int)])
            row_of = np.concatenate([self.rows[s] for s in shards] or [np.zeros(0, int)])
            for start in range(0, self.size, self.block):
                stop = min(start + self.block, self.size)
                mix = start + rng.permutation(stop - start)
                shard_of[start:stop], row_of[start:stop] = shard_of[mix], row_of[mix]
            self._orders = {key: (shard_of, row_of)}  # one epoch at a time: bounded memory
        return self._orders[key]

    def document(self, shard: int, row: int) -> dict:
        if shard not in self._open:
            if len(self._open) >= self._open_shards:
                self._open.popitem(last=False)
            self._open[shard] = pq.read_table(self.shards[shard], columns=COLUMNS)
        self._open.move_to_end(shard)
        table = self._open[shard]
        return {c: table[c][row].as_py() for c in COLUMNS}


@dataclass
class Mixture:
    """Streams and their weights (normalised); one stream with weight 1 is a plain release."""

    streams: list[Stream]
    weights: list[float] = field(default_factory=list)

    def __post_init__(self):
        weights = self.weights or [1.0] * len(self.streams)
        if len(weights) != len(self.streams) or min(weights) <= 0:
            raise ValueError("one positive weight per stream")
        self.weights = [w / sum(weights) for w in weights]

    def schedule(self, start: int, stop: int) -> tuple[np.ndarray, np.ndarray]:
        """(stream, its own draw number) for global positions start..stop-1. Stream i's k-th draw comes at time
        (k + 1/2) / weight_i, and positions take the draws in order of time (ties: the first stream): the
        Sainte-Laguë sequence, whose counts never stray more than one sample from the weights, computed for any
        range without walking the positions before it one by one."""
        if len(self.streams) == 1:
            return np.zeros(stop - start, np.int64), np.arange(start, stop, dtype=np.int64)
        counts = [int(np.ceil(w * stop)) + 1 for w in self.weights]
        times = np.concatenate([(np.arange(c) + 0.5) / w for c, w in zip(counts, self.weights)])
        which = np.concatenate([np.full(c, i, np.int64) for i, c in enumerate(counts)])
        draws = np.concatenate([np.arange(c, dtype=np.int64) for c in counts])
        order = np.lexsort((which, times))[start:stop]
        return which[order], draws[order]


class Loader:
    """The samples of rank `rank` of `world_size`, worker `worker` of `workers`, from global position `start`
    of epoch `epoch`; `state_dict` / `load_state_dict` resume exactly, and `receipt` says what was read."""

    def __init__(self, mixture: Mixture | Stream, seed: int = 0, rank: int = 0, world_size: int = 1,
                 worker: int = 0, workers: int = 1, epoch: int = 0, length: int | None = None):
        self.mixture = mixture if isinstance(mixture, Mixture) else Mixture([mixture])
        self.seed, self.epoch, self.position = seed, epoch, 0
        self.rank, self.world_size, self.worker, self.workers = rank, world_size, worker, workers
        #: samples per epoch: a single stream's size; a mixture's by default the sum of its streams'
        self.length = length or sum(s.size for s in self.mixture.streams)
        self.steps = 0  # samples this rank has yielded since `position` (all its workers together)
        self.segments: list[dict] = []

    def _positions(self) -> range:
        first = self.position + self.rank
        return range(first, self.length, self.world_size)

    def __iter__(self):
        mine = self._positions()[self.worker::self.workers]
        if not len(mine):
            return
        base = self.epoch * self.length + mine.start
        which, draws = self.mixture.schedule(base, self.epoch * self.length + mine[-1] + 1)
        for position in mine:
            stream_index, draw = int(which[position - mine.start]), int(draws[position - mine.start])
            stream = self.mixture.streams[stream_index]
            epoch, k = divmod(draw, stream.size)
            shard, row = (a[k] for a in stream.order(self.seed, epoch))
            self.steps += 1
            yield {**stream.document(int(shard), int(row)), "position": position, "epoch": self.epoch,
                   "stream": stream.name}

    def state_dict(self, steps: int | None = None) -> dict:
        """The resume point: every position below it consumed by some rank, none above. `steps`: samples this
        rank consumed since the last resume (default: what this loader yielded; with torch DataLoader workers,
        the training loop's count of samples on this rank)."""
        steps = self.steps if steps is None else steps
        position = min(self.position + steps * self.world_size, self.length)
        self._segment(position)
        return {"seed": self.seed, "epoch": self.epoch, "position": position, "length": self.length,
                "weights": self.mixture.weights, "streams": [s.name for s in self.mixture.streams]}

    def load_state_dict(self, state: dict) -> None:
        if state["streams"] != [s.name for s in self.mixture.streams] or state["weights"] != self.mixture.weights:
            raise ValueError(f"the state is of streams {state['streams']} with weights {state['weights']}")
        self.seed, self.epoch, self.position, self.length, self.steps = (state["seed"], state["epoch"], state["position"],
                                                                         state["length"], 0)

    def next_epoch(self) -> None:
        self._segment(self.length)
        self.epoch, self.position, self.steps = self.epoch + 1, 0, 0

    def _segment(self, position: int) -> None:
        """Record that positions [self.position, position) of this epoch were read at this world size."""
        if position <= self.position:
            return
        segment = {"epoch": self.epoch, "from": self.position, "to": position, "world_size": self.world_size,
                   "workers": self.workers, "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        if self.segments and (self.segments[-1]["epoch"], self.segments[-1]["from"]) == (self.epoch, self.position):
            self.segments[-1] = segment  # a later checkpoint of the same stretch: it reaches further
        else:
            self.segments.append(segment)

    def realised(self, segments: list[dict] | None = None) -> dict[str, float]:
        """Each stream's share of the positions the segments cover."""
        counts = np.zeros(len(self.mixture.streams))
        for seg in segments if segments is not None else self.segments:
            which, _ = self.mixture.schedule(seg["epoch"] * self.length + seg["from"], seg["epoch"] * self.length + seg["to"])
            counts += np.bincount(which, minlength=len(counts))
        total = counts.sum() or 1
        return {s.name: round(c / total, 4) for s, c in zip(self.mixture.streams, counts)}


def receipt(loader: Loader, earlier: dict | None = None) -> dict:
    """What a job read, for the lab to keep: the releases (with their manifests' sha256), seed, weights,
    filters, and the position ranges read, with the world size of each (an earlier receipt's ranges kept:
    a resumed job adds to it)."""
    segments = [*(earlier or {}).get("segments", []), *loader.segments]
    return {"releases": [{"stream": s.name, "version": s.release.get("version"), "path": s.release.get("path"),
                          "manifest_sha256": s.release.get("manifest_sha256"), "documents": s.size, "filters": s.filters}
                         for s in loader.mixture.streams],
            "seed": loader.seed, "weights": loader.mixture.weights, "length": loader.length, "segments": segments,
            "realised_shares": loader.realised(segments)}
