"""The trackers people actually keep (issue 14), end to end: which columns are read, what each
row is as of Fri 2026-11-20, what the user is told, and what is refused. Every tracker is built
in ``tests/support/real_trackers.py`` and read both as a workbook and as a CSV file."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
import real_trackers
from click.testing import CliRunner
from real_trackers import AS_OF

from followup_batch.check import check_file
from followup_batch.cli import main
from followup_batch.drafts import render_drafts
from followup_batch.drafts.templating import load_templates
from followup_batch.errors import TrackerNotFound
from followup_batch.normalise import normalise_rows
from followup_batch.read import ReadOptions, read_trackers
from followup_batch.schedule import load_rules, schedule_rows

OPTIONS = ReadOptions()
KINDS = ("xlsx", "csv")
APP = "Application check-in"
NONE = "—"


def build(tmp_path: Path, name: str, kind: str) -> Path:
    return real_trackers.builder(name, kind)(tmp_path)


def scheduled(path: Path) -> tuple[pd.DataFrame, pd.DataFrame, Any]:
    """(normalised frame, schedule result, schedule) of a file's one tracker."""
    (table,) = read_trackers(path, OPTIONS)
    frame = normalise_rows(table, OPTIONS)
    schedule = schedule_rows(frame, load_rules(), AS_OF)
    return frame, schedule.result, schedule


def answers(result: pd.DataFrame) -> dict[int, tuple[str, str, str | None]]:
    """Excel row -> (status, next action, next due as ISO text or None)."""
    return {
        int(row): (
            out["status"],
            out["next_action"],
            None if pd.isna(out["next_due"]) else out["next_due"].date().isoformat(),
        )
        for row, out in result.iterrows()
    }


def columns(path: Path) -> dict[str, str]:
    """Field -> the header read as it."""
    (check,) = check_file(path, OPTIONS)
    return {c.field: c.header for c in check.columns}


def unsigned(stem: str) -> str:
    """What check (and a run) says of a tracker whose file name names nobody."""
    return (
        f'drafts are unsigned: the file name "{stem}" is not a person\'s name; name the file '
        'after yourself or your client ("Maya Chen.xlsx"), add a Client column or set [sender] '
        "name in the config"
    )


def problems(frame: pd.DataFrame) -> dict[int, list[str]]:
    """Excel row -> its problems without the cell reference (which differs xlsx/CSV)."""
    return {
        int(row): [p.split(": ", 1)[1] for p in found]
        for row, found in frame["problems"].items()
        if found
    }


# --- application logs -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_log_whose_only_date_is_date_schedules_applications(tmp_path: Path, kind: str) -> None:
    path = build(tmp_path, "pipeline_log", kind)
    assert columns(path) == {
        "applied_at": "date",
        "company": "company",
        "industry": "sector",
        "position": "role",
        "outcome": "status",
        "interviewer": "contact_person",
        "topic": "notes",
    }
    (check,) = check_file(path, OPTIONS)
    assert check.notes == [
        '"date" (A) is read as Date Applied: 13 of the 14 rows whose "status" (F) says how far '
        "they got are at the applied stage (an application log).",
        unsigned("pipeline_log"),  # who signs the drafts, as a run says it
        '"notes" is kept private: drafts never quote it. To quote it as the interview topic, '
        'use --map "notes=topic" or rename the column Topic.',
    ]
    assert check.kinds == {"applications": 14, "not_applied": 1}
    frame, result, _ = scheduled(path)
    got = answers(result)
    assert got[2] == ("Overdue", APP, "2026-11-03")  # fast: 5 bd, then Tuesday
    assert got[4] == ("Overdue", APP, "2026-11-17")  # traditional: 9 bd over Veterans Day
    assert got[8] == ("Due soon", APP, "2026-11-24")  # "ongoing" is the applied stage
    assert got[9] == ("Due today", APP, "2026-11-20")
    assert got[10] == ("Scheduled", APP, "2026-11-25")
    assert got[14] == ("Closed", NONE, None)  # rejected after applying: no networking
    assert got[15] == ("Needs info", NONE, None)  # status "Interview", no interview date
    assert got[16] == ("Not applied", NONE, None)  # a draft: nothing to chase, not Needs info
    assert sum(s == "Needs info" for s, _, _ in got.values()) == 1
    assert problems(frame) == {
        15: [
            "the stage says there was an interview, but when? Add an Interview Date column "
            "with the day"
        ]
    }


@pytest.mark.parametrize("kind", KINDS)
def test_yes_no_under_an_interview_header_is_a_flag(tmp_path: Path, kind: str) -> None:
    path = build(tmp_path, "yes_no_log", kind)
    assert columns(path)["interviewed"] == "Interview"
    frame, result, _ = scheduled(path)
    got = answers(result)
    assert got == {
        2: ("Overdue", APP, "2026-11-04"),  # "No": an application row
        3: ("Needs info", NONE, None),  # "Yes": interviewed — when?
        4: ("Overdue", APP, "2026-11-12"),
        5: ("Overdue", APP, "2026-11-17"),  # "no", blank status
        6: ("Needs info", NONE, None),  # "Y", blank status: the flag wins
        7: ("Closed", NONE, None),
    }
    assert problems(frame) == {
        3: ["interviewed, but when? Add an Interview Date column with the day"],
        6: ["interviewed, but when? Add an Interview Date column with the day"],
    }
    assert not any("is not a date" in p for found in frame["problems"] for p in found)


MON_10AM, TUE_2PM = dt.datetime(2026, 11, 16, 10), dt.datetime(2026, 11, 17, 14)
THANK_YOU_17TH = ("Thank-you note", "2026-11-17", "")  # the day after Mon 11-16, overdue
THANK_YOU_18TH = ("Thank-you note", "2026-11-18", "")


def flag_refusal(where: str, header: str) -> str:
    return (
        f'{where} has no date column (Company, Position, {header}, Country): "{header}" (C) '
        "is read as yes/no marks (Interviewed), and nothing can be scheduled without a date. "
        "Add an Interview Date column or a Date Applied column (the day you applied), or if "
        f'"{header}" holds the interviews\' dates, map it with --map "{header}=interview_at".'
    )


def written(path: Path, header: str) -> list[tuple[object, str, str, str]]:
    """Each row of a written tracker as its user sees it: (their cell under ``header``, Next
    action, Next due as ISO text, Problems without the cell reference)."""
    if path.suffix == ".xlsx":
        sheet = openpyxl.load_workbook(path)["Applications"]
        heads = [c.value for c in sheet[1]]
        rows = [dict(zip(heads, (c.value for c in r), strict=True)) for r in sheet.iter_rows(2)]
    else:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    return [
        (
            row[header] or None,
            row["Next action"],
            (row["Next due"].date().isoformat() if row["Next due"] else "")
            if path.suffix == ".xlsx"
            else row["Next due"],
            (row["Problems"] or "").split(": ", 1)[-1],
        )
        for row in rows
    ]


# A client renames "Interview Date" to "Interviewed" (ot76 F1): the cells decide. Dates are the
# interview's, even beside a "No"; yes/no marks (or nothing yet) are the flag, and with no other
# date the file is refused, saying how to map the column, never "without dates".
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("header", "cells", "seen"),
    [
        ("Interviewed", [MON_10AM, TUE_2PM], [THANK_YOU_17TH, THANK_YOU_18TH]),
        ("Interviewed?", [MON_10AM, TUE_2PM], [THANK_YOU_17TH, THANK_YOU_18TH]),
        ("Interviewed on", [MON_10AM, TUE_2PM], [THANK_YOU_17TH, THANK_YOU_18TH]),
        ("Interviewed", [MON_10AM, "No"], [THANK_YOU_17TH, ("—", "", '"No" is not a date')]),
        ("Interviewed?", [MON_10AM, "No"], [THANK_YOU_17TH, ("—", "", '"No" is not a date')]),
        ("Interviewed on", [MON_10AM, "No"], [THANK_YOU_17TH, ("—", "", '"No" is not a date')]),
        ("Interviewed", ["Yes", "No"], "refused"),
        ("Interviewed?", ["Yes", "No"], "refused"),
        ("Interviewed", [None, None], "refused"),
        ("Interviewed?", [None, None], "refused"),
        # "Interviewed on" names the date: marks there are refused saying so, empty cells are
        # each row's missing date.
        ("Interviewed on", ["Yes", "No"], "marks"),
        (
            "Interviewed on",
            [None, None],
            [("—", "", "Interviewed on is empty"), ("—", "", "Interviewed on is empty")],
        ),
    ],
)  # fmt: skip
def test_an_interviewed_column_is_read_by_its_cells(
    tmp_path: Path, kind: str, header: str, cells: list[object], seen: object
) -> None:
    rows = [["Company", "Position", header, "Country"]]
    rows += [
        [company, "Analyst", cell, "US"]
        for company, cell in zip(("Acme", "Globex"), cells, strict=True)
    ]
    path = real_trackers.write(tmp_path, "Maya Chen", rows, kind)
    before = path.read_bytes()
    run = CliRunner().invoke(main, ["run", str(path), "--as-of", AS_OF.isoformat()])
    where = (
        f'{path.name}: FAILED — sheet "Applications"'
        if kind == "xlsx"
        else f"{path.name}: FAILED — it"
    )
    if seen == "refused":
        assert run.exit_code == 1 and run.output.splitlines()[0] == flag_refusal(where, header)
    elif seen == "marks":
        assert run.exit_code == 1 and run.output.splitlines()[0] == (
            f"{where} is an application log without dates (Company, Position, {header}, "
            f'Country); its "{header}" (C) holds yes/no marks, not dates: nothing can be '
            "scheduled without one. Add a Date Applied column (the day you applied) or an "
            'Interview Date column, or map your date column: --map "Header=applied_at" for the '
            'day you applied, --map "Header=interview_at" for the interview\'s.'
        )
    if isinstance(seen, str):
        assert path.read_bytes() == before  # nothing written to a refused tracker
        return
    assert run.exit_code == 0, run.output
    text = kind == "csv"
    yours = [
        c.strftime("%Y-%m-%d %H:%M") if text and isinstance(c, dt.datetime) else c for c in cells
    ]
    assert written(path, header) == [
        (cell, *answer) for cell, answer in zip(yours, seen, strict=True)
    ]
    if header != "Interviewed on":  # read as the Interview Date, and said so
        check = CliRunner().invoke(main, ["check", str(path), "--as-of", AS_OF.isoformat()])
        assert f'"{header}" (C) holds dates: it is read as Interview Date.' in check.output


@pytest.mark.parametrize("kind", KINDS)
def test_the_shared_google_sheets_template(tmp_path: Path, kind: str) -> None:
    path = build(tmp_path, "google_template", kind)
    assert columns(path) == {
        "company": "Company Name",
        "position": "Job Role",
        "location": "Location",  # Remote, Boston, NYC: the US's, Massachusetts', New York's
        "applied_at": "Date Applied",
        "outcome": "Application Status",
        "interviewer": "Recruiter Name",
        "interviewer_email": "Recruiter Email",
        "interview_at": "Interview Date",
        "topic": "Notes",
    }
    frame, result, schedule = scheduled(path)
    assert answers(result) == {
        4: ("Overdue", "Thank-you note", "2026-11-17"),
        5: ("Overdue", APP, "2026-11-19"),
        6: ("Not applied", NONE, None),
    }
    drafts = render_drafts(frame, schedule.next_actions, {}, load_templates())
    to = drafts.messages.set_index("row")[["to", "email", "action"]].to_dict("index")
    assert to[5] == {"to": "Sam Lee", "email": "sam.lee@northwind.example", "action": APP}
    assert to[4]["email"] == "dana.ortiz@brightwave.example"
    body = drafts.per_row.loc[5, "draft"]
    assert body.startswith("Hi Sam,\n\nI applied for the Product Analyst role at Northwind on ")
    assert "Monday, November 9" in body


@pytest.mark.parametrize("kind", KINDS)
def test_interview_date_beats_date_wherever_it_stands(tmp_path: Path, kind: str) -> None:
    path = build(tmp_path, "date_and_interview_date", kind)
    assert columns(path)["interview_at"] == "INTERVIEW DATE"
    assert columns(path)["applied_at"] == "DATE"
    _, result, _ = scheduled(path)
    assert answers(result) == {
        2: ("Overdue", "Thank-you note", "2026-11-17"),
        3: ("Overdue", APP, "2026-11-19"),
    }


@pytest.mark.parametrize("kind", KINDS)
def test_a_wide_tracker_with_role_name_and_year_less_dates(tmp_path: Path, kind: str) -> None:
    path = build(tmp_path, "wide_role_name", kind)
    assert columns(path) == {
        "company": "Company",
        "position": "Role name",
        "applied_at": "Applied",
        "stage:phone": "Phone Screen",
        "stage:onsite": "Onsite",
        "stage:final": "Final",
        "outcome": "Outcome",
    }
    frame, result, _ = scheduled(path)
    assert problems(frame) == {
        2: ['"27-Oct" has no year; read as 2020-10-27 (nearest the same row\'s 2020-10-29)']
    }
    assert frame.loc[2, "interview_date"] == pd.Timestamp("2020-10-29")
    assert frame.loc[2, "interview_type"] == "final"
    # Six years on, nothing is overdue: each row has moved on or is closed.
    assert answers(result) == {
        2: ("Moved on", NONE, None),
        3: ("Closed", NONE, None),
        4: ("Moved on", NONE, None),
    }


# --- exports --------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_linkedin_job_applications_export(tmp_path: Path, kind: str) -> None:
    path = build(tmp_path, "linkedin_job_applications", kind)
    assert columns(path) == {
        "applied_at": "Application Date",
        "company": "Company Name",
        "position": "Job Title",
    }
    (check,) = check_file(path, OPTIONS)
    assert check.notes == [
        'LinkedIn "Job Applications" export: "Contact Email" (B) is your own address, not the '
        "employer's, so drafts get no recipient from it; add a Recruiter Email column for one.",
        unsigned("linkedin_job_applications"),
        # Every day in this export is 12 or less: the order is the default's, and -v says so.
        '"Application Date": dates such as 3/11/2026 are read US month/day (nothing in the '
        "file says); use --dayfirst if that is wrong",
    ]
    frame, result, schedule = scheduled(path)
    assert answers(result) == {
        2: ("Due soon", APP, "2026-11-24"),
        3: ("Overdue", APP, "2026-11-13"),
    }
    drafts = render_drafts(frame, schedule.next_actions, {}, load_templates())
    assert set(drafts.messages["email"]) == {""}
    assert not drafts.per_row["draft"].str.contains("maya.chen@example.com").any()
    assert drafts.per_row["draft"].str.startswith("Hello,").all()


@pytest.mark.parametrize("kind", KINDS)
def test_teal_export(tmp_path: Path, kind: str) -> None:
    path = build(tmp_path, "teal_export", kind)
    assert columns(path) == {
        "position": "Job Position",
        "company": "Company",
        "location": "Location",
        "outcome": "Status",
        "saved_at": "Date Saved",
        "applied_at": "Date Applied",
        # "Follow up" holds a note ("followed up twice"), not dates or marks: left alone.
    }
    frame, result, _ = scheduled(path)
    assert answers(result) == {
        2: ("Overdue", APP, "2026-11-19"),
        3: ("Not applied", NONE, None),  # Bookmarked
        4: ("Not applied", NONE, None),  # Applying
        5: ("Closed", NONE, None),  # Negotiating: an offer
        6: ("Closed", NONE, None),  # I Withdrew
        7: ("Moved on", NONE, None),  # No Response is no outcome: applied Aug 1, gone quiet
        8: ("Needs info", NONE, None),  # Interviewing: when?
    }
    # Its salaries are amounts, not Excel's serial days (fx276: "Min. Salary" of 85000 and
    # 70000 was offered as the interview dates, "--map "Min. Salary=interview_at" (here:
    # 2091-08-25)").
    assert problems(frame) == {
        8: [
            "the stage says there was an interview, but when? Add an Interview Date column "
            "with the day"
        ]
    }


@pytest.mark.parametrize("kind", KINDS)
def test_notion_export(tmp_path: Path, kind: str) -> None:
    path = build(tmp_path, "notion_export", kind)
    assert columns(path) == {
        "company": "Company",
        "position": "Position",
        "outcome": "Stage",
        # Its "Phone Screen" is the stage and the kind of interview (ot54 F4).
        "interview_type": "Stage",
        "applied_at": "Applied",
        "interview_at": "Interview Scheduled",
        "interviewer": "Recruiter",
    }
    _, result, _ = scheduled(path)
    assert answers(result) == {
        # A phone screen's thank-you is due the same day, Mon 11-16.
        2: ("Overdue", "Thank-you note", "2026-11-16"),
        3: ("Overdue", APP, "2026-11-19"),
        4: ("Not applied", NONE, None),
    }


NOTION_TITLES = """\
Name,Company,Stage,Applied,Interview,Contact,Next Steps,Salary,Location,URL,Created time
Data Analyst @ Initech,Initech (https://www.notion.so/Initech-1a2b3c4d),Interviewing,\
"November 3, 2026","November 17, 2026 2:00 PM (EST)",Dana Ortiz,Wait for feedback,,Austin,\
https://initech.example/1,"November 1, 2026 9:12 AM"
BI Developer @ Globex,Globex (https://www.notion.so/Globex-5e6f),Applied,"November 10, 2026",,,,,\
Remote,,"November 9, 2026 9:12 AM"
Analytics Engineer @ Hooli,Hooli,Offer,"October 1, 2026","October 20, 2026 → October 22, 2026",\
Gavin,,,,,"September 30, 2026 8:00 AM"
Data Scientist @ Pied Piper,Pied Piper,Rejected,"September 20, 2026","October 5, 2026",Richard,,,,,\
"September 19, 2026 8:00 AM"
"""


def test_notion_titles_mapped_as_the_position_give_the_role_in_the_drafts(
    tmp_path: Path,
) -> None:
    """An outside tester's Notion export (Name = "Data Analyst @ Initech" beside a Company
    column), run with the map the tool suggests: the drafts said "the Data Analyst @ Initech
    role at Initech". The user's Name cells are kept as written."""
    import csv

    from click.testing import CliRunner

    from followup_batch.cli import main

    path = tmp_path / "Job Tracker 1a2b3c.csv"
    path.write_text(NOTION_TITLES, encoding="utf-8")
    check = CliRunner().invoke(main, ["check", str(path), "--as-of", "2026-12-03"])
    assert '--map "Name=position"' in check.output
    result = CliRunner().invoke(
        main, ["run", str(path), "--as-of", "2026-12-03", "--map", "Name=position"]
    )
    assert result.exit_code == 0, result.output
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["Name"] for r in rows][:2] == ["Data Analyst @ Initech", "BI Developer @ Globex"]
    assert rows[0]["Draft subject"] == "Following up on the Data Analyst interview"
    assert "follow up on the Data Analyst role at Initech after" in rows[0]["Draft"]
    assert "the BI Developer role at Globex" in rows[1]["Draft"]
    assert not any("@ " in r["Draft"] + r["Draft subject"] for r in rows)


# Notion's older Markdown & CSV export writes a relation as the path of the page's file beside
# the CSV, spaces as %20 (ot136's Casey Morgan board).
NOTION_PATHS = """\
Company,Position,Status,Applied,Interview Date,Contact,Created time
Stripe (Companies%202c1f/Stripe%208a7c0e1f2b3d4c5e9f0a1b2c3d4e5f60.md),Senior Backend Engineer,\
Phone Screen,"November 2, 2026","November 20, 2026 2:30 PM",\
Dana Ortiz (People%207d1c/Dana%20Ortiz%20a1b2c3d4e5f60718293a4b5c6d7e8f90.md),\
"November 1, 2026 9:00 AM"
Figma,Product Designer,Interviewing,"October 20, 2026","November 18, 2026 11:00 AM",Sam Lee,\
"October 19, 2026 9:00 AM"
"""


def test_notion_relations_written_as_file_paths_are_left_out_of_the_drafts(
    tmp_path: Path,
) -> None:
    """The subject read "…interview at Stripe (Companies%202c1f/Stripe%208a7c….md)", and so did
    the body and the Drafts sheet's Company and To; the user's cells stay as written."""
    import openpyxl
    from click.testing import CliRunner

    from followup_batch.cli import main

    path = tmp_path / "Casey Morgan Job Board 5e4d3c2b1a0f49e8d7c6b5a4f3e2d1c0.csv"
    path.write_text(NOTION_PATHS, encoding="utf-8")
    out = tmp_path / "Casey Morgan.xlsx"
    result = CliRunner().invoke(
        main, ["run", str(path), "--as-of", "2026-11-20", "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    drafts = [row[2:5] + (row[8],) for row in book["Drafts"].iter_rows(min_row=2, values_only=True)]
    assert drafts == [
        (
            "Figma",
            "Product Designer",
            "Sam Lee",
            "Thank you for the Product Designer interview at Figma",
        ),
        (
            "Stripe",
            "Senior Backend Engineer",
            "Dana Ortiz",
            "Thank you for the Senior Backend Engineer interview at Stripe",
        ),
    ]
    header, stripe = list(book.worksheets[0].iter_rows(max_row=2, values_only=True))
    written = dict(zip(header, stripe, strict=True))
    assert "the Senior Backend Engineer role at Stripe." in written["Draft"]
    assert "%20" not in written["Draft subject"] + written["Draft"]
    assert (
        written["Company"]
        == "Stripe (Companies%202c1f/Stripe%208a7c0e1f2b3d4c5e9f0a1b2c3d4e5f60.md)"
    )


def test_airtables_contact_emails_lookup_addresses_each_contact(tmp_path: Path) -> None:
    """Airtable's "Contact Emails" (a lookup of the linked Contacts' addresses) was left
    unread, so the thank-you notes had no address (ot136 F8)."""
    import openpyxl
    from click.testing import CliRunner

    from followup_batch.cli import main

    path = tmp_path / "Applications-Grid view.csv"
    path.write_text(
        "Name,Company,Role,Status,Applied On,Interview Date,Contacts,Contact Emails\n"
        "Initech – Data Analyst,Initech,Data Analyst,Interviewing,11/3/2026,11/19/2026 2:30pm,"
        '"Dana Ortiz,Sam Lee","dana.ortiz@initech.com,sam.lee@initech.com"\n',
        encoding="utf-8",
    )
    out = tmp_path / "Maya Chen.xlsx"
    result = CliRunner().invoke(
        main, ["run", str(path), "--as-of", "2026-11-20", "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    rows = openpyxl.load_workbook(out)["Drafts"].iter_rows(min_row=2, values_only=True)
    assert [row[4:7] for row in rows] == [
        ("Dana Ortiz", "dana.ortiz@initech.com", "Thank-you note"),
        ("Sam Lee", "sam.lee@initech.com", "Thank-you note"),
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_huntr_board_export_is_refused_saying_which_column_to_map(
    tmp_path: Path, kind: str
) -> None:
    path = build(tmp_path, "huntr_export", kind)
    where = f'{path.name}, sheet "Applications"' if kind == "xlsx" else path.name
    with pytest.raises(TrackerNotFound) as refused:
        read_trackers(path, OPTIONS)
    assert str(refused.value) == (
        f"{where} is a Huntr board export: it has no Date Applied or Interview Date, and its "
        '"createdAt" is the day each job was added to the board. If you add jobs when you '
        'apply, map it with --map "createdAt=applied_at"; else add a Date Applied column.'
    )


@pytest.mark.parametrize("kind", KINDS)
def test_huntr_board_export_with_its_created_date_mapped(tmp_path: Path, kind: str) -> None:
    """Huntr's lists are the stage: Wishlist is not applied yet, Rejected is closed."""
    path = build(tmp_path, "huntr_export", kind)
    options = ReadOptions(column_map={"createdAt": "applied_at"})
    (check,) = check_file(path, options)
    assert {c.field: c.header for c in check.columns} == {
        "applied_at": "createdAt",
        "position": "title",
        "location": "location",
        "outcome": "listName",
        "company": "companyName",
    }
    (table,) = read_trackers(path, options)
    frame = normalise_rows(table, options)
    result = schedule_rows(frame, load_rules(), AS_OF).result
    assert answers(result) == {
        2: ("Overdue", APP, "2026-11-04"),
        3: ("Not applied", NONE, None),
        4: ("Closed", NONE, None),
        5: ("Due soon", APP, "2026-11-24"),  # Mon 11-23 -> Tue, a preferred send day
    }
    assert problems(frame) == {}


# --- old trackers and files that cannot be helped ---------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_an_old_tracker_has_moved_on(tmp_path: Path, kind: str) -> None:
    _, result, schedule = scheduled(build(tmp_path, "old_interviews", kind))
    assert answers(result) == {
        2: ("Moved on", NONE, None),
        3: ("Moved on", NONE, None),
        4: ("Closed", NONE, None),
    }
    why = schedule.explain()
    assert why[2].startswith("Nothing more to send: the networking check-in due ")
    assert "Moved on: the final follow-up went unsent 8 weeks" in why[2]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "stage_tally",
            "is a stage tally without companies (Stage, Count): it counts applications, it "
            "does not list them. Run on the sheet with one row per application, or add "
            "Company, Position and Date Applied columns.",
        ),
        (
            "named_log",
            "has dates and stages but no Company or Position column (Name, Application URL, "
            'Date, Stage, Stage History). Rename the header or map it with --map "Name=company". '
            "Add a Position column (the role applied for on each row), or rename the column "
            "that holds it to Position.",
        ),
        (
            "without_dates",
            "is an application log without dates (Company, Role, Status, Link): nothing can be "
            "scheduled without one. Add a Date Applied column (the day you applied) or an "
            'Interview Date column, or map your date column: --map "Header=applied_at" for the '
            'day you applied, --map "Header=interview_at" for the interview\'s.',
        ),
    ],
)
@pytest.mark.parametrize("kind", KINDS)
def test_refused_once_saying_what_the_file_is(
    tmp_path: Path, name: str, message: str, kind: str
) -> None:
    path = build(tmp_path, name, kind)
    where = f'{path.name}, sheet "Applications"' if kind == "xlsx" else path.name
    with pytest.raises(TrackerNotFound) as refused:
        read_trackers(path, OPTIONS)
    assert str(refused.value) == f"{where} {message}"


def test_a_yes_no_column_as_the_only_date_is_refused_once(tmp_path: Path) -> None:
    rows = [["Company", "Position", "Interview"], ["Acme", "Analyst", "Yes"], ["B", "C", "No"]]
    path = real_trackers.write(tmp_path, "flags", rows, "csv")
    (table,) = read_trackers(path, OPTIONS)
    with pytest.raises(TrackerNotFound) as refused:
        normalise_rows(table, OPTIONS)
    assert str(refused.value) == (
        "flags.csv is an application log without dates (Company, Position, Interview); its "
        '"Interview" (C) holds yes/no marks, not dates: nothing can be scheduled without one. '
        "Add a Date Applied column (the day you applied) or an Interview Date column, or map "
        'your date column: --map "Header=applied_at" for the day you applied, --map '
        '"Header=interview_at" for the interview\'s.'
    )


# --- as a user runs it ------------------------------------------------------------------------


def test_run_and_check_over_a_folder_of_real_trackers(tmp_path: Path) -> None:
    for name in ("pipeline_log", "linkedin_job_applications", "stage_tally"):
        build(tmp_path, name, "xlsx" if name == "pipeline_log" else "csv")
    runner = CliRunner()
    run = runner.invoke(main, ["run", str(tmp_path), "--as-of", AS_OF.isoformat()])
    assert run.exit_code == 1  # the tally is refused, the others are written
    assert (
        "pipeline_log.xlsx [Applications]: 15 rows — 1 Needs info, 5 Overdue, 1 Due today, "
        "1 Due soon, 5 Scheduled, 1 Not applied, 1 Closed; 1 with problems" in run.output
    )
    assert "linkedin_job_applications.csv: 2 rows — 1 Overdue, 1 Due soon" in run.output
    assert "stage_tally.csv: FAILED — it is a stage tally" in run.output
    check = runner.invoke(main, ["check", str(tmp_path / "pipeline_log.xlsx"), "--json"])
    assert check.exit_code == 0
    (sheet,) = json.loads(check.output)["trackers"]
    assert sheet["row_kinds"] == {"applications": 14, "not_applied": 1}
    text = runner.invoke(main, ["check", str(tmp_path / "pipeline_log.xlsx")]).output
    assert "  Rows: 14 applications without an interview, 1 not applied yet\n" in text


def test_config_maps_still_win(tmp_path: Path) -> None:
    """A user who says their "date" is the interview date is believed."""
    path = build(tmp_path, "pipeline_log", "csv")
    options = ReadOptions(column_map={"date": "interview_at"})
    (table,) = read_trackers(path, options)
    frame = normalise_rows(table, options)
    assert table.mapping["interview_at"] == 0 and "applied_at" not in table.mapping
    assert frame["interview_date"].notna().sum() == 14
