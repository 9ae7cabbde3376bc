"""A terminal or a cron job whose encoding is not UTF-8 (a legacy ISO-8859-1 server, an ASCII
``LANG=C``, a Windows cp1252 console): every line the command line prints is written in that
encoding, with stand-ins for what it lacks, and a batch is never stopped by a line it prints.
The files the tool writes keep their own encodings. (ot29 F1: the summary's "—" raised
``UnicodeEncodeError`` after the first file, and the other files were never processed.)"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest

from followup_batch.cli.streams import NeverFailing, stand_in

AS_OF = "2026-11-20"
TRACKER = (
    "Company,Position,Interview Date,Interviewer\nMüller & Söhne,Analyst,2026-11-17,José Núñez\n"
)
CLIENTS = ["Jonas Weber", "Zoë Martín", "Łukasz Kowalski"]


def clients(tmp_path: Path) -> Path:
    folder = tmp_path / "clients"
    folder.mkdir()
    for name in CLIENTS:
        (folder / f"{name}.csv").write_text(TRACKER, encoding="utf-8")
    return folder


def command_line(encoding: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    """``followup-batch ARGS`` with standard output and error in ``encoding``."""
    env = os.environ | {"PYTHONIOENCODING": encoding}
    return subprocess.run(
        [sys.executable, "-m", "followup_batch", *args], capture_output=True, env=env, check=False
    )


# How the three clients' names come out: Zoë loses her accents on ASCII only; Ł, which no
# accent-dropping makes plain, is spelt L on both, as Polish writes it without the letter.
SHOWN = {
    "latin-1": ["Jonas Weber", "Zoë Martín", "Lukasz Kowalski"],
    "ascii": ["Jonas Weber", "Zoe Martin", "Lukasz Kowalski"],
}


@pytest.mark.parametrize("encoding", ["latin-1", "ascii"])
@pytest.mark.parametrize(
    ("dry_run", "said"),
    [(False, ""), (True, " (dry run, nothing written)")],
    ids=["run", "dry run"],
)
def test_a_run_prints_every_line_in_the_streams_encoding_and_does_every_file(
    tmp_path: Path, encoding: str, dry_run: bool, said: str
) -> None:
    folder = clients(tmp_path)
    log = tmp_path / "run.log"
    args = ["run", str(folder), "--as-of", AS_OF, "--log-file", str(log)]
    done = command_line(encoding, *args, *(["--dry-run"] if dry_run else []))
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode(encoding).splitlines() == [
        *(f"{name}.csv: 1 row - 1 Overdue{said}" for name in SHOWN[encoding]),
        "3 files, 3 rows - 3 Overdue",
    ]
    assert b"Traceback" not in done.stderr
    done.stderr.decode(encoding)  # in the stream's encoding too
    for name in CLIENTS:
        header = (folder / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header.endswith(",Problems") is not dry_run
    if not dry_run:  # the log is UTF-8, whatever the terminal's encoding
        assert "Zoë Martín.csv: 1 row — 1 Overdue" in log.read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding", ["latin-1", "ascii"])
def test_check_prints_in_the_streams_encoding(tmp_path: Path, encoding: str) -> None:
    folder = clients(tmp_path)
    done = command_line(encoding, "check", str(folder), "--as-of", AS_OF)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode(encoding).splitlines()
    assert [line for line in lines if "header on row" in line] == [
        f"{name}.csv: header on row 1, 1 row" for name in SHOWN[encoding]
    ]
    assert lines.count('      A  "Company"        -> company (Company)') == 3


# check's columns listing of a Japanese tracker, as a UTF-8 console and one without CJK show it.
JAPANESE_LISTING = [
    '      A  "会社名"            -> company (Company)',
    '      B  "職種"              -> position (Position)',
    '      C  "面接日"            -> interview_at (Interview Date)',
    '      D  "1回目フォロー送信" -> check_in_1_sent (Check-in 1 Sent)',
]
STAND_IN_LISTING = [
    '      A  "???"       -> company (Company)',
    '      B  "??"        -> position (Position)',
    '      C  "???"       -> interview_at (Interview Date)',
    '      D  "1????????" -> check_in_1_sent (Check-in 1 Sent)',
]


@pytest.mark.parametrize(
    ("encoding", "listing"),
    [("utf-8", JAPANESE_LISTING), ("latin-1", STAND_IN_LISTING), ("ascii", STAND_IN_LISTING)],
)
def test_checks_columns_line_up_as_the_stream_shows_them(
    tmp_path: Path, encoding: str, listing: list[str]
) -> None:
    """Japanese headers are "???" on an ASCII or Latin-1 console, and were padded as their
    letters take two columns each: the arrows zigzagged (ot32 F9)."""
    tracker = tmp_path / "ja.csv"
    tracker.write_text(
        "会社名,職種,面接日,1回目フォロー送信\nトヨタ,営業,2026-11-10,\n", encoding="utf-8"
    )
    done = command_line(encoding, "check", str(tracker), "--as-of", AS_OF)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode(encoding).splitlines()
    start = lines.index("  Columns read:") + 1
    assert lines[start : start + 4] == listing


# The digest's tables on an 80-column console: lined up by what is printed (ot48 F8: the
# rocket, a "?", was padded as the two columns it takes in UTF-8, and the To column moved
# left; "…" cut short is "...", three columns).
DIGEST_TODAY = {
    "utf-8": [
        "  Late       Client  Action          Company         To",
        "  ─────────  ──────  ──────────────  ──────────────  ────────────",
        "  due today  Zoë     Thank-you note  Acme            Dana Ortiz",
        "  due today  Zoë     Thank-you note  Globex          Ann Lee",
        "  due today  Zoë     Thank-you note  🚀 Rocket Labs  Łukasz Nowak",
    ],
    "latin-1": [
        "  Late       Client  Action          Company        To",
        "  ---------  ------  --------------  -------------  ------------",
        "  due today  Zoë     Thank-you note  Acme           Dana Ortiz",
        "  due today  Zoë     Thank-you note  Globex         Ann Lee",
        "  due today  Zoë     Thank-you note  ? Rocket Labs  Lukasz Nowak",
    ],
    "ascii": [
        "  Late       Client  Action          Company        To",
        "  ---------  ------  --------------  -------------  ------------",
        "  due today  Zoe     Thank-you note  Acme           Dana Ortiz",
        "  due today  Zoe     Thank-you note  Globex         Ann Lee",
        "  due today  Zoe     Thank-you note  ? Rocket Labs  Lukasz Nowak",
    ],
}
DIGEST_ITEMS = {
    "utf-8": [
        "  Fri 2026-11-20  Due today  Thank-you note  Globex – Senior Product Man…  row 4",
        "  Fri 2026-11-20  Due today  Thank-you note  🚀 Rocket Labs – PM           row 2",
    ],
    "latin-1": [
        "  Fri 2026-11-20  Due today  Thank-you note  Globex - Senior Product M...  row 4",
        "  Fri 2026-11-20  Due today  Thank-you note  ? Rocket Labs - PM            row 2",
    ],
}
DIGEST_ITEMS["ascii"] = DIGEST_ITEMS["latin-1"]


@pytest.mark.parametrize("encoding", list(DIGEST_TODAY))
def test_the_digests_columns_line_up_as_the_stream_shows_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encoding: str
) -> None:
    tracker = tmp_path / "Zoë.csv"
    tracker.write_text(
        "Company,Position,Interview Date,Interviewer\n"
        "🚀 Rocket Labs,PM,2026-11-19,Łukasz Nowak\n"
        "Acme,PM,2026-11-19,Dana Ortiz\n"
        "Globex,Senior Product Manager for the Growth Team,2026-11-19,Ann Lee\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("COLUMNS", "80")
    done = command_line(encoding, "digest", str(tracker), "--as-of", AS_OF)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode(encoding).splitlines()
    start = lines.index("Due today, across all clients (3)") + 1
    assert lines[start : start + 5] == DIGEST_TODAY[encoding]
    assert [line for line in lines if "row 4" in line or "row 2" in line] == DIGEST_ITEMS[encoding]


@pytest.mark.parametrize("encoding", ["latin-1", "ascii"])
def test_json_escapes_what_the_stream_cannot_hold_and_loses_no_name(
    tmp_path: Path, encoding: str
) -> None:
    folder = clients(tmp_path)
    done = command_line(encoding, "run", str(folder), "--as-of", AS_OF, "--json", "--dry-run")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.decode("ascii"))
    assert [Path(f["path"]).name for f in summary["files"]] == [f"{n}.csv" for n in CLIENTS]


@pytest.mark.parametrize(
    ("char", "shown"),
    [
        ("—", "-"),
        ("–", "-"),
        ("→", "->"),
        ("…", "..."),
        ("─", "-"),
        ("é", "e"),
        ("Å", "A"),
        ("Ł", "L"),
        ("ø", "o"),
        ("ß", "ss"),
        ("陈", "?"),
        ("🚀", "?"),
    ],
)
def test_stand_ins(char: str, shown: str) -> None:
    assert stand_in(char) == shown


class ClosedTerminal(io.StringIO):
    """A terminal that went away under the run (its ssh session closed): every write fails."""

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(5, "Input/output error")

    def flush(self) -> None:
        raise OSError(5, "Input/output error")


def test_the_progress_bar_on_a_terminal_gone_does_not_stop_the_files() -> None:
    from followup_batch.cli.console import advancing, files_bar

    with files_bar([5, 1, 1], shown=True, columns=80, file=ClosedTerminal()) as bar:
        assert list(advancing(bar, iter([1, 2, 3]), [5, 1, 1])) == [1, 2, 3]
    assert NeverFailing(ClosedTerminal()).write("x") == 0


def test_a_stream_the_tool_did_not_set_up_gets_question_marks_not_an_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from followup_batch.cli.console import echo

    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="ascii", write_through=True))
    assert echo("c1.csv: 1 row — 1 Overdue") is True
    assert raw.getvalue() == b"c1.csv: 1 row ? 1 Overdue\n"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("columns", "bar"), [(40, 8), (60, 28), (100, 36)])
def test_the_progress_bar_stops_a_column_short_of_the_terminals_edge(
    columns: int, bar: int
) -> None:
    """A fixed 36-character bar made a line of 64 on a 60-column terminal: each redraw
    wrapped and left a line behind (ot29 F2)."""
    from followup_batch.cli.console import files_bar

    screen = Terminal()
    with files_bar([1] * 200, shown=True, columns=columns, file=screen) as progress:
        progress.avg = [4_000.0]  # seconds a file: days left, the longest estimate
        progress.eta_known = True
        progress.update(1)
    # The bar's lines as the terminal shows them: each drawn over the one before it.
    lines = click.unstyle(screen.getvalue()).replace("\r", "\n").splitlines()
    assert "Trackers  [" + "-" * bar + "]    0%  9d 05:06:40" in lines
    assert max(len(line) for line in lines) <= columns - 1


@pytest.mark.parametrize(
    ("work", "first", "last"),
    [
        # One 50,000-row CSV among 30 small trackers: done first, it is most of the way.
        ([7_500_000, *[200_000] * 30], ["0%", "55%", "57%"], ["98%", "100%"]),
        # Done last, it no longer leaves the bar at 97% (30 of 31 files) for most of the run.
        ([*[200_000] * 30, 7_500_000], ["0%", "1%", "2%"], ["44%", "100%"]),
        ([1, 1, 1, 1], ["0%", "25%", "50%"], ["75%", "100%"]),
    ],
    ids=["big-first", "big-last", "alike"],
)
def test_the_progress_bar_weighs_each_file_by_its_work(
    work: list[int], first: list[str], last: list[str]
) -> None:
    from followup_batch.cli.console import advancing, files_bar

    screen = Terminal()
    with files_bar(work, shown=True, columns=100, file=screen) as bar:
        assert list(advancing(bar, iter(range(len(work))), work)) == list(range(len(work)))
    drawn = click.unstyle(screen.getvalue()).split("\r")[1:]
    percents = list(dict.fromkeys(line.rsplit("]", 1)[1].split()[0] for line in drawn))
    assert (percents[:3], percents[-2:]) == (first, last)


@pytest.mark.parametrize(
    ("name", "size", "dry_run", "work"),
    [
        ("tracker.csv", 7_400_000, False, 7_440_000),
        ("tracker.xlsx", 1_200_000, False, 3_640_000),  # zip-compressed XML: 3 times a CSV's
        ("tracker.xlsx", 1_200_000, True, 12_100_000),  # a dry run: 10 times
        ("Tracker.XLSM", 11_000, False, 73_000),
        ("tracker.csv", 0, False, 40_000),  # every file costs a little
        ("gone.csv", None, True, 100_000),  # gone before the run reached it: fails then
    ],
    ids=["csv", "workbook", "workbook-dry-run", "macro-workbook", "empty", "gone"],
)
def test_each_file_weighs_its_bytes_and_a_fixed_cost(tmp_path, name, size, dry_run, work):
    from followup_batch.progress import file_work

    path = tmp_path / name
    if size is not None:
        with path.open("wb") as file:
            file.truncate(size)
    assert file_work(path, dry_run=dry_run) == work
