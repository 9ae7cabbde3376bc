"""A tracker's cells as the normalise stage sees them: by field, as text, once per distinct
value, and named as the user finds them ("D14") in the row problems gathered per column.
"""

from __future__ import annotations

import datetime as dt
import gc
import math
import numbers
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from followup_batch.normalise.date_columns import TypeGroups, factorize, type_groups
from followup_batch.read import RawTable, fields
from followup_batch.read.column_letters import column_letter

SHOWN_MAX = 60  # longest cell text quoted in a problem
MAX_CELL_TEXT = 32_767  # Excel's limit per cell, in UTF-16 units (``cell_length``)
MAX_WORD_CHARS = 30  # a phrase's characters per word it may have: room for a long URL


@dataclass
class Distinct:
    """A column as codes into per-distinct-value results (slot 0 = the empty cell)."""

    codes: np.ndarray
    results: list[Any]

    def column(self, pick: Callable[[Any], object] = lambda r: r) -> np.ndarray:
        """One object array per row, ``pick`` applied to each distinct result."""
        picked = np.empty(len(self.results), dtype=object)
        for i, result in enumerate(self.results):
            picked[i] = pick(result)
        return picked[self.codes]

    def reasons(self, pick: Callable[[Any], str | None]) -> np.ndarray | None:
        """Like ``column`` for problem reasons, or None when no value has one (the usual case)."""
        if all(pick(result) is None for result in self.results):
            return None
        return self.column(pick)


def distinct(
    values: pd.Series, func: Callable[[object], Any], groups: TypeGroups | None = None
) -> Distinct:
    """Call ``func`` once per distinct value; values of different types never merge (1 vs True).

    ``groups``: the column's ``type_groups`` when the caller has them already.
    """
    codes = np.zeros(len(values), dtype=np.intp)
    results: list[Any] = [func(None)]
    cells = values.to_numpy(dtype=object)
    for mask in (type_groups(values) if groups is None else groups).values():
        subset = cells[mask]
        try:
            sub_codes, uniques = factorize(subset)
        except TypeError:  # unhashable: one result per cell
            sub_codes, uniques = np.arange(len(subset)), subset
        codes[mask] = sub_codes + len(results)
        results.extend(func(u) for u in uniques)
    return Distinct(codes, results)


def distinct_rows(
    columns: list[pd.Series], func: Callable[..., Any], groups: list[TypeGroups]
) -> tuple[Distinct, list[Distinct]]:
    """``distinct`` over several columns: ``func`` of each distinct row of their values, and
    each column's own ``Distinct`` of its values (``groups``: the columns' ``type_groups``)."""
    each = [distinct(c, lambda v: v, g) for c, g in zip(columns, groups, strict=True)]
    if len(each) == 1:
        return Distinct(each[0].codes, [func(v) for v in each[0].results]), each
    # One number per row for its columns' codes (mixed radix), and its distinct numbers.
    combined = np.zeros(len(each[0].codes), dtype=np.int64)
    for d in each:
        combined = combined * len(d.results) + d.codes
    keys, codes = np.unique(combined, return_inverse=True)
    results = []
    for key in keys.tolist():
        values = []
        for d in reversed(each):
            key, code = divmod(key, len(d.results))
            values.append(d.results[code])
        results.append(func(*reversed(values)))
    return Distinct(codes.reshape(-1), results), each


def each_distinct(function: Callable[..., Any], *columns: Iterable[Any]) -> list[Any]:
    """``function`` of each row's values, computed once per distinct values (trackers repeat
    their values)."""
    if len(columns) == 1:  # the values are the keys: no tuple to build and hash per row
        return _each_distinct_key(function, list(columns[0]))
    return _each_distinct_key(lambda args: function(*args), list(zip(*columns, strict=True)))


def _each_distinct_key(function: Callable[[Any], Any], keys: list[Any]) -> list[Any]:
    try:
        distinct = dict.fromkeys(keys)
    except TypeError:  # an unhashable cell: row by row, the others still computed once
        return _each_row(function, keys)
    for key in distinct:
        distinct[key] = function(key)
    return list(map(distinct.__getitem__, keys))


def _each_row(function: Callable[[Any], Any], keys: list[Any]) -> list[Any]:
    """``_each_distinct_key`` for keys some of which cannot be hashed."""
    memo: dict[Any, Any] = {}
    out = []
    for key in keys:
        try:
            value = memo[key]
        except KeyError:
            value = memo[key] = function(key)
        except TypeError:
            value = function(key)
        out.append(value)
    return out


def cell_text(value: object) -> str:
    """A cell as the user reads it, stripped: 42.0 -> '42', TRUE -> 'TRUE', '' for empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return ""
    if isinstance(value, (bool, np.bool_)):
        return "TRUE" if value else "FALSE"
    if isinstance(value, numbers.Real):
        number = float(value)
        if math.isfinite(number) and number.is_integer():
            return str(int(number))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return str(value).strip()


def filled_cells(values: Iterable[Any]) -> np.ndarray:
    """Whether each cell holds something (its ``cell_text`` is not empty), worked out once per
    distinct value: a column of 100,000 companies or dates repeats a few thousand, and a call
    per cell cost 0.1-0.15 s a column."""
    return np.array(each_distinct(lambda value: bool(cell_text(value)), values), dtype=bool)


def first_line(text: str) -> str:
    """A cell's first line with words, its tabs and runs of spaces one space: the rest of a
    Company or Position cell is a note on a line of its own ("Acme" over "follow up in Jan",
    typed with Alt+Enter), which no e-mail to the employer quotes."""
    for line in text.splitlines():
        if line.strip():
            return " ".join(line.split())
    return ""


def longer_than(text: str, max_words: int) -> bool:
    """Whether ``text`` is longer than ``max_words`` words, or than they could spell (a pasted
    page without spaces, 100 KB of it, filled a draft up to the cell's limit and cut off its
    signature)."""
    return len(text.split()) > max_words or len(text) > max_words * MAX_WORD_CHARS


def shown(value: object) -> str:
    """A cell quoted in a problem, shortened when long."""
    return f'"{quoted(cell_text(value))}"'


def quoted(text: str) -> str:
    """User text as the tool's messages quote it: on one line, at most ``SHOWN_MAX``
    characters (``shortened``)."""
    return shortened(" ".join(text.split()), SHOWN_MAX)


def shortened(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters: whole when it fits, else cut after a word
    and ended with "…", so a reader sees that more was there (mid-word only when one word
    fills most of the room)."""
    if len(text) <= limit:
        return text
    room = limit - 1
    cut = text[:room]
    if not text[room].isspace():
        word_start = max(cut.rfind(" "), cut.rfind("\n"), cut.rfind("\t"))
        if word_start > room // 2:
            cut = cut[:word_start]
    return cut.rstrip() + "…"


def cell_length(text: str) -> int:
    """``text``'s length as Excel counts it against ``MAX_CELL_TEXT``: in UTF-16 units, a
    character beyond U+FFFF (𝔄, most emoji) two (ot99 F4: 16,863 such characters passed as
    16,863)."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def fits_cell(text: str, limit: int = MAX_CELL_TEXT) -> bool:
    """``cell_length(text) <= limit``, without encoding a text short enough either way."""
    return len(text) <= limit // 2 or (len(text) <= limit and cell_length(text) <= limit)


def within_cell(text: str, limit: int = MAX_CELL_TEXT) -> str:
    """A text the tool writes in one cell, kept within Excel's limit (``cell_length``): every
    line stays, the longest ones shortened (``shortened``) to an equal length that fits — a
    cut ``Why`` still names each step and its date."""
    if fits_cell(text, limit):
        return text
    room = limit
    while True:
        cut = _within(text, room)
        over = cell_length(cut) - limit
        if over <= 0:
            return cut
        room -= max(1, over // 2)  # a character cut is one unit or two


def _within(text: str, limit: int) -> str:
    """``within_cell`` counting characters."""
    if len(text) <= limit:
        return text
    lines = text.split("\n")
    room = limit - (len(lines) - 1)  # the line feeds between them
    if room < 2 * len(lines):  # more lines than room: keep those that fit
        return shortened(text, limit)
    # The longest length every line may keep: the lines shorter than it stay whole.
    lengths = sorted(len(line) for line in lines)
    left, longest = room, lengths[-1]
    for count, length in enumerate(lengths):
        share = left // (len(lengths) - count)
        if length > share:
            longest = share
            break
        left -= length
    return "\n".join(shortened(line, longest) for line in lines)


def cell_refs(raw: RawTable, field: str, rows: pd.Index) -> list[str]:
    """How the user finds a cell: 'D14' in a workbook, 'row 14, column "Date"' in a CSV."""
    return column_refs(raw, raw.mapping[field], rows)


def column_refs(raw: RawTable, col: int, rows: pd.Index) -> list[str]:
    """``cell_refs`` for a 0-based column."""
    if raw.kind == "xlsx":
        letter = column_letter(col + 1)
        return [f"{letter}{r}" for r in rows]
    header = raw.headers[col] if col < len(raw.headers) and raw.headers[col] else ""
    if not header:
        header = next(
            (fields.FIELDS_BY_NAME[f].header for f, c in raw.mapping.items() if c == col),
            column_letter(col + 1),
        )
    return [f'row {r}, column "{header}"' for r in rows]


def header_of(raw: RawTable, field: str) -> str:
    """The header of ``field``'s column as written, else the field's own (a log of
    applications has no Position column: ``HeaderMatch.is_application_log``)."""
    col = raw.mapping.get(field)
    return (raw.headers[col] if col is not None else "") or fields.FIELDS_BY_NAME[field].header


def _empty_lists(count: int) -> list[list[str]]:
    """``count`` distinct empty lists (one per row, so callers may append to one safely)."""
    # A million new containers would trigger the cyclic GC over and over (a second of work);
    # empty lists cannot form cycles, so pausing it here is safe.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return [[] for _ in range(count)]
    finally:
        if enabled:
            gc.enable()


class Problems:
    """Row problems gathered per field, joined into one list per row in column order.

    Kept as numpy arrays, one per column reported: most columns have nothing to say, and on a
    small tracker each pandas call would cost more than the messages.
    """

    def __init__(self, raw: RawTable) -> None:
        self.raw = raw
        self.index = raw.cells.index
        self._by_field: list[tuple[int, np.ndarray]] = []

    def add(self, field: str, reasons: np.ndarray | pd.Series | None) -> None:
        """``reasons``: per row, the reason (after the cell reference) or None."""
        if field not in self.raw.mapping or reasons is None:
            return
        self.add_at(self.raw.mapping[field], reasons)

    def add_at(
        self, col: int, reasons: np.ndarray | pd.Series | None, *, replace: bool = False
    ) -> None:
        """Reasons for the cells of 0-based column ``col``; ``replace``: they supersede what
        was said about those cells already."""
        if reasons is None:
            return
        values = np.asarray(reasons, dtype=object)
        bad = pd.notna(values)
        if not bad.any():  # the usual case
            return
        if replace:
            for at, earlier in self._by_field:
                if at == col:
                    earlier[bad] = None
        refs = column_refs(self.raw, col, self.index[bad])
        messages = np.full(len(self.index), None, dtype=object)
        messages[bad] = [f"{ref}: {r}" for ref, r in zip(refs, values[bad], strict=True)]
        self._by_field.append((col, messages))

    def said_at(self, col: int) -> np.ndarray:
        """The rows with a problem said at 0-based column ``col`` so far."""
        said = np.zeros(len(self.index), dtype=bool)
        for at, messages in self._by_field:
            if at == col:
                said |= pd.notna(messages)
        return said

    def lists(self) -> pd.Series:
        result = _empty_lists(len(self.index))
        if self._by_field:
            ordered = [m for _, m in sorted(self._by_field, key=lambda item: item[0])]
            table = np.stack(ordered, axis=1)
            for row in np.flatnonzero(pd.notna(table).any(axis=1)):
                result[row] = [m for m in table[row] if isinstance(m, str)]
        return pd.Series(result, index=self.index, dtype=object)


class Cells:
    """The raw columns by field (an empty column for unmapped fields), types worked out once."""

    def __init__(self, raw: RawTable) -> None:
        self.raw = raw
        self.index = raw.cells.index
        self._groups: dict[str, TypeGroups] = {}
        # Each column taken out once: a lookup by name in a frame costs more than the work on
        # a small tracker's column (the column names are Arrow strings under pandas 3).
        self._columns: dict[str, pd.Series] = {str(k): v for k, v in raw.cells.items()}
        self._mapped = frozenset(self._columns)

    def __getitem__(self, field: str) -> pd.Series:
        column = self._columns.get(field)
        if column is None:
            column = self._columns[field] = pd.Series(None, index=self.index, dtype=object)
        return column

    def __contains__(self, field: str) -> bool:
        """Whether the tracker has a column for ``field``."""
        return field in self._mapped

    def groups(self, field: str) -> TypeGroups:
        if field not in self._groups:
            # An unmapped field's column is empty: no groups.
            self._groups[field] = type_groups(self[field]) if field in self._mapped else {}
        return self._groups[field]

    def mask(self, field: str, kind: type) -> np.ndarray:
        """Cells of that Python type."""
        return self.groups(field).get(kind, np.zeros(len(self.index), dtype=bool))

    def distinct_texts(self, fields: Iterable[str]) -> list[str]:
        texts: set[str] = set()
        for field in fields:
            strings = self[field].to_numpy(dtype=object)[self.mask(field, str)]
            texts.update(pd.unique(strings))
        return sorted(texts)
