"""A big, realistic tracker workbook for tests and benchmarks that need seconds of real work.

Fourteen user columns a job seeker would keep (dates with times, several interviewers, types,
levels, industries, stated timelines, yes-marks, outcomes, countries, notes), values varied
enough that every stage of a run has something to do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

HEADERS = [
    "Company",
    "Position",
    "Interview Date",
    "Interviewer",
    "Interviewer Email",
    "Interview Type",
    "Round",
    "Seniority",
    "Industry",
    "Decision Date",
    "Thank-you Sent",
    "Outcome",
    "Country",
    "Notes",
]
TYPES = ["phone", "Zoom", "onsite", "panel", "final round"]
LEVELS = ["junior", "mid", "senior", "director"]
INDUSTRIES = ["Software", "Banking", "Government", "Retail", "Biotech startup"]
OUTCOMES = ["", "pending", "rejected", "offer", "", ""]
COUNTRIES = ["US", "GB", "DE", "US-CA", "FR"]


def tracker_rows(rows: int, as_of: dt.date) -> Iterator[list[object]]:
    """The cells of ``rows`` interviews spread over the 400 days before ``as_of``, under
    ``HEADERS``; the interview date as a datetime, blanks as None."""
    start = as_of - dt.timedelta(days=400)
    for n in range(rows):
        day = start + dt.timedelta(days=n * 400 // rows)
        yield [
            f"Company {n % 5000}",
            f"Engineer {n % 7}",
            dt.datetime.combine(day, dt.time(10, 30)),
            f"Dana Smith; Lee {n % 100}",
            f"dana{n % 100}@example.com",
            TYPES[n % len(TYPES)],
            n % 4 + 1,
            LEVELS[n % len(LEVELS)],
            INDUSTRIES[n % len(INDUSTRIES)],
            "within 5 business days" if n % 3 == 0 else None,
            "yes" if n % 2 else None,
            OUTCOMES[n % len(OUTCOMES)],
            COUNTRIES[n % len(COUNTRIES)],
            f"Talked about project {n % 50}",
        ]


def build_tracker(path: Path, rows: int, as_of: dt.date) -> Path:
    """``tracker_rows`` in sheet "Interviews" of a workbook, the dates as date cells."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Interviews")
    sheet.append(HEADERS)
    for cells in tracker_rows(rows, as_of):
        date_cell = WriteOnlyCell(sheet, value=cells[2])
        date_cell.number_format = "yyyy-mm-dd hh:mm"
        sheet.append([*cells[:2], date_cell, *cells[3:]])
    book.save(path)
    return path


def build_csv(path: Path, rows: int, as_of: dt.date) -> Path:
    """The same rows as ``build_tracker``, as a CRLF CSV (Excel's way)."""
    import csv

    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, lineterminator="\r\n")
        writer.writerow(HEADERS)
        for cells in tracker_rows(rows, as_of):
            cells[2] = f"{cells[2]:%Y-%m-%d %H:%M}"
            writer.writerow(["" if cell is None else cell for cell in cells])
    return path
