"""Synthetic normalised frames: realistic variety, built with numpy so a million rows is quick.

``synthetic_frame(n, seed)`` gives what ``schedule_rows`` expects (``NORMALISED_COLUMNS``, indexed
by Excel row) with the awkward cases over-represented: interviews on weekends, public
holidays and leap day, countries with Friday-Saturday weekends, industry texts that match two
speed classes or none, sends marked without a date, replies, every stage and outcome,
applications that never reached an interview, a few bad rows.

``frame_from_records(records)`` builds a small frame from dicts, filling the defaults a
normaliser would; the tests and the sample tracker use it.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from followup_batch.normalise.columns import NORMALISED_COLUMNS
from followup_batch.normalise.interview_types import INTERVIEW_TYPE_VALUES
from followup_batch.normalise.seniority import SENIORITY_VALUES

COUNTRIES = ("US", "US-CA", "GB", "GB-SCT", "DE", "DE-BY", "FR", "CA", "AU", "IN", "AE", "IL")

# Every speed class, texts matching two classes (the first class wins), near-misses that must
# stay "standard" (technical is not the word tech) and blanks.
INDUSTRIES = (
    "Tech",
    "Software",
    "Internet",
    "Digital Media",
    "Marketing & Advertising",
    "Gaming",
    "E-commerce",
    "startup",
    "Banking",
    "Investment Banking",
    "Insurance",
    "Law",
    "Legal services",
    "Accounting",
    "Management Consulting",
    "Energy",
    "Manufacturing",
    "Finance",
    "Government",
    "Public Sector",
    "Academia",
    "University",
    "Education",
    "Research",
    "Non-profit",
    "Nonprofit",
    "Healthcare",
    "Tech consulting",
    "Healthcare technology",
    "Retail",
    "Logistics",
    "Hospitality",
    "Technical textiles",
    "Biotech",
    "",
    "Other",
)

CLIENTS = ("Maya Chen", "Jonas Weber", "Priya Raman", "Tom Okafor", "")
POSITIONS = (
    "Data Analyst",
    "Product Manager",
    "Software Engineer",
    "Account Executive",
    "Policy Advisor",
    "Research Scientist",
    "Finance Manager",
    "Chief of Staff",
)
TOPICS = (
    "",
    "roadmap for Q3",
    "migrating the data warehouse",
    "team structure",
    "customer onboarding",
)
VALUE_ADDS = ("", "article on churn models", "sample dashboard", "notes on the RFP process")
INTERVIEWER_POOL = (
    [],
    ["Alex Kim"],
    ["Sam Patel", "Jordan Lee"],
    ["Dr. Ruth Meyer"],
    ["Chris Ng", "Dana Cole", "Eli Stone"],
)
EMAIL_POOL = (
    [],
    ["alex.kim@example.com"],
    ["sam@example.org", "jordan@example.org"],
    [],
    ["chris@example.net", "dana@example.net", "eli@example.net"],
)

# Interview days that trip calendars: US Thanksgiving weeks, Christmas/New Year, Easter (GB/DE
# Good Friday and Easter Monday), leap days, month ends and a Saturday.
TRICKY_DAYS = (
    "2024-02-29",
    "2024-03-29",
    "2024-04-01",
    "2024-11-27",
    "2024-11-28",
    "2024-11-29",
    "2024-12-24",
    "2024-12-31",
    "2025-01-01",
    "2025-04-18",
    "2025-04-21",
    "2025-05-31",
    "2025-11-26",
    "2025-11-27",
    "2025-12-25",
    "2025-12-26",
    "2026-04-03",
    "2026-04-06",
    "2026-11-20",
    "2026-11-25",
    "2026-11-26",
    "2026-11-27",
    "2026-12-31",
    "2027-03-26",
    "2027-03-29",
    "2027-11-25",
    "2027-12-24",
    "2027-12-31",
    "2028-02-29",
)

FIRST_DAY = np.datetime64("2024-01-01", "D")
LAST_DAY = np.datetime64("2027-12-31", "D")

# The open stages share what "open" had before (rows drawn with one seed keep their outcome
# otherwise).
OUTCOME_WEIGHTS = {
    "not applied": 0.05,
    "applied": 0.2,
    "interviewing": 0.28,
    "offer": 0.05,
    "hired": 0.01,
    "accepted": 0.01,
    "rejected": 0.14,
    "withdrawn": 0.03,
    "ghosted": 0.09,
    "on hold": 0.14,
}

NAT = np.datetime64("NaT", "D")


def _object_array(values) -> np.ndarray:
    """A 1-d object array, element by element so lists stay list cells (not a 2-d array)."""
    values = list(values)
    array = np.empty(len(values), dtype=object)
    for position, value in enumerate(values):
        array[position] = value
    return array


def _pick(rng: np.random.Generator, values, n: int, p=None) -> np.ndarray:
    return _object_array(values)[rng.choice(len(values), size=n, p=p)]


def _days_after(rng: np.random.Generator, start: np.ndarray, low: int, high: int) -> np.ndarray:
    return start + rng.integers(low, high + 1, size=len(start)).astype("timedelta64[D]")


def _interview_days(rng: np.random.Generator, n: int) -> np.ndarray:
    span = int((LAST_DAY - FIRST_DAY) / np.timedelta64(1, "D"))
    days = FIRST_DAY + rng.integers(0, span + 1, size=n).astype("timedelta64[D]")
    tricky = rng.random(n) < 0.15
    days[tricky] = np.array(TRICKY_DAYS, dtype="datetime64[D]")[
        rng.integers(0, len(TRICKY_DAYS), size=int(tricky.sum()))
    ]
    return days


def _send_marks(
    rng: np.random.Generator, previous: np.ndarray, chance: float, low: int, high: int
) -> tuple[np.ndarray, np.ndarray]:
    """Sent dates after the previous step, a fifth of them marked sent without a date."""
    n = len(previous)
    done = rng.random(n) < chance
    sent = np.where(done, _days_after(rng, previous, low, high), NAT)
    undated = done & (rng.random(n) < 0.2)
    sent[undated] = NAT
    return sent, done


def _to_ns(days: np.ndarray) -> np.ndarray:
    return days.astype("datetime64[ns]")


def synthetic_frame(n: int, seed: int = 0) -> pd.DataFrame:
    """A valid normalised frame of n rows (index: Excel rows 2..n+1)."""
    rng = np.random.default_rng(seed)
    interview = _interview_days(rng, n)

    # A stated timeline is one cell: a date (or a phrase resolved to one) or "within N business
    # days", never both.
    stated = rng.random(n)
    decision = np.where(stated < 0.15, _days_after(rng, interview, -1, 21), NAT)
    within = np.where((stated >= 0.15) & (stated < 0.23), rng.integers(1, 11, size=n), -1)

    # Each later step is likelier when the earlier one went out, and dated after it; a few rows
    # skip a step (a 2nd check-in with no 1st) because real trackers do.
    thank_you, thank_you_done = _send_marks(rng, interview, 0.7, 0, 2)
    base = np.where(np.isnat(thank_you), interview, thank_you)
    first, first_done = _send_marks(rng, base, 0.45, 3, 14)
    base = np.where(np.isnat(first), _days_after(rng, interview, 5, 12), first)
    second, second_done = _send_marks(rng, base, 0.25 + 0.35 * first_done, 4, 15)
    base = np.where(np.isnat(second), _days_after(rng, interview, 20, 40), second)
    final, final_done = _send_marks(rng, base, 0.15 + 0.45 * second_done, 5, 25)

    reply = np.where(rng.random(n) < 0.25, _days_after(rng, interview, -2, 70), NAT)
    networking = np.where(rng.random(n) < 0.05, _days_after(rng, interview, 30, 200), NAT)

    outcome = _pick(rng, tuple(OUTCOME_WEIGHTS), n, p=list(OUTCOME_WEIGHTS.values()))
    needs_info = rng.random(n) < 0.02
    # Half of the needs-info rows lack the interview date, the other half the company.
    no_date = needs_info & (rng.random(n) < 0.5)
    interview[no_date] = NAT
    company = _object_array(f"Company {k}" for k in range(200))[rng.integers(0, 200, size=n)]
    company[needs_info & ~no_date] = None

    problems_pool = _object_array([[], ["Interview Date is empty"], ["Company is empty"]])
    problems = problems_pool[np.where(no_date, 1, np.where(needs_info, 2, 0))]

    # Applications, drawn after the above so those values stay as they were: most rows applied
    # some weeks before the interview; a fifth never got one (an application log's rows), some
    # of which checked in after applying, heard back, or are only saved postings.
    applied = np.where(rng.random(n) < 0.7, _days_after(rng, interview, -45, -2), NAT)
    log_rows = rng.random(n) < 0.2
    applied[log_rows] = _interview_days(rng, n)[log_rows]
    interview[log_rows] = NAT
    application_sent, application_done = _send_marks(rng, applied, 0.4, 3, 70)
    answered = log_rows & (rng.random(n) < 0.2)
    reply[answered] = _days_after(rng, applied, -3, 40)[answered]
    log_stages = ("applied",) * 5 + ("on hold", "not applied", "interviewing", "rejected", "offer")
    outcome[log_rows] = _pick(rng, log_stages, n)[log_rows]

    round_values = pd.array(rng.integers(1, 5, size=n), dtype="Int64")
    round_values[rng.random(n) < 0.3] = pd.NA
    within_values = pd.array(within, dtype="Int64")
    within_values[within < 0] = pd.NA

    panel = rng.integers(0, len(INTERVIEWER_POOL), size=n)
    index = pd.RangeIndex(2, n + 2, name="excel_row")

    # A fifth of the rows have a later interview of their application (the next round, or
    # the interview an application led to), days to months later; drawn last, so the values
    # above stay as they were.
    start = np.where(np.isnat(interview), applied, interview)
    later_gap = rng.integers(1, 150, size=n)
    has_later = (rng.random(n) < 0.2) & ~np.isnat(start)
    later = np.where(has_later, start + later_gap.astype("timedelta64[D]"), NAT)
    later_row = np.where(has_later, rng.integers(2, n + 2, size=n), 0)
    later_outcome = np.where(has_later, _pick(rng, tuple(OUTCOME_WEIGHTS), n), "")
    columns = {
        "client": _pick(rng, CLIENTS, n),
        "company": company,
        "position": _pick(rng, POSITIONS, n),
        "interview_date": _to_ns(interview),
        "earlier_interview": np.full(n, np.datetime64("NaT", "ns")),
        "status_date_read": np.full(n, "", dtype=object),
        "greeted_in_status": np.full(n, "", dtype=object),
        "closed_in_status": np.full(n, np.datetime64("NaT", "ns")),
        "applied_date": _to_ns(applied),
        "interviewers": _object_array(INTERVIEWER_POOL)[panel],
        "interviewer_emails": _object_array(EMAIL_POOL)[panel],
        "interviewer_email_owners": np.full(n, None, dtype=object),
        "interview_type": _pick(rng, INTERVIEW_TYPE_VALUES, n),
        "round": round_values,
        "round_rank": np.asarray(round_values.fillna(0), dtype=np.int64),
        "seniority": _pick(rng, SENIORITY_VALUES, n),
        "industry": _pick(rng, INDUSTRIES, n),
        "decision_date": _to_ns(decision),
        "decision_within_bd": within_values,
        "decision_week": pd.array([pd.NA] * n, dtype="Int64"),
        # One stated date in ten "after <holiday>": the first business day on or after it
        # (drawn apart, so the other columns stay as each seed always made them).
        "decision_after_holiday": ~np.isnat(_to_ns(decision))
        & (np.random.default_rng([seed, 1]).random(n) < 0.1),
        "decision_before_holiday": np.zeros(n, dtype=bool),
        "decision_in_status": np.zeros(n, dtype=bool),
        "decision_phrase": np.where(
            pd.isna(within_values), "", within_values.astype(str) + " business days"
        ).astype(object),
        "thank_you_sent": _to_ns(thank_you),
        "thank_you_done": thank_you_done,
        "check_in_1_sent": _to_ns(first),
        "check_in_1_done": first_done,
        "check_in_2_sent": _to_ns(second),
        "check_in_2_done": second_done,
        "final_sent": _to_ns(final),
        "final_done": final_done,
        "application_check_in_sent": _to_ns(application_sent),
        "application_check_in_done": application_done,
        "networking_sent": _to_ns(networking),
        "last_reply": _to_ns(reply),
        "outcome": outcome,
        "undated_interview_named": np.zeros(n, dtype=bool),
        "country": _pick(rng, COUNTRIES, n),
        "topic": _pick(rng, TOPICS, n),
        "value_add": _pick(rng, VALUE_ADDS, n),
        "later_interview": _to_ns(later),
        "later_interview_row": later_row,
        "later_interview_sheet": np.full(n, "", dtype=object),
        "application_outcome": later_outcome,
        "same_interview_row": np.zeros(n, dtype=np.int64),
        "same_interview_sheet": np.full(n, "", dtype=object),
        "outcome_copy": np.full(n, "", dtype=object),
        "outcome_disagrees": np.full(n, "", dtype=object),
        "interviewers_elsewhere": np.full(n, "", dtype=object),
        "sent_ahead": np.full(n, "", dtype=object),
        "ahead_on": np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]"),
        "applied_ahead": np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]"),
        "decision_written": np.full(n, "", dtype=object),
        "sent_elsewhere": np.full(n, "", dtype=object),
        "sent_in_status": np.full(n, "", dtype=object),
        "earlier_round_marks": np.full(n, "", dtype=object),
        "status_as_read": np.full(n, "", dtype=object),
        "interview_not_held": np.full(n, "", dtype=object),
        "seniority_written": np.full(n, "", dtype=object),
        "needs_info": needs_info,
        "asked_interview_date": np.full(n, "", dtype=object),
        "needs_info_otherwise": needs_info,
        "needs_info_if_open": np.zeros(n, dtype=bool),
        "problems": problems,
    }
    # Rows of a US tracker: other calendars than the US's named (``countries.calendar_note``).
    columns["calendar_note"] = np.array(
        [None if c == "US" else "" for c in columns["country"]], dtype=object
    )
    return typed_frame(columns, index)


def typed_frame(columns: dict[str, object], index: pd.Index) -> pd.DataFrame:
    """The columns in NORMALISED_COLUMNS order, each with its exact dtype.

    Explicit dtypes matter: pandas would otherwise infer its string dtype for text columns and
    turn a missing company (None) into NaN.
    """
    return pd.DataFrame(
        {
            name: pd.Series(columns[name], index=index, dtype=dtype)
            for name, dtype in NORMALISED_COLUMNS.items()
        }
    )


RECORD_DEFAULTS: dict[str, object] = {
    "client": "",
    "company": "Acme",
    "position": "Analyst",
    "interview_date": None,
    "earlier_interview": None,
    "status_date_read": "",
    "greeted_in_status": "",
    "closed_in_status": None,
    "applied_date": None,
    "interview_type": "other",
    "round": pd.NA,
    "round_rank": 0,
    "seniority": "mid",
    "industry": "",
    "decision_date": None,
    "decision_within_bd": pd.NA,
    "decision_week": pd.NA,
    "decision_phrase": "",
    "decision_after_holiday": False,
    "decision_before_holiday": False,
    "decision_in_status": False,
    "thank_you_sent": None,
    "thank_you_done": False,
    "check_in_1_sent": None,
    "check_in_1_done": False,
    "check_in_2_sent": None,
    "check_in_2_done": False,
    "final_sent": None,
    "final_done": False,
    "application_check_in_sent": None,
    "application_check_in_done": False,
    "networking_sent": None,
    "last_reply": None,
    "outcome": "applied",
    "undated_interview_named": False,
    "country": "US",
    "calendar_note": None,
    "topic": "",
    "value_add": "",
    "later_interview": None,
    "later_interview_row": 0,
    "later_interview_sheet": "",
    "application_outcome": "",
    "same_interview_row": 0,
    "same_interview_sheet": "",
    "outcome_copy": "",
    "outcome_disagrees": "",
    "interviewers_elsewhere": "",
    "sent_ahead": "",
    "ahead_on": None,
    "applied_ahead": None,
    "decision_written": "",
    "sent_elsewhere": "",
    "sent_in_status": "",
    "earlier_round_marks": "",
    "status_as_read": "",
    "interview_not_held": "",
    "seniority_written": "",
    "needs_info": False,
    "asked_interview_date": "",
    "needs_info_otherwise": False,
    "needs_info_if_open": False,
}
DATE_FIELDS = tuple(
    name for name, dtype in NORMALISED_COLUMNS.items() if dtype.startswith("datetime")
)


def _as_datetime64(value: object) -> np.datetime64:
    if value is None or value is pd.NaT:
        return np.datetime64("NaT", "ns")
    if isinstance(value, date):
        return np.datetime64(value.isoformat(), "D").astype("datetime64[ns]")
    return np.datetime64(pd.Timestamp(value).date().isoformat(), "D").astype("datetime64[ns]")


def frame_from_records(records: list[dict], first_row: int = 2) -> pd.DataFrame:
    """A normalised frame from partial row dicts (missing fields take normaliser defaults).

    A dated send implies the done mark, as the normaliser guarantees.
    """
    rows = []
    for record in records:
        row = {**RECORD_DEFAULTS, **record}
        for name in DATE_FIELDS:
            row[name] = _as_datetime64(row[name])
        for action in ("thank_you", "check_in_1", "check_in_2", "final", "application_check_in"):
            row[f"{action}_done"] = bool(row[f"{action}_done"]) or not np.isnat(
                row[f"{action}_sent"]
            )
        row.setdefault("interviewers", [])
        row.setdefault("interviewer_emails", [])
        row.setdefault("interviewer_email_owners", None)
        row.setdefault("problems", [])
        rows.append(row)
    index = pd.RangeIndex(first_row, first_row + len(rows), name="excel_row")
    columns = {name: _object_array(row[name] for row in rows) for name in NORMALISED_COLUMNS}
    for name, dtype in NORMALISED_COLUMNS.items():
        if dtype.startswith("datetime"):
            columns[name] = columns[name].astype("datetime64[ns]")
    return typed_frame(columns, index)
