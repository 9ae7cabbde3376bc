"""What keeps a written workbook true between runs: each row's live status.

A ``Follow-up status`` with a next due date is written as a formula over ``TODAY()`` (the run's
answer is its cached value), so the word is right on whatever day the file is opened. What
the formula needs of each row is worked out here, from the run: the row's business-day
calendar (a column of the hidden sheet the tool owns), the word it settles in while its date
is further off than "due soon" (Scheduled, Moved on, Closed), and a test of the user's sent
cell for the row's next action (filled since the run: ``Sent — run again``), which counts a mark
and a date on or after the row's interview (or application), as a run does. A row that needs
info only for a date typed after the run's day says so until that day, then what a run from
that day says (``CountedAhead``).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from followup_batch.normalise.vocabularies import FOLLOWED_UP
from followup_batch.read.fields import SENT_FIELDS as INTERVIEW_SENT_FIELDS
from followup_batch.read.table import RawTable
from followup_batch.schedule.business_days import Calendars
from followup_batch.schedule.labels import (
    CLOSED,
    DUE_SOON,
    DUE_TODAY,
    MOVED_ON,
    NEEDS_INFO,
    OVERDUE,
    SCHEDULED,
)

SENT_AGAIN = "Sent — run again"
# The rules skip an unsent action once the next one's due date has come (DESIGN section 3: no
# two check-ins back to back), and an unsent thank-you two weeks after its due date, so from
# that day the run's Next action is out of date.
NEXT_STEP_DUE = "Next step due — run again"
# An unsent thank-you two weeks late is skipped though the step after it may be days or weeks
# off: from that day a tracker row's status follows its 1st check-in's date, the word a run
# gives (fx174), and the thank-you's message in the outbox, out of date, says so.
STEP_SKIPPED = "Step skipped — run again"
# The rules move a row on once its last message went unanswered, or unsent, long enough (DESIGN
# section 3: moved on, gone quiet): from that day the run's Next action and status are out of date.
MOVED_ON_AGAIN = "Moved on — run again"
# A sent cell filled since the run with a date after today: a run says a message cannot be
# sent in the future, and the row needs info (ot140 F3: it said "Sent — run again").
SENT_AHEAD = NEEDS_INFO
# Per next-action key, the owned column of the following action's due date.
FOLLOWING_DUE = {
    "thank_you": "check_in_1_due",
    "check_in_1": "check_in_2_due",
    "check_in_2": "final_due",
}
# The words a formula can give; the other statuses (Needs info, Not applied, a closed row with
# nothing left to send) stay plain text, and so does Waiting but on a row that moves on at a
# known date.
LIVE_STATUSES = frozenset({OVERDUE, DUE_TODAY, DUE_SOON, SCHEDULED, MOVED_ON, CLOSED})


def is_status_formula(text: str) -> bool:
    """A formula the tool wrote in a status cell, as ``xlsx.formulas.status_formulas`` spells
    it, in whatever row a person filled it into."""
    return (
        SENT_AGAIN in text
        or MOVED_ON_AGAIN in text
        # A row that needs info until a date typed ahead comes (``CountedAhead``).
        or (text.startswith("IF(TODAY()<DATE(") and f',"{SENT_AHEAD}",' in text)
        or (f'"{OVERDUE}",IF(' in text and f'"{DUE_TODAY}"' in text)
    )


def is_run_again(word: str) -> bool:
    """A status word a live formula gives when the run's answer is out of date."""
    return word in (SENT_AGAIN, NEXT_STEP_DUE, STEP_SKIPPED, MOVED_ON_AGAIN)


# The user's column that says an action went out, per next-action key.
SENT_FIELDS = {
    "thank_you": "thank_you_sent",
    "check_in_1": "check_in_1_sent",
    "check_in_2": "check_in_2_sent",
    "final": "final_sent",
    "networking": "networking_sent",
    "application_check_in": "application_check_in_sent",
}
MAX_FORMULA_TEXT = 255  # Excel's limit on a text constant in a formula
EXCEL_EPOCH = dt.date(1899, 12, 30)
MAC_EPOCH = dt.date(1904, 1, 1)


@dataclass(frozen=True)
class LiveStatus:
    """What the live status formulas of one tracker sheet need.

    ``rows``: indexed by Excel row, columns ``calendar`` (the row's calendar key), ``later``
    (the word it settles in), ``sent`` (a test of the row's sent cell, such as
    ``$M5<>""``; '' when there is none to test) and ``following`` (the owned column of the
    following action's due date, ``FOLLOWING_DUE``; '' for none) and ``moves_on`` (the day
    a run first says the row moved on, ``ScheduleDetails.moves_on``; NaT for none) and
    ``drops_on`` (the day a run drops its unsent networking check-in and the row settles in
    ``later``, ``ScheduleDetails.drops_on``; NaT for none) and ``skips_on`` (the day a run
    skips its unsent thank-you as too late, ``ScheduleDetails.skips_on``; NaT for none) and
    ``sent_next`` (a thank-you row's test of its 1st check-in's sent cell, for the days after
    ``skips_on``; '' for none), and ``sent_cell`` and ``sent_next_cell``, the cells those
    tests read ('' for none: a date there after today is not sent yet, ``SENT_AHEAD``).
    ``business_days``:
    calendar key -> its business days, sorted, over the years the file may be opened in (the
    whole workbook's calendars, so every tracker sheet's formulas point into the same columns),
    in the order of the calendars sheet's columns, each followed by a blank (None) for each of
    the config's days off among them, which its ranges take in (``business_days_for``).
    ``marks``: the workbook's undated check-in marks counted from a run's day, the cells of the
    calendars sheet's last column (``memory.marks_seen.book_texts``), so they travel with the
    file.
    """

    rows: pd.DataFrame
    business_days: Mapping[str, Sequence[dt.date | None]]
    ahead: CountedAhead | None = None
    marks: tuple[str, ...] = ()


@dataclass(frozen=True)
class CountedAhead:
    """The rows of a sheet that need info only for a date typed after the run's day (a sent
    date, a Date Applied, a Last Reply: ``normalise``'s ``ahead_on``), as a run from that day
    gives them: the sheet computed with those dates counted (``count_dates_ahead``). Each
    indexed by Excel row: ``on``, the day; ``rows``, their ``LiveStatus.rows``; ``status``
    and ``due``, their status and next due date; ``following``, owned due column -> their
    dates in it (``FOLLOWING_DUE``). Their status cells say Needs info until that day, then
    follow the date as any live status does (ot140 F2: a plain Needs info stayed on every
    later day)."""

    on: pd.Series
    rows: pd.DataFrame
    status: pd.Series
    due: pd.Series
    following: Mapping[str, pd.Series]


def live_status(
    table: RawTable,
    calendar: pd.Series,
    next_action_key: np.ndarray,
    later_status: np.ndarray,
    moves_on: np.ndarray,
    business_days: Mapping[str, Sequence[dt.date | None]],
    drops_on: np.ndarray | None = None,
    skips_on: np.ndarray | None = None,
    interview: np.ndarray | None = None,
    applied: np.ndarray | None = None,
) -> LiveStatus:
    """The live-status inputs of a tracker sheet (``calendar`` indexed by Excel row).
    ``interview`` and ``applied``: each row's dates as the run read them (NaT for none), the
    first days a sent date counts on (``_first_days``)."""
    index = calendar.index
    keys = np.asarray(next_action_key)
    sent = np.full(len(index), "", dtype=object)
    # The 1st check-in's sent cell of a thank-you row: once the thank-you is skipped as too
    # late, the check-in is the row's next action, and filling its cell says to run again.
    sent_next = np.full(len(index), "", dtype=object)
    # Positions in the table's cells when they are the rows of ``calendar`` (always, from
    # ``batch``): a label lookup per action costs more than a small tracker's tests.
    same_rows = table.cells.index.equals(index)
    # The cell each test reads: a date typed there after today is not sent yet (``SENT_AHEAD``).
    sent_cell = np.full(len(index), "", dtype=object)
    sent_next_cell = np.full(len(index), "", dtype=object)
    for key, field_name, tests, cells in (
        *((key, field_name, sent, sent_cell) for key, field_name in SENT_FIELDS.items()),
        ("thank_you", SENT_FIELDS["check_in_1"], sent_next, sent_next_cell),
    ):
        at = np.flatnonzero(keys == key)
        if field_name not in table.mapping or not len(at):
            continue
        letter = _letter(table.mapping[field_name] + 1)
        column = table.cells[field_name]
        raw = column.to_numpy()[at] if same_rows else column.reindex(index[at]).to_numpy()
        firsts = _first_days(field_name, interview, applied, at)
        refs = [f"${letter}{row}" for row in index[at].tolist()]
        tests[at] = [
            _sent_test(ref, value, table.epoch_1904, first)
            for ref, value, first in zip(refs, raw.tolist(), firsts, strict=True)
        ]
        cells[at] = [ref if test else "" for ref, test in zip(refs, tests[at], strict=True)]
    if "outcome" in table.mapping:
        _or_followed_up(sent, keys, table, index)
    frame = pd.DataFrame(
        {
            "calendar": calendar.astype(str),
            "later": later_status,
            "sent": pd.Series(sent, index=index, dtype=object),
            "sent_cell": pd.Series(sent_cell, index=index, dtype=object),
            "sent_next": pd.Series(sent_next, index=index, dtype=object),
            "sent_next_cell": pd.Series(sent_next_cell, index=index, dtype=object),
            "following": pd.Series(keys, index=index, dtype=object).map(FOLLOWING_DUE).fillna(""),
            "moves_on": pd.Series(moves_on, index=index).astype("datetime64[ns]"),
            "drops_on": _days_or_none(drops_on, index),
            "skips_on": _days_or_none(skips_on, index),
        },
        index=index,
    )
    return LiveStatus(frame, business_days)


def _days_or_none(days: np.ndarray | None, index: pd.Index) -> pd.Series:
    """A day per row (NaT: none), all NaT when ``days`` is None."""
    values = np.full(len(index), np.datetime64("NaT")) if days is None else days
    return pd.Series(values, index=index).astype("datetime64[ns]")


def _or_followed_up(sent: np.ndarray, keys: np.ndarray, table: RawTable, index: pd.Index) -> None:
    """The sent tests of the application check-ins, or the row's stage cell changed to a word
    that says it went out ("Followed up", ``says_followed_up``), as a run reads it: a tracker
    without a sent column for it has only that to type into."""
    at = np.flatnonzero(keys == "application_check_in")
    if not len(at):
        return
    letter = _letter(table.mapping["outcome"] + 1)
    words = ",".join(f'"{word}"' for word in sorted(FOLLOWED_UP))
    for i, row in zip(at.tolist(), index[at].tolist(), strict=True):
        # The words as ``header_key`` compares them: case (MATCH ignores it), spaces and
        # hyphens aside.
        cell = f'SUBSTITUTE(SUBSTITUTE(${letter}{row}," ",""),"-","")'
        said = f"ISNUMBER(MATCH({cell},{{{words}}},0))"
        sent[i] = f"OR({sent[i]},{said})" if sent[i] else said


def _first_days(
    field_name: str, interview: np.ndarray | None, applied: np.ndarray | None, at: np.ndarray
) -> list[dt.date | None]:
    """Per row of ``at``, the first day a date in its ``field_name`` cell counts as sent, as
    a run reads it: a step after the interview from the interview's day, the application's
    check-in from the applied date (an earlier date is a typo, or an earlier round's, that
    the run reports and does not count); None for none (no such date, networking)."""
    days = interview if field_name in INTERVIEW_SENT_FIELDS else None
    if field_name == SENT_FIELDS["application_check_in"]:
        days = applied
    if days is None:
        return [None] * len(at)
    # NaT is None in a list of days.
    return np.asarray(days[at], dtype="datetime64[ns]").astype("datetime64[D]").tolist()


# What people type into a sent cell to say the message has not gone yet ("no", "Not yet",
# "-", "n/a", "TBD", "pending"), as the live test compares them: spaces, hyphens, slashes and
# dots taken out (a ``header_key`` the formula can spell), so "-" and "n.a." are "" and "na".
# Each is a word the run reads as not sent (``NO_MARKS``, ``PLACEHOLDERS``, ``NOT_APPLICABLE``):
# the common ones only, since every row's formula spells the list (any other text counts live).
UNSENT_TYPED = ("", "no", "n", "notyet", "notsent", "pending", "na", "none", "tbd", "tbc", "tba")
# The characters taken out of a typed cell before it is compared with ``UNSENT_TYPED``.
_UNSENT_SEPARATORS = (" ", "-", "/", ".")


def _sent_test(ref: str, value: object, epoch_1904: bool, first: dt.date | None = None) -> str:
    """A test that holds once the user changed the cell from what the run read to something
    the next run counts as sent (``_marked_or_dated``): an empty cell filled, a date made later
    (networking: the last touch), a checkbox ticked, a text replaced. With ``first``
    (``_first_days``), a date counts from that day on and after the one read (ot120 F2, F3:
    ``yes`` over a date the run did not count, a date before the interview)."""
    if isinstance(value, bool):
        return f"{ref}=TRUE" if not value else ""
    read = _number(value, epoch_1904)
    floor = max(_serial(first, epoch_1904) - 1 if first is not None else 0, read or 0)
    blank = value is None or (isinstance(value, str) and not value.strip())
    if blank or read is not None:
        return _marked_or_dated(ref, floor)
    text = str(value)
    if len(text) > MAX_FORMULA_TEXT or "\n" in text:
        return ""
    replaced = f'{ref}<>"' + text.replace('"', '""') + '"'
    return f"AND({replaced},{_marked_or_dated(ref, floor)})"


def _marked_or_dated(ref: str, floor: float) -> str:
    """The cell holds what the run counts as sent: text (a mark) other than spaces alone, a no
    ("no", "not yet", "-": ``UNSENT_TYPED``) or a question ("sent?": ``asks``), or a ticked
    checkbox, or a date (a number) after ``floor``, a serial. A formula's "" is no mark
    either: the run reads such a cell as empty."""
    key = ref
    for separator in _UNSENT_SEPARATORS:
        key = f'SUBSTITUTE({key},"{separator}","")'
    words = ",".join(f'"{word}"' for word in UNSENT_TYPED)
    said = f'RIGHT(TRIM({ref}))<>"?",ISNA(MATCH({key},{{{words}}},0))'
    return f"OR(AND(ISTEXT({ref}),{said}),{ref}=TRUE,N({ref})>{floor:g})"


def _number(value: object, epoch_1904: bool) -> float | None:
    """A cell's value as the number a formula's ``N()`` reads (a date as its serial), None
    for text and an empty cell."""
    if isinstance(value, dt.datetime | dt.date):
        return _serial(value.date() if isinstance(value, dt.datetime) else value, epoch_1904)
    if isinstance(value, int | float) and not pd.isna(value):
        return value
    return None


def _serial(day: dt.date, epoch_1904: bool) -> int:
    """A day as the workbook's date serial."""
    return (day - (MAC_EPOCH if epoch_1904 else EXCEL_EPOCH)).days


def _letter(column: int) -> str:
    from followup_batch.write.xlsx.xmlbytes import column_letter

    return column_letter(column)


def business_days_for(
    calendars: Calendars,
    keys: Sequence[str],
    as_of: dt.date,
    years_after: int,
    placed: Sequence[tuple[str, dt.date | None, dt.date | None]] = (),
) -> dict[str, tuple[dt.date | None, ...]]:
    """Each calendar's business days from the year before ``as_of`` to ``years_after`` years
    after it (as far as ``calendars`` reach): the days the live formulas count on, in the
    order of the calendars sheet's columns. ``placed``: the columns of the sheet a run of one
    sheet (``--sheet``) replaces, each key with its first and last days, whose other tracker
    sheets' formulas name them: each stays where it is (one the calendars do not know,
    empty), the new keys after them (sorted, as a run of every sheet places them all; ot140
    F1: a column moved under a formula), and each keeps its days (``_kept_days``), also in
    a run dated before its first day: the column cannot start earlier without the other
    sheets' ranges, their rows as written, ending a year short (fx351). Such a run's own
    formulas then say no "Due soon" on the days before that first day, days already past
    when the workbook was first run.

    Each column ends with room for the config's days off in it (``with_room``): a blank row
    for each, so that every range of it reaches as far as the column without them would, the
    ranges of the other sheets written before a run of one sheet without them too."""
    first = max(as_of.year - 1, calendars.years.start)
    last = min(as_of.year + years_after, calendars.years.stop - 1)
    spans = {key: (start, end) for key, start, end in reversed(placed)}  # twice: its first
    order = list(spans)[::-1]
    order += sorted(set(keys) - set(order))
    days: dict[str, tuple[dt.date | None, ...]] = {}
    for key in order:
        start, end = spans.get(key, (None, None))
        try:
            if not key:
                days[key] = ()
            elif start is not None:
                end_year = max(last, end.year if end is not None else last)
                kept = _kept_days(calendars, key, start, end_year)
                days[key] = with_room(
                    kept, _kept_days(_no_days_off(calendars), key, start, end_year)
                )
            else:
                column = calendars.get(key).business_days(first, last)
                plain = _no_days_off(calendars).get(key).business_days(first, last)
                days[key] = with_room(column, plain)
        except (NotImplementedError, KeyError, ValueError):  # a header not a calendar's key
            days[key] = ()
    return days


def with_room(
    column: tuple[dt.date, ...], without_days_off: tuple[dt.date, ...]
) -> tuple[dt.date | None, ...]:
    """A calendar's column of business days with a blank (None) after it for each of the
    config's days off among them (``without_days_off``: the same column, none off). The
    ranges of the column end where it would end without them: a run of one sheet after the
    days off are taken out of the config makes the column that much longer, down to the last
    row the other sheets' formulas name, not past it (their last days, two days off taken
    out, were two days short of the column's: fx365)."""
    return column + (None,) * (len(without_days_off) - len(column))


def _no_days_off(calendars: Calendars) -> Calendars:
    """``calendars`` without the config's days off (themselves when there are none)."""
    if not calendars.days_off:
        return calendars
    years = calendars.years
    return Calendars.spanning(dt.date(years.start, 1, 1), dt.date(years.stop - 1, 12, 31))


def _kept_days(calendars: Calendars, key: str, start: dt.date, last: int) -> tuple[dt.date, ...]:
    """The business days of ``key`` from ``start``, the first day its column has, to the end
    of ``last`` (the later of this run's last year and the column's): the other sheets'
    formulas name the rows of that column as it was written, so a day in row 2 stays there
    and each of their days where it was (a run of one sheet with a row of an earlier year
    started the column a year before, and the other sheets' ranges stopped a year short of
    the days they count on: fx338)."""
    if not (calendars.years.start <= start.year and last < calendars.years.stop):
        calendars = Calendars.spanning(start, dt.date(last, 12, 31), calendars.days_off)
    days = calendars.get(key).business_days(start.year, last)
    return days[bisect.bisect_left(days, start) :]
