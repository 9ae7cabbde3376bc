"""A later interview of the same application takes over an earlier row's follow-ups.

Each case is one row with the day of its application's next interview (the normaliser's
``later_interview``), scheduled as of Tue 2026-12-01; the expected next action, status, and
the due dates left in the row.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from synthetic import frame_from_records

from followup_batch.schedule import load_rules, schedule_rows

RULES = load_rules()
AS_OF = dt.date(2026, 12, 1)
D = dt.date

ROUND_1 = {"interview_date": D(2026, 11, 2), "interview_type": "phone", "industry": "Software"}

CASES = {
    # (row, later interview) -> (next action, status, next due, check-in 1 due left)
    "the next round booked: nothing to chase in the earlier row": (
        {**ROUND_1, "thank_you_done": True},
        D(2026, 12, 8),
        ("—", "Waiting", None, None),
    ),
    "the next round done: the earlier row waits, its check-ins are that row's": (
        {**ROUND_1, "thank_you_done": True, "check_in_1_done": True},
        D(2026, 11, 12),
        ("—", "Waiting", None, None),
    ),
    "its thank-you is still to send before the next round": (
        {"interview_date": D(2026, 11, 30), "interview_type": "onsite"},
        D(2026, 12, 4),
        ("Thank-you note", "Due today", D(2026, 12, 1), None),
    ),
    "no thank-you once the next round has taken place": (
        {"interview_date": D(2026, 11, 27), "interview_type": "onsite"},
        D(2026, 11, 30),
        ("—", "Waiting", None, None),
    ),
    "a rejected row keeps its own answer": (
        {**ROUND_1, "outcome": "rejected"},
        D(2026, 11, 12),
        ("Networking check-in", "Closed", D(2027, 1, 11), D(2026, 11, 5)),
    ),
    "an offer keeps its own answer": (
        {**ROUND_1, "outcome": "offer"},
        D(2026, 11, 12),
        ("—", "Closed", None, D(2026, 11, 5)),
    ),
    "moved on long before the later interview: a new search, not the next round": (
        {
            "interview_date": D(2026, 3, 2),
            "industry": "Software",
            "thank_you_done": True,
            "check_in_1_done": True,
            "check_in_2_done": True,
            "final_sent": D(2026, 9, 1),
        },
        D(2026, 11, 12),
        ("Networking check-in", "Overdue", D(2026, 11, 25), D(2026, 3, 5)),
    ),
    "an unsent final would have gone quiet after the later interview: taken over": (
        {**ROUND_1, "thank_you_done": True},
        D(2026, 11, 30),
        ("—", "Waiting", None, None),
    ),
    "an application taken over by its interview": (
        {"applied_date": D(2026, 10, 1)},
        D(2026, 11, 20),
        ("—", "Waiting", None, None),
    ),
    "an application gone quiet before the interview keeps its answer": (
        {"applied_date": D(2026, 1, 5)},
        D(2026, 11, 20),
        ("—", "Moved on", None, None),
    ),
    # Answered Tue 09-15: waiting for news until Tue 11-10 (8 weeks), moved on from then.
    "an application answered, its interview by 8 weeks after the reply: taken over": (
        {"applied_date": D(2026, 9, 1), "last_reply": D(2026, 9, 15)},
        D(2026, 11, 10),
        ("—", "Waiting", None, None),
    ),
    "an application answered, no interview by 8 weeks after the reply: moved on": (
        {"applied_date": D(2026, 9, 1), "last_reply": D(2026, 9, 15)},
        D(2026, 11, 11),
        ("—", "Moved on", None, None),
    ),
    "the application's last row has the offer: the earlier round is closed": (
        {**ROUND_1, "thank_you_done": True, "application_outcome": "offer"},
        D(2026, 11, 12),
        ("—", "Closed", None, None),
    ),
    "the application's last row is rejected: so is the earlier round, no networking": (
        {**ROUND_1, "application_outcome": "rejected"},
        D(2026, 11, 12),
        ("—", "Closed", None, None),
    ),
    "closed on its last row: no thank-you left for the earlier round either": (
        {"interview_date": D(2026, 11, 30), "application_outcome": "withdrawn"},
        D(2026, 12, 4),
        ("—", "Closed", None, None),
    ),
    "an application whose interview row has the offer": (
        {"applied_date": D(2026, 10, 1), "application_outcome": "hired"},
        D(2026, 11, 20),
        ("—", "Closed", None, None),
    ),
    "rejected on every round's row: one close, the last row's (its networking touch)": (
        {**ROUND_1, "outcome": "rejected", "application_outcome": "rejected"},
        D(2026, 11, 12),
        ("—", "Closed", None, None),
    ),
    "rejected, then the role applied for again and open: its own networking touch": (
        {**ROUND_1, "outcome": "rejected", "application_outcome": "applied"},
        D(2026, 11, 12),
        ("Networking check-in", "Closed", D(2027, 1, 11), D(2026, 11, 5)),
    ),
    "a saved posting stays not applied": (
        {"outcome": "not applied"},
        D(2026, 11, 20),
        ("—", "Not applied", None, None),
    ),
}


def scheduled(row: dict[str, object], later: dt.date | None) -> pd.DataFrame:
    frame = frame_from_records([{"later_interview": later, "later_interview_row": 7, **row}])
    return schedule_rows(frame, RULES, AS_OF)


@pytest.mark.parametrize("row, later, expected", CASES.values(), ids=CASES.keys())
def test_a_later_interview_takes_over(
    row: dict[str, object], later: dt.date, expected: tuple[object, ...]
) -> None:
    result = scheduled(row, later).result.iloc[0]
    due = None if pd.isna(result["next_due"]) else result["next_due"].date()
    check_in = None if pd.isna(result["check_in_1_due"]) else result["check_in_1_due"].date()
    assert (result["next_action"], result["status"], due, check_in) == expected


def test_taken_over_rows_have_no_dates_beyond_the_thank_you() -> None:
    schedule = scheduled({**ROUND_1, "thank_you_done": True}, D(2026, 11, 12))
    row = schedule.result.iloc[0]
    assert row["thank_you_due"] == pd.Timestamp("2026-11-02")
    for column in ("check_in_1_due", "check_in_2_due", "final_due", "networking_due"):
        assert pd.isna(row[column]), column


WHY = {
    "waiting on the next round": (
        {**ROUND_1, "thank_you_sent": D(2026, 11, 2)},
        D(2026, 11, 12),
        "Waiting: the interview on Thu 2026-11-12 (row 7) is the next round; that row has the "
        "follow-ups.\nThank-you note: same day as the phone screen on Mon 2026-11-02; sent "
        "Mon 2026-11-02",
    ),
    "thank-you first, then nothing": (
        {"interview_date": D(2026, 11, 30), "interview_type": "onsite"},
        D(2026, 12, 4),
        "Thank-you note: the day after the onsite interview on Mon 2026-11-30 → Tue 2026-12-01"
        "\nThen nothing more from this row: the interview on Fri 2026-12-04 (row 7) is the "
        "next round; that row has the check-ins.",
    ),
    "an unsent thank-you too late": (
        {"interview_date": D(2026, 11, 27), "interview_type": "onsite"},
        D(2026, 11, 30),
        "Waiting: the interview on Mon 2026-11-30 (row 7) is the next round; that row has the "
        "follow-ups.\nThank-you note: the day after the onsite interview on Fri 2026-11-27 → "
        "Sat 2026-11-28; not sent, and too late for it now",
    ),
    "closed on the later row": (
        {**ROUND_1, "thank_you_sent": D(2026, 11, 2), "application_outcome": "offer"},
        D(2026, 11, 12),
        "Closed: the interview on Thu 2026-11-12 (row 7) is the next round, and the "
        "application's outcome there is offer; nothing more to send from this row.\n"
        "Thank-you note: same day as the phone screen on Mon 2026-11-02; sent Mon 2026-11-02",
    ),
    "the same day's row closed it (a panel split over rows)": (
        {**ROUND_1, "thank_you_sent": D(2026, 11, 2), "application_outcome": "rejected"},
        D(2026, 11, 2),
        "Closed: row 7, the same day's interview of this application, says rejected; nothing "
        "more to send from this row.\nThank-you note: same day as the phone screen on Mon "
        "2026-11-02; sent Mon 2026-11-02",
    ),
    "an application closed on its interview's row": (
        {"applied_date": D(2026, 10, 1), "application_outcome": "rejected"},
        D(2026, 11, 20),
        "Closed: the interview on Fri 2026-11-20 (row 7) follows this application (applied "
        "Thu 2026-10-01), and the application's outcome there is rejected.",
    ),
    "an application": (
        {"applied_date": D(2026, 10, 1)},
        D(2026, 11, 20),
        "Waiting: the interview on Fri 2026-11-20 (row 7) follows this application (applied "
        "Thu 2026-10-01); that row has the follow-ups.",
    ),
    # A round whose interview date cannot be read ("31/02/2026") is not an application that
    # round 1 follows: it says what to fix (outside test OT17 F4).
    "a row to fix: its interview date cannot be read": (
        {"applied_date": D(2026, 1, 6), "outcome": "interviewing", "needs_info": True},
        D(2026, 1, 23),
        "Applied Tue 2026-01-06, and the row says there was an interview: the interview date "
        "is needed for its follow-ups (see Problems).",
    ),
    "a row to fix, its application closed on round 1's row": (
        {
            "applied_date": D(2026, 1, 6),
            "outcome": "interviewing",
            "needs_info": True,
            "application_outcome": "offer",
        },
        D(2026, 1, 23),
        "Applied Tue 2026-01-06, and the row says there was an interview: the interview date "
        "is needed for its follow-ups (see Problems).",
    ),
}


@pytest.mark.parametrize("row, later, text", WHY.values(), ids=WHY.keys())
def test_why_names_the_interview_that_took_over(
    row: dict[str, object], later: dt.date, text: str
) -> None:
    assert scheduled(row, later).explain().iloc[0] == text


SPRING = {"interview_type": "video", "industry": "Software", "thank_you_done": True}
MOVED_ON_AHEAD = {
    # rows 2, 3...: (the rows, each one's next round as (day, row) or None) -> statuses
    "the next round went quiet: the earlier round has moved on with it": (
        [
            {**SPRING, "interview_date": D(2026, 3, 2)},
            {**SPRING, "interview_date": D(2026, 3, 16)},
        ],
        [(D(2026, 3, 16), 3), None],
        ["Moved on", "Moved on"],
    ),
    "the last of three rounds moved on: both earlier rounds have": (
        [
            {**SPRING, "interview_date": D(2026, 3, 2)},
            {**SPRING, "interview_date": D(2026, 3, 9)},
            {**SPRING, "interview_date": D(2026, 3, 16), "final_sent": D(2026, 4, 20)},
        ],
        [(D(2026, 3, 9), 3), (D(2026, 3, 16), 4), None],
        ["Moved on", "Moved on", "Moved on"],
    ),
    "an application whose interview moved on": (
        [
            {"applied_date": D(2026, 2, 2)},
            {**SPRING, "interview_date": D(2026, 3, 16)},
        ],
        [(D(2026, 3, 16), 3), None],
        ["Moved on", "Moved on"],
    ),
    "the last round is still open: the earlier one waits": (
        [
            {**SPRING, "interview_date": D(2026, 11, 2)},
            {**SPRING, "interview_date": D(2026, 11, 12)},
        ],
        [(D(2026, 11, 12), 3), None],
        ["Waiting", "Overdue"],
    ),
    "the next round is on another sheet: it waits on that sheet's row": (
        [
            {
                **SPRING,
                "interview_date": D(2026, 3, 2),
                "later_interview_sheet": "Archive",
            },
            {**SPRING, "interview_date": D(2026, 3, 16)},
        ],
        [(D(2026, 3, 16), 3), None],
        ["Waiting", "Moved on"],
    ),
}


@pytest.mark.parametrize(
    "rows, next_rounds, statuses", MOVED_ON_AHEAD.values(), ids=MOVED_ON_AHEAD.keys()
)
def test_earlier_rounds_move_on_with_the_last(
    rows: list[dict[str, object]],
    next_rounds: list[tuple[dt.date, int] | None],
    statuses: list[str],
) -> None:
    records = [
        {**row, "later_interview": after[0], "later_interview_row": after[1]} if after else row
        for row, after in zip(rows, next_rounds, strict=True)
    ]
    result = schedule_rows(frame_from_records(records), RULES, AS_OF).result
    assert result["status"].tolist() == statuses
    assert result["next_action"].iloc[0] == "—"


def test_why_of_an_earlier_round_names_where_the_application_moved_on() -> None:
    records = [
        {**SPRING, "interview_date": D(2026, 3, 2), "later_interview": D(2026, 3, 9)},
        {**SPRING, "interview_date": D(2026, 3, 9), "later_interview": D(2026, 3, 16)},
        {**SPRING, "interview_date": D(2026, 3, 16)},
    ]
    records[0]["later_interview_row"], records[1]["later_interview_row"] = 3, 4
    why = schedule_rows(frame_from_records(records), RULES, AS_OF).explain()
    assert why.iloc[:2].tolist() == [
        "Moved on: the interview on Mon 2026-03-09 (row 3) is the next round, and the "
        "application has moved on at row 4, its last round, since Tue 2026-06-09; nothing "
        "more to send from this row.\nThank-you note: the day after the video interview on "
        "Mon 2026-03-02 → Tue 2026-03-03; marked sent",
        "Moved on: the interview on Mon 2026-03-16 (row 4) is the next round, and the "
        "application has moved on there, since Tue 2026-06-09; nothing more to send from "
        "this row.\nThank-you note: the day after the video interview on Mon 2026-03-09 → "
        "Tue 2026-03-10; marked sent",
    ]
