"""A follow-up sent after the interview but recorded as the application's ("Followed Up 11-20",
"Follow-up sent": a column that names no message): the message that was due that day.

A tracker with one column for "I followed up" holds the day of the follow-up a person sent,
whichever it was. Read as the application check-in, on a row with an interview it counted for
nothing. A person sends the message the tool would have said was next that day
(``status.next_in_sequence`` as of it): the thank-you the day of the interview or the day
after, the 1st check-in a week later, the 2nd check-in once that one is due. The date counts
only when it is later than every message the row's own columns say was sent (an undated one on
its due date): the same day as a sent thank-you is that thank-you written twice. A date before
the interview stays the application check-in it is.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd

from followup_batch.schedule.phases import Interview
from followup_batch.schedule.rows import NAT, SEQUENCE, RowInputs
from followup_batch.schedule.ruleset import RuleSet
from followup_batch.schedule.status import NOTHING, next_in_sequence, thank_you_too_late

NONE = -1  # ``followed_up_as`` of a row whose application check-in date stays that


def followed_up_as(row: RowInputs, interview: Interview, rules: RuleSet) -> np.ndarray:
    """Per row, the index into SEQUENCE of the message its application check-in date, on or
    after the interview, was (``NONE``: none)."""
    followed = row.application_sent
    after = followed >= row.interview  # NaT on either side: False
    if not after.any():
        return np.full(len(followed), NONE, dtype=np.int64)
    due = {name: getattr(interview, name) for name in SEQUENCE}
    last_sent = np.full(len(followed), NAT)
    for name in SEQUENCE:
        counted = np.where(np.isnat(row.sent[name]) & row.done[name], due[name], row.sent[name])
        last_sent = np.fmax(last_sent, counted)
    after &= np.isnat(last_sent) | (followed > last_sent)
    replied_on = np.where(interview.replied, row.reply, NAT)
    too_late = {"thank_you": thank_you_too_late(interview.thank_you, rules)}
    chosen, _ = next_in_sequence(due, row.done, followed, replied_on, too_late)
    return np.where(after & (chosen != NOTHING), chosen, NONE)


def with_follow_ups_named(frame: pd.DataFrame, named: np.ndarray) -> pd.DataFrame:
    """The frame with each such date moved from the application check-in to the message it
    was (``followed_up_as``), so that the rules, the Why text and the drafts see it sent."""
    frame = frame.copy()
    followed = frame["application_check_in_sent"].to_numpy()
    for at, name in enumerate(SEQUENCE):
        rows = named == at
        if rows.any():
            frame[f"{name}_sent"] = np.where(rows, followed, frame[f"{name}_sent"].to_numpy())
            frame[f"{name}_done"] = frame[f"{name}_done"].to_numpy(dtype=bool) | rows
    moved = named != NONE
    frame["application_check_in_sent"] = np.where(moved, np.datetime64("NaT", "ns"), followed)
    frame["application_check_in_done"] = (
        frame["application_check_in_done"].to_numpy(dtype=bool) & ~moved
    )
    return frame


def row_with_follow_ups_named(row: RowInputs, named: np.ndarray) -> RowInputs:
    """``row`` as ``RowInputs.from_frame`` reads the frame ``with_follow_ups_named`` makes (its
    other facts not read again: a quarter of a second on 200,000 rows)."""
    followed = row.application_sent
    moved = named != NONE
    return dataclasses.replace(
        row,
        sent={
            name: np.where(named == at, followed, row.sent[name])
            for at, name in enumerate(SEQUENCE)
        },
        done={name: row.done[name] | (named == at) for at, name in enumerate(SEQUENCE)},
        application_sent=np.where(moved, NAT, followed),
        application_done=row.application_done & ~moved,
    )
