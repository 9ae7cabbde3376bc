"""Each date column's order (3/11/2026: 3 November or March 11), settled over the whole
dataset before any piece is computed.

A tracker decides it per column from the whole column (``normalise.date_columns``). A piece
sees only its rows, and two pieces of a file must not read the same text two ways; nor may one
column's evidence decide another's (a US "Date Applied" beside a day-first "Interview Date":
every interview was read a month off). So every piece's text dates are gathered first, each distinct
text once with where it was first seen, and each column's order is decided from all of them
by the tracker's own function, with the dataset's locale as a tracker's: CSV files separated
by semicolons, else the places of all its rows (every piece's Country texts, or with no Country
column its Location, City and State ones) when they all write dates one way, else a day-first
country in the config. The answer does not depend on ``--partition-rows``, and the rows get
the answers a tracker of the same rows gets: a dataset of German and British rows reads
03/04/2027 as 3 April; one whose rows are in the United States and Germany, as a tracker of
both, is settled by its values or read month first, and says so.

A file whose own values or places settle another order (a US export beside a European one)
reads that column its own way (``DatasetPlan.file_date_orders``), as a tracker of its rows
does, and a plain run says so; a file they do not settle (a part of one export cut in two)
takes the dataset's.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from followup_batch.datasets.pieces import raw_table, read_piece
from followup_batch.datasets.plan import CsvFormat, DatasetPlan, shown_path
from followup_batch.normalise import DATE_FIELDS, STAGES
from followup_batch.normalise.cell_readers import reading_texts
from followup_batch.normalise.cells import header_of
from followup_batch.normalise.date_columns import DateOrder, date_orders, distinct_texts
from followup_batch.normalise.day_first import (
    SEMICOLONS,
    STAGES_HEADER,
    as_read,
    config_locale,
    countries_disagreement,
    countries_locale,
    place_fields,
    place_rows,
    places_disagreement,
    places_locale,
)
from followup_batch.normalise.place_columns import country_column, country_column_note
from followup_batch.read import RawTable, ReadOptions


class Place(NamedTuple):
    """Where a text was first seen: its piece (1-based), file and row there."""

    piece: int
    source: Path
    row: int


def settle_date_orders(plan: DatasetPlan) -> DatasetPlan:
    """The plan with every date column's order settled for all pieces
    (``plan.reading.date_orders``) and a note per column with text dates saying how they are
    read and why. Forced orders (--dayfirst, --monthfirst, the config) are left as they are.
    The Country column's reading of a bare 'CA' is settled in the same pass
    (``plan.reading.country_reading``), so no piece reads it another way than the next."""
    if not plan.pieces:
        return plan
    countries: dict[str, str] = {}  # Country text -> its column's header
    located = False  # whether they are a Location column's places
    if plan.reading.dayfirst is not None:
        for piece in plan.pieces:
            field, read = _country_texts(raw_table(read_piece(piece, plan), plan, piece))
            countries |= read
            located |= field == "location"
        return _with_country_reading(plan, countries, located)
    texts: dict[str, dict[str, int]] = {}  # column -> text -> its place in ``places``
    places: list[Place] = []
    headers: dict[str, str] = {}
    fields: list[str] = []  # with no Country column, the place columns, and their rows' texts
    files: dict[Path, _Evidence] = {}  # the same, each file's own
    for number, piece in enumerate(plan.pieces, start=1):
        table = raw_table(read_piece(piece, plan), plan, piece)
        own = files.setdefault(piece.source, _Evidence(piece.csv))
        field, read = _country_texts(table)
        countries |= read  # a Location column's places too: they settle a bare 'CA'
        located |= field == "location"
        if "country" in table.cells:  # the date order's evidence names its column
            own.countries |= read
        if "country" not in table.cells:
            fields = place_fields(table)
            own.rows |= place_rows(table, fields) if fields else set()
        for name, (header, values) in _date_columns(table).items():
            headers[name] = header
            seen = texts.setdefault(name, {})
            mine = own.texts.setdefault(name, {})
            for text, row in distinct_texts(values).items():
                if text not in seen:
                    seen[text] = len(places)
                    places.append(Place(number, piece.source, row))
                mine.setdefault(text, seen[text])
    listed = {text: header for own in files.values() for text, header in own.countries.items()}
    whole = _Evidence(plan.csv, texts, listed, set().union(*(f.rows for f in files.values())))
    orders = date_orders(_columns(whole.texts), headers, None, whole.locale(fields, plan.reading))
    if disagree := whole.disagreement(fields):  # as a tracker of the rows says (fx189)
        orders = {
            n: dataclasses.replace(o, evidence=disagree) if o.source == "undecided" else o
            for n, o in orders.items()
        }
    # A file whose own values or places settle another order than the dataset's (a US
    # export beside a European one) is read its own way, as a tracker of its rows is.
    own_orders = {
        source: differing
        for source, evidence in files.items()
        if (differing := _own_orders(evidence, orders, headers, fields, plan.reading))
    }
    # The orders' rows are places: each becomes the row in its own file, for messages.
    settled = {headers[name]: _in_file(order, places) for name, order in orders.items()}
    notes = {
        name: _note(
            headers[name], order, places, len(plan.pieces), _but(name, order, own_orders, files)
        )
        for name, order in orders.items()
        if order.source != "none"
    }
    by_file = {
        source: settled | {headers[n]: _in_file(o, places) for n, o in differing.items()}
        for source, differing in own_orders.items()
    }
    file_notes = [
        f"{shown_path(plan.data, source)}: {_own_note(headers[name], order, places, orders[name])}"
        for source, differing in own_orders.items()
        for name, order in differing.items()
    ]
    # Read month first only because nothing says otherwise: said without -v, as a tracker
    # says it, since a wrong guess moves every date by months without a sign.
    assumed = [f"{plan.data}: {notes.pop(n)}" for n, o in orders.items() if o.source == "undecided"]
    reading = dataclasses.replace(plan.reading, date_orders=settled)
    plan = dataclasses.replace(
        plan,
        reading=reading,
        file_date_orders=by_file,
        notes=(*plan.notes, *notes.values()),
        file_notes=(*plan.file_notes, *assumed, *file_notes),
    )
    return _with_country_reading(plan, countries, located)


@dataclass
class _Evidence:
    """What decides a date column's order, of one file or of the whole dataset: its text
    dates (column -> text -> its place), its Country texts, its rows' Location, City and
    State texts, and its delimiter."""

    csv: CsvFormat | None
    texts: dict[str, dict[str, int]] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)
    rows: set[tuple[str, ...]] = field(default_factory=set)

    def locale(self, fields: list[str], reading: ReadOptions) -> DateOrder | None:
        """The order its places write dates in, as a tracker's: a CSV separated by
        semicolons, else every row's Country (or Location, City and State), else the config's
        country."""
        if self.csv is not None and self.csv.delimiter == ";":
            return SEMICOLONS
        if self.countries:
            written = countries_locale(self.countries)
        else:
            written = places_locale(fields, self.rows)
        return written or config_locale(reading)

    def disagreement(self, fields: list[str]) -> str | None:
        """What its places say when they write dates both ways (``_disagreement``), for the
        columns read US month/day for want of anything else."""
        if self.countries:
            return countries_disagreement(self.countries)
        return places_disagreement(fields, self.rows) if fields else None


def _columns(texts: dict[str, dict[str, int]]) -> dict[str, pd.Series]:
    """Each column's distinct texts, indexed by their places."""
    return {
        name: pd.Series(list(seen), index=list(seen.values()), dtype=object)
        for name, seen in texts.items()
    }


# A file's own order that takes over from the dataset's: one its values, headers or places
# settle, not one it reads month first for want of anything that says otherwise.
OWN_SOURCES = frozenset({"detected", "dotted", "other column", "header", "locale"})


def _own_orders(
    file: _Evidence,
    orders: dict[str, DateOrder],
    headers: dict[str, str],
    fields: list[str],
    reading: ReadOptions,
) -> dict[str, DateOrder]:
    """The columns whose order ``file`` settles by itself another way than the dataset does
    (``orders``), with that order."""
    own = date_orders(_columns(file.texts), headers, None, file.locale(fields, reading))
    return {
        name: order
        for name, order in own.items()
        if order.source in OWN_SOURCES
        and (orders[name].source == "mixed" or not orders[name].separators)
        and (orders[name].source == "mixed" or bool(order.dayfirst) != bool(orders[name].dayfirst))
    }


@dataclass(frozen=True)
class _OwnWay:
    """The files that read a column their own way, each with its order (day first?), and
    whether they are all the files with text dates the dataset's order would note on their
    rows (``DateOrder.doubt``: 3/11/2026 among 13/11/2026 and 11/14/2026)."""

    files: list[tuple[str, bool]]
    every: bool

    @property
    def names(self) -> str:
        return ", ".join(name for name, _ in self.files)

    def orders(self) -> str:
        """'a_us.csv month first; b_eu.csv, f_cp1252.csv day first'."""
        by_order: dict[bool, list[str]] = {}
        for name, dayfirst in self.files:
            by_order.setdefault(dayfirst, []).append(name)
        return "; ".join(f"{', '.join(names)} {FIRST[first]}" for first, names in by_order.items())


def _but(
    name: str,
    order: DateOrder,
    own_orders: dict[Path, dict[str, DateOrder]],
    files: dict[Path, _Evidence],
) -> _OwnWay:
    """The files that read column ``name`` their own way rather than by ``order`` (``files``:
    each file's evidence, which says the files with dates ``order`` would note)."""
    own = [(s.name, bool(d[name].dayfirst)) for s, d in own_orders.items() if name in d]
    holding = {
        source
        for source, evidence in files.items()
        if any(order.doubt(text) for text in evidence.texts.get(name, {}))
    }
    mine = {source for source, differing in own_orders.items() if name in differing}
    return _OwnWay(own, bool(own) and holding <= mine)


def _country_texts(table: RawTable) -> tuple[str, dict[str, str]]:
    """A piece's field that says how a bare 'CA' is read (``reading_texts``) and its distinct
    Country texts (or a Location column's places, without one), each with its column's header
    (none without one)."""
    field, texts = reading_texts(table.cells)
    if field not in table.cells:
        return field, {}
    return field, dict.fromkeys(texts, header_of(table, field))


def _with_country_reading(plan: DatasetPlan, texts: dict[str, str], located: bool) -> DatasetPlan:
    """The plan with its Country column's reading of a bare 'CA' decided from every piece's
    texts, and the notes a tracker gives when they are read as the default country's regions
    (``located``: some are a Location column's places, whose 'LA' is Los Angeles)."""
    if not texts:
        return plan
    default = plan.reading.default_country
    reading = dataclasses.replace(plan.reading, country_reading=country_column(texts, default))
    notes = country_column_note(texts, default, next(iter(texts.values())), located)
    return dataclasses.replace(plan, reading=reading, notes=(*plan.notes, *notes))


def _date_columns(table: RawTable) -> dict[str, tuple[str, pd.Series]]:
    """A piece's date columns as the normalise stage reads them: field -> (header, cells);
    a wide dataset's stage columns together, as one."""
    columns = {
        f: (header_of(table, f), as_read(f, table.cells[f]))
        for f in DATE_FIELDS
        if f in table.cells
    }
    if table.stages and table.stage_cells is not None and len(table.stage_cells.columns):
        stacked = pd.concat([table.stage_cells[c] for c in table.stage_cells.columns])
        columns[STAGES] = (STAGES_HEADER, stacked)
    return columns


def _in_file(order: DateOrder, places: list[Place]) -> DateOrder:
    row = places[order.row].row if order.row is not None else None
    counter_row = places[order.counter_row].row if order.counter_row is not None else None
    return dataclasses.replace(order, row=row, counter_row=counter_row)


FIRST = {True: "day first", False: "month first"}


def _note(header: str, order: DateOrder, places: list[Place], pieces: int, but: _OwnWay) -> str:
    """How one column's text dates are read in every piece (``but`` the files that read it
    their own way, ``_own_note``), and why: of mixed orders, what is noted on the rows only
    when some file's rows read the dataset's way (ot110 F8: said when every file read its
    own)."""

    def where(position: int | None) -> str:
        assert position is not None
        place = places[position]
        return f"row {place.row} of {place.source.name}, piece {place.piece} of {pieces}"

    column = f'"{header}"'
    if order.source in ("mixed", "by separator"):
        if order.source == "by separator":
            how = ", ".join(f'"{sep}" {FIRST[first]}' for sep, first in order.separators)
            read = f"each is read by its separator ({how})"
        elif but.every:
            read = f"each file is read its own way ({but.orders()})"
        else:
            read = "each is read the only way it can be, the rest month first (noted on their rows)"
            if order.separators:  # the dates written with dots keep their order (ot102 F1)
                read += f", dates written with dots {FIRST[dict(order.separators)['.']]}"
            if but.files:
                read += f"; {but.names} each read its own way ({but.orders()})"
        return (
            f"{column}: text dates such as 3/11/2026 disagree on their order: "
            f'"{order.evidence}" ({where(order.row)}) is day first, "{order.counter}" '
            f"({where(order.counter_row)}) month first; {read}; --dayfirst or --monthfirst "
            "to choose one for every column."
        )
    dayfirst = bool(order.dayfirst)
    read = "day first (3/11/2026 is 3 November)" if dayfirst else "month first (March 11)"
    if order.source == "detected":
        why = f'settled by "{order.evidence}", {where(order.row)}'
    elif order.source == "dotted":
        why = f'dates written with dots are day first: "{order.evidence}", {where(order.row)}'
    elif order.source == "other column" and order.row is not None:
        why = f'as "{order.column}" shows: "{order.evidence}", {where(order.row)}'
    elif order.source == "other column":
        why = f'as the header "{order.column}" says'
    elif order.source == "header":
        why = "as its header says"
    elif order.source == "locale":
        why = f"no value settles it; {order.evidence}"
    else:
        why = "no value in any file settles it"
    flag = "--monthfirst" if dayfirst else "--dayfirst"
    files = f"in every file but {but.names}" if but.files else "in every file"
    return (
        f"{column}: text dates such as 3/11/2026 are read {read} {files} ({why}); "
        f"{flag} reads every column that way."
    )


def _own_note(header: str, order: DateOrder, places: list[Place], dataset: DateOrder) -> str:
    """How one file reads a column's text dates otherwise than the dataset does, and why."""
    read = "day first (3/11/2026 is 3 November)" if order.dayfirst else "month first (March 11)"
    other = "" if dataset.source == "mixed" else f", {FIRST[bool(dataset.dayfirst)]} in the others"
    row = f"row {places[order.row].row}" if order.row is not None else ""
    if order.source == "detected":
        why = f'"{order.evidence}", {row}, settles it'
    elif order.source == "dotted":
        why = f'its dates are written with dots: "{order.evidence}", {row}'
    elif order.source == "other column":
        why = f'as its "{order.column}" shows' + (f': "{order.evidence}", {row}' if row else "")
    elif order.source == "header":
        why = "as its header says"
    else:
        why = order.evidence
    return (
        f'"{header}": text dates such as 3/11/2026 are read {read} in this file ({why}){other}; '
        "--dayfirst or --monthfirst reads every file one way."
    )
