#!/usr/bin/env python3
"""Independent self-check of heldout.jsonl (does not import the generator).

Verifies: JSON validity and schema; offsets inside the text, no whitespace at span edges; no overlap between any
two annotations (spans and keeps); every language x frame cell present in both splits; and re-validates the
structured identifiers: IBAN checksum + country, Luhn for cards (length 12-19), national ids with python-stdnum
(or the documented algorithm), phone numbers with libphonenumber for the document's country, IP syntax.
"""
import collections
import ipaddress
import json
import os
import re
import sys

import phonenumbers
from stdnum import iban, luhn
from stdnum.bg import egn
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
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

HERE = os.path.dirname(os.path.abspath(__file__))
SPAN_TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS", "NATIONAL_ID",
              "HEALTH_INSURANCE_ID", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "STREET_ADDRESS"}
KEEP_KINDS = {"DATE", "AMOUNT", "CODE", "REF", "PLACE", "INSTITUTION", "COMPANY", "DISEASE", "DRUG", "CURRENCY", "STATION", "MEASURE"}
FRAMES = {"subject", "object", "preposition", "pair", "possessive", "apposition", "title", "form_label", "signature", "list",
          "surname_first", "identifiers_only"}
COUNTRY = {"en": "IE", "de": "DE", "fr": "FR", "it": "IT", "es": "ES", "pl": "PL", "fi": "FI", "sv": "SE", "el": "GR", "bg": "BG",
           "sl": "SI", "nl": "NL", "cs": "CZ", "hu": "HU", "ro": "RO", "pt": "PT", "da": "DK", "hr": "HR", "sk": "SK"}


def hu_taj(s):
    d = re.sub(r"\D", "", s)
    assert len(d) == 9 and sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(d[:8])) % 10 == int(d[8])


def hu_ado(s):
    d = re.sub(r"\D", "", s)
    assert len(d) == 10 and d[0] == "8" and sum((i + 1) * int(c) for i, c in enumerate(d[:9])) % 11 == int(d[9])


NID = {"de": [idnr.validate], "fr": [nir.validate], "it": [codicefiscale.validate], "es": [dni.validate, nie.validate],
       "pl": [pesel.validate], "fi": [hetu.validate], "sv": [personnummer.validate], "nl": [bsn.validate], "bg": [egn.validate],
       "sl": [emso.validate], "el": [amka.validate, gr_vat.validate], "da": [cpr.validate], "ro": [cnp.validate],
       "cs": [rc.validate], "sk": [rc.validate], "pt": [pt_nif.validate, pt_cc.validate], "hr": [oib.validate],
       "hu": [hu_taj, hu_ado], "en": [pps.validate]}


def kvnr(s):
    digits = "%02d" % (ord(s[0]) - 64) + s[1:9]
    tot = sum((int(c) * (1 if i % 2 == 0 else 2)) // 10 + (int(c) * (1 if i % 2 == 0 else 2)) % 10 for i, c in enumerate(digits))
    assert re.fullmatch(r"[A-Z]\d{9}", s) and tot % 10 == int(s[9])


def nuss(s):
    d = re.sub(r"\D", "", s)
    assert len(d) == 12 and int(d[:10]) % 97 == int(d[10:])


HIID = {"de": kvnr, "es": nuss}


def main():
    path = os.path.join(HERE, "heldout.jsonl")
    problems, stats = [], collections.Counter()
    cells = collections.defaultdict(collections.Counter)
    n = 0
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        d = json.loads(line)
        n += 1
        for k in ("id", "lang", "sector", "frame", "split", "text", "spans", "keep"):
            assert k in d, (ln, k)
        assert d["sector"] in {"health", "finance", "climate"} and d["split"] in {"dev", "test"} and d["frame"] in FRAMES
        t, lang = d["text"], d["lang"]
        cells[(lang, d["frame"])][d["split"]] += 1
        anns = []
        for s in d["spans"]:
            assert s["type"] in SPAN_TYPES, s
            anns.append((s["start"], s["end"], s["type"]))
        for k in d["keep"]:
            assert k["kind"] in KEEP_KINDS, k
            anns.append((k["start"], k["end"], "keep:" + k["kind"]))
        anns.sort()
        for a, b in zip(anns, anns[1:]):
            if b[0] < a[1]:
                problems.append((d["id"], "overlap", a, b))
        for s, e, typ in anns:
            if not (0 <= s < e <= len(t)) or t[s:e] != t[s:e].strip():
                problems.append((d["id"], "bad offsets", s, e, typ))
        for s in d["spans"]:
            v = t[s["start"]:s["end"]]
            typ = s["type"]
            stats[typ] += 1
            try:
                if typ == "IBAN_CODE":
                    iban.validate(v)
                    assert iban.compact(v)[:2] == COUNTRY[lang]
                elif typ == "CREDIT_CARD":
                    c = re.sub(r"[ -]", "", v)
                    assert luhn.is_valid(c) and 12 <= len(c) <= 19
                    stats[f"card_len_{len(c)}"] += 1
                elif typ == "NATIONAL_ID":
                    ok = False
                    for f in NID[lang]:
                        try:
                            f(v)
                            ok = True
                            break
                        except Exception:
                            pass
                    assert ok
                    stats["nid_checked"] += 1
                elif typ == "HEALTH_INSURANCE_ID" and lang in HIID:
                    HIID[lang](v)
                    stats["hiid_checked"] += 1
                elif typ == "IP_ADDRESS":
                    ipaddress.ip_address(v)
                elif typ == "EMAIL_ADDRESS":
                    assert re.fullmatch(r"[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}", v)
                elif typ == "PHONE_NUMBER":
                    digits = re.sub(r"\D", "", v)
                    try:
                        num = phonenumbers.parse(v, COUNTRY[lang])
                        valid = phonenumbers.is_valid_number(num)
                    except phonenumbers.NumberParseException:
                        valid = False
                    if valid:
                        stats["phone_valid"] += 1
                    else:
                        # short local number after a phone cue (subscriber part only, no area code)
                        assert not v.startswith(("+", "00")) and 5 <= len(digits) <= 8, v
                        stats["phone_local_subscriber"] += 1
            except Exception as ex:
                problems.append((d["id"], "invalid " + typ, v, repr(ex)))
        if d["frame"] == "identifiers_only" and any(s["type"] == "PERSON" for s in d["spans"]):
            problems.append((d["id"], "PERSON in identifiers_only"))
    langs = sorted({l for l, _ in cells})
    for l in langs:
        for f in FRAMES:
            c = cells[(l, f)]
            if c["dev"] < 1 or c["test"] < 1:
                problems.append((l, f, "cell missing a split", dict(c)))
    print(f"documents: {n}; languages: {len(langs)}; cells: {len(cells)}")
    print("validated:", {k: v for k, v in sorted(stats.items()) if not k.isupper()})
    if problems:
        for p in problems[:40]:
            print("PROBLEM", p)
        print(f"{len(problems)} problems")
        sys.exit(1)
    print("check: OK")


if __name__ == "__main__":
    main()
