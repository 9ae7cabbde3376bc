"""A row pasted twice on one sheet (ot96 F3): every cell the same as a row above it (ot97 F6:
every cell of the person's, read or not; ``test_pasted_twice_whole_row``). It gave two
identical drafts to one person, two calendar events and two digest lines without a word; the
later row is now a ``Duplicate`` of the first, its Problems name it, and one message goes out.
Rows that only look alike are left as they are."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

AS_OF = "2026-12-04"
HEADER = "Company,Position,Interview Date,Interviewer,Interviewer Email,Country,Thank-you sent"
ROW = "Acme,Analyst,2026-12-01,Ana Diaz,ana@acme.example,US,"
REPEAT = (
    "repeats row 2 in every cell (a row pasted twice?): row 2 has its "
    "follow-ups, so nothing is sent from this one; delete it, or correct the cell that tells "
    "them apart"
)
SENT_ON_REPEAT = (
    'repeats row 2 in every cell but "Thank-you sent" (a row pasted twice?): row 2 has its '
    "follow-ups and counts what this row says was sent, so nothing is sent from this one; "
    "delete it once row 2 holds that, or correct the cell that tells them apart"
)

THANKS = ("Overdue", "Thank-you note")
ANA = "ravi-kumar-acme-thank-you-note-ana-diaz"

# (case, the rows under the header, each row's (status, next action), the drafts written).
CASES = [
    (
        "pasted twice",
        [ROW, ROW],
        [("Overdue", "Thank-you note"), ("Duplicate", "See row 2")],
        ["ravi-kumar-acme-thank-you-note-ana-diaz.eml"],
    ),
    (
        "pasted three times",
        [ROW, ROW, ROW],
        [("Overdue", "Thank-you note"), ("Duplicate", "See row 2"), ("Duplicate", "See row 2")],
        ["ravi-kumar-acme-thank-you-note-ana-diaz.eml"],
    ),
    (
        "spaces around a cell",
        [ROW, "Acme , Analyst,2026-12-01, Ana Diaz,ana@acme.example,US,"],
        [("Overdue", "Thank-you note"), ("Duplicate", "See row 2")],
        ["ravi-kumar-acme-thank-you-note-ana-diaz.eml"],
    ),
    # The thank-you marked sent on the repeat counts for the row followed up.
    (
        "sent typed on the repeat",
        [ROW, ROW[:-1] + ",2026-12-02"],
        [("Due soon", "1st check-in"), ("Duplicate", "See row 2")],
        ["ravi-kumar-acme-1st-check-in-ana-diaz.eml"],
    ),
    # Near cases: two interviews, each followed up.
    (
        "another day, same interviewer",
        [ROW, "Acme,Analyst,2026-11-24,Ana Diaz,ana@acme.example,US,"],
        [("Overdue", "Thank-you note"), ("Waiting", "—")],  # the later round takes over
        ["ravi-kumar-acme-thank-you-note-ana-diaz.eml"],
    ),
    (
        "same day and interviewer, another position",
        [ROW, "Acme,Data Analyst,2026-12-01,Ana Diaz,ana@acme.example,US,"],
        [THANKS, THANKS],
        [f"{ANA}-2.eml", f"{ANA}.eml"],
    ),
    (
        "same day and position, another interviewer (a panel)",
        [ROW, "Acme,Analyst,2026-12-01,Bo Chen,bo@acme.example,US,"],
        [THANKS, THANKS],
        [f"{ANA}.eml", "ravi-kumar-acme-thank-you-note-bo-chen.eml"],
    ),
    (
        "another country",
        [ROW, "Acme,Analyst,2026-12-01,Ana Diaz,ana@acme.example,GB,"],
        [THANKS, THANKS],
        [f"{ANA}-2.eml", f"{ANA}.eml"],
    ),
    (
        "another company",
        [ROW, "Acme Labs,Analyst,2026-12-01,Ana Diaz,ana@acme.example,US,"],
        [THANKS, THANKS],
        ["ravi-kumar-acme-labs-thank-you-note-ana-diaz.eml", f"{ANA}.eml"],
    ),
]


def run(tmp_path: Path, rows: list[str]) -> tuple[list[dict[str, str]], list[str], str]:
    tracker = tmp_path / "Ravi Kumar.csv"
    tracker.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8-sig")
    args = ["run", str(tracker), "--as-of", AS_OF, "--eml-dir", str(tmp_path / "eml")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    read = list(csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8-sig"))))
    drafts = sorted(p.name for p in (tmp_path / "eml").glob("*.eml"))
    return read, drafts, result.stderr


@pytest.mark.parametrize(
    ("rows", "seen", "drafts"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_a_row_pasted_twice_sends_once(
    tmp_path: Path,
    rows: list[str],
    seen: list[tuple[str, str]],
    drafts: list[str],
) -> None:
    read, written, err = run(tmp_path, rows)
    assert [(r["Follow-up status"], r["Next action"]) for r in read] == seen
    assert written == drafts
    if "Duplicate" not in {r["Follow-up status"] for r in read}:  # two interviews
        assert [r["Problems"] for r in read] == ["", ""]
        assert "repeats row" not in err
        return
    assert read[0]["Problems"] == ""
    # A sent date typed on the repeat only: not every cell is alike, and the line says so.
    said = SENT_ON_REPEAT if read[1]["Thank-you sent"] else REPEAT
    assert [r["Problems"] for r in read[1:]] == [said] * (len(read) - 1)
    assert read[1]["Why"] == (
        "Duplicate: the same interview (on Tue 2026-12-01) as row 2, which has its "
        "follow-ups; nothing is sent from this row. Type sent dates and the outcome there."
    )
    # Said without -v, by its row.
    assert f"note: Ravi Kumar.csv: row 3: {said}" in err.splitlines()


def test_a_repeat_stays_one_run_after_run(tmp_path: Path) -> None:
    tracker = tmp_path / "Ravi Kumar.csv"
    run(tmp_path, [ROW, ROW])
    first = tracker.read_bytes()
    calendar = tmp_path / "due.ics"
    for as_of in (AS_OF, AS_OF, "2026-12-09"):
        args = ["run", str(tracker), "--as-of", as_of, "--ics", str(calendar), "-q"]
        assert CliRunner().invoke(main, args).exit_code == 0
        if as_of == AS_OF:
            assert tracker.read_bytes() == first
        events = calendar.read_text(encoding="utf-8-sig")
        # One event for the pair (the next step's; a done step's stays, cancelled).
        assert events.count("BEGIN:VEVENT") - events.count("STATUS:CANCELLED") == 1
    read = list(csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8-sig"))))
    assert [(r["Follow-up status"], r["Next action"]) for r in read] == [
        ("Overdue", "1st check-in"),
        ("Duplicate", "See row 2"),
    ]


def test_a_workbook_row_pasted_twice_is_counted_as_a_duplicate(tmp_path: Path) -> None:
    """What a person sees in the workbook: the repeat's status, action and Problems, and the
    Summary counting it (a tracker on one sheet had no Duplicate line: 1 row of 2 counted)."""
    path = tmp_path / "Ravi Kumar.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    sheet.append(HEADER.split(",")[:-1])
    for _ in range(2):
        sheet.append(ROW.split(",")[:-1])
    book.save(path)
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", AS_OF])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Ravi Kumar.xlsx [Jobs]: 2 rows — 1 Overdue, 1 Duplicate;")
    book = openpyxl.load_workbook(path)
    rows = list(book["Jobs"].iter_rows(values_only=True))
    header = list(rows[0])
    at = {name: header.index(name) for name in ("Follow-up status", "Next action", "Problems")}
    assert [rows[2][at[name]] for name in at] == ["Duplicate", "See row 2", REPEAT]
    counted = {row[0]: row[1] for row in book["Summary"].iter_rows(values_only=True) if row[0]}
    assert counted["Duplicate"] == "=COUNTIF('Jobs'!$G$2:$G$3,\"Duplicate\")+0*TODAY()"
