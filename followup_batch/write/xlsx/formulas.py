"""The formulas the tool writes, in the one spelling Excel and LibreOffice both evaluate.

The live status avoids ``WORKDAY.INTL`` (Excel stores it as ``_xlfn.WORKDAY.INTL``, which
LibreOffice shows as ``#NAME?``): "N business days after today" is read from a column of the
calendar's business days in the hidden calendars sheet, ``INDEX(days, MATCH(TODAY(), days, 1)
+ N)`` — the last business day on or before today, then N further on, as the schedule counts.
Every formula that must follow the date calls ``TODAY()`` itself: LibreOffice recomputes on
open only the cells that do.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from followup_batch.memory.marks_seen import BOOK_HEADER
from followup_batch.schedule.labels import CLOSED, DUE_SOON, DUE_TODAY, MOVED_ON, OVERDUE, WAITING
from followup_batch.write.live import (
    FOLLOWING_DUE,
    LIVE_STATUSES,
    MAX_FORMULA_TEXT,
    MOVED_ON_AGAIN,
    NEXT_STEP_DUE,
    SENT_AGAIN,
    SENT_AHEAD,
    STEP_SKIPPED,
    LiveStatus,
)
from followup_batch.write.xlsx.extra_sheet import OwnSheet
from followup_batch.write.xlsx.xmlbytes import column_letter

# What the Drafts sheet says of a message whose tracker row moved (a sort) or is gone.
ROW_MOVED = "Row moved — run again"
ROW_DELETED = "Row deleted — run again"


def sheet_reference(name: str) -> str:
    """A sheet's name as formulas write it: quoted, quotes doubled."""
    return "'" + name.replace("'", "''") + "'"


def calendar_sheet(live: LiveStatus) -> tuple[OwnSheet, dict[str, str]]:
    """The hidden sheet of business days (one column per calendar key) and, per key, the
    range of its days (``$B$2:$B$1045``, without the sheet), the columns in the order of
    ``live.business_days``."""
    days = tuple((key, tuple(column)) for key, column in live.business_days.items())
    sheet, ranges = _calendar_sheet(days)
    if not live.marks:
        return sheet, dict(ranges)
    # The undated marks counted from a run's day, after the calendars: the formulas' ranges
    # stay where they are, and the file carries the days to wherever it is copied.
    longest = max(sheet.rows, len(live.marks))
    columns = {
        key: pd.Series(list(column) + [None] * (longest - len(column)), dtype=column.dtype)
        for key, column in ((k, pd.Series(c)) for k, c in sheet.columns.items())
    }
    marks = list(live.marks) + [""] * (longest - len(live.marks))
    frame = pd.DataFrame({**columns, BOOK_HEADER: marks})
    return OwnSheet.from_frame(frame, hidden=True), dict(ranges)


@functools.lru_cache(maxsize=32)  # a coach's clients' countries: a dozen sets in 30 files
def _calendar_sheet(
    days: tuple[tuple[str, tuple[dt.date | None, ...]], ...],
) -> tuple[OwnSheet, dict]:
    """``calendar_sheet`` of these calendars, made once a run (the same in every workbook)."""
    longest = max((len(d) for _, d in days), default=0)
    columns = {}
    ranges = {}
    for i, (key, column) in enumerate(days):
        columns[key] = pd.Series(pd.to_datetime(list(column) + [None] * (longest - len(column))))
        letter = column_letter(i + 1)
        ranges[key] = f"${letter}$2:${letter}${len(column) + 1}"
    frame = pd.DataFrame(columns) if columns else pd.DataFrame({"": []})
    return OwnSheet.from_frame(frame, hidden=True, cache_key=days), ranges


def status_formulas(
    live: LiveStatus,
    status: pd.Series,
    due: pd.Series,
    due_letter: str,
    calendar: str,
    ranges: Mapping[str, str],
    due_soon_bd: int,
    following: Mapping[str, tuple[str, pd.Series]] | None = None,
) -> dict[int, str]:
    """Excel row -> the live formula of its status cell, for the rows whose status follows the
    date: a next due date and a word of ``LIVE_STATUSES``. ``calendar`` is the calendars
    sheet's name, ``ranges`` its columns (``calendar_sheet``). ``following``: owned due
    column -> (its letter, the run's dates in it): from the day the following action's date
    comes, the status says ``NEXT_STEP_DUE`` (the next run skips the row's next action); from
    the day an unsent thank-you is too late to send (``skips_on``) while its 1st check-in is
    still off, the word a run gives then: the check-in's, by its own date (Scheduled, Due
    soon, Due today, Overdue; ``NEXT_STEP_DUE`` once the 2nd check-in's date comes, ``SENT_AGAIN``
    once the check-in's sent cell is filled); ``STEP_SKIPPED`` when the row has no such date;
    from the day the row moves on (``LiveStatus.rows``' ``moves_on``), ``MOVED_ON_AGAIN``, also
    on a ``Waiting`` row; from the day a run drops its unsent networking check-in
    (``drops_on``), the word a run gives then, the row's later word (Closed, Moved on).

    A row that needs info only for a date typed after the run's day (``LiveStatus.ahead``)
    says ``SENT_AHEAD`` until that day, then the status a run from that day gives it: the
    row's formula as computed with the date counted, its dates written into it (the row's
    cells hold this run's answer, none)."""
    following = following or {}
    formulas = _formulas(
        live.rows, status, due, due_letter, calendar, ranges, due_soon_bd, following
    )
    ahead = live.ahead
    if ahead is None:
        return formulas
    counted = _formulas(
        ahead.rows,
        ahead.status,
        ahead.due,
        "",
        calendar,
        ranges,
        due_soon_bd,
        {key: ("", dates) for key, dates in ahead.following.items()},
    )
    for row, day, word in zip(
        ahead.on.index.tolist(), ahead.on.tolist(), ahead.status.tolist(), strict=True
    ):
        then = counted.get(int(row), _text(str(word)))
        formulas[int(row)] = f'IF(TODAY()<{_date(day)},"{SENT_AHEAD}",{then})'
    return formulas


def _formulas(
    rows: pd.DataFrame,
    status: pd.Series,
    due: pd.Series,
    due_letter: str,
    calendar: str,
    ranges: Mapping[str, str],
    due_soon_bd: int,
    following: Mapping[str, tuple[str, pd.Series]],
) -> dict[int, str]:
    """``status_formulas`` of ``rows`` (``LiveStatus.rows``), the status of each row as given;
    a letter '' for a date written into the formula (``_cell``)."""
    inputs = _row_inputs(rows)
    sheet = sheet_reference(calendar)
    follow = _following_cells(rows, status.index, following)
    moves_on = _days(rows, "moves_on")
    drops_on = _days(rows, "drops_on")
    skips_on = _days(rows, "skips_on")
    waits = _check_in_waits(rows, following)
    check_in_2 = following.get(FOLLOWING_DUE["check_in_1"])
    second = set() if check_in_2 is None else set(check_in_2[1].dropna().index.tolist())
    sent_next = _sent_next(rows)
    formulas = {}
    for row, word, has_due in zip(
        status.index.tolist(), status.tolist(), due.notna().tolist(), strict=True
    ):
        if row not in inputs:
            continue
        key, later, sent, sent_cell = inputs[row]
        if word == WAITING and row in moves_on:
            formula = f'"{WAITING}"'
        elif word in LIVE_STATUSES and has_due and key in ranges:
            days = f"{sheet}!{ranges[key]}"
            formula = _by_date(_cell(due_letter, due, row), days, due_soon_bd, later)
        else:
            continue
        if row in drops_on:
            formula = f'IF(TODAY()>={drops_on[row]},"{later}",{formula})'
        if row in moves_on:
            formula = f'IF(TODAY()>={moves_on[row]},"{MOVED_ON_AGAIN}",{formula})'
        if row in waits and key in ranges:
            # The thank-you too late, the check-in still off: a run's next action is the
            # check-in from that day, and the status is the check-in's, by its own date.
            letter, dates = following[FOLLOWING_DUE["thank_you"]]
            then = _by_date(_cell(letter, dates, row), f"{sheet}!{ranges[key]}", due_soon_bd, later)
            if check_in_2 is not None and row in second:
                f = _cell(*check_in_2, row)
                then = f'IF(AND(ISNUMBER({f}),{f}<=TODAY()),"{NEXT_STEP_DUE}",{then})'
            if row in sent_next:
                test, cell = sent_next[row]
                then = f"IF({test},{_sent_word(cell)},{then})"
            formula = f"IF(TODAY()>={skips_on[row]},{then},{formula})"
        else:
            if row in skips_on:
                formula = f'IF(TODAY()>={skips_on[row]},"{STEP_SKIPPED}",{formula})'
            if row in follow:
                f = follow[row]
                formula = f'IF(AND(ISNUMBER({f}),{f}<=TODAY()),"{NEXT_STEP_DUE}",{formula})'
        if sent:
            formula = f"IF({sent},{_sent_word(sent_cell)},{formula})"
        formulas[int(row)] = formula
    return formulas


def _sent_word(cell: str) -> str:
    """The word of a sent cell filled since the run (read from ``cell``; '' for none):
    ``SENT_AGAIN``, but ``SENT_AHEAD`` while a date typed there is after today, as a run then
    says (a message cannot be sent in the future)."""
    if not cell:
        return f'"{SENT_AGAIN}"'
    return f'IF(N({cell})>TODAY(),"{SENT_AHEAD}","{SENT_AGAIN}")'


def _by_date(d: str, days: str, due_soon_bd: int, later: str) -> str:
    """The status by the due date in cell ``d``, on the business days in ``days``, as a run
    gives it (DESIGN section 3): Overdue, Due today, Due soon (within ``due_soon_bd``
    business days), else ``later``."""
    return (
        f'IF({d}<TODAY(),"{OVERDUE}",IF({d}=TODAY(),"{DUE_TODAY}",'
        f"IF({d}<=IFERROR(INDEX({days},MATCH(TODAY(),{days},1)+{due_soon_bd}),0),"
        f'"{DUE_SOON}","{later}")))'
    )


def _check_in_waits(rows: pd.DataFrame, following: Mapping[str, tuple[str, pd.Series]]) -> set[int]:
    """The Excel rows whose unsent thank-you is too late to send (``LiveStatus.rows``'
    ``skips_on``) before their 1st check-in's date (the run's, in ``following``)."""
    check_in_1 = following.get(FOLLOWING_DUE["thank_you"])
    if "skips_on" not in rows or check_in_1 is None:
        return set()
    skips = rows["skips_on"].dropna()
    dates = check_in_1[1].reindex(skips.index)
    return set(skips.index[(dates > skips).to_numpy()].tolist())


def _sent_next(rows: pd.DataFrame) -> dict[int, tuple[str, str]]:
    """Excel row -> the test of its 1st check-in's sent cell and that cell
    (``LiveStatus.rows``' ``sent_next``, ``sent_next_cell``), where there is one."""
    if "sent_next" not in rows:
        return {}
    found = rows.loc[rows["sent_next"] != "", ["sent_next", "sent_next_cell"]]
    return {
        int(row): (str(test), str(cell))
        for row, test, cell in zip(
            found.index.tolist(),
            found["sent_next"].tolist(),
            found["sent_next_cell"].tolist(),
            strict=True,
        )
    }


def _following_cells(
    rows: pd.DataFrame, index: pd.Index, following: Mapping[str, tuple[str, pd.Series]]
) -> dict[int, str]:
    """Excel row -> the cell of its following action's due date, for the rows that have one
    (``LiveStatus.rows``' ``following`` column, a date in that column)."""
    if "following" not in rows or not following:
        return {}
    keys = rows["following"].reindex(index).fillna("")
    cells: dict[int, str] = {}
    for key, (letter, dates) in following.items():
        at = index[((keys == key) & dates.reindex(index).notna()).to_numpy()]
        cells.update((int(row), _cell(letter, dates, row)) for row in at.tolist())
    return cells


def _cell(letter: str, dates: pd.Series, row: int) -> str:
    """A row's date as its formula reads it: the cell in column ``letter``, or, for '', the
    row's day in ``dates`` written in (``DATE(2026,12,24)``)."""
    return f"${letter}{row}" if letter else _date(dates[row])


def _date(day: object) -> str:
    """A day as a formula's date, ``DATE(2026,12,24)``."""
    at = pd.Timestamp(day)
    return f"DATE({at.year},{at.month},{at.day})"


def _days(rows: pd.DataFrame, column: str) -> dict[int, str]:
    """Excel row -> its day in ``column`` of ``LiveStatus.rows`` (``moves_on``: the day it
    moves on; ``drops_on``: the day its networking check-in is dropped; ``skips_on``: the
    day its thank-you is too late) as a formula's date
    (``DATE(2026,4,28)``), for the rows that have one."""
    if column not in rows:
        return {}
    days = rows[column].dropna()
    # Each distinct day formatted once: a Timestamp a row took 0.2 s of 100,000 rows.
    distinct, inverse = np.unique(days.to_numpy(dtype="datetime64[D]"), return_inverse=True)
    texts = [f"DATE({day.year},{day.month},{day.day})" for day in distinct.tolist()]
    return dict(zip(days.index.tolist(), [texts[i] for i in inverse.tolist()], strict=True))


def _row_inputs(rows: pd.DataFrame) -> dict[int, tuple[str, str, str, str]]:
    """Excel row -> (calendar key, later word, sent test, its cell), from ``LiveStatus.rows``.
    Looked up in a dict: ``isin`` and ``reindex`` of the 50-row frames took 0.7 ms a sheet,
    most of ``status_formulas``."""
    return dict(
        zip(
            rows.index.tolist(),
            zip(
                rows["calendar"].tolist(),
                rows["later"].tolist(),
                rows["sent"].tolist(),
                rows["sent_cell"].tolist(),
                strict=True,
            ),
            strict=True,
        )
    )


def urgency_formulas(
    due_cells: Sequence[str],
    status_cells: Sequence[str],
    row_checks: Sequence[str],
    skips_on: Sequence[dt.date | None] | None = None,
) -> list[str]:
    """The Drafts sheet's live urgency: the tracker row's status once it says to run again
    (its sent cell filled, the following step due, or the row moved on) or that it needs info
    (a sent date typed after today, ``SENT_AHEAD``) or, past the
    message's due date, that the row is Closed or Moved on (a networking check-in dropped
    unsent), ``STEP_SKIPPED`` from the day a run skips the message (``skips_on``: an unsent
    thank-you too late, None for none; the row's status then follows its check-in), else by
    the message's due date (``TODAY()`` in every formula, so it follows the date).

    ``row_checks``: a test that the tracker row still holds the message's company and position
    ('' for none). References follow inserted and deleted rows, but a sort moves values under
    them: then the urgency says ``ROW_MOVED`` rather than another row's state, and
    ``ROW_DELETED`` once the row itself is gone (its references are ``#REF!``)."""
    formulas = []
    skips = list(skips_on) if skips_on is not None else [None] * len(due_cells)
    for due, status, check, skip in zip(due_cells, status_cells, row_checks, skips, strict=True):
        by_date = (
            f'IF({due}<TODAY(),"{OVERDUE}",'
            f'IF({due}=TODAY(),"{DUE_TODAY}",IF({due}-TODAY()=1,"Tomorrow",'
            f'"In "&({due}-TODAY())&" days")))'
        )
        if skip is not None:
            by_date = (
                f'IF(TODAY()>=DATE({skip.year},{skip.month},{skip.day}),"{STEP_SKIPPED}",{by_date})'
            )
        formula = (
            f'IF(OR({status}="{SENT_AGAIN}",{status}="{NEXT_STEP_DUE}",'
            f'{status}="{STEP_SKIPPED}",{status}="{MOVED_ON_AGAIN}",{status}="{SENT_AHEAD}",'
            f"AND({due}<TODAY(),"
            f'OR({status}="{CLOSED}",{status}="{MOVED_ON}"))),{status},{by_date})'
        )
        if check:
            formula = f'IFERROR(IF({check},{formula},"{ROW_MOVED}"),"{ROW_DELETED}")'
        formulas.append(formula)
    return formulas


def row_checks(
    cells: Sequence[tuple[str, Sequence[int], Sequence[object], str, Sequence[int | None]]],
) -> list[str]:
    """For each row, a test that tracker cells hold what the run read in them. ``cells``: per
    cell tested in a row, a column of them: (the tracker column's reference without its row,
    ``'T'!$B$``; the tracker rows; the texts read there; the Drafts column's, ``$C``; the
    Drafts row showing that text, or None). A cell is compared with its Drafts cell when there
    is one (a shorter formula), else with the text. A cell read with no text of its own (a
    number, a date, one under a merged cell) or one too long for a formula's text is not
    tested; '' for a row where none is. Made a column at a time, each text quoted once: the
    Drafts sheet's 60,000 messages took 0.18 s one by one, 0.10 s so."""
    tests = [_cell_tests(*column) for column in cells]
    if len(tests) == 2:  # Company and Position: the usual case, in one pass
        return [f"AND({a},{b})" if a and b else a or b for a, b in zip(*tests, strict=True)]
    checks = []
    for row in zip(*tests, strict=True):
        made = [test for test in row if test]
        checks.append("AND(" + ",".join(made) + ")" if len(made) > 1 else "".join(made))
    return checks


def _cell_tests(
    column: str, rows: Sequence[int], values: Sequence[object], shown: str, at: Sequence[int | None]
) -> list[str]:
    """``row_checks``' test of each cell of a column ('' for none)."""
    texts = {value for value in set(values) if isinstance(value, str) and value}
    quoted = {text: _with_line_feeds(text) for text in texts if len(text) <= MAX_FORMULA_TEXT}
    return [
        (
            f"{column}{row}={shown}{n}"
            if n is not None
            else f"{_lines_of(f'{column}{row}', value)}={quoted[value]}"
            if value in quoted
            else ""
        )
        if value in texts
        else ""
        for row, value, n in zip(rows, values, at, strict=True)
    ]


def _with_line_feeds(text: str) -> str:
    """``text`` as a formula's text, each line feed joined in as ``CHAR(10)``
    (``"Acme"&CHAR(10)&"GmbH"``), a CR LF as one: a cell typed on two lines is tested as it
    holds them (fx217; it was not tested at all). A lone carriage return stays in the quotes
    (``xmlbytes`` writes it ``&#13;``, ot99 F1)."""
    lines = text.replace("\r\n", "\n").split("\n")
    return "&CHAR(10)&".join('"' + line.replace('"', '""') + '"' for line in lines)


def _lines_of(cell: str, text: str) -> str:
    """The tracker ``cell`` as its test reads it: a cell read with a CR LF (Excel's
    ``_x000D_`` before a line feed) with each CR LF a line feed, as LibreOffice opens it
    (it keeps a lone carriage return, and Excel keeps both): ``_with_line_feeds`` spells it
    so."""
    if "\r\n" not in text:
        return cell
    return f"SUBSTITUTE({cell},CHAR(13)&CHAR(10),CHAR(10))"


def row_link(sheet: str, letter: str, row: int) -> tuple[str, str]:
    """A link to a tracker row that follows rows inserted or deleted above it (its target is
    worked out from a reference, ``ROW`` of the row's cell in column ``letter``: the Company
    column, the user's), and its text as the run writes it. The target is spelt as Excel
    wants it (``#'Sheet'!A5``); LibreOffice follows that spelling too."""
    where = sheet_reference(sheet)
    cell = f"${letter}${row}"
    target = '"#' + where.replace('"', '""') + '!A"'
    text = '"' + (sheet + " row ").replace('"', '""') + '"'
    formula = (
        f"IFERROR(HYPERLINK({target}&ROW({where}!{cell}),{text}&ROW({where}!{cell})),"
        f'"{ROW_DELETED}")'
    )
    return formula, f"{sheet} row {row}"


def count_formula(
    status_ranges: Sequence[str],
    word: str,
    client: tuple[str, Sequence[str]] | None,
    unnamed: Sequence[str] = (),
) -> str:
    """How many rows have ``word`` as their status, over every tracker sheet's status column;
    ``client``: (the client column's range, the client's criteria: ``exact_criterion`` of each
    of its spellings) to count one client's rows, and ``unnamed`` the status cells of its rows
    that no criterion finds (an empty Client cell, under a merged cell; a number, a date),
    counted as they are. ``TODAY()`` makes
    LibreOffice count the statuses as they read today."""
    return live_sum(count_terms(status_ranges, word, client, unnamed))


def count_terms(
    status_ranges: Sequence[str],
    word: str,
    client: tuple[str, Sequence[str]] | None,
    unnamed: Sequence[str] = (),
) -> list[str]:
    """The COUNTIF and COUNTIFS terms ``count_formula`` adds up (``live_sum``): a client on
    several sheets is counted by the terms of each."""
    quoted = _text(word)
    parts = []
    for status_range in status_ranges:
        if client is None:
            parts.append(f"COUNTIF({status_range},{quoted})")
        else:
            column, criteria = client
            parts += [
                f"COUNTIFS({status_range},{quoted},{column},{_text(criterion)})"
                for criterion in criteria
            ]
    parts += [f"COUNTIF({cells},{quoted})" for cells in unnamed]
    return parts


def live_sum(terms: Sequence[str]) -> str:
    """The counts ``terms`` added up, recomputed on open (``count_formula``)."""
    return "+".join(terms or ["0"]) + "+0*TODAY()"


def _text(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


# The longest criterion COUNTIFS takes (a longer one is #VALUE!).
MAX_CRITERION = 255
# Text that COUNTIFS reads as a number, date, time or error rather than as text, and then
# matches other cells with: "1001" also counts the number 1001 and (in Excel) "01001", "Jan 2"
# a date cell, "#N/A" the error. English month names only: the words Excel reads in other
# languages are not listed.
_READ_AS_VALUE = re.compile(
    r"[-+(.$€£¥]*\d|#|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s/,-]*\d",
    re.IGNORECASE,
)


def exact_criterion(value: object) -> str | None:
    """A Client cell's value as the COUNTIFS criterion that matches that text and no other
    (case aside, as COUNTIFS compares): ``~`` before ``~ * ?`` so they are not wildcards, ``=``
    before a leading ``< > =`` so it is not a comparison. None when no criterion does: the
    value is not text, or COUNTIFS reads it as a value (``_READ_AS_VALUE``, TRUE, FALSE), or
    the criterion, escapes included, is longer than ``MAX_CRITERION``."""
    if not isinstance(value, str) or len(value) > MAX_CRITERION:
        return None
    text = value.strip()
    if _READ_AS_VALUE.match(text) or text.upper() in ("TRUE", "FALSE"):
        return None
    escaped = re.sub(r"[~*?]", lambda found: "~" + found.group(), value)
    criterion = "=" + escaped if text[:1] in ("<", ">", "=") else escaped
    return criterion if len(criterion) <= MAX_CRITERION else None


def computed_on(as_of: dt.date) -> str:
    return (
        f"Computed on {as_of:%a %Y-%m-%d}; statuses update with today's date, "
        "Next action and the dates are this run's: run again for the next step"
    )
