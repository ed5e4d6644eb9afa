"""datalab: the curation pipeline of an EU AI-factory data lab."""

__version__ = "0.1.0"
