"""A big, realistic tracker workbook for tests and benchmarks that need seconds of real work.

Fourteen user columns a job seeker would keep (dates with times, several interviewers, types,
levels, industries, stated timelines, yes-marks, outcomes, countries, notes), values varied
enough that every stage of a run has something to do.
"""

from __future__ import annotations

import datetime as dt
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


def build_tracker(path: Path, rows: int, as_of: dt.date) -> Path:
    """``rows`` interviews spread over the 400 days before ``as_of``, in sheet "Interviews"."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Interviews")
    sheet.append(HEADERS)
    start = as_of - dt.timedelta(days=400)
    for n in range(rows):
        day = start + dt.timedelta(days=n * 400 // rows)
        date_cell = WriteOnlyCell(sheet, value=dt.datetime.combine(day, dt.time(10, 30)))
        date_cell.number_format = "yyyy-mm-dd hh:mm"
        sheet.append(
            [
                f"Company {n % 5000}",
                f"Engineer {n % 7}",
                date_cell,
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
        )
    book.save(path)
    return path
