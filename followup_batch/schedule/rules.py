"""The follow-up schedule: DESIGN section 3 as a composition of its steps over a whole frame.

``schedule_rows(frame, rules, as_of)`` is pure: it reads the normalised frame
(``normalise.columns``), the rule table and the as-of date, and returns the due dates, next
action and status of every row, with the details the Why text explains them by. It never
looks at the clock or a file, and each row's answer depends on that row alone, so it can run
on any partition of the rows. Every step (``steps``, ``status``) works on whole numpy arrays;
no Python loop runs over rows.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd

from followup_batch.schedule import steps
from followup_batch.schedule.business_days import Calendars
from followup_batch.schedule.labels import ACTION_LABELS
from followup_batch.schedule.result import Schedule, ScheduleDetails
from followup_batch.schedule.rows import NAT, RowInputs, row_calendar
from followup_batch.schedule.ruleset import RuleSet, load_rule_set
from followup_batch.schedule.status import (
    decide_status,
    due_soon_until,
    next_action,
    next_in_sequence,
)


def load_rules(config: Path | None = None) -> RuleSet:
    """The shipped rules, with the ``[rules]`` table of a TOML config file laid over them."""
    if config is None:
        return load_rule_set()
    from followup_batch.config import load_config  # config imports rules' neighbours; keep it lazy

    return load_config(config).rules


def schedule_rows(
    frame: pd.DataFrame,
    rules: RuleSet,
    as_of: dt.date,
    calendars: Calendars | None = None,
) -> Schedule:
    """Due dates, next action and status for every row of a normalised frame.

    Pass the ``calendars`` of a run (``calendars_for``) to share them between trackers; they
    are widened when the frame's dates reach beyond them.
    """
    today = np.datetime64(as_of, "D")
    row = RowInputs.from_frame(frame, rules)
    days, calendars = row_calendar(row, today, rules, calendars)
    check_in_1_bd = row.wait(rules.check_in_1)
    check_in_2_bd = row.wait(rules.check_in_2)
    final_weeks = row.wait(rules.final_weeks)

    # 1. Thank-you note.
    thank_you = steps.thank_you_due(row.interview, row.interview_type, rules)

    # 2. 1st check-in; the employer's reply restarts whichever message is pending.
    decision = steps.stated_decision(row.decision, row.within_bd, row.interview, days)
    after_decision = steps.after_stated_decision(decision, rules, days)
    check_in_1_unwindowed = steps.first_check_in_due(
        row.interview, decision, after_decision, check_in_1_bd, rules, days
    )
    replied = steps.employer_replied(row.reply, row.interview, row.sent)
    restarted = steps.restarted_by_reply(replied, row.done)
    reply_due = steps.due_after_reply(
        row.reply, decision, after_decision, check_in_1_bd, rules, days
    )
    check_in_1 = steps.modified(
        check_in_1_unwindowed, restarted["check_in_1"], reply_due, rules, days
    )

    # 3. 2nd check-in, from the 1st's sent date (or due date).
    check_in_2 = steps.second_check_in_due(
        steps.sent_or_due(row.sent["check_in_1"], check_in_1), check_in_2_bd, days
    )
    check_in_2 = steps.modified(check_in_2, restarted["check_in_2"], reply_due, rules, days)
    check_in_2 = steps.only_with_interview(check_in_2, row.interview)

    # 4. Final follow-up: the later of weeks after the interview and bd after the 2nd check-in.
    final_by_weeks, final_by_chain = steps.final_follow_up_due(
        row.interview,
        final_weeks,
        steps.sent_or_due(row.sent["check_in_2"], check_in_2),
        rules,
        days,
    )
    final = steps.modified(
        np.maximum(final_by_weeks, final_by_chain), restarted["final"], reply_due, rules, days
    )
    final = steps.only_with_interview(final, row.interview)

    # Moved on: a silent final follow-up (an undated one counts as sent on its due date), or
    # one left unsent for weeks by an open row (gone quiet).
    offer, closed_without_offer = steps.closed(row.outcome)
    final_sent_on = steps.counted_sent(row.sent["final"], row.done["final"], final)
    final_quiet = steps.gone_quiet_since(
        np.where(offer | closed_without_offer, NAT, final), row.done["final"], today, rules
    )
    moved_on_date = steps.only_with_interview(
        np.where(
            row.done["final"],
            steps.moved_on_date(final_sent_on, row.done["final"], row.reply, rules, days),
            final_quiet,
        ),
        row.interview,
    )

    # 6. Application check-in, for applications with no interview yet; a reply after applying
    # means something is in motion; a silent check-in, or one gone quiet, means moved on.
    applications = steps.open_applications(row.applied, row.interview, row.outcome)
    application_bd = row.wait(rules.application_check_in)
    application_unwindowed = steps.application_check_in_due(
        row.applied, application_bd, applications, days
    )
    application_due = steps.send_window(application_unwindowed, rules, days)
    application_replied = applications & steps.replied_after_applying(row.reply, row.applied)
    application_sent_on = steps.counted_sent(
        row.application_sent, row.application_done, application_due
    )
    application_quiet = steps.gone_quiet_since(application_due, row.application_done, today, rules)
    application_moved_on_date = np.where(
        row.application_done,
        steps.application_moved_on_date(application_sent_on, row.application_done, rules, days),
        application_quiet,
    )
    moved_on_date = np.where(
        applications,
        np.where(application_replied, NAT, application_moved_on_date),
        moved_on_date,
    )
    moved_on = steps.moved_on(moved_on_date, today)
    gone_quiet = moved_on & np.where(applications, ~row.application_done, ~row.done["final"])
    application_pending = applications & ~row.application_done & ~application_replied & ~moved_on

    # 5. Networking check-in, after a close without an offer or a move on.
    after_close = (closed_without_offer | moved_on) & ~offer
    networking_from = steps.networking_from(
        row.interview, row.reply, row.sent, row.networking_sent, moved_on, moved_on_date
    )
    has_interview = ~np.isnat(row.interview)
    networking = steps.networking_due(networking_from, after_close & has_interview, rules, days)
    # A networking touch left unsent for weeks goes quiet too: the moment has passed.
    networking_quiet = ~np.isnat(
        steps.gone_quiet_since(networking, np.zeros(len(networking), dtype=bool), today, rules)
    )
    not_applied = steps.not_applied_yet(row.interview, row.outcome)

    # Next action and status, against the as-of date.
    due = dict(thank_you=thank_you, check_in_1=check_in_1, check_in_2=check_in_2, final=final)
    chosen, skipped = next_in_sequence(due, row.done, today)
    action_key, next_due = next_action(
        chosen,
        due,
        after_close=after_close,
        networking=np.where(networking_quiet, NAT, networking),
        application=application_pending,
        application_due=application_due,
        nothing_to_do=offer | (~has_interview & ~application_pending),
        rules=rules,
    )
    status = decide_status(
        next_due,
        today,
        due_soon_until(today, rules, days),
        needs_info=row.needs_info,
        offer=offer,
        not_applied=not_applied,
        closed_without_offer=closed_without_offer,
        moved_on=moved_on,
        nothing_left=action_key == "none",
    )

    result = {
        "application_check_in_due": application_due,
        "thank_you_due": thank_you,
        "check_in_1_due": check_in_1,
        "check_in_2_due": check_in_2,
        "final_due": final,
        "networking_due": networking,
        "next_action": pd.Series(action_key, dtype=object).map(ACTION_LABELS).to_numpy(object),
        "next_due": next_due,
        "status": status,
    }
    details = ScheduleDetails(
        next_action_key=action_key,
        industry_class=row.industry.labels(),
        stage=row.stage.labels(),
        check_in_1_bd=check_in_1_bd,
        check_in_2_bd=check_in_2_bd,
        final_weeks=final_weeks,
        decision=decision,
        check_in_1_unwindowed=check_in_1_unwindowed,
        final_by_weeks=final_by_weeks,
        final_by_chain=final_by_chain,
        replied=replied,
        reply_due=reply_due,
        moved_on=moved_on,
        moved_on_date=moved_on_date,
        gone_quiet=gone_quiet,
        networking_quiet=networking_quiet,
        networking_from=networking_from,
        skipped=skipped,
        application_bd=application_bd,
        application_unwindowed=application_unwindowed,
        application_replied=application_replied,
        later_status=np.select(
            [closed_without_offer, moved_on], ["Closed", "Moved on"], default="Scheduled"
        ).astype(object),
    )
    return Schedule(frame, rules, calendars, _frame(result, frame.index), details)


def _frame(columns: dict[str, np.ndarray], index: pd.Index) -> pd.DataFrame:
    # Day arrays become pandas' datetime64[ns] here, in numpy (pandas' own conversion of a
    # million dates checks each one and costs ten times more).
    for name, values in columns.items():
        if values.dtype.kind == "M":
            columns[name] = values.astype("datetime64[ns]")
    return pd.DataFrame(columns, index=index)
