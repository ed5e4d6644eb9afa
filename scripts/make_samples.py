#!/usr/bin/env python3
"""Regenerate the synthetic sample inputs under ``data/samples/``.

The samples imitate what partners of an EU AI-factory data lab really send:

* health  - hospital discharge summaries and lab/radiology notes,
* climate - weather-station reports and climate-impact reports,
* finance - loan/KYC/transaction notes and annual-report excerpts,

in 12 EU languages (en, de, fr, it, es, pl, fi, sv, el, bg, sl, nl).  On
purpose they contain the problems a curation pipeline has to handle:
synthetic PII with valid check digits (IBAN, national identifiers), exact and
near duplicates, off-language records and malformed JSONL lines.

Everything is derived from one ``random.Random(20261126)`` and written without
timestamps, so running the script twice gives byte-identical files.  Only the
standard library, ``pyarrow`` and ``python-stdnum`` are used.

Usage::

    python scripts/make_samples.py
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import math
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from stdnum import iban as std_iban
from stdnum import isin as std_isin
from stdnum import lei as std_lei
from stdnum import luhn
from stdnum.bg import egn
from stdnum.de import idnr
from stdnum.es import ccc as es_ccc
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gr import amka
from stdnum.ie import pps
from stdnum.ie import vat as ie_vat
from stdnum.iso7064 import mod_11_10, mod_97_10
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.se import personnummer
from stdnum.si import emso

SEED = 20261126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "data" / "samples"

LANGS = ["en", "de", "fr", "it", "es", "pl", "fi", "sv", "el", "bg", "sl", "nl"]
LANG_WEIGHTS = {lang: (3 if lang == "en" else 1) for lang in LANGS}
COUNTRY = {"en": "IE", "de": "DE", "fr": "FR", "it": "IT", "es": "ES", "pl": "PL",
           "fi": "FI", "sv": "SE", "el": "GR", "bg": "BG", "sl": "SI", "nl": "NL"}

# ---------------------------------------------------------------------------
# Locale formatting
# ---------------------------------------------------------------------------

DEC_SEP = {lang: ("." if lang == "en" else ",") for lang in LANGS}
THOUSANDS_SEP = {"en": ",", "de": ".", "fr": " ", "it": ".", "es": ".", "pl": " ",
                 "fi": " ", "sv": " ", "el": ".", "bg": " ", "sl": ".", "nl": "."}
CURRENCY = {lang: "EUR" for lang in LANGS} | {"pl": "PLN", "sv": "SEK", "bg": "BGN"}
CURRENCY_SCALE = {"EUR": 1.0, "PLN": 4.3, "SEK": 11.2, "BGN": 1.96}
MONEY_FORMATS = {
    "en": ["EUR {v}", "€{v}"], "de": ["{v} EUR", "{v} €"], "fr": ["{v} €", "EUR {v}"],
    "it": ["€ {v}", "{v} euro"], "es": ["{v} €", "{v} EUR"], "pl": ["{v} zł", "{v} PLN"],
    "fi": ["{v} €", "EUR {v}"], "sv": ["{v} kr", "{v} SEK"], "el": ["{v} €", "{v} ευρώ"],
    "bg": ["{v} лв.", "BGN {v}"], "sl": ["{v} EUR", "{v} €"], "nl": ["€ {v}", "EUR {v}"],
}
MONEY_M_FORMATS = {
    "en": "EUR {v} million", "de": "{v} Mio. EUR", "fr": "{v} M€", "it": "{v} milioni di euro",
    "es": "{v} millones de euros", "pl": "{v} mln zł", "fi": "{v} milj. euroa", "sv": "{v} MSEK",
    "el": "{v} εκατ. ευρώ", "bg": "{v} млн. лв.", "sl": "{v} mio. EUR", "nl": "€ {v} miljoen",
}


def fnum(lang: str, value: float, decimals: int = 0) -> str:
    """Format a number with the decimal and thousands separators of ``lang``."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", DEC_SEP[lang]).replace("\x00", THOUSANDS_SEP[lang])


def fdate(lang: str, day: dt.date) -> str:
    """Format a date the way it is usually written in ``lang`` documents."""
    d, m, y = day.day, day.month, day.year
    if lang in ("en", "fr", "it", "es", "el"):
        return f"{d:02d}/{m:02d}/{y}"
    if lang == "de":
        return f"{d:02d}.{m:02d}.{y}"
    if lang == "pl":
        return f"{d:02d}.{m:02d}.{y} r."
    if lang == "fi":
        return f"{d}.{m}.{y}"
    if lang == "sv":
        return day.isoformat()
    if lang == "bg":
        return f"{d:02d}.{m:02d}.{y} г."
    if lang == "sl":
        return f"{d}. {m}. {y}"
    return f"{d:02d}-{m:02d}-{y}"  # nl


def money(rng: random.Random, lang: str, eur: float, decimals: int = 2) -> str:
    """Format an amount given in EUR in the local currency of ``lang``."""
    value = eur * CURRENCY_SCALE[CURRENCY[lang]]
    return rng.choice(MONEY_FORMATS[lang]).format(v=fnum(lang, value, decimals))


def money_m(lang: str, eur_millions: float) -> str:
    """Format an amount in millions (one decimal) in the local currency of ``lang``."""
    value = eur_millions * CURRENCY_SCALE[CURRENCY[lang]]
    return MONEY_M_FORMATS[lang].format(v=fnum(lang, value, 1))


def count(rng: random.Random, lo: int, hi: int, step: int = 1) -> int:
    """Random count whose grammatical number is the same in every language.

    Polish and Slovenian change the noun form after numbers ending in 1-4
    (except 11-14); avoiding those endings keeps the templates correct.
    """
    while True:
        n = rng.randrange(lo, hi + 1, step)
        if n % 10 in (0, 5, 6, 7, 8, 9) or 11 <= n % 100 <= 14:
            return n


def rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """Uniform random date in [start, end]."""
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def rand_time(rng: random.Random, h_lo: int = 0, h_hi: int = 23) -> str:
    """Random HH:MM time."""
    return f"{rng.randint(h_lo, h_hi):02d}:{rng.choice(range(0, 60, 5)):02d}"


def pick_lang(rng: random.Random) -> str:
    """Language drawn with English somewhat more frequent."""
    return rng.choices(LANGS, weights=[LANG_WEIGHTS[x] for x in LANGS])[0]


def lang_plan(rng: random.Random, n: int) -> list[str]:
    """Languages for ``n`` documents, close to LANG_WEIGHTS and covering every language.

    Whole shuffled cycles of the weighted language list are concatenated, so
    each language appears about as often as its weight says.
    """
    cycle = [lang for lang in LANGS for _ in range(LANG_WEIGHTS[lang])]
    plan: list[str] = []
    while len(plan) < n:
        block = cycle[:]
        rng.shuffle(block)
        plan += block
    plan = plan[:n]
    missing = [lang for lang in LANGS if lang not in plan]
    for i, lang in enumerate(missing):
        plan[plan.index("en") if plan.count("en") > 1 else i] = lang
    rng.shuffle(plan)
    return plan


_IT_ELISION = {"il": "l'", "del": "dell'", "al": "all'", "dal": "dall'", "nel": "nell'", "sul": "sull'"}


def italian_elision(text: str) -> str:
    """Elide Italian articles before numbers read with an initial vowel (l'8 %, dell'11 %)."""
    pattern = r"\b(il|del|al|dal|nel|sul) (?=8|08/|11(?!\d)|1(?![\d./]))"
    return re.sub(pattern, lambda m: _IT_ELISION[m.group(1)], text)


def fill(template: str, values: dict) -> str:
    """Fill a ``str.format`` template; tidy doubled spaces and abbreviation dots."""
    text = re.sub(r"[ \t]{2,}", " ", template.format(**values)).strip()
    return re.sub(r"(?<=\w)\.\.(?=\s|$)", ".", text)


# ---------------------------------------------------------------------------
# People, addresses and contact data per language (all synthetic)
# ---------------------------------------------------------------------------

FIRST_NAMES = {
    "en": {"m": ["Seán", "Patrick", "Conor", "Liam", "Michael", "Ciarán", "Declan", "Eoin", "Brian", "Niall", "Kevin", "Darragh"],
           "f": ["Aoife", "Siobhán", "Niamh", "Mary", "Ciara", "Gráinne", "Orla", "Sinéad", "Emma", "Róisín", "Clodagh", "Deirdre"]},
    "de": {"m": ["Thomas", "Michael", "Stefan", "Andreas", "Jürgen", "Klaus", "Lukas", "Matthias", "Wolfgang", "Tobias", "Florian", "Uwe"],
           "f": ["Sabine", "Petra", "Monika", "Claudia", "Anna", "Katharina", "Ursula", "Julia", "Birgit", "Susanne", "Lena", "Heike"]},
    "fr": {"m": ["Jean", "Pierre", "Philippe", "Nicolas", "Laurent", "Julien", "François", "Michel", "Olivier", "Sébastien", "Thierry", "Antoine"],
           "f": ["Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Camille", "Sophie", "Élodie", "Martine", "Chantal", "Aurélie", "Céline"]},
    "it": {"m": ["Marco", "Giuseppe", "Giovanni", "Antonio", "Francesco", "Luca", "Alessandro", "Andrea", "Stefano", "Roberto", "Paolo", "Matteo"],
           "f": ["Giulia", "Francesca", "Maria", "Anna", "Chiara", "Sara", "Laura", "Valentina", "Elena", "Paola", "Silvia", "Federica"]},
    "es": {"m": ["José", "Antonio", "Manuel", "Francisco", "Javier", "David", "Juan", "Carlos", "Miguel", "Alejandro", "Pablo", "Sergio"],
           "f": ["María", "Carmen", "Ana", "Laura", "Isabel", "Lucía", "Marta", "Cristina", "Pilar", "Elena", "Raquel", "Beatriz"]},
    "pl": {"m": ["Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Marcin", "Michał", "Grzegorz", "Jakub", "Łukasz", "Marek", "Wojciech"],
           "f": ["Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Magdalena", "Joanna", "Aleksandra", "Monika", "Zofia"]},
    "fi": {"m": ["Juha", "Mikko", "Timo", "Matti", "Kari", "Jari", "Antti", "Pekka", "Janne", "Ville", "Tuomas", "Eero"],
           "f": ["Anna", "Tiina", "Sari", "Päivi", "Minna", "Laura", "Johanna", "Riikka", "Anne", "Hanna", "Kaisa", "Aino"]},
    "sv": {"m": ["Lars", "Anders", "Johan", "Erik", "Per", "Karl", "Mikael", "Peter", "Nils", "Fredrik", "Oskar", "Gustav"],
           "f": ["Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Sara", "Emma", "Ingrid", "Elin", "Sofia", "Linnéa"]},
    "el": {"m": ["Γιώργος", "Κωνσταντίνος", "Δημήτρης", "Νίκος", "Ιωάννης", "Παναγιώτης", "Χρήστος", "Βασίλης", "Αθανάσιος", "Μιχάλης", "Σπύρος", "Ευάγγελος"],
           "f": ["Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Αγγελική", "Δήμητρα", "Γεωργία", "Ευαγγελία", "Χριστίνα", "Ιωάννα", "Παρασκευή"]},
    "bg": {"m": ["Георги", "Иван", "Димитър", "Николай", "Петър", "Христо", "Стоян", "Александър", "Васил", "Тодор", "Калоян", "Мартин"],
           "f": ["Мария", "Иванка", "Елена", "Йорданка", "Пенка", "Десислава", "Цветелина", "Гергана", "Виолета", "Надежда", "Радостина", "Милена"]},
    "sl": {"m": ["Franc", "Janez", "Marko", "Anton", "Andrej", "Jožef", "Luka", "Matej", "Tomaž", "Boštjan", "Gregor", "Rok"],
           "f": ["Marija", "Ana", "Maja", "Irena", "Mojca", "Mateja", "Nina", "Barbara", "Petra", "Katja", "Tanja", "Špela"]},
    "nl": {"m": ["Jan", "Pieter", "Johannes", "Willem", "Hendrik", "Dirk", "Bram", "Sander", "Thijs", "Ruben", "Bas", "Joost"],
           "f": ["Maria", "Anna", "Johanna", "Sanne", "Femke", "Anouk", "Lotte", "Eva", "Esther", "Marieke", "Ingrid", "Linda"]},
}

# Surnames as (masculine, feminine) pairs where the language inflects them.
LAST_NAMES = {
    "en": ["Murphy", "Kelly", "O'Sullivan", "Walsh", "Byrne", "Ryan", "O'Brien", "Doyle", "McCarthy", "Gallagher", "Kennedy", "Lynch", "Fitzgerald", "Nolan", "Quinn"],
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Wolf", "Schäfer", "Bauer"],
    "fr": ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garnier"],
    "it": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Costa"],
    "es": ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno"],
    "pl": ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Krawczyk"],
    "fi": ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen"],
    "sv": ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Lindberg", "Lindström", "Bergström", "Holm"],
    "el": [("Παπαδόπουλος", "Παπαδοπούλου"), ("Παπαδάκης", "Παπαδάκη"), ("Γεωργίου", "Γεωργίου"), ("Οικονόμου", "Οικονόμου"),
           ("Νικολάου", "Νικολάου"), ("Βλάχος", "Βλάχου"), ("Μακρής", "Μακρή"), ("Αντωνίου", "Αντωνίου"),
           ("Κωνσταντινίδης", "Κωνσταντινίδου"), ("Ιωαννίδης", "Ιωαννίδου"), ("Καραγιάννης", "Καραγιάννη"),
           ("Δημητρίου", "Δημητρίου"), ("Αλεξίου", "Αλεξίου"), ("Πετρόπουλος", "Πετροπούλου"), ("Σταματόπουλος", "Σταματοπούλου")],
    "bg": ["Иванов", "Георгиев", "Димитров", "Петров", "Николов", "Христов", "Стоянов", "Тодоров", "Илиев", "Ангелов", "Василев", "Атанасов", "Колев", "Маринов", "Попов"],
    "sl": ["Novak", "Horvat", "Kovačič", "Krajnc", "Zupančič", "Potočnik", "Kovač", "Mlakar", "Kos", "Vidmar", "Golob", "Turk", "Kralj", "Božič", "Korošec"],
    "nl": ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos"],
}

TITLES = {
    "en": ("Mr", "Ms"), "de": ("Herr", "Frau"), "fr": ("M.", "Mme"), "it": ("Sig.", "Sig.ra"),
    "es": ("Sr.", "Sra."), "pl": ("Pan", "Pani"), "fi": ("", ""), "sv": ("", ""),
    "el": ("κ.", "κα"), "bg": ("г-н", "г-жа"), "sl": ("g.", "ga"), "nl": ("dhr.", "mevr."),
}

# Grammatical agreement helpers for templates that mention the patient/customer.
GENDER_WORDS = {
    "fr": {"m": {"e": "", "pt": "Patient"}, "f": {"e": "e", "pt": "Patiente"}},
    "it": {"m": {"o": "o"}, "f": {"o": "a"}},
    "es": {"m": {"o": "o"}, "f": {"o": "a"}},
    "pl": {"m": {"ya": "y", "pt": "Pacjent"}, "f": {"ya": "a", "pt": "Pacjentka"}},
    "bg": {"m": {"a": "", "en": "ен", "pt": "Пациент"}, "f": {"a": "а", "en": "на", "pt": "Пациентка"}},
    "sl": {"m": {"a": "", "pt": "Pacient"}, "f": {"a": "a", "pt": "Pacientka"}},
}

KIN_RELATIONS = {
    "en": [("f", "daughter"), ("m", "son"), ("f", "wife"), ("m", "husband")],
    "de": [("f", "Tochter"), ("m", "Sohn"), ("f", "Ehefrau"), ("m", "Ehemann")],
    "fr": [("f", "fille"), ("m", "fils"), ("f", "épouse"), ("m", "époux")],
    "it": [("f", "figlia"), ("m", "figlio"), ("f", "moglie"), ("m", "marito")],
    "es": [("f", "hija"), ("m", "hijo"), ("f", "esposa"), ("m", "esposo")],
    "pl": [("f", "córka"), ("m", "syn"), ("f", "żona"), ("m", "mąż")],
    "fi": [("f", "tytär"), ("m", "poika"), ("f", "puoliso"), ("m", "puoliso")],
    "sv": [("f", "dotter"), ("m", "son"), ("f", "hustru"), ("m", "make")],
    "el": [("f", "κόρη"), ("m", "γιος"), ("f", "σύζυγος"), ("m", "σύζυγος")],
    "bg": [("f", "дъщеря"), ("m", "син"), ("f", "съпруга"), ("m", "съпруг")],
    "sl": [("f", "hči"), ("m", "sin"), ("f", "žena"), ("m", "mož")],
    "nl": [("f", "dochter"), ("m", "zoon"), ("f", "echtgenote"), ("m", "echtgenoot")],
}

STREETS = {
    "en": ["Main Street", "Church Road", "Griffith Avenue", "Mary Street", "Patrick Street", "Strand Road", "College Road", "Oliver Plunkett Street"],
    "de": ["Hauptstraße", "Bahnhofstraße", "Lindenstraße", "Goethestraße", "Schillerstraße", "Gartenweg", "Am Marktplatz", "Bergstraße"],
    "fr": ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta", "rue des Lilas", "place du Marché", "rue Pasteur", "allée des Tilleuls"],
    "it": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Mazzini", "Piazza Cavour", "Via Dante Alighieri", "Viale dei Mille", "Via Verdi"],
    "es": ["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle Real", "Paseo de Gracia", "Calle San Vicente", "Avenida del Puerto", "Plaza de España"],
    "pl": ["ul. Długa", "ul. Mickiewicza", "ul. Kościuszki", "ul. Piłsudskiego", "al. Jerozolimskie", "ul. Słowackiego", "ul. Polna", "ul. Lipowa"],
    "fi": ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Puistokatu", "Koulukatu", "Rantatie", "Kirkkokatu", "Satakunnankatu"],
    "sv": ["Storgatan", "Drottninggatan", "Kungsgatan", "Skolgatan", "Järnvägsgatan", "Vasagatan", "Kyrkogatan", "Parkvägen"],
    "el": ["Ερμού", "Πανεπιστημίου", "Αγίου Δημητρίου", "Εγνατίας", "Κηφισίας", "Τσιμισκή", "Πατησίων", "Μητροπόλεως"],
    "bg": ["ул. „Граф Игнатиев“", "бул. „Витоша“", "ул. „Раковски“", "бул. „България“", "ул. „Шипка“", "ул. „Васил Левски“", "бул. „Цар Освободител“", "ул. „Христо Ботев“"],
    "sl": ["Slovenska cesta", "Celovška cesta", "Trubarjeva ulica", "Prešernova ulica", "Cankarjeva ulica", "Tržaška cesta", "Partizanska cesta", "Ulica heroja Staneta"],
    "nl": ["Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenstraat", "Julianalaan", "Schoolstraat", "Nieuwe Gracht", "Beatrixstraat"],
}

# (city, postal code or prefix, extra) - extra: Eircode routing key, Italian province, ...
CITIES = {
    "en": [("Dublin 9", "D09"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"), ("Waterford", "X91"), ("Athlone", "N37")],
    "de": [("München", "80331"), ("Berlin", "10115"), ("Hamburg", "22767"), ("Köln", "50667"), ("Leipzig", "04109"), ("Stuttgart", "70173")],
    "fr": [("Lyon", "69003"), ("Toulouse", "31400"), ("Nantes", "44000"), ("Lille", "59000"), ("Bordeaux", "33800"), ("Marseille", "13005")],
    "it": [("Milano", "20135", "MI", "F205"), ("Roma", "00185", "RM", "H501"), ("Torino", "10121", "TO", "L219"),
           ("Bologna", "40126", "BO", "A944"), ("Napoli", "80138", "NA", "F839"), ("Firenze", "50122", "FI", "D612")],
    "es": [("Madrid", "28013"), ("Barcelona", "08015"), ("Valencia", "46023"), ("Sevilla", "41010"), ("Zaragoza", "50001"), ("Bilbao", "48001")],
    "pl": [("Warszawa", "02-495"), ("Kraków", "31-070"), ("Wrocław", "50-077"), ("Poznań", "60-101"), ("Gdańsk", "80-001"), ("Łódź", "90-001")],
    "fi": [("Helsinki", "00530"), ("Tampere", "33100"), ("Turku", "20100"), ("Oulu", "90100"), ("Espoo", "02100"), ("Jyväskylä", "40100")],
    "sv": [("Stockholm", "118 20"), ("Göteborg", "411 05"), ("Malmö", "211 34"), ("Uppsala", "753 20"), ("Linköping", "582 24"), ("Umeå", "903 26")],
    "el": [("Αθήνα", "105 63"), ("Θεσσαλονίκη", "546 22"), ("Πάτρα", "262 21"), ("Ηράκλειο", "712 02"), ("Λάρισα", "412 22"), ("Βόλος", "382 21")],
    "bg": [("София", "1000"), ("Пловдив", "4000"), ("Варна", "9000"), ("Бургас", "8000"), ("Русе", "7000"), ("Стара Загора", "6000")],
    "sl": [("Ljubljana", "1000"), ("Maribor", "2000"), ("Celje", "3000"), ("Kranj", "4000"), ("Koper", "6000"), ("Novo mesto", "8000")],
    "nl": [("Amsterdam", "1017"), ("Rotterdam", "3011"), ("Utrecht", "3511"), ("Den Haag", "2511"), ("Eindhoven", "5611"), ("Groningen", "9711")],
}

# Phone numbers as (national, international) patterns; X = random digit.
PHONES = {
    "en": [("087 XXX XXXX", "+353 87 XXX XXXX"), ("085 XXX XXXX", "+353 85 XXX XXXX"), ("01 XXX XXXX", "+353 1 XXX XXXX"), ("021 XXX XXXX", "+353 21 XXX XXXX")],
    "de": [("0151 XXXXXXXX", "+49 151 XXXXXXXX"), ("0171 XXXXXXX", "+49 171 XXXXXXX"), ("030 XXXXXXXX", "+49 30 XXXXXXXX"), ("089 XXXXXXX", "+49 89 XXXXXXX")],
    "fr": [("06 XX XX XX XX", "+33 6 XX XX XX XX"), ("07 XX XX XX XX", "+33 7 XX XX XX XX"), ("04 XX XX XX XX", "+33 4 XX XX XX XX")],
    "it": [("347 XXX XXXX", "+39 347 XXX XXXX"), ("333 XXX XXXX", "+39 333 XXX XXXX"), ("02 XXXX XXXX", "+39 02 XXXX XXXX"), ("06 XXXX XXXX", "+39 06 XXXX XXXX")],
    "es": [("6XX XXX XXX", "+34 6XX XXX XXX"), ("91 XXX XX XX", "+34 91 XXX XX XX"), ("93 XXX XX XX", "+34 93 XXX XX XX")],
    "pl": [("6XX XXX XXX", "+48 6XX XXX XXX"), ("5XX XXX XXX", "+48 5XX XXX XXX"), ("22 XXX XX XX", "+48 22 XXX XX XX")],
    "fi": [("040 XXX XXXX", "+358 40 XXX XXXX"), ("050 XXX XXXX", "+358 50 XXX XXXX"), ("09 XXXX XXXX", "+358 9 XXXX XXXX")],
    "sv": [("070-XXX XX XX", "+46 70 XXX XX XX"), ("073-XXX XX XX", "+46 73 XXX XX XX"), ("08-XXX XXX XX", "+46 8 XXX XXX XX")],
    "el": [("69X XXX XXXX", "+30 69X XXX XXXX"), ("210 XXX XXXX", "+30 210 XXX XXXX"), ("2310 XXX XXX", "+30 2310 XXX XXX")],
    "bg": [("088X XXX XXX", "+359 88X XXX XXX"), ("089X XXX XXX", "+359 89X XXX XXX"), ("02 XXX XXXX", "+359 2 XXX XXXX")],
    "sl": [("041 XXX XXX", "+386 41 XXX XXX"), ("031 XXX XXX", "+386 31 XXX XXX"), ("01 XXX XX XX", "+386 1 XXX XX XX")],
    "nl": [("06-XXXXXXXX", "+31 6 XXXXXXXX"), ("020-XXX XXXX", "+31 20 XXX XXXX"), ("010-XXX XXXX", "+31 10 XXX XXXX")],
}

EMAIL_DOMAINS = {
    "en": ["gmail.com", "eircom.net", "outlook.ie"], "de": ["web.de", "gmx.de", "t-online.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net"], "it": ["libero.it", "virgilio.it", "gmail.com"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net"], "pl": ["wp.pl", "onet.pl", "interia.pl"],
    "fi": ["gmail.com", "luukku.com", "elisanet.fi"], "sv": ["telia.com", "gmail.com", "hotmail.se"],
    "el": ["otenet.gr", "yahoo.gr", "gmail.com"], "bg": ["abv.bg", "mail.bg", "gmail.com"],
    "sl": ["siol.net", "gmail.com", "t-2.net"], "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
}

NATID_LABEL = {"en": "PPSN", "de": "Steuer-ID", "fr": "NIR", "it": "C.F.", "es": "DNI", "pl": "PESEL",
               "fi": "henkilötunnus", "sv": "personnummer", "el": "ΑΜΚΑ", "bg": "ЕГН", "sl": "EMŠO", "nl": "BSN"}

_GREEK = {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
          "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
          "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o"}
_CYRILLIC = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
             "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
             "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya"}


def ascii_fold(text: str) -> str:
    """Lower-case ASCII transliteration (Greek, Cyrillic, Latin diacritics)."""
    text = text.lower().replace("ου", "ou").replace("ß", "ss").replace("ł", "l").replace("đ", "d")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return "".join(_GREEK.get(c, _CYRILLIC.get(c, c)) for c in text)


@dataclass
class Person:
    """A synthetic person with everything needed to render PII."""

    lang: str
    gender: str
    first: str
    last: str
    dob: dt.date
    surname_idx: int

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def titled(self) -> str:
        title = TITLES[self.lang][0 if self.gender == "m" else 1]
        return f"{title} {self.name}".strip()


def surname(lang: str, idx: int, gender: str) -> str:
    """Surname ``idx`` of ``lang`` in the form for ``gender``."""
    base = LAST_NAMES[lang][idx]
    if lang == "el":
        return base[0 if gender == "m" else 1]
    if gender == "f" and lang == "pl" and base.endswith(("ski", "cki", "dzki")):
        return base[:-1] + "a"
    if gender == "f" and lang == "bg":
        return base + "а"
    return base


def make_person(rng: random.Random, lang: str, gender: str | None = None, surname_idx: int | None = None,
                age_range: tuple[int, int] = (22, 90), ref_year: int = 2024) -> Person:
    """Random person typical for ``lang``."""
    gender = gender or rng.choice("mf")
    idx = rng.randrange(len(LAST_NAMES[lang])) if surname_idx is None else surname_idx
    last = surname(lang, idx, gender)
    if lang == "es":  # two surnames
        last = f"{last} {surname(lang, rng.randrange(len(LAST_NAMES[lang])), gender)}"
    age = rng.randint(*age_range)
    dob = rand_date(rng, dt.date(ref_year - age - 1, 1, 1), dt.date(ref_year - age - 1, 12, 28))
    return Person(lang, gender, rng.choice(FIRST_NAMES[lang][gender]), last, dob, idx)


def phone(rng: random.Random, lang: str) -> str:
    """Phone number in national or international format of the country of ``lang``."""
    national, international = rng.choice(PHONES[lang])
    digits = [str(rng.randint(0, 9)) for _ in range(national.count("X"))]
    pattern = rng.choice([national, international])
    it = iter(digits)
    return "".join(next(it) if c == "X" else c for c in pattern)


def mail_parts(person: Person) -> tuple[str, str]:
    """ASCII first and last name for e-mail local parts (first surname only in Spanish)."""
    last = person.last.split()[0] if person.lang == "es" else person.last
    return re.sub(r"[^a-z]", "", ascii_fold(person.first)), re.sub(r"[^a-z]", "", ascii_fold(last))


def email(rng: random.Random, person: Person) -> str:
    """Plausible private e-mail address for ``person``."""
    first, last = mail_parts(person)
    local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last}{rng.randint(1, 99)}",
                        f"{last}.{first}", f"{first}_{last}{person.dob.year % 100:02d}"])
    return f"{local}@{rng.choice(EMAIL_DOMAINS[person.lang])}"


def address(rng: random.Random, lang: str) -> str:
    """Street address formatted the way it is written in the country of ``lang``."""
    street, city = rng.choice(STREETS[lang]), rng.choice(CITIES[lang])
    no = rng.randint(1, 140)
    if lang == "en":
        chars = "ACDEFHKNPRTVWXY0123456789"
        eircode = city[1] + " " + "".join(rng.choice(chars) for _ in range(4))
        return f"{no} {street}, {city[0]}, {eircode}"
    if lang == "fr":
        return f"{no} {street}, {city[1]} {city[0]}"
    if lang == "it":
        return f"{street} {no}, {city[1]} {city[0]} ({city[2]})"
    if lang == "es":
        return f"{street}, {no}, {rng.randint(1, 8)}.º {rng.choice('ABCD')}, {city[1]} {city[0]}"
    if lang == "pl":
        return f"{street} {no}/{rng.randint(1, 60)}, {city[1]} {city[0]}"
    if lang == "fi":
        return f"{street} {no} {rng.choice('ABC')} {rng.randint(1, 40)}, {city[1]} {city[0]}"
    if lang == "bg":
        return f"гр. {city[0]} {city[1]}, {street} № {no}, ет. {rng.randint(1, 9)}, ап. {rng.randint(1, 40)}"
    if lang == "nl":
        letters = "".join(rng.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
        return f"{street} {no}, {city[1]} {letters} {city[0]}"
    return f"{street} {no}, {city[1]} {city[0]}"  # de, sv, el, sl


def ip_address(rng: random.Random) -> str:
    """Public-looking IPv4 address (occasionally IPv6) as seen in bank login logs."""
    if rng.random() < 0.15:
        return "2a02:" + ":".join(f"{rng.randint(0, 0xffff):x}" for _ in range(7))
    first = rng.choice([31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 87, 88, 89, 91, 93, 94, 95, 109, 176, 178, 185, 188, 193, 195, 212, 213, 217])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# ---------------------------------------------------------------------------
# Identifiers with valid check digits (validated with python-stdnum)
# ---------------------------------------------------------------------------

def _digits(rng: random.Random, n: int) -> str:
    """``n`` random decimal digits."""
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _cf_part(name: str, is_first: bool) -> str:
    """Three-letter name/surname code of the Italian codice fiscale."""
    letters = re.sub(r"[^A-Z]", "", ascii_fold(name).upper())
    cons = [c for c in letters if c not in "AEIOU"]
    vows = [c for c in letters if c in "AEIOU"]
    if is_first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def national_id(rng: random.Random, p: Person) -> str:
    """National identifier for ``p`` with valid check digit(s), formatted as usual."""
    d, g = p.dob, p.gender
    while True:
        if p.lang == "en":  # Irish PPSN (old and 2013 format)
            base = _digits(rng, 7)
            num = base + ie_vat.calc_check_digit(base + "A") + "A" if rng.random() < 0.4 else base + ie_vat.calc_check_digit(base)
            ok, out = pps.is_valid(num), num
        elif p.lang == "de":  # Steuerliche Identifikationsnummer
            pool = rng.sample("0123456789", 9)
            body = pool + [rng.choice(pool)]
            rng.shuffle(body)
            first10 = "".join(body)
            num = first10 + mod_11_10.calc_check_digit(first10)
            ok, out = idnr.is_valid(num), idnr.format(num)
        elif p.lang == "fr":  # NIR / numéro de sécurité sociale
            dept = rng.choice(["69", "31", "44", "59", "33", "13", "75", "67"])
            base = f"{1 if g == 'm' else 2}{d.year % 100:02d}{d.month:02d}{dept}{rng.randint(1, 400):03d}{rng.randint(1, 999):03d}"
            num = base + nir.calc_check_digits(base)
            ok, out = nir.is_valid(num), nir.format(num)
        elif p.lang == "it":  # codice fiscale
            city = rng.choice(CITIES["it"])
            day = d.day + (40 if g == "f" else 0)
            base = (_cf_part(p.last, False) + _cf_part(p.first, True) + f"{d.year % 100:02d}"
                    + "ABCDEHLMPRST"[d.month - 1] + f"{day:02d}" + city[3])
            num = base + codicefiscale.calc_check_digit(base)
            ok, out = codicefiscale.is_valid(num), num
        elif p.lang == "es":  # DNI
            base = f"{rng.randint(1_000_000, 79_999_999):08d}"
            num = base + dni.calc_check_digit(base)
            ok, out = dni.is_valid(num), num
        elif p.lang == "pl":  # PESEL
            month = d.month + (20 if d.year >= 2000 else 0)
            sex = rng.choice("13579" if g == "m" else "02468")
            base = f"{d.year % 100:02d}{month:02d}{d.day:02d}{_digits(rng, 3)}{sex}"
            num = base + pesel.calc_check_digit(base)
            ok, out = pesel.is_valid(num), num
        elif p.lang == "fi":  # henkilötunnus
            ind = rng.randrange(3 if g == "m" else 2, 899, 2)
            sign = "-" if d.year < 2000 else "A"
            chk = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{ind:03d}") % 31]
            num = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{sign}{ind:03d}{chk}"
            ok, out = hetu.is_valid(num), num
        elif p.lang == "sv":  # personnummer
            serial = _digits(rng, 2) + rng.choice("13579" if g == "m" else "02468")
            base = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{serial}"
            num = f"{base[:6]}-{serial}{luhn.calc_check_digit(base)}"
            if rng.random() < 0.3:
                num = f"{d.year // 100}{num}"
            ok, out = personnummer.is_valid(num), num
        elif p.lang == "el":  # AMKA
            base = f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{_digits(rng, 3)}{rng.choice('13579' if g == 'm' else '02468')}"
            num = base + luhn.calc_check_digit(base)
            ok, out = amka.is_valid(num), num
        elif p.lang == "bg":  # EGN
            month = d.month + (40 if d.year >= 2000 else 0)
            base = f"{d.year % 100:02d}{month:02d}{d.day:02d}{_digits(rng, 2)}{rng.choice('02468' if g == 'm' else '13579')}"
            num = base + egn.calc_check_digit(base)
            ok, out = egn.is_valid(num), num
        elif p.lang == "sl":  # EMŠO
            serial = rng.randint(0, 499) + (0 if g == "m" else 500)
            base = f"{d.day:02d}{d.month:02d}{d.year % 1000:03d}50{serial:03d}"
            num = base + emso.calc_check_digit(base)
            ok, out = emso.is_valid(num), num
        else:  # nl BSN (elfproef)
            num = str(rng.randint(1, 9)) + _digits(rng, 8)
            ok, out = bsn.is_valid(num), num
        if ok:
            return out


def _fr_rib_key(bank: str, branch: str, account: str) -> str:
    """French RIB key (clé RIB) for a numeric account."""
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def _it_cin(abi: str, cab: str, account: str) -> str:
    """Italian BBAN check character (CIN) for a numeric account."""
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
    total = sum(odd[int(c)] if i % 2 == 0 else int(c) for i, c in enumerate(abi + cab + account))
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[total % 26]


def _pl_sort_code(rng: random.Random) -> str:
    """Polish 8-digit bank sort code with its check digit."""
    body = rng.choice(["1020", "1050", "1140", "1240", "1090", "1160"]) + _digits(rng, 3)
    check = (10 - sum(int(c) * w for c, w in zip(body, (3, 9, 7, 1, 3, 9, 7))) % 10) % 10
    return body + str(check)


def _nl_account(rng: random.Random) -> str:
    """Dutch 10-digit account number passing the old elfproef."""
    while True:
        acc = _digits(rng, 10)
        if int(acc) and sum(int(c) * w for c, w in zip(acc, range(10, 0, -1))) % 11 == 0:
            return acc


def make_iban(rng: random.Random, cc: str) -> str:
    """IBAN for country ``cc`` with valid check digits (and national checks where known)."""
    while True:
        if cc == "IE":
            bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + _digits(rng, 6) + _digits(rng, 8)
        elif cc == "DE":
            bban = rng.choice(["10010010", "20050550", "37040044", "50010517", "70150000", "76050101"]) + _digits(rng, 10)
        elif cc == "FR":
            bank, branch, acc = rng.choice(["30004", "30003", "10107", "20041", "30002"]), _digits(rng, 5), _digits(rng, 11)
            bban = bank + branch + acc + _fr_rib_key(bank, branch, acc)
        elif cc == "IT":
            abi, cab, acc = rng.choice(["03069", "02008", "05034", "01030", "03111"]), _digits(rng, 5), _digits(rng, 12)
            bban = _it_cin(abi, cab, acc) + abi + cab + acc
        elif cc == "ES":
            bank, branch, acc = rng.choice(["2100", "0049", "0182", "2038", "0081"]), _digits(rng, 4), _digits(rng, 10)
            bban = bank + branch + es_ccc.calc_check_digits(bank + branch + "00" + acc) + acc
        elif cc == "PL":
            bban = _pl_sort_code(rng) + _digits(rng, 16)
        elif cc == "FI":
            body = rng.choice(["100", "123", "157", "200", "405", "500"]) + _digits(rng, 10)
            bban = body + luhn.calc_check_digit(body)
        elif cc == "SE":
            bban = rng.choice(["500", "800", "600", "300", "957"]) + _digits(rng, 17)
        elif cc == "GR":
            bban = rng.choice(["011", "014", "017", "026"]) + _digits(rng, 4) + _digits(rng, 16)
        elif cc == "BG":
            bban = rng.choice(["UNCR", "STSA", "FINV", "BPBI", "RZBB"]) + _digits(rng, 4) + rng.choice(["10", "15"]) + _digits(rng, 8)
        elif cc == "SI":
            body = rng.choice(["02011", "04430", "10100", "19100", "05100"]) + _digits(rng, 8)
            bban = body + f"{98 - int(body + '00') % 97:02d}"
        else:  # NL
            bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"]) + _nl_account(rng)
        number = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(number):
            return std_iban.format(number)


def make_isin(rng: random.Random, cc: str) -> str:
    """ISIN with a valid check digit."""
    alnum = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    body = cc + ("000" + "".join(rng.choice(alnum) for _ in range(6)) if cc == "DE" else "000" + _digits(rng, 6))
    number = body + std_isin.calc_check_digit(body)
    assert std_isin.is_valid(number)
    return number


def make_lei(rng: random.Random) -> str:
    """ISO 17442 LEI with valid check digits."""
    alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    body = rng.choice(["5299", "9695", "8156", "2138", "7245", "3157", "5493", "6354"]) + "00" + "".join(rng.choice(alnum) for _ in range(12))
    number = body + mod_97_10.calc_check_digits(body)
    assert std_lei.is_valid(number)
    return number


# ---------------------------------------------------------------------------
# HEALTH: hospital discharge summaries, lab and radiology notes
# ---------------------------------------------------------------------------

# ICD-10 codes shared by all languages; names are localised in HEALTH[lang]["dx"].
DX_CODES = ["E11.9", "I10", "J18.9", "I21.4", "I50.9", "N39.0", "I48.9", "J44.1", "K35.8", "S72.0"]
DX_CATEGORY = {2: "inf", 5: "inf", 7: "inf", 3: "card", 4: "card", 6: "card", 8: "surg", 9: "surg"}
DX_DEPT = {2: 2, 5: 0, 7: 2, 3: 1, 4: 1, 6: 1, 8: 3, 9: 4}  # index into HEALTH[lang]["depts"]
# drug index -> (doses, frequency key); names are localised in HEALTH[lang]["drugs"].
DRUG_DOSES = [(["500 mg", "1000 mg"], "bd"), (["2.5 mg", "5 mg"], "od"), (["2.5 mg", "5 mg"], "od"),
              (["20 mg", "40 mg", "80 mg"], "night"), (["2.5 mg", "5 mg"], "bd"), (["20 mg", "40 mg"], "od"),
              (["20 mg", "40 mg"], "od"), (["875/125 mg"], "bd"), (["100 mg"], "od"), (["40 mg s.c."], "od")]
DOC_TITLE = {"en": ("Dr {n}", "Dr {n}"), "de": ("Dr. med. {n}", "Dr. med. {n}"), "fr": ("Dr {n}", "Dr {n}"),
             "it": ("Dott. {n}", "Dott.ssa {n}"), "es": ("Dr. {n}", "Dra. {n}"), "pl": ("lek. {n}", "dr n. med. {n}"),
             "fi": ("LL {n}", "LT {n}"), "sv": ("{n}", "{n}"), "el": ("Δρ {n}", "Δρ {n}"), "bg": ("д-р {n}", "д-р {n}"),
             "sl": ("{n}, dr. med.", "{n}, dr. med."), "nl": ("dr. {n}", "dr. {n}")}

HEALTH = {
    "en": {
        "dx": ["type 2 diabetes mellitus without complications", "essential hypertension", "community-acquired pneumonia",
               "NSTEMI (acute subendocardial myocardial infarction)", "decompensated heart failure", "urinary tract infection",
               "atrial fibrillation", "COPD with acute exacerbation", "acute appendicitis", "fracture of the femoral neck"],
        "depts": ["Internal Medicine", "Cardiology", "Respiratory Medicine", "General Surgery", "Trauma & Orthopaedics"],
        "lab_depts": ["Laboratory Medicine", "Radiology"],
        "drugs": ["metformin", "ramipril", "bisoprolol", "atorvastatin", "apixaban", "furosemide", "pantoprazole",
                  "co-amoxiclav", "aspirin", "enoxaparin"],
        "freq": {"od": "once daily", "bd": "twice daily", "night": "at night"},
        "iv": ["ceftriaxone 2 g once daily", "co-amoxiclav 1.2 g three times daily"],
        "ops": ["laparoscopic appendicectomy", "cemented hemiarthroplasty of the hip"],
        "sides": ["left", "right"],
        "intro": [
            "DISCHARGE SUMMARY – {dept}\nAdmission: {date_adm} | Discharge: {date_dis} | Length of stay: {days} days\n\nPrincipal diagnosis: {dx} ({code}).",
            "Patient aged {age} years, admitted via the emergency department on {date_adm}. Reason for admission: {dx} (ICD-10 {code}). Discharged home on {date_dis} after {days} days.",
            "Discharge letter, {dept}. Inpatient stay from {date_adm} to {date_dis}. Main diagnosis: {dx} [{code}]. The patient is {age} years old and lives independently.",
        ],
        "comorb": [
            "Secondary diagnoses: {dx2} ({code2}); {dx3} ({code3}).",
            "Relevant comorbidities: {dx2} ({code2}) and {dx3} ({code3}). Most recent HbA1c {hba1c} %, LDL cholesterol {ldl} mmol/L.",
        ],
        "course": {
            "inf": [
                "On admission the patient was febrile ({temp} °C) with SpO2 {spo2} % on room air, CRP {crp_hi} mg/L and leukocytes {wbc} ×10⁹/L. Empirical intravenous antibiotic therapy ({iv}) was started after blood cultures had been taken and switched to oral treatment on day {iv_days}. CRP had fallen to {crp_lo} mg/L by discharge.",
                "The clinical course was uneventful. Fever resolved within 48 hours, supplemental oxygen was stopped on day {iv_days} and inflammatory markers improved (CRP {crp_hi} → {crp_lo} mg/L). Renal function remained stable throughout (creatinine {creat} µmol/L, eGFR {egfr} mL/min/1.73 m²).",
            ],
            "card": [
                "On admission: BP {bp} mmHg, heart rate {hr}/min, SpO2 {spo2} %. hs-troponin T {trop} ng/L, after 3 hours {trop2} ng/L; NT-proBNP {bnp} pg/mL, potassium {k} mmol/L. Transthoracic echocardiography showed a left ventricular ejection fraction of {ef} % without significant valvular disease.",
                "The patient was monitored on the coronary care unit for {mon_h} hours without malignant arrhythmias. Antithrombotic and rate-control therapy was optimised, and renal function remained stable (creatinine {creat} µmol/L). At discharge the patient was free of symptoms at rest and mobile on the ward.",
            ],
            "surg": [
                "Surgery on day {op_day}: {op}. The postoperative course was uncomplicated and the wound healed well. CRP peaked at {crp_hi} mg/L and had decreased to {crp_lo} mg/L at discharge; postoperative haemoglobin {hb}.",
                "Thromboprophylaxis with enoxaparin 40 mg s.c. once daily was given during the stay. Physiotherapy and early mobilisation started on the first postoperative day. Analgesia with paracetamol 1 g up to four times daily was sufficient.",
            ],
        },
        "meds": ["Medication at discharge: {meds}.",
                 "Discharge medication:\n{meds_lines}\nNo changes to other long-term medication."],
        "follow": [
            "Follow-up with the general practitioner within {fu_days} days, with repeat blood tests (full blood count, CRP, creatinine, potassium).",
            "Outpatient review in {weeks} weeks. Targets: HbA1c below 7 %, blood pressure below 130/80 mmHg.",
            "The patient was informed about warning signs (fever, shortness of breath, chest pain) and advised to return to the emergency department should they occur. Fit for work from {date_fit}.",
        ],
        "pii": ["Patient: {tname}, date of birth {dob}, PPSN {natid}\nAddress: {address}\nTel.: {phone}",
                "Name: {name} | DOB: {dob} | PPSN: {natid} | Phone: {phone}"],
        "kin": ["Next of kin: {kin_name} ({kin_rel}), tel. {phone2}, e-mail {email}."],
        "sign": ["Consultant responsible: {doc}\n{dept}", "Electronically signed by {doc} on {date_dis}."],
        "lab_head": ["Laboratory report – specimen collected {date_adm} at {time}, requested by {dept}.",
                     "Clinical chemistry / haematology, {date_adm}. Sample: venous blood, received at {time}."],
        "panels": {
            "A": "Full blood count: haemoglobin {hb}, leukocytes {wbc} ×10⁹/L, platelets {plt} ×10⁹/L. Inflammatory markers: CRP {crp_hi} mg/L, procalcitonin {pct} ng/mL.",
            "B": "Renal function and electrolytes: creatinine {creat} µmol/L, eGFR {egfr} mL/min/1.73 m², sodium {na} mmol/L, potassium {k} mmol/L.",
            "C": "HbA1c {hba1c} % ({hba1c_mmol} mmol/mol), fasting glucose {glu} mmol/L, LDL cholesterol {ldl} mmol/L, TSH {tsh} mU/L.",
            "D": "hs-troponin T {trop} ng/L (repeat at 3 h: {trop2} ng/L), NT-proBNP {bnp} pg/mL, INR {inr}.",
        },
        "interp": ["Assessment: findings compatible with the clinical diagnosis of {dx} ({code}). Please correlate clinically.",
                   "Comment: values outside the reference range are flagged. Working diagnosis on the request form: {dx}, ICD-10 {code}."],
        "rad": {
            "cxr": "Chest X-ray, PA and lateral ({date_adm}). Indication: fever and productive cough. Findings: patchy consolidation in the right lower lobe with air bronchograms, no pleural effusion, heart size within normal limits. Impression: right lower lobe pneumonia (J18.9). Follow-up radiograph recommended in 6 weeks.",
            "ct": "CT abdomen and pelvis with IV contrast ({date_adm}). Findings: dilated, non-compressible appendix measuring {mm} mm with periappendiceal fat stranding; no free air, no abscess. Impression: acute appendicitis (K35.8). Surgical team informed.",
            "hip": "X-ray of the pelvis and hip ({side}), {date_adm}: displaced fracture of the femoral neck (Garden IV), no other fractures. Impression: femoral neck fracture (S72.0). Orthopaedic review requested.",
        },
        "lab_close": ["Critical result telephoned to the ward doctor at {time2}.", "Report validated and electronically signed."],
        "lab_pii": ["Patient: {name}, DOB {dob}, PPSN {natid}. Requesting clinician: {doc}."],
    },
    "de": {
        "dx": ["Diabetes mellitus Typ 2 ohne Komplikationen", "essentielle Hypertonie", "ambulant erworbene Pneumonie",
               "NSTEMI (akuter subendokardialer Myokardinfarkt)", "dekompensierte Herzinsuffizienz", "Harnwegsinfekt",
               "Vorhofflimmern", "exazerbierte COPD", "akute Appendizitis", "Schenkelhalsfraktur"],
        "depts": ["Innere Medizin", "Kardiologie", "Pneumologie", "Allgemeinchirurgie", "Unfallchirurgie und Orthopädie"],
        "lab_depts": ["Zentrallabor", "Radiologie"],
        "drugs": ["Metformin", "Ramipril", "Bisoprolol", "Atorvastatin", "Apixaban", "Furosemid", "Pantoprazol",
                  "Amoxicillin/Clavulansäure", "ASS", "Enoxaparin"],
        "freq": {"od": "1-0-0", "bd": "1-0-1", "night": "0-0-1"},
        "iv": ["Ceftriaxon 2 g 1x täglich", "Ampicillin/Sulbactam 3 g 3x täglich"],
        "ops": ["laparoskopische Appendektomie", "zementierte Hemiendoprothese der Hüfte"],
        "sides": ["links", "rechts"],
        "intro": [
            "ENTLASSUNGSBERICHT – {dept}\nAufnahme: {date_adm} | Entlassung: {date_dis} | Verweildauer: {days} Tage\n\nHauptdiagnose: {dx} ({code}).",
            "Stationäre Aufnahme am {date_adm} über die Zentrale Notaufnahme, Alter {age} Jahre. Aufnahmegrund: {dx} (ICD-10 {code}). Entlassung nach Hause am {date_dis} nach {days} Tagen.",
            "Arztbrief der Klinik für {dept}: stationärer Aufenthalt vom {date_adm} bis {date_dis}. Hauptdiagnose: {dx} [{code}]. Patientenalter {age} Jahre, lebt selbstständig im häuslichen Umfeld.",
        ],
        "comorb": [
            "Nebendiagnosen: {dx2} ({code2}); {dx3} ({code3}).",
            "Relevante Vorerkrankungen: {dx2} ({code2}) und {dx3} ({code3}). Letzter HbA1c {hba1c} %, LDL-Cholesterin {ldl} mmol/l.",
        ],
        "course": {
            "inf": [
                "Bei Aufnahme febril ({temp} °C), SpO2 {spo2} % unter Raumluft, CRP {crp_hi} mg/l, Leukozyten {wbc} G/l. Nach Abnahme von Blutkulturen Beginn einer kalkulierten intravenösen Antibiose ({iv}), Oralisierung an Tag {iv_days}. Bei Entlassung CRP rückläufig auf {crp_lo} mg/l.",
                "Unter Therapie komplikationsloser Verlauf. Entfieberung innerhalb von 48 Stunden, Sauerstoffgabe ab Tag {iv_days} nicht mehr erforderlich, Entzündungswerte regredient (CRP {crp_hi} → {crp_lo} mg/l). Nierenfunktion stabil (Kreatinin {creat} µmol/l, eGFR {egfr} ml/min/1,73 m²).",
            ],
            "card": [
                "Bei Aufnahme RR {bp} mmHg, Herzfrequenz {hr}/min, SpO2 {spo2} %. hs-Troponin T {trop} ng/l, nach 3 Stunden {trop2} ng/l; NT-proBNP {bnp} pg/ml, Kalium {k} mmol/l. Transthorakale Echokardiographie: LVEF {ef} %, kein relevantes Vitium.",
                "Monitorüberwachung auf der Chest Pain Unit über {mon_h} Stunden ohne maligne Herzrhythmusstörungen. Die antithrombotische und frequenzkontrollierende Therapie wurde angepasst, die Nierenfunktion blieb stabil (Kreatinin {creat} µmol/l). Bei Entlassung beschwerdefrei in Ruhe und auf Stationsebene mobil.",
            ],
            "surg": [
                "Operation am {op_day}. Tag: {op}. Postoperativ komplikationsloser Verlauf, reizlose Wundverhältnisse. CRP maximal {crp_hi} mg/l, bei Entlassung {crp_lo} mg/l; Hb postoperativ {hb}.",
                "Thromboseprophylaxe mit Enoxaparin 40 mg s.c. 1x täglich während des Aufenthalts. Physiotherapeutische Frühmobilisation ab dem ersten postoperativen Tag. Analgesie mit Paracetamol 1 g bis zu 4x täglich ausreichend.",
            ],
        },
        "meds": ["Medikation bei Entlassung: {meds}.",
                 "Entlassmedikation:\n{meds_lines}\nÜbrige Dauermedikation unverändert."],
        "follow": [
            "Wiedervorstellung beim Hausarzt innerhalb von {fu_days} Tagen mit Laborkontrolle (Blutbild, CRP, Kreatinin, Kalium) empfohlen.",
            "Ambulante Kontrolle in {weeks} Wochen. Zielwerte: HbA1c unter 7 %, Blutdruck unter 130/80 mmHg.",
            "Über Warnzeichen (Fieber, Atemnot, Brustschmerzen) wurde aufgeklärt; bei deren Auftreten umgehende Vorstellung in der Notaufnahme. Arbeitsunfähig bis einschließlich {date_fit}.",
        ],
        "pii": ["Patientendaten: {tname}, geb. {dob}\nAnschrift: {address}\nTel.: {phone}",
                "Name: {name} | Geb.-Datum: {dob} | Tel.: {phone}"],
        "kin": ["Kontaktperson: {kin_name} ({kin_rel}), Tel. {phone2}, E-Mail {email}."],
        "sign": ["Mit freundlichen kollegialen Grüßen\n{doc}\nKlinik für {dept}", "Elektronisch signiert von {doc} am {date_dis}."],
        "lab_head": ["Laborbefund – Probenentnahme am {date_adm} um {time} Uhr, Einsender: {dept}.",
                     "Klinische Chemie / Hämatologie, {date_adm}. Material: Venenblut, Eingang {time} Uhr."],
        "panels": {
            "A": "Blutbild: Hämoglobin {hb}, Leukozyten {wbc} G/l, Thrombozyten {plt} G/l. Entzündungsparameter: CRP {crp_hi} mg/l, Procalcitonin {pct} ng/ml.",
            "B": "Nierenfunktion und Elektrolyte: Kreatinin {creat} µmol/l, eGFR {egfr} ml/min/1,73 m², Natrium {na} mmol/l, Kalium {k} mmol/l.",
            "C": "HbA1c {hba1c} % ({hba1c_mmol} mmol/mol), Nüchternglukose {glu} mmol/l, LDL-Cholesterin {ldl} mmol/l, TSH {tsh} mU/l.",
            "D": "hs-Troponin T {trop} ng/l (Kontrolle nach 3 h: {trop2} ng/l), NT-proBNP {bnp} pg/ml, INR {inr}.",
        },
        "interp": ["Verdachtsdiagnose laut Anforderung: {dx} ({code}). Befunde damit vereinbar, bitte klinische Korrelation.",
                   "Kommentar: Werte außerhalb des Referenzbereichs sind markiert. Arbeitsdiagnose: {dx}, ICD-10 {code}."],
        "rad": {
            "cxr": "Röntgen Thorax in zwei Ebenen ({date_adm}). Fragestellung: Fieber, produktiver Husten. Befund: fleckige Konsolidierung im rechten Unterlappen mit positivem Bronchopneumogramm, kein Pleuraerguss, Herz normal groß. Beurteilung: Unterlappenpneumonie rechts (J18.9). Verlaufskontrolle in 6 Wochen empfohlen.",
            "ct": "CT Abdomen/Becken mit i.v. Kontrastmittel ({date_adm}). Befund: distendierte, nicht komprimierbare Appendix mit {mm} mm Durchmesser und periappendizitischer Fettgewebsimbibierung; keine freie Luft, kein Abszess. Beurteilung: akute Appendizitis (K35.8). Chirurgie informiert.",
            "hip": "Röntgen Becken und Hüfte ({side}), {date_adm}: dislozierte Schenkelhalsfraktur (Garden IV), keine weiteren Frakturen. Beurteilung: Schenkelhalsfraktur (S72.0). Unfallchirurgisches Konsil angefordert.",
        },
        "lab_close": ["Kritischer Wert telefonisch um {time2} Uhr an den Stationsarzt übermittelt.", "Befund technisch und medizinisch validiert, elektronisch signiert."],
        "lab_pii": ["Name: {name}, geb. {dob}. Einsender: {doc}."],
    },
    "fr": {
        "dx": ["diabète de type 2 sans complication", "hypertension artérielle essentielle", "pneumopathie communautaire",
               "infarctus du myocarde sans sus-décalage du segment ST (NSTEMI)", "insuffisance cardiaque décompensée", "infection urinaire",
               "fibrillation atriale", "exacerbation aiguë de BPCO", "appendicite aiguë", "fracture du col du fémur"],
        "depts": ["Médecine interne", "Cardiologie", "Pneumologie", "Chirurgie viscérale", "Orthopédie-traumatologie"],
        "lab_depts": ["Laboratoire de biologie médicale", "Imagerie médicale"],
        "drugs": ["metformine", "ramipril", "bisoprolol", "atorvastatine", "apixaban", "furosémide", "pantoprazole",
                  "amoxicilline/acide clavulanique", "acide acétylsalicylique", "énoxaparine"],
        "freq": {"od": "1 fois par jour", "bd": "matin et soir", "night": "le soir"},
        "iv": ["ceftriaxone 2 g/j", "amoxicilline/acide clavulanique 1 g × 3/j"],
        "ops": ["appendicectomie cœlioscopique", "prothèse intermédiaire de hanche cimentée"],
        "sides": ["côté gauche", "côté droit"],
        "intro": [
            "COMPTE RENDU D'HOSPITALISATION – {dept}\nEntrée : {date_adm} | Sortie : {date_dis} | Durée de séjour : {days} jours\n\nDiagnostic principal : {dx} ({code}).",
            "{pt} de {age} ans, hospitalisé{e} le {date_adm} via les urgences. Motif d'hospitalisation : {dx} (CIM-10 {code}). Retour à domicile le {date_dis} après {days} jours.",
            "Lettre de liaison – {dept}. Hospitalisation du {date_adm} au {date_dis}. Diagnostic principal : {dx} [{code}]. {pt} de {age} ans, autonome à domicile.",
        ],
        "comorb": [
            "Diagnostics associés : {dx2} ({code2}) ; {dx3} ({code3}).",
            "Antécédents : {dx2} ({code2}), {dx3} ({code3}). Dernière HbA1c à {hba1c} %, LDL-cholestérol {ldl} mmol/L.",
        ],
        "course": {
            "inf": [
                "À l'admission, fièvre à {temp} °C, SpO2 {spo2} % en air ambiant, CRP {crp_hi} mg/L, leucocytes {wbc} G/L. Antibiothérapie probabiliste intraveineuse ({iv}) débutée après hémocultures, relais per os à J{iv_days}. CRP à {crp_lo} mg/L à la sortie.",
                "Évolution favorable sous traitement : apyrexie obtenue en 48 heures, sevrage de l'oxygène à J{iv_days}, syndrome inflammatoire en régression (CRP {crp_hi} → {crp_lo} mg/L). Fonction rénale stable (créatinine {creat} µmol/L, DFG {egfr} mL/min/1,73 m²).",
            ],
            "card": [
                "À l'entrée : PA {bp} mmHg, FC {hr}/min, SpO2 {spo2} %. Troponine T hs {trop} ng/L, à H3 {trop2} ng/L ; NT-proBNP {bnp} pg/mL, kaliémie {k} mmol/L. Échocardiographie transthoracique : FEVG à {ef} %, pas de valvulopathie significative.",
                "Surveillance scopée en USIC pendant {mon_h} heures sans trouble du rythme grave. Optimisation du traitement antithrombotique et du contrôle de la fréquence ; fonction rénale stable (créatinine {creat} µmol/L). À la sortie, asymptomatique au repos et autonome dans le service.",
            ],
            "surg": [
                "Intervention à J{op_day} : {op}. Suites opératoires simples, cicatrice propre. CRP maximale {crp_hi} mg/L, {crp_lo} mg/L à la sortie ; hémoglobine postopératoire {hb}.",
                "Prévention thromboembolique par énoxaparine 40 mg SC une fois par jour pendant le séjour. Lever précoce et kinésithérapie dès J1 postopératoire. Antalgie par paracétamol 1 g jusqu'à 4 fois par jour, efficace.",
            ],
        },
        "meds": ["Traitement de sortie : {meds}.",
                 "Ordonnance de sortie :\n{meds_lines}\nPas de modification du reste du traitement habituel."],
        "follow": [
            "Consultation chez le médecin traitant dans les {fu_days} jours avec bilan biologique de contrôle (NFS, CRP, créatinine, kaliémie).",
            "Revoir en consultation dans {weeks} semaines. Objectifs : HbA1c inférieure à 7 %, pression artérielle inférieure à 130/80 mmHg.",
            "Signes d'alerte expliqués (fièvre, dyspnée, douleur thoracique) ; reconsulter aux urgences le cas échéant. Arrêt de travail jusqu'au {date_fit} inclus.",
        ],
        "pii": ["Identité : {tname}, né{e} le {dob}, n° de sécurité sociale {natid}\nAdresse : {address}\nTél. : {phone}",
                "Nom : {name} | Date de naissance : {dob} | NIR : {natid} | Tél. : {phone}"],
        "kin": ["Personne à prévenir : {kin_name} ({kin_rel}), tél. {phone2}, courriel {email}."],
        "sign": ["{doc}\n{dept}", "Signé électroniquement par le {doc} le {date_dis}."],
        "lab_head": ["Compte rendu de biologie – prélèvement du {date_adm} à {time}, prescripteur : {dept}.",
                     "Biochimie / hématologie, {date_adm}. Échantillon : sang veineux, reçu à {time}."],
        "panels": {
            "A": "Hémogramme : hémoglobine {hb}, leucocytes {wbc} G/L, plaquettes {plt} G/L. Syndrome inflammatoire : CRP {crp_hi} mg/L, procalcitonine {pct} ng/mL.",
            "B": "Fonction rénale et ionogramme : créatinine {creat} µmol/L, DFG {egfr} mL/min/1,73 m², sodium {na} mmol/L, potassium {k} mmol/L.",
            "C": "HbA1c {hba1c} % ({hba1c_mmol} mmol/mol), glycémie à jeun {glu} mmol/L, LDL-cholestérol {ldl} mmol/L, TSH {tsh} mUI/L.",
            "D": "Troponine T hs {trop} ng/L (contrôle à H3 : {trop2} ng/L), NT-proBNP {bnp} pg/mL, INR {inr}.",
        },
        "interp": ["Conclusion : résultats compatibles avec le diagnostic clinique – {dx} ({code}). À confronter à la clinique.",
                   "Commentaire : les valeurs hors normes sont signalées. Diagnostic mentionné sur la demande : {dx}, CIM-10 {code}."],
        "rad": {
            "cxr": "Radiographie thoracique de face et de profil ({date_adm}). Indication : fièvre et toux productive. Résultat : condensation alvéolaire du lobe inférieur droit avec bronchogramme aérique, pas d'épanchement pleural, silhouette cardiaque de taille normale. Conclusion : pneumopathie lobaire inférieure droite (J18.9). Contrôle radiologique à 6 semaines.",
            "ct": "Scanner abdomino-pelvien avec injection ({date_adm}). Appendice augmenté de calibre ({mm} mm), non compressible, avec infiltration de la graisse péri-appendiculaire ; pas de pneumopéritoine ni d'abcès. Conclusion : appendicite aiguë (K35.8). Équipe chirurgicale prévenue.",
            "hip": "Radiographie du bassin et de la hanche ({side}), {date_adm} : fracture déplacée du col fémoral (Garden IV), pas d'autre lésion osseuse. Conclusion : fracture du col du fémur (S72.0). Avis orthopédique demandé.",
        },
        "lab_close": ["Valeur critique transmise par téléphone au médecin du service à {time2}.", "Compte rendu validé et signé électroniquement."],
        "lab_pii": ["Patient : {name}, né{e} le {dob}, NIR {natid}. Prescripteur : {doc}."],
    },
    "it": {
        "dx": ["diabete mellito di tipo 2 senza complicanze", "ipertensione arteriosa essenziale", "polmonite acquisita in comunità",
               "infarto miocardico acuto NSTEMI", "scompenso cardiaco acuto", "infezione delle vie urinarie",
               "fibrillazione atriale", "BPCO riacutizzata", "appendicite acuta", "frattura del collo del femore"],
        "depts": ["Medicina interna", "Cardiologia", "Pneumologia", "Chirurgia generale", "Ortopedia e traumatologia"],
        "lab_depts": ["Laboratorio analisi", "Radiologia"],
        "drugs": ["metformina", "ramipril", "bisoprololo", "atorvastatina", "apixaban", "furosemide", "pantoprazolo",
                  "amoxicillina/acido clavulanico", "acido acetilsalicilico", "enoxaparina"],
        "freq": {"od": "1 volta al giorno", "bd": "2 volte al giorno", "night": "la sera"},
        "iv": ["ceftriaxone 2 g/die", "piperacillina/tazobactam 4,5 g ogni 8 ore"],
        "ops": ["appendicectomia laparoscopica", "endoprotesi d'anca cementata"],
        "sides": ["lato sinistro", "lato destro"],
        "intro": [
            "LETTERA DI DIMISSIONE – {dept}\nRicovero: {date_adm} | Dimissione: {date_dis} | Degenza: {days} giorni\n\nDiagnosi principale: {dx} ({code}).",
            "Paziente di {age} anni, ricoverat{o} il {date_adm} tramite Pronto Soccorso. Motivo del ricovero: {dx} (ICD-10 {code}). Dimess{o} al domicilio il {date_dis} dopo {days} giorni di degenza.",
            "Relazione clinica di dimissione, {dept}. Degenza dal {date_adm} al {date_dis}. Diagnosi principale: {dx} [{code}]. Paziente di {age} anni, autonom{o} a domicilio.",
        ],
        "comorb": [
            "Diagnosi secondarie: {dx2} ({code2}); {dx3} ({code3}).",
            "Comorbidità rilevanti: {dx2} ({code2}) e {dx3} ({code3}). Ultima HbA1c {hba1c} %, colesterolo LDL {ldl} mmol/L.",
        ],
        "course": {
            "inf": [
                "All'ingresso febbre ({temp} °C), SpO2 {spo2} % in aria ambiente, PCR {crp_hi} mg/L, leucociti {wbc} ×10⁹/L. Dopo esecuzione di emocolture è stata avviata terapia antibiotica empirica endovenosa ({iv}), con passaggio alla via orale in {iv_days}ª giornata. Alla dimissione PCR {crp_lo} mg/L.",
                "Decorso clinico regolare: sfebbramento entro 48 ore, sospensione dell'ossigenoterapia in {iv_days}ª giornata e progressiva riduzione degli indici di flogosi (PCR {crp_hi} → {crp_lo} mg/L). Funzionalità renale stabile (creatinina {creat} µmol/L, eGFR {egfr} mL/min/1,73 m²).",
            ],
            "card": [
                "All'ingresso PA {bp} mmHg, FC {hr} bpm, SpO2 {spo2} %. Troponina T hs {trop} ng/L, dopo 3 ore {trop2} ng/L; NT-proBNP {bnp} pg/mL, potassio {k} mmol/L. Ecocardiogramma transtoracico: FEVS {ef} %, non valvulopatie significative.",
                "Monitoraggio in UTIC per {mon_h} ore senza aritmie maligne. Ottimizzata la terapia antitrombotica e di controllo della frequenza; funzionalità renale stabile (creatinina {creat} µmol/L). Alla dimissione asintomatic{o} a riposo e autonom{o} nella deambulazione.",
            ],
            "surg": [
                "Intervento chirurgico in {op_day}ª giornata: {op}. Decorso post-operatorio regolare, ferita in ordine. PCR massima {crp_hi} mg/L, alla dimissione {crp_lo} mg/L; emoglobina post-operatoria {hb}.",
                "Profilassi antitrombotica con enoxaparina 40 mg s.c. una volta al giorno durante la degenza. Mobilizzazione precoce con fisioterapia dalla prima giornata post-operatoria. Analgesia con paracetamolo 1 g fino a 4 volte al giorno, efficace.",
            ],
        },
        "meds": ["Terapia alla dimissione: {meds}.",
                 "Terapia domiciliare consigliata:\n{meds_lines}\nInvariata la restante terapia cronica."],
        "follow": [
            "Controllo dal medico di medicina generale entro {fu_days} giorni con esami ematici (emocromo, PCR, creatinina, potassio).",
            "Visita ambulatoriale di controllo tra {weeks} settimane. Obiettivi: HbA1c inferiore al 7 %, pressione arteriosa inferiore a 130/80 mmHg.",
            "Spiegati i segni d'allarme (febbre, dispnea, dolore toracico); in caso di comparsa rivolgersi al Pronto Soccorso. Certificato di malattia fino al {date_fit}.",
        ],
        "pii": ["Paziente: {tname}, nat{o} il {dob}, C.F. {natid}\nIndirizzo: {address}\nTel.: {phone}",
                "Cognome e nome: {name_rev} | Data di nascita: {dob} | Codice fiscale: {natid} | Tel.: {phone}"],
        "kin": ["Familiare di riferimento: {kin_name} ({kin_rel}), tel. {phone2}, e-mail {email}."],
        "sign": ["Il medico di reparto: {doc}\n{dept}", "Firmato digitalmente da {doc} il {date_dis}."],
        "lab_head": ["Referto di laboratorio – prelievo del {date_adm} ore {time}, richiedente: {dept}.",
                     "Chimica clinica / ematologia, {date_adm}. Campione: sangue venoso, accettato alle ore {time}."],
        "panels": {
            "A": "Emocromo: emoglobina {hb}, leucociti {wbc} ×10⁹/L, piastrine {plt} ×10⁹/L. Indici di flogosi: PCR {crp_hi} mg/L, procalcitonina {pct} ng/mL.",
            "B": "Funzionalità renale ed elettroliti: creatinina {creat} µmol/L, eGFR {egfr} mL/min/1,73 m², sodio {na} mmol/L, potassio {k} mmol/L.",
            "C": "HbA1c {hba1c} % ({hba1c_mmol} mmol/mol), glicemia a digiuno {glu} mmol/L, colesterolo LDL {ldl} mmol/L, TSH {tsh} mUI/L.",
            "D": "Troponina T hs {trop} ng/L (controllo a 3 ore: {trop2} ng/L), NT-proBNP {bnp} pg/mL, INR {inr}.",
        },
        "interp": ["Valutazione: quadro compatibile con la diagnosi clinica – {dx} ({code}). Correlare con la clinica.",
                   "Nota: i valori fuori range sono evidenziati. Quesito diagnostico: {dx}, ICD-10 {code}."],
        "rad": {
            "cxr": "RX torace in due proiezioni ({date_adm}). Quesito: febbre e tosse produttiva. Reperto: addensamento parenchimale al lobo inferiore destro con broncogramma aereo, non versamento pleurico, ombra cardiaca nei limiti. Conclusione: polmonite lobare inferiore destra (J18.9). Si consiglia controllo radiografico a 6 settimane.",
            "ct": "TC addome e pelvi con mezzo di contrasto ({date_adm}). Appendice distesa, non comprimibile, diametro {mm} mm, con imbibizione del tessuto adiposo periappendicolare; non aria libera né raccolte ascessuali. Conclusione: appendicite acuta (K35.8). Avvisata l'équipe chirurgica.",
            "hip": "RX bacino e anca ({side}), {date_adm}: frattura scomposta del collo femorale (Garden IV), non altre lesioni ossee. Conclusione: frattura del collo del femore (S72.0). Richiesta consulenza ortopedica.",
        },
        "lab_close": ["Valore critico comunicato telefonicamente al medico di reparto alle ore {time2}.", "Referto validato e firmato digitalmente."],
        "lab_pii": ["Paziente: {name}, nat{o} il {dob}, C.F. {natid}. Medico richiedente: {doc}."],
    },
    "es": {
        "dx": ["diabetes mellitus tipo 2 sin complicaciones", "hipertensión arterial esencial", "neumonía adquirida en la comunidad",
               "infarto agudo de miocardio sin elevación del ST (IAMSEST)", "insuficiencia cardiaca descompensada", "infección del tracto urinario",
               "fibrilación auricular", "EPOC agudizada", "apendicitis aguda", "fractura de cuello de fémur"],
        "depts": ["Medicina Interna", "Cardiología", "Neumología", "Cirugía General", "Traumatología y Ortopedia"],
        "lab_depts": ["Análisis Clínicos", "Radiodiagnóstico"],
        "drugs": ["metformina", "ramipril", "bisoprolol", "atorvastatina", "apixabán", "furosemida", "pantoprazol",
                  "amoxicilina/ácido clavulánico", "ácido acetilsalicílico", "enoxaparina"],
        "freq": {"od": "cada 24 h", "bd": "cada 12 h", "night": "por la noche"},
        "iv": ["ceftriaxona 2 g cada 24 h", "amoxicilina/ácido clavulánico 1 g cada 8 h"],
        "ops": ["apendicectomía laparoscópica", "hemiartroplastia de cadera cementada"],
        "sides": ["lado izquierdo", "lado derecho"],
        "intro": [
            "INFORME DE ALTA HOSPITALARIA – {dept}\nIngreso: {date_adm} | Alta: {date_dis} | Estancia: {days} días\n\nDiagnóstico principal: {dx} ({code}).",
            "Paciente de {age} años que ingresa el {date_adm} procedente de Urgencias. Motivo de ingreso: {dx} (CIE-10 {code}). Alta a domicilio el {date_dis} tras {days} días de hospitalización.",
            "Informe de alta, servicio de {dept}. Hospitalización del {date_adm} al {date_dis}. Diagnóstico principal: {dx} [{code}]. Paciente de {age} años, independiente para las actividades básicas de la vida diaria.",
        ],
        "comorb": [
            "Diagnósticos secundarios: {dx2} ({code2}); {dx3} ({code3}).",
            "Antecedentes personales: {dx2} ({code2}) y {dx3} ({code3}). Última HbA1c {hba1c} %, colesterol LDL {ldl} mmol/L.",
        ],
        "course": {
            "inf": [
                "A su llegada presenta fiebre de {temp} °C, SatO2 {spo2} % basal, PCR {crp_hi} mg/L y leucocitos {wbc} ×10⁹/L. Tras extraer hemocultivos se inicia antibioterapia empírica intravenosa ({iv}), con paso a vía oral al {iv_days}.º día. Al alta, PCR {crp_lo} mg/L.",
                "Evolución clínica favorable: queda afebril en 48 horas, se retira la oxigenoterapia al {iv_days}.º día y los reactantes de fase aguda descienden (PCR {crp_hi} → {crp_lo} mg/L). Función renal estable (creatinina {creat} µmol/L, FGe {egfr} mL/min/1,73 m²).",
            ],
            "card": [
                "A su ingreso: TA {bp} mmHg, FC {hr} lpm, SatO2 {spo2} %. Troponina T ultrasensible {trop} ng/L, a las 3 horas {trop2} ng/L; NT-proBNP {bnp} pg/mL, potasio {k} mmol/L. Ecocardiograma transtorácico: FEVI {ef} %, sin valvulopatías significativas.",
                "Monitorización en la unidad coronaria durante {mon_h} horas sin arritmias malignas. Se optimiza el tratamiento antitrombótico y de control de frecuencia; función renal estable (creatinina {creat} µmol/L). Al alta se encuentra asintomátic{o} en reposo y deambula de forma autónoma.",
            ],
            "surg": [
                "Intervención quirúrgica el {op_day}.º día: {op}. Postoperatorio sin complicaciones, herida quirúrgica de buen aspecto. PCR máxima {crp_hi} mg/L, al alta {crp_lo} mg/L; hemoglobina postoperatoria {hb}.",
                "Profilaxis tromboembólica con enoxaparina 40 mg s.c. cada 24 h durante el ingreso. Movilización precoz y fisioterapia desde el primer día postoperatorio. Analgesia con paracetamol 1 g cada 6-8 horas con buen control del dolor.",
            ],
        },
        "meds": ["Tratamiento al alta: {meds}.",
                 "Tratamiento domiciliario:\n{meds_lines}\nResto de su medicación habitual sin cambios."],
        "follow": [
            "Control por su médico de Atención Primaria en {fu_days} días con analítica (hemograma, PCR, creatinina, potasio).",
            "Revisión en consultas externas en {weeks} semanas. Objetivos: HbA1c inferior al 7 %, presión arterial inferior a 130/80 mmHg.",
            "Se explican signos de alarma (fiebre, disnea, dolor torácico); acudir a Urgencias si aparecen. Incapacidad temporal hasta el {date_fit}.",
        ],
        "pii": ["Paciente: {tname}, fecha de nacimiento {dob}, DNI {natid}\nDomicilio: {address}\nTeléfono: {phone}",
                "Nombre: {name} | F. nac.: {dob} | DNI: {natid} | Tel.: {phone}"],
        "kin": ["Persona de contacto: {kin_name} ({kin_rel}), tel. {phone2}, correo electrónico {email}."],
        "sign": ["Facultativo responsable: {doc}\nServicio de {dept}", "Firmado electrónicamente por {doc} el {date_dis}."],
        "lab_head": ["Informe de laboratorio – extracción el {date_adm} a las {time}, solicitante: {dept}.",
                     "Bioquímica / hematología, {date_adm}. Muestra: sangre venosa, recibida a las {time}."],
        "panels": {
            "A": "Hemograma: hemoglobina {hb}, leucocitos {wbc} ×10⁹/L, plaquetas {plt} ×10⁹/L. Reactantes de fase aguda: PCR {crp_hi} mg/L, procalcitonina {pct} ng/mL.",
            "B": "Función renal e iones: creatinina {creat} µmol/L, FGe {egfr} mL/min/1,73 m², sodio {na} mmol/L, potasio {k} mmol/L.",
            "C": "HbA1c {hba1c} % ({hba1c_mmol} mmol/mol), glucemia basal {glu} mmol/L, colesterol LDL {ldl} mmol/L, TSH {tsh} mUI/L.",
            "D": "Troponina T ultrasensible {trop} ng/L (control a las 3 h: {trop2} ng/L), NT-proBNP {bnp} pg/mL, INR {inr}.",
        },
        "interp": ["Valoración: hallazgos compatibles con el diagnóstico clínico – {dx} ({code}). Correlacionar con la clínica.",
                   "Comentario: se señalan los valores fuera de rango. Diagnóstico de sospecha en la petición: {dx}, CIE-10 {code}."],
        "rad": {
            "cxr": "Radiografía de tórax PA y lateral ({date_adm}). Motivo: fiebre y tos productiva. Hallazgos: consolidación en el lóbulo inferior derecho con broncograma aéreo, sin derrame pleural, silueta cardiaca de tamaño normal. Impresión diagnóstica: neumonía del lóbulo inferior derecho (J18.9). Se recomienda control radiológico en 6 semanas.",
            "ct": "TC de abdomen y pelvis con contraste intravenoso ({date_adm}). Apéndice dilatado, no compresible, de {mm} mm de diámetro, con aumento de densidad de la grasa periapendicular; sin neumoperitoneo ni colecciones. Impresión diagnóstica: apendicitis aguda (K35.8). Se avisa a Cirugía General.",
            "hip": "Radiografía de pelvis y cadera ({side}), {date_adm}: fractura desplazada del cuello femoral (Garden IV), sin otras lesiones óseas. Impresión diagnóstica: fractura de cuello de fémur (S72.0). Se solicita valoración por Traumatología.",
        },
        "lab_close": ["Valor crítico comunicado por teléfono al médico de planta a las {time2}.", "Informe validado y firmado electrónicamente."],
        "lab_pii": ["Paciente: {name}, fecha de nacimiento {dob}, DNI {natid}. Médico solicitante: {doc}."],
    },
    "pl": {
        "dx": ["cukrzyca typu 2 bez powikłań", "nadciśnienie tętnicze pierwotne", "pozaszpitalne zapalenie płuc",
               "zawał serca bez uniesienia odcinka ST (NSTEMI)", "zaostrzenie niewydolności serca", "zakażenie układu moczowego",
               "migotanie przedsionków", "zaostrzenie POChP", "ostre zapalenie wyrostka robaczkowego", "złamanie szyjki kości udowej"],
        "depts": ["Oddział Chorób Wewnętrznych", "Oddział Kardiologii", "Oddział Chorób Płuc", "Oddział Chirurgii Ogólnej", "Oddział Ortopedii i Traumatologii"],
        "lab_depts": ["Zakład Diagnostyki Laboratoryjnej", "Zakład Radiologii"],
        "drugs": ["metformina", "ramipryl", "bisoprolol", "atorwastatyna", "apiksaban", "furosemid", "pantoprazol",
                  "amoksycylina z kwasem klawulanowym", "kwas acetylosalicylowy", "enoksaparyna"],
        "freq": {"od": "1 x dziennie", "bd": "2 x dziennie", "night": "wieczorem"},
        "iv": ["ceftriakson 2 g raz na dobę", "amoksycylina z klawulanianem 1,2 g co 8 h"],
        "ops": ["appendektomia laparoskopowa", "cementowana endoproteza połowicza stawu biodrowego"],
        "sides": ["strona lewa", "strona prawa"],
        "intro": [
            "KARTA INFORMACYJNA LECZENIA SZPITALNEGO – {dept}\nPrzyjęcie: {date_adm} | Wypis: {date_dis} | Czas hospitalizacji: {days} dni\n\nRozpoznanie zasadnicze: {dx} ({code}).",
            "{pt}, lat {age}, przyjęt{ya} w dniu {date_adm} przez Szpitalny Oddział Ratunkowy. Przyczyna przyjęcia: {dx} (ICD-10 {code}). Wypisan{ya} do domu w dniu {date_dis} po {days} dniach hospitalizacji.",
            "Karta informacyjna, {dept}. Hospitalizacja od {date_adm} do {date_dis}. Rozpoznanie główne: {dx} [{code}]. {pt} w wieku {age} lat, samodzieln{ya} w zakresie codziennych czynności.",
        ],
        "comorb": [
            "Rozpoznania współistniejące: {dx2} ({code2}); {dx3} ({code3}).",
            "Choroby współistniejące: {dx2} ({code2}), {dx3} ({code3}). Ostatnie HbA1c {hba1c} %, cholesterol LDL {ldl} mmol/l.",
        ],
        "course": {
            "inf": [
                "Przy przyjęciu gorączka {temp} °C, SpO2 {spo2} % bez tlenoterapii, CRP {crp_hi} mg/l, leukocytoza {wbc} G/l. Po pobraniu posiewów krwi włączono empiryczną antybiotykoterapię dożylną ({iv}), w {iv_days}. dobie zmieniono leczenie na doustne. W dniu wypisu CRP {crp_lo} mg/l.",
                "Przebieg hospitalizacji niepowikłany: ustąpienie gorączki w ciągu 48 godzin, odstawienie tlenoterapii w {iv_days}. dobie, stopniowy spadek parametrów stanu zapalnego (CRP {crp_hi} → {crp_lo} mg/l). Funkcja nerek stabilna (kreatynina {creat} µmol/l, eGFR {egfr} ml/min/1,73 m²).",
            ],
            "card": [
                "Przy przyjęciu RR {bp} mmHg, czynność serca {hr}/min, SpO2 {spo2} %. Troponina T hs {trop} ng/l, po 3 godzinach {trop2} ng/l; NT-proBNP {bnp} pg/ml, potas {k} mmol/l. W echokardiografii przezklatkowej LVEF {ef} %, bez istotnych wad zastawkowych.",
                "Monitorowanie na Oddziale Intensywnej Opieki Kardiologicznej przez {mon_h} h bez groźnych zaburzeń rytmu. Zmodyfikowano leczenie przeciwzakrzepowe i kontrolujące częstość rytmu; funkcja nerek stabilna (kreatynina {creat} µmol/l). W dniu wypisu bez dolegliwości w spoczynku, chodzi samodzielnie.",
            ],
            "surg": [
                "Zabieg operacyjny w {op_day}. dobie: {op}. Przebieg pooperacyjny bez powikłań, rana goi się prawidłowo. CRP maksymalnie {crp_hi} mg/l, w dniu wypisu {crp_lo} mg/l; hemoglobina po zabiegu {hb}.",
                "W trakcie hospitalizacji profilaktyka przeciwzakrzepowa enoksaparyną 40 mg s.c. raz dziennie. Wczesna pionizacja i rehabilitacja od pierwszej doby po zabiegu. Leczenie przeciwbólowe paracetamolem 1 g do 4 razy na dobę – skuteczne.",
            ],
        },
        "meds": ["Zalecane leki: {meds}.",
                 "Leki przy wypisie:\n{meds_lines}\nPozostałe leki przewlekłe bez zmian."],
        "follow": [
            "Kontrola u lekarza POZ w ciągu {fu_days} dni z badaniami laboratoryjnymi (morfologia, CRP, kreatynina, potas).",
            "Wizyta kontrolna w poradni przyszpitalnej za {weeks} tygodni. Cele terapeutyczne: HbA1c poniżej 7 %, ciśnienie tętnicze poniżej 130/80 mmHg.",
            "Omówiono objawy alarmowe (gorączka, duszność, ból w klatce piersiowej); w razie ich wystąpienia należy zgłosić się do SOR. Zwolnienie lekarskie do dnia {date_fit}.",
        ],
        "pii": ["Dane pacjenta: {tname}, ur. {dob}, PESEL {natid}\nAdres: {address}\nTel.: {phone}",
                "Imię i nazwisko: {name} | Data urodzenia: {dob} | PESEL: {natid} | Tel.: {phone}"],
        "kin": ["Osoba upoważniona do informacji: {kin_name} ({kin_rel}), tel. {phone2}, e-mail {email}."],
        "sign": ["Lekarz prowadzący: {doc}\n{dept}", "Podpisano elektronicznie: {doc}, {date_dis}."],
        "lab_head": ["Wynik badania laboratoryjnego – pobranie materiału {date_adm}, godz. {time}, zlecający: {dept}.",
                     "Biochemia / hematologia, {date_adm}. Materiał: krew żylna, przyjęto o godz. {time}."],
        "panels": {
            "A": "Morfologia: hemoglobina {hb}, leukocyty {wbc} G/l, płytki krwi {plt} G/l. Parametry zapalne: CRP {crp_hi} mg/l, prokalcytonina {pct} ng/ml.",
            "B": "Funkcja nerek i elektrolity: kreatynina {creat} µmol/l, eGFR {egfr} ml/min/1,73 m², sód {na} mmol/l, potas {k} mmol/l.",
            "C": "HbA1c {hba1c} % ({hba1c_mmol} mmol/mol), glukoza na czczo {glu} mmol/l, cholesterol LDL {ldl} mmol/l, TSH {tsh} mIU/l.",
            "D": "Troponina T hs {trop} ng/l (kontrola po 3 h: {trop2} ng/l), NT-proBNP {bnp} pg/ml, INR {inr}.",
        },
        "interp": ["Ocena: wyniki zgodne z rozpoznaniem klinicznym – {dx} ({code}). Wymagana korelacja z obrazem klinicznym.",
                   "Uwaga: wartości spoza zakresu referencyjnego oznaczono. Rozpoznanie na skierowaniu: {dx}, ICD-10 {code}."],
        "rad": {
            "cxr": "RTG klatki piersiowej w projekcji PA i bocznej ({date_adm}). Wskazanie: gorączka, kaszel z odkrztuszaniem. Opis: ognisko konsolidacji w płacie dolnym prawego płuca z widocznym bronchogramem powietrznym, bez płynu w jamach opłucnowych, sylwetka serca niepowiększona. Wniosek: zapalenie płata dolnego prawego płuca (J18.9). Zalecane kontrolne RTG za 6 tygodni.",
            "ct": "TK jamy brzusznej i miednicy z kontrastem dożylnym ({date_adm}). Wyrostek robaczkowy poszerzony do {mm} mm, niepodatny na ucisk, z naciekiem okolicznej tkanki tłuszczowej; bez wolnego powietrza i ropni. Wniosek: ostre zapalenie wyrostka robaczkowego (K35.8). Powiadomiono zespół chirurgiczny.",
            "hip": "RTG miednicy i stawu biodrowego ({side}), {date_adm}: przemieszczone złamanie szyjki kości udowej (Garden IV), bez innych zmian urazowych. Wniosek: złamanie szyjki kości udowej (S72.0). Zlecono konsultację ortopedyczną.",
        },
        "lab_close": ["Wynik krytyczny przekazano telefonicznie lekarzowi dyżurnemu oddziału o godz. {time2}.", "Wynik zweryfikowany i podpisany elektronicznie."],
        "lab_pii": ["Pacjent: {name}, ur. {dob}, PESEL {natid}. Lekarz zlecający: {doc}."],
    },
    "fi": {
        "dx": ["tyypin 2 diabetes ilman komplikaatioita", "essentiaalinen verenpainetauti", "avohoitoperäinen keuhkokuume",
               "sydäninfarkti ilman ST-nousua (NSTEMI)", "dekompensoitunut sydämen vajaatoiminta", "virtsatieinfektio",
               "eteisvärinä", "keuhkoahtaumataudin pahenemisvaihe", "akuutti umpilisäkkeen tulehdus", "reisiluun kaulan murtuma"],
        "depts": ["Sisätautien klinikka", "Kardiologian klinikka", "Keuhkosairauksien klinikka", "Gastrokirurgia", "Ortopedia ja traumatologia"],
        "lab_depts": ["Laboratorio", "Radiologia"],
        "drugs": ["metformiini", "ramipriili", "bisoprololi", "atorvastatiini", "apiksabaani", "furosemidi", "pantopratsoli",
                  "amoksisilliini-klavulaanihappo", "asetyylisalisyylihappo", "enoksapariini"],
        "freq": {"od": "1 x 1", "bd": "1 x 2", "night": "iltaisin"},
        "iv": ["keftriaksoni 2 g x 1 i.v.", "kefuroksiimi 1,5 g x 3 i.v."],
        "ops": ["laparoskooppinen umpilisäkkeen poisto", "sementoitu lonkan puoliproteesi"],
        "sides": ["vasen", "oikea"],
        "intro": [
            "EPIKRIISI – {dept}\nTulopäivä: {date_adm} | Lähtöpäivä: {date_dis} | Hoitoaika: {days} vrk\n\nPäädiagnoosi: {dx} ({code}).",
            "{age}-vuotias potilas saapui päivystyksen kautta {date_adm}. Tulosyy: {dx} (ICD-10 {code}). Kotiutettiin {date_dis}, hoitoaika {days} vuorokautta.",
            "Loppulausunto, {dept}. Osastohoito {date_adm}–{date_dis}. Päädiagnoosi: {dx} [{code}]. Potilas on {age}-vuotias ja asuu kotona omatoimisesti.",
        ],
        "comorb": [
            "Muut diagnoosit: {dx2} ({code2}); {dx3} ({code3}).",
            "Perussairaudet: {dx2} ({code2}) ja {dx3} ({code3}). Viimeisin HbA1c {hba1c_mmol} mmol/mol, LDL-kolesteroli {ldl} mmol/l.",
        ],
        "course": {
            "inf": [
                "Tullessa kuumeinen ({temp} °C), SpO2 {spo2} % huoneilmalla, CRP {crp_hi} mg/l, leukosyytit {wbc} E9/l. Veriviljelynäytteiden jälkeen aloitettiin empiirinen suonensisäinen antibioottihoito ({iv}), joka vaihdettiin suun kautta otettavaan hoitoon {iv_days}. hoitopäivänä. Kotiutusvaiheessa CRP {crp_lo} mg/l.",
                "Hoidon aikana vointi koheni tasaisesti. Kuume laski 48 tunnissa, lisähapesta päästiin eroon {iv_days}. hoitopäivänä ja tulehdusarvot laskivat (CRP {crp_hi} → {crp_lo} mg/l). Munuaisfunktio pysyi vakaana (krea {creat} µmol/l, eGFR {egfr} ml/min/1,73 m²).",
            ],
            "card": [
                "Tullessa RR {bp} mmHg, syke {hr}/min, SpO2 {spo2} %. hs-TnT {trop} ng/l, 3 tunnin kuluttua {trop2} ng/l; NT-proBNP {bnp} ng/l, kalium {k} mmol/l. Sydämen ultraäänitutkimuksessa vasemman kammion ejektiofraktio {ef} %, ei merkittävää läppävikaa.",
                "Potilas oli monitorivalvonnassa sydänvalvontaosastolla {mon_h} tunnin ajan, eikä vakavia rytmihäiriöitä todettu. Antitromboottista ja sykettä hidastavaa lääkitystä tehostettiin; munuaisfunktio pysyi vakaana (krea {creat} µmol/l). Kotiutusvaiheessa levossa oireeton ja liikkuu osastolla omatoimisesti.",
            ],
            "surg": [
                "Leikkaus {op_day}. hoitopäivänä: {op}. Postoperatiivinen kulku komplikaatioton, haava siisti. CRP korkeimmillaan {crp_hi} mg/l, kotiutuessa {crp_lo} mg/l; postoperatiivinen Hb {hb}.",
                "Hoitojakson ajan tromboosiprofylaksina enoksapariini 40 mg s.c. kerran vuorokaudessa. Fysioterapeutin ohjaama mobilisaatio aloitettiin ensimmäisenä leikkauksen jälkeisenä päivänä. Kipulääkkeeksi riitti parasetamoli 1 g enintään 4 kertaa vuorokaudessa.",
            ],
        },
        "meds": ["Kotilääkitys: {meds}.",
                 "Lääkitys kotiutuessa:\n{meds_lines}\nMuu pitkäaikaislääkitys ennallaan."],
        "follow": [
            "Kontrolli omalääkärillä {fu_days} vuorokauden kuluessa; kontrollilaboratoriokokeina PVK, CRP, krea ja kalium.",
            "Poliklininen kontrolli {weeks} viikon kuluttua. Tavoitteet: HbA1c alle 53 mmol/mol, verenpaine alle 130/80 mmHg.",
            "Potilaalle kerrottiin hälytysoireista (kuume, hengenahdistus, rintakipu), joiden ilmaantuessa tulee hakeutua päivystykseen. Sairauslomaa {date_fit} asti.",
        ],
        "pii": ["Potilas: {name}, henkilötunnus {natid}\nOsoite: {address}\nPuh. {phone}",
                "Nimi: {name} | Hetu: {natid} | Puh.: {phone}"],
        "kin": ["Lähiomainen: {kin_name} ({kin_rel}), puh. {phone2}, sähköposti {email}."],
        "sign": ["Hoitava lääkäri: {doc}\n{dept}", "Sähköisesti allekirjoitettu {date_dis}, {doc}."],
        "lab_head": ["Laboratoriovastaus – näyte otettu {date_adm} klo {time}, lähettäjä: {dept}.",
                     "Kliininen kemia ja hematologia, {date_adm}. Näyte: laskimoveri, vastaanotettu klo {time}."],
        "panels": {
            "A": "Verenkuva: Hb {hb}, leukosyytit {wbc} E9/l, trombosyytit {plt} E9/l. Tulehdusarvot: CRP {crp_hi} mg/l, prokalsitoniini {pct} µg/l.",
            "B": "Munuaisfunktio ja elektrolyytit: kreatiniini {creat} µmol/l, eGFR {egfr} ml/min/1,73 m², natrium {na} mmol/l, kalium {k} mmol/l.",
            "C": "HbA1c {hba1c_mmol} mmol/mol, paastoglukoosi {glu} mmol/l, LDL-kolesteroli {ldl} mmol/l, TSH {tsh} mU/l.",
            "D": "hs-TnT {trop} ng/l (kontrolli 3 h: {trop2} ng/l), NT-proBNP {bnp} ng/l, INR {inr}.",
        },
        "interp": ["Arvio: löydökset sopivat kliiniseen diagnoosiin – {dx} ({code}). Tulkittava yhdessä kliinisen kuvan kanssa.",
                   "Kommentti: viitealueen ulkopuoliset arvot on merkitty. Lähetteen työdiagnoosi: {dx}, ICD-10 {code}."],
        "rad": {
            "cxr": "Thoraxin röntgenkuvaus PA- ja sivusuunnasta ({date_adm}). Aihe: kuume ja limainen yskä. Löydökset: oikean alalohkon alueella konsolidaatio ja ilmabronkogrammi, ei pleuranestettä, sydämen koko normaali. Johtopäätös: oikean alalohkon keuhkokuume (J18.9). Kontrollikuvaus suositellaan 6 viikon kuluttua.",
            "ct": "Vatsan ja lantion TT varjoaineella ({date_adm}). Umpilisäke laajentunut, läpimitta {mm} mm, ei kokoon painuva, ympäröivässä rasvakudoksessa tulehduksellista juosteisuutta; ei vapaata ilmaa eikä paisetta. Johtopäätös: akuutti umpilisäkkeen tulehdus (K35.8). Kirurgi informoitu.",
            "hip": "Lantion ja lonkan röntgenkuvaus ({side}), {date_adm}: dislokoitunut reisiluun kaulan murtuma (Garden IV), ei muita murtumia. Johtopäätös: reisiluun kaulan murtuma (S72.0). Ortopedin konsultaatio pyydetty.",
        },
        "lab_close": ["Kriittinen tulos ilmoitettu puhelimitse osaston lääkärille klo {time2}.", "Vastaus hyväksytty ja allekirjoitettu sähköisesti."],
        "lab_pii": ["Potilas: {name}, hetu {natid}. Lähettävä lääkäri: {doc}."],
    },
    "sv": {
        "dx": ["typ 2-diabetes utan komplikationer", "essentiell hypertoni", "samhällsförvärvad pneumoni",
               "NSTEMI (akut subendokardiell hjärtinfarkt)", "dekompenserad hjärtsvikt", "urinvägsinfektion",
               "förmaksflimmer", "KOL med akut exacerbation", "akut appendicit", "lårbenshalsfraktur"],
        "depts": ["Internmedicin", "Kardiologi", "Lungmedicin", "Allmänkirurgi", "Ortopedi"],
        "lab_depts": ["Klinisk kemi", "Röntgen"],
        "drugs": ["metformin", "ramipril", "bisoprolol", "atorvastatin", "apixaban", "furosemid", "pantoprazol",
                  "amoxicillin/klavulansyra", "acetylsalicylsyra", "enoxaparin"],
        "freq": {"od": "1x1", "bd": "1x2", "night": "till natten"},
        "iv": ["ceftriaxon 2 g x 1 i.v.", "bensylpenicillin 3 g x 3 i.v."],
        "ops": ["laparoskopisk appendektomi", "cementerad hemiprotes i höften"],
        "sides": ["vänster", "höger"],
        "intro": [
            "EPIKRIS – {dept}\nInskrivning: {date_adm} | Utskrivning: {date_dis} | Vårdtid: {days} dagar\n\nHuvuddiagnos: {dx} ({code}).",
            "{age}-årig patient inlagd via akutmottagningen {date_adm}. Orsak till inläggning: {dx} (ICD-10 {code}). Utskriven till hemmet {date_dis} efter {days} vårddygn.",
            "Utskrivningsmeddelande, {dept}. Vårdtillfälle {date_adm}–{date_dis}. Huvuddiagnos: {dx} [{code}]. Patienten är {age} år och klarar sig självständigt i hemmet.",
        ],
        "comorb": [
            "Bidiagnoser: {dx2} ({code2}); {dx3} ({code3}).",
            "Tidigare sjukdomar: {dx2} ({code2}) och {dx3} ({code3}). Senaste HbA1c {hba1c_mmol} mmol/mol, LDL-kolesterol {ldl} mmol/l.",
        ],
        "course": {
            "inf": [
                "Vid ankomst feber {temp} °C, SpO2 {spo2} % på luft, CRP {crp_hi} mg/l och LPK {wbc} ×10⁹/l. Efter blododling insattes empirisk intravenös antibiotikabehandling ({iv}), som byttes till peroral behandling dag {iv_days}. Vid utskrivning CRP {crp_lo} mg/l.",
                "Okomplicerat förlopp. Feberfri inom 48 timmar, syrgas kunde sättas ut dag {iv_days} och inflammationsparametrarna sjönk (CRP {crp_hi} → {crp_lo} mg/l). Stabil njurfunktion (kreatinin {creat} µmol/l, eGFR {egfr} ml/min/1,73 m²).",
            ],
            "card": [
                "Vid ankomst BT {bp} mmHg, puls {hr}/min, SpO2 {spo2} %. hs-TnT {trop} ng/l, efter 3 timmar {trop2} ng/l; NT-proBNP {bnp} ng/l, kalium {k} mmol/l. Ekokardiografi visade en ejektionsfraktion på {ef} % utan betydande klaffel.",
                "Telemetriövervakning på hjärtintensiven i {mon_h} timmar utan maligna arytmier. Antitrombotisk och frekvensreglerande behandling optimerades; njurfunktionen var stabil (kreatinin {creat} µmol/l). Vid utskrivning besvärsfri i vila och självständigt gående på avdelningen.",
            ],
            "surg": [
                "Operation vårddag {op_day}: {op}. Postoperativt okomplicerat förlopp, fina sårförhållanden. CRP som högst {crp_hi} mg/l, vid utskrivning {crp_lo} mg/l; postoperativt Hb {hb}.",
                "Trombosprofylax med enoxaparin 40 mg s.c. en gång dagligen under vårdtiden. Mobilisering med fysioterapeut från första postoperativa dagen. Smärtlindring med paracetamol 1 g upp till 4 gånger dagligen var tillräcklig.",
            ],
        },
        "meds": ["Läkemedel vid utskrivning: {meds}.",
                 "Aktuell läkemedelslista:\n{meds_lines}\nÖvriga stående läkemedel oförändrade."],
        "follow": [
            "Återbesök hos distriktsläkare inom {fu_days} dagar med provtagning (blodstatus, CRP, kreatinin, kalium).",
            "Mottagningsbesök om {weeks} veckor. Behandlingsmål: HbA1c under 52 mmol/mol, blodtryck under 130/80 mmHg.",
            "Patienten har informerats om varningssymtom (feber, andnöd, bröstsmärta) och ska i så fall söka akutmottagningen. Sjukskriven till och med {date_fit}.",
        ],
        "pii": ["Patient: {name}, personnummer {natid}\nAdress: {address}\nTelefon: {phone}",
                "Namn: {name} | Personnr: {natid} | Tel.: {phone}"],
        "kin": ["Närstående: {kin_name} ({kin_rel}), tel. {phone2}, e-post {email}."],
        "sign": ["Ansvarig läkare: {doc}, överläkare\n{dept}", "Elektroniskt signerad av {doc} {date_dis}."],
        "lab_head": ["Laboratoriesvar – provtagning {date_adm} kl. {time}, remittent: {dept}.",
                     "Klinisk kemi / hematologi, {date_adm}. Provmaterial: venöst blod, ankomst kl. {time}."],
        "panels": {
            "A": "Blodstatus: Hb {hb}, LPK {wbc} ×10⁹/l, TPK {plt} ×10⁹/l. Inflammationsparametrar: CRP {crp_hi} mg/l, prokalcitonin {pct} µg/l.",
            "B": "Njurfunktion och elektrolyter: kreatinin {creat} µmol/l, eGFR {egfr} ml/min/1,73 m², natrium {na} mmol/l, kalium {k} mmol/l.",
            "C": "HbA1c {hba1c_mmol} mmol/mol, fasteglukos {glu} mmol/l, LDL-kolesterol {ldl} mmol/l, TSH {tsh} mIE/l.",
            "D": "hs-TnT {trop} ng/l (kontroll efter 3 h: {trop2} ng/l), NT-proBNP {bnp} ng/l, PK(INR) {inr}.",
        },
        "interp": ["Bedömning: fynden är förenliga med den kliniska diagnosen – {dx} ({code}). Bedöms i relation till klinisk bild.",
                   "Kommentar: värden utanför referensintervallet är markerade. Remissdiagnos: {dx}, ICD-10 {code}."],
        "rad": {
            "cxr": "Lungröntgen, frontal- och sidobild ({date_adm}). Frågeställning: feber och produktiv hosta. Fynd: fläckvis konsolidering i höger underlob med luftbronkogram, ingen pleuravätska, normalstort hjärta. Bedömning: pneumoni i höger underlob (J18.9). Kontrollröntgen rekommenderas om 6 veckor.",
            "ct": "DT buk och bäcken med intravenös kontrast ({date_adm}). Förstorad, icke komprimerbar appendix med diameter {mm} mm och omgivande fettvävsreaktion; ingen fri gas, ingen abscess. Bedömning: akut appendicit (K35.8). Kirurgjouren informerad.",
            "hip": "Röntgen bäcken och höft ({side}), {date_adm}: dislocerad lårbenshalsfraktur (Garden IV), inga övriga frakturer. Bedömning: collumfraktur (S72.0). Ortopedkonsult begärd.",
        },
        "lab_close": ["Kritiskt värde meddelat per telefon till avdelningsläkaren kl. {time2}.", "Svaret är vidimerat och elektroniskt signerat."],
        "lab_pii": ["Patient: {name}, personnummer {natid}. Remitterande läkare: {doc}."],
    },
    "el": {
        "dx": ["σακχαρώδης διαβήτης τύπου 2 χωρίς επιπλοκές", "ιδιοπαθής αρτηριακή υπέρταση", "πνευμονία της κοινότητας",
               "έμφραγμα μυοκαρδίου χωρίς ανάσπαση ST (NSTEMI)", "μη αντιρροπούμενη καρδιακή ανεπάρκεια", "ουρολοίμωξη",
               "κολπική μαρμαρυγή", "παρόξυνση ΧΑΠ", "οξεία σκωληκοειδίτιδα", "κάταγμα αυχένα μηριαίου"],
        "depts": ["Παθολογική Κλινική", "Καρδιολογική Κλινική", "Πνευμονολογική Κλινική", "Χειρουργική Κλινική", "Ορθοπαιδική Κλινική"],
        "lab_depts": ["Βιοχημικό Εργαστήριο", "Ακτινολογικό Τμήμα"],
        "drugs": ["μετφορμίνη", "ραμιπρίλη", "βισοπρολόλη", "ατορβαστατίνη", "απιξαμπάνη", "φουροσεμίδη", "παντοπραζόλη",
                  "αμοξικιλλίνη/κλαβουλανικό οξύ", "ακετυλοσαλικυλικό οξύ", "ενοξαπαρίνη"],
        "freq": {"od": "1x1", "bd": "1x2", "night": "το βράδυ"},
        "iv": ["κεφτριαξόνη 2 g ημερησίως", "αμοξικιλλίνη/κλαβουλανικό 1,2 g ανά 8ωρο"],
        "ops": ["λαπαροσκοπική σκωληκοειδεκτομή", "τσιμενταρισμένη ημιαρθροπλαστική ισχίου"],
        "sides": ["αριστερά", "δεξιά"],
        "intro": [
            "ΕΝΗΜΕΡΩΤΙΚΟ ΣΗΜΕΙΩΜΑ ΕΞΟΔΟΥ – {dept}\nΕισαγωγή: {date_adm} | Έξοδος: {date_dis} | Διάρκεια νοσηλείας: {days} ημέρες\n\nΚύρια διάγνωση: {dx} ({code}).",
            "Ασθενής ηλικίας {age} ετών εισήχθη στις {date_adm} μέσω του Τμήματος Επειγόντων Περιστατικών. Αιτία εισαγωγής: {dx} (ICD-10 {code}). Εξήλθε στο σπίτι στις {date_dis} μετά από νοσηλεία {days} ημερών.",
            "Εξιτήριο, {dept}. Νοσηλεία από {date_adm} έως {date_dis}. Κύρια διάγνωση: {dx} [{code}]. Ασθενής {age} ετών, ζει στο σπίτι χωρίς ανάγκη βοήθειας.",
        ],
        "comorb": [
            "Δευτερεύουσες διαγνώσεις: {dx2} ({code2}), {dx3} ({code3}).",
            "Συννοσηρότητες: {dx2} ({code2}) και {dx3} ({code3}). Τελευταία HbA1c {hba1c} %, LDL χοληστερόλη {ldl} mmol/L.",
        ],
        "course": {
            "inf": [
                "Κατά την εισαγωγή εμπύρετος ({temp} °C), SpO2 {spo2} % σε ατμοσφαιρικό αέρα, CRP {crp_hi} mg/L, λευκά αιμοσφαίρια {wbc} ×10⁹/L. Μετά τη λήψη αιμοκαλλιεργειών ξεκίνησε εμπειρική ενδοφλέβια αντιβιοτική αγωγή ({iv}), με μετάβαση σε από του στόματος αγωγή την {iv_days}η ημέρα. Κατά την έξοδο CRP {crp_lo} mg/L.",
                "Η πορεία ήταν ομαλή: ύφεση του πυρετού εντός 48 ωρών, διακοπή της οξυγονοθεραπείας την {iv_days}η ημέρα και σταδιακή πτώση των δεικτών φλεγμονής (CRP {crp_hi} → {crp_lo} mg/L). Σταθερή νεφρική λειτουργία (κρεατινίνη {creat} µmol/L, eGFR {egfr} mL/min/1,73 m²).",
            ],
            "card": [
                "Κατά την εισαγωγή ΑΠ {bp} mmHg, καρδιακή συχνότητα {hr}/min, SpO2 {spo2} %. hs-τροπονίνη T {trop} ng/L, μετά από 3 ώρες {trop2} ng/L, NT-proBNP {bnp} pg/mL, κάλιο {k} mmol/L. Στο διαθωρακικό υπερηχοκαρδιογράφημα το κλάσμα εξώθησης της αριστερής κοιλίας ήταν {ef} %, χωρίς σημαντική βαλβιδοπάθεια.",
                "Παρακολούθηση στη Στεφανιαία Μονάδα για {mon_h} ώρες χωρίς κακοήθεις αρρυθμίες. Βελτιστοποιήθηκε η αντιθρομβωτική αγωγή και ο έλεγχος της συχνότητας, ενώ η νεφρική λειτουργία παρέμεινε σταθερή (κρεατινίνη {creat} µmol/L). Κατά την έξοδο χωρίς συμπτώματα στην ηρεμία και με αυτόνομη βάδιση.",
            ],
            "surg": [
                "Χειρουργική επέμβαση την {op_day}η ημέρα: {op}. Ομαλή μετεγχειρητική πορεία, καθαρό τραύμα. Μέγιστη CRP {crp_hi} mg/L, κατά την έξοδο {crp_lo} mg/L, μετεγχειρητική αιμοσφαιρίνη {hb}.",
                "Θρομβοπροφύλαξη με ενοξαπαρίνη 40 mg υποδορίως μία φορά ημερησίως κατά τη νοσηλεία. Πρώιμη κινητοποίηση και φυσικοθεραπεία από την πρώτη μετεγχειρητική ημέρα. Επαρκής αναλγησία με παρακεταμόλη 1 g έως 4 φορές ημερησίως.",
            ],
        },
        "meds": ["Φαρμακευτική αγωγή κατά την έξοδο: {meds}.",
                 "Οδηγίες φαρμακευτικής αγωγής:\n{meds_lines}\nΗ υπόλοιπη χρόνια αγωγή παραμένει αμετάβλητη."],
        "follow": [
            "Επανεκτίμηση από τον προσωπικό ιατρό εντός {fu_days} ημερών με εργαστηριακό έλεγχο (γενική αίματος, CRP, κρεατινίνη, κάλιο).",
            "Επανέλεγχος στα εξωτερικά ιατρεία σε {weeks} εβδομάδες. Στόχοι: HbA1c κάτω από 7 %, αρτηριακή πίεση κάτω από 130/80 mmHg.",
            "Δόθηκαν οδηγίες για σημεία κινδύνου (πυρετός, δύσπνοια, θωρακικό άλγος) και επιστροφή στο ΤΕΠ σε περίπτωση εμφάνισής τους. Άδεια ασθενείας έως {date_fit}.",
        ],
        "pii": ["Ασθενής: {tname}, ημερομηνία γέννησης {dob}, ΑΜΚΑ {natid}\nΔιεύθυνση: {address}\nΤηλ.: {phone}",
                "Ονοματεπώνυμο: {name} | Ημ. γέννησης: {dob} | ΑΜΚΑ: {natid} | Τηλ.: {phone}"],
        "kin": ["Συγγενής επικοινωνίας: {kin_name} ({kin_rel}), τηλ. {phone2}, e-mail {email}."],
        "sign": ["Θεράπων ιατρός: {doc}\n{dept}", "Ηλεκτρονική υπογραφή: {doc}, {date_dis}."],
        "lab_head": ["Εργαστηριακή εξέταση – αιμοληψία {date_adm}, ώρα {time}, αιτούσα κλινική: {dept}.",
                     "Βιοχημικός / αιματολογικός έλεγχος, {date_adm}. Δείγμα: φλεβικό αίμα, παραλαβή {time}."],
        "panels": {
            "A": "Γενική αίματος: αιμοσφαιρίνη {hb}, λευκά {wbc} ×10⁹/L, αιμοπετάλια {plt} ×10⁹/L. Δείκτες φλεγμονής: CRP {crp_hi} mg/L, προκαλσιτονίνη {pct} ng/mL.",
            "B": "Νεφρική λειτουργία και ηλεκτρολύτες: κρεατινίνη {creat} µmol/L, eGFR {egfr} mL/min/1,73 m², νάτριο {na} mmol/L, κάλιο {k} mmol/L.",
            "C": "HbA1c {hba1c} % ({hba1c_mmol} mmol/mol), γλυκόζη νηστείας {glu} mmol/L, LDL χοληστερόλη {ldl} mmol/L, TSH {tsh} mIU/L.",
            "D": "hs-τροπονίνη T {trop} ng/L (επανάληψη στις 3 ώρες: {trop2} ng/L), NT-proBNP {bnp} pg/mL, INR {inr}.",
        },
        "interp": ["Εκτίμηση: ευρήματα συμβατά με την κλινική διάγνωση – {dx} ({code}). Απαιτείται κλινική συσχέτιση.",
                   "Σχόλιο: οι τιμές εκτός ορίων αναφοράς επισημαίνονται. Διάγνωση παραπεμπτικού: {dx}, ICD-10 {code}."],
        "rad": {
            "cxr": "Ακτινογραφία θώρακος, οπισθοπρόσθια και πλάγια ({date_adm}). Ένδειξη: πυρετός και παραγωγικός βήχας. Ευρήματα: πύκνωση στον δεξιό κάτω λοβό με αεροβρογχόγραμμα, χωρίς πλευριτική συλλογή, φυσιολογικό μέγεθος καρδιακής σκιάς. Συμπέρασμα: πνευμονία δεξιού κάτω λοβού (J18.9). Συνιστάται επανέλεγχος σε 6 εβδομάδες.",
            "ct": "Αξονική τομογραφία κοιλίας και πυέλου με ενδοφλέβιο σκιαγραφικό ({date_adm}). Διατεταμένη, μη συμπιεστή σκωληκοειδής απόφυση διαμέτρου {mm} mm με διήθηση του περιβάλλοντος λίπους, χωρίς ελεύθερο αέρα ή απόστημα. Συμπέρασμα: οξεία σκωληκοειδίτιδα (K35.8). Ενημερώθηκε η χειρουργική ομάδα.",
            "hip": "Ακτινογραφία λεκάνης και ισχίου ({side}), {date_adm}: παρεκτοπισμένο κάταγμα αυχένα μηριαίου (Garden IV), χωρίς άλλα κατάγματα. Συμπέρασμα: κάταγμα αυχένα μηριαίου (S72.0). Ζητήθηκε ορθοπαιδική εκτίμηση.",
        },
        "lab_close": ["Η κρίσιμη τιμή ανακοινώθηκε τηλεφωνικά στον εφημερεύοντα ιατρό της κλινικής στις {time2}.", "Το αποτέλεσμα επικυρώθηκε και υπογράφηκε ηλεκτρονικά."],
        "lab_pii": ["Ασθενής: {name}, ημ. γέννησης {dob}, ΑΜΚΑ {natid}. Αιτών ιατρός: {doc}."],
    },
    "bg": {
        "dx": ["захарен диабет тип 2 без усложнения", "есенциална хипертония", "придобита в обществото пневмония",
               "остър миокарден инфаркт без ST-елевация (NSTEMI)", "декомпенсирана сърдечна недостатъчност", "инфекция на пикочните пътища",
               "предсърдно мъждене", "екзацербация на ХОББ", "остър апендицит", "фрактура на бедрената шийка"],
        "depts": ["Клиника по вътрешни болести", "Клиника по кардиология", "Клиника по пневмология", "Клиника по обща хирургия", "Клиника по ортопедия и травматология"],
        "lab_depts": ["Клинична лаборатория", "Образна диагностика"],
        "drugs": ["метформин", "рамиприл", "бизопролол", "аторвастатин", "апиксабан", "фуроземид", "пантопразол",
                  "амоксицилин/клавуланова киселина", "ацетилсалицилова киселина", "еноксапарин"],
        "freq": {"od": "1 път дневно", "bd": "2 пъти дневно", "night": "вечер"},
        "iv": ["цефтриаксон 2 g дневно", "амоксицилин/клавуланова киселина 1,2 g на 8 часа"],
        "ops": ["лапароскопска апендектомия", "циментирана хемиартропластика на тазобедрената става"],
        "sides": ["вляво", "вдясно"],
        "intro": [
            "ЕПИКРИЗА – {dept}\nДата на приемане: {date_adm} | Дата на изписване: {date_dis} | Престой: {days} дни\n\nОкончателна диагноза: {dx} ({code}).",
            "{pt} на {age} години, приет{a} на {date_adm} през Спешното отделение. Причина за хоспитализацията: {dx} (МКБ-10 {code}). Изписан{a} в домашни условия на {date_dis} след {days} дни престой.",
            "Епикриза, {dept}. Хоспитализация от {date_adm} до {date_dis}. Основна диагноза: {dx} [{code}]. {pt} на {age} години, самостоятел{en} в ежедневието.",
        ],
        "comorb": [
            "Придружаващи заболявания: {dx2} ({code2}); {dx3} ({code3}).",
            "Анамнеза: {dx2} ({code2}) и {dx3} ({code3}). Последен HbA1c {hba1c} %, LDL-холестерол {ldl} mmol/l.",
        ],
        "course": {
            "inf": [
                "При приемането температура {temp} °C, SpO2 {spo2} % на атмосферен въздух, CRP {crp_hi} mg/l, левкоцити {wbc} ×10⁹/l. След вземане на хемокултури е започната емпирична венозна антибиотична терапия ({iv}), на ден {iv_days} е преминато към перорално лечение. При изписването CRP {crp_lo} mg/l.",
                "Ходът на заболяването е без усложнения: температурата се нормализира в рамките на 48 часа, кислородолечението е спряно на ден {iv_days}, а възпалителните маркери намаляват (CRP {crp_hi} → {crp_lo} mg/l). Бъбречната функция е стабилна (креатинин {creat} µmol/l, eGFR {egfr} ml/min/1,73 m²).",
            ],
            "card": [
                "При приемането АН {bp} mmHg, сърдечна честота {hr}/min, SpO2 {spo2} %. hs-тропонин T {trop} ng/l, след 3 часа {trop2} ng/l; NT-proBNP {bnp} pg/ml, калий {k} mmol/l. Трансторакална ехокардиография: ФИ на лявата камера {ef} %, без значима клапна патология.",
                "Мониториране в коронарно отделение в продължение на {mon_h} часа без малигнени ритъмни нарушения. Антитромботичната и ритъм-контролиращата терапия е оптимизирана, бъбречната функция остава стабилна (креатинин {creat} µmol/l). При изписването е без оплаквания в покой и се придвижва самостоятелно.",
            ],
            "surg": [
                "Оперативна интервенция на ден {op_day}: {op}. Следоперативният период протича без усложнения, раната е чиста. CRP максимално {crp_hi} mg/l, при изписването {crp_lo} mg/l; следоперативен хемоглобин {hb}.",
                "Тромбопрофилактика с еноксапарин 40 mg s.c. веднъж дневно по време на престоя. Ранно раздвижване и рехабилитация от първия следоперативен ден. Обезболяване с парацетамол 1 g до 4 пъти дневно с добър ефект.",
            ],
        },
        "meds": ["Терапия при изписването: {meds}.",
                 "Препоръчана терапия:\n{meds_lines}\nОстаналата хронична терапия е без промяна."],
        "follow": [
            "Контрол при общопрактикуващия лекар до {fu_days} дни с лабораторни изследвания (ПКК, CRP, креатинин, калий).",
            "Контролен преглед в консултативния кабинет след {weeks} седмици. Цели: HbA1c под 7 %, артериално налягане под 130/80 mmHg.",
            "Разяснени са алармените симптоми (температура, задух, гръдна болка) – при поява да се потърси спешна помощ. Болничен лист до {date_fit}.",
        ],
        "pii": ["Пациент: {tname}, роден{a} на {dob}, ЕГН {natid}\nАдрес: {address}\nТел.: {phone}",
                "Име: {name} | ЕГН: {natid} | Тел.: {phone}"],
        "kin": ["Лице за контакт: {kin_name} ({kin_rel}), тел. {phone2}, имейл {email}."],
        "sign": ["Лекуващ лекар: {doc}\n{dept}", "Подписано електронно от {doc}, {date_dis}."],
        "lab_head": ["Лабораторен резултат – кръвна проба от {date_adm}, {time} ч., заявител: {dept}.",
                     "Клинична химия / хематология, {date_adm}. Материал: венозна кръв, приета в {time} ч."],
        "panels": {
            "A": "ПКК: хемоглобин {hb}, левкоцити {wbc} ×10⁹/l, тромбоцити {plt} ×10⁹/l. Възпалителни маркери: CRP {crp_hi} mg/l, прокалцитонин {pct} ng/ml.",
            "B": "Бъбречна функция и електролити: креатинин {creat} µmol/l, eGFR {egfr} ml/min/1,73 m², натрий {na} mmol/l, калий {k} mmol/l.",
            "C": "HbA1c {hba1c} % ({hba1c_mmol} mmol/mol), кръвна захар на гладно {glu} mmol/l, LDL-холестерол {ldl} mmol/l, TSH {tsh} mIU/l.",
            "D": "hs-тропонин T {trop} ng/l (контрол след 3 ч: {trop2} ng/l), NT-proBNP {bnp} pg/ml, INR {inr}.",
        },
        "interp": ["Заключение: находката съответства на клиничната диагноза – {dx} ({code}). Да се съпостави с клиничната картина.",
                   "Коментар: стойностите извън референтните граници са отбелязани. Диагноза по направление: {dx}, МКБ-10 {code}."],
        "rad": {
            "cxr": "Рентгенография на бял дроб, фас и профил ({date_adm}). Показание: температура и продуктивна кашлица. Находка: консолидация в долния десен лоб с въздушна бронхограма, без плеврален излив, сърдечна сянка с нормални размери. Заключение: долнолобарна пневмония вдясно (J18.9). Препоръчва се контролна рентгенография след 6 седмици.",
            "ct": "КТ на корем и таз с венозен контраст ({date_adm}). Разширен, некомпресивен апендикс с диаметър {mm} mm и възпалителни промени в околната мастна тъкан; без свободен газ и абсцес. Заключение: остър апендицит (K35.8). Уведомен е хирургичният екип.",
            "hip": "Рентгенография на таз и тазобедрена става ({side}), {date_adm}: разместена фрактура на бедрената шийка (Garden IV), без други фрактури. Заключение: фрактура на бедрената шийка (S72.0). Поискана е ортопедична консултация.",
        },
        "lab_close": ["Критичната стойност е съобщена по телефона на дежурния лекар в {time2} ч.", "Резултатът е валидиран и подписан електронно."],
        "lab_pii": ["Пациент: {name}, ЕГН {natid}. Назначил изследването: {doc}."],
    },
    "sl": {
        "dx": ["sladkorna bolezen tipa 2 brez zapletov", "esencialna arterijska hipertenzija", "zunajbolnišnična pljučnica",
               "miokardni infarkt brez dviga spojnice ST (NSTEMI)", "dekompenzirano srčno popuščanje", "okužba sečil",
               "atrijska fibrilacija", "poslabšanje KOPB", "akutni apendicitis", "zlom stegneničnega vratu"],
        "depts": ["Interna klinika", "Klinični oddelek za kardiologijo", "Klinični oddelek za pljučne bolezni", "Klinični oddelek za abdominalno kirurgijo", "Klinični oddelek za travmatologijo"],
        "lab_depts": ["Klinični inštitut za klinično kemijo", "Klinični inštitut za radiologijo"],
        "drugs": ["metformin", "ramipril", "bisoprolol", "atorvastatin", "apiksaban", "furosemid", "pantoprazol",
                  "amoksicilin s klavulansko kislino", "acetilsalicilna kislina", "enoksaparin"],
        "freq": {"od": "1x dnevno", "bd": "2x dnevno", "night": "zvečer"},
        "iv": ["ceftriakson 2 g na 24 ur", "amoksicilin s klavulansko kislino 1,2 g na 8 ur"],
        "ops": ["laparoskopska apendektomija", "cementirana hemiartroplastika kolka"],
        "sides": ["levo", "desno"],
        "intro": [
            "ODPUSTNO PISMO – {dept}\nSprejem: {date_adm} | Odpust: {date_dis} | Ležalna doba: {days} dni\n\nGlavna diagnoza: {dx} ({code}).",
            "{pt}, star{a} {age} let, je bil{a} sprejet{a} {date_adm} prek urgentnega centra. Razlog za sprejem: {dx} (MKB-10 {code}). Domov je bil{a} odpuščen{a} {date_dis} po {days} dneh hospitalizacije.",
            "Odpustno pismo, {dept}. Hospitalizacija od {date_adm} do {date_dis}. Glavna diagnoza: {dx} [{code}]. {pt} ({age} let) doma živi samostojno.",
        ],
        "comorb": [
            "Spremljajoče diagnoze: {dx2} ({code2}); {dx3} ({code3}).",
            "Pridružene bolezni: {dx2} ({code2}) in {dx3} ({code3}). Zadnji HbA1c {hba1c} %, holesterol LDL {ldl} mmol/l.",
        ],
        "course": {
            "inf": [
                "Ob sprejemu vročina {temp} °C, SpO2 {spo2} % na sobnem zraku, CRP {crp_hi} mg/l, levkociti {wbc} ×10⁹/l. Po odvzemu hemokultur smo uvedli empirično intravensko antibiotično zdravljenje ({iv}), ki smo ga {iv_days}. dan zamenjali s peroralnim. Ob odpustu CRP {crp_lo} mg/l.",
                "Potek zdravljenja je bil brez zapletov: vročina je izzvenela v 48 urah, dodatek kisika smo ukinili {iv_days}. dan, vnetni parametri so upadli (CRP {crp_hi} → {crp_lo} mg/l). Ledvična funkcija je bila stabilna (kreatinin {creat} µmol/l, eGFR {egfr} ml/min/1,73 m²).",
            ],
            "card": [
                "Ob sprejemu RR {bp} mmHg, srčna frekvenca {hr}/min, SpO2 {spo2} %. hs-troponin T {trop} ng/l, po 3 urah {trop2} ng/l; NT-proBNP {bnp} pg/ml, kalij {k} mmol/l. Transtorakalna ehokardiografija: LVEF {ef} %, brez pomembnih okvar zaklopk.",
                "Monitorni nadzor v koronarni enoti {mon_h} ur brez malignih motenj ritma. Optimizirali smo antitrombotično zdravljenje in nadzor frekvence; ledvična funkcija je ostala stabilna (kreatinin {creat} µmol/l). Ob odpustu brez težav v mirovanju, samostojno hodi po oddelku.",
            ],
            "surg": [
                "Operativni poseg {op_day}. dan hospitalizacije: {op}. Pooperativni potek brez zapletov, rana celi per primam. CRP največ {crp_hi} mg/l, ob odpustu {crp_lo} mg/l; pooperativni hemoglobin {hb}.",
                "Tromboprofilaksa z enoksaparinom 40 mg s.c. enkrat dnevno med hospitalizacijo. Zgodnja mobilizacija s fizioterapijo od prvega pooperativnega dne. Analgezija s paracetamolom 1 g do 4-krat dnevno je zadostovala.",
            ],
        },
        "meds": ["Terapija ob odpustu: {meds}.",
                 "Priporočena terapija:\n{meds_lines}\nOstala kronična terapija nespremenjena."],
        "follow": [
            "Kontrola pri izbranem osebnem zdravniku v {fu_days} dneh z laboratorijskimi preiskavami (hemogram, CRP, kreatinin, kalij).",
            "Ambulantna kontrola čez {weeks} tednov. Cilji: HbA1c pod 7 %, krvni tlak pod 130/80 mmHg.",
            "Seznanjen{a} je z opozorilnimi znaki (vročina, težka sapa, bolečina v prsih); ob njihovem pojavu naj se oglasi v urgentnem centru. Bolniški stalež do {date_fit}.",
        ],
        "pii": ["Pacient: {tname}, rojen{a} {dob}, EMŠO {natid}\nNaslov: {address}\nTel.: {phone}",
                "Ime in priimek: {name} | EMŠO: {natid} | Tel.: {phone}"],
        "kin": ["Kontaktna oseba: {kin_name} ({kin_rel}), tel. {phone2}, e-pošta {email}."],
        "sign": ["Lečeči zdravnik: {doc}\n{dept}", "Elektronsko podpisano: {doc}, {date_dis}."],
        "lab_head": ["Laboratorijski izvid – odvzem {date_adm} ob {time}, naročnik: {dept}.",
                     "Klinična kemija / hematologija, {date_adm}. Vzorec: venska kri, sprejet ob {time}."],
        "panels": {
            "A": "Hemogram: hemoglobin {hb}, levkociti {wbc} ×10⁹/l, trombociti {plt} ×10⁹/l. Vnetni parametri: CRP {crp_hi} mg/l, prokalcitonin {pct} µg/l.",
            "B": "Ledvična funkcija in elektroliti: kreatinin {creat} µmol/l, eGFR {egfr} ml/min/1,73 m², natrij {na} mmol/l, kalij {k} mmol/l.",
            "C": "HbA1c {hba1c} % ({hba1c_mmol} mmol/mol), glukoza na tešče {glu} mmol/l, holesterol LDL {ldl} mmol/l, TSH {tsh} mE/l.",
            "D": "hs-troponin T {trop} ng/l (kontrola po 3 h: {trop2} ng/l), NT-proBNP {bnp} pg/ml, INR {inr}.",
        },
        "interp": ["Ocena: izvidi so skladni s klinično diagnozo – {dx} ({code}). Potrebna je klinična korelacija.",
                   "Opomba: vrednosti zunaj referenčnega območja so označene. Diagnoza na napotnici: {dx}, MKB-10 {code}."],
        "rad": {
            "cxr": "Rentgenogram prsnih organov PA in stranski ({date_adm}). Indikacija: vročina in produktiven kašelj. Izvid: konsolidacija v spodnjem režnju desnega pljučnega krila z zračnim bronhogramom, brez plevralnega izliva, srce normalno veliko. Zaključek: pljučnica desnega spodnjega režnja (J18.9). Priporočamo kontrolni rentgenogram čez 6 tednov.",
            "ct": "CT trebuha in medenice z intravenskim kontrastom ({date_adm}). Razširjen, nekompresibilen apendiks premera {mm} mm z vnetno infiltracijo okolnega maščevja; brez proste zračnine in abscesa. Zaključek: akutni apendicitis (K35.8). Obveščena je kirurška ekipa.",
            "hip": "Rentgenogram medenice in kolka ({side}), {date_adm}: dislociran zlom stegneničnega vratu (Garden IV), brez drugih zlomov. Zaključek: zlom stegneničnega vratu (S72.0). Zaprošen je ortopedski konzilij.",
        },
        "lab_close": ["Kritična vrednost je bila ob {time2} telefonsko sporočena oddelčnemu zdravniku.", "Izvid je potrjen in elektronsko podpisan."],
        "lab_pii": ["Pacient: {name}, EMŠO {natid}. Napotni zdravnik: {doc}."],
    },
    "nl": {
        "dx": ["diabetes mellitus type 2 zonder complicaties", "essentiële hypertensie", "pneumonie (community-acquired)",
               "NSTEMI (acuut subendocardiaal myocardinfarct)", "gedecompenseerd hartfalen", "urineweginfectie",
               "atriumfibrilleren", "COPD-exacerbatie", "acute appendicitis", "collumfractuur (heupfractuur)"],
        "depts": ["Interne Geneeskunde", "Cardiologie", "Longziekten", "Chirurgie", "Orthopedie"],
        "lab_depts": ["Klinisch Chemisch Laboratorium", "Radiologie"],
        "drugs": ["metformine", "ramipril", "bisoprolol", "atorvastatine", "apixaban", "furosemide", "pantoprazol",
                  "amoxicilline/clavulaanzuur", "acetylsalicylzuur", "enoxaparine"],
        "freq": {"od": "1dd1", "bd": "2dd1", "night": "'s avonds"},
        "iv": ["ceftriaxon 2 g 1dd i.v.", "amoxicilline/clavulaanzuur 1,2 g 3dd i.v."],
        "ops": ["laparoscopische appendectomie", "gecementeerde kophalsprothese"],
        "sides": ["links", "rechts"],
        "intro": [
            "ONTSLAGBRIEF – {dept}\nOpname: {date_adm} | Ontslag: {date_dis} | Opnameduur: {days} dagen\n\nHoofddiagnose: {dx} ({code}).",
            "Patiënt, {age} jaar, opgenomen via de Spoedeisende Hulp op {date_adm}. Reden van opname: {dx} (ICD-10 {code}). Op {date_dis} naar huis ontslagen na {days} dagen opname.",
            "Ontslagbrief afdeling {dept}. Opname van {date_adm} tot {date_dis}. Hoofddiagnose: {dx} [{code}]. Patiënt is {age} jaar oud en woont zelfstandig.",
        ],
        "comorb": [
            "Nevendiagnosen: {dx2} ({code2}); {dx3} ({code3}).",
            "Voorgeschiedenis: {dx2} ({code2}) en {dx3} ({code3}). Laatste HbA1c {hba1c_mmol} mmol/mol, LDL-cholesterol {ldl} mmol/l.",
        ],
        "course": {
            "inf": [
                "Bij opname koorts ({temp} °C), SpO2 {spo2} % zonder zuurstof, CRP {crp_hi} mg/l en leukocyten {wbc} ×10⁹/l. Na afname van bloedkweken werd gestart met empirische intraveneuze antibiotica ({iv}), op dag {iv_days} omgezet naar orale behandeling. Bij ontslag CRP {crp_lo} mg/l.",
                "Het beloop was ongecompliceerd: binnen 48 uur koortsvrij, zuurstof kon op dag {iv_days} worden gestaakt en de ontstekingsparameters daalden (CRP {crp_hi} → {crp_lo} mg/l). Stabiele nierfunctie (kreatinine {creat} µmol/l, eGFR {egfr} ml/min/1,73 m²).",
            ],
            "card": [
                "Bij opname RR {bp} mmHg, hartfrequentie {hr}/min, SpO2 {spo2} %. hs-troponine T {trop} ng/l, na 3 uur {trop2} ng/l; NT-proBNP {bnp} pg/ml, kalium {k} mmol/l. Transthoracale echocardiografie: LVEF {ef} %, geen relevante klepafwijkingen.",
                "Monitorbewaking op de CCU gedurende {mon_h} uur zonder maligne ritmestoornissen. De antitrombotische en frequentieregulerende medicatie werd geoptimaliseerd; de nierfunctie bleef stabiel (kreatinine {creat} µmol/l). Bij ontslag in rust klachtenvrij en zelfstandig mobiel op de afdeling.",
            ],
            "surg": [
                "Operatie op dag {op_day}: {op}. Postoperatief ongecompliceerd beloop, wond rustig. CRP maximaal {crp_hi} mg/l, bij ontslag {crp_lo} mg/l; postoperatief Hb {hb}.",
                "Tromboseprofylaxe met enoxaparine 40 mg s.c. eenmaal daags tijdens de opname. Vroege mobilisatie met fysiotherapie vanaf de eerste postoperatieve dag. Pijnstilling met paracetamol 1 g tot 4 keer per dag was afdoende.",
            ],
        },
        "meds": ["Medicatie bij ontslag: {meds}.",
                 "Ontslagmedicatie:\n{meds_lines}\nOverige chronische medicatie ongewijzigd."],
        "follow": [
            "Controle bij de huisarts binnen {fu_days} dagen met laboratoriumonderzoek (bloedbeeld, CRP, kreatinine, kalium).",
            "Poliklinische controle over {weeks} weken. Streefwaarden: HbA1c onder 53 mmol/mol, bloeddruk onder 130/80 mmHg.",
            "Patiënt is geïnformeerd over alarmsymptomen (koorts, kortademigheid, pijn op de borst) en neemt bij optreden contact op met de SEH. Arbeidsongeschikt tot en met {date_fit}.",
        ],
        "pii": ["Patiënt: {tname}, geboortedatum {dob}, BSN {natid}\nAdres: {address}\nTel.: {phone}",
                "Naam: {name} | Geb.datum: {dob} | BSN: {natid} | Tel.: {phone}"],
        "kin": ["Contactpersoon: {kin_name} ({kin_rel}), tel. {phone2}, e-mail {email}."],
        "sign": ["Behandelend arts: {doc}\nAfdeling {dept}", "Elektronisch ondertekend door {doc} op {date_dis}."],
        "lab_head": ["Laboratoriumuitslag – afname {date_adm} om {time}, aanvrager: {dept}.",
                     "Klinische chemie / hematologie, {date_adm}. Materiaal: veneus bloed, ontvangen om {time}."],
        "panels": {
            "A": "Bloedbeeld: Hb {hb}, leukocyten {wbc} ×10⁹/l, trombocyten {plt} ×10⁹/l. Ontstekingsparameters: CRP {crp_hi} mg/l, procalcitonine {pct} µg/l.",
            "B": "Nierfunctie en elektrolyten: kreatinine {creat} µmol/l, eGFR {egfr} ml/min/1,73 m², natrium {na} mmol/l, kalium {k} mmol/l.",
            "C": "HbA1c {hba1c_mmol} mmol/mol, nuchtere glucose {glu} mmol/l, LDL-cholesterol {ldl} mmol/l, TSH {tsh} mU/l.",
            "D": "hs-troponine T {trop} ng/l (herhaling na 3 uur: {trop2} ng/l), NT-proBNP {bnp} pg/ml, INR {inr}.",
        },
        "interp": ["Beoordeling: bevindingen passend bij de klinische diagnose – {dx} ({code}). Graag correleren met de kliniek.",
                   "Opmerking: waarden buiten het referentiegebied zijn gemarkeerd. Diagnose op aanvraagformulier: {dx}, ICD-10 {code}."],
        "rad": {
            "cxr": "X-thorax, voor-achterwaarts en zijwaarts ({date_adm}). Vraagstelling: koorts en productieve hoest. Bevindingen: consolidatie in de rechter onderkwab met luchtbronchogram, geen pleuravocht, normale hartgrootte. Conclusie: pneumonie rechter onderkwab (J18.9). Controlefoto over 6 weken geadviseerd.",
            "ct": "CT abdomen en bekken met intraveneus contrast ({date_adm}). Verwijde, niet-comprimeerbare appendix met een diameter van {mm} mm en vetinfiltratie rondom; geen vrije lucht, geen abces. Conclusie: acute appendicitis (K35.8). Chirurg op de hoogte gebracht.",
            "hip": "X-bekken en heup ({side}), {date_adm}: gedisloceerde collumfractuur (Garden IV), geen andere fracturen. Conclusie: mediale collumfractuur (S72.0). Consult orthopedie aangevraagd.",
        },
        "lab_close": ["Kritieke waarde om {time2} telefonisch doorgegeven aan de zaalarts.", "Uitslag geautoriseerd en elektronisch ondertekend."],
        "lab_pii": ["Patiënt: {name}, geb. {dob}, BSN {natid}. Aanvragend arts: {doc}."],
    },
}


@dataclass
class Rec:
    """One output record (or a deliberately broken line) before serialisation."""

    text: object
    meta: dict
    lang: str
    file: str
    kind: str = "base"          # base | exact_dup | near_dup | off_lang | malformed
    note: str = ""              # what was planted (for the summary)
    src: "Rec | None" = None    # source record of a duplicate
    has_id: bool = True
    raw: str | None = None      # literal line for malformed records
    id: str | None = None
    pii: bool = False


def assemble(paragraphs: list[str], rng: random.Random) -> str:
    """Join paragraphs, sometimes merging neighbours into one paragraph."""
    out = [paragraphs[0]]
    for para in paragraphs[1:]:
        if "\n" not in para and "\n" not in out[-1] and rng.random() < 0.35:
            out[-1] = out[-1] + " " + para
        else:
            out.append(para)
    return "\n\n".join(out)


def bounded(build, rng: random.Random, lo: int = 200, hi: int = 1500):
    """Call ``build(rng)`` until its text length lies in [lo, hi]."""
    for _ in range(50):
        result = build(rng)
        if lo <= len(result[0]) <= hi:
            return result
    raise RuntimeError("could not build a document of acceptable length")


def hb_value(lang: str, g_dl: float) -> str:
    """Haemoglobin in the unit customary for the country of ``lang``."""
    if lang == "nl":
        return f"{fnum(lang, g_dl * 0.6206, 1)} mmol/l"
    if lang in ("fi", "sv", "sl", "bg"):
        return f"{round(g_dl * 10)} g/l"
    return f"{fnum(lang, g_dl, 1)} " + ("g/dl" if lang in ("de", "pl") else "g/dL")


def clinical_values(rng: random.Random, lang: str, cat: str, nstemi: bool) -> dict:
    """Random but clinically coherent values for one patient."""
    f = lambda x, d=1: fnum(lang, x, d)  # noqa: E731
    hba1c = rng.uniform(5.6, 9.8)
    crp_hi = {"inf": rng.randint(80, 260), "card": rng.randint(3, 25), "surg": rng.randint(40, 190)}[cat]
    trop = rng.randint(9, 45)
    return {
        "temp": f(rng.uniform(38.1, 39.8)), "spo2": rng.randint(86, 97), "crp_hi": crp_hi,
        "crp_lo": rng.randint(3, max(4, crp_hi // 6)), "wbc": f(rng.uniform(11.0, 19.5) if cat == "inf" else rng.uniform(4.5, 10.8)),
        "creat": rng.randint(55, 165), "egfr": rng.randint(32, 98), "k": f(rng.uniform(3.4, 5.3)), "na": rng.randint(131, 145),
        "bp": f"{rng.randint(105, 185)}/{rng.randint(60, 105)}", "hr": rng.randint(52, 128),
        "trop": trop, "trop2": rng.randint(120, 980) if nstemi else trop + rng.randint(0, 6), "bnp": rng.randint(180, 9800),
        "ef": rng.choice(range(25, 66, 5)), "hba1c": f(hba1c), "hba1c_mmol": round((hba1c - 2.15) * 10.929),
        "glu": f(rng.uniform(5.2, 13.5)), "ldl": f(rng.uniform(1.4, 4.6)), "tsh": f(rng.uniform(0.4, 4.8), 2),
        "plt": rng.randint(140, 420), "pct": f(rng.uniform(0.05, 4.5), 2), "inr": f(rng.uniform(0.9, 3.1)),
        "mm": rng.randint(8, 15), "hb": hb_value(lang, rng.uniform(9.2, 15.8)), "iv_days": rng.randint(2, 5),
        "op_day": rng.randint(1, 2), "mon_h": rng.choice([24, 36, 48]), "fu_days": rng.choice([7, 10, 14]),
        "weeks": rng.choice([6, 8, 12]), "days": rng.randint(5, 16),
    }


def discharge_meds(rng: random.Random, lang: str, primary: int, comorb: list[int]) -> list[str]:
    """Plausible discharge medication list (localised strings)."""
    pack = HEALTH[lang]
    chosen: list[int] = []
    cat = DX_CATEGORY[primary]
    if cat == "inf":
        chosen.append(7)
    elif cat == "card":
        chosen += [2, 3] + ([8] if primary == 3 else []) + ([4] if primary == 6 else []) + ([5, 1] if primary == 4 else [])
    elif primary == 9:
        chosen.append(9)
    chosen += {0: [0], 1: [1], 6: [4], 4: [5, 1]}.get(comorb[0], []) + {0: [0], 1: [1], 6: [4], 4: [5]}.get(comorb[1], [])
    if rng.random() < 0.5 or len(set(chosen)) < 2:
        chosen.append(6)
    if len(set(chosen)) < 2:
        chosen.append(3)
    out = []
    for idx in dict.fromkeys(chosen):
        doses, freq = DRUG_DOSES[idx]
        dose = re.sub(r"(\d)\.(\d)", r"\g<1>" + DEC_SEP[lang] + r"\g<2>", rng.choice(doses))
        out.append(f"{pack['drugs'][idx]} {dose} {pack['freq'][freq]}")
    return out


def person_fillers(rng: random.Random, lang: str, person: Person) -> dict:
    """Template fields describing a person (patient or customer)."""
    values = {"name": person.name, "tname": person.titled, "name_rev": f"{person.last.upper()} {person.first}",
              "dob": fdate(lang, person.dob), "natid": national_id(rng, person), "idlabel": NATID_LABEL[lang],
              "address": address(rng, lang), "phone": phone(rng, lang), "email": email(rng, person)}
    values.update(GENDER_WORDS.get(lang, {}).get(person.gender, {}))
    return values


def doctor(rng: random.Random, lang: str) -> str:
    """Name of a physician with the customary title."""
    doc = make_person(rng, lang, age_range=(30, 64))
    return DOC_TITLE[lang][0 if doc.gender == "m" else 1].format(n=doc.name)


def health_case(rng: random.Random, lang: str, primary: int, ref: dt.date) -> dict:
    """All template fields for one hospital case."""
    cat = DX_CATEGORY.get(primary, "inf")
    pack = HEALTH[lang]
    vals = clinical_values(rng, lang, cat, nstemi=primary == 3)
    age = rng.randint(70, 94) if primary == 9 else rng.randint(24, 91)
    patient = make_person(rng, lang, age_range=(age, age), ref_year=ref.year)
    comorb = rng.sample([i for i in (0, 1, 6, 4, 7) if i != primary], 2)
    kin_gender, kin_rel = rng.choice(KIN_RELATIONS[lang])
    kin = make_person(rng, lang, gender=kin_gender, surname_idx=patient.surname_idx)
    date_dis = ref + dt.timedelta(days=vals["days"])
    vals.update(person_fillers(rng, lang, patient))
    vals.update({
        "age": age, "dx": pack["dx"][primary], "code": DX_CODES[primary],
        "dx2": pack["dx"][comorb[0]], "code2": DX_CODES[comorb[0]], "dx3": pack["dx"][comorb[1]], "code3": DX_CODES[comorb[1]],
        "dept": pack["depts"][DX_DEPT.get(primary, 0)], "date_adm": fdate(lang, ref), "date_dis": fdate(lang, date_dis),
        "date_fit": fdate(lang, date_dis + dt.timedelta(days=rng.choice([7, 10, 14, 21]))),
        "iv": rng.choice(pack["iv"]), "op": pack["ops"][0 if primary == 8 else 1], "side": rng.choice(pack["sides"]),
        "kin_name": kin.name, "kin_rel": kin_rel, "phone2": phone(rng, lang), "doc": doctor(rng, lang),
        "time": rand_time(rng, 6, 22), "time2": rand_time(rng, 0, 23),
    })
    vals["email"] = email(rng, kin)
    meds = discharge_meds(rng, lang, primary, comorb) if primary in DX_CATEGORY else []
    vals["meds"] = ", ".join(meds)
    vals["meds_lines"] = "\n".join(f"- {m}" for m in meds)
    vals["_cat"], vals["_discharge"] = cat, date_dis
    return vals


def build_discharge(rng: random.Random, lang: str) -> tuple[str, dict, bool]:
    """One discharge summary: (text, metadata, contains_pii)."""
    pack = HEALTH[lang]
    primary = rng.choice(list(DX_CATEGORY))
    ref = rand_date(rng, dt.date(2023, 1, 2), dt.date(2025, 9, 30))
    v = health_case(rng, lang, primary, ref)
    pii = rng.random() < 0.55
    paras = [fill(rng.choice(pack["intro"]), v)]
    if rng.random() < 0.8:
        paras.append(fill(rng.choice(pack["comorb"]), v))
    course = pack["course"][v["_cat"]]
    paras.append(" ".join(fill(t, v) for t in (course if rng.random() < 0.6 else [rng.choice(course)])))
    paras.append(fill(rng.choice(pack["meds"]), v))
    follow = rng.sample(pack["follow"], rng.randint(1, 2))
    paras.append(" ".join(fill(t, v) for t in follow))
    blocks = [assemble(paras, rng)]
    if pii:
        block = fill(rng.choice(pack["pii"]), v)
        if rng.random() < 0.4:
            blocks.insert(0, block)
        else:
            blocks.append(block)
        if rng.random() < 0.5:
            blocks.append(fill(pack["kin"][0], v))
        if rng.random() < 0.7:
            blocks.append(fill(rng.choice(pack["sign"]), v))
    meta = {"department": v["dept"], "ward": f"{rng.randint(1, 9)}{rng.choice('ABCDE')}",
            "date": v["_discharge"].isoformat()}
    return "\n\n".join(blocks), meta, pii


LAB_PANELS = {0: "CB", 1: "BC", 2: "AB", 3: "DB", 4: "DB", 5: "AB", 6: "DB"}


def build_lab_note(rng: random.Random, lang: str) -> tuple[str, dict, bool]:
    """One laboratory or radiology note: (text, metadata, contains_pii)."""
    pack = HEALTH[lang]
    ref = rand_date(rng, dt.date(2023, 1, 2), dt.date(2025, 10, 31))
    pii = rng.random() < 0.45
    if rng.random() < 0.6:
        primary = rng.choice(list(LAB_PANELS))
        v = health_case(rng, lang, primary, ref)
        panels = list(LAB_PANELS[primary])
        if rng.random() < 0.4:
            panels.append(rng.choice([p for p in "ABCD" if p not in panels]))
        parts = [fill(rng.choice(pack["lab_head"]), v)] + [fill(pack["panels"][p], v) for p in panels]
        parts.append(fill(rng.choice(pack["interp"]), v))
        if rng.random() < 0.5:
            parts.append(fill(rng.choice(pack["lab_close"]), v))
        dept, modality = pack["lab_depts"][0], "LAB"
    else:
        exam = rng.choice(["cxr", "ct", "hip"])
        v = health_case(rng, lang, {"cxr": 2, "ct": 8, "hip": 9}[exam], ref)
        parts = [fill(pack["rad"][exam], v)]
        if rng.random() < 0.5:
            parts.append(fill(rng.choice(pack["lab_close"]), v))
        dept, modality = pack["lab_depts"][1], ("CT" if exam == "ct" else "XR")
    if pii:
        parts.append(fill(pack["lab_pii"][0], v))
    text = " ".join(parts) if rng.random() < 0.5 else "\n".join(parts)
    return text, {"department": dept, "date": ref.isoformat(), "modality": modality}, pii


# ---------------------------------------------------------------------------
# CLIMATE: weather-station reports and climate-impact reports
# ---------------------------------------------------------------------------

# (station name, latitude, longitude, elevation m, region)
STATIONS = {
    "en": [("Dublin Airport", 53.428, -6.241, 71, "Leinster"), ("Cork Airport", 51.847, -8.486, 155, "Munster"),
           ("Shannon Airport", 52.690, -8.918, 14, "Munster"), ("Mace Head", 53.326, -9.901, 21, "Connacht"),
           ("Mullingar", 53.537, -7.362, 101, "Leinster")],
    "de": [("München-Stadt", 48.163, 11.543, 515, "Bayern"), ("Hamburg-Fuhlsbüttel", 53.633, 9.988, 11, "Hamburg"),
           ("Zugspitze", 47.421, 10.985, 2956, "Bayern"), ("Leipzig/Halle", 51.435, 12.240, 131, "Sachsen"),
           ("Freiburg", 48.023, 7.834, 237, "Baden-Württemberg")],
    "fr": [("Lyon-Bron", 45.729, 4.939, 198, "Auvergne-Rhône-Alpes"), ("Toulouse-Blagnac", 43.621, 1.379, 151, "Occitanie"),
           ("Brest-Guipavas", 48.444, -4.412, 94, "Bretagne"), ("Nîmes-Courbessac", 43.857, 4.406, 59, "Occitanie"),
           ("Strasbourg-Entzheim", 48.549, 7.640, 150, "Grand Est")],
    "it": [("Milano Linate", 45.433, 9.283, 103, "Lombardia"), ("Roma Ciampino", 41.799, 12.595, 129, "Lazio"),
           ("Bologna Borgo Panigale", 44.531, 11.297, 38, "Emilia-Romagna"), ("Palermo Boccadifalco", 38.111, 13.311, 117, "Sicilia"),
           ("Pescara", 42.432, 14.201, 11, "Abruzzo")],
    "es": [("Madrid Retiro", 40.412, -3.678, 667, "Comunidad de Madrid"), ("Valencia", 39.481, -0.366, 11, "Comunitat Valenciana"),
           ("Sevilla Aeropuerto", 37.417, -5.879, 34, "Andalucía"), ("Zaragoza Aeropuerto", 41.660, -1.004, 249, "Aragón"),
           ("Santiago de Compostela", 42.888, -8.411, 370, "Galicia")],
    "pl": [("Warszawa-Okęcie", 52.163, 20.961, 106, "mazowieckie"), ("Kraków-Balice", 50.078, 19.785, 237, "małopolskie"),
           ("Zakopane", 49.294, 19.960, 855, "małopolskie"), ("Gdańsk-Rębiechowo", 54.384, 18.467, 138, "pomorskie"),
           ("Wrocław-Strachowice", 51.103, 16.898, 120, "dolnośląskie")],
    "fi": [("Helsinki-Vantaa", 60.327, 24.957, 51, "Uusimaa"), ("Sodankylä", 67.367, 26.629, 179, "Lappi"),
           ("Jyväskylä", 62.403, 25.678, 139, "Keski-Suomi"), ("Oulu", 64.930, 25.354, 14, "Pohjois-Pohjanmaa"),
           ("Utsjoki Kevo", 69.757, 27.012, 107, "Lappi")],
    "sv": [("Stockholm-Observatoriekullen", 59.342, 18.055, 43, "Stockholms län"), ("Göteborg", 57.716, 11.992, 5, "Västra Götalands län"),
           ("Kiruna", 67.827, 20.336, 424, "Norrbottens län"), ("Lund", 55.713, 13.209, 73, "Skåne län"),
           ("Östersund", 63.197, 14.480, 376, "Jämtlands län")],
    "el": [("Αθήνα-Ελληνικό", 37.899, 23.745, 15, "Αττική"), ("Θεσσαλονίκη-Μακεδονία", 40.520, 22.971, 4, "Κεντρική Μακεδονία"),
           ("Λάρισα", 39.650, 22.444, 73, "Θεσσαλία"), ("Ηράκλειο", 35.339, 25.180, 39, "Κρήτη"),
           ("Ιωάννινα", 39.697, 20.823, 484, "Ήπειρος")],
    "bg": [("София", 42.655, 23.384, 595, "Югозападен район"), ("Пловдив", 42.138, 24.755, 185, "Южен централен район"),
           ("Варна", 43.232, 27.825, 43, "Североизточен район"), ("Мусала", 42.179, 23.585, 2925, "Югозападен район"),
           ("Видин", 43.983, 22.850, 31, "Северозападен район")],
    "sl": [("Ljubljana-Bežigrad", 46.066, 14.512, 299, "Osrednjeslovenska"), ("Maribor-Tabor", 46.539, 15.645, 275, "Podravska"),
           ("Kredarica", 46.379, 13.849, 2514, "Gorenjska"), ("Portorož-letališče", 45.475, 13.616, 2, "Obalno-kraška"),
           ("Novo mesto", 45.802, 15.177, 220, "Jugovzhodna Slovenija")],
    "nl": [("De Bilt", 52.101, 5.177, 2, "Utrecht"), ("Schiphol", 52.318, 4.790, -3, "Noord-Holland"),
           ("Eelde", 53.125, 6.585, 5, "Drenthe"), ("Vlissingen", 51.442, 3.596, 8, "Zeeland"),
           ("Maastricht", 50.906, 5.762, 114, "Limburg")],
}

HEMI = {"en": ("N", "S", "E", "W"), "de": ("N", "S", "O", "W"), "fr": ("N", "S", "E", "O"), "it": ("N", "S", "E", "O"),
        "es": ("N", "S", "E", "O"), "pl": ("N", "S", "E", "W"), "fi": ("P", "E", "I", "L"), "sv": ("N", "S", "O", "V"),
        "el": ("Β", "Ν", "Α", "Δ"), "bg": ("с. ш.", "ю. ш.", "и. д.", "з. д."), "sl": ("S", "J", "V", "Z"), "nl": ("N", "Z", "O", "W")}
WIND_DIRS = {"en": "N NE E SE S SW W NW", "de": "N NO O SO S SW W NW", "fr": "N NE E SE S SO O NO",
             "it": "N NE E SE S SO O NO", "es": "N NE E SE S SO O NO", "pl": "N NE E SE S SW W NW",
             "fi": "P KO I KA E LO L LU", "sv": "N NO O SO S SV V NV", "el": "Β ΒΑ Α ΝΑ Ν ΝΔ Δ ΒΔ",
             "bg": "С СИ И ЮИ Ю ЮЗ З СЗ", "sl": "S SV V JV J JZ Z SZ", "nl": "N NO O ZO Z ZW W NW"}

STATION_TEXT = {
    "en": {
        "head": ["Daily climatological report – station {sid} {sname} ({lat}, {lon}, {elev} m above sea level), observation date {date}.",
                 "{sname} [{sid}] – synoptic summary for {date}. Position {lat} {lon}, station elevation {elev} m."],
        "temp": ["Maximum air temperature {tmax} °C, minimum {tmin} °C, daily mean {tmean} °C.",
                 "Temperature ranged from {tmin} °C at {t_early} to {tmax} °C at {t_late} local time; grass minimum {tgrass} °C."],
        "precip": ["Precipitation total (06–06 UTC): {prcp} mm, {pnote}.",
                   "24-hour precipitation {prcp} mm, maximum 10-minute amount {p10} mm. Sunshine duration {sun} h."],
        "wind": ["Mean wind speed {wind} m/s from {dir}, maximum gust {gust} m/s. Relative humidity {rh} %, mean sea-level pressure {pres} hPa.",
                 "Wind {dir} {wind} m/s (gusts {gust} m/s), relative humidity at 12 UTC {rh} %, QFF {pres} hPa."],
        "ok": "Remarks: rain gauge checked and emptied, no anomalies.",
        "gap": "Data gap from {t_gap1} to {t_gap2} UTC due to a power outage; hourly values interpolated and flagged.",
        "snow": "Snow depth at 07:00 UTC: {snow} cm.",
        "sky": "Total cloud cover at 12 UTC {cloud}/8, visibility {vis} km, dew point {td} °C.",
        "qc": "Quality control: all hourly values passed the automatic plausibility checks.",
        "synop": "Synoptic temperatures (00/06/12/18 UTC): {t00} / {t06} / {t12} / {t18} °C.",
        "sensor": "Humidity sensor replaced during routine maintenance; readings before 10:00 UTC are provisional.",
        "observer": ["Observer on duty: {name}, tel. {phone}.", "Report compiled by {name} ({email})."],
        "dry": "no precipitation",
        "wet": ["showers in the afternoon", "light drizzle overnight", "thunderstorm with hail between 16:00 and 17:00", "continuous moderate rain"],
    },
    "de": {
        "head": ["Tagesbericht der Klimastation {sid} {sname} ({lat}, {lon}, {elev} m ü. NN), Beobachtungsdatum {date}.",
                 "{sname} [{sid}] – Wetterbeobachtung vom {date}. Position {lat} {lon}, Stationshöhe {elev} m."],
        "temp": ["Höchsttemperatur {tmax} °C, Tiefsttemperatur {tmin} °C, Tagesmittel {tmean} °C.",
                 "Die Lufttemperatur lag zwischen {tmin} °C um {t_early} Uhr und {tmax} °C um {t_late} Uhr Ortszeit; Erdbodenminimum {tgrass} °C."],
        "precip": ["Niederschlagssumme (06–06 UTC): {prcp} mm, {pnote}.",
                   "24-stündige Niederschlagshöhe {prcp} mm, maximale 10-Minuten-Summe {p10} mm. Sonnenscheindauer {sun} h."],
        "wind": ["Mittlere Windgeschwindigkeit {wind} m/s aus {dir}, Spitzenböe {gust} m/s. Relative Feuchte {rh} %, Luftdruck auf Meeresniveau {pres} hPa.",
                 "Wind {dir} {wind} m/s (Böen {gust} m/s), relative Feuchte um 12 UTC {rh} %, QFF {pres} hPa."],
        "ok": "Bemerkungen: Niederschlagsmesser kontrolliert und geleert, keine Auffälligkeiten.",
        "gap": "Datenlücke von {t_gap1} bis {t_gap2} UTC wegen Stromausfall; Stundenwerte interpoliert und gekennzeichnet.",
        "snow": "Schneehöhe um 07:00 UTC: {snow} cm.",
        "sky": "Gesamtbedeckung um 12 UTC {cloud}/8, Sichtweite {vis} km, Taupunkt {td} °C.",
        "qc": "Qualitätskontrolle: Alle Stundenwerte haben die automatische Plausibilitätsprüfung bestanden.",
        "synop": "Temperatur zu den Hauptterminen (00/06/12/18 UTC): {t00} / {t06} / {t12} / {t18} °C.",
        "sensor": "Feuchtesensor im Rahmen der Routinewartung getauscht; Werte vor 10:00 UTC gelten als vorläufig.",
        "observer": ["Beobachtung: {name}, Tel. {phone}.", "Bericht erstellt von {name} ({email})."],
        "dry": "kein Niederschlag",
        "wet": ["Schauer am Nachmittag", "leichter Sprühregen in der Nacht", "Gewitter mit Hagel zwischen 16 und 17 Uhr", "anhaltender mäßiger Regen"],
    },
    "fr": {
        "head": ["Bulletin climatologique quotidien – station {sid} {sname} ({lat}, {lon}, altitude {elev} m), date d'observation : {date}.",
                 "{sname} [{sid}] – relevé du {date}. Position {lat} {lon}, altitude de la station {elev} m."],
        "temp": ["Température maximale {tmax} °C, minimale {tmin} °C, moyenne journalière {tmean} °C.",
                 "La température a varié de {tmin} °C à {t_early} à {tmax} °C à {t_late} heure locale ; minimum au ras du sol {tgrass} °C."],
        "precip": ["Cumul de précipitations (06–06 UTC) : {prcp} mm, {pnote}.",
                   "Hauteur de précipitations sur 24 heures : {prcp} mm, maximum sur 10 minutes {p10} mm. Durée d'insolation {sun} h."],
        "wind": ["Vent moyen {wind} m/s de secteur {dir}, rafale maximale {gust} m/s. Humidité relative {rh} %, pression au niveau de la mer {pres} hPa.",
                 "Vent {dir} {wind} m/s (rafales à {gust} m/s), humidité relative à 12 UTC {rh} %, QFF {pres} hPa."],
        "ok": "Remarques : pluviomètre contrôlé et vidé, aucune anomalie.",
        "gap": "Lacune de données de {t_gap1} à {t_gap2} UTC suite à une coupure de courant ; valeurs horaires interpolées et signalées.",
        "snow": "Hauteur de neige à 07:00 UTC : {snow} cm.",
        "sky": "Nébulosité totale à 12 UTC : {cloud}/8, visibilité {vis} km, point de rosée {td} °C.",
        "qc": "Contrôle qualité : toutes les valeurs horaires ont passé les tests automatiques de plausibilité.",
        "synop": "Températures aux heures synoptiques (00/06/12/18 UTC) : {t00} / {t06} / {t12} / {t18} °C.",
        "sensor": "Capteur d'humidité remplacé lors de la maintenance de routine ; les mesures antérieures à 10:00 UTC sont provisoires.",
        "observer": ["Observation assurée par {name}, tél. {phone}.", "Bulletin rédigé par {name} ({email})."],
        "dry": "pas de précipitations",
        "wet": ["averses l'après-midi", "bruine faible la nuit", "orage avec grêle entre 16 h et 17 h", "pluie modérée continue"],
    },
    "it": {
        "head": ["Bollettino climatologico giornaliero – stazione {sid} {sname} ({lat}, {lon}, {elev} m s.l.m.), data di osservazione {date}.",
                 "{sname} [{sid}] – osservazioni del {date}. Coordinate {lat} {lon}, quota della stazione {elev} m."],
        "temp": ["Temperatura massima {tmax} °C, minima {tmin} °C, media giornaliera {tmean} °C.",
                 "La temperatura è variata da {tmin} °C alle {t_early} a {tmax} °C alle {t_late} ora locale; minima al suolo {tgrass} °C."],
        "precip": ["Precipitazione totale (06–06 UTC): {prcp} mm, {pnote}.",
                   "Precipitazione nelle 24 ore {prcp} mm, massimo su 10 minuti {p10} mm. Durata del soleggiamento {sun} h."],
        "wind": ["Velocità media del vento {wind} m/s da {dir}, raffica massima {gust} m/s. Umidità relativa {rh} %, pressione al livello del mare {pres} hPa.",
                 "Vento {dir} {wind} m/s (raffiche {gust} m/s), umidità relativa alle 12 UTC {rh} %, QFF {pres} hPa."],
        "ok": "Note: pluviometro controllato e svuotato, nessuna anomalia.",
        "gap": "Lacuna nei dati dalle {t_gap1} alle {t_gap2} UTC per interruzione dell'alimentazione elettrica; valori orari interpolati e contrassegnati.",
        "snow": "Altezza del manto nevoso alle 07:00 UTC: {snow} cm.",
        "sky": "Copertura nuvolosa totale alle 12 UTC {cloud}/8, visibilità {vis} km, temperatura di rugiada {td} °C.",
        "qc": "Controllo di qualità: tutti i valori orari hanno superato i test automatici di plausibilità.",
        "synop": "Temperature alle ore sinottiche (00/06/12/18 UTC): {t00} / {t06} / {t12} / {t18} °C.",
        "sensor": "Sensore di umidità sostituito durante la manutenzione ordinaria; i valori precedenti alle 10:00 UTC sono provvisori.",
        "observer": ["Osservazione a cura di {name}, tel. {phone}.", "Bollettino redatto da {name} ({email})."],
        "dry": "nessuna precipitazione",
        "wet": ["rovesci nel pomeriggio", "pioviggine debole nella notte", "temporale con grandine tra le 16 e le 17", "pioggia moderata continua"],
    },
    "es": {
        "head": ["Parte climatológico diario – estación {sid} {sname} ({lat}, {lon}, altitud {elev} m), fecha de observación {date}.",
                 "{sname} [{sid}] – resumen de observaciones del {date}. Coordenadas {lat} {lon}, altitud de la estación {elev} m."],
        "temp": ["Temperatura máxima {tmax} °C, mínima {tmin} °C, media diaria {tmean} °C.",
                 "La temperatura osciló entre {tmin} °C a las {t_early} y {tmax} °C a las {t_late} hora local; mínima a ras de suelo {tgrass} °C."],
        "precip": ["Precipitación acumulada (06–06 UTC): {prcp} mm, {pnote}.",
                   "Precipitación en 24 horas {prcp} mm, máximo en 10 minutos {p10} mm. Insolación {sun} h."],
        "wind": ["Velocidad media del viento {wind} m/s de componente {dir}, racha máxima {gust} m/s. Humedad relativa {rh} %, presión al nivel del mar {pres} hPa.",
                 "Viento {dir} {wind} m/s (rachas de {gust} m/s), humedad relativa a las 12 UTC {rh} %, QFF {pres} hPa."],
        "ok": "Observaciones: pluviómetro revisado y vaciado, sin incidencias.",
        "gap": "Laguna de datos entre las {t_gap1} y las {t_gap2} UTC por un corte de suministro eléctrico; valores horarios interpolados y marcados.",
        "snow": "Espesor de nieve a las 07:00 UTC: {snow} cm.",
        "sky": "Nubosidad total a las 12 UTC {cloud}/8, visibilidad {vis} km, punto de rocío {td} °C.",
        "qc": "Control de calidad: todos los valores horarios han superado las pruebas automáticas de coherencia.",
        "synop": "Temperaturas en las horas sinópticas (00/06/12/18 UTC): {t00} / {t06} / {t12} / {t18} °C.",
        "sensor": "Sustituido el sensor de humedad durante el mantenimiento rutinario; los valores anteriores a las 10:00 UTC son provisionales.",
        "observer": ["Observación a cargo de {name}, tel. {phone}.", "Parte elaborado por {name} ({email})."],
        "dry": "sin precipitación",
        "wet": ["chubascos por la tarde", "llovizna débil durante la noche", "tormenta con granizo entre las 16 y las 17 h", "lluvia moderada continua"],
    },
    "pl": {
        "head": ["Dobowy raport klimatologiczny – stacja {sid} {sname} ({lat}, {lon}, {elev} m n.p.m.), data obserwacji {date}.",
                 "{sname} [{sid}] – obserwacje z dnia {date}. Współrzędne {lat} {lon}, wysokość stacji {elev} m."],
        "temp": ["Temperatura maksymalna {tmax} °C, minimalna {tmin} °C, średnia dobowa {tmean} °C.",
                 "Temperatura powietrza wahała się od {tmin} °C o godz. {t_early} do {tmax} °C o godz. {t_late} czasu lokalnego; temperatura minimalna przy gruncie {tgrass} °C."],
        "precip": ["Suma opadów (06–06 UTC): {prcp} mm, {pnote}.",
                   "Dobowa suma opadu {prcp} mm, maksymalna suma 10-minutowa {p10} mm. Usłonecznienie {sun} h."],
        "wind": ["Średnia prędkość wiatru {wind} m/s z kierunku {dir}, maksymalny poryw {gust} m/s. Wilgotność względna {rh} %, ciśnienie zredukowane do poziomu morza {pres} hPa.",
                 "Wiatr {dir} {wind} m/s (porywy do {gust} m/s), wilgotność względna o 12 UTC {rh} %, QFF {pres} hPa."],
        "ok": "Uwagi: deszczomierz sprawdzony i opróżniony, bez nieprawidłowości.",
        "gap": "Przerwa w danych od {t_gap1} do {t_gap2} UTC z powodu awarii zasilania; wartości godzinowe interpolowano i oznaczono.",
        "snow": "Grubość pokrywy śnieżnej o 07:00 UTC: {snow} cm.",
        "sky": "Całkowite zachmurzenie o 12 UTC {cloud}/8, widzialność {vis} km, temperatura punktu rosy {td} °C.",
        "qc": "Kontrola jakości: wszystkie wartości godzinowe przeszły automatyczne testy wiarygodności.",
        "synop": "Temperatura w terminach synoptycznych (00/06/12/18 UTC): {t00} / {t06} / {t12} / {t18} °C.",
        "sensor": "Podczas rutynowej konserwacji wymieniono czujnik wilgotności; pomiary sprzed 10:00 UTC mają charakter wstępny.",
        "observer": ["Obserwator dyżurny: {name}, tel. {phone}.", "Sporządzający raport: {name} ({email})."],
        "dry": "brak opadu",
        "wet": ["przelotne opady po południu", "słaba mżawka w nocy", "burza z gradem między 16:00 a 17:00", "ciągły umiarkowany deszcz"],
    },
    "fi": {
        "head": ["Sääaseman {sid} {sname} päiväraportti ({lat}, {lon}, {elev} m mpy), havaintopäivä {date}.",
                 "{sname} [{sid}] – havainnot {date}. Sijainti {lat} {lon}, aseman korkeus {elev} m."],
        "temp": ["Ylin lämpötila {tmax} °C, alin {tmin} °C, vuorokauden keskilämpötila {tmean} °C.",
                 "Ilman lämpötila vaihteli välillä {tmin} °C (klo {t_early}) – {tmax} °C (klo {t_late}) paikallista aikaa; maanpinnan minimilämpötila {tgrass} °C."],
        "precip": ["Sademäärä (06–06 UTC): {prcp} mm, {pnote}.",
                   "Vuorokauden sademäärä {prcp} mm, suurin 10 minuutin sademäärä {p10} mm. Auringonpaistetta {sun} h."],
        "wind": ["Keskituulen nopeus {wind} m/s, suunta {dir}, suurin tuulenpuuska {gust} m/s. Suhteellinen kosteus {rh} %, ilmanpaine merenpinnan tasolla {pres} hPa.",
                 "Tuuli {dir} {wind} m/s (puuskat {gust} m/s), suhteellinen kosteus klo 12 UTC {rh} %, QFF {pres} hPa."],
        "ok": "Huomautukset: sadeastia tarkistettu ja tyhjennetty, ei poikkeamia.",
        "gap": "Tietokatko klo {t_gap1}–{t_gap2} UTC sähkökatkon vuoksi; tuntiarvot interpoloitu ja merkitty.",
        "snow": "Lumensyvyys klo 07:00 UTC: {snow} cm.",
        "sky": "Kokonaispilvisyys klo 12 UTC {cloud}/8, näkyvyys {vis} km, kastepiste {td} °C.",
        "qc": "Laadunvalvonta: kaikki tuntiarvot läpäisivät automaattiset tarkistukset.",
        "synop": "Lämpötila synoptisina havaintoaikoina (00/06/12/18 UTC): {t00} / {t06} / {t12} / {t18} °C.",
        "sensor": "Kosteusanturi vaihdettu määräaikaishuollossa; ennen klo 10:00 UTC mitatut arvot ovat alustavia.",
        "observer": ["Havainnoitsija: {name}, puh. {phone}.", "Raportin laati {name} ({email})."],
        "dry": "ei sadetta",
        "wet": ["sadekuuroja iltapäivällä", "heikkoa tihkusadetta yöllä", "ukkonen ja raekuuro klo 16–17", "jatkuvaa kohtalaista sadetta"],
    },
    "sv": {
        "head": ["Daglig klimatrapport – station {sid} {sname} ({lat}, {lon}, {elev} m ö.h.), observationsdatum {date}.",
                 "{sname} [{sid}] – observationer {date}. Position {lat} {lon}, stationshöjd {elev} m."],
        "temp": ["Maxtemperatur {tmax} °C, mintemperatur {tmin} °C, dygnsmedeltemperatur {tmean} °C.",
                 "Lufttemperaturen varierade mellan {tmin} °C kl. {t_early} och {tmax} °C kl. {t_late} lokal tid; gräsminimum {tgrass} °C."],
        "precip": ["Nederbördsmängd (06–06 UTC): {prcp} mm, {pnote}.",
                   "Dygnsnederbörd {prcp} mm, högsta 10-minutersmängd {p10} mm. Solskenstid {sun} h."],
        "wind": ["Medelvind {wind} m/s från {dir}, byvind max {gust} m/s. Relativ luftfuktighet {rh} %, lufttryck vid havsytan {pres} hPa.",
                 "Vind {dir} {wind} m/s (byar {gust} m/s), relativ fuktighet kl. 12 UTC {rh} %, QFF {pres} hPa."],
        "ok": "Anmärkningar: nederbördsmätaren kontrollerad och tömd, inga avvikelser.",
        "gap": "Dataavbrott mellan {t_gap1} och {t_gap2} UTC på grund av strömavbrott; timvärden interpolerade och flaggade.",
        "snow": "Snödjup kl. 07:00 UTC: {snow} cm.",
        "sky": "Total molnmängd kl. 12 UTC {cloud}/8, sikt {vis} km, daggpunkt {td} °C.",
        "qc": "Kvalitetskontroll: samtliga timvärden klarade de automatiska rimlighetskontrollerna.",
        "synop": "Temperatur vid synoptiska observationstider (00/06/12/18 UTC): {t00} / {t06} / {t12} / {t18} °C.",
        "sensor": "Fuktgivaren byttes vid rutinunderhåll; värden före kl. 10:00 UTC är preliminära.",
        "observer": ["Observatör: {name}, tel. {phone}.", "Rapporten sammanställd av {name} ({email})."],
        "dry": "ingen nederbörd",
        "wet": ["skurar på eftermiddagen", "lätt duggregn under natten", "åska med hagel mellan kl. 16 och 17", "ihållande måttligt regn"],
    },
    "el": {
        "head": ["Ημερήσιο κλιματολογικό δελτίο – σταθμός {sid} {sname} ({lat}, {lon}, υψόμετρο {elev} m), ημερομηνία παρατήρησης {date}.",
                 "{sname} [{sid}] – παρατηρήσεις της {date}. Συντεταγμένες {lat} {lon}, υψόμετρο σταθμού {elev} m."],
        "temp": ["Μέγιστη θερμοκρασία {tmax} °C, ελάχιστη {tmin} °C, μέση ημερήσια {tmean} °C.",
                 "Η θερμοκρασία κυμάνθηκε από {tmin} °C στις {t_early} έως {tmax} °C στις {t_late} τοπική ώρα, ελάχιστη θερμοκρασία εδάφους {tgrass} °C."],
        "precip": ["Συνολικός υετός (06–06 UTC): {prcp} mm, {pnote}.",
                   "Ύψος βροχής 24ώρου {prcp} mm, μέγιστο ύψος 10λέπτου {p10} mm. Ηλιοφάνεια {sun} ώρες."],
        "wind": ["Μέση ταχύτητα ανέμου {wind} m/s από {dir}, μέγιστη ριπή {gust} m/s. Σχετική υγρασία {rh} %, πίεση στη μέση στάθμη θάλασσας {pres} hPa.",
                 "Άνεμος {dir} {wind} m/s (ριπές {gust} m/s), σχετική υγρασία στις 12 UTC {rh} %, QFF {pres} hPa."],
        "ok": "Παρατηρήσεις: το βροχόμετρο ελέγχθηκε και αδειάστηκε, χωρίς ανωμαλίες.",
        "gap": "Κενό δεδομένων από {t_gap1} έως {t_gap2} UTC λόγω διακοπής ρεύματος· οι ωριαίες τιμές παρεμβλήθηκαν και σημειώθηκαν.",
        "snow": "Ύψος χιονιού στις 07:00 UTC: {snow} cm.",
        "sky": "Συνολική νεφοκάλυψη στις 12 UTC {cloud}/8, ορατότητα {vis} km, σημείο δρόσου {td} °C.",
        "qc": "Έλεγχος ποιότητας: όλες οι ωριαίες τιμές πέρασαν τους αυτόματους ελέγχους αξιοπιστίας.",
        "synop": "Θερμοκρασία στις συνοπτικές ώρες (00/06/12/18 UTC): {t00} / {t06} / {t12} / {t18} °C.",
        "sensor": "Ο αισθητήρας υγρασίας αντικαταστάθηκε κατά τη συνήθη συντήρηση· οι τιμές πριν από τις 10:00 UTC είναι προσωρινές.",
        "observer": ["Παρατηρητής βάρδιας: {name}, τηλ. {phone}.", "Σύνταξη δελτίου: {name} ({email})."],
        "dry": "χωρίς υετό",
        "wet": ["μπόρες το απόγευμα", "ασθενές ψιχάλισμα τη νύχτα", "καταιγίδα με χαλάζι μεταξύ 16:00 και 17:00", "συνεχής μέτρια βροχή"],
    },
    "bg": {
        "head": ["Ежедневен климатичен бюлетин – станция {sid} {sname} ({lat}, {lon}, {elev} m н.в.), дата на наблюдението {date}.",
                 "{sname} [{sid}] – наблюдения за {date}. Координати {lat} {lon}, надморска височина на станцията {elev} m."],
        "temp": ["Максимална температура {tmax} °C, минимална {tmin} °C, средноденонощна {tmean} °C.",
                 "Температурата на въздуха варира от {tmin} °C в {t_early} ч. до {tmax} °C в {t_late} ч. местно време; минимална температура на почвата {tgrass} °C."],
        "precip": ["Валежи (06–06 UTC): {prcp} mm, {pnote}.",
                   "Денонощна сума на валежите {prcp} mm, максимална 10-минутна сума {p10} mm. Слънчево греене {sun} ч."],
        "wind": ["Средна скорост на вятъра {wind} m/s от {dir}, максимален порив {gust} m/s. Относителна влажност {rh} %, налягане, приведено към морското равнище, {pres} hPa.",
                 "Вятър {dir} {wind} m/s (пориви до {gust} m/s), относителна влажност в 12 UTC {rh} %, QFF {pres} hPa."],
        "ok": "Забележки: дъждомерът е проверен и изпразнен, без отклонения.",
        "gap": "Липсващи данни от {t_gap1} до {t_gap2} UTC поради спиране на електрозахранването; часовите стойности са интерполирани и маркирани.",
        "snow": "Дебелина на снежната покривка в 07:00 UTC: {snow} cm.",
        "sky": "Обща облачност в 12 UTC {cloud}/8, видимост {vis} km, точка на оросяване {td} °C.",
        "qc": "Контрол на качеството: всички часови стойности са преминали автоматичните проверки за достоверност.",
        "synop": "Температура в синоптичните срокове (00/06/12/18 UTC): {t00} / {t06} / {t12} / {t18} °C.",
        "sensor": "При рутинната поддръжка е сменен сензорът за влажност; стойностите преди 10:00 UTC са предварителни.",
        "observer": ["Дежурен наблюдател: {name}, тел. {phone}.", "Бюлетинът е изготвен от {name} ({email})."],
        "dry": "без валеж",
        "wet": ["краткотрайни превалявания следобед", "слаб ръмеж през нощта", "гръмотевична буря с градушка между 16 и 17 ч.", "продължителен умерен дъжд"],
    },
    "sl": {
        "head": ["Dnevno klimatološko poročilo – postaja {sid} {sname} ({lat}, {lon}, {elev} m n. m.), datum opazovanja {date}.",
                 "{sname} [{sid}] – opazovanja za {date}. Koordinate {lat} {lon}, nadmorska višina postaje {elev} m."],
        "temp": ["Najvišja temperatura {tmax} °C, najnižja {tmin} °C, povprečna dnevna {tmean} °C.",
                 "Temperatura zraka se je gibala od {tmin} °C ob {t_early} do {tmax} °C ob {t_late} po lokalnem času; minimalna temperatura ob tleh {tgrass} °C."],
        "precip": ["Količina padavin (06–06 UTC): {prcp} mm, {pnote}.",
                   "24-urna količina padavin {prcp} mm, največja 10-minutna količina {p10} mm. Trajanje sončnega obsevanja {sun} h."],
        "wind": ["Povprečna hitrost vetra {wind} m/s iz smeri {dir}, največji sunek {gust} m/s. Relativna vlažnost {rh} %, zračni tlak, reduciran na morsko gladino, {pres} hPa.",
                 "Veter {dir} {wind} m/s (sunki do {gust} m/s), relativna vlažnost ob 12 UTC {rh} %, QFF {pres} hPa."],
        "ok": "Opombe: dežemer pregledan in izpraznjen, brez posebnosti.",
        "gap": "Vrzel v podatkih od {t_gap1} do {t_gap2} UTC zaradi izpada električne energije; urne vrednosti so interpolirane in označene.",
        "snow": "Višina snežne odeje ob 07:00 UTC: {snow} cm.",
        "sky": "Skupna oblačnost ob 12 UTC {cloud}/8, vidnost {vis} km, temperatura rosišča {td} °C.",
        "qc": "Kontrola kakovosti: vse urne vrednosti so prestale samodejne preizkuse verodostojnosti.",
        "synop": "Temperatura ob sinoptičnih terminih (00/06/12/18 UTC): {t00} / {t06} / {t12} / {t18} °C.",
        "sensor": "Med rednim vzdrževanjem je bilo zamenjano tipalo vlage; vrednosti pred 10:00 UTC so začasne.",
        "observer": ["Dežurni opazovalec: {name}, tel. {phone}.", "Pripravljavec poročila: {name} ({email})."],
        "dry": "brez padavin",
        "wet": ["plohe popoldne", "šibko rosenje ponoči", "nevihta s točo med 16. in 17. uro", "neprekinjen zmeren dež"],
    },
    "nl": {
        "head": ["Dagelijks klimatologisch rapport – station {sid} {sname} ({lat}, {lon}, hoogte {elev} m t.o.v. NAP), waarnemingsdatum {date}.",
                 "{sname} [{sid}] – waarnemingen van {date}. Positie {lat} {lon}, stationshoogte {elev} m."],
        "temp": ["Maximumtemperatuur {tmax} °C, minimumtemperatuur {tmin} °C, etmaalgemiddelde {tmean} °C.",
                 "De luchttemperatuur varieerde van {tmin} °C om {t_early} tot {tmax} °C om {t_late} lokale tijd; grasminimum {tgrass} °C."],
        "precip": ["Neerslagsom (06–06 UTC): {prcp} mm, {pnote}.",
                   "Etmaalsom neerslag {prcp} mm, maximale 10-minutensom {p10} mm. Zonneschijnduur {sun} uur."],
        "wind": ["Gemiddelde windsnelheid {wind} m/s uit {dir}, hoogste windstoot {gust} m/s. Relatieve vochtigheid {rh} %, luchtdruk herleid tot zeeniveau {pres} hPa.",
                 "Wind {dir} {wind} m/s (stoten tot {gust} m/s), relatieve vochtigheid om 12 UTC {rh} %, QFF {pres} hPa."],
        "ok": "Opmerkingen: regenmeter gecontroleerd en geleegd, geen bijzonderheden.",
        "gap": "Datagat van {t_gap1} tot {t_gap2} UTC door een stroomstoring; uurwaarden geïnterpoleerd en gemarkeerd.",
        "snow": "Sneeuwhoogte om 07:00 UTC: {snow} cm.",
        "sky": "Totale bewolking om 12 UTC {cloud}/8, zicht {vis} km, dauwpunt {td} °C.",
        "qc": "Kwaliteitscontrole: alle uurwaarden hebben de automatische plausibiliteitscontrole doorstaan.",
        "synop": "Temperatuur op de synoptische tijdstippen (00/06/12/18 UTC): {t00} / {t06} / {t12} / {t18} °C.",
        "sensor": "Vochtigheidssensor vervangen tijdens regulier onderhoud; waarden vóór 10:00 UTC zijn voorlopig.",
        "observer": ["Dienstdoende waarnemer: {name}, tel. {phone}.", "Rapport opgesteld door {name} ({email})."],
        "dry": "geen neerslag",
        "wet": ["buien in de middag", "lichte motregen in de nacht", "onweersbui met hagel tussen 16 en 17 uur", "aanhoudende matige regen"],
    },
}

# Regions for impact reports; keys besides "region" are the forms the templates need.
REGIONS = {
    "en": [{"region": "Munster", "river": "River Lee", "city": "Cork"}, {"region": "Connacht", "river": "River Corrib", "city": "Galway"},
           {"region": "Leinster", "river": "River Liffey", "city": "Dublin"}, {"region": "Midlands", "river": "River Shannon", "city": "Athlone"},
           {"region": "South-East", "river": "River Slaney", "city": "Enniscorthy"}],
    "de": [{"region": "Bayern", "river": "die Isar", "city": "München"}, {"region": "Sachsen", "river": "die Elbe", "city": "Dresden"},
           {"region": "Rheinland-Pfalz", "river": "die Ahr", "city": "Bad Neuenahr-Ahrweiler"},
           {"region": "Baden-Württemberg", "river": "der Neckar", "city": "Stuttgart"}, {"region": "Niedersachsen", "river": "die Weser", "city": "Hameln"}],
    "fr": [{"region": "Occitanie", "river": "de la Garonne", "city": "Toulouse"}, {"region": "Auvergne-Rhône-Alpes", "river": "du Rhône", "city": "Lyon"},
           {"region": "Provence-Alpes-Côte d'Azur", "river": "de la Durance", "city": "Cavaillon"},
           {"region": "Hauts-de-France", "river": "de la Lys", "city": "Saint-Omer"}, {"region": "Nouvelle-Aquitaine", "river": "de la Dordogne", "city": "Bergerac"}],
    "it": [{"region": "Emilia-Romagna", "river": "del Lamone", "city": "Faenza"}, {"region": "Piemonte", "river": "del Po", "city": "Torino"},
           {"region": "Veneto", "river": "dell'Adige", "city": "Verona"}, {"region": "Toscana", "river": "dell'Arno", "city": "Firenze"},
           {"region": "Sicilia", "river": "del Simeto", "city": "Catania"}],
    "es": [{"region": "Comunitat Valenciana", "river": "Júcar", "city": "Valencia"}, {"region": "Andalucía", "river": "Guadalquivir", "city": "Sevilla"},
           {"region": "Aragón", "river": "Ebro", "city": "Zaragoza"}, {"region": "Castilla-La Mancha", "river": "Tajo", "city": "Toledo"},
           {"region": "Región de Murcia", "river": "Segura", "city": "Murcia"}],
    "pl": [{"region": "dolnośląskie", "river": "Odry", "city": "Wrocław"}, {"region": "małopolskie", "river": "Wisły", "city": "Kraków"},
           {"region": "opolskie", "river": "Nysy Kłodzkiej", "city": "Nysa"}, {"region": "lubelskie", "river": "Wieprza", "city": "Lublin"},
           {"region": "podkarpackie", "river": "Sanu", "city": "Przemyśl"}],
    "fi": [{"region": "Etelä-Pohjanmaa", "river": "Kyrönjoki", "city": "Seinäjoki"}, {"region": "Lappi", "river": "Kemijoki", "city": "Rovaniemi"},
           {"region": "Uusimaa", "river": "Vantaanjoki", "city": "Helsinki"}, {"region": "Pirkanmaa", "river": "Kokemäenjoki", "city": "Tampere"},
           {"region": "Pohjois-Pohjanmaa", "river": "Oulujoki", "city": "Oulu"}],
    "sv": [{"region": "Gävleborgs län", "river": "Gavleån", "city": "Gävle"}, {"region": "Skåne län", "river": "Höje å", "city": "Malmö"},
           {"region": "Västra Götalands län", "river": "Göta älv", "city": "Göteborg"}, {"region": "Uppsala län", "river": "Fyrisån", "city": "Uppsala"},
           {"region": "Värmlands län", "river": "Klarälven", "city": "Karlstad"}],
    "el": [{"region": "Θεσσαλία", "river": "Πηνειού", "city_gen": "της Λάρισας", "city_loc": "Στη Λάρισα"},
           {"region": "Κεντρική Μακεδονία", "river": "Αξιού", "city_gen": "της Θεσσαλονίκης", "city_loc": "Στη Θεσσαλονίκη"},
           {"region": "Αττική", "river": "Κηφισού", "city_gen": "της Αθήνας", "city_loc": "Στην Αθήνα"},
           {"region": "Δυτική Ελλάδα", "river": "Αχελώου", "city_gen": "του Αγρινίου", "city_loc": "Στο Αγρίνιο"},
           {"region": "Κρήτη", "river": "Γιόφυρου", "city_gen": "του Ηρακλείου", "city_loc": "Στο Ηράκλειο"}],
    "bg": [{"region": "Северозападен район", "river": "Дунав", "city": "Видин"}, {"region": "Южен централен район", "river": "Марица", "city": "Пловдив"},
           {"region": "Североизточен район", "river": "Камчия", "city": "Варна"}, {"region": "Югозападен район", "river": "Струма", "city": "Благоевград"},
           {"region": "Югоизточен район", "river": "Тунджа", "city": "Ямбол"}],
    "sl": [{"region": "Savinjska", "river": "Savinja", "city": "Celje"}, {"region": "Podravska", "river": "Drava", "city": "Maribor"},
           {"region": "Osrednjeslovenska", "river": "Ljubljanica", "city": "Ljubljana"}, {"region": "Koroška", "river": "Meža", "city": "Prevalje"},
           {"region": "Gorenjska", "river": "Sora", "city": "Škofja Loka"}],
    "nl": [{"region": "Limburg", "river": "de Maas", "city": "Maastricht"}, {"region": "Gelderland", "river": "de Waal", "city": "Nijmegen"},
           {"region": "Zuid-Holland", "river": "de Nieuwe Maas", "city": "Rotterdam"}, {"region": "Overijssel", "river": "de Vecht", "city": "Zwolle"},
           {"region": "Noord-Brabant", "river": "de Dommel", "city": "Eindhoven"}],
}

CROPS = {
    "en": ["winter wheat", "spring barley", "potatoes", "grass silage", "oats"],
    "de": ["Winterweizen", "Mais", "Sommergerste", "Kartoffeln", "Zuckerrüben"],
    "fr": ["blé tendre", "maïs", "orge de printemps", "pommes de terre", "betteraves sucrières"],
    "it": ["frumento tenero", "mais", "orzo", "pomodoro da industria", "barbabietola da zucchero"],
    "es": ["trigo blando", "maíz", "cebada", "olivar", "viñedo"],
    "pl": ["pszenica ozima", "kukurydza", "jęczmień jary", "ziemniaki", "buraki cukrowe"],
    "fi": ["kevätvehnä", "ohra", "kaura", "peruna", "rypsi"],
    "sv": ["höstvete", "vårkorn", "havre", "potatis", "raps"],
    "el": ["σκληρό σιτάρι", "αραβόσιτος", "βαμβάκι", "ελιές", "κριθάρι"],
    "bg": ["пшеница", "царевица", "слънчоглед", "ечемик", "рапица"],
    "sl": ["pšenica", "koruza", "ječmen", "krompir", "hmelj"],
    "nl": ["consumptieaardappelen", "suikerbieten", "wintertarwe", "snijmaïs", "zaaiuien"],
}

IMPACT_TEXT = {
    "en": {
        "title": "Climate impact assessment – {region}, {year}",
        "flood": ["Between {d1} and {d2}, persistent heavy rainfall of up to {prcp} mm in 48 hours caused the {river} to overtop its banks at several locations in {region}. Around {evac} residents were evacuated and {houses} residential buildings were damaged; insured losses are currently estimated at {amt}.",
                  "A convective storm on {d1} overwhelmed the drainage network of {city}: underpasses and basements were flooded, {roads} roads had to be closed and the emergency services responded to {calls} calls within six hours."],
        "drought": ["The {year} growing season was one of the driest on record, with only {pct_rain} % of the 1991–2020 average precipitation between April and September. Yield losses compared with the five-year mean: {crop} −{loss} %, {crop2} −{loss2} %. Groundwater levels at {wells} monitoring wells fell below the 10th percentile.",
                    "Water-use restrictions were imposed in {munis} municipalities, and reservoir storage fell to {res} % of capacity by the end of August."],
        "heat": ["A heatwave lasting {hw_days} days, with daily maxima of up to {tmax} °C, is associated with an estimated {excess} excess deaths, predominantly among people aged over 75.",
                 "{city} recorded {trop_n} nights with a minimum temperature above 20 °C, {trop_diff} more than the 1991–2020 average; hospitals reported a marked rise in admissions for dehydration and heat stroke."],
        "adapt": ["The report recommends restoring floodplains, expanding early-warning systems and updating building codes so that new developments take projected extreme rainfall into account.",
                  "The regional authorities have allocated {amt2} for adaptation measures, including heat action plans, shaded public spaces and more efficient irrigation."],
        "contact": "Contact for this report: {name}, {email}, tel. {phone}.",
    },
    "de": {
        "title": "Klimafolgenbericht – {region}, {year}",
        "flood": ["Zwischen dem {d1} und dem {d2} führten anhaltende Starkniederschläge von bis zu {prcp} mm in 48 Stunden dazu, dass {river} an mehreren Stellen in {region} über die Ufer trat. Rund {evac} Anwohnerinnen und Anwohner wurden evakuiert, {houses} Wohngebäude wurden beschädigt; die versicherten Schäden werden derzeit auf {amt} geschätzt.",
                  "Ein Gewitter am {d1} überlastete die Kanalisation von {city}: Unterführungen und Keller liefen voll, {roads} Straßen mussten gesperrt werden, und die Einsatzkräfte verzeichneten innerhalb von sechs Stunden {calls} Einsätze."],
        "drought": ["Die Vegetationsperiode {year} zählte zu den trockensten seit Beginn der Aufzeichnungen: Zwischen April und September fielen nur {pct_rain} % des mittleren Niederschlags der Referenzperiode 1991–2020. Ertragseinbußen gegenüber dem Fünfjahresmittel: {crop} −{loss} %, {crop2} −{loss2} %. An {wells} Grundwassermessstellen lagen die Pegel unter dem 10. Perzentil.",
                    "In {munis} Gemeinden wurden Einschränkungen der Wassernutzung angeordnet; der Füllstand der Talsperren sank bis Ende August auf {res} % der Kapazität."],
        "heat": ["Eine Hitzewelle von {hw_days} Tagen mit Tageshöchstwerten bis {tmax} °C steht nach Schätzungen im Zusammenhang mit {excess} zusätzlichen Todesfällen, überwiegend bei Menschen über 75 Jahren.",
                 "In {city} wurden {trop_n} Tropennächte (Tiefstwert über 20 °C) registriert, {trop_diff} mehr als im Mittel 1991–2020; Kliniken meldeten einen deutlichen Anstieg der Aufnahmen wegen Dehydrierung und Hitzschlag."],
        "adapt": ["Der Bericht empfiehlt, Auenflächen zu renaturieren, Frühwarnsysteme auszubauen und Bauvorschriften so anzupassen, dass neue Vorhaben die erwarteten Starkregenereignisse berücksichtigen.",
                  "Die Landesregierung stellt {amt2} für Anpassungsmaßnahmen bereit, darunter Hitzeaktionspläne, verschattete öffentliche Plätze und effizientere Bewässerung."],
        "contact": "Ansprechperson für diesen Bericht: {name}, {email}, Tel. {phone}.",
    },
    "fr": {
        "title": "Rapport sur les impacts climatiques – {region}, {year}",
        "flood": ["Entre le {d1} et le {d2}, des pluies intenses et persistantes, atteignant jusqu'à {prcp} mm en 48 heures, ont provoqué le débordement {river} en plusieurs points du territoire ({region}). Environ {evac} habitants ont été évacués et {houses} logements ont été endommagés ; les pertes assurées sont estimées à ce stade à {amt}.",
                  "Un orage violent survenu le {d1} a saturé le réseau d'assainissement de {city} : passages souterrains et caves inondés, {roads} routes fermées et {calls} interventions des secours en six heures."],
        "drought": ["La saison végétative {year} a été l'une des plus sèches jamais enregistrées : entre avril et septembre, il n'est tombé que {pct_rain} % des précipitations moyennes de la période 1991–2020. Pertes de rendement par rapport à la moyenne quinquennale : {crop} −{loss} %, {crop2} −{loss2} %. Sur {wells} piézomètres, le niveau des nappes est passé sous le 10e centile.",
                    "Des restrictions d'usage de l'eau ont été prises dans {munis} communes et le remplissage des retenues est tombé à {res} % de leur capacité fin août."],
        "heat": ["Une vague de chaleur de {hw_days} jours, avec des maximales atteignant {tmax} °C, serait associée à environ {excess} décès en excès, principalement chez les personnes de plus de 75 ans.",
                 "{city} a connu {trop_n} nuits tropicales (minimale supérieure à 20 °C), soit {trop_diff} de plus que la moyenne 1991–2020 ; les hôpitaux ont signalé une nette hausse des admissions pour déshydratation et coup de chaleur."],
        "adapt": ["Le rapport recommande de restaurer les zones d'expansion des crues, de renforcer les systèmes d'alerte précoce et d'adapter les règles d'urbanisme afin que les nouveaux projets tiennent compte des pluies extrêmes attendues.",
                  "La région a débloqué {amt2} pour des mesures d'adaptation, notamment des plans canicule, l'ombrage des espaces publics et une irrigation plus économe."],
        "contact": "Contact pour ce rapport : {name}, {email}, tél. {phone}.",
    },
    "it": {
        "title": "Rapporto sugli impatti climatici – {region}, {year}",
        "flood": ["Tra il {d1} e il {d2} piogge intense e persistenti, fino a {prcp} mm in 48 ore, hanno provocato l'esondazione {river} in diversi punti del territorio ({region}). Circa {evac} residenti sono stati evacuati e {houses} edifici residenziali hanno subito danni; le perdite assicurate sono attualmente stimate in {amt}.",
                  "Un violento temporale il {d1} ha mandato in crisi la rete fognaria di {city}: sottopassi e scantinati allagati, {roads} strade chiuse e {calls} interventi dei soccorsi in sei ore."],
        "drought": ["La stagione vegetativa {year} è stata tra le più secche mai registrate: tra aprile e settembre è caduto solo il {pct_rain} % della precipitazione media del periodo 1991–2020. Perdite di resa rispetto alla media quinquennale: {crop} −{loss} %, {crop2} −{loss2} %. In {wells} pozzi di monitoraggio il livello della falda è sceso sotto il 10° percentile.",
                    "In {munis} comuni sono state adottate restrizioni all'uso dell'acqua e a fine agosto l'invaso dei serbatoi è sceso al {res} % della capacità."],
        "heat": ["Un'ondata di calore di {hw_days} giorni, con massime fino a {tmax} °C, è associata a circa {excess} decessi in eccesso, soprattutto tra le persone con più di 75 anni.",
                 "A {city} si sono registrate {trop_n} notti tropicali (minima superiore a 20 °C), {trop_diff} in più rispetto alla media 1991–2020; gli ospedali hanno segnalato un netto aumento dei ricoveri per disidratazione e colpo di calore."],
        "adapt": ["Il rapporto raccomanda di ripristinare le aree di espansione fluviale, potenziare i sistemi di allerta precoce e aggiornare le norme edilizie affinché i nuovi interventi tengano conto delle piogge estreme attese.",
                  "La Regione ha stanziato {amt2} per misure di adattamento, tra cui piani per le ondate di calore, aree pubbliche ombreggiate e un'irrigazione più efficiente."],
        "contact": "Referente per il rapporto: {name}, {email}, tel. {phone}.",
    },
    "es": {
        "title": "Informe de impactos climáticos – {region}, {year}",
        "flood": ["Entre el {d1} y el {d2}, lluvias intensas y persistentes de hasta {prcp} mm en 48 horas provocaron el desbordamiento del río {river} en varios municipios de la cuenca. Unos {evac} vecinos fueron evacuados y {houses} viviendas sufrieron daños; las pérdidas aseguradas se estiman provisionalmente en {amt}.",
                  "Una tormenta convectiva el {d1} desbordó la red de saneamiento de {city}: pasos subterráneos y sótanos inundados, {roads} carreteras cortadas y {calls} avisos atendidos por los servicios de emergencia en seis horas."],
        "drought": ["El año hidrológico {year} fue uno de los más secos de la serie: entre abril y septiembre solo se registró el {pct_rain} % de la precipitación media del periodo 1991–2020. Pérdidas de rendimiento respecto a la media de los últimos cinco años: {crop} −{loss} %, {crop2} −{loss2} %. En {wells} piezómetros el nivel freático descendió por debajo del percentil 10.",
                    "Se aplicaron restricciones al uso del agua en {munis} municipios y a finales de agosto los embalses se encontraban al {res} % de su capacidad."],
        "heat": ["Una ola de calor de {hw_days} días, con máximas de hasta {tmax} °C, se asocia a unas {excess} muertes en exceso, principalmente entre mayores de 75 años.",
                 "En {city} se registraron {trop_n} noches tropicales (mínima superior a 20 °C), {trop_diff} más que la media 1991–2020; los hospitales notificaron un aumento notable de ingresos por deshidratación y golpe de calor."],
        "adapt": ["El informe recomienda restaurar las llanuras de inundación, ampliar los sistemas de alerta temprana y actualizar la normativa urbanística para que las nuevas construcciones tengan en cuenta las lluvias extremas previstas.",
                  "El gobierno autonómico ha destinado {amt2} a medidas de adaptación, entre ellas planes de actuación ante el calor, sombreado de espacios públicos y riego más eficiente."],
        "contact": "Persona de contacto: {name}, {email}, tel. {phone}.",
    },
    "pl": {
        "title": "Raport o skutkach zmian klimatu – województwo {region}, {year}",
        "flood": ["W dniach {d1}–{d2} intensywne i długotrwałe opady, sięgające {prcp} mm w ciągu 48 godzin, spowodowały wystąpienie z brzegów {river} w wielu miejscach. Ewakuowano około {evac} mieszkańców, uszkodzonych zostało {houses} budynków mieszkalnych; straty ubezpieczone szacuje się obecnie na {amt}.",
                  "Gwałtowna burza w dniu {d1} przeciążyła kanalizację deszczową w mieście {city}: zalane zostały przejścia podziemne i piwnice, zamknięto {roads} dróg, a służby ratownicze przyjęły {calls} zgłoszeń w ciągu sześciu godzin."],
        "drought": ["Sezon wegetacyjny {year} należał do najsuchszych w historii pomiarów: od kwietnia do września spadło zaledwie {pct_rain} % średniej sumy opadów z okresu 1991–2020. Straty plonów w porównaniu ze średnią pięcioletnią: {crop} −{loss} %, {crop2} −{loss2} %. W {wells} punktach pomiarowych poziom wód podziemnych spadł poniżej 10. percentyla.",
                    "Ograniczenia w korzystaniu z wody wprowadzono w {munis} gminach, a pod koniec sierpnia napełnienie zbiorników retencyjnych spadło do {res} % pojemności."],
        "heat": ["Fala upałów trwająca {hw_days} dni, z temperaturą maksymalną do {tmax} °C, wiąże się z szacunkowo {excess} nadmiarowymi zgonami, głównie wśród osób powyżej 75. roku życia.",
                 "W mieście {city} odnotowano {trop_n} nocy tropikalnych (temperatura minimalna powyżej 20 °C), o {trop_diff} więcej niż średnio w latach 1991–2020; szpitale zgłaszały wyraźny wzrost liczby przyjęć z powodu odwodnienia i udaru cieplnego."],
        "adapt": ["Raport zaleca renaturyzację terenów zalewowych, rozbudowę systemów wczesnego ostrzegania oraz aktualizację przepisów budowlanych, tak aby nowe inwestycje uwzględniały prognozowane ekstremalne opady.",
                  "Samorząd województwa przeznaczył {amt2} na działania adaptacyjne, w tym plany działań na wypadek upałów, zacienienie przestrzeni publicznych i bardziej efektywne nawadnianie."],
        "contact": "Osoba do kontaktu: {name}, {email}, tel. {phone}.",
    },
    "fi": {
        "title": "Ilmastovaikutusraportti – {region}, {year}",
        "flood": ["Ajanjaksolla {d1}–{d2} runsaat ja pitkäkestoiset sateet, enimmillään {prcp} mm 48 tunnissa, saivat vesistön ({river}) tulvimaan useassa kohdassa. Noin {evac} asukasta evakuoitiin ja {houses} asuinrakennusta vaurioitui; vakuutettujen vahinkojen arvioidaan tällä hetkellä olevan {amt}.",
                  "Ukkoskuuro {d1} ylikuormitti kaupungin ({city}) hulevesiverkoston: alikulut ja kellarit tulvivat, {roads} tietä jouduttiin sulkemaan ja pelastuslaitos sai kuuden tunnin aikana {calls} hälytystä."],
        "drought": ["Kasvukausi {year} oli mittaushistorian kuivimpia: huhti–syyskuussa satoi vain {pct_rain} % vertailukauden 1991–2020 keskimääräisestä sademäärästä. Satomenetykset viiden vuoden keskiarvoon verrattuna: {crop} −{loss} %, {crop2} −{loss2} %. Pohjaveden pinta laski alle 10. persentiilin {wells} havaintoputkessa.",
                    "Veden käyttöä rajoitettiin {munis} kunnassa, ja tekojärvien täyttöaste laski elokuun loppuun mennessä {res} prosenttiin."],
        "heat": ["{hw_days} päivää kestäneen helleaallon, jonka aikana lämpötila nousi enimmillään {tmax} asteeseen, arvioidaan aiheuttaneen noin {excess} ylimääräistä kuolemaa, pääosin yli 75-vuotiaiden keskuudessa.",
                 "Kaupungissa ({city}) mitattiin {trop_n} trooppista yötä (alin lämpötila yli 20 °C), {trop_diff} enemmän kuin vertailukaudella 1991–2020 keskimäärin; sairaalat raportoivat nestehukan ja lämpöhalvauksen vuoksi tehtyjen hoitojaksojen selvästä lisääntymisestä."],
        "adapt": ["Raportti suosittaa tulva-alueiden ennallistamista, ennakkovaroitusjärjestelmien laajentamista ja rakentamismääräysten päivittämistä niin, että uusissa hankkeissa otetaan huomioon ennustetut rankkasateet.",
                  "Maakunnan liitto on osoittanut sopeutumistoimiin {amt2}, muun muassa helletoimintasuunnitelmiin, julkisten tilojen varjostukseen ja tehokkaampaan kasteluun."],
        "contact": "Yhteyshenkilö: {name}, {email}, puh. {phone}.",
    },
    "sv": {
        "title": "Rapport om klimatpåverkan – {region}, {year}",
        "flood": ["Mellan {d1} och {d2} ledde ihållande kraftiga regn, upp till {prcp} mm på 48 timmar, till att {river} svämmade över på flera platser. Omkring {evac} invånare evakuerades och {houses} bostadshus skadades; de försäkrade skadorna uppskattas i nuläget till {amt}.",
                  "Ett skyfall den {d1} överbelastade dagvattensystemet i {city}: viadukter och källare översvämmades, {roads} vägar stängdes av och räddningstjänsten fick {calls} larm inom sex timmar."],
        "drought": ["Växtsäsongen {year} var en av de torraste sedan mätningarna började: mellan april och september föll endast {pct_rain} % av normalnederbörden för perioden 1991–2020. Skördebortfall jämfört med femårsmedelvärdet: {crop} −{loss} %, {crop2} −{loss2} %. Vid {wells} grundvattenrör låg nivåerna under den 10:e percentilen.",
                    "Bevattningsförbud infördes i {munis} kommuner och fyllnadsgraden i vattenmagasinen sjönk till {res} % i slutet av augusti."],
        "heat": ["En värmebölja som varade i {hw_days} dagar, med maxtemperaturer upp till {tmax} °C, beräknas ha orsakat omkring {excess} extra dödsfall, främst bland personer över 75 år.",
                 "I {city} registrerades {trop_n} tropiska nätter (minimitemperatur över 20 °C), {trop_diff} fler än genomsnittet för 1991–2020; sjukhusen rapporterade en tydlig ökning av inläggningar för uttorkning och värmeslag."],
        "adapt": ["Rapporten rekommenderar att översvämningsområden återställs, att varningssystemen byggs ut och att byggreglerna uppdateras så att nya projekt tar hänsyn till förväntade extrema regn.",
                  "Regionen har avsatt {amt2} till klimatanpassningsåtgärder, bland annat värmeplaner, skuggade offentliga platser och effektivare bevattning."],
        "contact": "Kontaktperson för rapporten: {name}, {email}, tel. {phone}.",
    },
    "el": {
        "title": "Έκθεση κλιματικών επιπτώσεων – {region}, {year}",
        "flood": ["Μεταξύ {d1} και {d2} έντονες και παρατεταμένες βροχοπτώσεις, έως {prcp} mm σε 48 ώρες, προκάλεσαν την υπερχείλιση του ποταμού {river} σε πολλά σημεία. Περίπου {evac} κάτοικοι απομακρύνθηκαν και {houses} κατοικίες υπέστησαν ζημιές, ενώ οι ασφαλισμένες απώλειες εκτιμώνται προς το παρόν σε {amt}.",
                  "Μια ισχυρή καταιγίδα στις {d1} υπερφόρτωσε το αποχετευτικό δίκτυο ομβρίων {city_gen}: υπόγειες διαβάσεις και υπόγεια πλημμύρισαν, {roads} δρόμοι έκλεισαν και η Πυροσβεστική Υπηρεσία δέχθηκε {calls} κλήσεις μέσα σε έξι ώρες."],
        "drought": ["Η καλλιεργητική περίοδος του {year} ήταν από τις πιο ξηρές που έχουν καταγραφεί: από τον Απρίλιο έως τον Σεπτέμβριο έπεσε μόλις το {pct_rain} % του μέσου υετού της περιόδου 1991–2020. Απώλειες απόδοσης σε σχέση με τον μέσο όρο πενταετίας: {crop} −{loss} %, {crop2} −{loss2} %. Σε {wells} πιεζομετρικές γεωτρήσεις η στάθμη των υπόγειων υδάτων έπεσε κάτω από το 10ο εκατοστημόριο.",
                    "Επιβλήθηκαν περιορισμοί στη χρήση νερού σε {munis} δήμους, ενώ στα τέλη Αυγούστου η πλήρωση των ταμιευτήρων μειώθηκε στο {res} % της χωρητικότητας."],
        "heat": ["Ένας καύσωνας διάρκειας {hw_days} ημερών, με μέγιστες θερμοκρασίες έως {tmax} °C, συνδέεται με περίπου {excess} επιπλέον θανάτους, κυρίως σε άτομα άνω των 75 ετών.",
                 "{city_loc} καταγράφηκαν {trop_n} τροπικές νύχτες (ελάχιστη θερμοκρασία άνω των 20 °C), {trop_diff} περισσότερες από τον μέσο όρο 1991–2020, ενώ τα νοσοκομεία ανέφεραν αισθητή αύξηση των εισαγωγών λόγω αφυδάτωσης και θερμοπληξίας."],
        "adapt": ["Η έκθεση προτείνει την αποκατάσταση των πλημμυρικών πεδίων, την επέκταση των συστημάτων έγκαιρης προειδοποίησης και την επικαιροποίηση του οικοδομικού κανονισμού, ώστε τα νέα έργα να λαμβάνουν υπόψη τις αναμενόμενες ακραίες βροχοπτώσεις.",
                  "Η Περιφέρεια διέθεσε {amt2} για μέτρα προσαρμογής, μεταξύ των οποίων σχέδια δράσης για τον καύσωνα, σκίαση δημόσιων χώρων και αποδοτικότερη άρδευση."],
        "contact": "Επικοινωνία: {name}, {email}, τηλ. {phone}.",
    },
    "bg": {
        "title": "Доклад за въздействието на климата – {region}, {year} г.",
        "flood": ["Между {d1} и {d2} интензивни и продължителни валежи, достигнали до {prcp} mm за 48 часа, предизвикаха преливане на река {river} на няколко места. Около {evac} жители бяха евакуирани, а {houses} жилищни сгради бяха повредени; застрахованите щети към момента се оценяват на {amt}.",
                  "Силна гръмотевична буря на {d1} претовари канализационната мрежа на град {city}: подлезите и мазетата бяха наводнени, {roads} пътя бяха затворени, а спасителните служби получиха {calls} сигнала в рамките на шест часа."],
        "drought": ["Вегетационният период на {year} г. беше сред най-сухите от началото на измерванията: между април и септември паднаха едва {pct_rain} % от средните валежи за периода 1991–2020 г. Загуби на добиви спрямо петгодишната средна стойност: {crop} −{loss} %, {crop2} −{loss2} %. В {wells} наблюдателни сондажа нивото на подземните води спадна под 10-ия персентил.",
                    "В {munis} общини бяха въведени ограничения за ползването на вода, а в края на август запълването на язовирите спадна до {res} % от капацитета им."],
        "heat": ["Гореща вълна с продължителност {hw_days} дни и максимални температури до {tmax} °C се свързва с около {excess} допълнителни смъртни случая, предимно сред хора над 75 години.",
                 "В град {city} бяха регистрирани {trop_n} тропически нощи (минимална температура над 20 °C), с {trop_diff} повече от средното за 1991–2020 г.; болниците съобщиха за осезаемо увеличение на приемите поради дехидратация и топлинен удар."],
        "adapt": ["Докладът препоръчва възстановяване на заливните тераси, разширяване на системите за ранно предупреждение и актуализиране на строителните норми, така че новите проекти да отчитат очакваните екстремни валежи.",
                  "Регионалните власти отпуснаха {amt2} за мерки за адаптация, включително планове за действие при горещини, засенчване на обществени пространства и по-ефективно напояване."],
        "contact": "Лице за контакт: {name}, {email}, тел. {phone}.",
    },
    "sl": {
        "title": "Poročilo o podnebnih vplivih – {region} regija, {year}",
        "flood": ["Med {d1} in {d2} so obilne in dolgotrajne padavine, do {prcp} mm v 48 urah, povzročile, da je {river} na več mestih prestopila bregove. Evakuiranih je bilo okoli {evac} prebivalcev, poškodovanih pa {houses} stanovanjskih stavb; zavarovana škoda je trenutno ocenjena na {amt}.",
                  "Močno neurje {d1} je preobremenilo kanalizacijo v mestu {city}: poplavljeni so bili podhodi in kleti, zaprtih je bilo {roads} cest, reševalne službe pa so v šestih urah prejele {calls} klicev."],
        "drought": ["Rastna sezona {year} je bila med najbolj sušnimi doslej: med aprilom in septembrom je padlo le {pct_rain} % povprečnih padavin obdobja 1991–2020. Izpad pridelka v primerjavi s petletnim povprečjem: {crop} −{loss} %, {crop2} −{loss2} %. Na {wells} merilnih mestih je gladina podzemne vode padla pod 10. percentil.",
                    "V {munis} občinah so uvedli omejitve porabe vode, konec avgusta pa je napolnjenost zadrževalnikov padla na {res} % zmogljivosti."],
        "heat": ["Vročinski val, ki je trajal {hw_days} dni, z najvišjimi temperaturami do {tmax} °C, je povezan s približno {excess} presežnimi smrtmi, predvsem med ljudmi, starejšimi od 75 let.",
                 "V mestu {city} so zabeležili {trop_n} tropskih noči (najnižja temperatura nad 20 °C), {trop_diff} več kot v povprečju 1991–2020; bolnišnice so poročale o izrazitem porastu sprejemov zaradi dehidracije in vročinske kapi."],
        "adapt": ["Poročilo priporoča renaturacijo poplavnih ravnic, razširitev sistemov zgodnjega opozarjanja in posodobitev gradbenih predpisov, da bodo novi projekti upoštevali pričakovane ekstremne padavine.",
                  "Regionalna razvojna agencija je za prilagoditvene ukrepe namenila {amt2}, med drugim za načrte ukrepanja ob vročini, senčenje javnih površin in učinkovitejše namakanje."],
        "contact": "Kontaktna oseba: {name}, {email}, tel. {phone}.",
    },
    "nl": {
        "title": "Rapport klimaatimpact – {region}, {year}",
        "flood": ["Tussen {d1} en {d2} leidde aanhoudende zware regenval, tot {prcp} mm in 48 uur, ertoe dat {river} op meerdere plaatsen buiten de oevers trad. Ongeveer {evac} inwoners werden geëvacueerd en {houses} woningen raakten beschadigd; de verzekerde schade wordt op dit moment geraamd op {amt}.",
                  "Een hevige onweersbui op {d1} overbelastte het rioolstelsel van {city}: tunnels en kelders liepen onder water, {roads} wegen moesten worden afgesloten en de hulpdiensten kregen binnen zes uur {calls} meldingen."],
        "drought": ["Het groeiseizoen van {year} behoorde tot de droogste sinds het begin van de metingen: tussen april en september viel slechts {pct_rain} % van de gemiddelde neerslag over 1991–2020. Opbrengstverlies ten opzichte van het vijfjarig gemiddelde: {crop} −{loss} %, {crop2} −{loss2} %. Bij {wells} peilbuizen zakte de grondwaterstand onder het 10e percentiel.",
                    "In {munis} gemeenten gold een beregeningsverbod, en eind augustus was de vulling van de spaarbekkens gedaald tot {res} % van de capaciteit."],
        "heat": ["Een hittegolf van {hw_days} dagen, met maxima tot {tmax} °C, wordt in verband gebracht met naar schatting {excess} extra sterfgevallen, vooral onder 75-plussers.",
                 "In {city} werden {trop_n} tropische nachten (minimumtemperatuur boven 20 °C) geregistreerd, {trop_diff} meer dan het gemiddelde over 1991–2020; ziekenhuizen meldden een duidelijke toename van opnames wegens uitdroging en hitteberoerte."],
        "adapt": ["Het rapport beveelt aan uiterwaarden en overstromingsvlakten te herstellen, waarschuwingssystemen uit te breiden en bouwregels zo aan te passen dat nieuwe projecten rekening houden met de verwachte extreme neerslag.",
                  "De provincie heeft {amt2} vrijgemaakt voor klimaatadaptatie, waaronder hitteplannen, schaduw in de openbare ruimte en efficiëntere beregening."],
        "contact": "Contactpersoon voor dit rapport: {name}, {email}, tel. {phone}.",
    },
}


def station_id(lang: str, name: str) -> str:
    """Stable synthetic station identifier (country code + 5 digits)."""
    digits = 0
    for ch in name.encode("utf-8"):
        digits = (digits * 131 + ch) % 90000
    return f"{COUNTRY[lang]}{digits + 10000}"


def coord(lang: str, value: float, is_lat: bool) -> str:
    """Latitude/longitude with local decimal separator and hemisphere letters."""
    n, s, e, w = HEMI[lang]
    hemi = (n if value >= 0 else s) if is_lat else (e if value >= 0 else w)
    return f"{fnum(lang, abs(value), 4)}° {hemi}"


def weather(rng: random.Random, lang: str, lat: float, elev: int, day: dt.date) -> dict:
    """Seasonally plausible daily weather for a station."""
    f = lambda x, d=1: fnum(lang, x, d)  # noqa: E731
    season = -math.cos(2 * math.pi * (day.timetuple().tm_yday - 15) / 365)
    tmean = 19.5 - 0.55 * (lat - 36) - 0.0065 * elev + (7 + 0.12 * (lat - 36)) * season + rng.gauss(0, 2.5)
    tmax, tmin = tmean + rng.uniform(2.5, 8.0), tmean - rng.uniform(2.0, 7.0)
    prcp = 0.0 if rng.random() < 0.4 else round(rng.expovariate(1 / 6.5), 1)
    return {
        "tmax": f(tmax), "tmin": f(tmin), "tmean": f(tmean), "tgrass": f(tmin - rng.uniform(0.5, 4.0)),
        "t_early": rand_time(rng, 4, 7), "t_late": rand_time(rng, 13, 16),
        "prcp": f(prcp), "p10": f(min(prcp, round(prcp * rng.uniform(0.05, 0.4), 1))), "_prcp": prcp, "_tmin": tmin,
        "sun": f(max(0.0, rng.uniform(0, 8) + 6 * season * rng.random())),
        "wind": f(wind := rng.uniform(0.5, 11.0)), "gust": f(wind * rng.uniform(1.5, 2.6) + 1.0), "dir": rng.choice(WIND_DIRS[lang].split()),
        "t00": f(tmin + (tmax - tmin) * rng.uniform(0.15, 0.45)), "t06": f(tmin + (tmax - tmin) * rng.uniform(0.0, 0.2)),
        "t12": f(tmax - (tmax - tmin) * rng.uniform(0.0, 0.2)), "t18": f(tmin + (tmax - tmin) * rng.uniform(0.45, 0.8)),
        "cloud": rng.randint(0, 8), "vis": rng.choice([2, 4, 6, 8, 10, 15, 20, 25, 30, 40, 50]),
        "td": f(tmin - rng.uniform(0.0, 3.5)), "rh": rng.randint(32, 98), "pres": f(rng.uniform(984.0, 1036.0)), "snow": rng.randint(1, 45),
        "t_gap1": f"0{rng.randint(1, 4)}:{rng.choice(['00', '10', '20', '30'])}", "t_gap2": f"0{rng.randint(5, 8)}:{rng.choice(['00', '40', '50'])}",
    }


def build_station_report(rng: random.Random, lang: str) -> tuple[str, dict, bool]:
    """One daily weather-station report: (text, metadata, contains_pii)."""
    pack = STATION_TEXT[lang]
    name, lat, lon, elev, region = rng.choice(STATIONS[lang])
    day = rand_date(rng, dt.date(2022, 1, 1), dt.date(2025, 10, 31))
    v = weather(rng, lang, lat, elev, day)
    v.update({"sid": station_id(lang, name), "sname": name, "lat": coord(lang, lat, True), "lon": coord(lang, lon, False),
              "elev": elev, "date": fdate(lang, day),
              "pnote": pack["dry"] if v["_prcp"] == 0 else rng.choice(pack["wet"])})
    body = [fill(rng.choice(pack["temp"]), v), fill(rng.choice(pack["precip"]), v), fill(rng.choice(pack["wind"]), v)]
    if rng.random() < 0.6:
        body.insert(1, fill(pack["synop"], v))
    if rng.random() < 0.8:
        body.append(fill(pack["sky"], v))
    remarks = [pack["ok"]] + ([pack["qc"]] if rng.random() < 0.6 else [])
    if v["_tmin"] < 0 and rng.random() < 0.6:
        remarks.append(pack["snow"])
    if rng.random() < 0.25:
        remarks.append(pack["gap"])
    if rng.random() < 0.15:
        remarks.append(pack["sensor"])
    body += [fill(r, v) for r in remarks]
    pii = rng.random() < 0.05
    if pii:
        obs = make_person(rng, lang, age_range=(25, 66))
        body.append(fill(rng.choice(pack["observer"]), {"name": obs.name, "phone": phone(rng, lang), "email": email(rng, obs)}))
    head = fill(rng.choice(pack["head"]), v)
    text = head + ("\n\n" if rng.random() < 0.5 else " ") + " ".join(body)
    return text, {"station_id": v["sid"], "date": day.isoformat(), "region": region}, pii


def build_impact_report(rng: random.Random, lang: str) -> tuple[str, dict, bool]:
    """One climate-impact report: (text, metadata with region/year, contains_pii)."""
    pack = IMPACT_TEXT[lang]
    reg = rng.choice(REGIONS[lang])
    year = rng.randint(2018, 2025)
    hazard = rng.choice(["flood", "drought", "heat"])
    d1 = rand_date(rng, dt.date(year, 5, 1) if hazard != "flood" else dt.date(year, 1, 5), dt.date(year, 9, 10))
    north = lang in ("en", "fi", "sv", "nl")
    crops = rng.sample(CROPS[lang], 2)
    v = dict(reg)
    v.update({
        "year": year, "d1": fdate(lang, d1), "d2": fdate(lang, d1 + dt.timedelta(days=rng.randint(2, 5))),
        "prcp": rng.randint(70, 320), "evac": count(rng, 150, 12000, 10), "houses": count(rng, 40, 2500, 10),
        "amt": money_m(lang, rng.uniform(4.5, 650.0)), "roads": count(rng, 5, 60, 5), "calls": count(rng, 50, 900, 10),
        "pct_rain": rng.randint(35, 68), "crop": crops[0], "crop2": crops[1], "loss": rng.randint(8, 45), "loss2": rng.randint(5, 40),
        "wells": count(rng, 12, 95), "munis": count(rng, 5, 140), "res": rng.randint(18, 45), "hw_days": count(rng, 5, 19),
        "tmax": fnum(lang, rng.uniform(30.5, 35.5) if north else rng.uniform(36.0, 46.5), 1),
        "excess": count(rng, 40, 2400, 10), "trop_n": (trop_n := count(rng, 8, 19) if north else count(rng, 15, 68)),
        "trop_diff": count(rng, 5, max(5, trop_n - 3)), "amt2": money_m(lang, rng.uniform(2.0, 60.0)),
    })
    paras = [fill(pack["title"], v)]
    hazard_text = [fill(t, v) for t in rng.sample(pack[hazard], 2 if rng.random() < 0.7 else 1)]
    if rng.random() < 0.6:
        other = rng.choice([h for h in ("flood", "drought", "heat") if h != hazard])
        hazard_text.append(fill(rng.choice(pack[other]), v))
    paras.append(" ".join(hazard_text))
    paras.append(" ".join(fill(t, v) for t in rng.sample(pack["adapt"], 2 if rng.random() < 0.6 else 1)))
    pii = rng.random() < 0.06
    if pii:
        author = make_person(rng, lang, age_range=(28, 64))
        paras.append(fill(pack["contact"], {"name": author.name, "email": email(rng, author), "phone": phone(rng, lang)}))
    return "\n\n".join(paras), {"region": reg["region"], "year": year}, pii


# ---------------------------------------------------------------------------
# FINANCE: loan, KYC and transaction notes; annual-report excerpts
# ---------------------------------------------------------------------------

FIN_TEXT = {
    "en": {
        "products": ["residential mortgage", "personal loan", "SME investment loan"],
        "L1": "Credit application {app_no} – {product_name}. The applicant requests {amt} over {term} months at a fixed rate of {rate} % p.a. Net monthly household income {income}, existing obligations {oblig} per month; debt-service-to-income ratio {dsti} %.",
        "L2": ["Collateral: first-ranking mortgage on a residential property valued at {value} (LTV {ltv} %). Employment: permanent contract since {emp_year}; no adverse entries in the Central Credit Register.",
               "No collateral required; payment protection insurance declined by the applicant. Employment: permanent contract since {emp_year}; no adverse entries in the Central Credit Register.",
               "Collateral: assignment of trade receivables and a personal guarantee from the managing director. {fy_prev} accounts show a profit; equity ratio {eq} %."],
        "L3a": "Decision: approved by the credit committee on {date}, subject to the following condition: {condition}.",
        "L3b": "Recommendation: decline. Affordability has not been demonstrated – the DSTI exceeds the internal limit of 40 % and the income history covers less than 12 months.",
        "conditions": ["submission of the signed contract for sale", "copies of the last three payslips", "assignment of the life assurance policy to the bank"],
        "K": ["Periodic KYC review of corporate client {firm} (LEI {lei}). Ultimate beneficial owner identified with a {ubo_pct} % shareholding; PEP and sanctions screening on {date} returned no matches.",
              "Source of funds: proceeds from the sale of listed shares (ISIN {isin}), {amt} credited on {date}. Documents provided: contract note and broker statement. Risk rating: {risk}.",
              "Enhanced due diligence triggered. Reason: {edd_reason}. Next scheduled review: {date2}."],
        "edd": ["turnover increase of more than 300 % within six months", "incoming payments from a high-risk third country", "beneficial owner identified as a politically exposed person (PEP)"],
        "risk": ["low", "medium", "high"],
        "T": ["Transaction narrative: outgoing SEPA credit transfer of {amt_tx} to IBAN {iban_cp}, remittance information “{ref}”. The amount exceeds the customer's usual monthly turnover by a factor of {factor}. Customer's explanation: {explanation}.",
              "Between {d1} and {d2} the account received {n_tx} cash deposits totalling {amt_cash}, each just below the internal reporting threshold. Case escalated to the AML unit for review (case no. {case_no}).",
              "Securities order via online banking: purchase of {n_sh} shares, ISIN {isin}, total consideration {amt_sec}, settlement date {date}."],
        "explanations": ["purchase of a used car", "deposit for an apartment", "repayment of a private loan to a family member"],
        "refs": ["INV {inv}", "Car purchase", "Deposit apartment"],
        "U": ["Customer: {tname}, born {dob}, PPSN {natid}, residing at {address}.",
              "Contact details: tel. {phone}, e-mail {email}. Salary account: {iban}.",
              "Online banking login from IP address {ip} on {date} at {time}; device not previously registered."],
    },
    "de": {
        "products": ["Baufinanzierung", "Ratenkredit", "Investitionskredit für KMU"],
        "L1": "Kreditantrag {app_no} – {product_name}. Beantragt werden {amt} mit einer Laufzeit von {term} Monaten zu einem festen Sollzins von {rate} % p. a. Monatliches Haushaltsnettoeinkommen {income}, bestehende Verpflichtungen {oblig} monatlich; Schuldendienstquote (DSTI) {dsti} %.",
        "L2": ["Sicherheiten: erstrangige Grundschuld auf eine selbst genutzte Wohnimmobilie mit einem Marktwert von {value} (Beleihungsauslauf {ltv} %). Beschäftigung: unbefristet angestellt seit {emp_year}; SCHUFA-Auskunft ohne Negativmerkmale.",
               "Keine Sicherheiten erforderlich; Restschuldversicherung vom Antragsteller abgelehnt. Beschäftigung: unbefristet angestellt seit {emp_year}; SCHUFA-Auskunft ohne Negativmerkmale.",
               "Sicherheiten: Globalzession der Forderungen aus Lieferungen und Leistungen sowie Bürgschaft des Geschäftsführers. Jahresabschluss {fy_prev} mit positivem Ergebnis, Eigenkapitalquote {eq} %."],
        "L3a": "Entscheidung: am {date} vom Kreditausschuss genehmigt, unter folgender Auflage: {condition}.",
        "L3b": "Empfehlung: Ablehnung. Die Kapitaldienstfähigkeit ist nicht nachgewiesen – die DSTI überschreitet das interne Limit von 40 %, und die Einkommenshistorie umfasst weniger als 12 Monate.",
        "conditions": ["Vorlage des notariellen Kaufvertrags", "Nachweis der letzten drei Gehaltsabrechnungen", "Abtretung der Risikolebensversicherung"],
        "K": ["Turnusmäßige KYC-Überprüfung des Firmenkunden {firm} (LEI {lei}). Wirtschaftlich Berechtigter mit einem Kapitalanteil von {ubo_pct} % identifiziert; PEP- und Sanktionslisten-Screening vom {date} ohne Treffer.",
              "Mittelherkunft: Erlös aus dem Verkauf börsennotierter Aktien (ISIN {isin}), Gutschrift von {amt} am {date}. Vorgelegte Unterlagen: Verkaufsabrechnung und Depotauszug. Risikoeinstufung: {risk}.",
              "Verstärkte Sorgfaltspflichten ausgelöst. Anlass: {edd_reason}. Nächste planmäßige Überprüfung: {date2}."],
        "edd": ["Umsatzanstieg um mehr als 300 % innerhalb von sechs Monaten", "Zahlungseingänge aus einem Drittstaat mit hohem Risiko", "wirtschaftlich Berechtigter als politisch exponierte Person (PEP) identifiziert"],
        "risk": ["niedrig", "mittel", "hoch"],
        "T": ["Transaktionsbeschreibung: ausgehende SEPA-Überweisung über {amt_tx} an IBAN {iban_cp}, Verwendungszweck „{ref}“. Der Betrag übersteigt den üblichen Monatsumsatz des Kunden um das {factor}-Fache. Erklärung des Kunden: {explanation}.",
              "Zwischen dem {d1} und dem {d2} gingen auf dem Konto {n_tx} Bareinzahlungen über insgesamt {amt_cash} ein, jeweils knapp unterhalb der internen Meldeschwelle. Fall zur Prüfung an die Geldwäsche-Einheit eskaliert (Vorgang {case_no}).",
              "Wertpapierorder über das Online-Banking: Kauf von {n_sh} Stück, ISIN {isin}, Kurswert {amt_sec}, Valuta {date}."],
        "explanations": ["Kauf eines Gebrauchtwagens", "Anzahlung für eine Eigentumswohnung", "Rückzahlung eines privaten Darlehens an ein Familienmitglied"],
        "refs": ["RE {inv}", "Kaufpreis PKW", "Anzahlung Wohnung"],
        "U": ["Kunde: {tname}, geb. {dob}, Steuer-ID {natid}, wohnhaft {address}.",
              "Kontaktdaten: Tel. {phone}, E-Mail {email}. Gehaltskonto: {iban}.",
              "Anmeldung im Online-Banking von IP-Adresse {ip} am {date} um {time} Uhr; Endgerät bisher nicht registriert."],
    },
    "fr": {
        "products": ["prêt immobilier", "prêt personnel", "prêt d'investissement PME"],
        "L1": "Demande de crédit {app_no} – {product_name}. Montant demandé : {amt} sur {term} mois au taux fixe de {rate} % l'an. Revenus nets mensuels du foyer : {income} ; charges de crédit existantes : {oblig} par mois ; taux d'endettement {dsti} %.",
        "L2": ["Garantie : hypothèque de premier rang sur la résidence principale, estimée à {value} (LTV {ltv} %). Situation professionnelle : CDI depuis {emp_year} ; aucune inscription au FICP.",
               "Aucune garantie exigée ; assurance emprunteur facultative refusée. Situation professionnelle : CDI depuis {emp_year} ; aucune inscription au FICP.",
               "Garanties : cession Dailly des créances clients et caution personnelle du dirigeant. Comptes {fy_prev} bénéficiaires, ratio de fonds propres {eq} %."],
        "L3a": "Décision : accord du comité de crédit le {date}, sous la condition suivante : {condition}.",
        "L3b": "Avis : défavorable. La capacité de remboursement n'est pas démontrée : le taux d'endettement dépasse la limite interne de 40 % et l'ancienneté des revenus est inférieure à 12 mois.",
        "conditions": ["production du compromis de vente définitif", "transmission des trois derniers bulletins de salaire", "délégation de l'assurance décès-invalidité"],
        "K": ["Revue KYC périodique du client personne morale {firm} (LEI {lei}). Bénéficiaire effectif identifié, détenant {ubo_pct} % du capital ; filtrage PPE et sanctions du {date} sans résultat.",
              "Origine des fonds : produit de la cession d'actions cotées (ISIN {isin}), {amt} crédités le {date}. Justificatifs fournis : avis d'opéré et relevé de portefeuille. Niveau de risque : {risk}.",
              "Mesures de vigilance renforcée déclenchées. Motif : {edd_reason}. Prochaine revue prévue : {date2}."],
        "edd": ["hausse du chiffre d'affaires de plus de 300 % en six mois", "flux entrants en provenance d'un pays tiers à haut risque", "bénéficiaire effectif identifié comme personne politiquement exposée (PPE)"],
        "risk": ["faible", "moyen", "élevé"],
        "T": ["Description de l'opération : virement SEPA sortant de {amt_tx} vers l'IBAN {iban_cp}, libellé « {ref} ». Le montant représente {factor} fois le flux mensuel habituel du client. Explication du client : {explanation}.",
              "Entre le {d1} et le {d2}, le compte a enregistré {n_tx} versements en espèces pour un total de {amt_cash}, chacun juste en dessous du seuil interne de déclaration. Dossier transmis à la cellule LCB-FT (dossier n° {case_no}).",
              "Ordre de bourse passé en ligne : achat de {n_sh} titres, ISIN {isin}, montant brut {amt_sec}, date de règlement {date}."],
        "explanations": ["achat d'un véhicule d'occasion", "apport pour l'acquisition d'un appartement", "remboursement d'un prêt familial"],
        "refs": ["FACT {inv}", "Achat vehicule", "Acompte appartement"],
        "U": ["Client : {tname}, né{e} le {dob}, NIR {natid}, demeurant {address}.",
              "Coordonnées : tél. {phone}, courriel {email}. Compte de domiciliation des salaires : {iban}.",
              "Connexion à la banque en ligne depuis l'adresse IP {ip} le {date} à {time} ; appareil inconnu jusqu'alors."],
    },
    "it": {
        "products": ["mutuo ipotecario", "prestito personale", "finanziamento PMI per investimenti"],
        "L1": "Pratica di fido {app_no} – {product_name}. Importo richiesto {amt}, durata {term} mesi, tasso fisso {rate} % annuo. Reddito netto mensile del nucleo familiare {income}, rate in essere {oblig} al mese; rapporto rata/reddito {dsti} %.",
        "L2": ["Garanzie: ipoteca di primo grado su immobile residenziale con valore di perizia di {value} (LTV {ltv} %). Situazione lavorativa: contratto a tempo indeterminato dal {emp_year}; nessuna segnalazione negativa in Centrale Rischi.",
               "Nessuna garanzia richiesta; polizza CPI facoltativa rifiutata dal cliente. Situazione lavorativa: contratto a tempo indeterminato dal {emp_year}; nessuna segnalazione negativa nelle banche dati creditizie.",
               "Garanzie: cessione dei crediti commerciali e fideiussione personale dell'amministratore. Bilancio {fy_prev} in utile, patrimonializzazione {eq} %."],
        "L3a": "Delibera: approvata dal comitato crediti in data {date}, con la seguente condizione: {condition}.",
        "L3b": "Parere: negativo. Sostenibilità non dimostrata: il rapporto rata/reddito supera il limite interno del 40 % e l'anzianità reddituale è inferiore a 12 mesi.",
        "conditions": ["presentazione del rogito notarile", "consegna delle ultime tre buste paga", "vincolo della polizza vita a favore della banca"],
        "K": ["Revisione periodica dell'adeguata verifica del cliente {firm} (LEI {lei}). Titolare effettivo individuato con una partecipazione del {ubo_pct} %; screening PEP e liste sanzioni del {date} senza riscontri.",
              "Origine dei fondi: vendita di azioni quotate (ISIN {isin}), accredito di {amt} in data {date}. Documentazione prodotta: eseguito di borsa ed estratto titoli. Profilo di rischio: {risk}.",
              "Attivata l'adeguata verifica rafforzata. Motivo: {edd_reason}. Prossima revisione: {date2}."],
        "edd": ["aumento del fatturato superiore al 300 % in sei mesi", "bonifici in entrata da un paese terzo ad alto rischio", "titolare effettivo qualificato come persona politicamente esposta (PEP)"],
        "risk": ["basso", "medio", "alto"],
        "T": ["Descrizione dell'operazione: bonifico SEPA in uscita di {amt_tx} verso l'IBAN {iban_cp}, causale «{ref}». L'importo è pari a {factor} volte la movimentazione mensile abituale del cliente. Giustificazione fornita: {explanation}.",
              "Tra il {d1} e il {d2} sul conto sono stati effettuati {n_tx} versamenti in contanti per un totale di {amt_cash}, ciascuno di poco inferiore alla soglia interna di segnalazione. Pratica inoltrata alla funzione Antiriciclaggio (pratica n. {case_no}).",
              "Ordine titoli tramite home banking: acquisto di {n_sh} azioni, ISIN {isin}, controvalore {amt_sec}, data valuta {date}."],
        "explanations": ["acquisto di un'auto usata", "anticipo per l'acquisto di un appartamento", "restituzione di un prestito a un familiare"],
        "refs": ["Saldo fattura {inv}", "Acquisto auto", "Caparra appartamento"],
        "U": ["Cliente: {tname}, nat{o} il {dob}, codice fiscale {natid}, residente in {address}.",
              "Recapiti: tel. {phone}, e-mail {email}. Conto di accredito dello stipendio: {iban}.",
              "Accesso all'home banking dall'indirizzo IP {ip} il {date} alle {time}; dispositivo non registrato in precedenza."],
    },
    "es": {
        "products": ["préstamo hipotecario", "préstamo personal", "préstamo de inversión para pymes"],
        "L1": "Solicitud de financiación {app_no} – {product_name}. Importe solicitado: {amt} a {term} meses, tipo fijo del {rate} % anual. Ingresos netos mensuales de la unidad familiar: {income}; cuotas de otros préstamos: {oblig} al mes; ratio de endeudamiento {dsti} %.",
        "L2": ["Garantía: hipoteca de primer rango sobre vivienda habitual tasada en {value} (LTV {ltv} %). Situación laboral: contrato indefinido desde {emp_year}; sin incidencias en CIRBE ni en ficheros de morosidad.",
               "Sin garantías adicionales; el cliente rechaza el seguro de protección de pagos. Situación laboral: contrato indefinido desde {emp_year}; sin incidencias en ficheros de morosidad.",
               "Garantías: cesión de créditos comerciales y aval personal del administrador. Cuentas anuales de {fy_prev} con beneficios, ratio de fondos propios {eq} %."],
        "L3a": "Resolución: aprobada por el comité de riesgos el {date}, condicionada a: {condition}.",
        "L3b": "Propuesta: denegación. No se acredita capacidad de pago: la ratio de endeudamiento supera el límite interno del 40 % y la antigüedad laboral es inferior a 12 meses.",
        "conditions": ["aportación del contrato de compraventa definitivo", "entrega de las tres últimas nóminas", "pignoración del seguro de vida a favor de la entidad"],
        "K": ["Revisión periódica de diligencia debida del cliente {firm} (LEI {lei}). Titular real identificado con una participación del {ubo_pct} %; cribado de PRP y sanciones del {date} sin coincidencias.",
              "Origen de los fondos: venta de acciones cotizadas (ISIN {isin}), abono de {amt} el {date}. Documentación aportada: contrato de venta y extracto de valores. Nivel de riesgo: {risk}.",
              "Se activa la diligencia debida reforzada. Motivo: {edd_reason}. Próxima revisión: {date2}."],
        "edd": ["incremento de la facturación superior al 300 % en seis meses", "cobros procedentes de un tercer país de alto riesgo", "titular real identificado como persona con responsabilidad pública (PRP)"],
        "risk": ["bajo", "medio", "alto"],
        "T": ["Descripción de la operación: transferencia SEPA emitida por {amt_tx} a la cuenta IBAN {iban_cp}, concepto «{ref}». El importe multiplica por {factor} la operativa mensual habitual del cliente. Justificación del cliente: {explanation}.",
              "Entre el {d1} y el {d2} la cuenta recibió {n_tx} ingresos en efectivo por un total de {amt_cash}, todos ligeramente por debajo del umbral interno de comunicación. Expediente escalado a la unidad de prevención del blanqueo de capitales (expediente n.º {case_no}).",
              "Orden de valores por banca online: compra de {n_sh} acciones, ISIN {isin}, efectivo {amt_sec}, fecha valor {date}."],
        "explanations": ["compra de un vehículo de segunda mano", "entrada para la compra de una vivienda", "devolución de un préstamo familiar"],
        "refs": ["Factura {inv}", "Compra vehiculo", "Senal piso"],
        "U": ["Cliente: {tname}, nacid{o} el {dob}, DNI {natid}, con domicilio en {address}.",
              "Datos de contacto: tel. {phone}, correo electrónico {email}. Cuenta de domiciliación de nómina: {iban}.",
              "Acceso a banca online desde la dirección IP {ip} el {date} a las {time}; dispositivo no registrado previamente."],
    },
    "pl": {
        "products": ["kredyt hipoteczny", "kredyt gotówkowy", "kredyt inwestycyjny dla MŚP"],
        "L1": "Wniosek kredytowy {app_no} – {product_name}. Wnioskowana kwota: {amt}, okres kredytowania {term} mies., stałe oprocentowanie {rate} % w skali roku. Miesięczny dochód netto gospodarstwa domowego: {income}; obecne zobowiązania: {oblig} miesięcznie; wskaźnik DSTI {dsti} %.",
        "L2": ["Zabezpieczenie: hipoteka na pierwszym miejscu na nieruchomości mieszkalnej o wartości rynkowej {value} (LTV {ltv} %). Zatrudnienie: umowa o pracę na czas nieokreślony od {emp_year} r.; brak negatywnych wpisów w BIK.",
               "Bez dodatkowego zabezpieczenia; klient zrezygnował z ubezpieczenia spłaty kredytu. Zatrudnienie: umowa o pracę na czas nieokreślony od {emp_year} r.; brak negatywnych wpisów w BIK.",
               "Zabezpieczenie: cesja wierzytelności handlowych oraz poręczenie osobiste członka zarządu. Sprawozdanie finansowe za {fy_prev} r. z zyskiem, wskaźnik kapitału własnego {eq} %."],
        "L3a": "Decyzja: wniosek zatwierdzony przez komitet kredytowy w dniu {date}, pod warunkiem: {condition}.",
        "L3b": "Rekomendacja: odmowa. Brak zdolności kredytowej – wskaźnik DSTI przekracza wewnętrzny limit 40 %, a historia dochodów obejmuje mniej niż 12 miesięcy.",
        "conditions": ["przedłożenie aktu notarialnego umowy sprzedaży", "dostarczenie trzech ostatnich odcinków wypłaty", "cesja praw z polisy na życie na rzecz banku"],
        "K": ["Okresowa weryfikacja KYC klienta korporacyjnego {firm} (LEI {lei}). Zidentyfikowano beneficjenta rzeczywistego posiadającego {ubo_pct} % udziałów; screening PEP i list sankcyjnych z dnia {date} bez trafień.",
              "Źródło środków: sprzedaż akcji notowanych na giełdzie (ISIN {isin}), uznanie rachunku kwotą {amt} w dniu {date}. Przedłożone dokumenty: potwierdzenie transakcji i wyciąg z rachunku maklerskiego. Ocena ryzyka: {risk}.",
              "Zastosowano wzmożone środki bezpieczeństwa finansowego. Powód: {edd_reason}. Następny przegląd: {date2}."],
        "edd": ["wzrost obrotów o ponad 300 % w ciągu sześciu miesięcy", "wpływy z państwa trzeciego wysokiego ryzyka", "beneficjent rzeczywisty zidentyfikowany jako osoba zajmująca eksponowane stanowisko polityczne (PEP)"],
        "risk": ["niskie", "średnie", "wysokie"],
        "T": ["Opis transakcji: wychodzący przelew krajowy (Elixir) na kwotę {amt_tx} na rachunek {iban_cp}, tytuł: „{ref}”. Kwota {factor}-krotnie przekracza zwykłe miesięczne obroty klienta. Wyjaśnienie klienta: {explanation}.",
              "W okresie {d1}–{d2} na rachunek wpłynęło {n_tx} wpłat gotówkowych na łączną kwotę {amt_cash}, każda nieznacznie poniżej wewnętrznego progu raportowania. Sprawę przekazano do komórki AML (sprawa nr {case_no}).",
              "Zlecenie maklerskie przez bankowość internetową: kupno {n_sh} akcji, ISIN {isin}, wartość transakcji {amt_sec}, data rozliczenia {date}."],
        "explanations": ["zakup używanego samochodu", "wkład własny na zakup mieszkania", "spłata pożyczki rodzinnej"],
        "refs": ["FV {inv}", "Zakup samochodu", "Zadatek mieszkanie"],
        "U": ["Klient: {tname}, ur. {dob}, PESEL {natid}, zam. {address}.",
              "Dane kontaktowe: tel. {phone}, e-mail {email}. Rachunek do wpływu wynagrodzenia: {iban}.",
              "Logowanie do bankowości internetowej z adresu IP {ip} w dniu {date} o godz. {time}; urządzenie dotychczas niezarejestrowane."],
    },
    "fi": {
        "products": ["asuntolaina", "kulutusluotto", "pk-yrityksen investointilaina"],
        "L1": "Lainahakemus {app_no} – {product_name}. Haettu summa {amt}, laina-aika {term} kk, kiinteä korko {rate} % p.a. Kotitalouden nettotulot {income} kuukaudessa, nykyiset velanhoitomenot {oblig} kuukaudessa; DSTI {dsti} %.",
        "L2": ["Vakuus: ensisijainen panttikirja omistusasuntoon, jonka arvo on {value} (LTV {ltv} %). Työsuhde: vakituinen vuodesta {emp_year} alkaen; ei maksuhäiriömerkintöjä.",
               "Ei vakuutta; asiakas kieltäytyi lainaturvavakuutuksesta. Työsuhde: vakituinen vuodesta {emp_year} alkaen; ei maksuhäiriömerkintöjä.",
               "Vakuudet: myyntisaamisten panttaus sekä toimitusjohtajan henkilötakaus. Tilinpäätös {fy_prev} voitollinen, omavaraisuusaste {eq} %."],
        "L3a": "Päätös: luottotoimikunta hyväksyi hakemuksen {date}. Ehto: {condition}.",
        "L3b": "Suositus: hylätään. Takaisinmaksukykyä ei ole osoitettu – DSTI ylittää sisäisen 40 prosentin rajan, ja tulohistoria kattaa alle 12 kuukautta.",
        "conditions": ["lopullisen kauppakirjan toimittaminen", "kolmen viimeisimmän palkkalaskelman toimittaminen", "henkivakuutuksen siirto pankin hyväksi"],
        "K": ["Yritysasiakas {firm} (LEI {lei}): määräaikainen KYC-tarkistus. Tosiasiallinen edunsaaja tunnistettu, omistusosuus {ubo_pct} %; PEP- ja pakoteseulonta {date} ilman osumia.",
              "Varojen alkuperä: pörssiosakkeiden myynti (ISIN {isin}), {amt} hyvitetty tilille {date}. Toimitetut asiakirjat: toteutusilmoitus ja arvo-osuustiliote. Riskiluokka: {risk}.",
              "Tehostettu asiakkaan tuntemisvelvollisuus käynnistetty. Syy: {edd_reason}. Seuraava tarkistus: {date2}."],
        "edd": ["liikevaihdon yli 300 prosentin kasvu kuudessa kuukaudessa", "maksut korkean riskin kolmannesta maasta", "tosiasiallinen edunsaaja on poliittisesti vaikutusvaltainen henkilö (PEP)"],
        "risk": ["matala", "keskitaso", "korkea"],
        "T": ["Tapahtuman kuvaus: lähtevä SEPA-tilisiirto {amt_tx} tilille IBAN {iban_cp}, viesti ”{ref}”. Summa on {factor}-kertainen asiakkaan tavanomaiseen kuukausivaihtoon nähden. Asiakkaan selvitys: {explanation}.",
              "Aikavälillä {d1}–{d2} tilille tehtiin {n_tx} käteistalletusta, yhteensä {amt_cash}, kukin hieman sisäisen ilmoitusrajan alapuolella. Tapaus siirretty rahanpesun selvittelyyksikölle (asia nro {case_no}).",
              "Arvopaperitoimeksianto verkkopankissa: osto {n_sh} kpl, ISIN {isin}, kauppahinta {amt_sec}, selvityspäivä {date}."],
        "explanations": ["käytetyn auton osto", "asunnon käsiraha", "sukulaiselta saadun lainan takaisinmaksu"],
        "refs": ["Lasku {inv}", "Auton kauppa", "Asunnon kasiraha"],
        "U": ["Asiakas: {name}, henkilötunnus {natid}, osoite {address}.",
              "Yhteystiedot: puh. {phone}, sähköposti {email}. Palkkatili: {iban}.",
              "Kirjautuminen verkkopankkiin IP-osoitteesta {ip} {date} klo {time}; laitetta ei ole aiemmin rekisteröity."],
    },
    "sv": {
        "products": ["bolån", "privatlån", "investeringslån för småföretag"],
        "L1": "Kreditansökan {app_no} – {product_name}. Sökt belopp {amt}, löptid {term} månader, bunden ränta {rate} % per år. Hushållets nettoinkomst {income} per månad, befintliga kreditkostnader {oblig} per månad; skuldkvot (DSTI) {dsti} %.",
        "L2": ["Säkerhet: pantbrev med bästa rätt i villafastighet värderad till {value} (belåningsgrad {ltv} %). Anställning: tillsvidareanställd sedan {emp_year}; inga betalningsanmärkningar hos UC.",
               "Ingen säkerhet krävs; låneskydd avböjt av kunden. Anställning: tillsvidareanställd sedan {emp_year}; inga betalningsanmärkningar hos UC.",
               "Säkerheter: företagsinteckning samt personlig borgen från verkställande direktören. Årsredovisning {fy_prev} med vinst, soliditet {eq} %."],
        "L3a": "Beslut: beviljat av kreditkommittén {date} med villkoret: {condition}.",
        "L3b": "Rekommendation: avslag. Återbetalningsförmågan är inte styrkt – skuldkvoten överstiger den interna gränsen på 40 % och inkomsthistoriken omfattar mindre än 12 månader.",
        "conditions": ["uppvisande av slutligt köpekontrakt", "kopior av de tre senaste lönespecifikationerna", "överlåtelse av livförsäkringen till banken"],
        "K": ["Periodisk KYC-granskning av företagskunden {firm} (LEI {lei}). Verklig huvudman identifierad med en ägarandel på {ubo_pct} %; PEP- och sanktionskontroll {date} utan träffar.",
              "Medlens ursprung: försäljning av börsnoterade aktier (ISIN {isin}), {amt} insatt {date}. Inlämnade handlingar: avräkningsnota och depåutdrag. Riskklassning: {risk}.",
              "Skärpta åtgärder för kundkännedom har vidtagits. Orsak: {edd_reason}. Nästa granskning: {date2}."],
        "edd": ["omsättningsökning på mer än 300 % inom sex månader", "inbetalningar från ett tredjeland med hög risk", "verklig huvudman identifierad som person i politiskt utsatt ställning (PEP)"],
        "risk": ["låg", "medel", "hög"],
        "T": ["Transaktionsbeskrivning: utgående betalning på {amt_tx} till IBAN {iban_cp}, meddelande ”{ref}”. Beloppet är {factor} gånger större än kundens normala månadsomsättning. Kundens förklaring: {explanation}.",
              "Mellan {d1} och {d2} gjordes {n_tx} kontantinsättningar på kontot på sammanlagt {amt_cash}, var och en strax under den interna rapporteringsgränsen. Ärendet har eskalerats till enheten för penningtvättsbekämpning (ärende nr {case_no}).",
              "Värdepappersorder via internetbanken: köp av {n_sh} aktier, ISIN {isin}, likvid {amt_sec}, likviddag {date}."],
        "explanations": ["köp av begagnad bil", "handpenning för en bostadsrätt", "återbetalning av ett privat lån till en släkting"],
        "refs": ["Faktura {inv}", "Bilkop", "Handpenning"],
        "U": ["Kund: {name}, personnummer {natid}, adress: {address}.",
              "Kontaktuppgifter: tel. {phone}, e-post {email}. Lönekonto: {iban}.",
              "Inloggning i internetbanken från IP-adress {ip} {date} kl. {time}; enheten har inte registrerats tidigare."],
    },
    "el": {
        "products": ["στεγαστικό δάνειο", "καταναλωτικό δάνειο", "επενδυτικό δάνειο ΜμΕ"],
        "L1": "Αίτηση χρηματοδότησης {app_no} – {product_name}. Αιτούμενο ποσό {amt}, διάρκεια {term} μήνες, σταθερό επιτόκιο {rate} % ετησίως. Μηνιαίο καθαρό οικογενειακό εισόδημα {income}, υφιστάμενες δόσεις {oblig} μηνιαίως, δείκτης DSTI {dsti} %.",
        "L2": ["Εξασφάλιση: προσημείωση υποθήκης Α΄ τάξης επί κατοικίας εκτιμώμενης αξίας {value} (LTV {ltv} %). Απασχόληση: σύμβαση αορίστου χρόνου από το {emp_year}, χωρίς δυσμενή στοιχεία στον Τειρεσία.",
               "Χωρίς εξασφαλίσεις, ο πελάτης αρνήθηκε την ασφάλιση αποπληρωμής. Απασχόληση: σύμβαση αορίστου χρόνου από το {emp_year}, χωρίς δυσμενή στοιχεία στον Τειρεσία.",
               "Εξασφαλίσεις: εκχώρηση εμπορικών απαιτήσεων και προσωπική εγγύηση του διαχειριστή. Οικονομικές καταστάσεις {fy_prev} κερδοφόρες, δείκτης ιδίων κεφαλαίων {eq} %."],
        "L3a": "Απόφαση: εγκρίθηκε από την Επιτροπή Πιστοδοτήσεων στις {date}, υπό τον όρο: {condition}.",
        "L3b": "Εισήγηση: απόρριψη. Δεν τεκμηριώνεται η δυνατότητα αποπληρωμής – ο δείκτης DSTI υπερβαίνει το εσωτερικό όριο του 40 % και το ιστορικό εισοδημάτων καλύπτει λιγότερο από 12 μήνες.",
        "conditions": ["προσκόμιση του οριστικού συμβολαίου αγοραπωλησίας", "προσκόμιση των τριών τελευταίων μισθοδοτικών καταστάσεων", "εκχώρηση του ασφαλιστηρίου ζωής υπέρ της τράπεζας"],
        "K": ["Περιοδική επανεξέταση KYC του εταιρικού πελάτη {firm} (LEI {lei}). Εντοπίστηκε πραγματικός δικαιούχος με ποσοστό συμμετοχής {ubo_pct} %, ενώ ο έλεγχος PEP και κυρώσεων στις {date} δεν έδωσε αποτελέσματα.",
              "Προέλευση κεφαλαίων: πώληση εισηγμένων μετοχών (ISIN {isin}), πίστωση {amt} στις {date}. Προσκομισθέντα έγγραφα: εκκαθάριση συναλλαγής και κατάσταση χαρτοφυλακίου. Βαθμός κινδύνου: {risk}.",
              "Ενεργοποιήθηκε αυξημένη δέουσα επιμέλεια. Αιτία: {edd_reason}. Επόμενη επανεξέταση: {date2}."],
        "edd": ["αύξηση του κύκλου εργασιών άνω του 300 % σε έξι μήνες", "εισερχόμενα εμβάσματα από τρίτη χώρα υψηλού κινδύνου", "πραγματικός δικαιούχος που χαρακτηρίζεται ως πολιτικά εκτεθειμένο πρόσωπο"],
        "risk": ["χαμηλός", "μεσαίος", "υψηλός"],
        "T": ["Περιγραφή συναλλαγής: εξερχόμενη μεταφορά SEPA ποσού {amt_tx} προς IBAN {iban_cp}, αιτιολογία «{ref}». Το ποσό είναι {factor} φορές μεγαλύτερο από τη συνήθη μηνιαία κίνηση του πελάτη. Αιτιολόγηση πελάτη: {explanation}.",
              "Μεταξύ {d1} και {d2} πραγματοποιήθηκαν στον λογαριασμό {n_tx} καταθέσεις μετρητών συνολικού ύψους {amt_cash}, καθεμία λίγο κάτω από το εσωτερικό όριο αναφοράς. Η υπόθεση διαβιβάστηκε στη Μονάδα Πρόληψης Ξεπλύματος Χρήματος (υπόθεση αρ. {case_no}).",
              "Εντολή αγοράς μέσω e-banking: {n_sh} μετοχές, ISIN {isin}, συνολική αξία {amt_sec}, ημερομηνία διακανονισμού {date}."],
        "explanations": ["αγορά μεταχειρισμένου αυτοκινήτου", "προκαταβολή για αγορά διαμερίσματος", "αποπληρωμή οικογενειακού δανείου"],
        "refs": ["Τιμολόγιο {inv}", "Αγορά αυτοκινήτου", "Προκαταβολή διαμερίσματος"],
        "U": ["Πελάτης: {tname}, ημερομηνία γέννησης {dob}, ΑΜΚΑ {natid}, διεύθυνση κατοικίας: {address}.",
              "Στοιχεία επικοινωνίας: τηλ. {phone}, e-mail {email}. Λογαριασμός μισθοδοσίας: {iban}.",
              "Σύνδεση στο e-banking από τη διεύθυνση IP {ip} στις {date}, ώρα {time}, από συσκευή που δεν είχε καταχωριστεί στο παρελθόν."],
    },
    "bg": {
        "products": ["ипотечен кредит", "потребителски кредит", "инвестиционен кредит за МСП"],
        "L1": "Кредитно искане {app_no} – {product_name}. Искана сума {amt} за срок от {term} месеца при фиксиран лихвен процент {rate} % годишно. Месечен нетен доход на домакинството {income}, текущи задължения {oblig} месечно; съотношение DSTI {dsti} %.",
        "L2": ["Обезпечение: първа по ред ипотека върху жилищен имот с пазарна оценка {value} (LTV {ltv} %). Трудова заетост: безсрочен трудов договор от {emp_year} г.; без негативни записи в Централния кредитен регистър.",
               "Без обезпечение; клиентът отказва застраховка „Защита на плащанията“. Трудова заетост: безсрочен трудов договор от {emp_year} г.; без негативни записи в ЦКР.",
               "Обезпечения: особен залог върху вземания и лично поръчителство от управителя. Годишен финансов отчет за {fy_prev} г. с печалба, коефициент на собствения капитал {eq} %."],
        "L3a": "Решение: одобрено от кредитния комитет на {date} при следното условие: {condition}.",
        "L3b": "Становище: отказ. Изплащаемостта не е доказана – DSTI надвишава вътрешния лимит от 40 %, а историята на доходите обхваща по-малко от 12 месеца.",
        "conditions": ["представяне на окончателния договор за покупко-продажба", "представяне на последните три фиша за заплата", "прехвърляне на застрахователната полица „Живот“ в полза на банката"],
        "K": ["Периодичен KYC преглед на корпоративния клиент {firm} (LEI {lei}). Установен е действителен собственик с дял от {ubo_pct} %; проверката в списъците за PEP и санкции от {date} е без съвпадения.",
              "Произход на средствата: продажба на борсово търгувани акции (ISIN {isin}), заверена сума {amt} на {date}. Представени документи: потвърждение за сделката и извлечение от сметка за ценни книжа. Рисков профил: {risk}.",
              "Приложени са разширени мерки за комплексна проверка. Причина: {edd_reason}. Следващ преглед: {date2}."],
        "edd": ["ръст на оборота с над 300 % за шест месеца", "входящи плащания от високорискова трета държава", "действителен собственик, определен като видна политическа личност"],
        "risk": ["нисък", "среден", "висок"],
        "T": ["Описание на операцията: изходящ превод (БИСЕРА) в размер на {amt_tx} към IBAN {iban_cp}, основание „{ref}“. Сумата е {factor} пъти по-голяма от обичайния месечен оборот на клиента. Обяснение на клиента: {explanation}.",
              "В периода {d1} – {d2} по сметката са постъпили {n_tx} вноски в брой на обща стойност {amt_cash}, всяка малко под вътрешния праг за докладване. Случаят е ескалиран към звеното за превенция на изпирането на пари (преписка № {case_no}).",
              "Поръчка за ценни книжа чрез онлайн банкиране: покупка на {n_sh} акции, ISIN {isin}, обща стойност {amt_sec}, дата на сетълмент {date}."],
        "explanations": ["покупка на употребяван автомобил", "капаро за покупка на апартамент", "връщане на заем на член на семейството"],
        "refs": ["Фактура {inv}", "Покупка автомобил", "Капаро апартамент"],
        "U": ["Клиент: {tname}, ЕГН {natid}, постоянен адрес: {address}.",
              "Данни за контакт: тел. {phone}, имейл {email}. Сметка за заплата: {iban}.",
              "Вход в онлайн банкирането от IP адрес {ip} на {date} в {time} ч.; устройството не е регистрирано досега."],
    },
    "sl": {
        "products": ["stanovanjski kredit", "potrošniški kredit", "investicijski kredit za MSP"],
        "L1": "Kreditna vloga {app_no} – {product_name}. Zaprošeni znesek {amt}, ročnost {term} mesecev, fiksna obrestna mera {rate} % letno. Mesečni neto dohodek gospodinjstva {income}, obstoječe obveznosti {oblig} mesečno; razmerje DSTI {dsti} %.",
        "L2": ["Zavarovanje: hipoteka prvega reda na stanovanjski nepremičnini z ocenjeno vrednostjo {value} (LTV {ltv} %). Zaposlitev: pogodba za nedoločen čas od leta {emp_year}; brez negativnih zapisov v sistemu SISBON.",
               "Brez zavarovanja; komitent je zavrnil zavarovanje odplačila kredita. Zaposlitev: pogodba za nedoločen čas od leta {emp_year}; brez negativnih zapisov v sistemu SISBON.",
               "Zavarovanje: odstop terjatev do kupcev in osebno poroštvo direktorja. Letno poročilo za leto {fy_prev} izkazuje dobiček, delež kapitala {eq} %."],
        "L3a": "Odločitev: kreditni odbor je vlogo odobril {date} pod pogojem: {condition}.",
        "L3b": "Priporočilo: zavrnitev. Kreditna sposobnost ni izkazana – DSTI presega interno omejitev 40 %, zgodovina prihodkov pa obsega manj kot 12 mesecev.",
        "conditions": ["predložitev dokončne kupoprodajne pogodbe", "predložitev zadnjih treh plačilnih list", "vinkulacija življenjskega zavarovanja v korist banke"],
        "K": ["Periodični pregled KYC za poslovnega komitenta {firm} (LEI {lei}). Ugotovljen dejanski lastnik z {ubo_pct} % deležem; preverjanje PEP in sankcijskih seznamov dne {date} brez zadetkov.",
              "Izvor sredstev: prodaja delnic, ki kotirajo na borzi (ISIN {isin}), priliv {amt} dne {date}. Predloženi dokumenti: potrdilo o poslu in izpisek s trgovalnega računa. Stopnja tveganja: {risk}.",
              "Uvedeni so okrepljeni ukrepi pregleda stranke. Razlog: {edd_reason}. Naslednji pregled: {date2}."],
        "edd": ["povečanje prometa za več kot 300 % v šestih mesecih", "prilivi iz visoko tvegane tretje države", "dejanski lastnik je politično izpostavljena oseba (PEP)"],
        "risk": ["nizka", "srednja", "visoka"],
        "T": ["Opis transakcije: odhodno nakazilo SEPA v znesku {amt_tx} na IBAN {iban_cp}, namen „{ref}“. Znesek {factor}-krat presega običajni mesečni promet stranke. Pojasnilo stranke: {explanation}.",
              "Med {d1} in {d2} je bilo na račun opravljenih {n_tx} gotovinskih pologov v skupnem znesku {amt_cash}, vsak tik pod notranjim pragom za poročanje. Primer je bil posredovan oddelku za preprečevanje pranja denarja (zadeva št. {case_no}).",
              "Naročilo prek spletne banke: nakup {n_sh} delnic, ISIN {isin}, vrednost posla {amt_sec}, datum poravnave {date}."],
        "explanations": ["nakup rabljenega avtomobila", "ara za nakup stanovanja", "vračilo posojila družinskemu članu"],
        "refs": ["Racun {inv}", "Nakup vozila", "Ara stanovanje"],
        "U": ["Stranka: {tname}, EMŠO {natid}, naslov: {address}.",
              "Kontaktni podatki: tel. {phone}, e-pošta {email}. Račun za prejemanje plače: {iban}.",
              "Prijava v spletno banko z IP-naslova {ip} dne {date} ob {time}; naprava doslej ni bila registrirana."],
    },
    "nl": {
        "products": ["hypothecaire lening", "persoonlijke lening", "investeringskrediet mkb"],
        "L1": "Kredietaanvraag {app_no} – {product_name}. Gevraagd bedrag {amt}, looptijd {term} maanden, vaste rente {rate} % per jaar. Netto maandinkomen huishouden {income}, bestaande verplichtingen {oblig} per maand; DSTI {dsti} %.",
        "L2": ["Zekerheid: eerste recht van hypotheek op de eigen woning met een marktwaarde van {value} (LTV {ltv} %). Dienstverband: vast contract sinds {emp_year}; geen negatieve registraties bij het BKR.",
               "Geen zekerheden vereist; kredietverzekering door de klant afgewezen. Dienstverband: vast contract sinds {emp_year}; geen negatieve registraties bij het BKR.",
               "Zekerheden: verpanding van debiteuren en een persoonlijke borgtocht van de directeur-grootaandeelhouder. Jaarrekening {fy_prev} winstgevend, solvabiliteit {eq} %."],
        "L3a": "Besluit: goedgekeurd door de kredietcommissie op {date}, onder voorwaarde van: {condition}.",
        "L3b": "Advies: afwijzen. De betaalbaarheid is niet aangetoond – de DSTI overschrijdt de interne limiet van 40 % en de inkomenshistorie beslaat minder dan 12 maanden.",
        "conditions": ["overlegging van de definitieve koopovereenkomst", "aanlevering van de laatste drie loonstroken", "verpanding van de overlijdensrisicoverzekering aan de bank"],
        "K": ["Periodieke KYC-review van zakelijke klant {firm} (LEI {lei}). Uiteindelijk belanghebbende (UBO) vastgesteld met een belang van {ubo_pct} %; PEP- en sanctiescreening op {date} zonder hits.",
              "Herkomst van middelen: verkoop van beursgenoteerde aandelen (ISIN {isin}), bijschrijving van {amt} op {date}. Aangeleverde stukken: verkoopnota en effectenoverzicht. Risicoclassificatie: {risk}.",
              "Verscherpt cliëntenonderzoek gestart. Aanleiding: {edd_reason}. Volgende review: {date2}."],
        "edd": ["omzetstijging van meer dan 300 % binnen zes maanden", "inkomende betalingen uit een derde land met een hoog risico", "UBO aangemerkt als politiek prominent persoon (PEP)"],
        "risk": ["laag", "gemiddeld", "hoog"],
        "T": ["Transactieomschrijving: uitgaande SEPA-overboeking van {amt_tx} naar IBAN {iban_cp}, omschrijving ‘{ref}’. Het bedrag is {factor} keer zo hoog als de gebruikelijke maandomzet van de klant. Toelichting klant: {explanation}.",
              "Tussen {d1} en {d2} werden op de rekening {n_tx} contante stortingen gedaan met een totaalbedrag van {amt_cash}, elk net onder de interne meldgrens. Zaak geëscaleerd naar de afdeling FEC/AML (dossier {case_no}).",
              "Effectenorder via internetbankieren: aankoop van {n_sh} aandelen, ISIN {isin}, transactiebedrag {amt_sec}, valutadatum {date}."],
        "explanations": ["aankoop van een tweedehands auto", "aanbetaling voor een appartement", "terugbetaling van een lening aan een familielid"],
        "refs": ["Factuur {inv}", "Aankoop auto", "Aanbetaling appartement"],
        "U": ["Klant: {tname}, geboren {dob}, BSN {natid}, adres: {address}.",
              "Contactgegevens: tel. {phone}, e-mail {email}. Salarisrekening: {iban}.",
              "Inlog in internetbankieren vanaf IP-adres {ip} op {date} om {time}; apparaat was niet eerder geregistreerd."],
    },
}

# Fictional listed companies (annual reports) and SMEs (KYC reviews) per country.
COMPANIES = {
    "en": ["Shannon Agri Holdings plc", "Liffey Logistics plc", "Corrib Pharma plc", "Atlantic Edge Bank plc"],
    "de": ["Nordwerk Maschinenbau AG", "Alpenstrom Energie AG", "Rheintal Chemie SE", "Hanse Logistik AG"],
    "fr": ["Groupe Solvéa SA", "Rhodania Industries SA", "Banque Armoricaine SA", "Vignobles du Couchant SA"],
    "it": ["Lombarda Meccanica S.p.A.", "Tirrenia Energia S.p.A.", "Banca Popolare dell'Appennino S.p.A.", "Pastificio Valdarno S.p.A."],
    "es": ["Grupo Ibercantábrico S.A.", "Energías del Ebro S.A.", "Construcciones Guadalmar S.A.", "Banco Meseta S.A."],
    "pl": ["Wisła Logistyka S.A.", "Bałtyk Energia S.A.", "Tatra Budownictwo S.A.", "Polmed Farmacja S.A."],
    "fi": ["Pohjolan Metsä Oyj", "Saimaa Teknologia Oyj", "Lapin Energia Oyj", "Kaleva Rakennus Oyj"],
    "sv": ["Norrskog Industri AB (publ)", "Västkust Fastigheter AB (publ)", "Malmfält Gruv AB (publ)", "Östersjö Bank AB (publ)"],
    "el": ["Αιγαίο Ενέργεια Α.Ε.", "Ολυμπία Κατασκευαστική Α.Ε.", "Τράπεζα Θερμαϊκού Α.Ε.", "Κρητικά Τρόφιμα Α.Ε."],
    "bg": ["Балкан Енерджи АД", "Дунав Логистик АД", "Тракия Агро АД", "Черноморска търговска банка АД"],
    "sl": ["Savinja Energija d.d.", "Kras Logistika d.d.", "Pohorje Les d.d.", "Ljubljanska razvojna banka d.d."],
    "nl": ["Noordzee Offshore N.V.", "Polderbank N.V.", "Maasdelta Logistiek N.V.", "Veluwe Voeding N.V."],
}
SME_FIRMS = {
    "en": ["Kilkenny Precision Tools Ltd", "Burren Agri Supplies Ltd"], "de": ["Kraus Metallbau GmbH", "Elbtal Handelsgesellschaft mbH"],
    "fr": ["Transports Bréval SARL", "Atelier Mécanique du Forez SAS"], "it": ["Officine Brianza S.r.l.", "Agricola Colli Euganei S.r.l."],
    "es": ["Talleres Cantábricos S.L.", "Conservas del Sur S.L."], "pl": ["Metalplast sp. z o.o.", "Agro-Mazury sp. z o.o."],
    "fi": ["Kuopion Konepaja Oy", "Itämeren Kalatuote Oy"], "sv": ["Norrlands Trävaror AB", "Sjöbo Mekaniska AB"],
    "el": ["Μακεδονικά Τρόφιμα Ι.Κ.Ε.", "Ναυτιλιακή Αιγαίου Ε.Π.Ε."], "bg": ["Родопи Текстил ЕООД", "Добруджа Агро ООД"],
    "sl": ["Kovinarstvo Savinja d.o.o.", "Kraški pršut d.o.o."], "nl": ["Installatietechniek Brabant B.V.", "Friesland Zuivelhandel B.V."],
}

ANNUAL_TEXT = {
    "en": {
        "exchange": "Euronext Dublin",
        "A": ["In the {fy} financial year, {company} increased consolidated revenue by {growth} % to {rev} ({fy_prev}: {rev_prev}). EBITDA rose to {ebitda}, corresponding to a margin of {margin} %.",
              "Group revenue declined by {decl} % to {rev} in {fy} ({fy_prev}: {rev_prev}), mainly reflecting lower volumes in the construction and automotive end markets. EBITDA amounted to {ebitda} (margin {margin} %)."],
        "B": ["Net profit attributable to shareholders was {np}, or {eps} per share. The Board of Directors will propose a dividend of {div} per share to the Annual General Meeting.",
              "The equity ratio stood at {eq} % at year-end, and net financial debt was reduced to {nd}. The group employed {employees} people at 31 December {fy}."],
        "C": ["The principal risks identified by management are higher interest rates, volatile energy and raw-material prices, and the tightening of sustainability reporting requirements. Interest-rate and currency exposures are largely hedged.",
              "Outlook: for {fy_next}, management expects revenue growth of {g_lo}–{g_hi} % and a broadly stable EBITDA margin, assuming no further deterioration in the macroeconomic environment."],
        "D": "Scope 1 and 2 greenhouse gas emissions fell by {ghg} % compared with the {base_year} base year; the share of electricity from renewable sources reached {ren} %.",
        "E": "The company's shares (ISIN {isin}) are listed on {exchange}. Legal Entity Identifier (LEI): {lei}.",
        "P": ["Chief Executive Officer: {ceo}.", "Investor Relations contact: {ir_name}, {email}, tel. {phone}."],
    },
    "de": {
        "exchange": "Frankfurter Wertpapierbörse (Prime Standard)",
        "A": ["Im Geschäftsjahr {fy} steigerte die {company} den Konzernumsatz um {growth} % auf {rev} (Vorjahr: {rev_prev}). Das EBITDA erhöhte sich auf {ebitda}, was einer Marge von {margin} % entspricht.",
              "Der Konzernumsatz ging im Geschäftsjahr {fy} um {decl} % auf {rev} zurück (Vorjahr: {rev_prev}), vor allem infolge geringerer Absatzmengen in den Endmärkten Bau und Automobil. Das EBITDA belief sich auf {ebitda} (Marge {margin} %)."],
        "B": ["Das den Aktionären zurechenbare Konzernergebnis betrug {np} bzw. {eps} je Aktie. Vorstand und Aufsichtsrat schlagen der Hauptversammlung eine Dividende von {div} je Aktie vor.",
              "Die Eigenkapitalquote lag zum Jahresende bei {eq} %, die Nettofinanzverschuldung wurde auf {nd} reduziert. Zum 31. Dezember {fy} beschäftigte der Konzern {employees} Mitarbeitende."],
        "C": ["Als wesentliche Risiken sieht der Vorstand das höhere Zinsniveau, volatile Energie- und Rohstoffpreise sowie verschärfte Anforderungen an die Nachhaltigkeitsberichterstattung. Zins- und Währungsrisiken sind weitgehend abgesichert.",
              "Prognose: Für {fy_next} erwartet der Vorstand ein Umsatzwachstum von {g_lo} bis {g_hi} % bei einer weitgehend stabilen EBITDA-Marge, sofern sich das gesamtwirtschaftliche Umfeld nicht weiter eintrübt."],
        "D": "Die Treibhausgasemissionen (Scope 1 und 2) sanken gegenüber dem Basisjahr {base_year} um {ghg} %; der Anteil von Strom aus erneuerbaren Quellen erreichte {ren} %.",
        "E": "Die Aktien der Gesellschaft (ISIN {isin}) sind an der {exchange} notiert. Rechtsträgerkennung (LEI): {lei}.",
        "P": ["Vorstandsvorsitz: {ceo}.", "Kontakt Investor Relations: {ir_name}, {email}, Tel. {phone}."],
    },
    "fr": {
        "exchange": "Euronext Paris",
        "A": ["Au cours de l'exercice {fy}, {company} a accru son chiffre d'affaires consolidé de {growth} % à {rev} ({fy_prev} : {rev_prev}). L'EBITDA a progressé à {ebitda}, soit une marge de {margin} %.",
              "Le chiffre d'affaires du groupe a reculé de {decl} % à {rev} en {fy} ({fy_prev} : {rev_prev}), en raison principalement de volumes plus faibles sur les marchés de la construction et de l'automobile. L'EBITDA s'est établi à {ebitda} (marge de {margin} %)."],
        "B": ["Le résultat net part du groupe s'élève à {np}, soit {eps} par action. Le conseil d'administration proposera à l'assemblée générale un dividende de {div} par action.",
              "Le ratio de fonds propres s'établit à {eq} % à la clôture et l'endettement financier net a été ramené à {nd}. Au 31 décembre {fy}, le groupe employait {employees} collaborateurs."],
        "C": ["Les principaux risques identifiés par la direction sont la hausse des taux d'intérêt, la volatilité des prix de l'énergie et des matières premières ainsi que le renforcement des exigences de reporting de durabilité. Les expositions aux taux et aux devises sont largement couvertes.",
              "Perspectives : pour {fy_next}, la direction anticipe une croissance du chiffre d'affaires comprise entre {g_lo} et {g_hi} % et une marge d'EBITDA globalement stable, en l'absence de nouvelle dégradation de l'environnement macroéconomique."],
        "D": "Les émissions de gaz à effet de serre (scopes 1 et 2) ont diminué de {ghg} % par rapport à l'année de référence {base_year} ; la part d'électricité d'origine renouvelable atteint {ren} %.",
        "E": "Les actions de la société (ISIN {isin}) sont cotées sur {exchange}. Identifiant d'entité juridique (LEI) : {lei}.",
        "P": ["Direction générale : {ceo}.", "Contact relations investisseurs : {ir_name}, {email}, tél. {phone}."],
    },
    "it": {
        "exchange": "Euronext Milan",
        "A": ["Nell'esercizio {fy} {company} ha incrementato i ricavi consolidati del {growth} % a {rev} ({fy_prev}: {rev_prev}). L'EBITDA è salito a {ebitda}, pari a un margine del {margin} %.",
              "I ricavi del gruppo sono diminuiti del {decl} % a {rev} nell'esercizio {fy} ({fy_prev}: {rev_prev}), principalmente per minori volumi nei mercati finali dell'edilizia e dell'automotive. L'EBITDA si è attestato a {ebitda} (margine {margin} %)."],
        "B": ["L'utile netto di pertinenza del gruppo è stato di {np}, pari a {eps} per azione. Il Consiglio di Amministrazione proporrà all'Assemblea degli Azionisti la distribuzione di un dividendo di {div} per azione.",
              "Il rapporto di patrimonializzazione si è attestato al {eq} % a fine esercizio e l'indebitamento finanziario netto è sceso a {nd}. Al 31 dicembre {fy} il gruppo contava {employees} dipendenti."],
        "C": ["I principali rischi individuati dal management sono l'aumento dei tassi di interesse, la volatilità dei prezzi dell'energia e delle materie prime e l'inasprimento degli obblighi di rendicontazione di sostenibilità. Le esposizioni al rischio di tasso e di cambio sono in larga parte coperte.",
              "Evoluzione prevedibile della gestione: per il {fy_next} il management prevede una crescita dei ricavi compresa tra il {g_lo} e il {g_hi} % e un margine EBITDA sostanzialmente stabile, in assenza di un ulteriore peggioramento del contesto macroeconomico."],
        "D": "Le emissioni di gas serra (Scope 1 e 2) sono diminuite del {ghg} % rispetto all'anno base {base_year}; la quota di energia elettrica da fonti rinnovabili ha raggiunto il {ren} %.",
        "E": "Le azioni della società (ISIN {isin}) sono quotate su {exchange}. Codice LEI: {lei}.",
        "P": ["Amministratore Delegato: {ceo}.", "Contatti Investor Relations: {ir_name}, {email}, tel. {phone}."],
    },
    "es": {
        "exchange": "las Bolsas españolas (Mercado Continuo)",
        "A": ["En el ejercicio {fy}, {company} incrementó su cifra de negocios consolidada un {growth} %, hasta {rev} ({fy_prev}: {rev_prev}). El EBITDA aumentó hasta {ebitda}, lo que supone un margen del {margin} %.",
              "Los ingresos del grupo disminuyeron un {decl} %, hasta {rev}, en el ejercicio {fy} ({fy_prev}: {rev_prev}), debido principalmente a menores volúmenes en los mercados de la construcción y la automoción. El EBITDA se situó en {ebitda} (margen del {margin} %)."],
        "B": ["El beneficio neto atribuido a la sociedad dominante ascendió a {np}, equivalente a {eps} por acción. El Consejo de Administración propondrá a la Junta General de Accionistas un dividendo de {div} por acción.",
              "La ratio de fondos propios se situó en el {eq} % al cierre del ejercicio y la deuda financiera neta se redujo hasta {nd}. A 31 de diciembre de {fy}, la plantilla del grupo era de {employees} personas."],
        "C": ["Los principales riesgos identificados por la dirección son la subida de los tipos de interés, la volatilidad de los precios de la energía y de las materias primas y el endurecimiento de los requisitos de información sobre sostenibilidad. Los riesgos de tipo de interés y de cambio están cubiertos en su mayor parte.",
              "Perspectivas: para {fy_next}, la dirección prevé un crecimiento de los ingresos de entre el {g_lo} y el {g_hi} % y un margen EBITDA prácticamente estable, siempre que el entorno macroeconómico no siga deteriorándose."],
        "D": "Las emisiones de gases de efecto invernadero (alcances 1 y 2) se redujeron un {ghg} % respecto al año base {base_year}; la electricidad de origen renovable alcanzó el {ren} % del consumo.",
        "E": "Las acciones de la sociedad (ISIN {isin}) cotizan en {exchange}. Código LEI: {lei}.",
        "P": ["Presidencia ejecutiva: {ceo}.", "Relación con inversores: {ir_name}, {email}, tel. {phone}."],
    },
    "pl": {
        "exchange": "Giełdzie Papierów Wartościowych w Warszawie",
        "A": ["W roku obrotowym {fy} {company} zwiększyła skonsolidowane przychody o {growth} % do {rev} ({fy_prev}: {rev_prev}). EBITDA wzrosła do {ebitda}, co odpowiada marży na poziomie {margin} %.",
              "Skonsolidowane przychody grupy spadły w {fy} r. o {decl} % do {rev} ({fy_prev}: {rev_prev}), głównie w wyniku niższych wolumenów na rynkach budowlanym i motoryzacyjnym. EBITDA wyniosła {ebitda} (marża {margin} %)."],
        "B": ["Zysk netto przypadający akcjonariuszom jednostki dominującej wyniósł {np}, tj. {eps} na akcję. Zarząd zarekomenduje Walnemu Zgromadzeniu wypłatę dywidendy w wysokości {div} na akcję.",
              "Wskaźnik kapitału własnego na koniec roku wyniósł {eq} %, a dług netto zmniejszono do {nd}. Na dzień 31 grudnia {fy} r. grupa zatrudniała {employees} osób."],
        "C": ["Do najistotniejszych ryzyk zarząd zalicza wyższe stopy procentowe, zmienność cen energii i surowców oraz zaostrzenie wymogów sprawozdawczości zrównoważonego rozwoju. Ekspozycje na ryzyko stopy procentowej i ryzyko walutowe są w dużej mierze zabezpieczone.",
              "Perspektywy: na {fy_next} r. zarząd oczekuje wzrostu przychodów w przedziale {g_lo}–{g_hi} % przy zasadniczo stabilnej marży EBITDA, o ile otoczenie makroekonomiczne nie ulegnie dalszemu pogorszeniu."],
        "D": "Emisje gazów cieplarnianych (zakres 1 i 2) spadły o {ghg} % w porównaniu z rokiem bazowym {base_year}; udział energii elektrycznej ze źródeł odnawialnych osiągnął {ren} %.",
        "E": "Akcje spółki (ISIN {isin}) są notowane na {exchange}. Identyfikator LEI: {lei}.",
        "P": ["Prezes zarządu: {ceo}.", "Kontakt dla inwestorów: {ir_name}, {email}, tel. {phone}."],
    },
    "fi": {
        "exchange": "Nasdaq Helsingissä",
        "A": ["Tilikaudella {fy} {company}:n konsernin liikevaihto kasvoi {growth} % ja oli {rev} ({fy_prev}: {rev_prev}). Käyttökate (EBITDA) oli {ebitda}, mikä vastaa {margin} prosentin käyttökatemarginaalia.",
              "Konsernin liikevaihto laski tilikaudella {fy} {decl} % ja oli {rev} ({fy_prev}: {rev_prev}), mikä johtui pääasiassa rakentamisen ja autoteollisuuden loppumarkkinoiden heikentyneistä volyymeista. Käyttökate oli {ebitda} (marginaali {margin} %)."],
        "B": ["Emoyhtiön omistajille kuuluva tilikauden tulos oli {np} eli {eps} osakkeelta. Hallitus ehdottaa yhtiökokoukselle, että osinkoa jaetaan {div} osakkeelta.",
              "Omavaraisuusaste oli tilikauden lopussa {eq} %, ja korollinen nettovelka oli {nd}. Konsernin palveluksessa oli 31.12.{fy} yhteensä {employees} henkilöä."],
        "C": ["Johto arvioi merkittävimmiksi riskeiksi korkotason nousun, energian ja raaka-aineiden hintojen vaihtelun sekä kestävyysraportointia koskevien vaatimusten tiukentumisen. Korko- ja valuuttariskit on pääosin suojattu.",
              "Näkymät: vuonna {fy_next} johto odottaa liikevaihdon kasvavan {g_lo}–{g_hi} % ja käyttökatemarginaalin pysyvän pääosin ennallaan, mikäli yleinen taloustilanne ei heikkene edelleen."],
        "D": "Kasvihuonekaasupäästöt (scope 1 ja 2) vähenivät {ghg} % vertailuvuodesta {base_year}; uusiutuvista lähteistä tuotetun sähkön osuus nousi {ren} prosenttiin.",
        "E": "Yhtiön osakkeet (ISIN {isin}) on listattu {exchange}. Oikeushenkilötunnus (LEI): {lei}.",
        "P": ["Toimitusjohtaja: {ceo}.", "Sijoittajasuhteet: {ir_name}, {email}, puh. {phone}."],
    },
    "sv": {
        "exchange": "Nasdaq Stockholm",
        "A": ["Under räkenskapsåret {fy} ökade {company} koncernens nettoomsättning med {growth} % till {rev} ({fy_prev}: {rev_prev}). EBITDA steg till {ebitda}, motsvarande en marginal på {margin} %.",
              "Koncernens nettoomsättning minskade med {decl} % till {rev} under {fy} ({fy_prev}: {rev_prev}), främst till följd av lägre volymer inom bygg- och fordonssegmenten. EBITDA uppgick till {ebitda} (marginal {margin} %)."],
        "B": ["Årets resultat hänförligt till moderbolagets aktieägare uppgick till {np}, motsvarande {eps} per aktie. Styrelsen föreslår årsstämman en utdelning om {div} per aktie.",
              "Soliditeten uppgick till {eq} % vid årets slut och den finansiella nettoskulden minskade till {nd}. Per den 31 december {fy} hade koncernen {employees} anställda."],
        "C": ["De väsentligaste riskerna enligt ledningen är högre räntor, volatila energi- och råvarupriser samt skärpta krav på hållbarhetsrapportering. Ränte- och valutaexponeringar är till största delen säkrade.",
              "Utsikter: för {fy_next} förväntar sig ledningen en omsättningstillväxt på {g_lo}–{g_hi} % och en i stort sett oförändrad EBITDA-marginal, förutsatt att det makroekonomiska läget inte försämras ytterligare."],
        "D": "Utsläppen av växthusgaser (scope 1 och 2) minskade med {ghg} % jämfört med basåret {base_year}; andelen el från förnybara källor uppgick till {ren} %.",
        "E": "Bolagets aktier (ISIN {isin}) är noterade på {exchange}. Identifieringskod för juridiska personer (LEI): {lei}.",
        "P": ["Verkställande direktör: {ceo}.", "Kontakt investerarrelationer: {ir_name}, {email}, tel. {phone}."],
    },
    "el": {
        "exchange": "Χρηματιστήριο Αθηνών",
        "A": ["Κατά τη χρήση {fy} η {company} αύξησε τον ενοποιημένο κύκλο εργασιών κατά {growth} % σε {rev} ({fy_prev}: {rev_prev}). Το EBITDA ανήλθε σε {ebitda}, που αντιστοιχεί σε περιθώριο {margin} %.",
              "Ο κύκλος εργασιών του ομίλου μειώθηκε κατά {decl} % σε {rev} στη χρήση {fy} ({fy_prev}: {rev_prev}), κυρίως λόγω χαμηλότερων όγκων στις αγορές κατασκευών και αυτοκινήτου. Το EBITDA διαμορφώθηκε σε {ebitda} (περιθώριο {margin} %)."],
        "B": ["Τα καθαρά κέρδη που αναλογούν στους μετόχους ανήλθαν σε {np}, ή {eps} ανά μετοχή. Το Διοικητικό Συμβούλιο θα προτείνει στην Τακτική Γενική Συνέλευση τη διανομή μερίσματος {div} ανά μετοχή.",
              "Ο δείκτης ιδίων κεφαλαίων διαμορφώθηκε σε {eq} % στο τέλος της χρήσης και ο καθαρός δανεισμός μειώθηκε σε {nd}. Στις 31 Δεκεμβρίου {fy} ο όμιλος απασχολούσε {employees} εργαζόμενους."],
        "C": ["Οι κυριότεροι κίνδυνοι που εντοπίζει η διοίκηση είναι η άνοδος των επιτοκίων, η μεταβλητότητα των τιμών ενέργειας και πρώτων υλών και οι αυστηρότερες απαιτήσεις για την υποβολή εκθέσεων βιωσιμότητας. Οι κίνδυνοι επιτοκίου και συναλλάγματος αντισταθμίζονται σε μεγάλο βαθμό.",
              "Προοπτικές: για το {fy_next} η διοίκηση αναμένει αύξηση του κύκλου εργασιών κατά {g_lo}–{g_hi} % και σε γενικές γραμμές σταθερό περιθώριο EBITDA, εφόσον δεν επιδεινωθεί περαιτέρω το μακροοικονομικό περιβάλλον."],
        "D": "Οι εκπομπές αερίων του θερμοκηπίου (Scope 1 και 2) μειώθηκαν κατά {ghg} % σε σύγκριση με το έτος βάσης {base_year}, ενώ το μερίδιο ηλεκτρικής ενέργειας από ανανεώσιμες πηγές έφθασε το {ren} %.",
        "E": "Οι μετοχές της εταιρείας (ISIN {isin}) είναι εισηγμένες στο {exchange}. Αναγνωριστικός κωδικός νομικής οντότητας (LEI): {lei}.",
        "P": ["Διοίκηση: {ceo} (CEO).", "Επικοινωνία με επενδυτές: {ir_name}, {email}, τηλ. {phone}."],
    },
    "bg": {
        "exchange": "Българската фондова борса",
        "A": ["През финансовата {fy} г. {company} увеличи консолидираните си приходи с {growth} % до {rev} ({fy_prev} г.: {rev_prev}). EBITDA нарасна до {ebitda}, което съответства на марж от {margin} %.",
              "Приходите на групата намаляха с {decl} % до {rev} през {fy} г. ({fy_prev} г.: {rev_prev}), главно поради по-ниските обеми в строителството и автомобилния сектор. EBITDA възлезе на {ebitda} (марж {margin} %)."],
        "B": ["Нетната печалба, принадлежаща на акционерите, възлиза на {np}, или {eps} на акция. Съветът на директорите ще предложи на Общото събрание на акционерите дивидент от {div} на акция.",
              "Коефициентът на собствения капитал към края на годината е {eq} %, а нетният финансов дълг е намален до {nd}. Към 31 декември {fy} г. в групата работят {employees} служители."],
        "C": ["Основните рискове, идентифицирани от ръководството, са по-високите лихвени проценти, волатилните цени на енергията и суровините и затягането на изискванията за отчитане на устойчивостта. Лихвеният и валутният риск са в голяма степен хеджирани.",
              "Перспективи: за {fy_next} г. ръководството очаква ръст на приходите от {g_lo} до {g_hi} % при като цяло стабилен EBITDA марж, ако макроикономическата среда не се влоши допълнително."],
        "D": "Емисиите на парникови газове (обхват 1 и 2) са намалели с {ghg} % спрямо базовата {base_year} г.; делът на електроенергията от възобновяеми източници достига {ren} %.",
        "E": "Акциите на дружеството (ISIN {isin}) се търгуват на {exchange}. Идентификационен код на правния субект (LEI): {lei}.",
        "P": ["Изпълнителен директор: {ceo}.", "Връзки с инвеститорите: {ir_name}, {email}, тел. {phone}."],
    },
    "sl": {
        "exchange": "Ljubljanski borzi",
        "A": ["V poslovnem letu {fy} je {company} povečala konsolidirane prihodke za {growth} % na {rev} ({fy_prev}: {rev_prev}). EBITDA se je zvišal na {ebitda}, kar pomeni {margin} % marže.",
              "Prihodki skupine so se v letu {fy} zmanjšali za {decl} % na {rev} ({fy_prev}: {rev_prev}), predvsem zaradi manjšega obsega na končnih trgih gradbeništva in avtomobilske industrije. EBITDA je znašal {ebitda} (marža {margin} %)."],
        "B": ["Čisti dobiček, ki pripada lastnikom obvladujoče družbe, je znašal {np} oziroma {eps} na delnico. Uprava in nadzorni svet bosta skupščini delničarjev predlagala izplačilo dividende v višini {div} bruto na delnico.",
              "Delež kapitala v virih sredstev je ob koncu leta znašal {eq} %, neto finančni dolg pa se je zmanjšal na {nd}. Na dan 31. decembra {fy} je bilo v skupini zaposlenih {employees} oseb."],
        "C": ["Med ključnimi tveganji uprava izpostavlja višje obrestne mere, nestanovitne cene energije in surovin ter strožje zahteve glede trajnostnega poročanja. Obrestna in valutna tveganja so v veliki meri zavarovana.",
              "Obeti: za leto {fy_next} uprava pričakuje rast prihodkov med {g_lo} in {g_hi} % ter v glavnem nespremenjeno maržo EBITDA, če se makroekonomsko okolje ne bo dodatno poslabšalo."],
        "D": "Emisije toplogrednih plinov (obseg 1 in 2) so se v primerjavi z izhodiščnim letom {base_year} zmanjšale za {ghg} %; delež električne energije iz obnovljivih virov je dosegel {ren} %.",
        "E": "Delnice družbe (ISIN {isin}) kotirajo na {exchange}. Identifikator pravne osebe (LEI): {lei}.",
        "P": ["Uprava: {ceo}.", "Odnosi z vlagatelji: {ir_name}, {email}, tel. {phone}."],
    },
    "nl": {
        "exchange": "Euronext Amsterdam",
        "A": ["In het boekjaar {fy} verhoogde {company} de geconsolideerde omzet met {growth} % tot {rev} ({fy_prev}: {rev_prev}). De EBITDA steeg tot {ebitda}, wat overeenkomt met een marge van {margin} %.",
              "De omzet van de groep daalde in {fy} met {decl} % tot {rev} ({fy_prev}: {rev_prev}), vooral door lagere volumes in de bouw- en automotivemarkten. De EBITDA bedroeg {ebitda} (marge {margin} %)."],
        "B": ["Het nettoresultaat toerekenbaar aan aandeelhouders bedroeg {np}, ofwel {eps} per aandeel. De raad van bestuur stelt de algemene vergadering een dividend voor van {div} per aandeel.",
              "De solvabiliteit bedroeg ultimo boekjaar {eq} % en de netto financiële schuld werd teruggebracht tot {nd}. Per 31 december {fy} had de groep {employees} medewerkers in dienst."],
        "C": ["De belangrijkste risico's volgens het bestuur zijn de hogere rente, volatiele energie- en grondstofprijzen en de aangescherpte eisen aan duurzaamheidsrapportage. Rente- en valutarisico's zijn grotendeels afgedekt.",
              "Vooruitzichten: voor {fy_next} verwacht het bestuur een omzetgroei van {g_lo} tot {g_hi} % bij een grotendeels stabiele EBITDA-marge, mits de macro-economische omstandigheden niet verder verslechteren."],
        "D": "De uitstoot van broeikasgassen (scope 1 en 2) daalde met {ghg} % ten opzichte van basisjaar {base_year}; het aandeel elektriciteit uit hernieuwbare bronnen bereikte {ren} %.",
        "E": "De aandelen van de vennootschap (ISIN {isin}) zijn genoteerd aan {exchange}. Legal Entity Identifier (LEI): {lei}.",
        "P": ["Bestuursvoorzitter: {ceo}.", "Contact investor relations: {ir_name}, {email}, tel. {phone}."],
    },
}

TLD = {"IE": "ie", "DE": "de", "FR": "fr", "IT": "it", "ES": "es", "PL": "pl", "FI": "fi", "SE": "se",
       "GR": "gr", "BG": "bg", "SI": "si", "NL": "nl"}


def company_registry(rng: random.Random) -> dict[str, tuple[str, str]]:
    """Fixed ISIN and LEI for every fictional company (drawn once from the seeded RNG)."""
    registry = {}
    for lang in LANGS:
        for name in COMPANIES[lang] + SME_FIRMS[lang]:
            registry[name] = (make_isin(rng, COUNTRY[lang]), make_lei(rng))
    return registry


def build_fin_note(rng: random.Random, lang: str, registry: dict) -> tuple[str, dict, bool]:
    """One loan, KYC or transaction-monitoring note: (text, metadata, contains_pii)."""
    pack = FIN_TEXT[lang]
    cc = COUNTRY[lang]
    day = rand_date(rng, dt.date(2023, 1, 2), dt.date(2025, 10, 31))
    kind = rng.choices(["loan", "kyc", "txn"], weights=[45, 30, 25])[0]
    product = rng.choice([0, 0, 1, 2]) if kind == "loan" else None
    loan_eur = {0: rng.uniform(80_000, 650_000), 1: rng.uniform(3_000, 45_000), 2: rng.uniform(50_000, 1_500_000)}.get(product, 0)
    ltv = rng.randint(45, 90)
    listed = rng.choice(COMPANIES[lang])
    firm = rng.choice(SME_FIRMS[lang] + COMPANIES[lang][:1])
    person = make_person(rng, lang, age_range=(23, 78), ref_year=day.year)
    d1 = day - dt.timedelta(days=rng.randint(20, 60))
    v = {
        "app_no": f"{day.year}/{rng.randint(1, 999_999):06d}", "product_name": pack["products"][product or 0],
        "amt": money(rng, lang, loan_eur or rng.uniform(2_500, 95_000)), "term": rng.choice({0: [240, 300, 360], 1: [36, 48, 60, 96], 2: [60, 96, 120]}.get(product, [60])),
        "rate": fnum(lang, rng.uniform(2.15, 8.9), 2), "income": money(rng, lang, rng.uniform(1_800, 9_500)),
        "oblig": money(rng, lang, rng.uniform(0, 1_400)), "dsti": fnum(lang, rng.uniform(12, 48), 1),
        "value": money(rng, lang, loan_eur / ltv * 100 if loan_eur else 0), "ltv": ltv, "emp_year": rng.randint(1998, 2022),
        "fy_prev": day.year - 1, "eq": rng.randint(18, 55), "condition": rng.choice(pack["conditions"]), "date": fdate(lang, day),
        "firm": firm, "lei": registry[firm][1], "ubo_pct": rng.randint(25, 100), "isin": registry[listed][0],
        "risk": rng.choice(pack["risk"]), "edd_reason": rng.choice(pack["edd"]),
        "date2": fdate(lang, day + dt.timedelta(days=rng.choice([182, 270, 365]))),
        "iban_cp": make_iban(rng, cc if rng.random() < 0.8 else COUNTRY[rng.choice(LANGS)]),
        "ref": rng.choice(pack["refs"]).format(inv=f"{day.year}-{rng.randint(1, 9999):04d}"), "factor": rng.randint(3, 12),
        "explanation": rng.choice(pack["explanations"]), "d1": fdate(lang, d1), "d2": fdate(lang, d1 + dt.timedelta(days=rng.randint(10, 40))),
        "amt_tx": money(rng, lang, rng.uniform(8_000, 180_000)), "amt_cash": money(rng, lang, rng.uniform(25_000, 140_000)),
        "amt_sec": money(rng, lang, rng.uniform(1_500, 250_000)), "n_tx": count(rng, 5, 19), "case_no": f"AML-{day.year}-{rng.randint(1, 9999):04d}", "n_sh": fnum(lang, count(rng, 10, 2500, 5)),
        "iban": make_iban(rng, cc), "ip": ip_address(rng), "time": rand_time(rng, 0, 23),
    }
    v.update(person_fillers(rng, lang, person))
    if kind == "loan":
        parts = [pack["L1"], pack["L2"][product], pack["L3a"] if rng.random() < 0.7 else pack["L3b"]]
        meta_product = ["mortgage", "consumer_loan", "sme_loan"][product]
    elif kind == "kyc":
        parts = pack["K"][:2] + ([pack["K"][2]] if rng.random() < 0.6 else [])
        meta_product = "kyc_review"
    else:
        first = rng.randint(0, 1)
        parts = [pack["T"][first]]
        if rng.random() < 0.6:
            parts.append(pack["T"][1 - first])
        if rng.random() < 0.6:
            parts.append(pack["T"][2])
        meta_product = "payment_monitoring"
    pii = rng.random() < 0.6
    if pii:
        extra = [pack["U"][0]]
        if rng.random() < 0.75:
            extra.append(pack["U"][1])
        if kind != "loan" and rng.random() < 0.6:
            extra.append(pack["U"][2])
        parts = (extra + parts) if rng.random() < 0.3 else (parts + extra)
    text = assemble([fill(t, v) for t in parts], rng)
    return text, {"product": meta_product, "date": day.isoformat()}, pii


def build_annual_excerpt(rng: random.Random, lang: str, registry: dict) -> tuple[str, dict, bool]:
    """One annual-report excerpt: (text, metadata with company/fiscal_year, contains_pii)."""
    pack = ANNUAL_TEXT[lang]
    company = rng.choice(COMPANIES[lang])
    fy = rng.randint(2019, 2025)
    grow = rng.random() < 0.7
    rate = rng.uniform(1.5, 18.5) if grow else rng.uniform(1.2, 12.0)
    rev = rng.uniform(120, 9500)
    rev_prev = rev / (1 + rate / 100) if grow else rev / (1 - rate / 100)
    margin = rng.uniform(6, 32)
    ceo, ir = make_person(rng, lang, age_range=(42, 66)), make_person(rng, lang, age_range=(28, 60))
    domain = re.sub(r"[^a-z]", "", ascii_fold(company.split()[0])) + "." + TLD[COUNTRY[lang]]
    ir_mail = "{}.{}@{}".format(*mail_parts(ir), domain)
    v = {
        "company": company, "fy": fy, "fy_prev": fy - 1, "fy_next": fy + 1, "growth": fnum(lang, rate, 1), "decl": fnum(lang, rate, 1),
        "rev": money_m(lang, rev), "rev_prev": money_m(lang, rev_prev), "ebitda": money_m(lang, rev * margin / 100),
        "margin": fnum(lang, margin, 1), "np": money_m(lang, rev * margin / 100 * rng.uniform(0.3, 0.6)),
        "eps": money(rng, lang, rng.uniform(0.4, 6.8)), "div": money(rng, lang, rng.uniform(0.15, 3.2)),
        "eq": fnum(lang, rng.uniform(22, 58), 1), "nd": money_m(lang, rev * rng.uniform(0.05, 0.6)),
        "employees": fnum(lang, count(rng, 350, 48000, 10)), "g_lo": rng.randint(1, 4), "g_hi": rng.randint(5, 9),
        "ghg": rng.randint(8, 46), "base_year": rng.choice([2018, 2019]), "ren": rng.randint(35, 96),
        "isin": registry[company][0], "lei": registry[company][1], "exchange": pack["exchange"],
        "ceo": ceo.name, "ir_name": ir.name, "email": ir_mail, "phone": phone(rng, lang),
    }
    paras = [pack["A"][0 if grow else 1], pack["B"][0]]
    if rng.random() < 0.6:
        paras.append(pack["B"][1])
    paras.append(" ".join(rng.sample(pack["C"], rng.randint(1, 2))))
    if rng.random() < 0.6:
        paras.append(pack["D"])
    paras.append(pack["E"])
    pii = False
    if rng.random() < 0.3:
        paras.insert(0, pack["P"][0])
        pii = True
    if rng.random() < 0.25:
        paras.append(pack["P"][1])
        pii = True
    text = assemble([fill(t, v) for t in paras], rng)
    return text, {"company": company, "fiscal_year": fy}, pii


# ---------------------------------------------------------------------------
# Off-language records (real sentences on the sector's topic, not EU languages)
# ---------------------------------------------------------------------------

OFF_LANGUAGE = {
    "health": [
        ("discharge", "ja", {"department": "内科", "ward": "5B", "date": "2024-06-18"},
         "退院時サマリー（内科）\n\n患者は70代男性。市中肺炎（J18.9）の診断で入院となった。入院時の体温は38.6 °C、CRP 142 mg/L、白血球数 14.8 ×10⁹/Lで、胸部X線写真では右下葉に浸潤影を認めた。血液培養採取後、アンピシリン・スルバクタム 3 g 1日3回の点滴静注を開始し、第4病日に経口抗菌薬へ変更した。経過は良好で解熱し、退院時のCRPは9 mg/Lまで低下した。\n\n既往歴：2型糖尿病（E11.9）、高血圧症（I10）。退院時処方：メトホルミン 500 mg 1日2回、アムロジピン 5 mg 1日1回。2週間後に外来を再診予定。"),
        ("discharge", "tr", {"department": "Dahiliye", "ward": "3A", "date": "2023-11-07"},
         "Epikriz – Dahiliye Servisi\n\n64 yaşındaki kadın hasta, idrar yolu enfeksiyonu (N39.0) ve yüksek ateş nedeniyle servise yatırıldı. Başvuru sırasında ateş 38,9 °C, CRP 87 mg/L ve lökosit sayısı 14,2 ×10⁹/L idi. İdrar kültüründe Escherichia coli üredi; seftriakson 2 g/gün intravenöz tedavi beş gün süreyle uygulandı. Tedavi altında ateşi düştü ve inflamatuvar belirteçler geriledi (taburculukta CRP 11 mg/L).\n\nHasta, oral sefuroksim aksetil 500 mg günde iki kez ile taburcu edildi. Bir hafta sonra aile hekimi kontrolü ve idrar kültürü tekrarı önerildi."),
        ("lab", "zh", {"department": "检验科", "date": "2024-02-21", "modality": "LAB"},
         "检验报告（内分泌科送检）：糖化血红蛋白 8.1 %，空腹血糖 9.4 mmol/L，肌酐 96 µmol/L，估算肾小球滤过率 68 mL/min/1.73 m²，低密度脂蛋白胆固醇 3.2 mmol/L。C反应蛋白 4 mg/L，血红蛋白 13.2 g/dL，白细胞计数在正常范围内。结论：2型糖尿病（E11.9）血糖控制欠佳，肾功能轻度下降。建议将二甲双胍剂量调整为1000 mg每日两次，加强饮食控制和规律运动，三个月后复查糖化血红蛋白及肾功能。"),
        ("lab", "ru", {"department": "Рентгенология", "date": "2025-01-14", "modality": "XR"},
         "Рентгенография органов грудной клетки в двух проекциях. Показание: лихорадка до 38,7 °C и продуктивный кашель в течение пяти дней. Заключение: инфильтративные изменения в нижней доле правого лёгкого, плевральный выпот не выявлен, тень сердца не расширена, корни лёгких структурны. Рентгенологическая картина соответствует правосторонней нижнедолевой пневмонии (J18.9). Рекомендован рентгенологический контроль через 4–6 недель после завершения антибактериальной терапии."),
    ],
    "climate": [
        ("station", "ru", {"station_id": "RU26781", "date": "2024-07-12", "region": "Смоленская область"},
         "Метеостанция Смоленск (54,75° с. ш., 32,07° в. д., высота 239 м). Суточная сводка за 12.07.2024: максимальная температура воздуха 31,8 °C, минимальная 17,2 °C, средняя за сутки 24,1 °C. Количество осадков 24,6 мм, ливневый дождь с грозой отмечался с 18:20 до 19:05. Средняя скорость ветра 3,4 м/с, порывы до 18 м/с, направление юго-западное. Относительная влажность 71 %, атмосферное давление 1008,4 гПа."),
        ("station", "ja", {"station_id": "JP40817", "date": "2024-08-03", "region": "関東地方"},
         "観測所日報（2024年8月3日）\n\n最高気温は36.2 °C（14時10分）、最低気温は26.9 °C（5時20分）で、熱帯夜となった。日降水量は0.0 mm、日照時間は11.4時間であった。風向は南南西、平均風速2.8 m/s、最大瞬間風速9.7 m/s。日中の相対湿度は最低58 %まで低下した。夜間の最低気温は平年より2.4 °C高く、日中は観測点周辺の広い範囲で猛暑日となった。気象台から熱中症警戒アラートが発表されており、観測機器に異常は認められなかった。"),
        ("station", "tr", {"station_id": "TR17988", "date": "2024-07-21", "region": "Akdeniz Bölgesi"},
         "Meteoroloji istasyonu günlük raporu, 21.07.2024: En yüksek sıcaklık 41,3 °C, en düşük sıcaklık 24,8 °C olarak ölçüldü. Son 24 saatte yağış kaydedilmedi. Rüzgâr kuzeybatıdan ortalama 4,1 m/s hızla esti, en kuvvetli hamle 12,6 m/s olarak ölçüldü. Bağıl nem öğle saatlerinde %19'a kadar düştü; orman yangını riski çok yüksek olarak değerlendirildi. Yağış ölçer kontrol edildi, herhangi bir arıza tespit edilmedi."),
        ("impact", "ar", {"region": "البصرة", "year": 2023},
         "تسببت موجة الحر التي استمرت اثني عشر يومًا في ارتفاع درجات الحرارة إلى 46 درجة مئوية، مما أدى إلى زيادة حالات الإجهاد الحراري في المستشفيات بنسبة 35 في المائة. كما انخفض منسوب المياه في السدود الرئيسية إلى أدنى مستوى له منذ عشرين عامًا، وتضررت المحاصيل الزراعية في المناطق الجنوبية بشكل كبير. وتوصي السلطات المحلية بإنشاء مراكز تبريد عامة وتحسين أنظمة الإنذار المبكر."),
        ("impact", "zh", {"region": "河北省", "year": 2023},
         "2023年7月下旬，持续强降雨导致流域内多条河流水位超过警戒线，最大日降水量达到312毫米。洪水造成约4.6万人紧急转移，农田受灾面积超过1.2万公顷，直接经济损失估计为18亿元人民币。报告建议加强堤防维护，完善城市排水系统，并建立跨区域的洪水预警机制。此外，报告指出，近十年来极端降水事件的频率明显上升，城市内涝风险随之增加。地方政府计划在2025年前完成重点河段的堤防加固工程，并在低洼社区设立应急避难场所。"),
    ],
    "finance": [
        ("loan", "zh", {"product": "kyc_review", "date": "2024-12-03"},
         "客户尽职调查定期复核：该企业客户主要从事电子元器件进出口贸易，年营业额约为3500万欧元。经核查，最终受益所有人持股比例为62 %，未发现其为政治公众人物，制裁名单筛查结果为阴性。过去十二个月内共有14笔超过10万欧元的跨境汇款，资金来源与其经营活动相符，已获取相关合同及发票。客户已按要求更新营业执照及股东名册复印件，账户实际用途与开户时申报的一致。风险等级维持为“中等”，下次复核日期为2025年6月。"),
        ("loan", "tr", {"product": "consumer_loan", "date": "2024-05-16"},
         "Kredi başvurusu değerlendirmesi: Müşteri 250.000 TL tutarında, 36 ay vadeli ihtiyaç kredisi talep etmektedir. Aylık net geliri 48.500 TL olup mevcut kredi kartı borcu 32.000 TL'dir. Borç/gelir oranı %41 olarak hesaplanmıştır. Kredi Kayıt Bürosu sorgusunda olumsuz kayıt bulunmamaktadır. Kredi notu yeterli bulunmuş, başvuru ek teminat olmaksızın kredi komitesi tarafından onaylanmıştır."),
        ("loan", "ru", {"product": "payment_monitoring", "date": "2025-03-27"},
         "Операция по счёту: входящий SWIFT-перевод на сумму 48 750,00 EUR от контрагента из третьей страны с назначением платежа «оплата по договору поставки оборудования». Сумма превышает обычный ежемесячный оборот клиента в четыре раза. Операция приостановлена до получения подтверждающих документов (договор, инвойс, таможенная декларация); материалы направлены в подразделение финансового мониторинга."),
        ("annual", "ar", {"company": "مجموعة الخليج المصرفية", "fiscal_year": 2024},
         "ارتفعت الإيرادات الموحدة للمجموعة خلال السنة المالية بنسبة 8.4 في المائة لتصل إلى 1.26 مليار يورو، مدفوعة بنمو قوي في قطاع الخدمات المصرفية للشركات. وبلغ صافي الربح 184 مليون يورو، واقترح مجلس الإدارة توزيع أرباح نقدية قدرها 0.85 يورو للسهم الواحد. وتظل نسبة كفاية رأس المال من الشق الأول عند 15.2 في المائة، أي أعلى بكثير من الحد الأدنى التنظيمي."),
        ("annual", "ja", {"company": "北辰機工株式会社", "fiscal_year": 2024},
         "当連結会計年度の売上高は前期比6.2 %増の4,812億円、営業利益は同11.5 %増の392億円となりました。主力の産業機械事業において欧州向けの受注が堅調に推移したことが主な要因です。なお、為替変動による影響は売上高で約120億円のプラスとなりました。年間配当金は1株当たり48円を予定しております。今後も脱炭素関連の設備投資を継続し、2030年までに温室効果ガス排出量を2019年比で46 %削減することを目指します。"),
    ],
}

# Short sentences appended to create near-duplicates.
ADDENDA = {
    "en": ["Reviewed and approved.", "Copy filed in the archive."], "de": ["Geprüft und freigegeben.", "Kopie zur Akte."],
    "fr": ["Relu et validé.", "Copie archivée."], "it": ["Rivisto e approvato.", "Copia archiviata."],
    "es": ["Revisado y aprobado.", "Copia archivada."], "pl": ["Sprawdzono i zatwierdzono.", "Kopię włączono do akt."],
    "fi": ["Tarkastettu ja hyväksytty.", "Kopio arkistoitu."], "sv": ["Granskad och godkänd.", "Kopia arkiverad."],
    "el": ["Ελέγχθηκε και εγκρίθηκε.", "Το αντίγραφο αρχειοθετήθηκε."], "bg": ["Прегледано и одобрено.", "Копие е архивирано."],
    "sl": ["Pregledano in odobreno.", "Kopija je arhivirana."], "nl": ["Gecontroleerd en goedgekeurd.", "Kopie gearchiveerd."],
}


# ---------------------------------------------------------------------------
# Assembly: files, duplicates, off-language and malformed records
# ---------------------------------------------------------------------------

@dataclass
class FileSpec:
    """One output file and how its records are produced."""

    key: str
    path: str
    fmt: str            # jsonl | jsonl.gz | csv | parquet
    builder: object     # callable(rng, lang) -> (text, meta, pii)
    n_base: int
    id_prefix: str
    malformed: bool = False
    records: list = field(default_factory=list)


# Planted duplicates per sector; "cross" = (source file, target file, count) among the exact duplicates.
DUP_PLAN = {
    "health": {"exact": 8, "near": 8, "cross": [("discharge", "lab", 2)]},
    "climate": {"exact": 7, "near": 7, "cross": []},
    "finance": {"exact": 8, "near": 8, "cross": [("annual", "loan", 1)]},
}
MALFORMED_KINDS = ["truncated_json", "missing_text", "empty_text", "non_string_text", "json_array"]
MALFORMED_AT = [0.2, 0.35, 0.5, 0.65, 0.8]


def build_specs(registry: dict) -> dict[str, list[FileSpec]]:
    """The six output files grouped by sector."""
    fin = lambda r, lang: build_fin_note(r, lang, registry)  # noqa: E731
    ann = lambda r, lang: build_annual_excerpt(r, lang, registry)  # noqa: E731
    return {
        "health": [FileSpec("discharge", "health/discharge_summaries.jsonl", "jsonl", build_discharge, 88, "DS-", True),
                   FileSpec("lab", "health/lab_radiology_notes.jsonl.gz", "jsonl.gz", build_lab_note, 64, "LRN-")],
        "climate": [FileSpec("station", "climate/station_reports.jsonl", "jsonl", build_station_report, 96, "STN-", True),
                    FileSpec("impact", "climate/impact_reports.csv", "csv", build_impact_report, 54, "CIR-")],
        "finance": [FileSpec("loan", "finance/loan_kyc_notes.jsonl", "jsonl", fin, 96, "KYC-", True),
                    FileSpec("annual", "finance/annual_report_excerpts.parquet", "parquet", ann, 56, "AR-")],
    }


def make_doc(rng: random.Random, spec: FileSpec, lang: str) -> tuple[str, dict, bool]:
    """Build one document of acceptable length and apply language post-processing."""
    text, meta, pii = bounded(lambda r: spec.builder(r, lang), rng)
    return (italian_elision(text) if lang == "it" else text), meta, pii


def cross_meta(src: Rec, target: str) -> dict:
    """Metadata for a duplicate that re-appears in another file of the same sector."""
    if target == "lab":
        return {"department": src.meta["department"], "date": src.meta["date"], "modality": "DOC"}
    if target == "loan":
        return {"product": "kyc_review", "date": f"{src.meta['fiscal_year'] + 1}-04-30"}
    raise ValueError(target)


def near_variant(rng: random.Random, src: Rec) -> tuple[str, str]:
    """Near-duplicate of ``src.text`` and a description of the change."""
    text = src.text
    mode = rng.choice(["numbers", "numbers", "punct", "append"])
    if mode == "numbers":
        matches = list(re.finditer(r"(?<![\w.,])(\d{1,3}[.,]\d)(?!\d)", text))
        if matches:
            chosen = sorted(rng.sample(matches, min(len(matches), rng.randint(1, 3))), key=lambda m: m.start(), reverse=True)
            for m in chosen:
                tok = m.group(1)
                text = text[:m.start(1)] + tok[:-1] + str((int(tok[-1]) + rng.randint(1, 9)) % 10) + text[m.end(1):]
            return text, f"{len(chosen)} number token(s) changed"
        mode = "append"
    if mode == "punct":
        how = rng.choice(["trailing whitespace added", "final period removed", "final period doubled"])
        if how == "trailing whitespace added":
            return text + rng.choice(["  ", " \n", "\t"]), how
        if text.endswith(".") and how == "final period removed":
            return text[:-1], how
        return text + ".", "final period doubled" if text.endswith(".") else "final period added"
    return text + rng.choice([" ", "\n"]) + rng.choice(ADDENDA[src.lang]), "short sentence appended"


def insert_randomly(rng: random.Random, records: list, rec: Rec) -> None:
    """Insert ``rec`` at a random position (never first or last)."""
    records.insert(rng.randint(1, len(records) - 1), rec)


def generate_sector(rng: random.Random, sector: str, specs: list[FileSpec]) -> None:
    """Fill ``spec.records`` for every file of one sector."""
    by_key = {spec.key: spec for spec in specs}
    for spec in specs:
        for lang in lang_plan(rng, spec.n_base):
            text, meta, pii = make_doc(rng, spec, lang)
            spec.records.append(Rec(text, meta, lang, spec.key, pii=pii))

    plan = DUP_PLAN[sector]
    planted: list[Rec] = []
    taken: set[int] = set()
    for src_key, dst_key, n in plan["cross"]:
        for src in rng.sample(by_key[src_key].records, n):
            taken.add(id(src))
            planted.append(Rec(src.text, cross_meta(src, dst_key), src.lang, dst_key, "exact_dup",
                               f"exact duplicate of a record in another file (cross-file, from {src_key})", src, pii=src.pii))
    pool = [r for spec in specs for r in spec.records if id(r) not in taken]
    n_exact = plan["exact"] - len(planted)
    sources = rng.sample(pool, n_exact + plan["near"])
    for src in sources[:n_exact]:
        planted.append(Rec(src.text, dict(src.meta), src.lang, src.file, "exact_dup", "exact duplicate", src, pii=src.pii))
    for src in sources[n_exact:]:
        text, how = near_variant(rng, src)
        planted.append(Rec(text, dict(src.meta), src.lang, src.file, "near_dup", f"near duplicate: {how}", src, pii=src.pii))
    for key, lang, meta, text in OFF_LANGUAGE[sector]:
        assert 200 <= len(text) <= 1500, (sector, lang, len(text))
        planted.append(Rec(text, meta, lang, key, "off_lang", f"off-language ({lang})"))
    for rec in planted:
        insert_randomly(rng, by_key[rec.file].records, rec)

    for spec in specs:
        if spec.malformed:
            for kind, frac in zip(MALFORMED_KINDS, MALFORMED_AT):
                lang = pick_lang(rng)
                text, meta, _ = make_doc(rng, spec, lang)
                if kind == "non_string_text":
                    text = int(meta.get("date", "2024-01-01").replace("-", ""))
                spec.records.insert(round(frac * len(spec.records)), Rec(text, meta, lang, spec.key, "malformed", kind))
        counter = rng.randint(1000, 4000)
        for rec in spec.records:
            counter += rng.randint(1, 7)
            rec.id = f"{spec.id_prefix}{counter:06d}"
        eligible = [r for r in spec.records if r.kind != "malformed"]
        for rec in rng.sample(eligible, round(0.1 * len(eligible))):
            rec.has_id = False


# ---------------------------------------------------------------------------
# Serialisation and summary
# ---------------------------------------------------------------------------

def dumps(obj) -> str:
    """Deterministic compact-ish JSON with real UTF-8 characters."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True)


def json_line(rec: Rec) -> str:
    """One JSONL line for ``rec`` (deliberately broken for malformed records)."""
    if rec.kind == "malformed":
        obj = {"id": rec.id, "text": rec.text, **rec.meta}
        if rec.note == "truncated_json":
            full = dumps(obj)
            return full[: int(len(full) * 0.55)]
        if rec.note == "missing_text":
            del obj["text"]
        elif rec.note == "empty_text":
            obj["text"] = ""
        elif rec.note == "json_array":
            return dumps([rec.id, rec.text])
        return dumps(obj)
    obj = ({"id": rec.id} if rec.has_id else {}) | {"text": rec.text} | rec.meta
    return dumps(obj)


def serialise(spec: FileSpec) -> bytes:
    """File content for ``spec`` as bytes."""
    if spec.fmt in ("jsonl", "jsonl.gz"):
        data = ("\n".join(json_line(r) for r in spec.records) + "\n").encode("utf-8")
        return gzip.compress(data, compresslevel=9, mtime=0) if spec.fmt == "jsonl.gz" else data
    if spec.fmt == "csv":
        buf = io.StringIO(newline="")
        writer = csv.writer(buf)
        writer.writerow(["id", "text", "region", "year"])
        for r in spec.records:
            writer.writerow([r.id if r.has_id else "", r.text, r.meta["region"], r.meta["year"]])
        return buf.getvalue().encode("utf-8")
    table = pa.table({
        "id": pa.array([r.id if r.has_id else None for r in spec.records], pa.string()),
        "text": pa.array([r.text for r in spec.records], pa.string()),
        "company": pa.array([r.meta["company"] for r in spec.records], pa.string()),
        "fiscal_year": pa.array([r.meta["fiscal_year"] for r in spec.records], pa.int64()),
    })
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="snappy")
    return sink.getvalue().to_pybytes()


def locate(specs: list[FileSpec], rec: Rec) -> str:
    """'file #n (id)' for a record, n being its 1-based position in the file."""
    for spec in specs:
        for i, r in enumerate(spec.records, 1):
            if r is rec:
                return f"{Path(spec.path).name} #{i} ({r.id if r.has_id else 'no id'})"
    raise LookupError


def summary(all_specs: dict[str, list[FileSpec]], sizes: dict[str, int]) -> str:
    """Human-readable report of what was written and planted."""
    lines = ["Record numbers are 1-based: JSONL line number / CSV data row after the header / parquet row index + 1.", ""]
    total = 0
    for sector, specs in all_specs.items():
        sector_langs = sorted({r.lang for s in specs for r in s.records if r.kind not in ("off_lang", "malformed")})
        lines.append(f"[{sector}] {sum(len(s.records) for s in specs)} records, EU languages covered: {len(sector_langs)} ({', '.join(sector_langs)})")
        for spec in specs:
            recs = spec.records
            langs: dict[str, int] = {}
            for r in recs:
                if r.kind != "malformed":
                    langs[r.lang] = langs.get(r.lang, 0) + 1
            total += sizes[spec.path]
            lines.append(f"  {spec.path}: {len(recs)} records, {sizes[spec.path]:,} bytes, {len(langs)} languages "
                         f"({', '.join(f'{k}={v}' for k, v in sorted(langs.items()))})")
            lines.append(f"    without id: {sum(not r.has_id for r in recs)}, with planted PII: {sum(r.pii for r in recs)}")
            for i, r in enumerate(recs, 1):
                if r.kind == "base":
                    continue
                where = f"    #{i:<3} {r.id if r.has_id else 'no id':<11} {r.kind:<10} {r.note}"
                if r.src is not None:
                    where += f" <- source {locate(specs, r.src)}"
                lines.append(where)
        lines.append("")
    lines.append(f"Total size: {total:,} bytes")
    return "\n".join(lines)


def main() -> None:
    """Generate every sample file and print a summary."""
    rng = random.Random(SEED)
    registry = company_registry(rng)
    all_specs = build_specs(registry)
    for sector, specs in all_specs.items():
        generate_sector(rng, sector, specs)
    sizes = {}
    for specs in all_specs.values():
        for spec in specs:
            path = OUT_DIR / spec.path
            path.parent.mkdir(parents=True, exist_ok=True)
            data = serialise(spec)
            path.write_bytes(data)
            sizes[spec.path] = len(data)
    print(summary(all_specs, sizes))


if __name__ == "__main__":
    main()
