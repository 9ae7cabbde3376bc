"""One person's tracker split over sheets by time or stage ("Jan", "Feb 2026", "2025", "Q1",
"Archive", "Interviews", "Rejected") is one tracker: an application on one sheet hands its
follow-ups on to its interview on another, round 2 on another sheet is the next round, the
Why names the other sheet, a blank Client is the file's (the Summary counts one client, the
drafts are signed by the file's name). Sheets named otherwise are a client's each, never
linked, and a Client cell always wins. Each case is a workbook built here, run, reopened."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from trackers import write_xlsx

from followup_batch.batch import RunOptions, process_file
from followup_batch.config import load_config

AS_OF = dt.date(2026, 2, 20)
D = dt.datetime
HEADER = ["Company", "Position", "Date Applied", "Interview Date", "Round", "Outcome", "Client"]


def row(
    company: str,
    applied: dt.datetime | None = None,
    interview: dt.datetime | None = None,
    round_: int | str | None = None,
    outcome: str | None = None,
    client: str | None = None,
    position: str = "Analyst",
) -> list[object]:
    return [company, position, applied, interview, round_, outcome, client]


# Case -> (sheets and their rows below the header, expected: (sheet, Excel row) -> (Next
# action, Status, a line of the Why cell)).
Expected = dict[tuple[str, int], tuple[str, str, str]]
CASES: dict[str, tuple[dict[str, list[list[object]]], Expected]] = {
    "the January application's interview is on the February sheet": (
        {
            "Jan": [row("Acme", applied=D(2026, 1, 12))],
            "Feb": [row("Globex", applied=D(2026, 2, 2)), row("Acme", interview=D(2026, 2, 10))],
        },
        {
            ("Jan", 2): (
                "—",
                "Waiting",
                "Waiting: the interview on Tue 2026-02-10 (sheet Feb, row 3) follows this "
                "application (applied Mon 2026-01-12); that row has the follow-ups.",
            ),
            ("Feb", 3): (
                "1st check-in",
                "Overdue",
                "1st check-in: 5 bd after Tue 2026-02-10 → Wed 2026-02-18 (skipped "
                "Washington's Birthday Mon 02-16)",
            ),
        },
    ),
    "round 2 on the next year's sheet is the next round, not a new application": (
        {
            "2025": [row("Initech", interview=D(2025, 12, 15), round_=1)],
            "2026": [row("Initech", interview=D(2026, 2, 18), round_=2)],
        },
        {
            ("2025", 2): (
                "—",
                "Waiting",
                "Waiting: the interview on Wed 2026-02-18 (sheet 2026, row 2) is the next round; "
                "that row has the follow-ups.",
            ),
            ("2026", 2): (
                "Thank-you note",
                "Overdue",
                "Thank-you note: the day after the interview on Wed 2026-02-18 → Thu 2026-02-19",
            ),
        },
    ),
    "stage sheets: the rejection on the Closed sheet closes the round on the Active sheet": (
        {
            "Active": [row("Umbrella", interview=D(2026, 1, 20), round_=1)],
            "Closed": [row("Umbrella", interview=D(2026, 2, 3), round_=2, outcome="Rejected")],
        },
        {
            ("Active", 2): (
                "—",
                "Closed",
                "Closed: the interview on Tue 2026-02-03 (sheet Closed, row 2) is the next "
                "round, and the application's outcome there is rejected; nothing more to send "
                "from this row.",
            ),
        },
    ),
    "quarters in other languages: Q1 applications, entrevistas on their own sheet": (
        {
            "Q1 2026": [row("Hooli", applied=D(2026, 1, 5))],
            "Entrevistas": [row("Hooli", interview=D(2026, 2, 19))],
        },
        {
            ("Q1 2026", 2): (
                "—",
                "Waiting",
                "Waiting: the interview on Thu 2026-02-19 (sheet Entrevistas, row 2) follows "
                "this application (applied Mon 2026-01-05); that row has the follow-ups.",
            ),
        },
    ),
    "a Client cell wins: another client's interview takes over nothing": (
        {
            "Jan": [row("Acme", applied=D(2026, 1, 12), client="Maya Chen")],
            "Feb": [row("Acme", interview=D(2026, 2, 10), client="Jonas Weber")],
        },
        {
            ("Jan", 2): (
                "Application check-in",
                "Overdue",
                "Application check-in: 7 bd after applying on Mon 2026-01-12 → Thu 2026-01-22 "
                "(skipped Martin Luther King Jr. Day Mon 01-19)",
            ),
        },
    ),
    # One client as the Summary, the digest and the signature tell them apart
    # (``read.names.client_key``): was three applicants, each round followed up on its own.
    "one client written three ways: one applicant's rounds": (
        {
            "Search": [
                row("Initech", interview=D(2026, 1, 6), round_=1, client="Dana Lee, MBA"),
                row("Initech", interview=D(2026, 1, 20), round_=2, client="Lee, Dana"),
                row("Initech", interview=D(2026, 2, 18), round_=3, client="dana lee"),
            ],
        },
        {
            ("Search", 2): (
                "—",
                "Waiting",
                "Waiting: the interview on Tue 2026-01-20 (row 3) is the next round; that row "
                "has the follow-ups.",
            ),
            ("Search", 3): (
                "—",
                "Waiting",
                "Waiting: the interview on Wed 2026-02-18 (row 4) is the next round; that row "
                "has the follow-ups.",
            ),
            ("Search", 4): (
                "Thank-you note",
                "Overdue",
                "Thank-you note: the day after the interview on Wed 2026-02-18 → Thu 2026-02-19",
            ),
        },
    ),
    "the role applied for again: Round 1 on both sheets is two applications": (
        {
            "Jan": [row("Acme", interview=D(2026, 1, 6), round_=1)],
            "Feb": [row("Acme", interview=D(2026, 2, 17), round_=1)],
        },
        {
            ("Jan", 2): (
                "Final follow-up",
                "Overdue",
                "Final follow-up: the later of 4 weeks after the interview (Tue 2026-02-03) and "
                "5 bd after the 2nd check-in, due Tue 2026-01-27 (Tue 2026-02-03) → Tue "
                "2026-02-03",
            ),
        },
    ),
    "sheets named for clients are never linked, beside a client's split sheets or not": (
        {
            "Maya Chen": [row("Acme", applied=D(2026, 1, 12))],
            "Jan": [row("Globex", applied=D(2026, 1, 12))],
            "Feb": [row("Acme", interview=D(2026, 2, 10))],
        },
        {
            ("Maya Chen", 2): (
                "Application check-in",
                "Overdue",
                "Application check-in: 7 bd after applying on Mon 2026-01-12 → Thu 2026-01-22 "
                "(skipped Martin Luther King Jr. Day Mon 01-19)",
            ),
        },
    ),
}


# Months beside a sheet that names no person, or holds no rows, stay one tracker's months: an
# empty "Sheet1" made for next month, a "Template", a "Notes" log (outside test ot13, F8, F12).
_FIRST = "the January application's interview is on the February sheet"
for _beside, _rows in (
    ("Sheet1", []),
    ("Template", []),
    ("Tabelle1", []),
    ("Copy of Feb", []),
    ("Notes", [row("Initech", applied=D(2026, 2, 2))]),
    ("Jonas Weber", []),  # a person's sheet without rows decides nothing
):
    CASES[f"{_FIRST}, beside {_beside!r}"] = (
        {**CASES[_FIRST][0], _beside: _rows},
        CASES[_FIRST][1],
    )


def build(folder: Path, sheets: dict[str, list[list[object]]], name: str = "search") -> Path:
    return write_xlsx(folder / f"{name}.xlsx", {t: [HEADER, *rows] for t, rows in sheets.items()})


def shown(path: Path) -> dict[tuple[str, int], tuple[str, str, list[str]]]:
    """(sheet, Excel row) -> (Next action, Follow-up status, the Why cell's lines) as saved."""
    book = openpyxl.load_workbook(path, data_only=True)
    found = {}
    for title in book.sheetnames:
        sheet = book[title]
        header = [cell.value for cell in sheet[1]]
        if "Why" not in header:
            continue
        for number, values in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
            cells = dict(zip(header, values, strict=False))
            found[title, number] = (
                cells["Next action"],
                cells["Follow-up status"],
                str(cells["Why"]).split("\n"),
            )
    return found


@pytest.mark.parametrize("case", list(CASES))
def test_rows_of_one_tracker_split_over_sheets_are_linked(tmp_path: Path, case: str) -> None:
    sheets, expected = CASES[case]
    path = build(tmp_path, sheets)
    process_file(path, load_config(None), RunOptions(AS_OF))
    found = shown(path)
    for place, (action, status, why) in expected.items():
        assert found[place][:2] == (action, status), place
        assert why in found[place][2], place


@pytest.mark.parametrize("case", list(CASES))
def test_a_second_run_writes_nothing(tmp_path: Path, case: str) -> None:
    path = build(tmp_path, CASES[case][0])
    process_file(path, load_config(None), RunOptions(AS_OF))
    before = path.read_bytes()
    reports = process_file(path, load_config(None), RunOptions(AS_OF))
    assert [report.unchanged for report in reports] == [True] * len(reports)
    assert path.read_bytes() == before


FINAL_NOTE = (
    "is read as this role applied for again, not as a round after this final one (after a "
    "final round, only Round 2 or higher goes on): if it is the same application, write its "
    "Round as 2 or higher"
)
# Case -> (the later sheet's Round, the final round's Problems on the Jan sheet). Was: no note
# when the later round was on another sheet (the note was written per sheet).
AFTER_FINAL = {
    "Round 1 on the next sheet is the role applied for again, and said": (
        1,
        [f'E2: sheet Feb, row 2\'s interview (Round "1") {FINAL_NOTE}'],
    ),
    "another Final on the next sheet, said": (
        "Final",
        [f'E2: sheet Feb, row 2\'s interview (Round "Final") {FINAL_NOTE}'],
    ),
    "Round 3 on the next sheet is the next round: nothing to say": (3, []),
}


@pytest.mark.parametrize(("later_round", "problems"), AFTER_FINAL.values(), ids=AFTER_FINAL)
def test_a_round_after_a_final_one_on_another_sheet(
    tmp_path: Path, later_round: int | str, problems: list[str]
) -> None:
    sheets = {
        "Jan": [row("Acme", interview=D(2026, 1, 6), round_="Final")],
        "Feb": [row("Acme", interview=D(2026, 2, 17), round_=later_round)],
    }
    path = build(tmp_path, sheets)
    process_file(path, load_config(None), RunOptions(AS_OF))
    sheet = openpyxl.load_workbook(path, data_only=True)["Jan"]
    header = [cell.value for cell in sheet[1]]
    said = sheet.cell(2, header.index("Problems") + 1).value
    assert (said.split("\n") if said else []) == problems


APPLICATIONS = ["Company", "Job Title", "Applied On", "Status"]
INTERVIEWS = ["Firm", "Role", "Interview Date", "Interviewer", "Round"]
ACME_INTERVIEW = ["ACME corp", "Data Analyst", D(2026, 2, 10), "Sam Lee", "1st round"]
WAITS = (
    "Waiting",
    "Waiting: the interview on Tue 2026-02-10 ({place}) follows this application (applied "
    "Mon 2026-02-02); that row has the follow-ups.",
    None,
)
# Case -> (sheets with their header row, the Applications (or only) sheet's row 2 as saved:
# Follow-up status, the Why cell's first line, Problems). Was: Needs info, asking when the
# interview was although the linked interview answers it (OT13 F13).
ASKED_WHEN = {
    "Applications/Interviews, no Interview Date column on Applications": (
        {
            "Applications": [
                APPLICATIONS,
                ["Acme Corporation", "Data Analyst", D(2026, 2, 2), "Interviewing"],
            ],
            "Interviews": [INTERVIEWS, ACME_INTERVIEW],
        },
        WAITS[:1] + (WAITS[1].format(place="sheet Interviews, row 2"),) + WAITS[2:],
    ),
    "Applications/Interviews, an empty Interview Date on Applications": (
        {
            "Applications": [
                [*APPLICATIONS, "Interview Date"],
                ["Acme Corporation", "Data Analyst", D(2026, 2, 2), "Interviewing", None],
            ],
            "Interviews": [INTERVIEWS, ACME_INTERVIEW],
        },
        WAITS[:1] + (WAITS[1].format(place="sheet Interviews, row 2"),) + WAITS[2:],
    ),
    "the interview on the same sheet": (
        {
            "Applications": [
                [*APPLICATIONS, "Interview Date"],
                ["Acme", "Data Analyst", D(2026, 2, 2), "Interviewing", None],
                ["Acme", "Data Analyst", None, "Interviewing", D(2026, 2, 10)],
            ],
        },
        WAITS[:1] + (WAITS[1].format(place="row 3"),) + WAITS[2:],
    ),
    # No interview of the application anywhere: the row still asks when it was.
    "no interview to link": (
        {
            "Applications": [
                APPLICATIONS,
                ["Acme Corporation", "Data Analyst", D(2026, 2, 2), "Interviewing"],
            ],
            "Interviews": [INTERVIEWS, ["Globex", "Data Analyst", D(2026, 2, 10), "Sam", 1]],
        },
        (
            "Needs info",
            "Applied Mon 2026-02-02, and the row says there was an interview: the interview "
            "date is needed for its follow-ups (see Problems).",
            "D2: the stage says there was an interview, but when? Add an Interview Date column "
            "with the day",
        ),
    ),
}


@pytest.mark.parametrize(("sheets", "expected"), ASKED_WHEN.values(), ids=ASKED_WHEN)
def test_an_interviewing_application_waits_for_its_linked_interview(
    tmp_path: Path,
    sheets: dict[str, list[list[object]]],
    expected: tuple[str, str, str | None],
) -> None:
    path = write_xlsx(tmp_path / "Pia Rossi.xlsx", sheets)
    process_file(path, load_config(None), RunOptions(AS_OF))
    sheet = openpyxl.load_workbook(path, data_only=True)["Applications"]
    cells = dict(zip([c.value for c in sheet[1]], [c.value for c in sheet[2]], strict=True))
    status, why, problems = expected
    assert (cells["Follow-up status"], cells["Why"].split("\n")[0], cells["Problems"]) == (
        status,
        why,
        problems,
    )


def test_one_sheet_named_with_sheet_is_linked_as_in_a_run_of_every_sheet(tmp_path: Path) -> None:
    sheets = CASES["the January application's interview is on the February sheet"][0]
    every, one = build(tmp_path, sheets, "every"), build(tmp_path, sheets, "one")
    config = load_config(None)
    process_file(every, config, RunOptions(AS_OF))
    only_jan = dataclasses.replace(config, reading=dataclasses.replace(config.reading, sheet="Jan"))
    process_file(one, only_jan, RunOptions(AS_OF))
    assert shown(one)["Jan", 2] == shown(every)["Jan", 2]
    assert shown(one)["Jan", 2][:2] == ("—", "Waiting")
    assert ("Feb", 2) not in shown(one)  # read to link, not written


def summary_blocks(path: Path) -> set[tuple[object, object]]:
    """The Summary's blocks of counts: (Client, Sheet), None where it has no such column."""
    sheet = openpyxl.load_workbook(path)["Summary"]
    header = [cell.value for cell in sheet[1]]
    rows = [
        dict(zip(header, values, strict=True))
        for values in sheet.iter_rows(min_row=3, values_only=True)
    ]
    return {(cells.get("Client"), cells.get("Sheet")) for cells in rows}


@pytest.mark.parametrize(
    ("sheets", "blocks"),
    [
        # One person's tracker: one client, so the counts of all rows alone.
        ({"Jan": [row("Acme")], "Feb": [row("Globex")]}, {(None, None)}),
        ({"Applications": [row("Acme")], "Archive 2025": [row("Globex")]}, {(None, None)}),
        # A sheet per client: a block each.
        (
            {"Maya Chen": [row("Acme")], "Jonas Weber": [row("Globex")]},
            {("All", None), ("Maya Chen", "Maya Chen"), ("Jonas Weber", "Jonas Weber")},
        ),
        # Both: the file's client is on two sheets of one tracker, one block over both (was: a
        # block a sheet).
        (
            {"Maya Chen": [row("Acme")], "Jan 2026": [row("Acme")], "Archive": [row("Globex")]},
            {("All", None), ("Maya Chen", "Maya Chen"), ("search", "Jan 2026, Archive")},
        ),
        # A month alone is also a first name: beside a client's sheet, "Jan" is a client.
        (
            {"Maya Chen": [row("Acme")], "Jan": [row("Acme")], "May": [row("Globex")]},
            {("All", None), ("Maya Chen", "Maya Chen"), ("Jan", "Jan"), ("May", "May")},
        ),
        # ... while beside other parts of one tracker it is January.
        ({"Jan": [row("Acme")], "Archive": [row("Globex")]}, {(None, None)}),
    ],
)  # fmt: skip
def test_the_summary_counts_one_trackers_sheets_as_one_client(
    tmp_path: Path, sheets: dict[str, list[list[object]]], blocks: set[tuple[object, object]]
) -> None:
    path = build(tmp_path, sheets)
    process_file(path, load_config(None), RunOptions(AS_OF))
    assert summary_blocks(path) == blocks


def test_drafts_are_signed_by_the_files_name_not_a_months(tmp_path: Path) -> None:
    sheets = {
        "Jan": [row("Acme", interview=D(2026, 2, 19))],
        "Feb": [row("Globex", interview=D(2026, 2, 19))],
    }
    path = build(tmp_path, sheets, "Maya Chen")
    process_file(path, load_config(None), RunOptions(AS_OF))
    book = openpyxl.load_workbook(path)
    for title in sheets:
        header = [cell.value for cell in book[title][1]]
        draft = book[title].cell(2, header.index("Draft") + 1).value
        assert draft.rstrip().endswith("Maya Chen"), draft


@pytest.mark.parametrize(
    ("name", "one_trackers"),
    [
        # Months, years, quarters, in the date reader's languages; ranges of them.
        ("Jan", True), ("Feb 2026", True), ("2025", True), ("Q1", True), ("Q1 2026", True),
        ("January–March", True), ("Jan-Mar 2026", True), ("2025-26", True), ("2026-01", True),
        ("März", True), ("Janvier 2026", True), ("Octubre", True), ("H2 2025", True),
        # Stages, as sheets are named.
        ("Archive", True), ("Old", True), ("Applications", True), ("Interviews", True),
        ("Active", True), ("Closed", True), ("Rejected", True), ("Offers", True),
        ("Old applications", True), ("In progress", True), ("Archiv 2025", True),
        ("Bewerbungen", True), ("Entretiens", True), ("En cours", True), ("Afgewezen", True),
        ("Rekrutacje", True), ("Aplikacje", True), ("Ansökningar", True), ("Intervjuer", True),
        ("Zamknięte", True), ("Avslutade", True),
        # Finnish, Czech, Norwegian and Danish stages, with their letters' marks or without.
        ("Hakemukset", True), ("Haastattelut", True), ("Tarjoukset", True), ("Hylätyt", True),
        ("Přihlášky", True), ("Pohovory", True), ("Nabídky", True), ("Zamítnuté", True),
        ("Søknader", True), ("Soknader", True), ("Avslått", True), ("Tilbud", True),
        ("Ansøgninger", True), ("Samtaler", True), ("Jobsamtaler", True), ("Afslag", True),
        ("Igangværende", True), ("Avsluttet 2025", True),
        # A year with the words a job seeker names a year's sheet with (ot49 F3).
        ("Jobs 2026", True), ("2026 Search", True), ("Bewerbungen 2026", True),
        ("Applications 2025-26", True), ("Job hunt 2025", True), ("My job search 2026", True),
        ("Jobsuche 2026", True), ("Jobs 2026 archive", True),
        ("Szukanie pracy 2026", True), ("Jobbsökning 2026", True),
        ("Työnhaku 2026", True), ("Hledání práce 2026", True), ("Jobbsøking 2026", True),
        ("Jobsøgning 2026", True),
        # Without a year those words say nothing.
        ("Job search", False), ("My tracker", False),
        # A client's sheet, or anything else: today's meaning.
        ("Maya Chen", False), ("Jonas Weber", False), ("Jan Kowalski", False),
        ("Mikko Virtanen", False), ("Jana Nováková", False), ("Lars Jensen", False),
        ("Työnhaku", False), ("Jobsøgning", False),
        ("Sheet1", False), ("Tabelle1", False), ("Jobs", False), ("Tracker", False),
        ("Clients 2026", False), ("Maya Chen 2026", False), ("1", False), ("Set", False),
        ("", False),
    ],
)  # fmt: skip
def test_which_sheet_names_are_one_trackers(name: str, one_trackers: bool) -> None:
    from followup_batch.read.sheet_names import one_trackers_sheet

    assert one_trackers_sheet(name) is one_trackers


@pytest.mark.parametrize(
    ("sheets", "note"),
    [
        (
            ["Jan", "Feb", "Mar"],
            'Sheets "Jan", "Feb" and "Mar" are one tracker split by month, year or stage: their '
            'rows are followed up together, and an empty Client there is "search" (the file '
            'name). Name a client\'s sheet after the client ("Jan Novak", not "Jan").',
        ),
        (
            ["Maya Chen", "Archive"],
            'Sheet "Archive" is named for a month, year or stage: an empty Client there is '
            '"search" (the file name). Name a client\'s sheet after the client ("Jan Novak", '
            'not "Jan").',
        ),
        (["Maya Chen", "Jonas Weber"], None),
        (["Maya Chen", "Jan"], None),
        (
            ["Maya Chen", "Jan", "Archive"],
            'Sheet "Archive" is named for a month, year or stage: an empty Client there is '
            '"search" (the file name). Name a client\'s sheet after the client ("Jan Novak", '
            'not "Jan").',
        ),
    ],
)
def test_the_run_says_which_sheets_are_one_tracker(
    tmp_path: Path, sheets: list[str], note: str | None
) -> None:
    path = build(tmp_path, {title: [row("Acme")] for title in sheets})
    reports = process_file(path, load_config(None), RunOptions(AS_OF, dry_run=True))
    said = [n for report in reports for n in report.notes if "Name a client's sheet" in n]
    assert said == ([] if note is None else [note])


MAYA_2025 = [row("Acme", interview=D(2025, 12, 1))]
# Sheets (each with a row, undated, unless given) -> the note. The example's year is the one
# the month sheet's dates are in, else one another sheet's name says, else none (was "Jan
# 2026" whatever the workbook's year).
MONTHS_AS_CLIENTS: list[tuple[dict[str, list[list[object]]], str | None]] = [
    (
        {"Maya Chen": [], "Jan": [], "May": []},
        'Sheets "Jan" and "May" are read as a client\'s, as "Maya Chen" beside them is named for '
        "a person; if they are months of one tracker, add the year to their names.",
    ),
    (
        {"Jan": [], "Jonas Weber": []},
        'Sheet "Jan" is read as a client\'s, as "Jonas Weber" beside it is named for a person; '
        "if it is a month of one tracker, add the year to its name.",
    ),
    (
        {
            "Maya Chen": MAYA_2025,
            "Jan": [row("Acme", applied=D(2024, 12, 20), interview=D(2025, 1, 8))],
            "Feb": [row("Globex", interview=D(2025, 2, 3))],
        },
        'Sheets "Jan" and "Feb" are read as a client\'s, as "Maya Chen" beside them is named '
        'for a person; if they are months of one tracker, add the year ("Jan 2025").',
    ),
    (
        {"Maya Chen": MAYA_2025, "Jan": [], "Archive 2024": []},
        'Sheet "Jan" is read as a client\'s, as "Maya Chen" beside it is named for a person; if '
        'it is a month of one tracker, add the year ("Jan 2024").',
    ),
    ({"Jan": [], "Feb": [], "Notes": []}, None),
    ({"Maya Chen": [], "Jan 2026": []}, None),
]


@pytest.mark.parametrize(("sheets", "note"), MONTHS_AS_CLIENTS)
def test_the_run_says_when_months_are_read_as_clients(
    tmp_path: Path, sheets: dict[str, list[list[object]]], note: str | None
) -> None:
    path = build(tmp_path, {title: rows or [row("Acme")] for title, rows in sheets.items()})
    reports = process_file(path, load_config(None), RunOptions(AS_OF, dry_run=True))
    said = [n for report in reports for n in report.notes if "named for a person" in n]
    assert said == ([] if note is None else [note])


def test_check_links_the_sheets_as_a_run_does(tmp_path: Path) -> None:
    """``check`` reads the split tracker as one too: the linked application needs no info."""
    from followup_batch.check import check_file
    from followup_batch.read import ReadOptions

    sheets = ASKED_WHEN["Applications/Interviews, no Interview Date column on Applications"][0]
    path = write_xlsx(tmp_path / "Pia Rossi.xlsx", sheets)

    checks = check_file(path, ReadOptions(), as_of=AS_OF)

    assert [(c.sheet, c.needs_info, c.problems) for c in checks] == [
        ("Applications", 0, []),
        ("Interviews", 0, []),
    ]


NO_CLIENT = ["Company", "Position", "Interview Date"]  # the testers' trackers: no Client column
MONTHS = {
    "Jan": [NO_CLIENT, ["Acme", "Analyst", D(2026, 2, 18)]],
    "Feb": [NO_CLIENT, ["Globex", "Analyst", D(2026, 2, 19)]],
}
# Case -> (the workbook's sheets, the Summary's blocks: (Client, Sheet), the run's notes that
# name a sheet without rows). A sheet without rows (only the headers) is no client: it takes
# the file's (was: "Sheet1", "Notes" and an empty "Maya Chen" each a block of zeros, with a
# Client and Sheet column, and the note that their drafts go unsigned).
WITHOUT_ROWS: dict[str, tuple[dict[str, list[list[object]]], set[tuple[object, object]]]] = {
    "an empty Sheet1 beside the months": (
        {**MONTHS, "Sheet1": [NO_CLIENT]},
        {(None, None)},
    ),
    "an empty Notes sheet beside the months": ({**MONTHS, "Notes": [NO_CLIENT]}, {(None, None)}),
    "an empty Template beside the months": ({**MONTHS, "Template": [NO_CLIENT]}, {(None, None)}),
    "a person's new, empty sheet beside the months": (
        {**MONTHS, "Maya Chen": [NO_CLIENT]},
        {(None, None)},
    ),
    "a workbook of empty sheets": (
        {"Sheet1": [NO_CLIENT], "Template": [NO_CLIENT]},
        {(None, None)},
    ),
    # A sheet with rows named for a person is a client, and makes the months beside it clients.
    "a person's sheet with rows beside the months": (
        {**MONTHS, "Maya Chen": [NO_CLIENT, ["Initech", "Analyst", D(2026, 2, 19)]]},
        {("All", None), ("Jan", "Jan"), ("Feb", "Feb"), ("Maya Chen", "Maya Chen")},
    ),
}


@pytest.mark.parametrize(("sheets", "blocks"), WITHOUT_ROWS.values(), ids=WITHOUT_ROWS)
def test_a_sheet_without_rows_adds_no_client(
    tmp_path: Path, sheets: dict[str, list[list[object]]], blocks: set[tuple[object, object]]
) -> None:
    path = write_xlsx(tmp_path / "search.xlsx", sheets)
    reports = process_file(path, load_config(None), RunOptions(AS_OF))
    assert summary_blocks(path) == blocks
    empty = [title for title, rows in sheets.items() if len(rows) == 1]
    said = [n for r in reports for n in r.notes if any(f'"{t}"' in n for t in empty)]
    template = 'Sheet "Template" is a template (the tracker\'s headers, no rows); it is left alone.'
    assert said == ([template] if "Template" in empty and len(empty) == 1 else [])


COACH = ["Company", "Position", "Interview Date", "Client"]
# Case -> (sheets, the Summary's blocks (Client, Sheet), the name each draft is signed with
# and the Drafts sheet's Client column says, by (sheet, Excel row)). A client spelled in
# another case, with spaces around, accents or punctuation is one client, shown as most of
# their rows spell it (the first of equals); letters tell two apart. Was: a block, a signature
# and a calendar name per spelling, and on a coach's month sheets a block per sheet.
SPELLINGS: dict[
    str,
    tuple[dict[str, list[list[object]]], set[tuple[object, object]], dict[tuple[str, int], str]],
] = {
    "a coach's months, one client spelled three ways": (
        {
            "Jan": [
                COACH,
                ["Acme", "Analyst", D(2026, 2, 18), "Maya Chen"],
                ["Hooli", "Analyst", D(2026, 2, 18), "Jonas Weber"],
            ],
            "Feb": [
                COACH,
                ["Globex", "Analyst", D(2026, 2, 19), "maya chen "],
                ["Umbrella", "Analyst", D(2026, 2, 19), "Jonas Weber"],
            ],
            "Mar": [COACH, ["Initech", "Analyst", D(2026, 2, 19), "MAYA CHEN"]],
        },
        {("All", None), ("Maya Chen", None), ("Jonas Weber", None)},
        {
            ("Jan", 2): "Maya Chen",
            ("Jan", 3): "Jonas Weber",
            ("Feb", 2): "Maya Chen",
            ("Feb", 3): "Jonas Weber",
            ("Mar", 2): "Maya Chen",
        },
    ),
    # Outside test ot16 (F11): "maya chen" had most rows and signed every draft in lower case.
    "the spelling most rows have among those written with capitals": (
        {
            "Oct": [
                COACH,
                ["Acme", "Analyst", D(2026, 2, 18), "Maya Chen"],
                ["Bolt", "Analyst", D(2026, 2, 18), " maya chen"],
                ["Cogs", "Analyst", D(2026, 2, 18), "MAYA CHEN "],
                ["Hooli", "Analyst", D(2026, 2, 18), "Jonas Weber"],
            ],
            "Nov": [COACH, ["Dyn", "Analyst", D(2026, 2, 19), "maya chen"]],
        },
        {("All", None), ("Maya Chen", None), ("Jonas Weber", None)},
        {
            ("Oct", 2): "Maya Chen",
            ("Oct", 3): "Maya Chen",
            ("Oct", 4): "Maya Chen",
            ("Oct", 5): "Jonas Weber",
            ("Nov", 2): "Maya Chen",
        },
    ),
    "one sheet: the spelling most rows have": (
        {
            "Clients": [
                COACH,
                ["Acme", "Analyst", D(2026, 2, 18), "MAYA CHEN"],
                ["Globex", "Analyst", D(2026, 2, 19), "Maya Chen"],
                ["Initech", "Analyst", D(2026, 2, 19), " Maya Chen"],
                ["Hooli", "Analyst", D(2026, 2, 19), "Jonas Weber"],
            ],
        },
        {("All", None), ("Maya Chen", None), ("Jonas Weber", None)},
        {
            ("Clients", 2): "Maya Chen",
            ("Clients", 3): "Maya Chen",
            ("Clients", 4): "Maya Chen",
            ("Clients", 5): "Jonas Weber",
        },
    ),
    # Outside test ot19 (F6): "Chen, Maya" was a client of her own, signing "Chen, Maya".
    "surname first, as a list of people sorts them": (
        {
            "Oct": [
                COACH,
                ["Acme", "Analyst", D(2026, 2, 18), "Chen, Maya"],
                ["Bolt", "Analyst", D(2026, 2, 18), "Maya Chen"],
                ["Hooli", "Analyst", D(2026, 2, 18), "García López, María José"],
            ],
            "Nov": [COACH, ["Dyn", "Analyst", D(2026, 2, 19), "chen, maya"]],
        },
        {("All", None), ("Maya Chen", None), ("María José García López", None)},
        {
            ("Oct", 2): "Maya Chen",
            ("Oct", 3): "Maya Chen",
            ("Oct", 4): "María José García López",
            ("Nov", 2): "Maya Chen",
        },
    ),
    "a degree after a comma is no first name": (
        {
            "Oct": [
                COACH,
                ["Acme", "Analyst", D(2026, 2, 18), "Maya Chen, PhD"],
                ["Bolt", "Analyst", D(2026, 2, 18), "Jonas Weber"],
            ]
        },
        {("All", None), ("Maya Chen, PhD", None), ("Jonas Weber", None)},
        {("Oct", 2): "Maya Chen, PhD", ("Oct", 3): "Jonas Weber"},
    ),  # fmt: skip
    # Two capitals after a surname alone are initials, not a degree: "Lee, MA" and "Lee, JD"
    # are M. A. Lee and J. D. Lee, two clients, the surname kept.
    "initials after a surname: two clients": (
        {
            "Oct": [
                COACH,
                ["Acme", "Analyst", D(2026, 2, 18), "Lee, MA"],
                ["Bolt", "Analyst", D(2026, 2, 18), "Lee, JD"],
            ],
            "Nov": [COACH, ["Dyn", "Analyst", D(2026, 2, 19), "Lee, MA"]],
        },
        {("All", None), ("MA Lee", None), ("JD Lee", None)},
        {("Oct", 2): "MA Lee", ("Oct", 3): "JD Lee", ("Nov", 2): "MA Lee"},
    ),
    # Outside test ot20 (F3): "Maya Chen, PhD" and "Maya Chen" were two clients, so the
    # interview copied between them was followed up twice, with two Summary blocks.
    "a degree or suffix after a comma: one client, a copy followed up once": (
        {
            "Oct": [
                COACH,
                ["Acme", "Analyst", D(2026, 2, 18), "Maya Chen, PhD"],
                ["Bolt", "Analyst", D(2026, 2, 18), "Maya Chen"],
                ["Hooli", "Analyst", D(2026, 2, 18), "Jonas Weber, MBA"],
            ],
            "Nov": [
                COACH,
                ["Acme", "Analyst", D(2026, 2, 18), "Maya Chen"],
                ["Dyn", "Analyst", D(2026, 2, 19), "Weber, Jonas, Jr."],
            ],
        },
        {("All", None), ("Maya Chen", None), ("Jonas Weber, MBA", None)},
        {
            ("Oct", 3): "Maya Chen",
            ("Oct", 4): "Jonas Weber, MBA",
            ("Nov", 2): "Maya Chen",
            ("Nov", 3): "Jonas Weber, MBA",
        },
    ),
    # Outside test ot19 (F8): rows copied between these spellings were linked as one
    # interview, while the Summary, the digest and the drafts had two clients. Accents,
    # apostrophes and punctuation do not tell clients apart, as they do not tell copies apart.
    "accents and typographic apostrophes: one client": (
        {
            "Jan": [
                COACH,
                ["Acme", "Analyst", D(2026, 2, 18), "José Ruiz"],
                ["Hooli", "Analyst", D(2026, 2, 18), "Bob O'Neil"],
            ],
            "Feb": [
                COACH,
                ["Globex", "Analyst", D(2026, 2, 19), "Jose Ruiz"],
                ["Initech", "Analyst", D(2026, 2, 19), "Bob O’Neil"],
                ["Umbrella", "Analyst", D(2026, 2, 19), "BOB O'NEIL"],
            ],
        },
        {("All", None), ("José Ruiz", None), ("Bob O'Neil", None)},
        {
            ("Jan", 2): "José Ruiz",
            ("Jan", 3): "Bob O'Neil",
            ("Feb", 2): "José Ruiz",
            ("Feb", 3): "Bob O'Neil",
            ("Feb", 4): "Bob O'Neil",
        },
    ),
    # Letters with a stroke or a dotless i are no more than accents: "Søren Lund" typed on a
    # keyboard without ø is the same client (were two in the Summary and the digest).
    "letters NFKD leaves whole (ø, ł, ı): one client": (
        {
            "Jan": [
                COACH,
                ["Acme", "Analyst", D(2026, 2, 18), "Søren Lund"],
                ["Hooli", "Analyst", D(2026, 2, 18), "Łukasz Yılmaz"],
            ],
            "Feb": [
                COACH,
                ["Globex", "Analyst", D(2026, 2, 19), "Soren Lund"],
                ["Initech", "Analyst", D(2026, 2, 19), "Lukasz Yilmaz"],
            ],
        },
        {("All", None), ("Søren Lund", None), ("Łukasz Yılmaz", None)},
        {
            ("Jan", 2): "Søren Lund",
            ("Jan", 3): "Łukasz Yılmaz",
            ("Feb", 2): "Søren Lund",
            ("Feb", 3): "Łukasz Yılmaz",
        },
    ),
    "letters and digits tell clients apart": (
        {
            "Jan": [COACH, ["Acme", "Analyst", D(2026, 2, 18), "Ann Lee"]],
            "Feb": [COACH, ["Globex", "Analyst", D(2026, 2, 19), "Ann Leigh"]],
        },
        {("All", None), ("Ann Lee", None), ("Ann Leigh", None)},
        {("Jan", 2): "Ann Lee", ("Feb", 2): "Ann Leigh"},
    ),
}


@pytest.mark.parametrize(("sheets", "blocks", "signed"), SPELLINGS.values(), ids=SPELLINGS)
def test_a_client_spelled_several_ways_is_one_client(
    tmp_path: Path,
    sheets: dict[str, list[list[object]]],
    blocks: set[tuple[object, object]],
    signed: dict[tuple[str, int], str],
) -> None:
    path = write_xlsx(tmp_path / "coach.xlsx", sheets)
    reports = process_file(path, load_config(None), RunOptions(AS_OF, collect=True))
    assert summary_blocks(path) == blocks
    book = openpyxl.load_workbook(path, data_only=True)
    for (title, number), name in signed.items():
        header = [cell.value for cell in book[title][1]]
        cells = dict(zip(header, [cell.value for cell in book[title][number]], strict=True))
        assert cells["Draft"].split("\n")[-1] == name, (title, number)
        assert cells["Client"] == sheets[title][number - 1][3]  # as the user wrote it
    drafts = openpyxl.load_workbook(path)["Drafts"]
    header = [cell.value for cell in drafts[1]]
    column = [row[header.index("Client")] for row in drafts.iter_rows(min_row=2, values_only=True)]
    assert sorted(column) == sorted(signed.values())
    # The digest and the calendar: one name a client.
    items = pd.concat([report.items for report in reports if report.items is not None])
    assert set(items["client"]) == set(signed.values())


@pytest.mark.parametrize(
    ("sheets", "named", "expected"),
    [
        # The application waits for its interview on the other sheet: no info needed.
        (ASKED_WHEN["Applications/Interviews, no Interview Date column on Applications"][0],
         "Applications", (0, [])),
        (ASKED_WHEN["Applications/Interviews, no Interview Date column on Applications"][0],
         "interviews", (0, [])),
        # Round 1 on the next sheet after a final round: said on the final round's sheet.
        ({"Jan": [HEADER, row("Acme", interview=D(2026, 1, 6), round_="Final")],
          "Feb": [HEADER, row("Acme", interview=D(2026, 2, 17), round_=1)]},
         "jan", (0, [f'E2: sheet Feb, row 2\'s interview (Round "1") {FINAL_NOTE}'])),
    ],
)  # fmt: skip
def test_check_of_one_sheet_links_the_others_as_run_does(
    tmp_path: Path,
    sheets: dict[str, list[list[object]]],
    named: str,
    expected: tuple[int, list[str]],
) -> None:
    """``check --sheet`` read the named sheet alone, so an application whose interview is on
    another sheet needed info there, while ``run --sheet`` linked it (outside testers,
    fixmisc item 6): it reports what a check of every sheet reports for that sheet."""
    from followup_batch.check import check_file
    from followup_batch.read import ReadOptions

    path = write_xlsx(tmp_path / "Pia Rossi.xlsx", sheets)
    [one] = check_file(path, ReadOptions(sheet=named), as_of=AS_OF)
    [same] = [c for c in check_file(path, ReadOptions(), as_of=AS_OF) if c.sheet == one.sheet]
    assert (one.needs_info, [p.message for p in one.problems]) == expected
    assert (one.needs_info, one.problems, one.rows, one.kinds) == (
        same.needs_info,
        same.problems,
        same.rows,
        same.kinds,
    )


# --- one interview copied onto two sheets (people copy rows forward to the new month) -------

COPY_AS_OF = dt.date(2026, 2, 2)
COPY_HEADER = [
    "Company",
    "Position",
    "Interview Date",
    "Round",
    "Interviewer",
    "Interviewer Email",
    "Thank-you Sent",
    "Topic",
    "Date Applied",
    "Application Check-in Sent",
    "Outcome",
]


COPIED_DAY = D(2026, 1, 29)


def interview(
    day: dt.datetime = COPIED_DAY,
    round_: int | None = 1,
    who: str = "Sam Lee",
    email: str | None = None,
    thanked: dt.datetime | None = None,
    topic: str | None = None,
    applied: dt.datetime | None = None,
    outcome: str | None = None,
) -> list[object]:
    return ["Acme", "Analyst", day, round_, who, email, thanked, topic, applied, None, outcome]


APPLIED_DAY = D(2026, 1, 20)


def application(
    applied: dt.datetime = APPLIED_DAY,
    position: str = "Analyst",
    checked_in: dt.datetime | None = None,
    topic: str | None = None,
    outcome: str | None = None,
) -> list[object]:
    """A row with no interview yet."""
    return ["Acme", position, None, None, None, None, None, topic, applied, checked_in, outcome]


def duplicate(
    sheet: str, row: int, same: str = "interview (on Thu 2026-01-29)"
) -> tuple[str, str, str]:
    return (
        f"See sheet {sheet}, row {row}",
        "Duplicate",
        f"Duplicate: the same {same} as sheet {sheet}, row {row}, which has its follow-ups; "
        "nothing is sent from this row. A sent date or an outcome typed on either row counts "
        "for both.",
    )


def duplicate_application(sheet: str, row: int) -> tuple[str, str, str]:
    return duplicate(sheet, row, "application (applied Tue 2026-01-20)")


THANK_YOU = (
    "Thank-you note",
    "Overdue",
    "Thank-you note: the day after the interview on Thu 2026-01-29 → Fri 2026-01-30",
)
CHECK_IN = ("1st check-in", "Scheduled", "1st check-in: 5 bd after Thu 2026-01-29 → Thu 2026-02-05")
APPLICATION_CHECK_IN = (
    "Application check-in",
    "Overdue",
    "Application check-in: 7 bd after applying on Tue 2026-01-20 → Thu 2026-01-29",
)
CHECKED_IN = (
    "—",
    "Waiting",
    "Application check-in: 7 bd after applying on Tue 2026-01-20 → Thu 2026-01-29; sent Thu "
    "2026-01-29",
)
TORN = (
    "no interviewer named here, and the copies on sheet Jan, row 2 (Sam Lee) and sheet Mar, "
    "row 2 (Kim Park) name no one in common, so this row could be a copy of either: it is "
    "followed up on its own; write who interviewed you here to make it one of them"
)
AL_ROE = (
    "Al Roe is on the copy on sheet Jan, row 2, not here; nothing is drafted to them: add them "
    "here if they were at this interview, or correct the other copy"
)
# Case -> (sheets and their rows, expected: (sheet, Excel row) -> (Next action, Status, a line
# of the Why cell) of every row). Was: each copy its own thank-you note, draft and calendar event.
COPIES: dict[str, tuple[dict[str, list[list[object]]], Expected]] = {
    "copied forward to February: the later sheet's copy has the follow-ups": (
        {"Jan": [interview()], "Feb": [interview()]},
        {("Jan", 2): duplicate("Feb", 2), ("Feb", 2): THANK_YOU},
    ),
    "the thank-you sent typed on January's copy counts for February's": (
        {"Jan": [interview(thanked=D(2026, 1, 30))], "Feb": [interview()]},
        {("Jan", 2): duplicate("Feb", 2), ("Feb", 2): CHECK_IN},
    ),
    "... and typed on February's copy, the same": (
        {"Jan": [interview()], "Feb": [interview(thanked=D(2026, 1, 30))]},
        {("Jan", 2): duplicate("Feb", 2), ("Feb", 2): CHECK_IN},
    ),
    "the copy with more filled in has them, on the earlier sheet too": (
        {
            "Jan": [interview(email="sam@acme.example", topic="data pipelines")],
            "Feb": [interview(thanked=D(2026, 1, 30))],
        },
        {("Jan", 2): CHECK_IN, ("Feb", 2): duplicate("Jan", 2)},
    ),
    "two interviews copied, the first with more filled in on January: each its own carrier": (
        {
            "Jan": [interview(topic="data pipelines"), interview(day=D(2026, 1, 30))],
            "Feb": [interview(), interview(day=D(2026, 1, 30))],
        },
        {
            ("Jan", 2): THANK_YOU,
            ("Jan", 3): duplicate("Feb", 3, "interview (on Fri 2026-01-30)"),
            ("Feb", 2): duplicate("Jan", 2),
            ("Feb", 3): (
                "Thank-you note",
                "Overdue",
                "Thank-you note: the day after the interview on Fri 2026-01-30 → Sat 2026-01-31",
            ),
        },
    ),
    "the interviewer written on one copy only: still one interview": (
        {"Jan": [interview(who="")], "Feb": [interview()]},
        {("Jan", 2): duplicate("Feb", 2), ("Feb", 2): THANK_YOU},
    ),
    "a copy naming nobody between copies of one interview: all one": (
        {"Jan": [interview()], "Feb": [interview(who="")], "Mar": [interview(who="Lee, Sam")]},
        {("Jan", 2): duplicate("Mar", 2), ("Feb", 2): duplicate("Mar", 2), ("Mar", 2): THANK_YOU},
    ),
    # Was one interview: the copy naming nobody linked Sam Lee's and Kim Park's, and Sam Lee
    # got nothing. It could be either's: it links neither, and says so.
    "a copy naming nobody between copies naming no one in common links neither": (
        {"Jan": [interview()], "Feb": [interview(who="")], "Mar": [interview(who="Kim Park")]},
        {
            ("Jan", 2): THANK_YOU,
            ("Feb", 2): (*THANK_YOU[:2], f"Interviewer: {TORN}."),
            ("Mar", 2): THANK_YOU,
        },
    ),
    "copied on to three months: the last one has them": (
        {
            "Jan": [interview()],
            "Feb": [interview(), interview(day=D(2026, 1, 30), round_=2)],
            "Mar": [interview()],
        },
        {
            ("Jan", 2): duplicate("Mar", 2),
            ("Feb", 2): duplicate("Mar", 2),
            ("Mar", 2): (
                "—",
                "Waiting",
                "Waiting: the interview on Fri 2026-01-30 (sheet Feb, row 3) is the next round; "
                "that row has the follow-ups.",
            ),
            ("Feb", 3): (
                "Thank-you note",
                "Overdue",
                "Thank-you note: the day after the interview on Fri 2026-01-30 → Sat 2026-01-31",
            ),
        },
    ),
    # Outside test ot19 (F2, F3): a copy edited after the first night, or filled in further,
    # was followed up as a second interview: two check-ins to one person on one day, and the
    # thank-you typed on the other copy lost. The same company, position, day and round, one
    # copy naming everyone the other names (however written), is one interview.
    "an interviewer taken off the followed copy: still one interview": (
        {
            "Jan": [interview(who="Williams III, James; J. Park", thanked=D(2026, 1, 30))],
            "Feb": [interview(who="Williams III, James")],
        },
        {("Jan", 2): duplicate("Feb", 2), ("Feb", 2): CHECK_IN},
    ),
    "an interviewer added on the copy": (
        {"Jan": [interview(thanked=D(2026, 1, 30))], "Feb": [interview(who="Sam Lee; Kim Park")]},
        {("Jan", 2): duplicate("Feb", 2), ("Feb", 2): CHECK_IN},
    ),
    "the interviewer written surname first and with a title on the copy": (
        {
            "Jan": [interview(who="Sam Lee", thanked=D(2026, 1, 30))],
            "Feb": [interview(who="Lee, Sam (Hiring Manager)")],
        },
        {("Jan", 2): duplicate("Feb", 2), ("Feb", 2): CHECK_IN},
    ),
    "a Round left blank on one copy is round 1": (
        {"Jan": [interview(round_=None, thanked=D(2026, 1, 30))], "Feb": [interview(round_=1)]},
        {("Jan", 2): duplicate("Feb", 2), ("Feb", 2): CHECK_IN},
    ),
    "... on either sheet": (
        {"Jan": [interview(round_=1)], "Feb": [interview(round_=None, thanked=D(2026, 1, 30))]},
        {("Jan", 2): CHECK_IN, ("Feb", 2): duplicate("Jan", 2)},
    ),
    "a time of day added on the copy": (
        {"Jan": [interview(thanked=D(2026, 1, 30))], "Feb": [interview(day=D(2026, 1, 29, 14))]},
        {("Jan", 2): duplicate("Feb", 2), ("Feb", 2): CHECK_IN},
    ),
    # Outside test ot20 (F2): an interviewer replaced on the copy left two interviews, two
    # check-ins to the person named on both. Someone in common is enough: a panel is not
    # split over month sheets.
    "an interviewer replaced on the copy: still one interview": (
        {
            "Jan": [interview(who="Sam Lee; Kim Park", thanked=D(2026, 1, 30))],
            "Feb": [interview(who="Sam Lee; Bo Li")],
        },
        {("Jan", 2): duplicate("Feb", 2), ("Feb", 2): CHECK_IN},
    ),
    # Was: Al Roe, named on January's copy only, got nothing and nobody said so.
    "an interviewer replaced on the copy: the followed copy names the one it drops": (
        {
            "Jan": [interview(who="Pat Fox; Al Roe", thanked=D(2026, 1, 30))],
            "Feb": [interview(who="Pat Fox; Cy Dee")],
        },
        {("Jan", 2): duplicate("Feb", 2), ("Feb", 2): (*CHECK_IN[:2], f"Interviewer: {AL_ROE}.")},
    ),
    "... and replaced again on the next month's: Jan and Mar linked through Feb": (
        {
            "Jan": [interview(who="Sam Lee; Kim Park", thanked=D(2026, 1, 30))],
            "Feb": [interview(who="Lee, Sam; Bo Li")],
            "Mar": [interview(who="Bo Li")],
        },
        {("Jan", 2): duplicate("Mar", 2), ("Feb", 2): duplicate("Mar", 2), ("Mar", 2): CHECK_IN},
    ),
    # Was two interviews: two thank-you notes to Sam Lee for one interview. On a copy, a blank
    # Round is more likely not typed than round 1: the Round filled in on the copy naming
    # someone in common is the interview's.
    "a Round left blank on one copy, Round 2 on the other: one interview": (
        {"Jan": [interview(round_=None)], "Feb": [interview(round_=2)]},
        {("Jan", 2): duplicate("Feb", 2), ("Feb", 2): THANK_YOU},
    ),
    "... the blank one followed, a Final on the other: the Round 1 after it is applied again": (
        {
            "Jan": [interview(round_=None, email="sam@acme.example", topic="data pipelines")],
            "Feb": [interview(round_="Final"), interview(day=D(2026, 3, 2), round_=1)],
        },
        {
            ("Jan", 2): THANK_YOU,
            ("Feb", 2): duplicate("Jan", 2),
            ("Feb", 3): (
                "Thank-you note",
                "Scheduled",
                "Thank-you note: the day after the interview on Mon 2026-03-02 → Tue 2026-03-03",
            ),
        },
    ),
    # Not copies: another round, another day, no interviewer in common, a panel over rows.
    "a blank Round beside Round 2, no interviewer in common: two interviews": (
        {"Jan": [interview(round_=None, who="Kim Park")], "Feb": [interview(round_=2)]},
        {("Jan", 2): THANK_YOU, ("Feb", 2): THANK_YOU},
    ),
    "... nor anyone named on the blank one": (
        {"Jan": [interview(round_=None, who="")], "Feb": [interview(round_=2)]},
        {("Jan", 2): THANK_YOU, ("Feb", 2): THANK_YOU},
    ),
    "no interviewer in common, two named on each: a panel, one note each": (
        {"Jan": [interview(who="Sam Lee; Kim Park")], "Feb": [interview(who="Bo Li; Ann Lee")]},
        {("Jan", 2): THANK_YOU, ("Feb", 2): THANK_YOU},
    ),
    "another round on the same day is another interview": (
        {"Jan": [interview(round_=1)], "Feb": [interview(round_=2)]},
        {("Jan", 2): THANK_YOU, ("Feb", 2): THANK_YOU},
    ),
    "another day is another interview (the next round)": (
        {"Jan": [interview(day=D(2026, 1, 27), round_=None)], "Feb": [interview(round_=None)]},
        {
            ("Jan", 2): (
                "—",
                "Waiting",
                "Waiting: the interview on Thu 2026-01-29 (sheet Feb, row 2) is the next round; "
                "that row has the follow-ups.",
            ),
            ("Feb", 2): THANK_YOU,
        },
    ),
    "other interviewers on the same day are a panel, one note each": (
        {"Jan": [interview(who="Sam Lee")], "Feb": [interview(who="Kim Park")]},
        {("Jan", 2): THANK_YOU, ("Feb", 2): THANK_YOU},
    ),
    "a panel written over two rows of a sheet, copied: left as rows of a panel": (
        {
            "Jan": [interview(who="Sam Lee"), interview(who="Kim Park")],
            "Feb": [interview(who="Sam Lee"), interview(who="Kim Park")],
        },
        {(s, r): THANK_YOU for s in ("Jan", "Feb") for r in (2, 3)},
    ),
    # An application with no interview yet, copied forward: the same rule by its applied day.
    "an application copied forward to February: the later sheet's copy has its check-in": (
        {"Jan": [application()], "Feb": [application()]},
        {("Jan", 2): duplicate_application("Feb", 2), ("Feb", 2): APPLICATION_CHECK_IN},
    ),
    "the check-in sent typed on January's application counts for February's": (
        {"Jan": [application(checked_in=D(2026, 1, 29))], "Feb": [application()]},
        {("Jan", 2): duplicate_application("Feb", 2), ("Feb", 2): CHECKED_IN},
    ),
    "... and typed on February's, the same": (
        {"Jan": [application()], "Feb": [application(checked_in=D(2026, 1, 29))]},
        {("Jan", 2): duplicate_application("Feb", 2), ("Feb", 2): CHECKED_IN},
    ),
    "the application copy with more filled in has its check-in, on the earlier sheet too": (
        {"Jan": [application(topic="data pipelines")], "Feb": [application()]},
        {("Jan", 2): APPLICATION_CHECK_IN, ("Feb", 2): duplicate_application("Jan", 2)},
    ),
    # Not copies: another applied day, another position, an interview beside an application.
    "another applied day is another application": (
        {"Jan": [application()], "Feb": [application(applied=D(2026, 1, 22))]},
        {
            ("Jan", 2): APPLICATION_CHECK_IN,
            ("Feb", 2): (
                "Application check-in",
                "Due soon",
                "Application check-in: 7 bd after applying on Thu 2026-01-22 → Mon 2026-02-02 "
                "→ Tue 2026-02-03 (preferred send day)",
            ),
        },
    ),
    "another position is another application": (
        {"Jan": [application()], "Feb": [application(position="Engineer")]},
        {("Jan", 2): APPLICATION_CHECK_IN, ("Feb", 2): APPLICATION_CHECK_IN},
    ),
    "the application copied forward with its interview: the interview takes over": (
        {"Jan": [application()], "Feb": [interview(applied=APPLIED_DAY)]},
        {
            ("Jan", 2): (
                "—",
                "Waiting",
                "Waiting: the interview on Thu 2026-01-29 (sheet Feb, row 2) follows this "
                "application (applied Tue 2026-01-20); that row has the follow-ups.",
            ),
            ("Feb", 2): THANK_YOU,
        },
    ),
}


def drafted(path: Path) -> set[tuple[str, int]]:
    """(sheet, Excel row) of every row whose Draft cell holds a message, as saved."""
    book = openpyxl.load_workbook(path, data_only=True)
    found = set()
    for title in book.sheetnames:
        header = [cell.value for cell in book[title][1]]
        if "Why" not in header:  # not a tracker sheet (the Drafts sheet)
            continue
        for number, values in enumerate(book[title].iter_rows(min_row=2, values_only=True), 2):
            if values[header.index("Draft")]:
                found.add((title, number))
    return found


def problems_said(path: Path) -> dict[tuple[str, int], str]:
    """(sheet, Excel row) -> the Problems cell, of every row that has one, as saved."""
    book = openpyxl.load_workbook(path, data_only=True)
    said = {}
    for title in book.sheetnames:
        header = [cell.value for cell in book[title][1]]
        if "Why" not in header:  # not a tracker sheet
            continue
        for number, values in enumerate(book[title].iter_rows(min_row=2, values_only=True), 2):
            if values[header.index("Problems")]:
                said[title, number] = values[header.index("Problems")]
    return said


# Case of COPIES -> the Problems cells that are not empty: on the followed copy, the
# interviewers its copies name and it does not (was: nothing said, no note to them).
COPY_PROBLEMS: dict[str, dict[tuple[str, int], str]] = {
    "an interviewer taken off the followed copy: still one interview": {
        ("Feb", 2): "E2: J. Park is on the copy on sheet Jan, row 2, not here; nothing is "
        "drafted to them: add them here if they were at this interview, or correct the other "
        "copy"
    },
    "an interviewer replaced on the copy: still one interview": {
        ("Feb", 2): "E2: Kim Park is on the copy on sheet Jan, row 2, not here; nothing is "
        "drafted to them: add them here if they were at this interview, or correct the other "
        "copy"
    },
    "... and replaced again on the next month's: Jan and Mar linked through Feb": {
        ("Mar", 2): "E2: Sam Lee is on the copies on sheet Jan, row 2 and sheet Feb, row 2, not "
        "here; Kim Park is on the copy on sheet Jan, row 2, not here; nothing is drafted to "
        "them: add them here if they were at this interview, or correct the other copies"
    },
    "an interviewer replaced on the copy: the followed copy names the one it drops": {
        ("Feb", 2): f"E2: {AL_ROE}"
    },
    "a copy naming nobody between copies naming no one in common links neither": {
        ("Feb", 2): f"E2: {TORN}"
    },
    # The followed copy's Round is the Final typed on the other copy.
    "... the blank one followed, a Final on the other: the Round 1 after it is applied again": {
        ("Jan", 2): f'D2: sheet Feb, row 3\'s interview (Round "1") {FINAL_NOTE}',
        ("Feb", 2): f'D2: row 3\'s interview (Round "1") {FINAL_NOTE}',
    },
}


@pytest.mark.parametrize("case", list(COPIES))
def test_an_interview_copied_onto_two_sheets_is_followed_up_once(tmp_path: Path, case: str) -> None:
    sheets, expected = COPIES[case]
    path = write_xlsx(tmp_path / "search.xlsx", {t: [COPY_HEADER, *r] for t, r in sheets.items()})
    reports = process_file(path, load_config(None), RunOptions(COPY_AS_OF, collect=True))
    found = shown(path)
    assert problems_said(path) == COPY_PROBLEMS.get(case, {})
    assert {place: found[place][:2] for place in found} == {
        place: want[:2] for place, want in expected.items()
    }
    for place, (_, _, why) in expected.items():
        assert why in found[place][2], place
    # One draft, one calendar and digest item for the interview: only the rows not copies.
    sending = {place for place, (action, _, _) in expected.items() if action != "—"}
    sending = {place for place in sending if not expected[place][0].startswith("See ")}
    assert drafted(path) == sending
    messages = {(r.sheet, int(row)) for r in reports for row in r.messages["row"]}  # type: ignore[index]
    items = {(r.sheet, int(row)) for r in reports for row in r.items["row"]}  # type: ignore[index]
    assert messages == items == sending


def outcome_typed_on(place: str, outcome: str, what: str = "interview") -> str:
    return (
        f"Outcome {outcome}: typed on {place}, a copy of this {what}; an outcome typed on either "
        "copy counts for both."
    )


def disagree(used: str, *others: str, which: str = "the followed copy's") -> str:
    """The Problems line of a followed copy whose outcome other copies contradict."""
    said = ", ".join([*others, used])
    return f"the copies disagree: {said}; {which} is used — correct the other"


OFFER_ON_JAN = '"Offer" on sheet Jan, row 2'
REJECTED_HERE = disagree('"Rejected" here', OFFER_ON_JAN)
OFFER_HERE = disagree('"Offer" here', '"rejected" on sheet Jan, row 2')
REJECTED_ON_FEB = disagree(
    '"Rejected" on sheet Feb, row 2', OFFER_ON_JAN, which="the later sheet's"
)
WITHDRAWN_HERE = disagree('"Withdrawn" here', '"Rejected" on sheet Jan, row 2')
NETWORKING = (
    "Networking check-in: 10 weeks after Thu 2026-01-29 → Thu 2026-04-09; closed: the outcome "
    "is rejected, only this message is left"
)
# Case -> (sheets and their rows, expected: (sheet, Excel row) -> (Next action, Status, the
# first lines of the Why cell), and the Problems cells that are not empty). Outside test ot19
# (F4): "Rejected" typed on the Duplicate copy closed the followed copy as a panel's other row
# ("the same day's interview of this application, says rejected"), with no networking
# check-in on either.
OUTCOMES: dict[
    str,
    tuple[
        dict[str, list[list[object]]],
        dict[tuple[str, int], tuple[object, ...]],
        dict[tuple[str, int], str],
    ],
] = {
    "Rejected typed on the Duplicate copy: the networking check-in on the followed one": (
        {"Jan": [interview(outcome="Rejected")], "Feb": [interview()]},
        {
            ("Jan", 2): duplicate("Feb", 2),
            ("Feb", 2): (
                "Networking check-in",
                "Closed",
                NETWORKING,
                outcome_typed_on("sheet Jan, row 2", "rejected"),
                "Thank-you note: the day after the interview on Thu 2026-01-29 → Fri 2026-01-30",
            ),
        },
        {},
    ),
    "... and typed on the followed copy, as before": (
        {"Jan": [interview()], "Feb": [interview(outcome="Rejected")]},
        {
            ("Jan", 2): duplicate("Feb", 2),
            ("Feb", 2): (
                "Networking check-in",
                "Closed",
                NETWORKING,
                "Thank-you note: the day after the interview on Thu 2026-01-29 → Fri 2026-01-30",
            ),
        },
        {},
    ),
    # A year's sheet named as a job seeker names it, beside the Archive a rejected row was
    # copied onto: one interview, one networking check-in (ot49 F3: both copies had one).
    "a rejected row copied onto Archive beside the year's sheet Jobs 2026": (
        {"Jobs 2026": [interview(outcome="Rejected")], "Archive": [interview(outcome="Rejected")]},
        {
            ("Jobs 2026", 2): duplicate("Archive", 2),
            ("Archive", 2): ("Networking check-in", "Closed", NETWORKING),
        },
        {},
    ),
    "an offer typed on the Duplicate copy closes the followed one": (
        {"Jan": [interview(topic="data pipelines")], "Feb": [interview(outcome="Offer")]},
        {
            ("Jan", 2): (
                "—",
                "Closed",
                "Closed: the outcome is offer; nothing more to send.",
                outcome_typed_on("sheet Feb, row 2", "offer"),
                "Thank-you note: the day after the interview on Thu 2026-01-29 → Fri 2026-01-30",
            ),
            ("Feb", 2): duplicate("Jan", 2),
        },
        {},
    ),
    "an application withdrawn on its Duplicate copy": (
        {"Jan": [application(outcome="Withdrawn")], "Feb": [application()]},
        {
            ("Jan", 2): duplicate_application("Feb", 2),
            ("Feb", 2): (
                "—",
                "Closed",
                "Closed: the outcome is withdrawn (applied Tue 2026-01-20); no interview, so no "
                "networking check-in.",
                outcome_typed_on("sheet Jan, row 2", "withdrawn", "application"),
            ),
        },
        {},
    ),
    # Outside test ot20 (F7): an offer typed on one copy and a rejection on the other were
    # resolved as the rejection without a word. The followed copy's outcome is still the one
    # used (the row whose follow-ups you see), and it says that the other copy disagrees.
    "an offer on the Duplicate copy, rejected on the followed one: said on the followed one": (
        {"Jan": [interview(outcome="Offer")], "Feb": [interview(outcome="Rejected")]},
        {
            ("Jan", 2): duplicate("Feb", 2),
            ("Feb", 2): (
                "Networking check-in",
                "Closed",
                NETWORKING,
                f"Outcome rejected: {REJECTED_HERE}.",
            ),
        },
        {("Feb", 2): f"K2: {REJECTED_HERE}"},
    ),
    "... and the other way round": (
        {"Jan": [interview(outcome="rejected")], "Feb": [interview(outcome="Offer")]},
        {
            ("Jan", 2): duplicate("Feb", 2),
            ("Feb", 2): (
                "—",
                "Closed",
                "Closed: the outcome is offer; nothing more to send.",
                f"Outcome offer: {OFFER_HERE}.",
            ),
        },
        {("Feb", 2): f"K2: {OFFER_HERE}"},
    ),
    "none on the followed copy: the later sheet's is used, the other named": (
        {
            "Jan": [interview(outcome="Offer")],
            "Feb": [interview(outcome="Rejected")],
            "Mar": [interview(topic="data pipelines")],
        },
        {
            ("Jan", 2): duplicate("Mar", 2),
            ("Feb", 2): duplicate("Mar", 2),
            ("Mar", 2): (
                "Networking check-in",
                "Closed",
                NETWORKING,
                outcome_typed_on("sheet Feb, row 2", "rejected"),
                f"Outcome rejected: {REJECTED_ON_FEB}.",
            ),
        },
        {("Mar", 2): f"K2: {REJECTED_ON_FEB}"},
    ),
    # Was said only of an offer against no offer: copies closing the application two ways
    # with the same follow-ups were not, though one of them is wrong in the person's record.
    "rejected on the Duplicate copy, withdrawn on the followed one: said too": (
        {"Jan": [interview(outcome="Rejected")], "Feb": [interview(outcome="Withdrawn")]},
        {
            ("Jan", 2): duplicate("Feb", 2),
            ("Feb", 2): (
                "Networking check-in",
                "Closed",
                NETWORKING.replace("rejected", "withdrawn"),
                f"Outcome withdrawn: {WITHDRAWN_HERE}.",
            ),
        },
        {("Feb", 2): f"K2: {WITHDRAWN_HERE}"},
    ),
    # One outcome where the other leads, typed a month apart, is one story, not a disagreement.
    "an offer, then accepted on the copy: they agree": (
        {"Jan": [interview(outcome="Offer")], "Feb": [interview(outcome="Accepted")]},
        {
            ("Jan", 2): duplicate("Feb", 2),
            ("Feb", 2): ("—", "Closed", "Closed: the outcome is accepted; nothing more to send."),
        },
        {},
    ),
    "ghosted, then rejected on the copy: they agree": (
        {"Jan": [interview(outcome="Ghosted")], "Feb": [interview(outcome="Rejected")]},
        {
            ("Jan", 2): duplicate("Feb", 2),
            ("Feb", 2): ("Networking check-in", "Closed", NETWORKING),
        },
        {},
    ),
    "accepted on the Duplicate copy, hired on the followed one: they agree": (
        {"Jan": [interview(outcome="Accepted")], "Feb": [interview(outcome="Hired")]},
        {
            ("Jan", 2): duplicate("Feb", 2),
            ("Feb", 2): ("—", "Closed", "Closed: the outcome is hired; nothing more to send."),
        },
        {},
    ),
    "the same outcome written otherwise on the copy: they agree": (
        {"Jan": [interview(outcome="rejected")], "Feb": [interview(outcome="Not selected")]},
        {
            ("Jan", 2): duplicate("Feb", 2),
            ("Feb", 2): ("Networking check-in", "Closed", NETWORKING),
        },
        {},
    ),
}


@pytest.mark.parametrize(("sheets", "expected", "problems"), OUTCOMES.values(), ids=OUTCOMES)
def test_an_outcome_typed_on_either_copy_counts_for_both(
    tmp_path: Path,
    sheets: dict[str, list[list[object]]],
    expected: dict[tuple[str, int], tuple[object, ...]],
    problems: dict[tuple[str, int], str],
) -> None:
    path = write_xlsx(tmp_path / "search.xlsx", {t: [COPY_HEADER, *r] for t, r in sheets.items()})
    process_file(path, load_config(None), RunOptions(COPY_AS_OF))
    found = shown(path)
    assert {
        place: (action, status, *why[: len(expected[place]) - 2])
        for place, (action, status, why) in found.items()
    } == expected
    assert problems_said(path) == problems


def test_a_copy_is_said_and_counted(tmp_path: Path) -> None:
    copied = [interview(), interview(day=D(2026, 1, 30)), application()]
    sheets = {"Jan": copied, "Feb": copied}
    path = write_xlsx(tmp_path / "search.xlsx", {t: [COPY_HEADER, *r] for t, r in sheets.items()})
    reports = process_file(path, load_config(None), RunOptions(COPY_AS_OF))
    said = [note for report in reports for note in report.notes if "copied" in note]
    assert said == [
        'Rows 2 and 3 are the same interviews as rows 2 and 3 of sheet "Feb", copied: their '
        "follow-ups are worked out once, on that sheet, and a sent date or an outcome typed on "
        "either copy counts for both.",
        'Row 4 is the same application as row 4 of sheet "Feb", copied: its follow-ups are '
        "worked out once, on that sheet, and a sent date or an outcome typed on either copy "
        "counts for both.",
    ]
    assert [report.counts["Duplicate"] for report in reports] == [3, 0]
    summary = openpyxl.load_workbook(path, data_only=True)["Summary"]
    counts = {row[0]: row[1] for row in summary.iter_rows(min_row=3, values_only=True)}
    assert counts["Duplicate"] == 3
    before = path.read_bytes()
    again = process_file(path, load_config(None), RunOptions(COPY_AS_OF))
    assert [report.unchanged for report in again] == [True, True]
    assert path.read_bytes() == before


def test_a_copy_looks_muted_and_the_summary_says_why(tmp_path: Path) -> None:
    """Outside test ot16 (F10): a Duplicate row looked like a Scheduled one, and the Summary's
    Duplicate line had no Colour text. Its status, Company and Position are grey text on the
    row's own fill, and the Summary says what the grey means."""
    copied = [interview(), application()]
    sheets = {"Jan": copied, "Feb": copied}
    path = write_xlsx(tmp_path / "search.xlsx", {t: [COPY_HEADER, *r] for t, r in sheets.items()})
    process_file(path, load_config(None), RunOptions(COPY_AS_OF))
    book = openpyxl.load_workbook(path)
    jan = book["Jan"]
    header = [cell.value for cell in jan[1]]
    status = openpyxl.utils.get_column_letter(header.index("Follow-up status") + 1)
    muted = [
        (str(ranges.sqref), rule.dxf.font.color.rgb, rule.dxf.fill)
        for ranges in jan.conditional_formatting
        for rule in ranges.rules
        if rule.formula == [f'${status}2="Duplicate"']
    ]
    assert len(muted) == 1
    sqref, font, fill = muted[0]
    assert (font, fill) == ("FFA6A6A6", None)
    assert {"B2", f"{status}2"} <= {ref.split(":")[0] for ref in sqref.split()}
    assert [jan.cell(r, header.index("Follow-up status") + 1).value for r in (2, 3)] == [
        "Duplicate",
        "Duplicate",
    ]
    summary = book["Summary"]
    legend = {row[0]: row[2] for row in summary.iter_rows(min_row=3, values_only=True)}
    assert legend["Duplicate"] == "grey text: a copy of another row: see Next action"


NOT_LINKED = (
    "the same application (Orbit Games, Analyst, applied Mon 2026-02-02) is on {where}; "
    "sheets not named for a month or a stage are not linked, so each copy is followed up and "
    "its messages come twice: keep it on one sheet"
)
ORBIT = D(2026, 2, 2)
# Case -> (sheets, the Problems cells said, by (sheet, Excel row)). An application (client,
# company and position as names, applied day) on two sheets that are not linked is followed
# up on each: both rows say where the other is (ot83 F6: was nothing said, two drafts).
REPEATED_APART: dict[str, tuple[dict[str, list[list[object]]], dict[tuple[str, int], str]]] = {
    "Numbers' sheet and a Referrals sheet": (
        {
            "Sheet 1 - Table 1": [row("Quill Labs", applied=ORBIT), row("Orbit Games", ORBIT)],
            "Referrals": [row("Orbit Games", applied=ORBIT)],
        },
        {
            ("Sheet 1 - Table 1", 3): "C3: " + NOT_LINKED.format(where="sheet Referrals, row 2"),
            ("Referrals", 2): "C2: " + NOT_LINKED.format(where="sheet Sheet 1 - Table 1, row 3"),
        },
    ),
    "names compared as names: case, spaces, a client written surname first": (
        {
            "Sheet1": [row("Orbit Games", ORBIT, client="Maya Chen")],
            "Sheet2": [row("orbit games ", ORBIT, client="Chen, Maya", position="analyst")],
        },
        {
            ("Sheet1", 2): "C2: " + NOT_LINKED.format(where="sheet Sheet2, row 2"),
            ("Sheet2", 2): "C2: "
            + NOT_LINKED.format(where="sheet Sheet1, row 2").replace(
                "(Orbit Games, Analyst", "(orbit games, analyst"
            ),
        },
    ),
    "another applied day: two applications": (
        {
            "Sheet1": [row("Orbit Games", ORBIT)],
            "Referrals": [row("Orbit Games", D(2026, 2, 3))],
        },
        {},
    ),
    "another position: two applications": (
        {
            "Sheet1": [row("Orbit Games", ORBIT)],
            "Referrals": [row("Orbit Games", ORBIT, position="Data Analyst")],
        },
        {},
    ),
    "two clients' sheets: each applied": (
        {
            "Maya Chen": [row("Orbit Games", ORBIT)],
            "Jonas Weber": [row("Orbit Games", ORBIT)],
        },
        {},
    ),
    "two clients named in the Client column": (
        {
            "Sheet1": [row("Orbit Games", ORBIT, client="Maya Chen")],
            "Sheet2": [row("Orbit Games", ORBIT, client="Jonas Weber")],
        },
        {},
    ),
    "month sheets are linked: the copy is a Duplicate, nothing to say": (
        {"Jan": [row("Orbit Games", ORBIT)], "Feb": [row("Orbit Games", ORBIT)]},
        {},
    ),
}


@pytest.mark.parametrize(("sheets", "said"), REPEATED_APART.values(), ids=REPEATED_APART)
def test_an_application_on_two_sheets_not_linked_is_said(
    tmp_path: Path,
    sheets: dict[str, list[list[object]]],
    said: dict[tuple[str, int], str],
) -> None:
    path = build(tmp_path, sheets)
    reports = process_file(path, load_config(None), RunOptions(AS_OF))
    assert problems_said(path) == said
    notes = {(r.sheet, n) for r in reports for n in r.notices if "not linked" in n}
    assert notes == {
        (sheet, f"row {number}: {text.partition(': ')[2]}")
        for (sheet, number), text in said.items()
    }


@pytest.mark.parametrize(
    ("sheets", "blocks", "client"),
    [
        # A workbook of one person's, its sheets named for nobody: one client, the file's (was:
        # "Sheet 1" and "Referrals" as two clients, drafts signed "Referrals": ot83 F6); and
        # "search" names nobody either, so the Drafts sheet names no client (ot119 F5).
        (
            {"Sheet 1 - Table 1": [row("Acme", ORBIT)], "Referrals": [row("Globex", ORBIT)]},
            {(None, None)},
            None,
        ),
        (
            {"Sheet1": [row("Acme", ORBIT)], "Table 1": [row("Globex", ORBIT)]},
            {(None, None)},
            None,
        ),
        # A coach's workbook: a sheet named for a person beside it, so a sheet named for
        # nobody is another client, under its own name.
        (
            {"Maya Chen": [row("Acme", ORBIT)], "Sheet1": [row("Globex", ORBIT)]},
            {("All", None), ("Maya Chen", "Maya Chen"), ("Sheet1", "Sheet1")},
            "Sheet1",
        ),
    ],
)  # fmt: skip
def test_a_sheet_named_for_nobody_is_a_client_only_in_a_coachs_workbook(
    tmp_path: Path,
    sheets: dict[str, list[list[object]]],
    blocks: set[tuple[object, object]],
    client: str | None,
) -> None:
    path = build(tmp_path, sheets)
    process_file(path, load_config(None), RunOptions(AS_OF))
    assert summary_blocks(path) == blocks
    drafts = openpyxl.load_workbook(path)["Drafts"]
    header = [cell.value for cell in drafts[1]]
    clients = [
        values[header.index("Client")] for values in drafts.iter_rows(min_row=2, values_only=True)
    ]
    assert client in clients
    assert "Referrals" not in clients
    assert "Sheet 1" not in clients
