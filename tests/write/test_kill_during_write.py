"""A write killed at any moment never damages the tracker.

A child process updates a tracker (and writes a Drafts sheet) and is killed with SIGKILL (no
clean-up code runs): at each named stage of the write (``atomic.checkpoint``, through
``FOLLOWUP_BATCH_KILL_AT``), and from outside, with SIGKILL or SIGTERM, at random moments.
Afterwards the file is byte for byte either the original or the complete new version (the
writer is deterministic, so the new version is known in advance), no process of the killed
write is left, and the next run succeeds and removes the temporary file the killed run left
behind.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from followup_batch.write import atomic

ROOT = Path(__file__).resolve().parents[2]
STAGES_BEFORE_REPLACE = [
    "temp-created",
    "package-planned",
    "sheet-rows",
    "temp-written",
    "temp-synced",
    "verified",
    "backup-kept",
]
STAGES_AFTER_REPLACE = ["replaced"]

# The child: writes results for every data row of the tracker in place.
CHILD = """
import datetime, sys
from pathlib import Path
import pandas as pd
from followup_batch.write.columns import OWNED_COLUMNS, OWNED_DATE_COLUMNS
from followup_batch.read import RawTable
from followup_batch.write import write_results

path, rows = Path(sys.argv[1]), int(sys.argv[2])
index = pd.Index(range(2, rows + 2), name="row")
frame = pd.DataFrame(index=index)
for key in OWNED_COLUMNS:
    if key in OWNED_DATE_COLUMNS:
        frame[key] = pd.Timestamp("2026-03-04")
    else:
        frame[key] = [f"{key} {n}" for n in index]
frame["status"] = "Scheduled"  # a status word: a re-run knows the row's cells for its own
table = RawTable(path=path, sheet="Tracker", kind="xlsx", header_row=1, headers=[],
                 mapping={"company": 0}, ignored=[], cells=pd.DataFrame(index=index))
extra = {"Drafts": pd.DataFrame({"To": [f"Dana {n}" for n in index], "Row": list(index)})}
write_results(table, frame, path, datetime.date(2026, 3, 2), extra_sheets=extra)
"""


def make_tracker(path: Path, rows: int) -> Path:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Tracker")
    sheet.append(["Company", "Position", "Interview Date", "Notes"])
    for n in range(rows):
        sheet.append([f"Company {n}", "Engineer", f"2026-02-{n % 28 + 1:02d}", "x" * 40])
    book.save(path)
    return path


def run_child(path: Path, rows: int, kill_at: str | None = None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop(atomic.KILL_AT_ENV, None)
    if kill_at:
        env[atomic.KILL_AT_ENV] = kill_at
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(rows)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def finish(child: subprocess.Popen[bytes], timeout: float = 300) -> int:
    return child.wait(timeout=timeout)


@pytest.fixture(scope="module")
def versions(tmp_path_factory) -> dict[str, bytes]:
    """The tracker before, and after one complete write (what a finished run leaves)."""
    folder = tmp_path_factory.mktemp("reference")
    path = make_tracker(folder / "tracker.xlsx", 300)
    before = path.read_bytes()
    assert finish(run_child(path, 300)) == 0
    return {"before": before, "after": path.read_bytes()}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(atomic.TEMP_PREFIX))


@pytest.mark.parametrize("stage", STAGES_BEFORE_REPLACE + STAGES_AFTER_REPLACE)
def test_killed_at_a_stage(tmp_path, versions, stage):
    path = tmp_path / "tracker.xlsx"
    path.write_bytes(versions["before"])
    assert finish(run_child(path, 300, kill_at=stage)) == -signal.SIGKILL
    expected = "after" if stage in STAGES_AFTER_REPLACE else "before"
    assert path.read_bytes() == versions[expected]
    # The next run finishes the job and clears what the killed one left.
    assert finish(run_child(path, 300)) == 0
    assert path.read_bytes() == versions["after"]
    assert leftovers(tmp_path) == []


def running_children(path: Path) -> list[int]:
    """Processes still running the child script on ``path``."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            command = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if str(path).encode() in command and CHILD.encode() in command:
            found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="looks for processes in /proc")
@pytest.mark.parametrize("kill", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_killed_from_outside_at_random_moments(tmp_path, kill):
    """A bigger sheet (about a second of writing), killed at random moments: nothing of the
    write is left running 2 s later, and the next run finishes the job."""
    rows = 20_000
    reference = make_tracker(tmp_path / "reference.xlsx", rows)
    before = reference.read_bytes()
    started = time.monotonic()
    assert finish(run_child(reference, rows)) == 0
    duration = time.monotonic() - started
    after = reference.read_bytes()
    chance = random.Random(20260302)
    outcomes = set()
    for attempt in range(3):
        folder = tmp_path / f"run{attempt}"
        folder.mkdir()
        path = folder / "tracker.xlsx"
        path.write_bytes(before)
        child = run_child(path, rows)
        time.sleep(chance.uniform(0.3, 1.0) * duration)
        child.send_signal(kill)
        finish(child)
        deadline = time.monotonic() + 2
        while running_children(path) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert running_children(path) == []
        content = path.read_bytes()
        assert content in (before, after)
        outcomes.add(content == after)
        openpyxl.load_workbook(path, read_only=True).close()
        assert finish(run_child(path, rows)) == 0
        assert path.read_bytes() == after
        assert leftovers(folder) == []
    assert outcomes  # at least one kill landed; both outcomes are fine
