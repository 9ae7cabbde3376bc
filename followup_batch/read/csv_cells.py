"""CSV trackers read as text, each field kept as written so it can go back byte for byte.

The ``csv`` module parses values but forgets how they were written (quotes, spacing), so
re-serialising would reformat the user's cells. Instead the tokenizer here keeps each field's
raw text beside its value; writing (``write.csv_out``) joins the user's raw fields unchanged
and appends ours.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from followup_batch.errors import UnsupportedFile

DELIMITERS = ",;\t|"
MAX_CSV_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class CsvFormat:
    encoding: str = "utf-8"
    bom: bool = False
    delimiter: str = ","
    newline: str = "\n"
    final_newline: bool = True


@dataclass
class CsvTable:
    fmt: CsvFormat
    values: list[list[str]] = field(default_factory=list)  # one list of values per record
    raw: list[list[str]] = field(default_factory=list)  # the same fields as written in the file
    line_numbers: list[int] = field(default_factory=list)  # 1-based record number per record
    ends: list[str] = field(default_factory=list)  # each record's own line break ('' for none)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str, bool]:
    """Text, encoding and whether a UTF-8 byte-order mark was present."""
    if encoding:
        try:
            return data.decode(encoding), encoding, False
        except (UnicodeDecodeError, LookupError) as exc:
            raise UnsupportedFile(
                f"cannot decode it as {encoding} ({exc}); check the --encoding name, or try "
                "cp1252 or utf-8"
            ) from None
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8", True
    for bom, utf16 in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):  # named by its byte order, so it goes back the same way
            return data[len(bom) :].decode(utf16), utf16, True
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        # Windows-1252 is what Excel writes on most Western machines; Mac Excel's "CSV
        # (Macintosh)" is Mac Roman; latin-1 never fails.
        if _looks_mac_roman(data):
            return data.decode("mac_roman"), "mac_roman", False
        try:
            return data.decode("cp1252"), "cp1252", False
        except UnicodeDecodeError:
            return data.decode("latin-1"), "latin-1", False


# Bytes that Windows-1252 leaves undefined, and bytes it gives to letters rare in Western
# text (ƒ ˆ ‰ Š ‹ Œ Ž š › œ ž Ÿ): in Mac Roman they are common ones (Å ç è ê ù, á ä å é ö ü).
_UNDEFINED_IN_CP1252 = frozenset(b"\x81\x8d\x8f\x90\x9d")
_RARE_IN_CP1252 = frozenset(b"\x83\x88\x89\x8a\x8b\x8c\x8e\x9a\x9b\x9c\x9e\x9f")
# Bytes that are letters in Windows-1252 (à..ÿ, À..ß) but symbols in Mac Roman, less Mac
# Roman's dashes and quotes (0xD0-0xD5).
_LETTERS_IN_CP1252 = frozenset(range(0xC0, 0x100)) - frozenset(range(0xD0, 0xD6))
_ASCII = bytes(range(0x80))


def _looks_mac_roman(data: bytes) -> bool:
    """Text that reads as Mac Roman: bytes Windows-1252 lacks or gives to rare letters, and
    none of the bytes that are its accented letters (é is 0xE9 there, 0x8E in Mac Roman)."""
    high = frozenset(data.translate(None, _ASCII))  # the bytes above 0x7F, at C speed
    if high & _LETTERS_IN_CP1252:
        return False
    return bool(high & _UNDEFINED_IN_CP1252) or len(high & _RARE_IN_CP1252) >= 2


def sniff_delimiter(text: str, path: Path) -> str:
    if path.suffix.lower() == ".tsv":
        return "\t"
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        counts = {d: first.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def sniff_newline(ends: list[str]) -> str:
    """The line break most records end with: counted at record ends, so the line breaks
    inside quoted multi-line cells (the tool's own drafts among them) do not count."""
    counts = {end: ends.count(end) for end in ("\r\n", "\n", "\r")}
    best = max(counts, key=lambda end: counts[end])
    return best if counts[best] else "\n"


class UnclosedQuote(ValueError):
    """A quoted field never closed: the rest of the file would be one cell."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def tokenize(text: str, delimiter: str) -> Iterable[tuple[list[str], list[str], int, str]]:
    """Yield (values, raw fields, 1-based first line, the record's line break) per record,
    RFC 4180 style.

    A quoted field may contain delimiters, doubled quotes and line breaks; a quote inside an
    unquoted field is taken literally (as Excel does). A quoted field never closed raises
    ``UnclosedQuote``: read on, the rest of the file would be one cell, and a write would put
    the tool's columns inside it.
    """
    i, n, line = 0, len(text), 1
    while i < n:
        values: list[str] = []
        raws: list[str] = []
        start_line = line
        while True:
            start = i
            if i < n and text[i] == '"':
                i += 1
                parts: list[str] = []
                while i < n:
                    j = text.find('"', i)
                    if j < 0:
                        raise UnclosedQuote(line)
                    parts.append(text[i:j])
                    if j + 1 < n and text[j + 1] == '"':
                        parts.append('"')
                        i = j + 2
                        continue
                    i = j + 1
                    break
                value = "".join(parts)
                line += value.count("\n") + value.count("\r") - value.count("\r\n")
                # Text after the closing quote up to the delimiter is kept, as csv does.
                k = i
                while k < n and text[k] not in (delimiter, "\n", "\r"):
                    k += 1
                value += text[i:k]
                i = k
            else:
                k = i
                while k < n and text[k] not in (delimiter, "\n", "\r"):
                    k += 1
                value = text[i:k]
                i = k
            values.append(value)
            raws.append(text[start:i])
            if i < n and text[i] == delimiter:
                i += 1
                continue
            break
        # End of record: consume one line break.
        end = ""
        if text.startswith("\r\n", i):
            end = "\r\n"
        elif i < n and text[i] in "\r\n":
            end = text[i]
        i += len(end)
        line += 1
        yield values, raws, start_line, end


def read_table(path: Path, encoding: str | None = None) -> CsvTable:
    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        raise UnsupportedFile(
            f"{path.name} is {size // 1_048_576} MiB; CSV trackers over "
            f"{MAX_CSV_BYTES // 1_048_576} MiB are refused. Split it into smaller files."
        )
    data = path.read_bytes()
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
        encoding is not None and codecs.lookup(encoding).name.startswith("utf-16")
    )
    if b"\x00" in data[:4096] and not utf16:
        head = data[:4096]
        if not head.strip(b"\x00"):
            raise UnsupportedFile(
                f"{path.name} holds nothing but zero bytes, as a crash or a full disk leaves a "
                "file: it is damaged. Restore it from a backup (.followup-backups/ beside it, "
                "or your sync service's version history)"
            )
        for order, zeros in (("le", head[1::2]), ("be", head[0::2])):
            if zeros.count(0) > 0.9 * len(zeros):  # ASCII text, each character two bytes
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
    try:
        text, enc, bom = decode(data, encoding)
    except UnicodeDecodeError as exc:
        raise UnsupportedFile(
            f"{path.name} is not valid {exc.encoding.upper()} text although it starts as such "
            f"({exc.reason} at byte {exc.start}); re-save it as CSV UTF-8, or name its "
            "encoding with --encoding (e.g. --encoding cp1252)."
        ) from None
    except UnsupportedFile as exc:
        raise UnsupportedFile(f"{path.name}: {exc}") from None
    delimiter = sniff_delimiter(text, path)
    table = CsvTable(fmt=CsvFormat(encoding=enc, bom=bom, delimiter=delimiter))
    try:
        for number, (values, raws, _line, end) in enumerate(tokenize(text, delimiter), start=1):
            table.values.append(values)
            table.raw.append(raws)
            table.line_numbers.append(number)
            table.ends.append(end)
    except UnclosedQuote as exc:
        raise UnsupportedFile(
            f'{path.name} has a quote (") starting a cell on line {exc.line} that is never '
            "closed, so the rest of the file would be read as that one cell; nothing was read "
            "or written. Close or remove the quote and run again."
        ) from None
    table.fmt = dataclasses.replace(
        table.fmt,
        newline=sniff_newline(table.ends),
        final_newline=text.endswith(("\n", "\r")),
    )
    return table
