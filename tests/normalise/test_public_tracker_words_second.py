"""Status cells of trackers people published on GitHub, second round (outside tester ot145):
"Waiting to apply", the status of every row of a tracker that logs postings before applying,
was read as applied while "Yet to apply" was not (F1). Each cell goes through
``read_vocabulary``; the tracker's own rows through ``check`` show what a person sees."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner
from outcome_rows import APPLIED, INTERVIEWING, REJECTED, read

from followup_batch.cli import main

NOT_APPLIED = ("not applied", False)

# F1: any "to apply" says the application is still to be made, whatever waits before it; an
# application made in a clause of its own still stands.
TO_APPLY = [
    ("Waiting to apply", NOT_APPLIED),
    ("Awaiting to apply", NOT_APPLIED),
    ("Pending to apply", NOT_APPLIED),
    ("Open to apply", NOT_APPLIED),
    ("Referral - waiting to apply", NOT_APPLIED),
    ("Referred, need to apply", NOT_APPLIED),
    ("Waiting to apply (referral)", NOT_APPLIED),
    # As before.
    ("Yet to apply", NOT_APPLIED),
    ("Need to apply", NOT_APPLIED),
    ("Planning to apply", NOT_APPLIED),
    ("Waiting", APPLIED),
    ("Waiting to hear back", APPLIED),
    ("Applied, waiting to hear", APPLIED),
    ("Applied - to apply again", APPLIED),
    ("Submitted; waiting to apply for second role", APPLIED),
    ("Interview, waiting to apply", INTERVIEWING),
    ("Rejected - waiting to apply again", REJECTED),
]


@pytest.mark.parametrize(("cell", "expected"), TO_APPLY)
def test_a_job_still_to_apply_to_is_not_applied(cell: str, expected: tuple[str, bool]) -> None:
    assert read(cell) == expected


# Rows of Roznoshchik/get-hired applications.csv (its dates aside), each "Waiting to apply".
ROZNOSHCHIK_ROWS = [
    ["TechCorp", "2024-07-15", "Waiting to apply", "http://techcorp.com/careers"],
    ["InnovateLLC", "2024-07-14", "Waiting to apply", "http://innovatellc.com/jobs"],
    ["HealthPlus", "2024-07-13", "Waiting to apply", "http://healthplus.com/job3"],
]


def test_the_roznoshchik_tracker_is_not_applied_yet(tmp_path: Path) -> None:
    path = tmp_path / "applications.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["name", "applied_date", "stage", "url"])
        writer.writerows(ROZNOSHCHIK_ROWS)
    result = CliRunner().invoke(
        main,
        ["check", str(path), "--map", "name=company", "--map", "url=position"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert "  Rows: 3 not applied yet\n" in result.output
    assert '    "Waiting to apply" ×3 -> not applied\n' in result.output
