"""Rows of one application: the next interview that takes over from an earlier row.

Many trackers keep a row per interview round (round 1 on one row, round 2 on the next, the
company and position written again or merged down), and some a row for the application and
another for its interview. Each such row is scheduled on its own, so without this an earlier
round would go on asking for its check-ins while the next round is already booked or done.

``later_interviews`` finds, for every row, the first interview of the same application that
comes after it: the same client, company and position (compared ignoring case and spacing),
an interview on a later day than this row's interview, or on the day of this row's
application or later when the row has no interview. The rules decide what that does to the
row (``schedule.phases.taken_over``); this is only the fact, worked out once over the whole
tracker so that the rules stay row by row. A tracker split over sheets by time or stage
("Jan", "Feb", "Archive") is one tracker here (``link_sheets``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import numpy.typing as npt
import pandas as pd

from followup_batch.normalise.cells import cell_refs, shown
from followup_batch.normalise.people import person_key
from followup_batch.normalise.vocabularies import (
    CLOSED_WITH_OFFER,
    CLOSED_WITHOUT_OFFER,
    NOT_APPLIED,
)
from followup_batch.read.body import has_value
from followup_batch.read.names import client_key, name_key
from followup_batch.read.options import ReadOptions
from followup_batch.read.round_numbers import MAX_ROUND, applied_again

if TYPE_CHECKING:
    from followup_batch.read import RawTable

NAT = np.datetime64("NaT", "D")
_DAY_BITS = 20  # days since 1970 fit in 20 bits until the year 4840; the key takes the rest


def application_keys(client: object, company: object, position: object) -> np.ndarray:
    """One integer per row naming its application: its client as one person
    (``read.names.client_key``, as the Summary, the digest and the signature tell clients
    apart: "Dana Lee, MBA" and "dana lee" are one), its company and position (``name_key``);
    -1 where the company or the position is missing. Each distinct name is keyed once."""

    def codes(values: object, key: Callable[[object], str | None]) -> np.ndarray:
        # The code of each row's name key: -1 for none.
        at, uniques = pd.factorize(pd.Series(np.asarray(values, dtype=object), dtype=object))
        key_codes, _ = pd.factorize(pd.Series([key(u) for u in uniques], dtype=object))
        return np.where(at >= 0, np.append(key_codes, -1)[at], -1)

    companies = codes(company, functools.partial(name_key, company=True))
    positions = codes(position, name_key)
    clients = np.maximum(codes(client, _client_key), -1) + 1  # no client is a client of its own: 0
    # The distinct (client, company, position) triples numbered as they first appear, two
    # codes at a time as one integer: a MultiIndex made a tuple per row and hashed it.
    pairs, _ = pd.factorize(clients * (companies.max(initial=-1) + 2) + companies + 1)
    keys, _ = pd.factorize(pairs * (positions.max(initial=-1) + 2) + positions + 1)
    return np.where((companies >= 0) & (positions >= 0), keys, -1).astype(np.int64)


def _client_key(name: object) -> str | None:
    """``client_key`` of a Client cell, None when it is blank."""
    return client_key(name) if isinstance(name, str) and name.strip() else None


class Later(NamedTuple):
    """Each row's next interview of its application, and where the application ended up."""

    day: np.ndarray  # the next interview's day (datetime64[D]), NaT when none
    row: np.ndarray  # its row as the user sees it, 0 when none
    last: np.ndarray  # the position of the application's last interview row, -1 when none
    # The row (as the user sees it) of the next interview of the same client, company and
    # position when its Round says the role was applied for again; 0 when none.
    again_row: np.ndarray


def later_interviews(
    keys: np.ndarray,
    interview: np.ndarray,
    applied: np.ndarray,
    rows: np.ndarray,
    rounds: np.ndarray | None = None,
) -> Later:
    """For every row, the first interview of its application after this row's own interview
    (or on or after its applied day when it has no interview), with its sheet row; and, for
    the rows that have one, the position of the application's last interview (the latest
    day, the lowest row of that day), whose outcome is the application's.

    ``keys`` from ``application_keys``; ``interview`` and ``applied`` date arrays; ``rows`` the
    rows' numbers as the user sees them; ``rounds`` their Round numbers, 0 where unknown: a
    later interview whose round is not higher than this row's is another application (the
    same role applied for again (``read.round_numbers.applied_again``: after a Final round,
    Round 2 or higher goes on). Interviews on one day keep the upper row first."""
    interview = np.asarray(interview).astype("datetime64[D]")
    applied = np.asarray(applied).astype("datetime64[D]")
    later = np.full(len(keys), NAT)
    later_row = np.zeros(len(keys), dtype=np.int64)
    again_row = np.zeros(len(keys), dtype=np.int64)
    last = np.full(len(keys), -1, dtype=np.int64)
    epoch = np.datetime64("1970-01-01", "D")
    interviewed = np.flatnonzero((keys >= 0) & ~np.isnat(interview) & (interview >= epoch))
    if not len(interviewed):
        return Later(later, later_row, last, again_row)

    def packed(key: np.ndarray, days: np.ndarray) -> np.ndarray:
        return (key << _DAY_BITS) | (days - epoch).astype(np.int64)

    # The interviews, ordered by (application, day); one day's in row order.
    sorted_at = interviewed[
        np.lexsort((rows[interviewed], interview[interviewed], keys[interviewed]))
    ]
    table = packed(keys[sorted_at], interview[sorted_at])

    def first_after(ask: np.ndarray, days: np.ndarray, side: str) -> None:
        # side "right": strictly after the day; "left": on it or after it.
        at = np.searchsorted(table, packed(keys[ask], days), side=side)  # type: ignore[call-overload]
        inside = at < len(table)
        same = np.zeros(len(ask), dtype=bool)
        same[inside] = (table[at[inside]] >> _DAY_BITS) == keys[ask][inside]
        found, source = ask[same], sorted_at[at[same]]
        if rounds is not None and side == "right":
            again = applied_again(rounds[found], rounds[source])
            again_row[found[again]] = rows[source[again]]
            found, source = found[~again], source[~again]
        later[found] = interview[source]
        later_row[found] = rows[source]
        # The application's last interview: the first of its last day, just before the next
        # application's first entry.
        ends = np.searchsorted(table, (keys[found] + 1) << _DAY_BITS, side="left") - 1
        last_day = table[ends]
        last[found] = sorted_at[np.searchsorted(table, last_day, side="left")]

    first_after(interviewed, interview[interviewed], "right")
    applying = np.flatnonzero(
        (keys >= 0) & np.isnat(interview) & ~np.isnat(applied) & (applied >= epoch)
    )
    first_after(applying, applied[applying], "left")
    return Later(later, later_row, last, again_row)


class Application(NamedTuple):
    """What each row's application says beyond the row (``applications``)."""

    later: np.ndarray  # the next interview's day (datetime64[D]), NaT when none
    later_row: np.ndarray  # its row as the user sees it, 0 when none
    outcome: np.ndarray  # the application's outcome, for the rows with a later interview
    again_row: np.ndarray  # ``Later.again_row``


def applications(
    keys: np.ndarray,
    interview: np.ndarray,
    applied: np.ndarray,
    rows: np.ndarray,
    rounds: np.ndarray,
    outcome: np.ndarray,
) -> Application:
    """``later_interviews``, and the application's outcome: a closing one (an offer, a
    rejection...) written on any row of its last interview day (a panel split over rows
    has it on one of them), else the outcome on that day's upper row. A row of that last day
    whose own outcome is open, beside one that closes the application, is linked to that
    row, as if it were the next interview."""
    later = later_interviews(keys, interview, applied, rows, rounds)
    day, later_row = later.day.copy(), later.row.copy()
    stage = np.asarray(outcome, dtype=object)
    application_outcome = np.where(later.last >= 0, stage[later.last], "").astype(object)
    interview = np.asarray(interview).astype("datetime64[D]")
    dated = np.flatnonzero((keys >= 0) & ~np.isnat(interview))
    if not len(dated):
        return Application(day, later_row, application_outcome, later.again_row)
    closing = np.isin(stage, list(CLOSED_WITH_OFFER | CLOSED_WITHOUT_OFFER))
    frame = pd.DataFrame({"key": keys[dated], "day": interview[dated], "at": dated})
    on_last = frame[frame["day"] == frame.groupby("key")["day"].transform("max")]
    closers = on_last[closing[on_last["at"].to_numpy()]].groupby("key")["at"].first()
    if closers.empty:
        return Application(day, later_row, application_outcome, later.again_row)
    closer = pd.Series(keys).map(closers).to_numpy(dtype="float64")
    has = ~np.isnan(closer)
    at = np.where(has, closer, 0).astype(np.int64)
    linked = has & (later.last >= 0)
    application_outcome[linked] = stage[at[linked]]
    # The open rows of the last day beside the row that closed it.
    last_day = np.zeros(len(keys), dtype=bool)
    last_day[on_last["at"].to_numpy()] = True
    beside = has & last_day & ~closing & (stage != NOT_APPLIED) & (at != np.arange(len(keys)))
    day[beside] = interview[beside]
    later_row[beside] = rows[at[beside]]
    application_outcome[beside] = stage[at[beside]]
    return Application(day, later_row, application_outcome, later.again_row)


def applied_again_note(place: str, later_round: object) -> str:
    """What a final round's Problems cell says of the next interview of its client, company and
    position (at ``place``: "row 6", "sheet Feb, row 2") read as the role applied for again
    (Round 1 or another Final after it), and how to link them instead."""
    return (
        f"{place}'s interview (Round {shown(later_round)}) is read as this role applied for "
        "again, not as a round after this final one (after a final round, only Round 2 or "
        "higher goes on): if it is the same application, write its Round as 2 or higher"
    )


# A row's place in a workbook split over sheets: its sheet's position above its row number
# (Excel has 1,048,576 rows: 21 bits), so that places order as the sheets and rows do.
_ROW_BITS = 21


def link_sheets(
    tables: Sequence[RawTable],
    frames: Sequence[pd.DataFrame],
    reading: ReadOptions | None = None,
) -> list[pd.DataFrame]:
    """The frames of one workbook's trackers (``normalise_rows`` of each of ``tables``, read
    with ``reading``), the split parts of one person's tracker linked (``link_split_parts``),
    an application repeated on two sheets that are not linked said in both rows' Problems
    (``repeated_apart``), and a row pasted twice on its sheet a Duplicate
    (``repeated_within``)."""
    linked = repeated_apart(tables, link_split_parts(tables, frames))
    return [repeated_within(t, f, reading) for t, f in zip(tables, linked, strict=True)]


# The fields a row pasted twice may differ in, typed later on one copy when a message went out
# or a reply came (``repeated_within``): the followed row counts them (``with_sends_of_copies``).
TYPED_LATER = (
    "thank_you_sent",
    "check_in_1_sent",
    "check_in_2_sent",
    "final_sent",
    "application_check_in_sent",
    "networking_sent",
    "last_reply",
)
# The date fields compared as the day they mean (``repeated_within``), and that day's column in
# the frame: a date cell and the text "1/12/2027" beside it, read as that day, are alike.
_DAY_OF = {"interview_at": "interview_date", "applied_at": "applied_date"}
# A cell spelt as a day alone, no time of day (``written_codes``' texts): a date cell at midnight
# ("2027-01-12 00:00:00"), a date ("2027-01-12"), "1/12/2027", "12.01.2027", "Jan 12, 2027", "12
# January 2027". The frame's day is this cell's only when the cell is one of these.
_DAY_ALONE = re.compile(
    r"\d{4}-\d{2}-\d{2}(?: 00:00:00)?"
    r"|\d{1,4}([./-])\d{1,2}\1\d{1,4}\.?"
    r"|[^\W\d_]{3,}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
    r"|\d{1,2}\.? [^\W\d_]{3,}\.?,? \d{4}"
)
# What the Problems line of a repeated row starts with (``repeated_within``).
REPEATS = "repeats row "


def repeated_within(
    table: RawTable, frame: pd.DataFrame, reading: ReadOptions | None = None
) -> pd.DataFrame:
    """``frame`` with each row whose cells are those of a row above it on the same sheet (a
    row pasted twice: every column of the person's, read or not, as written, around spaces
    aside, a date as the day it means) made a copy of the first (``same_interview_row``, an
    empty ``same_interview_sheet``: a ``Duplicate`` that sends nothing) and a Problems line
    naming it: two identical drafts to one person went out of it without a word (ot96 F3). A
    row that differs in any cell of the person's is another interview (a round on another day,
    another position, another Mentee, Time, Contact or stage in its Status: ot97 F6), but for
    the sent dates and the reply (``TYPED_LATER``), which the followed row counts, and a
    column that numbers the rows (``row_number_columns``: ``=ROW()-1``, 1, 2, 3…), whose
    number a pasted row takes anew; nor is a row without a company, or without an interview
    or applied date, a repeat. A Company formula is compared by the name it shows, or, without
    a saved value, as typed when it names one company on every row (``_company_as_shown``);
    a row whose Company cannot be compared so says it (``_not_compared``). ``reading``: how
    the sheet was read (its date order), for the dates in the columns the tool does not read."""
    fields = [f for f in table.cells.columns if f in table.mapping]
    if len(frame) < 2 or table.stages or not {"company", "position"} <= set(fields):
        return frame
    dated = [f for f in ("interview_at", "applied_at") if f in fields]
    if not dated:
        return frame
    cells = table.cells.reindex(frame.index)
    # Each cell as a number that is the same for two cells when they read alike (0: blank).
    written = {
        f: _meant_codes(cells[f], frame[_DAY_OF[f]] if f in _DAY_OF else None)
        for f in fields
        if f not in TYPED_LATER
    }
    # The cells that may differ on a pasted row, said in its line: name -> (header, kind).
    apart: dict[str, tuple[str, str]] = {
        f: (_named(table, table.mapping[f]), "sent" if f in TYPED_LATER else "day")
        for f in fields
        if f in TYPED_LATER or f in _DAY_OF
    }
    compared = cells
    numbering: list[int] = []
    if table.unread_cells is not None:
        numbering = row_number_columns(table)
        unread = table.unread_cells.reindex(frame.index)
        days = _unread_days(table, unread, reading)
        for c in unread.columns:
            name = f"column {c}"
            if c in numbering:
                apart[name] = (_named(table, c), "number")
            else:
                written[name] = _meant_codes(unread[c], days.get(c))
                if c in days:
                    apart[name] = (_named(table, c), "day")
        compared = pd.concat([cells, unread.rename(columns=lambda c: f"column {c}")], axis=1)
    codes = pd.DataFrame(written, index=frame.index, copy=False)
    codes["company"], unsaved = _company_as_shown(table, codes["company"])
    filled = (codes["company"] != 0) & (codes[dated] != 0).any(axis=1)
    filled &= frame["same_interview_row"].to_numpy() == 0
    if filled.sum() < 2:
        return frame
    columns = {f: table.mapping[f] for f in fields}
    for name in compared:
        if isinstance(name, str) and name.startswith("column "):
            columns[name] = int(name[len("column ") :])
    typed = _TypedCells(table, columns, shown=("company",))
    problems = list(frame["problems"])
    if unsaved[filled].any():
        problems = _not_compared(table, typed, codes[filled], unsaved[filled], problems, frame)
    keyed = typed.formulas_alike(codes[filled])
    # Only rows alike in every cell meet a row above them: the others are left out.
    keyed = keyed[keyed.duplicated(keep=False)]
    if not keyed.empty and typed.any:
        # Of those, the rows alike in what was typed too: a formula's text, a link's target.
        keyed = typed.codes(keyed)
        keyed = keyed[keyed.duplicated(keep=False)]
    if keyed.empty:
        return frame.assign(problems=pd.Series(problems, index=frame.index, dtype=object))
    firsts: dict[tuple[int, ...], int] = {}
    same_row = frame["same_interview_row"].to_numpy(dtype=np.int64).copy()
    same_sheet = frame["same_interview_sheet"].to_numpy(dtype=object).copy()
    position = {row: at for at, row in enumerate(frame.index)}
    told_apart = _written_apart(compared, apart, typed)
    for row, values in zip(keyed.index, keyed.itertuples(index=False, name=None), strict=True):
        earlier = firsts.setdefault(values, int(row))
        if earlier == row:
            continue
        at = position[row]
        same_row[at], same_sheet[at] = earlier, ""
        problems[at] = [*problems[at], _repeat_line(earlier, told_apart(position[earlier], at))]
    # A sent date typed on either row counts for both, as on copies over sheets.
    carrier = np.arange(len(frame))
    carrier[same_row > 0] = [position[row] for row in same_row[same_row > 0]]
    return with_sends_of_copies(frame, carrier).assign(
        same_interview_row=pd.Series(same_row, index=frame.index, dtype=np.int64),
        same_interview_sheet=pd.Series(same_sheet, index=frame.index, dtype=object),
        problems=pd.Series(problems, index=frame.index, dtype=object),
    )


def _company_as_shown(table: RawTable, company: pd.Series) -> tuple[pd.Series, pd.Series]:
    """The Company cells' codes (``written_codes``: alike for one name, 0 for a blank) as
    ``repeated_within`` compares them, and which hold a formula without a saved value (a file a
    script wrote, never opened in Excel; fx216). A Company is what the tool reads and writes to
    people, so a formula with a value is compared by the name it shows (``=VLOOKUP(...)``
    showing "Canva" is the Canva typed on another row). One without a value is compared by its
    text relative to its row when that text names one company on any row: it reads nothing
    but absolute cells and cells of its own row (``=VLOOKUP(G2,Lists!$A$1:$B$9,2,0)`` filled
    down, whose G cells are compared too). One that reads another row or another sheet's row
    from its own (``=Lists!B2`` filled down, ``=A1`` "as above"), or its row number
    (``INDIRECT``, ``OFFSET``), may name another company on each row: it is like no other
    cell, and ``_not_compared`` says so."""
    at = table.mapping["company"]
    # A formula whose saved value is an error has a value: the error, read as blank and said.
    formulas = {
        row: f
        for (row, column), f in table.formulas.items()
        if column == at and (row, column) not in table.error_values
    }
    unsaved = pd.Series(False, index=company.index)
    if not formulas:
        return company, unsaved
    unsaved = (company == 0) & company.index.isin(list(formulas))
    if not unsaved.any():
        return company, unsaved
    out = company.copy()
    top = int(company.max()) + 1
    keys: dict[object, int] = {}
    for row in company.index[unsaved]:
        relative = relative_formula(*formulas[int(row)])
        key: object = relative if _names_one_value(relative) else ("elsewhere", int(row))
        out[row] = top + keys.setdefault(key, len(keys))
    return out, unsaved


# What in a formula (as ``relative_formula`` writes it) may read another cell on each row: a
# relative row other than its own ([-1], [2]), a relative row on another sheet (Lists!B[0]), or
# a function of the row or of the moment.
_ELSEWHERE = re.compile(
    r"\[(?!0\])-?\d+\]|!\$?[A-Z]{0,3}\[|\b(?:ROWS?|OFFSET|INDIRECT|RAND\w*|NOW|TODAY|CELL)\(",
    re.IGNORECASE,
)


def _names_one_value(relative: str) -> bool:
    """Whether a formula (``relative``: as ``relative_formula`` writes it, its strings aside)
    shows one value on every row whose cells are alike (``_company_as_shown``)."""
    return _ELSEWHERE.search(_FORMULA_STRING.sub('""', relative)) is None


def _not_compared(
    table: RawTable,
    typed: _TypedCells,
    codes: pd.DataFrame,
    unsaved: pd.Series,
    problems: list[list[str]],
    frame: pd.DataFrame,
) -> list[list[str]]:
    """``problems`` with a line on each row (of ``codes``, the compared rows) whose Company is a
    formula without a saved value (``unsaved``) and that is like another row in every cell but
    its Company (``_company_as_shown``: a name typed there, a formula reading another row, or
    another formula): what that formula shows is not known, so whether it repeats that row is
    not either (fx216). The line says so and names the rows."""
    others = typed.formulas_alike(codes.drop(columns="company"))
    others = others[others.duplicated(keep=False)]
    if others.empty or not unsaved[others.index].any():
        return problems
    if typed.any:
        others = typed.codes(others)
        others = others[others.duplicated(keep=False)]
    company = codes["company"]
    position = {row: at for at, row in enumerate(frame.index)}
    header = _named(table, table.mapping["company"])
    out = list(problems)
    for rows in others.groupby(list(others.columns), sort=False).groups.values():
        for row in rows:
            if not unsaved[row] or any(company[r] == company[row] for r in rows if r < row):
                continue  # a repeat of a row above whose Company is typed alike: said so
            apart = [str(r) for r in rows if company[r] != company[row]]
            if not apart:
                continue
            place = f"row {apart[0]}" if len(apart) == 1 else f"rows {_listed(apart)}"
            out[position[row]] = [
                *out[position[row]],
                f"like {place} in every cell but {header}, a formula here without a saved "
                f"value: whether it names the same company is not known, so it is not compared "
                f"with {place}; open and save the file in Excel once, or delete this row if it "
                f"repeats {place}",
            ]
    return out


# The headers of a column that numbers the rows, once lower-cased and without what is not a
# letter or a digit ("#", "No.", "Nº", "S/N", "Sr. No.", "Lfd. Nr.", pandas' "Unnamed: 0"; a
# blank header too): such a column of numbers running down the sheet is a row number even in
# a tracker of one application (``row_number_columns``).
ROW_NUMBER_HEADERS = frozenset(
    {
        "",
        "n",
        "no",
        "nº",
        "nr",
        "num",
        "number",
        "id",
        "row",
        "rowno",
        "rownumber",
        "index",
        "idx",
        "sn",
        "sno",
        "srno",
        "slno",
        "serialno",
        "lp",
        "lfdnr",
        "item",
        "itemno",
        "unnamed0",
        "ref",
        "refno",
        "núm",
        "nro",
        "nummer",
        "lfdnummer",
    }
)
_NOT_WORD = re.compile(r"[\W_]+")
_WHOLE = re.compile(r"\d{1,9}")


def row_number_columns(table: RawTable) -> list[int]:
    """The columns the tool does not read (``RawTable.unread_cells``) that number the rows: in
    every data row a whole number, each one more than the row above's (1, 2, 3… typed or
    filled down, ``=A2+1``), or than the row above's by as many as the rows between
    (``=ROW()-1``, ``=ROW()``, as Excel saved them), starting at 0 (pandas' index), 1 or the
    first row's own number, under a header that says so (``ROW_NUMBER_HEADERS``). A pasted
    row takes the next number, so such a column tells no row pasted twice from the one above
    it. Numbers of anything else do not run so (a salary, a phone), and a column headed by a
    word that is no row number's ("Priority", "Step", "Week", "Batch", "Interview #") counts
    something of the rows, also over several applications (ot100 F10: a second "Step" on one
    day was a Duplicate): those are compared as typed."""
    unread = table.unread_cells
    if unread is None or len(unread) < 2:
        return []
    unread = unread.sort_index()
    rows = unread.index.to_numpy(dtype=np.int64)
    with_formulas = {column for _, column in table.formulas}
    found = []
    for c in unread.columns:
        if _NOT_WORD.sub("", table.headers[c].casefold()) not in ROW_NUMBER_HEADERS:
            continue
        values = unread[c].to_numpy(dtype=object)
        if c in with_formulas:
            values = _formula_numbers(table, int(c), rows, values)
        ends = _whole_numbers(values[[0, -1]])  # most columns fail here, without a loop
        if ends is None or ends[0] not in (0, 1, rows[0]):
            continue
        if ends[1] - ends[0] not in (len(rows) - 1, rows[-1] - rows[0]):
            continue
        numbers = _whole_numbers(values)
        if numbers is None:
            continue
        steps = np.diff(numbers)
        if not ((steps == 1).all() or (steps == np.diff(rows)).all()):
            continue
        found.append(int(c))
    return found


# A row number's formula as ``relative_formula`` writes it, spaces and case aside: ``ROW()``,
# ``ROW()-1``, ``ROW(A[0])-1``, ``ROWS($A$2:A[0])``; or one more than the cell above in its own
# column (``A[-1]+1``, ``1+$A[-1]``; the column's letter checked by ``_formula_number``).
_ROW_FORMULA = re.compile(
    r"=(?:ROW\((?:\$?[A-Z]{1,3}\[0\])?\)|ROWS\(\$?[A-Z]{1,3}\$(?P<top>\d+):\$?[A-Z]{1,3}\[0\]\))"
    r"(?:(?P<sign>[-+])(?P<by>\d{1,7}))?"
)
_ONE_MORE = re.compile(r"=(?:\$?(?P<a>[A-Z]{1,3})\[-1\]\+1|1\+\$?(?P<b>[A-Z]{1,3})\[-1\])")


def _formula_numbers(
    table: RawTable, column: int, rows: npt.NDArray[np.int64], values: npt.NDArray[np.object_]
) -> npt.NDArray[np.object_]:
    """``values`` (the cells of unread ``column`` at Excel ``rows``, in order) with each blank
    cell holding a formula that numbers the rows (``_formula_number``: ``=ROW()-1``, ``=A2+1``
    below a number) given the number it shows once saved: a file a script wrote, or a row
    numbered by hand and filled down in a program that saved no value, has no value there
    (fx216). A saved value is the cell's own; any other formula stays blank."""
    from followup_batch.read.column_letters import column_letter

    letter = column_letter(column + 1)
    out = values.copy()
    for at, row in enumerate(rows.tolist()):
        formula = table.formulas.get((row, column))
        if formula is None or has_value(out[at]):
            continue
        above = _whole_numbers(out[at - 1 : at]) if at and rows[at - 1] == row - 1 else None
        number = _formula_number(
            "=" + relative_formula(*formula), row, letter, None if above is None else int(above[0])
        )
        if number is not None:
            out[at] = number
    return out


def _formula_number(relative: str, row: int, letter: str, above: int | None) -> int | None:
    """The whole number a row number's formula (``relative``: as ``relative_formula`` writes it)
    shows on Excel row ``row`` of column ``letter``, ``above`` the number of the cell just above
    (None when it has none): ``=ROW()-1`` on row 5 is 4, ``=ROWS($A$2:A5)`` 4, ``=A4+1`` one
    more than ``above``. None for any other formula."""
    text = "".join(relative.split()).upper()
    match = _ROW_FORMULA.fullmatch(text)
    if match is not None:
        number = row if match["top"] is None else row - int(match["top"]) + 1
        by = int(match["by"] or 0)
        return number - by if match["sign"] == "-" else number + by
    match = _ONE_MORE.fullmatch(text)
    if match is not None and above is not None and (match["a"] or match["b"]) == letter:
        return above + 1
    return None


def _whole_numbers(values: npt.NDArray[np.object_]) -> npt.NDArray[np.int64] | None:
    """``values`` as whole numbers (an int, a float without a fraction, digits typed), or None
    when one is not (a blank, a word, a fraction, True)."""
    numbers = np.empty(len(values), dtype=np.int64)
    for at, value in enumerate(values):
        if isinstance(value, bool):
            return None
        if isinstance(value, (int, np.integer)) or (
            isinstance(value, (float, np.floating)) and float(value).is_integer()
        ):
            numbers[at] = int(value)
        elif isinstance(value, str) and _WHOLE.fullmatch(value.strip()):
            numbers[at] = int(value.strip())
        else:
            return None
    return numbers


def _unread_days(
    table: RawTable, unread: pd.DataFrame, reading: ReadOptions | None
) -> dict[int, pd.Series]:
    """The day each cell of the columns the tool does not read means, for the columns holding
    a text spelt as a day alone (``_DAY_ALONE``) beside a date cell (a date, or a date-time at
    midnight) or beside that day spelt otherwise: a date cell's own day, a text's read in the
    column's date order as the tracker's date columns are (its own dates, another date
    column's, the rows' countries, the config's; ``day_first``), NaT for anything else. A
    "Last contact" typed once as a date and once as "1/12/2027" on a US row is one day, as in
    a column the tool reads (ot97 F6, fx200). Each distinct text is read once."""
    from followup_batch.normalise import date_columns
    from followup_batch.normalise.dates import parse_date_text
    from followup_batch.normalise.day_first import DATE_FIELDS, locale_order

    mixed = {}
    for c in unread.columns:
        values = unread[c].to_numpy(dtype=object)
        distinct = pd.unique(values)
        texts = {v.strip() for v in distinct if isinstance(v, str)}
        texts = {t for t in texts if _DAY_ALONE.fullmatch(t)}
        cells = any(isinstance(v, dt.date) and _midnight(v) for v in distinct)
        if texts and (cells or len(texts) > 1):
            mixed[c] = values
    if not mixed:
        return {}
    reading = reading or ReadOptions()
    columns = {f: table.cells[f] for f in DATE_FIELDS if f in table.cells}
    headers = {f: table.headers[table.mapping[f]] for f in columns if f in table.mapping}
    for c in mixed:
        columns[f"column {c}"] = unread[c]
        headers[f"column {c}"] = table.headers[c]
    locale = None if reading.dayfirst is not None else locale_order(table, reading)
    orders = date_columns.date_orders(columns, headers, reading.dayfirst, locale)
    days = {}
    for c, values in mixed.items():
        order = orders[f"column {c}"]
        read: dict[object, object] = {}
        for v in pd.unique(values):
            day = None
            if isinstance(v, dt.date) and _midnight(v):
                day = v.date() if isinstance(v, dt.datetime) else v
            elif isinstance(v, str) and _DAY_ALONE.fullmatch(v.strip()):
                day = parse_date_text(v.strip(), dayfirst=order.dayfirst_for(v)).value
            read[v] = pd.NaT if day is None else pd.Timestamp(day)
        meant = [read.get(v, pd.NaT) for v in values]  # a NaN is not itself
        days[c] = pd.Series(meant, index=unread.index, dtype="datetime64[ns]")
    return days


def _midnight(value: dt.date) -> bool:
    """A date, or a date-time at midnight: a day alone."""
    return not isinstance(value, dt.datetime) or value.time() == dt.time()


def _meant_codes(column: pd.Series, days: pd.Series | None) -> npt.NDArray[np.intp]:
    """``written_codes`` of ``column``, but for a cell that is a day alone (``_DAY_ALONE``)
    read as the day ``days`` holds (the frame's, in the tracker's date order): one code for
    that day however it is written (a date cell, "1/12/2027"); 0 for a blank."""
    codes, texts = written_codes(column)
    if days is None:
        return codes
    alone = np.fromiter((bool(_DAY_ALONE.fullmatch(t)) for t in texts), bool, len(texts))
    day, _ = pd.factorize(days.to_numpy(dtype="datetime64[ns]"))  # NaT: -1
    meant = alone[codes] & (day >= 0)
    return np.where(meant, len(texts) + day, codes)


def _named(table: RawTable, column: int) -> str:
    """A column as a Problems line names it: its header quoted, or its letter when it has
    none (pandas' index written to CSV: "column A")."""
    from followup_batch.read.column_letters import column_letter

    header = table.headers[column].strip()
    return f'"{header}"' if header else f"column {column_letter(column + 1)}"


def _written_apart(
    cells: pd.DataFrame, apart: dict[str, tuple[str, str]], typed: _TypedCells
) -> Callable[[int, int], list[tuple[str, str]]]:
    """Which of the ``apart`` columns of ``cells`` (name -> its header as named (``_named``)
    and kind: "sent", typed
    on one, counted for both; "day", the same day written another way; "number", a row number)
    two rows (positions) write otherwise, each as its header and kind, for ``_repeat_line``:
    a cell holding a formula or a link as ``typed`` has it (``=ROW()-1`` on both is alike,
    whatever its value)."""
    spelt = {name: written_codes(cells[name])[0] for name in apart}
    rows = cells.index

    def differ(first: int, second: int) -> list[tuple[str, str]]:
        one, other = int(rows[first]), int(rows[second])
        return [
            apart[n]
            for n in apart
            if typed.as_typed(n, one, spelt[n][first]) != typed.as_typed(n, other, spelt[n][second])
        ]

    return differ


class _TypedCells:
    """What was typed in a sheet's compared cells beside their values (``RawTable.formulas``
    and ``links``, by the names ``repeated_within`` gives the columns: ``columns``, name ->
    0-based column). A formula is compared by its text as typed, whatever value it shows (a
    script saves none, Excel and LibreOffice their own): written relative to its own row
    (``relative_formula``), so that ``=ROW()-1`` or ``=TODAY()-D5`` on row 5 and
    ``=TODAY()-D6`` on row 6, one formula filled down or pasted with its row, are typed alike,
    and ``=HYPERLINK(".../123","posting")`` and ``.../456`` are not. A cell's link (Insert >
    Link) is compared with its value: "posting" linked to two addresses, two cells. The
    formulas of the ``shown`` columns are compared by what they show (``_company_as_shown``)."""

    def __init__(
        self, table: RawTable, columns: dict[str, int], shown: tuple[str, ...] = ()
    ) -> None:
        self.formulas: dict[str, dict[int, tuple[str, int]]] = {}
        self.links: dict[str, dict[int, str]] = {}
        names = {column: name for name, column in columns.items()}
        for (row, column), formula in table.formulas.items():
            if column in names and names[column] not in shown:
                self.formulas.setdefault(names[column], {})[row] = formula
        for (row, column), target in table.links.items():
            if column in names:
                self.links.setdefault(names[column], {})[row] = target
        self.any = bool(self.formulas or self.links)
        self._relative: dict[tuple[str, int], str] = {}  # (text, row) -> relative_formula

    def formulas_alike(self, codes: pd.DataFrame) -> pd.DataFrame:
        """``codes`` (rows alike in a column have one code, 0 a blank) with each formula's code
        one for every formula (-1): whether its value is saved decides nothing."""
        if not self.formulas:
            return codes
        codes = codes.copy()
        for name, rows in self.formulas.items():
            if name in codes:
                codes.loc[codes.index.intersection(list(rows)), name] = -1
        return codes

    def codes(self, codes: pd.DataFrame) -> pd.DataFrame:
        """``codes`` (of a few rows) with each cell holding a formula or a link coded by what was
        typed (``as_typed``): one code per text, none of a value's."""
        codes = codes.copy()
        for name in {*self.formulas, *self.links}:
            if name not in codes:
                continue
            column = codes[name]
            texts = [self.as_typed(name, int(row), code) for row, code in column.items()]
            if all(isinstance(text, (int, np.integer)) for text in texts):
                continue
            at, _ = pd.factorize(pd.Series(texts, dtype=object).map(repr))
            codes[name] = -2 - at
        return codes

    def as_typed(self, name: str, row: int, code: object) -> object:
        """The cell of column ``name`` at Excel row ``row``, coded ``code`` by its value, as
        typed: its formula relative to its row ("=ROW()-1", "=TODAY()-D[0]") or, for a cell
        with a link, its code and the link's target; ``code`` for the others."""
        formula = self.formulas.get(name, {}).get(row)
        target = self.links.get(name, {}).get(row)
        typed: object = code
        if formula is not None:
            if formula not in self._relative:
                self._relative[formula] = "=" + relative_formula(*formula)
            typed = self._relative[formula]
        return typed if target is None else (typed, target)


# A string in a formula ("posting", "a ""quoted"" word"): never a reference.
_FORMULA_STRING = re.compile(r'"(?:[^"]|"")*"')
# A cell reference (D5, $D5, D$5, $D$5, Jobs!D5's D5), not a function's name (LOG10() nor a
# sheet's (Q1!A2), nor part of a longer name or number.
_CELL_REFERENCE = re.compile(r"(?<![\w.$])(\$?[A-Z]{1,3})(\$?)([0-9]{1,7})(?![\w.(!])")
# A reference to whole rows (5:5, $5:$5, 2:7, Jan!5:5), not part of a cell's (A2:B5) nor a
# number's. Whole columns (A:A, $C:$D) name no row: they are alike on every row as written.
_ROW_RANGE = re.compile(r"(?<![\w.$:\]])(\$?)([0-9]{1,7}):(\$?)([0-9]{1,7})(?![\w.(!:\[])")


def relative_formula(text: str, row: int) -> str:
    """A formula's ``text`` written on Excel row ``row`` with its relative row references as
    offsets from that row ("TODAY()-D5" on row 5: "TODAY()-D[0]", "A4+1" on row 5: "A[-1]+1"),
    as Excel's R1C1 notation writes them: one formula filled down, or pasted with its row, is
    one text on every row; whole rows too ("COUNTA(5:5)" on row 5: "COUNTA([0]:[0])"). Absolute
    rows ($5, $5:$5), whole columns (A:A) and strings stay as written."""
    if not any(ch.isdigit() for ch in text):
        return text

    def offset(match: re.Match[str]) -> str:
        column, absolute, number = match.groups()
        if absolute:
            return match[0]
        return f"{column}[{int(number) - row}]"

    def rows_offset(match: re.Match[str]) -> str:
        first_absolute, first, last_absolute, last = match.groups()
        top = first_absolute + first if first_absolute else f"[{int(first) - row}]"
        bottom = last_absolute + last if last_absolute else f"[{int(last) - row}]"
        return f"{top}:{bottom}"

    def relative(part: str) -> str:
        return _CELL_REFERENCE.sub(offset, _ROW_RANGE.sub(rows_offset, part))

    parts = []
    at = 0
    for string in _FORMULA_STRING.finditer(text):
        parts.append(relative(text[at : string.start()]))
        parts.append(string[0])
        at = string.end()
    parts.append(relative(text[at:]))
    return "".join(parts)


def _repeat_line(earlier: int, apart: list[tuple[str, str]]) -> str:
    """The Problems line of a row repeating row ``earlier`` in every cell but the sent dates
    and reply of ``apart`` (the same day written otherwise in a date's, its own number in a
    column numbering the rows)."""
    days = [header for header, kind in apart if kind == "day"]
    sent = [header for header, kind in apart if kind == "sent"]
    numbers = [header for header, kind in apart if kind == "number"]
    how = "in every cell"
    if sent:
        how += f" but {_listed(sent)}"
    if days:
        how += f", its {_listed(days)} the same day written another way"
    if numbers:
        which = "which number" if len(numbers) > 1 else "which numbers"
        how += f", {_listed(numbers)} aside, {which} the rows"
    if not sent:
        return (
            f"{REPEATS}{earlier} {how} (a row pasted twice?): row {earlier} has its follow-ups, "
            "so nothing is sent from this one; delete it, or correct the cell that tells them "
            "apart"
        )
    return (
        f"{REPEATS}{earlier} {how} (a row pasted twice?): row {earlier} has its follow-ups and "
        "counts what this row says was sent, so nothing is sent from this one; delete it once "
        f"row {earlier} holds that, or correct the cell that tells them apart"
    )


def written_codes(column: pd.Series) -> tuple[npt.NDArray[np.intp], list[str]]:
    """``column``'s cells as ``repeated_within`` compares them, their text around spaces aside
    (``str(value).strip()``; '' for a blank, None, NaN or NaT): a code per cell and the texts
    the codes stand for, no two alike, '' first (code 0). A column of one kind of value (text,
    dates, numbers) is spelt once per distinct value, not per cell: a 100,000-row tracker's
    twelve such columns are 1.2 million cells on every run (issue 15)."""
    values = column.to_numpy(dtype=object)
    codes = np.full(len(values), -1, dtype=np.intp)
    filled = slice(None)
    cells = values
    kind = pd.api.types.infer_dtype(values, skipna=False)
    if kind not in _SPELT_BY_VALUE:  # blanks among them (or mixed kinds)
        filled = ~pd.isna(values)
        cells = values[filled]
        kind = pd.api.types.infer_dtype(cells, skipna=False)
    if kind in _SPELT_BY_VALUE and (kind != "floating" or set(map(type, cells)) == {float}):
        at, distinct = pd.factorize(cells)  # a blank (None, NaN, NaT) is -1
        # Equal values of one kind are spelt alike, but for one instant in two time zones and
        # 0.0 and -0.0: those are spelt cell by cell.
        if not any(getattr(v, "tzinfo", None) is not None for v in distinct) and not (
            kind == "floating" and (distinct == 0).any()
        ):
            codes[filled] = at
            return _one_code_per_text(codes, [str(v).strip() for v in distinct])
    filled = ~pd.isna(values)
    at, distinct = pd.factorize(np.array([str(v).strip() for v in values[filled]], dtype=object))
    codes[filled] = at
    return _one_code_per_text(codes, list(distinct))


# The kinds of column (``pandas.api.types.infer_dtype``) whose equal values are spelt alike,
# almost (``written_codes``); mixed kinds are not (1 == 1.0 == True).
_SPELT_BY_VALUE = frozenset(
    {"string", "integer", "boolean", "date", "datetime", "floating", "empty"}
)


def _one_code_per_text(
    codes: npt.NDArray[np.intp], texts: list[str]
) -> tuple[npt.NDArray[np.intp], list[str]]:
    """``codes`` (-1 blank) into ``texts`` (some alike once trimmed, some '') as codes into the
    distinct texts, '' first."""
    at, distinct = pd.factorize(np.array(["", *texts], dtype=object))
    return at[codes + 1], list(distinct)


# What the Problems line of an application repeated on a sheet not linked says (``repeated_apart``).
NOT_LINKED = "sheets not named for a month or a stage are not linked"
SAME_APPLICATION = "the same application ("


def repeated_apart_notes(frame: pd.DataFrame) -> list[str]:
    """The run's notes (shown without -v) of a sheet's rows whose application is repeated on
    another sheet not linked to it (``repeated_apart``): "row 3: the same application …", or
    repeated on its own sheet (``repeated_within``): "row 3: repeats row 2 …"."""
    return [
        f"row {row}: {line if line.startswith(REPEATS) else line[line.find(SAME_APPLICATION) :]}"
        for row, lines in zip(frame.index, frame["problems"], strict=True)
        for line in lines
        if NOT_LINKED in line or line.startswith(REPEATS)
    ]


def repeated_apart(
    tables: Sequence[RawTable], frames: Sequence[pd.DataFrame]
) -> list[pd.DataFrame]:
    """``frames`` with a Problems line on each row whose application (its client, company and
    position as names, ``application_keys``, and its applied day) is also on another sheet
    that is not linked to its own (two split parts of one tracker are: their copies are one
    application, a ``Duplicate``): each copy is followed up, so it would be chased twice
    without a word (ot83 F6). The line names the other copies' sheets and rows."""
    out = list(frames)
    if len(tables) < 2:
        return out
    # Keyed over every sheet at once: a key names one application only within one call.
    every = pd.concat([f[["client", "company", "position"]] for f in frames], ignore_index=True)
    keys = application_keys(every["client"], every["company"], every["position"]).tolist()
    seen: dict[tuple[int, np.datetime64], list[tuple[int, int, int]]] = {}
    start = 0
    for at, frame in enumerate(frames):
        applied = frame["applied_date"].to_numpy(dtype="datetime64[D]")
        for i, day in enumerate(applied):
            key = keys[start + i]
            if key >= 0 and not np.isnat(day):
                seen.setdefault((key, day), []).append((at, i, int(frame.index[i])))
        start += len(frame)
    notes: dict[int, dict[int, list[str]]] = {}
    for (_, day), copies in seen.items():
        for at, i, _row in copies:
            apart = [
                f"sheet {tables[other].sheet}, row {other_row}"
                for other, _, other_row in copies
                if other != at and not (tables[at].split_part and tables[other].split_part)
            ]
            if not apart:
                continue
            frame = frames[at]
            what = f"{frame['company'].iat[i]}, {frame['position'].iat[i]}"
            text = (
                f"{SAME_APPLICATION}{what}, applied {day.astype(object):%a %Y-%m-%d}) is "
                f"on {' and '.join(apart)}; {NOT_LINKED}, so each copy is followed up and its "
                "messages come twice: keep it on one sheet"
            )
            notes.setdefault(at, {})[i] = [text]
    for at, lines in notes.items():
        table, frame = tables[at], out[at]
        problems = list(frame["problems"])
        for i, (text,) in lines.items():
            row = frame.index[i : i + 1]
            ref = cell_refs(table, "applied_at", row)[0] if "applied_at" in table.mapping else ""
            problems[i] = [*problems[i], f"{ref}: {text}" if ref else text]
        out[at] = frame.assign(problems=pd.Series(problems, index=frame.index, dtype=object))
    return out


def link_split_parts(
    tables: Sequence[RawTable], frames: Sequence[pd.DataFrame]
) -> list[pd.DataFrame]:
    """The frames of one workbook's trackers (``normalise_rows`` of each of ``tables``), the
    sheets of one person's tracker split by time or stage (``read.sheet_names``) linked as one
    tracker: each of their rows' later interview and application outcome found over all of
    them, with ``later_interview_sheet`` naming the sheet of a later interview on another one.
    The other sheets (a client's each) are returned as they were: rows are linked within their
    sheet only, and on any sheet only within one client."""
    parts = [at for at, table in enumerate(tables) if table.split_part]
    out = list(frames)
    if len(parts) < 2:
        return out
    linked = [frames[at] for at in parts]
    whole = pd.concat(linked, ignore_index=True)
    sheet_at = np.repeat(np.arange(len(parts), dtype=np.int64), [len(f) for f in linked])
    rows = np.concatenate([f.index.to_numpy(dtype=np.int64) for f in linked])
    keys = application_keys(whole["client"], whole["company"], whole["position"])
    filled = np.concatenate(
        [_details_filled(tables[at], frame.index) for at, frame in zip(parts, linked, strict=True)]
    )
    carrier, torn = same_interviews(whole, keys, sheet_at, filled)
    whole = with_sends_of_copies(whole, carrier)
    # A Round filled in on one copy is the interview's, where the followed one left it blank.
    rank = whole["round_rank"]
    whole["round_rank"] = rank.where(carrier != rank.index, rank.groupby(carrier).transform("max"))
    copy = carrier != np.arange(len(whole))
    names = np.array([tables[at].sheet or "" for at in parts], dtype=object)
    # An outcome typed on either copy counts for both, so the application's outcome and its
    # later interviews are worked out from the shared one.
    outcome = whole["outcome"].to_numpy(dtype=object)
    taken = outcome_of_copies(outcome, carrier)
    whole["outcome"] = outcome[taken]

    def place(i: int) -> str:
        return f"sheet {names[sheet_at[i]]}, row {rows[i]}"

    outcome_copy = np.full(len(whole), "", dtype=object)
    for i in np.flatnonzero(taken != np.arange(len(whole))):
        outcome_copy[i] = place(taken[i])
    typed = [tables[at].cells.get("outcome") for at in parts]
    disagree = outcomes_disagree(
        outcome, carrier, taken, place, lambda i: shown(typed[sheet_at[i]].loc[rows[i]])
    )
    found = applications(
        keys,
        whole["interview_date"].to_numpy(dtype="datetime64[D]"),
        whole["applied_date"].to_numpy(dtype="datetime64[D]"),
        (sheet_at << _ROW_BITS) | rows,
        whole["round_rank"].to_numpy(dtype=np.int64),
        whole["outcome"].to_numpy(dtype=object),
    )
    later_row = found.later_row & ((1 << _ROW_BITS) - 1)
    later_sheet = found.later_row >> _ROW_BITS
    same_row = np.where(copy, rows[carrier], 0)
    same_sheet = np.where(copy, names[sheet_at[carrier]], "").astype(object)
    elsewhere = (later_row > 0) & (later_sheet != sheet_at)
    sheet_names = np.where(elsewhere, names[later_sheet], "").astype(object)
    problems = _applied_again_elsewhere(
        tables, parts, whole, sheet_at, rows, found.again_row, names
    )
    people = whole["interviewers"].to_numpy(dtype=object)
    elsewhere_named = interviewers_elsewhere(people, carrier, torn, place)

    def say(i: int, field: str, text: str) -> None:
        # A line of row i's Problems cell, on its ``field`` cell when its sheet has one.
        own = tables[parts[sheet_at[i]]]
        ref = cell_refs(own, field, pd.Index([rows[i]]))[0] if field in own.mapping else ""
        problems[i] = [*problems[i], f"{ref}: {text}" if ref else text]

    for i in np.flatnonzero(disagree != ""):
        say(int(i), "outcome", disagree[i])
    for i in np.flatnonzero(elsewhere_named != ""):
        say(int(i), "interviewer", elsewhere_named[i])
    start = 0
    for at, frame in zip(parts, linked, strict=True):
        end = start + len(frame)
        # The sheet's rows with what their copies on other sheets sent (``with_sends_of_copies``)
        # and the outcome typed on them (``outcome_of_copies``).
        shared = whole.iloc[start:end].set_axis(frame.index)
        out[at] = shared.assign(
            later_interview=found.later[start:end].astype("datetime64[ns]"),
            later_interview_row=later_row[start:end],
            later_interview_sheet=sheet_names[start:end],
            application_outcome=found.outcome[start:end],
            same_interview_row=same_row[start:end],
            same_interview_sheet=same_sheet[start:end],
            outcome_copy=outcome_copy[start:end],
            outcome_disagrees=disagree[start:end],
            interviewers_elsewhere=elsewhere_named[start:end],
            problems=problems[start:end],
        )
        out[at] = answer_asked_dates(out[at])  # an interview on another sheet answers too
        start = end
    return out


# What a person types on either copy of one interview counts for both: each sent date (and
# mark) of the sequence, the application check-in, the networking touch and the last reply
# (the fields the copies may differ in, ``TYPED_LATER``).
_SHARED_DATES = TYPED_LATER
_SHARED_MARKS = (
    "thank_you_done",
    "check_in_1_done",
    "check_in_2_done",
    "final_done",
    "application_check_in_done",
)


class Copies(NamedTuple):
    """Which rows of one person's tracker split over sheets are copies (``same_interviews``)."""

    # Each row's position of the row that carries its interview's follow-ups: its own, or
    # its copy's.
    carrier: np.ndarray
    # For a copy naming nobody beside copies of two interviews, the positions of those
    # copies: it is left alone, as either interview's.
    torn: dict[int, list[int]]


def same_interviews(
    whole: pd.DataFrame, keys: np.ndarray, sheet_at: np.ndarray, filled: np.ndarray
) -> Copies:
    """For each row of one person's tracker split over sheets (``link_sheets``: ``whole``
    their frames one after the other, ``sheet_at`` each row's sheet, ``filled`` how many of its
    cells are filled in), the position of the row that carries its interview's follow-ups
    (``Copies``):
    its own, or, for a row copied onto another sheet (people copy rows forward to the new
    month), the copy with the most cells filled in, the later sheet's on a tie (the month the
    person works in now). Copies are rows of one application (``keys``) with the same
    interview day and Round, one on each of two or more sheets, each with an interviewer in
    common with another copy (``_someone_in_common``: one taken off, added or replaced on a
    copy: a panel is not split over month sheets); rows without an interview yet are copies
    the same way, by their applied day instead.

    A Round left blank on a copy is more likely not typed than round 1: it is the Round
    filled in on the copies of that day naming someone in common with it, when they fill in
    one (``_rounds_of_blank_copies``; the filled one is the interview's), else round 1. A copy
    naming nobody is a copy of the others when they are one interview (they name someone in
    common, or nobody either); beside copies of two interviews (Sam Lee on Jan, Kim Park on
    Mar) it could be either, so it links neither and they stay two (``Copies.torn``). A
    panel written over several rows of one sheet, copies with no interviewer in common, a row
    that needs fixing, a row of another round or day and a row with an interview beside one
    without are never a copy."""
    own = np.arange(len(whole))
    interview = whole["interview_date"].to_numpy(dtype="datetime64[D]")
    interviewed = ~np.isnat(interview)
    rows = pd.DataFrame(
        {
            "key": keys,
            "interviewed": interviewed,
            # The interview's day; an application's without one yet, its applied day.
            "day": np.where(
                interviewed, interview, whole["applied_date"].to_numpy(dtype="datetime64[D]")
            ),
            "rank": whole["round_rank"].to_numpy(dtype=np.int64),
            "sheet": sheet_at,
            "score": filled * (int(sheet_at.max()) + 1) + sheet_at,
            "at": own,
        }
    )
    rows = rows[(keys >= 0) & ~np.isnat(rows["day"]) & ~whole["needs_info"].to_numpy(dtype=bool)]
    if rows.empty:
        return Copies(own, {})
    people = whole["interviewers"].to_numpy(dtype=object)
    named = functools.cache(lambda at: _people_words(people[at]))
    rows = rows.assign(round=_rounds_of_blank_copies(rows, named))
    one = ["key", "interviewed", "day", "round"]  # one interview, or one application
    group = rows.groupby(one)
    rows = rows[
        (group["sheet"].transform("size") > 1)
        & (group["sheet"].transform("size") == group["sheet"].transform("nunique"))
    ].assign(interview=lambda r: r.groupby(one).ngroup())
    # Each two rows of one interview on two sheets, linked when they name someone in common.
    pairs = rows[["interview", "at"]].merge(rows[["interview", "at"]], on="interview")
    pairs = pairs[pairs["at_x"] < pairs["at_y"]]
    x, y = pairs["at_x"].to_numpy(), pairs["at_y"].to_numpy()
    nobody = {at: not named(at) for at in rows["at"]}
    anonymous = np.array([nobody[a] or nobody[b] for a, b in zip(x, y, strict=True)], dtype=bool)
    common = np.array(
        [
            not anon and _someone_in_common(named(a), named(b))
            for a, b, anon in zip(x, y, anonymous, strict=True)
        ],
        dtype=bool,
    )
    # A copy naming nobody joins the others when they are one interview: all copies naming
    # someone linked to each other (or none), never two of them through it.
    by_name = linked_lowest(own, x[common], y[common])
    someone = rows[~rows["at"].map(nobody).to_numpy(dtype=bool)]
    interviews = someone.groupby("interview")["at"].agg(lambda at: len(set(by_name[at.to_numpy()])))
    one_interview = pairs["interview"].map(interviews).fillna(0).to_numpy() <= 1
    both_nobody = np.array([nobody[a] and nobody[b] for a, b in zip(x, y, strict=True)], bool)
    linked = common | (anonymous & one_interview) | both_nobody
    torn: dict[int, list[int]] = {}
    for a, b in zip(x[~linked & anonymous], y[~linked & anonymous], strict=True):
        alone, other = (a, b) if nobody[a] else (b, a)
        torn.setdefault(int(alone), []).append(int(other))
    first, second = x[linked], y[linked]
    if not len(first):
        return Copies(own, torn)
    # The copies of one interview: the rows linked to each other, directly or through another
    # copy (Jan and Mar each share someone with Feb), as the lowest position among them.
    copy_of = linked_lowest(own, first, second)
    copies = rows[np.isin(rows["at"], np.concatenate([first, second]))]
    copies = copies.assign(copy_of=copy_of[copies["at"].to_numpy()])
    ranked = copies.sort_values("score")  # ``best`` is in this order, not the rows'
    best = ranked.groupby("copy_of")["at"].transform("last")
    carrier = own.copy()
    carrier[ranked["at"].to_numpy()] = best.to_numpy()
    return Copies(carrier, torn)


def linked_lowest(own: np.ndarray, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """For each position of ``own``, the lowest position linked to it by the pairs ``first``
    and ``second``, directly or through others (one number for each group of linked
    things: the copies of one interview, the files of one client that copy each other)."""
    joined = own.copy()
    if not len(first):
        return joined
    while True:
        lowest = np.minimum(joined[first], joined[second])
        if (joined[first] == lowest).all() and (joined[second] == lowest).all():
            return joined
        np.minimum.at(joined, first, lowest)
        np.minimum.at(joined, second, lowest)


def _rounds_of_blank_copies(
    rows: pd.DataFrame, named: Callable[[int], tuple[frozenset[str], ...]]
) -> np.ndarray:
    """Each of ``rows``' Round (``same_interviews``), 1 where blank, but for a blank one on a
    copy: the Round filled in on the other sheets' rows of its application and day that name
    someone in common with it (``named``), when they all fill in one."""
    rank = rows["rank"].to_numpy()
    rounds = np.maximum(rank, 1)
    on = ["key", "interviewed", "day"]
    blank, typed = rows[rank == 0], rows[rank > 0]
    if blank.empty or typed.empty:
        return rounds
    met = blank[[*on, "sheet", "at"]].merge(typed[[*on, "sheet", "at", "rank"]], on=on)
    met = met[met["sheet_x"] != met["sheet_y"]]
    common = [
        _someone_in_common(named(a), named(b))
        for a, b in zip(met["at_x"], met["at_y"], strict=True)
    ]
    met = met[np.array(common, dtype=bool)]
    filled_in = met.groupby("at_x")["rank"].agg(["nunique", "first"])
    filled_in = filled_in[filled_in["nunique"] == 1]["first"]
    at = pd.Series(np.arange(len(rows)), index=rows["at"].to_numpy())
    rounds[at[filled_in.index].to_numpy()] = filled_in.to_numpy()
    return rounds


def _someone_in_common(
    ours: tuple[frozenset[str], ...], theirs: tuple[frozenset[str], ...]
) -> bool:
    """Whether two copies' interviewers (``_people_words``) name one person in common: the same
    words, or one copy's the fuller name ("Sam" / "Sam Lee")."""
    return any(_one_person(p, theirs) for p in ours)


def _one_person(person: frozenset[str], people: tuple[frozenset[str], ...]) -> bool:
    """Whether one of ``people`` is ``person`` (``_someone_in_common``)."""
    return any(person <= other or other <= person for other in people)


def _people_words(people: object) -> tuple[frozenset[str], ...]:
    """The words of each interviewer's name (``name_key``: case, accents and punctuation do
    not count, nor a title in brackets), however the cell wrote them: "Williams III, James; J.
    Park" names {james, williams, iii} and {j, park}. A name with no words counts for nobody."""
    if not isinstance(people, list):
        return ()
    return tuple(frozenset(words) for words in map(_words_of, people) if words)


@functools.lru_cache(maxsize=16_384)
def _words_of(name: str) -> tuple[str, ...]:
    """One interviewer's ``_people_words`` (cached: a tracker's copies repeat their names)."""
    return tuple((name_key(person_key(name)) or "").split())


# Outcomes that close the application: typed on either copy of an interview, they count for
# both (a person marks the rejection on whichever copy they have open).
_CLOSING = CLOSED_WITH_OFFER | CLOSED_WITHOUT_OFFER


def outcome_of_copies(outcome: np.ndarray, carrier: np.ndarray) -> np.ndarray:
    """For each row, the position of the row whose outcome is its own: itself, or, when its
    outcome leaves the application open and a copy of its interview (``same_interviews``:
    ``carrier``) closes it ("Rejected" typed on the other copy), that copy (the later sheet's
    of several)."""
    own = np.arange(len(outcome))
    closing = np.isin(outcome, list(_CLOSING))
    closer = pd.Series(own[closing]).groupby(carrier[closing]).last()
    if closer.empty:
        return own
    found = pd.Series(carrier).map(closer).to_numpy(dtype="float64")
    takes = ~closing & ~np.isnan(found)
    return np.where(takes, np.nan_to_num(found), own).astype(np.int64)


def outcomes_disagree(
    outcome: np.ndarray,
    carrier: np.ndarray,
    taken: np.ndarray,
    place: Callable[[int], str],
    typed: Callable[[int], str],
) -> np.ndarray:
    """For each row that carries an interview's follow-ups (``same_interviews``: ``carrier``),
    what its Problems cell says when a copy's outcome closes the application otherwise than
    the one it uses (``outcome_of_copies``: ``taken``), '' otherwise: "Offer" on one copy and
    "Rejected" on the other, and as much "Rejected" and "Withdrawn": even when the follow-ups
    are the same, one of the copies is wrong, and the tracker is the person's record of the
    search. Copies where one outcome is where the other leads (``a_later_step``: "Offer" on
    January's, "Accepted" on February's) agree. An offer is never filed as a rejection
    without a word; the followed copy's own outcome is still the one used, as the row whose
    follow-ups you see (the later sheet's when it has none). ``place`` and ``typed`` name a
    row's place and its Outcome cell as typed."""
    texts = np.full(len(outcome), "", dtype=object)
    closing = np.isin(outcome, list(_CLOSING))
    used = taken[carrier]  # the row whose outcome each row's interview takes
    other_way = closing & closing[used] & (outcome != outcome[used])
    other_way &= ~(a_later_step(outcome, outcome[used]) | a_later_step(outcome[used], outcome))
    others = pd.Series(np.flatnonzero(other_way)).groupby(carrier[other_way]).agg(list)
    for at, copies in others.items():
        at, chosen = int(at), int(used[int(at)])
        said = ", ".join(f"{typed(i)} on {place(i)}" for i in copies)
        if chosen == at:
            which, chosen_at = "the followed copy's", "here"
        else:
            which, chosen_at = "the later sheet's", f"on {place(chosen)}"
        other = "the others" if len(copies) > 1 else "the other"
        texts[at] = (
            f"the copies disagree: {said}, {typed(chosen)} {chosen_at}; {which} is used — "
            f"correct {other}"
        )
    return texts


def a_later_step(earlier: np.ndarray, later: np.ndarray) -> np.ndarray:
    """Whether each ``later`` outcome is where the ``earlier`` one leads, so two copies typed a
    month apart tell one story: an offer then accepted or hired (or hired after accepted), and
    an application ghosted then rejected or withdrawn."""
    with_offer = np.isin(earlier, list(CLOSED_WITH_OFFER)) & np.isin(later, list(CLOSED_WITH_OFFER))
    return with_offer | (earlier == "ghosted") & np.isin(later, ["rejected", "withdrawn"])


def interviewers_elsewhere(
    people: np.ndarray,
    carrier: np.ndarray,
    torn: dict[int, list[int]],
    place: Callable[[int], str],
    followed: Callable[[int], str] | None = None,
) -> np.ndarray:
    """For each row, what its Problems cell says of the interviewers its copies name
    (``same_interviews``), '' when nothing: on the row that carries the follow-ups, those it
    does not name (one replaced on a copy: "Pat Fox; Al Roe" on Jan, "Pat Fox; Cy Dee" here),
    as the drafts go to the people it names and the others would get nothing without a word;
    on a copy naming nobody beside copies of two interviews (``Copies.torn``), who they name.
    ``people`` are the rows' interviewers, ``place`` names a row's place. ``followed``: for a
    text said away from the row (a run's line of copies in separate files), that row's place,
    said instead of "here"."""
    texts = np.full(len(people), "", dtype=object)
    missing: dict[int, dict[frozenset[str], tuple[str, list[str]]]] = {}
    for i in np.flatnonzero(carrier != np.arange(len(people))):  # the few copies
        at = int(carrier[i])
        ours = _people_words(people[at])
        for name in people[i] if isinstance(people[i], list) else []:
            words = frozenset(_words_of(name))
            if words and not _one_person(words, ours):
                said = missing.setdefault(at, {}).setdefault(words, (name, []))
                said[1].append(place(int(i)))
    for at, named in missing.items():
        here, there = ("here", "here") if followed is None else (f"on {followed(at)}", "there")
        lines = [
            f"{name} is on the {'copies' if len(places) > 1 else 'copy'} on "
            f"{' and '.join(places)}, not {here}"
            for name, places in named.values()
        ]
        several = len({where for _, places in named.values() for where in places}) > 1
        texts[at] = (
            f"{'; '.join(lines)}; nothing is drafted to them: add them {there} if they were at "
            f"this interview, or correct the other cop{'ies' if several else 'y'}"
        )
    for at, others in torn.items():
        named_on = " and ".join(f"{place(i)} ({'; '.join(people[i])})" for i in others)
        texts[at] = (
            f"no interviewer named here, and the copies on {named_on} name no one in common, so "
            "this row could be a copy of either: it is followed up on its own; write who "
            "interviewed you here to make it one of them"
        )
    return texts


def _details_filled(table: RawTable, rows: pd.Index) -> np.ndarray:
    """How many of each row's cells are filled in, but for the sent dates and the reply: they
    count for every copy of an interview, so typing one on the older copy moves nothing; nor
    the outcome, for the same reason (``outcome_of_copies``)."""
    details = table.cells.drop(columns=[*_SHARED_DATES, "outcome"], errors="ignore")
    return details.notna().sum(axis=1).reindex(rows, fill_value=0).to_numpy(dtype=np.int64)


def with_sends_of_copies(whole: pd.DataFrame, carrier: np.ndarray) -> pd.DataFrame:
    """``whole`` with each interview's copies (``same_interviews``: ``carrier``) sharing what
    was sent and when: a row's own date where it has one, else the latest of its copies'; a
    message marked sent on one copy is sent on all."""
    if (carrier == np.arange(len(whole))).all():
        return whole
    group = pd.Series(carrier, index=whole.index)  # a copy and its carrier: one interview
    shared = {}
    for name in _SHARED_DATES:
        latest = whole[name].groupby(group).transform("max")
        shared[name] = whole[name].where(whole[name].notna(), latest)
    for name in _SHARED_MARKS:
        shared[name] = whole[name].groupby(group).transform("any").astype(bool)
    return whole.assign(**shared)


def same_interview_notes(frame: pd.DataFrame) -> list[str]:
    """What a run says (-v) of the rows of a sheet (its normalised ``frame``) that are copies
    of interviews, or of applications without one yet, on another sheet
    (``same_interviews``), one line for each other sheet and kind."""
    # A row repeated on its own sheet (no sheet named) has its Problems line instead.
    copied = frame[(frame["same_interview_row"] > 0) & (frame["same_interview_sheet"] != "")]
    kind = np.where(copied["interview_date"].isna(), "application", "interview")
    notes = []
    for (sheet, what), rows in copied.groupby(["same_interview_sheet", kind], sort=False):
        ours = [str(row) for row in rows.index]
        theirs = [str(row) for row in rows["same_interview_row"]]
        several = len(ours) > 1
        notes.append(
            f"Row{'s' if several else ''} {_listed(ours)} "
            f"{f'are the same {what}s as rows' if several else f'is the same {what} as row'} "
            f'{_listed(theirs)} of sheet "{sheet}", copied: '
            f"{'their' if several else 'its'} follow-ups are worked out once, on that sheet, "
            "and a sent date or an outcome typed on either copy counts for both."
        )
    return notes


def _listed(items: list[str]) -> str:
    """'2', '2 and 5', '2, 5 and 7'."""
    return " and ".join(", ".join(items).rsplit(", ", 1))


def answer_asked_dates(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the rows asked when their interview was (``asked_interview_date``)
    answered where a later interview of the application is linked: an application whose
    stage says "Interviewing" waits for that interview's follow-ups (its Why names it), so its
    Problems line asking for the date is taken out and it needs info only for anything
    else."""
    asked = frame["asked_interview_date"].to_numpy(dtype=object)
    answered = (asked != "") & frame["later_interview"].notna().to_numpy()
    if not answered.any():
        return frame
    problems = frame["problems"].to_numpy(dtype=object).copy()
    for i in np.flatnonzero(answered):
        problems[i] = [line for line in problems[i] if line != asked[i]]
    otherwise = frame["needs_info_otherwise"].to_numpy(dtype=bool)
    return frame.assign(
        needs_info=np.where(answered, otherwise, frame["needs_info"].to_numpy(dtype=bool)),
        asked_interview_date=np.where(answered, "", asked).astype(object),
        problems=problems,
    )


def _applied_again_elsewhere(
    tables: Sequence[RawTable],
    parts: list[int],
    whole: pd.DataFrame,
    sheet_at: np.ndarray,
    rows: np.ndarray,
    again: np.ndarray,
    names: np.ndarray,
) -> list[list[str]]:
    """The linked rows' problems, with the note of ``applied_again_note`` on each final round
    whose re-application is on another sheet (on its own sheet, ``normalise_rows`` said it)."""
    problems = list(whole["problems"])
    again_row, again_sheet = again & ((1 << _ROW_BITS) - 1), again >> _ROW_BITS
    ranks = whole["round_rank"].to_numpy(dtype=np.int64)
    for i in np.flatnonzero((again_row > 0) & (again_sheet != sheet_at) & (ranks > MAX_ROUND)):
        own, later = tables[parts[sheet_at[i]]], tables[parts[again_sheet[i]]]
        ref = cell_refs(own, "round", pd.Index([rows[i]]))[0]
        place = f"sheet {names[again_sheet[i]]}, row {again_row[i]}"
        note = applied_again_note(place, later.cells["round"].loc[again_row[i]])
        problems[i] = [*problems[i], f"{ref}: {note}"]
    return problems
