"""Names as the rows of one application share them: "Acme Inc.", "ACME" and "acme, inc"
are one employer (the reader's merged cells and the rounds rule compare names this way)."""

from __future__ import annotations

import re
import unicodedata

# Legal forms after a company's name: "Acme", "Acme Inc." and "ACME, Inc" are one employer.
_FORMS = "inc incorporated corp corporation co company llc llp lp ltd limited plc gmbh ag kg se"
LEGAL_FORMS = frozenset(f"{_FORMS} sa sas sarl srl spa bv nv pty oy ab as".split())


def name_key(text: object, *, company: bool = False) -> str | None:
    """A name as the rows of one application share it: accents, case, punctuation, invisible
    characters and spacing do not count, nor (``company``) a legal form at its end. None when
    there is nothing left."""
    if not isinstance(text, str):
        return None
    plain = "".join(
        c
        for c in unicodedata.normalize("NFKD", text)
        if not unicodedata.combining(c) and unicodedata.category(c) != "Cf"
    )
    words = re.sub(r"[\W_]+", " ", plain.casefold()).split()
    while company and len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    return " ".join(words) or None
