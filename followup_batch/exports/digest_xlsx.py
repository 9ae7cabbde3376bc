"""The digest as a new workbook, in the digest's order: a Today sheet (what to send today
across all clients: what is due today, then what is overdue, the latest first, with
recipients and a Compose link; its To cell one
"Name <address>" a line, paired as the page pairs them), a Summary sheet of
counts, a Due sheet of every item and a Needs info sheet of the rows to fix. The package is
written by ``write.book``; this module says what goes in it."""

from __future__ import annotations

import datetime as dt
import filecmp
from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd

from followup_batch.exports.digest import (
    COUNT_HEADERS,
    IDLE_TITLE,
    URGENCIES,
    URGENCY_COLOURS,
    Digest,
    addressed,
    compose_link,
    lateness,
    weekday_date,
)
from followup_batch.exports.files import replace_file
from followup_batch.normalise.controls import printable
from followup_batch.read.sniff import DIGEST_KEYWORDS
from followup_batch.schedule.labels import NEEDS_INFO
from followup_batch.text import display_width
from followup_batch.write.book import (
    HEADER_FILL_RGB,
    CellFormat,
    Font,
    Sheet,
    column_letter,
    date_column,
    format_range,
    number_column,
    row_xml,
    table_rows,
    text_column,
    write_book,
)

TODAY_SHEET, SUMMARY_SHEET, ITEMS_SHEET, NEEDS_SHEET = "Today", "Summary", "Due", "Needs info"
TODAY_XLSX_COLUMNS: tuple[tuple[str, str, float], ...] = (
    # (digest column, header, width)
    ("late", "Late", 13),
    ("client", "Client", 18),
    ("action", "Action", 18),
    ("company", "Company", 22),
    ("position", "Position", 26),
    ("to", "To", 36),  # "Name <address>", a line each
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
NEEDS_XLSX_COLUMNS: tuple[tuple[str, str, float], ...] = (
    # (digest column, header, width)
    ("client", "Client", 18),
    ("company", "Company", 22),
    ("position", "Position", 28),
    ("file", "File", 22),
    ("sheet", "Sheet", 14),
    ("row", "Row", 6),
    ("problems", "Problems", 60),
)

# The cell styles the sheets use (style n is FORMATS[n - 1]).
BOLD = CellFormat(Font(bold=True))
TITLE = CellFormat(Font(bold=True, size=14))
HEADER = CellFormat(Font(bold=True), fill=HEADER_FILL_RGB)
DATE = CellFormat(date=True, horizontal="center")  # clear of the text beside it, as ROW
LINK = CellFormat(Font(colour="0563C1", underline=True))
# A person's text, left-aligned whatever its direction: left to the spreadsheet, an Arabic or
# Hebrew name sat at its cell's right edge, against the next cell's text (printed from
# LibreOffice: "أحمد الزهرانيGlobex"). A row number is centred, clear of the text beside it
# (it ran into Problems: "3row 3, column …").
TEXT = CellFormat(horizontal="left")
WRAPPED = CellFormat(wrapped=True, horizontal="left")
ROW = CellFormat(horizontal="center")
WRAPPED_ROW = CellFormat(wrapped=True, horizontal="center")
# The Summary's counts, and the headers over centred columns: a count at its cell's right edge
# read as the next column's (under "Due today", not "Overdue").
COUNT = ROW
TOTAL = CellFormat(Font(bold=True), horizontal="center")
CENTRED_HEADER = CellFormat(Font(bold=True), fill=HEADER_FILL_RGB, horizontal="center")
URGENCY = {
    level: CellFormat(Font(colour=ink), fill=fill) for level, (fill, ink) in URGENCY_COLOURS.items()
}
# A Today row of several recipients, a line each in its To cell, is as tall as they are and
# its every cell starts on its first line (wrapped is top-aligned), not at its foot.
WRAPPED_DATE = CellFormat(date=True, horizontal="center", wrapped=True)
WRAPPED_LINK = CellFormat(Font(colour="0563C1", underline=True), wrapped=True)
WRAPPED_URGENCY = {
    level: CellFormat(Font(colour=ink), fill=fill, wrapped=True)
    for level, (fill, ink) in URGENCY_COLOURS.items()
}
FORMATS: tuple[CellFormat, ...] = (
    BOLD,
    TITLE,
    HEADER,
    DATE,
    LINK,
    WRAPPED,
    *URGENCY.values(),
    TEXT,
    ROW,
    WRAPPED_ROW,
    TOTAL,
    CENTRED_HEADER,
    WRAPPED_DATE,
    WRAPPED_LINK,
    *WRAPPED_URGENCY.values(),
)


def _style(cell: CellFormat) -> int:
    return FORMATS.index(cell) + 1


def write_digest_xlsx(digest: Digest, path: Path) -> Path:
    """A new workbook: a Today sheet, a Summary sheet of counts, a Due sheet of items (real
    dates, filter, frozen header) and a Needs info sheet when rows need fixing. Written
    atomically; dated by the digest, not the clock, so the same digest gives the same bytes
    and a re-run writes nothing. A file at ``path`` that this tool did not write, or that is
    open in Excel or LibreOffice, is refused, nothing written (``files.refuse_replacing``)."""
    sheets = [_today_sheet(digest), _summary_sheet(digest), _items_sheet(digest)]
    if len(digest.needs_info):
        sheets.append(_needs_sheet(digest))
    created = dt.datetime.combine(digest.as_of, dt.time(0))
    return replace_file(
        path,
        lambda temp: write_book(temp, sheets, FORMATS, created, DIGEST_KEYWORDS),
        same=same_workbook,
        kind=".xlsx",
    )


def same_workbook(new: Path, old: Path) -> bool:
    """The same bytes: the workbook holds no save time, so the same digest is the same file."""
    try:
        return filecmp.cmp(new, old, shallow=False)
    except OSError:
        return False


def _today_sheet(digest: Digest) -> Sheet:
    today = digest.today
    records = today.to_dict("records")
    first = 3
    to_lines = [recipient_lines(item) for item in records]
    tall = [len(lines.split("\n")) > 1 for lines in to_lines]

    def styled(plain: CellFormat, wrapped: CellFormat) -> list[int]:
        return [_style(wrapped if t else plain) for t in tall]

    columns: list[list[str]] = []
    links: list[tuple[str, str]] = []
    for index, (key, _, _) in enumerate(TODAY_XLSX_COLUMNS, start=1):
        letter = column_letter(index)
        if key == "late":
            late = [lateness(item) for item in records]
            columns.append(text_column(letter, first, late, _urgency_styles(today, tall)))
        elif key == "compose":
            compose = styled(LINK, WRAPPED_LINK)
            columns.append(text_column(letter, first, ["Compose"] * len(today), compose))
            links = [(f"{letter}{first + i}", compose_link(item)) for i, item in enumerate(records)]
        elif key == "due":
            due = styled(DATE, WRAPPED_DATE)
            columns.append(
                [
                    date_column(letter, first + i, today["due"].iloc[i : i + 1], due[i])[0]
                    for i in range(len(today))
                ]
            )
        elif key == "row":
            numbers = zip(today["row"].tolist(), styled(ROW, WRAPPED_ROW), strict=True)
            columns.append(
                [number_column(letter, first + i, [n], s)[0] for i, (n, s) in enumerate(numbers)]
            )
        elif key == "to":
            columns.append(text_column(letter, first, _shown(to_lines), styled(TEXT, WRAPPED)))
        else:
            columns.append(text_column(letter, first, _shown(today[key]), styled(TEXT, WRAPPED)))
    title = f"{digest.today_title()}: {weekday_date(digest.as_of)}"
    heights = [
        len(lines.split("\n")) * LINE_POINTS if t else None
        for lines, t in zip(to_lines, tall, strict=True)
    ]
    rows = [
        row_xml(1, text_column("A", 1, [title], _style(BOLD))),
        _header_row(2, digest.headed([title for _, title, _ in TODAY_XLSX_COLUMNS])),
        *(_tall(row, h) for row, h in zip(table_rows(first, columns), heights, strict=True)),
    ]
    if not len(today):
        rows.append(row_xml(first, text_column("A", first, ["Nothing is overdue or due today."])))
    widths = _narrow_when_empty(
        TODAY_XLSX_COLUMNS, today.assign(to=pd.Series(to_lines, index=today.index, dtype=object))
    )
    return Sheet(TODAY_SHEET, rows, widths, freeze="A3", links=links, header_row=2)


def recipient_lines(item: dict[str, object]) -> str:
    """The Today sheet's To cell: each recipient on a line of their own, "Name <address>"
    paired as the page pairs them (``digest.addressed``), the name alone for a person without
    an address and the address alone for one written under no name (after the people, as
    the page's " · " has them)."""
    return "\n".join(f"{n} <{e}>" if n and e else n or e for n, e in addressed(item))


def _summary_sheet(digest: Digest) -> Sheet:
    names = [*digest.urgencies, NEEDS_INFO, "Total"]
    letters = [column_letter(i) for i in range(2, len(names) + 2)]
    first = 6
    counts = [
        number_column(letter, first, digest.counts[name].tolist(), _style(COUNT))
        for letter, name in zip(letters, names, strict=True)
    ]
    last = first + len(digest.clients)
    totals = digest.totals
    rows = [
        row_xml(1, text_column("A", 1, [digest.title()], _style(TITLE))),
        row_xml(2, text_column("A", 2, [digest.headline()])),
        row_xml(
            3,
            text_column("A", 3, ["As of"])
            + date_column("B", 3, pd.Series([pd.Timestamp(digest.as_of)]), _style(DATE)),
        ),
        _header_row(5, digest.headed(["Client", *(COUNT_HEADERS.get(n, n) for n in names)])),
        *table_rows(
            first, [text_column("A", first, _shown(digest.clients), _style(TEXT)), *counts]
        ),
        row_xml(
            last,
            text_column("A", last, [f"All {digest.of_whom}"], _style(BOLD))
            + [
                number_column(letter, last, [totals[name]], _style(TOTAL))[0]
                for letter, name in zip(letters, names, strict=True)
            ],
        ),
    ]
    if digest.idle:  # below the counts, a name a row: every client read with nothing due
        head = last + 2
        title = f"{IDLE_TITLE} ({len(digest.idle):,})"
        rows += [
            row_xml(head, text_column("A", head, [title], _style(BOLD))),
            *table_rows(head + 1, [text_column("A", head + 1, _shown(digest.idle), _style(TEXT))]),
        ]
    named = [*digest.clients, *digest.idle]
    widths = [max([14, *(len(c) + 2 for c in named)]), *[12] * len(names)]
    return Sheet(SUMMARY_SHEET, rows, widths, freeze="A6", header_row=5)


def _items_sheet(digest: Digest) -> Sheet:
    items = digest.items
    columns = []
    for index, (key, _, _) in enumerate(ITEM_XLSX_COLUMNS, start=1):
        letter = column_letter(index)
        if key == "urgency":
            columns.append(text_column(letter, 2, items[key].tolist(), _urgency_styles(items)))
        elif key in ("due", "interview_date"):
            columns.append(date_column(letter, 2, items[key], _style(DATE)))
        elif key == "row":
            columns.append(number_column(letter, 2, items[key].tolist(), _style(ROW)))
        else:
            columns.append(text_column(letter, 2, _shown(items[key]), _style(TEXT)))
    headers = digest.headed([title for _, title, _ in ITEM_XLSX_COLUMNS])
    rows = [_header_row(1, headers), *table_rows(2, columns)]
    widths = _narrow_when_empty(ITEM_XLSX_COLUMNS, items)
    filtered = format_range(1, 1, len(ITEM_XLSX_COLUMNS), max(len(items) + 1, 2))
    return Sheet(ITEMS_SHEET, rows, widths, freeze="A2", autofilter=filtered, header_row=1)


def _needs_sheet(digest: Digest) -> Sheet:
    needs = digest.needs_info
    columns = []
    for index, (key, _, _) in enumerate(NEEDS_XLSX_COLUMNS, start=1):
        letter = column_letter(index)
        # Wrapped and top-aligned: a row is as tall as its Problems (``_wrapped_height``), and
        # its other cells start on its first line, not at its foot.
        if key == "row":
            columns.append(number_column(letter, 2, needs[key].tolist(), _style(WRAPPED_ROW)))
        else:
            columns.append(text_column(letter, 2, _shown(needs[key]), _style(WRAPPED)))
    problems = _shown(needs["problems"])
    heights = [_wrapped_height(str(text or ""), PROBLEMS_WIDTH) for text in problems]
    rows = [
        _header_row(1, digest.headed([title for _, title, _ in NEEDS_XLSX_COLUMNS])),
        *(_tall(row, height) for row, height in zip(table_rows(2, columns), heights, strict=True)),
    ]
    widths = _narrow_when_empty(NEEDS_XLSX_COLUMNS, needs)
    filtered = format_range(1, 1, len(NEEDS_XLSX_COLUMNS), len(needs) + 1)
    return Sheet(NEEDS_SHEET, rows, widths, freeze="A2", autofilter=filtered, header_row=1)


# A column with no text in any row is as wide as its header: the digest workbook prints fitted
# to the page's width, and two empty 22- and 28-wide columns (To, Email) shrank the Today
# sheet's print to a tiny font (ot87 F4).
_EMPTY_COLUMN_PAD = 3
# The Problems column's width, and the lines of it a row is made tall enough to show (Excel's
# row height limit is 409 points, about 27 lines): printed, a longer text is cut at the page's
# edge or under the next row (ot87 F4).
PROBLEMS_WIDTH = dict((key, width) for key, _, width in NEEDS_XLSX_COLUMNS)["problems"]
LINE_POINTS = 15.0  # a line of 11-point Calibri
MAX_ROW_POINTS = 409.0


def _narrow_when_empty(spec: Sequence[tuple[str, str, float]], frame: pd.DataFrame) -> list[float]:
    """The columns' widths of ``spec``, each text column with nothing in any row of
    ``frame`` narrowed to its header's width."""
    widths = []
    for key, header, width in spec:
        values = frame[key] if key in frame.columns and len(frame) else None
        empty = (
            values is not None
            and values.dtype == object
            and not values.fillna("").astype(str).str.strip().any()
        )
        widths.append(min(width, len(header) + _EMPTY_COLUMN_PAD) if empty else width)
    return widths


def _wrapped_height(text: str, width: float) -> float | None:
    """The points a row needs to show ``text`` wrapped in a column ``width`` characters wide,
    its own line breaks kept (a line counted ``width`` characters: 11-point Calibri fits
    about 75 in a column 60 wide, so a little more than it takes), or None for a line's
    worth: the default height."""
    per_line = max(int(width), 10)
    lines = sum(max(1, -(-display_width(part) // per_line)) for part in text.split("\n"))
    return None if lines <= 1 else min(lines * LINE_POINTS, MAX_ROW_POINTS)


def _tall(row: str, height: float | None) -> str:
    """A ``<row>`` element made ``height`` points tall (None: as it is)."""
    if height is None:
        return row
    start = row.index(">")
    return f'{row[:start]} ht="{height:g}" customHeight="1"{row[start:]}'


def _shown(values: Iterable[object]) -> list[object]:
    """A person's cells as every output shows them (``normalise.controls.printable``): a
    right-to-left override in a Company cell made Excel show "Acme<U+202E>gnp.exe" as
    "Acmeexe.png", where the other digests read "Acmegnp.exe"."""
    return [printable(v, tabs=True) if isinstance(v, str) else v for v in values]


# The headers over the columns whose cells are centred (counts, dates, row numbers).
CENTRED_TITLES = frozenset(
    ["Row", "Due", "Interview Date", *URGENCIES] + list(COUNT_HEADERS.values())
)


def _header_row(number: int, titles: Sequence[str]) -> str:
    return row_xml(
        number,
        [
            text_column(
                column_letter(i),
                number,
                [title],
                _style(CENTRED_HEADER if title in CENTRED_TITLES else HEADER),
            )[0]
            for i, title in enumerate(titles, start=1)
        ],
    )


def _urgency_styles(items: pd.DataFrame, tall: Sequence[bool] = ()) -> list[int]:
    """Each item's urgency colours, as a cell style (top-aligned in a ``tall`` row)."""
    by_level = {level: _style(cell) for level, cell in URGENCY.items()}
    wrapped = {level: _style(cell) for level, cell in WRAPPED_URGENCY.items()}
    levels = items["urgency"].tolist()
    tall = tall or [False] * len(levels)
    return [(wrapped if t else by_level)[level] for level, t in zip(levels, tall, strict=True)]
