"""A column of dates the tool does not read beside rows that lack their date (report ot83,
F9): said once, with the --map that reads it; and not said where nothing lacks a date, where
the column is the tool's own or not dates, or where another note names it already."""

from __future__ import annotations

from pathlib import Path

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
    path.write_text(text, encoding="utf-8")
    ran = CliRunner().invoke(main, ["run", "--as-of", "2027-02-01", str(path)])
    assert ran.exit_code in (0, 1), ran.output
    said = [line for line in ran.stderr.splitlines() if "holds dates" in line]
    assert said == ([] if hint is None else [f"note: Maya Chen.csv: {hint}"])


def test_the_map_it_names_reads_the_dates(tmp_path: Path) -> None:
    path = tmp_path / "Maya Chen.csv"
    path.write_text(CASES["renamed applied date, no interview date"][0], encoding="utf-8")
    ran = CliRunner().invoke(
        main, ["run", "--as-of", "2027-02-01", "--map", "When I applied=applied_at", str(path)]
    )
    assert ran.exit_code == 0, ran.output
    assert "holds dates" not in ran.stderr
    assert "Maya Chen.csv: 2 rows — 2 Overdue" in ran.stdout
