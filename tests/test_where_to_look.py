"""Where a newcomer looks today (outside test ot150 F2): under a tracker's summary line, a run of
that file alone says how many messages are due today or overdue and where they are, and which
rows have problems, by Excel row and company. A folder's run, a dry run and -q stay as they
were: one line a file, or none."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.reports import SheetReport

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("file", "to_send", "problem_rows", "places", "said"),
    [
        ("jobs.xlsx", 0, 0, [], ""),
        ("jobs.xlsx", 3, 0, [], "3 messages to send today or overdue: see the Drafts sheet"),
        ("jobs.xlsm", 1, 0, [], "1 message to send today or overdue: see the Drafts sheet"),
        ("jobs.csv", 1, 0, [], "1 message to send today or overdue: see the Draft column"),
        ("jobs.xlsx", 0, 1, ["7 (Wise)"], "row 7 (Wise): see Problems"),
        (
            "jobs.xlsx",
            0,
            2,
            ["15 (no company)", "35 (Mumbai Analytics)"],
            "rows 15 (no company) and 35 (Mumbai Analytics): see Problems",
        ),
        (
            "jobs.xlsx",
            0,
            3,
            ["4 (Stripe)", "6 (Monzo)", "9 (Wise)"],
            "rows 4 (Stripe), 6 (Monzo) and 9 (Wise): see Problems",
        ),
        (
            "jobs.xlsx",
            0,
            4,
            ["4 (Stripe)", "6 (Monzo)", "9 (Wise)"],
            "rows 4 (Stripe), 6 (Monzo), 9 (Wise) and 1 more: see Problems",
        ),
        (
            "jobs.xlsx",
            12,
            1_250,
            ["4 (Stripe)", "6 (Monzo)", "9 (Wise)"],
            "12 messages to send today or overdue: see the Drafts sheet; "
            "rows 4 (Stripe), 6 (Monzo), 9 (Wise) and 1,247 more: see Problems",
        ),
    ],
)
def test_the_line_says_what_is_due_today_and_which_rows_have_problems(
    file: str, to_send: int, problem_rows: int, places: list[str], said: str
) -> None:
    report = SheetReport(
        Path(file),
        "Interviews",
        rows=1_300,
        problem_rows=problem_rows,
        to_send=to_send,
        problem_places=places,
    )
    assert report.where_to_look() == said


# Tue 2026-12-08: Monzo's phone screen thank-you is overdue, Wise's panel (two interviewers,
# two messages) is due today, Stripe's date cannot be, Ocado's interview is tomorrow.
TRACKER = """\
Company,Position,Interview Date,Interviewer,Interviewer Email,Interview Type,Country
Monzo,Backend Engineer,2026-12-03,Oliver Hughes,oliver.hughes@monzo.com,phone,UK
Wise,Software Engineer,2026-12-07,Hannah Price; Raj Patel,hannah.price@wise.com; \
raj.patel@wise.com,panel,UK
Stripe,Senior Backend Engineer,2026-02-31,Alicia Gomez,alicia.gomez@stripe.com,video,US
Ocado Technology,Software Engineer,2026-12-09,Sophie Turner,sophie.turner@ocado.com,video,UK
"""
SUMMARY = (
    "Maya Chen.csv: 4 rows — 1 Needs info, 1 Overdue, 1 Due today, 1 Due soon; 1 with problems"
)
LOOK = "  3 messages to send today or overdue: see the Draft column; row 4 (Stripe): see Problems"


@pytest.mark.parametrize(
    ("given", "options", "output"),
    [
        ("file", [], f"{SUMMARY}\n{LOOK}\n"),
        ("folder", [], f"{SUMMARY}\n"),
        ("file", ["--dry-run"], f"{SUMMARY} (dry run, nothing written)\n"),
        ("file", ["-q"], ""),
    ],
    ids=["file alone", "its folder", "dry run", "quiet"],
)
def test_only_a_run_of_the_file_alone_says_where_to_look(
    tmp_path: Path, given: str, options: list[str], output: str
) -> None:
    tracker = tmp_path / "Maya Chen.csv"
    tracker.write_text(TRACKER, encoding="utf-8")
    path = tracker if given == "file" else tmp_path
    ran = CliRunner().invoke(main, ["run", str(path), "--as-of", "2026-12-08", *options])
    assert ran.exit_code == 0, ran.output
    assert ran.stdout == output


def test_a_rerun_that_finds_the_file_unchanged_says_it_again(tmp_path: Path) -> None:
    tracker = tmp_path / "Maya Chen.csv"
    tracker.write_text(TRACKER, encoding="utf-8")
    run = ["run", str(tracker), "--as-of", "2026-12-08"]
    assert CliRunner().invoke(main, run).stdout == f"{SUMMARY}\n{LOOK}\n"
    again = CliRunner().invoke(main, run)
    assert again.stdout == f"{SUMMARY} (unchanged, nothing written)\n{LOOK}\n"


def test_the_readme_quotes_what_the_quick_start_prints(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = "run sample_data/tracker.xlsx --as-of 2026-11-20 --output sample-checked.xlsx"
    assert command in readme
    quoted = re.search(r"printing one line per sheet.*?```\n(.*?)```", readme, re.S)
    assert quoted is not None
    output = tmp_path / "sample-checked.xlsx"
    ran = CliRunner().invoke(
        main,
        ["run", str(ROOT / "sample_data" / "tracker.xlsx"), "--as-of", "2026-11-20"]
        + ["--output", str(output)],
    )
    assert ran.exit_code == 0, ran.output
    assert ran.stdout == quoted.group(1).replace("→ sample-checked.xlsx", f"→ {output}")
