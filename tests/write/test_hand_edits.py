"""Text a person types into the tool's own columns (report ot8, finding 2): an edited draft is
kept while its next action stands, and anything the tool replaces is said and saved first —
never lost without a word. The cells are edited as a spreadsheet program would save them (the
sheet's XML; the CSV's text), the results read back with openpyxl / csv."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import shutil
import urllib.parse
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest
from calc_edits import edit_in_calc, uno_python
from click.testing import CliRunner, Result
from mail import body_text, parse

from followup_batch.cli import main
from followup_batch.memory import hand_edits, rerun, saved_edits
from followup_batch.read.package import read_sheets
from followup_batch.write import atomic

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
FIRST, NEXT, LATER = "2026-11-20", "2026-11-21", "2026-11-22"
# What a run with no usable record says of it, and of the tool's texts of its last run.
NO_RECORD = "no record of the tool's last run here (renamed or moved?)"
EARLIER_RECORD = "the last-run record was written by an earlier version of the tool"
EARLIER_UNRECORDED = (
    "an earlier version of the tool last wrote this sheet and kept no last-run record"
)
# The tool's texts as of the day the header note says, as a run names them...
THEN_DAY = "the tool's texts as of Fri 2026-11-20 (when, its header note says, it last ran)"
# ... in its line of the texts that differ, which does not say who wrote them.
THEN = f"{THEN_DAY}, edited by hand or written by another run,"
# What a run with no record and no date to compute the tool's texts again compares with.
THIS_RUN = "what this run writes (edited by hand, or written by another run)"
SHEET_PART = "xl/worksheets/sheet1.xml"
# Rows of the sample tracker (Excel rows; a CSV's records number the same way).
NIMBUS = 5  # Nimbus Ads: 2nd check-in to Chris, one recipient
VERTEX = 6  # Vertex Cloud: 1st check-in to Morgan
# Pixelforge: thanked, 1st check-in due on FIRST; left unsent, it is skipped once the 2nd is
# due (2026-12-03), which is still the first check-in; the final is due on 2026-12-15.
PIXELFORGE = 4
THANKED = 3  # Loopline: its thank-you note due on FIRST
MINE = "Hi Chris, my own words about the growth model. Best, Maya"


def run(*args: str, as_of: str, code: int = 0) -> Result:
    result = CliRunner().invoke(main, ["run", "--as-of", as_of, *args])
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    return result


@pytest.fixture(params=["xlsx", "csv"])
def tracker(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The sample tracker, run once in place: the tool's columns written, its state kept."""
    path = tmp_path / f"tracker.{request.param}"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=FIRST)
    return path


def header(path: Path) -> list[str]:
    if path.suffix == ".csv":
        return next(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    sheet = openpyxl.load_workbook(path).worksheets[0]
    return [str(cell.value) for cell in sheet[1]]


def column_letter(path: Path, title: str) -> str:
    return openpyxl.utils.get_column_letter(header(path).index(title) + 1)


def read_cell(path: Path, title: str, row: int) -> str:
    column = header(path).index(title)
    if path.suffix == ".csv":
        records = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        return records[row - 1][column]
    value = openpyxl.load_workbook(path).worksheets[0].cell(row, column + 1).value
    return "" if value is None else str(value)


def type_into(path: Path, title: str, row: int, text: str) -> None:
    """Type ``text`` into the cell of column ``title`` and ``row``, as a spreadsheet saves it:
    a workbook's cell becomes an inline string (the rest of the package untouched); a CSV
    field is rewritten."""
    column = header(path).index(title)
    if path.suffix == ".csv":
        records = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        records[row - 1] += [""] * (column + 1 - len(records[row - 1]))
        records[row - 1][column] = text
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows(records)  # as Excel saves a CSV
        path.write_text(out.getvalue(), encoding="utf-8", newline="")
        return
    typed_in_part(path, SHEET_PART, column, row, text)


def typed_in_part(path: Path, part: str, column: int, row: int, text: str) -> None:
    """``text`` typed into the cell at 0-based ``column`` and Excel ``row`` of the sheet
    ``part``, an inline string; the rest of the package untouched (formulas keep their saved
    values, as a spreadsheet program saves them)."""
    ref = f"{openpyxl.utils.get_column_letter(column + 1)}{row}".encode()
    cell = b'<c r="' + ref + b'" t="inlineStr"><is><t>' + escape(text).encode() + b"</t></is></c>"
    with zipfile.ZipFile(path) as package:
        members = [(info, package.read(info)) for info in package.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in members:
            if info.filename == part:
                found = re.search(rb'<c r="' + ref + rb'"[^>]*?(?:/>|>.*?</c>)', data, re.S)
                if found is not None:
                    data = data[: found.start()] + cell + data[found.end() :]
                else:  # an empty cell: put it before the row's first cell right of it
                    data = _inserted(data, cell, column + 1, row)
            package.writestr(info, data)


def _inserted(data: bytes, cell: bytes, column: int, row: int) -> bytes:
    found = re.search(rb'<row r="%d"[^>]*>(.*?)</row>' % row, data, re.S)
    assert found is not None
    at = found.end(1)
    for other in re.finditer(rb'<c r="([A-Z]+)\d+"', found.group(1)):
        if openpyxl.utils.column_index_from_string(other.group(1).decode()) > column:
            at = found.start(1) + other.start()
            break
    return data[:at] + cell + data[at:]


def saved_text(path: Path) -> str:
    edited = saved_edits.edited_path(path)
    return edited.read_text(encoding="utf-8") if edited.exists() else ""


def snapshot(path: Path) -> dict[str, tuple[int, int]]:
    """The tracker and its backups, state and saved texts: size and mtime."""
    files = [path, *sorted((path.parent / atomic.BACKUP_DIR).iterdir())]
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in files}


def where(path: Path, title: str, row: int) -> str:
    sheet = "Interviews!" if path.suffix == ".xlsx" else ""
    return f'{sheet}{column_letter(path, title)}{row} ("{title}")'


# (column, row, what the person types, the run's date, what else they change, kept?)
EDITS = [
    pytest.param("Draft", NIMBUS, MINE, NEXT, None, True, id="draft, same action: kept"),
    pytest.param(
        "Draft subject", NIMBUS, "Chris - quick one", NEXT, None, True, id="subject: kept"
    ),
    pytest.param(
        "Draft",
        NIMBUS,
        MINE,
        LATER,
        ("Check-in 2 Sent", "2026-11-21"),
        False,
        id="draft, action moved on: replaced",
    ),
    pytest.param(
        "Draft",
        NIMBUS,
        MINE,
        NEXT,
        ("Interviewer", "Chris Park; Jo Lee"),
        False,
        id="draft, another recipient: replaced",
    ),
    # ot121 F4: the same person, a new address: thrown out as "the row's next action has
    # moved on". Said once (below: not by the next run).
    pytest.param(
        "Draft",
        NIMBUS,
        MINE,
        NEXT,
        ("Interviewer Email", "chris.hale@nimbus.example"),
        True,
        id="draft, the contact's address new: kept, said",
    ),
    # The step's label moves from 1st to 2nd check-in with nothing sent (report ot11, F5):
    # the message is still the first check-in, so the person's text stays; the final is not.
    pytest.param(
        "Draft",
        PIXELFORGE,
        "Hi Lee and Ana, my own first check-in. Maya",
        "2026-12-03",
        None,
        True,
        id="draft, unsent 1st check-in now the 2nd: kept",
    ),
    pytest.param(
        "Draft",
        PIXELFORGE,
        "Hi Lee and Ana, my own first check-in. Maya",
        "2026-12-15",
        None,
        False,
        id="draft, unsent 1st check-in, now the final: replaced",
    ),
    pytest.param("Why", NIMBUS, "my note: call Monday", NEXT, None, False, id="why: replaced"),
    pytest.param("Next action", VERTEX, "called them instead", NEXT, None, False, id="next action"),
    # Words in a due column are a person's too (an outside test: replaced without a word).
    pytest.param(
        "Thank-you due",
        VERTEX,
        "sent 11/21 - Morgan replied",
        NEXT,
        None,
        False,
        id="words in a due column: replaced",
    ),
    pytest.param("Next due", NIMBUS, "ask Maya first", NEXT, None, False, id="next due"),
    # A word typed over the status ("Sent") is the person's too (report ot64, F4: every later
    # run refused the workbook, naming the row's tool cells as theirs).
    pytest.param("Follow-up status", NIMBUS, "Sent", NEXT, None, False, id="word over status"),
    pytest.param(
        "Follow-up status", 10, "done - no reply", NEXT, None, False, id="word over closed status"
    ),
]


@pytest.mark.parametrize(("title", "row", "typed", "as_of", "also", "kept"), EDITS)
def test_a_hand_edit_is_kept_or_said_and_saved(
    tracker: Path,
    title: str,
    row: int,
    typed: str,
    as_of: str,
    also: tuple[str, str] | None,
    kept: bool,
) -> None:
    type_into(tracker, title, row, typed)
    if also is not None:
        type_into(tracker, also[0], row, also[1])
    said = run(str(tracker), as_of=as_of).stderr

    cell = where(tracker, title, row)
    edited = saved_edits.edited_path(tracker)
    if kept:
        assert read_cell(tracker, title, row) == typed
        assert f"{cell}: your edited text is kept" in said
        assert not edited.exists()
        if also is not None:  # the address new: where the message goes now
            now = "its Compose link now mails" if tracker.suffix == ".xlsx" else "now goes to"
            assert "the contact's address is new since the last run: " in said
            assert f"{now} {also[1]}" in said
    else:
        assert read_cell(tracker, title, row) not in ("", typed)
        assert f'{cell}: your text ("{typed}") was replaced' in said
        assert f"It is saved in .followup-backups/{edited.name}" in said
        assert f"=== {cell}, row of " in saved_text(tracker)
        assert f"\n{typed}\n" in saved_text(tracker)

    # A third run writes nothing, keeps what it kept and says nothing more without -v.
    before = snapshot(tracker)
    again = run(str(tracker), "--ics", str(tracker.parent / "out" / "due.ics"), as_of=as_of)
    assert snapshot(tracker) == before
    assert "your" not in again.stderr
    assert (read_cell(tracker, title, row) == typed) is kept
    # Nor does the re-run shortcut repeat the news of the run it stands for.
    shortcut = run(str(tracker), "-v", as_of=as_of).stderr
    assert "nothing was read or written" in shortcut
    assert "your" not in shortcut
    assert snapshot(tracker) == before


# A word typed over the status: what the run says, and how to mark the row's message sent.
STATUS_TYPED = {
    "a message due": (
        NIMBUS,
        "Sent",
        'the tool writes its status on every run and does not read it; to mark the "2nd '
        'check-in" sent, type its date (or "yes") into your "Check-in 2 Sent" column',
    ),
    "nothing to send": (
        10,
        "done",
        "the tool rewrites this column on every run; keep notes in a column of your own",
    ),
}


@pytest.mark.parametrize(("row", "typed", "why"), STATUS_TYPED.values(), ids=STATUS_TYPED.keys())
def test_a_word_over_the_status_says_how_to_mark_the_message_sent(
    tracker: Path, row: int, typed: str, why: str
) -> None:
    type_into(tracker, "Follow-up status", row, typed)
    said = run(str(tracker), as_of=NEXT).stderr
    edited = saved_edits.edited_path(tracker)
    assert (
        f'{where(tracker, "Follow-up status", row)}: your text ("{typed}") was replaced: {why}. '
        f"It is saved in .followup-backups/{edited.name}"
    ) in said
    # The row is computed as usual: its status is the tool's again (a live formula in a
    # workbook, the word in a CSV), its next action the one a run gives it.
    status = read_cell(tracker, "Follow-up status", row)
    if row == NIMBUS:
        assert status.startswith("=IF(") if tracker.suffix == ".xlsx" else status == "Overdue"
        assert read_cell(tracker, "Next action", row) == "2nd check-in"
    else:
        # The sample CSV is ASCII alone without a byte-order mark: the tool's text in ASCII.
        nothing = "-" if tracker.suffix == ".csv" else "—"
        assert (status, read_cell(tracker, "Next action", row)) == ("Closed", nothing)


# A hand-made tracker with a sent column for the thank-you alone, as most have none (ot119
# F10: "type its date into your sent column for it" named none): "Sent" typed over each row's
# status. (company, the row's next action, where its sent mark goes)
ADD = 'and type its date (or "yes") in it'
MARKED_WHERE = [
    ("Acme", "Thank-you note", 'type its date (or "yes") into your "TY Sent" column'),
    ("Globex", "1st check-in", f'add a column headed "Check-in 1 Sent" {ADD}'),
    ("Initech", "Application check-in", f'add a column headed "Application Check-in Sent" {ADD}'),
    ("Hooli", "Final follow-up", f'add a column headed "Final Follow-up Sent" {ADD}'),
]


def test_a_word_over_the_status_names_the_sent_column_or_the_one_to_add(tmp_path: Path) -> None:
    path = tmp_path / "jobs.csv"
    path.write_text(
        "Company,Position,Date Applied,Interview Date,TY Sent\n"
        "Acme,Analyst,2026-11-02,2026-11-19,\n"
        "Globex,Analyst,2026-10-01,2026-11-05,\n"
        "Initech,Analyst,2026-11-02,,\n"
        "Hooli,Analyst,2026-10-01,2026-10-20,yes\n",
        encoding="utf-8",
    )
    run(str(path), as_of=FIRST)
    for row in range(2, 2 + len(MARKED_WHERE)):
        type_into(path, "Follow-up status", row, "Sent")
    said = run(str(path), as_of=NEXT).stderr.splitlines()
    assert [line for line in said if 'your text ("Sent")' in line] == [
        f'note: jobs.csv: F{row} ("Follow-up status"): your text ("Sent") was replaced: the '
        f'tool writes its status on every run and does not read it; to mark the "{action}" '
        f"sent, {mark}. It is saved in .followup-backups/jobs.csv.edited.txt"
        for row, (_, action, mark) in enumerate(MARKED_WHERE, start=2)
    ]
    assert [read_cell(path, "Next action", row) for row in range(2, 6)] == [
        action for _, action, _ in MARKED_WHERE
    ]


def test_a_kept_draft_is_the_message_of_the_drafts_sheet(tmp_path: Path) -> None:
    path = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=FIRST)
    type_into(path, "Draft", NIMBUS, MINE)
    run(str(path), as_of=NEXT)
    drafts = openpyxl.load_workbook(path)["Drafts"]
    titles = [cell.value for cell in drafts[1]]
    bodies = [row[titles.index("Draft")] for row in drafts.iter_rows(min_row=2, values_only=True)]
    assert bodies.count(MINE) == 1


def type_into_drafts_sheet(
    path: Path,
    title: str,
    row: int,
    to: str,
    text: str | dt.datetime,
    *,
    by_script: bool = True,
) -> str:
    """Type ``text`` over the ``title`` ("Draft", "Subject") of the Drafts sheet's message to
    ``to`` of tracker ``row``, as a client does after Review > Unprotect Sheet: the workbook
    saved by a script (openpyxl: its formulas lose their saved values), or ``by_script``
    False, as a spreadsheet program saves it (the links keep theirs); the cell, as the run
    names it ("Drafts!J3")."""
    book = openpyxl.load_workbook(path)
    drafts = book["Drafts"]
    titles = [cell.value for cell in drafts[1]]
    for cells in drafts.iter_rows(min_row=2):
        link = str(cells[titles.index("Tracker row")].value)
        if f"${row})" in link and cells[titles.index("To")].value == to:
            cell = cells[titles.index(title)]
            if by_script:
                cell.value = text
                book.save(path)
            else:
                with zipfile.ZipFile(path) as package:
                    part = read_sheets(package, "xl/workbook.xml").worksheets["Drafts"]
                typed_in_part(path, part, cell.column - 1, cell.row, str(text))
            return f"Drafts!{cell.coordinate}"
    raise AssertionError(f"no message to {to} of row {row} in the Drafts sheet")


def drafts_sheet_text(path: Path, title: str, row: int, to: str) -> str:
    drafts = openpyxl.load_workbook(path)["Drafts"]
    titles = [cell.value for cell in drafts[1]]
    (text,) = [
        cells[titles.index(title)]
        for cells in drafts.iter_rows(min_row=2, values_only=True)
        if f"${row})" in str(cells[titles.index("Tracker row")]) and cells[titles.index("To")] == to
    ]
    return str(text)


# A message polished in the Drafts sheet (report ot112, F4: replaced without a word, saved
# nowhere) is an edit of its row's Draft (or Draft subject): kept there while the row's next
# action is the one it was written for, else saved and said. (the Drafts column, its tracker
# column, row, recipient, what is typed, the run's date, what else is typed in the tracker
# (column, text), kept?, the tracker's text afterwards: None for the tool's)
OUTBOX_EDITS = {
    "a draft, same action: kept": (
        "Draft",
        "Draft",
        NIMBUS,
        "Chris Hale",
        MINE,
        NEXT,
        None,
        True,
        MINE,
    ),
    "a subject, same action: kept": (
        "Subject",
        "Draft subject",
        NIMBUS,
        "Chris Hale",
        "Chris - quick one",
        NEXT,
        None,
        True,
        "Chris - quick one",
    ),
    "a draft, action moved on: saved and replaced": (
        "Draft",
        "Draft",
        NIMBUS,
        "Chris Hale",
        MINE,
        LATER,
        ("Check-in 2 Sent", "2026-11-21"),
        False,
        None,
    ),
    "one of two recipients' copies: kept, goes to the one it greets": (
        "Draft",
        "Draft",
        PIXELFORGE,
        "Lee Wong",
        "Hi Lee,\n\nMy own note to Lee.\n\nMaya",
        NEXT,
        None,
        True,
        "Hi Lee,\n\nMy own note to Lee.\n\nMaya",
    ),
    "edited in the tracker too: the tracker's kept, the sheet's saved": (
        "Draft",
        "Draft",
        NIMBUS,
        "Chris Hale",
        MINE,
        NEXT,
        ("Draft", "Hi Chris, the tracker's."),
        False,
        "Hi Chris, the tracker's.",
    ),
}


@pytest.mark.parametrize("by_script", [True, False], ids=["by a script", "by a spreadsheet"])
@pytest.mark.parametrize(
    ("title", "column", "row", "to", "typed", "as_of", "also", "kept", "after"),
    OUTBOX_EDITS.values(),
    ids=OUTBOX_EDITS.keys(),
)
def test_a_message_edited_in_the_drafts_sheet_is_kept_or_said_and_saved(
    tmp_path: Path,
    by_script: bool,
    title: str,
    column: str,
    row: int,
    to: str,
    typed: str,
    as_of: str,
    also: tuple[str, str] | None,
    kept: bool,
    after: str | None,
) -> None:
    path = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=FIRST)
    if also is not None:
        type_into(path, also[0], row, also[1])
    cell = type_into_drafts_sheet(path, title, row, to, typed, by_script=by_script)
    said = run(str(path), as_of=as_of).stderr

    # Reopened: the tracker's cell, and the Drafts sheet's message, are the person's text
    # when kept; else the tool's, the text saved first and said, naming the cell typed in.
    tracker_cell = where(path, column, row)
    now = read_cell(path, column, row)
    assert now == after if after is not None else now not in ("", typed)
    in_sheet = drafts_sheet_text(path, title, row, to) if as_of == NEXT else None
    assert (in_sheet == typed) is (kept and in_sheet is not None)
    edited = saved_edits.edited_path(path)
    if kept:
        assert (f'{cell}, the message of {tracker_cell}: your edited text is kept ("') in said
        assert ", in the tracker's cell too: the row's next action is the one" in said
        assert not edited.exists()
    else:
        assert f'{cell}, the message of {tracker_cell}: your text ("' in said
        assert "was replaced: " in said
        assert f"It is saved in .followup-backups/{edited.name}" in said
        assert f"\n{typed}\n" in saved_text(path)
    if also == ("Draft", "Hi Chris, the tracker's."):
        assert (
            "the message's row in the tracker (or another recipient's copy) was edited too" in said
        )

    # The next run writes nothing, and says nothing more without -v.
    before = snapshot(path)
    again = run(str(path), as_of=as_of)
    assert snapshot(path) == before
    assert "your" not in again.stderr


def message_cells(path: Path, row: int, to: str) -> tuple[object, ...]:
    """The To, Email and Due of the Drafts sheet's message to ``to`` of tracker ``row``."""
    drafts = openpyxl.load_workbook(path)["Drafts"]
    titles = [cell.value for cell in drafts[1]]
    (found,) = [
        tuple(cells[titles.index(title)] for title in ("To", "Email", "Due"))
        for cells in drafts.iter_rows(min_row=2, values_only=True)
        if f"${row})" in str(cells[titles.index("Tracker row")]) and cells[titles.index("To")] == to
    ]
    return found


# Whom and when a message goes, typed over in the Drafts sheet (report ot118, F2: put back
# with no word and saved nowhere, where the sheet's Subject and Draft edits were said): the
# tool's copies of the row's contact and Next due, never kept there (the Compose link mails
# the row's address), saved and said with the cell they are copied from. (the Drafts
# column, tracker row, recipient, what is typed (a date as a spreadsheet holds one), what
# else is typed in the tracker first (column, text), what the run says of it: None, nothing)
COPIED = "the tool copies here from Interviews!{} on every run (it reads nothing typed here)"
OUTBOX_COPIES = {
    "an address where the row has none": (
        "Email",
        NIMBUS,
        "Chris Hale",
        "chris.hale@nimbus.example",
        None,
        'your text ("chris.hale@nimbus.example") was replaced: the Compose link mails no one: '
        "the row has no address, which "
        + COPIED.format('K5 ("Interviewer Email")')
        + "; to mail one, type it there",
    ),
    "another address for the row's contact": (
        "Email",
        THANKED,
        "Sam Park",
        "sam.park@gmail.example",
        None,
        'your text ("sam.park@gmail.example") was replaced: the Compose link mails '
        "sam@loopline.example, the address "
        + COPIED.format('K3 ("Interviewer Email")')
        + "; to mail another address, change it there",
    ),
    # The address the tool wrote on another row is still the person's on this one.
    "another row's address": (
        "Email",
        NIMBUS,
        "Chris Hale",
        "sam@loopline.example",
        None,
        'your text ("sam@loopline.example") was replaced: the Compose link mails no one',
    ),
    "another name": (
        "To",
        THANKED,
        "Sam Park",
        "Samantha Park",
        None,
        'your text ("Samantha Park") was replaced: the message goes to Sam Park, the name '
        + COPIED.format('J3 ("Interviewer")')
        + "; to write to someone else, change it there",
    ),
    "a later date, to put it off": (
        "Due",
        NIMBUS,
        "Chris Hale",
        dt.datetime(2026, 11, 28),
        None,
        "your date (2026-11-28) was replaced: the message is due on 2026-11-17, the date "
        + COPIED.format('{}5 ("Next due")'),
    ),
    "words over the date": (
        "Due",
        NIMBUS,
        "Chris Hale",
        "after Thanksgiving",
        None,
        'your text ("after Thanksgiving") was replaced: the message is due on 2026-11-17',
    ),
    # The tool's own copy of the name the row had: nothing of the person's.
    "the row's contact renamed in the tracker since": (
        "To",
        THANKED,
        "Sam Park",
        None,
        ("Interviewer", "Samuel Park"),
        None,
    ),
}


@pytest.mark.parametrize(
    ("title", "row", "to", "typed", "also", "why"),
    OUTBOX_COPIES.values(),
    ids=OUTBOX_COPIES.keys(),
)
def test_whom_and_when_a_message_goes_typed_in_the_drafts_sheet_is_said_and_saved(
    tmp_path: Path,
    title: str,
    row: int,
    to: str,
    typed: str | dt.datetime | None,
    also: tuple[str, str] | None,
    why: str | None,
) -> None:
    path = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=FIRST)
    if also is not None:
        type_into(path, also[0], row, also[1])
    drafted = message_cells(path, row, to)
    cell = ""
    if typed is not None:
        # Words as a spreadsheet program saves them; a date cell by a script (openpyxl).
        by_script = not isinstance(typed, str)
        cell = type_into_drafts_sheet(path, title, row, to, typed, by_script=by_script)
    said = run(str(path), as_of=NEXT).stderr

    # Reopened: the message's To, Email and Due are the row's again (its contact renamed:
    # the new name); what was typed is in edited.txt, said with the cell it is copied from.
    renamed = also[1] if also is not None else to
    assert message_cells(path, row, renamed) == (renamed, *drafted[1:])
    if why is None:
        assert "your" not in said
        assert not saved_edits.edited_path(path).exists()
        return
    why = why.replace("{}", column_letter(path, "Next due"))
    message = f'{cell} ("{title}"), the message of {where(path, "Draft", row)}'
    assert f"{message}: {why}" in said
    assert "It is saved in .followup-backups/tracker.xlsx.edited.txt" in said
    shown = typed.date().isoformat() if isinstance(typed, dt.datetime) else typed
    company = read_cell(path, "Company", row)
    assert f"=== {message}, row of {company} — " in saved_text(path)
    assert f"\n{shown}\n" in saved_text(path)

    # The next run writes nothing, and says nothing more.
    before = snapshot(path)
    again = run(str(path), as_of=NEXT)
    assert snapshot(path) == before
    assert "your" not in again.stderr


def sorted_in_a_spreadsheet(path: Path) -> dict[int, int]:
    """The tracker's rows sorted as a spreadsheet program sorts them (Data > Sort; here the
    sample's rows reversed): each row's cells moved whole, its formulas following their row
    and its dates their format, while the Drafts sheet's links to the rows are left as they
    were (neither Excel nor LibreOffice updates them by default). Saved by a script; tracker
    row -> the row it is at now."""
    from openpyxl.formula.translate import Translator

    book = openpyxl.load_workbook(path)
    sheet = book["Interviews"]
    first, last = 2, sheet.max_row
    rows = {n: [(c.value, c.number_format) for c in sheet[n]] for n in range(first, last + 1)}
    moved = {n: first + last - n for n in rows}
    for n, cells in rows.items():
        for column, (value, style) in enumerate(cells, start=1):
            cell = sheet.cell(moved[n], column)
            if isinstance(value, str) and value.startswith("="):
                origin = f"{openpyxl.utils.get_column_letter(column)}{n}"
                value = Translator(value, origin=origin).translate_formula(cell.coordinate)
            cell.value, cell.number_format = value, style
    book.save(path)
    return moved


def tracker_row_link(path: Path, to: str) -> str:
    """The Drafts sheet's link to the tracker row of the message to ``to``."""
    drafts = openpyxl.load_workbook(path)["Drafts"]
    titles = [cell.value for cell in drafts[1]]
    (link,) = [
        str(cells[titles.index("Tracker row")])
        for cells in drafts.iter_rows(min_row=2, values_only=True)
        if cells[titles.index("To")] == to
    ]
    return link


# The tracker sorted in a spreadsheet program between two runs (report ot128): the Drafts
# sheet's links still name the rows its messages were at. The tool's own To, Email and Due
# there are no one's edits (F1: said replaced dozens of times, and saved), and a message
# polished there follows its row (F2: thrown out as "moved on"); of two rows of one
# application, the row of the contact it goes to; of a company retyped after the sort (no
# row holds what the message names), the tool's copies are still its own. (the tracker row,
# its recipient, the Drafts column typed in, its tracker column, what is typed: None,
# nothing; what else changes: "alike", Vertex Cloud's row made another Nimbus Ads — Growth PM
# before the first run; "renamed", Nimbus Ads retyped after the sort)
SORTED = {
    "nothing typed": (NIMBUS, "Chris Hale", None, None, None, None),
    "a draft polished in the Drafts sheet": (NIMBUS, "Chris Hale", "Draft", "Draft", MINE, None),
    "a subject polished there": (
        NIMBUS,
        "Chris Hale",
        "Subject",
        "Draft subject",
        "Chris - quick one",
        None,
    ),
    "its company retyped after the sort": (NIMBUS, "Chris Hale", None, None, None, "renamed"),
    "a draft of one of two rows of one application": (
        VERTEX,
        "Morgan Blake",
        "Draft",
        "Draft",
        "Hi Morgan, my own words about the growth model. Best, Maya",
        "alike",
    ),
}


@pytest.mark.parametrize("as_of", [FIRST, NEXT], ids=["the same day", "the next day"])
@pytest.mark.parametrize(
    ("row", "to", "title", "column", "typed", "change"), SORTED.values(), ids=SORTED.keys()
)
def test_a_tracker_sorted_in_a_spreadsheet_keeps_its_drafts_sheets_messages(
    tmp_path: Path,
    as_of: str,
    row: int,
    to: str,
    title: str | None,
    column: str | None,
    typed: str | None,
    change: str | None,
) -> None:
    path = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / path.name, path)
    if change == "alike":
        for title_of, text in (("Company", "Nimbus Ads"), ("Position", "Growth PM")):
            type_into(path, title_of, VERTEX, text)
    run(str(path), as_of=FIRST)
    cell = ""
    if title is not None and typed is not None:
        cell = type_into_drafts_sheet(path, title, row, to, typed)
    moved = sorted_in_a_spreadsheet(path)
    if change == "renamed":
        book = openpyxl.load_workbook(path)
        book["Interviews"].cell(moved[row], header(path).index("Company") + 1, "Nimbus Advertising")
        book.save(path)
    said = run(str(path), as_of=as_of).stderr

    # Nothing is said replaced, nothing saved; the Drafts sheet links each message to the
    # row it is at now.
    assert "was replaced" not in said
    assert not saved_edits.edited_path(path).exists()
    assert f"${moved[row]})" in tracker_row_link(path, to)
    if column is not None:
        now = moved[row]
        assert read_cell(path, column, now) == typed
        assert drafts_sheet_text(path, title or "", now, to) == typed
        kept = f'{cell}, the message of {where(path, column, now)}: your edited text is kept ("'
        assert said.count("your edited text is kept") == 1
        assert kept in said

    # The next run writes nothing, and says nothing more.
    before = snapshot(path)
    again = run(str(path), as_of=as_of)
    assert snapshot(path) == before
    assert "your" not in again.stderr


def test_a_kept_draft_goes_to_the_exported_messages(tmp_path: Path) -> None:
    path = tmp_path / "tracker.csv"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=FIRST)
    type_into(path, "Draft", NIMBUS, MINE)
    out = tmp_path / "outbox"
    run(str(path), "--eml-dir", str(out), as_of=NEXT)
    bodies = [p.read_text(encoding="utf-8") for p in out.rglob("*.eml")]
    assert sum(MINE in body for body in bodies) == 1


# An edited draft of a row of two recipients (Pixelforge: Lee Wong & Ana Diaz) goes to the
# ones its greeting names; the others keep their drafted messages, and Why says so (report
# ot22, F2: "Hi Priya," went to Tom too). Greeting all of them, or nobody on the row, it is
# the message to each, as a note to all of them.
LEE, ANA = "Lee Wong", "Ana Diaz"
ONLY = (
    "Draft: your edited text goes to {}, whom it greets; {}, not greeted in it, "
    "gets the drafted message"
)
TO_LEE_ONLY, TO_ANA_ONLY = ONLY.format(LEE, ANA), ONLY.format(ANA, LEE)
FANNED = {
    "greets one of two": ("Hi Lee,\n\nMy own note to Lee.\n\nMaya", {LEE}, TO_LEE_ONLY),
    "greets one by title and surname": (
        "Dear Ms. Diaz,\n\nMy own note to Ana.\n\nMaya",
        {ANA},
        TO_ANA_ONLY,
    ),
    "greets both": ("Hi Lee and Ana,\n\nMy own note to both.\n\nMaya", {LEE, ANA}, None),
    "greets nobody": ("Hello,\n\nMy own note to the panel.\n\nMaya", {LEE, ANA}, None),
    # A name no one on the row has goes to each, and Why says to check it (report ot23, F6).
    "greets a name not on the row": (
        "Hi Sarah,\n\nMy own note.\n\nMaya",
        {LEE, ANA},
        f'Draft: your text greets "Sarah", whom the row does not name: it goes to {LEE} and '
        f"{ANA} — check it",
    ),
    "greets by title and a surname not on the row": (
        "Dear Dr. Wang, thank you.\n\nMaya",
        {LEE, ANA},
        f'Draft: your text greets "Dr. Wang", whom the row does not name: it goes to {LEE} '
        f"and {ANA} — check it",
    ),
    "greets the company's team": ("Hi Pixelforge team,\n\nMy note.\n\nMaya", {LEE, ANA}, None),
    "greets everyone": ("Hello everyone!\n\nMy note.\n\nMaya", {LEE, ANA}, None),
    "greets the hiring team": ("Dear Hiring Team,\n\nMy note.\n\nMaya", {LEE, ANA}, None),
}


def pixelforge_messages(path: Path, eml_dir: Path) -> dict[str, tuple[str, str, str]]:
    """Pixelforge's messages by recipient: the Drafts sheet's body, the body of its Compose
    link and the body of its .eml file."""
    drafts = openpyxl.load_workbook(path)["Drafts"]
    titles = [cell.value for cell in drafts[1]]
    found = {}
    for cells in drafts.iter_rows(min_row=2):
        if cells[titles.index("Company")].value != "Pixelforge":
            continue
        link = cells[titles.index("Compose")].hyperlink
        assert link is not None and link.target is not None
        query = urllib.parse.urlsplit(link.target).query
        (compose,) = urllib.parse.parse_qs(query)["body"]
        # A mail link breaks its lines with CRLF (RFC 6068): the same text as the sheet's.
        assert "\n" not in compose.replace("\r\n", "")
        compose = compose.replace("\r\n", "\n")
        found[cells[titles.index("To")].value] = [cells[titles.index("Draft")].value, compose]
    for file in eml_dir.rglob("*pixelforge*.eml"):
        mail = parse(file)
        # The file ends its text with a line end, as a message does.
        found[mail["To"].addresses[0].display_name].append(body_text(mail).removesuffix("\n"))
    return {to: tuple(bodies) for to, bodies in found.items()}


@pytest.mark.parametrize(("typed", "to", "why"), FANNED.values(), ids=FANNED.keys())
def test_an_edited_draft_goes_to_the_recipients_it_greets(
    tmp_path: Path, typed: str, to: set[str], why: str | None
) -> None:
    drafted = tmp_path / "drafted" / "tracker.xlsx"
    drafted.parent.mkdir()
    shutil.copyfile(SAMPLE / drafted.name, drafted)
    run(str(drafted), as_of=FIRST)
    path = tmp_path / "tracker.xlsx"
    shutil.copytree(drafted.parent, path.parent, dirs_exist_ok=True)
    type_into(path, "Draft", PIXELFORGE, typed)
    run(str(drafted), "--eml-dir", str(tmp_path / "drafted-eml"), as_of=NEXT)
    said = run(str(path), "--eml-dir", str(tmp_path / "eml"), as_of=NEXT).stderr

    assert f"{where(path, 'Draft', PIXELFORGE)}: your edited text is kept" in said
    assert read_cell(path, "Draft", PIXELFORGE) == typed
    ours = pixelforge_messages(drafted, tmp_path / "drafted-eml")
    expected = {name: (typed,) * 3 if name in to else ours[name] for name in (LEE, ANA)}
    assert pixelforge_messages(path, tmp_path / "eml") == expected
    assert [ours[LEE][0].splitlines()[0], ours[ANA][0].splitlines()[0]] == ["Hi Lee,", "Hi Ana,"]
    drafted_why = read_cell(drafted, "Why", PIXELFORGE)
    assert read_cell(path, "Why", PIXELFORGE) == (f"{drafted_why}\n{why}" if why else drafted_why)
    # Run again, nothing changed: nothing is written.
    before = snapshot(path)
    run(str(path), as_of=NEXT)
    assert snapshot(path) == before


# A tracker saved under another name ("Copy of …", a client's file) has the tool's columns and
# no record of its last run (report ot23, F1: its edited drafts were replaced without a word).
# Every text there that differs from this run's is saved and said in one line; none is kept.
# (cells typed: (column, row, text); the line's count)
UNRECORDED = {
    "an edited draft": ([("Draft", NIMBUS, MINE)], "1 Draft cell differs from {than} and was"),
    "drafts and a note": (
        [("Draft", NIMBUS, MINE), ("Draft", VERTEX, "Hi Morgan, mine"), ("Why", NIMBUS, "call")],
        "2 Draft cells and 1 Why cell differ from {than} and were",
    ),
}


@pytest.mark.parametrize(("typed", "count"), UNRECORDED.values(), ids=UNRECORDED.keys())
def test_a_tracker_with_no_record_saves_and_says_what_differs(
    tracker: Path, typed: list[tuple[str, int, str]], count: str
) -> None:
    copy = tracker.with_name(f"Copy of tracker{tracker.suffix}")
    shutil.copyfile(tracker, copy)
    for title, row, text in typed:
        type_into(copy, title, row, text)
    drafted = {(title, row): read_cell(tracker, title, row) for title, row, _ in typed}
    said = run(str(copy), as_of=FIRST).stderr

    edited = saved_edits.edited_path(copy)
    # A workbook says when it was written: its texts are the tool's texts as of that day.
    than = THIS_RUN if tracker.suffix == ".csv" else THEN
    texts = "the text replaced is" if len(typed) == 1 else "the texts replaced are"
    line = (
        f"{NO_RECORD}: {count.format(than=than)} rewritten; {texts} in "
        f".followup-backups/{edited.name}"
    )
    assert said.count(line) == 1
    assert "your text" not in said  # one line, not one a cell
    saved = saved_text(copy)
    for title, row, text in typed:
        assert read_cell(copy, title, row) == drafted[title, row]
        assert f"=== {where(copy, title, row)}, row of " in saved
        assert f"\n{text}\n" in saved
    assert saved.count("=== ") == len(typed)  # the tool's own texts are not saved

    # Now with a record: a second run writes nothing and says nothing new.
    before = snapshot(copy)
    again = run(str(copy), "--ics", str(copy.parent / "out" / "due.ics"), as_of=FIRST).stderr
    assert snapshot(copy) == before
    assert "no record" not in again
    assert "your" not in again


# A workbook written as of FIRST whose record is unusable, run again as of UPGRADED, when the
# tool's texts of 13 cells differ from FIRST's (Why, Draft and subject of rows whose next step
# came due): the workbook says when the tool last wrote it (its status header's note), so the
# tool's texts as of that day are computed again and are the tool's, replaced without a word
# (report ot27, F2: 278 lines of the tool's own texts filed as "your text"). The person's
# edited Draft of a row whose step stands is kept; their note typed in Why is saved and said.
UPGRADED = "2026-11-25"
# How a run says it kept a draft: with a record of the last run, and without one (ot87 F6).
KEPT_SAID = ("your edited text is kept", "and no record says who wrote it")
ADDED = "\n\nP.S. I have attached the growth model we discussed."
NOTE = "Tom said call on Monday"


def forget_hashes(path: Path) -> Path:
    """The record as an earlier version left it: format 1, without the texts' hashes, kept
    when that version's run wrote the tracker (the record's time is its run's)."""
    state = rerun.state_path(path)
    data = json.loads(state.read_text(encoding="utf-8"))
    for sheet in data["sheets"]:
        del sheet["hand"]
    kept = state.stat()
    state.write_text(json.dumps(data), encoding="utf-8")
    os.utime(state, ns=(kept.st_atime_ns, kept.st_mtime_ns))
    return path


def saved_since(path: Path) -> Path:
    """An earlier version's record (``forget_hashes``), and the tracker saved since (opened in
    a spreadsheet program and saved unchanged, a minute later)."""
    forget_hashes(path)
    later = rerun.state_path(path).stat().st_mtime + 60
    os.utime(path, (later, later))
    return path


def renamed(path: Path) -> Path:
    return path.rename(path.with_name(f"Job hunt{path.suffix}"))


def moved(path: Path) -> Path:
    """The tracker moved to another folder (renamed as the tool left it, beside its record,
    it takes the record: ``test_rerun_shortcut``)."""
    (path.parent / "moved").mkdir()
    return path.rename(path.parent / "moved" / path.name)


def unlinked(path: Path) -> Path:
    rerun.state_path(path).unlink()
    return path


def by_earliest_version(path: Path) -> Path:
    """The tracker as the earliest versions left it (report ot64, F5): backups and no record
    beside it, and a status header note that ends with its as-of date, with no legend."""
    unlinked(path)
    with zipfile.ZipFile(path) as package:
        members = [(info, package.read(info)) for info in package.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in members:
            if info.filename.startswith("xl/comments"):
                data = re.sub(rb"(as of \d{4}-\d{2}-\d{2})\n[^<]*", rb"\1", data)
            package.writestr(info, data)
    return path


# (how the record is lost, what the run says of it, the edited draft kept?). After an
# upgrade no draft is kept: the earlier version worded its drafts otherwise, and one that
# differs cannot be told from an edit of it (report ot64, F3): it is saved, as the note is.
RECORD_LOST = {
    "record deleted": (unlinked, NO_RECORD, True),
    "file renamed": (renamed, NO_RECORD, True),
    "record of an earlier version": (forget_hashes, EARLIER_RECORD, False),
    "run by an earliest version": (by_earliest_version, EARLIER_UNRECORDED, False),
}


@pytest.mark.parametrize(
    ("lose", "no_record", "kept"), RECORD_LOST.values(), ids=RECORD_LOST.keys()
)
def test_without_a_record_the_tools_texts_as_of_its_last_run_are_its_own(
    tmp_path: Path, lose: Callable[[Path], Path], no_record: str, kept: bool
) -> None:
    path = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=FIRST)
    mine = read_cell(path, "Draft", NIMBUS) + ADDED
    type_into(path, "Draft", NIMBUS, mine)
    type_into(path, "Why", VERTEX, NOTE)
    path = lose(path)

    said = run(str(path), as_of=UPGRADED).stderr
    edited = saved_edits.edited_path(path)
    # No record says the draft is the person's: it is kept as an edit of the tool's draft
    # then, not called "your edited text" (ot87 F6: the tool's own old draft was).
    kept_line = (
        f'{where(path, "Draft", NIMBUS)}: kept ("…{" ".join(ADDED.split())}"): it differs from '
        "the tool's draft as of Fri 2026-11-20 and no record says who wrote it; once the row's "
        "next action moves on, a new draft replaces it and the text is saved in .followup-backups"
    )
    assert said.count(kept_line) == kept
    assert "your edited text" not in said
    assert (read_cell(path, "Draft", NIMBUS) == mine) is kept
    cells = "1 Why cell differs" if kept else "1 Draft cell and 1 Why cell differ"
    texts = (
        "was rewritten; the text replaced is" if kept else "were rewritten; the texts replaced are"
    )
    assert (
        f"{no_record}: {cells} from {THEN} and {texts} in .followup-backups/{edited.name}"
    ) in said
    assert read_cell(path, "Why", VERTEX).startswith("1st check-in:")
    saved = saved_text(path)
    # The person's texts, none of the tool's own.
    assert saved.count("=== ") == (1 if kept else 2)
    assert f"=== {where(path, 'Why', VERTEX)}, row of Vertex Cloud" in saved
    assert f"\n{NOTE}\n" in saved
    assert (f"\n{mine}\n" in saved) is not kept


PRIVATE_NOTE = "case interview went ok"
QUOTING = f"\n\nOur discussion of {PRIVATE_NOTE} has stayed with me since."
PRIVATE_SAID = (
    'was replaced: it quotes your "Notes" column, which drafts never quote (kept private; '
    '--map "Notes=topic" has it quoted). It is saved in .followup-backups/{edited}'
)
# How the tracker's record stands when its Draft quotes the private Notes column, and what
# the run says: by cell, or, after an upgrade, in the one line of every draft not kept.
QUOTED_PRIVATE = {
    "with its record": (lambda path: path, PRIVATE_SAID),
    "renamed, no record": (renamed, PRIVATE_SAID),
    "record of an earlier version": (
        forget_hashes,
        f"{EARLIER_RECORD}: 1 Draft cell differs from {THEN} and was rewritten; the text "
        "replaced is in .followup-backups/{edited}",
    ),
}


@pytest.mark.parametrize(("lose", "line"), QUOTED_PRIVATE.values(), ids=QUOTED_PRIVATE.keys())
def test_a_draft_quoting_a_private_column_is_never_kept(
    tmp_path: Path, lose: Callable[[Path], Path], line: str
) -> None:
    """A Notes column is kept private: drafts never quote it. A Draft that does (an earlier
    version's, report ot64 F3, or an edit) is saved and replaced, never kept and sent."""
    path = tmp_path / "Tom Baker.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Job Hunt"
    sheet.append(["Company", "Role", "Interview Date", "Interviewer", "Email", "Notes"])
    sheet.append(
        ["Deloitte", "Consultant", "2026-11-16", "Ed Hall", "ed@deloitte.com", PRIVATE_NOTE]
    )
    book.save(path)
    run(str(path), as_of=FIRST)
    drafted = read_cell(path, "Draft", 2)
    assert PRIVATE_NOTE not in drafted
    type_into(path, "Draft", 2, drafted + QUOTING)
    path = lose(path)

    said = run(str(path), "--eml-dir", str(tmp_path / "eml"), as_of=NEXT).stderr
    assert line.format(edited=saved_edits.edited_path(path).name) in said
    assert not any(kept in said for kept in KEPT_SAID)
    rewritten = read_cell(path, "Draft", 2)  # signed by the file's new name when renamed
    assert rewritten.startswith("Hi Ed,\n\nThank you") and PRIVATE_NOTE not in rewritten
    assert f"\n{drafted}{QUOTING}\n" in saved_text(path)
    [message] = (tmp_path / "eml").glob("*.eml")
    assert PRIVATE_NOTE not in message.read_text(encoding="utf-8")


def test_a_draft_for_another_message_is_not_kept_without_a_record(tmp_path: Path) -> None:
    """The thank-you note a row held before its sent date was typed is no edit of the check-in
    now due: without a record of which message it was written for, it is saved, not kept."""
    path = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=FIRST)
    thank_you = read_cell(path, "Draft", THANKED)
    assert thank_you.startswith("Hi ") and "Thank you" in thank_you
    type_into(path, "Thank-you Sent", THANKED, FIRST)
    unlinked(path)

    said = run(str(path), as_of=UPGRADED).stderr
    assert not any(kept in said for kept in KEPT_SAID)
    assert read_cell(path, "Draft", THANKED) != thank_you
    assert f"\n{thank_you}\n" in saved_text(path)


def test_without_a_record_drafts_that_differ_widely_are_not_kept(tmp_path: Path) -> None:
    """More drafts differing from the tool's, computed again, than a person edits between two
    runs (a renamed tracker signed by its new name, an earlier version's wording) say the
    recomputation is not what the tool wrote: none is kept, each is saved."""
    path = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=FIRST)
    rows = [2, 3, 4, 5, 6]
    for row in rows:
        type_into(path, "Draft", row, read_cell(path, "Draft", row) + ADDED)
    unlinked(path)

    said = run(str(path), as_of=UPGRADED).stderr
    assert not any(kept in said for kept in KEPT_SAID)
    assert f"{NO_RECORD}: 5 Draft cells differ from {THEN} and were rewritten" in said
    assert saved_text(path).count(ADDED) == 5


def copied_beside(path: Path) -> Path:
    """A browser's download of the tracker beside it, with no record of its own."""
    copy = path.with_name(f"{path.stem} (1){path.suffix}")
    shutil.copyfile(path, copy)
    return copy


def copied_elsewhere(path: Path) -> Path:
    """A copy of the tracker saved in another folder (a client's file sent by email)."""
    (path.parent / "from client").mkdir()
    copy = path.parent / "from client" / f"Copy of {path.name}"
    shutil.copyfile(path, copy)
    return copy


def copied_without_note(path: Path) -> Path:
    """A copy of the tracker whose status header note, which says when the tool last wrote
    it, is gone: no day to compute the tool's texts as of."""
    copy = copied_beside(path)
    with zipfile.ZipFile(copy) as package:
        members = [(info, package.read(info)) for info in package.infolist()]
    with zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in members:
            if info.filename.startswith("xl/comments"):
                data = re.sub(rb"as of \d{4}-\d{2}-\d{2}", b"", data)
            package.writestr(info, data)
    return copy


# A copy of the tracker, with no record of its own, whose Drafts sheet a person polished
# (fx294: the run rebuilt the sheet and the text survived only in the backup, unsaid). Its
# message is told apart from the tool's texts as of the day the header note says, as the
# tracker's Draft cell is: an edit of the draft is kept, in the tracker's cell too; a text
# of another message is saved and said. With no note, every text that is none of this run's
# is saved and said: also the tracker's Draft cell of Loopline's thank-you, which said
# "today" on the interview day and says "yesterday" the day after. (how it is copied, the
# text typed, kept?, what is saved, as the run says it)
SAVED_ONE = (
    f"1 Draft cell of the Drafts sheet differs from {THEN} and was rewritten; the text replaced is"
)
COPY_OUTBOX_EDITS = {
    "a download beside it, a P.S. added: kept": (copied_beside, ADDED, True, SAVED_ONE),
    "a download beside it, rewritten whole: saved and said": (
        copied_beside,
        MINE,
        False,
        SAVED_ONE,
    ),
    "a copy in another folder, a P.S. added: kept": (copied_elsewhere, ADDED, True, SAVED_ONE),
    "a copy in another folder, rewritten whole: saved and said": (
        copied_elsewhere,
        MINE,
        False,
        SAVED_ONE,
    ),
    "a copy whose header note is gone, a P.S. added: saved and said": (
        copied_without_note,
        ADDED,
        False,
        f"1 Draft cell and 1 Draft cell of the Drafts sheet differ from {THIS_RUN} and were "
        "rewritten; the texts replaced are",
    ),
}


@pytest.mark.parametrize(
    ("copied", "typed", "kept", "than"),
    COPY_OUTBOX_EDITS.values(),
    ids=COPY_OUTBOX_EDITS.keys(),
)
def test_a_message_polished_in_a_copys_drafts_sheet_is_kept_or_said_and_saved(
    tmp_path: Path, copied: Callable[[Path], Path], typed: str, kept: bool, than: str
) -> None:
    path = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=FIRST)
    copy = copied(path)
    drafted = drafts_sheet_text(copy, "Draft", NIMBUS, "Chris Hale")
    mine = drafted + typed if typed == ADDED else typed
    cell = type_into_drafts_sheet(copy, "Draft", NIMBUS, "Chris Hale", mine, by_script=False)

    said = run(str(copy), as_of=NEXT).stderr
    message = f"{cell}, the message of {where(copy, 'Draft', NIMBUS)}"
    edited = saved_edits.edited_path(copy)
    kept_line = (
        f'{message}: kept ("…{" ".join(ADDED.split())}"), in the tracker\'s cell too: it '
        "differs from the tool's draft as of Fri 2026-11-20 and no record says who wrote it"
    )
    saved_line = f"{NO_RECORD}: {than} in .followup-backups/{edited.name}"
    assert said.count(kept_line) == kept
    assert said.count(saved_line) == (not kept)
    assert (f"=== {message}, row of Nimbus Ads" in saved_text(copy)) is not kept
    assert (f"\n{mine}\n" in saved_text(copy)) is not kept
    assert (drafts_sheet_text(copy, "Draft", NIMBUS, "Chris Hale") == mine) is kept
    assert (read_cell(copy, "Draft", NIMBUS) == mine) is kept

    # Now with a record: the next run writes nothing and says nothing.
    before = snapshot(copy)
    again = run(str(copy), as_of=NEXT).stderr
    assert snapshot(copy) == before
    assert "kept (" not in again and "no record" not in again


# Whom and when a message goes, typed over in the Drafts sheet of a copy with no header note
# (fx303: replaced without a word, where its Draft texts are saved and said since fx294): with
# no day to compute the tool's values as of, a value that is none of this run's may be the
# person's or the tool's of another day, and is saved and counted in the run's one line, as
# a Draft text there is. (the Drafts column, tracker row, recipient, what is typed (a date as
# a spreadsheet holds one; None: nothing, the tool's own values left))
COPY_MESSAGE_CELLS = {
    "another name": ("To", THANKED, "Sam Park", "Samantha Park"),
    "an address where the row has none": ("Email", NIMBUS, "Chris Hale", "chris@nimbus.example"),
    "a later date, to put it off": ("Due", NIMBUS, "Chris Hale", dt.datetime(2026, 11, 28)),
    "words over the date": ("Due", NIMBUS, "Chris Hale", "after Thanksgiving"),
    "nothing typed": ("To", THANKED, "Sam Park", None),
}


# ... and in a copy that keeps its header note (ot147 F2: each was said on its own as "your
# date", though without a record the tool cannot tell whose it is): counted in the same line
# as the tracker's own cells then are, against the tool's texts as of the note's day.
COPIES = {"a copy whose header note is gone": (copied_without_note, THIS_RUN)}
COPIES["a copy in another folder"] = (copied_elsewhere, THEN)


@pytest.mark.parametrize(("copied", "than"), COPIES.values(), ids=COPIES.keys())
@pytest.mark.parametrize(
    ("title", "row", "to", "typed"), COPY_MESSAGE_CELLS.values(), ids=COPY_MESSAGE_CELLS.keys()
)
def test_whom_and_when_a_message_goes_typed_in_a_copys_drafts_sheet_is_saved_and_said(
    tmp_path: Path,
    title: str,
    row: int,
    to: str,
    typed: str | dt.datetime | None,
    copied: Callable[[Path], Path],
    than: str,
) -> None:
    path = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=FIRST)
    copy = copied(path)
    drafted = message_cells(copy, row, to)
    cell = ""
    if typed is not None:
        by_script = not isinstance(typed, str)  # a date cell by a script (openpyxl)
        cell = type_into_drafts_sheet(copy, title, row, to, typed, by_script=by_script)
    # Run on the day the original was written: on a later day a thank-you one day late on
    # FIRST ("yesterday") is dated anew (fx305), a Draft change a copy without a record also
    # saves and counts, which is not what is tested here.
    said = run(str(copy), as_of=FIRST).stderr.splitlines()

    assert message_cells(copy, row, to) == drafted  # the row's again
    edited = saved_edits.edited_path(copy)
    counted = [line for line in said if "of the Drafts sheet" in line]
    if typed is None:
        assert counted == []
        assert not edited.exists()
        return
    assert counted == [
        f"note: {copy.name} [Interviews]: {NO_RECORD}: 1 {title} cell of the Drafts sheet "
        f"differs from {than} and was rewritten; the text replaced is in .followup-backups/"
        f"{edited.name}"
    ]
    shown = typed.date().isoformat() if isinstance(typed, dt.datetime) else typed
    message = f'{cell} ("{title}"), the message of {where(copy, "Draft", row)}'
    assert f"=== {message}, row of {read_cell(copy, 'Company', row)} — " in saved_text(copy)
    assert f"\n{shown}\n" in saved_text(copy)


# A copy with no record, its tracker sorted and then a row deleted in LibreOffice (ot147 F2):
# a sort moves no link of the Drafts sheet, so the deleted row's message links a row that
# holds another application. Its cells are the deleted application's, counted in the run's
# one line and saved under its name; never said as "your date" on the other row's message,
# nor "due on , " (that row has no message to give a date).
VERTEX_SORTED = 3  # Vertex Cloud's row once the tracker is sorted by Company, Z to A


@pytest.mark.skipif(uno_python() is None, reason="LibreOffice's Python bridge is missing")
@pytest.mark.slow
def test_a_deleted_rows_message_in_a_copy_is_counted_and_saved_under_its_own_name(
    tmp_path: Path,
) -> None:
    path = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=FIRST)
    sort = {"op": "sort", "sheet": "Interviews", "column": 1, "ascending": False}
    delete = {"op": "delete_row", "sheet": "Interviews", "row": VERTEX_SORTED}
    assert read_cell(path, "Company", VERTEX) == "Vertex Cloud"
    edit_in_calc(path, [sort], tmp_path / "profile")
    assert read_cell(path, "Company", VERTEX_SORTED) == "Vertex Cloud"
    edit_in_calc(path, [delete], tmp_path / "profile")
    copy = copied_elsewhere(path)

    said = " ".join(run(str(copy), as_of=NEXT).stderr.split())

    edited = saved_edits.edited_path(copy)
    assert (
        "1 Subject cell of the Drafts sheet, 1 Draft cell of the Drafts sheet, "
        "1 To cell of the Drafts sheet, 1 Email cell of the Drafts sheet and 1 Due cell of the "
        f"Drafts sheet differ from {THEN} and were rewritten; the texts replaced are in "
        f".followup-backups/{edited.name}"
    ) in said
    assert "your date" not in said and "your text" not in said and "due on , " not in said
    saved = saved_text(copy)
    for title in ('("To")', '("Email")', '("Due")'):
        assert re.search(
            rf"=== Drafts!\w+ {re.escape(title)}, the message of Vertex Cloud — VP Product, no "
            "row of the tracker holds it now; replaced",
            saved,
        )
    assert "row of Vertex Cloud" not in saved  # nor named by another row's cells
    assert saved.count("the message of Vertex Cloud — VP Product") == 5


# Words typed over a Next action in a copy with no record (ot147 F4: "Wait for Dana's call"
# was only counted in the run's one line): the tool writes only its labels there, so words
# there are the person's for certain, and are quoted one by one, as in the tracker itself; a
# label of the tool's (another step's) is no edit. (how it is copied, the text typed, said)
NEXT_ACTION_WORDS = {
    "words, a copy in another folder": (
        copied_elsewhere,
        "Wait for Dana's call",
        'Interviews!AA{row} ("Next action"): your text ("Wait for Dana\'s call") was replaced: the '
        "tool rewrites this column on every run; keep notes in a column of your own. It is "
        "saved in .followup-backups/{edited}",
    ),
    "words, a copy whose header note is gone": (
        copied_without_note,
        "Wait for Dana's call",
        'Interviews!AA{row} ("Next action"): your text ("Wait for Dana\'s call") was replaced: the '
        "tool rewrites this column on every run; keep notes in a column of your own. It is "
        "saved in .followup-backups/{edited}",
    ),
    "another step's label": (copied_elsewhere, "Final follow-up", None),
}


@pytest.mark.parametrize(
    ("copied", "typed", "line"), NEXT_ACTION_WORDS.values(), ids=NEXT_ACTION_WORDS.keys()
)
def test_words_over_a_next_action_in_a_copy_are_quoted(
    tmp_path: Path, copied: Callable[[Path], Path], typed: str, line: str | None
) -> None:
    path = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=FIRST)
    copy = copied(path)
    assert column_letter(copy, "Next action") == "AA"
    type_into(copy, "Next action", VERTEX, typed)

    said = " ".join(run(str(copy), as_of=FIRST).stderr.split())

    edited = saved_edits.edited_path(copy)
    if line is None:
        assert "Next action" not in said
        assert not edited.exists()
        return
    assert line.format(row=VERTEX, edited=edited.name) in said
    assert "Next action cell" not in said  # not counted in the one line as well
    assert f'=== Interviews!AA{VERTEX} ("Next action"), row of Vertex Cloud' in saved_text(copy)
    assert read_cell(copy, "Next action", VERTEX) != typed


# A copy with no record, its tracker sorted in a spreadsheet (fx356): the tool's Problems
# cells name their cells ("E35: Interview Date is empty; …"), and the sort moved them with
# their rows. They are the tool's texts still, whatever rows they name, not edits of the
# person's; words typed over one are. (how it is copied, the text typed over the moved
# Problems of the row with no company, "{row}" its row now; what the run counts)
NO_COMPANY, NO_DATES = 15, 35  # the sample's rows with a problem: "B15: …", "E35: …"
SORTED_PROBLEMS = {
    "a copy in another folder": (copied_elsewhere, None, None),
    "a copy whose header note is gone": (copied_without_note, None, None),
    "words typed over one": (
        copied_elsewhere,
        "Asked Dana for the company's name",
        f"1 Problems cell differs from {THEN}",
    ),
    "its words changed, not its cell": (
        copied_elsewhere,
        "B{row}: Company was empty",
        f"1 Problems cell differs from {THEN}",
    ),
}


@pytest.mark.parametrize(
    ("copied", "typed", "counted"), SORTED_PROBLEMS.values(), ids=SORTED_PROBLEMS.keys()
)
def test_problems_naming_cells_a_sort_moved_are_the_tools_in_a_copy(
    tmp_path: Path, copied: Callable[[Path], Path], typed: str | None, counted: str | None
) -> None:
    path = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=FIRST)
    assert read_cell(path, "Problems", NO_COMPANY) == "B15: Company is empty"
    moved = sorted_in_a_spreadsheet(path)
    no_company, no_dates = moved[NO_COMPANY], moved[NO_DATES]
    assert read_cell(path, "Problems", no_company) == "B15: Company is empty"
    copy = copied(path)
    if typed is not None:
        type_into(copy, "Problems", no_company, typed.format(row=no_company))

    said = " ".join(run(str(copy), as_of=NEXT).stderr.split())

    # Reopened: each Problems cell names its row's cells where they are now.
    assert read_cell(copy, "Problems", no_company) == f"B{no_company}: Company is empty"
    assert read_cell(copy, "Problems", no_dates) == (
        f"E{no_dates}: Interview Date is empty; Date Applied is empty too"
    )
    if counted is None:
        assert "Problems" not in said
        assert '("Problems")' not in saved_text(copy)  # without a note, other texts may be
    else:
        assert f"{NO_RECORD}: {counted} and was rewritten" in said
        assert typed is not None
        assert f"\n{typed.format(row=no_company)}\n" in saved_text(copy)
        assert "E35" not in saved_text(copy)  # the moved one of the tool's is not saved

    # The next run writes nothing, and says nothing more.
    before = snapshot(copy)
    again = run(str(copy), as_of=NEXT)
    assert snapshot(copy) == before
    assert "Problems" not in again.stderr


# What a run says of a value in the Drafts sheet it does not keep, when the message has no
# date to give (the row has no message now) or no row holds its application (ot147 F2: "the
# message is due on , the date …"). (the edit's fields, what is said)
MESSAGE_CELL_SAID = {
    "a row with no message now": (
        {"company": "Delhi Data Co", "copied_from": 'Interviews!AB14 ("Next due")'},
        'Drafts!H11 ("Due"), the message of Interviews!AJ14 ("Draft"): your date (2026-11-25) '
        "was replaced: the row has no message to send now, so it leaves the Drafts sheet; the "
        'tool copies here from Interviews!AB14 ("Next due") on every run (it reads nothing '
        "typed here). It is saved in .followup-backups/t.xlsx.edited.txt",
    ),
    "a deleted row's message": (
        {"company": "Kite Marketing", "position": "Marketing PM", "message_gone": True},
        'Drafts!H11 ("Due"), the message of Kite Marketing — Marketing PM: your date '
        "(2026-11-25) was replaced: no row of the tracker holds that application now "
        "(deleted, or its company or position retyped), so its message leaves the Drafts "
        "sheet. It is saved in .followup-backups/t.xlsx.edited.txt",
    ),
}


@pytest.mark.parametrize(
    ("fields", "line"), MESSAGE_CELL_SAID.values(), ids=MESSAGE_CELL_SAID.keys()
)
def test_a_due_typed_over_a_message_with_no_date_now_is_said_without_a_blank_date(
    fields: dict[str, object], line: str
) -> None:
    edit = hand_edits.Edit(
        "Interviews",
        14,
        "due",
        35,
        "2026-11-25",
        "",
        kept=False,
        dated=True,
        outbox_cell="Drafts!H11",
        **fields,  # type: ignore[arg-type]
    )
    notices, _ = saved_edits.edit_messages(
        [edit], Path(".followup-backups/t.xlsx.edited.txt"), dry_run=False
    )
    assert notices == [line]


def tool_texts(path: Path) -> list[list[object]]:
    """The tracker's Next action, Draft subject, Draft and Why cells, row by row."""
    sheet = openpyxl.load_workbook(path).worksheets[0]
    at = [header(path).index(title) + 1 for title in ("Next action", "Draft subject", "Draft")]
    at.append(header(path).index("Why") + 1)
    return [[row[i - 1].value for i in at] for row in sheet.iter_rows(min_row=2)]


def without_as_of(path: Path) -> None:
    """The record as a version before it kept its as-of date left it."""
    state = rerun.state_path(path)
    data = json.loads(state.read_text(encoding="utf-8"))
    for sheet in data["sheets"]:
        assert sheet["hand"].pop("as_of") == "2026-12-04"
    state.write_text(json.dumps(data), encoding="utf-8")


# A backup put back over the tracker (or an older copy) holds the tool's texts of its day,
# not those the record of today's run has: computed again as of the day its header note says,
# they are the tool's, replaced with one line saying the file is an older copy; a note the
# person typed in it is still saved.
# (backed up as of, noted in the restored file, the record as an earlier version left it)
RESTORED = {
    "yesterday's backup": ("2026-12-03", None, False),
    "yesterday's backup, record without its as-of": ("2026-12-03", None, True),
    "last week's copy": ("2026-11-27", None, False),
    "a note typed in last week's copy": ("2026-11-27", NOTE, False),
}


@pytest.mark.parametrize(("then", "note", "old"), RESTORED.values(), ids=RESTORED.keys())
def test_a_backup_put_back_holds_the_tools_texts_not_yours(
    tmp_path: Path, then: str, note: str | None, old: bool
) -> None:
    today = "2026-12-04"
    path = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=then)
    backup = path.read_bytes()
    run(str(path), as_of=today)
    texts_today = tool_texts(path)
    path.write_bytes(backup)
    assert tool_texts(path) != texts_today
    if note is not None:
        type_into(path, "Why", VERTEX, note)
    if old:
        without_as_of(path)

    said = run(str(path), as_of=today).stderr
    assert tool_texts(path) == texts_today
    edited = saved_edits.edited_path(path)
    # Said once: the file is an earlier run's than the record's (ot150 F1).
    older = (
        "note: tracker.xlsx [Interviews]: this file was written by the run of "
        f"{dt.date.fromisoformat(then):%a %Y-%m-%d}, not the last run (Fri 12-04): an older copy?"
    )
    if note is None:
        assert said == f"{older}\n"
        assert not edited.exists()
    else:  # counted in the line of a copy without a record, which does not say who wrote it
        assert said == (
            f"{older}: 1 Why cell differs from what this run writes (edited by hand, or written "
            "by another run) and was rewritten; the text replaced is in "
            f".followup-backups/{edited.name}\n"
        )
        saved = saved_text(path)
        assert saved.count("=== ") == 1
        assert f"=== {where(path, 'Why', VERTEX)}, row of Vertex Cloud" in saved
        assert f"\n{note}\n" in saved
    before = snapshot(path)
    assert run(str(path), as_of=today).stderr == ""
    assert snapshot(path) == before


# An older copy put back (from email, a sync) holds a draft the person edited for the next
# action its own Next action cell says, while the record is of a later run (report ot116,
# F1: a thank-you note was kept as the 1st check-in, "the one it was written for"). (row,
# the action it was edited for, the day the copy is put back, the action then, kept?)
COPY_PUT_BACK = {
    "thank-you edited, put back once the check-in is due: replaced": (
        THANKED,
        "Thank-you note",
        "2026-11-28",
        "1st check-in",
        False,
    ),
    "check-in edited, put back while it is still due: kept": (
        NIMBUS,
        "2nd check-in",
        LATER,
        "2nd check-in",
        True,
    ),
}


@pytest.mark.parametrize(
    ("row", "edited_for", "put_back", "action", "kept"),
    COPY_PUT_BACK.values(),
    ids=COPY_PUT_BACK.keys(),
)
def test_a_copy_put_back_keeps_a_draft_only_for_the_action_it_says(
    tmp_path: Path, row: int, edited_for: str, put_back: str, action: str, kept: bool
) -> None:
    path = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=FIRST)
    typed = read_cell(path, "Draft", row) + ADDED
    type_into(path, "Draft", row, typed)
    copy = path.read_bytes()
    run(str(path), as_of="2026-11-27")  # the record is now of the later run's drafts
    path.write_bytes(copy)
    assert read_cell(path, "Next action", row) == edited_for

    said = run(str(path), as_of=put_back).stderr
    assert read_cell(path, "Next action", row) == action
    assert (read_cell(path, "Draft", row) == typed) is kept
    # The file is the run of 11-20's, not 11-27's the record describes (ot150 F1).
    older = (
        "note: tracker.xlsx [Interviews]: this file was written by the run of Fri 2026-11-20, "
        "not the last run (Fri 11-27): an older copy?"
    )
    if kept:
        assert said == f"{older}\n"  # kept since the run of 11-27, which said so
    else:
        # Not kept by the record: saved and counted in the line of a copy without a record,
        # which does not say who wrote it.
        assert said.startswith(f"{older}: 1 Draft cell differs from what this run writes")
        assert saved_text(path).count(ADDED) == 2  # on 11-27, and from the copy put back


# How a CSV's record is lost -> the run's line after the upgrade. The earliest versions kept
# backups and no record (outside test: a CSV last run by 781e9a2 said "no record … (renamed or
# moved?)" on its first run with this version); a moved CSV has no backups beside it.
# With no record, a due date that moved since is saved too: it cannot be told from one typed.
CSV_RECORD_LOST = {
    "record of an earlier version, saved since": (
        saved_since,
        f"{EARLIER_RECORD}: 5 Next due cells, 4 Draft subject cells, ",
    ),
    "run by an earliest version": (
        unlinked,
        f"{EARLIER_UNRECORDED}: 5 Next due cells, 4 Draft subject cells, ",
    ),
    "file moved": (moved, f"{NO_RECORD}: 5 Next due cells, 4 Draft subject cells, "),
}


@pytest.mark.parametrize(("lose", "line"), CSV_RECORD_LOST.values(), ids=CSV_RECORD_LOST.keys())
def test_a_csv_says_why_it_has_no_record(
    tmp_path: Path, lose: Callable[[Path], Path], line: str
) -> None:
    """A CSV has no place to say when the tool wrote it: every text that differs from this
    run's is saved, as before, and the line says why there was no record."""
    path = tmp_path / "tracker.csv"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=FIRST)
    path = lose(path)
    said = run(str(path), as_of=UPGRADED).stderr
    assert said.count(line) == 1
    assert ("renamed or moved" in said) is (lose is moved)


def as_an_earlier_version_left_it(path: Path) -> list[int]:
    """The tracker as a version before ``hand_edits`` (9be6640d, 2026-12-02) left it after
    its run as of FIRST: worded as that version worded it (its drafts and subjects signed
    with the file's name, its Why lines without the skipped holidays; a CSV's Next due of
    another rule), and its record as that version kept it (``rerun.remember`` there: no
    texts' hashes, no file's hash; ``ran_at`` the minute of its write, local time), written
    right after the tracker. Returns the rows it drafted for."""
    rows = [
        row
        for row in range(2, len(tool_texts_of(path)) + 2)
        if read_cell(path, "Draft", row) and read_cell(path, "Draft subject", row)
    ]
    for row in rows:
        type_into(path, "Draft", row, read_cell(path, "Draft", row) + "\nTracker")
        type_into(path, "Draft subject", row, read_cell(path, "Draft subject", row) + " – Tracker")
        type_into(path, "Why", row, read_cell(path, "Why", row).replace(" bd ", " business days "))
    if path.suffix == ".csv":
        type_into(path, "Next due", rows[0], "2026-12-31")
    state = rerun.state_path(path)
    kept = json.loads(state.read_text(encoding="utf-8"))
    record = {
        "format": 1,
        "tracker": path.name,
        "stamp": "84c268a24d0e05efb12302c4ac8b045e381e125b3e7283a070d0bfe67f4cffad",
        "ran_at": dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M"),
        "sheets": [
            {key: sheet[key] for key in ("sheet", "rows", "counts", "problem_rows", "notes")}
            | {"problems": sheet["problems"]}
            for sheet in kept["sheets"]
        ],
    }
    state.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    return rows


def tool_texts_of(path: Path) -> list[list[str]]:
    """The tracker's Draft subject, Draft and Why cells, row by row, of a workbook or CSV."""
    titles = ("Draft subject", "Draft", "Why")
    if path.suffix == ".csv":
        records = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        at = [records[0].index(title) for title in titles]
        return [[record[i] for i in at] for record in records[1:]]
    at = [header(path).index(title) + 1 for title in titles]
    sheet = openpyxl.load_workbook(path).worksheets[0]
    return [[row[i - 1].value or "" for i in at] for row in sheet.iter_rows(min_row=2)]


def typed_since(path: Path, row: int) -> list[tuple[str, str]]:
    """A P.S. added to the row's Draft and a note typed over its Why, saved after the run."""
    typed = [("Draft", read_cell(path, "Draft", row) + ADDED), ("Why", NOTE)]
    for title, text in typed:
        type_into(path, title, row, text)
    return typed


def put_back_older(path: Path, row: int) -> list[tuple[str, str]]:
    """The file put back with the time of a copy made an hour before the run (a backup
    restored by a file manager keeps its time): not the run's file, whatever it holds."""
    earlier = path.stat().st_mtime - 3600
    os.utime(path, (earlier, earlier))
    return []


def untouched(path: Path, row: int) -> list[tuple[str, str]]:
    return []


# A tracker an earlier version wrote, without the texts' hashes in its record, run by this
# version (ot141 F3: an untouched CSV had 135 of the earlier version's cells saved as the
# person's edits, an untouched workbook 57): (kind, what happened since its run, the cells'
# texts saved?). As that run left it, each text in the tool's columns is the earlier
# version's; saved since, the person's texts are among them, saved and named by cell.
UPGRADED_FILES = {
    "CSV untouched": ("csv", untouched, False),
    "workbook untouched": ("xlsx", untouched, False),
    "CSV with a draft and a Why typed since": ("csv", typed_since, True),
    "workbook with a draft and a Why typed since": ("xlsx", typed_since, True),
    "CSV put back with an older time": ("csv", put_back_older, True),
}


@pytest.mark.parametrize(
    ("kind", "since", "saved"), UPGRADED_FILES.values(), ids=UPGRADED_FILES.keys()
)
def test_an_earlier_versions_file_untouched_since_holds_none_of_yours(
    tmp_path: Path,
    kind: str,
    since: Callable[[Path, int], list[tuple[str, str]]],
    saved: bool,
) -> None:
    path = tmp_path / f"tracker.{kind}"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=FIRST)
    rows = as_an_earlier_version_left_it(path)
    typed = since(path, rows[0])
    if since is typed_since:  # saved a minute after the run, as a person does
        later = rerun.state_path(path).stat().st_mtime + 60
        os.utime(path, (later, later))

    said = run(str(path), as_of=UPGRADED).stderr
    edited = saved_edits.edited_path(path)
    assert (EARLIER_RECORD in said) is saved
    assert edited.exists() is saved
    assert not any("Tracker" in text for texts in tool_texts_of(path) for text in texts)
    for title, text in typed:
        assert f"=== {where(path, title, rows[0])}, row of " in saved_text(path)
        assert f"\n{text}\n" in saved_text(path)
    before = snapshot(path)
    assert run(str(path), as_of=UPGRADED).stderr == ""
    assert snapshot(path) == before


def occasions_for_client(path: Path, client: str) -> None:
    """The record's drafted occasions as a run that named the rows' client ``client`` kept
    them (``hand_edits.occasion_hashes``), without the occasions by name (c278d535 of
    2026-12-04 kept neither): that version named the client of "mine.csv" "Mine"."""
    from followup_batch.compute import compute_sheets
    from followup_batch.config import Config
    from followup_batch.normalise import resolve_roles
    from followup_batch.read import read_trackers

    tables = [resolve_roles(table) for table in read_trackers(path, Config().reading)]
    [done] = compute_sheets(tables, Config(), dt.date.fromisoformat(FIRST))
    occasions = hand_edits.occasion_hashes(done.frame.assign(client=client), done.output)
    state = rerun.state_path(path)
    data = json.loads(state.read_text(encoding="utf-8"))
    [sheet] = data["sheets"]
    sheet["hand"]["occasions"] = "".join(sorted(occasions["occasion"].dropna()))
    del sheet["hand"]["occasions_by_name"]
    state.write_text(json.dumps(data), encoding="utf-8")


UNSIGNED = (
    "Company,Position,Interview Date,Interviewer,Interviewer Email,Thank-you Sent,Country\n"
    "Acme Robotics,UX Designer,2026-11-09,Priya Nair,priya@acme.example,2026-11-09,US\n"
)
# A draft edited after a run whose record names the rows' client otherwise, run again while
# its next action stands: (the client the record's occasions name, kept?, what the run says).
# An earlier version named the client of "mine.csv" "Mine" and signed its drafts so; this one
# names it "mine" and signs none: the same person, the same message (ot141 F1: the edit was
# replaced, "the row's cells it was written from … changed"). Another client's is another
# message, and the reason names the client.
CLIENT_SPELT = {
    "client capitalised by an earlier version: kept": (
        "Mine",
        True,
        '("Draft"): your edited text is kept ("…P.S. I have attached the growth model we',
    ),
    "another client: replaced, the client named": (
        "Ana Lee",
        False,
        "was replaced: the row's cells it was written from (its client, company, position, "
        "interview date, contact or sent dates) changed since, though its next action is the "
        "same",
    ),
}


@pytest.mark.parametrize(("client", "kept", "line"), CLIENT_SPELT.values(), ids=CLIENT_SPELT)
def test_a_draft_edited_for_the_client_in_another_case_is_kept(
    tmp_path: Path, client: str, kept: bool, line: str
) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(UNSIGNED, encoding="utf-8")
    run(str(path), as_of=FIRST)
    mine = read_cell(path, "Draft", 2) + ADDED
    type_into(path, "Draft", 2, mine)
    occasions_for_client(path, client)

    said = run(str(path), as_of=NEXT).stderr
    assert line in said
    assert (read_cell(path, "Draft", 2) == mine) is kept
    assert (f"\n{mine}\n" in saved_text(path)) is not kept


# What check says of a tracker with no usable record, in the run's words: (kind, how it is
# lost, the note; None: nothing to say)
CHECKED = {
    "workbook, record deleted": (
        "xlsx",
        unlinked,
        f"{NO_RECORD}: a run tells your texts in the tool's columns from "
        f"{THEN_DAY} by computing those again",
    ),
    "workbook, earlier version, saved since": (
        "xlsx",
        saved_since,
        f"{EARLIER_RECORD}: a run tells your texts in the tool's columns from "
        f"{THEN_DAY} by computing those again",
    ),
    "workbook, earliest version": (
        "xlsx",
        by_earliest_version,
        f"{EARLIER_UNRECORDED}: a run tells your texts in the tool's columns from "
        f"{THEN_DAY} by computing those again",
    ),
    # A CSV has no note: backups without a record beside them, under the tool's columns as
    # the earliest versions wrote them, are their run (was: "renamed or moved?" on the first
    # run after the upgrade from 781e9a2); a record deleted by hand reads the same. A renamed
    # CSV has neither, and is said as before.
    "CSV, earliest version or record deleted": (
        "csv",
        unlinked,
        f"{EARLIER_UNRECORDED}: a run takes every text in the tool's columns that differs "
        "from its own for yours: it saves it to .followup-backups/tracker.csv.edited.txt and "
        "rewrites it (an edited Draft is not kept)",
    ),
    "CSV, renamed": (
        "csv",
        renamed,
        f"{NO_RECORD}: a run takes every text in the tool's columns that differs "
        "from its own for yours: it saves it to .followup-backups/Job hunt.csv.edited.txt and "
        "rewrites it (an edited Draft is not kept)",
    ),
    "workbook with its record": ("xlsx", lambda path: path, None),
    # As an earlier version's run left them, saved by no one since: their texts are its own.
    "workbook, earlier version, untouched": ("xlsx", forget_hashes, None),
    "CSV, earlier version, untouched": ("csv", forget_hashes, None),
}


@pytest.mark.parametrize(("kind", "lose", "note"), CHECKED.values(), ids=CHECKED.keys())
def test_check_says_what_a_run_does_without_a_record(
    tmp_path: Path, kind: str, lose: Callable[[Path], Path], note: str | None
) -> None:
    path = tmp_path / f"tracker.{kind}"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=FIRST)
    path = lose(path)
    result = CliRunner().invoke(main, ["check", "--as-of", UPGRADED, str(path)])
    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if "last run" in line or "record" in line]
    assert said == ([] if note is None else [f"    - {note}"])


def test_a_dry_run_with_no_record_says_what_a_run_would_save(tracker: Path) -> None:
    type_into(tracker, "Draft", NIMBUS, MINE)
    rerun.state_path(tracker).unlink()
    before = snapshot(tracker)
    said = run(str(tracker), "--dry-run", as_of=FIRST).stderr
    than = THIS_RUN if tracker.suffix == ".csv" else THEN
    # A CSV's backups without a record are an earliest version's run (it has no note to say).
    reason = EARLIER_UNRECORDED if tracker.suffix == ".csv" else NO_RECORD
    assert (
        f"{reason}: 1 Draft cell differs from {than} and would be rewritten (dry run: nothing "
        "rewritten; a run saves it in .followup-backups first)"
    ) in said
    assert snapshot(tracker) == before


def test_a_dry_run_tells_and_changes_nothing(tracker: Path) -> None:
    type_into(tracker, "Why", NIMBUS, "my note: call Monday")
    before = snapshot(tracker)
    said = run(str(tracker), "--dry-run", as_of=NEXT).stderr
    cell = where(tracker, "Why", NIMBUS)
    assert f'{cell}: your text ("my note: call Monday") would be replaced' in said
    assert snapshot(tracker) == before


def test_a_run_to_another_file_tells_nothing(tracker: Path) -> None:
    type_into(tracker, "Draft", NIMBUS, MINE)
    out = tracker.with_name(f"out{tracker.suffix}")
    said = run(str(tracker), "--output", str(out), as_of=NEXT).stderr
    assert "your" not in said
    assert read_cell(tracker, "Draft", NIMBUS) == MINE  # the tracker itself is only read


# The README's flow: run -o, mark messages sent in the copy and edit it, run on the copy (ot120
# F1): the sent dates typed (Loopline's thank-you, Pixelforge's 1st check-in), and one edit of
# the person's, (column, row, text, kept?). The copy has its record: nothing is said of a
# rename, and only the person's own text is kept or saved, never the tool's.
SENT_IN_COPY = [("Thank-you Sent", THANKED, FIRST), ("Check-in 1 Sent", PIXELFORGE, FIRST)]
EDITED_COPY = {
    "a draft edited for its message: kept": ("Draft", NIMBUS, MINE, True),
    "a note typed in Why: saved": ("Why", NIMBUS, "Tom said call on Monday", False),
    "a draft edited, then its message marked sent: saved": (
        "Draft",
        THANKED,
        "Hi Sam, thank you for the chat about the team. Maya",
        False,
    ),
    "a subject edited for its message: kept": ("Draft subject", NIMBUS, "Chris - quick one", True),
}


# A tracker without a Client column is its file's: "tracker" in the run to the copy,
# "checked" in the runs on it, which still find its rows (the drafts' occasions).
@pytest.mark.parametrize("kind", ["xlsx", "csv", "csv without a Client column"])
@pytest.mark.parametrize(("title", "row", "typed", "kept"), EDITED_COPY.values(), ids=EDITED_COPY)
def test_a_copy_written_with_output_is_run_again_as_the_tools_own(
    tmp_path: Path, kind: str, title: str, row: int, typed: str, kept: bool
) -> None:
    suffix = kind.split()[0]
    tracker, out = tmp_path / f"tracker.{suffix}", tmp_path / f"checked.{suffix}"
    shutil.copyfile(SAMPLE / tracker.name, tracker)
    if kind != suffix:
        lines = tracker.read_text(encoding="utf-8").splitlines(keepends=True)
        tracker.write_text("".join(line.split(",", 1)[1] for line in lines), encoding="utf-8")
    run(str(tracker), "--output", str(out), "--dry-run", as_of=FIRST)
    assert not (tmp_path / atomic.BACKUP_DIR).exists()  # a dry run keeps no record
    run(str(tracker), "--output", str(out), as_of=FIRST)
    assert rerun.has_record(out)
    for sent_title, sent_row, day in SENT_IN_COPY:
        type_into(out, sent_title, sent_row, day)
    type_into(out, title, row, typed)

    said = run(str(out), as_of=NEXT).stderr
    assert "record" not in said
    assert "renamed or moved" not in said
    assert read_cell(out, "Next action", THANKED) == "1st check-in"  # the thank-you sent
    assert read_cell(out, "Next action", PIXELFORGE) == "2nd check-in"
    cell = where(out, title, row)
    if kept:
        assert read_cell(out, title, row) == typed
        assert f"{cell}: your edited text is kept" in said
        assert saved_text(out) == ""
    else:
        assert f'{cell}: your text ("{typed}") was replaced' in said
        assert saved_text(out).count("=== ") == 1
        assert f"=== {cell}, row of " in saved_text(out)
        assert f"\n{typed}\n" in saved_text(out)


def test_text_that_cannot_be_saved_is_not_replaced(tracker: Path) -> None:
    type_into(tracker, "Why", NIMBUS, "my note: call Monday")
    saved_edits.edited_path(tracker).mkdir()  # nowhere to append the text
    before = tracker.read_bytes()
    result = run(str(tracker), as_of=NEXT, code=1)
    assert "could not be saved" in result.output
    assert "nothing was written" in result.output
    assert tracker.read_bytes() == before


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # A first run's write refused: the folder made for the saved text goes with it.
        ([], []),
        # The folder was there (a backup in it): kept, with what it held.
        (["tracker.20261120-000000-000000.xlsx"], ["tracker.20261120-000000-000000.xlsx"]),
        # Its .edited.txt was there: cut back to what it held, not removed.
        (["tracker.xlsx.edited.txt"], ["tracker.xlsx.edited.txt"]),
    ],
)
def test_texts_saved_for_a_write_that_did_not_land_are_taken_back(
    tmp_path: Path, before: list[str], after: list[str]
) -> None:
    tracker = tmp_path / "tracker.xlsx"
    tracker.write_bytes(b"PK")
    folder = tmp_path / atomic.BACKUP_DIR
    for name in before:
        folder.mkdir(exist_ok=True)
        (folder / name).write_text("kept\n", encoding="utf-8")
    edit = hand_edits.Edit("Jobs", 2, "why", 10, "my note", "", kept=False)

    saved = saved_edits.save_replaced(tracker, [edit], dt.date(2026, 11, 20))
    assert "my note" in saved.path.read_text(encoding="utf-8")
    saved_edits.withdraw_saved(saved)

    if after:
        assert sorted(p.name for p in folder.iterdir()) == after
        assert {p.read_text(encoding="utf-8") for p in folder.iterdir()} == {"kept\n"}
    else:
        assert not folder.exists()


def test_the_memory_is_small_and_by_column(tracker: Path) -> None:
    """Hashes of distinct texts per column, not rows: the sample's 43 rows take a few
    hundred bytes, and moving rows around changes nothing."""
    memory = rerun.memories(tracker)[None if tracker.suffix == ".csv" else "Interviews"]
    assert len(memory.written["next_action"]) == 6
    assert all(len(h) == hand_edits.HASH_CHARS for h in memory.written["draft"])
    assert atomic.BACKUP_DIR in str(rerun.state_path(tracker))


def test_rows_moved_around_are_not_edits(tmp_path: Path) -> None:
    """The memory is by column: sorting the rows (here, reversing them) tells nothing."""
    path = tmp_path / "tracker.csv"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=FIRST)
    records = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([records[0], *reversed(records[1:])])
    path.write_text(out.getvalue(), encoding="utf-8", newline="")
    said = run(str(path), as_of=NEXT).stderr
    assert "your" not in said
    assert not saved_edits.edited_path(path).exists()


@pytest.mark.parametrize(
    ("sheet", "expected"),
    [
        ("Interviews", 'Interviews!AE7 ("Draft")'),
        ("Job Hunt", "'Job Hunt'!AE7 (\"Draft\")"),
        ("Maya's", "'Maya''s'!AE7 (\"Draft\")"),
        ("2026", "'2026'!AE7 (\"Draft\")"),
        (None, 'AE7 ("Draft")'),
    ],
)
def test_the_cell_is_named_as_excel_names_it(sheet: str | None, expected: str) -> None:
    edit = hand_edits.Edit(sheet, 7, "draft", 30, "mine", "new", kept=False)
    assert edit.where == expected


def test_a_tracker_open_in_excel_is_refused_before_anything_is_saved(tmp_path: Path) -> None:
    path = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=FIRST)
    type_into(path, "Why", NIMBUS, "my note: call Monday")
    (tmp_path / "~$tracker.xlsx").write_bytes(b"")
    result = run(str(path), as_of=NEXT, code=1)
    assert "tracker.xlsx: skipped: open in Excel (~$tracker.xlsx exists)" in result.output
    assert not saved_edits.edited_path(path).exists()
    assert read_cell(path, "Why", NIMBUS) == "my note: call Monday"


def empty_row(path: Path, row: int) -> None:
    """Clear the person's cells of ``row`` (every column left of the tool's), as when an
    application is dropped from the tracker: the tool's cells stay until the next run."""
    first = header(path).index("Follow-up status")
    if path.suffix == ".csv":
        records = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        records[row - 1][:first] = [""] * first
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows(records)
        path.write_text(out.getvalue(), encoding="utf-8", newline="")
        return
    with zipfile.ZipFile(path) as package:
        members = [(info, package.read(info)) for info in package.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in members:
            if info.filename == SHEET_PART:
                found = re.search(rb'<row r="%d"[^>]*>(.*?)</row>' % row, data, re.S)
                assert found is not None
                kept = b"".join(
                    cell[0]
                    for cell in re.finditer(
                        rb'<c r="([A-Z]+)\d+"[^>]*?(?:/>|>.*?</c>)', found.group(1), re.S
                    )
                    if openpyxl.utils.column_index_from_string(cell[1].decode()) > first
                )
                data = data[: found.start(1)] + kept + data[found.end(1) :]
            package.writestr(info, data)


def saved_by_a_script(path: Path) -> None:
    """Save the tracker again as a script does: a workbook through openpyxl, which keeps no
    formula's saved value (the status cell is its bare formula); a CSV through the csv module,
    with line feeds."""
    if path.suffix == ".csv":
        records = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(records)
        path.write_text(out.getvalue(), encoding="utf-8", newline="")
        return
    book = openpyxl.load_workbook(path)
    book.save(path)


@pytest.mark.parametrize("resaved", [False, True], ids=["as saved", "saved by a script"])
@pytest.mark.parametrize(
    ("title", "typed"),
    [
        ("Why", "my note: Morgan moved to another team"),
        ("Draft", "Hi Morgan, my own words"),
        ("Thank-you due", "sent by hand on Friday"),
    ],
)
def test_text_in_a_row_emptied_is_saved_before_it_is_cleared(
    tracker: Path, title: str, typed: str, resaved: bool
) -> None:
    type_into(tracker, title, VERTEX, typed)
    empty_row(tracker, VERTEX)
    if resaved:  # a workbook's status cell keeps its formula but no value (report ot37, F1)
        saved_by_a_script(tracker)
    said = run(str(tracker), as_of=NEXT).stderr

    cell = where(tracker, title, VERTEX)
    assert read_cell(tracker, title, VERTEX) == ""  # the row's answer is gone with the row
    sheet = " [Interviews]" if tracker.suffix == ".xlsx" else ""
    assert said.splitlines() == [
        f'note: {tracker.name}{sheet}: {cell}: your text ("{typed}") was replaced: the row '
        "no longer holds an application, so the tool's cells in it are cleared. It is saved "
        f"in .followup-backups/{tracker.name}.edited.txt"
    ]
    assert f"\n{typed}\n" in saved_text(tracker)
    before = snapshot(tracker)
    assert "your text" not in run(str(tracker), as_of=NEXT).stderr
    assert snapshot(tracker) == before  # a second run writes nothing


@pytest.mark.parametrize(
    ("command", "said_as"),
    [
        (["run", "--dry-run"], "note: tracker.xlsx [Interviews]: "),
        (["check"], "    - "),  # among the sheet's notes
    ],
)
def test_a_row_emptied_in_a_workbook_saved_by_a_script_is_said_before_a_run(
    tmp_path: Path, command: list[str], said_as: str
) -> None:
    """The fully emptied row of report ot37, F1: Why and Draft typed, every cell of the
    person's cleared, the workbook saved by openpyxl (its status formulas without values)."""
    path = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=FIRST)
    type_into(path, "Why", VERTEX, "call back in Jan")
    type_into(path, "Draft", VERTEX, "Hi Morgan, my own words")
    empty_row(path, VERTEX)
    saved_by_a_script(path)
    before = snapshot(path)
    result = CliRunner().invoke(main, [*command, "--as-of", NEXT, str(path)])
    assert result.exit_code == 0, result.output
    would = (
        "would be replaced: the row no longer holds an application, so the tool's cells in "
        "it are cleared (dry run: nothing replaced; a run saves it before replacing it)"
    )
    assert [line for line in result.output.splitlines() if "your text" in line] == [
        f'{said_as}{where(path, title, VERTEX)}: your text ("{text}") ' + would
        for title, text in (("Draft", "Hi Morgan, my own words"), ("Why", "call back in Jan"))
    ]
    assert snapshot(path) == before


TOOLS_DRAFT = (
    "Hi Sophie,\n\nI am checking in again about the Lead Data Scientist role.\n\n"
    "I would welcome any update on the timeline.\n\nBest regards,\nPriya"
)
SUBJECT = "Following up on the Lead Data Scientist interview – Priya Raman"
KEPT_QUOTES = {
    # (the column, the tool's text, the person's text edited from it) -> what the note quotes
    "a paragraph added (an outside tester's: every draft starts 'Hi <name>')": (
        "draft",
        TOOLS_DRAFT,
        TOOLS_DRAFT.replace("I would", "I attach the churn deck we discussed.\n\nI would"),
        "…I attach the churn deck we discussed. I would welcome any…",
    ),
    "a word changed in the second paragraph: from that word": (
        "draft",
        TOOLS_DRAFT,
        TOOLS_DRAFT.replace("Lead Data", "Staff Data"),
        "…Staff Data Scientist role. I would welcome any update on…",
    ),
    "the greeting changed: from the start": (
        "draft",
        TOOLS_DRAFT,
        TOOLS_DRAFT.replace("Hi Sophie,", "Dear Dr. Martin,"),
        "Dear Dr. Martin, I am checking in again about the Lead Data…",
    ),
    "the sign-off changed, spacing aside": (
        "draft",
        TOOLS_DRAFT,
        TOOLS_DRAFT.replace("Best regards,\nPriya", "Thanks,\nP.").replace("\n\n", "\n"),
        "…Thanks, P.",
    ),
    "a line only taken out: the whole text": (
        "draft",
        TOOLS_DRAFT,
        TOOLS_DRAFT.replace("\n\nI would welcome any update on the timeline.", ""),
        "Hi Sophie, I am checking in again about the Lead Data…",
    ),
    # Report ot64, F7: a subject cut short was quoted as "…", nothing of it.
    "the end of a line taken out: the whole text": (
        "draft",
        TOOLS_DRAFT,
        TOOLS_DRAFT.replace("Best regards,\nPriya", "Best regards,"),
        "Hi Sophie, I am checking in again about the Lead Data…",
    ),
    "a subject cut short: the whole subject": (
        "draft_subject",
        SUBJECT,
        "Following up on the Lead Data Scientist interview",
        "Following up on the Lead Data Scientist interview",
    ),
    "a subject with a word changed: the whole subject": (
        "draft_subject",
        SUBJECT,
        SUBJECT.replace("Following up", "Checking in"),
        "Checking in on the Lead Data Scientist interview – Priya…",  # 60 characters at most
    ),
}


@pytest.mark.parametrize(
    ("key", "tool", "text", "quoted"), KEPT_QUOTES.values(), ids=KEPT_QUOTES.keys()
)
def test_a_kept_draft_is_quoted_where_the_person_changed_it(
    key: str, tool: str, text: str, quoted: str
) -> None:
    column = 30 if key == "draft" else 29
    edit = hand_edits.Edit("Jobs", 54, key, column, text, tool, kept=True)
    notices, notes = saved_edits.edit_messages([edit], None, dry_run=False)
    assert notes == []
    cell = 'Jobs!AE54 ("Draft")' if key == "draft" else 'Jobs!AD54 ("Draft subject")'
    assert notices == [
        f'{cell}: your edited text is kept ("{quoted}"): the row\'s next action '
        "is the one it was written for; once that moves on, a new draft replaces it and your "
        "text is saved in .followup-backups"
    ]
