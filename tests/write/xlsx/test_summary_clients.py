"""The Summary's per-client counts: a client is the rows COUNTIFS sees as one name (case
aside), each client's criteria match its own Client cells exactly (spaces, wildcard and
comparison characters, accents), and the rows under a merged or blank Client cell count too.
For every status the clients' counts add up to the All count and each is the number of that
client's rows with that status: in the values the run caches, and as LibreOffice recomputes
the formulas."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from libreoffice import needs_soffice, recalculated

from followup_batch.batch import RunOptions, process_file
from followup_batch.config import load_config
from followup_batch.write.xlsx.formulas import exact_criterion

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

# Case -> rows: (the Client cell as written, the Summary's name for the row's client). A
# blank cell belongs to the file's own client, named after the file (the case's name).
CASES: dict[str, list[tuple[object, str]]] = {
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
        ("Maya  Chen", "Maya  Chen"),
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
        ("Sam", "Sam"),
        (">Zed", ">Zed"),
        ("Zed", "Zed"),
        ("=Dan", "=Dan"),
        ("Dan", "Dan"),
        ("<>", "<>"),
        (" <Sam>", "<Sam>"),
    ],
    "accents": [
        ("José Ruiz", "José Ruiz"),
        ("Jose Ruiz", "Jose Ruiz"),
        ("JOSÉ RUIZ", "José Ruiz"),
        ("Élise", "Élise"),
        ("élise", "Élise"),
        ("Elise", "Elise"),
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
    "read_as_values": [
        ("1001", "1001"),
        (1001, "1001"),
        ("01001", "01001"),
        ("Jan 2", "Jan 2"),
        ("true", "true"),
        ("Jonas", "Jonas"),
        ("Client 7", "Client 7"),
    ],
}
# Clients no criterion matches alone (COUNTIFS reads the text as a number, date or TRUE):
# their counts are the run's, not formulas.
KEPT_AS_RUN = {"read_as_values": {"1001", "01001", "Jan 2", "true"}}


def build(folder: Path, case: str) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Jobs"
    sheet.append(["Client", "Company", "Position", "Interview Date", "Outcome"])
    merged_from = None
    for i, (client, _) in enumerate(CASES[case]):
        row = i + 2
        date, outcome = ROUNDS[i % len(ROUNDS)]
        sheet.append([None if client is MERGED else client, f"Co{i}", "Analyst", date, outcome])
        if isinstance(client, str):
            sheet.cell(row, 1).data_type = "s"  # "=Dan" is text, not a formula
        if client is MERGED:
            merged_from = merged_from or row - 1
        elif merged_from:
            sheet.merge_cells(f"A{merged_from}:A{row - 1}")
            merged_from = None
    if merged_from:
        sheet.merge_cells(f"A{merged_from}:A{len(CASES[case]) + 1}")
    path = folder / f"{case}.xlsx"
    book.save(path)
    process_file(path, load_config(None), RunOptions(AS_OF))
    return path


def counts(book: openpyxl.Workbook, case: str) -> tuple[Counter, dict[tuple[str, str], int]]:
    """(client, status) -> the tracker's rows, and -> the Summary's number."""
    jobs = book["Jobs"]
    status = [cell.value for cell in jobs[1]].index("Follow-up status") + 1
    rows = Counter(
        (client, jobs.cell(i + 2, status).value) for i, (_, client) in enumerate(CASES[case])
    )
    summary = {
        (str(client), str(word)): number
        for word, number, client, _ in book["Summary"].iter_rows(min_row=3, values_only=True)
    }
    return rows, summary


def assert_counts_are_the_trackers(book: openpyxl.Workbook, case: str) -> None:
    rows, summary = counts(book, case)
    clients = {client for _, client in CASES[case]}
    assert {client for client, _ in summary} == clients | {"All"}
    for (client, word), number in summary.items():
        if client != "All":
            assert number == rows[client, word], (client, word)
    for word in {word for _, word in summary}:
        assert sum(summary[client, word] for client in clients) == summary["All", word], word
        assert summary["All", word] == sum(n for (_, w), n in rows.items() if w == word), word


@pytest.mark.parametrize("case", list(CASES))
def test_summary_clients_count_their_rows_in_the_cached_values(tmp_path: Path, case: str) -> None:
    path = build(tmp_path, case)
    assert_counts_are_the_trackers(openpyxl.load_workbook(path, data_only=True), case)
    formulas = openpyxl.load_workbook(path)["Summary"]
    live = {
        str(client): isinstance(number, str) and number.startswith("=")
        for _, number, client, _ in formulas.iter_rows(min_row=3, values_only=True)
    }
    kept = KEPT_AS_RUN.get(case, set())
    assert {client for client, is_formula in live.items() if not is_formula} == kept


@pytest.fixture(scope="module")
def recomputed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every case's workbook as LibreOffice recalculates it (one soffice call)."""
    folder = tmp_path_factory.mktemp("summary_clients")
    paths = {case: build(folder, case) for case in CASES if case not in KEPT_AS_RUN}
    copies = recalculated(list(paths.values()), folder)
    return {case: copies[path] for case, path in paths.items()}


@needs_soffice
@pytest.mark.parametrize("case", [case for case in CASES if case not in KEPT_AS_RUN])
def test_summary_clients_count_their_rows_as_libreoffice_recalculates(
    recomputed: dict[str, Path], case: str
) -> None:
    assert_counts_are_the_trackers(openpyxl.load_workbook(recomputed[case], data_only=True), case)


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
    ],
)
def test_exact_criterion(cell: object, criterion: str | None) -> None:
    assert exact_criterion(cell) == criterion
