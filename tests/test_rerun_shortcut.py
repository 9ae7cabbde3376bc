"""A re-run of an unchanged tracker (issue 13 item 7): the same summary from the last run's
reports, nothing read, nothing written — and a full run whenever anything it depends on
differs: the file, the as-of date, the config, or a state file it cannot trust."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from followup_batch import batch
from followup_batch.cli import main
from followup_batch.memory import rerun
from followup_batch.write import atomic

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data"
AS_OF = "2026-11-20"


@pytest.fixture(params=["xlsx", "csv"])
def tracker(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / f"tracker.{request.param}"
    shutil.copyfile(SAMPLE / path.name, path)
    return path


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The trackers read from now on."""
    seen: list[Path] = []
    real = batch.read_trackers

    def counting(path, reading):  # type: ignore[no-untyped-def]
        seen.append(path)
        return real(path, reading)

    monkeypatch.setattr(batch, "read_trackers", counting)
    return seen


def run(*args: str, as_of: str = AS_OF) -> Result:
    result = CliRunner().invoke(main, ["run", "--as-of", as_of, *args])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result


def summary(result: Result) -> list[dict[str, object]]:
    """The --json summary's sheets, without what differs by design (notes, written)."""
    files = json.loads(result.stdout)["files"]
    return [
        {k: v for k, v in sheet.items() if k not in ("notes", "written")}
        for file in files
        for sheet in file["sheets"]
    ]


def state(path: Path) -> Path:
    return path.parent / atomic.BACKUP_DIR / f"{path.name}{rerun.STATE_SUFFIX}"


def snapshot(path: Path) -> dict[str, tuple[int, int, int]]:
    """Every file of the tracker's folder (backups and state included): inode, size, mtime."""
    return {
        str(p.relative_to(path.parent)): (p.stat().st_ino, p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(path.parent.rglob("*"))
        if p.is_file()
    }


def test_an_unchanged_rerun_reads_and_writes_nothing(
    tracker: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = run("--json", str(tracker))
    assert state(tracker).is_file()
    before = snapshot(tracker)

    def no_reading(*_: object) -> None:
        raise AssertionError("the tracker was read")

    monkeypatch.setattr(batch, "read_trackers", no_reading)
    second = run("--json", str(tracker))
    third = run("-v", str(tracker))
    assert snapshot(tracker) == before  # no write, no backup, not even the state file
    assert summary(second) == summary(first)
    # The lines a user sees are the first run's, marked as writing nothing (a cron log tells
    # a write from a no-op); -v says why nothing was done.
    lines = [line for line in first.stderr.splitlines() if line.strip()]
    assert [line for line in second.stderr.splitlines() if line.strip()] == [
        f"{lines[0]} (unchanged, nothing written)",
        *lines[1:],
    ]
    assert "unchanged since the run of" in third.output
    assert "nothing was read or written" in third.output


def test_an_unchanged_rerun_sweeps_a_killed_runs_temporary_state_file(tracker: Path) -> None:
    """A run killed (SIGKILL) while it wrote the state file leaves its temporary; the next
    runs change nothing, so they never write the state file again: the sweep is on reading it.
    A live process's temporary (another run writing now) stays."""
    import subprocess
    import sys

    run(str(tracker))
    dead = subprocess.Popen([sys.executable, "-c", "pass"])  # a process that has ended
    dead.wait()
    folder = state(tracker).parent
    name = atomic.fitting_name(state(tracker).name, atomic.TEMP_ROOM)
    left = folder / f"{atomic.TEMP_PREFIX}{dead.pid}-0123abcd-{name}.tmp"
    live = folder / f"{atomic.TEMP_PREFIX}{os.getpid()}-0123abcd-{name}.tmp"
    for path in (left, live):
        path.write_text("{")
    result = run(str(tracker))
    assert "(unchanged, nothing written)" in result.output
    assert [left.exists(), live.exists()] == [False, True]


def test_the_kept_reports_are_what_a_full_run_reports(tracker: Path) -> None:
    run(str(tracker))  # writes the tool's columns
    shortcut = run("--json", str(tracker))
    state(tracker).unlink()
    full = run("--json", str(tracker))
    assert summary(shortcut) == summary(full)
    notes = [s["notes"] for f in json.loads(full.stdout)["files"] for s in f["sheets"]]
    kept = [s["notes"][:-1] for f in json.loads(shortcut.stdout)["files"] for s in f["sheets"]]
    assert kept == notes


def test_a_users_edit_means_a_full_run(tracker: Path, reads: list[Path]) -> None:
    run(str(tracker))
    if tracker.suffix == ".csv":
        with tracker.open("ab") as file:
            file.write(b"Zeta,PM,2026-11-18,,,,,,,,,,\r\n")
    else:
        import openpyxl

        book = openpyxl.load_workbook(tracker)
        book.worksheets[0]["A2"] = "Renamed Inc"
        book.save(tracker)
    reads.clear()
    run(str(tracker))
    assert reads == [tracker]
    reads.clear()
    run(str(tracker))  # the edit's result, unchanged since: nothing to do again
    assert reads == []


def test_another_as_of_date_means_a_full_run(tracker: Path, reads: list[Path]) -> None:
    run(str(tracker))
    run(str(tracker))
    assert reads == [tracker]
    run(str(tracker), as_of="2026-11-23")
    assert reads == [tracker, tracker]


def test_another_config_means_a_full_run(tracker: Path, reads: list[Path], tmp_path: Path) -> None:
    config = tmp_path / "followup.toml"
    config.write_text('[sender]\nname = "Maya Chen"\n', encoding="utf-8")
    run("--config", str(config), str(tracker))
    run("--config", str(config), str(tracker))
    assert len(reads) == 1
    config.write_text(
        '[sender]\nname = "Maya Chen"\n\n[rules.check_in_1]\nbase_bd = 6\n', encoding="utf-8"
    )
    run("--config", str(config), str(tracker))
    assert len(reads) == 2
    run(str(tracker))  # no config at all
    assert len(reads) == 3


def test_a_changed_template_means_a_full_run(
    tracker: Path, reads: list[Path], tmp_path: Path
) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    config = tmp_path / "followup.toml"
    config.write_text('templates = "templates"\n', encoding="utf-8")
    run("--config", str(config), str(tracker))
    run("--config", str(config), str(tracker))
    assert len(reads) == 1
    (templates / "notes.txt").write_text("a file of the folder, changed", encoding="utf-8")
    run("--config", str(config), str(tracker))
    assert len(reads) == 2


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xff not json",
        b"[]",
        b'{"format": 1}',
        b'{"format": 2, "tracker": "x", "stamp": "y", "sheets": []}',
        None,  # a folder where the file should be
    ],
    ids=["garbage", "list", "incomplete", "other-format", "folder"],
)
def test_a_state_file_it_cannot_trust_means_a_full_run(
    tracker: Path, reads: list[Path], content: bytes | None
) -> None:
    run(str(tracker))
    path = state(tracker)
    path.unlink()
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    run(str(tracker))
    assert reads == [tracker, tracker]


def test_a_tampered_state_with_the_right_stamp_is_refused(tracker: Path, reads: list[Path]) -> None:
    run(str(tracker))
    path = state(tracker)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["sheets"][0]["counts"] = {"Exploded": 3}
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run("--json", str(tracker))
    assert reads == [tracker, tracker]
    assert "Exploded" not in result.output


@pytest.mark.parametrize("export", ["--ics", "--eml", "--digest", "--dry-run", "--output"])
def test_exports_output_and_dry_runs_do_the_whole_work(
    tracker: Path, reads: list[Path], tmp_path: Path, export: str
) -> None:
    run(str(tracker))
    out = tmp_path / "out"
    out.mkdir()
    args = {
        "--ics": ["--ics", str(out / "due.ics")],
        "--eml": ["--eml-dir", str(out / "eml")],
        "--digest": ["--digest", str(out / "digest.md")],
        "--dry-run": ["--dry-run"],
        "--output": ["--output", str(out / tracker.name)],
    }[export]
    run(*args, str(tracker))
    assert reads == [tracker, tracker]
    if export in ("--ics", "--eml", "--digest"):
        assert any(out.iterdir())


def test_the_digest_command_never_uses_it(tracker: Path, reads: list[Path]) -> None:
    run(str(tracker))
    run(str(tracker))
    result = CliRunner().invoke(main, ["digest", "--as-of", AS_OF, str(tracker)])
    assert result.exit_code == 0, result.output
    assert reads == [tracker, tracker]
    assert "Brightwave" in result.output  # its due items, read from the file


def test_the_library_does_the_whole_work_unless_asked(tracker: Path, reads: list[Path]) -> None:
    import datetime as dt

    from followup_batch.config import Config

    options = batch.RunOptions(dt.date.fromisoformat(AS_OF))
    batch.process_file(tracker, Config(), options)
    (report,) = batch.process_file(tracker, Config(), options)
    assert reads == [tracker, tracker]
    assert report.messages is not None  # the drafts, as a library caller expects
    reused = batch.RunOptions(dt.date.fromisoformat(AS_OF), reuse=True)
    (again,) = batch.process_file(tracker, Config(), reused)
    assert reads == [tracker, tracker]
    assert again.written is None and again.messages is None
    assert again.summary() == report.summary()


def differing(a: object, b: object) -> list[str]:
    """The fields in which two reports differ (frames compared by their values)."""
    import dataclasses

    import pandas as pd

    out = []
    for f in dataclasses.fields(a):  # type: ignore[arg-type]
        x, y = getattr(a, f.name), getattr(b, f.name)
        same = x.equals(y) if isinstance(x, pd.DataFrame | pd.Series) else x == y
        if not same:
            out.append(f.name)
    return out


# A run that must read and compute (an export, a library call) of a file the tool's last run
# left as it is builds no package only to throw it away (issue 15: 8 of a 100,000-row
# re-run's 20 s); any byte changed since, or no record to trust, is a full write.
# (what happens between the two runs, whether the second one writes the tracker)
WRITES_AGAIN = {
    "nothing": (lambda path: None, False),
    "touched": (lambda path: os.utime(path, (1_900_000_000, 1_900_000_000)), False),
    "one cell changed": (lambda path: type_into(path, "Company", "Brightwave Labs"), True),
    "text typed into Why": (lambda path: type_into(path, "Why", HAND_TEXT), True),
    "state missing": (lambda path: state(path).unlink(), True),
}


@pytest.mark.parametrize("between", list(WRITES_AGAIN))
def test_a_full_rerun_of_an_unchanged_file_builds_nothing(
    tracker: Path, monkeypatch: pytest.MonkeyPatch, between: str
) -> None:
    import datetime as dt

    from followup_batch import write
    from followup_batch.config import Config

    change, writes = WRITES_AGAIN[between]
    options = batch.RunOptions(dt.date.fromisoformat(AS_OF), collect=True)
    batch.process_file(tracker, Config(), options)
    change(tracker)
    before = snapshot(tracker) if not writes else {}
    built: list[Path] = []
    real_write = write.write_results

    def counted(table, *args, **kwargs):  # type: ignore[no-untyped-def]
        built.append(Path(table.path))
        return real_write(table, *args, **kwargs)

    monkeypatch.setattr(write, "write_results", counted)
    (report,) = batch.process_file(tracker, Config(), options)
    assert built == ([tracker] if writes else [])
    if not writes:
        assert snapshot(tracker) == before  # no write, no backup, the record as it was
        assert report.written == tracker and report.unchanged
        # What the whole write would have said, to the letter.
        monkeypatch.setattr(rerun, "recall", lambda *_: None)
        monkeypatch.setattr(rerun, "held_result", lambda *_: None)
        (full,) = batch.process_file(tracker, Config(), options)
        assert built == [tracker]
        assert differing(full, report) == []
        assert snapshot(tracker) == before
    elif between == "one cell changed":
        assert not report.unchanged
        assert type_into(tracker, "Company", None) == "Brightwave Labs"


# Nights over one workbook and one CSV with nothing typed between them: (as-of date,
# whether the tracker is written, whether it is read). A night with nothing new but the date
# leaves the workbook as it is (ot109 F1), and its record in .followup-backups/ too, which the
# sync would upload again (ot112 F2); a second run of the same day (cron retried) takes the
# shortcut all the same, from the night's note in the user's cache folder (issue 15).
QUIET_NIGHTS = [
    ("2026-11-23", True, True),
    ("2026-11-24", False, True),
    ("2026-11-24", False, False),
    ("2026-11-24", False, False),
]


def jack_hill(folder: Path, kind: str) -> Path:
    """A one-row tracker whose night after 2026-11-23 changes nothing but the date."""
    import datetime as dt

    from trackers import write_xlsx

    rows = [
        ("Company", "Position", "Interview Date", "Interview Type", "Outcome"),
        ("Tesla", "Engineer", dt.datetime(2026, 11, 19), "onsite", "interviewing"),
    ]
    path = folder / f"Jack Hill.{kind}"
    if kind == "xlsx":
        write_xlsx(path, {"Jobs": rows})
    else:
        with path.open("w", newline="", encoding="utf-8") as out:
            csv.writer(out).writerows([*rows[:1], (*rows[1][:2], "2026-11-19", *rows[1][3:])])
    return path


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_night_that_kept_the_file_leaves_its_record_as_it_is(
    tmp_path: Path, reads: list[Path], kind: str
) -> None:
    path = jack_hill(tmp_path, kind)
    for as_of, written, read in QUIET_NIGHTS:
        before, reads_before = snapshot(path), len(reads)
        said = run("-v", str(path), as_of=as_of).output
        assert said.splitlines()[0].endswith("(unchanged, nothing written)") is (not written)
        # A night that writes nothing reads the file still: nothing says its result is the
        # last night's but the work. The same night again says it read nothing.
        assert ("nothing was read or written" in said) is (not read)
        assert len(reads) - reads_before == read
        if not written:
            assert snapshot(path) == before  # the record too: nothing of the night is synced


def moved(path: Path, to: str) -> Path:
    """The tracker's folder (its backups and record with it) moved to ``to`` beside it."""
    return Path(shutil.move(path.parent, path.parent.with_name(to))) / path.name


def copied(path: Path, to: str) -> Path:
    """The tracker's folder (its backups and record with it) copied to ``to`` beside it."""
    return Path(shutil.copytree(path.parent, path.parent.with_name(to))) / path.name


def record_rewritten(path: Path) -> None:
    """The record as another computer's run of the same file leaves it: another run time."""
    data = json.loads(state(path).read_text(encoding="utf-8"))
    data["ran_at"] = "2026-11-24 23:59"
    state(path).write_text(json.dumps(data), encoding="utf-8")


def signed_config(path: Path) -> None:
    config = path.parent.parent / "followup.toml"
    config.write_text('[sender]\nname = "Maya Chen"\n', encoding="utf-8")


def another_version(_: Path) -> None:
    import followup_batch

    followup_batch.__version__ += ".post1"  # put back by the test's monkeypatch
    rerun.tool_fingerprint.cache_clear()


# What happens between a night that wrote nothing (2026-11-24) and its second run: (the
# change, returning the tracker's new path when it moved; that run's arguments; whether it
# takes the shortcut). The night's note is taken only for the same bytes, name, folder,
# record, as-of date, config and version of the tool.
SAME_NIGHT_AGAIN: dict[str, tuple[Callable[[Path], object], list[str], bool]] = {
    "nothing": (lambda path: None, [], True),
    "touched, same bytes": (lambda path: os.utime(path, (1_900_000_000,) * 2), [], True),
    "one cell changed": (lambda path: type_into(path, "Company", "Tesla Inc"), [], False),
    "another as-of date": (lambda path: None, ["--as-of", "2026-11-25"], False),
    "another config": (signed_config, ["--config", "../followup.toml"], False),
    "another version of the tool": (another_version, [], False),
    "record rewritten": (record_rewritten, [], False),
    "folder moved": (lambda path: moved(path, "moved"), [], False),
    "folder copied": (lambda path: copied(path, "copy"), [], False),
}


@pytest.mark.parametrize("between", list(SAME_NIGHT_AGAIN))
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_the_same_night_again_takes_the_shortcut_only_when_nothing_changed(
    tmp_path: Path, reads: list[Path], monkeypatch: pytest.MonkeyPatch, kind: str, between: str
) -> None:
    import followup_batch

    change, args, shortcut = SAME_NIGHT_AGAIN[between]
    monkeypatch.setattr(followup_batch, "__version__", followup_batch.__version__)
    (tmp_path / "Jack").mkdir()
    path = jack_hill(tmp_path / "Jack", kind)
    run(str(path), as_of="2026-11-23")
    assert "(unchanged, nothing written)" in run(str(path), as_of="2026-11-24").output
    moved_to = change(path)
    again = moved_to if isinstance(moved_to, Path) else path
    monkeypatch.chdir(again.parent)
    reads.clear()
    try:
        said = run("-v", *args, again.name, as_of="2026-11-24").output
    finally:
        rerun.tool_fingerprint.cache_clear()
    assert reads == ([] if shortcut else [Path(again.name)])
    assert ("nothing was read or written" in said) is shortcut


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_cache_folder_it_cannot_write_costs_only_the_shortcut(
    tmp_path: Path, reads: list[Path], monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    from followup_batch.memory import same_night

    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder would be", encoding="utf-8")
    monkeypatch.setenv(same_night.CACHE_ENV, str(blocked))
    (tmp_path / "Jack").mkdir()
    path = jack_hill(tmp_path / "Jack", kind)
    run(str(path), as_of="2026-11-23")
    first = run(str(path), as_of="2026-11-24")
    verbose = run("-v", str(path), as_of="2026-11-24")
    assert reads == [path, path, path]
    for result in (first, verbose):
        assert result.output.splitlines()[0].endswith("(unchanged, nothing written)")
    # Said with -v only: the night's result is right, only a second run costs more.
    assert "could not be kept" not in first.output
    assert f"the note that this night wrote nothing could not be kept in {blocked}" in (
        verbose.output.replace("\n", " ")
    )


def test_the_state_file_keeps_the_trackers_mode(tracker: Path) -> None:
    os.chmod(tracker, 0o640)
    run(str(tracker))
    assert state(tracker).stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize(
    ("first", "then", "unchanged"),
    [
        # The first run writes the tool's columns.
        ([], None, False),
        # The same run again: the shortcut, nothing read or written.
        ([], [], True),
        # A full run (an export asks for one) whose result is the file's content already.
        ([], ["--ics", "due.ics"], True),
        # A full run of another day: new dates, written.
        ([], ["--as-of", "2026-11-23"], False),
        # A full run to --output, twice: the second leaves the output as it was.
        (["--output", "out.xlsx"], ["--output", "out.xlsx"], True),
    ],
    ids=["first run", "same run again", "full run, same result", "another day", "output twice"],
)
def test_the_summary_line_says_when_the_file_was_left_unchanged(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    first: list[str],
    then: list[str] | None,
    unchanged: bool,
) -> None:
    """Outside test ot8 finding 5: a second run printed the first one's line word for word."""
    tracker = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / tracker.name, tracker)
    monkeypatch.chdir(tmp_path)
    result = run(*first, str(tracker))
    if then is not None:
        as_of = ["--as-of", AS_OF] if "--as-of" not in then else []
        result = CliRunner().invoke(main, ["run", *as_of, *then, str(tracker)])
        assert result.exit_code == 0, result.output
    line = result.output.splitlines()[0]
    assert line.startswith("tracker.xlsx [Interviews]: 43 rows — ")
    assert line.endswith(" (unchanged, nothing written)") is unchanged


# ---------------------------------------------------------------------------------------------
# Backups keep the person's versions, not the tool's nightly ones (ot41 F6)

NIGHTS = ["2026-11-20", "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"]
NO_BACKUP = (
    "no backup: the file is the tool's own last version, unchanged since; the backups keep "
    "the versions saved by you or your spreadsheet program"
)
HAND_TEXT = "Tom said call on Monday"


def type_into(path: Path, header: str, text: str | None) -> object:
    """``text`` typed into row 2's cell under ``header`` and saved, as a spreadsheet program
    saves the file (openpyxl; Python's csv module); with None, the cell's value, as read."""
    if path.suffix == ".csv":
        import csv

        with path.open(newline="", encoding="utf-8") as file:
            rows = list(csv.reader(file))
        if text is None:
            return rows[1][rows[0].index(header)]
        rows[1][rows[0].index(header)] = text
        with path.open("w", newline="", encoding="utf-8") as file:
            csv.writer(file).writerows(rows)
        return text
    import openpyxl

    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]  # the sample's Interviews
    headers = [cell.value for cell in sheet[1]]
    if text is None:
        return sheet.cell(2, headers.index(header) + 1).value
    sheet.cell(2, headers.index(header) + 1, text)
    book.save(path)
    return text


def copied_back(path: Path) -> None:
    """The same bytes as a new file (a sync client's download): another inode and time."""
    copy = path.with_name("copy")
    copy.write_bytes(path.read_bytes())
    os.replace(copy, path)


BETWEEN = {
    "nothing": lambda path: None,
    "an edit": lambda path: type_into(path, "Company", "Brightwave Labs"),
    "text typed into Why": lambda path: type_into(path, "Why", HAND_TEXT),
    "touched": lambda path: os.utime(path, (1_900_000_000, 1_900_000_000)),
    "copied back": copied_back,
    "state missing": lambda path: state(path).unlink(),
    "state damaged": lambda path: state(path).write_bytes(b"\x00\xff not json"),
}


@pytest.mark.parametrize(
    ("between", "kept", "no_backup_said"),
    [
        # Six nights, no edit: every night writes (the dates move on), the client's file stays.
        ("nothing", ["original"], [False, True, True, True, True, True]),
        # A save of the person's between the third and fourth nights is backed up; the nights
        # after it write the tool's own versions again.
        ("an edit", ["original", "saved"], [False, True, True, False, True, True]),
        ("text typed into Why", ["original", "saved"], [False, True, True, False, True, True]),
        # The same bytes as the tool wrote, with a new time or as a new file: still its own.
        ("touched", ["original"], [False, True, True, True, True, True]),
        ("copied back", ["original"], [False, True, True, True, True, True]),
        # No record to trust of what the tool wrote: backed up, as before.
        ("state missing", ["original", "saved"], [False, True, True, False, True, True]),
        ("state damaged", ["original", "saved"], [False, True, True, False, True, True]),
    ],
)
def test_nightly_runs_keep_the_persons_versions_in_the_backups(
    tracker: Path, between: str, kept: list[str], no_backup_said: list[bool]
) -> None:
    versions = {"original": tracker.read_bytes()}
    said = []
    for night, as_of in enumerate(NIGHTS):
        if night == 3:
            BETWEEN[between](tracker)
            versions["saved"] = tracker.read_bytes()
        before = tracker.read_bytes()
        output = run("-v", str(tracker), as_of=as_of).output
        assert tracker.read_bytes() != before  # every night writes
        said.append(NO_BACKUP in output)
    assert said == no_backup_said
    folder = tracker.parent / atomic.BACKUP_DIR
    backups = sorted(folder.glob(f"tracker.2026*{tracker.suffix}"))
    assert [b.read_bytes() for b in backups] == [versions[name] for name in kept]
    if between == "an edit":  # carried into every version since
        assert type_into(tracker, "Company", None) == "Brightwave Labs"
    if between == "text typed into Why":  # the rescue of the person's text still works
        edited = folder / f"{tracker.name}.edited.txt"
        assert HAND_TEXT in edited.read_text(encoding="utf-8")


# The extension's case changed between two nights (Windows, a sync client, "Save As": ot112
# F5): the same tracker, its record carried over to the new name and the old one gone, so
# the tool's own version is not backed up again. (the new suffix, whether a file keeps the
# old name beside it, the backups after the second night, the records then)
CASE_RENAMES = {
    "xlsx in capitals": (".XLSX", False, 1, ["tracker.XLSX"]),
    "Xlsx": (".Xlsx", False, 1, ["tracker.Xlsx"]),
    # Two files whose names differ in case alone (a disk that tells case apart): each its own.
    "a copy in capitals beside it": (".XLSX", True, 2, ["tracker.XLSX", "tracker.xlsx"]),
}


@pytest.mark.parametrize(
    ("suffix", "both", "backups", "records"), CASE_RENAMES.values(), ids=CASE_RENAMES.keys()
)
def test_a_tracker_whose_extension_changed_case_keeps_its_record(
    tmp_path: Path, suffix: str, both: bool, backups: int, records: list[str]
) -> None:
    tracker = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / tracker.name, tracker)
    run(str(tracker), as_of=NIGHTS[0])
    renamed = tracker.with_suffix(suffix)
    if both:
        shutil.copyfile(tracker, renamed)
    else:
        tracker.rename(renamed)
    output = run("-v", str(renamed), as_of=NIGHTS[1]).output
    assert (NO_BACKUP in output) is not both
    folder = tmp_path / atomic.BACKUP_DIR
    assert len([p for p in folder.iterdir() if ".2026" in p.name]) == backups
    kept = sorted(p.name.removesuffix(rerun.STATE_SUFFIX) for p in folder.glob("*.json"))
    assert kept == records
    assert json.loads(state(renamed).read_text(encoding="utf-8"))["tracker"] == renamed.name


def saved_as(path: Path, new: Path) -> None:
    """``path`` saved under the name ``new`` by a spreadsheet program, the old file deleted."""
    type_into(path, "Company", type_into(path, "Company", None))  # a save: other bytes
    path.rename(new)


# A tracker renamed between two nights of a coach's folder run ("Lee, Ann - Job Search.xlsx"
# saved as "Ann Lee.xlsx", ot116 F5: the old name's record and its only backup, the client's
# file as it was before the tool, stayed for ever, unsaid). Renamed as it was (Finder, mv):
# the file the tool last wrote under the old name, byte for byte, so its record and backups
# are carried over. Saved under the new name: another file; the old record is removed 30 days
# after a run first found its file gone, its backup kept and named. A dry run before says what
# the run would take over, moving nothing (fx303: it said nothing). (how it was renamed; the
# dry run's line; the line of the night after; the records and backups then; the line once it
# is gone 30 days)
RENAMES = {
    "moved": (
        Path.rename,
        "note: Ann Lee.xlsx [Interviews]: renamed from tracker.xlsx (the file the tool last wrote "
        "under that name, byte for byte): a run would take its record of the last run in "
        ".followup-backups/ and its backup as this file's (dry run: nothing moved)",
        "note: Ann Lee.xlsx [Interviews]: renamed from tracker.xlsx (the file the tool last wrote "
        "under that name, byte for byte): its record of the last run in .followup-backups/ is "
        "this file's now, and so is its backup",
        ["Ann Lee.2026", "Ann Lee.xlsx.last-run.json"],
        None,
    ),
    "saved as": (
        saved_as,
        None,
        None,
        [
            "Ann Lee.2026",
            "Ann Lee.xlsx.last-run.json",
            "tracker.2026",
            "tracker.xlsx.last-run.json",
        ],
        "note: Ann Lee.xlsx [Interviews]: .followup-backups/tracker.xlsx.last-run.json removed: "
        "tracker.xlsx is no longer in this folder (renamed, moved or deleted): a run here first "
        "found it gone on {since}, 30 days ago; its backup is kept (tracker.{stamp}.xlsx): copy "
        "it back if you need it, else delete it",
    ),
}


@pytest.mark.parametrize(
    ("rename", "dry", "said", "kept", "pruned"), RENAMES.values(), ids=RENAMES.keys()
)
def test_a_renamed_tracker_takes_its_record_or_the_old_one_goes_in_time(
    tmp_path: Path,
    rename: Callable[[Path, Path], object],
    dry: str | None,
    said: str | None,
    kept: list[str],
    pruned: str | None,
) -> None:
    tracker = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / tracker.name, tracker)
    run(str(tmp_path), as_of=NIGHTS[0])
    folder = tmp_path / atomic.BACKUP_DIR
    (first,) = folder.glob("tracker.2026*.xlsx")  # the client's file before the tool
    before_tool = first.read_bytes()
    renamed = tmp_path / "Ann Lee.xlsx"
    rename(tracker, renamed)
    before = snapshot(renamed)
    lines = run("--dry-run", str(tmp_path), as_of=NIGHTS[1]).stderr.splitlines()
    assert [line for line in lines if "tracker.xlsx" in line] == ([dry] if dry else [])
    assert snapshot(renamed) == before
    lines = run(str(tmp_path), as_of=NIGHTS[1]).stderr.splitlines()
    assert [line for line in lines if "tracker.xlsx" in line] == ([said] if said else [])
    names = sorted(p.name for p in folder.iterdir())
    assert [name[: len(kept_name)] for name, kept_name in zip(names, kept, strict=True)] == kept
    original = [p for p in folder.iterdir() if p.name.endswith(first.name[len("tracker") :])]
    assert [p.read_bytes() for p in original] == [before_tool]
    if pruned is None:
        return
    record = state(tracker)
    gone_for(record, 29)
    lines = run(str(tmp_path), as_of=NIGHTS[2]).stderr.splitlines()
    assert record.exists() and not [line for line in lines if "tracker.xlsx" in line]
    since = gone_for(record, 30)
    lines = run(str(tmp_path), as_of=NIGHTS[3]).stderr.splitlines()
    assert [line for line in lines if "tracker.xlsx" in line] == [
        pruned.format(stamp=first.name.split(".")[1], since=f"{since:%a %Y-%m-%d}")
    ]
    assert not record.exists() and first.read_bytes() == before_tool
    lines = run(str(tmp_path), as_of=NIGHTS[4]).stderr.splitlines()
    assert not [line for line in lines if "tracker.xlsx" in line]


def gone_for(record: Path, days: int | None, written: int = 0) -> dt.date | None:
    """The record of a tracker a run first found gone ``days`` ago (None: a record no run has
    marked so, as one kept before the day was), last written ``written`` days ago."""
    data = json.loads(record.read_text(encoding="utf-8"))
    since = None if days is None else dt.date.today() - dt.timedelta(days=days)
    data.pop(rerun.GONE_SINCE, None)
    if since is not None:
        data[rerun.GONE_SINCE] = since.isoformat()
    record.write_text(json.dumps(data), encoding="utf-8")
    then = time.time() - written * 86_400
    os.utime(record, (then, then))
    return since


# The 30 days a gone tracker's record is kept count from the night a run first found the file
# gone, not from the record's last write (fx294: a file gone yesterday whose record was last
# written 29 days ago lost it the next night). (days since first found gone, None when no run
# marked it yet; days since the record was last written; the tracker back under its name?;
# the record kept?)
GONE_NIGHTS = {
    "gone since yesterday, last written 30 days ago": (1, 30, False, True),
    "gone 29 days": (29, 29, False, True),
    "gone 30 days": (30, 30, False, False),
    "gone 30 days, last written yesterday": (30, 1, False, False),
    "not marked yet, last written 60 days ago": (None, 60, False, True),
    "back under its name after 29 days": (29, 29, True, True),
}


@pytest.mark.parametrize(
    ("gone", "written", "back", "kept"), GONE_NIGHTS.values(), ids=GONE_NIGHTS.keys()
)
def test_a_gone_trackers_record_is_kept_30_days_from_when_it_was_found_gone(
    tmp_path: Path, gone: int | None, written: int, back: bool, kept: bool
) -> None:
    tracker = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / tracker.name, tracker)
    run(str(tmp_path), as_of=NIGHTS[0])
    saved_as(tracker, tmp_path / "Ann Lee.xlsx")
    run(str(tmp_path), as_of=NIGHTS[1])
    record = state(tracker)
    today = dt.date.today().isoformat()
    assert json.loads(record.read_text(encoding="utf-8"))[rerun.GONE_SINCE] == today
    gone_for(record, gone, written)
    if back:
        (tmp_path / "Ann Lee.xlsx").rename(tracker)

    said = run(str(tmp_path), as_of=NIGHTS[2]).stderr
    assert record.exists() is kept
    assert ("tracker.xlsx.last-run.json removed" in said) is not kept
    if kept:
        # Marked the first night it is missed; a file back under its name has its record again.
        data = json.loads(record.read_text(encoding="utf-8"))
        marked = None if back else (dt.date.today() - dt.timedelta(days=gone or 0)).isoformat()
        assert data.get(rerun.GONE_SINCE) == marked


def new_client_workbook(path: Path) -> None:
    """A new client's tracker, none of whose applications is the sample's, saved at ``path``."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Company", "Position", "Interview Date", "Interviewer", "Notes"])
    sheet.append(["Tyrell", "Data Analyst", "2026-11-19", "Bob Stone", ""])
    sheet.append(["Initech", "BI Developer", "2026-11-18", "Dana Ortiz", ""])
    book.save(path)


# ot121 F2: "tracker.xlsx", run for nights, is saved as "Ann Lee.xlsx" with an edit (its record
# and backups stay under the old name), and a new client's file takes the name tracker.xlsx.
# Its nightly runs took Ann's record and pruned her backups, the client's file from before the
# tool included, without a word. Now the record and backups of the name are set apart under a
# name no file has, said once, never pruned; the new file starts its own.
SET_APART = (
    "note: tracker.xlsx [Sheet]: not the tracker the tool last ran under this name (it holds none "
    "of the applications that tracker's record names): that tracker's record and its 2 backups "
    "are kept apart in .followup-backups/ as tracker (before {day}), never pruned by this file's "
    "runs; this file starts a record and backups of its own"
)
# ... and what a dry run says of it before, having moved and written nothing (fx294).
WOULD_SET_APART = (
    "note: tracker.xlsx [Sheet]: not the tracker the tool last ran under this name (it holds none "
    "of the applications that tracker's record names): a run would keep that tracker's record "
    "and its 2 backups apart in .followup-backups/ as tracker (before {day}), never pruned by "
    "this file's runs, and start a record and backups of this file's own (dry run: nothing moved)"
)


def test_a_new_file_under_a_renamed_trackers_name_never_prunes_its_backups(
    tmp_path: Path,
) -> None:
    import datetime as dt

    tracker = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / tracker.name, tracker)
    run(str(tmp_path), as_of=NIGHTS[0])
    type_into(tracker, "Why", HAND_TEXT)
    run(str(tmp_path), as_of=NIGHTS[1])
    folder = tmp_path / atomic.BACKUP_DIR
    anns = {p.name.split(".")[1]: p.read_bytes() for p in folder.glob("tracker.2026*.xlsx")}
    assert len(anns) == 2  # the client's file before the tool, and her edit
    saved_as(tracker, tmp_path / "Ann Lee.xlsx")
    run(str(tmp_path), as_of=NIGHTS[2])
    new_client_workbook(tracker)
    day = dt.date.today().isoformat()
    before = snapshot(tracker)  # the folder's files, hidden ones and the backups' too
    dry = run("--dry-run", str(tmp_path), as_of=NIGHTS[3]).stderr.splitlines()
    assert snapshot(tracker) == before
    assert [line for line in dry if "not the tracker" in line] == [WOULD_SET_APART.format(day=day)]
    said = []
    for night in range(3, 9):
        said += run(str(tmp_path), as_of=f"2026-11-{22 + night}").stderr.splitlines()
        type_into(tracker, "Notes", f"call on day {night}")
    assert [line for line in said if "not the tracker" in line] == [SET_APART.format(day=day)]
    apart = {
        p.name.split(".")[1]: p.read_bytes()
        for p in folder.glob(f"tracker (before {day}).2026*.xlsx")
    }
    assert apart == anns
    assert len(list(folder.glob("tracker.2026*.xlsx"))) == atomic.BACKUPS_KEPT
    record = json.loads(state(tracker).read_text(encoding="utf-8"))
    kept = json.loads((folder / f"tracker (before {day}).xlsx.last-run.json").read_text("utf-8"))
    assert (record["tracker"], kept["tracker"]) == ("tracker.xlsx", f"tracker (before {day}).xlsx")
    assert kept[rerun.GONE_SINCE] == day  # its 30 days count from the night it was set apart


CLIENT_CSV = (
    "Company,Position,Interview Date,Interview Type,Interviewer,Interviewer Email,Country,Status\n"
    "Acme,Engineer,2026-11-18,Onsite,Dana Ortiz,dana@acme.com,US,Interviewed\n"
)

# ot121 F5: a workbook made from an export, renamed with mv as the note of unsigned drafts
# advises ("name the file after yourself or your client"), refused the next export: "its
# cells are not week2.csv's", its export record left under the old name; a run in place said
# "no record" and kept the tool's drafts as maybe the person's. It takes the records and
# backups of the name it had: the newer export updates it; its dry run says so, moving nothing
# (fx303). (what is run on it; the dry run's line; the line said; its rows then)
RENAMED_SINCE_EXPORT = {
    "the next export": (
        ["week2.csv", "--output", "Ann Lee.xlsx"],
        "note: week2.csv [week1]: renamed from tracker.xlsx (its cells are the ones the tool made "
        "from week1.csv): a run would take the records of its last runs in .followup-backups/ as "
        "this file's (dry run: nothing moved)",
        "note: week2.csv [week1]: renamed from tracker.xlsx (its cells are the ones the tool made "
        "from week1.csv): the records of its last runs in .followup-backups/ are this file's now",
        [("Acme", "Engineer", "US (remote)"), ("Globex", "Analyst", "US")],
    ),
    "a run in place": (
        ["Ann Lee.xlsx"],
        "note: Ann Lee.xlsx [week1]: renamed from tracker.xlsx (the file the tool last wrote "
        "under that name, byte for byte): a run would take its record of the last run in "
        ".followup-backups/ as this file's (dry run: nothing moved)",
        # The workbook a CSV made has its last-run record too (ot120 F1): known byte for byte.
        "note: Ann Lee.xlsx [week1]: renamed from tracker.xlsx (the file the tool last wrote "
        "under that name, byte for byte): its record of the last run in .followup-backups/ is "
        "this file's now",
        [("Acme", "Engineer", "US")],
    ),
}


@pytest.mark.parametrize(
    ("ran", "dry", "said", "rows"), RENAMED_SINCE_EXPORT.values(), ids=RENAMED_SINCE_EXPORT.keys()
)
def test_a_workbook_renamed_since_its_export_takes_its_records(
    tmp_path: Path, ran: list[str], dry: str, said: str, rows: list[tuple[str, str, str]]
) -> None:
    import openpyxl

    (tmp_path / "week1.csv").write_text(CLIENT_CSV, encoding="utf-8")
    (tmp_path / "week2.csv").write_text(
        CLIENT_CSV.replace(",US,", ",US (remote),")
        + "Globex,Analyst,2026-11-25,Video,Sam Lee,sam@globex.com,US,Interviewing\n",
        encoding="utf-8",
    )
    run(str(tmp_path / "week1.csv"), "--output", str(tmp_path / "tracker.xlsx"), as_of=NIGHTS[0])
    (tmp_path / "tracker.xlsx").rename(tmp_path / "Ann Lee.xlsx")
    given = [arg if arg.startswith("--") else str(tmp_path / arg) for arg in ran]
    before = snapshot(tmp_path / "Ann Lee.xlsx")
    lines = run("--dry-run", *given, as_of=NIGHTS[1]).stderr.splitlines()
    # Read against the records it would take: none missing, no text of the tool's kept as yours.
    assert [line for line in lines if "renamed" in line or "record" in line] == [dry]
    assert snapshot(tmp_path / "Ann Lee.xlsx") == before
    lines = run(*given, as_of=NIGHTS[1]).stderr.splitlines()
    assert [line for line in lines if "renamed" in line or "record" in line] == [said]
    folder = tmp_path / atomic.BACKUP_DIR
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(".xlsx")) == [
        "Ann Lee.xlsx.export.json",
        "Ann Lee.xlsx.last-run.json",
    ]
    sheet = openpyxl.load_workbook(tmp_path / "Ann Lee.xlsx").worksheets[0]
    assert [(r[0], r[1], r[6]) for r in sheet.iter_rows(min_row=2, values_only=True)] == rows


# A coach's link to a client's tracker, or to the client's folder, renamed for another client
# (a mislabelled link fixed): the name it is read by signs the drafts. The renamed file link
# was answered "(unchanged, nothing written)" and the drafts stayed signed "Zoe Silva"
# (outside test ot43, F1). (the link's name before, after, what it leads to; the line that
# reports the file then)
RENAMED_LINKS = {
    "a link to a tracker": ("Zoe Silva.csv", "Yan Wu.csv", "../x/tracker.csv", "Yan Wu.csv"),
    "a link to a folder": ("Zoe Silva", "Yan Wu", "../x", "Yan Wu/tracker.csv"),
}


@pytest.mark.parametrize(
    ("before", "after", "target", "line"), RENAMED_LINKS.values(), ids=RENAMED_LINKS
)
def test_a_renamed_link_signs_the_drafts_by_its_new_name(
    tmp_path: Path, before: str, after: str, target: str, line: str
) -> None:
    (tmp_path / "x").mkdir()
    tracker = tmp_path / "x" / "tracker.csv"
    tracker.write_text(CLIENT_CSV, encoding="utf-8")
    clients = tmp_path / "clients"
    clients.mkdir()
    (clients / before).symlink_to(target)

    def signed() -> str:
        with tracker.open(encoding="utf-8", newline="") as handle:
            return next(csv.DictReader(handle))["Draft"].splitlines()[-1]

    run(str(clients))
    assert signed() == "Zoe Silva"
    (clients / before).rename(clients / after)
    assert run(str(clients)).output == f"{line}: 1 row — 1 Overdue\n"
    assert signed() == "Yan Wu"
    assert "Zoe Silva" not in tracker.read_text(encoding="utf-8")
    assert run(str(clients)).output == f"{line}: 1 row — 1 Overdue (unchanged, nothing written)\n"


# The files of the tool whose change makes another tool: a run after an upgrade never takes
# the shortcut or the date-only answer from what the older tool wrote (fx364 found the
# fingerprint read only followup_batch/memory/ once the record's module moved there).
OWN_FILES_OF_THE_TOOL = [
    "__init__.py",
    "compute.py",
    "schedule/rules.toml",
    "drafts/templates/thank_you.txt.j2",
    "exports/templates/digest.html.j2",
    "write/xlsx/cells.py",
    "memory/rerun.py",
]


@pytest.mark.parametrize("name", OWN_FILES_OF_THE_TOOL)
def test_the_tool_is_every_file_of_the_package(name: str) -> None:
    assert name in {str(path.relative_to(rerun.PACKAGE)) for path in rerun.own_files()}


@pytest.mark.parametrize("name", ["schedule/rules.toml", "drafts/templates/final.txt.j2"])
def test_a_changed_rule_or_template_is_another_tool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    package = tmp_path / "followup_batch"
    shutil.copytree(rerun.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(rerun, "PACKAGE", package)
    rerun.tool_fingerprint.cache_clear()
    try:
        before = rerun.tool_fingerprint()
        with (package / name).open("a", encoding="utf-8") as file:
            file.write("\n")
        rerun.tool_fingerprint.cache_clear()
        after = rerun.tool_fingerprint()
    finally:
        rerun.tool_fingerprint.cache_clear()
    assert after != before
