"""datalab: the curation pipeline of an EU AI-factory data lab."""

__version__ = "0.1.0"


def open_dataset(spec: str, repo: str = ".", cache=None):
    """Release `spec` ("health@v2") of the lab repository `repo` as a `pyarrow.dataset.Dataset` (`datalab.versions`)."""
    from datalab.versions import open_dataset as _open

    return _open(spec, repo, cache)
