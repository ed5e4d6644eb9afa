"""One exception type for everything a user can fix; the CLI prints it as one line."""


class DatalabError(Exception):
    """A problem with inputs or configuration, described without document content."""
