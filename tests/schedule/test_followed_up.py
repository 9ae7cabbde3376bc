"""A follow-up dated after the interview in a column that names no message ("Followed Up",
"Follow up sent": read as the application check-in's) counts as the message due that day
(outside test ot79, finding 2: it counted for nothing, silently).

Interview Mon 2026-11-02 (US, video, standard, mid): thank-you due Tue 11-03; 1st check-in
5 bd → Mon 11-09 → Tue 11-10 (preferred day); 2nd check-in 9 bd after the 1st (Veterans Day
Wed 11-11 skipped); final follow-up 4 weeks → Mon 11-30, or 5 bd after the 2nd check-in.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner
from rowbuilder import frame

from followup_batch.cli import main
from followup_batch.schedule import load_rules, schedule_rows

RULES = load_rules()
INTERVIEW = "2026-11-02"
NAMED = "(a follow-up, not named which: the message due that day)"


def one(as_of: str, **row: Any) -> dict[str, Any]:
    row.setdefault("interview_date", INTERVIEW)
    row.setdefault("outcome", "interviewing")
    schedule = schedule_rows(frame(row), RULES, dt.date.fromisoformat(as_of))
    out = {
        key: value.date().isoformat() if isinstance(value, pd.Timestamp) else value
        for key, value in schedule.result.iloc[0].to_dict().items()
    }
    out["why"] = schedule.explain().iloc[0].split("\n")
    return out


@pytest.mark.parametrize(
    ("followed_up", "sent", "counted", "next_action", "next_due"),
    [
        # The day of the interview, before the thank-you is due: the thank-you.
        (
            "2026-11-02",
            {},
            "Thank-you note: the day after the video interview on Mon "
            "2026-11-02 → Tue 2026-11-03; sent Mon 2026-11-02",
            "2nd check-in",
            "2026-11-24",
        ),
        # The thank-you's own day, the thank-you unsent: the thank-you.
        (
            "2026-11-03",
            {},
            "Thank-you note: the day after the video interview on Mon "
            "2026-11-02 → Tue 2026-11-03; sent Tue 2026-11-03",
            "2nd check-in",
            "2026-11-24",
        ),
        # A week on, the 1st check-in due Tue 11-10: that check-in, a day early; the thank-you
        # sent in its own column.
        (
            "2026-11-09",
            {"thank_you_sent": "2026-11-03"},
            "1st check-in: 5 bd after Mon "
            "2026-11-02 → Mon 2026-11-09 → Tue 2026-11-10 (preferred send day); sent Mon "
            "2026-11-09",
            "2nd check-in",
            "2026-11-24",
        ),
        # Fri 11-20, the 1st check-in 10 days overdue and the thank-you unsent: the check-in,
        # not a thank-you 17 days late. The 2nd counts 9 bd from it (Thanksgiving skipped).
        (
            "2026-11-20",
            {},
            "1st check-in: 5 bd after Mon 2026-11-02 → Mon 2026-11-09 → Tue "
            "2026-11-10 (preferred send day); sent Fri 2026-11-20",
            "2nd check-in",
            "2026-12-04",
        ),
        # Tue 11-24, the 1st check-in sent in its own column on 11-10: the 2nd check-in, due
        # that day; the final follow-up 5 bd after it (Thanksgiving skipped), Wed 12-02, is
        # later than 4 weeks after the interview, Mon 11-30.
        (
            "2026-11-24",
            {"check_in_1_sent": "2026-11-10"},
            "2nd check-in: 5 bd +2 standard industry +2 mid = 9 bd after the 1st check-in "
            "(sent Tue 2026-11-10) → Tue 2026-11-24 (skipped Veterans Day Wed 11-11); sent "
            "Tue 2026-11-24",
            "Final follow-up",
            "2026-12-02",
        ),
    ],
)
def test_a_follow_up_after_the_interview_is_the_message_due_that_day(
    followed_up: str, sent: dict[str, str], counted: str, next_action: str, next_due: str
) -> None:
    out = one("2026-11-25", application_check_in_sent=followed_up, **sent)
    assert f"{counted} {NAMED}" in out["why"]
    assert (out["next_action"], out["next_due"]) == (next_action, next_due)


@pytest.mark.parametrize(
    ("followed_up", "sent"),
    [
        # Before the interview: the application's check-in it says it is.
        ("2026-10-20", {}),
        # The thank-you's own date written twice, in its column and the other.
        ("2026-11-03", {"thank_you_sent": "2026-11-03"}),
        # A thank-you marked without a date counts on its due date, Tue 11-03: the same one.
        ("2026-11-03", {"thank_you_sent": True}),
        # Before the 1st check-in its own column dates: an earlier message, recorded there.
        ("2026-11-09", {"check_in_1_sent": "2026-11-10"}),
    ],
)
def test_a_follow_up_the_row_already_records_counts_no_message_twice(
    followed_up: str, sent: dict[str, Any]
) -> None:
    out = one("2026-11-25", application_check_in_sent=followed_up, **sent)
    without = one("2026-11-25", **sent)
    assert not any(NAMED in line for line in out["why"])
    dates = ("check_in_1_due", "check_in_2_due", "final_due", "next_action", "next_due")
    assert [out[k] for k in dates] == [without[k] for k in dates]


def test_an_application_without_an_interview_keeps_its_check_in() -> None:
    """Applied Mon 11-02, followed up Thu 11-12: the application's check-in, sent."""
    out = one(
        "2026-11-13",
        interview_date=None,
        outcome="applied",
        applied_date="2026-11-02",
        application_check_in_sent="2026-11-12",
    )
    assert out["why"][-1].endswith("; sent Thu 2026-11-12")
    assert out["status"] == "Waiting"


# A tracker with a "Follow up sent" column, as of Wed 2026-11-25: a date is the message due
# that day; a mark cannot say which, and Problems says how to tell.
TRACKER = (
    "Company,Position,Interview Date,Interview Type,Date Applied,{header},Country\n"
    "Acme,Analyst,2026-11-02,Video,,2026-11-20,US\n"
    "Globex,Analyst,2026-11-02,Video,,x,US\n"
    "Initech,Analyst,2026-11-02,Video,,yes,US\n"
    "Hooli,Analyst,,,2026-11-02,x,US\n"
)
MARK_PROBLEM = (
    'row {row}, column "{header}": "{mark}" says a follow-up went, not which: on a row with an '
    "interview, write the day it went (the message due that day counts as sent) or mark it in a "
    "column of its own (Thank-you Sent, Check-in 1 Sent, Check-in 2 Sent, Final Follow-up Sent)"
)


def run(tmp_path: Path, header: str) -> dict[str, dict[str, str]]:
    tracker = tmp_path / "Maya Chen.csv"
    tracker.write_text(TRACKER.format(header=header), encoding="utf-8")
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main, ["run", str(tracker), "--as-of", "2026-11-25", "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    with out.open(newline="", encoding="utf-8") as handle:
        return {row["Company"]: row for row in csv.DictReader(handle)}


@pytest.mark.parametrize("header", ["Follow up sent", "Follow-up sent", "Followed up"])
def test_a_column_that_names_no_message(tmp_path: Path, header: str) -> None:
    rows = run(tmp_path, header)
    acme = rows["Acme"]
    assert (acme["Next action"], acme["Next due"], acme["Problems"]) == (
        "2nd check-in",
        "2026-12-04",
        "",
    )
    # Worded as the second check-in it is, the first one sent.
    assert "I am checking in again about the Analyst role at Acme." in acme["Draft"]
    for company, row, mark in (("Globex", 3, "x"), ("Initech", 4, "yes")):
        problem = MARK_PROBLEM.format(row=row, header=header, mark=mark)
        assert rows[company]["Problems"] == problem
    # An application without an interview: its check-in, marked sent.
    hooli = rows["Hooli"]
    assert (hooli["Follow-up status"], hooli["Problems"]) == ("Waiting", "")


def test_a_column_that_names_the_application_check_in_asks_nothing(tmp_path: Path) -> None:
    """ "Application Check-in Sent: x" on a row with an interview: the check-in on the
    application, before it, as the header says."""
    rows = run(tmp_path, "Application Check-in Sent")
    assert [rows[c]["Problems"] for c in ("Globex", "Initech")] == ["", ""]
    assert rows["Acme"]["Next action"] == "2nd check-in"


@pytest.mark.parametrize("seed", [3, 11])
def test_the_rules_read_the_moved_dates_as_the_frame_holds_them(seed: int) -> None:
    """``row_with_follow_ups_named`` is what reading the moved frame gives, without reading it."""
    from synthetic import synthetic_frame

    from followup_batch.schedule import phases
    from followup_batch.schedule.followed_up import (
        NONE,
        followed_up_as,
        row_with_follow_ups_named,
        with_follow_ups_named,
    )
    from followup_batch.schedule.rows import SEQUENCE, RowInputs, check_normalised, row_calendar

    normalised = check_normalised(synthetic_frame(3000, seed=seed))
    row = RowInputs.from_frame(normalised, RULES)
    days, _ = row_calendar(row, np.datetime64("2026-11-20"), RULES, None)
    named = followed_up_as(row, phases.interview_follow_ups(row, RULES, days), RULES)
    assert (named != NONE).sum() > 100
    made = row_with_follow_ups_named(row, named)
    read = RowInputs.from_frame(with_follow_ups_named(normalised, named), RULES)
    for name in SEQUENCE:
        assert np.array_equal(made.sent[name], read.sent[name], equal_nan=True)
        assert np.array_equal(made.done[name], read.done[name])
    assert np.array_equal(made.application_sent, read.application_sent, equal_nan=True)
    assert np.array_equal(made.application_done, read.application_done)


# A bare "Follow up" column, as of Wed 2026-11-25 (ot86 F4): people keep there the day they
# mean to follow up as often as the day they did. A date since the interview is read as
# neither, and Problems says how to name the column; the check-ins stand as without it (the
# 1st check-in, due Tue 11-10, passed over: the 2nd due Tue 11-24), where "Followed up" gives the
# 2nd check-in Fri 12-04 (above). A date before the interview is still the application's
# check-in, and on an application row, as before, its check-in sent.
BARE_TRACKER = (
    "Company,Position,Interview Date,Interview Type,Date Applied,{header},Country\n"
    "Acme,Analyst,2026-11-02,Video,,2026-11-20,US\n"
    "Umbrella,Analyst,2026-11-02,Video,,2026-11-02,US\n"
    "Vandelay,Analyst,2026-11-02,Video,2026-10-20,2026-10-28,US\n"
    "Globex,Analyst,2026-11-02,Video,,x,US\n"
    "Hooli,Analyst,,,2026-11-02,2026-11-12,US\n"
)
BARE_PROBLEM = (
    'row {row}, column "{header}": "{date}" is on or after the interview, under a "{header}" '
    "column that says neither sent nor planned: read neither as sent nor as a plan; if it went "
    'that day, name the column "Followed up" (the message due that day then counts as sent)'
)


@pytest.mark.parametrize("header", ["Follow up", "Follow Up", "Follow-up"])
def test_a_bare_follow_up_column_is_no_follow_up_sent_after_the_interview(
    tmp_path: Path, header: str
) -> None:
    tracker = tmp_path / "Maya Chen.csv"
    # Saved as "CSV UTF-8" (a byte-order mark): the tool's "—" stays (ASCII alone: ot96 F4).
    tracker.write_text(BARE_TRACKER.format(header=header), encoding="utf-8-sig")
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main, ["run", str(tracker), "--as-of", "2026-11-25", "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    with out.open(newline="", encoding="utf-8-sig") as handle:
        rows = {row["Company"]: row for row in csv.DictReader(handle)}
    seen = {
        company: (row["Follow-up status"], row["Next action"], row["Next due"], row["Problems"])
        for company, row in rows.items()
    }
    assert seen == {
        "Acme": (
            "Overdue",
            "2nd check-in",
            "2026-11-24",
            BARE_PROBLEM.format(row=2, header=header, date="2026-11-20"),
        ),
        "Umbrella": (
            "Overdue",
            "2nd check-in",
            "2026-11-24",
            BARE_PROBLEM.format(row=3, header=header, date="2026-11-02"),
        ),
        "Vandelay": ("Overdue", "2nd check-in", "2026-11-24", ""),
        "Globex": (
            "Overdue",
            "2nd check-in",
            "2026-11-24",
            MARK_PROBLEM.format(row=5, header=header, mark="x"),
        ),
        "Hooli": ("Waiting", "—", "", ""),
    }
    assert NAMED not in rows["Acme"]["Why"]
    assert rows["Hooli"]["Why"].endswith("; sent Thu 2026-11-12")
