"""A tracker copied, mailed or put back keeps the day its undated check-in marks count from
(ot150 F1): that day was kept only in the last-run record beside the file, so a copy counted a
box ticked between two runs from its due date, and its deadline moved a week earlier; the run
then called its own Why texts the person's. The workbook carries the days in its hidden
calendars sheet. Every run passes its as-of date."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from libreoffice import needs_soffice, recalculated

from followup_batch.cli import main

COUNTED_FROM_RUN = (
    "; marked sent between the runs of Mon 2027-01-04 (unmarked) and Mon 2027-01-11: counted "
    "from Mon 2027-01-11, the latest day it can have gone (write the day it went to count "
    "from that)"
)
# Stripe, applied Mon 2026-12-14 (Fintech: its check-in due Tue 12-22), ticked between the
# runs of Mon 01-04 and Mon 01-11: counted from 01-11, 10 bd later (Martin Luther King Jr.
# Day skipped) is Tue 01-26. Counted from its due date it moved on Thu 01-07.
WAITING = (
    "Waiting: nothing left to send; with no reply by Tue 2027-01-26 (10 bd after the "
    "check-in) the search has moved on."
)
MOVED_ON = (
    "Moved on: no reply within 10 bd of the application check-in, since Tue 2027-01-26; "
    "no networking check-in without an interview."
)
# Kestrel, applied Mon 01-04 (due Tue 01-12), its sent day written: counted from that day,
# Fri 01-08, wherever the file is; 10 bd later is Mon 01-25.
KESTREL_WAITING = (
    "Waiting: nothing left to send; with no reply by Mon 2027-01-25 (10 bd after the "
    "check-in) the search has moved on."
)
KESTREL_MOVED_ON = (
    "Moved on: no reply within 10 bd of the application check-in, since Mon 2027-01-25; "
    "no networking check-in without an interview."
)


def invoke(path: Path, as_of: str) -> str:
    result = CliRunner().invoke(main, ["run", "--as-of", as_of, str(path)])
    assert result.exit_code == 0, result.output
    return result.output


def why(path: Path, company: str) -> list[str]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2, values_only=True):
        values = dict(zip(header, row, strict=True))
        if values["Company"] == company:
            return str(values["Why"]).splitlines()
    raise AssertionError(f"no row of {company}")


def tracker_of_a_week(folder: Path) -> Path:
    """Maya Chen.xlsx run on Mon 01-04 with Stripe's box unticked, then ticked (no date) and
    Kestrel's sent day written, and run on Mon 01-11 in ``folder``, where its record is."""
    path = folder / "Maya Chen.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Applications"
    sheet.append(["Company", "Job Title", "Date Applied", "Industry", "Followed Up"])
    sheet.append(["Stripe", "Senior Data Analyst", dt.datetime(2026, 12, 14), "Fintech", False])
    sheet.append(["Kestrel Insurance", "Analyst", dt.datetime(2027, 1, 4), "Fintech", None])
    for cell in ("C2", "C3"):
        sheet[cell].number_format = "yyyy-mm-dd"
    book.save(path)
    invoke(path, "2027-01-04")
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet["E2"] = True
    sheet["E3"] = dt.datetime(2027, 1, 8)
    sheet["E3"].number_format = "yyyy-mm-dd"
    book.save(path)
    invoke(path, "2027-01-11")
    assert why(path, "Stripe")[:1] == [WAITING]
    return path


def in_place(path: Path, elsewhere: Path) -> Path:
    return path


def copied(path: Path, elsewhere: Path) -> Path:
    """Copied (or mailed, or synced) to a folder with no record of its runs."""
    elsewhere.mkdir()
    return Path(shutil.copy2(path, elsewhere / path.name))


def restored(path: Path, elsewhere: Path) -> Path:
    """Put back from the folder it was copied to, over a tracker run since on another day:
    the record describes that run, not this file."""
    elsewhere.mkdir()
    kept = Path(shutil.copy2(path, elsewhere / path.name))
    invoke(path, "2027-01-12")
    return Path(shutil.copy2(kept, path))


def saved_by_libreoffice(path: Path, elsewhere: Path) -> Path:
    """Opened and saved in LibreOffice, then copied to a folder with no record."""
    elsewhere.mkdir()
    saved = recalculated([path], elsewhere / "office")[path]
    return Path(shutil.move(saved, elsewhere / path.name))


MOVES: dict[str, Callable[[Path, Path], Path]] = {
    "in place, its record": in_place,
    "copied to another folder": copied,
    "put back over a later run": restored,
}


@pytest.mark.parametrize(
    ("move", "as_of", "stripe", "kestrel"),
    [
        *((move, "2027-01-11", WAITING, KESTREL_WAITING) for move in MOVES),
        *((move, "2027-01-25", WAITING, KESTREL_MOVED_ON) for move in MOVES),
        *((move, "2027-01-26", MOVED_ON, KESTREL_MOVED_ON) for move in MOVES),
    ],
)
def test_a_copy_counts_an_undated_mark_from_the_day_its_runs_did(
    tmp_path: Path, move: str, as_of: str, stripe: str, kestrel: str
) -> None:
    tracker = MOVES[move](tracker_of_a_week(tmp_path), tmp_path / "elsewhere")
    said = invoke(tracker, as_of)
    assert why(tracker, "Stripe")[0] == stripe
    assert why(tracker, "Stripe")[1].endswith(COUNTED_FROM_RUN)
    # A dated mark counts from its date wherever the file is.
    assert why(tracker, "Kestrel Insurance")[0] == kestrel
    # Its own texts are not taken for the person's, and a second run writes nothing.
    assert "differ" not in said and "your text" not in said
    before = tracker.read_bytes()
    assert "unchanged, nothing written" in invoke(tracker, as_of)
    assert tracker.read_bytes() == before


@needs_soffice
def test_libreoffice_keeps_the_days_through_a_save(tmp_path: Path) -> None:
    tracker = saved_by_libreoffice(tracker_of_a_week(tmp_path), tmp_path / "elsewhere")
    said = invoke(tracker, "2027-01-25")
    assert why(tracker, "Stripe")[0] == WAITING
    assert why(tracker, "Stripe")[1].endswith(COUNTED_FROM_RUN)
    assert "your text" not in said


# A copy kept on Mon 01-11 and put back over the tracker after its run of Thu 01-21: the
# record describes that run, not this file, whose texts are the tool's of 01-11 (ot150 F1:
# they were "your text (…) was replaced", one by one). Revolut (interviewed Tue 01-05, thanked)
# had its 1st check-in due on 01-11.
OLDER_COPY = (
    "this file was written by the run of Mon 2027-01-11, not the last run (Thu 01-21): an "
    "older copy?"
)
STRIPE_ROW = 2
# Revolut's texts of 01-11, of its check-in then due, counted in one line, as in a copy
# without a record: they are not called the person's.
REVOLUTS_THEN = (
    "1 Next action cell, 1 Next due cell, 1 Why cell and 1 Due cell of the Drafts sheet differ "
    "from what this run writes (edited by hand, or written by another run) and were "
    "rewritten; the texts replaced are in .followup-backups/Maya Chen.xlsx.edited.txt"
)


def tracker_put_back(folder: Path, put_back: bool, typed: dict[str, object]) -> Path:
    """Maya Chen.xlsx as ``tracker_of_a_week`` left it, with Revolut's interview, run on Thu
    01-21 (or not, without ``put_back``: the file is then the one the last run left), then
    the copy of 01-11 put back over it, and the cells ``typed`` ('I4': 'offer') saved in it."""
    path = folder / "Maya Chen.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Company", "Job Title", "Date Applied", "Interview Date", "Interviewer"])
    for cell, header in zip(
        ("F1", "G1", "H1", "I1"),
        ("Industry", "Followed Up", "Thank-you Sent", "Outcome"),
        strict=True,
    ):
        sheet[cell] = header
    sheet.append(
        [
            "Stripe",
            "Senior Data Analyst",
            dt.datetime(2026, 12, 14),
            None,
            None,
            "Fintech",
            False,
            None,
            "applied",
        ]
    )
    sheet.append(
        [
            "Kestrel Insurance",
            "Analyst",
            dt.datetime(2027, 1, 4),
            None,
            None,
            "Fintech",
            None,
            None,
            "applied",
        ]
    )
    sheet.append(
        [
            "Revolut",
            "Senior Engineer",
            None,
            dt.datetime(2027, 1, 5, 10),
            "Emily Clarke",
            "Fintech",
            None,
            dt.datetime(2027, 1, 5),
            "interviewing",
        ]
    )
    book.save(path)
    invoke(path, "2027-01-04")
    book = openpyxl.load_workbook(path)
    book.active["G2"] = True  # type: ignore[index]
    book.save(path)
    invoke(path, "2027-01-11")
    kept = folder / "kept"
    kept.mkdir()
    shutil.copy2(path, kept / path.name)
    if put_back:
        invoke(path, "2027-01-21")
        shutil.copy2(kept / path.name, path)
    book = openpyxl.load_workbook(path)
    for cell, value in typed.items():
        book.active[cell] = value  # type: ignore[index]
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("put_back", "typed", "said"),
    [
        # Put back, its Outcome then edited: the texts of 01-11 for Revolut's check-in are
        # neither the record's nor 01-11's computed again from the row as it is now.
        (True, {"I4": "offer"}, [f"{OLDER_COPY}: {REVOLUTS_THEN}"]),
        (True, {}, [OLDER_COPY]),
        # Not put back: the same edit says nothing.
        (False, {"I4": "offer"}, []),
    ],
    ids=["put back, then an edit", "put back", "the last run's file, an edit"],
)
def test_a_copy_put_back_is_not_taken_for_the_persons_texts(
    tmp_path: Path, put_back: bool, typed: dict[str, object], said: list[str]
) -> None:
    path = tracker_put_back(tmp_path, put_back, typed)
    output = invoke(path, "2027-01-21")
    notes = [line.split("]: ", 1)[1] for line in output.splitlines() if line.startswith("note:")]
    assert [note for note in notes if "drafts are unsigned" not in note] == said
    assert why(path, "Stripe")[0] == WAITING
    # Its notes are said once: the file is the last run's now.
    before = path.read_bytes()
    again = invoke(path, "2027-01-21")
    assert "unchanged, nothing written" in again and "older copy" not in again
    assert path.read_bytes() == before


def test_a_note_typed_in_a_copy_put_back_is_saved_and_counted(tmp_path: Path) -> None:
    path = tracker_put_back(tmp_path, True, {})
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    sheet.cell(STRIPE_ROW, header.index("Why") + 1).value = "Dana said she'd call Monday"
    book.save(path)
    output = invoke(path, "2027-01-21")
    assert (
        f"{OLDER_COPY}: 1 Why cell differs from what this run writes (edited by hand, or written "
        "by another run) and was rewritten; the text replaced is in "
        ".followup-backups/Maya Chen.xlsx.edited.txt"
    ) in " ".join(output.split())
    saved = (tmp_path / ".followup-backups" / "Maya Chen.xlsx.edited.txt").read_text("utf-8")
    assert "Dana said she'd call Monday" in saved
    assert saved.count("=== ") == 1
