"""Columns and rows of trackers people published on GitHub (outside tester ot144, F5): a
"Recruiter" column of yes/blank marks (a recruiter call had) read as the interviewer's name,
and the companies of a wishlist kept in an application log ("Netflix" and nothing else) that
needed info for ever, their missing date blamed on the "Phone" stage they never reached.
Each tracker is a CSV of the real rows, read as a person runs it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.normalise import resolve_roles
from followup_batch.read import ReadOptions, read_trackers

# The header of NakuraMino/Recruitment_Sankey_Diagram's applications.csv.
NAKURA = ["Company", "Role name", "Applied Date", "Coding Challenge", "Recruiter", "Phone"]
NAKURA += ["On-Campus", "Onsite", "Result"]


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def read_roles(path: Path, column_map: dict[str, str] | None = None) -> tuple[dict, list[str]]:
    """(field -> column, notes) of the file's one tracker, its columns decided by values."""
    (table,) = read_trackers(path, ReadOptions(column_map=column_map or {}))
    resolved = resolve_roles(table)
    return resolved.mapping, resolved.notes


# (people column's header, its cells on three rows, whether it is read as the Interviewer).
PEOPLE_COLUMNS = [
    # A stage reached, marked: no one to greet (nakura.csv's rows 30 and 72 say "yes").
    ("Recruiter", ["yes", "", "yes"], False),
    ("Recruiter", ["Yes", "No", ""], False),
    ("Recruiter", ["x", "", "X"], False),
    ("Recruiter", ["✓", "n/a", ""], False),
    ("Hiring Manager", ["y", "n", ""], False),
    ("Contact", ["TRUE", "FALSE", "TRUE"], False),
    ("Interviewer", ["yes", "", ""], False),
    # Names, as before: a Recruiter column of people, one with a stray "yes" among them.
    ("Recruiter", ["Dana Ortiz", "", "Sam Lee"], True),
    ("Recruiter", ["Dana Ortiz", "yes", ""], True),
    ("Recruiter Name", ["Dana Ortiz", "Sam Lee", "Ann Roe"], True),
    ("Hiring Manager", ["Ann Roe", "", ""], True),
    # A yes-word that is a given name is a person, alone in its column.
    ("Recruiter", ["Vero", "", ""], True),
]


@pytest.mark.parametrize(("header", "cells", "read"), PEOPLE_COLUMNS)
def test_a_people_column_of_yes_no_marks_is_a_stage_reached_not_a_person(
    tmp_path: Path, header: str, cells: list[str], read: bool
) -> None:
    rows = [
        ["Palantir", "Software Engineer Internship", "8/6/2019", cells[0], "8/27/2019"],
        ["Lyft", "Software Engineering Internship", "9/10/2019", cells[1], ""],
        ["DeepMind", "Software engineer intern", "8/28/2019", cells[2], "9/3/2019"],
    ]
    path = write_csv(tmp_path / "apps.csv", ["Company", "Role", "Applied", header, "Phone"], rows)
    mapping, notes = read_roles(path)
    assert ("interviewer" in mapping) is read
    marked = [n for n in notes if n.startswith(f'"{header}" (D) holds only yes/no marks')]
    assert len(marked) == (0 if read else 1)


def test_a_people_column_of_marks_the_user_mapped_is_read_as_mapped(tmp_path: Path) -> None:
    rows = [["Palantir", "Software Engineer Internship", "8/6/2019", "yes", "8/27/2019"]]
    header = ["Company", "Role", "Applied", "Recruiter", "Phone"]
    path = write_csv(tmp_path / "apps.csv", header, rows)
    mapping, _ = read_roles(path, {"Recruiter": "interviewer"})
    assert mapping["interviewer"] == 3


def test_the_nakura_tracker_recruiter_column_is_left_alone(tmp_path: Path) -> None:
    rows = [
        ["Palantir", "Software Engineer Internship", "8/6/2019", "yes", "yes"]
        + ["8/22/2019 & 8/27/2019", "", "", "Rejection :("],
        ["Microsoft", "Software Engineering & Program Management", "7/19/2019", "", ""]
        + ["", "yes", "yes", "Accepted!"],
        ["Lyft", "Software Engineering Internship", "9/10/2019", "", "", "", "", "", ""],
    ]
    path = write_csv(tmp_path / "nakura.csv", NAKURA, rows)
    result = CliRunner().invoke(main, ["check", str(path)], catch_exceptions=False)
    assert "-> interviewer" not in result.output
    assert '  Left alone: D "Coding Challenge", E "Recruiter"' in result.output.splitlines()
    assert (
        '    - "Recruiter" (E) holds only yes/no marks ("yes"), a stage reached rather than a '
        'person: it is left alone. Map it with --map "Recruiter=interviewer" if it is the '
        "Interviewer."
    ) in result.output.splitlines()


NOTED = (
    "Not applied: nothing to follow up until you apply.\nNo date applied, no stage, nothing "
    'written but the company: read as not applied yet; write the day you apply in "{applied}" '
    "and its check-in follows."
)

# Rows of nakura.csv (run on 2019-10-25) -> (status, the Why's first lines, Problems).
NEEDS_INFO = (
    "Needs info: nothing is due or drafted from this row until it is fixed (see Problems); "
    "as it reads now:\nNo dates: neither an interview date nor an applied date can be read."
)
NO_ROLE = 'row 2, column "Role name": Role name is empty'
NO_STAGE_DATE = (
    'row 2, column "Phone": no interview date: none of the stage columns (Phone, On-Campus, '
    "Onsite) has a date; "
)
NAKURA_ROWS = [
    # A wishlist's company alone, or with its role: not applied, nothing blamed on "Phone".
    (["Netflix", "", "", "", "", "", "", "", ""], "Not applied", NOTED, NO_ROLE),
    (["Github", "Data Intern", "", "", "", "", "", "", ""], "Not applied", NOTED, ""),
    # A row that says more is an application, as before: its stage, a date, a stage marked.
    (
        ["Lyft", "Software Engineering Internship", "9/10/2019", "", "", "", "", "", ""],
        "Overdue",
        "Application check-in: 7 bd after applying on Tue 2019-09-10 -> Thu 2019-09-19",
        "",
    ),
    (
        ["Delta", "", "", "", "", "", "", "", "Applied"],
        "Needs info",
        NEEDS_INFO,
        f"{NO_ROLE}\n{NO_STAGE_DATE}Applied Date is empty too",
    ),
    (
        ["Medium", "Intern", "", "", "", "yes", "", "", ""],
        "Needs info",
        NEEDS_INFO,
        'row 2, column "Phone": "yes" says this interview happened, but when? Write its date '
        "in this cell (the follow-ups count from it)",
    ),
    (
        ["Meetup", "Intern", "TBD", "", "", "", "", "", ""],
        "Needs info",
        NEEDS_INFO,
        f'{NO_STAGE_DATE}Applied Date says "TBD": no date yet',
    ),
]


@pytest.mark.parametrize(("row", "status", "why", "problems"), NAKURA_ROWS)
def test_a_company_noted_in_an_application_log_is_not_applied_yet(
    tmp_path: Path, row: list[str], status: str, why: str, problems: str
) -> None:
    path = write_csv(tmp_path / "nakura.csv", NAKURA, [row])
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2019-10-25", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    with path.open(newline="", encoding="utf-8-sig") as file:
        (written,) = list(csv.DictReader(file))
    assert written["Follow-up status"] == status
    first_lines = "\n".join(written["Why"].splitlines()[: why.count("\n") + 1])
    assert first_lines == why.format(applied="Applied Date")
    assert written["Problems"] == problems


# Other layouts: a Notes and a Location beside the company are still a company noted; a tracker
# of interviews alone (no applied column) keeps asking for the date, as before.
OTHER_LAYOUTS = [
    (
        ["Company", "Position", "Date Applied", "Status", "Location", "Notes"],
        ["Stripe", "Analyst", "", "", "Remote", "referral from Ana?"],
        "Not applied",
    ),
    (["Company", "Position", "Date Applied", "Status"], ["Stripe", "", "", ""], "Not applied"),
    (
        ["Company", "Position", "Date Applied", "Has Applied"],
        ["Stripe", "", "", "no"],
        "Not applied",
    ),
    (
        ["Company", "Position", "Date Applied", "Status"],
        ["Stripe", "", "", "Applied"],
        "Needs info",
    ),
    (
        ["Company", "Position", "Date Applied", "Recruiter"],
        ["Stripe", "", "", "Dana Ortiz"],
        "Needs info",
    ),
    (["Company", "Position", "Interview Date"], ["Stripe", "Analyst", ""], "Needs info"),
]


@pytest.mark.parametrize(("header", "row", "status"), OTHER_LAYOUTS)
def test_what_a_company_noted_may_hold_beside_it(
    tmp_path: Path, header: list[str], row: list[str], status: str
) -> None:
    dated = ["Acme", "Analyst", "2026-11-02"] + [""] * (len(header) - 3)
    path = write_csv(tmp_path / "log.csv", header, [dated, row])
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-12-07", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    with path.open(newline="", encoding="utf-8-sig") as file:
        written = list(csv.DictReader(file))
    assert written[1]["Follow-up status"] == status
