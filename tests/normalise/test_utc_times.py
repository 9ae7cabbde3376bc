"""UTC timestamps of app exports (Huntr, Simplify, Trello, Airtable: ``…Z``) are read as the
day they fell on where the row is, when every zone of its country agrees; else the UTC day
stays and the row says the other (ot113 F2: a Thursday-evening interview in New York was
thanked "for speaking with me on Friday", with no word on the row)."""

from __future__ import annotations

import pytest
from trackers import raw_table

from followup_batch.normalise.frame import normalise_rows
from followup_batch.read import ReadOptions


def local(utc: str, day: str, place: str) -> str:
    return f"is a UTC time: read as {day}, its day in {place} ({utc} in UTC)"


def kept(utc: str, others: str, place: str) -> str:
    return (
        f"is a UTC time, read as its day in UTC, {utc}; in {place} it was {others} in some of "
        "its time zones: write the local date if that is meant"
    )


US = "the United States"


@pytest.mark.parametrize(
    ("field", "country", "cell", "read", "problem"),
    [
        # Huntr's First Interview Date: 8:30 PM in New York, 5:30 PM in California.
        (
            "interview_at",
            "US",
            "2026-11-20T01:30:00.000Z",
            "2026-11-19",
            local("Fri 2026-11-20", "Thu 2026-11-19", US),
        ),
        ("interview_at", "US", "2026-11-20 01:30:00 UTC", "2026-11-19", None),
        ("interview_at", "US", "2026-11-20T01:30:00+00:00", "2026-11-19", None),
        # Simplify's Date Applied, Mon 9:15 PM in New York.
        (
            "applied_at",
            "US",
            "2026-11-17T02:15:00.000Z",
            "2026-11-16",
            local("Tue 2026-11-17", "Mon 2026-11-16", US),
        ),
        # The same day everywhere in the country: nothing to say.
        ("interview_at", "US", "2026-11-18T23:00:00.000Z", "2026-11-18", ""),
        ("interview_at", "GB", "2026-11-20T01:30:00Z", "2026-11-20", ""),
        # Ahead of UTC: 1:30 AM the next day in India.
        (
            "interview_at",
            "IN",
            "2026-11-19T20:00:00Z",
            "2026-11-20",
            local("Thu 2026-11-19", "Fri 2026-11-20", "India"),
        ),
        # 4 AM in New York, 11 PM the evening before in Honolulu: the UTC day stays, said.
        (
            "interview_at",
            "US",
            "2026-11-20T09:00:00Z",
            "2026-11-20",
            kept("Fri 2026-11-20", "Thu 2026-11-19", US),
        ),
        # 10 PM in Perth, 1 AM the next day in Sydney.
        (
            "interview_at",
            "AU",
            "2026-11-19T14:00:00Z",
            "2026-11-19",
            kept("Thu 2026-11-19", "Fri 2026-11-20", "Australia"),
        ),
        # A zone of its own written: the day written, as before.
        ("interview_at", "US", "2026-11-30T23:30:00-08:00", "2026-11-30", ""),
        ("interview_at", "US", "Nov 19, 2026 8:30 PM EST", "2026-11-19", ""),
    ],
)
def test_a_utc_timestamp_is_read_as_the_day_where_the_row_is(
    field: str, country: str, cell: str, read: str, problem: str | None
) -> None:
    """``problem`` None: the same line as the row above, for this cell."""
    rows = [{"company": "Plaid", "position": "Engineer", field: cell, "country": country}]
    frame = normalise_rows(raw_table(rows), ReadOptions(), as_of="2026-11-20")
    date = frame.loc[2, "interview_date" if field == "interview_at" else "applied_date"]
    assert f"{date:%Y-%m-%d}" == read
    problems = [p for p in frame.loc[2, "problems"] if "UTC" in p]
    if problem is None:
        assert problems == [f'C2: "{cell}" {local("Fri 2026-11-20", "Thu 2026-11-19", US)}']
    else:
        assert problems == ([f'C2: "{cell}" {problem}'] if problem else [])


def test_the_run_thanks_for_the_day_of_the_interview_where_it_was(tmp_path) -> None:
    """End to end, Huntr's row: the thank-you is due the day after Thursday's interview."""
    from trackers import run_csv_seen

    text = (
        "Company,Job Title,Location,First Interview Date\n"
        'Plaid,Engineer,"New York, NY",2026-11-20T01:30:00.000Z\n'
    )
    seen = run_csv_seen(tmp_path, text, "2026-11-20")["Plaid"]
    assert seen[:3] == ("Due today", "Thank-you note", "2026-11-20")
    assert seen[3] == (
        'row 2, column "First Interview Date": "2026-11-20T01:30:00.000Z" '
        + local("Fri 2026-11-20", "Thu 2026-11-19", US)
    )
