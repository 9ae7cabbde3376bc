"""The ``Why`` cell: every computed date explained in words a user can check on a calendar.

Example line:
``1st check-in: 5 bd −2 fast industry (Software) +2 senior = 5 bd after Fri 2026-11-20 →
Mon 2026-11-30 (skipped Thanksgiving Thu 11-26) → Tue 2026-12-01 (preferred send day)``

This is text formatting over the schedule's own details, done per row (it runs only for the
rows being written, after the vectorized schedule has done the date logic). The explainer sees
a row only as its ``WhyInputs``: the row's facts (``ROW_INPUTS`` of the frame) and the
schedule's (its due dates and ``ScheduleDetails``). Rows alike in those share one text, worked
out once (a big tracker repeats itself a lot: the same interview day, type, level and marks).
Every number in the text comes from the rule table.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import operator
import re
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import pandas as pd

from followup_batch.normalise import holiday_phrases, timeline_words
from followup_batch.normalise.cells import quoted
from followup_batch.normalise.columns import BLANK_IS_EMPTY, BLANK_WORDS, TEXT_COLUMNS
from followup_batch.normalise.vocabularies import (
    CLOSED_WITH_OFFER,
    CLOSED_WITHOUT_OFFER,
    NOT_APPLIED,
)
from followup_batch.schedule.business_days import (
    CATHOLIC_DAY_NOTES,
    DAY_OFF_NAME,
    DEFAULT_WEEKEND,
    PROVINCE_CALENDARS,
    Calendars,
    CountryCalendar,
    calendar_title,
    catholic_day_worked,
    holiday_parts,
    holidays_between,
    make_up_days_between,
    make_up_words,
    week_words,
)
from followup_batch.schedule.labels import ACTION_LABELS
from followup_batch.schedule.rows import SEQUENCE
from followup_batch.schedule.ruleset import Offsets, RuleSet

if TYPE_CHECKING:
    from followup_batch.schedule.result import Schedule


class WhyInputs(NamedTuple):
    """Everything the Why text of one row depends on; dates are ``datetime.date`` or None."""

    # The row, from the normalised frame (ROW_INPUTS).
    interview_date: dt.date | None
    # The interview in Interview Date when the Status names the next round, which
    # interview_date then is ("Onsite 11/24" beside a phone screen on 11/10); else None.
    earlier_interview: dt.date | None
    # How a date the Status gives the interview was read when either order reads it ('"12/2"
    # read as 2 December 2026 (US month/day, ...)'), else ''.
    status_date_read: str
    greeted_in_status: str  # the people a next round's Status names, whom its drafts greet
    applied_date: dt.date | None
    # A Date Applied after the run's date, refused (Problems says so): nothing counted from it.
    applied_ahead: dt.date | None
    application_check_in_sent: dt.date | None
    application_check_in_done: bool
    country: str
    calendar_note: str | None  # None: the default calendar; '': another; else why the default
    decision_phrase: str  # the stated decision's phrase when its date is the tool's reading
    # The stated decision as written when it names a day ("next Monday"), or when no decision
    # was read from it ("Q1": Problems says why), '' otherwise.
    decision_written: str
    decision_in_status: bool  # the stated decision date is the Status's ("offer expected 11/25")
    interview_type: str
    industry: str
    seniority: str
    seniority_written: str  # the Seniority cell's words when not its level's name
    outcome: str
    undated_interview_named: bool  # closed, undated, the Status names its interview
    closed_in_status: dt.date | None  # the day the Status says it closed ("Rejected 11/19")
    application_outcome: str
    last_reply: dt.date | None
    thank_you_sent: dt.date | None
    thank_you_done: bool
    check_in_1_sent: dt.date | None
    check_in_1_done: bool
    check_in_2_sent: dt.date | None
    check_in_2_done: bool
    final_sent: dt.date | None
    final_done: bool
    needs_info: bool
    later_interview_sheet: str  # the later interview's sheet when on another one, else ''
    same_interview_row: int  # the copy of this interview that carries its follow-ups, 0: none
    same_interview_sheet: str  # and its sheet
    outcome_copy: str  # where the copy whose outcome this row takes was typed, '' when own
    outcome_disagrees: str  # what Problems says of a copy's outcome closing otherwise
    interviewers_elsewhere: str  # what Problems says of interviewers named on a copy only
    sent_ahead: str  # the steps whose sent date is after the run's date, space-separated
    sent_elsewhere: str  # the steps done another way ("left voicemail"), space-separated
    sent_in_status: str  # the steps the Status says were sent ("TY sent"), space-separated
    # The steps marked sent without a date, taken for earlier_interview, space-separated.
    earlier_round_marks: str
    status_as_read: str  # 'Status "Dinged" read as rejected.', '' when its words say it
    # Why the interview was not held on its day ("put off", "interviewer no-show"), '' when
    # it was or is to come: nothing of the sequence counts from it.
    interview_not_held: str
    # The schedule: its due dates (result columns), then its details (ScheduleDetails).
    application_check_in_due: dt.date | None
    thank_you_due: dt.date | None
    check_in_1_due: dt.date | None
    check_in_2_due: dt.date | None
    final_due: dt.date | None
    networking_due: dt.date | None
    action_as_read: str  # a row to fix: the action it would send (its next action is "—")
    settled: bool  # needs info for a value that changes nothing it sends: its answer stands
    industry_class: str
    stage: str
    check_in_1_bd: int
    check_in_2_bd: int
    final_weeks: int
    decision: dt.date | None
    check_in_1_unwindowed: dt.date | None
    final_by_weeks: dt.date | None
    final_by_chain: dt.date | None
    replied: bool
    reply_due: dt.date | None
    moved_on: bool
    moved_on_date: dt.date | None
    networking_from: dt.date | None
    skipped: int
    followed_up_as: int
    thank_you_too_late: bool
    gone_quiet: bool
    final_answered: bool
    networking_quiet: bool
    application_bd: int
    application_unwindowed: dt.date | None
    application_replied: bool
    taken_over_by: dt.date | None
    taken_over_row: int
    application_moved_on: dt.date | None
    application_moved_on_row: int
    application_unmarked_on: dt.date | None
    application_marked_on: dt.date | None


ROW_INPUTS = WhyInputs._fields[: WhyInputs._fields.index("application_check_in_due")]
RESULT_INPUTS = WhyInputs._fields[len(ROW_INPUTS) :]
DUE_INPUTS = tuple(name for name in RESULT_INPUTS if name.endswith("_due"))
# A row's due dates, and a message's sent date and mark, as one look-up each (read per row).
_DUES = operator.attrgetter(*DUE_INPUTS)
_SENT_AND_DONE = {
    name: operator.attrgetter(f"{name}_sent", f"{name}_done")
    for name in ("application_check_in", *SEQUENCE)
}
_DUE_OF = {name: operator.attrgetter(f"{name}_due") for name in SEQUENCE}
# Row inputs a frame normalised by an earlier version may lack (``schedule_rows`` takes such
# a frame), and what stands for them.
OPTIONAL_ROW_INPUTS: dict[str, str | bool | None] = {
    "seniority_written": "",
    "sent_ahead": "",
    "sent_elsewhere": "",
    "sent_in_status": "",
    "earlier_round_marks": "",
    "status_as_read": "",
    "interview_not_held": "",
    "earlier_interview": None,
    "status_date_read": "",
    "greeted_in_status": "",
    "undated_interview_named": False,
    "closed_in_status": None,
    "decision_in_status": False,
    "applied_ahead": None,
    "decision_written": "",
}
TYPE_WORDS = {
    "phone": "phone screen",
    "video": "video interview",
    "onsite": "onsite interview",
    "panel": "panel interview",
    "final": "final round",
    "chat": "conversation",
    "other": "interview",
}
# The rules whose line is the first to count by industry: where an unrecognised word is said.
FIRST_CHECK_INS = frozenset({"check_in_1", "application_check_in"})


def stated_decision(r: WhyInputs, decision: dt.date, calendar: CountryCalendar) -> str:
    """The stated decision date, or the phrase it was read from: "the stated decision date Tue
    2026-11-24", 'the stated decision "early January", read as Sun 2027-01-10', 'the stated
    decision "next Monday", read as Mon 2026-12-28 (Boxing Day, observed)': a holiday of the
    row's calendar on that day is named, as no one decides on it."""
    on = holiday_on(calendar, decision)
    if r.decision_phrase:
        # "After Easter" in the US, where Easter is no holiday: after Easter Sunday, said so;
        # "after Whitsun" in Britain: after Whit Monday's date; "after the holidays" in Israel.
        note = holiday_phrases.reading_note(r.country, r.decision_phrase, decision)
        week = _week_named(r.decision_phrase, decision, calendar.weekend_on(decision))
        return f'the stated decision "{r.decision_phrase}"{week}, read as {day(decision)}{on}{note}'
    if r.decision_written:  # a phrase naming a day: "next Monday", "by Friday"
        return f'the stated decision "{r.decision_written}", read as {day(decision)}{on}'
    written = ", written in the Status" if r.decision_in_status else ""
    return f"the stated decision date {day(decision)}{on}{written}"


def holiday_on(calendar: CountryCalendar, when: dt.date) -> str:
    """' (Boxing Day, observed)': the holidays of ``calendar`` on ``when`` (the config's days
    off as 'your day off'), as one bracket; '' on any other day."""
    name = calendar.holiday_names.get(when)
    if name is None:
        return ""
    names = one_days_holidays(holiday_parts(name))
    # "Boxing Day (observed)" inside the bracket reads "Boxing Day, observed".
    return " (" + re.sub(r" \(([^()]+)\)$", r", \1", names) + ")"


def _week_named(phrase: str, decision: dt.date, weekend: frozenset[int]) -> str:
    """', the week of Mon 2026-12-14' for a decision read from a week named by a day of it
    ("week of 12/14", "w/c 14/12"): which week the tool took, as the day written may have no
    year or be no first day; its first working day by ``weekend`` (Sunday in Israel). '' for
    any other phrase."""
    if timeline_words.week_commencing(timeline_words.plain(phrase)) is None:
        return ""
    start = decision
    for _ in range(6):  # back to the day after the weekend
        before = start - dt.timedelta(days=1)
        if before.weekday() in weekend:
            break
        start = before
    return f", the week of {day(start)}"


def weeks_between(calendar: CountryCalendar, first: dt.date, last: dt.date) -> str:
    """', Sun–Thu week': the week the days from ``first`` to ``last`` were counted on, '' for
    Mon–Fri; and each change of weekend between them (the UAE's on 2022-01-01): ', Sun–Thu
    week until 2021-12-31, then Mon–Fri'."""
    if not calendar.earlier_weekends:  # one weekend all along: most calendars
        weekend = calendar.weekend
        return "" if weekend == DEFAULT_WEEKEND else f", {week_words(weekend)}"
    weekends = [*(weekend for _, weekend in calendar.earlier_weekends), calendar.weekend]
    changes = [
        (until, weekends[i + 1])
        for i, (until, _) in enumerate(calendar.earlier_weekends)
        if first <= until < last
    ]
    weekend = calendar.weekend_on(first)
    if not changes:
        return "" if weekend == DEFAULT_WEEKEND else f", {week_words(weekend)}"
    then = "".join(
        f" until {until:%Y-%m-%d}, then {week_words(after).removesuffix(' week')}"
        for until, after in changes
    )
    return f", {week_words(weekend)}{then}"


def no_networking_because(r: WhyInputs, networking: str) -> str:
    """Why a row closed without an interview date gets no networking check-in: "no
    interview, so no networking". A row to fix may have had an interview whose date cannot
    be read, and a Status may name the interview ("Rejected after onsite"): said so, not
    that there was none (ot108 F7)."""
    if r.needs_info:
        return f"no interview date can be read (see Problems), so no {networking}"
    if r.undated_interview_named:
        return (
            "the Status names an interview, but Interview Date has no date for it, so there is "
            "no networking check-in to date: type the interview's date there for one"
        )
    return f"no interview, so no {networking}"


# What an interview that did not take place leaves to do, by why (``interview_not_held``): a
# thank-you would thank for a meeting that never was; an absent interviewer is asked for a new
# time, an absence of the person's own is theirs to settle first.
NOT_HELD_NEXT = {
    "put off": 'write its new day in "Interview Date" once it is set',
    "interviewer no-show": (
        'the interviewer did not come: ask for a new time, and write it in "Interview Date" '
        "once it is set"
    ),
    "candidate no-show": (
        'you did not attend: if they give you a new time, write it in "Interview Date"; if '
        'not, write Withdrawn in "Status"'
    ),
    "no-show": 'write its new day in "Interview Date" once one is set',
}


def not_held(why: str, interview: dt.date) -> str:
    """The Why of a row whose interview did not take place on its day (put off, a no-show):
    no thank-you or check-in is dated from that day, and what to fill in."""
    what = "was put off" if why == "put off" else "did not take place (a no-show)"
    return (
        f"No thank-you or check-in: the interview of {day(interview)} {what}, so nothing is "
        f"dated from that day; {NOT_HELD_NEXT[why]}."
    )


@functools.lru_cache(maxsize=16_384)
def day(value: dt.date) -> str:
    """'Fri 2026-11-20' (cached: a tracker's dates repeat a lot)."""
    return f"{value:%a %Y-%m-%d}"


def amount(n: int, unit: str) -> str:
    """'3 weeks', '1 week' (a config may set 1), '1 bd' (an abbreviation, for one or more)."""
    return f"1 {unit.removesuffix('s')}" if n == 1 else f"{n} {unit}"


def signed(n: int) -> str:
    return f"+{n}" if n > 0 else f"−{-n}"


def offset_words(
    offsets: Offsets,
    n: int,
    industry_class: str,
    industry: str,
    seniority: str,
    stage: str,
    unit: str,
    *,
    name_unmatched: bool = False,
    seniority_written: str = "",
) -> str:
    """'5 bd −2 fast industry (tech) +2 senior = 5 bd' — only the terms that apply; a
    seniority with the words it was read from when they are not its name ('−1 entry
    (Associate)', ``seniority_written``), as the industry's are.

    ``name_unmatched``: an Industry cell that names no class is said even when the standard
    class adds nothing ('5 bd +0 standard industry (Retail) = 5 bd'), so the first line that
    counts by industry shows that the word was not recognised."""
    parts = [amount(offsets.base, unit)]
    industry_offset = offsets.industry.get(industry_class, 0)
    unmatched = name_unmatched and industry_class == "standard" and bool(industry)
    if industry_offset or unmatched:
        named = f" ({quoted(industry)})" if industry else ""
        sign = signed(industry_offset) if industry_offset else "+0"
        parts.append(f"{sign} {industry_class} industry{named}")
    seniority_offset = offsets.seniority.get(seniority, 0)
    if seniority_offset:
        named = f" ({quoted(seniority_written)})" if seniority_written else ""
        parts.append(f"{signed(seniority_offset)} {seniority}{named}")
    stage_offset = offsets.stage.get(stage, 0)
    if stage_offset:
        parts.append(f"{signed(stage_offset)} final round")
    total = offsets.base + industry_offset + seniority_offset + stage_offset
    if len(parts) == 1 and total == n:
        return parts[0]
    text = " ".join(parts) + f" = {amount(total, unit)}"
    if total != n:
        text += f", kept within {offsets.low}–{offsets.high} → {amount(n, unit)}"
    return text


def business_days_words(
    calendar: CountryCalendar, start: dt.date, end: dt.date, *, bracketed: bool = False
) -> str:
    """'Mon 2026-11-30 (skipped Thanksgiving Thu 11-26)'; ``bracketed``: the day as a step
    inside brackets shows it, '(Mon 2026-11-30, skipped Thanksgiving Thu 11-26)'. A weekend
    day worked that the count took is named too: 'Tue 2026-02-24 (skipped …, counted make-up
    working day Sat 02-14)'."""
    skipped = holidays_between(calendar, start, end)
    worked = make_up_days_between(calendar, start, end)
    notes = []
    if skipped:
        notes.append("skipped " + ", ".join(skipped_words(calendar, skipped)))
    if worked:
        when = ", ".join(f"{when:%a %m-%d}" for when in worked)
        notes.append(f"counted {make_up_words(len(worked))} {when}")
    if bracketed:
        return "(" + ", ".join([day(end), *notes]) + ")"
    return f"{day(end)} ({', '.join(notes)})" if notes else day(end)


def skipped_words(calendar: CountryCalendar, skipped: list[tuple[dt.date, str]]) -> list[str]:
    """Each holiday as 'Thanksgiving Thu 11-26' (two of one day as 'Christmas Day (observed) and
    Christmas Eve Fri 12-24', ot81 F5); your days off one after another (no business
    day between them) as one span, 'your days off Mon 07-20 to Fri 08-14', as a break is
    written in a calendar. A holiday inside a break keeps its name and splits it."""
    words: list[str | list[dt.date]] = []  # a holiday's words, or a run's first and last day
    for when, name in skipped:
        run = words[-1] if words else None
        if when not in calendar.days_off:  # two of one day: "A and B"
            words.append(f"{one_days_holidays(holiday_parts(name))} {when:%a %m-%d}")
        elif isinstance(run, list) and _off_since(calendar, run[1], when):
            run[1] = when
        else:
            words.append([when, when])
    return [word if isinstance(word, str) else _span_words(*word) for word in words]


def one_days_holidays(names: list[str]) -> str:
    """The holidays the calendar gives one day, said once: "Constitution Day and Pentecost
    Monday"; a bracket all of them end with said once at the end ("A and B (in lieu)"); three
    or more as the first and how many more (ot91-F8g: Thailand's Mon 2026-12-07 read "HM King
    Bhumibol Adulyadej the Great's Birthday (in lieu) and National Day (in lieu) and National
    Father's Day (in lieu)"): "HM King Bhumibol Adulyadej the Great's Birthday and 2 more
    holidays (in lieu)"."""
    if len(names) < 2:
        return "".join(names)
    bracket = re.search(r" \([^()]+\)$", names[0])
    tail = bracket[0] if bracket and all(name.endswith(bracket[0]) for name in names) else ""
    names = [name.removesuffix(tail) for name in names] if tail else names
    if len(names) == 2:
        return f"{names[0]} and {names[1]}{tail}"
    return f"{names[0]} and {len(names) - 1} more holidays{tail}"


def _off_since(calendar: CountryCalendar, last: dt.date, when: dt.date) -> bool:
    """Whether no business day lies between ``last`` and ``when`` (a weekend at most)."""
    between = (last + dt.timedelta(days=n) for n in range(1, (when - last).days))
    return not any(calendar.is_business_day(day) for day in between)


def _span_words(first: dt.date, last: dt.date) -> str:
    if first == last:
        return f"{DAY_OFF_NAME} {first:%a %m-%d}"
    return f"your days off {first:%a %m-%d} to {last:%a %m-%d}"


def window_words(
    calendar: CountryCalendar, preferred: frozenset[int], before: dt.date, after: dt.date
) -> str:
    """' → Wed 2026-11-25 (preferred send day)': the day the send window moved a due date to,
    and the holidays on a ``preferred`` weekday it passed over for it ('; skipped Guru Nanak's
    Birthday Tue 11-24'); '' when it stayed."""
    if before == after:
        return ""
    passed = skipped_words(
        calendar,
        [
            (when, name)
            for when, name in holidays_between(calendar, before, after)
            if when.weekday() in preferred
        ],
    )
    skipped = f"; skipped {', '.join(passed)}" if passed else ""
    return f" → {day(after)} (preferred send day{skipped})"


class Explainer:
    """Builds the Why text of one row from its ``WhyInputs``."""

    def __init__(self, rules: RuleSet, calendars: Calendars) -> None:
        self.rules = rules
        self.calendars = calendars
        # Each rule's offsets made once (the rule table makes a new object per look-up).
        self._offsets: dict[str, Offsets] = {
            name: getattr(rules, name)
            for name in ("application_check_in", "check_in_1", "check_in_2", "final_weeks")
        }
        self._offset_words: dict[tuple[object, ...], str] = {}
        self._preferred = rules.preferred_weekdays
        # Rows share their days: numpy's one-day offset and the holiday search cost more
        # than the text around them, so each (calendar, day, n) is worked out once.
        self._ends: dict[tuple[int, dt.date, int], dt.date] = {}
        self._words: dict[tuple[int, dt.date, dt.date, bool], str] = {}
        # The rule table's numbers read per row, read once (each look-up parses its table).
        self._after_decision_bd = rules.after_stated_decision_bd
        self._final_gap_bd = rules.final_after_check_in_2_bd
        self._stated: dict[tuple[str, str, str, dt.date, bool], str] = {}

    def stated(self, r: WhyInputs, decision: dt.date, calendar: CountryCalendar) -> str:
        """``stated_decision``, once per country, phrase, day and source (a holiday named in
        the phrase is looked up in the country's calendar: the same for every row alike in
        those)."""
        key = (r.country, r.decision_phrase, r.decision_written, decision, r.decision_in_status)
        found = self._stated.get(key)
        if found is None:
            found = self._stated[key] = stated_decision(r, decision, calendar)
        return found

    def end(self, calendar: CountryCalendar, start: dt.date, n: int) -> dt.date:
        """``calendar_end``, once per calendar, day and count."""
        key = (id(calendar), start, n)  # the explainer's calendars live as long as it
        found = self._ends.get(key)
        if found is None:
            found = self._ends[key] = calendar_end(calendar, start, n)
        return found

    def rolled(self, calendar: CountryCalendar, counted: dt.date, rolled: dt.date) -> str:
        """'Mon 2027-01-04 (skipped New Year's Day Fri 01-01)': a day counted in weeks, rolled
        to the business day it moved to (just the day when it is one, and a weekend day worked
        says so), its holidays named as the business-day counts name theirs."""
        if counted == rolled and rolled in calendar.make_up_days:
            return f"{day(rolled)} (make-up working day)"
        if counted == rolled:
            return day(rolled)
        return self.days_words(calendar, counted - dt.timedelta(days=1), rolled)

    def window(self, calendar: CountryCalendar, before: dt.date, after: dt.date) -> str:
        """``window_words`` with the rule table's preferred weekdays."""
        return window_words(calendar, self._preferred, before, after)

    def days_words(
        self, calendar: CountryCalendar, start: dt.date, end: dt.date, *, bracketed: bool = False
    ) -> str:
        """``business_days_words``, once per calendar, pair of days and form."""
        key = (id(calendar), start, end, bracketed)
        found = self._words.get(key)
        if found is None:
            found = self._words[key] = business_days_words(
                calendar, start, end, bracketed=bracketed
            )
        return found

    def row(self, r: WhyInputs) -> str:
        """All the row's explanations, the one for the next action first (a cell that shows
        one line shows what matters now), then that the row is on hold, where its outcome was
        typed when on a copy, and what its copies say otherwise."""
        text = self.row_alone(r) + self.calendar_words(r)
        # A hold keeps the follow-ups (ot108 F8: "Hiring freeze" read Overdue with no word
        # of the hold, the person unsure it was read).
        held = (
            "Outcome on hold: the follow-ups go on (a hold is no answer); the check-ins ask "
            "no next steps of a paused role."
            if r.outcome == "on hold" and not r.needs_info and not r.same_interview_row
            else ""
        )
        # How the Status was read, when its words are not the reading's own (ot111 F12:
        # "Pas encore refusé" closed as rejected, nothing on the sheet saying so).
        status = "" if r.same_interview_row else r.status_as_read
        if held and status.endswith(" read as on hold."):
            held, status = status[:-1] + held.removeprefix("Outcome on hold"), ""
        if not (
            r.outcome_copy or r.outcome_disagrees or r.interviewers_elsewhere or held or status
        ):
            return text
        first, _, rest = text.partition("\n")
        what = "interview" if r.interview_date is not None else "application"
        typed = (
            f"Outcome {r.outcome}: typed on {r.outcome_copy}, a copy of this {what}; an "
            "outcome typed on either copy counts for both."
            if r.outcome_copy
            else ""
        )
        disagrees = f"Outcome {r.outcome}: {r.outcome_disagrees}." if r.outcome_disagrees else ""
        elsewhere = f"Interviewer: {r.interviewers_elsewhere}." if r.interviewers_elsewhere else ""
        lines = (first, status, held, typed, disagrees, elsewhere, rest)
        return "\n".join(line for line in lines if line)

    def calendar_words(self, r: WhyInputs) -> str:
        """'\nOn the IL calendar, Sun–Thu week.': the row's calendar, on a line of its own,
        when it is not the config's default or the default stands in for a Country cell no
        calendar fits; nothing for a row on the default calendar, or with no date counted."""
        counted = r.interview_date or r.applied_date
        if counted is None or r.same_interview_row:
            return ""
        last = max([counted, *(d for d in _DUES(r) if d is not None)])
        # A region's calendar works the day its Catholic towns keep (Bavaria's Assumption Day,
        # Saxony's and Thuringia's Corpus Christi): said when the row's count passed one, on
        # the default calendar too.
        worked = catholic_day_worked(str(r.country), counted, last)
        if r.calendar_note is None and worked is None:
            return ""
        calendar = self.calendars.get(str(r.country))
        week = weeks_between(calendar, counted, last)
        kept = PROVINCE_CALENDARS.get(str(r.country), ("", ""))[1]  # Waikato's: Auckland's
        assumption = (
            CATHOLIC_DAY_NOTES[str(r.country)].format(name=worked[0], day=day(worked[1]))
            if worked is not None
            else ""
        )
        notes = "; ".join(note for note in (r.calendar_note, kept, assumption) if note)
        why = f": {notes}" if notes else ""
        return f"\nOn the {calendar_title(str(r.country))} calendar{week}{why}."

    def row_alone(self, r: WhyInputs) -> str:
        """``row`` but for where the outcome was typed; a row to fix says so first."""
        text = self.row_as_read(r)
        # A settled row's answer stands; its Problems line changes nothing it sends.
        stands = r.settled or not r.needs_info or r.same_interview_row
        if stands or "(see Problems)" in text.split("\n")[0]:
            return text
        return to_fix(text)

    def row_as_read(self, r: WhyInputs) -> str:
        """``row_alone`` but for the line of a row to fix."""
        if r.same_interview_row:
            return self.same_interview(r)
        if r.interview_not_held and r.interview_date is not None:
            return not_held(r.interview_not_held, r.interview_date)
        # A row to fix without a readable interview date is not an application that a later
        # interview follows (its date, e.g. "31/02/2026", may be any round's): it says what to
        # fix (``without_interview``).
        if r.taken_over_by is not None and not (r.needs_info and r.interview_date is None):
            return self.taken_over(r)
        if r.interview_date is None:
            return self.without_interview(r)
        calendar = self.calendars.get(str(r.country))
        lines = {
            "thank_you": self.thank_you(r, r.interview_date),
            # A stated decision not read is said under the line it would have counted.
            "check_in_1": "\n".join(
                line
                for line in (self.check_in_1(r, r.interview_date, calendar), self.unread(r))
                if line
            ),
            "check_in_2": self.check_in_2(r, calendar),
            "final": self.final(r, calendar),
            **self.after_sequence(r, calendar),
        }
        nothing_due = lines.pop("none", "")
        key = r.action_as_read
        first = [lines.pop(key)] if key in lines else [nothing_due]
        moved = [lines.pop("moved_on")] if "moved_on" in lines else []
        applied = (
            [f"Applied {day(r.applied_date)}: the interview takes over from the application"]
            if r.applied_date is not None
            else [f"Applied {day(r.applied_ahead)}: {APPLIED_AHEAD}"]
            if r.applied_ahead is not None
            else []
        )
        read = f" ({r.status_date_read})" if r.status_date_read else ""
        earlier = (
            [
                f"Next round: the Status names one on {day(r.interview_date)}{read}, after the "
                f"interview on {day(r.earlier_interview)} in Interview Date: these follow-ups "
                "are that round's (scheduling it answered the earlier one)",
                self.greeted_in_status(r),
            ]
            if r.earlier_interview is not None
            else [f"Interview date: from the Status, {r.status_date_read}"]
            if r.status_date_read
            else []
        )
        return "\n".join(
            line
            for line in [*first, *moved, *self.skipped(r), *lines.values(), *earlier, *applied]
            if line
        )

    def same_interview(self, r: WhyInputs) -> str:
        """A row copied onto another sheet: the copy there carries the follow-ups. A row
        without an interview yet is a copy of the application (``rounds.same_interviews``)."""
        if r.interview_date is not None:
            same = f"the same interview (on {day(r.interview_date)})"
        elif r.applied_date is not None:
            same = f"the same application (applied {day(r.applied_date)})"
        else:  # no date read on either row ("TBD" twice): the same cells, pasted twice
            same = "the same cells"
        if not r.same_interview_sheet:  # a row pasted twice on its sheet
            return (
                f"Duplicate: {same} as row {r.same_interview_row}, which has its follow-ups; "
                "nothing is sent from this row. Type sent dates and the outcome there."
            )
        return (
            f"Duplicate: {same} as sheet "
            f"{r.same_interview_sheet}, row {r.same_interview_row}, which has its follow-ups; "
            "nothing is sent from this row. A sent date or an outcome typed on either row counts "
            "for both."
        )

    def taken_over(self, r: WhyInputs) -> str:
        """A row whose application has a later interview, which carries the follow-ups."""
        assert r.taken_over_by is not None
        later = f"the interview on {day(r.taken_over_by)}"
        place = f"row {r.taken_over_row}"
        if r.later_interview_sheet:
            place = f"sheet {r.later_interview_sheet}, {place}"
        if r.taken_over_row:
            later += f" ({place})"
        closed = r.application_outcome in CLOSED_WITH_OFFER | CLOSED_WITHOUT_OFFER
        moved_on = ""
        if r.application_moved_on is not None:
            there = (
                "there"
                if r.application_moved_on_row == r.taken_over_row
                else f"at row {r.application_moved_on_row}, its last round"
            )
            moved_on = f"the application has moved on {there}, since {day(r.application_moved_on)}"
        if r.interview_date is None:
            assert r.applied_date is not None
            follows = f"{later} follows this application (applied {day(r.applied_date)})"
            if closed:
                return (
                    f"Closed: {follows}, and the application's outcome there is "
                    f"{r.application_outcome}."
                )
            if moved_on:
                return f"Moved on: {follows}, and {moved_on}."
            return f"Waiting: {follows}; that row has the follow-ups."
        thanks = self.thank_you(r, r.interview_date)
        if closed and r.taken_over_by == r.interview_date:
            return (
                f"Closed: {place}, the same day's interview of this "
                f"application, says {r.application_outcome}; nothing more to send from this "
                f"row.\n{thanks}"
            )
        if closed:
            return (
                f"Closed: {later} is the next round, and the application's outcome there is "
                f"{r.application_outcome}; nothing more to send from this row.\n{thanks}"
            )
        if moved_on:
            return (
                f"Moved on: {later} is the next round, and {moved_on}; nothing more to send "
                f"from this row.\n{thanks}"
            )
        if r.action_as_read == "thank_you":
            return f"{thanks}\nThen nothing more from this row: {later} is the next round; " + (
                "that row has the check-ins."
            )
        if not r.thank_you_done:
            thanks += "; not sent, and too late for it now"
        return f"Waiting: {later} is the next round; that row has the follow-ups.\n{thanks}"

    def without_interview(self, r: WhyInputs) -> str:
        """A row without an interview date: an application, a saved posting, or a gap."""
        if r.outcome == NOT_APPLIED:
            return "Not applied: nothing to follow up until you apply."
        if r.outcome in CLOSED_WITH_OFFER:
            return f"Closed: the outcome is {r.outcome}; nothing more to send."
        if r.applied_date is None:
            if r.outcome in CLOSED_WITHOUT_OFFER and r.applied_ahead is not None:
                return (
                    f"Closed: the outcome is {r.outcome} (applied {day(r.applied_ahead)}: "
                    f"{APPLIED_AHEAD}); no interview, so no networking."
                )
            if r.outcome in CLOSED_WITHOUT_OFFER:
                no_networking = no_networking_because(r, "networking")
                return f"Closed: the outcome is {r.outcome}; {no_networking}."
            if r.applied_ahead is not None:
                return to_fix(f"Applied {day(r.applied_ahead)}: {APPLIED_AHEAD}.")
            # Opens as every other row to fix does (outside test ot87 F3).
            return to_fix("No dates: neither an interview date nor an applied date can be read.")
        applied = day(r.applied_date)
        if r.outcome in CLOSED_WITHOUT_OFFER:
            no_networking = no_networking_because(r, "networking check-in")
            return f"Closed: the outcome is {r.outcome} (applied {applied}); {no_networking}."
        if r.application_check_in_due is None:
            return (
                f"Applied {applied}, and the row says there was an interview: the interview "
                "date is needed for its follow-ups (see Problems)."
            )
        return "\n".join(self.application(r, applied))

    def application(self, r: WhyInputs, applied: str) -> list[str]:
        """The application check-in and what became of it, what matters now first."""
        due, raw = r.application_check_in_due, r.application_unwindowed
        assert due is not None and raw is not None
        calendar = self.calendars.get(str(r.country))
        sent = self.sent(r, "application_check_in")
        unmarked, marked = r.application_unmarked_on, r.application_marked_on
        if r.application_check_in_done and r.application_check_in_sent is None:
            # The day it moves on counts from here, and it may really have gone later (ot83 F4).
            how = (
                DONE_ELSEWHERE
                if "application_check_in" in r.sent_elsewhere.split()
                else "marked sent"
            )
            sent = (
                f"; {how} without a date, so counted as sent on its due date (write the "
                "day it went to count from that)"
            )
            if unmarked is not None and marked is not None and marked > due:
                sent = (
                    f"; marked sent between the runs of {day(unmarked)} (unmarked) and "
                    f"{day(marked)}: counted from {day(marked)}, the latest day it can have "
                    "gone (write the day it went to count from that)"
                )
        check_in = (
            "Application check-in: "
            + self.offsets(r, "application_check_in", r.application_bd, "bd")
            + f" after applying on {applied} → "
            + self.days_words(calendar, r.applied_date, raw)  # type: ignore[arg-type]
            + self.window(calendar, raw, due)
            + sent
        )
        # An undated check-in counts on its due date (``steps.counted_sent``).
        sent_on = r.application_check_in_sent or (due if r.application_check_in_done else None)
        reply, applied_on = r.last_reply, r.applied_date
        if reply and sent_on and applied_on and applied_on < reply <= sent_on:
            # The reply came first: the check-in is the last word, and its silence counts.
            check_in += f", after the employer's reply of {day(reply)}"
        since = r.moved_on_date
        if r.application_replied and r.moved_on and since is not None:
            assert r.last_reply is not None
            first = (
                f"Moved on: no news within {self.waited_after_reply()} of the employer's "
                f"reply of {day(r.last_reply)} (after the application), since {day(since)}; "
                "no networking check-in without an interview."
            )
        elif r.application_replied:
            assert r.last_reply is not None and since is not None
            first = (
                f"Waiting: the employer replied {day(r.last_reply)}, after the application; "
                f"nothing to chase; waiting for their news, moved on from {day(since)} "
                f"({self.waited_after_reply()} after the reply) if none comes."
            )
        elif r.moved_on and r.gone_quiet and since is not None:
            first = (
                f"Moved on: the application check-in went unsent "
                f"{amount(self.rules.stale_after_weeks, 'weeks')} past its due date, since "
                f"{day(since)}; "
                "no networking check-in without an interview."
            )
        elif r.moved_on and since is not None:
            first = (
                f"Moved on: no reply within {self.rules.moved_on_after_application_bd} bd of "
                f"the application check-in, since {day(since)}; no networking check-in "
                "without an interview."
            )
        elif r.application_check_in_done:
            ends = self.rules.moved_on_after_application_bd
            by = (
                f"by {day(since)} ({ends} bd after the check-in)"
                if since is not None
                else f"within {ends} bd of the check-in"
            )
            first = f"Waiting: nothing left to send; with no reply {by} the search has moved on."
        else:
            return [check_in]
        return [first, check_in]

    def thank_you(self, r: WhyInputs, interview: dt.date) -> str:
        kind = TYPE_WORDS.get(r.interview_type, "interview")
        due = r.thank_you_due
        assert due is not None
        if due == interview:
            text = f"Thank-you note: same day as the {kind} on {day(interview)}"
        else:
            text = f"Thank-you note: the day after the {kind} on {day(interview)} → {day(due)}"
        return text + self.sent(r, "thank_you")

    @staticmethod
    def unread(r: WhyInputs) -> str:
        """That the check-ins are counted as if no decision was stated, when the row states one
        no date was read from ("Q1": Problems says why); '' otherwise (ot149: nothing said)."""
        if r.decision is not None or not r.decision_written:
            return ""
        return (
            f'Stated decision: "{r.decision_written}" is not read (see Problems); the '
            "check-ins are counted as if none was stated"
        )

    def check_in_1(self, r: WhyInputs, interview: dt.date, calendar: CountryCalendar) -> str:
        due, raw, decision = r.check_in_1_due, r.check_in_1_unwindowed, r.decision
        assert due is not None and raw is not None
        if self.restarted_by_reply(r, "check_in_1"):
            return "1st check-in: " + self.reply_words(r, calendar) + self.sent(r, "check_in_1")
        k = self._after_decision_bd
        if decision is not None:
            # Counted from the interview when that is later: the holidays named are the ones
            # on the way from the day actually counted from.
            start = decision if self.end(calendar, decision, k) == raw else interview
            if decision < interview:  # likely a typo, said in Problems (ot93 F1)
                never = f", before the interview: {k} bd after the interview on {day(interview)}"
            else:
                never = f" (never before {k} bd after the interview)"
            text = (
                f"1st check-in: {k} bd after {self.stated(r, decision, calendar)}{never} → "
                f"{self.days_words(calendar, start, raw)}"
            )
        else:
            text = (
                "1st check-in: "
                + self.offsets(r, "check_in_1", r.check_in_1_bd, "bd")
                + f" after {day(interview)} → {self.days_words(calendar, interview, raw)}"
            )
        return text + self.window(calendar, raw, due) + self.sent(r, "check_in_1")

    def check_in_2(self, r: WhyInputs, calendar: CountryCalendar) -> str:
        due = r.check_in_2_due
        assert due is not None
        if self.restarted_by_reply(r, "check_in_2"):
            return "2nd check-in: " + self.reply_words(r, calendar) + self.sent(r, "check_in_2")
        base, how = self.base_of(r, "check_in_1")
        n = r.check_in_2_bd
        end = self.end(calendar, base, n)
        return (
            "2nd check-in: "
            + self.offsets(r, "check_in_2", n, "bd")
            + f" after the 1st check-in ({how} {day(base)}) → "
            + self.days_words(calendar, base, end)
            + self.window(calendar, end, due)
            + self.sent(r, "check_in_2")
        )

    def final(self, r: WhyInputs, calendar: CountryCalendar) -> str:
        due = r.final_due
        assert due is not None
        if self.restarted_by_reply(r, "final"):
            return "Final follow-up: " + self.reply_words(r, calendar) + self.sent(r, "final")
        by_weeks, by_chain = r.final_by_weeks, r.final_by_chain
        assert by_weeks is not None and by_chain is not None and r.interview_date is not None
        weeks_text = self.offsets(r, "final_weeks", r.final_weeks, "weeks")
        # The weeks land on any day: the Why shows that day, and names what rolled it on.
        weeks_day = r.interview_date + dt.timedelta(weeks=r.final_weeks)
        base, how = self.base_of(r, "check_in_2")
        gap = self._final_gap_bd
        later = max(by_weeks, by_chain)
        # The bd count names the holidays it skipped, as the other steps' counts do.
        chain = self.days_words(calendar, base, by_chain, bracketed=True)
        # The weeks' day rolled on is said where it is weighed, unless the arrow at the end
        # rolls it: 'Fri 2027-03-26' alone would offer Good Friday as a due date.
        weeks = f"({day(weeks_day)})"
        if by_weeks != weeks_day and by_chain >= weeks_day:
            rolled = self.days_words(
                calendar, weeks_day - dt.timedelta(days=1), by_weeks, bracketed=True
            )
            weeks = f"({day(weeks_day)} → {rolled[1:]}"
        return (
            f"Final follow-up: the later of {weeks_text} after the interview "
            f"{weeks} and {gap} bd after the 2nd check-in, {how} {day(base)} "
            f"{chain} → {self.rolled(calendar, max(weeks_day, by_chain), later)}"
            + self.window(calendar, later, due)
            + self.sent(r, "final")
        )

    def after_sequence(self, r: WhyInputs, calendar: CountryCalendar) -> dict[str, str]:
        """Moved on, networking, and what "—" means for this row (key "none")."""
        lines = {}
        moved_on_date = r.moved_on_date
        if r.moved_on and r.gone_quiet and moved_on_date is not None:
            lines["moved_on"] = (
                f"Moved on: the final follow-up went unsent "
                f"{amount(self.rules.stale_after_weeks, 'weeks')} past its due date, since "
                f"{day(moved_on_date)}"
            )
        elif r.moved_on and r.final_answered and moved_on_date is not None:
            assert r.last_reply is not None
            lines["moved_on"] = (
                f"Moved on: no news within {self.waited_after_reply()} of the employer's "
                f"reply of {day(r.last_reply)} (after the final follow-up), since "
                f"{day(moved_on_date)}"
            )
        elif r.moved_on and moved_on_date is not None:
            lines["moved_on"] = (
                f"Moved on: no reply within {self.rules.moved_on_bd} bd of "
                f"the final follow-up, since {day(moved_on_date)}"
            )
        if r.networking_due is not None and r.networking_from is not None:
            weeks = self.rules.networking_weeks
            weeks_day = r.networking_from + dt.timedelta(weeks=weeks)
            landed = "" if weeks_day == r.networking_due else f"{day(weeks_day)} → "
            lines["networking"] = (
                f"Networking check-in: {amount(weeks, 'weeks')} after {day(r.networking_from)}"
                + self.undated_close(r)
                + self.close_in_status(r)
                + " → "
                + landed
                + self.rolled(calendar, weeks_day, r.networking_due)
                + self.closed_without_offer(r)
            )
        if r.outcome in CLOSED_WITH_OFFER:
            lines["none"] = f"Closed: the outcome is {r.outcome}; nothing more to send."
        elif r.networking_quiet and r.networking_due is not None:
            weeks = self.rules.stale_after_weeks
            dropped = r.networking_due + dt.timedelta(weeks=weeks)
            lines["none"] = (
                f"Nothing more to send: the networking check-in due {day(r.networking_due)} "
                f"went unsent {amount(weeks, 'weeks')} past it, dropped since {day(dropped)}."
            )
        elif r.outcome in CLOSED_WITHOUT_OFFER:
            lines["none"] = (
                f"Closed: the outcome is {r.outcome}; networking check-ins are turned off in "
                "the rules."
            )
        elif r.moved_on and r.networking_due is None and "moved_on" in lines:
            # The first line's word is the status cell's (ot46 F2): "Moved on", not "Closed".
            lines["none"] = (
                lines.pop("moved_on") + "; nothing more to send: networking check-ins are "
                "turned off in the rules."
            )
        elif r.moved_on:
            lines["none"] = "Moved on: networking check-ins are turned off in the rules."
        elif r.final_answered and moved_on_date is not None:
            assert r.last_reply is not None
            lines["none"] = (
                f"Waiting: the employer replied on {day(r.last_reply)}, after the final "
                "follow-up: nothing left to send; waiting for their news, moved on from "
                f"{day(moved_on_date)} ({self.waited_after_reply()} after the reply) if none "
                "comes."
            )
        elif moved_on_date is not None:
            lines["none"] = (
                f"Waiting: nothing left to send; with no reply by "
                f"{day(moved_on_date)} the search has moved on."
            )
        else:
            lines["none"] = "Waiting: nothing left to send until the employer replies."
        return lines

    def waited_after_reply(self) -> str:
        """'8 weeks': how long a row whose final follow-up or application was answered waits
        for news before it moves on (``steps.moved_on_date``, ``phases.application_check_in``),
        as long as an unsent message goes quiet in."""
        return amount(self.rules.stale_after_weeks, "weeks")

    def skipped(self, r: WhyInputs) -> list[str]:
        # A row closed with an offer sends nothing more: its Why says so, not what was skipped
        # on the way (ot93 F6).
        if not r.skipped or r.action_as_read == "networking" or r.outcome in CLOSED_WITH_OFFER:
            return []
        lines = []
        passed = [name for i, name in enumerate(SEQUENCE) if r.skipped & (1 << i)]
        if r.thank_you_too_late and r.thank_you_due is not None:
            passed.remove("thank_you")
            lines.append(
                f"Skipped: {ACTION_LABELS['thank_you']} (unsent "
                f"{amount(self.rules.thank_you_skip_after_days, 'days')} after its due date "
                f"{day(r.thank_you_due)}: too late to thank them for the interview)"
            )
        # A reply that counts, after a message's due date, passes it over on its own: no
        # thanks for an interview once they answered it (ot139 F3: said to be "a later step
        # is already due or sent" the day after, when neither was).
        answered = [name for name in passed if self.answered_before_sent(r, name)]
        if answered:
            assert r.last_reply is not None
            names = ", ".join(ACTION_LABELS[name] for name in answered)
            lines.append(f"Skipped: {names} (the employer replied on {day(r.last_reply)})")
        passed = [name for name in passed if name not in answered]
        if passed:
            names = ", ".join(ACTION_LABELS[name] for name in passed)
            lines.append(f"Skipped: {names} (a later step is already due or sent)")
        return lines

    @staticmethod
    def answered_before_sent(r: WhyInputs, name: str) -> bool:
        """Whether the employer's reply that counts came after ``name`` was due, which passes
        it over (``status.next_in_sequence``'s ``replied_on``)."""
        due: dt.date | None = _DUE_OF[name](r)
        return r.replied and r.last_reply is not None and due is not None and r.last_reply > due

    # Helpers -----------------------------------------------------------------------------
    def offsets(self, r: WhyInputs, rule: str, n: int, unit: str) -> str:
        """``offset_words`` of the rule table's ``rule`` (``check_in_1``...), once per terms.
        The first check-in of an interview or an application names an unrecognised industry."""
        terms = (n, r.industry_class, r.industry or "", r.seniority, r.stage, unit)
        written = r.seniority_written if isinstance(r.seniority_written, str) else ""
        key = (rule, *terms, written)
        text = self._offset_words.get(key)
        if text is None:
            first = rule in FIRST_CHECK_INS
            text = offset_words(
                self._offsets[rule], *terms, name_unmatched=first, seniority_written=written
            )
            self._offset_words[key] = text
        return text

    @staticmethod
    def base_of(r: WhyInputs, name: str) -> tuple[dt.date, str]:
        """What the next message counts from: the sent date, else the due date."""
        sent, marked = _SENT_AND_DONE[name](r)
        if sent is not None:
            return sent, "sent"
        due: dt.date | None = _DUE_OF[name](r)
        assert due is not None
        return due, ("marked sent, counted on its due date" if marked else "due")

    @staticmethod
    def restarted_by_reply(r: WhyInputs, name: str) -> bool:
        if not r.replied:
            return False
        pending = next((n for n in SEQUENCE[1:] if not getattr(r, f"{n}_done")), None)
        return pending == name

    def reply_words(self, r: WhyInputs, calendar: CountryCalendar) -> str:
        reply, due, decision = r.last_reply, r.reply_due, r.decision
        assert reply is not None and due is not None
        k = self._after_decision_bd
        if decision is not None and decision > reply:
            end = self.end(calendar, decision, k)
            return (
                f"the employer replied {day(reply)}; {k} bd after "
                f"{self.stated(r, decision, calendar)} → {self.days_words(calendar, decision, end)}"
                + self.window(calendar, end, due)
            )
        n = r.check_in_1_bd
        end = self.end(calendar, reply, n)
        return (
            f"the employer replied {day(reply)}, so the clock restarts: {n} bd after the "
            f"reply → {self.days_words(calendar, reply, end)}" + self.window(calendar, end, due)
        )

    @staticmethod
    def closed_without_offer(r: WhyInputs) -> str:
        """What the networking line of a row closed without an offer adds (ot108 F12): it is
        closed, and the check-in lines below are its history, not messages still to send."""
        if r.outcome not in CLOSED_WITHOUT_OFFER:
            return ""
        return f"; closed: the outcome is {r.outcome}, only this message is left"

    @staticmethod
    def greeted_in_status(r: WhyInputs) -> str:
        """Whom a next round's drafts greet when its Status names them ("Onsite 11/24 with
        Carla"), not the Interviewer cell's people; '' when it names nobody."""
        if not r.greeted_in_status:
            return ""
        return (
            f"Greeting: {r.greeted_in_status}, whom the Status names for this round; the "
            "Interviewer cell's people were at the earlier interview, and their addresses are "
            "not used"
        )

    @staticmethod
    def close_in_status(r: WhyInputs) -> str:
        """Whether the networking check-in counts from the day the Status says the row
        closed ("Rejected 11/19"): ' (the day the Status says it was rejected)', else ''."""
        if r.moved_on or r.closed_in_status is None or r.closed_in_status != r.networking_from:
            return ""
        return f" (the day the Status says it was {r.outcome})"

    @staticmethod
    def undated_close(r: WhyInputs) -> str:
        """Which message marked sent without a date gave a closed row's networking check-in
        its day (DESIGN: it counts as sent on its due date); '' when a dated cell did."""
        if r.moved_on:
            return ""
        for name in reversed(SEQUENCE):
            due = getattr(r, f"{name}_due")
            undated = getattr(r, f"{name}_done") and getattr(r, f"{name}_sent") is None
            if undated and due == r.networking_from:
                label = ACTION_LABELS[name].lower()
                return f" (the {label}, marked sent without a date, counts on its due date)"
        return ""

    @staticmethod
    def sent(r: WhyInputs, name: str) -> str:
        sent, done = _SENT_AND_DONE[name](r)
        in_status = r.sent_in_status.split()
        if sent is not None:
            if r.followed_up_as >= 0 and SEQUENCE[r.followed_up_as] == name:
                said = f", {SENT_IN_STATUS}" if "application_check_in" in in_status else ""
                return f"; sent {day(sent)} ({UNNAMED_SENT}{said})"
            if name in r.sent_elsewhere.split():
                return f"; {DONE_ELSEWHERE_ON.format(day=day(sent))}"
            return f"; sent {day(sent)}" + (f" ({SENT_IN_STATUS})" if name in in_status else "")
        if r.sent_ahead and name in r.sent_ahead.split():
            return f"; {SENT_AHEAD}"
        if name in r.earlier_round_marks.split() and r.earlier_interview is not None:
            return f"; {EARLIER_ROUND_MARK.format(day=day(r.earlier_interview))}"
        if done and name in r.sent_elsewhere.split():
            return f"; {DONE_ELSEWHERE}"
        if done and name in in_status:
            return f"; marked sent, {SENT_IN_STATUS} (no date written)"
        return "; marked sent" if done else ""


# A step its cell says was done another way, undated ("thanked on LinkedIn", "left voicemail").
DONE_ELSEWHERE = "marked done another way (a call, an email or a message, as its cell says)"
# ... dated ("emailed recruiter 3/2").
DONE_ELSEWHERE_ON = "done another way on {day} (a call, an email or a message, as its cell says)"
# A step the Status cell says was sent (``sent_in_status``: "Thank you sent 11/17").
SENT_IN_STATUS = "as the Status says"
# A sent date after the run's date (``sent_ahead``): not counted as sent; the row needs info.
SENT_AHEAD = "its sent date is after the date of this run, in the future: not counted as sent"
# A Date Applied after the run's date (``applied_ahead``), refused: said where a date is read.
APPLIED_AHEAD = (
    "after the date of this run, in the future (see Problems), so nothing is counted from it"
)
# A step marked sent without a date on a row whose Status names the next round
# (``earlier_round_marks``): the mark is the earlier interview's, not this round's.
EARLIER_ROUND_MARK = (
    "marked sent without a date, taken for the interview on {day} in Interview Date (a mark "
    "made before this round): not counted for this round; write the day this round's went to "
    "count it"
)
# A follow-up's date in a column that names no message (``followed_up``).
UNNAMED_SENT = "a follow-up, not named which: the message due that day"


def to_fix(text: str) -> str:
    """The Why of a row that needs info (DESIGN section 3): it sends nothing until the value
    Problems names is fixed, so its next action is "—" and it has no draft; the dates of its
    steps, when it has any, are explained below as the row reads now."""
    first = "Needs info: nothing is due or drafted from this row until it is fixed (see Problems)"
    if not text:
        return first + "."
    return f"{first}; as it reads now:\n{text}"


def calendar_end(calendar: CountryCalendar, start: dt.date, n: int) -> dt.date:
    """n business days after start, for one row (counted as the rules count)."""
    return calendar.after(start, n)


def explain(schedule: Schedule) -> pd.Series:
    """The Why text of every row of a schedule (``Schedule.explain``), indexed like its frame.

    Each distinct ``WhyInputs`` is explained once, and its text shared by the rows alike.
    """
    explainer = Explainer(schedule.rules, schedule.calendars)
    texts: dict[tuple[object, ...], str] = {}
    out = []
    for key in zip(*input_columns(schedule), strict=True):
        text = texts.get(key)
        if text is None:
            text = texts[key] = explainer.row(WhyInputs._make(as_written(key)))
        out.append(text)
    return pd.Series(out, index=schedule.frame.index, dtype=object)


# The frame's text columns the Why reads, by place in WhyInputs, and what a blank one holds.
TEXT_INPUTS = tuple(
    (at, name, "" if name in BLANK_IS_EMPTY else BLANK_WORDS.get(name, ""))
    for at, name in enumerate(ROW_INPUTS)
    if name in TEXT_COLUMNS
)


def as_written(key: tuple[object, ...]) -> tuple[object, ...]:
    """One distinct row's inputs with its text as ``normalise_rows`` writes it: a missing value
    (NaN, <NA>: a merge or ``.where`` on a frame of Python objects, which ``schedule_rows``
    takes as it is) is blank. Raises ``NotNormalised`` naming a text column that holds
    something else (a number)."""
    fixed: list[object] | None = None
    for at, name, blank in TEXT_INPUTS:
        value = key[at]
        if isinstance(value, str) or (value is None and name == "calendar_note"):
            continue
        if value is not None and not pd.isna(value):  # type: ignore[call-overload]
            from followup_batch.errors import NotNormalised
            from followup_batch.schedule.rows import NOT_NORMALISED

            kind = type(value.item() if isinstance(value, np.generic) else value).__name__
            raise NotNormalised(
                NOT_NORMALISED.format(
                    what=f"its column {name} holds {kind} values such as {value!r}, not text"
                )
            )
        fixed = fixed or list(key)
        fixed[at] = None if name == "calendar_note" else blank
    return key if fixed is None else tuple(fixed)


def input_columns(schedule: Schedule) -> list[list[object]]:
    """Each field of ``WhyInputs`` as a plain list over the rows, dates as ``datetime.date``
    or None (converted once per column: boxing a Timestamp per cell cost most of the time on
    big trackers)."""
    details = {
        f.name: getattr(schedule.details, f.name) for f in dataclasses.fields(schedule.details)
    }
    columns = []
    for name in WhyInputs._fields:
        if name in OPTIONAL_ROW_INPUTS and name not in schedule.frame:  # a frame made before
            values = np.full(len(schedule.frame), OPTIONAL_ROW_INPUTS[name], dtype=object)
        elif name in ROW_INPUTS:
            values = _array(schedule.frame[name])
        elif name in details:
            values = details[name]
        else:
            values = _array(schedule.result[name])
        if values.dtype.kind == "M":
            values = values.astype("datetime64[D]").astype(object)  # NaT becomes None
        columns.append(values.tolist())
    return columns


def _array(column: pd.Series) -> np.ndarray:
    """The column as a numpy array: a date column's own (``to_numpy`` takes ten times as long
    on one), other kinds as ``to_numpy`` gives them."""
    if isinstance(column.dtype, np.dtype):
        return np.asarray(column.values)
    return column.to_numpy()
