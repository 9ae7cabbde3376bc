"""Countries by the names lists and official documents give them: ISO 3166-1's, the UN's,
the short ones in daily use (outside test ot139 F2: 'Syria', 'Russian Federation' and
'Democratic Republic of the Congo' were "not a country", on the US calendar)."""

from __future__ import annotations

import pytest
from holidays.registry import COUNTRIES as HOLIDAY_COUNTRIES

from followup_batch.normalise.calendar_places import calendar_named
from followup_batch.normalise.cell_readers import read_place
from followup_batch.normalise.country_names import OFFICIAL_NAMES

# Germany: a default whose regions no country's name spells, so each name is read as its own.
DEFAULT = "DE"


def calendar_of(code: str) -> str:
    """The calendar a country's name is read as: England's for the United Kingdom's."""
    return "GB-ENG" if code == "GB" else code


def test_every_country_of_the_calendars_has_its_line() -> None:
    assert set(OFFICIAL_NAMES) == {alpha2 for _, alpha2, *_ in HOLIDAY_COUNTRIES.values()}


@pytest.mark.parametrize(
    ("value", "expected"),
    [(name, calendar_of(code)) for code, names in OFFICIAL_NAMES.items() for name in names],
)
def test_each_official_name_is_its_country(value: str, expected: str) -> None:
    assert read_place(None, None, value, default=DEFAULT) == (expected, None)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # The cells of the outside test, on a US tracker.
        ("Syria", "SY"),
        ("Russian Federation", "RU"),
        ("Democratic Republic of the Congo", "CD"),
        ("Democratic Republic of Congo", "CD"),
        ("Côte d’Ivoire", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("Cote d'Ivoire", "CI"),
        ("Lao PDR", "LA"),
        ("Macedonia", "MK"),
        ("North Macedonia", "MK"),
        ("United Republic of Tanzania", "TZ"),
        ("Republic of the Congo", "CG"),
        # ... the UN's bracketed form, which was read as a region of Bolivia's ('BO has no
        # holiday subdivision "Plurinational State of"').
        ("Bolivia (Plurinational State of)", "BO"),
        ("Iran (Islamic Republic of)", "IR"),
        # ... ISO's order, with and without its 'The'.
        ("Congo, The Democratic Republic of the", "CD"),
        ("Congo, Democratic Republic of the", "CD"),
        ("Congo, Republic of the", "CG"),
        ("Korea, Republic of", "KR"),
        ("Korea, Democratic People's Republic of", "KP"),
        ("Virgin Islands, U.S.", "US-VI"),
        ("Virgin Islands, British", "VG"),
        # The names that worked before still do.
        ("SY", "SY"),
        ("Syrian Arab Republic", "SY"),
        ("Russia", "RU"),
        ("Ivory Coast", "CI"),
        ("Laos", "LA"),
        ("DR Congo", "CD"),
        ("Congo", "CG"),
    ],
)
def test_official_and_common_names_on_a_us_tracker(value: str, expected: str) -> None:
    assert read_place(None, None, value, default="US") == (expected, None)


@pytest.mark.parametrize(
    ("code", "named"),
    [
        # The registry's 'DRCongo', spaced as its other names are (the Why said 'On the
        # DRCongo (CD) calendar').
        ("CD", "DR Congo (CD)"),
        ("CG", "Congo (CG)"),
        ("US", "United States (US)"),
        ("VI", "United States Virgin Islands (VI)"),
        ("HK", "Hong Kong (HK)"),
    ],
)
def test_a_calendar_is_named_in_words(code: str, named: str) -> None:
    assert calendar_named(code) == named
