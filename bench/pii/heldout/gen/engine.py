"""Generic machinery: persons, valid identifiers, template rendering with offset tracking.

Template mini-language (used by the per-language modules in gen/langs/):
  {P1} {P2} ...        person, nominative full name              -> PERSON span
  {P1:gen} {P1:acc} {P1:ins}   inflected full name (language module supplies forms)
  {P1:last} {P1:first} {P1:ini} ("J. Kowalski") {P1:sf} ("Kowalski Jan")
  {P1:SF} ("KOWALSKI Jan")  {P1:sfc} ("Kowalski, Jan")  {P1:last_gen} etc.
  {P1?masc|fem}        plain text chosen by the person's gender (not a span)
  {P1:t}               courtesy title for the person's gender (plain text, NOT in the span)
  {P1:age}             age in years (plain text)
  {EMAIL} {EMAIL:P2}   e-mail of P1 / P2                            -> EMAIL_ADDRESS
  {PHONE} {PHONE:style} {MOBILE} {MOBILE:style}                  -> PHONE_NUMBER
  {IBAN} {IBAN:c} (compact) {CARD} {CARD:g}/{CARD:u}              -> IBAN_CODE / CREDIT_CARD
  {IP} {IP6}                                                       -> IP_ADDRESS
  {NID} {NID2} (second national-id scheme) {HIID} {MRN} {DOB} {ADDR} {ADDR:full}
  keep slots: {DATE} {DATE:long} {AMT} {AMT:CHF} {ICD} {DX} {EPO} {DRUG} {ATC} {REF} {PLACE}
              {INST:h|f|c} {COMPANY} {STATION} {MEAS:kind} {PROD}
  [[literal text|KIND]]  literal keep value (KIND from the keep kinds)
  A slot may carry '#n' to reuse the same value: {PLACE#1} ... {PLACE#1}
"""
import datetime as dt
import ipaddress
import re
import string

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF, PhoneNumberType as PNT
from stdnum import iban as st_iban, luhn
from text_unidecode import unidecode

SPAN_TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS",
              "NATIONAL_ID", "HEALTH_INSURANCE_ID", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH",
              "STREET_ADDRESS"}
KEEP_KINDS = {"DATE", "AMOUNT", "CODE", "REF", "PLACE", "INSTITUTION", "COMPANY", "DISEASE", "DRUG",
              "CURRENCY", "STATION", "MEASURE"}


# --------------------------------------------------------------------------- persons
class Person:
    def __init__(self, lang, first, last, gender, dob, forms):
        self.lang, self.first, self.last, self.gender, self.dob = lang, first, last, gender, dob
        self.forms = forms  # key -> surface string

    def form(self, key):
        if key not in self.forms:
            raise KeyError(f"{self.lang}: person form '{key}' not available for {self.first} {self.last}")
        return self.forms[key]


def age_on(dob, ref=dt.date(2024, 6, 1)):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    return unidecode(s)


def email_for(rng, person, domains):
    f = re.sub(r"[^a-z\-]", "", ascii_fold(person.first).lower().replace(" ", "-"))
    l = re.sub(r"[^a-z\-]", "", ascii_fold(person.last).lower().replace(" ", "-").replace("'", ""))
    l = l.split("-")[0] if rng.random() < 0.5 else l.replace("-", "")
    f = f.split("-")[0]
    style = rng.choice(["f.l", "f.l", "fl", "f_l", "i.l", "il", "l.f", "fl##", "l##"])
    n = str(rng.randint(1, 99)) if "#" in style else ""
    local = {"f.l": f"{f}.{l}", "fl": f"{f}{l}", "f_l": f"{f}_{l}", "i.l": f"{f[0]}.{l}", "il": f"{f[0]}{l}",
             "l.f": f"{l}.{f}", "fl##": f"{f}.{l}{n}", "l##": f"{l}{n}"}[style]
    return f"{local}@{rng.choice(domains)}"


# --------------------------------------------------------------------------- identifiers
def complete_check(body, alphabet, validate, fmt=lambda s: s):
    """Append the single check character from `alphabet` that makes validate() accept."""
    for c in alphabet:
        cand = body + c
        try:
            validate(fmt(cand))
            return cand
        except Exception:
            continue
    return None


def rand_digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def make_iban(rng, cc, bank_codes=None):
    info = st_iban._ibandb.info(cc + "00")[0][1]
    struct = info["bban"]
    for _ in range(5000):
        bban = ""
        for cnt, typ in re.findall(r"(\d+)!([nac])", struct):
            cnt = int(cnt)
            if typ == "n":
                bban += rand_digits(rng, cnt)
            elif typ == "a":
                bban += "".join(rng.choice(string.ascii_uppercase) for _ in range(cnt))
            else:
                bban += "".join(rng.choice(string.digits) for _ in range(cnt))  # digits are valid 'c'
        if bank_codes:
            bc = rng.choice(bank_codes)
            bban = bc + bban[len(bc):]
        num = cc + "00" + bban
        num = cc + st_iban.calc_check_digits(num) + bban
        try:
            st_iban.validate(num)
            return num
        except Exception:
            continue
    raise RuntimeError("iban " + cc)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


CARD_BRANDS = [  # (name, prefixes, lengths, grouping)
    ("visa", ["4"], [16, 16, 16, 13, 19], None),
    ("mastercard", ["51", "52", "53", "54", "55", "2221", "2720", "2300"], [16], None),
    ("amex", ["34", "37"], [15], (4, 6, 5)),
    ("maestro", ["5018", "5020", "5038", "6304", "6759", "6761", "6762", "6763"], [12, 13, 14, 15, 16, 17, 18, 19], None),
    ("jcb", ["3528", "3540", "3566", "3589"], [16, 17, 18, 19], None),
    ("diners", ["300", "305", "36", "38"], [14], (4, 6, 4)),
    ("discover", ["6011", "65"], [16, 19], None),
    ("unionpay", ["62"], [16, 17, 18, 19], None),
]


def make_card(rng, length=None, brand=None):
    choices = [b for b in CARD_BRANDS if (brand is None or b[0] == brand) and (length is None or length in b[2])]
    name, prefixes, lengths, grouping = rng.choice(choices)
    L = length or rng.choice(lengths)
    p = rng.choice(prefixes)
    body = p + rand_digits(rng, L - len(p) - 1)
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num) and len(num) == L
    return name, num, grouping


def format_card(rng, num, grouping, style=None):
    style = style or rng.choice(["g", "g", "u", "g"])
    if style == "u":
        return num
    if grouping and rng.random() < 0.8:
        out, i = [], 0
        for g in grouping:
            out.append(num[i:i + g]); i += g
        return " ".join(out)
    sep = rng.choice([" ", " ", " ", "-"])
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def make_ipv4(rng):
    while True:
        a = ipaddress.IPv4Address(rng.randint(0x0B000000, 0xDFFFFFFF))
        if a.is_global and not a.is_multicast:
            return str(a)


def make_ipv6(rng):
    first = rng.choice(["2a02", "2a01", "2001", "2a00", "2003", "2a0a", "2a05"])
    groups = [first, "%x" % rng.randint(0x100, 0xffff), "%x" % rng.randint(0, 0xffff), "%x" % rng.randint(0, 0xffff)]
    tail = ["%x" % rng.randint(0, 0xffff) for _ in range(4)]
    if rng.random() < 0.5:
        s = ":".join(groups) + "::" + ":".join(tail[2:])
    else:
        s = ":".join(groups + tail)
    return str(ipaddress.IPv6Address(s)) if rng.random() < 0.5 else s


# --------------------------------------------------------------------------- phones
def make_phone(rng, region, prefixes, kind):
    """prefixes: list of national significant number prefixes (without trunk 0)."""
    for _ in range(4000):
        p = rng.choice(prefixes)
        L = rng.randint(max(len(p) + 5, 8), 12)
        nsn = p + str(rng.randint(1, 9)) + rand_digits(rng, L - len(p) - 1)
        try:
            num = phonenumbers.parse("+%d%s" % (phonenumbers.country_code_for_region(region), nsn))
        except Exception:
            continue
        if not phonenumbers.is_valid_number_for_region(num, region):
            continue
        t = phonenumbers.number_type(num)
        if kind == "mobile" and t not in (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE):
            continue
        if kind == "fixed" and t not in (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE):
            continue
        return num
    raise RuntimeError(f"phone {region} {prefixes}")


def split_groups(s, pattern):
    out, i = [], 0
    for g in pattern:
        if i >= len(s):
            break
        out.append(s[i:i + g]); i += g
    if i < len(s):
        out[-1] += s[i:]
    return out


def format_phone(rng, num, style, trunk="0", groups=None):
    cc = num.country_code
    nsn = phonenumbers.national_significant_number(num)
    ndc_len = phonenumbers.length_of_national_destination_code(num) or 2
    ndc, sub = nsn[:ndc_len], nsn[ndc_len:]

    def grp(s):
        c = rng.choice(groups or ["2", "3", "4", "34", "none"])
        if c == "none" or len(s) <= 5:
            return s
        if c == "2":
            return " ".join(split_groups(s, ([3] if len(s) % 2 else []) + [2] * 10))
        if c == "3":
            return " ".join(split_groups(s, [3] * 10)) if len(s) % 3 != 1 else " ".join(split_groups(s, [4] + [3] * 10))
        if c == "4":
            return " ".join(split_groups(s, [4] * 10)) if len(s) % 4 not in (1, 2) else " ".join(split_groups(s, [3] + [4] * 10))
        return " ".join(split_groups(s, [3, 4, 4]))

    if style == "nat":
        return phonenumbers.format_number(num, PNF.NATIONAL)
    if style == "intl":
        return phonenumbers.format_number(num, PNF.INTERNATIONAL)
    if style == "e164":
        return phonenumbers.format_number(num, PNF.E164)
    if style == "00":
        return "00" + phonenumbers.format_number(num, PNF.INTERNATIONAL)[1:]
    if style == "trunk":  # +49 (0)30 1234567
        return f"+{cc} ({trunk}){ndc} {grp(sub)}"
    if style == "paren":  # (030) 1234567
        return f"({trunk}{ndc}) {grp(sub)}"
    if style == "paren_nt":  # (22) 123 45 67 (no trunk prefix)
        return f"({ndc}) {grp(sub)}"
    if style == "dash":  # 0301-234 56 ; 08-123 456 78
        return f"{trunk}{ndc}-{grp(sub)}"
    if style == "slash":  # 089/1234567
        return f"{trunk}{ndc}/{grp(sub)}"
    if style == "dots":  # 01.23.45.67.89
        s = trunk + nsn
        return ".".join(split_groups(s, [2] * 10))
    if style == "plain":
        return trunk + nsn
    if style == "intl_sp":  # +33 6 12 34 56 78 / +48 512 345 678 custom grouping
        return f"+{cc} {ndc} {grp(sub)}"
    if style == "nsn3":  # 210 123 4567 / 691 234 5678 (Greek, Czech style)
        return nsn[:3] + " " + grp(nsn[3:])
    if style == "intl3":
        return f"+{cc} " + nsn[:3] + " " + grp(nsn[3:])
    if style == "nsn4":  # 2310 123456
        return nsn[:4] + " " + nsn[4:]
    if style == "pairs":  # 33 12 34 56 (Danish)
        return " ".join(split_groups(nsn, [2] * 10))
    if style == "intl_pairs":
        return f"+{cc} " + " ".join(split_groups(nsn, [2] * 10))
    if style == "local":
        return grp(sub)
    if style == "hu_dash":  # 06-30-123-4567
        return f"06-{ndc}-" + "-".join(split_groups(sub, [3, 4]))
    if style == "hu_sp":
        return f"06 {ndc} " + " ".join(split_groups(sub, [3, 4]))
    raise ValueError(style)


# --------------------------------------------------------------------------- render
SLOT = re.compile(r"\{([A-Za-z0-9_]+)(?::([A-Za-z0-9_]+))?(?:#(\w+))?(?:\?([^|{}]*)\|([^{}]*))?\}|\[\[([^\[\]|]+)\|([A-Z_]+)\]\]")


class Doc:
    def __init__(self):
        self.parts = []
        self.spans = []
        self.keeps = []
        self.pos = 0

    def add(self, s, label=None, kind=None):
        # typographic rule: a sentence-final period is not doubled after a value that ends in "." (dates like
        # "2024.03.12.", abbreviations like "г.", "Fr.")
        if not label and not kind and s.startswith(".") and self.parts and self.parts[-1].endswith(".") \
                and not s.startswith(".."):
            s = s[1:]
            if not s:
                return
        if label:
            self.spans.append({"start": self.pos, "end": self.pos + len(s), "type": label, "_v": s})
        if kind:
            self.keeps.append({"start": self.pos, "end": self.pos + len(s), "kind": kind, "_v": s})
        self.parts.append(s)
        self.pos += len(s)

    def text(self):
        return "".join(self.parts)


def render(template, ctx, doc):
    """Render template into doc. ctx.resolve(name, arg, key) returns list of (text, span_type, keep_kind)."""
    i = 0
    for m in SLOT.finditer(template):
        if m.start() > i:
            doc.add(template[i:m.start()])
        i = m.end()
        if m.group(6) is not None:
            kind = m.group(7)
            assert kind in KEEP_KINDS, kind
            doc.add(m.group(6), kind=kind)
            continue
        name, arg, key, g_m, g_f = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)
        if g_m is not None:  # gender choice
            p = ctx.persons[name]
            doc.add(g_m if p.gender == "m" else g_f)
            continue
        for text, label, kind in ctx.resolve(name, arg, key):
            doc.add(text, label=label, kind=kind)
    if i < len(template):
        doc.add(template[i:])
