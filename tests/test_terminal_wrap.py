"""Notes, warnings and summaries on a terminal: wrapped at spaces to its width, a command to
copy (``--map "When I applied=applied_at"``) never split; one line each to a pipe or a file
(ot87 F7)."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import make_tracker

from followup_batch.cli.console import Reporter, fit_to_terminal, terminal_width, wrapped

APPLIED = (
    'note: t1.xlsx [Interviews]: "When I applied" (G) holds dates and no column is read as '
    'Date Applied; if they are the applied dates, map it with --map "When I applied=applied_at"'
)
TOPIC = (
    '  t1.xlsx [Interviews]: note: "Notes" is kept private: drafts never quote it. To quote '
    'it as the interview topic, use --map "Notes=topic" or rename the column Topic.'
)


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        (  # the --map starts a line of its own rather than being cut
            APPLIED,
            79,
            [
                'note: t1.xlsx [Interviews]: "When I applied" (G) holds dates and no column is',
                "  read as Date Applied; if they are the applied dates, map it with",
                '  --map "When I applied=applied_at"',
            ],
        ),
        (
            APPLIED,
            59,
            [
                'note: t1.xlsx [Interviews]: "When I applied" (G) holds',
                "  dates and no column is read as Date Applied; if they are",
                "  the applied dates, map it with",
                '  --map "When I applied=applied_at"',
            ],
        ),
        (  # a quoted header in the prose is kept whole too (ot91 F8)
            APPLIED,
            40,
            [
                "note: t1.xlsx [Interviews]:",
                '  "When I applied" (G) holds dates and',
                "  no column is read as Date Applied; if",
                "  they are the applied dates, map it",
                '  with --map "When I applied=applied_at"',
            ],
        ),
        (  # an example file name in brackets is not split ("Maya / Chen.xlsx")
            'note: drafts are unsigned; name the file after the client ("Maya Chen.xlsx") or',
            72,
            [
                "note: drafts are unsigned; name the file after the client",
                '  ("Maya Chen.xlsx") or',
            ],
        ),
        (  # a quoted span longer than a line is broken at its spaces
            'a "very long quoted thing that is longer than the line itself" here',
            30,
            ['a "very long quoted thing that', "  is longer than the line", '  itself" here'],
        ),
        (  # inch marks are no quotes to keep whole when the span is longer than the line
            'the 5" screen and 7" tablet are here',
            12,
            ['the 5"', "  screen and", '  7" tablet', "  are here"],
        ),
        (  # a command wider than the line stands alone, whole (the terminal wraps it)
            'map it with --map "When I applied=applied_at"',
            20,
            ["map it with", '  --map "When I applied=applied_at"'],
        ),
        (  # -v's indented note: its further lines two columns further in
            TOPIC,
            59,
            [
                '  t1.xlsx [Interviews]: note: "Notes" is kept private:',
                "    drafts never quote it. To quote it as the interview",
                '    topic, use --map "Notes=topic" or rename the column',
                "    Topic.",
            ],
        ),
        (  # the punctuation after a command stays with it
            'and map it with --map "Location=location").',
            30,
            ["and map it with", '  --map "Location=location").'],
        ),
        (  # single quotes too
            "use --sheet 'Job hunt 2026' now",
            24,
            ["use", "  --sheet 'Job hunt 2026'", "  now"],
        ),
        (  # an unquoted option is a word like others; a path wider than the line is not cut
            "wrote /home/maya/coaching/clients/a-very-long-folder-name/digest.html --days 7",
            30,
            [
                "wrote",
                "  /home/maya/coaching/clients/a-very-long-folder-name/digest.html",
                "  --days 7",
            ],
        ),
        (  # a Chinese name takes two columns a letter
            "note: 王小明的求职记录.xlsx [面试]: drafts are unsigned",
            30,
            ["note: 王小明的求职记录.xlsx", "  [面试]: drafts are unsigned"],
        ),
        (  # the run to paste, with a name in its shell quotes, is never split (ot150)
            "Error: No such command 'my'. Did you mean followup-batch run 'my jobs.xlsx'?",
            40,
            [
                "Error: No such command 'my'. Did you",
                "  mean",
                "  followup-batch run 'my jobs.xlsx'?",
            ],
        ),
        ("note: short enough", 79, ["note: short enough"]),
    ],
)
def test_wrapped_at_spaces_never_inside_a_command(text: str, width: int, lines: list[str]) -> None:
    assert wrapped(text, width) == lines


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_pipe_or_a_file_keeps_one_line_per_note(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    assert fit_to_terminal(APPLIED, io.StringIO()) == APPLIED
    assert fit_to_terminal(APPLIED, Terminal()).splitlines() == wrapped(APPLIED, 59)


# A SKIPPED line of a dataset run, as ot123 saw it broken over 10 lines under ``script``.
CORRUPT = (
    "cases/dsm/part-11-corrupt.parquet: SKIPPED — not a readable Parquet file (Parquet magic "
    "bytes not found in footer. Either the file is corrupted or this is not a parquet file.)"
)


class SizedTerminal(Terminal):
    def fileno(self) -> int:
        return 2


@pytest.mark.parametrize(
    ("columns", "width", "first_line", "count"),
    [
        # ``script``, ``docker run -t``, a CI runner's pty: ``stty size`` says ``0 0`` (ot123 F1)
        (0, 80, "cases/dsm/part-11-corrupt.parquet: SKIPPED — not a readable Parquet file", 3),
        (1, 80, "cases/dsm/part-11-corrupt.parquet: SKIPPED — not a readable Parquet file", 3),
        (20, 20, "cases/dsm/part-11-corrupt.parquet:", 10),  # a narrow pane is believed
        (80, 80, "cases/dsm/part-11-corrupt.parquet: SKIPPED — not a readable Parquet file", 3),
        (200, 200, CORRUPT, 1),
        (None, 80, "cases/dsm/part-11-corrupt.parquet: SKIPPED — not a readable Parquet file", 3),
    ],
)
def test_a_terminal_that_says_no_width_is_80_wide(
    monkeypatch: pytest.MonkeyPatch, columns: int | None, width: int, first_line: str, count: int
) -> None:
    """A width the terminal reports under 20 columns (0: unknown) is taken as 80, as
    ``shutil.get_terminal_size`` does; ``None``: the size cannot be asked (no terminal)."""

    def reported(fd: int = 1) -> os.terminal_size:
        if columns is None:
            raise OSError("not a terminal")
        return os.terminal_size((columns, 0))

    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr(os, "get_terminal_size", reported)
    stream = SizedTerminal()
    assert terminal_width(stream) == width
    fitted = fit_to_terminal(CORRUPT, stream).splitlines()
    assert (fitted[0], len(fitted)) == (first_line, count)


@pytest.mark.parametrize(("columns", "width"), [("0", 80), ("1", 80), ("20", 20), ("200", 200)])
def test_columns_set_to_no_width_is_80_wide(
    monkeypatch: pytest.MonkeyPatch, columns: str, width: int
) -> None:
    """COLUMNS=0 (a CI job's environment) off a terminal of no size: 80 as well."""
    monkeypatch.setenv("COLUMNS", columns)
    monkeypatch.setattr(os, "get_terminal_size", lambda fd=1: os.terminal_size((0, 0)))
    assert terminal_width(SizedTerminal()) == width


def test_the_reporter_wraps_notes_on_a_terminal_not_tracebacks_nor_the_log(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    stderr = Terminal()
    monkeypatch.setattr(sys, "stderr", stderr)
    log = tmp_path / "run.log"
    reporter = Reporter(as_json=False, verbose=1, quiet=False, log_file=log)
    reporter.notice(APPLIED.removeprefix("note: t1.xlsx [Interviews]: "), "t1.xlsx [Interviews]")
    trace = "Traceback (most recent call last):\n" + "  File " + "x" * 70 + ", line 1"
    reporter.error("the run failed", trace)
    reporter.flush()
    assert stderr.getvalue().splitlines() == [
        '  t1.xlsx [Interviews]: note: "When I applied" (G) holds',
        "    dates and no column is read as Date Applied; if they",
        "    are the applied dates, map it with",
        '    --map "When I applied=applied_at"',
        "the run failed",
        "Traceback (most recent call last):",
        "  File " + "x" * 70 + ", line 1",
    ]
    logged = log.read_text(encoding="utf-8").splitlines()
    assert logged[0].endswith(" NOTE " + APPLIED.removeprefix("note: "))


@pytest.mark.parametrize(
    ("columns", "first_line"),
    [
        ("60", "t1.xlsx [Jobs]: 2 rows — 2 Needs info; 2 with problems (dry"),
        # no COLUMNS, and a pseudo-terminal whose size was never set (``script``): 80 (ot123 F1)
        (None, "t1.xlsx [Jobs]: 2 rows — 2 Needs info; 2 with problems (dry run, nothing"),
    ],
)
def test_a_run_in_a_terminal_60_columns_wide(
    tmp_path: Path, columns: str | None, first_line: str
) -> None:
    """The CLI as a person sees it in a terminal (a pseudo-terminal here): every line within
    60 columns (80 when the terminal says no width), the --map to paste whole on a line of its
    own."""
    headers = ["Company", "Position", "Interview Date", "When I applied"]
    rows = [["Acme", "Data Analyst", None, "2026-11-10"], ["Globex", "Analyst", None, None]]
    tracker = make_tracker(tmp_path / "t1.xlsx", rows, headers)
    leader, follower = pty.openpty()
    here = str(Path(__file__).resolve().parents[1])  # this checkout's package, not another
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    env |= {"NO_COLOR": "1", "PYTHONPATH": here} | ({"COLUMNS": columns} if columns else {})
    command = [sys.executable, "-m", "followup_batch", "run", str(tracker), "--dry-run"]
    command += ["--as-of", "2026-12-01"]
    done = subprocess.run(
        command, stdout=follower, stderr=follower, env=env, cwd=tmp_path, check=False
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal's other end closed
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    lines = shown.decode().replace("\r\n", "\n").splitlines()
    assert done.returncode == 0, lines
    assert first_line in lines
    assert '  --map "When I applied=applied_at"' in lines
    assert max(len(line) for line in lines) <= int(columns or 80) - 1


def test_an_option_in_brackets_keeps_its_bracket() -> None:
    """An option in brackets, (--output "Maya Chen.xlsx"), was printed "( --output …": kept
    whole, it was split from the bracket before it and joined back with a space."""
    from followup_batch.text import wrapped

    text = 'name that workbook after your client (--output "Maya Chen.xlsx"), or set a name'
    for width in (120, 40, 30):
        assert " ".join(line.strip() for line in wrapped(text, width)) == text


USAGE = "Usage: followup-batch [OPTIONS] COMMAND [ARGS]..."
RUN_USAGE = "Usage: followup-batch run [OPTIONS] PATH..."
HINT = "Try 'followup-batch --help' for help."
RUN_HINT = "Try 'followup-batch run --help' for help."


@pytest.mark.parametrize(
    ("columns", "args", "lines"),
    [
        (  # the run to paste is never split: Click cut it "followup-ba" / "tch run" (ot150)
            "60",
            ["jobs.xlsx"],
            [
                USAGE,
                HINT,
                "",
                "Error: No such command 'jobs.xlsx'. Did you mean",
                "  followup-batch run jobs.xlsx?",
            ],
        ),
        (
            "60",
            ["run", "jobs.xlsx", "--asof", "2026-12-11"],
            [
                RUN_USAGE,
                RUN_HINT,
                "",
                "Error: No such option '--asof'. (Did you mean one of:",
                "  '--as-of', '--json'?)",
            ],
        ),
        (  # "da/te" and "--as-o/f" in Click's own lines
            "60",
            ["run", "jobs.xlsx", "--as-of", "12/11/2026"],
            [
                RUN_USAGE,
                RUN_HINT,
                "",
                "Error: Invalid value for '--as-of': '12/11/2026' is not a",
                "  date; write it as YYYY-MM-DD, e.g. 2026-11-20, or leave",
                "  --as-of out for today",
            ],
        ),
        (  # an option of no command
            "60",
            ["--verison"],
            [USAGE, HINT, "", "Error: No such option '--verison'. Did you mean", "  '--version'?"],
        ),
        (  # a line that fits is left as Click wrote it
            "100",
            ["jobs.xlsx"],
            [
                USAGE,
                HINT,
                "",
                "Error: No such command 'jobs.xlsx'. Did you mean followup-batch run jobs.xlsx?",
            ],
        ),
    ],
)
def test_usage_errors_are_wrapped_at_spaces_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, columns: str, args: list[str], lines: list[str]
) -> None:
    """Click's own usage errors, as the tool's notes are: wrapped at spaces to the terminal,
    a command to copy kept whole, with the usage, the --help hint and exit code 2."""
    from followup_batch.cli import main

    make_tracker(tmp_path / "jobs.xlsx")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", columns)
    stderr = Terminal()
    monkeypatch.setattr(sys, "stderr", stderr)
    with pytest.raises(SystemExit) as done:
        main(args, prog_name="followup-batch")
    assert done.value.code == 2
    assert stderr.getvalue().splitlines() == lines


def test_a_usage_error_to_a_pipe_keeps_each_line_whole(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from followup_batch.cli import main

    make_tracker(tmp_path / "jobs.xlsx")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "60")
    stderr = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    with pytest.raises(SystemExit) as done:
        main(["jobs.xlsx"], prog_name="followup-batch")
    assert done.value.code == 2
    assert stderr.getvalue().splitlines()[-1] == (
        "Error: No such command 'jobs.xlsx'. Did you mean followup-batch run jobs.xlsx?"
    )
