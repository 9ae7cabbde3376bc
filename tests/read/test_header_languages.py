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
from followup_batch.read.header_keys import header_key
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
    "stated_decision": "2026-11-10",
    "round": "2",
    "industry": "Fintech",
    "location": "Austin, TX",
    "city": "Austin",
    "region": "TX",
    "client": "Maya Chen",
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
    English headers ("Role" is generic, "Cargo" would be specific). But "Decision" alone,
    read only by its cells, which any other header of the field beats (its French and Spanish
    "Décision", "Decisión" are the same key: fx189)."""
    if header_key(english) in header_index.READ_BY_CELLS_KEYS:
        for other in fields.FIELDS_BY_NAME[name].other_languages:
            if header_key(other) in header_index.READ_BY_CELLS_KEYS:
                continue
            for headers in ([other, english], [english, other]):
                match = match_header(1, headers, header_index.HEADER_INDEX, set())
                assert match.mapping[name] == headers.index(other), headers
        return
    for other in fields.FIELDS_BY_NAME[name].other_languages:
        for headers in ([other, english], [english, other]):
            match = match_header(1, headers, header_index.HEADER_INDEX, set())
            assert match.mapping[name] == headers.index(english), headers


@pytest.mark.parametrize("other", ["Datum", "Fecha", "Data"])
@pytest.mark.parametrize("english", ["Date", "Dates"])
def test_date_beats_a_date_header_in_another_language(
    tmp_path: Path, english: str, other: str
) -> None:
    headers = ["Company", "Position", other, english]
    table = read_resolved(tmp_path / "t.csv", [headers, ["Acme", "Analyst", "", "2026-11-03"]])
    assert table.mapping["interview_at"] == 3


@pytest.mark.parametrize(
    ("text", "line", "code"),
    [
        # ot57 F4: Polish, Portuguese and Italian "Data" holding dates is the date, as "Datum".
        (
            "Firma,Stanowisko,Data,Rodzaj rozmowy,Status\n"
            "Allegro,Analityk,2026-11-27,Rozmowa telefoniczna,Rozmowa\n"
            "PKO BP,Analityk,2026-11-09,,Wysłano\n",
            '      C  "Data"           -> interview_at (Interview Date)',
            0,
        ),
        (
            "Empresa,Cargo,Data,Status\nNubank,Analista,27/11/2026,Entrevista\n",
            '      C  "Data"    -> interview_at (Interview Date)',
            0,
        ),
        (
            "Azienda,Posizione,Data\nEni,Analista,27/11/2026\n",
            '      C  "Data"      -> interview_at (Interview Date)',
            0,
        ),
        # An English "Data" of notes (or empty) is no date: left alone, or no date at all.
        (
            "Company,Position,Interview Date,Data\nAcme,Analyst,2026-11-27,SQL and Python\n",
            '  Left alone: D "Data"',
            0,
        ),
        (
            "Company,Position,Data\nAcme,Analyst,SQL and Python\nGlobex,Analyst,\n",
            "t.csv: NOT READ — it is an application log without dates (Company, Position, "
            "Data): nothing can be scheduled without one. Add a Date Applied column (the day "
            "you applied) or an Interview Date column, or map your date column: --map "
            '"Header=applied_at" for the day you applied, --map "Header=interview_at" for the '
            "interview's.",
            1,
        ),
    ],
)
def test_data_is_the_date_when_its_cells_are_dates(
    tmp_path: Path, text: str, line: str, code: int
) -> None:
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path), "--as-of", "2026-12-04"])
    assert (result.exit_code, line in result.stdout.splitlines()) == (code, True), result.output


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


# German "Art" (the kind of interview), as the outside tester's tracker heads it, and "Typ"
# (ot115 F10: it was left alone, every interview untyped): (the cell, the type read, the
# thank-you due for an interview on Tue 2026-11-24). Phone is the same day (DESIGN 3.1), the
# others the day after.
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


@pytest.mark.parametrize("header", ["Art", "Typ"])
@pytest.mark.parametrize(("art", "kind", "thank_you_due"), ART_TYPES)
def test_art_is_the_interview_type(
    tmp_path: Path, header: str, art: str, kind: str, thank_you_due: str
) -> None:
    tracker = tmp_path / "t.csv"
    tracker.write_text(
        f"Firma,Stelle,Vorstellungsgespräch,{header}\nBMW,Data Scientist,2026-11-24,{art}\n",
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


# A vague header's column of something else is left alone, with a note: (its rows, its field,
# the first cell that says so). "Art" and "Tipo" alone are any kind of anything: of jobs
# ("Vollzeit") or contracts (a Brazilian tracker's CLT or PJ) not the interview's. "Kraj" is
# the country in Polish, a region in Czech and Slovak (ot50-F4: each row had a Problems line).
LEFT_ALONE_BY_VALUES = [
    pytest.param(
        [
            ["Firma", "Stelle", "Vorstellungsgespräch", "Art"],
            ["BMW", "Data Scientist", "2026-11-24", "Vollzeit"],
            ["SAP", "Analyst", "2026-11-20", "Teilzeit"],
        ],
        "interview_type",
        'holds something other than interview types ("Vollzeit")',
        id="Art",
    ),
    pytest.param(
        [
            ["Firma", "Stelle", "Vorstellungsgespräch", "Typ"],
            ["BMW", "Data Scientist", "2026-11-24", "Vollzeit"],
            ["SAP", "Analyst", "2026-11-20", "Teilzeit"],
        ],
        "interview_type",
        'holds something other than interview types ("Vollzeit")',
        id="Typ",
    ),
    pytest.param(
        [
            ["Empresa", "Cargo", "Data da Entrevista", "Tipo"],
            ["Ambev", "Analista", "2026-02-13", "CLT"],
            ["Nubank", "Engenheira", "2026-02-10", "PJ"],
        ],
        "interview_type",
        'holds something other than interview types ("CLT")',
        id="Tipo",
    ),
    pytest.param(
        [
            ["Company", "Position", "Interview Date", "Kraj"],
            ["Škoda", "Analyst", "2026-11-24", "Středočeský"],
            ["Kiwi.com", "Developer", "2026-11-20", "Jihomoravský"],
        ],
        "country",
        'holds something other than countries ("Středočeský")',
        id="Kraj-czech",
    ),
    # "Niveau", "Nivel", "Livello" are the level of a job, or of a language or a school.
    pytest.param(
        [
            ["Entreprise", "Poste", "Date d'entretien", "Niveau"],
            ["Capgemini", "Consultante", "2026-11-30", "B2"],
            ["Airbus", "Ingénieure", "2026-11-25", "C1"],
        ],
        "seniority",
        'holds something other than seniorities ("B2")',
        id="Niveau-languages",
    ),
    pytest.param(
        [
            ["Bedrijf", "Functie", "Datum sollicitatiegesprek", "Niveau"],
            ["ASML", "Engineer", "2026-12-03", "HBO"],
            ["ING", "Analist", "2026-11-27", "WO"],
            ["Philips", "Tester", "2026-11-23", "Senior"],
        ],
        "seniority",
        'holds something other than seniorities ("HBO")',
        id="Niveau-schools",
    ),
    pytest.param(
        [
            ["Empresa", "Puesto", "Fecha de entrevista", "Nivel"],
            ["BBVA", "Analista", "2026-11-27", "Inglés C1"],
            ["Seat", "Ingeniera", "2026-11-20", "Máster"],
        ],
        "seniority",
        'holds something other than seniorities ("Inglés C1")',
        id="Nivel-languages",
    ),
]


# "Feedback" alone (ot79 F4) heads what they said as often as when they decide.
LEFT_ALONE_BY_VALUES += [
    pytest.param(
        [
            ["Bedrijf", "Functie", "Datum gesprek", header],
            ["ASML", "Engineer", "2027-03-24", said],
            ["ING", "Analist", "2027-03-25", "vrijdag"],
        ],
        "stated_decision",
        f'holds something other than dates or timeline phrases ("{said}")',
        id=header,
    )
    for header, said in (
        ("Terugkoppeling", "positief"),
        ("Rückmeldung", "Absage"),
        ("Återkoppling", "bra samtal"),
        ("Geri Dönüş", "olumlu"),
        ("Beslissing", "afgewezen"),
        ("Entscheidung", "Absage"),  # ot92 F1
        ("Decisione", "respinto"),
        ("Decisão", "reprovado"),
        # The English "Decision", and the French and Spanish ones (its key once without
        # accents), of outcomes (fx169).
        ("Decision", "Rejected"),
        ("DECISION", "Offer"),
        ("Décision", "Refusé"),
        ("Decisión", "Rechazado"),
        ("Décision", "Offre"),
    )
]


# Turkish "Aşama" (stage) of how far the application got, and "Tür" (kind) of interview
# types, whose key is the round's "Tur": neither is the Round.
LEFT_ALONE_BY_VALUES += [
    pytest.param(
        [
            ["Şirket", "Pozisyon", "Görüşme Tarihi", header],
            ["Arçelik", "Analist", "2027-01-12", said],
            ["Şişecam", "Analist", "2027-01-13", "2"],
        ],
        "round",
        f'holds something other than round numbers ("{said}")',
        id=header,
    )
    for header, said in (("Aşama", "Teklif"), ("Tür", "Telefon"), ("Mülakat aşaması", "Teknik"))
]


# The near cases: a "Decision" whose cells mostly say when is the Decision Date (a stray
# outcome is its row's problem), and beside a "Decision" of outcomes, a header that names the
# decision's day is read.
DECISION_COLUMNS = [
    pytest.param(
        ["Company", "Position", "Interview Date", "Decision"],
        [["2027-01-20", "Friday", "Rejected"]],
        "Decision",
        id="Decision-of-dates",
    ),
    pytest.param(
        ["Entreprise", "Poste", "Date d'entretien", "Décision"],
        [["20/01/2027", "vendredi", "Refusé"]],
        "Décision",
        id="Décision-of-dates",
    ),
    pytest.param(
        ["Empresa", "Puesto", "Fecha de entrevista", "Decisión"],
        [["20/01/2027", "la próxima semana", "Rechazado"]],
        "Decisión",
        id="Decisión-of-dates",
    ),
    pytest.param(
        ["Company", "Position", "Interview Date", "Decision", "Expected Decision"],
        [["Rejected", "Offer", ""], ["2027-01-20", "Friday", "next week"]],
        "Expected Decision",
        id="Decision-beside-Expected-Decision",
    ),
]


@pytest.mark.parametrize(("headers", "columns", "read_as"), DECISION_COLUMNS)
def test_a_decision_column_that_says_when_is_read(
    tmp_path: Path, headers: list[str], columns: list[list[str]], read_as: str
) -> None:
    cells = [list(cell) for cell in zip(*columns, strict=True)]
    rows = [
        headers,
        *(["Acme", "Analyst", "2027-01-12", *extra] for extra in cells),
    ]
    table = read_resolved(tmp_path / "t.csv", rows)
    assert table.headers[table.mapping["stated_decision"]] == read_as


# "Decision" alone of outcomes beside a header that names the decision's day: the day's header
# is the Decision Date, and the column of outcomes the Outcome when no column is (fx189); the
# near cases keep their readings: a "Decision" of dates, mixed cells (a stray outcome), a
# Status beside it, a "Retour" (feedback) of outcomes, and a column the user mapped.
HOLDS_STAGES = '"{h}" (D) holds stages ({e}): it is read as Outcome.'
DECISION_AND_OUTCOME = [
    # (headers D and E, cells of D and E per row, extra header and cells) ->
    #   (Outcome's header, Decision Date's header, notes)
    pytest.param(
        ["Décision", "Décision attendue"],
        [("Refusé", ""), ("", "08/01/2027"), ("Offre", "")],
        (
            "Décision",
            "Décision attendue",
            [HOLDS_STAGES.format(h="Décision", e='"Refusé", "Offre"')],
        ),
        id="fr",
    ),
    pytest.param(
        ["Decisión", "Fecha de decisión"],
        [("Rechazado", ""), ("", "08/01/2027"), ("Oferta", "")],
        (
            "Decisión",
            "Fecha de decisión",
            [HOLDS_STAGES.format(h="Decisión", e='"Rechazado", "Oferta"')],
        ),
        id="es",
    ),
    pytest.param(
        ["Decisão", "Data da decisão"],
        [("Reprovado", ""), ("", "08/01/2027"), ("Aprovado", "")],
        (
            "Decisão",
            "Data da decisão",
            [HOLDS_STAGES.format(h="Decisão", e='"Reprovado", "Aprovado"')],
        ),
        id="pt",
    ),
    pytest.param(
        ["Décision attendue", "Décision"],
        [("", "Refusé"), ("08/01/2027", ""), ("", "Offre")],
        (
            "Décision",
            "Décision attendue",
            ['"Décision" (E) holds stages ("Refusé", "Offre"): it is read as Outcome.'],
        ),
        id="fr-other-order",
    ),
    # Alone, a "Decision" of outcomes is the Outcome too: a rejected row gets no check-in.
    pytest.param(
        ["Décision", "Notes"],
        [("Refusé", ""), ("Offre", ""), ("Entretien", "")],
        ("Décision", None, [HOLDS_STAGES.format(h="Décision", e='"Refusé", "Offre", "Entretien"')]),
        id="fr-alone",
    ),
    pytest.param(
        ["Decision", "Notes"],
        [("Rejected", ""), ("Offer", "")],
        ("Decision", None, [HOLDS_STAGES.format(h="Decision", e='"Rejected", "Offer"')]),
        id="en-alone",
    ),
    # A "Décision" of dates beside "Décision attendue": the day's header wins, the other is
    # left alone.
    pytest.param(
        ["Décision", "Décision attendue"],
        [("vendredi", "08/01/2027"), ("15/01/2027", "")],
        (
            None,
            "Décision attendue",
            [
                'Several columns read as Decision Date: "Décision" (column D), "Décision '
                'attendue" (column E); using "Décision attendue" (column E), the others are left '
                "alone."
            ],
        ),
        id="fr-of-dates",
    ),
    # Mixed: mostly dates, a stray outcome: still the Decision Date (the row says the rest).
    pytest.param(
        ["Décision", "Notes"],
        [("vendredi", ""), ("15/01/2027", ""), ("Refusé", "")],
        (None, "Décision", []),
        id="fr-mostly-dates",
    ),
    # A "Retour" (feedback) of outcomes is the Outcome as a "Décision" is (ot145 F7: a
    # Brazilian "Retorno" of "Aguardando", "Entrevista marcada" was left alone).
    pytest.param(
        ["Retour", "Décision attendue"],
        [("Refusé", ""), ("Offre", "08/01/2027")],
        ("Retour", "Décision attendue", [HOLDS_STAGES.format(h="Retour", e='"Refusé", "Offre"')]),
        id="fr-retour",
    ),
    pytest.param(
        ["Retorno", "Notes"],
        [("Aguardando", ""), ("Entrevista marcada", ""), ("Aguardando", "")],
        (
            "Retorno",
            None,
            [HOLDS_STAGES.format(h="Retorno", e='"Aguardando", "Entrevista marcada"')],
        ),
        id="pt-retorno",
    ),
    # One of dates is still the Decision Date.
    pytest.param(
        ["Retorno", "Notes"],
        [("20/01/2027", ""), ("sexta-feira", "")],
        (None, "Retorno", []),
        id="pt-retorno-of-dates",
    ),
]


@pytest.mark.parametrize(("headers", "cells", "expected"), DECISION_AND_OUTCOME)
def test_a_decision_of_outcomes_is_the_outcome_beside_the_decision_s_day(
    tmp_path: Path,
    headers: list[str],
    cells: list[tuple[str, str]],
    expected: tuple[str | None, str | None, list[str]],
) -> None:
    outcome, decision, notes = expected
    rows = [
        ["Entreprise", "Poste", "Date d'entretien", *headers],
        *(["Airbus", "Analyste", "2026-12-14", *pair] for pair in cells),
    ]
    table = read_resolved(tmp_path / "t.csv", rows)
    said = {f: table.headers[c] for f, c in table.mapping.items()}
    assert (said.get("outcome"), said.get("stated_decision")) == (outcome, decision)
    assert table.notes == notes


def test_a_french_tracker_s_decision_and_its_expected_day_are_both_read(tmp_path: Path) -> None:
    """End to end (fx189): the "Refusé" and "Offre" rows are closed, the others' 1st check-in
    follows the decision date (Fri 2027-01-08: 1 bd later, Mon 01-11, then the preferred Tue
    01-12; Fri 01-15: Mon 01-18, then Tue 01-19)."""
    import openpyxl

    tracker = tmp_path / "Camille Martin.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Candidatures"
    sheet.append(
        ["Entreprise", "Poste", "Date d'entretien", "Pays", "Décision", "Décision attendue"]
    )
    for company, day, decided, expected in (
        ("Airbus", 14, "Refusé", None),
        ("Dassault", 15, None, "08/01/2027"),
        ("Thales", 16, "Offre", None),
        ("Safran", 17, None, "15/01/2027"),
    ):
        sheet.append([company, "Analyste", dt.datetime(2026, 12, day), "FR", decided, expected])
    book.save(tracker)
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", "2027-01-05", str(tracker)])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(tracker)["Candidatures"]
    headers = [c.value for c in sheet[1]]
    seen = [
        dict(zip(headers, r, strict=False)) for r in sheet.iter_rows(min_row=2, values_only=True)
    ]
    assert [(r["Décision"], r["Décision attendue"]) for r in seen] == [
        ("Refusé", None),
        (None, "08/01/2027"),
        ("Offre", None),
        (None, "15/01/2027"),
    ]
    assert [(r["Next action"], r["Next due"]) for r in seen] == [
        ("Networking check-in", dt.datetime(2027, 2, 22)),  # closed: only the networking touch
        ("1st check-in", dt.datetime(2027, 1, 12)),
        ("—", None),
        ("1st check-in", dt.datetime(2027, 1, 19)),
    ]
    assert [r["Problems"] for r in seen] == [None] * 4


def test_a_decision_of_outcomes_stays_left_alone_beside_a_status(tmp_path: Path) -> None:
    table = read_resolved(
        tmp_path / "t.csv",
        [
            ["Entreprise", "Poste", "Date d'entretien", "Statut", "Décision", "Décision attendue"],
            ["Airbus", "Analyste", "2026-12-14", "Entretien", "Refusé", ""],
            ["Thales", "Analyste", "2026-12-15", "Entretien", "", "08/01/2027"],
        ],
    )
    said = {f: table.headers[c] for f, c in table.mapping.items()}
    assert (said["outcome"], said["stated_decision"]) == ("Statut", "Décision attendue")
    assert table.ignored == ["Décision"]


def test_a_decision_the_user_maps_keeps_its_field(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        "Entreprise,Poste,Date d'entretien,Décision\nAirbus,Analyste,2026-12-14,Refusé\n",
        encoding="utf-8",
    )
    options = ReadOptions(column_map={"Décision": "stated_decision"})
    (table,) = read_trackers(path, options)
    table = resolve_roles(table)
    assert table.headers[table.mapping["stated_decision"]] == "Décision"
    assert "outcome" not in table.mapping


@pytest.mark.parametrize(("rows", "field", "holds"), LEFT_ALONE_BY_VALUES)
def test_a_vague_header_of_something_else_is_left_alone(
    tmp_path: Path, rows: list[list[str]], field: str, holds: str
) -> None:
    table = read_resolved(tmp_path / "t.csv", rows)
    header = rows[0][3]
    assert field not in table.mapping
    assert table.ignored == [header]
    assert table.notes == [
        f'"{header}" (D) {holds}: it is left alone. '
        f'Map it with --map "{header}={field}" if it is the {fields.FIELDS_BY_NAME[field].header}.'
    ]


@pytest.mark.parametrize("cells", [("PL", "Polska"), ("Polska", "Niemcy")])
def test_a_polish_kraj_of_countries_is_the_country(tmp_path: Path, cells: tuple[str, str]) -> None:
    """Most cells countries: the column is the Country (a stray one is its row's problem)."""
    table = read_resolved(
        tmp_path / "t.csv",
        [
            ["Firma", "Stanowisko", "Data rozmowy", "Kraj"],
            ["PKO BP", "Analityk", "2026-11-24", cells[0]],
            ["Allegro", "Analityk", "2026-11-20", cells[1]],
            ["CD Projekt", "Tester", "2026-11-19", "PL"],
        ],
    )
    assert table.mapping["country"] == 3
    assert table.ignored == []


@pytest.mark.parametrize(
    ("header", "cells"),
    [
        ("Niveau", ("Senior", "Cadre dirigeant")),
        ("Niveau", ("Medior", "Bac+5")),  # a stray cell is its row's problem
        ("Nivel", ("Becario", "Directivo")),
        ("Livello", ("Stagista", "Dirigente")),
    ],
)
def test_a_niveau_of_seniorities_is_the_seniority(
    tmp_path: Path, header: str, cells: tuple[str, str]
) -> None:
    """Most cells seniorities: the column is the Seniority (ot56 F1: it was left alone)."""
    table = read_resolved(
        tmp_path / "t.csv",
        [
            ["Company", "Position", "Interview Date", header],
            ["Decathlon", "Chef de produit", "2026-12-03", cells[0]],
            ["Thales", "Ingénieure", "2026-11-16", cells[1]],
            ["Airbus", "Analyste", "2026-11-25", "Junior"],
        ],
    )
    assert table.mapping["seniority"] == 3
    assert table.ignored == []


# The outside tester's rows under those headers (report ot32, F5), through a run: (the
# tracker, its as-of date, the due date column, the date it is due). Mitsubishi UFJ, a senior
# role in banking interviewed Tue 2026-11-10: 5 +2 traditional +2 senior = 9 bd, Labor
# Thanksgiving Day Mon 11-23 skipped (it was Thu 11-19: 5 bd +2 senior). Ambev's phone screen
# on Fri 2026-02-13: its thank-you is due the same day (it was Sat 02-14, the day after).
READ_THROUGH_A_RUN = [
    pytest.param(
        "会社名,職種,面接日,面接形式,業界,レベル,国\n"
        "三菱UFJ銀行,エンジニア,2026/11/10,対面,banking,シニア,日本\n",
        "2026-11-20",
        "1st check-in due",
        "2026-11-24",
        id="業界",
    ),
    pytest.param(
        "Empresa,Cargo,Data da Entrevista,Tipo,País,Setor\nAmbev,Eng,2026-02-13,Por telefone,"
        "São Paulo,\n",
        "2026-02-12",
        "Thank-you due",
        "2026-02-13",
        id="Tipo",
    ),
    # Report ot41, F2: Allianz said it decides by Fri 2026-05-29; the 1st check-in is 1 bd
    # after, Mon 06-01, moved to Tue 06-02 (the preferred send day), not Thu 05-28 (9 bd after
    # the interview), the day before the decision.
    pytest.param(
        "Firma,Position,Datum des Vorstellungsgesprächs,Ansprechpartner,Runde,Branche,Level,"
        "Entscheidung bis,Bundesland\nAllianz,Aktuar,2026-05-13,Herr Schmidt,2. Runde,"
        "Versicherung,Senior,2026-05-29,DE-BY\n",
        "2026-05-22",
        "1st check-in due",
        "2026-06-02",
        id="Entscheidung bis",
    ),
    pytest.param(
        "Empresa,Puesto,Fecha de entrevista,Ronda,Fecha de decisión,País\n"
        "Telefónica,Analista,2026-05-13,2,2026-05-29,España\n",
        "2026-05-22",
        "1st check-in due",
        "2026-06-02",
        id="Fecha de decisión",
    ),
    # Report ot69, F5: "Prazo de retorno" was left alone without a word, so the timeline the
    # employer gave was lost. Nubank (São Paulo), Fri 2027-02-05, "em 2 semanas": Fri 02-19,
    # 1 bd after is Mon 02-22, moved to Tue 02-23 (it was Tue 02-16, three days before the
    # decision). Vale (Rio), "sexta-feira" Fri 04-23 is São Jorge there: Mon 04-26 → Tue 04-27.
    pytest.param(
        "Empresa,Cargo,Data da entrevista,Prazo de retorno,Local\n"
        'Nubank,Engenheira,05/02/2027,em 2 semanas,"São Paulo, SP"\n',
        "2027-02-05",
        "1st check-in due",
        "2027-02-23",
        id="Prazo de retorno",
    ),
    pytest.param(
        "Empresa,Cargo,Data da entrevista,Prazo de retorno,Local\n"
        'Vale,Engenheiro,19/04/2027,sexta-feira,"Rio de Janeiro, RJ"\n',
        "2027-04-20",
        "1st check-in due",
        "27/04/2027",
        id="Prazo de retorno-sexta",
    ),
    # The other ways Portuguese and Spanish trackers head it: Telefónica decides by Fri
    # 2026-05-29, 1 bd after is Mon 06-01, moved to Tue 06-02.
    *(
        pytest.param(
            f"Empresa,Cargo,Fecha de entrevista,{header},País\n"
            "Telefónica,Analista,2026-05-13,2026-05-29,España\n",
            "2026-05-22",
            "1st check-in due",
            "2026-06-02",
            id=header,
        )
        for header in (
            *("Prazo para retorno", "Prazo de feedback", "Previsão de resposta"),
            *("Previsão de feedback", "Retorno esperado", "Plazo de respuesta"),
            *("Plazo de decisión", "Respuesta prevista", "Fecha prevista de respuesta"),
            "Fecha estimada de respuesta",
        )
    ),
    # Report ot45, F3: the English ways to head it. Acme said it decides by Fri 2026-12-04;
    # the 1st check-in is 1 bd after, Mon 12-07, moved to Tue 12-08 (the preferred send day),
    # not Mon 11-23 (5 bd after the interview), two weeks before the decision.
    *(
        pytest.param(
            f"Company,Position,Interview Date,{header},Outcome\n"
            "Acme,Analyst,2026-11-16,2026-12-04,Interviewing\n",
            "2026-11-17",
            "1st check-in due",
            "2026-12-08",
            id=header,
        )
        for header in (
            *("Decision by", "Decision date by", "Decide by", "Decision expected"),
            *("Expected decision date", "Hear back by", "Response by"),
        )
    ),
    # Polish and Swedish trackers were refused: the same decision day, in their words.
    pytest.param(
        "Firma,Stanowisko,Data rozmowy,Runda,Termin decyzji,Kraj\n"
        "PKO BP,Analityk,2026-05-13,2. runda,2026-05-29,PL\n",
        "2026-05-22",
        "1st check-in due",
        "2026-06-02",
        id="Termin decyzji",
    ),
    pytest.param(
        "Företag,Tjänst,Intervjudatum,Omgång,Beslut senast,Land\n"
        "Volvo,Ingenjör,2026-05-13,andra omgången,2026-05-29,SE\n",
        "2026-05-22",
        "1st check-in due",
        "2026-06-02",
        id="Beslut senast",
    ),
    # The interview's date headed without "de"/"d'", as people shorten it (outside test ot66
    # F6: the whole file was refused, "an application log without dates"). Wed 2026-11-18: 5
    # bd, Wed 11-25; in Brazil Thu 11-26, past Fri 11-20 (Black Awareness Day): the country
    # beside it was read too.
    *(
        pytest.param(f"{header}\n{row}\n", "2026-11-19", "1st check-in due", due, id=header)
        for header, row, due in (
            (
                "Empresa,Puesto,Fecha entrevista,País",
                "Telefónica,Analista,2026-11-18,España",
                "2026-11-25",
            ),
            (
                "Entreprise,Poste,Date entretien,Pays",
                "Airbus,Ingénieur,2026-11-18,France",
                "2026-11-25",
            ),
            ("Empresa,Cargo,Data entrevista,País", "Itaú,Analista,2026-11-18,Brasil", "2026-11-26"),
            (
                "Bedrijf,Functie,Datum interview,Land",
                "ASML,Engineer,2026-11-18,Nederland",
                "2026-11-25",
            ),
            (
                "Bedrijf,Functie,Datum gesprek,Land",
                "ING,Analist,2026-11-18,Nederland",
                "2026-11-25",
            ),
            ("Azienda,Ruolo,Data colloquio,Paese", "Eni,Analista,2026-11-18,Italia", "2026-11-25"),
        )
    ),
    # The outside tester's French, Spanish, Italian and Dutch trackers (report ot56, F1): the
    # level under "Niveau", "Nivel", "Livello" was left alone, so each row was timed as mid.
    # Decathlon, senior, Thu 2026-12-03: 5 +2 senior = 7 bd, Mon 12-14, moved to Tue 12-15
    # (the preferred send day; it was Thu 12-10). Telefónica in Madrid, senior: 7 bd skipping
    # Mon 12-07 and Tue 12-08 (Madrid's holidays), Wed 12-16. Ferrari, executive, Thu
    # 2026-11-26: 5 +5 = 10 bd skipping Tue 12-08 (Immacolata), Fri 12-11 (it was Thu 12-03,
    # overdue). ASML, senior in technology, Thu 12-03: 5 -2 +2 = 5 bd, Thu 12-10 (it was
    # Tue 12-08).
    *(
        pytest.param(text, "2026-12-04", "1st check-in due", due, id=text.split(",")[3])
        for text, due in (
            (
                "Entreprise,Poste,Date d'entretien,Niveau,Secteur,Pays\n"
                "Decathlon,Chef de produit,2026-12-03,Senior,Distribution,France\n",
                "2026-12-15",
            ),
            (
                "Empresa,Puesto,Fecha de entrevista,Nivel,Sector,Ciudad,País\n"
                "Telefónica,Ingeniera,2026-12-03,Senior,Telecomunicaciones,Madrid,España\n",
                "2026-12-16",
            ),
            (
                "Azienda,Posizione,Data colloquio,Livello,Settore,Paese\n"
                "Ferrari,Ingegnere,2026-11-26,Dirigente,Automotive,Italia\n",
                "2026-12-11",
            ),
            (
                "Bedrijf,Functie,Datum sollicitatiegesprek,Niveau,Sector,Land\n"
                "ASML,Engineer,2026-12-03,Senior,Technologie,Nederland\n",
                "2026-12-10",
            ),
        )
    ),
    # Banking in Portuguese and Dutch (F5: it was standard): Itaú, Thu 2026-11-26, 5 +2
    # traditional = 7 bd, Mon 12-07, moved to Tue 12-08 (it was Thu 12-03, overdue); ING,
    # Fri 2026-11-27, 7 bd, Tue 12-08 (it was Fri 12-04).
    pytest.param(
        "Empresa,Vaga,Data da entrevista,Setor,País\nItaú,Analista,2026-11-26,Bancos,Brasil\n",
        "2026-12-04",
        "1st check-in due",
        "2026-12-08",
        id="Bancos",
    ),
    pytest.param(
        "Bedrijf,Functie,Datum sollicitatiegesprek,Sector,Land\n"
        "ING,Data scientist,2026-11-27,Bankwezen,Nederland\n",
        "2026-12-04",
        "1st check-in due",
        "2026-12-08",
        id="Bankwezen",
    ),
    # A rejection in French (F3): no check-in to a company that said no, and no Needs info.
    pytest.param(
        "Entreprise,Poste,Date d'entretien,Statut,Pays\n"
        "Thales,Ingénieure,2026-11-16,pas retenu,France\n",
        "2026-12-04",
        "Next action",
        "Networking check-in",
        id="pas retenu",
    ),
    # A final round in Polish and Chinese: the thank-you the same day, the 1st check-in 3 bd
    # after (5 bd -2 final round), Mon 05-18 moved to Tue 05-19 (the preferred send day).
    *(
        pytest.param(text, "2026-05-13", column, due, id=f"{text[:2]}-{column}")
        for text in (
            "Firma,Stanowisko,Data rozmowy,Runda,Kraj\nAllegro,Analityk,2026-05-13,Finał,PL\n",
            "公司,岗位,面试日期,面试轮次,国家\n阿里巴巴,工程师,2026-05-13,终面,CN\n",
        )
        for column, due in (("Thank-you due", "2026-05-13"), ("1st check-in due", "2026-05-19"))
    ),
    # Polish and Swedish interview types and levels were not read: default timing and a
    # Problems line. Interviews on Wed 2026-05-13: a phone interview's thank-you is due the
    # same day, another's the day after; the 1st check-in 5 bd after, -1 entry, +2 senior, +5
    # executive. Poland: stażysta 4 bd, Tue 05-19; starszy 7 bd, Fri 05-22 (the next Tuesday is
    # 4 days on: it stays). Sweden skips Ascension Day, Thu 05-14: praktikant 4 bd, Wed 05-20;
    # direktör 10 bd, Thu 05-28 (mid would be Thu 05-21).
    *(
        pytest.param(text, "2026-05-13", column, due, id=f"{text.split(',')[-3]}-{column}")
        for text, thank_you, check_in in (
            (
                "Firma,Stanowisko,Data rozmowy,Typ rozmowy,Poziom,Kraj\n"
                "PKO BP,Analityk,2026-05-13,Rozmowa telefoniczna,Stażysta,PL\n",
                "2026-05-13",
                "2026-05-19",
            ),
            (
                "Firma,Stanowisko,Data rozmowy,Typ rozmowy,Poziom,Kraj\n"
                "PKO BP,Analityk,2026-05-13,Na miejscu,Starszy specjalista,PL\n",
                "2026-05-14",
                "2026-05-22",
            ),
            (
                "Företag,Tjänst,Intervjudatum,Intervjutyp,Nivå,Land\n"
                "Volvo,Ingenjör,2026-05-13,Telefonintervju,Direktör,SE\n",
                "2026-05-13",
                "2026-05-28",
            ),
            (
                "Företag,Tjänst,Intervjudatum,Intervjutyp,Nivå,Land\n"
                "Volvo,Ingenjör,2026-05-13,På plats,Praktikant,SE\n",
                "2026-05-14",
                "2026-05-20",
            ),
        )
        for column, due in (("Thank-you due", thank_you), ("1st check-in due", check_in))
    ),
    # "nie gemeldet" ("never got back") needed info, as "Nie geantwortet" alone did: ghosted
    # after an interview on Mon 2026-11-02, its networking check-in is due 10 weeks after,
    # Mon 2027-01-11, a working day in Bavaria.
    *(
        pytest.param(
            "Firma,Stelle,Vorstellungsgespräch am,Status,Bundesland\n"
            f"BMW,Analyst,2026-11-02,{status},DE-BY\n",
            "2026-11-20",
            "Networking due",
            "2027-01-11",
            id=status,
        )
        for status in ("nie gemeldet", "Nie geantwortet")
    ),
    # A region under the header people write it under in Spanish, Portuguese, Italian and
    # German (outside test ot69, F1: "Comunidad" was left alone and the rows ran on US
    # holidays). Telefónica, Madrid, Tue 2027-03-16: 5 bd skipping San José (Fri 03-19), Wed
    # 03-24 (Tue 03-23 on US holidays). Inditex, Madrid, Thu 2026-12-03: Mon 12-07 and Tue
    # 12-08 are Madrid's holidays, so Mon 12-14, moved to Tue 12-15 (it was Thu 12-10).
    # Sonae, Portugal, Fri 2027-02-05: the 2nd check-in is 9 bd after Fri 02-12, Thu 02-25
    # (on US holidays Washington's Birthday made it Fri 02-26). Ticino's San Giuseppe (Fri
    # 03-19) under "Cantone", Wed 03-24 (Switzerland's national calendar: Tue 03-23).
    *(
        pytest.param(text, as_of, column, due, id=text.split("\n")[1])
        for text, as_of, column, due in (
            (
                "Empresa,Puesto,Fecha entrevista,Comunidad\nTelefónica,Jefa,2027-03-16,Madrid\n",
                "2026-12-04",
                "1st check-in due",
                "2027-03-24",
            ),
            (
                "Empresa,Puesto,Fecha entrevista,Comunidad autónoma\nInditex,Comprador,"
                "2026-12-03,Comunidad de Madrid\n",
                "2026-12-04",
                "1st check-in due",
                "2026-12-15",
            ),
            (
                "Empresa,Cargo,Data da entrevista,Comunidad\nSonae,Gestor,2027-02-05,Portugal\n",
                "2027-01-20",
                "2nd check-in due",
                "2027-02-25",
            ),
            (
                "Azienda,Ruolo,Data colloquio,Cantone\nUBS,Analista,2027-03-16,Ticino\n",
                "2027-01-20",
                "1st check-in due",
                "2027-03-24",
            ),
        )
    ),
    # The final round's thank-you is due the same day (it was the day after, Thu 05-14).
    pytest.param(
        "Entreprise,Poste,Date d'entretien,Tour,Pays\nBNP Paribas,Analyste,2026-05-13,Finale,"
        "France\n",
        "2026-05-13",
        "Thank-you due",
        "2026-05-13",
        id="Tour",
    ),
    # Indonesian, Vietnamese and Thai trackers (ot82 F10), their dates as written there: Mon 1
    # March 2027 in Jakarta (day-first, as Indonesia writes it), thank-you Tue 2 March; Tue 27
    # April 2027 (2570 in the Thai Buddhist era), thank-you Wed 28 April.
    pytest.param(
        "Perusahaan,Posisi,Tanggal Wawancara,Pewawancara,Kota\n"
        "Tokopedia,Product Manager,01/03/2027,Budi,Jakarta Selatan\n",
        "2027-03-02",
        "Thank-you due",
        "2027-03-02",
        id="Perusahaan",
    ),
    pytest.param(
        "Công ty,Vị trí,Ngày phỏng vấn,Quốc gia\nVNG,Dev,ngày 27 tháng 4 năm 2027,Việt Nam\n",
        "2027-04-28",
        "Thank-you due",
        "2027-04-28",
        id="Công ty",
    ),
    pytest.param(
        "บริษัท,ตำแหน่ง,วันที่สัมภาษณ์,ประเทศ\nSCB,Analyst,27/04/2570,TH\n",
        "2027-04-28",
        "Thank-you due",
        "28/04/2027",  # in the tracker's day-first style, with the Western year (README)
        id="บริษัท",
    ),
]


@pytest.mark.parametrize(("text", "as_of", "column", "due"), READ_THROUGH_A_RUN)
def test_industry_and_tipo_columns_through_a_run(
    tmp_path: Path, text: str, as_of: str, column: str, due: str
) -> None:
    tracker = tmp_path / "t.csv"
    tracker.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(tracker), "--as-of", as_of])
    assert result.exit_code == 0, result.output
    with tracker.open(newline="", encoding="utf-8") as handle:
        (row,) = csv.DictReader(handle)
    assert (row[column], row["Problems"]) == (due, "")


BASE_CJK = ["company", "position", "interview_at"]
# Japanese, Chinese (simplified and traditional) and Korean trackers' headers: (headers, the
# field each column is read as). The Japanese row is the outside tester's refused tracker.
CJK_HEADERS = [
    pytest.param(
        ["会社名", "職種", "面接日", "面接官", "メールアドレス", "面接形式", "結果", "国"],
        [
            "company",
            "position",
            "interview_at",
            "interviewer",
            "interviewer_email",
            "interview_type",
            "outcome",
            "country",
        ],
        id="japanese",
    ),
    pytest.param(
        ["企業名", "ポジション", "応募日", "面接日時", "お礼状送信", "選考状況"],
        ["company", "position", "applied_at", "interview_at", "thank_you_sent", "outcome"],
        id="japanese-2",
    ),
    pytest.param(
        [
            "公司",
            "岗位",
            "申请日期",
            "面试日期",
            "面试官",
            "邮箱",
            "面试形式",
            "感谢信已发送",
            "结果",
            "国家",
        ],
        [
            "company",
            "position",
            "applied_at",
            "interview_at",
            "interviewer",
            "interviewer_email",
            "interview_type",
            "thank_you_sent",
            "outcome",
            "country",
        ],
        id="chinese-simplified",
    ),
    pytest.param(
        ["公司名稱", "職位", "面試日期", "面試官", "電子郵件", "結果"],
        ["company", "position", "interview_at", "interviewer", "interviewer_email", "outcome"],
        id="chinese-traditional",
    ),
    pytest.param(
        [
            "회사명",
            "직무",
            "지원일",
            "면접일",
            "면접관",
            "이메일",
            "면접 유형",
            "감사 메일 발송",
            "결과",
            "국가",
        ],
        [
            "company",
            "position",
            "applied_at",
            "interview_at",
            "interviewer",
            "interviewer_email",
            "interview_type",
            "thank_you_sent",
            "outcome",
            "country",
        ],
        id="korean",
    ),
    # A full-width space, as a Japanese keyboard types one, is a space.
    # The level's column, whose words (シニア, 高级, 시니어) are read too.
    pytest.param(
        ["会社名", "職種", "面接日", "レベル"],
        ["company", "position", "interview_at", "seniority"],
        id="japanese-level",
    ),
    pytest.param(
        ["公司", "岗位", "面试日期", "级别"],
        ["company", "position", "interview_at", "seniority"],
        id="chinese-level",
    ),
    pytest.param(
        ["회사명", "직무", "면접일", "직급"],
        ["company", "position", "interview_at", "seniority"],
        id="korean-level",
    ),
    pytest.param(
        ["会社　名", "職種", "面接　日", "お礼状　送信"],
        ["company", "position", "interview_at", "thank_you_sent"],
        id="full-width-spaces",
    ),
    pytest.param(
        ["Empresa", "Cargo", "Data da Entrevista", "Senioridade", "Prazo de Resposta"],
        ["company", "position", "interview_at", "seniority", "stated_decision"],
        id="portuguese",
    ),
    pytest.param(
        ["Empresa", "Cargo", "Data da Entrevista", "Data de Decisão", "Retorno Previsto"],
        ["company", "position", "interview_at", "stated_decision", None],
        id="portuguese-2",
    ),
    # The Industry and Interview Type columns of an outside tester's trackers (report ot32,
    # F5): each was left alone, so a bank's interview was counted as a standard industry's and a
    # phone screen's thank-you was due the next day.
    pytest.param(
        ["会社名", "職種", "面接日", "面接形式", "業界"],
        ["company", "position", "interview_at", "interview_type", "industry"],
        id="japanese-industry",
    ),
    pytest.param(
        ["会社名", "職種", "面接日", "業種"],
        ["company", "position", "interview_at", "industry"],
        id="japanese-industry-2",
    ),
    pytest.param(
        ["公司", "岗位", "面试日期", "行业"],
        ["company", "position", "interview_at", "industry"],
        id="chinese-industry",
    ),
    pytest.param(
        ["公司名稱", "職位", "面試日期", "行業"],
        ["company", "position", "interview_at", "industry"],
        id="chinese-traditional-industry",
    ),
    pytest.param(
        ["회사명", "직무", "면접일", "산업"],
        ["company", "position", "interview_at", "industry"],
        id="korean-industry",
    ),
    pytest.param(
        ["회사명", "직무", "면접일", "업종"],
        ["company", "position", "interview_at", "industry"],
        id="korean-industry-2",
    ),
    pytest.param(
        ["Empresa", "Cargo", "Data da Entrevista", "Tipo", "País", "Setor"],
        ["company", "position", "interview_at", "interview_type", "country", "industry"],
        id="portuguese-tipo",
    ),
    pytest.param(
        ["Empresa", "Puesto", "Fecha de entrevista", "Tipo", "Industria"],
        ["company", "position", "interview_at", "interview_type", "industry"],
        id="spanish-tipo-industria",
    ),
    pytest.param(
        ["Empresa", "Cargo", "Data da Entrevista", "Indústria"],
        ["company", "position", "interview_at", "industry"],
        id="portuguese-industria",
    ),
    pytest.param(
        ["Azienda", "Ruolo", "Data colloquio", "Tipo", "Industria"],
        ["company", "position", "interview_at", "interview_type", "industry"],
        id="italian-tipo-industria",
    ),
    pytest.param(
        ["Įmonė", "Pareigos", "Pokalbio data", "Kontaktinis asmuo", "Miestas"],
        ["company", "position", "interview_at", "interviewer", "city"],
        id="lithuanian",
    ),
    pytest.param(
        ["Uzņēmums", "Amats", "Intervijas datums", "Pilsēta"],
        ["company", "position", "interview_at", "city"],
        id="latvian-city",
    ),
    pytest.param(
        ["Ettevõte", "Ametikoht", "Intervjuu kuupäev", "Linn"],
        ["company", "position", "interview_at", "city"],
        id="estonian-city",
    ),
    # The decision day the employer gave and the round, in each language (report ot41, F2:
    # a German tracker's "Entscheidung bis" and "Runde" were left alone, so its check-in fell
    # due the day before the stated decision). "Etapa" stays a stage, the Outcome's.
    pytest.param(
        [
            *("Firma", "Position", "Datum des Vorstellungsgesprächs", "Ansprechpartner"),
            *("Runde", "Branche", "Level", "Entscheidung bis", "Bundesland"),
        ],
        [
            *("company", "position", "interview_at", "interviewer", "round", "industry"),
            *("seniority", "stated_decision", "region"),
        ],
        id="german-decision-round",
    ),
    pytest.param(
        ["Firma", "Stelle", "Vorstellungsgespräch am", "Gesprächsrunde", "Rückmeldung bis"],
        ["company", "position", "interview_at", "round", "stated_decision"],
        id="german-2",
    ),
    pytest.param(
        ["Entreprise", "Poste", "Date d'entretien", "Tour", "Décision attendue"],
        ["company", "position", "interview_at", "round", "stated_decision"],
        id="french",
    ),
    pytest.param(
        ["Société", "Poste", "Date de l'entretien", "Tour d'entretien", "Réponse attendue"],
        ["company", "position", "interview_at", "round", "stated_decision"],
        id="french-2",
    ),
    pytest.param(
        ["Empresa", "Puesto", "Fecha de entrevista", "Ronda", "Fecha de decisión", "Etapa"],
        ["company", "position", "interview_at", "round", "stated_decision", "outcome"],
        id="spanish",
    ),
    pytest.param(
        ["Empresa", "Cargo", "Data da Entrevista", "Rodada", "Data da decisão", "Etapa"],
        ["company", "position", "interview_at", "round", "stated_decision", "outcome"],
        id="portuguese-rodada",
    ),
    pytest.param(
        ["Bedrijf", "Functie", "Datum sollicitatiegesprek", "Ronde", "Beslissing verwacht"],
        ["company", "position", "interview_at", "round", "stated_decision"],
        id="dutch",
    ),
    pytest.param(
        ["Werkgever", "Vacature", "Sollicitatiegesprek", "Gespreksronde", "Reactie verwacht"],
        ["company", "position", "interview_at", "round", "stated_decision"],
        id="dutch-2",
    ),
    pytest.param(
        ["Azienda", "Ruolo", "Data colloquio", "Data decisione", "Fase"],
        ["company", "position", "interview_at", "stated_decision", "outcome"],
        id="italian",
    ),
    pytest.param(
        ["会社名", "職種", "面接日", "結果連絡予定日"],
        ["company", "position", "interview_at", "stated_decision"],
        id="japanese-decision",
    ),
    pytest.param(
        ["公司", "岗位", "面试日期", "预计反馈时间"],
        ["company", "position", "interview_at", "stated_decision"],
        id="chinese-decision",
    ),
    pytest.param(
        ["회사명", "직무", "면접일", "결과 발표일"],
        ["company", "position", "interview_at", "stated_decision"],
        id="korean-decision",
    ),
    # An English Round beside one in another language: the English one.
    pytest.param(
        ["Company", "Position", "Interview Date", "Runde", "Round"],
        ["company", "position", "interview_at", None, "round"],
        id="round-beside-runde",
    ),
    pytest.param(
        ["Uzņēmums", "Amats", "Intervijas datums", "Kontaktpersona"],
        ["company", "position", "interview_at", "interviewer"],
        id="latvian",
    ),
    pytest.param(
        ["Ettevõte", "Ametikoht", "Intervjuu kuupäev", "Kontaktisik"],
        ["company", "position", "interview_at", "interviewer"],
        id="estonian",
    ),
    # Polish and Swedish trackers were refused ("none of the first 50 rows has a recognised
    # header"): every field the other languages have, with and without the letters' marks.
    pytest.param(
        [
            *("Firma", "Stanowisko", "Data aplikacji", "Data rozmowy", "Status", "Runda"),
            *("Rekruter", "E-mail", "Rodzaj rozmowy", "Poziom", "Branża", "Termin decyzji"),
            *("Miasto", "Uwagi", "Podziękowanie wysłane", "Województwo", "Kraj"),
        ],
        [
            *("company", "position", "applied_at", "interview_at", "outcome", "round"),
            *("interviewer", "interviewer_email", "interview_type", "seniority", "industry"),
            *("stated_decision", "city", "topic", "thank_you_sent", "region", "country"),
        ],
        id="polish",
    ),
    pytest.param(
        [
            *("Pracodawca", "Nazwa stanowiska", "Data zgloszenia", "Data rozmowy kwalifikacyjnej"),
            *("Wynik", "Osoba kontaktowa", "Adres e-mail", "Branza", "Decyzja do"),
            *("Lokalizacja", "Notatki", "Wyslano podziekowanie", "Przypomnienie 1 wysłano"),
        ],
        [
            *("company", "position", "applied_at", "interview_at", "outcome", "interviewer"),
            *("interviewer_email", "industry", "stated_decision", "location", "topic"),
            *("thank_you_sent", "check_in_1_sent"),
        ],
        id="polish-without-marks",
    ),
    pytest.param(
        [
            *("Företag", "Tjänst", "Ansökningsdatum", "Intervjudatum", "Status", "Omgång"),
            *("Kontaktperson", "E-post", "Typ av intervju", "Nivå", "Bransch", "Beslut senast"),
            *("Ort", "Anteckningar", "Tackmejl skickat", "Län", "Land"),
        ],
        [
            *("company", "position", "applied_at", "interview_at", "outcome", "round"),
            *("interviewer", "interviewer_email", "interview_type", "seniority", "industry"),
            *("stated_decision", "city", "topic", "thank_you_sent", "region", "country"),
        ],
        id="swedish",
    ),
    pytest.param(
        [
            *("Foretag", "Befattning", "Ansokt", "Datum for intervju", "Resultat"),
            *("Rekryterare", "E-postadress", "Besked senast", "Arbetsort", "Tack"),
            *("Uppföljning 1 skickad", "2:a uppföljning"),
        ],
        [
            *("company", "position", "applied_at", "interview_at", "outcome", "interviewer"),
            *("interviewer_email", "stated_decision", "location", "thank_you_sent"),
            *("check_in_1_sent", "check_in_2_sent"),
        ],
        id="swedish-without-marks",
    ),
    # German "Lage" (where the office is) is no Swedish "Läge" (state): it was read as the
    # Outcome, and each row's place was an unknown outcome (ot50-F2).
    pytest.param(
        ["Firma", "Stelle", "Gesprächstermin", "Ansprechpartner", "Lage", "Bemerkung"],
        ["company", "position", "interview_at", "interviewer", None, None],
        id="german-lage",
    ),
    # The round in Japanese, Chinese and Korean, whose cells ("二面", "1次面接", "1차 면접") are
    # read as round numbers.
    *(
        pytest.param(["会社名", "職種", "面接日", header], [*BASE_CJK, "round"], id=header)
        for header in ("面试轮次", "轮次", "ラウンド", "面接回数", "라운드", "면접 차수")
    ),
    # A Turkish tracker was refused: no header row with Company, Position and Interview Date
    # (ot79 F5).
    pytest.param(
        [
            *("Şirket", "Pozisyon", "Görüşme Tarihi", "Görüşmeci", "E-posta", "Durum"),
            *("Teşekkür gönderildi", "Karar Tarihi", "Başvuru Tarihi", "Ülke", "Notlar"),
        ],
        [
            *("company", "position", "interview_at", "interviewer", "interviewer_email"),
            *("outcome", "thank_you_sent", "stated_decision", "applied_at", "country", "topic"),
        ],
        id="turkish",
    ),
    # "Feedback" alone is the Decision Date (while its cells say when, ``LEFT_ALONE_BY_VALUES``),
    # and beaten by a header that says it is the decision's date (ot79 F4).
    *(
        pytest.param(
            ["Bedrijf", "Functie", "Datum gesprek", header],
            [*BASE_CJK, "stated_decision"],
            id=header,
        )
        for header in (
            *("Terugkoppeling", "Terugkoppeling verwacht", "Beslissing", "Rückmeldung"),
            *("Retour", "Retorno", "Riscontro", "Återkoppling", "Geri Dönüş", "Karar Tarihi"),
        )
    ),
    pytest.param(
        ["Bedrijf", "Functie", "Datum gesprek", "Terugkoppeling", "Reactie verwacht"],
        [*BASE_CJK, None, "stated_decision"],
        id="terugkoppeling-beside-reactie-verwacht",
    ),
    # Indonesian, Malay, Vietnamese and Thai trackers were refused: no header row with
    # Company, Position and Interview Date (ot82 F10). The Indonesian row is the tester's.
    pytest.param(
        ["Perusahaan", "Posisi", "Tanggal Wawancara", "Pewawancara", "Kota", "Status"],
        [*BASE_CJK, "interviewer", "city", "outcome"],
        id="indonesian",
    ),
    pytest.param(
        [
            *("Nama Perusahaan", "Jabatan", "Tanggal Melamar", "Jadwal Wawancara"),
            *("Jenis Wawancara", "Industri", "Lokasi", "Provinsi", "Negara", "Catatan", "Hasil"),
        ],
        [
            *("company", "position", "applied_at", "interview_at", "interview_type"),
            *("industry", "location", "region", "country", "topic", "outcome"),
        ],
        id="indonesian-2",
    ),
    pytest.param(
        ["Syarikat", "Jawatan", "Tarikh Temuduga", "Penemuduga", "Bandar", "Negeri", "Keputusan"],
        [*BASE_CJK, "interviewer", "city", "region", "outcome"],
        id="malay",
    ),
    pytest.param(
        [
            *("Công ty", "Vị trí", "Ngày phỏng vấn", "Người phỏng vấn", "Hình thức phỏng vấn"),
            *("Ngành", "Thành phố", "Quốc gia", "Ghi chú", "Trạng thái", "Ngày ứng tuyển"),
        ],
        [
            *BASE_CJK,
            *("interviewer", "interview_type", "industry", "city", "country", "topic"),
            *("outcome", "applied_at"),
        ],
        id="vietnamese",
    ),
    pytest.param(  # accents optional, as every header's
        ["Cong ty", "Vi tri", "Ngay phong van"], BASE_CJK, id="vietnamese-without-accents"
    ),
    pytest.param(
        [
            *("บริษัท", "ตำแหน่ง", "วันที่สัมภาษณ์", "ผู้สัมภาษณ์", "รูปแบบการสัมภาษณ์"),
            *("อุตสาหกรรม", "จังหวัด", "ประเทศ", "หมายเหตุ", "สถานะ", "วันที่สมัคร"),
        ],
        [
            *BASE_CJK,
            *("interviewer", "interview_type", "industry", "region", "country", "topic"),
            *("outcome", "applied_at"),
        ],
        id="thai",
    ),
    # Near cases: a header that only contains the word is not it ("Kota Asal": home town,
    # "Negara Asal": country of origin, "Posisi Dilamar" is not "Posisi"; "Ngày sinh": birthday).
    pytest.param(
        [
            *("Perusahaan", "Posisi", "Tanggal Wawancara", "Kota Asal", "Negara Asal"),
            *("Tanggal Lahir", "Ngày sinh", "Catatan Gaji", "Perusahaan Induk"),
        ],
        [*BASE_CJK, None, None, None, None, None, None],
        id="indonesian-near-cases",
    ),
    # "Tipo" is beaten by the field's own headers, as "Type" is.
    pytest.param(
        ["Empresa", "Cargo", "Data da Entrevista", "Tipo", "Tipo de Entrevista"],
        ["company", "position", "interview_at", None, "interview_type"],
        id="portuguese-tipo-beside-tipo-de-entrevista",
    ),
]


@pytest.mark.parametrize(("headers", "expected"), CJK_HEADERS)
def test_headers_in_japanese_chinese_korean_and_portuguese(
    headers: list[str], expected: list[str | None]
) -> None:
    """They were refused ("no header row with Company, Position and Interview Date") or their
    columns ignored (Prazo de Resposta, Senioridade). Of two Decision Date headers the first
    is the field (the other is then left alone)."""
    match = match_header(1, headers, header_index.HEADER_INDEX, set())
    by_column = {col: name for name, col in match.mapping.items()}
    assert [by_column.get(col) for col in range(len(headers))] == expected


# The sent columns of the check-ins and the final follow-up in Japanese, Chinese and Korean: a
# check-in word with a number before or after it, or "final" before it, with a sent word after
# them or none (each left alone before). The words alone are not sent columns: guards, left
# alone before too.
CJK_SENT_HEADERS = [
    ("1回目フォロー送信", "check_in_1_sent"),
    ("初回フォロー日", "check_in_1_sent"),
    ("第1回フォローアップ", "check_in_1_sent"),
    ("フォロー1", "check_in_1_sent"),
    ("2回目フォロー送信", "check_in_2_sent"),
    ("最終フォロー送信", "final_sent"),
    ("最終フォローアップ", "final_sent"),
    ("第一次跟进", "check_in_1_sent"),
    ("跟进1 已发送", "check_in_1_sent"),
    ("第二次跟進 發送日期", "check_in_2_sent"),
    ("最后跟进已发送", "final_sent"),
    ("最後跟進", "final_sent"),
    ("1차 팔로업", "check_in_1_sent"),
    ("첫 번째 팔로업 발송", "check_in_1_sent"),
    ("2차 팔로업 발송일", "check_in_2_sent"),
    ("두 번째 팔로우업", "check_in_2_sent"),
    ("최종 팔로업", "final_sent"),
    ("마지막 팔로업 날짜", "final_sent"),
    ("フォロー", None),
    ("跟进", None),
    ("팔로업", None),
    ("最終面接", None),  # the final interview ("final" before "interview", not a check-in)
    ("2차 면접", None),  # the second round
]


# Turkish sent columns and rounds (left open after ot79 F5: a Turkish tracker's check-in,
# final and networking columns, and its round, were not read). "Takip" alone is as often the
# tracking itself, "Takip tarihi" the day planned, "Son takip" the last one sent whichever it
# was, "Sonraki takip" the next; "Mülakat turu" (round) has the key of the interview type's
# "Mülakat Türü", which it stays.
TURKISH_SENT_HEADERS = [
    ("1. takip gönderildi", "check_in_1_sent"),
    ("İlk takip", "check_in_1_sent"),
    ("Birinci takip e-postası", "check_in_1_sent"),
    ("Takip 1 tarihi", "check_in_1_sent"),
    ("1. Hatırlatma", "check_in_1_sent"),
    ("Ilk takip maili gonderildi", "check_in_1_sent"),  # typed without Turkish letters
    ("2. takip gönderim tarihi", "check_in_2_sent"),
    ("İkinci takip", "check_in_2_sent"),
    ("Takip 2", "check_in_2_sent"),
    ("2. hatirlatma yapildi", "check_in_2_sent"),
    ("Nihai takip", "final_sent"),
    ("Final takip tarihi", "final_sent"),
    ("Nihai hatırlatma gönderildi", "final_sent"),
    ("Son networking", "networking_sent"),
    ("Networking e-postası gönderildi", "networking_sent"),
    ("Ağ kurma tarihi", "networking_sent"),
    ("Teşekkür tarihi", "thank_you_sent"),
    ("Teşekkür maili gönderildi", "thank_you_sent"),
    ("Follow-up 1 gönderildi", "check_in_1_sent"),
    ("Tur", "round"),
    ("Aşama", "round"),
    ("Mülakat aşaması", "round"),
    ("Takip", None),
    ("Takip tarihi", None),
    ("Son takip", None),
    ("Son takip tarihi", None),
    ("Sonraki takip", None),
    ("Hatırlatma", None),
    ("Takip notları", None),
    ("Mülakat turu", "interview_type"),
    ("Görüşme Türü", "interview_type"),
    ("Son başvuru tarihi", None),  # the application deadline
]


@pytest.mark.parametrize(("header", "expected"), TURKISH_SENT_HEADERS)
def test_sent_and_round_headers_in_turkish(header: str, expected: str | None) -> None:
    headers = ["Şirket", "Pozisyon", "Görüşme Tarihi", header]
    match = match_header(1, headers, header_index.HEADER_INDEX, set())
    assert {col: name for name, col in match.mapping.items()}.get(3) == expected


# The Turkish tracker of ``test_a_turkish_tracker_is_read`` with a round and its follow-ups'
# columns, as of Fri 2027-02-05 (its arrows "->": cp1254 has no "→"). Arçelik's 1st check-in
# was sent Tue 01-19, so its 2nd is due 9 bd later, Mon 02-01 → Tue 02-02 (preferred send day).
# Şişecam's "Son tur" is the final round: the thank-you the same day, the 1st check-in 5 − 2 =
# 3 bd after Wed 01-13; both check-ins sent, the final follow-up is 4 weeks on, Wed 02-10.
TURKEY_SENT = (
    "Şirket;Pozisyon;Görüşme Tarihi;Aşama;Teşekkür gönderildi;1. takip gönderildi;"
    "2. takip gönderildi;Nihai takip;Ülke\n"
    "Arçelik;Analist;12.01.2027;1. tur;13.01.2027;19.01.2027;;;Türkiye\n"
    "Şişecam;Analist;13.01.2027;Son tur;13.01.2027;18.01.2027;27.01.2027;;Türkiye\n"
)


@pytest.mark.parametrize(
    ("company", "action", "due", "why"),
    [
        (
            "Arçelik",
            "2nd check-in",
            "02.02.2027",
            "2nd check-in: 5 bd +2 standard industry +2 mid = 9 bd after the 1st check-in "
            "(sent Tue 2027-01-19) -> Mon 2027-02-01 -> Tue 2027-02-02 (preferred send day)",
        ),
        (
            "Şişecam",
            "Final follow-up",
            "10.02.2027",
            "1st check-in: 5 bd -2 final round = 3 bd after Wed 2027-01-13 -> Mon 2027-01-18 -> "
            "Tue 2027-01-19 (preferred send day); sent Mon 2027-01-18",
        ),
    ],
)
def test_a_turkish_tracker_s_sent_columns_and_round_are_read(
    tmp_path: Path, company: str, action: str, due: str, why: str
) -> None:
    tracker = tmp_path / "tr.csv"
    tracker.write_bytes(TURKEY_SENT.encode("cp1254"))
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main, ["run", str(tracker), "--as-of", "2027-02-05", "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    with out.open(newline="", encoding="cp1254") as handle:
        rows = {row["Şirket"]: row for row in csv.DictReader(handle, delimiter=";")}
    row = rows[company]
    assert (row["Next action"], row["Next due"], row["Problems"]) == (action, due, "")
    assert why in row["Why"].split("\n")


@pytest.mark.parametrize(("header", "expected"), CJK_SENT_HEADERS)
def test_check_in_and_final_sent_headers_in_japanese_chinese_and_korean(
    header: str, expected: str | None
) -> None:
    headers = ["会社名", "職種", "面接日", header]
    match = match_header(1, headers, header_index.HEADER_INDEX, set())
    assert {col: name for name, col in match.mapping.items()}.get(3) == expected


# The outside tester's Brazilian tracker as Excel-BR writes it (cp1252, ";"), as of Wed
# 2026-02-18. Nubank said it decides on Fri 20/02: the 1st check-in is 1 bd after it, Mon 23,
# moved to Tue 24 (the preferred send day), not Fri 13 (3 bd after the interview), which had
# the row Overdue before the date the employer gave.
BRAZIL = (
    "Empresa;Cargo;Data da Entrevista;Entrevistador;E-mail;Tipo de Entrevista;Senioridade;"
    "Setor;Prazo de Resposta;Agradecimento Enviado;Resultado;País\n"
    "Itaú Unibanco;Analista de Dados;13/02/2026;João da Silva;joao@itau.example;Vídeo;Pleno;"
    "banco;;;;Brasil\n"
    "Nubank;Engenheira de Software;10/02/2026;Maria Conceição;maria@nubank.example;"
    "Presencial;Sênior;tecnologia;20/02/2026;10/02/2026;;BR\n"
    "Ambev;Trainee;19/02/2026;Antônio Gonçalves;antonio@ambev.example;Final;Estágio;;;;;BR\n"
)


@pytest.mark.parametrize(
    ("company", "status", "check_in_1", "why"),
    [
        (
            "Nubank",
            "Scheduled",
            "24/02/2026",
            "1st check-in: 1 bd after the stated decision date Fri 2026-02-20 (never before 1 bd "
            "after the interview) -> Mon 2026-02-23 -> Tue 2026-02-24 (preferred send day)",
        ),
        # Pleno is mid, the default, so this row's dates were right before too: a guard.
        (
            "Itaú Unibanco",
            "Overdue",
            "26/02/2026",
            "1st check-in: 5 bd +2 traditional industry (banco) = 7 bd after Fri 2026-02-13 -> "
            "Thu 2026-02-26 (skipped Carnival Mon 02-16, Carnival Tue 02-17)",
        ),
        (
            "Ambev",
            "Due soon",
            "24/02/2026",
            "1st check-in: 5 bd -1 entry (Estágio) -2 final round = 2 bd after Thu 2026-02-19 "
            "-> Mon 2026-02-23 -> Tue 2026-02-24 (preferred send day)",
        ),
    ],
)
def test_a_brazilian_trackers_decision_date_and_seniority_are_read(
    tmp_path: Path, company: str, status: str, check_in_1: str, why: str
) -> None:
    """(cp1252 has no "→" or "−": the Why cell says "->" and "-".)"""
    tracker = tmp_path / "br.csv"
    tracker.write_bytes(BRAZIL.encode("cp1252"))
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main, ["run", str(tracker), "--as-of", "2026-02-18", "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    with out.open(newline="", encoding="cp1252") as handle:
        rows = {row["Empresa"]: row for row in csv.DictReader(handle, delimiter=";")}
    row = rows[company]
    assert (row["Follow-up status"], row["1st check-in due"]) == (status, check_in_1)
    assert why in row["Why"].split("\n")
    assert row["Problems"] == ""


# The outside tester's Turkish tracker (ot79 F5: refused, no header was read) as Excel-TR
# writes it (cp1254, ";"), as of Fri 2027-01-15, its statuses in Turkish.
TURKEY = (
    "Şirket;Pozisyon;Görüşme Tarihi;Görüşmeci;E-posta;Durum;Teşekkür gönderildi;Karar Tarihi;"
    "Başvuru Tarihi;Ülke;Notlar\n"
    "Arçelik;Yazılım Geliştirici;12.01.2027;Barış Aydın;b@arcelik.example;Görüşme aşamasında;"
    "13.01.2027;;04.01.2027;Türkiye;İstanbul ofisi\n"
    "Şişecam;Analist;13.01.2027;Gül Şahin;g@sisecam.example;;;22.01.2027;;TR;\n"
    "Koç Holding;Müdür;;;d@koc.example;Başvuruldu;;;28.12.2026;Türkiye;\n"
    "Garanti BBVA;Analist;14.01.2027;Ayşe Yılmaz;a@garanti.example;Olumsuz dönüş;;;;Türkiye;\n"
    "Türk Telekom;Analist;14.01.2027;Mehmet Öztürk;m@tt.example;Teklif alındı;;;;Türkiye;\n"
)


@pytest.mark.parametrize(
    ("company", "status", "action", "due", "why"),
    [
        (
            "Arçelik",
            "Due soon",
            "1st check-in",
            "19.01.2027",
            "1st check-in: 5 bd after Tue 2027-01-12 -> Tue 2027-01-19",
        ),
        # Şişecam said it decides on Fri 22.01: the check-in waits for it.
        (
            "Şişecam",
            "Overdue",
            "Thank-you note",
            "14.01.2027",
            "1st check-in: 1 bd after the stated decision date Fri 2027-01-22 (never before 1 bd "
            "after the interview) -> Mon 2027-01-25 -> Tue 2027-01-26 (preferred send day)",
        ),
        (
            "Koç Holding",
            "Overdue",
            "Application check-in",
            "07.01.2027",
            "Application check-in: 7 bd after applying on Mon 2026-12-28 -> Thu 2027-01-07 "
            "(skipped New Year's Day Fri 01-01)",
        ),
        (
            "Garanti BBVA",
            "Closed",
            "Networking check-in",
            "25.03.2027",
            "Networking check-in: 10 weeks after Thu 2027-01-14 -> Thu 2027-03-25; closed: the "
            "outcome is rejected, only this message is left",
        ),
        (
            "Türk Telekom",
            "Closed",
            "—",
            "",
            "Closed: the outcome is offer; nothing more to send.",
        ),
    ],
)
def test_a_turkish_tracker_is_read(
    tmp_path: Path, company: str, status: str, action: str, due: str, why: str
) -> None:
    tracker = tmp_path / "tr.csv"
    tracker.write_bytes(TURKEY.encode("cp1254"))
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main, ["run", str(tracker), "--as-of", "2027-01-15", "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    with out.open(newline="", encoding="cp1254") as handle:
        rows = {row["Şirket"]: row for row in csv.DictReader(handle, delimiter=";")}
    row = rows[company]
    assert (row["Follow-up status"], row["Next action"], row["Next due"]) == (status, action, due)
    assert why in row["Why"].split("\n")
    assert row["Problems"] == ""


# A stated decision as people write it, in the tracker's language or after a deadline word
# (outside tests ot56, finding 7, and ot54, finding 1: unread, the check-in came before the
# day they named). Interviews Mon 2026-11-30 (France) and Fri 2026-12-18 (US, thank-you sent).
STATED = {
    "fr.csv": (
        "Entreprise;Poste;Date d'entretien;Décision attendue;Pays\n"
        "Capgemini;Analyste;30/11/2026;réponse d'ici le 15 décembre;France\n"
        "Axa;Analyste;30/11/2026;la semaine prochaine;France\n"
        "BNP;Analyste;30/11/2026;dans 2 semaines;France\n"
        "Orange;Analyste;30/11/2026;vendredi;France\n",
        "2026-12-04",
    ),
    "us.csv": (
        "Company,Position,Interview Date,Interview Type,Decision Date,Thank-you Sent,Country\n"
        "Globex,PM,12/18/2026,Video,by 1/8/2027,12/18/2026,US\n"
        "Initech,PM,12/18/2026,Video,before Jan 8,12/18/2026,US\n"
        "Umbrella,PM,12/18/2026,Video,by the 8th,12/18/2026,US\n"
        "Hooli,PM,12/18/2026,Video,in the new year,12/18/2026,US\n",
        "2026-12-23",
    ),
    # Outside test ot61, finding 3: interview Fri 2026-11-20 in Bavaria.
    "de.csv": (
        "Unternehmen;Stelle;Datum Vorstellungsgespräch;Rückmeldung bis;Bundesland\n"
        "Siemens;Analyst;20.11.2026;im neuen Jahr;Bayern\n"
        "Allianz;Analyst;20.11.2026;Anfang nächsten Jahres;Bayern\n"
        "BMW;Analyst;20.11.2026;KW 50;Bayern\n"
        "Audi;Analyst;20.11.2026;bis KW 2;Bayern\n"
        "Adidas;Analyst;20.11.2026;erste Januarwoche;Bayern\n",
        "2026-11-27",
    ),
    # Outside test ot79, finding 4: "Terugkoppeling" (feedback) was left alone. Interviews
    # Thu 2027-03-25 and Mon 2027-03-22 in the Netherlands (Easter Monday 03-29).
    "nl.csv": (
        "Bedrijf;Functie;Datum gesprek;Terugkoppeling;Land\n"
        "ING;Analist;25.03.2027;vrijdag;NL\n"
        "Philips;PM;22.03.2027;na Pasen;NL\n",
        "2027-03-24",
    ),
}
_DATE_NAMED = "1st check-in: 1 bd after the stated decision date "
YEAR_LEFT_OUT = {
    "Capgemini": 'row 2, column "Décision attendue": "réponse d\'ici le 15 décembre" has no year; '
    "read as 2026-12-15 (the first 15 December on or after the interview on Mon 2026-11-30)",
    "Initech": 'row 3, column "Decision Date": "before Jan 8" has no year; read as 2027-01-08 '
    "(the first 8 January on or after the interview on Fri 2026-12-18)",
}


@pytest.mark.parametrize(
    ("name", "company", "check_in_1", "why"),
    [
        (
            "fr.csv",
            "Capgemini",
            "16/12/2026",
            _DATE_NAMED + "Tue 2026-12-15 (never before 1 bd after the interview) → Wed 2026-12-16",
        ),
        (
            "fr.csv",
            "Axa",
            "15/12/2026",
            '1st check-in: 1 bd after the stated decision "la semaine prochaine", read as Fri '
            "2026-12-11 (never before 1 bd after the interview) → Mon 2026-12-14 → Tue "
            "2026-12-15 (preferred send day)",
        ),
        (
            "fr.csv",
            "BNP",
            "15/12/2026",
            '1st check-in: 1 bd after the stated decision "dans 2 semaines", read as Mon '
            "2026-12-14 (never before 1 bd after the interview) → Tue 2026-12-15",
        ),
        (
            "fr.csv",
            "Orange",
            "08/12/2026",
            # A weekday named is quoted, as every other phrase (ot149).
            '1st check-in: 1 bd after the stated decision "vendredi", read as Fri 2026-12-04 '
            "(never before 1 bd after the interview) → Mon 2026-12-07 → Tue 2026-12-08 "
            "(preferred send day)",
        ),
        *[
            (
                "us.csv",
                company,
                "1/12/2027",
                (
                    '1st check-in: 1 bd after the stated decision "by the 8th", read as '
                    if company == "Umbrella"  # a day of the month named: quoted (ot149)
                    else _DATE_NAMED
                )
                + "Fri 2027-01-08 (never before 1 bd after the interview) → Mon "
                "2027-01-11 → Tue 2027-01-12 (preferred send day)",
            )
            for company in ("Globex", "Initech", "Umbrella")
        ],
        (
            "us.csv",
            "Hooli",
            "1/12/2027",
            '1st check-in: 1 bd after the stated decision "in the new year", read as Sun '
            "2027-01-10 (never before 1 bd after the interview) → Mon 2027-01-11 → Tue "
            "2027-01-12 (preferred send day)",
        ),
        *[
            (
                "de.csv",
                company,
                "12.01.2027",
                f'1st check-in: 1 bd after the stated decision "{phrase}", read as Sun '
                "2027-01-10 (never before 1 bd after the interview) → Mon 2027-01-11 → Tue "
                "2027-01-12 (preferred send day)",
            )
            for company, phrase in (
                ("Siemens", "im neuen Jahr"),
                ("Allianz", "Anfang nächsten Jahres"),
            )
        ],
        (
            "de.csv",
            "BMW",
            "15.12.2026",
            '1st check-in: 1 bd after the stated decision "KW 50", read as Fri 2026-12-11 '
            "(never before 1 bd after the interview) → Mon 2026-12-14 → Tue 2026-12-15 "
            "(preferred send day)",
        ),
        (
            "de.csv",
            "Audi",
            "19.01.2027",
            '1st check-in: 1 bd after the stated decision "bis KW 2", read as Fri 2027-01-15 '
            "(never before 1 bd after the interview) → Mon 2027-01-18 → Tue 2027-01-19 "
            "(preferred send day)",
        ),
        (
            "de.csv",
            "Adidas",
            "08.01.2027",
            '1st check-in: 1 bd after the stated decision "erste Januarwoche", read as Thu '
            "2027-01-07 (never before 1 bd after the interview) → Fri 2027-01-08",
        ),
        (
            "nl.csv",
            "ING",
            "30.03.2027",
            '1st check-in: 1 bd after the stated decision "vrijdag", read as Fri 2027-03-26 '
            "(never before 1 bd after the interview) → Tue 2027-03-30 (skipped Easter Monday "
            "Mon 03-29)",
        ),
        (
            "nl.csv",
            "Philips",
            "31.03.2027",
            '1st check-in: 1 bd after the stated decision "na Pasen", read as Tue 2027-03-30 '
            "(never before 1 bd after the interview) → Wed 2027-03-31",
        ),
    ],
)
def test_a_stated_decision_as_people_write_it_sets_the_check_in(
    tmp_path: Path, name: str, company: str, check_in_1: str, why: str
) -> None:
    text, as_of = STATED[name]
    tracker = tmp_path / name
    # Saved as "CSV UTF-8" (a byte-order mark): the tool's "→" stays (ASCII alone: ot96 F4).
    tracker.write_text(text, encoding="utf-8-sig")
    result = CliRunner().invoke(main, ["run", str(tracker), "--as-of", as_of, "-q"])
    assert result.exit_code == 0, result.output
    delimiter = "," if name == "us.csv" else ";"
    with tracker.open(newline="", encoding="utf-8-sig") as handle:
        rows = {row[next(iter(row))]: row for row in csv.DictReader(handle, delimiter=delimiter)}
    row = rows[company]
    assert row["1st check-in due"] == check_in_1
    assert why in row["Why"].split("\n")
    # Only a year left unwritten is said: the phrase itself is read.
    assert row["Problems"] == YEAR_LEFT_OUT.get(company, "")


ASKED = (
    'note: "Follow up?" (D) asks a question, a plan rather than a record of a message sent: it '
    'is not read as Application Check-in Sent. If a tick there means sent, use --map "Follow '
    'up?=application_check_in_sent".'
)


@pytest.mark.parametrize(
    ("headers", "cells", "checked_line", "run_notes"),
    [
        (
            "Prazo de Entrega,Minha Nota",
            "x,y",
            'Left alone: D "Prazo de Entrega", E "Minha Nota"',
            ['note: Left alone: D "Prazo de Entrega", E "Minha Nota"'],
        ),
        # A column a note explains is said once (outside test ot53 F5: the question's note,
        # then "Left alone: D "Follow up?"" again); check lists every column it leaves alone.
        (
            "Follow up?,Minha Nota",
            "TRUE,y",
            'Left alone: D "Follow up?", E "Minha Nota"',
            [ASKED, 'note: Left alone: E "Minha Nota"'],
        ),
        ("Follow up?", "TRUE", 'Left alone: D "Follow up?"', [ASKED]),
    ],
)
def test_run_v_names_the_columns_left_alone_as_check_does(
    tmp_path: Path, headers: str, cells: str, checked_line: str, run_notes: list[str]
) -> None:
    """ "check" said "Left alone", "run -v" nothing: a column the user thought read was
    silently passed over."""
    tracker = tmp_path / "t.csv"
    tracker.write_text(
        f"Company,Position,Interview Date,{headers}\nAcme,Dev,2026-04-20,{cells}\n",
        encoding="utf-8",
    )
    checked = CliRunner().invoke(main, ["check", str(tracker), "--as-of", "2026-04-22"])
    assert f"  {checked_line}\n" in checked.output
    run = CliRunner().invoke(
        main,
        ["run", str(tracker), "--as-of", "2026-04-22", "-v", "-o", str(tmp_path / "o.csv")],
    )
    assert run.exit_code == 0, run.output
    said = [line.removeprefix("  t.csv: ") for line in run.output.splitlines()]
    assert [line for line in said if "Follow up?" in line or "Left alone" in line] == run_notes
    quiet = CliRunner().invoke(
        main, ["run", str(tracker), "--as-of", "2026-04-22", "-o", str(tmp_path / "o2.csv")]
    )
    assert "Left alone" not in quiet.output


# German "Entscheidung" (decision) and "Gesprächsdatum" (interview date) were not known: a
# stated "nach Ostern" was left alone (the 1st check-in a week late) and a tracker dated only
# under "Gesprächsdatum" refused as "without dates" (ot92 F1, F2). "Decision" alone in
# German, Dutch, Italian and Portuguese is the Decision Date while its cells say when
# (``LEFT_ALONE_BY_VALUES``); the words around it that name a person, an outcome or notes
# are not.
GERMAN_HEADERS = [
    *(
        pytest.param(["Firma", "Position", "Gesprächstermin", header], expected, id=header)
        for header, expected in (
            ("Entscheidung", "stated_decision"),
            ("Entscheidung bis", "stated_decision"),
            ("Rückmeldung bis", "stated_decision"),
            ("Feedback bis", "stated_decision"),
            ("Zusage/Absage bis", "stated_decision"),
            ("Décision", "stated_decision"),
            ("Decisión", "stated_decision"),
            ("Beslissing", "stated_decision"),
            ("Decisione", "stated_decision"),
            ("Decisão", "stated_decision"),
            ("Entscheider", None),  # the person who decides
            ("Entscheidungsträger", None),
            ("Absage", None),  # a rejection: an outcome
            ("Zusage", None),
            ("Notizen", "topic"),
        )
    ),
    *(
        pytest.param(["Firma", "Position", header], ["company", "position", expected], id=header)
        for header, expected in (
            ("Gesprächsdatum", "interview_at"),
            ("Datum Gespräch", "interview_at"),
            ("Datum des Gesprächs", "interview_at"),
            ("Gespräch am", "interview_at"),
            ("Interviewdatum", "interview_at"),
            ("Vorstellungsgespräch", "interview_at"),
            ("Date d'entretien", "interview_at"),
            ("Fecha de entrevista", "interview_at"),
            ("Datum gesprek", "interview_at"),
            ("Gesprächspartner", "interviewer"),  # the person met, not the day
            ("Bewerbungsdatum", "applied_at"),
        )
    ),
]


@pytest.mark.parametrize(("headers", "expected"), GERMAN_HEADERS)
def test_german_decision_and_interview_date_headers(
    headers: list[str], expected: str | list[str] | None
) -> None:
    match = match_header(1, headers, header_index.HEADER_INDEX, set())
    by_column = {col: name for name, col in match.mapping.items()}
    if isinstance(expected, list):
        assert [by_column.get(col) for col in range(len(headers))] == expected
    else:
        assert [by_column.get(col) for col in range(len(headers))] == [*BASE_CJK, expected]


# Through a run: the tester's tracker (ot92 F1, F2), interview Mon 2027-03-22 in Bavaria,
# Easter Monday 03-29; "nach Ostern" is read as Tue 03-30. An "Entscheidung" of outcomes is
# left alone (``LEFT_ALONE_BY_VALUES``).
GERMAN_RUNS = [
    pytest.param(
        "Gesprächsdatum",
        "Entscheidung",
        "nach Ostern",
        "31.03.2027",
        '1st check-in: 1 bd after the stated decision "nach Ostern", read as Tue 2027-03-30 '
        "(never before 1 bd after the interview) → Wed 2027-03-31",
        id="Entscheidung",
    ),
    pytest.param(
        "Datum Gespräch",
        "Feedback bis",
        "26.03.2027",
        "30.03.2027",
        # Good Friday in Bavaria: named, as no one decides on it (ot149).
        "1st check-in: 1 bd after the stated decision date Fri 2027-03-26 (Good Friday) (never "
        "before 1 bd after the interview) → Tue 2027-03-30 (skipped Easter Monday Mon 03-29)",
        id="Feedback-bis",
    ),
]


@pytest.mark.parametrize(("date_header", "header", "said", "check_in_1", "why"), GERMAN_RUNS)
def test_a_german_decision_column_sets_the_check_in(
    tmp_path: Path, date_header: str, header: str, said: str, check_in_1: str, why: str
) -> None:
    tracker = tmp_path / "de.csv"
    tracker.write_text(
        f"Firma;Position;{date_header};Art;Bundesland;{header}\n"
        f"Allianz;Analyst;22.03.2027;Vor Ort;Bayern;{said}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["run", str(tracker), "--as-of", "2027-03-23", "-q"])
    assert result.exit_code == 0, result.output
    with tracker.open(newline="", encoding="utf-8-sig") as handle:
        (row,) = list(csv.DictReader(handle, delimiter=";"))
    assert row["1st check-in due"] == check_in_1
    assert why in row["Why"].split("\n")
    assert row["Problems"] == ""


# Outside test ot146 F3: a coach's Client column headed in the client's language was left
# alone ("it looks like Client"), and every draft went unsigned. (header, the draft's
# signature, as the run's CSV shows it.)
CLIENT_HEADERS = [
    ("Client", "Lucía Fernández"),
    ("Cliente", "Lucía Fernández"),
    ("Candidato", "Lucía Fernández"),
    ("Candidata", "Lucía Fernández"),
    ("Candidat", "Lucía Fernández"),
    ("Klient", "Lucía Fernández"),
    ("Klientin", "Lucía Fernández"),
    ("Kandidat", "Lucía Fernández"),
    ("Kandidatin", "Lucía Fernández"),
    ("Cliënt", "Lucía Fernández"),  # read as "Client" before
    ("Kandidaat", "Lucía Fernández"),
]


@pytest.mark.parametrize(("header", "signed"), CLIENT_HEADERS)
def test_a_client_column_in_another_language_signs_the_drafts(
    tmp_path: Path, header: str, signed: str
) -> None:
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(
        f"{header},Empresa,Puesto,Fecha de entrevista,Entrevistador,Correo,País\n"
        "Lucía Fernández,Santander,Analista,2026-12-04,Ana Ruiz,ana.ruiz@santander.example,ES\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main, ["run", str(tracker), "--as-of", "2026-12-07", "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "looks like" not in result.output
    with out.open(newline="", encoding="utf-8-sig") as handle:
        (row,) = csv.DictReader(handle)
    assert row["Draft"].splitlines()[-1] == signed
