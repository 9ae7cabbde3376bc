"""Header key -> field, and how headers of one field rank where several stand: the canonical
header first, then the specific ones, the generic ones ("Role", "Email"), and headers in other
languages last (DESIGN section 2).

Built once from the fields table (``fields``) and the sent columns' headers (``sent_headers``);
header detection (``headers``) is its reader.
"""

from __future__ import annotations

from followup_batch.read.fields import (
    AMBIGUOUS_DATE_HEADERS,
    AMBIGUOUS_DATE_HEADERS_ENGLISH,
    DATE_HEADERS_BY_CELLS,
    FIELDS,
)
from followup_batch.read.header_keys import header_key
from followup_batch.read.sent_headers import (
    SENT_ENGLISH_KEYS,
    SENT_GENERIC_KEYS,
    SENT_OTHER_KEYS,
)


def _header_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for f in FIELDS:
        for key in (
            *map(header_key, (f.header, f.name, *f.synonyms)),
            *SENT_ENGLISH_KEYS.get(f.name, ()),
        ):
            index.setdefault(key, f.name)
    for f in FIELDS:
        for key in (*map(header_key, f.other_languages), *SENT_OTHER_KEYS.get(f.name, ())):
            index.setdefault(key, f.name)
    return index


# header_key(text) -> field name, canonical headers and field names first.
HEADER_INDEX: dict[str, str] = _header_index()
GENERIC_KEYS: frozenset[str] = (
    frozenset(header_key(t) for f in FIELDS for t in f.generic) | SENT_GENERIC_KEYS
)
# "Decision" and "feedback" alone (Décision, Decisión, Beslissing, Retour, ...) head what was
# decided as often as when: read only while their cells are dates (``normalise.roles``), so any
# other header of the field, in any language, beats them ("Décision attendue" beside a
# "Décision" of "Refusé" and "Offre"; fx189).
READ_BY_CELLS_KEYS: frozenset[str] = frozenset(
    header_key(t) for f in FIELDS if f.name == "stated_decision" for t in f.generic
)
# The canonical headers ("Interview Date"): beside a synonym of the same field ("Interview
# Time"), the canonical one is the field.
CANONICAL_KEYS: frozenset[str] = frozenset(header_key(f.header) for f in FIELDS)
AMBIGUOUS_DATE_KEYS: frozenset[str] = frozenset(header_key(t) for t in AMBIGUOUS_DATE_HEADERS)
DATE_KEYS_BY_CELLS: frozenset[str] = frozenset(header_key(t) for t in DATE_HEADERS_BY_CELLS)
_ENGLISH_KEYS = (
    frozenset(header_key(t) for f in FIELDS for t in (f.header, f.name, *f.synonyms))
    | frozenset(header_key(t) for t in AMBIGUOUS_DATE_HEADERS_ENGLISH)
    | frozenset(k for keys in SENT_ENGLISH_KEYS.values() for k in keys)
)
# Headers in other languages (``Field.other_languages``, "Datum"): beside an English header of
# the same field, the English one is the field.
OTHER_LANGUAGE_KEYS: frozenset[str] = (
    frozenset(header_key(t) for f in FIELDS for t in f.other_languages)
    | frozenset(header_key(t) for t in AMBIGUOUS_DATE_HEADERS)
    | frozenset(k for keys in SENT_OTHER_KEYS.values() for k in keys)
) - _ENGLISH_KEYS
