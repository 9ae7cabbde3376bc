"""Carriage returns in a person's cells, as Excel saves them (``_x000D_``; report ot99 F1,
F2). A Company with one is quoted in the Drafts sheet's urgency formula as ``&#13;``: a raw
one reads back as a line feed, so the formula never matched its cell again and showed "Row
moved" for ever. An edited Draft with them keeps its lines: deleting them joined the words
of its lines. The workbooks are reopened with openpyxl and python-calamine and read as a
person sees them."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
import python_calamine
from click.testing import CliRunner
from libreoffice import needs_faketime, needs_soffice, recalculated
from trackers import write_xlsx

from followup_batch.cli import main
from followup_batch.write.xlsx.design import safe_text
from followup_batch.write.xlsx.formulas import ROW_MOVED
from followup_batch.write.xlsx.xmlbytes import escape_attribute, escape_text

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
FIRST, NEXT = "2026-11-20", "2026-11-21"
NIMBUS = 5  # the sample tracker's Nimbus Ads row: its 2nd check-in to Chris due
CR = "{CR}"  # where the tests put a carriage return, as Excel writes it in a cell


def run(path: Path, as_of: str) -> str:
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", as_of, "-v"])
    assert result.exit_code == 0, result.output
    return result.output


def with_carriage_returns(path: Path) -> None:
    """Each ``CR`` of the package's sheets as Excel stores a carriage return: ``_x000D_``."""
    with zipfile.ZipFile(path) as package:
        members = [(info, package.read(info)) for info in package.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in members:
            package.writestr(info, data.replace(CR.encode(), b"_x000D_"))


def calamine_rows(path: Path, sheet: str) -> list[list[object]]:
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    return book.get_sheet_by_name(sheet).to_python()


@pytest.mark.parametrize(
    ("text", "xml"),
    [
        ("Nordwind\rLogistik", "Nordwind&#13;Logistik"),
        ("Nordwind\r\nLogistik", "Nordwind&#13;\nLogistik"),
        ("Nordwind\nLogistik", "Nordwind\nLogistik"),  # a line feed in text reads back as one
        ("Nordwind\tLogistik", "Nordwind\tLogistik"),
        ("Müller\r& Co <x>", "Müller&#13;&amp; Co &lt;x&gt;"),
        ("R&D", "R&amp;D"),
    ],
)
def test_a_carriage_return_is_escaped_in_xml_text(text: str, xml: str) -> None:
    assert escape_text(text) == xml


@pytest.mark.parametrize(
    ("text", "xml"),
    [
        ("a\rb", "a&#13;b"),
        ("a\nb", "a&#10;b"),
        ("a\tb", "a&#9;b"),
        ('say "hi"', "say &quot;hi&quot;"),
    ],
)
def test_an_attribute_keeps_every_white_space_character(text: str, xml: str) -> None:
    """An attribute value's tab, line feed and carriage return are each read as a space
    unless escaped."""
    assert escape_attribute(text) == xml


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("Acme\rCorp", "Acme Corp"),  # a control that parts words: a space, never deleted
        ("Acme\r\nCorp", "Acme\nCorp"),  # a line break: the cell's own
        ("Acme\x0bCorp", "Acme Corp"),
        ("Acme\x1fCorp", "Acme Corp"),
        ("Acme\x07Corp", "AcmeCorp"),  # a bell parts nothing
        ("Acme\tCorp", "Acme\tCorp"),
        ("Acme\nCorp", "Acme\nCorp"),
    ],
)
def test_the_tools_cells_hold_no_carriage_return_and_join_no_words(text: str, cell: str) -> None:
    assert safe_text(text) == cell


# The Company typed (CR: a carriage return as Excel saves it) -> its test in the urgency
# formula, when the Drafts sheet shows it otherwise: a line feed is joined in as CHAR(10)
# (fx217: a Company typed on two lines was not tested at all).
COMPANIES = {
    "lone CR": (f"Nordwind{CR}Logistik GmbH", "'Jobs'!$A$2=\"Nordwind\rLogistik GmbH\""),
    "CR LF": (
        f"Nordwind{CR}\nLogistik GmbH",
        'SUBSTITUTE(\'Jobs\'!$A$2,CHAR(13)&CHAR(10),CHAR(10))="Nordwind"&CHAR(10)&"Logistik GmbH"',
    ),
    "line feed (Alt+Enter)": (
        "Nordwind\nLogistik GmbH",
        '\'Jobs\'!$A$2="Nordwind"&CHAR(10)&"Logistik GmbH"',
    ),
    "plain": ("Nordwind Logistik GmbH", "'Jobs'!$A$2=$C2"),
}


def _tracker_with_company(path: Path, company: str) -> None:
    header = ["Company", "Position", "Interview Date", "Interview Type", "Interviewer"]
    row = [company, "Entwickler", dt.datetime(2026, 11, 17), "Video", "Dana Ortiz"]
    write_xlsx(path, {"Jobs": [header, row]})
    with_carriage_returns(path)


@pytest.mark.parametrize(("company", "test"), COMPANIES.values(), ids=COMPANIES.keys())
def test_the_urgency_formula_quotes_a_carriage_return_as_the_cell_holds_it(
    tmp_path: Path, company: str, test: str
) -> None:
    path = tmp_path / "Maya Chen.xlsx"
    _tracker_with_company(path, company)
    run(path, FIRST)

    typed = company.replace(CR, "\r")
    assert calamine_rows(path, "Jobs")[1][0] == typed  # the person's cell, as it was
    urgency = str(openpyxl.load_workbook(path)["Drafts"]["A2"].value)
    assert urgency.startswith(f"=IFERROR(IF(AND({test},'Jobs'!$B$2=$D2),")
    if test.endswith("$C2"):  # compared with the Drafts sheet's Company cell
        assert calamine_rows(path, "Drafts")[1][2] == typed
    assert "(unchanged, nothing written)" in run(path, FIRST)


# The Company typed -> what it holds when LibreOffice computes the Drafts sheet: as the run
# read it, or changed (a sort brought another row's cell under the formula).
IN_CALC = {
    "lone CR, as read": (f"Nordwind{CR}Logistik GmbH", None, "Overdue"),
    "line feed, as read": ("Nordwind\nLogistik GmbH", None, "Overdue"),
    "CR LF, as read": (f"Nordwind{CR}\nLogistik GmbH", None, "Overdue"),
    "line feed, another company's on two lines": (
        "Nordwind\nLogistik GmbH",
        "Nordwind\nLogistik AG",
        ROW_MOVED,
    ),
    "line feed, the same words on one line": (
        "Nordwind\nLogistik GmbH",
        "Nordwind Logistik GmbH",
        ROW_MOVED,
    ),
    "CR LF, another company's with a CR LF": (
        f"Nordwind{CR}\nLogistik GmbH",
        f"Nordwind{CR}\nLogistik AG",
        ROW_MOVED,
    ),
    "CR LF, the same words on one line": (
        f"Nordwind{CR}\nLogistik GmbH",
        "Nordwind Logistik GmbH",
        ROW_MOVED,
    ),
}


@needs_soffice
@needs_faketime
@pytest.mark.slow
@pytest.mark.parametrize(("company", "changed", "urgency"), IN_CALC.values(), ids=IN_CALC.keys())
def test_libreoffice_reads_a_company_on_two_lines_as_the_rows_own(
    tmp_path: Path, company: str, changed: str | None, urgency: str
) -> None:
    path = tmp_path / "Maya Chen.xlsx"
    _tracker_with_company(path, company)
    run(path, FIRST)
    drafts = openpyxl.load_workbook(path, data_only=True)["Drafts"]
    assert (drafts["H2"].value, drafts["A2"].value) == (dt.datetime(2026, 11, 18), "Overdue")
    if changed is not None:
        _type_over(path, "A2", changed, sheet="xl/worksheets/sheet1.xml")
    computed = recalculated([path], tmp_path / "lo", dt.date.fromisoformat(FIRST))[path]
    drafts = openpyxl.load_workbook(computed, data_only=True)["Drafts"]
    # The Drafts sheet names the company on one line (fx222: its second line goes on with the
    # name); the formula tests the row's cell as typed.
    assert (drafts["C2"].value, drafts["A2"].value) == (
        " ".join(company.replace(CR, " ").split()),
        urgency,
    )


# The text typed over the row's Draft (CR: a carriage return) -> the cell after the run.
DRAFTS = {
    "lone CRs": (
        f"Hi Chris,{CR}thanks again for Monday.{CR}{CR}Best,{CR}Maya",
        "Hi Chris,\nthanks again for Monday.\n\nBest,\nMaya",
    ),
    "CR LFs": (
        f"Hi Chris,{CR}\nthanks again for Monday.{CR}\nBest, Maya",
        "Hi Chris,\nthanks again for Monday.\nBest, Maya",
    ),
    "line feeds and a tab: as typed": (
        "Hi Chris,\nthanks\tagain for Monday.\nBest, Maya",
        "Hi Chris,\nthanks\tagain for Monday.\nBest, Maya",
    ),
}


@pytest.mark.parametrize(("typed", "kept"), DRAFTS.values(), ids=DRAFTS.keys())
def test_an_edited_draft_keeps_its_line_breaks(tmp_path: Path, typed: str, kept: str) -> None:
    path = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / path.name, path)
    run(path, FIRST)
    titles = [cell.value for cell in openpyxl.load_workbook(path).worksheets[0][1]]
    column = titles.index("Draft")
    ref = f"{openpyxl.utils.get_column_letter(column + 1)}{NIMBUS}"
    _type_over(path, ref, typed)

    said = run(path, NEXT)
    assert f'Interviews!{ref} ("Draft"): your edited text is kept' in said
    book = openpyxl.load_workbook(path)
    assert book.worksheets[0][ref].value == kept
    assert calamine_rows(path, "Interviews")[NIMBUS - 1][column] == kept
    drafts = calamine_rows(path, "Drafts")
    assert [row[drafts[0].index("Draft")] for row in drafts].count(kept) == 1
    assert not (tmp_path / ".followup-backups" / "tracker.xlsx.edited.txt").exists()
    # The next run finds the same text kept: nothing to write, nothing to say.
    again = run(path, NEXT)
    assert "(unchanged, nothing written)" in again
    assert calamine_rows(path, "Interviews")[NIMBUS - 1][column] == kept


def _type_over(path: Path, ref: str, text: str, sheet: str = "xl/worksheets/sheet1.xml") -> None:
    """``text`` typed into cell ``ref``, saved as Excel saves it (an inline string here)."""
    xml = text.replace("\n", "&#10;").replace(CR, "_x000D_")
    cell = f'<c r="{ref}" t="inlineStr"><is><t>{xml}</t></is></c>'.encode()
    with zipfile.ZipFile(path) as package:
        members = [(info, package.read(info)) for info in package.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in members:
            if info.filename == sheet:
                old = rb'<c r="' + ref.encode() + rb'"[^>]*?(?:/>|>.*?</c>)'
                found = re.search(old, data, re.S)
                assert found is not None
                data = data[: found.start()] + cell + data[found.end() :]
            package.writestr(info, data)


# The text typed over a row's Draft whose message was sent meanwhile (CR: a carriage return)
# -> its lines in .edited.txt, where the run saves it before replacing it (fx217: saved with
# its raw carriage returns, one line in an editor, or "^M" in each).
REPLACED = {
    "lone CRs (old Mac)": (
        f"Hi Chris,{CR}thanks again for Monday.{CR}{CR}Best,{CR}Maya",
        "Hi Chris,\nthanks again for Monday.\n\nBest,\nMaya",
    ),
    "CR LFs (Windows)": (
        f"Hi Chris,{CR}\nthanks again for Monday.{CR}\n{CR}\nBest, Maya",
        "Hi Chris,\nthanks again for Monday.\n\nBest, Maya",
    ),
    "both, and a tab": (
        f"Hi Chris,{CR}\nthanks\tagain for Monday.{CR}Best, Maya",
        "Hi Chris,\nthanks\tagain for Monday.\nBest, Maya",
    ),
    "line feeds: as typed": (
        "Hi Chris,\nthanks again for Monday.\nBest, Maya",
        "Hi Chris,\nthanks again for Monday.\nBest, Maya",
    ),
}


@pytest.mark.parametrize(("typed", "saved"), REPLACED.values(), ids=REPLACED.keys())
def test_a_replaced_draft_is_saved_with_line_feeds(tmp_path: Path, typed: str, saved: str) -> None:
    path = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / path.name, path)
    run(path, FIRST)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    titles = [cell.value for cell in sheet[1]]
    sheet.cell(NIMBUS, titles.index("Check-in 2 Sent") + 1).value = dt.datetime(2026, 11, 21)
    book.save(path)  # the 2nd check-in to Chris marked sent
    column = titles.index("Draft")
    ref = f"{openpyxl.utils.get_column_letter(column + 1)}{NIMBUS}"
    _type_over(path, ref, typed)

    said = run(path, NEXT)
    quoted = " ".join(saved.split())
    assert (
        f'Interviews!{ref} ("Draft"): your text ("{quoted}") was replaced: the row\'s next '
        "action has moved on. It is saved in .followup-backups/tracker.xlsx.edited.txt"
    ) in said
    edited = tmp_path / ".followup-backups" / "tracker.xlsx.edited.txt"
    data = edited.read_bytes()
    assert b"\r" not in data
    entry = data.decode("utf-8").split("\n", 1)
    assert entry[0].startswith(f'=== Interviews!{ref} ("Draft"), row of Nimbus Ads — Growth PM;')
    assert entry[1] == saved + "\n\n"
    row = calamine_rows(path, "Interviews")[NIMBUS - 1]
    assert row[titles.index("Next action")] == "Final follow-up"  # the new draft, the tool's
    assert row[column].startswith("Hi Chris,\n\nI wanted to reach out one last time")
    # The next run finds nothing of the person's: nothing written, nothing saved again.
    assert "(unchanged, nothing written)" in run(path, NEXT)
    assert edited.read_bytes() == data
