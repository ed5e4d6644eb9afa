import hashlib
import re
import subprocess
import sys

import pytest

from conftest import REPO
from datalab.config import PiiConfig
from datalab.errors import DatalabError
from datalab.pii_entities import ENTITIES, NAMES
from datalab.readers import documents_table
from datalab.stages.pii import PiiScrubber, pseudonym, resolve
from datalab.stages.pii.names import NameFinder
from datalab.stages.pii.recognizers import find_national_ids, find_phones, find_simple
from presidio_analyzer import RecognizerResult

# (language, text, values that must be replaced, values that must survive)
DOCS = [
    ("en", "Patient John Smith (john.smith@example.com, +44 20 7946 0958) was discharged on metformin 500 mg; E11.9. "
           "Born 12 March 1961, lives at 221B Baker Street, London NW1 6XE. MRN: 00482913.",
     ["John Smith", "john.smith@example.com", "7946 0958", "12 March 1961", "Baker Street", "00482913"],
     ["metformin 500 mg", "E11.9"]),
    ("de", "Herr Hans Müller, geb. 12.03.1961, wohnhaft Hauptstraße 12, 10115 Berlin, Versichertennummer A123456789, "
           "Tel. 030 12345678, IBAN DE89 3704 0044 0532 0130 00. Diagnose E11.9, HbA1c 7,2 %, Messung am 14.07.2023.",
     ["Hans Müller", "12.03.1961", "Hauptstraße 12", "A123456789", "030 12345678", "DE89 3704 0044 0532 0130 00"],
     ["E11.9", "HbA1c 7,2 %", "14.07.2023"]),
    ("fr", "M. Jean Dupont, né le 12/03/1961, demeurant 5 rue de la Paix, 75002 Paris, NIR 2 95 10 99 126 111 93, "
           "téléphone 06 12 34 56 78. Traitement : metformine 500 mg.",
     ["Jean Dupont", "12/03/1961", "rue de la Paix", "2 95 10 99 126 111 93", "06 12 34 56 78"], ["metformine 500 mg"]),
    ("pl", "Pacjentka Anna Kowalska, ur. 12.03.1961, ul. Długa 5/7, 00-238 Warszawa, PESEL 44051401359. "
           "Lekarz prowadzący: dr Piotr Nowak. Kwota 1 250,00 PLN, ISIN PL0000500104.",
     ["Anna Kowalska", "12.03.1961", "Długa 5/7", "44051401359", "Piotr Nowak"], ["1 250,00 PLN", "PL0000500104"]),
    ("el", "Ο ασθενής Γιώργος Παπαδόπουλος, ΑΜΚΑ 12036112345, Οδός Ερμού 25, 105 63 Αθήνα, τηλ. +30 210 1234567. "
           "Ποσό 12.500,00 EUR.",
     ["Γιώργος Παπαδόπουλος", "12036112345", "Ερμού 25", "+30 210 1234567"], ["12.500,00 EUR"]),
    ("bg", "Пациентът Иван Петров, ЕГН 7501020018, ул. „Витоша“ 15, 1000 София. Станция WMO 15614, 42.65 N.",
     ["Иван Петров", "7501020018", "Витоша"], ["WMO 15614", "42.65 N"]),
    ("sv", "Patienten Karin Lindqvist, personnummer 811228-9874, Storgatan 8, 111 23 Stockholm, kort 4111 1111 1111 1111.",
     ["Karin Lindqvist", "811228-9874", "Storgatan 8", "4111 1111 1111 1111"], []),
    ("it", "Il paziente Mario Rossi, CF RSSMRA85T10A562S, Via Roma 21, 00184 Roma, accesso da 192.168.10.24. "
           "LEI 529900T8BM49AURSDO55, ATC A10BA02.",
     ["Mario Rossi", "RSSMRA85T10A562S", "Via Roma 21", "192.168.10.24"], ["529900T8BM49AURSDO55", "A10BA02"]),
]


@pytest.fixture(scope="module")
def scrubber():
    stage = PiiScrubber(PiiConfig())
    stage.setup()
    return stage


@pytest.mark.parametrize("lang,text,planted,keep", DOCS, ids=[d[0] for d in DOCS])
def test_planted_values_are_replaced_and_sector_values_survive(scrubber, lang, text, planted, keep):
    (scrubbed, counts), = scrubber.scrub([text], [lang])
    for value in planted:
        assert value not in scrubbed, value
    for value in keep:
        assert value in scrubbed, value
    assert sum(counts.values()) >= len(planted) - 1  # an address may hold a street and a postcode in one span


def test_national_ids_need_valid_check_digits():
    assert [r.entity_type for r in find_national_ids("PESEL 44051401359", "pl")] == ["NATIONAL_ID"]
    assert list(find_national_ids("PESEL 44051401358", "pl")) == []  # wrong check digit
    assert list(find_national_ids("Station 10381, 52.52 N", "de")) == []


def test_phones_are_validated_and_dates_are_not_phones():
    assert len(list(find_phones("Tel. 030 12345678", "de"))) == 1
    assert list(find_phones("Messung 14.07.2023, Zeitraum 1984-2021, Werte 5 6 7 8 9 10", "de")) == []


def test_names_from_cues_gazetteer_and_order():
    find = lambda lang, text: [text[r.start:r.end] for r in NameFinder(lang).find(text)]  # noqa: E731
    assert find("de", "Wenn Sie Fehler finden, melden Sie diese der Mailingliste der Übersetzer.") == []
    assert find("pl", "Formularz: KOWALSKI Jan, zam. w Krakowie.") == ["KOWALSKI Jan"]
    assert find("de", "Antragsteller: Müller, Hans") == ["Müller, Hans"]
    assert find("sl", "Poročilo je podpisala ga. Mojca Zupančič.") == ["Mojca Zupančič"]


def test_overlaps_resolve_to_the_more_certain_kind():
    chosen = resolve([RecognizerResult("PERSON", 0, 10, 0.85), RecognizerResult("STREET_ADDRESS", 0, 14, 0.8),
                      RecognizerResult("IBAN_CODE", 20, 42, 1.0), RecognizerResult("PHONE_NUMBER", 24, 34, 1.0)])
    assert [(c.entity_type, c.start) for c in chosen] == [("STREET_ADDRESS", 0), ("IBAN_CODE", 20)]


def test_pseudonyms_are_consistent_keyed_and_use_the_labs_key(monkeypatch, tmp_path):
    monkeypatch.delenv("DATALAB_PSEUDONYM_KEY", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    PiiScrubber(PiiConfig(operator="pseudonym")).setup()  # no key configured: the lab's key file is created
    assert (tmp_path / "datalab" / "pseudonym.key").stat().st_mode & 0o777 == 0o600
    with pytest.raises(DatalabError, match="cannot be read"):
        PiiScrubber(PiiConfig(operator="pseudonym", pseudonym_key_file=str(tmp_path / "missing.key"))).setup()
    monkeypatch.setenv("DATALAB_PSEUDONYM_KEY", "release-2026-secret")
    stage = PiiScrubber(PiiConfig(operator="pseudonym"))
    out = stage.scrub(["Herr Hans Müller kam.", "Später rief Herr Hans  Müller an."], ["de", "de"])
    token = pseudonym(b"release-2026-secret", "PERSON", "Hans Müller")
    assert token in out[0][0] and token in out[1][0] and "Müller" not in out[0][0] + out[1][0]
    assert token != pseudonym(b"other-key", "PERSON", "Hans Müller")


def test_process_counts_types_and_rejects_dense_documents(scrubber):
    dense = "anna@example.eu, piotr@example.pl, maria@example.es"
    rows = [*[(lang, text) for lang, text, _, _ in DOCS], ("en", dense)]
    batch = documents_table([{"id": str(i), "text": t, "sector": "finance", "source": "s", "source_uri": "s.jsonl",
                              "locator": i + 1, "run_id": "r", "lang": lang} for i, (lang, t) in enumerate(rows)])
    dense_stage = PiiScrubber(PiiConfig(max_density=50))
    dense_stage.setup()
    kept, rejected = dense_stage.process(batch)
    assert kept.num_rows == len(DOCS) and rejected.column("reason").to_pylist() == ["pii_density"]
    assert "@" not in rejected.column("detail")[0].as_py()
    pii = dict(kept.column("pii")[1].as_py())
    assert pii["IBAN_CODE"] == 1 and pii["PHONE_NUMBER"] == 1 and pii["PERSON"] == 1
    texts = kept.column("text").to_pylist()
    assert kept.column("text_sha256").to_pylist() == [hashlib.sha256(t.encode()).hexdigest() for t in texts]


def test_metadata_values_are_scrubbed_with_the_field_name_as_cue(scrubber):
    meta = '{"patient_name": "Anna Nowak", "phone": "+48 601 234 567", "ward": "3B", "refs": [{"email": "a.b@example.com"}]}'
    (scrubbed, counts), (none, empty) = scrubber.scrub_metadata([meta, None], ["pl", "en"])
    assert "Nowak" not in scrubbed and "601 234" not in scrubbed and "a.b@example.com" not in scrubbed
    assert '"ward": "3B"' in scrubbed and none is None and not empty
    assert counts == {"PERSON": 1, "PHONE_NUMBER": 1, "EMAIL_ADDRESS": 1}


def test_the_entity_registry_is_what_config_resolve_and_operators_use(monkeypatch):
    """`datalab/pii_entities.py` is the one list: config accepts exactly its names (default: all, in its
    order), `resolve` ranks by its priorities, and `setup()` builds an operator for exactly the configured
    types."""
    assert PiiConfig().entities == [e.name for e in ENTITIES] and len(set(NAMES)) == len(NAMES)
    with pytest.raises(ValueError, match="Input should be 'PERSON'"):
        PiiConfig(entities=["PERSON", "PASSPORT"])
    lowest = min(ENTITIES, key=lambda e: e.priority)
    highest = max(ENTITIES, key=lambda e: e.priority)
    overlapping = [RecognizerResult(highest.name, 0, 30, 1.0), RecognizerResult(lowest.name, 5, 10, 1.0)]
    assert [f.entity_type for f in resolve(overlapping)] == [lowest.name]  # the shorter span wins on priority
    monkeypatch.setenv("DATALAB_PSEUDONYM_KEY", "test-key")
    for operator in ("placeholder", "pseudonym"):
        stage = PiiScrubber(PiiConfig(entities=["EMAIL_ADDRESS", "PERSON"], operator=operator, ner_models={}))
        stage.setup()
        assert set(stage.operators) == {"EMAIL_ADDRESS", "PERSON"}


def test_placeholders_are_presidios_defaults_so_outputs_stay_the_same():
    """The registry's placeholder text is exactly what presidio's plain `replace` writes (the operator
    before the registry), for every type: scrubbed outputs of earlier releases stay byte-identical."""
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import OperatorConfig

    engine = AnonymizerEngine()
    text = "value: 0123456789 end"
    for entity in ENTITIES:
        found = [RecognizerResult(entity.name, 7, 17, 1.0)]
        plain = engine.anonymize(text, found, operators={"DEFAULT": OperatorConfig("replace")}).text
        assert plain == f"value: {entity.placeholder} end"
    stage = PiiScrubber(PiiConfig(ner_models={}))
    (scrubbed, _), = stage.scrub(["Write to anna.kowalska@example.pl today."], ["en"])
    assert scrubbed == "Write to <EMAIL_ADDRESS> today."


def test_config_validates_entities_without_importing_presidio():
    code = "import sys, datalab.config; assert not [m for m in sys.modules if m.startswith(('presidio', 'spacy'))]"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_readme_names_only_registered_entity_types():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    placeholders = set(re.findall(r"<([A-Z][A-Z_]+[A-Z])(?:_[0-9a-f]{10})?>", readme))
    assert placeholders and placeholders <= set(NAMES)


def test_an_address_ends_before_the_clause_that_follows_it():
    from datalab.stages.pii.context import find_in_context

    def addresses(lang, text):
        return [text[f.start:f.end] for f in resolve(list(find_in_context(text, lang))) if f.entity_type == "STREET_ADDRESS"]

    assert addresses("de", "Die Patientin, wohnhaft Lindenring 12/4, aufgenommen wegen Pneumonie (J18.9), wurde entlassen.") == [
        "Lindenring 12/4"]
    assert addresses("pl", "zam. ul. Długa 5a m. 3, 00-238 Warszawa, przyjęta z powodu zapalenia płuc") == [
        "ul. Długa 5a m. 3, 00-238 Warszawa"]
    assert addresses("it", "residente in Via Roma 10/B, 20121 Milano (MI), ricoverata") == ["Via Roma 10/B, 20121 Milano (MI)"]
    assert addresses("de", "Patientin wohnhaft Lindenring 12a, 10115 Berlin, Diagnose J18.9 bestätigt.") == [
        "Lindenring 12a, 10115 Berlin"]
    assert addresses("de", "geboren 1989, wohnhaft in München. Bitte erstatten Sie 40 € auf mein Konto.") == []
    # no street word needed when a house number, a postcode and a town follow; a year is not a house number
    assert addresses("cs", "Trvalé bydliště: Zahradní 5, 370 01 České Budějovice.") == ["Zahradní 5, 370 01 České Budějovice"]
    assert addresses("de", "Im Garten des Beobachters, Im Winkel 134, 50667 Köln.") == ["Im Winkel 134, 50667 Köln"]
    assert addresses("de", "Messung 2024, 10115 Berlin meldete Regen.") == []


def test_addresses_in_the_shapes_of_each_country():
    from datalab.stages.pii.context import find_in_context

    def addresses(lang, text):
        return [text[f.start:f.end] for f in resolve(list(find_in_context(text, lang))) if f.entity_type == "STREET_ADDRESS"]

    # languages without an entry of their own: street words, cues, postcodes and flat parts of each
    assert addresses("cs", "Bydliště: náměstí Svobody 12, 602 00 Brno. Diagnóza I10.") == ["náměstí Svobody 12, 602 00 Brno"]
    assert addresses("cs", "Pacientka bytem Lipová 1234/5b, přijata pro zápal plic.") == ["Lipová 1234/5b"]
    assert addresses("hu", "Lakcím: Andrássy út 45, felvétel oka: J18.9") == ["Andrássy út 45"]
    assert addresses("hu", "Lakcím: 1052 Budapest, Petőfi Sándor utca 7. 2. em. 5, felvétel oka: tüdőgyulladás.") == [
        "1052 Budapest, Petőfi Sándor utca 7. 2. em. 5"]
    assert addresses("ro", "Adresa: Bd. Unirii nr. 15, bl. A3, sc. 2, et. 4, ap. 56, 030167 București.") == [
        "Bd. Unirii nr. 15, bl. A3, sc. 2, et. 4, ap. 56, 030167 București"]
    assert addresses("pt", "residente na Avenida de Roma, n.º 45, 3.º Esq., 1700-342 Lisboa, internado por pneumonia.") == [
        "Avenida de Roma, n.º 45, 3.º Esq., 1700-342 Lisboa"]
    assert addresses(None, "Aadress: Pärnu mnt 22, 10141 Tallinn.") == ["Pärnu mnt 22, 10141 Tallinn"]
    # Danish and Norwegian (which borrows the Danish cues); a genitive or an adjective before a separate street word
    assert addresses("da", "Patienten, bosat Vesterbrogade 12, 2. th., 1620 København V, indlagt med lungebetændelse.") == [
        "Vesterbrogade 12, 2. th., 1620 København V"]
    assert addresses("da", "Han bor på Østervej 4B og arbejder i byen.") == ["Østervej 4B"]
    assert addresses("da", "Stationen står på Karl Johans gate 22, 0159 Oslo.") == ["Karl Johans gate 22, 0159 Oslo"]
    assert addresses("de", "Die Station steht in der Frankfurter Allee 112, 10247 Berlin.") == ["Frankfurter Allee 112, 10247 Berlin"]
    # the town before the street; number, comma, street; "bis"; flat parts
    assert addresses("bg", "Адрес: гр. Пловдив 4000, ул. „Гладстон“ № 12, ет. 3, ап. 7.") == [
        "гр. Пловдив 4000, ул. „Гладстон“ № 12, ет. 3, ап. 7"]
    assert addresses("fr", "Demeurant 12 bis, rue des Lilas, 69003 Lyon, hospitalisé pour pneumonie.") == [
        "12 bis, rue des Lilas, 69003 Lyon"]
    assert addresses("es", "Domicilio: C/ Mayor, 5, 3.º dcha., 28013 Madrid") == ["C/ Mayor, 5, 3.º dcha., 28013 Madrid"]
    assert addresses("nl", "Meetpunt in de tuin, Lindegracht 7 bis, 1015 KD Amsterdam.") == ["Lindegracht 7 bis, 1015 KD Amsterdam"]
    assert addresses("it", "Il pluviometro è in Via della Spiga 8, scala B, interno 4, 20121 Milano.") == [
        "Via della Spiga 8, scala B, interno 4, 20121 Milano"]
    assert addresses("en", "The gauge stands at Flat 2, 14 Elm Green, Cork T12 X8Y4.") == ["Flat 2, 14 Elm Green, Cork T12 X8Y4"]
    assert addresses("sl", "Adresa stanovanja: Ulica kralja Zvonimira 14, 10000 Zagreb, primljen 5. 3.") == [
        "Ulica kralja Zvonimira 14, 10000 Zagreb"]
    # a house letter before a line break or a flat abbreviation; "hs"; Dublin districts; a flat before the number
    assert addresses("nl", "Met vriendelijke groet,\nJoost Smit\nBeukenweg 9C\n3521 AB  UTRECHT") == ["Beukenweg 9C\n3521 AB  UTRECHT"]
    assert addresses("pl", "Proszę o wysyłkę na ul. Lipowa 12 m. 4, 31-010 Kraków.") == ["ul. Lipowa 12 m. 4, 31-010 Kraków"]
    assert addresses("nl", "Woonadres: Dorpsstraat 14 hs, 1234 AB Ergens") == ["Dorpsstraat 14 hs, 1234 AB Ergens"]
    assert addresses("en", "Home address: 4 Elm Grove, Dublin 6W, D6W Y2K8\nPhone") == ["4 Elm Grove, Dublin 6W, D6W Y2K8"]
    assert addresses("fr", "Adresse de la patiente : Appt 4, 9 rue des Vignes, 21000 Dijon") == ["Appt 4, 9 rue des Vignes, 21000 Dijon"]
    assert addresses("el", "Στοιχεία: Ερμού 12, ΤΚ 546 24, Θεσσαλονίκη, τηλ.") == ["Ερμού 12, ΤΚ 546 24, Θεσσαλονίκη"]
    # no street after a sentence end nor in "u." for "und"; the name on the line above is no part of one
    assert addresses("de", "Der Weg ist 5 km lang. Professor 5 Jahre. Herr Meier u. 2 Kinder.") == []
    assert addresses("fr", "la route est 5 km plus loin; place pour 3 personnes") == []
    assert addresses("sv", "Med vänlig hälsning\nAnna Berg\nStorgatan 3, 111 22 Stockholm") == ["Storgatan 3, 111 22 Stockholm"]


def test_a_number_after_a_phone_cue_is_a_phone_and_cards_of_every_length_in_a_card_context():
    phones = lambda lang, text: [text[f.start:f.end] for f in find_phones(text, lang)]  # noqa: E731
    assert phones("de", "Rückfragen: Tel.: 4567, Durchwahl -234.") == ["4567", "234"]
    assert phones("fr", "Tél. 12.03.2024 : rendez-vous annulé") == []  # a date after the cue stays a date
    cards = lambda text: [text[f.start:f.end] for f in find_simple(text) if f.entity_type == "CREDIT_CARD"]  # noqa: E731
    assert cards("Zahlung mit Karte 5018 0000 0009, Betrag 12,00 EUR") == ["5018 0000 0009"]  # 12-digit Maestro
    assert cards("Rechnung 501800000009 vom 3. März") == []  # no card context: an invoice number
    assert cards("Zapłacono kartą 5018 0000 0009 wczoraj.") == ["5018 0000 0009"]  # a declined card word
    assert cards("Az 5018 0000 0009 számú kártya letiltva.") == ["5018 0000 0009"]  # the card word after it
    assert phones("de", "Tel. privat 0301 234567, sonst per Post.") == ["0301 234567"]
    assert phones("pl", "Tel. domowy 22 123 45") == ["22 123 45"]  # a word between cue and number: five digits
    assert phones("en", "Telephone support since 2019 was slow.") == []


def test_a_reference_number_is_not_a_phone_number():
    phones = lambda lang, text: [text[f.start:f.end] for f in find_phones(text, lang)]  # noqa: E731
    assert phones("fr", "Appelez le 04 72 12 34 56.") == ["04 72 12 34 56"]
    assert phones("fr", "La facture 0472123456 est payée.") == []
    assert phones("pl", "Umowa nr 612/03/2024 została podpisana.") == []


def test_a_word_for_an_institution_or_a_landform_before_a_name_makes_it_a_place():
    names = lambda lang, text: [text[f.start:f.end] for f in NameFinder(lang).find(text)]  # noqa: E731
    assert names("pt", "Internado no Hospital Amadeu Pinheiro desde ontem.") == []
    assert names("de", "Das Heinrich-Hertz-Institut meldete Messwerte.") == []
    assert names("it", "Stazione di Capo Bellavista, vento forte.") == []
    assert names("pt", "A doente Amélia Pinheiro foi internada.") == ["Amélia Pinheiro"]


def test_national_ids_of_the_other_eu_languages_by_their_check_digits():
    assert [(lang, r.entity_type) for lang, text in (
        ("cs", "Rodné číslo: 440603965."), ("sk", "rodné číslo 9851031355"), ("da", "CPR-nr.: 040675-1132."),
        ("hr", "OIB: 21971774956."), ("ro", "CNP 1731228123656"), ("hu", "Adóazonosító jel: 8322764235."))
        for r in find_national_ids(text, lang)] == [
        ("cs", "NATIONAL_ID"), ("sk", "NATIONAL_ID"), ("da", "NATIONAL_ID"), ("hr", "NATIONAL_ID"), ("ro", "NATIONAL_ID"),
        ("hu", "NATIONAL_ID")]
    assert list(find_national_ids("OIB: 21971774957.", "hr")) == []  # wrong check digit


def test_the_name_after_a_closing_formula_is_the_writers():
    find = lambda lang, text: [text[r.start:r.end] for r in NameFinder(lang).find(text)]  # noqa: E731
    assert find("de", "Bitte um Rückmeldung.\n\nMit freundlichen Grüßen\nUrs Stoeggl\nSparkasse Hannover") == ["Urs Stoeggl"]
    assert find("pl", "Z poważaniem\ndr Halina Wąsik-Brzęk\nSzpital Wojewódzki") == ["Halina Wąsik-Brzęk"]
    assert find("hu", "Tisztelettel:\nKovács Anna") == ["Kovács Anna"]
    assert find("de", "Mit freundlichen Grüßen\nKlinikum Nord\n") == []  # an institution signs
    assert find("de", "Viele Grüße\nIhr Praxisteam\n") == []  # a group signs


def test_declined_first_names_and_profiles_of_the_other_eu_languages():
    find = lambda lang, text: [text[r.start:r.end] for r in NameFinder(lang).find(text)]  # noqa: E731
    assert find("pl", "Umowę podpisano z Katarzyną Wilkoń w czwartek.") == ["Katarzyną Wilkoń"]
    assert find("el", "Η αναφορά στάλθηκε στον Γιάννη Ζερβουδάκη χθες.") == ["Γιάννη Ζερβουδάκη"]
    assert find("cs", "Vyšetření provedla MUDr. Hana Strnadová dopoledne.") == ["Hana Strnadová"]
    assert find("hu", "A kérelmet Tóth Zoltán nyújtotta be tegnap.") == ["Tóth Zoltán"]
    assert find("ro", "Dosarul a fost preluat de doamna Ilinca Vârtosu.") == ["Ilinca Vârtosu"]


def test_word_frequencies_tell_names_from_ordinary_words():
    find = lambda lang, text: [text[r.start:r.end] for r in NameFinder(lang).find(text)]  # noqa: E731
    # two capitalised words that are no words of the language, nor of English: an unknown name
    assert find("nl", "Gisteren belde Wietse Zondervaart over de meting.") == ["Wietse Zondervaart"]
    # ordinary words of the language (declined or compounded) are not
    assert find("el", "Μεταφέρθηκε στην Καρδιολογική Μονάδα του νοσοκομείου.") == []
    # a common word before a known first name is not part of the name
    assert find("sl", "Včeraj Marko Zupan ni prišel.") == ["Marko Zupan"]
    # a kind of place before the capitalised words: a place
    assert find("pl", "Pomiar na stacji Śnieżne Kotły wykonano rano.") == []


def test_the_next_name_of_a_list_and_a_bilingual_closing():
    find = lambda lang, text: [text[r.start:r.end] for r in NameFinder(lang).find(text)]  # noqa: E731
    assert find("it", "Hanno firmato Giulia Ferraro e Ornella Tavazzi.") == ["Giulia Ferraro", "Ornella Tavazzi"]
    assert find("hu", "Üdv.\n\nBest regards / Üdvözlettel:\nDr. Wendl Ottokár\n") == ["Wendl Ottokár"]
    # the next line of a form says nothing about the name above it
    assert find("de", "Beobachterin: Helga Brandauer\nStation: Zugspitze") == ["Helga Brandauer"]


def test_streets_named_after_dates_towns_before_streets_and_foreign_streets():
    from datalab.stages.pii.context import find_in_context

    def addresses(lang, text):
        return [text[f.start:f.end] for f in resolve(list(find_in_context(text, lang)), text)
                if f.entity_type == "STREET_ADDRESS"]

    # streets named after a date, in several scripts; a year after the name when "nr." follows
    assert addresses("pl", "Mieszka przy ul. 11 Listopada 8, 05-800 Pruszków, od roku.") == ["ul. 11 Listopada 8, 05-800 Pruszków"]
    assert addresses("ro", "Domiciliul: Str. 1 Decembrie 1918 nr. 33, 510001 Alba Iulia.") == [
        "Str. 1 Decembrie 1918 nr. 33, 510001 Alba Iulia"]
    assert addresses("el", "Μένει στην 25ης Μαρτίου 17, 546 45 Θεσσαλονίκη, από πέρσι.") == ["25ης Μαρτίου 17, 546 45 Θεσσαλονίκη"]
    assert addresses("el", "Η επέτειος της 28ης Οκτωβρίου 1940 γιορτάζεται.") == []
    # a postcode that looks like a year before the town and the street; a Romanian sector; quoted estates
    assert addresses("hu", "Levelezési cím: 2030 Érd, Fő utca 12. 1. em. 3. ajtó; kérjük.") == [
        "2030 Érd, Fő utca 12. 1. em. 3. ajtó"]
    assert addresses("ro", "Adresa: Calea Dorobanților nr. 9, Sector 1, București 010551, tel.") == [
        "Calea Dorobanților nr. 9, Sector 1, București 010551"]
    assert addresses("bg", "Адрес: ж.к. „Тракия 2“, бл. 45, вх. Б, ет. 3, ап. 9, 4023 Пловдив.") == [
        "ж.к. „Тракия 2“, бл. 45, вх. Б, ет. 3, ап. 9, 4023 Пловдив"]
    # two addresses in one sentence, the town of the first followed by a preposition and the second
    assert addresses("ro", "Mutat de la Str. Lungă nr. 4, 500035 Brașov la Str. Mare nr. 7, 550163 Sibiu ieri.") == [
        "Str. Lungă nr. 4, 500035 Brașov", "Str. Mare nr. 7, 550163 Sibiu"]
    assert addresses("pt", "Mudou-se da Rua Direita, 14, 2.º Esq., 3500-116 Viseu para Lisboa.") == [
        "Rua Direita, 14, 2.º Esq., 3500-116 Viseu"]
    # a street of another language, in lower case, when its postcode and town follow
    assert addresses("de", "Sie zog am 3. Mai nach ul. Polna 7, 60-535 Poznań um.") == ["ul. Polna 7, 60-535 Poznań"]
    assert addresses("it", "Spedire a (8 rue du Moulin, 44000 Nantes) entro venerdì.") == ["8 rue du Moulin, 44000 Nantes"]
    # no street word, a postcode after the town: Latvian; a flat line between the street and the postcode line
    assert addresses("lv", "Adresāts: Brīvības 120, dz. 5, Rīga, LV-1012") == ["Brīvības 120, dz. 5, Rīga, LV-1012"]
    assert addresses("hr", "Primatelj:\nLindenweg 4\n2. OG rechts\n80331 München") == ["Lindenweg 4\n2. OG rechts\n80331 München"]
    # a Maltese street with its number first and no number after it
    assert addresses(None, "Ikkuntattjana (“7, Triq il-Fosos, Il-Mellieħa MLH 1010”) malajr.") == [
        "7, Triq il-Fosos, Il-Mellieħa MLH 1010"]
    # the town alone after the street, where the sentence or the clause ends; not a noun and its number
    assert addresses("sv", "Brevet till Kvarngatan 12, Uppsala – obetald faktura – kom tillbaka.") == ["Kvarngatan 12, Uppsala"]
    assert addresses("de", "Die Messstelle liegt Am Anger 3, 04109 Leipzig, Messwert 42 mg/l.") == ["Am Anger 3, 04109 Leipzig"]
    # house letters in other scripts and glued before a floor; floors and sides in each country's words
    assert addresses("bg", "Живее на ул. „Опълченска“ 38Б, ет. 2, 1303 София.") == ["ул. „Опълченска“ 38Б, ет. 2, 1303 София"]
    assert addresses("sv", "Ny adress: Kvarngatan 17B 1 tr ö.g., 753 20 Uppsala") == ["Kvarngatan 17B 1 tr ö.g., 753 20 Uppsala"]
    assert addresses("fr", "Sinistre au 4 bis quai des Tanneurs, 5e étage, 67000 Strasbourg (relevé à 9 h).") == [
        "4 bis quai des Tanneurs, 5e étage, 67000 Strasbourg"]
    assert addresses("es", "Vive en C/ Real, 8, ático. 46001 Valencia desde marzo.") == ["C/ Real, 8, ático. 46001 Valencia"]
    assert addresses("lv", "Viņa dzīvo Skolas ielā 4 k-2, dz. 7, Rīga, LV-1010.") == ["Skolas ielā 4 k-2, dz. 7, Rīga, LV-1010"]
    assert addresses("lt", "Ji gyvena Liepų g. 9, 2 a., bt. 4, LT-44280 Kaunas.") == ["Liepų g. 9, 2 a., bt. 4, LT-44280 Kaunas"]
    assert addresses("mt", "Jgħix f'Nru 14, Triq il-Ġnien, Ħal Qormi QRM 2012.") == ["Nru 14, Triq il-Ġnien, Ħal Qormi QRM 2012"]
    # after a cue: an abbreviated title in the street's name, a street named with a preposition, a name in lower case
    assert addresses("sk", "Byt si pozriete na adrese Gen. Svobodu 12, zvonček pri dverách.") == ["Gen. Svobodu 12"]
    assert addresses("cs", "Dlužník je veden s adresou Pod Hájem 7, Olomouc; dluh trvá.") == ["Pod Hájem 7, Olomouc"]
    assert addresses("sl", "Bolnik (Cesta herojev 12, 3. nadstropje; tel. ni znan) je bil sprejet.") == [
        "Cesta herojev 12, 3. nadstropje"]
    # an address that runs into a phone number on the next line keeps the lines before it
    assert addresses("es", "Pilar Soto\nC/ Ancha n.º 3, 2º-A\n37001 Salamanca\nTel. 923 12 34 56") == [
        "C/ Ancha n.º 3, 2º-A\n37001 Salamanca"]


def test_extensions_flat_parts_and_towns_belong_to_the_number_or_address_before_them():
    from datalab.stages.pii.context import find_in_context

    def found(kind, lang, text):
        return [text[f.start:f.end] for f in resolve([*find_in_context(text, lang), *find_phones(text, lang)])
                if f.entity_type == kind]

    assert found("PHONE_NUMBER", "de", "Rückruf unter 030 12345678, Durchwahl 245 erbeten.") == ["030 12345678, Durchwahl 245"]
    assert found("PHONE_NUMBER", "fr", "Joignable au 01 42 34 56 78 (poste 12).") == ["01 42 34 56 78 (poste 12)"]
    assert found("STREET_ADDRESS", "cs", "Adresa: Vinohradská 1511/230, byt č. 12, 100 00 Praha 10. Diagnóza I10.") == [
        "Vinohradská 1511/230, byt č. 12, 100 00 Praha 10"]
    assert found("STREET_ADDRESS", "sv", "Mottagare:\nEva Berg\nStorgatan 12, 3 tr\n411 38 Göteborg\n") == [
        "Storgatan 12, 3 tr\n411 38 Göteborg"]
    assert found("STREET_ADDRESS", "de", "PLZ / Ort: 80331 München\nBeruf: Lehrerin") == ["80331 München"]
    assert found("STREET_ADDRESS", "cs", "Adresa: Školní č. p. 412, byt č. 3, 370 01 České Budějovice") == [
        "Školní č. p. 412, byt č. 3, 370 01 České Budějovice"]
    assert found("STREET_ADDRESS", "da", "Han bor på Østervej 4B og arbejder i byen.") == ["Østervej 4B"]  # "og" is "and"
    assert found("STREET_ADDRESS", "ro", "Pacientul locuiește pe strada Florilor nr. 12, 400114 Cluj-Napoca.") == [
        "strada Florilor nr. 12, 400114 Cluj-Napoca"]
    # what stands before the street: flats, blocks, a house number with its comma, a house name, a residence
    assert found("STREET_ADDRESS", "en", "Delivered to Unit 3, Block D, 27 Harbour Road, Cork, T12 X8F4 on Monday.") == [
        "Unit 3, Block D, 27 Harbour Road, Cork, T12 X8F4"]
    assert found("STREET_ADDRESS", "mt", "L-uffiċċju jinsab f'14, Triq San Pawl, Ħaż-Żebbuġ ZBG 1301.") == [
        "14, Triq San Pawl, Ħaż-Żebbuġ ZBG 1301"]
    assert found("STREET_ADDRESS", "fr", "Livraison :\nMme Claire Petit\nRésidence Le Parc, Bât. C\n12 rue des Lilas\n31000 Toulouse") == [
        "Résidence Le Parc, Bât. C\n12 rue des Lilas\n31000 Toulouse"]
    # a line of flat parts between the street and the postcode line; a Hungarian envelope
    assert found("STREET_ADDRESS", "de", "An:\nJonas Weber\nLindenstraße 4\n3. OG links\n04109 Leipzig") == [
        "Lindenstraße 4\n3. OG links\n04109 Leipzig"]
    assert found("STREET_ADDRESS", "hu", "Címzett:\nTóth Gábor\nDebrecen\nPiac utca 12.\n4024\n") == [
        "Debrecen\nPiac utca 12.\n4024"]
    # a form with the street and the house number in fields of their own, and the flat in a third
    assert found("STREET_ADDRESS", "pl", "Imię i nazwisko: Jan Kos\nUlica: Długa\nNr domu: 7\nMieszkanie: 12\nKod pocztowy: 80-831\n"
                 "Miejscowość: Gdańsk\nStan zdrowia: dobry") == ["Długa", "7", "12", "80-831", "Gdańsk"]
    # a room number on the line above is not part of the address; an identifier before it neither
    assert found("STREET_ADDRESS", "en", "Meeting room 2.14\n40 Quay Street\nGalway H91 E2K3") == ["40 Quay Street\nGalway H91 E2K3"]


def test_phones_after_a_verb_that_asks_to_call_and_in_phone_columns():
    def phones(lang, text):
        return [text[f.start:f.end] for f in resolve([*find_phones(text, lang), *find_in_context(text, lang)])
                if f.entity_type == "PHONE_NUMBER"]

    from datalab.stages.pii.context import find_in_context

    assert phones("cs", "V případě potíží zavolejte 605 123 987 nebo napište.") == ["605 123 987"]
    assert phones("pt", "Para marcar consulta, ligue para o 912 345 678.") == ["912 345 678"]
    assert phones("en", "Ring 3 bells, then call 2 times.") == []  # no number of a phone's length
    assert phones("und", "name;Telefonnummer;city\nA. Nowak;22 615 40 00;Warszawa\n") == ["22 615 40 00"]
    assert phones("und", "name;reference;city\nA. Nowak;22 615 40 00;Warszawa\n") == []  # not a phone column


def test_national_ids_of_every_country_in_a_record_of_unknown_language():
    ids = lambda lang, text: [text[f.start:f.end] for f in find_national_ids(text, lang)]  # noqa: E731
    assert ids("und", "Novák Jan; 7801011230") == ["7801011230"]  # a Czech birth number in a short record
    assert ids("en", "Ref 7801011230") == []  # an English document: not looked for


def test_birth_dates_in_other_languages_and_in_register_lines(scrubber):
    def births(lang, text):
        return [text[f.start:f.end] for f in scrubber.analyze([text], [lang])[0] if f.entity_type == "DATE_OF_BIRTH"]

    assert births("hu", "Beteg: Nagy Éva (szül.: 1961.04.17.), felvétel: 2024.01.08.") == ["1961.04.17"]
    assert births("cs", "Pacientka Jana Horáková, nar. 3. listopadu 1958, přijata 12. 5. 2024.") == ["3. listopadu 1958"]
    # a register line: name, date of birth, identifier; a visit date after a name stays
    assert births("pl", "NOWAK Ewa, 12.03.1961, 61031212345\nWizyta: Ewa Nowak, 14.05.2024, godz. 10:30") == ["12.03.1961"]


def test_a_street_field_of_a_register_line_is_an_address(scrubber):
    text = "Pacient: Jana Horáková; 7801011230; Lipová 17/3; Brno\nStanice: Lysá hora 1322; teplota 4 °C"
    found = [text[f.start:f.end] for f in scrubber.analyze([text], ["cs"])[0] if f.entity_type == "STREET_ADDRESS"]
    assert found == ["Lipová 17/3"]  # the station line names no person



def test_a_company_named_after_its_founder_is_not_a_person(scrubber):
    def people(lang, text):
        return [text[f.start:f.end] for f in scrubber.analyze([text], [lang])[0] if f.entity_type == "PERSON"]

    assert people("de", "Die Lieferung übernimmt Spedition Krüger GmbH; Ansprechpartner ist Herr Jonas Weber.") == ["Jonas Weber"]
    assert people("cs", "Fakturu vystavila Truhlářství Novotný a syn s.r.o. panu Petru Svobodovi.") == ["Petru Svobodovi"]
    assert people("es", "Cliente: Marta Ruiz Ortega, proveedor Talleres Beltrán e Hijos S.L.") == ["Marta Ruiz Ortega"]
    # a vehicle before its model number, a currency after an amount; a first name that is also a brand stays a name
    assert people("sv", "Leverans med Volvo FH 500 till Karin Lindqvist, frakt 1 250 kr.") == ["Karin Lindqvist"]
    assert people("hu", "A számla végösszege 20 250 Ft, Kovács Anna részére.") == ["Kovács Anna"]
    assert people("es", "La paciente Mercedes García Ruiz ingresó ayer.") == ["Mercedes García Ruiz"]


def test_the_french_token_match_compiled_factored_matches_the_same_tokens():
    """`_fast_french_token_match` swaps spaCy's French token pattern for its `factored` form: on spaCy's own list
    of French words with hyphens and apostrophes, in several spellings, both patterns agree token for token."""
    import spacy.lang.fr.tokenizer_exceptions as fr
    from spacy.lang.fr._tokenizer_exceptions_list import FR_BASE_EXCEPTIONS

    from datalab.stages.pii import factored

    original = re.compile("(?iu)" + "|".join(f"(?:{a})" for a in fr._regular_exp)).match
    fast = re.compile("(?iu)" + factored(fr._regular_exp)).match
    words = [*FR_BASE_EXCEPTIONS, "Saint-Étienne-du-Rouvray", "aujourd’hui", "rendez-vous", "États-Unis", "Jean-Pierre"]
    tokens = [t for w in words for t in (w, w.upper(), w.capitalize(), w + "s", w.replace("-", "–"), w[:-1], "x" + w)]
    assert sum(bool(original(t)) for t in tokens) > 500  # the list exercises the pattern
    assert [t for t in tokens if bool(original(t)) != bool(fast(t))] == []
