"""The Why cell: the next action's date first, every term of it, and what was skipped."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rowbuilder import frame
from synthetic import synthetic_frame
from test_rules_properties import dates, rows

from followup_batch.normalise.columns import NORMALISED_COLUMNS
from followup_batch.schedule import (
    DUE_COLUMNS,
    ScheduleDetails,
    calendars_for,
    load_rules,
    schedule_rows,
)
from followup_batch.schedule import why as E
from followup_batch.schedule.ruleset import load_rule_set

RULES = load_rules()


def why(as_of: str = "2026-11-20", **row: Any) -> list[str]:
    data = frame(row)
    day = dt.date.fromisoformat(as_of)
    calendars = calendars_for(data, day)
    return schedule_rows(data, RULES, day, calendars).explain().iloc[0].split("\n")


def test_design_example_reads_as_designed() -> None:
    lines = why(
        as_of="2026-11-27",
        interview_date="2026-11-20",
        industry="tech",
        seniority="senior",
        thank_you_sent="2026-11-20",
    )
    assert lines[0] == (
        "1st check-in: 5 bd −2 fast industry (tech) +2 senior = 5 bd after Fri 2026-11-20 → "
        "Mon 2026-11-30 (skipped Thanksgiving Day Thu 11-26) → Tue 2026-12-01 "
        "(preferred send day)"
    )
    assert (
        lines[1] == "Thank-you note: the day after the video interview on Fri 2026-11-20 → "
        "Sat 2026-11-21; sent Fri 2026-11-20"
    )


LATER_DUE = "Skipped: Thank-you note (a later step is already due or sent)"


@pytest.mark.parametrize(
    ("row", "as_of", "skipped"),
    [
        ({"interview_date": "2026-11-02"}, "2026-11-20", LATER_DUE),
        # Two weeks late, its 1st check-in weeks off after a stated decision (ot74 F3) ...
        (
            {"interview_date": "2027-01-13", "decision_date": "2027-03-30"},
            "2027-01-28",
            "Skipped: Thank-you note (unsent 14 days after its due date Thu 2027-01-14: too "
            "late to thank them for the interview)",
        ),
        # ... or 15 bd off (an executive in government: Tue 11-24)
        (
            {"interview_date": "2026-11-02", "industry": "Government", "seniority": "executive"},
            "2026-11-17",
            "Skipped: Thank-you note (unsent 14 days after its due date Tue 2026-11-03: too "
            "late to thank them for the interview)",
        ),
        # Once the check-in is due, that is what passed it over.
        ({"interview_date": "2027-01-13", "decision_date": "2027-03-30"}, "2027-04-01", LATER_DUE),
        # The employer's reply after its due date, and nothing else (ot139 F3: "a later step
        # is already due or sent" the day after a video interview, when neither was) ...
        (
            {"interview_date": "2027-12-13", "last_reply": "2027-12-15"},
            "2027-12-15",
            "Skipped: Thank-you note (the employer replied on Wed 2027-12-15)",
        ),
        # ... after a phone screen, whose thank-you is due that day ...
        (
            {"interview_date": "2027-12-13", "interview_type": "phone", "last_reply": "2027-12-14"},
            "2027-12-14",
            "Skipped: Thank-you note (the employer replied on Tue 2027-12-14)",
        ),
        # ... and a month on, the reply restarting the 1st check-in (commit f6c596d3's case).
        (
            {"interview_date": "2026-10-20", "last_reply": "2026-11-20"},
            "2026-11-20",
            "Skipped: Thank-you note (the employer replied on Fri 2026-11-20)",
        ),
    ],
)
def test_skipped_actions_are_named(row: dict[str, Any], as_of: str, skipped: str) -> None:
    lines = why(as_of=as_of, **row)
    assert lines[0].startswith("1st check-in: ")
    assert lines[1] == skipped


def test_clamped_offsets_say_so() -> None:
    lines = why(
        interview_date="2026-11-25", industry="Software", seniority="entry", interview_type="final"
    )
    check_in = next(line for line in lines if line.startswith("1st check-in"))
    assert "= 0 bd, kept within 2–15 → 2 bd after Wed 2026-11-25" in check_in


def test_stated_decision_and_reply() -> None:
    lines = why(interview_date="2026-11-12", decision_date="2026-11-17")
    assert any(
        line.startswith("1st check-in: 1 bd after the stated decision date Tue 2026-11-17")
        for line in lines
    )
    replied = why(
        as_of="2026-11-05",
        interview_date="2026-10-20",
        check_in_1_sent="2026-10-30",
        last_reply="2026-11-02",
    )
    assert replied[0].startswith(
        "2nd check-in: the employer replied Mon 2026-11-02, so the "
        "clock restarts: 5 bd after the reply"
    )
    # A reply before a decision phrase's day: the phrase is named there too.
    before_phrase = why(
        as_of="2026-12-22",
        interview_date="2026-12-10",
        decision_date="2027-01-10",
        decision_phrase="early January",
        last_reply="2026-12-18",
        thank_you_sent="2026-12-10",
    )
    assert before_phrase[0] == (
        '1st check-in: the employer replied Fri 2026-12-18; 1 bd after the stated decision "early '
        'January", read as Sun 2027-01-10 → Mon 2027-01-11 → Tue 2027-01-12 (preferred send day)'
    )


@pytest.mark.parametrize(
    ("interview", "decision", "phrase", "expected"),
    [
        # 1 bd after Tue 11-10 would be Thu 11-12 (past Veterans Day Wed 11-11), but 1 bd after
        # the interview on Mon 11-16 is later: Tue 11-17, no holiday on the way.
        (
            "2026-11-16",
            "2026-11-10",
            "",
            "1st check-in: 1 bd after the stated decision date Tue 2026-11-10, before the "
            "interview: 1 bd after the interview on Mon 2026-11-16 → Tue 2026-11-17",
        ),
        # 1 bd after Fri 11-06 is Mon 11-09; 1 bd after the interview on Tue 11-10 skips
        # Veterans Day: Thu 11-12.
        (
            "2026-11-10",
            "2026-11-06",
            "",
            "1st check-in: 1 bd after the stated decision date Fri 2026-11-06, before the "
            "interview: 1 bd after the interview on Tue 2026-11-10 → Thu 2026-11-12 (skipped "
            "Veterans Day Wed 11-11)",
        ),
        # Counted from the decision: Tue 11-10 → Thu 11-12, past Veterans Day.
        (
            "2026-11-09",
            "2026-11-10",
            "",
            "1st check-in: 1 bd after the stated decision date Tue 2026-11-10 (never before 1 bd "
            "after the interview) → Thu 2026-11-12 (skipped Veterans Day Wed 11-11)",
        ),
        # A phrase's day is the tool's reading of it, and says so (outside test ot42, finding
        # 8: "the stated decision date Sun 2027-01-10" for "early January").
        (
            "2026-12-15",
            "2027-01-10",
            "early January",
            '1st check-in: 1 bd after the stated decision "early January", read as Sun 2027-01-10 '
            "(never before 1 bd after the interview) → Mon 2027-01-11 → Tue 2027-01-12 "
            "(preferred send day)",
        ),
        (
            "2026-11-05",
            "2026-11-13",
            "next week",
            '1st check-in: 1 bd after the stated decision "next week", read as Fri 2026-11-13 '
            "(never before 1 bd after the interview) → Mon 2026-11-16 → Tue 2026-11-17 "
            "(preferred send day)",
        ),
    ],
)
def test_a_decision_line_names_the_holidays_of_the_day_counted_from(
    interview: str, decision: str, phrase: str, expected: str
) -> None:
    lines = why(
        as_of="2026-11-01", interview_date=interview, decision_date=decision, decision_phrase=phrase
    )
    assert next(line for line in lines if line.startswith("1st check-in")) == expected


# A holiday the send window passed over is named (report ot31, F8: the India row moved to
# Wednesday for Guru Nanak's Jayanti on Tuesday, and its Why said only "preferred send day").
# (as of, the row, the line of the step the window moved.)
WINDOW_PAST_A_HOLIDAY = {
    "India, 1st check-in": (
        "2026-11-20",
        {"interview_date": "2026-11-18", "industry": "tech", "country": "IN"},
        "1st check-in: 5 bd −2 fast industry (tech) = 3 bd after Wed 2026-11-18 → Mon 2026-11-23 "
        "→ Wed 2026-11-25 (preferred send day; skipped Guru Nanak's Jayanti Tue 11-24)",
    ),
    "US, 1st check-in": (
        "2028-06-27",
        {"interview_date": "2028-06-26"},
        "1st check-in: 5 bd after Mon 2028-06-26 → Mon 2028-07-03 → Wed 2028-07-05 (preferred "
        "send day; skipped Independence Day Tue 07-04)",
    ),
    "US, 2nd check-in": (
        "2028-06-21",
        {
            "interview_date": "2028-06-12",
            "thank_you_sent": "2028-06-12",
            "check_in_1_sent": "2028-06-20",
        },
        "2nd check-in: 5 bd +2 standard industry +2 mid = 9 bd after the 1st check-in (sent Tue "
        "2028-06-20) → Mon 2028-07-03 → Wed 2028-07-05 (preferred send day; skipped "
        "Independence Day Tue 07-04)",
    ),
}


@pytest.mark.parametrize(
    ("as_of", "row", "expected"),
    WINDOW_PAST_A_HOLIDAY.values(),
    ids=WINDOW_PAST_A_HOLIDAY.keys(),
)
def test_the_send_window_names_the_holiday_it_passed_over(
    as_of: str, row: dict[str, Any], expected: str
) -> None:
    step = expected.split(":", 1)[0]
    lines = why(as_of=as_of, **row)
    assert next(line for line in lines if line.startswith(step + ":")) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # 8 weeks after Fri 11-06 is New Year's Day: rolled to Monday, then to Tuesday.
        (
            {"interview_date": "2026-11-06", "seniority": "executive"},
            "Final follow-up: the later of 4 weeks +4 executive = 8 weeks after the interview "
            "(Fri 2027-01-01) and 5 bd after the 2nd check-in, due Fri 2026-12-11 "
            "(Fri 2026-12-18) → Mon 2027-01-04 (skipped New Year's Day Fri 01-01) → "
            "Tue 2027-01-05 (preferred send day)",
        ),
        # Scotland: New Year's Day and its second day off, observed on Monday.
        (
            {"interview_date": "2026-11-06", "seniority": "executive", "country": "GB-SCT"},
            "Final follow-up: the later of 4 weeks +4 executive = 8 weeks after the interview "
            "(Fri 2027-01-01) and 5 bd after the 2nd check-in, due Wed 2026-12-09 "
            "(Wed 2026-12-16) → Tue 2027-01-05 (skipped New Year's Day Fri 01-01, New Year "
            "Holiday (observed) Mon 01-04)",
        ),
        # 6 weeks after Mon 11-16 is Boxing Day's substitute (26 December is a Saturday).
        (
            {"interview_date": "2026-11-16", "seniority": "senior", "country": "GB-SCT"},
            "Final follow-up: the later of 4 weeks +2 senior = 6 weeks after the interview "
            "(Mon 2026-12-28) and 5 bd after the 2nd check-in, due Tue 2026-12-15 "
            "(Tue 2026-12-22) → Tue 2026-12-29 (skipped Boxing Day (observed) Mon 12-28)",
        ),
        # 4 weeks after a Saturday is a Saturday: Monday, no holiday to name.
        (
            {"interview_date": "2026-10-03"},
            "Final follow-up: the later of 4 weeks after the interview (Sat 2026-10-31) and 5 bd "
            "after the 2nd check-in, due Fri 2026-10-23 (Fri 2026-10-30) → Mon 2026-11-02 → "
            "Tue 2026-11-03 (preferred send day)",
        ),
        # 4 weeks lands on a holiday, and the 2nd check-in's 5 bd are as late or later: the
        # weeks' day is shown rolled where it is weighed, not offered as a due date (ot63 F6:
        # Good Friday was quoted bare). Thanksgiving (Thu 11-26) rolls to Fri 11-27, the day
        # the 5 bd after Thu 11-19 end too.
        (
            {"interview_date": "2026-10-29"},
            "Final follow-up: the later of 4 weeks after the interview (Thu 2026-11-26 → Fri "
            "2026-11-27, skipped Thanksgiving Day Thu 11-26) and 5 bd after the 2nd check-in, "
            "due Thu 2026-11-19 (Fri 2026-11-27, skipped Thanksgiving Day Thu 11-26) → "
            "Fri 2026-11-27",
        ),
        # England: 4 weeks after Fri 03-06 is Good Friday, rolled past Easter Monday to Tue
        # 04-07; 5 bd after the 2nd check-in (Tue 03-31) skip both and end Thu 04-09.
        (
            {"interview_date": "2026-03-06", "country": "GB-ENG", "industry": "energy"},
            "Final follow-up: the later of 4 weeks after the interview (Fri 2026-04-03 → Tue "
            "2026-04-07, skipped Good Friday Fri 04-03, Easter Monday Mon 04-06) and 5 bd after "
            "the 2nd check-in, due Tue 2026-03-31 (Thu 2026-04-09, skipped Good Friday Fri 04-03, "
            "Easter Monday Mon 04-06) → Thu 2026-04-09",
        ),
        # The 5 bd after the 2nd check-in name their holidays as every bd count does (an
        # outside tester's rows): the UK's Spring Bank Holiday...
        (
            {
                "interview_date": "2026-04-06",
                "seniority": "senior",
                "country": "GB",
                "check_in_1_sent": "2026-04-29",
                "check_in_2_sent": "2026-05-19",
            },
            "Final follow-up: the later of 4 weeks +2 senior = 6 weeks after the interview "
            "(Mon 2026-05-18) and 5 bd after the 2nd check-in, sent Tue 2026-05-19 "
            "(Wed 2026-05-27, skipped Spring Bank Holiday Mon 05-25) → Wed 2026-05-27",
        ),
        # ...and Christmas and New Year in the US.
        (
            {
                "interview_date": "2026-11-30",
                "check_in_1_sent": "2026-12-15",
                "check_in_2_sent": "2026-12-24",
            },
            "Final follow-up: the later of 4 weeks after the interview (Mon 2026-12-28) and 5 bd "
            "after the 2nd check-in, sent Thu 2026-12-24 (Mon 2027-01-04, skipped Christmas Day "
            "Fri 12-25, New Year's Day Fri 01-01) → Mon 2027-01-04 → Tue 2027-01-05 (preferred "
            "send day)",
        ),
        # 10 weeks after a rejection on Fri 10-23 is New Year's Day.
        (
            {"interview_date": "2026-10-23", "outcome": "rejected"},
            "Networking check-in: 10 weeks after Fri 2026-10-23 → Fri 2027-01-01 → "
            "Mon 2027-01-04 (skipped New Year's Day Fri 01-01); closed: the outcome is rejected, "
            "only this message is left",
        ),
    ],
)
def test_a_day_counted_in_weeks_shows_the_day_and_what_it_rolled_past(
    row: dict[str, Any], expected: str
) -> None:
    """N weeks land on any day: the Why shows that day, not the business day it rolled to as
    if it were N weeks, and names the holiday it skipped, as the business-day counts do."""
    lines = why(as_of="2026-11-23", **row)
    assert next(line for line in lines if line.startswith(expected.partition(":")[0])) == expected


def test_closed_waiting_and_moved_on() -> None:
    assert why(interview_date="2026-10-01", outcome="offer")[0] == (
        "Closed: the outcome is offer; nothing more to send."
    )
    sent = {
        "interview_date": "2026-10-01",
        "thank_you_sent": "2026-10-01",
        "check_in_1_sent": True,
        "check_in_2_sent": True,
        "final_sent": "2026-10-29",
    }
    assert why(as_of="2026-11-12", **sent)[0] == (
        "Waiting: nothing left to send; with no reply by Fri 2026-11-13 the search has moved on."
    )
    moved = why(as_of="2026-11-20", **sent)
    assert moved[0] == "Networking check-in: 10 weeks after Fri 2026-11-13 → Fri 2027-01-22"
    assert moved[1].startswith("Moved on: no reply within 10 bd of the final follow-up")


# The employer replied after the final follow-up (ot125 F1: "nothing left to send until the
# employer replies" beside their reply): the row waits 8 weeks for their news, then moves on.
# Final follow-up sent Thu 2026-10-29, reply Thu 11-05: moved on from Thu 12-31.
ANSWERED = {
    "interview_date": "2026-10-01",
    "thank_you_sent": "2026-10-02",
    "check_in_1_sent": "2026-10-08",
    "check_in_2_sent": "2026-10-20",
    "final_sent": "2026-10-29",
    "last_reply": "2026-11-05",
}


@pytest.mark.parametrize(
    ("as_of", "first", "second"),
    [
        (
            "2026-11-06",
            "Waiting: the employer replied on Thu 2026-11-05, after the final follow-up: nothing "
            "left to send; waiting for their news, moved on from Thu 2026-12-31 (8 weeks after "
            "the reply) if none comes.",
            "Thank-you note: the day after the video interview on Thu 2026-10-01 → Fri "
            "2026-10-02; sent Fri 2026-10-02",
        ),
        (
            "2026-12-31",
            "Networking check-in: 10 weeks after Thu 2026-12-31 → Thu 2027-03-11",
            "Moved on: no news within 8 weeks of the employer's reply of Thu 2026-11-05 (after "
            "the final follow-up), since Thu 2026-12-31",
        ),
    ],
)
def test_a_reply_after_the_final_follow_up_is_waited_on_then_moved_on(
    as_of: str, first: str, second: str
) -> None:
    assert why(as_of=as_of, **ANSWERED)[:2] == [first, second]


# A row closed with an offer lists no skipped steps (ot93 F6): nothing more is sent. Interview
# Tue 2027-01-12, video: its thank-you and both check-ins are past by Fri 02-12.
@pytest.mark.parametrize(
    ("outcome", "first", "skipped"),
    [
        ("hired", "Closed: the outcome is hired; nothing more to send.", None),
        ("offer", "Closed: the outcome is offer; nothing more to send.", None),
        ("accepted", "Closed: the outcome is accepted; nothing more to send.", None),
        # Open or closed without an offer: the same steps, said as before.
        (
            "",
            "Final follow-up: the later of 4 weeks after the interview (Tue 2027-02-09) and 5 bd "
            "after the 2nd check-in, due Tue 2027-02-02 (Tue 2027-02-09) → Tue 2027-02-09",
            "Skipped: Thank-you note, 1st check-in, 2nd check-in (a later step is already due "
            "or sent)",
        ),
        (
            "interviewing",
            "Final follow-up: the later of 4 weeks after the interview (Tue 2027-02-09) and 5 bd "
            "after the 2nd check-in, due Tue 2027-02-02 (Tue 2027-02-09) → Tue 2027-02-09",
            "Skipped: Thank-you note, 1st check-in, 2nd check-in (a later step is already due "
            "or sent)",
        ),
        (
            "rejected",
            "Networking check-in: 10 weeks after Tue 2027-01-12 → Tue 2027-03-23; closed: the "
            "outcome is rejected, only this message is left",
            None,
        ),
    ],
)
def test_a_row_closed_with_an_offer_lists_no_skipped_steps(
    outcome: str, first: str, skipped: str | None
) -> None:
    lines = why(as_of="2027-02-12", interview_date="2027-01-12", industry="Retail", outcome=outcome)
    assert lines[0] == first
    assert [line for line in lines if line.startswith("Skipped")] == ([skipped] if skipped else [])


def test_a_networking_day_from_an_undated_send_says_so() -> None:
    """An outside test (ot22): the networking check-in counted from the interview, its Why
    silent on the thank-you marked "ja"; it counts as sent on its due date (DESIGN)."""
    row = {"interview_date": "2026-03-04", "country": "DE", "outcome": "rejected"}
    assert why(as_of="2026-03-30", thank_you_sent=True, **row)[0] == (
        "Networking check-in: 10 weeks after Thu 2026-03-05 (the thank-you note, marked sent "
        "without a date, counts on its due date) → Thu 2026-05-14 → Fri 2026-05-15 (skipped "
        "Ascension Day Thu 05-14); closed: the outcome is rejected, only this message is left"
    )
    assert why(as_of="2026-03-30", thank_you_sent="2026-03-05", **row)[0] == (
        "Networking check-in: 10 weeks after Thu 2026-03-05 → Thu 2026-05-14 → Fri 2026-05-15 "
        "(skipped Ascension Day Thu 05-14); closed: the outcome is rejected, only this message "
        "is left"
    )


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            {"outcome": "rejected", "applied_date": "2026-10-20"},
            "Closed: the outcome is rejected (applied Tue 2026-10-20); no interview, so no "
            "networking check-in.",
        ),
        (
            {"outcome": "rejected", "applied_date": "2026-10-20", "needs_info": True},
            "Closed: the outcome is rejected (applied Tue 2026-10-20); no interview date can be "
            "read (see Problems), so no networking check-in.",
        ),
        (
            {"outcome": "rejected"},
            "Closed: the outcome is rejected; no interview, so no networking.",
        ),
        (
            {"outcome": "rejected", "needs_info": True},
            "Closed: the outcome is rejected; no interview date can be read (see Problems), so "
            "no networking.",
        ),
    ],
)
def test_a_closed_row_without_an_interview_date(row: dict[str, Any], expected: str) -> None:
    """A row to fix (its interview date unreadable) is not said to have had no interview."""
    assert why(interview_date=None, **row) == [expected]


def test_missing_interview_date() -> None:
    """ot87 F3: it opens as every other row to fix does, not with a first line of its own."""
    assert why(interview_date=None, needs_info=True) == [
        "Needs info: nothing is due or drafted from this row until it is fixed (see Problems); "
        "as it reads now:",
        "No dates: neither an interview date nor an applied date can be read.",
    ]


class Recording(E.WhyInputs):
    """WhyInputs that note which of their fields the explainer reads."""

    read: set[str] = set()

    def __getattribute__(self, name: str) -> Any:
        if name in E.WhyInputs._fields:
            Recording.read.add(name)
        return super().__getattribute__(name)


@pytest.mark.slow  # a long property test (26-79 s measured under a load of 6 on 2 cores)
@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.lists(rows(), min_size=1, max_size=12), dates)
def test_rows_alike_in_their_inputs_share_a_text(
    batch: list[dict[str, Any]], as_of: dt.date
) -> None:
    """explain() works a text out once per distinct WhyInputs, the explainer's only view of
    a row: the shared texts must equal texts worked out row by row by a fresh explainer."""
    data = frame(*(batch + batch[:3]))  # some rows twice: the shared path is taken
    schedule = schedule_rows(data, RULES, as_of)
    shared = schedule.explain()
    explainer = E.Explainer(RULES, calendars_for(data, as_of + dt.timedelta(days=800)))
    inputs = zip(*E.input_columns(schedule), strict=True)
    one_by_one = [explainer.row(E.WhyInputs._make(row)) for row in inputs]
    assert shared.tolist() == one_by_one


def test_the_explainer_reads_every_input_it_declares() -> None:
    """An input the explainer never reads would only split rows that could share a text:
    over a varied frame, every field of WhyInputs is read, and nothing else is a row input."""
    data = synthetic_frame(3000, seed=11)
    # A few rows copied onto another sheet of the tracker (``normalise.rounds.same_interviews``).
    copies = data.index[data["interview_date"].notna()][:5]
    data.loc[copies, "same_interview_row"] = 2
    data.loc[copies, "same_interview_sheet"] = "Feb"
    # And a few rows taking the outcome typed on their copy (``rounds.outcome_of_copies``).
    taking = data.index[data["outcome"] == "rejected"][:5]
    data.loc[taking, "outcome_copy"] = "sheet Jan, row 2"
    # And a few at the next round their Status names, with whom ("Onsite 11/24 with Carla").
    later = data.index[data["interview_date"].notna()][5:10]
    data.loc[later, "earlier_interview"] = data.loc[later, "interview_date"] - np.timedelta64(
        14, "D"
    )
    data.loc[later, "greeted_in_status"] = "Carla"
    schedule = schedule_rows(data, RULES, dt.date(2026, 11, 20))
    explainer = E.Explainer(RULES, schedule.calendars)
    Recording.read = set()
    for row in zip(*E.input_columns(schedule), strict=True):
        explainer.row(Recording._make(row))
    assert Recording.read == set(E.WhyInputs._fields), set(E.WhyInputs._fields) - Recording.read
    # The row's facts come from the normalised frame; the schedule's are its due dates and
    # every one of its details (a detail nothing explains would be dead weight), but for the
    # word a live status settles in while its date is further off, the day it moves on and
    # the day its networking check-in is dropped, and the day its thank-you is too late
    # (``write.live`` reads them), and the next action's key, "none" on a row to fix (the
    # drafts and ``write.live`` read it; the Why reads ``action_as_read``).
    assert set(E.ROW_INPUTS) <= set(NORMALISED_COLUMNS)
    live = {"later_status", "moves_on", "drops_on", "skips_on", "next_action_key"}
    details = {field.name for field in dataclasses.fields(ScheduleDetails)} - live
    assert set(E.RESULT_INPUTS) == set(DUE_COLUMNS) | details


@pytest.mark.parametrize(
    ("row", "line"),
    [
        # An Industry cell that names no class: the 1st check-in says so, as the 2nd does.
        (
            {"interview_date": "2026-11-16", "industry": "Retail"},
            "1st check-in: 5 bd +0 standard industry (Retail) = 5 bd after Mon 2026-11-16 → "
            "Mon 2026-11-23 → Tue 2026-11-24 (preferred send day)",
        ),
        (
            {"interview_date": "2026-11-16", "industry": "Einzelhandel", "seniority": "senior"},
            "1st check-in: 5 bd +0 standard industry (Einzelhandel) +2 senior = 7 bd after "
            "Mon 2026-11-16 → Wed 2026-11-25",
        ),
        # An application's check-in is its first line that counts by industry.
        (
            {"applied_date": "2026-11-02", "industry": "Retail", "outcome": "applied"},
            "Application check-in: 7 bd +0 standard industry (Retail) = 7 bd after applying "
            "on Mon 2026-11-02 → Thu 2026-11-12 (skipped Veterans Day Wed 11-11)",
        ),
        # A blank Industry cell has no word to name; a recognised one is named as before.
        (
            {"interview_date": "2026-11-16"},
            "1st check-in: 5 bd after Mon 2026-11-16 → Mon 2026-11-23 → Tue 2026-11-24 "
            "(preferred send day)",
        ),
        (
            {"interview_date": "2026-11-16", "industry": "Banque"},
            "1st check-in: 5 bd +2 traditional industry (Banque) = 7 bd after Mon 2026-11-16 → "
            "Wed 2026-11-25",
        ),
    ],
)
def test_the_first_check_in_names_an_unrecognised_industry(row: dict[str, Any], line: str) -> None:
    lines = why(as_of="2026-11-10", **row)
    assert line in lines, lines


LONG_INDUSTRIES = {
    "words": (
        "Retail and consumer goods, wholesale, logistics " * 700,
        "(Retail and consumer goods, wholesale, logistics Retail and…)",
    ),
    "one long word": ("Z" * 32_767, "(" + "Z" * 59 + "…)"),
    "lines": (
        "Shipping\nand freight\n" * 2_000,
        "(Shipping and freight Shipping and freight Shipping and…)",
    ),
    "60 characters: whole": (
        "Aerospace, defence and space systems for civil aviation firm",
        "(Aerospace, defence and space systems for civil aviation firm)",
    ),
}


@pytest.mark.parametrize(
    ("industry", "named"), LONG_INDUSTRIES.values(), ids=LONG_INDUSTRIES.keys()
)
def test_a_long_industry_is_quoted_shortened_and_every_step_kept(industry: str, named: str) -> None:
    """A 32,767-character Industry was quoted whole on three lines, and the cell cut at
    Excel's limit lost the 2nd check-in's date and the final follow-up (ot12 F4)."""
    lines = why(as_of="2026-11-20", interview_date="2026-11-16", industry=industry)
    assert [line.split(":")[0] for line in lines] == [
        "Thank-you note",
        "1st check-in",
        "2nd check-in",
        "Final follow-up",
    ]
    assert lines[1] == (
        f"1st check-in: 5 bd +0 standard industry {named} = 5 bd after Mon 2026-11-16 → "
        "Mon 2026-11-23 → Tue 2026-11-24 (preferred send day)"
    )
    assert lines[2] == (
        f"2nd check-in: 5 bd +2 standard industry {named} +2 mid = 9 bd after the 1st "
        "check-in (due Tue 2026-11-24) → Tue 2026-12-08 (skipped Thanksgiving Day Thu 11-26)"
    )
    assert lines[3].endswith("→ Tue 2026-12-15")


SPRING_FESTIVAL = (
    "skipped Chinese New Year's Eve Mon 02-16, Chinese New Year (Spring Festival) Tue 02-17, "
    "Chinese New Year (Spring Festival) Wed 02-18, Chinese New Year (Spring Festival) Thu "
    "02-19, Day off (substituted from 2026-02-14) Fri 02-20, Day off (substituted from "
    "2026-02-28) Mon 02-23"
)
NATIONAL_DAY = (
    "skipped National Day Thu 10-01, National Day Fri 10-02, National Day (observed) Mon 10-05, "
    "Day off (substituted from 2026-09-20) Tue 10-06, Day off (substituted from 2026-10-10) "
    "Wed 10-07"
)


@pytest.mark.parametrize(
    ("row", "due", "expected"),
    [
        # China's 2026 Spring Festival: 02-16..02-20 and 02-23 off, Saturdays 02-14 and 02-28
        # worked (holidays.CN's weekend_workdays). Business days: Mon 02-09..Sat 02-14, then
        # Tue 02-24..Sat 02-28, Mon 03-02 on. They were counted as weekend days, a day late.
        # 5 bd after Tue 02-10: 11, 12, 13, Sat 14, Tue 24 (was Wed 02-25).
        (
            {"interview_date": "2026-02-10"},
            {"check_in_1_due": "2026-02-24"},
            "1st check-in: 5 bd after Tue 2026-02-10 → Tue 2026-02-24 "
            f"({SPRING_FESTIVAL}, counted make-up working day Sat 02-14)",
        ),
        # 3 bd after Wed 02-11: 12, 13, Sat 14; the send window's Tuesday (02-24) is 10 days
        # on, so the Saturday stays (was Tue 02-24).
        (
            {"interview_date": "2026-02-11", "industry": "Software"},
            {"check_in_1_due": "2026-02-14"},
            "1st check-in: 5 bd −2 fast industry (Software) = 3 bd after Wed 2026-02-11 → "
            "Sat 2026-02-14 (counted make-up working day Sat 02-14)",
        ),
        # 1 bd after a stated decision on Fri 02-13 is the Saturday worked (was Tue 02-24).
        (
            {"interview_date": "2026-02-12", "decision_date": "2026-02-13"},
            {"check_in_1_due": "2026-02-14"},
            "1st check-in: 1 bd after the stated decision date Fri 2026-02-13 (never before 1 bd "
            "after the interview) → Sat 2026-02-14 (counted make-up working day Sat 02-14)",
        ),
        # 10 bd after Fri 02-13 count both Saturdays: 14, 24, 25, 26, 27, 28, 03-02, 03, 04,
        # Thu 05 (was Mon 03-09, then Tue 03-10 by the send window).
        (
            {"interview_date": "2026-02-13", "industry": "Government"},
            {"check_in_1_due": "2026-03-05"},
            "1st check-in: 5 bd +5 institutional industry (Government) = 10 bd after Fri "
            f"2026-02-13 → Thu 2026-03-05 ({SPRING_FESTIVAL}, counted make-up working days "
            "Sat 02-14, Sat 02-28)",
        ),
        # 5 bd after Wed 02-25: 26, 27, Sat 28, 03-02, Tue 03-03 (was Wed 03-04).
        (
            {"interview_date": "2026-02-25"},
            {"check_in_1_due": "2026-03-03"},
            "1st check-in: 5 bd after Wed 2026-02-25 → Tue 2026-03-03 (counted make-up working "
            "day Sat 02-28)",
        ),
        # The 2nd check-in: 9 bd after Tue 02-24 are 25, 26, 27, Sat 28, 03-02..Fri 03-06
        # (was Mon 03-09, then Tue 03-10).
        (
            {"interview_date": "2026-02-10", "check_in_1_sent": "2026-02-24"},
            {"check_in_2_due": "2026-03-06"},
            "2nd check-in: 5 bd +2 standard industry +2 mid = 9 bd after the 1st check-in (sent "
            "Tue 2026-02-24) → Fri 2026-03-06 (counted make-up working day Sat 02-28)",
        ),
        # National Day 2026: 10-01..10-07 off, Sunday 09-20 and Saturday 10-10 worked.
        # 5 bd after Thu 09-17: 18, Sun 20, 21, 22, Wed 23 (was Thu 09-24).
        (
            {"interview_date": "2026-09-17"},
            {"check_in_1_due": "2026-09-23"},
            "1st check-in: 5 bd after Thu 2026-09-17 → Wed 2026-09-23 (counted make-up working "
            "day Sun 09-20)",
        ),
        # 7 bd after Tue 09-29: 30, 10-08, 09, Sat 10, 12, 13, Wed 14 (was Thu 10-15).
        (
            {"interview_date": "2026-09-29", "seniority": "senior"},
            {"check_in_1_due": "2026-10-14"},
            "1st check-in: 5 bd +2 senior = 7 bd after Tue 2026-09-29 → Wed 2026-10-14 "
            f"({NATIONAL_DAY}, counted make-up working day Sat 10-10)",
        ),
        # 10 weeks after a rejection on Sat 2025-12-20 is Sat 02-28, worked: not rolled on to
        # Monday (was Mon 03-02).
        (
            {"interview_date": "2025-12-20", "outcome": "rejected"},
            {"networking_due": "2026-02-28"},
            "Networking check-in: 10 weeks after Sat 2025-12-20 → Sat 2026-02-28 (make-up "
            "working day); closed: the outcome is rejected, only this message is left",
        ),
    ],
)
def test_chinas_make_up_working_days_are_counted_and_named(
    row: dict[str, Any], due: dict[str, str], expected: str
) -> None:
    data = frame({**row, "country": "CN"})
    as_of = dt.date(2026, 1, 5)
    schedule = schedule_rows(data, RULES, as_of, calendars_for(data, as_of))
    result = schedule.result.iloc[0]
    assert {name: result[name].date().isoformat() for name in due} == due
    lines = schedule.explain().iloc[0].split("\n")
    assert next(line for line in lines if line.startswith(expected.partition(":")[0])) == expected


# A config may set each count to 1 (ruleset.AT_LEAST): the Why says one as one.
ONES = load_rule_set(
    {
        "final_follow_up": {"base_weeks": 1},
        "networking": {"after_close_weeks": 1},
        "moved_on": {"stale_after_weeks": 1},
        "thank_you": {"skip_after_days": 1},
    }
)


@pytest.mark.parametrize(
    ("as_of", "row", "line"),
    [
        (
            "2026-11-10",
            {"interview_date": "2026-11-02", "decision_date": "2026-11-20"},
            "Skipped: Thank-you note (unsent 1 day after its due date Tue 2026-11-03: too late "
            "to thank them for the interview)",
        ),
        (
            "2026-11-10",
            {"interview_date": "2026-11-02"},
            "Final follow-up: the later of 1 week after the interview (Mon 2026-11-09) and 5 bd "
            "after the 2nd check-in, due Tue 2026-11-24 (Wed 2026-12-02, skipped Thanksgiving "
            "Day Thu 11-26) → Wed 2026-12-02",
        ),
        (
            "2026-10-05",
            {"interview_date": "2026-10-01", "outcome": "rejected"},
            "Networking check-in: 1 week after Thu 2026-10-01 → Thu 2026-10-08; closed: the "
            "outcome is rejected, only this message is left",
        ),
        (
            "2026-11-10",
            {"interview_date": "2026-10-01", "outcome": "rejected"},
            "Nothing more to send: the networking check-in due Thu 2026-10-08 went unsent 1 "
            "week past it, dropped since Thu 2026-10-15.",
        ),
        (
            "2026-11-10",
            {"interview_date": "2026-08-03"},
            "Moved on: the final follow-up went unsent 1 week past its due date, since Tue "
            "2026-09-08",
        ),
        (
            "2026-11-10",
            {"applied_date": "2026-08-03"},
            "Moved on: the application check-in went unsent 1 week past its due date, since "
            "Wed 2026-08-19; no networking check-in without an interview.",
        ),
    ],
)
def test_a_count_of_one_is_said_as_one(as_of: str, row: dict[str, str], line: str) -> None:
    data = frame(row)
    day = dt.date.fromisoformat(as_of)
    text = schedule_rows(data, ONES, day, calendars_for(data, day)).explain().iloc[0]
    assert line in text.split("\n")
