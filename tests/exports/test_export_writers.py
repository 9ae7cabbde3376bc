"""Each export's writer refuses, by itself, what the command line refuses before a run: a file
there that this tool did not write, and one open in Excel or LibreOffice (their lock file
beside it); it replaces its own. The check lived on the command line alone, so the library's
writers and the dataset digests replaced any file (ot84/ot85 leftover)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from followup_batch.compute import compute_sheet
from followup_batch.config import Config
from followup_batch.errors import OpenElsewhere
from followup_batch.exports import (
    build_digest,
    collect_due,
    empty_items,
    write_digest_html,
    write_digest_markdown,
    write_digest_xlsx,
    write_eml,
    write_ics,
)
from followup_batch.exports.files import ForeignExport
from followup_batch.read import read_trackers

AS_OF = dt.date(2026, 11, 30)
DRAFT = {
    "client": "Maya Chen",
    "to": "Ana Díaz",
    "email": "ana@pixelforge.example",
    "subject": "Thank you",
    "body": "Hi Ana,\n",
}


def digest(as_of: dt.date = AS_OF):  # type: ignore[no-untyped-def]
    return build_digest(empty_items(), as_of)


def due_items(folder: Path, as_of: dt.date) -> pd.DataFrame:
    """The due items of a one-row tracker beside the export, as of ``as_of``."""
    tracker = folder / "Zoe Angstrom.csv"
    tracker.write_text(
        "Company,Position,Interview Date,Interview Type,Interviewer,Interviewer Email,Country\n"
        "Acme,Engineer,2026-11-10,final,Ann Lee,ann@acme.example,US\n",
        encoding="utf-8",
    )
    (table,) = read_trackers(tracker, Config().reading)
    computed = compute_sheet(table, Config(), as_of)
    tracker.unlink()
    return collect_due(computed.frame, computed.output, path=tracker)


def ics(path: Path, as_of: dt.date = AS_OF) -> None:
    write_ics(due_items(path.parent, as_of), path, as_of=as_of)


def html(path: Path, as_of: dt.date = AS_OF) -> None:
    write_digest_html(digest(as_of), path)


def markdown(path: Path, as_of: dt.date = AS_OF) -> None:
    write_digest_markdown(digest(as_of), path)


def workbook(path: Path, as_of: dt.date = AS_OF) -> None:
    write_digest_xlsx(digest(as_of), path)


def eml(path: Path, as_of: dt.date = AS_OF) -> None:
    body = f"Hi Ana, as of {as_of}\n"
    write_eml(pd.DataFrame([{**DRAFT, "body": body}]), path.parent, {}, paths=[path])


def budget(path: Path) -> None:
    book = openpyxl.Workbook()
    book.active["A1"] = "My budget"  # type: ignore[index]
    book.save(path)


def text(content: str) -> Callable[[Path], None]:
    return lambda path: path.write_text(content, encoding="utf-8")


# (writer, file name, what the refusal calls it, a file of the person's of that name).
WRITERS: list[tuple[Callable[..., None], str, str, Callable[[Path], None]]] = [
    (
        ics,
        "due.ics",
        "a calendar file",
        text("BEGIN:VCALENDAR\r\nPRODID:-//Apple Inc.//macOS 14.0//EN\r\nEND:VCALENDAR\r\n"),
    ),
    (html, "digest.html", "a digest page", text("<html><body>My page</body></html>\n")),
    (markdown, "digest.md", "a Markdown digest", text("# My notes\n")),
    (workbook, "digest.xlsx", "a digest workbook", budget),
    # A draft's name, but the person's own message (no X-Followup-Batch header).
    (
        eml,
        "maya-chen-thank-you.eml",
        "a draft",
        text("To: ana@pixelforge.example\r\nSubject: mine\r\n\r\nMy own words\r\n"),
    ),
]
IDS = [name for _, name, _, _ in WRITERS]


@pytest.mark.parametrize(("writer", "name", "what", "theirs"), WRITERS, ids=IDS)
def test_a_writer_refuses_a_file_it_did_not_write(
    tmp_path: Path,
    writer: Callable[..., None],
    name: str,
    what: str,
    theirs: Callable[[Path], None],
) -> None:
    target = tmp_path / name
    theirs(target)
    before = target.read_bytes()
    with pytest.raises(ForeignExport) as refused:
        writer(target)
    assert str(refused.value) == (
        f"{target} exists and is not {what} followup-batch wrote; replacing it would lose it, "
        "so nothing was written. Choose another name, or move the file away first"
    )
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temporary file left


@pytest.mark.parametrize(("writer", "name", "what", "theirs"), WRITERS, ids=IDS)
def test_a_writer_replaces_its_own_file(
    tmp_path: Path,
    writer: Callable[..., None],
    name: str,
    what: str,
    theirs: Callable[[Path], None],
) -> None:
    target = tmp_path / name
    writer(target, dt.date(2026, 11, 20))
    before = target.read_bytes()
    writer(target)  # another day: another file
    assert target.read_bytes() != before


# (the lock file beside the export, the program it names).
LOCKS = [("~${name}", "Excel"), (".~lock.{name}#", "LibreOffice")]


@pytest.mark.parametrize(("lock", "program"), LOCKS, ids=["Excel", "LibreOffice"])
@pytest.mark.parametrize(("writer", "name", "what", "theirs"), WRITERS, ids=IDS)
def test_a_writer_refuses_its_own_file_open_in_another_program(
    tmp_path: Path,
    writer: Callable[..., None],
    name: str,
    what: str,
    theirs: Callable[[Path], None],
    lock: str,
    program: str,
) -> None:
    target = tmp_path / name
    writer(target, dt.date(2026, 11, 20))
    before = target.read_bytes()
    lock_file = tmp_path / lock.format(name=name)
    lock_file.write_text(",me,elsewhere,05.12.2026 11:30,file:///x;", encoding="utf-8")
    with pytest.raises(OpenElsewhere) as refused:
        writer(target)
    assert str(refused.value).startswith(
        f"{target} is open in {program} ({lock_file} exists); close it and run again. "
    )
    assert target.read_bytes() == before


@pytest.mark.parametrize(("writer", "name", "what", "theirs"), WRITERS, ids=IDS)
def test_another_files_lock_does_not_stop_a_writer(
    tmp_path: Path,
    writer: Callable[..., None],
    name: str,
    what: str,
    theirs: Callable[[Path], None],
) -> None:
    """Locks of other files (a name that only begins as the export's, another file's) are no
    refusal."""
    target = tmp_path / name
    writer(target, dt.date(2026, 11, 20))
    before = target.read_bytes()
    (tmp_path / f".~lock.{name}2#").write_text("x", encoding="utf-8")
    (tmp_path / f"~$x{name}").write_text("x", encoding="utf-8")
    writer(target)
    assert target.read_bytes() != before


def test_write_eml_passes_over_a_file_of_the_persons_where_it_names_the_drafts(
    tmp_path: Path,
) -> None:
    """Named by the writer (no ``paths``), a draft takes the next name, as a run's does."""
    theirs = tmp_path / "maya-chen-ana-diaz.eml"
    theirs.write_text("Subject: mine\r\n\r\nMy own words\r\n", encoding="utf-8")
    (path,) = write_eml(pd.DataFrame([DRAFT]), tmp_path, {})
    assert path.name == "maya-chen-ana-diaz-2.eml"
    assert theirs.read_bytes() == b"Subject: mine\r\n\r\nMy own words\r\n"
