"""The status colours come before the person's own conditional formats: a zebra fill of
theirs over whole rows (``MOD(ROW(),2)=0``, first in the list) hid the tool's colours on every
other row, the colour then saying nothing of the status word beside it. The tool's rules come
first by priority (Excel) and in the sheet (LibreOffice); the person's keep their order among
themselves, after the tool's, and a second run moves nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.formatting.rule import CellIsRule, DataBarRule, FormulaRule
from openpyxl.styles import PatternFill

from followup_batch.cli import main
from followup_batch.write.xlsx.design import CF_RULES

AS_OF = "2026-12-01"
TOOL = len(CF_RULES)
GREY = PatternFill("solid", start_color="EEEEEE")
ZEBRA = ("A2:Z4", FormulaRule(formula=["MOD(ROW(),2)=0"], fill=GREY))
ACME = ("A2:A4", CellIsRule(operator="equal", formula=['"Acme"'], fill=GREY))
BAR = ("D2:D4", DataBarRule(start_type="min", end_type="max", color="638EC6"))

# The person's rules (range, rule, priority as saved) -> their priorities after the run.
CASES = {
    "a zebra first": ([(*ZEBRA, 1)], {"A2:Z4": TOOL + 1}),
    "a zebra, then a data bar": ([(*ZEBRA, 1), (*BAR, 2)], {"A2:Z4": TOOL + 1, "D2:D4": TOOL + 2}),
    # Saved in another order, with a gap: the order and the gap are theirs.
    "out of order": ([(*ACME, 5), (*ZEBRA, 2)], {"A2:A4": TOOL + 4, "A2:Z4": TOOL + 1}),
}


def build(path: Path, rules: list[tuple[str, object, int]]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Jobs"
    sheet.append(["Company", "Position", "Interview Date", "Score"])
    sheet.append(["Acme", "Dev", dt.datetime(2026, 11, 20), 3])
    sheet.append(["Beta", "QA", dt.datetime(2026, 11, 18), 5])
    sheet.append(["Cobalt", "Dev", dt.datetime(2026, 11, 16), 4])
    for ref, rule, priority in rules:
        rule.priority = priority
        sheet.conditional_formatting.add(ref, rule)
    book.save(path)


def priorities(path: Path) -> tuple[bool, list[int], dict[str, int]]:
    """Whether the tool's rules (over several ranges: its columns, Company and Position) come
    first in the sheet, as LibreOffice goes by that order; their priorities, as Excel goes by
    those; and the person's rules' priorities, by their range."""
    sheet = openpyxl.load_workbook(path)["Jobs"]
    rules = [(str(cf.sqref), r.priority) for cf in sheet.conditional_formatting for r in cf.rules]
    tool = sorted(p for ref, p in rules if " " in ref)
    return " " in rules[0][0], tool, {r: p for r, p in rules if " " not in r}


@pytest.mark.parametrize("case", list(CASES))
def test_status_colours_come_before_the_persons_formats(tmp_path: Path, case: str) -> None:
    rules, after = CASES[case]
    path = tmp_path / "Maya Chen.xlsx"
    build(path, rules)
    written = []
    for _ in range(2):
        result = CliRunner().invoke(main, ["run", "--as-of", AS_OF, "-q", str(path)])
        assert result.exit_code == 0, result.output
        assert priorities(path) == (True, list(range(1, TOOL + 1)), after)
        written.append(path.read_bytes())
        (tmp_path / ".followup-backups" / "Maya Chen.xlsx.last-run.json").unlink()  # a full run
    assert written[1] == written[0]
