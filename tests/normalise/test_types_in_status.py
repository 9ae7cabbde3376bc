"""A Status column whose cells plainly name an interview type gives the row's type, as a Stage
column does (ot136 F4: "Phone Screen" and "Final Round" under Status lost the phone screen's
same-day thank-you and the final round's earlier check-in)."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_batch.normalise import normalise_rows
from followup_batch.read import ReadOptions, read_trackers

OPTIONS = ReadOptions()


def _tracker(tmp_path: Path, header: str, cell: str, kind: str = "") -> Path:
    path = tmp_path / "Riley Chen.csv"
    typed = ",Interview Type" if kind else ""
    path.write_text(
        f"Company,Position,{header},Interview Date,Date Applied{typed}\n"
        f'Acme,PM,"{cell}",2026-11-18,2026-11-02{"," + kind if kind else ""}\n'
        "Globex,PM,Applied,,2026-11-02" + ("," if kind else "") + "\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("header", "cell", "kind", "read"),
    [
        # Whole cells that name a type and read as the interviewing stage: the row's type.
        ("Status", "Phone Screen", "", "phone"),
        ("Status", "Phone screen", "", "phone"),
        ("Status", "📞 Phone Screen", "", "phone"),
        ("Status", "Final Round", "", "final"),
        ("Status", "Final interview", "", "final"),
        ("Status", "Onsite", "", "onsite"),
        ("Status", "On-site", "", "onsite"),
        ("Application Status", "Panel", "", "panel"),
        # A type named within a stage that is not this interview's, a stage of no type, an
        # outcome, a type that is no stage, and "Final" alone (the final what?): no type.
        ("Status", "Progressed to final round", "", "other"),
        ("Status", "Technical interview", "", "other"),
        ("Status", "Interviewing", "", "other"),
        ("Status", "Offer", "", "other"),
        ("Status", "Rejected after onsite", "", "other"),
        ("Status", "Final", "", "other"),
        # The row's own Interview Type column wins.
        ("Status", "Phone Screen", "video", "video"),
        # A Stage, as before.
        ("Stage", "Phone Screen", "", "phone"),
        ("Stage", "Final Round", "", "final"),
    ],
)
def test_a_status_that_names_an_interview_type_gives_it(
    tmp_path: Path, header: str, cell: str, kind: str, read: str
) -> None:
    (raw,) = read_trackers(_tracker(tmp_path, header, cell, kind), OPTIONS)
    frame = normalise_rows(raw, OPTIONS, as_of="2026-11-20")
    assert frame["interview_type"].tolist() == [read, "other"]
