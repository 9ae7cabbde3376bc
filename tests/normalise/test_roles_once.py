"""Deciding a column's field by its values reads each distinct text once (issue #15): the
answers are those of reading every cell, the per-cell functions kept here as the oracle."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from trackers import raw_table

from followup_batch.normalise import roles
from followup_batch.normalise.roles import PLACES_MIN, PLACES_SHARE, resolve_roles
from followup_batch.normalise.vocabularies import read_mark
from followup_batch.read import RawTable

# Cells a State, Status or Follow Up column holds, and the nearby ones a reading must tell
# apart: codes of two countries ("OR", "NS"), a code that is also a mark ("OK"), stages, marks
# as text, numbers and checkboxes (1 and True are marks, "1.0" and 2 are not), placeholders,
# the same text padded or cased otherwise, names of people and companies, dates.
CELLS = [
    "TX",
    " TX ",
    "tx",
    "Ontario",
    "OR",
    "NS",
    "OK",
    "Bayern",
    "Jalisco",
    "SP",
    "RJ",
    "CDMX",
    "Nuevo León",
    "Applied",
    "applied ",
    "Rejected",
    "Offer",
    "Pending",
    "Yes",
    "no",
    "X",
    "n/a",
    "TBD",
    "-",
    "Dana Smith",
    "Acme Corp",
    "Paris",
    "Georgia",
    "Zoom",
    "followed up twice",
    "2026-03-02",
    "1",
    "1.0",
    1,
    1.0,
    0,
    2,
    True,
    False,
    dt.datetime(2026, 3, 2),
    dt.date(2026, 3, 2),
]


def _holds_places_per_cell(values: pd.Series, minimum: int = PLACES_MIN) -> bool:
    """``roles._holds_places`` as it read every cell before issue #15."""
    filled = roles._filled(values)
    fits = [f for f in map(roles._region_fits, filled) if f is not None]
    if not fits or sum(fits) < PLACES_SHARE * len(fits):
        return False
    places = {str(v).strip().casefold() for v in filled if roles._region_fits(v)}
    return len(places) >= minimum and all(read_mark(v) is None for v in filled)


COLUMNS = [
    ["TX", "Ontario", "NY", "TX", None, " ca "],  # places
    ["TX", "OK", "NY", "CA"],  # places, "OK" is Oklahoma
    ["TX", "Yes", "NY", "CA", "ON"],  # places, but "Yes" is a mark
    ["SP", "RJ", "", "n/a"],  # two places: enough beside a Status
    ["Applied", "Rejected", "Offer", "OR"],  # stages with one place
    ["X", "Y", "X"],  # marks
    ["Dana Smith", "Acme Corp", "Paris"],
    [1, True, "1", "1.0", 2],
    ["Bayern", "Jalisco", "Nuevo León", dt.date(2026, 3, 2)],
    [None, "", "  "],
]


@pytest.mark.parametrize("cells", COLUMNS)
@pytest.mark.parametrize("minimum", [PLACES_MIN, roles.PLACES_MIN_BESIDE])
def test_holds_places_as_reading_every_cell(cells: list[object], minimum: int) -> None:
    values = pd.Series(cells, dtype=object)
    assert roles._holds_places(values, minimum) == _holds_places_per_cell(values, minimum)


@pytest.mark.parametrize(("cells", "minimum", "holds"), [
    (["TX", "Ontario", "NY", "TX", None, " ca "], PLACES_MIN, True),
    (["TX", "OK", "NY", "CA"], PLACES_MIN, True),  # "OK" is Oklahoma, no mark
    (["TX", "Yes", "NY", "CA", "ON"], PLACES_MIN, False),  # a mark: no column of places
    (["SP", "RJ", "", "n/a"], PLACES_MIN, False),
    (["SP", "RJ", "", "n/a"], roles.PLACES_MIN_BESIDE, True),
    (["Applied", "Rejected", "Offer", "OR"], PLACES_MIN, False),
])  # fmt: skip
def test_holds_places_answers(cells: list[object], minimum: int, holds: bool) -> None:
    assert roles._holds_places(pd.Series(cells, dtype=object), minimum) is holds


@pytest.mark.parametrize("value", CELLS)
def test_each_reader_as_the_function_it_keeps(value: object) -> None:
    """Read twice (the second from the memo) and after its nearby cells, each answer is the
    function's own: 1 and "1" and True are not one cell to ``read_mark``."""
    region_fits, marks = roles._region_reader(), roles._once_per_text(read_mark)
    for cell in [*CELLS, value]:
        region_fits(cell), marks(cell)
    assert region_fits(value) == roles._region_fits(value)
    assert marks(value) == read_mark(value)


def _as_read_per_cell(raw: RawTable, monkeypatch: pytest.MonkeyPatch) -> RawTable:
    with monkeypatch.context() as patched:
        patched.setattr(roles, "_region_reader", lambda: roles._region_fits)
        patched.setattr(roles, "_once_per_text", lambda read: read)
        return resolve_roles(raw)


def _seen(raw: RawTable) -> tuple[object, ...]:
    return (
        raw.mapping,
        raw.notes,
        raw.notices,
        raw.ignored,
        raw.cell_problems,
        raw.cells.to_dict(orient="list"),
    )


# Trackers whose State, Status or vague columns are read by their values.
TRACKERS = [
    ("State", "region", ["TX", "Ontario", "Applied", "Offer", "Rejected", "Offer"]),
    ("State", "region", ["Applied", "Rejected", "Offer", "Applied"]),
    ("State", "region", ["TX", "WP", "NY", "CA", "OR"]),
    ("State", "region", ["TX", "Zoom", "Room 4B", "Zoom", "Zoom"]),
    ("Status", "outcome", ["TX", "Ontario", "NY", "TX"]),
    ("Status", "outcome", ["Applied", "Offer", "TX", "Rejected"]),
    ("Status", "outcome", ["X", "Y", "X", "Y"]),
    ("Follow Up", "application_check_in_sent", ["Yes", "no", "followed up twice", "Yes"]),
    ("Follow Up", "application_check_in_sent", ["Yes", True, 1, dt.date(2026, 3, 2)]),
    ("Contact", "interviewer", ["Dana Smith", "3", "Lee Park", "Dana Smith"]),
    ("Kraj", "country", ["Středočeský", "Jihomoravský", "PL", "Středočeský"]),
]


def _tracker(header: str, field: str, cells: list[object]) -> RawTable:
    return raw_table(
        [
            {"company": f"Co {n}", "applied_at": dt.date(2026, 2, 1), field: cell}
            for n, cell in enumerate(cells)
        ],
        headers={field: header},
    )


@pytest.mark.parametrize(("header", "field", "cells"), TRACKERS)
def test_resolved_as_reading_every_cell(
    header: str, field: str, cells: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = _tracker(header, field, cells)
    assert _seen(resolve_roles(raw)) == _seen(_as_read_per_cell(raw, monkeypatch))


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from([t[:2] for t in TRACKERS]),
    st.lists(st.sampled_from([*CELLS, None, ""]), min_size=1, max_size=10),
)
def test_any_column_resolved_as_reading_every_cell(
    field: tuple[str, str], cells: list[object]
) -> None:
    raw = _tracker(*field, cells)
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(roles, "_region_reader", lambda: roles._region_fits)
        patched.setattr(roles, "_once_per_text", lambda read: read)
        per_cell = resolve_roles(raw)
    assert _seen(resolve_roles(raw)) == _seen(per_cell)
    values = pd.Series(cells, dtype=object)
    assert roles._holds_places(values) == _holds_places_per_cell(values)
