"""What the schedule answers: the public result frame, and the details of how each row's
dates came about (for the Why text), side by side in one ``Schedule``."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from followup_batch.normalise.columns import date_array
from followup_batch.schedule import why
from followup_batch.schedule.business_days import Calendars, DateArray
from followup_batch.schedule.ruleset import RuleSet

DUE_COLUMNS = (
    "application_check_in_due",
    "thank_you_due",
    "check_in_1_due",
    "check_in_2_due",
    "final_due",
    "networking_due",
)
RESULT_COLUMNS = (*DUE_COLUMNS, "next_action", "next_due", "status")


@dataclass(frozen=True, eq=False)
class ScheduleDetails:
    """How each row's dates came about: one array per fact, in the frame's row order. Nothing
    here is written to the sheet; the Why text reads it. Dates are datetime64[D], NaT where
    there is none."""

    next_action_key: np.ndarray  # the next action's key (``labels.ACTION_LABELS``), "none"
    # The next action as the row reads now: ``next_action_key`` but for a row that needs info,
    # which sends nothing until it is fixed (its Why explains its steps as they would be).
    action_as_read: np.ndarray
    # A row that needs info only for a value that changes nothing it would send, and sends
    # nothing (``rules.settled_without``): its status is its answer, not Needs info.
    settled: np.ndarray
    industry_class: np.ndarray  # fast, standard, traditional or institutional
    stage: np.ndarray  # final or other
    check_in_1_bd: np.ndarray  # the 1st check-in's wait after the interview, clamped
    check_in_2_bd: np.ndarray  # the 2nd check-in's wait after the 1st
    final_weeks: np.ndarray  # the final follow-up's weeks after the interview
    decision: DateArray  # the stated decision date, "within N business days" resolved
    check_in_1_unwindowed: DateArray  # the 1st check-in before the send window
    final_by_weeks: DateArray  # final: the weeks after the interview, rolled
    final_by_chain: DateArray  # final: the bd after the 2nd check-in
    replied: np.ndarray  # the employer replied after the interview and every dated send
    reply_due: DateArray  # the restarted message's due date after that reply
    moved_on: np.ndarray  # the search has moved on by the as-of date
    moved_on_date: DateArray  # the day it moves (or moved) on: a silent final or application
    # check-in, or one gone quiet
    gone_quiet: np.ndarray  # moved on because the final (or application check-in) went unsent
    # The employer replied after the final follow-up: nothing left to send, the row moves on
    # weeks after that reply (``moved_on_date``) unless news comes.
    final_answered: np.ndarray
    networking_quiet: np.ndarray  # the networking check-in went unsent weeks past its due date
    networking_from: DateArray  # the day the networking wait counts from
    skipped: np.ndarray  # bit i set: SEQUENCE[i] was unsent and passed over
    # The index into SEQUENCE of the message an application check-in date on or after the
    # interview was (``followed_up``), -1 for none.
    followed_up_as: np.ndarray
    # The unsent thank-you was passed over only as too late to send
    # (``rules.thank_you.skip_after_days`` after its due date): its 1st check-in is not due yet.
    thank_you_too_late: np.ndarray
    application_bd: np.ndarray  # the application check-in's wait after applying, clamped
    application_unwindowed: DateArray  # the application check-in before the send window
    application_replied: np.ndarray  # an open application the employer answered
    # An undated application check-in mark the last run saw unmarked: that run's day, and the
    # day of the run that first saw it marked (``marks_seen``); NaT for the others.
    application_unmarked_on: DateArray
    application_marked_on: DateArray
    taken_over_by: DateArray  # a later interview of the application took over: its day
    taken_over_row: np.ndarray  # and its row (0: not taken over)
    # Taken over, and the application's last row has moved on: since when (NaT: not), and
    # that row (0: not).
    application_moved_on: DateArray
    application_moved_on_row: np.ndarray
    # The status a row with a next due date settles in while that date is further off than
    # "due soon": Scheduled, Moved on or Closed (the workbook's live status falls back to it).
    later_status: np.ndarray
    # The day a run first says the row has moved on, for a row that has not yet: its sent last
    # message's moved-on date, or the day its unsent final follow-up or application check-in
    # goes quiet (the live status says to run again from then). NaT for the others.
    moves_on: DateArray
    # The day a run drops the row's unsent networking check-in (it goes quiet: nothing left to
    # send, the status is ``later_status``), for a row whose next action it is. NaT for the others.
    drops_on: DateArray
    # The day a run first skips the row's unsent thank-you as too late to send (the live
    # status says to run again from then), for a row whose next action it is. NaT for the others.
    skips_on: DateArray


@dataclass(frozen=True, eq=False)
class NextActions:
    """What each row sends next, the drafts' input: one array each, in the frame's row order."""

    key: np.ndarray  # the action's key (``labels.ACTION_LABELS``); "none": nothing to send
    due: DateArray  # its due date (datetime64[D]), NaT when nothing is due
    decision: DateArray  # the stated decision date the drafts mention, NaT when none
    # Whether that date is a holiday (or day off) of the row's calendar: "end of week" after a
    # Thursday 12-24 interview is read as Christmas Day, a day no one said they would decide
    # on, so a draft does not quote it back (None: none is).
    decision_on_holiday: np.ndarray | None = None


@dataclass(frozen=True, eq=False)
class Schedule:
    """The schedule of a normalised frame: ``result`` (indexed like the frame, the columns
    ``RESULT_COLUMNS``) and the ``details`` behind it, with what it was computed from (the
    frame, the rules and the calendars), so that it can explain itself.

    Example::

        schedule = schedule_rows(frame, rules, as_of)
        schedule.result[["next_action", "next_due", "status"]]
        schedule.explain()  # the Why text of every row
    """

    frame: pd.DataFrame
    rules: RuleSet
    calendars: Calendars
    result: pd.DataFrame
    details: ScheduleDetails

    @property
    def next_actions(self) -> NextActions:
        """Each row's next action, its due date and the stated decision (for the drafts)."""
        # A decision date before the interview (likely a typo, said in Problems) counts for
        # the 1st check-in but is not quoted back to the employer (ot93 F1).
        decision = self.details.decision
        if "interview_date" in self.frame:
            interview = date_array(self.frame["interview_date"], "D")
            decision = np.where(decision < interview, np.datetime64("NaT", "D"), decision)
        return NextActions(
            key=self.details.next_action_key,
            due=date_array(self.result["next_due"], "D"),
            decision=decision,
            decision_on_holiday=self._on_holiday(decision) | self._before_holiday(),
        )

    def _on_holiday(self, days: DateArray, weekdays_only: bool = False) -> np.ndarray:
        """Whether each row's day is a holiday of its own calendar (one lookup per country);
        with ``weekdays_only``, one on a day of its work week."""
        on_holiday = np.zeros(len(days), dtype=bool)
        dated = ~np.isnat(days)
        if dated.any():
            countries = self.frame["country"].to_numpy(dtype=object)
            for key in set(countries[dated].tolist()):
                rows = dated & (countries == key)
                calendar = self.calendars.get(key)
                on_holiday[rows] = calendar.is_holiday(days[rows])
                if weekdays_only:
                    on_holiday[rows] &= ~calendar.weekend_mask(days[rows])
        return on_holiday

    def _before_holiday(self) -> np.ndarray:
        """Whether each row's week phrase was read as a day before the holiday its week ends
        on ("end of week" when Friday is Christmas Day: Thursday): a day the tool worked out,
        not one they named, so a draft does not quote it."""
        week = self.frame["decision_week"].notna().to_numpy(dtype=bool)
        after = self.details.decision + np.timedelta64(1, "D")
        return week & self._on_holiday(after, weekdays_only=True)

    def explain(self) -> pd.Series:
        """The Why text of every row, indexed like the frame."""
        return why.explain(self)
