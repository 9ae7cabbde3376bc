"""A CSV's records, RFC 4180 style, each field's value beside its raw text as written
(``csv_cells.read_table`` reads a file through ``tokenize``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# A sheet's last column is XFD: a record wider than that is no spreadsheet's, and a tracker
# read from it could not be written back (nor shown in Excel) whole.
EXCEL_COLUMNS = 16_384


class TooWide(ValueError):
    """A record of more fields than a sheet has columns (``EXCEL_COLUMNS``): raised at the
    first field past them, so a line of millions of cells is not cut into cells first."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


class UnclosedQuote(ValueError):
    """A quoted field never closed: the rest of the file would be one cell."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


@dataclass(frozen=True)
class MultiLineCell:
    """A quoted field over line breaks, as a tokenized record holds it: a Notes cell of
    several lines, or a quote left open that ran on into the rows below (``_runaway_quote``)."""

    field: int  # its index in the record
    first_line: int  # the line its quote opens on
    last_line: int  # the line its quote closes on
    text_after_quote: bool  # text between its closing quote and the next delimiter


def _line_breaks(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def tokenize(
    text: str, delimiter: str
) -> Iterable[tuple[list[str], list[str], int, str, list[MultiLineCell]]]:
    """Yield (values, raw fields, 1-based first line, the record's line break, its quoted
    fields over line breaks) per record, RFC 4180 style.

    A quoted field may contain delimiters, doubled quotes and line breaks; a quote inside an
    unquoted field is taken literally (as Excel does). A quoted field never closed raises
    ``UnclosedQuote``: read on, the rest of the file would be one cell, and a write would put
    the tool's columns inside it. A record of more fields than a sheet has columns raises
    ``TooWide``.
    """
    i, n, line = 0, len(text), 1
    stop = re.compile(f"[{re.escape(delimiter)}\r\n]")

    def field_end(at: int) -> int:
        """Where the unquoted text from ``at`` ends: a delimiter, a line break or the end (a
        search, not a loop over characters: a cell of 40 MiB took 20 s, now 1 s)."""
        found = stop.search(text, at)
        return found.start() if found else n

    while i < n:
        values: list[str] = []
        raws: list[str] = []
        multi_line: list[MultiLineCell] = []
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
                # Text after the closing quote up to the delimiter is kept, as csv does.
                k = field_end(i)
                breaks = _line_breaks(value)
                if breaks:
                    multi_line.append(MultiLineCell(len(values), line, line + breaks, k > i))
                    line += breaks
                value += text[i:k]
                i = k
                raw = text[start:i]
            else:
                k = field_end(i)
                value = raw = text[i:k]  # one string, not two copies of a large cell
                i = k
            values.append(value)
            raws.append(raw)
            if len(values) > EXCEL_COLUMNS:
                raise TooWide(start_line)
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
        yield values, raws, start_line, end, multi_line
