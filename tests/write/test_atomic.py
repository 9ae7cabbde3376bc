"""Atomic replace: a temporary file, verified, a backup kept, swapped in with one rename;
never over a file someone saved meanwhile."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from followup_batch.errors import UnsafeWrite
from followup_batch.write import atomic


def plain_workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["Company", "Position", "Interview Date"])
    book.save(path)
    return path


# --- atomic replace --------------------------------------------------------------------------


def writer_of(data: bytes):
    def write(path: Path) -> None:
        path.write_bytes(data)

    return write


def folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_replace_writes_and_keeps_backup(tmp_path):
    target = tmp_path / "t.csv"
    target.write_bytes(b"old\n")
    written, saved = atomic.replace_atomically(target, writer_of(b"new\n"), backup=True)
    assert written
    assert target.read_bytes() == b"new\n"
    assert saved is not None and saved.read_bytes() == b"old\n"
    assert saved.parent == tmp_path / ".followup-backups"
    assert folder_listing(tmp_path) == [".followup-backups", "t.csv"]


def test_no_backup_when_asked_or_new(tmp_path):
    target = tmp_path / "t.csv"
    assert atomic.replace_atomically(target, writer_of(b"a\n"), backup=True).backup is None
    assert atomic.replace_atomically(target, writer_of(b"b\n"), backup=False).backup is None
    assert folder_listing(tmp_path) == ["t.csv"]


def test_backups_pruned_to_a_few(tmp_path):
    target = tmp_path / "t.csv"
    target.write_bytes(b"0\n")
    for n in range(1, 9):
        atomic.replace_atomically(target, writer_of(f"{n}\n".encode()), backup=True)
    kept = sorted((tmp_path / ".followup-backups").iterdir())
    assert [p.read_bytes() for p in kept] == [f"{n}\n".encode() for n in range(3, 8)]


def test_the_backup_just_made_is_kept_whatever_the_names_say(tmp_path):
    """Backups were named in local time: a nightly job in UTC after a person's run in UTC+2
    (or a daylight-saving change) made a name that sorted first, and the pruning by name
    removed the backup of the version just replaced. Names are UTC now, and the newest is
    never pruned."""
    target = tmp_path / "t.csv"
    target.write_bytes(b"before\n")
    folder = tmp_path / ".followup-backups"
    folder.mkdir()
    for hour in range(5):  # five backups named in a later time zone's hours
        (folder / f"t.20991231-{hour:02d}0000-000000.csv").write_bytes(b"later-named\n")
    saved = atomic.replace_atomically(target, writer_of(b"after\n"), backup=True).backup
    assert saved is not None and saved.read_bytes() == b"before\n"
    kept = sorted(folder.iterdir())
    assert saved in kept and len(kept) == atomic.BACKUPS_KEPT
    import datetime

    now = datetime.datetime.now(datetime.UTC)
    stamp = datetime.datetime.strptime(saved.name[2:17], "%Y%m%d-%H%M%S").replace(
        tzinfo=datetime.UTC
    )
    assert abs((now - stamp).total_seconds()) < 60  # UTC, not the machine's time zone


def test_permission_bits_kept(tmp_path):
    target = tmp_path / "t.csv"
    target.write_bytes(b"old\n")
    target.chmod(0o604)
    atomic.replace_atomically(target, writer_of(b"new\n"), backup=False)
    assert target.stat().st_mode & 0o777 == 0o604


def failing_writer(path: Path) -> None:
    path.write_bytes(b"half")
    raise OSError("disk full")


def test_failed_write_leaves_original_and_no_temp(tmp_path):
    target = tmp_path / "t.csv"
    target.write_bytes(b"old\n")
    with pytest.raises(OSError, match="disk full"):
        atomic.replace_atomically(target, failing_writer, backup=True)
    assert target.read_bytes() == b"old\n"
    assert folder_listing(tmp_path) == ["t.csv"]


def test_unreadable_workbook_output_rejected(tmp_path):
    target = plain_workbook(tmp_path / "t.xlsx")
    original = target.read_bytes()
    with pytest.raises(UnsafeWrite, match="does not read back"):
        atomic.replace_atomically(target, writer_of(original[:200]), backup=True)
    assert target.read_bytes() == original
    assert folder_listing(tmp_path) == ["t.xlsx"]


def test_target_changed_during_write_refused(tmp_path):
    target = tmp_path / "t.csv"
    target.write_bytes(b"old\n")

    def someone_saves_meanwhile(path: Path) -> None:
        target.write_bytes(b"their edit\n")
        os.utime(target, ns=(1, 1))
        path.write_bytes(b"ours\n")

    with pytest.raises(UnsafeWrite, match="changed while being processed"):
        atomic.replace_atomically(target, someone_saves_meanwhile, backup=True)
    assert target.read_bytes() == b"their edit\n"
    assert folder_listing(tmp_path) == ["t.csv"]


def test_backup_count_configurable(tmp_path):
    target = tmp_path / "t.csv"
    target.write_bytes(b"0\n")
    for n in range(1, 5):
        atomic.replace_atomically(target, writer_of(f"{n}\n".encode()), backup=True, backups_kept=2)
    kept = sorted((tmp_path / ".followup-backups").iterdir())
    assert [p.read_bytes() for p in kept] == [b"2\n", b"3\n"]


def test_saved_since_it_was_read_refused(tmp_path):
    """The caller's fingerprint from reading time catches a save before the write began."""
    target = tmp_path / "t.csv"
    target.write_bytes(b"old\n")
    read_then = atomic.fingerprint(target)
    target.write_bytes(b"new!\n")  # same size would do: the content hash differs
    with pytest.raises(UnsafeWrite, match="changed while being processed"):
        atomic.replace_atomically(target, writer_of(b"ours\n"), backup=True, expected=read_then)
    assert target.read_bytes() == b"new!\n"


def test_same_size_same_time_edit_caught_by_content_hash(tmp_path):
    target = tmp_path / "t.csv"
    target.write_bytes(b"abc\n")
    before = target.stat()

    def edit_keeping_size_and_time(path: Path) -> None:
        target.write_bytes(b"xyz\n")
        os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
        path.write_bytes(b"ours\n")

    with pytest.raises(UnsafeWrite, match="changed while being processed"):
        atomic.replace_atomically(target, edit_keeping_size_and_time, backup=False)
    assert target.read_bytes() == b"xyz\n"


def test_unchanged_output_not_written(tmp_path):
    target = tmp_path / "t.csv"
    target.write_bytes(b"same\n")
    os.utime(target, ns=(1, 1))
    done = atomic.replace_atomically(target, writer_of(b"same\n"), backup=True, skip_unchanged=True)
    assert done == atomic.Replaced(written=False, backup=None)
    assert target.stat().st_mtime_ns == 1
    assert folder_listing(tmp_path) == ["t.csv"]


@pytest.mark.parametrize(
    ("output", "refuse", "expected"),
    [
        # An identical output is discarded before it is checked: it replaces nothing.
        (b"same\n", None, "same\n | not written | checked 0 times"),
        (b"same\n", UnsafeWrite("open in Excel"), "same\n | not written | checked 0 times"),
        # Any other output is checked before it may replace the file.
        (
            b"other\n",
            None,
            "same\n | UnsafeWrite: the new file does not read back | checked 1 times",
        ),
        (
            b"other\n",
            UnsafeWrite("open in Excel"),
            "same\n | UnsafeWrite: the new file does not read back | checked 1 times",
        ),
    ],
)
def test_an_identical_output_is_discarded_unchecked(tmp_path, output, refuse, expected):
    """A re-run that changes nothing no longer parses its 200 MB output again only to throw it
    away; an output that would replace the file is still checked first."""
    target = tmp_path / "t.csv"
    target.write_bytes(b"same\n")
    checked = []

    def verify(path: Path) -> None:
        checked.append(path)
        raise UnsafeWrite("the new file does not read back")

    try:
        atomic.replace_atomically(
            target,
            writer_of(output),
            backup=True,
            verify=verify,
            skip_unchanged=refuse is None,
            refuse_change=refuse,
        )
        outcome = "not written"
    except UnsafeWrite as exc:
        outcome = f"UnsafeWrite: {exc}"
    seen = f"{target.read_text()} | {outcome} | checked {len(checked)} times"
    assert seen == expected
    assert folder_listing(tmp_path) == ["t.csv"]


def test_stale_temp_of_a_dead_process_removed(tmp_path):
    target = tmp_path / "t.csv"
    target.write_bytes(b"old\n")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f"{atomic.TEMP_PREFIX}{dead.pid}-0123abcd-t.csv.tmp"
    stale.write_bytes(b"half")
    other = tmp_path / f"{atomic.TEMP_PREFIX}{os.getpid()}-0123abcd-t.csv.tmp"
    other.write_bytes(b"a live run's")
    atomic.replace_atomically(target, writer_of(b"new\n"), backup=False)
    assert folder_listing(tmp_path) == sorted([other.name, "t.csv"])


def _epoch(when: str) -> int:
    return int(dt.datetime.fromisoformat(when).replace(tzinfo=dt.UTC).timestamp())


SIX_RUNS = [f"20261204-0{n}0000-000000" for n in range(1, 7)]  # six backups of Dec 4


@pytest.mark.parametrize(
    ("names", "saved_at", "kept"),
    [
        # Names made with a clock set wrong once (or in local time by earlier versions) sort
        # wrongly: the newest backups were pruned and a stale one kept for ever.
        (
            ["20991231-000000-000000", *[f"20261101-0{n}0000-000000" for n in range(6)]],
            ["2023-11-14 22:13", *[f"2026-10-31 0{n}:00" for n in range(6)]],
            [f"20261101-0{n}0000-000000" for n in range(1, 6)],
        ),
        # ot58 F11: the first version was saved by a computer whose clock was ahead (2027):
        # it outranked every later save, which were pruned in its place.
        (
            SIX_RUNS,
            ["2027-06-01 12:00", *[f"2026-12-04 0{n}:59" for n in range(1, 6)]],
            SIX_RUNS[1:],
        ),
        # A backup made by that computer (its name in the future too) tells no time: it is
        # pruned first, not kept above every later save until the real clock catches up.
        (
            ["20990601-120000-000000", *SIX_RUNS[1:]],
            ["2099-06-01 11:59", *[f"2026-12-04 0{n}:59" for n in range(1, 6)]],
            SIX_RUNS[1:],
        ),
    ],
)
def test_backups_are_pruned_by_the_time_their_versions_were_saved(tmp_path, names, saved_at, kept):
    folder = tmp_path / ".followup-backups"
    folder.mkdir()
    for name, when in zip(names, saved_at, strict=True):
        path = folder / f"t.{name}.csv"
        path.write_text(name)
        os.utime(path, (_epoch(when), _epoch(when)))
    made = folder / f"t.{kept[-1]}.csv"
    atomic._prune_backups(folder, tmp_path / "t.csv", kept=5, made=made)
    assert sorted(p.name for p in folder.iterdir()) == [f"t.{name}.csv" for name in kept]


# A tracker whose extension changed case ("t.xlsx" renamed "t.XLSX": Windows, a sync client,
# Save As) is the same tracker, its backups under either spelling pruned as one (ot116 F2:
# five of each were kept, and a newer one pruned before the older spelling's); a file of the
# other spelling still beside it (a disk that tells case apart) keeps its own. (the old
# spelling's file still there?, the stamps kept)
CASE_SPELLINGS = {
    "renamed: the five newest of both": (False, ["03", "04", "05", "06", "07"]),
    "another file of that spelling beside it: its own": (
        True,
        ["01", "02", "03", "04", "05", "06", "07"],
    ),
}


@pytest.mark.parametrize(("both", "kept"), CASE_SPELLINGS.values(), ids=CASE_SPELLINGS.keys())
def test_backups_of_an_extension_in_another_case_are_the_trackers(tmp_path, both, kept):
    folder = tmp_path / ".followup-backups"
    folder.mkdir()
    for hour in range(1, 8):
        stamp = f"20261204-{hour:02d}0000-000000"
        path = folder / f"t.{stamp}.{'xlsx' if hour < 5 else 'XLSX'}"
        path.write_text(stamp)
        os.utime(path, (_epoch(f"2026-12-04 {hour:02d}:00"),) * 2)
    (tmp_path / "t.XLSX").write_text("now")
    if both:
        (tmp_path / "t.xlsx").write_text("another tracker")
    made = folder / "t.20261204-070000-000000.XLSX"
    atomic._prune_backups(folder, tmp_path / "t.XLSX", kept=5, made=made)
    assert sorted(p.name[11:13] for p in folder.iterdir()) == kept  # the stamps' hours


def test_a_writer_that_fails_on_a_file_saved_meanwhile_says_it_was_saved(tmp_path):
    """The tracker cut short or no zip any more while it was read (someone saving it): the
    message was "damaged ... Open it in Excel and save it again", about a good new save."""
    import zipfile

    target = tmp_path / "t.xlsx"
    target.write_bytes(b"old")

    def saved_meanwhile(path: Path) -> None:
        target.write_bytes(b"their save")
        raise zipfile.BadZipFile("File is not a zip file")

    with pytest.raises(UnsafeWrite, match="t.xlsx changed while being processed"):
        atomic.replace_atomically(target, saved_meanwhile, backup=True)
    assert target.read_bytes() == b"their save"

    def broken(path: Path) -> None:
        raise zipfile.BadZipFile("File is not a zip file")

    with pytest.raises(zipfile.BadZipFile):  # nothing changed: the failure as it is
        atomic.replace_atomically(target, broken, backup=True)
    assert folder_listing(tmp_path) == ["t.xlsx"]
