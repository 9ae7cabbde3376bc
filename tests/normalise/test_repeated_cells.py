"""A big tracker repeats its cells row after row (a few countries, a few Status words): what
normalising reads from them is worked out once per distinct value, not once per row. Counted,
not timed (STYLE: no timing assertions)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

import pytest
from trackers import raw_table

from followup_batch.normalise import day_first, frame, normalise_rows, row_dates
from followup_batch.read import ReadOptions

AS_OF = dt.date(2026, 11, 20)

# (each row's Country and Status, repeated this many times; the calendars asked how they write
# dates and the Status cells read for a date, each once)
TRACKERS = {
    "one country, no status": ([("US", None)], 40, ["US"]),
    "two countries taking turns": (
        [("US", "Phone screen 1/20"), ("UK", "Rejected 11/19")],
        20,
        ["US", "GB-ENG", "Phone screen 1/20", "Rejected 11/19"],
    ),
    "a blank country is the default's": (
        [("DE", "Onsite 11/23 (rescheduled from 11/20)"), ("", "Phone 11/3"), ("FR", None)],
        15,
        ["DE", "US", "FR", "Onsite 11/23 (rescheduled from 11/20)", "Phone 11/3"],
    ),
}


@pytest.mark.parametrize(("pattern", "times", "asked"), TRACKERS.values(), ids=TRACKERS.keys())
def test_countries_and_statuses_are_read_once_each(
    pattern: list[tuple[str, str | None]],
    times: int,
    asked: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: Counter[object] = Counter()

    def counted(function: Callable[..., object]) -> Callable[..., object]:
        def count(value: object, *args: object) -> object:
            seen[value] += 1
            return function(value, *args)

        return count

    monkeypatch.setattr(frame, "writes_dayfirst", counted(day_first.writes_dayfirst))
    monkeypatch.setattr(row_dates, "round_date_text", counted(row_dates.round_date_text))
    rows = [
        {
            "company": f"Company {i % 3}",
            "position": "Analyst",
            "interview_at": "2026-11-02",
            "country": country,
            "outcome": status,
        }
        for i, (country, status) in enumerate(pattern * times)
    ]
    normalise_rows(raw_table(rows), ReadOptions(), as_of=AS_OF)
    assert seen == Counter(asked)
