import hashlib

import pytest

from datalab.config import PiiConfig
from datalab.readers import documents_table
from datalab.stages.pii import PiiScrubber

# Planted values: each must be gone from the output, and from every ledger detail.
DOCS = [
    ("en", "Patient John Smith (john.smith@example.com, +44 20 7946 0958) was discharged on metformin 500 mg; E11.9.",
     ["John Smith", "john.smith@example.com", "7946 0958"], ["metformin 500 mg", "E11.9"]),
    ("de", "Herr Müller, Tel. 030 12345678, IBAN DE89 3704 0044 0532 0130 00, Diagnose E11.9, HbA1c 7,2 %.",
     ["030 12345678", "DE89 3704 0044 0532 0130 00"], ["E11.9", "HbA1c 7,2 %"]),
    ("fr", "M. Jean Dupont, téléphone 06 12 34 56 78, a quitté le service. Traitement : metformine 500 mg.",
     ["Jean Dupont", "06 12 34 56 78"], ["metformine 500 mg"]),
    ("el", "Ο ασθενής, τηλ. +30 210 1234567, email g.pap@hospital.gr, εξήλθε. Ποσό 12.500,00 EUR.",
     ["+30 210 1234567", "g.pap@hospital.gr"], ["12.500,00 EUR"]),
    ("pl", "Karta 4111 1111 1111 1111, logowanie z 192.168.10.24, kwota 1 250,00 PLN, ISIN PL0000500104.",
     ["4111 1111 1111 1111", "192.168.10.24"], ["1 250,00 PLN", "PL0000500104"]),
]


@pytest.fixture(scope="module")
def scrubber():
    stage = PiiScrubber(PiiConfig())
    stage.setup()
    return stage


def test_planted_values_are_replaced_by_typed_placeholders(scrubber):
    results = scrubber.scrub([d[1] for d in DOCS], [d[0] for d in DOCS])
    for (lang, _, planted, keep), (text, counts) in zip(DOCS, results):
        for value in planted:
            assert value not in text, (lang, value)
        for value in keep:
            assert value in text, (lang, value)
        assert sum(counts.values()) >= len(planted)
    assert "<PERSON>" in results[0][0] and "<IBAN_CODE>" in results[1][0] and "<CREDIT_CARD>" in results[4][0]


def test_unknown_language_falls_back_to_patterns(scrubber):
    (text, counts), = scrubber.scrub(["Kontakt: anna.k@example.eu"], ["und"])
    assert text == "Kontakt: <EMAIL_ADDRESS>" and counts == {"EMAIL_ADDRESS": 1}


def test_process_counts_types_and_rejects_dense_documents(scrubber):
    dense = "anna@example.eu, piotr@example.pl, maria@example.es"
    batch = documents_table([{"id": str(i), "text": t, "sector": "finance", "source": "s", "source_uri": "s.jsonl",
                              "locator": i + 1, "run_id": "r", "lang": lang} for i, (lang, t, _, _) in
                             enumerate([*DOCS, ("en", dense, [], [])])])
    scrubber.config = PiiConfig(max_density=50)
    try:
        kept, rejected = scrubber.process(batch)
    finally:
        scrubber.config = PiiConfig()
    assert kept.num_rows == len(DOCS) and rejected.column("reason").to_pylist() == ["pii_density"]
    assert "@" not in rejected.column("detail")[0].as_py()
    pii = dict(kept.column("pii")[1].as_py())
    assert pii["IBAN_CODE"] == 1 and pii["PHONE_NUMBER"] == 1
    texts = kept.column("text").to_pylist()
    assert kept.column("text_sha256").to_pylist() == [hashlib.sha256(t.encode()).hexdigest() for t in texts]
