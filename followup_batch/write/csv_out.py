"""CSV write-back: the user's fields byte for byte as they were written, the owned columns
replaced or appended, and the tool's text guarded against spreadsheet formula injection.

The reader (``read.csv_cells``) keeps each field's raw text beside its value; here the user's
raw fields are joined unchanged and ours are appended with minimal quoting, in the file's own
delimiter, line ending, encoding and byte-order mark.
"""

from __future__ import annotations

import codecs
import functools
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

import pandas as pd

from followup_batch.errors import UnsafeWrite
from followup_batch.read.code_pages import ENCODING_NAMES, UTF8_CHARACTER
from followup_batch.read.csv_cells import BOMS, STRAYS_KEPT, CsvFormat, CsvTable, mixed_text
from followup_batch.read.csv_records import EXCEL_COLUMNS
from followup_batch.read.table import RawTable
from followup_batch.text import PLAIN_LETTERS
from followup_batch.write import atomic
from followup_batch.write.columns import (
    OWNED_COLUMNS,
    OWNED_DATE_COLUMNS,
    STATUS_WORDS,
    find_owned_columns,
    looks_written_by_the_tool,
)
from followup_batch.write.xlsx.xmlbytes import column_letter

CSV_DATE_FORMAT = "%Y-%m-%d"
# The user's own date columns whose style the tool's dates follow (they hold real dates).
STYLE_FIELDS = ("interview_at", "applied_at")
_NUMERIC_DATE = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})")
# Text starting with these is read as a formula by spreadsheet programs opening a CSV.
FORMULA_STARTS = ("=", "+", "-", "@")
# Control characters become spaces; only the line feed stays (a quoted field may hold it).
# Tab and carriage return go too: a leading one is another way to sneak in a formula.
CSV_CONTROL_CHARACTERS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


def write_csv(
    table: RawTable,
    owned: pd.DataFrame,
    target: Path,
    *,
    backup: bool,
    backups_kept: int,
    expected: atomic.Fingerprint | None = None,
    refuse_change: Exception | None = None,
    notes: list[str] | None = None,
    news: list[str] | None = None,
) -> bool:
    """Write the CSV with the owned columns to ``target``, atomically; ``expected`` as for
    ``write.write_results`` (the version read: in place, a save since is kept; written
    elsewhere, a save of the tracker since is refused, nothing written). ``refuse_change`` is
    raised, nothing written, when ``target`` does not hold the result already (it is open).
    Returns whether ``target`` was replaced (not when it held the result already).
    ``notes``, when given, gets ``SPELT_NOTE`` when the file's encoding cannot hold some of
    the person's characters the tool writes (their name, their template's words), true of the
    file as long as it stays so; ``news``, when given, ``UTF8_AGAIN_NOTE`` when this write
    turns the tool's "->" into "→" (``utf8_again_note``): said by that write alone, never by
    a re-run that finds the file holds its result (ot98 F11)."""
    if table.csv is None:
        raise UnsafeWrite(
            f"{Path(table.path).name}: the CSV was read without its raw text; "
            "read it again with reader.read_trackers before writing"
        )
    spelt: dict[str, str] = {}
    data = render_csv(table, owned, spelt)
    if notes is not None and spelt:
        notes.append(spelt_note(table.csv.fmt, spelt))
    again = utf8_again_note(table, owned) if news is not None else None
    in_place = atomic.replaces(target, Path(table.path))
    # Written elsewhere (--output): the CSV read, as it was read; one saved since gives no
    # output of the version before that save (ot84/ot85).
    watch = {} if in_place else {Path(table.path): expected}
    if expected is not None:
        atomic.source_changed(watch, target)
    if _holds(target, data):
        return False  # the file already says this: no write, no backup
    if refuse_change is not None:
        raise refuse_change

    def write(temp: Path) -> None:
        temp.write_bytes(data)

    written = atomic.replace_atomically(
        target,
        write,
        backup=backup,
        backups_kept=backups_kept,
        expected=expected if in_place else None,
        watch=watch,
    ).written
    if news is not None and again and written:
        news.append(again)
    return written


def spelt_said(table: RawTable, owned: pd.DataFrame) -> tuple[str | None, str | None]:
    """The ``SPELT_NOTE`` that writing ``owned`` into ``table``'s CSV gives (``write_csv``),
    None when the file holds every character, and its ``UTF8_AGAIN_NOTE`` as a dry run says
    it (``utf8_again_note``), None when the write would not turn "->" into "→": what
    ``run --dry-run`` says of them."""
    assert table.csv is not None
    spelt: dict[str, str] = {}
    render_csv(table, owned, spelt)
    note = spelt_note(table.csv.fmt, spelt) if spelt else None
    return note, utf8_again_note(table, owned, dry_run=True)


def holds_result(table: RawTable, owned: pd.DataFrame) -> bool:
    """The CSV ``table`` was read from holds ``owned`` already: its write in place would
    change nothing (``write_csv``), for a dry run to tell."""
    return _holds(Path(table.path), render_csv(table, owned))


def _holds(target: Path, data: bytes) -> bool:
    try:
        return target.stat().st_size == len(data) and target.read_bytes() == data
    except OSError:
        return False


def render_csv(table: RawTable, owned: pd.DataFrame, spelt: dict[str, str] | None = None) -> bytes:
    """The CSV's bytes with the owned columns replaced or appended; user fields unchanged.
    ``spelt``, when given, gets the characters written otherwise (``spelt_away``)."""
    csv = table.csv
    assert csv is not None
    header_index = table.header_row - 1
    header = csv.values[header_index] if header_index < len(csv.values) else []
    # Every record from the header down may be written some day (a row filled in later):
    # the tool's new columns go right of all of them, so they never land on a user's note.
    widest = max([len(header), *(_filled_width(r) for r in csv.raw[header_index:])])
    below = csv.values[header_index + 1 :]

    style = user_date_style(table)

    def looks_ours(key: str, column: int, *, any_style: bool = False) -> bool | None:
        cells = (record[column] if column < len(record) else "" for record in below)
        pattern = style.pattern if style else None
        return looks_written_by_the_tool(key, cells, pattern, any_style=any_style)

    positions = owned_positions(header, widest, looks_ours)
    new = [column for column in positions if column >= len(header)]
    if new and max(new) >= EXCEL_COLUMNS:
        # The file could be written, but not read again, nor opened whole in Excel.
        raise UnsafeWrite(past_last_column(widest, len(new), max(new)))
    status = positions[list(OWNED_COLUMNS).index("status")]
    blank = [""] * len(OWNED_COLUMNS)
    records = _csv_records(owned, style)
    # A tracker row ``owned`` leaves out keeps what it holds (``write_results``).
    kept = set(table.cells.index.difference(owned.index))
    ours: list[list[str]] = []
    for number, values in zip(csv.line_numbers, csv.values, strict=True):
        if number == table.header_row:
            ours.append(list(OWNED_COLUMNS.values()))
        elif number in records:
            ours.append(records[number])
        elif (
            number > table.header_row
            and number not in kept
            and status < len(values)
            and values[status] in STATUS_WORDS
        ):
            # An earlier run's answer in a row no longer written (emptied, a totals row, a
            # group label): taken out, so no row shows a follow-up for a row that is gone.
            ours.append(blank)
        else:
            ours.append([])
    return render(csv, positions, ours, spelt)


def past_last_column(widest: int, new: int, last: int, *, read: bool = False) -> str:
    """Why the tool's ``new`` columns, the last at ``last`` (0-based), cannot go right of a
    CSV whose fields reach column ``widest``; ``read``: refused as it is read."""
    fix = "nothing was read or written. Remove" if read else "remove"
    return (
        f"the file's fields reach column {column_letter(widest)}, so the tool's {new} new "
        f"columns would go past column XFD, the last one a sheet has; {fix} "
        f"{last - EXCEL_COLUMNS + 1} columns you do not need and run again"
    )


def too_wide_for_the_tool(header: list[str], raws: list[list[str]]) -> str | None:
    """``past_last_column`` for a CSV (its ``header`` row's values, the ``raws`` of its records
    from the header down) whose fields leave no room for the tool's columns that its header
    lacks: asked as it is read, so that such a file is refused at once, not after the whole
    run's work on 16,384 columns (ot148 F4: 175 s). A lower bound of what ``render_csv`` adds
    (which of two columns of one header is the tool's is not settled here); None when the
    columns fit or that cannot be told yet."""
    widest = max([len(header), *(_filled_width(r) for r in raws)])
    if widest + len(OWNED_COLUMNS) < EXCEL_COLUMNS:
        return None
    try:
        found = find_owned_columns(enumerate(header))
    except UnsafeWrite:
        return None  # repeated headers: the write settles them, and says so
    missing = len(OWNED_COLUMNS) - len(found)
    last = widest + missing - 1
    if missing and last >= EXCEL_COLUMNS:
        return past_last_column(widest, missing, last, read=True)
    return None


def _filled_width(raws: list[str]) -> int:
    """The fields up to the record's last one that holds anything (a field written as "" is
    something: only a field with no text at all is empty)."""
    width = len(raws)
    while width and not raws[width - 1]:
        width -= 1
    return width


class LooksOurs(Protocol):
    """Whether a CSV's column under an owned header holds what the tool writes there
    (``looks_written_by_the_tool``); ``any_style``: its dates in any style a spreadsheet
    saves them in."""

    def __call__(self, key: str, column: int, *, any_style: bool = False) -> bool | None: ...


def owned_positions(
    header: list[str], widest: int, looks_ours: LooksOurs | None = None
) -> list[int]:
    """Where each owned column goes (0-based, in ``OWNED_COLUMNS`` order): where the header
    has it (``find_owned_columns``), else one after another after the widest record, so that
    no user field, labelled or not, is ever overwritten or dropped.

    A CSV has no notes to mark the tool's headers, so what the columns hold decides: a set
    of the tool's headers whose columns mostly hold what the tool does not write there (a
    user's own "Follow-up status" of "emailed Dana") is the user's, and the tool appends its
    own. Under the tool's whole set of headers (no person makes all twelve) its date columns
    count as the tool's in any style a spreadsheet writes: Excel saving the file rewrites
    every date in its locale's style, 11/24/2026 (report ot34 F1). Under fewer, only ISO or
    the person's own style does, so six hand-made due columns of dates stay the person's."""
    found = find_owned_columns(
        enumerate(header), looks_ours=looks_ours, letter=lambda c: column_letter(c + 1)
    )
    if found and looks_ours is not None:
        whole = len(found) == len(OWNED_COLUMNS)
        said = [looks_ours(key, column, any_style=whole) for key, column in found.items()]
        if said.count(False) > said.count(True):
            found = {}
    next_free = max(widest, max(found.values(), default=-1) + 1)
    positions = []
    for key in OWNED_COLUMNS:
        if key in found:
            positions.append(found[key])
        else:
            positions.append(next_free)
            next_free += 1
    return positions


@dataclass(frozen=True)
class DateStyle:
    """How the user writes dates in a CSV's own date columns: 11/24/2026 (month first, "/",
    no leading zeros, four-digit year), 24.11.26, 01-05-2026, 5/01/2027 (Excel in Australia
    and New Zealand: the month's zero, not the day's), ..."""

    dayfirst: bool
    separator: str
    day_padded: bool
    month_padded: bool
    year_digits: int

    def format(self, day: pd.Timestamp) -> str:
        days = f"{day.day:02d}" if self.day_padded else str(day.day)
        months = f"{day.month:02d}" if self.month_padded else str(day.month)
        first, second = (days, months) if self.dayfirst else (months, days)
        year = f"{day.year:04d}" if self.year_digits == 4 else f"{day.year % 100:02d}"
        return f"{first}{self.separator}{second}{self.separator}{year}"

    @property
    def pattern(self) -> re.Pattern[str]:
        """What ``format`` writes (any date of this style)."""
        days = r"\d{2}" if self.day_padded else r"\d{1,2}"
        months = r"\d{2}" if self.month_padded else r"\d{1,2}"
        first, second = (days, months) if self.dayfirst else (months, days)
        sep = re.escape(self.separator)
        return re.compile(rf"{first}{sep}{second}{sep}\d{{{self.year_digits}}}")


# How a column's dates write a day and a month below 10: True with a leading zero (05),
# False without (5), None when none of them is below 10 (24/12/2026 does not tell).
Padding = tuple[bool | None, bool | None]


def user_date_style(table: RawTable) -> DateStyle | None:
    """The style of the user's own dates, for the tool's dates beside them, or None (the tool
    writes ISO 2026-11-24): that of a column of ``STYLE_FIELDS`` most of whose filled cells
    are numeric dates of one unambiguous style (``date_style_of``), the Interview Date's first.

    Stable between runs: when another column's style would do as well, the style the tool's
    date columns already hold is kept, so one cell a user fixes in the other column ("next
    Tues" -> 12/01/2026) does not rewrite every date the tool wrote."""
    found = [
        (style, _padding_shown(table.cells[name], style.dayfirst))
        for name in STYLE_FIELDS
        if name in table.cells
        for style in [date_style_of(table.cells[name])]
        if style is not None
    ]
    if not found:
        return None
    candidates = [_padding_settled(table, style, shown, found) for style, shown in found]
    written = date_style_of(_written_dates(table))
    return written if written in candidates else candidates[0]


def _padding_settled(
    table: RawTable, style: DateStyle, shown: Padding, found: list[tuple[DateStyle, Padding]]
) -> DateStyle:
    """``style`` with the day, and the month, padded as its column shows them (``shown``).
    A part the column does not show (every day 10 or more: 24/12/2026, 15/10/2026) is padded
    as a column of the same order shows it (ot38 F11), else as any of the user's dates of the
    separator do, whatever their column's order (02.11.2026 beside 16.12.2026, ot61 F4), else
    as the other part is (05/10/2026: 06/11/2026), else as the spreadsheet's own habit has it
    (``zeros_by_default``)."""
    others = [s for other, s in found if other.dayfirst == style.dayfirst]
    anywhere = _padding_shown(_user_dates(table, style.separator), style.dayfirst)

    def settled(part: int) -> bool | None:
        sources = [shown[part], *(s[part] for s in others), anywhere[part]]
        return next((padded for padded in sources if padded is not None), None)

    day, month = settled(0), settled(1)
    default = zeros_by_default(style)
    day_padded = day if day is not None else month if month is not None else default
    month_padded = month if month is not None else day_padded
    return replace(style, day_padded=day_padded, month_padded=month_padded)


def zeros_by_default(style: DateStyle) -> bool:
    """Whether a day or month below 10 is written with a leading zero when none of the
    user's dates shows how: day-first, as Excel writes dates in Europe (08.01.2027,
    08/01/2027); month-first not, as Excel and Google Sheets write them in the US (1/8/2027)."""
    return style.dayfirst


def _user_dates(table: RawTable, separator: str) -> list[str]:
    """The user's numeric dates of ``separator`` in any of ``STYLE_FIELDS``, whatever their
    column holds besides."""
    return [
        value
        for name in STYLE_FIELDS
        if name in table.cells
        for value in table.cells[name]
        if isinstance(value, str)
        for match in [_NUMERIC_DATE.fullmatch(value.strip())]
        if match is not None and match[2] == separator
    ]


def _padding_shown(cells: Iterable[object], dayfirst: bool) -> Padding:
    """How ``cells``' numeric dates, read day first or month first, write a day and a month
    below 10 (``Padding``): with a zero when any does (one zero is enough: 02.11.2026)."""
    small: tuple[list[str], list[str]] = ([], [])
    for value in cells:
        match = _NUMERIC_DATE.fullmatch(value.strip()) if isinstance(value, str) else None
        if match is None:
            continue
        day, month = (match[1], match[3]) if dayfirst else (match[3], match[1])
        for part, text in enumerate((day, month)):
            if int(text) < 10:
                small[part].append(text)
    day_shown, month_shown = (
        any(len(text) == 2 for text in texts) if texts else None for texts in small
    )
    return day_shown, month_shown


def date_style_of(cells: Iterable[object]) -> DateStyle | None:
    """The style of ``cells``' filled text, or None unless it is unambiguous and consistent:
    more than half of the filled cells numeric dates of one separator and one year length
    (the others, "8-Jul" or "8/82019" among a hundred 9/25/2019, are typos or notes that do
    not make the whole sheet's dates ISO: ot144 F6), their order settled by a value
    (13/11/2026 is day-first, 11/24/2026 month-first, and none of them says otherwise), and
    their days, as their months, written with a leading zero either always (01/05/2026) or
    never. The day and the month keep their own zeros: Excel in Australia and New Zealand
    writes 5/01/2027 (d/mm/yyyy), and the tool writes 6/01/2027 beside it (ot76 F2); a part
    none of them shows below 10 is padded as the other part is."""
    filled = [str(v).strip() for v in cells if isinstance(v, str) and v.strip()]
    found = [m for m in map(_NUMERIC_DATE.fullmatch, filled) if m is not None]
    styles = Counter((m[2], len(m[4])) for m in found)
    if not styles:
        return None
    style, count = styles.most_common(1)[0]
    if count * 2 <= len(filled):
        return None
    matches = [m for m in found if (m[2], len(m[4])) == style]
    values = [m[0] for m in matches]
    firsts = [int(m[1]) for m in matches]
    seconds = [int(m[3]) for m in matches]
    dayfirst = any(a > 12 for a in firsts)
    monthfirst = any(b > 12 for b in seconds)
    if dayfirst == monthfirst:
        return None  # nothing settles the order, or the values contradict each other
    for part in (1, 3):  # 11/3/2026 beside 11/05/2026: no one style
        if {len(m[part]) for m in matches if int(m[part]) < 10} == {1, 2}:
            return None
    day, month = _padding_shown(values, dayfirst)
    day_padded = day if day is not None else bool(month)
    month_padded = month if month is not None else day_padded
    return DateStyle(dayfirst, matches[0][2], day_padded, month_padded, len(matches[0][4]))


def _written_dates(table: RawTable) -> list[str]:
    """The cells under the CSV's headers of the tool's date columns: an earlier run's dates."""
    csv = table.csv
    assert csv is not None
    header_index = table.header_row - 1
    header = csv.values[header_index] if header_index < len(csv.values) else []
    titles = {OWNED_COLUMNS[key] for key in OWNED_DATE_COLUMNS}
    columns = [c for c, text in enumerate(header) if text.strip() in titles]
    return [
        record[c] for record in csv.values[header_index + 1 :] for c in columns if c < len(record)
    ]


def _csv_records(owned: pd.DataFrame, style: DateStyle | None) -> dict[int, list[str]]:
    """Each owned row's fields by its line number, in ``OWNED_COLUMNS`` order: dates in the
    user's style (else ``CSV_DATE_FORMAT``), texts guarded. Column by column: a row at a time
    through ``.loc`` cost two milliseconds a row."""
    columns = []
    for key in OWNED_COLUMNS:
        values = owned[key].tolist()
        if key in OWNED_DATE_COLUMNS:
            columns.append([_csv_date(value, style) for value in values])
        else:
            columns.append([guard_csv_text(value) for value in values])
    return {
        int(number): list(fields)
        for number, fields in zip(owned.index, zip(*columns, strict=True), strict=True)
    }


def _csv_date(value: object, style: DateStyle | None) -> str:
    if value is None or pd.isna(value):
        return ""
    stamp = pd.Timestamp(value)
    return style.format(stamp) if style is not None else stamp.strftime(CSV_DATE_FORMAT)


def guard_csv_text(value: object) -> str:
    """Tool text made safe for a CSV opened in a spreadsheet: no formulas, no control codes.

    A leading apostrophe is how spreadsheet users themselves mark "this is text".
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    text = CSV_CONTROL_CHARACTERS.sub(" ", str(value))
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text_as_written(text: str, encoding: str, mixed: str | None = None) -> str:
    """The tool's ``text`` as a CSV in ``encoding`` holds it once written: each character the
    encoding lacks spelt as ``render`` spells it ("→" as "->" in cp1252); in a file holding
    UTF-8 text too (``mixed``: ``CsvFormat.mixed``) as the next run reads it back. (The formula
    guard's apostrophe and white space are the hash's business, ``hand_edits.text_hash``;
    control characters, which only a person's own cell could bring in, are not looked for.)"""
    if mixed is not None and not text.isascii():
        return mixed_text(text.encode(mixed, errors=SUBSTITUTE_MIXED), mixed)
    spellings = _spellings_needed(encoding)
    if spellings is None or text.isascii():  # held as it is (``isascii`` costs nothing)
        return text
    # What the codec error handler does, at C speed (``str.translate`` is ten times slower).
    for ch, spelt in spellings:
        if ch in text:
            text = text.replace(ch, spelt)
    try:
        text.encode(encoding)
    except UnicodeEncodeError:  # a character the table does not spell ("Ł")
        return text.encode(encoding, errors=SUBSTITUTE).decode(encoding)
    return text


@functools.lru_cache(maxsize=16)
def _spellings_needed(encoding: str) -> tuple[tuple[str, str], ...] | None:
    """The ``SUBSTITUTES`` of the characters ``encoding`` lacks; None for a Unicode encoding,
    which holds every character the tool writes."""
    if codecs.lookup(encoding).name.startswith("utf"):
        return None
    spellings = []
    for ch, spelt in SUBSTITUTES.items():
        try:
            ch.encode(encoding)
        except UnicodeEncodeError:
            spellings.append((ch, spelt))
    return tuple(spellings)


def quote(value: str, delimiter: str) -> str:
    """A field as csv would write it with minimal quoting."""
    if any(ch in value for ch in (delimiter, '"', "\n", "\r")) or value != value.strip(" "):
        return '"' + value.replace('"', '""') + '"'
    return value


def render(
    table: CsvTable,
    positions: Sequence[int],
    ours: Sequence[Sequence[str]],
    spelt: dict[str, str] | None = None,
) -> bytes:
    """The file's bytes: each record's raw fields, with our values at ``positions``.

    ``ours`` has one list of values per record (the header record included), in the order of
    ``positions``, or an empty list for a record left as it is. A record shorter than our
    columns is padded with empty fields so they line up; every other field stays as it was.
    ``spelt``, when given, gets each character of ours the file cannot hold that is not the
    tool's own punctuation, with how it is written (``spelt_away``), in the order written.
    """
    fmt = table.fmt
    width = max(positions, default=-1) + 1
    # The user's fields came from this encoding and go back exactly, a UTF-8 file's stray
    # bytes too (``CsvFormat.strays``); the tool's text may hold a character it lacks ("→" in
    # cp1252), spelt then in characters it has ("->"). Encoded a record at a time: one string
    # of the whole file holding a single "—" takes two to four bytes a character.
    errors = STRAYS_KEPT if fmt.strays else SUBSTITUTE_MIXED if fmt.mixed else SUBSTITUTE
    # Into one buffer, whose bytes are returned without a copy: a list of the records' bytes
    # joined held the file twice (a 1,000,000-row tracker's output is over 1 GB).
    data = io.BytesIO()
    data.write(BOMS[fmt.encoding] if fmt.bom else b"")
    for raws, extra, end in zip(table.raw, ours, table.ends, strict=True):
        fields = list(raws)
        if extra:
            fields += [""] * (width - len(fields))
            for at, value in zip(positions, extra, strict=True):
                # Spelt before it is quoted: a '"' spelt for "“" is then escaped like any other.
                written = csv_text_as_written(value, text_encoding(fmt), fmt.mixed)
                if spelt is not None and written != value:
                    spelt.update(spelt_away(value, text_encoding(fmt), fmt.mixed))
                fields[at] = _in_text_encoding(quote(written, fmt.delimiter), fmt)
        data.write((fmt.delimiter.join(fields) + end).encode(fmt.encoding, errors=errors))
    return data.getvalue()


def text_encoding(fmt: CsvFormat) -> str:
    """The encoding the tool's own text in a CSV of ``fmt`` is written in: its file's, but
    ASCII in a file of ASCII alone (``CsvFormat.ascii_text``), which Excel reads in the Windows
    code page, where UTF-8's "→" shows as "â†’" (ot96 F4)."""
    return "ascii" if fmt.ascii_text else fmt.encoding


def spelt_away(text: str, encoding: str, mixed: str | None = None) -> list[tuple[str, str]]:
    """Each character of ``text`` that a CSV in ``encoding`` (``mixed``: as for
    ``csv_text_as_written``) cannot hold and that is not the tool's own punctuation
    (``TOOL_PUNCTUATION``, spelt silently), with how it is written: the letters and words a
    person gave the tool (``("Ł", "L")`` of a sender's name, ``("日", "U+65E5")`` of a
    template's text), in the order they come."""
    if text.isascii() or (mixed is None and _spellings_needed(encoding) is None):
        return []
    # Each character once, at C speed, then the few the file lacks in the order they come.
    lacking = [ch for ch in set(text) if _written_for(ch, encoding, mixed) is not None]
    lacking.sort(key=text.index)
    return [(ch, _written_for(ch, encoding, mixed) or ch) for ch in lacking]


@functools.lru_cache(maxsize=4096)
def _written_for(ch: str, encoding: str, mixed: str | None) -> str | None:
    """How a CSV in ``encoding`` holds ``ch`` when that is not ``ch`` itself, nor the tool's
    own punctuation; else None."""
    if ch.isascii() or ch in TOOL_PUNCTUATION:
        return None
    written = csv_text_as_written(ch, encoding, mixed)
    return None if written == ch else written


SPELT_SHOWN = 5  # characters named by ``SPELT_NOTE``
SPELT_NOTE = (
    "the file is saved in {encoding}, which cannot hold {characters} of the drafts; they are "
    "written as {written}; save the file as CSV UTF-8{or_run} to keep them"
)
# What ``SPELT_NOTE`` calls a file of ASCII alone (``CsvFormat.ascii_text``), and its other
# way to keep them: a file from Google Sheets stays ASCII alone, however it is saved.
ASCII_NAME = "ASCII alone (as Excel saves a CSV in the Windows code page)"
ASCII_OR_RUN = ", or run it with --encoding utf-8,"
# Said once, by the run that writes the tool's text of a file it wrote in ASCII
# (``CsvFormat.ascii_text``) in UTF-8, the file being UTF-8 now: ``UTF8_BECAUSE`` says why.
UTF8_AGAIN_NOTE = (
    'the file is UTF-8 now ({because}), so {writes} own text in UTF-8 too: "→" '
    'where it wrote "->"{excel}'
)
# Who writes in ``UTF8_AGAIN_NOTE``: a run, or, said by a dry run, the run it tells of.
UTF8_WRITES = {False: "the tool writes its", True: "a run would write the tool's"}
UTF8_BECAUSE = {
    "letter": 'it holds "{letter}"',
    "bom": "it has a byte-order mark",
    "named": "as --encoding or the config's encoding says",
}
# Excel on Windows opens a CSV without a byte-order mark in the Windows code page.
UTF8_EXCEL = (
    "; Excel on Windows opens a CSV without a byte-order mark in its code page, which shows "
    'UTF-8\'s "→" as "â†’": save the file as "CSV UTF-8", or open it with Data > From Text/CSV'
)


def spelt_note(fmt: CsvFormat, spelt: dict[str, str]) -> str:
    """``SPELT_NOTE`` for the characters ``spelt`` (character -> as written) of a CSV of
    ``fmt``, the first ``SPELT_SHOWN`` of them named."""
    shown = list(spelt.items())[:SPELT_SHOWN]
    more = len(spelt) - len(shown)
    characters = ", ".join(f'"{ch}"' for ch, _ in shown)
    written = ", ".join(f'"{text}"' for _, text in shown)
    if more:
        characters += f" and {more} more character{'' if more == 1 else 's'}"
        written += " …"
    encoding = fmt.mixed or text_encoding(fmt)
    if encoding == "ascii":
        name, or_run = ASCII_NAME, ASCII_OR_RUN
    else:
        name, or_run = ENCODING_NAMES.get(encoding, encoding), ""
    return SPELT_NOTE.format(encoding=name, characters=characters, written=written, or_run=or_run)


def utf8_again_note(table: RawTable, owned: pd.DataFrame, *, dry_run: bool = False) -> str | None:
    """``UTF8_AGAIN_NOTE`` when writing ``owned`` into ``table``'s CSV puts "→" in a Why cell
    that holds the tool's "->" (a file of ASCII alone the tool wrote in ASCII, which a person
    has since saved with a letter beyond ASCII, a byte-order mark, or run with --encoding
    utf-8); else None. Those cells are the tool's (their hashes are in the last run's record):
    only their spelling changes, which a person opening the file in Excel sees. ``dry_run``:
    worded as ``run --dry-run`` says what a run would write."""
    assert table.csv is not None
    fmt = table.csv.fmt
    if table.owned_cells is None or "why" not in table.owned_cells or "why" not in owned:
        return None
    if csv_text_as_written("→", text_encoding(fmt), fmt.mixed) != "→":
        return None  # the file cannot hold it: the tool still writes "->"
    then = table.owned_cells["why"].reindex(owned.index).astype("string")
    now = owned["why"].astype("string")
    spelt = then.str.contains("->", regex=False) & ~then.str.contains("→", regex=False)
    if not (spelt & now.str.contains("→", regex=False)).fillna(False).any():
        return None
    letter = _first_letter_beyond_ascii(table.csv, set(table.owned_at.values()))
    if letter is not None:
        because = UTF8_BECAUSE["letter"].format(letter=letter)
    else:
        because = UTF8_BECAUSE["bom" if fmt.bom else "named"]
    excel = "" if fmt.bom or not fmt.encoding.startswith("utf-8") else UTF8_EXCEL
    return UTF8_AGAIN_NOTE.format(because=because, writes=UTF8_WRITES[dry_run], excel=excel)


def _first_letter_beyond_ascii(csv: CsvTable, owned: set[int]) -> str | None:
    """The first character beyond ASCII of the person's fields (not the tool's columns)."""
    for values in csv.values:
        for at, value in enumerate(values):
            if at not in owned and not value.isascii():
                return next(ch for ch in value if not ch.isascii())
    return None


def _in_text_encoding(value: str, fmt: CsvFormat) -> str:
    """The tool's ``value`` for a mixed file read as Latin-1 (a byte Windows-1252 lacks inside
    a pasted UTF-8 character) but whose text is Windows-1252 or Mac Roman (``CsvFormat.mixed``):
    written in that text encoding, as the next run reads it ("–" as Windows-1252's 0x96, not
    spelt "-" because Latin-1 lacks it), in the Latin-1 characters that carry those bytes."""
    if fmt.mixed is None or fmt.mixed == fmt.encoding or value.isascii():
        return value
    return value.encode(fmt.mixed, errors=SUBSTITUTE_MIXED).decode(fmt.encoding)


# The tool's own punctuation that legacy encodings (cp1252, latin-1) may lack, in characters
# they have: spelt silently, as the text reads the same.
TOOL_PUNCTUATION = {
    "→": "->",
    "←": "<-",
    "≤": "<=",
    "≥": ">=",
    "−": "-",
    "–": "-",
    "—": "-",
    "…": "...",
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "•": "*",
    "\u00a0": " ",
}
# And the person's own characters the tool writes (a sender's name, a template's words): spelt
# as well, but said (``SPELT_NOTE``), as they are the person's words.
SUBSTITUTES = {
    **TOOL_PUNCTUATION,
    "✓": "yes",
    **PLAIN_LETTERS,
}
SUBSTITUTE = "followup-batch-substitute"


def _substitute(error: UnicodeError) -> tuple[str, int]:
    """A codec error handler: each character the encoding lacks, spelt in ones it has
    (a table, else its accents dropped, else its code point) — never a silent "?"."""
    assert isinstance(error, UnicodeEncodeError)
    spelt = []
    for ch in error.object[error.start : error.end]:
        plain = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
        spelt.append(SUBSTITUTES.get(ch) or plain or f"U+{ord(ch):04X}")
    return "".join(spelt), error.end


codecs.register_error(SUBSTITUTE, _substitute)
SUBSTITUTE_MIXED = "followup-batch-substitute-mixed"


def _substitute_mixed(error: UnicodeError) -> tuple[bytes, int]:
    """``_substitute`` for a file that holds UTF-8 text too (``CsvFormat.mixed``): a character
    of the person's that the encoding lacks ("📞" of a Topic quoted in a draft) is written in
    UTF-8, as their own cell holds it and as the next run reads it (``UTF8_CHARACTER``), not
    "U+1F4DE"; the tool's own punctuation ("→") is spelt as in any file of the encoding."""
    assert isinstance(error, UnicodeEncodeError)
    spelt = []
    for at, ch in enumerate(error.object[error.start : error.end], start=error.start):
        if ch not in SUBSTITUTES and UTF8_CHARACTER.fullmatch(encoded := ch.encode("utf-8")):
            spelt.append(encoded)
            continue
        one = UnicodeEncodeError(error.encoding, error.object, at, at + 1, error.reason)
        spelt.append(_substitute(one)[0].encode(error.encoding, errors=SUBSTITUTE))
    return b"".join(spelt), error.end


codecs.register_error(SUBSTITUTE_MIXED, _substitute_mixed)
