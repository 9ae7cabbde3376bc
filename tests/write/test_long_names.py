"""A tracker whose name is as long as a file name may be (255 bytes): the names the tool makes
from it (temporary, lock, backup and last-run files) must fit too. Names over about 222 bytes
failed on every run ("File name too long"), the lock's failure blamed the folder's
permissions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.memory import rerun
from followup_batch.write import atomic
from followup_batch.write.locks import file_lock, lock_path

AS_OF = "2026-11-16"


def name_of(start: str, size: int = 250, suffix: str = ".csv") -> str:
    """``start`` padded with "x" to a file name of ``size`` bytes."""
    pad = size - len(start.encode()) - len(suffix.encode())
    return f"{start}{'x' * pad}{suffix}"


LONG_NAMES = [
    name_of("Maya Chen "),
    name_of("李娜" * 40),  # 240 bytes of CJK letters: 3 bytes each
    name_of("Zoë Åström 🙂 " + "é" * 100),  # letters of 2 and 4 bytes
]


def every_name(folder: Path) -> list[str]:
    return [p.name for p in folder.rglob("*")]


@pytest.mark.parametrize("name", LONG_NAMES)
def test_a_tracker_with_a_name_of_250_bytes_is_run_and_remembered(
    tmp_path: Path, name: str
) -> None:
    tracker = tmp_path / name
    tracker.write_text("Company,Position,Interview Date\nAcme,PM,2026-11-10\n")
    runner = CliRunner()
    first = runner.invoke(main, ["run", "--as-of", AS_OF, str(tracker)])
    assert first.exit_code == 0, first.output
    assert "Draft" in tracker.read_text()
    again = runner.invoke(main, ["run", "-v", "--as-of", AS_OF, str(tracker)])
    assert again.exit_code == 0, again.output
    assert "unchanged since the run of" in again.output  # the last-run stamp was found
    assert max(len(n.encode()) for n in every_name(tmp_path)) <= atomic.NAME_MAX
    state = rerun.state_path(tracker)
    (backup,) = set(every_name(tmp_path)) - {name, atomic.BACKUP_DIR, state.name}
    assert backup.startswith(name[:20])
    assert state.name.startswith(name[:20])


@pytest.mark.parametrize("name", LONG_NAMES)
def test_backups_of_a_long_name_fit_and_are_pruned(tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    target.write_bytes(b"0\n")
    for n in range(1, 9):
        atomic.replace_atomically(target, lambda p, n=n: p.write_bytes(b"%d\n" % n), backup=True)
    backups = sorted((tmp_path / atomic.BACKUP_DIR).iterdir())
    assert [p.read_bytes() for p in backups] == [b"%d\n" % n for n in range(3, 8)]
    assert max(len(p.name.encode()) for p in backups) == atomic.NAME_MAX
    assert all(p.name.startswith(name[:20]) and p.suffix == ".csv" for p in backups)


@pytest.mark.parametrize("name", LONG_NAMES)
def test_the_lock_of_a_long_name_fits(tmp_path: Path, name: str) -> None:
    tracker = tmp_path / name
    tracker.write_bytes(b"")
    with file_lock(tracker) as lock:
        assert lock == lock_path(tracker)
        assert len(lock.name.encode()) <= atomic.NAME_MAX
        assert lock.name.startswith(f".~followup-{name[:20]}")
    assert every_name(tmp_path) == [name]


@pytest.mark.parametrize("name", [n.replace(".csv", ".xlsx") for n in LONG_NAMES])
def test_init_makes_a_tracker_of_a_long_name(tmp_path: Path, name: str) -> None:
    from followup_batch.init import create_tracker

    made = create_tracker(tmp_path / name, today=dt.date(2026, 11, 16))
    assert made == tmp_path / name
    assert every_name(tmp_path) == [name]


@pytest.mark.parametrize(
    ("name", "room", "expected"),
    [
        ("Maya Chen.csv", 13, "Maya Chen.csv"),  # fits: as it is
        ("Maya Chen.csv", 12, "May~f83b8681"),
        ("李娜李娜.csv", 16, "李娜李娜.csv"),
        ("李娜李娜.csv", 15, "李娜~080e76fa"),  # never a letter cut in half
    ],
)
def test_a_name_too_long_keeps_its_start_and_a_hash(name: str, room: int, expected: str) -> None:
    assert atomic.fitting_name(name, room) == expected
