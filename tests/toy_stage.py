"""A toy stage for tests/test_stages.py, registered through the registry alone: it measures the share of
upper-case letters and drops documents that shout."""

import pyarrow as pa
import pyarrow.compute as pc

from datalab.schema import ledger_from, with_stats


def upper_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


class Shout:
    name = "shout"

    def setup(self) -> None:
        pass

    def process(self, batch: pa.Table) -> tuple[pa.Table, pa.Table]:
        shares = [upper_share(t) for t in batch.column("text").to_pylist()]
        batch = with_stats(batch, self.name, [{"upper_share": s} for s in shares])
        keep = pa.array([s <= 0.5 for s in shares])
        dropped = batch.filter(pc.invert(keep))
        return batch.filter(keep), ledger_from(dropped, self.name, ["shouting"] * dropped.num_rows,
                                               [f"upper_share={s:.2f} > 0.5" for s in shares if s > 0.5])


def build(params) -> Shout:
    return Shout()


def dependencies(params) -> list[dict]:
    return [{"name": "toy", "package": "datalab-tests", "version": "1"}]
