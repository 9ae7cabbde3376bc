"""A tracker open in Excel or LibreOffice, or read-only, is never written; a run that has
nothing to write to it (its last save holds the run's results already) is no failure: exit 0,
with a note that it is open. A run that would change it is refused as before, the file
untouched. The dry run and ``check -q`` foresee the run's refusal (outside test ot41, F4, F5:
a read-only file needing no write failed the night, and neither foresaw a lock or read-only
file)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
AS_OF = "2026-11-20"
LOCKS = {"Excel": "~${name}", "LibreOffice": ".~lock.{name}#"}

# (file kind, what is in the way, how the second run goes) -> (exit code, what stderr says,
# what check -q foresees: refused or not, what the dry run foresees). Without the last run's
# record ("full run") check cannot know the file holds the result already, and foresees the
# refusal; the dry run decides as the run does, whether the file needs a write: a CSV is
# rendered and compared, a workbook the run adds columns to ("first run") is written, and a
# workbook holding the tool's columns already "may be refused" (only its whole write can
# tell; fx33), also the tool's own version of another day ("later date": a result differing
# only in its dates leaves the file as it is, fx247), and then says nothing of its last save
# holding the results (both at once contradicted each other). "elsewhere": a copy written
# by a run with --output, never run in place. "skip": the dry run of a file open in Excel or
# LibreOffice that the run would skip reads it all the same and says so (ot119 F4); "fail":
# the dry run of a read-only file the run would fail to write, likewise (fx293: it failed).
CASES = [
    ("xlsx", "Excel", "shortcut", 0, "open-note", False, "nothing"),
    ("xlsx", "Excel", "full run", 0, "open-note", True, "may"),
    ("xlsx", "Excel", "elsewhere", 0, "open-note", True, "may"),
    ("xlsx", "LibreOffice", "shortcut", 0, "open-note", False, "nothing"),
    ("xlsx", "LibreOffice", "full run", 0, "open-note", True, "may"),
    ("xlsx", "LibreOffice", "first run", 1, "refused", True, "skip"),
    ("xlsx", "Excel", "later date", 1, "refused", True, "may"),
    ("xlsx", "Excel", "first run", 1, "refused", True, "skip"),
    ("csv", "LibreOffice", "shortcut", 0, "open-note", False, "nothing"),
    ("csv", "LibreOffice", "full run", 0, "open-note", True, "nothing"),
    ("csv", "LibreOffice", "later date", 1, "refused", True, "skip"),
    ("csv", "LibreOffice", "first run", 1, "refused", True, "skip"),
    ("xlsx", "read-only", "shortcut", 0, "nothing", False, "nothing"),
    ("xlsx", "read-only", "full run", 0, "nothing", True, "may"),
    ("xlsx", "read-only", "later date", 1, "refused", True, "may"),
    ("xlsx", "read-only", "first run", 1, "refused", True, "fail"),
    ("csv", "read-only", "shortcut", 0, "nothing", False, "nothing"),
    ("csv", "read-only", "full run", 0, "nothing", True, "nothing"),
    ("csv", "read-only", "later date", 1, "refused", True, "fail"),
    ("csv", "read-only", "first run", 1, "refused", True, "fail"),
]
REFUSED = {
    "Excel": "skipped: open in Excel (~$tracker.{kind} exists); close it and run again.",
    "LibreOffice": "skipped: open in LibreOffice (.~lock.tracker.{kind}# exists); close it and run",
    "read-only": "FAILED — it is read-only; nothing was written. Make it writable",
}
FORESEEN = {
    "Excel": "it is open in Excel (~$tracker.{kind} exists); close it and run again.",
    "LibreOffice": "it is open in LibreOffice (.~lock.tracker.{kind}# exists); close it",
    "read-only": "it is read-only; nothing was written. Make it writable",
}


def invoke(path: Path, as_of: str = AS_OF, *args: str, command: str = "run") -> tuple[int, str]:
    result = CliRunner().invoke(main, [command, "--as-of", as_of, str(path), *args])
    assert "Traceback" not in result.output
    return result.exit_code, result.stderr


MAY_BE_REFUSED = (
    'note: tracker.xlsx [Interviews]: a run may be refused, saying "{reason}": it refuses the '
    "file only if it has something to write, which this dry run cannot tell {record}"
)
RECORD = {
    "full run": "without a record of the last run (none in .followup-backups/)",
    # Written with --output: its record has no stamp of that run's inputs (ot120 F1).
    "elsewhere": "from the record in .followup-backups/ of the write that made the file (with "
    "--output or by a script), which keeps no stamp of that run's inputs",
    "later date": "from the record of the last run in .followup-backups/, made for another "
    "as-of date, config or version of the file",
}
SAID_IN_FULL = {
    "Excel": "it is open in Excel (~$tracker.{kind} exists); close it and run again. If nobody "
    "has it open (Excel may have crashed and left the lock file), delete ~$tracker.{kind} and "
    "run again",
    "LibreOffice": "it is open in LibreOffice (.~lock.tracker.{kind}# exists); close it and run "
    "again. If nobody has it open (LibreOffice may have crashed and left the lock file), delete "
    ".~lock.tracker.{kind}# and run again",
    "read-only": "it is read-only; nothing was written. Make it writable to let followup-batch "
    "update it, or write the result elsewhere with --output",
}
WOULD_SKIP = "note: {shown}: a real run would skip this file while it is open: {reason}"
WOULD_FAIL = "note: {shown}: a real run would fail: {reason}"


@pytest.mark.parametrize(("kind", "program", "how", "code", "says", "foreseen", "dry_run"), CASES)
def test_an_open_or_read_only_tracker_that_needs_no_write(
    tmp_path: Path,
    kind: str,
    program: str,
    how: str,
    code: int,
    says: str,
    foreseen: bool,
    dry_run: str,
) -> None:
    path = tmp_path / f"tracker.{kind}"
    shutil.copyfile(SAMPLE / path.name, path)
    if how == "elsewhere":
        assert invoke(SAMPLE / path.name, AS_OF, "--output", str(path))[0] == 0
    elif how != "first run":
        assert invoke(path)[0] == 0
    written = path.read_bytes()
    backups = sorted((tmp_path / ".followup-backups").glob("*"))
    lock = tmp_path / LOCKS.get(program, "{name}").format(name=path.name)
    if program == "read-only":
        path.chmod(0o444)
    else:
        lock.write_bytes(b"owner")
    if how == "full run":  # no stamp of the last run: the whole work, then nothing to write
        (tmp_path / ".followup-backups" / f"{path.name}.last-run.json").unlink()
        backups = [b for b in backups if not b.name.endswith(".last-run.json")]

    as_of = "2026-11-23" if how == "later date" else AS_OF
    dry, said = invoke(path, as_of, "--dry-run")
    checked, listed = invoke(path, as_of, "-q", command="check")
    if foreseen:
        assert checked == 1, listed
        sheet = ', sheet "Interviews"' if kind == "xlsx" else ""
        assert listed.startswith(
            f"tracker.{kind}{sheet}: A run would write nothing to this file — "
            f"{FORESEEN[program].format(kind=kind)}"
        )
    else:
        assert (checked, listed) == (0, ""), listed
    assert dry == 0, said
    assert "FAILED" not in said and "skipped" not in said
    shown = f"tracker.{kind} [Interviews]" if kind == "xlsx" else f"tracker.{kind}"
    reason = SAID_IN_FULL[program].format(kind=kind)
    notes = [line for line in said.splitlines() if "may be refused" in line]
    may = [MAY_BE_REFUSED.format(reason=reason, record=RECORD[how])] if dry_run == "may" else []
    assert notes == may
    skip = [line for line in said.splitlines() if "would skip" in line]
    assert skip == ([WOULD_SKIP.format(shown=shown, reason=reason)] if dry_run == "skip" else [])
    fail = [line for line in said.splitlines() if "would fail" in line]
    assert fail == ([WOULD_FAIL.format(shown=shown, reason=reason)] if dry_run == "fail" else [])
    # The last save holds the run's results: said only when the dry run knows it.
    holds = [line for line in said.splitlines() if "already holds" in line]
    assert holds == (
        [
            f"note: {shown}: tracker.{kind} is open in {program} ({lock.name} exists): read "
            "from its last save, which already holds this run's results, so nothing needed "
            "writing"
        ]
        if dry_run == "nothing" and program != "read-only"
        else []
    )

    got, err = invoke(path, as_of)
    assert got == code, err
    if says == "open-note":
        shown = f"tracker.{kind} [Interviews]" if kind == "xlsx" else f"tracker.{kind}"
        assert (
            f"note: {shown}: tracker.{kind} is open in {program} ({lock.name} exists): read "
            "from its last save, which already holds this run's results, so nothing needed "
            "writing\n"
        ) in err
        assert "FAILED" not in err
    elif says == "refused":
        assert f"tracker.{kind}: {REFUSED[program].format(kind=kind)}" in err
    else:
        assert "note:" not in err and "FAILED" not in err
    assert path.read_bytes() == written
    assert sorted(
        p for p in (tmp_path / ".followup-backups").glob("*") if "last-run" not in p.name
    ) == [b for b in backups if "last-run" not in b.name]

    # Closed again: the note does not outlive it (the shortcut's summary never kept it).
    if program == "read-only":
        path.chmod(0o644)
    else:
        lock.unlink()
    got, err = invoke(path)
    assert got == 0 and "is open in" not in err
    assert (path.read_bytes() == written) is (how != "first run")  # written now, if never
