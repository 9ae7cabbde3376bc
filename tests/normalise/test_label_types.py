"""A board's labels column ("Labels": Trello's, several labels a cell, each with its colour)
read as the Interview Type takes the type from a label that names one and leaves the others
alone, said once for the file (ot136 F10: "Referral (purple)" was a problem on a third of a
Trello board's rows)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from followup_batch.normalise import normalise_rows, resolve_roles
from followup_batch.read import ReadOptions, read_trackers

OPTIONS = ReadOptions(column_map={"Due Date": "interview_at"})  # as a Trello board is run


def _board(tmp_path: Path, header: str, labels: list[str]) -> Path:
    path = tmp_path / "Job Hunt 2026.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["Company", "Role", header, "Due Date", "List Name"])
        for n, cell in enumerate(labels):
            writer.writerow([f"Co{n}", "Engineer", cell, "2026-11-18", "Interviewing"])
    return path


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        ("Phone Screen (green)", "phone"),
        ("Onsite (red), Referral (purple)", "onsite"),
        ("Referral (purple), Onsite (red)", "onsite"),
        # Two types: the more decisive for the timing, as in any Interview Type cell.
        ("Phone Screen (green), Final Round (orange)", "final"),
        ("Referral (purple)", "other"),
        ("Referral (purple), Dream job (yellow)", "other"),
        ("", "other"),
        # Without colours, as Notion's and Airtable's tags come.
        ("Referral, Panel", "panel"),
    ],
)
def test_a_labels_cell_gives_the_type_a_label_names(tmp_path: Path, cell: str, kind: str) -> None:
    # On a board whose other cards are labelled with types, as the column is read so.
    board = [cell, "Phone Screen (green)", "Onsite (red)"]
    (raw,) = read_trackers(_board(tmp_path, "Labels", board), OPTIONS)
    frame = normalise_rows(raw, OPTIONS, as_of="2026-11-20")
    assert frame["interview_type"].tolist() == [kind, "phone", "onsite"]
    assert [list(p) for p in frame["problems"]] == [[], [], []]


def test_the_other_labels_are_said_once(tmp_path: Path) -> None:
    cells = ["Referral (purple)", "Onsite (red), Referral (purple)", "Referral (purple)"]
    (raw,) = read_trackers(_board(tmp_path, "Labels", cells), OPTIONS)
    assert [n for n in resolve_roles(raw).notes if "labels" in n] == [
        '"Labels" (C) holds labels: those that name an interview type ("Onsite") give the '
        'row\'s Interview Type, the others ("Referral") are left alone.'
    ]
    frame = normalise_rows(raw, OPTIONS, as_of="2026-11-20")
    assert frame["interview_type"].tolist() == ["other", "onsite", "other"]
    assert not any(frame["needs_info"])


def test_an_interview_type_column_still_says_an_unknown_type(tmp_path: Path) -> None:
    (raw,) = read_trackers(_board(tmp_path, "Interview Type", ["Referral"]), OPTIONS)
    frame = normalise_rows(raw, OPTIONS, as_of="2026-11-20")
    assert [p.split(": ", 1)[1] for p in frame["problems"].iloc[0]] == [
        '"Referral" is not a known interview type (phone, video, onsite, panel, final, chat '
        "or other); read as other"
    ]


@pytest.mark.parametrize(
    ("board", "kinds"),
    [
        # fx332: where the job is done is no interview type: "Remote (green)" was video.
        (["Remote (green)", "Hybrid (yellow)", "Remote - US (green)"], ["other", "other", "other"]),
        (["Fully Remote (green)", "WFH", "Remoto (green)"], ["other", "other", "other"]),
        # Beside them, the type a card's other label names stands.
        (["Remote (green), Phone Screen (blue)", "Hybrid (yellow), Final Round (orange)"],
         ["phone", "final"]),
        # A label that names the interview after the word is the interview's.
        (["Remote interview (sky)", "Video call (sky)", "Zoom"], ["video", "video", "video"]),
        (["Remote phone screen (blue)", "Hybrid - final round"], ["phone", "final"]),
        # On a board whose labels say where jobs are done, "On-site" is the job's office ...
        (["Remote (green)", "On-site (orange)", "Onsite interview (red)"],
         ["other", "other", "onsite"]),
        # ... and on a board of rounds, the onsite round, as before.
        (["Phone Screen (green)", "On-site (orange)", "Onsite (red)"],
         ["phone", "onsite", "onsite"]),
    ],
)  # fmt: skip
def test_a_label_of_where_the_job_is_done_is_no_type(
    tmp_path: Path, board: list[str], kinds: list[str]
) -> None:
    (raw,) = read_trackers(_board(tmp_path, "Labels", board), OPTIONS)
    frame = normalise_rows(raw, OPTIONS, as_of="2026-11-20")
    assert frame["interview_type"].tolist() == kinds
    assert [list(p) for p in frame["problems"]] == [[] for _ in board]


def test_workplace_labels_are_said_with_the_others(tmp_path: Path) -> None:
    cells = ["Remote (green), Phone Screen (blue)", "On-site (orange)", "Referral (purple)"]
    (raw,) = read_trackers(_board(tmp_path, "Labels", cells), OPTIONS)
    assert [n for n in resolve_roles(raw).notes if "labels" in n] == [
        '"Labels" (C) holds labels: those that name an interview type ("Phone Screen") give '
        'the row\'s Interview Type, the others ("Remote", "On-site", "Referral") are left alone.'
    ]
