"""`datalab.loader`: the order, split, resume and mixing a multi-GPU job relies on, without torch."""

import json
from collections import Counter

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from datalab.loader import Loader, Mixture, Stream, receipt


def release_dir(root, name, shards, per_shard, langs=("de", "en")):
    """A pulled release's layout: documents/part-*.parquet and release.json."""
    (root / "documents").mkdir(parents=True)
    n = 0
    for s in range(shards):
        rows = [{"id": f"{name}-{n + i}", "text": f"Document {n + i} of {name}.", "lang": langs[(n + i) % len(langs)],
                 "source": f"{name}_{'a' if (n + i) % 3 else 'b'}"} for i in range(per_shard)]
        pq.write_table(pa.Table.from_pylist(rows), root / "documents" / f"part-{s:05d}.parquet")
        n += per_shard
    (root / "release.json").write_text(json.dumps({"version": name, "manifest_sha256": "0" * 64, "path": f"data/curated/{name}"}))
    return root


@pytest.fixture
def health(tmp_path):
    return Stream(release_dir(tmp_path / "health", "health@v1", shards=5, per_shard=23), block=16)


def read(stream_or_mixture, seed, world, workers, state=None, steps=None):
    """Every rank and worker of one job; per rank, its samples in the order a DataLoader interleaves its
    workers (round robin), cut after `steps` samples per rank. Returns (samples by rank, a loader per rank)."""
    by_rank, loaders = {}, {}
    for rank in range(world):
        streams = []
        for worker in range(workers):
            loader = Loader(stream_or_mixture, seed, rank, world, worker, workers)
            if state:
                loader.load_state_dict(state)
            streams.append(iter(loader))
        out, alive = [], list(streams)
        while alive and (steps is None or len(out) < steps):
            for it in list(alive):
                if steps is not None and len(out) >= steps:
                    break
                sample = next(it, None)
                if sample is None:
                    alive.remove(it)
                else:
                    out.append(sample)
        by_rank[rank] = out
        loaders[rank] = Loader(stream_or_mixture, seed, rank, world, 0, 1)
        if state:
            loaders[rank].load_state_dict(state)
    return by_rank, loaders


def test_every_document_once_per_epoch_over_ranks_and_workers_in_one_order(health):
    by_rank, _ = read(health, seed=7, world=2, workers=2)
    samples = [s for rank in by_rank.values() for s in rank]
    assert Counter(s["id"] for s in samples) == Counter({f"health@v1-{i}": 1 for i in range(115)})
    order = {s["position"]: s["id"] for s in samples}
    four, _ = read(health, seed=7, world=4, workers=3)
    assert {s["position"]: s["id"] for r in four.values() for s in r} == order  # the same sequence on 4 x 3
    assert [order[p] for p in range(115)] != [f"health@v1-{i}" for i in range(115)]  # shuffled
    again, _ = read(health, seed=8, world=2, workers=2)
    assert {s["position"]: s["id"] for r in again.values() for s in r} != order  # another seed, another order


def test_stopped_mid_epoch_and_resumed_on_four_ranks_nothing_lost_or_repeated(health):
    whole, _ = read(health, seed=3, world=2, workers=2)
    order = {s["position"]: s["id"] for r in whole.values() for s in r}
    first, loaders = read(health, seed=3, world=2, workers=2, steps=20)  # every rank read 20 samples, then the job stopped
    state = loaders[0].state_dict(steps=20)
    assert state["position"] == 40 and json.loads(json.dumps(state)) == state  # a checkpoint holds it as JSON
    rest, _ = read(health, seed=3, world=4, workers=1, state=state)
    seen = [s for r in first.values() for s in r] + [s for r in rest.values() for s in r]
    assert Counter(s["id"] for s in seen) == Counter(order.values())  # each once
    assert {s["position"]: s["id"] for s in seen} == order  # in the same global order


def test_a_mixture_keeps_its_weights_and_reports_them(tmp_path, health):
    climate = Stream(release_dir(tmp_path / "climate", "climate@v3", shards=2, per_shard=10), block=8)
    mixture = Mixture([health, climate], [0.75, 0.25])
    loader = Loader(mixture, seed=1, length=100)
    samples = list(loader)
    shares = Counter(s["stream"] for s in samples)
    assert shares == {"health@v1": 75, "climate@v3": 25}
    climate_ids = [s["id"] for s in samples if s["stream"] == "climate@v3"]
    assert sorted(climate_ids[:20]) == sorted(f"climate@v3-{i}" for i in range(20))  # a whole epoch of climate first
    loader.state_dict()
    assert loader.realised() == {"health@v1": 0.75, "climate@v3": 0.25}


def test_filters_by_language_and_source_at_load_time(tmp_path):
    german = Stream(release_dir(tmp_path / "h", "health@v1", shards=3, per_shard=10), languages=["de"], sources=["health@v1_a"])
    ids = [s["id"] for s in Loader(german, seed=0)]
    assert ids and all(s["lang"] == "de" and s["source"] == "health@v1_a" for s in Loader(german, seed=0))
    assert len(ids) == len(set(ids)) == german.size == sum(1 for i in range(30) if i % 2 == 0 and i % 3)


def test_the_receipt_says_which_release_and_which_ranges_across_resumes(health):
    first, loaders = read(health, seed=5, world=2, workers=1, steps=10)
    loaders[0].state_dict(steps=10)
    early = receipt(loaders[0])
    rest, loaders = read(health, seed=5, world=4, workers=1, state=loaders[0].state_dict(steps=10))
    loaders[0].state_dict(steps=max(len(r) for r in rest.values()))
    final = receipt(loaders[0], early)
    assert final["releases"] == [{"stream": "health@v1", "version": "health@v1", "path": "data/curated/health@v1",
                                  "manifest_sha256": "0" * 64, "documents": 115, "filters": {"languages": None, "sources": None}}]
    assert [(s["from"], s["to"], s["world_size"]) for s in final["segments"]] == [(0, 20, 2), (20, 115, 4)]
    assert final["seed"] == 5 and final["realised_shares"] == {"health@v1": 1.0}
