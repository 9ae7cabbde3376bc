"""A row that needs info sends nothing until it is fixed, in the tracker as in the outbox.

ot81 F4: such a row still showed a `Next action`, a `Next due` and a draft in the tracker (a
`Successful` row: `Final follow-up`, "Closing the loop on the Analyst role") while the Drafts
sheet, the .eml files, the calendar and the digest left it out.
"""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

TO_FIX = (
    "Needs info: nothing is due or drafted from this row until it is fixed (see Problems); "
    "as it reads now:"
)
HEAD = ["Company", "Position", "Interview Date", "Interviewer", "Interviewer Email", "Status"]
HEAD += ["Date Applied"]
# The Why's line after the first: the step the row would send next as it reads now.
SECOND_LINES = {
    0: "Final follow-up: the later of 4 weeks after the interview (Tue 2026-11-17) and 5 bd "
    "after the 2nd check-in, due Tue 2026-11-10 (Wed 2026-11-18, skipped Veterans Day Wed "
    "11-11) → Wed 2026-11-18",
    1: "Thank-you note: the day after the interview on Mon 2026-11-16 → Tue 2026-11-17",
    2: "1st check-in: 5 bd after Tue 2026-11-10 → Wed 2026-11-18 (skipped Veterans Day Wed 11-11)",
    3: "Networking check-in: 10 weeks after Tue 2026-11-10 → Tue 2027-01-19; closed: the "
    "outcome is rejected, only this message is left",
    5: "Application check-in: 7 bd after applying on Mon 2026-11-02 → Thu 2026-11-12 "
    "(skipped Veterans Day Wed 11-11)",
}
ROWS = [
    # An outcome that could be a round passed or the job won.
    ["Acme", "Analyst", dt.datetime(2026, 10, 20), "Tom Reed", "tom@acme.example", "Successful"],
    # No company to name in a draft.
    [None, "Engineer", dt.datetime(2026, 11, 16), "Taylor Reed", "taylor@x.example", None],
    # An outcome the tool cannot read: a rejection read as open would be chased.
    ["Globex", "PM", dt.datetime(2026, 11, 10), "Ana Diaz", "ana@globex.example", "No regrets"],
    # A rejected row without a position: its networking check-in waits too.
    ["Oscorp", None, dt.datetime(2026, 11, 10), "Norman Osborn", "n@oscorp.example", "Rejected"],
    # Nothing to fix: its 1st check-in is overdue and drafted.
    ["Initech", "Analyst", dt.datetime(2026, 11, 10), "Ravi Kumar", "ravi@initech.example", None],
    # An application without a company: its check-in waits, its date in the Why only.
    [None, "Data Analyst", None, None, None, None, dt.datetime(2026, 11, 2)],
]


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> openpyxl.Workbook:
    tracker = tmp_path_factory.mktemp("needs") / "Maya Chen.xlsx"
    source = openpyxl.Workbook()
    for row in [HEAD, *ROWS]:
        source.active.append(row)
    source.save(tracker)
    args = ["run", str(tracker), "--as-of", "2026-11-20", "-q"]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return openpyxl.load_workbook(tracker, data_only=True)  # the values a person sees


def tracker_rows(book: openpyxl.Workbook) -> list[dict[str, object]]:
    cells = book.worksheets[0].iter_rows(values_only=True)
    headers = next(cells)
    return [dict(zip(headers, row, strict=True)) for row in cells]


@pytest.mark.parametrize(
    ("at", "problems", "dates"),
    [
        (
            5,
            "A7: Company is empty",
            {"1st check-in due": None, "Networking due": None},
        ),
        (
            0,
            'F2: "Successful" could be a round passed or the job won: write interviewing (a '
            "round passed, another to come) or offer (the job offered)",
            {"1st check-in due": dt.datetime(2026, 10, 27), "Networking due": None},
        ),
        (
            1,
            "A3: Company is empty",
            {"1st check-in due": dt.datetime(2026, 11, 24), "Networking due": None},
        ),
        (
            2,
            'F4: "No regrets" is not a known outcome (not applied, applied, interviewing, offer, '
            "hired, accepted, rejected, withdrawn, ghosted or on hold); write one of them (blank "
            "is applied)",
            {"1st check-in due": dt.datetime(2026, 11, 18), "Networking due": None},
        ),
        (
            3,
            "B5: Position is empty",
            {
                "1st check-in due": dt.datetime(2026, 11, 18),
                "Networking due": dt.datetime(2027, 1, 19),
            },
        ),
    ],
)
def test_a_row_to_fix_has_no_next_action_and_no_draft(
    book: openpyxl.Workbook, at: int, problems: str, dates: dict[str, object]
) -> None:
    row = tracker_rows(book)[at]
    seen = {
        key: row[key]
        for key in ("Follow-up status", "Next action", "Next due", "Draft subject", "Draft")
    }
    assert seen == {
        "Follow-up status": "Needs info",
        "Next action": "—",
        "Next due": None,
        "Draft subject": None,
        "Draft": None,
    }
    assert row["Problems"] == problems
    # The dates its steps would have stay, explained under the line that says they wait.
    assert {key: row[key] for key in dates} == dates
    first, second, *_ = str(row["Why"]).split("\n")
    assert first == TO_FIX
    assert second == SECOND_LINES[at]


def test_the_row_with_nothing_to_fix_is_drafted(book: openpyxl.Workbook) -> None:
    row = tracker_rows(book)[4]
    assert (row["Follow-up status"], row["Next action"], row["Next due"]) == (
        "Overdue",
        "1st check-in",
        dt.datetime(2026, 11, 18),
    )
    assert row["Draft subject"] == "Following up on the Analyst interview – Maya Chen"
    assert str(row["Draft"]).startswith("Hi Ravi,")


def test_the_outbox_holds_only_the_row_with_nothing_to_fix(book: openpyxl.Workbook) -> None:
    cells = book["Drafts"].iter_rows(values_only=True)
    headers = next(cells)
    messages = [dict(zip(headers, row, strict=True)) for row in cells]
    assert [(m["Company"], m["Action"], m["Compose"]) for m in messages] == [
        ("Initech", "1st check-in", "Compose")
    ]
