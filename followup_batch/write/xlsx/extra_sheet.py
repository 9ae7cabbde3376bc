"""The worksheets the tool owns (Drafts, Summary, the hidden calendars), made whole from
columns of values (or a data frame) and written in chunks of rows, so a big one is never held
in memory.
"""

from __future__ import annotations

import datetime
import xml.parsers.expat
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from followup_batch.errors import UnsafeWrite
from followup_batch.progress import step
from followup_batch.read.package import MAIN_NS, REL_NS, xml_parser
from followup_batch.write.xlsx.cells import date_cells, date_serials, text_cells, xml_texts
from followup_batch.write.xlsx.design import CF_RULES, extra_column_width, safe_text
from followup_batch.write.xlsx.styles import OwnStyles
from followup_batch.write.xlsx.wellformed import xml_check
from followup_batch.write.xlsx.xmlbytes import (
    XML_DECLARATION,
    column_letter,
    escape_attribute,
    escape_text,
    format_range,
)
from followup_batch.write.xlsx.zipcontainer import MemberWriter

EXTRA_SHEET_BATCH = 20_000  # rows made at a time: a big Drafts sheet is never whole in memory


@dataclass(frozen=True)
class StreamedPart:
    """A part the tool makes (a Drafts sheet) of ``rows`` rows: ``chunks()`` gives its XML a
    batch of rows at a time, so the whole is never in memory; each batch is checked as it is
    written (``wellformed``: aside for a big sheet), so its XML is checked where it is made."""

    chunks: Callable[[], Iterator[bytes]]
    rows: int = 0

    def write_to(self, member: MemberWriter) -> bool:
        """Write the part; whether its XML was checked (a check that failed on the way leaves
        it to ``verify``); ``UnsafeWrite`` when it is not well-formed."""
        check = xml_check(self.rows)
        try:
            for chunk in self.chunks():
                check.feed(chunk)
                member.write(chunk)
        except BaseException:
            check.abandon()
            raise
        parsed = check.finish()
        if parsed.error is not None:
            raise _not_well_formed(parsed.error)
        return parsed.whole


def check_well_formed(data: bytes) -> None:
    """``UnsafeWrite`` unless ``data``, a whole part the tool made, is well-formed XML."""
    try:
        xml_parser().Parse(data, True)
    except xml.parsers.expat.ExpatError as exc:
        raise _not_well_formed(exc) from None


def _not_well_formed(error: xml.parsers.expat.ExpatError | str) -> UnsafeWrite:
    return UnsafeWrite(f"a sheet the tool made is not well-formed XML ({error})")


@dataclass(frozen=True)
class OwnSheet:
    """A sheet the tool owns: its columns of values and how the sheet shows them.

    ``columns``: header -> each row's value, in the sheet's order (a list or a Series).
    ``kinds``: header -> how its cells are written, "datetime", "date" (dates among other
    values), "number" or "text" (a column not named). ``formulas``: column -> each row's
    formula ('' for none); ``columns`` holds its cached value. ``links``: column -> each row's
    link ('' for none): ``mailto:...`` (or any URL), or ``#'Sheet'!A5`` for a place in the
    workbook; ``linked`` formula columns are styled as links (their formulas are
    ``HYPERLINK``s). ``wrapped`` columns wrap (the other cells are top-aligned with them);
    ``row_heights`` (points, one per row) make wrapped text readable. ``status_columns``:
    columns coloured like the tracker's status words. ``hidden_columns`` are written, not
    shown. Printed, a sheet fits the page's width (a cut draft or note reads as a lost one),
    on a ``landscape`` page for a wide sheet.

    Made from lists, not a data frame: building one for the Drafts and Summary sheets and
    taking its columns out again took 1.5 ms a workbook (``from_frame`` reads a frame).
    """

    columns: Mapping[Any, Sequence[Any]]  # a frame's column labels need not be texts
    kinds: Mapping[Any, str] = field(default_factory=dict)
    formulas: Mapping[str, Sequence[str]] = field(default_factory=dict)
    links: Mapping[str, Sequence[str]] = field(default_factory=dict)
    linked: frozenset[str] = frozenset()  # formula columns shown as links (``HYPERLINK``)
    wrapped: frozenset[str] = frozenset()
    widths: Mapping[str, float] = field(default_factory=dict)
    row_heights: Sequence[float] | None = None
    autofilter: bool = False
    hidden: bool = False
    hidden_columns: frozenset[str] = frozenset()
    landscape: bool = False
    # Protected without a password: the sheet is rewritten on every run, so typing in it
    # would be lost; filtering, sorting and resizing stay allowed.
    protected: bool = False
    status_columns: tuple[str, ...] = ()
    # Text columns set in from the left: after a right-aligned number, "2 All" not "2All".
    indented: frozenset[str] = frozenset()
    # Set when the sheet is the same in every workbook that has this key (the calendars
    # sheet): its XML is made once per run (``own_parts``).
    cache_key: Hashable | None = None

    @classmethod
    def from_frame(cls, frame: pd.DataFrame, **how: Any) -> OwnSheet:
        """The sheet of a frame's columns, each column's kind decided on the whole column."""
        series = {name: frame[name] for name in frame.columns}
        kinds = {name: _extra_kind(column) for name, column in series.items()}
        return cls(series, kinds, **how)

    @property
    def rows(self) -> int:
        return len(next(iter(self.columns.values()), ()))

    def external_links(self) -> list[str]:
        """The targets of the sheet's external links, in the order of their relationships."""
        return [
            target
            for column in self.columns
            for target in self.links.get(column, ())
            if target and not target.startswith("#")
        ]


def as_own_sheet(sheet: pd.DataFrame | OwnSheet) -> OwnSheet:
    return sheet if isinstance(sheet, OwnSheet) else OwnSheet.from_frame(sheet)


def extra_sheet_xml(
    sheet: pd.DataFrame | OwnSheet, styles: OwnStyles, date1904: bool, rel_ids: Sequence[str] = ()
) -> bytes:
    """A whole worksheet: a styled, frozen header row and one row per record.

    Dates become date cells, numbers numbers, everything else text; formulas only where the
    sheet says (``OwnSheet.formulas``).
    """
    return b"".join(extra_sheet_chunks(sheet, styles, date1904, rel_ids=rel_ids))


def extra_sheet_chunks(
    sheet: pd.DataFrame | OwnSheet,
    styles: OwnStyles,
    date1904: bool,
    batch: int = EXTRA_SHEET_BATCH,
    *,
    rel_ids: Sequence[str] = (),
    what: str | None = None,
) -> Iterator[bytes]:
    """``extra_sheet_xml`` in chunks of ``batch`` rows (the widths are worked out first).
    ``rel_ids``: the relationship ids of the external links, in ``external_links`` order.
    ``what``: the ``progress`` step told, by the rows made, when given."""
    own = as_own_sheet(sheet)
    names = list(own.columns)
    kinds = [own.kinds.get(name, "text") for name in names]
    values = [
        _cell_values(own.columns[name], kind, name in own.formulas, date1904)
        for name, kind in zip(names, kinds, strict=True)
    ]
    widths = [
        width_xml(
            i,
            own.widths.get(str(name)) or _extra_width(column, kind, str(name)),
            hidden=name in own.hidden_columns,
        )
        for i, (name, column, kind) in enumerate(zip(names, values, kinds, strict=True))
    ]
    header_refs = [f"{column_letter(i + 1)}1" for i in range(len(names))]
    # A column set in has its header set in too: "Client" stands over its names.
    set_in = styles.header_indented_xf or styles.header_xf
    header_cells = [
        text_cells([ref], [text], "", set_in if name in own.indented else styles.header_xf)[0]
        for ref, text, name in zip(
            header_refs, xml_texts([safe_text(h) for h in names]), names, strict=True
        )
    ]
    last = format_range(1, 1, max(len(names), 1), max(own.rows + 1, 1))
    yield (
        XML_DECLARATION
        + (
            f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">{FIT_TO_PAGE}'
            f'<dimension ref="{last}"/>'
            '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
            'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" '
            'sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
            + (f"<cols>{''.join(widths)}</cols>" if widths else "")
            + f'<sheetData><row r="1">{"".join(header_cells)}</row>'
        ).encode()
    )
    for first in range(0, own.rows, batch):
        if what is not None:
            step(what, first, own.rows)
        yield _extra_rows(own, values, first, first + batch, kinds, styles).encode()
    if what is not None:
        step(what, own.rows, own.rows)
    yield (
        b"</sheetData>"
        + _after_rows(own, rel_ids, styles).encode()
        + (
            b'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
            b'footer="0.3"/>' + page_setup_xml(own.landscape) + b"</worksheet>"
        )
    )


# Each attribute set to 0 is an action allowed on the protected sheet (ECMA-376's defaults
# protect them); selecting and copying cells, and following links, are always allowed. Excel
# sorts no locked cell whatever "sort" says; LibreOffice keeps the permissions it is given.
PROTECTION = (
    '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" '
    'sort="0" autoFilter="0"/>'
)


def _after_rows(own: OwnSheet, rel_ids: Sequence[str], styles: OwnStyles) -> str:
    """The autofilter, the status colours and the links, in the schema's order."""
    names = list(own.columns)
    last_row = own.rows + 1
    text = PROTECTION if own.protected else ""
    if own.autofilter and names:
        text += f'<autoFilter ref="{format_range(1, 1, len(names), last_row)}"/>'
    priority = 0
    for name in own.status_columns:
        if not own.rows:
            break
        letter = column_letter(names.index(name) + 1)
        rules = ""
        for (_label, formula, _fill, _font), dxf in zip(CF_RULES, styles.dxfs, strict=False):
            priority += 1
            rule = escape_text(formula.format(status=f"${letter}2"))
            rules += (
                f'<cfRule type="expression" dxfId="{dxf}" priority="{priority}">'
                f"<formula>{rule}</formula></cfRule>"
            )
        sqref = f"{letter}2:{letter}{last_row}"
        text += f'<conditionalFormatting sqref="{sqref}">{rules}</conditionalFormatting>'
    links = []
    ids = iter(rel_ids)
    for i, name in enumerate(names):
        letter = column_letter(i + 1)
        for row, target in enumerate(own.links.get(name, ()), start=2):
            if not target:
                continue
            if target.startswith("#"):
                location = escape_attribute(target[1:])
                links.append(f'<hyperlink ref="{letter}{row}" location="{location}"/>')
            else:
                links.append(f'<hyperlink ref="{letter}{row}" r:id="{next(ids)}"/>')
    if links:
        text += "<hyperlinks>" + "".join(links) + "</hyperlinks>"
    return text


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


def _extra_width(values: list[Any], kind: str, header: str) -> float:
    """Wide enough for the column's longest line (its ``_cell_values``), within limits."""
    if kind in ("datetime", "date"):
        return extra_column_width(True, 0)
    if kind == "number":
        longest = max((len(str(v)) for v in values), default=0)
    else:
        longest = _longest_line([v if type(v) is str else safe_text(v) for v in values])
    return extra_column_width(False, max(longest, len(safe_text(header))))


def _cell_values(column: Sequence[Any], kind: str, formula: bool, date1904: bool) -> list[Any]:
    """A column's values as its cells take them: Excel day numbers for dates (None for a
    missing one), else the values themselves (a formula column's are its cached values).
    Made a list once for the whole column: selecting each column of each batch from a frame
    took longer than making the cells of a 30-row Drafts sheet."""
    series = column if isinstance(column, pd.Series) else None
    if formula or kind not in ("datetime", "date"):
        return series.tolist() if series is not None else list(column)
    if kind == "date" or series is None:
        listed = series.tolist() if series is not None else list(column)
        if kind == "date":
            listed = [_as_date(v) for v in listed]
        series = pd.Series(listed)
    return date_serials(series, date1904)


def _extra_rows(
    own: OwnSheet,
    values: list[list[Any]],
    start: int,
    stop: int,
    kinds: list[str],
    styles: OwnStyles,
) -> str:
    """The ``<row>`` elements of rows ``start`` to ``stop`` (0-based, below the header);
    ``values``: each column's ``_cell_values``."""
    first = start + 2
    numbers = [str(first + i) for i in range(min(stop, own.rows) - start)]
    top = styles.top_xf if own.wrapped else None
    date_style = styles.date_top_xf if own.wrapped and styles.date_top_xf else styles.date_xf
    columns: list[list[str]] = []
    for i, (name, kind, column) in enumerate(zip(own.columns, kinds, values, strict=True)):
        letter = column_letter(i + 1)
        refs = [letter + number for number in numbers]
        chunk = column[start:stop]
        if name in own.formulas:
            formulas = list(own.formulas[name][start:stop])
            style = styles.link_xf if name in own.linked else top
            columns.append(_formula_cells(refs, formulas, chunk, style))
        elif kind in ("datetime", "date"):
            columns.append(date_cells(refs, chunk, "", date_style))
        elif kind == "number":
            columns.append(
                [
                    "" if pd.isna(v) else f'<c r="{ref}"><v>{v}</v></c>'
                    for ref, v in zip(refs, chunk, strict=True)
                ]
            )
        else:
            style = (
                styles.wrapped_xf
                if name in own.wrapped
                else styles.link_xf
                if name in own.links
                else styles.indented_xf or top
                if name in own.indented
                else top
            )
            columns.append(text_cells(refs, xml_texts(chunk), "", style))
    heights = own.row_heights[start:stop] if own.row_heights is not None else None
    opens = [
        f'<row r="{number}" ht="{heights[i]:g}" customHeight="1">'
        if heights is not None
        else f'<row r="{number}">'
        for i, number in enumerate(numbers)
    ]
    # One join for the batch: a string per row first copied every draft's text once more.
    pieces: list[str] = []
    for row_open, parts in zip(opens, zip(*columns, strict=True), strict=True):
        pieces.append(row_open)
        pieces += parts
        pieces.append("</row>")
    return "".join(pieces)


def _formula_cells(
    refs: list[str], formulas: list[str], cached: list[object], style: int | None
) -> list[str]:
    """Formula cells with their cached values (a number, else text); a row without a formula
    gets its value's cell (a number, else text: a Summary count kept as the run's is a number
    to add up). The values are escaped together (once per distinct value)."""
    s = f' s="{style}"' if style else ""
    texts = xml_texts(cached)
    plain = text_cells(refs, texts, "", style)
    cells = []
    for ref, formula, value, text, cell in zip(refs, formulas, cached, texts, plain, strict=True):
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if not formula:
            cells.append(f'<c r="{ref}"{s}><v>{value:g}</v></c>' if number else cell)
        elif number:
            cells.append(f'<c r="{ref}"{s}><f>{escape_text(formula)}</f><v>{value:g}</v></c>')
        else:
            cells.append(f'<c r="{ref}"{s} t="str"><f>{escape_text(formula)}</f><v>{text}</v></c>')
    return cells


def width_xml(index: int, width: float, *, hidden: bool = False) -> str:
    """The ``<col>`` element giving column ``index`` (0 for A) its width."""
    shown = ' hidden="1"' if hidden else ""
    return f'<col min="{index + 1}" max="{index + 1}" width="{width:g}" customWidth="1"{shown}/>'


# Printed, the sheet is scaled to the page's width, as many pages long as it takes
# (fitToHeight 0); ``fitToPage`` is what makes a reader apply the two.
FIT_TO_PAGE = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'


def page_setup_xml(landscape: bool) -> bytes:
    orientation = "landscape" if landscape else "portrait"
    return f'<pageSetup orientation="{orientation}" fitToWidth="1" fitToHeight="0"/>'.encode()


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
