"""Group headers over a tracker's header row (ot101 F9: "Bewerbung" merged over A:C and
"Gespräch" over D:F above "Firma, Stelle, Datum, Datum, ..."; the first "Datum", the date
applied, was read as the interview's and only -v said so): a "Date" column under a stage's
group header is that stage's date. Two "Date" columns nothing tells apart, both filled, are
said in a plain run and in the row's Problems. Each through ``run``, the workbook reopened as
a person sees it."""

from __future__ import annotations

import datetime as dt
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
