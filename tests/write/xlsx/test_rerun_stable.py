"""Workbook re-runs that must change nothing (issue 13 item 7): once a run has written a
sheet, the next run with the same as-of date writes nothing and keeps no backup — also for a
pretty-printed sheet and for a comments drawing left without its comments."""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.dom import minidom

import pytest
from click.testing import CliRunner

from followup_batch import rerun
from followup_batch.cli import main

SAMPLE = Path(__file__).resolve().parents[3] / "sample_data" / "tracker.xlsx"


@pytest.fixture(autouse=True)
def full_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every run does the whole work: these tests are about what the writer makes of a file
    it wrote (tests/test_rerun_shortcut.py covers the re-run that skips it)."""
    monkeypatch.setattr(rerun, "recall", lambda tracker, wanted: None)


SHEET = "xl/worksheets/sheet1.xml"


def run(path: Path) -> bytes:
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", "2026-11-20", str(path)])
    assert result.exit_code == 0, result.output
    return path.read_bytes()


def backups(path: Path) -> int:
    folder = path.parent / ".followup-backups"
    found = folder.iterdir() if folder.is_dir() else []
    return len([p for p in found if not p.name.endswith(rerun.STATE_SUFFIX)])


def rezip(path: Path, change: Callable[[dict[str, bytes]], None]) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    change(members)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def pretty_print(members: dict[str, bytes]) -> None:
    members[SHEET] = minidom.parseString(members[SHEET]).toprettyxml(indent="  ").encode()


def drop_comments(members: dict[str, bytes]) -> None:
    """Leave the header notes' drawing without its comments part (another tool's doing)."""
    (name,) = [n for n in members if re.fullmatch(r"xl/comments\d*\.xml", n)]
    del members[name]
    rels = "xl/worksheets/_rels/sheet1.xml.rels"
    members[rels] = re.sub(rb"<Relationship [^>]*/comments\"[^>]*/>", b"", members[rels])
    types = "[Content_Types].xml"
    members[types] = re.sub(rb"<Override [^>]*" + name.encode() + rb"[^>]*/>", b"", members[types])


@pytest.mark.parametrize("damage", [pretty_print, drop_comments], ids=lambda f: f.__name__)
def test_the_run_after_a_change_is_the_last_that_writes(
    tmp_path: Path, damage: Callable[[dict[str, bytes]], None]
) -> None:
    path = tmp_path / "t.xlsx"
    shutil.copy(SAMPLE, path)
    run(path)
    rezip(path, damage)
    first = run(path)
    kept = backups(path)
    assert run(path) == first
    assert run(path) == first
    assert backups(path) == kept


@pytest.mark.parametrize("part", ["xl/comments1.xml", "xl/drawings/vmlDrawing1.vml"])
def test_an_emptied_notes_part_is_written_afresh(tmp_path: Path, part: str) -> None:
    path = tmp_path / "t.xlsx"
    shutil.copy(SAMPLE, path)
    run(path)

    def empty(members: dict[str, bytes]) -> None:
        assert part in members
        members[part] = b""

    rezip(path, empty)
    first = run(path)
    with zipfile.ZipFile(path) as archive:
        assert archive.read(part).strip()
    assert run(path) == first
