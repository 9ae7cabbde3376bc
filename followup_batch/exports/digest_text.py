"""The digest as text: aligned tables for the terminal, and GitHub-flavoured Markdown.

Both read in the digest's order: what is due today across all clients, the overdue backlog,
what is coming up, the clients' counts and items, then the rows to fix.
"""

from __future__ import annotations

import functools
import re
import textwrap
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from followup_batch.exports.digest import (
    COUNT_HEADERS,
    IDLE_TITLE,
    NOTHING_READ,
    PAGE_LIMITS,
    UPCOMING,
    Digest,
    PageList,
    TodayList,
    company_position,
    draft_links,
    full_list,
    lateness,
    left_out,
    recipient,
    row_only,
    row_problems,
    weekday_date,
    where,
    workbook_name,
)
from followup_batch.exports.files import write_marked
from followup_batch.normalise.controls import printable
from followup_batch.schedule.labels import DUE_SOON, DUE_TODAY, NEEDS_INFO, OVERDUE
from followup_batch.text import display_width, first_columns, wrapped

# Terminal colours: red, orange (256-colour), yellow, blue, magenta.
ANSI: dict[str, str] = {
    OVERDUE: "\x1b[1;31m",
    DUE_TODAY: "\x1b[1;38;5;208m",
    DUE_SOON: "\x1b[33m",
    UPCOMING: "\x1b[34m",
    NEEDS_INFO: "\x1b[35m",
}
ANSI_RESET = "\x1b[0m"
MIN_WIDTH = 60
MIN_COLUMN = 8

TODAY_HEADERS = ("Late", "Client", "Action", "Company", "To")
# With the urgency in words: due soon and upcoming items differ in colour only otherwise, and
# not at all without colour (ot85 F5).
COMING_HEADERS = ("Due", "Urgency", "Client", "Action", "Company", "To")
WIDE = 120  # from this width on, the cross-client tables show addresses too
ITEM_HEADERS = ("Due", "Urgency", "Action", "Company – Position", "Where")
FIX_HEADERS = ("Client", "Where", "Company – Position")  # each problem on a line below


def _one_line(text: object) -> str:
    """The text of a cell of the tables, on one line and without control characters (a
    tracker's cell holding ESC]52 reaches neither the terminal nor the Markdown)."""
    # str.split's whitespace is the regex \s (every Unicode space), at a third of the cost.
    return printable(" ".join(str(text).split()))


def _fit(text: str, width: int, shown: Callable[[str], str] = str) -> str:
    """The cell's text in at most ``width`` terminal columns: a Japanese company name's letters
    take two each (``display_width``), so the columns after it line up. ``shown``: a text as
    the console shows it (its stand-ins on an ASCII console: an emoji as one "?", "…" as
    "..."), which is what is measured and cut."""
    if width <= 0:
        return ""
    text = shown(_one_line(text))
    # Where a row is ("Maya Chen.xlsx [Interviews] row 5"): its file's name is cut, not the
    # row's number (ot91 F1: "Maya Chen.xlsx [Interviews] ro…").
    row = _ROW_AT_END.search(text)
    if row and display_width(text) > width and width > len(row[0]) + MIN_COLUMN // 2:
        head = first_columns(text[: row.start()], width - len(row[0]), ellipsis=shown("…"))
        return head + row[0]
    return first_columns(text, width, ellipsis=shown("…"))


_ROW_AT_END = re.compile(r" row \d+$")


def _table(
    headers: tuple[str, ...],
    rows: list[list[str]],
    width: int,
    *,
    flexible: tuple[int, ...],
    right: frozenset[int] = frozenset(),
    colour: Callable[[int], tuple[int, str] | None] = lambda n: None,
    indent: str = "  ",
    sizes: list[int] | None = None,
    shown: Callable[[str], str] = str,
    optional: int = 0,
    last: tuple[int, ...] = (),
    when_cut: Mapping[tuple[int, int], str] | None = None,
    leave_out: int | None = None,
) -> list[str]:
    """An aligned text table that fits ``width``: the widest of the ``flexible`` columns gives
    up a character at a time (never below ``MIN_COLUMN``), cut text ending in an ellipsis.

    ``sizes``: the columns' natural widths (``column_sizes`` of several tables that line up).
    ``colour``: (column, ANSI code) to colour in row ``n``, or None.
    ``shown``: a text as the console shows it (see ``_fit``).
    ``last``: columns cut the same way, but only once the ``flexible`` ones are at their
    narrowest (an action: "1st check-in" reads better whole than a company's name).
    ``optional``: how many of the last columns are left out, last first, when the table does
    not fit ``width`` even with its cut columns at their narrowest (a 60-column terminal).
    A header with a line break is a header of two lines (``STACKED_COUNT_HEADERS``).
    ``when_cut``: (row, column) -> the text a cell shows instead of its own when that is cut
    short (itself cut in turn): a To cell of each person with their addresses, else every
    name first (``_names_first``).
    ``leave_out``: a column not shown, its width given to the others (the Tracker column of
    a digest of one tracker, ``Digest.lone_tracker``); the other arguments number the
    columns as if it were shown.
    """
    if leave_out is not None:
        keep = [i for i in range(len(headers)) if i != leave_out]
        at = {old: new for new, old in enumerate(keep)}  # a column's place once it is gone
        headers = tuple(headers[i] for i in keep)
        rows = [[row[i] for i in keep] for row in rows]
        sizes = [sizes[i] for i in keep] if sizes else None
        flexible, last = (tuple(at[i] for i in cut if i in at) for cut in (flexible, last))
        right = frozenset(at[i] for i in right if i in at)
        painted = colour

        def colour(n: int) -> tuple[int, str] | None:
            code = painted(n)
            return (at[code[0]], code[1]) if code else None

        when_cut = {(n, at[i]): text for (n, i), text in (when_cut or {}).items() if i in at}
    sizes = list(sizes or column_sizes(headers, rows, shown))
    gap = 2
    while optional and (
        least_width(sizes, flexible + last, indent) > width
        or _names_at_their_narrowest(sizes, flexible, last, len(sizes) - optional, width, indent)
    ):
        optional -= 1
        headers, sizes = headers[:-1], sizes[:-1]
        rows = [row[:-1] for row in rows]
        flexible = tuple(i for i in flexible if i < len(sizes))
    sizes = _cut_to_fit(sizes, flexible, last, width, indent)

    def line(cells: list[str], code: tuple[int, str] | None, n: int = -1) -> str:
        parts = []
        for i, (cell, size) in enumerate(zip(cells, sizes, strict=True)):
            text = _fit(cell, size, shown)
            if when_cut and (n, i) in when_cut and text != shown(_one_line(cell)):
                text = _fit(when_cut[n, i], size, shown)
            padding = " " * (size - display_width(text))
            if code and i == code[0]:
                text = f"{code[1]}{text}{ANSI_RESET}"
            parts.append(padding + text if i in right else text + padding)
        return (indent + (" " * gap).join(parts)).rstrip()

    depth = max(header.count("\n") for header in headers) + 1
    stacked = [[""] * (depth - h.count("\n") - 1) + h.split("\n") for h in headers]
    out = [line([cells[n] for cells in stacked], None) for n in range(depth)]
    out += [indent + (" " * gap).join("─" * s for s in sizes)]
    out += [line(row, colour(n), n) for n, row in enumerate(rows)]
    return out


def _cut_to_fit(
    sizes: list[int], flexible: tuple[int, ...], last: tuple[int, ...], width: int, indent: str
) -> list[int]:
    """``sizes`` with the widest of the ``flexible`` columns, then of the ``last`` ones, a
    character narrower at a time (never below ``MIN_COLUMN``) until the table fits ``width``."""
    sizes = list(sizes)
    excess = len(indent) + sum(sizes) + 2 * (len(sizes) - 1) - width
    for cut in (flexible, last):
        while excess > 0 and cut:
            widest = max(cut, key=lambda i: sizes[i])
            if sizes[widest] <= MIN_COLUMN:
                break
            sizes[widest] -= 1
            excess -= 1
    return sizes


def _names_at_their_narrowest(
    sizes: list[int],
    flexible: tuple[int, ...],
    last: tuple[int, ...],
    kept: int,
    width: int,
    indent: str,
) -> bool:
    """Whether fitting ``width`` cuts a name or a company (a ``flexible`` column of the first
    ``kept``) to its narrowest: the optional columns after them go first. At 60 columns a
    To cell of "Hannah …" beside a company of "Cloudfl…" named neither (ot150)."""
    cut = _cut_to_fit(sizes, flexible, last, width, indent)
    return any(cut[i] <= MIN_COLUMN < sizes[i] for i in flexible if i < kept)


def column_sizes(
    headers: tuple[str, ...], rows: list[list[str]], shown: Callable[[str], str] = str
) -> list[int]:
    """The widest cell of each column in terminal columns (``display_width``) as the console
    shows it (see ``_fit``), header included."""
    columns = zip(headers, *rows, strict=True)
    return [
        max(
            [
                *(display_width(shown(part)) for part in header.split("\n")),
                *(display_width(shown(_one_line(c))) for c in cells),
            ]
        )
        for header, *cells in columns
    ]


def least_width(sizes: list[int], flexible: tuple[int, ...], indent: str = "  ") -> int:
    """The width of a table whose columns are ``sizes`` wide with its ``flexible`` ones at
    their narrowest (``_table``)."""
    narrowest = [min(size, MIN_COLUMN) if i in flexible else size for i, size in enumerate(sizes)]
    return len(indent) + sum(narrowest) + 2 * (len(sizes) - 1)


def _names_first(item: Mapping[str, Any]) -> str:
    """The To cell of a wide table cut short: ``recipient``, but every name before any
    address when a row has several (``Lee Wong, Ana Diaz · lee@…, ana@…``), so a cut cell
    still names each person, as the narrow table's names-only cell does (ot53 F8). A cell
    that fits shows ``recipient``, each person with their addresses (``_to_cells``)."""
    names, emails = item["to"], item["email"]
    if names and emails and len(names.split(", ")) > 1:
        return f"{names} · {emails}"
    return recipient(item)


def _to_cells(
    items: Sequence[Mapping[str, Any]], column: int, wide: bool
) -> tuple[list[str], dict[tuple[int, int], str]]:
    """The To cells of a table's ``items`` (its ``column``), and what each shows when cut
    short (``_table``'s ``when_cut``): in a ``wide`` table each person beside the addresses
    their draft goes to, as the page, the Markdown and the .eml files write them
    (``recipient``: "Tom Becker <jobs@…>, Ana Lima <ana@…>"), every name first when that
    is cut (``_names_first``); else the names alone."""
    if not wide:
        return [item["to"] for item in items], {}
    cells = [recipient(item) for item in items]
    cut = {(n, column): _names_first(item) for n, item in enumerate(items)}
    return cells, {key: text for key, text in cut.items() if text != cells[key[0]]}


def _count(value: Any) -> str:
    return f"{int(value):,}" if int(value) else "·"


def to_terminal(
    digest: Digest, width: int = 80, *, color: bool = False, shown: Callable[[str], str] = str
) -> str:
    """Aligned plain-text tables that fit ``width`` columns; ANSI colours only when ``color``.
    ``shown``: a text as the console shows it (``cli.streams.as_shown``): the columns are
    lined up by what it prints, "?" for an emoji an ASCII console lacks, not by the emoji."""
    width = max(width, MIN_WIDTH)
    due_day = functools.cache(weekday_date)  # thousands of items fall on a few dozen days
    lines = [digest.title(), *textwrap.wrap(digest.headline(), width)]
    if digest.counts.empty:
        quiet = f"{NOTHING_READ}; the FAILED lines say why." if digest.nothing_read else ""
        text = "\n".join(
            [*lines, "", quiet or "Nothing is due.", *_idle(digest, width, shown=shown)]
        )
        return text + "\n"

    def paint(column: int, levels: list[str]) -> Callable[[int], tuple[int, str] | None]:
        """The colour of row ``n`` of a table: its urgency's, in ``column``."""
        return lambda n: (column, ANSI[levels[n]]) if color else None

    # A digest of one tracker of nobody's names it on no line: its column would only say
    # "Job Hunt 2026.xlsx" again and again and cut the companies' names.
    lone = digest.lone_tracker is not None
    late_headers = digest.headed(TODAY_HEADERS)
    late_tables: list[tuple[TodayList, list[list[str]], dict[tuple[int, int], str]]] = []
    for part in digest.today_lists():
        records = part.page.records
        to, cut = _to_cells(records, 4, width >= WIDE)
        rows = [
            [lateness(i), i["client"], i["action"], i["company"], t]
            for i, t in zip(records, to, strict=True)
        ]
        late_tables.append((part, rows, cut))
    # Due today and overdue in columns that line up: one table under two headings.
    late_rows = [row for _, rows, _ in late_tables for row in rows]
    late_sizes = column_sizes(late_headers, late_rows, shown)
    for part, rows, cut in late_tables:
        lines += ["", f"{part.title} ({part.page.total:,})"]
        # Fitting 60 columns (ot85 F10): the action is cut too, and the To column left out.
        lines += _table(
            late_headers,
            rows,
            width,
            flexible=(1, 3, 4),
            last=(2,),
            colour=paint(0, [i["urgency"] for i in part.page.records]),
            sizes=late_sizes,
            shown=shown,
            optional=1,
            when_cut=cut,
            leave_out=1 if lone else None,
        )
    coming = digest.coming_records()
    if coming:
        lines += ["", f"{digest.coming_title()} ({len(coming):,})"]
        to, cut = _to_cells(coming, 5, width >= WIDE)
        rows = [
            [due_day(i["due"]), i["urgency"], i["client"], i["action"], i["company"], t]
            for i, t in zip(coming, to, strict=True)
        ]
        levels = [i["urgency"] for i in coming]
        lines += _table(
            digest.headed(COMING_HEADERS),
            rows,
            width,
            flexible=(2, 4, 5),
            last=(3,),
            colour=paint(1, levels),
            shown=shown,
            optional=1,
            when_cut=cut,
            leave_out=2 if lone else None,
        )

    columns = [*digest.urgencies, NEEDS_INFO, "Total"]
    count_rows = [
        [client, *(_count(digest.client_counts(client)[c]) for c in columns)]
        for client in digest.clients
    ]
    count_rows.append([f"All {digest.of_whom}", *(_count(digest.totals[c]) for c in columns)])
    lines += ["", f"{digest.of_whom.capitalize()} ({len(digest.clients):,})"]
    headers = digest.headed(("Client", *(COUNT_HEADERS.get(c, c) for c in columns)))
    if least_width(column_sizes(headers, count_rows, shown), ()) > width:
        # Headers of two lines ("Due" over "today"), as narrow as the counts (ot85 F10),
        # before a tracker's name is cut: "All tracke…" beside "Due today" (ot150).
        headers = tuple(h.replace(" ", "\n", 1) for h in headers)
    lines += _table(
        headers,
        count_rows,
        width,
        flexible=(0,),
        right=frozenset(range(1, len(columns) + 1)),
        shown=shown,
    )
    lines += _idle(digest, width, indent="  ", shown=shown)

    tables: list[tuple[str, list[list[str]]]] = []
    levels_of: dict[int, list[str]] = {}
    for client in digest.clients:
        items = digest.client_records(client)
        if not items:
            continue
        source = digest.single_source(client)
        locate = row_only if source else where
        rows = [
            [due_day(i["due"]), i["urgency"], i["action"], company_position(i), locate(i)]
            for i in items
        ]
        tables.append((_one_line(f"{client} — {source}" if source else client), rows))
        levels_of[len(tables) - 1] = [i["urgency"] for i in items]
    sizes = column_sizes(ITEM_HEADERS, [row for _, rows in tables for row in rows], shown)
    for n, (heading, rows) in enumerate(tables):
        lines += ["", heading]
        lines += _table(
            ITEM_HEADERS,
            rows,
            width,
            flexible=(3, 4),
            last=(2,),
            colour=paint(1, levels_of[n]),
            sizes=sizes,
            shown=shown,
        )

    if len(digest.needs_info):
        lines += ["", f"Rows to fix ({len(digest.needs_info):,})"]
        records = digest.needs_info.to_dict("records")
        rows = [[i["client"], where(i), company_position(i) or "(no company)"] for i in records]
        table = _table(
            digest.headed(FIX_HEADERS),
            rows,
            width,
            flexible=(0, 1, 2),
            shown=shown,
            leave_out=0 if lone else None,
        )
        lines += table[:2]
        # Each of the row's problems on lines of its own below it: in a fourth column it was
        # the part a terminal cut off, even 120 columns wide; every one of them (ot106 F1).
        # Wrapped at its spaces, not cut (ot91 F1: the --map command to copy ended in "…").
        for row_line, record in zip(table[2:], records, strict=True):
            lines.append(row_line)
            for problem in row_problems(record):
                lines += wrapped("    " + shown(_one_line(problem)), width)
    return "\n".join(lines) + "\n"  # the trackers not read: the command's FAILED lines


def _idle(
    digest: Digest, width: int, indent: str = "", shown: Callable[[str], str] = str
) -> list[str]:
    """The line naming the clients read with nothing due (``Digest.idle_line``), wrapped to
    ``width`` terminal columns (a Japanese name's letters take two each) between names, never
    inside one; a name wider than a line is cut with an ellipsis. ``shown``: see ``_fit``."""
    if not digest.idle:
        return []
    last = len(digest.idle) - 1
    names = [_one_line(name) + ("," if at < last else "") for at, name in enumerate(digest.idle)]
    lines, line = [], indent + f"{IDLE_TITLE} ({len(digest.idle):,}):"
    for name in names:
        word = shown(name)
        if display_width(line) + 1 + display_width(word) <= width:
            line += " " + word
            continue
        lines.append(line)
        line = indent + "  " + _fit(name, width - len(indent) - 2, shown)
    return [*lines, line]


# Each character Markdown could read as markup, with a backslash before it; angle brackets as
# character references, since Python-Markdown (MkDocs) does not take `\<` as an escape and
# showed the backslash before every address ("Lee Wong \<lee@…>"), which GitHub did not.
MARKDOWN_ESCAPES = str.maketrans({"<": "&lt;", ">": "&gt;"} | {c: f"\\{c}" for c in "\\`*_[]|#"})
# An ampersand that would start a character reference ("&copy;", "&#169;"), kept literal.
REFERENCE_START = re.compile(r"&(?=#?\w+;)")


def _md(text: object) -> str:
    return REFERENCE_START.sub("&amp;", _one_line(text)).translate(MARKDOWN_ESCAPES)


def _md_table(headers: tuple[str, ...], rows: list[list[object]]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]
    return out


def to_markdown(digest: Digest, *, workbook: str | None = None, base: Path | None = None) -> str:
    """GitHub-flavoured Markdown in the digest's order. ``workbook``: the digest workbook
    written with it, which the line below a cut list names (see ``full_list``); ``base``: the
    file's folder, for relative links to ``.eml`` drafts."""
    out = [f"# {digest.title()}", "", _md(digest.headline()), ""]
    due_day = functools.cache(weekday_date)  # thousands of items fall on a few dozen days
    if digest.counts.empty:  # a quiet day still names the files it could not read, as the page
        # The clients read with nothing due, before the files not read, as on a busy day.
        idle = _md_idle(digest, workbook)
        quiet = [*idle[1:], *_unread(digest)] if digest.left_alone() else ["Nothing is due."]
        if digest.nothing_read:
            quiet = [f"{NOTHING_READ}: the list below says why.", *_unread(digest)]
        elif not digest.left_alone():
            quiet += idle
        return "\n".join([*out, *(quiet[1:] if quiet[0] == "" else quiet)]) + "\n"
    for part in digest.today_lists(page=True):
        page = part.page
        out += [f"## {_md(part.title)} ({page.total:,})", ""]
        out += _md_table(
            digest.headed(("Late", "Client", "Action", "Company – Position", "To", "Subject")),
            [
                [lateness(i), i["client"], i["action"], company_position(i), recipient(i)]
                + [i["subject"]]
                for i in page.records
            ],
        )
        if any(i["draft_files"] for i in page.records):  # written with --eml-dir
            out = _with_drafts_column(out, page.records, draft_links(base))
        out += _more_of(page, workbook)
        out.append("")
    coming = digest.page_coming()
    if coming.total:
        out += [f"## {digest.coming_title()} ({coming.total:,})", ""]
        out += _md_table(
            digest.headed(("Due", "Urgency", "Client", "Action", "Company – Position", "To")),
            [
                [due_day(i["due"]), i["urgency"], i["client"], i["action"], company_position(i)]
                + [recipient(i)]
                for i in coming.records
            ],
        )
        out += _more_of(coming, workbook)
        out.append("")
    columns = [*digest.urgencies, NEEDS_INFO, "Total"]
    out += [f"## {digest.of_whom.capitalize()} ({len(digest.clients):,})", ""]
    headers = digest.headed(("Client", *(COUNT_HEADERS.get(c, c) for c in columns)))
    out.append("| " + " | ".join(headers) + " |")
    out.append("|---|" + "---:|" * len(columns))
    for client in digest.clients:
        counts = " | ".join(f"{digest.client_counts(client)[c]:,}" for c in columns)
        out.append(f"| {_md(client)} | {counts} |")
    totals = " | ".join(f"**{int(digest.totals[c]):,}**" for c in columns)
    out.append(f"| **All {digest.of_whom}** | {totals} |")
    out += _md_idle(digest, workbook)
    for client in digest.clients[: PAGE_LIMITS["clients"]]:
        page = digest.page_client(client)
        if not page.total:
            continue
        out += ["", f"### {_md(client)}", "", _md(digest.client_headline(client)), ""]
        out += _md_table(
            ("Due", "Urgency", "Action", "Company", "Position", "Subject", "Where"),
            [
                [due_day(i["due"]), i["urgency"], i["action"], i["company"], i["position"]]
                + [i["subject"], where(i)]
                for i in page.records
            ],
        )
        out += _more_of(page, workbook)
    out += _more(len(digest.clients), "clients", full_list(workbook), what=" clients' items")
    if len(digest.needs_info):
        out += ["", f"## Rows to fix ({len(digest.needs_info):,})", ""]
        # Each of the row's problems an item of a list under it (ot106 F1: only the first).
        for item in digest.needs_info.head(PAGE_LIMITS["fixes"]).to_dict("records"):
            what = company_position(item) or "(no company)"
            out.append(f"- {_md(item['client'])}, {_md(where(item))}: {_md(what)}")
            out += [f"  - {_md(problem)}" for problem in row_problems(item)]
        out += _more(len(digest.needs_info), "fixes", full_list(workbook))
    if digest.left_alone():
        out += _unread(digest)
    return "\n".join(out) + "\n"


def _md_idle(digest: Digest, workbook: str | None) -> list[str]:
    """A blank line and the line naming the clients read with nothing due, at most
    ``PAGE_LIMITS["clients"]`` of them (and where they are all listed); none when there are
    none."""
    line = digest.idle_line(PAGE_LIMITS["clients"])
    if not line:
        return []
    more = left_out(len(digest.idle), "clients")
    return ["", _md(line) + (f": {_md(full_list(workbook))}." if more else "")]


def _with_drafts_column(
    out: list[str], records: list[dict[str, Any]], link: Callable[[str], str]
) -> list[str]:
    """``out`` ending in a table of ``today_lists``, with a Drafts column: a link to each item's
    ``.eml`` drafts, named by their person when a row has several (a panel's)."""
    table = out[-len(records) - 2 :]
    cells = []
    for record in records:
        files = [(to, file) for to, file in record["draft_files"] if file]
        named = len(files) > 1
        cells.append(", ".join(_draft_cell(to if named else "", file, link) for to, file in files))
    table = [table[0] + " Drafts |", table[1] + "---|"] + [
        f"{line} {cell} |" for line, cell in zip(table[2:], cells, strict=True)
    ]
    return out[: -len(records) - 2] + table


def _draft_cell(to: str, file: str, link: Callable[[str], str]) -> str:
    """A link to a draft named by its person (or "Draft"); without a relative link to it, the
    file's name, never its local path (``digest.draft_links``)."""
    text, target = _md(to) if to else "Draft", link(file)
    return f"[{text}]({target})" if target else f"{text}: {_md(Path(file).name)}"


def _unread(digest: Digest) -> list[str]:
    """The section naming the trackers not read or not updated, and why: a blank line, then
    its heading."""
    left = digest.left_alone()
    out = ["", f"## {digest.left_alone_title()} ({len(left):,})", ""]
    out += [f"- {_md(name)}: {_md(why)}" for name, why in left[: PAGE_LIMITS["unread"]]]
    return out + _more(len(left), "unread", "the run's report lists them all")


def _more(count: int, kind: str, place: str, *, what: str = "") -> list[str]:
    """The line after a list cut at ``PAGE_LIMITS[kind]``: how many more, and the ``place``
    that lists them all (none when the list was whole)."""
    more = left_out(count, kind)
    if not more:
        return []
    return ["", f"… and {more:,} more{what}: {_md(place)}."]


def _more_of(page: PageList, workbook: str | None) -> list[str]:
    """The line after the overdue or coming list or a client's items when the page cut them:
    how many more and which (``PageList.more_words``), whose most of them are
    (``PageList.whose``), and where they are all listed."""
    if not page.more:
        return []
    whose = f", {page.share()} {_md(page.whose[0])}'s" if page.whose else ""
    return ["", f"… and {page.more_words()}{whose}: {_md(full_list(workbook))}."]


def write_digest_markdown(digest: Digest, path: Path, *, workbook: Path | None = None) -> Path:
    """Write the Markdown; ``workbook``: the digest workbook written with it (see
    ``workbook_name``)."""
    text = to_markdown(digest, workbook=workbook_name(workbook, path), base=path.parent)
    return write_marked(path, text, ".md")
