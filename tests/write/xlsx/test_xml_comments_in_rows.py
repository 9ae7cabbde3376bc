"""An XML comment or CDATA section among a sheet's rows (an old row commented out by hand:
``<!-- <row r="5">…</row> -->``) is opaque to the writer: kept as it is, never taken for rows
or cells. The writer found rows and cells in it by their bytes: a run refused the tracker as
"stores row 3 after row 5, out of order" (no row 5 is stored), wrote a row's cells out of
order around a ``<!-- </row> -->``, and wrote the tool's columns into a comment before the
rows that held ``<sheetData>`` (the run said it wrote them; no program shows them). Each
workbook is edited as bytes, run, and reopened as openpyxl and LibreOffice read it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.write.xlsx import scan
from followup_batch.write.xlsx.retyped import frozen_counts
from followup_batch.write.xlsx.rowbytes import RowFinder, row_number

AS_OF = "2026-11-20"
SHEET = "xl/worksheets/sheet1.xml"
COMPANIES = ["Company", "Initech", "Umbrella", "Hooli"]
HEADER = ["Company", "Position", "Interview Date", "Interview Type"]
GHOST = '<row r="5"><c r="A5" t="inlineStr"><is><t>Ghost</t></is></c></row>'

# where -> (the sheet's text, how the comment goes with it: before, after or in place of it,
# the comment or CDATA section)
EDITS = {
    "an old row commented out between rows": ('<row r="3">', "before", f"<!-- old: {GHOST} -->"),
    "an earlier row's number in a comment": ("<sheetData>", "after", '<!-- <row r="1"/> -->'),
    "a row's end in a comment in a row": ('<row r="2">', "after", "<!-- </row> -->"),
    "a cell in a comment in a row": ('<row r="2">', "after", '<!-- <c r="E2"><v>1</v></c> -->'),
    "a cell's end in a comment in a cell": ('<c r="B2" t="inlineStr">', "after", "<!-- </c> -->"),
    "the rows' end in a comment": ('<row r="3">', "before", "<!-- </sheetData> -->"),
    "a comment after the last row": ("</sheetData>", "before", f"<!-- {GHOST} -->"),
    "rows in a comment before the rows": (
        "<sheetFormatPr",
        "before",
        '<!-- <sheetData><row r="8"/></sheetData> -->',
    ),
    "a row in a cell's CDATA text": ("PM", "in place of", '<![CDATA[PM <row r="9"/>]]>'),
}


def tracker(path: Path, where: str) -> bytes:
    """The tracker with the edit ``where`` made in its sheet's bytes; returns what it put in."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    sheet.append(HEADER)
    sheet.append(["Initech", "Data Analyst", dt.datetime(2026, 11, 12), "video"])
    sheet.append(["Umbrella", "PM", dt.datetime(2026, 11, 18), "onsite"])
    sheet.append(["Hooli", "ML Engineer", dt.datetime(2026, 11, 16), "phone"])
    plain = io.BytesIO()
    book.save(plain)
    at, how, put = EDITS[where]
    edited = {"before": put + at, "after": at + put, "in place of": put}[how]
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == SHEET:
                assert data.count(at.encode()) == 1
                data = data.replace(at.encode(), edited.encode())
            target.writestr(info, data)
    return put.encode()


def opaque_parts(path: Path) -> list[bytes]:
    with zipfile.ZipFile(path) as package:
        data = package.read(SHEET)
    return re.findall(rb"<!--.*?-->|<!\[CDATA\[.*?\]\]>", data, re.S)


def stored_rows(path: Path) -> dict[int, list[str]]:
    """The rows the sheet stores outside comments, with their cells' columns, in order."""
    with zipfile.ZipFile(path) as package:
        data = package.read(SHEET).decode()
    data = re.sub(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>", "", data, flags=re.S)
    data = data[data.index("<sheetData>") :]
    rows = re.findall(r'<row r="(\d+)"[^>]*?(?:/>|>(.*?)</row>)', data, re.S)
    return {int(n): re.findall(r'<c r="([A-Z]+)\d+"', cells) for n, cells in rows}


def run(path: Path) -> str:
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", AS_OF])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()[0]


@pytest.mark.parametrize("where", list(EDITS))
def test_comments_among_the_rows_are_kept_and_never_read_as_rows(
    tmp_path: Path, where: str
) -> None:
    path = tmp_path / "tracker.xlsx"
    put = tracker(path, where)
    assert run(path) == "tracker.xlsx [Jobs]: 3 rows — 3 Overdue"
    assert opaque_parts(path) == [put]
    rows = stored_rows(path)
    assert list(rows) == [1, 2, 3, 4]
    assert all(columns == sorted(columns, key=lambda c: (len(c), c)) for columns in rows.values())
    assert all(columns[:5] == ["A", "B", "C", "D", "E"] for columns in rows.values())
    sheet = openpyxl.load_workbook(path)["Jobs"]
    assert [c.value for c in sheet["A"]] == COMPANIES
    assert [sheet.cell(r, 6).value for r in range(1, 5)] == [
        "Next action",
        "1st check-in",
        "Thank-you note",
        "Thank-you note",
    ]
    before = path.read_bytes()
    assert run(path) == "tracker.xlsx [Jobs]: 3 rows — 3 Overdue (unchanged, nothing written)"
    assert path.read_bytes() == before


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_every_written_tracker(tmp_path: Path) -> None:
    paths = []
    for n, where in enumerate(EDITS):
        paths.append(tmp_path / f"tracker{n}.xlsx")
        tracker(paths[-1], where)
        run(paths[-1])
    out = tmp_path / "csv"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",  # UTF-8
            "--outdir",
            str(out),
            *map(str, paths),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for path in paths:
        with (out / f"{path.stem}.csv").open(newline="", encoding="utf-8") as handle:
            records = list(csv.reader(handle))
        assert records[0][:6] == [*HEADER, "Follow-up status", "Next action"]
        assert [r[0] for r in records] == COMPANIES
        assert [r[5] for r in records[1:]] == ["1st check-in", "Thank-you note", "Thank-you note"]


SHEET_BYTES = (
    b'<worksheet xmlns="main"><!-- <sheetData><row r="8"/></sheetData> --><sheetData>'
    b'<!-- <row r="1"/> --><row r="1"><c r="A1"><v>1</v></c></row>'
    b'<!-- old: <row r="5"><c r="A5"/></row> --><row r="2"><!-- </row> -->'
    b'<c r="A2"><is><t><![CDATA[<row r="9"/>]]></t></is></c></row>'
    b"<!-- </sheetData> --></sheetData><!-- after --></worksheet>"
)


class Chunks(io.BytesIO):
    """A stream that gives at most ``size`` bytes a read of so many, as a zip member gives
    a chunk, and the rest when asked for it all."""

    def __init__(self, data: bytes, size: int) -> None:
        super().__init__(data)
        self.size = size

    def read(self, n: int | None = -1) -> bytes:
        return super().read(n if n is None or n < 0 else min(n, self.size))


@pytest.mark.parametrize("chunk", [1, 2, 3, 4, 5, 8, 9, 10, 17, 64, 1 << 20])
def test_a_sheet_streamed_in_any_chunks_hides_each_comment_whole(
    monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """However the sheet is cut into reads, a comment's start cut off at a read's end
    included, the rows found are the stored ones and the bytes come out as they went in."""
    monkeypatch.setattr(scan, "CHUNK", chunk)
    text = scan.SheetText()
    blocks = list(scan.stream_sheet(Chunks(SHEET_BYTES, chunk), text))
    finder = RowFinder("")
    assert [row_number(r.attributes) for b in blocks for r in finder.rows(b)] == [1, 2]
    rows = b"".join(text.restore(b) for b in blocks)
    assert text.head + text.open + rows + text.close + text.tail == SHEET_BYTES
    assert text.head == b'<worksheet xmlns="main"><!-- <sheetData><row r="8"/></sheetData> -->'


# The tool's live status formula, as a retyped status column holds it (``is_status_formula``).
LIVE = (
    'IF(K3&lt;&gt;"","Sent — run again",IF(L3&lt;TODAY(),"Overdue",IF(L3=TODAY(),"Due today",""))'
)
SHARED_MASTER = f'<c r="E2"><f t="shared" ref="E2:E4" si="0">{LIVE}</f><v>Overdue</v></c>'


def _status_sheet(*rows: str) -> bytes:
    return f"<worksheet><sheetData>{''.join(rows)}</sheetData></worksheet>".encode()


# A retyped status column's live formulas, counted to say how many become the words they
# showed: one inside an XML comment is no cell's, whether the comment holds the cell, sits
# inside the cell, or holds the first cell of a shared formula filled down below it.
FROZEN_COUNTS = {
    "a formula cell": (_status_sheet(f'<row r="3"><c r="E3"><f>{LIVE}</f></c></row>'), 1),
    "a formula cell commented out": (
        _status_sheet(f'<!-- <row r="3"><c r="E3"><f>{LIVE}</f></c></row> -->'),
        0,
    ),
    "a formula commented out in its cell": (
        _status_sheet(f'<row r="3"><c r="E3" t="str"><!-- <f>{LIVE}</f> --><v>Due</v></c></row>'),
        0,
    ),
    "a formula commented out before the cell's own": (
        _status_sheet(f'<row r="3"><c r="E3"><!-- <f>{LIVE}</f> --><f>1+1</f><v>2</v></c></row>'),
        0,
    ),
    "a shared formula filled down": (
        _status_sheet(
            f'<row r="2">{SHARED_MASTER}</row>',
            '<row r="3"><c r="E3"><f t="shared" si="0"/><v>Overdue</v></c></row>',
        ),
        2,
    ),
    "a shared formula whose first cell is commented out": (
        _status_sheet(
            f'<!-- <row r="2">{SHARED_MASTER}</row> -->',
            '<row r="3"><c r="E3"><f t="shared" si="0"/><v>Overdue</v></c></row>',
        ),
        0,
    ),
}


@pytest.mark.parametrize(("xml", "frozen"), FROZEN_COUNTS.values(), ids=FROZEN_COUNTS.keys())
@pytest.mark.parametrize("rows", [[2, 3], list(range(2, 200))], ids=["few rows", "many rows"])
def test_a_retyped_status_columns_formulas_in_comments_are_not_counted(
    xml: bytes, frozen: int, rows: list[int]
) -> None:
    """Both ways of reading the formulas: each cell looked up (few rows) or one pass."""
    assert sum(frozen_counts(xml, [5], rows).values()) == frozen
