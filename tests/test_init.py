"""``init``: the new tracker reopened as a user (and our own reader) would see it."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from followup_batch.batch import RunOptions, process_file
from followup_batch.compute import compute_sheet
from followup_batch.config import Config
from followup_batch.errors import FollowupError
from followup_batch.init import create_tracker
from followup_batch.normalise import interview_types, seniority, vocabularies
from followup_batch.normalise.frame import normalise_rows
from followup_batch.read import fields, read_trackers

TODAY = dt.date(2026, 11, 20)
HEADERS = [f.header for f in fields.TEMPLATE_FIELDS]


def letter_of(name: str) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter([f.name for f in fields.TEMPLATE_FIELDS].index(name) + 1)


@pytest.fixture
def workbook_path(tmp_path: Path) -> Path:
    return create_tracker(tmp_path / "tracker.xlsx", today=TODAY)


def test_headers_table_and_frozen_header(workbook_path: Path) -> None:
    sheet = load_workbook(workbook_path).active
    assert [c.value for c in sheet[1]] == HEADERS
    assert all(c.font.b for c in sheet[1])
    # Header, Company and Position stay in view, as a run freezes them (ot120 F4: "B2").
    assert sheet.freeze_panes == "C2"
    (table,) = sheet.tables.values()
    assert table.ref == f"A1:{letter_of('country')}3"
    assert [c.name for c in table.tableColumns] == HEADERS
    assert sheet.column_dimensions[letter_of("company")].width == 22
    assert sheet.column_dimensions[letter_of("interviewer_email")].width == 30


@pytest.mark.parametrize(
    ("field", "example_format", "width"),
    [
        # ot119 F11: "2026-11-19 10:00" showed ### in LibreOffice (DejaVu Sans) at width 14.
        ("interview_at", "yyyy-mm-dd hh:mm", 20),
        ("applied_at", "yyyy-mm-dd", 14),
        ("thank_you_sent", "yyyy-mm-dd", 14),
        ("last_reply", "yyyy-mm-dd", 14),
        ("stated_decision", "yyyy-mm-dd", 18),  # wider for the phrases it takes
    ],
)
def test_date_columns_fit_their_format_with_room(
    workbook_path: Path, field: str, example_format: str, width: float
) -> None:
    """A first look at the template shows its dates, not ###: a date column is as wide as the
    format of its first example's cell and 4 characters more, or wider for phrases."""
    sheet = load_workbook(workbook_path).active
    letter = letter_of(field)
    assert sheet[f"{letter}2"].number_format == example_format
    assert sheet.column_dimensions[letter].width == width


@pytest.mark.parametrize(
    ("field", "needed"),
    [
        ("company", "(required)"),
        ("position", "(required)"),
        ("interview_at", "(this or Date Applied)"),
        ("applied_at", "(this or Interview Date)"),
        ("industry", "(optional)"),
    ],
)
def test_header_notes_say_what_a_row_needs(workbook_path: Path, field: str, needed: str) -> None:
    """A row needs an interview date or the day applied, not both (the reader takes either)."""
    sheet = load_workbook(workbook_path).active
    note = sheet[f"{letter_of(field)}1"].comment.text
    assert note.startswith(f"{fields.FIELDS_BY_NAME[field].header} {needed}: ")


@pytest.mark.parametrize(
    ("field", "tip"),
    [
        ("interview_at", "date or date-time of the interview (2026-12-03 14:00)"),
        ("applied_at", "date you sent the application (2026-11-02)"),
        ("client", "whose job search the row is, who signs its drafts; empty: the file's name"),
        ("saved_at", "date you saved the posting, before applying: a row with only this date"),
    ],
)
def test_header_notes_speak_to_the_person_filling_it_in(
    workbook_path: Path, field: str, tip: str
) -> None:
    """The notes say what to type, not the reader's rules: "a column of yes/no marks here
    reads as Interviewed" invited a yes in a date column, "file stem" is jargon and "Teal's
    export" another app's (ot135 F4)."""
    note = load_workbook(workbook_path).active[f"{letter_of(field)}1"].comment.text
    assert tip in note
    assert not [word for word in ("yes/no", "stem", "Teal") if word in note]


@pytest.mark.parametrize(
    ("field", "values"),
    [
        ("interview_type", interview_types.INTERVIEW_TYPE_VALUES),
        ("seniority", seniority.SENIORITY_VALUES),
        ("outcome", vocabularies.OUTCOME_VALUES),
    ],
)
def test_drop_downs(workbook_path: Path, field: str, values: tuple[str, ...]) -> None:
    sheet = load_workbook(workbook_path).active
    letter = letter_of(field)
    (validation,) = [
        v
        for v in sheet.data_validations.dataValidation
        if str(v.sqref) == f"{letter}2:{letter}1001" and v.type == "list"
    ]
    assert validation.formula1 == '"' + ",".join(values) + '"'
    assert validation.showInputMessage
    assert not validation.showErrorMessage  # synonyms such as "Zoom" stay allowed


@pytest.mark.parametrize("field", fields.SENT_FIELDS)
def test_sent_columns_explain_yes(workbook_path: Path, field: str) -> None:
    sheet = load_workbook(workbook_path).active
    letter = letter_of(field)
    (hint,) = [
        v
        for v in sheet.data_validations.dataValidation
        if str(v.sqref) == f"{letter}2:{letter}1001"
    ]
    assert hint.prompt == "a date, or yes when you don't know the date"
    assert hint.showInputMessage


@pytest.mark.parametrize(
    "field",
    [
        "interview_at",
        "stated_decision",
        *fields.SENT_FIELDS,
        "networking_sent",
        "last_reply",
        "applied_at",
        "application_check_in_sent",
    ],
)
def test_date_columns_formatted(workbook_path: Path, field: str) -> None:
    sheet = load_workbook(workbook_path).active
    letter = letter_of(field)
    assert sheet.column_dimensions[letter].number_format == "yyyy-mm-dd"
    assert sheet[f"{letter}2"].number_format.startswith("yyyy-mm-dd")


def test_example_rows_are_dated_around_today(workbook_path: Path) -> None:
    sheet = load_workbook(workbook_path).active
    assert sheet[f"{letter_of('interview_at')}2"].value == dt.datetime(2026, 11, 19, 10, 0)
    assert sheet[f"{letter_of('interview_at')}2"].number_format == "yyyy-mm-dd hh:mm"
    assert sheet[f"{letter_of('thank_you_sent')}3"].value == dt.datetime(2026, 11, 12)
    assert sheet[f"{letter_of('client')}2"].value is None  # the file stem names the client


@pytest.mark.parametrize("name", ["tracker.xlsx", "tracker.csv"])
def test_examples_read_back_cleanly(tmp_path: Path, name: str) -> None:
    path = create_tracker(tmp_path / name, today=TODAY)
    (table,) = read_trackers(path, Config().reading)
    frame = normalise_rows(table, Config().reading)
    assert frame["company"].tolist() == ["Northwind Analytics", "Harbor Bank"]
    assert frame["problems"].map(len).tolist() == [0, 0]
    assert not frame["needs_info"].any()
    assert frame["client"].tolist() == ["tracker", "tracker"]
    assert frame["interview_type"].tolist() == ["video", "panel"]
    assert frame["interviewers"].tolist()[1] == ["Priya Shah", "Tom Reyes"]
    assert frame["thank_you_done"].tolist() == [False, True]
    out = compute_sheet(table, Config(), TODAY).output
    assert out["status"].tolist() == ["Due today", "Scheduled"]
    assert out["next_action"].tolist() == ["Thank-you note", "1st check-in"]


@pytest.mark.parametrize("name", ["tracker.xlsx", "tracker.csv"])
def test_a_run_writes_into_the_new_tracker(tmp_path: Path, name: str) -> None:
    path = create_tracker(tmp_path / name, today=TODAY)
    (report,) = process_file(path, Config(), RunOptions(TODAY))
    assert report.written == path
    assert report.counts == {"Due today": 1, "Scheduled": 1}
    if name.endswith(".xlsx"):  # the run's panes: the template's already
        assert load_workbook(path)["Interviews"].freeze_panes == "C2"


def test_a_run_keeps_the_notes_on_the_columns_the_person_fills_in(tmp_path: Path) -> None:
    """init's notes say what to type in each column; the tool's own columns get its notes.
    Taken for the tool's, the first run took init's off and said of each of the 24 columns
    that it "was one of the tool's columns: it is yours now" (ot131 F2)."""
    path = create_tracker(tmp_path / "tracker.xlsx", today=TODAY)
    (report,) = process_file(path, Config(), RunOptions(TODAY))
    assert not [note for note in report.notes if "tool's columns" in note]
    assert not [note for note in report.notices if "yours now" in note]
    sheet = load_workbook(path)["Interviews"]
    company = sheet[f"{letter_of('company')}1"].comment
    assert company.text == "Company (required): employer"
    status = next(c for c in sheet[1] if c.value == "Follow-up status")
    assert status.comment.text.startswith("Generated by followup-batch")
    (again,) = process_file(path, Config(), RunOptions(TODAY + dt.timedelta(days=1)))
    assert not [note for note in again.notes if "yours now" in note]
    assert load_workbook(path)["Interviews"]["A1"].comment.text == company.text


def test_csv_is_the_header_and_examples(tmp_path: Path) -> None:
    path = create_tracker(tmp_path / "t.csv", today=TODAY)
    with path.open(newline="", encoding="utf-8") as handle:
        records = list(csv.reader(handle))
    assert records[0] == HEADERS
    assert len(records) == 3
    assert records[1][HEADERS.index("Interview Date")].startswith("2026-11-19 10:00")
    assert records[2][HEADERS.index("Thank-you Sent")] == "2026-11-12"


def test_tsv_is_the_header_and_examples_separated_by_tabs(tmp_path: Path) -> None:
    """init refused a .tsv, which run reads and writes back (ot29 F7)."""
    path = create_tracker(tmp_path / "t.tsv", today=TODAY)
    with path.open(newline="", encoding="utf-8") as handle:
        records = list(csv.reader(handle, delimiter="\t"))
    assert records[0] == HEADERS
    assert len(records) == 3
    assert records[2][HEADERS.index("Thank-you Sent")] == "2026-11-12"
    empty = create_tracker(tmp_path / "empty.tsv", example_rows=False)
    assert empty.read_bytes() == ("\t".join(HEADERS) + "\r\n").encode()


def test_without_examples(tmp_path: Path) -> None:
    book = create_tracker(tmp_path / "empty.xlsx", example_rows=False)
    sheet = load_workbook(book).active
    assert [c.value for c in sheet[1]] == HEADERS
    assert sheet.max_row <= 2
    (table,) = sheet.tables.values()
    assert table.ref.endswith("2")  # a Table needs one (empty) data row
    text = create_tracker(tmp_path / "empty.csv", example_rows=False)
    assert text.read_bytes() == (",".join(HEADERS) + "\r\n").encode()


@pytest.mark.parametrize("name", ["tracker.xlsx", "tracker.csv"])
def test_never_overwrites(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"my data")
    with pytest.raises(FollowupError) as caught:
        create_tracker(path)
    assert str(caught.value) == (
        f"{path} already exists; init never overwrites a file. Choose a new name, or move "
        "the existing file away first"
    )
    assert path.read_bytes() == b"my data"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temporary file left


@pytest.mark.parametrize("name", ["tracker.xls", "tracker.ods", "tracker"])
def test_other_suffixes_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(FollowupError, match=r"init writes a \.xlsx workbook, or a \.csv or \.tsv"):
        create_tracker(tmp_path / name)
    assert not (tmp_path / name).exists()


def test_creates_missing_folders(tmp_path: Path) -> None:
    path = create_tracker(tmp_path / "clients" / "maya.xlsx")
    assert path.is_file()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_it(workbook_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "converted"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "csv",
            "--outdir",
            str(out),
            str(workbook_path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    with (out / "tracker.csv").open(newline="", encoding="utf-8") as handle:
        records = list(csv.reader(handle))
    assert records[0] == HEADERS
    assert records[1][0] == "Northwind Analytics"
    assert records[1][HEADERS.index("Interview Date")].startswith("2026-11-19 10:00")


# `init --as-of D` dates the examples around D: the README's coach section inits a client's
# tracker, then runs the digest as of 2026-11-20, and the examples, dated around the real
# today, were a thank-you "sent in the future", a row to fix (ot92 F6). (D; its examples'
# interviews: yesterday at 10:00, a week before that at 14:30, whose thank-you was sent then.)
INIT_AS_OF = [
    ("2026-11-20", dt.datetime(2026, 11, 19, 10, 0), dt.datetime(2026, 11, 12, 14, 30)),
    ("2027-01-04", dt.datetime(2027, 1, 3, 10, 0), dt.datetime(2026, 12, 27, 14, 30)),
    ("2026-03-01", dt.datetime(2026, 2, 28, 10, 0), dt.datetime(2026, 2, 21, 14, 30)),
]


@pytest.mark.parametrize(("as_of", "yesterday", "last_week"), INIT_AS_OF)
def test_init_as_of_dates_the_examples_around_that_day(
    tmp_path: Path, as_of: str, yesterday: dt.datetime, last_week: dt.datetime
) -> None:
    from click.testing import CliRunner

    from followup_batch.cli import main

    path = tmp_path / "clients" / "Maya Chen.xlsx"
    created = CliRunner().invoke(main, ["init", str(path), "--as-of", as_of])
    assert created.exit_code == 0, created.output
    assert created.output.splitlines()[1] == f"  followup-batch run '{path}' --as-of {as_of}"
    sheet = load_workbook(path).active
    assert sheet is not None
    at = letter_of("interview_at")
    assert [sheet[f"{at}2"].value, sheet[f"{at}3"].value] == [yesterday, last_week]
    assert sheet[f"{letter_of('thank_you_sent')}3"].value == dt.datetime.combine(
        last_week.date(), dt.time()
    )
    digest = CliRunner().invoke(main, ["digest", str(path.parent), "--as-of", as_of])
    assert digest.exit_code == 0, digest.output
    assert digest.output.splitlines()[1] == "1 follow-up for 1 client: 1 due today"
    (report,) = process_file(path, Config(), RunOptions(dt.date.fromisoformat(as_of)))
    assert report.counts == {"Due today": 1, "Scheduled": 1}
    sheet = load_workbook(path).active
    assert sheet is not None
    headers = [cell.value for cell in sheet[1]]
    problems = headers.index("Problems") + 1
    assert [sheet.cell(row, problems).value for row in (2, 3)] == [None, None]


# Outside test ot150: the person types their interviews under init's two examples (in
# LibreOffice, which does not grow a Table); the first run took them into init's Table saying
# 'the Excel Table "Interviews" now takes in rows 4 to 11 …', jargon of a Table the person
# never made. It is said with -v only; a Table of the person's own is still said.
TYPED = [
    ["Wise", "Software Engineer", dt.datetime(2026, 11, 18, 14)],
    ["Monzo", "Backend Engineer", dt.datetime(2026, 11, 17, 10)],
    ["Stripe", "Senior Backend Engineer", dt.datetime(2026, 11, 16, 15)],
]
TAKEN_IN = (
    'the Excel Table "{name}" now takes in rows 4 to 6 (it is A1:{last}6), the tracker rows '
    "below it, as Excel does with a row typed under a Table: its filter, banding and sorting "
    "hold them."
)


@pytest.mark.parametrize(
    ("table", "options", "said"),
    [
        ("Interviews", [], False),
        ("Interviews", ["-v"], True),
        ("MyJobs", [], True),  # renamed: the person's own now
    ],
    ids=["init's", "init's with -v", "renamed"],
)
def test_rows_typed_under_init_s_examples_join_its_table_quietly(
    tmp_path: Path, table: str, options: list[str], said: bool
) -> None:
    from click.testing import CliRunner

    from followup_batch.cli import main

    path = create_tracker(tmp_path / "Maya Chen.xlsx", today=TODAY)
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    for offset, (company, position, when) in enumerate(TYPED, start=4):
        sheet[f"{letter_of('company')}{offset}"] = company
        sheet[f"{letter_of('position')}{offset}"] = position
        sheet[f"{letter_of('interview_at')}{offset}"] = when
    if table != "Interviews":
        made = sheet.tables["Interviews"]
        del sheet.tables["Interviews"]
        made.name = made.displayName = table
        sheet.add_table(made)
    book.save(path)

    ran = CliRunner().invoke(main, ["run", str(path), "--as-of", "2026-11-20", *options])
    assert ran.exit_code == 0, ran.output
    sheet = load_workbook(path).active
    assert sheet is not None
    (held,) = sheet.tables.values()
    last = held.ref.split(":")[1].rstrip("0123456789")
    assert held.ref == f"A1:{last}6"
    note = TAKEN_IN.format(name=table, last=last)
    assert (note in ran.stderr) is said
    # The drop-downs reach the rows typed, and far below them, as init made them.
    ranges = {str(v.sqref) for v in sheet.data_validations.dataValidation if v.type == "list"}
    assert ranges == {
        f"{letter_of(name)}2:{letter_of(name)}1001"
        for name in ("interview_type", "seniority", "outcome")
    }
