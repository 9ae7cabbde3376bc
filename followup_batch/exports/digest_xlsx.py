"""The digest as a new workbook (openpyxl), in the digest's order: a Today sheet (what to send
today across all clients, the latest first, with recipients and a Compose link), a Summary
sheet of counts, a Due sheet of every item and a Needs info sheet of the rows to fix."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from followup_batch.exports.digest import (
    URGENCY_COLOURS,
    Digest,
    compose_link,
    lateness,
    weekday_date,
)
from followup_batch.exports.due import NEEDS_INFO
from followup_batch.exports.files import replace_file

TODAY_SHEET, SUMMARY_SHEET, ITEMS_SHEET, NEEDS_SHEET = "Today", "Summary", "Due", "Needs info"
TODAY_XLSX_COLUMNS: tuple[tuple[str, str, float], ...] = (
    # (digest column, header, width)
    ("late", "Late", 13),
    ("client", "Client", 18),
    ("action", "Action", 18),
    ("company", "Company", 22),
    ("position", "Position", 26),
    ("to", "To", 22),
    ("email", "Email", 28),
    ("compose", "Compose", 10),
    ("subject", "Draft subject", 40),
    ("due", "Due", 12),
    ("file", "File", 22),
    ("sheet", "Sheet", 14),
    ("row", "Row", 6),
)
ITEM_XLSX_COLUMNS: tuple[tuple[str, str, float], ...] = (
    # (digest column, header, width)
    ("client", "Client", 18),
    ("urgency", "Urgency", 11),
    ("due", "Due", 12),
    ("action", "Action", 20),
    ("company", "Company", 22),
    ("position", "Position", 28),
    ("subject", "Draft subject", 40),
    ("file", "File", 22),
    ("sheet", "Sheet", 14),
    ("row", "Row", 6),
    ("interview_date", "Interview Date", 14),
    ("status", "Follow-up status", 16),
)


def write_digest_xlsx(digest: Digest, path: Path) -> Path:
    """A new workbook: a Today sheet, a Summary sheet of counts, a Due sheet of items (real
    dates, filter, frozen header) and a Needs info sheet when rows need fixing. Written
    atomically."""
    book = _digest_workbook(digest)
    # Dated by the digest, not the clock, so that the same digest is the same workbook.
    book.properties.created = dt.datetime.combine(digest.as_of, dt.time(0))
    return replace_file(path, lambda temp: book.save(temp), same=same_workbook)


# What openpyxl stamps on every save (the time of the save); not part of what the digest says.
_MODIFIED = re.compile(rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>")


def same_workbook(new: Path, old: Path) -> bool:
    """The two workbooks hold the same parts with the same contents, apart from the zip's
    timestamps and the time of the save."""
    try:
        with zipfile.ZipFile(new) as first, zipfile.ZipFile(old) as second:
            names = first.namelist()
            if names != second.namelist():
                return False
            for name in names:
                a, b = first.read(name), second.read(name)
                if name == "docProps/core.xml":
                    a, b = _MODIFIED.sub(b"", a), _MODIFIED.sub(b"", b)
                if a != b:
                    return False
    except (OSError, zipfile.BadZipFile, KeyError):
        return False
    return True


def _digest_workbook(digest: Digest):  # -> openpyxl.Workbook
    # Write-only mode streams the rows: a digest of thousands of items saves in a fraction of
    # the time a regular workbook takes.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    header_fill = PatternFill(fill_type="solid", fgColor="DCE6F1")
    wrapped = Alignment(wrap_text=True, vertical="top")
    fills = {
        level: (PatternFill(fill_type="solid", fgColor=fill), Font(color=ink))
        for level, (fill, ink) in URGENCY_COLOURS.items()
    }
    book = Workbook(write_only=True)

    def cell(sheet, value: object, **style: object) -> WriteOnlyCell:
        if isinstance(value, str):
            value = _cell_text(value)
        made = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str):
            # A company named "=HYPERLINK(...)" stays text: openpyxl would store a formula.
            made.data_type = "s"
        if isinstance(value, dt.date):
            made.number_format = "yyyy-mm-dd"
        for name, setting in style.items():
            setattr(made, name, setting)
        return made

    def header(sheet, titles: list[str]) -> list[WriteOnlyCell]:
        return [cell(sheet, title, font=bold, fill=header_fill) for title in titles]

    def widths(sheet, sizes: Iterable[float]) -> None:
        for column, size in enumerate(sizes, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = size

    today = book.create_sheet(TODAY_SHEET)
    widths(today, [width for _, _, width in TODAY_XLSX_COLUMNS])
    today.freeze_panes = "A3"
    today.append(
        [cell(today, f"Today, across all clients: {weekday_date(digest.as_of)}", font=bold)]
    )
    today.append(header(today, [title for _, title, _ in TODAY_XLSX_COLUMNS]))
    link_font = Font(color="0563C1", underline="single")
    for item in digest.today.to_dict("records"):
        fill, font = fills[item["urgency"]]
        row = []
        for key, _, _ in TODAY_XLSX_COLUMNS:
            if key == "late":
                row.append(cell(today, lateness(item), fill=fill, font=font))
            elif key == "compose":
                made = cell(today, "Compose", font=link_font)
                made.hyperlink = compose_link(item)
                row.append(made)
            elif key == "due":
                row.append(cell(today, pd.Timestamp(item["due"]).date()))
            elif key == "row":
                row.append(cell(today, int(item["row"])))
            else:
                row.append(cell(today, item[key]))
        today.append(row)
    if not len(digest.today):
        today.append([cell(today, "Nothing is overdue or due today.")])

    summary = book.create_sheet(SUMMARY_SHEET)
    columns = [*digest.urgencies, NEEDS_INFO, "Total"]
    widths(summary, [max([14, *(len(c) + 2 for c in digest.clients)]), *[12] * len(columns)])
    summary.freeze_panes = "A6"
    summary.append([cell(summary, digest.title(), font=Font(bold=True, size=14))])
    summary.append([cell(summary, digest.headline())])
    summary.append([cell(summary, "As of"), cell(summary, digest.as_of)])
    summary.append([])
    summary.append(header(summary, ["Client", *columns]))
    for client in digest.clients:
        counts = digest.counts.loc[client]
        summary.append([cell(summary, client), *(int(counts[name]) for name in columns)])
    totals = digest.totals
    summary.append(
        [cell(summary, "All clients", font=bold)]
        + [cell(summary, int(totals[name]), font=bold) for name in columns]
    )

    items = book.create_sheet(ITEMS_SHEET)
    widths(items, [width for _, _, width in ITEM_XLSX_COLUMNS])
    items.freeze_panes = "A2"
    last = get_column_letter(len(ITEM_XLSX_COLUMNS))
    items.auto_filter.ref = f"A1:{last}{max(len(digest.items) + 1, 2)}"
    items.append(header(items, [title for _, title, _ in ITEM_XLSX_COLUMNS]))
    for item in digest.items.to_dict("records"):
        fill, font = fills[item["urgency"]]
        row = []
        for key, _, _ in ITEM_XLSX_COLUMNS:
            value = item[key]
            if key in ("due", "interview_date"):
                value = None if pd.isna(value) else pd.Timestamp(value).date()
            elif key == "row":
                value = int(value)
            styled = {"fill": fill, "font": font} if key == "urgency" else {}
            row.append(cell(items, value, **styled))
        items.append(row)

    if len(digest.needs_info):
        needs = book.create_sheet(NEEDS_SHEET)
        widths(needs, (18, 22, 28, 22, 14, 6, 60))
        needs.freeze_panes = "A2"
        needs.auto_filter.ref = f"A1:G{len(digest.needs_info) + 1}"
        titles = ["Client", "Company", "Position", "File", "Sheet", "Row", "Problems"]
        needs.append(header(needs, titles))
        for item in digest.needs_info.to_dict("records"):
            texts = [item[k] for k in ("client", "company", "position", "file", "sheet")]
            needs.append(
                [cell(needs, text) for text in texts]
                + [cell(needs, int(item["row"])), cell(needs, item["problems"], alignment=wrapped)]
            )
    return book


# C0 controls other than tab and line feed are invalid in XML 1.0.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
MAX_CELL_TEXT = 32_767


def _cell_text(value: object) -> str:
    return _CONTROL.sub("", str(value))[:MAX_CELL_TEXT]
