import pytest

from conftest import REPO
from datalab.config import Params, load_params
from datalab.errors import DatalabError


def test_repo_params_parse_and_sector_overrides_merge_deeply():
    params = load_params(REPO / "params.yaml")
    assert set(params.sectors) == {"health", "climate", "finance"}
    health = params.for_sector("health")
    assert health.pii.max_density == 40 and health.pii.entities == params.pii.entities
    assert params.for_sector("climate").pii.max_density is None
    assert params.for_sector("unknown") is params


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
