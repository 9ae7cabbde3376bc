"""The next action and the status of every row, against the as-of date (DESIGN section 3)."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from followup_batch.schedule.business_days import DateArray, RowCalendar
from followup_batch.schedule.labels import (
    CLOSED,
    DUE_SOON,
    DUE_TODAY,
    MOVED_ON,
    NEEDS_INFO,
    NOT_APPLIED,
    OVERDUE,
    SCHEDULED,
    WAITING,
)
from followup_batch.schedule.rows import NAT, SEQUENCE
from followup_batch.schedule.ruleset import RuleSet

NOTHING = len(SEQUENCE)  # the index ``next_in_sequence`` gives when nothing is left to send


def next_in_sequence(
    due: Mapping[str, DateArray],
    done: Mapping[str, np.ndarray],
    today: np.datetime64 | DateArray,
    replied_on: DateArray | None = None,
    too_late: Mapping[str, DateArray] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Index into SEQUENCE (``NOTHING``: none) of the first unsent message still worth
    sending, and a bitmask of the unsent ones passed over on the way (bit i = SEQUENCE[i]).

    An unsent message is skipped once a later one was sent, once the following one is
    already due, once the employer replied after it was due (``replied_on``: the date of
    a reply that counts, ``steps.employer_replied``; NaT for none), or from the day it is too
    late to send (``too_late``: per message, that day; the thank-you's, ``thank_you_too_late``):
    no thank-you two weeks late, no two check-ins back to back, no thanks for an interview
    after they answered. The reply restarts the check-in it finds pending, whose new due date
    is after it. ``today`` may be a day per row: the message next on the day each row's
    follow-up went (``followed_up``).
    """
    size = len(due[SEQUENCE[0]])
    later_done = np.zeros(size, dtype=bool)
    candidates = []
    for i in range(len(SEQUENCE) - 1, -1, -1):  # four messages, not rows
        name = SEQUENCE[i]
        superseded = later_done.copy()
        if i + 1 < len(SEQUENCE):
            superseded |= due[SEQUENCE[i + 1]] <= today
        if replied_on is not None:
            superseded |= replied_on > due[name]
        if too_late is not None and name in too_late:
            superseded |= too_late[name] <= today
        candidates.append((~done[name] & ~superseded, ~done[name] & superseded))
        later_done |= done[name]
    candidates.reverse()
    chosen = np.full(size, NOTHING, dtype=np.int64)
    skipped = np.zeros(size, dtype=np.int64)
    undecided = np.ones(size, dtype=bool)
    for i, (candidate, passed_over) in enumerate(candidates):
        skipped |= np.where(undecided & passed_over, 1 << i, 0)
        take = undecided & candidate
        chosen[take] = i
        undecided &= ~take
    return chosen, skipped


def thank_you_too_late(thank_you_due: DateArray, rules: RuleSet) -> DateArray:
    """The first day an unsent thank-you is too late to send, whenever its 1st check-in is
    due: ``skip_after_days`` after its due date (two weeks late, it reads as an afterthought)."""
    return thank_you_due + np.timedelta64(rules.thank_you_skip_after_days, "D")


def next_action(
    chosen: np.ndarray,
    due: Mapping[str, DateArray],
    *,
    after_close: np.ndarray,
    networking: DateArray,
    application: np.ndarray,
    application_due: DateArray,
    nothing_to_do: np.ndarray,
    rules: RuleSet,
) -> tuple[np.ndarray, DateArray]:
    """(action key, next due) of every row: the chosen message of the sequence; networking
    after a close without an offer or a move on (nothing when ``networking`` has no date: it
    is turned off, or gone quiet); the application check-in of the
    ``application`` rows (pending ones); nothing (key "none") for ``nothing_to_do`` rows (an
    offer, no interview date and no pending application check-in)."""
    sequence_due = np.choose(np.minimum(chosen, NOTHING - 1), [due[name] for name in SEQUENCE])
    sequence_due = np.where(chosen < NOTHING, sequence_due, NAT)
    keys = np.array([*SEQUENCE, "none"], dtype=object)[chosen]
    keys = np.where(after_close, np.where(np.isnat(networking), "none", "networking"), keys)
    next_due = np.where(after_close, networking, sequence_due)
    keys = np.where(application, "application_check_in", keys)
    next_due = np.where(application, application_due, next_due)
    keys = np.where(nothing_to_do, "none", keys)
    next_due = np.where(nothing_to_do, NAT, next_due)
    return keys, next_due


def due_soon_until(today: np.datetime64, rules: RuleSet, days: RowCalendar) -> DateArray:
    """The last day of each row that is still "due soon": a few bd after today."""
    return days.after_day(today, rules.due_soon_bd)


def decide_status(
    next_due: DateArray,
    today: np.datetime64,
    soon_until: DateArray,
    *,
    needs_info: np.ndarray,
    offer: np.ndarray,
    not_applied: np.ndarray,
    closed_without_offer: np.ndarray,
    moved_on: np.ndarray,
    nothing_left: np.ndarray,
) -> np.ndarray:
    """The status vocabulary of DESIGN section 3, first matching condition wins."""
    conditions = [
        needs_info,
        offer,
        not_applied,
        next_due < today,
        next_due == today,
        (next_due > today) & (next_due <= soon_until),
        closed_without_offer,
        moved_on,
        nothing_left,
    ]
    choices = [
        NEEDS_INFO,
        CLOSED,
        NOT_APPLIED,
        OVERDUE,
        DUE_TODAY,
        DUE_SOON,
        CLOSED,
        MOVED_ON,
        WAITING,
    ]
    return np.select(conditions, choices, default=SCHEDULED).astype(object)
