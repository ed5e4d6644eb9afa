"""The sources registry (`sources.yaml`): what a lab curates, who delivered it, under which licence and legal
basis, and whether its rights holder reserved text-and-data mining. Each entry feeds three readers: the run
(which files a sector reads, and the name every document carries), the manifest (the entry itself, so releases
and reports are built from facts instead of retyped), and the auditor (`datalab sources list`).

An entry names roles and organisations, never people: the registry is copied into every manifest.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, ValidationError, field_validator, model_validator

from datalab.config import Day, _first_error, _Strict, read_config_yaml
from datalab.errors import DatalabError
from datalab.readers import FORMATS, MANIFEST

SOURCES_FILE = "sources.yaml"

#: Where the data comes from, in the words of the EU template for the public summary of training content
#: (July 2025, section 2): publicly available datasets, data licensed from rights holders, other third-party
#: data, data crawled by or for the provider, user data, synthetic data, other.
ORIGINS = ("public_dataset", "licensed_from_rights_holder", "other_third_party", "crawled", "user_data", "synthetic", "other")
#: An SPDX licence expression of ids joined by AND / OR / WITH, or a `LicenseRef-` of the lab's own contracts.
PERSONAL_DATA = ("none", "pseudonymised", "personal", "special_category")
TDM_STATUS = ("reserved", "not_reserved", "unknown")
TDM_DETERMINED_BY = ("contract", "licence", "robots.txt", "tdmrep", "website_terms", "not_checked")
_LICENCE = re.compile(r"^(?:LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.+-]*)(?: (?:AND|OR|WITH) (?:LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.+-]*))*$")
_EMAIL_OR_PHONE = re.compile(r"@|\+?\d[\d ()/-]{6,}\d")
_CRON_FIELD = r"(?:\*|\d+(?:-\d+)?(?:,\d+(?:-\d+)?)*)(?:/\d+)?"
_CRON = re.compile(rf"^{_CRON_FIELD}(?: {_CRON_FIELD}){{4}}$")


def _a_role(value: str) -> str:
    """Stewards and contacts are roles or organisations: the registry is copied into every manifest."""
    if _EMAIL_OR_PHONE.search(value):
        raise ValueError("name a role or an organisation, not a person's e-mail address or phone number")
    return value


Role = Annotated[str, Field(min_length=1), AfterValidator(_a_role)]


class Tdm(_Strict):
    """Whether the rights holder reserved text-and-data mining (DSM Directive Art. 4(3)), how that was
    determined and when."""

    status: Literal[TDM_STATUS]
    determined_by: Literal[TDM_DETERMINED_BY]
    checked_on: Day | None = None
    #: A reservation is honoured unless a licence from the rights holder permits mining all the same.
    licence_permits: bool = False

    @model_validator(mode="after")
    def _dated(self) -> "Tdm":
        if self.determined_by != "not_checked" and self.checked_on is None:
            raise ValueError(f"checked_on: the date the status was determined by {self.determined_by}")
        return self


class Collection(_Strict):
    start: Day
    end: Day | None = None

    @model_validator(mode="after")
    def _ordered(self) -> "Collection":
        if self.end is not None and self.end < self.start:
            raise ValueError("end: before start")
        return self


class Parser(_Strict):
    """How the records of a source's files are parsed, where the defaults do not fit: the fields holding the
    text and the id (else `ingest.text_field` and `ingest.id_field`); for CSV, the delimiter and the encoding
    (else detected: `readers.csv_dialect`)."""

    text_field: str | None = Field(None, min_length=1)
    id_field: str | None = Field(None, min_length=1)
    delimiter: str | None = Field(None, min_length=1, max_length=1)
    encoding: str | None = None

    @field_validator("encoding")
    @classmethod
    def _known(cls, value: str | None) -> str | None:
        if value is not None:
            import codecs

            try:
                codecs.lookup(value)
            except LookupError:
                raise ValueError(f"unknown encoding {value!r} (e.g. utf-8, cp1252, latin-1)") from None
        return value


class Source(_Strict):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")
    sector: str = Field(min_length=1)
    description: str = ""
    steward: Role
    contact_role: Role
    licence: str
    legal_basis: str = Field(min_length=1)
    personal_data: Literal[PERSONAL_DATA]
    tdm: Tdm
    origin: Literal[ORIGINS]
    collection: Collection
    #: A path, directory or glob, relative to the workspace; `file://`, `s3://` and the other fsspec schemes.
    uri: str = Field(min_length=1)
    #: The reader of its files (`readers.FORMATS`); "auto": by suffix and content.
    format: Literal[FORMATS] = "auto"
    parser: Parser = Field(default_factory=Parser)
    #: The object store's options (fsspec storage options: `endpoint_url`, `anon`, ...).
    options: dict[str, str | int | bool] = Field(default_factory=dict)
    languages: list[str] = Field(default_factory=list)
    #: Cron expression (five fields) for `datalab deploy`; none: run with the others by `datalab run`.
    schedule: str | None = None

    @field_validator("licence")
    @classmethod
    def _spdx(cls, value: str) -> str:
        if not _LICENCE.match(value):
            raise ValueError("an SPDX licence id or expression (CC-BY-4.0, CC0-1.0 OR MIT) or LicenseRef-<your contract>")
        return value

    @field_validator("schedule")
    @classmethod
    def _cron(cls, value: str | None) -> str | None:
        if value is not None and not _CRON.match(value):
            raise ValueError("a cron expression of five fields, e.g. '0 3 * * 1'")
        return value

    def paths(self) -> list[str]:
        """The local paths `uri` names: itself, or what its glob matches (relative to the workspace)."""
        if "://" in self.uri and not self.uri.startswith("file://"):
            raise DatalabError(f"source {self.name}: {self.uri} is in an object store, not in the workspace")
        uri = self.uri.removeprefix("file://")
        if not any(ch in uri for ch in "*?["):
            return [uri]
        import glob

        if not (found := sorted(glob.glob(uri, recursive=True))):
            raise DatalabError(f"source {self.name}: {uri} matches no file")
        return found

    def files(self, scrub=lambda name: name, exclude=()):
        """The source's input files (`readers.Discovered`): fetched from its object store into the cache, or found
        at its local paths. Raises DatalabError when there are none or the store cannot be read."""
        from datalab.readers import discover
        from datalab.remote import is_remote, remote_files

        found = (remote_files(self.name, self.uri, self.options, scrub) if is_remote(self.uri)
                 else discover(self.paths(), scrub, exclude))
        return replace(found, files=[replace(f, source=self.name, reading=self.reading()) for f in found.files])

    def reading(self):
        """How its files are read (`readers.Reading`)."""
        from datalab.readers import Reading

        return Reading(self.format, **self.parser.model_dump())

    def refusal(self) -> str | None:
        """Why this source may not be curated, or None."""
        if self.tdm.status == "reserved" and not self.tdm.licence_permits:
            return (f"source {self.name}: its rights holder reserved text-and-data mining (determined by "
                    f"{self.tdm.determined_by} on {self.tdm.checked_on}); curate it only under a licence that permits "
                    "it (tdm.licence_permits: true)")
        return None

    def entry(self) -> dict:
        """The registry entry as the manifest records it (JSON types)."""
        return self.model_dump(mode="json")


class Registry(_Strict):
    sources: list[Source] = Field(default_factory=list)

    def named(self, name: str) -> Source:
        for source in self.sources:
            if source.name == name:
                return source
        raise DatalabError(f"no source named {name!r} in {SOURCES_FILE} ({', '.join(s.name for s in self.sources) or 'none'})")

    def for_sector(self, sector: str) -> list[Source]:
        return [s for s in self.sources if s.sector == sector]


def sector_inputs(root: Path, params, sector: str) -> tuple[list[Path], list[Source], list[Source]]:
    """What a sector reads: the inputs params.yaml names for it, the registered sources that may be curated,
    and those refused (`Source.refusal`), which are reported while the others carry on."""
    registry = load_sources(root / SOURCES_FILE)
    unknown = sorted({s.sector for s in registry.sources} - set(params.sectors))
    if unknown:
        raise DatalabError(f"{SOURCES_FILE}: sector {unknown[0]!r} of a source is not a sector of the config "
                           f"(it defines: {', '.join(params.sectors) or 'none'})")
    sources = registry.for_sector(sector)
    inputs = [root / i for i in params.sectors[sector].inputs]
    if not inputs and not sources:
        raise DatalabError(f"sector {sector}: no inputs in the config and no source in {SOURCES_FILE}")
    return inputs, [s for s in sources if not s.refusal()], [s for s in sources if s.refusal()]


def load_sources(path: str | Path) -> Registry:
    """The registry of `path`; an error names the file, the source and the field. An absent file is an empty
    registry (a lab that names its inputs in params.yaml)."""
    path = Path(path)
    if not path.exists():
        return Registry()
    raw = read_config_yaml(path)
    if not isinstance(raw, dict):
        raise DatalabError(f"{path}: expected a mapping with a 'sources' list")
    try:
        registry = Registry.model_validate(raw)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc, message = error["loc"], str(error["ctx"]["error"]) if error["type"] == "value_error" else error["msg"]
        if len(loc) >= 2 and loc[0] == "sources" and isinstance(loc[1], int):
            item = (raw.get("sources") or [None] * (loc[1] + 1))[loc[1]]
            name = item.get("name") if isinstance(item, dict) else None
            where = f"source {name!r}" if isinstance(name, str) else f"source #{loc[1] + 1}"
            field = ".".join(str(part) for part in loc[2:] if part != "[key]")
            raise DatalabError(f"{path}: {where}: {field}: {message}" if field else f"{path}: {where}: {message}") from None
        raise DatalabError(f"{path}: {_first_error(exc)}") from None
    seen: set[str] = set()
    for source in registry.sources:
        if source.name in seen:
            raise DatalabError(f"{path}: source {source.name!r}: the name is used twice")
        seen.add(source.name)
    return registry


def inspect(source: Source, params, sample: int = 200) -> dict:
    """What `datalab sources check` reports for one source, curating nothing: its files and formats, a sample
    of up to `sample` records read as the run would (records that would go to the ledger, by reason), the
    languages of the sampled texts, an estimate of the record count, and the problems found. Counts and names
    only: no record content."""
    from collections import Counter

    from datalab.readers import _suffix, csv_dialect, file_format, read_raw, verdict
    from datalab.stages.langid import LangId

    report = {"name": source.name, "sector": source.sector, "uri": source.uri, "files": 0, "bytes": 0, "formats": {}, "csv": {},
              "text_field": None,
              "skipped": 0, "sampled": 0, "unusable": {}, "languages": {}, "estimated_records": 0, "problems": []}
    if why := source.refusal():
        report["problems"].append(why)
    try:
        found = source.files()
    except DatalabError as exc:
        report["problems"].append(str(exc))
        return report
    report.update(files=len(found.files), bytes=sum(f.bytes for f in found.files), skipped=len(found.skipped),
                  formats=dict(Counter(_suffix(Path(f.path)) or Path(f.path).suffix for f in found.files)))
    unread = [s for s in found.skipped if s.reason != MANIFEST]  # a bulk-export manifest is followed, not lost
    if unread:
        report["problems"].append(f"{len(unread)} path(s) under it are not read (unsupported or unreadable)")
    reading = source.reading()
    text_field, id_field = reading.fields(params.ingest)
    texts, unusable, dialects = [], Counter(), Counter()
    for file in found.files:
        fmt = file_format(Path(file.path), params.ingest.max_record_bytes, reading)
        if fmt in ("jsonl", "csv", "tsv", "parquet"):  # records with fields (a connector's text has no field name)
            report["text_field"] = text_field
        if fmt in ("csv", "tsv"):
            encoding, delimiter = csv_dialect(Path(file.path), reading)
            dialects[f"delimiter {delimiter!r}, encoding {encoding.removesuffix('-sig')}"] += 1
        for raw in read_raw(file.path, params.ingest.max_record_bytes, reading=reading):
            reason, _, _ = verdict(raw, text_field, id_field)
            if reason:
                unusable[reason] += 1
            else:
                texts.append(raw.record[raw.text_field or text_field])
            if len(texts) + sum(unusable.values()) >= sample:
                break
        if len(texts) + sum(unusable.values()) >= sample:
            break
    sampled = len(texts) + sum(unusable.values())
    report.update(sampled=sampled, unusable=dict(unusable), csv=dict(dialects))
    if sampled < sample:  # every record was read
        report["estimated_records"] = sampled
    elif texts:  # file bytes over the sampled texts' mean size: an upper bound where records carry more than text
        report["estimated_records"] = round(report["bytes"] / (sum(len(t.encode()) for t in texts) / len(texts)))
    if texts:
        langs, _ = LangId(params.langid).predict(texts)
        seen = Counter(langs)
        report["languages"] = {lang: round(n / len(langs), 2) for lang, n in seen.most_common(5)}
        unexpected = sorted(set(seen) - set(source.languages) - {"und"}) if source.languages else []
        if unexpected:
            report["problems"].append(f"languages not declared in the registry: {', '.join(unexpected)}")
    elif sampled:
        report["problems"].append(f"no usable text in {sampled} sampled record(s): check the text field "
                                  f"({text_field!r}: the source's parser.text_field, else ingest.text_field) and the format")
    if found.files and not sampled:
        report["problems"].append("no records in its files")
    return report


def add_source(path: str | Path, entry: dict) -> Source:
    """Register `entry` (validated as `Source`; its name must be new) at the end of the registry at `path`,
    created if missing. Appended as text so the file's comments and layout stay; the result is read back and
    must hold exactly the old sources plus the new one."""
    import yaml

    path = Path(path)
    before = load_sources(path)
    try:
        source = Source.model_validate(entry)
    except ValidationError as exc:
        raise DatalabError(f"source {entry.get('name')!r}: {_first_error(exc)}") from None
    if any(s.name == source.name for s in before.sources):
        raise DatalabError(f"{path}: a source named {source.name!r} is registered already")
    block = yaml.safe_dump([source.model_dump(exclude_defaults=True)], sort_keys=False, allow_unicode=True)
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if not before.sources:  # no list to append to: start one (an empty `sources:` or `sources: []` is replaced)
        old = "\n".join(line for line in old.splitlines() if not line.startswith("sources:")) + "\n" if old.strip() else ""
        old += "sources:\n"
    elif not old.endswith("\n"):
        old += "\n"
    # the new item indented as the list's first item is ("  - name:" here, "- name:" as PyYAML writes lists)
    first = re.search(r"(?m)^sources:[ \t]*\n(?:[ \t]*(?:#.*)?\n)*([ \t]*)- ", old)
    indent = first.group(1) if first else "  "
    text = old + "".join(f"{indent}{line}\n" for line in block.splitlines())
    staged = path.with_name(f".{path.name}.new")
    staged.write_text(text, encoding="utf-8")
    try:
        after = load_sources(staged)
        if after.sources != [*before.sources, source]:
            raise DatalabError(f"{path}: the source list is not the file's last block; add {source.name!r} by hand")
        staged.replace(path)
    finally:
        staged.unlink(missing_ok=True)
    return source
