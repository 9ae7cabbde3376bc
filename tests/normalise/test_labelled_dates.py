"""A date after a label ("Antwort: 4.5.2027", "HR: 13/05/2027") is read as the same date
without the label, and counts as it does in its column's order (ot95 F1); a mark after a
label of what was made of the interview ("Feedback: 4/5") is a score, not a date (ot95 F8).
A Date Applied that repeats its column's name ("Applied on 11/04/2026") is the date alone
(ot113 F3); one counted from the day it was copied ("Applied 2w ago") says so (ot113 F4), as
does a week written for its day ("week of 12/14", fx292).

Every tracker's interview is Mon 2026-12-14 and every run's as-of that day, so nothing depends
on today.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from trackers import raw_table

import followup_batch as fb
from followup_batch.cli import main
from followup_batch.datasets.date_orders import settle_date_orders
from followup_batch.datasets.plan import plan_dataset
from followup_batch.normalise.frame import normalise_rows
from followup_batch.normalise.row_dates import RELATIVE_DATE, WEEK_NOT_DAY
from followup_batch.read import ReadOptions

INTERVIEW = "2026-12-14"
# Rows in countries that write dates both ways: nothing but the values settles the order.
MIXED = [("US", "next week"), ("DE", "in 2 weeks")]
NOT_READ = (
    '"{said}" is not a date or a timeline phrase (e.g. "Friday", "next week", "in 2 weeks",'
    ' "within 5 business days", "early January")'
)


def _tracker(path: Path, rows: list[tuple[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Company", "Position", "Interview Date", "Country", "Decision Date"])
        for i, (country, said) in enumerate(rows):
            writer.writerow([f"Co{i}", "Analyst", INTERVIEW, country, said])
    return path


def _run(tmp_path: Path, rows: list[tuple[str, str]]) -> list[dict[str, str]]:
    tracker = _tracker(tmp_path / "tracker.csv", rows)
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main, ["run", str(tracker), "--as-of", INTERVIEW, "--output", str(out)]
    )
    assert result.exit_code == 0, result.stderr
    with out.open(encoding="utf-8-sig") as written:
        return list(csv.DictReader(written))


def _stated(row: dict[str, str]) -> str | None:
    """The stated decision date the run's Why gives, as yyyy-mm-dd."""
    m = re.search(r"the stated decision date \w{3} (\d{4}-\d\d-\d\d)", row["Why"])
    return None if m is None else m[1]


def _library(tmp_path: Path, rows: list[tuple[str, str]]) -> list[str | None]:
    """Each row's decision date as ``normalise_rows`` reads it."""
    tracker = _tracker(tmp_path / "library.csv", rows)
    config = fb.load_config(None)
    (table,) = fb.read_trackers(tracker, config.reading)
    frame = fb.normalise_rows(table, config.reading, as_of=INTERVIEW)
    return [None if d != d or d is None else str(d)[:10] for d in frame["decision_date"]]


def _unlabelled(said: str) -> str:
    return re.split(r"[:：]", said, maxsplit=1)[1].strip() if ":" in said else said


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # Dates with dots are day-first wherever they are written (ot95 F1: these were read
        # month-first after a label among rows in several countries: 5 April, 2 January).
        ([("DE", "Antwort: 4.5.2027"), *MIXED], "2027-05-04"),
        ([("DE", "Rückmeldung: 1.2.2027"), *MIXED], "2027-02-01"),
        ([("DE", "Hinweis: 1.2"), *MIXED], "2027-02-01"),
        ([("DE", "Entscheidung: 3.2."), *MIXED], "2027-02-03"),
        ([("AT", "Rückmeldung: 13.5.2027"), *MIXED], "2027-05-13"),
        ([("CH", "Antwort: 4.5.27"), *MIXED], "2027-05-04"),
        ([("NL", "Antwoord: 4.5.2027"), *MIXED], "2027-05-04"),
        ([("US", "HR: 4.5.2027"), *MIXED], "2027-05-04"),
        ([("GB", "Recruiter: 4.5.2027"), *MIXED], "2027-05-04"),
        # In a tracker of one country, as alone.
        ([("DE", "Antwort: 4.5.2027")], "2027-05-04"),
        ([("US", "HR: 4.5.2027")], "2027-05-04"),
        ([("GB", "Recruiter: 04/05/2027")], "2027-05-04"),
        ([("US", "HR: 04/05/2027")], "2027-04-05"),
        # Among rows in several countries a slash or dash date nothing settles is US
        # month/day, labelled or not (the README's rule) ...
        ([("GB", "Recruiter: 04/05/2027"), *MIXED], "2027-04-05"),
        ([("DE", "Antwort: 04-05-2027"), *MIXED], "2027-04-05"),
        # ... and one that can only be day-first settles the column, labelled or not.
        ([("GB", "Recruiter: 04/05/2027"), ("GB", "Recruiter: 13/05/2027"), *MIXED], "2027-05-04"),
        ([("DE", "Antwort: 04-05-2027"), ("AT", "Antwort: 13-05-2027"), *MIXED], "2027-05-04"),
        ([("US", "HR: 04/05/2027"), ("US", "HR: 05/13/2027"), *MIXED], "2027-04-05"),
        # A deadline word, as a label.
        ([("GB", "by 04/05/2027"), ("GB", "by 13/05/2027"), *MIXED], "2027-05-04"),
    ],
)
def test_a_labelled_date_is_read_as_the_date_alone(
    tmp_path: Path, rows: list[tuple[str, str]], expected: str
) -> None:
    labelled, alone = tmp_path / "labelled", tmp_path / "alone"
    labelled.mkdir()
    alone.mkdir()
    written = _run(labelled, rows)
    bare = _run(alone, [(country, _unlabelled(said)) for country, said in rows])
    assert (_stated(written[0]), _stated(bare[0])) == (expected, expected)
    assert _library(tmp_path, rows)[0] == expected


def test_check_names_the_labelled_date_that_settles_the_order(tmp_path: Path) -> None:
    tracker = _tracker(tmp_path / "tracker.csv", [("DE", "Antwort: 4.5.2027"), *MIXED])
    result = CliRunner().invoke(main, ["check", str(tracker)])
    assert result.exit_code == 0, result.output
    assert (
        '"Decision Date": day-first (dates written with dots are: "4.5.2027" in row 2)'
        in result.output
    )


def test_a_dataset_counts_a_labelled_date_in_the_order(tmp_path: Path) -> None:
    tracker = _tracker(
        tmp_path / "a.csv", [("GB", "Recruiter: 04/05/2027"), ("GB", "HR: 13/05/2027"), *MIXED]
    )
    settled = settle_date_orders(plan_dataset(str(tracker), ReadOptions(), partition_rows=2))
    order = settled.reading.date_orders["Decision Date"]
    assert (order.dayfirst, order.source, order.evidence) == (True, "detected", "13/05/2027")


@pytest.mark.parametrize(
    ("country", "said"),
    [
        # A mark after a label of what was made of the interview (ot95 F8: read as 5 April,
        # 5 March, 10 October and 10 August, or 5 April on a German row).
        ("US", "Feedback: 4/5"),
        ("US", "Result: 3/5"),
        ("GB", "Comments: 10/10"),
        ("AU", "Feedback: 8/10"),
        ("DE", "Feedback: 4.5"),
        ("DE", "Rückmeldung: 4.5"),
        ("FR", "Retour : 15/20"),
        ("FR", "Commentaire : 3,5"),
        ("US", "Result: 85/100"),
        ("US", "Remarks: 4 / 5"),
        # Without a label, as before: not a date.
        ("US", "Feedback 4/5"),
        ("US", "Score 4/5"),
        ("US", "4/5 rating"),
    ],
)
def test_a_score_after_a_label_is_not_a_date(tmp_path: Path, country: str, said: str) -> None:
    (row, *_) = _run(tmp_path, [(country, said), *MIXED])
    assert (_stated(row), row["Problems"]) == (
        None,
        f'row 2, column "Decision Date": {NOT_READ.format(said=said)}',
    )


@pytest.mark.parametrize(
    ("country", "said", "expected"),
    [
        # Who said it, a note, or what is due: read as the date alone ("4/5" on a US row is
        # April 5; the Problems cell says it has no year).
        ("US", "HR: 4/5", "2027-04-05"),
        ("US", "Recruiter: 4/5", "2027-04-05"),
        ("US", "Decision: 4/5", "2027-04-05"),
        ("US", "Note: 4/5", "2027-04-05"),
        ("DE", "Hinweis: 1.2", "2027-02-01"),
        # A year, the German dot after the month, or a first number above the scale: a date.
        ("US", "Feedback: 4/5/2027", "2027-04-05"),
        ("DE", "Rückmeldung: 4.5.", "2027-05-04"),
        ("DE", "Feedback: 24.12", "2026-12-24"),
        ("US", "Feedback: 12/5", "2026-12-05"),
    ],
)
def test_a_date_after_a_label_is_still_read(
    tmp_path: Path, country: str, said: str, expected: str
) -> None:
    (row, *_) = _run(tmp_path, [(country, said), *MIXED])
    assert _stated(row) == expected


@pytest.mark.parametrize(
    ("field", "values", "read", "problem"),
    [
        # LinkedIn's job page, pasted (ot113 F3): the word only repeats the column's name.
        ("applied_at", ["Applied on 11/04/2026"], "2026-11-04", None),
        ("applied_at", ["Applied: 11/04/2026"], "2026-11-04", None),
        ("applied_at", ["Applied 11/04/2026"], "2026-11-04", None),
        ("applied_at", ["Applied on Nov 4, 2026"], "2026-11-04", None),
        ("applied_at", ["applied  on   4 Nov 2026"], "2026-11-04", None),
        # ... with where it was sent between (fx278).
        ("applied_at", ["Applied via LinkedIn 11/04/2026"], "2026-11-04", None),
        ("applied_at", ["Applied thru company site on Nov 4, 2026"], "2026-11-04", None),
        ("applied_at", ["Applied (LinkedIn) 4 Nov 2026"], "2026-11-04", None),
        # ... and it settles the column's order as the date alone does.
        ("applied_at", ["Applied on 11/04/2026", "Applied on 13/11/2026"], "2026-04-11", None),
        # Not a date after it: said as the cell is.
        ("applied_at", ["Applied to Acme"], None, '"Applied to Acme" is not a date'),
        ("applied_at", ["Applied"], None, '"Applied" is not a date'),
        ("applied_at", ["Applied via LinkedIn"], None, '"Applied via LinkedIn" is not a date'),
        # In the Interview Date the word says something else: not read.
        ("interview_at", ["Applied on 11/04/2026"], None, '"Applied on 11/04/2026" is not a date'),
        # Counted from the day it was copied, which the tracker does not keep (ot113 F4).
        ("applied_at", ["Applied 2w ago"], None, f'"Applied 2w ago" {RELATIVE_DATE}'),
        ("applied_at", ["Applied 5d ago"], None, f'"Applied 5d ago" {RELATIVE_DATE}'),
        ("applied_at", ["Applied 1mo ago"], None, f'"Applied 1mo ago" {RELATIVE_DATE}'),
        ("applied_at", ["3 days ago"], None, f'"3 days ago" {RELATIVE_DATE}'),
        ("applied_at", ["Yesterday"], None, f'"Yesterday" {RELATIVE_DATE}'),
        ("interview_at", ["@Today"], None, f'"@Today" {RELATIVE_DATE}'),
        ("interview_at", ["2 weeks ago"], None, f'"2 weeks ago" {RELATIVE_DATE}'),
        ("interview_at", ["2 weeks ago?"], None, '"2 weeks ago?" is not a date'),
        # A week for its day: the follow-ups wait for the day (fx292: "is not a date").
        ("interview_at", ["week of 12/14"], None, f'"week of 12/14" {WEEK_NOT_DAY}'),
        ("interview_at", ["wk of 12/14"], None, f'"wk of 12/14" {WEEK_NOT_DAY}'),
        ("interview_at", ["Wk. of 12/14"], None, f'"Wk. of 12/14" {WEEK_NOT_DAY}'),
        ("interview_at", ["the week of Dec 14"], None, f'"the week of Dec 14" {WEEK_NOT_DAY}'),
        ("interview_at", ["Week of 12/14/2026"], None, f'"Week of 12/14/2026" {WEEK_NOT_DAY}'),
        ("interview_at", ["w/c 14/12"], None, f'"w/c 14/12" {WEEK_NOT_DAY}'),
        (
            "interview_at",
            ["Week commencing 14 Dec"],
            None,
            f'"Week commencing 14 Dec" {WEEK_NOT_DAY}',
        ),
        ("applied_at", ["week of 11/2"], None, f'"week of 11/2" {WEEK_NOT_DAY}'),
        # ... only a week named by a day of it.
        ("interview_at", ["week of the 14th"], None, '"week of the 14th" is not a date'),
        ("interview_at", ["week of 12/45"], None, '"week of 12/45" is not a date'),
        ("interview_at", ["next week"], None, '"next week" is not a date'),
    ],
)
def test_a_date_applied_that_names_its_column_or_counts_back(
    field: str, values: list[str], read: str | None, problem: str | None
) -> None:
    """The first row's date and Problems, run on Fri 2026-11-20."""
    rows = [{"company": "Acme", "position": "Analyst", field: v} for v in values]
    frame = normalise_rows(raw_table(rows), ReadOptions(), as_of="2026-11-20")
    date = frame.loc[2, "applied_date" if field == "applied_at" else "interview_date"]
    assert (None if pd.isna(date) else f"{date:%Y-%m-%d}") == read
    assert frame.loc[2, "problems"] == ([] if problem is None else [f"C2: {problem}"])


# Outside test ot146 F2: a decision's day written after the word alone or after "on" was not
# read ("decision 12/15", "décision 15/12"), where "decision by 12/15" and "decision: 12/15"
# are. Read with the row's order of day and month, as the date alone is.
@pytest.mark.parametrize(
    ("country", "said", "expected"),
    [
        ("US", "decision 12/15", "2026-12-15"),
        ("US", "decision 1/4", "2027-01-04"),
        ("US", "Decision Dec 15", "2026-12-15"),
        ("US", "decision on 1/4", "2027-01-04"),
        ("US", "decision expected 1/4", "2027-01-04"),
        ("GB", "decision 4/1", "2027-01-04"),
        ("FR", "décision 4/1", "2027-01-04"),
        ("FR", "décision le 4 janvier", "2027-01-04"),
        ("DE", "Entscheidung 4.1.", "2027-01-04"),
        ("DE", "Entscheidung am 4.1.", "2027-01-04"),
        ("ES", "decisión 4/1", "2027-01-04"),
        ("BR", "decisão 4/1", "2027-01-04"),
        ("NL", "beslissing 4/1", "2027-01-04"),
        ("NL", "beslissing op 4 januari", "2027-01-04"),
    ],
)
def test_a_decision_day_after_the_word_alone_is_read(
    tmp_path: Path, country: str, said: str, expected: str
) -> None:
    (row,) = _run(tmp_path, [(country, said)])
    assert _stated(row) == expected
