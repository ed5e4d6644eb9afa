#!/usr/bin/env python3
"""Writes README.md from heldout.jsonl + names_pool.json so that every number in it is the real one."""
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "de", "fr", "it", "es", "pl", "fi", "sv", "el", "bg", "sl", "nl", "cs", "hu", "ro", "pt", "da", "hr", "sk"]
T = ["PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "DATE_OF_BIRTH", "IP_ADDRESS", "NATIONAL_ID", "IBAN_CODE",
     "MEDICAL_RECORD_NUMBER", "HEALTH_INSURANCE_ID", "CREDIT_CARD"]
TS = ["PER", "PHONE", "EMAIL", "ADDR", "DOB", "IP", "NID", "IBAN", "MRN", "HIID", "CARD"]
K = ["DATE", "AMOUNT", "CURRENCY", "MEASURE", "CODE", "STATION", "INSTITUTION", "REF", "COMPANY", "PLACE", "DISEASE", "DRUG"]
FR = ["subject", "object", "preposition", "pair", "possessive", "apposition", "title", "form_label", "signature", "list",
      "surname_first", "identifiers_only"]

docs = [json.loads(l) for l in open(os.path.join(HERE, "heldout.jsonl"), encoding="utf-8")]
pool = json.load(open(os.path.join(HERE, "names_pool.json"), encoding="utf-8"))
st = json.load(open(os.path.join(HERE, "stats.json")))
import importlib, sys
sys.path.insert(0, HERE)
NT = {l: sum(len(v) for f in importlib.import_module(f"gen.langs.{l}").FRAMES.values() for v in f.values()) for l in LANGS}
NX = {l: sum(len(v) for v in importlib.import_module(f"gen.langs.{l}").EXTRA.values()) for l in LANGS}


def table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    return "\n".join(out)


rows = []
for l in LANGS:
    ds = [d for d in docs if d["lang"] == l]
    c = collections.Counter(s["type"] for d in ds for s in d["spans"])
    sp = collections.Counter(d["split"] for d in ds)
    rows.append([l, len(ds), sp["dev"], sp["test"]] + [c[t] for t in T] + [sum(len(d["keep"]) for d in ds)])
c = collections.Counter(s["type"] for d in docs for s in d["spans"])
sp = collections.Counter(d["split"] for d in docs)
rows.append(["**all**", len(docs), sp["dev"], sp["test"]] + [c[t] for t in T] + [sum(len(d["keep"]) for d in docs)])
t_lang = table(["lang", "docs", "dev", "test"] + TS + ["keeps"], rows)

rows = []
for f in FR:
    ds = [d for d in docs if d["frame"] == f]
    spf = collections.Counter(d["split"] for d in ds)
    pc = sum(1 for d in ds for s in d["spans"] if s["type"] == "PERSON")
    rows.append([f, len(ds), spf["dev"], spf["test"], pc, sum(len(d["spans"]) for d in ds), sum(len(d["keep"]) for d in ds)])
t_frame = table(["frame", "docs", "dev", "test", "PERSON spans", "all spans", "keeps"], rows)

kc = collections.Counter(k["kind"] for d in docs for k in d["keep"])
t_keep = table(["keep kind", "count"], [[k, kc[k]] for k in K])
t_span = table(["span type", "count"], [[t, c[t]] for t in T])
sec = collections.Counter(d["sector"] for d in docs)

rows = []
for l in LANGS:
    p = pool[l]
    used = collections.Counter()
    for d in docs:
        if d["lang"] == l:
            for s in d["spans"]:
                if s["type"] == "PERSON":
                    used[d["text"][s["start"]:s["end"]]] += 1
    src = ", ".join(f"{k} {v}" for k, v in sorted(p["source_records"].items()))
    rows.append([l, p["source_people"], len(p["given_m"]), len(p["given_f_sourced"]), len(p["given_f_supplement"]), len(p["surnames"]),
                 len(used), src])
t_names = table(["lang", "credited people kept", "given names (m)", "given names (f, sourced)", "given names (f, supplement)",
                 "surnames", "distinct PERSON strings in set", "first source of each credit"], rows)
supp = "; ".join(f"{l}: {', '.join(pool[l]['given_f_supplement'])}" for l in LANGS)
cards = ", ".join(f"{k}: {v}" for k, v in st["card_lengths"].items())

readme = f"""# Held-out PII evaluation set (EU health / finance / climate prose, 19 languages)

`heldout.jsonl` — {len(docs)} short documents (2–6 sentences or a short form/letter), {len(LANGS)} languages, 12 frame
families, 3 sectors ({sec['health']} health, {sec['finance']} finance, {sec['climate']} climate), gold character spans for
personal data and gold "keep" spans for values that must survive scrubbing. Split: {sp['dev']} dev / {sp['test']} test.

**Independence.** Everything here was written without sight of the scrubber: nothing under `/work/main/datalab`,
`/work/main/bench/pii`, `/work/wt-*` or any `*lexicon*` file was opened, and the repository was not searched. Sentence
frames, vocabularies (places, institutions, companies, drugs, eponymous diseases, stations, street names) and address /
date / amount styles were written from my own knowledge of the languages; person names come from real-world credits
(below); identifiers are generated with valid checksums.

## Files

| file | what |
|---|---|
| `heldout.jsonl` | the set (one JSON object per line) |
| `build.py` | deterministic generator (`random.Random(20240611)`, per-language sub-seeds); runs its own self-check and writes `stats.json` |
| `check.py` | independent checker: schema, offsets, overlaps, cell/split coverage, re-validation of every identifier (see below) |
| `gen/engine.py, gen/context.py` | template renderer with offset tracking; phone/IBAN/card/IP generators |
| `gen/ids.py` | national / insurance identifiers with check digits |
| `gen/infl.py` | conservative name inflection (pl, cs, sk, sl, hr, fi) |
| `gen/langs/<lang>.py` | per-language frames, name-free extra sentences, vocabularies, formats |
| `extract_names.py` → `names_raw.json` | harvest of real name credits (names + source only; e-mails are not stored) |
| `pools.py` → `names_pool.json` | curation into per-language given-name / surname pools |
| `review.py` | review helper (prints documents, lists capitalised tokens not covered by any annotation) |

Rebuild: `python3 build.py && python3 check.py && python3 write_readme.py` (byte-identical output; `extract_names.py`
and `pools.py` only need re-running to refresh the name pools from the machine's Debian files).

## Record format

```json
{{"id": "pl-possessive-03", "lang": "pl", "sector": "finance", "frame": "possessive", "split": "dev",
 "text": "...", "spans": [{{"start": 0, "end": 12, "type": "PERSON"}}], "keep": [{{"start": 40, "end": 52, "kind": "COMPANY"}}]}}
```
`end` is exclusive. Span types: {', '.join(T)}. Keep kinds: {', '.join(K)}.

## How it was built

1. **Frames.** For every language, each of the 12 frame families is written for each sector (1–2 variants per
   language × frame × sector; {min(NT.values())}–{max(NT.values())} hand-written frames per language, {sum(NT.values())} in all) plus
   7–8 name-free "extra" sentences per sector ({sum(NX.values())} in all) that carry identifiers and must-keep values. A document = one frame
   (1–3 sentences, or a form / a letter closing) + 0–2 extras (for `signature` the extras form the letter body before the
   closing formula). Core languages have 4 documents per frame (48 per language), the other seven 3 (36).
   Frame families: `subject`, `object`, `preposition` (with/by/from/for, incl. "zatwierdził X"-type post-verbal agents,
   Hungarian postpositions *által/részére*, Finnish *kanssa*), `pair`, `possessive`, `apposition`, `title`,
   `form_label`, `signature` (closing formula / name on its own line / institution), `list`, `surname_first`
   ("Müller, Hans", "KOWALSKI Jan", Italian "Rossi Mario", Hungarian native order, Greek "ΚΟΚΟΛΑΤΟΣ Γεώργιος",
   Romanian Nume/Prenume fields, Hungarian "Kovács A."), `identifiers_only` (no names at all).
2. **Must-keep values in every document**: dates, amounts + currency codes (EUR, CHF, PLN, SEK, DKK, CZK, HUF, RON, BGN,
   GBP, zł, kr., Kč, Ft, лв.), ICD-10 / ATC / product codes, invoice/report numbers, places (incl. eponymous ones:
   Saint-Étienne, San Sebastián, Martin (SK), Άγιος Νικόλαος), institutions named after people (Klinikum Ernst von
   Bergmann, Hôpital Necker, Policlinico Agostino Gemelli, Hospital Gregorio Marañón, Szpital im. Karola Jonschera,
   Semmelweis Egyetem, Institut »Jožef Stefan«, Institut Ruđer Bošković, Niels Bohr Institutet, ...), companies named after
   founders (Siemens, Bosch, Boehringer Ingelheim, Dr. Oetker, Pierre Fabre, Michelin, Ferrero, Grifols, E. Wedel,
   Richter Gedeon, Baťa, Albert Heijn, Douwe Egberts, Fazer, Ericsson, Lundbeck, Jerónimo Martins, Μυτιληναίος, ...),
   eponymous diseases in local form (Morbus Crohn, maladie d'Addison, choroba Leśniowskiego-Crohna, Hashimoton
   tyreoidiitti, Parkinson-kór, болест на Алцхаймер, ...), drug brands (incl. "L-Thyroxin Henning"), weather / mountain /
   train stations (Zugspitze, Sonnblick, Jungfraujoch, Pic du Midi, Izaña, Kasprowy Wierch, Мусала, Ботев връх,
   Madrid-Puerta de Atocha-Almudena Grandes, ...), measures (°C, mm, ppm, hPa, mmHg, mmol/mol ...).
3. **Identifiers in national styles** (all re-validated by `check.py`):
   * phones: random subscriber numbers on real area/mobile prefixes, accepted only if libphonenumber says they are valid
     for the country; written as `(030) 1234567`, `+49 (0)30 1234567`, `030-123 45 67`, `089/1234567`, `+33 6 12 34 56 78`,
     `0033 ...`, `01.42.68.53.00`, `06-30-123-4567`, `(01) 234 56 78`, `33 12 34 56`, E.164, unbroken, and short local
     subscriber numbers after a phone cue ("Tel. privat 23 45 67");
   * IBANs of the document's country (valid mod-97 and country-specific checks), grouped or compact;
   * payment cards of every length 12–19 (Maestro 12–19, Visa 13/16/19, Amex 15, Diners 14, JCB, Discover, UnionPay,
     Mastercard incl. 2-series), Luhn-valid, grouped (4s, 4-6-5, 4-6-4) or unbroken, always in a card context. Lengths in the
     set: {cards};
   * national ids with valid check digits, consistent with the person's date of birth and sex where the scheme encodes
     them: DE Steuer-ID, FR NIR, IT codice fiscale (computed from the name, DOB, sex, municipality), ES DNI/NIE, PL PESEL,
     FI HETU, SE personnummer, NL BSN, BG ЕГН, SI EMŠO, GR ΑΜΚΑ/ΑΦΜ, DK CPR, RO CNP, CZ/SK rodné číslo (9 digits
     before 1954), PT NIF / Cartão de Cidadão, HR OIB, HU TAJ / adóazonosító jel, IE PPS number;
   * health insurance ids after their cue: DE Krankenversichertennummer (valid check digit), ES NUSS (mod 97),
     IT tessera sanitaria, SI ZZZS number, HR MBO, PT n.º de utente SNS, NL polisnummer, FR mutuelle member number, and
     EHIC card numbers (80 + ISO country code + 15 digits) elsewhere; medical record numbers after their cue (Fall-Nr.,
     IPP, NHC, nr księgi głównej, ИЗ №, FOCG nr., kórlapszám, ...);
   * dates of birth only after a birth cue (geb., né le, nato il, ur., s., född, γενν., роден на, roj., nar., szül., ...);
   * street addresses in the local style, ending at the house number (`Lindenring 12/4`, `ul. Długa 5a m. 3`,
     `Vinohradská 1234/56`, `Οδός Αθηνάς 12`, `ул. „Граф Игнатиев“ № 15`, `Str. Mihai Eminescu nr. 12, bl. A3, sc. 2, ap. 14`,
     `12 bis rue des Lilas`, `Nørregade 12, 2. tv.`), optionally with postcode + town (town-first for hu/bg), often
     followed directly by a clause ("wohnhaft Lindenring 12/4, aufgenommen wegen Pneumonie (J18.9)") whose ICD code is a keep;
   * e-mails derived from the (fictitious) person's name on national mail domains; IPv4 (public ranges) and IPv6.
4. **Split.** In every (language, frame) cell the documents are shuffled (seeded) and half go to dev, half to test; cells
   with 3 documents alternate which split gets the extra one, so each language is also balanced.
5. **Self-check** (`build.py` and again, independently, `check.py`): every span/keep offset is re-read from the text and
   compared with the inserted value; no span/keep overlaps another annotation or starts/ends on whitespace; every
   language has every frame in both splits; identifiers re-validated; JSON round-trip. Both pass.

## Annotation conventions

* PERSON covers the name as written, including inflection (pl "Jana Kowalskiego", cs "Lucie Nové", fi "Mikko Virtasen",
  de/sv/da genitive "Petra Essers", el "του Γεωργίου Κοκολάτου" → span "Γεωργίου Κοκολάτου"). Titles and honorifics
  (Dr., Prof., Herr/Frau, M./Mme, sig.ra, Pan/Pani, κ./κα, г-н, dl/dna, úr, MUDr.), the English clitic `'s`, French elided
  `d'` and Romanian `lui` are outside the span. A surname alone after a title is a PERSON span. "Surname, Given" and
  "SURNAME Given" are one span; Romanian "Nume:/Prenume:" fields give two spans.
* STREET_ADDRESS includes unit details and, when present, postcode + town. DATE_OF_BIRTH covers the date only.
* AMOUNT and CURRENCY are separate adjacent keeps; "Morbus Crohn (K50.9)" is DISEASE + CODE; institution keeps exclude a
  leading article (fr "l'hôpital ...", it "l'Ospedale ...").
* Type choices where schemes overlap: FR NIR, HU TAJ and GR ΑΜΚΑ are NATIONAL_ID (as requested); insurance-card and
  insurer member numbers (incl. EHIC) are HEALTH_INSURANCE_ID.
* Words that are not annotated are neither personal data nor on the must-keep list (e.g. "Station", "IBAN", "ABVD").

## Person names: sources

All person names are recombinations (given name of one credited person + surname of another from the same language area;
no generated full name equals a credited person — checked) of real credits found on this machine:

* **Debian copyright files** `/usr/share/doc/*/copyright` (language from the e-mail country domain or national letters);
* **the man-page corpus** `/work/corpus/manpages.jsonl` (author/translator credits of localized pages, e.g. TŁUMACZENIE,
  MAGYAR FORDÍTÁS, TRADUCTION sections; language = page language);
* **gettext catalogues** `/usr/share/locale/<ll>/LC_MESSAGES/*.mo`, header `Last-Translator` (language = locale);
* **Debian changelogs** `/usr/share/doc/*/changelog*.gz` (lines such as "* Polish (Name)", "German translation by Name",
  and maintainer trailers with a national e-mail domain).

Curation (`pools.py`, all rules listed there): dropped placeholders/projects, people credited across many languages and
people clearly from another language area; repaired harvesting artefacts; restored national diacritics of ASCII-folded
credits (cs "Tomas Vondra" → "Tomáš Vondra", hu "Zoltan" → "Zoltán", sv "Torbjorn" → "Torbjörn", da "Soeren" → "Søren");
Hungarian credits written surname-first were reordered. **Greek and Bulgarian** credits are almost all in Latin letters,
so they were transliterated to Greek / Cyrillic script by hand (case forms and feminine surnames for Greek written by
hand; Bulgarian feminine surnames by -ов/-ев → -ова/-ева); two Bulgarian credits were already in Cyrillic.
**Female given names** are rare in these FOSS credits, so 5 common female given names per language were added from general
knowledge (only ever combined with harvested surnames; feminine surname forms derived for pl, cs, sk, bg, el):
{supp}.

{t_names}

## Counts

Documents, splits and spans per language:

{t_lang}

Per frame family (every language has every frame, both splits):

{t_frame}

{t_span}

{t_keep}

## Limitations

* Small real-world pools for some languages (sl 8, hr 7, bg 12, pt 13 credited people), so surnames repeat there; female
  given names rely on the supplement listed above.
* Frames are hand-written by a non-native writer for most languages; grammar was checked, but phrasing can be less
  idiomatic than real documents. Inflected name forms are generated only by conservative rules (names whose form is
  uncertain are never used in inflected frames), so the set under-represents rarer declension patterns.
* Medical, financial and climate details are randomised: drug / diagnosis / value combinations are not clinically or
  physically coherent, and amounts are random.
* Some insurance numbers (SI ZZZS, HR MBO, PT SNS, NL polisnummer, FR mutuelle, EHIC, IT tessera) have no public check
  digit and are random digits in the real format; DK CPR follows the post-2007 rules (no mod-11). Phone and account
  numbers are random but valid, so they can coincide with real ones by chance; BIC codes shown are real-format bank BICs
  (annotated as CODE keeps).
* The dev/test split is by document; the same frame template can occur in both splits with different fillers, and the
  name pools are shared across splits.
"""
open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(readme)
print("README.md written")
