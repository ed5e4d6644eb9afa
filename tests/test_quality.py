"""Quality filters: each pure function on its own, the sector defaults on realistic terse documents, and
the stage inside `datalab curate` with one ledger reason per filter."""

import pytest

from conftest import REPO, read_dir, write_jsonl
from datalab.config import QualityConfig, load_params
from datalab.curate import curate
from datalab.stages.quality import (
    Doc, alphabetic_words, boilerplate, bullet_lines, check, digit_ratio, duplicate_lines, duplicate_paragraphs,
    ellipsis_lines, mean_word_length, ngram_shares, repeated_ngrams, stop_word_presence, symbol_ratio, word_count,
)

CFG = QualityConfig()
PROSE = ("The patient was admitted with community-acquired pneumonia and treated with intravenous antibiotics "
         "for five days. Her oxygen saturation improved steadily, and she was able to walk without help before "
         "discharge. A follow-up chest X-ray is planned in six weeks, and the family doctor will review the "
         "results together with her blood tests and decide whether the inhaler can be stopped.")


def doc(text, lang="en"):
    return Doc(text, lang)


def test_each_filter_flags_what_it_is_for_and_passes_prose():
    cases = [
        (word_count, "Thanks!"),
        (mean_word_length, "a b c d e f g h i j k l m n o p"),
        (symbol_ratio, "#deal #sale #cheap #shoes #bag #new #hot #win #free #now"),
        (digit_ratio, "4711 0815 2024 1999 3141 5926 5358 9793 2384 6264 3383 2795"),
        (alphabetic_words, "12 | 13 | 14 | 15 | 16 | 17 | x"),
        (duplicate_lines, "Buy now\nBuy now\nBuy now\nBest price\nBuy now"),
        (duplicate_paragraphs, "Same paragraph here.\n\nSame paragraph here.\n\nAnother one.\n\nSame paragraph here."),
        (repeated_ngrams, "click here to win click here to win click here to win click here to win today"),
        (stop_word_presence, " ".join(f"keyword{i} product{i}" for i in range(40))),
        (bullet_lines, "- home\n- news\n- shop\n- contact\n- about"),
        (ellipsis_lines, "Read more...\nSee the offer...\nLatest news…\nOne more line"),
        (boilerplate, "We use cookies to improve your experience.\nAccept all cookies\nPrivacy policy\nNews"),
        (boilerplate, "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."),
    ]
    for rule, bad in cases:
        assert rule(doc(bad), CFG), rule.__name__
        assert rule(doc(PROSE), CFG) is None, rule.__name__


def test_details_carry_statistics_never_text():
    reason, detail = check("#a #b #c #d #e #f", "en", CFG)
    assert reason == "symbol_ratio" and detail == "symbol_ratio=1.00 > 0.1"
    assert check("Buy now\nBuy now\nBuy now\nBest price\nBuy now", "en", CFG) == ("duplicate_lines", "duplicate_lines=0.60 > 0.3")


def test_a_null_threshold_switches_a_filter_off():
    numbers = "4711 0815 2024 1999 3141 5926 5358 9793 2384 6264 3383 2795"
    assert check(numbers, None, CFG)[0] == "digit_ratio"
    off = CFG.model_copy(update={"max_digit_ratio": None, "min_alphabetic_words": None})
    assert check(numbers, None, off) is None


def test_stop_words_use_the_document_language_and_skip_terse_text():
    german = ("Der Patient wurde mit einer Lungenentzündung aufgenommen und fünf Tage lang mit Antibiotika "
              "behandelt. Die Sauerstoffsättigung besserte sich, und er konnte vor der Entlassung ohne Hilfe gehen. "
              "Eine Kontrolle ist in sechs Wochen geplant, danach entscheidet der Hausarzt über die weitere Therapie.")
    cfg = CFG.model_copy(update={"stop_words_from_words": 20})
    assert stop_word_presence(doc(german, "de"), cfg) is None
    assert stop_word_presence(doc(german, "fi"), cfg)  # Finnish stop words do not occur in German prose
    assert stop_word_presence(doc(german, "de"), CFG) is None  # 42 words: under the default 50, not asked
    assert stop_word_presence(doc(german, "mt"), cfg) is None  # no list for Maltese: not checked


@pytest.mark.parametrize("sector, text, lang", [
    ("health", "BP 128/82, afebrile.", "en"),
    ("health", "Hb 13,2 g/dl, Leukozyten 7,8 G/l, CRP < 5 mg/l. Kein Hinweis auf Infekt.", "de"),
    ("health", "Rx: amoxicilline 1 g x 3/j pendant 7 j. Contrôle NFS J+10.", "fr"),
    ("climate", "2024-07-14 06:00 UTC T=18.4 C RH=81 % P=1012.6 hPa wind 240/12 kt rain 0.0 mm", "en"),
    ("climate", "Stazione 0421 | 14/07 | Tmax 33,1 | Tmin 19,8 | prec. 0,0 | raffica 41 km/h", "it"),
    ("climate", "Pluviómetro 17: 12,4 mm entre las 06:00 y las 12:00; caudal del río 35 m3/s, nivel de aviso no alcanzado.", "es"),
    ("finance", "2024-03-05 SEPA CT EUR 12,450.00 ref INV-2024-0311 supplier payment, approved by treasury.", "en"),
    ("finance", "Kredit 4471: DSCR 1,42; LTV 63 %; Covenants eingehalten; nächste Prüfung 09/2025.", "de"),
    ("finance", "Rapport annuel 2023 : chiffre d'affaires de 412 M€ (+6,1 %), marge opérationnelle 11,8 %, dette nette 0,9x l'EBITDA.", "fr"),
])
def test_sector_defaults_keep_terse_realistic_documents(sector, text, lang):
    params = load_params(REPO / "params.yaml").for_sector(sector)
    assert check(text, lang, params.quality) is None


def test_quality_stage_in_curate_rejects_with_its_reasons(tmp_path):
    write_jsonl(tmp_path / "in" / "web.jsonl", [
        {"id": "ok", "text": PROSE},
        {"id": "note", "text": "Patient stable overnight, no fever, continue current medication."},
        {"id": "spam", "text": "#deal #sale #cheap #shoes #bag #new #hot #win #free #now"},
        {"id": "cookies", "text": "We use cookies.\nAccept all cookies\nPrivacy policy\nTerms of use\nHome"},
        {"id": "short", "text": "Thanks!"},
    ])
    manifest = curate([tmp_path / "in"], tmp_path / "out", sector="health", stages="langid,quality")
    assert sorted(read_dir(tmp_path / "out" / "documents").column("id").to_pylist()) == ["note", "ok"]
    rows = {r["id"]: (r["stage"], r["reason"]) for r in read_dir(tmp_path / "out" / "rejected").to_pylist()}
    assert rows == {"spam": ("quality", "symbol_ratio"), "cookies": ("quality", "boilerplate"),
                    "short": ("quality", "word_count")}
    assert manifest["counts"]["rejected_by_stage"] == {"quality": {"boilerplate": 1, "symbol_ratio": 1, "word_count": 1}}


def test_ngram_shares_of_a_batch_are_each_documents_own():
    """The batch is counted together; no n-gram of one document counts in another's figures."""
    texts = ["the cat sat on the mat " * 5, "short text", "a b c d e f g h i j", "the cat sat on a mat and then it left home",
             "x y " * 40, "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod " * 3, ""]
    alone = [ngram_shares([text.lower()])[0] for text in texts]
    assert ngram_shares([text.lower() for text in texts]) == alone
    assert alone[1]["top_2gram_share"] is None and alone[4]["duplicate_10gram_share"] == 1.0
    assert alone[3]["top_2gram_share"] == 0.0 and alone[0]["top_2gram_share"] > 0.25
