"""A row's dates: the interview (or a wide tracker's latest stage), the application, the sends,
the replies and the stated decision, with years filled in for dates written without one.

A date without a year takes the year that puts it nearest the same row's other dated cells
(``27-Oct`` beside ``10/29/2020`` is 2020-10-27); a row without any takes it from the
neighbouring rows: just before the next dated row's date in a column kept oldest first, just
after it in one kept newest first, nearest it in an unsorted one, else nearest the last dated
row above. A tracker records what happened: a year-less date so placed after the run's date (an
interview: more than half a year after it) while its neighbour is not takes the day's last
occurrence before the run when that is recent; one placed more than half a year before both the
run and the column's newest full date, while no dated rows either side settle that year, takes
the day nearest that newest date when it is not after the run, so an unchanged file reads the
same on every run (``within_the_run``); a date still a year from its neighbour
is said to be a guess. Each inferred year is said in the row's problems. A weekday written
with it ("Sun 1 March") must fit the year: else the nearest year it fits, else the cell is
reported as a contradiction (``year_with_weekday``).

The work is done on numpy arrays aligned with the tracker's rows: a tracker is often 50 rows,
where each pandas call (a Series, a .where, a comparison) costs more than the work it does.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import NamedTuple

import numpy as np
import pandas as pd

from followup_batch.normalise import (
    calendar_places,
    date_columns,
    dates,
    holiday_phrases,
    timeline_words,
    timelines,
)
from followup_batch.normalise.cells import Cells, Problems, distinct, each_distinct, shown
from followup_batch.normalise.vocabularies import (
    ARROWS,
    CANCELLED_NEW_DAY_TO_COME,
    NO_SHOW,
    TICK_MARKS,
    VOCABULARIES,
    another_way_note,
    asks,
    done_another_way,
    match_vocabulary,
    read_mark,
    read_sent_mark,
    says_not_applicable,
    stage_type,
    yes_mark_note,
)
from followup_batch.read import RawTable
from followup_batch.read.stage_headers import STAGE_ORDER

YES_MARK_EXAMPLES = "yes, x, ✓, sent, done"
# A sent cell the tool cannot read says nothing sent: the row's problems say so, as the message
# is then proposed again.
NOT_A_SENT_MARK = (
    f"{dates.NOT_A_DATE} or a yes-mark ({YES_MARK_EXAMPLES}), so it is read as not sent"
)
TIMELINE_EXAMPLES = '"Friday", "next week", "in 2 weeks", "within 5 business days", "early January"'
# "n/a" in a sent column: read as not sent, the message proposed, and how to stop it.
NOT_APPLICABLE_SENT = (
    "is read as not sent, so the message is still proposed: if you will not send it, write "
    "done (or x) to stop it; leave the cell blank while it is still to send"
)
NAT = np.datetime64("NaT", "ns")
AFTER_HOLIDAYS_OUT_OF_SEASON = (
    "is read only after an interview in November or December (as early January, the 10th): "
    'write the date or month they gave, or the holiday ("after Labour Day")'
)
NOT_A_DATE_OR_PHRASE = f"{dates.NOT_A_DATE} or a timeline phrase (e.g. {TIMELINE_EXAMPLES})"

# "KW 53" where the years around the interview have 52 weeks.
NO_SUCH_WEEK = "names a week 53, which that year does not have: write the date they gave"


def row_anchor(columns: Iterable[np.ndarray | pd.Series], length: int) -> np.ndarray:
    """Per row, the latest of these full dates (NaT where the row has none)."""
    # NaT is the smallest int64, so the plain maximum of the int64 view passes over it.
    stacked = [np.asarray(c, dtype="datetime64[ns]").view("int64") for c in columns if len(c)]
    if not stacked:
        return np.full(length, NAT)
    return np.max(stacked, axis=0).view("datetime64[ns]")


# How far after the run's date a year-less date may be placed: an application, a message or a
# reply has happened (not at all); an interview may be booked ahead, not the better part of a
# year. A year earlier is "recent" within the same half year before the run.
PAST = dt.timedelta(0)
INTERVIEW_AHEAD = dt.timedelta(days=183)
RECENT = dt.timedelta(days=183)
A_YEAR = dt.timedelta(days=366)  # a year-less date further from its anchor is no guess


def years_from_row_or_neighbours(
    parsed: date_columns.DateColumn,
    same_row: np.ndarray,
    as_of: dt.date | None = None,
    ahead: dt.timedelta = PAST,
) -> tuple[np.ndarray, np.ndarray]:
    """Dates, year-less ones placed nearest ``same_row`` (the row's other full dates), else
    by the next dated row's date as the column is sorted (``column_order``), else nearest the
    last dated row above; kept within the run (``within_the_run``): never more than ``ahead``
    after ``as_of``, nor more than half a year before it and the column's newest full date
    unless the row's own dates or the dated rows either side in a sorted column settle that
    year, when the day nearest that newest date is not after the run.

    Returns (dates, reasons) as new arrays aligned with the column.
    """
    values = parsed.date_values.copy()
    reasons = parsed.problem_values.copy()
    pending = parsed.year_less()
    if not len(pending):  # the usual column: every date has its year
        return values, reasons
    following = parsed.dates.bfill().to_numpy()
    preceding = parsed.dates.ffill().to_numpy()
    order = column_order(parsed.date_values)
    full = parsed.date_values[~np.isnat(parsed.date_values)]
    newest = pd.Timestamp(full.max()).date() if len(full) else None
    for i in pending:
        month_day = parsed.month_day_values[i]
        above = None if np.isnat(preceding[i]) else pd.Timestamp(preceding[i]).date()
        settled = False  # the row's own dates, or dated rows either side in a sorted column
        if not np.isnat(same_row[i]):
            anchor = pd.Timestamp(same_row[i]).date()
            inferred = dates.infer_year(month_day, anchor)
            how = f"nearest the same row's {anchor:%Y-%m-%d}"
            settled = True
        elif not np.isnat(following[i]) and order == NEWEST_FIRST:
            anchor = pd.Timestamp(following[i]).date()
            inferred = dates.earliest_on_or_after(month_day, anchor)
            how = (
                f"{how_far(inferred, anchor, 'after')} the next dated row's "
                f"{anchor:%Y-%m-%d}, newest first"
            )
            settled = between(anchor, inferred, above)
        elif not np.isnat(following[i]) and order == OLDEST_FIRST:
            anchor = pd.Timestamp(following[i]).date()
            inferred = dates.latest_on_or_before(month_day, anchor)
            how = f"{how_far(inferred, anchor, 'before')} the next dated row's {anchor:%Y-%m-%d}"
            settled = between(above, inferred, anchor)
        elif not np.isnat(following[i]):
            anchor = pd.Timestamp(following[i]).date()
            inferred = dates.infer_year(month_day, anchor)
            how = f"nearest the next dated row's {anchor:%Y-%m-%d}"
        elif above is not None:
            anchor = above
            inferred = dates.infer_year(month_day, anchor)
            how = f"nearest the last dated row's {anchor:%Y-%m-%d}"
        else:
            continue
        placed, reasons[i] = placed_year(
            month_day,
            parsed.weekday_values[i],
            inferred,
            anchor,
            how,
            as_of,
            ahead,
            settled,
            newest,
        )
        values[i] = np.datetime64(placed, "ns") if placed is not None else NAT
    return values, reasons


def how_far(day: dt.date | None, anchor: dt.date, side: str) -> str:
    """'just before', '3 months before', 'almost a year after': how far a year-less date placed
    on ``side`` of its neighbour's ``anchor`` fell from it, by the real distance (2026-03-26 is
    not "just before" 2027-03-17). ``day`` None (no such day within a year) is said otherwise."""
    gap = abs((anchor - day).days) if day is not None else 0
    months = round(gap / 30.44)
    if gap <= 31:
        return f"just {side}"
    if months >= 11:
        return f"almost a year {side}"
    return f"{'a month' if months == 1 else f'{months} months'} {side}"


def between(earlier: dt.date | None, day: dt.date | None, later: dt.date | None) -> bool:
    """True when ``day`` lies between the dated rows either side of it in a sorted column:
    their order, not a guess, gives its year."""
    if earlier is None or day is None or later is None:
        return False
    return earlier <= day <= later


def within_the_run(
    month_day: tuple[int, int],
    inferred: dt.date,
    anchor: dt.date,
    as_of: dt.date | None,
    ahead: dt.timedelta,
    settled: bool,
    newest: dt.date | None = None,
) -> int | None:
    """The year of the day's last occurrence on or before ``as_of`` when that is recent
    (``RECENT``) and the year-less date was placed more than ``ahead`` after the run's date by
    an ``anchor`` not after it: "2 March" run on 2026-03-30 is 2026-03-02, neither 2027's nor
    2025's; "Feb 29" run on 2029-03-01 is of 2029, which has none. Else, when it was placed
    more than ``RECENT`` before the run and before the column's ``newest`` full date by
    neighbours that do not settle the year (``settled``: the row's own dates, or dated rows
    either side in a sorted column), the year of the day nearest that newest date if not
    after the run (``_nearest_the_newest``). Else None (the placement stands)."""
    if as_of is None:
        return None
    if inferred > as_of + ahead and anchor <= as_of:
        month, day = month_day
        year = as_of.year if (month, day) <= (as_of.month, as_of.day) else as_of.year - 1
        # Where the day falls that year (29 February of a common year where 1 March is).
        last = dt.date(year, month, 1) + dt.timedelta(days=day - 1)
        if last >= as_of - RECENT:
            return year
    return _nearest_the_newest(month_day, inferred, as_of, ahead, settled, newest)


def _nearest_the_newest(
    month_day: tuple[int, int],
    inferred: dt.date,
    as_of: dt.date,
    ahead: dt.timedelta,
    settled: bool,
    newest: dt.date | None,
) -> int | None:
    """``within_the_run`` of a year-less date placed more than half a year before both the run
    and the column's ``newest`` full date, or more than half a year after that newest date (a
    column kept newest first places "Dec 29" just after its 2026-01-02), by neighbours that do
    not settle the year: the year of the same day nearest that newest date, when that is not
    after the run (for an interview, not more than ``ahead`` after it: "Onsite 11/24" above a
    row of 2026-11-18, run on 2026-11-20, is next Tuesday's, not 2025-11-24, ot111 F9). The
    file's own newest date, not the run's, says how recent the tracker is, so an unchanged
    file reads the same on every run (ot102 F2: "3 Mar" beside one row of 2027-03-01 was
    2027-03-03 until a run in March 2028 read it 2028-03-03, and 2027-03-03 again from
    September 2028)."""
    if settled or newest is None:
        return None
    before = inferred < min(as_of, newest) - RECENT
    if not (before or inferred > newest + RECENT):
        return None
    month, day = month_day
    # Where the day falls each year (29 February of a common year where 1 March is, so that
    # such a year is said to have none).
    near = [
        dt.date(y, month, 1) + dt.timedelta(days=day - 1)
        for y in range(newest.year - 1, newest.year + 2)
    ]
    nearest = min(near, key=lambda d: abs(d - newest))
    if nearest.year == inferred.year or nearest > as_of + ahead:
        return None
    return nearest.year


def a_guess(
    month_day: tuple[int, int], anchor: dt.date, as_of: dt.date | None, ahead: dt.timedelta
) -> str:
    """Why a year-less date placed a year from its neighbour's ``anchor`` is a guess: the
    same day near that neighbour is after the run (a typo is likely), or the column's order
    put it there."""
    nearer = dates.infer_year(month_day, anchor)
    if as_of is not None and nearer is not None and nearer > as_of + ahead:
        beyond = "more than half a year after" if ahead else "after"
        return (
            f"a guess, as {nearer:%Y-%m-%d} is {beyond} {as_of:%a %Y-%m-%d}, the date of this "
            "run: write the year"
        )
    return f"a guess, a year from {anchor:%Y-%m-%d}: write the year"


def placed_year(
    month_day: tuple[int, int],
    weekday: int | None,
    inferred: dt.date | None,
    anchor: dt.date,
    how: str,
    as_of: dt.date | None,
    ahead: dt.timedelta,
    settled: bool = True,
    newest: dt.date | None = None,
) -> tuple[dt.date | None, str]:
    """A year-less date placed in the ``inferred`` year (``how`` says by what, ``anchor`` is
    that date; ``settled``: by the row's own dates or dated rows either side), kept within the
    run (``within_the_run``; ``newest``: the column's newest full date), said to be a guess
    when still a year from ``anchor`` and no weekday says so, and fitted to its weekday
    (``year_with_weekday``); and the reason that says so. None when the year it belongs to
    has no such day (29 February) or weekday."""
    if inferred is None or abs(inferred - anchor) > A_YEAR:
        day = dt.date(2000, *month_day)  # a leap year: every month and day is in it
        return None, (
            f"{dates.NOT_A_DATE} (it has no year, and no {day.day} {day:%B} is within a year of "
            f"{anchor:%Y-%m-%d}: write the year)"
        )
    year = within_the_run(month_day, inferred, anchor, as_of, ahead, settled, newest)
    if year is not None:
        assert as_of is not None  # for mypy: within_the_run needs it
        if inferred > as_of + ahead:
            after = "more than half a year after" if ahead else "after"
            beyond = f"{after} {as_of:%a %Y-%m-%d}, the date of this run"
        else:
            side = "after" if newest is not None and inferred > newest else "before"
            beyond = f"more than half a year {side} {newest:%Y-%m-%d}, this column's newest date"
        how = f"{inferred:%Y-%m-%d}, {how}, is {beyond}"
        if month_day == (2, 29) and not calendar.isleap(year):
            no_leap_day = f"{year} has no 29 February: write the year"
            return None, f"{dates.NOT_A_DATE} (it has no year: {how}, and {no_leap_day})"
        inferred = dt.date(year, *month_day)
    elif not settled and abs(inferred - anchor) > RECENT and weekday in (None, inferred.weekday()):
        how = f"{how}; {a_guess(month_day, anchor, as_of, ahead)}"
    return year_with_weekday(month_day, weekday, inferred, anchor, how)


def year_with_weekday(
    month_day: tuple[int, int], weekday: int | None, inferred: dt.date, near: dt.date, how: str
) -> tuple[dt.date | None, str]:
    """A year-less date placed in the ``inferred`` year (``how`` says by what, ``near`` is
    that date) and the reason that says so; when the cell names a weekday that year must fit
    it (``dates.weekday_fits``), else the date is None and the reason names the contradiction.
    """
    read_as = f"{dates.NO_YEAR}; read as {{:%Y-%m-%d}}"
    if weekday is None:
        return inferred, f"{read_as.format(inferred)} ({how})"
    placed = dates.weekday_fits(month_day, weekday, inferred, near)
    if placed == inferred:
        return inferred, f"{read_as.format(inferred)} ({how})"
    if placed is not None:
        return placed, (
            f"{read_as.format(placed)}, a {placed:%A} as it says ({inferred:%Y-%m-%d}, {how}, "
            f"is a {inferred:%A})"
        )
    nearest = dates.infer_year(month_day, near)
    also = f", and {nearest:%Y-%m-%d} a {nearest:%A}" if nearest not in (None, inferred) else ""
    return None, (
        f"{dates.NOT_A_DATE} (it has no year; {inferred:%Y-%m-%d}, {how}, is a {inferred:%A}{also})"
    )


NEWEST_FIRST = "newest first"
OLDEST_FIRST = "oldest first"
# A column is sorted when at least this share of the steps between its consecutive dates go
# one way: a tracker kept newest first with a row slipped in, not an unsorted one whose few
# full dates happen to step down more often than up (3/19, 3/24, 3/9, 2/23).
SORTED_SHARE = 0.8


def column_order(values: np.ndarray) -> str | None:
    """``NEWEST_FIRST`` when the column's dates run from newest to oldest down the rows (new
    applications added at the top), ``OLDEST_FIRST`` the other way or when nothing says (the
    usual tracker: one dated row), None when unsorted."""
    dated = values[~np.isnat(values)]
    steps = np.diff(dated.astype("int64"))
    down, up = int((steps < 0).sum()), int((steps > 0).sum())
    if down and down >= SORTED_SHARE * (down + up):
        return NEWEST_FIRST
    if up >= SORTED_SHARE * (down + up):
        return OLDEST_FIRST
    return None


_MONTH_WORDS = "|".join(sorted(dates.MONTHS, key=len, reverse=True))
_WEEKDAY_WORDS = "|".join(sorted(dates.WEEKDAYS, key=len, reverse=True))
# A date written after a stage word ("Phone screen 1/20", "Onsite 2027-02-03", "Final round
# Jan 28", "Gesprek 24-11-2026", "Onsite 18th Nov"): numbers with a year, or a month name, or
# a month and a day with a slash ("Onsite 11/24", "Onsite 12/2": ``_small_pair``). A dotted
# pair without a year ("Interview 10.15") may be a time: not read, but German's closing dot
# marks a date ("Vorstellungsgespräch 24.11.", ot111 F8). A weekday written before it is kept
# with it ("Onsite Tue 05/01/2027"): it settles an order the tracker leaves open.
_DATE_IN_STAGE = re.compile(
    r"(?<![\w/.-])("
    rf"(?:(?:{_WEEKDAY_WORDS})\.?,?\s)?(?:"
    r"\d{4}-\d{1,2}-\d{1,2}"
    # Taiwan's Minguo year first ("Interview 116/02/01"), read on Taiwanese rows only
    # (``date_columns.with_local_eras``).
    r"|1\d\d(?:/\d{1,2}/|\.\d{1,2}\.|-\d{1,2}-)\d{1,2}"
    r"|\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\.\d{1,2}\."
    r"|\d{1,2}/\d{1,2}"
    # Day-month with a dash, Dutch without the year ("Tweede gesprek 26-11", ot115 F6): the
    # day over 12, the month a month. Not "Round 2-3", "10-15 min" (no day first).
    r"|(?:1[3-9]|2\d|3[01])-(?:0?[1-9]|1[0-2])"
    rf"|(?:{_MONTH_WORDS})\.?\s\d{{1,2}}(?:,?\s\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s(?:{_MONTH_WORDS})\.?(?:\s\d{{4}})?"
    r"))(?![\w/.-]*\d)",
    re.IGNORECASE,
)


def years_in_stage(
    stage: date_columns.DateColumn,
    interview: np.ndarray,
    same_row: np.ndarray,
    as_of: dt.date | None,
) -> tuple[np.ndarray, np.ndarray]:
    """The dates written in stage cells ("Onsite 11/24", ``dates_in_stage``), a year-less one
    placed as in the Interview Date column it stands for: among that column's dates on the
    other rows (``interview``) and the row's own (``same_row``), by
    ``years_from_row_or_neighbours``; in a tracker with no full date at all, nearest the run's
    date ``as_of`` (ot111 F8: "Onsite 11/24" beside rows of dated interviews was left unread,
    their dates not seen).

    Returns (dates, reasons) as new arrays aligned with the column.
    """
    written = pd.notna(stage.month_day_values) | ~np.isnat(stage.date_values)
    among = replace(stage, date_values=np.where(written, stage.date_values, interview))
    values, reasons = years_from_row_or_neighbours(among, same_row, as_of, INTERVIEW_AHEAD)
    return nearest_the_run(among, values, reasons, as_of, INTERVIEW_AHEAD)


def in_the_past(
    values: np.ndarray,
    reasons: np.ndarray,
    rows: np.ndarray,
    as_of: dt.date,
) -> tuple[np.ndarray, np.ndarray]:
    """``values`` and ``reasons`` with the year-less dates of ``rows`` that were placed after
    the run's date ``as_of`` moved to the year before, as what they tell has happened: a closed
    row's story ("Onsite 12/10 rejected" in November 2026 is of 2025: fx344, the row closed
    after an interview still to come; the day it closed, "12/20", is then placed beside it),
    not to a 29 February the year before does not have. Returns new arrays."""
    values, reasons = values.copy(), reasons.copy()
    run = np.datetime64(as_of, "ns")
    for i in np.flatnonzero(rows & (values > run)):
        placed = pd.Timestamp(values[i]).date()
        if (placed.month, placed.day) == (2, 29):
            continue
        before = placed.replace(year=placed.year - 1)
        values[i] = np.datetime64(before, "ns")
        reasons[i] = (
            f"{dates.NO_YEAR}; read as {before:%Y-%m-%d} (the row is closed, so this is past: "
            f"{placed:%Y-%m-%d} is after {as_of:%a %Y-%m-%d}, the date of this run)"
        )
    return values, reasons


def nearest_the_run(
    column: date_columns.DateColumn,
    values: np.ndarray,
    reasons: np.ndarray,
    as_of: dt.date | None,
    ahead: dt.timedelta = PAST,
) -> tuple[np.ndarray, np.ndarray]:
    """``values`` and ``reasons`` of ``column`` (``years_from_row_or_neighbours``) with the
    year-less dates nothing in the tracker placed given the year nearest the run's date
    ``as_of``: a date taken out of a Status cell, where no dated row says the season."""
    unplaced = np.isnat(values) & pd.notna(column.month_day_values) & (reasons == dates.NO_YEAR)
    if as_of is None or not unplaced.any():
        return values, reasons
    near = np.where(unplaced, np.datetime64(as_of, "ns"), NAT)
    how = f"nearest {as_of:%a %Y-%m-%d}, the date of this run"
    by_run, why = with_inferred_years(column, near, how, as_of, ahead)
    return np.where(unplaced, by_run, values), np.where(unplaced, why, reasons)


# A month and a day with a slash, and no year: "11/24", "12/2" (the whole text).
_MONTH_AND_DAY = re.compile(r"(\d{1,2})/(\d{1,2})")
# At most this many rounds are counted as "2/3" (round 2 of 3).
_ROUNDS_COUNTED = 5


def small_pair(text: str) -> bool:
    """Whether ``text`` is a month and a day without a year, both 12 or less ("12/2"): a date
    either order reads (2 December, 12 February), unless both are the same."""
    m = _MONTH_AND_DAY.fullmatch(text)
    return m is not None and int(m[1]) != int(m[2]) and max(int(m[1]), int(m[2])) <= 12


def _a_month_and_day(text: str) -> bool:
    """Whether a date found in a stage cell is one: a month and a day without a year need one
    of them over 12 ("11/24"; not "1/32"), or, both 12 or less, not to read as a count of
    rounds ("2/3": round 2 of 3; "12/2", "5/1" are no count). Any other form is one."""
    m = _MONTH_AND_DAY.fullmatch(text)
    if m is None:
        return True
    first, second = int(m[1]), int(m[2])
    if max(first, second) > 12:
        return 13 <= first <= 31 or 13 <= second <= 31
    return min(first, second) >= 1 and not first <= second <= _ROUNDS_COUNTED


# The words just before a round's old date ("Onsite 11/23 (rescheduled from 11/20)", "moved
# from Nov 20", "was 11/20"): it is the same round's, not another one. Searched in the few
# characters before a date only.
_OLD_DATE = re.compile(rf"\b{dates.OLD_DATE_WORDS}\s?\(?$", re.IGNORECASE)
_BEFORE_A_DATE = 30
# A note right after a round's date that the round was not held that day: a no-show, a
# cancellation, a move that does not give the new day ("Phone 11/24 - no show", "Onsite 11/24
# (cancelled)", "Zoom 11/24 - rescheduled": fx300, the last was read as held on 11/24; German
# "Vorstellungsgespräch 24.11. abgesagt" as "cancelled"). The date is no round's (a closed
# row's day of closing it may still be: ``round_date_text``); "rescheduled from 11/20" says
# the date before it is the new one.
# A round put off in the languages the Status reader knows ("Telefoninterview 18.11. -
# verschoben", "Entretien 18/11 - reporté", "Onsite 11/18 - they rescheduled": ot131 F1, F4,
# each was read as held that day), also where its new day follows: "Onsite 11/18 moved to
# 11/24", "24.11. verschoben auf 26.11." are one round moved, the new day read (ot131 F3).
# "moved" alone or before a day: "moved forward", "moved on", "moved to final round" are not.
_PUT_OFF = (
    r"re-?scheduled|postponed|pushed\s++back|(?:auf)?verschoben|aufgeschoben|verlegt|uitgesteld"
    r"|verplaatst"
    r"|report[ée]e?|repouss[ée]e?|aplazad[ao]|pospuest[ao]"
)
_NOT_HELD = re.compile(
    rf"(?:{NO_SHOW}|\bcancell?ed\b|\babgesagt\b|(?:(?:they|was|got)\s++)?(?:\b(?:{_PUT_OFF})\b"
    r"|\bmoved\b(?!\s*+\w)|\bmoved\s++(?:to|for)\s++"
    # ... its new day in numbers, or by its month or weekday ("moved to Nov 24", "moved to Tue
    # 11/24": fx325, the cell's dates were left unread).
    rf"(?=\d|(?:{_MONTH_WORDS}|{_WEEKDAY_WORDS})\b)))"
    r"(?!\s*+(?:from|vom|von|du|del|van)\b)",  # "26.11. (verschoben vom 24.11.)": its new day
    re.IGNORECASE,
)
# What sets such a note off from the date: spaces, a dash, a bracket, a comma, a colon.
_BEFORE_A_NOTE = " \t\n,:(-\u2013\u2014"
_DASHED_DAY_MONTH = re.compile(r"^(\d{1,2})-(\d{1,2})$")
# What ends a step of a trail ("Phone 11/3 -> onsite 11/17", "Phone 11/16 ✅, onsite 11/30
# scheduled", "Onsite 11/24; final 12/8", "Phone 11/3 then onsite 11/17"): an arrow, a comma,
# a semicolon, a bar, a new line, a tick, "then", a dash with spaces around it ("Phone 11/12 -
# onsite 11/24", "Onsite 11/18 – 11/24": ot131 F3, the first date's round kept its check-ins),
# a dash between a date and a word ("Applied 11/2-phone 11/12": fx333, unread) but a month's
# ("24-Nov"). Not a slash, dot or other unspaced dash: a date's own ("11/17-11/18").
_STEP_END = re.compile(
    rf"{ARROWS.pattern}|[,;|\n]|{TICK_MARKS}|\bthen\b|\bdann\b|\bdaarna\b|\bpuis\b"
    r"|\s[-\u2013\u2014](?=\s)"
    rf"|(?<=\d)[-\u2013\u2014](?!(?:{_MONTH_WORDS})\b)(?=[^\W\d_])",
    re.IGNORECASE,
)
# A step whose date is a decision's awaited, not a round's ("offer expected 11/25", "decision
# by 11/25", "feedback by 25th Nov"); said after the date, it is the round's wait ("Onsite
# 11/24 - waiting for feedback").
_A_DECISION = re.compile(r"\b(?:offers?|decisions?|feedback|answers?|results?|expected)\b", re.I)


# Between two dates of one step that are two rounds ("Phone screen 1/20 and 1/27", "Interviews
# 11/16 & 11/18"): the later is the row's latest round. Other words between them ("1/20 or
# 1/27") leave the step unread: which is the round's?
_TWO_ROUNDS = re.compile(r"\s*+(?:and|&)\s*+", re.IGNORECASE)


# The round a closed row's Status says it ended after, its date right after it ("Rejected
# after onsite 11/18", "Ghosted after the phone screen on 11/12": fx344, no date was read).
_AFTER_A_ROUND = re.compile(
    r"\bafter\s++(?:the\s++|my\s++|an?\s++)?(?P<round>[^,;:]+?)\s*+(?:on\s++|\(\s*+)?$",
    re.IGNORECASE,
)


def _after_a_round(before_date: str) -> bool:
    """Whether the words ``before_date`` end in the round the row ended after, so the date is
    that round's, not the day it closed (``_AFTER_A_ROUND``)."""
    after = _AFTER_A_ROUND.search(before_date)
    return (
        after is not None
        and stage_type(after["round"]) is not None
        and match_vocabulary(after["round"], VOCABULARIES["outcome"]) in (None, "interviewing")
    )


def _is_round(step: str, before_date: str) -> bool:
    """``step`` of a Status trail may be an interview round: it says no other outcome
    ("rejected 11/19", "Applied 11/2", "Offer 11/18" are none), or its words ``before_date``
    name a round and the outcome comes after the date, how that round ended ("Onsite 11/18
    rejected", "Phone 11/12 (ghosted)": the row closed and its last round's day was lost, so
    no networking check-in was planned); and its words ``before_date`` no decision awaited."""
    if _A_DECISION.search(before_date):
        return False
    if match_vocabulary(step, VOCABULARIES["outcome"]) in (None, "interviewing"):
        return True
    if _after_a_round(before_date):
        return True
    before = match_vocabulary(before_date, VOCABULARIES["outcome"])
    return before == "interviewing" or (before is None and stage_type(before_date) is not None)


def round_date_text(value: str, rounds: bool = True) -> str | None:
    """The date of the round a Status cell names ("Phone screen 1/20": "1/20"), else None;
    not ``rounds``: its last step's date, whatever the step says (the day a closed row's Status
    says it closed: "Phone 11/3 -> onsite 11/17 -> rejected 11/19": "11/19").
    A round's old date is not another round ("Onsite 11/23 (rescheduled from 11/20)": "11/23");
    in a trail the last round is the one the row is at ("Phone 11/16 ✅, onsite 11/30
    scheduled": "11/30", ot115 F6), a step that is no round passed over ("Phone 11/3 -> onsite
    11/17 -> rejected 11/19": "11/17", ot115 F10). Two dates of one step joined by "and" are
    two rounds, the later one the row's ("Phone screen 1/20 and 1/27": "1/27"); joined
    otherwise ("1/20 or 1/27") they are not read: which is the round's?"""
    dated = _dated_step(value, rounds)
    # A year-less day-month with a dash is read with its month's name ("26-11": "26 Nov"), in
    # any order the tracker's other dates settle ("11/23" beside it reads "26/11" as no date),
    # the date columns reading no dash without a year.
    return _DASHED_DAY_MONTH.sub(_month_named, dated.date) if dated else None


class _DatedStep(NamedTuple):
    """The date ``round_date_text`` reads in a Status cell, and where: the cell's ``steps``
    (split at each ``_STEP_END``), the date in the one numbered ``step``."""

    date: str
    steps: list[str]
    step: int
    at: int  # where the date starts in the cell


def _dated_step(value: str, rounds: bool) -> _DatedStep | None:
    """The date ``round_date_text`` reads in ``value``, with its step; None where it reads none."""
    found = [
        m
        for m in _DATE_IN_STAGE.finditer(value)
        if _a_month_and_day(m.group(1))
        and not _OLD_DATE.search(value[max(0, m.start() - _BEFORE_A_DATE) : m.start()])
        and not (rounds and _not_held(value, m.end()))
    ]
    step_ends = list(_STEP_END.finditer(value))
    ends = [m.start() for m in step_ends]
    starts = [0, *(m.end() for m in step_ends)]
    # Two dates with how the row closed between them, no mark between the steps ("Onsite
    # 11/18 rejected 11/20": fx344, neither was read): the first step ends at its date.
    for first, second in itertools.pairwise(found):
        between = value[first.end() : second.start()]
        if not any(first.end() <= end < second.start() for end in ends) and match_vocabulary(
            between, VOCABULARIES["outcome"]
        ) not in (None, "interviewing"):
            at = bisect.bisect(ends, first.end())
            ends.insert(at, first.end())
            starts.insert(at + 1, first.end())
    steps = [value[start:end] for start, end in zip(starts, [*ends, len(value)], strict=True)]
    dated: dict[int, re.Match[str]] = {}
    for date in found:
        step = bisect.bisect(ends, date.start())
        if step in dated and not _TWO_ROUNDS.fullmatch(value, dated[step].end(), date.start()):
            return None
        dated[step] = date
    of_rounds = [
        (step, date)
        for step, date in dated.items()
        if (
            _is_round(steps[step], value[starts[step] : date.start()])
            if rounds
            else not _after_a_round(value[starts[step] : date.start()])
        )
    ]
    if not of_rounds:
        return None
    step, date = of_rounds[-1]
    return _DatedStep(date.group(1), steps, step, date.start(1))


def date_not_held(value: object) -> str | None:
    """The date of a round a Status cell says was not held that day ("Zoom 11/24 -
    rescheduled": "11/24", ``_NOT_HELD``), else None."""
    if not isinstance(value, str):
        return None
    return next(
        (
            m.group(1)
            for m in _DATE_IN_STAGE.finditer(value)
            if _a_month_and_day(m.group(1)) and _not_held(value, m.end())
        ),
        None,
    )


# A Status that says its interview was put off and names no day at all ("Postponed",
# "Interview cancelled - new date TBD", "Interviewer no show, rescheduling"): a day in
# Interview Date that has passed is the one it was put off from, not held (fx344: its
# thank-you and check-ins were due). Not "Rescheduled", "Rebooked" alone: the interview was
# given its new day, and a person writes that day in Interview Date; once it has passed, the
# interview was held (fx352: it needed info asking for Interviewing). Not the day it was moved
# from ("postponed from Monday"): the Interview Date may be the new one.
_NEW_DAY_GIVEN = r"re-?scheduled|re-?booked|verlegt|verplaatst"
_PUT_OFF_WITHOUT_A_DAY = re.compile(
    rf"\b(?!(?:{_NEW_DAY_GIVEN})\b)(?:{_PUT_OFF}|re-?scheduling)\b"
    r"(?!\s*+(?:from|vom|von|du|del|van)\b)",
    re.IGNORECASE,
)
# ... or says that its new day is still to come: "Rescheduled - new date TBD", "Rebooked, new
# time to be confirmed", "will reschedule", "to be rescheduled", "verlegt, neuer Termin folgt".
_NEW_DAY_TO_COME = re.compile(
    r"\b(?:new\s++(?:date|day|time)\s*+:?\s*+(?:(?:is|still)\s++)*"
    r"(?:tb[dca]|to\s++(?:be\b|come)|pending|unknown|not\b|coming|awaited)"
    r"|neuer\s++termin\s++(?:folgt|(?:noch\s++)?offen)|nouvelle\s++date\s++(?:à|a)\s++(?:venir|d[ée]finir)"
    r"|nueva\s++fecha\s++(?:por|a)\s++(?:confirmar|definir)|nieuwe\s++datum\s++volgt"
    r"|tb[dca]|to\s++be\s++re-?scheduled|will\s++(?:be\s++)?re-?schedul\w*"
    r"|yet\s++to\s++be\s++(?:re-?)?scheduled)\b",
    re.IGNORECASE,
)


def put_off_without_a_day(value: object) -> bool:
    """Whether a Status cell says its interview was put off without naming a day in it
    ("Postponed", "Interview cancelled - new date TBD"), not moved to a day of its own
    ("Rescheduled"); a cell with a round's date says which day was put off
    (``date_not_held``)."""
    if not isinstance(value, str) or _DATE_IN_STAGE.search(value):
        return False
    return bool(
        _PUT_OFF_WITHOUT_A_DAY.search(value)
        or _NEW_DAY_TO_COME.search(value)
        or CANCELLED_NEW_DAY_TO_COME.search(value)
    )


_MOVED_WITHOUT_A_DAY = re.compile(
    rf"\b(?:{_NEW_DAY_GIVEN})\b(?!\s*+(?:from|vom|von|du|del|van)\b)", re.IGNORECASE
)


def moved_without_a_day(value: object) -> bool:
    """Whether a Status cell says its interview was moved to a day of its own without naming
    it ("Rescheduled", "Interviewer no show, rescheduled"): the day in Interview Date is that
    one, not the one it was moved from (``put_off_without_a_day``)."""
    if not isinstance(value, str) or _DATE_IN_STAGE.search(value):
        return False
    return bool(_MOVED_WITHOUT_A_DAY.search(value)) and not put_off_without_a_day(value)


def moved_or_put_off(value: object) -> bool:
    """Whether a Status cell says its interview was put off or moved, naming no day
    ("Postponed", "Rescheduled", "Interview cancelled - new date TBD")."""
    return put_off_without_a_day(value) or moved_without_a_day(value)


def says_put_off(value: object, day: dt.date) -> bool:
    """Whether a Status cell says the interview on ``day`` was put off and gives no new day:
    in words alone (``put_off_without_a_day``), or after that day ("Zoom 11/18 - rescheduled",
    read in either order: ``date_not_held``); not after another round's day ("Zoom 11/24 -
    rescheduled" beside an interview on 11/12: the next round was put off)."""
    if put_off_without_a_day(value):
        return True
    moved = date_not_held(value)
    return moved is not None and _reads_as(moved, day)


# Why the interview in Interview Date was not held that day (``interview_not_held``): put off
# ("Postponed" beside a day passed), or a no-show, whose whose says what follows: the
# interviewer's ("interviewer no-show", "they didn't show") calls for a request of a new time,
# the person's own ("candidate no show", "I missed it") for their word on whether it goes on;
# "No show" alone says neither.
PUT_OFF = "put off"
INTERVIEWER_NO_SHOW = "interviewer no-show"
CANDIDATE_NO_SHOW = "candidate no-show"
NO_SHOW_UNSAID = "no-show"
_NO_SHOW_IN_CELL = re.compile(NO_SHOW, re.IGNORECASE)
_CANDIDATE_ABSENT = re.compile(r"\b(?:candidate|applicant|i|me|my|myself)\b", re.IGNORECASE)
_INTERVIEWER_ABSENT = re.compile(
    r"\b(?:interviewers?|they|recruiter|hiring\s++manager|manager|he|she|employer|company"
    r"|panel|hr)\b",
    re.IGNORECASE,
)


def no_show_kind(value: object) -> str:
    """Whose no-show a Status cell says (``INTERVIEWER_NO_SHOW``, ``CANDIDATE_NO_SHOW``,
    ``NO_SHOW_UNSAID``), '' when it says none."""
    if not isinstance(value, str):
        return ""
    found = _NO_SHOW_IN_CELL.search(value)
    if found is None:
        return ""
    # The one named nearest before it ("I waited, interviewer no show"), else after it ("No
    # show by me").
    before = value[: found.start()]
    named = [
        (m.end(), kind)
        for pattern, kind in (
            (_CANDIDATE_ABSENT, CANDIDATE_NO_SHOW),
            (_INTERVIEWER_ABSENT, INTERVIEWER_NO_SHOW),
        )
        for m in pattern.finditer(before)
    ]
    if named:
        return max(named)[1]
    after = value[found.end() :]
    if _CANDIDATE_ABSENT.search(after):
        return CANDIDATE_NO_SHOW
    if _INTERVIEWER_ABSENT.search(after):
        return INTERVIEWER_NO_SHOW
    return NO_SHOW_UNSAID


def _reads_as(text: str, day: dt.date) -> bool:
    """Whether a date of a Status cell ("11/18", "18/11", "18.11.", "Nov 18") reads as ``day``'s
    month and day in either order."""
    text = _DASHED_DAY_MONTH.sub(_month_named, text)
    readings = (dates.parse_date(text, dayfirst=first) for first in (True, False))
    return any(
        (read.value.month, read.value.day) == (day.month, day.day)
        if read.value is not None
        else read.month_day == (day.month, day.day)
        for read in readings
    )


def _not_held(value: str, end: int) -> bool:
    """Whether the date ending at ``end`` of ``value`` has a note after it that its round was
    not held that day (``_NOT_HELD``)."""
    return _NOT_HELD.match(value[end:].lstrip(_BEFORE_A_NOTE)) is not None


# The words before the day a round was moved to ("moved to 11/24", "Rescheduled for Tue
# 11/24", "(cancelled, now 11/25)", "verschoben auf 26.11.", "reporté au 25/11").
_MOVED_TO_WORDS = re.compile(
    r"(?:\b(?:moved|re-?scheduled|rebooked|pushed\s++back|postponed|changed)\s++(?:to|for|until)"
    r"|\b(?:verschoben|verlegt)\s++auf|\breport[ée]e?\s++au|\b(?:aplazad|pospuest|reprogramad)[ao]"
    r"\s++al|\b(?:verplaatst|verzet|uitgesteld)\s++naar|\bcancell?ed\s*+[,;:(\u2013\u2014-]?\s*+"
    r"(?:now|new\s++date:?))\s++(?:(?:on|for)\s++)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*+\.?,?\s++)?$",
    re.IGNORECASE,
)


def moved_from(value: object, day: dt.date) -> bool:
    """Whether a Status cell moves the interview on ``day`` to the day it dates: the day it
    was moved to (``moved_to_day``), from that day or from none it names ("moved to 24/11",
    "Onsite 11/18 - moved to 11/24" beside 11/18): the same round on its new day, not a next
    one (fx344: "the next round read from it"). Not from another day ("Onsite 11/18 - moved
    to 11/24" beside a phone screen on 11/12: the onsite, a next round, was moved)."""
    if not moved_to_day(value):
        return False
    old = date_not_held(value)
    return old is None or _reads_as(old, day)


def moved_to_day(value: object) -> bool:
    """Whether the round a Status cell dates (``round_date_text``) is the day it was moved to
    ("moved to 24/11", "Onsite 11/18 - rescheduled to 11/24", "(cancelled, now 11/25)")."""
    if not isinstance(value, str):
        return False
    dated = _dated_step(value, True)
    if dated is None:
        return False
    return _MOVED_TO_WORDS.search(value[max(0, dated.at - _BEFORE_A_DATE) : dated.at]) is not None


def round_kind(value: object) -> str:
    """The kind of interview of the round a Status cell dates (``round_date_text``), said by
    the words of that date's own step ("Phone done, in person 11/24": onsite; "Final done,
    phone 11/24": phone), not by the kind of highest precedence in the cell (fx292: both
    rounds were read as the earlier step's kind); a step that is its date alone ("Final round,
    Nov 24") by the step before it, and so is a round moved there from a day the step before
    dates ("Onsite 11/18 - moved to 11/24", "Onsite 11/18 (cancelled, now 11/25)": onsite).
    "other" where they name none ("Phone done, 2nd round 11/24": no phone screen); a cell
    that dates no round, by its kind of highest precedence."""
    dated = _dated_step(value, True) if isinstance(value, str) else None
    if dated is None:
        return stage_type(value) or "other"
    words = dated.steps[dated.step].replace(dated.date, " ")
    if dated.step and not any(c.isalpha() for c in words):
        words = dated.steps[dated.step - 1]
    elif dated.step and stage_type(words) is None:
        moved = date_not_held(" ".join(dated.steps[dated.step - 1 : dated.step + 1]))
        words = dated.steps[dated.step - 1] if moved else words
    return stage_type(words) or "other"


def _month_named(m: re.Match[str]) -> str:
    """A dashed day-month ("26-11") with its month's English short name ("26 Nov")."""
    return f"{int(m[1])} {calendar.month_abbr[int(m[2])]}"


def dates_in_stage(values: pd.Series, rounds: bool = True) -> pd.Series:
    """The date of the round written in each stage cell (``round_date_text``; not
    ``rounds``: its last step's), else None."""

    def date_text(value: object) -> object:
        if isinstance(value, str):
            return round_date_text(value, rounds)
        return value if pd.api.types.is_scalar(value) and pd.isna(value) else None  # blank: kept

    # Once per distinct cell: a tracker's Status column repeats a few words row after row.
    texts = pd.Series(
        each_distinct(date_text, values.tolist()),
        index=values.index,
        dtype=object,
        name=values.name,
    )
    if isinstance(values.dtype, pd.StringDtype):  # its missing value, as its own map gives it
        return texts.astype(values.dtype).astype(object)
    return texts


def stage_columns(
    raw: RawTable,
    order: date_columns.DateOrder | None,
    countries: np.ndarray | None = None,
    placed: np.ndarray | None = None,
) -> dict[int, date_columns.DateColumn]:
    """A wide tracker's stage-date columns, each read as dates (years not yet inferred) in the
    stage columns' ``order`` (None: the only valid way, else US month/day), and in the local
    calendar of each row's country as the other date columns are ("116/04/27" on a Taiwanese
    row, "27/04/2570" on a Thai one: ``date_columns.with_local_eras``), given ``countries``
    (a code per row) and ``placed`` (the rows whose place was written)."""
    assert raw.stage_cells is not None
    columns = {
        col: date_columns.parse_date_column(
            raw.stage_cells[col], epoch_1904=raw.epoch_1904, order=order
        )
        for col in sorted(raw.stages)
    }
    if countries is None:
        return columns
    return {
        col: date_columns.with_local_eras(column, raw.stage_cells[col], countries, order, placed)
        for col, column in columns.items()
    }


UNDATED_STAGE = (
    "says this interview happened, but when? Write its date in this cell (the follow-ups "
    "count from it)"
)


def latest_stages(
    raw: RawTable,
    problems: Problems,
    parsed: dict[int, date_columns.DateColumn],
    others: np.ndarray,
    as_of: dt.date | None = None,
) -> tuple[np.ndarray, pd.Series, str, np.ndarray, np.ndarray]:
    """A wide tracker's interview: each row's latest stage date, that stage's type, what to
    say of a row without any, the rows whose latest stage is marked but not dated, and the
    rows with a stage date that is no plausible interview date.
    ``others``: the row's full dates outside the stage columns; ``as_of``: the run's date, which
    a year-less stage date is kept within (``within_the_run``).

    Unreadable stage cells are reported at their own cell. A yes-mark (yes, x, ✓) in a stage
    column says that interview happened: right of every dated stage, it is the row's latest
    interview and its date is asked for (the row needs info); left of one, it is history. A
    no-mark is an empty cell. A stage date before 2000, or more than two years after ``as_of``
    (``plausibility``), is a typo said at its own cell as in an Interview Date column, and no
    stage date of its row is taken for the interview: when that stage was is unknown, so the
    row needs info (ot94 F5: "12/01/1970" in Onsite was passed over for the Phone Screen's date).
    """
    assert raw.stage_cells is not None
    index = raw.cells.index
    latest = np.full(len(index), NAT)
    kinds = np.full(len(index), None, dtype=object)
    undated = np.zeros(len(index), dtype=bool)  # the latest stage so far is marked, not dated
    implausible = np.zeros(len(index), dtype=bool)  # a stage date is a typo (1970, 2062)
    marks: dict[int, np.ndarray] = {}
    dated: dict[int, np.ndarray] = {}
    for col, column in parsed.items():  # left to right: on a tie the later stage wins
        same_row = row_anchor(
            [others, *(c.date_values for other, c in parsed.items() if other != col)], len(index)
        )
        stage_dates, reasons = years_from_row_or_neighbours(
            column, same_row, as_of, INTERVIEW_AHEAD
        )
        typos = plausibility(stage_dates, as_of, "interview")
        typo = pd.notna(typos)
        stage_dates[typo] = NAT
        implausible |= typo
        mark = distinct(raw.stage_cells[col], read_mark).column()
        marked = marks[col] = np.isnat(stage_dates) & (mark == True)  # noqa: E712 (elementwise)
        reasons[marked | (mark == False)] = None  # noqa: E712 (a mark is not "not a date")
        dated[col] = stage_dates
        later = ~np.isnat(stage_dates) & ~(stage_dates < latest)
        latest = np.where(later, stage_dates, latest)
        kinds[later] = raw.stages[col]
        undated = (undated & ~later) | marked
        problems.add_at(col, quoted(raw.stage_cells[col], reasons))
        problems.add_at(col, quoted(raw.stage_cells[col], typos))
    for col, marked in marks.items():  # said at the rightmost marked stage of each such row
        last = marked & undated
        for other in (c for c in marks if c > col):
            last &= ~marks[other]
        asked = np.full(len(index), None, dtype=object)
        asked[last] = UNDATED_STAGE
        problems.add_at(col, quoted(raw.stage_cells[col], asked))
    latest = np.where(undated | implausible, NAT, latest)
    for col, reasons in _out_of_order(raw, dated, latest).items():
        problems.add_at(col, quoted(raw.stage_cells[col], reasons))
    names = ", ".join(raw.headers[c] for c in sorted(raw.stages))
    no_interview = f"no interview date: none of the stage columns ({names}) has a date"
    kinds[implausible] = None
    return latest, pd.Series(kinds, index=index, dtype=object), no_interview, undated, implausible


def _out_of_order(
    raw: RawTable, dated: dict[int, np.ndarray], latest: np.ndarray
) -> dict[int, np.ndarray]:
    """Per stage column, what to say of a date before that of a stage that comes first
    (``stage_headers.STAGE_ORDER``: an Onsite before the Phone Screen): one of them is a typo.
    The row is still followed up from its latest stage date (``latest``). Same-day stages, an
    undated stage and the stages not ranked (a take-home, a video call) say nothing."""
    ranked = {c: STAGE_ORDER[raw.stages[c]] for c in dated if raw.stages[c] in STAGE_ORDER}
    said: dict[int, np.ndarray] = {}
    for col, rank in ranked.items():
        reasons = np.full(len(latest), None, dtype=object)
        for first in (c for c, r in ranked.items() if r < rank):
            early = dated[col] < dated[first]  # NaT compares false
            for i in np.flatnonzero(early & pd.isna(reasons) & ~np.isnat(latest)):
                before = pd.Timestamp(dated[first][i])
                reasons[i] = (
                    f'is before "{raw.headers[first]}" on {before:%a %Y-%m-%d}, a stage that '
                    "comes first: check which date is right; the row is followed up from its "
                    f"latest stage, {pd.Timestamp(latest[i]):%a %Y-%m-%d}"
                )
        if pd.notna(reasons).any():
            said[col] = reasons
    return said


def with_inferred_years(
    parsed: date_columns.DateColumn,
    near: np.ndarray,
    how: str,
    as_of: dt.date | None = None,
    ahead: dt.timedelta = PAST,
) -> tuple[np.ndarray, np.ndarray]:
    """Dates, with year-less ones placed in the year nearest ``near`` and said so; given
    ``as_of``, not more than ``ahead`` after it when a year earlier is recent
    (``within_the_run``).

    Returns (dates, reasons) as new arrays aligned with the column.
    """
    values = parsed.date_values.copy()
    reasons = parsed.problem_values.copy()
    for i in parsed.year_less():
        if np.isnat(near[i]):
            continue
        month_day, anchor = parsed.month_day_values[i], pd.Timestamp(near[i]).date()
        placed, reasons[i] = placed_year(
            month_day,
            parsed.weekday_values[i],
            dates.infer_year(month_day, anchor),
            anchor,
            how,
            as_of,
            ahead,
        )
        values[i] = np.datetime64(placed, "ns") if placed is not None else NAT
    return values, reasons


# A decision date without a year this close before the interview is kept there, a typo rather
# than a decision almost a year on (``decision_years``).
TYPO_BEFORE = dt.timedelta(days=31)


def decision_years(
    parsed: date_columns.DateColumn, interview: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Dates, with year-less ones placed as a decision stated at the interview is: the first
    such day on or after it ("8/10" said on Mon 2027-03-22 in Britain is 2027-10-08; "1/5" said
    on 2026-12-28 is 2027-01-05 in the US, 2027-05-01 in Britain), not the nearest, which
    could be months before it (ot97 F7). One at most ``TYPO_BEFORE`` before the interview
    ("3/4" said on 2027-03-22) is read there, as typed: a typo, said so at its cell
    (``before_interview``), sooner than a decision almost a year on. A row without an
    interview date places none (its reason says it has no year).

    Returns (dates, reasons) as new arrays aligned with the column.
    """
    values = parsed.date_values.copy()
    reasons = parsed.problem_values.copy()
    for i in parsed.year_less():
        if np.isnat(interview[i]):
            continue
        month_day, anchor = parsed.month_day_values[i], pd.Timestamp(interview[i]).date()
        nearest = dates.infer_year(month_day, anchor)
        after = dates.earliest_on_or_after(month_day, anchor)
        on = f"the interview on {anchor:%a %Y-%m-%d}"
        if nearest is not None and anchor - TYPO_BEFORE <= nearest < anchor:
            inferred: dt.date | None = nearest
            later = f", not {after:%Y-%m-%d}, almost a year after it" if after else ""
            how = f"{how_far(nearest, anchor, 'before')} {on}{later}"
        else:
            inferred = after
            how = f"the first {month_day[1]} {calendar.month_name[month_day[0]]} on or after {on}"
            if after is not None and how_far(after, anchor, "after").startswith("almost"):
                how += ", almost a year after it: write the year if that is wrong"
        placed, reasons[i] = placed_year(
            month_day, parsed.weekday_values[i], inferred, anchor, how, None, PAST
        )
        values[i] = np.datetime64(placed, "ns") if placed is not None else NAT
    return values, reasons


# A date counted back from the day it was written or copied: LinkedIn's "My Jobs" list pasted
# ("Applied 2w ago", "Applied 5d ago", "Applied 1mo ago"), "3 days ago", Notion's "@Today".
# Which day that was the tracker does not keep, and the run's date is not the paste's, so it
# is not read; its problem says why and what to write (ot113 F4: only "is not a date").
_RELATIVE_DATE = re.compile(
    r"@?(?:applied |posted |interviewed )?"
    r"(?:(?:\d{1,3}|an?|one) ?(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)"
    r" ago|today|yesterday)"
)
RELATIVE_DATE = (
    "is a relative date, counted from the day it was written or copied, which the tracker "
    "does not keep: write the date itself (yyyy-mm-dd)"
)
# A week written for its day, as an interview not yet given its day is ("week of 12/14", "wk
# of 12/14", "the week of Dec 14"; in Britain "w/c 14/12", "week commencing 14 Dec"): the
# follow-ups count from the day, so the row waits for it (fx292: "is not a date" said which
# it was not, not what to write). A decision is rarely given a day: a Decision Date reads
# the week as its Friday (``timeline_words.week_commencing``).
_WEEK_OF = re.compile(r"(?:the )?(?:week|wk)\.? (?:of|commencing|beginning|starting) |w/[cb] ")
WEEK_NOT_DAY = "is a week, not a day: write the day itself (yyyy-mm-dd) once it is known"


def relative_dates(values: pd.Series, reasons: np.ndarray) -> np.ndarray:
    """``reasons`` of a date column, a date counted from the day it was written ("Applied 2w
    ago", ``_RELATIVE_DATE``) or a week for its day ("week of 12/14", ``_WEEK_OF``) said so
    rather than "is not a date"."""
    return _said_instead(values, reasons, _relative_or_week)


MOVED_NO_YEAR = ": the day it states it was moved to"


def moved_notes(values: pd.Series, reasons: np.ndarray) -> np.ndarray:
    """``reasons`` of a date column, each year-less day a cell says its date was moved to
    ("11/18 - moved to Nov 24", ``dates.moved_to_text``) said to be that day after how its year
    was placed; one with its year says so itself (``dates.MOVED_TO``)."""
    year_less = [
        i for i, r in enumerate(reasons) if isinstance(r, str) and r.startswith(dates.NO_YEAR)
    ]
    if not year_less:
        return reasons
    result = np.array(reasons, dtype=object)
    moved = each_distinct(dates.moved_to_text, values.iloc[year_less].tolist())
    for i, said in zip(year_less, moved, strict=True):
        if said:
            result[i] = f"{result[i]}{MOVED_NO_YEAR}"
    return result


def _said_instead(
    values: pd.Series, reasons: np.ndarray, say: Callable[[str], str | None]
) -> np.ndarray:
    """``reasons`` with each "is not a date" replaced by what ``say`` says of its cell (folded:
    lower case, single spaces), where it says something."""
    unread = np.flatnonzero(reasons == dates.NOT_A_DATE)
    if not len(unread):
        return reasons
    result = np.array(reasons, dtype=object)
    for i in unread:
        value = values.iat[i]
        folded = " ".join(value.casefold().split()) if isinstance(value, str) else ""
        result[i] = say(folded) or result[i]
    return result


def _relative_or_week(folded: str) -> str | None:
    """Why ``folded`` is no date, where it is a date counted back or a week (``relative_dates``)."""
    if _RELATIVE_DATE.fullmatch(folded):
        return RELATIVE_DATE
    return WEEK_NOT_DAY if _a_week(folded) else None


def _a_week(folded: str) -> bool:
    """Whether ``folded`` is a week named by a day of it ("week of 12/14", ``_WEEK_OF``)."""
    week = _WEEK_OF.match(folded)
    if week is None:
        return False
    day = dates.parse_date(folded[week.end() :])
    return day.value is not None or day.month_day is not None


def quoted(values: pd.Series, reasons: np.ndarray) -> np.ndarray:
    """Prefix each reason with the cell's text as the user wrote it ('"x" is not a date')."""
    bad = pd.notna(reasons)
    if not bad.any():
        return reasons
    result = np.array(reasons, dtype=object)
    texts = distinct(values[bad], shown).column()
    result[bad] = [
        r if r.startswith('"') else f"{t}{r}" if r.startswith(",") else f"{t} {r}"
        for t, r in zip(texts, result[bad], strict=True)
    ]
    return result


def _timeline_of(value: object) -> timelines.Timeline | None:
    return timelines.match_timeline(value) if isinstance(value, str) else None


def after_deadline_words(cells: Cells, field: str) -> pd.Series | None:
    """The column's cells with a deadline word before a date left off ("by 1/8/2027" ->
    "1/8/2027", "hasta el 15 de diciembre" -> "el 15 de diciembre"), for the date reader;
    None when no cell has one."""
    values = cells[field]
    if not cells.mask(field, str).any():
        return None
    rest = distinct(values, timeline_words.deadline_date_text, cells.groups(field)).column()
    if all(r is v for r, v in zip(rest, values.to_numpy(dtype=object), strict=True)):
        return None
    return pd.Series(rest, index=values.index, dtype=object)


def stated_decision(
    cells: Cells,
    parsed: date_columns.DateColumn,
    interview: np.ndarray,
    after_deadline: date_columns.DateColumn | None,
) -> tuple[
    np.ndarray,
    pd.arrays.IntegerArray,
    pd.arrays.IntegerArray,
    np.ndarray,
    np.ndarray,
    np.ndarray,
    np.ndarray,
]:
    """(decision date, within N business days (Int64), the week a week phrase names (Int64,
    ``timelines.DECISION_WEEK``: the rules place it on the row's work week), the timeline
    phrase as written where it names no date ('' elsewhere), the phrase as written where it
    names a day ("next Monday", "by the 15th"; '' elsewhere), the holiday an "after <holiday>"
    names (``holiday_phrases.NamedHoliday``, None elsewhere; ``holidays_named`` places it),
    reasons): a date or a timeline
    phrase. Such a phrase's date is the tool's reading of it ("next week", "end of week": that
    week's last working day, Friday here), not a date the
    interviewer said; a phrase naming a weekday ("Friday", "next Tuesday") named that day, as
    does a day of the month ("by the 15th"). ``after_deadline``: the
    column read with its deadline words left off (``after_deadline_words``; None when it has
    none); a date after one ("by December 15") is the day they named."""
    values = cells["stated_decision"]
    if after_deadline is not None:
        parsed = unread_taken_from(parsed, after_deadline)
    decision, reasons = decision_years(parsed, interview)
    groups = cells.groups("stated_decision")
    week_commencing = _week_commencing(values, groups) & ~np.isnat(decision)
    decision = np.where(week_commencing, _friday_on_or_after(decision), decision)
    # "12/14 or 12/21": the later day, the tool's reading, which the Why quotes it beside.
    either = distinct(values, _is_either_day, groups).column().astype(bool) & ~np.isnat(decision)
    unread = (reasons == dates.NOT_A_DATE) & cells.mask("stated_decision", str)
    kinds = np.full(len(values), "", dtype=object)
    ns = np.zeros(len(values), dtype="int64")
    season = np.zeros(len(values), dtype=bool)  # "after the holidays", placed in January
    autumn = np.zeros(len(values), dtype=bool)  # ... said in Israel outside the season
    if unread.any():
        stated = distinct(values[unread], _timeline_of)
        kinds[unread] = stated.column(lambda t: t.kind if t else "")
        ns[unread] = stated.column(lambda t: t.n if t else 0).astype("int64")
        season[unread] = stated.column(lambda t: bool(t and t.after_holidays)).astype(bool)
    phrase = kinds != ""
    if phrase.any():
        resolved, within = timelines.timeline_arrays(kinds, ns, interview)
        decision = np.where(phrase, resolved, decision)
        season &= ~np.isnat(resolved)
        reasons[phrase] = None
        # "After the holidays" said in July names no holidays the tool knows: not a guess.
        unplaced = (kinds == timelines.AFTER_HOLIDAYS) & np.isnat(resolved) & ~np.isnat(interview)
        reasons[unplaced] = AFTER_HOLIDAYS_OUT_OF_SEASON
        # ... but in Israel "after the holidays" is the autumn ones: placed on the row's
        # calendar (``holidays_named``), which says the reason elsewhere.
        if unplaced.any():
            autumn[unplaced] = distinct(
                values[unplaced], holiday_phrases.after_the_holidays
            ).column()
            reasons[autumn] = None
        no_week = (kinds == timelines.ISO_WEEK) & np.isnat(resolved) & ~np.isnat(interview)
        reasons[no_week] = NO_SUCH_WEEK
        # "Thurs 17th" where the 17th is a Wednesday: which did they mean? Not a guess.
        wrong_day = _weekday_disagrees(kinds, ns, decision)
        decision[wrong_day] = NAT
        for i in np.flatnonzero(wrong_day):
            day = pd.Timestamp(resolved[i]).date()
            reasons[i] = (
                f"{dates.NOT_A_DATE} (the first {day.day}{_ordinal(day.day)} after the "
                f"interview, {day:%Y-%m-%d}, is a {day:%A})"
            )
    else:  # no phrase: nothing to place on a calendar
        within = pd.arrays.IntegerArray(np.zeros(len(values), dtype="int64"), ~phrase)
    reasons[reasons == dates.NOT_A_DATE] = NOT_A_DATE_OR_PHRASE
    # A weekday or a day of the month is the day they named; any other phrase, "EOW" and "end
    # of week" too (the week's last working day on the row's calendar: Thursday in Israel, the
    # day before a Good Friday), is the tool's reading, which the Why quotes it beside.
    unnamed = (
        (phrase & ~np.isin(kinds, (timelines.WEEKDAY, timelines.DAY_OF_MONTH)))
        | week_commencing
        | either
    )
    phrases = np.full(len(values), "", dtype=object)
    if unnamed.any():
        phrases[unnamed] = [timelines.as_written(v) for v in values[unnamed]]
    # ... and a phrase naming a day is quoted beside it too (ot149: "next Monday" read as
    # "the stated decision date Mon 2026-12-28", its words gone, when every other was quoted).
    named_day = phrase & ~unnamed & ~np.isnat(decision)
    said = np.full(len(values), "", dtype=object)
    if named_day.any():
        said[named_day] = [timelines.as_written(v) for v in values[named_day]]
    week = np.select(
        [kinds == kind for kind in timelines.DECISION_WEEK],
        list(timelines.DECISION_WEEK.values()),
        -1,
    ).astype("int64")
    # "w/c 14/12", "week of 12/14": a calendar week, as "KW 51" is (a Friday off gives way).
    week[week_commencing] = timelines.IN_CALENDAR_WEEK
    weeks = pd.arrays.IntegerArray(week, week < 0)
    # "After Easter", "before Easter": placed once the row's calendar is known
    # (``holidays_named``).
    named = np.full(len(values), None, dtype=object)
    unphrased = unread & ~phrase
    if unphrased.any():
        named[unphrased] = distinct(values[unphrased], holiday_phrases.named_holiday).column()
        reasons[pd.notna(named)] = None
    # Where offices close over the new year (Japan), after that closure instead.
    for i in np.flatnonzero(season):
        named[i] = holiday_phrases.AFTER_NEW_YEAR
    for i in np.flatnonzero(autumn):
        named[i] = holiday_phrases.AFTER_THE_HOLIDAYS_IN_ISRAEL
    return decision, within, weeks, phrases, said, named, quoted(values, reasons)


def _weekday_disagrees(kinds: np.ndarray, ns: np.ndarray, decision: np.ndarray) -> np.ndarray:
    """Whether each row's day of the month was written with a weekday it is not ("Thurs
    17th" on a Wednesday the 17th)."""
    stated = np.where(kinds == timelines.DAY_OF_MONTH, timelines.stated_weekday(ns), -1)
    day = np.asarray(decision, dtype="datetime64[D]")
    weekday = (day.astype("int64") + 3) % 7  # 1970-01-01: Thursday
    return (stated >= 0) & ~np.isnat(day) & (weekday != stated)


def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def holidays_named(
    cells: Cells, named: np.ndarray, interview: np.ndarray, country: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(for each "after <holiday>" the holiday's last day, for each "before <holiday>" the day
    before its first, on the row's calendar, NaT where none; whether it is before; the phrase
    as written where placed, '' elsewhere; reasons): the next such holiday on or after the
    interview (``holiday_phrases``). A holiday of the tool's list the row's calendar does not
    have is said so; other words are no phrase."""
    values = cells["stated_decision"]
    days = np.full(len(values), NAT)
    before = np.zeros(len(values), dtype=bool)
    phrases = np.full(len(values), "", dtype=object)
    reasons = np.full(len(values), None, dtype=object)
    # "La otra semana" on a Spanish row: not next week there (``timeline_words.SAID_ONLY_IN``).
    local = distinct(values, _said_only_in).column()
    for i in np.flatnonzero(pd.notna(local)):
        countries, meaning = local[i]
        if str(country[i]).split("-")[0] not in countries:
            reasons[i] = f"{meaning}: write the date they gave"
    asked = pd.notna(named) & ~np.isnat(interview)
    if not asked.any():
        return days, before, phrases, quoted(values, reasons)
    day = np.asarray(interview, dtype="datetime64[D]")
    for i in np.flatnonzero(asked):  # a few rows at most: each reads one calendar
        words, before[i], new_year = named[i][:3]
        on_day = day[i].item()
        country_i = str(country[i])
        if not holiday_phrases.read_on(named[i], country_i):  # "sau Paște" in Romania: "or"
            before[i] = False
            autumn = named[i] == holiday_phrases.AFTER_THE_HOLIDAYS_IN_ISRAEL
            reasons[i] = AFTER_HOLIDAYS_OUT_OF_SEASON if autumn else NOT_A_DATE_OR_PHRASE
            continue
        if new_year:
            # "After the holidays": early January, as read, but in Japan the first business
            # day after its New Year closure (``holiday_phrases.NEW_YEAR_CLOSURE``).
            closure = holiday_phrases.new_year_closure(country_i)
            span = holiday_phrases.holiday_days(country_i, closure, on_day) if closure else None
            if span is not None:
                days[i] = np.datetime64(span[1], "ns")
                phrases[i] = timelines.as_written(values.iloc[i])
            elif lunar := holiday_phrases.lunar_new_year_too(country_i, values.iloc[i], on_day):
                reasons[i] = (
                    f"could be after 1 January or after the Lunar New Year ({lunar:%a %Y-%m-%d}"
                    f" on the {country_i} calendar): write the date they gave"
                )
            continue
        found = holiday_phrases.holiday_days(country_i, words, on_day)
        if holiday_phrases.no_one_day(country_i, words):
            # Myanmar's has both an Independence Day and a National Day: which is meant?
            # Britain has none, Japan's are all its public holidays.
            why = holiday_phrases.why_no_national_day(country_i)
            reasons[i] = (
                f"names no one day on the {country[i] or 'default'} calendar"
                f"{f', {why}' if why else ''}: write the date they gave"
            )
        elif obon := holiday_phrases.obon_or_run(country_i, words, on_day):
            reasons[i] = (
                "could be after Obon (13-16 August, when most offices close, on no calendar) or"
                f" after the next long weekend ({obon[0]:%a %Y-%m-%d} to {obon[1]:%a %m-%d}):"
                " write the date they gave"
            )
        elif regions := holiday_phrases.runs_by_region(country_i, words, on_day):
            # "After the long weekend" on an "Australia" row: whose state's?
            (run, states), *_ = regions
            where = " and ".join((", ".join(states[:-1]), states[-1])).removeprefix(" and ")
            called = holiday_phrases.RUN_BY_REGION[country_i]
            reasons[i] = (
                f"names the next long weekend, which differs by {called.called} on the"
                f" {country_i} calendar ({run[0]:%a %Y-%m-%d} to {run[1]:%a %m-%d} in {where},"
                f" later elsewhere): write the row's {called.called} (e.g. {called.example}) or"
                " the date they gave"
            )
        elif reach := holiday_phrases.out_of_reach(country_i, words, on_day):
            timing = "was before" if reach.passed else f"is more than {reach.reach} after"
            reasons[i] = (
                f"names {reach.name} ({reach.day:%a %Y-%m-%d}), which {timing} the interview"
                f"{reach.note}:"
                " write the date they gave"
            )
        elif before[i] and (closed := holiday_phrases.no_day_before(country_i, words, on_day)):
            reasons[i] = (
                f"names {closed[1]} ({closed[0]:%a %Y-%m-%d}), with no working day left before"
                " it after the interview: write the date they gave"
            )
        elif found is not None:
            first, last = found
            on = first - dt.timedelta(days=1) if before[i] else last
            days[i] = np.datetime64(on, "ns")
            phrases[i] = timelines.as_written(values.iloc[i])
        elif uncounted := holiday_phrases.uncounted_holiday(str(country[i]), words, on_day):
            when, name = uncounted
            reasons[i] = (
                f"names {name} ({when:%a %Y-%m-%d}), which is not a day off on the"
                f" {country[i] or 'default'} calendar: write the date they gave"
            )
        elif holiday_phrases.is_listed(words):
            elsewhere = holiday_phrases.kept_elsewhere(country_i, words, on_day)
            where = f" (it is in {_calendars_of(elsewhere)})" if elsewhere else ""
            reasons[i] = (
                f"names a holiday that is not a day off on the {country[i] or 'default'}"
                f" calendar{where}: write the date they gave"
            )
        else:
            reasons[i] = NOT_A_DATE_OR_PHRASE
    before &= ~np.isnat(days)
    return days, before, phrases, quoted(values, reasons)


def _said_only_in(value: object) -> tuple[tuple[str, ...], str] | None:
    if not isinstance(value, str):
        return None
    return timeline_words.said_only_in(timeline_words.plain(value))


def _calendars_of(codes: tuple[str, ...]) -> str:
    """ "Northern Ireland's and Ireland's" for ('GB-NIR', 'IE'): at most three, then how many
    more."""
    names = [
        calendar_places.region_name(*c.split("-", 1))
        if "-" in c
        else calendar_places.country_name(c)
        for c in codes
    ]
    owned = [f"{n}'" if n.endswith("s") else f"{n}'s" for n in names[:3]]
    if len(names) > 3:
        owned.append(f"{len(names) - 3} more")
    return ", ".join(owned[:-1]) + " and " + owned[-1] if len(owned) > 1 else owned[0]


def _week_commencing(values: pd.Series, groups: date_columns.TypeGroups) -> np.ndarray:
    """Whether each cell is a week-commencing phrase ("w/c 15 Feb"); ``groups``: the column's
    types as already worked out (``Cells.groups``), not a second pass over every row."""
    return distinct(values, _is_week_commencing, groups).column().astype(bool)


def _is_week_commencing(value: object) -> bool:
    if not isinstance(value, str):
        return False
    return timeline_words.week_commencing(timeline_words.plain(value)) is not None


def _is_either_day(value: object) -> bool:
    """Whether a Decision Date cell gives two days as alternatives ("12/14 or 12/21", "by
    12/14 or 12/21", "week of 12/14 or 12/21": ``timeline_words.later_of_two_days``)."""
    if not isinstance(value, str) or " or " not in value.casefold():
        return False
    text = timeline_words.plain(value)
    text = timeline_words.without_label(text) or text
    text = timeline_words.week_commencing(text) or timeline_words.after_deadline(text) or text
    return timeline_words.later_of_two_days(text) is not None


def _friday_on_or_after(days: np.ndarray) -> np.ndarray:
    """The Friday on or after each day: a week named by its first day is read as its Friday,
    as "next week" is (the follow-up waits until it has passed)."""
    day = np.asarray(days, dtype="datetime64[ns]").astype("datetime64[D]")
    weekday = (day.astype("int64") + 3) % 7  # 1970-01-01: Thursday
    return (day + (timelines.FRIDAY - weekday) % 7).astype("datetime64[ns]")


def unread_taken_from(
    parsed: date_columns.DateColumn, other: date_columns.DateColumn
) -> date_columns.DateColumn:
    """``parsed``, with the cells it could not read taken from ``other`` (the text after a
    deadline word; the same cells read in the other order) where that reads them as a date
    (with or without a year)."""
    taken = (parsed.problem_values == dates.NOT_A_DATE) & (other.problem_values != dates.NOT_A_DATE)
    if not taken.any():
        return parsed
    return date_columns.DateColumn(
        parsed.index,
        *(
            np.where(taken, deadline, own)
            for own, deadline in (
                (parsed.date_values, other.date_values),
                (parsed.problem_values, other.problem_values),
                (parsed.month_day_values, other.month_day_values),
                (parsed.weekday_values, other.weekday_values),
            )
        ),
    )


# A date in the clause after a step said sent in a Status ("Sent TY 11/11", "Check-in sent
# 11/18"): one a stage cell's date is (``_DATE_IN_STAGE``), or two small numbers, which after
# "sent" are a date, where after a stage word they may be a round ("Interview 2/3").
_DATE_AFTER_SENT = re.compile(
    rf"{_DATE_IN_STAGE.pattern}|(?<![\w/.-])\d{{1,2}}/\d{{1,2}}(?![\w/.-]*\d)", re.IGNORECASE
)


def dates_after_sent(values: pd.Series) -> pd.Series:
    """The date written in each clause after a step said sent (``_DATE_AFTER_SENT``: "11/11"
    for " 11/11, waiting"), else None; a clause with two dates, or none, gives None (ot115
    F9: "Sent TY 11/11" was read undated)."""

    def date_text(value: object) -> str | None:
        if not isinstance(value, str):
            return None
        found = [m.group() for m in _DATE_AFTER_SENT.finditer(value)]
        return found[0] if len(found) == 1 else None

    return values.map(date_text, na_action="ignore").astype(object)


def sent(
    cells: Cells,
    field: str,
    parsed: date_columns.DateColumn,
    near: np.ndarray,
    how: str,
    as_of: dt.date | None = None,
    order_of: Callable[[pd.Series], date_columns.DateOrder | None] | None = None,
    habits: Sequence[DateHabit | None] | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(sent date, done, reasons, done another way): a date means sent then; a yes-mark means
    sent, undated, and so does a follow-up done another way ("left voicemail": ``elsewhere``).
    Year-less dates take the year nearest ``near`` (``how`` says which date that is), not
    after ``as_of`` when a year earlier is recent. ``order_of``: the column's date order with
    the dates after its yes-marks in place of their cells ("x 13/1": "13/1"), which they are
    read in (``day_first.order_with_texts``); ``habits``: how each row's written country
    writes dates, for those the column's order does not settle (``_marked_then``)."""
    values = cells[field]
    maybe_mark = cells.groups(field).copy()
    maybe_mark.pop(dt.datetime, None)  # real date cells are never marks
    marks = np.full(len(values), None, dtype=object)
    questions = np.zeros(len(values), dtype=bool)
    if maybe_mark:
        marks = distinct(values, read_sent_mark, maybe_mark).column()
        questions = distinct(values, asks, maybe_mark).column().astype(bool)
    marked = pd.notna(marks)
    sent_on, reasons = with_inferred_years(parsed, near, how, as_of)
    sent_on[marked] = NAT
    reasons[marked] = None
    unread = np.flatnonzero((reasons == dates.NOT_A_DATE) & ~marked)
    notes = {i: mark_date(values.iat[i]) for i in unread}
    # "thanked on LinkedIn", "left voicemail": done another way, on a day not noted, or on the
    # date in it ("emailed recruiter 3/2"), read as a mark's date is.
    elsewhere = np.zeros(len(values), dtype=bool)
    for i, note in notes.items():
        if note is None and done_another_way(values.iat[i]):
            notes[i], elsewhere[i] = _another_way_date(values.iat[i]), True
    order = None
    if order_of is not None and any(map(_is_date, notes.values())):
        texts = pd.Series(None, index=values.index, dtype=object)
        for i, note in notes.items():  # "✓ 31/31" says nothing of the order
            texts.iat[i] = note if _is_date(note) else None
        order = order_of(texts)
    for i in unread:
        habit = habits[int(i)] if habits is not None else None
        marks[i], sent_on[i], reasons[i] = _marked_then(notes[i], near[i], how, as_of, order, habit)
    reasons[reasons == dates.NOT_A_DATE] = NOT_A_SENT_MARK
    for i in np.flatnonzero(pd.notna(reasons)):  # "29/02/2027": a reason given, seldom
        if dates.is_no_leap_day(reasons[i]):
            reasons[i] += ", so it is read as not sent"
    if maybe_mark:
        not_applicable = distinct(values, says_not_applicable, maybe_mark).column().astype(bool)
        reasons[not_applicable & pd.isna(reasons)] = NOT_APPLICABLE_SENT
    # Not taken for sent: a thank-you marked "sent?" may never have gone.
    reasons[questions] = "asks rather than says: write the day it went, yes or no"
    done = ~np.isnat(sent_on) | (marks == True)  # noqa: E712 (elementwise on an array)
    return sent_on, done, quoted(values, reasons), elsewhere


# "Sent today", "Sent yesterday", "sent 2 days ago", "✓ this morning", "Yes - heute": a
# yes-mark with a day counted from the day the cell was typed. A tracker is read again every
# run, and the day a cell was typed is kept nowhere, so "today" in it is no date the tool can
# know (it fills in nothing from the run's date: ``dates``): sent on a day not noted, and the
# Problems cell says why (``_date_set_aside``), not read as not sent (fx214: "Sent today",
# "Sent yesterday" were unread; "sent 2 days ago", "✓ today" silently undated). A weekday
# alone ("Sent Monday", "sent on Monday") is the same: the Monday of the week it was typed.
# A number is read from its first digit (a search tried each digit of a long run, and scanned
# the rest of it from there: 2.12 s for 20,000 digits).
_RELATIVE_DAY = re.compile(
    r"today|tonight|this (?:morning|afternoon|evening|week)|yesterday|last (?:night|week)"
    r"|(?:(?<!\d)\d+|a|an|one|two|three|four|five|six|a few|a couple of) (?:days?|weeks?) ago"
    # "Sent Monday", "sent on Monday", "✓ last Friday": which week's, the cell does not say.
    r"|(?:last |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|heute|gestern|hoy|ayer|aujourd'hui|hier|vandaag|gisteren|oggi|ieri|hoje|ontem"
    r"|今日|昨日|本日|今天|昨天",
    re.IGNORECASE,
)
# A note may follow, set off by a separator or a bracket, as after a bare mark ("Sent today -
# Dana replied", "Sent Monday (no reply)"; ot104 F8: each was read as not sent), but no date
# ("Sent Monday, 30.11.": the date is the day) and no question ("Sent today - or not?").
_MARK_THEN_RELATIVE = re.compile(
    rf"\s*(?P<mark>.+?)(?:\s*[-:,;(\u2013\u2014]\s*|\s+(?:(?:on|am|el|le)\s+)?|(?<=[\u3000-\u9fff]))"
    rf"(?P<when>{_RELATIVE_DAY.pattern})"
    r"(?:[\s).!]*|\s*[-:,;(\u2013\u2014]\s*(?!\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?(?:\s|$))[^?\s][^?]*)",
    re.IGNORECASE,
)
# A word mark, then a weekday in any language the date reader knows and a date ("Sent Monday
# 30.11.", "Sent Monday, Nov 30", "ja Di. 24.03.", "gesendet am Mo. 30.11."): the date, whose
# weekday is checked once its year is placed (ot104 F8: not sent). Matched whole, from the
# cell's start; searched, from a run of spaces' first or a word's first letter only (each
# space of a run scanned the rest of it: 5.37 s for 20,000 NBSPs).
_WORD_MARK_THEN_WEEKDAY = [
    re.compile(
        rf"(?<!\s)(?<![^\W\d_])\s*(?P<mark>{mark})\s+(?:(?:on|am|le|el|em|op|il)\s+)?"
        r"(?P<rest>(?P<weekday>[^\W\d_]+)\.?,?\s+\w.*)",
        re.IGNORECASE,
    )
    for mark in (r"[^\W\d_]+\s+[^\W\d_]+", r"[^\W\d_]+")  # "followed up", "sent"
]
# The same with a dash between the weekday and its date ("Sent Monday - Nov 30", "sent Monday
# – 11/30", "Sent Mon - 30 Nov"; fx244: not sent): the text one space apart, read whole.
_WORD_MARK_THEN_WEEKDAY_DASH = re.compile(
    r"(?P<mark>[^\W\d_]+(?: [^\W\d_]+)?) (?:(?:on|am|le|el|em|op|il) )?"
    r"(?P<rest>(?P<weekday>[^\W\d_]+)\.? [-\u2013\u2014] \w.*)",
    re.IGNORECASE,
)
# A Japanese, Chinese or Korean sent mark with its date written on, no space between: "済3/2"
# (done 3/2), "送信済3/2", "已发3/2" are "済 3/2" (fx214: not read).
_CJK_MARK_THEN_FIGURES = re.compile(r"([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+)(?=\d)")


def relative_day(note: str) -> bool:
    """Whether ``note``, after a yes-mark, is a day counted from the day it was typed
    ("today", "2 days ago": ``_RELATIVE_DAY``)."""
    return _RELATIVE_DAY.fullmatch(note.strip()) is not None


LONGEST_MARK_DATE = 64  # characters: the longest date a sent cell's mark is followed by
# Where a date after a yes-mark may end and a note begin ("3/2 (email)", "Jan 13 late").
# ... or a dash between its figures and a word ("Applied 11/2-phone 11/12": "11/2"; fx333, it
# was "11/2-", no date).
_NOTE_START = re.compile(r"(?=[\s(\[,;])|(?<=\d)(?=[-\u2013\u2014][^\W\d_])")
# What looks like a date in figures after a yes-mark though it is none ("✓ 31/31").
_FIGURES = re.compile(r"\d{1,4}[/.-]\d{1,4}(?:[/.-]\d{0,4})?")


def mark_date(value: object) -> str | bool | None:
    """What a sent cell that is no date says after its yes-mark (``yes_mark_note``): the date
    at the start of what follows ("✅ 3/2 (email)", "x 3/2 late", "Yes - 3/2": "3/2"; ot98 F5:
    a note after the date lost it), figures written as a date that is none ("✓ 31/31"), True
    for a note without a date ("✓ late", "X (voicemail)", "x 2 days late"), None for no mark
    ("X Sun Microsystems": a word after a space is no date). A day counted from the day the
    cell was typed ("Sent today", "sent 2 days ago") is that phrase (``relative_day``)."""
    if isinstance(value, str):
        # On the cell's words one space apart, and only when a day counted from today is in
        # it: the lazy mark before the separators backtracks on long runs of spaces (a cell
        # of 10,000 spaces held a run for minutes).
        relative = (
            _MARK_THEN_RELATIVE.fullmatch(" ".join(value.split()))
            if _RELATIVE_DAY.search(value)
            else None
        )
        if relative is not None and read_sent_mark(relative["mark"].strip()) is True:
            return relative["when"]
        value = _CJK_MARK_THEN_FIGURES.sub(r"\1 ", value, count=1)
    follows = yes_mark_note(value)
    if follows is None:
        follows = _weekday_then_date(value)
    if follows is None:
        return None
    rest, after_space = follows
    found = date_at_start(rest)
    if found is not None:
        return found
    # After a space, a word mark or x needs a date or figures: "X Sun Microsystems", "x May
    # Ltd" are names, no marks.
    return None if after_space and not rest[:1].isdigit() else True


def date_at_start(rest: str) -> str | None:
    """The date ``rest`` starts with ("3/2 (email)": "3/2"), or the figures written as a date
    that is none ("31/31"), or None."""
    # A date is a few words ("Wednesday, 20 September 2027"): only ends within
    # ``LONGEST_MARK_DATE`` characters are tried, or a long note after the mark ("x - " 3,000
    # times) is parsed once per space in it (41 s for a 12,000-character cell).
    ends = [
        m.start() for m in _NOTE_START.finditer(rest, 0, LONGEST_MARK_DATE + 1) if m.start()
    ] + ([len(rest)] if len(rest) <= LONGEST_MARK_DATE else [])
    for end in reversed(ends):
        read = dates.parse_date(rest[:end].strip())
        if read.value is not None or read.month_day is not None:
            return rest[:end].strip()
    figures = _FIGURES.match(rest)
    return None if figures is None else figures.group()


# The words before a date the employer gave for its decision, written in the Status
# ("Interviewing, offer expected 11/25", "Waiting, decision by 11/25", "Awaiting feedback,
# expected by 25th Nov", "hear back by 11/25"; ot115 F5: the first was read as a next
# interview, the others not at all).
_DECISION_IN_STATUS = re.compile(
    r"\b(?:(?:offer|decision|answer|feedback|response|outcome|result|news)s?\s+"
    r"(?:(?:expected|due)(?:\s+(?:by|on|before))?|by|before)"
    r"|expected\s+(?:by|on|before)|hear(?:ing)?\s+back\s+(?:by|on|before))\s+",
    re.IGNORECASE,
)


def decision_in_status(value: object) -> tuple[str, str] | None:
    """(the date, the cell without it and its words) of a decision date written in a Status
    cell (``_DECISION_IN_STATUS``: "Interviewing, offer expected 11/25" -> ("11/25",
    "Interviewing, ")), else None."""
    if not isinstance(value, str):
        return None
    for words in _DECISION_IN_STATUS.finditer(value):
        found = date_at_start(value[words.end() :])
        if found is not None:
            return found, value[: words.start()] + value[words.end() + len(found) :]
    return None


def _another_way_date(value: str) -> str | bool:
    """The date a cell done another way names ("emailed recruiter 3/2", "thanked on LinkedIn
    Nov 14": sent that day, as "Sent 3/2" is; fx251: they were sent on a day not noted), or
    True when it names none ("left voicemail", "called 2 times")."""
    note = another_way_note(value)
    found = None if note is None else date_at_start(note)
    return True if found is None else found


def _weekday_then_date(value: object) -> tuple[str, bool] | None:
    """(what follows a word mark, True) when it is a weekday and then a date ("Sent Monday
    30.11.": "Monday 30.11."; ``_WORD_MARK_THEN_WEEKDAY``; "Sent Monday - Nov 30": "Monday -
    Nov 30"), else None."""
    if not isinstance(value, str):
        return None
    for pattern in (*_WORD_MARK_THEN_WEEKDAY, _WORD_MARK_THEN_WEEKDAY_DASH):
        m = pattern.fullmatch(" ".join(value.split()))
        if m is None or m["mark"].casefold() == "x" or read_sent_mark(m["mark"]) is not True:
            continue
        weekday = dates.without_accents(m["weekday"].casefold())
        if weekday in dates.WEEKDAYS or weekday in dates.OTHER_LANGUAGE_WEEKDAYS:
            return m["rest"], True
    return None


def _is_date(note: str | bool | None) -> bool:
    """``note`` (``mark_date``) is a date that reads at least one way."""
    if not isinstance(note, str):
        return False
    read = dates.parse_date(note)
    return read.value is not None or read.month_day is not None


class DateHabit(NamedTuple):
    """How a row's country writes a date in figures (05/01/2027): day-first or month-first
    (``day_first.writes_dayfirst``), and its calendar code ('GB-ENG'), which names it."""

    dayfirst: bool
    country: str

    def named(self) -> str:
        """'the United Kingdom', 'France': the country, as a sentence names it."""
        return country_named(self.country)

    def said(self, dayfirst: bool | None) -> str:
        """'day-first, as dates are written in the United Kingdom', or '..., though dates are
        written month-first in the United States': a reading in ``dayfirst``'s order."""
        order = "day-first" if dayfirst else "month-first"
        if dayfirst == self.dayfirst:
            return f"{order}, as dates are written in {self.named()}"
        own = "day-first" if self.dayfirst else "month-first"
        return f"{order}, though dates are written {own} in {self.named()}"


# The countries a sentence names with "the", besides the United ones, the Republics and the
# Islands ("the United Kingdom", "the Dominican Republic", "the Marshall Islands").
_NAMED_WITH_THE = frozenset(
    ("Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Comoros", "Seychelles")
)


def country_named(country: str) -> str:
    """'the United Kingdom' for 'GB' or 'GB-ENG', 'France' for 'FR': a calendar's country, as
    a sentence names it (the notes on how dates are read name countries so, not by code)."""
    name = calendar_places.country_name(country.split("-")[0])
    the = name in _NAMED_WITH_THE or name.startswith("United ")
    return f"the {name}" if the or re.search(r" (?:Republic|Islands)\b", name) else name


def _marked_then(
    note: str | bool | None,
    near: np.datetime64,
    how: str,
    as_of: dt.date | None,
    order: date_columns.DateOrder | None = None,
    habit: DateHabit | None = None,
) -> tuple[bool | None, np.datetime64, str | None]:
    """(mark, sent date, reason) of a sent cell that is no date, by ``note``, what follows its
    yes-mark (``mark_date``; None: no mark): a date ("✅ 2027-01-14", "x 13/1") is sent that
    day, a note ("✓ late", "X (voicemail)"; True) sent on a day not noted, as the bare mark is
    (ot97 F9); anything else is no mark. A date that reads two ways ("x 2/11") is read in
    ``order``, the order the tracker's dates settle for the column (fx198), and the reason says
    so; where they settle none, it is the one between ``near`` (the interview) and ``as_of``.
    A date set aside (no reading of it fits, or two do) leaves the cell sent on a day not
    noted, and the reason says why (ot98 F5)."""
    if note is None:
        return None, NAT, dates.NOT_A_DATE
    if not isinstance(note, str):  # a note, no date
        return True, NAT, None
    settled = order is not None and order.source not in ("none", "undecided")
    readings: dict[dt.date, str | None] = {}
    orders: dict[dt.date, bool | None] = {}  # each reading's order: True for day-first
    unread: str | None = None
    # A date with dots is day-first wherever it is written: read month-first only when it is
    # no date day-first ("Wed 02.03." is 2 March, a Tuesday, not 3 February, a Wednesday).
    dots = date_columns.dotted(note)
    for first in (order.dayfirst_for(note),) if order is not None and settled else (True, False):
        read = dates.parse_date(note, dayfirst=first)
        if dots and first:
            dots = read.value is not None or read.month_day is not None
        elif dots:
            continue
        orders.update({day: first for day in (read.value,) if day is not None})
        if read.value is not None:
            readings[read.value] = None
        elif read.month_day is not None and np.isnat(near):
            unread = f"has no year, and the row has no {_NEAR_DATE.get(how, 'date')} to place it by"
        elif read.month_day is not None:
            anchor = pd.Timestamp(near).date()
            inferred = dates.infer_year(read.month_day, anchor)
            placed, reason = placed_year(
                read.month_day, read.weekday, inferred, anchor, how, as_of, PAST
            )
            if placed is not None:
                readings[placed] = reason
                orders[placed] = first
            else:
                unread = reason
    both = {day: orders[day] for day in sorted(readings)}
    if len(readings) > 1:
        low = pd.Timestamp(near).date() if not np.isnat(near) else dt.date.min
        high = as_of or dt.date.max
        readings = {day: why for day, why in readings.items() if low <= day <= high}
    if len(readings) == 2 and len(both) == 2 and habit is not None:
        # Both since the interview: the one in the order the row's country writes dates
        # ("sent 03/02/2027" on a British row: 3 February), said so (fx226 6; it was set
        # aside, sent on a day not noted, though the row's country says which).
        day = next(d for d, first in both.items() if first == habit.dayfirst)
        return None, np.datetime64(day, "ns"), _habit_taken(day, both, near, how, as_of, habit)
    if len(readings) != 1:  # "x 5/11" read neither way: sent, the day not known
        return True, NAT, _date_set_aside(note, both, readings, near, how, as_of, unread)
    ((day, why),) = readings.items()
    if why is None and len(both) > 1:
        # "sent 04/02/2027" where nothing settles the order: the reading since the interview,
        # and the Problems cell says which order it took and why not the other (fx214), and
        # how the row's country writes dates ("though dates are written month-first in the
        # United States").
        why = _order_taken(day, both, near, how, as_of, habit)
    said = order.reading(note, day) if order is not None and settled and why else None
    if why and said is not None:  # "(nearest the interview date; day-first, every row's …)"
        because = said[said.index("(") + 1 : -1]
        why = f"{why[:-1]}; {because})" if why.endswith(")") else f"{why} ({because})"
    return None, np.datetime64(day, "ns"), why


# The date a year-less date is placed by, as ``sent``'s ``how`` names it.
_NEAR_DATE = {
    "nearest the interview date": "interview date",
    "nearest the applied date": "applied date",
}
MARKED_SENT_UNDATED = "so it is read as sent on a day not noted"


def _in_order(day: dt.date, dayfirst: bool | None) -> str:
    """'Wed 2027-02-03 (day-first)': a reading of a date either order reads, and its order."""
    return f"{day:%a %Y-%m-%d} ({'day-first' if dayfirst else 'month-first'})"


def _order_taken(
    day: dt.date,
    both: dict[dt.date, bool | None],
    near: np.datetime64,
    how: str,
    as_of: dt.date | None,
    habit: DateHabit | None = None,
) -> str:
    """Why a full date after a yes-mark that reads two ways ("sent 04/02/2027") was read as
    ``day``: the other reading (``both``: each reading's order) is before ``near`` (the
    interview) or after ``as_of``; and how the row's country writes dates (``habit``)."""
    other = next(d for d in both if d != day)
    if other > day and as_of is not None:
        where = f"after {as_of:%a %Y-%m-%d}, the date of this run"
    else:
        what = _NEAR_DATE.get(how, "date").removesuffix(" date")
        where = f"before the {what} on {pd.Timestamp(near).date():%a %Y-%m-%d}"
    read = f"{day:%Y-%m-%d}" if habit is None else f"{day:%Y-%m-%d}, {habit.said(both[day])}"
    return (
        f"reads as {_in_order(day, both[day])} or {_in_order(other, both[other])}, which is"
        f" {where}: read as {read}; write the day it went in full if that is wrong"
    )


def _habit_taken(
    day: dt.date,
    both: dict[dt.date, bool | None],
    near: np.datetime64,
    how: str,
    as_of: dt.date | None,
    habit: DateHabit,
) -> str:
    """Why a date after a yes-mark that reads two ways, both since the interview ("sent
    03/02/2027"), was read as ``day``: the order the row's country writes dates in."""
    read = " or ".join(_in_order(d, first) for d, first in both.items())
    return (
        f"reads as {read}, and both are between {_window(near, how, as_of)}: read as"
        f" {day:%Y-%m-%d}, {habit.said(both[day])}; write the day it went in full if that is"
        " wrong"
    )


def _window(near: np.datetime64, how: str, as_of: dt.date | None) -> str:
    """'the interview on Mon 2027-02-01 and Sat 2027-03-20, the date of this run': the days a
    sent date may be between."""
    what = _NEAR_DATE.get(how, "date").removesuffix(" date")
    since = f"the {what} on {pd.Timestamp(near).date():%a %Y-%m-%d}" if not np.isnat(near) else ""
    until = f"{as_of:%a %Y-%m-%d}, the date of this run" if as_of is not None else ""
    return " and ".join(part for part in (since, until) if part)


def _date_set_aside(
    note: str,
    both: dict[dt.date, bool | None],
    fitting: dict[dt.date, str | None],
    near: np.datetime64,
    how: str,
    as_of: dt.date | None,
    unread: str | None,
) -> str:
    """Why the date ``note`` after a yes-mark was set aside (``_marked_then``): ``both``, the
    dates it reads as, each with its order (True: day-first), which the reason names (fx214:
    "reads as Wed 2027-02-03 (day-first) or Tue 2027-03-02 (month-first)"); ``fitting``,
    those between ``near`` and ``as_of``; ``unread``, why a reading of it gave no date."""
    if len(both) < 2 and relative_day(note):
        return (
            f'is marked sent, but "{note}" counts from the day it was typed, which the tracker'
            f" does not keep, {MARKED_SENT_UNDATED}: write the day it went"
        )
    if len(both) < 2:
        why = unread or dates.NOT_A_DATE
        return f'is marked sent, but its date "{note}" {why}, {MARKED_SENT_UNDATED}'
    read = " or ".join(_in_order(day, dayfirst) for day, dayfirst in both.items())
    window = _window(near, how, as_of)
    fits = "both are" if fitting else "neither is"
    return (
        f'is marked sent, but its date "{note}" reads as {read}, and {fits} between '
        f"{window}, {MARKED_SENT_UNDATED}: write the day it went in full"
    )


EARLIEST_PLAUSIBLE = np.datetime64("2000-01-01", "ns")
PLAUSIBLE_YEARS_AHEAD = 2


def plausibility(dates: np.ndarray, as_of: dt.date | None, what: str) -> np.ndarray:
    """Per row, why its date cannot be the row's (a typo such as 1926 or 2062), else None."""
    values = np.asarray(dates, dtype="datetime64[ns]")
    reasons = np.full(len(values), None, dtype=object)
    reasons[values < EARLIEST_PLAUSIBLE] = f"is not a plausible {what} date (before 2000)"
    if as_of is not None:
        reasons[values > _latest_plausible(as_of)] = (
            f"is not a plausible {what} date (more than {PLAUSIBLE_YEARS_AHEAD} years after "
            f"{as_of:%Y-%m-%d})"
        )
    return reasons


# What to do of a date after the run's: its typo fixed, or, when it is right, a run from that
# day, which counts it.
FIX_DATE_AHEAD = "fix the date, or run again from that day if it is right"


def after_as_of(
    dates: np.ndarray, as_of: dt.date | None, what: str = "an application cannot be sent"
) -> np.ndarray:
    """Per row, why its date cannot be (it is after the run's date: an application or a
    message is not sent in the future, so it is a typo or a date read the wrong way round),
    else None. Days are compared: a time later on the run's day is no problem. A date that
    is right is counted by a run on or after that day, and the reason says so: the row's
    status is a plain Needs info that no day opened changes (ot140 F2)."""
    values = np.asarray(dates, dtype="datetime64[ns]").astype("datetime64[D]")
    reasons = np.full(len(values), None, dtype=object)
    if as_of is not None:
        reasons[values > np.datetime64(as_of, "D")] = (
            f"is after {as_of:%a %Y-%m-%d}, the date of this run: {what} in the future; "
            f"{FIX_DATE_AHEAD}"
        )
    return reasons


def before_interview(dates: np.ndarray, interview: np.ndarray, consequence: str) -> np.ndarray:
    """Per row, why its date cannot be this interview's (it is on a day before it: a typo, or
    an earlier round's), else None; ``consequence`` says what is done with it."""
    days = np.asarray(dates, dtype="datetime64[ns]").astype("datetime64[D]")
    interview_days = np.asarray(interview, dtype="datetime64[ns]").astype("datetime64[D]")
    reasons = np.full(len(days), None, dtype=object)
    for i in np.flatnonzero(days < interview_days):  # NaT compares false: dated rows only
        when = interview_days[i].astype(dt.date)
        reasons[i] = f"is before the interview on {when:%a %Y-%m-%d}: {consequence}"
    return reasons


def before_applied(
    dates: np.ndarray,
    applied: np.ndarray,
    cells: Callable[[np.ndarray], list[str]],
    consequence: str,
) -> np.ndarray:
    """Per row, why its date cannot follow the application (it is on a day before the
    applied date, in the cell ``cells`` names for the row, if any: one of the two dates is a
    typo), else None; ``consequence`` says what is done with it."""
    days = np.asarray(dates, dtype="datetime64[ns]").astype("datetime64[D]")
    applied_days = np.asarray(applied, dtype="datetime64[ns]").astype("datetime64[D]")
    reasons = np.full(len(days), None, dtype=object)
    early = np.flatnonzero(days < applied_days)  # NaT compares false: dated rows only
    for i, cell in zip(early, cells(early), strict=True):
        when = applied_days[i].astype(dt.date)
        where = f" in {cell}" if cell else ""
        reasons[i] = f"is before the applied date {when:%a %Y-%m-%d}{where}: {consequence}"
    return reasons


def with_reading(
    values: pd.Series,
    dates: np.ndarray,
    reasons: np.ndarray,
    order: date_columns.DateOrder | None,
) -> np.ndarray:
    """``reasons`` with how each ambiguous date among them was read ('"12/1/2026", read as 12
    January 2026 (day-first, from …), is before the interview …'): the other reading may be
    the one meant, and the reason alone reads as nonsense to whoever typed 1 December."""
    bad = np.flatnonzero(pd.notna(reasons))
    if order is None or not len(bad):
        return reasons
    result = np.array(reasons, dtype=object)
    cells = values.to_numpy(dtype=object)
    for i in bad:
        read = pd.Timestamp(dates[i]).date()
        said = order.reading(cells[i], read)
        if said is not None:
            result[i] = f", {said}, {result[i]}"
    return result


@functools.cache
def _latest_plausible(as_of: dt.date) -> np.datetime64:
    """The last plausible date for a run as of ``as_of`` (asked for every date column)."""
    latest = pd.Timestamp(as_of) + pd.DateOffset(years=PLAUSIBLE_YEARS_AHEAD)
    return latest.to_datetime64()
