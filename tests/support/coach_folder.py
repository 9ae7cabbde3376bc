"""A career coach's folder of client trackers, for tests, benchmarks and the README pictures.

One workbook per client named after the client (``clients/Maya Chen.xlsx``, no Client column:
the README's folder-per-client layout), each holding ``rows`` of the sample tracker's realistic
rows (interviewers and their addresses, types, levels, industries, countries, sent marks),
shifted a few days and renamed per client. No row twice: the sample's rows are drawn without
replacement, and past its last row they start again with the company numbered (``Brightwave
2``). Built for ``--as-of 2026-11-20``, deterministic for a seed.
``build_coach_folder(folder, clients=30, rows=10)`` is what a coach with 30 clients has.
"""

from __future__ import annotations

import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AS_OF = date(2026, 11, 20)

FIRST_NAMES = (
    "Maya", "Ana", "Jonas", "Priya", "Liam", "Sofia", "Noah", "Amara", "Kenji", "Lena",
    "Omar", "Zoe", "Ravi", "Ines", "Tomas", "Aisha", "Elena", "Marco", "Hana", "Felix",
    "Nia", "Oscar", "Yara", "Arjun", "Clara", "Diego", "Mei", "Samuel", "Leila", "Victor",
)  # fmt: skip
LAST_NAMES = (
    "Chen", "Weber", "Raman", "Okafor", "Novak", "Silva", "Dubois", "Tanaka", "Haddad",
    "Kowalski", "Moreau", "Fischer", "Costa", "Nguyen", "Larsen", "Ibrahim", "Rossi",
    "Schmidt", "Patel", "Garcia",
)  # fmt: skip


# The dates of what has happened by AS_OF in the sample's rows (an interview may be ahead).
DONE_FIELDS = (
    "applied_at",
    "application_check_in_sent",
    "thank_you_sent",
    "check_in_1_sent",
    "check_in_2_sent",
    "final_sent",
    "networking_sent",
    "last_reply",
)


def _day(when: date) -> date:
    return when.date() if isinstance(when, datetime) else when


def client_names(count: int) -> list[str]:
    """``count`` distinct client names, the same for the same count."""
    names = [f"{first} {last}" for last in LAST_NAMES for first in FIRST_NAMES]
    random.Random(7).shuffle(names)
    return [
        names[i % len(names)] + (f" {i // len(names) + 1}" if i >= len(names) else "")
        for i in range(count)
    ]


def build_coach_folder(folder: Path, clients: int = 30, rows: int = 10, seed: int = 0) -> Path:
    """Write ``clients`` trackers of ``rows`` rows into ``folder``; returns the folder."""
    sys.path.insert(0, str(ROOT / "sample_data"))
    try:
        from make_sample import FIELD_ORDER, ROWS, SALARY, cell_value, style_sheet
    finally:
        sys.path.remove(str(ROOT / "sample_data"))
    from openpyxl import Workbook

    from followup_batch.read.fields import FIELDS_BY_NAME

    fields = [name for name in FIELD_ORDER if name != "client"]
    headers = [FIELDS_BY_NAME[name].header for name in fields] + [SALARY]
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for name in client_names(clients):
        book = Workbook()
        sheet = book.active
        sheet.title = "Interviews"
        sheet.append(headers)
        shift = timedelta(days=rng.randint(-3, 3))
        # The sample's rows in an order of this client's, each taken once: a tracker's rows are
        # distinct interviews (a row twice is a row pasted twice, a Duplicate). Past the last
        # sample row the order starts again, the company numbered (``Brightwave 2``).
        order = rng.sample(range(len(ROWS)), len(ROWS))
        for i in range(rows):
            source = ROWS[order[i % len(ROWS)]]
            values = []
            # Shifted, a sent mark or a reply stays on or before AS_OF: one after it would be a
            # row problem of the folder's making ("cannot be sent in the future").
            done = [source[f] for f in DONE_FIELDS if isinstance(source.get(f), date)]
            row_shift = min([shift, *(AS_OF - _day(when) for when in done)])
            for field in fields:
                value = cell_value(source, field)
                if isinstance(value, datetime | date) and value != "":
                    value = value + row_shift
                if field == "company" and value:
                    value = f"{value} {i // len(ROWS) + 1}" if i >= len(ROWS) else value
                values.append(value)
            sheet.append([*values, source.get("salary", "")])
        style_sheet(sheet)  # widths, date formats, filter, frozen header, a formula column
        book.save(folder / f"{name}.xlsx")
    return folder
