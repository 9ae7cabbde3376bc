"""The schedule's four phases, each a short composition of the steps of DESIGN section 3.

``rules.schedule_rows`` runs them in order: the interview's follow-ups (steps 1-4), the
application check-in (step 6), how the search ends (an offer, a close, a move on), and the
networking touch that follows a close (step 5). Each phase returns every array the Why text
explains, so nothing is worked out twice.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd

from followup_batch.schedule import steps
from followup_batch.schedule.business_days import DateArray, RowCalendar
from followup_batch.schedule.rows import NAT, SEQUENCE, RowInputs
from followup_batch.schedule.ruleset import RuleSet


class Interview(NamedTuple):
    """Steps 1-4: the thank-you note, the check-ins and the final follow-up."""

    thank_you: DateArray
    check_in_1: DateArray
    check_in_2: DateArray
    final: DateArray
    check_in_1_bd: np.ndarray
    check_in_2_bd: np.ndarray
    final_weeks: np.ndarray
    decision: DateArray
    check_in_1_unwindowed: DateArray
    final_by_weeks: DateArray
    final_by_chain: DateArray
    replied: np.ndarray
    reply_due: DateArray


def interview_follow_ups(row: RowInputs, rules: RuleSet, days: RowCalendar) -> Interview:
    check_in_1_bd = row.wait(rules.check_in_1)
    check_in_2_bd = row.wait(rules.check_in_2)
    final_weeks = row.wait(rules.final_weeks)

    # 1. Thank-you note.
    thank_you = steps.thank_you_due(row.interview, row.interview_type, rules)

    # 2. 1st check-in; the employer's reply restarts whichever message is pending.
    decision = steps.stated_decision(
        row.decision,
        row.within_bd,
        row.decision_week,
        row.after_holiday,
        row.before_holiday,
        row.interview,
        days,
    )
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
    return Interview(
        thank_you,
        check_in_1,
        check_in_2,
        final,
        check_in_1_bd,
        check_in_2_bd,
        final_weeks,
        decision,
        check_in_1_unwindowed,
        final_by_weeks,
        final_by_chain,
        replied,
        reply_due,
    )


class Application(NamedTuple):
    """Step 6: the check-in on an application that has no interview yet."""

    open: np.ndarray  # an open application without an interview date
    due: DateArray
    wait_bd: np.ndarray
    unwindowed: DateArray
    replied: np.ndarray  # the employer answered the application and was not written to since
    moved_on_date: DateArray  # a silent check-in, one gone quiet, or weeks after the reply


def application_check_in(
    row: RowInputs, today: np.datetime64, rules: RuleSet, days: RowCalendar
) -> Application:
    applications = steps.open_applications(row.applied, row.interview, row.outcome)
    wait_bd = row.wait(rules.application_check_in)
    unwindowed = steps.application_check_in_due(row.applied, wait_bd, applications, days)
    due = steps.send_window(unwindowed, rules, days)
    sent_on = steps.counted_sent(
        row.application_sent,
        row.application_done,
        steps.undated_counted_from(due, row.application_marked_on),
    )
    replied = applications & steps.replied_after_applying(row.reply, row.applied, sent_on)
    quiet = steps.gone_quiet_since(due, row.application_done, today, rules)
    # Answered: nothing to chase, and with no news (an interview) for as many weeks as an
    # unsent check-in goes quiet in, the search moves on (no row waits for years).
    moved_on_date = np.where(
        replied,
        steps.goes_quiet_on(row.reply, rules),
        np.where(
            row.application_done,
            steps.application_moved_on_date(sent_on, row.application_done, rules, days),
            quiet,
        ),
    )
    return Application(applications, due, wait_bd, unwindowed, replied, moved_on_date)


class Ending(NamedTuple):
    """How the search for the row ends, as of today."""

    offer: np.ndarray
    closed_without_offer: np.ndarray
    moved_on: np.ndarray
    moved_on_date: DateArray  # the day it moves (or moved) on
    gone_quiet: np.ndarray  # moved on because a final or application check-in went unsent
    application_pending: np.ndarray  # the application check-in is still to send
    # The employer replied after the final follow-up: it moves on weeks after that reply.
    answered: np.ndarray


def ending(
    row: RowInputs,
    interview: Interview,
    application: Application,
    today: np.datetime64,
    rules: RuleSet,
    days: RowCalendar,
) -> Ending:
    # Moved on: a silent final follow-up (an undated one counts as sent on its due date), one
    # answered and no news since for weeks, or one left unsent for weeks by an open row (gone
    # quiet); for an application, its check-in, or the employer's answer to it.
    offer, closed_without_offer = steps.closed(row.outcome)
    final, final_done = interview.final, row.done["final"]
    final_sent_on = steps.counted_sent(row.sent["final"], final_done, final)
    final_quiet = steps.gone_quiet_since(final, final_done, today, rules)
    # A closed row does not move on: it is closed (its networking check-in counts from the
    # latest date in the row, however long the final follow-up has gone unanswered).
    after_interview = steps.only_with_interview(
        np.where(
            offer | closed_without_offer,
            NAT,
            np.where(
                final_done,
                steps.moved_on_date(final_sent_on, final_done, row.reply, rules, days),
                final_quiet,
            ),
        ),
        row.interview,
    )
    moved_on_date = np.where(application.open, application.moved_on_date, after_interview)
    moved_on = steps.moved_on(moved_on_date, today)
    # An answered application moved on for want of news, not for an unsent check-in.
    unsent = np.where(application.open, ~row.application_done & ~application.replied, ~final_done)
    pending = application.open & ~row.application_done & ~application.replied & ~moved_on
    answered = (
        ~application.open
        & ~np.isnat(after_interview)
        & steps.answered_final(final_sent_on, final_done, row.reply)
    )
    return Ending(
        offer,
        closed_without_offer,
        moved_on,
        moved_on_date,
        moved_on & unsent,
        pending,
        answered,
    )


class Networking(NamedTuple):
    """Step 5: the networking touch after a close without an offer or a move on."""

    after_close: np.ndarray
    due: DateArray
    counted_from: DateArray
    quiet: np.ndarray  # left unsent weeks past its day: the moment has passed


def networking(
    row: RowInputs,
    interview: Interview,
    end: Ending,
    today: np.datetime64,
    rules: RuleSet,
    days: RowCalendar,
) -> Networking:
    after_close = (end.closed_without_offer | end.moved_on) & ~end.offer
    sent_on = {
        name: steps.counted_sent(row.sent[name], row.done[name], getattr(interview, name))
        for name in SEQUENCE
    }
    counted_from = steps.networking_from(
        row.interview,
        row.reply,
        sent_on,
        row.networking_sent,
        end.moved_on,
        end.moved_on_date,
        row.closed_on,
    )
    has_interview = ~np.isnat(row.interview)
    due = steps.networking_due(counted_from, after_close & has_interview, rules, days)
    quiet = ~np.isnat(steps.gone_quiet_since(due, np.zeros(len(due), dtype=bool), today, rules))
    return Networking(after_close, due, counted_from, quiet)


class TakenOver(NamedTuple):
    """Rows whose application has a later interview that takes over their follow-ups."""

    taken: np.ndarray
    by: DateArray  # that interview's day, NaT for the other rows
    row: np.ndarray  # its row, 0 for the other rows
    closed: np.ndarray  # taken over, and the application's last row is closed (offer or not)


def taken_over(
    row: RowInputs, interview: Interview, application: Application, end: Ending, rules: RuleSet
) -> TakenOver:
    """An open row is taken over by the next interview of its application (the next round,
    or the interview an application led to: ``normalise.rounds``) when that interview comes
    before the row moves on (10 bd after its final follow-up, or its application check-in,
    is sent, or weeks after it went unsent). From then on that interview's row carries the
    follow-ups; this row keeps only its thank-you note, and is closed when the application's
    last row is. A row moved on before the later interview, not applied, or closed while
    the application's last row is open (the role applied for again) keeps its own answer."""
    later = row.later_interview
    # The day the row moves on: its move-on date once the last message is sent or the
    # application answered (weeks after the employer's reply to either), else the day that
    # message would go quiet.
    last_message = np.where(application.open, application.due, interview.final)
    sent = np.where(application.open, row.application_done, row.done["final"])
    quiet = last_message + np.timedelta64(7 * rules.stale_after_weeks, "D")
    moves_on = np.where(sent | application.replied, end.moved_on_date, quiet)
    offer, not_offered = steps.closed(row.application_outcome)
    application_closed = offer | not_offered
    taken = (
        ~np.isnat(later)
        # A row closed itself is another application's end, unless the application's last
        # row is closed too (an outcome written on each round's row).
        & (~(end.offer | end.closed_without_offer) | application_closed)
        & ~steps.not_applied_yet(row.interview, row.outcome)
        & (np.isnat(moves_on) | (later <= moves_on))
    )
    return TakenOver(
        taken,
        np.where(taken, later, NAT),
        np.where(taken, row.later_interview_row, 0),
        taken & application_closed,
    )


def hand_over(
    over: TakenOver, interview: Interview, application: Application, end: Ending
) -> tuple[Interview, Application, Ending]:
    """The phases without what the later interview took over: the check-ins, the final
    follow-up, the application check-in and the move on (and so the networking touch)."""
    taken = over.taken

    def blank(dates: DateArray) -> DateArray:
        return np.where(taken, NAT, dates)

    interview = interview._replace(
        check_in_1=blank(interview.check_in_1),
        check_in_2=blank(interview.check_in_2),
        final=blank(interview.final),
    )
    application = application._replace(due=blank(application.due))
    end = end._replace(
        # A row's own close is the application's last row's now (its networking touch too).
        offer=end.offer & ~taken,
        closed_without_offer=end.closed_without_offer & ~taken,
        moved_on=end.moved_on & ~taken,
        moved_on_date=blank(end.moved_on_date),
        gone_quiet=end.gone_quiet & ~taken,
        application_pending=end.application_pending & ~taken,
        answered=end.answered & ~taken,
    )
    return interview, application, end


class MovedOnAhead(NamedTuple):
    """Rows taken over by a later round whose application's last row has moved on."""

    moved_on: np.ndarray
    since: DateArray  # the day the last row moved on, NaT for the other rows
    row: np.ndarray  # the last row, as the user sees it; 0 for the other rows


def moved_on_ahead(
    over: TakenOver, end: Ending, rows: np.ndarray, elsewhere: np.ndarray
) -> MovedOnAhead:
    """The rows ``over`` took over, whose application's last row (the next round's, followed
    round by round on this sheet: ``rows`` are the frame's rows as the user sees them) has
    moved on (``end``, before ``hand_over``): they have moved on with it, as they close with
    it (``TakenOver.closed``). A next round on another sheet (``elsewhere``) is another
    frame's: those rows keep waiting on it."""
    own = np.arange(len(rows))
    at = pd.Index(rows).get_indexer(over.row)
    step = np.where(over.taken & (at >= 0) & ~elsewhere, at, own)
    # Each row's last round: the next round's next round..., in a few jumps (rounds are on
    # later days, so the chain ends; the cap guards against a loop all the same, and a row
    # whose rounds loop has no last round).
    last = step
    for _ in range(64):
        further = last[last]
        if (further == last).all():
            break
        last = further
    ends = step[last] == last
    # The last round moved on itself: not one taken over by a round on another sheet (it
    # waits on that one, and so do the rows before it).
    moved = (
        over.taken & ~over.closed & (last != own) & ends & ~over.taken[last] & end.moved_on[last]
    )
    return MovedOnAhead(
        moved, np.where(moved, end.moved_on_date[last], NAT), np.where(moved, rows[last], 0)
    )
