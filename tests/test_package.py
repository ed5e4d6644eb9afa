"""What the package is: every file of it is code (the run id hashes it, installs ship it), under one
top-level name."""

import tomllib

from conftest import REPO
from datalab.lineage import PACKAGE_DIR, code_files
from datalab.schema import SCHEMA_DIR

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def package_files() -> set:
    return {p for p in PACKAGE_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def test_the_run_id_covers_every_file_of_the_package_and_the_schemas():
    """Package data changes outputs (`pii_lexicon.json` changes the scrubbed text), so the run id must
    change with it: `code_version` hashes every file under datalab/ and every schema."""
    hashed = set(code_files())
    assert hashed == package_files() | set(SCHEMA_DIR.glob("*.json"))
    assert PACKAGE_DIR / "stages" / "pii_lexicon.json" in hashed


def test_installs_ship_every_file_the_run_id_hashes():
    """A wheel holding fewer files than the source tree would hash to another run id (or fail)."""
    data = {p for pattern in PYPROJECT["tool"]["setuptools"]["package-data"]["datalab"] for p in PACKAGE_DIR.glob(pattern)}
    assert {p for p in package_files() if p.suffix != ".py"} <= data


def test_only_datalab_is_installed_as_a_top_level_package():
    assert PYPROJECT["tool"]["setuptools"]["packages"]["find"]["include"] == ["datalab*"]
    assert not (REPO / "flows").exists()
