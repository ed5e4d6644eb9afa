"""Values that are personal only in context: dates of birth, insurance and record numbers, street addresses.

A measurement date or a station number looks like a date of birth or a record number; what tells them
apart is the cue before it (`geb.`, `MRN`, `Versichertennummer`) or the shape of a street name. Cues come
from `pii_lexicon.json`, per language plus the cross-language entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from presidio_analyzer import RecognizerResult
from stdnum.eu import vat

from datalab.stages.pii.names import lexicon_entries, raw_lexicon
from datalab.stages.pii.recognizers import DATE_LIKE

UPPER = "".join(ch for ch in map(chr, range(0x41, 0x530)) if ch.isupper() and ch.isalpha())
WORD = f"[{UPPER}][^\\W\\d_]*(?:[-'’][^\\W\\d_]+)*"
CAP = f"{WORD}\\.?"
NUM_DATE = r"\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}\s\d{4}"
HOUSE = (r"\d{1,4}(?:\s?[a-zA-Z](?![\w]|\s\d))?(?:\s?[-/]\s?(?:\d{1,4}[a-zA-Z]?|[IVX]{1,4}|bis|[a-zA-Z](?!\w)))?(?:/\d{1,4})?"
         r"(?:,?\s+\d{1,2}\s?[º°ª](?:\s?\d{1,2}\s?[ºª]|\s?[A-Z](?!\w))?)?"  # 13/3/11, 23-III, 8º 1ª
         r"(?:\s[A-Z]\s\d{1,3}(?!\d))?"  # Finnish staircase and flat: 46 C 41
         r"(?:,?\s(?:бл|вх|ет|ап|lgh|apt|app|bus|bte|m|lok)\.?\s?[\w]{1,5}){0,4}")  # бл. 405, вх. Б, lgh 1202, m. 3
CITY = rf"(?:Co\.\s)?{WORD}(?:[ -](?:(?:de|del|la|di|am|an|der|sur|upon|on)\s)?{WORD}){{0,4}}(?:\s\([A-Z]{{2}}\))?"
UK_IE_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d{2}\s?[A-Z\d]{4}"  # UK, Irish Eircode
POSTCODE = r"(?:(?:[A-Z]{1,2}|ΤΚ|Τ\.Κ\.)[- ]?)?(?:\d{3}\s\d{2}|\d{2,5}(?:[ -]\d{2,3})?)(?:\s?[A-Z]{2}(?!\w))?"
POSTCODE_CITY = (
    rf"(?:,?\s+{POSTCODE},?\s+{CITY}"  # 10115 Berlin, ΤΚ 112 57, Αθήνα, 3011 BN Rotterdam
    rf"|(?:,?\s+{CITY}){{1,2}},?\s+(?:{UK_IE_POSTCODE})(?!\w)"  # Tralee, Co. Kerry, V92 X1D5
    rf"|,?\s+(?:гр|с)\.\s+{CITY}(?:\s\d{{4}})?)?"  # гр. Велико Търново 5000
)
#: Words after which the rest of the line is an address when it holds a house number.
ADDRESS_CUES = (
    "address", "home address", "residential address", "postal address", "correspondence address", "lives at",
    "resides at", "anschrift", "adresse", "wohnhaft", "wohnhaft in", "wohnt in", "indirizzo", "domicilio", "residente in",
    "abita in", "dirección", "direccion", "domicilio", "reside en", "vive en", "adres", "adresa", "osoite", "asuinosoite",
    "adress", "bostadsadress", "postadress", "διεύθυνση", "δ/νση", "κατοικία", "адрес", "постоянен адрес", "naslov",
    "bivališče", "prebivališče", "woonadres", "woonachtig", "woonachtig te", "demeurant", "domicilié", "domiciliée",
    "réside à", "habite", "habite au", "adresse postale", "domicile", "zamieszkały", "zamieszkała", "zam.", "mieszka",
)
_ADDRESS_CUE_ALT = "|".join(re.escape(c).replace("\\ ", r"[ \t]+") for c in sorted(ADDRESS_CUES, key=len, reverse=True))
ADDRESS_LINE = re.compile(
    rf"(?<!\w)(?i:{_ADDRESS_CUE_ALT})(?!\w)"
    r"(?:\s*\([^)\n]{1,30}\))?[ \t]*[:\t–—-]?[ \t]*(?:(?i:at|in|en|à|a|au|te|w)[ \t]+)?"
    # the address ends at its house number, or at the postcode and town after it: never across the clause
    # that follows ("wohnhaft Lindenring 12a, 10115 Berlin, Diagnose J18.9 bestätigt") nor a sentence end
    rf"(?P<value>(?:(?:Flat|Apartment|Apt\.?|Unit)\s\d+[A-Z]?,\s)?"
    rf"(?:[^\W\d_](?:(?!\.\s)[^\n;|\d]){{1,80}}?\s{HOUSE}|\d{{1,4}}[A-Za-z]?\s[^\W\d_](?:(?!\.\s)[^\n;|\d,]){{2,60}})"
    rf"{POSTCODE_CITY})(?![\w])")
#: A signature block: a street line with a house number, then a line with a postcode and a city.
#: A street without a known street word is still an address when a house number, a postcode and a town
#: follow it ("Im Winkel 134, 50667 Köln", "Zahradní 5, 370 01 České Budějovice", "Hlavná 32b, 911 01 Trenčín"):
#: capitalised words (short lower-case particles between them), the number (not a year), a comma, a postcode
#: of four or more digits (or 123 45, 12-345, 1234 AB, 1234-567) and the town.
POSTAL_ADDRESS = re.compile(
    rf"(?<![\w.]){CAP}(?:[ \t-]+(?:{CAP}|[a-zà-ÿ]{{1,4}}\.?)){{0,4}}[ \t]+(?:№[ \t]?|nr\.[ \t]?)?"
    rf"(?!(?:19|20)\d\d(?!\d)){HOUSE}(?:-[a-z]{{1,3}})?,[ \t]+"
    rf"(?:\d{{3}}[ \t]\d{{2}}|\d{{2}}-\d{{3}}|\d{{4}}-\d{{3}}|\d{{4,5}}(?:[ \t][A-Z]{{2}})?)[ \t]+{CITY}(?![\w])")
ADDRESS_BLOCK = re.compile(
    rf"(?m)^(?:(?:Flat|Apartment|Apt\.?|Unit)\s\d+[A-Z]?,\s)?(?:\d{{1,4}}[A-Z]?\s[^\n\d]{{3,40}}|[^\n\d]{{3,40}}\s{HOUSE})"
    rf"\n(?:{POSTCODE}\s+{CITY}|{CITY}(?:,\s{CITY})?,?\s+(?:{UK_IE_POSTCODE})|(?:гр|с)\.\s+{CITY}(?:\s\d{{4}})?)[ \t]*$")


def _literal_alt(phrases: Iterable[str]) -> str:
    """Regex alternation of literal phrases as given, longest first, spaces flexible, written as a trie
    ("kranken(?:kasse|versicherung)"): Python's re tries a flat alternation branch by branch at every position
    of the text, a trie follows one path, and with hundreds of cues that is most of the PII stage's regex time."""
    trie: dict = {}
    for phrase in set(phrases):
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}  # the end of a phrase
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


def _alt(phrases: Iterable[str]) -> str:
    """`_literal_alt` of the phrases stripped and in lower case (for case-insensitive patterns)."""
    return _literal_alt(p.strip().lower() for p in phrases if p.strip())


@cache
def dob_regexes(lang: str | None) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(dates, cue ending a window before a date, participle starting a window after it).

    Dates are rare, cues are many: finding the dates first and looking for a cue in the few characters
    around each is an order of magnitude faster than one regex with the cues in front."""
    entries = lexicon_entries(lang)
    months = _alt(m for e in [*entries, raw_lexicon().get("en", {})] for m in e.get("months", []))
    cues = _alt(c for e in entries for c in e.get("dob_cues", []))
    # after a date only a participle marks a birth ("am 24. Juli 1922 in Erfurt geboren"), not "b." or "DOB"
    trailing = _alt(c for e in entries for c in e.get("dob_cues", []) if " " not in c and "." not in c and len(c) >= 4)
    text_date = (rf"\d{{1,2}}\.?\s+(?:de\s+)?(?:{months})\.?,?\s+(?:de\s+)?\d{{4}}"
                 rf"|(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}")
    # "25.05.1942 г.", "28.02.1983 r.": the year abbreviation belongs to the date
    dates = re.compile(rf"(?<![\w.])(?:{NUM_DATE}|{text_date})(?!\d)(?:\s?(?:r|г|l)\.)?", re.IGNORECASE)
    before = re.compile(rf"(?<!\w)(?:{cues})(?!\w)(?:\([^)\s]{{1,3}}\))?\s*[:.,–—-]?\s*(?:[^\s\d]{{1,15}}\s+){{0,3}}$", re.IGNORECASE)
    after = re.compile(rf"(?:\s+[^\s\d]{{1,15}}){{0,3}}\s+(?:{trailing})(?!\w)", re.IGNORECASE)
    return dates, before, after


@cache
def id_regex() -> list[tuple[str, re.Pattern]]:
    """(entity type, regex with a `value` group) for each kind of cued identifier. Cues of every language
    apply to every document: a Spanish bill quotes a German Steuer-ID, and the cues are specific."""
    out = []
    for kind in ("NATIONAL_ID", "HEALTH_INSURANCE_ID", "MEDICAL_RECORD_NUMBER"):
        cues = _alt(c for e in raw_lexicon().values() for c in e.get("id_cues", {}).get(kind, []) if len(c) >= 3)
        if cues:
            out.append((kind, re.compile(
                rf"(?<!\w)(?:{cues})(?!\w)\.?\s*(?:\((?:[^\W\d_]+)\)\s*)?(?:no\.?|nr\.?|n[°º.]|num\.?|number|#)?\s*[:=.–—-]?\s*"
                rf"(?:[^\W\d_]+[ \t]+){{0,4}}\(?"
                rf"(?P<value>(?:[^\W\d_]{{1,4}}[ -]?)?\d[\dA-Z]*(?:[ ./-]\d[\dA-Z]*){{0,5}})(?![\w])", re.IGNORECASE)))
    return out


#: Languages whose street words also start a street name in running prose in lower case ("rue", "via",
#: "ul."); in German and English the prefixes are ordinary words ("am", "an der", "flat") unless capitalised.
LOWERCASE_STREET_PREFIX = {"fr", "it", "es", "pl", "el", "bg", "sl"}
#: Languages that write the house number before the street name ("5 rue de la Paix").
NUMBER_FIRST = {"fr", "en"}
#: Languages that glue the street word to the name ("Hauptstraße", "Storgatan", "Mannerheimintie");
#: elsewhere it must be a word of its own, or "gust 9" would read as a street.
GLUED_SUFFIX = {"de", "nl", "sv", "fi", "da"}


def _prefix_alt(lang: str | None) -> str:
    raw = raw_lexicon()
    words = set(raw.get(lang or "", {}).get("street_words", {}).get("prefix", []))
    variants = {v for w in words for v in ((w, w.capitalize()) if lang in LOWERCASE_STREET_PREFIX else (w.capitalize(),))}
    variants |= {w.capitalize() for w in raw.get("common", {}).get("street_words", {}).get("prefix", [])}
    return _literal_alt(variants)


@cache
def address_regex(lang: str | None) -> re.Pattern:
    prefix = _prefix_alt(lang)
    suffix = _alt(s for e in lexicon_entries(lang) for s in e.get("street_words", {}).get("suffix", []))
    forms = []
    if suffix:
        glued = r"[^\W\d_]{2,}" if lang in GLUED_SUFFIX else rf"(?:{CAP}\s+){{0,2}}{CAP}\s+"
        name = rf"(?:{CAP}\s+){{0,3}}{glued}(?i:{suffix})"
        forms.append(rf"{name}\.?,?\s+{HOUSE}")  # Hauptstraße 12, Slovenska cesta 9, Baker Street 5
        if lang in NUMBER_FIRST:
            forms.append(rf"(?:(?:Flat|Apartment|Apt\.?|Unit)\s\d+[A-Z]?,\s)?\d{{1,4}}[A-Z]?\s+(?:{CAP}\s+){{1,3}}(?i:{suffix})\.?")  # Flat 3, 221B Baker Street
    if prefix:
        quoted = rf"[„\"«“]?(?:[a-zà-ÿ]{{1,3}}['’])?{CAP}[“\"»”]?"
        body = rf"(?:{prefix})\s+(?:(?:{quoted}|[a-zà-ÿ']{{1,4}})\s+){{0,4}}{quoted}"
        forms.append(rf"{body},?\s+{HOUSE}")  # Via Roma 21, ul. Długa 5/7, Οδός Ερμού 25
        if lang in NUMBER_FIRST:
            forms.append(rf"\d{{1,4}}(?:\s?(?:bis|ter|[a-zA-Z]))?\s+{body}")  # 5 rue de la Paix
    return re.compile(rf"(?<![\w])(?:{'|'.join(forms)}){POSTCODE_CITY}(?![\w])")


#: Four digits or more: what the value of a cued identifier holds (`find_in_context` counts them).
NUMBER = re.compile(r"\d[\dA-Za-z]*(?:[ ./-]\d[\dA-Za-z]*){0,5}")


def _number_windows(text: str) -> list[tuple[int, int]]:
    """From the start of the line before each number of four digits or more to the end of its line: where
    an identifier and its cue can be ("Versichertennummer:\n123456"). Hundreds of cues tried at every
    character cost more than the rest of the stage; a number of four digits is on one line in seven."""
    windows: list[tuple[int, int]] = []
    for m in NUMBER.finditer(text):
        if sum(ch.isdigit() for ch in m.group()) < 4 or windows and m.start() < windows[-1][1]:
            continue
        line = text.rfind("\n", 0, m.start())
        start = text.rfind("\n", 0, line) + 1 if line > 0 else 0
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if windows and start <= windows[-1][1]:
            start = windows.pop()[0]
        windows.append((start, end))
    return windows


def find_in_context(text: str, lang: str | None) -> Iterable[RecognizerResult]:
    dates, before, after = dob_regexes(lang)
    for m in dates.finditer(text):
        if before.search(text, max(0, m.start() - 60), m.start()) or after.match(text, m.end(), m.end() + 50):
            yield RecognizerResult("DATE_OF_BIRTH", m.start(), m.end(), 0.95)
    windows = _number_windows(text)
    for kind, rx in id_regex():
        for m in (m for start, end in windows for m in rx.finditer(text, start, end)):
            value = m.group("value").rstrip("./-")
            # a company's VAT number is not personal, and a date after a cue is a date
            if sum(ch.isdigit() for ch in value) >= 4 and not vat.is_valid(value) and not DATE_LIKE.match(value):
                yield RecognizerResult(kind, m.start("value"), m.start("value") + len(value), 0.9)
    for m in address_regex(lang).finditer(text):
        yield RecognizerResult("STREET_ADDRESS", m.start(), m.end(), 0.8)
    for m in ADDRESS_LINE.finditer(text):
        value = m.group("value").rstrip(" .,")
        # an address starts with a capital or a house number and has a number that is not a date
        if (value[0].isupper() or value[0].isdigit()) and any(ch.isdigit() for ch in DATE_LIKE.sub("", value)):
            yield RecognizerResult("STREET_ADDRESS", m.start("value"), m.start("value") + len(value), 0.8)
    for m in ADDRESS_BLOCK.finditer(text):
        yield RecognizerResult("STREET_ADDRESS", m.start(), m.end(), 0.8)
    for m in POSTAL_ADDRESS.finditer(text):
        yield RecognizerResult("STREET_ADDRESS", m.start(), m.end(), 0.8)
