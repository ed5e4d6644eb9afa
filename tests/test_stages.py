"""The stage registry is the one place that says which stages exist: a stage added there alone runs, measures,
rejects and is recorded; the schemas, dvc.yaml and the README agree with it."""

import json

import yaml

from conftest import REPO, read_dir, write_jsonl
from datalab import stages as registry
from datalab.config import Params
from datalab.curate import curate
from datalab.lineage import sections
from datalab.schema import stats_spec
from datalab.stages import StageSpec

CALM = "The weather station recorded light rain in the morning and a clear sky in the afternoon."
LOUD = "THE WEATHER STATION RECORDED HEAVY RAIN ALL DAY AND THE ROADS WERE CLOSED BY NOON."
TERSE = "Rain."


def test_a_stage_added_through_the_registry_alone_runs_measures_and_rejects(tmp_path):
    write_jsonl(tmp_path / "in" / "a.jsonl", [{"id": "calm", "text": CALM}, {"id": "loud", "text": LOUD},
                                              {"id": "terse", "text": TERSE}])
    toy = StageSpec("shout", None, "toy_stage", reasons=("shouting",),
                    stats=(("upper_share", "float64", "Share of upper-case letters."),), why_here="a test")
    with registry.registered(toy, after="quality"):
        assert registry.names() == ("langid", "quality", "shout", "pii", "dedup")
        manifest = curate([tmp_path / "in"], tmp_path / "out", stages="shout,quality,langid")
    assert manifest["stages"] == ["langid", "quality", "shout"]
    assert {"name": "toy", "package": "datalab-tests", "version": "1"} in manifest["models"]
    assert manifest["counts"]["rejected_by_stage"] == {"quality": {"word_count": 1}, "shout": {"shouting": 1}}
    docs = read_dir(tmp_path / "out" / "documents").to_pylist()
    ledger = {r["id"]: r for r in read_dir(tmp_path / "out" / "rejected").to_pylist()}
    assert [d["id"] for d in docs] == ["calm"] and docs[0]["stats"]["shout"]["upper_share"] == 1 / sum(c.isalpha() for c in CALM)
    assert ledger["loud"]["stats"]["shout"]["upper_share"] == 1.0 and ledger["loud"]["detail"] == "upper_share=1.00 > 0.5"
    assert ledger["terse"]["stats"]["shout"] is None  # dropped before the toy stage saw it
    assert "shout" not in registry.names()


def test_stats_are_written_for_kept_and_rejected_documents(tmp_path):
    write_jsonl(tmp_path / "in" / "a.jsonl", [{"id": "calm", "text": CALM}, {"id": "terse", "text": TERSE},
                                              {"id": "ja", "text": "気象観測所は午前中に小雨を記録し、午後は晴れました。"}])
    curate([tmp_path / "in"], tmp_path / "out", stages="langid,quality,pii,dedup")
    (doc,) = read_dir(tmp_path / "out" / "documents").to_pylist()
    ledger = {r["id"]: r for r in read_dir(tmp_path / "out" / "rejected").to_pylist()}
    stats = doc["stats"]
    assert stats["langid"]["lang"] == "en" == doc["lang"] and stats["langid"]["score"] == doc["lang_score"]
    assert stats["quality"]["word_count"] == len(CALM.split()) and stats["quality"]["stop_words"] >= 5
    assert stats["quality"]["mean_word_length"] == sum(map(len, CALM.split())) / len(CALM.split())
    assert stats["pii"] == {"counts": [], "density": 0.0}
    assert stats["dedup"] == {"cluster": None, "cluster_size": None, "duplicate_of": None, "similarity": None}
    terse = ledger["terse"]["stats"]
    assert ledger["terse"]["reason"] == "word_count" and terse["quality"]["word_count"] == 1
    assert terse["langid"]["lang"] and terse["pii"] is None and terse["dedup"] is None
    japanese = ledger["ja"]["stats"]
    assert ledger["ja"]["reason"] == "language_not_allowed" and japanese["langid"]["lang"] == "ja"
    assert japanese["quality"] is None


def test_schemas_dvc_yaml_and_readme_agree_with_the_registry():
    assert json.loads((REPO / "schemas" / "stats.json").read_text()) == stats_spec(), (
        "regenerate: python -c 'import json; from datalab.schema import stats_spec; "
        "print(json.dumps(stats_spec(), indent=2, ensure_ascii=False))' > schemas/stats.json")
    dvc = yaml.safe_load((REPO / "dvc.yaml").read_text())
    assert dvc["stages"]["curate"]["do"]["params"] == [*sections(), "sectors.${item}"]
    readme = (REPO / "README.md").read_text()
    for spec in registry.stages():
        for reason in spec.reasons:
            assert f"`{reason}`" in readme, reason
        for name, _, _ in spec.stats:
            assert f"`{name}`" in readme or f"`{spec.name}.{name}`" in readme, f"{spec.name}.{name}"


def test_each_stage_depends_on_what_the_registry_declares():
    """The registry answers "what does a stage depend on"; the stage's module adds versions and checksums."""
    params = Params()
    for spec in registry.stages():
        found = {d["package"] for d in spec.load().dependencies(params)}
        declared = set(spec.depends_on)
        if "pii.ner_models" in declared:
            declared = (declared - {"pii.ner_models"}) | {
                d["package"] for d in spec.load().dependencies(params) if d.get("language") in params.pii.ner_models}
        assert found == declared, spec.name
