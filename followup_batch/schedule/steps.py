"""The steps of DESIGN section 3, one pure function each, over whole arrays of rows.

Each function takes day arrays (datetime64[D], NaT where there is no date) and answers for
every row at once; ``days`` does business-day arithmetic on each row's own calendar. Every
number comes from the rule table (``rules``). ``phases`` composes them into the schedule's
four phases, and ``rules.schedule_rows`` runs those in DESIGN's order.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from followup_batch.normalise.timelines import (
    EARLY_IN_NEXT_WEEK,
    EARLY_WEEK_DAYS,
    IN_CALENDAR_WEEK,
)
from followup_batch.normalise.vocabularies import (
    CLOSED_WITH_OFFER,
    CLOSED_WITHOUT_OFFER,
    NOT_APPLIED,
)
from followup_batch.schedule.business_days import DateArray, RowCalendar
from followup_batch.schedule.rows import NAT, SEQUENCE, Codes
from followup_batch.schedule.ruleset import RuleSet

# --- 1. Thank-you note -----------------------------------------------------------------------


def thank_you_due(interview: DateArray, interview_type: Codes, rules: RuleSet) -> DateArray:
    """Within 24 hours: the interview's own day after the same-day types (a final round or a
    phone screen: the decision is close and the call was short), else the next calendar day."""
    same_day = interview_type.isin(rules.thank_you_same_day_types)
    return interview + np.where(same_day, 0, 1).astype("timedelta64[D]")


# --- 2. 1st check-in -------------------------------------------------------------------------


def stated_decision(
    decision: DateArray,
    within_bd: np.ndarray,
    week: np.ndarray,
    after_holiday: np.ndarray,
    before_holiday: np.ndarray,
    interview: DateArray,
    days: RowCalendar,
) -> DateArray:
    """The stated decision date, "within N business days" resolved on the row's calendar, and
    "end of week" / "next week" / "early next week" (``week`` 0 / 1 / 2) placed on the row's
    own work week: its last working day is Thursday in Israel, not the Friday the phrase was
    read as, and its early days end on Tuesday, not Wednesday; "after Easter"
    (``after_holiday``: the date is the holiday's last day) as the first business day after
    it and the days off around it; and "before Easter" (``before_holiday``: the date is the
    day before the holiday's first day) as the last business day on or before that."""
    # One cell holds either a date or a phrase; a date wins should both ever be set.
    has_within = ~np.isnan(within_bd) & np.isnat(decision)
    resolved = days.after(interview, np.nan_to_num(within_bd).astype(np.int64))
    decision = np.where(after_holiday, days.roll_forward(decision), decision)
    decision = np.where(before_holiday, days.roll_back(decision), decision)
    decision = np.where(has_within, resolved, decision)
    has_week = ~np.isnan(week) & ~np.isnat(decision)
    if not has_week.any():
        return decision
    code = np.nan_to_num(week).astype(np.int64)
    week_day = np.where(
        code == EARLY_IN_NEXT_WEEK,
        days.early_next_week(interview, EARLY_WEEK_DAYS),
        days.end_of_week(interview, code.astype(bool)),
    )
    week_day = np.where(
        code == IN_CALENDAR_WEEK, _in_calendar_week(decision, interview, days), week_day
    )
    return np.where(has_week & ~np.isnat(week_day), week_day, decision)


def _in_calendar_week(friday: DateArray, interview: DateArray, days: RowCalendar) -> DateArray:
    """A calendar week's Friday, or, when it is a day off (Good Friday, Israel's weekend), the
    working day before it in that week, as a week phrase's last day gives way; the Friday
    stands when the week has no working day left after the interview."""
    worked = days.roll_back(friday)
    earliest = np.maximum(friday - np.timedelta64(4, "D"), interview + np.timedelta64(1, "D"))
    return np.where(~np.isnat(worked) & (worked >= earliest), worked, friday)


def after_stated_decision(decision: DateArray, rules: RuleSet, days: RowCalendar) -> DateArray:
    """The first day worth asking about a stated decision: a few bd after it."""
    return days.after(decision, rules.after_stated_decision_bd)


def first_check_in_due(
    interview: DateArray,
    decision: DateArray,
    after_decision: DateArray,
    wait: np.ndarray,
    rules: RuleSet,
    days: RowCalendar,
) -> DateArray:
    """After a stated decision date (never sooner after the interview than after the date),
    else ``wait`` bd after the interview. Before the modifiers."""
    never_before = days.after(interview, rules.after_stated_decision_bd)
    return np.where(
        np.isnat(decision), days.after(interview, wait), np.maximum(after_decision, never_before)
    )


# --- 3. 2nd check-in -------------------------------------------------------------------------


def second_check_in_due(
    check_in_1_from: DateArray, wait: np.ndarray, days: RowCalendar
) -> DateArray:
    """``wait`` bd after the 1st check-in (``sent_or_due``). Before the modifiers."""
    return days.after(check_in_1_from, wait)


# --- 4. Final follow-up ----------------------------------------------------------------------


def final_follow_up_due(
    interview: DateArray,
    weeks: np.ndarray,
    check_in_2_from: DateArray,
    rules: RuleSet,
    days: RowCalendar,
) -> tuple[DateArray, DateArray]:
    """The two dates whose later one the final is due on, before the modifiers: ``weeks``
    after the interview rolled to a business day, and a few bd after the 2nd check-in."""
    by_weeks = days.roll_forward(interview + (weeks * 7).astype("timedelta64[D]"))
    by_chain = days.after(check_in_2_from, rules.final_after_check_in_2_bd)
    return by_weeks, by_chain


def only_with_interview(due: DateArray, interview: DateArray) -> DateArray:
    """Without an interview date nothing is scheduled, even from a dated earlier send."""
    return np.where(np.isnat(interview), NAT, due)


# --- Modifiers -------------------------------------------------------------------------------


def send_window(due: DateArray, rules: RuleSet, days: RowCalendar) -> DateArray:
    """Mid-week messages get read: a due date moves forward to the first preferred business
    day when that is at most a few calendar days later; never earlier."""
    preferred = days.next_preferred_day(due)
    close = (preferred - due) <= np.timedelta64(rules.max_shift_days, "D")
    return np.where(close, preferred, due)


def employer_replied(
    reply: DateArray, interview: DateArray, sent: Mapping[str, DateArray]
) -> np.ndarray:
    """The employer replied after the interview and after every dated send."""
    latest_send = np.fmax.reduce([sent[name] for name in SEQUENCE])
    return (reply > interview) & (np.isnat(latest_send) | (reply > latest_send))


def restarted_by_reply(
    replied: np.ndarray, done: Mapping[str, np.ndarray]
) -> dict[str, np.ndarray]:
    """The message a reply restarts: the first check-in or final follow-up not yet sent."""
    restarted = {}
    earlier_sent = replied
    for name in SEQUENCE[1:]:  # three messages, not rows
        restarted[name] = earlier_sent & ~done[name]
        earlier_sent = earlier_sent & done[name]
    return restarted


def due_after_reply(
    reply: DateArray,
    decision: DateArray,
    after_decision: DateArray,
    wait: np.ndarray,
    rules: RuleSet,
    days: RowCalendar,
) -> DateArray:
    """A restarted message's due date: ``wait`` bd after the reply (the 1st check-in's wait),
    or after a stated decision date later than the reply; then the send window."""
    due = np.where(decision > reply, after_decision, days.after(reply, wait))
    return send_window(due, rules, days)


def modified(
    due: DateArray,
    restarted: np.ndarray,
    reply_due: DateArray,
    rules: RuleSet,
    days: RowCalendar,
) -> DateArray:
    """A message's due date after the modifiers in order: the send window, then the
    employer's reply (``reply_due`` where the reply restarted it)."""
    return np.where(restarted, reply_due, send_window(due, rules, days))


def sent_or_due(sent: DateArray, due: DateArray) -> DateArray:
    """Where the next message counts from: the sent date, else the due date (unsent, or
    marked sent without a date)."""
    return np.where(np.isnat(sent), due, sent)


def counted_sent(sent: DateArray, done: np.ndarray, due: DateArray) -> DateArray:
    """Undated sends: a message marked sent without a date counts as sent on its due date."""
    return np.where(np.isnat(sent) & done, due, sent)


# --- Moved on, closed, networking ------------------------------------------------------------


def moved_on_date(
    final_sent_on: DateArray,
    final_done: np.ndarray,
    reply: DateArray,
    rules: RuleSet,
    days: RowCalendar,
) -> DateArray:
    """The final follow-up went out and no reply came after it: the search moves on some bd
    later. The employer answered it (``answered_final``): nothing is left to send, and with
    no news for as many weeks as an unsent message goes quiet in, the search moves on then
    (``goes_quiet_on`` the reply: no tracker waits for years). NaT for every other row."""
    answered = answered_final(final_sent_on, final_done, reply)
    silent = final_done & ~answered
    return np.where(
        silent,
        days.after(final_sent_on, rules.moved_on_bd),
        np.where(answered, goes_quiet_on(reply, rules), NAT),
    )


def answered_final(
    final_sent_on: DateArray, final_done: np.ndarray, reply: DateArray
) -> np.ndarray:
    """The final follow-up went out and the employer replied after it (``counted_sent``: an
    undated one on its due date): the last message is answered, nothing is left to send."""
    return final_done & (reply > final_sent_on)


def gone_quiet_since(
    due: DateArray, done: np.ndarray, today: np.datetime64, rules: RuleSet
) -> DateArray:
    """An unsent message some weeks overdue is skipped: the row has moved on from its due
    date + those weeks (DESIGN: "Moved on from its due date + 8 weeks"), and shows it from
    that day on, the day its Why names (NaT until then, or sent)."""
    since = goes_quiet_on(due, rules)
    return np.where(~done & ~np.isnat(due) & (today >= since), since, NAT)


def goes_quiet_on(due: DateArray, rules: RuleSet) -> DateArray:
    """The first day an unsent message due on ``due`` is skipped as gone quiet
    (``gone_quiet_since``): its due date + those weeks."""
    return due + np.timedelta64(7 * rules.stale_after_weeks, "D")


def moved_on(since: DateArray, today: np.datetime64) -> np.ndarray:
    """The search has moved on: its moved-on date (``moved_on_date``) has come."""
    return ~np.isnat(since) & (today >= since)


def closed(outcome: Codes) -> tuple[np.ndarray, np.ndarray]:
    """(closed with an offer, closed without one) by the row's outcome."""
    return outcome.isin(CLOSED_WITH_OFFER), outcome.isin(CLOSED_WITHOUT_OFFER)


def networking_from(
    interview: DateArray,
    reply: DateArray,
    sent_on: Mapping[str, DateArray],
    networking_sent: DateArray,
    moved_on_rows: np.ndarray,
    moved_on_since: DateArray,
    closed_on: DateArray,
) -> DateArray:
    """The later of the close date and the last networking touch. The close date of a
    moved-on row is its moved-on date; of the others, the latest date in the row, a message
    marked sent without a date counted on its due date (``sent_on``, by ``counted_sent``), and
    the day the Status says the row closed (``closed_on``: "Rejected 11/19")."""
    latest_in_row = np.fmax.reduce(
        [interview, reply, closed_on, *(sent_on[name] for name in SEQUENCE)]
    )
    closed_at = np.where(moved_on_rows, moved_on_since, latest_in_row)
    return np.fmax(closed_at, networking_sent)


def networking_due(
    start: DateArray, wanted: np.ndarray, rules: RuleSet, days: RowCalendar
) -> DateArray:
    """A light touch a season after ``start``, rolled to a business day, for the rows that
    want one (none when networking is turned off)."""
    due = days.roll_forward(start + np.timedelta64(7 * rules.networking_weeks, "D"))
    return np.where(wanted & rules.networking_enabled, due, NAT)


# --- 6. Application check-in (before any interview) ----------------------------------------

# The stages at which an application without an interview is followed up: an "interviewing"
# row without its interview date needs that date instead (the normaliser says so).
APPLICATION_STAGES = frozenset({"applied", "on hold"})


def open_applications(applied: DateArray, interview: DateArray, outcome: Codes) -> np.ndarray:
    """Rows that are applications still open: applied on a known day, no interview yet."""
    return ~np.isnat(applied) & np.isnat(interview) & outcome.isin(APPLICATION_STAGES)


def not_applied_yet(interview: DateArray, outcome: Codes) -> np.ndarray:
    """Rows at the not-applied stage (a saved posting): nothing to follow up yet."""
    return np.isnat(interview) & outcome.isin(frozenset({NOT_APPLIED}))


def application_check_in_due(
    applied: DateArray, wait: np.ndarray, applications: np.ndarray, days: RowCalendar
) -> DateArray:
    """``wait`` bd after applying, for open applications. Before the send window."""
    return np.where(applications, days.after(applied, wait), NAT)


def replied_after_applying(reply: DateArray, applied: DateArray, sent: DateArray) -> np.ndarray:
    """The employer answered the application, and the person has not written since (no
    check-in ``sent`` on or after the reply; an undated one counts on its due date,
    ``counted_sent``): something is in motion, nothing to chase. A check-in sent after the
    reply is the last word, and its silence counts as any other's (DESIGN: "Sent, and no
    reply for 10 bd after it → Moved on"); on the reply's own day the order is unknown, and
    the check-in counts as the later, as a reply on a final follow-up's day does not keep
    an interview row open."""
    return (reply > applied) & (np.isnat(sent) | (reply > sent))


def undated_counted_from(due: DateArray, marked_on: DateArray) -> DateArray:
    """The day an application check-in marked sent without a date counts from: its due date,
    or, when the last run saw it unmarked, the day of the run that first saw it marked (the
    latest day it can have gone: the row is not moved on before its time), if later."""
    return np.where(np.isnat(marked_on), due, np.fmax(due, marked_on))


def application_moved_on_date(
    sent_on: DateArray, done: np.ndarray, rules: RuleSet, days: RowCalendar
) -> DateArray:
    """The application check-in went out and nothing came back: the search moves on some bd
    later (NaT for every other row)."""
    return np.where(done, days.after(sent_on, rules.moved_on_after_application_bd), NAT)
