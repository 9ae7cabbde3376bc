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
        # Postgres's and Supabase's UTC, the offset's minutes left out (ot145 F4).
        ("interview_at", "US", "2026-11-20 01:30:00.281918+00", "2026-11-19", None),
        ("interview_at", "US", "2026-11-20T01:30:00+00", "2026-11-19", None),
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


def midnight_kept(utc: str, other: str, place: str) -> str:
    return (
        f"is midnight UTC, the way apps store a date picked without a time: read as the date "
        f"written, {utc}, though the column's other UTC times are read as their day in {place} "
        f"(as a time it would be {other}): write the local date if a time was meant"
    )


@pytest.mark.parametrize(
    ("cells", "read", "problems"),
    [
        # Simplify's and Huntr's dates picked without a time: every stamp midnight UTC, so the
        # column holds dates, read as written, nothing to say (ot136 F1).
        (
            ["2026-11-20T00:00:00.000Z", "2026-11-16T00:00:00Z", "2026-11-13T00:00+00:00"],
            ["2026-11-20", "2026-11-16", "2026-11-13"],
            ["", "", ""],
        ),
        (["2026-11-20 00:00:00 UTC"], ["2026-11-20"], [""]),
        # A second past midnight is a time: 7 PM the evening before everywhere in the country.
        (
            ["2026-11-20T00:00:01Z"],
            ["2026-11-19"],
            [local("Fri 2026-11-20", "Thu 2026-11-19", US)],
        ),
        (
            ["2026-11-20T00:00:00.500Z"],
            ["2026-11-19"],
            [local("Fri 2026-11-20", "Thu 2026-11-19", US)],
        ),
        # Trello's due dates with their times: the real time is converted as before, the
        # midnight one beside it read as written and said, being the one not converted.
        (
            ["2026-11-21T01:30:00.000Z", "2026-11-20T00:00:00.000Z"],
            ["2026-11-20", "2026-11-20"],
            [
                local("Sat 2026-11-21", "Fri 2026-11-20", US),
                midnight_kept("Fri 2026-11-20", "Thu 2026-11-19", US),
            ],
        ),
        # A blank or a plain date beside the midnight stamps changes nothing.
        (
            ["2026-11-20T00:00:00.000Z", "", "11/19/2026"],
            ["2026-11-20", "NaT", "2026-11-19"],
            [""] * 3,
        ),
    ],
)
def test_midnight_utc_is_the_date_written(
    cells: list[str], read: list[str], problems: list[str]
) -> None:
    rows = [
        {"company": f"Co{i}", "position": "PM", "interview_at": c, "country": "US-CA"}
        for i, c in enumerate(cells)
    ]
    frame = normalise_rows(raw_table(rows), ReadOptions(), as_of="2026-11-20")
    assert [f"{d:%Y-%m-%d}" if d == d else "NaT" for d in frame["interview_date"]] == read
    seen = [[p for p in frame.loc[row, "problems"] if "UTC" in p] for row in frame.index]
    assert seen == [
        [f'C{row}: "{c}" {p}'] if p else []
        for row, c, p in zip(frame.index, cells, problems, strict=True)
    ]


def test_a_simplify_export_thanks_the_day_after_the_date_picked(tmp_path) -> None:
    """End to end, ot136's Simplify rows (New York): Friday's interview is thanked on
    Saturday, not Thursday's on Friday; Monday's is Monday's, not a Sunday's."""
    from trackers import run_csv_seen

    text = (
        "Company,Job Title,Status,Date Applied,Interview Date,Location\n"
        'Stripe,PM,Interviewing,2026-11-02T00:00:00.000Z,2026-11-20T00:00:00.000Z,"New York, NY"\n'
        'Figma,PM,Applied,2026-11-10T00:00:00.000Z,,"Seattle, WA"\n'
        'Ramp,PM,Interviewing,2026-11-02T00:00:00.000Z,2026-11-16T00:00:00Z,"Remote in USA"\n'
    )
    assert run_csv_seen(tmp_path, text, "2026-11-20") == {
        "Stripe": ("Due soon", "Thank-you note", "2026-11-21", ""),
        "Figma": ("Due today", "Application check-in", "2026-11-20", ""),
        "Ramp": ("Overdue", "Thank-you note", "2026-11-17", ""),
    }


# What each date field is read into, when not its own name.
READ_INTO = {"stated_decision": "decision_date"}


@pytest.mark.parametrize(
    ("field", "cell", "as_of", "read", "problem"),
    [
        # Sent at 8:30 PM in New York on the interview day, Thursday: Friday in UTC, which on
        # Thursday's run was a thank-you "sent in the future" and the row needed info.
        (
            "thank_you_sent",
            "2026-11-20T01:30:00.000Z",
            "2026-11-19",
            "2026-11-19",
            local("Fri 2026-11-20", "Thu 2026-11-19", US),
        ),
        (
            "check_in_1_sent",
            "2026-11-26T02:00:00Z",
            "2026-11-26",
            "2026-11-25",
            local("Thu 2026-11-26", "Wed 2026-11-25", US),
        ),
        (
            "check_in_2_sent",
            "2026-12-03T01:00:00.000Z",
            "2026-12-03",
            "2026-12-02",
            local("Thu 2026-12-03", "Wed 2026-12-02", US),
        ),
        (
            "final_sent",
            "2026-12-10 03:15:00 UTC",
            "2026-12-10",
            "2026-12-09",
            local("Thu 2026-12-10", "Wed 2026-12-09", US),
        ),
        (
            "application_check_in_sent",
            "2026-11-10T01:45:00+00:00",
            "2026-11-10",
            "2026-11-09",
            local("Tue 2026-11-10", "Mon 2026-11-09", US),
        ),
        (
            "networking_sent",
            "2026-12-16T04:00:00.000Z",
            "2026-12-16",
            "2026-12-15",
            local("Wed 2026-12-16", "Tue 2026-12-15", US),
        ),
        # A reply on New Year's Eve evening, New Year's Day in UTC.
        (
            "last_reply",
            "2027-01-01T03:00:00.000Z",
            "2027-01-04",
            "2026-12-31",
            local("Fri 2027-01-01", "Thu 2026-12-31", US),
        ),
        (
            "stated_decision",
            "2026-11-25T02:00:00.000Z",
            "2026-11-20",
            "2026-11-24",
            local("Wed 2026-11-25", "Tue 2026-11-24", US),
        ),
        # Dates picked without a time in these columns too: the date written, nothing said.
        ("thank_you_sent", "2026-11-19T00:00:00.000Z", "2026-11-19", "2026-11-19", ""),
        ("last_reply", "2027-01-01T00:00:00.000Z", "2027-01-04", "2027-01-01", ""),
        ("stated_decision", "2026-11-25T00:00:00.000Z", "2026-11-20", "2026-11-25", ""),
    ],
)
def test_every_date_column_reads_a_utc_time_where_the_row_is(
    field: str, cell: str, as_of: str, read: str, problem: str
) -> None:
    rows = [
        {
            "company": "Plaid",
            "position": "Engineer",
            "applied_at": "2026-11-02",
            "interview_at": "2026-11-19",
            field: cell,
            "country": "US",
        }
    ]
    frame = normalise_rows(raw_table(rows), ReadOptions(), as_of=as_of)
    assert f"{frame.loc[2, READ_INTO.get(field, field)]:%Y-%m-%d}" == read
    problems = [p for p in frame.loc[2, "problems"] if "UTC" in p]
    assert problems == ([f'E2: "{cell}" {problem}'] if problem else [])


@pytest.mark.parametrize(
    ("interview", "sent", "as_of", "read", "problem"),
    [
        # 11:30 PM on a leap day in New York is 1 March in UTC.
        (
            "2028-02-29",
            "2028-03-01T04:30:00.000Z",
            "2028-03-01",
            "2028-02-29",
            local("Wed 2028-03-01", "Tue 2028-02-29", US),
        ),
        ("2028-02-28", "2028-02-29T00:00:00.000Z", "2028-03-01", "2028-02-29", ""),
        # New Year's Eve in New York, New Year's Day in UTC.
        (
            "2026-12-31",
            "2027-01-01T02:00:00Z",
            "2026-12-31",
            "2026-12-31",
            local("Fri 2027-01-01", "Thu 2026-12-31", US),
        ),
    ],
)
def test_a_thank_you_sent_on_the_evening_is_sent_that_day(
    interview: str, sent: str, as_of: str, read: str, problem: str
) -> None:
    rows = [
        {
            "company": "Plaid",
            "position": "Engineer",
            "interview_at": interview,
            "thank_you_sent": sent,
            "country": "US",
        }
    ]
    frame = normalise_rows(raw_table(rows), ReadOptions(), as_of=as_of)
    assert f"{frame.loc[2, 'thank_you_sent']:%Y-%m-%d}" == read
    assert bool(frame.loc[2, "thank_you_done"]) is True
    problems = [p for p in frame.loc[2, "problems"] if "UTC" in p]
    assert problems == ([f'D2: "{sent}" {problem}'] if problem else [])


def test_a_utc_applied_date_stays_local_beside_an_applied_date_in_a_status() -> None:
    """A Status saying "Applied on 11/2" on another row made the Date Applied column be read
    again, and its UTC times were read as their UTC day, though Problems said otherwise."""
    rows = [
        {"company": "Ramp", "position": "PM", "applied_at": "2026-11-03T02:00:00.000Z"},
        {"company": "Brex", "position": "PM", "outcome": "Applied on 11/2"},
    ]
    for row in rows:
        row["country"] = "US"
    frame = normalise_rows(raw_table(rows), ReadOptions(), as_of="2026-11-20")
    assert [f"{d:%Y-%m-%d}" for d in frame["applied_date"]] == ["2026-11-02", "2026-11-02"]
    assert [p for p in frame.loc[2, "problems"] if "UTC" in p] == [
        'C2: "2026-11-03T02:00:00.000Z" ' + local("Tue 2026-11-03", "Mon 2026-11-02", US)
    ]


def test_a_sent_column_and_a_stage_column_of_utc_times_end_to_end(tmp_path) -> None:
    """Huntr's rows in New York: an onsite at 8:30 PM is thanked the next day, and a thank-you
    sent that evening is sent, not a typo in the future that the row needs fixed."""
    from trackers import run_csv_seen

    text = (
        "Company,Position,Location,Phone Screen,Onsite,Thank You Sent\n"
        'Plaid,Engineer,"New York, NY",2026-11-10T00:00:00.000Z,2026-11-20T01:30:00.000Z,\n'
        'Ramp,Engineer,"New York, NY",2026-11-19T00:00:00.000Z,,2026-11-20T01:30:00.000Z\n'
    )
    assert run_csv_seen(tmp_path, text, "2026-11-19") == {
        "Plaid": (
            "Due soon",
            "Thank-you note",
            "2026-11-20",
            'row 2, column "Onsite": "2026-11-20T01:30:00.000Z" '
            + local("Fri 2026-11-20", "Thu 2026-11-19", US),
        ),
        "Ramp": (
            "Scheduled",
            "1st check-in",
            "2026-11-27",
            'row 3, column "Thank You Sent": "2026-11-20T01:30:00.000Z" '
            + local("Fri 2026-11-20", "Thu 2026-11-19", US),
        ),
    }
