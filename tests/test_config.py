import re
import struct
import time

import pytest
import yaml

from conftest import REPO
from datalab.config import EU_LANGUAGES, LID176_LABELS, Params, load_params
from datalab.errors import DatalabError


def test_repo_params_parse_and_sector_overrides_merge_deeply():
    params = load_params(REPO / "params.yaml")
    assert set(params.sectors) == {"health", "climate", "finance"}
    health = params.for_sector("health")
    assert health.pii.max_density == 40 and health.pii.entities == params.pii.entities
    assert params.for_sector("climate").pii.max_density is None
    assert params.for_sector("unknown") is params


def test_params_yaml_restates_the_defaults_and_only_sectors_are_the_labs_own():
    """One source of every default: datalab/config.py. params.yaml writes the global sections out (DVC tracks
    them) and documents no deliberate departure from them, so every global value it restates must equal the
    default; a changed default must change both, a lab choice belongs in a sector's overrides."""
    raw = yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8"))
    restated = set(raw) - {"sectors"}
    assert restated == set(Params.model_fields) - {"sectors"}  # every global section is written out
    lab, defaults = load_params(REPO / "params.yaml"), Params()
    for section in sorted(restated):
        assert getattr(lab, section) == getattr(defaults, section), section


def test_config_errors_name_file_line_and_field(tmp_path):
    bad = tmp_path / "p.yaml"
    bad.write_text("dedup:\n  threshold: [\n")
    with pytest.raises(DatalabError, match=r"p.yaml:\d+: invalid YAML"):
        load_params(bad)
    bad.write_text("langid:\n  min_scor: 0.3\n")
    with pytest.raises(DatalabError, match="langid.min_scor: Extra inputs are not permitted"):
        load_params(bad)
    with pytest.raises(DatalabError, match="config file not found"):
        load_params(tmp_path / "missing.yaml")


def test_defaults_without_a_params_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_params(None) == Params()


def test_every_sector_override_is_validated_at_load_with_its_full_path(tmp_path):
    repo = (REPO / "params.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "p.yaml"
    for override, message in [
        ("quality: {min_words: -3}", "sectors.health.overrides.quality.min_words: Input should be greater than or equal to 1"),
        ("quality: {min_wordz: 3}", "sectors.health.overrides.quality.min_wordz: Extra inputs are not permitted"),
        ("qualty: {min_words: 3}", "sectors.health.overrides.qualty: Input should be 'ingest', 'langid'"),
        ("quality: {min_words: 200000}", "sectors.health.overrides.quality: min_words 200000 is above max_words 100000"),
    ]:
        bad.write_text(repo.replace("quality: {min_words: 3}", override), encoding="utf-8")
        with pytest.raises(DatalabError) as exc:
            load_params(bad)
        assert str(exc.value).startswith(f"{bad}: {message}")
    with pytest.raises(DatalabError, match=r"^sectors.x.overrides.dedup.threshold: Input should be less than 1$"):
        Params(sectors={"x": {"inputs": ["d"], "overrides": {"dedup": {"threshold": 2}}}}).for_sector("x")


@pytest.mark.parametrize("yaml_text, message", [
    ("quality: {mean_word_length: [20, 2]}", "quality.mean_word_length: minimum 20.0 is above maximum 2.0"),
    ("quality: {mean_word_length: [-1, 2]}", "quality.mean_word_length.0: Input should be greater than or equal to 0"),
    ("quality: {max_top_ngram: [5]}", "quality.max_top_ngram.0: Input should be less than or equal to 1"),
    ("quality: {max_top_ngram: [0.5]}", "quality.max_top_ngram: List should have at least 3 items"),
    ("quality: {max_duplicate_ngrams: [0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4]}", "quality.max_duplicate_ngrams: List should have at most 6 items"),
    ("quality: {max_duplicate_ngrams: [0.4, 0.4, 0.4, 0.4, 0.4, 1.5]}", "quality.max_duplicate_ngrams.5: Input should be less than or equal to 1"),
    ("quality: {min_words: 10, max_words: 5}", "quality: min_words 10 is above max_words 5"),
    ("langid: {allowed: [en, xx]}", "langid.allowed.1: 'xx' is not a language lid.176 can output"),
    ("langid: {allowed: []}", "langid.allowed: List should have at least 1 item"),
    ("langid: {min_scores: {eng: 0.3}}", "langid.min_scores.eng: 'eng' is not a language lid.176 can output"),
    ("langid: {fold: {sr: croatian}}", "langid.fold.sr: 'croatian' is not a language lid.176 can output"),
    ("pii: {ner_models: {english: en_core_web_sm}}", "pii.ner_models.english: 'english' is not a language"),
    ("pii: {entities: [PERSN]}", "pii.entities.0: Input should be 'PERSON'"),
    ("ingest: {text_field: ''}", "ingest.text_field: String should have at least 1 character"),
    ("output: {target_shard_mb: 1e-6}", "output.target_shard_mb: Input should be greater than or equal to 1"),
    ("ingest: {batch_size: true}", "ingest.batch_size: Input should be a valid integer"),
    ("quality: {min_words: '5'}", "quality.min_words: Input should be a valid integer"),
    ("dedup: {seed: -1}", "dedup.seed: Input should be greater than or equal to 0"),
    ("dedup: {seed: 4294967296}", "dedup.seed: Input should be less than 4294967296"),
    ("output: {target_shard_mb: .inf}", "output.target_shard_mb: Input should be a finite number"),
    ("pii: {max_density: .inf}", "pii.max_density: Input should be a finite number"),
])
def test_thresholds_that_would_reject_everything_are_refused(tmp_path, yaml_text, message):
    bad = tmp_path / "p.yaml"
    bad.write_text(yaml_text + "\n")
    with pytest.raises(DatalabError) as exc:
        load_params(bad)
    assert str(exc.value).startswith(f"{bad}: {message}")


def test_language_codes_are_exactly_the_labels_lid176_outputs():
    """The labels as written in the model's dictionary (fastText format: header, 12 int32 args and a double,
    then size, nwords, nlabels, ntokens, pruneidx size, and entries of (word, int64 count, int8 type))."""
    from datalab.stages.langid import model_path

    data = model_path().read_bytes()
    offset = 8 + 12 * 4 + 8
    size = struct.unpack_from("<i", data, offset)[0]
    offset += 3 * 4 + 2 * 8
    labels = set()
    for _ in range(size):
        end = data.index(b"\0", offset)
        word = data[offset:end].decode()
        offset = end + 1 + 8 + 1
        if data[end + 9] == 1:
            labels.add(word.removeprefix("__label__"))
    assert len(labels) == 176 and labels == LID176_LABELS and set(EU_LANGUAGES) <= labels


BILLION_LAUGHS = "\n".join(['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'] + [
    f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)])


@pytest.mark.parametrize("where", ["overrides", "top level"])
def test_yaml_alias_bombs_are_refused_before_expansion(tmp_path, where):
    bad = tmp_path / "p.yaml"
    indented = "\n".join("      " + line for line in BILLION_LAUGHS.splitlines())
    bad.write_text(f"sectors:\n  health:\n    inputs: [d]\n    overrides:\n{indented}\n" if where == "overrides"
                   else BILLION_LAUGHS + "\n")
    started = time.monotonic()
    with pytest.raises(DatalabError, match=f"^{re.escape(str(bad))}: YAML aliases expand to more than 100,000 values$"):
        load_params(bad)
    assert time.monotonic() - started < 1


def test_oversized_recursive_and_unreadable_config_files_are_refused(tmp_path):
    bad = tmp_path / "p.yaml"
    bad.write_text("curated_dir: " + "x" * (1 << 20) + "\n")
    with pytest.raises(DatalabError, match="p.yaml: config file larger than 1024 KiB"):
        load_params(bad)
    bad.write_text("a: &a [*a]\n")
    with pytest.raises(DatalabError, match="p.yaml: recursive YAML alias"):
        load_params(bad)
    bad.write_bytes(b"curated_dir: \xff\xfe\n")
    with pytest.raises(DatalabError, match="p.yaml: invalid YAML"):
        load_params(bad)
    with pytest.raises(DatalabError, match="cannot read config file"):
        load_params(tmp_path)


def test_numbers_are_read_as_people_write_them(tmp_path):
    (tmp_path / "p.yaml").write_text("output: {target_shard_mb: 5e3}\nquality: {mean_word_length: [1, 3E+1]}\n")
    params = load_params(tmp_path / "p.yaml")
    assert params.output.target_shard_mb == 5000.0 and params.quality.mean_word_length == (1.0, 30.0)
