"""``followup-batch init PATH``: a new tracker with the right columns, drop-downs and formats.

The workbook has the canonical headers of ``fields.TEMPLATE_FIELDS`` in order, in an Excel Table (so
new rows typed below it join the table and its filter), a frozen header, ``yyyy-mm-dd`` on the
date columns, drop-downs for Interview Type, Seniority and Outcome, a hint on the columns that
take a date or "yes", and two example rows dated around today that show what a filled row looks
like (delete them, or keep them to see the tool at work on the first run).

A ``.csv`` path gets the header and the example rows only, comma-separated; a ``.tsv`` path
the same, tab-separated. An existing file is never
overwritten: the new file is linked into place, which fails if the name was taken meanwhile.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import os
from pathlib import Path

from followup_batch.errors import FollowupError, UsageError
from followup_batch.normalise import interview_types, seniority, vocabularies
from followup_batch.read import fields
from followup_batch.write.atomic import NAME_MAX, temp_name

SHEET_TITLE = "Interviews"
TABLE_NAME = "Interviews"
DATE_FORMAT = "yyyy-mm-dd"
DATE_TIME_FORMAT = DATE_FORMAT + " hh:mm"  # an interview's cell that holds its time
VALIDATED_ROWS = 1000  # drop-downs and formats reach this far below the header
SUFFIXES = (".xlsx", ".csv", ".tsv")  # what ``run`` reads and writes back

# Fields holding dates (Decision Date may also hold a phrase; a date format does not hurt it).
DATE_FIELDS = fields.DATE_FIELDS
DROP_DOWNS: dict[str, tuple[str, ...]] = {
    "interview_type": interview_types.INTERVIEW_TYPE_VALUES,
    "seniority": seniority.SENIORITY_VALUES,
    "outcome": vocabularies.OUTCOME_VALUES,
}
SENT_HINT = "a date, or yes when you don't know the date"
# Input messages shown when a cell of the column is selected: field -> (title, text).
HINTS: dict[str, tuple[str, str]] = {
    "interview_at": ("Interview Date", "the date (and time, if you like) of the interview"),
    "stated_decision": (
        "When they will decide",
        "a date, or what they said: next Tuesday, end of week, in 2 weeks, "
        "within 5 business days, end of month, early January",
    ),
    **{name: (fields.FIELDS_BY_NAME[name].header, SENT_HINT) for name in fields.SENT_FIELDS},
    "networking_sent": ("Networking Sent", "the date of your last networking message"),
    "last_reply": ("Last Reply", "the last date the employer replied"),
    "applied_at": ("Date Applied", "the day you sent the application"),
    "application_check_in_sent": ("Application Check-in Sent", SENT_HINT),
    "interviewer": ("Interviewer", "one or more names, separated by ; or ,"),
    "interviewer_email": ("Interviewer Email", "addresses in the same order as the names"),
    "country": ("Country", "holiday calendar: US, US-CA, GB, GB-SCT, DE-BY, IN, ..."),
    "client": ("Client", "the job seeker (coaches); leave empty for your own tracker"),
}
WIDTHS: dict[str, float] = {
    "company": 22,
    "position": 26,
    "client": 14,
    "interviewer": 22,
    "interviewer_email": 30,
    "interview_type": 14,
    "round": 8,
    "seniority": 12,
    "industry": 16,
    "stated_decision": 18,
    "outcome": 12,
    "topic": 30,
    "value_add": 30,
    "country": 10,
}
DEFAULT_WIDTH = 14
# Characters of width beyond a date column's format: room for a font wider than Calibri
# (LibreOffice without it draws DejaVu Sans, and showed ### for "2026-12-05 10:00" in a
# column of 14: ot119 F11).
DATE_ROOM = 4

EXISTS_MESSAGE = (
    "{path} already exists; init never overwrites a file. Choose a new name, or move the "
    "existing file away first"
)
SUFFIX_MESSAGE = (
    "{path}: init writes a .xlsx workbook, or a .csv or .tsv file; give a name ending in one"
)
LONG_NAME_MESSAGE = (
    "{path}: the {what} name is {size} bytes long, and a name may be at most {most} bytes (in "
    "UTF-8 a letter of Chinese, Japanese or Korean takes 3, an emoji 4). Choose a shorter name"
)


def example_rows(today: dt.date) -> list[dict[str, object]]:
    """Two rows as a person fills them in: one interview yesterday, one last week."""
    yesterday = today - dt.timedelta(days=1)
    last_week = today - dt.timedelta(days=8)
    return [
        {
            "company": "Northwind Analytics",
            "position": "Data Analyst",
            "interview_at": dt.datetime.combine(yesterday, dt.time(10, 0)),
            "interviewer": "Jordan Lee",
            "interviewer_email": "jordan.lee@northwind.example",
            "interview_type": "video",
            "round": 1,
            "seniority": "mid",
            "industry": "Software",
            "stated_decision": "end of next week",
            "outcome": "interviewing",
            "topic": "the dashboard redesign",
            "country": "US",
        },
        {
            "company": "Harbor Bank",
            "position": "Senior Risk Analyst",
            "interview_at": dt.datetime.combine(last_week, dt.time(14, 30)),
            "interviewer": "Priya Shah; Tom Reyes",
            "interviewer_email": "priya.shah@harborbank.example; tom.reyes@harborbank.example",
            "interview_type": "panel",
            "round": 2,
            "seniority": "senior",
            "industry": "Banking",
            "thank_you_sent": last_week,
            "outcome": "interviewing",
            "topic": "stress-testing models",
            "value_add": "a short note on climate-risk scenarios",
            "country": "US",
        },
    ]


def create_tracker(path: Path, *, example_rows: bool = True, today: dt.date | None = None) -> Path:
    """Create a new tracker at ``path`` (.xlsx, .csv or .tsv) and return its path.

    Raises ``UsageError`` when the file exists, the name has another suffix or is longer than a
    file name may be, ``FollowupError`` when the file cannot be made (a file where a folder
    should be, no permission). ``today`` dates the example rows (default: today); missing
    parent folders are created.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UsageError(SUFFIX_MESSAGE.format(path=path), "PATH")
    for n, name in enumerate(path.parts, 1):  # the disk would fail without saying which
        if (size := len(os.fsencode(name))) > NAME_MAX:
            what = "file" if n == len(path.parts) else "folder"
            message = LONG_NAME_MESSAGE.format(path=path, what=what, size=size, most=NAME_MAX)
            raise UsageError(message, "PATH")
    if path.exists() or path.is_symlink():
        raise UsageError(EXISTS_MESSAGE.format(path=path), "PATH")
    rows = _example_rows(today or dt.date.today()) if example_rows else []
    data = _xlsx_bytes(rows) if suffix == ".xlsx" else _csv_bytes(rows, suffix)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _create_exclusively(path, data)
    except OSError as exc:  # a file where a folder should be, no permission, a full disk
        file = next((p for p in reversed(path.parents) if p.exists() and not p.is_dir()), None)
        if file is not None:
            raise FollowupError(f"cannot create {path}: {file} is a file, not a folder") from None
        where = f" ({exc.filename})" if exc.filename and str(exc.filename) != str(path) else ""
        raise FollowupError(f"cannot create {path}: {exc.strerror}{where}") from None
    return path


_example_rows = example_rows  # the keyword argument of create_tracker shadows the name


def _create_exclusively(path: Path, data: bytes) -> None:
    """Write beside ``path``, then link into place: complete or absent, never overwriting."""
    temp = path.with_name(temp_name(path.name))
    try:
        with open(temp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temp, path)
        except FileExistsError:
            raise UsageError(EXISTS_MESSAGE.format(path=path), "PATH") from None
        except OSError:
            # File systems without hard links: the exists check above is the guard.
            if path.exists():
                raise UsageError(EXISTS_MESSAGE.format(path=path), "PATH") from None
            os.replace(temp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _csv_bytes(rows: list[dict[str, object]], suffix: str) -> bytes:
    buffer = io.StringIO()
    delimiter = "\t" if suffix == ".tsv" else ","
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([f.header for f in fields.TEMPLATE_FIELDS])
    for row in rows:
        writer.writerow([_csv_text(row.get(f.name)) for f in fields.TEMPLATE_FIELDS])
    return buffer.getvalue().encode("utf-8")


def _csv_text(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


def column_width(name: str) -> float:
    """The template's width of field ``name``'s column: a date column's fits the longest
    format its cells are given (the interview's, with its time) with ``DATE_ROOM`` to spare,
    so that a first look at the template shows its dates, not ###."""
    width = WIDTHS.get(name, DEFAULT_WIDTH)
    if name not in DATE_FIELDS:
        return width
    shown = DATE_TIME_FORMAT if name == "interview_at" else DATE_FORMAT
    return max(width, len(shown) + DATE_ROOM)


def _xlsx_bytes(rows: list[dict[str, object]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.table import Table, TableStyleInfo

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_TITLE
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill(fill_type="solid", fgColor="1F4E78")
    last_row = max(len(rows), 1) + 1  # a Table needs at least one data row
    letters = {f.name: get_column_letter(i) for i, f in enumerate(fields.TEMPLATE_FIELDS, start=1)}

    for column, field in enumerate(fields.TEMPLATE_FIELDS, start=1):
        cell = sheet.cell(row=1, column=column, value=field.header)
        cell.font, cell.fill = header_font, header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        needed = fields.requirement(field)
        tip = field.tip or field.meaning
        cell.comment = Comment(f"{field.header} ({needed}): {tip}", "followup-batch")
        letter = letters[field.name]
        sheet.column_dimensions[letter].width = column_width(field.name)
        if field.name in DATE_FIELDS:
            # The column's style applies to cells typed later; the examples carry it too.
            sheet.column_dimensions[letter].number_format = DATE_FORMAT

    for offset, values in enumerate(rows):
        for column, field in enumerate(fields.TEMPLATE_FIELDS, start=1):
            value = values.get(field.name)
            cell = sheet.cell(row=2 + offset, column=column, value=value)
            if field.name in DATE_FIELDS:
                cell.number_format = DATE_FORMAT
                if isinstance(value, dt.datetime) and value.time() != dt.time(0, 0):
                    cell.number_format = DATE_TIME_FORMAT

    for name, choices in DROP_DOWNS.items():
        validation = DataValidation(
            type="list",
            formula1='"' + ",".join(choices) + '"',
            allow_blank=True,
            showErrorMessage=False,  # synonyms (Zoom, in-person, VP, ...) are read too
            showInputMessage=True,
            promptTitle=fields.FIELDS_BY_NAME[name].header,
            prompt="pick one, or type your own word: " + ", ".join(choices),
        )
        validation.add(f"{letters[name]}2:{letters[name]}{VALIDATED_ROWS + 1}")
        sheet.data_validations.append(validation)
    for name, (title, text) in HINTS.items():
        hint = DataValidation(
            allow_blank=True, showInputMessage=True, promptTitle=title[:32], prompt=text[:255]
        )
        hint.add(f"{letters[name]}2:{letters[name]}{VALIDATED_ROWS + 1}")
        sheet.data_validations.append(hint)

    ref = f"A1:{get_column_letter(len(fields.TEMPLATE_FIELDS))}{last_row}"
    table = Table(displayName=TABLE_NAME, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    sheet.add_table(table)
    # The header, Company and Position stay in view: the panes a run freezes (ot120 F4: a
    # freeze at Company alone was kept by every run as the user's own).
    last = max(list(letters).index(name) for name in ("company", "position")) + 1
    sheet.freeze_panes = f"{get_column_letter(last + 1)}2"
    sheet.row_dimensions[1].height = 30

    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
