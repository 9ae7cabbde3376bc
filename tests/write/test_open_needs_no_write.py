"""A tracker open in Excel or LibreOffice is never written; a run that has nothing to write
to it (its last save holds the run's results already) is no failure: exit 0, with a note that
it is open. A run that would change it is refused as before, the file untouched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
AS_OF = "2026-11-20"
LOCKS = {"Excel": "~${name}", "LibreOffice": ".~lock.{name}#"}

# (file kind, program, how the second run goes) -> (exit code, what stderr says)
CASES = [
    ("xlsx", "Excel", "shortcut", 0, "open-note"),
    ("xlsx", "Excel", "full run", 0, "open-note"),
    ("xlsx", "Excel", "later date", 1, "refused"),
    ("csv", "LibreOffice", "shortcut", 0, "open-note"),
    ("csv", "LibreOffice", "full run", 0, "open-note"),
    ("csv", "LibreOffice", "later date", 1, "refused"),
]


def invoke(path: Path, as_of: str = AS_OF) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["run", "--as-of", as_of, str(path)])
    assert "Traceback" not in result.output
    return result.exit_code, result.stderr


@pytest.mark.parametrize(("kind", "program", "how", "code", "says"), CASES)
def test_an_open_tracker_that_needs_no_write(
    tmp_path: Path, kind: str, program: str, how: str, code: int, says: str
) -> None:
    path = tmp_path / f"tracker.{kind}"
    shutil.copyfile(SAMPLE / path.name, path)
    assert invoke(path)[0] == 0
    written = path.read_bytes()
    backups = sorted((tmp_path / ".followup-backups").iterdir())
    lock = tmp_path / LOCKS[program].format(name=path.name)
    lock.write_bytes(b"owner")
    if how == "full run":  # no stamp of the last run: the whole work, then nothing to write
        (tmp_path / ".followup-backups" / f"{path.name}.last-run.json").unlink()
        backups = [b for b in backups if not b.name.endswith(".last-run.json")]

    got, err = invoke(path, "2026-11-23" if how == "later date" else AS_OF)
    assert got == code, err
    if says == "open-note":
        shown = f"tracker.{kind} [Interviews]" if kind == "xlsx" else f"tracker.{kind}"
        assert (
            f"note: {shown}: tracker.{kind} is open in {program} ({lock.name} exists): read "
            "from its last save, which already holds this run's results, so nothing needed "
            "writing\n"
        ) in err
        assert "FAILED" not in err
    else:
        assert f"tracker.{kind}: skipped: open in {program}" in err
    assert path.read_bytes() == written
    assert sorted(
        p for p in (tmp_path / ".followup-backups").iterdir() if "last-run" not in p.name
    ) == [b for b in backups if "last-run" not in b.name]

    # Closed again: the note does not outlive it (the shortcut's summary never kept it).
    lock.unlink()
    got, err = invoke(path)
    assert got == 0 and "is open in" not in err
    assert path.read_bytes() == written
