"""Excel's column letters ("A", "AA", "XFD") and cell ranges ("$A$1:$F$40"), as openpyxl's
``get_column_letter``, ``column_index_from_string`` and ``range_boundaries`` read them.

Here so that a run, which writes its workbooks without openpyxl, does not import it (and the
imaging library it loads) for these three: 60 ms of CPU at every start, a tenth of a
one-tracker run.
"""

from __future__ import annotations

import functools
import re

LAST_COLUMN = 18_278  # "ZZZ": the letters openpyxl reads, past Excel's last column (XFD)
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@functools.cache  # a sheet has few columns, named again and again
def column_letter(index: int) -> str:
    """1 -> "A", 27 -> "AA"; ``ValueError`` outside 1 to 18,278 ("ZZZ")."""
    if not 1 <= index <= LAST_COLUMN:
        raise ValueError(f"Invalid column index {index}")
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = _ALPHABET[remainder] + letters
    return letters


@functools.cache
def column_index(letters: str) -> int:
    """ "A" -> 1, "aa" -> 27; ``ValueError`` for anything but one to three letters up to
    "ZZZ"."""
    error = f"'{letters}' is not a valid column name. Column names are from A to ZZZ"
    if len(letters) > 3:
        raise ValueError(error)
    index = 0
    for letter, power in zip(reversed(letters.upper()), (1, 26, 676), strict=False):
        position = _ALPHABET.find(letter) + 1
        if not position:
            raise ValueError(error)
        index += position * power
    if not 0 < index <= LAST_COLUMN:
        raise ValueError(error)
    return index


_RANGE = re.compile(
    r"""
    ^
    [$]?(?P<min_col>[A-Za-z]{1,3})?
    [$]?(?P<min_row>\d+)?
    (:[$]?(?P<max_col>[A-Za-z]{1,3})?
    [$]?(?P<max_row>\d+)?)?
    $
    """,
    re.VERBOSE,
)


def range_bounds(text: str) -> tuple[int | None, int | None, int | None, int | None]:
    """(first column, first row, last column, last row) of a cell or range ("A1", "A1:F40",
    "$A$1:$F$40", "A:F", "1:40"; None where whole columns or rows leave one out);
    ``ValueError`` for anything else."""
    found = _RANGE.match(text)
    if not found:
        raise ValueError(f"{text} is not a valid coordinate or range")
    low_col, low_row, _, high_col, high_row = found.groups()
    if found.group(3):
        columns, rows = (low_col, high_col), (low_row, high_row)
        if not (
            all(columns + rows)
            or (all(columns) and not any(rows))
            or (all(rows) and not any(columns))
        ):
            raise ValueError(f"{text} is not a valid coordinate or range")
    first_col = None if low_col is None else column_index(low_col)
    first_row = None if low_row is None else int(low_row)
    last_col = first_col if high_col is None else column_index(high_col)
    last_row = first_row if high_row is None else int(high_row)
    return first_col, first_row, last_col, last_row
