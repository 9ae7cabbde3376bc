"""Applications without an interview, saved postings, and rows gone quiet (issue 14), as tables
of real calendar cases.

Each expected date was counted on a calendar; the comment on a case says how. US rows unless
a country is given; preferred send days Tuesday and Wednesday, at most 2 days later.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from rowbuilder import frame

from followup_batch.config import load_config
from followup_batch.schedule import load_rules, schedule_rows

RULES = load_rules()


def one(as_of: str = "2026-11-01", rules: Any = RULES, **row: Any) -> dict[str, Any]:
    row.setdefault("outcome", "applied")
    schedule = schedule_rows(frame(row), rules, dt.date.fromisoformat(as_of))
    out = schedule.result.iloc[0].to_dict()
    for key, value in out.items():
        if isinstance(value, pd.Timestamp):
            out[key] = value.date().isoformat()
        elif value is pd.NaT:
            out[key] = None
    out["why"] = schedule.explain().iloc[0]
    return out


@pytest.mark.parametrize(
    ("applied", "country", "industry", "expected"),
    [
        # 7 bd after Mon 11-02 skips Veterans Day Wed 11-11: Thu 11-12; Tuesday is 5 days on.
        ("2026-11-02", "US", "", "2026-11-12"),
        # fast: 5 bd after Fri 11-20 skips Thanksgiving: Mon 11-30 → Tue 12-01.
        ("2026-11-20", "US", "Tech", "2026-12-01"),
        # institutional 12 bd from a Saturday counts from Thu 12-24 (Fri is Christmas), skips
        # New Year's Day: Wed 2027-01-13.
        ("2026-12-26", "US", "Government", "2027-01-13"),
        # traditional 9 bd over the year end: Wed 2027-01-13.
        ("2026-12-30", "US", "Banking", "2027-01-13"),
        # month end: 7 bd after Fri 01-30 is Tue 02-10.
        ("2026-01-30", "US", "", "2026-02-10"),
        # leap year: 5 bd after Mon 2028-02-28 is Mon 03-06 → Tue 03-07.
        ("2028-02-28", "US", "software", "2028-03-07"),
        # England: Good Friday 04-03 and Easter Monday 04-06 skipped: Wed 04-15.
        ("2026-04-02", "GB-ENG", "", "2026-04-15"),
        # Bavaria: New Year's Day and Epiphany (Wed 01-06) skipped: Wed 2027-01-13.
        ("2026-12-31", "DE-BY", "", "2027-01-13"),
        # California: Thanksgiving and the day after skipped: Tue 12-08.
        ("2026-11-25", "US-CA", "Retail", "2026-12-08"),
    ],
)
def test_application_check_in_due(applied: str, country: str, industry: str, expected: str) -> None:
    out = one(as_of=applied, applied_date=applied, country=country, industry=industry)
    assert out["application_check_in_due"] == expected
    assert (out["next_action"], out["next_due"]) == ("Application check-in", expected)


def test_the_wait_is_kept_within_its_bounds(tmp_path: Path) -> None:
    config = tmp_path / "followup.toml"
    config.write_text("[rules.application_check_in]\nbase_bd = 1\n", encoding="utf-8")
    # 1 − 2 (fast) = −1 → kept at 3 bd: Mon 11-02 → Thu 11-05.
    out = one(rules=load_config(config).rules, applied_date="2026-11-02", industry="Tech")
    assert out["application_check_in_due"] == "2026-11-05"
    assert "kept within 3–15 → 3 bd" in out["why"]


# Applied Mon 11-02, check-in due Thu 11-12 (above).
@pytest.mark.parametrize(
    ("as_of", "row", "status", "action"),
    [
        ("2026-11-05", {}, "Scheduled", "Application check-in"),
        # 2 bd after Tue 11-10 is Fri 11-13 (Veterans Day skipped): 11-12 is due soon.
        ("2026-11-10", {}, "Due soon", "Application check-in"),
        ("2026-11-12", {}, "Due today", "Application check-in"),
        ("2026-11-20", {}, "Overdue", "Application check-in"),
        # Gone quiet: 8 weeks after Thu 11-12 is Thu 2027-01-07: overdue the day before, moved
        # on from that day (the day its Why names, ot36 F2).
        ("2027-01-06", {}, "Overdue", "Application check-in"),
        ("2027-01-07", {}, "Moved on", "—"),
        ("2027-01-08", {}, "Moved on", "—"),
        # Applied Wed 10-28: due Fri 11-06 (Tuesday is 4 days on); 8 weeks later is New Year's
        # Day, a holiday: moved on that day all the same (calendar weeks), Sat 01-02 too.
        ("2026-12-31", {"applied_date": "2026-10-28"}, "Overdue", "Application check-in"),
        ("2027-01-01", {"applied_date": "2026-10-28"}, "Moved on", "—"),
        ("2027-01-02", {"applied_date": "2026-10-28"}, "Moved on", "—"),
        # China, applied Thu 02-05: 7 bd on is the make-up working Saturday 02-14 (Spring
        # Festival Tue/Wed off, so it stays); 8 weeks later is Sat 04-11, a weekend day.
        (
            "2026-04-10",
            {"applied_date": "2026-02-05", "country": "CN"},
            "Overdue",
            "Application check-in",
        ),
        ("2026-04-11", {"applied_date": "2026-02-05", "country": "CN"}, "Moved on", "—"),
        ("2026-04-12", {"applied_date": "2026-02-05", "country": "CN"}, "Moved on", "—"),
        # Sent Thu 11-12; 10 bd later (Thanksgiving skipped) is Fri 11-27.
        ("2026-11-26", {"application_check_in_sent": "2026-11-12"}, "Waiting", "—"),
        ("2026-11-27", {"application_check_in_sent": "2026-11-12"}, "Moved on", "—"),
        # Marked sent without a date: counted on its due date, the same 11-27.
        ("2026-11-27", {"application_check_in_sent": True}, "Moved on", "—"),
        # A reply after applying (Thu 11-05): something is in motion, waited on 8 weeks
        # (stale_after_weeks): 7 weeks on still waiting, moved on from Thu 12-31 (not for
        # good, as before: a reply in March kept the row Waiting in December).
        ("2026-11-20", {"last_reply": "2026-11-05"}, "Waiting", "—"),
        ("2026-12-24", {"last_reply": "2026-11-05"}, "Waiting", "—"),
        ("2026-12-30", {"last_reply": "2026-11-05"}, "Waiting", "—"),
        ("2026-12-31", {"last_reply": "2026-11-05"}, "Moved on", "—"),
        ("2027-01-01", {"last_reply": "2026-11-05"}, "Moved on", "—"),
        ("2027-06-01", {"last_reply": "2026-11-05"}, "Moved on", "—"),
        # A reply on Mon 11-23, after the unsent check-in's due date (Thu 11-12): waited on
        # from the reply, not gone quiet from the due date (Thu 2027-01-07); 8 weeks on is
        # Martin Luther King Jr. Day, Mon 2027-01-18: moved on that day (calendar weeks).
        ("2027-01-07", {"last_reply": "2026-11-23"}, "Waiting", "—"),
        ("2027-01-17", {"last_reply": "2026-11-23"}, "Waiting", "—"),
        ("2027-01-18", {"last_reply": "2026-11-23"}, "Moved on", "—"),
        # A later reply (Mon 12-21) restarts the wait: still waiting when the first would have
        # moved on; moved on from Washington's Birthday, Mon 2027-02-15.
        ("2026-12-31", {"last_reply": "2026-12-21"}, "Waiting", "—"),
        ("2027-02-14", {"last_reply": "2026-12-21"}, "Waiting", "—"),
        ("2027-02-15", {"last_reply": "2026-12-21"}, "Moved on", "—"),
        # A reply before the application says nothing about it.
        ("2026-11-20", {"last_reply": "2026-10-30"}, "Overdue", "Application check-in"),
        # On hold is still open.
        ("2026-11-05", {"outcome": "on hold"}, "Scheduled", "Application check-in"),
        # Closed without an interview: no networking check-in either.
        ("2026-11-20", {"outcome": "rejected"}, "Closed", "—"),
        ("2026-11-20", {"outcome": "offer"}, "Closed", "—"),
        # Saved postings and the like: nothing to follow up.
        ("2026-11-20", {"outcome": "not applied"}, "Not applied", "—"),
    ],
)
def test_application_status(as_of: str, row: dict[str, Any], status: str, action: str) -> None:
    out = one(**{"as_of": as_of, "applied_date": "2026-11-02", **row})
    assert (out["status"], out["next_action"]) == (status, action)
    assert out["networking_due"] is None


def test_not_applied_without_any_date_is_quiet() -> None:
    out = one(as_of="2026-11-20", outcome="not applied")
    assert (out["status"], out["next_action"], out["next_due"]) == ("Not applied", "—", None)
    assert out["why"] == "Not applied: nothing to follow up until you apply."


def test_an_interview_takes_over_from_the_application() -> None:
    out = one(
        as_of="2026-11-20",
        applied_date="2026-10-01",
        interview_date="2026-11-16",
        thank_you_sent="2026-11-16",
    )
    assert out["application_check_in_due"] is None
    assert (out["next_action"], out["next_due"]) == ("1st check-in", "2026-11-24")
    assert out["why"].endswith(
        "Applied Thu 2026-10-01: the interview takes over from the application"
    )


US_10_01 = {"interview_date": "2026-09-03"}
CN_02_14 = {"interview_date": "2026-01-17", "country": "CN"}


@pytest.mark.parametrize(
    ("as_of", "row", "status", "action", "due"),
    [
        # Final due Tue 2021-03-30 (4 weeks after Tue 03-02); 8 weeks later is Tue 05-25.
        ("2021-05-24", {}, "Overdue", "Final follow-up", "2021-03-30"),
        # Moved on from Tue 05-25 (due + 8 weeks, as DESIGN says), that very day (ot36 F2), so
        # networking is 10 weeks after that, Tue 08-03.
        ("2021-05-25", {}, "Moved on", "Networking check-in", "2021-08-03"),
        ("2021-05-26", {}, "Moved on", "Networking check-in", "2021-08-03"),
        # Networking is chased until 8 weeks after it (Tue 09-28); from that day it has gone
        # quiet too: years later nothing is overdue.
        ("2021-09-27", {}, "Overdue", "Networking check-in", "2021-08-03"),
        ("2021-09-28", {}, "Moved on", "—", None),
        ("2021-09-29", {}, "Moved on", "—", None),
        # Interview Thu 2026-09-03: final Thu 10-01 (Tuesday is 5 days on); 8 weeks later is
        # Thanksgiving, Thu 11-26: moved on that day, networking 10 weeks on, Thu 2027-02-04.
        ("2026-11-25", US_10_01, "Overdue", "Final follow-up", "2026-10-01"),
        ("2026-11-26", US_10_01, "Moved on", "Networking check-in", "2027-02-04"),
        ("2026-11-27", US_10_01, "Moved on", "Networking check-in", "2027-02-04"),
        # China, interview Sat 2026-01-17: final 4 weeks on, the make-up working Saturday 02-14;
        # 8 weeks later is Sat 04-11, a weekend day: moved on that day; networking 10 weeks
        # after it is Sat 06-20, rolled to Mon 06-22.
        ("2026-04-10", CN_02_14, "Overdue", "Final follow-up", "2026-02-14"),
        ("2026-04-11", CN_02_14, "Moved on", "Networking check-in", "2026-06-22"),
        ("2026-04-12", CN_02_14, "Moved on", "Networking check-in", "2026-06-22"),
        ("2026-11-20", {}, "Moved on", "—", None),
        # A networking touch on Thu 2026-10-01: the next one 10 weeks on, Thu 12-10.
        (
            "2026-11-20",
            {"networking_sent": "2026-10-01"},
            "Moved on",
            "Networking check-in",
            "2026-12-10",
        ),
        # A rejection closes the row as before: networking 10 weeks after the interview,
        # Tue 05-11, no longer chased years later.
        ("2021-05-12", {"outcome": "rejected"}, "Overdue", "Networking check-in", "2021-05-11"),
        ("2026-11-20", {"outcome": "rejected"}, "Closed", "—", None),
    ],
)
def test_an_old_interview_goes_quiet(
    as_of: str, row: dict[str, Any], status: str, action: str, due: str | None
) -> None:
    out = one(as_of=as_of, **{"interview_date": "2021-03-02", "outcome": "interviewing", **row})
    assert (out["status"], out["next_action"], out["next_due"]) == (status, action, due)


@pytest.mark.parametrize("as_of", ["2026-02-17", "2026-02-18", "2026-03-20"])
def test_a_rejected_row_with_a_silent_final_is_closed_not_moved_on(as_of: str) -> None:
    """Final follow-up sent Tue 02-03, no reply; 10 bd later (Wed 02-18) an open row would
    move on. A rejected row is closed instead: its networking check-in stays 10 weeks after
    the latest date in the row (Tue 04-14), whatever the day it is run."""
    out = one(
        as_of=as_of,
        interview_date="2026-01-06",
        interview_type="video",
        thank_you_sent="2026-01-07",
        check_in_1_sent="2026-01-13",
        check_in_2_sent="2026-01-22",
        final_sent="2026-02-03",
        outcome="rejected",
    )
    assert (out["status"], out["next_action"], out["networking_due"]) == (
        "Closed",
        "Networking check-in",
        "2026-04-14",
    )
    assert out["why"].splitlines()[0] == (
        "Networking check-in: 10 weeks after Tue 2026-02-03 → Tue 2026-04-14; closed: the outcome "
        "is rejected, only this message is left"
    )
    assert "Moved on" not in out["why"]


def test_gone_quiet_is_explained() -> None:
    out = one(as_of="2026-11-20", interview_date="2021-03-02", outcome="interviewing")
    assert out["why"].splitlines()[:3] == [
        "Nothing more to send: the networking check-in due Tue 2021-08-03 went unsent 8 weeks "
        "past it, dropped since Tue 2021-09-28.",
        "Moved on: the final follow-up went unsent 8 weeks past its due date, since Tue 2021-05-25",
        "Skipped: Thank-you note, 1st check-in, 2nd check-in (a later step is already due or sent)",
    ]
    applied = one(as_of="2027-02-01", applied_date="2026-11-02")
    assert applied["why"].splitlines() == [
        "Moved on: the application check-in went unsent 8 weeks past its due date, "
        "since Thu 2027-01-07; no networking check-in without an interview.",
        "Application check-in: 7 bd after applying on Mon 2026-11-02 → Thu 2026-11-12 "
        "(skipped Veterans Day Wed 11-11)",
    ]


# The day a run first says Moved on (or drops the networking check-in) is the day its Why
# names (ot36 F2): the cases of the tables above, on that day.
@pytest.mark.parametrize(
    ("as_of", "row", "line"),
    [
        (
            "2027-01-07",
            {"applied_date": "2026-11-02"},
            "Moved on: the application check-in went unsent 8 weeks past its due date, since "
            "Thu 2027-01-07; no networking check-in without an interview.",
        ),
        (
            "2027-01-01",
            {"applied_date": "2026-10-28"},
            "Moved on: the application check-in went unsent 8 weeks past its due date, since "
            "Fri 2027-01-01; no networking check-in without an interview.",
        ),
        (
            "2026-04-11",
            {"applied_date": "2026-02-05", "country": "CN"},
            "Moved on: the application check-in went unsent 8 weeks past its due date, since "
            "Sat 2026-04-11; no networking check-in without an interview.",
        ),
        (
            "2021-05-25",
            {"interview_date": "2021-03-02", "outcome": "interviewing"},
            "Moved on: the final follow-up went unsent 8 weeks past its due date, since "
            "Tue 2021-05-25",
        ),
        (
            "2026-11-26",
            {**US_10_01, "outcome": "interviewing"},
            "Moved on: the final follow-up went unsent 8 weeks past its due date, since "
            "Thu 2026-11-26",
        ),
        (
            "2026-04-11",
            {**CN_02_14, "outcome": "interviewing"},
            "Moved on: the final follow-up went unsent 8 weeks past its due date, since "
            "Sat 2026-04-11",
        ),
        (
            "2021-09-28",
            {"interview_date": "2021-03-02", "outcome": "interviewing"},
            "Nothing more to send: the networking check-in due Tue 2021-08-03 went unsent 8 weeks "
            "past it, dropped since Tue 2021-09-28.",
        ),
    ],
)
def test_the_why_names_the_day_the_status_changes(as_of: str, row: dict, line: str) -> None:
    day = dt.date.fromisoformat(as_of)
    before = one(**{"as_of": (day - dt.timedelta(days=1)).isoformat(), **row})
    on = one(**{"as_of": as_of, **row})
    assert before["status"] == "Overdue"
    assert on["status"] == "Moved on"
    assert line in on["why"].splitlines()


def test_application_check_in_why() -> None:
    out = one(applied_date="2026-11-20", industry="Tech")
    assert out["why"] == (
        "Application check-in: 7 bd −2 fast industry (Tech) = 5 bd after applying on Fri "
        "2026-11-20 → Mon 2026-11-30 (skipped Thanksgiving Day Thu 11-26) → Tue 2026-12-01 "
        "(preferred send day)"
    )
    waiting = one(as_of="2026-11-25", applied_date="2026-11-02", last_reply="2026-11-05")
    assert waiting["why"].splitlines()[0] == (
        "Waiting: the employer replied Thu 2026-11-05, after the application; nothing to "
        "chase; waiting for their news, moved on from Thu 2026-12-31 (8 weeks after the reply) "
        "if none comes."
    )


# The order of the events on an application (ot83 F3): a reply answers it until the person
# writes again; a check-in sent on or after the reply is the last word, and its silence moves
# the row on 10 bd later as any check-in's does. Applied Mon 2026-12-14 (7 bd: due Wed 12-23);
# a check-in sent Tue 12-22 moves on 10 bd later over Christmas and New Year's Day: Thu
# 2027-01-07.
DEC_14 = {"applied_date": "2026-12-14"}


@pytest.mark.parametrize(
    ("as_of", "row", "status", "action", "first_line"),
    [
        # Applied, reply, nothing sent: the employer answered, nothing to chase; with no
        # news 8 weeks after the reply (Fri 2027-02-12), moved on.
        (
            "2027-02-11",
            {**DEC_14, "last_reply": "2026-12-18"},
            "Waiting",
            "—",
            "Waiting: the employer replied Fri 2026-12-18, after the application; nothing to "
            "chase; waiting for their news, moved on from Fri 2027-02-12 (8 weeks after the "
            "reply) if none comes.",
        ),
        (
            "2027-02-12",
            {**DEC_14, "last_reply": "2026-12-18"},
            "Moved on",
            "—",
            "Moved on: no news within 8 weeks of the employer's reply of Fri 2026-12-18 (after "
            "the application), since Fri 2027-02-12; no networking check-in without an "
            "interview.",
        ),
        # Applied, reply, check-in sent: silent 10 bd after the check-in.
        (
            "2027-01-06",
            {**DEC_14, "last_reply": "2026-12-18", "application_check_in_sent": "2026-12-22"},
            "Waiting",
            "—",
            "Waiting: nothing left to send; with no reply by Thu 2027-01-07 (10 bd after the "
            "check-in) the search has moved on.",
        ),
        (
            "2027-01-07",
            {**DEC_14, "last_reply": "2026-12-18", "application_check_in_sent": "2026-12-22"},
            "Moved on",
            "—",
            "Moved on: no reply within 10 bd of the application check-in, since Thu "
            "2027-01-07; no networking check-in without an interview.",
        ),
        # The reply and the check-in on one day: the check-in counts as the later.
        (
            "2027-01-07",
            {**DEC_14, "last_reply": "2026-12-22", "application_check_in_sent": "2026-12-22"},
            "Moved on",
            "—",
            "Moved on: no reply within 10 bd of the application check-in, since Thu "
            "2027-01-07; no networking check-in without an interview.",
        ),
        # Applied, check-in sent, reply: the employer answered the check-in; no news 8 weeks
        # after it, moved on from Wed 2027-02-24.
        (
            "2027-02-23",
            {**DEC_14, "application_check_in_sent": "2026-12-22", "last_reply": "2026-12-30"},
            "Waiting",
            "—",
            "Waiting: the employer replied Wed 2026-12-30, after the application; nothing to "
            "chase; waiting for their news, moved on from Wed 2027-02-24 (8 weeks after the "
            "reply) if none comes.",
        ),
        (
            "2027-06-01",
            {**DEC_14, "application_check_in_sent": "2026-12-22", "last_reply": "2026-12-30"},
            "Moved on",
            "—",
            "Moved on: no news within 8 weeks of the employer's reply of Wed 2026-12-30 (after "
            "the application), since Wed 2027-02-24; no networking check-in without an "
            "interview.",
        ),
        # A reply before the application, then the check-in: as without a reply.
        (
            "2027-01-07",
            {**DEC_14, "last_reply": "2026-12-10", "application_check_in_sent": "2026-12-22"},
            "Moved on",
            "—",
            "Moved on: no reply within 10 bd of the application check-in, since Thu "
            "2027-01-07; no networking check-in without an interview.",
        ),
        # Marked sent without a date: counted on its due date, Wed 12-23, after the reply of
        # Fri 12-18; 10 bd later is Fri 2027-01-08.
        (
            "2027-01-08",
            {**DEC_14, "last_reply": "2026-12-18", "application_check_in_sent": True},
            "Moved on",
            "—",
            "Moved on: no reply within 10 bd of the application check-in, since Fri "
            "2027-01-08; no networking check-in without an interview.",
        ),
        # ... and a reply after that due date answers it, until 8 weeks after it (Mon
        # 2027-02-22).
        (
            "2027-02-21",
            {**DEC_14, "last_reply": "2026-12-28", "application_check_in_sent": True},
            "Waiting",
            "—",
            "Waiting: the employer replied Mon 2026-12-28, after the application; nothing to "
            "chase; waiting for their news, moved on from Mon 2027-02-22 (8 weeks after the "
            "reply) if none comes.",
        ),
        (
            "2027-06-01",
            {**DEC_14, "last_reply": "2026-12-28", "application_check_in_sent": True},
            "Moved on",
            "—",
            "Moved on: no news within 8 weeks of the employer's reply of Mon 2026-12-28 (after "
            "the application), since Mon 2027-02-22; no networking check-in without an "
            "interview.",
        ),
        # An interview after all that takes over: its thank-you is due the day after.
        (
            "2027-01-06",
            {
                **DEC_14,
                "last_reply": "2026-12-18",
                "application_check_in_sent": "2026-12-22",
                "interview_date": "2027-01-05",
                "outcome": "interviewing",
            },
            "Due today",
            "Thank-you note",
            "Thank-you note: the day after the video interview on Tue 2027-01-05 → Wed 2027-01-06",
        ),
        # ... even one after the row moved on 8 weeks after the reply (Fri 2027-02-12): the
        # interview of Tue 02-16 has its thank-you due the day after.
        (
            "2027-02-17",
            {
                **DEC_14,
                "last_reply": "2026-12-18",
                "interview_date": "2027-02-16",
                "outcome": "interviewing",
            },
            "Due today",
            "Thank-you note",
            "Thank-you note: the day after the video interview on Tue 2027-02-16 → Wed 2027-02-17",
        ),
        # ot83's row: applied Mon 2027-01-04 (Tech: due Tue 01-12), the employer replied Mon
        # 01-11, the check-in went Tue 01-12: 10 bd later, Martin Luther King Jr. Day skipped,
        # is Wed 01-27; still moved on eleven months later.
        (
            "2027-01-26",
            {
                "applied_date": "2027-01-04",
                "industry": "Tech",
                "last_reply": "2027-01-11",
                "application_check_in_sent": "2027-01-12",
            },
            "Waiting",
            "—",
            "Waiting: nothing left to send; with no reply by Wed 2027-01-27 (10 bd after the "
            "check-in) the search has moved on.",
        ),
        (
            "2027-12-01",
            {
                "applied_date": "2027-01-04",
                "industry": "Tech",
                "last_reply": "2027-01-11",
                "application_check_in_sent": "2027-01-12",
            },
            "Moved on",
            "—",
            "Moved on: no reply within 10 bd of the application check-in, since Wed "
            "2027-01-27; no networking check-in without an interview.",
        ),
        # Month end: applied Fri 2027-01-29 (Tech: 5 bd, Fri 02-05, Tuesday 4 days on), the
        # reply Mon 02-01, the check-in Fri 02-05: 10 bd later, Washington's Birthday skipped,
        # is Mon 02-22.
        (
            "2027-02-22",
            {
                "applied_date": "2027-01-29",
                "industry": "Tech",
                "last_reply": "2027-02-01",
                "application_check_in_sent": "2027-02-05",
            },
            "Moved on",
            "—",
            "Moved on: no reply within 10 bd of the application check-in, since Mon "
            "2027-02-22; no networking check-in without an interview.",
        ),
    ],
)
def test_a_check_in_after_the_reply_is_the_last_word(
    as_of: str, row: dict[str, Any], status: str, action: str, first_line: str
) -> None:
    out = one(as_of=as_of, **row)
    assert (out["status"], out["next_action"]) == (status, action)
    assert out["why"].splitlines()[0] == first_line


def test_the_why_says_the_check_in_came_after_the_reply() -> None:
    out = one(
        as_of="2027-02-01",
        applied_date="2027-01-04",
        industry="Tech",
        last_reply="2027-01-11",
        application_check_in_sent="2027-01-12",
    )
    assert out["why"].splitlines()[1] == (
        "Application check-in: 7 bd −2 fast industry (Tech) = 5 bd after applying on Mon "
        "2027-01-04 → Mon 2027-01-11 → Tue 2027-01-12 (preferred send day); sent Tue "
        "2027-01-12, after the employer's reply of Mon 2027-01-11"
    )


def test_an_undated_check_in_says_what_it_is_counted_from() -> None:
    """ot83 F4: marked sent without a date, the check-in counts from its due date (DESIGN),
    and the day the row moves on with it: the Why says so, and how to count from the day it
    went. Applied Mon 2026-12-14 (Fintech: 5 bd, Mon 12-21 → Tue 12-22); 10 bd later, over
    Christmas and New Year's Day, is Thu 2027-01-07."""
    out = one(
        as_of="2027-01-11",
        applied_date="2026-12-14",
        industry="Fintech",
        application_check_in_sent=True,
    )
    assert out["status"] == "Moved on"
    assert out["why"].splitlines() == [
        "Moved on: no reply within 10 bd of the application check-in, since Thu 2027-01-07; "
        "no networking check-in without an interview.",
        "Application check-in: 7 bd −2 fast industry (Fintech) = 5 bd after applying on Mon "
        "2026-12-14 → Mon 2026-12-21 → Tue 2026-12-22 (preferred send day); marked sent "
        "without a date, so counted as sent on its due date (write the day it went to count "
        "from that)",
    ]
    dated = one(
        as_of="2027-01-11",
        applied_date="2026-12-14",
        industry="Fintech",
        application_check_in_sent="2027-01-05",
    )
    assert dated["status"] == "Waiting"
    assert dated["why"].splitlines()[1].endswith("; sent Tue 2027-01-05")
