"""Stages: plain classes over Arrow document batches. `setup()` loads what is heavy, once;
`process(batch)` returns `(kept, rejected)` where `rejected` is a ledger table."""

from __future__ import annotations

from typing import Protocol

import pyarrow as pa


class Stage(Protocol):
    name: str

    def setup(self) -> None: ...

    def process(self, batch: pa.Table) -> tuple[pa.Table, pa.Table]: ...
