"""Status cells read as an outcome, one by one and in a workbook a run writes: shared by the
outcome-word tests (test_outcome_words, test_offer_words)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.normalise.cell_readers import read_vocabulary
from followup_batch.normalise.vocabularies import VOCABULARIES
from followup_batch.read.header_keys import header_key

OUTCOME = VOCABULARIES["outcome"]
UNKNOWN = (
    "is not a known outcome (not applied, applied, interviewing, offer, hired, accepted, "
    "rejected, withdrawn, ghosted or on hold); write one of them (blank is applied)"
)
NEEDS_INFO = ("applied", True)
# What ``read`` gives for a cell read as each value, the row not needing info.
APPLIED = ("applied", False)
INTERVIEWING = ("interviewing", False)
OFFER = ("offer", False)
ACCEPTED = ("accepted", False)
REJECTED = ("rejected", False)
WITHDRAWN = ("withdrawn", False)
GHOSTED = ("ghosted", False)
ON_HOLD = ("on hold", False)
HEADER = ["Company", "Position", "Country", "Interview Date", "Status"]


def needs_info_problem(cell: str) -> str:
    """What Problems says of a Needs info ``cell``: which two values it could be, for a word of
    two meanings ("Successful", "No interview"), else that it is no known outcome."""
    which = (OUTCOME.ambiguous or {}).get(header_key(cell))
    return f'"{cell}" {UNKNOWN if which is None else which}'


def put_off_problem(ref: str, cell: str) -> str:
    """What Problems says of a ``cell`` that puts off the interview of Mon 2026-11-02 without
    its new day (fx344): read as interviewing, that day's follow-ups not counted."""
    return (
        f'{ref}: "{cell}": the interview of Mon 2026-11-02 in "Interview Date" was put off, and '
        "its new day is not known yet, so no thank-you or check-in counts from that day; write "
        'the new day in "Interview Date" once it is set (if the interview was held on Mon '
        '2026-11-02 after all, write Interviewing in "Status")'
    )


def no_show_problem(ref: str, cell: str, day: str = "Mon 2026-11-02") -> str:
    """What Problems says of a ``cell`` that names a no-show but not whose, beside an interview
    of ``day`` that has passed (fx361): nothing counts from a day the interview did not take
    place."""
    return (
        f'{ref}: "{cell}": the interview of {day} in "Interview Date" did not take place, so no '
        "thank-you or check-in counts from that day; once a new time is set, write it in "
        '"Interview Date" and Interviewing in "Status" (if the interview was held after all, '
        "write Interviewing alone; if it will not be, Withdrawn)"
    )


def read(cell: str) -> tuple[str, bool]:
    """(the value read, whether the row needs info), checking the problem said with it."""
    value, problem, needs_info = read_vocabulary(cell, OUTCOME)
    assert problem == (needs_info_problem(cell) if needs_info else None)
    return value, needs_info


def check_workbook_rows(
    tmp_path: Path,
    rows: list[tuple[str, str, str, tuple[str, str]]],
    problems: dict[str, str] | None = None,
) -> None:
    """``rows`` (company, country, status cell, (Follow-up status, Next action)) interviewed
    Mon 2026-11-02, run as of Fri 2026-11-20: each shows what it should on opening the
    workbook, its Status cell untouched, Problems only for Needs info and the rows of
    ``problems`` (company -> its Problems cell: a next round its Status dates, an interview put
    off), a 1st check-in due Tue 11-10."""
    path = tmp_path / "tracker.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    for company, country, status, _ in rows:
        sheet.append([company, "Analyst", country, dt.datetime(2026, 11, 2), status])
    book.save(path)
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-11-20", "-q", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    # A live Follow-up status is a formula whose saved value is the run's word: what a person
    # sees on opening the workbook that day.
    sheet = openpyxl.load_workbook(path, data_only=True).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    seen = {
        row["Company"]: row
        for row in (
            dict(zip(header, (cell.value for cell in cells), strict=True))
            for cells in sheet.iter_rows(min_row=2)
        )
    }
    for company, _, status, (follow_up, action) in rows:
        row = seen[company]
        assert row["Status"] == status  # the user's cell, untouched
        assert (row["Follow-up status"], row["Next action"]) == (follow_up, action), company
        if follow_up == "Needs info" and company not in (problems or {}):
            assert (
                row["Problems"] == f"E{list(seen).index(company) + 2}: {needs_info_problem(status)}"
            )
        else:
            assert row["Problems"] == (problems or {}).get(company), company
        if action == "1st check-in":
            assert row["Next due"] == dt.datetime(2026, 11, 10), company


def check_csv_rows(tmp_path: Path, rows: list[tuple[str, str, str, tuple[str, str]]]) -> None:
    """``check_workbook_rows`` for a CSV tracker: the same rows, run the same day. A file of
    ASCII alone is written in ASCII (no action is "-" there); one holding more, "\u2014" as
    in the workbook."""
    path = tmp_path / "tracker.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(HEADER)
        for company, country, status, _ in rows:
            writer.writerow([company, "Analyst", country, "2026-11-02", status])
    ascii_only = path.read_bytes().isascii()
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-11-20", "-q", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    with path.open(newline="", encoding="utf-8-sig") as file:
        seen = {row["Company"]: row for row in csv.DictReader(file)}
    for company, _, status, (follow_up, action) in rows:
        row = seen[company]
        assert row["Status"] == status, company
        shown = (follow_up, action.replace("\u2014", "-") if ascii_only else action)
        assert (row["Follow-up status"], row["Next action"]) == shown, company
        if action == "1st check-in":
            assert row["Next due"] == dt.date(2026, 11, 10).isoformat(), company
