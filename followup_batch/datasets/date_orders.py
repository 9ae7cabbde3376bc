"""Each date column's order (3/11/2026: 3 November or March 11), settled over the whole
dataset before any piece is computed.

A tracker decides it per column from the whole column (``normalise.date_columns``). A piece
sees only its rows, and two pieces must not read the same text two ways; nor may one column's
evidence decide another's (a US "Date Applied" beside a day-first "Interview Date": every
interview was read a month off). So every piece's text dates are gathered first, each distinct
text once with where it was first seen, and each column's order is decided from all of them
by the tracker's own function, with the dataset's locale as a tracker's: CSV files separated
by semicolons, else the places of all its rows (every piece's Country texts, or with no Country
column its Location, City and State ones) when they all write dates one way, else a day-first
country in the config. The answer does not depend on ``--partition-rows``, and the rows get
the answers a tracker of the same rows gets: a dataset of German and British rows reads
03/04/2027 as 3 April; one whose rows are in the United States and Germany, as a tracker of
both, is settled by its values or read month first, and says so.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from followup_batch.datasets.pieces import raw_table, read_piece
from followup_batch.datasets.plan import DatasetPlan
from followup_batch.normalise import DATE_FIELDS, STAGES
from followup_batch.normalise.cell_readers import country_texts
from followup_batch.normalise.cells import header_of
from followup_batch.normalise.countries import country_column, country_column_note
from followup_batch.normalise.date_columns import DateOrder, date_orders, distinct_texts
from followup_batch.normalise.day_first import (
    SEMICOLONS,
    STAGES_HEADER,
    config_locale,
    countries_locale,
    place_fields,
    place_rows,
    places_locale,
)
from followup_batch.read import RawTable


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
    if plan.reading.dayfirst is not None:
        for piece in plan.pieces:
            countries |= _country_texts(raw_table(read_piece(piece, plan), plan, piece))
        return _with_country_reading(plan, countries)
    texts: dict[str, dict[str, int]] = {}  # column -> text -> its place in ``places``
    places: list[Place] = []
    headers: dict[str, str] = {}
    fields: list[str] = []  # with no Country column, the place columns, and their rows' texts
    rows: set[tuple[str, ...]] = set()
    for number, piece in enumerate(plan.pieces, start=1):
        table = raw_table(read_piece(piece, plan), plan, piece)
        countries |= _country_texts(table)
        if "country" not in table.cells:
            fields = place_fields(table)
            rows |= place_rows(table, fields) if fields else set()
        for name, (header, values) in _date_columns(table).items():
            headers[name] = header
            seen = texts.setdefault(name, {})
            for text, row in distinct_texts(values).items():
                if text not in seen:
                    seen[text] = len(places)
                    places.append(Place(number, piece.source, row))
    columns = {
        name: pd.Series(list(seen), index=list(seen.values()), dtype=object)
        for name, seen in texts.items()
    }
    locale: DateOrder | None = None
    if plan.csv is not None and plan.csv.delimiter == ";":
        locale = SEMICOLONS
    else:  # every piece has the same columns: a Country column in one is in all
        written = countries_locale(countries) if countries else places_locale(fields, rows)
        locale = written or config_locale(plan.reading)
    orders = date_orders(columns, headers, None, locale)
    # The orders' rows are places: each becomes the row in its own file, for messages.
    settled = {headers[name]: _in_file(order, places) for name, order in orders.items()}
    notes = {
        name: _note(headers[name], order, places, len(plan.pieces))
        for name, order in orders.items()
        if order.source != "none"
    }
    # Read month first only because nothing says otherwise: said without -v, as a tracker
    # says it, since a wrong guess moves every date by months without a sign.
    assumed = [f"{plan.data}: {notes.pop(n)}" for n, o in orders.items() if o.source == "undecided"]
    reading = dataclasses.replace(plan.reading, date_orders=settled)
    plan = dataclasses.replace(
        plan,
        reading=reading,
        notes=(*plan.notes, *notes.values()),
        file_notes=(*plan.file_notes, *assumed),
    )
    return _with_country_reading(plan, countries)


def _country_texts(table: RawTable) -> dict[str, str]:
    """A piece's distinct Country texts, each with its column's header (none without one)."""
    if "country" not in table.cells:
        return {}
    header = header_of(table, "country")
    return dict.fromkeys(country_texts(table.cells["country"]), header)


def _with_country_reading(plan: DatasetPlan, texts: dict[str, str]) -> DatasetPlan:
    """The plan with its Country column's reading of a bare 'CA' decided from every piece's
    texts, and the note a tracker gives when they are read as the default country's regions."""
    if not texts:
        return plan
    default = plan.reading.default_country
    reading = dataclasses.replace(plan.reading, country_reading=country_column(texts, default))
    note = country_column_note(texts, default, next(iter(texts.values())))
    return dataclasses.replace(
        plan, reading=reading, notes=(*plan.notes, *([note] if note else []))
    )


def _date_columns(table: RawTable) -> dict[str, tuple[str, pd.Series]]:
    """A piece's date columns as the normalise stage reads them: field -> (header, cells);
    a wide dataset's stage columns together, as one."""
    columns = {f: (header_of(table, f), table.cells[f]) for f in DATE_FIELDS if f in table.cells}
    if table.stages and table.stage_cells is not None and len(table.stage_cells.columns):
        stacked = pd.concat([table.stage_cells[c] for c in table.stage_cells.columns])
        columns[STAGES] = (STAGES_HEADER, stacked)
    return columns


def _in_file(order: DateOrder, places: list[Place]) -> DateOrder:
    row = places[order.row].row if order.row is not None else None
    counter_row = places[order.counter_row].row if order.counter_row is not None else None
    return dataclasses.replace(order, row=row, counter_row=counter_row)


FIRST = {True: "day first", False: "month first"}


def _note(header: str, order: DateOrder, places: list[Place], pieces: int) -> str:
    """How one column's text dates are read in every piece, and why."""

    def where(position: int | None) -> str:
        assert position is not None
        place = places[position]
        return f"row {place.row} of {place.source.name}, piece {place.piece} of {pieces}"

    column = f'"{header}"'
    if order.source in ("mixed", "by separator"):
        if order.separators:
            how = ", ".join(f'"{sep}" {FIRST[first]}' for sep, first in order.separators)
            read = f"each is read by its separator ({how})"
        else:
            read = "each is read the only way it can be, the rest month first (noted on their rows)"
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
    return (
        f"{column}: text dates such as 3/11/2026 are read {read} in every file ({why}); "
        f"{flag} reads every column that way."
    )
