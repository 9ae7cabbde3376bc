"""Trackers whose every cell is a long run of one shape (10,000 spaces, digits, words, each
ended by a character that fails a pattern) go through the whole run: read, normalise,
schedule, explain, write. A pattern that backtracks on such a cell held a run for minutes
(fx214's sent-mark pattern on 10,000 spaces), a sent mark's note was parsed as a date once per
space in it, and two rows with the same unreadable interview
date ended in an internal error (``why.same_interview``). Each run is a child process with a
deadline of minutes: a hang fails with the shape named, no time figure is asserted."""

from __future__ import annotations

import csv
import resource
import subprocess
import sys
from pathlib import Path

import pytest

DEADLINE_SECONDS = 600  # a hang guard, not a timing: the run takes seconds
COLUMNS = [
    "Company",
    "Position",
    "Interview Date",
    "Interview Type",
    "Interviewer",
    "Email",
    "Notes",
    "Status",
    "Location",
    "Decision Date",
    "Thank-you sent",
    "Date Applied",
]
SHAPES = {
    "spaces": " " * 10_000 + "!",
    "ideographic spaces": "\u3000" * 10_000 + "!",
    "digits": "1" * 10_000 + "!",
    "dates": "1/" * 5_000 + "!",
    "words": "sent " * 2_000 + "!",
    "tabs and spaces": "\t " * 5_000 + "!",
    # a mark and a note: each space was a date's possible end, parsed in turn (41 s a cell)
    "marks": "x - " * 2_500 + "today!",
}


def _run(path: Path, out: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [sys.executable, "-m", "followup_batch", "run", str(path), "--as-of", "2026-11-20"]
            + ["--output", str(out)],
            capture_output=True,
            text=True,
            timeout=DEADLINE_SECONDS,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{path.name}: the run did not end within {DEADLINE_SECONDS} s (a hang)")


@pytest.mark.parametrize("shape", SHAPES)
def test_a_tracker_of_long_runs_in_every_cell_is_run_to_its_end(tmp_path, shape):
    path = tmp_path / "hostile.csv"
    cell = SHAPES[shape]
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(COLUMNS)
        writer.writerows([cell] * len(COLUMNS) for _ in range(3))
    out = tmp_path / "out.csv"
    done = _run(path, out)
    assert done.returncode == 0, done.stdout + done.stderr
    with out.open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert [row["Company"] for row in rows] == [cell] * 3  # the user's cells as they were
    assert [row["Follow-up status"] for row in rows] == ["Needs info", "Duplicate", "Duplicate"]


# Sent cells whose mark's patterns tried every way of reading them (fx240): each split of a
# run of spaces before a "?" (8.9 s for 2,000 spaces, the cube of the run's length), each
# Devanagari letter taken by either of two alternatives (the time doubled with each letter).
SENT_SHAPES = {
    "a mark, spaces and a question": "Sent" + " " * 10_000 + "x?",
    "Devanagari letters and a question": "\u0915\u0916\u0917\u0918" * 2_500 + "?",
}


@pytest.mark.parametrize("shape", SENT_SHAPES)
def test_a_long_sent_cell_asked_about_is_read_to_its_end(tmp_path, shape):
    path = tmp_path / "sent.csv"
    row = dict.fromkeys(COLUMNS, "") | {
        "Company": "Acme",
        "Position": "Data Engineer",
        "Interview Date": "2026-11-02",
        "Status": "Interviewed",
        "Thank-you sent": SENT_SHAPES[shape],
    }
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows([COLUMNS, list(row.values())])
    out = tmp_path / "out.csv"
    done = _run(path, out)
    assert done.returncode == 0, done.stdout + done.stderr
    with out.open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert [row["Thank-you sent"] for row in rows] == [SENT_SHAPES[shape]]


@pytest.mark.parametrize("date", ["TBD", "?", "!", "31/02/2026"])
def test_rows_pasted_twice_without_a_date_read_are_a_duplicate(tmp_path, date):
    """Two rows alike in every cell whose interview date cannot be read: the second is the
    first's copy, with no date to name (an internal error before)."""
    path = tmp_path / "twice.csv"
    path.write_text(
        f"Company,Position,Interview Date\nAcme,Engineer,{date}\nAcme,Engineer,{date}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    done = _run(path, out)
    assert done.returncode == 0, done.stdout + done.stderr
    with out.open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert [row["Follow-up status"] for row in rows] == ["Needs info", "Duplicate"]
    assert rows[1]["Why"].startswith(
        "Duplicate: the same cells as row 2, which has its follow-ups; nothing is sent from "
        "this row."
    )


# Outside test ot105 F1: a 20-row tracker whose cells in one column were each 30,000
# characters of one shape took up to a minute of CPU (a clean one takes about 1 s), as
# readings tried the cell from each of its characters or words. The budget is CPU seconds
# (the machine's load does not count), loose enough to pass on a slow machine, tight enough
# to catch a reading whose cost grows with the cell's length squared again.
CPU_BUDGET_SECONDS = 20
LONG_COLUMNS = [
    "Company",
    "Position",
    "Interviewer",
    "Email",
    "Status",
    "Interview Date",
    "Notes",
    "Country",
    "Round",
    "Type",
]
LONG_SHAPES = {
    "a and a space": "a " * 15_000,  # Status 42 s, Country ~68 s, Interviewer 10 s
    "a digit and a space": "1 " * 15_000,  # Status 41 s
    "slashes and dashes": "12/3-4/" * 4_285,  # Interviewer 62 s
    "after": "after " * 5_000,  # Country 12.5 s, Status 7 s
    "Arabic": "مرحبا بالعالم " * 2_142,  # Status 25 s
    "dates without their day": "2026-11-" * 3_750,  # Status 6 s
    "offer or": "Offer or " * 3_333,
    "a digit and a dot": "1." * 15_000,
}


def _long_cell_tracker(path: Path, column: str, cell: str) -> None:
    countries = ["DE", "DE", "IN", "DE", "UK", "US", "DE", "IN", "UK", "CA"]
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(LONG_COLUMNS)
        for i in range(20):
            row = {
                "Company": f"Acme {i}",
                "Position": "Data Engineer",
                "Interviewer": "Jane Roe",
                "Email": f"jane{i}@example.com",
                "Status": "Interviewed",
                "Interview Date": f"2026-11-{2 + i:02d}",
                "Notes": "met on zoom",
                "Country": countries[i % 10],
                "Round": str(1 + i % 3),
                "Type": ["phone", "video", "onsite"][i % 3],
                column: cell,
            }
            writer.writerow([row[name] for name in LONG_COLUMNS])


@pytest.mark.slow
@pytest.mark.parametrize("shape", LONG_SHAPES)
@pytest.mark.parametrize("column", LONG_COLUMNS)
def test_a_column_of_long_cells_costs_no_more_than_a_long_run(tmp_path, column, shape):
    path = tmp_path / "long.csv"
    _long_cell_tracker(path, column, LONG_SHAPES[shape])
    out = tmp_path / "out.csv"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = _run(path, out)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    assert done.returncode == 0, done.stdout + done.stderr
    assert cpu < CPU_BUDGET_SECONDS, f"{column} of {shape}: {cpu:.1f} CPU s"
    with out.open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert [row[column] for row in rows] == [LONG_SHAPES[shape]] * 20  # the cells as they were
