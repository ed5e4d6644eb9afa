"""Document ids are unique within an output: the first record (in (source_uri, locator, part) order) keeps an
id, later records with the same id go to the ledger as `duplicate_id`.

Checked once over the finished shards rather than in the pipeline: only the id columns are read, as 64-bit
hashes, and only shards that hold a repeated id are rewritten, so the usual case costs one column scan."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from datalab.schema import ledger_from
from datalab.stages import output_kinds
from datalab.writers import record_key, record_keys, shard_path, write_table

_KEY = ["source_uri", "locator", "part"]


def _hashes(ids: list[str]) -> np.ndarray:
    return np.array([int.from_bytes(hashlib.blake2b(i.encode(), digest_size=8).digest(), "big") for i in ids], np.uint64)


def _repeated(staging: Path, num_shards: int) -> dict[str, list[tuple]]:
    """id -> [(source_uri, locator, part, shard), ...] for every id that more than one document carries."""
    hashes, shards = [], []
    for shard in range(num_shards):
        ids = pq.read_table(shard_path(staging / "documents", shard), columns=["id"]).column("id").to_pylist()
        hashes.append(_hashes(ids))
        shards.append(np.full(len(ids), shard))
    if not hashes:
        return {}
    hashes_all, shards_all = np.concatenate(hashes), np.concatenate(shards)
    values, counts = np.unique(hashes_all, return_counts=True)
    suspect = np.isin(hashes_all, values[counts > 1])
    found: dict[str, list[tuple]] = defaultdict(list)
    for shard in np.unique(shards_all[suspect]).tolist():
        table = pq.read_table(shard_path(staging / "documents", shard), columns=["id", *_KEY])
        rows = table.filter(pa.array(np.isin(hashes[shard], values[counts > 1])))
        for doc_id, *key in zip(*(rows.column(c).to_pylist() for c in ["id", *_KEY])):
            found[doc_id].append((*key, shard))
    return {doc_id: sorted(where) for doc_id, where in found.items() if len(where) > 1}


def drop_duplicate_ids(staging: Path, num_shards: int, compression: str) -> int:
    """Move every document whose id an earlier document already carries from documents/ to the ledger (and
    out of what stages publish per document, such as the signature store); returns how many moved."""
    losers: dict[int, dict[str, str]] = defaultdict(dict)  # shard -> record key -> detail
    for where in _repeated(staging, num_shards).values():
        first_uri, first_locator, *_ = where[0]
        for uri, locator, part, shard in where[1:]:
            losers[shard][record_key(uri, locator, part)] = f"id already carried by {first_uri} record {first_locator}"
    for shard, details in losers.items():
        docs = pq.read_table(shard_path(staging / "documents", shard))
        lose = pa.array([k in details for k in record_keys(docs)])
        dropped = docs.filter(lose)
        ledger = ledger_from(dropped, "ingest", ["duplicate_id"] * dropped.num_rows,
                             [details[k] for k in record_keys(dropped)])
        write_table(docs.filter(pc.invert(lose)), shard_path(staging / "documents", shard), compression)
        rejected = shard_path(staging / "rejected", shard)
        write_table(pa.concat_tables([pq.read_table(rejected), ledger]), rejected, compression)
        for kind in output_kinds()[2:]:  # what stages publish per document (dedup's signature store)
            path = shard_path(staging / kind, shard)
            if path.exists():
                table = pq.read_table(path)
                write_table(table.filter(pa.array([k not in details for k in record_keys(table)])), path, compression)
    return sum(len(d) for d in losers.values())
