"""Files that are plainly no tracker (fx332): a workbook of them is left alone in a folder run as
a CSV of them is (a budget, LinkedIn's Profile saved as .xlsx, a sheet of phone numbers), and
a file named alone that is no tracker fails, exit code 1, saying why and how to read it."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

AS_OF = "2026-11-20"
NO_COLUMN = (
    "no column names an employer, a role, a stage, an application or an interview (its "
    "headers: {headers})"
)
HINT = (
    " If it is a tracker, head its columns Company, Position and Date Applied, or map them "
    'with --map "Header=company" --map "Header=position" --map "Header=applied_at".'
)
BUDGET = [["Category", "Planned", "Actual", "Month"], ["Rent", 1500, 1500, "Nov"]]
SAVINGS = [["Account", "Balance", "Rate"], ["ISA", 12000, "4.1%"]]
PHONES = [["Name", "Phone", "Email", "Birthday"], ["Dana Ortiz", "555-0100", "d@x.com", "3/2/90"]]
PROFILE = [
    ["First Name", "Last Name", "Maiden Name", "Headline", "Summary", "Industry", "Zip Code"],
    ["Maya", "Chen", "", "Product Manager", "", "Software Development", "94107"],
]
POSITIONS = [
    ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
    ["Initech", "Product Manager", "Owned onboarding.", "Austin, Texas", "Jun 2019", "Feb 2022"],
]
JOBS = [["Company", "Position", "Date Applied", "Status"], ["Acme", "PM", "11/02/2026", "Applied"]]


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def write_book(path: Path, sheets: dict[str, list[list[object]]], hidden: str = "") -> Path:
    book = openpyxl.Workbook()
    for n, (name, rows) in enumerate(sheets.items()):
        sheet = book.active if n == 0 else book.create_sheet(name)
        assert sheet is not None
        sheet.title = name
        for row in rows:
            sheet.append(row)
        if name == hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows(rows)
    return path


def _tracker_beside(folder: Path) -> None:
    write_book(
        folder / "Maya Chen.xlsx",
        {"Jobs": [JOBS[0], ["Acme", "PM", dt.datetime(2026, 11, 2), "Applied"]]},
    )


@pytest.mark.parametrize(
    ("name", "sheets", "said"),
    [
        # A budget, a sheet of people without an employer: no column of a tracker.
        ("Budget.xlsx", {"Budget": BUDGET},
         NO_COLUMN.format(headers='"Category", "Planned", "Actual", "Month"')),
        ("Phones.xlsx", {"Sheet1": PHONES},
         NO_COLUMN.format(headers='"Name", "Phone", "Email", "Birthday"')),
        # LinkedIn's exports saved as workbooks: told by their headers, as their CSVs are.
        ("Profile.xlsx", {"Profile": PROFILE}, "LinkedIn's export of your profile (Profile.csv)"),
        ("Positions.xlsx", {"Positions": POSITIONS},
         "LinkedIn's export of your own job history (Positions.csv), whose companies are your "
         "employers, not applications"),
        # Several sheets, none a tracker, each said; an empty sheet says nothing.
        ("Finances.xlsx", {"Budget": BUDGET, "Savings": SAVINGS, "Sheet3": []},
         'sheet "Budget": ' + NO_COLUMN.format(headers='"Category", "Planned", "Actual", "Month"')
         + '; sheet "Savings": ' + NO_COLUMN.format(headers='"Account", "Balance", "Rate"')),
    ],
)  # fmt: skip
def test_a_workbook_that_is_no_tracker_is_left_alone_in_a_folder(
    tmp_path: Path, name: str, sheets: dict[str, list[list[object]]], said: str
) -> None:
    """It failed the run, exit 1 ("no header row with Company, Position ..."), where the same
    sheet saved as a CSV was left alone: now one note, exit code 0, "not_tracker" in --json,
    and the file never written, bytes and modification time, by a real run."""
    _tracker_beside(tmp_path)
    path = write_book(tmp_path / name, sheets)
    os.utime(path, (1_700_000_000, 1_700_000_000))
    before = path.read_bytes()
    hint = HINT if "no column" in said else ""
    note = f"{name}: left alone, not a tracker: {said}; nothing is written to it.{hint}"
    code, out, err = invoke("run", str(tmp_path), "--as-of", AS_OF, "--json")
    assert code == 0, err
    assert f"note: {note}" in err.splitlines()
    entry = next(f for f in json.loads(out)["files"] if f["path"] == str(path))
    assert entry == {
        "path": str(path),
        "ok": True,
        "error": None,
        "left_alone": note.removeprefix(f"{name}: "),
        "conflict_copy": False,
        "same_rows_copy": False,
        "not_tracker": True,
        "sheets": [],
    }
    code, out, err = invoke("run", str(tmp_path), "--as-of", AS_OF)
    assert (code, out.splitlines()[-1]) == (
        0,
        "2 files, 1 row — 1 Overdue; 1 left alone (not a tracker)",
    )
    code, out, err = invoke("check", str(tmp_path), "--as-of", AS_OF)
    assert code == 0, err
    assert note in out.splitlines()
    assert (path.read_bytes(), path.stat().st_mtime) == (before, 1_700_000_000)


def test_a_hidden_sheet_is_named_in_the_note(tmp_path: Path) -> None:
    """A hidden sheet is not looked at: the note says so, as the refusal did."""
    _tracker_beside(tmp_path)
    write_book(tmp_path / "Budget.xlsx", {"Budget": BUDGET, "Archive": JOBS}, hidden="Archive")
    code, out, err = invoke("run", str(tmp_path), "--as-of", AS_OF, "--dry-run")
    assert code == 0, err
    assert (
        "note: Budget.xlsx: left alone, not a tracker: "
        + NO_COLUMN.format(headers='"Category", "Planned", "Actual", "Month"')
        + f'; nothing is written to it.{HINT} Hidden sheets ("Archive") are left alone unless '
        "named with --sheet."
    ) in err.splitlines()


@pytest.mark.parametrize(
    ("sheets", "line"),
    [
        # A tracker sheet beside a budget: read as before, the budget's sheet passed over.
        ({"Jobs": JOBS, "Budget": BUDGET}, "Mixed.xlsx [Jobs]: 1 row — 1 Overdue"),
        # A tracker missing its Position: refused, saying what to add.
        ({"Jobs": [["Company", "Date Applied", "Status"], ["Acme", "11/02/2026", "Applied"]]},
         "Mixed.xlsx: FAILED — "),
        # No header at all, its first row data (a date): it may be a tracker without one.
        ({"Jobs": [["Acme", "PM", dt.datetime(2026, 11, 2)]]}, "Mixed.xlsx: FAILED — "),
        # Nothing in it.
        ({"Sheet1": []}, "Mixed.xlsx: FAILED — "),
    ],
)  # fmt: skip
def test_a_workbook_that_may_be_a_tracker_is_read_or_refused_as_before(
    tmp_path: Path, sheets: dict[str, list[list[object]]], line: str
) -> None:
    _tracker_beside(tmp_path)
    write_book(tmp_path / "Mixed.xlsx", sheets)
    code, out, err = invoke("run", str(tmp_path), "--as-of", AS_OF, "--dry-run")
    assert "left alone" not in out + err
    said = [s for s in (out + err).splitlines() if s.startswith("Mixed.xlsx")]
    assert said[0].startswith(line)
    assert code == (1 if "FAILED" in line else 0)


CONNECTIONS = [
    ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
    ["Dana", "Ortiz", "https://www.linkedin.com/in/dana", "dana@atlassian.com", "Atlassian",
     "Recruiter", "30 Oct 2026"],
]  # fmt: skip


# Files named alone that are no tracker: (file name, rows, what a run says, "not_tracker").
NAMED_ALONE = [
        # No column of a tracker: the hint says how to read it if it is one.
        ("Answers.csv", [["Question", "Answer"], ["Years of Python?", "6"]],
         "not a tracker: " + NO_COLUMN.format(headers='"Question", "Answer"')
         + f"; nothing is written to it.{HINT}", True),
        # A real tracker in a language the tool does not know (Finnish): told how to map it.
        ("Haut.csv", [["Yritys", "Tehtävä", "Hakupäivä", "Tila"],
                      ["Acme", "PM", "2.11.2026", "Haettu"]],
         "not a tracker: "
         + NO_COLUMN.format(headers='"Yritys", "Tehtävä", "Hakupäivä", "Tila"')
         + f"; nothing is written to it.{HINT}", True),
        ("Budget.xlsx", BUDGET,
         "not a tracker: "
         + NO_COLUMN.format(headers='"Category", "Planned", "Actual", "Month"')
         + f"; nothing is written to it.{HINT}", True),
        ("Positions.csv", POSITIONS,
         "not a tracker: LinkedIn's export of your own job history (Positions.csv), whose "
         "companies are your employers, not applications; nothing is written to it.", True),
        # A list of contacts: how to follow its people up.
        ("Connections.csv", CONNECTIONS,
         'a list of contacts, not a tracker (its only dates are under "Connected On" and no '
         "column says a status, stage, interview or application); nothing is written to it. "
         'To follow its people up, run it with --map "Connected On=interview_at"', False),
]  # fmt: skip


def _write(path: Path, rows: list[list[object]]) -> Path:
    return write_book(path, {"Sheet1": rows}) if path.suffix == ".xlsx" else write_csv(path, rows)


@pytest.mark.parametrize(("name", "rows", "refusal", "not_tracker"), NAMED_ALONE)
def test_a_file_named_alone_that_is_no_tracker_fails(
    tmp_path: Path, name: str, rows: list[list[object]], refusal: str, not_tracker: bool
) -> None:
    """``run Answers.csv`` said "left alone" and exited 0, as in a folder: a person who named
    the file to be followed up was not told that nothing was. Named alone it fails (exit code
    1, "some file could not be processed"), in --json too; in a folder, or named with another
    file as a shell's glob names them, it is left alone as before."""
    path = _write(tmp_path / name, rows)
    before = path.read_bytes()
    code, out, err = invoke("run", str(path), "--as-of", AS_OF)
    assert (code, out, err.splitlines()) == (
        1,
        "",
        [f"{name}: FAILED — {refusal}", "1 of 1 file failed."],
    )
    code, out, err = invoke("run", str(path), "--as-of", AS_OF, "--json")
    said = json.loads(out)
    assert (code, said["files"], said["failed"], said["failed_count"]) == (
        1,
        [
            {
                "path": str(path),
                "ok": False,
                "error": refusal,
                "sheets": [],
                **({"not_tracker": True} if not_tracker else {}),
            }
        ],
        [{"path": str(path), "error": refusal}],
        1,
    )
    code, out, err = invoke("run", str(tmp_path), "--as-of", AS_OF)
    assert (code, err.splitlines()[0]) == (0, f"note: {name}: left alone, {refusal}")
    other = write_csv(tmp_path / "Notes.csv", [["Question", "Answer"], ["Why?", "Because"]])
    code, out, err = invoke("run", str(path), str(other), "--as-of", AS_OF)
    assert (code, "FAILED" in err) == (0, False)
    assert path.read_bytes() == before


@pytest.mark.parametrize(("name", "rows", "refusal", "not_tracker"), NAMED_ALONE)
def test_check_and_digest_of_a_file_named_alone_that_is_no_tracker_fail_as_run(
    tmp_path: Path, name: str, rows: list[list[object]], refusal: str, not_tracker: bool
) -> None:
    """``check Answers.csv`` and ``digest Answers.csv`` said "left alone" and exited 0 where
    ``run Answers.csv`` fails: they now say the run's reason as they say any file they cannot
    read (check: NOT READ, digest: FAILED), exit code 1, in --json too; in a folder the file
    is left alone by both as before."""
    path = _write(tmp_path / name, rows)
    before = path.read_bytes()
    code, out, err = invoke("check", str(path), "--as-of", AS_OF)
    assert (code, out, err) == (1, f"{name}: NOT READ — {refusal}\n", "")
    code, out, err = invoke("check", str(path), "--as-of", AS_OF, "-q")
    assert (code, out, err) == (1, "", f"{name}: NOT READ — {refusal}\n")
    code, out, err = invoke("check", str(path), "--as-of", AS_OF, "--json")
    (said,) = json.loads(out)["trackers"]
    assert (code, said["error"], said["left_alone"]) == (1, refusal, None)
    code, out, err = invoke("digest", str(path), "--as-of", AS_OF, "-q")
    assert (code, out, err.splitlines()) == (
        1,
        "",
        [f"{name}: FAILED — {refusal}", "1 of 1 file could not be read; see above."],
    )
    code, out, err = invoke("digest", str(path), "--as-of", AS_OF, "--json")
    said = json.loads(out)
    assert (code, said["failed"], said["failed_count"], said["notes"]) == (
        1,
        [{"path": str(path), "error": refusal}],
        1,
        [],
    )
    left_alone = f"{name}: left alone, {refusal}"
    code, out, err = invoke("check", str(tmp_path), "--as-of", AS_OF)
    assert (code, out, err) == (0, f"{left_alone}\n", "")
    code, out, err = invoke("digest", str(tmp_path), "--as-of", AS_OF, "--json")
    assert (code, json.loads(out)["failed"], json.loads(out)["notes"]) == (0, [], [left_alone])
    assert path.read_bytes() == before
