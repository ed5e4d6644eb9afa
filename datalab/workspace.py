"""`datalab init DIR`: a new lab workspace (git and DVC initialised, a local DVC remote, `params.yaml`,
`sources.yaml`, `dvc.yaml`), so a lab starts from its own directory, not from a clone of this repository."""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

from datalab.config import Params, SectorConfig, load_params
from datalab.erasures import ERASURES_FILE, ERASURES_HEADER
from datalab.errors import DatalabError
from datalab.release import PARAMS_FILE, ensure_default_remote, quiet_dvc
from datalab.sources import SOURCES_FILE, load_sources

#: Where a sector's local deliveries go; `dvc.yaml` reads the directory, so a new or changed file reruns the
#: sector (sources elsewhere, or in object stores, are read through `sources.yaml` too, but DVC does not see them).
SOURCES_DIR = "data/sources"

_SOURCES = """\
# The lab's registered sources: what each sector reads, who delivered it, under which licence and legal
# basis, and whether its rights holder reserved text-and-data mining. Register one with
#   datalab sources add NAME --sector SECTOR --uri data/sources/SECTOR/FILE --licence SPDX-ID ...
# (README, "Sources"); `datalab sources check` reads a sample of each. Name roles and organisations here,
# never people.
sources: []
"""

_DVC = """\
# One stage per sector, running `datalab curate` on the sector's registered sources. `datalab run` runs them
# through the Prefect flow and records the outputs with `dvc commit`; `dvc repro` runs them directly.
stages:
  curate:
    foreach: {sectors}
    do:
      cmd: datalab curate --out data/curated/${{item}} --sector ${{item}} --config {params}
      deps:
        - {sources_dir}/${{item}}
        - {sources}
        - {erasures}
      params:
        - ingest
        - langid
        - quality
        - pii
        - dedup
        - output
        - sectors.${{item}}
      outs:
        - data/curated/${{item}}
"""

_GITIGNORE = """\
# DVC's local remote (the default; `dvc remote add -d` another) and object-store sources fetched once per ETag
/.dvcstore/
/.datalab/
"""


def init_workspace(directory: str | Path, sectors: list[str]) -> Path:
    """Create the workspace at `directory` (new or empty) for `sectors`; returns its resolved path."""
    root = Path(directory)
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise DatalabError(f"{directory}: exists and is not an empty directory")
    if not sectors or any(not s.isidentifier() for s in sectors) or len(set(sectors)) != len(sectors):
        raise DatalabError(f"--sector: names of letters, digits and underscores, each once (got {', '.join(sectors) or 'none'})")
    root.mkdir(parents=True, exist_ok=True)
    root = root.resolve()
    params = Params(sectors={s: SectorConfig(description=f"{s} sector") for s in sectors})
    (root / PARAMS_FILE).write_text(
        "# The lab's choices; the defaults are datalab's typed models (datalab/config.py). README: 'Configuration'.\n"
        + yaml.safe_dump(params.model_dump(mode="json", exclude_defaults=False), sort_keys=False, allow_unicode=True),
        encoding="utf-8")
    (root / SOURCES_FILE).write_text(_SOURCES, encoding="utf-8")
    (root / "dvc.yaml").write_text(_DVC.format(sectors=f"[{', '.join(sectors)}]", params=PARAMS_FILE,
                                               sources_dir=SOURCES_DIR, sources=SOURCES_FILE, erasures=ERASURES_FILE),
                              encoding="utf-8")
    (root / ERASURES_FILE).write_text(ERASURES_HEADER + "erasures: []\n", encoding="utf-8")
    (root / ".gitignore").write_text(_GITIGNORE, encoding="utf-8")
    for sector in sectors:  # git keeps no empty directory, and DVC needs the dependency to exist
        (root / SOURCES_DIR / sector).mkdir(parents=True)
        (root / SOURCES_DIR / sector / "README.md").write_text(
            f"Local deliveries of the {sector} sector; register each with `datalab sources add`.\n", encoding="utf-8")
    load_params(root / PARAMS_FILE)  # what was written reads back
    load_sources(root / SOURCES_FILE)
    _run(["git", "init", "-q"], root)
    from dvc.repo import Repo

    quiet_dvc()
    repo = Repo.init(str(root))
    with repo.config.edit("repo") as conf:
        conf.setdefault("core", {})["analytics"] = "false"
    repo.close()
    ensure_default_remote(root)
    return root


def _run(argv: list[str], cwd: Path) -> None:
    try:
        subprocess.run(argv, cwd=cwd, check=True, capture_output=True, text=True)
    except FileNotFoundError:
        raise DatalabError(f"{argv[0]}: not installed; a workspace needs it") from None
    except subprocess.CalledProcessError as exc:
        raise DatalabError(f"{' '.join(argv)}: {(exc.stderr or exc.stdout).strip().splitlines()[-1]}") from None
