"""The readings that a long cell made quadratic (outside test ot105 F1: 20 cells of 30,000
characters took up to a minute of CPU) are bounded now, each by what no real cell passes: an
address's part before the @ (64 characters), a web address's name (63), a place's name and a
department's name (200 characters). Real cells read as they did before the bounds (the
expected values are those of the code before them), and the long cells read as said."""

from __future__ import annotations

import pytest

from followup_batch.normalise.countries import names_a_place, resolve_country
from followup_batch.normalise.departments import is_department
from followup_batch.normalise.interviewers import addresses_in_names, split_names
from followup_batch.normalise.vocabularies import VOCABULARIES, match_vocabulary

UNKNOWN = (
    " is not a country the holiday calendars know; using the United States (US) calendar"
    " (write an ISO code such as US, GB-SCT or DE-BY)"
)
# A Location cell as people write it, under 200 characters; and the same with more words.
HYBRID = "Remote - hybrid 3 days a week in the office near the station, Munich, Bavaria, Germany"
HYBRID_LONG = "Remote - hybrid 3 days a week in the office near the station " * 2 + HYBRID

# (Interviewer cell, its addresses, the names in it)
INTERVIEWER_CELLS = [
    ("Dana Ortiz <dana@acme.com>", ["dana@acme.com"], ["Dana Ortiz"]),
    ("ana@acme.com", ["ana@acme.com"], []),
    ("Ana Diaz (ana@acme.com)", ["ana@acme.com"], ["Ana Diaz"]),
    ("mailto:ana@acme.com", ["ana@acme.com"], []),
    ("Dana Ortiz dana@acme.com", ["dana@acme.com"], ["Dana Ortiz"]),
    ("lee.wong+jobs@mail.acme.co.uk", ["lee.wong+jobs@mail.acme.co.uk"], []),
    ("wang@t.example；li@t.example", ["wang@t.example", "li@t.example"], []),
    ("jürgen@müller.example", ["jürgen@müller.example"], []),
    ("Dana Ortiz, Sam Lee (sam@acme.com)", ["sam@acme.com"], ["Dana Ortiz", "Sam Lee"]),
    # 64 characters before the @, the most an address has: still one address
    ("x" * 64 + "@acme.com", ["x" * 64 + "@acme.com"], []),
    # not addresses, nor their neighbours ("12/3-4/" is ot105's long cell, once)
    ("Jane Roe", [], ["Jane Roe"]),
    ("Dana Ortiz and Sam Lee", [], ["Dana Ortiz", "Sam Lee"]),
    ("José Ortega y Gasset", [], ["José Ortega y Gasset"]),
    ("HR und Finanzen", [], ["HR und Finanzen"]),  # one team, not two people
    ("12/3-4/", [], []),
]


@pytest.mark.parametrize(("cell", "addresses", "names"), INTERVIEWER_CELLS)
def test_an_interviewer_cells_addresses_and_names(cell, addresses, names):
    assert addresses_in_names(cell) == (addresses, None)
    assert split_names(cell) == names


# (Country cell, its calendar and problem, whether a State column of it holds places)
PLACE_CELLS = [
    ("Germany", ("DE", None), True),
    ("Bayern, Deutschland", ("DE-BY", None), True),
    ("Munich, Bavaria, Germany", ("DE-BY", None), True),
    ("Austin, TX", ("US-TX", None), True),
    ("London, UK", ("GB-ENG", None), True),
    ("Perth WA 6000", ("AU-WA", None), True),
    ("Friedrichstraße 123, 10117 Berlin, Germany", ("DE-BE", None), True),
    ("Dubai, UAE", ("AE", None), True),
    ("Lahore, Punjab", ("PK", None), True),
    ("東京都渋谷区", ("JP", None), True),
    ("B&H", ("BA", None), True),
    (HYBRID, ("DE-BY", None), True),  # 86 characters: read to its last words
    ("Atlantis", ("US", UNKNOWN), False),
    ("H&M", ("US", UNKNOWN), False),
    ("Applied", ("US", UNKNOWN), False),
    ("after after", ("US", UNKNOWN), False),
    # over 200 characters: no place, whatever its last words
    (HYBRID_LONG, ("US", UNKNOWN), False),
    ("a " * 15_000, ("US", UNKNOWN), False),
    ("12/3-4/" * 4_285, ("US", UNKNOWN), False),
]


@pytest.mark.parametrize(("cell", "reading", "place"), PLACE_CELLS)
def test_a_country_cells_calendar(cell, reading, place):
    assert resolve_country(cell, "US") == reading
    assert names_a_place(cell) is place


def test_the_long_location_is_over_the_bound_and_the_short_one_under():
    assert len(HYBRID) < 200 < len(HYBRID_LONG)


# (Status cell, its outcome)
STATUS_CELLS = [
    ("Might decline offer", "offer"),  # a hedge before the decline
    ("Maybe declining the offer", "offer"),
    ("Thinking of turning it down, offer", "offer"),
    ("Considering whether to decline", None),
    ("Offer pending signature", "offer"),  # the rest of the clause read
    ("Oferta pendiente de firma", "offer"),
    ("Offer not yet signed", "offer"),
    ("Offer, not yet accepted", "offer"),
    ("No offer from them yet", "interviewing"),
    ("Still no offer", "interviewing"),
    ("Rejected - final round", "rejected"),
    ("Declined by employer", "rejected"),
    ("Hired.com screening", "interviewing"),  # a web address is a name
    ("Waiting - hired.com", "applied"),
    ("Applied via indeed.com", "applied"),
    ("Applied on careers.acme-corp.com", "applied"),
    ("Interview 2026-11-20", "interviewing"),
    ("Interview -> Offer", "offer"),
    ("Applied, Interviewed, Offered", "offer"),
    ("Phone screen ✅, Onsite ❌", "rejected"),
    ("Offer or", "offer"),
    ("Ghosted", "ghosted"),
    # ot105's long cells: what their words say, read in a moment
    ("Offer or " * 3_333, "offer"),
    ("2026-11-" * 3_750, None),
    ("a " * 15_000, None),
]


@pytest.mark.parametrize(("cell", "outcome"), STATUS_CELLS)
def test_a_status_cells_outcome(cell, outcome):
    assert match_vocabulary(cell, VOCABULARIES["outcome"]) == outcome


@pytest.mark.parametrize(
    ("text", "department"),
    [
        ("HR", True),
        ("Finance team", True),
        ("HR und Finanzen", True),
        ("Sales & Marketing", True),
        ("Recursos Humanos", True),
        ("Talent Acquisition and People Operations", True),
        ("Dana", False),
        ("Head of Finance", False),
        ("Sales and Dana", False),
        ("HR and " * 40, False),  # 280 characters: no team's name
    ],
)
def test_a_departments_name(text, department):
    assert is_department(text) is department
