"""Bilingual headers, two names of one column with a slash between them (ot98 F13: "Firma /
Company" failed with "missing: Company"): the column is that field; two fields' names are
neither. Each header through ``match_header``, the reader of a header row, and a tracker of them
through ``run``, reopened as a person sees it."""

from __future__ import annotations

import csv
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
    # A City's name and a Location's are its Location (ot100 F7: "Ort / Location" was left
    # alone, every row on the default calendar), and so are Location's other languages.
    ("Ort / Location", "location"),
    ("Location / Ort", "location"),
    ("Stadt / Location", "location"),
    ("Ville / Location", "location"),
    ("Lieu / Location", "location"),
    ("Einsatzort / Location", "location"),
    ("Lugar / Location", "location"),
    ("Luogo / Location", "location"),
    ("Ort / Stadt", "city"),
    # One known name and one word the tool does not know: the known one, with a note.
    ("Firmenname / Company", "company"),
    ("Rolle / Position", "position"),
    ("Interview Date / Time", "interview_at"),  # a header the index holds whole
    # Two fields' names, a known name beside a column the tool does not read, or a name the
    # tool does not know of several words: no field.
    ("Company / Role", None),
    ("Date / Time", None),
    ("Company / Agency", None),
    ("Company / Salary", None),
    ("Datum / Uhrzeit", None),
    ("Country / City", None),
    ("Land / Location", None),
    ("Firma / Firm name", None),
    ("Y/N", None),
    # A header with its translation in brackets, read as the slash form (ot101 F12: refused,
    # "missing: Company, Position, Interview Date").
    ("Company (Firma)", "company"),
    ("Firma (Company)", "company"),
    ("Position (Stelle)", "position"),
    ("Interview Date (Datum)", "interview_at"),
    ("Interview Date / Datum", "interview_at"),
    ("Date Applied (Fecha)", "applied_at"),
    ("Status (Estado)", "outcome"),
    ("Company [Empresa]", "company"),
    ("Firmenname (Company)", "company"),  # an unknown word glossed: with a note
    # ... but not other words in brackets after a known name: which or whose, another column,
    # another field, a date beside a field of no date, two unknown words.
    ("Position (Intern)", None),
    ("Email (personal)", None),
    ("Notes (private)", None),
    ("Company (Agency)", None),
    ("Company (Role)", None),
    ("Company (Date)", None),
    ("Name (Hiring Manager)", None),
    ("Position (Salary)", None),
    ("Interview Date (geplant morgen)", None),
    ("Company (Firma) / Role", None),
    # "Stand" is German for a status beside the Status, not alone (a date as of which, or
    # the start of "Standort"), nor beside another field (ot107 F6: "Status / Stand" was left
    # alone, every row a check-in due).
    ("Status / Stand", "outcome"),
    ("Stand / Status", "outcome"),
    ("Status (Stand)", "outcome"),
    ("Stand", None),
    ("Stand / Company", None),
    ("Stand / Datum", None),
    ("Status / Notes", None),
    ("Status / Standort", None),
]


@pytest.mark.parametrize(("header", "field"), HEADERS)
def test_a_bilingual_header_is_its_column(header: str, field: str | None) -> None:
    match = match_header(1, ["Name", header], header_index.HEADER_INDEX, set())
    found = {name for name, col in match.mapping.items() if col == 1}
    assert found == ({field} if field else set())


NOTES = [
    (
        "Ort / Location",
        '"Ort / Location": read as Location (a city is a place of the Location column)',
    ),
    (
        "Firmenname / Company",
        '"Firmenname / Company": read as Company ("Firmenname" is no column name the tool knows; '
        '--map "Firmenname / Company=..." reads it otherwise)',
    ),
]


@pytest.mark.parametrize(("header", "note"), NOTES)
def test_a_header_read_by_one_of_its_names_says_so(header: str, note: str) -> None:
    match = match_header(1, ["Name", header], header_index.HEADER_INDEX, set())
    assert match.notes == [note]


@pytest.mark.parametrize("header", ["Firma / Company", "Land / Country", "Location"])
def test_a_header_of_one_fields_names_has_no_note(header: str) -> None:
    match = match_header(1, ["Name", header], header_index.HEADER_INDEX, set())
    assert match.notes == []


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
    assert "Add a Company column (the employer on each row), or rename" in result.output


def test_ort_location_puts_a_row_on_its_places_calendar(tmp_path: Path) -> None:
    """ot100 F7, counted by hand: a video interview Thu 2026-12-17 in Riyadh; the 1st check-in
    Thu 12-24, the 2nd 9 business days later on a Sun-Thu week with no Saudi holiday: Dec 27,
    28, 29, 30, 31, Jan 3, 4, 5, 6, Wed 2027-01-06 (the default US calendar gave Fri 01-08)."""
    path = tmp_path / "tracker.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(
        ["Firma / Company", "Stelle / Role", "Datum / Date", "Art / Type", "Ort / Location"]
    )
    sheet.append(["Aramco", "Analyst", dt.datetime(2026, 12, 17), "Video", "Riyadh"])
    book.save(path)
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-12-18", "-v", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert '"Ort / Location": read as Location' in result.output
    sheet = openpyxl.load_workbook(path, data_only=True).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    row = dict(zip(header, (cell.value for cell in sheet[2]), strict=True))
    assert row["Ort / Location"] == "Riyadh"
    assert row["1st check-in due"] == dt.datetime(2026, 12, 24)
    assert row["2nd check-in due"] == dt.datetime(2027, 1, 6)
    assert "On the Saudi Arabia (SA) calendar" in row["Why"]
    assert row["Problems"] is None


def test_a_header_of_two_fields_is_said_in_the_refusal(tmp_path: Path) -> None:
    """ot100 F12: the refusal says which headers name two columns."""
    path = tmp_path / "tracker.csv"
    path.write_text(
        "Company / Role,Date / Time,Interviewer,Status / Outcome,Country\n"
        "Stripe / Backend Engineer,2026-11-20 14:00,Priya Nair,Interviewing,IE\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["run", "--as-of", "2026-11-20", str(path)])
    assert result.exit_code == 1
    assert (
        '"Company / Role" names two columns (Company and Position): split it into two, or map '
        'it with --map "Company / Role=<field>".'
    ) in result.output
    assert '"Date / Time" names two columns (Date and Time)' in result.output
    assert "Status / Outcome" not in result.output.split("missing:")[1]


def test_a_tracker_of_bracketed_translations_is_followed(tmp_path: Path) -> None:
    """ot101 F12's file, hand count: a video interview Tue 2026-11-10 in the US; the 1st
    check-in 5 business days later skipping Veterans Day (Wed 11-11): Wed 11-18, overdue on
    11-20."""
    path = tmp_path / "tracker.csv"
    path.write_text(
        "Company (Firma),Position (Stelle),Interview Date (Datum),Status\n"
        "Siemens Energy,Data Analyst,2026-11-10,Interview\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-11-20", str(path), "-o", str(out)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    (row,) = csv.DictReader(out.open(encoding="utf-8"))
    assert row["Company (Firma)"] == "Siemens Energy"
    assert (row["Follow-up status"], row["Next action"], row["Next due"]) == (
        "Overdue",
        "1st check-in",
        "2026-11-18",
    )
    assert row["Problems"] == ""


REFUSALS = [
    # The refusal names the bracketed header as the likely column, never "Header" or "Add an
    # Interview Date column" beside a header that says Interview Date.
    (
        "Company (Agency),Position,Interview Date,Status",
        'missing: Company. Rename the header or map it with --map "Company (Agency)=company".',
    ),
    (
        "Company,Position,Interview Date (geplant morgen),Status",
        '"Interview Date (geplant morgen)" names Interview Date, but the words in brackets after '
        'it make it another column; if it holds those dates, map it with --map "Interview Date '
        '(geplant morgen)=interview_at", or rename it to Interview Date.',
    ),
]


@pytest.mark.parametrize(("header", "said"), REFUSALS)
def test_a_refusal_names_the_bracketed_header(tmp_path: Path, header: str, said: str) -> None:
    path = tmp_path / "tracker.csv"
    path.write_text(f"{header}\nAcme,Analyst,2026-11-10,Interview\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", "--as-of", "2026-11-20", str(path)])
    assert result.exit_code == 1
    assert said in " ".join(result.output.split())
    assert "Add an Interview Date column" not in result.output


def test_a_status_and_its_german_name_is_the_outcome(tmp_path: Path) -> None:
    """ot107 F6's workbook, reopened: under "Status / Stand" a signed job is closed and an
    invitation to the summer party needs info (they were a 1st check-in Overdue)."""
    path = tmp_path / "Maya Chen.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Firma", "Position", "Interviewdatum", "Status / Stand"])
    sheet.append(["Acme", "Analyst", dt.datetime(2026, 11, 10), "Accepted (signed)"])
    sheet.append(["Beta", "Analyst", dt.datetime(2026, 11, 10), "Eingeladen zum Sommerfest"])
    sheet.append(["Gamma", "Analyst", dt.datetime(2026, 11, 10), "Interviewing"])
    book.save(path)
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-11-25", "-q", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path, data_only=True).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    rows = [dict(zip(header, (c.value for c in r), strict=True)) for r in sheet.iter_rows(2, 4)]
    assert [(r["Status / Stand"], r["Follow-up status"]) for r in rows] == [
        ("Accepted (signed)", "Closed"),
        ("Eingeladen zum Sommerfest", "Needs info"),
        ("Interviewing", "Overdue"),
    ]


def test_a_header_of_two_fields_left_alone_is_said_without_v(tmp_path: Path) -> None:
    """A "Status / Notes" column may hold either: it is not read, and the run says so
    without -v when no other column is read as its field (ot107 F6: only -v said it)."""
    path = tmp_path / "tracker.csv"
    path.write_text(
        "Company,Position,Interview Date,Status / Notes\nAcme,Analyst,2026-11-10,Accepted\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    args = ["run", "--as-of", "2026-11-25", str(path), "-o", str(out)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert (
        'column D "Status / Notes" is not read: it names two columns (Outcome and Topic) and no '
        'other column is read as Outcome; split it into two, or map it with --map "Status / '
        'Notes=outcome"'
    ) in " ".join(result.output.split())
    (row,) = csv.DictReader(out.open(encoding="utf-8"))
    assert (row["Follow-up status"], row["Next action"]) == ("Overdue", "1st check-in")


def test_a_header_of_two_fields_beside_both_is_not_said(tmp_path: Path) -> None:
    path = tmp_path / "tracker.csv"
    path.write_text(
        "Company,Position,Interview Date,Status,Notes,Status / Notes\n"
        "Acme,Analyst,2026-11-10,Accepted,kind team,x\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    args = ["run", "--as-of", "2026-11-25", str(path), "-o", str(out)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Status / Notes" not in result.output
