"""Invariants of the application check-in for every row (hypothesis): never sooner than 3
business days after applying, never on a weekend or a public holiday of the row's country,
whatever the rule table's wait, and the row's other answers consistent with it."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import pandas as pd
import pytest
import rowloop
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rowbuilder import frame

from followup_batch.schedule import schedule_rows
from followup_batch.schedule.labels import STATUSES
from followup_batch.schedule.ruleset import load_rule_set

COUNTRIES = ["US", "US-CA", "GB-ENG", "GB-SCT", "DE-BY", "FR", "IL", "AE", "IN", "JP"]
INDUSTRIES = ["", "Software", "Banking", "Government", "Retail", "university research"]
STAGES = ["applied", "applied", "on hold", "not applied", "interviewing", "rejected", "offer"]
MIN_BD = 3


@cache
def holiday_table(key: str) -> Any:
    return rowloop.holiday_table(key, range(2023, 2033))


def is_business_day(key: str, day: dt.date) -> bool:
    table = holiday_table(key)
    return day.weekday() not in table.weekend and day not in table


def business_days_between(key: str, start: dt.date, end: dt.date) -> int:
    """Business days after ``start`` up to and including ``end``."""
    return sum(
        is_business_day(key, start + dt.timedelta(days=n)) for n in range(1, (end - start).days + 1)
    )


dates = st.dates(dt.date(2024, 1, 1), dt.date(2029, 12, 31))


@st.composite
def application(draw: st.DrawFn) -> dict[str, Any]:
    applied = draw(dates)
    row: dict[str, Any] = {
        "interview_date": None,
        "applied_date": applied.isoformat(),
        "industry": draw(st.sampled_from(INDUSTRIES)),
        "country": draw(st.sampled_from(COUNTRIES)),
        "outcome": draw(st.sampled_from(STAGES)),
    }
    sent = draw(st.one_of(st.none(), st.just(True), st.integers(0, 40)))
    if isinstance(sent, bool):
        row["application_check_in_sent"] = sent
    elif sent is not None:
        row["application_check_in_sent"] = (applied + dt.timedelta(days=sent)).isoformat()
    if draw(st.booleans()):
        row["last_reply"] = (applied + dt.timedelta(days=draw(st.integers(-10, 60)))).isoformat()
    return row


# Any wait the rule table can be given (a base of 0 or more, adjustments either way): the
# clamp keeps it at 3 bd or more.
waits = st.fixed_dictionaries(
    {
        "base_bd": st.integers(0, 30),
        "max_bd": st.integers(MIN_BD, 30),
        "industry": st.fixed_dictionaries(
            {
                name: st.integers(-10, 10)
                for name in ("fast", "standard", "traditional", "institutional")
            }
        ),
    }
)


@pytest.mark.slow  # about 20 s: 250 batches, each checked day by day against ``holidays``
@settings(
    max_examples=250, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.lists(application(), min_size=1, max_size=8), dates, waits)
def test_application_check_in_invariants(
    batch: list[dict[str, Any]], as_of: dt.date, wait: dict[str, Any]
) -> None:
    rules = load_rule_set({"application_check_in": {**wait, "min_bd": MIN_BD}})
    data = frame(*batch)
    result = schedule_rows(data, rules, as_of).result
    for (_, row), (_, out) in zip(data.iterrows(), result.iterrows(), strict=True):
        applied, key = row["applied_date"].date(), row["country"]
        due = out["application_check_in_due"]
        if row["outcome"] not in ("applied", "on hold"):
            assert pd.isna(due)  # not applied yet, interviewing or closed: nothing to chase
            continue
        due = due.date()
        assert is_business_day(key, due), (due, key)
        assert business_days_between(key, applied, due) >= MIN_BD, (applied, due, key)
        assert out["status"] in STATUSES
        assert pd.isna(out["networking_due"])  # no relationship yet
        if out["next_action"] == "Application check-in":
            assert out["next_due"].date() == due
        else:
            assert out["next_action"] == "—" and pd.isna(out["next_due"])
