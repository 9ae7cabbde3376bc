"""A column of dates the tool does not read beside rows that lack their date (report ot83,
F9): said once, with the --map that reads it; and not said where nothing lacks a date, where
the column is the tool's own or not dates, or where another note names it already."""

from __future__ import annotations

import csv
import datetime as dt
import html as html_module
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

HINT = (
    '"When I applied" (C) holds dates and no column is read as Date Applied; if they are '
    'the applied dates, map it with --map "When I applied=applied_at"'
)
CASES = {
    "renamed applied date, no interview date": (
        "Company,Job Title,When I applied,Status,Interview on,Followed Up\n"
        "A Co,Analyst,1/4/2027,Applied,,FALSE\nB Co,Analyst,1/14/2027,Applied,,FALSE\n",
        HINT,
    ),
    "one row of two without its interview date": (
        "Company,Job Title,When I applied,Status,Interview on\n"
        "A Co,Analyst,1/4/2027,Applied,\nB Co,Analyst,1/5/2027,Interviewing,1/20/2027\n",
        HINT,
    ),
    "dates written out": (
        "Company,Job Title,When I applied,Status,Interview on\n"
        'A Co,Analyst,"Jan 4, 2027",Applied,\n',
        HINT,
    ),
    # Not said: nothing lacks its date, or the column is not a column of dates.
    "every row has its interview date": (
        "Company,Job Title,Start date,Interview Date\nA Co,Analyst,3/1/2027,1/20/2027\n",
        None,
    ),
    "an applied date is read": (
        "Company,Job Title,Date Applied,Offer date,Interview Date\n"
        "A Co,Analyst,1/4/2027,2/1/2027,\n",
        None,
    ),
    "words among the dates": (
        "Company,Job Title,When I applied,Status,Interview on\nA Co,Analyst,1/4/2027,Applied,\n"
        "B Co,Analyst,last week,Applied,\n",
        None,
    ),
    "numbers, not dates": (
        "Company,Job Title,Salary,Status\nA Co,Analyst,90000,Applied\n",
        None,
    ),
    # ... with decimals too, as a salary exported from a number column is (fx276).
    "numbers with decimals, not dates": (
        "Company,Job Title,Max. Salary,Status\nA Co,Analyst,90000.00,Applied\n",
        None,
    ),
    # When a record last changed is never the day applied (ot113 F9: Trello's "Last Activity
    # Date" was offered as the applied date).
    "a card's last activity": (
        "Company,Job Title,Interview Date,Last Activity Date\nA Co,Analyst,,1/19/2027\n",
        None,
    ),
    "a record's last change": (
        "Company,Job Title,Interview Date,Last modified,updatedAt\n"
        "A Co,Analyst,,1/19/2027,2027-01-19T10:00:00.000Z\n",
        None,
    ),
    "a sent column of dates: its own note": (
        "Company,Job Title,Follow-up 3 sent,Interview Date\nA Co,Analyst,1/20/2027,\n",
        None,
    ),
}


@pytest.mark.parametrize(("text", "hint"), CASES.values(), ids=CASES.keys())
def test_a_column_of_dates_left_alone_is_named_with_its_map(
    tmp_path: Path, text: str, hint: str | None
) -> None:
    path = tmp_path / "Maya Chen.csv"
    path.write_text(text, encoding="utf-8-sig")
    ran = CliRunner().invoke(main, ["run", "--as-of", "2027-02-01", str(path)])
    assert ran.exit_code in (0, 1), ran.output
    said = [line for line in ran.stderr.splitlines() if "holds dates" in line]
    assert said == ([] if hint is None else [f"note: Maya Chen.csv: {hint}"])


def test_the_map_it_names_reads_the_dates(tmp_path: Path) -> None:
    path = tmp_path / "Maya Chen.csv"
    path.write_text(CASES["renamed applied date, no interview date"][0], encoding="utf-8-sig")
    ran = CliRunner().invoke(
        main, ["run", "--as-of", "2027-02-01", "--map", "When I applied=applied_at", str(path)]
    )
    assert ran.exit_code == 0, ran.output
    assert "holds dates" not in ran.stderr
    assert "Maya Chen.csv: 2 rows — 2 Overdue" in ran.stdout


TO_FIX = (
    "Needs info: nothing is due or drafted from this row until it is fixed (see Problems); as "
    "it reads now:"
)
NO_DATES = "No dates: neither an interview date nor an applied date can be read."


def _map(day: str) -> str:
    return (
        f'--map "When I applied=applied_at" would read its {day} as the applied date (no column '
        "is read as Date Applied)"
    )


# ot91 F7: the cell inside the sentence read as words of it ("would read its Senin, 2 November
# 2026 as the applied date"): the date read, as the tool writes dates, when either order reads
# it so, else the cell in quotes.
SHOWN_CELLS = [
    ("Senin, 2 November 2026", "2026-11-02"),
    ("2 Nov 2026", "2026-11-02"),
    (dt.datetime(2026, 11, 2), "2026-11-02"),
    ("2026-11-02", "2026-11-02"),
    ("1/4/2027", '"1/4/2027"'),  # the 1st of April or the 4th of January: the column says
    ("early Nov", '"early Nov"'),
]


@pytest.mark.parametrize(("cell", "shown"), SHOWN_CELLS)
def test_the_map_line_shows_the_date_read_or_the_quoted_cell(cell: object, shown: str) -> None:
    from followup_batch.read.unread_dates import unread_date_problem

    assert unread_date_problem(cell, "Tgl Melamar") == (
        f'--map "Tgl Melamar=applied_at" would read its {shown} as the applied date (no column '
        "is read as Date Applied)"
    )


def test_a_row_without_a_date_names_the_map_in_its_problems(tmp_path: Path) -> None:
    """ot87 F3: the row lacking its date said only 'Interview on is empty', and its Why opened
    with a first line of its own. The --map is said at the row that needs it, not at a row
    whose interview date is there or unreadable, one at the interview stage (its applied date
    would not do), a closed one, or one with nothing in the column."""
    path = tmp_path / "Maya Chen.csv"
    path.write_text(
        "Company,Job Title,When I applied,Status,Interview on\n"
        "A Co,Analyst,1/4/2027,Applied,\n"
        "B Co,Analyst,1/5/2027,Interviewing,1/20/2027\n"
        "C Co,Analyst,1/6/2027,Applied,2027-13-16\n"
        "D Co,Analyst,1/7/2027,Applied,TBD\n"
        "E Co,Analyst,,Applied,\n"
        "F Co,Analyst,1/8/2027,Interviewing,\n"
        "G Co,Analyst,1/9/2027,Rejected,\n",
        encoding="utf-8-sig",
    )
    ran = CliRunner().invoke(main, ["run", "--as-of", "2027-02-01", str(path)])
    assert ran.exit_code == 0, ran.output
    with path.open(encoding="utf-8-sig") as handle:
        rows = [
            (r["Follow-up status"], r["Problems"], r["Why"].split("\n")[:2])
            for r in csv.DictReader(handle)
        ]
    cell = 'row {}, column "Interview on": '
    assert rows == [
        (
            "Needs info",
            cell.format(2) + "Interview on is empty; " + _map('"1/4/2027"'),
            [TO_FIX, NO_DATES],
        ),
        (
            "Overdue",
            "",
            [
                "1st check-in: 5 bd after Wed 2027-01-20 → Wed 2027-01-27",
                "Skipped: Thank-you note (a later step is already due or sent)",
            ],
        ),
        ("Needs info", cell.format(4) + '"2027-13-16" is not a date', [TO_FIX, NO_DATES]),
        (
            "Needs info",
            cell.format(5) + 'Interview on says "TBD": no date yet; ' + _map('"1/7/2027"'),
            [TO_FIX, NO_DATES],
        ),
        ("Needs info", cell.format(6) + "Interview on is empty", [TO_FIX, NO_DATES]),
        (
            "Needs info",
            cell.format(7)
            + "Interview on is empty, but the stage says there was an interview: when?",
            [TO_FIX, NO_DATES],
        ),
        ("Closed", "", ["Closed: the outcome is rejected; no interview, so no networking."]),
    ]


def test_the_digest_shows_the_map_of_a_row_without_a_date(tmp_path: Path) -> None:
    """ot87 F3: the digest's Rows to fix (terminal, HTML) and its workbook's Needs info sheet
    showed 'C3: Interview date is empty' alone."""
    folder = tmp_path / "trackers"
    folder.mkdir()
    book = openpyxl.Workbook()
    book.active.title = "Interviews"
    book.active.append(["Company", "Role", "Interview date", "When I applied"])
    book.active.append(["Acme", "Analyst", dt.datetime(2026, 11, 20), dt.datetime(2026, 11, 2)])
    book.active.append(["Initech", "PM", None, dt.datetime(2026, 11, 10)])
    book.save(folder / "Maya Chen.xlsx")
    run = ["run", str(folder / "Maya Chen.xlsx"), "--as-of", "2026-12-01", "-q"]
    assert CliRunner().invoke(main, run, catch_exceptions=False).exit_code == 0
    line = "C3: Interview date is empty; " + _map("2026-11-10")
    sheet = openpyxl.load_workbook(folder / "Maya Chen.xlsx")["Interviews"]
    names = [c.value for c in sheet[1]]
    assert [sheet.cell(3, names.index(n) + 1).value for n in ("Problems", "Why")] == [
        line,
        f"{TO_FIX}\n{NO_DATES}",
    ]
    html, workbook = tmp_path / "digest.html", tmp_path / "digest.xlsx"
    args = ["digest", str(folder), "--as-of", "2026-12-01", "--html", str(html)]
    digest = CliRunner().invoke(main, [*args, "--xlsx", str(workbook)], catch_exceptions=False)
    assert digest.exit_code == 0, digest.output
    assert '    C3: Interview date is empty; --map "When I applied=applied_at"' in digest.stdout
    assert line.split(": ", 1)[1] in html_module.unescape(html.read_text("utf-8"))
    needs_info = openpyxl.load_workbook(workbook)["Needs info"]
    assert [c.value for c in needs_info[1]][-1] == "Problems"
    assert [row[-1] for row in needs_info.iter_rows(min_row=2, values_only=True)] == [line]
