"""A dry run says what a run would add to the workbook (report ot17, F8): the README promises
`--dry-run` says what it would have written, and a first run adds columns, drop-downs,
colours, sheets and a backup."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

SAMPLE = Path(__file__).parent.parent / "sample_data" / "tracker.xlsx"
# The sample's Interview Type, Seniority and Outcome columns hold words of their own
# ("Phone screen", "Lead", "Ghosted"): no drop-down is added there.
FIRST_RUN = (
    "note: tracker.xlsx [Interviews]: a run would add 12 columns Z:AK (Follow-up status … "
    "Problems); the status colours over B:C and Z:AK; the sheets Drafts, Summary and "
    "Calendars (hidden)"
)
BACKUP = "; it keeps the file as it is now in .followup-backups/\n"


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["run", *args, "--as-of", "2026-11-20"])
    return result.exit_code, result.stderr


@pytest.mark.parametrize(
    ("output", "said"),
    [(False, FIRST_RUN + BACKUP), (True, FIRST_RUN + "\n")],  # --output: a new file, no backup
    ids=["in place", "to --output"],
)
def test_a_first_dry_run_says_what_the_run_would_add(
    tmp_path: Path, output: bool, said: str
) -> None:
    path = tmp_path / "tracker.xlsx"
    shutil.copy(SAMPLE, path)
    before = path.read_bytes()
    args = ["--output", str(tmp_path / "out.xlsx")] if output else []
    code, err = _run(str(path), "--dry-run", *args)
    assert code == 0
    assert said in err
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tracker.xlsx"]


def test_a_dry_run_after_a_run_has_nothing_to_add(tmp_path: Path) -> None:
    path = tmp_path / "tracker.xlsx"
    shutil.copy(SAMPLE, path)
    assert _run(str(path))[0] == 0
    code, err = _run(str(path), "--dry-run")
    assert code == 0
    assert "would add" not in err


def test_a_first_dry_run_names_the_drop_downs_it_would_add(tmp_path: Path) -> None:
    """Columns of the tool's own words (any case) get its drop-down, and the dry run says so."""
    path = tmp_path / "search.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    sheet.append(["Company", "Position", "Interview Date", "Interview Type", "Seniority"])
    sheet.append(["Acme", "Analyst", "2026-11-17", "Phone", "mid"])
    sheet.append(["Globex", "Engineer", "2026-11-18", "video", "Senior"])
    book.save(path)
    code, err = _run(str(path), "--dry-run")
    assert code == 0
    assert (
        "note: search.xlsx [Jobs]: a run would add 12 columns F:Q (Follow-up status … "
        "Problems); drop-downs in D and E; the status colours over A:B and F:Q; the sheets "
        "Drafts, Summary and Calendars (hidden)" + BACKUP
    ) in err


@pytest.mark.parametrize(
    ("saved_since", "said"),
    [
        # The tool's own last version (a run of the other sheet wrote it): no backup of it.
        (False, "; the status colours over A:B and D:O\n"),
        # Saved by the person since: backed up, as the run will.
        (True, "; the status colours over A:B and D:O" + BACKUP),
    ],
    ids=["the tool's own version", "saved since"],
)
def test_a_dry_run_says_the_backup_the_run_would_keep(
    tmp_path: Path, saved_since: bool, said: str
) -> None:
    path = tmp_path / "search.xlsx"
    book = openpyxl.Workbook()
    for title in ("Jan", "Feb"):
        sheet = book.create_sheet(title)
        sheet.append(["Company", "Position", "Interview Date"])
        sheet.append(["Acme", f"Analyst {title}", "2026-11-17"])
    book.remove(book.worksheets[0])
    book.save(path)
    assert _run(str(path), "--sheet", "Feb")[0] == 0
    if saved_since:
        openpyxl.load_workbook(path).save(path)
    code, err = _run(str(path), "--dry-run")
    assert code == 0
    assert "note: search.xlsx [Jan]: a run would add 12 columns D:O (Follow-up status … " in err
    assert said in err
