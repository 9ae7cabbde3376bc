"""Bilingual headers, two names of one column with a slash between them (ot98 F13: "Firma /
Company" failed with "missing: Company"): the column is that field; two fields' names are
neither. Each header through ``match_header``, the reader of a header row, and a tracker of them
through ``run``, reopened as a person sees it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.read import header_index
from followup_batch.read.headers import match_header

HEADERS = [
    ("Firma / Company", "company"),
    ("Company / Firma", "company"),
    ("Empresa / Company", "company"),
    ("Firma/Company", "company"),
    ("Stelle / Role", "position"),
    ("Poste / Position", "position"),
    ("Land / Country", "country"),
    ("Interview Date / Interviewdatum", "interview_at"),
    ("Status / Estado", "outcome"),
    # Two fields' names, or a name the tool does not know: no field.
    ("Company / Role", None),
    ("Date / Time", None),
    ("Firma / Firm name", None),
    ("Y/N", None),
]


@pytest.mark.parametrize(("header", "field"), HEADERS)
def test_a_bilingual_header_is_its_column(header: str, field: str | None) -> None:
    match = match_header(1, ["Name", header], header_index.HEADER_INDEX, set())
    found = {name for name, col in match.mapping.items() if col == 1}
    assert found == ({field} if field else set())


def test_a_format_hint_keeps_its_slashes() -> None:
    header = "Interview Date (MM/DD/YYYY)"
    match = match_header(1, [header], header_index.HEADER_INDEX, set())
    assert match.mapping == {"interview_at": 0}


def test_a_named_column_wins_over_a_bilingual_one() -> None:
    match = match_header(1, ["Firma / Company", "Company"], header_index.HEADER_INDEX, set())
    assert match.mapping["company"] == 1


def write(path: Path, header: list[str]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(header)
    sheet.append(["Acme", "Analyst", dt.datetime(2026, 11, 2), "Interviewing", "US"])
    book.save(path)


def test_a_tracker_of_bilingual_headers_is_followed(tmp_path: Path) -> None:
    path = tmp_path / "tracker.xlsx"
    write(path, ["Firma / Company", "Stelle / Role", "Datum / Date", "Status", "Land / Country"])
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-11-20", "-q", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path, data_only=True).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    row = dict(zip(header, (cell.value for cell in sheet[2]), strict=True))
    assert row["Firma / Company"] == "Acme"  # the user's header and cell, untouched
    assert (row["Follow-up status"], row["Next action"]) == ("Overdue", "1st check-in")
    assert row["Next due"] == dt.datetime(2026, 11, 10)
    assert row["Problems"] is None


def test_two_fields_names_in_one_header_fail_as_before(tmp_path: Path) -> None:
    path = tmp_path / "tracker.xlsx"
    write(path, ["Company / Role", "Position", "Interview Date", "Status", "Country"])
    result = CliRunner().invoke(main, ["run", "--as-of", "2026-11-20", str(path)])
    assert result.exit_code == 1
    assert "missing: Company." in result.output
    assert 'map it with --map "Header=company"' in result.output
