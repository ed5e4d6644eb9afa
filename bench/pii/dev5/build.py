#!/usr/bin/env python3
"""dev5 -- independent evaluation set for a PII scrubber, focused on street addresses.

Deterministic generator (Python 3.11, stdlib only).  Language data and sentence
templates live in langs/<code>.py (one module per language, each defining a dict L).

    python build.py          -> writes dev5.jsonl and README.md next to this file

Every document gets its own string-seeded random.Random, so the output does not
depend on the clock, on hash randomisation or on set iteration order.  After
generation every span and keep is self-checked (offsets, inserted value, no
overlaps, no leading/trailing whitespace); any failure aborts with an error.
"""
import importlib
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

LANGS = ["bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
         "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"]
SECTORS = ["health", "finance", "climate", "public"]
PROSE = ["clause", "prepositional", "no_street_word", "negatives"]
# frame -> number of templates per document (one entry per document)
PLAN = [
    ("clause", [2, 2, 2, 1, 1]),
    ("prepositional", [2, 2, 2, 2]),
    ("letter", [1, 1, 1, 1]),
    ("form", [1, 1, 1, 1]),
    ("no_street_word", [2, 2, 2, 2]),
    ("negatives", [2, 2, 2, 2]),
]
SPAN_TYPES = ["STREET_ADDRESS", "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS"]
KEEP_KINDS = ["DATE", "AMOUNT", "CODE", "REF", "MEASURE", "STATION", "INSTITUTION",
              "COMPANY", "PLACE", "DRUG", "ROOM"]

ICD = ["J18.9", "I10", "E11.9", "M54.5", "K35.8", "S72.00", "F32.1", "I21.0", "N39.0",
       "J44.1", "C50.9", "G43.9", "R07.4", "K80.20", "I48.0", "L40.0", "S82.6", "J06.9",
       "E03.9", "M17.1", "I63.9", "A09.9", "T78.4", "S52.50"]
ATC = ["C09AA05", "A10BA02", "N02BE01", "B01AC06", "C07AB02", "J01CA04", "R03AC02",
       "H03AA01", "C10AA05", "N06AB06", "M01AE01", "A02BC01"]
PRODUCT = ["WP-300 Eco", "RX-450", "HPX-12", "TS 3000", "M-6020", "KV-220B", "SX-9 Pro",
           "AQ-1500", "PV-410M", "EL-7", "GX 2200", "HT-45/2"]

# ---------------------------------------------------------------- small tokens
TOK = re.compile(r"<([A-Za-z]+)>")
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


def house_no(r):
    return r.choice([r.randint(1, 24), r.randint(1, 60), r.randint(1, 180)])


def tok(s, r):
    def f(m):
        t = m.group(1)
        if t == "N":
            return str(house_no(r))
        if t == "n":
            return str(r.randint(1, 40))
        if t == "F":
            return str(r.randint(1, 8))
        if t == "RF":
            return ROMAN[r.randint(0, 5)]
        if t == "l":
            return r.choice("abcd")
        if t == "L":
            return r.choice("ABCD")
        if t == "R":
            a = r.randint(1, 60)
            return f"{a}-{a + 2}"
        if t == "P":
            return str(r.randint(101, 2999))
        if t == "B":
            return str(r.randint(1, 260))
        if t == "D":
            return str(r.randint(0, 9))
        raise KeyError("unknown token <%s> in %r" % (t, s))
    return TOK.sub(f, s)


def digits(s, r):
    return re.sub("#", lambda _m: str(r.randint(0, 9)), s)


GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
                 ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p",
                  "r", "s", "s", "t", "y", "f", "ch", "ps", "o"]))
CYR = dict(zip("абвгдежзийклмнопрстуфхцчшщъьюя",
               ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                "s", "t", "u", "f", "h", "ts", "ch", "sh", "sht", "a", "y", "yu", "ya"]))
SPECIAL = {"ß": "ss", "ø": "o", "æ": "ae", "ł": "l", "đ": "d", "ı": "i", "ħ": "h", "œ": "oe", "þ": "th"}


def ascii_fold(word):
    out = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if unicodedata.combining(ch):
            continue
        ch = GREEK.get(ch) or CYR.get(ch) or SPECIAL.get(ch) or ch
        out.append(ch)
    return re.sub(r"[^a-z]", "", "".join(out))


KEY = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*)\}")


class AddrGen:
    """Expands address patterns. Within one generator every list key is sticky,
    so {Z} and {T} (postcode / town of the same 'zt' entry) stay consistent, and a
    form can ask for street, number, unit and postcode of one and the same address."""

    def __init__(self, K, r):
        self.K, self.r, self.cache = K, r, {}

    def get(self, key):
        if key in ("Z", "T"):
            z, t = self.get("zt").split("|")
            return z if key == "Z" else t
        if key not in self.cache:
            if key not in self.K:
                raise KeyError("address list %r missing" % key)
            self.cache[key] = self.expand(self.r.choice(self.K[key]))
        return self.cache[key]

    def expand(self, s):
        s = KEY.sub(lambda m: self.get(m.group(1)), s)
        return tok(s, self.r)


# ---------------------------------------------------------------- documents
# {KEY} draws a value; {+KIND:literal} marks a fixed literal in a template as a keep
PH = re.compile(r"\{([A-Z][A-Z0-9]*)\}|\{\+([A-Z]+):([^{}]*)\}")
GENDER = re.compile(r"\[\[([^|\]]*)\|([^\]]*)\]\]")


def group_int(n, ts):
    s = str(n)
    if not ts or n < 1000:
        return s
    out = []
    while s:
        out.append(s[-3:])
        s = s[:-3]
    return ts.join(reversed(out))


class Doc:
    def __init__(self, L, r):
        self.L, self.r = L, r
        a, b = r.sample(L["names"], 2)
        self.g, self.p = a.split(":", 1)
        self.g2, self.p2 = b.split(":", 1)
        self.form = AddrGen(L["K"], r)

    def addr(self, which):
        pats = self.L[which]
        return AddrGen(self.L["K"], self.r).expand(self.r.choice(pats))

    def email(self):
        r = self.r
        toks = [ascii_fold(x) for x in self.p.replace("-", " ").split()]
        toks = [x for x in toks if x]
        f, l = toks[0], toks[-1]
        pat = r.choice(["{f}.{l}", "{f0}.{l}", "{l}.{f}", "{f}{l}{nn}", "{f}_{l}", "{f0}{l}"])
        local = pat.format(f=f, l=l, f0=f[0], nn=r.randint(2, 98))
        return local + "@" + r.choice(self.L["maildom"])

    def places(self):
        if "places" in self.L:
            return self.L["places"]
        seen = []
        for e in self.L["K"]["zt"]:
            t = e.split("|")[1]
            if t not in seen:
                seen.append(t)
        return seen

    def date(self):
        r, L = self.r, self.L
        y, m, d = r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28)
        pat = r.choice(L["dates"])
        dstr = L["day1"] if (d == 1 and "day1" in L) else str(d)
        return pat.format(d=dstr, dd="%02d" % d, m=m, mm="%02d" % m, y=y, mon=L["months"][m - 1])

    def amount(self):
        r = self.r
        ts, ds, pats = self.L["amt"]
        ip = r.choice([r.randint(12, 99), r.randint(100, 999), r.randint(1000, 24000)]) * self.L.get("amt_scale", 1)
        cents = r.choice([0, 0, r.randint(1, 99)])
        gi = group_int(ip, ts)
        return r.choice(pats).replace("{v}", gi + ds + "%02d" % cents).replace("{i}", gi)

    def value(self, key, sector):
        L, r = self.L, self.r
        S, K = "span", "keep"
        if key == "A":
            return self.addr("fmt"), S, "STREET_ADDRESS"
        if key == "AB":
            return self.addr("block"), S, "STREET_ADDRESS"
        if key == "AN":
            return self.addr("nsw"), S, "STREET_ADDRESS"
        if key == "AL":
            return self.addr("loc"), S, "STREET_ADDRESS"
        if key == "P":
            return self.p, S, "PERSON"
        if key == "P2":
            return self.p2, S, "PERSON"
        if key == "T":
            return digits(r.choice(L["phone"]), r), S, "PHONE_NUMBER"
        if key == "E":
            return self.email(), S, "EMAIL_ADDRESS"
        if key == "D":
            return self.date(), K, "DATE"
        if key == "M":
            return self.amount(), K, "AMOUNT"
        if key == "C":
            return r.choice(ICD), K, "CODE"
        if key == "CA":
            return r.choice(ATC), K, "CODE"
        if key == "CP":
            return r.choice(PRODUCT), K, "CODE"
        if key == "R":
            return tok(digits(r.choice(L["ref"]), r), r), K, "REF"
        if key == "RA":
            return r.choice(L["art"]), K, "REF"
        if key == "MS":
            ms = L["measure"]
            return r.choice(ms.get(sector) or ms["other"]), K, "MEASURE"
        if key == "MO":
            return r.choice(L["measure"]["other"]), K, "MEASURE"
        if key == "DS":
            return r.choice(L["dose"]), K, "MEASURE"
        if key == "ST":
            return r.choice(L["station"]), K, "STATION"
        if key == "I":
            return r.choice(L["inst"][sector]), K, "INSTITUTION"
        if key == "CO":
            return r.choice(L["company"]), K, "COMPANY"
        if key == "PL":
            return r.choice(self.places()), K, "PLACE"
        if key == "SN":
            return r.choice(L["sn"]), K, "PLACE"
        if key == "DR":
            return r.choice(L["drug"]), K, "DRUG"
        if key == "RM":
            rm = L["room"]
            return tok(r.choice(rm.get(sector) or rm["other"]), r), K, "ROOM"
        # parts of one address for forms (shared generator self.form)
        if key == "FS":
            return self.form.get("s"), S, "STREET_ADDRESS"
        if key == "FN":
            return self.form.get("fnum" if "fnum" in L["K"] else "num"), S, "STREET_ADDRESS"
        if key == "FF":
            return self.form.get("u"), S, "STREET_ADDRESS"
        if key == "FZ":
            return self.form.get("Z"), S, "STREET_ADDRESS"
        if key == "FT":
            return self.form.get("T"), None, None
        if key == "FSN":
            return self.form.expand(L.get("fsn", "{s} {num}")), S, "STREET_ADDRESS"
        if key == "FZT":
            return self.form.expand(L.get("fzt", "{Z} {T}")), S, "STREET_ADDRESS"
        raise KeyError(key)


def render(tpl, doc, sector):
    tpl = GENDER.sub(lambda m: m.group(1) if doc.g == "M" else m.group(2), tpl)
    parts, spans, keeps, inserted = [], [], [], []
    pos = cur = 0
    for m in PH.finditer(tpl):
        lit = tpl[pos:m.start()]
        parts.append(lit)
        cur += len(lit)
        if m.group(1):
            val, kind, lab = doc.value(m.group(1), sector)
        else:
            val, kind, lab = m.group(3), "keep", m.group(2)
        if kind == "span":
            spans.append({"start": cur, "end": cur + len(val), "type": lab})
            inserted.append((cur, cur + len(val), val))
        elif kind == "keep":
            keeps.append({"start": cur, "end": cur + len(val), "kind": lab})
            inserted.append((cur, cur + len(val), val))
        parts.append(val)
        cur += len(val)
        pos = m.end()
        # a value that ends with a dot ("12.03.2024 г.", "Petőfi u. 12.") absorbs a sentence-final dot
        if val.endswith(".") and tpl[pos:pos + 1] == ".":
            pos += 1
    parts.append(tpl[pos:])
    return "".join(parts), spans, keeps, inserted


def join_pieces(pieces, sep=" "):
    text, spans, keeps, inserted = "", [], [], []
    for i, (t, s, k, ins) in enumerate(pieces):
        off = len(text) + (len(sep) if i else 0)
        text = text + (sep if i else "") + t
        spans += [{"start": x["start"] + off, "end": x["end"] + off, "type": x["type"]} for x in s]
        keeps += [{"start": x["start"] + off, "end": x["end"] + off, "kind": x["kind"]} for x in k]
        inserted += [(a + off, b + off, v) for a, b, v in ins]
    return text, spans, keeps, inserted


# ---------------------------------------------------------------- letters and forms
LETTERS = [
    # institution -> private person
    "{I}\n<<ref>>: {R}\n\n<<to>>{P}\n{AB}\n\n{PL}, {D}\n\n<<subj>>: <<subject>>\n\n<<hello>>\n<<body>>\n\n<<bye>>\n{P2}",
    # private person -> institution, sender block on top
    "{P}\n{AB}\n<<tel>> {T}\n<<mail>>: {E}\n\n{I}\n\n{PL}, {D}\n\n<<subj>>: <<subject>>\n\n<<hello>>\n<<body>>\n\n<<bye>>\n{P}",
    # signature block at the end
    "<<hello>>\n<<body>>\n\n<<bye>>\n\n{P}\n{AB}\n<<tel>> {T}\n<<mail>>: {E}",
    # envelope: sender and recipient
    "<<sender>>:\n{P2}\n{AB}\n\n<<to>>{P}\n{AB}\n<<country>>",
]
FORMS = [
    "<<title>>\n<<name>>: {P}\n<<street>>: {FS}\n<<num>>: {FN}\n<<flat>>: {FF}\n<<zip>>: {FZ}\n<<town>>: {FT}\n<<phone>>: {T}\n<<extra>>: <<X>>",
    "<<title>>\n<<name>>: {P}\n<<addr>>: {A}\n<<email>>: {E}\n<<date>>: {D}\n<<extra>>: <<X>>",
    "<<title>>\n<<name>>: {P}\n<<streetnum>>: {FSN}\n<<ziptown>>: {FZT}\n<<phone>>: {T}\n<<extra>>: <<X>>",
    "<<title>> | <<name>>: {P} | <<addr>>: {A} | <<phone>>: {T} | <<extra>>: <<X>>",
    # CSV-like export with header line: the address is directly followed by ';' and a phone number
    "<<title>>\n<<name>>;<<addr>>;<<phone>>;<<date>>;<<extra>>\n{P};{A};{T};{D};<<X>>",
]
EXTRA = {"health": "{C}", "finance": "{M}", "climate": "{MO}", "public": "{R}"}


def fill_labels(tpl, labels):
    return re.sub(r"<<([a-zA-Z]+)>>", lambda m: labels[m.group(1)], tpl)


def letter_template(L, idx, sector, doc):
    lab = dict(L["letter"])
    lab["subject"] = L["letter"]["subjects"][sector]
    lab["body"] = L["letter"]["bodies"][sector]
    to = L["letter"].get("to_m" if doc.g == "M" else "to_f", "")
    lab["to"] = to + " " if to else ""
    del lab["subjects"], lab["bodies"]
    return fill_labels(LETTERS[idx], lab)


def form_template(L, idx, sector):
    lab = dict(L["form"])
    lab["title"] = L["form"]["titles"][sector]
    lab["extra"] = L["form"]["extras"][sector]
    lab["X"] = EXTRA[sector]
    del lab["titles"], lab["extras"]
    return fill_labels(FORMS[idx], lab)


# ---------------------------------------------------------------- build
def build_lang(li, lang):
    L = importlib.import_module("langs." + lang).L
    docs = []
    for frame, plan in PLAN:
        if frame in PROSE:
            pool = L["T"][frame]
            by_sector = {s: [i for i, (sec, _t) in enumerate(pool) if sec == s] for s in SECTORS}
            sec_order = list(SECTORS)
            random.Random("dev5|%s|%s|sectors" % (lang, frame)).shuffle(sec_order)
            # queue of template indices: both templates of one sector next to each other
            queue = []
            for s in sec_order:
                idx = list(by_sector[s])
                random.Random("dev5|%s|%s|%s" % (lang, frame, s)).shuffle(idx)
                queue += idx
            qi = 0
        for k, n in enumerate(plan):
            r = random.Random("dev5|%s|%s|%d" % (lang, frame, k + 1))
            doc = Doc(L, r)
            if frame in PROSE:
                picked = [queue[(qi + j) % len(queue)] for j in range(n)]
                qi += n
                sector = pool[picked[0]][0]
                pieces = [render(pool[i][1], doc, pool[i][0]) for i in picked]
                text, spans, keeps, ins = join_pieces(pieces)
                used = picked
            elif frame == "letter":
                sector = SECTORS[(k + li) % 4]
                text, spans, keeps, ins = render(letter_template(L, k, sector, doc), doc, sector)
                used = [k]
            else:
                sector = SECTORS[(k + li + 1) % 4]
                fidx = (k + li) % len(FORMS)
                text, spans, keeps, ins = render(form_template(L, fidx, sector), doc, sector)
                used = [fidx]
            docs.append({
                "id": "%s-%s-%03d" % (lang, frame, k + 1), "lang": lang, "sector": sector,
                "frame": frame, "text": text,
                "spans": sorted(spans, key=lambda x: (x["start"], x["end"])),
                "keep": sorted(keeps, key=lambda x: (x["start"], x["end"])),
                "_ins": ins, "_used": used,
            })
    return L, docs


def check(doc, errors):
    t = doc["text"]
    did = doc["id"]
    for a, b, v in doc["_ins"]:
        if t[a:b] != v:
            errors.append("%s: offset mismatch %r vs %r" % (did, t[a:b], v))
    allr = [(x["start"], x["end"], x.get("type") or x.get("kind")) for x in doc["spans"] + doc["keep"]]
    allr.sort()
    for a, b, lab in allr:
        if not (0 <= a < b <= len(t)):
            errors.append("%s: bad range %d-%d" % (did, a, b))
            continue
        if t[a].isspace() or t[b - 1].isspace():
            errors.append("%s: %s span on whitespace %r" % (did, lab, t[a:b]))
    for (a1, b1, l1), (a2, b2, l2) in zip(allr, allr[1:]):
        if a2 < b1:
            errors.append("%s: overlap %s %r / %s %r" % (did, l1, t[a1:b1], l2, t[a2:b2]))
    for x in doc["spans"]:
        if x["type"] not in SPAN_TYPES:
            errors.append("%s: bad type %s" % (did, x["type"]))
    for x in doc["keep"]:
        if x["kind"] not in KEEP_KINDS:
            errors.append("%s: bad kind %s" % (did, x["kind"]))
    n_addr = sum(1 for x in doc["spans"] if x["type"] == "STREET_ADDRESS")
    if doc["frame"] == "negatives" and n_addr:
        errors.append("%s: negative document with an address" % did)
    if doc["frame"] != "negatives" and not n_addr:
        errors.append("%s: no address" % did)
    for bad in ("{", "}", "[[", "]]", "<<", ">>"):
        if bad in t:
            errors.append("%s: leftover %r in text" % (did, bad))
    if re.search(r"<[A-Za-z]+>", t) or "#" in t:
        errors.append("%s: leftover token in text" % did)
    if "  " in t or " \n" in t or " ," in t:
        errors.append("%s: spacing problem %r" % (did, t))


def main():
    errors, all_docs, langdata = [], [], {}
    for li, lang in enumerate(LANGS):
        L, docs = build_lang(li, lang)
        langdata[lang] = L
        for fr in PROSE:
            pool = L["T"][fr]
            if len(pool) < 8:
                errors.append("%s/%s: only %d templates" % (lang, fr, len(pool)))
            for s in SECTORS:
                if sum(1 for sec, _ in pool if sec == s) != 2:
                    errors.append("%s/%s: need 2 templates for sector %s" % (lang, fr, s))
            used = sorted(set(i for d in docs if d["frame"] == fr for i in d["_used"]))
            if used != list(range(len(pool))):
                errors.append("%s/%s: templates unused: %s" % (lang, fr, sorted(set(range(len(pool))) - set(used))))
        all_docs += docs
    seen = set()
    for d in all_docs:
        check(d, errors)
        if d["id"] in seen:
            errors.append("duplicate id " + d["id"])
        seen.add(d["id"])
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit("self-check failed: %d errors" % len(errors))
    with open(os.path.join(HERE, "dev5.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in all_docs:
            out = {k: d[k] for k in ("id", "lang", "sector", "frame", "text", "spans", "keep")}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(all_docs))
    print("ok: %d documents, self-check passed" % len(all_docs))


CONVENTIONS = [
    ("bg", "ул./бул./пл. with „…“ names, № numbers, вх./ет./ап. units, town-first гр. София 1000, ж.к. estates with бл., villages с. … общ."),
    ("cs", "streets mostly without type word (Husova, 28. října), č. p./č. o. 1234/56, nám./tř., PSČ 110 00 Praha 1, villages with č. p."),
    ("da", "-gade/-vej/-allé, floor+side units (2. tv., st. th., kl.), 4-digit postcode + town (1165 København K), farm names"),
    ("de", "-straße/-str./-weg/-gasse, Am/An/Im/Zur names, ranges and letters, Whg./OG units, Austrian 45/3/12 and A-1060, OT/hamlets"),
    ("el", "Οδός/οδ./Λεωφ./Πλατεία or bare genitive names, date streets (28ης Οκτωβρίου), Τ.Κ. 105 63, όροφος/διαμ., Θέση localities, inflected στην οδό …"),
    ("en", "number-first UK style, Flat 2/1, Apt 4B, UK postcodes after town, Irish addresses with Eircode, house names, The Green, townlands"),
    ("es", "C/, Avda., Pza., Carrer; comma before number, nº/n.º/s/n/bis, 3º dcha./2º 1ª, province in parentheses, Urb./Lugar/Cortijo/Barrio"),
    ("et", "tn/mnt/pst/tee, house-flat 12-5, postcode before or after town, linnaosa/maakond official form, farm (talu) + küla/vald"),
    ("fi", "-katu/-tie/-kuja/-polku, stair+flat (12 B 34, as. 5), FI- postcodes, streets without type word (-rinne, -kaari), farm names"),
    ("fr", "number-first (12 bis rue …), bd/av./rte, Bât./esc./appt/étage, lieu-dit, Le Bourg, Résidence, Hameau, Ferme"),
    ("ga", "Irish- and English-language street names, Uimh., Árasán, Eircodes, estates without type word (Ard na Gréine), house names, Gaeltacht townlands"),
    ("hr", "Ilica / Vukovarska ulica / Trg …, bare genitive names, floor in Roman numerals (12/III), HR- postcodes, locative u Ilici 12, villages"),
    ("hu", "utca/u./út/tér/krt./köz, house numbers with dot (12., 12/A.), em./ajtó/lph./fszt., postcode-town first, envelope order town/street/postcode, tanya/hrsz./ltp."),
    ("it", "Via/V./Viale/V.le/P.za/C.so, civico with /A, bis, snc, int./scala/piano, CAP + town + (sigla), Località/Frazione/Contrada/Cascina/Podere"),
    ("lt", "g./pr./al./a./skg., house-flat 12-5, LT- postcodes before/after town, k. villages, r. sav., Sodyba „…“"),
    ("lv", "iela/gatve/bulvāris/prospekts, house-flat 55-12, k-2 korpuss, town then LV- postcode, rural house names „…“ with pag./nov., locative ielā"),
    ("mt", "number, Triq …, town + postcode (BKR 1234), Flat/Block/Blokk, house names, Gozo farmhouses (Razzett), housing estates"),
    ("nl", "-straat/-laan/-gracht/-plein, 12-II, 12-hs, 12a, bis, NL postcode 1017 GC, Belgian bus 3 and 4-digit postcodes, bare names (Het Want)"),
    ("pl", "ul./al./pl./os., 12/4, m. 4, lok. 4, kl. B, 00-950 Warszawa before/after, streets without ul. (Mickiewicza 5), villages, locative przy ul. Długiej"),
    ("pt", "Rua/R./Av./Travessa/Largo, n.º/nº/s/n, 2.º Esq./r/c Dto., 4050-262 Porto, Lugar/Quinta/Casal/Bairro/Lote/Monte"),
    ("ro", "Str./Bd./Calea/Șos./Aleea, nr., bl./sc./et./ap., sector for București, 6-digit postcodes, jud., sat/com. villages, cartier blocks"),
    ("sk", "Hlavná / nám. / Trieda SNP, súpisné/orientačné 1234/56, PSČ 811 01, SK- prefix, villages with house numbers, Sídlisko"),
    ("sl", "cesta/ulica/trg, SI- postcodes, bare names (Trubarjeva), villages with house numbers, locative na Slovenski cesti 12"),
    ("sv", "-gatan/-vägen/-stigen, lgh 1102, 3 tr, 1 tr ö.g., 411 38 Göteborg, SE- prefix, bare names (Solbacken), rural village + number, farm names"),
]


def readme(docs):
    frames = [f for f, _ in PLAN]
    span_c = {t: 0 for t in SPAN_TYPES}
    keep_c = {k: 0 for k in KEEP_KINDS}
    sec_c = {s: 0 for s in SECTORS}
    for d in docs:
        sec_c[d["sector"]] += 1
        for x in d["spans"]:
            span_c[x["type"]] += 1
        for x in d["keep"]:
            keep_c[x["kind"]] += 1
    L = []
    w = L.append
    w("# dev5 -- street-address focused PII evaluation set (24 EU languages)\n")
    w("Generated by `python build.py` (Python 3.11, standard library only). The generator is")
    w("deterministic: every document uses its own `random.Random` seeded with a string")
    w("(`dev5|<lang>|<frame>|<n>`), nothing depends on the clock, hash randomisation or set")
    w("order, so `dev5.jsonl` and this README are byte-identical on every run. Language data")
    w("(names, phone formats, street lists, address patterns, sentence templates, form and")
    w("letter labels) is in `langs/<lang>.py`; the engine is `build.py`.\n")
    w("Street names in addresses and all persons are invented (common street names such as")
    w("`Hauptstraße` naturally exist in many towns); towns and postcode formats are real. Streets")
    w("used as places in `negatives` (e.g. `Nowy Świat`) and institutions are well-known real ones.")
    w("The data was written from general knowledge of each country's address conventions,")
    w("without looking at any scrubber or at any other evaluation set.\n")
    w("## Format\n")
    w("One JSON object per line:\n")
    w("```")
    w('{"id": "de-clause-001", "lang": "de", "sector": "health", "frame": "clause", "text": "...",')
    w(' "spans": [{"start": 0, "end": 12, "type": "STREET_ADDRESS"}], "keep": [{"start": 40, "end": 52, "kind": "CODE"}]}')
    w("```\n")
    w("Offsets are Python `str` indices, `end` exclusive. `spans` are PII that a scrubber must")
    w("remove (types: %s). `keep` are values that must survive scrubbing" % ", ".join(SPAN_TYPES))
    w("(kinds: %s).\n" % ", ".join(KEEP_KINDS))
    w("## Annotation conventions\n")
    w("* One `STREET_ADDRESS` span covers street (with or without street-type word), house number")
    w("  (letters, ranges, slashes, `bis`, `s/n`, `nr.`, `n.º`, `№`, `č. p.` ...), unit details written")
    w("  with it (flat, floor, staircase, door, block) before or after the street, and postcode + town")
    w("  when written with the address (also country-prefixed postcodes such as `LV-1050`, `A-1010`,")
    w("  Eircodes and UK postcodes, and town-first orders).")
    w("* In letters the span runs across line breaks from the first address line to the")
    w("  postcode/town line; the name line, a company/institution line and a country line are")
    w("  not part of it (the person name is a separate `PERSON` span).")
    w("* The span ends where the address ends. A following comma, clause, parenthesis (ICD-10")
    w("  code, reference), semicolon, dash, amount, date or phone number is never included.")
    w("* Where an inflecting language puts the street in an oblique case in running text")
    w("  (Polish `przy ul. Długiej 12`, Latvian `Brīvības ielā 55`, Croatian `u Ilici 12`,")
    w("  Slovenian `na Trubarjevi cesti 12`, Greek `στην οδό Ερμού 25`), the span covers the address")
    w("  as written, without the preposition/article.")
    w("* Forms: when street, number, flat and postcode are separate fields, each field value that")
    w("  holds an address part is its own `STREET_ADDRESS` span; a field holding only the town is")
    w("  left unannotated. A combined `postcode + town` field is annotated.")
    w("* A town on its own (e.g. the place in a letter's date line) is a `PLACE` keep; a street")
    w("  mentioned without a number as a place (a demonstration on a famous street) is a `PLACE`")
    w("  keep, never an address.")
    w("* `AMOUNT` covers number + currency as one keep; `DATE` includes trailing markers such as")
    w("  `r.`, `г.`, or a final dot where the language writes it; `ROOM` covers the label and number")
    w("  (`Zimmer 214`); `MEASURE` covers doses, readings and areas; `REF` covers case, invoice and")
    w("  file numbers and article references (`Art. 5 Abs. 2 DSGVO`).")
    w("* Persons are annotated without titles (`Herrn`, `Pan`, `Sig.ra` stay outside the span);")
    w("  Hungarian names are written surname first.")
    w("* When an address or date ends with a dot (`Petőfi u. 12.`, `12.03.2024 г.`, `12. 3. 2024.`) at")
    w("  the end of a sentence, that dot also ends the sentence; it is inside the span.")
    w("* `negatives` documents contain no `STREET_ADDRESS` at all: institutions with street-like")
    w("  names, streets without numbers, stations, wards and rooms, article references, product")
    w("  codes, doses, dates, amounts and companies named after towns or founders.\n")
    w("Templates may mark a fixed literal as a keep with `{+KIND:literal}` (for example credit")
    w("registries such as `{+INSTITUTION:BKR}`); all other values are drawn from the language lists.\n")
    w("## Address conventions covered per language\n")
    for lang, text in CONVENTIONS:
        w("* `%s` -- %s" % (lang, text))
    w("")
    w("## Frames\n")
    w("* `clause` -- address inside a sentence, directly followed by more text (comma + clause,")
    w("  parenthesis with ICD-10 code or reference, semicolon, dash, amount, date, phone).")
    w("* `prepositional` -- moved to / lives at / delivered to / registered at / meeting at.")
    w("* `letter` -- sender and recipient blocks, signature blocks, envelopes (4 layouts).")
    w("* `form` -- key: value forms, with separate street/number/flat/postcode fields, a single")
    w("  address field, combined fields, an inline pipe-separated record, or a semicolon-separated")
    w("  export line under a header (5 layouts, 4 used per language, rotating).")
    w("* `no_street_word` -- addresses without a street-type word: streets named after people or")
    w("  dates, house names, squares, estates and housing blocks, villages, farms and townlands.")
    w("* `negatives` -- no address at all (see above).\n")
    w("Prose frames have 8 sentence templates per language (2 per sector); each document uses")
    w("one or two of them (same sector), and every template is used at least once.\n")
    w("## Counts\n")
    w("Documents: %d. Sectors: %s.\n" % (len(docs), ", ".join("%s %d" % (s, sec_c[s]) for s in SECTORS)))
    w("Spans per type: " + ", ".join("%s %d" % (t, span_c[t]) for t in SPAN_TYPES) + ".\n")
    w("Keeps per kind: " + ", ".join("%s %d" % (k, keep_c[k]) for k in KEEP_KINDS) + ".\n")
    w("### Documents per language and frame\n")
    w("| lang | " + " | ".join(frames) + " | total | addresses | all spans | keeps |")
    w("|---|" + "---|" * (len(frames) + 4))
    for lang in LANGS:
        ds = [d for d in docs if d["lang"] == lang]
        row = [str(sum(1 for d in ds if d["frame"] == f)) for f in frames]
        na = sum(1 for d in ds for x in d["spans"] if x["type"] == "STREET_ADDRESS")
        ns = sum(len(d["spans"]) for d in ds)
        nk = sum(len(d["keep"]) for d in ds)
        w("| %s | %s | %d | %d | %d | %d |" % (lang, " | ".join(row), len(ds), na, ns, nk))
    w("")
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    main()
