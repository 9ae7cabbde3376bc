"""A run over a workbook of several tracker sheets writes it a sheet at a time, and keeps one
backup of it: the file as the run found it, not each sheet's step (with five backups kept, a
two-sheet workbook kept only two and a half runs' originals, half of them half-updated)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from trackers import write_xlsx

from followup_batch.batch import RunOptions, process_file
from followup_batch.config import load_config

HEADER = ["Company", "Position", "Interview Date"]
D = dt.datetime


def backups(path: Path) -> list[Path]:
    return sorted((path.parent / ".followup-backups").glob(f"{path.stem}.*{path.suffix}"))


@pytest.mark.parametrize(
    "sheets",
    [
        ["Maya Chen", "Jonas Weber"],  # a coach's sheet per client
        ["Jan", "Feb", "Archive"],  # one person's tracker split by month and stage
    ],
)
def test_a_run_keeps_one_backup_of_a_several_sheet_workbook(
    tmp_path: Path, sheets: list[str]
) -> None:
    path = write_xlsx(
        tmp_path / "search.xlsx",
        {
            name: [HEADER, ["Acme", f"Analyst {n}", D(2026, 11, 2 + n)]]
            for n, name in enumerate(sheets)
        },
    )
    original = path.read_bytes()
    process_file(path, load_config(None), RunOptions(dt.date(2026, 11, 20)))
    first = path.read_bytes()
    assert first != original
    assert [b.read_bytes() for b in backups(path)] == [original]
    # The next night: the statuses' cached words move on; the last run's file, the tool's
    # own, is not backed up (ot41 F6), so the person's original stays the newest backup.
    process_file(path, load_config(None), RunOptions(dt.date(2026, 12, 8)))
    second = path.read_bytes()
    assert second != first
    assert [b.read_bytes() for b in backups(path)] == [original]
    # Saved by the person since (openpyxl, no edit): the next night keeps one backup of it.
    import openpyxl

    openpyxl.load_workbook(path).save(path)
    saved = path.read_bytes()
    process_file(path, load_config(None), RunOptions(dt.date(2026, 12, 9)))
    assert [b.read_bytes() for b in backups(path)] == [original, saved]
    # A run that changes nothing makes none.
    process_file(path, load_config(None), RunOptions(dt.date(2026, 12, 9)))
    assert len(backups(path)) == 2
