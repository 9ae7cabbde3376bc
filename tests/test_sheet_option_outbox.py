"""`run --sheet X` writes only sheet X's cells, but the workbook's Drafts (the outbox) and
Summary sheets keep describing the whole workbook: the other tracker sheets are read and
computed for them, not written. So a run of every sheet and a run of one sheet make the same
Drafts and Summary sheets, formulas and values alike. Was: both were rebuilt from sheet X alone,
every other sheet's due messages and counts gone. Each case is a workbook built here, run,
reopened."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest
from trackers import write_xlsx

from followup_batch.batch import NO_BACKUP_NOTE, RunOptions, process_file
from followup_batch.config import Config, load_config

AS_OF = dt.date(2026, 2, 20)
EARLIER = dt.date(2026, 2, 9)  # the last run of every sheet, before today's
D = dt.datetime
HEADER = ["Company", "Position", "Date Applied", "Interview Date", "Round", "Client", "Country"]
Row = list[object]


def row(
    company: str,
    applied: dt.datetime | None = None,
    interview: dt.datetime | None = None,
    round_: int | None = None,
    client: str | None = None,
    country: str | None = None,
) -> Row:
    return [company, "Analyst", applied, interview, round_, client, country]


# Case -> (sheets and their rows below the header, the sheet named with --sheet).
CASES: dict[str, tuple[dict[str, list[Row]], str]] = {
    "one tracker split by month, January named: February's messages stay": (
        {
            "Jan": [row("Acme", applied=D(2026, 1, 12)), row("Initech", applied=D(2026, 1, 20))],
            "Feb": [row("Globex", applied=D(2026, 2, 2)), row("Acme", interview=D(2026, 2, 10))],
        },
        "Jan",
    ),
    "one tracker split by month, February named: January's counts stay": (
        {
            "Jan": [row("Acme", applied=D(2026, 1, 12)), row("Initech", applied=D(2026, 1, 20))],
            "Feb": [row("Globex", applied=D(2026, 2, 2)), row("Acme", interview=D(2026, 2, 10))],
        },
        "feb",  # its case does not matter, as in Excel
    ),
    "a coach's sheet per client: the other clients' messages and counts stay": (
        {
            "Maya Chen": [row("Acme", applied=D(2026, 1, 12))],
            "Jonas Weber": [
                row("Globex", interview=D(2026, 2, 10), round_=1),
                row("Umbrella", applied=D(2026, 1, 26)),
            ],
            "Jan": [row("Stark", applied=D(2026, 1, 28))],  # a client named Jan
        },
        "Maya Chen",
    ),
    "the other sheet's country: its holidays stay on the Calendars sheet": (
        {
            "Maya Chen": [row("Acme", interview=D(2026, 2, 12), country="US")],
            "Jonas Weber": [row("Globex", interview=D(2026, 2, 12), country="DE-BY")],
        },
        "Maya Chen",
    ),
    "a Client column on two sheets": (
        {
            "Active": [
                row("Acme", applied=D(2026, 1, 12), client="Maya Chen"),
                row("Globex", interview=D(2026, 2, 10), client="Jonas Weber"),
            ],
            "Sheet2": [row("Hooli", interview=D(2026, 2, 12), client="Pia Rossi")],
        },
        "Sheet2",
    ),
}


def own_sheets(path: Path) -> dict[str, list[list[object]]]:
    """The Drafts and Summary sheets as saved, and the Calendars sheet the live statuses count
    business days on: each cell's formula (or value), then each cell's saved value."""
    found = {}
    for data_only in (False, True):
        book = openpyxl.load_workbook(path, data_only=data_only)
        for title in ("Drafts", "Summary", "Calendars"):
            found[f"{title} {'values' if data_only else 'formulas'}"] = [
                [cell.value for cell in line] for line in book[title].iter_rows()
            ]
    return found


def only(config: Config, sheet: str) -> Config:
    return dataclasses.replace(config, reading=dataclasses.replace(config.reading, sheet=sheet))


@pytest.mark.parametrize("case", list(CASES))
def test_a_run_of_one_sheet_makes_the_drafts_and_summary_of_every_sheet(
    tmp_path: Path, case: str
) -> None:
    sheets, named = CASES[case]
    config = load_config(None)
    # The same file name: a split tracker's client is its file's name.
    (tmp_path / "every").mkdir()
    (tmp_path / "one").mkdir()
    every = tmp_path / "every" / "Kim Lee.xlsx"
    write_xlsx(every, {t: [HEADER, *rows] for t, rows in sheets.items()})
    process_file(every, config, RunOptions(EARLIER))
    one = tmp_path / "one" / "Kim Lee.xlsx"
    shutil.copyfile(every, one)

    others = {t for t in sheets if t.lower() != named.lower()}
    left = {t: cells(one, t) for t in others}

    process_file(every, config, RunOptions(AS_OF))
    reports = process_file(one, only(config, named), RunOptions(AS_OF))

    assert [report.sheet for report in reports] == [named.title() if named == "feb" else named]
    assert own_sheets(one) == own_sheets(every)
    # Not two outboxes that lost the same messages: the other sheets' messages are there.
    drafts = openpyxl.load_workbook(one, data_only=True)["Drafts"]
    tracker_rows = [str(line[-1].value) for line in drafts.iter_rows(min_row=2)]
    assert {text.rsplit(" row ", 1)[0] for text in tracker_rows} & others, tracker_rows
    # ... and only the named sheet was written: the others are as the earlier run left them.
    assert {t: cells(one, t) for t in others} == left


def cells(path: Path, title: str) -> list[list[object]]:
    return [list(line) for line in openpyxl.load_workbook(path)[title].iter_rows(values_only=True)]


@pytest.mark.parametrize("case", list(CASES))
def test_a_second_run_of_one_sheet_writes_nothing(tmp_path: Path, case: str) -> None:
    sheets, named = CASES[case]
    config = only(load_config(None), named)
    path = write_xlsx(tmp_path / "one.xlsx", {t: [HEADER, *rows] for t, rows in sheets.items()})
    process_file(path, load_config(None), RunOptions(EARLIER))
    process_file(path, config, RunOptions(AS_OF))
    before = path.read_bytes()
    reports = process_file(path, config, RunOptions(AS_OF))
    assert [report.unchanged for report in reports] == [True]
    assert path.read_bytes() == before


def test_a_sheet_the_tool_never_wrote_is_left_out_and_said(tmp_path: Path) -> None:
    # Its status cells do not exist yet: no formula could count them or follow its rows.
    sheets = CASES["a coach's sheet per client: the other clients' messages and counts stay"][0]
    path = write_xlsx(tmp_path / "Kim Lee.xlsx", {t: [HEADER, *r] for t, r in sheets.items()})
    reports = process_file(path, only(load_config(None), "Maya Chen"), RunOptions(AS_OF))
    left_out = (
        'sheet "{}" is left out of the Drafts and Summary sheets: the tool has not written its '
        "columns there yet; a run of every sheet (without --sheet) writes them and adds its {}"
    )
    expected = [left_out.format("Jonas Weber", "2 rows"), left_out.format("Jan", "1 row")]
    assert [n for n in reports[0].notices if "left out" in n] == expected
    drafts = openpyxl.load_workbook(path, data_only=True)["Drafts"]
    assert [line[1] for line in drafts.iter_rows(min_row=2, values_only=True)] == ["Maya Chen"]


def test_a_draft_edited_on_another_sheet_stays_in_the_outbox_and_kept(tmp_path: Path) -> None:
    # Was: the run of one sheet forgot what the tool had written on the others, so the next
    # run of every sheet took the person's kept draft there for an old one and replaced it.
    sheets = {
        "Jan": [row("Acme", applied=D(2026, 1, 12))],
        "Feb": [row("Globex", interview=D(2026, 2, 18))],
    }
    config = load_config(None)
    paths = []
    for folder in ("every", "one"):
        (tmp_path / folder).mkdir()
        path = write_xlsx(
            tmp_path / folder / "Kim Lee.xlsx", {t: [HEADER, *r] for t, r in sheets.items()}
        )
        process_file(path, config, RunOptions(AS_OF))
        book = openpyxl.load_workbook(path)
        header = [cell.value for cell in book["Feb"][1]]
        book["Feb"].cell(2, header.index("Draft") + 1).value = "Dear Dana, my own words."
        book.save(path)
        paths.append(path)
    every, one = paths

    process_file(every, config, RunOptions(AS_OF))
    process_file(one, only(config, "Jan"), RunOptions(AS_OF))
    assert own_sheets(one) == own_sheets(every)
    drafts = openpyxl.load_workbook(one, data_only=True)["Drafts"]
    bodies = [line[9] for line in drafts.iter_rows(min_row=2, values_only=True)]
    assert "Dear Dana, my own words." in bodies

    reports = process_file(one, config, RunOptions(AS_OF))
    said = [note for report in reports for note in report.news]
    assert said == [
        'Feb!Q2 ("Draft"): your edited text is kept ("Dear Dana, my own words."): the row\'s '
        "next action is the one it was written for; once that moves on, a new draft replaces "
        "it and your text is saved in .followup-backups",
        # The file was as the run of one sheet wrote it: not backed up again (ot41 F6).
        NO_BACKUP_NOTE,
    ]
