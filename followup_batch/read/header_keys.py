"""The form headers are compared in (``header_key``): "Thank-you  Sent" and "thank you sent"
are one header, "Société" is "societe".

Every reader of a header, the tool's own columns included, compares by this key: the header
tables (``fields``, ``sent_headers``, ``stage_headers``) are looked up by it, and the writer
finds its columns again by it. It imports nothing of the package, so that a module needing only
the key does not build the header index (``header_index``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A header's name in brackets or before them ("Company (Agency)", "Interview Date (geplant
# am)"): it starts at a non-space and the space before a bracket is taken from its end only;
# "\s*" on both sides of a lazy name that could hold spaces tried every split of a run of them
# (a header of 20,000 spaces never ended).
BRACKETED_NAME = r"([^()\[\]\s][^()\[\]]*?)(?<!\s)"
# The name before the first bracket, with ``fullmatch``.
BEFORE_BRACKETS = re.compile(rf"\s*{BRACKETED_NAME}\s*[(\[].*")


def header_key(text: object) -> str:
    """The form headers are compared in: case-folded letters and digits only, Latin letters
    without their accents; letters of other scripts are kept as they are.

    >>> header_key(" Thank-you  Sent ")
    'thankyousent'
    >>> header_key("Société"), header_key("会社")
    ('societe', '会社')
    """
    return _key_of(str(text))


_NOT_IN_KEY = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=8192)  # every cell checked for a placeholder ("n/a") passes here
def _key_of(text: str) -> str:
    folded = text.casefold()
    if folded.isascii():
        return _NOT_IN_KEY.sub("", folded)
    return "".join(_key_char(c) for c in folded)


def _key_char(char: str) -> str:
    """One character of a key: a Latin letter without its accent ("é" -> "e", "ł" -> "l",
    "ﬁ" -> "fi"), another script's letter as it is ("ж", "が"; a half-width "ｶ" as "カ"), the
    vowel signs of the Indic and South-East Asian scripts, a digit as 0-9; nothing for the
    rest."""
    if char.isascii():
        return char if char.isalnum() else ""
    if char in _LATIN_WITHOUT_MARKS:
        return _LATIN_WITHOUT_MARKS[char]
    plain = unicodedata.normalize("NFKD", char)
    if plain[0].isascii():  # a Latin letter with marks, a ligature, a full-width form
        return _NOT_IN_KEY.sub("", plain.casefold())
    if char.isalpha():
        return unicodedata.normalize("NFKC", char)
    category = unicodedata.category(char)
    if category in ("Mn", "Mc") and _SPELLING_MARKS_FROM <= char <= _SPELLING_MARKS_TO:
        return char
    return str(unicodedata.decimal(char)) if category == "Nd" else ""


# Latin letters whose stroke no decomposition drops, as people type them without it: Polish
# "Wysłano" is "wyslano", as "Data zgloszenia" typed on a keyboard without Polish letters.
_LATIN_WITHOUT_MARKS = {"ł": "l", "đ": "d"}
# Devanagari to Myanmar: there a vowel sign is part of the word's spelling ("हाँ" is not "ह"),
# where Hebrew and Arabic points are optional and dropped.
_SPELLING_MARKS_FROM, _SPELLING_MARKS_TO = "\u0900", "\u109f"
