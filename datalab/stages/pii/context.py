"""Values that are personal only in context: dates of birth, insurance and record numbers, street addresses.

A measurement date or a station number looks like a date of birth or a record number; what tells them
apart is the cue before it (`geb.`, `MRN`, `Versichertennummer`) or the shape of a street name. Cues come
from `pii_lexicon.json`, per language plus the cross-language entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from presidio_analyzer import RecognizerResult
from stdnum.eu import vat

from datalab.stages.pii.profiles import common, common_alternation, entries, languages_with, profile, raw_profiles
from datalab.stages.pii.recognizers import DATE_LIKE, in_lines, lines_with


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


UPPER = "".join(ch for ch in map(chr, range(0x41, 0x530)) if ch.isupper() and ch.isalpha())
LOWER = "".join(ch for ch in map(chr, range(0x41, 0x530)) if ch.islower() and ch.isalpha())
WORD = f"[{UPPER}][^\\W\\d_]*(?:[-'’][^\\W\\d_]+)*"
CAP = f"{WORD}\\.?"
#: Street words written before the name, in every language's entry ("rue", "ul.", "Calle", "ж.к.").
STREET_PREFIXES = sorted({w for e in raw_profiles().values() for w in e.get("street_words", {}).get("prefix", [])})
NUM_DATE = (r"\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}\s\d{4}"
            r"|(?:19|20)\d\d\.\s?\d{1,2}\.\s?\d{1,2}(?!\d)")  # Hungarian: 1939.11.21.
#: The side of the landing after a floor: Spanish izda./dcha., Portuguese Esq./Dto., Danish tv./th./mf.
SIDE = r"(?i:izda|izq|dcha|dcho|dto|esq|tv|th|mf|dt\.?º|esq\.?º)\.?(?!\w)"
#: What follows the house number in each country: a floor ("8º 1ª", "5.º izda.", "1.º Dto.", Danish "6. tv."),
#: Finnish staircase and flat ("46 C 41"), Hungarian floor and door ("89. fszt. 1", "12. 2. em. 5"), then flat,
#: block and staircase parts ("int. 13", "bl. M2, sc. 3, ap. 18", "бл. 405, вх. Б", "lgh 1202", "m. 3"); their
#: value is short and holds a digit or is one or two letters, so "m" or "et" before an ordinary word is not taken.
FLAT = (r"(?:,?\s+\d{1,2}\s?(?:\.\s?)?[º°ª](?:\s?\d{1,2}\s?[ºª]|\s?[A-Z](?!\w)|\s" + SIDE + r")?"
        r"|,?\s+(?:\d{1,2}|(?i:st))\.\s" + SIDE + r")?"
        r"(?:\s[A-Z]\s\d{1,3}(?!\d))?"
        r"(?:\.?,?\s(?:fszt|\d{1,2}\.\s?em(?:elet)?)\.?(?:\s?\d{1,3}(?:\.\s?ajtó)?)?)?"
        r"(?:,?\s(?:(?:бл|вх|ет|ап|lgh|apt|app|appt|bus|bte|m|lok|int|interno|sc|scala|piano|bl|ap|esc|escalera|pta|puerta|piso|byt|"
        r"Top|Stg|lph|as)\.?|et\.)\s?"
        r"(?:č\.\s?)?(?:\d{1,4}[^\W\d_]?|[^\W\d_]{1,2}\d{0,3})(?!\w)){0,4}")
#: The house number: "12", "12a", "35 bis", "66 hs", "13/3/11", "23-III", "nr. 49", "n.º 45", "n. 148", "№ 46",
#: "č. p. 368", "38Б", "s/n" and "snc" (Spanish, Italian: no number), or a block ("бл. 149") where a housing estate has no street.
HOUSE = (r"(?:(?:(?:[Nn]r|[Nn]\.?[º°]|[Nn]o\.)\.?|№|n\.(?=\s?\d)|č\.\s?p\.)\s?)?"
         r"(?:[Ss]/[Nn](?!\w)|snc(?!\w)|\d{1,4}(?:\s?(?:bis|ter|quater|hs)(?!\w)|[a-zA-ZΑ-ΩА-Я](?![\w]|\.\s?\d)|\s[a-zA-ZΑ-ΩА-Я](?![\w]|[ \t]\d|\.\s?\d))?"
         r"(?:\s?[-/]\s?(?:\d{1,4}[a-zA-Z]?|[IVX]{1,4}|bis|[a-zA-Z](?!\w)))?(?:/\d{1,4})?"
         r"|(?:бл|bl)\.\s?\d{1,4}[^\W\d_]?)" + FLAT)
#: The lower-case words inside a town's name ("Frankfurt am Main", "Alphen aan den Rijn", "La Línea de la
#: Concepción", "Rothenburg ob der Tauber", "Bad Homburg v. d. Höhe", "Stratford-upon-Avon").
_TOWN_PARTICLE = (r"(?:aan\ de[nr]?|aan\ het|an\ der|ob\ der|de\ la|de\ las|de\ los|de|del|della|la|di|do|da|dos|das|am|an|der|im|bei|"
                  r"sur|sous|lès|upon|on|na|nad|pod|pri|ob|op|ter|ten|te|y|v\.\ d\.)")
#: A town: capitalised words, an abbreviated one ("St. Pölten"), particles between them (not an abbreviated
#: street word: "540030 Târgu Mureș la Str. Traian nr. 41" is two addresses), "'s-Hertogenbosch",
#: a district number or letter ("Praha 3", "København K", "Dublin 2") and a bracketed part ("Halle (Saale)", "(MI)").
CITY = (rf"(?:(?i:Co)\.\s)?(?:'s-)?{WORD}(?:(?<=\b[{UPPER}][a-z])\.|(?<=\b[{UPPER}][a-z]{{2}})\.)?"
        rf"(?:(?:[ -]{_TOWN_PARTICLE})?[ -](?!(?i:{_literal_alt(w for w in STREET_PREFIXES if w.endswith('.'))})){WORD}){{0,4}}"
        rf"(?:[ \t](?i:{_literal_alt(common('town_words'))})(?![^\W\d_]))?"  # "Novo mesto", "Tartu vald", "Ķekavas nov."
        rf"(?:\s\([A-Z]{{2}}\)|\s\([{UPPER}][^\W\d_]+\))?")
#: A flat written before the house number: "Flat 3, 221B Baker Street", "Appt 12, 177 avenue de la Libération".
FLAT_FIRST = r"(?:(?i:Flat|Apartment|Apt\.?|Appt\.?|Unit)\s(?:\d+[A-Z]?|[A-Z])(?:/\d+)?,\s)"
UK_IE_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|(?:[A-Z]\d{2}|D6W)\s?[A-Z\d]{4}"  # UK, Irish Eircode
POSTCODE = r"(?:(?:[A-Z]{1,2}|ΤΚ|Τ\.Κ\.)[- ]?)?(?:\d{3}\s\d{2}|\d{6}|\d{2,5}(?:[ -]\d{2,3})?)(?:\s?[A-Z]{2}(?!\w))?"
POSTCODE_CITY = (
    rf"(?:,?\s+{POSTCODE},?\s+{CITY}"  # 10115 Berlin, ΤΚ 112 57, Αθήνα, 3011 BN Rotterdam, 100066 Ploiești
    rf"|(?:,?\s+{CITY}(?:\s\d{{1,2}}W?)?){{1,2}},?\s+(?:{UK_IE_POSTCODE})(?!\w)"  # Tralee, Co. Kerry, V92 X1D5; Dublin 6W
    rf"|,?\s+(?:гр|с)\.\s+{CITY}(?:\s\d{{4}})?)?"  # гр. Велико Търново 5000
)
#: A town written before the street ("гр. Бургас 8000, бул. …", "4024 Debrecen, Kossuth tér 3", "2000
#: Szentendre, Rákóczi út 40."), ending where a street match starts.
TOWN_FIRST = re.compile(
    rf"(?:(?<!\w)(?:гр|с)\.[ \t]+{CITY}(?:[ \t]\d{{4}}|,[ \t]*п\.[ \t]?к\.[ \t]*\d{{4}})?"
    rf"|(?<![\w.,])(?:\d{{3}}[ \t]\d{{2}}|\d{{2}}-\d{{3}}|\d{{4}}-\d{{3}}|\d{{4,6}})[ \t]+{CITY}"
    rf"(?:\s[IVX]{{1,5}}\.(?:\skerület)?)?|{CITY}[ \t][IVX]{{1,5}}\.[ \t]ker(?:ület|\.))(?:,\s+|[ \t]*\n[ \t]*)$")  # "1134 Budapest XIII. kerület, Váci út 45."
#: Words after which the rest of the line is an address when it holds a house number.
ADDRESS_CUES = tuple(common("address_cues"))
_ADDRESS_CUE_ALT = _literal_alt(ADDRESS_CUES)
#: A cue at the start of a street match ("Wohnhaft Hauptstraße 5" read as a two-word street) is not part of it.
LEADING_CUE = re.compile(rf"(?i:{_ADDRESS_CUE_ALT})[ \t]+")
#: A full stop inside an address: after an initial ("H.C. Andersens Boulevard") or after a capitalised
#: abbreviation that a lower-case word follows ("Nám. slobody"); any other ends the sentence.
_ABBREVIATION = rf"(?<![^\W\d_])[{UPPER}](?:\.|[{LOWER}]{{1,3}}\.(?=\s+[{LOWER}]|\s+[{UPPER}][{LOWER}]+\s+\d))"
ADDRESS_LINE = re.compile(
    rf"(?<!\w)(?i:{_ADDRESS_CUE_ALT})(?!\w)"
    r"(?:\s*\([^)\n]{1,30}\)|(?:[ \t]+[^\W\d_]+(?:['’][^\W\d_]+)?){1,3}(?=[ \t]*:))?[ \t]*[:\t–—-]?[ \t]*"  # Adresse de l'observatrice :
    r"(?:(?:at|in|en|à|a|au|te|w|na|no|em|în|pe|på|i|u|v|aan de|aan|op|στην|στο|στον)[ \t]+)?"  # lower case: "Na Výsluní 21" is a street
    # the address ends at its house number, or at the postcode and town after it: never across the clause
    # that follows ("wohnhaft Lindenring 12a, 10115 Berlin, Diagnose J18.9 bestätigt") nor a sentence end
    rf"(?P<value>{FLAT_FIRST}?"
    rf"(?:(?=[^\W\d_])(?:{_ABBREVIATION}|(?!\.\s)[^\n;|\d]){{2,81}}?\s{HOUSE}"
    rf"|\d{{1,4}}[A-Za-z]?\s[^\W\d_](?:(?!\.\s)[^\n;|\d,–—]){{2,60}})"
    rf"{POSTCODE_CITY})(?![\w])")

_UNIT = rf"(?i:{_literal_alt(common('address_unit_words'))})\.?(?![^\W\d_])"
#: What may follow a street and its house number and still be the address: a range ("18–20"), floors, flats,
#: staircases, doors and sides in each country's words ("4. patro", "byt č. 7", "Stiege 5/Top 24", "/Tür 10",
#: "4ος όροφος", "Esc. A, 4.º D", "ático", "2. Etage links").
ADDRESS_TAIL = re.compile(
    rf"(?:\.?[ \t]*[,·–-]?[ \t]*(?:(?:\d{{1,3}}|[IVX]{{1,4}})(?:\.º|\.|ος|η|ο|º|ª|°|e|er|ème)?[ \t]*{_UNIT}"  # a floor: "4. patro", "4ος όροφος", "II. em."
    rf"|{_UNIT}[ \t]*(?:č\.[ \t]*)?(?:\d{{1,4}}[a-zA-Z]?|[A-Z])(?!\w)"  # a part and its number: "byt č. 7", "Stiege 5"
    rf"|\d{{1,2}}(?:\.º|º|ª)(?:[ \t-]*[A-Z](?!\w))?"  # "4.º D", "6º-B"
    rf"|\d{{1,2}}\.(?=[ \t]*(?:,|\n|$))"  # a Danish floor alone: "Kirkestræde 30 B, 3., 9000 Aalborg"
    rf"|(?:\d{{1,2}}[ \t]+)?(?i:ático|bajo|entresuelo|links|rechts|frente|r/c|{_literal_alt(common('address_part_words'))})(?!\w)"
    rf"|(?:\d{{1,2}}[ \t]+)?(?:{SIDE}|(?i:dtº|esqº|kl)\.?(?!\w)))"
    rf"|\.?[ \t]+(?:[IVX]{{1,4}}|\d{{1,2}})/\d{{1,3}}\.?(?!\w)"  # a Hungarian floor and door: "15. 4/10", "31. IV/19."
    rf"|\.(?=,)|[–-](?:\d{{1,4}}[a-z]?|[A-Z])(?!\w)|/{_UNIT}[ \t]*\d{{1,4}}(?!\d)|[ \t]+k-\d{{1,3}}(?:-\d{{1,4}})?(?!\w))+", re.MULTILINE)  # "18–20", "6º-B", "/Tür 10"
_POSTCODE_NUMBER = r"(?:[A-Z]{1,2}-)?(?:\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4,6}(?:[ \t][A-Z]{2}(?!\w))?)"  # LT-44280 Kaunas
#: A postcode written after the town: UK and Irish, Latvian "LV-1050", Lithuanian "LT-44280", Maltese "ZBG 1301".
_POSTCODE_AFTER = (rf"(?:{UK_IE_POSTCODE}|[A-Z]{{2}}-\d{{4}}|LT-\d{{5}}"
                   rf"|(?!(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|CZK|HUF|RON|BGN|ISK)\b)[A-Z]{{3}}[ \t]?\d{{4}})(?!\w)")
#: The county after the town ("410087 Oradea, jud. Bihor", "Ennis, Co. Clare", "com. Cornu, jud. Prahova, 107181",
#: "общ. Самоков, обл. София").
_COUNTY = (rf"(?:[ \t]*,[ \t]*(?:jud|județul|judeţul|Co|County|prov|com|общ|обл)\.?[ \t]+{CITY}){{1,2}}"
           rf"(?:[ \t]*,[ \t]*(?:cod(?:[ \t]poștal)?[ \t]+)?\d{{6}}(?!\d))?")
_TOWN = (rf"(?:(?:com|mun|общ)\.[ \t]+)?{CITY}(?:[ \t]\d{{1,2}}(?!\d)|[ \t][A-Z](?!\w))?(?:[ \t]+\([^)\n\d]{{1,30}}\))?"
         rf"(?:{_COUNTY})?")
#: A Bucharest sector before the town ("Sector 2, București 020081").
_SECTOR = r"(?i:sector)[ \t]+\d"
#: The postcode and town after a street, on its line or on the next line of a letter's address block
#: ("\n1165 København K", "\nΤΚ 262 21 Πάτρα", ", Αθήνα 106 82", " · 99084 Erfurt").
ADDRESS_TOWN = re.compile(
    # a village before the postcode: "Bøgeskovvej 4, Hvidbjerg\n7790 Thyholm", "Pušų g. 36, Avižienių k., LT-14184 Vilnius"
    rf"(?:[ \t]*,[ \t]*{CITY}(?=[ \t]*\n|[ \t]*,[ \t]*[A-Z]{{2}}-\d))?"
    rf"(?:[ \t]*[,·][ \t]*|[ \t]*\n[ \t]*|[ \t]+[–-][ \t]+|(?<=\.)[ \t]+|\.[ \t]+(?=\d))(?:(?:Τ\.?Κ\.?|ΤΚ|п\.к\.|PSČ|C\.P\.)[ \t]*)?{_POSTCODE_NUMBER}[ \t]+{_TOWN}"
    rf"(?=[ \t]*(?:$|\n|[,.;:()|·–—-])|[ \t]+(?:{_literal_alt(common('coordinators'))}|[{LOWER}]))"  # "… 33003 Oviedo a Calle …"
    rf"|[ \t]*,[ \t]*(?:{_SECTOR},[ \t]*)?{CITY}[ \t]+(?:\d{{3}}[ \t]?\d{{2}}|\d{{6}})(?!\d)"  # ", Αθήνα 106 82", ", Sector 2, București 020081"
    rf"|[ \t]*\n[ \t]*(?:{_SECTOR},[ \t]*)?{CITY}[ \t]+(?:\d{{3}}[ \t]?\d{{2}}|\d{{4}}|\d{{6}})(?=[ \t]*(?:\n|$))"  # "\nБургас 8000"
    rf"|(?:[ \t]*[,\n][ \t]*{CITY}){{1,3}},?[ \t\n]+{_POSTCODE_AFTER}"  # ", Bristol BS7 8AE", ", Rīga, LV-1050"
    # the town alone, where the sentence, the line or the field ends or a lower-case word goes on: "Ερμού 15, Αθήνα."
    rf"|(?:[ \t]*[,\n][ \t]*{_SECTOR})?[ \t]*,[ \t]*(?:(?:mun|com|oraș|sat)\.?[ \t]+)?(?!(?i:{_literal_alt(common('institution_words'))})(?![^\W\d_])){CITY}(?:[ \t]\d{{1,2}}(?=[ \t]*(?:$|\n|[;:)|]|[.,](?!\d))))?"
    rf"(?=[ \t]*(?:$|\n|[.;:()|]|,?[ \t]+[{LOWER}]|[ \t]+[–—-][ \t]))", re.MULTILINE)
#: An address that ends with a postcode written after the town, with or without a street word or a house number
#: ("Rose Cottage, Little Snoring, Fakenham NR21 0AA", "2 Canal Wharf, Leeds LS11 5PS", "CURRAGHMORE, KILMACTHOMAS
#: / CO. WATERFORD / X42 DK27"): such a postcode names a handful of houses.
#: `POSTCODE_LAST` is tried only before such a postcode (it is rare; a town-shaped start is everywhere).
POSTCODE_AFTER = re.compile(rf"(?<![\w-]){_POSTCODE_AFTER}")
POSTCODE_LAST = re.compile(
    rf"(?<![\w.])(?:{CAP}(?:[ \t]+[^\W\d_]+\.?){{0,2}}[ \t]+{HOUSE}(?:{ADDRESS_TAIL.pattern})?"  # "Vecpilsētas 51, dz. 34, Rīga, LV-1050"
    rf"|(?:\d{{1,4}}[A-Za-z]?,?[ \t]+)?{CITY}(?:[ \t]\d{{1,2}}W?)?)"  # "11 The Paddocks, Dublin 8, D08 H18W"
    rf"(?:[ \t]*[,\n][ \t]*{CITY}(?:[ \t]\d{{1,2}}W?)?){{1,3}},?[ \t\n]+{_POSTCODE_AFTER}\Z")
#: A signature block: a street line with a house number, then a line with a postcode and a city.
#: A street without a known street word is still an address when a house number, a postcode and a town
#: follow it ("Im Winkel 134, 50667 Köln", "Zahradní 5, 370 01 České Budějovice", "Hlavná 32b, 911 01 Trenčín"):
#: capitalised words (short lower-case particles between them; a street word before a name starts the street), the number (not a year: "2080/64" is none),
#: a comma, a postcode of four or more digits (or 123 45, 12-345, 1234 AB, 1234-567) and the town.
POSTAL_ADDRESS = re.compile(
    rf"(?<![\w.]){CAP}(?:[ \t-]+(?:{CAP}|(?!{_literal_alt(STREET_PREFIXES)}\s+[{UPPER}])[a-zà-ÿ]{{1,4}}\.?)){{0,4}}[ \t]+(?:№[ \t]?|nr\.[ \t]?)?"
    rf"(?!(?:19|20)\d\d(?![\d/])){HOUSE}(?:-[a-z]{{1,3}})?(?:{ADDRESS_TAIL.pattern})?,[ \t]+"
    rf"(?:(?:ΤΚ|Τ\.Κ\.)[ \t]?|[A-Z]{{2}}-)?(?:\d{{3}}[ \t]\d{{2}}|\d{{2}}-\d{{3}}|\d{{4}}-\d{{3}}|\d{{4,5}}(?:[ \t][A-Z]{{2}})?),?[ \t]+{CITY}(?:[ \t]\d{{1,2}}(?!\d))?(?![\w])")
ADDRESS_BLOCK = re.compile(
    rf"(?m)^{FLAT_FIRST}?(?:\d{{1,4}}[A-Z]?\s[^\n\d]{{3,40}}|[^\n\d]{{3,40}}\s{HOUSE}(?:{ADDRESS_TAIL.pattern})?)"
    rf"(?:\n[ \t]*(?:{ADDRESS_TAIL.pattern})[ \t]*)?"  # "Hohenzollernring 19\n3. OG links\n48143 Münster"
    rf"\n(?:{POSTCODE},?\s+{_TOWN}|{CITY}(?:,\s{CITY})?,?\s+(?:{UK_IE_POSTCODE})|(?:гр|с)\.\s+{CITY}(?:\s\d{{4}})?)[ \t]*$")


def _alt(phrases: Iterable[str]) -> str:
    """`_literal_alt` of the phrases stripped and in lower case (for case-insensitive patterns)."""
    return _literal_alt(p.strip().lower() for p in phrases if p.strip())


@cache
def dob_regexes(lang: str | None) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(dates, cue ending a window before a date, participle starting a window after it).

    Dates are rare, cues are many: finding the dates first and looking for a cue in the few characters
    around each is an order of magnitude faster than one regex with the cues in front."""
    own = entries(lang)
    months = _alt(m for e in [*own, profile("en")] for m in e.get("months", []))
    cues = _alt(c for e in own for c in e.get("dob_cues", []))
    # after a date only a participle marks a birth ("am 24. Juli 1922 in Erfurt geboren"), not "b." or "DOB"
    trailing = _alt(c for e in own for c in e.get("dob_cues", []) if " " not in c and "." not in c and len(c) >= 4)
    text_date = (rf"\d{{1,2}}\.?\s+(?:de\s+)?(?:{months})\.?,?\s+(?:de\s+)?\d{{4}}"
                 rf"|(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}")
    # "25.05.1942 г.", "28.02.1983 r.": the year abbreviation belongs to the date
    dates = re.compile(rf"(?<![\w.])(?:{NUM_DATE}|{text_date})(?!\d)(?:\s?(?:r|г|l)\.)?", re.IGNORECASE)
    before = re.compile(rf"(?<!\w)(?:{cues})(?!\w)(?:\([^)\s]{{1,3}}\))?\s*[:.,–—(-]?\s*(?:[^\s\d]{{1,15}}\s+){{0,3}}$", re.IGNORECASE)
    after = re.compile(rf"(?:\s+[^\s\d]{{1,15}}){{0,3}}\s+(?:{trailing})(?!\w)", re.IGNORECASE)
    return dates, before, after


@cache
def id_regex() -> list[tuple[str, re.Pattern]]:
    """(entity type, regex with a `value` group) for each kind of cued identifier. Cues of every language
    apply to every document: a Spanish bill quotes a German Steuer-ID, and the cues are specific."""
    out = []
    for kind in ("NATIONAL_ID", "HEALTH_INSURANCE_ID", "MEDICAL_RECORD_NUMBER"):
        cues = _alt(c for e in raw_profiles().values() for c in e.get("id_cues", {}).get(kind, []) if len(c) >= 3)
        if cues:
            out.append((kind, re.compile(
                rf"(?<!\w)(?:{cues})(?!\w)\.?\s*(?:\((?:[^\W\d_]+)\)\s*)?(?:no\.?|nr\.?|n[°º.]|num\.?|number|#)?\s*[:=.–—-]?\s*"
                rf"(?:[^\W\d_]+[ \t]+){{0,4}}\(?"
                rf"(?P<value>(?:[^\W\d_]{{1,4}}[ -]?)?\d[\dA-Z]*(?:[ ./-]\d[\dA-Z]*){{0,5}})(?![\w])", re.IGNORECASE)))
    return out


#: How each language writes a street (`street_words` of its profile): street words that start a street name
#: in lower case in running prose ("rue", "via", "ul."; in German and English the prefixes are ordinary words,
#: "am", "an der", "flat", unless capitalised); the house number before the street ("5 rue de la Paix");
#: the street word glued to the name ("Hauptstraße", "Storgatan"; elsewhere it must be a word of its own,
#: or "gust 9" would read as a street).
LOWERCASE_STREET_PREFIX = languages_with("lowercase_prefix", "street_words")
NUMBER_FIRST = languages_with("number_first", "street_words")
GLUED_SUFFIX = languages_with("glued", "street_words")


def _prefix_alt(lang: str | None) -> str:
    """Street words written before the name: every language's, capitalised (a letter names a street abroad:
    "Rua Augusta, 100" in an Italian invoice); in lower case the language's own where it writes them so, and
    everyone's that are not plain ASCII ("ж.к.", "nám."). A language without street words of its own takes
    every entry's abbreviations in lower case too ("ul."): "via" or "place" in lower case is an English word."""
    lower = {w for w in STREET_PREFIXES if not w.isascii()}
    if "street_words" in profile(lang):
        lower |= set(profile(lang)["street_words"].get("prefix", [])) if lang in LOWERCASE_STREET_PREFIX else set()
    else:
        lower |= {w for w in STREET_PREFIXES if "." in w}
    return _literal_alt({w.capitalize() for w in STREET_PREFIXES} | lower)


@cache
def address_regex(lang: str | None) -> re.Pattern:
    prefix = _prefix_alt(lang)
    number_first = lang in NUMBER_FIRST
    suffix = _alt(s for e in entries(lang) for s in e.get("street_words", {}).get("suffix", []))
    forms = []
    if suffix:
        # the street word as a word of its own ("Slovenska cesta 9", "Dózsa György út 89"); the words before it
        # on one line (not the name above it), abbreviated only to one or two letters ("St.", "H.C."): a full
        # stop after a longer word ends a sentence ("Jahre. Herr Meier u. 2")
        name = rf"(?:{WORD}[ \t]+|(?:[{UPPER}][{LOWER}]?\.){{1,3}}[ \t]?){{0,3}}"
        separate = rf"{name}{CAP}[ \t]+(?i:{suffix})"
        if lang in GLUED_SUFFIX:
            # glued only to the language's own words ("Hauptstraße", "Storgatan"): "Professor 5" is no street;
            # a word of its own after a genitive or an adjective ("Olof Palmes gata", "Frankfurter Allee")
            glued = _alt(profile(lang).get("street_words", {}).get("suffix", [])) or "(?!)"
            separate = rf"{name}(?:[^\W\d_]{{2,}}(?i:{glued})|[{UPPER}][^\W\d_]{{2,}}(?:s|e|er|en)[ \t]+(?i:{glued}))"
        forms.append(rf"{separate}\.?,?\s+{HOUSE}")  # Hauptstraße 12, Slovenska cesta 9, Baker Street 5
        if number_first:
            # Flat 3, 221B Baker Street; Flat C, 3a Elm Crescent; 27-29 Hawthorn Avenue
            forms.append(rf"{FLAT_FIRST}?\d{{1,4}}[A-Za-z]?(?:[-–]\d{{1,4}}[A-Za-z]?)?\s+(?:{CAP}\s+){{1,3}}(?i:{suffix})\.?")
    # "Ouro", "dell'Orso", "il-Kbira", Irish "na hOllscoile", "„Граф Игнатиев“", "„6-ти септември“"
    quoted = (rf"(?:[„\"«“][^„\"«“”»\n]{{1,40}}[“\"»”]"
              rf"|[„\"«“]?(?:[a-zà-ÿ]{{1,3}}['’-]|[hnt](?=[{UPPER}])|(?:bh|mb|gc|nd|ng|bp|dt)(?=[{UPPER}]))?{CAP}(?:[ \t][Α-Ω]{{1,2}}΄)?[“\"»”]?)")
    # a street named after a date: "ul. 3 Maja 5", "Via XX Settembre 12", "Bd. 21 Decembrie 1989 nr. 97"
    dated = rf"(?:\d{{1,2}}|[IVXL]{{1,5}})"
    year = r"(?:\s+(?:1[89]|20)\d\d(?=,?\s+(?:[Nn]r\.?|№|[Nn]\.?[º°])\s?\d))?"
    words = rf"(?:(?:{quoted}|{dated}|[{LOWER}']{{1,9}})\s+){{0,4}}{quoted}"
    # a name in lower case after a capitalised street word when the number follows ("Ulica talcev 143", "Trg
    # republike 17"; not "place pour 3 personnes")
    body = (rf"(?:(?:{prefix})\s+(?:{words}|\d{{1,2}}\.?[ \t][{LOWER}]{{3,10}})"
            rf"|(?=[{UPPER}])(?:{prefix})\s+[{LOWER}]{{5,}}(?=,?\s+\d)){year}")  # Via della Spiga, Trg bana Jelačića, Ul. 29. augusta
    forms.append(rf"{body},?\s+{HOUSE}")  # Via Roma 21, ul. Długa 5/7, Οδός Ερμού 25, Rua do Ouro, 64
    # no number: "Lieu-dit Les Granges, 24200 Sarlat", "Triq il-Kbira, San Ġiljan STJ 3010"
    forms.append(rf"{body}(?=,?[ \t]+{_POSTCODE_NUMBER}[ \t]+{CITY}|(?:[ \t]*,[ \t]*{CITY}){{1,2}},?[ \t]+{_POSTCODE_AFTER})")
    # a language without street words of its own takes everyone's street words before the name, and the
    # number may come first ("85, Triq il-Kbira", "22 Bóthar an Chaisleáin")
    number = r"\d{1,4}(?:\s?(?:bis|ter|[a-zA-Z]))?,?\s+"  # written before the street: "5 rue", "104, avenue", "12 bis, rue"
    if number_first or bool(profile(lang)) and "street_words" not in profile(lang):
        forms.append(rf"{FLAT_FIRST}?{number}{body}")  # 5 rue de la Paix, 104, avenue de la Gare
    # any language's street word in lower case, the number before or after, when a postcode and town follow:
    # "(12 rue de la Paix, 75002 Paris)" in a Romanian message, "nach ul. Krakowska 15, 33-300 Nowy Sącz"
    # ("r." and "c/" are too short to stand for a street outside their language: "18 września 2023 r. pod adres …")
    forms.append(rf"(?:(?<![^\s(“„«\"])(?!(?:19|20)\d\d(?!\d)){number})?"
                 rf"(?:{_literal_alt(w for w in STREET_PREFIXES if len(w) > 2)})\s+{words}"
                 rf"(?:,?\s+{HOUSE})?(?=,?[ \t]+{_POSTCODE_NUMBER}[ \t]+{CITY})")
    forms.append(rf"\d{{1,2}}ης[ \t]+[Α-Ω][^\W\d_]+ου[ \t]+(?!(?:19|20)\d\d(?!\d)){HOUSE}")  # Greek "28ης Οκτωβρίου 144"
    return re.compile(rf"(?<![\w])(?:{'|'.join(forms)}){POSTCODE_CITY}(?![\w])")


#: Four digits with at most a separator between them, and letters inside groups ("123456", "48/34690484/91",
#: "12AB-34"): what the value of a cued identifier holds (`find_in_context` counts them).
ID_NUMBER = re.compile(r"\d(?:[A-Za-z]*[ ./-]?\d){3}")
#: From a line's first digit to its end: one match per line that holds a digit.
DIGIT_LINE = re.compile(r"\d[^\n]*")


def _widened(text: str, lines: list[tuple[int, int]], after: bool) -> list[tuple[int, int]]:
    """`lines` (from `lines_with`), each with the line before it and, if `after`, the line after it, merged
    where they touch."""
    windows: list[tuple[int, int]] = []
    for start, end in lines:
        start = text.rfind("\n", 0, start - 1) + 1 if start > 0 else 0
        if after:
            following = text.find("\n", end + 1) if end < len(text) else -1
            end = len(text) if following < 0 else following
        if windows and start <= windows[-1][1]:
            start = windows.pop()[0]
        windows.append((start, end))
    return windows


def _number_windows(text: str) -> list[tuple[int, int]]:
    """From the start of the line before each number of four digits or more to the end of its line: where
    an identifier and its cue can be ("Versichertennummer:\n123456"). Hundreds of cues tried at every
    character cost more than the rest of the stage; a number of four digits is on one line in seven."""
    return _widened(text, lines_with(ID_NUMBER, text), after=False)


def _around_digits(text: str) -> list[tuple[int, int]]:
    """From the line before to the line after each line holding a digit, merged. A date, an address (house
    number, postcode) holds a digit and spans at most the lines around it, and a fifth of running text has
    no digit on its line and the lines next to it: the date and address patterns skip it."""
    return _widened(text, lines_with(DIGIT_LINE, text), after=True)


#: Labels of the form fields and table columns that hold a part of a postal address, by kind: "street",
#: "number", "unit", "postcode", "town" (`address_fields`), and "address" (the address cues: "Adresse", "Lakcím").
FIELD_KINDS = {label: kind for kind, labels in profile("common")["address_fields"].items() for label in labels} | dict.fromkeys(
    ADDRESS_CUES, "address")
_LABEL_PARTS = re.compile(r"[ \t]*(?:[/,&+]|[ \t](?:und|and|og|och|y|e|et|i|a|és|și|ja|un|ir|in|en|ou|o|u)[ \t])[ \t]*")


def field_kind(label: str) -> str | None:
    """The address part that a form label or column header names ("Straße" street, "Namo Nr." number, "PLZ"
    postcode, "Ort" town, "Emelet/ajtó" unit); of a label that joins several ("Utca, házszám", "Kod
    pocztowy/Miejscowość"), the part that tells most."""
    label = label.strip().rstrip(":").strip().lower()
    if kind := FIELD_KINDS.get(label, FIELD_KINDS.get(label.rstrip("."))):
        return kind
    kinds = {FIELD_KINDS.get(part, FIELD_KINDS.get(part.rstrip("."))) for part in _LABEL_PARTS.split(label)}
    return next((kind for kind in ("address", "street", "postcode", "number", "town", "unit") if kind in kinds), None)


#: A form field ("Straße: Unter den Linden 5", "PLZ/Ort: 10117 Berlin"), at a line start or after ";" or "|".
_FORM_FIELD = re.compile(r"(?m)(?:^|(?<=[;|]))[ \t]*(?P<label>[^\W\d_][^:;|\n]{0,40}?)[ \t]*:[ \t]*(?P<value>[^;|\n]*[^;|\s])")
_STREET_LABELS = _literal_alt(label for label, kind in FIELD_KINDS.items() if kind in ("street", "address"))
_STREET_LABEL = re.compile(rf"(?im)(?:^|[;|])[ \t]*(?:{_STREET_LABELS})(?:[ \t]*[,/&][^:\n]{{0,30}})?[ \t]*:")
_ADDRESS_PARTS = {"street", "number", "unit", "postcode", "town", "address"}


def addresses_in_forms(text: str) -> list[RecognizerResult]:
    """In a form whose street or address field holds a house number, or that has a street field and a house
    number field, the fields of the same record (on that line and the lines next to it) that hold its street,
    number, flat, postcode or town are part of the address ("Ulica: Ilica 12" / "Poštanski broj: 10000" /
    "Mjesto: Zagreb"), each up to the end of its sentence. A town field alone is a place; an address field is
    `ADDRESS_LINE`'s, which knows where an address ends."""
    if not _STREET_LABEL.search(text):
        return []
    records: list[list[tuple[int, str | None, re.Match]]] = []
    line = pos = 0
    for m in _FORM_FIELD.finditer(text):
        line, pos = line + text.count("\n", pos, m.start()), m.start()
        if not records or line > records[-1][-1][0] + 1:
            records.append([])
        records[-1].append((line, field_kind(m.group("label")), m))
    found = []
    for record in records:
        numbered = {kind for _, kind, m in record if any(ch.isdigit() for ch in m.group("value"))}
        kinds = {kind for _, kind, _ in record}
        if numbered & {"street", "address"} or "street" in kinds and "number" in numbered:  # "Voie: ..." / "N°: 1"
            for _, kind, m in record:
                if kind in _ADDRESS_PARTS - {"address"}:  # an address field's value is `ADDRESS_LINE`'s
                    value = _sentence(m.group("value")).rstrip(" .,")
                    found.append(RecognizerResult("STREET_ADDRESS", m.start("value"), m.start("value") + len(value), 0.8))
    return found


_STOP = re.compile(rf"(?P<word>[^\W\d_]*)[.!?]\s+(?=[{UPPER}])")
_NEXT_LABEL = re.compile(r"[,.][ \t]*[^\W\d_][^,.:;|\n]{0,30}:(?:\s|$)")


def _sentence(value: str) -> str:
    """`value` up to the end of its first sentence ("náměstí Svobody 12, 602 00 Brno. Diagnóza I10" ends after
    "Brno") or the next field's label ("Andrássy út 45, felvétel oka: J18.9"): a full stop after an abbreviation
    ("jud. Bihor", "Bd. Unirii", "Str. Traian") ends none."""
    if label := _NEXT_LABEL.search(value):
        value = value[: label.start()]
    for m in _STOP.finditer(value):
        word = m.group("word")
        if not (word.islower() and len(word) <= 4 or word[:1].isupper() and len(word) <= 3):
            return value[: m.start() + len(word)]
    return value


def _tables(text: str) -> Iterator[tuple[list[str], list[list[tuple[int, str]]]]]:
    """The tables in `text` (cells split by ";", a tab or "|", the same number of cells on consecutive lines):
    (header cells, rows of (start, value) cells)."""
    lines = text.split("\n")
    starts = [0]
    for row in lines:
        starts.append(starts[-1] + len(row) + 1)
    for sep in (";", "\t", "|"):
        if sep not in text:
            continue
        i = 0
        while i < len(lines) - 1:
            n = lines[i].count(sep)
            if not n or lines[i + 1].count(sep) != n:
                i += 1
                continue
            header, rows = lines[i].split(sep), []
            i += 1
            while i < len(lines) and lines[i].count(sep) == n:
                at, row = starts[i], []
                for cell in lines[i].split(sep):
                    lead = len(cell) - len(cell.lstrip())
                    row.append((at + lead, cell.strip()))
                    at += len(cell) + 1
                rows.append(row)
                i += 1
            yield header, rows


def addresses_in_tables(text: str) -> list[RecognizerResult]:
    """In a table whose header names address columns, a street or an address among them, the cells of those
    columns ("Straße;PLZ;Ort", "Gatvė | Namo Nr. | Pašto kodas | Miestas"): a table of towns alone is no
    list of addresses."""
    found = []
    for header, rows in _tables(text):
        kinds = [field_kind(cell) for cell in header]
        if {"street", "address"} & set(kinds):
            found += [RecognizerResult("STREET_ADDRESS", start, start + len(value), 0.8)
                      for row in rows for (start, value), kind in zip(row, kinds)
                      if kind in _ADDRESS_PARTS and value.strip("-:= ")]
    return found


_PHONE_CELL = re.compile(r"(?:\+|00)?\(?\d[\d ()/.-]{4,20}\d")
_PHONE_HEADER = re.compile(rf"(?i:{common_alternation('phone_cues')})")


def phones_in_tables(text: str) -> list[RecognizerResult]:
    """In a table, the cells of a column whose header is a phone cue ("phone", "Telefon", "Puh.") that hold a
    number of 6 to 15 digits."""
    found = []
    for header, rows in _tables(text):
        columns = [k for k, cell in enumerate(header) if _PHONE_HEADER.match(cell.strip())]
        found += [RecognizerResult("PHONE_NUMBER", start, start + len(value), 0.8)
                  for row in rows for k in columns if k < len(row) for start, value in [row[k]]
                  if _PHONE_CELL.fullmatch(value) and 6 <= sum(ch.isdigit() for ch in value) <= 15]
    return found


#: A form field holding a postcode and a town ("PLZ / Ort: 90402 Nürnberg", "PSČ a obec: 130 00 Praha 3").
POSTCODE_FIELD = re.compile(
    rf"(?im)(?<!\w)(?:{_literal_alt(label for label, kind in FIELD_KINDS.items() if kind in ('postcode', 'town'))})(?!\w)[^\n:]{{0,30}}:[ \t]*"
    rf"(?P<value>(?-i:(?:(?:Τ\.?Κ\.?|ΤΚ|п\.к\.)[ \t]*)?{_POSTCODE_NUMBER}[ \t]+{_TOWN}|{CITY}[ \t]+(?:{UK_IE_POSTCODE})))[ \t]*(?:$|(?=[;|]))")


#: What follows a record's birth date: a separator and an identifier ("KOVÁŘ Jan, 14.09.1989, 890914/1234").
_RECORD_ID = re.compile(r"[ \t]*[,;–—-][ \t]*(?:[A-Z]{1,6}[ \t]?)?\d[\dA-Z]*(?:[ ./-]?[\dA-Z]+)*")
_RECORD_SEPARATOR = re.compile(r"[ \t]*[,;][ \t]*|[ \t]+[–—-][ \t]+")


def birth_dates_in_records(text: str, persons: list[RecognizerResult], lang: str | None) -> list[RecognizerResult]:
    """A date right after a person's name and right before an identifier is the person's birth date: the
    "name, date of birth, id" line of a register, a ward list or a claims file ("СТОЯНОВ Николай, 14.09.1989,
    8909140000", "DUBOIS Claire – 7 juin 1978 – 2 78 06 …"). A visit date is not written between the two."""
    dates = dob_regexes(lang)[0]
    found = []
    for person in persons:
        if (sep := _RECORD_SEPARATOR.match(text, person.end)) and (date := dates.match(text, sep.end())):
            ident = _RECORD_ID.match(text, date.end())
            if ident and sum(ch.isdigit() for ch in ident.group()) >= 4:
                found.append(RecognizerResult("DATE_OF_BIRTH", date.start(), date.end(), 0.9))
    return found


#: A register field that is a street and a house number and nothing else ("Dlouhá 292/39", "Štúrova 87, byt 28").
_FIELD_STREET = re.compile(rf"{CAP}(?:[ \t]+(?:{CAP}|[a-zà-ÿ]{{1,4}}\.?)){{0,3}}[ \t]+(?!(?:19|20)\d\d\b){HOUSE}(?:{ADDRESS_TAIL.pattern})?")
_FIELD = re.compile(r"[^;|\n]+")


def addresses_in_records(text: str, persons: list[RecognizerResult]) -> list[RecognizerResult]:
    """On a register line that names a person, with fields split by ";" or "|" (an export, a ward list), a
    field that is a street and a house number is the person's address even without a street word
    ("Hana Fialová; 9354064445; Dlouhá 292/39; Praha")."""
    found, lines = [], set()
    for person in persons:
        start = text.rfind("\n", 0, person.start) + 1
        end = text.find("\n", person.end)
        end = len(text) if end < 0 else end
        if start in lines or not any(sep in text[start:end] for sep in ";|"):
            continue
        lines.add(start)
        for field in _FIELD.finditer(text, start, end):
            lead = len(field.group()) - len(field.group().lstrip())
            value = field.group().strip()
            if (m := _FIELD_STREET.fullmatch(value)) and not (person.start < field.end() and field.start() < person.end):
                found.append(RecognizerResult("STREET_ADDRESS", field.start() + lead, field.start() + lead + m.end(), 0.8))
    return found


#: A post-office box ("Postfach 10 12 34", "BP 45", "Apartado 123", "P.O. Box 77", "C.P. 123, O.P. 2", "Τ.Θ. 21456").
PO_BOX = re.compile(rf"(?<![\w.])(?i:{_literal_alt(common('po_box_words'))})[ \t]*\d{{1,6}}(?:[ \t]\d{{2,3}}){{0,2}}(?!\d)"
                    r"(?:,[ \t]*[A-Z]\.[A-Z]\.[ \t]*\d{1,3}(?!\d))?")


COUNTY = re.compile(_COUNTY)
#: A remark in brackets between the house and the postcode ("Am Mühlbach 26 a (Hinterhaus) · 99084 Erfurt").
_REMARK = re.compile(r"[ \t]+\([^()\n]{1,20}\)")


#: A line of flat parts between the street and the postcode line of a letter ("Zum Steinbruch 55\n2. OG
#: rechts\n93047 Regensburg", "Birkenkamp 17\nApp. 4\n79098 Freiburg").
_PART_LINE = re.compile(r"[ \t]*\n(?=[ \t]*\S)")
_POSTCODE_LINE = re.compile(rf"[ \t]*\n[ \t]*{_POSTCODE_NUMBER}[ \t]+\S")
#: What may stand before a street on its line and still be the address: flats, blocks and staircases, a
#: house number written first with a comma, a house name in quotes, a named residence ("Flat 12, Block B,
#: 11, Triq id-Dejqa", "'Santa Rita', 22, Triq il-Wied", "Résidence Les Glycines, Esc. 3, 118 rue ...").
_LEAD_PART = (
    rf"(?:{_UNIT}[ \t]*(?:č\.[ \t]*)?(?:\d{{1,4}}[A-Za-z]?|[A-Z])(?!\w)|(?:No\.|Nru|Nr\.|Uimh\.)[ \t]*\d{{1,4}}[A-Za-z]?|\d{{1,2}}(?:e|er|ème|\.|º|ª|ος)?[ \t]*{_UNIT}|\d{{1,4}}[A-Za-z]?"
    rf"|['‘\"„“«][{UPPER}][^'’\"”»\n,]{{1,30}}['’\"”»]"
    rf"|(?i:{_literal_alt(common('residence_words'))})[ \t]+{CAP}(?:[ \t]+(?:[{LOWER}]{{1,3}}[ \t]+)?{CAP}){{0,3}})")
_ADDRESS_LEAD = re.compile(rf"(?:^|(?<=[\s(“„«\"'’]))(?:{_LEAD_PART}[ \t]*,[ \t]*)*(?:{_LEAD_PART}[ \t]*,|(?:Nru|No\.|Uimh\.)(?:[ \t]*\d{{1,4}})?)[ \t]*$")
#: A line of nothing but flats, blocks, a residence or a house name, before the street line of a letter's
#: address block ("Apt 25, Block B\n1 Bridge Street", "Résidence Les Glycines, Esc. 1\n82 boulevard Voltaire").
_LEAD_LINE = re.compile(rf"(?:^|(?<=\n))[ \t]*(?:{_LEAD_PART}[ \t]*,[ \t]*)*{_LEAD_PART}[ \t]*\n$")
#: A Hungarian envelope: the town on the line above the street, the postcode alone on the line below
#: ("Szeged\nKossuth Lajos utca 58.\n6720").
_TOWN_LINE = re.compile(rf"(?:^|(?<=\n))[ \t]*{CITY}[ \t]*\n$")
_POSTCODE_ALONE = re.compile(r"\.?[ \t]*\n[ \t]*\d{4}(?=[ \t]*(?:\n|$))")


def _address_start(text: str, start: int) -> int:
    """The start of an address found from `start`, with the flats, house number or house name before it, on
    its line or on the line above, and the town written before the street."""
    line = text.rfind("\n", 0, start) + 1
    if town := TOWN_FIRST.search(text, max(0, start - 80), start):  # before a lead: "8000, " is no house number
        return town.start()
    if lead := _ADDRESS_LEAD.search(text, max(line, start - 120), start):
        start = lead.start()
    if start == line and line and (lead := _LEAD_LINE.search(text, max(0, line - 80), line)):
        start = lead.start()
    return start


def _envelope(text: str, start: int, end: int) -> tuple[int, int]:
    """An address block of town, street and a postcode alone below it, whole."""
    line = text.rfind("\n", 0, start) + 1
    if start == line and line and (below := _POSTCODE_ALONE.match(text, end)) and (
            above := _TOWN_LINE.search(text, max(0, line - 60), line)):
        return above.start(), below.end()
    return start, end


def _address_end(text: str, end: int) -> int:
    """The end of an address found up to `end`, with the flat parts and the postcode, town and county after it."""
    if tail := ADDRESS_TAIL.match(text, end):
        end = tail.end()
    if (line := _PART_LINE.match(text, end)) and (part := ADDRESS_TAIL.match(text, line.end())) and _POSTCODE_LINE.match(text, part.end()):
        end = part.end()
    remark = _REMARK.match(text, end)
    if town := ADDRESS_TOWN.match(text, remark.end() if remark else end) or ADDRESS_TOWN.match(text, end):
        end = town.end()
    if county := COUNTY.match(text, end):
        end = county.end()
    return end


def find_in_context(text: str, lang: str | None) -> Iterable[RecognizerResult]:
    digits = _around_digits(text)
    for found in _find_in_context(text, lang, digits):
        if found.entity_type == "STREET_ADDRESS":
            found.start, found.end = _envelope(text, _address_start(text, found.start), _address_end(text, found.end))
        yield found
    for m in in_lines(POSTCODE_FIELD, text, digits):
        yield RecognizerResult("STREET_ADDRESS", m.start("value"), m.end("value"), 0.8)
    for m in in_lines(PO_BOX, text, digits):
        if (end := _address_end(text, m.end())) > m.end():  # a box is an address with the postcode and town after it
            yield RecognizerResult("STREET_ADDRESS", m.start(), end, 0.8)
    yield from addresses_in_forms(text)
    yield from addresses_in_tables(text)
    yield from phones_in_tables(text)


def _find_in_context(text: str, lang: str | None, digits: list[tuple[int, int]]) -> Iterable[RecognizerResult]:
    """Dates of birth, cued identifiers and addresses as their patterns find them; `digits`: `_around_digits`."""
    dates, before, after = dob_regexes(lang)
    for m in in_lines(dates, text, digits):
        if before.search(text, max(0, m.start() - 60), m.start()) or after.match(text, m.end(), m.end() + 50):
            yield RecognizerResult("DATE_OF_BIRTH", m.start(), m.end(), 0.95)
    windows = _number_windows(text)
    for kind, rx in id_regex():
        for m in in_lines(rx, text, windows):
            value = m.group("value").rstrip("./-")
            # a company's VAT number is not personal, and a date after a cue is a date
            if sum(ch.isdigit() for ch in value) >= 4 and not vat.is_valid(value) and not DATE_LIKE.match(value):
                yield RecognizerResult(kind, m.start("value"), m.start("value") + len(value), 0.9)
    for m in in_lines(address_regex(lang), text, digits):
        cue = LEADING_CUE.match(text, m.start(), m.end())
        yield RecognizerResult("STREET_ADDRESS", cue.end() if cue else m.start(), m.end(), 0.8)
    for m in in_lines(ADDRESS_LINE, text, digits):
        value = m.group("value").rstrip(" .,")
        # an address starts with a capital or a house number and has a number that is not a date
        if (value[0].isupper() or value[0].isdigit()) and any(ch.isdigit() for ch in DATE_LIKE.sub("", value)):
            yield RecognizerResult("STREET_ADDRESS", m.start("value"), m.start("value") + len(value), 0.8)
    for m in in_lines(ADDRESS_BLOCK, text, digits):
        yield RecognizerResult("STREET_ADDRESS", m.start(), m.end(), 0.8)
    for postcode in in_lines(POSTCODE_AFTER, text, digits):
        if m := POSTCODE_LAST.search(text, max(0, postcode.start() - 160), postcode.end()):
            yield RecognizerResult("STREET_ADDRESS", m.start(), m.end(), 0.8)
    for m in in_lines(POSTAL_ADDRESS, text, digits):
        yield RecognizerResult("STREET_ADDRESS", m.start(), m.end(), 0.8)
