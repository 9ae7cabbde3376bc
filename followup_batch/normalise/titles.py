"""A position and a company as the drafts name them.

A position goes without the company a row title repeats after it.

Notion and Airtable keep a row's title in a Name column ("Data Analyst @ Initech") beside a
Company column; mapped as the Position, the drafts would say "the Data Analyst @ Initech role
at Initech". The suffix goes only when it is the row's own company (compared as
``read.names.name_key`` compares companies), or after "@" or "at" that company shortened
("Marketing Analyst @ Vandelay" at Vandelay Industries), so "Head of Sales - EMEA" keeps its
region.

A company is named as written up to ``COMPANY_MAX_WORDS`` words, a longer name by the short
form it gives in brackets ("Deutsche Gesellschaft ... (GIZ) ..."); a cell longer still and
without one is a note typed where the name goes, left out of the drafts and said in the row's
Problems (``company_left_out``).
"""

from __future__ import annotations

import re

import numpy as np

from followup_batch.normalise.cells import each_distinct, longer_than, shown
from followup_batch.read.names import LEGAL_FORMS, without_company

# The most words of a company's name a draft writes: real names reach 8 to 10 ("Deutsche
# Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH", "Department for Environment, Food
# & Rural Affairs"); more is a note typed where the name goes, which no subject line quotes.
COMPANY_MAX_WORDS = 12
# The most words of a job title a draft writes: "Senior Staff Software Engineer, Machine
# Learning Platform (Remote, US)" is ten; more is a note or a pasted job ad.
POSITION_MAX_WORDS = 12
# A name's short form in brackets: "(GIZ)", "(DEFRA)", "(P&G)".
_SHORT_FORM = re.compile(r"\(\s*([^\W_][\w&.'-]*)\s*\)")
_WORD = re.compile(r"\S+")
# What stands between a name and its legal form: "Acme, Inc.", "Müller GmbH & Co. KG".
_FORM_JOINERS = ",&;"


def positions_without_company(positions: np.ndarray, companies: np.ndarray) -> np.ndarray:
    """Each row's position without a trailing separator and the row's own company (once per
    distinct pair: a tracker repeats its titles and companies)."""
    return np.array(
        each_distinct(_without_company, positions.tolist(), companies.tolist()), dtype=object
    )


def _without_company(position: object, company: object) -> object:
    if isinstance(position, str) and isinstance(company, str):
        return without_company(position, company)
    return position


def short_form(company: str) -> str:
    """The short form a company's name gives in brackets, one word ("GIZ" of "Deutsche
    Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH"); '' when it gives none."""
    found = _SHORT_FORM.search(company)
    return found[1] if found else ""


def without_legal_form(company: str) -> str:
    """The company's name without the legal form written after it, as a person names its
    people ("the Acme team" of "Acme, Inc.", "the Müller team" of "Müller GmbH & Co. KG",
    "the Siemens team" of "Siemens AG"; ot127 F3): the name as written when nothing but an
    article would be left ("The Limited"), or when it ends in a form people say as part of
    the name (``_BRAND_WORDS``: "Smith & Co", "Ford Motor Company")."""
    words = list(_WORD.finditer(company))
    kept = len(words)
    if kept and _brand_word(words[-1][0]):
        return company  # "Smith & Co", "Ford Motor Company": how people know the firm
    while kept > 1 and _legal_form_or_joiner(words[kept - 1][0]):
        kept -= 1
    if kept == len(words):
        return company
    name = company[: words[kept - 1].end()].rstrip(_FORM_JOINERS)
    return company if name.casefold() == "the" else name


# Legal forms people say as part of the name when they end it ("Smith & Co", "The Honest
# Company", "Toyota Motor Corporation"): taken off only before another form ("Nintendo Co.,
# Ltd.", "Müller GmbH & Co. KG"), never when they end the name (ot131 F6).
_BRAND_WORDS = frozenset({"co", "company", "corporation"})


def _brand_word(word: str) -> bool:
    """Whether the last word of a company's name is a legal form kept as part of the name."""
    return word.strip(_FORM_JOINERS + ".").casefold().replace(".", "") in _BRAND_WORDS


def _legal_form_or_joiner(word: str) -> bool:
    """Whether a word after a company's name is a legal form ("Inc.", "GmbH", "S.A.") or what
    joins one to it ("&", ",")."""
    bare = word.strip(_FORM_JOINERS + ".").casefold().replace(".", "")
    return bare == "" or bare in LEGAL_FORMS


# What an applicant notes in brackets after a company's name ("Google (Winter)", "Stripe
# (Summer 2025)", "Acme (via Referral)"): a season, a term, how they applied, a kind of job.
# Only these words, a year and a place make a note: brackets of any other word are the name's
# ("Amazon (AWS)", "Deutsche Gesellschaft ... (GIZ) GmbH").
NOTE_WORDS = frozenset(
    [
        "winter",
        "summer",
        "spring",
        "fall",
        "autumn",
        "term",
        "semester",
        "quarter",
        "internship",
        "intern",
        "interns",
        "co-op",
        "coop",
        "new",
        "grad",
        "graduate",
        "full-time",
        "part-time",
        "contract",
        "temp",
        "remote",
        "hybrid",
        "onsite",
        "on-site",
        "via",
        "referral",
        "referred",
        "team",
    ]
)
# The most characters a bracketed note runs to ("Summer 2025, via referral").
_NOTE_MAX = 40
# Words a note of how the person came to the job begins with, whoever follows ("(via Hays)",
# "(referred by Dana Ortiz)", "(über Hays)": ot135 F6): the agency or person is no part of
# the company's name.
_HOW_APPLIED = frozenset(["via", "through", "thru", "referred", "referral", "ref", "über"])


def without_note(company: str) -> str:
    """The company's name without the applicant's note in brackets after it: a season, a term,
    a year, a place or how they applied ("Google" of "Google (Winter)", "Deloitte" of
    "Deloitte (London)", "Zalando SE" of "Zalando SE (via Hays)"; ``NOTE_WORDS``,
    ``_HOW_APPLIED``), as a draft names it (ot132 F7: "I hope all is well at Google
    (Winter)"). The name as written when its brackets hold anything else, or nothing would be
    left. String operations only: linear on any cell."""
    text = company.rstrip()
    start = text.rfind("(")
    if not text.endswith(")") or start <= 0 or len(text) - start > _NOTE_MAX:
        return company
    name = text[:start].rstrip()
    return name if name and _is_note(text[start + 1 : -1]) else company


def _is_note(inner: str) -> bool:
    """Whether the words in brackets are an applicant's note (``without_note``)."""
    from followup_batch.normalise.countries import names_a_place

    words = inner.replace(",", " ").replace("/", " ").casefold().split()
    if not words:
        return False
    if all(w.strip(".") in NOTE_WORDS or _is_year(w) for w in words):
        return True
    if words[0].strip(".:") in _HOW_APPLIED:
        return True
    if len(words) <= 3 and words[-1] == "team":
        return True
    # A place is named by its letters: the place index also knows numbers ("3" is a district),
    # and "javascript:alert(3)" lost its "(3)".
    return any(c.isalpha() for c in inner) and names_a_place(inner.strip())


def _is_year(word: str) -> bool:
    """A year as a note writes it: "2025", "'25"."""
    if not word.isascii():
        return False
    if word.startswith("'"):
        return len(word) == 3 and word[1:].isdigit()
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def company_left_out(company: str) -> str | None:
    """The problem to say of a Company cell the drafts leave out: longer than
    ``COMPANY_MAX_WORDS`` words, without a short form in brackets; None for a name."""
    if not longer_than(company, COMPANY_MAX_WORDS) or short_form(company):
        return None
    return (
        f"{shown(company)} is longer than a company's name ({COMPANY_MAX_WORDS} words): the "
        'drafts leave it out; write the name alone, or add a short one in brackets ("(GIZ)")'
    )


def position_left_out(position: str) -> str | None:
    """The problem to say of a Position cell the drafts leave out: longer than
    ``POSITION_MAX_WORDS`` words; None for a title."""
    if not longer_than(position, POSITION_MAX_WORDS):
        return None
    return (
        f"{shown(position)} is longer than a job title ({POSITION_MAX_WORDS} words): the "
        'drafts leave it out ("the role"); write the title alone'
    )
