"""A new workbook written as the SpreadsheetML parts themselves: the few parts a workbook of
plain sheets needs, made as XML text and zipped with ``zipfile``. The write stage's one way to
make a workbook from nothing (``exports.digest_xlsx`` says what goes in the coach's digest);
trackers are edited in place by ``write.xlsx``.

Why not openpyxl: the coach's digest (8,133 items) took 6.1 to 6.7 CPU s in openpyxl's
per-cell objects and its XML serialiser; the same cells made a column at a time with the
package writer's cell builders (``write.xlsx.cells``) take 0.5 CPU s, zip and check included
(``benchmarks/README.md``). The parts are
dated by the caller (``created``), never by the clock, so the same content gives the same
bytes: a re-run can compare files byte for byte.

What a sheet can have: column widths, frozen panes, an autofilter (with the hidden defined
name Excel keeps beside it) and external links (``mailto:``); cells are inline strings,
numbers and dates, styled by ``CellFormat``. Nothing else: no formulas, no shared strings, no
theme (the default font is named, not taken from a theme).
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from followup_batch.read.package import CONTENT_TYPES_NS, MAIN_NS, PACKAGE_REL_NS, REL_NS
from followup_batch.write.xlsx.cells import date_cells, date_serials, text_cells, xml_texts
from followup_batch.write.xlsx.design import DATE_FORMAT, HEADER_FILL_RGB
from followup_batch.write.xlsx.extra_sheet import width_xml
from followup_batch.write.xlsx.links import link_relationships
from followup_batch.write.xlsx.parts import FILTER_DATABASE
from followup_batch.write.xlsx.xmlbytes import (
    XML_DECLARATION,
    column_letter,
    escape_attribute,
    escape_text,
    format_range,
    parse_range,
)

__all__ = [  # what a caller outside the write stage uses
    "HEADER_FILL_RGB",
    "CellFormat",
    "Font",
    "Sheet",
    "column_letter",
    "date_column",
    "format_range",
    "number_column",
    "row_xml",
    "table_rows",
    "text_column",
    "write_book",
]

SPREADSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
CORE_PROPERTIES_REL = PACKAGE_REL_NS + "/metadata/core-properties"
DATE_FORMAT_ID = 164  # the first id of a format of one's own (below are Excel's built-ins)
CREATOR = "followup-batch"


DEFAULT_FONT, DEFAULT_FONT_SIZE = "Calibri", 11


@dataclass(frozen=True)
class Font:
    """A cell font: the workbook's default font (Calibri 11) with what differs. Named in full:
    a font without a name is drawn in LibreOffice's own default, a serif."""

    bold: bool = False
    size: float | None = None
    colour: str = ""  # RRGGBB
    underline: bool = False

    def xml(self) -> str:
        return (
            "<font>"
            + ('<b val="1"/>' if self.bold else "")
            + ('<u val="single"/>' if self.underline else "")
            + f'<sz val="{self.size or DEFAULT_FONT_SIZE:g}"/>'
            + (f'<color rgb="FF{self.colour}"/>' if self.colour else "")
            + f'<name val="{DEFAULT_FONT}"/><family val="2"/>'
            + "</font>"
        )


@dataclass(frozen=True)
class CellFormat:
    """How a cell looks: its font, a solid fill (RRGGBB), the date format, wrapped text, its
    horizontal alignment ("left", "center", "right"; '' for the spreadsheet's own: text to
    the start of its direction, so a right-to-left name ends against the next cell's text)."""

    font: Font | None = None
    fill: str = ""
    date: bool = False
    wrapped: bool = False  # wrapped and top-aligned
    horizontal: str = ""


@dataclass(frozen=True)
class Sheet:
    """A worksheet: its ``<row>`` elements in order (made with ``table_rows``), the column
    widths from column A, the top-left cell of its scrolling pane (``A3`` keeps rows 1 and 2
    in view; '' for none), its autofilter range ('' for none) and its external links as
    (cell, target) pairs. ``header_row``: the row printed again at the top of every page (0
    for none); a sheet with one prints landscape, its columns fitted to the page's width, as
    many pages long as it takes (the digest's 13 columns were cut over 14 portrait pages)."""

    name: str
    rows: Sequence[str]
    widths: Sequence[float] = ()
    freeze: str = ""
    autofilter: str = ""
    links: Sequence[tuple[str, str]] = ()
    header_row: int = 0


# ---------------------------------------------------------------------------------------------
# Cells, a column at a time


def text_column(
    letter: str, first: int, values: Sequence[object], style: int | Sequence[int] = 0
) -> list[str]:
    """Inline-string cells for rows ``first``...: control characters dropped, text cut to
    Excel's limit, XML escaped ('' for an empty text: no cell). A text that looks like a
    formula stays text. ``style``: one for the column, or one per row."""
    refs = [f"{letter}{first + i}" for i in range(len(values))]
    texts = xml_texts(values)
    if isinstance(style, int):
        return text_cells(refs, texts, "", style or None)
    cells = [""] * len(refs)
    for each in set(style):  # a few styles: the cells of each made together
        rows = [i for i, s in enumerate(style) if s == each]
        made = text_cells([refs[i] for i in rows], [texts[i] for i in rows], "", each or None)
        for i, cell in zip(rows, made, strict=True):
            cells[i] = cell
    return cells


def number_column(letter: str, first: int, values: Iterable[int], style: int = 0) -> list[str]:
    s = f' s="{style}"' if style else ""
    return [f'<c r="{letter}{first + i}"{s}><v>{int(v)}</v></c>' for i, v in enumerate(values)]


def date_column(letter: str, first: int, values: pd.Series, style: int) -> list[str]:
    """Date cells (day numbers in the date format ``style``); a missing date is an empty
    cell."""
    refs = [f"{letter}{first + i}" for i in range(len(values))]
    return date_cells(refs, date_serials(values, False), "", style)


def row_xml(number: int, cells: Iterable[str]) -> str:
    """One ``<row>`` element of cells made for row ``number``."""
    return f'<row r="{number}">{"".join(cells)}</row>'


def table_rows(first: int, columns: Sequence[Sequence[str]]) -> list[str]:
    """``<row>`` elements from columns of cells (each from row ``first``, all as long)."""
    return [row_xml(first + i, cells) for i, cells in enumerate(zip(*columns, strict=True))]


# ---------------------------------------------------------------------------------------------
# The package


def write_book(
    path: Path,
    sheets: Sequence[Sheet],
    formats: Sequence[CellFormat],
    created: dt.datetime,
    keywords: str = "",
) -> None:
    """Write the workbook to ``path``. ``formats[i]`` is cell style ``i + 1`` (0 is the
    default); ``created`` dates the document properties and the zip's members; ``keywords``
    are the document's (Excel and LibreOffice keep them when they save it)."""
    parts: list[tuple[str, bytes]] = [
        ("[Content_Types].xml", _content_types(len(sheets))),
        ("_rels/.rels", _package_rels()),
        ("docProps/core.xml", _core_properties(created, keywords)),
        ("xl/workbook.xml", _workbook(sheets)),
        ("xl/_rels/workbook.xml.rels", _workbook_rels(len(sheets))),
        ("xl/styles.xml", styles_xml(formats)),
    ]
    for number, sheet in enumerate(sheets, start=1):
        parts.append((f"xl/worksheets/sheet{number}.xml", _worksheet(sheet)))
        if sheet.links:
            rels = link_relationships([target for _, target in sheet.links])
            parts.append((f"xl/worksheets/_rels/sheet{number}.xml.rels", rels))
    stamp = (created.year, created.month, created.day, created.hour, created.minute, 0)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)


def styles_xml(formats: Sequence[CellFormat], *, plain: int = 1) -> bytes:
    """``xl/styles.xml``: the default style (Calibri 11), ``plain`` times (a workbook written
    without styles whose cells name indexes all get the default look), then one ``<xf>`` per
    format."""
    fonts = [Font().xml()]
    fills = ['<fill><patternFill patternType="none"/></fill>']
    fills.append('<fill><patternFill patternType="gray125"/></fill>')  # reserved by Excel
    xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'] * max(1, plain)
    for cell in formats:
        font_id = fill_id = 0
        if cell.font is not None:
            font_id = _position(fonts, cell.font.xml())
        if cell.fill:
            fill = (
                f'<fill><patternFill patternType="solid"><fgColor rgb="FF{cell.fill}"/>'
                "</patternFill></fill>"
            )
            fill_id = _position(fills, fill)
        applied = (
            (' applyNumberFormat="1"' if cell.date else "")
            + (' applyFont="1"' if font_id else "")
            + (' applyFill="1"' if fill_id else "")
            + (' applyAlignment="1"' if cell.wrapped or cell.horizontal else "")
        )
        aligned = (f' horizontal="{cell.horizontal}"' if cell.horizontal else "") + (
            ' vertical="top" wrapText="1"' if cell.wrapped else ""
        )
        alignment = f"<alignment{aligned}/>" if aligned else ""
        number_format = DATE_FORMAT_ID if cell.date else 0
        xfs.append(
            f'<xf numFmtId="{number_format}" fontId="{font_id}" fillId="{fill_id}" borderId="0" '
            f'xfId="0"{applied}' + (f">{alignment}</xf>" if alignment else "/>")
        )
    return (
        XML_DECLARATION
        + (
            f'<styleSheet xmlns="{MAIN_NS}">'
            f'<numFmts count="1"><numFmt numFmtId="{DATE_FORMAT_ID}" '
            f'formatCode="{escape_attribute(DATE_FORMAT)}"/></numFmts>'
            f'<fonts count="{len(fonts)}">{"".join(fonts)}</fonts>'
            f'<fills count="{len(fills)}">{"".join(fills)}</fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
            "</borders>"
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
            f'</cellStyleXfs><cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            "</styleSheet>"
        ).encode()
    )


def _position(elements: list[str], element: str) -> int:
    """The element's index in the list, appended when it is not there yet."""
    if element not in elements:
        elements.append(element)
    return elements.index(element)


def _worksheet(sheet: Sheet) -> bytes:
    cols = "".join(width_xml(i, width) for i, width in enumerate(sheet.widths))
    links = "".join(
        f'<hyperlink ref="{ref}" r:id="rId{i}"/>' for i, (ref, _) in enumerate(sheet.links, 1)
    )
    return (
        XML_DECLARATION
        + (
            f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">'
            + ('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' if sheet.header_row else "")
            + f'<sheetViews><sheetView workbookViewId="0">{_pane(sheet.freeze)}</sheetView>'
            '</sheetViews><sheetFormatPr baseColWidth="8" defaultRowHeight="15"/>'
            + (f"<cols>{cols}</cols>" if cols else "")
            + "<sheetData>"
        ).encode()
        + "".join(sheet.rows).encode()
        + (
            "</sheetData>"
            + (f'<autoFilter ref="{sheet.autofilter}"/>' if sheet.autofilter else "")
            + (f"<hyperlinks>{links}</hyperlinks>" if links else "")
            + (
                # Narrower margins: the columns fitted to the page print larger.
                '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" '
                'footer="0.3"/><pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
                if sheet.header_row
                else '<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" '
                'footer="0.5"/>'
            )
            + "</worksheet>"
        ).encode()
    )


def _pane(freeze: str) -> str:
    """A frozen pane whose scrolling part starts at cell ``freeze`` ('' for none)."""
    found = parse_range(freeze) if freeze else None
    if found is None or found[:2] == (1, 1):
        return ""
    column, row = found[0] - 1, found[1] - 1
    active = {(0, 1): "bottomLeft", (1, 0): "topRight"}.get((bool(column), bool(row)))
    active = active or "bottomRight"
    return (
        "<pane"
        + (f' xSplit="{column}"' if column else "")
        + (f' ySplit="{row}"' if row else "")
        + f' topLeftCell="{freeze}" activePane="{active}" state="frozen"/>'
        f'<selection pane="{active}" activeCell="A1" sqref="A1"/>'
    )


def _workbook(sheets: Sequence[Sheet]) -> bytes:
    entries = "".join(
        f'<sheet name="{escape_attribute(sheet.name)}" sheetId="{i}" r:id="rId{i}"/>'
        for i, sheet in enumerate(sheets, start=1)
    )
    # Excel writes an autofilter's range in this hidden name too (and openpyxl did).
    names = "".join(
        f'<definedName name="{FILTER_DATABASE}" localSheetId="{i}" hidden="1">'
        f"{escape_text(_absolute(sheet.name, sheet.autofilter))}</definedName>"
        for i, sheet in enumerate(sheets)
        if sheet.autofilter
    )
    # The header row printed on every page ("print titles").
    names += "".join(
        f'<definedName name="_xlnm.Print_Titles" localSheetId="{i}">'
        f"{escape_text(_rows_of(sheet.name, sheet.header_row))}</definedName>"
        for i, sheet in enumerate(sheets)
        if sheet.header_row
    )
    return (
        XML_DECLARATION
        + (
            f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><workbookPr/>'
            '<bookViews><workbookView activeTab="0"/></bookViews>'
            f"<sheets>{entries}</sheets>"
            + (f"<definedNames>{names}</definedNames>" if names else "")
            + "</workbook>"
        ).encode()
    )


def _rows_of(sheet: str, row: int) -> str:
    """``'Due'!$1:$1`` for row 1 of ``Due``."""
    quoted = sheet.replace("'", "''")
    return f"'{quoted}'!${row}:${row}"


def _absolute(sheet: str, cells: str) -> str:
    """``'Due'!$A$1:$L$9`` for ``Due`` and ``A1:L9``."""
    bounds = parse_range(cells)
    if bounds is None:
        raise ValueError(f"not a range of cells: {cells!r}")
    first_column, first_row, last_column, last_row = bounds
    quoted = sheet.replace("'", "''")
    return (
        f"'{quoted}'!${column_letter(first_column)}${first_row}"
        f":${column_letter(last_column)}${last_row}"
    )


def _content_types(sheet_count: int) -> bytes:
    sheets = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
        f'ContentType="{SPREADSHEET_TYPE}.worksheet+xml"/>'
        for i in range(1, sheet_count + 1)
    )
    return (
        XML_DECLARATION
        + (
            f'<Types xmlns="{CONTENT_TYPES_NS}">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            f'ContentType="{SPREADSHEET_TYPE}.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{SPREADSHEET_TYPE}.styles+xml"/>'
            f"{sheets}"
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            "</Types>"
        ).encode()
    )


def _package_rels() -> bytes:
    return (
        XML_DECLARATION
        + (
            f'<Relationships xmlns="{PACKAGE_REL_NS}">'
            f'<Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/>'
            f'<Relationship Id="rId2" Type="{CORE_PROPERTIES_REL}" Target="docProps/core.xml"/>'
            "</Relationships>"
        ).encode()
    )


def _workbook_rels(sheet_count: int) -> bytes:
    sheets = "".join(
        f'<Relationship Id="rId{i}" Type="{REL_NS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, sheet_count + 1)
    )
    styles = f'<Relationship Id="rId{sheet_count + 1}" Type="{REL_NS}/styles" Target="styles.xml"/>'
    return (
        XML_DECLARATION
        + f'<Relationships xmlns="{PACKAGE_REL_NS}">{sheets}{styles}</Relationships>'.encode()
    )


def _core_properties(created: dt.datetime, keywords: str) -> bytes:
    stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ")
    keywords_xml = f"<cp:keywords>{escape_text(keywords)}</cp:keywords>" if keywords else ""
    return (
        XML_DECLARATION
        + (
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:creator>{CREATOR}</dc:creator>"
            f"{keywords_xml}"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
            "</cp:coreProperties>"
        ).encode()
    )
