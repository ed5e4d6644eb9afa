"""Erasures (`erasures.yaml`): documents the lab must no longer publish, a data subject's request or a
withdrawn licence, recorded once and applied by every later run.

An entry names a sector and document ids (as published: pseudonymised where they held personal data), or a
source whose documents all go; the date it was asked for and on which basis. No names, no reasons in prose:
the file is copied into manifests. A run applies its sector's entries at ingest, before any stage: the
records go to the ledger as `erased`, so no stage, no signature store and no later release sees them; the
signature stores of published releases that a run compares against forget them too
(`dedup.load_reference`). Earlier releases keep them: they are what they were, and `datalab diff` shows the
removal.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError

from datalab.config import Day, _first_error, _Strict, read_config_yaml
from datalab.errors import DatalabError

ERASURES_FILE = "erasures.yaml"
ERASURES_HEADER = ("# Documents the lab no longer publishes, per sector: ids as published, or a source; when asked and on\n"
                   "# which basis (`datalab forget`). Ids and dates only: manifests copy these entries.\n")
BASES = ("data_subject_request", "licence_withdrawn", "court_order", "other")


class Erasure(_Strict):
    sector: str = Field(min_length=1)
    ids: list[str] = Field(default_factory=list)
    source: str | None = None
    requested_on: Day
    basis: Literal[BASES]


class Erasures(_Strict):
    erasures: list[Erasure] = Field(default_factory=list)

    def of(self, sector: str) -> "Applied":
        mine = [e for e in self.erasures if e.sector == sector]
        return Applied(frozenset(i for e in mine for i in e.ids), frozenset(e.source for e in mine if e.source),
                       tuple(e.model_dump(mode="json") for e in mine))


@dataclass(frozen=True)
class Applied:
    """A sector's erasures as a run applies them: the ids and sources to drop, and the entries for the manifest."""

    ids: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    entries: tuple[dict, ...] = ()

    def reason(self, doc_id: str, source: str) -> str | None:
        """The ledger detail when the document is erased, else None."""
        if doc_id in self.ids:
            return "its id is listed in erasures.yaml"
        if source in self.sources:
            return f"source {source} is listed in erasures.yaml"
        return None


NONE = Applied()


def load_erasures(path: str | Path = ERASURES_FILE) -> Erasures:
    """The erasures of `path` (none when it does not exist); an error names the file and the entry."""
    path = Path(path)
    if not path.exists():
        return Erasures()
    raw = read_config_yaml(path) or {}
    try:
        return Erasures.model_validate(raw)
    except ValidationError as exc:
        raise DatalabError(f"{path}: {_first_error(exc)}") from None


def for_sector(root: str | Path, sector: str | None) -> Applied:
    """The erasures a run of `sector` in the workspace `root` applies."""
    return load_erasures(Path(root) / ERASURES_FILE).of(sector) if sector else NONE


def add_erasure(path: str | Path, entry: dict) -> Erasure:
    """Append `entry` (validated) to the file, created if missing."""
    import yaml

    path = Path(path)
    try:
        erasure = Erasure.model_validate(entry)
    except ValidationError as exc:
        raise DatalabError(f"erasure: {_first_error(exc)}") from None
    if not erasure.ids and not erasure.source:
        raise DatalabError("erasure: name document ids (--id) or a source (--source)")
    current = load_erasures(path)
    current.erasures.append(erasure)
    text = yaml.safe_dump(current.model_dump(mode="json", exclude_defaults=True), sort_keys=False, allow_unicode=True)
    staged = path.with_name(f".{path.name}.new")
    staged.write_text(ERASURES_HEADER + text, encoding="utf-8")
    staged.replace(path)
    return erasure
