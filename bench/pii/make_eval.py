#!/usr/bin/env python3
"""Build the multilingual PII evaluation set ``bench/pii/eval.jsonl``.

Every document is composed from hand-written, language-native sentence frames
(see the ``LANG`` dictionaries below) whose placeholders are filled with
synthetic but *valid* values (check digits computed / validated with
python-stdnum, phone numbers validated with phonenumbers).  Because the text
is assembled piece by piece, the character offsets of every PII value
(``spans``) and of every value that a scrubber must leave untouched (``keep``)
are known exactly.

    python bench/pii/make_eval.py [--out bench/pii/eval.jsonl]

The output is byte-identical on every run (``random.Random(4242)``, no use of
set/hash ordering, no wall-clock time).  The script is deliberately
independent of the ``datalab`` package and of ``data/samples``.

Placeholder syntax inside frames (``{NAME}``, ``{NAME.mod}``, ``{gN:m|f}``):

PII (-> ``spans``)
    P1 P2 P3 (+ .sf SURNAME First, .sc Surname, First, .l surname, .f first
    name, .i initial + surname, .lc lower case; .gen .dat .acc .ins inflected
    full name, .lgen .ldat .lacc .lins inflected surname -- pl, sl, el, fi)
                                                           PERSON
    EMAIL1/EMAIL2/EMAIL3 (person's address), EMAIL0 (functional mailbox)
                                                           EMAIL_ADDRESS
    PHONE1/PHONE2/PHONE3 (person's number), PHONE0 (switchboard)
                                                           PHONE_NUMBER
    IBAN  CARD  IP IP2  NID  HIID  MRN  DOB(.n .l)  ADDR(.f .s .ml)
Keep (-> ``keep``)
    ICD ICD2 (with DX DX2 = matching diagnosis text, not a keep value)
    ATC (DRUG = matching drug name), DOSE DOSE2 (drug + strength), STR
    LAB LAB2 LAB3, TEMP HUM PREC WIND PRESS SNOW (kind LAB)
    AMT AMT2, PCT PCT2 (kind AMOUNT), ISIN ISIN2, LEI, VAT, STN, COORD,
    DATE DATE2 YEAR YEAR2 (kind DATE), REF REF2
Plain text
    T1..T3 courtesy title, D2 professional title, gN:m|f gender agreement,
    AGE1, NIDL / HIIDL (label of the ID in use), ORG, COMPANY, CITY,
    STNAME, HOSP
"""
from __future__ import annotations

import argparse
import datetime as dt
import ipaddress
import json
import random
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from stdnum import iban as std_iban
from stdnum import isin as std_isin
from stdnum import lei as std_lei
from stdnum import luhn
from stdnum.at import vnr as at_vnr
from stdnum.bg import egn as bg_egn
from stdnum.de import idnr as de_idnr
from stdnum.es import ccc as es_ccc
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fi import hetu as fi_hetu
from stdnum.fr import nir as fr_nir
from stdnum.gr import amka as gr_amka
from stdnum.ie import pps as ie_pps
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.se import personnummer as se_pnr
from stdnum.si import emso as si_emso
from stdnum.eu import vat as eu_vat

SEED = 4242
LANGS = ["en", "de", "fr", "it", "es", "pl", "fi", "sv", "el", "bg", "sl", "nl"]
ALL_LANGS = tuple(LANGS)
DOCS_PER_LANG = 84
CLEAN_SHARE = 0.10          # documents without any PII
MIXED_PER_LANG = 3          # documents whose subject comes from another country
MIN_FRAMES_PER_TYPE = 8

# language -> countries whose people / institutions appear in that language
LANG_COUNTRIES = {
    "en": ["GB", "IE"], "de": ["DE", "AT"], "fr": ["FR"], "it": ["IT"], "es": ["ES"],
    "pl": ["PL"], "fi": ["FI"], "sv": ["SE"], "el": ["GR"], "bg": ["BG"], "sl": ["SI"],
    "nl": ["NL"],
}
COUNTRY_LANG = {c: l for l, cs in LANG_COUNTRIES.items() for c in cs}
CYRILLIC_GREEK = {"el", "bg"}

PII_TYPES = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD",
             "IP_ADDRESS", "NATIONAL_ID", "HEALTH_INSURANCE_ID", "MEDICAL_RECORD_NUMBER",
             "DATE_OF_BIRTH", "STREET_ADDRESS"]
KEEP_KINDS = ["ICD10", "ATC", "DOSE", "LAB", "AMOUNT", "ISIN", "LEI", "VAT", "STATION",
              "COORD", "DATE", "REF"]

SUBTYPES = {
    "health": ["h_dis", "h_ref", "h_lab", "h_rad", "h_nur"],
    "finance": ["f_loan", "f_kyc", "f_txn", "f_compl", "f_acct"],
    "climate": ["c_stat", "c_surv"],
}
SECTOR_WEIGHTS = [("health", 0.40), ("finance", 0.40), ("climate", 0.20)]
SECTOR_TAG = {"health": "h", "finance": "f", "climate": "c"}

# PII types a document of a given subtype typically carries (besides PERSON)
SUBTYPE_PII = {
    "h_dis": ["MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "HEALTH_INSURANCE_ID", "STREET_ADDRESS",
              "PHONE_NUMBER", "NATIONAL_ID"],
    "h_ref": ["HEALTH_INSURANCE_ID", "PHONE_NUMBER", "STREET_ADDRESS", "DATE_OF_BIRTH",
              "EMAIL_ADDRESS", "NATIONAL_ID", "MEDICAL_RECORD_NUMBER"],
    "h_lab": ["MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "HEALTH_INSURANCE_ID", "EMAIL_ADDRESS",
              "IP_ADDRESS", "NATIONAL_ID"],
    "h_rad": ["MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "PHONE_NUMBER", "HEALTH_INSURANCE_ID"],
    "h_nur": ["PHONE_NUMBER", "MEDICAL_RECORD_NUMBER", "STREET_ADDRESS", "EMAIL_ADDRESS",
              "IBAN_CODE", "CREDIT_CARD"],
    "f_loan": ["IBAN_CODE", "STREET_ADDRESS", "NATIONAL_ID", "EMAIL_ADDRESS", "PHONE_NUMBER",
               "DATE_OF_BIRTH"],
    "f_kyc": ["NATIONAL_ID", "DATE_OF_BIRTH", "STREET_ADDRESS", "IP_ADDRESS", "PHONE_NUMBER",
              "EMAIL_ADDRESS", "IBAN_CODE"],
    "f_txn": ["CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "PHONE_NUMBER"],
    "f_compl": ["IBAN_CODE", "CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS"],
    "f_acct": ["EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "NATIONAL_ID", "IP_ADDRESS",
               "CREDIT_CARD"],
    "c_stat": ["PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "IP_ADDRESS"],
    "c_surv": ["EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "IP_ADDRESS"],
}
# form blocks ("Label: value" lines) used by some document subtypes
SUBTYPE_FORM = {
    "f_acct": ["name", "dob", "addr", "phone", "email", "nid", "iban", "date"],
    "f_kyc": ["name", "dob", "nid", "addr", "ref"],
    "h_lab": ["name", "dob", "mrn", "date"],
    "h_rad": ["name", "dob", "mrn", "hiid"],
    "h_dis": ["name", "dob", "mrn", "hiid"],
    "c_surv": ["observer", "phone", "email", "station", "coord", "date"],
    "c_stat": ["station", "coord", "observer", "date"],
}
FORM_SHARE = {"f_acct": 0.9, "f_kyc": 0.45, "h_lab": 0.6, "h_rad": 0.4, "h_dis": 0.25,
              "c_surv": 0.35, "c_stat": 0.3}


# ---------------------------------------------------------------------------
# Country data: phone numbering, IBAN layout, addresses, e-mail providers,
# geography.  (Names and all sentence frames live in the LANG dictionaries.)
# ---------------------------------------------------------------------------

# (national significant number prefix, total NSN length, kind)  kind: m=mobile, f=fixed
PHONE_PLAN = {
    "DE": [("151", 11, "m"), ("152", 11, "m"), ("157", 11, "m"), ("160", 10, "m"), ("170", 10, "m"),
           ("171", 10, "m"), ("172", 11, "m"), ("175", 10, "m"), ("176", 11, "m"), ("179", 11, "m"),
           ("30", 10, "f"), ("40", 10, "f"), ("89", 10, "f"), ("221", 10, "f"), ("69", 10, "f"),
           ("711", 10, "f"), ("351", 10, "f"), ("341", 9, "f"), ("511", 10, "f"), ("761", 9, "f")],
    "AT": [("664", 10, "m"), ("676", 10, "m"), ("699", 11, "m"), ("650", 10, "m"),
           ("1", 8, "f"), ("1", 9, "f"), ("316", 9, "f"), ("512", 9, "f"), ("662", 9, "f")],
    "FR": [("6", 9, "m"), ("7", 9, "m"), ("1", 9, "f"), ("2", 9, "f"), ("3", 9, "f"),
           ("4", 9, "f"), ("5", 9, "f")],
    "IT": [("320", 10, "m"), ("328", 10, "m"), ("333", 10, "m"), ("340", 10, "m"), ("347", 10, "m"),
           ("349", 10, "m"), ("366", 10, "m"), ("388", 10, "m"), ("02", 10, "f"), ("06", 10, "f"),
           ("011", 10, "f"), ("055", 10, "f"), ("081", 10, "f"), ("051", 10, "f"), ("0541", 10, "f")],
    "ES": [("6", 9, "m"), ("71", 9, "m"), ("91", 9, "f"), ("93", 9, "f"), ("96", 9, "f"),
           ("95", 9, "f"), ("94", 9, "f"), ("98", 9, "f")],
    "PL": [("50", 9, "m"), ("51", 9, "m"), ("53", 9, "m"), ("60", 9, "m"), ("66", 9, "m"), ("69", 9, "m"),
           ("72", 9, "m"), ("78", 9, "m"), ("79", 9, "m"), ("88", 9, "m"), ("22", 9, "f"), ("12", 9, "f"),
           ("71", 9, "f"), ("61", 9, "f"), ("58", 9, "f"), ("42", 9, "f")],
    "FI": [("40", 9, "m"), ("41", 9, "m"), ("44", 9, "m"), ("45", 9, "m"), ("50", 9, "m"),
           ("9", 8, "f"), ("2", 8, "f"), ("3", 8, "f"), ("8", 8, "f"), ("13", 8, "f"), ("14", 8, "f")],
    "SE": [("70", 9, "m"), ("72", 9, "m"), ("73", 9, "m"), ("76", 9, "m"), ("79", 9, "m"),
           ("8", 9, "f"), ("8", 8, "f"), ("31", 9, "f"), ("40", 9, "f"), ("18", 8, "f"), ("90", 8, "f")],
    "GR": [("690", 10, "m"), ("693", 10, "m"), ("694", 10, "m"), ("697", 10, "m"), ("698", 10, "m"),
           ("699", 10, "m"), ("210", 10, "f"), ("2310", 10, "f"), ("2610", 10, "f"), ("2810", 10, "f")],
    "BG": [("87", 9, "m"), ("88", 9, "m"), ("89", 9, "m"), ("98", 9, "m"),
           ("2", 8, "f"), ("32", 8, "f"), ("52", 8, "f"), ("56", 8, "f")],
    "SI": [("31", 8, "m"), ("40", 8, "m"), ("41", 8, "m"), ("51", 8, "m"), ("64", 8, "m"), ("70", 8, "m"),
           ("1", 8, "f"), ("2", 8, "f"), ("3", 8, "f"), ("4", 8, "f"), ("5", 8, "f")],
    "NL": [("6", 9, "m"), ("20", 9, "f"), ("10", 9, "f"), ("30", 9, "f"), ("70", 9, "f"),
           ("40", 9, "f"), ("50", 9, "f"), ("43", 9, "f")],
    "GB": [("74", 10, "m"), ("75", 10, "m"), ("77", 10, "m"), ("78", 10, "m"), ("79", 10, "m"),
           ("20", 10, "f"), ("161", 10, "f"), ("131", 10, "f"), ("121", 10, "f"), ("113", 10, "f"),
           ("117", 10, "f"), ("29", 10, "f")],
    "IE": [("83", 9, "m"), ("85", 9, "m"), ("86", 9, "m"), ("87", 9, "m"), ("89", 9, "m"),
           ("1", 8, "f"), ("21", 9, "f"), ("91", 8, "f"), ("61", 8, "f")],
}

# how numbers are written in each country (see phone_styles())
PHONE_STYLES = {
    "DE": ["nat", "nat", "intl", "slash", "dash", "paren", "intl0", "00", "compact"],
    "AT": ["nat", "intl", "slash", "intl0", "00", "dash"],
    "FR": ["nat", "nat", "dots", "intl", "intl0", "compact", "dashg"],
    "IT": ["nat", "nat", "intl", "compact", "00", "slash", "dash"],
    "ES": ["nat", "nat", "intl", "grp323", "intlpar", "compact"],
    "PL": ["nat", "nat", "intl", "dashg", "paren", "e164"],
    "FI": ["nat", "nat", "intl", "dash", "paren", "compact"],
    "SE": ["nat", "nat", "intl", "dash", "compact"],
    "GR": ["gr", "gr", "intl", "compact", "intlpar"],
    "BG": ["nat", "nat", "intl", "slash", "compact"],
    "SI": ["nat", "nat", "intl", "dashg", "compact"],
    "NL": ["nat", "dash", "dash", "intl", "intl0", "compact"],
    "GB": ["nat", "nat", "intl", "intl0", "paren", "compact"],
    "IE": ["nat", "nat", "intl", "intl0", "compact", "dash"],
}

# IBAN: list of (bank/prefix choices, tail pattern); n=digit, c=alnum (mostly digits)
IBAN_PLAN = {
    "DE": (["10010010", "37040044", "50010517", "70150000", "20050550", "12030000", "43060967",
            "76050101", "66050101", "86055592", "25050180"], "nnnnnnnnnn"),
    "AT": (["12000", "20111", "32000", "14000", "60000", "20404"], "nnnnnnnnnnn"),
    "FR": (["30004", "30003", "20041", "10278", "17515", "30002", "16006"], "FR"),
    "IT": (["03069", "02008", "05034", "01030", "03062", "05696"], "IT"),
    "ES": (["2100", "0049", "0182", "0081", "2038", "0128", "3058"], "ES"),
    "PL": (["10201026", "11402004", "10501445", "12401037", "10901014", "24901044"],
           "nnnnnnnnnnnnnnnn"),
    "FI": (["10", "20", "50", "80", "57", "40"], "nnnnnnnnnnnn"),
    "SE": (["500", "600", "800", "300", "120", "950"], "nnnnnnnnnnnnnnnnn"),
    "GR": (["011", "014", "017", "026"], "nnnnnnnnnnnnnnnnnnnn"),
    "BG": (["BNBG", "UNCR", "STSA", "FINV", "RZBB", "BPBI"], "nnnnnncccccccc"),
    "SI": (["0201", "0510", "0400", "1910", "0310", "0600", "2900"], "SI"),
    "NL": (["ABNA", "RABO", "INGB", "SNSB", "TRIO", "KNAB", "ASNB", "BUNQ"], "nnnnnnnnnn"),
    "GB": (["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "nnnnnnnnnnnnnn"),
    "IE": (["AIBK93", "BOFI90", "IPBS99"], "nnnnnnnnnnnn"),
    "BE": (["001", "068", "310", "363", "734"], "nnnnnnnnn"),
    "LU": (["001", "019", "141", "250"], "nnnnnnnnnnnnn"),
    "PT": (["0035", "0033", "0007", "0010"], "nnnnnnnnnnnnnnnnn"),
}

EMAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de"],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr"],
    "IT": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it", "yahoo.it"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "PL": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com", "poczta.fm"],
    "FI": ["gmail.com", "kolumbus.fi", "luukku.com", "outlook.com", "elisanet.fi"],
    "SE": ["telia.com", "gmail.com", "hotmail.se", "bredband.net", "outlook.com"],
    "GR": ["gmail.com", "otenet.gr", "yahoo.gr", "hotmail.com", "windowslive.com"],
    "BG": ["abv.bg", "mail.bg", "gmail.com", "dir.bg", "yahoo.com"],
    "SI": ["gmail.com", "siol.net", "t-2.net", "amis.net", "guest.arnes.si"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "planet.nl"],
    "GB": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com", "hotmail.co.uk"],
    "IE": ["eircom.net", "gmail.com", "hotmail.com", "icloud.com", "yahoo.ie"],
}

# latitude/longitude boxes for coordinates
GEO_BOX = {
    "GB": (50.6, 57.4, -4.9, 1.3), "IE": (51.7, 55.1, -9.9, -6.3), "DE": (47.6, 54.7, 6.2, 14.8),
    "AT": (46.6, 48.8, 9.7, 16.9), "FR": (43.2, 50.4, -4.3, 7.4), "IT": (37.2, 46.4, 7.2, 18.3),
    "ES": (36.3, 43.5, -8.8, 3.1), "PL": (49.2, 54.6, 14.3, 23.9), "FI": (60.1, 69.7, 21.2, 30.9),
    "SE": (55.5, 68.4, 11.6, 23.4), "GR": (35.1, 41.4, 20.3, 26.4), "BG": (41.4, 44.1, 22.6, 28.4),
    "SI": (45.5, 46.8, 13.5, 16.5), "NL": (50.8, 53.4, 3.6, 7.1),
}

# weather stations: (name, WMO index, national-id pattern)
STATIONS = {
    "GB": [("Heathrow", "03772"), ("Armagh", "03917"), ("Lerwick", "03005"), ("Valley", "03302"),
           ("Eskdalemuir", "03162"), ("Camborne", "03808")],
    "IE": [("Valentia Observatory", "03953"), ("Dublin Airport", "03969"), ("Malin Head", "03980"),
           ("Shannon Airport", "03962")],
    "DE": [("Berlin-Tempelhof", "10384"), ("Hamburg-Fuhlsbüttel", "10147"), ("Potsdam", "10379"),
           ("Zugspitze", "10961"), ("Brocken", "10453"), ("Helgoland", "10015"), ("Hohenpeißenberg", "10962")],
    "AT": [("Wien-Hohe Warte", "11035"), ("Sonnblick", "11343"), ("Innsbruck-Flughafen", "11120")],
    "FR": [("Paris-Montsouris", "07156"), ("Brest-Guipavas", "07110"), ("Lyon-Saint-Exupéry", "07481"),
           ("Marignane", "07650"), ("Strasbourg-Entzheim", "07190"), ("Mont Aigoual", "07560")],
    "IT": [("Roma Ciampino", "16239"), ("Milano Linate", "16080"), ("Napoli Capodichino", "16289"),
           ("Bologna Borgo Panigale", "16140"), ("Cagliari Elmas", "16560"), ("Monte Cimone", "16134")],
    "ES": [("Madrid, Retiro", "08222"), ("Barcelona Aeropuerto", "08181"), ("Sevilla Aeropuerto", "08391"),
           ("Valencia", "08284"), ("Bilbao Aeropuerto", "08082"), ("Izaña", "60010")],
    "PL": [("Warszawa-Okęcie", "12375"), ("Kraków-Balice", "12566"), ("Gdańsk-Rębiechowo", "12150"),
           ("Poznań-Ławica", "12330"), ("Śnieżka", "12510"), ("Kasprowy Wierch", "12650")],
    "FI": [("Helsinki Kaisaniemi", "02978"), ("Sodankylä Tähtelä", "02836"), ("Jyväskylä lentoasema", "02935"),
           ("Oulu lentoasema", "02875"), ("Utsjoki Kevo", "02805"), ("Jokioinen Ilmala", "02963")],
    "SE": [("Stockholm-Observatoriekullen", "02485"), ("Kiruna flygplats", "02044"), ("Lund", "02627"),
           ("Östersund-Frösön", "02226"), ("Visby flygplats", "02590"), ("Abisko", "02021")],
    "GR": [("Ελληνικό", "16716"), ("Θεσσαλονίκη Μίκρα", "16622"), ("Ηράκλειο", "16754"),
           ("Λάρισα", "16648"), ("Πάτρα Άραξος", "16687")],
    "BG": [("София", "15614"), ("Варна", "15552"), ("Пловдив", "15625"), ("Бургас", "15655"),
           ("Мусала", "15615"), ("Видин", "15502")],
    "SI": [("Ljubljana Bežigrad", "14015"), ("Maribor Tabor", "14026"), ("Kredarica", "14008"),
           ("Portorož letališče", "14105"), ("Novo mesto", "14121")],
    "NL": [("De Bilt", "06260"), ("Schiphol", "06240"), ("Eelde", "06280"), ("Vlissingen", "06310"),
           ("Maastricht", "06380"), ("Lauwersoog", "06277")],
}


# ---- addresses --------------------------------------------------------------

def _num(rng, lo=1, hi=140, suffix="", p_suffix=0.12):
    n = str(rng.randint(lo, hi) if rng.random() < 0.7 else rng.randint(lo, 30))
    if suffix and rng.random() < p_suffix:
        n += rng.choice(suffix)
    return n


def _letters(rng, k, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(alphabet) for _ in range(k))


def _digits(rng, k, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(k))
    if first_nonzero and s and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


ADDRESS_DATA = {
    "DE": dict(streets=["Hauptstraße", "Bahnhofstraße", "Lindenallee", "Am Mühlbach", "Schillerstraße",
                        "Goethestraße", "Friedrich-Ebert-Straße", "Weinbergsweg", "Im Wiesengrund",
                        "Kastanienweg", "Rosenstraße", "Berliner Allee", "Zum Sportplatz", "An der Alster",
                        "Karl-Liebknecht-Straße", "Großer Burstah", "Theresienstraße", "Auf dem Kamp"],
               cities=[("10115", "Berlin"), ("10437", "Berlin"), ("20095", "Hamburg"), ("80331", "München"),
                       ("80799", "München"), ("50667", "Köln"), ("60311", "Frankfurt am Main"),
                       ("70173", "Stuttgart"), ("04109", "Leipzig"), ("01067", "Dresden"), ("28195", "Bremen"),
                       ("48143", "Münster"), ("79098", "Freiburg im Breisgau"), ("24103", "Kiel"),
                       ("99084", "Erfurt"), ("93047", "Regensburg"), ("17489", "Greifswald")]),
    "AT": dict(streets=["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Annenstraße",
                        "Museumstraße", "Linzer Gasse", "Favoritenstraße", "Grabenweg"],
               cities=[("1060", "Wien"), ("1030", "Wien"), ("1100", "Wien"), ("8010", "Graz"),
                       ("8020", "Graz"), ("6020", "Innsbruck"), ("5020", "Salzburg"), ("4020", "Linz")]),
    "FR": dict(streets=["rue de la République", "avenue Jean-Jaurès", "boulevard Voltaire", "rue des Lilas",
                        "place du Marché", "allée des Tilleuls", "chemin des Vignes", "impasse du Moulin",
                        "rue Victor-Hugo", "quai de la Fosse", "rue du Faubourg-Saint-Antoine",
                        "avenue de la Libération", "rue Nationale", "route de Lyon"],
               cities=[("75011", "Paris"), ("75002", "Paris"), ("75018", "Paris"), ("69002", "Lyon"),
                       ("69007", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse"), ("44000", "Nantes"),
                       ("67000", "Strasbourg"), ("33000", "Bordeaux"), ("59000", "Lille"),
                       ("35000", "Rennes"), ("34000", "Montpellier"), ("63000", "Clermont-Ferrand"),
                       ("29200", "Brest"), ("97400", "Saint-Denis")]),
    "IT": dict(streets=["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Giuseppe Mazzini",
                        "Piazza della Libertà", "Viale dei Mille", "Via dei Tigli", "Via Nazionale",
                        "Vicolo del Pozzo", "Via San Francesco d'Assisi", "Largo Augusto", "Via Emilia Est"],
               cities=[("00184", "Roma", "RM"), ("00153", "Roma", "RM"), ("20121", "Milano", "MI"),
                       ("20135", "Milano", "MI"), ("10121", "Torino", "TO"), ("80133", "Napoli", "NA"),
                       ("40126", "Bologna", "BO"), ("50122", "Firenze", "FI"), ("90133", "Palermo", "PA"),
                       ("70122", "Bari", "BA"), ("35122", "Padova", "PD"), ("09124", "Cagliari", "CA"),
                       ("39100", "Bolzano", "BZ"), ("47921", "Rimini", "RN")]),
    "ES": dict(streets=["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle de Balmes",
                        "Paseo de la Castellana", "Plaza del Ayuntamiento", "Calle Real", "Rambla de Catalunya",
                        "Calle San Vicente Mártir", "Avenida de Andalucía", "Calle Uría", "Camino de las Huertas"],
               cities=[("28013", "Madrid"), ("28046", "Madrid"), ("08008", "Barcelona"), ("08021", "Barcelona"),
                       ("46002", "Valencia"), ("41001", "Sevilla"), ("48001", "Bilbao"), ("29015", "Málaga"),
                       ("50001", "Zaragoza"), ("15001", "A Coruña"), ("33003", "Oviedo"),
                       ("35002", "Las Palmas de Gran Canaria"), ("30001", "Murcia")]),
    "PL": dict(streets=["ul. Długa", "ul. Piotrkowska", "al. Jerozolimskie", "ul. Marszałkowska",
                        "ul. Kwiatowa", "ul. Świętokrzyska", "os. Tysiąclecia", "ul. Grunwaldzka",
                        "ul. Mickiewicza", "pl. Wolności", "ul. Żeromskiego", "ul. Łąkowa"],
               cities=[("00-238", "Warszawa"), ("00-697", "Warszawa"), ("02-495", "Warszawa"),
                       ("90-926", "Łódź"), ("30-001", "Kraków"), ("31-154", "Kraków"), ("50-077", "Wrocław"),
                       ("80-831", "Gdańsk"), ("61-701", "Poznań"), ("20-002", "Lublin"),
                       ("40-004", "Katowice"), ("15-950", "Białystok"), ("70-550", "Szczecin")]),
    "FI": dict(streets=["Mannerheimintie", "Hämeenkatu", "Aurakatu", "Isokatu", "Kauppakatu", "Rantatie",
                        "Koivukuja", "Satakunnankatu", "Puistokatu", "Runeberginkatu", "Pohjoisranta", "Myllytie"],
               cities=[("00100", "Helsinki"), ("00250", "Helsinki"), ("00530", "Helsinki"), ("33200", "Tampere"),
                       ("20100", "Turku"), ("90100", "Oulu"), ("40100", "Jyväskylä"), ("70100", "Kuopio"),
                       ("96100", "Rovaniemi"), ("02100", "Espoo"), ("15100", "Lahti"), ("65100", "Vaasa")]),
    "SE": dict(streets=["Storgatan", "Kungsgatan", "Drottninggatan", "Sveavägen", "Skolgatan", "Ringvägen",
                        "Västra Hamngatan", "Björkvägen", "Järnvägsgatan", "Götgatan", "Nygatan", "Lillgatan"],
               cities=[("111 23", "Stockholm"), ("113 46", "Stockholm"), ("118 25", "Stockholm"),
                       ("411 19", "Göteborg"), ("211 22", "Malmö"), ("252 21", "Helsingborg"),
                       ("753 20", "Uppsala"), ("903 26", "Umeå"), ("831 30", "Östersund"),
                       ("581 83", "Linköping"), ("621 55", "Visby"), ("981 31", "Kiruna")]),
    "GR": dict(streets=["Ερμού", "Πατησίων", "Λεωφ. Κηφισίας", "Τσιμισκή", "Αγίου Δημητρίου",
                        "Λεωφ. Βασιλίσσης Σοφίας", "Σταδίου", "Μαιζώνος", "Ελευθερίου Βενιζέλου",
                        "Κολοκοτρώνη", "Αριστοτέλους", "Ομήρου"],
               cities=[("105 63", "Αθήνα"), ("106 76", "Αθήνα"), ("112 57", "Αθήνα"), ("151 25", "Μαρούσι"),
                       ("546 22", "Θεσσαλονίκη"), ("546 24", "Θεσσαλονίκη"), ("262 21", "Πάτρα"),
                       ("712 02", "Ηράκλειο"), ("412 22", "Λάρισα"), ("452 21", "Ιωάννινα"), ("185 35", "Πειραιάς")]),
    "BG": dict(streets=["ул. „Витоша“", "бул. „Цар Освободител“", "ул. „Раковски“", "бул. „България“",
                        "ул. „Граф Игнатиев“", "бул. „Сливница“", "ул. „Капитан Райчо“", "ул. „Шипка“",
                        "бул. „Княгиня Мария Луиза“", "ул. „Оборище“"],
               cities=[("1000", "София"), ("1142", "София"), ("1404", "София"), ("1680", "София"),
                       ("4000", "Пловдив"), ("9000", "Варна"), ("8000", "Бургас"), ("7000", "Русе"),
                       ("5000", "Велико Търново"), ("2700", "Благоевград")]),
    "SI": dict(streets=["Slovenska cesta", "Trubarjeva cesta", "Prešernova ulica", "Partizanska cesta",
                        "Celovška cesta", "Ulica Vita Kraigherja", "Gosposka ulica", "Tržaška cesta",
                        "Cesta v Gorice", "Kidričeva ulica", "Ulica talcev", "Pot na Fužine"],
               cities=[("1000", "Ljubljana"), ("1000", "Ljubljana"), ("2000", "Maribor"), ("4000", "Kranj"),
                       ("3000", "Celje"), ("6000", "Koper"), ("8000", "Novo mesto"), ("5000", "Nova Gorica"),
                       ("9000", "Murska Sobota"), ("6320", "Portorož")]),
    "NL": dict(streets=["Kerkstraat", "Oudegracht", "Coolsingel", "Dorpsstraat", "Prinsengracht",
                        "Molenweg", "Stationsweg", "Julianalaan", "Vismarkt", "Lange Voorhout",
                        "Burgemeester de Withstraat", "Van Welderenstraat"],
               cities=[("1017", "Amsterdam"), ("1015", "Amsterdam"), ("3511", "Utrecht"), ("3011", "Rotterdam"),
                       ("2514", "Den Haag"), ("9711", "Groningen"), ("5611", "Eindhoven"), ("6511", "Nijmegen"),
                       ("6211", "Maastricht"), ("8011", "Zwolle"), ("2311", "Leiden"), ("7511", "Enschede")]),
    "GB": dict(streets=["Station Road", "High Street", "Queen's Road", "Church Lane", "Victoria Street",
                        "Mill Lane", "Park Avenue", "Baker Street", "Albert Terrace", "Kingsway",
                        "St Mary's Close", "Ashgrove Crescent"],
               cities=[("London", "NW1"), ("London", "SE15"), ("London", "E8"), ("Leeds", "LS1"),
                       ("Manchester", "M14"), ("Bristol", "BS8"), ("Birmingham", "B15"), ("Cardiff", "CF10"),
                       ("Edinburgh", "EH6"), ("Glasgow", "G12"), ("Norwich", "NR2"), ("York", "YO31"),
                       ("Belfast", "BT9")]),
    "IE": dict(streets=["Main Street", "Grafton Street", "Harcourt Street", "Patrick Street",
                        "Shop Street", "O'Connell Street", "Church Road", "Strand Road", "Castle Street",
                        "Seafield Avenue"],
               cities=[("Dublin 2", "D02"), ("Dublin 8", "D08"), ("Dublin 6W", "D6W"), ("Cork", "T12"),
                       ("Ballincollig, Co. Cork", "P31"), ("Galway", "H91"), ("Limerick", "V94"),
                       ("Athlone, Co. Westmeath", "N37"), ("Sligo", "F91"), ("Tralee, Co. Kerry", "V92")]),
}


def make_address(rng, cc):
    """Return dict(full=..., short=..., ml=..., city=...) for a random address in country cc."""
    d = ADDRESS_DATA[cc]
    st = rng.choice(d["streets"])
    city = rng.choice(d["cities"])
    if cc in ("DE", "AT"):
        num = _num(rng, suffix="abc")
        if cc == "AT" and rng.random() < 0.6:
            num += "/" + str(rng.randint(1, 9)) + ("/" + str(rng.randint(1, 24)) if rng.random() < 0.6 else "")
        short = f"{st} {num}"
        tail = f"{city[0]} {city[1]}"
        if cc == "AT" and rng.random() < 0.25:
            tail = f"A-{city[0]} {city[1]}"
    elif cc == "FR":
        num = _num(rng, 1, 180)
        if rng.random() < 0.12:
            num += rng.choice([" bis", " ter"])
        short = f"{num} {st}"
        if rng.random() < 0.2:
            short = f"{rng.choice(['Bât. B', 'Appt 12', 'Résidence Les Pins'])}, {short}"
        tail = f"{city[0]} {city[1]}"
        if rng.random() < 0.15:
            tail = f"{city[0]} {city[1].upper()}"
    elif cc == "IT":
        num = _num(rng, 1, 200, suffix="ABC", p_suffix=0.08)
        short = f"{st} {num}" if rng.random() < 0.7 else f"{st}, {num}"
        tail = f"{city[0]} {city[1]}" + (f" ({city[2]})" if rng.random() < 0.5 else "")
    elif cc == "ES":
        num = _num(rng, 1, 150)
        form = rng.random()
        if form < 0.4:
            short = f"{st} {num}"
        elif form < 0.75:
            short = f"{st}, {num}, {rng.randint(1, 9)}º {rng.choice('ABCD')}"
        else:
            short = f"C/ {st.split(' ', 1)[1] if st.startswith('Calle') else st} {num}, {rng.randint(1, 8)}º {rng.randint(1, 4)}ª"
        tail = f"{city[0]} {city[1]}"
    elif cc == "PL":
        num = _num(rng, 1, 120, suffix="ab", p_suffix=0.1)
        r = rng.random()
        if r < 0.45:
            num += f"/{rng.randint(1, 60)}"
        elif r < 0.55:
            num += f" m. {rng.randint(1, 60)}"
        short = f"{st} {num}"
        tail = f"{city[0]} {city[1]}"
    elif cc == "FI":
        num = _num(rng, 1, 80)
        if rng.random() < 0.6:
            num += f" {rng.choice('ABCD')} {rng.randint(1, 48)}"
        short = f"{st} {num}"
        tail = f"{city[0]} {city[1]}" if rng.random() < 0.85 else f"{city[0]} {city[1].upper()}"
    elif cc == "SE":
        num = _num(rng, 1, 90, suffix="AB", p_suffix=0.15)
        short = f"{st} {num}" + (f" lgh {rng.randint(10, 14)}0{rng.randint(1, 9)}" if rng.random() < 0.25 else "")
        tail = f"{city[0]} {city[1]}" if rng.random() < 0.85 else f"SE-{city[0]} {city[1]}"
    elif cc == "GR":
        num = _num(rng, 1, 190)
        short = (("Οδός " if rng.random() < 0.25 and not st.startswith("Λεωφ") else "") + f"{st} {num}")
        tail = f"{city[0]} {city[1]}" if rng.random() < 0.7 else f"ΤΚ {city[0]}, {city[1]}"
    elif cc == "BG":
        r = rng.random()
        if r < 0.75:
            short = f"{st} {_num(rng, 1, 140)}" + (f", ет. {rng.randint(1, 8)}, ап. {rng.randint(1, 40)}" if rng.random() < 0.35 else "")
        else:
            short = (f"ж.к. „{rng.choice(['Младост', 'Люлин', 'Дружба', 'Надежда', 'Тракия', 'Чайка'])}“ "
                     f"{rng.randint(1, 4)}, бл. {rng.randint(1, 420)}, вх. {rng.choice('АБВГ')}, ап. {rng.randint(1, 90)}")
        tail = f"{city[0]} {city[1]}" if rng.random() < 0.7 else f"гр. {city[1]} {city[0]}"
    elif cc == "SI":
        num = _num(rng, 1, 120, suffix="abc", p_suffix=0.12)
        short = f"{st} {num}"
        tail = f"{city[0]} {city[1]}" if rng.random() < 0.85 else f"SI-{city[0]} {city[1]}"
    elif cc == "NL":
        num = _num(rng, 1, 260)
        r = rng.random()
        if r < 0.15:
            num += rng.choice(["A", "B", "a", "-bis"])
        elif r < 0.30:
            num += rng.choice(["-II", "-III", " hs", "-1", "-2"])
        short = f"{st} {num}"
        pc = f"{city[0]} {_letters(rng, 2, 'ABCEGHJKLMNPRTVWXZ')}"
        tail = f"{pc} {city[1]}" if rng.random() < 0.85 else f"{pc}  {city[1].upper()}"
    elif cc == "GB":
        num = _num(rng, 1, 220, suffix="AB", p_suffix=0.1)
        short = f"{num} {st}"
        if rng.random() < 0.25:
            short = f"Flat {rng.randint(1, 24)}, {short}"
        inward = f"{rng.randint(1, 9)}{_letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        tail = f"{city[0]} {city[1]} {inward}"
    elif cc == "IE":
        num = _num(rng, 1, 160)
        short = f"{num} {st}"
        if rng.random() < 0.25:
            short = f"Apartment {rng.randint(1, 40)}, {short}"
        eir = f"{city[1]} {_letters(rng, 1, 'ACDEFHKNPRTVWXY')}{_digits(rng, 1)}{_letters(rng, 1, 'ACDEFHKNPRTVWXY')}{_digits(rng, 1)}"
        tail = f"{city[0]}, {eir}" if rng.random() < 0.8 else f"{city[0]} {eir}"
    else:  # pragma: no cover
        raise KeyError(cc)
    return dict(full=f"{short}, {tail}", short=short, ml=f"{short}\n{tail}",
                city=city[1] if cc not in ("GB", "IE") else city[0])


# ---- phone numbers ------------------------------------------------------------

def _phone_candidate(rng, cc, kind):
    plan = [p for p in PHONE_PLAN[cc] if kind is None or p[2] == kind] or PHONE_PLAN[cc]
    prefix, length, _ = rng.choice(plan)
    rest = length - len(prefix)
    return prefix + rng.choice("23456789") + _digits(rng, rest - 1)


def phone_styles(num, cc):
    """All supported written forms of a parsed number, keyed by style name."""
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, PNF.E164)
    ccode = str(num.country_code)
    groups = re.findall(r"\d+", nat)
    nsn = phonenumbers.national_significant_number(num)
    area, rest = groups[0], groups[1:]
    st = {"nat": nat, "intl": intl, "e164": e164, "compact": "".join(groups),
          "dashg": "-".join(groups), "dots": ".".join(groups)}
    if rest:
        st["slash"] = f"{area}/{''.join(rest)}"
        st["dash"] = f"{area}-{''.join(rest)}"
        st["paren"] = f"({area}) {' '.join(rest)}"
        if area.startswith("0") and cc != "IT":
            st["intl0"] = f"+{ccode} (0){area[1:]} {' '.join(rest)}"
    st["00"] = "00" + intl[1:]
    st["intlpar"] = f"(+{ccode}) {intl.split(' ', 1)[1]}"
    if cc == "ES":
        st["grp323"] = f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}" if nsn[0] == "6" else f"{nsn[:2]} {nsn[2:5]} {nsn[5:7]} {nsn[7:]}"
    if cc == "GR":
        cut = 3 if nsn.startswith("69") or nsn.startswith("21") else 4
        st["gr"] = f"{nsn[:cut]} {nsn[cut:]}"
    if cc == "SE":
        st["dash"] = nat.replace(" ", "")
    if cc == "NL" and nsn.startswith("6"):
        st["dash"] = f"06-{nsn[1:]}"
        st["nat"] = f"06 {nsn[1:5]} {nsn[5:]}" if len(nsn) == 9 else nat
    return st


def make_phone(rng, cc, kind=None, style=None, intl=False):
    """Random valid phone number of country cc written in a country-typical way."""
    for _ in range(500):
        cand = _phone_candidate(rng, cc, kind)
        num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(cc)) + cand, cc)
        if not phonenumbers.is_valid_number(num):
            continue
        styles = phone_styles(num, cc)
        if intl:
            choice = rng.choice(["intl", "intl", "e164", "00", "intl0" if "intl0" in styles else "intl"])
        else:
            choice = style or rng.choice(PHONE_STYLES[cc])
        text = styles.get(choice, styles["nat"])
        parsed = phonenumbers.parse(text, cc)
        if phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == cc:
            return text
    raise RuntimeError(f"could not generate phone for {cc}")


# ---- IBAN / cards / IP ----------------------------------------------------------

def _fill(rng, pattern):
    out = []
    for ch in pattern:
        if ch == "n":
            out.append(rng.choice("0123456789"))
        elif ch == "c":
            out.append(rng.choice("0123456789") if rng.random() < 0.85 else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def _mod97(digits):
    return int(digits) % 97


def _bban(rng, cc):
    banks, tail = IBAN_PLAN[cc]
    bank = rng.choice(banks)
    if tail == "FR":           # bank(5) branch(5) account(11) RIB key(2)
        branch, acct = _digits(rng, 5), _digits(rng, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        return f"{bank}{branch}{acct}{key:02d}"
    if tail == "IT":           # CIN(1) ABI(5) CAB(5) account(12)
        body = bank + _digits(rng, 5) + _digits(rng, 12)
        return it_cf.calc_check_digit(body) + body
    if tail == "ES":           # bank(4) office(4) CCC check digits(2) account(10)
        office, acct = _digits(rng, 4), _digits(rng, 10)
        return bank + office + es_ccc.calc_check_digits(bank + office + "00" + acct) + acct
    if tail == "SI":           # 13 digits + national mod-97 check -> IBAN check digits are always 56
        body = bank + _digits(rng, 9)
        return body + f"{98 - (int(body) * 100) % 97:02d}"
    return bank + _fill(rng, tail)


def make_iban(rng, cc):
    for _ in range(5000):
        bban = _bban(rng, cc)
        if cc == "PT":
            bban = bban[:-2] + f"{98 - (int(bban[:-2]) * 100) % 97:02d}"
        code = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(code):
            return code
    raise RuntimeError(cc)


def format_iban(rng, code):
    r = rng.random()
    if r < 0.55:
        return std_iban.format(code)               # grouped by 4
    if r < 0.9:
        return code                                # compact
    return std_iban.format(code).replace(" ", "-") if code[:2] in ("DE", "NL", "FR") else std_iban.format(code)


def make_card(rng):
    r = rng.random()
    if r < 0.5:
        body = "4" + _digits(rng, 14)
    elif r < 0.85:
        body = f"5{rng.randint(1, 5)}" + _digits(rng, 13)
    else:
        body = str(rng.randint(2221, 2720)) + _digits(rng, 11)
    num = body + luhn.calc_check_digit(body)
    s = rng.random()
    if s < 0.6:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if s < 0.85:
        return num
    return "-".join(num[i:i + 4] for i in range(0, 16, 4))


def make_ip(rng):
    if rng.random() < 0.18:
        prefix = rng.choice([0x2a02, 0x2a01, 0x2001, 0x2a00, 0x2003, 0x2a0a, 0x2c0f])
        if prefix == 0x2001:
            prefix2 = rng.choice([0x0470, 0x0678, 0x1620, 0x4ca0])
        else:
            prefix2 = rng.randint(0x0100, 0xfffe)
        groups = [prefix, prefix2] + [rng.randint(0, 0xffff) for _ in range(2)]
        if rng.random() < 0.5:
            groups += [0, 0, 0, rng.randint(1, 0xff)]
        else:
            groups += [rng.randint(0, 0xffff) for _ in range(4)]
        addr = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
        return addr.compressed
    while True:
        a = ipaddress.IPv4Address(".".join(str(x) for x in (rng.randint(2, 223), rng.randint(0, 255),
                                                               rng.randint(0, 255), rng.randint(1, 254))))
        if a.is_global:
            return str(a)


# ---------------------------------------------------------------------------
# National identifiers (validated with python-stdnum)
# ---------------------------------------------------------------------------

def _retry(rng, make, valid, tries=20000):
    for _ in range(tries):
        v = make()
        if valid(v):
            return v
    raise RuntimeError("no valid value")


def nid_de(rng, p):
    def make():
        digits = rng.sample("0123456789", 9)
        if digits[0] == "0":
            digits[0], digits[1] = digits[1], digits[0]
        digits.insert(rng.randint(1, 9), rng.choice(digits))
        body = "".join(digits)
        return body + rng.choice("0123456789")
    v = _retry(rng, make, de_idnr.is_valid)
    return v if rng.random() < 0.5 else de_idnr.format(v)


def nid_at(rng, p):
    d = p.dob
    def make():
        serial = str(rng.randint(100, 999))
        tail = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"
        base = serial + "0" + tail
        return serial + at_vnr.calc_check_digit(base) + tail
    v = _retry(rng, make, at_vnr.is_valid)
    return v if rng.random() < 0.3 else f"{v[:4]} {v[4:]}"


def nid_fr(rng, p):
    d = p.dob
    dept = rng.choice(["75", "69", "13", "33", "59", "44", "67", "35", "2A", "2B", "31", "99", "974"])
    if dept == "974":
        place = "974" + _digits(rng, 2)
    elif dept == "99":
        place = "99" + rng.choice(["127", "134", "350", "109", "352"])   # born abroad (IT, ES, MA, DE, DZ)
    else:
        place = dept + _digits(rng, 3)
    body = f"{1 if p.gender == 'm' else 2}{d.year % 100:02d}{d.month:02d}{place}{rng.randint(1, 999):03d}"
    v = body + fr_nir.calc_check_digits(body)
    assert fr_nir.is_valid(v), v
    return fr_nir.format(v) if rng.random() < 0.55 else v


_CF_MONTHS = "ABCDEHLMPRST"
_CF_TOWNS = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "A662", "L424", "G224", "B354", "C351"]


def _cf_part(word, first_name=False):
    w = re.sub(r"[^A-Z]", "", fold_ascii(word).upper())
    cons = [c for c in w if c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    if first_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def nid_it(rng, p):
    d = p.dob
    body = (_cf_part(p.last_latin) + _cf_part(p.first_latin.split()[0], True) + f"{d.year % 100:02d}"
            + _CF_MONTHS[d.month - 1] + f"{d.day + (40 if p.gender == 'f' else 0):02d}" + rng.choice(_CF_TOWNS))
    v = body + it_cf.calc_check_digit(body)
    assert it_cf.is_valid(v), v
    return v


def nid_es(rng, p):
    if p.nie:
        body = rng.choice("XYZ") + _digits(rng, 7)
        v = body + es_nie.calc_check_digit(body)
        assert es_nie.is_valid(v)
        return v if rng.random() < 0.7 else f"{v[0]}-{v[1:8]}-{v[8]}"
    body = _digits(rng, 8, first_nonzero=True)
    v = body + es_dni.calc_check_digit(body)
    assert es_dni.is_valid(v)
    return v if rng.random() < 0.75 else f"{body}-{v[-1]}"


def nid_pl(rng, p):
    d = p.dob
    month = d.month + (20 if d.year >= 2000 else 0)
    def make():
        serial = _digits(rng, 3) + str(rng.choice([1, 3, 5, 7, 9] if p.gender == "m" else [0, 2, 4, 6, 8]))
        body = f"{d.year % 100:02d}{month:02d}{d.day:02d}{serial}"
        return body + pl_pesel.calc_check_digit(body)
    return _retry(rng, make, pl_pesel.is_valid)


def nid_fi(rng, p):
    d = p.dob
    if d.year >= 2000:
        sign = rng.choice("AAB")
    else:
        sign = rng.choice("----Y")
    def make():
        ind = rng.randint(2, 899)
        if (ind % 2 == 1) != (p.gender == "m"):
            ind += 1
        base = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{ind:03d}"
        return f"{base[:6]}{sign}{base[6:]}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(base) % 31]
    return _retry(rng, make, fi_hetu.is_valid)


def nid_se(rng, p, ref_year):
    d = p.dob
    old = ref_year - d.year >= 100
    def make():
        ind = _digits(rng, 2) + str(rng.choice([1, 3, 5, 7, 9] if p.gender == "m" else [0, 2, 4, 6, 8]))
        base = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{ind}"
        chk = luhn.calc_check_digit(base)
        if old:
            return f"{base[:6]}+{base[6:]}{chk}"
        if rng.random() < 0.3:
            return f"{d.year}{d.month:02d}{d.day:02d}-{ind}{chk}"
        return f"{base[:6]}-{base[6:]}{chk}"
    return _retry(rng, make, se_pnr.is_valid)


def nid_gr(rng, p):
    d = p.dob
    def make():
        ind = _digits(rng, 3) + str(rng.choice([1, 3, 5, 7, 9] if p.gender == "m" else [0, 2, 4, 6, 8]))
        base = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{ind}"
        return base + luhn.calc_check_digit(base)
    return _retry(rng, make, gr_amka.is_valid)


def nid_bg(rng, p):
    d = p.dob
    month = d.month + (40 if d.year >= 2000 else 0)
    def make():
        region = _digits(rng, 2) + str(rng.choice([0, 2, 4, 6, 8] if p.gender == "m" else [1, 3, 5, 7, 9]))
        body = f"{d.year % 100:02d}{month:02d}{d.day:02d}{region}"
        return body + bg_egn.calc_check_digit(body)
    return _retry(rng, make, bg_egn.is_valid)


def nid_si(rng, p):
    d = p.dob
    def make():
        serial = rng.randint(0, 499) if p.gender == "m" else rng.randint(500, 999)
        body = f"{d.day:02d}{d.month:02d}{d.year % 1000:03d}50{serial:03d}"
        return body + si_emso.calc_check_digit(body)
    return _retry(rng, make, si_emso.is_valid)


def nid_nl(rng, p):
    v = _retry(rng, lambda: _digits(rng, 9, first_nonzero=True), nl_bsn.is_valid)
    r = rng.random()
    return v if r < 0.7 else (f"{v[:4]}.{v[4:6]}.{v[6:]}" if r < 0.85 else f"{v[:3]} {v[3:6]} {v[6:]}")


def nid_ie(rng, p):
    def make():
        body = _digits(rng, 7)
        return body + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW") + (rng.choice(["A", "B", "", "", ""]))
    v = _retry(rng, make, ie_pps.is_valid)
    return v if rng.random() < 0.8 else f"{v[:7]} {v[7:]}"


_NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_is_valid(value):
    """UK National Insurance number (no stdnum module): format and prefix rules."""
    v = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v):
        return False
    return v[:2] not in _NINO_BAD_PREFIX


def nid_gb(rng, p):
    def make():
        return (rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ") + _digits(rng, 6)
                + rng.choice("ABCD"))
    v = _retry(rng, make, nino_is_valid)
    return v if rng.random() < 0.4 else f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"


NID_MAKERS = {"DE": nid_de, "AT": nid_at, "FR": nid_fr, "IT": nid_it, "ES": nid_es, "PL": nid_pl,
              "FI": nid_fi, "GR": nid_gr, "BG": nid_bg, "SI": nid_si, "NL": nid_nl, "IE": nid_ie,
              "GB": nid_gb}

# which national ID scheme a person of a country carries (used to validate and to label)
def nid_scheme(cc, person):
    if cc == "ES":
        return "ES_NIE" if person.nie else "ES_DNI"
    return cc


NID_VALIDATORS = {
    "DE": de_idnr.is_valid, "AT": at_vnr.is_valid, "FR": fr_nir.is_valid, "IT": it_cf.is_valid,
    "ES_DNI": es_dni.is_valid, "ES_NIE": es_nie.is_valid, "PL": pl_pesel.is_valid, "FI": fi_hetu.is_valid,
    "SE": se_pnr.is_valid, "GR": gr_amka.is_valid, "BG": bg_egn.is_valid, "SI": si_emso.is_valid,
    "NL": nl_bsn.is_valid, "IE": ie_pps.is_valid, "GB": nino_is_valid,
}

# label of a foreign national ID when it shows up in another language's text
NID_SHORT = {"DE": "Steuer-ID", "AT": "SV-Nummer", "FR": "NIR", "IT": "codice fiscale", "ES_DNI": "DNI",
             "ES_NIE": "NIE", "PL": "PESEL", "FI": "HETU", "SE": "personnummer", "GR": "AMKA", "BG": "EGN",
             "SI": "EMŠO", "NL": "BSN", "IE": "PPSN", "GB": "NINO"}


# ---------------------------------------------------------------------------
# Health-insurance numbers (format only; German KVNR and NHS number with check digit)
# ---------------------------------------------------------------------------

def _kvnr(rng):
    letter = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    body = _digits(rng, 8, first_nonzero=True)
    seq = f"{ord(letter) - 64:02d}" + body
    total = 0
    for i, ch in enumerate(seq):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        total += v // 10 + v % 10
    return letter + body + str(total % 10)


def _nhs(rng):
    while True:
        body = _digits(rng, 9, first_nonzero=True)
        c = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
        if c == 11:
            c = 0
        if c != 10:
            v = body + str(c)
            return f"{v[:3]} {v[3:6]} {v[6:]}" if rng.random() < 0.7 else v


def _ehic(rng, prefix):
    v = prefix + _digits(rng, 20 - len(prefix))
    return v if rng.random() < 0.6 else " ".join(v[i:i + 5] for i in range(0, 20, 5))


HIID_MAKERS = {
    "DE": lambda r: _kvnr(r),
    "AT": lambda r: _digits(r, 4, True) + " " + _digits(r, 6) if r.random() < 0.5 else _kvnr(r),
    "FR": lambda r: r.choice([_digits(r, 8, True), _digits(r, 10, True), "MGEN" + _digits(r, 8)]),
    "IT": lambda r: _ehic(r, "8038000"),
    "ES": lambda r: r.choice(["AN" + _digits(r, 10), _letters(r, 4, "BCDFGHJKLMNPRSTVZ") + _digits(r, 12),
                              "CAT" + _digits(r, 10)]),
    "PL": lambda r: _ehic(r, "80616"),
    "FI": lambda r: r.choice([_ehic(r, "80246"), f"{_digits(r, 7, True)}-{_digits(r, 1)}"]),
    "SE": lambda r: r.choice([_ehic(r, "80752"), "FP" + _digits(r, 8)]),
    "GR": lambda r: r.choice([_digits(r, 7, True), _digits(r, 9, True)]),
    "BG": lambda r: r.choice([_digits(r, 10, True), _ehic(r, "80100")]),
    "SI": lambda r: _digits(r, 9),
    "NL": lambda r: r.choice([_digits(r, 9, True), _digits(r, 10, True), f"{_digits(r, 3, True)}.{_digits(r, 3)}.{_digits(r, 3)}"]),
    "GB": lambda r: _nhs(r),
    "IE": lambda r: r.choice([_digits(r, 7, True) + r.choice("ABCDEFGHJKLMNPRSTW"), _digits(r, 8, True)]),
}


# ---------------------------------------------------------------------------
# Keep values with check digits: ISIN, LEI, VAT
# ---------------------------------------------------------------------------

ISIN_PLAN = {
    "DE": ["DE000nnnnnn", "DE000Axxxxx"], "AT": ["AT0000nnnnn"], "FR": ["FR0000nnnnn", "FR001nnnnnn"],
    "IT": ["IT0005nnnnn", "IT0003nnnnn"], "ES": ["ES0nnnnnnnn"], "PL": ["PLaaaa0nnnn", "PL0nnnnnnnn"],
    "FI": ["FI0009nnnnn", "FI40000nnnn"], "SE": ["SE000nnnnnn", "SE001nnnnnn"], "GR": ["GRSnnnnnnnn"],
    "BG": ["BG1100nnnnn", "BG2100nnnnn"], "SI": ["SI00nnnnnnn"], "NL": ["NL00nnnnnnn", "NL0000nnnnn"],
    "GB": ["GB00nnnnnnn", "GB00Bxxxxxx"], "IE": ["IE00Bxxxxxx", "IE000nnnnnn"], "US": ["USnnnnnnxnn"],
    "LU": ["LUnnnnnnnnn"],
}


def _pattern(rng, pat):
    out = []
    for ch in pat:
        if ch == "n":
            out.append(rng.choice("0123456789"))
        elif ch == "a":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "x":
            out.append(rng.choice("0123456789BCDFGHJKLMNPQRSTVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def make_isin(rng, cc):
    cc = cc if rng.random() < 0.6 else rng.choice(["US", "IE", "LU", "DE", "NL", "FR"])
    body = _pattern(rng, rng.choice(ISIN_PLAN[cc]))
    v = body + std_isin.calc_check_digit(body)
    assert std_isin.is_valid(v), v
    return v


def make_lei(rng):
    lou = rng.choice(["5299", "7LTW", "2138", "8156", "9695", "5493", "3157", "8945", "2594", "7245"])
    base = lou + "00" + "".join(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(12))
    num = "".join(str(int(c, 36)) for c in base + "00")
    v = base + f"{98 - int(num) % 97:02d}"
    assert std_lei.is_valid(v), v
    return v


VAT_PLAN = {  # (prefix written, body maker, how it is printed)
    "DE": lambda r: "DE" + _digits(r, 9, True),
    "AT": lambda r: "ATU" + _digits(r, 8, True),
    "FR": lambda r: "FR" + _digits(r, 2) + _digits(r, 9, True),
    "IT": lambda r: "IT" + _digits(r, 11),
    "ES": lambda r: "ES" + r.choice("ABG") + _digits(r, 7) + r.choice("0123456789"),
    "PL": lambda r: "PL" + _digits(r, 10, True),
    "FI": lambda r: "FI" + _digits(r, 8),
    "SE": lambda r: "SE" + "55" + _digits(r, 8) + "01",
    "GR": lambda r: "EL" + _digits(r, 9),
    "BG": lambda r: "BG" + _digits(r, 9, True),
    "SI": lambda r: "SI" + _digits(r, 8, True),
    "NL": lambda r: "NL" + _digits(r, 9, True) + "B01",
    "GB": lambda r: "GB" + _digits(r, 9, True),
    "IE": lambda r: "IE" + _digits(r, 7, True) + r.choice("ABCDEFGHIJKLMNOPQRSTUVW"),
}


def make_vat(rng, cc):
    def valid(v):
        if cc == "GB":
            from stdnum.gb import vat as gb_vat
            return gb_vat.is_valid(v)
        return eu_vat.is_valid(v)
    v = _retry(rng, lambda: VAT_PLAN[cc](rng), valid)
    r = rng.random()
    if r < 0.15 and cc in ("FR", "GB", "PL", "DE"):
        # written with spaces the way invoices often show it
        if cc == "FR":
            return f"{v[:2]} {v[2:4]} {v[4:7]} {v[7:10]} {v[10:]}"
        if cc == "GB":
            return f"{v[:2]} {v[2:5]} {v[5:9]} {v[9:]}"
        if cc == "PL":
            return f"{v[:2]} {v[2:5]}-{v[5:8]}-{v[8:10]}-{v[10:]}"
        return f"{v[:2]} {v[2:]}"
    return v


def vat_is_valid(value):
    v = value.replace(" ", "").replace("-", "")
    if v.startswith("GB"):
        from stdnum.gb import vat as gb_vat
        return gb_vat.is_valid(v)
    return eu_vat.is_valid(v)


# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------

_FOLD_EXTRA = {"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D",
               "œ": "oe", "Œ": "OE", "ı": "i", "'": "", "’": ""}
_GREEK_DI = [("ου", "ou"), ("ού", "ou"), ("αι", "ai"), ("ει", "ei"), ("οι", "oi"), ("μπ", "mp"), ("ντ", "nt"),
             ("γγ", "ng"), ("γκ", "gk"), ("αυ", "av"), ("ευ", "ev"), ("θ", "th"), ("χ", "ch"), ("ψ", "ps")]
_GREEK_1 = dict(zip("αβγδεζηικλμνξοπρσςτυφω", "avgdeziiklmnxoprsstyfo"))
_CYR = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya"}


def strip_accents(s):
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", s)
                                                if unicodedata.category(c) != "Mn"))


def translit(s):
    """Greek / Bulgarian Cyrillic -> Latin (ELOT 743-like / Bulgarian streamlined system)."""
    out = []
    for word in s.split(" "):
        w = strip_accents(word.lower())
        for a, b in _GREEK_DI:
            w = w.replace(a, b)
        w = "".join(_GREEK_1.get(c, _CYR.get(c, c)) for c in w)
        out.append(w[:1].upper() + w[1:] if w else w)
    return " ".join("-".join(p[:1].upper() + p[1:] for p in x.split("-")) for x in out)


def fold_ascii(s):
    s = "".join(_FOLD_EXTRA.get(c, c) for c in s)
    return strip_accents(s)


def upper_name(s, lang):
    return strip_accents(s).upper() if lang == "el" else s.upper()


def cap(s):
    return s[:1].upper() + s[1:]


def fmt_number(value, dp, lang, group=True):
    L = LANG[lang]
    s = f"{value:,.{dp}f}" if group else f"{value:.{dp}f}"
    s = s.replace(",", "\x00").replace(".", L["dec"]).replace("\x00", L["thou"] if group else "")
    return s


def fmt_date(d, fmt, lang, with_time=None):
    months = LANG[lang]["months"]
    day = d.day
    return fmt.format(d=day, dd=f"{day:02d}", m=d.month, mm=f"{d.month:02d}", y=d.year, yy=f"{d.year % 100:02d}",
                      mon=months[d.month - 1], mon3=months[d.month - 1][:3],
                      dfr="1er" if day == 1 else str(day), hh=with_time[0] if with_time else "06",
                      mi=with_time[1] if with_time else "00")


def rand_date(rng, start, end):
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def age_at(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


# ---------------------------------------------------------------------------
# Shared clinical vocabulary (ICD-10 codes with diagnosis text, ATC-coded drugs, labs)
# ---------------------------------------------------------------------------

LANG_ORDER = ["en", "de", "fr", "it", "es", "pl", "fi", "sv", "el", "bg", "sl", "nl"]


def _per_lang(line):
    return dict(zip(LANG_ORDER, [x.strip() for x in line.split(";")]))


DX = {
    "E11.9": _per_lang("type 2 diabetes mellitus; Diabetes mellitus Typ 2; diabète de type 2; diabete mellito di tipo 2; "
                       "diabetes mellitus tipo 2; cukrzyca typu 2; tyypin 2 diabetes; typ 2-diabetes; "
                       "σακχαρώδης διαβήτης τύπου 2; захарен диабет тип 2; sladkorna bolezen tipa 2; diabetes mellitus type 2"),
    "I10": _per_lang("essential hypertension; essentielle Hypertonie; hypertension artérielle essentielle; "
                     "ipertensione essenziale; hipertensión esencial; nadciśnienie tętnicze pierwotne; "
                     "essentiaalinen verenpainetauti; essentiell hypertoni; ιδιοπαθής υπέρταση; есенциална хипертония; "
                     "esencialna hipertenzija; essentiële hypertensie"),
    "J18.9": _per_lang("community-acquired pneumonia; Pneumonie; pneumopathie infectieuse; polmonite; neumonía; "
                       "zapalenie płuc; keuhkokuume; pneumoni; πνευμονία; пневмония; pljučnica; pneumonie"),
    "C50.9": _per_lang("breast cancer; Mammakarzinom; cancer du sein; carcinoma mammario; cáncer de mama; rak piersi; "
                       "rintasyöpä; bröstcancer; καρκίνος του μαστού; карцином на млечната жлеза; rak dojke; mammacarcinoom"),
    "S72.00": _per_lang("fractured neck of femur; Schenkelhalsfraktur; fracture du col du fémur; frattura del collo del femore; "
                        "fractura de cuello de fémur; złamanie szyjki kości udowej; reisiluun kaulan murtuma; collumfraktur; "
                        "κάταγμα αυχένα μηριαίου; фрактура на шийката на бедрената кост; zlom stegneničnega vratu; collumfractuur"),
    "I48.0": _per_lang("paroxysmal atrial fibrillation; paroxysmales Vorhofflimmern; fibrillation atriale paroxystique; "
                       "fibrillazione atriale parossistica; fibrilación auricular paroxística; napadowe migotanie przedsionków; "
                       "kohtauksittainen eteisvärinä; paroxysmalt förmaksflimmer; παροξυσμική κολπική μαρμαρυγή; "
                       "пароксизмално предсърдно мъждене; paroksizmalna atrijska fibrilacija; paroxismaal atriumfibrilleren"),
    "N18.3": _per_lang("chronic kidney disease stage 3; chronische Niereninsuffizienz Stadium 3; maladie rénale chronique stade 3; "
                       "malattia renale cronica stadio 3; enfermedad renal crónica estadio 3; przewlekła choroba nerek w stadium 3; "
                       "krooninen munuaistauti, vaihe 3; kronisk njursjukdom stadium 3; χρόνια νεφρική νόσος σταδίου 3; "
                       "хронично бъбречно заболяване, стадий 3; kronična ledvična bolezen 3. stopnje; chronische nierschade stadium 3"),
    "J44.1": _per_lang("COPD with acute exacerbation; COPD mit akuter Exazerbation; BPCO avec exacerbation aiguë; BPCO riacutizzata; "
                       "EPOC con exacerbación aguda; zaostrzenie POChP; keuhkoahtaumataudin pahenemisvaihe; KOL med akut exacerbation; "
                       "ΧΑΠ με οξεία παρόξυνση; ХОББ с остра екзацербация; KOPB z akutnim poslabšanjem; COPD met acute exacerbatie"),
    "I21.4": _per_lang("NSTEMI; NSTEMI; infarctus du myocarde sans sus-décalage du ST; infarto miocardico NSTEMI; "
                       "infarto agudo de miocardio sin elevación del ST; zawał serca NSTEMI; NSTEMI-infarkti; NSTEMI; "
                       "έμφραγμα μυοκαρδίου NSTEMI; миокарден инфаркт без ST-елевация; miokardni infarkt NSTEMI; NSTEMI"),
    "K35.8": _per_lang("acute appendicitis; akute Appendizitis; appendicite aiguë; appendicite acuta; apendicitis aguda; "
                       "ostre zapalenie wyrostka robaczkowego; akuutti umpilisäketulehdus; akut appendicit; οξεία σκωληκοειδίτιδα; "
                       "остър апендицит; akutno vnetje slepiča; acute appendicitis"),
    "E03.9": _per_lang("hypothyroidism; Hypothyreose; hypothyroïdie; ipotiroidismo; hipotiroidismo; niedoczynność tarczycy; "
                       "kilpirauhasen vajaatoiminta; hypotyreos; υποθυρεοειδισμός; хипотиреоидизъм; hipotiroza; hypothyreoïdie"),
    "F32.1": _per_lang("moderate depressive episode; mittelgradige depressive Episode; épisode dépressif moyen; "
                       "episodio depressivo moderato; episodio depresivo moderado; epizod depresyjny umiarkowany; "
                       "keskivaikea masennusjakso; medelsvår depressiv episod; μέτριο καταθλιπτικό επεισόδιο; "
                       "умерено тежък депресивен епизод; zmerna depresivna epizoda; matige depressieve episode"),
    "M17.1": _per_lang("primary osteoarthritis of the knee; primäre Gonarthrose; gonarthrose primitive; gonartrosi primaria; "
                       "gonartrosis primaria; pierwotna choroba zwyrodnieniowa stawu kolanowego; polven primaarinen nivelrikko; "
                       "primär knäledsartros; πρωτοπαθής οστεοαρθρίτιδα γόνατος; първична гонартроза; primarna gonartroza; "
                       "primaire gonartrose"),
    "J45.9": _per_lang("asthma; Asthma bronchiale; asthme; asma bronchiale; asma; astma oskrzelowa; astma; astma; "
                       "βρογχικό άσθμα; бронхиална астма; astma; astma"),
}

DRUGS = {  # ATC: (names per language, strengths)
    "A10BA02": (_per_lang("metformin; Metformin; metformine; metformina; metformina; metformina; metformiini; metformin; "
                          "μετφορμίνη; метформин; metformin; metformine"), ["500 mg", "850 mg", "1000 mg"]),
    "C09AA05": (_per_lang("ramipril; Ramipril; ramipril; ramipril; ramipril; ramipryl; ramipriili; ramipril; ραμιπρίλη; "
                          "рамиприл; ramipril; ramipril"), ["2.5 mg", "5 mg", "10 mg"]),
    "C10AA05": (_per_lang("atorvastatin; Atorvastatin; atorvastatine; atorvastatina; atorvastatina; atorwastatyna; "
                          "atorvastatiini; atorvastatin; ατορβαστατίνη; аторвастатин; atorvastatin; atorvastatine"),
                ["10 mg", "20 mg", "40 mg", "80 mg"]),
    "C07AB07": (_per_lang("bisoprolol; Bisoprolol; bisoprolol; bisoprololo; bisoprolol; bisoprolol; bisoprololi; bisoprolol; "
                          "βισοπρολόλη; бизопролол; bisoprolol; bisoprolol"), ["1.25 mg", "2.5 mg", "5 mg"]),
    "B01AF02": (_per_lang("apixaban; Apixaban; apixaban; apixaban; apixabán; apiksaban; apiksabaani; apixaban; απιξαμπάνη; "
                          "апиксабан; apiksaban; apixaban"), ["2.5 mg", "5 mg"]),
    "A02BC02": (_per_lang("pantoprazole; Pantoprazol; pantoprazole; pantoprazolo; pantoprazol; pantoprazol; pantopratsoli; "
                          "pantoprazol; παντοπραζόλη; пантопразол; pantoprazol; pantoprazol"), ["20 mg", "40 mg"]),
    "H03AA01": (_per_lang("levothyroxine; L-Thyroxin; lévothyroxine; levotiroxina; levotiroxina; lewotyroksyna; "
                          "levotyroksiini; levotyroxin; λεβοθυροξίνη; левотироксин; levotiroksin; levothyroxine"),
                ["50 µg", "75 µg", "100 µg"]),
    "J01CA04": (_per_lang("amoxicillin; Amoxicillin; amoxicilline; amoxicillina; amoxicilina; amoksycylina; amoksisilliini; "
                          "amoxicillin; αμοξικιλλίνη; амоксицилин; amoksicilin; amoxicilline"), ["500 mg", "1000 mg"]),
    "C03CA01": (_per_lang("furosemide; Furosemid; furosémide; furosemide; furosemida; furosemid; furosemidi; furosemid; "
                          "φουροσεμίδη; фуроземид; furosemid; furosemide"), ["20 mg", "40 mg"]),
    "B01AB05": (_per_lang("enoxaparin; Enoxaparin; énoxaparine; enoxaparina; enoxaparina; enoksaparyna; enoksapariini; "
                          "enoxaparin; ενοξαπαρίνη; еноксапарин; enoksaparin; enoxaparine"), ["40 mg", "60 mg"]),
    "N02BE01": (_per_lang("paracetamol; Paracetamol; paracétamol; paracetamolo; paracetamol; paracetamol; parasetamoli; "
                          "paracetamol; παρακεταμόλη; парацетамол; paracetamol; paracetamol"), ["500 mg", "1 g"]),
    "N06AB06": (_per_lang("sertraline; Sertralin; sertraline; sertralina; sertralina; sertralina; sertraliini; sertralin; "
                          "σερτραλίνη; сертралин; sertralin; sertraline"), ["50 mg", "100 mg"]),
}

# lab tests: default name/unit/range/decimals with per-language overrides
LABS = [
    dict(key="hba1c", name="HbA1c", unit="%", lo=5.4, hi=11.2, dp=1,
         over={"en": ("HbA1c", "mmol/mol", 38, 95, 0), "sv": ("HbA1c", "mmol/mol", 38, 95, 0),
               "fi": ("GHbA1c", "mmol/mol", 38, 95, 0), "nl": ("HbA1c", "mmol/mol", 38, 95, 0)}),
    dict(key="crp", name="CRP", unit="mg/l", lo=0.6, hi=180, dp=0,
         over={"en": ("CRP", "mg/L", 1, 180, 0), "fr": ("CRP", "mg/L", 1, 180, 0), "it": ("PCR", "mg/L", 0.5, 18, 1),
               "es": ("PCR", "mg/L", 1, 180, 0), "sv": ("CRP", "mg/L", 1, 180, 0), "sl": ("CRP", "mg/L", 1, 180, 0)}),
    dict(key="egfr", name="eGFR", unit="ml/min/1{dec}73 m²", lo=14, hi=108, dp=0,
         over={"en": ("eGFR", "mL/min/1.73m²", 14, 108, 0), "fr": ("DFG", "mL/min/1,73 m²", 14, 108, 0),
               "it": ("eGFR", "mL/min/1,73 m²", 14, 108, 0), "es": ("FGe", "mL/min/1,73 m²", 14, 108, 0),
               "fi": ("eGFR", "ml/min/1,73 m²", 14, 108, 0), "sv": ("eGFR", "mL/min/1,73 m²", 14, 108, 0),
               "el": ("eGFR", "ml/min/1.73 m²", 14, 108, 0), "bg": ("eGFR", "ml/min/1,73 m²", 14, 108, 0)}),
    dict(key="k", name="K+", unit="mmol/l", lo=3.1, hi=5.9, dp=1,
         over={"en": ("K+", "mmol/L", 3.1, 5.9, 1), "de": ("Kalium", "mmol/l", 3.1, 5.9, 1),
               "fr": ("K+", "mmol/L", 3.1, 5.9, 1), "es": ("potasio", "mEq/L", 3.1, 5.9, 1), "fi": ("P-K", "mmol/l", 3.1, 5.9, 1),
               "sv": ("P-Kalium", "mmol/L", 3.1, 5.9, 1), "bg": ("калий", "mmol/l", 3.1, 5.9, 1),
               "nl": ("kalium", "mmol/l", 3.1, 5.9, 1), "sl": ("K", "mmol/L", 3.1, 5.9, 1),
               "pl": ("potas", "mmol/l", 3.1, 5.9, 1)}),
    dict(key="na", name="Na+", unit="mmol/l", lo=126, hi=147, dp=0,
         over={"en": ("sodium", "mmol/L", 126, 147, 0), "de": ("Natrium", "mmol/l", 126, 147, 0),
               "fr": ("natrémie", "mmol/L", 126, 147, 0), "es": ("sodio", "mEq/L", 126, 147, 0),
               "fi": ("P-Na", "mmol/l", 126, 147, 0), "sv": ("P-Natrium", "mmol/L", 126, 147, 0),
               "pl": ("sód", "mmol/l", 126, 147, 0), "nl": ("natrium", "mmol/l", 126, 147, 0),
               "bg": ("натрий", "mmol/l", 126, 147, 0)}),
    dict(key="hb", name="Hb", unit="g/dl", lo=8.4, hi=16.4, dp=1,
         over={"en": ("Hb", "g/L", 84, 164, 0), "fi": ("B-Hb", "g/l", 84, 164, 0), "sv": ("B-Hb", "g/L", 84, 164, 0),
               "nl": ("Hb", "mmol/l", 5.2, 10.2, 1), "sl": ("Hb", "g/L", 84, 164, 0), "bg": ("хемоглобин", "g/l", 84, 164, 0),
               "fr": ("Hb", "g/dL", 8.4, 16.4, 1), "it": ("Hb", "g/dL", 8.4, 16.4, 1), "es": ("Hb", "g/dL", 8.4, 16.4, 1),
               "el": ("Hb", "g/dL", 8.4, 16.4, 1)}),
    dict(key="crea", name="Kreatinin", unit="mg/dl", lo=0.62, hi=3.4, dp=2,
         over={"en": ("creatinine", "µmol/L", 55, 290, 0), "fr": ("créatininémie", "µmol/L", 55, 290, 0),
               "it": ("creatinina", "mg/dL", 0.62, 3.4, 2), "es": ("creatinina", "mg/dL", 0.62, 3.4, 2),
               "pl": ("kreatynina", "mg/dl", 0.62, 3.4, 2), "fi": ("P-Krea", "µmol/l", 55, 290, 0),
               "sv": ("P-Kreatinin", "µmol/L", 55, 290, 0), "el": ("κρεατινίνη", "mg/dL", 0.62, 3.4, 2),
               "bg": ("креатинин", "µmol/l", 55, 290, 0), "sl": ("kreatinin", "µmol/L", 55, 290, 0),
               "nl": ("kreatinine", "µmol/l", 55, 290, 0)}),
    dict(key="wbc", name="Leukozyten", unit="/nl", lo=3.2, hi=21.5, dp=1,
         over={"en": ("WCC", "x10^9/L", 3.2, 21.5, 1), "fr": ("leucocytes", "G/L", 3.2, 21.5, 1),
               "it": ("GB", "x10^3/µL", 3.2, 21.5, 1), "es": ("leucocitos", "x10^3/µL", 3.2, 21.5, 1),
               "pl": ("WBC", "tys./µl", 3.2, 21.5, 1), "fi": ("B-Leuk", "E9/l", 3.2, 21.5, 1),
               "sv": ("B-LPK", "x10^9/L", 3.2, 21.5, 1), "el": ("WBC", "K/µL", 3.2, 21.5, 1),
               "bg": ("левкоцити", "G/l", 3.2, 21.5, 1), "sl": ("levkociti", "10^9/L", 3.2, 21.5, 1),
               "nl": ("leukocyten", "10^9/l", 3.2, 21.5, 1)}),
    dict(key="tsh", name="TSH", unit="mU/l", lo=0.12, hi=9.8, dp=2,
         over={"en": ("TSH", "mU/L", 0.12, 9.8, 2), "fr": ("TSH", "mUI/L", 0.12, 9.8, 2), "it": ("TSH", "µUI/mL", 0.12, 9.8, 2),
               "es": ("TSH", "µUI/mL", 0.12, 9.8, 2), "pl": ("TSH", "µIU/ml", 0.12, 9.8, 2)}),
    dict(key="ldl", name="LDL-C", unit="mmol/l", lo=1.3, hi=5.4, dp=1,
         over={"de": ("LDL-Cholesterin", "mg/dl", 55, 210, 0), "it": ("colesterolo LDL", "mg/dL", 55, 210, 0),
               "es": ("cLDL", "mg/dL", 55, 210, 0), "el": ("LDL", "mg/dL", 55, 210, 0), "fr": ("LDL-c", "g/L", 0.55, 2.1, 2),
               "pl": ("LDL", "mg/dl", 55, 210, 0), "en": ("LDL cholesterol", "mmol/L", 1.3, 5.4, 1),
               "fi": ("P-LDL-kol", "mmol/l", 1.3, 5.4, 1), "sv": ("P-LDL", "mmol/L", 1.3, 5.4, 1),
               "bg": ("LDL-холестерол", "mmol/l", 1.3, 5.4, 1)}),
    dict(key="glu", name="Glukose", unit="mg/dl", lo=72, hi=290, dp=0,
         over={"en": ("glucose", "mmol/L", 4.1, 17.5, 1), "fr": ("glycémie", "g/L", 0.72, 2.9, 2),
               "it": ("glicemia", "mg/dL", 72, 290, 0), "es": ("glucosa", "mg/dL", 72, 290, 0),
               "pl": ("glukoza", "mg/dl", 72, 290, 0), "fi": ("P-Gluk", "mmol/l", 4.1, 17.5, 1),
               "sv": ("P-Glukos", "mmol/L", 4.1, 17.5, 1), "el": ("σάκχαρο αίματος", "mg/dL", 72, 290, 0),
               "bg": ("кръвна захар", "mmol/l", 4.1, 17.5, 1), "sl": ("glukoza", "mmol/L", 4.1, 17.5, 1),
               "nl": ("glucose", "mmol/l", 4.1, 17.5, 1)}),
    dict(key="spo2", name="SpO2", unit="%", lo=86, hi=99, dp=0, over={}),
]


def lab_value(rng, lang, lab):
    name, unit, lo, hi, dp = lab["over"].get(lang, (lab["name"], lab["unit"], lab["lo"], lab["hi"], lab["dp"]))
    unit = unit.replace("{dec}", LANG[lang]["dec"])
    v = rng.uniform(lo, hi)
    num = fmt_number(v, dp, lang, group=False)
    sep = " " if not (unit == "%" and lang == "en") else ""
    joiner = rng.choice([" ", " ", ": "]) if lang != "en" else rng.choice([" ", " ", " of "])
    return f"{name}{joiner}{num}{sep}{unit}"


MEASURES = {  # climate measurements (kind LAB)
    "TEMP": ("°C", -24.0, 34.0, 1), "HUM": ("%", 18, 100, 0), "PREC": ("mm", 0.2, 58.0, 1),
    "WIND": ("m/s", 2.5, 27.0, 1), "PRESS": ("hPa", 968.0, 1041.0, 1), "SNOW": ("cm", 1, 140, 0),
}


def measure_value(rng, lang, key, upper=None):
    unit, lo, hi, dp = MEASURES[key]
    v = rng.uniform(lo, hi) if upper is None else rng.uniform(min(lo, upper - 8), upper - 0.5)
    raw = v
    if key == "WIND" and rng.random() < 0.3:
        unit, v = "km/h", v * 3.6
    num = fmt_number(v, dp, lang, group=False)
    if num.startswith("-") and rng.random() < 0.5:
        num = "−" + num[1:]
    sep = "" if (unit == "%" and lang == "en") or (unit == "°C" and rng.random() < 0.3) else " "
    return raw, f"{num}{sep}{unit}"


def coord_value(rng, lang, cc):
    la0, la1, lo0, lo1 = GEO_BOX[cc]
    lat, lon = rng.uniform(la0, la1), rng.uniform(lo0, lo1)
    ns, ew = "N", ("E" if lon >= 0 else "W")
    alat, alon = abs(lat), abs(lon)
    r = rng.random()
    dec = LANG[lang]["dec"]
    if r < 0.3:
        return f"{alat:.4f}° {ns}, {alon:.4f}° {ew}"
    if r < 0.5:
        return f"{lat:.4f}, {lon:.4f}" if rng.random() < 0.6 else f"{lat:.5f}, {lon:.5f}"
    if r < 0.65:
        return f"{ns} {alat:.5f}° {ew} {alon:.5f}°"
    if r < 0.85:
        def dms(x):
            d = int(x)
            m = int((x - d) * 60)
            s = round(((x - d) * 60 - m) * 60)
            s = min(s, 59)
            return f"{d}°{m:02d}′{s:02d}″"
        return f"{dms(alat)} {ns}, {dms(alon)} {ew}"
    if dec == ",":
        return f"{ns} {alat:.4f}° / {ew} {alon:.4f}°".replace(".", ",")
    return f"lat {lat:.4f}, lon {lon:.4f}"


def amount_value(rng, lang, big=False):
    L = LANG[lang]
    mag = rng.uniform(3.2, 5.7) if big else rng.uniform(1.2, 4.6)
    v = 10 ** mag
    if rng.random() < 0.45:
        v = round(v, -1 if v < 1000 else -2)
        dp = 2 if rng.random() < 0.5 else 0
    else:
        dp = 2
    n = fmt_number(v, dp, lang, group=v >= 1000 and rng.random() < 0.92)
    fmt = rng.choice(L["amount_fmt"])
    if lang == "nl" and dp == 2 and n.endswith(",00") and rng.random() < 0.3:
        n = n[:-3] + ",-"
    return fmt.format(n=n)


def pct_value(rng, lang):
    v = rng.choice([rng.uniform(0.5, 9.9), rng.uniform(10, 95)])
    n = fmt_number(v, rng.choice([1, 2]), lang, group=False)
    return LANG[lang]["pct_fmt"].format(n=n)


def pattern_value(rng, pat, year):
    """Fill {y} {yy} {nK} {AK} tokens of reference / record-number patterns."""
    def rep(m):
        tok = m.group(1)
        if tok == "y":
            return str(year)
        if tok == "yy":
            return f"{year % 100:02d}"
        if tok == "m":
            return f"{rng.randint(1, 12):02d}"
        if tok[0] == "n":
            return _digits(rng, int(tok[1:]))
        if tok[0] == "N":
            return _digits(rng, int(tok[1:]), first_nonzero=True)
        if tok[0] == "A":
            return _letters(rng, int(tok[1:]))
        raise KeyError(tok)
    return re.sub(r"\{([A-Za-z]+\d*)\}", rep, pat)


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------

class Person:
    def __init__(self, first, last, gender, country, dob, name_lang, first_latin, last_latin, nie=False):
        self.first, self.last, self.gender, self.country, self.dob = first, last, gender, country, dob
        self.name_lang, self.first_latin, self.last_latin, self.nie = name_lang, first_latin, last_latin, nie

    def render(self, mod, lang):
        first, last = self.first, self.last
        if mod in (None, ""):
            return f"{first} {last}"
        if mod == "sf":
            return f"{upper_name(last, lang)} {first}"
        if mod == "sc":
            return f"{last}, {first}"
        if mod == "l":
            return cap(last) if self.name_lang == "nl" else last
        if mod == "lu":
            return upper_name(last, lang)
        if mod == "f":
            return first
        if mod == "i":
            return f"{first[0]}. {last}"
        if mod == "lc":
            return f"{first} {last}".lower()
        if mod in CASE_MODS:           # inflected forms: gen dat acc ins (full name), lgen ldat ... (surname)
            case = mod[1:] if mod.startswith("l") else mod
            if self.name_lang == lang and lang in INFLECT:
                first, last = inflect_name(lang, first, last, self.gender, case)
            elif lang in INFLECT:
                first, last = inflect_foreign(lang, first, last, self.gender, case, self.name_lang)
            return last if mod.startswith("l") else f"{first} {last}"
        raise KeyError(mod)


# ---- inflected name forms (only for names of the document's own language; foreign names stay as they are)

CASE_MODS = {"gen", "dat", "acc", "ins", "lgen", "ldat", "lacc", "lins"}

_PL_FIXED = {  # nominative -> (genitive, dative, instrumental)
    "Jerzy": ("Jerzego", "Jerzemu", "Jerzym"), "Sikora": ("Sikory", "Sikorze", "Sikorą"),
    "Anna": ("Anny", "Annie", "Anną"), "Katarzyna": ("Katarzyny", "Katarzynie", "Katarzyną"),
    "Małgorzata": ("Małgorzaty", "Małgorzacie", "Małgorzatą"), "Agnieszka": ("Agnieszki", "Agnieszce", "Agnieszką"),
    "Magdalena": ("Magdaleny", "Magdalenie", "Magdaleną"), "Joanna": ("Joanny", "Joannie", "Joanną"),
    "Zofia": ("Zofii", "Zofii", "Zofią"), "Ewa": ("Ewy", "Ewie", "Ewą"), "Barbara": ("Barbary", "Barbarze", "Barbarą"),
    "Krystyna": ("Krystyny", "Krystynie", "Krystyną"), "Dorota": ("Doroty", "Dorocie", "Dorotą"),
    "Jadwiga": ("Jadwigi", "Jadwidze", "Jadwigą"), "Aleksandra": ("Aleksandry", "Aleksandrze", "Aleksandrą"),
    "Zuzanna": ("Zuzanny", "Zuzannie", "Zuzanną"), "Grażyna": ("Grażyny", "Grażynie", "Grażyną"),
    "Urszula": ("Urszuli", "Urszuli", "Urszulą"), "Halina": ("Haliny", "Halinie", "Haliną"),
    "Beata": ("Beaty", "Beacie", "Beatą"), "Bożena": ("Bożeny", "Bożenie", "Bożeną"),
    "Jolanta": ("Jolanty", "Jolancie", "Jolantą"), "Żaneta": ("Żanety", "Żanecie", "Żanetą"),
    "Maria": ("Marii", "Marii", "Marią"), "Łucja": ("Łucji", "Łucji", "Łucją"),
    "Wiesława": ("Wiesławy", "Wiesławie", "Wiesławą"), "Weronika": ("Weroniki", "Weronice", "Weroniką"),
}
_PL_STEM = {"Paweł": "Pawł", "Wróbel": "Wróbl", "Stępień": "Stępni"}


def _pl_word(w, gender, case, is_first):
    k = ("gen", "dat", "ins").index(case)
    if w in _PL_FIXED:
        return _PL_FIXED[w][k]
    if w.endswith(("ski", "cki", "dzki")):
        return w[:-1] + ("iego", "iemu", "im")[k]
    if w.endswith(("ska", "cka", "dzka")):
        return w[:-1] + ("iej", "iej", "ą")[k]
    if gender == "f":
        assert not is_first, w                  # every female first name is listed above
        return w                                # Pani Nowak: consonant-final surnames of women do not decline
    assert w[-1] not in "aeiouyąęó", w
    stem = _PL_STEM.get(w) or (w[:-2] + "k" if w.endswith("ek") else w)
    return stem + ("a", "owi", "iem" if stem[-1] in "kg" else "em")[k]


_SL_STEM = {"Peter": "Petr", "Korošec": "Korošc", "Erjavec": "Erjavc", "Štrukelj": "Štruklj", "Petek": "Petk",
            "Jure": "Juret", "Anže": "Anžet", "Marko": "Mark", "Tilen": "Tiln"}


def _sl_word(w, gender, case, is_first):
    k = ("gen", "dat").index(case)
    if w.endswith("a"):                         # women's names and masculine a-stems (Luka, Žiga)
        return w[:-1] + ("e", "i")[k]
    if gender == "f":
        return w                                # ga. Maji Novak: women's surnames do not decline
    stem = _SL_STEM.get(w) or (w + "j" if w.endswith("r") else w)
    return stem + ("a", "u")[k]


def _el_word(w, gender, case, is_first):
    if gender == "f":                           # Μαρία -> της Μαρίας; surnames (Παπαδοπούλου) are fixed forms
        return w + "ς" if is_first and case == "gen" and w[-1] in "αάηή" else w
    if w.endswith(("ος", "ός")):
        acc = w[-2] == "ό"
        return w[:-2] + {"gen": "ού" if acc else "ου", "acc": "ό" if acc else "ο"}[case]
    if w.endswith(("ης", "ής", "ας", "άς")):
        return w[:-1]
    return w                                    # Γεωργίου, Νικολάου: indeclinable


_FI_GEN = {"Laine": "Laineen", "Niemi": "Niemen"}


def _fi_word(w, gender, case, is_first):
    assert case == "gen"
    if is_first:
        return w                                # Matti Virtasen: only the surname takes the case ending
    if w in _FI_GEN:
        return _FI_GEN[w]
    if w.endswith("nen"):
        return w[:-3] + "sen"
    return w + ("n" if w[-1] in "aäoöuy" else "in")


INFLECT = {"pl": _pl_word, "sl": _sl_word, "el": _el_word, "fi": _fi_word}


def inflect_foreign(lang, first, last, gender, case, name_lang):
    """Foreign (Latin-script) names: regular endings where they are safe (Matti -> Müllerin, Pana Jürgena Müllera,
    g. Jürgena Müllerja); French names (silent final letters) and anything else stay as written."""
    if name_lang == "fr" or lang == "el":
        return first, last
    if lang == "fi":
        return first, last + ("n" if strip_accents(last[-1].lower()) in "aeiouy" else "in")
    words = [w for w in re.split(r"[ -]", f"{first} {last}") if w[0].isupper()]     # not van, de, 't
    if gender != "m" or any(not w[-1].isalpha() or strip_accents(w[-1].lower()) in "aeiouy" for w in words):
        return first, last                      # women's foreign names and vowel-final names: as written

    def end(m):
        w = m.group(0)
        if not w[0].isupper():
            return w
        if lang == "pl":
            return w + ("a", "owi", "iem" if w[-1] in "kg" else "em")[("gen", "dat", "ins").index(case)]
        return w + ("j" if w.endswith("r") else "") + ("a", "u")[("gen", "dat").index(case)]
    return re.sub(r"[^ -]+", end, first), re.sub(r"[^ -]+", end, last)


def inflect_name(lang, first, last, gender, case):
    fn = INFLECT[lang]
    parts = last.split("-")
    if lang == "fi":                            # Virtanen-Korhosen
        parts = parts[:-1] + [fn(parts[-1], gender, case, False)]
    else:
        parts = [fn(x, gender, case, False) for x in parts]
    firsts = [fn(x, gender, case, True) for x in first.split("-")] if "-" in first else [fn(first, gender, case, True)]
    return "-".join(firsts), "-".join(parts)


def _gendered(entry, gender):
    if "/" in entry:
        m, f = entry.split("/")
        return m if gender == "m" else f
    return entry


def pick_name(rng, name_lang, gender, doc_lang, surname_entry=None):
    N = LANG[name_lang]["names"]
    first = rng.choice(N[gender])
    entry = surname_entry or rng.choice(N["last"])
    last = _gendered(entry, gender)
    if name_lang == "es" and surname_entry is None and rng.random() < 0.85:
        last = f"{last} {_gendered(rng.choice(N['last']), gender)}"
    elif surname_entry is None and name_lang not in ("es",) and rng.random() < 0.06:
        other = _gendered(rng.choice(N["last"]), gender)
        if other != last and " " not in other:
            last = f"{last}-{other}"
    if name_lang in CYRILLIC_GREEK:
        fl, ll = translit(first), translit(last)
    else:
        fl, ll = first, last
    if (doc_lang in CYRILLIC_GREEK) != (name_lang in CYRILLIC_GREEK) or (
            doc_lang in CYRILLIC_GREEK and name_lang != doc_lang):
        first, last = fl, ll          # foreign names are written in Latin script
    return first, last, fl, ll, entry


def other_langs(lang):
    return [x for x in ALL_LANGS if x != lang and x in LANG] or [lang]


def make_dob(rng, role, sector, ref):
    if role == 1 and sector == "health":
        r = rng.random()
        if r < 0.04:
            years = rng.randint(100, 103)
        elif r < 0.10:
            years = rng.randint(1, 17)
        else:
            years = rng.randint(19, 96)
    elif role == 1 and sector == "climate":
        years = rng.randint(22, 81)
    else:
        years = rng.randint(19, 88)
    return ref - dt.timedelta(days=int(years * 365.25) + rng.randint(1, 360))


# ---------------------------------------------------------------------------
# Document context: values for placeholders (cached per document)
# ---------------------------------------------------------------------------

PH_RE = re.compile(r"\{([A-Z]+|g)(\d?)(?:\.([a-z]+))?(?::([^{}]*))?\}")

PII_OF = {"P": "PERSON", "EMAIL": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER", "IBAN": "IBAN_CODE",
          "CARD": "CREDIT_CARD", "IP": "IP_ADDRESS", "NID": "NATIONAL_ID", "HIID": "HEALTH_INSURANCE_ID",
          "MRN": "MEDICAL_RECORD_NUMBER", "DOB": "DATE_OF_BIRTH", "ADDR": "STREET_ADDRESS"}
KEEP_OF = {"ICD": "ICD10", "ATC": "ATC", "DOSE": "DOSE", "STR": "DOSE", "LAB": "LAB", "TEMP": "LAB", "HUM": "LAB",
           "PREC": "LAB", "WIND": "LAB", "PRESS": "LAB", "SNOW": "LAB", "AMT": "AMOUNT", "PCT": "AMOUNT",
           "ISIN": "ISIN", "LEI": "LEI", "VAT": "VAT", "STN": "STATION", "COORD": "COORD", "DATE": "DATE",
           "YEAR": "DATE", "REF": "REF"}
PLAIN = {"T", "D", "g", "AGE", "NIDL", "HIIDL", "DX", "DRUG", "ORG", "COMPANY", "CITY", "STNAME"}


def frame_types(frame):
    """Set of PII types a frame (or any template string) produces."""
    return {PII_OF[m.group(1)] for m in PH_RE.finditer(frame) if m.group(1) in PII_OF}


def frame_has_keep(frame):
    return any(m.group(1) in KEEP_OF for m in PH_RE.finditer(frame))


class Doc:
    def __init__(self, rng, lang, sector, subtype, mixed, ref_date):
        self.rng, self.lang, self.sector, self.subtype = rng, lang, sector, subtype
        self.L = LANG[lang]
        self.ref = ref_date
        self.parts, self.pos = [], 0
        self.spans, self.keep = [], []           # (start, end, type, meta)
        self.cache = {}
        self.frame_cache = {}
        self.used = defaultdict(list)
        countries = LANG_COUNTRIES[lang]
        home = countries[0] if len(countries) == 1 else rng.choices(countries, [0.6, 0.4] if lang == "en" else [0.8, 0.2])[0]
        self.home = home
        # --- cast
        if mixed:
            other_lang = rng.choice(other_langs(lang))
            p1_cc = rng.choice(LANG_COUNTRIES[other_lang])
            p1_name_lang = other_lang
        else:
            p1_cc = home
            p1_name_lang = lang if rng.random() > 0.12 else rng.choice(other_langs(lang))
        self.p1_foreign = mixed
        self.cast = {1: self._person(1, p1_cc, p1_name_lang)}
        p2_lang = lang if rng.random() > 0.15 else rng.choice(other_langs(lang))
        self.cast[2] = self._person(2, home, p2_lang)
        p1 = self.cast[1]
        if rng.random() < 0.6:
            self.cast[3] = self._person(3, p1.country, p1.name_lang, surname_entry=p1.surname_entry)
        else:
            self.cast[3] = self._person(3, p1.country, p1.name_lang)
        self.org = rng.choice(self.L["orgs"][sector])

    def _person(self, role, cc, name_lang, surname_entry=None):
        rng = self.rng
        gender = rng.choice("mf")
        first, last, fl, ll, entry = pick_name(rng, name_lang, gender, self.lang, surname_entry)
        dob = make_dob(rng, role, self.sector, self.ref)
        if role == 1 and self.lang == "sv" and rng.random() < 0.1:     # centenarians: personnummer with "+"
            dob = self.ref - dt.timedelta(days=int(rng.randint(100, 104) * 365.25) + rng.randint(1, 360))
        nie = cc == "ES" and (name_lang != "es" or rng.random() < 0.08)
        p = Person(first, last, gender, cc, dob, name_lang, fl, ll, nie)
        p.surname_entry = entry
        return p

    # -- output ---------------------------------------------------------------
    def emit(self, text, label=None, is_pii=False, meta=None):
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        if label:
            (self.spans if is_pii else self.keep).append((start, self.pos, label, meta, text))

    def text(self):
        return "".join(self.parts)

    # -- placeholder values -------------------------------------------------------
    def cached(self, key, make):
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]

    def fcached(self, key, make):
        if key not in self.frame_cache:
            self.frame_cache[key] = make()
        return self.frame_cache[key]

    def pick_unique(self, group, items):
        fresh = [x for x in items if x not in self.used[group]] or list(items)
        v = self.rng.choice(fresh)
        self.used[group].append(v)
        return v

    def email_for(self, idx):
        rng, p = self.rng, self.cast[idx]
        f = re.sub(r"[^a-z\-]", "", fold_ascii(p.first_latin.split(" ")[0]).lower())
        last0 = p.last_latin.split(" ")[0] if self.cast[idx].name_lang == "es" else p.last_latin
        l = re.sub(r"[^a-z\-]", "", fold_ascii(last0).lower().replace(" ", ""))
        if idx == 2:
            local = rng.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{l}", f"{f[0]}{l}", f"{f}.{l}"])
            return f"{local}@{self.org[1]}"
        yy = f"{p.dob.year % 100:02d}"
        local = rng.choice([f"{f}.{l}", f"{f}{l}", f"{f}.{l}{yy}", f"{f[0]}.{l}", f"{l}.{f}", f"{f}_{l}",
                            f"{f}{l[0]}{rng.randint(1, 99)}", f"{l}{p.dob.year}"])
        return f"{local}@{rng.choice(EMAIL_DOMAINS[p.country])}"

    def nid_value(self):
        p = self.cast[1]
        if p.country == "SE":
            v = nid_se(self.rng, p, self.ref.year)
        else:
            v = NID_MAKERS[p.country](self.rng, p)
        return v, nid_scheme(p.country, p)

    def nid_label(self):
        p = self.cast[1]
        scheme = nid_scheme(p.country, p)
        labels = self.L["nid_label"].get(scheme)
        if labels and not self.p1_foreign:
            return self.rng.choice(labels)
        return NID_SHORT[scheme]

    def resolve(self, base, idx, mod, arg):
        """-> (text, label or None, is_pii, meta)"""
        rng, L, lang = self.rng, self.L, self.lang
        i = int(idx) if idx else 1
        if base == "P":
            return self.cast[i].render(mod, lang), "PERSON", True, None
        if base == "T":
            p = self.cast[i]
            return self.cached(("T", i), lambda: rng.choice(L["titles"][p.gender])), None, False, None
        if base == "D":
            p = self.cast[i]
            return self.cached(("D", i, self.sector), lambda: rng.choice(L["prof"][self.sector][p.gender])), None, False, None
        if base == "g":
            m, f = arg.split("|")
            return (m if self.cast[i].gender == "m" else f), None, False, None
        if base == "AGE":
            return str(age_at(self.cast[i].dob, self.ref)), None, False, None
        if base == "EMAIL":
            if idx == "0":
                v = self.cached(("EMAIL", 0), lambda: f"{rng.choice(L['mailbox'][self.sector])}@{self.org[1]}")
            else:
                v = self.cached(("EMAIL", i), lambda: self.email_for(i))
            return v, "EMAIL_ADDRESS", True, None
        if base == "PHONE":
            if idx == "0" or i == 2:
                cc = self.home
                v = self.cached(("PHONE", i if idx else 1), lambda: make_phone(rng, cc, "f"))
            else:
                p = self.cast[i]
                cc = p.country
                kind = "m" if rng.random() < 0.75 else "f"
                v = self.cached(("PHONE", i), lambda: make_phone(rng, cc, kind, intl=self.p1_foreign or cc != self.home and rng.random() < 0.7))
            return v, "PHONE_NUMBER", True, {"region": cc}
        if base == "IBAN":
            def mk():
                if i == 1 and rng.random() < 0.8:
                    cc = self.cast[1].country
                else:
                    cc = rng.choice(["DE", "FR", "IT", "ES", "NL", "BE", "AT", "PL", "PT", "LU", "IE", "FI", "SE",
                                     "SI", "BG", "GR"])
                return format_iban(rng, make_iban(rng, cc))
            return self.cached(("IBAN", i), mk), "IBAN_CODE", True, None
        if base == "CARD":
            return self.cached(("CARD", i), lambda: make_card(rng)), "CREDIT_CARD", True, None
        if base == "IP":
            return self.cached(("IP", i), lambda: make_ip(rng)), "IP_ADDRESS", True, None
        if base == "NID":
            v, scheme = self.cached(("NID",), self.nid_value)
            return v, "NATIONAL_ID", True, {"scheme": scheme}
        if base == "NIDL":
            return self.cached(("NIDL",), self.nid_label), None, False, None
        if base == "HIID":
            return self.cached(("HIID",), lambda: HIID_MAKERS[self.home](rng)), "HEALTH_INSURANCE_ID", True, None
        if base == "HIIDL":
            return self.cached(("HIIDL",), lambda: rng.choice(L["hiid_label"][self.home])), None, False, None
        if base == "MRN":
            return self.cached(("MRN",), lambda: pattern_value(rng, rng.choice(L["mrn_fmt"]), self.ref.year)), \
                "MEDICAL_RECORD_NUMBER", True, None
        if base == "DOB":
            fmts = L["dob_fmt"]
            if mod == "n":
                fmts = [f for f in fmts if "mon" not in f]
            elif mod == "l":
                fmts = [f for f in fmts if "mon" in f] or fmts
            return fmt_date(self.cast[i].dob, rng.choice(fmts), lang), "DATE_OF_BIRTH", True, None
        if base == "ADDR":
            a = self.cached(("ADDR", i), lambda: make_address(rng, self.cast[i].country))
            if mod == "f":
                v = a["full"]
            elif mod == "s":
                v = a["short"]
            elif mod == "ml":
                v = a["ml"]
            else:
                v = a["full"] if rng.random() < 0.65 else a["short"]
            return v, "STREET_ADDRESS", True, None
        # ---- keep values
        if base in ("ICD", "DX"):
            code = self.fcached(("dx", i), lambda: self.pick_unique("dx", list(DX)))
            if base == "ICD":
                return code, "ICD10", False, None
            name = DX[code][lang]
            return (cap(name) if mod == "cap" else name), None, False, None
        if base in ("ATC", "DRUG", "DOSE", "STR"):
            atc = self.fcached(("drug", i), lambda: self.pick_unique("drug", list(DRUGS)))
            names, strengths = DRUGS[atc]
            name = names[lang]
            if base == "ATC":
                return atc, "ATC", False, None
            if base == "DRUG":
                return (cap(name) if mod == "cap" else name), None, False, None
            strength = self.fcached(("strength", i), lambda: rng.choice(strengths))
            strength = strength.replace(".", L["dec"])
            reg = rng.choice(L["regimen"]) if rng.random() < 0.45 else ""
            val = f"{strength}{(' ' + reg) if reg else ''}"
            if base == "DOSE":
                val = f"{cap(name) if (mod == 'cap' or lang == 'de') else name} {val}"
            return val, "DOSE", False, None
        if base == "LAB":
            lab = self.fcached(("lab", i), lambda: self.pick_unique("lab", LABS[:-1] if self.sector == "health" else LABS))
            return lab_value(rng, lang, lab), "LAB", False, None
        if base in MEASURES:
            upper = self.frame_cache.get(("measure", base, i - 1))       # e.g. minimum below maximum
            v, text = measure_value(rng, lang, base, upper)
            self.frame_cache[("measure", base, i)] = v
            return text, "LAB", False, None
        if base == "AMT":
            return amount_value(rng, lang, big=(mod == "big")), "AMOUNT", False, None
        if base == "PCT":
            return pct_value(rng, lang), "AMOUNT", False, None
        if base == "ISIN":
            return make_isin(rng, self.home), "ISIN", False, None
        if base == "LEI":
            return make_lei(rng), "LEI", False, None
        if base == "VAT":
            cc = self.home if rng.random() < 0.8 else rng.choice(list(VAT_PLAN))
            return make_vat(rng, cc), "VAT", False, None
        if base in ("STN", "STNAME"):
            st = self.cached(("station",), lambda: rng.choice(STATIONS[self.home]))
            if base == "STNAME":
                return st[0], None, False, None
            v = self.cached(("stnval",), lambda: pattern_value(rng, rng.choice(L["stn_fmt"]).replace("{wmo}", st[1]),
                                                                self.ref.year))
            return v, "STATION", False, None
        if base == "COORD":
            return coord_value(rng, lang, self.home), "COORD", False, None
        if base == "DATE":
            if i >= 2 and ("date", i - 1) in self.frame_cache:     # later date of a pair (admitted .. discharged)
                d = self.fcached(("date", i), lambda: self.frame_cache[("date", i - 1)] + dt.timedelta(days=rng.randint(1, 16)))
            else:
                d = self.fcached(("date", i), lambda: rand_date(rng, self.ref - dt.timedelta(days=420), self.ref))
            fmt = rng.choice(L["date_fmt"])
            return fmt_date(d, fmt, lang, (f"{rng.choice([0, 6, 6, 12, 18])}".zfill(2), "00")), "DATE", False, None
        if base == "YEAR":
            return str(self.ref.year - rng.randint(0, 12) if i == 1 else self.ref.year - rng.randint(13, 40)), "DATE", False, None
        if base == "REF":
            return pattern_value(rng, rng.choice(L["ref_fmt"]), self.ref.year), "REF", False, None
        # ---- plain fillers
        if base == "ORG":
            return self.org[0], None, False, None
        if base == "COMPANY":
            return rng.choice(L["companies"]), None, False, None
        if base == "CITY":
            return self.cached(("city",), lambda: make_address(random.Random(rng.random()), self.home)["city"]), None, False, None
        raise KeyError(base)

    def render(self, frame):
        """Append a frame to the document, recording spans / keep values."""
        self.frame_cache = {}
        pos = 0
        for m in PH_RE.finditer(frame):
            if m.start() > pos:
                self.emit_literal(frame[pos:m.start()])
            base, idx, mod, arg = m.group(1), m.group(2), m.group(3), m.group(4)
            text, label, is_pii, meta = self.resolve(base, idx, mod, arg)
            if mod == "cap" and base not in ("DX", "DRUG", "DOSE"):
                text = cap(text)
            self.emit(text, label, is_pii, meta)
            pos = m.end()
        if pos < len(frame):
            self.emit_literal(frame[pos:])

    def emit_literal(self, text):
        """Frame text; a value ending in an abbreviation ("1961 r.", "1 250 лв.") absorbs the full stop."""
        if text.startswith(".") and self.parts and self.parts[-1].endswith("."):
            text = text[1:]
        if text:
            self.emit(text)


# ---------------------------------------------------------------------------
# Frame pools
# ---------------------------------------------------------------------------

def split_tag(entry):
    tag, text = entry.split("|", 1)
    return tag, text


def pool(lang, name, sector=None, subtype=None):
    """[(index, text)] of a frame pool, filtered by sector tag."""
    out = []
    for i, entry in enumerate(LANG[lang][name]):
        tag, text = split_tag(entry)
        if sector is None or tag == "*" or SECTOR_TAG[sector] in tag:
            out.append((i, text))
    return out


def is_line(frame):
    f = frame.rstrip()
    return "\n" in f or not f or f[-1] not in ".!?…)»\"”“;"


class Composer:
    def __init__(self, rng):
        self.rng = rng
        self.usage = Counter()
        self.type_count = Counter()

    def least_used(self, lang, name, cands):
        if not cands:
            return None
        low = min(self.usage[(lang, name, i)] for i, _ in cands)
        best = [(i, t) for i, t in cands if self.usage[(lang, name, i)] == low]
        return self.rng.choice(best)

    def choose_type(self, lang, subtype, have):
        types = [t for t in SUBTYPE_PII[subtype] if t not in have]
        if not types:
            return None
        w = [1.0 / (1 + self.type_count[(lang, t)]) for t in types]
        return self.rng.choices(types, w)[0]

    def form_block(self, doc, fields):
        rng, L = self.rng, doc.L
        fields = list(fields)
        keep_n = rng.randint(3, len(fields))
        chosen = [f for f in fields if f in ("name", "observer")] + \
            rng.sample([f for f in fields if f not in ("name", "observer")], max(0, keep_n - 1))
        order = [f for f in fields if f in chosen]
        sep = rng.choice([": ", ": ", ": ", ":\t", " – "]) if doc.lang != "fr" else rng.choice([" : ", ": ", " : "])
        lines = []
        for f in order:
            if f == "name" and rng.random() < 0.3:
                lines.append(rng.choice(L["labels"]["surname"]) + sep + rng.choice(["{P1.l}", "{P1.lu}"]))
                lines.append(rng.choice(L["labels"]["first"]) + sep + "{P1.f}")
                continue
            label = rng.choice(L["labels"][f]) if f in L["labels"] else ""
            hint = None
            if "|" in label:
                label, hint = label.split("|")
            value = {
                "name": "{P1.%s}" % hint if hint else rng.choice(["{P1}", "{P1}", "{P1.sc}", "{P1.sf}"]),
                "observer": "{P1.%s}" % hint if hint else rng.choice(["{P1}", "{P1.sc}", "{P1}"]),
                "dob": "{DOB.n}", "addr": "{ADDR.f}", "phone": "{PHONE1}", "email": "{EMAIL1}",
                "nid": "{NID}", "iban": "{IBAN}", "hiid": "{HIID}", "mrn": "{MRN}", "date": "{DATE}",
                "ref": "{REF}", "station": rng.choice(["{STNAME} ({STN})", "{STN}"]), "coord": "{COORD}",
            }[f]
            if f == "nid":
                label = "{NIDL}"
            if f == "hiid":
                label = "{HIIDL}"
            lines.append(label + sep + value)
        return lines

    def compose(self, lang, sector, subtype, clean, mixed, ref_date):
        rng = self.rng
        L = LANG[lang]
        for attempt in range(200):
            doc = Doc(rng, lang, sector, subtype, mixed, ref_date)
            units = []          # (pool name, index or None, frame text)
            head = self.least_used(lang, "head_" + subtype, [(i, t) for i, t in enumerate(L["head"][subtype])])
            if rng.random() < 0.85 or clean:
                units.append(("head_" + subtype, head[0], head[1]))
            form = []
            if not clean and subtype in SUBTYPE_FORM and rng.random() < FORM_SHARE[subtype]:
                form = self.form_block(doc, SUBTYPE_FORM[subtype])
                units.extend(("form", None, line) for line in form)
            body = []
            have = set()
            for line in form:
                have |= frame_types(line)
            if not clean and (not form or rng.random() < 0.4):
                intro = self.least_used(lang, "intro", pool(lang, "intro", sector))
                body.append(("intro", intro[0], intro[1]))
                have |= frame_types(intro[1])
            mid = []
            if not clean:
                for _ in range(rng.randint(1, 3)):
                    t = self.choose_type(lang, subtype, have)
                    if t is None:
                        break
                    cands = [(i, f) for i, f in pool(lang, "pii", sector)
                             if t in frame_types(f) and ("pii", i) not in [(u[0], u[1]) for u in mid]]
                    pick = self.least_used(lang, "pii", cands)
                    if pick:
                        mid.append(("pii", pick[0], pick[1]))
                        have |= frame_types(pick[1])
            n_keep = rng.randint(2, 5) if clean else rng.randint(1, 3)
            keep_pool = pool(lang, "keep", sector)
            for _ in range(n_keep):
                cands = [(i, f) for i, f in keep_pool if ("keep", i) not in [(u[0], u[1]) for u in mid]]
                pick = self.least_used(lang, "keep", cands)
                mid.append(("keep", pick[0], pick[1]))
            rng.shuffle(mid)
            body.extend(mid)
            closes = [(i, f) for i, f in pool(lang, "close", sector) if bool(frame_types(f)) != clean]
            if clean or rng.random() < 0.85:
                c = self.least_used(lang, "close", closes)
                body.append(("close", c[0], c[1]))
            units.extend(body)
            n_sent = len(body)
            if not 2 <= n_sent <= 8:
                continue
            # render
            prev = None
            for k, (pname, idx, frame) in enumerate(units):
                if prev is not None:
                    if prev[0] == "form" or pname == "form" or prev[0].startswith("head") or is_line(prev[2]) or is_line(frame):
                        doc.emit("\n")
                    elif pname == "close":
                        doc.emit(rng.choice(["\n", "\n\n", " "]))
                    else:
                        doc.emit(rng.choice([" ", " ", " ", "\n", "\n\n"]) if lang != "" else " ")
                doc.render(frame)
                prev = (pname, idx, frame)
            text = doc.text()
            if not 150 <= len(text) <= 1200:
                continue
            if clean and doc.spans:
                continue
            for pname, idx, frame in units:
                if idx is not None:
                    self.usage[(lang, pname, idx)] += 1
            for s in doc.spans:
                self.type_count[(lang, s[2])] += 1
            return doc
        raise RuntimeError(f"could not compose a document for {lang}/{subtype}")


# ===========================================================================
# Language data.  Frames are "tags|text" with tags h (health), f (finance),
# c (climate) or * (any).  Pools:
#   head   per document subtype (no PII)       intro  introduces the subject P1
#   pii    sentences carrying PII             keep   sentences with keep values only
#   close  sign-offs (with or without names)
# ===========================================================================

LANG = {}

LANG["en"] = dict(
    names=dict(
        m=["James", "Oliver", "Thomas", "Harry", "George", "Liam", "Seán", "Conor", "Callum", "Rhys", "Alistair",
           "Declan", "Tadhg", "Ewan", "Barnaby", "Mohammed", "Jasper", "Ruairí", "Fergus", "Neville", "Crispin",
           "Kwame", "Daniel", "Oisín", "Hamish", "Peregrine", "Gareth"],
        f=["Olivia", "Amelia", "Siobhán", "Aoife", "Niamh", "Charlotte", "Eleanor", "Imogen", "Saoirse", "Gráinne",
           "Priya", "Bethan", "Eilidh", "Philippa", "Rosalind", "Maeve", "Orla", "Hannah", "Ffion", "Zara",
           "Mary-Kate", "Sarah", "Chidinma", "Wilhelmina", "Emer"],
        last=["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "O'Brien", "Murphy", "Kelly",
              "Ó Súilleabháin", "MacDonald", "Fitzgerald", "Featherstonehaugh", "Cholmondeley", "Patel", "Okonkwo",
              "Harrington-Whyte", "McAllister", "Pryce", "Llewellyn", "Quigley", "Doherty", "Ashworth",
              "Thistlethwaite", "Mac Giolla Phádraig", "Ní Dhomhnaill", "Khan", "Walsh", "Byrne", "Sinclair",
              "Cadwallader", "Oyelaran", "Gallagher", "Rees-Mogg"]),
    titles=dict(m=["Mr", "Mr", "Mr."], f=["Ms", "Mrs", "Miss", "Ms."]),
    prof=dict(health=dict(m=["Dr", "Dr", "Dr.", "Prof."], f=["Dr", "Dr", "Dr.", "Prof."]),
              finance=dict(m=["Mr"], f=["Ms"]), climate=dict(m=["Dr"], f=["Dr"])),
    months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"],
    dob_fmt=["{dd}/{mm}/{y}", "{dd}/{mm}/{y}", "{d} {mon} {y}", "{d} {mon3} {y}", "{y}-{mm}-{dd}", "{dd}.{mm}.{y}",
             "{d}/{m}/{y}"],
    date_fmt=["{dd}/{mm}/{y}", "{d} {mon} {y}", "{y}-{mm}-{dd}", "{d} {mon3} {y}", "{y}-{mm}-{dd} {hh}:{mi} UTC",
              "{dd}/{mm}/{y} {hh}:{mi}"],
    dec=".", thou=",",
    amount_fmt=["£{n}", "£{n}", "€{n}", "GBP {n}", "EUR {n}"],
    pct_fmt="{n}%",
    orgs=dict(
        health=[("Northgate General Hospital", "northgate-gh.nhs.uk"), ("Riverside University Hospital", "riverside-uh.nhs.uk"),
                ("Castlebar Regional Hospital", "castlebar-hospital.ie"), ("Harbourview Medical Centre", "harbourviewmc.co.uk"),
                ("Westbrook Community Clinic", "westbrookclinic.ie")],
        finance=[("Albion Savings Bank", "albionsavings.co.uk"), ("Shannonside Credit Union", "shannonsidecu.ie"),
                 ("Northern Mutual Building Society", "northernmutual.co.uk"), ("Liffey Bank", "liffeybank.ie")],
        climate=[("Met Observers Network", "metobservers.org.uk"), ("Atlantic Climate Observatory", "aco-research.ie"),
                 ("Pennine Field Studies Centre", "penninefsc.org.uk")]),
    companies=["Brightwater Logistics Ltd", "Greenfield Foods plc", "Kilbride Construction Ltd", "Tesco Stores",
               "Ryanair", "Amazon EU S.à r.l.", "Northern Rail", "Lakeside Veterinary Practice", "Boots UK"],
    mailbox=dict(health=["appointments", "medical.records", "gp.referrals"],
                 finance=["customer.care", "complaints", "kyc-team"],
                 climate=["observers", "data", "fieldwork"]),
    nid_label={"GB": ["National Insurance number", "NI number", "NINO", "NI No."],
               "IE": ["PPS number", "PPSN", "PPS No."]},
    hiid_label={"GB": ["NHS number", "NHS No.", "NHS no"], "IE": ["Medical Card number", "GMS number", "medical card no."]},
    mrn_fmt=["{N8}", "RX{n6}", "H{N7}", "{N2}-{n6}", "MRN{N7}", "K{n7}"],
    ref_fmt=["INV-{y}-{n5}", "CR-{n6}", "REF/{y}/{n4}", "STMT-{y}{m}-{n4}", "CASE-{n6}", "PO-{n6}"],
    stn_fmt=["WMO {wmo}", "WMO no. {wmo}", "station ID UK-{n4}", "WMO {wmo}", "SRC ID {N5}"],
    regimen=["once daily", "twice daily", "od", "bd", "at night", "tds"],
    labels=dict(name=["Name", "Patient name", "Full name", "Surname, forename|sc", "NAME|sf", "Customer"],
                surname=["Surname", "Last name", "Family name"], first=["Forename(s)", "First name", "Given name"],
                dob=["Date of birth", "DOB", "D.O.B."], addr=["Address", "Home address", "Residential address"],
                phone=["Phone", "Mobile", "Tel.", "Contact number"], email=["Email", "E-mail address", "email"],
                iban=["IBAN", "Account (IBAN)"], mrn=["MRN", "Hospital no.", "Unit number"],
                date=["Date", "Date of report", "Sampled"], ref=["Reference", "Case ref."],
                observer=["Observer", "Recorded by", "Surveyor"], station=["Station", "Site"],
                coord=["Location", "Coordinates", "Position"]),
    head=dict(
        h_dis=["DISCHARGE SUMMARY", "Discharge summary – {ORG}", "Inpatient discharge letter"],
        h_ref=["Referral letter", "GP referral – {ORG}", "Re: referral to outpatient clinic"],
        h_lab=["Laboratory report ({DATE})", "Clinical chemistry report", "Blood results – {ORG}"],
        h_rad=["Radiology report – CT thorax", "Imaging report, {DATE}", "X-ray report (left hip)"],
        h_nur=["Nursing note, {DATE}", "Ward handover – nursing", "Community nursing visit"],
        f_loan=["Loan application notes – ref. {REF}", "Credit committee memo", "Mortgage underwriting note"],
        f_kyc=["KYC periodic review", "Customer due diligence – review {REF}", "Enhanced due diligence file note"],
        f_txn=["Transaction monitoring narrative", "Payment investigation, case {REF}", "Fraud alert summary"],
        f_compl=["Re: complaint regarding account charges", "Complaint – reference {REF}", "Customer complaint"],
        f_acct=["Account opening form", "Application for a current account", "New customer onboarding"],
        c_stat=["Station observer log – {STN}", "Observer log, {DATE}", "Daily climate return"],
        c_surv=["Field survey report", "Peatland survey – plot 7", "Hedgerow and soil moisture survey"]),
    intro=[
        "h|{T1} {P1}, {AGE1}, was admitted on {DATE} with {DX} ({ICD}).",
        "h|Patient: {P1.sc} | DOB: {DOB} | MRN: {MRN}",
        "h|Thank you for seeing {P1} (born {DOB}), a {AGE1}-year-old {g1:man|woman} with {DX}.",
        "h|Re: {P1}, DOB {DOB}, hospital number {MRN}",
        "h|{P1} ({AGE1}) was reviewed on the ward this morning and remains stable.",
        "h|Name: {P1.sf}   Date of birth: {DOB.n}",
        "h|I saw this {AGE1}-year-old {g1:gentleman|lady}, {P1}, in clinic today.",
        "f|Applicant: {T1} {P1}, date of birth {DOB}, resident in {CITY}.",
        "f|The customer, {P1}, opened the account in {YEAR} and holds a mortgage with us.",
        "f|{P1.sc} – KYC refresh due; last review completed on {DATE}.",
        "f|I am writing on behalf of my client {P1} regarding a transfer of {AMT}.",
        "f|customer {P1.lc} called the branch about a blocked payment.",
        "c|Observer: {P1} (volunteer since {YEAR2}).",
        "c|Report compiled by {P1} for {STNAME} ({STN}).",
        "c|{P1.i} took the 09:00 readings at {STNAME}.",
    ],
    pii=[
        # DOB
        "h|Date of birth: {DOB}.",
        "f|DOB {DOB.n}; identity verified in branch.",
        "hf|{g1:He|She} was born on {DOB.l} in {CITY}.",
        "f|The applicant (born {DOB}) has no adverse credit history.",
        "h|{T1} {P1.l}, born {DOB}, lives alone and is independent with personal care.",
        # ADDR
        "h|Home address: {ADDR.f}.",
        "hf|{T1} {P1.l} lives at {ADDR} with {g1:his|her} partner.",
        "f|Correspondence address changed to {ADDR} on {DATE}.",
        "f|Please send the replacement card to {ADDR.f} (registered address).",
        "c|Observer's address: {ADDR.f}",
        "h|Discharged home to {ADDR}; district nurse informed.",
        "f|Proof of address (utility bill) shows {ADDR.f}, dated {DATE}.",
        "c|Contact for site access: {P1}, {ADDR.f}, tel. {PHONE1}.",
        # PHONE
        "*|{g1:He|She} can be reached on {PHONE1}.",
        "h|Next of kin: {P3} ({g3:son|daughter}), mobile {PHONE3}.",
        "f|Customer called from {PHONE1} to dispute the charge.",
        "hf|Tel.: {PHONE1} / e-mail: {EMAIL1}",
        "h|If you have any questions please call the ward on {PHONE0}.",
        "c|In case of sensor failure ring {P1.f} on {PHONE1}.",
        "*|contact {P1} at {PHONE1} or {EMAIL1}",
        "h|Spoke to {g1:his|her} wife/husband, {P3}, on {PHONE3} – aware of the plan.",
        # EMAIL
        "f|Statements are sent electronically to {EMAIL1}.",
        "h|Results were emailed to the GP practice at {EMAIL2}.",
        "c|Please upload the data sheets and email {EMAIL0} when done.",
        "f|The customer's email address ({EMAIL1}) was verified on {DATE}.",
        "h|{g1:He|She} asked for appointment letters to go to {EMAIL1} instead of by post.",
        "c|Questions about the survey protocol: {P2}, {EMAIL2}.",
        "f|Complaint received by email from {EMAIL1} on {DATE}.",
        # IBAN
        "f|Salary is credited monthly to {IBAN}.",
        "f|Please refund {AMT} to my account {IBAN}.",
        "f|Direct debit mandate: IBAN {IBAN}, creditor reference {REF}.",
        "f|Disbursement account: {IBAN} (holder: {P1}).",
        "h|The patient will settle invoice {REF} ({AMT}) by transfer from {IBAN}.",
        "f|Incoming SEPA transfer of {AMT} from {IBAN2} flagged as unusual.",
        "f|IBAN: {IBAN}",
        "f|Loan instalments of {AMT} are collected from account {IBAN} on the 1st of each month.",
        # CARD
        "f|Card number {CARD} was reported stolen on {DATE}.",
        "f|Three declined authorisations on card {CARD} within ten minutes.",
        "f|The customer disputes a charge of {AMT} on {g1:his|her} debit card {CARD}.",
        "f|Replacement card issued: {CARD}, expiry 09/28.",
        "f|Card: {CARD} | Amount: {AMT} | Merchant: {COMPANY}",
        "f|Please block {CARD} immediately – I lost my wallet in {CITY}.",
        "f|The card ({CARD}) was used at an online merchant for {AMT}.",
        "h|Payment for the private consultation was taken from card {CARD}.",
        "h|Parking permit for {g1:his|her} carer paid with card {CARD}.",
        # IP
        "f|Login from IP {IP} at 02:14, device not recognised.",
        "f|The transfer was initiated via online banking from {IP}.",
        "h|Patient portal access logged from {IP} on {DATE}.",
        "c|The data logger uploads to the server at {IP} every hour.",
        "f|Session details: IP address {IP}, browser Firefox on Windows.",
        "f|Several failed logins from {IP} and {IP2}.",
        "c|Remote access to the station modem: {IP}.",
        "f|ip: {IP} (VPN exit node suspected)",
        # NID
        "f|{NIDL}: {NID}",
        "f|The applicant provided {g1:his|her} {NIDL} ({NID}) and a passport.",
        "h|{NIDL} {NID} checked against the registration record.",
        "f|Customer identified by {NIDL} {NID}; document copy on file.",
        "f|{P1}, {NIDL} {NID}, is the sole account holder.",
        "f|{NIDL} on the application ({NID}) does not match the payroll record.",
        "h|For billing purposes: {NIDL} {NID}.",
        "f|Verified: {NID} ({NIDL})",
        # HIID
        "h|{HIIDL}: {HIID}",
        "h|{HIIDL} {HIID}; eligibility confirmed.",
        "h|Please quote {g1:his|her} {HIIDL} ({HIID}) on all correspondence.",
        "h|Referral for {T1} {P1.l} ({HIIDL} {HIID}) to the diabetes clinic.",
        "h|The {HIIDL} given at admission ({HIID}) was incorrect and has been updated.",
        "h|{P1}, {HIIDL} {HIID}",
        "h|Funding approved under {HIIDL} {HIID}.",
        "h|Insurance details – {HIIDL}: {HIID}, no private cover.",
        # MRN
        "h|MRN: {MRN}",
        "h|Hospital number {MRN}; please file in the notes.",
        "h|Patient ID {MRN} – {P1.sc}",
        "h|Unit no. {MRN}",
        "h|Scan booked under record number {MRN}.",
        "h|Case notes ({MRN}) requested from medical records.",
        "h|{P1} (MRN {MRN}) was seen in clinic on {DATE}.",
        "h|our ref: mrn {MRN}",
        # PERSON only
        "h|Seen together with {g1:his|her} carer, {P3}.",
        "f|Joint applicant: {P3}.",
    ],
    keep=[
        "h|Diagnoses: {DX} ({ICD}); {DX2} ({ICD2}).",
        "h|Medication on discharge: {DOSE}, {DOSE2}.",
        "h|{DRUG.cap} ({ATC}) was started at {STR}.",
        "h|Bloods: {LAB}, {LAB2}, {LAB3}.",
        "h|Latest results ({DATE}): {LAB}, {LAB2}.",
        "h|Continue {DOSE} ({ATC}); stop {DOSE2}.",
        "h|Principal diagnosis {ICD} – {DX}.",
        "h|Imaging showed no acute changes; working diagnosis {DX} ({ICD}).",
        "h|Allergies: none known. Discharge medication: {DOSE}.",
        "h|Coded as {ICD}, secondary {ICD2}.",
        "h|Admitted {DATE}, discharged {DATE2}.",
        "h|{LAB} on admission, {LAB2} at discharge.",
        "f|Outstanding balance {AMT} as of {DATE}.",
        "f|Requested loan: {AMT.big} over 20 years at {PCT} fixed.",
        "f|Portfolio holds {ISIN} and {ISIN2}, total value {AMT.big}.",
        "f|Employer {COMPANY} (VAT {VAT}, LEI {LEI}).",
        "f|Invoice {REF} dated {DATE}: {AMT}.",
        "f|Loan-to-value ratio {PCT}; debt-to-income ratio {PCT2}.",
        "f|The counterparty's LEI is {LEI}.",
        "f|Statement reference {REF}, closing balance {AMT}.",
        "f|Dividend from {ISIN} of {AMT} received on {DATE}.",
        "f|Monthly net income {AMT}, fixed costs {AMT2}.",
        "c|Station {STN} ({COORD}), elevation 112 m.",
        "c|Readings on {DATE}: air temperature {TEMP}, relative humidity {HUM}.",
        "c|Precipitation total {PREC} since {DATE}.",
        "c|Plot coordinates: {COORD}.",
        "c|Snow depth at 09:00 was {SNOW}; max gust {WIND}.",
        "c|The rain gauge was replaced in {YEAR}; the series is continuous since {YEAR2}.",
        "c|Pressure reading of {PRESS} on {DATE} looks implausible and is flagged.",
        "c|Transect T3 starts at {COORD} and runs north for 200 m.",
        "c|Report {REF} covers the period up to {DATE}.",
        "c|Maximum temperature {TEMP}, minimum {TEMP2}.",
    ],
    close=[
        "h|Kind regards,\n{D2} {P2}\nConsultant physician, {ORG}",
        "h|Dictated but not signed by {D2} {P2.i}.",
        "hf|{P2}\n{PHONE2} | {EMAIL2}",
        "f|Reviewed by {P2} (Relationship Manager) on {DATE}.",
        "f|Yours sincerely,\n{P1}\n{ADDR.ml}",
        "c|Submitted by {P1}, {EMAIL1}",
        "c|— {P2.sc}, regional network coordinator, tel. {PHONE2}",
        "h|Signed: {P2}, Staff Nurse",
        "h|Electronically signed.",
        "f|Approved by the credit committee.",
        "c|Data checked and released.",
        "*|This document was generated automatically.",
    ],
)

LANG["de"] = dict(
    names=dict(
        m=["Jürgen", "Hans-Peter", "Lukas", "Maximilian", "Jonas", "Friedrich", "Klaus-Dieter", "Wolfgang", "Tobias",
           "Matthias", "Bernd", "Björn", "Ole", "Wenzel", "Ansgar", "Leopold", "Florian", "Dominik", "Emre", "Detlef",
           "Korbinian", "Raphael", "Sebastian", "Till", "Hartmut"],
        f=["Anna-Lena", "Ursula", "Sabine", "Gudrun", "Johanna", "Leonie", "Mareike", "Friederike", "Hannelore",
           "Katharina", "Sophie", "Ilse", "Theresa", "Dörte", "Birgit", "Elif", "Lieselotte", "Veronika", "Annegret",
           "Swantje", "Marlene", "Rosemarie", "Jana"],
        last=["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
              "Krüger", "Schäfer", "Köhler", "Groß", "Weiß", "Müller-Lüdenscheidt", "Brösel", "Zimmermann", "Huber",
              "Gruber", "Pichler", "Oberhuber", "Thießen", "Yılmaz", "Kowalczyk", "von Bülow", "Habermann", "Ostrowski",
              "Lindemann", "Großkopf", "Öztürk", "Niederreiter", "Dreßler", "Kuhlmann", "Wüstenhagen", "Eichhorn"]),
    titles=dict(m=["Herr", "Herr", "Hr."], f=["Frau", "Frau", "Fr."]),
    prof=dict(health=dict(m=["Dr.", "Dr. med.", "Prof. Dr.", "OA Dr."], f=["Dr.", "Dr. med.", "Prof. Dr.", "OÄ Dr."]),
              finance=dict(m=["Herr"], f=["Frau"]), climate=dict(m=["Dr."], f=["Dr."])),
    months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
            "Dezember"],
    dob_fmt=["{dd}.{mm}.{y}", "{dd}.{mm}.{y}", "{d}.{m}.{y}", "{d}. {mon} {y}", "{y}-{mm}-{dd}", "{dd}.{mm}.{yy}"],
    date_fmt=["{dd}.{mm}.{y}", "{d}. {mon} {y}", "{y}-{mm}-{dd}", "{dd}.{mm}.{y} {hh}:{mi} UTC", "{dd}.{mm}.{y}, {hh}:{mi} Uhr"],
    dec=",", thou=".",
    amount_fmt=["{n} €", "{n} €", "{n} EUR", "EUR {n}", "€ {n}"],
    pct_fmt="{n} %",
    orgs=dict(
        health=[("Klinikum Nordstadt", "klinikum-nordstadt.de"), ("Kreiskrankenhaus Waldkirch", "kkh-waldkirch.de"),
                ("Universitätsklinikum Rheinau", "uk-rheinau.de"), ("Landesklinikum Donautal", "lk-donautal.at"),
                ("MVZ am Hafen", "mvz-am-hafen.de")],
        finance=[("Sparkasse Mittelweser", "sparkasse-mittelweser.de"), ("Volksbank Hügelland eG", "vb-huegelland.de"),
                 ("Alpenländische Privatbank", "alpenbank.at"), ("Hanseatische Direktbank", "hanse-direktbank.de")],
        climate=[("Wetterbeobachtungsnetz Nord", "wbn-nord.de"), ("Institut für Landschaftsökologie", "ilo-forschung.de"),
                 ("Hydrographischer Dienst Tirol", "hd-tirol.at")]),
    companies=["Nordwind Logistik GmbH", "Bäckerei Sonnenkorn", "Stadtwerke Rheinau", "REWE Markt", "Deutsche Bahn",
               "Amazon EU S.à r.l.", "Alpenblick Bau GmbH", "Zalando SE", "Apotheke am Markt"],
    mailbox=dict(health=["sekretariat", "aufnahme", "befunde"], finance=["kundenservice", "beschwerden", "kyc-team"],
                 climate=["messnetz", "daten", "beobachter"]),
    nid_label={"DE": ["Steuer-ID", "Steuer-IdNr.", "steuerliche Identifikationsnummer", "IdNr."],
               "AT": ["SV-Nummer", "Sozialversicherungsnummer", "VSNR"]},
    hiid_label={"DE": ["Versichertennummer", "KV-Nr.", "Krankenversichertennummer", "Versicherten-Nr."],
                "AT": ["Versichertennummer", "Mitgliedsnummer", "Polizzennummer"]},
    mrn_fmt=["{N8}", "{y}{n6}", "{N7}", "P-{n7}", "{N10}"],
    ref_fmt=["RE-{y}-{n5}", "KA-{y}/{n3}", "V{N8}", "AZ-{n4}/{yy}", "SEPA-{A3}{n8}", "BS-{n6}"],
    stn_fmt=["WMO {wmo}", "WMO-Nr. {wmo}", "Stations-ID {N5}", "Stationskennung DE-{n4}", "WMO-ID {wmo}"],
    regimen=["1-0-1", "1-0-0", "0-0-1", "1-1-1", "morgens", "abends", "1x tgl.", "2x täglich"],
    labels=dict(name=["Name", "Name, Vorname|sc", "Patient/in", "NAME, Vorname|sc", "Kunde/Kundin", "Antragsteller/in"],
                surname=["Nachname", "Familienname", "Name"], first=["Vorname", "Vorname(n)"],
                dob=["Geburtsdatum", "geb.", "Geb.-Datum"], addr=["Anschrift", "Adresse", "Wohnanschrift"],
                phone=["Telefon", "Tel.", "Mobil", "Telefonnummer"], email=["E-Mail", "E-Mail-Adresse", "Mail"],
                iban=["IBAN", "Bankverbindung (IBAN)"], mrn=["Fallnummer", "Patienten-Nr.", "PID"],
                date=["Datum", "Eingangsdatum", "Befunddatum"], ref=["Vorgangsnummer", "Referenz"],
                observer=["Beobachter/in", "Erfasst von", "Kartierer/in"], station=["Station", "Messstelle"],
                coord=["Koordinaten", "Position", "Lage"]),
    head=dict(
        h_dis=["Entlassungsbrief", "Vorläufiger Entlassungsbericht – {ORG}", "Arztbrief"],
        h_ref=["Überweisung", "Konsiliaranforderung", "Einweisung zur stationären Behandlung"],
        h_lab=["Laborbefund vom {DATE}", "Klinische Chemie – Befundbericht", "Zentrallabor {ORG}"],
        h_rad=["Radiologischer Befund – CT Thorax", "MRT LWS, Befund", "Röntgen Becken/Hüfte links"],
        h_nur=["Pflegebericht, {DATE}", "Pflegeüberleitungsbogen", "Übergabeprotokoll Station 4B"],
        f_loan=["Kreditantrag – Gesprächsnotiz", "Baufinanzierung: Votum zur Kreditentscheidung", "Notiz zum Ratenkredit {REF}"],
        f_kyc=["KYC-Überprüfung (turnusmäßig)", "Geldwäscheprüfung – Kundenakte", "Legitimationsprüfung"],
        f_txn=["Transaktionsmonitoring – Fallbeschreibung", "Auffällige Zahlung, Vorgang {REF}", "Kartenmissbrauch – Meldung"],
        f_compl=["Beschwerde wegen Kontoführungsgebühren", "Ihre Beschwerde vom {DATE}", "Reklamation einer Lastschrift"],
        f_acct=["Antrag auf Eröffnung eines Girokontos", "Kontoeröffnung – Personendaten", "Eröffnungsantrag Tagesgeldkonto"],
        c_stat=["Beobachtungsbuch Station {STN}", "Stationsprotokoll, {DATE}", "Tagesmeldung Klimastation"],
        c_surv=["Geländebericht Moorkartierung", "Feldprotokoll Bodenfeuchte", "Erhebungsbogen Vegetationsaufnahme"]),
    intro=[
        "h|{g1:Herr|Frau} {P1}, {AGE1} J., wurde am {DATE} mit {DX} ({ICD}) stationär aufgenommen.",
        "h|Patient{g1:|in}: {P1.sc}, geb. {DOB}, Fall-Nr. {MRN}",
        "h|Wir berichten über {g1:Herrn|Frau} {P1}, geb. am {DOB}, {g1:der|die} sich vom {DATE} bis {DATE2} in unserer stationären Behandlung befand.",
        "h|Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege, vielen Dank für die Zuweisung von {P1} ({AGE1} J.).",
        "h|{P1} ({AGE1}) wurde heute auf Station visitiert, Allgemeinzustand stabil.",
        "h|Name: {P1.sf}   Geb.-Dat.: {DOB.n}",
        "h|Pat. {P1.l}, {AGE1}-jährig, stellte sich mit Dyspnoe in der Notaufnahme vor.",
        "f|Antragsteller{g1:|in}: {g1:Herr|Frau} {P1}, geboren am {DOB}, wohnhaft in {CITY}.",
        "f|{g1:Der Kunde|Die Kundin} {P1} ist seit {YEAR} bei uns und hat eine laufende Baufinanzierung.",
        "f|{P1.sc} – Aktualisierung der KYC-Daten fällig, letzte Prüfung am {DATE}.",
        "f|Im Auftrag {g1:meines Mandanten|meiner Mandantin} {P1} wende ich mich wegen einer Überweisung über {AMT} an Sie.",
        "f|kunde {P1.lc} hat in der filiale angerufen wegen einer gesperrten überweisung",
        "c|Beobachter{g1:|in}: {P1} (ehrenamtlich seit {YEAR2}).",
        "c|Bericht erstellt von {P1} für die Station {STNAME} ({STN}).",
        "c|Die 7-Uhr-Ablesung an der Station {STNAME} erfolgte durch {P1.i}.",
    ],
    pii=[
        "h|Geburtsdatum: {DOB}.",
        "f|Geb. {DOB.n}, Identität in der Filiale anhand des Personalausweises geprüft.",
        "hf|{g1:Er|Sie} wurde am {DOB.l} in {CITY} geboren.",
        "f|{g1:Der Antragsteller|Die Antragstellerin} (geb. {DOB}) weist keine negativen SCHUFA-Einträge auf.",
        "h|{g1:Herr|Frau} {P1.l}, geb. {DOB}, lebt allein und ist im Alltag selbstständig.",
        "h|Wohnanschrift: {ADDR.f}.",
        "hf|{g1:Herr|Frau} {P1.l} ist unter folgender Anschrift gemeldet: {ADDR.f}.",
        "f|Die Korrespondenzadresse lautet seit dem {DATE}: {ADDR}.",
        "f|Bitte senden Sie die Ersatzkarte an {ADDR.f} (Meldeadresse).",
        "c|Adresse {g1:des Beobachters|der Beobachterin}: {ADDR.f}",
        "h|Entlassung nach Hause ({ADDR}), der ambulante Pflegedienst ist informiert.",
        "f|Der Adressnachweis (Stromrechnung vom {DATE}) lautet auf {ADDR.f}.",
        "c|Ansprechpartner{g1:|in} für den Zugang zum Messfeld: {P1}, {ADDR.f}, Tel. {PHONE1}.",
        "*|{g1:Er|Sie} ist unter {PHONE1} erreichbar.",
        "h|Angehörige: {P3} ({g3:Sohn|Tochter}), mobil {PHONE3}.",
        "f|{g1:Der Kunde|Die Kundin} rief von {PHONE1} aus an und widersprach der Belastung.",
        "hf|Tel.: {PHONE1} / E-Mail: {EMAIL1}",
        "h|Für Rückfragen erreichen Sie die Station unter {PHONE0}.",
        "c|Bei Sensorausfall bitte {P1.f} unter {PHONE1} anrufen.",
        "*|rückruf erbeten: {P1}, tel. {PHONE1}, mail {EMAIL1}",
        "h|Telefonat mit {g3:dem Ehemann|der Ehefrau}, {P3} ({PHONE3}), über das weitere Vorgehen informiert.",
        "f|Kontoauszüge werden elektronisch an {EMAIL1} versandt.",
        "h|Rückfragen gerne per E-Mail an {EMAIL2}.",
        "c|Bitte die Messprotokolle hochladen und anschließend {EMAIL0} informieren.",
        "f|Die E-Mail-Adresse {g1:des Kunden|der Kundin} ({EMAIL1}) wurde am {DATE} verifiziert.",
        "h|{g1:Er|Sie} wünscht Terminbriefe künftig per E-Mail an {EMAIL1}.",
        "c|Fragen zum Erhebungsprotokoll an {P2}, {EMAIL2}.",
        "f|Beschwerde per E-Mail von {EMAIL1} am {DATE} eingegangen.",
        "f|Das Gehalt geht monatlich auf dem Konto {IBAN} ein.",
        "f|Bitte erstatten Sie {AMT} auf mein Konto {IBAN}.",
        "f|SEPA-Lastschriftmandat: IBAN {IBAN}, Mandatsreferenz {REF}.",
        "f|Auszahlungskonto: {IBAN} (Kontoinhaber{g1:|in}: {P1}).",
        "h|Die Rechnung {REF} über {AMT} wird per Überweisung von {IBAN} beglichen.",
        "f|Eingehende SEPA-Gutschrift über {AMT} von {IBAN2} als auffällig markiert.",
        "f|IBAN: {IBAN}",
        "f|Die Kreditraten von {AMT} werden jeweils zum Monatsersten von {IBAN} eingezogen.",
        "f|Die Karte {CARD} wurde am {DATE} als gestohlen gemeldet.",
        "f|Drei abgelehnte Autorisierungen mit der Karte {CARD} innerhalb von zehn Minuten.",
        "f|{g1:Der Kunde|Die Kundin} widerspricht einer Belastung von {AMT} auf der Kreditkarte {CARD}.",
        "f|Ersatzkarte ausgestellt: {CARD}, gültig bis 09/28.",
        "f|Karte: {CARD} | Betrag: {AMT} | Händler: {COMPANY}",
        "f|Bitte sperren Sie sofort die Karte {CARD}, ich habe meine Geldbörse in {CITY} verloren.",
        "f|Mit der Karte ({CARD}) wurde bei einem Onlinehändler für {AMT} eingekauft.",
        "h|Die Wahlleistung wurde mit der Kreditkarte {CARD} bezahlt.",
        "h|Zuzahlung laut Quittung per Karte {CARD} beglichen.",
        "f|Login von IP {IP} um 02:14 Uhr, unbekanntes Gerät.",
        "f|Die Überweisung wurde im Onlinebanking von {IP} aus beauftragt.",
        "h|Zugriff auf das Patientenportal am {DATE} von {IP}.",
        "c|Der Datenlogger überträgt stündlich an den Server {IP}.",
        "f|Sitzungsdaten: IP-Adresse {IP}, Browser Firefox unter Windows.",
        "f|Mehrere fehlgeschlagene Anmeldeversuche von {IP} und {IP2}.",
        "c|Fernzugriff auf das Stationsmodem: {IP}.",
        "f|ip: {IP} (vermutlich VPN-Ausgangsknoten)",
        "f|{NIDL}: {NID}",
        "f|{g1:Der Antragsteller|Die Antragstellerin} legte {g1:seine|ihre} {NIDL} ({NID}) sowie den Reisepass vor.",
        "h|{NIDL} {NID} mit den Stammdaten abgeglichen.",
        "f|Identifizierung über {NIDL} {NID}; Ausweiskopie liegt vor.",
        "f|{P1}, {NIDL} {NID}, ist {g1:alleiniger Kontoinhaber|alleinige Kontoinhaberin}.",
        "f|Die {NIDL} im Antrag ({NID}) stimmt nicht mit der Gehaltsabrechnung überein.",
        "h|Für die Abrechnung: {NIDL} {NID}.",
        "f|Geprüft: {NID} ({NIDL})",
        "h|{HIIDL}: {HIID}",
        "h|{HIIDL} {HIID}, Versicherungsschutz bestätigt.",
        "h|Bitte geben Sie bei Rückfragen die {HIIDL} ({HIID}) an.",
        "h|Zuweisung von {g1:Herrn|Frau} {P1.l} ({HIIDL} {HIID}) an die Diabetesambulanz.",
        "h|Die bei Aufnahme angegebene {HIIDL} ({HIID}) war fehlerhaft und wurde korrigiert.",
        "h|{P1}, {HIIDL} {HIID}",
        "h|Kostenübernahme unter {HIIDL} {HIID} genehmigt.",
        "h|Gesetzlich versichert, {HIIDL}: {HIID}.",
        "h|Fallnummer: {MRN}",
        "h|Pat.-Nr. {MRN}; bitte zur Akte nehmen.",
        "h|PID {MRN} – {P1.sc}",
        "h|Aufnahmenummer {MRN}",
        "h|Untersuchung unter der Fallnummer {MRN} angemeldet.",
        "h|Die Akte ({MRN}) wurde aus dem Archiv angefordert.",
        "h|{P1} (Fall-Nr. {MRN}) wurde am {DATE} in der Ambulanz gesehen.",
        "h|unser zeichen: pid {MRN}",
        "h|In Begleitung von {P3} ({g3:Betreuer|Betreuerin}).",
        "f|Mitantragsteller{g3:|in}: {P3}.",
    ],
    keep=[
        "h|Diagnosen: {DX} ({ICD}); {DX2} ({ICD2}).",
        "h|Entlassmedikation: {DOSE}, {DOSE2}.",
        "h|{DRUG.cap} ({ATC}) wurde mit {STR} neu angesetzt.",
        "h|Labor: {LAB}, {LAB2}, {LAB3}.",
        "h|Aktuelle Werte vom {DATE}: {LAB}, {LAB2}.",
        "h|{DOSE} ({ATC}) fortführen, {DOSE2} absetzen.",
        "h|Hauptdiagnose {ICD} – {DX}.",
        "h|Bildgebend kein Akutbefund; Arbeitsdiagnose {DX} ({ICD}).",
        "h|Allergien: keine bekannt. Medikation bei Entlassung: {DOSE}.",
        "h|Kodiert als {ICD}, Nebendiagnose {ICD2}.",
        "h|Stationärer Aufenthalt vom {DATE} bis {DATE2}.",
        "h|{LAB} bei Aufnahme, {LAB2} bei Entlassung.",
        "f|Offener Saldo {AMT} zum {DATE}.",
        "f|Beantragter Kredit: {AMT.big}, Laufzeit 20 Jahre, Sollzins {PCT} fest.",
        "f|Depotbestand: {ISIN} und {ISIN2}, Gesamtwert {AMT.big}.",
        "f|Arbeitgeber {COMPANY} (USt-IdNr. {VAT}, LEI {LEI}).",
        "f|Rechnung {REF} vom {DATE}: {AMT}.",
        "f|Beleihungsauslauf {PCT}; Kapitaldienstquote {PCT2}.",
        "f|Der LEI des Geschäftspartners lautet {LEI}.",
        "f|Kontoauszug {REF}, Schlusssaldo {AMT}.",
        "f|Dividende aus {ISIN} über {AMT} am {DATE} gutgeschrieben.",
        "f|Monatliches Nettoeinkommen {AMT}, Fixkosten {AMT2}.",
        "c|Station {STN} ({COORD}), Höhe 112 m ü. NN.",
        "c|Ablesung am {DATE}: Lufttemperatur {TEMP}, relative Feuchte {HUM}.",
        "c|Niederschlagssumme {PREC} seit dem {DATE}.",
        "c|Koordinaten der Probefläche: {COORD}.",
        "c|Schneehöhe um 7 Uhr {SNOW}; Spitzenböe {WIND}.",
        "c|Der Regenmesser wurde {YEAR} ersetzt; die Messreihe ist seit {YEAR2} lückenlos.",
        "c|Der Luftdruckwert von {PRESS} am {DATE} ist unplausibel und wurde markiert.",
        "c|Transekt T3 beginnt bei {COORD} und verläuft 200 m nach Norden.",
        "c|Bericht {REF} umfasst den Zeitraum bis zum {DATE}.",
        "c|Tageshöchsttemperatur {TEMP}, Tiefstwert {TEMP2}.",
    ],
    close=[
        "h|Mit freundlichen kollegialen Grüßen\n{D2} {P2}\n{g2:Oberarzt|Oberärztin}, {ORG}",
        "h|Diktiert, nicht gegengelesen: {D2} {P2.i}",
        "hf|{P2}\nTel. {PHONE2} | {EMAIL2}",
        "f|Geprüft von {P2} ({g2:Kundenberater|Kundenberaterin}) am {DATE}.",
        "f|Mit freundlichen Grüßen\n{P1}\n{ADDR.ml}",
        "c|Eingereicht von {P1}, {EMAIL1}",
        "c|— {P2.sc}, Messnetzkoordination, Tel. {PHONE2}",
        "h|gez. {P2}, Pflegefachkraft",
        "h|Dieser Brief wurde elektronisch freigegeben.",
        "f|Vom Kreditausschuss genehmigt.",
        "c|Daten geprüft und freigegeben.",
        "*|Dieses Dokument wurde maschinell erstellt und ist ohne Unterschrift gültig.",
    ],
)

LANG["fr"] = dict(
    names=dict(
        m=["Jean-Pierre", "Mathieu", "Étienne", "Benoît", "Loïc", "Théo", "Hugo", "Gaëtan", "Hervé", "Yannick", "Karim",
           "Quentin", "Côme", "Aurélien", "Jérôme", "Florent", "Anatole", "Maël", "Baptiste", "Gérald", "Tristan"],
        f=["Marie-Claire", "Anne-Sophie", "Camille", "Élodie", "Océane", "Nathalie", "Maëlle", "Inès", "Chloé", "Héloïse",
           "Ségolène", "Brigitte", "Yasmine", "Gwenaëlle", "Solène", "Clémence", "Bénédicte", "Françoise", "Aïcha",
           "Léa", "Marie-Thérèse"],
        last=["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
              "Lefèvre", "Fournier", "Girard", "Bonnet", "Lambert", "Fontaine", "Rousseau", "Le Gall", "Kerbrat",
              "Lefèvre-Dumas", "Boucher-Laroche", "Benali", "Nguyen", "de Villeneuve", "Pétrequin", "Quéméneur",
              "Ménard", "Oudinot", "Garnier", "Chevalier", "Le Goff", "Haddad", "Desjardins", "N'Diaye"]),
    titles=dict(m=["M.", "M.", "Monsieur"], f=["Mme", "Mme", "Madame"]),
    prof=dict(health=dict(m=["Dr", "Dr", "Pr"], f=["Dr", "Dr", "Pr"]), finance=dict(m=["M."], f=["Mme"]),
              climate=dict(m=["Dr"], f=["Dr"])),
    months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
            "décembre"],
    dob_fmt=["{dd}/{mm}/{y}", "{dd}/{mm}/{y}", "{dfr} {mon} {y}", "{dd}.{mm}.{y}", "{dd}-{mm}-{y}", "{y}-{mm}-{dd}"],
    date_fmt=["{dd}/{mm}/{y}", "{dfr} {mon} {y}", "{y}-{mm}-{dd}", "{dd}/{mm}/{y} à {hh}h{mi}", "{dd}/{mm}/{y} {hh}:{mi} UTC"],
    dec=",", thou=" ",
    amount_fmt=["{n} €", "{n} €", "{n} EUR", "EUR {n}"],
    pct_fmt="{n} %",
    orgs=dict(
        health=[("Centre hospitalier de Vallon-sur-Loire", "ch-vallon.fr"), ("Clinique des Cèdres", "clinique-des-cedres.fr"),
                ("Hôpital de la Côte d'Émeraude", "hopital-cote-emeraude.fr"), ("Centre de santé du Faubourg", "cds-faubourg.fr")],
        finance=[("Banque du Val de Seine", "bvds.fr"), ("Crédit Coopératif de l'Ouest", "cco-banque.fr"),
                 ("Banque Lémanique", "banque-lemanique.fr")],
        climate=[("Réseau des observateurs bénévoles", "rob-meteo.fr"),
                 ("Observatoire des zones humides d'Armor", "ozh-armor.fr")]),
    companies=["Transports Delmas SARL", "Boulangerie du Marché", "SNCF Voyageurs", "Carrefour Market", "Amazon EU S.à r.l.",
               "Orange SA", "Menuiserie Artisanale du Lot", "Pharmacie de la Gare"],
    mailbox=dict(health=["secretariat.medical", "admissions", "dossiers.patients"],
                 finance=["service.clients", "reclamations", "conformite"], climate=["observateurs", "donnees", "terrain"]),
    nid_label={"FR": ["NIR", "n° de sécurité sociale", "numéro de sécurité sociale", "NIR (n° INSEE)"]},
    hiid_label={"FR": ["n° d'adhérent mutuelle", "numéro d'adhérent", "n° AMC", "n° de contrat complémentaire santé"]},
    mrn_fmt=["{y}-{n6}", "{N9}", "{N8}", "{yy}{n7}"],
    ref_fmt=["FAC-{y}-{n5}", "F{y}{n4}", "REF/{y}/{n4}", "RLV-{y}{m}-{n3}", "DOS-{n6}"],
    stn_fmt=["WMO {wmo}", "OMM {wmo}", "indicatif OMM {wmo}", "n° Météo-France {N8}", "station ID FR-{n4}"],
    regimen=["matin et soir", "1 cp/j", "le soir", "1-0-1", "2 fois par jour", "au coucher"],
    labels=dict(name=["Nom", "Nom, prénom|sc", "NOM Prénom|sf", "Patient(e)", "Nom et prénom", "Client(e)"],
                surname=["Nom", "Nom de naissance", "Nom d'usage"], first=["Prénom", "Prénom(s)"],
                dob=["Date de naissance", "Né(e) le", "DDN"], addr=["Adresse", "Domicile", "Adresse postale"],
                phone=["Téléphone", "Tél.", "Portable"], email=["E-mail", "Courriel", "Adresse électronique"],
                iban=["IBAN", "RIB (IBAN)"], mrn=["N° de dossier", "IPP", "N° de séjour"],
                date=["Date", "Date du prélèvement", "Date d'édition"], ref=["Référence", "N° de dossier client"],
                observer=["Observateur/trice", "Relevé par", "Agent de terrain"], station=["Station", "Poste"],
                coord=["Coordonnées", "Position GPS", "Localisation"]),
    head=dict(
        h_dis=["Compte rendu d'hospitalisation", "Lettre de sortie – {ORG}", "CRH – service de médecine interne"],
        h_ref=["Lettre d'adressage", "Courrier de liaison", "Demande d'avis spécialisé"],
        h_lab=["Compte rendu d'analyses biologiques du {DATE}", "Biochimie – résultats", "Laboratoire de biologie médicale – {ORG}"],
        h_rad=["Compte rendu de scanner thoracique", "IRM du genou droit", "Radiographie du bassin"],
        h_nur=["Transmissions infirmières du {DATE}", "Note de soins", "Fiche de liaison infirmière"],
        f_loan=["Note de crédit – dossier {REF}", "Comité de crédit : synthèse", "Prêt immobilier – analyse de la demande"],
        f_kyc=["Revue KYC périodique", "Connaissance client – mise à jour", "Dossier LCB-FT"],
        f_txn=["Surveillance des opérations – note d'analyse", "Opération atypique, dossier {REF}", "Alerte fraude carte"],
        f_compl=["Objet : réclamation concernant des frais bancaires", "Réclamation n° {REF}", "Contestation d'un prélèvement"],
        f_acct=["Demande d'ouverture de compte", "Formulaire d'ouverture – compte courant", "Entrée en relation"],
        c_stat=["Carnet d'observation – station {STN}", "Relevé climatologique du {DATE}", "Journal de l'observateur"],
        c_surv=["Rapport de terrain – tourbière", "Inventaire floristique, placette 4", "Fiche de relevé de l'humidité des sols"]),
    intro=[
        "h|{g1:M.|Mme} {P1}, {AGE1} ans, a été hospitalisé{g1:|e} le {DATE} pour {DX} ({ICD}).",
        "h|Patient{g1:|e} : {P1.sf}, né{g1:|e} le {DOB}, n° de dossier {MRN}",
        "h|Je vous adresse {g1:M.|Mme} {P1}, né{g1:|e} le {DOB}, {AGE1} ans, pour un avis spécialisé ({DX}).",
        "h|Cher confrère, merci de recevoir {P1} ({AGE1} ans) en consultation.",
        "h|{P1} ({AGE1} ans) a été vu{g1:|e} ce matin lors de la visite ; état stable.",
        "h|Nom : {P1.sf}   Date de naissance : {DOB.n}",
        "h|Patient{g1:|e} {P1.l}, {AGE1} ans, admis{g1:|e} aux urgences pour dyspnée.",
        "f|Demandeu{g1:r|se} : {g1:M.|Mme} {P1}, né{g1:|e} le {DOB}, domicilié{g1:|e} à {CITY}.",
        "f|{g1:Le client|La cliente}, {P1}, est titulaire d'un compte chez nous depuis {YEAR} et rembourse un prêt immobilier.",
        "f|{P1.sc} – révision KYC à effectuer ; dernière revue le {DATE}.",
        "f|Je vous écris au nom de {g1:mon client|ma cliente}, {P1}, au sujet d'un virement de {AMT}.",
        "f|appel de {P1.lc} à l'agence concernant un virement bloqué",
        "c|Observat{g1:eur|rice} : {P1} (bénévole depuis {YEAR2}).",
        "c|Rapport rédigé par {P1} pour la station {STNAME} ({STN}).",
        "c|Relevé de 7 h effectué à {STNAME} par {P1.i}.",
    ],
    pii=[
        "h|Date de naissance : {DOB}.",
        "f|Né{g1:|e} le {DOB.n} ; identité vérifiée en agence sur pièce d'identité.",
        "hf|{g1:Il|Elle} est né{g1:|e} le {DOB.l} à {CITY}.",
        "f|{g1:Le demandeur|La demandeuse} (né{g1:|e} le {DOB}) n'est pas inscrit{g1:|e} au FICP.",
        "h|{g1:M.|Mme} {P1.l}, né{g1:|e} le {DOB}, vit seul{g1:|e} et est autonome pour les actes de la vie quotidienne.",
        "h|Adresse : {ADDR.f}.",
        "hf|{g1:M.|Mme} {P1.l} réside à l'adresse suivante : {ADDR}.",
        "f|Changement d'adresse de correspondance au {DATE} : {ADDR}.",
        "f|Merci d'envoyer la nouvelle carte à l'adresse {ADDR.f} (adresse déclarée).",
        "c|Adresse de l'observat{g1:eur|rice} : {ADDR.f}",
        "h|Retour à domicile ({ADDR}) ; le cabinet infirmier est prévenu.",
        "f|Le justificatif de domicile (facture d'électricité du {DATE}) indique : {ADDR.f}.",
        "c|Contact pour l'accès au site : {P1}, {ADDR.f}, tél. {PHONE1}.",
        "*|{g1:Il|Elle} est joignable au {PHONE1}.",
        "h|Personne de confiance : {P3} ({g3:fils|fille}), portable {PHONE3}.",
        "f|{g1:Le client|La cliente} a appelé depuis le {PHONE1} pour contester le prélèvement.",
        "hf|Tél. : {PHONE1} / courriel : {EMAIL1}",
        "h|Pour toute question, le service est joignable au {PHONE0}.",
        "c|En cas de panne du capteur, appeler {P1.f} au {PHONE1}.",
        "*|contacter {P1} au {PHONE1} ou par mail ({EMAIL1})",
        "h|Entretien téléphonique avec {g3:son époux|son épouse}, {P3}, au {PHONE3} : informé{g3:|e} du projet de sortie.",
        "f|Les relevés de compte sont envoyés par voie électronique à {EMAIL1}.",
        "h|Pour toute question : {EMAIL2}.",
        "c|Merci de déposer les fiches de relevé puis d'écrire à {EMAIL0}.",
        "f|L'adresse électronique {g1:du client|de la cliente} ({EMAIL1}) a été vérifiée le {DATE}.",
        "h|{g1:Il|Elle} souhaite recevoir ses convocations par courriel à {EMAIL1}.",
        "c|Questions sur le protocole : {P2}, {EMAIL2}.",
        "f|Réclamation reçue par courriel de {EMAIL1} le {DATE}.",
        "f|Le salaire est versé chaque mois sur le compte {IBAN}.",
        "f|Merci de rembourser {AMT} sur mon compte {IBAN}.",
        "f|Mandat de prélèvement SEPA : IBAN {IBAN}, référence unique de mandat {REF}.",
        "f|Compte de versement : {IBAN} (titulaire : {P1}).",
        "h|La facture {REF} d'un montant de {AMT} sera réglée par virement depuis le compte {IBAN}.",
        "f|Virement SEPA entrant de {AMT} depuis {IBAN2} signalé comme inhabituel.",
        "f|IBAN : {IBAN}",
        "f|Les échéances de {AMT} sont prélevées le 5 de chaque mois sur {IBAN}.",
        "f|La carte n° {CARD} a été déclarée volée le {DATE}.",
        "f|Trois autorisations refusées sur la carte {CARD} en dix minutes.",
        "f|{g1:Le client|La cliente} conteste un débit de {AMT} sur sa carte {CARD}.",
        "f|Carte de remplacement émise : {CARD}, expiration 09/28.",
        "f|Carte : {CARD} | Montant : {AMT} | Commerçant : {COMPANY}",
        "f|Merci de faire opposition sur la carte {CARD}, j'ai perdu mon portefeuille à {CITY}.",
        "f|La carte ({CARD}) a été utilisée chez un commerçant en ligne pour {AMT}.",
        "h|Le dépassement d'honoraires a été réglé par carte bancaire {CARD}.",
        "h|Chambre particulière : paiement par carte {CARD}.",
        "f|Connexion depuis l'adresse IP {IP} à 02h14, appareil inconnu.",
        "f|Le virement a été initié en banque en ligne depuis {IP}.",
        "h|Accès au portail patient le {DATE} depuis l'adresse {IP}.",
        "c|L'enregistreur transmet les données toutes les heures au serveur {IP}.",
        "f|Données de session : adresse IP {IP}, navigateur Firefox sous Windows.",
        "f|Plusieurs tentatives de connexion échouées depuis {IP} et {IP2}.",
        "c|Accès distant au modem de la station : {IP}.",
        "f|ip : {IP} (nœud de sortie VPN probable)",
        "f|{NIDL} : {NID}",
        "f|{g1:Le demandeur|La demandeuse} a fourni son {NIDL} ({NID}) et un passeport.",
        "h|{NIDL} {NID} vérifié avec la carte Vitale.",
        "f|Client{g1:|e} identifié{g1:|e} par {NIDL} {NID} ; copie de la pièce au dossier.",
        "f|{P1}, {NIDL} {NID}, est titulaire unique du compte.",
        "f|Le {NIDL} figurant sur la demande ({NID}) ne correspond pas à celui de la fiche de paie.",
        "h|Pour la facturation : {NIDL} {NID}.",
        "f|Vérifié : {NID} ({NIDL})",
        "h|{HIIDL} : {HIID}",
        "h|Mutuelle : {HIIDL} {HIID}, prise en charge confirmée.",
        "h|Merci de rappeler le {HIIDL} ({HIID}) dans toute correspondance.",
        "h|Adressage de {g1:M.|Mme} {P1.l} ({HIIDL} {HIID}) en consultation de diabétologie.",
        "h|Le {HIIDL} indiqué à l'admission ({HIID}) était erroné et a été corrigé.",
        "h|{P1}, {HIIDL} {HIID}",
        "h|Accord de prise en charge sous le {HIIDL} {HIID}.",
        "h|Complémentaire santé : {HIIDL} {HIID} (tiers payant).",
        "h|N° de dossier : {MRN}",
        "h|IPP {MRN} ; à classer dans le dossier.",
        "h|Dossier {MRN} – {P1.sc}",
        "h|N° de séjour {MRN}",
        "h|Examen programmé sous le numéro de dossier {MRN}.",
        "h|Le dossier ({MRN}) a été demandé aux archives.",
        "h|{P1} (dossier {MRN}) a été vu{g1:|e} en consultation le {DATE}.",
        "h|n/réf. : ipp {MRN}",
        "h|Accompagné{g1:|e} de {g3:son aidant|son aidante}, {P3}.",
        "f|Co-emprunt{g3:eur|euse} : {P3}.",
    ],
    keep=[
        "h|Diagnostics : {DX} ({ICD}) ; {DX2} ({ICD2}).",
        "h|Traitement de sortie : {DOSE}, {DOSE2}.",
        "h|{DRUG.cap} ({ATC}) introduit à {STR}.",
        "h|Bilan biologique : {LAB}, {LAB2}, {LAB3}.",
        "h|Résultats du {DATE} : {LAB}, {LAB2}.",
        "h|Poursuivre {DOSE} ({ATC}) ; arrêt : {DOSE2}.",
        "h|Diagnostic principal {ICD} – {DX}.",
        "h|Pas d'anomalie aiguë en imagerie ; diagnostic retenu : {DX} ({ICD}).",
        "h|Allergies : aucune connue. Traitement à la sortie : {DOSE}.",
        "h|Codage : {ICD}, diagnostic associé {ICD2}.",
        "h|Hospitalisation du {DATE} au {DATE2}.",
        "h|{LAB} à l'entrée, {LAB2} à la sortie.",
        "f|Solde débiteur de {AMT} au {DATE}.",
        "f|Prêt demandé : {AMT.big} sur 20 ans au taux fixe de {PCT}.",
        "f|Le portefeuille comprend {ISIN} et {ISIN2}, pour une valeur totale de {AMT.big}.",
        "f|Employeur : {COMPANY} (TVA {VAT}, LEI {LEI}).",
        "f|Facture {REF} du {DATE} : {AMT}.",
        "f|Taux d'endettement {PCT} ; quotité financée {PCT2}.",
        "f|Le LEI de la contrepartie est {LEI}.",
        "f|Relevé {REF}, solde de clôture {AMT}.",
        "f|Dividende de {ISIN} d'un montant de {AMT} reçu le {DATE}.",
        "f|Revenus nets mensuels {AMT}, charges fixes {AMT2}.",
        "c|Station {STN} ({COORD}), altitude 112 m.",
        "c|Relevé du {DATE} : température de l'air {TEMP}, humidité relative {HUM}.",
        "c|Cumul de précipitations de {PREC} depuis le {DATE}.",
        "c|Coordonnées de la placette : {COORD}.",
        "c|Hauteur de neige à 7 h : {SNOW} ; rafale maximale {WIND}.",
        "c|Le pluviomètre a été remplacé en {YEAR} ; la série est continue depuis {YEAR2}.",
        "c|La pression de {PRESS} relevée le {DATE} semble aberrante et a été signalée.",
        "c|Le transect T3 part de {COORD} et s'étend sur 200 m vers le nord.",
        "c|Le rapport {REF} couvre la période jusqu'au {DATE}.",
        "c|Température maximale {TEMP}, minimale {TEMP2}.",
    ],
    close=[
        "h|Bien confraternellement,\n{D2} {P2}\n{g2:Praticien hospitalier|Praticienne hospitalière}, {ORG}",
        "h|Dicté par le {D2} {P2.i}, non relu.",
        "hf|{P2}\nTél. {PHONE2} | {EMAIL2}",
        "f|Revu par {P2} ({g2:conseiller|conseillère} clientèle) le {DATE}.",
        "f|Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n{P1}\n{ADDR.ml}",
        "c|Transmis par {P1}, {EMAIL1}",
        "c|— {P2.sc}, coordination du réseau, tél. {PHONE2}",
        "h|Signé : {P2}, IDE",
        "h|Document signé électroniquement.",
        "f|Dossier validé par le comité de crédit.",
        "c|Données contrôlées et validées.",
        "*|Document généré automatiquement.",
    ],
)

LANG["it"] = dict(
    names=dict(
        m=["Giuseppe", "Marco", "Alessandro", "Francesco", "Gianluca", "Pierluigi", "Salvatore", "Matteo", "Niccolò",
           "Ottavio", "Raffaele", "Davide", "Gaetano", "Jacopo", "Leonardo", "Edoardo", "Tancredi", "Gian Maria",
           "Carmine", "Fabrizio"],
        f=["Maria Grazia", "Giulia", "Francesca", "Chiara", "Annalisa", "Federica", "Benedetta", "Ludovica", "Rosaria",
           "Carmela", "Elisabetta", "Ginevra", "Noemi", "Assunta", "Donatella", "Anna Maria", "Letizia", "Concetta"],
        last=["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
              "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Lombardi", "D'Angelo", "Dall'Olio",
              "Lo Presti", "Di Giacomo", "Della Valle", "Castiglioni", "Zanetti", "Pellegrino", "Bortolotti",
              "Scognamiglio", "Tagliaferri", "Quattrocchi", "Moretti", "Pizzuti", "Chiodi"]),
    titles=dict(m=["Sig.", "sig.", "Signor"], f=["Sig.ra", "sig.ra", "Signora"]),
    prof=dict(health=dict(m=["Dott.", "dott.", "Prof."], f=["Dott.ssa", "dott.ssa", "Prof.ssa"]),
              finance=dict(m=["Sig."], f=["Sig.ra"]), climate=dict(m=["Dott."], f=["Dott.ssa"])),
    months=["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
            "novembre", "dicembre"],
    dob_fmt=["{dd}/{mm}/{y}", "{dd}/{mm}/{y}", "{d} {mon} {y}", "{dd}-{mm}-{y}", "{dd}.{mm}.{y}"],
    date_fmt=["{dd}/{mm}/{y}", "{d} {mon} {y}", "{y}-{mm}-{dd}", "{dd}/{mm}/{y} ore {hh}:{mi}", "{dd}/{mm}/{y} {hh}:{mi} UTC"],
    dec=",", thou=".",
    amount_fmt=["€ {n}", "{n} €", "EUR {n}", "{n} euro"],
    pct_fmt="{n}%",
    orgs=dict(
        health=[("Ospedale Civile di Valdarno", "ospedale-valdarno.it"),
                ("Presidio Ospedaliero Riviera del Brenta", "po-rivierabrenta.it"),
                ("Policlinico Colli Euganei", "policlinico-euganei.it"), ("Casa di Cura Villa Serena", "villaserena-cdc.it")],
        finance=[("Banca Popolare del Tirreno", "bptirreno.it"), ("Cassa di Risparmio delle Langhe", "cr-langhe.it"),
                 ("Credito Cooperativo Valle dell'Adige", "bcc-valleadige.it")],
        climate=[("Rete Osservatori Meteo Appennino", "romappennino.it"),
                 ("Istituto per lo Studio delle Zone Umide", "iszu-ricerca.it")]),
    companies=["Trasporti Alpini Srl", "Panificio del Borgo", "Trenitalia", "Esselunga", "Amazon EU S.à r.l.",
               "Edilizia Tirrena SpA", "Enel Energia", "Farmacia Centrale"],
    mailbox=dict(health=["accettazione", "segreteria.reparto", "cup"], finance=["assistenza.clienti", "reclami", "antiriciclaggio"],
                 climate=["osservatori", "dati", "rilievi"]),
    nid_label={"IT": ["codice fiscale", "C.F.", "cod. fisc.", "CF"]},
    hiid_label={"IT": ["numero tessera sanitaria", "n. tessera sanitaria", "n. tessera TEAM", "numero di identificazione della tessera"]},
    mrn_fmt=["{y}/{n5}", "{N8}", "{yy}{n6}", "CC-{y}-{n5}", "{N7}"],
    ref_fmt=["FT-{y}-{n5}", "FATT-{y}/{n4}", "PRAT-{n6}", "EC-{y}{m}-{n3}", "RIF-{n7}"],
    stn_fmt=["WMO {wmo}", "codice OMM {wmo}", "stazione ID IT-{n4}", "WMO {wmo}"],
    regimen=["1 cp al giorno", "1-0-1", "2 volte al dì", "la sera", "ogni 12 ore"],
    labels=dict(name=["Nome e cognome", "Cognome e nome|sc", "COGNOME Nome|sf", "Paziente", "Cliente", "Intestatario"],
                surname=["Cognome"], first=["Nome"], dob=["Data di nascita", "Nato/a il", "Data nascita"],
                addr=["Indirizzo", "Residenza", "Domicilio"], phone=["Telefono", "Tel.", "Cellulare"],
                email=["E-mail", "Email", "Posta elettronica"], iban=["IBAN", "Coordinate bancarie (IBAN)"],
                mrn=["N. cartella", "ID paziente", "N. nosologico"], date=["Data", "Data prelievo", "Data referto"],
                ref=["Riferimento", "N. pratica"], observer=["Osservatore/trice", "Rilevatore", "Compilato da"],
                station=["Stazione", "Sito"], coord=["Coordinate", "Posizione GPS"]),
    head=dict(
        h_dis=["Lettera di dimissione", "Relazione di dimissione – {ORG}", "Lettera di dimissione ospedaliera"],
        h_ref=["Richiesta di consulenza specialistica", "Impegnativa – invio a visita", "Lettera di invio"],
        h_lab=["Referto di laboratorio del {DATE}", "Esami ematochimici", "Laboratorio analisi – {ORG}"],
        h_rad=["Referto TC torace", "RM ginocchio destro – referto", "RX bacino"],
        h_nur=["Diario infermieristico, {DATE}", "Consegne infermieristiche", "Scheda di continuità assistenziale"],
        f_loan=["Istruttoria mutuo – nota {REF}", "Delibera comitato crediti", "Richiesta di prestito personale – appunti"],
        f_kyc=["Adeguata verifica della clientela – revisione periodica", "Questionario antiriciclaggio", "Aggiornamento KYC"],
        f_txn=["Monitoraggio transazioni – nota", "Operazione sospetta, pratica {REF}", "Segnalazione frode su carta"],
        f_compl=["Oggetto: reclamo per commissioni non dovute", "Reclamo n. {REF}", "Contestazione addebito SDD"],
        f_acct=["Richiesta di apertura conto corrente", "Modulo di apertura rapporto", "Dati anagrafici del cliente"],
        c_stat=["Registro dell'osservatore – stazione {STN}", "Rilevazione giornaliera del {DATE}", "Diario di stazione"],
        c_surv=["Relazione di campo – torbiera", "Rilievo vegetazionale, plot 4", "Scheda di campionamento dell'umidità del suolo"]),
    intro=[
        "h|{g1:Il sig.|La sig.ra} {P1}, {AGE1} anni, è stat{g1:o|a} ricoverat{g1:o|a} il {DATE} per {DX} ({ICD}).",
        "h|Paziente: {P1.sf}, nat{g1:o|a} il {DOB}, cartella n. {MRN}",
        "h|Invio in visita {g1:il sig.|la sig.ra} {P1}, nat{g1:o|a} il {DOB}, di {AGE1} anni, per {DX}.",
        "h|Gentile collega, Le invio {P1} ({AGE1} anni) per una valutazione.",
        "h|{P1} ({AGE1} anni) è stat{g1:o|a} visitat{g1:o|a} stamattina in reparto; condizioni stabili.",
        "h|Nome: {P1.sf}   Data di nascita: {DOB.n}",
        "h|Pz. {P1.l}, {AGE1} anni, giunt{g1:o|a} in PS per dispnea.",
        "f|Richiedente: {g1:Sig.|Sig.ra} {P1}, nat{g1:o|a} il {DOB}, residente a {CITY}.",
        "f|{g1:Il cliente|La cliente} {P1} è correntista dal {YEAR} e ha un mutuo in corso.",
        "f|{P1.sc} – aggiornamento KYC in scadenza; ultima verifica il {DATE}.",
        "f|Scrivo per conto {g1:del mio assistito|della mia assistita} {P1} in merito a un bonifico di {AMT}.",
        "f|telefonata di {P1.lc} in filiale per un bonifico bloccato",
        "c|Osservat{g1:ore|rice}: {P1} (volontari{g1:o|a} dal {YEAR2}).",
        "c|Relazione redatta da {P1} per la stazione {STNAME} ({STN}).",
        "c|Lettura delle 7:00 presso {STNAME} eseguita da {P1.i}.",
    ],
    pii=[
        "h|Data di nascita: {DOB}.",
        "f|Nat{g1:o|a} il {DOB.n}; identità verificata in filiale con documento.",
        "hf|È nat{g1:o|a} a {CITY} il {DOB.l}.",
        "f|{g1:Il richiedente|La richiedente} (nat{g1:o|a} il {DOB}) non risulta segnalat{g1:o|a} in CRIF.",
        "h|{g1:Il sig.|La sig.ra} {P1.l}, nat{g1:o|a} il {DOB}, vive da sol{g1:o|a} ed è autonom{g1:o|a} nelle ADL.",
        "h|Indirizzo di residenza: {ADDR.f}.",
        "hf|{g1:Il sig.|La sig.ra} {P1.l} abita in {ADDR} con il coniuge.",
        "f|Dal {DATE} l'indirizzo di corrispondenza è {ADDR}.",
        "f|Si prega di spedire la nuova carta all'indirizzo {ADDR.f} (residenza).",
        "c|Indirizzo dell'osservat{g1:ore|rice}: {ADDR.f}",
        "h|Dimess{g1:o|a} a domicilio ({ADDR}); attivata l'ADI.",
        "f|Il documento di residenza (bolletta del {DATE}) riporta: {ADDR.f}.",
        "c|Referente per l'accesso al sito: {P1}, {ADDR.f}, tel. {PHONE1}.",
        "*|È reperibile al numero {PHONE1}.",
        "h|Familiare di riferimento: {P3} ({g3:figlio|figlia}), cell. {PHONE3}.",
        "f|{g1:Il cliente|La cliente} ha chiamato dal {PHONE1} per contestare l'addebito.",
        "hf|Tel.: {PHONE1} / e-mail: {EMAIL1}",
        "h|Per informazioni il reparto risponde al {PHONE0}.",
        "c|In caso di guasto del sensore chiamare {P1.f} al {PHONE1}.",
        "*|contattare {P1} al {PHONE1} o via mail ({EMAIL1})",
        "h|Colloquio telefonico con {g3:il marito|la moglie}, {P3} ({PHONE3}), informat{g3:o|a} del programma di dimissione.",
        "f|Gli estratti conto vengono inviati in formato elettronico a {EMAIL1}.",
        "h|Per chiarimenti scrivere a {EMAIL2}.",
        "c|Caricare le schede di rilevazione e poi scrivere a {EMAIL0}.",
        "f|L'indirizzo e-mail {g1:del cliente|della cliente} ({EMAIL1}) è stato verificato il {DATE}.",
        "h|Chiede di ricevere le convocazioni via e-mail all'indirizzo {EMAIL1}.",
        "c|Domande sul protocollo di rilievo: {P2}, {EMAIL2}.",
        "f|Reclamo ricevuto via e-mail da {EMAIL1} il {DATE}.",
        "f|Lo stipendio viene accreditato mensilmente sul conto {IBAN}.",
        "f|Vi chiedo di rimborsare {AMT} sul mio conto {IBAN}.",
        "f|Mandato SDD: IBAN {IBAN}, riferimento mandato {REF}.",
        "f|Conto di erogazione: {IBAN} (intestatario: {P1}).",
        "h|La fattura {REF} di {AMT} sarà saldata con bonifico dal conto {IBAN}.",
        "f|Bonifico SEPA in entrata di {AMT} da {IBAN2} segnalato come anomalo.",
        "f|IBAN: {IBAN}",
        "f|Le rate da {AMT} vengono addebitate il giorno 1 di ogni mese su {IBAN}.",
        "f|La carta n. {CARD} è stata denunciata come rubata il {DATE}.",
        "f|Tre autorizzazioni negate sulla carta {CARD} in dieci minuti.",
        "f|{g1:Il cliente|La cliente} contesta un addebito di {AMT} sulla carta {CARD}.",
        "f|Carta sostitutiva emessa: {CARD}, scadenza 09/28.",
        "f|Carta: {CARD} | Importo: {AMT} | Esercente: {COMPANY}",
        "f|Vi prego di bloccare subito la carta {CARD}: ho perso il portafoglio a {CITY}.",
        "f|La carta ({CARD}) è stata usata presso un esercente online per {AMT}.",
        "h|La visita in regime privato è stata pagata con la carta {CARD}.",
        "h|Ticket pagato con carta {CARD} presso il CUP.",
        "f|Accesso dall'IP {IP} alle 02:14, dispositivo non riconosciuto.",
        "f|Il bonifico è stato disposto tramite home banking dall'indirizzo {IP}.",
        "h|Accesso al fascicolo sanitario elettronico il {DATE} da {IP}.",
        "c|Il datalogger invia i dati ogni ora al server {IP}.",
        "f|Dati di sessione: indirizzo IP {IP}, browser Firefox su Windows.",
        "f|Diversi tentativi di accesso falliti da {IP} e {IP2}.",
        "c|Accesso remoto al modem della stazione: {IP}.",
        "f|ip: {IP} (probabile nodo di uscita VPN)",
        "f|{NIDL}: {NID}",
        "f|{g1:Il richiedente|La richiedente} ha presentato il {NIDL} ({NID}) e il passaporto.",
        "h|{NIDL} {NID} verificato sulla tessera sanitaria.",
        "f|Cliente identificat{g1:o|a} tramite {NIDL} {NID}; copia del documento agli atti.",
        "f|{P1}, {NIDL} {NID}, è l'unic{g1:o|a} intestatari{g1:o|a} del conto.",
        "f|Il {NIDL} indicato nella richiesta ({NID}) non corrisponde a quello in busta paga.",
        "h|Ai fini dell'esenzione: {NIDL} {NID}.",
        "f|Verificato: {NID} ({NIDL})",
        "h|{HIIDL}: {HIID}",
        "h|{HIIDL} {HIID}, copertura confermata.",
        "h|Indicare il {HIIDL} ({HIID}) in ogni comunicazione.",
        "h|Invio {g1:del sig.|della sig.ra} {P1.l} ({HIIDL} {HIID}) all'ambulatorio di diabetologia.",
        "h|Il {HIIDL} indicato all'accettazione ({HIID}) era errato ed è stato corretto.",
        "h|{P1}, {HIIDL} {HIID}",
        "h|Prestazione autorizzata con {HIIDL} {HIID}.",
        "h|Assistenza SSN, {HIIDL}: {HIID}.",
        "h|Cartella clinica n. {MRN}",
        "h|N. nosologico {MRN}; archiviare in cartella.",
        "h|ID paziente {MRN} – {P1.sc}",
        "h|Ricovero n. {MRN}",
        "h|Esame prenotato con numero di cartella {MRN}.",
        "h|La cartella ({MRN}) è stata richiesta all'archivio clinico.",
        "h|{P1} (cartella {MRN}) è stat{g1:o|a} vist{g1:o|a} in ambulatorio il {DATE}.",
        "h|ns. rif.: id paz. {MRN}",
        "h|Accompagnat{g1:o|a} {g3:dal caregiver|dalla caregiver} {P3}.",
        "f|Cointestatari{g3:o|a}: {P3}.",
    ],
    keep=[
        "h|Diagnosi: {DX} ({ICD}); {DX2} ({ICD2}).",
        "h|Terapia alla dimissione: {DOSE}, {DOSE2}.",
        "h|Iniziata terapia con {DRUG} ({ATC}) {STR}.",
        "h|Esami: {LAB}, {LAB2}, {LAB3}.",
        "h|Esami del {DATE}: {LAB}, {LAB2}.",
        "h|Proseguire {DOSE} ({ATC}); sospendere {DOSE2}.",
        "h|Diagnosi principale {ICD} – {DX}.",
        "h|Imaging senza reperti acuti; diagnosi di lavoro: {DX} ({ICD}).",
        "h|Allergie: nessuna nota. Terapia domiciliare: {DOSE}.",
        "h|Codifica: {ICD}, diagnosi secondaria {ICD2}.",
        "h|Ricovero dal {DATE} al {DATE2}.",
        "h|{LAB} all'ingresso, {LAB2} alla dimissione.",
        "f|Saldo negativo di {AMT} al {DATE}.",
        "f|Mutuo richiesto: {AMT.big} in 20 anni a tasso fisso {PCT}.",
        "f|Il portafoglio contiene {ISIN} e {ISIN2}, controvalore {AMT.big}.",
        "f|Datore di lavoro: {COMPANY} (P. IVA {VAT}, LEI {LEI}).",
        "f|Fattura {REF} del {DATE}: {AMT}.",
        "f|Rapporto rata/reddito {PCT}; LTV {PCT2}.",
        "f|Il LEI della controparte è {LEI}.",
        "f|Estratto conto {REF}, saldo finale {AMT}.",
        "f|Dividendo su {ISIN} di {AMT} accreditato il {DATE}.",
        "f|Reddito netto mensile {AMT}, spese fisse {AMT2}.",
        "c|Stazione {STN} ({COORD}), quota 112 m s.l.m.",
        "c|Rilevazione del {DATE}: temperatura dell'aria {TEMP}, umidità relativa {HUM}.",
        "c|Precipitazione cumulata {PREC} dal {DATE}.",
        "c|Coordinate del plot: {COORD}.",
        "c|Altezza neve alle 7:00: {SNOW}; raffica massima {WIND}.",
        "c|Il pluviometro è stato sostituito nel {YEAR}; la serie è continua dal {YEAR2}.",
        "c|Il valore di pressione di {PRESS} del {DATE} è anomalo ed è stato segnalato.",
        "c|Il transetto T3 parte da {COORD} e prosegue per 200 m verso nord.",
        "c|La relazione {REF} copre il periodo fino al {DATE}.",
        "c|Temperatura massima {TEMP}, minima {TEMP2}.",
    ],
    close=[
        "h|Cordiali saluti,\n{D2} {P2}\nDirigente medico, {ORG}",
        "h|Dettato {g2:dal|dalla} {D2} {P2.i}, non rivisto.",
        "hf|{P2}\nTel. {PHONE2} | {EMAIL2}",
        "f|Verificato da {P2} (consulente clienti) il {DATE}.",
        "f|Distinti saluti,\n{P1}\n{ADDR.ml}",
        "c|Inviato da {P1}, {EMAIL1}",
        "c|— {P2.sc}, coordinamento rete, tel. {PHONE2}",
        "h|Firmato: {P2}, {g2:infermiere|infermiera}",
        "h|Documento firmato digitalmente.",
        "f|Pratica approvata dal comitato crediti.",
        "c|Dati controllati e validati.",
        "*|Documento generato automaticamente.",
    ],
)

LANG["es"] = dict(
    names=dict(
        m=["José Luis", "Javier", "Álvaro", "Sergio", "Íñigo", "Jorge", "Alejandro", "Rubén", "Joaquín", "Xavier", "Aitor",
           "Borja", "Ramón", "Pau", "Mohamed", "Unai", "Gonzalo", "Juan Carlos", "Andrés"],
        f=["María José", "Lucía", "Carmen", "Pilar", "Nerea", "Begoña", "Ainhoa", "Rocío", "Montserrat", "Itziar",
           "Inmaculada", "Laia", "Maite", "Yolanda", "Alba", "Macarena", "Fátima", "María del Mar"],
        last=["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín",
              "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Etxeberria",
              "Goikoetxea", "Puig", "Vilalta", "Castañeda", "Ibáñez", "Núñez", "Quiroga", "Llorente", "Arrieta", "Sáez",
              "de la Fuente", "Oyarzábal"]),
    titles=dict(m=["Sr.", "D.", "don"], f=["Sra.", "Dña.", "doña"]),
    prof=dict(health=dict(m=["Dr.", "Dr."], f=["Dra.", "Dra."]), finance=dict(m=["Sr."], f=["Sra."]),
              climate=dict(m=["Dr."], f=["Dra."])),
    months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre"],
    dob_fmt=["{dd}/{mm}/{y}", "{dd}/{mm}/{y}", "{d} de {mon} de {y}", "{dd}-{mm}-{y}", "{d}/{m}/{y}"],
    date_fmt=["{dd}/{mm}/{y}", "{d} de {mon} de {y}", "{y}-{mm}-{dd}", "{dd}/{mm}/{y} a las {hh}:{mi}", "{dd}/{mm}/{y} {hh}:{mi} UTC"],
    dec=",", thou=".",
    amount_fmt=["{n} €", "{n} €", "{n} euros", "EUR {n}"],
    pct_fmt="{n} %",
    orgs=dict(
        health=[("Hospital Comarcal del Alto Ebro", "hcaltoebro.es"), ("Hospital Universitario Costa Blanca Norte", "hucbn.es"),
                ("Centro de Salud Ribera Baja", "csriberabaja.es")],
        finance=[("Caja Rural del Guadalquivir", "cajaruralguadalquivir.es"), ("Banco Cantábrico", "bancocantabrico.es"),
                 ("Kutxa Urola", "kutxaurola.eus")],
        climate=[("Red de Observadores Meteorológicos Voluntarios", "romv.es"), ("Estación Biológica del Moncayo", "ebmoncayo.es")]),
    companies=["Transportes Ebro SL", "Panadería La Espiga", "Renfe Viajeros", "Mercadona", "Amazon EU S.à r.l.",
               "Construcciones Atlántico SA", "Iberdrola Clientes", "Farmacia del Mercado"],
    mailbox=dict(health=["citaciones", "admision", "documentacion.clinica"],
                 finance=["atencion.cliente", "reclamaciones", "prevencion.blanqueo"], climate=["observadores", "datos", "campo"]),
    nid_label={"ES_DNI": ["DNI", "D.N.I.", "NIF"], "ES_NIE": ["NIE", "N.I.E."]},
    hiid_label={"ES": ["CIP", "n.º de tarjeta sanitaria", "código CIP", "número de tarjeta sanitaria"]},
    mrn_fmt=["{N7}", "{N8}", "{y}{n6}", "HC-{N6}"],
    ref_fmt=["FAC-{y}-{n5}", "F{y}/{n4}", "REF-{n7}", "EXP-{y}-{n4}", "REC-{n6}"],
    stn_fmt=["WMO {wmo}", "indicativo OMM {wmo}", "indicativo AEMET {N4}", "estación ID ES-{n4}"],
    regimen=["cada 12 h", "1-0-1", "en el desayuno", "cada 8 horas", "por la noche", "1 comp./día"],
    labels=dict(name=["Nombre y apellidos", "Apellidos, nombre|sc", "APELLIDOS Nombre|sf", "Paciente", "Titular", "Cliente"],
                surname=["Apellidos", "Primer apellido"], first=["Nombre"],
                dob=["Fecha de nacimiento", "F. nac.", "Nacido/a el"], addr=["Domicilio", "Dirección", "Domicilio habitual"],
                phone=["Teléfono", "Tlf.", "Móvil"], email=["Correo electrónico", "E-mail", "Email"],
                iban=["IBAN", "Cuenta (IBAN)"], mrn=["NHC", "N.º historia clínica", "N.º episodio"],
                date=["Fecha", "Fecha de extracción", "Fecha del informe"], ref=["Referencia", "N.º expediente"],
                observer=["Observador/a", "Registrado por", "Técnico de campo"], station=["Estación", "Emplazamiento"],
                coord=["Coordenadas", "Posición GPS", "Ubicación"]),
    head=dict(
        h_dis=["Informe de alta", "Informe de alta hospitalaria – {ORG}", "Informe clínico de alta"],
        h_ref=["Hoja de interconsulta", "Derivación a atención especializada", "Volante de derivación"],
        h_lab=["Informe de laboratorio del {DATE}", "Bioquímica – resultados", "Laboratorio de análisis clínicos – {ORG}"],
        h_rad=["Informe de TC de tórax", "RM de rodilla derecha", "Radiografía de cadera izquierda"],
        h_nur=["Evolución de enfermería, {DATE}", "Informe de continuidad de cuidados", "Registro de enfermería – turno de noche"],
        f_loan=["Nota de riesgos – expediente {REF}", "Propuesta al comité de riesgos", "Solicitud de préstamo hipotecario – análisis"],
        f_kyc=["Revisión periódica KYC", "Diligencia debida del cliente – actualización", "Expediente de prevención de blanqueo"],
        f_txn=["Monitorización de operaciones – informe", "Operativa inusual, expediente {REF}", "Alerta de fraude con tarjeta"],
        f_compl=["Asunto: reclamación por comisiones indebidas", "Reclamación n.º {REF}", "Disconformidad con un adeudo domiciliado"],
        f_acct=["Solicitud de apertura de cuenta", "Formulario de alta de cliente", "Contrato de cuenta a la vista – datos del titular"],
        c_stat=["Cuaderno del observador – estación {STN}", "Parte diario del {DATE}", "Registro de la estación termopluviométrica"],
        c_surv=["Informe de campo – turbera", "Inventario de vegetación, parcela 4", "Ficha de muestreo de humedad del suelo"]),
    intro=[
        "h|{g1:D.|Dña.} {P1}, de {AGE1} años, ingresó el {DATE} por {DX} ({ICD}).",
        "h|Paciente: {P1.sc} | F. nac.: {DOB} | NHC: {MRN}",
        "h|Remito a {g1:D.|Dña.} {P1}, nacid{g1:o|a} el {DOB}, de {AGE1} años, por {DX}.",
        "h|Estimado/a colega: le remito a {P1} ({AGE1} años) para valoración.",
        "h|{P1} ({AGE1} años) ha sido valorad{g1:o|a} esta mañana en planta; situación estable.",
        "h|Nombre: {P1.sf}   Fecha de nacimiento: {DOB.n}",
        "h|Pac. {P1.l}, {AGE1} años, acude a Urgencias por disnea.",
        "f|Solicitante: {g1:Sr.|Sra.} {P1}, nacid{g1:o|a} el {DOB}, con domicilio en {CITY}.",
        "f|{g1:El cliente|La clienta} {P1} es cliente desde {YEAR} y tiene una hipoteca vigente.",
        "f|{P1.sc} – revisión KYC pendiente; última revisión el {DATE}.",
        "f|Me dirijo a ustedes en nombre de mi {g1:representado|representada}, {P1}, en relación con una transferencia de {AMT}.",
        "f|llamada de {P1.lc} a la oficina por una transferencia retenida",
        "c|Observador{g1:|a}: {P1} (voluntari{g1:o|a} desde {YEAR2}).",
        "c|Informe elaborado por {P1} para la estación {STNAME} ({STN}).",
        "c|Lectura de las 7:00 en {STNAME} realizada por {P1.i}.",
    ],
    pii=[
        "h|Fecha de nacimiento: {DOB}.",
        "f|Nacid{g1:o|a} el {DOB.n}; identidad comprobada en la oficina.",
        "hf|Nació en {CITY} el {DOB.l}.",
        "f|{g1:El solicitante|La solicitante} (nacid{g1:o|a} el {DOB}) no figura en ASNEF.",
        "h|{g1:D.|Dña.} {P1.l}, nacid{g1:o|a} el {DOB}, vive sol{g1:o|a} y es independiente para las ABVD.",
        "h|Domicilio: {ADDR.f}.",
        "hf|{g1:El Sr.|La Sra.} {P1.l} reside en {ADDR} con su pareja.",
        "f|Desde el {DATE} la dirección de correspondencia es {ADDR}.",
        "f|Envíen la nueva tarjeta a {ADDR.f} (domicilio declarado).",
        "c|Dirección {g1:del observador|de la observadora}: {ADDR.f}",
        "h|Alta a domicilio ({ADDR}); se avisa a enfermería de atención primaria.",
        "f|El justificante de domicilio (recibo de la luz del {DATE}) indica {ADDR.f}.",
        "c|Contacto para el acceso a la parcela: {P1}, {ADDR.f}, tel. {PHONE1}.",
        "*|Se le puede localizar en el {PHONE1}.",
        "h|Familiar de referencia: {P3} ({g3:hijo|hija}), móvil {PHONE3}.",
        "f|{g1:El cliente|La clienta} llamó desde el {PHONE1} para impugnar el cargo.",
        "hf|Tel.: {PHONE1} / correo: {EMAIL1}",
        "h|Para cualquier consulta, la planta atiende en el {PHONE0}.",
        "c|Si falla el sensor, llamar a {P1.f} al {PHONE1}.",
        "*|contactar con {P1} en el {PHONE1} o por correo ({EMAIL1})",
        "h|Se habla por teléfono con {g3:su marido|su mujer}, {P3} ({PHONE3}), que queda informad{g3:o|a}.",
        "f|Los extractos se envían por correo electrónico a {EMAIL1}.",
        "h|Para dudas: {EMAIL2}.",
        "c|Suban las fichas de campo y escriban después a {EMAIL0}.",
        "f|El correo electrónico {g1:del cliente|de la clienta} ({EMAIL1}) se verificó el {DATE}.",
        "h|Solicita recibir las citaciones por correo electrónico en {EMAIL1}.",
        "c|Dudas sobre el protocolo: {P2}, {EMAIL2}.",
        "f|Reclamación recibida por correo desde {EMAIL1} el {DATE}.",
        "f|La nómina se abona mensualmente en la cuenta {IBAN}.",
        "f|Les ruego que reintegren {AMT} en mi cuenta {IBAN}.",
        "f|Orden de domiciliación SEPA: IBAN {IBAN}, referencia de la orden {REF}.",
        "f|Cuenta de abono: {IBAN} (titular: {P1}).",
        "h|La factura {REF} por importe de {AMT} se abonará por transferencia desde {IBAN}.",
        "f|Transferencia SEPA entrante de {AMT} desde {IBAN2} marcada como inusual.",
        "f|IBAN: {IBAN}",
        "f|Las cuotas de {AMT} se cargan el día 1 de cada mes en {IBAN}.",
        "f|La tarjeta n.º {CARD} se denunció como robada el {DATE}.",
        "f|Tres autorizaciones denegadas en la tarjeta {CARD} en diez minutos.",
        "f|{g1:El cliente|La clienta} no reconoce un cargo de {AMT} en su tarjeta {CARD}.",
        "f|Tarjeta de sustitución emitida: {CARD}, caducidad 09/28.",
        "f|Tarjeta: {CARD} | Importe: {AMT} | Comercio: {COMPANY}",
        "f|Bloqueen inmediatamente la tarjeta {CARD}, he perdido la cartera en {CITY}.",
        "f|La tarjeta ({CARD}) se utilizó en un comercio en línea por {AMT}.",
        "h|La consulta privada se abonó con la tarjeta {CARD}.",
        "h|Copago abonado con la tarjeta {CARD} en admisión.",
        "f|Acceso desde la IP {IP} a las 02:14, dispositivo no reconocido.",
        "f|La transferencia se ordenó por banca en línea desde {IP}.",
        "h|Acceso a la carpeta de salud el {DATE} desde {IP}.",
        "c|El registrador envía los datos cada hora al servidor {IP}.",
        "f|Datos de la sesión: dirección IP {IP}, navegador Firefox en Windows.",
        "f|Varios intentos de acceso fallidos desde {IP} y {IP2}.",
        "c|Acceso remoto al módem de la estación: {IP}.",
        "f|ip: {IP} (posible nodo de salida VPN)",
        "f|{NIDL}: {NID}",
        "f|{g1:El solicitante|La solicitante} aportó su {NIDL} ({NID}) y el pasaporte.",
        "h|{NIDL} {NID} cotejado con la tarjeta sanitaria.",
        "f|Cliente identificad{g1:o|a} con {NIDL} {NID}; copia del documento en el expediente.",
        "f|{P1}, con {NIDL} {NID}, es titular únic{g1:o|a} de la cuenta.",
        "f|El {NIDL} de la solicitud ({NID}) no coincide con el de la nómina.",
        "h|A efectos de facturación: {NIDL} {NID}.",
        "f|Verificado: {NID} ({NIDL})",
        "h|{HIIDL}: {HIID}",
        "h|{HIIDL} {HIID}; cobertura confirmada.",
        "h|Indiquen el {HIIDL} ({HIID}) en toda la correspondencia.",
        "h|Derivación de {g1:D.|Dña.} {P1.l} ({HIIDL} {HIID}) a consultas de Endocrinología.",
        "h|El {HIIDL} registrado al ingreso ({HIID}) era erróneo y se ha corregido.",
        "h|{P1}, {HIIDL} {HIID}",
        "h|Prestación autorizada con {HIIDL} {HIID}.",
        "h|Aseguramiento: SNS, {HIIDL} {HIID}.",
        "h|NHC: {MRN}",
        "h|N.º de historia clínica {MRN}; archivar en la historia.",
        "h|Episodio {MRN} – {P1.sc}",
        "h|N.º de episodio {MRN}",
        "h|Prueba citada con el número de historia {MRN}.",
        "h|Se solicita la historia ({MRN}) al archivo.",
        "h|{P1} (NHC {MRN}) fue vist{g1:o|a} en consulta el {DATE}.",
        "h|n/ref.: nhc {MRN}",
        "h|Acude acompañad{g1:o|a} de {g3:su cuidador|su cuidadora}, {P3}.",
        "f|Cotitular: {P3}.",
    ],
    keep=[
        "h|Diagnósticos: {DX} ({ICD}); {DX2} ({ICD2}).",
        "h|Tratamiento al alta: {DOSE}, {DOSE2}.",
        "h|Se inicia {DRUG} ({ATC}) a dosis de {STR}.",
        "h|Analítica: {LAB}, {LAB2}, {LAB3}.",
        "h|Resultados del {DATE}: {LAB}, {LAB2}.",
        "h|Mantener {DOSE} ({ATC}); suspender {DOSE2}.",
        "h|Diagnóstico principal {ICD} – {DX}.",
        "h|Pruebas de imagen sin hallazgos agudos; juicio clínico: {DX} ({ICD}).",
        "h|Alergias: no conocidas. Tratamiento al alta: {DOSE}.",
        "h|Codificación: {ICD}, diagnóstico secundario {ICD2}.",
        "h|Ingreso del {DATE} al {DATE2}.",
        "h|{LAB} al ingreso, {LAB2} al alta.",
        "f|Saldo deudor de {AMT} a fecha de {DATE}.",
        "f|Préstamo solicitado: {AMT.big} a 20 años, tipo fijo del {PCT}.",
        "f|La cartera incluye {ISIN} y {ISIN2}, con un valor total de {AMT.big}.",
        "f|Empresa empleadora: {COMPANY} (NIF-IVA {VAT}, LEI {LEI}).",
        "f|Factura {REF} de fecha {DATE}: {AMT}.",
        "f|Ratio de endeudamiento {PCT}; LTV {PCT2}.",
        "f|El LEI de la contraparte es {LEI}.",
        "f|Extracto {REF}, saldo final {AMT}.",
        "f|Dividendo de {ISIN} por {AMT} abonado el {DATE}.",
        "f|Ingresos netos mensuales {AMT}, gastos fijos {AMT2}.",
        "c|Estación {STN} ({COORD}), altitud 112 m.",
        "c|Lectura del {DATE}: temperatura del aire {TEMP}, humedad relativa {HUM}.",
        "c|Precipitación acumulada de {PREC} desde el {DATE}.",
        "c|Coordenadas de la parcela: {COORD}.",
        "c|Espesor de nieve a las 7:00: {SNOW}; racha máxima {WIND}.",
        "c|El pluviómetro se sustituyó en {YEAR}; la serie es continua desde {YEAR2}.",
        "c|La presión de {PRESS} registrada el {DATE} es anómala y se ha marcado.",
        "c|El transecto T3 parte de {COORD} y recorre 200 m hacia el norte.",
        "c|El informe {REF} abarca el periodo hasta el {DATE}.",
        "c|Temperatura máxima {TEMP}, mínima {TEMP2}.",
    ],
    close=[
        "h|Atentamente,\n{D2} {P2}\nFEA de Medicina Interna, {ORG}",
        "h|Dictado por {g2:el|la} {D2} {P2.i}, pendiente de revisión.",
        "hf|{P2}\nTel. {PHONE2} | {EMAIL2}",
        "f|Revisado por {P2} ({g2:gestor|gestora} comercial) el {DATE}.",
        "f|Atentamente,\n{P1}\n{ADDR.ml}",
        "c|Enviado por {P1}, {EMAIL1}",
        "c|— {P2.sc}, coordinación de la red, tel. {PHONE2}",
        "h|Firmado: {P2}, {g2:enfermero|enfermera}",
        "h|Documento firmado electrónicamente.",
        "f|Operación aprobada por el comité de riesgos.",
        "c|Datos revisados y validados.",
        "*|Documento generado automáticamente.",
    ],
)


LANG["pl"] = dict(
    names=dict(
        m=["Jan", "Piotr", "Krzysztof", "Tomasz", "Paweł", "Marek", "Michał", "Andrzej", "Grzegorz", "Jacek", "Łukasz",
           "Wojciech", "Mateusz", "Kamil", "Jakub", "Bartłomiej", "Zbigniew", "Stanisław", "Przemysław", "Dariusz",
           "Radosław", "Szymon", "Witold", "Jerzy", "Henryk"],
        f=["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Magdalena", "Joanna", "Zofia", "Ewa", "Barbara", "Krystyna",
           "Dorota", "Jadwiga", "Aleksandra", "Zuzanna", "Grażyna", "Urszula", "Halina", "Beata", "Bożena", "Jolanta",
           "Żaneta", "Maria", "Łucja", "Wiesława", "Weronika"],
        last=["Kowalski/Kowalska", "Nowak", "Wiśniewski/Wiśniewska", "Wójcik", "Kowalczyk", "Kamiński/Kamińska",
              "Lewandowski/Lewandowska", "Zieliński/Zielińska", "Szymański/Szymańska", "Woźniak", "Dąbrowski/Dąbrowska",
              "Kozłowski/Kozłowska", "Mazur", "Kwiatkowski/Kwiatkowska", "Krawczyk", "Kaczmarek", "Piotrowski/Piotrowska",
              "Grabowski/Grabowska", "Zając", "Michalski/Michalska", "Król", "Wieczorek", "Nowicki/Nowicka", "Wróbel",
              "Stępień", "Sikora", "Jabłoński/Jabłońska", "Gołębiowski/Gołębiowska", "Szczepański/Szczepańska",
              "Brzęczyszczykiewicz", "Łuczak", "Ślusarczyk", "Przybylski/Przybylska", "Dudek", "Chmielewski/Chmielewska",
              "Grzegorczyk", "Żak"]),
    titles=dict(m=["Pan", "Pan", "Pan"], f=["Pani", "Pani", "Pani"]),
    prof=dict(health=dict(m=["dr", "lek.", "dr n. med.", "prof. dr hab. n. med."],
                          f=["dr", "lek.", "dr n. med.", "prof. dr hab. n. med."]),
              finance=dict(m=["Pan"], f=["Pani"]), climate=dict(m=["dr"], f=["dr"])),
    months=["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października",
            "listopada", "grudnia"],
    dob_fmt=["{dd}.{mm}.{y}", "{dd}.{mm}.{y}", "{dd}.{mm}.{y} r.", "{d} {mon} {y} r.", "{d} {mon} {y}", "{y}-{mm}-{dd}"],
    date_fmt=["{dd}.{mm}.{y}", "{dd}.{mm}.{y} r.", "{d} {mon} {y} r.", "{y}-{mm}-{dd}", "{dd}.{mm}.{y}, godz. {hh}:{mi}",
              "{d} {mon} {y}"],
    dec=",", thou=" ",
    amount_fmt=["{n} zł", "{n} zł", "{n} PLN", "PLN {n}", "{n} EUR"],
    pct_fmt="{n}%",
    orgs=dict(
        health=[("Szpital Miejski w Nowym Dworze", "szpital-nowydwor.pl"),
                ("Wojewódzki Szpital Specjalistyczny Podkarpacie", "wss-podkarpacie.pl"),
                ("Centrum Medyczne Nadwiślańskie", "cm-nadwislanskie.pl"), ("Przychodnia Zdrowie Plus", "zdrowieplus-przychodnia.pl"),
                ("Uniwersytecki Szpital Kliniczny Pomorze", "usk-pomorze.pl")],
        finance=[("Bank Spółdzielczy w Dolinie Sanu", "bs-dolinasanu.pl"), ("Mazowiecki Bank Hipoteczny", "mbh-bank.pl"),
                 ("Bałtycki Bank Komercyjny", "bbk-bank.pl"), ("SKOK Wisła", "skok-wisla.pl")],
        climate=[("Sieć Obserwatorów Meteo", "somp.org.pl"), ("Stacja Badawcza Torfowisk Biebrzańskich", "sbtb-biebrza.pl"),
                 ("Instytut Ekologii Krajobrazu", "iek-badania.pl")]),
    companies=["Trans-Pol Logistyka Sp. z o.o.", "Piekarnia Złoty Kłos", "PKP Intercity", "Biedronka", "Allegro.pl",
               "Amazon EU S.à r.l.", "Budmar Południe S.A.", "Orlen Paczka", "Apteka Pod Orłem"],
    mailbox=dict(health=["rejestracja", "sekretariat", "dokumentacja.medyczna"],
                 finance=["obsluga.klienta", "reklamacje", "zespol.aml"], climate=["obserwatorzy", "dane", "teren"]),
    nid_label={"PL": ["PESEL", "nr PESEL", "numer PESEL"]},
    hiid_label={"PL": ["nr karty EKUZ", "numer EKUZ", "nr identyfikacyjny karty EKUZ"]},
    mrn_fmt=["{N8}", "{N5}/{y}", "KG-{n7}", "{yy}/{N6}", "{N10}"],
    ref_fmt=["FV/{y}/{m}/{n4}", "FV-{y}-{n5}", "RK/{n6}/{y}", "ZGL-{n6}", "UM/{y}/{n5}"],
    stn_fmt=["WMO {wmo}", "nr WMO {wmo}", "IMGW {N9}", "PL-{n4}", "WMO {wmo}"],
    regimen=["1 x dziennie", "2 x dziennie", "rano", "wieczorem", "1-0-1", "co 12 h", "na noc"],
    labels=dict(name=["Imię i nazwisko", "Nazwisko i imię|sc", "NAZWISKO Imię|sf", "Pacjent(ka)", "Klient(ka)", "Wnioskodawca"],
                surname=["Nazwisko", "Nazwisko rodowe"], first=["Imię", "Imiona"],
                dob=["Data urodzenia", "Data ur.", "Ur."], addr=["Adres", "Adres zamieszkania", "Adres do korespondencji"],
                phone=["Telefon", "Tel.", "Nr telefonu", "Tel. kom."], email=["E-mail", "Adres e-mail", "Poczta e-mail"],
                iban=["IBAN", "Nr rachunku (IBAN)"], mrn=["Nr księgi głównej", "Nr historii choroby", "ID pacjenta"],
                date=["Data", "Data pobrania", "Data wydania"], ref=["Numer sprawy", "Sygnatura"],
                observer=["Obserwator", "Zapisał(a)", "Osoba prowadząca"], station=["Stacja", "Posterunek"],
                coord=["Współrzędne", "Położenie", "Lokalizacja"]),
    head=dict(
        h_dis=["Karta informacyjna leczenia szpitalnego", "Wypis ze szpitala – {ORG}", "Epikryza"],
        h_ref=["Skierowanie do poradni specjalistycznej", "Skierowanie – {ORG}", "Prośba o konsultację"],
        h_lab=["Wyniki badań laboratoryjnych z dnia {DATE}", "Sprawozdanie z badania – biochemia",
               "Laboratorium Diagnostyczne – {ORG}"],
        h_rad=["Opis badania TK klatki piersiowej", "Badanie RTG stawu biodrowego lewego", "Opis badania MR kręgosłupa lędźwiowego"],
        h_nur=["Raport pielęgniarski, {DATE}", "Karta obserwacji pielęgniarskiej", "Przekazanie dyżuru – oddział wewnętrzny"],
        f_loan=["Notatka do wniosku kredytowego – sprawa {REF}", "Komitet kredytowy – rekomendacja",
                "Kredyt hipoteczny – ocena zdolności kredytowej"],
        f_kyc=["Okresowa weryfikacja KYC", "Środki bezpieczeństwa finansowego – przegląd {REF}",
               "Wzmożone środki bezpieczeństwa finansowego – notatka"],
        f_txn=["Monitorowanie transakcji – opis przypadku", "Podejrzana płatność, sprawa {REF}", "Alert fraudowy – podsumowanie"],
        f_compl=["Reklamacja dotycząca opłat za prowadzenie rachunku", "Reklamacja nr {REF}", "Skarga klienta"],
        f_acct=["Wniosek o otwarcie rachunku", "Umowa rachunku osobistego – dane klienta",
                "Formularz otwarcia konta oszczędnościowego"],
        c_stat=["Dziennik obserwatora – stacja {STN}", "Dziennik obserwacji, {DATE}", "Dobowy raport klimatologiczny"],
        c_surv=["Raport z badań terenowych", "Kartowanie torfowiska – powierzchnia 7", "Pomiary wilgotności gleby – protokół"]),
    intro=[
        "h|{g1:Pan|Pani} {P1}, {AGE1}-letni{g1:|a}, {g1:został przyjęty|została przyjęta} do szpitala w dniu {DATE}; rozpoznanie: {DX} ({ICD}).",
        "h|Pacjent{g1:|ka}: {P1.sc} | data ur.: {DOB} | nr księgi głównej: {MRN}",
        "h|Uprzejmie proszę o konsultację {g1:Pana|Pani} {P1.gen} (ur. {DOB}), {AGE1}-letni{g1:ego pacjenta|ej pacjentki}, z rozpoznaniem: {DX}.",
        "h|Dotyczy: {P1}, ur. {DOB}, nr historii choroby {MRN}",
        "h|{P1} ({AGE1} l.) – na porannym obchodzie stan ogólny stabilny.",
        "h|Nazwisko i imię: {P1.sf}   Data urodzenia: {DOB.n}",
        "h|{AGE1}-letni{g1: pacjent|a pacjentka} {P1.l} {g1:zgłosił|zgłosiła} się na SOR z powodu duszności.",
        "f|Wnioskodaw{g1:ca|czyni}: {g1:Pan|Pani} {P1}, ur. {DOB}, miejsce zamieszkania: {CITY}.",
        "f|{g1:Klient|Klientka} {P1} posiada u nas rachunek od {YEAR} r. i spłaca kredyt hipoteczny.",
        "f|{P1.sc} – wymagana aktualizacja danych KYC; ostatni przegląd: {DATE}.",
        "f|Piszę w imieniu {g1:mojego klienta, Pana|mojej klientki, Pani} {P1.gen}, w sprawie przelewu na kwotę {AMT}.",
        "f|{g1:klient|klientka} {P1.lc} dzwonił{g1:|a} do oddziału w sprawie zablokowanego przelewu",
        "c|Obserwator{g1:|ka}: {P1} (wolontariusz{g1:|ka} od {YEAR2} r.).",
        "c|Raport sporządził{g1:|a} {P1} dla stacji {STNAME} ({STN}).",
        "c|Odczyty z godz. 7:00 na stacji {STNAME} wykonał{g1:|a} {P1.i}.",
    ],
    pii=[
        "h|Data urodzenia: {DOB}.",
        "f|Data ur. {DOB.n}; tożsamość zweryfikowana w oddziale na podstawie dowodu osobistego.",
        "hf|{g1:Urodził|Urodziła} się {DOB.l} w miejscowości {CITY}.",
        "f|{g1:Wnioskodawca|Wnioskodawczyni} (ur. {DOB}) nie ma negatywnych wpisów w BIK.",
        "h|{T1} {P1.l}, ur. {DOB}, mieszka sam{g1:|a} i jest samodzieln{g1:y|a} w zakresie samoobsługi.",
        "h|Adres zamieszkania: {ADDR.f}.",
        "hf|{T1} {P1.l} mieszka pod adresem {ADDR} wraz z partner{g1:ką|em}.",
        "f|Adres do korespondencji zmieniono w dniu {DATE} na: {ADDR}.",
        "f|Proszę przesłać nową kartę na adres {ADDR.f} (adres zameldowania).",
        "c|Adres obserwator{g1:a|ki}: {ADDR.f}",
        "h|{g1:Wypisany|Wypisana} do domu ({ADDR}); pielęgniarka środowiskowa poinformowana.",
        "f|Dokument potwierdzający adres (rachunek za prąd z dnia {DATE}) wskazuje: {ADDR.f}.",
        "c|Kontakt w sprawie dostępu do poletka: {P1}, {ADDR.f}, tel. {PHONE1}.",
        "*|Można się z {g1:nim|nią} skontaktować pod numerem {PHONE1}.",
        "h|Osoba do kontaktu: {P3} ({g3:syn|córka}), tel. kom. {PHONE3}.",
        "f|{g1:Klient zadzwonił|Klientka zadzwoniła} z numeru {PHONE1}, kwestionując obciążenie.",
        "hf|Tel.: {PHONE1} / e-mail: {EMAIL1}",
        "h|W razie pytań prosimy o kontakt z oddziałem pod numerem {PHONE0}.",
        "c|W razie awarii czujnika dzwonić: {P1.f}, {PHONE1}.",
        "*|kontakt: {P1}, tel. {PHONE1}, e-mail {EMAIL1}",
        "h|Rozmowa telefoniczna z {g3:mężem, Panem|żoną, Panią} {P3.ins}, tel. {PHONE3} – {g3:poinformowany|poinformowana} o dalszym postępowaniu.",
        "f|Wyciągi z rachunku są wysyłane elektronicznie na adres {EMAIL1}.",
        "h|Wyniki przesłano e-mailem do poradni POZ na adres {EMAIL2}.",
        "c|Proszę wgrać arkusze pomiarowe i po zakończeniu napisać na {EMAIL0}.",
        "f|Adres e-mail {g1:klienta|klientki} ({EMAIL1}) zweryfikowano w dniu {DATE}.",
        "h|{g1:Pacjent prosi|Pacjentka prosi}, aby zawiadomienia o wizytach wysyłać na adres {EMAIL1} zamiast pocztą.",
        "c|Pytania dotyczące protokołu badań: {P2}, {EMAIL2}.",
        "f|Reklamacja wpłynęła e-mailem z adresu {EMAIL1} w dniu {DATE}.",
        "f|Wynagrodzenie wpływa co miesiąc na rachunek {IBAN}.",
        "f|Proszę o zwrot kwoty {AMT} na mój rachunek {IBAN}.",
        "f|Polecenie zapłaty: IBAN {IBAN}, identyfikator zobowiązania {REF}.",
        "f|Rachunek do wypłaty środków: {IBAN} (posiadacz: {P1}).",
        "h|Pacjent{g1:|ka} ureguluje fakturę {REF} ({AMT}) przelewem z rachunku {IBAN}.",
        "f|Przychodzący przelew SEPA na kwotę {AMT} z rachunku {IBAN2} oznaczono jako nietypowy.",
        "f|IBAN: {IBAN}",
        "f|Raty kredytu w wysokości {AMT} są pobierane z rachunku {IBAN} pierwszego dnia każdego miesiąca.",
        "f|Karta nr {CARD} została zgłoszona jako skradziona w dniu {DATE}.",
        "f|Trzy odrzucone autoryzacje kartą {CARD} w ciągu dziesięciu minut.",
        "f|{g1:Klient kwestionuje|Klientka kwestionuje} obciążenie w wysokości {AMT} na karcie debetowej {CARD}.",
        "f|Wydano kartę zastępczą: {CARD}, ważna do 09/28.",
        "f|Karta: {CARD} | Kwota: {AMT} | Akceptant: {COMPANY}",
        "f|Proszę natychmiast zastrzec kartę {CARD} – {g1:zgubiłem|zgubiłam} portfel w drodze do pracy.",
        "f|Kartą ({CARD}) zapłacono {AMT} w sklepie internetowym.",
        "h|Opłatę za prywatną konsultację pobrano z karty {CARD}.",
        "h|Abonament parkingowy dla opiekuna opłacono kartą {CARD}.",
        "f|Logowanie z adresu IP {IP} o godz. 02:14, nierozpoznane urządzenie.",
        "f|Przelew zlecono w bankowości internetowej z adresu {IP}.",
        "h|Logowanie do Internetowego Konta Pacjenta z adresu {IP} w dniu {DATE}.",
        "c|Rejestrator danych co godzinę przesyła odczyty na serwer {IP}.",
        "f|Dane sesji: adres IP {IP}, przeglądarka Firefox, system Windows.",
        "f|Kilka nieudanych prób logowania z adresów {IP} i {IP2}.",
        "c|Zdalny dostęp do modemu stacji: {IP}.",
        "f|ip: {IP} (prawdopodobnie węzeł wyjściowy VPN)",
        "f|{NIDL}: {NID}",
        "f|{g1:Wnioskodawca podał|Wnioskodawczyni podała} {NIDL} ({NID}) i okazał{g1:|a} paszport.",
        "h|{NIDL} {NID} zweryfikowano w systemie eWUŚ.",
        "f|Tożsamość potwierdzono – {NIDL} {NID}; kopia dokumentu w aktach.",
        "f|{P1}, {NIDL} {NID}, jest jedyn{g1:ym posiadaczem|ą posiadaczką} rachunku.",
        "f|{NIDL} podany we wniosku ({NID}) nie zgadza się z danymi z listy płac.",
        "h|Do rozliczenia z NFZ: {NIDL} {NID}.",
        "f|Zweryfikowano: {NID} ({NIDL})",
        "h|{HIIDL}: {HIID}",
        "h|{HIIDL} {HIID}; uprawnienia do świadczeń potwierdzone.",
        "h|W korespondencji prosimy podawać: {HIIDL} {HIID}.",
        "h|Skierowanie {g1:Pana|Pani} {P1.lgen} ({HIIDL} {HIID}) do poradni diabetologicznej.",
        "h|{HIIDL} podany przy przyjęciu ({HIID}) był błędny i został poprawiony.",
        "h|{P1}, {HIIDL} {HIID}",
        "h|Zgoda na sfinansowanie leczenia – {HIIDL} {HIID}.",
        "h|Dane ubezpieczenia – {HIIDL}: {HIID}, brak prywatnego ubezpieczenia.",
        "h|Nr księgi głównej: {MRN}",
        "h|Nr historii choroby {MRN}; proszę dołączyć do dokumentacji.",
        "h|ID pacjenta {MRN} – {P1.sc}",
        "h|Nr ks. gł. {MRN}",
        "h|Badanie zarejestrowano pod numerem {MRN}.",
        "h|Dokumentację ({MRN}) zamówiono z archiwum.",
        "h|{P1} (nr historii choroby {MRN}) {g1:był badany|była badana} w poradni w dniu {DATE}.",
        "h|nasz znak: id {MRN}",
        "h|Na wizytę {g1:przyszedł|przyszła} w towarzystwie {g3:opiekuna, Pana|opiekunki, Pani} {P3.gen}.",
        "f|Współkredytobior{g3:ca|czyni}: {P3}.",
    ],
    keep=[
        "h|Rozpoznania: {DX} ({ICD}); {DX2} ({ICD2}).",
        "h|Leki przy wypisie: {DOSE}, {DOSE2}.",
        "h|Nowy lek: {DRUG} ({ATC}), dawka początkowa {STR}.",
        "h|Badania laboratoryjne: {LAB}, {LAB2}, {LAB3}.",
        "h|Ostatnie wyniki ({DATE}): {LAB}, {LAB2}.",
        "h|Zalecenia: {DOSE} ({ATC}) – kontynuować; {DOSE2} – odstawić.",
        "h|Rozpoznanie zasadnicze {ICD} – {DX}.",
        "h|W badaniach obrazowych bez zmian ostrych; rozpoznanie robocze: {DX} ({ICD}).",
        "h|Alergie: nie zgłasza. Leki przy wypisie: {DOSE}.",
        "h|Kod rozpoznania {ICD}, rozpoznanie współistniejące {ICD2}.",
        "h|Hospitalizacja od {DATE} do {DATE2}.",
        "h|{LAB} przy przyjęciu, {LAB2} przy wypisie.",
        "f|Saldo zadłużenia {AMT} na dzień {DATE}.",
        "f|Wnioskowana kwota kredytu: {AMT.big} na 20 lat, oprocentowanie stałe {PCT}.",
        "f|W portfelu znajdują się {ISIN} i {ISIN2} o łącznej wartości {AMT.big}.",
        "f|Pracodawca: {COMPANY} (NIP UE {VAT}, LEI {LEI}).",
        "f|Faktura {REF} z dnia {DATE}: {AMT}.",
        "f|Wskaźnik LTV {PCT}; wskaźnik DTI {PCT2}.",
        "f|Identyfikator LEI kontrahenta: {LEI}.",
        "f|Wyciąg {REF}, saldo końcowe {AMT}.",
        "f|Dywidenda z {ISIN} w kwocie {AMT} wpłynęła w dniu {DATE}.",
        "f|Miesięczny dochód netto {AMT}, stałe wydatki {AMT2}.",
        "c|Stacja {STN} ({COORD}), wysokość 112 m n.p.m.",
        "c|Odczyt z dnia {DATE}: temperatura powietrza {TEMP}, wilgotność względna {HUM}.",
        "c|Suma opadów {PREC} od dnia {DATE}.",
        "c|Współrzędne powierzchni badawczej: {COORD}.",
        "c|Grubość pokrywy śnieżnej o godz. 7:00: {SNOW}; maksymalny poryw wiatru {WIND}.",
        "c|Deszczomierz wymieniono w {YEAR} r.; seria pomiarowa jest ciągła od {YEAR2} r.",
        "c|Odczyt ciśnienia {PRESS} z dnia {DATE} jest nieprawdopodobny i został oznaczony.",
        "c|Transekt T3 zaczyna się w punkcie {COORD} i biegnie 200 m na północ.",
        "c|Raport {REF} obejmuje okres do {DATE}.",
        "c|Temperatura maksymalna {TEMP}, minimalna {TEMP2}.",
    ],
    close=[
        "h|Z poważaniem\n{D2} {P2}\nOddział Chorób Wewnętrznych, {ORG}",
        "h|Dyktował{g2:|a} {D2} {P2.i}, dokument nieautoryzowany.",
        "hf|{P2}\ntel. {PHONE2} | {EMAIL2}",
        "f|Sprawdził{g2:|a} {P2} (doradca klienta) w dniu {DATE}.",
        "f|Z poważaniem\n{P1}\n{ADDR.ml}",
        "c|Przesłał{g1:|a}: {P1}, {EMAIL1}",
        "c|— {P2.sc}, koordynator{g2:|ka} sieci regionalnej, tel. {PHONE2}",
        "h|Podpisano: {P2}, pielęgniar{g2:z|ka}",
        "h|Dokument podpisany elektronicznie.",
        "f|Decyzja zatwierdzona przez komitet kredytowy.",
        "c|Dane sprawdzone i zatwierdzone.",
        "*|Dokument wygenerowany automatycznie.",
    ],
)

LANG["fi"] = dict(
    names=dict(
        m=["Matti", "Mikko", "Juha", "Jukka", "Antti", "Pekka", "Timo", "Ville", "Jari", "Sami", "Petri", "Aleksi", "Eero",
           "Olli", "Tuomas", "Juhani", "Kalle", "Lauri", "Onni", "Väinö", "Ilkka", "Esa-Pekka", "Jyrki", "Heikki", "Kari"],
        f=["Anna", "Sanna", "Tiina", "Johanna", "Laura", "Päivi", "Sari", "Minna", "Riikka", "Satu", "Elina", "Aino",
           "Helena", "Kaisa", "Hanna", "Outi", "Liisa", "Pirjo", "Marjatta", "Tuula", "Sirpa", "Eeva", "Anna-Kaisa",
           "Hilkka", "Aili"],
        last=["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
              "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen",
              "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila",
              "Savolainen", "Lahtinen", "Ahonen", "Lindqvist", "Räsänen", "Kärkkäinen", "Pääkkönen", "Öhman"]),
    titles=dict(m=["herra", "herra", "hra"], f=["rouva", "rouva", "rva"]),
    prof=dict(health=dict(m=["LL", "LT", "LKT", "dosentti, LT"], f=["LL", "LT", "LKT", "dosentti, LT"]),
              finance=dict(m=["herra"], f=["rouva"]), climate=dict(m=["FT"], f=["FT"])),
    months=["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta",
            "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    dob_fmt=["{d}.{m}.{y}", "{d}.{m}.{y}", "{dd}.{mm}.{y}", "{d}. {mon} {y}", "{y}-{mm}-{dd}"],
    date_fmt=["{d}.{m}.{y}", "{dd}.{mm}.{y}", "{d}. {mon} {y}", "{y}-{mm}-{dd}", "{d}.{m}.{y} klo {hh}.{mi}",
              "{d}.{m}.{y} klo {hh}:{mi}"],
    dec=",", thou=" ",
    amount_fmt=["{n} €", "{n} €", "{n} euroa", "EUR {n}"],
    pct_fmt="{n} %",
    orgs=dict(
        health=[("Järvi-Suomen keskussairaala", "jskshp.fi"), ("Pohjanmaan sairaala", "pohjanmaansairaala.fi"),
                ("Terveyskeskus Koivula", "tk-koivula.fi"), ("Lääkärikeskus Aalto", "lk-aalto.fi"),
                ("Itä-Uudenmaan hyvinvointialue", "itauusimaa-hva.fi")],
        finance=[("Osuuspankki Järviseutu", "op-jarviseutu.fi"), ("Säästöpankki Pohjois-Karjala", "sp-pohjoiskarjala.fi"),
                 ("Kaleva Pankki Oy", "kalevapankki.fi")],
        climate=[("Sääharrastajien havaintoverkosto", "saaharrastajat.fi"), ("Suoekologian tutkimusasema", "suotutkimus.fi"),
                 ("Lapin ympäristöseurantaryhmä", "lapinseuranta.fi")]),
    companies=["Kuljetusliike Nieminen Oy", "Leipomo Kultajyvä", "VR-Yhtymä", "K-Supermarket", "Amazon EU S.à r.l.",
               "Rakennus Kallio Oy", "Alko", "Apteekki Keskusta", "Posti Oy"],
    mailbox=dict(health=["ajanvaraus", "kirjaamo", "potilasasiakirjat"], finance=["asiakaspalvelu", "reklamaatiot", "kyc-tiimi"],
                 climate=["havaitsijat", "data", "maastotyo"]),
    nid_label={"FI": ["henkilötunnus", "hetu", "HETU"]},
    hiid_label={"FI": ["Kela-kortin numero", "EU-sairaanhoitokortin numero", "vakuutusnumero"]},
    mrn_fmt=["{N7}", "{N8}", "{y}-{n6}", "PT{n7}", "{N9}"],
    ref_fmt=["{y}-{n5}", "LASKU-{y}-{n5}", "AS-{n6}", "RK{y}/{n4}", "VA-{n7}"],
    stn_fmt=["WMO {wmo}", "WMO {wmo}", "FMISID {N6}", "LPNN {n4}", "FI-{n4}"],
    regimen=["1 x 1", "1 x 2", "aamuisin", "iltaisin", "2 kertaa päivässä", "tarvittaessa"],
    labels=dict(name=["Nimi", "Sukunimi, etunimi|sc", "SUKUNIMI Etunimi|sf", "Potilas", "Asiakas", "Hakija"],
                surname=["Sukunimi"], first=["Etunimet", "Etunimi"], dob=["Syntymäaika", "Syntynyt", "Synt.aika"],
                addr=["Osoite", "Kotiosoite", "Postiosoite"], phone=["Puhelin", "Puh.", "Matkapuhelin"],
                email=["Sähköposti", "S-posti", "Sähköpostiosoite"], iban=["IBAN", "Tilinumero (IBAN)"],
                mrn=["Potilasnumero", "Sairauskertomusnumero", "Potilas-ID"], date=["Päivämäärä", "Näytteenottopäivä", "Pvm."],
                ref=["Viitenumero", "Asianumero"], observer=["Havaitsija", "Kirjaaja", "Maastotyöntekijä"],
                station=["Asema", "Havaintoasema"], coord=["Koordinaatit", "Sijainti", "Paikka"]),
    head=dict(
        h_dis=["Epikriisi", "Loppulausunto – {ORG}", "Kotiutusyhteenveto"],
        h_ref=["Lähete erikoissairaanhoitoon", "Lähete – {ORG}", "Konsultaatiopyyntö"],
        h_lab=["Laboratoriotulokset {DATE}", "Kliininen kemia – tulosraportti", "Laboratorio, {ORG}"],
        h_rad=["Thoraxin TT – lausunto", "Lannerangan MK-tutkimus, lausunto", "Vasemman lonkan röntgen"],
        h_nur=["Hoitotyön yhteenveto, {DATE}", "Hoitajan vuororaportti", "Kotisairaanhoidon käyntimerkintä"],
        f_loan=["Lainahakemus – muistio, asia {REF}", "Luottotoimikunnan muistio", "Asuntolainan luottopäätösesitys"],
        f_kyc=["Asiakkaan tunteminen – määräaikaistarkistus", "Asiakkaan tuntemistiedot – tarkistus {REF}",
               "Tehostettu tuntemisvelvollisuus – muistio"],
        f_txn=["Maksuliikenteen seuranta – tapauskuvaus", "Epäilyttävä maksu, asia {REF}", "Korttipetosilmoitus – yhteenveto"],
        f_compl=["Reklamaatio tilin palvelumaksuista", "Reklamaatio – viite {REF}", "Asiakkaan valitus"],
        f_acct=["Tilinavaushakemus", "Käyttötilin avaaminen – henkilötiedot", "Uuden asiakkaan tiedot"],
        c_stat=["Havaintopäiväkirja – asema {STN}", "Havaitsijan päiväkirja, {DATE}", "Päivittäinen ilmastoilmoitus"],
        c_surv=["Maastotutkimusraportti", "Suokartoitus – koeala 7", "Maankosteusmittaukset – pöytäkirja"]),
    intro=[
        "h|{P1}, {AGE1} v, otettiin osastolle {DATE}; tulosyy: {DX} ({ICD}).",
        "h|Potilas: {P1.sc} | syntymäaika: {DOB} | potilasnumero: {MRN}",
        "h|Lähetämme arvioitavaksenne {AGE1}-vuotiaan {P1.gen} (s. {DOB}); lähetediagnoosi: {DX}.",
        "h|Asia: {P1}, s. {DOB}, potilasnumero {MRN}",
        "h|{P1} ({AGE1} v) – aamukierrolla vointi vakaa.",
        "h|Nimi: {P1.sf}   Syntymäaika: {DOB.n}",
        "h|{AGE1}-vuotias potilas {P1.l} hakeutui päivystykseen hengenahdistuksen vuoksi.",
        "f|Hakija: {P1}, syntymäaika {DOB}, asuinpaikka {CITY}.",
        "f|Asiakas {P1} on ollut asiakkaanamme vuodesta {YEAR}, ja hänellä on asuntolaina.",
        "f|Hyvä {T1} {P1.l}, asiakastietojenne päivitys on erääntynyt; edellinen tarkistus tehtiin {DATE}.",
        "f|Kirjoitan päämieheni {P1.gen} puolesta tilisiirrosta, jonka määrä on {AMT}.",
        "f|asiakas {P1.lc} soitti konttoriin estetystä maksusta",
        "c|Havaitsija: {P1} (vapaaehtoinen vuodesta {YEAR2}).",
        "c|Raportin laatija: {P1}, havaintoasema {STNAME} ({STN}).",
        "c|Klo 9 havainnot asemalla {STNAME} teki {P1.i}.",
    ],
    pii=[
        "h|Syntymäaika: {DOB}.",
        "f|Syntymäaika {DOB.n}; henkilöllisyys tarkistettu konttorissa.",
        "hf|Hän on syntynyt {DOB.l}, syntymäpaikka {CITY}.",
        "f|Hakijalla (s. {DOB}) ei ole maksuhäiriömerkintöjä.",
        "h|Potilas {P1.l}, s. {DOB}, asuu yksin ja on omatoiminen päivittäisissä toimissa.",
        "h|Kotiosoite: {ADDR.f}.",
        "hf|{P1.l} asuu puolisonsa kanssa osoitteessa {ADDR}.",
        "f|Postitusosoite muutettu {DATE} alkaen: {ADDR}.",
        "f|Lähettäkää uusi kortti osoitteeseen {ADDR.f} (väestötietojärjestelmän osoite).",
        "c|Havaitsijan osoite: {ADDR.f}",
        "h|Kotiutus kotiin ({ADDR}); kotisairaanhoidolle tiedotettu.",
        "f|Osoitetodistuksessa (sähkölasku, päivätty {DATE}) osoite on {ADDR.f}.",
        "c|Yhteyshenkilö koealalle pääsyä varten: {P1}, {ADDR.f}, puh. {PHONE1}.",
        "*|Hänet tavoittaa numerosta {PHONE1}.",
        "h|Lähiomainen: {P3} ({g3:poika|tytär}), puh. {PHONE3}.",
        "f|Asiakas soitti numerosta {PHONE1} ja kiisti veloituksen.",
        "hf|Puh.: {PHONE1} / sähköposti: {EMAIL1}",
        "h|Lisätietoja antaa osasto numerossa {PHONE0}.",
        "c|Anturivian sattuessa soita: {P1.f}, {PHONE1}.",
        "*|yhteys: {P1}, puh. {PHONE1} tai {EMAIL1}",
        "h|Puhelu {g3:aviomiehen|vaimon} {P3.gen} kanssa, puh. {PHONE3} – tietoinen jatkosuunnitelmasta.",
        "f|Tiliotteet lähetetään sähköisesti osoitteeseen {EMAIL1}.",
        "h|Tulokset lähetettiin sähköpostitse terveysasemalle osoitteeseen {EMAIL2}.",
        "c|Lataa havaintolomakkeet ja ilmoita valmistumisesta osoitteeseen {EMAIL0}.",
        "f|Asiakkaan sähköpostiosoite ({EMAIL1}) vahvistettiin {DATE}.",
        "h|Potilas toivoo kutsukirjeet sähköpostiin {EMAIL1} postin sijaan.",
        "c|Tutkimusprotokollaa koskevat kysymykset: {P2}, {EMAIL2}.",
        "f|Reklamaatio saapui sähköpostitse osoitteesta {EMAIL1} {DATE}.",
        "f|Palkka maksetaan kuukausittain tilille {IBAN}.",
        "f|Pyydän palauttamaan {AMT} tililleni {IBAN}.",
        "f|Suoraveloitusvaltuutus: IBAN {IBAN}, valtuutuksen tunnus {REF}.",
        "f|Maksutili: {IBAN} (tilinomistaja: {P1}).",
        "h|Potilas maksaa laskun {REF} ({AMT}) tilisiirtona tililtä {IBAN}.",
        "f|Saapuva SEPA-tilisiirto ({AMT}) tililtä {IBAN2} merkitty poikkeavaksi.",
        "f|IBAN: {IBAN}",
        "f|Lainan kuukausierä ({AMT}) veloitetaan tililtä {IBAN} kunkin kuun ensimmäisenä päivänä.",
        "f|Kortti {CARD} ilmoitettiin varastetuksi {DATE}.",
        "f|Kolme hylättyä katevarmennusta kortilla {CARD} kymmenen minuutin sisällä.",
        "f|Asiakas kiistää pankkikorttinsa {CARD} veloituksen, jonka määrä on {AMT}.",
        "f|Korvaava kortti toimitettu: {CARD}, voimassa 09/28.",
        "f|Kortti: {CARD} | Summa: {AMT} | Kauppias: {COMPANY}",
        "f|Pyydän sulkemaan kortin {CARD} välittömästi, kadotin lompakkoni.",
        "f|Korttia ({CARD}) käytettiin verkkokaupassa, summa {AMT}.",
        "h|Yksityisvastaanoton maksu veloitettiin kortilta {CARD}.",
        "h|Omaishoitajan pysäköintiluvan maksu suoritettiin kortilla {CARD}.",
        "f|Kirjautuminen IP-osoitteesta {IP} klo 02.14, tuntematon laite.",
        "f|Tilisiirto tehtiin verkkopankissa osoitteesta {IP}.",
        "h|Kirjautuminen potilasportaaliin {DATE} IP-osoitteesta {IP}.",
        "c|Dataloggeri lähettää tiedot tunnin välein palvelimelle {IP}.",
        "f|Istunnon tiedot: IP-osoite {IP}, selain Firefox, Windows.",
        "f|Useita epäonnistuneita kirjautumisia osoitteista {IP} ja {IP2}.",
        "c|Aseman modeemin etäyhteys: {IP}.",
        "f|ip: {IP} (todennäköisesti VPN-poistumissolmu)",
        "f|{NIDL.cap}: {NID}",
        "f|Hakija esitti passin, {NIDL} {NID}.",
        "h|{NIDL.cap} {NID} tarkistettu väestötietojärjestelmästä.",
        "f|Asiakas tunnistettu ({NIDL} {NID}); asiakirjakopio arkistoitu.",
        "f|{P1}, {NIDL} {NID}, on tilin ainoa omistaja.",
        "f|Hakemuksen {NIDL} ({NID}) ei vastaa palkkalaskelman tietoja.",
        "h|Laskutusta varten: {NIDL} {NID}.",
        "f|Tarkistettu: {NID} ({NIDL})",
        "h|{HIIDL.cap}: {HIID}",
        "h|{HIIDL.cap} {HIID}; korvausoikeus tarkistettu.",
        "h|Mainitkaa {HIIDL} ({HIID}) kaikessa kirjeenvaihdossa.",
        "h|Lähete: {P1.l} ({HIIDL} {HIID}) diabetespoliklinikalle.",
        "h|Tulovaiheessa annettu {HIIDL} ({HIID}) oli virheellinen ja on korjattu.",
        "h|{P1}, {HIIDL} {HIID}",
        "h|Maksusitoumus myönnetty, {HIIDL} {HIID}.",
        "h|Vakuutustiedot – {HIIDL}: {HIID}, ei yksityistä sairausvakuutusta.",
        "h|Potilasnumero: {MRN}",
        "h|Sairauskertomusnumero {MRN}; liitetään potilasasiakirjoihin.",
        "h|Potilas-ID {MRN} – {P1.sc}",
        "h|Pot.nro {MRN}",
        "h|Tutkimus varattu potilasnumerolla {MRN}.",
        "h|Potilasasiakirjat ({MRN}) pyydetty arkistosta.",
        "h|{P1} (potilasnumero {MRN}) kävi poliklinikalla {DATE}.",
        "h|viitteemme: pot.id {MRN}",
        "h|Vastaanotolla mukana omaishoitaja {P3}.",
        "f|Toinen hakija: {P3}.",
    ],
    keep=[
        "h|Diagnoosit: {DX} ({ICD}); {DX2} ({ICD2}).",
        "h|Kotiutuslääkitys: {DOSE}, {DOSE2}.",
        "h|Aloitettu lääke: {DRUG} ({ATC}), annos {STR}.",
        "h|Laboratorio: {LAB}, {LAB2}, {LAB3}.",
        "h|Tuoreimmat tulokset ({DATE}): {LAB}, {LAB2}.",
        "h|Jatketaan: {DOSE} ({ATC}); lopetetaan: {DOSE2}.",
        "h|Päädiagnoosi {ICD} – {DX}.",
        "h|Kuvantamisessa ei akuuttia löydöstä; työdiagnoosi: {DX} ({ICD}).",
        "h|Allergiat: ei tiedossa. Kotilääkitys: {DOSE}.",
        "h|Koodattu: {ICD}, sivudiagnoosi {ICD2}.",
        "h|Osastohoito {DATE} – {DATE2}.",
        "h|{LAB} tulovaiheessa, {LAB2} kotiutusvaiheessa.",
        "f|Avoin saldo {AMT} ({DATE}).",
        "f|Haettu laina: {AMT.big}, laina-aika 20 vuotta, kiinteä korko {PCT}.",
        "f|Arvo-osuustilillä {ISIN} ja {ISIN2}, yhteisarvo {AMT.big}.",
        "f|Työnantaja {COMPANY} (ALV-tunniste {VAT}, LEI {LEI}).",
        "f|Lasku {REF}, päivätty {DATE}: {AMT}.",
        "f|Lainan ja vakuusarvon suhde {PCT}; velkasuhde {PCT2}.",
        "f|Vastapuolen LEI-tunnus on {LEI}.",
        "f|Tiliote {REF}, loppusaldo {AMT}.",
        "f|Osinko ({ISIN}), {AMT}, maksettu {DATE}.",
        "f|Kuukausittaiset nettotulot {AMT}, kiinteät menot {AMT2}.",
        "c|Asema {STN} ({COORD}), korkeus 112 m mpy.",
        "c|Havainnot {DATE}: ilman lämpötila {TEMP}, suhteellinen kosteus {HUM}.",
        "c|Sademäärä {PREC} {DATE} alkaen.",
        "c|Koealan koordinaatit: {COORD}.",
        "c|Lumensyvyys klo 9: {SNOW}; suurin tuulenpuuska {WIND}.",
        "c|Sademittari vaihdettiin vuonna {YEAR}; sarja on yhtenäinen vuodesta {YEAR2}.",
        "c|Ilmanpainelukema {PRESS} ({DATE}) on epäuskottava ja merkitty.",
        "c|Linja T3 alkaa pisteestä {COORD} ja jatkuu 200 m pohjoiseen.",
        "c|Raportti {REF} kattaa ajanjakson {DATE} asti.",
        "c|Ylin lämpötila {TEMP}, alin {TEMP2}.",
    ],
    close=[
        "h|Ystävällisin terveisin\n{D2} {P2}\nErikoislääkäri, {ORG}",
        "h|Sanelu: {D2} {P2.i}, tarkastamatta.",
        "hf|{P2}\npuh. {PHONE2} | {EMAIL2}",
        "f|Tarkastanut {P2} (asiakasneuvoja) {DATE}.",
        "f|Ystävällisin terveisin\n{P1}\n{ADDR.ml}",
        "c|Lähettäjä: {P1}, {EMAIL1}",
        "c|— {P2.sc}, alueellinen verkostokoordinaattori, puh. {PHONE2}",
        "h|Kirjannut: {P2}, sairaanhoitaja",
        "h|Sähköisesti allekirjoitettu.",
        "f|Luottotoimikunnan hyväksymä.",
        "c|Tiedot tarkistettu ja julkaistu.",
        "*|Tämä asiakirja on luotu automaattisesti.",
    ],
)

LANG["sv"] = dict(
    names=dict(
        m=["Lars", "Anders", "Johan", "Erik", "Per", "Karl", "Mikael", "Nils", "Gustav", "Björn", "Sven-Erik", "Olof",
           "Fredrik", "Måns", "Hampus", "Oskar", "Axel", "Göran", "Ingvar", "Jonas", "Emil", "Ludvig", "Torbjörn", "Kjell",
           "Ali"],
        f=["Anna", "Maria", "Eva", "Karin", "Kristina", "Lena", "Emma", "Sara", "Ingrid", "Birgitta", "Ebba", "Maja",
           "Elsa", "Agneta", "Linnéa", "Astrid", "Märta", "Åsa", "Ulla-Britt", "Sofia", "Malin", "Signe", "Gunilla"],
        last=["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
              "Gustafsson", "Pettersson", "Jonsson", "Hansson", "Bengtsson", "Lindberg", "Lindström", "Lindqvist",
              "Lundgren", "Berglund", "Sjöberg", "Åkesson", "Bergström", "Ek", "Holm", "af Klercker", "von Essen",
              "Öberg", "Forsberg", "Sandström", "Hedlund", "Ström", "Mohammadi", "Wikström", "Nyström", "Abrahamsson"]),
    titles=dict(m=["herr", "herr", "hr"], f=["fru", "fru", "fr."]),
    prof=dict(health=dict(m=["leg. läkare", "överläkare", "specialistläkare", "med. dr"],
                          f=["leg. läkare", "överläkare", "specialistläkare", "med. dr"]),
              finance=dict(m=["herr"], f=["fru"]), climate=dict(m=["fil. dr"], f=["fil. dr"])),
    months=["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
            "december"],
    dob_fmt=["{y}-{mm}-{dd}", "{y}-{mm}-{dd}", "{d} {mon} {y}", "{y}{mm}{dd}", "{d}/{m} {y}", "{d} {mon3} {y}"],
    date_fmt=["{y}-{mm}-{dd}", "{y}-{mm}-{dd}", "{d} {mon} {y}", "{d}/{m} {y}", "{y}-{mm}-{dd} kl. {hh}:{mi}",
              "{d} {mon3} {y}"],
    dec=",", thou=" ",
    amount_fmt=["{n} kr", "{n} kr", "{n} SEK", "SEK {n}", "{n} kronor", "{n} EUR"],
    pct_fmt="{n} %",
    orgs=dict(
        health=[("Mälardalens sjukhus", "malardalenssjukhus.se"), ("Vårdcentralen Björkhagen", "vc-bjorkhagen.se"),
                ("Norrlands regionsjukhus", "nrs-vard.se"), ("Akademiska kliniken Öresund", "ak-oresund.se")],
        finance=[("Sparbanken Sjöbygden", "sparbanken-sjobygden.se"), ("Norrlandsbanken AB", "norrlandsbanken.se"),
                 ("Göta Kredit AB", "gotakredit.se")],
        climate=[("Frivilliga väderobservatörer", "vaderobservatorer.se"), ("Myrforskningsstationen Vidja", "myrforskning.se"),
                 ("Fjällklimatgruppen", "fjallklimat.se")]),
    companies=["Nordfrakt Logistik AB", "Bageriet Vetekornet", "SJ AB", "ICA Supermarket", "Amazon EU S.à r.l.",
               "Byggmästarna i Norr AB", "Systembolaget", "Apoteket Hjärtat", "PostNord"],
    mailbox=dict(health=["tidsbokning", "registrator", "journalarkiv"], finance=["kundtjanst", "klagomal", "kyc-teamet"],
                 climate=["observatorer", "data", "faltarbete"]),
    nid_label={"SE": ["personnummer", "personnr", "pnr"]},
    hiid_label={"SE": ["EU-kortsnummer", "försäkringsnummer", "kortnummer (EU-kort)"]},
    mrn_fmt=["{N8}", "{y}-{n6}", "J{n7}", "VK{n6}", "{N10}"],
    ref_fmt=["FAKT-{y}-{n5}", "{N12}", "ÄR-{n6}", "{y}/{n5}", "KRAV-{n6}"],
    stn_fmt=["WMO {wmo}", "WMO-nr {wmo}", "SMHI {N5}", "klimatnr {N5}", "SE-{n4}"],
    regimen=["1 x 1", "1 x 2", "på morgonen", "till natten", "2 gånger dagligen", "vid behov"],
    labels=dict(name=["Namn", "Efternamn, förnamn|sc", "EFTERNAMN Förnamn|sf", "Patient", "Kund", "Sökande"],
                surname=["Efternamn"], first=["Förnamn", "Tilltalsnamn"], dob=["Födelsedatum", "Född", "Födelsedag"],
                addr=["Adress", "Bostadsadress", "Postadress"], phone=["Telefon", "Tfn", "Mobil", "Telefonnummer"],
                email=["E-post", "E-postadress", "Mejl"], iban=["IBAN", "Kontonummer (IBAN)"],
                mrn=["Journalnummer", "Patient-id", "Vårdtillfälle nr"], date=["Datum", "Provtagningsdatum", "Utfärdat"],
                ref=["Ärendenummer", "Referens"], observer=["Observatör", "Registrerad av", "Inventerare"],
                station=["Station", "Mätplats"], coord=["Koordinater", "Position", "Läge"]),
    head=dict(
        h_dis=["Epikris", "Utskrivningsmeddelande – {ORG}", "Slutanteckning"],
        h_ref=["Remiss", "Remiss till specialistmottagning – {ORG}", "Konsultationsremiss"],
        h_lab=["Laboratoriesvar {DATE}", "Klinisk kemi – provsvar", "Laboratoriemedicin, {ORG}"],
        h_rad=["DT thorax – utlåtande", "MR ländrygg, utlåtande", "Röntgen vänster höft"],
        h_nur=["Omvårdnadsanteckning, {DATE}", "Rapport vid skiftbyte", "Hemsjukvård – besöksanteckning"],
        f_loan=["Kreditansökan – tjänsteanteckning, ärende {REF}", "Kreditkommitté – beslutsunderlag", "Bolån – kreditprövning"],
        f_kyc=["Kundkännedom – periodisk översyn", "Kundkännedomsprövning {REF}", "Skärpta åtgärder för kundkännedom – PM"],
        f_txn=["Transaktionsövervakning – ärendebeskrivning", "Misstänkt betalning, ärende {REF}", "Kortbedrägeri – sammanfattning"],
        f_compl=["Klagomål angående kontoavgifter", "Klagomål – ärende {REF}", "Reklamation"],
        f_acct=["Ansökan om kontoöppning", "Öppning av lönekonto – personuppgifter", "Ny kund – registrering"],
        c_stat=["Observatörsjournal – station {STN}", "Observationsdagbok, {DATE}", "Daglig klimatrapport"],
        c_surv=["Fältrapport", "Myrinventering – provyta 7", "Markfuktighetsmätningar – protokoll"]),
    intro=[
        "h|{P1}, {AGE1} år, lades in {DATE} med {DX} ({ICD}).",
        "h|Patient: {P1.sc} | födelsedatum: {DOB} | journalnr: {MRN}",
        "h|Tack för att ni tar emot {P1} (född {DOB}), {AGE1}-årig {g1:man|kvinna} med {DX}.",
        "h|Angående: {P1}, född {DOB}, journalnummer {MRN}",
        "h|{P1} ({AGE1} år) bedömdes på ronden i morse och är stabil.",
        "h|Namn: {P1.sf}   Födelsedatum: {DOB.n}",
        "h|{AGE1}-årig {g1:man|kvinna}, {P1.l}, söker akut på grund av andfåddhet.",
        "f|Sökande: {T1} {P1}, född {DOB}, bosatt i {CITY}.",
        "f|Kunden {P1} har haft konto hos oss sedan {YEAR} och har ett bolån.",
        "f|{P1.sc} – uppdatering av kundkännedom krävs; senaste översyn {DATE}.",
        "f|Jag skriver å min klients vägnar, {P1}, angående en överföring på {AMT}.",
        "f|kunden {P1.lc} ringde kontoret om en spärrad betalning",
        "c|Observatör: {P1} (frivillig sedan {YEAR2}).",
        "c|Rapporten sammanställd av {P1} för {STNAME} ({STN}).",
        "c|{P1.i} gjorde avläsningen kl. 07.00 vid {STNAME}.",
    ],
    pii=[
        "h|Födelsedatum: {DOB}.",
        "f|Född {DOB.n}; identiteten kontrollerad på kontoret.",
        "hf|{g1:Han|Hon} föddes {DOB.l} i {CITY}.",
        "f|Sökanden (född {DOB}) har inga betalningsanmärkningar.",
        "h|{T1.cap} {P1.l}, född {DOB}, bor ensam och klarar sin personliga vård själv.",
        "h|Hemadress: {ADDR.f}.",
        "hf|{T1.cap} {P1.l} bor på {ADDR} tillsammans med sin sambo.",
        "f|Utdelningsadressen ändrades till {ADDR} den {DATE}.",
        "f|Skicka ersättningskortet till {ADDR.f} (folkbokföringsadress).",
        "c|Observatörens adress: {ADDR.f}",
        "h|Utskriven till hemmet ({ADDR}); hemsjukvården underrättad.",
        "f|Adressbeviset (elräkning daterad {DATE}) visar {ADDR.f}.",
        "c|Kontakt för tillträde till mätplatsen: {P1}, {ADDR.f}, tfn {PHONE1}.",
        "*|{g1:Han|Hon} nås på {PHONE1}.",
        "h|Närstående: {P3} ({g3:son|dotter}), mobil {PHONE3}.",
        "f|Kunden ringde från {PHONE1} och bestred debiteringen.",
        "hf|Tfn: {PHONE1} / e-post: {EMAIL1}",
        "h|Vid frågor, ring avdelningen på {PHONE0}.",
        "c|Vid sensorfel, ring {P1.f} på {PHONE1}.",
        "*|kontakta {P1} på {PHONE1} eller {EMAIL1}",
        "h|Talat med {g3:maken|makan}, {P3}, på {PHONE3} – informerad om planeringen.",
        "f|Kontoutdrag skickas elektroniskt till {EMAIL1}.",
        "h|Provsvaren mejlades till vårdcentralen på {EMAIL2}.",
        "c|Ladda upp datablanketterna och mejla {EMAIL0} när du är klar.",
        "f|Kundens e-postadress ({EMAIL1}) verifierades {DATE}.",
        "h|{g1:Han|Hon} vill få kallelser till {EMAIL1} i stället för per post.",
        "c|Frågor om inventeringsprotokollet: {P2}, {EMAIL2}.",
        "f|Klagomål inkom via e-post från {EMAIL1} den {DATE}.",
        "f|Lönen sätts in månadsvis på {IBAN}.",
        "f|Vänligen återbetala {AMT} till mitt konto {IBAN}.",
        "f|Autogiromedgivande: IBAN {IBAN}, referens {REF}.",
        "f|Utbetalningskonto: {IBAN} (kontohavare: {P1}).",
        "h|Patienten betalar faktura {REF} ({AMT}) genom överföring från {IBAN}.",
        "f|Inkommande SEPA-betalning på {AMT} från {IBAN2} flaggad som avvikande.",
        "f|IBAN: {IBAN}",
        "f|Amorteringar om {AMT} dras från konto {IBAN} den 25:e varje månad.",
        "f|Kort {CARD} anmäldes stulet den {DATE}.",
        "f|Tre nekade auktoriseringar på kort {CARD} inom tio minuter.",
        "f|Kunden bestrider en debitering på {AMT} på sitt bankkort {CARD}.",
        "f|Ersättningskort utfärdat: {CARD}, giltigt t.o.m. 09/28.",
        "f|Kort: {CARD} | Belopp: {AMT} | Butik: {COMPANY}",
        "f|Spärra {CARD} omedelbart – jag tappade plånboken i {CITY}.",
        "f|Kortet ({CARD}) användes hos en e-handlare för {AMT}.",
        "h|Avgiften för det privata besöket drogs från kort {CARD}.",
        "h|Parkeringstillstånd för anhörigvårdaren betalt med kort {CARD}.",
        "f|Inloggning från IP {IP} kl. 02.14, okänd enhet.",
        "f|Överföringen gjordes via internetbanken från {IP}.",
        "h|Inloggning på 1177 från {IP} den {DATE}.",
        "c|Dataloggern laddar upp till servern {IP} varje timme.",
        "f|Sessionsuppgifter: IP-adress {IP}, webbläsare Firefox på Windows.",
        "f|Flera misslyckade inloggningar från {IP} och {IP2}.",
        "c|Fjärråtkomst till stationens modem: {IP}.",
        "f|ip: {IP} (misstänkt VPN-utgångsnod)",
        "f|{NIDL.cap}: {NID}",
        "f|Sökanden uppgav sitt {NIDL} ({NID}) och visade pass.",
        "h|{NIDL.cap} {NID} kontrollerat mot folkbokföringen.",
        "f|Kunden legitimerad, {NIDL} {NID}; kopia på id-handlingen finns i akten.",
        "f|{P1}, {NIDL} {NID}, är ensam kontohavare.",
        "f|{NIDL.cap} i ansökan ({NID}) stämmer inte med lönespecifikationen.",
        "h|För fakturering: {NIDL} {NID}.",
        "f|Kontrollerat: {NID} ({NIDL})",
        "h|{HIIDL.cap}: {HIID}",
        "h|{HIIDL.cap} {HIID}; rätt till vård bekräftad.",
        "h|Ange {HIIDL} ({HIID}) i all korrespondens.",
        "h|Remiss för {T1} {P1.l} ({HIIDL} {HIID}) till diabetesmottagningen.",
        "h|Det {HIIDL} som angavs vid inskrivningen ({HIID}) var felaktigt och har rättats.",
        "h|{P1}, {HIIDL} {HIID}",
        "h|Betalningsförbindelse godkänd för {HIIDL} {HIID}.",
        "h|Försäkringsuppgifter – {HIIDL}: {HIID}, ingen privat sjukvårdsförsäkring.",
        "h|Journalnummer: {MRN}",
        "h|Journalnr {MRN}; arkiveras i journalen.",
        "h|Patient-id {MRN} – {P1.sc}",
        "h|Vårdtillfälle {MRN}",
        "h|Undersökningen bokad på journalnummer {MRN}.",
        "h|Journalhandlingar ({MRN}) begärda från arkivet.",
        "h|{P1} (journalnr {MRN}) sågs på mottagningen {DATE}.",
        "h|vår ref: jnr {MRN}",
        "h|Kom tillsammans med anhörigvårdaren {P3}.",
        "f|Medsökande: {P3}.",
    ],
    keep=[
        "h|Diagnoser: {DX} ({ICD}); {DX2} ({ICD2}).",
        "h|Läkemedel vid utskrivning: {DOSE}, {DOSE2}.",
        "h|{DRUG.cap} ({ATC}) insatt med {STR}.",
        "h|Provsvar: {LAB}, {LAB2}, {LAB3}.",
        "h|Senaste provsvar ({DATE}): {LAB}, {LAB2}.",
        "h|Fortsätt med {DOSE} ({ATC}); sätt ut {DOSE2}.",
        "h|Huvuddiagnos {ICD} – {DX}.",
        "h|Bilddiagnostiken utan akuta fynd; arbetsdiagnos {DX} ({ICD}).",
        "h|Allergier: inga kända. Läkemedel vid utskrivning: {DOSE}.",
        "h|Kodat som {ICD}, bidiagnos {ICD2}.",
        "h|Inlagd {DATE}, utskriven {DATE2}.",
        "h|{LAB} vid inskrivning, {LAB2} vid utskrivning.",
        "f|Utestående skuld {AMT} per {DATE}.",
        "f|Önskat lån: {AMT.big} på 20 år till fast ränta {PCT}.",
        "f|Depån innehåller {ISIN} och {ISIN2}, totalt värde {AMT.big}.",
        "f|Arbetsgivare {COMPANY} (momsreg.nr {VAT}, LEI {LEI}).",
        "f|Faktura {REF} daterad {DATE}: {AMT}.",
        "f|Belåningsgrad {PCT}; skuldkvot {PCT2}.",
        "f|Motpartens LEI är {LEI}.",
        "f|Kontoutdrag {REF}, utgående saldo {AMT}.",
        "f|Utdelning från {ISIN} på {AMT} mottagen {DATE}.",
        "f|Nettoinkomst per månad {AMT}, fasta kostnader {AMT2}.",
        "c|Station {STN} ({COORD}), höjd 112 m ö.h.",
        "c|Avläsning {DATE}: lufttemperatur {TEMP}, relativ fuktighet {HUM}.",
        "c|Nederbördssumma {PREC} sedan {DATE}.",
        "c|Provytans koordinater: {COORD}.",
        "c|Snödjup kl. 07: {SNOW}; högsta vindby {WIND}.",
        "c|Regnmätaren byttes {YEAR}; serien är obruten sedan {YEAR2}.",
        "c|Lufttrycksvärdet {PRESS} den {DATE} är orimligt och har flaggats.",
        "c|Transekt T3 börjar vid {COORD} och löper 200 m norrut.",
        "c|Rapport {REF} omfattar perioden fram till {DATE}.",
        "c|Maxtemperatur {TEMP}, mintemperatur {TEMP2}.",
    ],
    close=[
        "h|Med vänliga hälsningar\n{P2}, {D2}\n{ORG}",
        "h|Dikterat men ej signerat av {D2} {P2.i}.",
        "hf|{P2}\nTfn {PHONE2} | {EMAIL2}",
        "f|Granskat av {P2} (kundansvarig) {DATE}.",
        "f|Med vänlig hälsning\n{P1}\n{ADDR.ml}",
        "c|Inskickat av {P1}, {EMAIL1}",
        "c|— {P2.sc}, regional nätverkssamordnare, tfn {PHONE2}",
        "h|Signerat: {P2}, sjuksköterska",
        "h|Elektroniskt signerat.",
        "f|Beviljat av kreditkommittén.",
        "c|Data kontrollerade och godkända.",
        "*|Detta dokument har skapats automatiskt.",
    ],
)

LANG["el"] = dict(
    names=dict(
        m=["Γιώργος", "Νίκος", "Δημήτρης", "Κωνσταντίνος", "Γιάννης", "Παναγιώτης", "Ανδρέας", "Χρήστος", "Σπύρος",
           "Μιχάλης", "Θανάσης", "Βασίλης", "Στέλιος", "Σωτήρης", "Ηλίας", "Λευτέρης", "Κώστας", "Θοδωρής", "Μανώλης",
           "Φώτης", "Άρης", "Αλέξης"],
        f=["Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Γεωργία", "Δέσποινα", "Ευαγγελία", "Αναστασία",
           "Χριστίνα", "Ειρήνη", "Φωτεινή", "Κατερίνα", "Δήμητρα", "Αθηνά", "Ζωή", "Νεφέλη", "Στυλιανή", "Παναγιώτα",
           "Αγγελική", "Ιφιγένεια"],
        last=["Παπαδόπουλος/Παπαδοπούλου", "Παπαδάκης/Παπαδάκη", "Γεωργίου", "Νικολάου", "Οικονόμου", "Βλάχος/Βλάχου",
              "Κωνσταντινίδης/Κωνσταντινίδου", "Καραγιάννης/Καραγιάννη", "Μαυρίδης/Μαυρίδου", "Παπανικολάου", "Αντωνίου",
              "Ιωάννου", "Δημητρίου", "Μακρής/Μακρή", "Αθανασίου", "Πετρόπουλος/Πετροπούλου", "Χατζηδάκης/Χατζηδάκη",
              "Σταυρόπουλος/Σταυροπούλου", "Λαμπράκης/Λαμπράκη", "Ζαχαρίου", "Τσακίρης/Τσακίρη", "Κυριακίδης/Κυριακίδου",
              "Μπακογιάννης/Μπακογιάννη", "Φραγκιαδάκης/Φραγκιαδάκη", "Αλεξανδρόπουλος/Αλεξανδροπούλου",
              "Ραφαηλίδης/Ραφαηλίδου", "Ντόκος/Ντόκου", "Τζαννετάκης/Τζαννετάκη", "Γκίκας/Γκίκα", "Ψαρράς/Ψαρρά",
              "Ξανθόπουλος/Ξανθοπούλου", "Θεοδωρίδης/Θεοδωρίδου", "Ευαγγέλου", "Χριστοδούλου"]),
    titles=dict(m=["κ.", "κ.", "κ."], f=["κα", "κ.", "κα"]),
    prof=dict(health=dict(m=["Δρ", "Δρ", "Καθ."], f=["Δρ", "Δρ", "Καθ."]),
              finance=dict(m=["κ."], f=["κα"]), climate=dict(m=["Δρ"], f=["Δρ"])),
    months=["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
            "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    dob_fmt=["{dd}/{mm}/{y}", "{dd}/{mm}/{y}", "{d}/{m}/{y}", "{d} {mon} {y}", "{dd}-{mm}-{y}", "{dd}.{mm}.{y}"],
    date_fmt=["{dd}/{mm}/{y}", "{d}/{m}/{y}", "{d} {mon} {y}", "{y}-{mm}-{dd}", "{dd}/{mm}/{y} {hh}:{mi}", "{dd}-{mm}-{y}"],
    dec=",", thou=".",
    amount_fmt=["{n} €", "{n} €", "€{n}", "{n} ευρώ", "{n} EUR"],
    pct_fmt="{n}%",
    orgs=dict(
        health=[("Γενικό Νοσοκομείο Βόρειας Αττικής", "gnba.gr"), ("Πανεπιστημιακό Νοσοκομείο Θεσσαλίας", "pnth-hospital.gr"),
                ("Κέντρο Υγείας Αγίας Μαρίνας", "ky-agmarinas.gr"), ("Ιατρικό Κέντρο Αιγαίου", "iatriko-aigaiou.gr")],
        finance=[("Τράπεζα Αιγαίου", "aigaiobank.gr"), ("Συνεταιριστική Τράπεζα Θεσσαλίας", "syntrapeza-thessalias.gr"),
                 ("Ελληνική Κτηματική Πίστη", "ekpisti.gr")],
        climate=[("Δίκτυο Εθελοντών Μετεωρολογικών Παρατηρητών", "demp.gr"), ("Ινστιτούτο Μελέτης Υγροτόπων", "imy-research.gr"),
                 ("Παρατηρητήριο Κλίματος Πίνδου", "pindos-climate.gr")]),
    companies=["Μεταφορική Αιγαίου Α.Ε.", "Αρτοποιείο Το Στάχυ", "Hellenic Train", "Σκλαβενίτης", "Amazon EU S.à r.l.",
               "Τεχνική Ολύμπου Α.Τ.Ε.", "ΔΕΗ", "Φαρμακείο της Πλατείας", "ΕΛΤΑ Courier"],
    mailbox=dict(health=["grammateia", "rantevou", "archeio"], finance=["exypiretisi", "parapona", "kyc"],
                 climate=["paratirites", "dedomena", "pedio"]),
    nid_label={"GR": ["ΑΜΚΑ", "Α.Μ.Κ.Α.", "αρ. ΑΜΚΑ"]},
    hiid_label={"GR": ["ΑΜΑ", "αρ. μητρώου ασφάλισης", "αρ. μητρώου ΕΦΚΑ"]},
    mrn_fmt=["{N7}", "{y}/{n6}", "ΑΜ-{n6}", "{N8}", "{n5}/{yy}"],
    ref_fmt=["ΤΙΜ-{y}-{n5}", "ΑΠ-{n6}/{y}", "REF-{n7}", "ΦΑΚ/{y}/{n4}", "ΠΡΩΤ-{n5}"],
    stn_fmt=["WMO {wmo}", "κωδ. WMO {wmo}", "ΕΜΥ {wmo}", "GR-{n4}", "WMO {wmo}"],
    regimen=["1x1", "1x2", "πρωί", "βράδυ", "δύο φορές την ημέρα", "προ ύπνου"],
    labels=dict(name=["Ονοματεπώνυμο", "Επώνυμο, όνομα|sc", "ΕΠΩΝΥΜΟ Όνομα|sf", "Ασθενής", "Πελάτης", "Αιτών/-ούσα"],
                surname=["Επώνυμο"], first=["Όνομα"], dob=["Ημερομηνία γέννησης", "Ημ. γέννησης", "Γεν."],
                addr=["Διεύθυνση", "Διεύθυνση κατοικίας", "Ταχ. διεύθυνση"], phone=["Τηλέφωνο", "Τηλ.", "Κινητό"],
                email=["Email", "Ηλ. ταχυδρομείο", "E-mail"], iban=["IBAN", "Λογαριασμός (IBAN)"],
                mrn=["Αρ. μητρώου ασθενούς", "Αρ. φακέλου", "Κωδ. ασθενούς"],
                date=["Ημερομηνία", "Ημ/νία αιμοληψίας", "Ημ. έκδοσης"], ref=["Αρ. υπόθεσης", "Αρ. αναφοράς"],
                observer=["Παρατηρητής/-τρια", "Καταγραφή", "Υπεύθυνος/-η πεδίου"], station=["Σταθμός", "Θέση μέτρησης"],
                coord=["Συντεταγμένες", "Θέση", "Τοποθεσία"]),
    head=dict(
        h_dis=["Εξιτήριο", "Ενημερωτικό σημείωμα εξόδου – {ORG}", "Επικρίση νοσηλείας"],
        h_ref=["Παραπεμπτικό", "Παραπομπή σε εξωτερικό ιατρείο – {ORG}", "Αίτημα γνωμάτευσης"],
        h_lab=["Αποτελέσματα εργαστηριακών εξετάσεων ({DATE})", "Βιοχημικό εργαστήριο – αποτελέσματα", "Εργαστήριο, {ORG}"],
        h_rad=["Αξονική τομογραφία θώρακος – γνωμάτευση", "Μαγνητική τομογραφία ΟΜΣΣ", "Ακτινογραφία αριστερού ισχίου"],
        h_nur=["Νοσηλευτική αναφορά, {DATE}", "Παράδοση βάρδιας", "Κατ' οίκον νοσηλεία – επίσκεψη"],
        f_loan=["Αίτηση δανείου – σημείωμα, υπόθεση {REF}", "Επιτροπή πιστοδοτήσεων – εισήγηση",
                "Στεγαστικό δάνειο – πιστοληπτική αξιολόγηση"],
        f_kyc=["Περιοδική επανεξέταση KYC", "Δέουσα επιμέλεια πελάτη – επανεξέταση {REF}", "Αυξημένη δέουσα επιμέλεια – σημείωμα"],
        f_txn=["Παρακολούθηση συναλλαγών – περιγραφή περίπτωσης", "Ύποπτη πληρωμή, υπόθεση {REF}", "Ειδοποίηση απάτης κάρτας"],
        f_compl=["Παράπονο για χρεώσεις λογαριασμού", "Παράπονο – αρ. {REF}", "Αμφισβήτηση χρέωσης"],
        f_acct=["Αίτηση ανοίγματος λογαριασμού", "Άνοιγμα λογαριασμού όψεως – στοιχεία πελάτη", "Νέος πελάτης – εγγραφή"],
        c_stat=["Ημερολόγιο παρατηρητή – σταθμός {STN}", "Ημερολόγιο παρατηρήσεων, {DATE}", "Ημερήσια κλιματική αναφορά"],
        c_surv=["Έκθεση πεδίου", "Καταγραφή υγροτόπου – επιφάνεια δειγματοληψίας 7", "Μετρήσεις εδαφικής υγρασίας – πρωτόκολλο"]),
    intro=[
        "h|{g1:Ο|Η} {T1} {P1}, {AGE1} ετών, εισήχθη στις {DATE} με διάγνωση: {DX} ({ICD}).",
        "h|Ασθενής: {P1.sc} | Ημ. γέννησης: {DOB} | Αρ. μητρώου: {MRN}",
        "h|Παραπέμπεται {g1:ο|η} {P1} (γεν. {DOB}), {AGE1} ετών, με διάγνωση: {DX}.",
        "h|Θέμα: {P1}, γεν. {DOB}, αρ. φακέλου {MRN}",
        "h|{g1:Ο|Η} {P1} ({AGE1} ετών) εξετάστηκε στην πρωινή επίσκεψη· κλινικά σταθερ{g1:ός|ή}.",
        "h|Ονοματεπώνυμο: {P1.sf}   Ημ. γέννησης: {DOB.n}",
        "h|{g1:Ο|Η} ασθενής {P1.l}, {AGE1} ετών, προσήλθε στο ΤΕΠ λόγω δύσπνοιας.",
        "f|{g1:Αιτών|Αιτούσα}: {T1} {P1}, γεν. {DOB}, τόπος κατοικίας: {CITY}.",
        "f|{g1:Ο πελάτης|Η πελάτισσα} {P1} διατηρεί λογαριασμό σε εμάς από το {YEAR} και έχει στεγαστικό δάνειο.",
        "f|{P1.sc} – απαιτείται επικαιροποίηση στοιχείων KYC· τελευταίος έλεγχος: {DATE}.",
        "f|Σας γράφω εκ μέρους {g1:του εντολέα μου, κ.|της εντολέως μου, κας} {P1.gen}, σχετικά με μεταφορά ποσού {AMT}.",
        "f|{g1:ο πελάτης|η πελάτισσα} {P1.lc} τηλεφώνησε στο κατάστημα για μια μπλοκαρισμένη μεταφορά",
        "c|{g1:Παρατηρητής|Παρατηρήτρια}: {P1} ({g1:εθελοντής|εθελόντρια} από το {YEAR2}).",
        "c|Την αναφορά συνέταξε {g1:ο|η} {P1} για τον σταθμό {STNAME} ({STN}).",
        "c|Τις μετρήσεις των 09:00 στον σταθμό {STNAME} έκανε {g1:ο|η} {P1.i}.",
    ],
    pii=[
        "h|Ημερομηνία γέννησης: {DOB}.",
        "f|Ημ. γέννησης {DOB.n}· η ταυτότητα επαληθεύτηκε στο κατάστημα.",
        "hf|Γεννήθηκε στις {DOB.l} (τόπος γέννησης: {CITY}).",
        "f|{g1:Ο αιτών|Η αιτούσα} (γεν. {DOB}) δεν έχει δυσμενή στοιχεία στον Τειρεσία.",
        "h|{g1:Ο|Η} {T1} {P1.l}, γεν. {DOB}, ζει μόν{g1:ος|η} και αυτοεξυπηρετείται.",
        "h|Διεύθυνση κατοικίας: {ADDR.f}.",
        "hf|{g1:Ο|Η} {T1} {P1.l} διαμένει στη διεύθυνση {ADDR} μαζί με την οικογένειά {g1:του|της}.",
        "f|Νέα διεύθυνση αλληλογραφίας (ισχύει από {DATE}): {ADDR}.",
        "f|Παρακαλώ στείλτε τη νέα κάρτα στη διεύθυνση {ADDR.f} (δηλωμένη διεύθυνση).",
        "c|Διεύθυνση παρατηρητή: {ADDR.f}",
        "h|Έξοδος στο σπίτι ({ADDR})· ενημερώθηκε η υπηρεσία κατ' οίκον νοσηλείας.",
        "f|Το αποδεικτικό διεύθυνσης (λογαριασμός ρεύματος με ημερομηνία {DATE}) αναγράφει: {ADDR.f}.",
        "c|Επικοινωνία για πρόσβαση στην περιοχή: {P1}, {ADDR.f}, τηλ. {PHONE1}.",
        "*|Επικοινωνία μαζί {g1:του|της} στο {PHONE1}.",
        "h|Πλησιέστερος συγγενής: {P3} ({g3:γιος|κόρη}), κινητό {PHONE3}.",
        "f|{g1:Ο πελάτης|Η πελάτισσα} τηλεφώνησε από το {PHONE1} για να αμφισβητήσει τη χρέωση.",
        "hf|Τηλ.: {PHONE1} / email: {EMAIL1}",
        "h|Για οποιαδήποτε απορία καλέστε την κλινική στο {PHONE0}.",
        "c|Σε περίπτωση βλάβης αισθητήρα: {P1.f}, τηλ. {PHONE1}.",
        "*|επικοινωνία: {P1}, {PHONE1} ή {EMAIL1}",
        "h|Τηλεφωνική επικοινωνία με {g3:τον σύζυγο, κ.|τη σύζυγο, κα} {P3.acc}, τηλ. {PHONE3} – ενημερώθηκε για το πλάνο.",
        "f|Τα αντίγραφα κίνησης αποστέλλονται ηλεκτρονικά στο {EMAIL1}.",
        "h|Τα αποτελέσματα στάλθηκαν με email στον θεράποντα ιατρό στο {EMAIL2}.",
        "c|Ανεβάστε τα φύλλα δεδομένων και ενημερώστε στο {EMAIL0} μόλις τελειώσετε.",
        "f|Η διεύθυνση email {g1:του πελάτη|της πελάτισσας} ({EMAIL1}) επαληθεύτηκε στις {DATE}.",
        "h|Ζήτησε οι ειδοποιήσεις ραντεβού να αποστέλλονται στο {EMAIL1} αντί για ταχυδρομικά.",
        "c|Ερωτήσεις για το πρωτόκολλο καταγραφής: {P2}, {EMAIL2}.",
        "f|Παράπονο ελήφθη μέσω email από το {EMAIL1} στις {DATE}.",
        "f|Ο μισθός πιστώνεται μηνιαίως στον λογαριασμό {IBAN}.",
        "f|Παρακαλώ επιστρέψτε το ποσό των {AMT} στον λογαριασμό μου {IBAN}.",
        "f|Εντολή άμεσης χρέωσης: IBAN {IBAN}, κωδικός εντολής {REF}.",
        "f|Λογαριασμός εκταμίευσης: {IBAN} (δικαιούχος: {P1}).",
        "h|{g1:Ο ασθενής|Η ασθενής} θα εξοφλήσει το τιμολόγιο {REF} ({AMT}) με μεταφορά από τον λογαριασμό {IBAN}.",
        "f|Εισερχόμενη μεταφορά SEPA ύψους {AMT} από τον λογαριασμό {IBAN2} επισημάνθηκε ως ασυνήθιστη.",
        "f|IBAN: {IBAN}",
        "f|Οι δόσεις του δανείου ({AMT}) χρεώνονται στον λογαριασμό {IBAN} την 1η κάθε μήνα.",
        "f|Η κάρτα {CARD} δηλώθηκε κλεμμένη στις {DATE}.",
        "f|Τρεις απορριφθείσες εγκρίσεις στην κάρτα {CARD} μέσα σε δέκα λεπτά.",
        "f|{g1:Ο πελάτης|Η πελάτισσα} αμφισβητεί χρέωση {AMT} στη χρεωστική κάρτα {CARD}.",
        "f|Εκδόθηκε νέα κάρτα: {CARD}, λήξη 09/28.",
        "f|Κάρτα: {CARD} | Ποσό: {AMT} | Έμπορος: {COMPANY}",
        "f|Παρακαλώ μπλοκάρετε αμέσως την κάρτα {CARD} – έχασα το πορτοφόλι μου.",
        "f|Η κάρτα ({CARD}) χρησιμοποιήθηκε σε ηλεκτρονικό κατάστημα για {AMT}.",
        "h|Η ιδιωτική επίσκεψη πληρώθηκε με την κάρτα {CARD}.",
        "h|Η άδεια στάθμευσης του συνοδού εξοφλήθηκε με κάρτα {CARD}.",
        "f|Σύνδεση από IP {IP} στις 02:14, μη αναγνωρισμένη συσκευή.",
        "f|Η μεταφορά έγινε μέσω e-banking από τη διεύθυνση {IP}.",
        "h|Πρόσβαση στην πύλη ασθενών από {IP} στις {DATE}.",
        "c|Ο καταγραφέας δεδομένων αποστέλλει κάθε ώρα στον διακομιστή {IP}.",
        "f|Στοιχεία συνεδρίας: διεύθυνση IP {IP}, πρόγραμμα περιήγησης Firefox σε Windows.",
        "f|Πολλές αποτυχημένες συνδέσεις από {IP} και {IP2}.",
        "c|Απομακρυσμένη πρόσβαση στο μόντεμ του σταθμού: {IP}.",
        "f|ip: {IP} (πιθανός κόμβος εξόδου VPN)",
        "f|{NIDL.cap}: {NID}",
        "f|{g1:Ο αιτών|Η αιτούσα} προσκόμισε διαβατήριο και δήλωσε {NIDL} {NID}.",
        "h|{NIDL.cap} {NID}: επαληθεύτηκε στο μητρώο.",
        "f|Ταυτοποίηση πελάτη με {NIDL} {NID}· αντίγραφο εγγράφου στον φάκελο.",
        "f|{g1:Ο|Η} {P1}, {NIDL} {NID}, είναι {g1:ο μοναδικός δικαιούχος|η μοναδική δικαιούχος} του λογαριασμού.",
        "f|Ο {NIDL} της αίτησης ({NID}) δεν συμφωνεί με τη μισθοδοσία.",
        "h|Για την τιμολόγηση: {NIDL} {NID}.",
        "f|Επαληθεύτηκε: {NID} ({NIDL})",
        "h|{HIIDL.cap}: {HIID}",
        "h|{HIIDL.cap} {HIID}· η ασφαλιστική ικανότητα επιβεβαιώθηκε.",
        "h|Παρακαλούμε αναφέρετε τον {HIIDL} ({HIID}) σε κάθε επικοινωνία.",
        "h|Παραπομπή {g1:του κ.|της κας} {P1.lgen} ({HIIDL} {HIID}) στο διαβητολογικό ιατρείο.",
        "h|Ο {HIIDL} που δηλώθηκε κατά την εισαγωγή ({HIID}) ήταν λανθασμένος και διορθώθηκε.",
        "h|{P1}, {HIIDL} {HIID}",
        "h|Εγκρίθηκε η κάλυψη με {HIIDL} {HIID}.",
        "h|Ασφαλιστικά στοιχεία – {HIIDL}: {HIID}, χωρίς ιδιωτική ασφάλιση.",
        "h|Αρ. μητρώου ασθενούς: {MRN}",
        "h|Αρ. φακέλου {MRN}· να αρχειοθετηθεί.",
        "h|Κωδ. ασθενούς {MRN} – {P1.sc}",
        "h|Α/Α εισαγωγής {MRN}",
        "h|Η εξέταση προγραμματίστηκε με αριθμό φακέλου {MRN}.",
        "h|Ο φάκελος ({MRN}) ζητήθηκε από το αρχείο.",
        "h|{g1:Ο|Η} {P1} (αρ. μητρώου {MRN}) εξετάστηκε στο ιατρείο στις {DATE}.",
        "h|σχετ.: αρ. φακ. {MRN}",
        "h|Συνοδός: {P3} ({g3:φροντιστής|φροντίστρια}).",
        "f|Συνοφειλέτ{g3:ης|ρια}: {P3}.",
    ],
    keep=[
        "h|Διαγνώσεις: {DX} ({ICD})· {DX2} ({ICD2}).",
        "h|Φαρμακευτική αγωγή εξόδου: {DOSE}, {DOSE2}.",
        "h|Έναρξη αγωγής: {DRUG} ({ATC}) {STR}.",
        "h|Εργαστηριακά: {LAB}, {LAB2}, {LAB3}.",
        "h|Πρόσφατα αποτελέσματα ({DATE}): {LAB}, {LAB2}.",
        "h|Συνέχιση: {DOSE} ({ATC})· διακοπή: {DOSE2}.",
        "h|Κύρια διάγνωση {ICD} – {DX}.",
        "h|Ο απεικονιστικός έλεγχος χωρίς οξέα ευρήματα· διάγνωση εργασίας: {DX} ({ICD}).",
        "h|Αλλεργίες: καμία γνωστή. Αγωγή εξόδου: {DOSE}.",
        "h|Κωδικοποίηση: {ICD}, δευτερεύουσα {ICD2}.",
        "h|Νοσηλεία από {DATE} έως {DATE2}.",
        "h|{LAB} κατά την εισαγωγή, {LAB2} κατά την έξοδο.",
        "f|Ανεξόφλητο υπόλοιπο {AMT} στις {DATE}.",
        "f|Αιτούμενο δάνειο: {AMT.big} για 20 έτη με σταθερό επιτόκιο {PCT}.",
        "f|Το χαρτοφυλάκιο περιλαμβάνει {ISIN} και {ISIN2}, συνολικής αξίας {AMT.big}.",
        "f|Εργοδότης: {COMPANY} (ΑΦΜ {VAT}, LEI {LEI}).",
        "f|Τιμολόγιο {REF} της {DATE}: {AMT}.",
        "f|Δείκτης LTV {PCT}· δείκτης DTI {PCT2}.",
        "f|Ο κωδικός LEI του αντισυμβαλλομένου είναι {LEI}.",
        "f|Αντίγραφο κίνησης {REF}, τελικό υπόλοιπο {AMT}.",
        "f|Μέρισμα από {ISIN} ύψους {AMT} πιστώθηκε στις {DATE}.",
        "f|Μηνιαίο καθαρό εισόδημα {AMT}, πάγια έξοδα {AMT2}.",
        "c|Σταθμός {STN} ({COORD}), υψόμετρο 112 m.",
        "c|Μετρήσεις {DATE}: θερμοκρασία αέρα {TEMP}, σχετική υγρασία {HUM}.",
        "c|Συνολικό ύψος βροχής {PREC} από {DATE}.",
        "c|Συντεταγμένες επιφάνειας: {COORD}.",
        "c|Ύψος χιονιού στις 09:00: {SNOW}· μέγιστη ριπή ανέμου {WIND}.",
        "c|Το βροχόμετρο αντικαταστάθηκε το {YEAR}· η χρονοσειρά είναι συνεχής από το {YEAR2}.",
        "c|Η τιμή πίεσης {PRESS} στις {DATE} είναι απίθανη και επισημάνθηκε.",
        "c|Η διατομή Τ3 ξεκινά από {COORD} και εκτείνεται 200 m βόρεια.",
        "c|Η αναφορά {REF} καλύπτει την περίοδο έως {DATE}.",
        "c|Μέγιστη θερμοκρασία {TEMP}, ελάχιστη {TEMP2}.",
    ],
    close=[
        "h|Με εκτίμηση,\n{D2} {P2}\n{g2:Επιμελητής|Επιμελήτρια} Παθολογικής Κλινικής, {ORG}",
        "h|Υπαγόρευση: {D2} {P2.i} (χωρίς υπογραφή).",
        "hf|{P2}\nΤηλ. {PHONE2} | {EMAIL2}",
        "f|Ελέγχθηκε από {g2:τον|την} {P2.acc} ({g2:υπεύθυνο|υπεύθυνη} πελατών) στις {DATE}.",
        "f|Με εκτίμηση,\n{P1}\n{ADDR.ml}",
        "c|Υποβλήθηκε από {g1:τον|την} {P1.acc}, {EMAIL1}",
        "c|— {P2.sc}, {g2:συντονιστής|συντονίστρια} περιφερειακού δικτύου, τηλ. {PHONE2}",
        "h|Υπογραφή: {P2}, {g2:νοσηλευτής|νοσηλεύτρια}",
        "h|Υπογεγραμμένο ηλεκτρονικά.",
        "f|Εγκρίθηκε από την επιτροπή πιστοδοτήσεων.",
        "c|Τα δεδομένα ελέγχθηκαν και εγκρίθηκαν.",
        "*|Το έγγραφο δημιουργήθηκε αυτόματα.",
    ],
)

LANG["bg"] = dict(
    names=dict(
        m=["Георги", "Иван", "Димитър", "Николай", "Петър", "Христо", "Стоян", "Тодор", "Александър", "Васил", "Красимир",
           "Любомир", "Благовест", "Цветан", "Асен", "Веселин", "Пламен", "Ивайло", "Йордан", "Емил", "Явор", "Жельо"],
        f=["Мария", "Иванка", "Елена", "Йорданка", "Пенка", "Десислава", "Цветелина", "Гергана", "Радостина", "Милена",
           "Снежана", "Теодора", "Виктория", "Надежда", "Росица", "Боряна", "Стефка", "Калина", "Яна", "Анелия",
           "Мирослава"],
        last=["Иванов/Иванова", "Георгиев/Георгиева", "Димитров/Димитрова", "Петров/Петрова", "Николов/Николова",
              "Христов/Христова", "Стоянов/Стоянова", "Тодоров/Тодорова", "Илиев/Илиева", "Василев/Василева",
              "Атанасов/Атанасова", "Ангелов/Ангелова", "Маринов/Маринова", "Попов/Попова", "Костадинов/Костадинова",
              "Цветков/Цветкова", "Радев/Радева", "Стефанов/Стефанова", "Шишков/Шишкова", "Кирилов/Кирилова",
              "Вълчев/Вълчева", "Йорданов/Йорданова", "Бъчваров/Бъчварова", "Граматиков/Граматикова", "Щерев/Щерева",
              "Жеков/Жекова", "Дончев/Дончева", "Янакиев/Янакиева", "Хаджиев/Хаджиева", "Шопов/Шопова",
              "Карагьозов/Карагьозова", "Кацарски/Кацарска", "Найденов/Найденова"]),
    titles=dict(m=["г-н", "г-н", "господин"], f=["г-жа", "г-жа", "госпожа"]),
    prof=dict(health=dict(m=["д-р", "д-р", "доц. д-р", "проф. д-р"], f=["д-р", "д-р", "доц. д-р", "проф. д-р"]),
              finance=dict(m=["г-н"], f=["г-жа"]), climate=dict(m=["д-р"], f=["д-р"])),
    months=["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември",
            "декември"],
    dob_fmt=["{dd}.{mm}.{y} г.", "{dd}.{mm}.{y}", "{d} {mon} {y} г.", "{dd}.{mm}.{y}", "{y}-{mm}-{dd}", "{d}.{mm}.{y} г."],
    date_fmt=["{dd}.{mm}.{y} г.", "{dd}.{mm}.{y}", "{d} {mon} {y} г.", "{y}-{mm}-{dd}", "{dd}.{mm}.{y} г., {hh}:{mi} ч.",
              "{d}.{mm}.{y} г."],
    dec=",", thou=" ",
    amount_fmt=["{n} лв.", "{n} лв.", "{n} лева", "BGN {n}", "{n} €", "EUR {n}"],
    pct_fmt="{n}%",
    orgs=dict(
        health=[("МБАЛ „Света Петка“", "mbal-svpetka.bg"), ("УМБАЛ „Тракия“", "umbal-trakia.bg"),
                ("ДКЦ „Витоша“", "dkc-vitosha.bg"), ("Медицински център „Здраве плюс“", "mc-zdraveplus.bg")],
        finance=[("Тракийска търговска банка", "ttbank.bg"), ("Балканска кредитна банка АД", "bkbank.bg"),
                 ("Кредитна кооперация „Дунав“", "kk-dunav.bg")],
        climate=[("Мрежа на доброволните метеонаблюдатели", "meteonabludateli.bg"),
                 ("Институт за изследване на влажните зони", "iivz-research.bg"),
                 ("Родопска климатична обсерватория", "rodopi-climate.bg")]),
    companies=["Транспорт Експрес ЕООД", "Пекарна „Златен клас“", "БДЖ – Пътнически превози", "Лидл България",
               "Amazon EU S.à r.l.", "Строителна компания „Пирин“ АД", "Електрохолд", "Аптека „Здраве“", "Еконт Експрес"],
    mailbox=dict(health=["registratura", "priemno", "arhiv"], finance=["klienti", "oplakvania", "kyc"],
                 climate=["nabludateli", "danni", "teren"]),
    nid_label={"BG": ["ЕГН", "ЕГН", "единен граждански номер"]},
    hiid_label={"BG": ["№ на ЕЗОК", "здравноосигурителен №", "номер на здравноосигурителната книжка"]},
    mrn_fmt=["{N5}/{y}", "{N6}/{y}", "{y}-{n6}", "{N8}", "ИЗ-{n5}"],
    ref_fmt=["Ф-{y}-{n5}", "{N10}", "ВХ-{n5}/{y}", "ДОГ-{n6}", "РЕКЛ-{n5}"],
    stn_fmt=["WMO {wmo}", "СМО {wmo}", "НИМХ {N5}", "BG-{n4}", "WMO № {wmo}"],
    regimen=["1 x 1", "2 x 1", "сутрин", "вечер", "два пъти дневно", "преди лягане"],
    labels=dict(name=["Име", "Име и фамилия", "Фамилия, име|sc", "ФАМИЛИЯ Име|sf", "Пациент", "Клиент"],
                surname=["Фамилия"], first=["Име", "Собствено име"], dob=["Дата на раждане", "Роден(а) на", "Дата на раж."],
                addr=["Адрес", "Постоянен адрес", "Настоящ адрес"], phone=["Телефон", "Тел.", "Мобилен"],
                email=["Имейл", "Ел. поща", "E-mail"], iban=["IBAN", "Банкова сметка (IBAN)"],
                mrn=["ИЗ №", "История на заболяването №", "Пациентски №"], date=["Дата", "Дата на вземане", "Дата на издаване"],
                ref=["Референтен №", "Входящ №"], observer=["Наблюдател", "Записал(а)", "Теренен сътрудник"],
                station=["Станция", "Пункт"], coord=["Координати", "Местоположение", "Позиция"]),
    head=dict(
        h_dis=["Епикриза", "Епикриза – {ORG}", "Изписване от болнично заведение"],
        h_ref=["Направление за консултация", "Медицинско направление – {ORG}", "Искане за консултация със специалист"],
        h_lab=["Резултати от лабораторни изследвания ({DATE})", "Клинична лаборатория – резултати", "Лаборатория, {ORG}"],
        h_rad=["КТ на гръден кош – резултат", "ЯМР на поясен отдел на гръбначния стълб", "Рентгенография на ляв тазобедрен став"],
        h_nur=["Сестрински запис, {DATE}", "Предаване на смяна", "Домашни грижи – посещение"],
        f_loan=["Кредитно искане – бележка, преписка {REF}", "Кредитен комитет – становище",
                "Ипотечен кредит – оценка на кредитоспособността"],
        f_kyc=["Периодичен преглед KYC", "Комплексна проверка на клиент – преглед {REF}", "Разширена комплексна проверка – бележка"],
        f_txn=["Мониторинг на трансакции – описание на случай", "Съмнително плащане, преписка {REF}", "Сигнал за измама с карта"],
        f_compl=["Оплакване относно таксите по сметката", "Рекламация № {REF}", "Жалба на клиент"],
        f_acct=["Искане за откриване на сметка", "Разплащателна сметка – данни за клиента", "Регистрация на нов клиент"],
        c_stat=["Дневник на наблюдателя – станция {STN}", "Дневник на наблюденията, {DATE}", "Дневна климатична справка"],
        c_surv=["Теренен доклад", "Картиране на торфище – пробна площ 7", "Измерване на почвената влажност – протокол"]),
    intro=[
        "h|{T1.cap} {P1}, на {AGE1} г., е приет{g1:|а} на {DATE} с {DX} ({ICD}).",
        "h|Пациент{g1:|ка}: {P1.sc} | роден{g1:|а} на: {DOB} | ИЗ №: {MRN}",
        "h|Насочвам {P1} (роден{g1:|а} на {DOB}), {AGE1}-годиш{g1:ен|на}, с {DX} за консултация.",
        "h|Относно: {P1}, род. {DOB}, ИЗ № {MRN}",
        "h|{P1} ({AGE1} г.) е визитиран{g1:|а} тази сутрин; състоянието е стабилно.",
        "h|Име: {P1.sf}   Дата на раждане: {DOB.n}",
        "h|Пациент{g1:|ка} {P1.l}, на {AGE1} г., постъпва в спешното отделение със задух.",
        "f|Кредитоискател{g1:|ка}: {T1} {P1}, роден{g1:|а} на {DOB}, с адрес в гр. {CITY}.",
        "f|{g1:Клиентът|Клиентката} {P1} има сметка при нас от {YEAR} г. и обслужва ипотечен кредит.",
        "f|{P1.sc} – предстои актуализация на данните по KYC; последен преглед: {DATE}.",
        "f|Пиша Ви от името на {g1:моя клиент|моята клиентка} {P1} във връзка с превод на {AMT}.",
        "f|{g1:клиентът|клиентката} {P1.lc} се обади в клона за блокиран превод",
        "c|Наблюдател: {P1} (доброволец от {YEAR2} г.).",
        "c|Докладът е изготвен от {P1} за станция {STNAME} ({STN}).",
        "c|Отчитането в 7:00 ч. на станция {STNAME} е извършено от {P1.i}.",
    ],
    pii=[
        "h|Дата на раждане: {DOB}.",
        "f|Роден{g1:|а} на {DOB.n}; самоличността е проверена в клона по лична карта.",
        "hf|Роден{g1:|а} е на {DOB.l} в гр. {CITY}.",
        "f|{g1:Кредитоискателят|Кредитоискателката} (род. {DOB}) няма негативна информация в ЦКР.",
        "h|{T1.cap} {P1.l}, роден{g1:|а} на {DOB}, живее сам{g1:|а} и се обслужва самостоятелно.",
        "h|Постоянен адрес: {ADDR.f}.",
        "hf|{T1.cap} {P1.l} живее на адрес {ADDR} със {g1:съпругата си|съпруга си}.",
        "f|Адресът за кореспонденция е променен на {DATE}: {ADDR}.",
        "f|Моля, изпратете новата карта на адрес {ADDR.f} (постоянен адрес).",
        "c|Адрес на наблюдателя: {ADDR.f}",
        "h|Изписан{g1:|а} в дома си ({ADDR}); уведомена е службата за домашни грижи.",
        "f|Документът за адрес (сметка за ток от {DATE}) посочва {ADDR.f}.",
        "c|Контакт за достъп до обекта: {P1}, {ADDR.f}, тел. {PHONE1}.",
        "*|Може да се свържете с {g1:него|нея} на {PHONE1}.",
        "h|Близък за контакт: {P3} ({g3:син|дъщеря}), моб. {PHONE3}.",
        "f|{g1:Клиентът|Клиентката} се обади от {PHONE1}, за да оспори плащането.",
        "hf|Тел.: {PHONE1} / имейл: {EMAIL1}",
        "h|При въпроси се обадете в отделението на {PHONE0}.",
        "c|При повреда на сензора звънете на {P1.f}: {PHONE1}.",
        "*|за контакт: {P1}, тел. {PHONE1} или {EMAIL1}",
        "h|Разговор по телефона със {g3:съпруга|съпругата}, {P3} ({PHONE3}) – запознат{g3:|а} с плана.",
        "f|Извлеченията се изпращат по електронен път на {EMAIL1}.",
        "h|Резултатите са изпратени по имейл на общопрактикуващия лекар на {EMAIL2}.",
        "c|Моля, качете формулярите с данни и пишете на {EMAIL0}, когато сте готови.",
        "f|Имейл адресът на {g1:клиента|клиентката} ({EMAIL1}) е потвърден на {DATE}.",
        "h|Пациент{g1:ът|ката} желае писмата за прегледи да се изпращат на {EMAIL1}, а не по пощата.",
        "c|Въпроси относно протокола: {P2}, {EMAIL2}.",
        "f|Жалбата е получена по имейл от {EMAIL1} на {DATE}.",
        "f|Заплатата постъпва ежемесечно по сметка {IBAN}.",
        "f|Моля, възстановете {AMT} по сметката ми {IBAN}.",
        "f|Директен дебит: IBAN {IBAN}, референция {REF}.",
        "f|Сметка за усвояване: {IBAN} (титуляр: {P1}).",
        "h|Пациент{g1:ът|ката} ще заплати фактура {REF} ({AMT}) по банков път от сметка {IBAN}.",
        "f|Входящ SEPA превод на стойност {AMT} от сметка {IBAN2} е отбелязан като необичаен.",
        "f|IBAN: {IBAN}",
        "f|Вноските по кредита ({AMT}) се събират от сметка {IBAN} на 1-во число всеки месец.",
        "f|Карта № {CARD} е обявена за открадната на {DATE}.",
        "f|Три отказани авторизации с карта {CARD} в рамките на десет минути.",
        "f|{g1:Клиентът|Клиентката} оспорва плащане от {AMT} с дебитната карта {CARD}.",
        "f|Издадена е нова карта: {CARD}, валидна до 09/28.",
        "f|Карта: {CARD} | Сума: {AMT} | Търговец: {COMPANY}",
        "f|Моля, блокирайте незабавно карта {CARD} – изгубих портфейла си в гр. {CITY}.",
        "f|С картата ({CARD}) е платено {AMT} в онлайн магазин.",
        "h|Частният преглед е заплатен с карта {CARD}.",
        "h|Разрешителното за паркиране на придружителя е платено с карта {CARD}.",
        "f|Вход от IP {IP} в 02:14 ч., неразпознато устройство.",
        "f|Преводът е нареден през онлайн банкирането от {IP}.",
        "h|Достъп до пациентския портал от {IP} на {DATE}.",
        "c|Регистраторът качва данните на сървъра {IP} на всеки час.",
        "f|Данни за сесията: IP адрес {IP}, браузър Firefox под Windows.",
        "f|Няколко неуспешни опита за вход от {IP} и {IP2}.",
        "c|Отдалечен достъп до модема на станцията: {IP}.",
        "f|ip: {IP} (вероятно изходен VPN възел)",
        "f|{NIDL.cap}: {NID}",
        "f|{g1:Кредитоискателят|Кредитоискателката} представи паспорт и посочи {NIDL} {NID}.",
        "h|Проверка на здравноосигурителния статус по {NIDL} {NID}: без забележки.",
        "f|{g1:Клиентът е идентифициран|Клиентката е идентифицирана} с {NIDL} {NID}; копие от документа е в досието.",
        "f|{P1}, {NIDL} {NID}, е единствен титуляр на сметката.",
        "f|{NIDL.cap} в искането ({NID}) не съвпада с ведомостта за заплати.",
        "h|За отчитане към НЗОК: {NIDL} {NID}.",
        "f|Проверено: {NID} ({NIDL})",
        "h|{HIIDL.cap}: {HIID}",
        "h|{HIIDL.cap} {HIID}; здравноосигурителните права са потвърдени.",
        "h|Моля, посочвайте {HIIDL} ({HIID}) в цялата кореспонденция.",
        "h|Направление за {T1} {P1.l} ({HIIDL} {HIID}) към диабетологичен кабинет.",
        "h|Посоченият при приема {HIIDL} ({HIID}) е грешен и е коригиран.",
        "h|{P1}, {HIIDL} {HIID}",
        "h|Одобрено финансиране по {HIIDL} {HIID}.",
        "h|Осигурителни данни – {HIIDL}: {HIID}, без допълнителна здравна застраховка.",
        "h|ИЗ №: {MRN}",
        "h|История на заболяването № {MRN}; да се приложи към документацията.",
        "h|Пациентски № {MRN} – {P1.sc}",
        "h|Рег. № {MRN}",
        "h|Изследването е записано под № {MRN}.",
        "h|Документацията ({MRN}) е изискана от архива.",
        "h|{P1} (ИЗ № {MRN}) е прегледан{g1:|а} в кабинета на {DATE}.",
        "h|наш реф.: ИЗ {MRN}",
        "h|Придружава {g1:го|я} {P3} ({g3:болногледач|болногледачка}).",
        "f|Съкредитоискател: {P3}.",
    ],
    keep=[
        "h|Диагнози: {DX} ({ICD}); {DX2} ({ICD2}).",
        "h|Терапия при изписването: {DOSE}, {DOSE2}.",
        "h|Започнат е {DRUG} ({ATC}) {STR}.",
        "h|Лабораторни изследвания: {LAB}, {LAB2}, {LAB3}.",
        "h|Последни резултати ({DATE}): {LAB}, {LAB2}.",
        "h|Продължава {DOSE} ({ATC}); спира се {DOSE2}.",
        "h|Основна диагноза {ICD} – {DX}.",
        "h|Образните изследвания са без остри промени; работна диагноза: {DX} ({ICD}).",
        "h|Алергии: не съобщава. Терапия при изписването: {DOSE}.",
        "h|Кодирано като {ICD}, придружаващо заболяване {ICD2}.",
        "h|Хоспитализация от {DATE} до {DATE2}.",
        "h|{LAB} при приемането, {LAB2} при изписването.",
        "f|Непогасен остатък {AMT} към {DATE}.",
        "f|Искан кредит: {AMT.big} за 20 години при фиксирана лихва {PCT}.",
        "f|Портфейлът съдържа {ISIN} и {ISIN2} с обща стойност {AMT.big}.",
        "f|Работодател: {COMPANY} (ДДС № {VAT}, LEI {LEI}).",
        "f|Фактура {REF} от {DATE}: {AMT}.",
        "f|Съотношение кредит/обезпечение {PCT}; дълг/доход {PCT2}.",
        "f|LEI кодът на контрагента е {LEI}.",
        "f|Извлечение {REF}, крайно салдо {AMT}.",
        "f|Дивидент от {ISIN} в размер на {AMT}, получен на {DATE}.",
        "f|Месечен нетен доход {AMT}, постоянни разходи {AMT2}.",
        "c|Станция {STN} ({COORD}), надморска височина 112 m.",
        "c|Отчитане на {DATE}: температура на въздуха {TEMP}, относителна влажност {HUM}.",
        "c|Сума на валежите {PREC} от {DATE}.",
        "c|Координати на пробната площ: {COORD}.",
        "c|Снежна покривка в 7:00 ч.: {SNOW}; максимален порив на вятъра {WIND}.",
        "c|Дъждомерът е сменен през {YEAR} г.; редът е непрекъснат от {YEAR2} г.",
        "c|Стойността на налягането {PRESS} на {DATE} е неправдоподобна и е маркирана.",
        "c|Трансект T3 започва от {COORD} и продължава 200 m на север.",
        "c|Доклад {REF} обхваща периода до {DATE}.",
        "c|Максимална температура {TEMP}, минимална {TEMP2}.",
    ],
    close=[
        "h|С уважение,\n{D2} {P2}\nОтделение по вътрешни болести, {ORG}",
        "h|Диктувано от {D2} {P2.i}, непроверено.",
        "hf|{P2}\nТел. {PHONE2} | {EMAIL2}",
        "f|Прегледано от {P2} (кредитен консултант) на {DATE}.",
        "f|С уважение,\n{P1}\n{ADDR.ml}",
        "c|Изпратено от {P1}, {EMAIL1}",
        "c|— {P2.sc}, координатор на регионалната мрежа, тел. {PHONE2}",
        "h|Подпис: {P2}, {g2:медицински брат|медицинска сестра}",
        "h|Документът е подписан електронно.",
        "f|Одобрено от кредитния комитет.",
        "c|Данните са проверени и одобрени.",
        "*|Документът е генериран автоматично.",
    ],
)

LANG["sl"] = dict(
    names=dict(
        m=["Janez", "Marko", "Luka", "Andrej", "Matej", "Tomaž", "Primož", "Jure", "Gregor", "Aleš", "Rok", "Žiga", "Blaž",
           "Boštjan", "Uroš", "Peter", "Jožef", "Miran", "Bojan", "Nejc", "Anže", "Tilen"],
        f=["Maja", "Ana", "Nina", "Eva", "Petra", "Mojca", "Špela", "Nataša", "Urška", "Tjaša", "Mateja", "Barbara", "Katja",
           "Irena", "Alenka", "Ema", "Metka", "Zala", "Lara", "Neža", "Ana-Marija"],
        last=["Novak", "Horvat", "Kovačič", "Krajnc", "Zupančič", "Potočnik", "Kovač", "Mlakar", "Kos", "Vidmar", "Golob",
              "Turk", "Božič", "Kralj", "Zupan", "Bizjak", "Hribar", "Korošec", "Rozman", "Kavčič", "Kolar", "Jerman",
              "Zajc", "Pirc", "Žagar", "Petek", "Oblak", "Štrukelj", "Vovk", "Erjavec", "Sever", "Pečnik", "Čeh", "Šuštar"]),
    titles=dict(m=["g.", "g.", "gospod"], f=["ga.", "ga.", "gospa"]),
    prof=dict(health=dict(m=["asist.", "prim.", "doc. dr.", "izr. prof. dr."], f=["asist.", "prim.", "doc. dr.", "izr. prof. dr."]),
              finance=dict(m=["g."], f=["ga."]), climate=dict(m=["dr."], f=["dr."])),
    months=["januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra", "oktobra",
            "novembra", "decembra"],
    dob_fmt=["{d}. {m}. {y}", "{dd}. {mm}. {y}", "{d}.{m}.{y}", "{d}. {mon} {y}", "{dd}.{mm}.{y}"],
    date_fmt=["{d}. {m}. {y}", "{dd}. {mm}. {y}", "{d}.{m}.{y}", "{d}. {mon} {y}", "{y}-{mm}-{dd}", "{d}. {m}. {y} ob {hh}.{mi}"],
    dec=",", thou=".",
    amount_fmt=["{n} €", "{n} €", "{n} EUR", "EUR {n}"],
    pct_fmt="{n} %",
    orgs=dict(
        health=[("Splošna bolnišnica Savinjska", "sb-savinjska.si"), ("Univerzitetni klinični center Podravje", "ukc-podravje.si"),
                ("Zdravstveni dom Bežigrad-Sever", "zd-bezigrad-sever.si"), ("Diagnostični center Triglav", "dc-triglav.si")],
        finance=[("Hranilnica Dolenjska d.d.", "hranilnica-dolenjska.si"), ("Banka Posočje d.d.", "banka-posocje.si"),
                 ("Alpska kreditna banka", "akb.si")],
        climate=[("Mreža prostovoljnih vremenskih opazovalcev", "vreme-opazovalci.si"),
                 ("Inštitut za raziskave mokrišč", "irm-mokrisca.si"), ("Observatorij Pohorje", "obs-pohorje.si")]),
    companies=["Prevozi Krajnc d.o.o.", "Pekarna Zlato zrno", "Slovenske železnice", "Mercator", "Amazon EU S.à r.l.",
               "Gradbeništvo Savinja d.d.", "Elektro Ljubljana", "Lekarna Center", "Pošta Slovenije"],
    mailbox=dict(health=["narocanje", "sprejemna.pisarna", "arhiv"], finance=["info", "pritozbe", "kyc"],
                 climate=["opazovalci", "podatki", "teren"]),
    nid_label={"SI": ["EMŠO", "EMŠO", "enotna matična številka (EMŠO)"]},
    hiid_label={"SI": ["številka ZZZS", "št. zavarovane osebe", "številka kartice zdravstvenega zavarovanja"]},
    mrn_fmt=["{N8}", "{y}-{n6}", "KC{n7}", "{N10}", "{n6}/{yy}"],
    ref_fmt=["RAČ-{y}-{n5}", "SI00 {N8}", "{y}-{n6}", "ZAD-{n6}", "PRIT-{n5}"],
    stn_fmt=["WMO {wmo}", "WMO št. {wmo}", "ARSO {N4}", "SI-{n4}", "WMO {wmo}"],
    regimen=["1 x dnevno", "2 x dnevno", "zjutraj", "zvečer", "1-0-1", "po potrebi"],
    labels=dict(name=["Ime in priimek", "Priimek, ime|sc", "PRIIMEK Ime|sf", "Pacient(ka)", "Stranka", "Vlagatelj(ica)"],
                surname=["Priimek"], first=["Ime"], dob=["Datum rojstva", "Roj.", "Rojen(a)"],
                addr=["Naslov", "Stalni naslov", "Naslov bivališča"], phone=["Telefon", "Tel.", "GSM", "Mobilni telefon"],
                email=["E-pošta", "E-naslov", "E-mail"], iban=["IBAN", "Transakcijski račun (IBAN)"],
                mrn=["Številka popisa", "Matična številka pacienta", "ID pacienta"],
                date=["Datum", "Datum odvzema", "Datum izdaje"], ref=["Številka zadeve", "Sklic"],
                observer=["Opazovalec/ka", "Zapisal(a)", "Popisovalec/ka"], station=["Postaja", "Merilno mesto"],
                coord=["Koordinate", "Položaj", "Lokacija"]),
    head=dict(
        h_dis=["Odpustno pismo", "Odpustnica – {ORG}", "Epikriza hospitalizacije"],
        h_ref=["Napotnica", "Napotitev v specialistično ambulanto – {ORG}", "Prošnja za konziliarni pregled"],
        h_lab=["Laboratorijski izvid z dne {DATE}", "Klinična kemija – izvid", "Laboratorij, {ORG}"],
        h_rad=["CT prsnega koša – izvid", "MR ledvene hrbtenice, izvid", "RTG levega kolka"],
        h_nur=["Negovalni zapis, {DATE}", "Predaja službe – oddelek za interno medicino", "Patronažni obisk"],
        f_loan=["Vloga za kredit – zaznamek, zadeva {REF}", "Kreditni odbor – predlog", "Stanovanjski kredit – ocena kreditne sposobnosti"],
        f_kyc=["Periodični pregled KYC", "Pregled stranke – zadeva {REF}", "Poglobljeni pregled stranke – zaznamek"],
        f_txn=["Spremljanje transakcij – opis primera", "Sumljivo plačilo, zadeva {REF}", "Opozorilo o zlorabi kartice"],
        f_compl=["Pritožba glede stroškov vodenja računa", "Pritožba št. {REF}", "Reklamacija bremenitve"],
        f_acct=["Vloga za odprtje računa", "Odprtje osebnega računa – podatki stranke", "Nova stranka – registracija"],
        c_stat=["Dnevnik opazovalca – postaja {STN}", "Opazovalni dnevnik, {DATE}", "Dnevno klimatološko poročilo"],
        c_surv=["Terensko poročilo", "Kartiranje barja – ploskev 7", "Meritve vlažnosti tal – zapisnik"]),
    intro=[
        "h|{T1.cap} {P1} ({AGE1} l.) je bil{g1:|a} sprejet{g1:|a} {DATE}; diagnoza: {DX} ({ICD}).",
        "h|Pacient{g1:|ka}: {P1.sc} | roj.: {DOB} | št. popisa: {MRN}",
        "h|Prosim za pregled {g1:gospoda|gospe} {P1.gen} (roj. {DOB}), {AGE1}-letn{g1:ega pacienta|e pacientke}, z diagnozo: {DX}.",
        "h|Zadeva: {P1}, roj. {DOB}, številka popisa {MRN}",
        "h|{P1} ({AGE1} l.) je bil{g1:|a} pregledan{g1:|a} na jutranji viziti; stanje stabilno.",
        "h|Priimek in ime: {P1.sf}   Datum rojstva: {DOB.n}",
        "h|{AGE1}-letn{g1:i pacient|a pacientka} {P1.l} je {g1:prišel|prišla} na urgenco zaradi težkega dihanja.",
        "f|Vlagatelj{g1:|ica}: {T1} {P1}, roj. {DOB}, kraj bivanja: {CITY}.",
        "f|{g1:Komitent|Komitentka} {P1} ima pri nas račun od leta {YEAR} in odplačuje stanovanjski kredit.",
        "f|{P1.sc} – potrebna je posodobitev podatkov KYC; zadnji pregled: {DATE}.",
        "f|Pišem v imenu {g1:svojega klienta, g.|svoje klientke, ge.} {P1.gen} glede nakazila v znesku {AMT}.",
        "f|{g1:komitent|komitentka} {P1.lc} je {g1:klical|klicala} v poslovalnico zaradi blokiranega nakazila",
        "c|Opazoval{g1:ec|ka}: {P1} (prostovolj{g1:ec|ka} od leta {YEAR2}).",
        "c|Poročilo je {g1:pripravil|pripravila} {P1} za postajo {STNAME} ({STN}).",
        "c|Odčitke ob 7.00 na postaji {STNAME} je {g1:opravil|opravila} {P1.i}.",
    ],
    pii=[
        "h|Datum rojstva: {DOB}.",
        "f|Roj. {DOB.n}; istovetnost preverjena v poslovalnici z osebno izkaznico.",
        "hf|{g1:Rojen|Rojena} je {DOB.l} v kraju {CITY}.",
        "f|{g1:Vlagatelj|Vlagateljica} (roj. {DOB}) nima negativnih zapisov v sistemu SISBON.",
        "h|{T1.cap} {P1.l}, roj. {DOB}, živi sam{g1:|a} in je samostoj{g1:en|na} pri osebni negi.",
        "h|Stalni naslov: {ADDR.f}.",
        "hf|{T1.cap} {P1.l} živi na naslovu {ADDR} s partner{g1:ko|jem}.",
        "f|Naslov za pošiljanje je bil {DATE} spremenjen v: {ADDR}.",
        "f|Nadomestno kartico pošljite na naslov {ADDR.f} (stalno prebivališče).",
        "c|Naslov opazoval{g1:ca|ke}: {ADDR.f}",
        "h|Odpuščen{g1:|a} v domačo oskrbo ({ADDR}); patronažna služba obveščena.",
        "f|Dokazilo o naslovu (račun za elektriko z dne {DATE}) navaja {ADDR.f}.",
        "c|Kontakt za dostop do lokacije: {P1}, {ADDR.f}, tel. {PHONE1}.",
        "*|Dosegljiv{g1:|a} je na {PHONE1}.",
        "h|Svojec: {P3} ({g3:sin|hči}), GSM {PHONE3}.",
        "f|{g1:Komitent je klical|Komitentka je klicala} s številke {PHONE1} in ugovarjal{g1:|a} bremenitvi.",
        "hf|Tel.: {PHONE1} / e-pošta: {EMAIL1}",
        "h|Za vprašanja pokličite oddelek na {PHONE0}.",
        "c|V primeru okvare senzorja pokličite: {P1.f}, {PHONE1}.",
        "*|kontakt: {P1}, tel. {PHONE1} ali {EMAIL1}",
        "h|{g3:Mož|Žena} {P3} je bil{g3:|a} po telefonu ({PHONE3}) seznanjen{g3:|a} z načrtom zdravljenja.",
        "f|Izpiski se pošiljajo elektronsko na {EMAIL1}.",
        "h|Izvidi so bili poslani osebnemu zdravniku na {EMAIL2}.",
        "c|Naložite podatkovne obrazce in po končanem delu pišite na {EMAIL0}.",
        "f|E-naslov {g1:komitenta|komitentke} ({EMAIL1}) je bil preverjen {DATE}.",
        "h|Želi, da se vabila na preglede pošiljajo na {EMAIL1} namesto po pošti.",
        "c|Vprašanja o protokolu popisa: {P2}, {EMAIL2}.",
        "f|Pritožba je prispela po e-pošti z naslova {EMAIL1} dne {DATE}.",
        "f|Plača se mesečno nakazuje na račun {IBAN}.",
        "f|Prosim za vračilo {AMT} na moj račun {IBAN}.",
        "f|Soglasje za direktno obremenitev: IBAN {IBAN}, sklic {REF}.",
        "f|Račun za izplačilo: {IBAN} (imetnik: {P1}).",
        "h|Pacient{g1:|ka} bo račun {REF} ({AMT}) poravnal{g1:|a} z nakazilom z računa {IBAN}.",
        "f|Prejeto nakazilo SEPA v znesku {AMT} z računa {IBAN2} je označeno kot neobičajno.",
        "f|IBAN: {IBAN}",
        "f|Obroki kredita ({AMT}) se vsakega 18. v mesecu bremenijo z računa {IBAN}.",
        "f|Kartica {CARD} je bila {DATE} prijavljena kot ukradena.",
        "f|Tri zavrnjene avtorizacije s kartico {CARD} v desetih minutah.",
        "f|{g1:Komitent|Komitentka} ugovarja bremenitvi {AMT} na debetni kartici {CARD}.",
        "f|Izdana nadomestna kartica: {CARD}, velja do 09/28.",
        "f|Kartica: {CARD} | Znesek: {AMT} | Trgovec: {COMPANY}",
        "f|Prosim, takoj blokirajte kartico {CARD} – {g1:izgubil|izgubila} sem denarnico.",
        "f|S kartico ({CARD}) je bilo pri spletnem trgovcu plačano {AMT}.",
        "h|Samoplačniški pregled je bil plačan s kartico {CARD}.",
        "h|Parkirna dovolilnica za spremljevalca je bila plačana s kartico {CARD}.",
        "f|Prijava z naslova IP {IP} ob 2.14, neprepoznana naprava.",
        "f|Nakazilo je bilo odrejeno prek spletne banke z naslova {IP}.",
        "h|Dostop do portala zVEM z naslova {IP} dne {DATE}.",
        "c|Zapisovalnik podatkov vsako uro pošlje podatke na strežnik {IP}.",
        "f|Podatki seje: naslov IP {IP}, brskalnik Firefox v sistemu Windows.",
        "f|Več neuspešnih prijav z naslovov {IP} in {IP2}.",
        "c|Oddaljeni dostop do modema postaje: {IP}.",
        "f|ip: {IP} (verjetno izhodno vozlišče VPN)",
        "f|{NIDL.cap}: {NID}",
        "f|{g1:Vlagatelj je predložil|Vlagateljica je predložila} potni list; {NIDL}: {NID}.",
        "h|Preverba v CRP: {NIDL} {NID} – podatki se ujemajo.",
        "f|Istovetnost {g1:komitenta|komitentke} preverjena ({NIDL} {NID}); kopija dokumenta v spisu.",
        "f|{P1}, {NIDL} {NID}, je edin{g1:i imetnik|a imetnica} računa.",
        "f|Podatek v vlogi ({NIDL} {NID}) se ne ujema s plačilno listo.",
        "h|Za obračun: {NIDL} {NID}.",
        "f|Preverjeno: {NID} ({NIDL})",
        "h|{HIIDL.cap}: {HIID}",
        "h|{HIIDL.cap} {HIID}; zavarovanje potrjeno.",
        "h|V vsej korespondenci navajajte: {HIIDL} {HIID}.",
        "h|Napotitev {g1:g.|ge.} {P1.lgen} ({HIIDL} {HIID}) v diabetološko ambulanto.",
        "h|Podatek ob sprejemu ({HIIDL} {HIID}) je bil napačen in je popravljen.",
        "h|{P1}, {HIIDL} {HIID}",
        "h|Kritje odobreno – {HIIDL} {HIID}.",
        "h|Podatki o zavarovanju – {HIIDL}: {HIID}, brez dopolnilnega zavarovanja.",
        "h|Številka popisa: {MRN}",
        "h|Matična številka pacienta {MRN}; vložiti v dokumentacijo.",
        "h|ID pacienta {MRN} – {P1.sc}",
        "h|Št. hosp. {MRN}",
        "h|Preiskava naročena pod številko {MRN}.",
        "h|Dokumentacija ({MRN}) naročena iz arhiva.",
        "h|{P1} (št. popisa {MRN}) je bil{g1:|a} pregledan{g1:|a} v ambulanti {DATE}.",
        "h|naša zn.: id {MRN}",
        "h|V spremstvu {g3:skrbnika|skrbnice} {P3.gen}.",
        "f|Sokreditojemal{g3:ec|ka}: {P3}.",
    ],
    keep=[
        "h|Diagnoze: {DX} ({ICD}); {DX2} ({ICD2}).",
        "h|Terapija ob odpustu: {DOSE}, {DOSE2}.",
        "h|Uvedeno zdravilo: {DRUG} ({ATC}), {STR}.",
        "h|Laboratorij: {LAB}, {LAB2}, {LAB3}.",
        "h|Zadnji izvidi ({DATE}): {LAB}, {LAB2}.",
        "h|Nadaljuje: {DOSE} ({ATC}); ukinemo: {DOSE2}.",
        "h|Glavna diagnoza {ICD} – {DX}.",
        "h|Slikovna diagnostika brez akutnih sprememb; delovna diagnoza: {DX} ({ICD}).",
        "h|Alergije: ne navaja. Terapija ob odpustu: {DOSE}.",
        "h|Šifrirano kot {ICD}, spremljajoča diagnoza {ICD2}.",
        "h|Hospitalizacija od {DATE} do {DATE2}.",
        "h|{LAB} ob sprejemu, {LAB2} ob odpustu.",
        "f|Odprto stanje {AMT} na dan {DATE}.",
        "f|Zaprošeni kredit: {AMT.big} za 20 let s fiksno obrestno mero {PCT}.",
        "f|Portfelj vsebuje {ISIN} in {ISIN2} v skupni vrednosti {AMT.big}.",
        "f|Delodajalec {COMPANY} (ID za DDV {VAT}, LEI {LEI}).",
        "f|Račun {REF} z dne {DATE}: {AMT}.",
        "f|Razmerje LTV {PCT}; razmerje DTI {PCT2}.",
        "f|Identifikator LEI nasprotne stranke je {LEI}.",
        "f|Izpisek {REF}, končno stanje {AMT}.",
        "f|Dividenda iz {ISIN} v znesku {AMT} prejeta {DATE}.",
        "f|Mesečni neto dohodek {AMT}, stalni stroški {AMT2}.",
        "c|Postaja {STN} ({COORD}), nadmorska višina 112 m.",
        "c|Odčitek {DATE}: temperatura zraka {TEMP}, relativna vlaga {HUM}.",
        "c|Skupna količina padavin {PREC} od {DATE}.",
        "c|Koordinate ploskve: {COORD}.",
        "c|Višina snežne odeje ob 7.00: {SNOW}; najmočnejši sunek vetra {WIND}.",
        "c|Dežemer je bil zamenjan leta {YEAR}; niz je neprekinjen od leta {YEAR2}.",
        "c|Vrednost tlaka {PRESS} dne {DATE} je neverjetna in je označena.",
        "c|Transekt T3 se začne pri {COORD} in poteka 200 m proti severu.",
        "c|Poročilo {REF} zajema obdobje do {DATE}.",
        "c|Najvišja temperatura {TEMP}, najnižja {TEMP2}.",
    ],
    close=[
        "h|Lep pozdrav,\n{D2} {P2}, dr. med.\n{ORG}",
        "h|Narekoval{g2:|a}: {D2} {P2.i}, dr. med., ni pregledano.",
        "hf|{P2}\nTel. {PHONE2} | {EMAIL2}",
        "f|Pregledal{g2:|a} {P2} (skrbni{g2:k|ca} komitentov) {DATE}.",
        "f|Lep pozdrav,\n{P1}\n{ADDR.ml}",
        "c|Poslal{g1:|a}: {P1}, {EMAIL1}",
        "c|— {P2.sc}, koordinator{g2:|ka} regionalne mreže, tel. {PHONE2}",
        "h|Podpis: {P2}, {g2:diplomirani zdravstvenik|diplomirana medicinska sestra}",
        "h|Dokument je elektronsko podpisan.",
        "f|Odobril kreditni odbor.",
        "c|Podatki preverjeni in potrjeni.",
        "*|Dokument je bil ustvarjen samodejno.",
    ],
)

LANG["nl"] = dict(
    names=dict(
        m=["Jan", "Pieter", "Sander", "Daan", "Bram", "Thijs", "Joost", "Maarten", "Willem", "Hendrik", "Ruud", "Gerrit",
           "Sjoerd", "Jeroen", "Koen", "Stijn", "Mohamed", "Tjeerd", "Wouter", "Bas", "Jan-Willem", "Freek", "Gijs"],
        f=["Anna", "Sanne", "Lotte", "Femke", "Marieke", "Ingrid", "Anouk", "Esther", "Fleur", "Janneke", "Mirjam", "Saskia",
           "Wilhelmina", "Ilse", "Noor", "Fatima", "Tineke", "Annelies", "Geertje", "Inge", "Marie-José", "Eline", "Sietske"],
        last=["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
              "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
              "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van 't Hof", "Schouten", "Kuipers",
              "Bouwmeester", "van der Linden", "ter Horst", "Hoekstra", "IJzerman", "El Amrani", "Verhoeven", "Zwart"]),
    titles=dict(m=["dhr.", "de heer", "dhr."], f=["mevr.", "mevrouw", "mw."]),
    prof=dict(health=dict(m=["dr.", "drs.", "prof. dr."], f=["dr.", "drs.", "prof. dr."]),
              finance=dict(m=["dhr."], f=["mevr."]), climate=dict(m=["dr."], f=["dr."])),
    months=["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december"],
    dob_fmt=["{dd}-{mm}-{y}", "{dd}-{mm}-{y}", "{d}-{m}-{y}", "{d} {mon} {y}", "{dd}/{mm}/{y}", "{y}-{mm}-{dd}"],
    date_fmt=["{dd}-{mm}-{y}", "{d}-{m}-{y}", "{d} {mon} {y}", "{y}-{mm}-{dd}", "{dd}-{mm}-{y} {hh}:{mi} uur",
              "{d} {mon} {y} om {hh}:{mi}"],
    dec=",", thou=".",
    amount_fmt=["€ {n}", "€ {n}", "€{n}", "EUR {n}", "{n} euro"],
    pct_fmt="{n}%",
    orgs=dict(
        health=[("Ziekenhuis Rivierenland-Oost", "zrlo.nl"), ("Medisch Centrum Noordwest", "mcnoordwest.nl"),
                ("Huisartsenpraktijk De Linde", "hapdelinde.nl"), ("Amstelveld Kliniek", "amstelveldkliniek.nl")],
        finance=[("Polderbank N.V.", "polderbank.nl"), ("Coöperatieve Spaarbank Veluwe", "spaarbankveluwe.nl"),
                 ("Hanze Hypotheken B.V.", "hanzehypotheken.nl")],
        climate=[("Netwerk Vrijwillige Weerwaarnemers", "weerwaarnemers.nl"), ("Veenonderzoek Drenthe", "veenonderzoek.nl"),
                 ("Stichting Kustklimaat", "kustklimaat.nl")]),
    companies=["Van Dalen Transport B.V.", "Bakkerij Het Gouden Korenaar", "NS Reizigers", "Albert Heijn",
               "Amazon EU S.à r.l.", "Bouwbedrijf Friesland B.V.", "Vattenfall", "Apotheek De Gaper", "PostNL"],
    mailbox=dict(health=["afsprakenbureau", "secretariaat", "dossierbeheer"], finance=["klantenservice", "klachten", "kyc-team"],
                 climate=["waarnemers", "data", "veldwerk"]),
    nid_label={"NL": ["BSN", "burgerservicenummer", "BSN-nummer"]},
    hiid_label={"NL": ["polisnummer", "verzekerdennummer", "relatienummer zorgverzekeraar"]},
    mrn_fmt=["{N7}", "{N8}", "{N10}", "ZNR-{n7}", "{y}{n5}"],
    ref_fmt=["FACT-{y}-{n5}", "{N16}", "KLT-{n6}", "{y}/{n5}", "DOS-{n6}"],
    stn_fmt=["WMO {wmo}", "WMO-nr. {wmo}", "KNMI {N3}", "NL-{n4}", "WMO-code {wmo}"],
    regimen=["1dd1", "2dd1", "3dd1", "'s ochtends", "'s avonds", "zo nodig"],
    labels=dict(name=["Naam", "Achternaam, voornaam|sc", "ACHTERNAAM Voornaam|sf", "Patiënt", "Klant", "Aanvrager"],
                surname=["Achternaam", "Geslachtsnaam"], first=["Voornaam", "Voornamen"],
                dob=["Geboortedatum", "Geb.datum", "Geboren"], addr=["Adres", "Woonadres", "Postadres"],
                phone=["Telefoon", "Tel.", "Mobiel", "Telefoonnummer"], email=["E-mail", "E-mailadres", "Mail"],
                iban=["IBAN", "Rekeningnummer (IBAN)"], mrn=["Patiëntnummer", "Ziekenhuisnummer", "PID"],
                date=["Datum", "Afnamedatum", "Datum uitslag"], ref=["Dossiernummer", "Kenmerk"],
                observer=["Waarnemer", "Genoteerd door", "Inventariseerder"], station=["Station", "Meetpunt"],
                coord=["Coördinaten", "Positie", "Locatie"]),
    head=dict(
        h_dis=["Ontslagbrief", "Ontslagbrief – {ORG}", "Klinische ontslagsamenvatting"],
        h_ref=["Verwijsbrief", "Verwijzing naar de polikliniek – {ORG}", "Verzoek om consult"],
        h_lab=["Laboratoriumuitslagen {DATE}", "Klinische chemie – uitslagen", "Klinisch laboratorium, {ORG}"],
        h_rad=["CT-thorax – verslag", "MRI lumbale wervelkolom, verslag", "Röntgenfoto linkerheup"],
        h_nur=["Verpleegkundige rapportage, {DATE}", "Overdracht dienst", "Wijkverpleging – huisbezoek"],
        f_loan=["Kredietaanvraag – gespreksnotitie, dossier {REF}", "Kredietcommissie – advies", "Hypotheekaanvraag – beoordeling"],
        f_kyc=["Periodieke KYC-review", "Cliëntenonderzoek – review {REF}", "Verscherpt cliëntenonderzoek – notitie"],
        f_txn=["Transactiemonitoring – casusbeschrijving", "Verdachte betaling, dossier {REF}", "Kaartfraudemelding"],
        f_compl=["Klacht over rekeningkosten", "Klacht – kenmerk {REF}", "Betwisting van een incasso"],
        f_acct=["Aanvraag betaalrekening", "Rekening openen – persoonsgegevens", "Nieuwe klant – registratie"],
        c_stat=["Waarnemingslogboek – station {STN}", "Waarnemersdagboek, {DATE}", "Dagelijks klimaatrapport"],
        c_surv=["Veldrapport", "Veenkartering – proefvlak 7", "Bodemvochtmetingen – protocol"]),
    intro=[
        "h|{T1.cap} {P1}, {AGE1} jaar, werd op {DATE} opgenomen met {DX} ({ICD}).",
        "h|Patiënt: {P1.sc} | geb.datum: {DOB} | patiëntnr.: {MRN}",
        "h|Graag verwijs ik {T1} {P1} (geb. {DOB}), {AGE1} jaar, naar u in verband met {DX}.",
        "h|Betreft: {P1}, geb. {DOB}, ziekenhuisnummer {MRN}",
        "h|{P1} ({AGE1} jaar) is vanochtend tijdens de visite gezien; stabiel.",
        "h|Naam: {P1.sf}   Geboortedatum: {DOB.n}",
        "h|{AGE1}-jarige {g1:man|vrouw}, {P1.l}, presenteert zich op de SEH met dyspneu.",
        "f|Aanvrager: {T1} {P1}, geboren {DOB}, woonachtig in {CITY}.",
        "f|Klant {P1} bankiert sinds {YEAR} bij ons en heeft een lopende hypotheek.",
        "f|{P1.sc} – KYC-actualisatie vereist; laatste review op {DATE}.",
        "f|Namens mijn cliënt{g1:|e} {P1} schrijf ik u over een overboeking van {AMT}.",
        "f|klant {P1.lc} belde het kantoor over een geblokkeerde betaling",
        "c|Waarnemer: {P1} (vrijwilliger sinds {YEAR2}).",
        "c|Rapport opgesteld door {P1} voor {STNAME} ({STN}).",
        "c|De meting van 08.00 uur in {STNAME} is verricht door {P1.i}.",
    ],
    pii=[
        "h|Geboortedatum: {DOB}.",
        "f|Geb. {DOB.n}; identiteit op het kantoor gecontroleerd.",
        "hf|{g1:Hij|Zij} is geboren op {DOB.l} in {CITY}.",
        "f|De aanvrager (geboren {DOB}) heeft geen negatieve BKR-registratie.",
        "h|{T1.cap} {P1.l}, geboren {DOB}, woont alleen en is zelfstandig in de ADL.",
        "h|Woonadres: {ADDR.f}.",
        "hf|{T1.cap} {P1.l} woont samen met {g1:zijn|haar} partner op {ADDR}.",
        "f|Correspondentieadres per {DATE} gewijzigd in {ADDR}.",
        "f|Stuur de vervangende pas naar {ADDR.f} (BRP-adres).",
        "c|Adres van de waarnemer: {ADDR.f}",
        "h|Ontslagen naar huis ({ADDR}); de wijkverpleging is ingelicht.",
        "f|Het adresbewijs (energierekening van {DATE}) vermeldt {ADDR.f}.",
        "c|Contact voor toegang tot het terrein: {P1}, {ADDR.f}, tel. {PHONE1}.",
        "*|{g1:Hij|Zij} is bereikbaar op {PHONE1}.",
        "h|Eerste contactpersoon: {P3} ({g3:zoon|dochter}), mobiel {PHONE3}.",
        "f|De klant belde vanaf {PHONE1} om de afschrijving te betwisten.",
        "hf|Tel.: {PHONE1} / e-mail: {EMAIL1}",
        "h|Bij vragen kunt u de afdeling bellen op {PHONE0}.",
        "c|Bij uitval van de sensor {P1.f} bellen op {PHONE1}.",
        "*|contact: {P1}, {PHONE1} of {EMAIL1}",
        "h|Telefonisch contact met {g3:echtgenoot|echtgenote} {P3} ({PHONE3}) – op de hoogte van het beleid.",
        "f|Rekeningafschriften worden elektronisch verzonden naar {EMAIL1}.",
        "h|De uitslagen zijn gemaild naar de huisartsenpraktijk via {EMAIL2}.",
        "c|Upload de meetformulieren en mail {EMAIL0} als je klaar bent.",
        "f|Het e-mailadres van de klant ({EMAIL1}) is op {DATE} geverifieerd.",
        "h|{g1:Hij|Zij} wil afspraakbrieven voortaan per e-mail ontvangen op {EMAIL1}.",
        "c|Vragen over het inventarisatieprotocol: {P2}, {EMAIL2}.",
        "f|Klacht per e-mail ontvangen van {EMAIL1} op {DATE}.",
        "f|Het salaris wordt maandelijks gestort op {IBAN}.",
        "f|Graag {AMT} terugstorten op mijn rekening {IBAN}.",
        "f|Machtiging automatische incasso: IBAN {IBAN}, machtigingskenmerk {REF}.",
        "f|Uitbetalingsrekening: {IBAN} (t.n.v. {P1}).",
        "h|De patiënt betaalt factuur {REF} ({AMT}) per overboeking vanaf {IBAN}.",
        "f|Inkomende SEPA-overboeking van {AMT} vanaf {IBAN2} gemarkeerd als afwijkend.",
        "f|IBAN: {IBAN}",
        "f|De maandtermijnen van {AMT} worden elke 1e van de maand geïncasseerd van rekening {IBAN}.",
        "f|Pas {CARD} is op {DATE} als gestolen gemeld.",
        "f|Drie geweigerde autorisaties op kaart {CARD} binnen tien minuten.",
        "f|De klant betwist een afschrijving van {AMT} op {g1:zijn|haar} betaalpas {CARD}.",
        "f|Vervangende pas uitgegeven: {CARD}, geldig tot 09/28.",
        "f|Kaart: {CARD} | Bedrag: {AMT} | Winkelier: {COMPANY}",
        "f|Blokkeer {CARD} alstublieft direct – ik ben mijn portemonnee kwijtgeraakt in {CITY}.",
        "f|De kaart ({CARD}) is gebruikt bij een webwinkel voor {AMT}.",
        "h|De eigen bijdrage voor het consult is afgeschreven van kaart {CARD}.",
        "h|Parkeervergunning voor de mantelzorger betaald met creditcard {CARD}.",
        "f|Inlog vanaf IP {IP} om 02:14 uur, onbekend apparaat.",
        "f|De overboeking is via internetbankieren gedaan vanaf {IP}.",
        "h|Toegang tot het patiëntenportaal vanaf {IP} op {DATE}.",
        "c|De datalogger uploadt elk uur naar de server op {IP}.",
        "f|Sessiegegevens: IP-adres {IP}, browser Firefox op Windows.",
        "f|Meerdere mislukte inlogpogingen vanaf {IP} en {IP2}.",
        "c|Externe toegang tot het stationsmodem: {IP}.",
        "f|ip: {IP} (vermoedelijk VPN-exitnode)",
        "f|{NIDL.cap}: {NID}",
        "f|De aanvrager overlegde een paspoort en vermeldde {g1:zijn|haar} {NIDL} ({NID}).",
        "h|{NIDL.cap} {NID} gecontroleerd via de BRP.",
        "f|Klant geïdentificeerd met {NIDL} {NID}; kopie van het identiteitsbewijs in het dossier.",
        "f|{P1}, {NIDL} {NID}, is enige rekeninghouder.",
        "f|Het {NIDL} op de aanvraag ({NID}) komt niet overeen met de loonstrook.",
        "h|Voor de declaratie: {NIDL} {NID}.",
        "f|Gecontroleerd: {NID} ({NIDL})",
        "h|{HIIDL.cap}: {HIID}",
        "h|{HIIDL.cap} {HIID}; dekking bevestigd.",
        "h|Vermeld bij alle correspondentie het {HIIDL} ({HIID}).",
        "h|Verwijzing van {T1} {P1.l} ({HIIDL} {HIID}) naar de diabetespolikliniek.",
        "h|Het bij opname opgegeven {HIIDL} ({HIID}) was onjuist en is aangepast.",
        "h|{P1}, {HIIDL} {HIID}",
        "h|Machtiging verleend onder {HIIDL} {HIID}.",
        "h|Verzekeringsgegevens – {HIIDL}: {HIID}, geen aanvullende verzekering.",
        "h|Patiëntnummer: {MRN}",
        "h|Ziekenhuisnummer {MRN}; graag in het dossier opnemen.",
        "h|PID {MRN} – {P1.sc}",
        "h|Opnamenummer {MRN}",
        "h|Onderzoek ingepland onder patiëntnummer {MRN}.",
        "h|Het dossier ({MRN}) is opgevraagd bij het archief.",
        "h|{P1} (patiëntnr. {MRN}) is op {DATE} gezien op de polikliniek.",
        "h|ons kenmerk: pid {MRN}",
        "h|Kwam samen met mantelzorger {P3}.",
        "f|Medeaanvrager: {P3}.",
    ],
    keep=[
        "h|Diagnoses: {DX} ({ICD}); {DX2} ({ICD2}).",
        "h|Ontslagmedicatie: {DOSE}, {DOSE2}.",
        "h|Gestart met {DRUG} ({ATC}) {STR}.",
        "h|Lab: {LAB}, {LAB2}, {LAB3}.",
        "h|Recente uitslagen ({DATE}): {LAB}, {LAB2}.",
        "h|{DOSE} ({ATC}) continueren; {DOSE2} stoppen.",
        "h|Hoofddiagnose {ICD} – {DX}.",
        "h|Beeldvorming zonder acute afwijkingen; werkdiagnose {DX} ({ICD}).",
        "h|Allergieën: geen bekend. Ontslagmedicatie: {DOSE}.",
        "h|Gecodeerd als {ICD}, nevendiagnose {ICD2}.",
        "h|Opgenomen {DATE}, ontslagen {DATE2}.",
        "h|{LAB} bij opname, {LAB2} bij ontslag.",
        "f|Openstaand saldo {AMT} per {DATE}.",
        "f|Aangevraagde lening: {AMT.big} over 20 jaar tegen een vaste rente van {PCT}.",
        "f|De portefeuille bevat {ISIN} en {ISIN2}, totale waarde {AMT.big}.",
        "f|Werkgever {COMPANY} (btw-id {VAT}, LEI {LEI}).",
        "f|Factuur {REF} van {DATE}: {AMT}.",
        "f|Loan-to-value {PCT}; woonquote {PCT2}.",
        "f|De LEI van de tegenpartij is {LEI}.",
        "f|Afschrift {REF}, eindsaldo {AMT}.",
        "f|Dividend van {ISIN} ter waarde van {AMT} ontvangen op {DATE}.",
        "f|Netto maandinkomen {AMT}, vaste lasten {AMT2}.",
        "c|Station {STN} ({COORD}), hoogte 2 m boven NAP.",
        "c|Waarneming {DATE}: luchttemperatuur {TEMP}, relatieve luchtvochtigheid {HUM}.",
        "c|Neerslagsom {PREC} sinds {DATE}.",
        "c|Coördinaten van het proefvlak: {COORD}.",
        "c|Sneeuwhoogte om 08.00 uur: {SNOW}; zwaarste windstoot {WIND}.",
        "c|De regenmeter is in {YEAR} vervangen; de reeks is ononderbroken sinds {YEAR2}.",
        "c|De luchtdrukwaarde van {PRESS} op {DATE} is onwaarschijnlijk en gemarkeerd.",
        "c|Transect T3 begint bij {COORD} en loopt 200 m naar het noorden.",
        "c|Rapport {REF} beslaat de periode tot {DATE}.",
        "c|Maximumtemperatuur {TEMP}, minimumtemperatuur {TEMP2}.",
    ],
    close=[
        "h|Met vriendelijke groet,\n{D2} {P2}\ninternist, {ORG}",
        "h|Gedicteerd, niet geautoriseerd: {D2} {P2.i}",
        "hf|{P2}\nTel. {PHONE2} | {EMAIL2}",
        "f|Beoordeeld door {P2} (relatiebeheerder) op {DATE}.",
        "f|Met vriendelijke groet,\n{P1}\n{ADDR.ml}",
        "c|Ingediend door {P1}, {EMAIL1}",
        "c|— {P2.sc}, regionaal netwerkcoördinator, tel. {PHONE2}",
        "h|Getekend: {P2}, verpleegkundige",
        "h|Elektronisch ondertekend.",
        "f|Goedgekeurd door de kredietcommissie.",
        "c|Gegevens gecontroleerd en vrijgegeven.",
        "*|Dit document is automatisch gegenereerd.",
    ],
)

# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------

def check_value(typ, value, meta):
    if typ == "PHONE_NUMBER":
        num = phonenumbers.parse(value, meta["region"])
        return phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == meta["region"]
    if typ == "NATIONAL_ID":
        return NID_VALIDATORS[meta["scheme"]](value)
    if typ == "IBAN_CODE":
        return std_iban.is_valid(value.replace("-", " "))
    if typ == "CREDIT_CARD":
        digits = re.sub(r"[ -]", "", value)
        return len(digits) == 16 and luhn.is_valid(digits) and digits[0] in "245"
    if typ == "IP_ADDRESS":
        ipaddress.ip_address(value)
        return True
    if typ == "ISIN":
        return std_isin.is_valid(value)
    if typ == "LEI":
        return std_lei.is_valid(value)
    if typ == "VAT":
        return vat_is_valid(value)
    return True


def check_doc(rec, doc):
    text = rec["text"]
    assert 150 <= len(text) <= 1200, (rec["id"], len(text))
    prev_end = 0
    for (s, e, typ, meta, value), out in zip(doc.spans, rec["spans"]):
        assert out == {"start": s, "end": e, "type": typ}
        assert text[s:e] == value and value == value.strip() and value, (rec["id"], typ, value)
        assert s >= prev_end, (rec["id"], "overlap/sort", typ)
        prev_end = e
        assert typ in PII_TYPES
        assert check_value(typ, value, meta), (rec["id"], typ, value)
    prev_end = 0
    for (s, e, kind, meta, value), out in zip(doc.keep, rec["keep"]):
        assert out == {"start": s, "end": e, "kind": kind}
        assert text[s:e] == value and value == value.strip() and value, (rec["id"], kind, value)
        assert s >= prev_end, (rec["id"], "keep overlap/sort", kind)
        prev_end = e
        assert kind in KEEP_KINDS
        assert check_value(kind, value, meta), (rec["id"], kind, value)
    for s, e, *_ in doc.keep:
        for s2, e2, *_ in doc.spans:
            assert e <= s2 or e2 <= s, (rec["id"], "keep overlaps span")


def frame_coverage():
    """Distinct hand-written frames per (language, PII type)."""
    cov = {}
    for lang in LANGS:
        for typ in PII_TYPES:
            n = 0
            for name in ("intro", "pii", "close"):
                for entry in LANG[lang][name]:
                    if typ in frame_types(split_tag(entry)[1]):
                        n += 1
            cov[(lang, typ)] = n
    return cov


def check_language_data():
    required = ["names", "titles", "prof", "months", "dob_fmt", "date_fmt", "dec", "thou", "amount_fmt", "pct_fmt",
                "orgs", "companies", "mailbox", "nid_label", "hiid_label", "mrn_fmt", "ref_fmt", "stn_fmt",
                "regimen", "labels", "head", "intro", "pii", "keep", "close"]
    for lang in LANGS:
        L = LANG[lang]
        for k in required:
            assert k in L, (lang, k)
        for st_list in SUBTYPES.values():
            for st in st_list:
                assert L["head"].get(st), (lang, st)
        for name in ("intro", "pii", "keep", "close"):
            for entry in L[name]:
                tag, text = split_tag(entry)
                assert tag == "*" or set(tag) <= set("hfc"), (lang, entry)
                for m in PH_RE.finditer(text):
                    assert m.group(1) in PII_OF or m.group(1) in KEEP_OF or m.group(1) in PLAIN, (lang, entry)
                if name == "keep":
                    assert not frame_types(text), (lang, "PII in keep frame", entry)
        for cc in LANG_COUNTRIES[lang]:
            assert cc in L["hiid_label"], (lang, cc)
        for sector in SUBTYPES:
            assert pool(lang, "keep", sector), (lang, sector)
            assert [f for _, f in pool(lang, "close", sector) if not frame_types(f)], (lang, sector, "nameless close")


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def plan_language(rng, lang):
    slots = []
    counts = {"health": 34, "finance": 34, "climate": 16}
    n_clean = {"health": 4, "finance": 3, "climate": 2}
    for sector, n in counts.items():
        subs = SUBTYPES[sector]
        for k in range(n):
            slots.append([sector, subs[k % len(subs)], k < n_clean[sector], False])
    rng.shuffle(slots)
    mixed = [s for s in slots if not s[2]]
    for s in rng.sample(mixed, MIXED_PER_LANG):
        s[3] = True
    assert len(slots) == DOCS_PER_LANG
    return slots


def build(rng):
    check_language_data()
    comp = Composer(rng)
    records, docs = [], []
    for lang in LANGS:
        for k, (sector, subtype, clean, mixed) in enumerate(plan_language(rng, lang)):
            ref = rand_date(rng, dt.date(2021, 1, 4), dt.date(2024, 12, 20))
            doc = comp.compose(lang, sector, subtype, clean, mixed, ref)
            rec = {"id": f"pii-{lang}-{k:03d}", "lang": lang, "sector": sector, "text": doc.text(),
                   "spans": [{"start": s, "end": e, "type": t} for s, e, t, *_ in doc.spans],
                   "keep": [{"start": s, "end": e, "kind": t} for s, e, t, *_ in doc.keep]}
            check_doc(rec, doc)
            records.append(rec)
            docs.append((doc, clean, mixed, subtype))
    return records, docs, comp


def table(rows, cols, cell, row_label="", width=6):
    head = f"{row_label:<24}" + "".join(f"{c:>{width}}" for c in cols) + f"{'total':>{width + 1}}"
    lines = [head, "-" * len(head)]
    for r in rows:
        vals = [cell(r, c) for c in cols]
        lines.append(f"{r:<24}" + "".join(f"{v:>{width}}" for v in vals) + f"{sum(vals):>{width + 1}}")
    tot = [sum(cell(r, c) for r in rows) for c in cols]
    lines.append(f"{'total':<24}" + "".join(f"{v:>{width}}" for v in tot) + f"{sum(tot):>{width + 1}}")
    return "\n".join(lines)


def summary(records, docs):
    by_lang = Counter(r["lang"] for r in records)
    by_ls = Counter((r["lang"], r["sector"]) for r in records)
    clean = Counter(r["lang"] for r, (d, c, m, s) in zip(records, docs) if c)
    mixed = Counter(r["lang"] for r, (d, c, m, s) in zip(records, docs) if m)
    spans = Counter((s["type"], r["lang"]) for r in records for s in r["spans"])
    keeps = Counter((k["kind"], r["lang"]) for r in records for k in r["keep"])
    out = [f"documents: {len(records)}  (no-PII: {sum(clean.values())}, mixed-country: {sum(mixed.values())})",
           f"chars: min {min(len(r['text']) for r in records)}, max {max(len(r['text']) for r in records)}, "
           f"mean {sum(len(r['text']) for r in records) / len(records):.0f}", ""]
    rows = ["documents", "  health", "  finance", "  climate", "  no PII", "  mixed country"]
    def doc_cell(r, lang):
        return {"documents": by_lang[lang], "  health": by_ls[(lang, "health")],
                "  finance": by_ls[(lang, "finance")], "  climate": by_ls[(lang, "climate")],
                "  no PII": clean[lang], "  mixed country": mixed[lang]}[r]
    out.append(table(rows, LANGS, doc_cell, width=5))
    out.append("")
    out.append("PII spans per type x language")
    out.append(table(PII_TYPES, LANGS, lambda t, l: spans[(t, l)], width=5))
    out.append("")
    out.append("keep values per kind x language")
    out.append(table(KEEP_KINDS, LANGS, lambda k, l: keeps[(k, l)], width=5))
    cov = frame_coverage()
    out.append("")
    out.append("distinct hand-written sentence frames per PII type x language")
    out.append(table(PII_TYPES, LANGS, lambda t, l: cov[(l, t)], width=5))
    return "\n".join(out), cov


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(Path(__file__).with_name("eval.jsonl")))
    ap.add_argument("--langs", default=",".join(LANGS), help=argparse.SUPPRESS)  # debugging subsets only
    args = ap.parse_args(argv)
    LANGS[:] = [x for x in args.langs.split(",") if x in LANG]
    rng = random.Random(SEED)
    records, docs, _ = build(rng)
    text, cov = summary(records, docs)
    short = [k for k, v in cov.items() if v < MIN_FRAMES_PER_TYPE]
    assert not short, f"fewer than {MIN_FRAMES_PER_TYPE} frames: {short}"
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(text)
    print(f"\nall checks passed; wrote {len(records)} documents to {args.out}")


if __name__ == "__main__":
    main()
