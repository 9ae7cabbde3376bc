"""The days a closed row's Status tells (fx344): the round it ended after ("Rejected after onsite
11/18"), the round and the day it closed written with no mark between them ("Onsite 11/18
rejected 11/20"), each read where it is unambiguous; and, being past, a day without its year
that was placed after the run is the year before's ("Onsite 12/10 rejected" in November 2026)."""

from __future__ import annotations

import pytest
from trackers import run_csv_seen

from followup_batch.normalise.row_dates import round_date_text


@pytest.mark.parametrize(
    ("cell", "round_day", "closed_day"),
    [
        ("Rejected after onsite 11/18", "11/18", None),
        ("Rejected after the onsite on 11/18", "11/18", None),
        ("Rejected after onsite (11/18)", "11/18", None),
        ("Ghosted after the phone screen on 11/12", "11/12", None),
        ("Rejected after final round 18/11", "18/11", None),
        ("Onsite 11/18 rejected 11/20", "11/18", "11/20"),
        ("Onsite 18/11 rejected 20/11", "18/11", "20/11"),
        ("Vorstellungsgespräch 18.11. abgelehnt 20.11.", "18.11.", "20.11."),
        ("Onsite 11/18 rejected 11/20 (by email)", "11/18", "11/20"),
        ("Final round Nov 18 rejected Nov 20", "Nov 18", "Nov 20"),
        # As before: a comma between them, a rejection alone, and no round it ended after.
        ("Onsite 11/18, rejected 11/20", "11/18", "11/20"),
        ("Rejected 11/20", None, "11/20"),
        ("Rejected after applying 11/2", None, "11/2"),
        ("Applied 11/2 rejected 11/20", None, "11/20"),
        # Two rounds with nothing of a closing between them: which is it? Not read.
        ("Phone 11/12 onsite 11/18", None, None),
    ],
)
def test_the_days_a_closed_status_tells(
    cell: str, round_day: str | None, closed_day: str | None
) -> None:
    assert (round_date_text(cell), round_date_text(cell, rounds=False)) == (round_day, closed_day)


AS_OF = "2026-11-23"
# Company, Status, Country: an empty Interview Date, no other dates on the row.
ROWS = [
    ("B1", "Rejected after onsite 11/18", "US"),
    ("B2", "Onsite 11/18 rejected 11/20", "US"),
    ("B3", "Onsite 18/11 rejected 20/11", "GB"),
    ("B4", "Vorstellungsgespräch 18.11. abgelehnt 20.11.", "DE"),
    ("C1", "Onsite 12/10 rejected 12/20", "US"),
    ("C2", "Onsite 14/12 rejected 20/12", "GB"),
    ("C3", "Onsite 12/10 (ghosted)", "US"),
    ("C4", "Rejected after onsite 12/10", "US"),
]
CSV = "Company,Position,Interview Date,Status,Country\n" + "".join(
    f"{company},Analyst,,{status},{country}\n" for company, status, country in ROWS
)


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str, str, str]]:
    return run_csv_seen(tmp_path_factory.mktemp("closed"), CSV, AS_OF)


@pytest.mark.parametrize(
    ("company", "due", "interview", "year"),
    [
        # The networking check-in, 10 weeks after the later of the round and the closing.
        ("B1", "2027-01-27", "Wed 2026-11-18", "read as 2026-11-18 (nearest Mon 2026-11-23"),
        ("B2", "2027-01-29", "Wed 2026-11-18", "read as 2026-11-18 (nearest Mon 2026-11-23"),
        ("B3", "2027-01-29", "Wed 2026-11-18", "read as 2026-11-18 (nearest Mon 2026-11-23"),
        ("B4", "2027-01-29", "Wed 2026-11-18", "read as 2026-11-18 (nearest Mon 2026-11-23"),
    ],
)
def test_a_closed_row_is_dated_by_its_status(
    seen: dict[str, tuple[str, str, str, str]],
    company: str,
    due: str,
    interview: str,
    year: str,
) -> None:
    state, action, next_due, problems = seen[company]
    assert (state, action, next_due) == ("Closed", "Networking check-in", due)
    assert f"the interview date read from it, {interview}" in problems
    assert year in problems


@pytest.mark.parametrize(
    ("company", "interview"),
    [
        ("C1", "Wed 2025-12-10"),
        ("C2", "Sun 2025-12-14"),
        ("C3", "Wed 2025-12-10"),
        ("C4", "Wed 2025-12-10"),
    ],
)
def test_a_closed_rows_year_less_days_are_past(
    seen: dict[str, tuple[str, str, str, str]], company: str, interview: str
) -> None:
    # Its networking check-in, 10 weeks after 2025-12-10 (or 12-20), went unsent long ago.
    state, action, next_due, problems = seen[company]
    assert (state, action, next_due) == ("Closed", "—", "")
    assert f"the interview date read from it, {interview}" in problems
    day = interview[4:]
    assert (
        f"has no year; read as {day} (the row is closed, so this is past: 2026{day[4:]} is "
        "after Mon 2026-11-23, the date of this run)"
    ) in problems
