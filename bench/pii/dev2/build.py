#!/usr/bin/env python3
"""Deterministic generator for the dev2 PII evaluation set (structured identifiers + street addresses).

Standard library only, plus python-stdnum and phonenumbers (used only to generate / validate values).
Run:  python3 build.py      -> writes dev2.jsonl next to this file and prints a self-check report.
"""
import datetime
import ipaddress
import json
import os
import random
import re
import string
import sys
import unicodedata
from collections import Counter, defaultdict

import phonenumbers
from stdnum import iban as std_iban, luhn
from stdnum.at import vnr as at_vnr
from stdnum.be import nn as be_nn
from stdnum.bg import egn as bg_egn
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr as de_idnr
from stdnum.dk import cpr as dk_cpr
from stdnum.es import ccc as es_ccc, dni as es_dni, nie as es_nie
from stdnum.fi import hetu as fi_hetu
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.gr import amka as gr_amka
from stdnum.hr import oib as hr_oib
from stdnum.ie import pps as ie_pps
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.pt import cc as pt_cc, nif as pt_nif
from stdnum.ro import cnp as ro_cnp
from stdnum.se import personnummer as se_pnr
from stdnum.si import emso as si_emso
from stdnum.sk import rc as sk_rc

SEED = 20250607
HERE = os.path.dirname(os.path.abspath(__file__))
DIG = string.digits


def rdig(rng, n):
    return ''.join(rng.choice(DIG) for _ in range(n))


def complete(base, alphabet, ok):
    """Append the single check character from `alphabet` that makes `ok(base+c)` true (None if none)."""
    for c in alphabet:
        if ok(base + c):
            return base + c
    return None


# ---------------------------------------------------------------------------------------------
# Hungarian identifiers (no stdnum module): TAJ and adoazonosito jel
# ---------------------------------------------------------------------------------------------
def hu_taj_valid(s):
    d = re.sub(r'\D', '', s)
    if len(d) != 9:
        return False
    tot = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(d[:8]))
    return tot % 10 == int(d[8])


def hu_ado_valid(s):
    d = re.sub(r'\D', '', s)
    if len(d) != 10 or d[0] != '8':
        return False
    tot = sum(int(c) * (i + 1) for i, c in enumerate(d[:9]))
    return tot % 11 != 10 and tot % 11 == int(d[9])


def gb_nino_valid(s):
    d = s.replace(' ', '').upper()
    m = re.fullmatch(r'([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])', d)
    if not m:
        return False
    return m.group(1) + m.group(2) not in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ')


def de_kvnr_valid(s):
    s = s.replace(' ', '')
    if not re.fullmatch(r'[A-Z]\d{9}', s):
        return False
    digs = '%02d' % (ord(s[0]) - 64) + s[1:9]
    tot = 0
    for i, c in enumerate(digs):
        p = int(c) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return tot % 10 == int(s[9])


# ---------------------------------------------------------------------------------------------
# Validators used by the self-check (span text -> bool)
# ---------------------------------------------------------------------------------------------
def _clean(s):
    return re.sub(r'[\s./-]', '', s)


VALIDATORS = {
    'de.idnr': lambda s: de_idnr.is_valid(_clean(s)),
    'de.kvnr': de_kvnr_valid,
    'at.vnr': lambda s: at_vnr.is_valid(_clean(s)),
    'fr.nir': lambda s: fr_nir.is_valid(_clean(s)),
    'be.nn': lambda s: be_nn.is_valid(_clean(s)),
    'it.cf': lambda s: it_cf.is_valid(_clean(s)),
    'es.dni': lambda s: es_dni.is_valid(_clean(s)),
    'es.nie': lambda s: es_nie.is_valid(_clean(s)),
    'es.nss': lambda s: (lambda d: len(d) == 12 and int(d[:10]) % 97 == int(d[10:]))(re.sub(r'\D', '', s)),
    'pl.pesel': lambda s: pl_pesel.is_valid(_clean(s)),
    'fi.hetu': lambda s: fi_hetu.is_valid(s.strip()),
    'se.pnr': lambda s: se_pnr.is_valid(s.strip()),
    'dk.cpr': lambda s: dk_cpr.is_valid(_clean(s)),
    'gr.amka': lambda s: gr_amka.is_valid(_clean(s)),
    'bg.egn': lambda s: bg_egn.is_valid(_clean(s)),
    'si.emso': lambda s: si_emso.is_valid(_clean(s)),
    'nl.bsn': lambda s: nl_bsn.is_valid(_clean(s)),
    'cz.rc': lambda s: cz_rc.is_valid(_clean(s)),
    'sk.rc': lambda s: sk_rc.is_valid(_clean(s)),
    'hr.oib': lambda s: hr_oib.is_valid(_clean(s)),
    'ro.cnp': lambda s: ro_cnp.is_valid(_clean(s)),
    'pt.nif': lambda s: pt_nif.is_valid(_clean(s)),
    'pt.cc': lambda s: pt_cc.is_valid(s.replace(' ', '')),
    'gb.nhs': lambda s: gb_nhs.is_valid(_clean(s)),
    'gb.nino': gb_nino_valid,
    'ie.pps': lambda s: ie_pps.is_valid(_clean(s)),
    'hu.taj': hu_taj_valid,
    'hu.ado': hu_ado_valid,
    'luhn': lambda s: luhn.is_valid(re.sub(r'\D', '', s)),
    'iban': lambda s: std_iban.is_valid(s.replace(' ', '')),
    'ipv4': lambda s: _ip_ok(s, 4),
    'ipv6': lambda s: _ip_ok(s, 6),
    'email': lambda s: re.fullmatch(r'[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+', s) is not None,
    'format': lambda s: True,   # no public check digit: format-only identifiers (MRN, some insurer numbers)
}


def _ip_ok(s, v):
    try:
        return ipaddress.ip_address(s).version == v
    except ValueError:
        return False


def card_ok(s):
    d = re.sub(r'[ -]', '', s)
    return d.isdigit() and 13 <= len(d) <= 19 and luhn.is_valid(d)


VALIDATORS['card'] = card_ok


# ---------------------------------------------------------------------------------------------
# Phone numbers
# ---------------------------------------------------------------------------------------------
PHONE_PAT = {
    'DE': (['30#######', '89#######', '221######', '40########', '6221#####', '711#######', '351######'],
           ['151########', '160#######', '170#######', '176########', '157########']),
    'AT': (['1#######', '316######', '662######', '732######', '512######'],
           ['664#######', '676#######', '699########', '650#######']),
    'FR': (['1########', '4########', '5########', '3########', '2########'], ['6########', '7########']),
    'BE': (['2#######', '3#######', '9#######', '4#######', '16######'], ['47#######', '49#######', '48#######']),
    'NL': (['20#######', '10#######', '30#######', '70#######', '50#######'], ['6########']),
    'GB': (['20########', '161#######', '131#######', '117#######', '113#######', '1865######'],
           ['7700######', '7911######', '7480######', '7849######']),
    'IE': (['1#######', '21#######', '91######', '61######'], ['83#######', '85#######', '86#######', '87#######']),
    'ES': (['91#######', '93#######', '95#######', '96#######', '94#######'], ['6########', '71#######']),
    'PT': (['21#######', '22#######', '239######', '289######'], ['91#######', '93#######', '96#######']),
    'IT': (['06########', '02########', '055#######', '011#######', '051#######', '081#######'],
           ['32########', '33########', '34########', '347#######', '39########']),
    'PL': (['22#######', '12#######', '61#######', '71#######', '58#######'],
           ['5########', '60#######', '69#######', '72#######', '88#######']),
    'CZ': (['2########', '5########', '3########'], ['60#######', '72#######', '73#######', '77#######']),
    'SK': (['2########', '55#######', '41#######', '48#######'], ['90#######', '91#######', '94#######']),
    'HU': (['1#######', '52######', '62######', '72######', '96######'], ['20#######', '30#######', '70#######']),
    'RO': (['21#######', '264######', '232######', '256######'], ['72#######', '74#######', '75#######', '76#######']),
    'BG': (['2#######', '32######', '52######', '56######'], ['87#######', '88#######', '89#######', '98#######']),
    'GR': (['21########', '231#######', '261#######', '281#######'], ['69########']),
    'HR': (['1#######', '21######', '51######', '31######'], ['91#######', '98#######', '99#######', '95#######']),
    'SI': (['1#######', '2#######', '3#######', '5#######'], ['41######', '31######', '51######', '40######', '70######']),
    'DK': (['3#######', '4#######', '8#######', '9#######'], ['2#######', '5#######', '4#######']),
    'SE': (['8########', '31#######', '40######', '18######', '90######'], ['70#######', '72#######', '73#######', '76#######']),
    'FI': (['9#######', '2#######', '3#######', '8#######'], ['40#######', '50#######', '44#######', '45#######']),
}
TRUNK = {'DE': '0', 'AT': '0', 'FR': '0', 'BE': '0', 'NL': '0', 'GB': '0', 'IE': '0', 'SK': '0', 'HU': '06',
         'RO': '0', 'BG': '0', 'HR': '0', 'SI': '0', 'SE': '0', 'FI': '0'}
# national writing styles per country (see fmt_phone)
PHONE_STYLES = {
    'DE': ['intl', 'intl0', 'idd', 'nat', 'slash', 'paren', 'dash', 'compact'],
    'AT': ['intl', 'intl0', 'idd', 'nat', 'slash', 'paren', 'compact'],
    'FR': ['intl', 'intl0', 'idd', 'nat', 'dots', 'compact'],
    'BE': ['intl', 'idd', 'nat', 'slash', 'dots'],
    'NL': ['intl', 'intl0', 'idd', 'nat', 'dash', 'paren', 'compact'],
    'GB': ['intl', 'intl0', 'nat', 'paren', 'compact'],
    'IE': ['intl', 'intl0', 'nat', 'paren', 'idd'],
    'ES': ['intl', 'idd', 'nat', 'dots', 'compact'],
    'PT': ['intl', 'idd', 'nat', 'compact'],
    'IT': ['intl', 'idd', 'nat', 'slash', 'compact'],
    'PL': ['intl', 'idd', 'nat', 'paren', 'dash'],
    'CZ': ['intl', 'idd', 'nat', 'compact'],
    'SK': ['intl', 'idd', 'nat', 'slash', 'compact'],
    'HU': ['intl', 'idd', 'nat', 'paren', 'slash', 'dash'],
    'RO': ['intl', 'idd', 'nat', 'dots', 'compact'],
    'BG': ['intl', 'idd', 'nat', 'slash', 'paren'],
    'GR': ['intl', 'idd', 'nat', 'compact'],
    'HR': ['intl', 'idd', 'nat', 'slash', 'paren'],
    'SI': ['intl', 'idd', 'nat', 'slash', 'paren'],
    'DK': ['intl', 'idd', 'nat', 'compact'],
    'SE': ['intl', 'idd', 'nat', 'dash', 'compact'],
    'FI': ['intl', 'idd', 'nat', 'dash', 'compact'],
}


def gen_phone(rng, cc, mobile=None):
    land, mob = PHONE_PAT[cc]
    if mobile is None:
        mobile = rng.random() < 0.5
    pats = mob if mobile else land
    code = phonenumbers.country_code_for_region(cc)
    for _ in range(5000):
        pat = rng.choice(pats)
        i = pat.index('#')
        nsn = pat[:i] + rng.choice('23456789') + ''.join(rng.choice(DIG) if ch == '#' else ch for ch in pat[i + 1:])
        n = phonenumbers.parse('+%d%s' % (code, nsn))
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == cc:
            return n
    raise RuntimeError('no valid phone for ' + cc)


def _regroup_pairs(digits):
    out = []
    if len(digits) % 2:
        out.append(digits[:3])
        digits = digits[3:]
    out += [digits[i:i + 2] for i in range(0, len(digits), 2)]
    return out


def fmt_phone(rng, n, cc, style=None):
    intl = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    ccode, rest = intl.split(' ', 1)
    groups = re.split(r'[ -]', rest)
    trunk = TRUNK.get(cc, '')
    style = style or rng.choice(PHONE_STYLES[cc])
    if style == 'paren' and cc in ('PL', 'HU', 'IT', 'ES', 'PT', 'FR', 'GB', 'SE') and \
            phonenumbers.number_type(n) == phonenumbers.PhoneNumberType.MOBILE:
        style = 'nat'
    if cc in ('SE', 'DK', 'CZ', 'SK') and len(groups) > 1 and rng.random() < 0.3:
        groups = [groups[0]] + _regroup_pairs(''.join(groups[1:]))
    if style == 'intl':
        return ccode + ' ' + ' '.join(groups)
    if style == 'intl0':
        return ccode + ' (0)' + ' '.join(groups) if trunk == '0' else ccode + ' ' + ' '.join(groups)
    if style == 'idd':
        return '00' + ccode[1:] + ' ' + ' '.join(groups)
    if style == 'nat':
        if cc == 'HU':
            return '06 ' + ' '.join(groups) if rng.random() < .5 else '06-' + groups[0] + '/' + ''.join(groups[1:])
        return trunk + ' '.join(groups)
    if style == 'paren':
        if len(groups) < 2:
            return trunk + ' '.join(groups)
        if cc == 'HU':
            return '(06 ' + groups[0] + ') ' + ' '.join(groups[1:])
        return '(' + trunk + groups[0] + ') ' + ' '.join(groups[1:])
    if style == 'slash':
        sub = ''.join(groups[1:]) if rng.random() < .5 else ' '.join(groups[1:])
        if cc == 'HU':
            return '06-' + groups[0] + '/' + '-'.join(groups[1:])
        return trunk + groups[0] + '/' + sub
    if style == 'dash':
        if cc in ('SE',):
            return trunk + groups[0] + '-' + ' '.join(groups[1:])
        if cc == 'HU':
            return '06-' + groups[0] + '-' + '-'.join(groups[1:])
        return trunk + groups[0] + '-' + ''.join(groups[1:])
    if style == 'dots':
        return '.'.join([trunk + groups[0]] + groups[1:]) if trunk or cc != 'ES' else '.'.join(groups)
    if style == 'compact':
        return ccode + ''.join(groups) if rng.random() < .5 else trunk + ''.join(groups)
    raise ValueError(style)


def phone_ok(s, cc):
    s = s.replace('(0)', '')
    try:
        n = phonenumbers.parse(s, cc)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(n)


# ---------------------------------------------------------------------------------------------
# National / insurance identifiers.  Each returns (text, validator-name)
# ---------------------------------------------------------------------------------------------
def _yymmdd(d):
    return d.strftime('%y%m%d')


def id_de_idnr(rng, p):
    while True:
        digs = rng.sample(DIG, 9)
        digs.append(rng.choice(digs))
        rng.shuffle(digs)
        if digs[0] == '0':
            continue
        base = ''.join(digs)
        v = complete(base, DIG, de_idnr.is_valid)
        if v:
            break
    st = rng.choice(['sp', 'plain', 'sp2'])
    if st == 'sp':
        return '%s %s %s %s' % (v[:2], v[2:5], v[5:8], v[8:]), 'de.idnr'
    if st == 'sp2':
        return '%s %s %s' % (v[:3], v[3:7], v[7:]), 'de.idnr'
    return v, 'de.idnr'


def id_de_kvnr(rng, p):
    while True:
        s = rng.choice('ABCDEFGHKLMNRSTWZ') + rdig(rng, 8)
        v = complete(s, DIG, de_kvnr_valid)
        if v:
            return v, 'de.kvnr'


def id_at_vnr(rng, p):
    while True:
        base = str(rng.randint(100, 999))
        rest = p['dob'].strftime('%d%m%y')
        for c in DIG:
            v = base + c + rest
            if at_vnr.is_valid(v):
                return (v[:4] + ' ' + v[4:] if rng.random() < .8 else v), 'at.vnr'


def id_fr_nir(rng, p):
    while True:
        sex = '1' if p['sex'] == 'm' else '2'
        dept = rng.choice(['75', '69', '13', '33', '59', '44', '67', '31', '2A', '35', '06'])
        b = sex + p['dob'].strftime('%y%m') + dept + '%03d' % rng.randint(1, 990) + '%03d' % rng.randint(1, 999)
        v = b + fr_nir.calc_check_digits(b)
        if fr_nir.is_valid(v):
            break
    if rng.random() < .7:
        return ' '.join([v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:]]), 'fr.nir'
    return v, 'fr.nir'


def id_be_nn(rng, p):
    while True:
        b = _yymmdd(p['dob']) + '%03d' % (rng.randrange(1, 499) * 2 + (1 if p['sex'] == 'm' else 0))
        v = complete(b, ['%02d' % i for i in range(1, 98)], be_nn.is_valid)
        if v:
            break
    if rng.random() < .7:
        return '%s.%s.%s-%s.%s' % (v[:2], v[2:4], v[4:6], v[6:9], v[9:]), 'be.nn'
    return v, 'be.nn'


MONTH_CF = 'ABCDEHLMPRST'


def id_it_cf(rng, p):
    cons = lambda w: [c for c in w.upper() if c in 'BCDFGHJKLMNPQRSTVWXYZ']
    vow = lambda w: [c for c in w.upper() if c in 'AEIOU']
    def code(w, first=False):
        c = cons(w)
        if first and len(c) >= 4:
            c = [c[0], c[2], c[3]]
        return ''.join((c + vow(w) + ['X'] * 3)[:3])
    first, last = _ascii(p['first']), _ascii(p['last'])
    day = p['dob'].day + (40 if p['sex'] == 'f' else 0)
    belf = rng.choice(['H501', 'F205', 'A944', 'D612', 'L219', 'F839', 'G273', 'G224', 'L736', 'B157'])
    b = code(last) + code(first, True) + p['dob'].strftime('%y') + MONTH_CF[p['dob'].month - 1] + '%02d' % day + belf
    v = b + it_cf.calc_check_digit(b)
    assert it_cf.is_valid(v), v
    return v, 'it.cf'


def id_es_dni(rng, p):
    b = '%08d' % rng.randint(1000000, 79999999)
    v = b + es_dni.calc_check_digit(b)
    return (v if rng.random() < .6 else v[:8] + '-' + v[8]), 'es.dni'


def id_es_nie(rng, p):
    b = rng.choice('XYZ') + rdig(rng, 7)
    v = b + es_nie.calc_check_digit(b)
    return (v if rng.random() < .5 else v[0] + '-' + v[1:8] + '-' + v[8]), 'es.nie'


def id_es_nss(rng, p):
    prov = rng.choice(['28', '08', '41', '46', '48', '29', '50', '15'])
    mid = '%08d' % rng.randint(10000000, 99999999)
    chk = '%02d' % (int(prov + mid) % 97)
    return rng.choice(['%s/%s/%s', '%s %s %s', '%s%s%s']) % (prov, mid, chk), 'es.nss'


def id_pl_pesel(rng, p):
    d = p['dob']
    mm = d.month + (20 if d.year >= 2000 else 0)
    b = d.strftime('%y') + '%02d' % mm + '%02d' % d.day + rdig(rng, 3)
    b += str(rng.choice([1, 3, 5, 7, 9]) if p['sex'] == 'm' else rng.choice([0, 2, 4, 6, 8]))
    v = b + pl_pesel.calc_check_digit(b)
    assert pl_pesel.is_valid(v)
    return v, 'pl.pesel'


HETU_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY'


def id_fi_hetu(rng, p):
    d = p['dob']
    ind = rng.randrange(2, 899)
    if (ind % 2 == 1) != (p['sex'] == 'm'):
        ind += 1
    sep = '-' if d.year < 2000 else 'A'
    b = d.strftime('%d%m%y') + '%03d' % ind
    v = d.strftime('%d%m%y') + sep + '%03d' % ind + HETU_CHARS[int(b) % 31]
    assert fi_hetu.is_valid(v), v
    return v, 'fi.hetu'


def id_se_pnr(rng, p):
    d = p['dob']
    b = _yymmdd(d) + rdig(rng, 2) + str(rng.choice([1, 3, 5, 7, 9]) if p['sex'] == 'm' else rng.choice([0, 2, 4, 6, 8]))
    v = b + luhn.calc_check_digit(b)
    out = rng.choice([v[:6] + '-' + v[6:], d.strftime('%Y') + v[2:6] + '-' + v[6:], d.strftime('%Y') + v[2:]])
    assert se_pnr.is_valid(out), out
    return out, 'se.pnr'


def id_dk_cpr(rng, p):
    d = p['dob']
    while True:
        b = d.strftime('%d%m%y') + str(rng.choice([0, 1, 2, 3]) if d.year < 2000 else 4) + rdig(rng, 2)
        b += str(rng.choice([1, 3, 5, 7, 9]) if p['sex'] == 'm' else rng.choice([0, 2, 4, 6, 8]))
        if dk_cpr.is_valid(b):
            return (b[:6] + '-' + b[6:] if rng.random() < .8 else b), 'dk.cpr'


def id_gr_amka(rng, p):
    b = p['dob'].strftime('%d%m%y') + rdig(rng, 3) + str(rng.choice([1, 3, 5, 7]) if p['sex'] == 'm' else rng.choice([0, 2, 4, 6]))
    v = b + luhn.calc_check_digit(b)
    assert gr_amka.is_valid(v), v
    return v, 'gr.amka'


def id_bg_egn(rng, p):
    d = p['dob']
    mm = d.month + (40 if d.year >= 2000 else 0)
    b = d.strftime('%y') + '%02d' % mm + '%02d' % d.day + rdig(rng, 2)
    b += str(rng.choice([0, 2, 4, 6, 8]) if p['sex'] == 'm' else rng.choice([1, 3, 5, 7, 9]))
    v = b + bg_egn.calc_check_digit(b)
    assert bg_egn.is_valid(v), v
    return v, 'bg.egn'


def id_si_emso(rng, p):
    d = p['dob']
    ser = rng.randrange(0, 499) + (0 if p['sex'] == 'm' else 500)
    b = d.strftime('%d%m') + str(d.year)[1:] + '50' + '%03d' % ser
    v = b + si_emso.calc_check_digit(b)
    assert si_emso.is_valid(v), v
    return v, 'si.emso'


def id_nl_bsn(rng, p):
    while True:
        v = complete(str(rng.randint(1, 9)) + rdig(rng, 7), DIG, nl_bsn.is_valid)
        if v:
            return (v if rng.random() < .6 else v[:4] + '.' + v[4:6] + '.' + v[6:]), 'nl.bsn'


def id_cz_rc(rng, p, mod='cz.rc'):
    d = p['dob']
    mm = d.month + (50 if p['sex'] == 'f' else 0)
    b = d.strftime('%y') + '%02d' % mm + '%02d' % d.day
    while True:
        t = b + rdig(rng, 3)
        for c in DIG:
            if int(t + c) % 11 == 0:
                v = t + c
                assert cz_rc.is_valid(v)
                return (v[:6] + '/' + v[6:] if rng.random() < .8 else v), mod


def id_sk_rc(rng, p):
    return id_cz_rc(rng, p, 'sk.rc')


def id_hr_oib(rng, p):
    while True:
        v = complete(str(rng.randint(1, 9)) + rdig(rng, 9), DIG, hr_oib.is_valid)
        if v:
            return v, 'hr.oib'


def id_ro_cnp(rng, p):
    d = p['dob']
    s = ('1' if p['sex'] == 'm' else '2') if d.year < 2000 else ('5' if p['sex'] == 'm' else '6')
    while True:
        b = s + _yymmdd(d) + rng.choice(['12', '40', '41', '42', '22', '35', '05', '13', '08']) + '%03d' % rng.randint(1, 999)
        v = b + ro_cnp.calc_check_digit(b)
        if ro_cnp.is_valid(v):
            return v, 'ro.cnp'


def id_pt_nif(rng, p):
    b = rng.choice('12') + rdig(rng, 7)
    v = b + pt_nif.calc_check_digit(b)
    return (v if rng.random() < .6 else v[:3] + ' ' + v[3:6] + ' ' + v[6:]), 'pt.nif'


def id_pt_cc(rng, p):
    while True:
        b = rdig(rng, 8) + rdig(rng, 1) + rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase)
        b = b[:9] + rng.choice(['ZZ', 'ZX', 'ZY', 'XZ', b[9:]])
        v = complete(b, DIG, pt_cc.is_valid)
        if v:
            return v[:8] + ' ' + v[8] + ' ' + v[9:], 'pt.cc'


def id_gb_nhs(rng, p):
    while True:
        b = str(rng.randint(4, 9)) + rdig(rng, 8)
        v = complete(b, DIG, gb_nhs.is_valid)
        if v:
            return (v[:3] + ' ' + v[3:6] + ' ' + v[6:] if rng.random() < .8 else v), 'gb.nhs'


def id_gb_nino(rng, p):
    while True:
        a = rng.choice('ABCEGHJKLMNPRSTWXYZ') + rng.choice('ABCEGHJKLMNPRSTWXYZ')
        v = a + rdig(rng, 6) + rng.choice('ABCD')
        if gb_nino_valid(v):
            return (' '.join([v[:2], v[2:4], v[4:6], v[6:8], v[8]]) if rng.random() < .6 else v), 'gb.nino'


def id_ie_pps(rng, p):
    while True:
        b = rdig(rng, 7)
        for c in 'ABCDEFGHIJKLMNOPQRSTUVW':
            v = b + c
            if ie_pps.is_valid(v):
                return v, 'ie.pps'


def id_hu_taj(rng, p):
    while True:
        v = complete(str(rng.randint(0, 9)) + rdig(rng, 7), DIG, hu_taj_valid)
        if v:
            return (v[:3] + ' ' + v[3:6] + ' ' + v[6:] if rng.random() < .7 else v[:3] + '-' + v[3:6] + '-' + v[6:]), 'hu.taj'


def id_hu_ado(rng, p):
    days = (p['dob'] - datetime.date(1867, 1, 1)).days
    while True:
        v = complete('8' + '%05d' % days + rdig(rng, 3), DIG, hu_ado_valid)
        if v:
            return v, 'hu.ado'


def ehic(rng, cc_num):
    # European Health Insurance Card number (20 digits, no public check digit)
    v = '80' + cc_num + rdig(rng, 15)
    g = rng.choice(['plain', 'grp'])
    return (v if g == 'plain' else ' '.join([v[:5], v[5:10], v[10:15], v[15:]])), 'format'


def fmt_only(pattern):
    def f(rng, p):
        return ''.join(rng.choice(DIG) if c == '#' else rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') if c == '@' else c
                       for c in rng.choice(pattern if isinstance(pattern, list) else [pattern])), 'format'
    return f


def it_ts(rng, p):
    # Tessera sanitaria card number: 20 digits starting 80380, last digit Luhn
    b = '80380' + '000' + rdig(rng, 11)
    v = b + luhn.calc_check_digit(b)
    return v, 'luhn'


# country -> national IDs [(gen, label texts per lang)], health-insurance IDs, MRN patterns
COUNTRY_IDS = {
    'DE': dict(nid=[id_de_idnr], hins=[id_de_kvnr]),
    'AT': dict(nid=[id_at_vnr], hins=[fmt_only(['####-######', 'W########'])]),
    'FR': dict(nid=[id_fr_nir], hins=[fmt_only(['MUT-#######', '########'])]),
    'BE': dict(nid=[id_be_nn], hins=[fmt_only(['###/#######-##', '##########'])]),
    'NL': dict(nid=[id_nl_bsn], hins=[fmt_only(['########', '#########'])]),
    'GB': dict(nid=[id_gb_nhs, id_gb_nino], hins=[fmt_only(['########', '#### ####'])]),
    'IE': dict(nid=[id_ie_pps], hins=[fmt_only(['#######', '###-###-###'])]),
    'ES': dict(nid=[id_es_dni, id_es_nie], hins=[id_es_nss]),
    'PT': dict(nid=[id_pt_nif, id_pt_cc], hins=[fmt_only(['#########', '### ### ###'])]),
    'IT': dict(nid=[id_it_cf], hins=[it_ts]),
    'PL': dict(nid=[id_pl_pesel], hins=[lambda r, p: ehic(r, '616')]),
    'CZ': dict(nid=[id_cz_rc], hins=[lambda r, p: ehic(r, '203')]),
    'SK': dict(nid=[id_sk_rc], hins=[lambda r, p: ehic(r, '703')]),
    'HU': dict(nid=[id_hu_ado, id_hu_taj], hins=[id_hu_taj]),
    'RO': dict(nid=[id_ro_cnp], hins=[lambda r, p: ehic(r, '642')]),
    'BG': dict(nid=[id_bg_egn], hins=[lambda r, p: ehic(r, '100')]),
    'GR': dict(nid=[id_gr_amka], hins=[lambda r, p: ehic(r, '300')]),
    'HR': dict(nid=[id_hr_oib], hins=[fmt_only(['#########', '### ### ###'])]),
    'SI': dict(nid=[id_si_emso], hins=[fmt_only(['#########', '### ### ###'])]),
    'DK': dict(nid=[id_dk_cpr], hins=[lambda r, p: ehic(r, '208')]),
    'SE': dict(nid=[id_se_pnr], hins=[lambda r, p: ehic(r, '752')]),
    'FI': dict(nid=[id_fi_hetu], hins=[lambda r, p: ehic(r, '246')]),
}


# ---------------------------------------------------------------------------------------------
# IBAN / cards / e-mail / IP
# ---------------------------------------------------------------------------------------------
def _iban(cc, bban):
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    return cc + '%02d' % (98 - int(num) % 97) + bban


def _hu_blk(d):
    w = [9, 7, 3, 1] * 4
    return d + str((10 - sum(int(c) * w[i] for i, c in enumerate(d)) % 10) % 10)


def _rib_key(b, g, a):
    return '%02d' % (97 - (89 * int(b) + 15 * int(g) + 3 * int(a)) % 97)


def gen_iban(rng, cc):
    r = lambda n: rdig(rng, n)
    if cc == 'FR':
        b, g, a = r(5), r(5), r(11)
        bban = b + g + a + _rib_key(b, g, a)
    elif cc == 'ES':
        bk, br, ac = rng.choice(['2100', '0049', '0182', '2085', '0081']), r(4), r(10)
        bban = bk + br + es_ccc.calc_check_digits(bk + br + '00' + ac) + ac
    elif cc == 'BE':
        b = rng.choice(['001', '068', '310', '363', '734', '000', '143']) + r(7)
        bban = b + '%02d' % (int(b) % 97 or 97)
    elif cc == 'PT':
        b = rng.choice(['0035', '0033', '0007', '0010', '0036']) + r(15)
        bban = b + '%02d' % (98 - (int(b) * 100) % 97)
    elif cc == 'IT':
        b = rng.choice(['03069', '02008', '05034', '01030']) + r(5) + '0000' + r(8)
        bban = it_cf.calc_check_digit(b) + b
    elif cc == 'HU':
        bban = _hu_blk(rng.choice(['117', '104', '120', '116']) + r(4)) + _hu_blk(r(15))
    else:
        spec = {
            'DE': lambda: r(8) + r(10), 'AT': lambda: r(5) + r(11),
            'NL': lambda: rng.choice(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB']) + r(10),
            'GB': lambda: rng.choice(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r(6) + r(8),
            'IE': lambda: rng.choice(['AIBK', 'BOFI', 'IPBS']) + r(6) + r(8),
            'PL': lambda: r(8) + r(16), 'CZ': lambda: rng.choice(['0800', '0100', '0300', '2010']) + r(16),
            'SK': lambda: rng.choice(['0900', '1100', '0200', '7500']) + r(16),
            'RO': lambda: rng.choice(['RNCB', 'BTRL', 'BRDE', 'INGB']) + r(16),
            'BG': lambda: rng.choice(['BNBG', 'UNCR', 'STSA', 'FINV']) + r(4) + r(2) + r(8),
            'GR': lambda: rng.choice(['011', '017', '026', '014']) + r(4) + r(16),
            'HR': lambda: rng.choice(['2360000', '2340009', '2484008', '2402006']) + r(10),
            'SI': lambda: rng.choice(['56', '02', '04', '10']) + r(13),
            'DK': lambda: r(4) + r(10), 'SE': lambda: rng.choice(['500', '800', '600', '300']) + r(17),
            'FI': lambda: rng.choice(['1', '5', '8', '3']) + r(13),
        }[cc]
        bban = spec()
    v = _iban(cc, bban)
    if not std_iban.is_valid(v):      # national BBAN rules (e.g. BE bank codes): draw again
        return gen_iban(rng, cc)
    if rng.random() < .65:
        return ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def gen_card(rng):
    kind = rng.choice(['visa', 'visa', 'mc', 'mc', 'amex', 'maestro', 'jcb', 'visa13', 'mc2', 'diners'])
    pre, ln = {'visa': ('4', 16), 'visa13': ('4', 13), 'mc': ('5' + rng.choice('12345'), 16),
               'mc2': (str(rng.randint(2221, 2720)), 16), 'amex': (rng.choice(['34', '37']), 15),
               'maestro': (rng.choice(['6759', '5018', '6304', '5020']), rng.choice([16, 18, 19])),
               'jcb': (str(rng.randint(3528, 3589)), 16), 'diners': ('36', 14)}[kind]
    b = pre + rdig(rng, ln - len(pre) - 1)
    v = b + luhn.calc_check_digit(b)
    if ln == 15:
        return v[:4] + ' ' + v[4:10] + ' ' + v[10:]
    if ln == 14:
        return v[:4] + ' ' + v[4:10] + ' ' + v[10:]
    if ln == 13:
        return v[:4] + ' ' + v[4:7] + ' ' + v[7:10] + ' ' + v[10:]
    st = rng.random()
    if st < .6:
        return ' '.join(v[i:i + 4] for i in range(0, ln, 4))
    if st < .8:
        return '-'.join(v[i:i + 4] for i in range(0, ln, 4))
    return v


TRANS = dict(zip('αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς',
                 ['a', 'v', 'g', 'd', 'e', 'z', 'i', 'th', 'i', 'k', 'l', 'm', 'n', 'x', 'o', 'p', 'r', 's', 't', 'y',
                  'f', 'ch', 'ps', 'o', 'a', 'e', 'i', 'i', 'o', 'y', 'o', 'i', 'y', 'i', 'y', 's']))
TRANS.update(zip('абвгдежзийклмнопрстуфхцчшщъьюя',
                 ['a', 'b', 'v', 'g', 'd', 'e', 'zh', 'z', 'i', 'y', 'k', 'l', 'm', 'n', 'o', 'p', 'r', 's', 't', 'u',
                  'f', 'h', 'ts', 'ch', 'sh', 'sht', 'a', 'y', 'yu', 'ya']))
TRANS.update({'ß': 'ss', 'ø': 'o', 'æ': 'ae', 'å': 'a', 'ł': 'l', 'đ': 'd', 'ő': 'o', 'ű': 'u'})


def _ascii(s):
    s = s.replace('ου', 'ou').replace('ΟΥ', 'OU').replace('Ου', 'Ou')
    s = ''.join(TRANS.get(c, TRANS.get(c.lower(), c)) if not c.isascii() else c for c in s)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if c.isascii())


MAIL_DOM = {
    'DE': ['gmx.de', 'web.de', 't-online.de', 'posteo.de'], 'AT': ['gmx.at', 'aon.at', 'chello.at'],
    'FR': ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr'], 'BE': ['telenet.be', 'skynet.be', 'proximus.be'],
    'NL': ['ziggo.nl', 'kpnmail.nl', 'xs4all.nl', 'hetnet.nl'], 'GB': ['btinternet.com', 'yahoo.co.uk', 'sky.com'],
    'IE': ['eircom.net', 'gmail.com', 'outlook.ie'], 'ES': ['hotmail.es', 'telefonica.net', 'yahoo.es'],
    'PT': ['sapo.pt', 'gmail.com', 'netcabo.pt'], 'IT': ['libero.it', 'alice.it', 'virgilio.it', 'tiscali.it'],
    'PL': ['wp.pl', 'o2.pl', 'interia.pl', 'onet.pl'], 'CZ': ['seznam.cz', 'email.cz', 'centrum.cz'],
    'SK': ['azet.sk', 'centrum.sk', 'zoznam.sk'], 'HU': ['freemail.hu', 'citromail.hu', 't-online.hu'],
    'RO': ['yahoo.ro', 'gmail.com', 'rdslink.ro'], 'BG': ['abv.bg', 'mail.bg', 'dir.bg'],
    'GR': ['otenet.gr', 'yahoo.gr', 'hol.gr'], 'HR': ['net.hr', 't-com.hr', 'gmail.com'],
    'SI': ['siol.net', 'gmail.com', 'amis.net'], 'DK': ['mail.dk', 'hotmail.dk', 'live.dk'],
    'SE': ['telia.com', 'hotmail.se', 'bredband.net'], 'FI': ['elisanet.fi', 'kolumbus.fi', 'luukku.com'],
}


def gen_email(rng, p, cc):
    f, l = _ascii(p['first']).lower().replace(' ', ''), _ascii(p['last']).lower().replace(' ', '').replace("'", '')
    local = rng.choice(['%s.%s' % (f, l), '%s%s' % (f[0], l), '%s_%s%d' % (f, l, rng.randint(1, 99)),
                        '%s.%s%s' % (l, f[0], p['dob'].strftime('%y')), '%s-%s' % (f, l)])
    return local + '@' + rng.choice(MAIL_DOM[cc])


def gen_ipv4(rng):
    while True:
        a = ipaddress.IPv4Address(rng.getrandbits(32))
        if a.is_global and not a.is_multicast:
            return str(a)


def gen_ipv6(rng):
    pre = rng.choice([0x2a02, 0x2001, 0x2a01, 0x2a00, 0x2003])
    v = (pre << 112) | (rng.getrandbits(48) << 64) | (0 if rng.random() < .3 else rng.getrandbits(64))
    if rng.random() < .3:
        v = (v >> 64 << 64) | rng.getrandbits(16)
    return str(ipaddress.IPv6Address(v))


# ---------------------------------------------------------------------------------------------
# Rendering engine: templates with {key} / {key#n} placeholders -> text + exact spans
# ---------------------------------------------------------------------------------------------
PH = re.compile(r'\{(\w+)(?:#(\d+))?\}')
SPAN_TYPES = {'PERSON', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'STREET_ADDRESS', 'DATE_OF_BIRTH', 'IP_ADDRESS',
              'NATIONAL_ID', 'IBAN_CODE', 'MEDICAL_RECORD_NUMBER', 'HEALTH_INSURANCE_ID', 'CREDIT_CARD'}
KEEP_KINDS = {'DATE', 'AMOUNT', 'CURRENCY', 'MEASURE', 'CODE', 'REF', 'PLACE', 'INSTITUTION', 'COMPANY',
              'STATION', 'DRUG', 'DISEASE'}
L = {}            # language data, filled below
ADDR = {}         # country -> address generator


def render(tpl, resolve):
    text, spans, keep, checks = '', [], [], []
    pos = 0
    for m in PH.finditer(tpl):
        text += tpl[pos:m.start()]
        for txt, lab, chk in resolve(m.group(1), m.group(2) or '1'):
            s = len(text)
            text += txt
            if lab:
                kind, name = lab.split(':')
                (spans if kind == 'S' else keep).append({'start': s, 'end': len(text), ('type' if kind == 'S' else 'kind'): name})
            if chk:
                checks.append((s, len(text), chk))
        pos = m.end()
    text += tpl[pos:]
    return text, spans, keep, checks


def make_person(rng, lang):
    first, last, sex = rng.choice(L[lang]['names'])
    y = rng.randint(1938, 2006)
    dob = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
    return {'first': first, 'last': last, 'sex': sex, 'dob': dob}


AMT = {  # lang -> (thousands sep, decimal sep, [(prefix, suffix)])
    'bg': (' ', ',', [('', ' лв.'), ('', ' BGN'), ('', ' €')]), 'cs': (' ', ',', [('', ' Kč'), ('', ' CZK')]),
    'da': ('.', ',', [('', ' kr.'), ('DKK ', '')]), 'de': ('.', ',', [('', ' €'), ('EUR ', ''), ('', ' EUR')]),
    'el': ('.', ',', [('', ' €'), ('', ' ευρώ')]), 'en': (',', '.', [('£', ''), ('€', ''), ('EUR ', '')]),
    'es': ('.', ',', [('', ' €'), ('', ' EUR')]), 'fi': (' ', ',', [('', ' €'), ('', ' euroa')]),
    'fr': (' ', ',', [('', ' €'), ('', ' EUR')]), 'hr': ('.', ',', [('', ' €'), ('', ' EUR')]),
    'hu': (' ', ',', [('', ' Ft'), ('', ' HUF')]), 'it': ('.', ',', [('€ ', ''), ('', ' euro'), ('EUR ', '')]),
    'nl': ('.', ',', [('€ ', ''), ('EUR ', '')]), 'pl': (' ', ',', [('', ' zł'), ('', ' PLN')]),
    'pt': ('.', ',', [('', ' €'), ('', ' EUR')]), 'ro': ('.', ',', [('', ' lei'), ('', ' RON')]),
    'sk': (' ', ',', [('', ' €'), ('', ' EUR')]), 'sl': ('.', ',', [('', ' €'), ('', ' EUR')]),
    'sv': (' ', ',', [('', ' kr'), ('', ' SEK')]),
}


def fmt_amount(rng, lang):
    ts, ds, curs = AMT[lang]
    big = lang in ('hu', 'cs', 'sv', 'da') and rng.random() < .7
    v = rng.randint(1500, 2500000) if big else rng.randint(900, 380000)
    ip, cents = divmod(v, 100)
    s = '{:,}'.format(ip).replace(',', ts)
    if not (lang == 'hu' and big):
        s += ds + '%02d' % cents
    pre, suf = rng.choice(curs)
    return pre + s + suf


DATE_NUM = {
    'bg': ['%d.%m.%Y'], 'cs': ['{d}. {m}. %Y', '%d.%m.%Y'], 'da': ['%d.%m.%Y', '{d}/{m} %Y'], 'de': ['%d.%m.%Y'],
    'el': ['%d/%m/%Y', '{d}/{m}/%Y'], 'en': ['%d/%m/%Y'], 'es': ['%d/%m/%Y', '%d-%m-%Y'], 'fi': ['{d}.{m}.%Y'],
    'fr': ['%d/%m/%Y', '%d.%m.%Y'], 'hr': ['{d}. {m}. %Y.', '%d.%m.%Y.'], 'hu': ['%Y. %m. %d.', '%Y.%m.%d.'],
    'it': ['%d/%m/%Y', '%d.%m.%Y'], 'nl': ['%d-%m-%Y', '{d}-{m}-%Y'], 'pl': ['%d.%m.%Y', '%d.%m.%Y r.'],
    'pt': ['%d/%m/%Y', '%d-%m-%Y'], 'ro': ['%d.%m.%Y'], 'sk': ['{d}. {m}. %Y', '%d.%m.%Y'],
    'sl': ['{d}. {m}. %Y', '%d.%m.%Y'], 'sv': ['%Y-%m-%d'],
}


def fmt_date(rng, lang, d, long_ok=True):
    months = L[lang]['months']
    if long_ok and rng.random() < .3:
        return L[lang]['longdate'](d.day, months[d.month - 1], d.year)
    f = rng.choice(DATE_NUM[lang])
    return d.strftime(f.replace('{d}', str(d.day)).replace('{m}', str(d.month)))


ICD = ['J45.0', 'E11.9', 'I10', 'M54.5', 'K21.0', 'F32.1', 'N39.0', 'L40.0', 'E03.9', 'I48.0', 'J44.1', 'M17.1',
       'G43.0', 'K50.9', 'E66.0', 'H40.1', 'C50.9', 'S82.6', 'R51', 'Z00.0', 'I25.1', 'K29.7', 'G47.3', 'M81.0']
ATC = ['C09AA05', 'A10BA02', 'N02BE01', 'C10AA05', 'H03AA01', 'R03AC02', 'B01AC06', 'N06AB06', 'J01CA04']


def fmt_measure(rng, lang):
    ds = AMT[lang][1]
    t = rng.choice(['mm', 'C', 'hpa', 'kmh', 'mg', 'mmhg', 'cm', 'kg'])
    dec = lambda a, b: ('%.1f' % rng.uniform(a, b)).replace('.', ds)
    return {'mm': dec(0.2, 85) + ' mm', 'C': dec(-12, 39) + ' °C', 'hpa': dec(985, 1035) + ' hPa',
            'kmh': '%d km/h' % rng.randint(15, 140), 'mg': '%d mg' % rng.choice([5, 10, 20, 40, 50, 100, 500]),
            'mmhg': '%d/%d mmHg' % (rng.randint(105, 170), rng.randint(60, 100)), 'cm': '%d cm' % rng.randint(2, 180),
            'kg': dec(48, 120) + ' kg'}[t]


def gen_ref(rng, digits_only=False):
    y = rng.choice([2023, 2024, 2025])
    if digits_only:
        return rng.choice([rdig(rng, 8), str(rng.randint(1, 9)) + rdig(rng, 9), '4' + rdig(rng, 9), str(y) + rdig(rng, 5)])
    return rng.choice(['%d-%05d' % (y, rng.randint(1, 99999)), 'RE-%d-%04d' % (y % 100, rng.randint(1, 9999)),
                       '%d/%04d' % (y, rng.randint(1, 9999)), 'INV%d%06d' % (y, rng.randint(1, 999999)),
                       '%s%d-%d' % (rng.choice(['A', 'F', 'K', 'R']), rng.randint(10, 99), rng.randint(1000, 99999)),
                       '%07d' % rng.randint(1, 9999999), 'FV/%04d/%02d/%d' % (rng.randint(1, 9999), rng.randint(1, 12), y)])


def gen_prod(rng):
    return rng.choice(['%s-%04d-%s' % (rng.choice(['MX', 'KT', 'PRD', 'SN']), rng.randint(1, 9999), rng.choice('ABCDE')),
                       'ART %d.%03d' % (rng.randint(10, 99), rng.randint(0, 999)), 'SKU-%06d' % rng.randint(1, 999999),
                       'EAN %s' % ('40' + rdig(rng, 11))])


def gen_mrn(rng):
    y = rng.choice([2022, 2023, 2024, 2025])
    return rng.choice(['%d' % rng.randint(100000, 9999999), '%d/%05d' % (y, rng.randint(1, 99999)),
                       'P%07d' % rng.randint(1, 9999999), '%02d-%06d' % (rng.randint(10, 99), rng.randint(1, 999999)),
                       '%d%06d' % (y, rng.randint(1, 999999)), 'MR-%d-%04d' % (y, rng.randint(1, 9999))])


class Ctx:
    def __init__(self, rng, lang, cc, sector):
        self.rng, self.lang, self.cc, self.sector = rng, lang, cc, sector
        self.D = L[lang]
        self.persons = {}
        self.cache = {}
        self.addr = {}

    def person(self, i):
        if i not in self.persons:
            self.persons[i] = make_person(self.rng, self.lang)
        return self.persons[i]

    def address(self, i):
        if i not in self.addr:
            self.addr[i] = ADDR[self.cc](self.rng, self.lang)
        return self.addr[i]

    def lab(self, k):
        labs = self.D['lab']
        v = labs.get(k + '_' + self.cc, labs.get(k))
        if v is None and k.endswith('2'):
            v = labs.get(k[:-1] + '_' + self.cc, labs.get(k[:-1]))
        return self.rng.choice(v) if isinstance(v, list) else v

    def __call__(self, key, idx):
        if (key, idx) not in self.cache:
            self.cache[(key, idx)] = self.resolve(key, idx)
        return self.cache[(key, idx)]

    def resolve(self, key, idx):
        rng, lang, cc, D = self.rng, self.lang, self.cc, self.D
        S = lambda t, ty, chk=None: [(t, 'S:' + ty, chk)]
        K = lambda t, kind: [(t, 'K:' + kind, None)]
        if key in ('name', 'fname', 'lname', 'sname'):
            p = self.person(idx)
            t = {'name': p['last'] + ' ' + p['first'] if lang == 'hu' else p['first'] + ' ' + p['last'], 'fname': p['first'], 'lname': p['last'],
                 'sname': p['last'] + (' ' if lang == 'hu' else ', ') + p['first']}[key]
            if key == 'sname' and lang != 'hu' and rng.random() < .5:
                up = p['last'].upper()
                if lang == 'el':
                    up = unicodedata.normalize('NFC', ''.join(ch for ch in unicodedata.normalize('NFD', up) if ch != '\u0301'))
                t = up + ' ' + p['first']
            return S(t, 'PERSON')
        if key.startswith('addr'):
            a = self.address(idx)
            mode = key[4:] or 'I'
            if mode == 'I':   # inline, full
                if a.get('town_first') and rng.random() < a['town_first']:
                    t = a['after'] + ', ' + a['street']
                else:
                    t = a['street'] + a.get('sep', ', ') + a['after']
                return S(t, 'STREET_ADDRESS')
            if mode == 'S':
                return S(a['street'], 'STREET_ADDRESS')
            if mode == 'P':
                return S(a['after'], 'STREET_ADDRESS')
            if mode == 'B':
                lines = a['lines']
                if a.get('block_first'):
                    return S('\n'.join(lines + [a['street']]), 'STREET_ADDRESS')
                return S('\n'.join([a['street']] + lines), 'STREET_ADDRESS')
        if key in ('phone', 'mobile', 'land', 'phoneX'):
            n = gen_phone(rng, cc, {'mobile': True, 'land': False}.get(key))
            t = fmt_phone(rng, n, cc)
            if key == 'phoneX':
                ext = str(rng.randint(10, 999))
                w = rng.choice(D['ext'])
                full = t + (w.replace('E', ext) if 'E' in w else w + ext)
                return [(full, 'S:PHONE_NUMBER', ('phonex', cc, len(t)))]
            return S(t, 'PHONE_NUMBER', ('phone', cc))
        if key == 'email':
            return S(gen_email(rng, self.person(idx), cc), 'EMAIL_ADDRESS', ('email',))
        if key == 'dob':
            return S(fmt_date(rng, lang, self.person(idx)['dob']), 'DATE_OF_BIRTH')
        if key in ('nid', 'nid2'):
            gens = COUNTRY_IDS[cc]['nid']
            g = gens[0] if key == 'nid' else gens[-1]
            t, v = g(rng, self.person(idx))
            return S(t, 'NATIONAL_ID', (v,))
        if key == 'hins':
            t, v = rng.choice(COUNTRY_IDS[cc]['hins'])(rng, self.person(idx))
            return S(t, 'HEALTH_INSURANCE_ID', (v,))
        if key == 'mrn':
            return S(gen_mrn(rng), 'MEDICAL_RECORD_NUMBER', ('format',))
        if key == 'iban':
            return S(gen_iban(rng, cc), 'IBAN_CODE', ('iban',))
        if key == 'card':
            return S(gen_card(rng), 'CREDIT_CARD', ('card',))
        if key == 'ip':
            return S(gen_ipv4(rng), 'IP_ADDRESS', ('ipv4',))
        if key == 'ip6':
            return S(gen_ipv6(rng), 'IP_ADDRESS', ('ipv6',))
        # ---- keep values
        if key == 'ref':
            return K(gen_ref(rng), 'REF')
        if key == 'refd':
            return K(gen_ref(rng, True), 'REF')
        if key == 'amt':
            return K(fmt_amount(rng, lang), 'AMOUNT')
        if key == 'date':
            d = datetime.date(rng.choice([2023, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28))
            return K(fmt_date(rng, lang, d), 'DATE')
        if key == 'icd':
            return K(rng.choice(ICD), 'CODE')
        if key == 'atc':
            return K(rng.choice(ATC), 'CODE')
        if key == 'prod':
            return K(gen_prod(rng), 'CODE')
        if key == 'meas':
            return K(fmt_measure(rng, lang), 'MEASURE')
        if key in ('dose', 'rain', 'temp', 'bp', 'wind'):
            ds = AMT[lang][1]
            t = {'dose': lambda: '%d mg' % rng.choice([5, 10, 20, 25, 40, 50, 100, 500, 1000]),
                 'rain': lambda: ('%.1f' % rng.uniform(0.2, 64)).replace('.', ds) + ' mm',
                 'temp': lambda: ('%.1f' % rng.uniform(-14, 38)).replace('.', ds) + ' °C',
                 'bp': lambda: '%d/%d mmHg' % (rng.randint(105, 175), rng.randint(60, 105)),
                 'wind': lambda: '%d km/h' % rng.randint(20, 130)}[key]()
            return K(t, 'MEASURE')
        if key == 'stnum':
            return K(str(rng.randint(1000, 99999)), 'STATION')
        if key in ('station', 'drug', 'inst', 'place', 'company', 'disease'):
            kind = {'station': 'STATION', 'drug': 'DRUG', 'inst': 'INSTITUTION', 'place': 'PLACE',
                    'company': 'COMPANY', 'disease': 'DISEASE'}[key]
            return K(rng.choice(D[key + 's']), kind)
        if key == 'cur':
            return K(rng.choice(D['curs']), 'CURRENCY')
        # ---- plain text (labels)
        if key.startswith('L_'):
            return [(self.lab(key[2:]), None, None)]
        raise KeyError(key)


# ---------------------------------------------------------------------------------------------
# Street addresses, native style per country.  Each generator returns
#   street: street + house number (+ flat / floor part)
#   after:  postcode + town as written after the street on one line
#   lines:  the lines after the street in a postal block
# ---------------------------------------------------------------------------------------------
def _n(rng, lo=1, hi=150):
    return rng.randint(lo, hi)


def _pick(rng, xs):
    return rng.choice(xs)


def A_DE(rng, lang):
    full, ab = _pick(rng, [('Lindenstraße', 'Lindenstr.'), ('Hauptstraße', 'Hauptstr.'), ('Bahnhofstraße', 'Bahnhofstr.'),
                           ('Goethestraße', 'Goethestr.'), ('Friedrich-Ebert-Straße', 'Friedrich-Ebert-Str.'),
                           ('Berliner Straße', 'Berliner Str.'), ('Kastanienallee', None), ('Am Mühlbach', None),
                           ('Eichendorffweg', None), ('Rosengasse', None), ('Marktplatz', None), ('Theodor-Heuss-Ring', None),
                           ('Brunnenweg', None), ('Im Winkel', None), ('Schwanthalerstraße', 'Schwanthalerstr.'),
                           ('Zur Alten Mühle', None), ('Sophienstraße', 'Sophienstr.'), ('Kaiser-Wilhelm-Ring', None),
                           ('Auf dem Kamp', None), ('Uhlandstraße', 'Uhlandstr.')])
    name = ab if ab and rng.random() < .45 else full
    num = _pick(rng, [str(_n(rng)), str(_n(rng, 1, 60)) + _pick(rng, 'abc'), '%d %s' % (_n(rng, 1, 40), _pick(rng, 'ab')),
                      (lambda a: '%d–%d' % (a, a + 2))(_n(rng, 1, 30))])
    flat = _pick(rng, [''] * 6 + [', 3. OG', ', Whg. %d' % _n(rng, 1, 40), ' (Hinterhaus)', ', App. %d' % _n(rng, 1, 90),
                                  ', 2. Etage links', ', EG rechts'])
    pc, town = _pick(rng, [('80331', 'München'), ('10115', 'Berlin'), ('50667', 'Köln'), ('20095', 'Hamburg'),
                           ('04109', 'Leipzig'), ('69117', 'Heidelberg'), ('79098', 'Freiburg im Breisgau'),
                           ('90402', 'Nürnberg'), ('01067', 'Dresden'), ('24103', 'Kiel'), ('93047', 'Regensburg'),
                           ('34117', 'Kassel'), ('70173', 'Stuttgart'), ('99084', 'Erfurt'), ('48143', 'Münster')])
    after = pc + ' ' + town
    return dict(street=name + ' ' + num + flat, after=after, lines=[after], sep=_pick(rng, [', ', ', ', ' · ']))


def A_AT(rng, lang):
    name = _pick(rng, ['Mariahilfer Straße', 'Mariahilfer Str.', 'Leopoldsgasse', 'Herrengasse', 'Landstraßer Hauptstraße',
                       'Getreidegasse', 'Annenstraße', 'Schubertring', 'Favoritenstraße', 'Wiedner Gürtel', 'Hauptplatz',
                       'Linzer Gasse', 'Museumstraße', 'Grabenweg'])
    n = _n(rng, 1, 120)
    part = _pick(rng, ['%d' % n, '%d/%d/%d' % (n, _n(rng, 1, 6), _n(rng, 1, 30)), '%d/%d' % (n, _n(rng, 1, 25)),
                       '%d, Stiege %d/Top %d' % (n, _n(rng, 1, 5), _n(rng, 1, 30)), '%d/Tür %d' % (n, _n(rng, 1, 20))])
    pc, town = _pick(rng, [('1060', 'Wien'), ('1020', 'Wien'), ('1100', 'Wien'), ('8010', 'Graz'), ('5020', 'Salzburg'),
                           ('4020', 'Linz'), ('6020', 'Innsbruck'), ('9020', 'Klagenfurt am Wörthersee')])
    after = _pick(rng, ['', '', '', 'A-']) + pc + ' ' + town
    return dict(street=name + ' ' + part, after=after, lines=[after])


def A_FR(rng, lang):
    typ = _pick(rng, [('rue', 'r.'), ('avenue', 'av.'), ('boulevard', 'bd'), ('allée', None), ('chemin', 'ch.'),
                      ('impasse', 'imp.'), ('place', 'pl.'), ('quai', None), ('route', 'rte')])
    t = typ[1] if typ[1] and rng.random() < .35 else typ[0]
    name = {'rue': ['des Lilas', 'Victor-Hugo', 'de la République', 'du Faubourg Saint-Antoine', 'Pasteur', 'des Écoles',
                    'Paul-Bert', 'de la Paix'],
            'avenue': ['Jean-Jaurès', 'Foch', 'des Acacias', 'de la Libération', 'du Général-Leclerc'],
            'boulevard': ['Saint-Michel', 'Voltaire', 'de la Croix-Rousse', 'Gambetta'],
            'allée': ['des Peupliers', 'des Tilleuls', 'du Parc'], 'chemin': ['de la Croix', 'des Vignes', 'du Moulin'],
            'impasse': ['du Moulin', 'des Roses', 'Lamartine'], 'place': ['de la République', 'du Marché', 'Bellecour'],
            'quai': ['de la Loire', 'des Chartrons', 'Saint-Vincent'], 'route': ['de Lyon', 'de Bordeaux', "d'Annecy"]}[typ[0]]
    num = _pick(rng, [str(_n(rng, 1, 160)), str(_n(rng, 1, 60)) + ' bis', str(_n(rng, 1, 40)) + ' ter', str(_n(rng, 1, 90)) + ','])
    street = num + ' ' + t + ' ' + _pick(rng, name)
    pre = _pick(rng, [''] * 5 + ['Bât. B, Apt %d, ' % _n(rng, 1, 60), 'Résidence Les Tilleuls, Bât. %s, ' % _pick(rng, 'ABCD'),
                                 'Appartement %d, %de étage, ' % (_n(rng, 1, 50), _n(rng, 1, 9))])
    post = _pick(rng, [''] * 5 + [', escalier %s' % _pick(rng, 'ABC'), ', %de étage' % _n(rng, 2, 8)])
    pc, town = _pick(rng, [('75011', 'Paris'), ('69003', 'Lyon'), ('13006', 'Marseille'), ('31000', 'Toulouse'),
                           ('44000', 'Nantes'), ('67000', 'Strasbourg'), ('33000', 'Bordeaux'), ('59800', 'Lille'),
                           ('35000', 'Rennes'), ('34000', 'Montpellier'), ('21000', 'Dijon'), ('74000', 'Annecy'),
                           ('63000', 'Clermont-Ferrand'), ('29200', 'Brest')])
    if rng.random() < .3:
        town = town.upper()
    after = pc + ' ' + town
    return dict(street=pre + street + post, after=after, lines=[after])


def A_BE(rng, lang):
    if lang == 'fr':
        name = _pick(rng, ['Rue de la Loi', 'Avenue Louise', 'Chaussée de Waterloo', 'Rue Haute', 'Boulevard Anspach',
                           "Rue de l'Église", 'Place Saint-Lambert', 'Rue des Guillemins'])
        box = _pick(rng, ['', '', ' bte %d' % _n(rng, 1, 30), ' boîte %d' % _n(rng, 1, 12), '/%d' % _n(rng, 1, 9)])
        pc, town = _pick(rng, [('1000', 'Bruxelles'), ('1050', 'Ixelles'), ('4000', 'Liège'), ('5000', 'Namur'),
                               ('6000', 'Charleroi'), ('1348', 'Louvain-la-Neuve')])
    else:
        name = _pick(rng, ['Meir', 'Veldstraat', 'Kortrijksesteenweg', 'Grote Markt', 'Bondgenotenlaan', 'Lange Leemstraat',
                           'Korenmarkt', 'Diestsestraat'])
        box = _pick(rng, ['', '', ' bus %d' % _n(rng, 1, 30), '/%d' % _n(rng, 1, 9)])
        pc, town = _pick(rng, [('2000', 'Antwerpen'), ('9000', 'Gent'), ('3000', 'Leuven'), ('8000', 'Brugge'),
                               ('2800', 'Mechelen'), ('3500', 'Hasselt')])
    after = pc + ' ' + town
    return dict(street='%s %d%s' % (name, _n(rng, 1, 240), box), after=after, lines=[after])


def A_NL(rng, lang):
    name = _pick(rng, ['Keizersgracht', 'Hoofdstraat', 'Dorpsstraat', 'Oudegracht', 'Laan van Meerdervoort', 'Vondelstraat',
                       'Marktplein', 'Kerkweg', 'Stationsweg', 'Prinsengracht', 'Eerste Jan Steenstraat', 'Molenlaan',
                       'Burgemeester de Withstraat', 'Herengracht', 'Julianaplein', 'Wilhelminastraat'])
    n = _n(rng, 1, 420)
    num = _pick(rng, [str(n), str(n), '%d%s' % (n, _pick(rng, 'abc')), '%d-II' % n, '%d-III' % n, '%d hs' % n, '%d bis' % n,
                      '%d-%d' % (n, _n(rng, 1, 4)), '%d A' % n])
    pc, town = _pick(rng, [('1016 DK', 'Amsterdam'), ('3511 AB', 'Utrecht'), ('2517 KJ', 'Den Haag'), ('3011 BA', 'Rotterdam'),
                           ('9711 LV', 'Groningen'), ('5611 EM', 'Eindhoven'), ('6811 CG', 'Arnhem'), ('2311 GJ', 'Leiden'),
                           ('8011 CW', 'Zwolle'), ('4811 XJ', 'Breda')])
    if rng.random() < .25:
        pc, town = pc.replace(' ', ''), town.upper()
    after = pc + _pick(rng, [' ', ' ', '  ']) + town
    return dict(street=name + ' ' + num, after=after, lines=[after])


def A_GB(rng, lang):
    street = _pick(rng, ['Baker Street', 'Victoria Road', 'High Street', 'Church Lane', 'Gloucester Rd', 'Elm Close',
                         'Park Avenue', 'Mill Lane', 'Queens Drive', 'St Mary\'s Terrace', 'Station Rd', 'Kingsway',
                         'Albert Crescent', 'Westbourne Grove'])
    num = str(_n(rng, 1, 220)) + _pick(rng, ['', '', '', 'a'])
    pre = _pick(rng, [''] * 4 + ['Flat %d%s, ' % (_n(rng, 1, 30), _pick(rng, ['', 'B', 'A'])), 'Apt %d, ' % _n(rng, 1, 40),
                                 'Rose Cottage, ', 'Flat %d, Cavendish House, ' % _n(rng, 1, 60)])
    town, pc = _pick(rng, [('London', 'NW1 6XE'), ('London', 'SE15 4QL'), ('Manchester', 'M14 5TQ'), ('Leeds', 'LS6 2AB'),
                           ('Bristol', 'BS8 1QU'), ('Edinburgh', 'EH3 9DR'), ('Cardiff', 'CF10 3NB'), ('Oxford', 'OX2 6HT'),
                           ('Norwich', 'NR2 3AP'), ('York', 'YO1 7HH'), ('Glasgow', 'G12 8QQ')])
    if rng.random() < .25:
        town = town.upper()
    return dict(street=pre + num + ' ' + street, after=town + ' ' + pc, lines=[town, pc])


def _eircode(rng, key):
    al = 'ACDEFHKNPRTVWXY0123456789'
    return key + ' ' + ''.join(rng.choice(al) for _ in range(4))


def A_IE(rng, lang):
    street = _pick(rng, ['Main Street', 'Church Road', 'Shop Street', 'Grafton Street', 'Strand Road', 'Patrick Street',
                         'Mary Street', 'Oliver Plunkett Street', 'Ard na Gréine', 'The Crescent', 'Ballyfermot Road'])
    pre = _pick(rng, ['', '', 'Apt %d, ' % _n(rng, 1, 40), 'Apartment %d, The Maltings, ' % _n(rng, 1, 80)])
    town, county, key = _pick(rng, [('Ballincollig', 'Co. Cork', 'P31'), ('Dublin 2', None, 'D02'), ('Galway', None, 'H91'),
                                    ('Ennis', 'Co. Clare', 'V95'), ('Dublin 6W', None, 'D6W'), ('Tralee', 'Co. Kerry', 'V92'),
                                    ('Cork', None, 'T12'), ('Sligo', None, 'F91'), ('Navan', 'Co. Meath', 'C15')])
    ec = _eircode(rng, key)
    lines = [town] + ([county] if county else []) + [ec]
    return dict(street=pre + '%d %s' % (_n(rng, 1, 140), street), after=', '.join(lines[:-1]) + ' ' + ec, lines=lines)


def A_ES(rng, lang):
    typ = _pick(rng, ['C/', 'Calle', 'Calle de', 'Avda.', 'Avenida de', 'Pza.', 'Plaza de', 'Paseo de', 'Pº de', 'Ronda de', 'Ctra.', 'Travesía'])
    base = {'C/': ['Mayor', 'Alcalá', 'San Vicente', 'Real', 'Serrano', 'Toledo'], 'Calle': ['Mayor', 'Larios', 'Sierpes', 'del Carmen'],
            'Calle de': ['Alcalá', 'Atocha', 'Velázquez', 'Bravo Murillo'], 'Avda.': ['de la Constitución', 'Diagonal', 'de América', 'del Puerto'],
            'Avenida de': ['la Libertad', 'Andalucía', 'Cataluña'], 'Pza.': ['de España', 'Mayor', 'del Pilar'],
            'Plaza de': ['la Virgen', 'Cervantes', 'San Juan'], 'Paseo de': ['Gracia', 'la Castellana', 'Sagasta'],
            'Pº de': ['la Castellana', 'Zorrilla'], 'Ronda de': ['Atocha', 'Segovia'], 'Ctra.': ['de Valencia', 'de Castilla'],
            'Travesía': ['del Conde', 'de San Mateo']}[typ]
    name = typ + ' ' + _pick(rng, base) if typ != 'C/' else 'C/ ' + _pick(rng, base)
    num = _pick(rng, [', %d' % _n(rng), ' %d' % _n(rng), ', nº %d' % _n(rng), ' n.º %d' % _n(rng), ', s/n'])
    flat = _pick(rng, ['', ', %d.º %s' % (_n(rng, 1, 9), _pick(rng, ['Izda.', 'Dcha.', 'A', 'B', 'C'])), ', %dº %dª' % (_n(rng, 1, 8), _n(rng, 1, 4)),
                       ', Esc. %s, %d.º %s' % (_pick(rng, 'ABC'), _n(rng, 1, 9), _pick(rng, 'ABCD')), ', bajo', ', ático', ', %dº-%s' % (_n(rng, 1, 9), _pick(rng, 'ABCD')),
                       ' %d %s' % (_n(rng, 1, 8), _pick(rng, ['izq.', 'dcha.']))])
    pc, town = _pick(rng, [('28013', 'Madrid'), ('08007', 'Barcelona'), ('41004', 'Sevilla'), ('46002', 'Valencia'),
                           ('48001', 'Bilbao'), ('29015', 'Málaga'), ('50001', 'Zaragoza'), ('15001', 'A Coruña'),
                           ('18009', 'Granada'), ('33003', 'Oviedo'), ('28400', 'Collado Villalba (Madrid)'), ('47001', 'Valladolid')])
    after = pc + ' ' + town
    return dict(street=name + num + flat, after=after, lines=[after])


def A_PT(rng, lang):
    name = _pick(rng, ['Rua Augusta', 'R. de Santa Catarina', 'Av. da Liberdade', 'Avenida da Boavista', 'Largo do Carmo',
                       'Travessa do Fala-Só', 'Praça da República', 'Rua Dr. António José de Almeida', 'R. Miguel Bombarda',
                       'Rua de Cedofeita', 'Calçada da Estrela', 'Tv. das Flores', 'Estrada de Benfica'])
    num = _pick(rng, [', %d' % _n(rng), ' %d' % _n(rng), ', n.º %d' % _n(rng), ', lote %d' % _n(rng, 1, 40)])
    flat = _pick(rng, ['', ', %d.º Esq.' % _n(rng, 1, 9), ', %d.º Dto.' % _n(rng, 1, 9), ' – %d.º' % _n(rng, 1, 9), ', R/C',
                       ', R/C Dto.', ', %d.º Frente' % _n(rng, 1, 7), ' %dº Dtº' % _n(rng, 1, 9), ', %d.º %s' % (_n(rng, 1, 9), _pick(rng, 'ABC'))])
    pc, town = _pick(rng, [('1100-048', 'Lisboa'), ('4000-443', 'Porto'), ('3000-076', 'Coimbra'), ('4700-328', 'Braga'),
                           ('8000-138', 'Faro'), ('2780-270', 'Oeiras'), ('1250-096', 'Lisboa'), ('4050-262', 'Porto'),
                           ('3810-193', 'Aveiro'), ('7000-646', 'Évora')])
    after = pc + ' ' + town
    return dict(street=name + num + flat, after=after, lines=[after])


def A_IT(rng, lang):
    name = _pick(rng, ['Via Roma', 'Via Giuseppe Garibaldi', 'V.le Monza', 'Viale dei Mille', 'P.zza della Signoria', 'Piazza Dante',
                       'Corso Vittorio Emanuele II', 'C.so Buenos Aires', 'Vicolo del Cinque', 'Largo Augusto', 'Via G. Mazzini',
                       'Via dei Tribunali', 'Borgo Pinti', 'Strada Maggiore', 'Via XX Settembre'])
    num = _pick(rng, [' %d' % _n(rng), ', %d' % _n(rng), ' %d/%s' % (_n(rng), _pick(rng, 'ABC')), ', n. %d' % _n(rng)])
    flat = _pick(rng, ['', '', ' int. %d' % _n(rng, 1, 30), ', scala %s' % _pick(rng, 'ABC'), ', piano %d' % _n(rng, 1, 8),
                       ', sc. %s int. %d' % (_pick(rng, 'ABCD'), _n(rng, 1, 20))])
    pc, town, prov = _pick(rng, [('00187', 'Roma', 'RM'), ('20121', 'Milano', 'MI'), ('50122', 'Firenze', 'FI'),
                                 ('10121', 'Torino', 'TO'), ('40126', 'Bologna', 'BO'), ('80134', 'Napoli', 'NA'),
                                 ('90133', 'Palermo', 'PA'), ('35122', 'Padova', 'PD'), ('16123', 'Genova', 'GE'),
                                 ('37121', 'Verona', 'VR')])
    after = pc + ' ' + town + _pick(rng, ['', ' (%s)' % prov, ' %s' % prov])
    return dict(street=name + num + flat, after=after, lines=[after])


def A_PL(rng, lang):
    typ, name = _pick(rng, [('ul.', 'Marszałkowska'), ('ul.', 'Długa'), ('al.', 'Jerozolimskie'), ('pl.', 'Wolności'),
                            ('os.', 'Tysiąclecia'), ('ul.', 'Mickiewicza'), ('ul.', 'Piotrkowska'), ('ul.', 'Św. Marcin'),
                            ('ul.', 'Grunwaldzka'), ('al.', 'Niepodległości'), ('ul.', 'Kościuszki'), ('ul.', 'Słowackiego'),
                            ('ul.', 'Polna'), ('ul.', 'Ogrodowa')])
    if typ == 'ul.' and rng.random() < .15:
        typ = 'ulica'
    if typ == 'ul.' and rng.random() < .15:
        typ = ''
    n = _n(rng, 1, 200)
    num = _pick(rng, ['%d' % n, '%d/%d' % (n, _n(rng, 1, 80)), '%d m. %d' % (n, _n(rng, 1, 80)), '%d lok. %d' % (n, _n(rng, 1, 20)),
                      '%d%s' % (n, _pick(rng, 'abc')), '%d%s/%d' % (n, _pick(rng, 'ab'), _n(rng, 1, 40))])
    pc, town = _pick(rng, [('00-679', 'Warszawa'), ('31-042', 'Kraków'), ('90-001', 'Łódź'), ('61-806', 'Poznań'),
                           ('50-077', 'Wrocław'), ('80-831', 'Gdańsk'), ('20-400', 'Lublin'), ('40-001', 'Katowice'),
                           ('15-001', 'Białystok'), ('35-064', 'Rzeszów'), ('87-100', 'Toruń')])
    after = pc + ' ' + town
    return dict(street=(typ + ' ' if typ else '') + name + ' ' + num, after=after, lines=[after])


def A_CZ(rng, lang):
    name = _pick(rng, ['Vinohradská', 'Na Příkopě', 'nám. Míru', 'Husova třída', 'náměstí Svobody', 'U Lužického semináře',
                       'tř. Kpt. Jaroše', 'Lidická', 'Korunní', 'Masarykova', 'Palackého třída', 'K Rybníku',
                       'Nádražní', 'Jiráskova', 'Dlouhá'])
    cp = _n(rng, 100, 2999)
    num = _pick(rng, ['%d/%d' % (cp, _n(rng, 1, 120)), '%d' % _n(rng, 1, 90), '%d/%d%s' % (cp, _n(rng, 1, 60), _pick(rng, 'abc')),
                      'č. p. %d' % cp])
    flat = _pick(rng, ['', '', '', ', byt č. %d' % _n(rng, 1, 40), ', %d. patro' % _n(rng, 1, 6)])
    pc, town = _pick(rng, [('120 00', 'Praha 2'), ('130 00', 'Praha 3'), ('602 00', 'Brno'), ('370 01', 'České Budějovice'),
                           ('301 00', 'Plzeň'), ('779 00', 'Olomouc'), ('702 00', 'Ostrava'), ('460 01', 'Liberec'),
                           ('500 02', 'Hradec Králové'), ('586 01', 'Jihlava')])
    after = pc + ' ' + town
    return dict(street=name + ' ' + num + flat, after=after, lines=[after])


def A_SK(rng, lang):
    name = _pick(rng, ['Obchodná', 'Hlavná', 'nám. SNP', 'Štúrova', 'ul. Hviezdoslavova', 'Nám. slobody', 'Mierová',
                       'Ružinovská', 'Kpt. Nálepku', 'Bajkalská', 'Palárikova', 'Dlhá', 'Hurbanova'])
    num = _pick(rng, ['%d' % _n(rng), '%d/%d' % (_n(rng, 100, 4999), _n(rng, 1, 90)), '%d/%s' % (_n(rng, 1, 60), _pick(rng, 'ABC')),
                      '%d%s' % (_n(rng, 1, 60), _pick(rng, 'ab'))])
    flat = _pick(rng, ['', '', '', ', byt %d' % _n(rng, 1, 60), ', %d. poschodie' % _n(rng, 1, 9)])
    pc, town = _pick(rng, [('811 01', 'Bratislava'), ('821 08', 'Bratislava'), ('040 01', 'Košice'), ('010 01', 'Žilina'),
                           ('974 01', 'Banská Bystrica'), ('949 01', 'Nitra'), ('080 01', 'Prešov'), ('917 01', 'Trnava'),
                           ('911 01', 'Trenčín')])
    after = pc + ' ' + town
    return dict(street=name + ' ' + num + flat, after=after, lines=[after])


def A_HU(rng, lang):
    name = _pick(rng, ['Váci utca', 'Andrássy út', 'Kossuth Lajos tér', 'Petőfi u.', 'Dózsa György út', 'Rákóczi köz',
                       'Bartók Béla krt.', 'Széchenyi tér', 'Arany János utca', 'Fő u.', 'Piac utca', 'Bem József utca',
                       'Irinyi János u.', 'Király utca'])
    n = _n(rng, 1, 160)
    num = '%d.' % n if rng.random() < .8 else '%d/%s' % (n, _pick(rng, 'ABC'))
    flat = _pick(rng, ['', '', ' %d. em. %d.' % (_n(rng, 1, 8), _n(rng, 1, 30)), ' %d. em. %d. ajtó' % (_n(rng, 1, 8), _n(rng, 1, 30)),
                       ' fszt. %d.' % _n(rng, 1, 6), ' %s/%d.' % (_pick(rng, ['I', 'II', 'III', 'IV']), _n(rng, 1, 20)),
                       ' %d/%d' % (_n(rng, 1, 8), _n(rng, 1, 30))])
    pc, town = _pick(rng, [('1052', 'Budapest'), ('1061', 'Budapest'), ('1117', 'Budapest'), ('4024', 'Debrecen'),
                           ('6720', 'Szeged'), ('7621', 'Pécs'), ('9021', 'Győr'), ('3525', 'Miskolc'), ('8000', 'Székesfehérvár'),
                           ('2000', 'Szentendre')])
    street = name + ' ' + num + flat
    return dict(street=street, after=pc + ' ' + town, lines=[pc + ' ' + town], town_first=0.8, block_first=True)


def A_RO(rng, lang):
    name = _pick(rng, ['Str. Lipscani', 'Bd. Unirii', 'Calea Victoriei', 'Șos. Kiseleff', 'Aleea Teilor', 'strada Memorandumului',
                       'Piața Unirii', 'Str. Mihai Eminescu', 'B-dul Carol I', 'Bulevardul Independenței', 'Str. Avram Iancu',
                       'Calea Moșilor'])
    num = _pick(rng, [' nr. %d' % _n(rng), ', nr. %d' % _n(rng), ' %d' % _n(rng), ' nr. %d%s' % (_n(rng), _pick(rng, 'AB'))])
    flat = _pick(rng, ['', '', ', bl. %s%d, sc. %s, et. %d, ap. %d' % (_pick(rng, ['', 'C', 'M']), _n(rng, 1, 40), _pick(rng, 'ABC'), _n(rng, 1, 10), _n(rng, 1, 80)),
                       ', bl. %d, ap. %d' % (_n(rng, 1, 30), _n(rng, 1, 60)), ', ap. %d' % _n(rng, 1, 30), ', et. %d, ap. %d' % (_n(rng, 1, 8), _n(rng, 1, 40))])
    pc, town = _pick(rng, [('030167', 'București'), ('010011', 'București'), ('400114', 'Cluj-Napoca'), ('700506', 'Iași'),
                           ('300011', 'Timișoara'), ('500030', 'Brașov'), ('900178', 'Constanța'), ('550003', 'Sibiu'),
                           ('410087', 'Oradea')])
    if town == 'București' and rng.random() < .5:
        after = 'sector %d, %s' % (_n(rng, 1, 6), town)
    else:
        after = pc + ' ' + town + _pick(rng, ['', '', ', jud. %s' % {'Cluj-Napoca': 'Cluj', 'Iași': 'Iași', 'Timișoara': 'Timiș', 'Brașov': 'Brașov', 'Constanța': 'Constanța', 'Sibiu': 'Sibiu', 'Oradea': 'Bihor'}.get(town, 'Ilfov')]) if town != 'București' else pc + ' ' + town
    return dict(street=name + num + flat, after=after, lines=[after])


def A_BG(rng, lang):
    q = lambda s: '„' + s + '“' if rng.random() < .5 else s
    k = rng.random()
    if k < .3:
        street = 'ж.к. %s, бл. %d%s, ет. %d, ап. %d' % (q(_pick(rng, ['Младост 1', 'Люлин 5', 'Дружба 2', 'Надежда', 'Тракия', 'Чайка'])),
                                                    _n(rng, 1, 540), _pick(rng, ['', ', вх. А', ', вх. Б', ', вх. В']), _n(rng, 1, 12), _n(rng, 1, 90))
    else:
        typ = _pick(rng, ['ул.', 'ул.', 'бул.', 'пл.'])
        nm = {'ул.': ['Граф Игнатиев', 'Шипка', 'Раковски', 'Оборище', 'Цар Самуил', 'Христо Ботев', 'Иван Вазов'],
              'бул.': ['Витоша', 'Цар Освободител', 'Мария Луиза', 'Васил Левски', 'Руски'], 'пл.': ['Славейков', 'Съединение']}[typ]
        street = '%s %s %s%d%s' % (typ, q(_pick(rng, nm)), _pick(rng, ['№ ', '№ ', '']), _n(rng), _pick(rng, ['', '', ', ет. %d, ап. %d' % (_n(rng, 1, 8), _n(rng, 1, 40)), ', ет. %d' % _n(rng, 1, 6)]))
    pc, town = _pick(rng, [('1000', 'София'), ('1164', 'София'), ('1784', 'София'), ('4000', 'Пловдив'), ('9000', 'Варна'),
                           ('8000', 'Бургас'), ('5000', 'Велико Търново'), ('7000', 'Русе'), ('6000', 'Стара Загора')])
    after = _pick(rng, ['%s %s' % (pc, town), 'гр. %s %s' % (town, pc), 'гр. %s, п.к. %s' % (town, pc)])
    return dict(street=street, after=after, lines=[after], town_first=0.4)


def A_GR(rng, lang):
    name = _pick(rng, ['Πατησίων', 'οδός Ερμού', 'Λεωφ. Κηφισίας', 'Αγίου Δημητρίου', 'Εγνατίας', 'Λεωφ. Αλεξάνδρας', 'Τσιμισκή',
                       'Λεωφόρος Συγγρού', 'Ακαδημίας', 'Μαιζώνος', 'Κολοκοτρώνη', 'Πλ. Αριστοτέλους', 'Ιπποκράτους'])
    flat = _pick(rng, ['', '', ', %dος όροφος' % _n(rng, 1, 7), ', διαμ. %d' % _n(rng, 1, 20), ', %dος όρ.' % _n(rng, 1, 6)])
    pc, town = _pick(rng, [('106 82', 'Αθήνα'), ('115 21', 'Αθήνα'), ('546 22', 'Θεσσαλονίκη'), ('262 21', 'Πάτρα'),
                           ('712 02', 'Ηράκλειο'), ('382 21', 'Βόλος'), ('451 10', 'Ιωάννινα'), ('151 24', 'Μαρούσι'), ('176 71', 'Καλλιθέα')])
    after = _pick(rng, ['', '', 'ΤΚ ', 'Τ.Κ. ']) + pc + ' ' + town if rng.random() < .75 else town + ' ' + pc
    return dict(street='%s %d%s' % (name, _n(rng), flat), after=after, lines=[after])


def A_HR(rng, lang):
    name = _pick(rng, ['Ilica', 'Ulica kralja Zvonimira', 'Trg bana Jelačića', 'Vukovarska cesta', 'Savska cesta',
                       'Ul. Ivana Gundulića', 'Marmontova', 'Korzo', 'Ulica Matije Gupca', 'Put Firula', 'Ul. Stjepana Radića',
                       'Frankopanska', 'Trg Ante Starčevića'])
    num = _pick(rng, ['%d' % _n(rng), '%d%s' % (_n(rng, 1, 90), _pick(rng, 'abc')), '%d/%s' % (_n(rng, 1, 60), _pick(rng, ['I', 'II', 'III']))])
    flat = _pick(rng, ['', '', '', ', %d. kat' % _n(rng, 1, 8), ', stan %d' % _n(rng, 1, 30), ', %d. kat, stan %d' % (_n(rng, 1, 8), _n(rng, 1, 30))])
    pc, town = _pick(rng, [('10000', 'Zagreb'), ('21000', 'Split'), ('51000', 'Rijeka'), ('31000', 'Osijek'), ('23000', 'Zadar'),
                           ('20000', 'Dubrovnik'), ('42000', 'Varaždin'), ('52100', 'Pula')])
    after = pc + ' ' + town
    return dict(street=name + ' ' + num + flat, after=after, lines=[after])


def A_SI(rng, lang):
    name = _pick(rng, ['Slovenska cesta', 'Trg republike', 'Ulica Vita Kraigherja', 'Celovška cesta', 'Prešernova ulica',
                       'Gosposvetska', 'Dunajska cesta', 'Koroška cesta', 'Cankarjeva ulica', 'Ul. bratov Učakar', 'Trubarjeva',
                       'Tržaška cesta'])
    num = _pick(rng, ['%d' % _n(rng), '%d%s' % (_n(rng, 1, 120), _pick(rng, 'abc'))])
    flat = _pick(rng, ['', '', '', ', stanovanje %d' % _n(rng, 1, 40), ', %d. nadstropje' % _n(rng, 1, 8)])
    pc, town = _pick(rng, [('1000', 'Ljubljana'), ('2000', 'Maribor'), ('3000', 'Celje'), ('4000', 'Kranj'), ('6000', 'Koper'),
                           ('8000', 'Novo mesto'), ('5000', 'Nova Gorica'), ('9000', 'Murska Sobota')])
    after = pc + ' ' + town
    return dict(street=name + ' ' + num + flat, after=after, lines=[after])


def A_DK(rng, lang):
    name = _pick(rng, ['Nørregade', 'Vesterbrogade', 'Østerbrogade', 'Strandvejen', 'Bispevej', 'Skovvej', 'H.C. Andersens Boulevard',
                       'Jægersborg Allé', 'Frederiksberg Allé', 'Algade', 'Kirkestræde', 'Nørre Voldgade', 'Møllevænget'])
    num = _pick(rng, ['%d' % _n(rng), '%d%s' % (_n(rng, 1, 80), _pick(rng, 'ABC')), '%d %s' % (_n(rng, 1, 80), _pick(rng, 'AB'))])
    flat = _pick(rng, ['', ', %d. th.' % _n(rng, 1, 6), ', %d. tv.' % _n(rng, 1, 6), ', st. tv.', ', st. th.', ', %d. mf.' % _n(rng, 1, 5),
                       ', %d. sal' % _n(rng, 1, 4), ', %d.' % _n(rng, 1, 5)])
    pc, town = _pick(rng, [('1165', 'København K'), ('8000', 'Aarhus C'), ('5000', 'Odense C'), ('9000', 'Aalborg'), ('2100', 'København Ø'),
                           ('2800', 'Kongens Lyngby'), ('1620', 'København V'), ('6700', 'Esbjerg'), ('4000', 'Roskilde')])
    after = pc + ' ' + town
    return dict(street=name + ' ' + num + flat, after=after, lines=[after])


def A_SE(rng, lang):
    name = _pick(rng, ['Storgatan', 'Drottninggatan', 'Kungsvägen', 'Sveavägen', 'Vasagatan', 'Linnégatan', 'Ringvägen',
                       'Östra Hamngatan', 'Björkvägen', 'Kyrkogatan', 'Södra Förstadsgatan', 'Skolgatan', 'Tallstigen'])
    num = _pick(rng, ['%d' % _n(rng), '%d %s' % (_n(rng, 1, 90), _pick(rng, 'ABC')), '%d%s' % (_n(rng, 1, 90), _pick(rng, 'ab'))])
    flat = _pick(rng, ['', '', ', lgh %d' % _n(rng, 1001, 1605), ' lgh %d' % _n(rng, 1001, 1605), ', %d tr' % _n(rng, 1, 6), ', %d tr.' % _n(rng, 1, 6)])
    pc, town = _pick(rng, [('113 51', 'Stockholm'), ('411 04', 'Göteborg'), ('211 22', 'Malmö'), ('753 10', 'Uppsala'),
                           ('903 26', 'Umeå'), ('582 23', 'Linköping'), ('702 11', 'Örebro'), ('352 30', 'Växjö'), ('971 71', 'Luleå')])
    if rng.random() < .2:
        town = town.upper()
    after = pc + _pick(rng, [' ', ' ', '  ']) + town
    return dict(street=name + ' ' + num + flat, after=after, lines=[after])


def A_FI(rng, lang):
    name = _pick(rng, ['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu', 'Koivukuja', 'Itäinen Pitkäkatu', 'Puistotie',
                       'Kauppakatu', 'Runeberginkatu', 'Pajulahdentie', 'Kirkkokatu', 'Rantakatu', 'Satakunnankatu', 'Peltokuja'])
    n = _n(rng, 1, 90)
    num = _pick(rng, ['%d' % n, '%d %s %d' % (n, _pick(rng, 'ABCD'), _n(rng, 1, 60)), '%d as. %d' % (n, _n(rng, 1, 40)),
                      '%d %s' % (n, _pick(rng, 'ABC')), '%d%s' % (n, _pick(rng, 'ab'))])
    pc, town = _pick(rng, [('00100', 'Helsinki'), ('00530', 'Helsinki'), ('33100', 'Tampere'), ('20100', 'Turku'), ('90100', 'Oulu'),
                           ('40100', 'Jyväskylä'), ('70100', 'Kuopio'), ('02100', 'Espoo'), ('96100', 'Rovaniemi'), ('15110', 'Lahti')])
    if rng.random() < .25:
        town = town.upper()
    after = pc + ' ' + town
    return dict(street=name + ' ' + num, after=after, lines=[after])


ADDR.update({'DE': A_DE, 'AT': A_AT, 'FR': A_FR, 'BE': A_BE, 'NL': A_NL, 'GB': A_GB, 'IE': A_IE, 'ES': A_ES, 'PT': A_PT,
             'IT': A_IT, 'PL': A_PL, 'CZ': A_CZ, 'SK': A_SK, 'HU': A_HU, 'RO': A_RO, 'BG': A_BG, 'GR': A_GR, 'HR': A_HR,
             'SI': A_SI, 'DK': A_DK, 'SE': A_SE, 'FI': A_FI})
LANG_CC = {'bg': ['BG'], 'cs': ['CZ'], 'da': ['DK'], 'de': ['DE'] * 7 + ['AT'] * 3, 'el': ['GR'], 'en': ['GB'] * 3 + ['IE'] * 2,
           'es': ['ES'], 'fi': ['FI'], 'fr': ['FR'] * 3 + ['BE'], 'hr': ['HR'], 'hu': ['HU'], 'it': ['IT'],
           'nl': ['NL'] * 4 + ['BE'], 'pl': ['PL'], 'pt': ['PT'], 'ro': ['RO'], 'sk': ['SK'], 'sl': ['SI'], 'sv': ['SE']}


# ---------------------------------------------------------------------------------------------
# Generic (label-driven) frames: forms, postal blocks, mixed forms.  Labels come from L[lang]['lab'].
# ---------------------------------------------------------------------------------------------
def keep_lines(c, sector, inline=False):
    lb = c.lab
    if sector == 'health':
        return ('%s: {icd}' % lb('diag')) if inline else '%s: {icd}\n%s: {date}' % (lb('diag'), lb('date'))
    if sector == 'finance':
        return ('%s: {amt}' % lb('amt')) if inline else '%s: {refd}\n%s: {amt}' % (lb('ref'), lb('amt'))
    return ('%s: {station}' % lb('station')) if inline else '%s: {station} ({stnum})\n%s: {date}' % (lb('station'), lb('date'))


def generic(c, frame, v, sector):
    lb, D, rng = c.lab, c.D, c.rng
    T = lb('title_' + sector)
    if frame == 'address_form':
        return [
            '%s\n%s: {name}\n%s: {dob}\n%s: {nid}\n%s: {addr}\n%s: {phone}\n%s' % (T, lb('name'), lb('dob'), lb('nid'), lb('addr'), lb('phone'), keep_lines(c, sector)),
            '%s: {sname}\n%s: {addrS}\n%s: {addrP}\n%s: {email}\n%s' % (lb('name'), lb('street'), lb('pctown'), lb('email'), keep_lines(c, sector)),
            '%s: {name} | %s: {addr} | %s: {date} | %s' % (lb('name'), lb('addr'), lb('date'), keep_lines(c, sector, True)),
            '%s\n%s:\n{addrB}\n%s: {mobile}\n%s' % (T, lb('addr'), lb('mobile'), keep_lines(c, sector)),
        ][v]
    body = D['body'][sector]
    for k in ('date', 'amt', 'refd'):
        body = body.replace('{%s}' % k, '{%s#2}' % k)
    if frame == 'address_block':
        co = ('c/o {lname#2}\n' if D.get('co') and rng.random() < .5 else '')
        return [
            '{name}\n{addrB}\n%s {phone}\n\n%s: {date}\n\n%s: %s {ref}\n\n%s\n%s' % (lb('tel'), lb('date'), lb('subject'), lb('subj_' + sector), lb('greet'), body),
            '%s\n%s\n\n%s\n{name}\n{addrB}\n{email}' % (lb('greet'), body, lb('close')),
            '%s\n{name}\n%s{addrB}\n\n%s' % (lb('to'), co, body),
            '%s\n{name}\n{addrB}\n\n%s: {refd}\n%s: {date}\n%s: {amt}\n%s: {iban}' % (lb('invto'), lb('ref'), lb('date'), lb('amt'), lb('iban')),
        ][v]
    if frame == 'mixed_form':
        return [
            '%s\n%s: {name}\n%s: {dob}\n%s: {nid}\n%s: {addr}\n%s: {phone}\n%s: {email}\n%s: {iban}\n%s: {card}\n%s: {ref} – %s: {amt}\nIP: {ip}'
            % (lb('title_finance'), lb('name'), lb('dob'), lb('nid'), lb('addr'), lb('phone'), lb('email'), lb('iban'), lb('card'), lb('ref'), lb('amt')),
            '%s\n%s: {sname} (%s: {dob})\n%s: {hins}\n%s: {mrn}\n%s: {addr}, %s {phoneX}\n%s: {icd}, %s: {date}'
            % (lb('title_health'), lb('name'), lb('dob'), lb('hins'), lb('mrn'), lb('addr'), lb('tel'), lb('diag'), lb('date')),
            '%s\n%s: {name}\n%s: {addrI}\n%s: {mobile}\n%s: {email}\n%s: {iban}\n%s: {station} ({stnum}), %s: {date}\nIPv6: {ip6}'
            % (lb('title_climate'), lb('name'), lb('addr'), lb('mobile'), lb('email'), lb('iban'), lb('station'), lb('date')),
        ][v]
    raise ValueError(frame)


SHORT = {'address_sentence': 'addr', 'address_form': 'aform', 'address_block': 'ablock', 'phone_styles': 'phone',
         'ids_cued': 'idc', 'ids_uncued': 'idu', 'payment': 'pay', 'mixed_form': 'mix'}
HAND_COUNTS = {'address_sentence': 6, 'phone_styles': 4, 'ids_cued': 4, 'ids_uncued': 3, 'payment': 3}
GEN_COUNTS = {'address_form': 4, 'address_block': 4, 'mixed_form': 2}
SECTORS = ['health', 'finance', 'climate']


def build_lang(lang, li):
    rng = random.Random('%d-%s' % (SEED, lang))
    D = L[lang]
    by_frame = defaultdict(list)
    for fr, sec, tpl in D['tpl']:
        by_frame[fr].append((sec, tpl))
    jobs = []
    for fr, n in HAND_COUNTS.items():
        ts = by_frame[fr]
        assert ts, (lang, fr)
        for i in range(n):
            sec, tpl = ts[i % len(ts)]
            jobs.append((fr, sec, tpl, None))
    for fr, n in GEN_COUNTS.items():
        for i in range(n):
            if fr == 'mixed_form':
                v = (li + i) % 3
                sec = ['finance', 'health', 'climate'][v]
            else:
                v, sec = i, SECTORS[(li + i) % 3]
            jobs.append((fr, sec, None, v))
    docs, counters = [], Counter()
    for fr, sec, tpl, v in jobs:
        cc = rng.choice(LANG_CC[lang])
        c = Ctx(rng, lang, cc, sec)
        if tpl is None:
            tpl = generic(c, fr, v, sec)
        text, spans, keep, checks = render(tpl, c)
        counters[fr] += 1
        docs.append({'id': '%s-%s-%04d' % (lang, SHORT[fr], counters[fr]), 'lang': lang, 'sector': sec, 'frame': fr,
                     'split': 'dev2', 'text': text, 'spans': spans, 'keep': keep, '_checks': checks, '_cc': cc})
    return docs


# ---------------------------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------------------------
NEEDS_CHECK = {'PHONE_NUMBER', 'EMAIL_ADDRESS', 'IP_ADDRESS', 'NATIONAL_ID', 'IBAN_CODE', 'MEDICAL_RECORD_NUMBER',
               'HEALTH_INSURANCE_ID', 'CREDIT_CARD'}


def self_check(docs):
    errors = []
    ids = Counter(d['id'] for d in docs)
    errors += ['duplicate id %s' % k for k, v in ids.items() if v > 1]
    val_count = Counter()
    for d in docs:
        t = d['text']
        assert d['lang'] in L and d['sector'] in SECTORS and d['frame'] in SHORT
        allsp = [(s['start'], s['end'], 'S') for s in d['spans']] + [(k['start'], k['end'], 'K') for k in d['keep']]
        for s in d['spans']:
            assert s['type'] in SPAN_TYPES
        for k in d['keep']:
            assert k['kind'] in KEEP_KINDS
        for s, e, _ in allsp:
            seg = t[s:e]
            if not (0 <= s < e <= len(t)) or seg != seg.strip() or not seg:
                errors.append('%s bad offsets %d-%d %r' % (d['id'], s, e, seg))
        allsp.sort()
        for a, b in zip(allsp, allsp[1:]):
            if b[0] < a[1]:
                errors.append('%s overlap %r %r' % (d['id'], a, b))
        checked = set()
        for s, e, chk in d['_checks']:
            seg = t[s:e]
            if chk[0] == 'phone':
                ok = phone_ok(seg, chk[1]); name = 'phonenumbers'
            elif chk[0] == 'phonex':
                ok = phone_ok(seg[:chk[2]], chk[1]) and re.search(r'\d', seg[chk[2]:]) is not None; name = 'phonenumbers+ext'
            else:
                ok = VALIDATORS[chk[0]](seg); name = chk[0]
            val_count[name] += 1
            if not ok:
                errors.append('%s validation %s failed for %r' % (d['id'], chk, seg))
            checked.add((s, e))
        for s in d['spans']:
            if s['type'] in NEEDS_CHECK and (s['start'], s['end']) not in checked:
                errors.append('%s unchecked %s' % (d['id'], s))
        if re.search(r'[{}]', t):
            errors.append('%s leftover brace' % d['id'])
    return errors, val_count


def main():
    docs = []
    for li, lang in enumerate(sorted(L)):
        docs += build_lang(lang, li)
    errors, val_count = self_check(docs)
    with open(os.path.join(HERE, 'dev2.jsonl'), 'w', encoding='utf-8') as f:
        for d in docs:
            f.write(json.dumps({k: v for k, v in d.items() if not k.startswith('_')}, ensure_ascii=False) + '\n')
    by_lang = Counter(d['lang'] for d in docs)
    types = sorted(SPAN_TYPES)
    tl = defaultdict(Counter)
    for d in docs:
        for s in d['spans']:
            tl[d['lang']][s['type']] += 1
    print('documents: %d' % len(docs))
    short = {t: ''.join(w[0] for w in t.split('_'))[:4] for t in types}
    print('lang docs ' + ' '.join('%5s' % short[t] for t in types) + '  keep')
    for lang in sorted(by_lang):
        kc = sum(len(d['keep']) for d in docs if d['lang'] == lang)
        print('%-4s %4d ' % (lang, by_lang[lang]) + ' '.join('%5d' % tl[lang][t] for t in types) + '  %4d' % kc)
    tot = Counter()
    for c in tl.values():
        tot.update(c)
    print('span totals:', dict(sorted(tot.items())))
    print('keep totals:', dict(sorted(Counter(k['kind'] for d in docs for k in d['keep']).items())))
    print('frames:', dict(sorted(Counter(d['frame'] for d in docs).items())))
    print('sectors:', dict(sorted(Counter(d['sector'] for d in docs).items())))
    print('countries:', dict(sorted(Counter(d['_cc'] for d in docs).items())))
    print('validations run:', dict(sorted(val_count.items())))
    if errors:
        print('SELF-CHECK FAILED (%d):' % len(errors))
        for e in errors[:50]:
            print('  ' + e)
        sys.exit(1)
    print('self-check OK: offsets exact, no overlaps, all identifiers re-validated')


# =============================================================================================
# Language data: names (invented), months, vocabularies, labels, letter bodies, hand-written frames
# Frame tuples: (frame family, sector, template)
# =============================================================================================
L['de'] = dict(
    names=[('Jonas', 'Becker', 'm'), ('Lena', 'Hoffmann', 'f'), ('Matthias', 'Krüger', 'm'), ('Sabine', 'Wagner', 'f'),
           ('Florian', 'Schubert', 'm'), ('Katharina', 'Vogel', 'f'), ('Stefan', 'Lehmann', 'm'), ('Anja', 'Brandt', 'f'),
           ('Lukas', 'Hofer', 'm'), ('Theresa', 'Gruber', 'f'), ('Markus', 'Pichler', 'm'), ('Julia', 'Seidl', 'f')],
    months=['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    longdate=lambda d, m, y: '%d. %s %d' % (d, m, y),
    ext=[', Durchwahl E', '-E', ' (Durchwahl E)', ', Nebenstelle E'],
    stations=['Hohenpeißenberg', 'Zugspitze', 'Brocken', 'Sonnblick', 'Fichtelberg', 'Wendelstein', 'Kahler Asten'],
    drugs=['Ramipril', 'Metformin', 'L-Thyroxin', 'Ibuprofen', 'Pantoprazol', 'Bisoprolol'],
    insts=['Universitätsklinikum Freiburg', 'Charité', 'Klinikum rechts der Isar', 'AKH Wien', 'Deutscher Wetterdienst'],
    places=['Garmisch-Partenkirchen', 'Potsdam', 'Offenbach am Main', 'Innsbruck'],
    companys=['Sparkasse KölnBonn', 'Stadtwerke München', 'Raiffeisenbank', 'AOK Bayern'],
    diseases=['Morbus Crohn', 'Diabetes mellitus Typ 2'], curs=['EUR'],
    lab=dict(title_health='Patientenaufnahme', title_finance='Kundenstammdaten', title_climate='Meldebogen ehrenamtliche Wetterbeobachtung',
             name='Name', dob='Geburtsdatum', addr=['Anschrift', 'Adresse', 'Wohnanschrift'], street='Straße, Hausnummer',
             pctown='PLZ / Ort', phone='Telefon', mobile='Mobil', email='E-Mail', date='Datum', diag='Diagnose (ICD-10)',
             mrn=['Patienten-Nr.', 'Fall-Nr.'], hins='Versichertennummer', hins_AT='Mitgliedsnummer Zusatzversicherung',
             nid='Steuer-ID', nid_AT='Sozialversicherungsnummer', iban='IBAN', card='Kartennummer', ref='Rechnungsnummer',
             amt='Betrag', station='Messstation', tel='Tel.', to='Empfänger:', invto='Rechnungsempfänger:', subject='Betreff',
             subj_health='Befundbericht', subj_finance='Ihre Rechnung', subj_climate='Messdaten Juli', greet='Sehr geehrte Damen und Herren,',
             close='Mit freundlichen Grüßen'),
    body=dict(health='anbei erhalten Sie den Befund vom {date#2} (ICD-10 {icd}); die Medikation mit {drug} {dose} wird unverändert fortgesetzt.',
              finance='bitte begleichen Sie den offenen Betrag von {amt#2} zur Rechnung Nr. {refd#2} bis zum {date#2}.',
              climate='anbei die Messwerte der Station {station} vom {date#2}: Niederschlag {rain}, Tageshöchstwert {temp}.'),
    co=True,
    tpl=[
        ('address_sentence', 'health', 'Die Patientin ist wohnhaft in {addr} und wurde am {date} mit der Diagnose {icd} entlassen.'),
        ('address_sentence', 'finance', 'Bitte senden Sie die Unterlagen zur Rechnung Nr. {refd} ab sofort an meine neue Anschrift {addr}. Den offenen Betrag von {amt} überweise ich bis {date}.'),
        ('address_sentence', 'climate', 'Der Beobachter der Station {station} (Stations-ID {stnum}) ist umgezogen und jetzt unter der Anschrift {addrS} gemeldet; die Tagessumme am {date} betrug {rain}.'),
        ('phone_styles', 'health', 'Rückfragen bitte an die Praxis unter {land} oder mobil unter {mobile}; Befunde zu {icd} gibt das Labor unter {phoneX} durch.'),
        ('phone_styles', 'climate', 'Messausfall am {date} an der Station {station}. Erreichbar: Tel. {phone}, Handy {mobile#2}. Letzter Wert: {temp}.'),
        ('ids_cued', 'health', '{L_hins}: {hins}, geb. {dob}, {L_mrn} {mrn}; Kostenvoranschlag {ref} über {amt}.'),
        ('ids_cued', 'finance', 'Für die Erstattung benötigen wir Ihre {L_nid} ({nid}) sowie Ihr Geburtsdatum; Vorgangsnummer {refd} vom {date}.'),
        ('ids_uncued', 'finance', '{sname}; {nid}; {addrS}; {amt}; {date}'),
        ('ids_uncued', 'health', 'Überweisung vom {date}: {name}, *{dob}, {hins} – Verdacht auf {icd}, Wiedervorstellung in 4 Wochen.'),
        ('payment', 'finance', 'Bitte überweisen Sie {amt} für Rechnung {refd} auf das Konto {iban} (Kontoinhaber: {name}) bis spätestens {date}.'),
        ('payment', 'climate', 'Die Aufwandsentschädigung für die Station {station} ({amt}) wurde mit der Karte {card} erstattet; Bestätigung ging an {email}, Login von {ip}.'),
    ])

L['en'] = dict(
    names=[('Oliver', 'Hughes', 'm'), ('Siobhan', 'Murphy', 'f'), ('Aoife', 'Byrne', 'f'), ('Thomas', 'Whitfield', 'm'),
           ('Emily', 'Carter', 'f'), ('Ciarán', 'Doyle', 'm'), ('Hannah', 'Pritchard', 'f'), ('James', 'Ashworth', 'm'),
           ('Niamh', 'Kavanagh', 'f'), ('George', 'Lindsay', 'm'), ('Priya', 'Raman', 'f'), ('Declan', 'Foley', 'm')],
    months=['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    longdate=lambda d, m, y: '%d %s %d' % (d, m, y),
    ext=[' ext. E', ' x E', ', extension E'],
    stations=['Valentia Observatory', 'Malin Head', 'Heathrow', 'Armagh Observatory', 'Lerwick', 'Ben Nevis', 'Mace Head'],
    drugs=['atorvastatin', 'Ventolin', 'omeprazole', 'amoxicillin', 'levothyroxine', 'sertraline'],
    insts=["St James's Hospital", 'Royal Infirmary of Edinburgh', 'Met Éireann', 'Cork University Hospital', 'Met Office'],
    places=['Dún Laoghaire', 'Exeter', 'Belfast', 'Limerick'],
    companys=['Bank of Ireland', 'Nationwide', 'Vodafone Ireland', 'Octopus Energy'],
    diseases=["Crohn's disease", "Graves' disease"], curs=['GBP', 'EUR'],
    lab=dict(title_health='Patient registration form', title_finance='Customer details', title_climate='Voluntary observer registration',
             name='Name', dob='Date of birth', addr=['Address', 'Home address'], street='Address line 1', pctown='Town and postcode',
             phone='Telephone', mobile='Mobile', email='Email', date='Date', diag='Diagnosis', mrn=['Hospital No.', 'MRN'],
             hins='Bupa membership no.', hins_IE='VHI member number', nid='NHS number', nid_IE='PPS number',
             nid2='National Insurance number', nid2_IE='PPSN', iban='IBAN', card='Card number', ref='Invoice number', amt='Amount',
             station='Station', tel='Tel:', to='To:', invto='Bill to:', subject='Re', subj_health='Clinic letter', subj_finance='Your account',
             subj_climate='Monthly returns', greet='Dear Sir or Madam,', close='Yours faithfully,'),
    body=dict(health='Following the review on {date} (ICD-10 {icd}), {drug} {dose} once daily has been started.',
              finance='Please settle the outstanding balance of {amt} on invoice {refd} by {date}.',
              climate='Please find attached the readings from {station} for {date}: rainfall {rain}, maximum {temp}.'),
    co=True,
    tpl=[
        ('address_sentence', 'health', 'The patient lives at {addr} and was discharged on {date} with a diagnosis of {icd}.'),
        ('address_sentence', 'finance', 'Please note my change of address to {addr} with effect from {date}; the direct debit of {amt} should continue unchanged.'),
        ('address_sentence', 'climate', 'The rain gauge for the {station} network is kept in the back garden at {addr}; {rain} was recorded there on {date}.'),
        ('phone_styles', 'health', 'To rearrange the appointment call the clinic on {land}, or text {mobile}; for results quote {icd} and ring {phoneX}.'),
        ('phone_styles', 'finance', 'Call us on {phone} (Mon–Fri) or from abroad on {phone#2} about invoice {refd}.'),
        ('ids_cued', 'health', '{L_nid}: {nid}. DOB {dob}. {L_mrn} {mrn}. {L_hins}: {hins}. Referred on {date} for {icd}.'),
        ('ids_cued', 'finance', 'Your {L_nid2} ({nid2}) and date of birth ({dob}) are needed before refund {ref} of {amt} can be paid.'),
        ('ids_uncued', 'health', '{sname}, {dob}, {nid} – seen {date}, {icd}, review in six weeks.'),
        ('ids_uncued', 'finance', 'Account holder {name} ({nid2}) – balance {amt} at {date}.'),
        ('payment', 'finance', 'Please pay {amt} to IBAN {iban}, quoting reference {refd}, by {date}.'),
        ('payment', 'health', 'The prescription charge of {amt} was paid with card {card} on {date}; the receipt was emailed to {email} (IP {ip}).'),
    ])

L['fr'] = dict(
    names=[('Camille', 'Lefèvre', 'f'), ('Julien', 'Moreau', 'm'), ('Élodie', 'Garnier', 'f'), ('Nicolas', 'Rousseau', 'm'),
           ('Sophie', 'Lambert', 'f'), ('Antoine', 'Girard', 'm'), ('Manon', 'Fontaine', 'f'), ('Thibault', 'Mercier', 'm'),
           ('Claire', 'Dubois', 'f'), ('Maxime', 'Peeters', 'm'), ('Inès', 'Bonnet', 'f'), ('Hugo', 'Lemaire', 'm')],
    months=['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    longdate=lambda d, m, y: '%s %s %d' % ('1er' if d == 1 else str(d), m, y),
    ext=[' poste E', ', poste E', ' (poste E)'],
    stations=['Pic du Midi', 'Mont Aigoual', 'Mont Ventoux', 'Uccle', 'Puy de Dôme', 'Trappes', 'Brest-Guipavas'],
    drugs=['Doliprane', 'Kardégic', 'Levothyrox', 'amoxicilline', 'metformine', 'Ventoline'],
    insts=['Hôpital Necker', 'CHU de Bordeaux', 'Hôpital de la Pitié-Salpêtrière', 'Météo-France', 'Cliniques universitaires Saint-Luc'],
    places=['Saint-Étienne', 'Clermont-Ferrand', 'Louvain-la-Neuve', 'Toulouse'],
    companys=['Crédit Agricole', 'BNP Paribas', 'EDF', 'Belfius'],
    diseases=["maladie d'Addison", 'maladie de Crohn'], curs=['EUR'],
    lab=dict(title_health='Fiche d’admission', title_finance='Fiche client', title_climate='Fiche observateur bénévole',
             name=['Nom et prénom', 'Nom'], dob='Date de naissance', addr=['Adresse', 'Adresse postale', 'Domicile'],
             street='N° et voie', pctown='Code postal et ville', phone='Téléphone', mobile='Portable', email='Courriel',
             date='Date', diag='Diagnostic', mrn=['N° de dossier', 'IPP'], hins='N° d’adhérent mutuelle',
             hins_BE='N° d’affiliation mutualité', nid='N° de sécurité sociale', nid_BE='Numéro de registre national',
             iban='IBAN', card='N° de carte', ref='N° de facture', amt='Montant', station='Station', tel='Tél.',
             to='Destinataire :', invto='Facturé à :', subject='Objet', subj_health='Compte rendu de consultation',
             subj_finance='Votre facture', subj_climate='Relevés mensuels', greet='Madame, Monsieur,',
             close='Veuillez agréer mes salutations distinguées.'),
    body=dict(health='suite à la consultation du {date} (CIM-10 {icd}), un traitement par {drug} {dose} a été instauré.',
              finance='nous vous remercions de régler le solde de {amt} relatif à la facture n° {refd} avant le {date}.',
              climate='veuillez trouver ci-joint les relevés de la station {station} du {date} : précipitations {rain}, maximum {temp}.'),
    tpl=[
        ('address_sentence', 'health', 'Le patient, demeurant {addr}, a été hospitalisé le {date} pour {icd}.'),
        ('address_sentence', 'finance', 'Merci d’adresser désormais les relevés à ma nouvelle adresse : {addr}. La facture n° {refd} de {amt} sera réglée le {date}.'),
        ('address_sentence', 'climate', 'L’observateur bénévole de la station {station} habite {addrS}, à deux pas du pluviomètre ; cumul du {date} : {rain}.'),
        ('phone_styles', 'health', 'Pour tout renseignement, joindre le secrétariat au {land} ou sur portable au {mobile} ; résultats ({icd}) au {phoneX}.'),
        ('phone_styles', 'finance', 'Notre service client répond au {phone} ; depuis l’étranger, composez le {phone#2}. Référence : {ref}.'),
        ('ids_cued', 'health', '{L_nid} : {nid} – né(e) le {dob} – {L_mrn} {mrn}. Admission le {date}, diagnostic {icd}.'),
        ('ids_cued', 'finance', 'Pour le remboursement de {amt} (dossier {ref}), indiquez votre {L_hins} ({hins}) et votre date de naissance.'),
        ('ids_uncued', 'health', '{sname} – {dob} – {nid} – vu le {date} pour {icd}, contrôle dans un mois.'),
        ('ids_uncued', 'finance', '{name} ; {nid} ; {addrS} ; solde {amt} au {date}'),
        ('payment', 'finance', 'Merci de virer {amt} sur le compte {iban} en indiquant la référence {refd}, au plus tard le {date}.'),
        ('payment', 'climate', 'L’abonnement aux données de {station} ({amt}) a été payé par carte {card} le {date} ; confirmation envoyée à {email} depuis l’adresse IP {ip}.'),
    ])

L['nl'] = dict(
    names=[('Sanne', 'de Vries', 'f'), ('Bram', 'Jansen', 'm'), ('Lotte', 'van Dijk', 'f'), ('Joost', 'Bakker', 'm'),
           ('Femke', 'Visser', 'f'), ('Pieter', 'Smits', 'm'), ('Anouk', 'Mulder', 'f'), ('Wouter', 'Peeters', 'm'),
           ('Eline', 'Janssens', 'f'), ('Thijs', 'van den Berg', 'm'), ('Marloes', 'Hendriks', 'f'), ('Sven', 'Maes', 'm')],
    months=['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    longdate=lambda d, m, y: '%d %s %d' % (d, m, y),
    ext=[' toestel E', ', tst. E', ' (toestel E)'],
    stations=['De Bilt', 'Cabauw', 'Schiphol', 'Ukkel', 'Vlieland', 'Eelde', 'Maastricht-Beek'],
    drugs=['paracetamol', 'metoprolol', 'omeprazol', 'Ventolin', 'levothyroxine', 'amoxicilline'],
    insts=['Amsterdam UMC', 'UZ Leuven', 'Erasmus MC', 'KNMI', 'Radboudumc'],
    places=['Den Helder', 'Zwolle', 'Mechelen', 'Leeuwarden'],
    companys=['Rabobank', 'Albert Heijn', 'Eneco', 'KBC'],
    diseases=['ziekte van Crohn', 'ziekte van Parkinson'], curs=['EUR'],
    lab=dict(title_health='Inschrijfformulier patiënt', title_finance='Klantgegevens', title_climate='Aanmelding vrijwillige waarnemer',
             name='Naam', dob='Geboortedatum', addr=['Adres', 'Woonadres'], street='Straat en huisnummer', pctown='Postcode en woonplaats',
             phone='Telefoon', mobile='Mobiel', email='E-mail', date='Datum', diag='Diagnose', mrn=['Patiëntnummer', 'Dossiernummer'],
             hins='Polisnummer zorgverzekering', hins_BE='Aansluitingsnummer ziekenfonds', nid='BSN', nid_BE='Rijksregisternummer',
             iban='IBAN', card='Kaartnummer', ref='Factuurnummer', amt='Bedrag', station='Station', tel='Tel.', to='Aan:',
             invto='Factuuradres:', subject='Betreft', subj_health='Uitslag onderzoek', subj_finance='Uw factuur',
             subj_climate='Maandoverzicht metingen', greet='Geachte heer, mevrouw,', close='Met vriendelijke groet,'),
    body=dict(health='naar aanleiding van het consult op {date} (ICD-10 {icd}) is gestart met {drug} {dose}.',
              finance='wij verzoeken u het openstaande bedrag van {amt} voor factuur {refd} vóór {date} te voldoen.',
              climate='hierbij de metingen van station {station} van {date}: neerslag {rain}, maximumtemperatuur {temp}.'),
    co=True,
    tpl=[
        ('address_sentence', 'health', 'Patiënt woont op {addr} en is op {date} ontslagen met diagnose {icd}.'),
        ('address_sentence', 'finance', 'Vanaf {date} graag alle post naar mijn nieuwe adres: {addr}. De termijn van {amt} blijft gelijk.'),
        ('address_sentence', 'climate', 'De regenmeter van de vrijwillige waarnemer staat in de tuin van het adres {addrS}, niet ver van {station}; op {date} viel er {rain}.'),
        ('phone_styles', 'health', 'Voor vragen belt u de poli op {land} of mobiel {mobile}; uitslagen ({icd}) via {phoneX}.'),
        ('phone_styles', 'finance', 'Bel ons op {phone} of vanuit het buitenland op {phone#2} en vermeld factuurnummer {refd}.'),
        ('ids_cued', 'health', '{L_nid}: {nid}, geboren {dob}, {L_mrn} {mrn}. Verwijzing d.d. {date} wegens {icd}.'),
        ('ids_cued', 'finance', 'Voor de teruggave van {amt} (dossier {ref}) hebben wij uw {L_hins} {hins} en geboortedatum nodig.'),
        ('ids_uncued', 'health', '{sname}, {dob}, {nid} – gezien op {date}, {icd}, controle over 6 weken.'),
        ('ids_uncued', 'finance', '{name} | {nid} | {addrS} | {amt} | {date}'),
        ('payment', 'finance', 'Gelieve {amt} over te maken naar {iban} t.n.v. {name} onder vermelding van {refd}, uiterlijk {date}.'),
        ('payment', 'climate', 'Het abonnement op de data van {station} ({amt}) is betaald met creditcard {card} op {date}; bevestiging naar {email}, IP-adres {ip}.'),
    ])

L['es'] = dict(
    names=[('Lucía', 'Fernández Ruiz', 'f'), ('Javier', 'Moreno Gil', 'm'), ('Carmen', 'Navarro', 'f'), ('Pablo', 'Iglesias Vidal', 'm'),
           ('Marta', 'Serrano López', 'f'), ('Álvaro', 'Domínguez', 'm'), ('Nuria', 'Castillo', 'f'), ('Sergio', 'Ortega Blanco', 'm'),
           ('Elena', 'Romero Sanz', 'f'), ('Iker', 'Etxeberria', 'm'), ('Ainhoa', 'Garrido', 'f'), ('Rubén', 'Medina Prieto', 'm')],
    months=['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    longdate=lambda d, m, y: '%d de %s de %d' % (d, m, y),
    ext=[' ext. E', ', extensión E', ' (ext. E)'],
    stations=['Izaña', 'Navacerrada', 'Retiro', 'Igueldo', 'Fabra', 'Sierra Nevada', 'Mahón'],
    drugs=['Adiro', 'Nolotil', 'omeprazol', 'Eutirox', 'metformina', 'Sintrom'],
    insts=['Hospital Gregorio Marañón', 'Hospital Clínic', 'AEMET', 'Hospital Universitario La Paz', 'Osakidetza'],
    places=['San Sebastián', 'Santa Cruz de Tenerife', 'Alcalá de Henares', 'Logroño'],
    companys=['CaixaBank', 'Iberdrola', 'Mapfre', 'Mercadona'],
    diseases=['enfermedad de Crohn', 'enfermedad de Alzheimer'], curs=['EUR'],
    lab=dict(title_health='Hoja de ingreso', title_finance='Ficha de cliente', title_climate='Alta de colaborador (red de observación)',
             name=['Nombre y apellidos', 'Nombre'], dob='Fecha de nacimiento', addr=['Domicilio', 'Dirección'], street='Calle y número',
             pctown='C.P. y localidad', phone='Teléfono', mobile='Móvil', email='Correo electrónico', date='Fecha', diag='Diagnóstico',
             mrn=['NHC', 'N.º de historia clínica'], hins='N.º de afiliación a la Seguridad Social', nid='DNI/NIE', iban='IBAN',
             card='Número de tarjeta', ref='N.º de factura', amt='Importe', station='Estación', tel='Tel.', to='Destinatario:',
             invto='Facturar a:', subject='Asunto', subj_health='Informe de consulta', subj_finance='Su factura',
             subj_climate='Datos mensuales', greet='Estimados señores:', close='Atentamente,'),
    body=dict(health='Tras la consulta del {date#2} (CIE-10 {icd}) se inicia tratamiento con {drug} {dose}.',
              finance='Le rogamos abone el importe pendiente de {amt#2} de la factura n.º {refd#2} antes del {date#2}.',
              climate='Adjuntamos los registros de la estación {station} del {date#2}: precipitación {rain}, máxima {temp}.'),
    tpl=[
        ('address_sentence', 'health', 'La paciente, con domicilio en {addr}, ingresó el {date} con diagnóstico {icd}.'),
        ('address_sentence', 'finance', 'A partir del {date} envíen la correspondencia a mi nuevo domicilio: {addr}. El recibo de {amt} se mantiene.'),
        ('address_sentence', 'climate', 'El colaborador de la estación {station} reside en {addrS} y anotó {rain} el {date}.'),
        ('phone_styles', 'health', 'Para cambiar la cita llame al {land} o al móvil {mobile}; resultados ({icd}) en el {phoneX}.'),
        ('phone_styles', 'finance', 'Atención al cliente: {phone}; desde el extranjero, {phone#2}. Indique la factura {refd}.'),
        ('ids_cued', 'health', 'DNI: {nid}. F. nac.: {dob}. {L_mrn}: {mrn}. Ingreso el {date} por {icd}.'),
        ('ids_cued', 'finance', 'Para tramitar el reembolso de {amt} (expediente {ref}) necesitamos su NIE {nid2} y su n.º de afiliación {hins}.'),
        ('ids_uncued', 'health', '{sname} – {dob} – {nid} – visto el {date}, {icd}, revisión en un mes.'),
        ('ids_uncued', 'finance', '{name}; {nid}; {addrS}; {amt}; {date}'),
        ('payment', 'finance', 'Realice la transferencia de {amt} a la cuenta {iban} indicando la referencia {refd} antes del {date}.'),
        ('payment', 'climate', 'La suscripción a los datos de {station} ({amt}) se pagó con la tarjeta {card} el {date}; confirmación enviada a {email} desde la IP {ip}.'),
    ])

L['pt'] = dict(
    names=[('Inês', 'Carvalho', 'f'), ('João', 'Pereira Santos', 'm'), ('Beatriz', 'Ferreira', 'f'), ('Tiago', 'Almeida', 'm'),
           ('Mariana', 'Sousa Lopes', 'f'), ('Rui', 'Gonçalves', 'm'), ('Catarina', 'Ribeiro', 'f'), ('Duarte', 'Mendes', 'm'),
           ('Sofia', 'Martins Costa', 'f'), ('Nuno', 'Rodrigues', 'm'), ('Leonor', 'Pinto', 'f'), ('Miguel', 'Teixeira', 'm')],
    months=['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    longdate=lambda d, m, y: '%d de %s de %d' % (d, m, y),
    ext=[' ext. E', ', extensão E'],
    stations=['Penhas Douradas', 'Lisboa/Geofísico', 'Porto/Pedras Rubras', 'Sagres', 'Bragança', 'Évora/Cemitério'],
    drugs=['Ben-u-ron', 'paracetamol', 'omeprazol', 'Brufen', 'metformina'],
    insts=['Hospital de Santa Maria', 'Hospital de São João', 'IPMA', 'Centro Hospitalar Universitário de Coimbra'],
    places=['Vila Nova de Gaia', 'Santo Tirso', 'Ponta Delgada', 'Viseu'],
    companys=['Millennium bcp', 'Caixa Geral de Depósitos', 'EDP Comercial', 'Jerónimo Martins'],
    diseases=['doença de Crohn', 'doença de Parkinson'], curs=['EUR'],
    lab=dict(title_health='Ficha de inscrição do utente', title_finance='Ficha de cliente', title_climate='Registo de observador voluntário',
             name='Nome', dob='Data de nascimento', addr=['Morada', 'Residência'], street='Morada (rua e n.º)', pctown='Código postal e localidade',
             phone='Telefone', mobile='Telemóvel', email='E-mail', date='Data', diag='Diagnóstico', mrn=['N.º de processo', 'Processo clínico'],
             hins='N.º de utente do SNS', nid='NIF', iban='IBAN', card='N.º do cartão', ref='Fatura n.º', amt='Valor', station='Estação',
             tel='Tel.', to='Destinatário:', invto='Faturar a:', subject='Assunto', subj_health='Relatório de consulta',
             subj_finance='A sua fatura', subj_climate='Dados mensais', greet='Exmos. Senhores,', close='Com os melhores cumprimentos,'),
    body=dict(health='Na sequência da consulta de {date#2} (CID-10 {icd}), iniciou terapêutica com {drug} {dose}.',
              finance='Solicitamos o pagamento do valor em dívida de {amt#2} relativo à fatura n.º {refd#2} até {date#2}.',
              climate='Enviamos em anexo os registos da estação {station} de {date#2}: precipitação {rain}, máxima {temp}.'),
    tpl=[
        ('address_sentence', 'health', 'O utente, residente em {addr}, foi internado a {date} com o diagnóstico {icd}.'),
        ('address_sentence', 'finance', 'A partir de {date} a correspondência deve ser enviada para a nova morada: {addr}. A prestação de {amt} mantém-se.'),
        ('address_sentence', 'climate', 'O observador voluntário da estação {station} mora em {addrS}; no dia {date} registou {rain}.'),
        ('phone_styles', 'health', 'Para remarcar a consulta ligue {land} ou para o telemóvel {mobile}; resultados ({icd}) pelo {phoneX}.'),
        ('phone_styles', 'finance', 'Linha de apoio: {phone}; do estrangeiro: {phone#2}. Indique a fatura {refd}.'),
        ('ids_cued', 'health', '{L_hins}: {hins} · NIF {nid} · data de nascimento {dob} · {L_mrn} {mrn}; consulta a {date} ({icd}).'),
        ('ids_cued', 'finance', 'Para o reembolso de {amt} (processo {ref}) indique o n.º do Cartão de Cidadão {nid2} e a data de nascimento.'),
        ('ids_uncued', 'health', '{sname} – {dob} – {hins} – observado a {date}, {icd}, reavaliação dentro de um mês.'),
        ('ids_uncued', 'finance', '{name}; {nid}; {addrS}; {amt}; {date}'),
        ('payment', 'finance', 'Queira transferir {amt} para o IBAN {iban}, com a referência {refd}, até {date}.'),
        ('payment', 'climate', 'A assinatura dos dados de {station} ({amt}) foi paga com o cartão {card} em {date}; confirmação enviada para {email} a partir do IP {ip}.'),
    ])

L['it'] = dict(
    names=[('Giulia', 'Bianchi', 'f'), ('Marco', 'Esposito', 'm'), ('Chiara', 'Colombo', 'f'), ('Luca', 'Ferraro', 'm'),
           ('Francesca', 'Ricci', 'f'), ('Alessandro', 'Marino', 'm'), ('Sara', 'Greco', 'f'), ('Davide', 'Bruno', 'm'),
           ('Elisa', 'Gallo', 'f'), ('Matteo', 'Conti', 'm'), ('Valentina', 'De Luca', 'f'), ('Stefano', 'Mancini', 'm')],
    months=['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    longdate=lambda d, m, y: '%d %s %d' % (d, m, y),
    ext=[' int. E', ', interno E', ' (int. E)'],
    stations=['Monte Cimone', 'Plateau Rosa', 'Capo Mele', 'Brera', 'Vigna di Valle', 'Monte Terminillo'],
    drugs=['Tachipirina', 'Cardioaspirina', 'Eutirox', 'metformina', 'Augmentin', 'pantoprazolo'],
    insts=['Policlinico Agostino Gemelli', 'Ospedale Niguarda', 'Istituto Giannina Gaslini', 'Aeronautica Militare', 'ASL Roma 1'],
    places=['Reggio Emilia', 'San Donà di Piave', 'Bolzano', 'Lecce'],
    companys=['Intesa Sanpaolo', 'Enel Energia', 'Ferrero', 'UniCredit'],
    diseases=['morbo di Crohn', 'tiroidite di Hashimoto'], curs=['EUR'],
    lab=dict(title_health='Scheda di accettazione', title_finance='Anagrafica cliente', title_climate='Scheda osservatore volontario',
             name=['Cognome e nome', 'Nominativo'], dob='Data di nascita', addr=['Indirizzo', 'Residenza'], street='Via e numero civico',
             pctown='CAP e comune', phone='Telefono', mobile='Cellulare', email='E-mail', date='Data', diag='Diagnosi',
             mrn=['N. cartella clinica', 'ID paziente'], hins='N. tessera sanitaria', nid='Codice fiscale', iban='IBAN',
             card='Numero carta', ref='N. fattura', amt='Importo', station='Stazione', tel='Tel.', to='Spett.le', invto='Intestatario:',
             subject='Oggetto', subj_health='Referto visita', subj_finance='Vostra fattura', subj_climate='Dati mensili',
             greet='Gentili Signori,', close='Distinti saluti'),
    body=dict(health='a seguito della visita del giorno {date#2} (ICD-10 {icd}) è stata avviata terapia con {drug} {dose}.',
              finance='Vi preghiamo di saldare l’importo di {amt#2} relativo alla fattura n. {refd#2} entro il {date#2}.',
              climate='in allegato i dati della stazione {station} del {date#2}: precipitazione {rain}, massima {temp}.'),
    tpl=[
        ('address_sentence', 'health', 'La paziente, residente in {addr}, è stata ricoverata in data {date} con diagnosi {icd}.'),
        ('address_sentence', 'finance', 'A partire dal {date} inviate la corrispondenza al nuovo indirizzo: {addr}. La rata di {amt} resta invariata.'),
        ('address_sentence', 'climate', 'L’osservatore volontario della stazione {station} abita in {addrS}; in data {date} ha registrato {rain}.'),
        ('phone_styles', 'health', 'Per spostare la visita chiamare il {land} o il cellulare {mobile}; referti ({icd}) al {phoneX}.'),
        ('phone_styles', 'finance', 'Servizio clienti: {phone}; dall’estero: {phone#2}. Citare la fattura {refd}.'),
        ('ids_cued', 'health', 'C.F. {nid} – nata/o il {dob} – {L_mrn} {mrn} – ricovero del {date}, diagnosi {icd}.'),
        ('ids_cued', 'finance', 'Per il rimborso di {amt} (pratica {ref}) servono il codice fiscale {nid} e il numero della tessera sanitaria {hins}.'),
        ('ids_uncued', 'health', '{sname}, {dob}, {nid} – visita del {date}, {icd}, controllo tra 30 giorni.'),
        ('ids_uncued', 'finance', '{name}; {nid}; {addrS}; {amt}; {date}'),
        ('payment', 'finance', 'Si prega di effettuare il bonifico di {amt} sull’IBAN {iban}, causale {refd}, entro il {date}.'),
        ('payment', 'climate', 'L’abbonamento ai dati di {station} ({amt}) è stato pagato con carta {card} in data {date}; conferma inviata a {email} dall’indirizzo IP {ip}.'),
    ])

L['pl'] = dict(
    names=[('Katarzyna', 'Nowak', 'f'), ('Piotr', 'Wiśniewski', 'm'), ('Agnieszka', 'Kowalczyk', 'f'), ('Tomasz', 'Zieliński', 'm'),
           ('Magdalena', 'Wójcik', 'f'), ('Michał', 'Kamiński', 'm'), ('Joanna', 'Lewandowska', 'f'), ('Paweł', 'Dąbrowski', 'm'),
           ('Anna', 'Szymańska', 'f'), ('Krzysztof', 'Mazur', 'm'), ('Natalia', 'Jabłońska', 'f'), ('Marcin', 'Krawczyk', 'm')],
    months=['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
    longdate=lambda d, m, y: '%d %s %d' % (d, m, y),
    ext=[' wew. E', ', wewn. E', ' (wew. E)'],
    stations=['Kasprowy Wierch', 'Śnieżka', 'Łeba', 'Suwałki', 'Hala Gąsienicowa', 'Zakopane'],
    drugs=['Polopiryna', 'metformina', 'Euthyrox', 'ibuprofen', 'Acard', 'amoksycylina'],
    insts=['Szpital im. Karola Jonschera', 'Centrum Zdrowia Dziecka', 'IMGW-PIB', 'Narodowy Fundusz Zdrowia', 'Szpital Uniwersytecki w Krakowie'],
    places=['Zielona Góra', 'Bielsko-Biała', 'Nowy Sącz', 'Olsztyn'],
    companys=['PKO Bank Polski', 'Tauron', 'mBank', 'PGNiG'],
    diseases=['choroba Leśniowskiego-Crohna', 'choroba Hashimoto'], curs=['PLN'],
    lab=dict(title_health='Karta przyjęcia pacjenta', title_finance='Dane klienta', title_climate='Zgłoszenie obserwatora',
             name=['Imię i nazwisko', 'Nazwisko i imię'], dob='Data urodzenia', addr=['Adres zamieszkania', 'Adres'],
             street='Ulica i numer domu', pctown='Kod pocztowy i miejscowość', phone='Telefon', mobile='Tel. kom.', email='E-mail',
             date='Data', diag='Rozpoznanie', mrn=['Nr historii choroby', 'Nr karty pacjenta'], hins='Nr karty EKUZ', nid='PESEL',
             iban='Nr rachunku', card='Nr karty', ref='Nr faktury', amt='Kwota', station='Stacja', tel='tel.', to='Adresat:',
             invto='Nabywca:', subject='Dotyczy', subj_health='wyników badań', subj_finance='faktury', subj_climate='danych pomiarowych',
             greet='Szanowni Państwo,', close='Z poważaniem'),
    body=dict(health='w nawiązaniu do wizyty z dnia {date#2} (ICD-10 {icd}) zalecono lek {drug} {dose} raz dziennie.',
              finance='prosimy o uregulowanie zaległej kwoty {amt#2} z faktury nr {refd#2} do dnia {date#2}.',
              climate='w załączeniu dane ze stacji {station} z dnia {date#2}: opad {rain}, temperatura maksymalna {temp}.'),
    tpl=[
        ('address_sentence', 'health', 'Pacjentka zam. {addr}, przyjęta {date} z rozpoznaniem {icd}.'),
        ('address_sentence', 'finance', 'Od dnia {date} proszę kierować korespondencję na nowy adres: {addr}. Rata {amt} pozostaje bez zmian.'),
        ('address_sentence', 'climate', 'Obserwator stacji {station} mieszka pod adresem {addrS}; w dniu {date} zanotował opad {rain}.'),
        ('phone_styles', 'health', 'W sprawie terminu prosimy dzwonić pod nr {land} lub {mobile}; wyniki ({icd}) pod numerem {phoneX}.'),
        ('phone_styles', 'finance', 'Infolinia: {phone}, z zagranicy: {phone#2}. Prosimy podać numer faktury {refd}.'),
        ('ids_cued', 'health', 'PESEL: {nid}, ur. {dob}, {L_mrn}: {mrn}. Przyjęcie {date}, rozpoznanie {icd}.'),
        ('ids_cued', 'finance', 'Do zwrotu kwoty {amt} (sprawa {ref}) potrzebny jest numer PESEL {nid} oraz numer karty EKUZ {hins}.'),
        ('ids_uncued', 'health', '{sname}, {dob}, {nid} – wizyta {date}, {icd}, kontrola za miesiąc.'),
        ('ids_uncued', 'finance', '{name}; {nid}; {addrS}; {amt}; {date}'),
        ('payment', 'finance', 'Prosimy o przelew kwoty {amt} na rachunek {iban} z tytułem {refd} do dnia {date}.'),
        ('payment', 'climate', 'Abonament na dane ze stacji {station} ({amt}) opłacono kartą {card} w dniu {date}; potwierdzenie wysłano na {email} z adresu IP {ip}.'),
    ])

L['cs'] = dict(
    names=[('Tereza', 'Dvořáková', 'f'), ('Jakub', 'Novotný', 'm'), ('Lucie', 'Procházková', 'f'), ('Martin', 'Kučera', 'm'),
           ('Veronika', 'Svobodová', 'f'), ('Ondřej', 'Veselý', 'm'), ('Kateřina', 'Horáková', 'f'), ('Petr', 'Marek', 'm'),
           ('Eva', 'Pokorná', 'f'), ('Tomáš', 'Beneš', 'm'), ('Hana', 'Fialová', 'f'), ('Jiří', 'Sedláček', 'm')],
    months=['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'],
    longdate=lambda d, m, y: '%d. %s %d' % (d, m, y),
    ext=[', linka E', ' (linka E)', ', kl. E'],
    stations=['Milešovka', 'Lysá hora', 'Praha-Klementinum', 'Churáňov', 'Sněžka', 'Kocelovice'],
    drugs=['Paralen', 'Anopyrin', 'Euthyrox', 'metformin', 'Ibalgin', 'Prestarium'],
    insts=['Fakultní nemocnice Motol', 'Všeobecná fakultní nemocnice', 'ČHMÚ', 'Nemocnice Na Homolce'],
    places=['Hradec Králové', 'Ústí nad Labem', 'Karlovy Vary', 'Zlín'],
    companys=['Česká spořitelna', 'ČEZ', 'Komerční banka', 'Baťa'],
    diseases=['Crohnova choroba', 'Parkinsonova choroba'], curs=['CZK'],
    lab=dict(title_health='Příjmový list pacienta', title_finance='Údaje o klientovi', title_climate='Přihláška dobrovolného pozorovatele',
             name=['Jméno a příjmení', 'Příjmení a jméno'], dob='Datum narození', addr=['Adresa', 'Trvalé bydliště', 'Bydliště'],
             street='Ulice a číslo popisné', pctown='PSČ a obec', phone='Telefon', mobile='Mobil', email='E-mail', date='Datum',
             diag='Diagnóza', mrn=['Číslo chorobopisu', 'ID pacienta'], hins='Číslo průkazu EHIC', nid='Rodné číslo', iban='IBAN',
             card='Číslo karty', ref='Číslo faktury', amt='Částka', station='Stanice', tel='tel.', to='Adresát:', invto='Odběratel:',
             subject='Věc', subj_health='lékařská zpráva', subj_finance='vyúčtování', subj_climate='měsíční data',
             greet='Vážení,', close='S pozdravem'),
    body=dict(health='na základě vyšetření dne {date#2} (MKN-10 {icd}) byla zahájena léčba přípravkem {drug} {dose}.',
              finance='žádáme o úhradu dlužné částky {amt#2} z faktury č. {refd#2} do {date#2}.',
              climate='v příloze zasíláme data ze stanice {station} ze dne {date#2}: srážky {rain}, maximum {temp}.'),
    tpl=[
        ('address_sentence', 'health', 'Pacientka, bytem {addr}, byla přijata {date} s diagnózou {icd}.'),
        ('address_sentence', 'finance', 'Od {date} prosím zasílejte korespondenci na novou adresu: {addr}. Splátka {amt} zůstává stejná.'),
        ('address_sentence', 'climate', 'Dobrovolný pozorovatel stanice {station} bydlí na adrese {addrS}; dne {date} naměřil {rain}.'),
        ('phone_styles', 'health', 'Objednání na tel. {land} nebo mobil {mobile}; výsledky ({icd}) sdělujeme na čísle {phoneX}.'),
        ('phone_styles', 'finance', 'Zákaznická linka: {phone}, ze zahraničí {phone#2}. Uveďte číslo faktury {refd}.'),
        ('ids_cued', 'health', 'RČ: {nid}, nar. {dob}, {L_mrn}: {mrn}. Přijetí {date}, dg. {icd}.'),
        ('ids_cued', 'finance', 'K vrácení částky {amt} (spis {ref}) potřebujeme vaše rodné číslo {nid} a číslo průkazu EHIC {hins}.'),
        ('ids_uncued', 'health', '{sname}, {dob}, {nid} – vyšetřen(a) {date}, {icd}, kontrola za měsíc.'),
        ('ids_uncued', 'finance', '{name}; {nid}; {addrS}; {amt}; {date}'),
        ('payment', 'finance', 'Částku {amt} uhraďte na účet {iban}, variabilní symbol {refd}, nejpozději do {date}.'),
        ('payment', 'climate', 'Předplatné dat ze stanice {station} ({amt}) bylo zaplaceno kartou {card} dne {date}; potvrzení odešlo na {email} z IP adresy {ip}.'),
    ])

L['sk'] = dict(
    names=[('Zuzana', 'Horváthová', 'f'), ('Peter', 'Kováč', 'm'), ('Martina', 'Baláková', 'f'), ('Juraj', 'Tóth', 'm'),
           ('Lenka', 'Vargová', 'f'), ('Michal', 'Šimko', 'm'), ('Simona', 'Hudáková', 'f'), ('Marek', 'Kollár', 'm'),
           ('Jana', 'Molnárová', 'f'), ('Ján', 'Lukáč', 'm'), ('Monika', 'Krajčírová', 'f'), ('Tomáš', 'Oravec', 'm')],
    months=['januára', 'februára', 'marca', 'apríla', 'mája', 'júna', 'júla', 'augusta', 'septembra', 'októbra', 'novembra', 'decembra'],
    longdate=lambda d, m, y: '%d. %s %d' % (d, m, y),
    ext=[', klapka E', ' (kl. E)', ', linka E'],
    stations=['Lomnický štít', 'Chopok', 'Skalnaté Pleso', 'Hurbanovo', 'Bratislava-Koliba', 'Štrbské Pleso'],
    drugs=['Paralen', 'Anopyrin', 'Letrox', 'metformín', 'Ibalgin'],
    insts=['Univerzitná nemocnica Bratislava', 'Národný ústav srdcových a cievnych chorôb', 'SHMÚ', 'Všeobecná zdravotná poisťovňa'],
    places=['Banská Štiavnica', 'Poprad', 'Martin', 'Trnava'],
    companys=['Slovenská sporiteľňa', 'Tatra banka', 'ZSE Energia', 'VÚB banka'],
    diseases=['Crohnova choroba', 'Parkinsonova choroba'], curs=['EUR'],
    lab=dict(title_health='Príjmový list pacienta', title_finance='Údaje klienta', title_climate='Prihláška dobrovoľného pozorovateľa',
             name=['Meno a priezvisko', 'Priezvisko, meno'], dob='Dátum narodenia', addr=['Adresa', 'Trvalý pobyt'],
             street='Ulica a číslo', pctown='PSČ a obec', phone='Telefón', mobile='Mobil', email='E-mail', date='Dátum',
             diag='Diagnóza', mrn=['Číslo chorobopisu', 'ID pacienta'], hins='Číslo karty EHIC', nid='Rodné číslo', iban='IBAN',
             card='Číslo karty', ref='Číslo faktúry', amt='Suma', station='Stanica', tel='tel.', to='Adresát:', invto='Odberateľ:',
             subject='Vec', subj_health='lekárska správa', subj_finance='vyúčtovanie', subj_climate='mesačné údaje',
             greet='Vážení,', close='S pozdravom'),
    body=dict(health='na základe vyšetrenia dňa {date#2} (MKCH-10 {icd}) bola začatá liečba liekom {drug} {dose}.',
              finance='žiadame o úhradu dlžnej sumy {amt#2} z faktúry č. {refd#2} do {date#2}.',
              climate='v prílohe posielame údaje zo stanice {station} zo dňa {date#2}: zrážky {rain}, maximum {temp}.'),
    tpl=[
        ('address_sentence', 'health', 'Pacientka, bytom {addr}, bola prijatá {date} s diagnózou {icd}.'),
        ('address_sentence', 'finance', 'Od {date} prosím posielajte korešpondenciu na novú adresu: {addr}. Splátka {amt} zostáva rovnaká.'),
        ('address_sentence', 'climate', 'Dobrovoľný pozorovateľ stanice {station} býva na adrese {addrS}; dňa {date} nameral {rain}.'),
        ('phone_styles', 'health', 'Objednať sa môžete na tel. {land} alebo na mobile {mobile}; výsledky ({icd}) na čísle {phoneX}.'),
        ('phone_styles', 'finance', 'Zákaznícka linka: {phone}, zo zahraničia {phone#2}. Uveďte číslo faktúry {refd}.'),
        ('ids_cued', 'health', 'RČ: {nid}, nar. {dob}, {L_mrn}: {mrn}. Prijatie {date}, dg. {icd}.'),
        ('ids_cued', 'finance', 'Na vrátenie sumy {amt} (spis {ref}) potrebujeme vaše rodné číslo {nid} a číslo karty EHIC {hins}.'),
        ('ids_uncued', 'health', '{sname}, {dob}, {nid} – vyšetrený(á) {date}, {icd}, kontrola o mesiac.'),
        ('ids_uncued', 'finance', '{name}; {nid}; {addrS}; {amt}; {date}'),
        ('payment', 'finance', 'Sumu {amt} uhraďte na účet {iban}, variabilný symbol {refd}, najneskôr do {date}.'),
        ('payment', 'climate', 'Predplatné údajov zo stanice {station} ({amt}) bolo zaplatené kartou {card} dňa {date}; potvrdenie odišlo na {email} z IP adresy {ip}.'),
    ])

L['hu'] = dict(
    names=[('Anna', 'Kovács', 'f'), ('Bence', 'Szabó', 'm'), ('Eszter', 'Nagy', 'f'), ('Gergely', 'Tóth', 'm'),
           ('Réka', 'Horváth', 'f'), ('Dániel', 'Varga', 'm'), ('Zsófia', 'Kiss', 'f'), ('Péter', 'Molnár', 'm'),
           ('Katalin', 'Farkas', 'f'), ('Ádám', 'Balogh', 'm'), ('Nóra', 'Papp', 'f'), ('László', 'Takács', 'm')],
    months=['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'],
    longdate=lambda d, m, y: '%d. %s %d.' % (y, m, d),
    ext=[', mellék: E', ' (mellék E)', ' / E mellék'],
    stations=['Kékestető', 'Szeged', 'Siófok', 'Piszkéstető', 'Budapest-Lőrinc', 'Sopron'],
    drugs=['Algopyrin', 'No-Spa', 'Euthyrox', 'metformin', 'Cataflam'],
    insts=['Semmelweis Egyetem', 'Debreceni Egyetem Klinikai Központ', 'HungaroMet', 'Szent János Kórház'],
    places=['Székesfehérvár', 'Nyíregyháza', 'Balatonfüred', 'Eger'],
    companys=['OTP Bank', 'Richter Gedeon', 'MVM Next', 'Magyar Telekom'],
    diseases=['Crohn-betegség', 'Parkinson-kór'], curs=['HUF'],
    lab=dict(title_health='Betegfelvételi lap', title_finance='Ügyféladatlap', title_climate='Önkéntes észlelő adatlapja',
             name='Név', dob='Születési idő', addr=['Lakcím', 'Cím', 'Állandó lakcím'], street='Utca, házszám', pctown='Irányítószám, település',
             phone='Telefon', mobile='Mobil', email='E-mail', date='Dátum', diag='Diagnózis (BNO)', mrn=['Kórlapszám', 'Betegazonosító'],
             hins='TAJ szám', nid='Adóazonosító jel', iban='IBAN', card='Kártyaszám', ref='Számlaszám', amt='Összeg', station='Állomás',
             tel='Tel.:', to='Címzett:', invto='Vevő:', subject='Tárgy', subj_health='ambuláns lap', subj_finance='számla',
             subj_climate='havi adatok', greet='Tisztelt Hölgyem/Uram!', close='Tisztelettel:'),
    body=dict(health='A {date#2} napon történt vizsgálat alapján (BNO {icd}) {drug} {dose} kezelést kezdtünk.',
              finance='Kérjük, a {refd#2} számú számla {amt#2} összegű tartozását {date#2} napjáig egyenlítse ki.',
              climate='Mellékelten küldjük a(z) {station} állomás {date#2} napi adatait: csapadék {rain}, maximum {temp}.'),
    tpl=[
        ('address_sentence', 'health', 'A beteg lakcíme: {addr}; felvétel {date}, diagnózis: {icd}.'),
        ('address_sentence', 'finance', '{date} naptól kérem a leveleket az új címemre küldeni: {addr}. A {amt} összegű törlesztőrészlet nem változik.'),
        ('address_sentence', 'climate', 'A(z) {station} állomás önkéntes észlelőjének címe: {addrS}. {date} napon {rain} csapadékot mért.'),
        ('phone_styles', 'health', 'Időpont-egyeztetés: {land} vagy {mobile}; leletek ({icd}) a {phoneX} számon.'),
        ('phone_styles', 'finance', 'Ügyfélszolgálat: {phone}, külföldről: {phone#2}. Kérjük, adja meg a {refd} számlaszámot.'),
        ('ids_cued', 'health', 'TAJ: {hins}, szül.: {dob}, {L_mrn}: {mrn}. Felvétel: {date}, BNO: {icd}.'),
        ('ids_cued', 'finance', 'A {amt} visszatérítéséhez ({ref} ügyszám) szükségünk van az adóazonosító jelére ({nid}) és a születési idejére.'),
        ('ids_uncued', 'health', '{sname}, {dob}, {hins} – vizsgálat {date}, {icd}, kontroll egy hónap múlva.'),
        ('ids_uncued', 'finance', '{name}; {nid}; {addrS}; {amt}; {date}'),
        ('payment', 'finance', 'Kérjük, a {amt} összeget utalja a {iban} számlára, közlemény: {refd}, legkésőbb {date} napig.'),
        ('payment', 'climate', 'A(z) {station} adatainak előfizetését ({amt}) {card} számú kártyával fizették {date} napon; a visszaigazolás a(z) {email} címre ment, IP-cím: {ip}.'),
    ])

L['ro'] = dict(
    names=[('Andreea', 'Popescu', 'f'), ('Mihai', 'Ionescu', 'm'), ('Ioana', 'Dumitrescu', 'f'), ('Alexandru', 'Stan', 'm'),
           ('Elena', 'Constantin', 'f'), ('Radu', 'Marinescu', 'm'), ('Cristina', 'Munteanu', 'f'), ('Vlad', 'Georgescu', 'm'),
           ('Raluca', 'Dobre', 'f'), ('Bogdan', 'Rusu', 'm'), ('Simona', 'Lungu', 'f'), ('Adrian', 'Barbu', 'm')],
    months=['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
    longdate=lambda d, m, y: '%d %s %d' % (d, m, y),
    ext=[', interior E', ' (int. E)'],
    stations=['Vârful Omu', 'Sinaia', 'București-Filaret', 'Sulina', 'Băișoara', 'Ceahlău-Toaca'],
    drugs=['Paracetamol', 'Nurofen', 'Euthyrox', 'metformină', 'Aspenter'],
    insts=['Spitalul Universitar de Urgență București', 'Institutul Oncologic „Prof. Dr. Ion Chiricuță”', 'ANM', 'CNAS'],
    places=['Cluj-Napoca', 'Târgu Mureș', 'Piatra Neamț', 'Alba Iulia'],
    companys=['Banca Transilvania', 'BRD', 'Enel Energie', 'Dacia'],
    diseases=['boala Crohn', 'boala Parkinson'], curs=['RON'],
    lab=dict(title_health='Fișă de internare', title_finance='Date client', title_climate='Fișă observator voluntar',
             name=['Nume și prenume', 'Nume, prenume'], dob='Data nașterii', addr=['Domiciliul', 'Adresa'], street='Strada și numărul',
             pctown='Cod poștal și localitate', phone='Telefon', mobile='Mobil', email='E-mail', date='Data', diag='Diagnostic',
             mrn=['Nr. foaie de observație', 'Cod pacient'], hins='Nr. card CEASS', nid='CNP', iban='IBAN', card='Nr. card',
             ref='Nr. factură', amt='Suma', station='Stația', tel='Tel.', to='Către:', invto='Cumpărător:', subject='Referitor la',
             subj_health='scrisoare medicală', subj_finance='factura dvs.', subj_climate='date lunare', greet='Stimate domn / Stimată doamnă,',
             close='Cu stimă,'),
    body=dict(health='în urma consultației din {date#2} (ICD-10 {icd}) s-a inițiat tratament cu {drug} {dose}.',
              finance='vă rugăm să achitați suma restantă de {amt#2} aferentă facturii nr. {refd#2} până la {date#2}.',
              climate='vă trimitem datele stației {station} din {date#2}: precipitații {rain}, maxima {temp}.'),
    tpl=[
        ('address_sentence', 'health', 'Pacienta, domiciliată în {addr}, a fost internată la {date} cu diagnosticul {icd}.'),
        ('address_sentence', 'finance', 'Începând cu {date} vă rog să trimiteți corespondența la noua adresă: {addr}. Rata de {amt} rămâne neschimbată.'),
        ('address_sentence', 'climate', 'Observatorul voluntar al stației {station} locuiește în {addrS}; la {date} a măsurat {rain}.'),
        ('phone_styles', 'health', 'Programări la {land} sau pe mobil la {mobile}; rezultatele ({icd}) se comunică la {phoneX}.'),
        ('phone_styles', 'finance', 'Relații clienți: {phone}; din străinătate: {phone#2}. Menționați factura {refd}.'),
        ('ids_cued', 'health', 'CNP: {nid}, data nașterii: {dob}, {L_mrn}: {mrn}. Internare {date}, diagnostic {icd}.'),
        ('ids_cued', 'finance', 'Pentru rambursarea sumei de {amt} (dosar {ref}) avem nevoie de CNP-ul dvs. ({nid}) și de numărul cardului CEASS {hins}.'),
        ('ids_uncued', 'health', '{sname}, {dob}, {nid} – consult {date}, {icd}, control peste o lună.'),
        ('ids_uncued', 'finance', '{name}; {nid}; {addrS}; {amt}; {date}'),
        ('payment', 'finance', 'Vă rugăm să virați {amt} în contul {iban}, cu mențiunea {refd}, până la {date}.'),
        ('payment', 'climate', 'Abonamentul la datele stației {station} ({amt}) a fost plătit cu cardul {card} la {date}; confirmarea a fost trimisă la {email} de pe IP-ul {ip}.'),
    ])

L['bg'] = dict(
    names=[('Мария', 'Иванова', 'f'), ('Георги', 'Петров', 'm'), ('Елена', 'Димитрова', 'f'), ('Николай', 'Стоянов', 'm'),
           ('Десислава', 'Колева', 'f'), ('Стефан', 'Георгиев', 'm'), ('Радостина', 'Тодорова', 'f'), ('Иван', 'Христов', 'm'),
           ('Виктория', 'Николова', 'f'), ('Димитър', 'Атанасов', 'm'), ('Цветелина', 'Маринова', 'f'), ('Калоян', 'Василев', 'm')],
    months=['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември'],
    longdate=lambda d, m, y: '%d %s %d г.' % (d, m, y),
    ext=[', вътр. E', ' (вътрешен E)'],
    stations=['Мусала', 'Ботев връх', 'Черни връх', 'Рожен', 'Варна', 'Кърджали'],
    drugs=['Аналгин', 'Аспирин', 'Л-Тироксин', 'метформин', 'Нурофен'],
    insts=['УМБАЛ „Александровска“', 'УМБАЛ „Св. Георги“', 'НИМХ', 'НЗОК'],
    places=['Велико Търново', 'Стара Загора', 'Благоевград', 'Шумен'],
    companys=['Банка ДСК', 'УниКредит Булбанк', 'ЧЕЗ Електро', 'Софарма'],
    diseases=['болест на Крон', 'болест на Алцхаймер'], curs=['BGN', 'лв.'],
    lab=dict(title_health='Лист за прием', title_finance='Данни за клиента', title_climate='Карта на доброволен наблюдател',
             name='Име, презиме, фамилия', dob='Дата на раждане', addr=['Адрес', 'Постоянен адрес'], street='Улица и номер',
             pctown='Пощенски код и населено място', phone='Телефон', mobile='Мобилен', email='Имейл', date='Дата', diag='Диагноза',
             mrn=['ИЗ №', 'История на заболяването №'], hins='№ на ЕЗОК', nid='ЕГН', iban='IBAN', card='Номер на карта',
             ref='Фактура №', amt='Сума', station='Станция', tel='Тел.', to='До:', invto='Получател:', subject='Относно',
             subj_health='епикриза', subj_finance='ваша фактура', subj_climate='месечни данни', greet='Уважаеми дами и господа,',
             close='С уважение,'),
    body=dict(health='след прегледа на {date#2} (МКБ-10 {icd}) е назначено лечение с {drug} {dose}.',
              finance='моля, заплатете дължимата сума от {amt#2} по фактура № {refd#2} до {date#2}.',
              climate='изпращаме данните от станция {station} за {date#2}: валежи {rain}, максимална температура {temp}.'),
    tpl=[
        ('address_sentence', 'health', 'Пациентката, с постоянен адрес {addr}, е приета на {date} с диагноза {icd}.'),
        ('address_sentence', 'finance', 'От {date} моля изпращайте кореспонденцията на новия ми адрес: {addr}. Вноската от {amt} остава същата.'),
        ('address_sentence', 'climate', 'Доброволният наблюдател на станция {station} живее на адрес {addrS}; на {date} е измерил {rain}.'),
        ('phone_styles', 'health', 'Записване на час: {land} или мобилен {mobile}; резултати ({icd}) на {phoneX}.'),
        ('phone_styles', 'finance', 'Клиентска линия: {phone}, от чужбина: {phone#2}. Посочете фактура № {refd}.'),
        ('ids_cued', 'health', 'ЕГН: {nid}, роден(а) на {dob}, {L_mrn} {mrn}. Приемане {date}, диагноза {icd}.'),
        ('ids_cued', 'finance', 'За възстановяване на {amt} (преписка {ref}) е необходимо ЕГН {nid} и № на ЕЗОК {hins}.'),
        ('ids_uncued', 'health', '{sname}, {dob}, {nid} – преглед {date}, {icd}, контрол след месец.'),
        ('ids_uncued', 'finance', '{name}; {nid}; {addrS}; {amt}; {date}'),
        ('payment', 'finance', 'Моля, преведете {amt} по сметка {iban}, основание {refd}, до {date}.'),
        ('payment', 'climate', 'Абонаментът за данните от станция {station} ({amt}) е платен с карта {card} на {date}; потвърждението е изпратено на {email} от IP адрес {ip}.'),
    ])

L['el'] = dict(
    names=[('Μαρία', 'Παπαδοπούλου', 'f'), ('Γιώργος', 'Νικολάου', 'm'), ('Ελένη', 'Κωνσταντίνου', 'f'), ('Δημήτρης', 'Γεωργίου', 'm'),
           ('Κατερίνα', 'Οικονόμου', 'f'), ('Νίκος', 'Αλεξίου', 'm'), ('Σοφία', 'Μακρή', 'f'), ('Κώστας', 'Βασιλείου', 'm'),
           ('Αναστασία', 'Δημητρίου', 'f'), ('Παναγιώτης', 'Ιωάννου', 'm'), ('Ειρήνη', 'Σταθοπούλου', 'f'), ('Χρήστος', 'Λαμπράκης', 'm')],
    months=['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'],
    longdate=lambda d, m, y: '%d %s %d' % (d, m, y),
    ext=[', εσωτ. E', ' (εσωτερικό E)'],
    stations=['Θησείο', 'Ελληνικό', 'Όλυμπος', 'Τατόι', 'Σούδα', 'Αλεξανδρούπολη'],
    drugs=['Depon', 'Panadol', 'Salospir', 'μετφορμίνη', 'Euthyrox'],
    insts=['Γενικό Νοσοκομείο «Ευαγγελισμός»', 'ΑΧΕΠΑ', 'ΕΜΥ', 'ΕΟΠΥΥ'],
    places=['Άγιος Νικόλαος', 'Καλαμάτα', 'Λάρισα', 'Χανιά'],
    companys=['Εθνική Τράπεζα', 'ΔΕΗ', 'Τράπεζα Πειραιώς', 'ΟΤΕ'],
    diseases=['νόσος Crohn', 'νόσος του Πάρκινσον'], curs=['EUR'],
    lab=dict(title_health='Δελτίο εισαγωγής ασθενούς', title_finance='Στοιχεία πελάτη', title_climate='Δελτίο εθελοντή παρατηρητή',
             name=['Ονοματεπώνυμο', 'Όνομα'], dob='Ημερομηνία γέννησης', addr=['Διεύθυνση', 'Διεύθυνση κατοικίας'], street='Οδός και αριθμός',
             pctown='ΤΚ και πόλη', phone='Τηλέφωνο', mobile='Κινητό', email='Email', date='Ημερομηνία', diag='Διάγνωση',
             mrn=['Αρ. φακέλου', 'Αρ. μητρώου ασθενούς'], hins='Αρ. ΕΚΑΑ', nid='ΑΜΚΑ', iban='IBAN', card='Αριθμός κάρτας',
             ref='Αρ. τιμολογίου', amt='Ποσό', station='Σταθμός', tel='Τηλ.', to='Προς:', invto='Χρέωση σε:', subject='Θέμα',
             subj_health='Ιατρική γνωμάτευση', subj_finance='Τιμολόγιο', subj_climate='Μηνιαία δεδομένα',
             greet='Αξιότιμοι κύριοι,', close='Με εκτίμηση,'),
    body=dict(health='μετά την εξέταση της {date#2} (ICD-10 {icd}) ξεκίνησε αγωγή με {drug} {dose}.',
              finance='παρακαλούμε να εξοφλήσετε το οφειλόμενο ποσό των {amt#2} του τιμολογίου {refd#2} έως τις {date#2}.',
              climate='σας αποστέλλουμε τα δεδομένα του σταθμού {station} της {date#2}: υετός {rain}, μέγιστη {temp}.'),
    tpl=[
        ('address_sentence', 'health', 'Η ασθενής, κάτοικος {addr}, εισήχθη στις {date} με διάγνωση {icd}.'),
        ('address_sentence', 'finance', 'Από τις {date} παρακαλώ να στέλνετε την αλληλογραφία στη νέα μου διεύθυνση: {addr}. Η δόση των {amt} παραμένει ίδια.'),
        ('address_sentence', 'climate', 'Ο εθελοντής παρατηρητής του σταθμού {station} μένει στη διεύθυνση {addrS}· στις {date} κατέγραψε {rain}.'),
        ('phone_styles', 'health', 'Για ραντεβού καλέστε στο {land} ή στο κινητό {mobile}· αποτελέσματα ({icd}) στο {phoneX}.'),
        ('phone_styles', 'finance', 'Εξυπηρέτηση πελατών: {phone}, από το εξωτερικό: {phone#2}. Αναφέρετε το τιμολόγιο {refd}.'),
        ('ids_cued', 'health', 'ΑΜΚΑ: {nid}, ημ. γέννησης: {dob}, {L_mrn}: {mrn}. Εισαγωγή {date}, διάγνωση {icd}.'),
        ('ids_cued', 'finance', 'Για την επιστροφή των {amt} (υπόθεση {ref}) χρειαζόμαστε τον ΑΜΚΑ σας {nid} και τον αριθμό ΕΚΑΑ {hins}.'),
        ('ids_uncued', 'health', '{sname}, {dob}, {nid} – εξέταση {date}, {icd}, επανέλεγχος σε ένα μήνα.'),
        ('ids_uncued', 'finance', '{name}; {nid}; {addrS}; {amt}; {date}'),
        ('payment', 'finance', 'Παρακαλούμε καταθέστε {amt} στον λογαριασμό {iban}, αιτιολογία {refd}, έως τις {date}.'),
        ('payment', 'climate', 'Η συνδρομή στα δεδομένα του σταθμού {station} ({amt}) πληρώθηκε με την κάρτα {card} στις {date}· η επιβεβαίωση στάλθηκε στο {email} από την IP {ip}.'),
    ])

L['hr'] = dict(
    names=[('Ivana', 'Horvat', 'f'), ('Luka', 'Kovačević', 'm'), ('Petra', 'Babić', 'f'), ('Marko', 'Marić', 'm'),
           ('Ana', 'Jurić', 'f'), ('Ivan', 'Novak', 'm'), ('Maja', 'Knežević', 'f'), ('Tomislav', 'Vuković', 'm'),
           ('Lucija', 'Pavlović', 'f'), ('Josip', 'Božić', 'm'), ('Martina', 'Grgić', 'f'), ('Filip', 'Šarić', 'm')],
    months=['siječnja', 'veljače', 'ožujka', 'travnja', 'svibnja', 'lipnja', 'srpnja', 'kolovoza', 'rujna', 'listopada', 'studenoga', 'prosinca'],
    longdate=lambda d, m, y: '%d. %s %d.' % (d, m, y),
    ext=[', lokal E', ' (kućni E)', ', int. E'],
    stations=['Zavižan', 'Puntijarka', 'Zagreb-Grič', 'Sljeme', 'Split-Marjan', 'Gospić'],
    drugs=['Lupocet', 'Andol', 'Euthyrox', 'metformin', 'Neofen'],
    insts=['KBC Zagreb', 'KB Dubrava', 'DHMZ', 'HZZO', 'Institut Ruđer Bošković'],
    places=['Slavonski Brod', 'Velika Gorica', 'Karlovac', 'Šibenik'],
    companys=['Zagrebačka banka', 'HEP', 'Podravka', 'Privredna banka Zagreb'],
    diseases=['Crohnova bolest', 'Parkinsonova bolest'], curs=['EUR'],
    lab=dict(title_health='Prijemni list', title_finance='Podaci o klijentu', title_climate='Prijava motritelja dobrovoljca',
             name=['Ime i prezime', 'Prezime i ime'], dob='Datum rođenja', addr=['Adresa', 'Adresa stanovanja', 'Prebivalište'],
             street='Ulica i kućni broj', pctown='Poštanski broj i mjesto', phone='Telefon', mobile='Mobitel', email='E-pošta',
             date='Datum', diag='Dijagnoza', mrn=['Broj povijesti bolesti', 'Matični broj pacijenta'], hins='Broj police dopunskog osiguranja',
             nid='OIB', iban='IBAN', card='Broj kartice', ref='Broj računa', amt='Iznos', station='Postaja', tel='Tel.', to='Primatelj:',
             invto='Kupac:', subject='Predmet', subj_health='nalaz i mišljenje', subj_finance='vaš račun', subj_climate='mjesečni podaci',
             greet='Poštovani,', close='S poštovanjem,'),
    body=dict(health='nakon pregleda {date#2} (MKB-10 {icd}) započeta je terapija lijekom {drug} {dose}.',
              finance='molimo da podmirite dugovanje od {amt#2} po računu br. {refd#2} do {date#2}.',
              climate='u prilogu su podaci s postaje {station} od {date#2}: oborina {rain}, maksimalna temperatura {temp}.'),
    tpl=[
        ('address_sentence', 'health', 'Pacijentica s prebivalištem na adresi {addr} primljena je {date} s dijagnozom {icd}.'),
        ('address_sentence', 'finance', 'Od {date} molim da poštu šaljete na novu adresu: {addr}. Rata od {amt} ostaje ista.'),
        ('address_sentence', 'climate', 'Motritelj postaje {station} stanuje na adresi {addrS}; {date} izmjerio je {rain}.'),
        ('phone_styles', 'health', 'Naručivanje na {land} ili mobitel {mobile}; nalazi ({icd}) na broj {phoneX}.'),
        ('phone_styles', 'finance', 'Služba za korisnike: {phone}, iz inozemstva: {phone#2}. Navedite broj računa {refd}.'),
        ('ids_cued', 'health', 'OIB: {nid}, datum rođenja: {dob}, {L_mrn}: {mrn}. Prijem {date}, dijagnoza {icd}.'),
        ('ids_cued', 'finance', 'Za povrat iznosa {amt} (predmet {ref}) trebamo vaš OIB {nid} i broj police dopunskog osiguranja {hins}.'),
        ('ids_uncued', 'health', '{sname}, {dob}, {nid} – pregled {date}, {icd}, kontrola za mjesec dana.'),
        ('ids_uncued', 'finance', '{name}; {nid}; {addrS}; {amt}; {date}'),
        ('payment', 'finance', 'Molimo uplatite {amt} na račun {iban}, poziv na broj {refd}, najkasnije do {date}.'),
        ('payment', 'climate', 'Pretplata na podatke postaje {station} ({amt}) plaćena je karticom {card} dana {date}; potvrda je poslana na {email} s IP adrese {ip}.'),
    ])

L['sl'] = dict(
    names=[('Nina', 'Kranjc', 'f'), ('Luka', 'Zupančič', 'm'), ('Maja', 'Horvat', 'f'), ('Jure', 'Potočnik', 'm'),
           ('Eva', 'Kovačič', 'f'), ('Matej', 'Mlakar', 'm'), ('Tjaša', 'Vidmar', 'f'), ('Rok', 'Golob', 'm'),
           ('Špela', 'Kos', 'f'), ('Blaž', 'Turk', 'm'), ('Urška', 'Zorko', 'f'), ('Gregor', 'Hribar', 'm')],
    months=['januarja', 'februarja', 'marca', 'aprila', 'maja', 'junija', 'julija', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra'],
    longdate=lambda d, m, y: '%d. %s %d' % (d, m, y),
    ext=[', int. E', ' (interna E)'],
    stations=['Kredarica', 'Rateče', 'Ljubljana-Bežigrad', 'Portorož', 'Nova vas na Blokah', 'Lisca'],
    drugs=['Lekadol', 'Aspirin', 'Euthyrox', 'metformin', 'Nalgesin'],
    insts=['UKC Ljubljana', 'UKC Maribor', 'ARSO', 'ZZZS', 'Institut »Jožef Stefan«'],
    places=['Škofja Loka', 'Novo mesto', 'Ptuj', 'Velenje'],
    companys=['NLB', 'Krka', 'Petrol', 'Nova KBM'],
    diseases=['Crohnova bolezen', 'Parkinsonova bolezen'], curs=['EUR'],
    lab=dict(title_health='Sprejemni list', title_finance='Podatki o stranki', title_climate='Prijava prostovoljnega opazovalca',
             name=['Ime in priimek', 'Priimek in ime'], dob='Datum rojstva', addr=['Naslov', 'Stalno prebivališče'], street='Ulica in hišna številka',
             pctown='Poštna številka in kraj', phone='Telefon', mobile='GSM', email='E-pošta', date='Datum', diag='Diagnoza',
             mrn=['Št. popisa bolezni', 'ID pacienta'], hins='Št. zavarovane osebe (ZZZS)', nid='EMŠO', iban='IBAN', card='Številka kartice',
             ref='Št. računa', amt='Znesek', station='Postaja', tel='Tel.', to='Prejemnik:', invto='Kupec:', subject='Zadeva',
             subj_health='izvid', subj_finance='vaš račun', subj_climate='mesečni podatki', greet='Spoštovani,', close='Lep pozdrav,'),
    body=dict(health='po pregledu {date#2} (MKB-10 {icd}) je bilo uvedeno zdravljenje z zdravilom {drug} {dose}.',
              finance='prosimo, da poravnate zapadli znesek {amt#2} po računu št. {refd#2} do {date#2}.',
              climate='v prilogi so podatki s postaje {station} z dne {date#2}: padavine {rain}, najvišja temperatura {temp}.'),
    tpl=[
        ('address_sentence', 'health', 'Pacientka s stalnim prebivališčem {addr} je bila sprejeta {date} z diagnozo {icd}.'),
        ('address_sentence', 'finance', 'Od {date} prosim pošiljajte pošto na novi naslov: {addr}. Obrok v višini {amt} ostaja enak.'),
        ('address_sentence', 'climate', 'Prostovoljni opazovalec postaje {station} živi na naslovu {addrS}; {date} je izmeril {rain}.'),
        ('phone_styles', 'health', 'Naročanje na {land} ali GSM {mobile}; izvidi ({icd}) na številki {phoneX}.'),
        ('phone_styles', 'finance', 'Klicni center: {phone}, iz tujine: {phone#2}. Navedite številko računa {refd}.'),
        ('ids_cued', 'health', 'EMŠO: {nid}, rojen(a) {dob}, {L_mrn}: {mrn}. Sprejem {date}, diagnoza {icd}.'),
        ('ids_cued', 'finance', 'Za vračilo zneska {amt} (zadeva {ref}) potrebujemo vašo EMŠO {nid} in številko zavarovane osebe {hins}.'),
        ('ids_uncued', 'health', '{sname}, {dob}, {nid} – pregled {date}, {icd}, kontrola čez en mesec.'),
        ('ids_uncued', 'finance', '{name}; {nid}; {addrS}; {amt}; {date}'),
        ('payment', 'finance', 'Prosimo, nakažite {amt} na račun {iban}, sklic {refd}, najpozneje do {date}.'),
        ('payment', 'climate', 'Naročnina na podatke postaje {station} ({amt}) je bila plačana s kartico {card} dne {date}; potrdilo je bilo poslano na {email} z IP naslova {ip}.'),
    ])

L['da'] = dict(
    names=[('Mette', 'Nielsen', 'f'), ('Rasmus', 'Jensen', 'm'), ('Camilla', 'Sørensen', 'f'), ('Mads', 'Christensen', 'm'),
           ('Sofie', 'Rasmussen', 'f'), ('Anders', 'Poulsen', 'm'), ('Ida', 'Kristiansen', 'f'), ('Jonas', 'Møller', 'm'),
           ('Louise', 'Thomsen', 'f'), ('Frederik', 'Lund', 'm'), ('Signe', 'Holm', 'f'), ('Kasper', 'Bech', 'm')],
    months=['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
    longdate=lambda d, m, y: '%d. %s %d' % (d, m, y),
    ext=[', lokal E', ' (lokal E)'],
    stations=['Landbohøjskolen', 'Tirstrup', 'Hammer Odde Fyr', 'Skagen Fyr', 'Ødum', 'Kastrup'],
    drugs=['Panodil', 'Pamol', 'Eltroxin', 'metformin', 'Ipren'],
    insts=['Rigshospitalet', 'Aarhus Universitetshospital', 'DMI', 'Odense Universitetshospital'],
    places=['Frederikshavn', 'Helsingør', 'Silkeborg', 'Vejle'],
    companys=['Danske Bank', 'Nykredit', 'Ørsted', 'Lundbeck'],
    diseases=['Crohns sygdom', 'Parkinsons sygdom'], curs=['DKK'],
    lab=dict(title_health='Indlæggelsesskema', title_finance='Kundeoplysninger', title_climate='Tilmelding af frivillig observatør',
             name='Navn', dob='Fødselsdato', addr=['Adresse', 'Bopæl'], street='Vejnavn og husnummer', pctown='Postnr. og by',
             phone='Telefon', mobile='Mobil', email='E-mail', date='Dato', diag='Diagnose', mrn=['Journalnr.', 'Patient-ID'],
             hins='EU-sygesikringskort nr.', nid='CPR-nr.', iban='IBAN', card='Kortnummer', ref='Fakturanr.', amt='Beløb',
             station='Station', tel='Tlf.', to='Til:', invto='Faktureres til:', subject='Vedr.', subj_health='epikrise',
             subj_finance='din faktura', subj_climate='månedsdata', greet='Kære modtager', close='Med venlig hilsen'),
    body=dict(health='Efter konsultationen den {date#2} (ICD-10 {icd}) er der startet behandling med {drug} {dose}.',
              finance='Vi beder dig betale restbeløbet på {amt#2} for faktura nr. {refd#2} senest den {date#2}.',
              climate='Hermed målingerne fra station {station} den {date#2}: nedbør {rain}, maksimum {temp}.'),
    co=True,
    tpl=[
        ('address_sentence', 'health', 'Patienten bor på {addr} og blev indlagt den {date} med diagnosen {icd}.'),
        ('address_sentence', 'finance', 'Fra den {date} bedes post sendt til min nye adresse: {addr}. Ydelsen på {amt} er uændret.'),
        ('address_sentence', 'climate', 'Den frivillige observatør ved {station} bor på {addrS} og målte {rain} den {date}.'),
        ('phone_styles', 'health', 'Ring til ambulatoriet på {land} eller mobil {mobile}; svar på prøver ({icd}) på {phoneX}.'),
        ('phone_styles', 'finance', 'Kundeservice: {phone}, fra udlandet: {phone#2}. Oplys fakturanr. {refd}.'),
        ('ids_cued', 'health', 'CPR-nr.: {nid}, født {dob}, {L_mrn}: {mrn}. Indlagt {date}, diagnose {icd}.'),
        ('ids_cued', 'finance', 'For at udbetale {amt} (sag {ref}) skal vi bruge dit CPR-nummer {nid} og nummeret på dit blå EU-sygesikringskort {hins}.'),
        ('ids_uncued', 'health', '{sname}, {dob}, {nid} – set {date}, {icd}, kontrol om en måned.'),
        ('ids_uncued', 'finance', '{name}; {nid}; {addrS}; {amt}; {date}'),
        ('payment', 'finance', 'Indbetal venligst {amt} til {iban} med reference {refd} senest den {date}.'),
        ('payment', 'climate', 'Abonnementet på data fra {station} ({amt}) blev betalt med kort {card} den {date}; kvittering sendt til {email} fra IP-adressen {ip}.'),
    ])

L['sv'] = dict(
    names=[('Emma', 'Lindqvist', 'f'), ('Erik', 'Johansson', 'm'), ('Sara', 'Bergström', 'f'), ('Oskar', 'Nilsson', 'm'),
           ('Maja', 'Eriksson', 'f'), ('Johan', 'Sandberg', 'm'), ('Elin', 'Forsberg', 'f'), ('Anders', 'Holmgren', 'm'),
           ('Linnea', 'Åberg', 'f'), ('Gustav', 'Lundgren', 'm'), ('Karin', 'Wikström', 'f'), ('Viktor', 'Dahl', 'm')],
    months=['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    longdate=lambda d, m, y: '%d %s %d' % (d, m, y),
    ext=[', anknytning E', ' (ankn. E)'],
    stations=['Abisko', 'Tarfala', 'Stockholm-Observatoriekullen', 'Falsterbo', 'Katterjåkk', 'Visby flygplats'],
    drugs=['Alvedon', 'Ipren', 'Levaxin', 'metformin', 'Trombyl'],
    insts=['Karolinska universitetssjukhuset', 'Sahlgrenska universitetssjukhuset', 'SMHI', 'Försäkringskassan'],
    places=['Västerås', 'Jönköping', 'Östersund', 'Kiruna'],
    companys=['Swedbank', 'Handelsbanken', 'Vattenfall', 'Ericsson'],
    diseases=['Crohns sjukdom', 'Parkinsons sjukdom'], curs=['SEK'],
    lab=dict(title_health='Inskrivningsblankett', title_finance='Kunduppgifter', title_climate='Anmälan frivillig observatör',
             name='Namn', dob='Födelsedatum', addr=['Adress', 'Folkbokföringsadress'], street='Gatuadress', pctown='Postnummer och ort',
             phone='Telefon', mobile='Mobil', email='E-post', date='Datum', diag='Diagnos', mrn=['Journalnummer', 'Patient-ID'],
             hins='Nr på EU-kort', nid='Personnummer', iban='IBAN', card='Kortnummer', ref='Fakturanummer', amt='Belopp',
             station='Station', tel='Tel.', to='Till:', invto='Fakturamottagare:', subject='Ärende', subj_health='epikris',
             subj_finance='din faktura', subj_climate='månadsdata', greet='Hej,', close='Med vänliga hälsningar'),
    body=dict(health='efter besöket den {date#2} (ICD-10 {icd}) har behandling med {drug} {dose} påbörjats.',
              finance='vänligen betala det kvarstående beloppet {amt#2} för faktura {refd#2} senast {date#2}.',
              climate='här kommer mätvärdena från station {station} den {date#2}: nederbörd {rain}, max {temp}.'),
    co=True,
    tpl=[
        ('address_sentence', 'health', 'Patienten är folkbokförd på {addr} och skrevs in den {date} med diagnos {icd}.'),
        ('address_sentence', 'finance', 'Från och med {date} ska posten skickas till min nya adress: {addr}. Avgiften på {amt} är oförändrad.'),
        ('address_sentence', 'climate', 'Den frivilliga observatören vid {station} bor på {addrS} och mätte {rain} den {date}.'),
        ('phone_styles', 'health', 'Boka om tiden på {land} eller mobil {mobile}; provsvar ({icd}) på {phoneX}.'),
        ('phone_styles', 'finance', 'Kundtjänst: {phone}, från utlandet: {phone#2}. Ange fakturanummer {refd}.'),
        ('ids_cued', 'health', 'Personnummer: {nid}, född {dob}, {L_mrn}: {mrn}. Inskriven {date}, diagnos {icd}.'),
        ('ids_cued', 'finance', 'För utbetalning av {amt} (ärende {ref}) behöver vi ditt personnummer {nid} och numret på ditt EU-kort {hins}.'),
        ('ids_uncued', 'health', '{sname}, {nid} – besök {date}, {icd}, återbesök om en månad.'),
        ('ids_uncued', 'finance', '{name}; {nid}; {addrS}; {amt}; {date}'),
        ('payment', 'finance', 'Betala {amt} till {iban} med referens {refd} senast {date}.'),
        ('payment', 'climate', 'Abonnemanget på data från {station} ({amt}) betalades med kort {card} den {date}; kvitto skickat till {email} från IP-adress {ip}.'),
    ])

L['fi'] = dict(
    names=[('Aino', 'Virtanen', 'f'), ('Mikko', 'Korhonen', 'm'), ('Laura', 'Mäkinen', 'f'), ('Juha', 'Nieminen', 'm'),
           ('Emilia', 'Heikkinen', 'f'), ('Antti', 'Koskinen', 'm'), ('Sanna', 'Järvinen', 'f'), ('Ville', 'Lehtonen', 'm'),
           ('Henna', 'Salminen', 'f'), ('Tuomas', 'Hämäläinen', 'm'), ('Riikka', 'Laine', 'f'), ('Janne', 'Rantanen', 'm')],
    months=['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
    longdate=lambda d, m, y: '%d. %s %d' % (d, m, y),
    ext=[', alanumero E', ' (sisänumero E)'],
    stations=['Sodankylä', 'Kaisaniemi', 'Utsjoki Kevo', 'Jokioinen', 'Pallastunturi', 'Utö'],
    drugs=['Panadol', 'Burana', 'Thyroxin', 'metformiini', 'Primaspan'],
    insts=['HUS', 'Tampereen yliopistollinen sairaala', 'Ilmatieteen laitos', 'Kela'],
    places=['Hämeenlinna', 'Lappeenranta', 'Seinäjoki', 'Porvoo'],
    companys=['Nordea', 'OP', 'Fazer', 'Helen'],
    diseases=['Crohnin tauti', 'Parkinsonin tauti'], curs=['EUR'],
    lab=dict(title_health='Tulotiedot', title_finance='Asiakastiedot', title_climate='Vapaaehtoisen havainnoitsijan ilmoittautuminen',
             name='Nimi', dob='Syntymäaika', addr=['Osoite', 'Kotiosoite'], street='Katuosoite', pctown='Postinumero ja -toimipaikka',
             phone='Puhelin', mobile='Matkapuhelin', email='Sähköposti', date='Päivämäärä', diag='Diagnoosi', mrn=['Potilasnumero', 'Sairauskertomusnro'],
             hins='EU-sairaanhoitokortin numero', nid='Henkilötunnus', iban='IBAN', card='Kortin numero', ref='Laskun numero', amt='Summa',
             station='Asema', tel='Puh.', to='Vastaanottaja:', invto='Laskutusosoite:', subject='Asia', subj_health='epikriisi',
             subj_finance='laskusi', subj_climate='kuukausitiedot', greet='Hyvä vastaanottaja,', close='Ystävällisin terveisin'),
    body=dict(health='vastaanottokäynnin {date#2} jälkeen (ICD-10 {icd}) aloitettiin {drug} {dose}.',
              finance='pyydämme maksamaan laskun {refd#2} avoimen summan {amt#2} viimeistään {date#2}.',
              climate='liitteenä aseman {station} havainnot {date#2}: sademäärä {rain}, ylin lämpötila {temp}.'),
    co=True,
    tpl=[
        ('address_sentence', 'health', 'Potilaan osoite on {addr}; hänet otettiin osastolle {date}, diagnoosi {icd}.'),
        ('address_sentence', 'finance', 'Pyydän lähettämään postin {date} alkaen uuteen osoitteeseeni: {addr}. Kuukausierä {amt} pysyy samana.'),
        ('address_sentence', 'climate', 'Aseman {station} vapaaehtoinen havainnoitsija asuu osoitteessa {addrS}; hän mittasi {date} sadetta {rain}.'),
        ('phone_styles', 'health', 'Ajanvaraus numerosta {land} tai matkapuhelimella {mobile}; tulokset ({icd}) numerosta {phoneX}.'),
        ('phone_styles', 'finance', 'Asiakaspalvelu: {phone}, ulkomailta: {phone#2}. Mainitse laskun numero {refd}.'),
        ('ids_cued', 'health', 'Hetu: {nid}, syntynyt {dob}, {L_mrn}: {mrn}. Tulopäivä {date}, diagnoosi {icd}.'),
        ('ids_cued', 'finance', 'Palautuksen {amt} (asia {ref}) maksamiseksi tarvitsemme henkilötunnuksesi {nid} ja EU-sairaanhoitokorttisi numeron {hins}.'),
        ('ids_uncued', 'health', '{sname}, {nid} – käynti {date}, {icd}, kontrolli kuukauden kuluttua.'),
        ('ids_uncued', 'finance', '{name}; {nid}; {addrS}; {amt}; {date}'),
        ('payment', 'finance', 'Maksa {amt} tilille {iban} viitteellä {refd} viimeistään {date}.'),
        ('payment', 'climate', 'Aseman {station} datatilaus ({amt}) maksettiin kortilla {card} {date}; kuittaus lähetettiin osoitteeseen {email} IP-osoitteesta {ip}.'),
    ])


if __name__ == '__main__':
    main()
