#!/usr/bin/env python3
"""Deterministic generator of the held-out PII evaluation set.

    python3 build.py            # writes heldout.jsonl and stats.json, prints a summary

Inputs: names_pool.json (real-world names, see extract_names.py / pools.py) and the hand-written
language modules in gen/langs/*.py (sentence frames, must-keep vocabularies, address styles).
Everything is driven by one seeded random.Random, so the output is byte-identical on every run.
"""
import collections
import datetime as dt
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen import engine as E  # noqa: E402
from gen.context import Ctx  # noqa: E402

SEED = 20240611
CORE = ["en", "de", "fr", "it", "es", "pl", "fi", "sv", "el", "bg", "sl", "nl"]
EXTRA_LANGS = ["cs", "hu", "ro", "pt", "da", "hr", "sk"]
LANGS = [l for l in CORE + EXTRA_LANGS if not os.environ.get("PII_LANGS") or l in os.environ["PII_LANGS"].split(",")]
FRAMES = ["subject", "object", "preposition", "pair", "possessive", "apposition", "title", "form_label",
          "signature", "list", "surname_first", "identifiers_only"]
SECTORS = ["health", "finance", "climate"]
PER_CELL = {l: 4 for l in CORE} | {l: 3 for l in EXTRA_LANGS}
SLOT2TYPE = {"PHONE": "PHONE_NUMBER", "MOBILE": "PHONE_NUMBER", "IBAN": "IBAN_CODE", "CARD": "CREDIT_CARD", "IP": "IP_ADDRESS",
             "IP6": "IP_ADDRESS", "EMAIL": "EMAIL_ADDRESS", "NID": "NATIONAL_ID", "NID2": "NATIONAL_ID", "HIID": "HEALTH_INSURANCE_ID",
             "EHIC": "HEALTH_INSURANCE_ID", "MRN": "MEDICAL_RECORD_NUMBER", "DOB": "DATE_OF_BIRTH", "ADDR": "STREET_ADDRESS"}
PSLOT = re.compile(r"\{(P\d)[:?}]")


def sentences(text):
    n = len(re.findall(r"[.!?;](?=\s|$)", text))
    n += sum(1 for line in text.split("\n") if line.strip() and not re.search(r"[.!?:;]\s*$", line.strip()))
    return max(n, 1)


class PersonFactory:
    def __init__(self, L, pool, rng):
        self.L, self.pool, self.rng = L, pool, rng
        self.real = {tuple(x) for x in pool["real_pairs"]}
        self.used = collections.Counter()

    def make(self, exclude=(), gender=None, required=()):
        rng, L, pool = self.rng, self.L, self.pool
        for _ in range(500):
            g = gender or ("f" if rng.random() < 0.38 else "m")
            first = rng.choice(pool["given_f"] if g == "f" else pool["given_m"])
            if hasattr(L, "make_surname"):
                last = L.make_surname(rng, pool["surnames"])
            else:
                last = rng.choice(pool["surnames"])
            if (first, last) in self.real or last in exclude:
                continue
            if self.used[(first, last)] > 0 and rng.random() < 0.9:
                continue
            forms = L.person_forms(first, last, g)
            if forms is None or any(r not in forms for r in required):
                continue  # language module cannot inflect this combination reliably
            self.used[(first, last)] += 1
            dob = dt.date(1934, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 71))
            p = E.Person(L.CODE, first, forms.get("last_nom", last), g, dob, forms)
            return p
        raise RuntimeError(f"{L.CODE}: cannot make person")


def build():
    rng = random.Random(SEED)
    pools = json.load(open(os.path.join(HERE, "names_pool.json"), encoding="utf-8"))
    docs = []
    odd_toggle = {}
    for lang in LANGS:
        L = importlib.import_module(f"gen.langs.{lang}")
        lrng = random.Random(f"{SEED}-{lang}")
        pf = PersonFactory(L, pools[lang], lrng)
        lang_types = collections.Counter()
        card_cycle = list(range(12, 20)) + [16]
        lrng.shuffle(card_cycle)
        card_i = 0
        for frame in FRAMES:
            n = PER_CELL[lang]
            sectors = SECTORS + [lrng.choice(SECTORS) for _ in range(n - 3)]
            rot = {s: lrng.sample(range(len(L.FRAMES[frame][s])), len(L.FRAMES[frame][s])) for s in SECTORS}
            used_tmpl = collections.Counter()
            cell = []
            for k, sector in enumerate(sectors):
                tmpls = L.FRAMES[frame][sector]
                t = tmpls[rot[sector][used_tmpl[sector] % len(tmpls)]]
                used_tmpl[sector] += 1
                pnames = sorted(set(PSLOT.findall(t)))
                persons = {}
                for pn in pnames:
                    req = set(re.findall(r"\{" + pn + r":(\w+)", t)) - {"t", "age"} - set(getattr(L, "SLOT_FORMS", ()))
                    persons[pn] = pf.make(exclude={p.last for p in persons.values()}, required=req)
                persons["_"] = pf.make(required=set())  # hidden data subject for ids in name-free sentences
                # extras: name-free sentences of the sector (ids and must-keep values)
                extras_pool = list(L.EXTRA[sector])
                lrng.shuffle(extras_pool)
                # prefer extras carrying identifier types that are still rare in this language (coverage)
                def need(c):
                    ts = {SLOT2TYPE[x] for x in re.findall(r"\{([A-Z0-9]+)", c) if x in SLOT2TYPE}
                    return sum(1.0 / (1 + lang_types[x]) for x in ts) + lrng.random() * 0.35
                extras_pool.sort(key=need, reverse=True)
                if lrng.random() < 0.5:  # only half of the documents take the coverage-driven extra first
                    lrng.shuffle(extras_pool)
                else:
                    rest = extras_pool[1:]
                    lrng.shuffle(rest)
                    extras_pool = extras_pool[:1] + rest
                base_n = sentences(t)
                if frame in ("form_label", "signature"):
                    n_extra = lrng.randint(0, 2)
                elif base_n >= 3:
                    n_extra = 1
                else:
                    n_extra = lrng.randint(1, 2)
                # do not repeat the identity fields the frame already carries (a second address, a second DOB, ...)
                uniq = {"ADDR", "DOB", "NID", "NID2", "HIID", "MRN", "DX", "EHIC", "EPO"}
                have = set(re.findall(r"\{([A-Z0-9]+)", t)) & uniq
                chosen = []
                for c in extras_pool:
                    if len(chosen) >= n_extra:
                        break
                    cs = set(re.findall(r"\{([A-Z0-9]+)", c)) & uniq
                    if cs & have:
                        continue
                    chosen.append(c)
                    have |= cs
                need_card = "{CARD" in t or any("{CARD" in c for c in chosen)
                ctx = Ctx(L, lrng, persons, card_length=card_cycle[card_i % len(card_cycle)] if need_card else None)
                if need_card:
                    card_i += 1
                doc = E.Doc()
                if "@@" in t:  # letter body (extras) goes before the closing formula
                    before, after = t.split("@@")
                    segs = [x for x in [before.rstrip(" ")] if x] + chosen
                    for j, seg in enumerate(segs):
                        E.render(("" if j == 0 else " ") + seg, ctx, doc)
                    if segs and after and not after[0].isspace():
                        E.render(" ", ctx, doc)
                    E.render(after, ctx, doc)
                else:
                    E.render(t, ctx, doc)
                    sep = "\n" if frame == "form_label" else " "
                    for c in chosen:
                        E.render(sep + c, ctx, doc)
                text = doc.text()
                rec = {"id": f"{lang}-{frame}-{k + 1:02d}", "lang": lang, "sector": sector, "frame": frame,
                       "split": None, "text": text, "spans": [], "keep": []}
                for s in doc.spans:
                    assert text[s["start"]:s["end"]] == s["_v"], (rec["id"], s)
                    assert s["type"] in E.SPAN_TYPES
                    rec["spans"].append({"start": s["start"], "end": s["end"], "type": s["type"]})
                for s in doc.keeps:
                    assert text[s["start"]:s["end"]] == s["_v"], (rec["id"], s)
                    assert s["kind"] in E.KEEP_KINDS
                    rec["keep"].append({"start": s["start"], "end": s["end"], "kind": s["kind"]})
                cell.append(rec)
                lang_types.update(s["type"] for s in rec["spans"])
            # split: half of every (language, frame) cell to dev, half to test (odd cells alternate)
            order = list(range(len(cell)))
            lrng.shuffle(order)
            # odd cells alternate which split gets the extra document, so every language stays balanced too
            if len(cell) % 2:
                odd_toggle[lang] = not odd_toggle.get(lang, lrng.random() < 0.5)
            n_dev = len(cell) // 2 + (1 if len(cell) % 2 and odd_toggle[lang] else 0)
            for r, i in enumerate(order):
                cell[i]["split"] = "dev" if r < n_dev else "test"
            docs.extend(cell)
    return docs


def self_check(docs):
    problems = []
    seen = set()
    for d in docs:
        assert d["id"] not in seen, d["id"]
        seen.add(d["id"])
        t = d["text"]
        ivs = [(s["start"], s["end"], "S") for s in d["spans"]] + [(k["start"], k["end"], "K") for k in d["keep"]]
        for s, e, _ in ivs:
            if not (0 <= s < e <= len(t)):
                problems.append((d["id"], "range", s, e))
            elif t[s:e] != t[s:e].strip():
                problems.append((d["id"], "whitespace at edge", t[s:e]))
        ivs.sort()
        for a, b in zip(ivs, ivs[1:]):
            if b[0] < a[1]:
                problems.append((d["id"], "overlap", t[a[0]:a[1]], t[b[0]:b[1]]))
        if d["frame"] == "identifiers_only" and any(s["type"] == "PERSON" for s in d["spans"]):
            problems.append((d["id"], "person in identifiers_only"))
        if d["frame"] != "identifiers_only" and not any(s["type"] == "PERSON" for s in d["spans"]):
            problems.append((d["id"], "no person"))
        if not d["keep"]:
            problems.append((d["id"], "no keep value"))
        if "{" in t or "[[" in t or "@@" in t:
            problems.append((d["id"], "unrendered slot", t))
        json.loads(json.dumps(d, ensure_ascii=False))
    cells = collections.Counter((d["lang"], d["frame"]) for d in docs)
    for lang in LANGS:
        for f in FRAMES:
            if cells[(lang, f)] < 2:
                problems.append((lang, f, "missing frame"))
    for (lang, f), n in cells.items():
        dev = sum(1 for d in docs if d["lang"] == lang and d["frame"] == f and d["split"] == "dev")
        if abs(dev - (n - dev)) > 1:
            problems.append((lang, f, "split imbalance"))
    return problems


def stats(docs):
    st = {
        "documents": len(docs),
        "per_lang_split": {l: dict(collections.Counter(d["split"] for d in docs if d["lang"] == l)) for l in LANGS},
        "per_frame": dict(collections.Counter(d["frame"] for d in docs)),
        "per_sector": dict(collections.Counter(d["sector"] for d in docs)),
        "span_types": dict(collections.Counter(s["type"] for d in docs for s in d["spans"]).most_common()),
        "keep_kinds": dict(collections.Counter(k["kind"] for d in docs for k in d["keep"]).most_common()),
        "spans_per_lang": {l: dict(collections.Counter(s["type"] for d in docs if d["lang"] == l for s in d["spans"])) for l in LANGS},
        "keeps_per_lang": {l: dict(collections.Counter(k["kind"] for d in docs if d["lang"] == l for k in d["keep"])) for l in LANGS},
    }
    cards = collections.Counter()
    for d in docs:
        for s in d["spans"]:
            if s["type"] == "CREDIT_CARD":
                cards[len(re.sub(r"\D", "", d["text"][s["start"]:s["end"]]))] += 1
    st["card_lengths"] = dict(sorted(cards.items()))
    return st


def main():
    docs = build()
    problems = self_check(docs)
    if problems:
        for p in problems[:50]:
            print("PROBLEM", p)
        sys.exit(f"{len(problems)} problems")
    with open(os.path.join(HERE, "heldout.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    st = stats(docs)
    json.dump(st, open(os.path.join(HERE, "stats.json"), "w"), indent=1, ensure_ascii=False)
    print(f"documents: {st['documents']}")
    for l in LANGS:
        print(f"  {l}: {st['per_lang_split'][l]}")
    print("span types:", st["span_types"])
    print("keep kinds:", st["keep_kinds"])
    print("card lengths:", st["card_lengths"])
    print("self-check: OK (offsets verified, no span/keep overlaps, every language x frame present, JSON valid)")


if __name__ == "__main__":
    main()
