"""--config and --log-file naming a named pipe: a program at the other end is waited for, no
program at all is a clear error instead of a run that never ends."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch import pipes
from followup_batch.cli import main
from followup_batch.config import load_config
from followup_batch.errors import ConfigError

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")

WAIT = 0.3
RUN_USAGE = "Usage: main run [OPTIONS] PATH...\nTry 'main run --help' for help.\n\n"


@pytest.fixture
def fifo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(pipes, "WAIT_SECONDS", WAIT)
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


def write_later(path: Path, text: str, *, opens_after: float, writes_after: float) -> None:
    """A program that opens ``path`` for writing after ``opens_after`` seconds and writes
    ``text`` ``writes_after`` seconds later."""

    def program() -> None:
        time.sleep(opens_after)
        with path.open("w", encoding="utf-8") as handle:
            time.sleep(writes_after)
            handle.write(text)

    threading.Thread(target=program, daemon=True).start()


def test_a_config_pipe_nobody_writes_is_an_error_not_a_wait_for_ever(fifo: Path) -> None:
    """The bug guarded is an open() that never returns, so nothing can be counted: the read
    runs in a thread given a minute (200 times the pipe's wait, so only a hang fails, never a
    loaded machine), and the message shows the wait of WAIT seconds is what ended it."""
    raised: list[BaseException] = []

    def read() -> None:
        try:
            load_config(fifo)
        except BaseException as exc:  # handed to the test's thread
            raised.append(exc)

    reading = threading.Thread(target=read, daemon=True)
    reading.start()
    reading.join(60)
    if reading.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # let the stuck open return
        pytest.fail(f"load_config({fifo}) hung: still opening the pipe after 60 s")
    assert len(raised) == 1 and isinstance(raised[0], ConfigError), raised
    error = raised[0]
    assert str(error) == (
        f"{fifo} is a named pipe that no program opened for writing within 0.3 seconds; start "
        "the program that writes the config into it first, or give the config file itself"
    )


@pytest.mark.parametrize(
    ("opens_after", "writes_after"),
    [(0.0, 0.0), (WAIT / 3, 0.0), (0.0, WAIT * 3)],
    ids=["there at once", "comes a little later", "there, but slow to write"],
)
def test_a_config_pipe_with_a_program_writing_it_is_read(
    fifo: Path, opens_after: float, writes_after: float
) -> None:
    write_later(fifo, 'country = "GB"\n', opens_after=opens_after, writes_after=writes_after)
    assert load_config(fifo).reading.default_country == "GB-ENG"


def test_a_log_pipe_nobody_reads_stops_the_run_before_any_file(fifo: Path, tmp_path: Path) -> None:
    tracker = tmp_path / "t.csv"
    tracker.write_text("Company,Position,Interview Date\nAcme,Analyst,2026-11-17\n")
    before = tracker.read_bytes()
    result = CliRunner().invoke(
        main, ["run", str(tracker), "--as-of", "2026-11-20", "--log-file", str(fifo)]
    )
    assert result.exit_code == 2
    assert result.stderr == (
        f"{RUN_USAGE}Error: Invalid value for --log-file: {fifo} is a named pipe that no "
        "program opened for reading within 0.3 seconds; start the program that reads the log "
        "from it first, or give a file\n"
    )
    assert tracker.read_bytes() == before


def test_a_log_pipe_with_a_reader_gets_the_log(fifo: Path, tmp_path: Path) -> None:
    tracker = tmp_path / "t.csv"
    tracker.write_text("Company,Position,Interview Date\nAcme,Analyst,2026-11-17\n")
    received: list[str] = []

    def reader() -> None:
        with fifo.open(encoding="utf-8") as handle:
            received.append(handle.read())

    reading = threading.Thread(target=reader, daemon=True)
    reading.start()
    result = CliRunner().invoke(
        main, ["run", str(tracker), "--as-of", "2026-11-20", "-q", "--log-file", str(fifo)]
    )
    assert result.exit_code == 0, result.stderr
    reading.join(5)
    assert " INFO t.csv: 1 row" in received[0]


@pytest.mark.skipif(not Path("/proc/version").exists(), reason="no /proc here")
def test_a_log_file_that_cannot_be_written_is_a_usage_error(tmp_path: Path) -> None:
    """Was a traceback (OSError: Invalid argument)."""
    tracker = tmp_path / "t.csv"
    tracker.write_text("Company,Position,Interview Date\nAcme,Analyst,2026-11-17\n")
    result = CliRunner().invoke(
        main, ["run", str(tracker), "--as-of", "2026-11-20", "--log-file", "/proc/version"]
    )
    assert result.exit_code == 2
    assert result.stderr == (
        f"{RUN_USAGE}Error: Invalid value for --log-file: cannot write the log to /proc/version: "
        "Invalid argument\n"
    )
