"""Build a seeded near-duplicate evaluation set from the man-page corpus, with ground truth from exact Jaccard.

    python bench/dedup/make_eval.py OUT.jsonl [--corpus /work/corpus/manpages.jsonl] [--n 1500]

Writes
  OUT.jsonl        {id, text, base_id, variant}: N base documents (spread over languages, 300-20,000 chars),
                   planted variants (exact, whitespace_punct, word_sub_<p>pct, boilerplate, truncate_<p>pct) and
                   unchanged natural near-duplicates of the bases found in the corpus (variant "natural"),
                   shuffled so that file order says nothing about the planting.
  OUT.truth.jsonl  {id_a, id_b, jaccard} for every pair with exact Jaccard >= 0.7 on
                   `datalab.stages.dedup.shingles()` (word 5-grams of normalised text).

The ground truth is *not* the planting: every pair is measured. Candidate pairs are (a) all pairs inside each
planted family (base, its variants, its natural neighbours) and (b) all pairs that a datasketch MinHashLSH
pass at a low threshold (0.5, 128 permutations) proposes over the whole set; each is verified by exact
Jaccard. Pairs that are neither in a family nor proposed by LSH can be missed, but with a 0.5 LSH threshold
the chance of missing a J >= 0.7 pair is negligible.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from datasketch import MinHash, MinHashLSH

from datalab.config import DedupConfig
from datalab.stages.dedup import shingles

SEED = 7
TRUTH_MIN = 0.7
BOILERPLATE = [
    "This page is part of a documentation archive mirrored for research purposes. Content may be outdated; "
    "please consult the upstream project for the most recent version. Report errors in this mirror to the "
    "archive maintainers, not to the original authors. Last synchronised automatically by the mirror robot.",
    "Cookies help us deliver our services. By using our services, you agree to our use of cookies. You can "
    "change your cookie settings at any time in your browser. See our privacy policy for details on how we "
    "process personal data in accordance with the General Data Protection Regulation.",
    "Copyright notice: redistribution and use in source and binary forms, with or without modification, are "
    "permitted provided that the above copyright notice and this list of conditions are retained in all copies "
    "and substantial portions of the documentation, and that the name of the author is not used to endorse it.",
]
_WS = re.compile(r"[ \t]+")


def jaccard(a: set, b: set) -> float:
    if not a and not b:
        return 1.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


# ---- variants -------------------------------------------------------------------------------------------------
def v_whitespace_punct(text: str, rng: random.Random) -> str:
    """Whitespace and punctuation noise that normalisation erases: doubled spaces/tabs, line breaks turned into
    spaces and back, punctuation swapped for other punctuation, trailing spaces."""
    out = []
    for line in text.split("\n"):
        line = _WS.sub(lambda m: rng.choice([" ", "  ", "\t", " "]), line)
        line = re.sub(r"[,.;:]", lambda m: rng.choice([",", ".", ";", ":", "!"]) if rng.random() < 0.3 else m.group(0), line)
        out.append(line + (" " * rng.randint(0, 3)))
    joiners = ["\n", "\n", "\n\n", " \n"]
    return "".join(seg + rng.choice(joiners) for seg in out).rstrip("\n") + "\n"


def v_word_sub(text: str, rng: random.Random, frac: float, vocab: list[str]) -> str:
    """Substitute a fraction of the whitespace-separated words with random corpus words."""
    parts = re.split(r"(\s+)", text)
    word_idx = [i for i, p in enumerate(parts) if p and not p.isspace()]
    k = max(1, round(frac * len(word_idx)))
    for i in rng.sample(word_idx, min(k, len(word_idx))):
        parts[i] = rng.choice(vocab)
    return "".join(parts)


def v_boilerplate(text: str, rng: random.Random) -> str:
    para = rng.choice(BOILERPLATE)
    return (para + "\n\n" + text) if rng.random() < 0.5 else (text.rstrip() + "\n\n" + para + "\n")


def v_truncate(text: str, frac: float) -> str:
    cut = int(len(text) * (1 - frac))
    space = text.rfind(" ", 0, cut)
    return text[: space if space > cut * 0.9 else cut]


# ---- main -----------------------------------------------------------------------------------------------------
def pick_bases(docs: list[dict], n: int, rng: random.Random) -> list[dict]:
    """Round-robin over languages (each shuffled), so small languages are fully represented."""
    by_lang = defaultdict(list)
    for d in docs:
        by_lang[d["lang"]].append(d)
    langs = sorted(by_lang)
    for lang in langs:
        rng.shuffle(by_lang[lang])
    picked, i = [], 0
    while len(picked) < n and any(by_lang.values()):
        lang = langs[i % len(langs)]
        if by_lang[lang]:
            picked.append(by_lang[lang].pop())
        i += 1
    return picked


def minhash(sh: set[bytes], num_perm: int = 128) -> MinHash:
    m = MinHash(num_perm=num_perm, seed=SEED)
    m.update_batch(list(sh))
    return m


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--corpus", default="/work/corpus/manpages.jsonl")
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--max-natural", type=int, default=3, help="natural neighbours added per base at most")
    args = ap.parse_args(argv)
    rng = random.Random(SEED)
    cfg = DedupConfig()  # the truth's shingles: the defaults (params.yaml restates them), not a lab's choice
    t0 = time.monotonic()

    corpus = [json.loads(line) for line in open(args.corpus, encoding="utf-8")]
    eligible = [d for d in corpus if 300 <= len(d["text"]) <= 20_000]
    print(f"corpus: {len(corpus)} docs, {len(eligible)} with 300-20,000 chars", file=sys.stderr)
    bases = pick_bases(eligible, args.n, rng)
    base_ids = {d["id"] for d in bases}
    vocab = sorted({w for d in rng.sample(eligible, 300) for w in d["text"].split() if w.isalpha() and len(w) > 2})

    # Natural neighbours: LSH over the eligible corpus, candidates verified by exact Jaccard (0.5 <= J).
    sh_corpus = {d["id"]: shingles(d["text"], cfg) for d in eligible}
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    mh_corpus = {}
    for d in eligible:
        mh_corpus[d["id"]] = m = minhash(sh_corpus[d["id"]])
        lsh.insert(d["id"], m)
    print(f"corpus signatures: {time.monotonic() - t0:.1f}s", file=sys.stderr)

    rows: list[dict] = []
    used: set[str] = set(base_ids)
    families: dict[str, list[str]] = {}
    kinds = ["exact", "whitespace_punct", "word_sub", "boilerplate", "truncate"]
    for base in bases:
        fam = [base["id"]]
        rows.append({"id": base["id"], "text": base["text"], "base_id": base["id"], "variant": "base"})
        naturals = []
        for cand in sorted(lsh.query(mh_corpus[base["id"]])):
            if cand != base["id"] and cand not in used and jaccard(sh_corpus[base["id"]], sh_corpus[cand]) >= 0.5:
                naturals.append(cand)
        rng.shuffle(naturals)
        for cand in naturals[: args.max_natural]:
            used.add(cand)
            fam.append(cand)
            text = by_id_text(eligible, cand)
            rows.append({"id": cand, "text": text, "base_id": base["id"], "variant": "natural"})
        # 0-4 planted variants; about a fifth of the bases get none (singletons test precision).
        for k, kind in enumerate(rng.sample(kinds, rng.choice([0, 1, 1, 2, 2, 3, 4]))):
            text, name = base["text"], kind
            if kind == "whitespace_punct":
                text = v_whitespace_punct(text, rng)
            elif kind == "word_sub":
                pct = rng.randint(1, 5)
                text, name = v_word_sub(text, rng, pct / 100, vocab), f"word_sub_{pct}pct"
            elif kind == "boilerplate":
                text = v_boilerplate(text, rng)
            elif kind == "truncate":
                pct = rng.randint(5, 15)
                text, name = v_truncate(text, pct / 100), f"truncate_{pct}pct"
            vid = f"{base['id']}-v{k}"
            fam.append(vid)
            rows.append({"id": vid, "text": text, "base_id": base["id"], "variant": name})
        families[base["id"]] = fam
    rng.shuffle(rows)

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # Ground truth: family pairs + LSH candidate pairs over the whole eval set, all verified exactly.
    sh = {r["id"]: (sh_corpus.get(r["id"]) if r["variant"] in ("base", "natural") else shingles(r["text"], cfg)) for r in rows}
    cands: set[tuple[str, str]] = set()
    for fam in families.values():
        for i in range(len(fam)):
            for j in range(i + 1, len(fam)):
                cands.add(tuple(sorted((fam[i], fam[j]))))
    n_family = len(cands)
    lsh2 = MinHashLSH(threshold=0.5, num_perm=128)
    mh = {}
    for r in rows:
        mh[r["id"]] = mh_corpus.get(r["id"]) if r["variant"] in ("base", "natural") else minhash(sh[r["id"]])
        lsh2.insert(r["id"], mh[r["id"]])
    for r in rows:
        for c in lsh2.query(mh[r["id"]]):
            if c != r["id"]:
                cands.add(tuple(sorted((r["id"], c))))
    truth = []
    for a, b in sorted(cands):
        j = jaccard(sh[a], sh[b])
        if j >= TRUTH_MIN:
            truth.append({"id_a": a, "id_b": b, "jaccard": round(j, 6)})
    truth_path = out.with_suffix("").with_suffix(".truth.jsonl") if out.suffix == ".jsonl" else Path(str(out) + ".truth.jsonl")
    with open(truth_path, "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t) + "\n")

    counts = defaultdict(int)
    for r in rows:
        counts[re.sub(r"_\d+pct$", "", r["variant"])] += 1
    mb = out.stat().st_size / 1e6
    print(f"wrote {out}: {len(rows)} docs ({mb:.1f} MB) from {len(bases)} bases over "
          f"{len({b['lang'] for b in bases})} languages; variants {dict(sorted(counts.items()))}")
    print(f"wrote {truth_path}: {len(truth)} pairs with J >= {TRUTH_MIN} "
          f"({sum(t['jaccard'] >= 0.8 for t in truth)} with J >= 0.8) from {len(cands)} candidates "
          f"({n_family} family pairs); {time.monotonic() - t0:.1f}s")
    return 0


_TEXT_CACHE: dict[int, dict[str, str]] = {}


def by_id_text(docs: list[dict], doc_id: str) -> str:
    cache = _TEXT_CACHE.setdefault(id(docs), {d["id"]: d["text"] for d in docs})
    return cache[doc_id]


if __name__ == "__main__":
    sys.exit(main())
