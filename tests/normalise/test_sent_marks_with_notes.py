"""A yes-mark with a date or a note after it in a sent column (ot97 F9): "✅ 2027-01-14" and
"x 13/1" are sent that day, "✓ late" and "X (voicemail)" sent on a day not noted, as a bare
tick is; a cross, a question or a denial after the mark is not sent, as before. Through
``run`` on a workbook, reopened: the Next action and the Why a person sees."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from followup_batch.cli import main

NOT_A_MARK = "is not a date or a yes-mark (yes, x, ✓, sent, done), so it is read as not sent"
# Interviewed Mon 2026-11-02 in Great Britain (day-first), as of Wed 2026-11-04: the
# thank-you was due Tue 11-03; once sent, the 1st check-in (Tue 11-10) is next.
THANKED = "1st check-in"
NOT_THANKED = "Thank-you note"
CASES = [
    ("✅ 2026-11-02", THANKED, "sent Mon 2026-11-02", None),
    ("✅ 2026-11-03", THANKED, "sent Tue 2026-11-03", None),
    ("✔\ufe0f - 2/11/2026", THANKED, "sent Mon 2026-11-02", None),  # day-first, as GB writes
    (
        "x 2/11",
        THANKED,
        "sent Mon 2026-11-02",
        '"x 2/11" has no year; read as 2026-11-02 (nearest the interview date; day-first, '
        "every row's Country (the United Kingdom) writes dates day-first)",
    ),
    ("✓ late", THANKED, "marked sent", None),
    ("X (voicemail)", THANKED, "marked sent", None),
    ("✅", THANKED, "marked sent", None),  # as before
    ("x", THANKED, "marked sent", None),
    # Not sent, as before.
    (None, NOT_THANKED, None, None),
    ("❌ forgot", NOT_THANKED, None, f'"❌ forgot" {NOT_A_MARK}'),
    ("xx", NOT_THANKED, None, f'"xx" {NOT_A_MARK}'),
    ("Box", NOT_THANKED, None, f'"Box" {NOT_A_MARK}'),
    ("X - not sent", NOT_THANKED, None, f'"X - not sent" {NOT_A_MARK}'),
    ("x?", NOT_THANKED, None, '"x?" asks rather than says: write the day it went, yes or no'),
    # The letter "x" with a word after it is a word, no mark (fx198); a tick's is a note.
    ("X Corp", NOT_THANKED, None, f'"X Corp" {NOT_A_MARK}'),
    ("x-ray", NOT_THANKED, None, f'"x-ray" {NOT_A_MARK}'),
    ("Xmas card", NOT_THANKED, None, f'"Xmas card" {NOT_A_MARK}'),
    ("x - late", THANKED, "marked sent", None),
    (
        "x Nov 2",
        THANKED,
        "sent Mon 2026-11-02",
        '"x Nov 2" has no year; read as 2026-11-02 (nearest the interview date)',  # one way
    ),
    ("✓ Corp", THANKED, "marked sent", None),
]


def test_a_mark_with_a_date_or_a_note_is_sent(tmp_path: Path) -> None:
    path = tmp_path / "tracker.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Company", "Position", "Country", "Interview Date", "Status", "Thank-you Sent"])
    for i, (cell, *_) in enumerate(CASES):
        sheet.append([f"C{i}", "Analyst", "GB", dt.datetime(2026, 11, 2), "Interviewing", cell])
    book.save(path)
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-11-04", "-q", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path, data_only=True).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    rows = [
        dict(zip(header, (cell.value for cell in cells), strict=True))
        for cells in sheet.iter_rows(min_row=2)
    ]
    for row_number, (row, (cell, action, sent, problem)) in enumerate(
        zip(rows, CASES, strict=True), start=2
    ):
        assert row["Thank-you Sent"] == cell  # the user's cell, untouched
        assert row["Next action"] == action, cell
        thank_you = next(line for line in row["Why"].splitlines() if line.startswith("Thank"))
        assert thank_you == (
            "Thank-you note: the day after the interview on Mon 2026-11-02 → Tue 2026-11-03"
            + (f"; {sent}" if sent else "")
        ), cell
        assert row["Problems"] == (f"F{row_number}: {problem}" if problem else None), cell
