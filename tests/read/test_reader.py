"""Finding the tracker: file types, header rows, synonyms, data rows and their row numbers."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font
from rows_read import watch_rows_read
from trackers import write_xlsx

from followup_batch.errors import ConfigError, ContactsList, TrackerNotFound, UnsupportedFile
from followup_batch.normalise import normalise_rows
from followup_batch.read import RawTable, ReadOptions, fields, header_index, read_trackers
from followup_batch.read.header_keys import header_key
from followup_batch.read.headers import map_notes, match_header, unused_mapping
from followup_batch.read.xlsx_cells import EMPTY_RUN_LIMIT

HEADER = ["Company", "Position", "Interview Date"]
OPTIONS = ReadOptions()


def read_one(path: Path, options: ReadOptions = OPTIONS) -> RawTable:
    tables = read_trackers(path, options)
    assert len(tables) == 1
    return tables[0]


def test_header_on_row_1(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", {"Jobs": [HEADER, ["Acme", "Dev", "2026-11-03"]]})
    table = read_one(path)
    assert (table.kind, table.sheet, table.header_row) == ("xlsx", "Jobs", 1)
    assert table.mapping == {"company": 0, "position": 1, "interview_at": 2}
    assert table.cells.index.name == "row"
    assert table.cells.to_dict("index") == {
        2: {"company": "Acme", "position": "Dev", "interview_at": "2026-11-03"}
    }
    assert table.default_client == "t"
    assert table.epoch_1904 is False


def test_header_under_a_title_and_group_rows(tmp_path: Path) -> None:
    rows = [
        ["My job search 2026"],
        [],
        ["Notes", "Company", "Position", "Interview Date"],
        [None, "Acme", "Dev", dt.datetime(2026, 11, 3, 10, 0)],
    ]
    table = read_one(write_xlsx(tmp_path / "t.xlsx", {"Jobs": rows}))
    assert table.header_row == 3
    assert table.mapping == {"topic": 0, "company": 1, "position": 2, "interview_at": 3}
    assert table.cells.loc[4, "interview_at"] == dt.datetime(2026, 11, 3, 10, 0)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Employer", "company"),
        ("Organization", "company"),
        ("Role", "position"),
        ("Job Title", "position"),
        ("Interviewed On", "interview_at"),
        ("Date", "interview_at"),
        ("Recruiter", "interviewer"),
        ("Hiring Manager", "interviewer"),
        ("Spoke with", "interviewer"),  # a log of calls: whom the person spoke to
        ("Interviewed by", "interviewer"),
        ("Level", "seniority"),
        ("Sector", "industry"),
        ("They Said", "stated_decision"),
        ("Timeline", "stated_decision"),
        ("Feedback Timeline", "stated_decision"),  # ot75 F8: it was left alone
        ("Feedback expected", "stated_decision"),
        ("Expected Feedback", "stated_decision"),
        ("Feedback By", "stated_decision"),
        ("Decision expected", "stated_decision"),
        ("Decision Timeline", "stated_decision"),
        ("TY Sent", "thank_you_sent"),
        ("Thank-You Note Sent?", "thank_you_sent"),
        ("Sent Thank You Note?", "thank_you_sent"),
        ("Thank You Email Sent", "thank_you_sent"),
        ("Follow-up 1", "check_in_1_sent"),
        ("2nd Follow-up", "check_in_2_sent"),
        ("Final Sent", "final_sent"),
        ("Heard Back", "last_reply"),
        ("Status", "outcome"),
        ("Candidate", "client"),
        # A coach's or a career service's tracker (ot97 F6: they were left alone).
        ("Mentee", "client"),
        ("Mentee Name", "client"),
        ("Student", "client"),
        ("Student Name", "client"),
        ("Contact Email", "interviewer_email"),
        ("Contact Emails", "interviewer_email"),  # Airtable's lookup beside Contacts (ot136 F8)
        ("Holiday Calendar", "country"),
        ("Talking Points", "topic"),
        ("Share", "value_add"),
        ("Interview Round", "round"),
        ("Format", "interview_type"),
        ("Last Networking", "networking_sent"),
        # Headers of real exports and templates (Huntr, Airtable bases, shared sheets).
        ("Co.", "company"),
        ("Employer Name", "company"),
        ("Company/Organization", "company"),
        ("Position/Role", "position"),
        ("Title of Position", "position"),
        ("Date Interviewed", "interview_at"),
        ("Next Interview", "interview_at"),
        ("App Date", "applied_at"),
        ("Application Sent", "applied_at"),
        # Huntr's board export: the list (board column) a job is in is its stage.
        ("listName", "outcome"),
        # An Airtable checkbox ("checked") and Teal's date: the application's check-in.
        ("Follow-up sent", "application_check_in_sent"),
        ("Follow Up", "application_check_in_sent"),
        # A hint in brackets after the header is not part of its name.
        ("Interview Date (MM/DD/YYYY)", "interview_at"),
        ("Applied Date (MM/DD/YY)", "applied_at"),
        ("Interviewed (Y/N)", "interviewed"),
        ("Thank-you Sent (Y/N)", "thank_you_sent"),
        ("Date Applied [dd.mm.yyyy]", "applied_at"),
    ],
)
def test_synonyms(tmp_path: Path, header: str, field: str) -> None:
    base = {"company": "Company", "position": "Position", "interview_at": "Interview Date"}
    base[field] = header
    headers = list(base.values())
    # A client's cell names someone: a column of marks ("x") names nobody (``_client_marks``).
    row = ["Ana Diaz" if name == "client" else "x" for name in base]
    path = write_xlsx(tmp_path / "t.xlsx", {"S": [headers, row]})
    table = read_one(path)
    assert table.mapping[field] == headers.index(header)
    assert table.ignored == []


@pytest.mark.parametrize(
    "header",
    # Dates of something else: when a card or row was made, saved or last moved, a posting's
    # deadline (Huntr's createdAt, lastMovedAt and deadline). Teal's Date Saved is read as
    # what it is, the day a posting was saved, never as the applied date (``saved_at``).
    ["Created", "createdAt", "Created At", "Date Added", "lastMovedAt", "Deadline"],
)
def test_dates_of_something_else_are_not_read(tmp_path: Path, header: str) -> None:
    headers = ["Company", "Position", "Date Applied", header]
    path = write_xlsx(tmp_path / "t.xlsx", {"S": [headers, ["a", "b", "2026-11-03", "2026-11-01"]]})
    table = read_one(path)
    assert table.mapping == {"company": 0, "position": 1, "applied_at": 2}
    assert table.ignored == [header]


@pytest.mark.parametrize(
    "headers",
    [
        ["  COMPANY ", "position:", "Interview-Date"],
        ["company", "POSITION", "interview date"],
        ["Company.", "Position (title)", "Interview_Date"],
    ],
)
def test_headers_ignore_case_spaces_and_punctuation(tmp_path: Path, headers: list[str]) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", {"S": [headers, ["a", "b", "2026-11-03"]]})
    assert read_one(path).mapping == {"company": 0, "position": 1, "interview_at": 2}


def test_column_map_names_any_header(tmp_path: Path) -> None:
    rows = [["Firm", "Gig", "When we met", "Date"], ["Acme", "Dev", "2026-11-03", "2026-11-20"]]
    path = write_xlsx(tmp_path / "t.xlsx", {"S": rows})
    options = ReadOptions(
        column_map={"gig": "position", "When We Met!": "interview_at", "Date": "last_reply"}
    )
    table = read_one(path, options)
    assert table.mapping == {"company": 0, "position": 1, "interview_at": 2, "last_reply": 3}


def test_column_map_wins_over_an_earlier_synonym(tmp_path: Path) -> None:
    rows = [["Company", "Position", "Date", "Interview Date"], ["A", "B", "x", "2026-11-03"]]
    options = ReadOptions(column_map={"Interview Date": "interview_at"})
    table = read_one(write_xlsx(tmp_path / "t.xlsx", {"S": rows}), options)
    assert table.mapping["interview_at"] == 3


def test_column_map_with_an_unknown_field_is_a_config_error(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", {"S": [HEADER]})
    with pytest.raises(
        ConfigError,
        match="unknown field 'interview_on'; the fields are: company, position, interview_at",
    ):
        read_trackers(path, ReadOptions(column_map={"When": "interview_on"}))


def test_duplicate_headers_first_wins_with_a_note(tmp_path: Path) -> None:
    rows = [
        ["Company", "Interviewed On", "Position", "Date of Interview"],
        ["A", "2026-11-03", "B", "x"],
    ]
    table = read_one(write_xlsx(tmp_path / "t.xlsx", {"S": rows}))
    assert table.mapping["interview_at"] == 1
    assert table.ignored == ["Date of Interview"]
    assert table.notes == [
        'Several columns read as Interview Date: "Interviewed On" (column B), "Date of '
        'Interview" (column D); using "Interviewed On" (column B), the others are left alone.'
    ]


def test_a_specific_header_beats_a_generic_one_wherever_it_stands(tmp_path: Path) -> None:
    rows = [["Company", "Role", "Job Title", "Interview", "Interview Date"], ["A", "x", "B", 1, 2]]
    table = read_one(write_xlsx(tmp_path / "t.xlsx", {"S": rows}))
    assert (table.mapping["position"], table.mapping["interview_at"]) == (2, 4)
    assert table.ignored == ["Role", "Interview"]


@pytest.mark.parametrize(
    ("headers", "column", "ignored"),
    [
        (["Follow Up", "Followed Up"], 1, ["Follow Up"]),
        (["Follow-up sent", "Application Follow-up Sent"], 1, ["Follow-up sent"]),
        (["Application Check-in Sent", "Follow-up Sent"], 0, ["Follow-up Sent"]),
        (["Follow-up Sent", "Follow Up"], 0, ["Follow Up"]),  # both vague: the first
        # Another field's: the first follow-up after an interview stays its own.
        (["Follow-up 1", "Follow-up Sent"], 1, []),
    ],
)
def test_a_vague_follow_up_header_yields_to_a_specific_one(
    tmp_path: Path, headers: list[str], column: int, ignored: list[str]
) -> None:
    rows = [["Company", "Position", "Date Applied", *headers], ["A", "B", "2026-11-02", "", ""]]
    table = read_one(write_xlsx(tmp_path / "t.xlsx", {"S": rows}))
    assert table.mapping["application_check_in_sent"] == 3 + column
    assert table.ignored == ignored


@pytest.mark.parametrize(
    ("headers", "field", "column"),
    [
        # The canonical header beats a synonym of the same field wherever it stands.
        (["Company", "Position", "Interview Time", "Interview Date"], "interview_at", 3),
        (["Company", "Position", "Interview Date", "Interview Time"], "interview_at", 2),
        (["Company Name", "Company", "Position", "Interview Date"], "company", 1),
        (["Job Title", "Company", "Position", "Interview Date"], "position", 2),
        # The field's own name, as a database export names it, beats even the canonical
        # header, a legacy column left beside it (ot110 F2), wherever it stands.
        (["Company", "Position", "Interview Date", "interview_at"], "interview_at", 3),
        (["Company", "Position", "interview_at", "Interview Date"], "interview_at", 2),
        (["Company", "Position", "Date Applied", "applied_at"], "applied_at", 3),
    ],
)
def test_the_canonical_header_beats_a_synonym(
    tmp_path: Path, headers: list[str], field: str, column: int
) -> None:
    rows = [headers, ["A", "B", "2026-11-03", "2026-11-04"]]
    table = read_one(write_xlsx(tmp_path / "t.xlsx", {"S": rows}))
    assert table.mapping[field] == column


# No header the sheet has can be the Position: the refusal names none (ot132 F5, whose
# --map "Header=position" could not be followed).
ADD_POSITION = (
    "Add a Position column (the role applied for on each row), or rename the column that holds "
    "it to Position."
)


def test_missing_required_column_error_text(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "tracker.xlsx",
        {"Jobs": [["Company", "Interview Date", "Comments"], ["A", "2026-11-03", "C"]]},
    )
    with pytest.raises(TrackerNotFound) as error:
        read_trackers(path, OPTIONS)
    assert str(error.value) == (
        'tracker.xlsx, sheet "Jobs": no header row with Company, Position and Interview Date '
        "(or Date Applied); the closest (row 1) has Company, Interview Date; missing: Position. "
        f"{ADD_POSITION}"
    )


MAPPED = "Rename the header or map it with --map"


@pytest.mark.parametrize(
    ("headers", "hint"),
    [
        (["Name", "Company", "Status", "Interview Date"], f'{MAPPED} "Name=position".'),  # Notion
        (["Company", "Opportunity", "Interview Date"], f'{MAPPED} "Opportunity=position".'),
        (["Company", "Interview Date", "Comments"], ADD_POSITION),
    ],
)
def test_a_missing_position_hint_names_the_likely_header(
    tmp_path: Path, headers: list[str], hint: str
) -> None:
    """Notion's and Airtable's exports title each row "Name" (the job): the hint said
    --map "Header=position", leaving the person to guess which header."""
    rows = [headers, ["Data Analyst @ Acme", "Acme", "Interviewing", "2026-11-03"][: len(headers)]]
    path = write_xlsx(tmp_path / "tracker.xlsx", {"Jobs": rows})
    with pytest.raises(TrackerNotFound) as error:
        read_trackers(path, OPTIONS)
    assert str(error.value).endswith(hint)


def test_no_header_at_all(tmp_path: Path) -> None:
    # Numbers from the first row on: no header row of words (one, "a, b", is no tracker's
    # header: left alone, tests/test_not_trackers.py).
    path = write_xlsx(tmp_path / "tracker.xlsx", {"Jobs": [[1, 2], [3, 4]]})
    with pytest.raises(TrackerNotFound, match="none of the first 50 rows has a recognised header"):
        read_trackers(path, OPTIONS)


NO_HEADER = (
    'tracker.xlsx, sheet "Jobs": no header row with Company, Position and Interview Date '
    "(or Date Applied); "
)


TRELLO_HEADER = [
    "Card ID", "Card Name", "Card URL", "Card Description", "Labels", "Due Date", "List ID",
    "List Name", "Board Name", "Archived", "Last Activity Date",
]  # fmt: skip
TRELLO_CARD = [
    "5f1", "Acme - Backend Engineer", "https://trello.com/c/a", "Interview with Dana",
    "Onsite (green)", "2026-11-19T15:00:00.000Z", "l2", "Interview", "Job Hunt", "false",
    "2026-11-19T18:00:00.000Z",
]  # fmt: skip


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (  # a data row naming more headers ("Interview", "Applied", "Notes") than the header
            [
                ["Company", "Details", "Status", "Remarks", "When"],
                ["Acme", "Interview", "Applied", "Notes", dt.datetime(2026, 11, 2)],
                ["Globex", "Phone screen", "Rejected", "", dt.datetime(2026, 10, 5)],
            ],
            f"{NO_HEADER}the closest (row 1) has Company, Status; missing: Position, "
            f'Interview Date. {ADD_POSITION} "When" holds dates: map it with --map '
            '"When=applied_at" if they are the days you applied, --map "When=interview_at" if '
            "the interviews'; or add a Date Applied or Interview Date column.",
        ),
        (  # a web form's log (Leneord1/AppRecords): no role anywhere, ISO date-times
            [
                ["timestamp", "company_name", "application_id", "additional_tasks"],
                ["2026-02-14T18:12:00Z", "GPC Automotive", "123456", None],
                ["2026-02-26T18:05:40Z", "Construct Connect", " 2026-2038", None],
                ["2026-02-26T18:09:02Z", "Construct Connect", "2026-2046", None],
            ],
            f"{NO_HEADER}the closest (row 1) has company_name; missing: Position, Interview "
            f'Date. {ADD_POSITION} "timestamp" holds dates: map it with --map '
            '"timestamp=applied_at" if they are the days you applied, --map '
            '"timestamp=interview_at" if the interviews\'; or add a Date Applied or Interview '
            "Date column.",
        ),
        (  # Trello's board export: a card in the "Applied" list named a header too
            [TRELLO_HEADER, TRELLO_CARD, [*TRELLO_CARD[:7], "Applied", *TRELLO_CARD[8:]]],
            'tracker.xlsx, sheet "Jobs" is a Trello board export: each card\'s "Card Name" '
            'holds the company and the role together ("Acme - Backend Engineer"), and "Due '
            'Date" may be any deadline. First split the card name into Company and Position '
            "columns (the file is refused until then); then, for the date, add an Interview "
            'Date (or Date Applied) column, or map --map "Due Date=interview_at" if the due '
            "date is the interview.",
        ),
    ],
)
def test_the_closest_header_row_is_a_row_of_words(
    tmp_path: Path, rows: list[list[object]], message: str
) -> None:
    path = write_xlsx(tmp_path / "tracker.xlsx", {"Jobs": rows})
    with pytest.raises(TrackerNotFound) as error:
        read_trackers(path, OPTIONS)
    assert str(error.value) == message


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (  # a Finnish tracker was "a stage tally without companies ... it counts applications"
            [
                ["Yritys", "Tehtävä", "Hakupäivä", "Haastattelu", "Status"],
                ["Acme Oy", "Kehittäjä", dt.datetime(2026, 11, 2), None, "Haettu"],
            ],
            f"{NO_HEADER}the closest (row 1) has Status; missing: Company, Position, Interview "
            "Date. Add Company and Position columns (the employer and the role applied for on "
            'each row), or rename the columns that hold them. "Hakupäivä" holds dates: map it '
            'with --map "Hakupäivä=applied_at" if they are the days you applied, --map '
            '"Hakupäivä=interview_at" if the interviews\'; or add a Date Applied or Interview '
            "Date column.",
        ),
        (  # the hint named only interview_at, with company and position missing too; no
            # word of it known, it is left alone as its CSV is (fx332), each map named
            [
                ["Zaměstnavatel", "Pozice", "Datum přihlášky", "Datum pohovoru", "Poznámky"],
                ["Tyrell", "UX Designer", dt.datetime(2026, 9, 24), None, None],
            ],
            "tracker.xlsx: left alone, not a tracker: no column names an employer, a role, a "
            'stage, an application or an interview (its headers: "Zaměstnavatel", "Pozice", '
            '"Datum přihlášky", "Datum pohovoru", "Poznámky"); nothing is written to it. If it '
            "is a tracker, head its columns Company, Position and Date Applied, or map them "
            'with --map "Header=company" --map "Header=position" --map "Header=applied_at".',
        ),
        (  # a real tally keeps its own refusal
            [["Status", "Count"], ["Applied", 14], ["Interview", 3]],
            'tracker.xlsx, sheet "Jobs" is a stage tally without companies (Status, Count): it '
            "counts applications, it does not list them. Run on the sheet with one row per "
            "application, or add Company, Position and Date Applied columns.",
        ),
    ],
)
def test_a_tracker_in_another_language_is_asked_for_every_missing_map(
    tmp_path: Path, rows: list[list[object]], message: str
) -> None:
    path = write_xlsx(tmp_path / "tracker.xlsx", {"Jobs": rows})
    with pytest.raises(TrackerNotFound) as error:
        read_trackers(path, OPTIONS)
    assert str(error.value) == message


@pytest.mark.parametrize(
    ("header", "key"),
    [
        (" Thank-you  Sent ", "thankyousent"),
        ("Interview_Date (MM/DD/YYYY)", "interviewdatemmddyyyy"),
        ("📅 Interview Date", "interviewdate"),
        ("✓", ""),
        ("Société", "societe"),
        ("SOCIÉTÉ", "societe"),
        ("Vorstellungsgespräch am", "vorstellungsgespracham"),
        ("Straße", "strasse"),
        ("Wysłano podziękowanie", "wyslanopodziekowanie"),  # Polish ł as typed without it
        ("Date d’entretien", "datedentretien"),
        ("Entreprise – Poste", "entrepriseposte"),
        ("Датум", "датум"),
        ("会社", "会社"),
        ("ＣＯＭＰＡＮＹ", "company"),  # full-width letters
    ],
)
def test_header_key(header: str, key: str) -> None:
    assert header_key(header) == key


def test_header_keys_of_english_headers_are_unchanged() -> None:
    """Letters a-z and digits, as before: every English header matches what it matched."""
    for field in fields.FIELDS:
        for text in (field.header, *field.synonyms):
            if text.isascii():
                assert header_key(text) == re.sub(r"[^0-9a-z]+", "", text.casefold())


@pytest.mark.parametrize(
    ("headers", "mapping"),
    [
        (  # German: both were refused as "no header row"
            ["Firma", "Stelle", "Bewerbungsdatum", "Vorstellungsgespräch am", "Status"],
            {"company": 0, "position": 1, "applied_at": 2, "interview_at": 3, "outcome": 4},
        ),
        (  # German as written without the article
            ["Firma", "Stelle", "Datum Vorstellungsgespräch", "Gesprächspartner", "E-Mail"],
            {
                "company": 0,
                "position": 1,
                "interview_at": 2,
                "interviewer": 3,
                "interviewer_email": 4,
            },
        ),
        (  # Spanish
            ["Empresa", "Puesto", "Fecha de solicitud", "Fecha de entrevista", "Notas"],
            {"company": 0, "position": 1, "applied_at": 2, "interview_at": 3, "topic": 4},
        ),
        (  # French, with and without accents
            ["Société", "Poste", "Date d'entretien", "Recruteur", "Statut"],
            {"company": 0, "position": 1, "interview_at": 2, "interviewer": 3, "outcome": 4},
        ),
        (
            ["SOCIETE", "Intitule du poste", "Date de l’entretien", "Courriel", "Resultat"],
            {
                "company": 0,
                "position": 1,
                "interview_at": 2,
                "interviewer_email": 3,
                "outcome": 4,
            },
        ),
        (  # Portuguese
            ["Empresa", "Vaga", "Data da entrevista", "Entrevistador", "Agradecimento enviado"],
            {
                "company": 0,
                "position": 1,
                "interview_at": 2,
                "interviewer": 3,
                "thank_you_sent": 4,
            },
        ),
        (  # Dutch
            ["Bedrijf", "Functie", "Sollicitatiedatum", "Contactpersoon", "Opmerkingen"],
            {"company": 0, "position": 1, "applied_at": 2, "interviewer": 3},
        ),
        (  # Italian; "Note" is left alone: in English it heads one's own notes (not Topic)
            ["Azienda", "Ruolo", "Data colloquio", "Esito", "Note"],
            {"company": 0, "position": 1, "interview_at": 2, "outcome": 3},
        ),
        (  # a specific interview header beats a generic one in any language
            ["Empresa", "Puesto", "Entrevista", "Fecha de entrevista"],
            {"company": 0, "position": 1, "interview_at": 3},
        ),
        (  # the country, in German and Dutch, French, Spanish and Portuguese, Italian
            ["Firma", "Stelle", "Datum des Vorstellungsgesprächs", "Land"],
            {"company": 0, "position": 1, "interview_at": 2, "country": 3},
        ),
        (
            ["Entreprise", "Poste", "Date de l'entretien", "Pays"],
            {"company": 0, "position": 1, "interview_at": 2, "country": 3},
        ),
        (
            ["Empresa", "Vaga", "Data da entrevista", "País"],
            {"company": 0, "position": 1, "interview_at": 2, "country": 3},
        ),
        (
            ["Azienda", "Posizione", "Data del colloquio", "Paese"],
            {"company": 0, "position": 1, "interview_at": 2, "country": 3},
        ),
        (  # the kind of interview, the level and the industry (an outside re-test)
            ["Firma", "Stelle", "Vorstellungsgespräch am", "Art des Gesprächs", "Ebene", "Branche"],
            {
                "company": 0,
                "position": 1,
                "interview_at": 2,
                "interview_type": 3,
                "seniority": 4,
                "industry": 5,
            },
        ),
        (
            ["Firma", "Stelle", "Datum", "Gesprächsart", "Karrierestufe"],
            {"company": 0, "position": 1, "interview_at": 2, "interview_type": 3, "seniority": 4},
        ),
        (
            ["Entreprise", "Poste", "Date de l'entretien", "Type d'entretien", "Secteur"],
            {"company": 0, "position": 1, "interview_at": 2, "interview_type": 3, "industry": 4},
        ),
        (
            ["Empresa", "Puesto", "Fecha de entrevista", "Tipo de entrevista", "Sector"],
            {"company": 0, "position": 1, "interview_at": 2, "interview_type": 3, "industry": 4},
        ),
        (
            ["Azienda", "Posizione", "Data del colloquio", "Tipo di colloquio", "Settore"],
            {"company": 0, "position": 1, "interview_at": 2, "interview_type": 3, "industry": 4},
        ),
        (
            ["Entreprise", "Poste", "Date de l'entretien", "Branche"],
            {"company": 0, "position": 1, "interview_at": 2, "industry": 3},
        ),
        (  # German "Art" alone (kind) is the vague header of the Interview Type: read here, and
            # left alone once its cells are not interview types (test_header_languages.py)
            ["Firma", "Stelle", "Vorstellungsgespräch am", "Art"],
            {"company": 0, "position": 1, "interview_at": 2, "interview_type": 3},
        ),
        (  # "Datum" alone is either date, as "Date" is: beside an interview date, the applied
            ["Firma", "Stelle", "Datum", "Interviewdatum"],
            {"company": 0, "position": 1, "applied_at": 2, "interview_at": 3},
        ),
    ],
)
def test_headers_in_other_languages(
    tmp_path: Path, headers: list[str], mapping: dict[str, int]
) -> None:
    row = ["Acme", "Dev", "2026-11-03", "2026-11-04", "x"][: len(headers)]
    table = read_one(write_xlsx(tmp_path / "t.xlsx", {"S": [headers, row]}))
    assert table.mapping == mapping


@pytest.mark.parametrize(
    "column_map",
    [
        {"会社": "company", "職種": "position", "面接日": "interview_at"},
        {"Компания": "company", "Должность": "position", "Датум": "interview_at"},
        {"Ärger": "company", "Poste": "position", "FECHA DE ENTREVISTA": "interview_at"},
    ],
)
def test_column_map_names_headers_in_any_script(tmp_path: Path, column_map: dict[str, str]) -> None:
    """Headers in other scripts had no key at all ("会社" and "職種" were the same header)."""
    headers = [*column_map, "Ημερομηνία"]
    rows = [headers, ["Acme", "Dev", "2026-11-03", "2026-11-04"]]
    options = ReadOptions(column_map=column_map)
    table = read_one(write_xlsx(tmp_path / "t.xlsx", {"S": rows}), options)
    assert table.mapping == {"company": 0, "position": 1, "interview_at": 2}
    assert table.ignored == ["Ημερομηνία"]


def test_column_map_of_an_accented_header_matches_it_written_without(tmp_path: Path) -> None:
    rows = [["Societe", "Poste", "Debut"], ["Acme", "Dev", "2026-11-03"]]
    options = ReadOptions(column_map={"Début": "interview_at"})
    assert read_one(write_xlsx(tmp_path / "t.xlsx", {"S": rows}), options).mapping == {
        "company": 0,
        "position": 1,
        "interview_at": 2,
    }


def test_header_below_row_50_is_not_found(tmp_path: Path) -> None:
    rows: list[list[object]] = [[f"filler {i}"] for i in range(50)] + [HEADER]
    with pytest.raises(TrackerNotFound):
        read_trackers(write_xlsx(tmp_path / "t.xlsx", {"S": rows}), OPTIONS)


def test_blank_rows_keep_excel_row_numbers(tmp_path: Path) -> None:
    rows = [
        HEADER,
        ["A", "Dev", "2026-11-03"],
        [],
        [None, "  ", None],
        ["B", "PM", "2026-11-04"],
        [],
        [],
        ["C", None, None],
    ]
    table = read_one(write_xlsx(tmp_path / "t.xlsx", {"S": rows}))
    assert list(table.cells.index) == [2, 5, 8]
    assert table.cells.loc[8].tolist() == ["C", None, None]


def test_rows_with_values_only_in_unmapped_columns_are_skipped(tmp_path: Path) -> None:
    rows = [[*HEADER, "My notes"], ["A", "Dev", "2026-11-03", ""], [None, None, None, "total 1"]]
    table = read_one(write_xlsx(tmp_path / "t.xlsx", {"S": rows}))
    assert list(table.cells.index) == [2]
    assert table.ignored == ["My notes"]


def test_a_million_row_used_range_is_streamed_and_stops_after_the_empty_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bold empty cell at C1048576 makes the used range a million rows: the sheet is
    streamed (calamine's dense grid would hold every row) and the stream stops 10,000 empty
    rows after the last value (counted, not timed: STYLE has no timing assertions)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    sheet.append(["A", "Dev", "2026-11-03"])
    sheet.cell(row=1_048_576, column=3).font = Font(bold=True)  # used range: A1:C1048576
    path = tmp_path / "big.xlsx"
    workbook.save(path)
    seen = watch_rows_read(monkeypatch)
    table = read_one(path)
    assert list(table.cells.index) == [2]
    assert seen.readers == ["openpyxl"]
    assert seen.kept == {"Sheet": 2}
    assert seen.streamed == 2 + EMPTY_RUN_LIMIT


def test_1904_workbook(tmp_path: Path) -> None:
    rows = [HEADER, ["A", "Dev", 44867], ["B", "PM", dt.datetime(2026, 11, 3, 9, 0)]]
    path = write_xlsx(tmp_path / "mac.xlsx", {"S": rows}, epoch_1904=True)
    table = read_one(path)
    assert table.epoch_1904 is True
    assert table.cells.loc[3, "interview_at"] == dt.datetime(2026, 11, 3, 9, 0)
    frame = normalise_rows(table, OPTIONS)
    assert frame["interview_date"].tolist() == [dt.datetime(2026, 11, 3)] * 2


def test_every_tracker_sheet_and_sheet_names_as_clients(tmp_path: Path) -> None:
    sheets = {
        "Ann": [HEADER, ["A", "Dev", "2026-11-03"]],
        "Notes": [["just notes"]],
        "Bob": [["Employer", "Role", "Date"], ["B", "PM", "2026-11-04"]],
    }
    tables = read_trackers(write_xlsx(tmp_path / "coach.xlsx", sheets), OPTIONS)
    assert [(t.sheet, t.default_client) for t in tables] == [("Ann", "Ann"), ("Bob", "Bob")]


CONTACTS = ["Name", "Company", "Title", "Email", "Date"]
DANA = ["Dana Ortiz", "Atlassian", "Recruiter", "dana@atlassian.com", dt.datetime(2026, 10, 30)]
CONTACTS_NOTE = (
    'sheet "{}": not a tracker (its only date is headed "Date" and no column says a status, '
    "stage, interview or application: a list of contacts); left alone; name it with --sheet "
    "to follow it up."
)


@pytest.mark.parametrize(
    ("other", "read", "note"),
    [
        # ot47 F1: Numbers' and Google Sheets' contacts tables beside the tracker.
        ({"Contacts": [CONTACTS, DANA]}, ["Jobs"], CONTACTS_NOTE.format("Contacts")),
        (
            {
                "Networking": [
                    [*CONTACTS[:4], "LinkedIn", "Date", "Notes"],
                    [*DANA[:4], "", DANA[4], "Met"],
                ]
            },
            ["Jobs"],
            CONTACTS_NOTE.format("Networking"),
        ),
        # A Status, a stage, an applied or an interview column makes "Date" a tracker's date.
        ({"Contacts": [[*CONTACTS, "Status"], [*DANA, "Applied"]]}, ["Jobs", "Contacts"], None),
        (
            {"Contacts": [[*CONTACTS, "Interview Type"], [*DANA, "Phone"]]},
            ["Jobs", "Contacts"],
            None,
        ),
        ({"Contacts": [[*CONTACTS, "Applied"], [*DANA, DANA[4]]]}, ["Jobs", "Contacts"], None),
        # A client's sheet without people in it ("Employer, Role, Date") is a tracker.
        ({"Bob": [["Employer", "Role", "Date"], ["B", "PM", "2026-11-04"]]}, ["Jobs", "Bob"], None),
    ],
)
def test_a_contacts_sheet_beside_the_tracker_is_left_alone(
    tmp_path: Path, other: dict[str, list[list[object]]], read: list[str], note: str | None
) -> None:
    sheets = {"Jobs": [[*HEADER, "Status"], ["Atlassian", "PM", "2026-11-27", "Interviewing"]]}
    path = write_xlsx(tmp_path / "Sam Taylor.xlsx", {**sheets, **other})
    tables = read_trackers(path, OPTIONS)
    assert [t.sheet for t in tables] == read
    said = [n for n in tables[0].notes if "not a tracker" in n]
    assert said == ([note] if note else [])
    # Named with --sheet, a contacts sheet is read as it was; alone in its workbook, a
    # contacts sheet leaves the whole file alone (fx52), a tracker sheet is read.
    (name,) = other
    assert [t.sheet for t in read_trackers(path, ReadOptions(sheet=name))] == [name]
    alone = write_xlsx(tmp_path / "alone.xlsx", other)
    if note is None:
        assert [t.sheet for t in read_trackers(alone, OPTIONS)] == [name]
    else:
        with pytest.raises(ContactsList, match="^alone.xlsx: left alone, a list of contacts"):
            read_trackers(alone, OPTIONS)


def test_only_the_named_sheet(tmp_path: Path) -> None:
    sheets = {
        "Ann": [HEADER, ["A", "Dev", "2026-11-03"]],
        "Bob": [HEADER, ["B", "PM", "2026-11-04"]],
    }
    path = write_xlsx(tmp_path / "coach.xlsx", sheets)
    assert [t.sheet for t in read_trackers(path, ReadOptions(sheet="Bob"))] == ["Bob"]
    with pytest.raises(TrackerNotFound) as error:
        read_trackers(path, ReadOptions(sheet="Carol"))
    assert str(error.value) == 'coach.xlsx has no sheet "Carol"; its sheets are: "Ann", "Bob".'


def test_a_named_sheet_without_a_tracker_is_the_sheet_the_refusal_names(tmp_path: Path) -> None:
    """--sheet Other on a workbook whose first sheet is the tracker: the refusal named "Jobs"
    (outside test ot20, F11)."""
    sheets = {"Jobs": [HEADER, ["A", "Dev", "2026-11-03"]], "Other": [["=COUNTA(Jobs!A2:A9)"]]}
    path = write_xlsx(tmp_path / "t.xlsx", sheets)
    with pytest.raises(TrackerNotFound) as error:
        read_trackers(path, ReadOptions(sheet="Other"))
    assert str(error.value).startswith('t.xlsx, sheet "Other": no header row with Company')


@pytest.mark.parametrize(
    ("names", "asked", "read"),
    [
        (["Interviews", "Notes"], "interviews", ["Interviews"]),  # was refused
        (["Ann", "Bob"], "BOB", ["Bob"]),
    ],
)
def test_a_sheet_named_in_another_case_is_that_sheet(  # Excel's names ignore case too
    tmp_path: Path, names: list[str], asked: str, read: list[str]
) -> None:
    path = write_xlsx(
        tmp_path / "coach.xlsx", {n: [HEADER, ["A", "Dev", "2026-11-03"]] for n in names}
    )
    assert [t.sheet for t in read_trackers(path, ReadOptions(sheet=asked))] == read


def test_sheet_on_a_csv_is_said_not_ignored(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Company,Position,Interview Date\nA,Dev,2026-11-03\n")
    (table,) = read_trackers(path, ReadOptions(sheet="Jobs"))
    assert '--sheet "Jobs" is for workbooks: t.csv is read whole' in table.notes


def test_workbook_renamed_to_csv_is_read_as_a_workbook(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", {"S": [HEADER, ["A", "Dev", "2026-11-03"]]})
    renamed = path.rename(tmp_path / "t.csv")
    table = read_one(renamed)
    assert table.kind == "xlsx"
    assert table.notes[-1] == (
        "it is an Excel workbook under another name: it is read and written as one (so is "
        "an --output file); rename it t.xlsx so that programs open it as one."
    )


# ---------------------------------------------------------------------------------------------
# Files we refuse, by their bytes
# ---------------------------------------------------------------------------------------------

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def test_legacy_xls_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.xlsx"
    path.write_bytes(OLE2 + b"\x00" * 600)
    with pytest.raises(UnsupportedFile) as error:
        read_trackers(path, OPTIONS)
    assert str(error.value) == (
        "old.xlsx is a legacy Excel 97-2003 workbook (.xls), which is not supported. "
        "Open it in Excel and save it as .xlsx (Excel Workbook), then run again."
    )


def test_encrypted_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "secret.xlsx"
    path.write_bytes(OLE2 + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le"))
    with pytest.raises(UnsupportedFile, match="secret.xlsx is password-protected"):
        read_trackers(path, OPTIONS)


@pytest.mark.parametrize(
    ("members", "message"),
    [
        (
            {"mimetype": "application/vnd.oasis.opendocument.spreadsheet"},
            "t.xlsx is an OpenDocument spreadsheet (.ods), which is not supported.",
        ),
        (
            {"[Content_Types].xml": "", "xl/workbook.bin": ""},
            "t.xlsx is an Excel binary workbook (.xlsb), which is not supported.",
        ),
        ({"readme.txt": "hi"}, "t.xlsx is a zip file but not an Excel workbook"),
    ],
)
def test_other_zips_are_refused(tmp_path: Path, members: dict[str, str], message: str) -> None:
    path = tmp_path / "t.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    with pytest.raises(UnsupportedFile) as error:
        read_trackers(path, OPTIONS)
    assert str(error.value).startswith(message)


SAMPLE_TRACKER = Path(__file__).resolve().parents[2] / "sample_data" / "tracker.xlsx"


def _cut_in_half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _directory_garbled(data: bytes) -> bytes:
    at = data.rindex(b"PK\x01\x02")  # the last entry of the zip's list of its parts
    return data[:at] + b"XX\x01\x02" + data[at + 4 :]


@pytest.mark.parametrize(
    ("damage", "meaning"),
    [
        # Python's zipfile says "File is not a zip file" (outside test ot15, finding 3).
        (_cut_in_half, "it is cut short, its end missing (as when a copy, download or save "),
        (lambda data: data[:4] + b"garbage" * 10, "it is cut short, its end missing"),
        (_directory_garbled, "the list of its parts is broken (as when a disk or a transfer "),
    ],
)
def test_a_damaged_workbook_is_refused_saying_what_is_wrong(
    tmp_path: Path, damage: Callable[[bytes], bytes], meaning: str
) -> None:
    path = tmp_path / "t.xlsx"
    path.write_bytes(damage(SAMPLE_TRACKER.read_bytes()))
    with pytest.raises(UnsupportedFile) as error:
        read_trackers(path, OPTIONS)
    assert str(error.value).startswith(f"t.xlsx looks like a workbook but is damaged: {meaning}")
    assert "zip file" not in str(error.value)


RESAVE = "nothing was written. Restore it from a backup or re-save it from Excel."


def _two_sheets(path: Path, damage: Callable[[dict[str, bytes]], None]) -> Path:
    """A workbook saved as Excel saves it (text in shared strings), "Jobs" the tracker and
    "Other" a sheet beside it, with ``damage`` done to its parts (name -> bytes)."""
    workbook = openpyxl.Workbook()
    jobs = workbook.active
    assert jobs is not None
    jobs.title = "Jobs"
    jobs.append(HEADER)
    jobs.append(["Acme", "Dev", "2026-11-03"])
    workbook.create_sheet("Other").append(["my notes"])
    workbook.save(path)
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    _as_shared_strings(parts)
    damage(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return path


def _as_shared_strings(parts: dict[str, bytes]) -> None:
    """openpyxl writes text inline; Excel keeps it in the shared-strings part."""
    strings: list[bytes] = []

    def shared(cell: re.Match[bytes]) -> bytes:
        strings.append(cell[2])
        return b'<c r="%s" t="s"><v>%d</v></c>' % (cell[1], len(strings) - 1)

    inline = re.compile(rb'<c r="([A-Z]+[0-9]+)" t="inlineStr"><is><t>([^<]*)</t></is></c>')
    for name in ("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"):
        parts[name] = inline.sub(shared, parts[name])
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    items = b"".join(b"<si><t>%s</t></si>" % text for text in strings)
    parts["xl/sharedStrings.xml"] = b'<sst xmlns="%s">%s</sst>' % (main.encode(), items)
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    )


def _retag_first_row(parts: dict[str, bytes]) -> None:
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(b"</row>", b"</rowx>", 1)


def _cut_jobs(parts: dict[str, bytes]) -> None:
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet][: len(parts[sheet]) // 2]


def _drop_strings(parts: dict[str, bytes]) -> None:
    del parts["xl/sharedStrings.xml"]


def _string_past_the_end(parts: dict[str, bytes]) -> None:
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = re.sub(rb'(<c r="A2" t="s"><v>)[0-9]+<', rb"\g<1>99999<", parts[sheet])


def _utf16(parts: dict[str, bytes]) -> None:
    sheet = "xl/worksheets/sheet1.xml"
    text = parts[sheet].decode("utf-8").replace('encoding="utf-8"', 'encoding="UTF-16"', 1)
    parts[sheet] = text.encode("utf-16")  # with its byte-order mark


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        # A tracker sheet calamine reads though it is not well-formed (a mismatched end tag)
        # is refused by check, the dry run and the run, not by reading: tests/test_cli.py.
        # The tracker sheet cut short, the other a sheet of notes: the damaged one may be the
        # tracker. (A damaged sheet beside a tracker that is read is copied as it is, ot148 F1:
        # tests/test_damaged_packages.py.)
        (
            _cut_jobs,
            't.xlsx is damaged: its sheet "Jobs" (xl/worksheets/sheet1.xml) is not well-formed '
            "XML (unclosed token: line 1, column 290); " + RESAVE,
        ),
        # were "KeyError: There is no item named ..." and "IndexError: list index out of range"
        (
            _drop_strings,
            't.xlsx is damaged: the text of its sheet "Jobs" (xl/worksheets/sheet1.xml) is kept '
            "in xl/sharedStrings.xml, which is missing; " + RESAVE,
        ),
        (
            _string_past_the_end,
            "t.xlsx is damaged: cell 'Jobs'!A2 refers to shared string 99999, which does not "
            "exist (xl/sharedStrings.xml holds 7); " + RESAVE,
        ),
        # read as an empty sheet, and the refusal named another sheet (F12)
        (
            _utf16,
            't.xlsx: its sheet "Jobs" (xl/worksheets/sheet1.xml) is stored as UTF-16 XML, which '
            "this tool does not read; nothing was written. Open it in Excel and save it again "
            "(Excel writes UTF-8).",
        ),
    ],
)
def test_a_damaged_sheet_is_named_as_it_is_read(
    tmp_path: Path, damage: Callable[[dict[str, bytes]], None], message: str
) -> None:
    path = _two_sheets(tmp_path / "t.xlsx", damage)
    with pytest.raises(UnsupportedFile) as error:
        read_trackers(path, OPTIONS)
    assert str(error.value) == message


# ---------------------------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------------------------


SEMICOLON_CRLF = "Company;Position;Interview Date\r\nBéta;Dev;03/11/2026\r\n;;\r\nC;PM;x\r\n"
TABS = "Company\tPosition\tInterview Date\nBéta\tDev\t03/11/2026\n\t\t\nC\tPM\tx\n"
QUOTED = '"Company","Position","Interview Date"\n"Béta","Dev","03/11/2026"\n,,\n"C","PM","x"'


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"\xef\xbb\xbf" + SEMICOLON_CRLF.encode(), "utf-8"),  # BOM
        (SEMICOLON_CRLF.encode("cp1252"), "cp1252"),
        (TABS.encode(), "utf-8"),
        (QUOTED.encode(), "utf-8"),
    ],
)
def test_csv_variants(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "jobs.csv"
    path.write_bytes(data)
    table = read_one(path)
    assert (table.kind, table.sheet, table.header_row, table.default_client) == (
        "csv",
        None,
        1,
        "jobs",
    )
    assert table.csv is not None and table.csv.fmt.encoding == encoding
    assert list(table.cells.index) == [2, 4]
    assert table.cells.loc[2].tolist() == ["Béta", "Dev", "03/11/2026"]


def test_csv_header_under_a_title_uses_record_numbers(tmp_path: Path) -> None:
    path = tmp_path / "jobs.csv"
    path.write_text(
        "Exported 2026-11-20\n\nEmployer,Role,Date\nA,Dev,2026-11-03\n", encoding="utf-8"
    )
    table = read_one(path)
    assert table.header_row == 3
    assert list(table.cells.index) == [4]


GENERIC_FIX = (
    "Add a Date Applied column (the day you applied) or an Interview Date column, or map your "
    'date column: --map "Header=applied_at" for the day you applied, --map '
    '"Header=interview_at" for the interview\'s.'
)


DATED_FIX = (
    '"{0}" holds dates: map it with --map "{0}=applied_at" if they are the days you applied, '
    '--map "{0}=interview_at" if the interviews\'; or add a Date Applied or Interview Date '
    "column."
)


@pytest.mark.parametrize(
    ("header", "fix", "field"),
    [
        ("Note", DATED_FIX.format("Note"), "applied_at"),
        # A typo of a date column's header: that column, and its field (ot44 F3: it was told
        # to map it as the date applied, and every row was then "in the future").
        (
            "Interveiw Date",
            '"Interveiw Date" looks like Interview Date: fix the header, or map it with --map '
            '"Interveiw Date=interview_at".',
            "interview_at",
        ),
        (
            "Intervew date",
            '"Intervew date" looks like Interview Date: fix the header, or map it with --map '
            '"Intervew date=interview_at".',
            "interview_at",
        ),
        (
            "Aplied On",
            '"Aplied On" looks like Applied On: fix the header, or map it with --map '
            '"Aplied On=applied_at".',
            "applied_at",
        ),
        (
            "Date Aplied",
            '"Date Aplied" looks like Date Applied: fix the header, or map it with --map '
            '"Date Aplied=applied_at".',
            "applied_at",
        ),
        # A header that says interview is never offered as the date applied.
        (
            "Interview slot",
            'Add an Interview Date column, or if "Interview slot" holds the interviews\' dates, '
            'map it with --map "Interview slot=interview_at".',
            "interview_at",
        ),
        (
            "Next Interveiw",
            '"Next Interveiw" looks like Next Interview: fix the header, or map it with --map '
            '"Next Interveiw=interview_at".',
            "interview_at",
        ),
        # ... in every language whose headers are read (a German, Spanish, Polish and
        # Swedish typo was told to add a column).
        *(
            (
                header,
                f'"{header}" looks like {known}: fix the header, or map it with --map '
                f'"{header}={field}".',
                field,
            )
            for header, known, field in (
                ("Intervew Datum", "Interviewdatum", "interview_at"),
                ("Fecha de entrevsta", "Fecha de entrevista", "interview_at"),
                ("Data rozmowi", "Data rozmowy", "interview_at"),
                ("Ansökningsdatun", "Ansökningsdatum", "applied_at"),
                ("Bewerbungsdatm", "Bewerbungsdatum", "applied_at"),
            )
        ),
        # Headers of no date: no false hint from the header; its dates are named (ot113 F9:
        # the split Trello export was told "Header=" beside its "Due Date" of dates).
        ("Kommentar", DATED_FIX.format("Kommentar"), "applied_at"),
        ("Gehalt", DATED_FIX.format("Gehalt"), "applied_at"),
        ("Rate", DATED_FIX.format("Rate"), "applied_at"),  # one letter from "Date"
        ("Due Date", DATED_FIX.format("Due Date"), "applied_at"),
        # ... but not a decision's (a typo of its header), nor notes about an interview ...
        ("Entscheidng bis", GENERIC_FIX, None),
        ("Interview notes", GENERIC_FIX, None),
        # ... nor when a record last changed, which is never the day applied.
        ("Updated", GENERIC_FIX, None),
        ("Last Activity Date", GENERIC_FIX, None),
    ],
)
def test_csv_without_a_date_column_is_told_which_would_do(
    tmp_path: Path, header: str, fix: str, field: str | None
) -> None:
    path = tmp_path / "jobs.csv"
    path.write_text(f"Company,Role,{header}\nAcme,Analyst,2026-12-01\n", encoding="utf-8")
    with pytest.raises(TrackerNotFound) as error:
        read_trackers(path, OPTIONS)
    assert str(error.value) == (
        f"jobs.csv is an application log without dates (Company, Role, {header}): nothing can "
        f"be scheduled without one. {fix}"
    )
    if field is not None:  # the map it offers reads the column as that date
        options = ReadOptions(column_map={header: field})
        (table,) = read_trackers(path, options)
        assert table.cells[field].tolist() == ["2026-12-01"]


# ot106 F2: a --map whose header the file lacks ("Mett" beside "Met") was said in a note when
# the file could be read, and not at all when it could not, where it is the likely cause. The
# refusal now ends with it and the header it is a letter or two from, as a dataset's refusal
# and a read file's note say it (one ``did_you_mean``). A config's [columns] mapping is said
# only when a header is that close: a coach's mapping for another client's export is no news.
NO_DATES = (
    "is an application log without dates (Company, Job, Met, Who): nothing can be scheduled "
    'without one. "Met" holds dates: map it with --map "Met=applied_at" if they are the days '
    'you applied, --map "Met=interview_at" if the interviews\'; or add a Date Applied or '
    "Interview Date column."
)
UNUSED_MAPS = {
    "typo on the command line": (
        {"Mett": "interview_at"},
        True,
        ' --map "Mett=interview_at" is not used: no column is headed "Mett" (did you mean "Met"?).',
    ),
    "typo in the config": (
        {"Mett": "interview_at"},
        False,
        ' The config\'s [columns] "Mett" = "interview_at" is not used: no column is headed '
        '"Mett" (did you mean "Met"?).',
    ),
    "no header near it, on the command line": (
        {"Interview on": "interview_at"},
        True,
        ' --map "Interview on=interview_at" is not used: no column is headed "Interview on".',
    ),
    # Another client's export's header, in the config: not named in this file's refusal.
    "no header near it, in the config": ({"Interview on": "interview_at"}, False, ""),
    # "Whom" is a letter from "Who", "Salary" near none.
    "two, on the command line": (
        {"Whom": "interviewer", "Salary": "industry"},
        True,
        ' --map "Whom=interviewer" is not used: no column is headed "Whom" (did you mean '
        '"Who"?). --map "Salary=industry" is not used: no column is headed "Salary".',
    ),
    "a header the file has is not named": ({"Who": "interviewer"}, True, ""),
}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize(
    ("column_map", "typed", "said"), UNUSED_MAPS.values(), ids=list(UNUSED_MAPS)
)
def test_a_refusal_names_the_mappings_the_file_does_not_use(
    tmp_path: Path, suffix: str, column_map: dict[str, str], typed: bool, said: str
) -> None:
    rows = [["Company", "Job", "Met", "Who"], ["Foo GmbH", "Engineer", "03.11.2026", "Eva Maier"]]
    path = tmp_path / f"jobs{suffix}"
    if suffix == ".csv":
        path.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")
    else:
        write_xlsx(path, {"Jobs": rows})
    options = ReadOptions(
        column_map=column_map,
        mapped_on_command_line=frozenset(column_map) if typed else frozenset(),
    )
    with pytest.raises(TrackerNotFound) as error:
        read_trackers(path, options)
    where = "jobs.csv" if suffix == ".csv" else 'jobs.xlsx, sheet "Jobs"'
    assert str(error.value) == f"{where} {NO_DATES}{said}"


def test_a_read_files_note_says_which_header_a_mapping_is_near() -> None:
    match = match_header(1, ["Company", "Job", "Met", "Who"], header_index.HEADER_INDEX, set())
    notes = map_notes(match, {"Whoo": "interviewer", "Salary": "industry", "Met": "interview_at"})
    assert notes == [
        'Column map "Whoo=interviewer": no column is headed "Whoo" in the header row (row 1) '
        '(did you mean "Who"?); that mapping is not used here.',
        'Column map "Salary=industry": no column is headed "Salary" in the header row (row 1); '
        "that mapping is not used here.",
    ]
    # A coach's run says a config mapping once for all its trackers: both are still read.
    assert [unused_mapping(note) for note in notes] == ["Whoo=interviewer", "Salary=industry"]


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_sheet_is_left_alone_unless_named(tmp_path: Path, state: str) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    jobs = book.active
    assert jobs is not None
    jobs.title = "Jobs"
    archive = book.create_sheet("Archive")
    for sheet, company in ((jobs, "Acme"), (archive, "Old Co")):
        sheet.append(["Company", "Position", "Interview Date"])
        sheet.append([company, "Dev", "2026-11-03"])
    archive.sheet_state = state
    path = tmp_path / "t.xlsx"
    book.save(path)
    (table,) = read_trackers(path, OPTIONS)
    assert (table.sheet, table.cells["company"].tolist()) == ("Jobs", ["Acme"])
    assert table.default_client == "t"  # one tracker: the file's, not the sheet's
    assert table.notes[-1] == (
        'Hidden sheets are left alone: "Archive"; name one with --sheet to follow it up.'
    )
    (named,) = read_trackers(path, ReadOptions(sheet="Archive"))
    assert named.cells["company"].tolist() == ["Old Co"]
    # With the visible sheet no tracker, the refusal says where the tracker may be.
    book["Jobs"].delete_rows(1, 2)
    book.save(path)
    with pytest.raises(TrackerNotFound, match=r'Hidden sheets \("Archive"\) are left alone'):
        read_trackers(path, OPTIONS)


@pytest.mark.parametrize(
    "header",
    [
        # Outside test ot14 (F5): Huntr's export, left alone, and its row asked for a column.
        "First Interview Date",
        "1st Interview",
        "1st Interview Date",
        "Interview 1",
        "Interview Date 1",
        "Date of first interview",
        "Date of the 1st interview",
    ],
)
def test_a_lone_numbered_interview_column_is_the_interview_date(header: str) -> None:
    headers = ["Company", "Position", "Date Applied", header, "Offer Received"]
    match = match_header(1, headers, header_index.HEADER_INDEX, set())
    assert (match.mapping["interview_at"], match.stages, match.ignored) == (3, {}, [])


@pytest.mark.parametrize(
    ("headers", "stages"),
    [
        # Two or more stay a wide tracker's stages, the latest filled one the interview.
        (["Interview 1", "Interview 2"], {2: "other", 3: "other"}),
        (["Date of first interview", "Final Interview Date"], {2: "other", 3: "final"}),
        # A lone stage that does not say interview is not read as one (a "Phone" column).
        (["Phone"], {}),
    ],
)
def test_numbered_interview_columns_beside_others(
    headers: list[str], stages: dict[int, str]
) -> None:
    match = match_header(1, ["Company", "Position", *headers], header_index.HEADER_INDEX, set())
    assert (match.stages, "interview_at" in match.mapping) == (stages, False)


def test_numbered_interview_columns_make_a_wide_tracker(tmp_path: Path) -> None:
    headers = ["Company", "Position", "1st Interview", "2nd Interview", "Final Interview"]
    row = ["Acme", "PM", "2026-11-02", "2026-11-09", None]
    table = read_one(write_xlsx(tmp_path / "t.xlsx", {"S": [headers, row]}))
    assert table.stages == {2: "other", 3: "other", 4: "final"}
    assert "interview_at" not in table.mapping


def with_saved_values(path: Path, part: str, values: dict[str, str]) -> None:
    """Give formula cells the text Excel would have saved beside them (openpyxl saves none)."""
    import re

    with zipfile.ZipFile(path) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            if info.filename == part:
                for ref, value in values.items():
                    data = re.sub(
                        # openpyxl writes an empty value as <v></v> with lxml, else <v />
                        rf'<c r="{ref}">(<f>[^<]*</f>)<v(?:></v>| ?/>)'.encode(),
                        rf'<c r="{ref}" t="str">\1<v>{value}</v>'.encode(),
                        data,
                    )
            archive.writestr(info, data)


def test_a_view_of_the_tracker_and_an_empty_template_are_left_alone(tmp_path: Path) -> None:
    """A workbook with the tracker, an "Upcoming" sheet that shows its rows through formulas
    and a template with headers only: one tracker is read, and the others are notes, so no
    follow-up is counted twice."""
    workbook = openpyxl.Workbook()
    template = workbook.active
    template.title = "Template"
    template.append(HEADER)
    tracker = workbook.create_sheet("2026")
    tracker.append(HEADER)
    tracker.append(["Acme", "Dev", "2026-11-03"])
    tracker.append(["Beta", "PM", "2026-11-04"])
    view = workbook.create_sheet("Upcoming")
    view.append(HEADER)
    for row in (2, 3):
        view.append([f"=IF('2026'!A{row}=\"\",\"\",'2026'!A{row})", f"='2026'!B{row}", None])
    path = tmp_path / "Maya Chen.xlsx"
    workbook.save(path)
    with_saved_values(path, "xl/worksheets/sheet3.xml", {"A2": "Acme", "B2": "Dev"})
    with_saved_values(path, "xl/worksheets/sheet3.xml", {"A3": "Beta", "B3": "PM"})
    (table,) = read_trackers(path, OPTIONS)
    # A sheet named for a year is the file's client's tracker (``read.sheet_names``).
    assert (table.sheet, table.default_client, len(table.cells)) == ("2026", "Maya Chen", 2)
    assert table.notes[-2:] == [
        'Sheet "Template" is a template (the tracker\'s headers, no rows); it is left alone.',
        'Sheet "Upcoming" shows the rows of sheet "2026" through formulas; it is left alone, so '
        "each follow-up is counted once.",
    ]
    # Named with --sheet, a view is read like any sheet.
    (named,) = read_trackers(path, ReadOptions(sheet="Upcoming"))
    assert named.cells["company"].tolist() == ["Acme", "Beta"]


def test_sheets_with_formulas_of_their_own_are_trackers(tmp_path: Path) -> None:
    """Company cells that look a name up in a list sheet are not a view of another tracker."""
    workbook = openpyxl.Workbook()
    ann = workbook.active
    ann.title = "Ann"
    ann.append(HEADER)
    ann.append(["=Companies!A1", "Dev", "2026-11-03"])
    bob = workbook.create_sheet("Bob")
    bob.append(HEADER)
    bob.append(["Beta", "PM", "2026-11-04"])
    workbook.create_sheet("Companies").append(["Acme"])
    path = tmp_path / "coach.xlsx"
    workbook.save(path)
    with_saved_values(path, "xl/worksheets/sheet1.xml", {"A2": "Acme"})
    tables = read_trackers(path, OPTIONS)
    assert [(t.sheet, t.default_client) for t in tables] == [("Ann", "Ann"), ("Bob", "Bob")]


def test_an_applied_column_of_yes_no_marks_is_has_applied(tmp_path: Path) -> None:
    """Yes/no marks are no applied date, but they say which postings were applied to (ot132
    F2): the column is read as Has Applied, not left alone."""
    headers = ["Company", "Position", "Interview Date", "Applied (Y/N)"]
    rows = [headers, ["a", "b", "2026-11-03", "Y"]]
    table = read_one(write_xlsx(tmp_path / "t.xlsx", {"S": rows}))
    assert table.mapping == {"company": 0, "position": 1, "interview_at": 2, "applied": 3}


@pytest.mark.parametrize(
    "header",
    [
        "Notes (private)",  # its text would be quoted to the interviewer
        "Name (Hiring Manager)",  # the client, signing the drafts
        "Email (personal)",
        "Type (Remote/Onsite)",
        "Company (Agency)",
        "Interview Date (1st round)",
        "Date (posted)",
    ],
)
def test_words_in_brackets_say_what_a_column_is_not_a_format_to_skip(
    tmp_path: Path, header: str
) -> None:
    headers = ["Company", "Position", "Interview Date", header]
    table = read_one(write_xlsx(tmp_path / "t.xlsx", {"S": [headers, ["a", "b", "2026-11-03"]]}))
    assert table.mapping == {"company": 0, "position": 1, "interview_at": 2}
    assert table.ignored == [header]


def test_a_header_read_through_its_format_hint_yields_to_the_field_itself(tmp_path: Path) -> None:
    headers = ["Company", "Position", "Interview Date (MM/DD/YYYY)", "Interview Date"]
    table = read_one(write_xlsx(tmp_path / "t.xlsx", {"S": [headers, ["a", "b", "x", "y"]]}))
    assert table.mapping["interview_at"] == 3


def test_an_upcoming_interview_yields_to_the_interview_that_happened(tmp_path: Path) -> None:
    headers = ["Company", "Position", "Next Interview", "Date Interviewed"]
    table = read_one(write_xlsx(tmp_path / "t.xlsx", {"S": [headers, ["a", "b", "x", "y"]]}))
    assert table.mapping["interview_at"] == 3


def test_a_sheet_built_by_formulas_with_data_of_its_own_is_a_tracker(tmp_path: Path) -> None:
    """A client's sheet that pulls company and role from a master sheet by formula but keeps
    its own sent dates is followed up, not skipped as a view (its sends were lost)."""
    workbook = openpyxl.Workbook()
    master = workbook.active
    master.title = "Master"
    master.append(HEADER)
    master.append(["Acme", "Dev", "2026-11-03"])
    client = workbook.create_sheet("Ann")
    client.append([*HEADER, "Thank-you Sent"])
    client.append(["=Master!A2", "=Master!B2", "=Master!C2", "2026-11-04"])
    path = tmp_path / "coach.xlsx"
    workbook.save(path)
    with_saved_values(path, "xl/worksheets/sheet2.xml", {"A2": "Acme", "B2": "Dev"})
    with_saved_values(path, "xl/worksheets/sheet2.xml", {"C2": "2026-11-03"})
    assert [t.sheet for t in read_trackers(path, OPTIONS)] == ["Master", "Ann"]


def test_a_new_clients_empty_sheet_is_kept_and_the_others_keep_their_names(
    tmp_path: Path,
) -> None:
    """In a workbook of a sheet per client, a client's sheet with no rows yet is kept, not
    left alone as a template: the others' rows stayed theirs only when it was kept. Without
    rows it names no client yet (the file's), so the Summary shows no block of zeros for it."""
    sheets = {"Ann": [HEADER, ["A", "Dev", "2026-11-03"]], "Bob": [HEADER]}
    tables = read_trackers(write_xlsx(tmp_path / "coach.xlsx", sheets), OPTIONS)
    assert [(t.sheet, t.default_client, len(t.cells)) for t in tables] == [
        ("Ann", "Ann", 1),
        ("Bob", "coach", 0),
    ]


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("E2", {2: "mailto:dana@acme.com"}),
        ("E2:E3", {2: "mailto:dana@acme.com", 3: "mailto:dana@acme.com"}),  # one link, two cells
        ("D2", {}),  # on the Interviewer cell: not an Interviewer Email's
        ("E1", {}),  # on the header
    ],
)
def test_mailto_links_on_interviewer_email_cells(
    tmp_path: Path, ref: str, expected: dict[int, str]
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Company", "Position", "Interview Date", "Interviewer", "Interviewer Email"])
    sheet.append(["Acme", "Dev", dt.date(2026, 11, 5), "Dana Ortiz", "Email Dana"])
    sheet.append(["Initech", "Dev", dt.date(2026, 11, 6), "Dana Ortiz", "Email Dana"])
    sheet["A2"].hyperlink = "https://acme.com"  # not a mail link: never read
    sheet["E2"].hyperlink = "mailto:dana@acme.com"
    book.save(tmp_path / "made.xlsx")
    # The link's cells as written in the sheet, ranges included (openpyxl writes one cell).
    with (
        zipfile.ZipFile(tmp_path / "made.xlsx") as made,
        zipfile.ZipFile(tmp_path / "t.xlsx", "w") as out,
    ):
        for item in made.infolist():
            data = made.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'ref="E2" r:id', f'ref="{ref}" r:id'.encode())
            out.writestr(item, data)
    (raw,) = read_trackers(tmp_path / "t.xlsx", ReadOptions())
    assert raw.email_links == expected
