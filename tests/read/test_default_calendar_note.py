"""A tracker in another language without a place, run on the default US calendar, says so
once for the file in a plain run (ot101 F13: a German tracker of date cells skipped Columbus
Day without a word); not where a column or the config gives the place, nor beside the
day-first note, which says the same. Each through ``run``, the workbook reopened as a person
sees it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

HEADER = ["Firma", "Stelle", "Datum", "Datum", "Art", "Ansprechpartner", "Status"]
# Under "Bewerbung" (A:C) and "Gespräch" (D:F), on the US calendar: Siemens Energy applied Tue
# 2026-10-20 and interviewed Tue 11-10, so its 1st check-in is 5 business days later skipping
# Veterans Day (Wed 11-11), Wed 11-18; Celonis, rejected after its interview Tue 11-03, gets a
# networking check-in 10 weeks later, Tue 2027-01-12.
ROWS = [
    ["Siemens Energy", "Data Analyst", dt.date(2026, 10, 20), dt.date(2026, 11, 10), "Teams",
     "Jana Novak", "Gespräch geführt"],
    ["Celonis", "Process Analyst", dt.date(2026, 10, 5), dt.date(2026, 11, 3), "Vor Ort",
     "Max Huber", "Absage"],
]  # fmt: skip
RIGHT = {
    "Siemens Energy": ("1st check-in", dt.datetime(2026, 11, 18)),
    "Celonis": ("Networking check-in", dt.datetime(2027, 1, 12)),
}


def workbook(path: Path, header: list[str], sheets: tuple[str, ...] = ("Tracker",)) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.worksheets[0])
    for name in sheets:
        sheet = book.create_sheet(name)
        sheet.append(["Bewerbung", None, None, "Gespräch"])
        sheet.append(header)
        for row in ROWS:
            sheet.append([*row[:6], "München" if header[6] in ("Land", "Ort") else row[6]])
    book.save(path)
    return path


def run(path: Path, *args: str) -> tuple[str, dict[str, tuple[object, object]]]:
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-11-20", *args, str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    read = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:] if row[0]}
    due = {name: (row["Next action"], row["Next due"]) for name, row in read.items()}
    return " ".join(result.output.split()), due


NO_PLACE = (
    "no country given: the holidays used are the United States' (the default); add a Country "
    'column, or set country = "DE" in the config (Germany, as the headers are German; for '
    "another country its two-letter code)"
)


def test_a_german_tracker_without_a_place_says_its_calendar_once(tmp_path: Path) -> None:
    """ot101 F13: every header German, real date cells, no Country or Location: the rows stay
    on the default US calendar, and a plain run says so once for the file, its two sheets
    alike."""
    path = workbook(tmp_path / "Lena Gruppen.xlsx", HEADER, ("Tracker", "Archiv"))
    output, due = run(path)
    assert output.count(NO_PLACE) == 1
    assert due == RIGHT


# Trackers whose calendar is said, so no note is: (header, config).
NO_NOTE = [
    (["Company", "Position", "Date Applied", "Interview Date", "Type", "Interviewer",
      "Status"], ""),  # English
    ([*HEADER[:6], "Land"], ""),  # a Country column
    ([*HEADER[:6], "Ort"], ""),  # a Location column
    (HEADER, 'country = "DE"\n'),  # the config names the country
    (HEADER, 'country = "US"\n'),  # ... the US too
]  # fmt: skip


def tracker_and_config(tmp_path: Path, header: list[str], config: str) -> tuple[Path, list[str]]:
    """A tracker of ``header``, and the arguments that give it ``config`` (none for '')."""
    path = workbook(tmp_path / "tracker.xlsx", header)
    if not config:
        return path, []
    (tmp_path / "c.toml").write_text(config, encoding="utf-8")
    return path, ["--config", str(tmp_path / "c.toml")]


@pytest.mark.parametrize(("header", "config"), NO_NOTE)
def test_no_calendar_note_where_a_place_or_the_config_says(
    tmp_path: Path, header: list[str], config: str
) -> None:
    path, args = tracker_and_config(tmp_path, header, config)
    output, _ = run(path, *args)
    assert "no country given" not in output


def check(path: Path, *args: str) -> str:
    result = CliRunner().invoke(
        main, ["check", "--as-of", "2026-11-20", *args, str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_check_says_the_calendar_as_the_run_does(tmp_path: Path) -> None:
    """fx228 1: ``check`` said nothing of the default calendar a run names; it says the run's
    words once for the file, among the first sheet's Notes, and the file is left as it was."""
    path = workbook(tmp_path / "Lena Gruppen.xlsx", HEADER, ("Tracker", "Archiv"))
    before = path.read_bytes()
    output = check(path)
    assert output.count(NO_PLACE) == 1
    first, second = output.split('sheet "Archiv"')
    assert "Notes: - Group headers:" in first and f"- {NO_PLACE}" in first
    assert NO_PLACE not in second
    assert path.read_bytes() == before
    assert check(path, "--sheet", "Archiv").count(NO_PLACE) == 1


@pytest.mark.parametrize(("header", "config"), NO_NOTE)
def test_check_says_no_calendar_where_the_run_does_not(
    tmp_path: Path, header: list[str], config: str
) -> None:
    path, args = tracker_and_config(tmp_path, header, config)
    assert "no country given" not in check(path, *args)


def test_day_first_text_dates_keep_their_own_note(tmp_path: Path) -> None:
    """Day-first text dates are said by the day-first note, not twice."""
    path = tmp_path / "bewerbungen.csv"
    path.write_text(
        "Firma,Stelle,Datum Gespräch,Status\nSiemens,Analyst,10.11.2026,Gespräch geführt\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["run", "--as-of", "2026-11-20", str(path)])
    assert result.exit_code == 0, result.output
    assert "dates here are day-first" in result.output
    assert "no country given" not in result.output
    said = check(path)
    assert "dates here are day-first" in said
    assert "no country given" not in said


def test_a_german_csv_of_year_first_dates_says_its_calendar(tmp_path: Path) -> None:
    path = tmp_path / "bewerbungen.csv"
    path.write_text(
        "Firma,Stelle,Datum Gespräch,Status\nSiemens,Analyst,2026-11-10,Gespräch geführt\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["run", "--as-of", "2026-11-20", str(path)])
    assert result.exit_code == 0, result.output
    assert NO_PLACE in " ".join(result.output.split())
    assert check(path).count(NO_PLACE) == 1
