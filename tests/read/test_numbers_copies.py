"""A workbook exported by Apple Numbers (report ot83, F6 and F7): its sheets are renamed
"<sheet> - Table 1", so the tool's own Drafts, Summary and Calendars of the last run come
back as "Drafts - Table 1" ...: they are named once as old copies, never read, never deleted;
and a client named by a sheet loses Numbers' " - Table 1"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.read.numbers_copies import numbers_plain, stale_tool_copies

DRAFTS = ["Urgency", "Client", "Company", "Position", "To", "Email", "Action", "Due"]
SUMMARY = ["Status", "Rows", "Colour"]
CALENDARS = ["US", "US-NY", "GB-ENG"]

PLAIN = {
    "Sheet 1 - Table 1": "Sheet 1",
    "Referrals - Table 1 - Table 1": "Referrals",
    "Maya Chen - Table 2": "Maya Chen",
    "Referrals": "Referrals",
    "Table 1": "Table 1",
    "Q1 - Tablets": "Q1 - Tablets",
}


@pytest.mark.parametrize(("name", "plain"), PLAIN.items(), ids=PLAIN.keys())
def test_numbers_suffix_comes_off(name: str, plain: str) -> None:
    assert numbers_plain(name) == plain


COPIES = {
    "drafts": ("Drafts - Table 1", [DRAFTS], True),
    "summary": ("Summary - Table 1", [SUMMARY], True),
    "calendars": ("Calendars - Table 1", [CALENDARS], True),
    # Its last column keeps the undated check-in marks (ot150 F1).
    "calendars with marks": (
        "Calendars - Table 1",
        [[*CALENDARS, "Marked sent without a date: counted from"]],
        True,
    ),
    "cut at 31 characters": ("Drafts - Table 1 - Table 1 - Ta", [DRAFTS], True),
    "under Numbers' title row": ("Drafts - Table 1", [["Table 1"], DRAFTS], True),
    # Not the tool's: other headers, another name, no Numbers suffix.
    "a summary of the person's": ("Summary - Table 1", [["Company", "Count"]], False),
    "named otherwise": ("Drafts 2026", [DRAFTS], False),
    "the tool's own (marked)": ("Drafts", [DRAFTS], False),
}


@pytest.mark.parametrize(("name", "rows", "copy"), COPIES.values(), ids=COPIES.keys())
def test_old_copies_of_the_tools_sheets(name: str, rows: list[list[str]], copy: bool) -> None:
    assert stale_tool_copies([(name, rows)]) == ([name] if copy else [])


def test_a_numbers_export_names_old_copies_and_its_clients_plainly(tmp_path: Path) -> None:
    from followup_batch.cli import main

    path = tmp_path / "Job Search 2027.xlsx"
    book = openpyxl.Workbook()
    tracker = book.active
    assert tracker is not None
    tracker.title = "Sheet 1 - Table 1"
    tracker.append(["Company", "Position", "Date Applied"])
    tracker.append(["Quill Labs", "Analytics Engineer", dt.datetime(2027, 4, 5)])
    referrals = book.create_sheet("Referrals - Table 1")
    referrals.append(["Company", "Position", "Date Applied"])
    referrals.append(["Orbit Games", "Analyst", dt.datetime(2027, 4, 6)])
    for name, header in (("Drafts - Table 1", DRAFTS), ("Summary - Table 1", SUMMARY)):
        book.create_sheet(name).append(header)
    book.save(path)

    ran = CliRunner().invoke(main, ["run", "--as-of", "2027-04-12", str(path)])
    assert ran.exit_code == 0, ran.output
    assert (
        'sheets "Drafts - Table 1" and "Summary - Table 1" are old copies of the tool\'s own '
        "sheets, renamed by Numbers on export: not read and not updated (this run writes its "
        "Drafts, Summary and Calendars); delete them"
    ) in ran.stderr
    shown = openpyxl.load_workbook(path)
    assert shown.sheetnames[:4] == [
        "Sheet 1 - Table 1",
        "Referrals - Table 1",
        "Drafts - Table 1",
        "Summary - Table 1",
    ]  # the person's sheets all kept
    drafts = [row for row in shown["Drafts"].iter_rows(min_row=2, values_only=True)]
    # Sheets named for nobody in a workbook that is not a coach's: the file's client (fx155),
    # and "Job Search 2027" names nobody either: no client (ot119 F5).
    assert sorted((row[1], row[2]) for row in drafts) == [
        (None, "Orbit Games"),
        (None, "Quill Labs"),
    ]
