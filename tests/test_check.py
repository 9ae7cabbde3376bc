"""`check`'s library side: what was mapped, left alone, noted and found, as text and as JSON."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from trackers import write_xlsx

from followup_batch.check import (
    MappedColumn,
    RowProblem,
    SheetCheck,
    StatusRead,
    check_file,
    check_paths,
    to_json,
    to_text,
)
from followup_batch.read import ReadOptions, parse_column_maps
from followup_batch.write.columns import OWNED_COLUMNS


def tracker(tmp_path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Jobs"
    sheet["A1"] = "Job search 2026"
    sheet.merge_cells("A1:E1")
    sheet.append(["Notes", "Company ", "Role", "Date", "Heard Back"])
    sheet.append([None, "Acme", "Dev", "3/11/2026", None])
    sheet.append([None, "Beta", "PM", "13/11/2026", "tbd"])
    sheet.append([None, "Gamma", "QA", "31/02/2026", "=TODAY()"])
    path = tmp_path / "jobs.xlsx"
    workbook.save(path)
    return path


def unsigned(stem: str) -> str:
    """The note of a run, and of check, on a tracker whose file name names nobody."""
    return (
        f'drafts are unsigned: the file name "{stem}" is not a person\'s name; name the file '
        'after yourself or your client ("Maya Chen.xlsx"), add a Client column or set [sender] '
        "name in the config"
    )


# ot132 F3, F4: check counts the rows that need info as the run answers them: a row without
# its position ("null") that is rejected, or an application long moved on, is Closed / Moved
# on, not counted; one without a date is. One whose check-in is still to send has it drafted
# to the company (ot144 F3), not counted either.
NEED_INFO = [
    ("SimplePractice,null,2026-08-25,Rejected", 0),
    ("Censys,null,2026-08-26,Pending", 0),
    ("Quanata,null,2026-11-10,Pending", 0),
    ("Oneleet,null,,Pending", 1),
]


@pytest.mark.parametrize(("row", "needing"), NEED_INFO)
def test_check_counts_the_rows_a_run_says_need_info(tmp_path: Path, row: str, needing: int) -> None:
    path = tmp_path / "applications.csv"
    path.write_text(f"company_name,job_title,application_date,status\n{row}\n", "utf-8")
    (check,) = check_file(path, ReadOptions(), as_of=dt.date(2026, 11, 20))
    assert check.needs_info == needing


def test_check_file_reports_mapping_orders_and_problems(tmp_path: Path) -> None:
    (check,) = check_file(tracker(tmp_path), ReadOptions())
    assert (check.sheet, check.header_row, check.rows, check.needs_info) == ("Jobs", 2, 3, 1)
    assert check.columns[3] == MappedColumn(
        "D", "Date", "interview_at", 'day-first (detected: "13/11/2026" in row 4)'
    )
    assert check.ignored == []
    assert check.problems == [
        RowProblem(5, 'D5: "31/02/2026" is not a date'),
        RowProblem(5, "E5: formula without a saved value — open and save the file in Excel once"),
    ]
    assert check.notes == [
        "1 cell holds a formula without a saved value (first: E5); open the file in Excel and "
        "save it once so the values are stored.",
        '"Date" (D) is read as Interview Date: no stage column says the rows are applications.',
        unsigned("jobs"),  # the run's note, as a run would say it
        "dates here are day-first, but the holidays used are the United States' (the default): "
        'add a Country column, or set country = "XX" in the config, XX your country\'s two-letter '
        "code (GB, FR, IN)",
    ]


def test_text_report(tmp_path: Path) -> None:
    text = to_text(check_file(tracker(tmp_path), ReadOptions(dayfirst=True)))
    assert text == (
        'jobs.xlsx, sheet "Jobs": header on row 2, 3 rows, 1 needs info\n'
        "  Columns read:\n"
        '      A  "Notes"      -> topic (Topic), kept private: drafts never quote it\n'
        '      B  "Company"    -> company (Company)\n'
        '      C  "Role"       -> position (Position)\n'
        '      D  "Date"       -> interview_at (Interview Date)\n'
        '      E  "Heard Back" -> last_reply (Last Reply)\n'
        "  Date order:\n"
        '      D  "Date": day-first (forced)\n'
        '      E  "Heard Back": day-first (forced)\n'
        "  Calendars: United States (US): Mon–Fri week, 12 holidays in 2026\n"
        "  Notes:\n"
        "    - 1 cell holds a formula without a saved value (first: E5); open the file in "
        "Excel and save it once so the values are stored.\n"
        '    - "Date" (D) is read as Interview Date: no stage column says the rows are '
        "applications.\n"
        f"    - {unsigned('jobs')}\n"
        "    - dates here are day-first, but the holidays used are the United States' (the "
        'default): add a Country column, or set country = "XX" in the config, XX your country\'s '
        "two-letter code (GB, FR, IN)\n"
        "  Problems (1 row):\n"
        '    row 5      D5: "31/02/2026" is not a date\n'
        "    row 5      E5: formula without a saved value — open and save the file in Excel "
        "once\n"
    )


def test_json_report_is_plain_data(tmp_path: Path) -> None:
    data = to_json(check_file(tracker(tmp_path), ReadOptions()))
    assert json.loads(json.dumps(data)) == data
    (sheet,) = data["trackers"]
    assert sheet["columns"][1] == {
        "column": "B",
        "header": "Company",
        "field": "company",
        "date_order": None,
    }
    assert sheet["problems"][0] == {"row": 5, "message": 'D5: "31/02/2026" is not a date'}
    assert sheet["error"] is None


def test_unread_files_are_reported_not_raised(tmp_path: Path) -> None:
    legacy = tmp_path / "old.xls"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    # One word: no header (two, "just, notes", would be a file of no tracker's, left alone).
    notes = write_xlsx(tmp_path / "notes.xlsx", {"S": [["just notes"]]})
    checks = check_paths([legacy, notes, tracker(tmp_path)], ReadOptions())
    assert [c.error is None for c in checks] == [False, False, True]
    text = to_text(checks)
    assert text.startswith(
        "old.xls: NOT READ — it is a legacy Excel 97-2003 workbook (.xls), which is not "
        "supported. Open it in Excel and save it as .xlsx (Excel Workbook), then run again.\n\n"
        'notes.xlsx: NOT READ — sheet "S": no header row with Company, Position '
        "and Interview Date (or Date Applied);"
    )
    assert to_json(checks)["trackers"][0]["error"].startswith("it is a legacy")


def test_ignored_headers_map_notes_and_wide_trackers(tmp_path: Path) -> None:
    rows = [
        ["Firm", "Job", "Salary", "Phone Screen", "On-Campus", "Final Round", "Recruiter"],
        ["Acme", "Dev", 100, dt.datetime(2026, 10, 1), dt.datetime(2026, 10, 9), None, "Ann"],
    ]
    path = write_xlsx(tmp_path / "wide.xlsx", {"Apps": rows})
    options = ReadOptions(column_map=parse_column_maps(["Firm=company", "Missing Col=industry"]))
    (check,) = check_file(path, options)
    assert [(c.column, c.field) for c in check.columns] == [
        ("A", "company"),
        ("B", "position"),
        ("D", "stage:phone"),
        ("E", "stage:onsite"),
        ("F", "stage:final"),
        ("G", "interviewer"),
    ]
    assert check.ignored == [("C", "Salary")]
    assert check.notes == [
        'Column map "Missing Col=industry": no column is headed "Missing Col" in the header '
        "row (row 1); that mapping is not used here.",
        "Wide tracker: no Interview Date column, so the latest date filled in the stage columns "
        '"Phone Screen" (D), "On-Campus" (E), "Final Round" (F) is each row\'s interview, and '
        "that column's header gives the interview type.",
        # one word that is no given name the tool knows signs, and says so (ot119 F1)
        'drafts are signed "Wide", the file name; add a Client column, rename the file or set '
        "[sender] name in the config to sign them otherwise",
    ]
    assert "interview stage (onsite)" in to_text([check])


@pytest.mark.parametrize(
    ("header", "stages", "read_as"),
    [
        # A Stage of interview types is read as both (ot54 F4).
        ("Stage", "Video,Offer", [("D", "outcome"), ("D", "interview_type")]),
        ("Étape", "Visio,Refusé", [("D", "outcome"), ("D", "interview_type")]),
        # Of stages and outcomes only, or under a Status header: the Outcome alone.
        ("Stage", "Applied,Offer", [("D", "outcome")]),
        ("Status", "Video,Offer", [("D", "outcome")]),
    ],
)
def test_a_stage_of_interview_types_is_read_as_both(
    tmp_path: Path, header: str, stages: str, read_as: list[tuple[str, str]]
) -> None:
    first, second = stages.split(",")
    path = tmp_path / "jobs.csv"
    path.write_text(
        f"Company,Position,Interview Date,{header}\n"
        f"Acme,Dev,2026-11-16,{first}\nBeta,PM,2026-11-17,{second}\n",
        encoding="utf-8",
    )
    (check,) = check_file(path, ReadOptions())
    assert [(c.column, c.field) for c in check.columns if c.column == "D"] == read_as


def test_csv_problem_lines_name_the_row_once(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("Company,Position,Interview Date\n,PM,2026-11-02\n", encoding="utf-8")
    text = to_text(check_paths([path], ReadOptions()))
    assert '    row 2, column "Company": Company is empty\n' in text


NO_NUMERIC = "no dates written as numbers like 3/11/2026"


@pytest.mark.parametrize(
    ("header", "row", "said"),
    [
        # init's tracker: ten date columns, most of them empty, none written as 3/11/2026: one
        # line for the sheet, not ten identical ones (ot135 F5).
        (
            "Company,Role,Interview Date,Decision Date,Thank-you Sent,1st Check-in Sent",
            "Acme,Dev,2026-12-03,2026-12-18,,",
            [f"  Date order: {NO_NUMERIC} in any date column"],
        ),
        # Columns read one way are listed; those without such dates share one line.
        (
            "Company,Role,Interview Date,Decision Date,Thank-you Sent,1st Check-in Sent",
            "Acme,Dev,11/20/2026,2026-12-18,,",
            [
                "  Date order:",
                '      C  "Interview Date": US month/day (detected: "11/20/2026" in row 2)',
                f"    D, E, F: {NO_NUMERIC}",
            ],
        ),
    ],
)
def test_date_order_says_once_the_columns_without_numeric_dates(
    tmp_path: Path, header: str, row: str, said: list[str]
) -> None:
    path = tmp_path / "jobs.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    lines = to_text(check_paths([path], ReadOptions(), as_of=dt.date(2026, 12, 7))).splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("  Date order"))
    block = [lines[start], *itertools.takewhile(lambda s: s.startswith("    "), lines[start + 1 :])]
    assert block == said


def test_stage_columns_say_which_one_settled_their_date_order(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(
        "Company,Role name,Phone,On-Campus,Onsite\n"
        "A,Dev,8/22/2019,,\n"
        "B,Dev,9/3/2019,9/4/2019,9/5/2019\n",
        encoding="utf-8",
    )
    (check,) = check_file(path, ReadOptions())
    assert {c.header: c.date_order for c in check.columns if c.field.startswith("stage:")} == {
        "Phone": 'US month/day (detected: "8/22/2019" in row 2)',
        "On-Campus": 'US month/day (detected in Phone: "8/22/2019" in row 2)',
        "Onsite": 'US month/day (detected in Phone: "8/22/2019" in row 2)',
    }


@pytest.mark.parametrize(
    ("text", "options", "noted"),
    [
        ("Company,Position,Date Applied\nA,Dev,15/01/2025\n", ReadOptions(), True),
        ("Company,Position,Date Applied\nA,Dev,01/15/2025\n", ReadOptions(), False),
        ("Company,Position,Date Applied\nA,Dev,2025-01-15\n", ReadOptions(), False),
        ("Company,Position,Date Applied\nA,Dev,4.3.2025\n", ReadOptions(), True),
        ("Company,Position,Date Applied,Country\nA,Dev,15/01/2025,GB\n", ReadOptions(), False),
        (
            "Company,Position,Date Applied\nA,Dev,15/01/2025\n",
            ReadOptions(default_country="GB"),
            False,
        ),
        ("Company,Position,Date Applied\nA,Dev,1/2/2025\n", ReadOptions(dayfirst=True), True),
        # Not when no row is on the US calendar (an outside test: a Spanish tracker on ES-MD
        # and ES-CT was told its holidays were the United States').
        (
            "Empresa;Puesto;Ubicación;Fecha de solicitud\nT;A;Madrid;02/11/2026\n"
            "C;I;Barcelona;10/11/2026\n",
            ReadOptions(),
            False,
        ),
        ("Firma,Stelle,Ort,Beworben am\nS,E,München,15/01/2025\n", ReadOptions(), False),
        (
            "Company,Position,Location,Date Applied\nA,Dev,Leipzig,15/01/2025\n",
            ReadOptions(),
            False,
        ),
        # Valencia beside Madrid is Spain's, an unlisted town among rows in one country is
        # that country's (an outside test: Spanish and Latvian City columns were told so).
        (
            "Company,Position,City,Date Applied\nA,Dev,Valencia,11/12/2026\n"
            "B,Dev,Madrid,10/12/2026\n",
            ReadOptions(),
            False,
        ),
        (
            "Company,Position,City,Date Applied\nA,Dev,Rīga,11/12/2026\nB,Dev,Ogre,10/12/2026\n",
            ReadOptions(),
            False,
        ),
        (
            "Company,Position,Location,Date Applied\nA,Dev,London,11/12/2026\n"
            "B,Dev,Coventry,10/12/2026\n",
            ReadOptions(),
            False,
        ),
        # ... but when one row is (Remote names no place; Valencia alone is two places).
        (
            "Company,Position,City,Date Applied\nA,Dev,Valencia,15/12/2026\n",
            ReadOptions(),
            True,
        ),
        (
            "Company,Position,Location,Date Applied\nA,Dev,Leipzig,15/01/2025\n"
            "B,Dev,Remote,1/2/2025\n",
            ReadOptions(),
            True,
        ),
    ],
)
def test_day_first_dates_on_the_us_calendar_are_noted(
    tmp_path: Path, text: str, options: ReadOptions, noted: bool
) -> None:
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    (check,) = check_file(path, options)
    said = [n for n in check.notes if "holidays used are the United States'" in n]
    assert len(said) == noted


TOOL_HEADERS = ",".join(OWNED_COLUMNS.values())
TOOL_SPLIT = TOOL_HEADERS.replace(",Problems", ",Salary,Problems")  # one of the person's among


@pytest.mark.parametrize(
    ("name", "written", "left_alone", "tool_line"),
    [
        ("t.xlsx", None, 'D "Salary"', "E–P"),
        ("t.csv", None, 'D "Salary"', "E–P"),
        (
            "t.csv",
            f"Company,Position,Interview Date,{TOOL_SPLIT}\nAcme,PM,2026-11-10\n",
            'O "Salary"',
            "D–N, P",
        ),
    ],
)
def test_a_runs_columns_are_the_tools_not_left_alone(
    tmp_path: Path, name: str, written: str | None, left_alone: str, tool_line: str
) -> None:
    """After a run, check listed "Follow-up status" … "Problems" as the user's columns left
    alone."""
    from click.testing import CliRunner

    from followup_batch.cli import main

    path = tmp_path / name
    if written is not None:
        path.write_text(written)
    else:
        rows = [
            ["Company", "Position", "Interview Date", "Salary"],
            ["Acme", "PM", "2026-11-10", 1],
        ]
        if path.suffix == ".csv":
            path.write_text("".join(",".join(map(str, row)) + "\n" for row in rows))
        else:
            write_xlsx(path, {"Jobs": rows})
        ran = CliRunner().invoke(main, ["run", "--as-of", "2026-11-16", str(path)])
        assert ran.exit_code == 0, ran.output
    checks = check_paths([path], ReadOptions(), as_of=dt.date(2026, 11, 16))
    lines = to_text(checks).splitlines()
    assert [line for line in lines if line.startswith(("  Left alone", "  The tool's"))] == [
        f"  Left alone: {left_alone}",
        f"  The tool's columns: {tool_line}, rewritten by each run",
    ]
    (sheet,) = to_json(checks)["trackers"]
    assert [c["header"] for c in sheet["tool_columns"]] == list(OWNED_COLUMNS.values())


def test_a_bug_in_foreseeing_the_write_is_reported_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``check`` plans the run's write to foresee its refusals: a bug there is said in the
    report, as a run says it, and the rest of the report stands."""
    import followup_batch.write as write

    def buggy(*args: object) -> None:
        raise KeyError("no_such_part")

    monkeypatch.setattr(write, "check_writable", buggy)
    (check,) = check_file(tracker(tmp_path), ReadOptions())
    assert check.refusal == "internal error — please report it (KeyError: 'no_such_part')"
    assert check.rows == 3


COACH = '[sender]\nname = "Sam Coach"\nemail = "sam@example.com"\n'
SIGNED_BY_FILE = (
    'drafts are signed "Maya Chen", the file name, not the configured [sender] "Sam Coach"; '
    "add a Client column or rename the file to sign them otherwise"
)
WITHHELD = (
    'drafts are unsigned, not signed by the configured [sender] "Sam Coach" with its address: '
    '"Tom Baker - call notes.xlsx" begins with the name "Tom Baker" beside words not read as a '
    'tracker\'s; add a Client column or name the file after the client ("Tom Baker.xlsx")'
)
SIGNED_BY_FOLDER = (
    'drafts are signed "Ann Lee", the name of the folder "Ann Lee" that "Job Tracker.xlsx" is '
    "in; add a Client column or rename the folder to sign them otherwise"
)


@pytest.mark.parametrize(
    ("file", "config", "said"),
    [
        ("Maya Chen.xlsx", COACH, SIGNED_BY_FILE),  # a configured sender, a client's file
        ("Tom Baker - call notes.xlsx", COACH, WITHHELD),
        ("Ann Lee/Job Tracker.xlsx", "", SIGNED_BY_FOLDER),  # named by the folder checked
        ("tracker.xlsx", "", unsigned("tracker")),
    ],
    ids=["configured sender", "withheld from the sender", "folder", "unsigned"],
)
def test_check_says_who_signs_the_drafts_as_a_run_would(
    tmp_path: Path, file: str, config: str, said: str
) -> None:
    """`check`, which people run first to see what a run would do, said nothing of who signs
    the drafts; the run said it (without -v when nobody signs). Now check says it in the
    run's words, once per file, writing nothing."""
    from click.testing import CliRunner

    from followup_batch.cli import main

    folder = tmp_path / "clients"
    path = folder / file
    path.parent.mkdir(parents=True)
    rows = [("Company", "Position", "Interview Date"), ("Acme", "Analyst", dt.date(2026, 11, 16))]
    write_xlsx(path, {"Jobs": rows})
    options = ["--as-of", "2026-11-20"]
    if config:
        (tmp_path / "c.toml").write_text(config, encoding="utf-8")
        options += ["--config", str(tmp_path / "c.toml")]
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    checked = CliRunner().invoke(main, ["check", str(folder), *options])
    assert checked.exit_code == 0, checked.output
    assert [line for line in checked.stdout.splitlines() if "drafts are" in line] == [
        f"    - {said}"
    ]
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before
    ran = CliRunner().invoke(main, ["run", str(folder), "--dry-run", "-v", *options])
    assert [line for line in ran.stderr.splitlines() if "drafts are" in line] == [
        f"  {file} [Jobs]: note: {said}"
    ]


@pytest.mark.parametrize(
    ("command", "exit_code", "status"), [("check", 1, "NOT READ"), ("run", 1, "FAILED")]
)
def test_a_mistyped_map_is_named_when_the_file_is_not_read(
    tmp_path: Path, command: str, exit_code: int, status: str
) -> None:
    """ot106 F2: `--map "Mett=interview_at"` over a "Met" column was said nowhere; the file
    was refused as a log without dates, asking for the --map just given."""
    from click.testing import CliRunner

    from followup_batch.cli import main

    path = tmp_path / "jobs.csv"
    path.write_text("Company,Job,Met,Who\nFoo GmbH,Engineer,03.11.2026,Eva Maier\n", "utf-8")
    args = [command, str(path), "--map", "Mett=interview_at", "--as-of", "2026-11-20"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == exit_code
    line = next(line for line in result.output.splitlines() if status in line)
    assert line.startswith(f"jobs.csv: {status} — it is an application log without dates")
    assert line.endswith(
        ' --map "Mett=interview_at" is not used: no column is headed "Mett" (did you mean "Met"?).'
    )
    assert path.read_text("utf-8").count("\n") == 2  # not written


def test_the_calendars_in_use_with_their_weeks(tmp_path: Path) -> None:
    """An outside test: nothing said which weekend or holidays a row was counted on. Israel's
    2026: Pesach, its seventh day, Independence Day, Shavuot, Rosh Hashanah (two days), Yom
    Kippur, Sukkot, Simchat Torah; the UAE's weekend was Friday–Saturday in 2021."""
    path = tmp_path / "jobs.csv"
    path.write_text(
        "Company,Position,Interview Date,Country\n"
        "Wix,Engineer,2026-03-26,ישראל\n"
        "Acme,Engineer,2026-03-26,\n",
        encoding="utf-8",
    )
    (check,) = check_file(path, ReadOptions())
    assert check.calendars == [
        "Israel (IL): Sun–Thu week, 9 holidays in 2026",
        "United States (US): Mon–Fri week, 12 holidays in 2026",
    ]
    assert (
        "  Calendars: Israel (IL): Sun–Thu week, 9 holidays in 2026; United States (US): Mon–Fri"
        in to_text([check])
    )
    path.write_text("Company,Position,Interview Date,Country\nENBD,Analyst,2021-12-08,AE\n")
    (check,) = check_file(path, ReadOptions())
    assert check.calendars == ["United Arab Emirates (AE): Sun–Thu week, 15 holidays in 2021"]


# The config's days off are counted on the one calendar's words, and said once after several
# (ot59-F6: "and 5 of your days off in 2026" on each of seven calendars made a line of six);
# one that is a holiday of a calendar (DK's Christmas Eve and New Year's Eve) is not its.
@pytest.mark.parametrize(
    ("countries", "days_off", "line"),
    [
        (["US"], [], "United States (US): Mon–Fri week, 12 holidays in 2026"),
        (
            ["US"],
            ["2026-12-24", "2026-12-31"],
            "United States (US): Mon–Fri week, 12 holidays and 2 of your days off in 2026",
        ),
        (
            ["US", "DE"],
            [],
            "Germany (DE): Mon–Fri week, 9 holidays in 2026; United States (US): Mon–Fri week, 12 "
            "holidays in 2026",
        ),
        (
            ["US", "DE"],
            ["2026-12-24", "2026-12-31"],
            "Germany (DE): Mon–Fri week, 9 holidays in 2026; United States (US): Mon–Fri week, 12 "
            "holidays in 2026; "
            "your days off in 2026: 2 on each",
        ),
        (
            ["US", "DK", "DE"],
            ["2026-12-24", "2026-12-28", "2026-12-31"],
            "Germany (DE): Mon–Fri week, 9 holidays in 2026; Denmark (DK): Mon–Fri week, 12 "
            "holidays in 2026; "
            "United States (US): Mon–Fri week, 12 holidays in 2026; your days off in 2026: 3 on "
            "DE and US, "
            "1 on DK",
        ),
    ],
)
def test_your_days_off_are_said_once_on_the_calendars_line(
    tmp_path: Path, countries: list[str], days_off: list[str], line: str
) -> None:
    path = tmp_path / "jobs.csv"
    rows = "".join(f"Co {c},Engineer,2026-12-17,{c}\n" for c in countries)
    path.write_text(f"Company,Position,Interview Date,Country\n{rows}", encoding="utf-8")
    off = frozenset(dt.date.fromisoformat(day) for day in days_off)
    checks = check_file(path, ReadOptions(), as_of=dt.date(2026, 12, 20), days_off=off)
    assert f"  Calendars: {line}\n" in to_text(checks)


# A year whose make-up working days the holidays package does not list yet (ot62 F7): China's
# 2027 (6 in 2026; they are published each autumn), said once a sheet by check and by run -v,
# with the weekdays given off in their place, which the package lacks too (fx199: holidays
# 0.109 has 2026's six 'Day off (substituted from ...)' and none for 2027).
# A year truly without any (Russia's 2026: one in 2027) and calendars that never have any
# (the US) say nothing; neither does China's 2026, whose six are known.
CN_2027 = (
    "CN: no make-up working days known for 2027 yet (6 in 2026), so a weekend day worked "
    "around a holiday counts as a day off, and a weekday given off in its place as a business "
    "day; update the holidays package (pip install -U holidays)"
)


# Ukraine's holidays are working days under martial law, and the holidays package lists none
# since 2022-02-24 (ot71 F8: "UA: 0 holidays in 2027" said nothing of why); January 2022's
# were still holidays.
UA_SUSPENDED = (
    "UA: no public holidays since 2022-02-24: under martial law they are working days, and the "
    "holidays package lists none, so Easter and 1 May count as business days; add the days you "
    "take off to days_off in the config"
)


# The config's [rules] count as the run counts them: an 8-week final follow-up reaches 2027,
# one of none leaves a senior's December rows in 2026 (fx92: check took the shipped weeks).
EIGHT_WEEKS = "[rules.final_follow_up]\nbase_weeks = 8\n"
NO_WEEKS = "[rules.final_follow_up]\nbase_weeks = 0\nseniority_weeks = { senior = 0 }\n"


@pytest.mark.parametrize(
    ("rows", "config", "notes"),
    [
        ([("China", "2027-02-03"), ("中国", "2027-04-27"), ("CN", "2026-12-20")], "", [CN_2027]),
        ([("China", "2026-02-12"), ("US", "2027-02-03")], "", []),
        ([("Russia", "2026-03-02")], "", []),
        ([("US", "2027-02-03")], "", []),
        # Interviewed in 2026, followed up in 2027 (ot67 F3: nothing was said): a senior's
        # final follow-up six weeks on, an executive's eight; a mid-level December interview's
        # follow-ups all fall in 2026.
        ([("CN", "2026-12-28", "Senior")], "", [CN_2027]),
        ([("CN", "2026-11-20", "Executive")], "", [CN_2027]),
        ([("CN", "2026-12-01", "")], "", []),
        ([("CN", "2026-12-01", "")], EIGHT_WEEKS, [CN_2027]),
        ([("CN", "2026-11-20", "Senior")], NO_WEEKS, []),
        ([("UA", "2027-04-29")], "", [UA_SUSPENDED]),
        ([("Україна", "2026-12-28"), ("PL", "2027-01-05")], "", [UA_SUSPENDED]),
        ([("China", "2027-02-03"), ("UA", "2027-02-03")], "", [CN_2027, UA_SUSPENDED]),
        ([("UA", "2022-01-04")], "", []),
    ],
)
def test_a_year_without_its_make_up_working_days_is_said_once(
    tmp_path: Path, rows: list[tuple[str, ...]], config: str, notes: list[str]
) -> None:
    from click.testing import CliRunner

    from followup_batch.cli import main

    path = tmp_path / "Li Wei.csv"
    lines = "".join(
        f"Co {n},Engineer,{row[1]},{row[0]},{row[2] if len(row) > 2 else ''}\n"
        for n, row in enumerate(rows)
    )
    path.write_text(f"Company,Position,Interview Date,Country,Level\n{lines}", encoding="utf-8")
    (tmp_path / "c.toml").write_text(config, encoding="utf-8")
    given = ["--as-of", "2027-01-20", "--config", str(tmp_path / "c.toml")]
    checked = CliRunner().invoke(main, ["check", str(path), *given])
    assert checked.exit_code == 0, checked.output
    said = [
        line
        for line in checked.stdout.splitlines()
        if "make-up working days known" in line or "martial law" in line
    ]
    assert said == [f"    - {note}" for note in notes]
    ran = CliRunner().invoke(main, ["run", str(path), *given, "--dry-run", "-v"])
    assert ran.exit_code == 0, ran.output
    said = [line for line in ran.stderr.splitlines() if "make-up" in line or "martial" in line]
    assert said == [f"  Li Wei.csv: note: {note}" for note in notes]


def _arrow_columns(text: str) -> list[int]:
    """Where "->" starts on each line of the "Columns read" block, in terminal columns: a wide
    or full-width letter (Chinese, Japanese, Korean) takes two."""
    lines = text.split("  Columns read:\n")[1].splitlines()
    block = itertools.takewhile(lambda line: line.startswith("    "), lines)
    return [
        sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line[: line.index("->")])
        for line in block
    ]


@pytest.mark.parametrize(
    ("headers", "arrow_at"),
    [
        # The widest header is 10 columns wide in each (5 wide letters, or 10 narrow ones):
        # "->" starts 4 + 3 + 2 + 12 quoted and padded + 1 = 22 columns in on every line.
        (["会社名", "職種", "面接日", "お礼状送信"], 22),
        (["회사명", "직무", "면접일", "감사 메일"], 21),  # 9 wide: a space is narrow
        (["公司", "岗位", "面试日期", "感谢信已发送"], 24),
        (["Company", "職種", "Interview Date", "お礼状送信"], 26),
        # English headers line up as before: a guard (it passed before).
        (["Company", "Role", "Interview Date"], 26),
    ],
)
def test_columns_read_line_up_with_wide_headers(
    tmp_path: Path, headers: list[str], arrow_at: int
) -> None:
    """Wide headers were padded as if narrow: "->" came later on lines with fewer wide
    letters, so the fields were not one column under another."""
    path = tmp_path / "jobs.csv"
    path.write_text(",".join(headers) + "\nAcme,Dev,2026-11-03,2026-11-04\n", encoding="utf-8")
    text = to_text(check_file(path, ReadOptions()))
    assert _arrow_columns(text) == [arrow_at] * len(headers)


@pytest.mark.parametrize(
    ("as_of", "calendars"),
    [
        # Checked in 2021: the week then.
        ("2021-12-29", ["United Arab Emirates (AE): Sun–Thu week, 15 holidays in 2021"]),
        # Checked in 2022 (report ot28, F6: "AE: Sun–Thu week, 15 holidays in 2021", though
        # the row's due dates are counted on the Mon–Fri week of 2022): the week in force in
        # the year named, and the change since the row's date.
        (
            "2022-01-03",
            [
                "United Arab Emirates (AE): Mon–Fri week (Sun–Thu until 2021-12-31), 18 holidays "
                "in 2022"
            ],
        ),
    ],
)
def test_the_calendar_line_names_the_week_in_force(
    tmp_path: Path, as_of: str, calendars: list[str]
) -> None:
    path = tmp_path / "jobs.csv"
    path.write_text("Company,Position,Interview Date,Country\nDubai Co,Engineer,2021-12-28,Dubai\n")
    (check,) = check_file(path, ReadOptions(), as_of=dt.date.fromisoformat(as_of))
    assert check.calendars == calendars


ENCODED_HEADER = "Company,Position,Interview Date,Interviewer\n"


@pytest.mark.parametrize(
    ("row", "encoding", "forced", "line", "data"),
    [
        # Detected (ot32 F2): which code page the file was taken to be, and how to choose another.
        (
            "阿里巴巴,工程师,2026-11-16,王伟\n",
            "gbk",
            None,
            "  Encoding: GBK (read by its characters; pass --encoding to choose another)",
            {"codec": "gbk", "name": "GBK", "chosen": False},
        ),
        (
            "Café Nord,Ingénieur,2026-11-16,Zoë Müller\n",
            "cp1252",
            None,
            "  Encoding: Windows-1252 (read by its characters; pass --encoding to choose another)",
            {"codec": "cp1252", "name": "Windows-1252", "chosen": False},
        ),
        (
            "Kőszeg Kft,Fejlesztő,2026-11-16,Kő Ottó\n",
            "cp1250",
            None,
            "  Encoding: Windows-1250 (read by its characters; pass --encoding to choose another)",
            {"codec": "cp1250", "name": "Windows-1250", "chosen": False},
        ),
        (
            "Żabka Łódź,Inżynier,2026-11-16,Paweł Kowalczyk\n",
            "cp1250",
            "cp1250",
            "  Encoding: Windows-1250 (as --encoding chose)",
            {"codec": "cp1250", "name": "Windows-1250", "chosen": True},
        ),
        # UTF-16 is known by its byte-order mark, not its characters (ot33 F11).
        (
            "Café Nord,Ingénieur,2026-11-16,Zoë Müller\n",
            "utf-16",
            None,
            "  Encoding: UTF-16-LE (by its byte-order mark)",
            {"codec": "utf-16-le", "name": "UTF-16-LE", "chosen": False},
        ),
        # UTF-8, with or without a byte-order mark: nothing to say.
        ("Café Nord,Ingénieur,2026-11-16,Zoë Müller\n", "utf-8", None, None, None),
        ("Café Nord,Ingénieur,2026-11-16,Zoë Müller\n", "utf-8-sig", None, None, None),
    ],
)
def test_check_says_the_encoding_of_a_csv_not_in_utf8(
    tmp_path: Path,
    row: str,
    encoding: str,
    forced: str | None,
    line: str | None,
    data: dict[str, object] | None,
) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes((ENCODED_HEADER + row).encode(encoding))
    checks = check_file(path, ReadOptions(encoding=forced))
    lines = to_text(checks).splitlines()
    said = [text for text in lines if text.startswith("  Encoding:")]
    assert said == ([line] if line else [])
    if line:
        assert lines[1] == line  # under the file's first line
    (sheet,) = to_json(checks)["trackers"]
    assert sheet["encoding"] == data


# A header row pasted from the tracker onto another sheet (report ot83, F8): its "Follow-up
# status" carries the tool's note, so the run writes the column; alone and without the note
# (a column of the person's named so), it is theirs, left alone.
PASTED_STATUS = {
    "the tool's note on it: the tool's": (True, None),
    "no note: the person's": (False, 'D "Follow-up status"'),
}


@pytest.mark.parametrize(("noted", "left"), PASTED_STATUS.values(), ids=PASTED_STATUS.keys())
def test_a_status_header_with_the_tools_note_is_not_left_alone(
    tmp_path: Path, noted: bool, left: str | None
) -> None:
    from click.testing import CliRunner
    from openpyxl.comments import Comment

    from followup_batch.cli import main

    path = tmp_path / "Maya Chen.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Referrals"
    sheet.append(["Company", "Position", "Date Applied", "Follow-up status"])
    sheet.append(["Orbit Games", "Analyst", dt.datetime(2027, 4, 5), None])
    if noted:
        sheet["D1"].comment = Comment(
            "The tool's answer for the row.\nas of 2027-04-05", "followup-batch"
        )
    book.save(path)

    checks = check_paths([path], ReadOptions(), as_of=dt.date(2027, 4, 12))
    lines = [line.strip() for line in to_text(checks).splitlines()]
    assert [line for line in lines if line.startswith("Left alone")] == (
        [] if left is None else [f"Left alone: {left}"]
    )
    ran = CliRunner().invoke(main, ["run", "-v", "--as-of", "2027-04-12", str(path)])
    assert ran.exit_code == 0, ran.output
    assert ("Left alone" in ran.output) is (left is not None)
    shown = openpyxl.load_workbook(path)["Referrals"]
    headers = [cell.value for cell in shown[1]]
    assert headers.count("Follow-up status") == (1 if noted else 2)


# (Status as typed, rows with it, what check says it was read as): the readings a person
# needs to see when a row's answer looks wrong (ot108 F12).
STATUS_CASES = [
    ("Rejected", 2, "rejected"),
    ("Phone screen done, onsite next week", 1, "interviewing"),
    ("Offer", 1, "offer"),
    ("Wishlist", 1, "not applied"),
    ("phone screen", 1, "interviewing"),
    ("On hold", 1, "on hold"),
    ("rejcted", 1, "not read: the row needs info"),
    ("オファー面談", 1, "not read: the row needs info"),  # an offer meeting: which way it went
]


def status_tracker(tmp_path: Path) -> Path:
    rows: list[list[object]] = [["Company", "Position", "Interview Date", "Status"]]
    for n, (status, count, _) in enumerate(STATUS_CASES):
        rows += [[f"Co {n}-{i}", "Analyst", "2026-11-13", status] for i in range(count)]
    rows.append(["Blank", "Analyst", "2026-11-13", None])  # blank: not listed
    return write_xlsx(tmp_path / "statuses.xlsx", {"Jobs": rows})


def test_check_lists_each_status_text_and_its_reading(tmp_path: Path) -> None:
    as_of = dt.date(2026, 11, 20)
    (check,) = check_file(status_tracker(tmp_path), ReadOptions(), as_of=as_of)
    text = to_text([check])
    listed = text.split('  Statuses read (D "Status"):\n')[1].split("\n  Calendars:")[0]
    assert listed.splitlines() == [
        '    "Rejected" ×2                         -> rejected',
        '    "Phone screen done, onsite next week" -> interviewing',
        '    "Offer"                               -> offer',
        '    "Wishlist"                            -> not applied',
        '    "phone screen"                        -> interviewing',
        '    "On hold"                             -> on hold',
        '    "rejcted"                             -> not read: the row needs info',
        '    "オファー面談"                        -> not read: the row needs info',
    ]
    statuses = to_json([check])["trackers"][0]["statuses"]
    assert [(s["text"], s["rows"], s["read_as"]) for s in statuses] == [
        (status, count, [{"outcome": None if said.startswith("not read") else said, "rows": count}])
        for status, count, said in STATUS_CASES
    ]


def test_check_says_a_status_text_read_two_ways_with_the_rows_of_each(tmp_path: Path) -> None:
    """The rows' readings come from the run's normalised rows: were a text read otherwise on
    some rows (by their dates, say), each reading is listed with its rows."""
    check = SheetCheck(
        tmp_path / "t.xlsx",
        header_row=1,
        rows=4,
        statuses=[StatusRead("Interview", 4, (("interviewing", 3), ("applied", 1)))],
        status_column='E "Status"',
    )
    assert '    "Interview" ×4 -> interviewing (3 rows), applied (1)\n' in to_text([check])


def test_check_lists_at_most_25_status_texts_and_says_how_many_more(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Company", "Position", "Interview Date", "Status"]]
    rows += [[f"Co {n}", "PM", "2026-11-13", f"Rejected {n + 1}/11"] for n in range(28)]
    path = write_xlsx(tmp_path / "many.xlsx", {"Jobs": rows})
    text = to_text(check_file(path, ReadOptions(), as_of=dt.date(2026, 11, 20)))
    listed = text.split('  Statuses read (D "Status"):\n')[1].split("\n  Calendars:")[0]
    assert len(listed.splitlines()) == 26
    assert listed.splitlines()[0] == '    "Rejected 1/11"  -> rejected'
    assert listed.splitlines()[-1] == "    … and 3 more (check --json lists them all)"


def test_check_lists_a_status_and_a_result_read_together(tmp_path: Path) -> None:
    """A Result beside a Status of stages is read with it (ot111 F1): check lists both as the
    Outcome, each row's two cells with what they read as, and leaves neither alone."""
    rows: list[list[object]] = [
        ["Company", "Position", "Interview Date", "Status", "Result"],
        ["Acme", "PM", "2026-11-10", "Interviewed", "Rejected"],
        ["Globex", "PM", "2026-11-10", "Onsite", "Offer accepted"],
        ["Hooli", "PM", "2026-11-10", "Final round", None],
        ["Initech", "PM", "2026-11-10", "Rejected", "Offer accepted"],
    ]
    path = write_xlsx(tmp_path / "two.xlsx", {"Jobs": rows})
    (check,) = check_file(path, ReadOptions(), as_of=dt.date(2026, 11, 20))
    # "Onsite" and "Final round" in the Status name the rows' interview types (ot136 F4).
    assert [(c.column, c.header, c.field) for c in check.columns][3:] == [
        ("D", "Status", "outcome"),
        ("D", "Status", "interview_type"),
        ("E", "Result", "outcome"),
    ]
    assert check.ignored == []
    text = to_text([check])
    listed = text.split('  Statuses read (D "Status" + E "Result"):\n')[1]
    assert listed.split("\n  Calendars:")[0].splitlines() == [
        '    "Interviewed + Rejected"    -> rejected',
        '    "Onsite + Offer accepted"   -> accepted',
        '    "Final round"               -> interviewing',
        '    "Rejected + Offer accepted" -> not read: the row needs info',
    ]
    assert "Left alone" not in text


def test_check_lists_no_statuses_without_a_status_column(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Company", "Position", "Interview Date"],
        ["A", "PM", "2026-11-13"],
    ]
    path = write_xlsx(tmp_path / "none.xlsx", {"Jobs": rows})
    (check,) = check_file(path, ReadOptions(), as_of=dt.date(2026, 11, 20))
    assert check.statuses == []
    assert "Statuses read" not in to_text([check])
    assert to_json([check])["trackers"][0]["statuses"] == []


# (Date Applied, Interview Date, Status, the row's kind in check's Rows line)
ROW_KIND_CASES = [
    ("2026-10-01", "2026-11-13", "", "interviews"),
    ("2026-10-01", "", "Applied", "applications"),
    ("", "", "Wishlist", "not_applied"),
    ("2026-11-09", "", "Applied", "date_to_fix"),  # a day still to come (ot109 F4)
    ("31/02/2026", "", "Applied", "date_to_fix"),  # no such day
    ("", "next Tuesday?", "", "date_to_fix"),  # not a date
    ("", "", "Applied", "undated"),
    # A company noted, nothing else: not applied yet (ot144 F5), not an undated application.
    ("", "", "", "not_applied"),
]


def test_check_counts_a_row_whose_date_is_not_read_as_a_date_to_fix(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Company", "Position", "Date Applied", "Interview Date", "Status"]]
    rows += [[f"Co {n}", "PM", *case[:3]] for n, case in enumerate(ROW_KIND_CASES)]
    path = write_xlsx(tmp_path / "kinds.xlsx", {"Jobs": rows})
    (check,) = check_file(path, ReadOptions(), as_of=dt.date(2026, 11, 2))
    kinds = [kind for *_, kind in ROW_KIND_CASES]
    assert check.kinds == {kind: kinds.count(kind) for kind in dict.fromkeys(kinds)}
    assert (
        "  Rows: 1 with an interview date, 1 application without an interview, 2 not applied "
        "yet, 3 with a date to fix, 1 without a date\n"
    ) in to_text([check])
