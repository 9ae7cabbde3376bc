"""The follow-up schedule: DESIGN section 3 as a composition of its steps over a whole frame.

``schedule_rows(frame, rules, as_of)`` is pure: it reads the normalised frame
(``normalise.columns``), the rule table and the as-of date, and returns the due dates, next
action and status of every row, with the details the Why text explains them by. It never
looks at the clock or a file, and each row's answer depends on that row alone, so it can run
on any partition of the rows. Every step (``steps``, ``status``) works on whole numpy arrays;
no Python loop runs over rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from followup_batch.arguments import check_kind
from followup_batch.as_of import as_date
from followup_batch.schedule import phases, steps
from followup_batch.schedule.business_days import Calendars
from followup_batch.schedule.followed_up import (
    NONE,
    followed_up_as,
    row_with_follow_ups_named,
    with_follow_ups_named,
)
from followup_batch.schedule.labels import (
    ACTION_LABELS,
    CLOSED,
    DUPLICATE,
    MOVED_ON,
    SCHEDULED,
    same_interview_action,
)
from followup_batch.schedule.result import Schedule, ScheduleDetails
from followup_batch.schedule.rows import (
    NAT,
    SEQUENCE,
    RowInputs,
    check_normalised,
    row_calendar,
)
from followup_batch.schedule.ruleset import RuleSet, load_rule_set
from followup_batch.schedule.status import (
    NOTHING,
    decide_status,
    due_soon_until,
    next_action,
    next_in_sequence,
    thank_you_too_late,
)

if TYPE_CHECKING:
    from followup_batch.as_of import AsOf

# The messages whose going unsent for weeks moves the row on (DESIGN: "Gone quiet").
QUIET_ACTIONS = ("final", "application_check_in")


def load_rules() -> RuleSet:
    """The shipped rules (``rules.toml``). A config's ``[rules]`` table laid over them is
    ``load_config(path).rules``."""
    return load_rule_set()


def schedule_rows(
    frame: pd.DataFrame,
    rules: RuleSet,
    as_of: AsOf,
    calendars: Calendars | None = None,
) -> Schedule:
    """Due dates, next action and status for every row of a normalised frame.

    Pass the ``calendars`` of a run (``calendars_for``) to share them between trackers; they
    are widened when the frame's dates reach beyond them. ``as_of``: a date, datetime or
    Timestamp (its own date), or a ``YYYY-MM-DD`` string (``as_of.as_date``).

    Raises ``NotNormalised`` when ``frame`` is not one ``normalise_rows`` made (a column the
    rules read missing, an index that is not unique row numbers, a column of a kind no reading
    makes right: dates as text); what common pandas calls do to its columns
    (``convert_dtypes()``, timezone-aware or python dates, NaN text) is read as
    ``normalise_rows`` wrote it (``normalise.columns.conformed``). ``WrongArgument`` when
    ``rules`` is no ``RuleSet`` (``config`` where ``config.rules`` goes).
    """
    frame = check_normalised(frame)
    check_kind(rules, RuleSet, "schedule_rows", "rules")
    today = np.datetime64(as_date(as_of), "D")
    row = RowInputs.from_frame(frame, rules)
    days, calendars = row_calendar(row, today, rules, calendars)
    interview = phases.interview_follow_ups(row, rules, days)
    # A follow-up recorded as the application's after the interview: the message due that day.
    named = followed_up_as(row, interview, rules)
    if (named != NONE).any():
        frame = with_follow_ups_named(frame, named)
        row = row_with_follow_ups_named(row, named)
        interview = phases.interview_follow_ups(row, rules, days)
    application = phases.application_check_in(row, today, rules, days)
    end = phases.ending(row, interview, application, today, rules, days)
    # What is passed over is judged on the row's own dates, before a later interview of the
    # application takes over the rest.
    due = {name: getattr(interview, name) for name in SEQUENCE}
    replied_on = np.where(interview.replied, row.reply, NAT)
    too_late = {"thank_you": thank_you_too_late(interview.thank_you, rules)}
    chosen, skipped = next_in_sequence(due, row.done, today, replied_on, too_late)
    over = phases.taken_over(row, interview, application, end, rules)
    ahead = phases.moved_on_ahead(
        over,
        end,
        frame.index.to_numpy(dtype=np.int64),
        frame["later_interview_sheet"].to_numpy(dtype=object) != "",
    )
    interview, application, end = phases.hand_over(over, interview, application, end)
    # The thank-you alone stays, until the later interview has taken place.
    thanks = (chosen == SEQUENCE.index("thank_you")) & (over.by >= today) & ~over.closed
    chosen = np.where(over.taken & ~thanks, NOTHING, chosen)
    skipped = np.where(over.taken, 0, skipped)
    # Passed over for its lateness alone: nothing later sent or due, no reply since.
    thanks_too_late = (
        (skipped & 1 << SEQUENCE.index("thank_you") != 0)
        & (too_late["thank_you"] <= today)
        & (due["check_in_1"] > today)
        & ~np.logical_or.reduce([row.done[name] for name in SEQUENCE[1:]])
        & ~(replied_on > due["thank_you"])
    )
    touch = phases.networking(row, interview, end, today, rules, days)

    # Next action and status, against the as-of date.
    has_interview = ~np.isnat(row.interview)
    action_key, next_due = next_action(
        chosen,
        due,
        after_close=touch.after_close,
        networking=np.where(touch.quiet, NAT, touch.due),
        application=end.application_pending,
        application_due=application.due,
        nothing_to_do=end.offer | (~has_interview & ~end.application_pending),
        rules=rules,
    )
    # A copy of the interview on another sheet carries the follow-ups: this row sends nothing.
    copy = row.same_interview_row > 0
    action_key = np.where(copy, "none", action_key)
    # Nor does a row to fix (Needs info): what it would send rests on a value that is missing
    # or unreadable (a rejection read as open would be chased), so nothing is drafted or due
    # until it is fixed, as the outbox, the calendar and the digest leave it out (ot81 F4);
    # its steps' dates stay in their columns, and the Why explains them as the row reads now.
    action_as_read = action_key
    settled = settled_without(
        row,
        action_as_read,
        closed=end.offer | end.closed_without_offer | over.closed,
        moved_on=end.moved_on | ahead.moved_on,
    )
    needs_info = row.needs_info & ~settled
    action_key = np.where(needs_info, "none", action_key)
    next_due = np.where(copy | needs_info, NAT, next_due)
    status = decide_status(
        next_due,
        today,
        due_soon_until(today, rules, days),
        needs_info=needs_info,
        offer=end.offer,
        not_applied=steps.not_applied_yet(row.interview, row.outcome),
        closed_without_offer=end.closed_without_offer | over.closed,
        moved_on=end.moved_on | ahead.moved_on,
        nothing_left=action_key == "none",
    )
    status = np.where(copy, DUPLICATE, status).astype(object)
    labels = np.array([ACTION_LABELS.get(k, np.nan) for k in action_key], dtype=object)
    if copy.any():
        sheets = frame["same_interview_sheet"].to_numpy(dtype=object)
        for at in np.flatnonzero(copy):  # the few copied rows, not every row
            labels[at] = same_interview_action(sheets[at], int(row.same_interview_row[at]))

    def unless_copied(dates: np.ndarray) -> np.ndarray:
        return np.where(copy, NAT, dates)

    # An interview that did not take place (put off, a no-show) has nothing to thank for or
    # check in on: its sequence's columns stay blank, not dated as if it had been held (fx361).
    def unless_not_held(dates: np.ndarray) -> np.ndarray:
        return np.where(copy | row.not_held, NAT, dates)

    result = {
        "application_check_in_due": unless_copied(application.due),
        "thank_you_due": unless_not_held(interview.thank_you),
        "check_in_1_due": unless_not_held(interview.check_in_1),
        "check_in_2_due": unless_not_held(interview.check_in_2),
        "final_due": unless_not_held(interview.final),
        "networking_due": unless_copied(touch.due),
        "next_action": labels,
        "next_due": next_due,
        "status": status,
    }
    details = ScheduleDetails(
        next_action_key=action_key,
        action_as_read=action_as_read,
        settled=settled,
        industry_class=row.industry.labels(),
        stage=row.stage.labels(),
        check_in_1_bd=interview.check_in_1_bd,
        check_in_2_bd=interview.check_in_2_bd,
        final_weeks=interview.final_weeks,
        decision=interview.decision,
        check_in_1_unwindowed=interview.check_in_1_unwindowed,
        final_by_weeks=interview.final_by_weeks,
        final_by_chain=interview.final_by_chain,
        replied=interview.replied,
        reply_due=interview.reply_due,
        moved_on=end.moved_on,
        moved_on_date=end.moved_on_date,
        gone_quiet=end.gone_quiet,
        final_answered=end.answered,
        networking_quiet=touch.quiet,
        networking_from=touch.counted_from,
        skipped=skipped,
        followed_up_as=named,
        thank_you_too_late=thanks_too_late,
        application_bd=application.wait_bd,
        application_unwindowed=application.unwindowed,
        application_replied=application.replied,
        application_unmarked_on=row.application_unmarked_on,
        application_marked_on=row.application_marked_on,
        taken_over_by=over.by,
        taken_over_row=over.row,
        application_moved_on=ahead.since,
        application_moved_on_row=ahead.row,
        later_status=np.select(
            [end.closed_without_offer, end.moved_on], [CLOSED, MOVED_ON], default=SCHEDULED
        ).astype(object),
        moves_on=unless_copied(
            np.where(
                end.moved_on,
                NAT,
                np.where(
                    np.isin(action_key, QUIET_ACTIONS),
                    steps.goes_quiet_on(next_due, rules),
                    end.moved_on_date,
                ),
            )
        ),
        drops_on=unless_copied(
            np.where(action_key == "networking", steps.goes_quiet_on(next_due, rules), NAT)
        ),
        skips_on=unless_copied(np.where(action_key == "thank_you", too_late["thank_you"], NAT)),
    )
    return Schedule(frame, rules, calendars, _frame(result, frame.index), details)


def settled_without(
    row: RowInputs, action_as_read: np.ndarray, *, closed: np.ndarray, moved_on: np.ndarray
) -> np.ndarray:
    """The rows that need info only for a value that changes none of their dates (a missing
    position, a closed row's stage marked without a date: ``needs_info_if_open``) and that, as
    they read, send nothing: closed, or moved on from an application (no interview, whose
    date a position could move). Their status is their answer, their Problems kept (ot132 F3,
    F4: an accepted 2019 offer asked for its onsite's date)."""
    return (
        row.needs_info_if_open
        & (action_as_read == "none")
        & (closed | (moved_on & np.isnat(row.interview)))
    )


def _frame(columns: dict[str, np.ndarray], index: pd.Index) -> pd.DataFrame:
    # Day arrays become pandas' datetime64[ns] here, in numpy (pandas' own conversion of a
    # million dates checks each one and costs ten times more).
    for name, values in columns.items():
        if values.dtype.kind == "M":
            columns[name] = values.astype("datetime64[ns]")
    frame = pd.DataFrame(columns, index=index)
    if not len(index):  # text columns of no rows: of the kind they are with rows, not object
        text = [name for name, values in columns.items() if values.dtype.kind == "O"]
        frame = frame.astype(dict.fromkeys(text, "str"))
    return frame
