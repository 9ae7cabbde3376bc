"""The check of a written part's XML: in line for a small part, by a child process for a big
one; the same answer both ways, however the bytes are cut; a child that fails leaves the part
unchecked (``verify`` parses it), never passed; nothing is left behind."""

from __future__ import annotations

import datetime
import os
import shutil
import threading
import zipfile
from pathlib import Path

import pytest
from big_tracker import build_tracker

from followup_batch.batch import RunOptions, process_file
from followup_batch.config import Config
from followup_batch.read.package import xml_parser
from followup_batch.write.xlsx import wellformed
from followup_batch.write.xlsx.wellformed import Aside, InLine, Parsed, xml_check

AS_OF = datetime.date(2026, 3, 2)
MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
ROW = b'<row r="1"><c r="A1" t="inlineStr"><is><t>Caf\xc3\xa9 &amp; co</t></is></c></row>'

SHEET = b"<worksheet " + MAIN + b"><sheetData>"
CASES = [
    ("a sheet", b"<worksheet " + MAIN + b"><sheetData>" + ROW + b"</sheetData></worksheet>"),
    (
        "a big sheet",
        b"<worksheet " + MAIN + b"><sheetData>" + ROW * 40_000 + b"</sheetData></worksheet>",
    ),
    ("nothing", b""),
    (
        "a row never closed",
        b"<worksheet " + MAIN + b"><sheetData><row r='9'></sheetData></worksheet>",
    ),
    ("an undeclared prefix", b"<worksheet " + MAIN + b'><c r:id="rId1"/></worksheet>'),
    ("a bad entity", b"<worksheet " + MAIN + b"><t>&nbsp;</t></worksheet>"),
    (
        "a bad byte late",
        b"<worksheet " + MAIN + b"><sheetData>" + ROW * 40_000 + b"\xff</sheetData></worksheet>",
    ),
    ("text after the end", b"<worksheet " + MAIN + b"/><worksheet " + MAIN + b"/>"),
    ("a control character", b"<worksheet " + MAIN + b"><t>\x01</t></worksheet>"),
]


def expat_says(data: bytes) -> Parsed:
    """The answer of one parser given the whole at once: what either check must give."""
    try:
        xml_parser().Parse(data, True)
    except Exception as exc:  # noqa: BLE001 - expat's error, its text compared
        return Parsed(False, str(exc))
    return Parsed(True)


def fed(check: wellformed.XmlCheck, data: bytes, size: int) -> Parsed:
    for start in range(0, len(data), size):
        check.feed(data[start : start + size])
    return check.finish()


def aside() -> wellformed.XmlCheck:
    check = xml_check(wellformed.ASIDE_ROWS)
    assert isinstance(check, Aside)
    return check


@pytest.mark.parametrize(("case", "data"), CASES, ids=[case for case, _ in CASES])
@pytest.mark.parametrize("size", [1 << 20, 7, 65_537])
@pytest.mark.parametrize("make", [InLine, aside], ids=["in line", "aside"])
def test_both_checks_answer_as_expat_does_however_the_bytes_are_cut(case, data, size, make):
    if size == 7 and len(data) > 10_000:
        data = data[:20_000] + data[-200:]  # a few thousand chunks are enough
    assert fed(make(), data, size) == expat_says(data)


@pytest.mark.parametrize(
    ("rows", "kind"), [(0, InLine), (4_999, InLine), (5_000, Aside), (100_000, Aside)]
)
def test_a_part_is_checked_aside_from_five_thousand_rows(rows, kind):
    check = xml_check(rows)
    assert type(check) is kind
    check.abandon()


def test_with_no_interpreter_to_start_the_part_is_checked_in_line(monkeypatch):
    monkeypatch.setattr(wellformed.sys, "executable", "/nonexistent/python3")
    check = xml_check(100_000)
    assert type(check) is InLine
    assert fed(check, CASES[3][1], 10) == expat_says(CASES[3][1])


@pytest.mark.parametrize("executable", ["", None])
def test_an_embedded_python_checks_in_line(monkeypatch, executable):
    monkeypatch.setattr(wellformed.sys, "executable", executable)
    assert type(xml_check(100_000)) is InLine


def test_a_frozen_program_checks_in_line(monkeypatch):
    monkeypatch.setattr(wellformed.sys, "frozen", True, raising=False)
    assert type(xml_check(100_000)) is InLine


@pytest.mark.parametrize(
    "child",
    [
        "import sys; sys.exit(3)",  # gone at once
        "import os, sys; sys.stdin.buffer.read(100); os._exit(9)",  # dies on the way
        "import sys; sys.stdin.buffer.read(); sys.exit(1)",  # an error with no text
        "import sys; sys.stdin.buffer.read(); sys.exit(2)",  # never says: not a pass
    ],
)
def test_a_child_that_fails_leaves_the_part_unchecked_not_passed(monkeypatch, child):
    monkeypatch.setattr(wellformed, "CHILD", child)
    assert fed(aside(), CASES[1][1], 1 << 16) == Parsed(False)


def test_a_child_killed_on_the_way_leaves_the_part_unchecked():
    check = aside()
    assert isinstance(check, Aside)
    check._child.kill()
    assert fed(check, CASES[1][1], 1 << 16) == Parsed(False)


def test_an_error_early_in_a_big_part_stops_the_child_and_is_said():
    """The child stops reading at the first error; the rest fed goes nowhere, without a hang."""
    data = b"<worksheet " + MAIN + b"><x></y>" + ROW * 200_000
    assert fed(aside(), data, 1 << 20) == expat_says(data)


def _children() -> set[int]:
    """This process's children, zombies too (Linux's /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        if int(fields[1]) == os.getpid():
            found.add(int(stat.parent.name))
    return found


def _feeders() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "member-writer"]


@pytest.mark.parametrize("finished", [True, False], ids=["finished", "abandoned"])
def test_no_child_or_thread_is_left(finished):
    before = _children()
    check = aside()
    check.feed(CASES[1][1][:100_000])
    if finished:
        check.feed(CASES[1][1][100_000:])
        assert check.finish() == Parsed(True)
    else:
        check.abandon()
    assert (_children() - before, _feeders()) == (set(), [])


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.fixture(scope="module")
def in_line_run(tmp_path_factory):  # type: ignore[no-untyped-def]
    """A 300-row tracker and what a run in place made of it with every part checked in line."""
    folder = tmp_path_factory.mktemp("in-line")
    source = build_tracker(folder / "source.xlsx", 300, AS_OF)
    path = folder / "tracker.xlsx"
    shutil.copyfile(source, path)
    process_file(path, Config(), RunOptions(AS_OF))
    return source, _parts(path)


@pytest.mark.parametrize(
    "child",
    [None, "import sys; sys.exit(3)", "import sys; sys.stdin.buffer.read(5000); sys.exit(4)"],
    ids=["checked aside", "child gone at once", "child gone on the way"],
)
def test_a_run_checked_aside_writes_the_bytes_of_one_checked_in_line(
    tmp_path, monkeypatch, in_line_run, child
):
    """The tracker and Drafts sheets checked by a child give the same workbook; so does a child
    that fails (the parts are then parsed by ``verify`` from the written file)."""
    source, expected = in_line_run
    monkeypatch.setattr(wellformed, "ASIDE_ROWS", 0)
    if child is not None:
        monkeypatch.setattr(wellformed, "CHILD", child)
    path = tmp_path / "tracker.xlsx"
    shutil.copyfile(source, path)
    process_file(path, Config(), RunOptions(AS_OF))
    assert _parts(path) == expected
