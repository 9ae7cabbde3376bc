"""The Summary's per-client counts: a client is the rows COUNTIFS sees as one name (case
aside), each client's criteria match its own Client cells exactly (spaces, wildcard and
comparison characters, accents), and the rows no criterion finds (under a merged or blank
Client cell, a number or date, a name COUNTIFS reads as a value, one too long for a criterion)
are counted by row. Every block names one client of one sheet (of all the sheets of one
tracker split by time or stage), once ("All (client)" apart from All). For every status the
clients' counts add up to the All count and each is the number of that client's rows with that
status: in the values the run caches, and as LibreOffice recomputes the formulas on the run's
day and on a later one. A count that cannot be a formula says so beside its client."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from libreoffice import needs_faketime, needs_soffice, recalculated
from openpyxl.worksheet.worksheet import Worksheet

from followup_batch.batch import RunOptions, process_file
from followup_batch.config import load_config
from followup_batch.write.xlsx.formulas import exact_criterion
from followup_batch.write.xlsx.own_sheets import AS_OF_RUN, SUMMARY_STATUSES

AS_OF = dt.date(2026, 11, 20)
MERGED = object()  # the cell is under the merged Client cell above it
# Interview dates and outcomes taken in turn, so that a client's rows differ in status.
ROUNDS = [
    (dt.datetime(2026, 11, 2), None),  # Overdue
    (dt.datetime(2026, 11, 19), None),  # a thank-you note due today
    (dt.datetime(2026, 11, 30), None),  # Scheduled
    (dt.datetime(2026, 10, 1), "Rejected"),  # Closed
    (dt.datetime(2026, 11, 12), None),
]

# Case -> tracker sheet -> rows: (the Client cell as written, the Summary's name for the row's
# client). A blank cell belongs to the file's own client, named after the file (the case's
# name). A count that is the run's number, not a formula, has its client named with AS_OF_RUN.
Rows = list[tuple[object, str]]
ONE_SHEET: dict[str, Rows] = {
    "case_variants": [
        ("Maya Chen", "Maya Chen"),
        ("maya chen", "Maya Chen"),
        ("MAYA CHEN", "Maya Chen"),
        ("Jonas", "Jonas"),
        ("jonas", "Jonas"),
    ],
    "most_common_spelling": [
        ("maya chen", "Maya Chen"),
        ("Maya Chen", "Maya Chen"),
        ("Maya Chen", "Maya Chen"),
        ("Jonas", "Jonas"),
    ],
    "surrounding_spaces": [
        ("Maya Chen ", "Maya Chen"),
        ("Maya Chen", "Maya Chen"),
        (" Maya Chen", "Maya Chen"),
        ("  MAYA CHEN  ", "Maya Chen"),
        ("Maya  Chen", "Maya Chen"),
        ("Jonas\u00a0", "Jonas"),
    ],
    "wildcard_characters": [
        ("Kim*", "Kim*"),
        ("Kim Lee", "Kim Lee"),
        ("K?m", "K?m"),
        ("Kim", "Kim"),
        ("a~b", "a~b"),
        ("ab", "ab"),
        ("~*?", "~*?"),
    ],
    "comparison_characters": [
        ("<Sam>", "<Sam>"),
        ("Sam", "<Sam>"),
        (">Zed", ">Zed"),
        ("Zed", ">Zed"),
        ("=Dan", "=Dan"),
        ("Dan", "Dan"),
        ("<>", "<>"),
        (" <Sam>", "<Sam>"),
    ],
    "accents": [
        ("José Ruiz", "José Ruiz"),
        ("Jose Ruiz", "José Ruiz"),
        ("JOSÉ RUIZ", "José Ruiz"),
        ("Élise", "Élise"),
        ("élise", "Élise"),
        ("Elise", "Élise"),
        # Typographic apostrophes: one client, as rows copied between sheets are linked.
        ("Bob O'Neil", "Bob O'Neil"),
        ("Bob O’Neil", "Bob O'Neil"),
        ("BOB O’NEIL", "Bob O'Neil"),
    ],
    "merged_cells": [
        ("Maya Chen", "Maya Chen"),
        (MERGED, "Maya Chen"),
        (MERGED, "Maya Chen"),
        (None, "merged_cells"),
        ("maya chen", "Maya Chen"),
        ("Priya Nair ", "Priya Nair"),
        (MERGED, "Priya Nair"),
        ("priya nair", "Priya Nair"),
        (None, "merged_cells"),
        ("Kim*", "Kim*"),
        (MERGED, "Kim*"),
        ("Kim Lee", "Kim Lee"),
    ],
    # Names COUNTIFS reads as a number, date or TRUE, and cells that are numbers or dates: no
    # criterion matches them alone, so their rows are counted by row, live all the same.
    "read_as_values": [
        ("1001", "1001"),
        (1001, "1001"),
        ("01001", "01001"),
        ("Jan 2", "Jan 2"),
        ("true", "true"),
        ("Jonas", "Jonas"),
        ("Client 7", "Client 7"),
        ("1e3", "1e3"),
        ("3/4", "3/4"),
        (dt.datetime(2026, 1, 2), "2026-01-02"),
        ("TRUE", "true"),
        ("1001", "1001"),
        ("jonas", "Jonas"),
    ],
    # 255 characters, but 256 once its "*" is escaped: too long for a criterion.
    "long_names": [
        ("A" * 254 + "*", "A" * 254 + "*"),
        ("A" * 254 + "x", "A" * 254 + "x"),
        ("B" * 300, "B" * 300),
        ("A" * 253 + "*", "A" * 253 + "*"),
    ],
    "client_named_all": [
        ("All", "All (client)"),
        ("Bob", "Bob"),
        ("all ", "All (client)"),
        ("Bob", "Bob"),
    ],
    # 101 separate runs of 1001's rows: more than a formula may name; its counts are the run's.
    "many_runs": [
        (client, label)
        for _ in range(101)
        for client, label in (("1001", "1001 (as of the run)"), ("Jonas", "Jonas"))
    ],
}
CASES: dict[str, dict[str, Rows]] = {case: {"Jobs": rows} for case, rows in ONE_SHEET.items()}
# The same client on two tracker sheets: two blocks, each named with its sheet.
TWO_SHEETS = {
    "North": [("Maya", "Maya"), ("Kim", "Kim"), ("1001", "1001"), ("maya", "Maya")],
    "South": [("Maya", "Maya"), ("Jan 2", "Jan 2"), ("Kim", "Kim")],
}
CASES["two_sheets"] = TWO_SHEETS
# ... unless the sheets are one tracker split by time or stage: one block a client over all of
# them, without a Sheet column, the client spelled one way (was: a block per sheet and
# spelling, "maya" on one sheet and "MAYA " on the other apart).
CASES["one_tracker_split_over_sheets"] = {
    "2026": TWO_SHEETS["North"],
    "Archive 2025": [("MAYA ", "Maya"), *TWO_SHEETS["South"][1:], ("Maya", "Maya")],
}
ONE_TRACKER = {"one_tracker_split_over_sheets"}
LATER = dt.date(2026, 12, 1)  # statuses have moved on: Due today and Scheduled are Overdue
# Cases whose counts are not all formulas: they add up to All on the run's day only.
KEPT_AS_RUN = {"many_runs"}


def build(folder: Path, case: str) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in CASES[case].items():
        sheet = book.create_sheet(title)
        sheet.append(["Client", "Company", "Position", "Interview Date", "Outcome"])
        merged_from = None
        for i, (client, _) in enumerate(rows):
            row = i + 2
            date, outcome = ROUNDS[i % len(ROUNDS)]
            value = None if client is MERGED else client
            sheet.append([value, f"Co{i}", "Analyst", date, outcome])
            if isinstance(client, str):
                sheet.cell(row, 1).data_type = "s"  # "=Dan" is text, not a formula
            if client is MERGED:
                merged_from = merged_from or row - 1
            elif merged_from:
                sheet.merge_cells(f"A{merged_from}:A{row - 1}")
                merged_from = None
        if merged_from:
            sheet.merge_cells(f"A{merged_from}:A{len(rows) + 1}")
    path = folder / f"{case}.xlsx"
    book.save(path)
    process_file(path, load_config(None), RunOptions(AS_OF))
    return path


def counted(case: str) -> tuple[str, ...]:
    """The statuses the Summary counts: ``Duplicate`` (a row copied onto another sheet of one
    tracker) only where a tracker is split over sheets."""
    if case in ONE_TRACKER:
        return SUMMARY_STATUSES
    return tuple(word for word in SUMMARY_STATUSES if word != "Duplicate")


def block_sheet(case: str, title: str) -> str:
    """The Summary's Sheet cell of a client's block from sheet ``title``: '' for the sheets of
    one tracker, whose clients are counted over all of them."""
    return "" if case in ONE_TRACKER else title


def summary_rows(sheet: Worksheet, only: str) -> list[tuple[str, str, str, object]]:
    """The Summary's counts: (client, its sheet, status, the number or formula), the sheet
    being ``only`` where the Summary has no Sheet column and '' for All."""
    header = [cell.value for cell in sheet[1]]
    found = []
    for values in sheet.iter_rows(min_row=3, values_only=True):
        cells = dict(zip(header, values, strict=True))
        client = str(cells["Client"])
        where = "" if client == "All" else cells.get("Sheet", only)
        found.append((client, str(where), str(cells["Status"]), cells["Rows"]))
    return found


def assert_counts_are_the_trackers(book: openpyxl.Workbook, case: str) -> None:
    """Every block is one client of one sheet, named once; its count of each status is its
    rows with that status; the clients' counts add up to All's, and All's to every row's."""
    rows: Counter[tuple[str, str, str]] = Counter()
    for title, cells in CASES[case].items():
        sheet = book[title]
        status = [cell.value for cell in sheet[1]].index("Follow-up status") + 1
        rows.update(
            (client, block_sheet(case, title), sheet.cell(i + 2, status).value)
            for i, (_, client) in enumerate(cells)
        )
    found = summary_rows(book["Summary"], block_sheet(case, next(iter(CASES[case]))))
    blocks = Counter((client, where) for client, where, _, _ in found)
    assert blocks == {
        block: len(counted(case)) for block in {(c, t) for c, t, _ in rows} | {("All", "")}
    }
    summary = {(client, where, word): number for client, where, word, number in found}
    for (client, where, word), number in summary.items():
        if client != "All":
            assert number == rows[client, where, word], (client, where, word)
    for word in counted(case):
        clients = sum(n for (c, _, w), n in summary.items() if w == word and c != "All")
        assert clients == summary["All", "", word], word
        assert summary["All", "", word] == sum(n for (_, _, w), n in rows.items() if w == word), (
            word
        )


@pytest.mark.parametrize("case", list(CASES))
def test_summary_clients_count_their_rows_in_the_cached_values(tmp_path: Path, case: str) -> None:
    path = build(tmp_path, case)
    assert_counts_are_the_trackers(openpyxl.load_workbook(path, data_only=True), case)
    found = summary_rows(openpyxl.load_workbook(path)["Summary"], "Jobs")
    kept = {client for client, _, _, number in found if not str(number).startswith("=")}
    assert kept == {client for client, _, _, _ in found if client.endswith(AS_OF_RUN)}
    assert bool(kept) == (case in KEPT_AS_RUN)


@pytest.fixture(scope="module")
def recomputed(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, dt.date], Path]:
    """Every case's workbook as LibreOffice recalculates it on the run's day and on a later
    one (one soffice call a day)."""
    folder = tmp_path_factory.mktemp("summary_clients")
    paths = {case: build(folder, case) for case in CASES}
    copies = {}
    for today in (AS_OF, LATER):
        days = recalculated(list(paths.values()), folder / f"{today}", today)
        copies.update({(case, today): days[path] for case, path in paths.items()})
    return copies


@needs_soffice
@needs_faketime
@pytest.mark.parametrize(
    ("case", "today"),
    [(case, AS_OF) for case in CASES]
    + [(case, LATER) for case in CASES if case not in KEPT_AS_RUN],
    ids=str,
)
def test_summary_clients_count_their_rows_as_libreoffice_recalculates(
    recomputed: dict[tuple[str, dt.date], Path], case: str, today: dt.date
) -> None:
    book = openpyxl.load_workbook(recomputed[case, today], data_only=True)
    assert_counts_are_the_trackers(book, case)


@pytest.mark.parametrize(
    ("cell", "criterion"),
    [
        ("Maya Chen", "Maya Chen"),
        ("Maya Chen ", "Maya Chen "),  # the space is part of the match
        (" Maya Chen", " Maya Chen"),
        ("Kim*", "Kim~*"),
        ("K?m", "K~?m"),
        ("a~b", "a~~b"),
        ("<Sam>", "=<Sam>"),
        (">Zed", "=>Zed"),
        ("=Dan", "==Dan"),
        (" <Sam>", "= <Sam>"),
        ("José Ruiz", "José Ruiz"),
        ('Ann "Annie" Roe', 'Ann "Annie" Roe'),  # quotes are doubled in the formula
        ("Client 7", "Client 7"),
        ("1001", None),  # COUNTIFS reads numbers: "1001" also counts the number 1001
        (" 1001", None),
        ("-5", None),
        ("$100", None),
        ("Jan 2", None),  # a date
        ("March 2026", None),
        ("TRUE", None),
        ("false", None),
        ("#N/A", None),  # an error value
        (1001, None),  # not text
        (True, None),
        ("x" * 256, None),  # longer than a criterion may be
        ("A" * 254 + "*", None),  # 256 characters once the * is escaped
        ("A" * 253 + "*", "A" * 253 + "~*"),
        ("<" + "A" * 254, None),  # 256 characters with the = before the <
    ],
)
def test_exact_criterion(cell: object, criterion: str | None) -> None:
    assert exact_criterion(cell) == criterion
