"""The workbook's outbox and summary: the sheets written once per workbook, after its tracker
sheets, because they point into them (links to tracker rows, counts over status columns).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import ClassVar

import pandas as pd

from followup_batch.read.names import client_key


@dataclass(frozen=True)
class SheetLayout:
    """Where a tracker sheet's owned columns landed: for formulas and links into it."""

    sheet: str
    columns: dict[str, str]  # owned key -> column letter
    first_row: int
    last_row: int
    # The user's Company and Position columns (field -> letter) and what the run read in them
    # (index: Excel row; None where the cell is empty under a merged cell): the Drafts sheet
    # checks that a message's tracker row still holds them, since a sort moves values under
    # the references that point at them.
    identity: dict[str, str] = field(default_factory=dict)
    identity_cells: pd.DataFrame | None = None


@dataclass(frozen=True)
class ClientRows:
    """One client's rows, for the Summary's counts: a tracker sheet, and the client's name in
    its Client column (``column``, 1-based; 0 when the sheet is the client's as a whole).
    ``criteria``: the COUNTIFS criteria (``exact_criterion``) of the Client cells of its rows
    as written (spaces, links and all), one per spelling that differs other than in case, each
    matching that text exactly. ``row_counted``: the client's Excel rows that a count over the
    column by name does not see, counted by row instead: those whose Client cell is empty
    (under a merged cell that names the client, or left blank for the sheet's own client) or
    holds what no criterion matches alone (a number, a date, text COUNTIFS reads as a value,
    text too long for a criterion)."""

    name: str
    sheet: str
    column: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # the run's rows per status
    row_counted: tuple[int, ...] = ()
    criteria: tuple[str, ...] = ()


def client_groups(
    names: pd.Series,
    cells: pd.Series,
    status: pd.Series,
    unnamed: set[int],
    sheet: str,
    column: int,
) -> list[ClientRows]:
    """A sheet's clients as the Summary counts them: ``names`` (each row's client as the tool
    reads it) grouped by ``client_key``, as rows copied between sheets are linked ("Maya
    Chen" and "maya chen", "Bob O'Neil" and "Bob O’Neil" are one client); every spelling
    COUNTIFS tells apart is in one group, so no row is counted under two names. Each is shown
    by its most
    common spelling (the first of equals), and its rows are found by the criteria of its
    Client ``cells`` (raw, by Excel row), and by row where the cell is one of ``unnamed`` or
    no criterion matches it. Sorted by name."""
    from followup_batch.write.xlsx.formulas import exact_criterion

    named = names.astype(str)
    # Each row's facts taken out once as lists: selecting them group by group took twice as
    # long (0.7 s against 0.3 s for 100,000 rows of 500 clients).
    rows = named.index.tolist()
    spelling = named.tolist()
    raw = cells.reindex(named.index).tolist()
    word = status.reindex(named.index).tolist()
    empty = [int(row) in unnamed for row in rows]
    # Each row's criterion, worked out once per text (None: the row is counted by row).
    texts = {value: exact_criterion(value) for value in set(raw) if isinstance(value, str)}
    criteria = [None if e else texts.get(value) for value, e in zip(raw, empty, strict=True)]
    groups = []
    for key, places in named.groupby(named.map(client_key), sort=False).indices.items():
        if not str(key).strip():
            continue  # no client named, and the sheet's own has no name either
        spelled = Counter(spelling[at] for at in places)
        once: dict[str, str] = {}
        by_row = []
        for at in places:
            criterion = criteria[at]
            if criterion is None:
                by_row.append(int(rows[at]))
            else:
                once.setdefault(raw[at].lower(), criterion)
        groups.append(
            ClientRows(
                max(spelled, key=lambda name: spelled[name]),  # the first of equals
                sheet,
                column,
                dict(Counter(word[at] for at in places)),
                tuple(by_row),
                tuple(once.values()),
            )
        )
    return sorted(groups, key=lambda group: group.name)


@dataclass
class Outbox:
    """What the Drafts and Summary sheets are made of, shared by the writes of one workbook's
    tracker sheets. Each write records where its sheet's columns landed (``layouts``); the
    write of the last of ``sheets`` tracker sheets adds the Drafts and Summary sheets.

    ``messages``: the messages due within the horizon, sorted (``drafts.outbox_messages``),
    with the tracker ``sheet`` each comes from.
    """

    messages: pd.DataFrame
    sheets: int
    as_of: dt.date
    counts: dict[str, int] = field(default_factory=dict)  # the run's rows per status
    clients: list[ClientRows] = field(default_factory=list)
    layouts: dict[str, SheetLayout] = field(default_factory=dict)
    # The tracker sheets' names in the workbook's order, which the Summary counts them in: a
    # run of one sheet (``--sheet``) lays the others out before that one is written.
    order: tuple[str, ...] = ()
    # The sheets of one person's tracker split by time or stage ("Jan", "Feb", "Archive"):
    # the Summary counts a client of theirs once over all of them, not once a sheet.
    one_tracker: frozenset[str] = frozenset()
    # The day the Summary says its values were computed on, when not ``as_of``: a result
    # that differs from the workbook only in that date, and in the Drafts' urgencies counting
    # down from it, keeps the workbook's (``write.xlsx``, ``kept_stamp``), which stays true.
    stamped: dt.date | None = None
    # The fields the digest of what a write is given leaves out (``memory.rerun``'s
    # ``result_digest``): the days the stamps are made of. A night that changes only the date
    # gives the write the same digest, and the workbook keeps its stamps (``kept_stamp``).
    # Every other field, and every field of the other inputs of a write, is in the digest.
    STAMP_DAYS: ClassVar[frozenset[str]] = frozenset({"as_of", "stamped"})

    @property
    def computed_on(self) -> dt.date:
        """The day the Summary's "Computed on" line names and the Drafts' saved urgencies
        ("In 3 days") count from: ``stamped``, else ``as_of``."""
        return self.stamped or self.as_of

    @property
    def complete(self) -> bool:
        return len(self.layouts) >= self.sheets

    def ordered_layouts(self) -> list[SheetLayout]:
        rank = {name: at for at, name in enumerate(self.order)}
        return sorted(self.layouts.values(), key=lambda layout: rank.get(layout.sheet, len(rank)))
