"""Build normalised frames (the schema contract) from a few keyword arguments per row."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

from followup_batch.schema import NORMALISED_COLUMNS

DEFAULTS: dict[str, Any] = {
    "client": "Maya",
    "company": "Acme",
    "position": "Analyst",
    "interview_date": None,
    "interviewers": [],
    "interviewer_emails": [],
    "interview_type": "video",
    "round": pd.NA,
    "seniority": "mid",
    "industry": "",
    "decision_date": None,
    "decision_within_bd": pd.NA,
    "thank_you_sent": None,
    "thank_you_done": False,
    "check_in_1_sent": None,
    "check_in_1_done": False,
    "check_in_2_sent": None,
    "check_in_2_done": False,
    "final_sent": None,
    "final_done": False,
    "networking_sent": None,
    "last_reply": None,
    "outcome": "open",
    "country": "US",
    "topic": "",
    "value_add": "",
    "needs_info": False,
    "problems": [],
}


def as_day(value: Any) -> Any:
    if value is None or value is pd.NaT:
        return pd.NaT
    if isinstance(value, str):
        return pd.Timestamp(dt.date.fromisoformat(value))
    return pd.Timestamp(value)


def frame(*rows: dict[str, Any]) -> pd.DataFrame:
    """Rows given as overrides of DEFAULTS; dates may be ISO strings; index = Excel rows 2.."""
    records = []
    for row in rows:
        unknown = set(row) - set(DEFAULTS)
        assert not unknown, f"unknown columns {unknown}"
        record = {**DEFAULTS, **row}
        for name in ("thank_you", "check_in_1", "check_in_2", "final"):
            sent = record[f"{name}_sent"]
            if sent is not None and sent is not True:
                record[f"{name}_done"] = True
            if sent is True:  # a yes-mark without a date
                record[f"{name}_sent"] = None
                record[f"{name}_done"] = True
        records.append(record)
    df = pd.DataFrame.from_records(records, index=range(2, 2 + len(records)))
    for column, dtype in NORMALISED_COLUMNS.items():
        if dtype.startswith("datetime64"):
            df[column] = pd.to_datetime(df[column].map(as_day)).astype("datetime64[ns]")
        elif dtype == "Int64":
            df[column] = df[column].astype("Int64")
        elif dtype == "bool":
            df[column] = df[column].astype(bool)
        else:
            df[column] = df[column].astype(object)
    df.index.name = "row"
    return df[list(NORMALISED_COLUMNS)]
