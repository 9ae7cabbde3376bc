"""The Why names the words a seniority was read from, as it names the Industry's (outside
test ot139 F8: 'Associate' was read as entry, −1 bd, and the Why said '−1 entry' alone)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main


@pytest.mark.parametrize(
    ("seniority", "first_check_in"),
    [
        # Another word for a level: named.
        (
            "Associate",
            "1st check-in: 5 bd -1 entry (Associate) = 4 bd after Mon 2027-12-13 -> Fri 2027-12-17",
        ),
        (
            "Sr.",
            "1st check-in: 5 bd +2 senior (Sr.) = 7 bd after Mon 2027-12-13 -> Wed 2027-12-22",
        ),
        (
            "Director",
            "1st check-in: 5 bd +5 executive (Director) = 10 bd after Mon 2027-12-13 -> "
            "Tue 2027-12-28 (skipped Christmas Day (observed) Fri 12-24)",
        ),
        # The level's own name, in any case: not said twice.
        ("Senior", "1st check-in: 5 bd +2 senior = 7 bd after Mon 2027-12-13 -> Wed 2027-12-22"),
        ("entry", "1st check-in: 5 bd -1 entry = 4 bd after Mon 2027-12-13 -> Fri 2027-12-17"),
        # A blank cell is mid, which adds nothing to the 1st check-in.
        (
            "",
            "1st check-in: 5 bd after Mon 2027-12-13 -> Mon 2027-12-20 -> Tue 2027-12-21 "
            "(preferred send day)",
        ),
    ],
)
def test_the_why_names_the_seniority_as_written(
    tmp_path: Path, seniority: str, first_check_in: str
) -> None:
    tracker = tmp_path / "levels.csv"
    tracker.write_text(
        "Company,Position,Interview Date,Interview Type,Seniority,Country\n"
        f"Acme,Analyst,2027-12-13,Video,{seniority},US\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main, ["run", str(tracker), "--as-of", "2027-12-14", "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    with out.open(newline="", encoding="utf-8") as handle:
        (row,) = csv.DictReader(handle)
    assert first_check_in in row["Why"].split("\n")
    assert row["Problems"] == ""
