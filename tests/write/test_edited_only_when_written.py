"""Text typed into the tool's columns is appended to ``.edited.txt`` as "replaced" only by a
write that lands. A run that writes nothing (its rows grown into the person's cells, a check
of the written copy that fails, a backup on a full disk, a save by someone else meanwhile,
the file open in Excel) leaves ``.edited.txt`` as it was, byte for byte, or absent: the
text is still in the tracker, and the run that does replace it saves it then, once.

Trackers are real workbooks (openpyxl), edited and run through the command line."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.errors import UnsafeWrite
from followup_batch.write import atomic
from followup_batch.write import xlsx as workbook_writer

AS_OF = "2026-11-20"
EDITED = Path(".followup-backups") / "t.xlsx.edited.txt"


def run(path: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["run", "--as-of", AS_OF, str(path)])
    return result.exit_code, result.output


def new_tracker(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    sheet.append(["Company", "Position", "Interview Date", "Outcome"])
    for number in (2, 3):
        sheet.append([f"Firm {number}", "PM", dt.datetime(2026, 11, 16), "interview"])
    book.save(path)


def edit(path: Path, cells: dict[str, str], *, grow_to: int = 3) -> None:
    """Type ``cells`` (by reference or, for row 2, by the tool's header) and tracker rows down
    to ``grow_to``, saved as openpyxl saves a workbook."""
    book = openpyxl.load_workbook(path)
    sheet = book["Jobs"]
    header = [cell.value for cell in sheet[1]]
    for where, text in cells.items():
        if where in header:
            sheet.cell(2, header.index(where) + 1, text)
        else:
            sheet[where] = text
    for number in range(4, grow_to + 1):
        for column, value in enumerate(
            [f"Firm {number}", "PM", dt.datetime(2026, 11, 16), "interview"], 1
        ):
            sheet.cell(number, column, value)
    book.save(path)


def fail_verification(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    def broken(*_: object) -> None:
        raise UnsafeWrite("the new workbook does not read back (test); original kept")

    monkeypatch.setattr(workbook_writer, "verify_package", broken)


def fill_the_disk(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    def full(target: Path, *_: object) -> Path:
        raise UnsafeWrite(f"{target.name}: its backup could not be written: the disk is full")

    monkeypatch.setattr(atomic, "_keep_backup", full)


def save_meanwhile(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Someone saves the tracker while the run writes its copy."""
    write_package = workbook_writer.package.write_package

    def and_save(*args: object, **kwargs: object) -> object:
        done = write_package(*args, **kwargs)  # type: ignore[arg-type]
        os.utime(path, ns=(1, 1))
        return done

    monkeypatch.setattr(workbook_writer.package, "write_package", and_save)


def open_in_excel(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    (path.parent / f"~${path.name}").write_bytes(b"x" * 165)


def grown_into_cells(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    edit(path, {"H6": "call Dana back"}, grow_to=8)


FAILURES: list[tuple[str, Callable[[pytest.MonkeyPatch, Path], None], str]] = [
    ("grown into the person's cells", grown_into_cells, 'FAILED — H6 on sheet "Jobs", in the tool'),
    ("the written copy fails its check", fail_verification, "does not read back (test)"),
    ("the backup's disk is full", fill_the_disk, "its backup could not be written"),
    (
        "saved by someone meanwhile",
        save_meanwhile,
        "t.xlsx: FAILED — it changed while being processed",
    ),
    ("open in Excel", open_in_excel, "t.xlsx: skipped: open in Excel"),
]


@pytest.mark.parametrize("edited_before", [False, True], ids=["no edited.txt", "edited.txt"])
@pytest.mark.parametrize(("case", "fail", "said"), FAILURES, ids=[f[0] for f in FAILURES])
def test_a_run_that_writes_nothing_saves_nothing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    case: str,
    fail: Callable[[pytest.MonkeyPatch, Path], None],
    said: str,
    edited_before: bool,
) -> None:
    path = tmp_path / "t.xlsx"
    new_tracker(path)
    assert run(path)[0] == 0
    if edited_before:  # an earlier run replaced a note, and saved it
        edit(path, {"Why": "an older note"})
        assert run(path)[0] == 0
    edit(path, {"Why": "Tom said call on Monday"})
    fail(monkeypatch, path)
    edited = tmp_path / EDITED
    before = edited.read_bytes() if edited_before else None
    tracker = path.read_bytes()

    code, output = run(path)

    assert code == 1, output
    assert said in output
    assert (edited.read_bytes() if edited.exists() else None) == before
    assert path.read_bytes() == tracker
    assert "Tom said call on Monday" not in output  # no "was replaced … saved in" either


def test_the_run_that_lands_saves_the_text_once(tmp_path: Path) -> None:
    """Refused first (rows grown into a note), then run once the note is moved: the text
    typed in Why is saved once, by the run that replaced it."""
    path = tmp_path / "t.xlsx"
    new_tracker(path)
    assert run(path)[0] == 0
    edit(path, {"Why": "Tom said call on Monday", "H6": "call Dana back"}, grow_to=8)
    assert run(path)[0] == 1
    edit(path, {"H6": ""})  # openpyxl saves an empty string as an empty cell

    code, output = run(path)

    assert code == 0, output
    assert (
        'Jobs!O2 ("Why"): your text ("Tom said call on Monday") was replaced: the tool rewrites '
        "this column on every run; keep notes in a column of your own. It is saved in "
        ".followup-backups/t.xlsx.edited.txt"
    ) in output
    text = (tmp_path / EDITED).read_text(encoding="utf-8")
    assert text.count("Tom said call on Monday") == 1
    assert text.startswith('=== Jobs!O2 ("Why"), row of Firm 2 — PM; replaced by the run of ')
