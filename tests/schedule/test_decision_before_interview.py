"""A Decision Date before the interview (ot93 F1): DESIGN §3.2 reads it as a decision already
stated, so the 1st check-in is 1 bd after the interview (never before), then the send window.
The date is kept, Problems names the cell (it is likely a typo), and the drafts do not quote
it back. The thank-you is suggested until the 1st check-in's day comes (DESIGN's skip rule).

US calendar: Thanksgiving is Thu 2026-11-26.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main

TRACKER = """\
Company,Position,Interview Date,Interview Type,Decision Date,Country
OneDay,Analyst,2026-11-16,video,2026-11-15,US
Weeks,Analyst,2026-11-16,video,2026-10-20,US
Same,Analyst,2026-11-16,video,2026-11-16,US
Phone,Analyst,2026-11-16,phone,2026-11-13,US
Final,Analyst,2026-11-20,final,2026-11-19,US
Friday,Analyst,2026-11-20,video,2026-11-18,US
Holiday,Analyst,2026-11-25,video,2026-11-20,US
"""


def run(tmp_path: Path, as_of: str) -> dict[str, dict[str, str]]:
    tracker = tmp_path / "t.csv"
    tracker.write_text(TRACKER, encoding="utf-8-sig")
    result = CliRunner().invoke(main, ["run", "--as-of", as_of, "-q", str(tracker)])
    assert result.exit_code == 0, result.output
    rows = csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8-sig")))
    return {row["Company"]: row for row in rows}


# company, as-of: status, next action, next due, thank-you due, 1st check-in due.
@pytest.mark.parametrize(
    ("company", "as_of", "seen"),
    [
        # Video Mon 11-16, decided "Sun 11-15": thank-you Tue 11-17; check-in 1 bd after Mon,
        # Tue 11-17 (a Tuesday: the send window keeps it). On Tue the check-in's day has come.
        (
            "OneDay",
            "2026-11-16",
            ("Due soon", "Thank-you note", "2026-11-17", "2026-11-17", "2026-11-17"),
        ),
        (
            "OneDay",
            "2026-11-17",
            ("Due today", "1st check-in", "2026-11-17", "2026-11-17", "2026-11-17"),
        ),
        # Weeks before: the same as one day before.
        (
            "Weeks",
            "2026-11-16",
            ("Due soon", "Thank-you note", "2026-11-17", "2026-11-17", "2026-11-17"),
        ),
        (
            "Weeks",
            "2026-11-20",
            ("Overdue", "1st check-in", "2026-11-17", "2026-11-17", "2026-11-17"),
        ),
        # On the interview day itself: the same dates (and no problem).
        (
            "Same",
            "2026-11-16",
            ("Due soon", "Thank-you note", "2026-11-17", "2026-11-17", "2026-11-17"),
        ),
        (
            "Same",
            "2026-11-17",
            ("Due today", "1st check-in", "2026-11-17", "2026-11-17", "2026-11-17"),
        ),
        # A phone screen's thank-you is due the same day, before the check-in on Tue.
        (
            "Phone",
            "2026-11-16",
            ("Due today", "Thank-you note", "2026-11-16", "2026-11-16", "2026-11-17"),
        ),
        (
            "Phone",
            "2026-11-17",
            ("Due today", "1st check-in", "2026-11-17", "2026-11-16", "2026-11-17"),
        ),
        # A final round on Fri 11-20: thank-you the same day; 1 bd after Fri is Mon 11-23,
        # moved to Tue 11-24 (preferred send day).
        (
            "Final",
            "2026-11-20",
            ("Due today", "Thank-you note", "2026-11-20", "2026-11-20", "2026-11-24"),
        ),
        (
            "Final",
            "2026-11-23",
            ("Overdue", "Thank-you note", "2026-11-20", "2026-11-20", "2026-11-24"),
        ),
        (
            "Final",
            "2026-11-24",
            ("Due today", "1st check-in", "2026-11-24", "2026-11-20", "2026-11-24"),
        ),
        # A video call on Fri 11-20: thank-you Sat 11-21 (not rolled), check-in Tue 11-24.
        (
            "Friday",
            "2026-11-20",
            ("Due soon", "Thank-you note", "2026-11-21", "2026-11-21", "2026-11-24"),
        ),
        (
            "Friday",
            "2026-11-23",
            ("Overdue", "Thank-you note", "2026-11-21", "2026-11-21", "2026-11-24"),
        ),
        # Wed 11-25, the eve of Thanksgiving: thank-you Thu 11-26 (the holiday, not rolled);
        # 1 bd after Wed skips Thanksgiving: Fri 11-27, which stays (Tue is 4 days on).
        (
            "Holiday",
            "2026-11-26",
            ("Due today", "Thank-you note", "2026-11-26", "2026-11-26", "2026-11-27"),
        ),
        (
            "Holiday",
            "2026-11-27",
            ("Due today", "1st check-in", "2026-11-27", "2026-11-26", "2026-11-27"),
        ),
    ],
)
def test_the_1st_check_in_counts_1_bd_from_the_interview(
    tmp_path: Path, company: str, as_of: str, seen: tuple[str, ...]
) -> None:
    row = run(tmp_path, as_of)[company]
    columns = ("Follow-up status", "Next action", "Next due", "Thank-you due", "1st check-in due")
    assert tuple(row[name] for name in columns) == seen


def test_the_row_says_what_it_did_and_the_draft_does_not_quote_the_date(tmp_path: Path) -> None:
    rows = run(tmp_path, "2026-11-16")
    one_day = rows["OneDay"]
    assert one_day["Problems"] == (
        'row 2, column "Decision Date": "2026-11-15" is before the interview on Mon '
        "2026-11-16: the 1st check-in counts 1 business day from the interview, as for a "
        "decision already stated; fix the date if it is a typo"
    )
    assert one_day["Why"].splitlines()[1] == (
        "1st check-in: 1 bd after the stated decision date Sun 2026-11-15, before the "
        "interview: 1 bd after the interview on Mon 2026-11-16 → Tue 2026-11-17"
    )
    assert "decide" not in one_day["Draft"]
    # A decision on the interview day is no typo: no problem, and the draft quotes it.
    assert rows["Same"]["Problems"] == ""
    assert "You mentioned you hoped to decide by Monday, November 16" in rows["Same"]["Draft"]
    assert rows["Holiday"]["Why"].splitlines()[1] == (
        "1st check-in: 1 bd after the stated decision date Fri 2026-11-20, before the "
        "interview: 1 bd after the interview on Wed 2026-11-25 → Fri 2026-11-27 (skipped "
        "Thanksgiving Day Thu 11-26)"
    )


# [rules.check_in_1] after_stated_decision_bd -> what Problems says the check-in counts, and
# the check-in's day (Mon 11-16 + N bd; Wed is a preferred send day and stays).
@pytest.mark.parametrize(
    ("wait_bd", "words", "check_in"),
    [
        (1, "1 business day", "2026-11-17"),
        (2, "2 business days", "2026-11-18"),
        (3, "3 business days", "2026-11-19"),
    ],
)
def test_problems_quote_the_configured_wait(
    tmp_path: Path, wait_bd: int, words: str, check_in: str
) -> None:
    config = tmp_path / "rules.toml"
    config.write_text(f"[rules.check_in_1]\nafter_stated_decision_bd = {wait_bd}\n")
    tracker = tmp_path / "t.csv"
    tracker.write_text(TRACKER, encoding="utf-8-sig")
    args = ["--as-of", "2026-11-16", "--config", str(config), str(tracker)]
    checked = CliRunner().invoke(main, ["check", *args])
    assert checked.exit_code == 0, checked.output
    result = CliRunner().invoke(main, ["run", "-q", *args])
    assert result.exit_code == 0, result.output
    rows = {
        row["Company"]: row
        for row in csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8-sig")))
    }
    problem = (
        'row 2, column "Decision Date": "2026-11-15" is before the interview on Mon '
        f"2026-11-16: the 1st check-in counts {words} from the interview, as for a decision "
        "already stated; fix the date if it is a typo"
    )
    assert rows["OneDay"]["Problems"] == problem
    assert " ".join(checked.output.split()).count(" ".join(problem.split()[4:])) == 1
    assert rows["OneDay"]["1st check-in due"] == check_in
    assert f"before the interview: {wait_bd} bd after the interview" in rows["OneDay"]["Why"]
