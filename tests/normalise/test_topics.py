"""A Notes column is quoted in drafts only where a cell reads as a topic (report ot17, F2).

"Notes" heads one's own notes as often as what was discussed: "Our conversation about liked
my churn model project" cannot be sent. A Topic header keeps every cell as it is.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.normalise.topics import reads_as_topic

# The notes of real trackers (the tester's among them), and whether a draft quotes them.
NOTES = [
    ("dbt migration", True),
    ("pricing experiments", True),
    ("the dashboard redesign", True),
    ("A/B testing at scale", True),
    ("stress-testing models", True),
    ("Scaling data pipelines", True),
    ("the Q3 roadmap for the payments platform", True),
    ("talked about dbt migration", False),  # a past tense first: what happened
    ("asked about A/B testing at scale", False),
    ("liked my churn model project", False),
    ("Discussed pricing", False),
    ("met the CTO", False),
    ("Distributed systems", False),  # starts like a past tense: a Topic column quotes it
    ("team of 6, reports to VP Data", False),  # a clause separator
    ("great chat; follow up in Jan", False),
    ("salary: 120k", False),
    ("nice people - slow process", False),
    ("Bring portfolio.", False),  # a sentence
    ("Recruiter said they are slow in December", False),  # said, they: a sentence's words
    ("I think it went well", False),
    ("our data platform", False),
    ("hiring manager leaving in March, team reorganising next quarter", False),
    ("the roadmap for the new payments platform in Europe", False),  # 9 words
    ("dbt migration\ncall back after Thanksgiving", True),  # the first line is the topic
]


@pytest.mark.parametrize(("note", "quoted"), NOTES)
def test_a_note_is_quoted_only_when_it_reads_as_a_topic(note: str, quoted: bool) -> None:
    assert reads_as_topic(note) is quoted


ROWS = [
    "Acme,Data Scientist,2026-11-20,video,Dana Ortiz,asked about A/B testing at scale",
    "Brightwave,Analyst,2026-11-20,video,Sam Lee,dbt migration",
]
NO_TOPIC = "Hearing how your team works day to day stayed with me afterwards."
WITH_TOPIC = "Our discussion of {} stayed with me afterwards."


def _drafts(tmp_path: Path, header: str, *args: str) -> tuple[list[str], str]:
    path = tmp_path / "tracker.csv"
    lines = [f"Company,Position,Interview Date,Interview Type,Interviewer,{header}", *ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["run", str(path), "--as-of", "2026-11-20", *args], catch_exceptions=False
    )
    assert result.exit_code == 0
    with path.open(encoding="utf-8", newline="") as handle:
        return [row["Draft"] for row in csv.DictReader(handle)], result.output


def test_a_notes_column_gives_drafts_only_its_topics_and_says_how_many(tmp_path: Path) -> None:
    drafts, output = _drafts(tmp_path, "Notes", "-v")
    assert NO_TOPIC in drafts[0]
    assert "A/B testing" not in drafts[0]
    assert WITH_TOPIC.format("dbt migration") in drafts[1]
    assert (
        'tracker.csv: note: "Notes": 1 of 2 notes are quoted in drafts as the interview topic; '
        'the others read as your own notes ("asked about A/B testing at scale") and are left '
        'out. A "Topic" column is quoted word for word\n'
    ) in output


@pytest.mark.parametrize(("header", "args"), [("Topic", ()), ("Notes", ("--map", "Notes=topic"))])
def test_a_topic_column_is_quoted_word_for_word(
    tmp_path: Path, header: str, args: tuple[str, ...]
) -> None:
    drafts, output = _drafts(tmp_path, header, "-v", *args)
    assert WITH_TOPIC.format("asked about A/B testing at scale") in drafts[0]
    assert WITH_TOPIC.format("dbt migration") in drafts[1]
    assert "notes are quoted" not in output


def test_check_says_how_many_notes_are_quoted(tmp_path: Path) -> None:
    path = tmp_path / "tracker.csv"
    lines = ["Company,Position,Interview Date,Interview Type,Interviewer,Notes", *ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path), "--as-of", "2026-11-20"])
    assert result.exit_code == 0
    assert '    - "Notes": 1 of 2 notes are quoted in drafts as the interview topic;' in (
        result.output
    )
