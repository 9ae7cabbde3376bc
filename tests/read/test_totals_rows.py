"""Totals rows labelled in the languages the tool reads (ot101 F11: "Summe", "Gesamt",
"Anzahl", "Totaal", "Suma", "Open total:" became rows that need info; only English "Total"
was skipped), and the rows beside them that are applications and stay rows: a company named
with such a word and its legal form, or a word that only begins with one. Each through ``run``
on a CSV, the file reopened as a person sees it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main

HEADER = "Company,Position,Interview Date,Status\n"
# Hand count: a video interview Tue 2026-11-10 in the US; the 1st check-in 5 business days
# later, skipping Veterans Day (Wed 11-11): Wed 11-18, overdue on 11-20.
ROW = "Siemens Energy,Data Analyst,2026-11-10,Interview\n"


def run(tmp_path: Path, last: str) -> tuple[str, list[list[str]]]:
    path = tmp_path / "tracker.csv"
    path.write_text(HEADER + ROW + ",,,\n" + last + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main,
        ["run", "--as-of", "2026-11-20", "-v", str(path), "-o", str(out)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8", newline="") as written:
        return result.output, list(csv.reader(written))


TOTALS = [
    "Total,,,2",
    "Total:,,,2",
    "Total open,,,2",
    "Summe,,,2",
    "Summe offen:,,,2",
    "Gesamt,,,2",
    "Gesamtsumme,,,2",
    "Zwischensumme,,,2",
    "Insgesamt,,,2",
    "Anzahl,,,2",
    "Totaal,,,2",
    "Aantal:,,,2",
    "Suma,,,2",
    "Somme,,,2",
    "Toplam,,,2",
    "Jumlah,,,2",
    "Open total:,,,2",
    "Offene Summe,,,2",
    ",Summe,,2",
]


@pytest.mark.parametrize("last", TOTALS)
def test_a_totals_row_in_any_language_is_skipped(tmp_path: Path, last: str) -> None:
    output, rows = run(tmp_path, last)
    assert "Row 4 looks like a totals row (only a label such as Total, and numbers)" in output
    assert "1 row — 1 Overdue" in output
    header, siemens, _, label = rows
    status, due = header.index("Follow-up status"), header.index("Next due")
    assert (siemens[status], siemens[due]) == ("Overdue", "2026-11-18")
    assert label == last.split(",")  # the person's totals row as it was, nothing added


ROWS = [
    # A company named with a totals word and its legal form, or a word that only begins with
    # one: an application, with its count of rounds or a figure beside it (no date: needs info).
    ("Gesamt AG,,,2", "Needs info"),
    ("Gesamt-AG,,,2", "Needs info"),  # its legal form after a hyphen: it was a totals label
    ("Total SA,,,2", "Needs info"),
    ("Total-SA,,,2", "Needs info"),
    ("Summe GmbH,,,2", "Needs info"),
    ("TotalEnergies,,,2", "Needs info"),
    ("Summit,,,2", "Needs info"),
    ("Sommer,,,2", "Needs info"),
    ("Countdown,,,2", "Needs info"),
    # A label beside a date or a word of its own is a row.
    ("Total Energies,Data Analyst,2026-11-12,Interview", "Overdue"),
    ("Gesamt,,2026-11-12,Interview", "Needs info"),
    ("Summe,Data Analyst,,", "Needs info"),
    ("Data Analyst Summe,,,2", "Needs info"),
]


@pytest.mark.parametrize(("last", "status"), ROWS)
def test_a_company_named_like_a_total_stays_a_row(tmp_path: Path, last: str, status: str) -> None:
    output, rows = run(tmp_path, last)
    assert "totals row" not in output
    assert "2 rows" in output
    header, row = rows[0], rows[3]
    assert row[0] == last.split(",")[0]
    assert row[header.index("Follow-up status")] == status
