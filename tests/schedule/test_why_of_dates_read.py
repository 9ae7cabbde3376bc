"""The Why says the truth about the dates it read (outside test ot149), in the workbook a
person reopens:

- a Date Applied after the run's date was read, but nothing is counted from it: not "No dates";
- a phrase naming a day ("next Monday", "by Friday") is quoted as every other phrase is, and a
  holiday of the row's calendar on the day it names is named;
- a Decision Date no day is read from ("Q1") is said under the 1st check-in, whose count goes
  on without it.

Christmas 2026: Fri 12-25; Boxing Day Sat 12-26, observed Mon 12-28 in England, Australia and
Canada; New Year's Day Fri 2027-01-01.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from tests.support.trackers import write_xlsx

HEADER = (
    "Company",
    "Position",
    "Interview Date",
    "Interview Type",
    "Seniority",
    "Industry",
    "Country",
    "Decision Date",
    "Date Applied",
    "Outcome",
)
# Rows of ot149's hard_2026-12-18.xlsx and phrases.xlsx, by company (dates typed as dates).
TABLE = """\
Co112 GB | Analyst  |            |       | lead      | Tech       | GB |               | 2026-12-21 | Applied
Co117 CA | Analyst  |            |       | executive | Consulting | CA |               | 2027-01-04 | Applied
Gone     | Analyst  |            |       |           | Tech       | US |               | 2026-12-21 | Rejected
Later    | Analyst  | 2026-12-16 | video |           | Tech       | US |               | 2026-12-21 | Interviewing
Co006 US | Analyst  | 2026-12-24 | final | intern    | Government | US | next Monday   |            | Interviewing
Co009 GB | Analyst  | 2026-12-27 | video |           | Finance    | GB | next Monday   |            | Interviewing
Co045 AU | Analyst  | 2026-12-25 | video | executive | Banking    | AU | next Monday   |            | Interviewing
B14 CA   | Engineer | 2026-12-24 | video | mid       | Tech       | CA | by Friday     |            | Interviewing
B2 US    | Engineer | 2026-12-17 | video | mid       | Tech       | US | Q1            |            | Interviewing
B3 GB    | Engineer | 2026-12-21 | video | mid       | Tech       | GB | in a few days |            | Interviewing
Dated    | Engineer | 2026-12-17 | video | mid       | Tech       | US | 2026-12-25    |            | Interviewing
"""  # noqa: E501 (a table)


def cell(text: str) -> object:
    """A table cell as typed in Excel: a date as a date, blank as nothing."""
    text = text.strip()
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return text


ROWS = [[cell(text) for text in line.split("|")] for line in TABLE.splitlines()]
TO_FIX = (
    "Needs info: nothing is due or drafted from this row until it is fixed (see Problems); as "
    "it reads now:\n"
)


def why_cells(tmp_path: Path, as_of: str) -> dict[str, list[str]]:
    """Each row's Why, as lines, in the workbook reopened after a run as of ``as_of``."""
    tracker = write_xlsx(tmp_path / "Maya Chen.xlsx", {"Tracker": [HEADER, *ROWS]})
    result = CliRunner().invoke(main, ["run", "--as-of", as_of, "-q", str(tracker)])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(tracker)["Tracker"]
    header = [cell.value for cell in sheet[1]]
    company, why = header.index("Company"), header.index("Why")
    return {
        row[company]: str(row[why] or "").split("\n")
        for row in sheet.iter_rows(min_row=2, values_only=True)
        if row[company]
    }


@pytest.fixture(scope="module")
def on_the_18th(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    return why_cells(tmp_path_factory.mktemp("18th"), "2026-12-18")


@pytest.fixture(scope="module")
def on_the_31st(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    return why_cells(tmp_path_factory.mktemp("31st"), "2026-12-31")


APPLIED_AHEAD = (
    "after the date of this run, in the future (see Problems), so nothing is counted from it"
)


# company: the whole Why, run on Fri 2026-12-18 (its Problems: "... is after Fri 2026-12-18,
# the date of this run: an application cannot be sent in the future; ...").
@pytest.mark.parametrize(
    ("company", "why"),
    [
        # Was "No dates: neither an interview date nor an applied date can be read."
        ("Co112 GB", f"{TO_FIX}Applied Mon 2026-12-21: {APPLIED_AHEAD}."),
        ("Co117 CA", f"{TO_FIX}Applied Mon 2027-01-04: {APPLIED_AHEAD}."),
        # Was "no interview date can be read (see Problems)", there being none to read.
        (
            "Gone",
            f"Closed: the outcome is rejected (applied Mon 2026-12-21: {APPLIED_AHEAD}); no "
            "interview, so no networking.",
        ),
    ],
)
def test_an_applied_date_after_the_run_is_said_read(
    on_the_18th: dict[str, list[str]], company: str, why: str
) -> None:
    assert "\n".join(on_the_18th[company]) == why


def test_an_interview_row_says_its_applied_date_is_after_the_run(
    on_the_18th: dict[str, list[str]],
) -> None:
    # Its follow-ups are the interview's; the applied date was only left unsaid.
    assert on_the_18th["Later"][-1] == f"Applied Mon 2026-12-21: {APPLIED_AHEAD}"


# company: the 1st check-in's line and those under it, run on Thu 2026-12-31.
@pytest.mark.parametrize(
    ("company", "lines"),
    [
        # Mon 12-28 is no US holiday.
        (
            "Co006 US",
            [
                '1st check-in: 1 bd after the stated decision "next Monday", read as Mon '
                "2026-12-28 (never before 1 bd after the interview) → Tue 2026-12-29",
            ],
        ),
        # ... but it is Boxing Day's day off in England and Australia.
        (
            "Co009 GB",
            [
                '1st check-in: 1 bd after the stated decision "next Monday", read as Mon '
                "2026-12-28 (Boxing Day, observed) (never before 1 bd after the interview) → "
                "Tue 2026-12-29",
            ],
        ),
        (
            "Co045 AU",
            [
                '1st check-in: 1 bd after the stated decision "next Monday", read as Mon '
                "2026-12-28 (Boxing Day, observed) (never before 1 bd after the interview) → "
                "Tue 2026-12-29",
            ],
        ),
        # Thu 12-24 interview, "by Friday": Christmas Day.
        (
            "B14 CA",
            [
                '1st check-in: 1 bd after the stated decision "by Friday", read as Fri '
                "2026-12-25 (Christmas Day) (never before 1 bd after the interview) → Tue "
                "2026-12-29 (skipped Boxing Day (observed) Mon 12-28)",
            ],
        ),
        # A date is no phrase: not quoted, its holiday named all the same.
        (
            "Dated",
            [
                "1st check-in: 1 bd after the stated decision date Fri 2026-12-25 (Christmas "
                "Day) (never before 1 bd after the interview) → Mon 2026-12-28 → Tue 2026-12-29 "
                "(preferred send day)",
            ],
        ),
        # No day read: counted as without a stated decision, and said so (it was silent).
        (
            "B2 US",
            [
                "1st check-in: 5 bd −2 fast industry (Tech) = 3 bd after Thu 2026-12-17 → Tue "
                "2026-12-22",
                'Stated decision: "Q1" is not read (see Problems); the check-ins are counted as '
                "if none was stated",
            ],
        ),
        (
            "B3 GB",
            [
                "1st check-in: 5 bd −2 fast industry (Tech) = 3 bd after Mon 2026-12-21 → Thu "
                "2026-12-24",
                'Stated decision: "in a few days" is not read (see Problems); the check-ins are '
                "counted as if none was stated",
            ],
        ),
    ],
)
def test_the_stated_decision_as_read(
    on_the_31st: dict[str, list[str]], company: str, lines: list[str]
) -> None:
    why = on_the_31st[company]
    at = next(i for i, line in enumerate(why) if line.startswith("1st check-in:"))
    assert why[at : at + len(lines)] == lines
