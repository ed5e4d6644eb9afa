"""Personal data in what names a record rather than in its text: record ids, metadata keys, file and
directory names.

Ids and paths are how lineage works, so they cannot be dropped, and a placeholder would make two ids one.
What the identifier and name detectors find in them is replaced by a keyed pseudonym instead
(`<EMAIL_ADDRESS_3f9a0c12de4b5a6c>`): exactly the same value gives the same token everywhere the key is used,
and two different values never one, so ids stay unique and `duplicate_of` still points at the right
document, while the value cannot be read back without the key. This runs at ingest, whatever stages run, because ids reach the ledger from every stage.

The key: `DATALAB_PSEUDONYM_KEY`, else the file `pii.pseudonym_key_file`, else the lab's own key file
(`$XDG_CONFIG_HOME/datalab/pseudonym.key`, created on first use, readable by its owner only). It is never
written to an output, a log or the manifest; machines that must reproduce a release byte for byte need the
same key."""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import secrets
import unicodedata
from functools import lru_cache
from pathlib import Path

from datalab.config import PiiConfig
from datalab.errors import DatalabError

log = logging.getLogger("datalab")

PSEUDONYM_ENV = "DATALAB_PSEUDONYM_KEY"
#: A separator between two letters inside an identifier ("anna.kowalska", "Anna_Kowalska", "anna-kowalska")
#: reads as a space to the name finder; one character for one, so offsets stay those of the identifier.
_NAME_SEPARATOR = re.compile(r"(?<=[^\W\d_])[._\-+](?=[^\W\d_])")
#: Something already written like a pseudonym: pseudonymised again, so an id or a file name that imitates one
#: can never equal the pseudonym of another value.
_TOKEN = re.compile(r"<([A-Z][A-Z_]*)_[0-9a-f]{10,16}>")


def default_key_file() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "datalab" / "pseudonym.key"


def pseudonym_key(config: PiiConfig) -> bytes:
    """The lab's pseudonym key; creates the default key file on first use."""
    if os.environ.get(PSEUDONYM_ENV):
        return os.environ[PSEUDONYM_ENV].encode()
    if config.pseudonym_key_file:
        path = Path(config.pseudonym_key_file)
        try:
            key = path.read_bytes().strip()
        except OSError as exc:
            raise DatalabError(f"{path}: pii.pseudonym_key_file cannot be read ({exc.strerror})") from None
        if not key:
            raise DatalabError(f"{path}: pii.pseudonym_key_file is empty")
        return key
    path = default_key_file()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first
            return path.read_bytes().strip()
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32) + "\n")
        log.warning("created the pseudonym key %s: back it up; the same key keeps pseudonyms stable across releases", path)
    return path.read_bytes().strip()


def pseudonym(key: bytes, entity: str, value: str, exact: bool = False) -> str:
    """Same entity value, same token, within everything scrubbed with one key. In text the value is normalised
    (case, spacing: one person, one token); an identifier's is taken `exact`ly, with a longer token (64 bits),
    so that two different ids or file names never become one."""
    norm = value if exact else " ".join(unicodedata.normalize("NFKC", value).casefold().split())
    digest = hmac.new(key, f"{entity}\x00{norm}".encode(), hashlib.sha256).hexdigest()[: 16 if exact else 10]
    return f"<{entity}_{digest}>"


def find_in_identifier(value: str) -> list:
    """Personal data in an id, a key or a path segment: validated identifiers (e-mail, IBAN, card, IP,
    distinctive national ids, international phone numbers) and names (cues, gazetteers, shape) with the
    separators between letters read as spaces. No language: every language's lexicon applies."""
    from presidio_analyzer import RecognizerResult

    from datalab.stages.pii import resolve
    from datalab.stages.pii.names import NameFinder
    from datalab.stages.pii.recognizers import find_national_ids, find_phones, find_simple

    found = [*find_simple(value), *find_national_ids(value, None), *find_phones(value, None),
             *(RecognizerResult(m.group(1), m.start(), m.end(), 1.0) for m in _TOKEN.finditer(value))]
    found += NameFinder(None).find(_NAME_SEPARATOR.sub(" ", value))
    return resolve(found)


class IdentifierScrubber:
    """`scrub(value)`: the value with its personal data pseudonymised (cached: ids repeat in references,
    keys in every record)."""

    def __init__(self, key: bytes):
        self.key = key
        self.scrub = lru_cache(maxsize=65536)(self._scrub)

    def _scrub(self, value: str) -> str:
        out, last = [], 0
        for f in find_in_identifier(value):
            out += [value[last : f.start], pseudonym(self.key, f.entity_type, value[f.start : f.end], exact=True)]
            last = f.end
        return "".join(out) + value[last:] if out else value

    def keyed(self, value: str) -> str:
        """The whole value as a keyed pseudonym (`<KEY_...>`): for references that identify a person by
        themselves, such as a FHIR patient reference, kept only to group a person's records."""
        return pseudonym(self.key, "KEY", value, exact=True)
