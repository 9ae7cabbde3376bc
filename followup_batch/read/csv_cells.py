"""CSV trackers read as text, each field kept as written so it can go back byte for byte.

The ``csv`` module parses values but forgets how they were written (quotes, spacing), so
re-serialising would reformat the user's cells. Instead the tokenizer (``csv_records``) keeps
each field's raw text beside its value; writing (``write.csv_out``) joins the user's raw
fields unchanged and appends ours.
"""

from __future__ import annotations

import codecs
import collections
import csv
import dataclasses
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from followup_batch.errors import UnsupportedFile
from followup_batch.read.code_pages import (
    ENCODING_NAMES,
    LEGACY,
    UTF8_CHARACTER,
    distinct_high_words,
    legacy_encoding,
    western_encoding,
)
from followup_batch.read.csv_records import (
    EXCEL_COLUMNS,
    MultiLineCell,
    TooWide,
    UnclosedQuote,
    tokenize,
)
from followup_batch.read.sniff import mebibytes, size_over

DELIMITERS = ",;\t|"
MAX_CSV_BYTES = 200 * 1024 * 1024
SNIFF_LINE_CHARACTERS = 1024
# A zero byte or two in a text file (a sync tool's or an editor's slip) is a character of the
# cell it is in, read and written back as it is, and said; more make the file binary data.
MOST_ZERO_BYTES_KEPT = 2
SNIFF_CHARACTERS = 1 << 20  # the delimiter is told from the first 50 lines within these


@dataclass(frozen=True)
class CsvFormat:
    encoding: str = "utf-8"
    bom: bool = False
    delimiter: str = ","
    newline: str = "\n"
    final_newline: bool = True
    # A file in a legacy encoding that holds text pasted in as UTF-8 too ("📞" beside "Müller"
    # in Windows-1252): the encoding its other bytes are read in (``mixed_values``); None when
    # the file is in one encoding.
    mixed: str | None = None
    # A UTF-8 file holding bytes that are not UTF-8 (a name typed in another program,
    # ``utf8_but_for_strays``): the legacy encoding those bytes are read in (``read_strays``).
    # The raw fields hold them as surrogates (``surrogateescape``), so they go back as they were.
    strays: str | None = None
    # A file of ASCII alone, without a byte-order mark, its encoding not named (as Excel's
    # "CSV (Comma delimited)" saves one, in the Windows code page): nothing in it says UTF-8,
    # so the tool's own text goes in ASCII ("→" as "->"), which every reading holds (ot96 F4).
    ascii_text: bool = False


@dataclass
class CsvTable:
    fmt: CsvFormat
    values: list[list[str]] = field(default_factory=list)  # one list of values per record
    raw: list[list[str]] = field(default_factory=list)  # the same fields as written in the file
    line_numbers: list[int] = field(default_factory=list)  # 1-based record number per record
    ends: list[str] = field(default_factory=list)  # each record's own line break ('' for none)
    notes: list[str] = field(default_factory=list)  # what a run says of it without -v (strays)
    # Its quoted cells over line breaks (record index, cell), weighed by ``refuse_runaway_quote``
    # once the header row is known.
    multi_line: list[tuple[int, MultiLineCell]] = field(default_factory=list)


def decode(
    data: bytes, encoding: str | None = None, country: str | None = None
) -> tuple[str, str, bool]:
    """Text, encoding and whether a byte-order mark was present (``BOMS``). A file that is UTF-8 but
    for some stray bytes (after a byte-order mark, or ``utf8_but_for_strays``) is UTF-8, those
    bytes held in the text as surrogates (``surrogateescape``: ``read_strays`` reads them).
    ``country`` is the config's, a clue to a code page (``legacy_encoding``)."""
    if encoding:
        try:
            read_in, marked = _without_mark(data, encoding)
            start = len(BOMS[read_in]) if marked else 0
            return str(memoryview(data)[start:], read_in), read_in, marked
        except LookupError:
            raise UnsupportedFile(
                f"no encoding is named {encoding!r}: check the --encoding name (cp1252, "
                "latin-1, utf-8)"
            ) from None
        except UnicodeDecodeError as exc:
            raise UnsupportedFile(not_in_encoding(data, encoding, start + exc.start)) from None
    # The bytes after a byte-order mark are decoded through a view, not a copy of the file.
    if data.startswith(codecs.BOM_UTF8):
        return str(memoryview(data)[len(codecs.BOM_UTF8) :], "utf-8", STRAYS_KEPT), "utf-8", True
    for bom, utf16 in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):  # named by its byte order, so it goes back the same way
            return str(memoryview(data)[len(bom) :], utf16), utf16, True
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        if utf8_but_for_strays(data):
            return data.decode("utf-8", STRAYS_KEPT), "utf-8", False
        legacy = legacy_encoding(data, country)
        try:
            return data.decode(legacy), legacy, False
        except UnicodeDecodeError:  # a byte Windows-1252 lacks inside a UTF-8 character
            return data.decode("latin-1"), "latin-1", False


def not_in_encoding(data: bytes, encoding: str, at: int) -> str:
    """Why ``data`` is not read in the ``encoding`` --encoding or the config names, its byte
    at offset ``at`` not of it: that byte, where it is (offset and line, as a dataset's part
    says a stray byte), and what to do, naming the encoding the file's own bytes tell
    (``decode``), never the one given again (ot110 F9: "'utf-8' codec can't decode byte 0xeb
    in position 167 ... try cp1252 or utf-8" under --encoding utf-8)."""
    chosen = _encoding_name(encoding)
    line = data.count(b"\n", 0, at) + 1
    said = (
        f"not {chosen} text as --encoding or the config's encoding says: byte "
        f"0x{data[at]:02x} at offset {at:,} (line {line:,}) is not {chosen}"
    )
    _, found, _ = decode(data)
    if codecs.lookup(found).name != codecs.lookup(encoding).name:
        return (
            f"{said}; the file reads as {_encoding_name(found)}: name that encoding "
            f"(--encoding {found}), or leave --encoding out to have it told from the file"
        )
    return (
        f"{said}; leave --encoding out: the file is then read as {chosen}, its few bytes that "
        "are not read in a legacy encoding and named"
    )


def _encoding_name(encoding: str) -> str:
    """An encoding as a person knows it: "UTF-8", "Windows-1252"."""
    named = codecs.lookup(encoding).name
    if named.startswith("utf-8"):
        return "UTF-8"
    return ENCODING_NAMES.get(named, ENCODING_NAMES.get(encoding, encoding))


# The byte-order mark of each encoding a CSV file may start with (``CsvFormat.bom``): read
# past, and written back.
BOMS = {
    "utf-8": codecs.BOM_UTF8,
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
}


def _without_mark(data: bytes, encoding: str) -> tuple[str, bool]:
    """The encoding ``data`` is read and written back in, byte order included, and whether
    it starts with a byte-order mark, for an ``--encoding`` whose name implies one: a file
    read as "utf-8-sig" (however spelt) or "utf-16" goes back with a mark only when it had
    one, and a UTF-16 one in its own byte order (the codec writes the machine's)."""
    named = codecs.lookup(encoding).name
    if named == "utf-8-sig" or (named == "utf-8" and data.startswith(codecs.BOM_UTF8)):
        return "utf-8", data.startswith(codecs.BOM_UTF8)
    if named == "utf-16":
        for order in ("utf-16-le", "utf-16-be"):
            if data.startswith(BOMS[order]):
                return order, True
        return f"utf-16-{sys.byteorder[0]}e", False  # the codec's reading without a mark
    return encoding, False


# Each from a word's first letter (tried from each letter in turn, each scanned the rest).
_NON_ASCII_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]*[^\x00-\x7f][^\W\d_]*")
# A word with a letter beyond ASCII ("Müller"), which a BOM ("\ufeffcompany") is not.
_NON_ASCII_LETTERS = re.compile(r"(?<![^\W\d_])[^\W\d_]*[^\W\d_\x00-\x7f][^\W\d_]*")


def forced_reading_garbles(data: bytes, encoding: str) -> str | None:
    """Why ``data`` is not to be read in ``encoding`` (``--encoding``, the config's
    ``encoding``), or None: a file that is UTF-8 with characters beyond ASCII, read in a code
    page, turns each of them into two or three ("Jürgen" into "JÃ¼rgen"), in every draft, and
    a guess would have taken UTF-8 (``decode``). Refused rather than read so: its drafts would
    misspell every such name and its cells would go back in the wrong encoding."""
    if not names_code_page(encoding) or data.isascii():
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    garbled = utf8_read_in(encoding, first_non_ascii_word(text))
    if garbled is None:
        return None
    return f"{garbled}; nothing was read or written. Run this file with --encoding utf-8"


def names_code_page(encoding: str) -> bool:
    """Whether ``encoding`` is a code page, in which a UTF-8 file's letters beyond ASCII come
    out garbled (``utf8_read_in``); False for a Unicode encoding and a name no codec has
    (which ``decode`` says)."""
    try:
        return not codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False


def first_non_ascii_word(text: str) -> str:
    """The first word of ``text`` (which holds a character beyond ASCII) with such a
    character: the one a refusal shows garbled, a word with a letter beyond ASCII when there
    is one (a BOM's invisible "\ufeffcompany" tells a person nothing, ot65 F10)."""
    word = _NON_ASCII_LETTERS.search(text) or _NON_ASCII_WORD.search(text)
    assert word is not None  # text holds a character beyond ASCII
    return word.group()


def utf8_read_in(encoding: str, word: str) -> str | None:
    """What is said of a UTF-8 file (a tracker, a dataset's part) that ``--encoding`` or the
    config forces into the code page ``encoding``, ``word`` the first of its words beyond
    ASCII: how that word would read; None when it reads the same."""
    garbled = word.encode("utf-8").decode(encoding, errors="replace")
    if garbled == word:
        return None
    named = codecs.lookup(encoding).name
    chosen = ENCODING_NAMES.get(named, ENCODING_NAMES.get(encoding, encoding))
    return (
        f"is UTF-8, not {chosen} as --encoding or the config's encoding says: read so, "
        f"{word!r} would be {garbled!r} in every draft"
    )


def mixed_values(values: list[str], fmt: CsvFormat) -> list[str]:
    """A mixed file's values (``CsvFormat.mixed``) as their writers meant them: each UTF-8
    character read as one ("📞", not "ðŸ“ž"), the other bytes in the file's own encoding.
    The raw fields stay as they were read, so the file goes back byte for byte."""
    assert fmt.mixed is not None
    return [
        value if value.isascii() else mixed_text(value.encode(fmt.encoding), fmt.mixed)
        for value in values
    ]


def mixed_text(data: bytes, encoding: str) -> str:
    """``data`` with each UTF-8 character read as one, the other bytes in ``encoding``."""
    return "".join(
        piece.decode("utf-8") if UTF8_CHARACTER.fullmatch(piece) else piece.decode(encoding)
        for piece in _UTF8_PIECES.split(data)
        if piece
    )


_UTF8_PIECES = re.compile(b"(" + UTF8_CHARACTER.pattern + b")")


# A UTF-8 decoder keeps each byte that is not UTF-8 as a surrogate of its own: the stray bytes
# of a UTF-8 file (a name typed or pasted in from a Windows-1252 or Mac Roman program), and the
# words holding them (between spaces, line breaks and delimiters).
STRAYS_KEPT = "surrogateescape"
STRAY_BYTES = re.compile(r"[\udc80-\udcff]+")
STRAY_WORD = re.compile(r"(?<![^\s,;|])[^\s,;|]*[\udc80-\udcff][^\s,;|]*")  # from a word's start


def utf8_but_for_strays(data: bytes) -> bool:
    """Whether bytes that are not UTF-8 as a whole are UTF-8 but for some stray bytes: more of
    their distinct words (``code_pages.distinct_high_words``) are UTF-8 than not ("Иван",
    "Петров", "Москва" beside one "Café" typed in another program). A Windows-1252 or Mac
    Roman file has more words of its own ("Müller", "Jürgen"), beside a few UTF-8 characters
    by chance ("CAFÉ’S") or pasted in ("📞"), and stays in its encoding (``western_encoding``,
    ``CsvFormat.mixed``).
    Words, not characters: a name of six Cyrillic letters is one piece of text, as a pasted
    "naïve résumé" is two."""
    words = distinct_high_words(data)
    utf8 = sum(1 for word in words if _is_utf8(word))
    return utf8 > len(words) - utf8


def _is_utf8(word: bytes) -> bool:
    try:
        word.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def strays_read_in(encoding: str) -> str:
    """The codec error handler that reads the bytes UTF-8 lacks in the legacy ``encoding``
    (``CsvFormat.strays``; latin-1 for a byte Windows-1252 lacks, as ``decode`` does)."""
    return f"followup-batch-{encoding}"


def _read_in(encoding: str) -> Callable[[UnicodeError], tuple[str, int]]:
    """``strays_read_in``'s handler, registered on import so that a worker process has it."""

    def handler(exc: UnicodeError) -> tuple[str, int]:
        assert isinstance(exc, UnicodeDecodeError)
        stray = bytes(exc.object[exc.start : exc.end])
        try:
            return stray.decode(encoding), exc.end
        except UnicodeDecodeError:
            return stray.decode("latin-1"), exc.end

    return handler


def read_strays(text: str, encoding: str) -> str:
    """``text`` whose stray bytes (``STRAYS_KEPT``) are read as characters of ``encoding``."""
    if text.isascii() or not STRAY_BYTES.search(text):
        return text
    return text.encode("utf-8", STRAYS_KEPT).decode("utf-8", strays_read_in(encoding))


def strays_note(count: int, raw: bytes, where: str, encoding: str) -> str:
    """What is said of a UTF-8 file's ``count`` stray bytes, the first ``raw`` (``where``
    says where it is), read as characters of ``encoding``: they are text, maybe garbled."""
    shown = raw.decode("utf-8", strays_read_in(encoding))
    return (
        f"UTF-8 but for {count:,} byte{'' if count == 1 else 's'} that "
        f"{'is' if count == 1 else 'are'} not, read as {ENCODING_NAMES.get(encoding, encoding)}"
        f" — the first, byte 0x{raw[0]:02x} {where}, as {shown!r}; check "
        f"{'that row' if count == 1 else 'those rows'}, or save the file as UTF-8"
    )


def sniff_delimiter(text: str, path: Path) -> str:
    # The first 50 lines within the first MiB: not a copy of every line of the file, nor a
    # sample as large as a long cell (the sniffer counts each character in each line: a cell
    # of 40 MiB took 15 s).
    lines = text[:SNIFF_CHARACTERS].splitlines()[:50]
    # Each line cut short too: the sniffer's search is quadratic in a line's separators (a
    # header of 16,384 columns took 175 s, ot148 F4), and a line's first cells show its own.
    sample = "\n".join(line[:SNIFF_LINE_CHARACTERS] for line in lines)
    # The first line that has cells: a title of one cell above the header ("Job search
    # 2026", typed by hand) holds no separator to count.
    first = next((line for line in lines if any(d in line for d in DELIMITERS)), "")
    if path.suffix.lower() == ".tsv" and "\t" in first:
        return "\t"  # else a .tsv holding commas (saved as CSV, renamed) is sniffed as any file
    try:
        # Without its escaped quotes: the sniffer takes a separator from what stands beside
        # a quote, and the commas of `"=HYPERLINK(""http://…"",""x"")"` first on a line of a
        # semicolon or tab file stood beside them: read with commas, it had "no header row"
        # (ot84 F5). An empty quoted cell ("") is then an empty cell, the same to count.
        sniffed = csv.Sniffer().sniff(sample.replace('""', ""), delimiters=DELIMITERS).delimiter
    except csv.Error:
        counts = {d: first.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        sniffed = best if counts[best] else ","
    others = (d for d in DELIMITERS if d != sniffed)
    return next((d for d in others if _header_splits_on(lines, d, sniffed)), sniffed)


# The fewest columns a header row splits into for its separator to stand against the sniffer's
# (``_header_splits_on``): a tracker has a company, a position and a date; a title above a
# semicolon file ("Bewerbungen, Berlin") splits into two.
HEADER_COLUMNS = 3


def _header_splits_on(lines: list[str], separator: str, sniffed: str) -> bool:
    """Whether a file the sniffer read as separated by ``sniffed`` is separated by
    ``separator``: its header row, the first line that splits on ``separator``, splits into
    HEADER_COLUMNS named cells or more and on ``sniffed`` into fewer, and most lines below it
    (quotes respected) into as many, while no line below splits on ``sniffed`` into as many
    named cells without a ``separator`` (a semicolon file's header below a title of commas).
    The sniffer takes a separator from the characters beside quotes, and reads an apostrophe
    as one: a Notes column of "HR call; 'culture fit'; then offer" or Tags of
    "remote|'senior'" made a comma-separated file ';' or '|', refused as having "no header
    row" (fx233's note), and "Anruf, 'gut'" a semicolon file ','."""
    try:
        rows = _rows_ending(lines, separator)
        theirs = _rows_ending(lines, sniffed)
    except csv.Error:
        return False
    at = next((i for i, (_, row) in enumerate(rows) if len(row) > 1), None)
    if at is None:
        return False
    (start, header), below = rows[at], [row for _, row in rows[at + 1 :]]
    if _named_cells(header) < HEADER_COLUMNS:
        return False
    if any(
        _named_cells(row) >= HEADER_COLUMNS
        and (end == start or not any(separator in c for c in row))
        for end, row in theirs
        if end >= start
    ):
        return False
    return sum(len(row) == len(header) for row in below) * 5 >= len(below) * 4


def _rows_ending(lines: list[str], separator: str) -> list[tuple[int, list[str]]]:
    """The rows of ``lines`` split on ``separator`` (quotes respected), blank ones left out,
    each with the number of the line it ends on."""
    reader = csv.reader(lines, delimiter=separator)
    return [(reader.line_num, row) for row in reader if any(cell.strip() for cell in row)]


def _named_cells(row: list[str]) -> int:
    """How many cells of a row hold a letter: a header's names, not numbers or blanks."""
    return sum(any(c.isalpha() for c in cell) for cell in row)


def file_delimiter(path: Path) -> str:
    """The separator ``read_table`` reads ``path`` with, told from its first MiB alone (a file
    that cannot be read says nothing against its name: a comma, a tab for a .tsv)."""
    with path.open("rb") as file:
        head = file.read(SNIFF_CHARACTERS)
    try:
        text = decode(head)[0]
    except (UnicodeDecodeError, UnsupportedFile):  # UTF-16 cut inside a character
        return "\t" if path.suffix.lower() == ".tsv" else ","
    return sniff_delimiter(text, path)


def sniff_newline(ends: list[str]) -> str:
    """The line break most records end with: counted at record ends, so the line breaks
    inside quoted multi-line cells (the tool's own drafts among them) do not count."""
    counts = {end: ends.count(end) for end in ("\r\n", "\n", "\r")}
    best = max(counts, key=lambda end: counts[end])
    return best if counts[best] else "\n"


def refuse_runaway_quote(
    table: CsvTable, name: str, header: int, tool_columns: int | None = None
) -> None:
    """Refuse the file ``name`` when a quote typed into a cell runs on over rows below
    (``_runaway_quote``), weighed against the header row (record index ``header``: the title
    rows above a header, as a spreadsheet template has, are not the rows of the tracker) and,
    in a file the tool has written to, the person's columns before the tool's (from field
    ``tool_columns`` on)."""
    runaway = _runaway_quote(table, header, tool_columns)
    if runaway:
        raise UnsupportedFile(
            f"{name} has {runaway}, so rows would be read as one cell; nothing was read "
            "or written. Close or remove the quote and run again."
        )


def _runaway_quote(table: CsvTable, header: int, tool_columns: int | None) -> str | None:
    """Why the first of the table's cells over line breaks is a quote left open rather than
    a cell of several lines, or None when each reads as one: a quote typed into a cell and
    never closed (`Acme,"Loopline,PM`) runs on until a quote of a row below closes it, and
    the rows between are read as that one cell.

    A row left short or long by it, or with text after its closing quote (as a quote that
    opened a cell of a later row leaves), is a quote left open when a line the cell takes in
    reads as a whole row of the file (its number of fields, a date in a date column). A row
    left well formed (the header's number of cells, or the person's in a row the tool left
    alone; nothing after the closing quote) is one
    only when every line the cell spans reads as a row: the line its quote opens on with the
    cells before it, the line it closes on with the cells after it (`monitor 27"` closing a
    quote opened in the same column above), and the lines between with a row's number of
    fields. A note whose lines read as rows itself (a call log of "who, how, when") rarely
    starts on one, and a cell of several lines at the front of its row leaves the rest of
    its row on its last line, but never on its first.

    In a file the tool has written to, a row as the person types it stops where the tool's
    columns start (``tool_columns``), and the tool's cells after a note's last line are no
    part of a row of theirs: "send portfolio" then the tool's status and dates is a note's
    last line, not a row of eleven cells with a date.

    A file whose records all end in CRLF (or CR) and whose cell breaks its lines with LF
    alone is read as written: that is how Excel, Google Sheets and Python's csv write a
    cell of several lines, and a quote left open would take in the records' own CRLFs."""
    cells = table.multi_line
    if not cells:
        return None
    delimiter = table.fmt.delimiter
    # The header row and the rows below it: a title block above (a template's title, a tip,
    # a blank row, as wide as the sheet was before the tool's columns) is no row of the
    # tracker. A row's number of cells leaves the tool's out: the rows it wrote hold them,
    # the rows it left alone (blank ones, ones added since) do not.
    rows = table.raw[header:]
    header_cells = len(rows[0])
    ours = header_cells if tool_columns is None else tool_columns
    width = collections.Counter(min(len(row), ours) for row in rows).most_common(1)[0][0]
    exported = _exported_line_breaks(table.ends[header:])
    # In a file of one or two columns any line of a note reads as a row: no line is weighed.
    skipped = {n for n, _cell in cells}
    dates = _date_columns(table, header, width, ours, skipped) if width >= 3 else frozenset()
    for record, cell in cells:
        raws = table.raw[record]
        where = (
            f'a quote (") starting a cell on line {cell.first_line} that is not closed on that line'
        )
        # As wide as the header, or as the person's columns (a row the tool left alone)
        well_formed = len(raws) in (header_cells, ours) and not cell.text_after_quote
        if well_formed and exported and "\r" not in raws[cell.field]:
            continue
        # A note's last line stops where the tool's cells start (a cell of the tool's own,
        # a draft, is weighed with the whole record).
        cut = raws[:ours] if cell.field < ours else raws
        lines = _lines_spanned(cut, cell.field, delimiter) if dates else []
        if well_formed:
            if not lines:
                continue
            first, *between, last = lines
            if (
                _reads_as_row(first, delimiter, width, dates)
                and _reads_as_row(last, delimiter, width, dates)
                and all(len(_fields(line, delimiter)) == width for line in between if line)
            ):
                return (
                    f"{where}: the cell runs on over line {cell.last_line}, which reads as a "
                    "row of its own"
                )
            continue
        for number, line in enumerate(lines[1:], start=cell.first_line + 1):
            if _reads_as_row(line, delimiter, width, dates):
                return (
                    f"{where}: the cell runs on over line {number}, which reads as a row of its own"
                )
        if cell.text_after_quote:
            return (
                f"{where}: the cell runs on to line {cell.last_line}, where its closing quote "
                "is followed by more text (as a quote opening a cell of a later row is)"
            )
    return None


def _exported_line_breaks(ends: list[str]) -> bool:
    """Whether every record of the file ends in CRLF, or every one in CR (Mac Excel): then a
    cell's LF is the cell's own line break, as the exporters write it."""
    breaks = set(ends) - {""}
    return breaks == {"\r\n"} or breaks == {"\r"}


# The records weighed for where a file's dates stand (``_date_columns``).
DATE_SAMPLE_RECORDS = 200


def _date_columns(
    table: CsvTable, header: int, width: int, ours: int, skipped: set[int]
) -> frozenset[int]:
    """The fields of a row that hold dates: those at least half of whose filled cells read as a
    date, in the first records from the header (record index ``header``) down of a row's
    number of fields (not ``skipped``; the tool's, from field ``ours`` on, left out); every
    field when none does (a file of a few rows, its dates blank)."""
    # Loaded here, where a cell of several lines is weighed: the dates module needs pandas,
    # which reading a CSV's cells does not.
    from followup_batch.normalise.dates import parse_date_text

    filled = [0] * width
    dated = [0] * width
    rows = (
        values[:width]
        for record, values in enumerate(
            table.values[header : header + DATE_SAMPLE_RECORDS], start=header
        )
        if min(len(values), ours) == width and record not in skipped
    )
    for values in rows:
        for column, value in enumerate(values):
            if value.strip():
                filled[column] += 1
                parsed = parse_date_text(value)
                dated[column] += parsed.value is not None or parsed.month_day is not None
    columns = frozenset(c for c in range(width) if dated[c] and 2 * dated[c] >= filled[c])
    return columns or frozenset(range(width))


def _lines_spanned(raws: list[str], field: int, delimiter: str) -> list[str]:
    """The lines a quoted cell over line breaks (``raws[field]``) spans, as they would read
    were its quote a typo: the first with the record's cells before it (the opening quote left
    out), the last with the record's cells after it on that line."""
    lines = _split_lines(raws[field][1:])
    lines[0] = delimiter.join([*raws[:field], lines[0]])
    for raw in raws[field + 1 :]:
        rest = _split_lines(raw, 1)
        lines[-1] += delimiter + rest[0]
        if len(rest) > 1:
            break
    return lines


def _split_lines(text: str, most: int = -1) -> list[str]:
    """``text`` cut at its line breaks (CRLF, LF or CR; three times as fast as a regex)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n", most)


def _fields(line: str, delimiter: str) -> list[str]:
    return next(csv.reader([line], delimiter=delimiter))


def _reads_as_row(line: str, delimiter: str, width: int, dates: frozenset[int]) -> bool:
    """Whether a line read alone has a row's number of fields, one of those in ``dates`` a
    date as the tracker's date columns read one ("2026-11-20", "20.11.26", "Nov 19 2026")."""
    from followup_batch.normalise.dates import parse_date_text

    row = _fields(line, delimiter)
    if len(row) != width:
        return False
    read = (parse_date_text(row[column]) for column in dates)
    return any(date.value is not None or date.month_day is not None for date in read)


for _legacy in LEGACY:
    codecs.register_error(strays_read_in(_legacy), _read_in(_legacy))


def _stray_bytes(data: bytes, text: str) -> tuple[str | None, str | None]:
    """The legacy encoding a UTF-8 file's stray bytes (``decode``) are read in, told from the
    words holding them alone (a Cyrillic file's other words would make them Mac Roman), and
    the note naming the first; (None, None) when every byte is UTF-8."""
    first = STRAY_BYTES.search(text)
    if first is None:
        return None, None
    words = b"\n".join(w for w in distinct_high_words(data) if not _is_utf8(w))
    encoding = western_encoding(words)
    count = sum(run.end() - run.start() for run in STRAY_BYTES.finditer(text))
    at = first.start()
    line = 1 + text.count("\n", 0, at) + text.count("\r", 0, at) - text.count("\r\n", 0, at)
    word = STRAY_WORD.search(text, max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1)
    assert word is not None  # the one holding ``first``
    within = read_strays(word[0], encoding)
    raw = first[0].encode("utf-8", STRAYS_KEPT)
    return encoding, strays_note(count, raw, f"on line {line:,}, in {within!r}", encoding)


def zero_byte_notes(table: CsvTable) -> list[str]:
    """A note for each cell of ``table`` that holds a zero byte (NUL), naming the cell as a
    spreadsheet does (B2): it is kept, as the file's every byte is, but a program may end the
    cell's text there. ot148 F3: one in "Brightwave" refused the file as binary data."""
    from followup_batch.read.column_letters import column_letter

    notes = []
    for row, values in zip(table.line_numbers, table.values, strict=True):
        for column, value in enumerate(values):
            if "\x00" in value:
                # On one line: a quoted cell's line breaks shown as spaces.
                before = " ".join(value[: value.index("\x00")].split())
                shown = " ".join(value.replace("\x00", "").split())
                notes.append(
                    f'cell {column_letter(column + 1)}{row} ("{shown}") holds a zero byte (NUL) '
                    f'after "{before}", kept as it is; other programs may cut the cell there, '
                    "so delete that one character"
                )
    return notes


def utf16_without_bom(head: bytes) -> str | None:
    """ "le" or "be" when ``head``, a file's first bytes, is ASCII text in UTF-16 without a
    byte-order mark (each character two bytes, one of them zero); None otherwise."""
    for order, zeros in (("le", head[1::2]), ("be", head[0::2])):
        if zeros and zeros.count(0) > 0.9 * len(zeros):
            return order
    return None


def read_table(path: Path, encoding: str | None = None, country: str | None = None) -> CsvTable:
    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        raise UnsupportedFile(
            f"{path.name} is {size_over(size, MAX_CSV_BYTES)}; CSV trackers over "
            f"{mebibytes(MAX_CSV_BYTES)} are refused. Split it into smaller files."
        )
    data = path.read_bytes()
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
        encoding is not None and codecs.lookup(encoding).name.startswith("utf-16")
    )
    if b"\x00" in data[:4096] and not utf16 and data.count(b"\x00") > MOST_ZERO_BYTES_KEPT:
        head = data[:4096]
        if not head.strip(b"\x00"):
            raise UnsupportedFile(
                f"{path.name} holds nothing but zero bytes, as a crash or a full disk leaves a "
                "file: it is damaged. Restore it from a backup (.followup-backups/ beside it, "
                "or your sync service's version history)"
            )
        if (order := utf16_without_bom(head)) is not None:
            raise UnsupportedFile(
                f"{path.name} looks like UTF-16 text without a byte-order mark; name its "
                f"encoding with --encoding utf-16-{order}."
            )
        raise UnsupportedFile(
            f"{path.name} is neither a workbook nor a text file (it holds binary data): it may "
            "be damaged, or another program's file. Restore it from a backup "
            "(.followup-backups/ beside it), or save it from your spreadsheet program as "
            ".xlsx or .csv"
        )
    if encoding is not None and (garbled := forced_reading_garbles(data, encoding)) is not None:
        raise UnsupportedFile(f"{path.name} {garbled}")
    try:
        text, enc, bom = decode(data, encoding, country)
    except UnicodeDecodeError as exc:
        raise UnsupportedFile(
            f"{path.name} is not valid {exc.encoding.upper()} text although it starts as such "
            f"({exc.reason} at byte {exc.start}); re-save it as CSV UTF-8, or name its "
            "encoding with --encoding (e.g. --encoding cp1252)."
        ) from None
    except UnsupportedFile as exc:
        raise UnsupportedFile(f"{path.name}: {exc}") from None
    delimiter = sniff_delimiter(text, path)
    mixed = None
    if encoding is None and enc in LEGACY and UTF8_CHARACTER.search(data):
        # latin-1: maybe only for a byte Windows-1252 lacks inside a UTF-8 character
        mixed = western_encoding(data) if enc == "latin-1" else enc
    strays, note = (None, None)
    if encoding is None and enc == "utf-8" and not text.isascii():
        strays, note = _stray_bytes(data, text)
    del data  # the text is the file from here: not its bytes too while its cells are cut out
    table = CsvTable(
        fmt=CsvFormat(
            encoding=enc,
            bom=bom,
            delimiter=delimiter,
            mixed=mixed,
            strays=strays,
            ascii_text=encoding is None and enc == "utf-8" and not bom and text.isascii(),
        ),
        notes=[note] if note else [],
    )
    try:
        for number, (values, raws, _line, end, cells) in enumerate(tokenize(text, delimiter)):
            if mixed:
                values = mixed_values(values, table.fmt)
            elif strays:
                values = [read_strays(value, strays) for value in values]
            table.values.append(values)
            table.raw.append(raws)
            table.line_numbers.append(number + 1)
            table.ends.append(end)
            table.multi_line.extend((number, cell) for cell in cells)
    except TooWide as exc:
        raise UnsupportedFile(
            f"{path.name} has more than {EXCEL_COLUMNS:,} columns on line {exc.line}, more than "
            "a spreadsheet holds (Excel's last column is XFD); nothing was read or written. "
            "Remove the extra columns (or split the file) and run again."
        ) from None
    except UnclosedQuote as exc:
        raise UnsupportedFile(
            f'{path.name} has a quote (") starting a cell on line {exc.line} that is never '
            "closed, so the rest of the file would be read as that one cell; nothing was read "
            "or written. Close or remove the quote and run again."
        ) from None
    if "\x00" in text:
        table.notes += zero_byte_notes(table)
    table.fmt = dataclasses.replace(
        table.fmt,
        newline=sniff_newline(table.ends),
        final_newline=text.endswith(("\n", "\r")),
    )
    return table
