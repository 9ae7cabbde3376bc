"""A date ahead of the run under a bare "Follow Up" header is the day a person plans to follow
up (Teal's export), not a message sent: no problem, no block on the row's drafts (ot136 F5)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from followup_batch.normalise import normalise_rows
from followup_batch.read import ReadOptions, read_trackers

OPTIONS = ReadOptions()
AHEAD = (
    '"2026-11-24" is after Fri 2026-11-20, the date of this run: a message cannot be sent in '
    "the future; fix the date, or run again from that day if it is right"
)


@pytest.mark.parametrize(
    ("header", "cell", "sent", "problem"),
    [
        # Teal's "Follow Up": a day to come is the plan, a day gone the follow-up made.
        ("Follow Up", "2026-11-24", None, None),
        ("Follow-up", "2026-11-24", None, None),
        ("Follow Up", "2026-11-18", dt.date(2026, 11, 18), None),
        ("Follow Up", "2026-11-20", dt.date(2026, 11, 20), None),
        # Headers that say sent: a day to come is still a typo to fix.
        ("Follow-up Sent", "2026-11-24", None, AHEAD),
        ("Followed Up", "2026-11-24", None, AHEAD),
        ("Follow-up Sent", "2026-11-18", dt.date(2026, 11, 18), None),
    ],
)
def test_a_follow_up_date_ahead_is_a_plan_only_under_a_bare_header(
    tmp_path: Path, header: str, cell: str, sent: dt.date | None, problem: str | None
) -> None:
    path = tmp_path / "Alex Kim.csv"
    path.write_text(
        f"Job Position,Company,Status,Date Saved,Date Applied,{header}\n"
        f"Product Manager,Stripe,Applied,2026-11-08,2026-11-10,{cell}\n",
        encoding="utf-8",
    )
    (raw,) = read_trackers(path, OPTIONS)
    frame = normalise_rows(raw, OPTIONS, as_of="2026-11-20")
    (read,) = frame["application_check_in_sent"].tolist()
    assert (None if pd.isna(read) else pd.Timestamp(read).date()) == sent
    assert frame["application_check_in_done"].tolist() == [sent is not None]
    assert [p.split(": ", 1)[1] for p in frame["problems"].iloc[0]] == (
        [problem] if problem else []
    )
    assert frame["needs_info"].tolist() == [problem is not None]
