"""Invariants of the schedule that must hold for every row (hypothesis)."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import numpy as np
import pandas as pd
import pytest
import rowloop
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rowbuilder import frame

from followup_batch.schedule import load_rules, schedule_rows
from followup_batch.schedule.labels import ACTION_LABELS, STATUSES

RULES = load_rules()
COUNTRIES = ["US", "US-CA", "GB", "GB-SCT", "DE-BY", "FR", "IL", "IN", "JP"]


@cache
def holiday_table(key: str) -> Any:
    return rowloop.holiday_table(key, range(2023, 2032))


def is_business_day(key: str, day: dt.date) -> bool:
    table = holiday_table(key)
    return day.weekday() not in table.weekend and day not in table


dates = st.dates(dt.date(2024, 1, 1), dt.date(2028, 12, 31))
maybe_sent = st.one_of(st.none(), st.just(True), st.integers(0, 60))


@st.composite
def rows(draw: st.DrawFn) -> dict[str, Any]:
    interview = draw(dates)
    row: dict[str, Any] = {
        "interview_date": interview.isoformat(),
        "interview_type": draw(
            st.sampled_from(["phone", "video", "onsite", "panel", "final", "other"])
        ),
        "seniority": draw(st.sampled_from(["entry", "mid", "senior", "executive"])),
        "industry": draw(
            st.sampled_from(["", "Software", "Banking", "Government", "Retail", "healthcare tech"])
        ),
        "country": draw(st.sampled_from(COUNTRIES)),
        "outcome": draw(
            st.sampled_from(["applied", "interviewing", "offer", "rejected", "on hold"])
        ),
    }
    for name in ("thank_you_sent", "check_in_1_sent", "check_in_2_sent", "final_sent"):
        value = draw(maybe_sent)
        row[name] = (
            (interview + dt.timedelta(days=value)).isoformat()
            if isinstance(value, int) and value is not True
            else value
        )
    if draw(st.booleans()):
        row["last_reply"] = (interview + dt.timedelta(days=draw(st.integers(-5, 60)))).isoformat()
    if draw(st.booleans()):
        row["decision_date"] = (
            interview + dt.timedelta(days=draw(st.integers(-3, 40)))
        ).isoformat()
    return row


@pytest.mark.slow  # a long property test (26-79 s measured under a load of 6 on 2 cores)
@settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.lists(rows(), min_size=1, max_size=8), dates)
def test_invariants(batch: list[dict[str, Any]], as_of: dt.date) -> None:
    data = frame(*batch)
    result = schedule_rows(data, RULES, as_of).result
    for (_, row), (_, out) in zip(data.iterrows(), result.iterrows(), strict=True):
        interview = row["interview_date"].date()
        key = row["country"]
        for column in ("check_in_1_due", "check_in_2_due", "final_due"):
            due = out[column].date()
            # never on a weekend or holiday, never before 1 bd after the interview
            assert is_business_day(key, due), (column, due, key)
            assert due > interview, (column, due, interview)
        assert out["status"] in STATUSES
        assert out["next_action"] in ACTION_LABELS.values()
        if out["next_action"] == "—":
            assert pd.isna(out["next_due"])
        if not pd.isna(out["networking_due"]):
            assert is_business_day(key, out["networking_due"].date())
        assert out["thank_you_due"].date() - interview in (dt.timedelta(0), dt.timedelta(1))


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.lists(rows(), min_size=2, max_size=10), dates)
def test_rows_are_independent(batch: list[dict[str, Any]], as_of: dt.date) -> None:
    """Any partition of the rows gives the same answers (a later engine relies on it)."""
    data = frame(*batch)
    whole = schedule_rows(data, RULES, as_of)
    half = len(data) // 2
    parts = [
        schedule_rows(data.iloc[:half], RULES, as_of),
        schedule_rows(data.iloc[half:], RULES, as_of),
    ]
    pd.testing.assert_frame_equal(whole.result, pd.concat([part.result for part in parts]))
    for name, values in vars(whole.details).items():  # the details too
        together = np.concatenate([getattr(part.details, name) for part in parts])
        np.testing.assert_array_equal(values, together, err_msg=name)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(rows(), min_size=1, max_size=5), dates)
def test_schedule_is_deterministic_and_pure(batch: list[dict[str, Any]], as_of: dt.date) -> None:
    data = frame(*batch)
    before = data.copy()
    first = schedule_rows(data, RULES, as_of)
    pd.testing.assert_frame_equal(data, before)  # the input is not modified
    again = schedule_rows(data, RULES, as_of)
    pd.testing.assert_frame_equal(first.result, again.result)
    pd.testing.assert_series_equal(first.explain(), again.explain())
