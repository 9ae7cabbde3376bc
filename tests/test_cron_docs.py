"""docs/cron.md: every scheduler example is tried as far as this machine allows. The
followup-batch command of each parses with the real CLI; the crontab line's time fields are in
cron's ranges; the systemd units pass ``systemd-analyze verify`` and the timer's calendar
``systemd-analyze calendar`` (skipped where systemd-analyze is missing)."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest

from followup_batch.cli import main

CRON_DOC = Path(__file__).resolve().parents[1] / "docs" / "cron.md"
# cron's fields: (name, lowest, highest, names allowed)
CRON_FIELDS = (
    ("minute", 0, 59, ()),
    ("hour", 0, 23, ()),
    ("day of month", 1, 31, ()),
    ("month", 1, 12, ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                      "nov", "dec")),
    ("day of week", 0, 7, ("sun", "mon", "tue", "wed", "thu", "fri", "sat")),
)  # fmt: skip
CRON_ITEM = re.compile(r"^(\*|(\w+)(?:-(\w+))?)(?:/(\d+))?$")


def code_blocks(language: str) -> list[str]:
    text = CRON_DOC.read_text(encoding="utf-8")
    return re.findall(rf"```{language}\n(.*?)```", text, re.S)


def followup_commands(text: str) -> list[list[str]]:
    """The followup-batch command lines in a shell line (after ``&&``), as argument lists."""
    found = []
    for part in re.split(r"&&|\n", text):
        words = shlex.split(part, posix=True)
        for i, word in enumerate(words):
            if word.endswith(("followup-batch", "followup-batch.exe")):
                found.append(words[i + 1 :])
                break
    return found


def parses(args: list[str]) -> None:
    """The arguments parse as the real command would (options exist, values convert)."""
    command = main.commands[args[0]]
    with command.make_context(args[0], list(args[1:])):
        pass


def valid_cron_field(value: str, low: int, high: int, names: tuple[str, ...]) -> bool:
    def number(text: str) -> int | None:
        if text.isdigit():
            return int(text)
        return names.index(text.lower()) + low if text.lower() in names else None

    for item in value.split(","):
        match = CRON_ITEM.match(item)
        if match is None:
            return False
        _, first, last, step = match.groups()
        bounds = [number(v) for v in (first, last) if v is not None]
        if any(b is None or not low <= b <= high for b in bounds):
            return False
        if len(bounds) == 2 and bounds[0] > bounds[1]:  # type: ignore[operator]
            return False
        if step is not None and int(step) == 0:
            return False
    return True


@pytest.mark.parametrize(
    ("value", "field", "valid"),
    [
        ("15", 0, True),
        ("60", 0, False),
        ("*/5", 0, True),
        ("1-5", 4, True),
        ("mon-fri", 4, True),
        ("5-1", 4, False),
        ("0,30", 0, True),
        ("*/0", 0, False),
        ("32", 2, False),
    ],
)
def test_cron_field_check(value: str, field: int, valid: bool) -> None:
    _, low, high, names = CRON_FIELDS[field]
    assert valid_cron_field(value, low, high, names) is valid


def test_crontab_lines_are_valid_and_their_commands_parse() -> None:
    # The nightly line, and the same line with the coach's time zone put on the command.
    blocks = code_blocks("crontab")
    assert len(blocks) == 2
    lines = [
        line
        for block in blocks
        for line in block.splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(lines) == 2
    assert "TZ=Pacific/Auckland followup-batch run" in lines[1]
    for line in lines:
        fields = line.split(None, 5)
        for value, (name, low, high, names) in zip(fields[:5], CRON_FIELDS, strict=True):
            assert valid_cron_field(value, low, high, names), f"{name} {value!r} in {line!r}"
        (command,) = followup_commands(fields[5])
        assert command[0] == "run" and "-q" in command
        parses(command)


def systemd_units() -> dict[str, str]:
    units = {}
    for block in code_blocks("ini"):
        first, _, body = block.partition("\n")
        units[Path(first.removeprefix("# ")).name] = body
    return units


def test_systemd_service_command_parses() -> None:
    service = systemd_units()["followup-batch.service"]
    (exec_start,) = re.findall(r"^ExecStart=(.*)$", service, re.M)
    (command,) = followup_commands(exec_start)
    parses(command)


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_systemd_units_verify(tmp_path: Path) -> None:
    units = systemd_units()
    assert sorted(units) == ["followup-batch.service", "followup-batch.timer"]
    for name, body in units.items():
        # The program must exist here: point ExecStart at this Python, keeping the arguments.
        body = re.sub(r"^ExecStart=\S+", f"ExecStart={sys.executable}", body, flags=re.M)
        (tmp_path / name).write_text(body, encoding="utf-8")
    done = subprocess.run(
        ["systemd-analyze", "verify", *(str(tmp_path / name) for name in units)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    (calendar,) = re.findall(r"^OnCalendar=(.*)$", units["followup-batch.timer"], re.M)
    done = subprocess.run(
        ["systemd-analyze", "calendar", calendar], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "Normalized form: Mon..Fri *-*-* 06:15:00" in done.stdout


def test_windows_task_command_parses() -> None:
    (block,) = code_blocks("bat")
    (task,) = re.findall(r'/TR "(.*)"', block)
    (command,) = followup_commands(task)
    parses(command)


def test_a_wrong_option_would_be_caught() -> None:
    with pytest.raises(click.NoSuchOption):
        parses(["run", "clients/", "--quiet-please"])
