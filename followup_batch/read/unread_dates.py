"""A column of dates the tool does not read, beside rows that lack their date (report ot83,
F9): a tracker whose applied-date header is one the tool does not know ("When I applied")
had every row "Needs info – Interview on is empty", and nothing named the column of dates
left alone or the ``--map`` that reads it. ``dates_note`` says so once per sheet, and
``unread_date_problem`` at each row without a date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

import pandas as pd

from followup_batch.read.fields import FIELDS_BY_NAME
from followup_batch.read.header_keys import header_key

# Of a column's filled cells, at least this many, every one a date: a column of dates.
FILLED_AT_LEAST = 1
# Words of a header whose dates are when a record last changed (Trello's "Last Activity Date",
# "Last modified", "updatedAt"): never the day one applied nor an interview, so never offered
# as either (ot113 F9). Looked for within the header's key, camelCase ones too.
RECORD_CHANGE_KEYS = ("activity", "modified", "updated", "edited", "lastmoved", "lastchanged")


# "20261103" is a date written without separators; a shorter run of digits, with decimals or
# not, a number ("95000", "95000.00": Excel's serials of 2160-02-05, read so in a date column).
_NUMBER_TEXT = re.compile(r"\d{1,7}(?:\.\d+)?")


def records_a_change(header: str) -> bool:
    """Whether a header names when its row's record last changed ("Last Activity Date")."""
    key = header_key(header)
    return any(word in key for word in RECORD_CHANGE_KEYS)


def holds_dates(values: Sequence[object]) -> bool:
    """Whether a column's cells are dates: ``FILLED_AT_LEAST`` filled ones, every one a date."""
    filled = [v for v in values if not _blank(v)]
    return len(filled) >= FILLED_AT_LEAST and all(is_date_cell(v) for v in filled)


def date_columns_below(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """The headers of the columns whose cells in ``rows`` (those below the header row) are
    dates (``holds_dates``), but for a record's last change (``records_a_change``): the columns
    a sheet without a date column the tool reads could be read by (ot113 F9: a refusal named
    "Header" where "Due Date" was the one)."""
    return [
        header
        for col, header in enumerate(headers)
        if header
        and header.strip()
        and not records_a_change(header)
        and holds_dates([row[col] if col < len(row) else None for row in rows])
    ]


def dates_note(headers: Sequence[str], col: int, letter: Callable[[int], str]) -> str:
    """The note on the column ``col`` of dates ``unread_dates_column`` finds: '"When I applied"
    (C) holds dates and no column is read as Date Applied; if they are the applied dates, map
    it with --map "When I applied=applied_at"'."""
    return (
        f'"{headers[col]}" ({letter(col)}) holds dates and no column is read as '
        f"{FIELDS_BY_NAME['applied_at'].header}; if they are the applied dates, map it "
        f'with --map "{_unquoted(headers[col])}=applied_at"'
    )


def unread_dates_column(
    headers: Sequence[str],
    mapping: dict[str, int],
    unread: Sequence[int],
    cells_at: Callable[[list[int]], pd.DataFrame],
) -> pd.Series | None:
    """The first of the ``unread`` columns (headed, read as no field, not the tool's own nor
    noted already) whose every filled cell is a date, when no column is read as Date Applied
    and some row with a date there has none the tool reads (no Interview Date column, or its
    cell empty): its raw cells by row, the Series named by its 0-based column; None when there
    is none. ``cells_at``: the raw cells of the given columns at the data rows."""
    from followup_batch.write.columns import OWNED_COLUMNS

    if "applied_at" in mapping:
        return None
    tools = {header_key(title) for title in OWNED_COLUMNS.values()}
    candidates = [
        col
        for col in unread
        if headers[col]
        and header_key(headers[col]) not in tools
        and not records_a_change(headers[col])
    ]
    if not candidates:
        return None
    interview = mapping.get("interview_at")
    columns = candidates if interview is None else [*candidates, interview]
    cells = cells_at(columns)
    for col in candidates:
        if not holds_dates(cells[col].tolist()):
            continue
        filled = cells[col][[not _blank(v) for v in cells[col].tolist()]]
        if interview is not None:
            dates = cells[interview].reindex(filled.index)
            if all(not _blank(v) for v in dates.tolist()):
                continue  # every row dated there has its interview date: nothing lacks one
        return cells[col].rename(col)
    return None


def unread_date_problem(value: object, header: str) -> str | None:
    """What the Problems line of a row without a date adds of its cell in the column of
    dates ``dates_note`` names (under ``header``), the --map first, so that a digest's line
    cut to the terminal's width still shows it: '--map "When I applied=applied_at" would read
    its 2026-11-10 as the applied date (no column is read as Date Applied)'. None for a blank
    cell."""
    if _blank(value) or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    if isinstance(value, str):
        from followup_batch.normalise.dates import parse_date_text

        # The date as read, as the tool writes dates: a cell's own words inside the sentence
        # read as part of it ("would read its Senin, 2 November 2026 as", ot91 F7). Only a
        # date read the same in either order ("1/4/2027" is the column's order's: quoted).
        orders = {parse_date_text(value, dayfirst=first).value for first in (True, False)}
        value = orders.pop() if len(orders) == 1 and None not in orders else value
    words = " ".join(str(value).split())
    shown = value.isoformat() if isinstance(value, dt.date) else f'"{words}"'
    return (
        f'--map "{_unquoted(header)}=applied_at" would read its {shown} as the applied date '
        f"(no column is read as {FIELDS_BY_NAME['applied_at'].header})"
    )


def _unquoted(header: str) -> str:
    return header.replace('"', "")


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_number_text(text: str) -> bool:
    """Whether a text cell is a number ("95000", "95000.00"): in a column whose dates are
    looked for, an amount or a count, though a date column reads it as Excel's serial day
    (fx276: Teal's "Min. Salary" of 85000 was offered as the interview dates, 2132-09-19)."""
    return _NUMBER_TEXT.fullmatch(text.strip()) is not None


def is_date_cell(value: object) -> bool:
    """A date cell, or a text that reads as a whole date (not a number: a serial could be
    any count or amount, ``_is_number_text``)."""
    if isinstance(value, dt.date):
        return True
    if not isinstance(value, str) or _is_number_text(value):
        return False
    from followup_batch.normalise.dates import parse_date_text

    return parse_date_text(value).value is not None
