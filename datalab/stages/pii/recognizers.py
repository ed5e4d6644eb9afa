"""Structured identifiers: a candidate regex each, then a validator (checksum, phonenumbers, stdnum).

Why not presidio's AnalyzerEngine here: it runs a spaCy pipeline over every document before its regexes,
and its default recognizers are US-centred (`E11.9` becomes a US driver's licence). A candidate regex plus
a real validator is both faster and far more precise; the results are presidio `RecognizerResult`s, so the
anonymizer and anything downstream stay presidio's.
"""

from __future__ import annotations

import bisect
import ipaddress
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

import phonenumbers
from presidio_analyzer import RecognizerResult
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.at import vnr
from stdnum.be import nn as be_nn
from stdnum.bg import egn
from stdnum.cz import rc as cz_rc
from stdnum.dk import cpr
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.hr import oib
from stdnum.ie import pps
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.pt import cc as pt_cc
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.si import emso
from stdnum.sk import rc as sk_rc

from datalab.stages.langid import UNDETERMINED
from datalab.stages.pii.profiles import common, common_alternation, phone_regions

#: Phone regions tried for national-format numbers, by document language (international ones need none).
PHONE_REGIONS = phone_regions()

_B = r"(?<![\w@/.+-])"  # left boundary: not inside a word, an e-mail, a path or a longer number
_E = r"(?![\w@-]|[.,]\d)"  # right boundary


@dataclass(frozen=True)
class IdFormat:
    """A national identifier: where it is issued, a candidate regex, and the validator of its check digits."""

    country: str
    languages: tuple[str, ...]
    regex: re.Pattern
    valid: Callable[[str], bool]
    anywhere: bool = False  # distinctive enough to look for in documents of any language
    long_number: bool = True  # every match holds a `LONG_NUMBER`: looked for only on `number_lines`


def _rx(body: str) -> re.Pattern:
    return re.compile(_B + body + _E)


def _uk_nino(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    return (len(compact) == 9 and compact[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
            and compact[0] not in "DFIQUV" and compact[1] not in "DFIOQUV" and compact[-1] in "ABCD")


def _hu_tax_id(value: str) -> bool:
    """Hungarian personal tax number (adóazonosító jel): 8, nine digits, a check digit = sum(i * digit_i) mod 11."""
    digits = _digits(value)
    return (len(digits) == 10 and digits[0] == "8"
            and sum(i * int(d) for i, d in enumerate(digits[:9], start=1)) % 11 == int(digits[9]))


NATIONAL_IDS = (
    IdFormat("DE", ("de",), _rx(r"\d{2}[ ]?\d{3}[ ]?\d{3}[ ]?\d{3}"), idnr.is_valid),
    IdFormat("AT", ("de",), _rx(r"\d{4}[ ]?\d{6}"), vnr.is_valid),
    IdFormat("FR", ("fr",), _rx(r"[12][ ]?\d{2}[ ]?\d{2}[ ]?(?:\d{2}|2[AB])[ ]?\d{3}[ ]?\d{3}[ ]?\d{2}"), nir.is_valid, True),
    IdFormat("IT", ("it",), re.compile(r"(?<!\w)[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z](?!\w)", re.I),
             codicefiscale.is_valid, True, long_number=False),
    IdFormat("ES", ("es",), _rx(r"\d{8}[ -]?[A-Z]"), dni.is_valid, True),
    IdFormat("ES", ("es",), _rx(r"[XYZ][ -]?\d{7}[ -]?[A-Z]"), nie.is_valid, True),
    IdFormat("PL", ("pl",), _rx(r"\d{11}"), pesel.is_valid),
    IdFormat("FI", ("fi",), _rx(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]"), hetu.is_valid, True),
    IdFormat("SE", ("sv",), _rx(r"(?:\d{2})?\d{6}[-+ ]?\d{4}"), personnummer.is_valid),
    IdFormat("GR", ("el",), _rx(r"\d{11}"), amka.is_valid),
    IdFormat("BG", ("bg",), _rx(r"\d{10}"), egn.is_valid),
    IdFormat("SI", ("sl",), _rx(r"\d{13}"), emso.is_valid),
    IdFormat("NL", ("nl",), _rx(r"\d{4}[. ]?\d{2}[. ]?\d{3}|\d{3}[. ]?\d{3}[. ]?\d{3}"), bsn.is_valid),
    IdFormat("IE", ("en", "ga"), _rx(r"\d{7} ?[A-W][A-IW]?"), pps.is_valid, True),
    IdFormat("GB", ("en",), _rx(r"\d{3}[ -]?\d{3}[ -]?\d{4}"), nhs.is_valid),
    IdFormat("GB", ("en",), re.compile(r"(?<!\w)[A-Z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D](?!\w)"), _uk_nino, True),
    # the other EU languages: the birth-number and tax-number formats whose check digits python-stdnum knows
    IdFormat("CZ", ("cs",), _rx(r"\d{6}\s?/?\s?\d{3,4}"), lambda v: cz_rc.is_valid(v.replace(" ", ""))),
    IdFormat("SK", ("sk",), _rx(r"\d{6}\s?/?\s?\d{3,4}"), lambda v: sk_rc.is_valid(v.replace(" ", ""))),
    IdFormat("DK", ("da",), _rx(r"\d{6}-?\d{4}"), cpr.is_valid),
    IdFormat("HR", ("hr",), _rx(r"\d{11}"), oib.is_valid),
    IdFormat("RO", ("ro",), _rx(r"[1-8]\d{12}"), cnp.is_valid),
    IdFormat("PT", ("pt",), _rx(r"[1-3]\d{8}"), nif.is_valid),
    IdFormat("PT", ("pt",), _rx(r"\d{8}[ ]?\d[ ]?[A-Z]{2}\d"), pt_cc.is_valid),  # Cartão de Cidadão
    IdFormat("BE", ("fr", "nl", "de"), _rx(r"\d{2}\.?\d{2}\.?\d{2}[-. ]?\d{3}\.?\d{2}"), be_nn.is_valid),
    IdFormat("HU", ("hu",), _rx(r"8\d{9}"), _hu_tax_id),
)

# Patterns start with a character class and put their left boundary after it ("\d(?<![\w.]\d)" for
# "(?<![\w.])\d"): re then skips to candidate characters in C instead of trying every position.
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,24}(?!\w)")  # on lines with an "@"
AT = re.compile("@")
IBAN = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?(?!\w)")
CARD = re.compile(_B + r"(?:\d[ -]?){11,18}\d" + _E)  # 12-19 digits; `_card_ok` wants 13 outside a card context
IPV4 = re.compile(r"\d(?<![\w.]\d)\d{0,2}\.(?:\d{1,3}\.){2}\d{1,3}(?!\w|\.\d)")
IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){2,7}(?:[0-9A-Fa-f:]*[0-9A-Fa-f]|:)(?![\w:])")  # on lines with `HEX_COLONS`
HEX_COLONS = re.compile(r":[0-9A-Fa-f]{0,4}:")
#: Dates, timestamps and year ranges that a phone plan may accept as a number.
DATE_LIKE = re.compile(r"\d{1,2}(?:[ /-]|\.\s?)\d{1,2}(?:[ /-]|\.\s?)(?:19|20)\d\d"
                       r"|(?:19|20)\d\d\s?[-/.–]\s?(?:\d{1,2}[-/.]\d{1,2}|(?:19|20)\d\d)")
#: A year and a serial number ("2023-26373", "880/01/2023"): a file reference, not a phone number.
YEAR_REF = re.compile(r"(?:19|20)\d\d\s?[-/]\s?\d{4,}|\d{1,6}/\d{1,2}/(?:19|20)\d\d(?!\d)")
#: Words that announce a reference, an invoice, an order or a contract number: a national-format number
#: right after one is that, not a phone number ("La facture 81358703", "Viite: 86397-403").
REF_CUE = re.compile(rf"(?i:\b(?:{'|'.join(map(re.escape, common('reference_cues')))})\w*\.?(?:\s+\w{{1,10}}){{0,2}}"
                     r"\s*(?:nr|no|n°|n\.º|num)?\.?\s*[:.#]?\s*)$")
PHONE = re.compile(r"(?<![\w+/.,-])(?:\+|00)?\(?\d[\d ()./-]{5,20}\d(?![\w-]|[.,]\d)")
#: A number right after a phone cue is a phone number even where phonenumbers does not know the range
#: (extensions, short local numbers, internal lines): "Tel.: 4567", "Durchwahl -234", "puh. 09 1234"; with
#: a word or two between them ("Tel. privat 369 177", "Tel. domowy 196 5099") when it has five digits.
PHONE_CUE_STEMS = tuple(common("phone_cues"))
_PHONE_CUE = rf"(?i:\b(?:{'|'.join(map(re.escape, PHONE_CUE_STEMS))})\w*\.?(?:\s*(?:nr|no|n°|num)\.?)?\s*[:.]?\s*)"
CUED_PHONE = re.compile(_PHONE_CUE + r"(?P<words>(?:[^\W\d_]{2,12}\.?[ \t]+){1,2}(?:[:.][ \t]*)?)?"
                        r"(?P<value>(?:\+|00)?\(?-?\d[\d ()/-]{1,20}\d|\d{3,})(?![\w-]|[.,]\d)")
#: A phone cue right before a number: a document of unknown language needs one before a national number.
PHONE_CUE = re.compile(_PHONE_CUE + "$")
#: A number of a phone's length after a verb that asks to call it, with up to two words between ("volejte
#: 748 671 252", "ring på 08 45 65 99", "ligue para o 984 068 868", "call us on 020 7946 0000").
CALLED_PHONE = re.compile(
    rf"(?<!\w)(?i:{common_alternation('phone_call_words')})(?!\w)"
    r"(?:[ \t]+[^\W\d_]{1,12}\.?){0,2}[ \t]*:?[ \t]*(?P<value>(?:\+|00)?\(?\d[\d ()/.-]{5,20}\d)(?![\w-]|[.,]\d)")
#: An extension after a phone number belongs to it: "030 1234567, Durchwahl 245", "(poste 156)", "x 877",
#: "/ 658 mellék", "-934" glued to the number.
_EXTENSION_WORD = rf"(?i:{common_alternation('phone_extension_cues')})\.?"
EXTENSION = re.compile(rf"[ \t]*[,;(]?[ \t]*{_EXTENSION_WORD}[ \t]*[:.]?[ \t]*\d{{1,6}}(?!\d)\)?"
                       rf"|[ \t]*/[ \t]*\d{{1,5}}[ \t]+{_EXTENSION_WORD}(?!\w)|-\d{{1,4}}(?![\d-])")
#: Six digits or more with short separators: every phone, card and national number (but the Italian
#: codice fiscale) holds one, and most lines of most documents hold none.
LONG_NUMBER = re.compile(r"\d(?:[ ()./+-]{0,3}\d){5,}")
#: Words that announce a payment card, before or after the number ("Płatność kartą 5018 …", "6761 … számú
#: kártya"): next to one, any Luhn-valid number of 12-19 digits is a card number.
_CARD_STEMS = rf"(?i:{'|'.join(map(re.escape, common('card_cues')))})"
CARD_CUE = re.compile(_CARD_STEMS + r"\w*\W{0,12}(?:\w+\W{1,3}){0,3}$")
CARD_CUE_AFTER = re.compile(r"\W{1,3}(?:\w+\W{1,3}){0,2}" + _CARD_STEMS)


class Spans:
    """Non-overlapping, non-empty (start, end) spans kept in order: whether a new one overlaps any is two
    neighbours looked up by bisection, not a scan of all (a document dense with personal data holds
    thousands of findings, and the scan made it quadratic)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        return (i > 0 and self.ends[i - 1] > start) or (i < len(self.starts) and self.starts[i] < end)

    def free_from(self, start: int, end: int) -> int:
        """Where the free stretch from `start` (not inside a span) ends before `end`; `start` when none is free."""
        i = bisect.bisect_right(self.starts, start)
        if i > 0 and self.ends[i - 1] > start:
            return start
        return min(end, self.starts[i]) if i < len(self.starts) else end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def _card_ok(value: str) -> bool:
    digits = _digits(value)
    return 13 <= len(digits) <= 19 and digits[0] in "23456" and luhn.is_valid(digits)


def _ip_ok(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def _result(kind: str, start: int, end: int, score: float = 1.0) -> RecognizerResult:
    return RecognizerResult(kind, start, end, score)


def lines_with(rx: re.Pattern, text: str) -> list[tuple[int, int]]:
    """(start, end) of each line holding a match of `rx`. A costly pattern that cannot cross a line and
    needs what `rx` finds runs on these lines only: one cheap scan of the text instead of one costly one
    (Python's re costs ~20 ns per character and pattern). Whole lines, not the matches alone, so that every
    look-around sees what it would see in the full text."""
    spans: list[tuple[int, int]] = []
    for m in rx.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        end = text.find("\n", m.end())
        spans.append((text.rfind("\n", 0, m.start()) + 1, len(text) if end < 0 else end))
    return spans


def number_lines(text: str) -> list[tuple[int, int]]:
    """The lines holding a `LONG_NUMBER`."""
    return lines_with(LONG_NUMBER, text)


def in_lines(rx: re.Pattern, text: str, lines: list[tuple[int, int]]) -> Iterable[re.Match]:
    """The matches of `rx` within each (start, end) span of `text` (look-behinds see the text before it)."""
    for start, end in lines:
        yield from rx.finditer(text, start, end)


def _cued_phones(text: str) -> Iterable[re.Match]:
    """`CUED_PHONE` matches, tried only where a cue stem starts (found case-insensitively with str.find, C
    speed) instead of a regex alternation tried at every character; the plain scan when lower-casing
    changes the text's length (positions would not match)."""
    low = text.lower()
    if len(low) != len(text):
        yield from CUED_PHONE.finditer(text)
        return
    starts = set()
    for stem in PHONE_CUE_STEMS:
        pos = low.find(stem)
        while pos >= 0:
            starts.add(pos)
            pos = low.find(stem, pos + 1)
    yield from filter(None, (CUED_PHONE.match(text, pos) for pos in sorted(starts)))


def find_simple(text: str, lines: list[tuple[int, int]] | None = None) -> Iterable[RecognizerResult]:
    """E-mail, IBAN, payment card and IP address: language-independent, each validated. `lines`: the
    text's `number_lines`, when the caller has them."""
    lines = number_lines(text) if lines is None else lines
    for m in in_lines(EMAIL, text, lines_with(AT, text)):
        yield _result("EMAIL_ADDRESS", m.start(), m.end())
    for m in IBAN.finditer(text):
        if std_iban.is_valid(m.group().replace("-", "")):
            yield _result("IBAN_CODE", m.start(), m.end())
    for m in in_lines(CARD, text, lines):  # anywhere a card number of a card range; in a card context any Luhn-valid one
        in_context = CARD_CUE.search(text, max(0, m.start() - 60), m.start()) or CARD_CUE_AFTER.match(text, m.end(), m.end() + 40)
        if _card_ok(m.group()) or (in_context and luhn.is_valid(_digits(m.group()))):
            yield _result("CREDIT_CARD", m.start(), m.end())
    for m in (*IPV4.finditer(text), *in_lines(IPV6, text, lines_with(HEX_COLONS, text))):
        if _ip_ok(m.group()):
            yield _result("IP_ADDRESS", m.start(), m.end())


def find_national_ids(text: str, *langs: str | None, lines: list[tuple[int, int]] | None = None) -> Iterable[RecognizerResult]:
    """National identifiers whose check digits validate: the document languages' (its own and the one whose
    cues it borrows), plus distinctive formats; every country's when the language is unknown (a short
    record, 'und'). `lines`: as for `find_simple`."""
    lines = number_lines(text) if lines is None else lines
    unknown = all(lang in (None, UNDETERMINED) for lang in langs)
    seen = set()
    for fmt in NATIONAL_IDS:
        if not (fmt.anywhere or unknown or any(lang in fmt.languages for lang in langs)):
            continue
        for m in in_lines(fmt.regex, text, lines) if fmt.long_number else fmt.regex.finditer(text):
            if m.span() not in seen and fmt.valid(m.group()):
                seen.add(m.span())  # a Czech and a Slovak birth number are written alike
                yield _result("NATIONAL_ID", m.start(), m.end())


@cache
def _regions(lang: str | None, extra: tuple[str, ...]) -> tuple[str, ...]:
    """Regions for national-format numbers; all of them when the language is unknown."""
    own = PHONE_REGIONS.get(lang or "") or tuple(r for regions in PHONE_REGIONS.values() for r in regions)
    return tuple(dict.fromkeys((*own, *extra)))


def find_phones(text: str, lang: str | None, extra_regions: tuple[str, ...] = (),
                lines: list[tuple[int, int]] | None = None) -> list[RecognizerResult]:
    """Phone numbers that phonenumbers validates: international ones anywhere, national ones in the
    document language's regions (a date or an amount is rarely a valid number of that plan); and any number
    right after a phone cue (`CUED_PHONE`). `lines`: as for `find_simple` (a valid number has 7 digits)."""
    lines = number_lines(text) if lines is None else lines
    found: list[RecognizerResult] = []
    taken = Spans()
    for m in in_lines(PHONE, text, lines):
        raw = m.group().rstrip(").- /")
        glued = re.fullmatch(r"([^-]*\d)-\d{1,4}", raw)  # 0711 3635343-934: a number and its extension
        for number in (raw, glued.group(1)) if glued else (raw,):
            candidates = _phone_candidates(number, text, m.start(), lang, extra_regions)
            if candidates and _valid_phone(candidates):
                found.append(_result("PHONE_NUMBER", m.start() + (raw.startswith("(") and not re.match(r"\(\d{1,4}\)", raw)),
                                     m.start() + len(raw)))
                taken.add(found[-1].start, found[-1].end)
                break
    for m in (*_cued_phones(text), *in_lines(CALLED_PHONE, text, lines)):  # a number of 7 digits: on a number line
        value = m.group("value").rstrip(").- /")
        start, end = m.start("value") + (len(value) - len(value.lstrip("(-"))), m.start("value") + len(value)
        digits = sum(ch.isdigit() for ch in value)
        enough = 7 <= digits <= 15 if m.re is CALLED_PHONE else digits >= (5 if m.group("words") else 3)
        if not DATE_LIKE.match(value.lstrip("(-")) and enough and not taken.overlaps(start, end):
            found.append(_result("PHONE_NUMBER", start, end))
            taken.add(start, end)
    for f in found:
        if ext := EXTENSION.match(text, f.end):
            f.end = ext.end()
    return found


def _phone_candidates(raw: str, text: str, start: int, lang: str | None,
                      extra_regions: tuple[str, ...]) -> tuple[tuple[str, str | None], ...]:
    """(number, region) pairs to try for a number-shaped `raw` at `start`; none for what is not a phone
    number whatever the plan says: dates, years with a serial, decimals, a number after a reference word."""
    digits = _digits(raw)
    groups = re.findall(r"\d+", raw.replace("(0)", ""))
    if (not 7 <= len(digits) <= 15 or DATE_LIKE.match(raw.lstrip("(")) or YEAR_REF.match(raw) or sum(len(g) == 1 for g in groups) > 1
            or re.fullmatch(r"\d+[.,]\d+", raw)):  # decimals and coordinates
        return ()
    if raw.startswith("00"):
        return ((raw.replace("00", "+", 1), None),)
    if raw.startswith("+"):
        return ((raw.replace("(0)", ""), None),)  # +33 (0)4 …: the trunk zero is not dialled
    cued = PHONE_CUE.search(text, max(0, start - 25), start)
    if lang not in PHONE_REGIONS and not cued:
        return ()  # unknown language: every numbering plan at once accepts too much without a cue
    if not cued and REF_CUE.search(text, max(0, start - 40), start):
        return ()
    return tuple((raw, region) for region in _regions(lang, extra_regions))


def _valid_phone(candidates: tuple[tuple[str, str | None], ...]) -> bool:
    """Whether phonenumbers accepts any (number, region) candidate."""
    for number, region in candidates:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(number, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False
