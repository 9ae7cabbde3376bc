"""A round dated before a lower round of its application (outside test ot139: "Round 2" on
Tue 2026-11-03, "Round 1" of the same company and position a week later) ran as two
applications, each with its own follow-ups, and not a word said: one date is likely a typo.
Both rows' Problems now name the other, and say how they are read until the dates agree."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main

HEADER = ["Company", "Position", "Interview Date", "Round", "Interviewer"]


def before(rank: int, day: str, lower: int, row: int, lower_day: str) -> str:
    return (
        f'row {{row}}, column "Round": Round {rank} is dated {day}, before Round {lower} of '
        f"the same application (row {row}, {lower_day}): check the dates; until they agree, "
        f"row {row} is read as the role applied for again"
    )


def after(rank: int, day: str, higher: int, row: int, higher_day: str) -> str:
    return (
        f'row {{row}}, column "Round": Round {rank} is dated {day}, after Round {higher} of '
        f"the same application (row {row}, {higher_day}): check the dates; until they agree, "
        "this row is read as the role applied for again"
    )


# (the tracker's rows below its header, from row 2) -> each row's Problems, {row} its number.
CASES = [
    # ot139: round 2, then round 1 a week later.
    (
        [
            ["Acme", "Data Analyst", "2026-11-03", "2", "Dana Ortiz"],
            ["Acme", "Data Analyst", "2026-11-10", "1", "Sam Lee"],
        ],
        [
            before(2, "Tue 2026-11-03", 1, 3, "Tue 2026-11-10"),
            after(1, "Tue 2026-11-10", 2, 2, "Tue 2026-11-03"),
        ],
    ),
    # Written the other way up: the rows' order on the sheet does not matter.
    (
        [
            ["Acme", "Data Analyst", "2026-11-10", "Round 1", "Sam Lee"],
            ["acme", "data analyst", "2026-11-03", "Round 2", "Dana Ortiz"],
        ],
        [
            after(1, "Tue 2026-11-10", 2, 3, "Tue 2026-11-03"),
            before(2, "Tue 2026-11-03", 1, 2, "Tue 2026-11-10"),
        ],
    ),
    # Round 3 before round 1, round 2 after round 1: only round 3 is out of order.
    (
        [
            ["Initech", "Engineer", "2026-11-03", "3", "Ann Roe"],
            ["Initech", "Engineer", "2026-11-10", "1", "Bob Li"],
            ["Initech", "Engineer", "2026-11-17", "2", "Ann Roe"],
        ],
        [
            before(3, "Tue 2026-11-03", 1, 3, "Tue 2026-11-10"),
            after(1, "Tue 2026-11-10", 3, 2, "Tue 2026-11-03"),
            "",
        ],
    ),
    # In order, and the role applied for again after round 2: nothing to say.
    (
        [
            ["Initech", "Engineer", "2026-03-03", "1", "Ann Roe"],
            ["Initech", "Engineer", "2026-04-07", "2", "Ann Roe"],
            ["Initech", "Engineer", "2026-11-10", "1", "Bob Li"],
        ],
        ["", "", ""],
    ),
    # Round 1 more than 8 weeks after round 2: the role applied for again, its first round
    # not in the tracker; nothing to say.
    (
        [
            ["Acme", "Data Analyst", "2026-03-02", "2", "Dana Ortiz"],
            ["Acme", "Data Analyst", "2026-09-14", "1", "Sam Lee"],
        ],
        ["", ""],
    ),
    # Two rounds of one day, and two positions at one company: nothing to say.
    (
        [
            ["Acme", "Data Analyst", "2026-11-03", "2", "Dana Ortiz"],
            ["Acme", "Data Analyst", "2026-11-03", "1", "Sam Lee"],
            ["Globex", "Data Analyst", "2026-11-03", "2", "Ann Roe"],
            ["Globex", "Data Engineer", "2026-11-10", "1", "Bob Li"],
        ],
        ["", "", "", ""],
    ),
]


@pytest.mark.parametrize(("rows", "problems"), CASES)
def test_a_round_dated_before_a_lower_round_names_both_rows(
    tmp_path: Path, rows: list[list[str]], problems: list[str]
) -> None:
    path = tmp_path / "Maya Chen.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(HEADER)
        writer.writerows(rows)
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-11-12", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    with path.open(newline="", encoding="utf-8-sig") as file:
        written = list(csv.DictReader(file))
    assert [r["Problems"] for r in written] == [
        p.format(row=number) for number, p in enumerate(problems, start=2)
    ]
