"""Reading a dataset: its columns, where its pieces start and end, and one piece as the
``RawTable`` the normalise stage reads for a workbook sheet.

Parquet columns keep their Arrow types end to end (``pd.ArrowDtype``), so the user's columns
are written back exactly as they came. CSV values are text, as in a CSV tracker.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from followup_batch.datasets.plan import (
    CsvFormat,
    DatasetError,
    DatasetPlan,
    Piece,
    UnreadableFile,
)
from followup_batch.errors import UnsupportedFile
from followup_batch.read import RawTable
from followup_batch.read.body import error_texts
from followup_batch.read.code_pages import LEGACY, UTF8_CHARACTER, western_encoding
from followup_batch.read.csv_cells import (
    STRAY_BYTES,
    STRAY_WORD,
    STRAYS_KEPT,
    decode,
    first_non_ascii_word,
    names_code_page,
    sniff_delimiter,
    strays_note,
    strays_read_in,
    utf8_read_in,
    utf16_without_bom,
)
from followup_batch.read.table import add_broken_rows, read_errors_as_blank
from followup_batch.read.xlsx_cells import ErrorValue, broken_rows

CSV_SAMPLE_BYTES = 64 * 1024
DECODE_CHUNK_BYTES = 1 << 20
# (start, stop, rows, first row number) of each piece of one file
Ranges = list[tuple[int, int | None, int | None, int]]


def parquet_columns(path: Path) -> tuple[str, ...]:
    try:
        return tuple(pq.read_schema(path).names)
    except (OSError, pa.ArrowException) as exc:
        raise UnreadableFile(path, f"not a readable Parquet file ({_one_line(exc)})") from None


def check_parquet_data(path: Path) -> None:
    """Every page of the file decodes, and matches its checksum where its writer wrote one
    (parquet-mr and Spark do; pyarrow with ``write_page_checksum``); ``UnreadableFile``
    naming the row group, its rows and the column when one does not. A file whose footer
    reads but whose data was damaged since (a disk or a copy gone wrong) is found before any
    work, rather than stopping the run in the middle of it. One row group at a time: memory
    is a row group's, as when the run reads it. Damage that still decodes to values in a
    file without checksums cannot be told from data."""
    try:
        file = pq.ParquetFile(path, page_checksum_verification=True)
    except (OSError, pa.ArrowException) as exc:
        raise UnreadableFile(path, f"not a readable Parquet file ({_one_line(exc)})") from None
    meta = file.metadata
    first = 1
    for group in range(meta.num_row_groups):
        rows = meta.row_group(group).num_rows
        try:
            file.read_row_group(group)
        except (OSError, pa.ArrowException) as exc:
            if _is_os_error(exc):  # the disk, not the data: the run says what to do
                raise
            where = f"row group {group + 1:,} of {meta.num_row_groups:,}"
            if rows:
                where += f" (rows {first:,}–{first + rows - 1:,})"
            column = _damaged_column(file, group)
            if column is not None:
                where += f', column "{column}"'
            raise UnreadableFile(
                path,
                f"damaged Parquet data in {where} ({_one_line(exc)}); copy or export the file "
                "again",
            ) from None
        first += rows


def _one_line(exc: Exception) -> str:
    """pyarrow's message as one line of printable text (a damaged page header's spans lines
    and quotes the byte it stopped at)."""
    lines = (line.strip() for line in str(exc).splitlines())
    text = "; ".join(line for line in lines if line)
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)


def _damaged_column(file: pq.ParquetFile, group: int) -> str | None:
    """The first column of row group ``group`` that cannot be read, to name it."""
    for name in dict.fromkeys(file.schema_arrow.names):
        try:
            file.read_row_group(group, columns=[name])
        except (OSError, pa.ArrowException):
            return name
    return None


def _is_os_error(exc: Exception) -> bool:
    """An error of the system (a file gone, a refused permission), not of the data: pyarrow
    raises undamaged data's errors as ``ArrowException`` or an ``OSError`` without errno."""
    return isinstance(exc, OSError) and exc.errno is not None


def parquet_ranges(path: Path, partition_rows: int) -> Ranges:
    """Consecutive row groups up to ``partition_rows`` rows per piece; a larger row group is
    sliced into equal pieces. A file without rows is one empty piece (its output exists too)."""
    try:
        meta = pq.ParquetFile(path).metadata
    except (OSError, pa.ArrowException) as exc:
        raise UnreadableFile(path, f"not a readable Parquet file ({_one_line(exc)})") from None
    sizes = [meta.row_group(i).num_rows for i in range(meta.num_row_groups)]
    ranges: Ranges = []
    start = 0
    pending = 0  # rows of whole row groups gathered into the next piece
    for size in sizes:
        if pending and pending + size > partition_rows:
            ranges.append((start, start + pending, pending, start + 1))
            start, pending = start + pending, 0
        if size > partition_rows:
            slices = -(-size // partition_rows)
            edges = np.linspace(start, start + size, slices + 1).astype(int)
            ranges += [
                (int(a), int(b), int(b - a), int(a) + 1)
                for a, b in zip(edges[:-1], edges[1:], strict=True)
            ]
            start += size
        else:
            pending += size
    if pending or not ranges:
        ranges.append((start, start + pending, pending, start + 1))
    return ranges


# Text in any code page holds no NUL byte and few control characters (tabs and line ends
# aside); random bytes hold about 11% of them, a CSV a program exports none.
CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
BINARY_SHARE = 0.05
UTF16_PART = "a UTF-16 CSV file; save the export as UTF-8 (or Parquet) to run it as a dataset"
NOT_TEXT = (
    "not a text file: {what} in its first {looked:,} bytes, which no CSV holds (it may be "
    "damaged, or another program's file); export it again as CSV UTF-8 or Parquet"
)


def binary_data(sample: bytes) -> str | None:
    """Why ``sample``, a CSV part's first bytes, is no text in any encoding: NUL bytes (but
    for UTF-16 text without a byte-order mark, each ASCII character two bytes), or control
    characters over ``BINARY_SHARE`` of them; None for text. Random bytes named .csv were
    told to name their code page, "pass --encoding … (koi8-r, iso-8859-5, …)" (ot138 F5)."""
    nul = sample.count(0)
    if nul and utf16_without_bom(sample) is not None:
        return UTF16_PART
    control = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    if nul:
        what = f"{nul:,} NUL byte{'s' if nul > 1 else ''}"
    elif control > len(sample) * BINARY_SHARE:
        what = f"{control:,} control characters"
    else:
        return None
    return NOT_TEXT.format(what=what, looked=len(sample))


def sniff_csv(path: Path, encoding: str | None) -> CsvFormat:
    """The delimiter and encoding of a CSV file, from its first 64 KiB (each file its own:
    one exported on another machine may be in Windows-1252 among UTF-8 ones). A start that is
    UTF-8 but for some bytes (a byte-order mark, or as ``decode`` tells a tracker's) is UTF-8:
    read whole as Windows-1252, "Søren" would be "SÃ¸ren" in every row; ``check_decodes``
    finds those bytes."""
    with path.open("rb") as file:
        sample = file.read(CSV_SAMPLE_BYTES)
    # Before the sample is cut at a line break: a UTF-16 line break is two bytes.
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _names_utf16(encoding):
        raise UnreadableFile(path, UTF16_PART)
    if encoding is None and (binary := binary_data(sample)) is not None:
        raise UnreadableFile(path, binary)  # not a code page to name (ot138 F5)
    if encoding is not None and names_code_page(encoding):
        _refuse_utf8_in_code_page(path, encoding)
    if len(sample) == CSV_SAMPLE_BYTES and b"\n" in sample:
        sample = sample[: sample.rindex(b"\n") + 1]  # no character cut in half
    bom = encoding is None and sample.startswith(codecs.BOM_UTF8)
    if bom:
        sample = sample[len(codecs.BOM_UTF8) :]
    try:
        text, found, marked = decode(sample, encoding)
    except UnsupportedFile as exc:  # not in the --encoding given
        raise UnreadableFile(path, str(exc)) from None
    # A legacy start with text pasted in as UTF-8 ("📞", a tracker's ``CsvFormat.mixed``) is
    # read the same way: each UTF-8 character as one, the other bytes in the legacy encoding.
    if encoding is None and found in LEGACY and (bom or UTF8_CHARACTER.search(sample)):
        found, text = "utf-8", sample.decode("utf-8", errors=STRAYS_KEPT)
    # A mark --encoding implies ("utf-8-sig") or names ("utf-8") is read past, as one found.
    bom = bom or (marked and found == "utf-8")
    return CsvFormat(sniff_delimiter(text, path), "utf-8-sig" if bom else found)


def _refuse_utf8_in_code_page(path: Path, encoding: str) -> None:
    """``UnreadableFile`` when the file is UTF-8 with letters beyond ASCII, which the code
    page --encoding or the config names would garble in every row ("Müller" as "MÃ¼ller"),
    said as a tracker's refusal says it (``utf8_read_in``). The whole file is read, one chunk
    at a time: a part may be ASCII for its first million rows."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    before = ""  # the end of the text read so far, for a word cut at a chunk's start
    head: str | None = None  # the text from the first chunk beyond ASCII on
    bom: str | None = None  # the first chunk, which opens with a BOM
    with path.open("rb") as file:
        while True:
            chunk = file.read(DECODE_CHUNK_BYTES)
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError:
                return  # not UTF-8: the code page asked for reads it
            if head is None and not text.removeprefix("\ufeff").isascii():
                head = before + text
            elif bom is None and text.startswith("\ufeff"):
                bom = text  # a BOM is said only when no letter beyond ASCII follows
            elif head is not None and len(head) < 256:  # a word cut at a chunk's end
                head += text
            before = text[-64:]
            if not chunk:
                break
    head = head if head is not None else bom
    garbled = None if head is None else utf8_read_in(encoding, first_non_ascii_word(head))
    if garbled is not None:
        raise UnreadableFile(
            path,
            f"it {garbled}; it was not read. Leave --encoding (and the config's encoding) out: "
            "each CSV file's encoding is then told from its own start",
        )


def check_decodes(path: Path, fmt: CsvFormat, encoding: str | None) -> tuple[CsvFormat, str | None]:
    """The format the whole file is read in, and a note when some of its bytes are not
    UTF-8; ``UnreadableFile`` when a byte past the start the encoding was told from is not in
    it (a Windows-1252 file with a byte it lacks, a byte --encoding's lacks), saying where:
    found before any work, rather than stopping the run in the middle of it. A UTF-8 file
    with bytes that are not UTF-8 anywhere (a Windows-1252 name in row 40,000, a few damaged
    bytes) is read as its start is: UTF-8, those bytes in a legacy encoding, and named."""
    try:
        _check_strictly(path, fmt)  # at UTF-8's speed: counting stray bytes is 4 times slower
    except UnreadableFile:
        if encoding is not None or not fmt.encoding.startswith("utf-8"):
            raise
        return _stray_bytes(path, fmt)
    return fmt, None


def _stray_bytes(path: Path, fmt: CsvFormat) -> tuple[CsvFormat, str | None]:
    """A UTF-8 file's bytes that are not UTF-8: how many, where the first is, and the legacy
    encoding they are read in, told from the words holding them (``western_encoding``)."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors=STRAYS_KEPT)
    offset, lines, count = 0, 1, 0
    first: tuple[int, int, bytes] | None = None  # offset, line and bytes of the first
    words: list[bytes] = []  # the first words holding them, to tell their encoding
    with path.open("rb") as file:
        while True:
            chunk = file.read(DECODE_CHUNK_BYTES)
            pending = len(decoder.getstate()[0])  # a character cut at the last chunk's end
            text = decoder.decode(chunk, final=not chunk)
            for word in STRAY_WORD.finditer(text):
                strays = STRAY_BYTES.findall(word[0])
                count += sum(len(run) for run in strays)
                if len(words) < 1000:
                    words.append(word[0].encode("utf-8", STRAYS_KEPT))
                if first is None:
                    before = text[: word.start() + word[0].index(strays[0])]
                    at = offset - pending + len(before.encode("utf-8", STRAYS_KEPT))
                    raw = strays[0].encode("utf-8", STRAYS_KEPT)
                    first = (at, lines + before.count("\n"), raw)
            if not chunk:
                break
            offset += len(chunk)
            lines += chunk.count(b"\n")
    if first is None:
        return fmt, None
    mixed = western_encoding(b" ".join(words))
    fmt = dataclasses.replace(fmt, mixed=mixed)
    at, line, raw = first
    return fmt, strays_note(count, raw, f"at offset {at:,} (line {line:,})", mixed)


def _check_strictly(path: Path, fmt: CsvFormat) -> None:
    decoder = codecs.getincrementaldecoder(fmt.encoding)()
    offset, lines = 0, 1
    with path.open("rb") as file:
        while True:
            chunk = file.read(DECODE_CHUNK_BYTES)
            pending = len(decoder.getstate()[0])  # a character cut at the last chunk's end
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                at = offset - pending + exc.start
                line = lines + chunk[: max(at - offset, 0)].count(b"\n")
                raise UnreadableFile(path, _not_decodable(fmt, exc, at, line)) from None
            if not chunk:
                return
            offset += len(chunk)
            lines += chunk.count(b"\n")


def _not_decodable(fmt: CsvFormat, exc: UnicodeDecodeError, at: int, line: int) -> str:
    encoding = "UTF-8" if fmt.encoding.startswith("utf-8") else fmt.encoding
    return (
        f"not {encoding} text: byte 0x{exc.object[exc.start]:02x} at offset {at:,} (line "
        f"{line:,}) is not {encoding}, though the file's start is; save the file as UTF-8, "
        "or name its encoding with --encoding (cp1252, latin-1)"
    )


def _errors(fmt: CsvFormat) -> str:
    """The codec error handler a CSV file's bytes are decoded with (``strays_read_in``)."""
    return "strict" if fmt.mixed is None else strays_read_in(fmt.mixed)


def _names_utf16(encoding: str | None) -> bool:
    try:
        return encoding is not None and codecs.lookup(encoding).name.startswith("utf-16")
    except LookupError:  # decode() says so
        return False


def csv_header(path: Path, fmt: CsvFormat) -> tuple[str, ...]:
    for record in _records(path, fmt):
        return tuple(name.strip() for name in record[0])
    raise UnreadableFile(path, "an empty CSV file; a dataset's CSV files start with a header")


def csv_ranges(path: Path, fmt: CsvFormat, partition_rows: int) -> Ranges:
    """Byte ranges of whole records, ``partition_rows`` records each. Files too small to hold
    more records than that are one piece without being scanned to the end."""
    records = _records(path, fmt)
    _, header_end = next(records)
    width = len(csv_header(path, fmt))
    if path.stat().st_size <= partition_rows * max(width, 1):  # a record takes >= width bytes
        try:  # read to the end all the same, for a quote never closed
            for _ in records:
                pass
        except UnclosedQuote:
            raise
        except UnreadableFile:  # a cell longer than the csv module takes: pandas reads it
            pass
        return [(header_end, None, None, 2)]
    ranges: Ranges = []
    start, first_row, count = header_end, 2, 0
    for _, end in records:
        count += 1
        if count == partition_rows:
            ranges.append((start, end, None, first_row))
            start, first_row, count = end, first_row + count, 0
    if count or not ranges:
        ranges.append((start, None, None, first_row))
    return ranges


def _records(path: Path, fmt: CsvFormat) -> Iterator[tuple[list[str], int]]:
    """(record, byte offset after it), honouring quoted line breaks: the csv reader asks for
    one line at a time and never reads ahead, so the offset after a record is exact.

    Read to its end, a file whose last record opens a quote it never closes (a cut-off
    export, a stray quote: the rest of the file would be read as one cell) is
    ``UnreadableFile``, naming the record's row, before any work."""
    with path.open("rb") as file:
        offset = 0

        def lines() -> Iterator[str]:
            nonlocal offset
            for line in file:
                offset += len(line)
                yield _text(line, fmt)

        start, row = 0, 1  # where the record being read starts, and its row number
        last = 0  # where the last record read starts
        try:
            for record in csv.reader(lines(), delimiter=fmt.delimiter):
                yield record, offset
                last, start, row = start, offset, row + 1
        except csv.Error as exc:  # a field past the csv module's limit: the quote's, often
            if _quote_left_open(path, fmt, start):
                raise UnclosedQuote(path, _unclosed_quote(row)) from None
            raise UnreadableFile(
                path, f"not a CSV file this tool can split ({_one_line(exc)})"
            ) from None
    if row > 1 and _quote_left_open(path, fmt, last):
        raise UnclosedQuote(path, _unclosed_quote(row - 1))


class UnclosedQuote(UnreadableFile):
    """A CSV file with a quote it never closes: skipped, as a file cut short is."""


def _text(line: bytes, fmt: CsvFormat) -> str:
    return line.decode(fmt.encoding, errors=_errors(fmt) if fmt.mixed else "replace")


def _unclosed_quote(row: int) -> str:
    return (
        f'a quote (") starting a cell in row {row:,} is never closed, so the rest of the file '
        "would be read as that one cell; close or remove the quote, or export the file again"
    )


def _quote_left_open(path: Path, fmt: CsvFormat, start: int) -> bool:
    """Whether the record at byte ``start`` opens a quoted cell that the file never closes
    (read as the csv module reads it: a quote opens a cell only at the cell's start, and two
    quotes within it are one)."""
    quoted, at_start = False, True
    with path.open("rb") as file:
        file.seek(start)
        for line in file:
            text, i = _text(line, fmt), 0
            while i < len(text):
                if quoted:
                    close = text.find('"', i)
                    if close < 0:
                        break  # the cell goes on past this line
                    if text.startswith('"', close + 1):
                        i = close + 2  # a doubled quote, within the cell
                        continue
                    quoted, at_start, i = False, False, close + 1
                    continue
                char = text[i]
                if char in "\r\n":
                    return False  # the record ended with its quotes closed
                if at_start and char == '"':
                    quoted = True
                at_start = char == fmt.delimiter
                i += 1
    return quoted


def read_piece(piece: Piece, plan: DatasetPlan) -> pd.DataFrame:
    """The piece's rows, every input column, indexed by the rows' numbers in their file."""
    if plan.kind == "parquet":
        try:
            table = _parquet_rows(piece)
        except (OSError, pa.ArrowException) as exc:
            if _is_os_error(exc):
                raise
            # The plan read every page: the file was changed since (being rewritten).
            raise DatasetError(
                f"{piece.source}: cannot be read from row {piece.first_row:,} on "
                f"({_one_line(exc)}): it "
                "was changed after the run checked it. Nothing was published"
            ) from None
        if piece.columns:
            table = _parquet_by_name(table, plan)
        frame = table.to_pandas(types_mapper=pd.ArrowDtype, ignore_metadata=True)
        frame.index = pd.RangeIndex(piece.first_row, piece.first_row + len(frame), name="row")
    else:
        frame = _csv_rows(piece, plan)
    for key, value in piece.partition_values:
        if key in plan.hive_keys:
            frame[key] = pd.Series(value, index=frame.index, dtype=pd.ArrowDtype(pa.string()))
    return frame


def _parquet_by_name(table: pa.Table, plan: DatasetPlan) -> pa.Table:
    """A file's rows with the dataset's columns in the dataset's order, matched by name (its
    own are another order, or lack optional ones: ``Piece.columns``); a missing column is
    null, of the type the dataset's reference file gives it (or, for an optional column the
    reference lacks, the first file that has it: ``DatasetPlan.optional_from``), so that every
    partition has the same types."""
    assert plan.reference is not None
    missing = [name for name in plan.file_columns if name not in table.column_names]
    sources = {name: plan.optional_from.get(name, plan.reference) for name in missing}
    schemas = {source: pq.read_schema(source) for source in set(sources.values())}
    arrays = [
        table.column(name)
        if name in table.column_names
        else pa.nulls(len(table), schemas[sources[name]].field(name).type)
        for name in plan.file_columns
    ]
    return pa.table(arrays, names=list(plan.file_columns))


def _parquet_rows(piece: Piece) -> pa.Table:
    file = pq.ParquetFile(piece.source)
    meta = file.metadata
    stop = meta.num_rows if piece.stop is None else piece.stop
    wanted, first, seen = [], None, 0
    for i in range(meta.num_row_groups):
        size = meta.row_group(i).num_rows
        if seen < stop and seen + size > piece.start:
            wanted.append(i)
            first = seen if first is None else first
        seen += size
    if not wanted:
        return file.schema_arrow.empty_table()
    table = file.read_row_groups(wanted)
    return table.slice(piece.start - (first or 0), stop - piece.start)


def _csv_rows(piece: Piece, plan: DatasetPlan) -> pd.DataFrame:
    assert piece.csv is not None
    with piece.source.open("rb") as file:
        file.seek(piece.start)
        data = file.read() if piece.stop is None else file.read(piece.stop - piece.start)
    names = list(piece.columns or plan.file_columns)
    try:
        frame = pd.read_csv(
            io.BytesIO(data),
            header=None,
            names=names,
            # Fields past the header's are left out, as a tracker leaves them out of its
            # columns (without it, one such record stopped the run).
            usecols=range(len(names)),
            sep=piece.csv.delimiter,
            encoding=piece.csv.encoding,
            encoding_errors=_errors(piece.csv),
            dtype=pd.ArrowDtype(pa.string()),
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=False,
            engine="c",
        )
    except pd.errors.ParserError as exc:
        raise DatasetError(_unreadable_csv(piece, str(exc))) from None
    except UnicodeDecodeError as exc:  # the file changed since the plan checked it
        raise DatasetError(
            f"{piece.source}: cannot be read as {piece.csv.encoding} from row "
            f"{piece.first_row} on ({exc.reason}): it was changed after the run checked it. "
            "Nothing was published"
        ) from None
    frame.index = pd.RangeIndex(piece.first_row, piece.first_row + len(frame), name="row")
    if piece.columns:  # by name, into the dataset's order; a column the file lacks is blank
        blank_text = pd.Series("", index=frame.index, dtype=pd.ArrowDtype(pa.string()))
        frame = pd.DataFrame(
            {c: frame[c] if c in names else blank_text for c in plan.file_columns},
            index=frame.index,
        )
    blank = (frame == "").all(axis=1)  # an empty line is no record (numbers stay the file's)
    return frame[~blank.to_numpy()] if blank.any() else frame


# pandas' C parser numbers a piece's records from 0
_UNCLOSED_QUOTE = re.compile(r"EOF inside string starting at row (\d+)")


def _unreadable_csv(piece: Piece, reason: str) -> str:
    """What stops pandas reading a piece of a CSV file (the plan's scan reads past it), as
    the row the user can find and what to do."""
    quote = _UNCLOSED_QUOTE.search(reason)
    if quote:
        row = piece.first_row + int(quote[1])
        return (
            f'{piece.source}: a quote (") starting a cell in row {row} is never closed, so '
            "the rest of the file would be read as that one cell; close or remove the quote "
            "and run again. Nothing was published"
        )
    return (
        f"{piece.source}: cannot be read as CSV from row {piece.first_row} on "
        f"({reason.strip().splitlines()[0]}); check its quotes, or export it again. "
        "Nothing was published"
    )


def raw_table(frame: pd.DataFrame, plan: DatasetPlan, piece: Piece) -> RawTable:
    """The piece as the normalise stage reads a sheet: the mapped columns' cells as Python
    values, empty cells None, indexed by row number; a text cell that is an Excel error value
    ("#N/A", in a CSV file or a Parquet file's strings) read as blank and said in its row's
    Problems, as in a CSV tracker (``table.read_errors_as_blank``), and a row of nothing else
    said as a tracker's broken row is (``table.add_broken_rows``), one line, not one a cell."""
    index = pd.Index(frame.index, dtype="int64", name="row")
    mapping = dict(plan.mapping)
    cells = pd.DataFrame(
        {name: _cells(frame.iloc[:, col], index) for name, col in mapping.items()}, index=index
    )
    stage_cells = None
    if plan.stages:
        stage_cells = pd.DataFrame(
            {col: _cells(frame.iloc[:, col], index) for col in plan.stages}, index=index
        )
    table = RawTable(
        path=piece.source,
        sheet=None,
        kind="dataset",
        header_row=1 if plan.kind == "csv" else 0,
        headers=list(plan.columns),
        mapping=mapping,
        ignored=[c for i, c in enumerate(plan.columns) if i not in mapping.values()],
        cells=cells,
        default_client=plan.name,
        stages=dict(plan.stages),
        stage_cells=stage_cells,
        mapped_by_user=plan.reading.mapped_keys,
    )
    read = sorted({*mapping.values(), *plan.stages})
    errors = _error_texts(frame, read)
    typed = {at: ErrorValue(error, formula=False) for at, error in errors.items()}
    add_broken_rows(table, broken_rows(typed, read, kept=()))
    read_errors_as_blank(table, {at: (error, None) for at, error in errors.items()})
    return table


def _error_texts(frame: pd.DataFrame, columns: list[int]) -> dict[tuple[int, int], str]:
    """The text cells of a piece's ``columns`` (a CSV file's, a Parquet file's strings) that
    hold an Excel error value as its text, as Excel saves one in a CSV (``body.error_texts``):
    (row, column) -> the error. Only the rows with a "#" in one of those cells, found column
    by column in Arrow, are looked at cell by cell, so a piece without one costs a search per
    column."""
    columns = [col for col in columns if _is_text(frame.dtypes.iloc[col])]
    marked = np.zeros(len(frame), dtype=bool)
    for col in columns:
        found = frame.iloc[:, col].str.contains("#", regex=False)
        marked |= found.fillna(False).to_numpy(dtype=bool)
    if not marked.any():
        return {}
    cells = frame.iloc[marked, columns]
    cells.columns = pd.Index(columns)
    return error_texts(cells)


def _cells(column: pd.Series, index: pd.Index) -> pd.Series:
    dtype = column.dtype
    zoned = isinstance(dtype, pd.ArrowDtype) and pa.types.is_timestamp(dtype.pyarrow_dtype)
    if zoned and dtype.pyarrow_dtype.tz is not None:
        # A timestamp with a zone is read at its wall-clock time there: the same date the
        # careful per-value path would read, on the fast path for naive datetimes.
        column = column.dt.tz_localize(None)
    values = column.to_numpy(dtype=object, na_value=None)
    if _is_text(dtype):
        values[values == ""] = None
    elif pd.api.types.is_object_dtype(dtype):  # mixed values: only text can be empty text
        text = np.fromiter((isinstance(v, str) for v in values), dtype=bool, count=len(values))
        values[text & (values == "")] = None
    return pd.Series(values, index=index, dtype=object)


def _is_text(dtype: object) -> bool:
    if isinstance(dtype, pd.ArrowDtype):
        arrow = dtype.pyarrow_dtype
        return bool(pa.types.is_string(arrow) or pa.types.is_large_string(arrow))
    return isinstance(dtype, pd.StringDtype)
