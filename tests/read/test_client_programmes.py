"""A ``Student`` (or ``Candidate``, ``Mentee``) column of study programmes names nobody (fx200,
after ot97 F6 read ``Student`` as the client): a careers office's tracker with "MSc CS", "MBA
2027", "BSc Econ" there signed each draft "MBA 2027" and counted each programme a client. It
is left alone, as a column of yes/no marks is, and says so; a column of people stays theirs,
titles, initials and degrees after a name included. Through ``run``, the drafts' names and
signatures read back."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.read.programmes import is_programme

AS_OF = "2027-01-13"
HEADER = ["Company", "Position", "Interview Date", "Interview Type", "Interviewer", "Country"]
ROWS = [
    ["Canva", "Designer", dt.datetime(2027, 1, 12), "Video", "Ed Fox", "US"],
    ["Globex", "Analyst", dt.datetime(2027, 1, 12), "Video", "Bo Chen", "US"],
]
RAVI = [
    "ravi-kumar-canva-thank-you-note-ed-fox.eml",
    "ravi-kumar-globex-thank-you-note-bo-chen.eml",
]


def names(first: str, second: str) -> list[str]:
    """The drafts of two clients, each signing their own."""
    return [
        f"{first}-canva-thank-you-note-ed-fox.eml",
        f"{second}-globex-thank-you-note-bo-chen.eml",
    ]


# (header, its two cells, the drafts' names, their signatures, the -v note or None).
CASES = [
    ("Student", ["MSc CS", "MBA 2027"], RAVI, ["Ravi Kumar"] * 2, "programmes"),
    ("Student", ["BSc Econ", "BA (Hons) History"], RAVI, ["Ravi Kumar"] * 2, "programmes"),
    ("Candidate", ["PhD Physics", None], RAVI, ["Ravi Kumar"] * 2, "programmes"),
    ("Mentee", ["Class of 2027", "MS CS"], RAVI, ["Ravi Kumar"] * 2, "programmes"),
    ("Student", ["MBA 2027", "Yes"], RAVI, ["Ravi Kumar"] * 2, "programmes"),
    ("Student", ["Yes", "No"], RAVI, ["Ravi Kumar"] * 2, "marks"),
    # People: titles before a name, initials and degrees after one.
    ("Student", ["Ms Chen", "Dr Ana Diaz"], names("ms-chen", "dr-ana-diaz"), None, None),
    ("Student", ["Sam MBA", "Meng Li"], names("sam-mba", "meng-li"), None, None),
    ("Student", ["MS Dhoni", "MD Rahman"], names("ms-dhoni", "md-rahman"), None, None),
    ("Mentee", ["Mba Diallo", "Edd Kimber"], names("mba-diallo", "edd-kimber"), None, None),
]
NOTES = {
    "programmes": '"{h}" (G) holds study programmes, not people: it is left alone. Map it '
    'with --map "{h}=client" if it names your clients.',
    "marks": '"{h}" (G) holds yes/no marks, not people: it is left alone. Map it with --map '
    '"{h}=client" if it names your clients.',
}


@pytest.mark.parametrize(
    ("header", "cells", "drafts", "signed", "note"),
    CASES,
    ids=[" / ".join(map(str, c[1])) for c in CASES],
)
def test_a_client_column_of_programmes_names_nobody(
    tmp_path: Path,
    header: str,
    cells: list[object],
    drafts: list[str],
    signed: list[str] | None,
    note: str | None,
) -> None:
    path = tmp_path / "Ravi Kumar.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([*HEADER, header])
    for row, cell in zip(ROWS, cells, strict=True):
        sheet.append([*row, cell])
    book.save(path)
    eml = tmp_path / "eml"
    args = ["run", str(path), "--as-of", AS_OF, "--eml-dir", str(eml), "-v"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    written = sorted(eml.glob("*.eml"))
    seen = [(p.name, p.read_text(encoding="utf-8").rstrip().rsplit("\n", 1)[-1]) for p in written]
    assert seen == sorted(zip(drafts, signed or cells, strict=True))
    said = " ".join(result.output.split())
    for kind, text in NOTES.items():
        assert (text.format(h=header) in said) == (kind == note), kind


PROGRAMMES = [
    "MSc CS",
    "MBA 2027",
    "BSc Econ",
    "BA (Hons) History",
    "PhD Physics",
    "MS CS",
    "MA English",
    "M.Sc. Data Science",
    "msc computer science",
    "MEng",
    "EMBA '27",
    "MBA (2026-28)",
    "Master's in Finance",
    "Bachelor of Arts",
    "HND Business",
    "Class of 2027",
    "Year 2",
    "Final year CS",
    "PhD",
    "Phd",
    "PhD Law",
    "MSc ng",
]
PEOPLE = [
    "Sam MBA",
    "Sam Lee, MBA",
    "Ms Chen",
    "Ms. Sarah Kim",
    "Dr Ana Diaz",
    "MS Dhoni",
    "MA Long",
    "BA Smith",
    "MD Rahman",
    "Md. Karim",
    "Mst. Rahima Begum",
    "Meng Li",
    "Edd Kimber",
    "Mba Diallo",
    "Master Chen",
    "Junior Silva",
    "Phil Dunphy",
    "March 2027",
    "Maya Chen",
    # A degree's letters before a family name of the lists are a person's name (fx227: "Phd
    # Nguyen" was a programme, and signed nobody).
    "Phd Nguyen",
    "PhD Nguyen Van An",
    "MBA Chen",
]


@pytest.mark.parametrize(
    ("text", "programme"), [(p, True) for p in PROGRAMMES] + [(p, False) for p in PEOPLE]
)
def test_is_programme(text: str, programme: bool) -> None:
    assert is_programme(text) is programme


THREE = [
    ["Canva", "Designer", dt.datetime(2027, 1, 12), "Video", "Ed Fox", "US"],
    ["Globex", "Analyst", dt.datetime(2027, 1, 12), "Video", "Bo Chen", "US"],
    ["Initech", "Engineer", dt.datetime(2027, 1, 12), "Video", "Al Roe", "US"],
]
UNSIGNED = "Best regards,"  # a draft's last line when it is signed by nobody
PROGRAMME_LINE = (
    'G{row}: "{text}" is a study programme, not a person, so it is not read as the client '
    "(nothing is signed with it): write the person's name here"
)

# (case, header, the three cells, who each row's draft is signed by, the rows (2-4) whose
# cell is said to be a programme, the user's --map): in a column of names, a programme names
# nobody, cell by cell (fx216): its row is the file's (Ravi Kumar's), as a blank cell's is,
# and its Problems says so; its drafts are named and signed for the file's client.
MIXED = [
    (
        "names and a programme",
        "Client",
        ["Maya Chen", "MSc CS", "Tom Li"],
        ["Maya Chen", "Ravi Kumar", "Tom Li"],
        [3],
        None,
    ),
    (
        "a year of study and a class",
        "Student",
        ["Year 2", "Ana Diaz", "Class of 2027"],
        ["Ravi Kumar", "Ana Diaz", "Ravi Kumar"],
        [2, 4],
        None,
    ),
    (
        "a degree after a name is a person",
        "Student",
        ["Maya Chen", "Sam MBA", "Sam Lee, MBA"],
        ["Maya Chen", "Sam MBA", "Sam Lee, MBA"],
        [],
        None,
    ),
    (
        "initials and titles are people",
        "Mentee",
        ["MS Dhoni", "Ms Chen", "Mba Diallo"],
        ["MS Dhoni", "Ms Chen", "Mba Diallo"],
        [],
        None,
    ),
    (
        "a degree's letters before a family name are a person",
        "Student",
        ["Phd Nguyen", "MSc CS", "Tom Li"],
        ["Phd Nguyen", "Ravi Kumar", "Tom Li"],
        [3],
        None,
    ),
    # The user's map says the column names their clients: as typed, and a programme signs
    # nothing, with digits or without (fx227: "MSc CS" signed "MSc CS").
    (
        "mapped by the user",
        "Cohort",
        ["Maya Chen", "MBA 2027", "Tom Li"],
        ["Maya Chen", UNSIGNED, "Tom Li"],  # its drafts are MBA 2027's, signed by nobody
        [],
        "Cohort=client",
    ),
    (
        "a column of programmes mapped by the user",
        "Course",
        ["MSc CS", "MBA 2027", "Phd Nguyen"],
        [UNSIGNED, UNSIGNED, "Phd Nguyen"],
        [],
        "Course=client",
    ),
]


@pytest.mark.parametrize(
    ("header", "cells", "signed", "said", "column_map"),
    [c[1:] for c in MIXED],
    ids=[c[0] for c in MIXED],
)
def test_a_programme_among_names_names_nobody(
    tmp_path: Path,
    header: str,
    cells: list[str],
    signed: list[str],
    said: list[int],
    column_map: str | None,
) -> None:
    path = tmp_path / "Ravi Kumar.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Interviews"
    sheet.append([*HEADER, header])
    for row, cell in zip(THREE, cells, strict=True):
        sheet.append([*row, cell])
    book.save(path)
    eml = tmp_path / "eml"
    args = ["run", str(path), "--as-of", AS_OF, "--eml-dir", str(eml)]
    if column_map:
        args += ["--map", column_map]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    drafts = {p.name.split("-thank-you")[0]: p for p in eml.glob("*.eml")}
    clients, signatures = [], []
    for row in THREE:
        company = f"-{row[0].lower()}"
        ((key, draft),) = [(k, p) for k, p in drafts.items() if k.endswith(company)]
        clients.append(key.removesuffix(company))
        signatures.append(draft.read_text(encoding="utf-8").rstrip().rsplit("\n", 1)[-1])
    assert signatures == signed
    named = [
        "ravi-kumar" if n in said else "-".join(re.findall(r"\w+", cell.lower()))
        for n, cell in enumerate(cells, 2)
    ]
    assert clients == named
    written = list(openpyxl.load_workbook(path)["Interviews"].iter_rows(values_only=True))
    at = list(written[0]).index("Problems")
    problems = [row[at] for row in written[1:]]
    assert problems == [
        PROGRAMME_LINE.format(row=n, text=cell) if n in said else None
        for n, cell in enumerate(cells, 2)
    ]
