"""National identifiers with valid check digits (validated with python-stdnum where it has a module)."""
import datetime as dt
import string

from stdnum import luhn
from stdnum.bg import egn
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka, vat as gr_vat
from stdnum.hr import oib
from stdnum.ie import pps
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.pt import nif as pt_nif, cc as pt_cc
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.si import emso
from stdnum.sk import rc as sk_rc

from .engine import rand_digits, complete_check, ascii_fold

D = string.digits


def _first(rng, gen, validate, tries=20000):
    for _ in range(tries):
        c = gen()
        if c is None:
            continue
        try:
            validate(c)
            return c
        except Exception:
            continue
    raise RuntimeError("id generation failed")


# ---------------------------------------------------------------- DE
def de_steuer_id(rng, p):
    def gen():
        return complete_check(rand_digits(rng, 10, True), D, idnr.validate)
    n = _first(rng, gen, idnr.validate)
    return rng.choice([n, f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"])


def de_kvnr(rng, p):
    """Krankenversichertennummer: letter + 8 digits + check (GKV algorithm)."""
    letter = rng.choice(string.ascii_uppercase)
    body = rand_digits(rng, 8, True)
    digits = "%02d" % (ord(letter) - 64) + body
    s = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        s += v // 10 + v % 10
    return f"{letter}{body}{s % 10}"


# ---------------------------------------------------------------- FR
def fr_nir(rng, p):
    sex = "1" if p.gender == "m" else "2"
    dept = rng.choice(["75", "69", "13", "33", "59", "31", "44", "67", "06", "35", "2A", "92", "93"])
    body = sex + "%02d%02d" % (p.dob.year % 100, p.dob.month) + dept + rand_digits(rng, 3) + rand_digits(rng, 3)
    key = nir.calc_check_digits(body)
    n = body + key
    nir.validate(n)
    return rng.choice([nir.format(n), n])


# ---------------------------------------------------------------- IT
_CF_MONTH = "ABCDEHLMPRST"


def _cf_part(name, first=False):
    s = ascii_fold(name).upper()
    s = "".join(ch for ch in s if ch.isalpha())
    cons = [c for c in s if c not in "AEIOU"]
    vows = [c for c in s if c in "AEIOU"]
    if first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def it_codice_fiscale(rng, p):
    day = p.dob.day + (40 if p.gender == "f" else 0)
    town = rng.choice(["H501", "F205", "F839", "L219", "G273", "D612", "A944", "L736", "D969", "A662", "C351", "L424"])
    body = _cf_part(p.last) + _cf_part(p.first, True) + "%02d" % (p.dob.year % 100) + _CF_MONTH[p.dob.month - 1] + "%02d" % day + town
    n = body + codicefiscale.calc_check_digit(body)
    codicefiscale.validate(n)
    return n


def it_tessera(rng, p):
    return "80380" + rand_digits(rng, 15)


# ---------------------------------------------------------------- ES
def es_dni(rng, p):
    b = rand_digits(rng, 8)
    n = b + dni.calc_check_digit(b)
    dni.validate(n)
    return rng.choice([n, n, f"{b}-{n[-1]}"])


def es_nie(rng, p):
    b = rng.choice("XYZ") + rand_digits(rng, 7)
    n = b + nie.calc_check_digit(b)
    nie.validate(n)
    return rng.choice([n, f"{n[0]}-{n[1:8]}-{n[8]}"])


def es_nuss(rng, p):
    prov = rng.choice(["28", "08", "41", "46", "48", "29", "50", "15"])
    body = prov + rand_digits(rng, 8)
    chk = int(body) % 97
    n = body + "%02d" % chk
    return rng.choice([n, f"{n[:2]}/{n[2:10]}/{n[10:]}", f"{n[:2]} {n[2:10]} {n[10:]}"])


# ---------------------------------------------------------------- PL
def pl_pesel(rng, p):
    y, m, d = p.dob.year, p.dob.month, p.dob.day
    mm = m + (20 if y >= 2000 else 0)
    ser = rand_digits(rng, 3)
    sexd = rng.choice("13579" if p.gender == "m" else "02468")
    body = "%02d%02d%02d" % (y % 100, mm, d) + ser + sexd
    n = body + pesel.calc_check_digit(body)
    pesel.validate(n)
    return n


# ---------------------------------------------------------------- FI
def fi_hetu(rng, p):
    sep = "-" if p.dob.year < 2000 else "A"
    ind = rng.randint(2, 899)
    if (ind % 2 == 1) != (p.gender == "m"):
        ind += 1
    body = "%02d%02d%02d" % (p.dob.day, p.dob.month, p.dob.year % 100) + sep + "%03d" % ind
    n = complete_check(body, "0123456789ABCDEFHJKLMNPRSTUVWXY", hetu.validate)
    assert n
    return n


# ---------------------------------------------------------------- SE
def se_personnummer(rng, p):
    def gen():
        b = "%02d%02d%02d" % (p.dob.year % 100, p.dob.month, p.dob.day) + rand_digits(rng, 2)
        g = rng.choice("13579" if p.gender == "m" else "02468")
        return complete_check(b + g, D, personnummer.validate, lambda s: s[:6] + "-" + s[6:])
    n = _first(rng, gen, lambda s: personnummer.validate(s[:6] + "-" + s[6:]))
    if rng.random() < 0.4:
        return f"{p.dob.year // 100}{n[:6]}-{n[6:]}"
    return f"{n[:6]}-{n[6:]}"


# ---------------------------------------------------------------- NL
def nl_bsn(rng, p):
    n = _first(rng, lambda: complete_check(rand_digits(rng, 8, True), D, bsn.validate), bsn.validate)
    return rng.choice([n, n, f"{n[:4]}.{n[4:6]}.{n[6:]}"])


# ---------------------------------------------------------------- BG
def bg_egn(rng, p):
    y, m, d = p.dob.year, p.dob.month, p.dob.day
    mm = m + (40 if y >= 2000 else 0)

    def gen():
        reg = rand_digits(rng, 2)
        sexd = rng.choice("02468" if p.gender == "m" else "13579")
        body = "%02d%02d%02d" % (y % 100, mm, d) + reg + sexd
        return body + egn.calc_check_digit(body)
    return _first(rng, gen, egn.validate)


# ---------------------------------------------------------------- SI
def si_emso(rng, p):
    def gen():
        ser = rng.randint(0, 499) + (0 if p.gender == "m" else 500)
        body = "%02d%02d%03d" % (p.dob.day, p.dob.month, p.dob.year % 1000) + "50" + "%03d" % ser
        try:
            return body + emso.calc_check_digit(body)
        except Exception:
            return None
    return _first(rng, gen, emso.validate)


def si_zzzs(rng, p):
    return rand_digits(rng, 9, True)


# ---------------------------------------------------------------- GR
def gr_amka(rng, p):
    def gen():
        b = "%02d%02d%02d" % (p.dob.day, p.dob.month, p.dob.year % 100) + rand_digits(rng, 3)
        g = rng.choice("13579" if p.gender == "m" else "02468")
        return b + g + luhn.calc_check_digit(b + g)
    return _first(rng, gen, amka.validate)


def gr_afm(rng, p):
    return _first(rng, lambda: complete_check(rand_digits(rng, 8, True), D, gr_vat.validate), gr_vat.validate)


# ---------------------------------------------------------------- DK
def dk_cpr(rng, p):
    y = p.dob.year
    # 7th digit consistent with century (0-3: 1900-1999)
    def gen():
        d7 = rng.choice("0123") if y < 2000 else rng.choice("4")
        last = rng.choice("13579" if p.gender == "m" else "02468")
        return "%02d%02d%02d" % (p.dob.day, p.dob.month, y % 100) + d7 + rand_digits(rng, 2) + last
    def val(s):
        cpr.validate(s)
        if cpr.get_birth_date(s) != p.dob:
            raise ValueError(s)
    n = _first(rng, gen, val)
    return rng.choice([f"{n[:6]}-{n[6:]}", f"{n[:6]}-{n[6:]}", n])


# ---------------------------------------------------------------- RO
def ro_cnp(rng, p):
    y = p.dob.year
    s = ("1" if p.gender == "m" else "2") if y < 2000 else ("5" if p.gender == "m" else "6")

    def gen():
        body = s + "%02d%02d%02d" % (y % 100, p.dob.month, p.dob.day) + rng.choice(["40", "12", "22", "35", "01", "32", "13", "04"]) + rand_digits(rng, 3)
        return body + cnp.calc_check_digit(body)
    return _first(rng, gen, cnp.validate)


# ---------------------------------------------------------------- CZ / SK
def _rc(rng, p, mod):
    y, m, d = p.dob.year, p.dob.month, p.dob.day
    mm = m + (50 if p.gender == "f" else 0)

    def gen():
        b = "%02d%02d%02d" % (y % 100, mm, d) + rand_digits(rng, 3)
        if y < 1954:  # before 1954 the number had 9 digits and no check digit
            return b
        for c in D:
            if int(b + c) % 11 == 0:
                return b + c
        return None
    def val(s):
        mod.validate(s)
        if cz_rc.get_birth_date(s) != p.dob:
            raise ValueError(s)
    n = _first(rng, gen, val)
    return rng.choice([f"{n[:6]}/{n[6:]}", f"{n[:6]}/{n[6:]}", n])


def cz_rodne_cislo(rng, p):
    return _rc(rng, p, cz_rc)


def sk_rodne_cislo(rng, p):
    return _rc(rng, p, sk_rc)


# ---------------------------------------------------------------- PT
def pt_nif_(rng, p):
    def gen():
        b = rng.choice("123") + rand_digits(rng, 7)
        return b + pt_nif.calc_check_digit(b)
    n = _first(rng, gen, pt_nif.validate)
    return rng.choice([n, f"{n[:3]} {n[3:6]} {n[6:]}"])


def pt_cartao_cidadao(rng, p):
    b = rand_digits(rng, 8, True)
    c = (11 - sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11) % 11
    b += str(0 if c == 10 else c) + rng.choice(["ZZ", "ZY", "ZX", "ZW"])
    n = b + pt_cc.calc_check_digit(b)
    pt_cc.validate(n)
    return pt_cc.format(n)


def pt_sns(rng, p):
    return rand_digits(rng, 9, True)


# ---------------------------------------------------------------- HR
def hr_oib(rng, p):
    return _first(rng, lambda: complete_check(rand_digits(rng, 10, True), D, oib.validate), oib.validate)


def hr_mbo(rng, p):
    return rand_digits(rng, 9, True)


# ---------------------------------------------------------------- HU
def hu_taj(rng, p):
    """TAJ: 8 digits + check = (3*odd + 7*even positions) mod 10."""
    b = rand_digits(rng, 8, True)
    s = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(b))
    n = b + str(s % 10)
    return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])


def hu_adoazonosito(rng, p):
    """Adóazonosító jel: 8 + days since 1867-01-01 (5) + 3 random + check (sum i*d_i mod 11)."""
    days = (p.dob - dt.date(1867, 1, 1)).days
    for _ in range(100):
        b = "8" + "%05d" % days + rand_digits(rng, 3)
        c = sum((i + 1) * int(ch) for i, ch in enumerate(b)) % 11
        if c < 10:
            return b + str(c)
    raise RuntimeError


# ---------------------------------------------------------------- IE / GB
def ie_pps(rng, p):
    from stdnum.ie import vat as ie_vat
    b = rand_digits(rng, 7)
    if rng.random() < 0.5:
        n = b + ie_vat.calc_check_digit(b + "A") + "A"
    else:
        n = b + ie_vat.calc_check_digit(b)
    pps.validate(n)
    return n


def gb_nhs(rng, p):
    def gen():
        b = rand_digits(rng, 9, True)
        return complete_check(b, D, nhs.validate)
    n = _first(rng, gen, nhs.validate)
    return rng.choice([nhs.format(n), n])


def gb_nino(rng, p):
    L1 = "ABCEGHJKLMNOPRSTWXYZ"
    L2 = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = rng.choice(L1) + rng.choice(L2)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = rand_digits(rng, 6)
    suf = rng.choice("ABCD")
    return rng.choice([f"{pre}{d}{suf}", f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suf}"])


# ---------------------------------------------------------------- generic
EHIC_CC = {"de": "276", "fr": "250", "it": "380", "es": "724", "pl": "616", "fi": "246", "sv": "752", "nl": "528",
           "bg": "100", "sl": "705", "el": "300", "da": "208", "ro": "642", "cs": "203", "sk": "703", "pt": "620",
           "hr": "191", "hu": "348", "en": "372"}


def ehic(rng, lang):
    n = "80" + EHIC_CC[lang] + rand_digits(rng, 15)
    return rng.choice([n, " ".join([n[:5]] + [n[i:i + 5] for i in range(5, 20, 5)])])
