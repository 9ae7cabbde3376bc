"""A nightly batch never dies of one file: whatever goes wrong with a file (a full disk, a
refused rename, a damaged workbook, no memory, a bug) is that file's one FAILED line, the other
files are processed, the run exits 1, and its JSON summary and digest are still written; nothing
half-done (temporary file, lock, partial backup) is left behind.
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import glob
import io
import json
import os
import signal
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from test_cli import make_csv, make_tracker, read_back

from followup_batch import batch
from followup_batch import compute as computing
from followup_batch.cli import main
from followup_batch.memory import rerun
from followup_batch.read import ReadOptions, read_trackers
from followup_batch.write import atomic

AS_OF = "2026-11-20"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["run", *args, "--as-of", AS_OF], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def damage_sheet(path: Path) -> Path:
    """Flip bytes inside the deflate stream of the first sheet: the zip's directory is fine,
    the member does not unpack (``zlib.error``)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as package:
        member = package.getinfo("xl/worksheets/sheet1.xml")
    start = member.header_offset + 30 + len(member.filename.encode()) + len(member.extra)
    for i in range(start + 5, start + 40):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def fails_for(name: str, error: BaseException, original: Callable[..., object]) -> Callable:
    """``original``, except that it raises ``error`` when any argument names the file
    ``name``."""

    def patched(*args: object, **kwargs: object) -> object:
        if any(Path(str(a)).name.endswith(name) for a in args if isinstance(a, (str, Path))):
            raise error
        return original(*args, **kwargs)

    return patched


def no_memory_for(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Computing the tracker called ``name`` runs out of memory; the others compute."""
    compute = computing.schedule_sheet

    def no_memory(table: object, *args: object, **kwargs: object) -> object:
        if Path(table.path).name == name:  # type: ignore[attr-defined]
            raise MemoryError
        return compute(table, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(computing, "schedule_sheet", no_memory)


def leftovers(folder: Path) -> list[str]:
    """Temporary files, locks and partial backups anywhere under ``folder``."""
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.name.startswith((atomic.TEMP_PREFIX, ".~followup-")) or p.name.endswith(".tmp")
    )


def test_one_file_of_each_failure_kind_and_the_others_are_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "clients"
    folder.mkdir()
    for name in ("ok", "full", "rename", "damaged", "memory"):
        make_tracker(folder / f"{name}.xlsx")
    damage_sheet(folder / "damaged.xlsx")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}

    full = OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(atomic, "_fsync_file", fails_for("full.xlsx.tmp", full, atomic._fsync_file))
    refused = PermissionError(errno.EPERM, "Operation not permitted")
    monkeypatch.setattr(os, "replace", fails_for("rename.xlsx", refused, os.replace))
    no_memory_for("memory.xlsx", monkeypatch)
    digest = tmp_path / "digest.html"

    code, out, err = run(str(folder), "--jobs", "1", "--json", "--digest", str(digest))

    assert code == 1
    assert read_back(folder / "ok.xlsx")["Follow-up status"][0]
    for name in ("full.xlsx", "rename.xlsx", "damaged.xlsx", "memory.xlsx"):
        assert (folder / name).read_bytes() == before[name], name
    failed = [line for line in err.splitlines() if "FAILED" in line]
    assert [line.split(":")[0] for line in failed] == [
        "damaged.xlsx",
        "full.xlsx",
        "memory.xlsx",
        "rename.xlsx",
    ]
    # The damaged sheet is refused as it is read, before anything could be written.
    assert (
        'damaged.xlsx: FAILED — it is damaged: its sheet "Jobs" (xl/worksheets/sheet1.xml) '
        "cannot be unpacked (its compressed data is corrupt); nothing was written." in failed[0]
    )
    assert "Restore it from a backup or re-save it from Excel." in failed[0]
    assert "the disk holding" in failed[1] and "is full" in failed[1]
    assert "not enough memory" in failed[2] and "--jobs 1" in failed[2]
    assert "permission denied" in failed[3]
    assert all("nothing was written" in line for line in failed[1:])
    assert "internal error" not in err
    summary = json.loads(out)
    assert summary["failed_count"] == len(summary["failed"]) == 4
    assert [f["ok"] for f in summary["files"]] == [False, False, False, True, False]
    assert digest.exists()
    assert leftovers(tmp_path) == []
    backups = folder / atomic.BACKUP_DIR
    # A backup is whole or absent: the refused rename came after the backup was made.
    for backup in backups.iterdir():
        if not backup.name.endswith(rerun.STATE_SUFFIX):  # ok.xlsx's last run, for the next
            assert backup.read_bytes() in before.values()


def test_a_bug_is_an_internal_error_with_its_traceback_in_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a", "b"):
        make_tracker(tmp_path / f"{name}.xlsx")
    compute = computing.schedule_sheet

    def buggy(table: object, *args: object, **kwargs: object) -> object:
        if Path(table.path).name == "a.xlsx":  # type: ignore[attr-defined]
            raise KeyError("no_such_column")
        return compute(table, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(computing, "schedule_sheet", buggy)
    log = tmp_path / "run.log"
    code, out, err = run(str(tmp_path), "--jobs", "1", "--log-file", str(log))
    assert code == 1
    assert "a.xlsx: FAILED — internal error — please report it (KeyError: 'no_such_column')" in err
    assert "Traceback" not in err  # only under -v
    assert "b.xlsx [Jobs]: 4 rows" in out
    text = log.read_text()
    assert "Traceback (most recent call last)" in text and "raise KeyError" in text
    code, _, err = run(str(tmp_path / "a.xlsx"), "-v", "--dry-run")
    assert code == 1 and "Traceback (most recent call last)" in err


BUG = "internal error — please report it (RuntimeError: Symlink loop from 'x')"
SEE = ". Run with -v or --log-file to see the details"
OUT = "followup_batch.exports.outputs."


# A bug in an export, after the trackers were written: a traceback took the closing count and
# the JSON summary with it (ot58 F1); one export's bug then said every export was not written,
# and digest showed a traceback. Now the export with the bug is said in one line, the others
# are written and said as written, and digest says it as run does (exit code 1). (command,
# the writer with the bug, the exports asked for; what stderr says, which exports were
# written; "{tmp}" is the run's folder)
EXPORT_BUGS = [
    (
        "run",
        "write_ics",
        ["--ics", "due.ics"],
        [f"exports: FAILED — cannot write {{tmp}}/due.ics: {BUG}{SEE}"],
        [],
    ),
    (
        "run",
        "write_ics",
        ["--ics", "due.ics", "--digest", "due.md", "--json"],
        [
            "digest → {tmp}/due.md",
            f"exports: FAILED — cannot write {{tmp}}/due.ics: {BUG}{SEE}",
            "2 files, 8 rows — 2 Needs info, 2 Due soon, 2 Scheduled, 2 Closed",
        ],
        ["due.md"],
    ),
    (
        "run",
        "write_drafts",
        ["--eml-dir", "drafts", "--ics", "due.ics", "--digest", "due.md"],
        [
            "exports: FAILED — 0 of 4 drafts written to {tmp}/drafts; cannot write "
            f"{{tmp}}/drafts: {BUG}{SEE}"
        ],
        ["due.ics", "due.md"],
    ),
    (
        "run",
        "write_digest_markdown",
        ["--eml-dir", "drafts", "--ics", "due.ics", "--digest", "due.md"],
        [f"exports: FAILED — cannot write {{tmp}}/due.md: {BUG}{SEE}"],
        ["drafts", "due.ics"],
    ),
    (
        "digest",
        "write_ics",
        ["--ics", "due.ics", "--markdown", "due.md"],
        ["digest → {tmp}/due.md", f"exports: FAILED — cannot write {{tmp}}/due.ics: {BUG}"],
        ["due.md"],
    ),
    (
        "digest",
        "write_drafts",
        ["--eml-dir", "drafts", "--html", "due.html"],
        [
            "digest → {tmp}/due.html",
            "exports: FAILED — 0 of 4 drafts written to {tmp}/drafts; cannot write "
            f"{{tmp}}/drafts: {BUG}",
        ],
        ["due.html"],
    ),
    (
        "digest",
        "write_digest_html",
        ["--ics", "due.ics", "--html", "due.html"],
        [
            "calendar: 4 events → {tmp}/due.ics",
            f"exports: FAILED — cannot write {{tmp}}/due.html: {BUG}",
        ],
        ["due.ics"],
    ),
    (  # the digest's JSON document itself
        "digest",
        "followup_batch.exports.digest_json.to_json",
        ["--ics", "due.ics", "--json"],
        ["calendar: 4 events → {tmp}/due.ics", f"exports: FAILED — {BUG}"],
        ["due.ics"],
    ),
    (  # before any file: nothing is written, nothing said written
        "digest",
        "build_digest",
        ["--ics", "due.ics", "--html", "due.html"],
        [f"exports: FAILED — {BUG}"],
        [],
    ),
]


@pytest.mark.parametrize(("command", "writer", "flags", "said", "written"), EXPORT_BUGS)
def test_a_bug_in_an_export_is_that_export_s_internal_error_and_the_others_are_written(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    writer: str,
    flags: list[str],
    said: list[str],
    written: list[str],
) -> None:
    def buggy(*args: object, **kwargs: object) -> object:
        raise RuntimeError("Symlink loop from 'x'")

    monkeypatch.setattr(writer if "." in writer else OUT + writer, buggy)
    (tmp_path / "clients").mkdir()
    for name in ("Ann Lee", "Bo Park"):
        make_tracker(tmp_path / "clients" / f"{name}.xlsx")
    args = [str(tmp_path / a) if a.startswith(("due.", "drafts")) else a for a in flags]
    result = CliRunner().invoke(
        main, [command, str(tmp_path / "clients"), *args, "--as-of", AS_OF], catch_exceptions=False
    )
    out, err = result.stdout, result.stderr
    assert result.exit_code == 1
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if not line.endswith("1 with problems")]
    assert lines == [line.format(tmp=tmp_path) for line in said]
    exports = sorted(p.name for p in tmp_path.iterdir() if p.name in ("drafts", *flags))
    assert exports == written
    if "drafts" in written:
        assert len(list((tmp_path / "drafts").glob("*.eml"))) == 4
    if command == "run" and "--json" in flags:
        summary = json.loads(out)
        assert summary["export_error"] == said[1].removeprefix("exports: FAILED — ").format(
            tmp=tmp_path
        )
        assert [(e["kind"], e["written"]) for e in summary["exports"]] == [
            ("calendar", False),
            ("digest", True),
        ]
    elif command == "run":
        assert (
            out.splitlines()[-1]
            == "2 files, 8 rows — 2 Needs info, 2 Due soon, 2 Scheduled, 2 Closed"
        )
        assert read_back(tmp_path / "clients" / "Ann Lee.xlsx")["Follow-up status"][0]


def test_worker_processes_report_failures_the_same_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--jobs 2 (forked workers inherit the patch): the failure comes back as a FAILED line."""
    for name in ("a", "b", "c"):
        make_tracker(tmp_path / f"{name}.xlsx")
    no_memory_for("b.xlsx", monkeypatch)
    code, out, err = run(str(tmp_path), "--jobs", "2")
    assert code == 1
    assert "b.xlsx: FAILED — not enough memory" in err
    assert "a.xlsx [Jobs]: 4 rows" in out and "c.xlsx [Jobs]: 4 rows" in out


@pytest.mark.parametrize(
    ("dying", "line"),
    [
        ("b.xlsx", "b.xlsx: FAILED — a worker process stopped unexpectedly"),
        ("sub/b.xlsx", "sub/b.xlsx: FAILED — a worker process stopped unexpectedly"),
    ],
)
def test_a_worker_killed_names_its_file_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dying: str, line: str
) -> None:
    """A worker ended by the system (the OOM killer's SIGKILL): its file's line said the name
    twice, "b.xlsx: FAILED — b.xlsx: the worker process ..." (outside testers, fixmisc 5)."""
    for name in ("a.xlsx", dying, "c.xlsx"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        make_tracker(tmp_path / name)
    compute = computing.schedule_sheet

    def killed(table, *args, **kwargs):  # type: ignore[no-untyped-def]
        if table.path.name == "b.xlsx":
            os.kill(os.getpid(), signal.SIGKILL)
        return compute(table, *args, **kwargs)

    monkeypatch.setattr(computing, "schedule_sheet", killed)  # forked workers inherit it
    code, _, err = run(str(tmp_path), "--jobs", "2")
    assert code == 1
    [said] = [text for text in err.splitlines() if text.startswith(line.split(":")[0] + ":")]
    assert said == (
        f"{line} with this file in progress or waiting (the system may have run out of "
        "memory and ended it); the file is as it was. Run again; with --jobs 1 only the file "
        "that stops it fails"
    )


def test_a_tracker_deleted_during_the_run_is_reported_as_deleted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tracker = make_tracker(tmp_path / "gone.xlsx")
    compute = computing.schedule_sheet

    def delete_then_compute(table: object, *args: object, **kwargs: object) -> object:
        tracker.unlink()
        return compute(table, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(computing, "schedule_sheet", delete_then_compute)
    code, _, err = run(str(tracker))
    assert code == 1
    assert "gone.xlsx: FAILED — it was deleted or moved while it was being processed" in err
    assert "original kept" not in err
    assert not tracker.exists()  # not brought back
    assert leftovers(tmp_path) == []


# A coach's folder of clients, some kept as links into their synced folders (outside test
# ot41, F1: they were skipped, a linked folder without a word, and the run exited 0).
# (the trackers in clients/ itself, the links made there -> their targets, relative to
# clients/; the files the run reports; the notes it gives, {tmp} the test's folder)
LINKED_CLIENTS = {
    "a file elsewhere": (
        ["Tom Baker.xlsx"],
        {"Ann Lee.xlsx": "../Dropbox/Ann/tracker.xlsx"},
        ["Ann Lee.xlsx", "Tom Baker.xlsx"],
        [],
    ),
    "a folder elsewhere": (
        ["Tom Baker.xlsx"],
        {"Ben Ode": "../Dropbox/Ben"},
        ["Ben Ode/tracker.xlsx", "Tom Baker.xlsx"],
        [],
    ),
    "only links": (
        [],
        {"Ann Lee.xlsx": "../Dropbox/Ann/tracker.xlsx", "Ben Ode": "../Dropbox/Ben"},
        ["Ann Lee.xlsx", "Ben Ode/tracker.xlsx"],
        [],
    ),
    "a folder linked twice": (
        [],
        {"Ben Ode": "../Dropbox/Ben", "Ben": "Ben Ode"},
        ["Ben/tracker.xlsx"],
        [
            "{tmp}/clients/Ben Ode: not followed, a link to {tmp}/Dropbox/Ben, a folder this "
            "scan enters"
        ],
    ),
    "a link to a subfolder": (
        ["Dana Ortiz/tracker.xlsx"],
        {"A link": "Dana Ortiz"},
        ["Dana Ortiz/tracker.xlsx"],
        [
            "{tmp}/clients/A link: not followed, a link to {tmp}/clients/Dana Ortiz, a folder "
            "this scan enters"
        ],
    ),
    "a loop": (
        ["Tom Baker.xlsx"],
        {"loop": ".."},
        ["Tom Baker.xlsx"],
        ["{tmp}/clients/loop: not followed, a link to {tmp}, which holds {tmp}/clients (a loop)"],
    ),
    # Dan Fox was dropped without a word, even under -v and in --json (outside test ot43, F3).
    "two clients linked to one file": (
        [],
        {
            "Ann Lee.xlsx": "../Dropbox/Ann/tracker.xlsx",
            "Dan Fox.xlsx": "../Dropbox/Ann/tracker.xlsx",
        },
        ["Ann Lee.xlsx"],
        [
            "{tmp}/clients/Dan Fox.xlsx: skipped, it leads to {tmp}/Dropbox/Ann/tracker.xlsx, "
            "which runs once, as {tmp}/clients/Ann Lee.xlsx"
        ],
    ),
    "a link to a client's link": (
        [],
        {"Ann Lee.xlsx": "../Dropbox/Ann/tracker.xlsx", "Ann Lee2.xlsx": "Ann Lee.xlsx"},
        ["Ann Lee.xlsx"],
        [
            "{tmp}/clients/Ann Lee2.xlsx: skipped, it leads to {tmp}/Dropbox/Ann/tracker.xlsx, "
            "which runs once, as {tmp}/clients/Ann Lee.xlsx"
        ],
    ),
    # Gone, but no tracker's: a note's link and a hidden one are no client's (fx33).
    "a link to a note or a hidden folder, gone": (
        ["Tom Baker.xlsx"],
        {"notes.txt": "../Dropbox/notes.txt", "photo.JPG": "../gone.JPG", ".cache": "../gone"},
        ["Tom Baker.xlsx"],
        [],
    ),
}


def linked_clients(tmp_path: Path, own: list[str], links: dict[str, str]) -> Path:
    """``clients/`` with the trackers ``own`` and the ``links``, beside ``Dropbox/`` with Ann's
    and Ben's trackers (``LINKED_CLIENTS``)."""
    folder = tmp_path / "clients"
    folder.mkdir()
    for name in own:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        make_tracker(folder / name)
    for client in ("Ann", "Ben"):
        (tmp_path / "Dropbox" / client).mkdir(parents=True)
        make_tracker(tmp_path / "Dropbox" / client / "tracker.xlsx")
    for link, target in links.items():
        (folder / link).symlink_to(target)
    return folder


@pytest.mark.parametrize(
    ("own", "links", "reported", "notes"), LINKED_CLIENTS.values(), ids=LINKED_CLIENTS
)
def test_a_folder_scan_follows_links_to_clients_trackers_and_folders(
    tmp_path: Path, own: list[str], links: dict[str, str], reported: list[str], notes: list[str]
) -> None:
    folder = linked_clients(tmp_path, own, links)
    code, out, err = run(str(folder))
    assert code == 0, err
    assert [line.split(" [")[0] for line in out.splitlines() if "[Jobs]" in line] == reported
    assert [line for line in err.splitlines() if line.startswith("note: ")] == [
        "note: " + note.format(tmp=tmp_path) for note in notes
    ]
    for name in reported:  # written through the link, which stays a link
        assert read_back(folder / name)["Next action"][0] == "Thank-you note"
    assert all((folder / link).is_symlink() for link in links)
    again = {p: p.read_bytes() for p in tmp_path.rglob("*.xlsx") if not p.is_symlink()}
    code, out, err = run(str(folder), "--json")  # a second run changes nothing
    assert code == 0
    assert err.count("(unchanged, nothing written)") == len(reported)
    assert json.loads(out)["notes"] == [note.format(tmp=tmp_path) for note in notes]
    assert {p: p.read_bytes() for p in again} == again


NOTED_SCANS = {name: case for name, case in LINKED_CLIENTS.items() if case[3]}


@pytest.mark.parametrize("command", ["check", "check --json", "digest", "digest --json"])
@pytest.mark.parametrize(
    ("own", "links", "reported", "notes"), NOTED_SCANS.values(), ids=NOTED_SCANS
)
def test_check_and_digest_note_what_a_folder_scan_passed_over_as_a_run_does(
    tmp_path: Path,
    command: str,
    own: list[str],
    links: dict[str, str],
    reported: list[str],
    notes: list[str],
) -> None:
    """A second link to one tracker (Dan Fox's, his file run as Ann Lee's) was noted by
    ``run --json`` alone: ``check`` and ``digest`` said it on stderr at most (fx33)."""
    folder = linked_clients(tmp_path, own, links)
    args = [*command.split(), str(folder), "--as-of", AS_OF]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    expected = [note.format(tmp=tmp_path) for note in notes]
    said = [line for line in result.stderr.splitlines() if line.startswith("note: ")]
    assert said == [f"note: {note}" for note in expected]
    if "--json" in command:
        assert json.loads(result.stdout)["notes"] == expected
    quiet = CliRunner().invoke(main, [*args, "-q"], catch_exceptions=False)
    assert (quiet.exit_code, quiet.stderr) == (0, "")  # -q: nothing when all is well


@pytest.mark.parametrize("link", ["a link.xlsx", "z link.xlsx"])
def test_a_folder_scan_runs_a_file_and_its_link_once_under_the_file_s_name(
    tmp_path: Path, link: str
) -> None:
    """The link sorted first and the file was reported, backed up and digested under the
    link's name only (outside test ot18, F9)."""
    folder = tmp_path / "clients"
    folder.mkdir()
    tracker = make_tracker(folder / "with space.xlsx")
    (folder / link).symlink_to("with space.xlsx")
    code, out, err = run(str(folder))
    assert code == 0, err
    assert [line.split(" [")[0] for line in out.splitlines() if "[Jobs]" in line] == [
        "with space.xlsx"
    ]
    # The file's path, as the link's: two files of one name in two subfolders are told apart
    # (outside test ot20, F11).
    assert (
        f"note: {folder / link}: skipped, a link to {tracker}, which is processed under "
        "its own name"
    ) in err
    assert read_back(tracker)["Follow-up status"][0]
    assert (folder / link).is_symlink()


GONE = (
    "which does not exist (moved, renamed or no longer shared). Point the link at the tracker "
    "again, or remove it"
)
LOOP = "which leads back to itself (a loop)"
GONE_FOLDER = GONE.replace("the tracker", "the client's folder")

# A link in a coach's folder to a client's tracker that is gone, or a loop of links: once a
# note that -q, --json and the digest left out, so a nightly job never learned that a client
# went unfollowed (outside tests ot20, F11 and ot43, F2). Each is a FAILED line, as the file
# named directly is. (links made in clients/ -> their targets; the run's options; the lines
# the file's FAILED line is read from: stderr, --json's "error", the digest's "Trackers not
# read"; what it says of the file)
LOST_CLIENTS = {
    "gone": (
        {"Bo Park.xlsx": "bo/Bo Park.xlsx"},
        [],
        "err",
        f"Bo Park.xlsx: FAILED — it is a link to bo/Bo Park.xlsx, {GONE}",
    ),
    "gone, -q": (
        {"Bo Park.xlsx": "bo/Bo Park.xlsx"},
        ["-q"],
        "err",
        f"Bo Park.xlsx: FAILED — it is a link to bo/Bo Park.xlsx, {GONE}",
    ),
    "gone, --json": (
        {"Bo Park.xlsx": "bo/Bo Park.xlsx"},
        ["--json"],
        "json",
        f"it is a link to bo/Bo Park.xlsx, {GONE}",
    ),
    "gone, digest": (
        {"Bo Park.csv": "../Dropbox/gone.csv"},
        ["-q", "--digest", "due.md"],
        "digest",
        f"- Bo Park.csv: it is a link to ../Dropbox/gone.csv, {GONE}",
    ),
    "a loop": (
        {"Bo Park.xlsx": "Bo.xlsx", "Bo.xlsx": "Bo Park.xlsx"},
        ["-q"],
        "err",
        f"Bo Park.xlsx: FAILED — it is a link to Bo.xlsx, {LOOP}",
    ),
    # A link to itself, as a sync client leaves one: the calendar's and the drafts' marks of
    # a file resolved its path and crashed after the trackers were written (ot58 F1).
    "a link to itself, --ics": (
        {"self": "self"},
        ["-q", "--ics", "due.ics"],
        "err",
        f"self: FAILED — it is a link to self, {LOOP}",
    ),
    "a loop, --ics --eml-dir --digest": (
        {"a.xlsx": "b.xlsx", "b.xlsx": "a.xlsx"},
        ["-q", "--ics", "due.ics", "--eml-dir", "drafts", "--digest", "due.md"],
        "digest",
        f"- a.xlsx: it is a link to b.xlsx, {LOOP}",
    ),
    "a link to itself, --json --ics --digest": (
        {"self": "self"},
        ["--json", "--ics", "due.ics", "--digest", "due.md"],
        "json",
        f"it is a link to self, {LOOP}",
    ),
    # A client's synced folder linked in, then gone: no suffix tells it from a file, and it
    # was passed over in silence (fx33).
    "a client's folder gone": (
        {"Tom": "/gone/Tom"},
        [],
        "err",
        f"Tom: FAILED — it is a link to /gone/Tom, {GONE_FOLDER}",
    ),
    "a client's folder gone, -q": (
        {"Tom": "/gone/Tom", "notes.txt": "/gone/notes.txt"},
        ["-q"],
        "err",
        f"Tom: FAILED — it is a link to /gone/Tom, {GONE_FOLDER}",
    ),
    "a client's folder gone, --json": (
        {"Ann B. Lee": "../Dropbox/Ann B. Lee"},
        ["--json"],
        "json",
        f"it is a link to ../Dropbox/Ann B. Lee, {GONE_FOLDER}",
    ),
    "a client's folder gone, digest": (
        {"Tom.Baker": "../Dropbox/Tom"},
        ["-q", "--digest", "due.md"],
        "digest",
        f"- Tom.Baker: it is a link to ../Dropbox/Tom, {GONE_FOLDER}",
    ),
    # A gone link by any name a folder scan runs, not .xlsx and .csv alone: an old .xls, an
    # .ods, a Google Sheets link was passed over in silence, that client with it (fx79).
    "an old .xls gone": (
        {"Bo Park.xls": "/gone/Bo Park.xls"},
        [],
        "err",
        f"Bo Park.xls: FAILED — it is a link to /gone/Bo Park.xls, {GONE}",
    ),
    "an .ods gone, -q": (
        {"Bo Park.ods": "../Dropbox/Bo.ods", "notes.txt": "/gone/notes.txt"},
        ["-q"],
        "err",
        f"Bo Park.ods: FAILED — it is a link to ../Dropbox/Bo.ods, {GONE}",
    ),
    "an .xlsb gone, --json": (
        {"Bo Park.xlsb": "/gone/Bo.xlsb"},
        ["--json"],
        "json",
        f"it is a link to /gone/Bo.xlsb, {GONE}",
    ),
    "a .numbers gone, digest": (
        {"Bo Park.numbers": "/gone/Bo.numbers"},
        ["-q", "--digest", "due.md"],
        "digest",
        f"- Bo Park.numbers: it is a link to /gone/Bo.numbers, {GONE}",
    ),
    "a Google Sheets link gone": (
        {"Bo Park.gsheet": "/gone/Bo Park.gsheet"},
        [],
        "err",
        f"Bo Park.gsheet: FAILED — it is a link to /gone/Bo Park.gsheet, {GONE}",
    ),
    "a .tsv and an .xlsm gone, -q": (
        {"Bo Park.tsv": "/gone/Bo.tsv", "Cy Ng.XLSM": "/gone/Cy.xlsm"},
        ["-q"],
        "err",
        f"Cy Ng.XLSM: FAILED — it is a link to /gone/Cy.xlsm, {GONE}",
    ),
}


@pytest.mark.parametrize(
    ("links", "flags", "where", "said"), LOST_CLIENTS.values(), ids=LOST_CLIENTS
)
def test_a_link_to_a_client_s_tracker_that_is_gone_is_a_failed_file(
    tmp_path: Path, links: dict[str, str], flags: list[str], where: str, said: str
) -> None:
    folder = tmp_path / "clients"
    (folder / "ann").mkdir(parents=True)
    make_tracker(folder / "ann" / "Ann Lee.xlsx")
    for link, target in links.items():
        (folder / link).symlink_to(target)
    outputs = [a for a in flags if a in ("due.md", "due.ics", "drafts")]
    args = [a if a not in outputs else str(tmp_path / a) for a in flags]
    code, out, err = run(str(folder), *args)
    assert code == 1
    lost_links = sorted(link for link in links if not link.endswith(".txt"))
    if where == "err":
        assert said in err.splitlines()
        lost = f"{len(lost_links)} of {len(lost_links) + 1} files failed ({', '.join(lost_links)})"
        assert err.splitlines()[-1] == f"{lost}; the others were processed."
    elif where == "json":
        summary = json.loads(out)
        assert [f["error"] for f in summary["files"] if not f["ok"]] == [said]
        assert (summary["failed_count"], summary["skipped"]) == (1, 0)
    else:
        assert said in (tmp_path / "due.md").read_text(encoding="utf-8").splitlines()
    assert read_back(folder / "ann" / "Ann Lee.xlsx")["Next action"][0] == "Thank-you note"
    assert sorted(p.name for p in tmp_path.rglob("*") if not p.is_symlink()) == sorted(
        ["clients", "ann", "Ann Lee.xlsx", ".followup-backups", "Ann Lee.xlsx.last-run.json"]
        + [p.name for p in (folder / "ann" / ".followup-backups").glob("*.xlsx")]
        + outputs
        + ([".due.ics.trackers.json"] if "due.ics" in outputs else [])
        + [p.name for p in tmp_path.glob("drafts/*")]
    )  # nothing made where a link leads, no lock or backup left
    if "due.ics" in outputs:  # the calendar holds the tracker read: its thank-you
        assert "SUMMARY:Ann Lee · Thank-you note" in (tmp_path / "due.ics").read_text("utf-8")


# check and digest over a folder holding a loop of links: check printed a traceback (the
# client's name looked up through the file's real path), digest --ics crashed in the
# calendar's mark of the file (ot58 F1); or a gone link named as an old spreadsheet, which
# both passed over in silence (fx79). (command and options; links; the line said of it)
LOOPS_IN_A_FOLDER = {
    "check": (
        ["check"],
        {"self": "self"},
        f"self: NOT READ — it is a link to self, {LOOP}",
    ),
    "check, two links": (
        ["check"],
        {"a.xlsx": "b.xlsx", "b.xlsx": "a.xlsx"},
        f"a.xlsx: NOT READ — it is a link to b.xlsx, {LOOP}",
    ),
    "check --json": (["check", "--json"], {"self": "self"}, f"it is a link to self, {LOOP}"),
    "check, a gone .xls": (
        ["check"],
        {"old.xls": "/gone/old.xls"},
        f"old.xls: NOT READ — it is a link to /gone/old.xls, {GONE}",
    ),
    "digest, a gone .ods": (
        ["digest"],
        {"old.ods": "/gone/old.ods"},
        f"old.ods: FAILED — it is a link to /gone/old.ods, {GONE}",
    ),
    "digest --ics": (
        ["digest", "--ics", "due.ics"],
        {"a.xlsx": "b.xlsx", "b.xlsx": "a.xlsx"},
        f"b.xlsx: FAILED — it is a link to a.xlsx, {LOOP}",
    ),
}


@pytest.mark.parametrize(
    ("command", "links", "said"), LOOPS_IN_A_FOLDER.values(), ids=LOOPS_IN_A_FOLDER
)
def test_a_loop_or_a_gone_link_in_a_folder_is_said_by_check_and_digest(
    tmp_path: Path, command: list[str], links: dict[str, str], said: str
) -> None:
    folder = tmp_path / "clients"
    folder.mkdir()
    make_tracker(folder / "Ann Lee.xlsx")
    for link, target in links.items():
        (folder / link).symlink_to(target)
    args = [str(tmp_path / a) if a == "due.ics" else a for a in command]
    result = CliRunner().invoke(
        main, [*args, str(folder), "--as-of", AS_OF], catch_exceptions=False
    )
    assert result.exit_code == 1
    if "--json" in command:
        read = {Path(t["path"]).name: t["error"] for t in json.loads(result.stdout)["trackers"]}
        assert read == {"Ann Lee.xlsx": None, "self": said}
    else:
        assert said in (result.stdout + result.stderr).splitlines()
    if "due.ics" in command:
        assert "SUMMARY:Ann Lee · Thank-you note" in (tmp_path / "due.ics").read_text("utf-8")


USAGE = "Error: Invalid value for PATH: "
# A link that leads nowhere given to a command, or a folder link on the way of a path or glob
# given: only a .xlsx, .xlsm, .csv, .tsv or .txt link said where it led, the others and every
# glob through a gone folder were "no such file, folder or matching files" (fx79). (links
# made in the working folder -> their targets; the command; its exit code; the line said)
GONE_LINKS_GIVEN = {
    "run old.xls": (
        {"old.xls": "/gone/old.xls"},
        ["run", "old.xls"],
        1,
        f"old.xls: FAILED — it is a link to /gone/old.xls, {GONE}",
    ),
    "run -q Bo.ods": (
        {"Bo.ods": "../Dropbox/Bo.ods"},
        ["run", "-q", "Bo.ods"],
        1,
        f"Bo.ods: FAILED — it is a link to ../Dropbox/Bo.ods, {GONE}",
    ),
    "run notes.txt": (
        {"notes.txt": "/gone/notes.txt"},
        ["run", "notes.txt"],
        1,
        f"notes.txt: FAILED — it is a link to /gone/notes.txt, {GONE}",
    ),
    "check Ben.gsheet": (
        {"Ben.gsheet": "/gone/Ben.gsheet"},
        ["check", "Ben.gsheet"],
        1,
        f"Ben.gsheet: NOT READ — it is a link to /gone/Ben.gsheet, {GONE}",
    ),
    "digest Bo.xlsb": (
        {"Bo.xlsb": "/gone/Bo.xlsb"},
        ["digest", "Bo.xlsb"],
        1,
        f"Bo.xlsb: FAILED — it is a link to /gone/Bo.xlsb, {GONE}",
    ),
    "run a client's folder gone": (
        {"Tom": "/gone/Tom"},
        ["run", "Tom"],
        1,
        f"Tom: FAILED — it is a link to /gone/Tom, {GONE_FOLDER}",
    ),
    "run a folder of one gone .xls": (
        {"clients/old.xls": "/gone/old.xls"},
        ["run", "clients"],
        1,
        f"old.xls: FAILED — it is a link to /gone/old.xls, {GONE}",
    ),
    "run a glob through a gone folder": (
        {"gone": "/nonexistent/dir"},
        ["run", "gone/*.xlsx"],
        2,
        f"{USAGE}gone/*.xlsx: gone is a link to /nonexistent/dir, {GONE_FOLDER}",
    ),
    "check a file in a gone folder": (
        {"gone": "../Dropbox/Ann"},
        ["check", "gone/Ann.xlsx"],
        2,
        f"{USAGE}gone/Ann.xlsx: gone is a link to ../Dropbox/Ann, {GONE_FOLDER}",
    ),
    "digest a glob through a gone folder below": (
        {"clients/Ann": "/gone/Ann"},
        ["digest", "clients/Ann/**/*.csv"],
        2,
        f"{USAGE}clients/Ann/**/*.csv: clients/Ann is a link to /gone/Ann, {GONE_FOLDER}",
    ),
    "run a glob through a loop": (
        {"loop": "loop"},
        ["run", "loop/*.xlsx"],
        2,
        f"{USAGE}loop/*.xlsx: loop is a link to loop, {LOOP}",
    ),
    "run a glob of a folder that is not there": (
        {},
        ["run", "nothere/*.xlsx"],
        2,
        f"{USAGE}nothere/*.xlsx: no such file, folder or matching files",
    ),
}


@pytest.mark.parametrize(
    ("links", "command", "code", "said"), GONE_LINKS_GIVEN.values(), ids=GONE_LINKS_GIVEN
)
def test_a_gone_link_given_says_where_it_led_whatever_its_name(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    links: dict[str, str],
    command: list[str],
    code: int,
    said: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    for link, target in links.items():
        (tmp_path / link).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / link).symlink_to(target)
    result = CliRunner().invoke(main, [*command, "--as-of", AS_OF], catch_exceptions=False)
    assert result.exit_code == code
    assert said in (result.stdout + result.stderr).splitlines()
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.rglob("*") if not p.is_symlink()) == sorted(
        {str(Path(link).parent) for link in links} - {"."}
    )  # nothing written: no backup, no record, no digest


# What a coach's folder may hold beside its trackers; each not-tracker in it fails in its own
# line, the rest is left alone (TRACKERS_AND_NOT: file or link -> why it fails).
NOT_READ = {
    "Cy Old.xls": (
        "it is a legacy Excel 97-2003 workbook (.xls), which is not supported. Open it in Excel "
        "and save it as .xlsx (Excel Workbook), then run again."
    ),
    "Di Libre.ods": (
        "it is an OpenDocument spreadsheet (.ods), which is not supported. Save it as .xlsx "
        "(File > Save As > Excel 2007-365) and run again."
    ),
    "Ed Mac.numbers": (
        "it is an Apple Numbers spreadsheet, which is not supported. Export it from Numbers as "
        "Excel (File > Export To > Excel) and run again."
    ),
    "Eve Ray.xlsx": f"it is a link to ../Dropbox/Eve.xlsx, {GONE}",
    "Fay Ng.ods": f"it is a link to ../Dropbox/Fay.ods, {GONE}",
    "Hal Kim": f"it is a link to ../Dropbox/Hal, {GONE_FOLDER}",
}
ALL_NOT_READ = list(NOT_READ)
TRACKERS = ["Ann Lee.xlsx", "Bo Chan.csv", "Gus Park/tracker.xlsx"]
# A glob, quoted so the tool expands it, passed over an old .xls, .ods or .numbers, a gone link
# to one, and a gone client's folder its wildcard went through, without a word: a folder run
# says each (fx91). The same folder given as a folder, as globs, as the files a shell expands
# `clients/*` to and as files named: (what is given, inside clients/; the trackers written;
# the files that fail, as the run names them)
GLOB_OR_FOLDER = {
    "the folder": (["."], TRACKERS, ALL_NOT_READ),
    # A folder a glob matches is not entered (Gus Park's), as `ls clients/*.xlsx` does not.
    "a glob": (["*"], TRACKERS[:2], ALL_NOT_READ),
    "a glob and its subfolders' files": (["*", "*/*.xlsx"], TRACKERS, ALL_NOT_READ),
    "a glob of every folder's files": (["**/*"], TRACKERS, ALL_NOT_READ),
    "the shell's glob": ("shell", TRACKERS, ALL_NOT_READ),
    # Hal's folder gone, under a glob through the clients' folders: said, and once.
    "a glob through the clients' folders": (["*/tracker.xlsx"], TRACKERS[2:], ["Hal Kim"]),
    "two globs through them": (["*/tracker.xlsx", "*/*.xlsx"], TRACKERS[2:], ["Hal Kim"]),
    "a glob of .ods files and a tracker": (
        ["*.ods", "Ann Lee.xlsx"],
        TRACKERS[:1],
        ["Di Libre.ods", "Fay Ng.ods"],
    ),
    "files named": (
        ["Ann Lee.xlsx", "Cy Old.xls", "Fay Ng.ods", "Hal Kim"],
        TRACKERS[:1],
        ["Cy Old.xls", "Fay Ng.ods", "Hal Kim"],
    ),
}


def coach_folder_and_more(tmp_path: Path) -> Path:
    """``clients/``: a tracker of each kind, an old .xls, .ods and .numbers, gone links to a
    tracker, an .ods and a client's folder, a link to a client's folder that is there, a
    workbook's lock files left behind, and the tool's backups."""
    folder = tmp_path / "clients"
    folder.mkdir()
    make_tracker(folder / "Ann Lee.xlsx")
    (folder / "Bo Chan.csv").write_text(
        "Company,Position,Interview Date\nAcme,Analyst,2026-11-18\n", encoding="utf-8"
    )
    (folder / "Cy Old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with zipfile.ZipFile(folder / "Di Libre.ods", "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<x/>")
    with zipfile.ZipFile(folder / "Ed Mac.numbers", "w") as archive:
        archive.writestr("Index/Document.iwa", b"\0")
    (folder / "Eve Ray.xlsx").symlink_to("../Dropbox/Eve.xlsx")
    (folder / "Fay Ng.ods").symlink_to("../Dropbox/Fay.ods")
    (tmp_path / "Dropbox" / "Gus").mkdir(parents=True)
    make_tracker(tmp_path / "Dropbox" / "Gus" / "tracker.xlsx")
    (folder / "Gus Park").symlink_to("../Dropbox/Gus")
    (folder / "Hal Kim").symlink_to("../Dropbox/Hal")
    (folder / "~$Zed.xlsx").write_bytes(b"owner")  # Zed.xlsx closed, or moved away
    (folder / ".~lock.Zed.xlsx#").write_bytes(b"owner")
    (folder / ".followup-backups").mkdir()
    make_tracker(folder / ".followup-backups" / "Ann Lee.20261101-090000-000000.xlsx")
    (folder / ".followup-backups" / "Ann Lee.xlsx.edited.txt").write_text("x", encoding="utf-8")
    return folder


@pytest.mark.parametrize("flag", ["-q", "--json"])
@pytest.mark.parametrize(
    ("given", "written", "failed"), GLOB_OR_FOLDER.values(), ids=GLOB_OR_FOLDER
)
def test_a_glob_says_what_it_passed_over_as_a_folder_run_does(
    tmp_path: Path, flag: str, given: list[str] | str, written: list[str], failed: list[str]
) -> None:
    folder = coach_folder_and_more(tmp_path)
    if given == "shell":  # `run clients/*`, unquoted: a link to a folder is a folder given
        paths = sorted(glob.glob(f"{glob.escape(str(folder))}/*"))
    else:
        paths = [str(folder / pattern) for pattern in given]
    left = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    code, out, err = run(*paths, flag)
    assert code == 1
    if flag == "-q":
        files = len(written) + len(failed)
        named = ", ".join(failed[:5]) + (f" and {len(failed) - 5} more" if len(failed) > 5 else "")
        assert err.splitlines() == [
            *(f"{name}: FAILED — {NOT_READ[name]}" for name in failed),
            f"{len(failed)} of {files} files failed ({named}); the others were processed.",
        ]
    else:
        summary = json.loads(out)
        assert [
            (str(Path(f["path"]).relative_to(folder)), f["error"]) for f in summary["failed"]
        ] == [(name, NOT_READ[name]) for name in failed]
        assert (summary["failed_count"], summary["skipped"]) == (len(failed), 0)
        lock = f"{folder}/~$Zed.xlsx: skipped, Excel's lock file, not a tracker"
        assert summary["notes"] == ([lock] if given == "shell" else [])  # named by the shell
    for name in TRACKERS:
        headers = read_back(folder / name) if name.endswith(".xlsx") else None
        if name.endswith(".csv"):
            with (folder / name).open(encoding="utf-8") as file:
                headers = {header: [] for header in next(csv.reader(file))}
        assert ("Follow-up status" in headers) == (name in written), name
    # Lock files, backups and the spreadsheets not read are left as they were; nothing is
    # made where a gone link leads.
    assert {p: p.read_bytes() for p in left if p.name not in written} == {
        p: data for p, data in left.items() if p.name not in written
    }
    assert sorted(p.name for p in (tmp_path / "Dropbox").iterdir()) == ["Gus"]


def test_a_log_file_in_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    tracker = make_tracker(tmp_path / "t.xlsx")
    missing = tmp_path / "no-such-folder" / "run.log"
    code, _, err = run(str(tracker), "--log-file", str(missing))
    assert code == 2
    assert f"Invalid value for --log-file: {missing.parent} does not exist; create it first" in err
    assert "Traceback" not in err and "ermission" not in err


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        # Another client's tracker named by a slip: the log was appended to its zip (ot85).
        ("other.xlsx", None, "other.xlsx is not a log: the log is text appended to"),
        ("other.csv", b"Company,Position\n", "other.csv is not a log"),
        ("cal.ics", b"BEGIN:VCALENDAR\r\n", "cal.ics is not a log"),
        ("page.HTML", b"<html>", "page.HTML is not a log"),
        # A workbook (or any file's bytes) under a log's name.
        ("run.log", b"PK\x03\x04 a workbook renamed", "run.log holds something other than text"),
        ("run.txt", b"old\x00binary", "run.txt holds something other than text"),
        ("old.xls.log", b"\xd0\xcf\x11\xe0 an old workbook", "old.xls.log holds something"),
    ],
)
def test_a_log_file_that_is_no_log_is_refused_untouched(
    tmp_path: Path, name: str, content: bytes | None, said: str
) -> None:
    tracker = make_tracker(tmp_path / "t.xlsx")
    log = tmp_path / name
    if content is None:
        make_tracker(log)
    else:
        log.write_bytes(content)
    before, tracker_before = log.read_bytes(), tracker.read_bytes()
    code, _, err = run(str(tracker), "--log-file", str(log))
    assert (code, log.read_bytes(), tracker.read_bytes()) == (2, before, tracker_before)
    assert f"Invalid value for --log-file: {said}" in err


@pytest.mark.parametrize(
    ("name", "content"),
    [("run.log", b"2026-11-20 10:00 earlier run\n"), ("new.txt", None), ("cron.LOG", b"")],
)
def test_a_log_file_of_text_or_new_is_appended_to(
    tmp_path: Path, name: str, content: bytes | None
) -> None:
    tracker = make_tracker(tmp_path / "t.xlsx")
    log = tmp_path / name
    if content is not None:
        log.write_bytes(content)
    code, _, _ = run(str(tracker), "--log-file", str(log))
    assert code == 0
    assert log.read_bytes().startswith(content or b"")
    assert len(log.read_bytes()) > len(content or b"")


def test_an_output_in_a_missing_folder_makes_it_as_the_exports_do(tmp_path: Path) -> None:
    """--output out/new/checked.xlsx was refused ("create it first") while --ics, --digest and
    --eml-dir made their folders, as the README says they do (an outside test)."""
    tracker = make_tracker(tmp_path / "t.xlsx")
    before = tracker.read_bytes()
    output = tmp_path / "out" / "new" / "checked.xlsx"
    code, _, err = run(str(tracker), "--output", str(output), "--dry-run")
    assert code == 0, err
    assert not (tmp_path / "out").exists()  # a dry run makes none
    code, out, err = run(str(tracker), "--output", str(output))
    assert code == 0, err
    assert f"→ {output}" in out
    assert "Follow-up status" in [c.value for c in openpyxl.load_workbook(output).active[1]]
    assert tracker.read_bytes() == before


def lie_about_size(path: Path, part: str, padding: int) -> int:
    """Pad ``part`` with ``padding`` bytes of white space after its XML and patch both of
    its zip headers to declare its old size (a forged file): the zip-bomb check, which reads
    the declared sizes, lets it through. The declared size is returned."""
    with zipfile.ZipFile(path) as package:
        members = {info.filename: package.read(info) for info in package.infolist()}
    declared = len(members[part])
    members[part] += b" " * padding
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members.items():
            package.writestr(name, data)
        info = package.getinfo(part)
    data = bytearray(path.read_bytes())
    struct.pack_into("<I", data, info.header_offset + 22, declared)  # local header
    central = data.index(b"PK\x01\x02")
    while data[central + 46 : central + 46 + len(part)] != part.encode():
        central = data.index(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", data, central + 24, declared)  # its central directory entry
    path.write_bytes(bytes(data))
    return declared


@pytest.mark.parametrize(
    ("command", "part", "folder"),
    [
        ("run", "xl/worksheets/sheet1.xml", False),  # read whole by the reader
        ("check", "xl/worksheets/sheet1.xml", False),
        ("digest", "xl/worksheets/sheet1.xml", False),
        ("run", "xl/workbook.xml", False),  # read when the file is sniffed
        ("run", "xl/_rels/workbook.xml.rels", False),
        ("check", "[Content_Types].xml", False),
        ("run", "xl/styles.xml", False),  # read only by the writer
        # Read as a folder is listed (is it a digest?): that file fails, the others are run.
        ("run", "docProps/core.xml", True),
    ],
)
def test_a_part_that_unpacks_past_its_declared_size_is_refused_as_a_zip_bomb(
    tmp_path: Path, command: str, part: str, folder: bool
) -> None:
    """A forged header once had the whole part inflated before its size was compared: 2.2 GB
    of memory for a 1 MB file. It is read a chunk at a time and refused one chunk past its
    declared size, as a bomb whose sizes are honest is refused, and the file is left alone."""
    tracker = make_tracker(tmp_path / "liar.xlsx")
    declared = lie_about_size(tracker, part, 4 << 20)
    before = tracker.read_bytes()
    if folder:
        make_tracker(tmp_path / "sound.xlsx")
    args = [command, str(tmp_path if folder else tracker), "--as-of", AS_OF]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    refused = (
        f"the part {part} unpacks to more than the {declared:,} bytes its zip directory "
        "declares; refused as a possible zip bomb. Re-save it from Excel if it is a real tracker."
    )
    shown = {"run": "FAILED", "digest": "FAILED", "check": "NOT READ"}[command]
    assert f"liar.xlsx: {shown} — {refused}" in result.stdout + result.stderr
    assert result.exit_code == 1
    assert tracker.read_bytes() == before
    if folder:
        assert "sound.xlsx [Jobs]: 4 rows — " in result.stdout


CSV_HEADER = "Company,Position,Interview Date,Interview Type,Country"
CSV_ROW = "Brightwave,PM,2026-11-18,Video,US"
TOO_WIDE = (
    "has more than 16,384 columns on line {line}, more than a spreadsheet holds (Excel's last "
    "column is XFD); nothing was read or written. Remove the extra columns (or split the file) "
    "and run again."
)
# Refused as it is read (ot148 F4: after 175 s of the run's work; check said nothing).
NO_ROOM = (
    "the file's fields reach column XFD, so the tool's 12 new columns would go past column XFD, "
    "the last one a sheet has; nothing was read or written. Remove 12 columns you do not need "
    "and run again"
)


@pytest.mark.parametrize(
    ("command", "text", "expected"),
    [
        # One column past XFD in the header, or in a row: refused, whatever the command.
        *(
            (command, f"{CSV_HEADER}{',X' * 16_380}\n{CSV_ROW}\n", TOO_WIDE.format(line=1))
            for command in ("run", "check", "digest")
        ),
        ("run", f"{CSV_HEADER}\n{CSV_ROW}{',y' * 16_380}\n", TOO_WIDE.format(line=2)),
        # A line of 200,000 cells and no line break (once a minute of work, then a crash).
        ("run", f"Company,Position,Interview Date,{'y,' * 200_000}", TOO_WIDE.format(line=1)),
        # As wide as a sheet: the tool's columns have no room, whatever the command.
        *(
            (command, f"{CSV_HEADER}{',X' * 16_379}\n{CSV_ROW}\n", NO_ROOM)
            for command in ("run", "check", "digest")
        ),
        # ... a row below as wide, the header narrow; the fields reaching XFD but for two.
        ("run", f"{CSV_HEADER}\n{CSV_ROW}{',y' * 16_379}\n", NO_ROOM),
        (
            "check",
            f"{CSV_HEADER}{',X' * 16_369}\n{CSV_ROW}\n",
            NO_ROOM.replace("XFD, so", "XET, so").replace("Remove 12", "Remove 2"),
        ),
    ],
)
def test_a_csv_wider_than_a_sheet_is_refused_in_one_line(
    tmp_path: Path, command: str, text: str, expected: str
) -> None:
    tracker = tmp_path / "wide.csv"
    tracker.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, [command, str(tracker), "--as-of", AS_OF])
    shown = {"run": "FAILED", "digest": "FAILED", "check": "NOT READ"}[command]
    assert f"wide.csv: {shown} — {expected.replace('has more', 'it has more')}\n" in (
        result.stdout + result.stderr
    )
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exit_code == 1
    assert tracker.read_text(encoding="utf-8") == text


# ot148 F3: one zero byte in "Brightwave" refused the file as "binary data". A NUL or two in a
# text file is a character of its cell: read, kept byte for byte, and the cell named.
ZERO_BYTES = [
    (
        f"{CSV_HEADER}\nBright\x00wave,PM,2026-11-18,Video,US\n",
        ['cell A2 ("Brightwave") holds a zero byte (NUL) after "Bright"'],
    ),
    # In a quoted cell across two lines, and one more in another row.
    (
        f'{CSV_HEADER}\n"Loop\nline\x00 Inc",PM,2026-11-18,Video,US\n'
        "Acme,Dev\x00,2026-11-17,Phone,US\n",
        [
            'cell A2 ("Loop line Inc") holds a zero byte (NUL) after "Loop line"',
            'cell B3 ("Dev") holds a zero byte (NUL) after "Dev"',
        ],
    ),
]


@pytest.mark.parametrize(("text", "said"), ZERO_BYTES)
def test_a_zero_byte_in_a_csv_is_kept_and_its_cell_named(
    tmp_path: Path, text: str, said: list[str]
) -> None:
    tracker = tmp_path / "t.csv"
    tracker.write_bytes(text.encode())
    rest = ", kept as it is; other programs may cut the cell there, so delete that one character"

    ran = CliRunner().invoke(main, ["run", str(tracker), "--as-of", AS_OF])

    assert ran.exit_code == 0, ran.output
    assert ran.stderr.count("zero byte") == len(said)
    for note in said:
        assert f"note: t.csv: {note}{rest}\n" in ran.stderr
    written = tracker.read_bytes()
    assert written.startswith(text.encode().split(b"\n", 1)[0])
    assert written.count(b"\x00") == text.count("\x00")
    for record in text.encode().split(b"\n")[1:-1]:
        assert record in written  # the person's fields, the NUL among them, byte for byte
    again = CliRunner().invoke(main, ["run", str(tracker), "--as-of", AS_OF])
    assert again.exit_code == 0
    assert tracker.read_bytes() == written


def test_a_binary_file_named_csv_is_still_refused(tmp_path: Path) -> None:
    tracker = tmp_path / "t.csv"
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    tracker.write_bytes(png)

    ran = CliRunner().invoke(main, ["run", str(tracker), "--as-of", AS_OF])

    assert ran.exit_code == 1
    assert ran.stderr.startswith(
        "t.csv: FAILED — it is neither a workbook nor a text file (it holds binary data)"
    )
    assert tracker.read_bytes() == png


@pytest.mark.parametrize(
    ("text", "width"),
    [
        # The tool's 12 columns just fit after the person's 16,372: XFD is the last.
        (f"{CSV_HEADER}{',X' * 16_367}\n{CSV_ROW}\n", 16_384),
        # Commas inside a quoted cell are text, not columns.
        (f'{CSV_HEADER},"{"," * 20_000}"\n{CSV_ROW}\n', 18),
    ],
)
def test_a_csv_as_wide_as_a_sheet_holds_is_written_and_read_again(
    tmp_path: Path, text: str, width: int
) -> None:
    tracker = tmp_path / "wide.csv"
    tracker.write_text(text, encoding="utf-8")
    code, _, err = run(str(tracker))
    assert code == 0, err
    (header, *_) = csv.reader(io.StringIO(tracker.read_text(encoding="utf-8")))
    assert (len(header), header[-4:]) == (width, ["Draft subject", "Draft", "Why", "Problems"])
    (table,) = read_trackers(tracker, ReadOptions())  # read again, not only remembered
    assert table.cells["company"].tolist() == ["Brightwave"]
    code, out, _ = run(str(tracker))
    assert (code, out.splitlines()[0]) == (
        0,
        "wide.csv: 1 row — 1 Overdue (unchanged, nothing written)",
    )


EMPTY = (
    "{name}: FAILED — it is empty (0 bytes): there is nothing to read. In a synced folder it may "
    "still be downloading: wait for the sync to finish and run again. If it stays empty, delete "
    "it and start a new tracker with followup-batch init"
)


# A sync client's file before its download fills it: the advice was "start a new tracker with
# followup-batch init", which refuses a file that exists (ot58 F7). Never run, it has no
# backup to restore, and no backups folder is named (ot112 F6; one that has is in
# ``DAMAGED_AFTER_A_RUN``). (the file; -q or not)
@pytest.mark.parametrize(("name", "flags"), [("empty.xlsx", []), ("Dan Wu.csv", ["-q"])])
def test_an_empty_workbook_file_says_it_is_empty(
    tmp_path: Path, name: str, flags: list[str]
) -> None:
    (tmp_path / name).write_bytes(b"")
    code, _, err = run(str(tmp_path / name), *flags)
    assert code == 1
    assert err.splitlines() == [EMPTY.format(name=name), "1 of 1 file failed."]
    (tmp_path / name).unlink()  # the advice followed
    made = CliRunner().invoke(main, ["init", str(tmp_path / name), "-q"])
    assert (made.exit_code, made.output) == (0, "")


@pytest.mark.parametrize("as_json", [False, True])
def test_a_closed_standard_output_does_not_stop_the_batch(tmp_path: Path, as_json: bool) -> None:
    # `run folder | head -1`: the reader is gone before most lines are written. Here it is
    # gone before the first, so every write to stdout fails: each file is still processed.
    import subprocess
    import sys

    for i in range(3):
        make_tracker(tmp_path / f"t{i}.xlsx")
    before = {p.name: p.read_bytes() for p in tmp_path.glob("*.xlsx")}
    read_end, write_end = os.pipe()
    os.close(read_end)
    args = ["run", str(tmp_path), "--as-of", "2026-11-20", "--jobs", "1"]
    try:
        done = subprocess.run(
            [sys.executable, "-m", "followup_batch", *args, *(["--json"] if as_json else [])],
            stdout=write_end,
            stderr=subprocess.PIPE,
            timeout=300,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.returncode == 0, done.stderr.decode()
    assert b"Error" not in done.stderr and b"Traceback" not in done.stderr
    assert all(p.read_bytes() != before[p.name] for p in tmp_path.glob("*.xlsx"))


def test_a_file_saved_while_it_was_read_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another program saves the tracker while it is read: what was read is half a file, but
    # the file is fine; "damaged, restore a backup" would be the wrong advice.
    from followup_batch.errors import UnsupportedFile

    tracker = make_tracker(tmp_path / "t.xlsx")

    def read_half_saved(path: Path, options: object) -> list[object]:
        path.write_bytes(path.read_bytes() + b"\0")  # the save lands meanwhile
        raise UnsupportedFile(f"{path.name}: cannot read the workbook (ParseError: ...)")

    monkeypatch.setattr(batch, "read_trackers", read_half_saved)
    result = CliRunner().invoke(main, ["run", str(tracker), "--as-of", "2026-11-20"])
    assert result.exit_code == 1
    assert "t.xlsx: FAILED — it changed while being processed (saved by someone or something" in (
        result.output
    )
    assert "restore it from a backup" not in result.output


@pytest.mark.parametrize("files", [10, 2_000])
def test_a_worker_is_sent_its_own_files_name_not_every_files(files: int) -> None:
    """Each file's task is pickled to its worker: with the names of every file in each, a run
    over 2,000 empty .csv files took 72 s and 100,000 never finished (ot43 F5)."""
    import pickle

    paths = [Path(f"clients/Client {i}/tracker{i}.csv") for i in range(files)]
    options = batch.RunOptions(
        AS_OF,
        jobs=2,
        names={p: f"Client {i}/{p.name}" for i, p in enumerate(paths)},
        folders={p: (f"Client {i}",) for i, p in enumerate(paths)},
    )
    own = options.for_file(paths[7])
    assert (own.names, own.folders) == (
        {paths[7]: "Client 7/tracker7.csv"},
        {paths[7]: ("Client 7",)},
    )
    assert len(pickle.dumps((paths[7], own))) < 1_000


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_many_failing_files_in_client_folders_are_named_by_their_folder(
    tmp_path: Path, jobs: str
) -> None:
    for client in ("Ann Lee", "Ben Ode"):
        (tmp_path / client).mkdir()
        for i in range(3):
            (tmp_path / client / f"empty{i}.csv").touch()
    make_tracker(tmp_path / "Ann Lee" / "tracker.xlsx")
    code, out, err = run(str(tmp_path), "--jobs", jobs)
    assert code == 1
    assert "Ann Lee/tracker.xlsx [Jobs]: 4 rows" in out
    failed = sorted(line.split(":")[0] for line in err.splitlines() if "FAILED" in line)
    assert failed == [f"{c}/empty{i}.csv" for c in ("Ann Lee", "Ben Ode") for i in range(3)]


def cut_short(path: Path) -> None:
    """The end of the file missing, as a stopped copy, download or sync leaves it."""
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])


def emptied(path: Path) -> None:
    """No bytes, as a sync client leaves a file it has not downloaded yet."""
    path.write_bytes(b"")


def zeroed(path: Path) -> None:
    """Nothing but zero bytes, as a crash or a full disk leaves a file."""
    path.write_bytes(b"\0" * path.stat().st_size)


# (suffix, how the file is damaged after a run wrote it, the start of its FAILED reason)
DAMAGED_AFTER_A_RUN = [
    (".xlsx", cut_short, "it looks like a workbook but is damaged: it is cut short"),
    (
        ".xlsx",
        damage_sheet,
        'it is damaged: its sheet "Jobs" (xl/worksheets/sheet1.xml) cannot be unpacked',
    ),
    (".csv", zeroed, "it holds nothing but zero bytes"),
    (".xlsx", emptied, EMPTY.format(name="").split("— ")[1]),
]


@pytest.mark.parametrize(("suffix", "damage", "said"), DAMAGED_AFTER_A_RUN)
def test_a_file_damaged_after_a_run_names_its_newest_backup(
    tmp_path: Path, suffix: str, damage: Callable[[Path], object], said: str
) -> None:
    """The FAILED line of a file the tool has backed up, and check's NOT READ line, name the
    newest backup beside it (ot109 F3): two runs made two backups of the person's versions."""
    make = make_csv if suffix == ".csv" else make_tracker
    path = tmp_path / f"Alice Moreno{suffix}"
    folder = tmp_path / atomic.BACKUP_DIR
    for saved_at, as_of in ((1_763_000_000, "2026-11-02"), (1_763_600_000, "2026-11-09")):
        make(path)  # the person's version, saved before each night's run
        os.utime(path, (saved_at, saved_at))
        result = CliRunner().invoke(main, ["run", str(path), "--as-of", as_of, "-q"])
        assert result.exit_code == 0, result.output
    backups = sorted(folder.iterdir(), key=lambda p: p.stat().st_mtime)
    newest = [p for p in backups if p.suffix == suffix][-1]
    assert newest.stat().st_mtime == 1_763_600_000
    damage(path)
    before = path.read_bytes()
    code, out, err = run(str(path))
    assert code == 1
    (line,) = [line for line in (out + err).splitlines() if "FAILED" in line]
    assert line.startswith(f"Alice Moreno{suffix}: FAILED — {said}")
    saved = dt.datetime.fromtimestamp(1_763_600_000).strftime("%a %Y-%m-%d %H:%M")
    told = (
        f" Its newest backup is .followup-backups/{newest.name} beside it (the file as saved "
        f"{saved}, before a run wrote it): copy it over the file to restore it; the next run "
        "fills in the tool's columns again."
    )
    assert line.endswith(told)
    assert path.read_bytes() == before
    checked = CliRunner().invoke(main, ["check", str(path), "--as-of", AS_OF])
    assert checked.stdout.strip().endswith(told)


def test_a_damaged_file_the_tool_never_backed_up_names_no_backup(tmp_path: Path) -> None:
    path = make_tracker(tmp_path / "Alice Moreno.xlsx")
    cut_short(path)
    code, out, err = run(str(path))
    assert code == 1
    assert "Alice Moreno.xlsx: FAILED — it looks like a workbook but is damaged" in out + err
    assert "backup is" not in out + err
    assert (out + err).count("Restore it from a backup or re-save it from Excel.") == 1
