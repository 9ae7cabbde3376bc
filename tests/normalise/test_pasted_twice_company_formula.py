"""A row pasted twice whose Company is a formula (fx216). The Company is what the tool reads
and writes to people, so a formula with a saved value is compared by the name it shows:
``=VLOOKUP(...)`` showing "Canva" repeats the "Canva" typed on another row, and ``=Lists!B2``
filled down, showing "Canva" and "Figma", is two companies. Without a saved value (a file a
script wrote, never opened in Excel) a formula reading only absolute cells and cells of its own
row (``=VLOOKUP(G2,Lists!$A$1:$B$9,2,0)`` filled down: its G cells are compared too) names one
company on both rows, so one typed alike repeats; any other (a name typed on the other row,
``=Lists!B2`` filled down, ``=A2`` "as above", ``INDIRECT``) cannot be compared, and the
row's Problems says so instead of calling it a repeat or keeping quiet. Through ``run``, the
workbook reopened as a person sees it."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main

AS_OF = "2027-01-13"
DAY = dt.datetime(2027, 1, 12)
HEADER = ["Company", "Position", "Interview Date", "Interview Type", "Interviewer", "Country"]
REST = ["Designer", DAY, "Video", "Ed Fox", "US"]
LOOKUP = "=VLOOKUP(G{row},Lists!$A$1:$B$9,2,0)"
UNSAVED = "A{row}: formula without a saved value — open and save the file in Excel once"
THANKS = (False, "Thank-you note", None)
ERROR = (
    False,
    "—",
    "A3: Company holds #N/A (an Excel error in the cell) — read as blank; fix the formula or "
    "type the value",
)
TAIL = (
    "(a row pasted twice?): row {row} has its follow-ups, so nothing is sent from this one; "
    "delete it, or correct the cell that tells them apart"
)


def repeat(row: int, of: int, *, saved: bool = False) -> tuple:
    """Row ``row``, a Duplicate of row ``of``; its Company formula has no value unless
    ``saved``."""
    line = f"repeats row {of} in every cell " + TAIL.format(row=of)
    lines = [line] if saved else [UNSAVED.format(row=row), line]
    return (True, f"See row {of}", "\n".join(lines))


def unsaved(row: int, *others: int) -> tuple:
    """Row ``row``, whose Company formula has no value: it needs info, and when it is like
    ``others`` in every other cell, its Problems says it is not compared with them."""
    lines = [UNSAVED.format(row=row)]
    if others:
        place = " and ".join(map(str, others))
        place = f"row {place}" if len(others) == 1 else f"rows {place}"
        lines.append(
            f'like {place} in every cell but "Company", a formula here without a saved value: '
            f"whether it names the same company is not known, so it is not compared with "
            f"{place}; open and save the file in Excel once, or delete this row if it repeats "
            f"{place}"
        )
    return (False, "—", "\n".join(lines))


# (case, each row's Company and its G ("Code") cell, the values saved for the formulas
# (None: none, as openpyxl writes them), each row as seen).
CASES = [
    ("one lookup of its own row, filled down", [LOOKUP, LOOKUP], None, [unsaved(2), repeat(3, 2)]),
    ("an absolute cell on both", ["=Lists!$B$1", "=Lists!$B$1"], None, [unsaved(2), repeat(3, 2)]),
    ("a name, then a lookup", ["Canva", LOOKUP], None, [THANKS, unsaved(3, 2)]),
    ("a lookup, then a name", [LOOKUP, "Canva"], None, [unsaved(2, 3), THANKS]),
    (
        "another sheet's row, filled down",
        ["=Lists!B1", "=Lists!B2"],
        None,
        [unsaved(2, 3), unsaved(3, 2)],
    ),
    ("the row above's Company", ["Canva", "=A2"], None, [THANKS, unsaved(3, 2)]),
    (
        "INDIRECT of its row number",
        ['=INDIRECT("Lists!B"&ROW())', '=INDIRECT("Lists!B"&ROW())'],
        None,
        [unsaved(2, 3), unsaved(3, 2)],
    ),
    (
        "a name, then one lookup twice",
        ["Canva", LOOKUP, LOOKUP],
        None,
        [THANKS, unsaved(3, 2), repeat(4, 3)],
    ),
    # Saved: the name shown decides.
    (
        "a name, then a lookup showing it",
        ["Canva", LOOKUP],
        [None, "Canva"],
        [THANKS, repeat(3, 2, saved=True)],
    ),
    (
        "another sheet's row, filled down, showing two names",
        ["=Lists!B1", "=Lists!B2"],
        ["Canva", "Figma"],
        [THANKS, THANKS],
    ),
    (
        "one lookup filled down, showing one name",
        [LOOKUP, LOOKUP],
        ["Canva", "Canva"],
        [THANKS, repeat(3, 2, saved=True)],
    ),
    # An error shown is a value, read as blank and said (fx243), not a formula without one.
    ("a name, then a lookup showing #N/A", ["Canva", LOOKUP], [None, "#N/A"], [THANKS, ERROR]),
]


def save(path: Path, companies: list[str], codes: list[str] | None = None) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Interviews"
    sheet.append([*HEADER, "Code"])
    for row, company in enumerate(companies, 2):
        code = codes[row - 2] if codes else "c"
        sheet.append([company.format(row=row), *REST, code])
    lists = book.create_sheet("Lists")
    lists.append(["c", "Canva"])
    lists.append(["d", "Figma"])
    book.save(path)


def with_saved_values(path: Path, values: dict[str, str]) -> None:
    """``path``'s formula cells given the text Excel saves with them (openpyxl saves none);
    an error value ("#N/A") as Excel saves one, an error cell."""
    name = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as book:
        parts = {n: book.read(n) for n in book.namelist()}
    xml = parts[name].decode()
    for ref, value in values.items():
        kind = "e" if value.startswith("#") else "str"
        xml, done = re.subn(
            rf'<c r="{ref}"([^>]*)>\s*(<f>[^<]*</f>)\s*<v\s*/>',
            lambda m, ref=ref, value=value, kind=kind: (
                f'<c r="{ref}"{m[1]} t="{kind}">{m[2]}<v>{value}</v>'
            ),
            xml,
        )
        assert done == 1, ref
    parts[name] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for n, data in parts.items():
            book.writestr(n, data)


def run(path: Path, eml: Path) -> list:
    """Each row's (Duplicate?, Next action, Problems) in the workbook reopened."""
    args = ["run", str(path), "--as-of", AS_OF, "--eml-dir", str(eml)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    cells = list(openpyxl.load_workbook(path)["Interviews"].iter_rows(values_only=True))
    at = [list(cells[0]).index(h) for h in ("Follow-up status", "Next action", "Problems")]
    return [(row[at[0]] == "Duplicate", row[at[1]], row[at[2]]) for row in cells[1:]]


@pytest.mark.parametrize(
    ("companies", "saved", "seen"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_company_formula_is_compared_by_the_name_it_shows(
    tmp_path: Path, companies: list[str], saved: list[str | None] | None, seen: list
) -> None:
    path = tmp_path / "Maya Chen.xlsx"
    save(path, companies)
    if saved is not None:
        with_saved_values(path, {f"A{n}": v for n, v in enumerate(saved, 2) if v is not None})
    assert run(path, tmp_path / "eml") == seen


# Near cases: rows told apart by another cell are neither a repeat nor said not compared.
NEAR = [
    ("one lookup, two codes", [LOOKUP, LOOKUP], ["c", "d"]),
    ("a name and a lookup, two codes", ["Canva", LOOKUP], ["c", "d"]),
]


@pytest.mark.parametrize(("companies", "codes"), [c[1:] for c in NEAR], ids=[c[0] for c in NEAR])
def test_rows_told_apart_by_another_cell_say_nothing_of_it(
    tmp_path: Path, companies: list[str], codes: list[str]
) -> None:
    path = tmp_path / "Maya Chen.xlsx"
    save(path, companies, codes)
    seen = run(path, tmp_path / "eml")
    expected = [THANKS if not c.startswith("=") else unsaved(n) for n, c in enumerate(companies, 2)]
    assert seen == expected
