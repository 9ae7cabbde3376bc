"""The coach's digest: what is due across files, sheets and clients, most urgent first.

Flow: each tracker sheet's normalised frame and output columns become *due items*
(``collect_due``, one row per tracker row that has something to send or needs fixing), the
items of every file are concatenated, ``build_digest`` picks what is due by the as-of date and
orders it, and the renderers turn the ``Digest`` into a terminal table, Markdown, a
self-contained HTML page or a new xlsx workbook.

The due items (``DUE_ITEM_COLUMNS``), one row per tracker row:

    client          str       the job seeker (the Client column, else the sheet name when the
                              workbook has several tracker sheets, else the file stem)
    file            str       the tracker's file name, as shown
    path            str       the tracker's full path
    sheet           str       the sheet name ('' for CSV)
    row             int       the Excel row number (CSV: record number) as the user sees it
    company         str
    position        str
    interview_date  datetime64[ns]
    action          str       the next action's label (``schedule.labels.ACTION_LABELS``)
    due             datetime64[ns]  its due date (NaT for rows that need fixing)
    status          str       ``schedule.labels.STATUSES``
    subject         str       the draft's subject ('' without drafts)
    draft           str       the draft's text ('' without drafts)
    why             str       the explanation
    problems        str       the row's problems, one per line

Urgency in the digest: Overdue, Due today and Due soon come from the row's status (the rules'
business-day reading of "soon"); with a horizon of N days, anything else due within the next N
calendar days is Upcoming.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
import textwrap
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from followup_batch.schedule.labels import ACTION_LABELS
from followup_batch.write import atomic

DUE_ITEM_COLUMNS: tuple[str, ...] = (
    "client",
    "file",
    "path",
    "sheet",
    "row",
    "company",
    "position",
    "interview_date",
    "action",
    "due",
    "status",
    "subject",
    "draft",
    "why",
    "problems",
)
TEXT_COLUMNS = tuple(c for c in DUE_ITEM_COLUMNS if c not in ("row", "interview_date", "due"))

OVERDUE, DUE_TODAY, DUE_SOON, UPCOMING = "Overdue", "Due today", "Due soon", "Upcoming"
URGENCIES: tuple[str, ...] = (OVERDUE, DUE_TODAY, DUE_SOON, UPCOMING)
NEEDS_INFO = "Needs info"
NO_ACTION = ACTION_LABELS["none"]

# The workbook's conditional-format colours (workbook.CF_RULES): fill, text.
URGENCY_COLOURS: dict[str, tuple[str, str]] = {
    OVERDUE: ("FFC7CE", "9C0006"),
    DUE_TODAY: ("FFD8A8", "7F3F00"),
    DUE_SOON: ("FFEB9C", "9C5700"),
    UPCOMING: ("DCE6F1", "1F3864"),
    NEEDS_INFO: ("E4DFEC", "3F3151"),
}
# Terminal colours: red, orange (256-colour), yellow, blue, magenta.
ANSI: dict[str, str] = {
    OVERDUE: "\x1b[1;31m",
    DUE_TODAY: "\x1b[1;38;5;208m",
    DUE_SOON: "\x1b[33m",
    UPCOMING: "\x1b[34m",
    NEEDS_INFO: "\x1b[35m",
}
ANSI_RESET = "\x1b[0m"


# ---------------------------------------------------------------------------------------------
# Due items
# ---------------------------------------------------------------------------------------------


def empty_items() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=object) for c in DUE_ITEM_COLUMNS})
    return _typed(frame)


def collect_due(
    frame: pd.DataFrame,
    output: pd.DataFrame,
    *,
    path: Path,
    sheet: str | None = None,
    client: str | None = None,
) -> pd.DataFrame:
    """The due items of one tracker sheet: ``DUE_ITEM_COLUMNS``, one row per tracker row that
    has a next action with a due date, or that needs fixing.

    ``frame`` is the normalised frame (``normalise.normalise_rows``) and ``output`` the owned
    output columns (``pipeline.compute``), both indexed by Excel row. Drafts are taken from
    ``output``'s ``draft_subject`` and ``draft`` columns when present. ``client`` overrides the
    frame's client column (a config's fixed client name); rows without one get the file stem.
    """
    path = Path(path)
    status = output["status"].astype(str)
    action = output["next_action"].astype(str)
    due = pd.to_datetime(output["next_due"]).astype("datetime64[ns]")
    keep = (due.notna() & (action != NO_ACTION)) | (status == NEEDS_INFO)
    if not keep.any():
        return empty_items()
    rows = frame.index[keep.to_numpy()]
    if client is not None:
        clients = pd.Series(client, index=rows)
    else:
        clients = _text(frame["client"].loc[rows]).replace("", path.stem)
    items = pd.DataFrame(
        {
            "client": clients,
            "file": path.name,
            "path": str(path),
            "sheet": sheet or "",
            "row": rows.to_numpy(dtype="int64"),
            "company": _text(frame["company"].loc[rows]),
            "position": _text(frame["position"].loc[rows]),
            "interview_date": frame["interview_date"].loc[rows],
            "action": action.loc[rows],
            "due": due.loc[rows],
            "status": status.loc[rows],
            "subject": _optional_text(output, "draft_subject", rows),
            "draft": _optional_text(output, "draft", rows),
            "why": _optional_text(output, "why", rows),
            "problems": _optional_text(output, "problems", rows),
        },
        index=rows,
    )
    return _typed(items.reset_index(drop=True))


def concat_items(parts: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """All files' due items in one frame (empty parts skipped)."""
    frames = [p for p in parts if len(p)]
    if not frames:
        return empty_items()
    return _typed(pd.concat(frames, ignore_index=True))


def _text(values: pd.Series) -> pd.Series:
    return values.map(lambda v: "" if v is None or v is pd.NA or v != v else str(v)).astype(object)


def _optional_text(output: pd.DataFrame, column: str, rows: pd.Index) -> pd.Series:
    if column not in output.columns:
        return pd.Series("", index=rows, dtype=object)
    return _text(output[column].loc[rows])


def _typed(items: pd.DataFrame) -> pd.DataFrame:
    items = items.loc[:, list(DUE_ITEM_COLUMNS)].copy()
    for column in TEXT_COLUMNS:
        items[column] = items[column].astype(object)
    items["row"] = items["row"].astype("int64")
    for column in ("interview_date", "due"):
        items[column] = pd.to_datetime(items[column]).astype("datetime64[ns]")
    return items


# ---------------------------------------------------------------------------------------------
# The digest
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Digest:
    """What is due by ``as_of``, grouped by client, most urgent first.

    ``items``: the due items in digest order plus an ``urgency`` column (``URGENCIES``).
    ``counts``: one row per client in the same order, one column per urgency shown, then
    ``Needs info`` and ``Total`` (the items to send).
    ``needs_info``: the rows that need fixing before anything can be scheduled.
    """

    as_of: dt.date
    horizon_days: int
    items: pd.DataFrame
    counts: pd.DataFrame
    needs_info: pd.DataFrame

    @property
    def urgencies(self) -> tuple[str, ...]:
        return URGENCIES if self.horizon_days > 0 else URGENCIES[:3]

    @property
    def clients(self) -> list[str]:
        return list(self.counts.index)

    @property
    def totals(self) -> pd.Series:
        return self.counts.sum(axis=0)

    def client_items(self, client: str) -> pd.DataFrame:
        """The client's items to send, in digest order."""
        return self._items_by_client.get(client, self.items.iloc[:0])

    def client_needs_info(self, client: str) -> pd.DataFrame:
        """The client's rows that need fixing."""
        return self._needs_by_client.get(client, self.needs_info.iloc[:0])

    def single_source(self, client: str) -> str | None:
        """``tracker.xlsx [Sheet]`` when all the client's rows come from one sheet."""
        return self._sources.get(client)

    @functools.cached_property
    def _items_by_client(self) -> dict[str, pd.DataFrame]:
        return dict(tuple(self.items.groupby("client", sort=False)))

    @functools.cached_property
    def _needs_by_client(self) -> dict[str, pd.DataFrame]:
        return dict(tuple(self.needs_info.groupby("client", sort=False)))

    @functools.cached_property
    def _sources(self) -> dict[str, str]:
        rows = pd.concat([self.items, self.needs_info])[["client", "file", "sheet"]]
        sources = rows.drop_duplicates()
        single = sources.groupby("client", sort=False).filter(lambda group: len(group) == 1)
        return {
            row.client: f"{row.file} [{row.sheet}]" if row.sheet else str(row.file)
            for row in single.itertuples(index=False)
        }

    def title(self) -> str:
        return f"Follow-ups due as of {_day(self.as_of)}"

    def headline(self) -> str:
        totals = self.totals
        n = int(totals["Total"])
        clients = int((self.counts["Total"] > 0).sum())
        parts = [f"{int(totals[u])} {u.lower()}" for u in self.urgencies if totals[u]]
        text = (
            f"{n} follow-up{_s(n)} for {clients} client{_s(clients)}"
            + (f": {', '.join(parts)}" if parts else "")
            + (f" (horizon: the next {self.horizon_days} days)" if self.horizon_days else "")
        )
        if totals[NEEDS_INFO]:
            count = int(totals[NEEDS_INFO])
            text += f"; {count} row{_s(count)} need{'s' if count == 1 else ''} fixing"
        return text


def build_digest(items: pd.DataFrame, as_of: dt.date, horizon_days: int = 0) -> Digest:
    """Pick what is due by ``as_of`` (plus the next ``horizon_days`` days) and order it.

    Clients come in order of their most urgent item (Overdue before Due today, ..., then the
    earlier date), then by name. Within a client: Overdue oldest first, then Due today, Due
    soon and Upcoming, each by date, then company, position, file, sheet and row.
    """
    if horizon_days < 0:
        raise ValueError("horizon_days must be 0 or more")
    items = _typed(items) if len(items) else empty_items()
    today = pd.Timestamp(as_of)
    horizon_end = today + pd.Timedelta(days=horizon_days)

    status = items["status"]
    urgency = status.where(status.isin(URGENCIES[:3]))
    if horizon_days > 0:
        upcoming = urgency.isna() & items["due"].notna() & (items["due"] <= horizon_end)
        urgency = urgency.mask(upcoming, UPCOMING)
    due = items.assign(urgency=urgency).dropna(subset=["urgency"])
    due = due[due["status"] != NEEDS_INFO]
    rank = due["urgency"].map({u: i for i, u in enumerate(URGENCIES)}).astype(int)
    due = due.assign(_rank=rank)

    needs = items[items["status"] == NEEDS_INFO].sort_values(
        ["client", "file", "sheet", "row"], kind="stable"
    )
    first = (
        due.sort_values(["_rank", "due"], kind="stable")
        .groupby("client", sort=False)[["_rank", "due"]]
        .first()
    )
    clients = sorted(
        set(first.index) | set(needs["client"]),
        key=lambda c: (
            (int(first.at[c, "_rank"]), first.at[c, "due"]) if c in first.index else (9, today),
            c.casefold(),
            c,
        ),
    )
    order = {c: i for i, c in enumerate(clients)}
    due = (
        due.assign(_client=due["client"].map(order))
        .sort_values(
            ["_client", "_rank", "due", "company", "position", "file", "sheet", "row"],
            kind="stable",
        )
        .drop(columns=["_client", "_rank"])
        .reset_index(drop=True)
    )
    shown = URGENCIES if horizon_days > 0 else URGENCIES[:3]
    counts = pd.DataFrame(0, index=pd.Index(clients, name="client"), columns=[*shown, NEEDS_INFO])
    for (client, level), n in due.groupby(["client", "urgency"]).size().items():
        counts.at[client, level] = int(n)
    for client, n in needs.groupby("client").size().items():
        counts.at[client, NEEDS_INFO] = int(n)
    counts["Total"] = counts[list(shown)].sum(axis=1)
    return Digest(as_of, horizon_days, due, counts.astype("int64"), needs.reset_index(drop=True))


# ---------------------------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------------------------


def _day(value: object) -> str:
    """``Fri 2026-11-20``: the weekday matters when deciding what to send."""
    if value is None or pd.isna(value):
        return ""
    day = pd.Timestamp(value)
    return f"{day.strftime('%a')} {day.date().isoformat()}"


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def where(item: Mapping[str, Any]) -> str:
    """Where to find the row: ``tracker.xlsx [Sheet] row 5``."""
    sheet = f" [{item['sheet']}]" if item["sheet"] else ""
    return f"{item['file']}{sheet} row {item['row']}"


def _row_only(item: Mapping[str, Any]) -> str:
    return f"row {item['row']}"


def _what(item: Mapping[str, Any]) -> str:
    return " – ".join(p for p in (item["company"], item["position"]) if p)


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


ITEM_HEADERS = ("Due", "Urgency", "Action", "Company – Position", "Where")


def _item_cells(item: Mapping[str, Any]) -> list[str]:
    return [_day(item["due"]), item["urgency"], item["action"], _what(item), where(item)]


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
        locate = _row_only if source else where
        rows = [[*_item_cells(item)[:4], locate(item)] for item in items.to_dict("records")]
        rows += [
            ["", NEEDS_INFO, "Fix the row", _what(item) or "(no company)", locate(item)]
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
                _day(item["due"]),
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
                problem = _first_line(item["problems"]) or "a required value is missing"
                out.append(f"- {_md(where(item))}: {_md(_what(item))} — {_md(problem)}")
    return "\n".join(out) + "\n"


HTML_STYLE = """
body{font:15px/1.45 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1f2328;
margin:0;padding:24px;background:#f6f8fa}
main{max-width:1100px;margin:0 auto;background:#fff;border:1px solid #d0d7de;border-radius:8px;
padding:24px 28px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;padding-top:8px;
border-top:1px solid #d0d7de}
p.lead{margin:0 0 16px;color:#57606a}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #eaeef2;vertical-align:top}
th{background:#DCE6F1;font-weight:600;white-space:nowrap}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
td.date{white-space:nowrap;font-variant-numeric:tabular-nums}
td.where{color:#57606a;font-size:13px;white-space:nowrap}
h2 span.source{font-size:13px;font-weight:400;color:#57606a;margin-left:8px}
span.pill{display:inline-block;padding:1px 8px;border-radius:10px;font-size:13px;
font-weight:600;white-space:nowrap}
tr.total td{font-weight:600;border-top:2px solid #d0d7de}
details summary{cursor:pointer;color:#0969da}
pre{white-space:pre-wrap;font:inherit;margin:6px 0 0;padding:8px;background:#f6f8fa;
border-radius:6px}
ul.fix{margin:6px 0;padding-left:20px;color:#3F3151}
footer{margin-top:28px;color:#57606a;font-size:12px}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _pill(level: str) -> str:
    fill, ink = URGENCY_COLOURS[level]
    return f'<span class="pill" style="background:#{fill};color:#{ink}">{_e(level)}</span>'


def to_html(digest: Digest) -> str:
    """A self-contained page (inline CSS, no scripts, no external assets) to open or mail."""
    columns = [*digest.urgencies, NEEDS_INFO, "Total"]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(digest.title())}</title>",
        f"<style>{HTML_STYLE}</style></head><body><main>",
        f"<h1>{_e(digest.title())}</h1>",
        f'<p class="lead">{_e(digest.headline())}</p>',
    ]
    if digest.counts.empty:
        parts.append("<p>Nothing is due.</p>")
    else:
        head = "".join(
            f'<th class="n">{_pill(c) if c in URGENCY_COLOURS else _e(c)}</th>' for c in columns
        )
        parts.append(f"<table><thead><tr><th>Client</th>{head}</tr></thead><tbody>")
        for client in digest.clients:
            cells = "".join(
                f'<td class="n">{int(digest.counts.at[client, c]) or ""}</td>' for c in columns
            )
            parts.append(f'<tr><td><a href="#{_anchor(client)}">{_e(client)}</a></td>{cells}</tr>')
        cells = "".join(f'<td class="n">{int(digest.totals[c])}</td>' for c in columns)
        parts.append(f'<tr class="total"><td>All clients</td>{cells}</tr></tbody></table>')
    drafts = bool(((digest.items["subject"] != "") | (digest.items["draft"] != "")).any())
    for client in digest.clients:
        source = digest.single_source(client)
        locate = _row_only if source else where
        subtitle = f' <span class="source">{_e(source)}</span>' if source else ""
        parts.append(f'<h2 id="{_anchor(client)}">{_e(client)}{subtitle}</h2>')
        items = digest.client_items(client)
        if len(items):
            draft_header = "<th>Draft</th>" if drafts else ""
            parts.append(
                "<table><thead><tr><th>Due</th><th>Urgency</th><th>Action</th>"
                f"<th>Company</th><th>Position</th>{draft_header}<th>Where</th></tr></thead>"
                "<tbody>"
            )
            for item in items.to_dict("records"):
                draft = f"<td>{_draft_cell(item)}</td>" if drafts else ""
                parts.append(
                    f'<tr><td class="date">{_e(_day(item["due"]))}</td>'
                    f"<td>{_pill(item['urgency'])}</td><td>{_e(item['action'])}</td>"
                    f"<td>{_e(item['company'])}</td><td>{_e(item['position'])}</td>{draft}"
                    f'<td class="where">{_e(locate(item))}</td></tr>'
                )
            parts.append("</tbody></table>")
        needs = digest.client_needs_info(client)
        if len(needs):
            parts.append(f'<p>{_pill(NEEDS_INFO)} fix these rows first:</p><ul class="fix">')
            for item in needs.to_dict("records"):
                problem = _first_line(item["problems"]) or "a required value is missing"
                parts.append(
                    f"<li>{_e(locate(item))}: {_e(_what(item) or '(no company)')} — "
                    f"{_e(problem)}</li>"
                )
            parts.append("</ul>")
    parts.append(
        f"<footer>Generated by followup-batch for {_e(digest.as_of.isoformat())}. "
        "Nothing has been sent: every draft is yours to edit.</footer>"
    )
    parts.append("</main></body></html>")
    return "\n".join(parts) + "\n"


def _anchor(client: str) -> str:
    return "client-" + (re.sub(r"[^0-9a-z]+", "-", client.casefold()).strip("-") or "unnamed")


def _draft_cell(item: Mapping[str, Any]) -> str:
    subject, draft = item["subject"], item["draft"]
    if not subject and not draft:
        return ""
    if not draft:
        return _e(subject)
    return f"<details><summary>{_e(subject or 'Draft')}</summary><pre>{_e(draft)}</pre></details>"


# ---------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------


def write_text(path: Path, text: str) -> Path:
    """Write a text export atomically (temporary file beside it, then ``os.replace``)."""
    path = Path(path)
    atomic.replace_atomically(
        path, lambda temp: temp.write_text(text, encoding="utf-8"), backup=False, verify=_no_check
    )
    return path


def write_markdown(digest: Digest, path: Path) -> Path:
    return write_text(path, to_markdown(digest))


def write_html(digest: Digest, path: Path) -> Path:
    return write_text(path, to_html(digest))


def _no_check(_path: Path) -> None:
    return None


SUMMARY_SHEET, ITEMS_SHEET, NEEDS_SHEET = "Summary", "Due", "Needs info"
ITEM_XLSX_COLUMNS: tuple[tuple[str, str, float], ...] = (
    # (digest column, header, width)
    ("client", "Client", 18),
    ("urgency", "Urgency", 11),
    ("due", "Due", 12),
    ("action", "Action", 20),
    ("company", "Company", 22),
    ("position", "Position", 28),
    ("subject", "Draft subject", 40),
    ("file", "File", 22),
    ("sheet", "Sheet", 14),
    ("row", "Row", 6),
    ("interview_date", "Interview Date", 14),
    ("status", "Follow-up status", 16),
)


def write_xlsx(digest: Digest, path: Path) -> Path:
    """A new workbook: a Summary sheet of counts, a Due sheet of items (real dates, filter,
    frozen header) and a Needs info sheet when rows need fixing. Written atomically."""
    path = Path(path)
    book = _digest_workbook(digest)
    atomic.replace_atomically(path, lambda temp: book.save(temp), backup=False)
    return path


def _digest_workbook(digest: Digest):  # -> openpyxl.Workbook
    # Write-only mode streams the rows: a digest of thousands of items saves in a fraction of
    # the time a regular workbook takes.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    header_fill = PatternFill(fill_type="solid", fgColor="DCE6F1")
    wrapped = Alignment(wrap_text=True, vertical="top")
    fills = {
        level: (PatternFill(fill_type="solid", fgColor=fill), Font(color=ink))
        for level, (fill, ink) in URGENCY_COLOURS.items()
    }
    book = Workbook(write_only=True)

    def cell(sheet, value: object, **style: object) -> WriteOnlyCell:
        if isinstance(value, str):
            value = _cell_text(value)
        made = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str):
            # A company named "=HYPERLINK(...)" stays text: openpyxl would store a formula.
            made.data_type = "s"
        if isinstance(value, dt.date):
            made.number_format = "yyyy-mm-dd"
        for name, setting in style.items():
            setattr(made, name, setting)
        return made

    def header(sheet, titles: list[str]) -> list[WriteOnlyCell]:
        return [cell(sheet, title, font=bold, fill=header_fill) for title in titles]

    def widths(sheet, sizes: Iterable[float]) -> None:
        for column, size in enumerate(sizes, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = size

    summary = book.create_sheet(SUMMARY_SHEET)
    columns = [*digest.urgencies, NEEDS_INFO, "Total"]
    widths(summary, [max([14, *(len(c) + 2 for c in digest.clients)]), *[12] * len(columns)])
    summary.freeze_panes = "A6"
    summary.append([cell(summary, digest.title(), font=Font(bold=True, size=14))])
    summary.append([cell(summary, digest.headline())])
    summary.append([cell(summary, "As of"), cell(summary, digest.as_of)])
    summary.append([])
    summary.append(header(summary, ["Client", *columns]))
    for client in digest.clients:
        counts = digest.counts.loc[client]
        summary.append([cell(summary, client), *(int(counts[name]) for name in columns)])
    totals = digest.totals
    summary.append(
        [cell(summary, "All clients", font=bold)]
        + [cell(summary, int(totals[name]), font=bold) for name in columns]
    )

    items = book.create_sheet(ITEMS_SHEET)
    widths(items, [width for _, _, width in ITEM_XLSX_COLUMNS])
    items.freeze_panes = "A2"
    last = get_column_letter(len(ITEM_XLSX_COLUMNS))
    items.auto_filter.ref = f"A1:{last}{max(len(digest.items) + 1, 2)}"
    items.append(header(items, [title for _, title, _ in ITEM_XLSX_COLUMNS]))
    for item in digest.items.to_dict("records"):
        fill, font = fills[item["urgency"]]
        row = []
        for key, _, _ in ITEM_XLSX_COLUMNS:
            value = item[key]
            if key in ("due", "interview_date"):
                value = None if pd.isna(value) else pd.Timestamp(value).date()
            elif key == "row":
                value = int(value)
            styled = {"fill": fill, "font": font} if key == "urgency" else {}
            row.append(cell(items, value, **styled))
        items.append(row)

    if len(digest.needs_info):
        needs = book.create_sheet(NEEDS_SHEET)
        widths(needs, (18, 22, 28, 22, 14, 6, 60))
        needs.freeze_panes = "A2"
        needs.auto_filter.ref = f"A1:G{len(digest.needs_info) + 1}"
        titles = ["Client", "Company", "Position", "File", "Sheet", "Row", "Problems"]
        needs.append(header(needs, titles))
        for item in digest.needs_info.to_dict("records"):
            texts = [item[k] for k in ("client", "company", "position", "file", "sheet")]
            needs.append(
                [cell(needs, text) for text in texts]
                + [cell(needs, int(item["row"])), cell(needs, item["problems"], alignment=wrapped)]
            )
    return book


# C0 controls other than tab and line feed are invalid in XML 1.0.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
MAX_CELL_TEXT = 32_767


def _cell_text(value: object) -> str:
    return _CONTROL.sub("", str(value))[:MAX_CELL_TEXT]
