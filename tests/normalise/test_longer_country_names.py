"""A country's name that holds another's is never read as the shorter one (outside test ot139
F1: 'Congo, Democratic Republic of the' and 'Congo-Kinshasa' were the Republic of the
Congo's calendar, with its holidays, not DR Congo's, and no word)."""

from __future__ import annotations

import pytest

from followup_batch.normalise.cell_readers import read_place
from followup_batch.normalise.countries import UNKNOWN_COUNTRY


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # The two Congos, each as lists, people and its capital write it.
        ("Congo, Democratic Republic of the", "CD"),
        ("Congo-Kinshasa", "CD"),
        ("Congo (Kinshasa)", "CD"),
        ("Democratic Republic of the Congo", "CD"),
        ("Kinshasa, Congo", "CD"),
        ("Lubumbashi, Katanga, Congo", "CD"),
        ("Congo-Brazzaville", "CG"),
        ("Congo (Brazzaville)", "CG"),
        ("Republic of the Congo", "CG"),
        ("Brazzaville, Congo", "CG"),
        ("Congo", "CG"),
        # The two Koreas: ISO's order, the CIA's, and a capital beside 'Korea'.
        ("Korea, Democratic People's Republic of", "KP"),
        ("Korea, North", "KP"),
        ("Pyongyang, Korea", "KP"),
        ("Korea - Pyongyang", "KP"),
        ("Korea, Republic of", "KR"),
        ("Korea, South", "KR"),
        ("Seoul, Korea", "KR"),
        # The Guineas, Sudans, Samoas and others whose names hold another's.
        ("Guinea-Bissau", "GW"),
        ("Bissau, Guinea", "GW"),
        ("Equatorial Guinea", "GQ"),
        ("Guinea, Equatorial", "GQ"),
        ("Malabo, Guinea", "GQ"),
        ("Papua New Guinea", "PG"),
        ("Port Moresby, Guinea", "PG"),
        ("Guinea", "GN"),
        ("Conakry, Guinea", "GN"),
        ("Niger", "NE"),
        ("Nigeria", "NG"),
        ("Dominica", "DM"),
        ("Dominican Republic", "DO"),
        ("Sudan", "SD"),
        ("Khartoum, Sudan", "SD"),
        ("South Sudan", "SS"),
        ("Sudan, South", "SS"),
        ("Juba, Sudan", "SS"),
        ("Samoa", "WS"),
        ("Apia, Samoa", "WS"),
        ("Samoa, American", "AS"),
        ("Virgin Islands, U.S.", "US-VI"),
        ("British Virgin Islands", "VG"),
        ("Virgin Islands, British", "VG"),
    ],
)
def test_the_longer_name_is_its_country(value: str, expected: str) -> None:
    assert read_place(None, None, value, default="US") == (expected, None)


@pytest.mark.parametrize(
    "value",
    # A country's name and a state's form that make no name the lists have: no guess at the
    # shorter country, and Problems says so.
    ["Congo, People's Republic of the", "Congo Democratic Republic"],
)
def test_an_unknown_longer_name_is_not_the_shorter_country(value: str) -> None:
    country, reason = read_place(None, None, value, default="US")
    assert country == "US"
    assert reason is not None and UNKNOWN_COUNTRY in reason
