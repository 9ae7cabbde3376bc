"""A filter a person saved on the tool's own columns (Follow-up status = "Overdue"), applied
again to the values a run writes, whether it is the sheet's filter or that of the Excel Table
the tracker is made into (Ctrl-T, "Format as Table"), whose filter lives in the table's part.

Neither Excel nor LibreOffice applies a saved filter again when it opens a file: each row's
hidden flag is what the last save left. After a run, a row that became Overdue overnight
stayed hidden under the filter that shows the Overdue rows (ot147 F1). The run knows the new
values, so it sets the hidden flag of each row it writes as the filter's criteria say.

Only what can be worked out exactly is applied: a list of values (``<filters>``, with or
without blanks) and "equals" / "does not equal" with Excel's wildcards (``<customFilters>``),
compared as the programs compare them, ignoring letter case. A filter on the tool's dates, a
colour, a top ten or a comparison is left as it is, and the run asks the person to apply it
again when a value it filters changed. A row hidden for another reason too (criteria on the
person's own columns, whose values the run does not change, or a collapsed group) is kept
hidden when the tool cannot tell the reasons apart, and said.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from followup_batch.write.columns import OWNED_COLUMNS
from followup_batch.write.xlsx.scan import Block
from followup_batch.write.xlsx.xmlbytes import (
    Document,
    Node,
    attribute,
    children,
    column_letter,
    parse_range,
    split_document,
    unescape,
)

# Whether a cell's text (blank: "") passes a column's criteria.
Shows = Callable[[str], bool]

REFILTER_NOTE = (
    'sheet "{sheet}": re-apply your filter on {columns}: {why}, so the rows it hides are '
    "those of your last save (Excel: Data > Reapply; LibreOffice: pick the filter again "
    "from its arrow)"
)
CANNOT_APPLY = "the tool cannot apply its criteria to the new values in {rows}"
HIDDEN_ELSEWHERE = (
    "{rows} now pass{es} it but stay{s} hidden, as other criteria or a collapsed group may "
    "hide {them}"
)


@dataclass(frozen=True)
class ColumnFilter:
    """The criteria of one of the tool's columns in the sheet's filter; ``shows`` None when
    the tool cannot work them out exactly."""

    column: int
    key: str
    shows: Shows | None


@dataclass
class Refilter:
    """A sheet filter with criteria on the tool's columns: its rows, those criteria and the
    ones on the person's columns, and the rows it leaves as they were (for the note)."""

    first_row: int
    last_row: int
    filters: tuple[ColumnFilter, ...]  # on the tool's columns
    others: tuple[ColumnFilter, ...]  # on the person's columns (``key`` "")
    unapplied: list[int] = field(default_factory=list)  # rows whose filtered values changed
    kept_hidden: list[int] = field(default_factory=list)  # rows that pass, hidden otherwise

    @property
    def applies(self) -> bool:
        return all(f.shows is not None for f in self.filters)

    def covers(self, row: int) -> bool:
        return self.first_row <= row <= self.last_row

    def shows(self, values: Mapping[int, str]) -> bool:
        """The row passes every criterion on the tool's columns (``values``: column -> text)."""
        return all(f.shows(values.get(f.column, "")) for f in self.filters if f.shows)

    def shows_elsewhere(self, values: Mapping[int, str | None]) -> bool | None:
        """The row passes the criteria on the person's columns (``values``: column -> text,
        None for a number, whose text as shown the tool does not know); None when that
        cannot be told."""
        for other in self.others:
            text = values.get(other.column, "")
            if other.shows is None or text is None:
                return None
            if not other.shows(text):
                return False
        return True

    def note(self, sheet: str) -> str | None:
        """What the person should do, or None when every row's flag is as the filter says."""
        rows = self.kept_hidden if self.applies else self.unapplied
        if not rows:
            return None
        several = len(set(rows)) > 1
        where = f"row{'s' if several else ''} {_rows_listed(rows)}"
        why = (
            HIDDEN_ELSEWHERE.format(
                rows=where,
                es="" if several else "es",
                s="" if several else "s",
                them="them" if several else "it",
            )
            if self.applies
            else CANNOT_APPLY.format(rows=where)
        )
        columns = ", ".join(
            f'{column_letter(f.column)} ("{OWNED_COLUMNS[f.key]}")' for f in self.filters
        )
        return REFILTER_NOTE.format(sheet=sheet, columns=columns, why=why)


def plan_refilter(sheet: Document, tables: Iterable[bytes], block: Block) -> Refilter | None:
    """The filter over the tracker's header row, as the run leaves it (widened): the sheet's,
    else that of the tracker's Excel Table (Ctrl-T, "Format as Table": its filter lives in the
    table's part, and Excel lets no sheet filter overlap a table), when it has criteria on
    the tool's columns; None otherwise (no filter, or one on the person's columns alone:
    their values do not change, nor do the rows it hides)."""
    nodes = [sheet.first("autoFilter")]
    nodes += [split_document(data).first("autoFilter") for data in tables]
    return next((found for node in nodes if (found := _filter_plan(node, block)) is not None), None)


def _filter_plan(node: Node | None, block: Block) -> Refilter | None:
    """The plan of one ``<autoFilter>`` (the sheet's or a table's), as ``plan_refilter``."""
    if node is None or node.data.endswith(b"/>"):
        return None
    bounds = parse_range(attribute(node.start_tag, "ref") or "")
    if bounds is None or bounds[1] != block.header_row:
        return None
    keys = {column: key for key, column in block.columns.items()}
    filters: list[ColumnFilter] = []
    others: list[ColumnFilter] = []
    for child in children(node).nodes:
        if child.name != "filterColumn":
            continue
        column_id = attribute(child.start_tag, "colId")
        if column_id is None or not column_id.isdigit():
            return None
        column = bounds[0] + int(column_id)
        criteria = [n for n in children(child).nodes if n.name]
        if criteria:
            key = keys.get(column, "")
            (filters if key else others).append(ColumnFilter(column, key, _criteria(criteria)))
    if not filters:
        return None
    return Refilter(bounds[1] + 1, bounds[3], tuple(filters), tuple(others))


def hidden_after(
    before: bool,
    shown_before: bool,
    shown_after: bool,
    shown_elsewhere: Callable[[], bool | None],
) -> bool | None:
    """Whether a row the filter covers is hidden once the run wrote its new values:
    ``before`` its flag as saved, ``shown_before``/``shown_after`` whether its old and new
    values pass the criteria on the tool's columns, ``shown_elsewhere`` whether nothing else
    hides it (criteria on the person's columns, a collapsed group). None: it passes now, was
    hidden by those criteria and the tool cannot tell whether something else hides it too
    (kept hidden, and said)."""
    if not shown_after:
        return True
    if not before:
        return False
    if shown_before:
        return True  # hidden for another reason than the tool's columns: kept so
    elsewhere = shown_elsewhere()
    return None if elsewhere is None else not elsewhere


def _criteria(nodes: list[Node]) -> Shows | None:
    """The test of one column's criteria, or None for criteria not worked out exactly."""
    if len(nodes) != 1:
        return None
    node = nodes[0]
    if node.name == "filters":
        return _listed(node)
    if node.name == "customFilters":
        return _custom(node)
    return None  # top10, dynamicFilter, colorFilter, iconFilter


def _listed(node: Node) -> Shows | None:
    """``<filters>``: the values ticked in the list (and "(empty)", ``blank``)."""
    blank = attribute(node.start_tag, "blank") in ("1", "true")
    wanted = set()
    for item in children(node).nodes:
        if not item.name:
            continue
        if item.name != "filter":
            return None  # a dateGroupItem: dates, which the tool does not compare
        wanted.add(unescape(attribute(item.start_tag, "val") or "").casefold())

    def shows(text: str) -> bool:
        return (blank and not text) or text.casefold() in wanted

    return shows


def _custom(node: Node) -> Shows | None:
    """``<customFilters>``: one or two "equals" / "does not equal" tests, with wildcards."""
    both = attribute(node.start_tag, "and") in ("1", "true")
    tests: list[Shows] = []
    for item in children(node).nodes:
        if not item.name:
            continue
        operator = attribute(item.start_tag, "operator") or "equal"
        if item.name != "customFilter" or operator not in ("equal", "notEqual"):
            return None
        pattern = _wildcards(unescape(attribute(item.start_tag, "val") or ""))
        tests.append(_matches(pattern, equal=operator == "equal"))
    if not tests:
        return None

    def shows(text: str) -> bool:
        passed = (test(text) for test in tests)
        return all(passed) if both else any(passed)

    return shows


def _matches(pattern: re.Pattern[str], *, equal: bool) -> Shows:
    def shows(text: str) -> bool:
        return (pattern.fullmatch(text) is not None) == equal

    return shows


def _rows_listed(rows: list[int], shown: int = 10) -> str:
    """Rows as runs a person reads at a glance ("3, 11-12, 25"), the first ``shown`` of them."""
    runs: list[list[int]] = []
    for row in sorted(set(rows)):
        if runs and row == runs[-1][1] + 1:
            runs[-1][1] = row
        else:
            runs.append([row, row])
    text = ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs[:shown])
    more = len(runs) - shown
    return f"{text} and {more} more" if more > 0 else text


def _wildcards(value: str) -> re.Pattern[str]:
    """Excel's wildcards: ``*`` any run, ``?`` one character, ``~`` before either a plain one."""
    parts = []
    escaped = False
    for char in value:
        if escaped:
            parts.append(re.escape(char))
            escaped = False
        elif char == "~":
            escaped = True
        elif char == "*":
            parts.append(".*")
        elif char == "?":
            parts.append(".")
        else:
            parts.append(re.escape(char))
    if escaped:
        parts.append(re.escape("~"))
    return re.compile("".join(parts), re.IGNORECASE | re.DOTALL)
