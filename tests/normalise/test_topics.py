"""A Notes column the tool only recognises is never quoted in a draft (reports ot17 F2, ot19 F1).

"Notes" heads one's own notes as often as what was discussed, and no reading of the words tells
"backup option" from "dbt migration": "Our discussion of bad vibes stayed with me" cannot be
sent. A Topic column, or a Notes column the user maps to the topic, is quoted as it is.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from followup_batch.check import check_file
from followup_batch.cli import main
from followup_batch.read import ReadOptions

# Notes of real trackers (the tester's battery of 50 among them). The first ones were quoted as
# the interview topic by the old rule, which let through any short phrase; the last ones are
# topics, which a Notes column keeps private all the same (nothing tells them apart).
NOTES = [
    "great chat about streaming metrics",
    "bad vibes",
    "awful interviewer",
    "underpaid",
    "salary 120k",
    "low offer expected",
    "probably reject",
    "backup option",
    "do not apply again",
    "recruiter ghosted",
    "commute too long",
    "negotiate salary",
    "hiring freeze",
    "meh",
    "check Glassdoor",
    "follow up next week",
    "Referral from John",
    "PTO Feb 10-14",
    "interviewer late 15 min",
    "dbt migration",
    "system design round",
    "data pipeline redesign",
    "the Q3 roadmap for the payments platform",
]
NO_TOPIC = "Hearing how your team works day to day stayed with me afterwards."
WITH_TOPIC = "One topic we discussed stayed with me afterwards: {}."
PRIVATE = (
    '"Notes" is kept private: drafts never quote it. To quote it as the interview topic, use '
    '--map "Notes=topic" or rename the column Topic.'
)
# How the column gets to be the topic: recognised as Notes, or named or mapped by the user.
WAYS = {
    "Notes": ("Notes", ()),
    "Topic": ("Topic", ()),
    "--map": ("Notes", ("--map", "Notes=topic")),
    "config": ("Notes", ("--config", "{config}")),
}


def _run(folder: Path, way: str) -> tuple[dict[str, str], str]:
    """The thank-you drafts of a tracker of NOTES (company -> draft) and the run's output."""
    header, args = WAYS[way]
    path = folder / "tracker.csv"
    rows = [f"Co{i},Analyst,2026-11-20,video,Dana Ortiz,{note}" for i, note in enumerate(NOTES)]
    lines = [f"Company,Position,Interview Date,Interview Type,Interviewer,{header}", *rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    config = folder / "followup.toml"
    config.write_text('[columns]\n"Notes" = "topic"\n', encoding="utf-8")
    args = tuple(arg.format(config=config) for arg in args)
    result = CliRunner().invoke(
        main, ["run", str(path), "--as-of", "2026-11-20", "-v", *args], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["Company"]: row["Draft"] for row in csv.DictReader(handle)}, result.output


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[dict[str, str], str]]:
    """One run per way (a run of 23 rows is slow enough to do once)."""
    return {way: _run(tmp_path_factory.mktemp(way.strip("-")), way) for way in WAYS}


@pytest.mark.parametrize("index", range(len(NOTES)), ids=NOTES)
def test_a_notes_column_is_never_quoted(runs: dict, index: int) -> None:
    drafts, _ = runs["Notes"]
    draft = drafts[f"Co{index}"]
    assert NO_TOPIC in draft
    assert NOTES[index] not in draft


@pytest.mark.parametrize("way", ["Topic", "--map", "config"])
@pytest.mark.parametrize("index", range(len(NOTES)), ids=NOTES)
def test_a_topic_column_or_a_mapped_notes_column_is_quoted(
    runs: dict, way: str, index: int
) -> None:
    drafts, _ = runs[way]
    assert WITH_TOPIC.format(NOTES[index]) in drafts[f"Co{index}"]


@pytest.mark.parametrize(("way", "said"), [("Notes", True), ("Topic", False), ("--map", False)])
def test_run_says_the_notes_column_is_kept_private(runs: dict, way: str, said: bool) -> None:
    _, output = runs[way]
    assert (f"tracker.csv: note: {PRIVATE}\n" in output) is said


def test_check_says_it_once_per_file_and_not_for_an_empty_column(tmp_path: Path) -> None:
    """The month sheets of a split tracker share one Notes column: said on the first sheet
    that has notes, and not at all when none is filled."""
    book = Workbook()
    header = ["Company", "Position", "Interview Date", "Notes"]
    filled = {"Jan": None, "Feb": "backup option", "Mar": "salary 120k"}
    for number, (name, note) in enumerate(filled.items(), start=1):
        sheet = book.create_sheet(name)
        sheet.append(header)
        sheet.append([f"Co{number}", "Analyst", f"2026-{number:02}-10", note])
    del book["Sheet"]
    path = tmp_path / "Maya Chen.xlsx"
    book.save(path)
    checks = check_file(path, ReadOptions(), as_of=dt.date(2026, 11, 20))
    said = {check.sheet: [n for n in check.notes if "kept private" in n] for check in checks}
    assert said == {"Jan": [], "Feb": [PRIVATE], "Mar": []}


@pytest.mark.parametrize(("args", "quoted"), [((), False), (("--map", "Notes=topic"), True)])
def test_a_dataset_quotes_a_notes_column_only_when_mapped(
    tmp_path: Path, args: tuple[str, ...], quoted: bool
) -> None:
    """A dataset's pieces did not know which headers the user mapped: --map "Notes=topic" was
    read as the tool's guess, and its notes were kept out of the drafts all the same."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "part.csv").write_text(
        "Company,Position,Interview Date,Interview Type,Interviewer,Notes\n"
        "Acme,Analyst,2026-11-20,video,Dana Ortiz,dbt migration\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        ["run", str(data), "--output", str(out), "--engine", "pandas", "--as-of", "2026-11-20"]
        + list(args),
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    (draft,) = pd.read_parquet(out / "part.parquet")["followup_draft"]
    assert (WITH_TOPIC.format("dbt migration") in draft) is quoted
    assert (NO_TOPIC in draft) is not quoted


# A Topic cell too long to quote (ot127 F5: a one-line topic of 13 words fell back to the
# generic paragraph and nothing said so): (header, Topic cell, the thank-you's paragraph, the
# row's Problems). A topic's first line up to 10 words is quoted; a longer one is said (cut
# short with "…", "..." in a CSV file of ASCII text, which stays so).
LONG_TOPIC = (
    'row 2, column "Topic": "{}" is longer than a topic the drafts quote (10 words): the '
    'drafts leave it out; write the point in a few words ("pricing experiments")'
)
TOPIC_LENGTHS = {
    "ten words": (
        "Topic",
        "the Q3 roadmap for the payments platform and its pricing",
        WITH_TOPIC.format("the Q3 roadmap for the payments platform and its pricing"),
        "",
    ),
    "thirteen words": (
        "Topic",
        "how the data platform team balances reliability work against new features for partners",
        NO_TOPIC,
        LONG_TOPIC.format("how the data platform team balances reliability work..."),
    ),
    "a long first line over notes": (
        "Topic",
        "la stratégie « beauty tech » et l’expansion en Asie & Moyen-Orient\nsalary 120k",
        NO_TOPIC,
        LONG_TOPIC.format("la stratégie « beauty tech » et l’expansion en Asie &…"),
    ),
    "a Notes column, never quoted": (
        "Notes",
        "how the data platform team balances reliability work against new features for partners",
        NO_TOPIC,
        "",
    ),
}


@pytest.mark.parametrize(
    ("header", "topic", "said", "problems"), TOPIC_LENGTHS.values(), ids=TOPIC_LENGTHS.keys()
)
def test_a_topic_too_long_to_quote_is_said(
    tmp_path: Path, header: str, topic: str, said: str, problems: str
) -> None:
    path = tmp_path / "tracker.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(
            [
                ["Company", "Position", "Interview Date", "Interview Type", header],
                ["Acme", "Analyst", "2026-12-08", "video", topic],
            ]
        )
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", "2026-12-08"])
    assert result.exit_code == 0, result.output
    with path.open(encoding="utf-8", newline="") as handle:
        (row,) = csv.DictReader(handle)
    assert row["Draft"].split("\n\n")[2].startswith(said)
    assert row["Problems"] == problems
