"""Result and Status cells of trackers people published on GitHub (outside tester ot144) that
needed info: the English "Negative" of a tracker filled from rejection emails, beside the
German "Negativ" and the French "Négatif" that were read (F1), and a word with its first
letter missed ("ccepted"), asked nothing while "Rejectd" was asked "did you mean rejected?"
(F4). Each cell goes through ``read_vocabulary``; the hasan tracker's own rows through ``run``
show what a person sees."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner
from outcome_rows import OUTCOME, REJECTED, UNKNOWN, read

from followup_batch.cli import main
from followup_batch.normalise.cell_readers import read_vocabulary

# F1: a negative answer in English, as the hasan tracker writes it and as others do, read as
# the other languages' are.
NEGATIVE_ANSWERS = [
    ("Negative", REJECTED),
    ("Negative.", REJECTED),
    ("negative", REJECTED),
    ("Negative response", REJECTED),
    ("Negative feedback", REJECTED),
    ("Negative answer", REJECTED),
    ("Negative (Application rejected)", REJECTED),
    # As before.
    ("Negativ", REJECTED),
    ("Négatif", REJECTED),
    ("Respuesta negativa", REJECTED),
]


@pytest.mark.parametrize(("cell", "expected"), NEGATIVE_ANSWERS)
def test_a_negative_answer_in_english_is_a_rejection(cell: str, expected: tuple[str, bool]) -> None:
    assert read(cell) == expected


# Rows of hasan.csv (HasanBeker2/gmail_job_application_parser), run on 2024-01-29 as its
# author would have: each was Needs info, "did you mean rejected?".
HASAN_ROWS = [
    ["2023-10-27", "(Junior) IT Business Analyst (m/w/d)", "univativ GmbH", "Negative"],
    ["2023-11-22", "Data Analyst", "Zalando", "Negative."],
    ["2024-01-05", "Business Analyst", "Luxoft", "Negative (Application rejected)"],
]


def test_the_hasan_tracker_rejections_are_closed(tmp_path: Path) -> None:
    path = tmp_path / "hasan.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["Application Date", "Job Title", "Company Name", "Result"])
        writer.writerows(HASAN_ROWS)
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2024-01-29", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "hasan.csv: 3 rows — 3 Closed"
    with path.open(newline="", encoding="utf-8-sig") as file:
        rows = list(csv.DictReader(file))
    assert [(r["Result"], r["Follow-up status"], r["Problems"]) for r in rows] == [
        (result_cell, "Closed", "") for *_, result_cell in HASAN_ROWS
    ]
    assert rows[1]["Why"].splitlines()[-1] == 'Result "Negative." read as rejected.'


# F4: a one-word status with its first letter missed is asked about, as one with a letter
# missed elsewhere is; English words that are another word with a first letter missed are not.
FIRST_LETTER_MISSED = [
    ("ccepted", "accepted"),  # easyvansh.csv, row 3
    ("pplied", "applied"),
    ("nterviewing", "interviewing"),
    ("ithdrawn", "withdrawn"),
    ("ejected", "rejected"),
    # As before.
    ("Rejectd", "rejected"),
    # Words of their own, no slip: "ghosted", "pending" with the first letter missed.
    ("Hosted", None),
    ("Hosting", None),
    ("Ending", None),
]


@pytest.mark.parametrize(("cell", "suggested"), FIRST_LETTER_MISSED)
def test_a_status_with_its_first_letter_missed_is_suggested_its_word(
    cell: str, suggested: str | None
) -> None:
    hint = f"; did you mean {suggested}?" if suggested is not None else ""
    assert read_vocabulary(cell, OUTCOME) == ("applied", f'"{cell}" {UNKNOWN}{hint}', True)
