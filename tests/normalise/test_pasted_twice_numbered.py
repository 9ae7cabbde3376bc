"""A row pasted twice in a tracker whose rows are numbered, or whose unread date column holds
a date cell and its text twin (fx200, after ot97 F6). A column numbering the rows (``#``
typed 1, 2, 3…, ``=ROW()-1`` or ``=A2+1`` as Excel saved them, pandas' 0, 1, 2…) gives a
pasted row its own number, and made a true repeat two interviews, each drafted; it tells no
rows apart now. Numbers of anything else (a salary, a phone, an ``Interview #`` of one
application, an ID from elsewhere, a year) still do. A "Referral date" typed once as a date
and once as ``1/10/2027`` is one day when the rows' date order reads it so. Through ``run``,
the workbook reopened as a person sees it."""

from __future__ import annotations

import csv
import datetime as dt
import io
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
ROW = ["Canva", "Designer", DAY, "Video", "Ed Fox", "US"]
GLOBEX = ["Globex", "Analyst", dt.datetime(2027, 1, 11), "Phone", "Bo Chen", "US"]
THANKS = (False, "Thank-you note", None)
ED = "maya-chen-canva-thank-you-note-ed-fox"
TWO = [f"{ED}-2.eml", f"{ED}.eml"]
ONE = [f"{ED}.eml"]
BO = "maya-chen-globex-thank-you-note-bo-chen.eml"
TAIL = (
    "(a row pasted twice?): row {row} has its follow-ups, so nothing is sent from this one; "
    "delete it, or correct the cell that tells them apart"
)

PLAIN = "repeats row 2 in every cell " + TAIL.format(row=2)


def numbered(header: str, row: int = 2) -> str:
    """The Problems line of a repeat of ``row`` told apart only by the column ``header`` (a
    quoted header, or a column's letter)."""
    return (
        f"repeats row {row} in every cell, {header} aside, which numbers the rows "
        + TAIL.format(row=row)
    )


def retyped(header: str) -> str:
    """The Problems line of a repeat whose ``header`` cell is the same day written otherwise."""
    return (
        f'repeats row 2 in every cell, its "{header}" the same day written another way '
        + TAIL.format(row=2)
    )


def first(header: str, numbers: list[object], *, rows: list[list[object]] | None = None):
    """``numbers`` in a first column ``header`` of the rows (two copies of ROW by default)."""
    rows = rows or [ROW, ROW]
    return [header, *HEADER], [[n, *r] for n, r in zip(numbers, rows, strict=True)]


def pasted(case: str, header: str, numbers: list[object], line: str | None = None) -> tuple:
    """ROW pasted twice, numbered ``numbers`` in ``header``: one interview, one draft."""
    return (case, *first(header, numbers), [THANKS, (True, "See row 2", line)], ONE)


def kept(case: str, header: str, numbers: list[object]) -> tuple:
    """ROW twice, told apart by ``numbers`` in ``header``: two interviews, two drafts."""
    return (case, *first(header, numbers), [THANKS, THANKS], TWO)


# (case, header, rows, each row's (Duplicate?, Next action, Problems), the drafts written).
CASES = [
    pasted("typed 1, 2 under #", "#", [1, 2], numbered('"#"')),
    pasted("typed 1, 2 under No.", "No.", [1, 2], numbered('"No."')),
    pasted("typed as text under ID", "ID", ["1", "2"], numbered('"ID"')),
    pasted("pandas' index, no header", "", [0, 1], numbered("column A")),
    pasted("2, 3 under Row (=ROW() pasted as values)", "Row", [2, 3], numbered('"Row"')),
    # The number copied with the row: alike, a plain repeat.
    pasted("the same number on both", "#", [1, 1], PLAIN),
    pasted("typed 1, 2 under Nr.", "Nr.", [1, 2], numbered('"Nr."')),
    pasted("typed 1, 2 under Lfd. Nr.", "Lfd. Nr.", [1, 2], numbered('"Lfd. Nr."')),
    pasted("typed 1, 2 under N°", "N°", [1, 2], numbered('"N°"')),
    pasted("typed 1, 2 under S/N", "S/N", [1, 2], numbered('"S/N"')),
    pasted("typed 1, 2 under Index", "Index", [1, 2], numbered('"Index"')),
    # Three rows: a run under a row number's header, over two applications.
    (
        "1, 2, 3 under Ref, over two applications",
        *first("Ref", [1, 2, 3], rows=[GLOBEX, ROW, ROW]),
        [THANKS, THANKS, (True, "See row 3", numbered('"Ref"', 3))],
        [ED + ".eml", BO],
    ),
    # ... but under a word that is no row number's, a run counts something of the rows, also
    # over several applications (ot100 F10: a second Step on one day was a Duplicate, "Priority
    # aside, which numbers the rows").
    *(
        (
            f"1, 2, 3 under {word}, over two applications",
            *first(word, [1, 2, 3], rows=[GLOBEX, ROW, ROW]),
            [THANKS, THANKS, THANKS],
            [f"{ED}-2.eml", f"{ED}.eml", BO],
        )
        for word in ("Priority", "Step", "Week", "Batch", "Rank", "Score", "Wave")
    ),
    # Near cases: numbers of something else tell two interviews apart.
    kept("an Interview # of one application", "Interview #", [1, 2]),
    kept("a Priority of one application", "Priority", [1, 2]),
    kept("a salary", "#", [85000, 90000]),
    kept("a phone", "Phone", [4155550100, 4155550101]),
    kept("an ID from elsewhere, 14 and 15", "ID", [14, 15]),
    kept("years", "No.", [2026, 2027]),
    kept("a run down, not up", "#", [2, 1]),
    kept("a fraction", "#", [1, 1.5]),
    kept("a blank in the column", "#", [1, None]),
    (
        "a Round of one application is the tool's",
        [*HEADER, "Round"],
        [[*ROW, 1], [*ROW, 2]],
        [THANKS, THANKS],
        TWO,
    ),
]


def save(path: Path, header: list[str], rows: list[list[object]]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Interviews"
    for row in [header, *rows]:
        sheet.append(row)
    book.save(path)


def run(path: Path, eml: Path, *extra: str) -> tuple[list, list[str]]:
    """Each row's (Duplicate?, Next action, Problems) in the workbook reopened, and the drafts."""
    args = ["run", str(path), "--as-of", AS_OF, "--eml-dir", str(eml), *extra]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    cells = list(openpyxl.load_workbook(path)["Interviews"].iter_rows(values_only=True))
    at = [list(cells[0]).index(h) for h in ("Follow-up status", "Next action", "Problems")]
    seen = [(row[at[0]] == "Duplicate", row[at[1]], row[at[2]]) for row in cells[1:]]
    return seen, sorted(p.name for p in eml.glob("*.eml"))


@pytest.mark.parametrize(
    ("header", "rows", "seen", "drafts"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_a_column_numbering_the_rows_tells_no_pasted_row_apart(
    tmp_path: Path, header: list[str], rows: list[list[object]], seen: list, drafts: list[str]
) -> None:
    path = tmp_path / "Maya Chen.xlsx"
    save(path, header, rows)
    assert run(path, tmp_path / "eml") == (seen, drafts)
    assert run(path, tmp_path / "eml2")[0] == seen  # the tool's own cells tell nothing apart


def with_saved_values(path: Path, values: dict[str, int]) -> None:
    """``path``'s formula cells given the values Excel saves with them (openpyxl saves none)."""
    name = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as book:
        parts = {n: book.read(n) for n in book.namelist()}
    xml = parts[name].decode()
    for ref, value in values.items():
        xml, done = re.subn(
            rf'(<c r="{ref}"[^>]*>\s*<f>[^<]*</f>)\s*<v\s*/>', rf"\g<1><v>{value}</v>", xml
        )
        assert done == 1, ref
    parts[name] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for n, data in parts.items():
            book.writestr(n, data)


# (case, the first column's formulas, the values Excel saved, the repeat's line): a pasted
# row's formula gives it the next number; one formula typed on both rows is alike, whatever
# its value (ot98 F7), while a number typed over a formula is the column numbering the rows.
FORMULAS = [
    ("=ROW()-1", ["=ROW()-1", "=ROW()-1"], [1, 2], PLAIN),
    ("=ROW()", ["=ROW()", "=ROW()"], [2, 3], PLAIN),
    ("=A2+1", [1, "=A2+1"], [1, 2], numbered('"#"')),
]


@pytest.mark.parametrize(
    ("formulas", "saved", "line"), [c[1:] for c in FORMULAS], ids=[c[0] for c in FORMULAS]
)
def test_a_formula_numbering_the_rows_tells_no_pasted_row_apart(
    tmp_path: Path, formulas: list[object], saved: list[int], line: str
) -> None:
    path = tmp_path / "Maya Chen.xlsx"
    save(path, *first("#", formulas))
    cells = enumerate(zip(formulas, saved, strict=True), 2)
    with_saved_values(path, {f"A{r}": v for r, (f, v) in cells if str(f).startswith("=")})
    assert run(path, tmp_path / "eml") == ([THANKS, (True, "See row 2", line)], ONE)


def test_a_formula_without_a_saved_value_is_blank_on_both(tmp_path: Path) -> None:
    """openpyxl's file, never opened in Excel: both cells are empty, so alike."""
    path = tmp_path / "Maya Chen.xlsx"
    save(path, *first("#", ["=ROW()-1", "=ROW()-1"]))
    assert run(path, tmp_path / "eml") == ([THANKS, (True, "See row 2", PLAIN)], ONE)


# (case, the first column's header, its cells (formulas saved without a value, as openpyxl
# writes them and as a row numbered by hand in a program that computes nothing), the rows,
# each row as seen, the drafts): a formula that numbers the rows is read from its text when no
# value was saved (fx216), so a pasted row's own number tells it from nothing.
UNSAVED = [
    pasted("1 typed, =A2+1 under #", "#", [1, "=A2+1"], numbered('"#"')),
    pasted("1 typed, =1+A2 under ID", "ID", [1, "=1+A2"], numbered('"ID"')),
    pasted("1 typed, =ROW()-1 under No.", "No.", [1, "=ROW()-1"], numbered('"No."')),
    pasted(
        "=ROWS($A$2:A2) filled down under Row", "Row", ["=ROWS($A$2:A2)", "=ROWS($A$2:A3)"], PLAIN
    ),
    (
        "1, 2 typed, =A3+1 under #, over two applications",
        *first("#", [1, 2, "=A3+1"], rows=[GLOBEX, ROW, ROW]),
        [THANKS, THANKS, (True, "See row 3", numbered('"#"', 3))],
        [ED + ".eml", BO],
    ),
    # One formula filled down is typed alike on both rows: a plain repeat.
    (
        "1 typed, =A2+1 filled down under #, over two applications",
        *first("#", [1, "=A2+1", "=A3+1"], rows=[GLOBEX, ROW, ROW]),
        [THANKS, THANKS, (True, "See row 3", "repeats row 3 in every cell " + TAIL.format(row=3))],
        [ED + ".eml", BO],
    ),
    # Near cases: a formula that numbers nothing, or not from 1, or under a word that counts
    # something of the rows, stays blank, as a value would be typed: two interviews.
    kept("1 typed, =A2+1 under Priority", "Priority", [1, "=A2+1"]),
    kept("1 typed, =A2+1 under Step", "Step", [1, "=A2+1"]),
    kept("1 typed, =A2+2 under #", "#", [1, "=A2+2"]),
    kept("1 typed, =B2+1 (another column's cell) under #", "#", [1, "=B2+1"]),
    kept("1 typed, =A1+1 (two rows up) under #", "#", [1, "=A1+1"]),
    kept("5 typed, =A2+1 under #", "#", [5, "=A2+1"]),
    kept("1 typed, =MAX(A2)+1 under #", "#", [1, "=MAX(A2)+1"]),
]


@pytest.mark.parametrize(
    ("header", "rows", "seen", "drafts"),
    [case[1:] for case in UNSAVED],
    ids=[case[0] for case in UNSAVED],
)
def test_a_formula_numbering_the_rows_without_a_saved_value_is_read_from_its_text(
    tmp_path: Path, header: list[str], rows: list[list[object]], seen: list, drafts: list[str]
) -> None:
    path = tmp_path / "Maya Chen.xlsx"
    save(path, header, rows)
    assert run(path, tmp_path / "eml") == (seen, drafts)
    assert run(path, tmp_path / "eml2")[0] == seen


def referral(first: object, second: object, country: str = "US") -> tuple:
    """ROW twice with a "Referral date" column the tool does not read."""
    row = [*ROW[:5], country]
    return [*HEADER, "Referral date"], [[*row, first], [*row, second]]


JAN_10 = dt.datetime(2027, 1, 10)
# (case, header, rows, each row's (Duplicate?, Problems) in the workbook).
UNREAD_DATES = [
    ("a date cell and 1/10/2027, US", *referral(JAN_10, "1/10/2027"), retyped("Referral date")),
    (
        "a date cell and Jan 10, 2027",
        *referral(JAN_10, "Jan 10, 2027"),
        retyped("Referral date"),
    ),
    # A date cell reads as its ISO day: spelt alike.
    ("a date cell and 2027-01-10", *referral(JAN_10, "2027-01-10"), PLAIN),
    (
        "1/10/2027 and 01/10/2027",
        *referral("1/10/2027", "01/10/2027"),
        retyped("Referral date"),
    ),
    (
        "a date cell and 10/01/2027, GB",
        *referral(JAN_10, "10/01/2027", "GB"),
        retyped("Referral date"),
    ),
    (
        "a date cell and 10.01.2027, DE",
        *referral(JAN_10, "10.01.2027", "DE"),
        retyped("Referral date"),
    ),
    # Another day: 1/10/2027 is 1 October on a British row, 10 January on a US one.
    ("a date cell and 1/10/2027, GB", *referral(JAN_10, "1/10/2027", "GB"), None),
    ("a date cell and 1/11/2027, US", *referral(JAN_10, "1/11/2027"), None),
    ("a date-time and its day", *referral(JAN_10.replace(hour=9), "1/10/2027"), None),
    ("a date cell and a word", *referral(JAN_10, "last week"), None),
]


@pytest.mark.parametrize(
    ("header", "rows", "line"), [c[1:] for c in UNREAD_DATES], ids=[c[0] for c in UNREAD_DATES]
)
def test_an_unread_date_and_its_text_twin_are_one_day(
    tmp_path: Path, header: list[str], rows: list[list[object]], line: str | None
) -> None:
    path = tmp_path / "Maya Chen.xlsx"
    save(path, header, rows)
    seen, drafts = run(path, tmp_path / "eml")
    if line is None:
        assert (seen, len(drafts)) == ([THANKS, THANKS], 2)
    else:
        assert (seen, drafts) == ([THANKS, (True, "See row 2", line)], ONE)


def test_pandas_index_and_a_retyped_date_in_a_csv(tmp_path: Path) -> None:
    """A CSV pandas wrote (its index first, under no header), a row pasted twice whose
    "Referral date" was retyped: one Duplicate, the line naming both."""
    path = tmp_path / "Maya Chen.csv"
    path.write_text(
        ",Company,Position,Interview Date,Interviewer,Country,Referral date\n"
        "0,Canva,Designer,2027-01-12,Ed Fox,US,1/10/2027\n"
        "1,Globex,Analyst,2027-01-11,Bo Chen,US,\n"
        "2,Canva,Designer,2027-01-12,Ed Fox,US,Jan 10 2027\n",
        encoding="utf-8-sig",
    )
    eml = tmp_path / "eml"
    args = ["run", str(path), "--as-of", AS_OF, "--eml-dir", str(eml)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    line = (
        'repeats row 2 in every cell, its "Referral date" the same day written another way, '
        "column A aside, which numbers the rows " + TAIL.format(row=2)
    )
    assert [(r["Follow-up status"], r["Next action"], r["Problems"]) for r in rows] == [
        ("Due today", "Thank-you note", ""),
        ("Overdue", "Thank-you note", ""),
        ("Duplicate", "See row 2", line),
    ]
    assert sorted(p.name for p in eml.glob("*.eml")) == [ED + ".eml", BO]
