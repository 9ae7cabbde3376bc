"""The worksheets the tool owns (Drafts), made whole from a data frame and written in chunks
of rows, so a big one is never held in memory.
"""

from __future__ import annotations

import datetime
import xml.parsers.expat
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pandas as pd

from followup_batch.errors import UnsafeWrite
from followup_batch.read.package import MAIN_NS, REL_NS
from followup_batch.write.xlsx.cells import date_cells, date_serials, text_cells, xml_texts
from followup_batch.write.xlsx.design import extra_column_width, safe_text
from followup_batch.write.xlsx.styles import OwnStyles
from followup_batch.write.xlsx.xmlbytes import XML_DECLARATION, column_letter, format_range
from followup_batch.write.xlsx.zipcontainer import MemberWriter

EXTRA_SHEET_BATCH = 20_000  # rows made at a time: a big Drafts sheet is never whole in memory


@dataclass(frozen=True)
class StreamedPart:
    """A part the tool makes (a Drafts sheet): ``chunks()`` gives its XML a batch of rows at a
    time, so the whole is never in memory; each batch is parsed as it is written, so its XML is
    checked where it is made."""

    chunks: Callable[[], Iterator[bytes]]

    def write_to(self, member: MemberWriter) -> None:
        """Write the part; ``UnsafeWrite`` when its XML is not well-formed."""
        parser = xml.parsers.expat.ParserCreate()
        try:
            for chunk in self.chunks():
                parser.Parse(chunk, False)
                member.write(chunk)
            parser.Parse(b"", True)
        except xml.parsers.expat.ExpatError as exc:
            raise UnsafeWrite(f"a sheet the tool made is not well-formed XML ({exc})") from None


def extra_sheet_xml(frame: pd.DataFrame, styles: OwnStyles, date1904: bool) -> bytes:
    """A whole worksheet: a styled, frozen header row and one row per record (values only).

    Dates become date cells, numbers numbers, everything else text (never a formula).
    """
    return b"".join(extra_sheet_chunks(frame, styles, date1904))


def extra_sheet_chunks(
    frame: pd.DataFrame, styles: OwnStyles, date1904: bool, batch: int = EXTRA_SHEET_BATCH
) -> Iterator[bytes]:
    """``extra_sheet_xml`` in chunks of ``batch`` rows (the widths are worked out first)."""
    kinds = [_extra_kind(frame[name]) for name in frame.columns]
    widths = [
        _width(i, _extra_width(frame[name], kind, str(name)))
        for i, (name, kind) in enumerate(zip(frame.columns, kinds, strict=True))
    ]
    header_refs = [f"{column_letter(i + 1)}1" for i in range(len(frame.columns))]
    header_cells = text_cells(
        header_refs, xml_texts([safe_text(h) for h in frame.columns]), "", styles.header_xf
    )
    last = format_range(1, 1, max(len(frame.columns), 1), max(len(frame) + 1, 1))
    yield (
        XML_DECLARATION
        + (
            f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><dimension ref="{last}"/>'
            '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
            'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" '
            'sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
            + (f"<cols>{''.join(widths)}</cols>" if widths else "")
            + f'<sheetData><row r="1">{"".join(header_cells)}</row>'
        ).encode()
    )
    for first in range(0, len(frame), batch):
        rows = _extra_rows(frame.iloc[first : first + batch], first + 2, kinds, styles, date1904)
        yield "".join(rows).encode()
    yield (
        b"</sheetData>"
        b'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        b"</worksheet>"
    )


def _extra_kind(series: pd.Series) -> str:
    """How a column's cells are written: "datetime", "date" (dates among objects), "number"
    or "text" — decided on the whole column, so every batch writes it the same way."""
    if pd.api.types.is_datetime64_any_dtype(series):
        return "datetime"
    if series.dtype == object and _may_hold_dates(series):
        return "date"
    if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
        return "number"
    return "text"


def _may_hold_dates(series: pd.Series) -> bool:
    # pandas' type inference (in C) settles a column of texts at once; 166,666 isinstance
    # calls per Drafts column took half a second.
    if pd.api.types.infer_dtype(series, skipna=True) in ("string", "empty"):
        return False
    return any(isinstance(v, datetime.date) for v in series.tolist())


def _extra_width(series: pd.Series, kind: str, header: str) -> float:
    if kind in ("datetime", "date"):
        return extra_column_width(True, 0)
    values = series.tolist()
    if kind == "number":
        longest = max((len(str(v)) for v in values), default=0)
    else:
        longest = _longest_line([v if type(v) is str else safe_text(v) for v in values])
    return extra_column_width(False, max(longest, len(safe_text(header))))


def _extra_rows(
    frame: pd.DataFrame, first: int, kinds: list[str], styles: OwnStyles, date1904: bool
) -> list[str]:
    numbers = [str(first + i) for i in range(len(frame))]
    columns: list[list[str]] = []
    for i, (name, kind) in enumerate(zip(frame.columns, kinds, strict=True)):
        letter = column_letter(i + 1)
        refs = [letter + number for number in numbers]
        series = frame[name]
        if kind == "datetime":
            columns.append(date_cells(refs, date_serials(series, date1904), "", styles.date_xf))
        elif kind == "date":
            serials = date_serials(pd.Series([_as_date(v) for v in series.tolist()]), date1904)
            columns.append(date_cells(refs, serials, "", styles.date_xf))
        elif kind == "number":
            columns.append(
                [
                    "" if pd.isna(v) else f'<c r="{ref}"><v>{v}</v></c>'
                    for ref, v in zip(refs, series.tolist(), strict=True)
                ]
            )
        else:
            columns.append(text_cells(refs, xml_texts(series.tolist()), "", None))
    return [
        '<row r="' + number + '">' + "".join(parts) + "</row>"
        for number, parts in zip(numbers, zip(*columns, strict=True), strict=True)
    ]


def _width(index: int, width: float) -> str:
    return f'<col min="{index + 1}" max="{index + 1}" width="{width:g}" customWidth="1"/>'


def _longest_line(texts: list[str], enough: int = 80) -> int:
    """The longest line among the texts, or any length from ``enough`` up (the widest a
    column gets). Short texts are measured in one pass over them joined; long ones (drafts)
    one by one until a line reaches ``enough``."""
    if max(map(len, texts), default=0) <= enough:
        return max(map(len, "\n".join(texts).split("\n")))
    longest = 0
    for text in texts:
        longest = max(longest, max(map(len, text.split("\n")), default=0))
        if longest >= enough:
            break
    return longest


def _as_date(value: object) -> object:
    if isinstance(value, datetime.date | pd.Timestamp) and not pd.isna(value):
        return pd.Timestamp(value).normalize()
    return pd.NaT
