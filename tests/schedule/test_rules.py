"""DESIGN section 3, sentence by sentence, as tables of real calendar cases.

Every expected date was worked out on a calendar by hand; the comment on a case says how, so
a failing case can be checked without reading the code.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from typing import Any

import pandas as pd
import pytest
from rowbuilder import frame

from followup_batch.config import config_from_mapping
from followup_batch.schedule import DUE_COLUMNS, load_rules, schedule_rows
from followup_batch.schedule.ruleset import load_rule_set

RULES = load_rules()


def one(as_of: str = "2026-11-20", rules: Any = RULES, **row: Any) -> dict[str, Any]:
    schedule = schedule_rows(frame(row), rules, dt.date.fromisoformat(as_of))
    out = schedule.result.iloc[0].to_dict()
    for key, value in out.items():
        if isinstance(value, pd.Timestamp):
            out[key] = value.date().isoformat()
        elif value is pd.NaT:
            out[key] = None
    return out


@pytest.mark.parametrize(
    ("interview", "kind", "expected"),
    [
        ("2026-11-20", "video", "2026-11-21"),  # next calendar day, even a Saturday
        ("2026-11-20", "phone", "2026-11-20"),  # phone screen: same day
        ("2026-12-31", "final", "2026-12-31"),  # final round: same day
        ("2026-12-31", "onsite", "2027-01-01"),  # not rolled: "within 24 hours" is calendar
        ("2028-02-28", "panel", "2028-02-29"),  # leap day
        ("2026-11-30", "other", "2026-12-01"),  # month end
    ],
)
def test_thank_you_due(interview: str, kind: str, expected: str) -> None:
    assert one(interview_date=interview, interview_type=kind)["thank_you_due"] == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # standard mid: 5 bd after Mon 11-16 = Mon 11-23 → Tue 11-24 (preferred send day)
        ({"interview_date": "2026-11-16"}, "2026-11-24"),
        # 5 bd after Fri 11-20 skips Thanksgiving Thu 11-26: Mon 11-30 → Tue 12-01
        ({"interview_date": "2026-11-20"}, "2026-12-01"),
        # fast −2, entry −1, final −2 = 0 → clamped to 2: Fri 11-27, Mon 11-30 → Tue 12-01
        (
            {
                "interview_date": "2026-11-25",
                "industry": "Software",
                "seniority": "entry",
                "interview_type": "final",
            },
            "2026-12-01",
        ),
        # executive in government: 5+5+5 = 15 bd after Mon 11-02, skipping Veterans Day 11-11
        (
            {"interview_date": "2026-11-02", "industry": "Government", "seniority": "executive"},
            "2026-11-24",
        ),
        # traditional +2, senior +2 = 9 bd over Christmas and New Year: Tue 2027-01-05
        (
            {
                "interview_date": "2026-12-21",
                "industry": "Investment Banking",
                "seniority": "senior",
            },
            "2027-01-05",
        ),
        # Saturday interview counts from Friday: fast 3 bd → Wed 11-25
        ({"interview_date": "2026-11-21", "industry": "tech"}, "2026-11-25"),
        # Germany: Christmas Fri 12-25; 5 bd after Mon 12-21 = Tue 12-29
        ({"interview_date": "2026-12-21", "country": "DE"}, "2026-12-29"),
        # England: Christmas Fri, Boxing Day observed Mon 12-28: Wed 12-30
        ({"interview_date": "2026-12-21", "country": "GB"}, "2026-12-30"),
        # Scotland keeps St Andrew's Day Mon 11-30: Wed 12-02 (England: Tue 12-01)
        ({"interview_date": "2026-11-24", "country": "GB-SCT"}, "2026-12-02"),
        ({"interview_date": "2026-11-24", "country": "GB"}, "2026-12-01"),
        # leap year: 5 bd after Fri 2028-02-25 = Fri 03-03 (next Tuesday 4 days away: stays)
        ({"interview_date": "2028-02-25"}, "2028-03-03"),
        # year end: 5 bd after Tue 12-29 skipping New Year = Wed 2027-01-06
        ({"interview_date": "2026-12-29"}, "2027-01-06"),
        # Netherlands: Good Friday 2027-03-26 is a working day (ot74 F4), Easter Monday is
        # not: 5 bd after Mon 03-22 = Tue 03-30; after Tue 03-23 = Wed 03-31
        ({"interview_date": "2027-03-22", "country": "NL"}, "2027-03-30"),
        ({"interview_date": "2027-03-23", "country": "NL"}, "2027-03-31"),
        # Belgium keeps the package's calendar: no Good Friday there either, Easter Monday off
        ({"interview_date": "2027-03-22", "country": "BE"}, "2027-03-30"),
        # Israel's weekend is Fri–Sat: 5 bd after Thu 11-19 = Thu 11-26
        ({"interview_date": "2026-11-19", "country": "IL"}, "2026-11-26"),
        # institutional healthcare +5, mid: 10 bd after Mon 2026-08-31 skips Labor Day 9-07
        ({"interview_date": "2026-08-31", "industry": "Healthcare"}, "2026-09-15"),
    ],
)
def test_first_check_in_without_stated_date(row: dict[str, Any], expected: str) -> None:
    assert one(**row)["check_in_1_due"] == expected


# The finance industry as LinkedIn and trackers name it (report ot33, F10: "Financial
# Services" was standard, "finance" being no match for "financial"). (Industry, class, the 1st
# check-in after an interview on Mon 2026-11-16, US.) Traditional: 5+2 = 7 bd → Wed 11-25, a
# preferred day; standard: 5 bd → Mon 11-23 → Tue 11-24 (preferred send day); fast: 3 bd → Thu
# 11-19, the next Tuesday more than 2 days away.
FINANCE_INDUSTRIES = [
    ("Financial Services", "traditional", "2026-11-25"),
    ("FINANCIAL SERVICES", "traditional", "2026-11-25"),
    ("Financial", "traditional", "2026-11-25"),
    ("Banking & Financial Services", "traditional", "2026-11-25"),
    ("Financial Technology", "fast", "2026-11-19"),  # a class listed earlier wins
    ("Fintech", "fast", "2026-11-19"),  # financial technology in one word (ot36 F3)
    ("Financials", "standard", "2026-11-24"),  # still whole words
    # Report ot69, F6: the Spanish and Portuguese adjective was no match, so these were
    # standard while "Finanzas" and "Seguros" were traditional; Italian, Dutch, French and
    # German alike.
    ("Servicios financieros", "traditional", "2026-11-25"),
    ("Sector financiero", "traditional", "2026-11-25"),
    ("Entidad financiera", "traditional", "2026-11-25"),
    ("Serviços financeiros", "traditional", "2026-11-25"),
    ("Servicos financeiros", "traditional", "2026-11-25"),
    ("Mercado financeiro", "traditional", "2026-11-25"),
    ("Instituição financeira", "traditional", "2026-11-25"),
    ("Servizi finanziari", "traditional", "2026-11-25"),
    ("Financiële dienstverlening", "traditional", "2026-11-25"),
    ("Services financiers", "traditional", "2026-11-25"),
    ("Institutions financières", "traditional", "2026-11-25"),
    ("Finanzdienstleister", "traditional", "2026-11-25"),
    ("Finanzwirtschaft", "traditional", "2026-11-25"),
    ("Aseguradoras", "traditional", "2026-11-25"),
    ("Tecnología financiera", "fast", "2026-11-19"),  # fintech, spelt out
]


@pytest.mark.parametrize(("industry", "speed_class", "due"), FINANCE_INDUSTRIES)
def test_financial_services_is_the_finance_industry(industry, speed_class, due) -> None:
    row = frame({"interview_date": "2026-11-16", "industry": industry})
    schedule = schedule_rows(row, RULES, dt.date(2026, 11, 20))
    assert schedule.details.industry_class.tolist() == [speed_class]
    assert schedule.result["check_in_1_due"].tolist() == [pd.Timestamp(due)]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # "next Tuesday" after Thu 11-12 is Tue 11-17 → check-in Wed 11-18
        ({"interview_date": "2026-11-12", "decision_date": "2026-11-17"}, "2026-11-18"),
        # a decision date before the interview never pulls the check-in before I + 1 bd
        ({"interview_date": "2026-11-12", "decision_date": "2026-11-01"}, "2026-11-13"),
        # Wed 11-25 + 1 bd skips Thanksgiving: Fri 11-27; Tuesday is 4 days off: stays
        ({"interview_date": "2026-11-18", "decision_date": "2026-11-25"}, "2026-11-27"),
        # Fri 11-27 + 1 bd = Mon 11-30 → Tue 12-01
        ({"interview_date": "2026-11-18", "decision_date": "2026-11-27"}, "2026-12-01"),
        # a Saturday decision date counts from Friday: Mon 11-30 → Tue 12-01
        ({"interview_date": "2026-11-18", "decision_date": "2026-11-28"}, "2026-12-01"),
        # "within 5 business days" of Fri 11-20 = Mon 11-30; + 1 bd = Tue 12-01
        ({"interview_date": "2026-11-20", "decision_within_bd": 5}, "2026-12-01"),
        # end of month from 2028-02-10: Tue 02-29 + 1 bd = Wed 03-01
        ({"interview_date": "2028-02-10", "decision_date": "2028-02-29"}, "2028-03-01"),
    ],
)
def test_first_check_in_with_stated_decision(row: dict[str, Any], expected: str) -> None:
    assert one(**row)["check_in_1_due"] == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # Monday → Tuesday
        ({"interview_date": "2026-11-16"}, "2026-11-24"),
        # Mon 2029-12-24, Tuesday is Christmas → Wednesday 12-26 (2 days: still in reach)
        ({"interview_date": "2029-12-17"}, "2029-12-26"),
        # Thursday stays Thursday (next Tuesday is 5 days away)
        ({"interview_date": "2026-11-19", "country": "IL"}, "2026-11-26"),
        # Friday stays Friday
        ({"interview_date": "2028-02-25"}, "2028-03-03"),
    ],
)
def test_send_window(row: dict[str, Any], expected: str) -> None:
    assert one(**row)["check_in_1_due"] == expected


def test_send_window_is_configurable() -> None:
    rules = load_rule_set(
        {"send_window": {"preferred_weekdays": ["Thursday"], "max_shift_days": 3}}
    )
    # 5 bd after Mon 11-16 = Mon 11-23 → Thursday 11-26 is Thanksgiving → stays Monday
    assert one(rules=rules, interview_date="2026-11-16")["check_in_1_due"] == "2026-11-23"
    # 5 bd after Mon 11-09 (Veterans Day 11-11 skipped) = Tue 11-17 → Thu 11-19
    assert one(rules=rules, interview_date="2026-11-09")["check_in_1_due"] == "2026-11-19"


SATURDAY = load_rule_set({"send_window": {"preferred_weekdays": ["Saturday"]}})
NO_DAY = load_rule_set({"send_window": {"preferred_weekdays": []}})


@pytest.mark.parametrize(
    ("country", "interview", "rules", "expected"),
    [
        # Iran's week is Sat–Thu: 5 bd after Sat 11-07 is Thu 11-12, moved to Saturday 11-14
        ("IR", "2026-11-07", SATURDAY, "2026-11-14"),
        ("IR", "2026-11-07", NO_DAY, "2026-11-12"),
        # a Mon–Fri week has no Saturday to move to: Fri 11-13 stays (and a run warns)
        ("US", "2026-11-05", SATURDAY, "2026-11-13"),
        ("US", "2026-11-05", NO_DAY, "2026-11-13"),
    ],
)
def test_a_preferred_weekend_day_moves_dates_where_it_is_a_working_day(
    country: str, interview: str, rules: Any, expected: str
) -> None:
    out = one(rules=rules, interview_date=interview, country=country)
    assert out["check_in_1_due"] == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # from the sent date: standard mid 9 bd after Thu 11-05 skipping 11-11 = Thu 11-19
        ({"interview_date": "2026-10-29", "check_in_1_sent": "2026-11-05"}, "2026-11-19"),
        # from the due date when unsent: 1st due Tue 12-01; 9 bd → Mon 12-14 → Tue 12-15
        ({"interview_date": "2026-11-20"}, "2026-12-15"),
        # marked sent without a date counts from its due date, the same Tue 12-15
        ({"interview_date": "2026-11-20", "check_in_1_sent": True}, "2026-12-15"),
        # fast entry: 5 bd after the 1st (Tue 12-01, clamp 2 from Wed 11-25) → Tue 12-08
        (
            {
                "interview_date": "2026-11-25",
                "industry": "Software",
                "seniority": "entry",
                "interview_type": "final",
            },
            "2026-12-08",
        ),
        # executive government: 15 bd after Tue 11-24 skipping Thanksgiving and Christmas
        (
            {"interview_date": "2026-11-02", "industry": "government", "seniority": "executive"},
            "2026-12-16",
        ),
    ],
)
def test_second_check_in(row: dict[str, Any], expected: str) -> None:
    assert one(**row)["check_in_2_due"] == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # senior: 6 weeks after Fri 11-20 = Fri 2027-01-01 (New Year) → Mon 01-04 → Tue 01-05
        ({"interview_date": "2026-11-20", "seniority": "senior"}, "2027-01-05"),
        # standard mid: 4 weeks = Fri 12-18; the 2nd check-in chain (12-15 + 5 bd = 12-22)
        # is later: Tue 12-22
        ({"interview_date": "2026-11-20"}, "2026-12-22"),
        # a late 2nd check-in pushes the final: sent Mon 12-28, + 5 bd = Tue 2027-01-05
        (
            {
                "interview_date": "2026-11-20",
                "check_in_1_sent": "2026-12-01",
                "check_in_2_sent": "2026-12-28",
            },
            "2027-01-05",
        ),
        # institutional executive: 4 + 4 + 4 = 12 weeks after Mon 2026-11-02 = Mon 2027-01-25
        # → Tue 01-26
        (
            {"interview_date": "2026-11-02", "industry": "University", "seniority": "executive"},
            "2027-01-26",
        ),
    ],
)
def test_final_follow_up(row: dict[str, Any], expected: str) -> None:
    assert one(**row)["final_due"] == expected


def test_employer_reply_restarts_the_clock() -> None:
    row = {
        "interview_date": "2026-10-20",
        "industry": "Government",
        "seniority": "executive",
        "thank_you_sent": "2026-10-20",
        "check_in_1_sent": "2026-10-30",
        "last_reply": "2026-11-02",
    }
    out = one(**row)
    # the 2nd check-in is the pending one: 15 bd after Mon 11-02 (Veterans Day skipped)
    assert out["check_in_2_due"] == "2026-11-24"
    # and the final chains from it: 12 weeks after 10-20 = Tue 2027-01-12 is later
    assert out["final_due"] == "2027-01-12"
    assert out["next_action"] == "2nd check-in"


def test_reply_with_a_later_stated_date_waits_for_it() -> None:
    out = one(interview_date="2026-11-02", last_reply="2026-11-05", decision_date="2026-11-30")
    # 1 bd after Mon 11-30 = Tue 12-01
    assert out["check_in_1_due"] == "2026-12-01"


def test_reply_before_a_dated_send_changes_nothing() -> None:
    base = one(interview_date="2026-11-02", check_in_1_sent="2026-11-10")
    replied = one(
        interview_date="2026-11-02", check_in_1_sent="2026-11-10", last_reply="2026-11-09"
    )
    assert replied["check_in_2_due"] == base["check_in_2_due"]


@pytest.mark.parametrize(
    ("row", "as_of", "action", "status"),
    [
        # thank-you not sent but the 1st check-in is already due: skip to the check-in
        ({"interview_date": "2026-11-02"}, "2026-11-20", "1st check-in", "Overdue"),
        # a later action was sent: the unsent earlier ones are skipped
        (
            {"interview_date": "2026-11-02", "check_in_2_sent": "2026-11-18"},
            "2026-11-19",
            "Final follow-up",
            "Scheduled",
        ),
        # thank-you still relevant the day after
        ({"interview_date": "2026-11-19"}, "2026-11-20", "Thank-you note", "Due today"),
        ({"interview_date": "2026-11-19"}, "2026-11-23", "Thank-you note", "Overdue"),
        # the employer answered after the thank-you was due: no thanks a month late; the
        # reply restarts the 1st check-in, 5 bd after Fri 11-20 (Thanksgiving skipped) =
        # Mon 11-30, to Tue 12-01 (an outside test: the reply brought back the thank-you)
        (
            {"interview_date": "2026-10-20", "last_reply": "2026-11-20"},
            "2026-11-20",
            "1st check-in",
            "Scheduled",
        ),
        # ... and the day after the interview, but after the thank-you's day (the same day)
        (
            {"interview_date": "2026-11-16", "interview_type": "phone", "last_reply": "2026-11-17"},
            "2026-11-17",
            "1st check-in",
            "Scheduled",
        ),
        # a reply on the thank-you's own day leaves it to send
        (
            {"interview_date": "2026-11-18", "last_reply": "2026-11-19"},
            "2026-11-19",
            "Thank-you note",
            "Due today",
        ),
        # No thank-you two weeks late (ot74 F3), though the 1st check-in is further off: a
        # decision stated for Tue 2027-03-30 puts it on Wed 03-31. Interview Wed 2027-01-13;
        # its thank-you is due Thu 01-14 (the next day), so 13 days late on Wed 01-27 and
        # skipped from Thu 01-28, the row waiting for its check-in.
        *[
            (
                {"interview_date": "2027-01-13", "interview_type": kind, "decision_date": D},
                as_of,
                action,
                status,
            )
            for D in ["2027-03-30"]
            for kind in ["video", "onsite", "panel", "other"]
            for as_of, action, status in [
                ("2027-01-27", "Thank-you note", "Overdue"),
                ("2027-01-28", "1st check-in", "Scheduled"),
                ("2027-03-29", "1st check-in", "Due soon"),
            ]
        ],
        # A phone screen's or a final round's is due the interview day, Wed 01-13: skipped
        # from Wed 01-27.
        *[
            (
                {"interview_date": "2027-01-13", "interview_type": kind, "decision_date": D},
                as_of,
                action,
                status,
            )
            for D in ["2027-03-30"]
            for kind in ["phone", "final"]
            for as_of, action, status in [
                ("2027-01-26", "Thank-you note", "Overdue"),
                ("2027-01-27", "1st check-in", "Scheduled"),
            ]
        ],
        # Without a stated decision the check-in comes first unless it waits the longest:
        # an executive in government waits 15 bd after Mon 2026-11-02 (Veterans Day skipped),
        # to Tue 11-24, past the thank-you's Tue 11-03 + 14 days, Tue 11-17.
        *[
            (
                {
                    "interview_date": "2026-11-02",
                    "industry": "Government",
                    "seniority": "executive",
                },
                as_of,
                action,
                status,
            )
            for as_of, action, status in [
                ("2026-11-16", "Thank-you note", "Overdue"),
                ("2026-11-17", "1st check-in", "Scheduled"),
                ("2026-11-23", "1st check-in", "Due soon"),
            ]
        ],
        # A standard row's check-in comes first (Mon 11-16 → Tue 11-24): nothing changes.
        ({"interview_date": "2026-11-16"}, "2026-11-23", "Thank-you note", "Overdue"),
        ({"interview_date": "2026-11-16"}, "2026-11-24", "1st check-in", "Due today"),
        # A thank-you marked sent is not skipped: the row waits for its check-in as before.
        (
            {
                "interview_date": "2027-01-13",
                "decision_date": "2027-03-30",
                "thank_you_sent": "2027-01-14",
            },
            "2027-01-28",
            "1st check-in",
            "Scheduled",
        ),
    ],
)
def test_skipping(row: dict[str, Any], as_of: str, action: str, status: str) -> None:
    out = one(as_of=as_of, **row)
    assert (out["next_action"], out["status"]) == (action, status)


ALL_SENT = {
    "interview_date": "2026-10-01",
    "thank_you_sent": "2026-10-01",
    "check_in_1_sent": True,
    "check_in_2_sent": True,
    "final_sent": "2026-10-29",
}


@pytest.mark.parametrize(
    ("extra", "as_of", "action", "status", "networking"),
    [
        # 10 bd after Thu 10-29, skipping Veterans Day 11-11, is Fri 11-13
        ({}, "2026-11-12", "—", "Waiting", None),
        ({}, "2026-11-13", "Networking check-in", "Moved on", "2027-01-22"),
        # A reply after the final (Mon 11-02): nothing left to send, waiting for their news
        # 8 weeks (stale_after_weeks), as an unsent final goes quiet: moved on from Mon 12-28,
        # networking 10 weeks after it, Mon 2027-03-08 (ot125 F1: Waiting for good).
        ({"last_reply": "2026-11-02"}, "2026-11-03", "—", "Waiting", None),
        ({"last_reply": "2026-11-02"}, "2026-11-20", "—", "Waiting", None),
        ({"last_reply": "2026-11-02"}, "2026-12-27", "—", "Waiting", None),
        (
            {"last_reply": "2026-11-02"},
            "2026-12-28",
            "Networking check-in",
            "Moved on",
            "2027-03-08",
        ),
        (
            {"last_reply": "2026-11-02"},
            "2027-03-08",
            "Networking check-in",
            "Due today",
            "2027-03-08",
        ),
        # ... a later reply (Mon 12-21) restarts the wait: moved on from Mon 2027-02-15
        # (Presidents' Day: a calendar day, as for a final gone quiet), networking Mon 04-26.
        ({"last_reply": "2026-12-21"}, "2026-12-28", "—", "Waiting", None),
        ({"last_reply": "2026-12-21"}, "2027-02-14", "—", "Waiting", None),
        (
            {"last_reply": "2026-12-21"},
            "2027-02-15",
            "Networking check-in",
            "Moved on",
            "2027-04-26",
        ),
        # ... and a final sent after the reply is the last word again: 10 bd after Tue 11-10,
        # skipping Veterans Day, is Wed 11-25; networking 10 weeks on, Wed 2027-02-03.
        (
            {"last_reply": "2026-11-02", "final_sent": "2026-11-10"},
            "2026-11-25",
            "Networking check-in",
            "Moved on",
            "2027-02-03",
        ),
        # A reply on the final's own day is no answer to it: 10 bd after it, as before.
        (
            {"last_reply": "2026-10-29"},
            "2026-11-13",
            "Networking check-in",
            "Moved on",
            "2027-01-22",
        ),
        # networking due in 2 bd: due soon
        ({}, "2027-01-20", "Networking check-in", "Due soon", "2027-01-22"),
        # networking touch since: 10 weeks after it, Wed 2027-03-31
        (
            {"networking_sent": "2027-01-20"},
            "2027-01-25",
            "Networking check-in",
            "Moved on",
            "2027-03-31",
        ),
    ],
)
def test_moved_on(
    extra: dict[str, Any], as_of: str, action: str, status: str, networking: str | None
) -> None:
    out = one(as_of=as_of, **{**ALL_SENT, **extra})
    assert (out["next_action"], out["status"], out["networking_due"]) == (
        action,
        status,
        networking,
    )


@pytest.mark.parametrize(
    ("outcome", "action", "status", "next_due"),
    [
        ("offer", "—", "Closed", None),
        ("hired", "—", "Closed", None),
        ("accepted", "—", "Closed", None),
        # latest date in the row: the reply Tue 11-10; + 10 weeks = Tue 2027-01-19
        ("rejected", "Networking check-in", "Closed", "2027-01-19"),
        ("withdrawn", "Networking check-in", "Closed", "2027-01-19"),
        ("ghosted", "Networking check-in", "Closed", "2027-01-19"),
        # on hold is still open; the reply Tue 11-10 restarts the 2nd check-in's clock:
        # 5 bd after it, skipping Veterans Day 11-11 = Wed 11-18
        ("on hold", "2nd check-in", "Overdue", "2026-11-18"),
    ],
)
def test_outcomes(outcome: str, action: str, status: str, next_due: str | None) -> None:
    out = one(
        interview_date="2026-10-29",
        check_in_1_sent="2026-11-05",
        last_reply="2026-11-10",
        outcome=outcome,
        as_of="2026-11-23",
    )
    assert (out["next_action"], out["status"], out["next_due"]) == (action, status, next_due)


@pytest.mark.parametrize(
    ("row", "status", "why"),
    [
        (
            {"interview_date": "2026-10-01", "outcome": "rejected"},
            "Closed",
            "Closed: the outcome is rejected; networking check-ins are turned off in the rules.",
        ),
        # The Why's first word is the status's (ot46 F2: a Moved on row's began "Closed:").
        # All sent, no dates: the final follow-up counts on its due date Tue 09-29; 10 bd
        # later, skipping Columbus Day Mon 10-12, is Wed 10-14.
        (
            {
                "interview_date": "2026-09-01",
                **{f"{name}_sent": True for name in ("thank_you", "check_in_1", "check_in_2")},
                "final_sent": True,
            },
            "Moved on",
            "Moved on: no reply within 10 bd of the final follow-up, since Wed 2026-10-14; "
            "nothing more to send: networking check-ins are turned off in the rules.",
        ),
        # The final follow-up, sent Mon 08-31, answered Tue 09-08, no news for 8 weeks: moved
        # on from Tue 11-03.
        (
            {
                "interview_date": "2026-08-03",
                **{f"{name}_sent": True for name in ("thank_you", "check_in_1", "check_in_2")},
                "final_sent": "2026-08-31",
                "last_reply": "2026-09-08",
            },
            "Moved on",
            "Moved on: no news within 8 weeks of the employer's reply of Tue 2026-09-08 (after "
            "the final follow-up), since Tue 2026-11-03; nothing more to send: networking "
            "check-ins are turned off in the rules.",
        ),
        # The final follow-up, due Tue 08-04, left unsent 8 weeks: gone quiet Tue 09-29.
        (
            {
                "interview_date": "2026-07-06",
                **{f"{name}_sent": True for name in ("thank_you", "check_in_1", "check_in_2")},
            },
            "Moved on",
            "Moved on: the final follow-up went unsent 8 weeks past its due date, since Tue "
            "2026-09-29; nothing more to send: networking check-ins are turned off in the rules.",
        ),
    ],
)
def test_networking_can_be_disabled(row: dict[str, Any], status: str, why: str) -> None:
    rules = load_rule_set({"networking": {"enabled": False}})
    out = one(rules=rules, **row)
    assert (out["next_action"], out["status"], out["networking_due"]) == ("—", status, None)
    as_of = dt.date(2026, 11, 20)
    lines = schedule_rows(frame(row), rules, as_of).explain().iloc[0].split("\n")
    assert lines[0] == why
    assert not any(line.startswith("Moved on") for line in lines[1:])


def test_networking_rolls_to_a_business_day() -> None:
    # rejected, latest date Fri 2026-10-16; + 10 weeks = Fri 12-25 (Christmas) → Mon 12-28
    out = one(interview_date="2026-10-16", outcome="rejected")
    assert out["networking_due"] == "2026-12-28"


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # An outside test (ot22): a German video interview Wed 2026-03-04, rejected, thank-you
        # marked "ja". It counts as sent on its due date Thu 03-05: + 10 weeks = Thu 05-14,
        # Ascension Day → Fri 05-15 (the interview alone gave Wed 05-13).
        ({"country": "DE", "thank_you_sent": True}, "2026-05-15"),
        ({"country": "DE", "thank_you_sent": "2026-03-04"}, "2026-05-13"),  # dated: its date
        ({"country": "DE"}, "2026-05-13"),  # nothing sent: the interview
        # 1st check-in marked sent: due Fri 03-13 (7 bd, senior), + 10 weeks = Fri 05-22.
        ({"country": "DE", "check_in_1_sent": True}, "2026-05-22"),
        # ... unless a dated cell is later: a reply on Mon 03-23 → Mon 06-01.
        ({"country": "DE", "check_in_1_sent": True, "last_reply": "2026-03-23"}, "2026-06-01"),
    ],
)
def test_networking_counts_an_undated_send_on_its_due_date(
    row: dict[str, Any], expected: str
) -> None:
    """DESIGN section 3: the close date is the latest date in the row, and an action marked
    sent without a date counts as sent on its due date."""
    interview = {"interview_date": "2026-03-04", "seniority": "senior", "outcome": "rejected"}
    assert one(as_of="2026-03-30", **interview, **row)["networking_due"] == expected


@pytest.mark.parametrize(
    ("as_of", "due", "status"),
    [
        # due Tue 12-01 (1st check-in after Fri 11-20)
        ("2026-12-02", "2026-12-01", "Overdue"),
        ("2026-12-01", "2026-12-01", "Due today"),
        # 2 bd after Fri 11-27 is Tue 12-01: due soon
        ("2026-11-27", "2026-12-01", "Due soon"),
        # 2 bd after Wed 11-25 (Thanksgiving skipped) is Mon 11-30: not yet
        ("2026-11-25", "2026-12-01", "Scheduled"),
    ],
)
def test_status_by_due_date(as_of: str, due: str, status: str) -> None:
    out = one(as_of=as_of, interview_date="2026-11-20", thank_you_sent="2026-11-20")
    assert (out["next_due"], out["status"]) == (due, status)


def test_no_interview_date_schedules_nothing_even_from_a_dated_send() -> None:
    out = one(interview_date=None, needs_info=True, check_in_1_sent="2026-11-05")
    assert all(out[c] is None for c in (*DUE_COLUMNS, "next_due"))


def test_an_offer_has_no_networking_date_even_after_moving_on() -> None:
    out = one(as_of="2026-12-01", outcome="offer", **ALL_SENT)
    assert (out["networking_due"], out["next_action"], out["status"]) == (None, "—", "Closed")


def test_needs_info() -> None:
    missing_date = one(interview_date=None, needs_info=True)
    assert (missing_date["status"], missing_date["next_action"]) == ("Needs info", "—")
    assert missing_date["check_in_1_due"] is None
    missing_company = one(interview_date="2026-11-16", company=None, needs_info=True)
    assert missing_company["status"] == "Needs info"
    assert missing_company["check_in_1_due"] == "2026-11-24"  # the dates still help


def test_all_sent_and_no_move_yet_is_waiting() -> None:
    out = one(as_of="2026-11-02", **ALL_SENT)
    assert (out["next_action"], out["status"], out["next_due"]) == ("—", "Waiting", None)


@pytest.mark.parametrize(
    ("industry", "speed_class"),
    [
        ("Biotech", "standard"),  # "tech" only as a whole word
        ("E-commerce", "fast"),
        ("Public Sector Services", "institutional"),  # a phrase
        # "IT" is tech (ot82 F9), and a class listed earlier wins, as for "Healthcare technology"
        ("Public Sector IT", "fast"),
        ("LAW", "traditional"),  # any case
        ("public\t sector", "institutional"),  # runs of white space are one space
        ("Healthcare technology", "fast"),  # a class listed earlier wins when several match
        ("public-sector", "institutional"),  # hyphens, dashes and slashes join like spaces
        ("Non Profit", "institutional"),  # the keyword non-profit
        ("E–commerce / retail", "fast"),
        # Outside test ot36 (F3): as trackers write them, one word or the tech of a field
        ("ecommerce", "fast"),
        ("SaaS", "fast"),
        ("FinTech", "fast"),  # a tech company, not a bank
        ("EdTech", "fast"),
        ("Not-for-profit", "institutional"),
        ("Higher ed", "institutional"),
        ("Charity", "institutional"),
        ("Private equity", "traditional"),
        ("Wealth Management", "traditional"),
        ("Audit & Tax", "traditional"),
        ("Retail", "standard"),
    ],
)
def test_industry_keywords_match_whole_words(industry: str, speed_class: str) -> None:
    row = frame({"interview_date": "2026-11-16", "industry": industry})
    schedule = schedule_rows(row, RULES, dt.date(2026, 11, 20))
    assert schedule.details.industry_class.tolist() == [speed_class]


@pytest.mark.parametrize(
    ("industry", "speed_class"),
    [
        # Outside test ot14 (F3): industries written in the languages whose headers are read
        # ("Secteur", "Branche") were all standard.
        ("Banque", "traditional"),
        ("Assurance", "traditional"),
        ("Conseil", "traditional"),
        ("Versicherung", "traditional"),
        ("Santé", "institutional"),
        ("Fonction publique", "institutional"),
        ("Université", "institutional"),
        ("Bank", "traditional"),
        ("Beratung", "traditional"),
        ("Gesundheitswesen", "institutional"),
        ("Öffentlicher Dienst", "institutional"),
        ("Behörde", "institutional"),
        ("Hochschule", "institutional"),
        ("Banca", "traditional"),
        ("Seguros", "traditional"),
        ("Consultoría", "traditional"),
        ("Sanidad", "institutional"),
        ("Administración pública", "institutional"),
        ("Saúde", "institutional"),
        ("Assicurazioni", "traditional"),
        ("Pubblica amministrazione", "institutional"),
        ("Overheid", "institutional"),
        ("Verzekeringen", "traditional"),
        ("Logiciel", "fast"),
        ("Informatique", "fast"),
        ("Jeux vidéo", "fast"),
        # Accents optional, either way round.
        ("Sante", "institutional"),
        ("OEFFENTLICHER DIENST", "standard"),  # "oe" for "ö" is another spelling, not read
        ("Offentlicher Dienst", "institutional"),
        ("Universität", "institutional"),
        ("universitat", "institutional"),
        # Still whole words: a compound is not its parts, a word inside another is not it.
        ("Bankautomaten", "standard"),
        ("Hospitality", "standard"),
        ("Banque d'investissement", "traditional"),
        ("Santé numérique", "fast"),  # a class listed earlier wins, as in English
        # French local government: the phrase, not the consulting word "conseil" in it.
        ("Conseil régional", "institutional"),
        ("Conseil Régional d'Île-de-France", "institutional"),
        ("conseil departemental", "institutional"),
        ("Conseil général", "institutional"),
        ("Conseil municipal", "institutional"),
        ("Conseil en stratégie", "traditional"),  # consulting, as before
        ("Conseil régional, banque", "traditional"),  # two places: the earlier class wins
    ],
)
def test_industries_in_other_languages(industry: str, speed_class: str) -> None:
    row = frame({"interview_date": "2026-11-16", "industry": industry})
    schedule = schedule_rows(row, RULES, dt.date(2026, 11, 20))
    assert schedule.details.industry_class.tolist() == [speed_class]


@pytest.mark.parametrize(
    ("industry", "speed_class"),
    [
        # Outside test ot82 (F9): a Japanese tracker's 製造業 (manufacturing) was standard, and
        # so were "IT" and India's "IT services".
        ("製造業", "traditional"),
        ("自動車製造業", "traditional"),  # car manufacturing: no spaces between the words
        ("メーカー", "traditional"),  # "maker", as Japanese names manufacturers
        ("金融", "traditional"),
        ("銀行", "traditional"),
        ("保険", "traditional"),
        ("官公庁", "institutional"),
        ("大学", "institutional"),
        ("ソフトウェア", "fast"),
        ("金融科技", "fast"),  # fintech: the class listed earlier wins, as "FinTech"
        ("フィンテック", "fast"),
        ("互联网", "fast"),
        ("制造业", "traditional"),
        ("政府", "institutional"),
        ("제조업", "traditional"),
        ("금융", "traditional"),
        ("공공기관", "institutional"),
        ("게임", "fast"),
        ("Perbankan", "traditional"),
        ("Keuangan", "traditional"),
        ("Kewangan", "traditional"),
        ("Teknologi Informasi", "fast"),
        ("Pemerintah", "institutional"),
        ("Ngân hàng", "traditional"),
        ("Ngan hang", "traditional"),  # accents optional
        ("Sản xuất", "traditional"),
        ("Công nghệ thông tin", "fast"),
        ("Giáo dục", "institutional"),
        ("ธนาคาร", "traditional"),
        ("เทคโนโลยี", "fast"),
        ("มหาวิทยาลัย", "institutional"),
        # "IT" is tech, as "Informatik" and "informatique" are; a firm selling IT work as a
        # service is a consultancy, as "consulting" is traditional.
        ("IT", "fast"),
        ("IT・通信", "fast"),
        ("Information Technology", "fast"),
        ("IT services", "traditional"),
        ("IT Services & Consulting", "traditional"),  # LinkedIn's name for TCS or Infosys
        ("IT consulting", "traditional"),
        # The consultancy and its consultant follow consulting (fx182: "IT consultant" was
        # fast, by "IT"); near cases: a startup or software is still fast, "Consultation"
        # names no class, "Itconsult" is no word of the list.
        ("IT consultant", "traditional"),
        ("IT Consultants", "traditional"),
        ("IT consultancy", "traditional"),
        ("IT consultancies", "traditional"),
        ("Consultant", "traditional"),
        ("Management consultants", "traditional"),
        ("Consultancy", "traditional"),
        ("Software consultant", "fast"),
        ("IT consultancy startup", "fast"),
        ("Consultation", "standard"),
        ("Itconsult", "standard"),
        # "IT services" in Korean, Japanese and Chinese is traditional as the English is (it
        # was fast, as bare "IT"), with a space or without (fx164).
        ("IT 서비스", "traditional"),
        ("IT서비스", "traditional"),
        ("IT 컨설팅", "traditional"),  # "IT" (fast) beside "컨설팅" (traditional) was fast
        ("ITサービス", "traditional"),
        ("IT サービス", "traditional"),
        ("ITサービス業", "traditional"),  # "IT services industry": inside a longer word
        ("ITコンサル", "traditional"),
        ("ITコンサルティング", "traditional"),
        ("IT服务", "traditional"),
        ("IT服務", "traditional"),
        ("IT 服务", "traditional"),
        ("IT咨询", "traditional"),
        ("IT外包", "traditional"),
        # ... and in Indonesian and Malay, Vietnamese and Thai, as the English (fx173, found by
        # fx164: "konsultan IT" and "dịch vụ IT" were fast, by "IT").
        ("konsultan IT", "traditional"),
        ("IT konsultan", "traditional"),
        ("Jasa IT", "traditional"),
        ("Layanan IT", "traditional"),
        ("Perunding IT", "traditional"),  # Malay
        ("Perkhidmatan IT", "traditional"),
        ("dịch vụ IT", "traditional"),
        ("Dich vu IT", "traditional"),  # accents optional
        ("Tư vấn IT", "traditional"),
        ("Thuê ngoài IT", "traditional"),
        ("บริการ IT", "traditional"),
        ("บริการIT", "traditional"),
        ("ที่ปรึกษา IT", "traditional"),
        # Near cases: an IT company, a startup, other services, an "it" inside a word.
        ("Perusahaan IT", "fast"),
        ("Công ty IT", "fast"),
        ("Konsultan IT startup", "fast"),
        ("Startup dịch vụ IT", "fast"),
        ("Dịch vụ", "standard"),
        ("Jasa Marga", "standard"),
        ("Layanan ITB", "standard"),
        ("Dịch vụ itinerary", "standard"),
        ("Layanan kesehatan", "institutional"),
        ("Dịch vụ tài chính", "traditional"),  # financial services, by "tài chính"
        # Full-width Latin, as a Japanese IME types it, reads as the half-width (fx164): the
        # keyword's width is folded (NFKD) as its accents are.
        ("ＩＴサービス", "traditional"),
        ("ＩＴ\u3000サービス", "traditional"),
        ("ＩＴ 서비스", "traditional"),
        ("ＩＴコンサル", "traditional"),
        ("ＩＴ", "fast"),
        ("ＩＴ・通信", "fast"),
        ("Ｆｉｎａｎｃｅ", "traditional"),
        ("ｿﾌﾄｳｪｱ", "fast"),  # half-width katakana "software"
        # Near cases: "IT" with other words is still fast ("IT 기업": an IT company, "IT業界":
        # the IT industry, "IT企业", "IT软件"), and "서비스" alone names no class.
        ("IT 기업", "fast"),
        ("IT業界", "fast"),
        ("IT企业", "fast"),
        ("서비스", "standard"),
        ("サービス", "standard"),
        # A startup is fast, with "IT services" or without, in Korean, Japanese and Chinese
        # as in English (ot94 F4: "IT 서비스 스타트업" was traditional, "IT services startup"
        # fast); near cases: "创新" (innovation) and "創業" are no startup word.
        ("IT services startup", "fast"),
        ("IT 서비스 스타트업", "fast"),
        ("IT 컨설팅 스타트업", "fast"),
        ("ITサービス・スタートアップ", "fast"),
        ("IT服务初创公司", "fast"),
        ("스타트업", "fast"),
        ("スタートアップ", "fast"),
        ("初创企业", "fast"),
        ("新創公司", "fast"),
        ("Finance startup", "fast"),
        ("금융 스타트업", "fast"),
        ("创新", "standard"),
        ("創新", "standard"),
        ("スタート", "standard"),
        # Near cases: "it" inside a word, and words that only look like the listed ones.
        ("Italian food", "standard"),
        ("Utilities", "standard"),
        ("Tenaga kerja", "standard"),  # Malay "workforce", not energy
        ("Retail", "standard"),
    ],
)
def test_industries_in_asian_languages_and_it(industry: str, speed_class: str) -> None:
    row = frame({"interview_date": "2026-11-16", "industry": industry})
    schedule = schedule_rows(row, RULES, dt.date(2026, 11, 20))
    assert schedule.details.industry_class.tolist() == [speed_class]


@pytest.mark.parametrize(
    ("row", "column", "expected"),
    [
        # The tester's BNP Paribas (Claire Dubois, FR): a video interview on Tue 2026-11-03,
        # "Banque" +2 = 7 bd, skipping Armistice Day Wed 11-11 → Fri 11-13 (was Tue 11-10).
        (
            {"interview_date": "2026-11-03", "industry": "Banque", "country": "FR"},
            "check_in_1_due",
            "2026-11-13",
        ),
        # The probe's row A: a "Finale" at a "Banque": 5 +2 −2 = 5 bd → Tue 11-10 (as other
        # it was 7 bd → Fri 11-13), and the thank-you the same day (was Wed 11-04).
        (
            {
                "interview_date": "2026-11-03",
                "industry": "Banque",
                "interview_type": "final",
                "country": "FR",
            },
            "check_in_1_due",
            "2026-11-10",
        ),
        # "Santé" +5 = 10 bd after Tue 11-03, skipping Armistice Day → Wed 11-18 (was 11-10).
        (
            {"interview_date": "2026-11-03", "industry": "Santé", "country": "FR"},
            "check_in_1_due",
            "2026-11-18",
        ),
        # "Behörde" in Bavaria: final follow-up 4 +4 weeks after Mon 11-02 = Mon 12-28 → Tue
        # 12-29, the preferred send day (as standard: Tue 12-01, 5 bd after the 2nd check-in).
        (
            {"interview_date": "2026-11-02", "industry": "Behörde", "country": "DE-BY"},
            "final_due",
            "2026-12-29",
        ),
    ],
)
def test_an_industry_in_another_language_moves_the_dates(
    row: dict[str, Any], column: str, expected: str
) -> None:
    assert one(as_of="2026-11-02", **row)[column] == expected


# The smallest gaps a config may set (ot30 F2: min_bd = 0 put a 1st check-in the day before a
# Saturday interview, and on a Monday interview's day, skipping its thank-you; a 2nd check-in
# fell on the day of the 1st). Entry-level Software: every adjustment 0, so the minimums hold.
SMALLEST = """
[rules.check_in_1]
base_bd = 0
min_bd = 2
[rules.check_in_2]
base_bd = 0
min_bd = 1
[rules.send_window]
preferred_weekdays = []
"""


@pytest.mark.parametrize(
    ("interview", "thank_you", "check_in_1", "check_in_2"),
    [
        ("2026-11-13", "2026-11-14", "2026-11-17", "2026-11-18"),  # Fri: 2 bd = Tue, then Wed
        ("2026-11-14", "2026-11-15", "2026-11-17", "2026-11-18"),  # Sat: counted from Fri
        ("2026-11-15", "2026-11-16", "2026-11-17", "2026-11-18"),  # Sun: counted from Fri
        ("2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19"),  # Mon: after Tue's thank-you
        # Wed before Thanksgiving: Thu 11-26 skipped, Fri 11-27 = 1, Mon 11-30 = 2
        ("2026-11-25", "2026-11-26", "2026-11-30", "2026-12-01"),
    ],
)
def test_the_smallest_gaps_keep_the_steps_in_order(
    interview: str, thank_you: str, check_in_1: str, check_in_2: str
) -> None:
    rules = config_from_mapping(tomllib.loads(SMALLEST)).rules
    row = {"interview_date": interview, "industry": "Software", "seniority": "entry"}
    out = one(as_of="2026-11-13", rules=rules, interview_type="onsite", **row)
    assert (out["thank_you_due"], out["check_in_1_due"], out["check_in_2_due"]) == (
        thank_you,
        check_in_1,
        check_in_2,
    )
    assert out["next_action"] == "Thank-you note"


def test_a_configs_industry_words_are_kept_as_written_their_stray_spaces_aside() -> None:
    """What `rules` shows (ot33 F11: '"  consulting "' was printed with its spaces)."""
    config = config_from_mapping(tomllib.loads('[rules.industries]\nfast = ["  consulting "]\n'))
    assert config.rules.industries["fast"][-1] == "consulting"


@pytest.mark.parametrize(
    ("industries", "classes", "check_in_1"),
    [
        # Mon 11-16, mid, onsite: fast 3 bd = Thu 11-19; standard 5 bd = Mon 11-23 → Tue
        # 11-24 (preferred day); traditional 7 bd = Wed 11-25.
        (
            "",
            ["fast", "standard", "fast", "traditional", "fast"],
            ["19", "24", "19", "25", "19"],
        ),
        # ot30 F3: adding biotech dropped every shipped fast word (Software was standard).
        (
            'fast = ["biotech"]',
            ["fast", "fast", "fast", "traditional", "fast"],
            ["19", "19", "19", "25", "19"],
        ),
        # A word listed under another class moves there (fast, listed first, would win).
        (
            'traditional = ["media"]',
            ["fast", "standard", "traditional", "traditional", "traditional"],
            None,
        ),
        # standard: words no class matches.
        (
            'standard = ["consulting", "Software"]',
            ["standard", "standard", "fast", "standard", "fast"],
            None,
        ),
        # A phrase listed as standard wins over a class's word inside it, as a class's
        # phrase does (ot46 F3 kept the standard words in the table).
        (
            'standard = ["media research"]',
            ["fast", "standard", "fast", "traditional", "standard"],
            ["19", "24", "19", "25", "24"],
        ),
    ],
)
def test_a_configs_industry_words_extend_the_shipped_lists(
    industries: str, classes: list[str], check_in_1: list[str] | None
) -> None:
    rules = config_from_mapping(tomllib.loads(f"[rules.industries]\n{industries}\n")).rules
    rows = frame(
        *(
            {"interview_date": "2026-11-16", "industry": industry}
            for industry in ("Software", "Biotech", "Media", "Consulting", "Media Research")
        )
    )
    schedule = schedule_rows(rows, rules, dt.date(2026, 11, 13))
    assert schedule.details.industry_class.tolist() == classes
    if check_in_1 is not None:
        due = [day.strftime("%d") for day in schedule.result["check_in_1_due"]]
        assert due == check_in_1
