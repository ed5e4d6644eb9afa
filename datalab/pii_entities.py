"""The PII entity types: the one list that config validation (`pii.entities`), overlap resolution, the
replacement operators and the README's table read.

Standard library only, and outside `datalab.stages.pii`, whose package imports presidio and
`datalab.config`: `datalab.config` imports this module to validate `pii.entities`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entity:
    name: str  # presidio's entity type, as recognizers emit it and the `pii` counts name it
    priority: int  # when two findings overlap, the lower number (the more certain kind) wins
    description: str

    @property
    def placeholder(self) -> str:
        """What `pii.operator: placeholder` writes: presidio's own default for a replace (`<ENTITY_TYPE>`)."""
        return f"<{self.name}>"


#: In the order of the default `pii.entities` (which the run id hashes: reordering changes it).
ENTITIES = (
    Entity("PERSON", 4, "Person names: cues (titles, roles, form labels), gazetteers, shape; spaCy NER for en and fr."),
    Entity("EMAIL_ADDRESS", 0, "E-mail addresses."),
    Entity("PHONE_NUMBER", 2, "Phone numbers valid in their numbering plan (`phonenumbers`)."),
    Entity("IBAN_CODE", 0, "IBANs with a valid checksum."),
    Entity("CREDIT_CARD", 0, "Payment card numbers passing the Luhn check."),
    Entity("IP_ADDRESS", 0, "IPv4 and IPv6 addresses."),
    Entity("NATIONAL_ID", 0, "National identifiers with valid check digits, or after their cue (`python-stdnum`)."),
    Entity("HEALTH_INSURANCE_ID", 1, "Health insurance numbers after their cue (`Versichertennummer`)."),
    Entity("MEDICAL_RECORD_NUMBER", 1, "Medical record numbers after their cue (`MRN`)."),
    Entity("DATE_OF_BIRTH", 1, "Dates after or before a birth cue (`geb.`, `né le`, `ur.`)."),
    Entity("STREET_ADDRESS", 3, "Street and house number, with postcode and town where they follow."),
)
NAMES = tuple(e.name for e in ENTITIES)
PRIORITY = {e.name: e.priority for e in ENTITIES}


def markdown() -> str:
    """The table of entity types for README.md (`python -m datalab.pii_entities`)."""
    rows = [f"| `{e.name}` | `{e.placeholder}` | {e.priority} | {e.description} |" for e in ENTITIES]
    return "\n".join(["| entity | placeholder | wins overlaps (lower first) | what is found |", "| --- | --- | --- | --- |", *rows])


if __name__ == "__main__":
    print(markdown())
