"""A row pasted twice is alike in every cell the person typed (ot97 F6), not only in those the
tool reads: two mentees at one interview (a ``Mentee`` or ``Student`` column, left alone then),
a ``Time`` column of 09:00 and 14:00, the stage only in Status, another Contact, were made one
``Duplicate`` whose Problems said "in every cell" and advised deleting a real interview. And
the other way: a date cell and its text twin ``1/12/2027`` are one day, so a row pasted and
retyped is one interview. Through ``run`` on a workbook, reopened as a person sees it."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

AS_OF = "2027-01-13"
DAY = dt.datetime(2027, 1, 12)
HEADER = ["Company", "Position", "Interview Date", "Interview Type", "Interviewer", "Country"]
ROW = ["Canva", "Designer", DAY, "Video", "Ed Fox", "US"]
THANKS = (False, "Thank-you note", None)
ED = "maya-chen-canva-thank-you-note-ed-fox"
TWO = [f"{ED}-2.eml", f"{ED}.eml"]
ONE = [f"{ED}.eml"]
PASTED = (
    "repeats row 2 in every cell (a row pasted twice?): row 2 has its follow-ups, so nothing "
    "is sent from this one; delete it, or correct the cell that tells them apart"
)
RETYPED = (
    'repeats row 2 in every cell, its "Interview Date" the same day written another way (a '
    "row pasted twice?): row 2 has its follow-ups, so nothing is sent from this one; delete "
    "it, or correct the cell that tells them apart"
)
SENT_ON_REPEAT = (
    'repeats row 2 in every cell but "Thank-you Sent" (a row pasted twice?): row 2 has its '
    "follow-ups and counts what this row says was sent, so nothing is sent from this one; "
    "delete it once row 2 holds that, or correct the cell that tells them apart"
)


def person(header: str) -> tuple[str, list[str], list[list[object]], list, list[str]]:
    """Two people at one interview, told apart by the ``header`` column alone."""
    return (
        f'two people in "{header}"',
        [header, *HEADER],
        [["Maya Chen", *ROW], ["Tom Becker", *ROW]],
        [THANKS, THANKS],
        ["maya-chen-canva-thank-you-note-ed-fox.eml", "tom-becker-canva-thank-you-note-ed-fox.eml"],
    )


def told_apart(header: str, first: object, second: object) -> tuple:
    """Two interviews alike but in a column the tool does not read."""
    return (
        f'another "{header}"',
        [*HEADER, header],
        [[*ROW, first], [*ROW, second]],
        [THANKS, THANKS],
        TWO,
    )


# (case, header, rows, each row's (Duplicate?, Next action, Problems), the drafts written).
CASES = [
    # ot97 F6: two interviews, each followed up.
    *(person(h) for h in ("Mentee", "Student", "Mentee Name", "Student Name", "Candidate")),
    told_apart("Time", dt.time(9), dt.time(14)),
    told_apart("Interview Time", "09:00", "14:00"),
    told_apart("Start time", dt.time(9), dt.time(14)),
    told_apart("Contact", "recruiter: Hana Li", "recruiter: Ian Ma"),
    (
        "the stage only in Status",
        ["Company", "Position", "Interview Date", "Interviewer", "Country", "Status"],
        [
            ["Canva", "Designer", DAY, "Ed Fox", "US", "Phone screen"],
            ["Canva", "Designer", DAY, "Ed Fox", "US", "Onsite"],
        ],
        [THANKS, THANKS],
        TWO,
    ),
    (
        "the stage only in Status, no interviewer",
        ["Company", "Position", "Interview Date", "Country", "Status"],
        [
            ["Canva", "Designer", DAY, "US", "Recruiter screen"],
            ["Canva", "Designer", DAY, "US", "Hiring manager interview"],
        ],
        [THANKS, THANKS],
        ["maya-chen-canva-thank-you-note-2.eml", "maya-chen-canva-thank-you-note.eml"],
    ),
    (
        "times of day in the date cell",
        HEADER,
        [[*ROW[:2], DAY.replace(hour=9), *ROW[3:]], [*ROW[:2], DAY.replace(hour=15), *ROW[3:]]],
        [THANKS, THANKS],
        TWO,
    ),
    # A time of day in one, the day alone in the other: not the same cell.
    (
        "a date-time beside the day as text",
        HEADER,
        [[*ROW[:2], DAY.replace(hour=9), *ROW[3:]], [*ROW[:2], "1/12/2027", *ROW[3:]]],
        [THANKS, THANKS],
        TWO,
    ),
    # Month first here (a US row): "1/11/2027" is 11 January, the day before.
    (
        "a text of another day",
        HEADER,
        [ROW, [*ROW[:2], "1/11/2027", *ROW[3:]]],
        [THANKS, (False, "—", None)],  # the later interview takes over
        ONE,
    ),
    # True repeats: one Duplicate, one draft.
    ("pasted twice", HEADER, [ROW, ROW], [THANKS, (True, "See row 2", PASTED)], ONE),
    (
        "pasted three times",
        HEADER,
        [ROW, ROW, ROW],
        [THANKS, (True, "See row 2", PASTED), (True, "See row 2", PASTED)],
        ONE,
    ),
    (
        "pasted twice with a column the tool does not read",
        [*HEADER, "Time"],
        [[*ROW, dt.time(9)], [*ROW, dt.time(9)]],
        [THANKS, (True, "See row 2", PASTED)],
        ONE,
    ),
    (
        "spaces after cells",
        [*HEADER, "Contact"],
        [
            [*ROW, "Hana Li"],
            [f"{ROW[0]} ", f"{ROW[1]}  ", DAY, "Video ", "Ed Fox", "US", "Hana Li "],
        ],
        [THANKS, (True, "See row 2", PASTED)],
        ONE,
    ),
    (
        "a date cell and its text",
        HEADER,
        [ROW, [*ROW[:2], "1/12/2027", *ROW[3:]]],
        [THANKS, (True, "See row 2", RETYPED)],
        ONE,
    ),
    (
        "a date cell and its text, month named",
        HEADER,
        [ROW, [*ROW[:2], "Jan 12, 2027", *ROW[3:]]],
        [THANKS, (True, "See row 2", RETYPED)],
        ONE,
    ),
    # Typed later on one copy: the followed row counts it, and the line says so.
    (
        "the thank-you marked sent on the repeat",
        [*HEADER, "Thank-you Sent"],
        [[*ROW, None], [*ROW, DAY]],
        [(False, "1st check-in", None), (True, "See row 2", SENT_ON_REPEAT)],
        ["maya-chen-canva-1st-check-in-ed-fox.eml"],
    ),
]


def run(tmp_path: Path, header: list[str], rows: list[list[object]]) -> tuple[list, list[str]]:
    """Each row's (Duplicate?, Next action, Problems) in the workbook reopened, and the drafts."""
    path = tmp_path / "Maya Chen.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Interviews"
    for row in [header, *rows]:
        sheet.append(row)
    book.save(path)
    args = ["run", str(path), "--as-of", AS_OF, "--eml-dir", str(tmp_path / "eml")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    cells = list(openpyxl.load_workbook(path)["Interviews"].iter_rows(values_only=True))
    at = [list(cells[0]).index(h) for h in ("Follow-up status", "Next action", "Problems")]
    seen = [(row[at[0]] == "Duplicate", row[at[1]], row[at[2]]) for row in cells[1:]]
    return seen, sorted(p.name for p in (tmp_path / "eml").glob("*.eml"))


@pytest.mark.parametrize(
    ("header", "rows", "seen", "drafts"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_a_row_pasted_twice_is_alike_in_every_cell(
    tmp_path: Path, header: list[str], rows: list[list[object]], seen: list, drafts: list[str]
) -> None:
    assert run(tmp_path, header, rows) == (seen, drafts)
    # Run again: the tool's own columns, written now and unlike on the two rows, tell
    # nothing apart.
    assert run(tmp_path, header, rows)[0] == seen


def test_a_coachs_mentees_each_get_their_thank_you(tmp_path: Path) -> None:
    """ot97 F6's coach tracker: Maya Chen and Tom Becker interview for one role with one
    interviewer on one day; each is followed up and signs a draft of their own."""
    path = tmp_path / "coach.csv"
    path.write_text(
        "Mentee,Company,Position,Interview Date,Interview Type,Interviewer,Interviewer Email,"
        "Country,Status\n"
        "Maya Chen,Canva,Product Designer,2027-01-12,Video,Ed Fox,ed@canva.example,AU,"
        "Interviewing\n"
        "Tom Becker,Canva,Product Designer,2027-01-12,Video,Ed Fox,ed@canva.example,AU,"
        "Interviewing\n",
        encoding="utf-8",
    )
    eml = tmp_path / "eml"
    args = ["run", str(path), "--as-of", AS_OF, "--eml-dir", str(eml)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    read = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert [(r["Follow-up status"], r["Next action"], r["Problems"]) for r in read] == [
        ("Due today", "Thank-you note", ""),
        ("Due today", "Thank-you note", ""),
    ]
    drafts = sorted(eml.glob("*.eml"))
    assert [p.name for p in drafts] == [
        "maya-chen-canva-thank-you-note-ed-fox.eml",
        "tom-becker-canva-thank-you-note-ed-fox.eml",
    ]
    assert [p.read_text(encoding="utf-8").rstrip().rsplit("\n", 1)[-1] for p in drafts] == [
        "Maya Chen",
        "Tom Becker",
    ]


# (header, its cells): a column headed like the person's that names nobody, and headers near
# the person's. The drafts are signed by the file's name, Ravi Kumar, as without the column.
NOT_A_PERSON = [
    ("Student", ["Yes", "No"]),
    ("Student?", ["✓", None]),
    ("Candidate", ["x", "x"]),
    ("Mentor", ["Lena Park", "Lena Park"]),
    ("Student ID", ["S-1001", "S-1001"]),
]


@pytest.mark.parametrize(("header", "cells"), NOT_A_PERSON, ids=[h for h, _ in NOT_A_PERSON])
def test_a_column_that_names_nobody_signs_nothing(
    tmp_path: Path, header: str, cells: list[object]
) -> None:
    path = tmp_path / "Ravi Kumar.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([*HEADER, header])
    sheet.append([*ROW, cells[0]])
    sheet.append(["Globex", "Analyst", DAY, "Video", "Bo Chen", "US", cells[1]])
    book.save(path)
    eml = tmp_path / "eml"
    args = ["run", str(path), "--as-of", AS_OF, "--eml-dir", str(eml), "-v"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in eml.glob("*.eml")) == [
        "ravi-kumar-canva-thank-you-note-ed-fox.eml",
        "ravi-kumar-globex-thank-you-note-bo-chen.eml",
    ]
