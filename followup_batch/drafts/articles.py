"""Which employers an English sentence names with "the" (report ot146, F6): "the Lecturer role
at the University of Oxford", "at the Bundesagentur für Arbeit", never "at the Google".

The name is kept as the person typed it; "the" is added only by a rule of the name's words
below, and a name that begins with "The" (or "the") keeps it as typed ("The Home Depot").
The rules follow how the organisations write themselves: public bodies, central banks and
universities "of" a place with "the" ("The Bank of Canada is the nation's central bank"),
a company's name as a brand, without it, whatever its words ("Royal Bank of Canada is a
global financial institution", "United Talent Agency").
"""

from __future__ import annotations

import re

from followup_batch.normalise.titles import without_legal_form

# Words running anywhere in a name of an institution named for what or where it is: "the
# University of Oxford", "the Massachusetts Institute of Technology", "the Reserve Bank of
# India", "the European Central Bank", "the UK Ministry of Defence", "the Department for
# Education". Not "bank of" nor "national bank of": "Royal Bank of Canada", "Bank of China",
# "Commonwealth Bank of Australia" and "National Bank of Canada" are companies that write
# their names without "the"; the central banks named "Bank of" are listed below.
THE_BEFORE_PHRASES = (
    "university of",
    "central bank",
    "reserve bank",
    "federal reserve",
    "world bank",
    "development bank",
    "bank for",
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
# The central banks named "Bank of" their country, which write themselves with "the" ("the
# Bank of England", "the Bank of Canada"); a commercial bank named so does not ("Bank of
# Ireland", "Bank of China", "Bank of Montreal"), nor does one of a city or state.
CENTRAL_BANKS = frozenset(
    f"bank of {country}"
    for country in (
        *("england", "canada", "japan", "korea", "italy", "france", "spain", "portugal"),
        *("greece", "finland", "israel", "thailand", "russia", "albania", "lithuania", "latvia"),
        *("slovenia", "estonia", "ghana", "uganda", "tanzania", "zambia", "botswana", "namibia"),
        *("mozambique", "sierra leone", "jamaica", "guyana", "mauritius", "papua new guinea"),
        *("algeria", "sudan"),
    )
)
# A last word that makes a name an institution's: "the Max Planck Institute", "the European
# Space Agency", "the Mozilla Foundation", "the European Commission" (of two words or more:
# "Agency" alone may be a company's whole name).
THE_BEFORE_LAST_WORDS = frozenset({"institute", "agency", "foundation", "commission"})
# The trades whose agencies are companies, named as brands without "the" ("Acme Creative
# Agency", "United Talent Agency", "Creative Artists Agency"), by the word before "Agency";
# a public body's names what it looks after ("the Environment Agency", "the European Space
# Agency", "the National Security Agency").
BUSINESS_AGENCIES = frozenset(
    {"creative", "digital", "marketing", "advertising", "ad", "media", "design", "branding"}
    | {"brand", "content", "social", "web", "seo", "pr", "communications", "growth"}
    | {"talent", "artists", "model", "modelling", "modeling", "casting", "booking", "literary"}
    | {"travel", "recruitment", "recruiting", "staffing", "placement", "nanny", "nursing"}
    | {"insurance", "estate", "property", "lettings", "letting", "translation", "events"}
)
# A first word of a public body or a university named in its own language, said with "the" in
# English ("the Bundesagentur für Arbeit", "the Institut Pasteur", "the Mairie de Paris",
# "the Universidad de Chile"); German federal and state bodies by their first word's start.
THE_BEFORE_FIRST_WORDS = frozenset(
    {"ministerium", "ministère", "ministerio", "ministério", "ministero", "mairie"}
    | {"institut", "instituto", "istituto", "agence", "agencia", "agência"}
    | {"université", "universidad", "universidade", "università", "universität"}
)
THE_BEFORE_FIRST_WORD_STARTS = ("bundes", "landes")

_WORDS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def takes_the(company: str) -> bool:
    """Whether an English sentence names ``company`` with "the" before it (the rules above)."""
    words = [word.casefold() for word in _WORDS.findall(without_legal_form(company))]
    if not words or words[0] == "the":
        return False
    text = " ".join(words)
    if any(f" {phrase} " in f" {text} " for phrase in THE_BEFORE_PHRASES):
        return True
    if any(f"{text} ".startswith(f"{bank} ") for bank in CENTRAL_BANKS):
        return True
    if len(words) > 1 and words[-1] in THE_BEFORE_LAST_WORDS:
        return words[-1] != "agency" or words[-2] not in BUSINESS_AGENCIES
    first = words[0]
    return first in THE_BEFORE_FIRST_WORDS or (
        len(words) > 1 and first.startswith(THE_BEFORE_FIRST_WORD_STARTS)
    )


def in_a_sentence(company: str) -> str:
    """``company`` as a sentence names it after "at", "with" or "to": "the University of
    Oxford", "Google", "The Home Depot" (as typed); '' for ''."""
    return f"the {company}" if company and takes_the(company) else company
