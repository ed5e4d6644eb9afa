"""Document ids are unique within an output: the first record (in source_uri, locator order) that becomes a
document keeps its id; a later record with the same id goes to the ledger as `duplicate_id` at ingest, before
any stage sees it, so no stage decision (a duplicate's `duplicate_of` among them) can point at a record that
is then dropped.

Decided by a scan of the inputs before the pipeline: every record is read (as ingest will read it), its id
kept as a 64-bit hash; only ids whose hash repeats are compared as strings, in a second pass over the files
that hold them. Ids are compared as the records bring them: pseudonymising them later is injective."""

from __future__ import annotations

import hashlib
from collections import defaultdict

import numpy as np

from datalab.config import IngestConfig
from datalab.readers import InputFile, read_raw, verdict


def _claims(file: InputFile, ingest: IngestConfig):
    """(locator, id) of every record of `file` that becomes a document with an id of its own."""
    for raw in read_raw(file.path, ingest.max_record_bytes, reading=file.reading):
        reason, _, own = verdict(raw, *file.reading.fields(ingest))
        if reason is None and own:
            yield raw.locator, own


def _hash(value: str) -> int:
    return int.from_bytes(hashlib.blake2b(value.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def duplicate_ids(files: list[InputFile], ingest: IngestConfig) -> dict[str, dict[int, str]]:
    """source_uri -> {locator: ledger detail} of the records whose id an earlier record already has."""
    hashes = [np.array([_hash(own) for _, own in _claims(f, ingest)], np.uint64) for f in files]
    if not hashes or not sum(h.size for h in hashes):
        return {}
    values, counts = np.unique(np.concatenate(hashes), return_counts=True)
    repeated = set(values[counts > 1].tolist())
    holders: dict[str, list[tuple[int, int]]] = defaultdict(list)  # id -> [(file number, locator)] in input order
    for number, (file, h) in enumerate(zip(files, hashes)):
        if not repeated.isdisjoint(h.tolist()):
            for locator, own in _claims(file, ingest):
                if _hash(own) in repeated:
                    holders[own].append((number, locator))
    taken: dict[str, dict[int, str]] = defaultdict(dict)
    for where in holders.values():
        first_file, first_locator = where[0]
        for number, locator in where[1:]:
            taken[files[number].uri][locator] = f"id already carried by {files[first_file].uri} record {first_locator}"
    return dict(taken)
