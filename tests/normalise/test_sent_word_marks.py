"""A word a sent column takes as a yes-mark with a date after it ("Yes - 13/1", "Sent 13/1",
"Done 13/1", "Sent on 13/1", "Ja 13.1.") is sent that day, as a tick's is (ot98 F4: each was
read as not sent, and the day after the interview the thank-you was drafted again); a note
after the date keeps the date ("✅ 13/1 (email)", "x 13/1 late"; ot98 F5: it said only
"marked sent"). The near cases are no mark: "Not sent 13/1", "Draft 13/1", "Yesterday",
"Y2K". Through ``run`` on British and US trackers, xlsx and CSV, the day after the interview
(Tue 2027-01-12), reopened: the Next action, its due date, the Why and the Problems a person
sees."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

NOT_A_MARK = "is not a date or a yes-mark (yes, x, ✓, sent, done), so it is read as not sent"
NO_YEAR = "has no year; read as 2027-01-{day} (nearest the interview date{order})"
# The column's dates settle it before the rows' Country: on British rows "13/1" in row 2, on
# US ones its slashes month-first beside its dots ("Ja 13.1.") day-first.
GB_ORDER = '; day-first, from "13/1" in row 2 of this column'
US_ORDER = '; US month/day, as this column\'s dates written with "/" are'
WHY = "Thank-you note: the day after the interview on Tue 2027-01-12 → Wed 2027-01-13"
# Sent: the 1st check-in is next (US: Mon 01-18 is Martin Luther King Jr. Day). Not sent: the
# thank-you is due today.
NEXT = {"GB": ("1st check-in", "2027-01-19"), "US": ("1st check-in", "2027-01-20")}
THANK_YOU = ("Thank-you note", "2027-01-13")

NOT_APPLICABLE = (
    "is read as not sent, so the message is still proposed: if you will not send it, write "
    "done (or x) to stop it; leave the cell blank while it is still to send"
)
ANOTHER_WAY = -1  # done another way than the message, on a day not noted (ot108 F11)
ON_THAT_DAY = "done another way on that day"  # a fifth item: the day is the one in the cell
# (cell on a British row, the same on a US row, the day sent (None: not sent; 0: on a day not
# noted; ANOTHER_WAY), the problem:
# "year" for a year-less date read, "" for none, else the text after the cell).
CASES = [
    ("Yes - 13/1", "Yes - 1/13", 13, "year"),
    ("Yes 13/1", "Yes 1/13", 13, "year"),
    ("Yes, 13/1", "Yes, 1/13", 13, "year"),
    ("Yes – 13/1", "Yes – 1/13", 13, "year"),
    ("Yes (13/1)", "Yes (1/13)", 13, "year"),
    ("yes 13 Jan", "yes Jan 13", 13, "year"),
    ("Sent 13/1", "Sent 1/13", 13, "year"),
    ("sent - 13/1", "sent - 1/13", 13, "year"),
    ("Sent on 13/1", "Sent on 1/13", 13, "year"),
    ("Sent: 13/1", "Sent: 1/13", 13, "year"),
    ("Done 13/1", "Done 1/13", 13, "year"),
    ("Y 13/1", "Y 1/13", 13, "year"),
    ("emailed 13/1", "emailed 1/13", 13, "year"),
    ("Emailed 13/1/27", "Emailed 1/13/27", 13, ""),
    ("followed up 13/1", "followed up 1/13", 13, "year"),
    ("Sí 13/1", "Sí 1/13", 13, "year"),
    ("Oui 13/1", "Oui 1/13", 13, "year"),
    ("Ja 13.1.", "Ja 13.1.", 13, "year"),
    ("gesendet am 13.1.", "gesendet am 13.1.", 13, "year"),
    # A note after the date keeps it (ot98 F5), a denial there too ("no reply" is the answer's).
    ("done 13/1 (email)", "done 1/13 (email)", 13, "year"),
    ("✅ 13/1 (email)", "✅ 1/13 (email)", 13, "year"),
    ("x 13/1 late", "x 1/13 late", 13, "year"),
    ("Sent 13/1 (no reply)", "Sent 1/13 (no reply)", 13, "year"),
    # A note set off from the word without a date: sent on a day not noted (0), as "✓ late".
    ("Yes - via LinkedIn", "Yes - via LinkedIn", 0, ""),
    ("Done (voicemail)", "Done (voicemail)", 0, ""),
    ("x 2 days late", "x 2 days late", 0, ""),  # figures, no date: a note, as before
    # A date either order reads is read in the rows' order, and the Problems line says which.
    ("Sent 12/1", "Sent 1/12", 12, "order"),
    ("Yes - 12/1 (email)", "Yes - 1/12 (email)", 12, "order"),
    # Not sent: no yes-mark before the date, or a word after the mark that is no date.
    ("Not sent 13/1", "Not sent 1/13", None, NOT_A_MARK),
    ("No - 13/1", "No - 1/13", None, NOT_A_MARK),
    ("Draft 13/1", "Draft 1/13", None, NOT_A_MARK),
    ("To send 13/1", "To send 1/13", None, NOT_A_MARK),
    ("Send by 13/1", "Send by 1/13", None, NOT_A_MARK),
    ("Sending 13/1", "Sending 1/13", None, NOT_A_MARK),
    ("Yesterday", "Yesterday", None, NOT_A_MARK),
    ("Y2K", "Y2K", None, NOT_A_MARK),
    ("Sent to HR", "Sent to HR", None, NOT_A_MARK),
    ("X Sun Microsystems", "X Sun Microsystems", None, NOT_A_MARK),  # a weekday's letters
    ("x May Ltd", "x May Ltd", None, NOT_A_MARK),  # a month's
    ("Yes - not sent", "Yes - not sent", None, NOT_A_MARK),
    ("Done?", "Done?", None, "asks rather than says: write the day it went, yes or no"),
    # A follow-up done another way is done, and the Why says so (ot108 F11: each was read as
    # not sent, and the thank-you drafted again); "not called", "called?" are none.
    ("thanked on LinkedIn", "thanked on LinkedIn", ANOTHER_WAY, ""),
    ("LinkedIn msg", "LinkedIn msg", ANOTHER_WAY, ""),
    ("emailed recruiter", "emailed recruiter", ANOTHER_WAY, ""),
    ("called instead", "called instead", ANOTHER_WAY, ""),
    ("left voicemail", "left voicemail", ANOTHER_WAY, ""),
    ("Left a voicemail", "Left a voicemail", ANOTHER_WAY, ""),
    # ... on the day it names, read in the rows' order as a mark's date is (fx251: each was
    # done on a day not noted).
    ("emailed recruiter 13/1", "emailed recruiter 1/13", 13, "year", ON_THAT_DAY),
    ("thanked on LinkedIn 13/1", "thanked on LinkedIn 1/13", 13, "year", ON_THAT_DAY),
    ("emailed recruiter on 13 Jan", "emailed recruiter on Jan 13", 13, "year", ON_THAT_DAY),
    ("called 13/1 (no answer)", "called 1/13 (no answer)", 13, "year", ON_THAT_DAY),
    ("emailed recruiter 12/1", "emailed recruiter 1/12", 12, "order", ON_THAT_DAY),
    ("called 2 times", "called 2 times", ANOTHER_WAY, ""),  # figures, no date
    ("not called", "not called", None, NOT_A_MARK),
    ("called?", "called?", None, NOT_A_MARK),
    # "n/a": not sent, and said (ot108 F11: it was silent, as "skipped" is not).
    ("n/a", "n/a", None, NOT_APPLICABLE),
    ("N/A", "N/A", None, NOT_APPLICABLE),
    ("n.v.t.", "n.v.t.", None, NOT_APPLICABLE),
    ("tbd", "tbd", None, ""),  # still to send: a placeholder, as before
]
HEADER = ["Company", "Position", "Country", "Interview Date", "Status", "Thank-you Sent"]


def _run(tmp_path: Path, country: str, kind: str) -> list[dict[str, object]]:
    """Every case on a row of ``country`` in one tracker (xlsx or csv), run the day after the
    interview and reopened."""
    column = 0 if country == "GB" else 1
    rows = [
        [f"C{i}", "Analyst", country, "2027-01-12", "Interviewing", case[column]]
        for i, case in enumerate(CASES)
    ]
    path = tmp_path / f"tracker.{kind}"
    if kind == "xlsx":
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(HEADER)
        for row in rows:
            sheet.append([*row[:3], dt.datetime(2027, 1, 12), *row[4:]])
        book.save(path)
    else:
        with path.open("w", newline="", encoding="utf-8-sig") as f:
            csv.writer(f).writerows([HEADER, *rows])
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2027-01-13", "-q", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    if kind == "csv":
        with path.open(newline="", encoding="utf-8-sig") as f:
            return list(csv.DictReader(f))
    sheet = openpyxl.load_workbook(path, data_only=True).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    return [
        dict(zip(header, (cell.value for cell in cells), strict=True))
        for cells in sheet.iter_rows(min_row=2)
    ]


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("country", ["GB", "US"])
def test_a_word_mark_with_a_date_is_sent_that_day(tmp_path: Path, country: str, kind: str) -> None:
    rows = _run(tmp_path, country, kind)
    column = 0 if country == "GB" else 1
    for number, (row, case) in enumerate(zip(rows, CASES, strict=True), start=2):
        cell, day, problem = case[column], case[2], case[3]
        assert row["Thank-you Sent"] == cell  # the user's cell, untouched
        due = row["Next due"]
        shown = due.date().isoformat() if isinstance(due, dt.datetime) else due
        assert (row["Next action"], shown) == (THANK_YOU if day is None else NEXT[country]), cell
        thank_you = next(line for line in str(row["Why"]).splitlines() if line.startswith("Th"))
        sent = f"; sent {dt.date(2027, 1, day):%a %Y-%m-%d}" if day and day > 0 else ""
        sent = "; marked sent" if day == 0 else sent
        how = "(a call, an email or a message, as its cell says)"
        sent = f"; marked done another way {how}" if day == ANOTHER_WAY else sent
        if case[4:] == (ON_THAT_DAY,):
            sent = f"; done another way on {dt.date(2027, 1, day):%a %Y-%m-%d} {how}"
        assert thank_you == WHY + sent, cell
        if problem in ("year", "order"):
            order = (GB_ORDER if country == "GB" else US_ORDER) if problem == "order" else ""
            problem = NO_YEAR.format(day=day, order=order)
        where = f"F{number}: " if kind == "xlsx" else f'row {number}, column "Thank-you Sent": '
        said = f'{where}"{cell}" {problem}' if problem else ""
        assert (row["Problems"] or "") == said, cell


SET_ASIDE = "is marked sent, but its date"
UNDATED = "so it is read as sent on a day not noted"


@pytest.mark.parametrize(
    ("cell", "problem"),
    [
        # Interviewed Sat 2027-01-02, run Wed 2027-02-03, no Country: nothing settles the order.
        (
            "x 2/1",
            f'{SET_ASIDE} "2/1" reads as Sat 2027-01-02 (day-first) or Mon 2027-02-01'
            " (month-first), and both are between the interview on Sat 2027-01-02 and Wed"
            " 2027-02-03, the date of this run, "
            f"{UNDATED}: write the day it went in full",
        ),
        (
            "Yes - 5/3 (email)",
            f'{SET_ASIDE} "5/3" reads as Fri 2027-03-05 (day-first) or Mon 2027-05-03'
            " (month-first), and neither is between the interview on Sat 2027-01-02 and Wed"
            " 2027-02-03, the date of this run, "
            f"{UNDATED}: write the day it went in full",
        ),
        ("✓ 31/31", f'{SET_ASIDE} "31/31" is not a date, {UNDATED}'),
        (
            "Sent 2/29",
            f'{SET_ASIDE} "2/29" is not a date (it has no year, and no 29 February is within a '
            f"year of 2027-01-02: write the year), {UNDATED}",
        ),
    ],
)
def test_a_marks_date_set_aside_is_said(tmp_path: Path, cell: str, problem: str) -> None:
    # ot98 F5: the mark stands (sent on a day not noted, as the bare tick on the row after),
    # and Problems says why its date was not taken; it said nothing.
    path = tmp_path / "tracker.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    for i, sent in enumerate((cell, "✓")):
        sheet.append([f"C{i}", "Analyst", None, dt.datetime(2027, 1, 2), "Interviewing", sent])
    book.save(path)
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2027-02-03", "-q", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path, data_only=True).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    marked, bare = (
        dict(zip(header, (c.value for c in r), strict=True)) for r in sheet.iter_rows(min_row=2)
    )
    assert (marked["Next action"], marked["Next due"]) == (bare["Next action"], bare["Next due"])
    assert (marked["Next action"], marked["Next due"]) == (
        "Final follow-up",
        dt.datetime(2027, 2, 2),
    )
    assert marked["Why"] == str(bare["Why"]).replace("C1", "C0")
    assert marked["Problems"] == f'F2: "{cell}" {problem}'
    assert bare["Problems"] is None
