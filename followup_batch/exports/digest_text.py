"""The digest as text: an aligned table for the terminal, and GitHub-flavoured Markdown."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from followup_batch.exports.digest import (
    DUE_SOON,
    DUE_TODAY,
    OVERDUE,
    UPCOMING,
    Digest,
    company_position,
    first_problem,
    row_only,
    weekday_date,
    where,
)
from followup_batch.exports.due import NEEDS_INFO
from followup_batch.exports.files import write_text

# Terminal colours: red, orange (256-colour), yellow, blue, magenta.
ANSI: dict[str, str] = {
    OVERDUE: "\x1b[1;31m",
    DUE_TODAY: "\x1b[1;38;5;208m",
    DUE_SOON: "\x1b[33m",
    UPCOMING: "\x1b[34m",
    NEEDS_INFO: "\x1b[35m",
}
ANSI_RESET = "\x1b[0m"


ITEM_HEADERS = ("Due", "Urgency", "Action", "Company – Position", "Where")


def _item_cells(item: Mapping[str, Any]) -> list[str]:
    return [
        weekday_date(item["due"]),
        item["urgency"],
        item["action"],
        company_position(item),
        where(item),
    ]


def _one_line(text: object) -> str:
    return re.sub(r"\s+", " ", str(text)).strip()


def _fit(text: str, width: int) -> str:
    text = _one_line(text)
    if width <= 0:
        return ""
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(
    headers: list[str],
    rows: list[list[str]],
    width: int,
    *,
    flexible: int,
    right: frozenset[int] = frozenset(),
    colour: Callable[[list[str]], str | None] = lambda row: None,
    indent: str = "",
    sizes: list[int] | None = None,
) -> list[str]:
    """An aligned text table; column ``flexible`` shrinks (with an ellipsis) to fit ``width``.

    ``sizes``: the columns' natural widths (``column_sizes`` of several tables that line up).
    """
    sizes = list(sizes or column_sizes(headers, rows))
    gap = 2
    spare = width - len(indent) - sum(sizes) - gap * (len(sizes) - 1)
    if spare < 0:
        shrunk = max(8, sizes[flexible] + spare)
        spare += sizes[flexible] - shrunk
        sizes[flexible] = shrunk
    if spare < 0 and flexible != len(sizes) - 1:
        sizes[-1] = max(8, sizes[-1] + spare)

    def line(cells: list[str], code: str | None) -> str:
        parts = []
        for i, (cell, size) in enumerate(zip(cells, sizes, strict=True)):
            text = _fit(cell, size)
            padding = " " * (size - len(text))
            if code and i == 1:
                text = f"{code}{text}{ANSI_RESET}"
            parts.append(padding + text if i in right else text + padding)
        return (indent + (" " * gap).join(parts)).rstrip()

    out = [line(headers, None), indent + (" " * gap).join("─" * s for s in sizes)]
    out += [line(row, colour(row)) for row in rows]
    return out


def column_sizes(headers: list[str], rows: list[list[str]]) -> list[int]:
    """The widest cell of each column, header included."""
    columns = zip(headers, *rows, strict=True)
    return [max(len(_one_line(c)) for c in column) for column in columns]


def to_terminal(digest: Digest, width: int = 100, *, color: bool = False) -> str:
    """An aligned plain-text table for the terminal; ANSI colours only when ``color``."""
    width = max(width, 60)
    lines = [digest.title(), *textwrap.wrap(digest.headline(), width), ""]
    if digest.counts.empty:
        lines.append("Nothing is due.")
        return "\n".join(lines) + "\n"

    columns = [*digest.urgencies, NEEDS_INFO, "Total"]
    count_rows = [
        [client, *(_count(digest.counts.at[client, c]) for c in columns)]
        for client in digest.clients
    ]
    count_rows.append(["All clients", *(_count(digest.totals[c]) for c in columns)])
    lines += _table(
        ["Client", *columns],
        count_rows,
        width,
        flexible=0,
        right=frozenset(range(1, len(columns) + 1)),
    )

    def code(row: list[str]) -> str | None:
        return ANSI.get(row[1]) if color else None

    tables: list[tuple[str, list[list[str]]]] = []
    for client in digest.clients:
        items = digest.client_items(client)
        needs = digest.client_needs_info(client)
        source = digest.single_source(client)
        locate = row_only if source else where
        rows = [[*_item_cells(item)[:4], locate(item)] for item in items.to_dict("records")]
        rows += [
            ["", NEEDS_INFO, "Fix the row", company_position(item) or "(no company)", locate(item)]
            for item in needs.to_dict("records")
        ]
        tables.append((f"{client} — {source}" if source else client, rows))
    sizes = column_sizes(list(ITEM_HEADERS), [row for _, rows in tables for row in rows])
    for heading, rows in tables:
        lines += ["", heading]
        lines += _table(
            list(ITEM_HEADERS),
            rows,
            width,
            flexible=3,
            colour=code,
            indent="  ",
            sizes=sizes,
        )
    return "\n".join(lines) + "\n"


def _count(value: Any) -> str:
    return str(int(value)) if int(value) else "·"


MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _md(text: object) -> str:
    return MARKDOWN_SPECIAL.sub(r"\\\1", _one_line(text))


def to_markdown(digest: Digest) -> str:
    """GitHub-flavoured Markdown: counts table, then one table per client."""
    out = [f"# {digest.title()}", "", _md(digest.headline()), ""]
    if digest.counts.empty:
        return "\n".join([*out, "Nothing is due.", ""])
    columns = [*digest.urgencies, NEEDS_INFO, "Total"]
    out.append("| Client | " + " | ".join(columns) + " |")
    out.append("|---|" + "---:|" * len(columns))
    for client in digest.clients:
        counts = " | ".join(str(int(digest.counts.at[client, c])) for c in columns)
        out.append(f"| {_md(client)} | {counts} |")
    totals = " | ".join(f"**{int(digest.totals[c])}**" for c in columns)
    out.append(f"| **All clients** | {totals} |")
    for client in digest.clients:
        out += ["", f"## {_md(client)}", ""]
        out.append("| Due | Urgency | Action | Company | Position | Subject | Where |")
        out.append("|---|---|---|---|---|---|---|")
        for item in digest.client_items(client).to_dict("records"):
            cells = [
                weekday_date(item["due"]),
                item["urgency"],
                item["action"],
                item["company"],
                item["position"],
                item["subject"],
                where(item),
            ]
            out.append("| " + " | ".join(_md(c) for c in cells) + " |")
        needs = digest.client_needs_info(client)
        if len(needs):
            out += ["", "Needs fixing before anything can be scheduled:", ""]
            for item in needs.to_dict("records"):
                problem = first_problem(item)
                out.append(f"- {_md(where(item))}: {_md(company_position(item))} — {_md(problem)}")
    return "\n".join(out) + "\n"


def write_digest_markdown(digest: Digest, path: Path) -> Path:
    return write_text(path, to_markdown(digest))
