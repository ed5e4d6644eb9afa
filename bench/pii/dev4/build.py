#!/usr/bin/env python3
"""Deterministic generator for the dev4 STREET_ADDRESS evaluation set.

Writes dev4.jsonl and README.md next to this file and prints a summary.
Offsets are recorded while the text is assembled (never searched afterwards)
and verified at the end.  Run twice -> byte-identical output.
"""
import json
import os
import random
import re
import sys
import unicodedata
import datetime
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from addresses import PROFILES, COUNTRY_EN  # noqa: E402
import langs_a  # noqa: E402
import langs_b  # noqa: E402

LANGS = OrderedDict()
for code in "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split():
    LANGS[code] = langs_a.L.get(code) or langs_b.L[code]

LABEL_KEYS = ("sender recipient subject dear regards invoice invoice_no bill_to ship_to total patient dob address "
              "ward diagnosis discharge meeting when where phone email street no unit postcode town name date item "
              "qty claim loss_place loss_date policy amount form tenant landlord contract rent object medication").split()

FRAMES = [("running_text", 9), ("no_street_word", 5), ("multiline_letters", 6), ("forms_tables", 4),
          ("foreign_address", 3), ("hard_negatives", 3)]

ICD = ["J18.9", "I10", "E11.9", "K35.8", "S72.00", "M54.5", "F32.1", "N39.0", "I21.4", "J44.1", "I48.9"]
PROD = ["ART-10293", "SKU 4471-B", "MX-4400", "TX-220/5", "KL-77812", "REF 30-118-04", "PN 5520-A"]

TRANSLIT = {
    'bg': dict(zip("абвгдежзийклмнопрстуфхцчшщъьюя", ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l",
                                                      "m", "n", "o", "p", "r", "s", "t", "u", "f", "h", "ts", "ch",
                                                      "sh", "sht", "a", "", "yu", "ya"])),
    'el': dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ", ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l",
                                                             "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f",
                                                             "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i",
                                                             "y", "i", "y"])),
}


def ascii_slug(s, lang):
    s = s.lower()
    tr = TRANSLIT.get(LANGS[lang].get('translit', ''), None)
    if tr:
        s = ''.join(tr.get(ch, ch) for ch in s)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace('ł', 'l').replace('ß', 'ss').replace('ø', 'o').replace('æ', 'ae').replace('đ', 'd').replace('ħ', 'h')
    return re.sub(r'[^a-z0-9]', '', s)


def digits(r, pattern):
    return ''.join(str(r.randint(0, 9)) if ch == '#' else ch for ch in pattern)


def fmt_num(v, th, dec, decimals=2):
    if decimals:
        whole, frac = f"{v:.{decimals}f}".split('.')
    else:
        whole, frac = str(int(round(v))), ''
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    s = th.join(groups) if th else ''.join(groups)
    return s + (dec + frac if decimals else '')


class Doc:
    def __init__(self):
        self.buf = []
        self.n = 0
        self.spans = []
        self.keep = []
        self.expect = []
        self.naddr = 0

    def t(self, s):
        if s.startswith('.') and self.buf and self.buf[-1].endswith('.'):
            s = s[1:]  # "Dóm tér 80." + "." -> one full stop
        self.buf.append(s)
        self.n += len(s)

    def span(self, s, typ, cont=False):
        if typ == 'STREET_ADDRESS' and not cont:
            self.naddr += 1
        self.spans.append({"start": self.n, "end": self.n + len(s), "type": typ})
        self.expect.append((self.n, s))
        self.t(s)

    def k(self, s, kind):
        self.keep.append({"start": self.n, "end": self.n + len(s), "kind": kind})
        self.expect.append((self.n, s))
        self.t(s)

    def text(self):
        return ''.join(self.buf)


TOK = re.compile(r'\{([A-Z]+\d?)\}|\[\[(.+?)\|(@?[A-Z_]+)\]\]')


class Ctx:
    def __init__(self, lang, r, cc, style='std', foreign_cc=None):
        self.lang = lang
        self.D = LANGS[lang]
        self.r = r
        self.cc = cc
        self.style = style
        self.foreign_cc = foreign_cc
        self.cache = {}
        self.base_date = None
        self.last_date = None
        self.lab = dict(zip(LABEL_KEYS, self.D['lab'].split('|')))
        assert len(self.D['lab'].split('|')) == len(LABEL_KEYS), (lang, len(self.D['lab'].split('|')))

    # ---- value generators
    def addr(self, style=None, cc=None):
        return PROFILES[cc or self.cc](self.r, style or self.style)

    def person_parts(self, gender=None):
        r, D = self.r, self.D
        g = gender or r.choice('mf')
        first = r.choice(D['fm'] if g == 'm' else D['ff'])
        sur_list = D['sm'] if g == 'm' else D.get('sf', D['sm'])
        last = r.choice(sur_list)
        if D.get('sur2'):
            last2 = r.choice(D['sm'])
            if last2 != last:
                last = f"{last} {last2}"
        return first, last

    def person(self, gender=None):
        first, last = self.person_parts(gender)
        return f"{last} {first}" if self.D.get('family_first') else f"{first} {last}"

    def phone(self):
        return digits(self.r, self.r.choice(self.D['phone']))

    def email(self, name=None):
        r = self.r
        first, last = self.person_parts()
        f, l_ = ascii_slug(first, self.lang), ascii_slug(last, self.lang)
        dom = r.choice(self.D['mail'])
        form = r.randrange(4)
        if form == 0:
            return f"{f}.{l_}@{dom}"
        if form == 1:
            return f"{f[0]}.{l_}@{dom}"
        if form == 2:
            return f"{f}{l_}{r.randint(10, 99)}@{dom}"
        return f"{l_}.{f}@{dom}"

    def date(self, long_ok=True, after=None, dob=False):
        r, D = self.r, self.D
        if dob:
            y, m, d = r.randint(1938, 2006), r.randint(1, 12), r.randint(1, 28)
        elif after is not None:
            x = after + datetime.timedelta(days=r.randint(2, 24))
            y, m, d = x.year, x.month, x.day
        else:
            y, m, d = r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28)
        self.last_date = datetime.date(y, m, d)
        if long_ok and D.get('months') and r.random() < 0.3:
            return D['datel'].format(d=d, M=D['months'][m - 1], y=y)
        return D['date'].format(d=d, m=m, y=y)

    def amount(self, v=None, lo=None, hi=None):
        r, D = self.r, self.D
        th, dec, pat = D['amt']
        if D.get('int_amt'):
            if v is None:
                v = r.randint(3, 900) * 500 if lo is None else r.randint(lo, hi) * 350
            return pat.format(fmt_num(v, th, dec, 0))
        if v is None:
            if lo is not None:
                v = round(r.uniform(lo, hi), 0)
            else:
                x = r.random()
                v = r.uniform(8, 250) if x < 0.5 else (r.uniform(250, 2500) if x < 0.85 else r.uniform(2500, 25000))
        if self.lang == 'en' and self.cc == 'GB':
            pat = "£{}"
        return pat.format(fmt_num(v, th, dec))

    def dose(self):
        r = self.r
        dec = self.D['amt'][1]
        return r.choice(["500 mg", "1000 mg", "5 mg", "10 mg", "20 mg", "850 mg", "2" + dec + "5 mg", "40 mg"]) + \
            r.choice(["", " 1-0-1", " 1-0-0", " 2x/d"]) if self.lang in ('de', 'cs', 'sk', 'pl') else \
            r.choice(["500 mg", "1000 mg", "5 mg", "10 mg", "20 mg", "850 mg", "2" + dec + "5 mg", "40 mg"])

    def rooms(self, meeting):
        rl = [x for x in self.D['room'] if re.search(r'\d\.\d', x)]
        hl = [x for x in self.D['room'] if not re.search(r'\d\.\d', x)]
        return self.r.choice(rl if meeting else hl)

    def measure(self):
        r = self.r
        dec = self.D['amt'][1]
        k = r.randrange(5)
        if k == 0:
            return f"{r.choice([250, 400, 500, 850, 1000])} mg"
        if k == 1:
            return f"{r.randint(36, 39)}{dec}{r.randint(0, 9)} °C"
        if k == 2:
            return f"{r.randint(110, 165)}/{r.randint(65, 100)} mmHg"
        if k == 3:
            return f"{r.randint(48, 110)} kg"
        return f"{r.choice([2.5, 5, 10, 20])}".replace('.', dec) + " mg"

    def get(self, key):
        if key in self.cache:
            return self.cache[key]
        v = self._make(key)
        self.cache[key] = v
        return v

    def _make(self, key):
        r, D = self.r, self.D
        base = key.rstrip('0123456789')
        if base == 'A':
            if self.foreign_cc and key == 'A':
                return ('S', self.addr(cc=self.foreign_cc, style='std').inline, 'STREET_ADDRESS')
            return ('S', self.addr().inline, 'STREET_ADDRESS')
        if base == 'AN':
            a = self.addr(style='nostreet')
            while a.kind == 'po':  # a place someone goes to / lives at: no PO boxes here
                a = self.addr(style='nostreet')
            return ('S', a.inline, 'STREET_ADDRESS')
        if base == 'AS':
            if self.foreign_cc:
                return ('S', self.addr(cc=self.foreign_cc, style='std').streetline, 'STREET_ADDRESS')
            return ('S', self.addr().streetline, 'STREET_ADDRESS')
        if base == 'P':
            return ('S', self.person(), 'PERSON')
        if base == 'PM':
            return ('S', self.person('m'), 'PERSON')
        if base == 'PF':
            return ('S', self.person('f'), 'PERSON')
        if base == 'T':
            return ('S', self.phone(), 'PHONE_NUMBER')
        if base == 'E':
            return ('S', self.email(), 'EMAIL_ADDRESS')
        if base == 'D':
            if key != 'D' and 'D' in self.cache and self.base_date is not None:
                return ('K', self.date(after=self.base_date), 'DATE')
            v = self.date()
            self.base_date = self.last_date
            return ('K', v, 'DATE')
        if base == 'M':
            return ('K', self.amount(), 'AMOUNT')
        if base == 'DO':
            return ('K', self.dose(), 'MEASURE')
        if base == 'RI':
            return ('K', digits(r, D['refs'][0]), 'REF')
        if base == 'RT':
            return ('K', digits(r, r.choice(["RR#########", "JJD000390######", "00340434########"])) +
                    ('' if r.random() < 0.5 else self.cc[:2]), 'REF')
        if base == 'C':
            return ('K', r.choice(ICD), 'CODE')
        if base == 'PC':
            return ('K', r.choice(PROD), 'CODE')
        if base == 'R':
            return ('K', digits(r, r.choice(D['refs'])), 'REF')
        if base == 'ME':
            return ('K', self.measure(), 'MEASURE')
        if base == 'STN':
            return ('K', r.choice(D['stn']), 'STATION')
        if base == 'W':
            return ('K', r.choice(D['ward']), 'STATION')
        if base == 'RO':
            return ('K', self.rooms(meeting=False), 'ROOM')
        if base == 'MR':
            return ('K', self.rooms(meeting=True), 'ROOM')
        if base == 'PL':
            return ('K', self.addr(style='std').town, 'PLACE')
        if base == 'I':
            return ('K', r.choice(D['inst']), 'INSTITUTION')
        if base == 'H':
            return ('K', r.choice(D['hosp']), 'INSTITUTION')
        if base == 'CO':
            return ('K', r.choice(D['comp']), 'COMPANY')
        if base == 'DR':
            return ('K', r.choice(D['drug']), 'DRUG')
        if base == 'DI':
            return ('K', r.choice(D['dis']), 'DISEASE')
        if base == 'S':
            return ('K', self.addr(style='std').street, 'PLACE')
        raise KeyError(key)

    # ---- emitters
    def put(self, doc, key):
        kind, text, typ = self.get(key)
        if kind == 'S':
            doc.span(text, typ)
        else:
            doc.k(text, typ)

    def fill(self, doc, tpl):
        pos = 0
        for m in TOK.finditer(tpl):
            doc.t(tpl[pos:m.start()])
            if m.group(1):
                self.put(doc, m.group(1))
            else:
                txt, kind = m.group(2), m.group(3)
                if kind.startswith('@'):
                    doc.span(txt, kind[1:])
                else:
                    doc.k(txt, kind)
            pos = m.end()
        doc.t(tpl[pos:])

    def addr_block(self, doc, a, envelope=True):
        lines = a.envelope if envelope else a.lines
        doc.span('\n'.join(lines), 'STREET_ADDRESS')

    def kv(self, doc, label, value=None, kind=None, span=None, sep=': ', cont=False):
        doc.t(label + sep)
        if span:
            doc.span(value, span, cont)
        elif kind:
            doc.k(value, kind)
        elif value is not None:
            doc.t(value)
        doc.t('\n')


# ------------------------------------------------------------------ frames
RUN_SECTOR = ['public', 'logistics', 'housing', 'health', 'police', 'real_estate', 'real_estate']


def fr_running(c, doc, i):
    D, r = c.D, c.r
    n = len(D['run'])
    a = i % n
    tpls = [D['run'][a]]
    if i % 4 == 3:
        tpls.append(D['run'][(a + 2 + i // 3) % n])
    for j, tpl in enumerate(tpls):
        if j:
            doc.t(r.choice([' ', '\n\n', ' ']))
            c.cache = {k: v for k, v in c.cache.items() if k in ('P', 'PM', 'PF')}
        c.fill(doc, tpl)
    return RUN_SECTOR[a]


def fr_nostreet(c, doc, i):
    D, r = c.D, c.r
    c.style = 'nostreet'
    if i % 5 == 4:
        # tracking message with a rural / PO box / square address as a block
        c.fill(doc, D['track'])
        doc.t('\n')
        doc.span(c.person(), 'PERSON')
        doc.t('\n')
        c.addr_block(doc, c.addr('nostreet'))
        return 'logistics'
    n = len(D['nos'])
    c.fill(doc, D['nos'][i % n])
    if i % 4 == 1:
        doc.t(' ')
        c.cache = {}
        c.fill(doc, D['nos'][(i + 1) % n])
    return ['health', 'tourism', 'social'][i % n]


def letter_business(c, doc, foreign=False):
    L, r = c.lab, c.r
    sender_is_company = r.random() < 0.5
    if sender_is_company:
        doc.k(c.get('CO')[1], 'COMPANY')
    else:
        doc.span(c.person(), 'PERSON')
    doc.t('\n')
    c.addr_block(doc, c.addr('std'))
    doc.t('\n\n')
    doc.span(c.person(), 'PERSON')
    doc.t('\n')
    if r.random() < 0.3:
        doc.t('c/o ')
        doc.span(c.person(), 'PERSON')
        doc.t('\n')
    fa = c.addr('std', cc=c.foreign_cc) if foreign else c.addr(r.choice(['std', 'std', 'nostreet']))
    c.addr_block(doc, fa)
    if foreign:
        doc.t('\n' + COUNTRY_EN[c.foreign_cc])
    doc.t('\n\n')
    c.put(doc, 'PL')
    doc.t(', ')
    c.put(doc, 'D')
    doc.t('\n\n' + L['subject'] + ': ')
    c.put(doc, 'R')
    doc.t('\n\n' + L['dear'] + '\n')
    c.cache.pop('D', None)
    c.cache.pop('R', None)
    c.fill(doc, c.D['body'][0])
    doc.t('\n\n' + L['regards'] + '\n')
    doc.span(c.person(), 'PERSON')


def letter_tracking(c, doc, foreign=False):
    L, r = c.lab, c.r
    c.fill(doc, c.D['track'])
    doc.t('\n\n')
    doc.span(c.person(), 'PERSON')
    doc.t('\n')
    a = c.addr('std', cc=c.foreign_cc) if foreign else c.addr('std')
    c.addr_block(doc, a)
    if foreign:
        doc.t('\n' + COUNTRY_EN[c.foreign_cc])
    doc.t('\n\n' + L['sender'] + ': ')
    c.put(doc, 'CO')
    doc.t(', ')
    doc.span(c.addr('std').inline, 'STREET_ADDRESS')
    doc.t('\n' + L['phone'] + ': ')
    c.put(doc, 'T')


def letter_signature(c, doc):
    L, r = c.lab, c.r
    doc.t(L['dear'] + '\n')
    c.fill(doc, c.D['body'][0])
    doc.t('\n\n' + L['regards'] + '\n--\n')
    doc.span(c.person(), 'PERSON')
    doc.t('\n' + r.choice(c.D['roles']) + '\n')
    c.put(doc, 'CO')
    doc.t('\n')
    a = c.addr('std')
    if r.random() < 0.5:
        doc.span(a.inline, 'STREET_ADDRESS')
    else:
        c.addr_block(doc, a, envelope=False)
    doc.t('\n' + r.choice([L['phone'] + ': ', 'Tel. ', 'T ']))
    c.put(doc, 'T')
    doc.t('\n' + r.choice([L['email'] + ': ', 'E-mail: ', '']))
    c.put(doc, 'E')


def letter_invoice(c, doc):
    L, r = c.lab, c.r
    c.put(doc, 'CO')
    doc.t(' · ')
    doc.span(c.addr('std').inline, 'STREET_ADDRESS')
    doc.t('\n\n' + L['invoice'].upper() + '\n' + L['invoice_no'] + ': ')
    c.put(doc, 'RI')
    doc.t('\n' + L['date'] + ': ')
    c.put(doc, 'D')
    doc.t('\n\n' + L['bill_to'] + ':\n')
    doc.span(c.person(), 'PERSON')
    doc.t('\n')
    c.addr_block(doc, c.addr('std'))
    if r.random() < 0.6:
        doc.t('\n\n' + L['ship_to'] + ':\n')
        doc.span(c.person(), 'PERSON')
        doc.t('\n')
        c.addr_block(doc, c.addr(r.choice(['std', 'nostreet'])))
    doc.t('\n\n' + L['item'] + ' | ' + L['qty'] + ' | ' + L['amount'] + '\n')
    q = r.randint(1, 6)
    unit_price = r.randint(900, 60000) / 100 if not c.D.get('int_amt') else r.randint(4, 400) * 250
    c.put(doc, 'PC')
    doc.t(f" | {q} | ")
    doc.k(c.amount(v=unit_price), 'AMOUNT')
    doc.t('\n' + L['total'] + ': ')
    doc.k(c.amount(v=round(q * unit_price, 2)), 'AMOUNT')


def letter_discharge(c, doc):
    L, r = c.lab, c.r
    c.put(doc, 'H')
    doc.t('\n')
    doc.span(c.addr('std').inline, 'STREET_ADDRESS')
    doc.t('\n\n' + L['discharge'] + '\n\n')
    c.kv(doc, L['patient'], c.get('PM')[1], span='PERSON')
    c.kv(doc, L['dob'], c.date(long_ok=False, dob=True))  # date of birth: left unannotated (neutral)
    c.kv(doc, L['address'], c.addr('std').inline, span='STREET_ADDRESS')
    doc.t(L['ward'] + ': ')
    c.put(doc, 'W')
    doc.t(', ')
    c.put(doc, 'RO')
    doc.t('\n\n')
    c.fill(doc, c.D['body'][1])
    doc.t('\n\n' + L['regards'] + '\n')
    doc.span(c.person(), 'PERSON')


def letter_meeting(c, doc):
    L, r = c.lab, c.r
    doc.t(L['meeting'] + '\n' + L['when'] + ': ')
    c.put(doc, 'D')
    doc.t(', 14:00–15:30\n' + L['where'] + ': ')
    c.put(doc, 'CO')
    doc.t(', ')
    c.put(doc, 'MR')
    doc.t('\n')
    c.addr_block(doc, c.addr('std'), envelope=False)
    doc.t('\n\n' + L['name'] + ': ')
    doc.span(c.person(), 'PERSON')
    doc.t(' (' + L['phone'] + ' ')
    c.put(doc, 'T')
    doc.t(')')


LETTERS = [letter_business, letter_tracking, letter_signature, letter_invoice, letter_discharge, letter_meeting]


LETTER_SECTOR = ['business', 'logistics', 'business', 'retail', 'health', 'business']


def fr_letters(c, doc, i):
    LETTERS[i % len(LETTERS)](c, doc)
    return LETTER_SECTOR[i % len(LETTERS)]


def form_registration(c, doc, english=False):
    L, r = c.lab, c.r
    doc.t(L['form'] + '\n\n')
    c.kv(doc, L['name'], c.person(), span='PERSON')
    a = c.addr('std')
    if r.random() < 0.5 and a.street and a.no:
        c.kv(doc, L['street'], a.street, span='STREET_ADDRESS')
        c.kv(doc, L['no'], a.no, span='STREET_ADDRESS', cont=True)
        if a.unit and a.unit not in a.street:
            c.kv(doc, L['unit'], a.unit, span='STREET_ADDRESS', cont=True)
        if a.pc:
            c.kv(doc, L['postcode'], a.pc, span='STREET_ADDRESS', cont=True)
        c.kv(doc, L['town'], a.town)  # town-only field: neutral
    else:
        c.kv(doc, L['address'], a.streetline, span='STREET_ADDRESS')
        c.kv(doc, L['postcode'] + ' / ' + L['town'], a.pctown, span='STREET_ADDRESS', cont=True)
    c.kv(doc, L['phone'], c.phone(), span='PHONE_NUMBER')
    c.kv(doc, L['email'], c.email(), span='EMAIL_ADDRESS')
    c.kv(doc, L['date'], c.date(), kind='DATE')


def form_table(c, doc, english=False):
    L, r = c.lab, c.r
    sep = r.choice([' | ', '\t'])
    head = [L['name'], L['address'], L['postcode'], L['town'], L['phone']]
    if english:
        head = ['Name', 'Address', 'Postcode', 'City', 'Phone']
    doc.t(sep.join(head) + '\n')
    for row in range(2):
        a = c.addr(r.choice(['std', 'std', 'nostreet']))
        doc.span(c.person(), 'PERSON')
        doc.t(sep)
        doc.span(a.streetline, 'STREET_ADDRESS')
        doc.t(sep)
        if a.pc:
            doc.span(a.pc, 'STREET_ADDRESS', cont=True)
        doc.t(sep + a.town + sep)
        doc.span(c.phone(), 'PHONE_NUMBER')
        doc.t('\n')


def form_claim(c, doc, english=False):
    L, r = c.lab, c.r
    doc.t(L['claim'] + '\n')
    c.kv(doc, L['policy'], digits(r, r.choice(['#########', 'POL-######-##', '##/#######', 'K-#######'])), kind='REF')
    c.kv(doc, L['name'], c.person(), span='PERSON')
    c.kv(doc, L['address'], c.addr('std').inline, span='STREET_ADDRESS')
    c.kv(doc, L['loss_date'], c.date(), kind='DATE')
    c.kv(doc, L['loss_place'], c.addr(r.choice(['std', 'nostreet'])).inline, span='STREET_ADDRESS')
    c.kv(doc, L['amount'], c.amount(), kind='AMOUNT')
    c.kv(doc, L['phone'], c.phone(), span='PHONE_NUMBER')


def form_rental(c, doc, english=False):
    L, r = c.lab, c.r
    doc.t(L['contract'] + '\n\n')
    doc.t(L['landlord'] + ': ')
    doc.span(c.person(), 'PERSON')
    doc.t(', ')
    doc.span(c.addr('std').inline, 'STREET_ADDRESS')
    doc.t('\n')
    c.kv(doc, L['tenant'], c.person(), span='PERSON')
    doc.t(L['object'] + ': ')
    doc.span(c.addr('std').inline, 'STREET_ADDRESS')
    doc.t(' (')
    doc.k(f"{r.randint(28, 140)} m²", 'MEASURE')
    doc.t(')\n')
    c.kv(doc, L['rent'], c.amount(lo=350, hi=2400), kind='AMOUNT')
    c.kv(doc, L['date'], c.date(), kind='DATE')


def form_csv(c, doc, english=True):
    r = c.r
    doc.t("order_id;name;street;zip;city;phone\n")
    for row in range(2):
        a = c.addr('std')
        doc.k(digits(r, "ORD-######"), 'REF')
        doc.t(';')
        doc.span(c.person(), 'PERSON')
        doc.t(';')
        doc.span(a.streetline, 'STREET_ADDRESS')
        doc.t(';')
        if a.pc:
            doc.span(a.pc, 'STREET_ADDRESS', cont=True)
        doc.t(';' + a.town + ';')
        doc.span(c.phone(), 'PHONE_NUMBER')
        doc.t('\n')


FORMS = [form_registration, form_table, form_claim, form_rental, form_csv]
FORM_SECTOR = ['public', 'public', 'insurance', 'real_estate', 'logistics']


def fr_forms(c, doc, i, li):
    f = FORMS[(i + li) % len(FORMS)]
    f(c, doc, english=(li + i) % 4 == 0)
    return FORM_SECTOR[(i + li) % len(FORMS)]


def fr_foreign(c, doc, i):
    D = c.D
    k = i % 3
    if k == 0:
        c.fill(doc, D['run'][(i + 1) % len(D['run'])])
        return RUN_SECTOR[(i + 1) % len(D['run'])]
    elif k == 1:
        letter_business(c, doc, foreign=True)
        return 'business'
    else:
        letter_tracking(c, doc, foreign=True)
        return 'logistics'


def neg_form(c, doc):
    L, r = c.lab, c.r
    rows = [
        (L['ward'], '{W}, {RO}'), (L['date'], '{D}'), (L['diagnosis'], '{DI} ({C})'),
        (L['medication'], '{DR} {DO}'), (L['item'], '{PC}'), (L['amount'], '{M}'),
        (L['invoice_no'], '{RI}'), (L['where'], '{CO}, {PL}'), (L['when'], '{D2}, {I} ({MR})'),
    ]
    order = list(range(len(rows)))
    r.shuffle(order)
    for j in sorted(order[:r.randint(5, 7)]):
        doc.t(rows[j][0] + ': ')
        c.fill(doc, rows[j][1])
        doc.t('\n')


def fr_negatives(c, doc, i):
    D, r = c.D, c.r
    n = len(D['neg'])
    if i % 3 == 1:
        neg_form(c, doc)
        doc.t('\n')
        c.cache = {}
        c.fill(doc, D['neg'][(i + 2) % n])
        return 'mixed'
    c.fill(doc, D['neg'][i % n])
    doc.t(r.choice([' ', '\n']))
    c.cache = {}
    c.fill(doc, D['neg'][(i + 2) % n])
    if i % 3 == 0:
        doc.t(' ')
        c.cache = {}
        c.fill(doc, D['neg'][(i + 1) % n])
    return ['legal', 'transport', 'health', 'public'][i % n]


# ------------------------------------------------------------------ build
def verify(rec, doc):
    text = rec['text']
    for start, s in doc.expect:
        assert text[start:start + len(s)] == s, (rec['id'], s)
    allsp = [(s['start'], s['end']) for s in rec['spans']] + [(k['start'], k['end']) for k in rec['keep']]
    allsp.sort()
    for (a0, a1), (b0, b1) in zip(allsp, allsp[1:]):
        assert a1 <= b0, (rec['id'], 'overlap', text[a0:a1], text[b0:b1])
    for a0, a1 in allsp:
        seg = text[a0:a1]
        assert seg and seg == seg.strip(), (rec['id'], repr(seg))
    for s in rec['spans']:
        assert s['type'] in ('STREET_ADDRESS', 'PERSON', 'PHONE_NUMBER', 'EMAIL_ADDRESS')
    if rec['frame'] == 'hard_negatives':
        assert not any(s['type'] == 'STREET_ADDRESS' for s in rec['spans']), rec['id']
    assert '{' not in text and '[[' not in text, (rec['id'], text)


rec_addr = {}


def build():
    records = []
    for li, (lang, D) in enumerate(LANGS.items()):
        n = 0
        for frame, count in FRAMES:
            for i in range(count):
                r = random.Random(f"dev4|{lang}|{frame}|{i}")
                prof = D['countries'][i % len(D['countries'])]
                foreign = None
                if frame == 'foreign_address':
                    foreign = D['foreign'][(i + li) % len(D['foreign'])]
                c = Ctx(lang, r, prof, foreign_cc=foreign)
                doc = Doc()
                if frame == 'running_text':
                    sector = fr_running(c, doc, i)
                elif frame == 'no_street_word':
                    sector = fr_nostreet(c, doc, i)
                elif frame == 'multiline_letters':
                    sector = fr_letters(c, doc, i)
                elif frame == 'forms_tables':
                    sector = fr_forms(c, doc, i, li)
                elif frame == 'foreign_address':
                    sector = fr_foreign(c, doc, i)
                else:
                    sector = fr_negatives(c, doc, i)
                n += 1
                cc_out = 'IE' if prof == 'IEG' else prof
                rec = OrderedDict([
                    ("id", f"{lang}-{n:04d}"), ("lang", lang), ("country", cc_out), ("sector", sector),
                    ("frame", frame), ("text", doc.text()),
                    ("spans", sorted(doc.spans, key=lambda s: s['start'])),
                    ("keep", sorted(doc.keep, key=lambda s: s['start'])),
                ])
                if foreign:
                    rec["foreign_country"] = 'IE' if foreign == 'IEG' else foreign
                verify(rec, doc)
                rec_addr[rec['id']] = doc.naddr
                records.append(rec)
    return records


def summarize(records):
    per_lang = OrderedDict()
    per_frame = OrderedDict()
    tot = dict(docs=0, addr=0, keep=0, other=0, naddr=0)
    for rec in records:
        a = sum(1 for s in rec['spans'] if s['type'] == 'STREET_ADDRESS')
        o = len(rec['spans']) - a
        k = len(rec['keep'])
        for key, tab in ((rec['lang'], per_lang), (rec['frame'], per_frame)):
            d = tab.setdefault(key, dict(docs=0, addr=0, keep=0, other=0, naddr=0))
            d['naddr'] += rec_addr[rec['id']]
            d['docs'] += 1
            d['addr'] += a
            d['keep'] += k
            d['other'] += o
        tot['naddr'] += rec_addr[rec['id']]
        tot['docs'] += 1
        tot['addr'] += a
        tot['keep'] += k
        tot['other'] += o
    return per_lang, per_frame, tot


def table(tab, title):
    lines = [f"| {title} | docs | addresses | STREET_ADDRESS spans | other spans | keep |",
             "|---|---:|---:|---:|---:|---:|"]
    for k, d in tab.items():
        lines.append(f"| {k} | {d['docs']} | {d['naddr']} | {d['addr']} | {d['other']} | {d['keep']} |")
    return '\n'.join(lines)


README = """# dev4 — multilingual STREET_ADDRESS evaluation set

`dev4.jsonl`: {docs} synthetic documents in the 24 official EU languages, with {naddr} addresses
({addr} STREET_ADDRESS spans: split-field forms and tables give one span per field),
{other} other personal-data spans (PERSON, PHONE_NUMBER, EMAIL_ADDRESS) and {keep} keep spans (values that must
survive scrubbing: DATE, AMOUNT, CODE, REF, MEASURE, STATION, PLACE, INSTITUTION, COMPANY, DRUG, DISEASE, ROOM).

## How it was built

* `python build.py` regenerates `dev4.jsonl` and this README deterministically (string-seeded
  `random.Random` per language/frame/document, no set iteration, no clock); two runs give byte-identical output.
* `addresses.py` holds one address generator per country (DE AT CZ SK PL HU RO BG GR IT ES PT FR NL SE DK FI EE LV
  LT SI HR MT IE GB, plus Irish-language IE), written from general knowledge of each country's conventions:
  number before/after street, postcode format and position (e.g. `LV-1001` after the town, Hungarian
  `1052 Budapest, Váci utca 12. 3. em. 5.` and town/street/postcode envelope order, Eircodes, UK postcodes),
  flat/floor/stair notation (`3. tv.`, `B 34`, `bl. A3, sc. B, et. 4, ap. 17`, `ж.к. …, бл., вх., ет., ап.`,
  `Whg. 12`, `m. 12`, `-II`, `lgh 1102`, `Flat 4, Block B`), PO boxes, rural farm/village/townland addresses,
  house names (MT, IE, GB), squares/quays/estates without a street-type word.
* `langs_a.py`, `langs_b.py` hold per-language names, phone/e-mail/date/amount formats, field labels and
  hand-written native sentence templates. Street names, people and companies are invented; towns are real.
* Text is assembled piece by piece and every span offset is recorded at assembly time; the script then
  verifies that each span's text equals the intended value, that no spans/keeps overlap, and that hard
  negatives contain no STREET_ADDRESS span.
* The set was written independently: without looking at the detector's code, rules, word lists or any
  other evaluation set.

## Annotation conventions

* One STREET_ADDRESS span covers street + number + unit parts and the postcode/town written with it
  (inline: `Lindenallee 14, 50968 Köln`; in letter/envelope blocks the span runs over the line breaks, from
  the first address line to the postcode/town line). Recipient names, `c/o` names, company lines and the
  country line are not part of the span (names are PERSON, company names are COMPANY keep).
* Forms with separate fields: street, house number, unit and postcode field values are each a STREET_ADDRESS
  span; a field holding only the town is left unannotated (neutral); a combined "postcode / town" field is a span.
* A town alone (e.g. in a "Köln, 14.03.2024" date line, or a destination) is a PLACE keep span. A street name
  used without a house number as a place ("the demonstration on Main Street") is a PLACE keep span.
* STATION is used for hospital wards/units, and for railway/bus stations and platforms; ROOM for
  rooms/beds/meeting rooms; REF for invoice/case/order numbers, legal article references and
  train/flight numbers; CODE for ICD-10 and product/model codes.
* Dates of birth are left unannotated (neutral).
* `foreign_address` documents carry an extra `foreign_country` field.

## Frames

* `running_text`: addresses inside prose (moved from X to Y, delivered to, meeting at, police report,
  hospital admission, rental deposit), in parentheses, after dashes, in the language's quotation marks.
* `no_street_word`: squares, quays, named streets without a type word, estates/blocks, rural farm/village
  addresses, house names, PO boxes.
* `multiline_letters`: business letters (sender/recipient blocks, c/o), delivery tracking messages,
  e-mail signatures, invoices (bill-to/ship-to), clinical discharge letters, meeting invitations.
* `forms_tables`: key-value registration forms with split fields, tables with native (or English)
  headers, insurance claims, rental contracts, English-header CSV delivery lists.
* `foreign_address`: an address of another country inside a document in this language (prose, letters
  with a country line, tracking messages).
* `hard_negatives`: regulation articles, train/flight numbers, stations and platforms, wards/rooms/beds,
  drugs and doses, product/model names with numbers, company names with a town, a street used without a
  number, dates and amounts — all as keep spans; no STREET_ADDRESS spans.

## Counts

{frame_table}

{lang_table}
"""


def main():
    records = build()
    out = os.path.join(HERE, 'dev4.jsonl')
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    per_lang, per_frame, tot = summarize(records)
    ft, lt = table(per_frame, 'frame'), table(per_lang, 'lang')
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(README.format(frame_table=ft, lang_table=lt, **tot))
    print(f"wrote {out}: {tot['docs']} documents, {tot['naddr']} addresses in {tot['addr']} STREET_ADDRESS spans, "
          f"{tot['other']} other spans, {tot['keep']} keep spans")
    print()
    print(ft)
    print()
    print(lt)


if __name__ == '__main__':
    main()
