"""Single-output DoFns that emit (tag, value) pairs, split by tag."""

from __future__ import annotations

import apache_beam as beam


def split(pcoll, label: str, *tags: str) -> dict:
    """PCollections of the values a DoFn emitted as (tag, value) pairs, one per tag.

    Used instead of `with_outputs`: Beam's Dask runner hands every output of a multi-output ParDo to each
    consumer, so every DoFn here has a single output and the split is an ordinary map."""
    return {tag: pcoll | f"{label}.{tag}" >> beam.FlatMap(lambda kv, t: [kv[1]] if kv[0] == t else [], tag) for tag in tags}
