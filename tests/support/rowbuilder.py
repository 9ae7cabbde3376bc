"""Build normalised frames (the schema contract) from a few keyword arguments per row.

A thin layer over ``tests/support/synthetic.frame_from_records``: dates may be ISO strings and a
sent column may be ``True`` for a yes-mark without a date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
from synthetic import RECORD_DEFAULTS, frame_from_records

# The rule tests read best with a video interview as the default.
DEFAULTS: dict[str, Any] = {**RECORD_DEFAULTS, "client": "Maya", "interview_type": "video"}
SENT = ("thank_you", "check_in_1", "check_in_2", "final", "application_check_in")


DATE_COLUMNS = {name for name, value in DEFAULTS.items() if name.endswith(("_date", "_sent"))}
DATE_COLUMNS |= {"last_reply"}


def as_day(name: str, value: Any) -> Any:
    if name in DATE_COLUMNS and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


def frame(*rows: dict[str, Any]) -> pd.DataFrame:
    """Rows given as overrides of DEFAULTS; index = Excel rows 2, 3, ..."""
    records = []
    for row in rows:
        unknown = set(row) - set(DEFAULTS) - {"interviewers", "interviewer_emails", "problems"}
        assert not unknown, f"unknown columns {unknown}"
        record = {**DEFAULTS, **{key: as_day(key, value) for key, value in row.items()}}
        for name in SENT:
            if record[f"{name}_sent"] is True:  # a yes-mark without a date
                record[f"{name}_sent"] = None
                record[f"{name}_done"] = True
        records.append(record)
    return frame_from_records(records)
