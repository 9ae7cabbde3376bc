"""Application logs in the normalise stage (issue 14): which rows need a date, yes/no interview
flags, what a "Date" column is, years taken from the same row, and dates that are typos."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from trackers import raw_table

from followup_batch.cli import main
from followup_batch.normalise import normalise_rows, resolve_roles
from followup_batch.read import ReadOptions

# The CSV trackers here are saved as Excel's "CSV UTF-8" (a byte-order mark, "utf-8-sig"): the
# tool's text in them is UTF-8 ("→", "—"), as these tests read it. A file of ASCII alone gets it
# in ASCII ("->", "-"; ot96 F4, tests/write/test_csv_reruns.py).
OPTIONS = ReadOptions()
T = pd.Timestamp


def rows(*records: dict[str, object], **table: object) -> pd.DataFrame:
    return normalise_rows(raw_table(list(records), **table), OPTIONS)  # type: ignore[arg-type]


BASE = {"company": "Acme", "position": "Analyst"}


@pytest.mark.parametrize(
    ("word", "stage"),
    [
        ("ongoing", "applied"),
        ("Applied", "applied"),
        ("In review", "applied"),
        ("Interview", "interviewing"),
        ("Phone Screen", "interviewing"),
        ("Technical", "interviewing"),
        ("Not Started", "not applied"),
        ("Tailored", "not applied"),
        ("Ready", "not applied"),
        ("Wishlist", "not applied"),
        ("Bookmarked", "not applied"),
        ("Negotiating Offer", "offer"),
        ("Rejected after interview", "rejected"),
        ("I Withdrew", "withdrawn"),
        ("Closed", "rejected"),  # the employer closed the role
        ("Position filled", "rejected"),
        ("Application Closed", "rejected"),
        ("Closed by Andrew", "rejected"),
        ("Not interested", "withdrawn"),
        ("Archived", "withdrawn"),
        ("Suspected Ghost Job", "ghosted"),
        ("Follow-up Sent", "applied"),
        ("Followed up", "applied"),
        # "In process" and "interview(ing)" in Hebrew, Arabic, Chinese, Korean, Japanese and
        # Hindi, read as "In progress" and "Interview" (ot62 F5: each row was Needs info).
        ("בתהליך", "interviewing"),
        ("ראיון", "interviewing"),
        ("مقابلة", "interviewing"),
        ("面试中", "interviewing"),
        ("面試中", "interviewing"),
        ("進行中", "interviewing"),
        ("진행중", "interviewing"),
        ("진행 중", "interviewing"),
        ("면접", "interviewing"),
        ("一次面接", "interviewing"),
        ("二次面接", "interviewing"),
        ("最終面接", "interviewing"),
        ("प्रक्रिया में", "interviewing"),
        ("इंटरव्यू", "interviewing"),
        ("साक्षात्कार", "interviewing"),
        # The bare "interview" of Chinese and Japanese, Arabic "in progress" (ot67 F4).
        ("面试", "interviewing"),
        ("面試", "interviewing"),
        ("面接", "interviewing"),
        ("قيد التنفيذ", "interviewing"),
    ],
)
def test_stage_words_of_real_trackers(word: str, stage: str) -> None:
    frame = rows({**BASE, "interview_at": "2026-11-16", "outcome": word})
    assert frame.loc[2, "outcome"] == stage
    assert frame.loc[2, "problems"] == []


@pytest.mark.parametrize(
    ("record", "needs_info", "problems"),
    [
        # An application: its applied date is enough.
        ({"applied_at": "2026-11-02"}, False, []),
        # Not applied yet, or closed: no date needed, nothing to fix.
        ({"outcome": "Wishlist"}, False, []),
        ({"outcome": "Rejected"}, False, []),
        ({"outcome": "Offer accepted"}, False, []),
        # Open and undated: both dates are named.
        (
            {"outcome": "Applied", "applied_at": None},
            True,
            ["C2: Interview Date is empty; Date Applied is empty too"],
        ),
        # A cell that says "not yet" is quoted, not called empty (an outside test: "TBD" in
        # Date Applied was "empty").
        (
            {"outcome": "Applied", "applied_at": "TBD"},
            True,
            ['C2: Interview Date is empty; Date Applied says "TBD": no date yet'],
        ),
        (
            {"outcome": "Applied", "interview_at": "n/a", "applied_at": None},
            True,
            ['C2: Interview Date says "n/a": no date yet; Date Applied is empty too'],
        ),
        (
            {"outcome": "Applied", "interview_at": "TBD", "applied_at": "?"},
            True,
            ['C2: Interview Date says "TBD": no date yet; Date Applied says "?": no date yet'],
        ),
        (
            {"outcome": "Phone screen", "interview_at": "TBD", "applied_at": "2026-11-02"},
            True,
            [
                'C2: Interview Date says "TBD": no date yet, but the stage says there was an '
                "interview: when?"
            ],
        ),
        # At the interviewing stage without its date: when?
        (
            {"outcome": "Phone screen", "applied_at": "2026-11-02"},
            True,
            ["C2: Interview Date is empty, but the stage says there was an interview: when?"],
        ),
        # The employer's "moved forward with another candidate" after an application is its
        # no, not a round passed that asks for the interview's date (ot86 F1).
        (
            {"outcome": "moved forward with another candidate", "applied_at": "2026-11-02"},
            False,
            [],
        ),
        # "Moved forward" alone is a round passed: when was the interview?
        (
            {"outcome": "Moved forward", "applied_at": "2026-11-02"},
            True,
            ["C2: Interview Date is empty, but the stage says there was an interview: when?"],
        ),
        # A bad cell is reported as such, not also as empty.
        ({"interview_at": "31/02/2026"}, True, ['C2: "31/02/2026" is not a date']),
    ],
)
def test_which_rows_need_a_date(
    record: dict[str, object], needs_info: bool, problems: list[str]
) -> None:
    frame = rows({**BASE, "interview_at": None, **record})
    assert frame.loc[2, "needs_info"] == needs_info
    assert frame.loc[2, "problems"] == problems


# Teal's export saves a posting before it is applied to ("Date Saved"), and its "Date Applied"
# is the day it went: a row with a saved date and no stage, applied or interview date is a
# saved posting, not an application that lost its date (fx267: "Date Applied is empty", Needs
# info). A stage or a date written says otherwise, and the saved date is never one to follow
# up from.
@pytest.mark.parametrize(
    ("record", "stage", "problems"),
    [
        ({"saved_at": "2026-11-10"}, "not applied", []),
        ({"saved_at": "2026-11-10", "outcome": "Bookmarked"}, "not applied", []),
        ({"saved_at": "2026-11-01", "applied_at": "2026-11-09"}, "applied", []),
        ({"saved_at": "2026-10-20", "interview_at": "2026-11-16"}, "applied", []),
        (
            {"saved_at": "2026-11-10", "outcome": "Applied"},
            "applied",
            ["C2: Interview Date is empty; Date Applied is empty too"],
        ),
        (
            {"saved_at": "2026-11-10", "applied_at": "TBD"},
            "applied",
            ['C2: Interview Date is empty; Date Applied says "TBD": no date yet'],
        ),
    ],
)
def test_a_saved_posting_is_not_applied_yet(
    record: dict[str, object], stage: str, problems: list[str]
) -> None:
    frame = rows({**BASE, "interview_at": None, "applied_at": None, **record})
    assert frame.loc[2, "outcome"] == stage
    assert frame.loc[2, "problems"] == problems


DENIED = (
    'C2: "{date}" is {day}, but "{stage}" in "Outcome" says the row got no further than '
    'applying: was there an interview? If so, update "Outcome"; if not, clear this date '
    "(nothing is drafted until they agree)"
)


@pytest.mark.parametrize(
    ("stage", "interview", "problems"),
    [
        # A past interview on a row whose own stage says it got no further than applying: one
        # of the two is wrong, and the row is drafted no thanks for an interview that never
        # was (ot113 F6: Trello's Due Date on cards in its "Applied" list).
        (
            "Applied",
            "2026-11-03",
            [DENIED.format(date="2026-11-03", day="Tue 2026-11-03", stage="Applied")],
        ),
        (
            "Submitted",
            "2026-11-19",
            [DENIED.format(date="2026-11-19", day="Thu 2026-11-19", stage="Submitted")],
        ),
        (
            "Wishlist",
            "2026-11-17",
            [DENIED.format(date="2026-11-17", day="Tue 2026-11-17", stage="Wishlist")],
        ),
        (
            "Saved",
            "2026-11-17",
            [DENIED.format(date="2026-11-17", day="Tue 2026-11-17", stage="Saved")],
        ),
        # An interview today or to come is one booked before the stage was moved.
        ("Applied", "2026-11-20", []),
        ("Applied", "2026-11-24", []),
        # A word that awaits an answer follows an interview as well as an application.
        ("Under review", "2026-11-03", []),
        ("No feedback yet", "2026-11-03", []),
        ("Interviewing", "2026-11-03", []),
        ("Rejected", "2026-11-03", []),
    ],
)
def test_a_past_interview_the_rows_stage_denies_needs_info(
    stage: str, interview: str, problems: list[str]
) -> None:
    raw = raw_table([{**BASE, "interview_at": interview, "outcome": stage}])
    frame = normalise_rows(raw, OPTIONS, as_of="2026-11-20")
    assert frame.loc[2, "problems"] == problems
    assert frame.loc[2, "needs_info"] == bool(problems)


# Trello's board export with its card names split into Company and Position, as its refusal
# asks (ot113 F6, F9), trimmed to the columns that matter.
TRELLO_SPLIT = (
    "Company,Position,Labels,Due Date,Last Activity Date,List Name\n"
    "Acme,Backend Engineer,,2026-11-03T15:00:00.000Z,2026-11-19T10:00:00.000Z,Applied\n"
    "Initech,Backend Engineer,Phone Screen (green),2026-11-16T17:00:00.000Z,"
    "2026-11-19T10:00:00.000Z,Phone Screen\n"
    'Globex,Platform Engineer,"Onsite (red), Referral (purple)",2026-11-18T16:00:00.000Z,'
    "2026-11-19T10:00:00.000Z,Onsite\n"
)


@pytest.mark.parametrize(
    ("company", "status", "action", "thank_you"),
    [
        # In the Applied list: no thanks for an interview that never was.
        ("Acme", "Needs info", "—", "2026-11-04"),
        # The Phone Screen label is the interview's type: its thank-you is due the same day.
        ("Initech", "Overdue", "Thank-you note", "2026-11-16"),
        ("Globex", "Overdue", "Thank-you note", "2026-11-19"),
    ],
)
def test_a_trello_board_read_by_its_due_date(
    tmp_path: Path, company: str, status: str, action: str, thank_you: str
) -> None:
    tracker = tmp_path / "trello.csv"
    tracker.write_text(TRELLO_SPLIT, encoding="utf-8-sig")
    args = ["run", "--as-of", "2026-11-20", "-q", "--map", "Due Date=interview_at", str(tracker)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rows = {r["Company"]: r for r in csv.DictReader(io.StringIO(tracker.read_text("utf-8-sig")))}
    row = rows[company]
    assert (row["Follow-up status"], row["Next action"]) == (status, action)
    assert row["Thank-you due"] == thank_you
    assert (row["Draft"] == "") == (status == "Needs info")


def test_an_interview_column_of_yes_no_marks_is_read_as_interviewed() -> None:
    raw = raw_table(
        [
            {**BASE, "interview_at": "Yes", "applied_at": "2026-11-02"},
            {**BASE, "interview_at": "no", "applied_at": "2026-11-03"},
            {**BASE, "interview_at": None, "applied_at": "2026-11-04"},
            {**BASE, "interview_at": True, "applied_at": "2026-11-05", "outcome": "Rejected"},
        ],
        headers={"interview_at": "Interview"},
    )
    resolved = resolve_roles(raw)
    assert "interview_at" not in resolved.mapping and resolved.mapping["interviewed"] == 2
    assert resolved.notes == [
        '"Interview" (C) holds yes/no marks, not dates: it is read as Interviewed (a yes row '
        "needs the interview's date to be scheduled)."
    ]
    frame = normalise_rows(raw, OPTIONS)
    assert frame["outcome"].tolist() == ["interviewing", "applied", "applied", "rejected"]
    assert frame["needs_info"].tolist() == [True, False, False, False]
    assert frame.loc[2, "problems"] == [
        "C2: interviewed, but when? Add an Interview Date column with the day"
    ]
    assert resolve_roles(resolved) is resolved  # deciding twice changes nothing


def test_an_interviewed_column_holding_dates_is_the_interview_date() -> None:
    raw = raw_table(
        [{**BASE, "interviewed": "2026-11-16"}, {**BASE, "interviewed": None}],
        headers={"interviewed": "Interviewed"},
    )
    raw = dataclasses.replace(  # a tracker with no Interview Date column
        raw,
        mapping={k: v for k, v in raw.mapping.items() if k != "interview_at"},
        cells=raw.cells.drop(columns="interview_at"),
    )
    assert resolve_roles(raw).notes == [
        '"Interviewed" (C) holds dates: it is read as Interview Date.'
    ]
    frame = normalise_rows(raw, OPTIONS)
    assert frame.loc[2, "interview_date"] == T("2026-11-16")


# A posting list kept by a student (ot132 F2, Splendero's internships.csv): its Status is the
# posting's ("Open") and "Applied" says Yes / No, without a date anywhere.
POSTINGS = (
    "Company,Role,Location,Application URL,Date Posted,Status,Applied{added}\n"
    "CIBC,Data Scientist Co-Op,Toronto,https://cibc.wd3.myworkdayjobs.com/campus,2025-09-17,"
    "Open,Yes{cibc}\n"
    "RBC Amplify,Data Engineer,Toronto,https://jobs.rbc.com/ca/en/job/R-0000084930,2025-09-17,"
    "Open,No{none}\n"
    "Stripe,Software Engineering Intern,Toronto,https://stripe.com/jobs,2025-09-16,Open,Yes"
    "{stripe}\n"
    "Databricks,Software Engineering Intern,Vancouver,https://databricks.com/careers,"
    "2025-09-15,Open,No{none}\n"
)
APPLIED_FLAG_NOTE = (
    '"Applied" (G) holds yes/no marks, not dates: it is read as Has Applied (a no row is not '
    "applied yet; a yes row needs the day it was sent to be scheduled)."
)
WHEN_APPLIED = (
    'column "Applied": applied, but when? Add a Date Applied column and write in it the day '
    "you sent the application (such as 2026-11-02): the check-in counts from it"
)


def _applied_says_yes(said: str) -> str:
    return (
        f"Applied says {said}: applied, but when? Write the day you sent the application in "
        "its place (such as 2026-11-02): the check-in counts from it"
    )


# An Applied column of dates and yes/no marks mixed, as a log kept by hand drifts: read per row,
# a date is the day applied, a yes asks for that day, a no is a posting not applied to yet.
# Read as dates alone, each mark was "not a date" and each no's posting a row needing info.
# (Company, Interview Date, Applied -> Follow-up status, Next action, Next due, the Problems
# cell's column and reason; as of Fri 2026-11-20, US.)
MIXED_APPLIED = [
    (
        "Initech",
        None,
        "Yes",
        "Needs info",
        "—",
        "",
        ("C", "Interview Date is empty; " + _applied_says_yes('"Yes"')),
    ),
    ("Umbrella", None, "No", "Not applied", "—", "", None),
    # Mon 11-02 + 7 bd, Veterans Day Wed 11-11 skipped: Thu 11-12.
    ("Hooli", None, dt.date(2026, 11, 2), "Overdue", "Application check-in", "2026-11-12", None),
    (
        "Globex",
        None,
        "11/3",
        "Overdue",
        "Application check-in",
        "2026-11-13",
        ("D", '"11/3" has no year; read as 2026-11-03 (nearest the last dated row\'s 2026-11-02)'),
    ),
    (
        "Soylent",
        None,
        "x",
        "Needs info",
        "—",
        "",
        ("C", "Interview Date is empty; " + _applied_says_yes('"x"')),
    ),
    ("Wonka", None, "n", "Not applied", "—", "", None),
    # An interview takes over: the thank-you is due the day after Tue 11-17.
    ("Acme", dt.date(2026, 11, 17), "Yes", "Overdue", "Thank-you note", "2026-11-18", None),
]


def _problem_cell(suffix: str, row: int, said: tuple[str, str] | None, header: list[str]) -> str:
    """A Problems cell as each format says where: "row 2, column "Applied": …" in a CSV file,
    "D2: …" in a workbook."""
    if said is None:
        return ""
    letter, reason = said
    if suffix == ".xlsx":
        return f"{letter}{row}: {reason}"
    return f'row {row}, column "{header[ord(letter) - ord("A")]}": {reason}'


def _as_saved(value: object) -> object:
    """A cell's value as openpyxl reads it back: a date is a date-time at midnight."""
    return dt.datetime.combine(value, dt.time()) if isinstance(value, dt.date) else value


MIXED_NOTE = (
    '"Applied" (D) holds dates and yes/no marks: a date is the day applied, a yes asks for that '
    "day, a no is a posting not applied to yet."
)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_applied_column_of_dates_and_yes_no_marks_is_read_row_by_row(
    tmp_path: Path, suffix: str
) -> None:
    import openpyxl

    header = ["Company", "Position", "Interview Date", "Applied"]
    records = [[c, "Analyst", i, a] for c, i, a, *_ in MIXED_APPLIED]
    tracker = tmp_path / f"log{suffix}"
    if suffix == ".csv":
        lines = [header, *([c, p, i or "", a] for c, p, i, a in records)]
        tracker.write_text("".join(",".join(map(str, r)) + "\n" for r in lines), "utf-8-sig")
    else:
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        for record in [header, *records]:
            sheet.append(record)
        book.save(tracker)
    checked = CliRunner().invoke(main, ["check", "--as-of", "2026-11-20", str(tracker)])
    assert MIXED_NOTE in " ".join(checked.output.split())
    args = ["run", "--as-of", "2026-11-20", "-q", str(tracker)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    if suffix == ".csv":
        written = list(csv.DictReader(io.StringIO(tracker.read_text("utf-8-sig"))))
    else:  # the live status formula's cached value: what Excel shows until it recalculates
        sheet = openpyxl.load_workbook(tracker, data_only=True).active
        assert sheet is not None
        names = [c.value for c in sheet[1]]
        written = [
            {n: "" if v is None else v for n, v in zip(names, values, strict=True)}
            for values in sheet.iter_rows(min_row=2, values_only=True)
        ]
        for row in written:
            row["Next due"] = f"{row['Next due']:%Y-%m-%d}" if row["Next due"] else ""
    assert [(r["Company"], r["Applied"]) for r in written] == [
        (c, str(a) if suffix == ".csv" else _as_saved(a)) for c, _i, a, *_ in MIXED_APPLIED
    ]  # the person's cells as they were
    assert {
        r["Company"]: (r["Follow-up status"], r["Next action"], r["Next due"], r["Problems"])
        for r in written
    } == {
        c: (*answers, _problem_cell(suffix, n, said, header))
        for n, (c, _i, _a, *answers, said) in enumerate(MIXED_APPLIED, start=2)
    }


@pytest.mark.parametrize(
    ("added", "answers"),
    [
        # As kept: the noes are not applied yet, the yeses need the day they were sent.
        (
            {},
            {
                "CIBC": ("Needs info", "—", "", "row 2, " + WHEN_APPLIED),
                "RBC Amplify": ("Not applied", "—", "", ""),
                "Stripe": ("Needs info", "—", "", "row 4, " + WHEN_APPLIED),
                "Databricks": ("Not applied", "—", "", ""),
            },
        ),
        # As that asks: a Date Applied column added, filled on one row. The Applied marks are
        # still read (not left alone as a second Date Applied).
        (
            {"added": ",Date Applied", "cibc": ",", "none": ",", "stripe": ",2025-09-22"},
            {
                "CIBC": (
                    "Needs info",
                    "—",
                    "",
                    'row 2, column "Date Applied": Date Applied is empty',
                ),
                "RBC Amplify": ("Not applied", "—", "", ""),
                # Applied Mon 09-22: 7 bd on is Wed 10-01.
                "Stripe": ("Scheduled", "Application check-in", "2025-10-01", ""),
                "Databricks": ("Not applied", "—", "", ""),
            },
        ),
    ],
)
def test_an_applied_column_of_yes_no_marks_is_read_as_has_applied(
    tmp_path: Path, added: dict[str, str], answers: dict[str, tuple[str, str, str, str]]
) -> None:
    tracker = tmp_path / "internships.csv"
    cells = {"added": "", "cibc": "", "none": "", "stripe": "", **added}
    tracker.write_text(POSTINGS.format(**cells), encoding="utf-8-sig")
    checked = CliRunner().invoke(main, ["check", "--as-of", "2025-09-26", str(tracker)])
    assert APPLIED_FLAG_NOTE in " ".join(checked.output.split())
    args = ["run", "--as-of", "2025-09-26", "-q", str(tracker)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    written = csv.DictReader(io.StringIO(tracker.read_text("utf-8-sig")))
    assert {
        r["Company"]: (r["Follow-up status"], r["Next action"], r["Next due"], r["Problems"])
        for r in written
    } == answers


@pytest.mark.parametrize(
    ("header", "stages", "field", "why", "applied"),
    [
        (
            "Outcome",
            ["Applied", "Submitted", "Applied", "Interview"],
            "applied_at",
            '3 of the 4 rows whose "Outcome" (D) says how far they got are at the applied '
            "stage (an application log)",
            [True, True, True, True],
        ),
        # A row whose own stage says Applied had no interview: its Date is the day applied
        # (ot38 F9).
        (
            "Outcome",
            ["Applied", "Phone screen", "Onsite", "Offer"],
            "interview_at",
            'only 1 of the 4 rows whose "Outcome" (D) says how far they got are at the '
            "applied stage; on that row it is the date applied, unless it is still to come",
            [True, False, False, False],
        ),
        (
            "Outcome",
            ["Phone screen", "Wishlist", "Applied", "Onsite"],
            "interview_at",
            'only 2 of the 4 rows whose "Outcome" (D) says how far they got are at the '
            "applied stage; on those 2 rows it is the date applied, unless it is still to come",
            [False, True, True, False],
        ),
        (
            "Outcome",
            ["Phone screen", "Onsite", "Offer", "Rejected"],
            "interview_at",
            'none of the 3 rows whose "Outcome" (D) says how far they got is at the applied stage',
            [False, False, False, False],
        ),
        # Open, Pending and rejections say nothing about how far a row got.
        (
            "Outcome",
            ["Open", "Pending", "Rejected", "Applied"],
            "applied_at",
            '1 of the 1 rows whose "Outcome" (D) says how far they got are at the applied '
            "stage (an application log)",
            [True, True, True, True],
        ),
        (
            "Outcome",
            ["Open", "Pending", "Rejected", None],
            "interview_at",
            'no row\'s "Outcome" (D) says whether it got to an interview',
            [False, False, False, False],
        ),
        # German "offen" is "open".
        (
            "Outcome",
            ["offen", "Offen", "Abgelehnt", None],
            "interview_at",
            'no row\'s "Outcome" (D) says whether it got to an interview',
            [False, False, False, False],
        ),
        # No answer yet in German, Polish and Swedish, as "No response": an interview log's
        # Date stayed the day applied on these rows.
        (
            "Outcome",
            ["Keine Rückmeldung", "Brak odpowiedzi", "Inget svar", "Väntar på svar"],
            "interview_at",
            'no row\'s "Outcome" (D) says whether it got to an interview',
            [False, False, False, False],
        ),
        # No word for having applied but a later stage: "No Response" is the applied stage
        # (a row that got to an interview says "Interview"), as are "Pending" and "Open".
        (
            "Outcome",
            ["No Response", "Interview", "No Response", "Rejected"],
            "applied_at",
            '2 of the 3 rows whose "Outcome" (D) says how far they got are at the applied '
            "stage (an application log)",
            [True, True, True, True],
        ),
        (
            "Outcome",
            ["Pending", "Offer", "Open", "Pending"],
            "applied_at",
            '3 of the 4 rows whose "Outcome" (D) says how far they got are at the applied '
            "stage (an application log)",
            [True, True, True, True],
        ),
        # Beside a word of its own for having applied, "No response" may follow either.
        (
            "Outcome",
            ["No response", "Interview", "Applied", "Phone screen"],
            "interview_at",
            'only 1 of the 3 rows whose "Outcome" (D) says how far they got are at the '
            "applied stage; on that row it is the date applied, unless it is still to come",
            [False, False, True, False],
        ),
        # A Stage's interview types are the interviewing stage (ot54 F4).
        (
            "Stage",
            ["Applied", "Video", "Panel", "Offer"],
            "interview_at",
            'only 1 of the 4 rows whose "Stage" (D) says how far they got are at the '
            "applied stage; on that row it is the date applied, unless it is still to come",
            [True, False, False, False],
        ),
    ],
)
def test_a_date_column_is_decided_by_the_stage_column(
    header: str, stages: list[str | None], field: str, why: str, applied: list[bool]
) -> None:
    raw = raw_table(
        [{**BASE, "interview_at": f"2026-11-0{i + 2}", "outcome": s} for i, s in enumerate(stages)],
        headers={"interview_at": "Date", "outcome": header},
    )
    raw = dataclasses.replace(raw, ambiguous_date=raw.mapping["interview_at"])
    resolved = resolve_roles(raw)
    label = {"applied_at": "Date Applied", "interview_at": "Interview Date"}[field]
    assert resolved.mapping[field] == 2
    # A Stage of interview types says so first (test_a_stage_column_is_read_by_what_...).
    assert resolved.notes[header == "Stage" :] == [f'"Date" (C) is read as {label}: {why}.']
    assert resolve_roles(resolved) is resolved
    frame = normalise_rows(raw, OPTIONS, as_of="2026-11-20")
    assert frame["applied_date"].notna().tolist() == applied
    assert frame["interview_date"].isna().tolist() == applied


MINIMAL_LOG = (
    "Company,Role,Status,Date,Notes\n"
    "Stripe,Backend Eng,Applied,11/18/2026,referral from Tom\n"
    "Robinhood,SWE II,Phone Screen,11/23/2026,\n"
    "Brex,Senior SWE,Onsite,11/30/2026,4 rounds\n"
    "Chime,SWE,Applied,11/02/2026,\n"
    "Plaid,Platform Eng,Phone Screen,11/18/2026,\n"
    "Ramp,SWE,Applied,12/09/2026,\n"
)


# The README's example: "no answer yet" counts for neither reading of a generic Date, and its
# rows take the sheet's reading: here the interview date, so an interview not answered yet
# (testers read the outcome "applied" and "say nothing either way" as contradicting).
NO_ANSWER_LOG = (
    "Company,Role,Status,Date\n"
    "Acme,Analyst,Interview,2026-11-02\n"
    "Beta,Engineer,Rejected,2026-11-03\n"
    "Gamma,Designer,Inget svar,2026-11-04\n"
    "Delta,Manager,No response,2026-11-05\n"
    "Eps,Lead,Applied,2026-11-06\n"
)


# A real log (ot132 F1) whose status has no word for having applied: its rows that heard
# nothing are its applications, so "date" is the day applied and they get its check-in.
NO_RESPONSE_LOG = (
    "company,role,date,source,status\n"
    "Capgemini,Systems Analyst,2026-04-20,Indeed,Interview\n"
    "Accenture,Systems Analyst,2026-05-04,Company Site,No Response\n"
    "Monzo,Business Analyst,2026-05-10,Glassdoor,Rejected\n"
    "Lloyds,Systems Analyst,2026-05-11,Glassdoor,No Response\n"
    "Sage,Business Analyst,2026-05-14,Glassdoor,No Response\n"
)


# A log whose "Applied" says Yes / No (Has Applied), with and without a Status (ot135 F1):
# the marks are no applied dates, so "Date" is not the interview's for them but the day
# applied, as in the same log without the Applied column.
YES_NO_LOG = (
    "Company,Role,Date,Applied{status}\n"
    "Zalando,Data Engineer,11/20/2026,Yes{zalando}\n"
    "N26,Analytics Engineer,11/23/2026,No{n26}\n"
    "Celonis,Data Engineer,12/01/2026,Y{celonis}\n"
)
YES_NO_CELLS = {"status": "", "zalando": "", "n26": "", "celonis": ""}
YES_NO_STATUSES = {
    "status": ",Status",
    "zalando": ",No Response",
    "n26": ",",
    "celonis": ",No response yet",
}


# What check says of the generic Date of each log (ot38 F9).
MINIMAL_SAID = (
    '"Date" (D) is read as Interview Date: only 3 of the 6 rows whose "Status" (C) says how '
    "far they got are at the applied stage; on those 3 rows it is the date applied, unless it "
    "is still to come."
)
NO_RESPONSE_SAID = (
    '"date" (C) is read as Date Applied: 3 of the 4 rows whose "status" (E) says how far they '
    "got are at the applied stage (an application log)."
)
YES_NO_SAID = (
    '"Date" (C) is read as Date Applied: no stage column says the rows are applications, but '
    '"Applied" (D) says whether each row was applied to and no column is an interview\'s (a '
    "thank-you, a round, a type)."
)
YES_NO_STATUS_SAID = (
    '"Date" (C) is read as Date Applied: no row\'s "Status" (E) says whether it got to an '
    'interview, but "Applied" (D) says whether each row was applied to and no column is an '
    "interview's (a thank-you, a round, a type)."
)
NO_ANSWER_SAID = (
    '"Date" (D) is read as Interview Date: only 1 of the 2 rows whose "Status" (C) says how '
    "far they got are at the applied stage; on that row it is the date applied, unless it is "
    "still to come."
)


@pytest.mark.parametrize(
    ("log", "as_of", "said", "company", "action", "due", "opening"),
    [
        # Company, Role, Status, Date, Notes (ot38 F9): most rows got to an interview, so Date
        # is the interview date, but on a row whose own Status is Applied it is the day applied.
        *(
            (MINIMAL_LOG, "2026-12-04", MINIMAL_SAID, *row)
            for row in [
                # Applied Wed 11-18: 7 bd skip Thanksgiving (Thu 11-26), Mon 11-30 → Tue 12-01.
                (
                    "Stripe",
                    "Application check-in",
                    "12/01/2026",
                    "I applied for the Backend Eng role",
                ),
                # Applied Mon 11-02: 7 bd skip Veterans Day (Wed 11-11): Thu 11-12, overdue.
                ("Chime", "Application check-in", "11/12/2026", "I applied for the SWE role"),
                # Phone screen Mon 11-23: 5 bd skip Thanksgiving: Tue 12-01.
                ("Robinhood", "1st check-in", "12/01/2026", "I hope your week is going well"),
                ("Brex", "Thank-you note", "12/01/2026", "Thank you for taking the time"),
                # Phone screen Wed 11-18 on the day Stripe applied: 5 bd on is Wed 11-25.
                ("Plaid", "1st check-in", "11/25/2026", "I hope your week is going well"),
                # Still to come: an interview booked before the Status was changed, not an
                # application sent in the future (Wed 12-09 → its thank-you the next day).
                ("Ramp", "Thank-you note", "12/10/2026", "Thank you for taking the time"),
            ]
        ),
        *(
            (NO_ANSWER_LOG, "2026-11-20", NO_ANSWER_SAID, *row)
            for row in [
                # Interviewed Wed 11-04: 5 bd skip Veterans Day (Wed 11-11): Thu 11-12, overdue.
                (
                    "Gamma",
                    "1st check-in",
                    "2026-11-12",
                    "I hope your week is going well. I wanted to follow up on the Designer role "
                    "at Gamma after our conversation on Wednesday, November 4.",
                ),
                (
                    "Delta",
                    "1st check-in",
                    "2026-11-13",
                    "I hope your week is going well. I wanted to follow up on the Manager role "
                    "at Delta after our conversation on Thursday, November 5.",
                ),
                # Its own Status says Applied: applied Fri 11-06, 7 bd skip Veterans Day: Wed
                # 11-18.
                ("Eps", "Application check-in", "2026-11-18", "I applied for the Lead role at Eps"),
            ]
        ),
        *(
            (NO_RESPONSE_LOG, "2026-05-21", NO_RESPONSE_SAID, *row)
            for row in [
                # Applied Mon 05-11: 7 bd on is Wed 05-20, overdue; not "after our conversation".
                ("Lloyds", "Application check-in", "2026-05-20", "I applied for the Systems"),
                # Applied Thu 05-14: 7 bd skip Memorial Day (Mon 05-25): Tue 05-26.
                ("Sage", "Application check-in", "2026-05-26", "I applied for the Business"),
            ]
        ),
        *(
            (YES_NO_LOG.format(**cells), "2026-12-07", said, *row)
            for cells, said in [
                (YES_NO_CELLS, YES_NO_SAID),
                (YES_NO_STATUSES, YES_NO_STATUS_SAID),
            ]
            for row in [
                # Applied Fri 11-20: 7 bd skip Thanksgiving (Thu 11-26): Wed 12-02, overdue.
                ("Zalando", "Application check-in", "12/02/2026", "I applied for the Data"),
                ("N26", "—", "", ""),
                # Applied Tue 12-01: 7 bd on is Thu 12-10; no thank-you for an interview.
                ("Celonis", "Application check-in", "12/10/2026", "I applied for the Data"),
            ]
        ),
    ],
)
def test_a_generic_dates_row_follows_its_own_stage(
    tmp_path: Path,
    log: str,
    as_of: str,
    said: str,
    company: str,
    action: str,
    due: str,
    opening: str,
) -> None:
    tracker = tmp_path / "jobs.csv"
    tracker.write_text(log, encoding="utf-8-sig")
    args = ["run", "--as-of", as_of, "-q", str(tracker)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    written = csv.DictReader(io.StringIO(tracker.read_text("utf-8-sig")))
    rows = {r.get("Company", r.get("company")): r for r in written}
    row = rows[company]
    assert (row["Next action"], row["Next due"], row["Problems"]) == (action, due, "")
    assert bool(row["Draft"]) == bool(opening)  # a posting not applied to has none
    if opening:
        assert row["Draft"].split("\n")[2].startswith(opening)
    checked = CliRunner().invoke(main, ["check", "--as-of", as_of, str(tracker)])
    assert said in " ".join(checked.output.split())


FOLLOWED = (
    "but \"Followed Up\" ({col}) is an application's check-in and no column is an interview's "
    "(a thank-you, a round, a type)"
)


@pytest.mark.parametrize(
    ("extra", "stage", "field", "why"),
    [
        # A real log: its status is free text, its Followed Up the application's check-in.
        (
            {"application_check_in_sent": "2026-11-09"},
            "Emailed resume to Sami",
            "applied_at",
            'no row\'s "Outcome" (D) says whether it got to an interview, '
            + FOLLOWED.format(col="E"),
        ),
        (
            {"application_check_in_sent": "2026-11-09"},
            None,
            "applied_at",
            'no row\'s "Outcome" (D) says whether it got to an interview, '
            + FOLLOWED.format(col="E"),
        ),
        # A thank-you column is an interview's: the Date is the interview.
        (
            {"application_check_in_sent": None, "thank_you_sent": "2026-11-03"},
            None,
            "interview_at",
            'no row\'s "Outcome" (D) says whether it got to an interview',
        ),
        # The stage words decide first.
        (
            {"application_check_in_sent": None},
            "Onsite",
            "interview_at",
            'the one row whose "Outcome" (D) says how far it got is not at the applied stage',
        ),
    ],
)
def test_a_followed_up_column_makes_date_the_applied_date(
    extra: dict[str, object], stage: str | None, field: str, why: str
) -> None:
    raw = raw_table(
        [{**BASE, "interview_at": "2026-11-02", "outcome": stage, **extra}],
        headers={"interview_at": "Date", "application_check_in_sent": "Followed Up"},
    )
    raw = dataclasses.replace(raw, ambiguous_date=raw.mapping["interview_at"])
    resolved = resolve_roles(raw)
    label = {"applied_at": "Date Applied", "interview_at": "Interview Date"}[field]
    assert resolved.mapping[field] == 2
    assert resolved.notes == [f'"Date" (C) is read as {label}: {why}.']


def test_a_year_less_date_takes_its_year_from_its_own_row_first() -> None:
    frame = rows(
        {**BASE, "applied_at": "2020-10-20", "interview_at": "27-Oct"},
        {**BASE, "applied_at": "2019-09-02", "interview_at": "2019-09-20"},
    )
    assert frame.loc[2, "interview_date"] == T("2020-10-27")
    assert frame.loc[2, "problems"] == [
        'D2: "27-Oct" has no year; read as 2020-10-27 (nearest the same row\'s 2020-10-20)'
    ]
    # Without a dated cell of its own, the neighbouring rows decide, as before.
    frame = rows({**BASE, "interview_at": "27-Oct"}, {**BASE, "interview_at": "2019-11-20"})
    assert frame.loc[2, "interview_date"] == T("2019-10-27")


@pytest.mark.parametrize(
    ("value", "as_of", "problem"),
    [
        (dt.datetime(1926, 5, 1), None, "is not a plausible interview date (before 2000)"),
        ("12/31/1999", None, "is not a plausible interview date (before 2000)"),
        (
            "2028-11-21",
            dt.date(2026, 11, 20),
            "is not a plausible interview date (more than 2 years after 2026-11-20)",
        ),
        ("2028-11-20", dt.date(2026, 11, 20), None),
        ("2062-01-01", None, None),  # no as-of date, no upper bound (check)
        ("2000-01-01", None, None),
    ],
)
def test_implausible_dates_are_row_problems(
    value: object, as_of: dt.date | None, problem: str | None
) -> None:
    frame = normalise_rows(raw_table([{**BASE, "interview_at": value}]), OPTIONS, as_of=as_of)
    found = [p for p in frame.loc[2, "problems"] if "plausible" in p]
    assert found == ([f"C2: {found[0].split(': ', 1)[1]}"] if problem else [])
    if problem:
        assert found[0].endswith(problem)
        assert pd.isna(frame.loc[2, "interview_date"]) and frame.loc[2, "needs_info"]


UNDATED = (
    '"yes" says this interview happened, but when? Write its date in this cell (the follow-ups '
    "count from it)"
)

WIDE_MARKS = [
    # (Recruiter, Phone, Onsite, Applied, Result)
    # -> (status, next action, next due, greeting, problem)
    # A yes in the last stage reached: the interview happened, its date is asked for.
    (
        ("", "yes", "", "8/28/2019", "ongoing"),
        ("Needs info", "—", "", "", f'row 2, column "Phone": {UNDATED}'),
    ),
    # A later stage marked after a dated one: the dated one is not the latest interview.
    (
        ("", "8/22/2019", "yes", "8/6/2019", "ongoing"),
        ("Needs info", "—", "", "", f'row 2, column "Onsite": {UNDATED}'),
    ),
    # Marked, then dated: the dated stage is the interview, the mark is history.
    (
        ("", "yes", "9/30/2019", "8/6/2019", "ongoing"),
        ("Overdue", "1st check-in", "2019-10-08", "Hello,", ""),
    ),
    # A no is an empty cell: an application.
    (
        ("", "no", "", "10/14/2019", "ongoing"),
        # (the CSV's own dates are all m/d/yyyy, so the tool's are written that way too)
        ("Due soon", "Application check-in", "10/23/2019", "Hello,", ""),
    ),
    # A Recruiter column of yes-marks names nobody: no "Hi yes,".
    (
        ("yes", "10/15/2019", "", "10/1/2019", "ongoing"),
        ("Overdue", "Thank-you note", "2019-10-15", "Hello,", ""),
    ),
    # ot132 F3: a closed row sends nothing whenever its interview was: its status is Closed,
    # the undated mark still in Problems (it was Needs info, its Why "Closed").
    (
        ("", "yes", "yes", "7/19/2019", "Accepted!"),
        ("Closed", "—", "", "", f'row 2, column "Onsite": {UNDATED}'),
    ),
    (
        ("", "yes", "", "8/14/2019", "Rejected"),
        ("Closed", "—", "", "", f'row 2, column "Phone": {UNDATED}'),
    ),
]


@pytest.mark.parametrize(("cells", "expected"), WIDE_MARKS)
def test_yes_marks_in_a_wide_trackers_stage_columns(
    tmp_path: Path, cells: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    recruiter, phone, onsite, applied, outcome = cells
    tracker = tmp_path / "t.csv"
    tracker.write_text(
        "Company,Role name,Applied Date,Recruiter,Phone,Onsite,Result\n"
        f"DeepMind,SWE intern,{applied},{recruiter},{phone},{onsite},{outcome}\n",
        encoding="utf-8-sig",
    )
    args = ["run", "--as-of", "2019-10-21", "-q", str(tracker)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (row,) = csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8-sig")))
    greeting = row["Draft"].split("\n")[0]
    seen = (row["Follow-up status"], row["Next action"], row["Next due"], greeting, row["Problems"])
    assert seen == expected


# ot132 F3, F4: a row without its position ("null": "Role not named in confirmation email")
# whose answer no position changes, closed or moved on from an application, shows it; a row
# with no date to count from needs info. Not interviewed, a check-in still to send is sent to
# the company (ot144 F3: it needed info; ``test_role_not_named``). Run on Fri 2026-11-20.
NO_POSITION = [
    # (job_title, application_date, status) -> (status, next action, problem, Why's start)
    (("null", "2026-08-25", "Rejected"), ("Closed", "—", 'job_title is empty ("null")', "Closed")),
    (
        ("null", "2026-08-26", "Pending"),
        ("Moved on", "—", 'job_title is empty ("null")', "Moved on"),
    ),
    (("", "2025-06-30", "Submitted"), ("Moved on", "—", "job_title is empty", "Moved on")),
    # Near cases: the check-in is still to send, or there is no date to count from.
    (
        ("null", "2026-11-10", "Pending"),
        (
            "Due today",
            "Application check-in",
            'job_title is empty ("null")',
            "Application check-in",
        ),
    ),
    (("null", "", "Pending"), ("Needs info", "—", 'job_title is empty ("null")', "Needs info")),
]


@pytest.mark.parametrize(("cells", "expected"), NO_POSITION)
def test_a_row_without_its_position_shows_its_answer_or_needs_a_date(
    tmp_path: Path, cells: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    title, applied, status = cells
    tracker = tmp_path / "t.csv"
    tracker.write_text(
        f"company_name,job_title,application_date,status\nCensys,{title},{applied},{status}\n",
        encoding="utf-8-sig",
    )
    args = ["run", "--as-of", "2026-11-20", "-q", str(tracker)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (row,) = csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8-sig")))
    problem = row["Problems"].split("\n")[0].split(": ", 1)[1]
    seen = (row["Follow-up status"], row["Next action"], problem, row["Why"].split(":")[0])
    assert seen == expected


# ot94 F5: a stage date before 2000, or more than two years after the run, is a typo said at
# its own cell, worded as in an Interview Date column and quoting the cell as typed; the row
# needs info, as it does for the same cell under Interview Date (it was passed over, and the
# row's interview silently taken from the Phone Screen; "12/01/2031" was said at "Phone
# Screen" as "2031-01-12"). Run on Wed 2027-01-20; the interview the row is read from is due
# 5 bd later: Tue 2027-01-05 -> Tue 01-12, Tue 01-12 -> Tue 01-19 (no holiday in TH, TW, MY).
WIDE_TYPOS = [
    # (Country, Phone Screen, Onsite) -> (status, next action, next due, problem)
    (("MY", "2027-01-05", "12/01/70"), ("Needs info", "—", "", "Onsite", "before 2000")),
    (("", "2027-01-05", "12/01/70"), ("Needs info", "—", "", "Onsite", "before 2000")),
    (("SG", "2027-01-05", "12/01/1970"), ("Needs info", "—", "", "Onsite", "before 2000")),
    (("MY", "2027-01-05", "12/01/1999"), ("Needs info", "—", "", "Onsite", "before 2000")),
    (("MY", "2027-01-05", "12/01/30"), ("Needs info", "—", "", "Onsite", "before 2000")),
    # A Thai row's two-digit year from 30 on is the Buddhist era's: 2530 is 1987, 2599 2056.
    (("TH", "2027-01-05", "12/01/30"), ("Needs info", "—", "", "Onsite", "before 2000")),
    (
        ("MY", "2027-01-05", "12/01/2031"),
        ("Needs info", "—", "", "Onsite", "more than 2 years after 2027-01-20"),
    ),
    (
        ("TH", "2027-01-05", "12/01/99"),
        ("Needs info", "—", "", "Onsite", "more than 2 years after 2027-01-20"),
    ),
    # Left of a dated stage too: when that interview was is unknown, as under Interview Date.
    (("US", "12/01/70", "2027-01-12"), ("Needs info", "—", "", "Phone Screen", "before 2000")),
    # Near cases, read: 2000 is plausible (an older stage is history); the row's calendar
    # reads its own forms (2570 and 70 on TH are 2027, 69 is 2026, 116 on TW is 2027).
    (("MY", "12/01/2000", "2027-01-05"), ("Overdue", "1st check-in", "2027-01-12", "", "")),
    (("TH", "2027-01-05", "12/01/70"), ("Overdue", "1st check-in", "2027-01-19", "", "")),
    (("TH", "12/01/70", "12/01/2570"), ("Overdue", "1st check-in", "2027-01-19", "", "")),
    (("TH", "12/01/69", "2027-01-05"), ("Overdue", "1st check-in", "2027-01-12", "", "")),
    (("TW", "116/01/05", "116/01/12"), ("Overdue", "1st check-in", "2027-01-19", "", "")),
    # Stages out of order: the latest date is the interview, whichever column it is in (and
    # the Onsite's cell says it is before the Phone Screen: ``OUT_OF_ORDER``).
]


@pytest.mark.parametrize(("cells", "expected"), WIDE_TYPOS)
def test_an_implausible_stage_date_is_said_at_its_cell_and_the_row_needs_info(
    tmp_path: Path, cells: tuple[str, str, str], expected: tuple[str, ...]
) -> None:
    country, phone, onsite = cells
    status, action, due, column, why = expected
    tracker = tmp_path / "t.csv"
    tracker.write_text(
        "Company,Role,Country,Applied,Phone Screen,Onsite,Status\n"
        f"Grab,Analyst,{country},2026-12-01,{phone},{onsite},Interviewing\n",
        encoding="utf-8-sig",
    )
    args = ["run", "--as-of", "2027-01-20", "-q", str(tracker)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (row,) = csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8-sig")))
    typed = phone if column == "Phone Screen" else onsite
    problem = (
        f'row 2, column "{column}": "{typed}" is not a plausible interview date ({why})'
        if column
        else ""
    )
    assert (row["Phone Screen"], row["Onsite"]) == (phone, onsite)
    assert (row["Follow-up status"], row["Next action"], row["Next due"], row["Problems"]) == (
        status,
        action,
        due,
        problem,
    )


# fx189: a stage dated before one that comes first (an Onsite before the Phone Screen, a Final
# before the Onsite) is said at its cell; the row is still followed up from its latest stage.
# Run on Wed 2027-01-20 in GB: a phone screen's thank-you is due that day, an onsite's the
# next day; the 1st check-in 5 bd after a Tuesday 01-12 is Tue 01-19.
def _before(typed: str, first: str, on: str, latest: str) -> str:
    return (
        f'"{typed}" is before "{first}" on {on}, a stage that comes first: check which date is '
        f"right; the row is followed up from its latest stage, {latest}"
    )


OUT_OF_ORDER = [
    # (Phone Screen, Take-home, Video, Onsite, Final Round) -> (Next action, Next due, Problems)
    (
        ("2027-01-20", "", "", "2027-01-12", ""),
        ("Thank-you note", "2027-01-20"),
        [("G", _before("2027-01-12", "Phone Screen", "Wed 2027-01-20", "Wed 2027-01-20"))],
    ),
    (
        ("2027-01-12", "", "", "2027-01-18", "2027-01-15"),
        ("Thank-you note", "2027-01-19"),
        [("H", _before("2027-01-15", "Onsite", "Mon 2027-01-18", "Mon 2027-01-18"))],
    ),
    (
        ("2027-01-15", "", "", "2027-01-14", "2027-01-13"),
        ("Thank-you note", "2027-01-15"),
        [
            ("G", _before("2027-01-14", "Phone Screen", "Fri 2027-01-15", "Fri 2027-01-15")),
            ("H", _before("2027-01-13", "Phone Screen", "Fri 2027-01-15", "Fri 2027-01-15")),
        ],
    ),
    # Near cases, nothing to say: the same day; a take-home (or a video call) before the phone
    # screen, as those come anywhere; a stage without a date, or only a yes-mark; in order.
    (("2027-01-12", "", "", "2027-01-12", ""), ("1st check-in", "2027-01-19"), []),
    (("2027-01-12", "2027-01-08", "", "2027-01-18", ""), ("Thank-you note", "2027-01-19"), []),
    (("2027-01-12", "", "2027-01-05", "", ""), ("1st check-in", "2027-01-19"), []),
    (("2027-01-05", "", "2027-01-12", "2027-01-08", ""), ("1st check-in", "2027-01-19"), []),
    (("", "", "", "2027-01-12", ""), ("1st check-in", "2027-01-19"), []),
    (("yes", "", "", "2027-01-12", ""), ("1st check-in", "2027-01-19"), []),
    # (a final round's 1st check-in is 2 bd sooner: Fri 01-15)
    (("2027-01-05", "", "", "2027-01-08", "2027-01-12"), ("1st check-in", "2027-01-15"), []),
]


@pytest.mark.parametrize(("stages", "next_step", "said"), OUT_OF_ORDER)
def test_a_stage_dated_before_one_that_comes_first_is_said(
    tmp_path: Path,
    stages: tuple[str, ...],
    next_step: tuple[str, str],
    said: list[tuple[str, str]],
) -> None:
    import openpyxl

    path = tmp_path / "Maya Chen.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    sheet.append(
        [
            "Company",
            "Role",
            "Country",
            "Phone Screen",
            "Take-home",
            "Video",
            "Onsite",
            "Final Round",
        ]
    )
    sheet.append(["Grab", "Analyst", "GB", *(s or None for s in stages)])
    book.save(path)
    args = ["run", "--as-of", "2027-01-20", "-q", str(path)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path)["Jobs"]
    row = dict(zip([c.value for c in sheet[1]], [c.value for c in sheet[2]], strict=True))
    assert (
        tuple(row[h] or "" for h in ("Phone Screen", "Take-home", "Video", "Onsite", "Final Round"))
        == stages
    )
    due = row["Next due"]
    assert (row["Next action"], f"{due:%Y-%m-%d}") == next_step
    assert row["Problems"] == ("\n".join(f"{col}2: {text}" for col, text in said) or None)


def test_an_implausible_stage_date_in_a_workbook_is_said_at_its_cell(tmp_path: Path) -> None:
    """The same in a workbook: the Problems cell names the Onsite cell (F2) and quotes it as
    typed; the row has no next action, the Onsite cell untouched."""
    import openpyxl

    path = tmp_path / "t.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Company", "Role", "Country", "Applied", "Phone Screen", "Onsite", "Status"])
    for role, onsite in (("Analyst", "12/01/1970"), ("Engineer", "2027-01-12")):
        sheet.append(["Grab", role, "MY", "2026-12-01", "2027-01-05", onsite, "Interviewing"])
    book.save(path)
    args = ["run", "--as-of", "2027-01-20", "-q", str(path)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    seen = [
        {h: c.value for h, c in zip(header, row, strict=True)}
        for row in sheet.iter_rows(min_row=2, max_row=3)
    ]
    assert [(r["Onsite"], r["Next action"], r["Next due"], r["Problems"]) for r in seen] == [
        (
            "12/01/1970",
            "—",
            None,
            'F2: "12/01/1970" is not a plausible interview date (before 2000)',
        ),
        ("2027-01-12", "1st check-in", dt.datetime(2027, 1, 19), None),
    ]


@pytest.mark.parametrize(
    ("row", "done"),
    [
        # The shared Google Sheets template's own status: the check-in is sent, undated.
        ({"applied_at": "2026-11-02", "outcome": "Follow-up Sent"}, True),
        ({"applied_at": "2026-11-02", "outcome": "Followed up"}, True),
        ({"applied_at": "2026-11-02", "outcome": "Applied"}, False),
        # ... and with no answer to it, in English, French, German and Italian (ot108 F4: the
        # check-in was asked for again); "Follow up" may be one still to send.
        ({"applied_at": "2026-11-02", "outcome": "Followed up, no response"}, True),
        ({"applied_at": "2026-11-02", "outcome": "No response after follow-up"}, True),
        ({"applied_at": "2026-11-02", "outcome": "Follow-up sent, no reply"}, True),
        ({"applied_at": "2026-11-02", "outcome": "Relancé, pas de réponse"}, True),
        ({"applied_at": "2026-11-02", "outcome": "Relancé"}, True),
        ({"applied_at": "2026-11-02", "outcome": "Nachgefasst, keine Antwort"}, True),
        ({"applied_at": "2026-11-02", "outcome": "Nachgefasst"}, True),
        ({"applied_at": "2026-11-02", "outcome": "Sollecitato, nessuna risposta"}, True),
        # ... and a follow-up made by phone, by mail or by asking, in Dutch, German and
        # English, with no answer yet (fx251: "Nagebeld, nog niets gehoord" needed info, the
        # others asked for the check-in again).
        ({"applied_at": "2026-11-02", "outcome": "Nagebeld, nog niets gehoord"}, True),
        ({"applied_at": "2026-11-02", "outcome": "Nagebeld"}, True),
        ({"applied_at": "2026-11-02", "outcome": "Nagevraagd, geen nieuws"}, True),
        ({"applied_at": "2026-11-02", "outcome": "Nachgefragt, noch nichts gehört"}, True),
        ({"applied_at": "2026-11-02", "outcome": "Nachtelefoniert"}, True),
        ({"applied_at": "2026-11-02", "outcome": "Relancé, pas de nouvelles"}, True),
        ({"applied_at": "2026-11-02", "outcome": "Called, no answer yet"}, True),
        ({"applied_at": "2026-11-02", "outcome": "Emailed recruiter, no reply"}, True),
        ({"applied_at": "2026-11-02", "outcome": "Nog niets gehoord"}, False),
        ({"applied_at": "2026-11-02", "outcome": "Follow up, no response"}, False),
        ({"applied_at": "2026-11-02", "outcome": "Relance, pas de réponse"}, False),
        ({"applied_at": "2026-11-02", "outcome": "No response"}, False),
        # After an interview the word does not say which follow-up went out: none is marked.
        (
            {"applied_at": "2026-11-02", "interview_at": "2026-11-10", "outcome": "Follow-up Sent"},
            False,
        ),
    ],
)
def test_a_followed_up_stage_marks_the_application_check_in_sent(
    row: dict[str, object], done: bool
) -> None:
    frame = rows({**BASE, **row})
    assert frame.loc[2, "application_check_in_done"] == done
    assert frame.loc[2, "problems"] == []


IV = {"applied_at": "2026-11-02", "interview_at": "2026-11-16"}
TY, AC = "thank_you", "application_check_in"


@pytest.mark.parametrize(
    ("row", "said", "step", "sent", "done"),
    [
        # A thank-you the Status says was sent is sent, on the date after it, as a Thank-you
        # Sent cell's mark says (ot111 F10: the same thank-you was drafted again).
        ({**IV, "outcome": "Thank you sent 11/17, waiting"}, TY, TY, T("2026-11-17"), True),
        ({**IV, "outcome": "Sent thank-you note 11/18"}, TY, TY, T("2026-11-18"), True),
        (
            {**IV, "outcome": "Final round done, TY sent, offer expected next wk"},
            TY,
            TY,
            None,
            True,
        ),
        (
            {**IV, "outcome": "Interviewed 16 Nov; thank-you email sent same day"},
            TY,
            TY,
            None,
            True,
        ),
        ({**IV, "outcome": "Agradecimiento enviado, esperando respuesta"}, TY, TY, None, True),
        ({**IV, "outcome": "Dankesmail verschickt, warte auf Feedback"}, TY, TY, None, True),
        ({**IV, "outcome": "Mail de remerciement envoyé"}, TY, TY, None, True),
        ({**IV, "outcome": "Bedankmail gestuurd"}, TY, TY, None, True),
        # A date before the interview is no thank-you's: marked sent, undated.
        ({**IV, "outcome": "Thank you sent 11/13"}, TY, TY, None, True),
        # ... and a follow-up with its date is one under "Followed up" (the message due that
        # day, after an interview), the application's check-in before one.
        ({**IV, "outcome": "Followed up 11/18"}, AC, AC, T("2026-11-18"), True),
        ({**IV, "outcome": "Relancé le 18/11"}, AC, AC, T("2026-11-18"), True),
        # ... and so is one chased, as the British say (ot115 F9: the 1st check-in was asked
        # for again).
        ({**IV, "outcome": "Sent follow-up 11/18"}, AC, AC, T("2026-11-18"), True),
        ({**IV, "outcome": "Awaiting feedback - chased 18/11"}, AC, AC, T("2026-11-18"), True),
        ({**IV, "outcome": "Chased recruiter 18/11"}, AC, AC, T("2026-11-18"), True),
        # A check-in said sent is a check-in, after the interview the first not sent yet, never
        # the thank-you due that day (fx278: "checked in 11/18" two days after the interview
        # was taken for the thank-you); before the interview the application's.
        (
            {**IV, "outcome": "Interviewed 11/16, checked in 11/18"},
            "check_in_1",
            "check_in_1",
            T("2026-11-18"),
            True,
        ),
        ({**IV, "outcome": "Interviewed 11/16, checked in 11/18"}, "check_in_1", TY, None, False),
        (
            {**IV, "outcome": "Check-in sent 11/18"},
            "check_in_1",
            "check_in_1",
            T("2026-11-18"),
            True,
        ),
        (
            {**IV, "outcome": "Check in email sent 11/18, no reply"},
            "check_in_1",
            "check_in_1",
            T("2026-11-18"),
            True,
        ),
        (
            {**IV, "outcome": "Checked in 11/25", "check_in_1_sent": "2026-11-18"},
            "check_in_2",
            "check_in_2",
            T("2026-11-25"),
            True,
        ),
        (
            {**IV, "outcome": "Checked in 11/18", "check_in_1_sent": "2026-11-18"},
            "",
            "check_in_2",
            None,
            False,
        ),
        ({**IV, "outcome": "Checked in 11/10"}, AC, AC, T("2026-11-10"), True),
        # Two small numbers after "sent" are a date, not a round ("Interview 2/3"): the day
        # after an interview of 11-10 (ot115 F9: read as undated).
        (
            {**IV, "interview_at": "2026-11-10", "outcome": "Sent TY 11/11, waiting"},
            TY,
            TY,
            T("2026-11-11"),
            True,
        ),
        (
            {**IV, "interview_at": "2026-11-10", "outcome": "TY sent 11/11"},
            TY,
            TY,
            T("2026-11-11"),
            True,
        ),
        (
            {**IV, "interview_at": "2026-11-10", "outcome": "Followed up 11/12"},
            AC,
            AC,
            T("2026-11-12"),
            True,
        ),
        # Two follow-ups said sent, undated: the 1st and 2nd check-ins after an interview, the
        # application's check-in before one.
        (
            {**IV, "outcome": "Chased twice, no reply"},
            "check_in_1 check_in_2",
            "check_in_1",
            None,
            True,
        ),
        (
            {**IV, "outcome": "Chased twice, no reply"},
            "check_in_1 check_in_2",
            "check_in_2",
            None,
            True,
        ),
        ({**IV, "outcome": "Followed up twice"}, "check_in_1 check_in_2", "check_in_2", None, True),
        (
            {**IV, "outcome": "Chased x2", "check_in_1_sent": "2026-11-20"},
            "check_in_2",
            "check_in_1",
            T("2026-11-20"),
            True,
        ),
        ({"applied_at": "2026-11-02", "outcome": "Chased twice, no reply"}, AC, AC, None, True),
        (
            {"applied_at": "2026-11-02", "outcome": "Followed up 11/16"},
            AC,
            AC,
            T("2026-11-16"),
            True,
        ),
        # Near cases: asked, denied, still to send, said nothing of; an undated follow-up after
        # an interview names no message; the Sent column's own date stands.
        ({**IV, "outcome": "TY sent?"}, "", TY, None, False),
        ({**IV, "outcome": "Thank you not sent"}, "", TY, None, False),
        ({**IV, "outcome": "Need to send thank you"}, "", TY, None, False),
        ({**IV, "outcome": "Interviewed"}, "", TY, None, False),
        ({**IV, "outcome": "Followed up"}, "", AC, None, False),
        ({**IV, "outcome": "No follow-up sent since 11/18"}, "", AC, None, False),
        ({**IV, "outcome": "Chased by the recruiter 11/18"}, "", AC, None, False),
        ({**IV, "outcome": "Check-in sent?"}, "", AC, None, False),
        ({**IV, "outcome": "Need to chase"}, "", AC, None, False),
        ({**IV, "outcome": "Check-in not sent yet"}, "", AC, None, False),
        ({**IV, "outcome": "Chased twice?"}, "", "check_in_1", None, False),
        (
            {**IV, "outcome": "TY sent 11/17", "thank_you_sent": "2026-11-18"},
            "",
            TY,
            T("2026-11-18"),
            True,
        ),
    ],
)
def test_a_step_the_status_says_was_sent_is_sent(
    row: dict[str, object], said: str, step: str, sent: pd.Timestamp | None, done: bool
) -> None:
    frame = rows({**BASE, **row})
    got = frame.loc[2, f"{step}_sent"]
    assert frame.loc[2, "sent_in_status"] == said
    assert frame.loc[2, f"{step}_done"] == done
    assert (got is pd.NaT) if sent is None else (got == sent)


# Through ``run`` on a CSV tracker as of Fri 2026-11-20: the thank-you the Status says went is
# not drafted again, the follow-up it dates is the 1st check-in, and the Why says the Status
# said so (ot111 F10: a thank-you note was due, the 1st check-in overdue).
STATUS_SENT_LOG = """Company,Role,Interview Date,Status,Country
Acme,Analyst,2026-11-17,"Thank you sent 11/17, waiting",US
Brio,Analyst,2026-11-17,"Final round done, TY sent, offer expected next wk",US
Cora,Analyst,2026-11-10,Followed up 11/18,US
Dune,Analyst,2026-11-17,Interviewed,US
Eon,Analyst,2026-11-17,Mail de remerciement envoyé,FR
Fjord,Analyst,2026-11-17,Bedankmail gestuurd,NL
Gale,Analyst,2026-11-10,Check-in sent 11/18,US
Sky,Analyst,2026-11-10,Awaiting feedback - chased 18/11,GB
Hale,Analyst,2026-11-16,"Interviewed 11/16, checked in 11/18",US
BT,Analyst,2026-11-03,"Chased twice, no reply",GB
Yarn,Analyst,2026-11-10,"Sent TY 11/11, waiting",US
"""
STATUS_SENT_ROWS = {
    "Acme": ("1st check-in", "2026-11-24", "; sent Tue 2026-11-17 (as the Status says)"),
    "Brio": ("1st check-in", "2026-11-24", "; marked sent, as the Status says (no date written)"),
    "Cora": (
        "2nd check-in",
        "2026-12-02",
        "; sent Wed 2026-11-18 (a follow-up, not named which: the message due that day, as the "
        "Status says)",
    ),
    "Dune": ("Thank-you note", "2026-11-18", "Thank-you note: the day after the interview"),
    # ... in French and Dutch, which needed info: read as interviewing.
    "Eon": ("1st check-in", "2026-11-24", "; marked sent, as the Status says (no date written)"),
    "Fjord": ("1st check-in", "2026-11-24", "; marked sent, as the Status says (no date written)"),
    # A check-in said sent with its date is the 1st check-in; one chased is one "Followed up";
    # two chased are the two check-ins, so the final follow-up is next; "Sent TY 11/11" is
    # dated (ot115 F9: the 1st check-in was asked for again, and the thank-you read undated).
    "Gale": (
        "2nd check-in",
        "2026-12-02",
        "1st check-in: 5 bd after Tue 2026-11-10 → Wed 2026-11-18 (skipped Veterans Day Wed "
        "11-11); sent Wed 2026-11-18 (as the Status says)",
    ),
    # A check-in two days after the interview is no thank-you (fx278: it was taken for it,
    # "sent Wed 2026-11-18 (a follow-up, not named which ...)", the 1st check-in due next): the
    # thank-you is left unsent, and skipped as any is once a later step went.
    "Hale": (
        "2nd check-in",
        "2026-12-02",
        "Skipped: Thank-you note (a later step is already due or sent)\n"
        "Thank-you note: the day after the interview on Mon 2026-11-16 → Tue 2026-11-17\n"
        "1st check-in: 5 bd after Mon 2026-11-16 → Mon 2026-11-23 → Tue 2026-11-24 (preferred "
        "send day); sent Wed 2026-11-18 (as the Status says)",
    ),
    "Sky": ("2nd check-in", "2026-12-01", "; sent Wed 2026-11-18 (a follow-up, not named which"),
    "BT": (
        "Final follow-up",
        "2026-12-01",
        "1st check-in: 5 bd after Tue 2026-11-03 → Tue 2026-11-10; marked sent, as the Status "
        "says (no date written)",
    ),
    "Yarn": ("1st check-in", "2026-11-18", "; sent Wed 2026-11-11 (as the Status says)"),
}


def test_a_step_the_status_says_was_sent_is_not_drafted_again(tmp_path: Path) -> None:
    tracker = tmp_path / "jobs.csv"
    tracker.write_text(STATUS_SENT_LOG, encoding="utf-8")
    args = ["run", "--as-of", "2026-11-20", "-q", str(tracker)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rows = {r["Company"]: r for r in csv.DictReader(io.StringIO(tracker.read_text("utf-8-sig")))}
    for company, (action, due, why) in STATUS_SENT_ROWS.items():
        row = rows[company]
        assert (row["Next action"], row["Next due"], row["Problems"]) == (action, due, "")
        assert why in row["Why"]


@pytest.mark.parametrize(
    ("row", "sent", "done"),
    [
        # A log of applications writes its follow-ups in "Follow-up 1" / "Follow-up 2", which
        # read as the interview's check-ins: the last one sent is the application's check-in.
        ({"check_in_1_sent": "2026-10-30"}, T("2026-10-30"), True),
        ({"check_in_1_sent": "2026-10-30", "check_in_2_sent": "2026-11-10"}, T("2026-11-10"), True),
        ({"check_in_1_sent": "yes"}, pd.NaT, True),
        ({"check_in_1_sent": "yes", "check_in_2_sent": "2026-11-10"}, T("2026-11-10"), True),
        ({"final_sent": "2026-11-16"}, T("2026-11-16"), True),
        # Its own column, when the tracker has one, and a later follow-up beside it.
        (
            {"application_check_in_sent": "2026-10-29", "check_in_1_sent": "2026-11-09"},
            T("2026-11-09"),
            True,
        ),
        ({"check_in_1_sent": "no"}, pd.NaT, False),
        # With an interview date the check-in columns are the interview's, not the application's.
        ({"interview_at": "2026-11-03", "check_in_1_sent": "2026-11-10"}, pd.NaT, False),
    ],
)
def test_an_application_logs_follow_up_columns_are_its_check_in(
    row: dict[str, object], sent: pd.Timestamp, done: bool
) -> None:
    frame = rows({**BASE, "applied_at": "2026-10-20", **row})
    seen = frame.loc[2, ["application_check_in_sent", "application_check_in_done"]].tolist()
    assert seen == [sent, done]
    assert frame.loc[2, "problems"] == []


def test_an_application_log_with_follow_up_columns_is_not_chased_again(tmp_path: Path) -> None:
    """Applied Tue 10-20, check-in due Thu 10-29. Acme's follow-up on Fri 10-30, no reply in 10 bd
    (Veterans Day Wed 11-11 skipped): moved on since Mon 11-16. Globex followed up again on
    Tue 11-10: 10 bd later is Tue 11-24, so on Fri 11-20 it waits. Initech: due Thu 11-12."""
    tracker = tmp_path / "apps.csv"
    tracker.write_text(
        "Company,Position,Date Applied,Follow-up 1,Follow-up 2,Status\n"
        "Acme,Analyst,2026-10-20,2026-10-30,,Applied\n"
        "Globex,Eng,2026-10-20,2026-10-30,2026-11-10,Applied\n"
        "Initech,PM,2026-11-02,,,Applied\n",
        encoding="utf-8-sig",
    )
    args = ["run", "--as-of", "2026-11-20", "-q", str(tracker)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    seen = [
        (r["Company"], r["Follow-up status"], r["Next action"], r["Next due"], r["Draft"])
        for r in csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8-sig")))
    ]
    assert [s[:4] for s in seen] == [
        ("Acme", "Moved on", "—", ""),
        ("Globex", "Waiting", "—", ""),
        ("Initech", "Overdue", "Application check-in", "2026-11-12"),
    ]
    assert [bool(s[4]) for s in seen] == [False, False, True]


@pytest.mark.parametrize(
    ("status", "seen"),
    [
        # No answer yet is no outcome (ot38 F7): applied Mon 11-02, its check-in due Thu 11-12
        # (Veterans Day Wed 11-11 skipped), overdue on Fri 11-20.
        ("No response", ("Overdue", "Application check-in", "2026-11-12")),
        ("No response yet", ("Overdue", "Application check-in", "2026-11-12")),
        ("No reply", ("Overdue", "Application check-in", "2026-11-12")),
        ("Awaiting response", ("Overdue", "Application check-in", "2026-11-12")),
        ("Waiting to hear back", ("Overdue", "Application check-in", "2026-11-12")),
        ("Pending", ("Overdue", "Application check-in", "2026-11-12")),
        # LinkedIn's "Applied jobs" list: viewed or downloaded, still no answer (ot47 F5).
        ("Application viewed", ("Overdue", "Application check-in", "2026-11-12")),
        ("Resume downloaded", ("Overdue", "Application check-in", "2026-11-12")),
        # The same in German, Polish and Swedish.
        ("Keine Rückmeldung", ("Overdue", "Application check-in", "2026-11-12")),
        ("Noch nichts gehört", ("Overdue", "Application check-in", "2026-11-12")),
        ("Nog niets gehoord", ("Overdue", "Application check-in", "2026-11-12")),  # fx251
        ("Geen nieuws", ("Overdue", "Application check-in", "2026-11-12")),
        ("Keine Antwort", ("Overdue", "Application check-in", "2026-11-12")),
        ("Brak odpowiedzi", ("Overdue", "Application check-in", "2026-11-12")),
        ("Inget svar", ("Overdue", "Application check-in", "2026-11-12")),
        # Waiting for an answer, under review in Hebrew, Arabic and Chinese (ot62 F5: the row
        # was Needs info, its overdue check-in hidden).
        ("ממתין לתשובה", ("Overdue", "Application check-in", "2026-11-12")),
        ("ממתין", ("Overdue", "Application check-in", "2026-11-12")),
        ("قيد المراجعة", ("Overdue", "Application check-in", "2026-11-12")),
        ("等待结果", ("Overdue", "Application check-in", "2026-11-12")),
        ("等待結果", ("Overdue", "Application check-in", "2026-11-12")),
        # "Waiting", "awaiting the result" in Chinese, Japanese, Arabic, Korean, Hindi (ot67 F4).
        ("等待", ("Overdue", "Application check-in", "2026-11-12")),
        ("等待中", ("Overdue", "Application check-in", "2026-11-12")),
        ("結果待ち", ("Overdue", "Application check-in", "2026-11-12")),
        ("في الانتظار", ("Overdue", "Application check-in", "2026-11-12")),
        ("대기", ("Overdue", "Application check-in", "2026-11-12")),
        ("대기 중", ("Overdue", "Application check-in", "2026-11-12")),
        ("결과 대기", ("Overdue", "Application check-in", "2026-11-12")),
        ("प्रतीक्षा", ("Overdue", "Application check-in", "2026-11-12")),
        # Awaiting a reply, waiting, no news, under review in Portuguese and Spanish (ot69
        # F9: the row was Needs info, its overdue check-in hidden).
        *(
            (status, ("Overdue", "Application check-in", "2026-11-12"))
            for status in (
                *("Aguardando retorno", "Aguardando feedback", "Aguardando resposta"),
                *("Aguardando", "Em análise", "Em avaliação", "Sem notícias", "En espera"),
                *("Esperando respuesta", "En revisión", "En análisis", "Sin noticias"),
            )
        ),
        # The posting is gone, or no offer came: over, and without an interview nothing to send.
        ("No longer accepting applications", ("Closed", "—", "")),
        ("No offer", ("Closed", "—", "")),
        # Ghosted is an outcome: closed, and without an interview no networking check-in.
        ("Ghosted", ("Closed", "—", "")),
        # Never heard back is ghosted, not waiting: German "nie gemeldet" ("never got back")
        # needed info (left open after ot50-F1), as "Nie geantwortet" alone did.
        ("Never heard back", ("Closed", "—", "")),
        ("nie gemeldet", ("Closed", "—", "")),
        ("Nie geantwortet", ("Closed", "—", "")),
        ("Nigdy nie odpowiedzieli", ("Closed", "—", "")),
        ("Fick aldrig svar", ("Closed", "—", "")),
    ],
)
def test_a_status_of_no_answer_yet_still_sends_the_check_in(
    tmp_path: Path, status: str, seen: tuple[str, str, str]
) -> None:
    tracker = tmp_path / "apps.csv"
    tracker.write_text(
        f"Company,Role,Applied Date,Status\nTCS,Developer,2026-11-02,{status}\n",
        encoding="utf-8-sig",
    )
    args = ["run", "--as-of", "2026-11-20", "-q", str(tracker)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (row,) = csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8-sig")))
    assert (row["Follow-up status"], row["Next action"], row["Next due"]) == seen
    assert row["Problems"] == ""
    assert bool(row["Draft"]) == (seen[1] != "—")


@pytest.mark.parametrize(
    ("mark", "seen"),
    [
        # Applied Mon 11-02, check-in due Thu 11-12. Ticked: counted as sent that day, no reply
        # in 10 bd (Thanksgiving skipped): moved on from Fri 11-27 (ot38 F8).
        ("TRUE", ("Moved on", "—")),
        ("WAHR", ("Moved on", "—")),
        ("VRAI", ("Moved on", "—")),
        ("VERDADERO", ("Moved on", "—")),
        ("VERO", ("Moved on", "—")),
        ("WAAR", ("Moved on", "—")),
        ("VERDADEIRO", ("Moved on", "—")),
        # Unticked: the check-in is still to send, and no problem is reported.
        ("FALSE", ("Overdue", "Application check-in")),
        ("FALSCH", ("Overdue", "Application check-in")),
        ("FAUX", ("Overdue", "Application check-in")),
        ("FALSO", ("Overdue", "Application check-in")),
        ("ONWAAR", ("Overdue", "Application check-in")),
    ],
)
def test_a_google_sheets_checkbox_in_any_language_is_a_sent_mark(
    tmp_path: Path, mark: str, seen: tuple[str, str]
) -> None:
    tracker = tmp_path / "apps.csv"
    tracker.write_text(
        "Company,Position,Date Applied,Status,Followed Up\n"
        f"Acme,Analyst,2026-11-02,Applied,{mark}\n",
        encoding="utf-8-sig",
    )
    args = ["run", "--as-of", "2026-12-04", "-q", str(tracker)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (row,) = csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8-sig")))
    assert (row["Follow-up status"], row["Next action"], row["Problems"]) == (*seen, "")
    assert row["Followed Up"] == mark


NOTION_STATUS_AND_STAGE = (
    "Company,Position,Status,Stage,Interview Date\n"
    "Acme,PM,In progress,Applied,\n"
    "Initech,PM,In progress,Rejected,2026-10-20\n"
    "Umbrella,PM,In progress,Offer,2026-10-15\n"
    "Hooli,PM,Not started,Wishlist,\n"
)


TYPES_AND_OUTCOMES = (
    "Company,Position,Stage,Interview Date,Status\n"
    "Acme,PM,Phone screen,2026-11-02,Interviewing\n"
    "Globex,PM,Video,2026-11-03,offer\n"
    "Hooli,PM,Onsite,2026-11-04,rejected\n"
)


STAGE_AND_RESULT = (
    "Company,Position,Interview Date,Stage,Status\n"
    "Acme,PM,2026-11-02,Interviewed,Rejected\n"
    "Globex,PM,2026-11-03,Onsite,Offer accepted\n"
    "Hooli,PM,2026-11-04,Final round,\n"
)


@pytest.mark.parametrize(
    ("text", "column_map", "outcome", "interview_type", "outcomes", "types"),
    [
        # A Stage of interview types beside a Status of outcomes: each read as what it holds.
        (
            TYPES_AND_OUTCOMES,
            {},
            "Status",
            "Stage",
            ["interviewing", "offer", "rejected"],
            ["phone", "video", "onsite"],
        ),
        # Whichever comes first.
        (
            "Company,Position,Status,Interview Date,Stage\n"
            "Acme,PM,Interviewing,2026-11-02,Phone screen\n"
            "Globex,PM,Offer,2026-11-03,Onsite\n",
            {},
            "Status",
            "Stage",
            ["interviewing", "offer"],
            ["phone", "onsite"],
        ),
        # Types that are also stage words ("Phone screen", "Onsite", "Final round").
        (
            TYPES_AND_OUTCOMES.replace("Video", "Final round"),
            {},
            "Status",
            "Stage",
            ["interviewing", "offer", "rejected"],
            ["phone", "final", "onsite"],
        ),
        # A column of its own for the type: the Stage of types is left alone.
        (
            TYPES_AND_OUTCOMES.replace("Status\n", "Status,Type\n", 1).replace(
                "\nAcme,PM,Phone screen,2026-11-02,Interviewing",
                "\nAcme,PM,Phone screen,2026-11-02,Interviewing,Panel",
            ),
            {},
            "Status",
            "Type",
            ["interviewing", "offer", "rejected"],
            ["panel", "other", "other"],
        ),
        # Two columns of stage words: the header's choice (the first) stands.
        (
            "Company,Position,Stage,Interview Date,Status\n"
            "Acme,PM,Applied,2026-11-02,Active\n"
            "Globex,PM,Offer,2026-11-03,Closed\n",
            {},
            "Stage",
            None,
            ["applied", "offer"],
            ["other", "other"],
        ),
        # A Status of free text beside a Stage of stage words: the stage words win.
        (
            "Company,Position,Status,Interview Date,Stage\n"
            "Acme,PM,emailed Dana,2026-11-02,Interviewing\n"
            "Globex,PM,call Friday,2026-11-03,Rejected\n",
            {},
            "Stage",
            None,
            ["interviewing", "rejected"],
            ["other", "other"],
        ),
        # ot47 F2: Notion's own Status ties a Stage on stage words; the Stage says more.
        (
            NOTION_STATUS_AND_STAGE,
            {},
            "Stage",
            None,
            ["applied", "rejected", "offer", "not applied"],
            ["other", "other", "other", "other"],
        ),
        (
            "Company,Position,Stage,Interview Date,Status\n"
            "Acme,PM,Rejected,2026-11-02,In progress\n"
            "Globex,PM,Offer,2026-11-03,In progress\n",
            {},
            "Stage",
            None,
            ["rejected", "offer"],
            ["other", "other"],
        ),
        # A Stage of how far each went beside a Status of what came of it (ot111 F1): both
        # are the Outcome, the Stage's interview types the rows' types.
        (
            STAGE_AND_RESULT,
            {},
            "Stage",
            None,
            ["rejected", "accepted", "interviewing"],
            ["other", "onsite", "final"],
        ),
        # The user's column map is never overruled.
        (
            TYPES_AND_OUTCOMES,
            {"Stage": "outcome"},
            "Stage",
            None,
            ["interviewing", "applied", "interviewing"],
            ["other", "other", "other"],
        ),
    ],
)
def test_of_several_outcome_columns_the_values_decide(
    tmp_path: Path,
    text: str,
    column_map: dict[str, str],
    outcome: str,
    interview_type: str | None,
    outcomes: list[str],
    types: list[str],
) -> None:
    """A Stage of interview types was read as the Outcome beside a Status of offers and
    rejections: offers were chased and "Video" needed info."""
    from followup_batch.read import read_trackers

    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8-sig")
    options = ReadOptions(column_map=column_map)
    (raw,) = read_trackers(path, options)
    resolved = resolve_roles(raw)
    assert resolved.headers[resolved.mapping["outcome"]] == outcome
    at = resolved.mapping.get("interview_type")
    assert (None if at is None else resolved.headers[at]) == interview_type
    assert resolve_roles(resolved) is resolved  # decided once
    frame = normalise_rows(raw, options)
    assert frame["outcome"].tolist() == outcomes
    assert frame["interview_type"].tolist() == types


@pytest.mark.parametrize(
    ("text", "notices"),
    [
        # Two columns that could each be the Outcome: the plain run says which is.
        (
            NOTION_STATUS_AND_STAGE,
            [
                'Several columns read as Outcome: "Status" (column C), "Stage" (column D); '
                'using "Stage" (column D), whose values read as stages and outcomes '
                '("Applied", "Rejected", "Offer", ...), the others are left alone.'
            ],
        ),
        (
            "Company,Position,Stage,Interview Date,Status\nAcme,PM,Applied,2026-11-02,Active\n",
            [
                'Several columns read as Outcome: "Stage" (column C), "Status" (column E); '
                'using "Stage" (column C), the others are left alone.'
            ],
        ),
        # A Stage of how far each went and a Status of what came of it: both read.
        (
            STAGE_AND_RESULT,
            [
                'Several columns read as Outcome: "Stage" (column D), "Status" (column E); '
                '"Stage" (column D) holds the stage each row reached ("Interviewed", "Onsite", '
                '"Final round") and "Status" (column E) what came of it ("Rejected", "Offer '
                'accepted"): both are read, a filled "Status" closing the row or taking it '
                "further."
            ],
        ),
        # A Stage of interview types could not be the Outcome: said under -v only.
        (TYPES_AND_OUTCOMES, []),
    ],
)
def test_a_choice_of_outcome_columns_is_said_in_the_plain_run(
    tmp_path: Path, text: str, notices: list[str]
) -> None:
    from followup_batch.read import read_trackers

    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8-sig")
    (raw,) = read_trackers(path, OPTIONS)
    resolved = resolve_roles(raw)
    assert resolved.notices == notices
    assert set(notices) <= set(resolved.notes)
    assert resolve_roles(resolved).notices == notices  # said once


@pytest.mark.parametrize(
    ("text", "note"),
    [
        (
            TYPES_AND_OUTCOMES,
            'Several columns read as Outcome: "Stage" (column C), "Status" (column E); using '
            '"Status" (column E), whose values read as stages and outcomes ("Interviewing", '
            '"offer", "rejected"); "Stage" (column C) holds interview types ("Phone screen", '
            '"Video", "Onsite"): it is read as Interview Type.',
        ),
        # An Outcome not filled in yet (ot59 F3): the Stage was first taken as the Outcome
        # "as Outcome is empty", then read as Interview Type, with a note quoting "()".
        (
            "Company,Position,Interview Date,Stage,Interviewer,Outcome\n"
            "Acme,Analyst,2026-12-17,Phone screen,Dana Ortiz,\n"
            "Nordbank,Risk Analyst,2026-12-18,Video,Erik Lund,\n"
            "Tokyo Trade,Analyst,2026-12-16,Onsite,Sato Ken,\n",
            'Several columns read as Outcome: "Stage" (column D), "Outcome" (column F); using '
            '"Outcome" (column F), empty so far; "Stage" (column D) holds interview types '
            '("Phone screen", "Video", "Onsite"): it is read as Interview Type.',
        ),
    ],
)
def test_the_note_says_which_column_is_which(tmp_path: Path, text: str, note: str) -> None:
    from followup_batch.read import read_trackers

    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8-sig")
    (raw,) = read_trackers(path, OPTIONS)
    resolved = resolve_roles(raw)
    assert resolved.notes == [note]
    assert "Stage" not in resolved.ignored
    assert resolved.headers[resolved.mapping["interview_type"]] == "Stage"


LINKEDIN_STATUSES = ("Application viewed", "Resume downloaded", "No longer accepting applications")


@pytest.mark.parametrize(
    ("header", "cells", "outcomes", "note"),
    [
        # LinkedIn's status pasted beside a log: no column is the Outcome, and its cells are
        # stages, so it is one (ot113 F5: it was left alone, the closed posting chased).
        (
            "LinkedIn status",
            LINKEDIN_STATUSES,
            ["applied", "applied", "rejected"],
            '"LinkedIn status" (D) holds stages ("Application viewed", "Resume downloaded", "No '
            'longer accepting applications"): it is read as Outcome.',
        ),
        # Only under a header with an outcome word among its others ...
        ("LinkedIn", LINKEDIN_STATUSES, ["applied", "applied", "applied"], None),
        # ... and with two stages at least: "Sent" on every row is no stage of the rows.
        ("Thank-you status", ("Sent", "Sent", "Sent"), ["applied", "applied", "applied"], None),
    ],
)
def test_a_status_column_no_header_reads_is_the_outcome_by_its_stages(
    tmp_path: Path, header: str, cells: tuple[str, ...], outcomes: list[str], note: str | None
) -> None:
    from followup_batch.read import read_trackers

    path = tmp_path / "t.csv"
    path.write_text(
        f"Company,Position,Applied,{header}\n"
        + "".join(
            f"{c},Analyst,2026-11-0{n},{cell}\n"
            for n, (c, cell) in enumerate(zip("ABC", cells, strict=True), 2)
        ),
        encoding="utf-8-sig",
    )
    (raw,) = read_trackers(path, OPTIONS)
    resolved = resolve_roles(raw)
    assert [n for n in resolved.notes if "holds stages" in n] == ([note] if note else [])
    frame = normalise_rows(raw, OPTIONS, as_of="2026-11-20")
    assert frame["outcome"].tolist() == outcomes


NOT_AN_OUTCOME = (
    'row 2, column "{header}": "{cell}" is not a known outcome (not applied, applied, '
    "interviewing, offer, hired, accepted, rejected, withdrawn, ghosted or on hold); write one "
    "of them (blank is applied)"
)

AFTER = "Thank-you note: the day after the {} on Mon 2026-11-16 → Tue 2026-11-17"
SAME_DAY = "Thank-you note: same day as the phone screen on Mon 2026-11-16"
NETWORKING = (
    "Networking check-in: 10 weeks after Mon 2026-11-16 → Mon 2027-01-25; closed: the outcome "
    "is rejected, only this message is left"
)
NETWORKING_WITHDRAWN = NETWORKING.replace("rejected", "withdrawn")
OFFER_CLOSED = "Closed: the outcome is offer; nothing more to send."
# A row to fix has nothing due; its Why says so first, its dates below (ot81 F4).
TO_FIX = (
    "Needs info: nothing is due or drafted from this row until it is fixed (see Problems); "
    "as it reads now:"
)


@pytest.mark.parametrize(
    ("columns", "cells", "seen"),
    [
        # A Stage cell naming an interview type is the type, and the interviewing stage
        # (ot54 F4): interviewed Mon 11-16, the thank-you due the day after (Tue 11-17), or the
        # same day after a phone screen; the Why names the kind.
        ("Stage", "Video", ("Overdue", "2026-11-17", "", AFTER.format("video interview"))),
        ("Stage", "Panel", ("Overdue", "2026-11-17", "", AFTER.format("panel interview"))),
        ("Stage", "Zoom", ("Overdue", "2026-11-17", "", AFTER.format("video interview"))),
        ("Stage", "Phone screen", ("Overdue", "2026-11-16", "", SAME_DAY)),
        ("Stage", "Onsite", ("Overdue", "2026-11-17", "", AFTER.format("onsite interview"))),
        # A stage that names no kind of interview: interviewing, of no type.
        ("Stage", "Technical", ("Overdue", "2026-11-17", "", AFTER.format("interview"))),
        # An outcome is the row's, the later stage: closed.
        (
            "Stage",
            "Offer",
            ("Closed", "", "", "Closed: the outcome is offer; nothing more to send."),
        ),
        ("Stage", "Rejected after onsite", ("Closed", "2027-01-25", "", NETWORKING)),
        # A rejection as African and Indian English trackers write it: the "regret letter"
        # (ot75 F8: Needs info, with a check-in still due).
        ("Status", "Regret", ("Closed", "2027-01-25", "", NETWORKING)),
        ("Status", "Regret letter", ("Closed", "2027-01-25", "", NETWORKING)),
        ("Status", "Regretted", ("Closed", "2027-01-25", "", NETWORKING)),
        ("Status", "Regret email received", ("Closed", "2027-01-25", "", NETWORKING)),
        ("Status", "Not successful", ("Closed", "2027-01-25", "", NETWORKING)),
        ("Status", "Unsuccessful application", ("Closed", "2027-01-25", "", NETWORKING)),
        # Still waiting after the interview, as "No response" reads; a test of the selection
        # process is the interviewing stage, as "Assessment" is (ot75 F8: each was Needs info).
        ("Status", "No feedback", ("Overdue", "2026-11-17", "", AFTER.format("interview"))),
        ("Status", "No feedback yet", ("Overdue", "2026-11-17", "", AFTER.format("interview"))),
        ("Status", "No response", ("Overdue", "2026-11-17", "", AFTER.format("interview"))),
        ("Status", "Aptitude test", ("Overdue", "2026-11-17", "", AFTER.format("interview"))),
        ("Status", "Psychometric test", ("Overdue", "2026-11-17", "", AFTER.format("interview"))),
        ("Status", "Assessment", ("Overdue", "2026-11-17", "", AFTER.format("interview"))),
        ("Status", "Interviewing", ("Overdue", "2026-11-17", "", AFTER.format("interview"))),
        # "Successful" alone: a round passed, or the job? The row needs info, the choices named;
        # with the offer said, it is the offer.
        (
            "Status",
            "Successful",
            (
                "Needs info",
                "",
                'row 2, column "Status": "Successful" could be a round passed or the job won: '
                "write interviewing (a round passed, another to come) or offer (the job offered)",
                TO_FIX,
            ),
        ),
        (
            "Status",
            "Successful - offer made",
            ("Closed", "", "", "Closed: the outcome is offer; nothing more to send."),
        ),
        # A round passed, the next to come, as "Advanced" and "Next round" are: the check-ins
        # go on (ot81 F4: "Passed", "Cleared", "successful at first stage" were Needs info).
        *(
            ("Status", cell, ("Overdue", "2026-11-17", "", AFTER.format("interview")))
            for cell in (
                "Passed",
                "Passed!",
                "Passed first round",
                "successful at first stage",
                "Successful at stage 2",
                "Cleared",
                "Cleared round 1",
                "Shortlisted",
                "Moved to next round",
                "Moved forward",
                "Progressed",
                "Selected for next round",
                # Said to what (ot86 F1: alone or so only).
                "moved forward to stage 2",
                "progressed to final round",
                "Progressed to final",
                "Passed stage 2",
                "Cleared stage 1",
                "Invited to stage 2",
                "Stage 2",
                "stage 2 interview",
                # Another round, the offer: no other candidate.
                "moved forward with another round",
                "moving forward with another interview",
            )
        ),
        # A round not passed, and the employer's "we passed" (ot81 F4): rejected; the
        # candidate's "I passed on it": withdrawn. Either closes the row.
        *(
            (
                "Status",
                cell,
                (
                    "Closed",
                    "2027-01-25",
                    "",
                    NETWORKING_WITHDRAWN if cell == "I passed on it" else NETWORKING,
                ),
            )
            for cell in (
                "Not selected",
                "Not shortlisted",
                "Not passed",
                "Didn't pass",
                "Not cleared",
                "Did not clear",
                "Not moved forward",
                "Not progressing",
                "We passed",
                "They passed on me",
                "Unsuccessful at first stage",
                "I passed on it",
                # The employer went on with someone else, a round failed (ot86 F1: each was
                # read as a round passed, the check-ins going on, no Problems).
                "moved forward with another candidate",
                "they moved forward with someone else",
                "Company moved forward with an internal candidate",
                "We've decided to move forward with other applicants",
                "decided to move forward with the other 3 candidates",
                "progressed with other candidates",
                "Role progressed with internal hire",
                "moving forward with others",
                "Failed stage 2",
                "Failed at the final round",
                "failed first stage",
                "stage 2: no",
                "Round 2 - no",
                "Stage 2 - rejected",
                "Stage 2 — failed",
                "not progressed to stage 2",
            )
        ),
        ("Status", "moved forward with the offer", ("Closed", "", "", OFFER_CLOSED)),
        # "Selected" alone: the next round, or the job (India's "got selected")? As
        # "Successful", the row needs info, the choices named.
        (
            "Status",
            "Selected",
            (
                "Needs info",
                "",
                'row 2, column "Status": "Selected" could be a round passed or the job won: '
                "write interviewing (a round passed, another to come) or offer (the job offered)",
                TO_FIX,
            ),
        ),
        # "Passed" in a sentence is no round passed: not read, never guessed.
        *(
            (
                "Status",
                cell,
                ("Needs info", "", NOT_AN_OUTCOME.format(header="Status", cell=cell), TO_FIX),
            )
            for cell in (
                "Passed away",
                "Passed on Monday",
                "Passed on the role",
                # Neither a round passed nor a rejection said plainly (ot86 F1): asked.
                "Moved forward - stage 2",
                "Moved forward with hiring manager",
                "progressing with other applications",
                "Failed to schedule stage 2",
                "stage 2: yes",
                "Did not progress",
            )
        ),
        # "No regrets" is no rejection: the negation stands.
        (
            "Status",
            "No regrets",
            (
                "Needs info",
                "",
                NOT_AN_OUTCOME.format(header="Status", cell="No regrets"),
                TO_FIX,
            ),
        ),
        # In the other languages' Stage headers.
        ("Étape", "Visio", ("Overdue", "2026-11-17", "", AFTER.format("video interview"))),
        ("Étape", "Téléphone", ("Overdue", "2026-11-16", "", SAME_DAY)),
        ("Etapa", "Presencial", ("Overdue", "2026-11-17", "", AFTER.format("onsite interview"))),
        ("Fase", "Telefonisch", ("Overdue", "2026-11-16", "", SAME_DAY)),
        ("Etappe", "Video", ("Overdue", "2026-11-17", "", AFTER.format("video interview"))),
        # An Interview Type of African and Indian English (ot75 F8: "is not a known interview
        # type ... read as other" in Problems): in person, before a board or a panel; a round
        # or an assessment centre names no kind, and no problem.
        (
            "Interview Type",
            "Physical interview",
            ("Overdue", "2026-11-17", "", AFTER.format("onsite interview")),
        ),
        (
            "Interview Type",
            "Board interview",
            ("Overdue", "2026-11-17", "", AFTER.format("panel interview")),
        ),
        (
            "Interview Type",
            "Oral interview",
            ("Overdue", "2026-11-17", "", AFTER.format("panel interview")),
        ),
        (
            "Interview Type",
            "2nd Interview",
            ("Overdue", "2026-11-17", "", AFTER.format("interview")),
        ),
        (
            "Interview Type",
            "Assessment centre",
            ("Overdue", "2026-11-17", "", AFTER.format("interview")),
        ),
        # An Interview Type column says the kind; the Stage's type says the row interviewed.
        (
            "Stage,Interview Type",
            "Video,Onsite",
            ("Overdue", "2026-11-17", "", AFTER.format("onsite interview")),
        ),
        # Beside a Status the tie rules stand: the Stage of types is the Interview Type.
        (
            "Stage,Status",
            "Phone screen,Rejected",
            ("Closed", "2027-01-25", "", NETWORKING),
        ),
        # A Status, or a Stage mapped to the Outcome, is read as an outcome only.
        (
            "Status",
            "Video",
            (
                "Needs info",
                "",
                NOT_AN_OUTCOME.format(header="Status", cell="Video"),
                TO_FIX,
            ),
        ),
        (
            "Stage --map Stage=outcome",
            "Video",
            (
                "Needs info",
                "",
                NOT_AN_OUTCOME.format(header="Stage", cell="Video"),
                TO_FIX,
            ),
        ),
    ],
)
def test_a_stage_column_is_read_by_what_each_cell_holds(
    tmp_path: Path, columns: str, cells: str, seen: tuple[str, str, str, str]
) -> None:
    """A Stage of interview types was read as the Outcome alone: "Video" was no known
    outcome and the row needed info (ot54 F4)."""
    header, _, mapped = columns.partition(" --map ")
    tracker = tmp_path / "interviews.csv"
    tracker.write_text(
        f"Company,Position,Date Applied,Interview Date,{header}\n"
        f"Acme,Analyst,2026-11-02,2026-11-16,{cells}\n",
        encoding="utf-8-sig",
    )
    args = ["run", "--as-of", "2026-11-20", "-q", str(tracker)]
    args += ["--map", mapped] if mapped else []
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (row,) = csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8-sig")))
    status, due, problems, why = seen
    assert (row["Follow-up status"], row["Next due"], row["Problems"]) == (status, due, problems)
    assert row["Why"].split("\n")[0] == why


# What a coach reads in a Status of the stage reached beside a Result of what came of it
# (ot111 F1): the Result, when filled, closes the row or takes it further.
ACCEPTED_CLOSED = "Closed: the outcome is accepted; nothing more to send."
GHOSTED = ("Closed", "Networking check-in", NETWORKING.replace("rejected", "ghosted"), "")
REJECTED = ("Closed", "Networking check-in", NETWORKING, "")
THANK_YOU = ("Overdue", "Thank-you note", AFTER.format("interview"), "")
TWO_WAYS = (
    'row 4, column "Result": "{}" is read as {}, but "Status" as {} ("{}"): correct the one '
    "that is out of date"
)


@pytest.mark.parametrize(
    ("headers", "cells", "seen"),
    [
        # The tester's tracker, shortened: a closing Result wins over the stage reached.
        ("Status,Result", "Interviewed,Rejected", REJECTED),
        ("Status,Result", "Onsite,Offer accepted", ("Closed", "—", ACCEPTED_CLOSED, "")),
        ("Status,Result", "Phone screen,Ghosted", GHOSTED),
        (
            "Status,Result",
            "Interviewed,Withdrawn",
            ("Closed", "Networking check-in", NETWORKING_WITHDRAWN, ""),
        ),
        ("Status,Result", "Phone screen,Not selected", REJECTED),
        ("Status,Result", "Onsite,Offer", ("Closed", "—", OFFER_CLOSED, "")),
        # No result yet: the stage's reading (a final round: its thank-you skipped, too late).
        (
            "Status,Result",
            "Final round,",
            (
                "Overdue",
                "1st check-in",
                "1st check-in: 5 bd −2 final round = 3 bd after Mon 2026-11-16 → Thu 2026-11-19",
                "",
            ),
        ),
        ("Status,Result", "Technical round,n/a", THANK_YOU),
        # Stage + Status and Status + Outcome, the tester's other trackers.
        ("Stage,Status", "Interviewed,Rejected", REJECTED),
        ("Status,Outcome", "Interview,Offer -> declined", REJECTED),
        ("Status,Outcome", "Entretien,Offre retirée", REJECTED),
        ("Status,Outcome", "Technical round,Regret mail received", REJECTED),
        (
            "Status,Outcome",
            '"Interview","Offer made, waiting for my answer"',
            ("Closed", "—", OFFER_CLOSED, ""),
        ),
        ("Status,Outcome", "Gesprek,On hold", THANK_YOU),
        # An open result says no more than the stage: still interviewing.
        ("Status,Outcome", "Interview,Waiting", THANK_YOU),
        # A later round dated in the result: the next round, its follow-ups that round's
        # (ot108 F5).
        (
            "Status,Outcome",
            "Phone screen passed,Onsite 11/24",
            (
                "Scheduled",
                "Thank-you note",
                "Thank-you note: the day after the onsite interview on Tue 2026-11-24 → Wed "
                "2026-11-25",
                'row 4, column "Outcome": "Onsite 11/24": the next round read from it, Tue '
                '2026-11-24, after the interview in "Interview Date" (Mon 2026-11-16): the '
                'follow-ups are that round\'s; write it in "Interview Date", or give that '
                "round a row of its own, so that it stays when the Status changes",
            ),
        ),
        # A result the stage leads to: the offer accepted.
        ("Status,Result", "Offer,Accepted", ("Closed", "—", ACCEPTED_CLOSED, "")),
        # Two cells that close the row two ways, or a closed stage beside an open result:
        # never settled toward a check-in; the row needs info, and says which cells.
        (
            "Status,Result",
            "Rejected,Offer accepted",
            (
                "Needs info",
                "—",
                TO_FIX,
                TWO_WAYS.format("Offer accepted", "accepted", "rejected", "Rejected"),
            ),
        ),
        (
            "Status,Result",
            "Withdrawn,Interviewing",
            (
                "Needs info",
                "—",
                TO_FIX,
                TWO_WAYS.format("Interviewing", "interviewing", "withdrawn", "Withdrawn"),
            ),
        ),
    ],
)
def test_a_result_column_beside_a_status_of_stages_is_read_too(
    tmp_path: Path, headers: str, cells: str, seen: tuple[str, str, str, str]
) -> None:
    """A Result beside a Status of stages was left alone: rejected, withdrawn and accepted
    rows all got a check-in (outside test ot111 F1). The other rows make the one column
    stages, the other results."""
    tracker = tmp_path / "interviews.csv"
    tracker.write_text(
        f"Company,Position,Interview Date,{headers}\n"
        "Initech,PM,2026-11-16,Final round,\n"
        "Hooli,PM,2026-11-16,Phone screen,Rejected\n"
        f"Acme,Analyst,2026-11-16,{cells}\n",
        encoding="utf-8-sig",
    )
    args = ["run", "--as-of", "2026-11-20", "-q", str(tracker)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    *_, row = csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8-sig")))
    why = row["Why"].split("\n")[0]
    assert (row["Follow-up status"], row["Next action"], why, row["Problems"]) == seen


def test_a_stage_of_interview_types_without_a_date_needs_it(tmp_path: Path) -> None:
    tracker = tmp_path / "interviews.csv"
    tracker.write_text(
        "Company,Position,Date Applied,Interview Date,Stage\n"
        "Acme,Analyst,2026-11-02,,Video\n"
        "Globex,Analyst,2026-11-02,,Applied\n",
        encoding="utf-8-sig",
    )
    args = ["run", "--as-of", "2026-11-20", "-q", str(tracker)]
    assert CliRunner().invoke(main, args, catch_exceptions=False).exit_code == 0
    video, applied = csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8-sig")))
    assert (video["Follow-up status"], video["Problems"]) == (
        "Needs info",
        'row 2, column "Interview Date": Interview Date is empty, but the stage says there was '
        "an interview: when?",
    )
    assert (applied["Follow-up status"], applied["Next action"], applied["Problems"]) == (
        "Overdue",
        "Application check-in",
        "",
    )


@pytest.mark.parametrize(
    ("header", "cell", "sent", "done"),
    [
        ("Follow-up sent", "checked", pd.NaT, True),  # Airtable's ticked checkbox
        ("Follow-up sent", "", pd.NaT, False),
        ("Follow Up", "11/20/2026", T("2026-11-20"), True),  # Teal's date
    ],
)
def test_a_follow_up_sent_column_is_the_applications_check_in(
    tmp_path: Path, header: str, cell: str, sent: pd.Timestamp, done: bool
) -> None:
    """Airtable's "Follow-up sent" was left alone: an application marked followed up was
    chased for its check-in again, with a draft."""
    from followup_batch.read import read_trackers

    path = tmp_path / "t.csv"
    path.write_text(
        f"Position,Company,Stage,Applied on,{header}\n"
        f"Engineer,Prestige,Applied,2026-11-16,{cell}\n",
        encoding="utf-8-sig",
    )
    (raw,) = read_trackers(path, OPTIONS)
    frame = normalise_rows(raw, OPTIONS, as_of=dt.date(2026, 12, 3))
    seen = frame.loc[2, ["application_check_in_sent", "application_check_in_done"]].tolist()
    assert seen == [sent, done]
    assert frame.loc[2, "problems"] == []


@pytest.mark.parametrize(
    ("header", "cells", "read"),
    [
        ("Follow Up", ["11/20/2026", "checked", "", "n/a"], True),
        # Notes to oneself under the vague header: left alone, as before it was known.
        ("Follow Up", ["11/20/2026", "followed up twice"], False),
        ("Follow-up sent", ["call Dana Friday"], False),
        # A header that names the field is read whatever it holds (the cell is a problem).
        ("Followed Up", ["call Dana Friday"], True),
    ],
)
def test_a_vague_follow_up_column_of_notes_is_left_alone(
    tmp_path: Path, header: str, cells: list[str], read: bool
) -> None:
    from followup_batch.read import read_trackers

    path = tmp_path / "t.csv"
    body = "".join(f"Acme,PM,2026-11-0{i + 2},{cell}\n" for i, cell in enumerate(cells))
    path.write_text(f"Company,Position,Date Applied,{header}\n{body}", encoding="utf-8-sig")
    (raw,) = read_trackers(path, OPTIONS)
    resolved = resolve_roles(raw)
    assert ("application_check_in_sent" in resolved.mapping) is read
    assert (header in resolved.ignored) is not read
    if not read:
        note = next(n for n in resolved.notes if n.startswith(f'"{header}" (D)'))
        assert note.endswith(
            f'it is left alone. Map it with --map "{header}=application_check_in_sent" if it '
            "is the Application Check-in Sent."
        )
        assert resolve_roles(resolved) is resolved


@pytest.mark.parametrize(
    ("header", "cells", "outcomes", "note"),
    [
        # Huntr's board list and an Excel log's Response hold the rows' stages (ot38 F4).
        (
            "List",
            ["Rejected", "Wishlist", "Applied"],
            ["rejected", "not applied", "applied"],
            '"List" (D) holds stages ("Rejected", "Wishlist", "Applied"): it is read as Outcome.',
        ),
        (
            "RESPONSE",
            ["Declined", "Rejected", "No response", ""],
            ["rejected", "rejected", "applied", "applied"],
            '"RESPONSE" (D) holds stages ("Declined", "Rejected", "No response"): it is read as '
            "Outcome.",
        ),
        # One stray word in five is its row's problem, as in any Outcome column.
        (
            "Response",
            ["Rejected", "Interview", "Offer", "Applied", "Call Dana"],
            ["rejected", "interviewing", "offer", "applied", "applied"],
            '"Response" (D) holds stages ("Rejected", "Interview", "Offer", ...): it is read as '
            "Outcome.",
        ),
        # Reply dates, yes/no marks or notes are no stages: left alone, as before; so is a
        # List of a job seeker's own tiers, which flagged every row when List was the Outcome.
        (
            "List",
            ["Dream", "Backup", "Dream"],
            None,
            '"List" (D) holds something other than stages ("Dream"): it is left alone. '
            'Map it with --map "List=outcome" if it is the Outcome.',
        ),
        (
            "Response",
            ["2026-11-10", "", "Yes"],
            None,
            '"Response" (D) holds something other than stages ("2026-11-10"): it is left alone. '
            'Map it with --map "Response=outcome" if it is the Outcome.',
        ),
        (
            "List",
            ["Rejected", "call Dana", "send portfolio"],
            None,
            '"List" (D) holds something other than stages ("call Dana"): it is left alone. '
            'Map it with --map "List=outcome" if it is the Outcome.',
        ),
    ],
)
def test_a_vague_stage_column_is_the_outcome_while_it_holds_stages(
    tmp_path: Path, header: str, cells: list[str], outcomes: list[str] | None, note: str
) -> None:
    from followup_batch.read import read_trackers

    path = tmp_path / "t.csv"
    body = "".join(f"Acme,PM,2026-11-0{i + 2},{cell}\n" for i, cell in enumerate(cells))
    path.write_text(f"Company,Position,Date Applied,{header}\n{body}", encoding="utf-8-sig")
    (raw,) = read_trackers(path, OPTIONS)
    resolved = resolve_roles(raw)
    assert resolved.notes == [note]
    assert resolve_roles(resolved) is resolved
    frame = normalise_rows(raw, OPTIONS, as_of=dt.date(2026, 12, 4))
    assert frame["outcome"].tolist() == (outcomes or ["applied"] * len(cells))
    assert (header in resolved.ignored) is (outcomes is None)


@pytest.mark.parametrize(
    ("tracker", "seen"),
    [
        # Huntr: rejected after an interview on Sun 09-20, networking 10 weeks on (Sun 11-29,
        # rolled to Mon 11-30); a saved posting is not applied.
        (
            "Title,Company,List,Date Applied,First Interview Date\n"
            "Product Manager,Umbrella Corp,Rejected,2026-09-02,2026-09-20\n"
            "Frontend Dev,Pied Piper,Wishlist,,\n"
            "Data Analyst,Globex,Applied,2026-11-12,\n",
            [
                ("Overdue", "Networking check-in", "2026-11-30"),
                ("Not applied", "—", ""),
                ("Overdue", "Application check-in", "2026-11-24"),
            ],
        ),
        # An Excel job-search log: declined and rejected after interviews on Wed 10-14 and
        # Tue 10-20: networking 10 weeks on, Wed 12-23 and Tue 12-29.
        (
            "COMPANY,POSITION,DATE OF APPLICATION,INTERVIEW DATE,RESPONSE\n"
            "Tailspin Toys,Buyer,2026-10-01,2026-10-14,Declined\n"
            "Northwind,Analyst,2026-10-01,2026-10-20,Rejected\n",
            [
                ("Closed", "Networking check-in", "2026-12-23"),
                ("Closed", "Networking check-in", "2026-12-29"),
            ],
        ),
    ],
)
def test_a_rejection_in_a_list_or_response_column_is_not_chased(
    tmp_path: Path, tracker: str, seen: list[tuple[str, str, str]]
) -> None:
    path = tmp_path / "t.csv"
    path.write_text(tracker, encoding="utf-8-sig")
    args = ["run", "--as-of", "2026-12-04", "-q", str(path)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert [(r["Follow-up status"], r["Next action"], r["Next due"]) for r in rows] == seen
    assert [r["Problems"] for r in rows] == [""] * len(seen)


@pytest.mark.parametrize(
    ("header", "cells", "names", "emails"),
    [
        # Huntr's export: a contact with the address in brackets is the interviewer.
        ("Contacts", ["Dana Ortiz (dana@initech.com)"], [["Dana Ortiz"]], [["dana@initech.com"]]),
        ("Contacts", ["Dana Ortiz; Sam Lee", "n/a"], [["Dana Ortiz", "Sam Lee"], []], [[], []]),
        ("Contacts", ["sam@initech.com"], [[]], [["sam@initech.com"]]),
        ("Contact", ["Ana Diaz <ana@acme.com>"], [["Ana Diaz"]], [["ana@acme.com"]]),
        # One stray count among names is that row's problem, not the column's.
        (
            "Contacts",
            ["Dana Ortiz", "Sam Lee (sam@acme.com)", "3"],
            [["Dana Ortiz"], ["Sam Lee"], []],
            [[], ["sam@acme.com"], []],
        ),
        # Counts, phone numbers or dates under a vague contact header name nobody.
        ("Contacts", ["Dana Ortiz", "3"], None, None),
        ("Contact", ["+1 555 0100"], None, None),
        ("Contacts", ["2026-11-20"], None, None),
    ],
)
def test_a_vague_contact_column_is_the_interviewer_while_it_holds_names(
    tmp_path: Path,
    header: str,
    cells: list[str],
    names: list[list[str]] | None,
    emails: list[list[str]] | None,
) -> None:
    from followup_batch.read import read_trackers

    path = tmp_path / "t.csv"
    body = "".join(f"Acme,PM,2026-11-0{i + 2},{cell}\n" for i, cell in enumerate(cells))
    path.write_text(f"Company,Position,Interview Date,{header}\n{body}", encoding="utf-8-sig")
    (raw,) = read_trackers(path, OPTIONS)
    frame = normalise_rows(raw, OPTIONS, as_of=dt.date(2026, 12, 3))
    if names is not None:
        assert frame["interviewers"].tolist() == names
        assert frame["interviewer_emails"].tolist() == emails
        return
    assert frame["interviewers"].tolist() == [[]] * len(cells)
    resolved = resolve_roles(raw)
    assert header in resolved.ignored
    note = next(n for n in resolved.notes if n.startswith(f'"{header}" (D)'))
    assert note.endswith(
        f'it is left alone. Map it with --map "{header}=interviewer" if it is the Interviewer.'
    )
    # ... and the map the note suggests is taken as written.
    mapped = ReadOptions(column_map={header: "interviewer"})
    (raw,) = read_trackers(path, mapped)
    assert "interviewer" in resolve_roles(raw).mapping


@pytest.mark.parametrize(
    ("outcome", "offer", "expected", "problems"),
    [
        # A filled Offer Date (Huntr's export) is an offer, whatever open stage the row is at.
        (None, "2026-11-02T15:00:00.000Z", "offer", []),
        ("Interviewing", "11/02/2026", "offer", []),
        ("Applied", "Nov 2", "offer", []),
        ("On hold", "yes", "offer", []),
        (None, "", "applied", []),
        (None, "no", "applied", []),
        (None, "n/a", "applied", []),
        # A closing outcome written beside it stands: an offer declined, or withdrawn.
        ("Withdrawn", "2026-11-02", "withdrawn", []),
        ("Rejected", "2026-11-02", "rejected", []),
        ("Accepted", "2026-11-02", "accepted", []),
        # Not a date, or a date still to come: no offer yet, and the row says why.
        (
            None,
            "soon",
            "applied",
            ['row 2, column "Offer Date": "soon" is not a date or yes/no; not read as an offer'],
        ),
        (
            "Interviewing",
            "2026-12-10",
            "interviewing",
            [
                'row 2, column "Offer Date": "2026-12-10" is after Thu 2026-12-03; not read as '
                "an offer yet"
            ],
        ),
    ],
)
def test_an_offer_date_is_an_offer(
    tmp_path: Path, outcome: str | None, offer: str, expected: str, problems: list[str]
) -> None:
    from followup_batch.read import read_trackers

    path = tmp_path / "t.csv"
    path.write_text(
        "Company,Position,Interview Date,Offer Date,Status\n"
        f"Acme,PM,2026-10-20,{offer},{outcome or ''}\n",
        encoding="utf-8-sig",
    )
    (raw,) = read_trackers(path, OPTIONS)
    frame = normalise_rows(raw, OPTIONS, as_of=dt.date(2026, 12, 3))
    assert frame.loc[2, "outcome"] == expected
    assert frame.loc[2, "problems"] == problems


@pytest.mark.parametrize(
    ("interview", "offer", "problems"),
    [
        # An offer dated before the row's interview: one date is wrong; the offer stands.
        (
            "2026-11-20",
            "2026-11-02",
            [
                'row 2, column "Offer Date": Mon 2026-11-02 is before the interview on '
                "Fri 2026-11-20; read as an offer — check which date is right"
            ],
        ),
        (
            "2026-01-05",
            "2025-12-31",
            [
                'row 2, column "Offer Date": Wed 2025-12-31 is before the interview on '
                "Mon 2026-01-05; read as an offer — check which date is right"
            ],
        ),
        # The same day, or after: nothing to say.
        ("2026-11-20", "2026-11-20", []),
        ("2026-11-20", "2026-11-27", []),
        # A yes-mark, or no interview date, has no date to compare.
        ("2026-11-20", "yes", []),
        ("", "2026-11-02", []),
    ],
)
def test_an_offer_before_the_interview_is_reported(
    tmp_path: Path, interview: str, offer: str, problems: list[str]
) -> None:
    from followup_batch.read import read_trackers

    path = tmp_path / "t.csv"
    path.write_text(
        "Company,Position,Interview Date,Offer Date,Status\n"
        f"Acme,PM,{interview},{offer},Interviewing\n",
        encoding="utf-8-sig",
    )
    (raw,) = read_trackers(path, OPTIONS)
    frame = normalise_rows(raw, OPTIONS, as_of=dt.date(2026, 12, 3))
    assert frame.loc[2, "outcome"] == "offer"
    assert frame.loc[2, "problems"] == problems
