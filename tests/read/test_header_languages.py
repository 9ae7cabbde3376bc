"""Headers in other languages beside English ones: an English tracker reads as it did before
they were known, and of two columns naming one field the one the user fills is the field."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.normalise import normalise_rows, resolve_roles
from followup_batch.read import RawTable, ReadOptions, fields, header_index, read_trackers
from followup_batch.read.headers import match_header

# A value each field's column can hold; the other columns of the tracker are these three.
VALUES = {
    "company": "Acme",
    "position": "Analyst",
    "interview_at": "2026-11-03",
    "interviewer": "Ann Lee",
    "interviewer_email": "ann@acme.example",
    "thank_you_sent": "2026-11-04",
    "applied_at": "2026-10-01",
    "outcome": "Interviewing",
    "topic": "the roadmap",
    "country": "US",
    "interview_type": "Phone",
    "seniority": "Senior",
    "industry": "Fintech",
}
BASE = {"company": "Company", "position": "Position", "interview_at": "Interview Date"}

# Every English header of a field (the canonical one and every synonym, as matched before
# other languages were known), to be put beside every header of that field in another language.
ENGLISH = [
    pytest.param(f.name, english, id=english)
    for f in fields.FIELDS
    if f.other_languages
    for english in (f.header, *f.synonyms)
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for the many small trackers here (a tmp_path each costs more than a read)."""
    return tmp_path_factory.mktemp("pairs")


def read_resolved(path: Path, rows: list[list[str]]) -> RawTable:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    tables = read_trackers(path, ReadOptions())
    assert len(tables) == 1
    return resolve_roles(tables[0])


def test_every_field_with_other_languages_has_a_value_here() -> None:
    assert {f.name for f in fields.FIELDS if f.other_languages} <= VALUES.keys()


@pytest.mark.parametrize(("name", "english"), ENGLISH)
def test_the_english_column_is_the_field_beside_an_empty_one_in_another_language(
    folder: Path, name: str, english: str
) -> None:
    """ "Role" beside an empty "Cargo", "Title" beside an empty "Stelle": Position is the
    English column, also after the other (the first column wins a tie)."""
    base = {f: h for f, h in BASE.items() if f != name}
    for other in fields.FIELDS_BY_NAME[name].other_languages:
        headers = [*base.values(), other, english]
        row = [*(VALUES[f] for f in base), "", VALUES[name]]
        table = read_resolved(folder / "t.csv", [headers, row])
        assert table.mapping[name] == len(headers) - 1, headers
        assert table.cells[name].tolist() == [VALUES[name]], headers


@pytest.mark.parametrize(("name", "english"), ENGLISH)
def test_the_english_header_beats_one_in_another_language(name: str, english: str) -> None:
    """By the headers alone (both columns filled): the English one, whatever its rank among
    English headers ("Role" is generic, "Cargo" would be specific)."""
    for other in fields.FIELDS_BY_NAME[name].other_languages:
        for headers in ([other, english], [english, other]):
            match = match_header(1, headers, header_index.HEADER_INDEX, set())
            assert match.mapping[name] == headers.index(english), headers


@pytest.mark.parametrize("other", ["Datum", "Fecha"])
@pytest.mark.parametrize("english", ["Date", "Dates"])
def test_date_beats_a_date_header_in_another_language(
    tmp_path: Path, english: str, other: str
) -> None:
    headers = ["Company", "Position", other, english]
    table = read_resolved(tmp_path / "t.csv", [headers, ["Acme", "Analyst", "", "2026-11-03"]])
    assert table.mapping["interview_at"] == 3


DATED = "2026-11-03"


@pytest.mark.parametrize(
    ("headers", "row", "name", "column"),
    [
        # The header's choice is empty: the filled one is the field, in any language.
        (["Company", "Position Title", "Title", "Date"], ["Acme", "", "Dev", DATED], "position", 2),
        (["Empresa", "Puesto", "Cargo", "Fecha"], ["Acme", "", "Dev", DATED], "position", 2),
        (
            ["Company", "Position", "Recruiter", "Contact", "Date"],
            ["Acme", "Dev", "n/a", "Ann", DATED],
            "interviewer",
            3,
        ),
        # Both filled, or both empty: the header's choice.
        (
            ["Company", "Position Title", "Title", "Date"],
            ["Acme", "Analyst", "Dev", DATED],
            "position",
            1,
        ),
        (
            ["Company", "Position", "Recruiter", "Contact", "Date"],
            ["Acme", "Dev", "", "", DATED],
            "interviewer",
            2,
        ),
    ],
)
def test_a_filled_column_takes_a_field_from_an_empty_one(
    tmp_path: Path, headers: list[str], row: list[str], name: str, column: int
) -> None:
    table = read_resolved(tmp_path / "t.csv", [headers, row])
    assert table.mapping[name] == column
    assert resolve_roles(table) is table  # deciding twice changes nothing


def test_the_note_says_which_column_is_empty(tmp_path: Path) -> None:
    headers = ["Company", "Position Title", "Title", "Interview Date"]
    table = read_resolved(tmp_path / "t.csv", [headers, ["Acme", "", "Dev", "2026-11-03"]])
    assert table.notes == [
        'Several columns read as Position: "Position Title" (column B), "Title" (column C); '
        'using "Title" (column C), as "Position Title" (column B) is empty; the others are left '
        "alone."
    ]
    assert table.ignored == ["Position Title"]


def test_an_english_tracker_with_columns_headed_in_other_languages_drafts_as_before(
    tmp_path: Path,
) -> None:
    """The outside tester's tracker: Role beside an empty Cargo, a private "Note", an empty
    Firma. Position is the Role, the note stays out of the draft, and no row needs info."""
    tracker = tmp_path / "t.csv"
    tracker.write_text(
        "Company,Role,Interview,Status,Contact,Note,Data,Cargo,Date Applied,Firma\n"
        "Acme,Analyst,Nov 10 2026,Interviewing,Ann,met team,n/a,,Oct 1 2026,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main, ["run", str(tracker), "--as-of", "2026-11-20", "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    with out.open(newline="", encoding="utf-8") as handle:
        (row,) = csv.DictReader(handle)
    assert row["Follow-up status"] == "Overdue"
    assert row["Problems"] == ""
    assert row["Draft subject"] == "Following up on the Analyst interview"
    assert "the Analyst role at Acme" in row["Draft"]
    assert "met team" not in row["Draft"]


@pytest.mark.parametrize("header", ["Note", "note", "NOTE"])
def test_a_note_column_is_left_alone(tmp_path: Path, header: str) -> None:
    """Not the Topic: a draft to an employer quotes the Topic, and "Note" heads one's own."""
    headers = ["Company", "Position", "Interview Date", header]
    table = read_resolved(tmp_path / "t.csv", [headers, ["Acme", "Dev", DATED, "met team"]])
    assert "topic" not in table.mapping
    assert table.ignored == [header]


# German "Art" (the kind of interview), as the outside tester's tracker heads it: (the Art
# cell, the type read, the thank-you due for an interview on Tue 2026-11-24). Phone is the
# same day (DESIGN 3.1), the others the day after.
ART_TYPES = [
    ("Telefon", "phone", "2026-11-24"),
    ("Vor Ort", "onsite", "2026-11-25"),
    ("Video", "video", "2026-11-25"),
    # The same kinds in Spanish and French, under "Art" as under their own headers.
    ("Teléfono", "phone", "2026-11-24"),
    ("Presencial", "onsite", "2026-11-25"),
    ("Téléphone", "phone", "2026-11-24"),
    ("Sur place", "onsite", "2026-11-25"),
]


@pytest.mark.parametrize(("art", "kind", "thank_you_due"), ART_TYPES)
def test_art_is_the_interview_type(tmp_path: Path, art: str, kind: str, thank_you_due: str) -> None:
    tracker = tmp_path / "t.csv"
    tracker.write_text(
        f"Firma,Stelle,Vorstellungsgespräch,Art\nBMW,Data Scientist,2026-11-24,{art}\n",
        encoding="utf-8",
    )
    [table] = read_trackers(tracker, ReadOptions())
    frame = normalise_rows(table, ReadOptions(), as_of=dt.date(2026, 11, 24))
    assert frame["interview_type"].tolist() == [kind]
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main, ["run", str(tracker), "--as-of", "2026-11-24", "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    with out.open(newline="", encoding="utf-8") as handle:
        (row,) = csv.DictReader(handle)
    assert row["Thank-you due"] == thank_you_due
    assert row["Problems"] == ""


def test_art_of_something_else_is_left_alone(tmp_path: Path) -> None:
    """ "Art" alone is any kind of anything: of jobs ("Vollzeit") it is not the interview's."""
    table = read_resolved(
        tmp_path / "t.csv",
        [
            ["Firma", "Stelle", "Vorstellungsgespräch", "Art"],
            ["BMW", "Data Scientist", "2026-11-24", "Vollzeit"],
            ["SAP", "Analyst", "2026-11-20", "Teilzeit"],
        ],
    )
    assert "interview_type" not in table.mapping
    assert table.ignored == ["Art"]
    assert table.notes == [
        '"Art" (D) holds something other than interview types ("Vollzeit"): it is left alone. '
        'Map it with --map "Art=interview_type" if it is the Interview Type.'
    ]
