"""The CLI's promise: a user mistake ends with one `datalab: error:` line and exit code 2, found before any
work starts (nothing is written), never a traceback or `internal error`."""

import re
import subprocess
import sys

import pytest

from conftest import REPO, read_dir, write_jsonl
from datalab import __version__
from datalab.cli import main

PARAMS = (REPO / "params.yaml").read_text(encoding="utf-8")
SOURCES = (REPO / "sources.yaml").read_text(encoding="utf-8")


@pytest.fixture
def notes(tmp_path):
    return write_jsonl(tmp_path / "in" / "notes.jsonl", [
        {"id": "1", "text": "The station reported strong winds and heavy rain during the afternoon hours."}])


def refused(capsys, argv: list[str]) -> str:
    """The one stderr line of a refused command (exit code 2)."""
    assert main(argv) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("datalab: error: "), lines
    return lines[0].removeprefix("datalab: error: ")


def curate_refused(capsys, tmp_path, notes, *options: str, config: str | None = None) -> str:
    out = tmp_path / "out"
    if config is not None:
        (tmp_path / "p.yaml").write_text(config, encoding="utf-8")
        options = (*options, "--config", str(tmp_path / "p.yaml"))
    message = refused(capsys, ["curate", str(notes), "--out", str(out), *options])
    assert not out.exists()  # refused before anything ran
    return message


def test_bad_value_or_key_in_a_sector_override_names_file_and_full_path(capsys, tmp_path, notes):
    bad = PARAMS.replace("quality: {min_words: 3}", "quality: {min_words: -3}")
    assert curate_refused(capsys, tmp_path, notes, "--sector", "health", config=bad) == (
        f"{tmp_path / 'p.yaml'}: sectors.health.overrides.quality.min_words: Input should be greater than or equal to 1")
    # found at load, whichever sector runs
    bad = PARAMS.replace("quality: {min_words: 3}", "quality: {min_wordz: 3}")
    assert curate_refused(capsys, tmp_path, notes, "--sector", "climate", config=bad).endswith(
        "sectors.health.overrides.quality.min_wordz: Extra inputs are not permitted")


def test_out_naming_a_file_is_refused(capsys, tmp_path, notes):
    (tmp_path / "file").write_text("x")
    for out in (tmp_path / "file", tmp_path / "file" / "sub"):
        assert refused(capsys, ["curate", str(notes), "--out", str(out), "--stages", "langid"]) == (
            f"{tmp_path / 'file'}: exists and is not a directory")


@pytest.mark.parametrize("option, message", [
    ("--runner=Nope", "Beam option --runner=Nope: Unexpected pipeline runner: Nope."),
    ("--runner=no_such_module.Runner", "Beam option --runner=no_such_module.Runner: No module named 'no_such_module'"),
    ("--runner=collections.OrderedDict", "Beam option --runner=collections.OrderedDict: not a Beam PipelineRunner"),
    ("--direct_num_workers=two", "Beam options: argument --direct_num_workers: invalid int value: 'two'"),
    ("--runner=datalab.cli.main", "Beam option --runner=datalab.cli.main: not a Beam PipelineRunner"),  # never called
    ("--direct_num_workers=-3", "Beam option --direct_num_workers=-3: must be 0 (one per core) or more"),
])
def test_bad_beam_options_are_refused_up_front(capsys, tmp_path, notes, option, message):
    assert curate_refused(capsys, tmp_path, notes, "--stages", "langid", f"--beam-option={option}").startswith(message)


def test_missing_spacy_model_is_refused_without_loading_models(capsys, tmp_path, notes):
    config = "pii:\n  ner_models: {en: xx_no_such_model_sm}\n"
    assert curate_refused(capsys, tmp_path, notes, config=config) == (
        "pii.ner_models.en: spaCy model 'xx_no_such_model_sm' is not installed")


def test_an_unreadable_pseudonym_key_file_is_refused_before_processing(capsys, tmp_path, notes, monkeypatch):
    """Ids and paths are pseudonymised whatever the stages, so a configured key must be readable for every run;
    without one configured, the lab's key file is created (see tests/test_pii.py)."""
    monkeypatch.delenv("DATALAB_PSEUDONYM_KEY", raising=False)
    missing = tmp_path / "no-key"
    config = f"pii:\n  operator: pseudonym\n  pseudonym_key_file: {missing}\n"
    for stages in ("langid,pii", "langid"):
        assert curate_refused(capsys, tmp_path, notes, "--stages", stages, config=config) == (
            f"{missing}: pii.pseudonym_key_file cannot be read (No such file or directory)")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("debug_first", [True, False])
def test_debug_goes_before_or_after_the_subcommand(capsys, tmp_path, notes, debug_first):
    argv = ["curate", str(notes), "--out", str(tmp_path / "out"), "--stages", ","]
    assert refused(capsys, ["--debug", *argv] if debug_first else [*argv, "--debug"]).startswith("--stages names no stage")


@pytest.mark.parametrize("stages", [",", "", " , "])
def test_an_empty_stage_list_is_refused(capsys, tmp_path, notes, stages):
    assert curate_refused(capsys, tmp_path, notes, "--stages", stages) == (
        "--stages names no stage; choose from langid, quality, pii, dedup")


def test_a_sector_must_be_one_the_config_defines(capsys, tmp_path, notes):
    assert curate_refused(capsys, tmp_path, notes, "--sector", "nope", config=PARAMS) == (
        "--sector nope: not a sector of the config (it defines: health, climate, finance)")


def test_without_sectors_in_the_config_a_sector_name_is_only_a_label(capsys, tmp_path, notes):
    (tmp_path / "p.yaml").write_text("quality: {min_words: 3}\n")
    assert main(["curate", str(notes), "--out", str(tmp_path / "out"), "--sector", "lab", "--stages", "langid",
                 "--config", str(tmp_path / "p.yaml")]) == 0
    assert read_dir(tmp_path / "out" / "documents").column("sector").to_pylist() == ["lab"]


@pytest.fixture
def project(tmp_path, monkeypatch):
    """Enough of a project for `datalab run` to find (dvc.yaml); main() chdirs into it, monkeypatch restores."""
    (tmp_path / "dvc.yaml").write_text("stages: {}\n")
    (tmp_path / "params.yaml").write_text(PARAMS)
    (tmp_path / "sources.yaml").write_text(SOURCES)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATALAB_PSEUDONYM_KEY", raising=False)
    return tmp_path


def test_run_refuses_an_unknown_sector_before_the_flow_starts(capsys, project):
    assert refused(capsys, ["run", "--sector", "nope", "--no-push"]) == (
        "--sector nope: not a sector of the config (it defines: health, climate, finance)")


def test_run_checks_every_sector_before_the_flow_starts(capsys, project, monkeypatch):
    monkeypatch.delenv("DATALAB_PSEUDONYM_KEY", raising=False)
    (project / "params.yaml").write_text(PARAMS.replace("pseudonym_key_file: null", "pseudonym_key_file: no.key"))
    assert refused(capsys, ["run", "--no-push"]) == "no.key: pii.pseudonym_key_file cannot be read (No such file or directory)"
    assert not (project / "data" / "curated").exists()


def test_run_refuses_missing_sector_inputs_before_the_flow_starts(capsys, project):
    assert refused(capsys, ["run", "--no-push"]) == "data/samples/health/discharge_summaries.jsonl: no such file or directory"
    (project / "sources.yaml").unlink()
    assert refused(capsys, ["run", "--no-push"]) == "sector health: no inputs in the config and no source in sources.yaml"


def test_run_leaves_out_a_sector_without_sources_yet_and_says_so(project, caplog):
    """A new lab registers its sources one sector at a time: `datalab run` curates those that have some."""
    from datalab.cli import _with_sources
    from datalab.config import load_params

    health_only = SOURCES.split("  - name:", 1)[0] + "".join(
        "  - name:" + entry for entry in SOURCES.split("  - name:")[1:] if "sector: health" in entry)
    (project / "sources.yaml").write_text(health_only)
    assert _with_sources(load_params("params.yaml")) == ["health"]
    assert [r.getMessage().split(":")[0] for r in caplog.records] == ["climate", "finance"]
    assert "no source registered yet, not run" in caplog.records[0].getMessage()


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0 and capsys.readouterr().out == f"datalab {__version__}\n"
    with pytest.raises(SystemExit):
        main(["curate", "--help"])
    assert re.search(r"--out DIR\s+output directory", capsys.readouterr().out)


def test_multiprocess_beam_workers_keep_their_logs_to_themselves(tmp_path, notes):
    proc = subprocess.run([sys.executable, "-m", "datalab.cli", "curate", str(notes), "--out", str(tmp_path / "out"),
                           "--stages", "langid", "--beam-option=--direct_running_mode=multi_processing",
                           "--beam-option=--direct_num_workers=2"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    # each worker still prints two lines before it reads its options (an import-time warning); not ~20
    assert "sdk_worker" not in proc.stderr and "Pipeline_options" not in proc.stderr
    assert len([line for line in proc.stderr.splitlines() if not re.match(r"\d\d:\d\d:\d\d datalab(\.progress)? ", line)]) <= 4, proc.stderr


@pytest.mark.parametrize("argv, message", [
    ([], "the following arguments are required: command"),
    (["nope"], "argument command: invalid choice: 'nope' (choose from 'run', 'curate', 'init', 'deploy', 'release', 'forget', 'trace', 'query', 'versions', 'diff', 'pull', 'sources')"),
    (["curate", "x.jsonl"], "curate: the following arguments are required: --out"),
])
def test_usage_mistakes_are_one_line_too(capsys, argv, message):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2 and capsys.readouterr().err == f"datalab: error: {message}\n"
