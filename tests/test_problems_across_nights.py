"""A nightly run's log lists a row problem the night it appears, not every night (ot137 F3):
a coach's cron job logged every unchanged problem of every file every night, and the bad
date a client typed today drowned among them. With the last run's record beside the tracker,
the log lists in full only the problems that run did not find, and counts the others in one
line naming the ``check`` command that lists them; the first night, and ``-v``, list all. The
terminal's lines and ``--json`` are as they were."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest
from test_cli import invoke

HEADER = "Company,Position,Interview Date,Interview Type\n"
GOOD = "Acme,Analyst,2026-11-16,video\n"
BAD_DATE = "Beta,Engineer,not a date,video\n"
NO_COMPANY = ",Designer,2026-11-17,video\n"
BAD_TYPE = "Gamma,Manager,2026-11-18,escape room\n"

ROW_3_DATE = 'row 3, column "Interview Date": "not a date" is not a date'
ROW_4_COMPANY = 'row 4, column "Company": Company is empty'
ROW_3_TYPE = (
    'row 3, column "Interview Type": "escape room" is not a known interview type (phone, '
    "video, onsite, panel, final, chat or other); read as other"
)
ROW_4_TYPE = ROW_3_TYPE.replace("row 3", "row 4")
UNCHANGED = "unchanged since the run of {since} ({check} lists them)"


def many_new(count: int) -> str:
    return "".join(f"Acme,Analyst {n},2026-11-16,escape room\n" for n in range(count))


# first night's rows, the next night's rows and options -> the next night's problem lines in
# the log ("{unchanged}" stands for the line counting those the last run found).
NIGHTS = {
    "the same problem twice: one line the second night": (
        GOOD + BAD_DATE,
        GOOD + BAD_DATE,
        (),
        ["1 row problem {unchanged}"],
    ),
    "a new problem beside an old one: the new one listed": (
        GOOD + BAD_DATE,
        GOOD + BAD_DATE + NO_COMPANY,
        (),
        [ROW_4_COMPANY, "1 row problem {unchanged}"],
    ),
    "a problem fixed: gone, the other still counted": (
        GOOD + BAD_DATE + NO_COMPANY,
        GOOD + BAD_DATE + "Delta,Designer,2026-11-17,video\n",
        (),
        ["1 row problem {unchanged}"],
    ),
    "every problem fixed: nothing": (
        GOOD + BAD_DATE,
        GOOD + BAD_DATE.replace("not a date", "2026-11-19"),
        (),
        [],
    ),
    "a problem that changed is new (a cell typed again, its row moved)": (
        GOOD + BAD_TYPE,
        BAD_DATE + GOOD + BAD_TYPE,
        (),
        [ROW_3_DATE.replace("row 3", "row 2"), ROW_4_TYPE],
    ),
    "two unchanged, counted together": (
        GOOD + BAD_DATE + NO_COMPANY,
        GOOD + BAD_DATE + NO_COMPANY,
        (),
        ["2 row problems {unchanged}"],
    ),
    "-v lists them all, as the first night": (
        GOOD + BAD_DATE + NO_COMPANY,
        GOOD + BAD_DATE + NO_COMPANY,
        ("-v",),
        [ROW_3_DATE, ROW_4_COMPANY],
    ),
    "many new ones: the first 20 and how many more, then the unchanged": (
        GOOD + BAD_DATE,
        GOOD + BAD_DATE + many_new(22),
        (),
        [
            *(
                f'row {n}, column "Interview Type": "escape room" is not a known interview '
                "type (phone, video, onsite, panel, final, chat or other); read as other"
                for n in range(4, 24)
            ),
            "… and 2 more row problems: its Problems column lists them all",
            "1 row problem {unchanged}",
        ],
    ),
}


def logged_problems(log: Path, night: str) -> list[str]:
    """The row problem lines of the night run as of ``night`` in the log."""
    lines = log.read_text(encoding="utf-8").split(f" INFO run as of {night}\n", 1)[1]
    notes = [line.split(" NOTE t.csv: ", 1)[1] for line in lines.splitlines() if " NOTE " in line]
    return [
        note
        for note in notes
        if note.startswith(("row ", "… and ")) or " unchanged since the run of " in note
    ]


@pytest.mark.parametrize(
    ("first", "second", "options", "expected"), NIGHTS.values(), ids=NIGHTS.keys()
)
def test_a_nightly_log_lists_a_problem_the_night_it_appears(
    tmp_path: Path, first: str, second: str, options: tuple[str, ...], expected: list[str]
) -> None:
    tracker, log = tmp_path / "t.csv", tmp_path / "nightly.log"
    tracker.write_text(HEADER + first, encoding="utf-8")
    code, _, err = invoke("run", str(tracker), "--as-of", "2026-11-20", "--log-file", str(log))
    assert code == 0, err
    assert logged_problems(log, "Fri 2026-11-20") == FIRST_NIGHT[first]  # no record before it
    since = run_record(tracker)
    if second != first:  # the client's edits of the day, the tool's columns deleted with them
        tracker.write_text(HEADER + second, encoding="utf-8")
    args = ("run", str(tracker), "--as-of", "2026-11-21", "--log-file", str(log), *options)
    code, out, err = invoke(*args)
    assert code == 0, err
    check = shlex.join(["followup-batch", "check", str(tracker), "--as-of", "2026-11-21"])
    unchanged = UNCHANGED.format(since=since, check=check)
    assert logged_problems(log, "Sat 2026-11-21") == [
        line.format(unchanged=unchanged) for line in expected
    ]
    if not options:  # the terminal shows no problem's text without -v, as before: under the
        # file's line, only which rows have one (ot150 F2)
        shown = out.splitlines()
        assert [line for line in err.splitlines() if "row " in line] == []
        assert len(shown) <= 2
        assert shown[1:] in ([], [f"  {shown[1].strip()}"])
        assert shown[1:] == [] or ("see Problems" in shown[1]) == ("with problems" in shown[0])


# The first night lists every problem: there is no record of a run before it.
FIRST_NIGHT = {
    GOOD + BAD_DATE: [ROW_3_DATE],
    GOOD + BAD_DATE + NO_COMPANY: [ROW_3_DATE, ROW_4_COMPANY],
    GOOD + BAD_TYPE: [ROW_3_TYPE],
}


def run_record(tracker: Path) -> str:
    """When the last run in place ran, as its record beside the backups says."""
    record = tracker.parent / ".followup-backups" / f"{tracker.name}.last-run.json"
    return str(json.loads(record.read_text(encoding="utf-8"))["ran_at"])


def test_the_command_the_log_names_lists_the_unchanged_problems(tmp_path: Path) -> None:
    """The ``check`` the line names reads the file as the run did (its config, its --map, its
    as-of date), and so lists the very problems counted; the same night run again (answered
    from the last run's results, nothing read) counts them too."""
    config = tmp_path / "coach.toml"
    config.write_text('[sender]\nname = "Maya Chen"\n', encoding="utf-8")
    tracker, log = tmp_path / "Ann Lee.csv", tmp_path / "nightly.log"
    tracker.write_text("Firm,Role,Met\nAcme,Analyst,2026-11-16\nBeta,Engineer,someday\n")
    options = ("--config", str(config), "--map", "Met=interview_at", "--log-file", str(log))
    for as_of in ("2026-11-20", "2026-11-20", "2026-11-21"):
        code, _, err = invoke("run", str(tracker), "--as-of", as_of, *options)
        assert code == 0, err
    problem = 'row 3, column "Met": "someday" is not a date'
    lines = log.read_text(encoding="utf-8").splitlines()
    said = [line.split(" NOTE Ann Lee.csv: ", 1)[1] for line in lines if "row " in line]
    check = ["check", str(tracker), "--config", str(config), "--map", "Met=interview_at"]
    unchanged = [
        UNCHANGED.format(
            since=run_record(tracker),
            check=shlex.join(["followup-batch", *check, "--as-of", as_of]),
        )
        for as_of in ("2026-11-20", "2026-11-21")
    ]
    assert said == [problem, *(f"1 row problem {line}" for line in unchanged)]
    code, out, err = invoke(*check, "--as-of", "2026-11-21")
    assert (code, out.split("  Problems (1 row):\n", 1)[1]) == (0, f"    {problem}\n"), err
