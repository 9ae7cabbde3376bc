"""Group headers over a tracker's header row (ot101 F9: "Bewerbung" merged over A:C and
"Gespräch" over D:F above "Firma, Stelle, Datum, Datum, ..."; the first "Datum", the date
applied, was read as the interview's and only -v said so): a "Date" column under a stage's
group header is that stage's date. Two "Date" columns nothing tells apart, both filled, are
said in a plain run and in the row's Problems. Each through ``run``, the workbook reopened as
a person sees it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

HEADER = ["Firma", "Stelle", "Datum", "Datum", "Art", "Ansprechpartner", "Status"]
# Siemens Energy applied Tue 2026-10-20, interviewed Tue 11-10 (US calendar): thank-you Wed
# 11-11; 1st check-in 5 business days after 11-10 skipping Veterans Day (Wed 11-11): Wed 11-18.
# Celonis applied 10-05, rejected after its interview Tue 11-03: networking 10 weeks later,
# Tue 2027-01-12. Personio applied Wed 10-28, no interview: the application check-in 7
# business days later, Fri 11-06.
ROWS = [
    ["Siemens Energy", "Data Analyst", dt.date(2026, 10, 20), dt.date(2026, 11, 10), "Teams",
     "Jana Novak", "Gespräch geführt"],
    ["Personio", "BI Analyst", dt.date(2026, 10, 28), None, None, None, "Beworben"],
    ["Celonis", "Process Analyst", dt.date(2026, 10, 5), dt.date(2026, 11, 3), "Vor Ort",
     "Max Huber", "Absage"],
]  # fmt: skip
RIGHT = {
    "Siemens Energy": ("1st check-in", dt.datetime(2026, 11, 18)),
    "Personio": ("Application check-in", dt.datetime(2026, 11, 6)),
    "Celonis": ("Networking check-in", dt.datetime(2027, 1, 12)),
}


def workbook(path: Path, groups: list[str | None] | None, merged: bool = True) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Tracker"
    if groups is not None:
        sheet.append(groups)
        if merged:  # a group header merged over its columns, as the tester's
            start = None
            for col, label in enumerate([*groups, "end"], start=1):
                if label is not None:
                    if start is not None and col - 1 > start:
                        sheet.merge_cells(
                            start_row=1, start_column=start, end_row=1, end_column=col - 1
                        )
                    start = col
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    book.save(path)
    return path


def run(path: Path, *args: str) -> tuple[str, dict[str, dict[str, object]]]:
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-11-20", *args, str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    at = next(i for i, row in enumerate(rows) if row[0] in ("Firma", "Company"))
    header = rows[at]
    read = {row[0]: dict(zip(header, row, strict=True)) for row in rows[at + 1 :] if row[0]}
    return " ".join(result.output.split()), read


def due(read: dict[str, dict[str, object]]) -> dict[str, tuple[object, object]]:
    return {name: (row["Next action"], row["Next due"]) for name, row in read.items()}


GROUPS = [
    # The application's group over A:C, the interview's over D:F, in the languages read.
    (["Bewerbung", None, None, "Gespräch", None, None, "Ergebnis"], True),
    (["Bewerbungen", None, None, "Vorstellungsgespräch", None, None, None], True),
    (["Application", None, None, "Interview", None, None, "Outcome"], True),
    (["Applied", None, None, "Interviews", None, None, None], False),  # not merged
    (["Candidature", None, None, "Entretien", None, None, "Résultat"], True),
    (["Postulación", None, None, "Entrevista", None, None, "Resultado"], True),
    (["Sollicitatie", None, None, "Gesprek", None, None, "Uitslag"], True),
    (["Candidatura", None, None, "Colloquio", None, None, "Esito"], True),
    # Only the interview's group: the other "Datum" is the date applied beside it.
    ([None, None, None, "Gespräch", None, None, "Ergebnis"], True),
    # Only the application's: the other is the interview's, as beside a Date Applied.
    (["Bewerbung", None, None, "Weiteres", None, None, None], True),
]


@pytest.mark.parametrize(("groups", "merged"), GROUPS)
def test_a_date_under_a_stages_group_header_is_that_stages(
    tmp_path: Path, groups: list[str | None], merged: bool
) -> None:
    output, read = run(workbook(tmp_path / "Lena Gruppen.xlsx", groups, merged), "-v")
    assert due(read) == RIGHT
    assert read["Siemens Energy"]["Thank-you due"] == dt.datetime(2026, 11, 11)
    assert read["Siemens Energy"]["Problems"] is None
    assert "nothing tells them apart" not in output
    assert "Several columns read as Interview Date" not in output
    label = next(g for g in groups if g)
    if label in ("Bewerbung", "Bewerbungen", "Application", "Applied"):
        assert f'"Datum" (C) is read as Date Applied: it stands under "{label}"' in output


def test_the_interviews_group_first_is_the_interviews_date(tmp_path: Path) -> None:
    """The interview's "Datum" in C under "Gespräch", the application's in D under
    "Bewerbung": the columns swapped, and the cells with them."""
    path = tmp_path / "Lena Gruppen.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([None, None, "Gespräch", "Bewerbung"])
    sheet.append(["Firma", "Stelle", "Datum", "Datum", "Status"])
    sheet.append(["Siemens Energy", "Data Analyst", dt.date(2026, 11, 10), dt.date(2026, 10, 20),
                  "Gespräch geführt"])  # fmt: skip
    book.save(path)
    _, read = run(path)
    assert due(read) == {"Siemens Energy": RIGHT["Siemens Energy"]}


TOLD_APART_BY_NOTHING = [
    None,  # no row above
    ["Bewerbungen 2026"],  # a title, not group headers
    ["Application"],  # one cell above: a title
    ["Details", None, None, "Mehr", None, None, None],  # groups that name no stage
]


@pytest.mark.parametrize("groups", TOLD_APART_BY_NOTHING)
def test_two_filled_dates_nothing_tells_apart_are_said(
    tmp_path: Path, groups: list[str | None] | None
) -> None:
    """The first "Datum" is read, as before, but a plain run says so, and so does each row
    where both are filled with different dates."""
    output, read = run(workbook(tmp_path / "Lena Gruppen.xlsx", groups))
    header = 1 if groups is None else 2
    assert (
        f'"Datum" (C), "Datum" (D) are both filled with different dates (rows {header + 1}, '
        f'{header + 3}) and nothing tells them apart: "Datum" (C) is read, the others are left '
        "alone."
    ) in output
    assert read["Siemens Energy"]["Problems"] == (
        f'D{header + 1}: not read: "Datum" (C) is, and nothing tells the two apart; rename '
        'one (e.g. "Date Applied", "Interview Date") or put group headers above them '
        '("Application", "Interview")'
    )
    assert read["Personio"]["Problems"] is None


def test_a_second_date_left_empty_or_the_same_is_not_said(tmp_path: Path) -> None:
    path = tmp_path / "tracker.csv"
    path.write_text(
        "Company,Position,Date,Date,Status\n"
        "Acme,Analyst,2026-11-10,2026-11-10,Interview\n"
        "Beta,Analyst,2026-11-10,,Interview\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["run", "--as-of", "2026-11-20", str(path)])
    assert result.exit_code == 0, result.output
    assert "nothing tells them apart" not in result.output
    assert "with problems" not in result.output


def test_a_second_date_under_one_stage_is_never_the_other_stages(tmp_path: Path) -> None:
    """Both "Datum" columns under "Bewerbung": C is the date applied, D is left alone (not the
    interview's, as a "Datum" beside a Date Applied would be), and -v says so."""
    output, read = run(
        workbook(tmp_path / "Lena Gruppen.xlsx", ["Bewerbung", None, None, "Bewerbung"]), "-v"
    )
    assert 'Group headers: "Datum" (C) is read as Date Applied: it stands under "Bewerbung".' in (
        output
    )
    assert (
        'Several columns read as Date Applied: "Datum" (column C), "Datum" (column D); using '
        '"Datum" (column C), the others are left alone.'
    ) in output
    assert read["Personio"]["Next action"] == "Application check-in"
    assert read["Personio"]["Next due"] == dt.datetime(2026, 11, 6)


# A header written over two rows (ot119 F12: "Dates" merged over C2:D2 above "Applied" |
# "Interview", Company, Role and Status merged down over both rows; "Dates" was read as the
# Interview Date, so the applied dates were taken for the interviews and the real Interview
# column was not read, with "Problems: none"). Each: the two header rows, the cells merged,
# the row the header is read on, what ``check`` lists each column as, and the rows and groups
# its note names (None: read as one row, as before).
TWO_ROWS = "Rows 1 and 2 are read as one header: the headers of row 2 under the group headers"
TWO_ROW_HEADERS = [
    (  # the tester's: a group over the dates only
        ["Company", "Role", "Dates", None, "Status"],
        [None, None, "Applied", "Interview", None],
        ["C1:D1", "A1:A2", "B1:B2", "E1:E2"],
        {"A": "company", "B": "position", "C": "applied_at", "D": "interview_at", "E": "outcome"},
        f'{TWO_ROWS} of row 1 ("Dates" over C:D).',
    ),
    (  # "Interviewed" under "Date" is the day of the interview, not a yes/no
        ["Company", "Role", "Date", None, "Status"],
        [None, None, "Applied", "Interviewed", None],
        ["C1:D1", "A1:A2", "B1:B2", "E1:E2"],
        {"A": "company", "B": "position", "C": "applied_at", "D": "interview_at", "E": "outcome"},
        f'{TWO_ROWS} of row 1 ("Date" over C:D).',
    ),
    (  # a group over Company and Role too; the Status merged down is still read
        ["Job", None, "Dates", None, "Status"],
        ["Company", "Role", "Applied", "Interview", None],
        ["A1:B1", "C1:D1", "E1:E2"],
        {"A": "company", "B": "position", "C": "applied_at", "D": "interview_at", "E": "outcome"},
        f'{TWO_ROWS} of row 1 ("Job" over A:B, "Dates" over C:D).',
    ),
    (  # a CSV export of the tester's sheet: no merges, the group's cells left empty
        ["Company", "Role", "Dates", None, "Status"],
        [None, None, "Applied", "Interview", None],
        [],
        {"A": "company", "B": "position", "C": "applied_at", "D": "interview_at", "E": "outcome"},
        f'{TWO_ROWS} of row 1 ("Dates" over C:D).',
    ),
    (  # "Contact" over "Name" | "Email": the interviewer's, not a client's name
        ["Company", "Position", "Interview Date", "Contact", None],
        [None, None, None, "Name", "Email"],
        ["D1:E1", "A1:A2", "B1:B2", "C1:C2"],
        {
            "A": "company",
            "B": "position",
            "C": "interview_at",
            "D": "interviewer",
            "E": "interviewer_email",
        },
        f'{TWO_ROWS} of row 1 ("Contact" over D:E).',
    ),
    (  # a title and a subtitle over an ordinary header: one header row, as before
        ["Job search 2026", None, None, "Updated weekly", None],
        ["Company", "Role", "Date Applied", "Interview Date", "Status"],
        ["A1:C1", "D1:E1"],
        {"A": "company", "B": "position", "C": "applied_at", "D": "interview_at", "E": "outcome"},
        None,
    ),
]


# The tester's rows, Company, Role, the two dates and the Status, for each case but the contact's.
ROWS_READ = [
    ["Acme", "Analyst", "11/2/2026", "11/20/2026", "interviewing"],
    ["Globex", "Analyst", "11/5/2026", None, "applied"],
]
CONTACT_ROWS = [["Acme", "Analyst", "11/20/2026", "Jo Park", "jo.park@acme.example"]]
COLUMN_READ = re.compile(r"([A-Z]{1,3})  +\"[^\"]*\" +-> (\w+) ")


@pytest.mark.parametrize(("top", "below", "merged", "columns", "note"), TWO_ROW_HEADERS)
def test_a_header_over_two_rows_reads_each_column_under_its_group(
    tmp_path: Path,
    top: list[str | None],
    below: list[str | None],
    merged: list[str],
    columns: dict[str, str],
    note: str | None,
) -> None:
    rows = [top, below, *(CONTACT_ROWS if "Contact" in top else ROWS_READ)]
    if merged:
        path = tmp_path / "Sam Lee.xlsx"
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        for row in rows:
            sheet.append(row)
        for cells in merged:
            sheet.merge_cells(cells)
        book.save(path)
    else:  # the CSV of the same sheet
        path = tmp_path / "Sam Lee.csv"
        text = "".join(",".join("" if v is None else v for v in row) + "\n" for row in rows)
        path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--as-of", "2026-12-06", str(path)])
    assert result.exit_code == 0, result.output
    assert "header on row 2," in result.output  # the lower row, or the one under a title
    read = dict(COLUMN_READ.findall(result.output))
    assert read == columns
    said = [" ".join(line.split()) for line in result.output.splitlines()]
    assert [line for line in said if "read as one header" in line] == (
        [f"- {note}"] if note else []
    )
    assert "Problems: none" in said


def test_the_testers_two_row_header_dates_each_row_by_its_own_interview(tmp_path: Path) -> None:
    """ot119's two_row_header.xlsx run on 2026-12-06: Acme (interview Fri 11/20) is at its 1st
    check-in, due Tue 12-01 after Thanksgiving, not a final follow-up dated from the day it
    applied; Initech (phone screen Tue 12/1) owes its thank-you note, due Wed 12-02; the
    header is written under the group row, where the sub-headers are, and read so again."""
    path = tmp_path / "two_row_header.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Job tracker"])
    sheet.append(["Company", "Role", "Dates", None, "Status", "Notes"])
    sheet.append([None, None, "Applied", "Interview", None, None])
    sheet.append(["Acme", "Analyst", "11/2/2026", "11/20/2026", "interviewing", "x"])
    sheet.append(["Globex", "Analyst", "11/5/2026", None, "applied", None])
    sheet.append(["Initech", "Analyst", "11/9/2026", "12/1/2026", "phone screen", None])
    for cells in ("A1:F1", "C2:D2", "A2:A3", "B2:B3", "E2:E3", "F2:F3"):
        sheet.merge_cells(cells)
    book.save(path)
    for _ in range(2):  # the second run reads the columns the first wrote
        result = CliRunner().invoke(
            main, ["run", "--as-of", "2026-12-06", str(path)], catch_exceptions=False
        )
        assert result.exit_code == 0, result.output
        written = openpyxl.load_workbook(path).active
        assert written is not None
        rows = [[cell.value for cell in row] for row in written.iter_rows()]
        header = rows[2]
        read = {row[0]: dict(zip(header, row, strict=True)) for row in rows[3:]}
        assert due(read) == {
            "Acme": ("1st check-in", dt.datetime(2026, 12, 1)),
            "Globex": ("Application check-in", dt.datetime(2026, 11, 17)),
            # "phone screen" under Status is the round's type: its thank-you the same day
            "Initech": ("Thank-you note", dt.datetime(2026, 12, 1)),
        }
