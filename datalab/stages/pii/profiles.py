"""Language profiles: what the PII stage knows of each language, in one file, read by this module only.

`pii_lexicon.json` holds an entry per language (ISO 639-1 code) and a `common` entry that applies to all:
titles, roles and form labels before names, closing formulas, months and date-of-birth cues, identifier
cues, street words and how the language writes an address (`street_words`: `prefix`, `suffix`,
`lowercase_prefix`, `number_first`, `glued`), articles (and whether one comes before a person's name),
phone regions, frequent first names and surnames, case endings of declined names, surname endings, words
that are not names, and the language whose cues a language without its own borrows (`cues_from`). The
common entry holds what is shared: name particles, coordinators, institution and place words, the words
that sign for a group, and the cues of addresses, phones, payment cards and reference numbers.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

PROFILES_PATH = Path(__file__).resolve().parent.parent / "pii_lexicon.json"


@cache
def raw_profiles() -> dict:
    return json.loads(PROFILES_PATH.read_text(encoding="utf-8"))


def profile(lang: str | None) -> dict:
    """The language's own entry (empty for a language without one)."""
    return raw_profiles().get(lang or "", {})


def common(key: str) -> list:
    """A list of the common entry."""
    return raw_profiles()["common"].get(key, [])


def common_alternation(key: str) -> str:
    """A regex alternation of the common entry's `key` phrases, each literal, longest first (so a longer
    phrase wins over its prefix)."""
    return "|".join(map(re.escape, sorted(common(key), key=len, reverse=True)))


def entries(lang: str | None) -> list[dict]:
    """The common entry and the language's own; for the kinds of cue the language's entry does not list,
    every language's (all of them when the language is unknown, 'und'): an uncertain language ID, or a
    profile that lists name cues only (cs, hu, ro...), must not switch the other cues off."""
    raw = raw_profiles()
    own = raw.get(lang or "")
    if own is None:
        return list(raw.values())
    return [raw["common"], own] + [{k: v for k, v in e.items() if k not in own}
                                   for name, e in raw.items() if name not in ("common", lang)]


def cues_from(lang: str | None) -> str | None:
    """The language whose cues `lang` uses: its own, or a close neighbour's (Serbian and Bosnian take
    Croatian's, Catalan and Galician Spanish's, Norwegian Danish's; lid.176 mixes them up on short text)."""
    return profile(lang).get("cues_from", lang)


def phone_regions() -> dict[str, tuple[str, ...]]:
    """Phone regions tried for national-format numbers, by document language."""
    return {lang: tuple(e["phone_regions"]) for lang, e in raw_profiles().items() if "phone_regions" in e}


def articles(lang: str | None) -> frozenset[str]:
    return frozenset(profile(lang).get("articles", ()))


def languages_with(flag: str, section: str | None = None) -> frozenset[str]:
    """Languages whose entry (or its `section`) sets `flag`."""
    return frozenset(lang for lang, e in raw_profiles().items() if (e.get(section, {}) if section else e).get(flag))
