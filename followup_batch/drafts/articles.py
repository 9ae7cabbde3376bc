"""Which employers an English sentence names with "the" (report ot146, F6): "the Lecturer role
at the University of Oxford", "at the Bundesagentur für Arbeit", never "at the Google".

The name is kept as the person typed it; "the" is added only by a rule of the name's words
below, and a name that begins with "The" (or "the") keeps it as typed ("The Home Depot").
"""

from __future__ import annotations

import re

from followup_batch.normalise.titles import without_legal_form

# Words running anywhere in a name of an institution named for what or where it is: "the
# University of Oxford", "the Massachusetts Institute of Technology", "the Bank of England",
# "the Reserve Bank of India", "the UK Ministry of Defence", "the Department for Education".
THE_BEFORE_PHRASES = (
    "university of",
    "bank of",
    "institute of",
    "institute for",
    "ministry of",
    "ministry for",
    "department of",
    "department for",
    "office of",
    "office for",
    "bureau of",
    "agency for",
    "school of",
    "college of",
)
# A last word that makes a name an institution's: "the Max Planck Institute", "the European
# Space Agency", "the Mozilla Foundation", "the European Commission" (of two words or more:
# "Agency" alone may be a company's whole name).
THE_BEFORE_LAST_WORDS = frozenset({"institute", "agency", "foundation", "commission"})
# A first word of a public body or a university named in its own language, said with "the" in
# English ("the Bundesagentur für Arbeit", "the Institut Pasteur", "the Mairie de Paris",
# "the Universidad de Chile"); German federal and state bodies by their first word's start.
THE_BEFORE_FIRST_WORDS = frozenset(
    {"ministerium", "ministère", "ministerio", "ministério", "ministero", "mairie"}
    | {"institut", "instituto", "istituto", "agence", "agencia", "agência"}
    | {"université", "universidad", "universidade", "università", "universität"}
)
THE_BEFORE_FIRST_WORD_STARTS = ("bundes", "landes")
# Names that match a rule above and are a brand said without "the" ("at Bank of America").
WITHOUT_THE = ("bank of america",)

_WORDS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def takes_the(company: str) -> bool:
    """Whether an English sentence names ``company`` with "the" before it (the rules above)."""
    words = [word.casefold() for word in _WORDS.findall(without_legal_form(company))]
    if not words or words[0] == "the":
        return False
    text = " ".join(words)
    if any(text.startswith(brand) for brand in WITHOUT_THE):
        return False
    if any(f" {phrase} " in f" {text} " for phrase in THE_BEFORE_PHRASES):
        return True
    if len(words) > 1 and words[-1] in THE_BEFORE_LAST_WORDS:
        return True
    first = words[0]
    return first in THE_BEFORE_FIRST_WORDS or (
        len(words) > 1 and first.startswith(THE_BEFORE_FIRST_WORD_STARTS)
    )


def in_a_sentence(company: str) -> str:
    """``company`` as a sentence names it after "at", "with" or "to": "the University of
    Oxford", "Google", "The Home Depot" (as typed); '' for ''."""
    return f"the {company}" if company and takes_the(company) else company
