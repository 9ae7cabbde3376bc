"""Property tests: whatever the cells or bytes, the reader answers with a table or one of ours."""

from __future__ import annotations

import datetime as dt
import tempfile
import zipfile
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup_batch.errors import FollowupError
from followup_batch.normalise import normalise_rows
from followup_batch.read import ReadOptions, read_trackers

HEADER = ["Company", "Position", "Interview Date", "Thank-you Sent", "Outcome"]
WEIRD_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
)
# What openpyxl can store in a cell (it refuses control characters, so those are left out).
CELL = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.datetimes(dt.datetime(1900, 3, 1), dt.datetime(9999, 12, 31)),
    st.dates(dt.date(1900, 3, 1), dt.date(9999, 12, 31)),
    WEIRD_TEXT.filter(lambda t: not any(ord(c) < 32 for c in t) and not t.startswith("=")),
    st.sampled_from(["31/02/2026", "3-Nov", "11/13/23, 9:42 AM", "N/A", "TRUE", "8/3 and 9/9"]),
)
ROWS = st.lists(st.lists(CELL, min_size=0, max_size=7), max_size=12)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read_everything(path: Path, options: ReadOptions) -> None:
    """Every file is read, or refused with one line (by the reader, or by the normalise stage
    when its only date column turns out to hold yes/no marks)."""
    try:
        tables = read_trackers(path, options)
        frames = [normalise_rows(table, options) for table in tables]
    except FollowupError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    for table, frame in zip(tables, frames, strict=True):
        assert list(frame.index) == list(table.cells.index)


@SETTINGS
@given(rows=ROWS, header_at=st.integers(0, 3), dayfirst=st.sampled_from([None, True, False]))
def test_random_cells_in_a_workbook(
    rows: list[list[object]], header_at: int, dayfirst: bool | None
) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    body = [list(r) for r in rows]
    body.insert(min(header_at, len(body)), HEADER)
    for row in body:
        sheet.append(row)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.xlsx"
        workbook.save(path)
        read_everything(path, ReadOptions(dayfirst=dayfirst))


@SETTINGS
@given(
    rows=st.lists(st.lists(WEIRD_TEXT, max_size=6), max_size=10),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_random_cells_in_a_csv(
    rows: list[list[str]], delimiter: str, encoding: str, newline: str
) -> None:
    lines = [delimiter.join(HEADER)] + [delimiter.join(r) for r in rows]
    data = newline.join(lines).encode(encoding, errors="replace")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.csv"
        path.write_bytes(data)
        read_everything(path, ReadOptions())


@SETTINGS
@given(
    data=st.one_of(
        st.binary(max_size=2000),
        st.binary(max_size=500).map(lambda b: b"PK\x03\x04" + b),
        st.binary(max_size=500).map(lambda b: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b),
        st.binary(max_size=500).map(lambda b: b"\xef\xbb\xbf" + b),
    ),
    name=st.sampled_from(["t.xlsx", "t.csv", "t.xls", "t.txt"]),
)
def test_random_bytes(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        read_everything(path, ReadOptions())


@SETTINGS
@given(
    members=st.dictionaries(
        st.sampled_from(
            [
                "[Content_Types].xml",
                "_rels/.rels",
                "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels",
                "xl/worksheets/sheet1.xml",
                "xl/sharedStrings.xml",
                "xl/styles.xml",
            ]
        ),
        st.one_of(st.binary(max_size=300), WEIRD_TEXT.map(lambda t: t.encode())),
        max_size=7,
    )
)
def test_random_parts_in_a_zip(members: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.xlsx"
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in members.items():
                archive.writestr(name, data)
        read_everything(path, ReadOptions())
