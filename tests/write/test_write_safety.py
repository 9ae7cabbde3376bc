"""What a write promises around the replace itself: a save made during the run is kept, a
backup is whole or absent, and the file and its backup keep their owner, group and mode."""

from __future__ import annotations

import csv
import errno
import os
import re
import shutil
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from test_cli import make_csv, make_tracker

from followup_batch import compute as computing
from followup_batch.cli import main
from followup_batch.errors import mount_point
from followup_batch.write import atomic
from followup_batch.write.locks import file_lock, lock_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["run", *args, "--as-of", "2026-11-20"])
    return result.exit_code, result.stdout, result.stderr


def save_elsewhere(path: Path) -> None:
    """Another program saves the tracker: a user's cell changes."""
    if path.suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        rows[1][0] = "Saved meanwhile"
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(rows)
        return
    book = openpyxl.load_workbook(path)
    book.active["A2"] = "Saved meanwhile"  # type: ignore[index]
    book.save(path)


def test_a_save_made_while_the_workbook_is_written_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saved by someone while the new file was being checked against it: the message named a
    part ("_rels/.rels changed in the new package; original kept") where the kept version is
    in fact the new save."""
    from followup_batch.write import xlsx

    tracker = make_tracker(tmp_path / "t.xlsx")

    def saved_while_checking(*args: object) -> None:
        # Saved as Excel and LibreOffice save: a new file renamed over the old one.
        other = make_tracker(tmp_path / "their save.xlsx")
        save_elsewhere(other)
        os.replace(other, tracker)
        # What the check then finds when the writer had read part of each version.
        raise atomic.UnsafeWrite("_rels/.rels changed in the new package; original kept")

    monkeypatch.setattr(xlsx, "verify_package", saved_while_checking)
    code, _, err = run(str(tracker))
    assert code == 1
    assert f"{tracker.name}: FAILED — it changed while being processed" in err
    assert "in the new package" not in err
    assert openpyxl.load_workbook(tracker).active["A2"].value == "Saved meanwhile"  # type: ignore[index]


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_save_made_during_the_run_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    tracker = make_tracker(tmp_path / "t.xlsx") if kind == "xlsx" else make_csv(tmp_path / "t.csv")
    compute = computing.schedule_sheet

    def saved_while_computing(*args: object, **kwargs: object) -> object:
        done = compute(*args, **kwargs)  # type: ignore[arg-type]
        save_elsewhere(tracker)
        return done

    monkeypatch.setattr(computing, "schedule_sheet", saved_while_computing)
    code, _, err = run(str(tracker))
    theirs = tracker.read_bytes()
    assert code == 1
    assert f"{tracker.name}: FAILED — it changed while being processed" in err
    assert "Run again" in err
    assert b"Saved meanwhile" in theirs or "Saved meanwhile" in str(
        openpyxl.load_workbook(tracker).active["A2"].value  # type: ignore[index]
    )
    assert not (tmp_path / atomic.BACKUP_DIR).exists() or not any(
        (tmp_path / atomic.BACKUP_DIR).iterdir()
    )


def saved_by_rename(tracker: Path) -> None:
    """Saved as Excel, LibreOffice and sync clients save: a new file renamed over the old."""
    theirs = tracker.with_name("their save" + tracker.suffix)
    shutil.copy2(tracker, theirs)
    save_elsewhere(theirs)
    os.replace(theirs, tracker)


def saved_in_place(tracker: Path) -> None:
    """Saved into the same file (same inode): a row appended to a CSV (``echo >> t.csv``),
    a workbook rewritten where it is."""
    if tracker.suffix == ".csv":
        with tracker.open("a", encoding="utf-8") as handle:
            handle.write("Saved meanwhile,Analyst,2026-11-18,video,US\n")
        return
    save_elsewhere(tracker)


# How the tracker is named on the command line: every spelling of the same file is a write in
# place, whose save made during the run is kept. Named relative to the current folder (as
# `followup-batch run Dee.csv` from a cron job's folder), the CSV's write compared the path as
# given with the real one, took the run for a write elsewhere and overwrote the save (ot84 F1).
SPELLINGS: dict[str, Callable[[Path], str]] = {
    "absolute": lambda tracker: str(tracker),
    "relative": lambda tracker: tracker.name,
    "dotted": lambda tracker: f"./real/../real/{tracker.name}",
    "through a linked folder": lambda tracker: f"linked/{tracker.name}",
}


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize("saved", [saved_by_rename, saved_in_place], ids=["renamed", "in place"])
@pytest.mark.parametrize("spelling", list(SPELLINGS))
def test_a_save_made_during_the_run_is_kept_however_the_file_is_named(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    saved: Callable[[Path], None],
    spelling: str,
) -> None:
    folder = tmp_path / "real"
    folder.mkdir()
    (tmp_path / "linked").symlink_to(folder, target_is_directory=True)
    tracker = make_csv(folder / "t.csv") if kind == "csv" else make_tracker(folder / "t.xlsx")
    monkeypatch.chdir(folder if spelling == "relative" else tmp_path)
    compute = computing.schedule_sheet
    theirs: list[bytes] = []

    def saved_while_computing(*args: object, **kwargs: object) -> object:
        done = compute(*args, **kwargs)  # type: ignore[arg-type]
        saved(tracker)
        theirs.append(tracker.read_bytes())
        return done

    monkeypatch.setattr(computing, "schedule_sheet", saved_while_computing)
    code, out, err = run(SPELLINGS[spelling](tracker))
    assert (code, out) == (1, "")
    assert f"{tracker.name}: FAILED — it changed while being processed" in err
    assert tracker.read_bytes() == theirs[0]
    assert not (folder / atomic.BACKUP_DIR).exists()


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize("saved", [saved_by_rename, saved_in_place], ids=["renamed", "in place"])
@pytest.mark.parametrize("earlier", [False, True], ids=["new output", "output of a run before"])
def test_a_save_made_during_a_run_to_output_is_not_written_from_the_old_version(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    saved: Callable[[Path], None],
    earlier: bool,
) -> None:
    """With --output the tracker was watched only from the write: a save made while the run
    computed was kept, but OUT was made from the version before it, with no word (ot84/ot85).
    OUT is now not written, and the line says why."""
    tracker = make_csv(tmp_path / "t.csv") if kind == "csv" else make_tracker(tmp_path / "t.xlsx")
    out = tmp_path / f"out.{kind}"
    if earlier:
        assert run(str(tracker), "--output", str(out))[0] == 0
    before = out.read_bytes() if earlier else None
    compute = computing.schedule_sheet
    theirs: list[bytes] = []

    def saved_while_computing(*args: object, **kwargs: object) -> object:
        done = compute(*args, **kwargs)  # type: ignore[arg-type]
        saved(tracker)
        theirs.append(tracker.read_bytes())
        return done

    monkeypatch.setattr(computing, "schedule_sheet", saved_while_computing)
    code, out_text, err = run(str(tracker), "--output", str(out))
    assert (code, out_text) == (1, "")
    assert (
        f"{tracker.name}: FAILED — it changed while being processed (saved by someone or "
        f"something else): it was saved after the run read it, so {out} was not written, as it "
        "would have been made from the version before that save. Run again"
    ) in err
    assert tracker.read_bytes() == theirs[0]
    assert (out.read_bytes() if out.exists() else None) == before
    assert not (tmp_path / atomic.BACKUP_DIR).exists() or earlier


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_run_to_output_without_a_save_meanwhile_writes_it(tmp_path: Path, kind: str) -> None:
    """The same run, nobody saving the tracker: OUT is written, the tracker left as it was."""
    tracker = make_csv(tmp_path / "t.csv") if kind == "csv" else make_tracker(tmp_path / "t.xlsx")
    source = tracker.read_bytes()
    out = tmp_path / f"out.{kind}"
    code, _, err = run(str(tracker), "--output", str(out))
    assert code == 0
    assert "changed while being processed" not in err
    assert out.exists()
    assert tracker.read_bytes() == source


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize("saved", [saved_by_rename, saved_in_place], ids=["renamed", "in place"])
def test_a_save_made_while_the_backup_is_copied_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, saved: Callable[[Path], None]
) -> None:
    """The last check came before the backup was copied and synced (seconds on a slow
    disk): a save then was replaced with a result of the version before it."""
    tracker = make_csv(tmp_path / "t.csv") if kind == "csv" else make_tracker(tmp_path / "t.xlsx")
    keep = atomic._keep_backup
    theirs: list[bytes] = []

    def saved_while_backing_up(target: Path, kept: int = atomic.BACKUPS_KEPT) -> Path:
        backup = keep(target, kept)
        saved(tracker)
        theirs.append(tracker.read_bytes())
        return backup

    monkeypatch.setattr(atomic, "_keep_backup", saved_while_backing_up)
    code, out, err = run(str(tracker))
    assert (code, out) == (1, "")
    assert f"{tracker.name}: FAILED — it changed while being processed" in err
    assert tracker.read_bytes() == theirs[0]
    assert not (tmp_path / atomic.BACKUP_DIR).exists()


@pytest.mark.parametrize(
    ("earlier", "left"),
    [
        # the first run's folder, made for a backup that failed, was left behind empty (ot18 F11)
        (None, []),
        ("t.20261101-090000-000000.xlsx", ["t.20261101-090000-000000.xlsx"]),
    ],
)
def test_a_backup_that_fills_the_disk_is_removed_and_the_run_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, earlier: str | None, left: list[str]
) -> None:
    tracker = make_tracker(tmp_path / "t.xlsx")
    before = tracker.read_bytes()
    if earlier is not None:
        (tmp_path / atomic.BACKUP_DIR).mkdir()
        (tmp_path / atomic.BACKUP_DIR / earlier).write_bytes(before)

    def half_then_full(source: Path, destination: Path) -> None:
        Path(destination).write_bytes(Path(source).read_bytes()[:100])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copy2", half_then_full)
    code, _, err = run(str(tracker))
    assert code == 1
    assert "t.xlsx: FAILED — its backup could not be written: the disk holding" in err
    assert "is full" in err and "the file is as it was" in err
    assert tracker.read_bytes() == before
    backups = tmp_path / atomic.BACKUP_DIR
    assert (sorted(p.name for p in backups.iterdir()) if backups.exists() else []) == left
    hidden = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert hidden == ([atomic.BACKUP_DIR] if left else [])


@pytest.mark.parametrize(
    ("make", "what"),
    [
        (lambda folder: folder.symlink_to("../gone"), "a link to ../gone, which does not exist"),
        (
            lambda folder: folder.symlink_to("/dev/null"),
            "a link to /dev/null, which is not a folder",
        ),
        (lambda folder: folder.symlink_to("t.xlsx"), "a link to t.xlsx, which is not a folder"),
        (lambda folder: folder.write_text("notes"), "a file, not a folder"),
    ],
    ids=["broken link", "link to a device", "link to a file", "a file"],
)
def test_a_backup_folder_that_is_no_folder_is_named_so(
    tmp_path: Path, make: Callable[[Path], None], what: str
) -> None:
    """A broken link said "File exists (.followup-backups) ...; free some space (or fix the
    folder)": neither the disk nor "File exists" was the problem (ot43 F8)."""
    tracker = make_tracker(tmp_path / "t.xlsx")
    before = tracker.read_bytes()
    folder = tmp_path / atomic.BACKUP_DIR
    make(folder)
    code, _, err = run(str(tracker))
    assert code == 1
    assert err.splitlines()[0] == (
        f"t.xlsx: FAILED — its backup could not be written: {folder} is {what}. Nothing was "
        "written and the file is as it was; remove .followup-backups (or make it a folder, or a "
        "link to one), then run again"
    )
    assert tracker.read_bytes() == before
    assert folder.is_symlink() or folder.read_text() == "notes"


def lock_not_created(code: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk has no room for the lock file beside the tracker."""
    opened = os.open

    def full(path: object, *args: object, **kwargs: object) -> int:
        if str(path).endswith(".lock"):
            raise OSError(code, os.strerror(code), str(path))
        return opened(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", full)


def pid_not_written(code: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The lock file is made (a free inode) but its pid finds no room (a full tmpfs)."""
    wrote = os.write

    def full(fd: int, data: bytes) -> int:
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".lock"):
            raise OSError(code, os.strerror(code))
        return wrote(fd, data)

    monkeypatch.setattr(os, "write", full)


UNCHANGED = "(unchanged, nothing written)"


CANNOT_LOCK = (
    "t.xlsx: FAILED — cannot create the lock file .~followup-t.xlsx.lock ({why}); "
    "followup-batch needs to write in the tracker's folder to update it safely. Check the "
    "folder's permissions"
)


# Report ot45, F1: a run whose stamp matches writes nothing, so a full disk is no failure
# (it failed "the disk holding … is full", exit 1, for every up-to-date tracker of a nightly
# run). A run that would write still fails, the file as it was. So is a folder that takes no
# lock file (no permission, a read-only disk: a coach's read-only share re-run the same day
# failed on the lock it did not need, fx33); os.open refuses it, as chmod does not stop root.
@pytest.mark.parametrize(
    ("fill", "code", "as_of", "exit_code", "said"),
    [
        (lock_not_created, errno.ENOSPC, "2026-11-20", 0, UNCHANGED),
        (lock_not_created, errno.EDQUOT, "2026-11-20", 0, UNCHANGED),
        (lock_not_created, errno.EACCES, "2026-11-20", 0, UNCHANGED),
        (lock_not_created, errno.EPERM, "2026-11-20", 0, UNCHANGED),
        (lock_not_created, errno.EROFS, "2026-11-20", 0, UNCHANGED),
        (pid_not_written, errno.ENOSPC, "2026-11-20", 0, UNCHANGED),
        (pid_not_written, errno.EDQUOT, "2026-11-20", 0, UNCHANGED),
        (
            lock_not_created,
            errno.ENOSPC,
            "2026-11-23",
            1,
            "t.xlsx: FAILED — the disk holding {folder} is full{mount}; nothing was written and "
            "the file is as it was. Free some space (or fix the disk), then run again",
        ),
        (
            lock_not_created,
            errno.EDQUOT,
            "2026-11-23",
            1,
            "t.xlsx: FAILED — the disk quota for {folder} is used up{mount}; nothing was "
            "written and the file is as it was. Free some space (or fix the disk), then run again",
        ),
        (
            lock_not_created,
            errno.EACCES,
            "2026-11-23",
            1,
            CANNOT_LOCK.format(why="Permission denied"),
        ),
        (
            lock_not_created,
            errno.EROFS,
            "2026-11-23",
            1,
            CANNOT_LOCK.format(why="Read-only file system"),
        ),
    ],
    ids=[
        *(
            "unchanged-no-lock-file",
            "unchanged-quota",
            "unchanged-no-permission",
            "unchanged-not-permitted",
            "unchanged-read-only-disk",
            "unchanged-no-pid",
            "unchanged-no-pid-quota",
        ),
        *("to-write-full", "to-write-quota", "to-write-no-permission", "to-write-read-only-disk"),
    ],
)
def test_no_room_for_the_lock_fails_only_a_run_that_has_something_to_write(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fill: Callable[[int, pytest.MonkeyPatch], None],
    code: int,
    as_of: str,
    exit_code: int,
    said: str,
) -> None:
    tracker = make_tracker(tmp_path / "t.xlsx")
    assert run(str(tracker))[0] == 0
    before = tracker.read_bytes()
    fill(code, monkeypatch)
    result = CliRunner().invoke(main, ["run", str(tracker), "--as-of", as_of])
    assert result.exit_code == exit_code, result.output
    lines = (result.stdout if exit_code == 0 else result.stderr).splitlines()
    if exit_code == 0:
        assert lines[0].endswith(UNCHANGED), lines
    else:
        assert said.format(folder=tmp_path, mount=mount_point(tmp_path)) in lines
    assert tracker.read_bytes() == before
    assert not lock_path(tracker).exists()


def folder_denied(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``os.access`` says ``folder`` cannot be written (as chmod 555 says it to all but root)."""
    can = os.access

    def access(path: object, mode: int, **kwargs: object) -> bool:
        if Path(str(path)) == folder and mode & os.W_OK:
            return False
        return can(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)


CHECK_REFUSED = 't.xlsx, sheet "Jobs": A run would write nothing to this file — '
FAILED = re.compile("^t.xlsx: FAILED — ")


NO_BACKUP = (
    "t.xlsx: FAILED — its backup could not be written: no permission to write in "
    "{folder}/.followup-backups. Nothing was written and the file is as it was; check that "
    "folder's permissions, then run again"
)
NO_LOCK = CANNOT_LOCK.format(why="Permission denied")
SAVED, OWN = "backups, the file saved since", "backups, the tool's own version"
# ... as a dry run says it: it reads the file all the same (fx303).
WOULD_FAIL = "note: t.xlsx [Jobs]: a real run would fail: "


# A dry run in a folder that takes no lock file, or whose backup folder takes no backup, said
# "it keeps the file as it is now in .followup-backups/", exit 0, and check said nothing,
# where the run fails the file (fx79 4): both now say the run's line, unless the last run's
# record says there is nothing to write; the dry run as what a real run would do, reading the
# file (fx303: it failed it, as if it wrote). (the folder denied: the tracker's, or its
# backups' when the file needs a backup or not; the command; --as-of: the last run's, or a
# later one; exit code; the line said, or None)
@pytest.mark.parametrize(
    ("denied", "command", "as_of", "exit_code", "said"),
    [
        (".", ["run", "--dry-run"], "2026-11-23", 0, FAILED.sub(WOULD_FAIL, NO_LOCK)),
        (".", ["run", "--dry-run"], "2026-11-20", 0, None),
        (".", ["check", "-q"], "2026-11-23", 1, CHECK_REFUSED + FAILED.sub("", NO_LOCK)),
        (".", ["check", "-q"], "2026-11-20", 0, None),
        (SAVED, ["run", "--dry-run"], "2026-11-23", 0, FAILED.sub(WOULD_FAIL, NO_BACKUP)),
        (SAVED, ["check", "-q"], "2026-11-23", 1, CHECK_REFUSED + FAILED.sub("", NO_BACKUP)),
        # the tool's own last version, unchanged since: the run keeps no backup of it
        (OWN, ["run", "--dry-run"], "2026-11-23", 0, None),
    ],
    ids=[
        *("dry-run-to-write", "dry-run-unchanged", "check-to-write", "check-unchanged"),
        *("backups-dry-run", "backups-check", "backups-not-needed"),
    ],
)
def test_a_dry_run_and_check_foresee_a_folder_that_takes_no_new_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    denied: str,
    command: list[str],
    as_of: str,
    exit_code: int,
    said: str | None,
) -> None:
    tracker = make_tracker(tmp_path / "t.xlsx")
    assert run(str(tracker))[0] == 0
    before = tracker.read_bytes()
    if denied == SAVED:
        save_elsewhere(tracker)
        before = tracker.read_bytes()
    backups = sorted((tmp_path / atomic.BACKUP_DIR).iterdir())
    folder_denied(tmp_path if denied == "." else tmp_path / atomic.BACKUP_DIR, monkeypatch)
    result = CliRunner().invoke(main, [*command, str(tracker), "--as-of", as_of])
    assert result.exit_code == exit_code, result.output
    if said is None:
        assert "lock file" not in result.output and "backup could not" not in result.output
    else:
        assert said.format(folder=tmp_path) in result.stderr.splitlines()
    assert tracker.read_bytes() == before
    assert sorted((tmp_path / atomic.BACKUP_DIR).iterdir()) == backups
    assert not lock_path(tracker).exists()


# A backup folder that refuses the copy said "free some space (or fix the folder)" when no
# space was missing (fx79 4). (the copy's error; the line said)
@pytest.mark.parametrize(
    ("code", "said"),
    [
        (
            errno.EACCES,
            "no permission to write in {folder}. Nothing was written and the file is as it was; "
            "check that folder's permissions, then run again",
        ),
        (
            errno.EPERM,
            "no permission to write in {folder}. Nothing was written and the file is as it was; "
            "check that folder's permissions, then run again",
        ),
        (
            errno.EROFS,
            "{folder} is on a read-only disk. Nothing was written and the file is as it was; "
            "write the result elsewhere (--output), then run again",
        ),
    ],
    ids=["no-permission", "not-permitted", "read-only-disk"],
)
def test_a_backup_folder_that_cannot_be_written_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, said: str
) -> None:
    tracker = make_tracker(tmp_path / "t.xlsx")
    before = tracker.read_bytes()

    def refused(source: Path, destination: Path) -> None:
        raise OSError(code, os.strerror(code), str(destination))

    monkeypatch.setattr(shutil, "copy2", refused)
    code_, _, err = run(str(tracker))
    assert code_ == 1
    folder = tmp_path / atomic.BACKUP_DIR
    line = "t.xlsx: FAILED — its backup could not be written: " + said.format(folder=folder)
    assert err.splitlines()[0] == line
    assert tracker.read_bytes() == before
    assert not folder.exists()  # the folder made for it is removed


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="a folder's mode: not root")
@pytest.mark.parametrize(
    ("mode_of", "said"),
    [
        (".", CANNOT_LOCK.format(why="Permission denied")),
        (
            atomic.BACKUP_DIR,
            "t.xlsx: FAILED — its backup could not be written: no permission to write in "
            "{backups}. Nothing was written and the file is as it was; check that folder's "
            "permissions, then run again",
        ),
    ],
    ids=["the tracker's folder", "its backups folder"],
)
def test_a_folder_without_write_permission_fails_each_tracker_in_one_line(
    tmp_path: Path, mode_of: str, said: str
) -> None:
    """chmod 555: the run, its dry run and check each say the one line, nothing written; the
    dry run as what a real run would do, its exit code 0 (fx303)."""
    folder = tmp_path / "clients"
    folder.mkdir()
    tracker = make_tracker(folder / "t.xlsx")
    (folder / atomic.BACKUP_DIR).mkdir()
    before = tracker.read_bytes()
    (folder / mode_of).chmod(0o555)
    try:
        for command in (["run"], ["run", "--dry-run"], ["check", "-q"]):
            result = CliRunner().invoke(main, [*command, str(folder), "--as-of", "2026-11-23"])
            assert result.exit_code == (command[-1] != "--dry-run"), (command, result.output)
            assert "Traceback" not in result.output
            if command == ["run"] or mode_of == ".":
                line = said.format(backups=folder / atomic.BACKUP_DIR)
                if command[0] == "check":
                    line = CHECK_REFUSED + FAILED.sub("", line)
                elif command[-1] == "--dry-run":
                    line = FAILED.sub(WOULD_FAIL, line)
                assert line in result.stderr.splitlines(), (command, result.stderr)
        assert tracker.read_bytes() == before
        assert sorted(p.name for p in folder.rglob("*")) == [atomic.BACKUP_DIR, "t.xlsx"]
    finally:
        (folder / mode_of).chmod(0o755)


def test_a_lock_whose_pid_found_no_room_still_keeps_another_run_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tracker = make_tracker(tmp_path / "t.xlsx")
    before = tracker.read_bytes()
    taken, done = threading.Event(), threading.Event()

    def another_run() -> None:  # a thread: the lock is re-entrant within one
        with file_lock(tracker):
            taken.set()
            done.wait()

    with monkeypatch.context() as full:
        pid_not_written(errno.ENOSPC, full)
        holder = threading.Thread(target=another_run)
        holder.start()
        assert taken.wait(timeout=10)
    try:
        code, _, err = run(str(tracker))
    finally:
        done.set()
        holder.join()
    assert code == 1
    assert (
        "t.xlsx: FAILED — it is being updated by another followup-batch run; try again when it "
        "finishes"
    ) in err.splitlines()
    assert tracker.read_bytes() == before


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_running_as_root_keeps_the_owner_group_and_mode(tmp_path: Path, kind: str) -> None:
    tracker = make_tracker(tmp_path / "t.xlsx") if kind == "xlsx" else make_csv(tmp_path / "t.csv")
    os.chown(tracker, 1234, 2345)
    os.chmod(tracker, 0o640)
    run(str(tracker))  # a first run: the tool's columns are added
    code, _, err = run(str(tracker), "--as-of", "2026-12-01")  # a second, with a backup
    assert code == 0, err
    for path in [tracker, *(tmp_path / atomic.BACKUP_DIR).iterdir()]:
        info = path.stat()
        assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (1234, 2345, 0o640), path


def _acl(user_id: int) -> bytes:
    """A POSIX ACL as Linux stores it: owner rw, ``user_id`` rw, group r, mask rw, other none."""
    import struct

    undefined = 0xFFFFFFFF
    entries = [(0x01, 6, undefined), (0x02, 6, user_id), (0x04, 4, undefined)]
    entries += [(0x10, 6, undefined), (0x20, 0, undefined)]
    return struct.pack("<I", 2) + b"".join(struct.pack("<HHI", *e) for e in entries)


@pytest.mark.skipif(not hasattr(os, "setxattr"), reason="extended attributes: Linux only")
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_the_file_keeps_its_acl_and_extended_attributes(tmp_path: Path, kind: str) -> None:
    """The ACL that lets a coach's assistant save the tracker, and a user's tag, were lost:
    the new file swapped in by the rename had none. (The new file system may have neither:
    the test then skips.)"""
    tracker = make_tracker(tmp_path / "t.xlsx") if kind == "xlsx" else make_csv(tmp_path / "t.csv")
    os.chmod(tracker, 0o660)
    try:
        os.setxattr(tracker, "user.tag", b"precious")
        os.setxattr(tracker, "system.posix_acl_access", _acl(65534))
    except OSError as error:
        pytest.skip(f"this file system keeps no extended attributes ({error.strerror})")
    acl = os.getxattr(tracker, "system.posix_acl_access")
    before = tracker.read_bytes()
    code, _, err = run(str(tracker))
    assert code == 0, err
    assert tracker.read_bytes() != before  # written: a new file took its place
    assert os.getxattr(tracker, "user.tag") == b"precious"
    assert os.getxattr(tracker, "system.posix_acl_access") == acl
    assert stat.S_IMODE(tracker.stat().st_mode) == 0o660


@pytest.mark.skipif(not hasattr(os, "setxattr"), reason="extended attributes: Linux only")
def test_a_folders_default_acl_does_not_open_a_tracker_that_had_none(tmp_path: Path) -> None:
    """The new file inherited the folder's default ACL, which the tracker (mode 600) never had:
    after the run another user could read it."""
    folder = tmp_path / "shared"
    folder.mkdir()
    try:
        os.setxattr(folder, "system.posix_acl_default", _acl(65534))
    except OSError as error:
        pytest.skip(f"this file system keeps no ACLs ({error.strerror})")
    tracker = make_csv(folder / "t.csv")
    os.removexattr(tracker, "system.posix_acl_access")  # made before: as if it had none
    os.chmod(tracker, 0o600)
    code, _, err = run(str(tracker))
    assert code == 0, err
    assert "system.posix_acl_access" not in os.listxattr(tracker)
    assert stat.S_IMODE(tracker.stat().st_mode) == 0o600
    # Nor its backup (a whole copy) and its last-run record (its problems).
    kept = list((folder / atomic.BACKUP_DIR).iterdir())
    assert sorted(p.suffix for p in kept) == [".csv", ".json"]
    for path in kept:
        assert "system.posix_acl_access" not in os.listxattr(path), path.name
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
