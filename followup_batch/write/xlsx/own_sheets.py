"""The Drafts (the outbox) and Summary sheets, made from the run's ``Outbox`` once every
tracker sheet of the workbook is written (they point into those sheets)."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from followup_batch.read.names import client_key
from followup_batch.schedule.labels import DUE_TODAY, DUPLICATE, OVERDUE, STATUSES
from followup_batch.write.live import MOVED_ON_AGAIN, NEXT_STEP_DUE, SENT_AGAIN, STEP_SKIPPED
from followup_batch.write.outbox import ClientRows, Outbox, SheetLayout
from followup_batch.write.xlsx.design import LEGEND, safe_text, within
from followup_batch.write.xlsx.extra_sheet import OwnSheet
from followup_batch.write.xlsx.formulas import (
    computed_on,
    count_formula,
    count_terms,
    live_sum,
    row_checks,
    row_link,
    sheet_reference,
    urgency_formulas,
)
from followup_batch.write.xlsx.xmlbytes import column_letter

DRAFTS_COLUMNS = {
    "urgency": "Urgency",
    "client": "Client",
    "company": "Company",
    "position": "Position",
    "to": "To",
    "email": "Email",
    "action": "Action",
    "due": "Due",
    "subject": "Subject",
    "body": "Draft",
    "compose": "Compose",
    "row": "Tracker row",
}
DRAFT_WIDTH = 80  # characters: a draft reads like a letter
# The Summary's Status column holds every word whole ("Next step due — run again").
STATUS_WIDTH = max(len(word) for word in (*STATUSES, SENT_AGAIN, NEXT_STEP_DUE, MOVED_ON_AGAIN)) + 2
DRAFTS_WIDTHS = {"Urgency": 22, "Draft": DRAFT_WIDTH, "Compose": 14, "Subject": 40}
LINE_POINTS = 15  # a line of the default font
MAX_DRAFT_LINES = 40  # a longer draft scrolls inside its cell
SUMMARY_STATUSES = (
    *STATUSES[:5],
    SENT_AGAIN,
    NEXT_STEP_DUE,
    STEP_SKIPPED,
    MOVED_ON_AGAIN,
    *STATUSES[5:],
)


def summary_statuses(outbox: Outbox, duplicates: bool = False) -> tuple[str, ...]:
    """The statuses the Summary counts: ``Duplicate`` only where a row can be one, in a
    workbook with a tracker split over sheets (``Outbox.one_tracker``) or with ``duplicates``
    (a row pasted twice on its sheet, ``normalise.rounds.repeated_within``); a tracker on one
    sheet keeps the list it always had."""
    if outbox.one_tracker or duplicates:
        return SUMMARY_STATUSES
    return tuple(word for word in SUMMARY_STATUSES if word != DUPLICATE)


def drafts_sheet(outbox: Outbox) -> OwnSheet:
    """One message per row, soonest first: a live urgency, who and what, the draft wrapped and
    a row tall enough to read it, a Compose link and a link to the tracker row."""
    messages = outbox.messages
    layouts = outbox.layouts
    places = [layouts.get(str(sheet)) for sheet in messages.get("sheet", [])]
    rows = messages["row"].tolist()  # a list: a Series is read an item at a time, three times
    status_cells = [
        f"{sheet_reference(p.sheet)}!${p.columns['status']}${row}" if p else '""'
        for p, row in zip(places, rows, strict=True)
    ]
    due_letter = column_letter(list(DRAFTS_COLUMNS).index("due") + 1)
    due_cells = [f"${due_letter}{i + 2}" for i in range(len(messages))]
    skips = messages["skips_on"].tolist() if "skips_on" in messages else None
    urgency = urgency_formulas(
        due_cells,
        status_cells,
        _row_checks(messages, places),
        None if skips is None else [None if pd.isna(d) else pd.Timestamp(d).date() for d in skips],
    )
    links = [
        row_link(p.sheet, p.identity.get("company", "A"), row) if p else ("", f"row {row}")
        for p, row in zip(places, rows, strict=True)
    ]
    due = pd.to_datetime(messages["due"])
    cached = _urgencies(due, outbox)
    # Whose the row is, as the Summary, the digest and the .eml names say (``whose``), not who
    # signs it: a [sender] signs te.xlsx's drafts, and te is still its client (ot30 F11).
    whose = messages["whose" if "whose" in messages else "client"].tolist()
    signed_by_its_client = [w == s for w, s in zip(whose, messages["client"].tolist(), strict=True)]
    # A job seeker's own tracker named for nobody has no client (``compute._listed_clients``).
    listed = messages["listed"].tolist() if "listed" in messages else whose
    columns = {
        "Urgency": cached,
        "Client": listed,
        "Company": messages["company"].tolist(),
        "Position": messages["position"].tolist(),
        "To": messages["to"].tolist(),
        "Email": messages["email"].tolist(),
        "Action": messages["action"].tolist(),
        "Due": due,
        "Subject": messages["subject"].tolist(),
        "Draft": messages["body"].tolist(),
        "Compose": messages["compose_text"].tolist(),
        "Tracker row": [text for _formula, text in links],
    }
    return OwnSheet(
        columns,
        kinds={"Due": "datetime"},  # the other columns hold texts
        # The tracker row's link is a formula (``row_link``): it follows inserted rows.
        formulas={"Urgency": urgency, "Tracker row": [formula for formula, _text in links]},
        links={"Compose": messages["compose"].tolist()},
        linked=frozenset({"Tracker row"}),
        # Who and what wrap too: a subject is read whole in a row as tall as its draft.
        wrapped=frozenset({"Draft", "Subject", "To", "Company"}),
        widths=DRAFTS_WIDTHS,
        row_heights=_heights([str(body) for body in messages["body"].tolist()]),
        autofilter=True,
        status_columns=("Urgency",),
        protected=True,
        # One job seeker's tracker named for nobody (job search 2026.xlsx, signed by the
        # [sender] or unsigned) has no client to list: the column is empty and hidden (it
        # stays, so the sheet's formulas keep their letters).
        hidden_columns=frozenset({"Client"})
        if not any(listed) or (len(set(whose)) <= 1 and not any(signed_by_its_client))
        else frozenset(),
        landscape=True,  # a draft is 80 characters wide
    )


def _row_checks(messages: pd.DataFrame, places: list[SheetLayout | None]) -> list[str]:
    """Each message's test that its tracker row still holds the company and position the run
    read there (``row_checks``), compared with the message's own Company and Position cells
    when they show the same text."""
    rows = messages["row"].tolist()
    checks = [""] * len(rows)
    for layout in {p.sheet: p for p in places if p is not None}.values():
        at = [i for i, p in enumerate(places) if p is not None and p.sheet == layout.sheet]
        at_rows = [rows[i] for i in at]
        cells = layout.identity_cells
        columns = []
        for field, letter in layout.identity.items():
            read = cells[field].reindex(at_rows).tolist() if cells is not None else [None] * len(at)
            shown = messages[field].to_numpy(dtype=object)[at].tolist()
            # The Drafts cell shows exactly the text read (``safe_text`` left it whole).
            whole = {v for v in set(read) if isinstance(v, str) and v and v == safe_text(v)}
            columns.append(
                (
                    f"{sheet_reference(layout.sheet)}!${letter}$",
                    at_rows,
                    read,
                    "$" + column_letter(list(DRAFTS_COLUMNS).index(field) + 1),
                    [
                        i + 2
                        if value in whole and isinstance(text, str) and value == text
                        else None
                        for i, value, text in zip(at, read, shown, strict=True)
                    ],
                )
            )
        if columns:  # else a sheet without Company and Position columns: nothing to test
            for i, check in zip(at, row_checks(columns), strict=True):
                checks[i] = check
    return checks


def _urgencies(due: pd.Series, outbox: Outbox) -> list[str]:
    """The Urgency each message's formula saves. One not due by the run's date counts down
    from the day the workbook says it was computed on (``Outbox.computed_on``): the run's,
    or the stamp a night with nothing new keeps (``write.xlsx.stamps``), so that a countdown
    ("In 3 days", "Tomorrow") moving on is no change to write; Excel and LibreOffice count
    again from today as they open it. One due today or overdue says so as of the run, as the
    tracker's status does: that is what a phone's preview must show. Whole days by numpy: the
    ``.dt`` accessor took 0.3 ms."""
    days = due.to_numpy(dtype="datetime64[D]")
    now = (days - np.datetime64(outbox.as_of, "D")).astype(np.int64).tolist()
    then = (days - np.datetime64(outbox.computed_on, "D")).astype(np.int64).tolist()
    return [_urgency_now(t if n > 0 else n) for n, t in zip(now, then, strict=True)]


def _urgency_now(days: int) -> str:
    if days < 0:
        return OVERDUE
    if days == 0:
        return DUE_TODAY
    return "Tomorrow" if days == 1 else f"In {days} days"


def _heights(texts: list[str]) -> list[int]:
    """Points for each row whose draft wraps at ``DRAFT_WIDTH`` characters, capped: each line
    takes its length over the width, rounded up (at least one). Every line of every draft is
    measured at once (one split of them all joined); 60,000 drafts one by one took a second.
    """
    if not texts:
        return []
    lines = "\n".join(texts).split("\n")
    lengths = np.fromiter(map(len, lines), dtype=np.int64, count=len(lines))
    wrapped = np.maximum(1, -(-lengths // DRAFT_WIDTH))
    first_lines = np.cumsum([0] + [text.count("\n") + 1 for text in texts[:-1]])
    per_text = np.add.reduceat(wrapped, first_lines)
    return (LINE_POINTS * np.clip(per_text, 1, MAX_DRAFT_LINES)).tolist()  # type: ignore[no-any-return]


def summary_sheet(outbox: Outbox, counts: dict[str, int], due_soon_bd: int) -> OwnSheet:
    """When the run was, then the rows per status (and per client when there are several) as
    live formulas over the status columns, each status beside what its colour means. A count
    no formula can make (``_client_formulas``) is the run's number, and its Client cell says
    so (``AS_OF_RUN``). With a sheet per client a Sheet column names each client's sheets
    (``_client_blocks``)."""
    layouts = outbox.ordered_layouts()
    ranges = [_status_range(layout) for layout in layouts]
    words = summary_statuses(outbox, duplicates=counts.get(DUPLICATE, 0) > 0)
    blocks = _client_blocks(outbox)
    clients = blocks if len({client_key(block[0].name) for block in blocks}) > 1 else []
    sheets_of = [", ".join(client.sheet for client in block) for block in clients]
    several = len(set(sheets_of)) > 1 and any(
        client.sheet not in outbox.one_tracker for block in clients for client in block
    )
    groups: list[tuple[str, str, list[str], dict[str, int]]] = [
        (
            "All" if clients else "",
            "",
            [count_formula(ranges, word, None) for word in words],
            counts,
        )
    ]
    for block, where in zip(clients, sheets_of, strict=True):
        tally: Counter[str] = Counter()
        for client in block:
            tally.update(client.counts)
        groups.append(
            (
                _client_label(block[0].name),
                where,
                _client_formulas([(outbox.layouts[c.sheet], c) for c in block], words),
                dict(tally),
            )
        )
    dated = computed_on(outbox.computed_on)
    rows: list[tuple[str, object, str, str, str]] = [(dated, "", "", "", "")]
    formulas = [""]
    for label, sheet, group_formulas, group_counts in groups:
        for word, formula in zip(words, group_formulas, strict=True):
            # A formula past Excel's length: the run's count, as it was that day.
            formula = formula if len(formula) < MAX_FORMULA else ""
            shown = label if formula else f"{label} {AS_OF_RUN}".strip()
            rows.append(
                (word, group_counts.get(word, 0), shown, sheet, _meaning(word, due_soon_bd))
            )
            formulas.append(formula)
    status, count, client_names, sheets, colour = (
        list(column) for column in zip(*rows, strict=True)
    )
    columns = {
        "Status": status,
        "Rows": count,
        "Client": client_names,
        "Sheet": sheets,
        "Colour": colour,
    }
    if not several:
        del columns["Sheet"]
    if not any(client_names):  # one client, every count a formula
        del columns["Client"]
    # The column after the right-aligned counts is set in, or "2" and "All" read as "2All".
    headers = list(columns)
    after_counts = headers[headers.index("Rows") + 1]
    return OwnSheet(
        columns,  # texts; the Rows column's numbers are the cached values of its formulas
        formulas={"Rows": formulas},
        widths={"Status": STATUS_WIDTH, "Rows": 8, "Client": 18, "Sheet": 18, "Colour": 70},
        status_columns=("Status",),
        protected=True,
        indented=frozenset({after_counts}),
    )


def _client_blocks(outbox: Outbox) -> list[list[ClientRows]]:
    """The Summary's blocks of counts, in the order the clients come: a client's rows on a
    sheet of their own, and a client's rows on all the sheets of one person's tracker split by
    time or stage together (``Outbox.one_tracker``: a coach's months, "Jan", "Feb", with a
    Client column), as one client (``client_key``). Sheets without a layout count nothing."""
    blocks: dict[tuple[str, str], list[ClientRows]] = {}
    for client in outbox.clients:
        if client.sheet not in outbox.layouts:
            continue
        sheet = "" if client.sheet in outbox.one_tracker else client.sheet
        blocks.setdefault((client_key(client.name), sheet), []).append(client)
    return list(blocks.values())


# What a Summary count that is the run's number, not a formula, says beside its client.
AS_OF_RUN = "(as of the run)"


def _client_label(name: str) -> str:
    """A client's name as the Summary's Client column shows it: a client named "All" is told
    apart from the count of all rows."""
    return f"{name} (client)" if name.strip().lower() == "all" else name


def _client_formulas(
    parts: list[tuple[SheetLayout, ClientRows]], words: tuple[str, ...]
) -> list[str]:
    """The count of each of ``words`` (``summary_statuses``) of a client's rows on each sheet of
    ``parts``: found by its criteria in the Client column, and the rest by row, a run of rows
    at a time; '' for every status when those rows make more than ``MAX_ROW_RUNS`` runs."""
    terms: list[list[str]] = [[] for _ in words]
    for layout, client in parts:
        where = None
        if client.column:
            letter = column_letter(client.column)
            where = (
                f"{sheet_reference(layout.sheet)}!${letter}${layout.first_row}:"
                f"${letter}${layout.last_row}",
                list(client.criteria),
            )
        by_row = _status_runs(layout, client.row_counted)
        if by_row is None:
            return [""] * len(words)
        status_range = _status_range(layout)
        for at, word in enumerate(words):
            terms[at] += count_terms([status_range], word, where, by_row)
    return [live_sum(word_terms) for word_terms in terms]


def _status_range(layout: SheetLayout) -> str:
    letter = layout.columns["status"]
    return (
        f"{sheet_reference(layout.sheet)}!${letter}${layout.first_row}:${letter}${layout.last_row}"
    )


# The most characters Excel takes in a formula.
MAX_FORMULA = 8192
# A client's rows counted one run of rows at a time when no criterion finds them (an empty
# Client cell, a number or a date); past this many runs the formula would pass Excel's 8,192
# characters.
MAX_ROW_RUNS = 100


def _status_runs(layout: SheetLayout, rows: tuple[int, ...]) -> list[str] | None:
    """The status cells of ``rows`` as ranges of consecutive rows (``'Jobs'!$J$3:$J$4``), None
    when there are more than ``MAX_ROW_RUNS`` of them."""
    if not rows:
        return []
    numbers = np.unique(np.asarray(rows, dtype=np.int64))
    breaks = np.flatnonzero(np.diff(numbers) != 1) + 1
    starts, ends = numbers[np.r_[0, breaks]], numbers[np.r_[breaks - 1, len(numbers) - 1]]
    if len(starts) > MAX_ROW_RUNS:
        return None
    letter = layout.columns["status"]
    where = sheet_reference(layout.sheet)
    return [
        f"{where}!${letter}${start}:${letter}${end}"
        for start, end in zip(starts.tolist(), ends.tolist(), strict=True)
    ]


def _meaning(word: str, due_soon_bd: int) -> str:
    for legend_word, meaning in LEGEND:
        if legend_word == word:
            return meaning.format(due_soon_bd=within(due_soon_bd))
    return ""
