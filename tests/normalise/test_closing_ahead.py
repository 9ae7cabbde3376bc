"""A closed row whose Status dates its closing after the day of the run ("Rejected 12/20" typed
in November): that day has not come, so the row is read as closed on no day, and Problems says
so (fx352: the date was dropped without a word)."""

from __future__ import annotations

import pytest
from trackers import run_csv_seen

AS_OF = "2026-11-23"
# Company, Interview Date, Status, Country
ROWS = [
    ("A1", "2026-11-10", "Rejected 12/20", "US"),
    ("A2", "2026-11-10", "Rejected 12/20/2026", "US"),
    ("A3", "2026-11-10", "Rejected 20/12", "GB"),
    ("A4", "2026-11-10", "Absage 20.12.", "DE"),
    ("A5", "2026-11-10", "Withdrew 12/1", "US"),
    ("A6", "2026-11-10", "Onsite 11/10, rejected 12/20", "US"),
    ("B1", "2026-11-10", "Rejected 11/20", "US"),
    ("B2", "2026-11-10", "Rejected 11/23", "US"),  # the run's own day
    ("B3", "2026-11-10", "Rejected", "US"),
]
CSV = "Company,Position,Interview Date,Status,Country\n" + "".join(
    f'{company},Analyst,{interview},"{status}",{country}\n'
    for company, interview, status, country in ROWS
)


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str, str, str]]:
    return run_csv_seen(tmp_path_factory.mktemp("closing_ahead"), CSV, AS_OF)


@pytest.mark.parametrize(
    ("company", "row", "status", "closing", "day"),
    [
        ("A1", 2, "Rejected 12/20", "rejection", "2026-12-20"),
        ("A2", 3, "Rejected 12/20/2026", "rejection", "2026-12-20"),
        ("A3", 4, "Rejected 20/12", "rejection", "2026-12-20"),
        ("A4", 5, "Absage 20.12.", "rejection", "2026-12-20"),
        ("A5", 6, "Withdrew 12/1", "withdrawal", "2026-12-01"),
        ("A6", 7, "Onsite 11/10, rejected 12/20", "rejection", "2026-12-20"),
    ],
)
def test_a_closing_after_the_run_is_read_as_undated_and_said(
    seen: dict[str, tuple[str, str, str, str]],
    company: str,
    row: int,
    status: str,
    closing: str,
    day: str,
) -> None:
    # The networking check-in counts from the interview: 10 weeks after Tue 2026-11-10.
    assert seen[company] == (
        "Closed",
        "Networking check-in",
        "2027-01-19",
        f'row {row}, column "Status": "{status}": the {closing} date {day} is after today '
        "(Mon 2026-11-23, the date of this run), so it is read as undated; fix the date if it "
        "is a typo",
    )


@pytest.mark.parametrize(
    ("company", "due"),
    [
        # A closing on or before the run's day dates the networking check-in; none, the interview.
        ("B1", "2027-01-29"),
        ("B2", "2027-02-01"),
        ("B3", "2027-01-19"),
    ],
)
def test_a_closing_that_has_come_says_nothing(
    seen: dict[str, tuple[str, str, str, str]], company: str, due: str
) -> None:
    assert seen[company] == ("Closed", "Networking check-in", due, "")
