"""Build a language-ID evaluation set from real human translations on this machine.

    python bench/langid/make_eval.py OUT.jsonl [--corpus /work/corpus/manpages.jsonl]

Sources (nothing machine-translated):
* gettext catalogs under /usr/share/locale/<lang>/LC_MESSAGES/*.mo: the translated UI messages and help
  texts of the installed Debian packages, for all 24 EU languages (`apt-get install` more packages for more).
* the man-page corpus (Debian's translated man pages, 14 languages): paragraphs, minus those a page left in
  English (`in_own_language`).

Writes {id, lang, kind, text} with kind
* snippet: one catalog message of 40-100 characters (placeholders and option names removed): UI strings,
  terse and often half product names, the hardest case,
* sentence: one sentence of 40-100 characters from a man-page paragraph in its page's language: the
  short running text of a note or a log line,
* paragraph: a man-page paragraph of 200-1,500 characters, or a catalog message of 200+ characters,
* mixed: two paragraphs of different languages joined by a blank line; lang is "A+B".
Seeded sampling: at most --per-lang items per language and kind.
"""

from __future__ import annotations

import argparse
import gettext
import json
import random
import re
from collections import defaultdict
from pathlib import Path

from datalab.stages.quality import stop_words

EU = ["bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
      "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"]
_PLACEHOLDER = re.compile(r"%[-#0 +']*\d*(?:\.\d+)?[hlLqjzt]*[diouxXeEfFgGcsp%]|%\d+\$\w|\{\w*\}|<[^>]+>|--?[\w-]+|\\[nt]")
_SPACE = re.compile(r"\s+")


def clean(text: str) -> str:
    return _SPACE.sub(" ", _PLACEHOLDER.sub(" ", text.replace("&", ""))).strip()


_WORDS = re.compile(r"[^\W\d_]+")


def translated(msgid: str, msgstr: str) -> bool:
    """Most of the message's words are not the English source's (product names and half-translated
    messages would be English text labelled with the catalog's language)."""
    source = {w.lower() for w in _WORDS.findall(msgid)}
    words = [w.lower() for w in _WORDS.findall(msgstr)]
    return bool(words) and sum(w in source for w in words) < len(words) / 2


def catalog_messages(lang: str) -> list[str]:
    """Translated messages; for English, the source messages (msgids) of the German catalogs."""
    out = []
    for mo in sorted(Path("/usr/share/locale", "de" if lang == "en" else lang, "LC_MESSAGES").glob("*.mo")):
        try:
            catalog = gettext.GNUTranslations(open(mo, "rb"))._catalog
        except Exception:  # a catalog in an odd encoding or format: skip it
            continue
        for key, value in catalog.items():
            msgid = key[0] if isinstance(key, tuple) else key
            if msgid and isinstance(value, str) and value != msgid and (lang == "en" or translated(msgid, value)):
                out.append(clean(msgid if lang == "en" else value))
    return sorted(set(out))


def in_own_language(para: str, lang: str, min_stop_words: int = 1) -> bool:
    """Translated man pages keep some paragraphs in English: keep a paragraph only if it has more stop
    words of its page's language than English ones, and at least `min_stop_words` of them, so that lists
    of command names and code are not taken for text (spaCy's lists; independent of the model under test)."""
    tokens = [t.lower() for t in re.findall(r"[^\W\d_]+", para)]
    own, english = stop_words(lang), stop_words("en")
    ours = sum(t in own for t in tokens)
    return ours >= min_stop_words and (lang == "en" or ours > sum(t in english for t in tokens))


#: Stop words a 200+ character paragraph needs to count as running text.
PARAGRAPH_STOP_WORDS = 5
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")


def sentences(paragraphs: list[str], lang: str) -> list[str]:
    """The sentences of 40-100 characters in the paragraphs that are in the page's language themselves."""
    return sorted({s for para in paragraphs for s in _SENTENCE_END.split(para) if 40 <= len(s) <= 100 and in_own_language(s, lang)})


def manpage_paragraphs(corpus: Path) -> dict[str, list[str]]:
    out = defaultdict(list)
    if corpus.exists():
        for line in open(corpus, encoding="utf-8"):
            rec = json.loads(line)
            for para in re.split(r"\n\s*\n", rec["text"]):
                para = _SPACE.sub(" ", para).strip()
                if 200 <= len(para) <= 1500 and in_own_language(para, rec["lang"], PARAGRAPH_STOP_WORDS):
                    out[rec["lang"]].append(para)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--corpus", type=Path, default=Path("/work/corpus/manpages.jsonl"))
    ap.add_argument("--per-lang", type=int, default=150)
    args = ap.parse_args()
    rng = random.Random(11)
    man = manpage_paragraphs(args.corpus)
    items = []
    paragraphs = {}
    for lang in EU:
        messages = catalog_messages(lang)
        snippets = [m for m in messages if 40 <= len(m) <= 100]
        paras = man.get(lang, []) + [m for m in messages if len(m) >= 200]
        rng.shuffle(snippets)
        rng.shuffle(paras)
        paragraphs[lang] = paras[: args.per_lang]
        items += [{"lang": lang, "kind": "snippet", "text": t} for t in snippets[: args.per_lang]]
        items += [{"lang": lang, "kind": "paragraph", "text": t} for t in paragraphs[lang]]
    langs = [lang for lang in EU if len(paragraphs[lang]) >= 2]
    for _ in range(args.per_lang):
        a, b = rng.sample(langs, 2)
        items.append({"lang": f"{a}+{b}", "kind": "mixed", "text": rng.choice(paragraphs[a]) + "\n\n" + rng.choice(paragraphs[b])})
    rng = random.Random(12)  # sentences come last, so that the items before them keep their ids
    for lang in EU:
        short = sentences(man.get(lang, []), lang)
        rng.shuffle(short)
        items += [{"lang": lang, "kind": "sentence", "text": t} for t in short[: args.per_lang]]
    with open(args.out, "w", encoding="utf-8") as fh:
        for i, item in enumerate(items):
            fh.write(json.dumps({"id": f"lid-{i:05d}", **item}, ensure_ascii=False) + "\n")
    counts = defaultdict(lambda: defaultdict(int))
    for item in items:
        counts[item["kind"]][item["lang"] if item["kind"] != "mixed" else "mixed"] += 1
    for kind, per in counts.items():
        print(kind, dict(per))


if __name__ == "__main__":
    main()
