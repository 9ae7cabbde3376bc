"""Rows that are no tracker rows, labelled in the languages the headers are read in.

- Japanese, Chinese and Korean totals rows (``合計``, ``総計``, ``小計``, ``合计``, ``总计``,
  ``합계``, ``총계``, with a colon or a count after) are skipped as ``Total`` and ``Summe`` are
  (ot104 F9: they were Needs info rows, counted and written into). The label is the whole
  cell, or the label and a count: a company that begins with one (``合計商事``) and a note
  that holds one stay rows.
- Note rows that start with a marker in another language (``Notiz:``, ``Hinweis:``,
  ``Remarque :``, ``Nota bene:``, ``メモ：``, ``备注：``) are skipped as ``Note:`` is (ot106
  F3: they were Needs info rows with two problems, in the coach's "Rows to fix"); a company
  named with such a word (``Nota Bene Ltd``, ``Hinweis GmbH``) and a real row whose Notes
  cell starts with one stay rows.

Each through ``run`` on a CSV and on a workbook, the file reopened as a person sees it.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

AS_OF = "2026-11-20"
TOTALS_NOTE = "looks like a totals row (only a label such as Total, and numbers)"
NOTE_ROW = "looks like a note (one cell of text, no date)"

# Hand count: an interview on Tue 2026-11-10; the 1st check-in 5 business days later, Tue
# 11-17, on the JP, CN, KR and DE calendars alike (no holiday between), overdue on 11-20.
JA = ["会社名", "職種", "面接日", "面接官", "結果", "国"]
JA_ROW = ["ソニー", "エンジニア", "2026-11-10", "田中", "", "日本"]
ZH = ["公司", "岗位", "面试日期", "面试官", "状态", "国家"]
ZH_ROW = ["腾讯", "工程师", "2026-11-10", "王", "", "中国"]
KO = ["회사명", "직무", "면접일", "면접관", "상태", "국가"]
KO_ROW = ["삼성", "엔지니어", "2026-11-10", "김", "", "대한민국"]
DE = ["Firma", "Stelle", "Datum Gespräch", "Land", "Notizen"]
DE_ROW = ["Siemens", "Ingenieur", "2026-11-10", "Deutschland", ""]


def _run_csv(tmp_path: Path, lines: list[list[str]]) -> tuple[str, list[list[str]]]:
    path = tmp_path / "Maya Chen.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(lines)
    written = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main, ["run", "--as-of", AS_OF, "-v", str(path), "-o", str(written)],
        catch_exceptions=False,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    with written.open(encoding="utf-8", newline="") as back:
        return result.output, list(csv.reader(back))


def _run_xlsx(tmp_path: Path, lines: list[list[object]]) -> tuple[str, list[list[object]]]:
    path = tmp_path / "Maya Chen.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    for line in lines:
        sheet.append([None if v == "" else v for v in line])
    book.save(path)
    result = CliRunner().invoke(
        main, ["run", "--as-of", AS_OF, "-v", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    reopened = openpyxl.load_workbook(path).worksheets[0]
    return result.output, [[c.value for c in row] for row in reopened.iter_rows()]


REAL_ROWS = {JA[0]: JA_ROW, ZH[0]: ZH_ROW, KO[0]: KO_ROW}

# (header, the real row, the totals row below it)
CJK_TOTALS = [
    (JA, JA_ROW, ["合計", "", "2", "", "", ""]),
    (JA, JA_ROW, ["総計:", "", "2", "", "", ""]),
    (JA, JA_ROW, ["小計：1", "", "", "", "", ""]),
    (JA, JA_ROW, ["合計 1件", "", "", "", "", ""]),
    (JA, JA_ROW, ["", "合計", "1", "", "", ""]),
    (ZH, ZH_ROW, ["合计", "", "1", "", "", ""]),
    (ZH, ZH_ROW, ["总计：", "", "1", "", "", ""]),
    (ZH, ZH_ROW, ["小计 1个", "", "", "", "", ""]),
    (KO, KO_ROW, ["합계", "", "1", "", "", ""]),
    (KO, KO_ROW, ["총계:", "", "1", "", "", ""]),
    (KO, KO_ROW, ["소계 1건", "", "", "", "", ""]),
]


@pytest.mark.parametrize(("header", "row", "label"), CJK_TOTALS)
def test_a_cjk_totals_row_is_skipped(
    tmp_path: Path, header: list[str], row: list[str], label: list[str]
) -> None:
    output, rows = _run_csv(tmp_path, [header, row, label])
    assert f"Row 3 {TOTALS_NOTE} and was skipped." in output
    assert "1 row — 1 Overdue" in output
    written, real, totals = rows
    status, due = written.index("Follow-up status"), written.index("Next due")
    assert (real[status], real[due]) == ("Overdue", "2026-11-17")
    assert totals == label  # the person's totals row as it was, nothing added


def test_cjk_totals_in_a_workbook_are_left_as_they_are(tmp_path: Path) -> None:
    """The outside tester's rows: a German `Summe` and a Japanese `合計` under the tracker."""
    output, rows = _run_xlsx(
        tmp_path, [JA, JA_ROW, ["Summe", "", 1], ["合計", "", 1], ["総計：", "", 1]]
    )
    assert "Rows 3, 4, 5 look like totals rows" in output
    header = rows[0]
    action, due = header.index("Next action"), header.index("Next due")
    status = header.index("Follow-up status")
    assert (rows[1][action], rows[1][due]) == ("1st check-in", dt.datetime(2026, 11, 17))
    assert [r[:4] for r in rows[2:]] == [
        ["Summe", None, 1, None],
        ["合計", None, 1, None],
        ["総計：", None, 1, None],
    ]
    assert [(r[status], r[action], r[due]) for r in rows[2:]] == [(None, None, None)] * 3


# Rows that stay rows beside them: a company that begins with a totals word, a note that
# holds one, a real row whose own cell says 合計 beside its company (each needs info, or is
# overdue: interviewed Thu 2026-11-12, its 1st check-in 5 business days later, Thu 11-19).
CJK_ROWS = [
    (JA, ["合計商事", "", "2", "", "", ""], "Needs info"),
    (JA, ["株式会社合計", "", "", "", "", ""], "Needs info"),
    (JA, ["小計は来月まとめる", "", "", "", "", ""], "Needs info"),
    (JA, ["小計 は別表", "", "", "", "", ""], "Needs info"),
    (ZH, ["合计科技", "工程师", "2026-11-12", "", "", "中国"], "Overdue 2026-11-19"),
    (KO, ["합계물산", "", "", "", "", ""], "Needs info"),
    (JA, ["任天堂", "合計", "2026-11-12", "", "", "日本"], "Overdue 2026-11-19"),
]


@pytest.mark.parametrize(("header", "last", "status"), CJK_ROWS)
def test_a_company_or_note_with_a_cjk_totals_word_stays_a_row(
    tmp_path: Path, header: list[str], last: list[str], status: str
) -> None:
    output, rows = _run_csv(tmp_path, [header, REAL_ROWS[header[0]], last])
    assert "totals row" not in output
    assert "2 rows" in output
    written, row = rows[0], rows[2]
    assert row[:6] == last
    said = f"{row[written.index('Follow-up status')]} {row[written.index('Next due')]}"
    assert said.strip() == status


# One cell that starts with a note's marker in the languages the headers are read in.
NOTES = [
    "Note: Absagen unten",  # as it was
    "Notiz: Absagen unten",
    "Hinweis: Absagen unten",
    "Anmerkung: bitte nachfassen",
    "Remarque : refus ci-dessous",
    "Remarque\u00a0: refus ci-dessous",
    "Nota: rechazos abajo",
    "Nota bene: rifiuti sotto",
    "Opmerking: afwijzingen hieronder",
    "Observação: recusas abaixo",
    "Uwaga: odrzucone poniżej",
    "Not: retler aşağıda",
    "Catatan: ditolak di bawah",
    "メモ：不採用は下",
    "备注：拒绝在下面",
    "메모: 불합격은 아래",
]


@pytest.mark.parametrize("note", NOTES)
def test_a_note_row_in_another_language_is_skipped(tmp_path: Path, note: str) -> None:
    output, rows = _run_csv(tmp_path, [DE, DE_ROW, [note, "", "", "", ""]])
    assert f"Row 3 {NOTE_ROW} and was skipped." in output
    assert "1 row — 1 Overdue" in output
    header, real, skipped = rows
    status, due = header.index("Follow-up status"), header.index("Next due")
    assert (real[status], real[due]) == ("Overdue", "2026-11-17")
    assert skipped == [note, "", "", "", ""]


def test_note_rows_in_a_workbook_are_left_as_they_are(tmp_path: Path) -> None:
    """The outside tester's German tracker: its note rows under the one application."""
    notes = ["Note: Absagen unten", "Notiz: Absagen unten", "Hinweis: Absagen unten"]
    notes += ["Anmerkung: bitte nachfassen", "Remarque : refus ci-dessous", "Nota: rechazos"]
    output, rows = _run_xlsx(tmp_path, [DE, DE_ROW, *[[n] for n in notes]])
    assert "Rows 3, 4, 5, 6, 7, 8 look like notes (one cell of text, no date)" in output
    assert "1 row — 1 Overdue" in output
    header = rows[0]
    action, due = header.index("Next action"), header.index("Next due")
    status = header.index("Follow-up status")
    assert (rows[1][action], rows[1][due]) == ("1st check-in", dt.datetime(2026, 11, 17))
    assert [r[:2] for r in rows[2:]] == [[n, None] for n in notes]
    assert [(r[status], r[action], r[due]) for r in rows[2:]] == [(None, None, None)] * 6


# Rows that stay rows: a company named with a marker's word (no colon), a real row whose
# Notes cell starts with a marker (interviewed Thu 2026-11-12: due Thu 11-19), a marker's
# word inside a longer name.
NOTE_NEAR = [
    (["Nota Bene Ltd", "", "", "", ""], "Needs info"),
    (["Hinweis GmbH", "", "", "", ""], "Needs info"),
    (["Notarius GmbH", "", "", "", ""], "Needs info"),
    (["Observatory Labs", "", "", "", ""], "Needs info"),
    (["Memorial Hospital", "", "", "", ""], "Needs info"),
    (["Not Applicable Inc", "", "", "", ""], "Needs info"),
    (
        ["Bosch", "Analyst", "2026-11-12", "Deutschland", "Notiz: Absage erwartet"],
        "Overdue 2026-11-19",
    ),
]


@pytest.mark.parametrize(("last", "status"), NOTE_NEAR)
def test_a_company_named_like_a_note_marker_stays_a_row(
    tmp_path: Path, last: list[str], status: str
) -> None:
    output, rows = _run_csv(tmp_path, [DE, DE_ROW, last])
    assert "looks like a note" not in output
    assert "2 rows" in output
    header, row = rows[0], rows[2]
    assert row[:5] == last
    said = f"{row[header.index('Follow-up status')]} {row[header.index('Next due')]}"
    assert said.strip() == status
