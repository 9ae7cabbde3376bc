"""Headers as people shorten them (outside test ot11, findings F3 and F7): "Thx sent?",
"Interview w/" and "Rec. email" are the thank-you, the interviewer and the address; a sent
column's word after its name may be in another language than the name ("Follow-up 1 am"); and
a filled column left alone whose header looks like one of these is said in a plain run."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from trackers import field_of, write_xlsx

from followup_batch.cli import main
from followup_batch.read import header_index
from followup_batch.read.header_keys import header_key
from followup_batch.read.headers import match_header

BASE = ["Company", "Position", "Interview Date"]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        # The tester's headers, left alone before.
        ("Thx sent?", "thank_you_sent"),
        ("Interview w/", "interviewer"),
        ("Rec. email", "interviewer_email"),
        # Their family.
        ("Thx", "thank_you_sent"),
        ("Thx note", "thank_you_sent"),
        ("Thx email sent", "thank_you_sent"),
        ("Thanks sent", "thank_you_sent"),
        ("Thanks (date)", "thank_you_sent"),
        ("Thanked?", "thank_you_sent"),
        ("Sent thx", "thank_you_sent"),
        ("Interview with", "interviewer"),
        ("Interviewed w/", "interviewer"),
        ("Interviewer name(s)", "interviewer"),
        ("Met w/", "interviewer"),
        ("Spoke w/", "interviewer"),
        ("Recruiter contact", "interviewer"),
        ("HR contact", "interviewer"),
        ("Rec email", "interviewer_email"),
        ("Recruiter's e-mail", "interviewer_email"),
        ("HR email", "interviewer_email"),
        ("Email address", "interviewer_email"),
        ("Interviewer email address", "interviewer_email"),
        # F7: the word after (or before) a sent column's name in any of the languages.
        ("Follow-up 1 am", "check_in_1_sent"),
        ("1. Follow-up am", "check_in_1_sent"),
        ("Follow-up 2 verschickt am", "check_in_2_sent"),
        ("TY envoyé le", "thank_you_sent"),
        ("Final follow-up enviado", "final_sent"),
        ("Datum Networking touch", "networking_sent"),
        ("Dankesschreiben sent", "thank_you_sent"),
    ],
)
def test_a_shorthand_header_is_its_field(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(
    ("header", "field"),
    [
        # Read before and as before.
        ("Thank-you?", "thank_you_sent"),
        ("Thank you sent?", "thank_you_sent"),
        ("TY note", "thank_you_sent"),
        ("Interviewed by", "interviewer"),
        ("Interviewer(s)", "interviewer"),
        ("Recruiter email", "interviewer_email"),
        ("Follow-up 1 sent", "check_in_1_sent"),
        ("Dankesschreiben am", "thank_you_sent"),
        # Still not a sent column in any language: a due date, a third follow-up.
        ("Follow-up 1 due", None),
        ("Follow-up 3 am", None),
        ("Interview notes", None),
    ],
)
def test_headers_read_before_are_read_the_same(header: str, field: str | None) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(
    ("headers", "chosen"),
    [
        # A header all in English beats one that mixes in another language's word.
        (["Follow-up 1 am", "Follow-up 1 sent"], "Follow-up 1 sent"),
        (["Thx am", "Thx sent"], "Thx sent"),
    ],
)
def test_an_english_header_beats_a_mixed_one(headers: list[str], chosen: str) -> None:
    match = match_header(1, [*BASE, *headers], header_index.HEADER_INDEX, set())
    field = header_index.HEADER_INDEX[header_key(chosen)]
    assert match.mapping[field] == len(BASE) + headers.index(chosen)


# The tester's Anna Lopez and Dmitri Ivanov, cut down: the thank-you marked x, a name and an
# address under their shorthand headers.
HEADERS = [*BASE, "Interview w/", "Rec. email", "Thx sent?"]
ROWS = [
    ["Hooli", "Analyst", "2026-12-01", "Dana Ortiz", "dana@hooli.example", "x"],
    ["Initech", "Engineer", "2026-12-09", "Bill Lumbergh", "bill@initech.example", None],
]


def test_the_testers_tracker_is_followed_with_its_people_and_thanks(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "Anna Lopez.xlsx", {"Jobs": [HEADERS, *ROWS]})
    out = tmp_path / "out.xlsx"
    result = CliRunner().invoke(
        main, ["run", str(path), "--as-of", "2026-12-10", "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "note:" not in result.output
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    got = {
        row[0]: (row[header.index("Next action")], row[header.index("Draft")].split(",")[0])
        for row in sheet.iter_rows(min_row=2, values_only=True)
    }
    assert got == {
        "Hooli": ("1st check-in", "Hi Dana"),
        "Initech": ("Thank-you note", "Hi Bill"),
    }


FIELDS = "thank_you_sent, check_in_1_sent, check_in_2_sent, final_sent, networking_sent or "
LIKE = {
    "email": ("Interviewer Email", "the addresses of the people to write to", "interviewer_email"),
    "names": ("Interviewer", "the names of the people you met", "interviewer"),
}


# A misspelt header of a field no column is read as, in any language: (the header it looks
# like, the field's).
TYPOS = {
    "Entscheidng bis": ("Entscheidung bis", "Decision Date", "stated_decision"),
    "Beslut senats": ("Beslut senast", "Decision Date", "stated_decision"),
    "Termin decyzij": ("Termin decyzji", "Decision Date", "stated_decision"),
    "Fecha de desición": ("Fecha de decisión", "Decision Date", "stated_decision"),
    "Senority": ("Seniority", "Seniority", "seniority"),
    "Bransh": ("Bransch", "Industry", "industry"),
    "Gesprächsrt": ("Gesprächsart", "Interview Type", "interview_type"),
}


def note(kind: str, header: str, column: str = "D") -> str:
    """The plain run's note on a left-alone column: ``sent`` looking, like ``LIKE[kind]``, or a
    ``typo`` of a header in ``TYPOS``."""
    start = f'note: Maya Chen.xlsx [Jobs]: column {column} "{header}" is not read: '
    if kind == "typo":
        known, label, field = TYPOS[header]
        return (
            f"{start}it looks like {known} and no column is read as {label}; fix the header, "
            f'or map it with --map "{header}={field}"'
        )
    if kind == "sent":
        return (
            f"{start}no column the tool reads is headed so; if it holds the days messages were "
            f'sent, map it with --map "{header}=FIELD" (FIELD: {FIELDS}application_check_in_sent)'
        )
    label, holds, field = LIKE[kind]
    return (
        f"{start}no column the tool reads is headed so, and none is read as {label}; if it "
        f'holds {holds}, map it with --map "{header}={field}"'
    )


@pytest.mark.parametrize(
    ("header", "cells", "notes"),
    [
        # Sent-looking words the notes did not know: thanked, thank, thx, sent.
        ("Thanked interviewer?", ["x", None], ["sent"]),
        ("Sent?", ["2026-10-20", None], ["sent"]),
        ("Thx 2", ["x", None], ["sent"]),
        # What went with an application is no follow-up.
        ("CV sent", ["x", "x"], []),
        # A header like the address's or the interviewer's, of a field no column is read as.
        ("Intvw email", ["ann@acme.example", None], ["email"]),
        ("Panel w/", ["Ann Lee; Bo Chan", "Dana Ortiz"], ["names"]),
        ("Recruiter first name", ["Ann", None], ["names"]),
        # ... unless its cells hold something else, or it holds notes.
        ("Intvw email", ["asked for a call", None], []),
        ("Recruiter phone", ["+1 555 0100", None], []),
        ("Interviewer notes", ["liked the roadmap", None], []),
        ("Location", ["Zoom", "Berlin"], []),
        ("Referral contact", ["Ann Lee", None], []),
        ("Referred by", ["Ann Lee", None], []),
        # Empty: nothing to lose.
        ("Intvw email", [None, None], []),
        # A header of another field misspelt, in any language: left alone in silence, the
        # date the employer gave was passed over.
        *(
            (header, ["2026-11-20", None], ["typo"])
            for header in TYPOS
            if "Decision" in TYPOS[header][1]
        ),
        ("Senority", ["Senior", None], ["typo"]),
        ("Bransh", ["Bank", None], ["typo"]),
        ("Gesprächsrt", ["Telefon", None], ["typo"]),
        # ... but not a real column a letter from a header: a contract is no contact, where
        # ("Ort") no kind ("Art") of interview; nor one no header is near.
        ("Contract", ["Full-time", None], []),
        ("Ort des Gesprächs", ["München", None], []),
        # ... nor in one word (ot50-F3): where is no kind, a place no interviewer.
        ("Gesprächsort", ["Stuttgart, Zentrale", None], []),
        ("Interviewort", ["München", None], []),
        ("Arbeitsart", ["Vollzeit", None], []),
        ("Kommentar", ["gut", None], []),
        ("Gehalt", ["80k", None], []),
        ("Salary", ["120k", None], []),
        ("Interviews", ["2", None], []),
    ],
)
def test_a_left_alone_column_like_a_field_is_said_in_a_plain_run(
    tmp_path: Path, header: str, cells: list[str | None], notes: list[str]
) -> None:
    rows = [
        ["Acme", "Analyst", "2026-10-14", cells[0]],
        ["Initech", "Engineer", "2026-10-15", cells[1]],
    ]
    path = write_xlsx(tmp_path / "Maya Chen.xlsx", {"Jobs": [[*BASE, header], *rows]})
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", "2026-11-02", "--dry-run"])
    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if line.startswith("note: ")]
    said = [line for line in said if ": a run would add " not in line]  # a first dry run's
    assert said == [note(kind, header) for kind in notes]


def test_a_field_is_said_once_and_not_when_a_column_is_read_as_it(tmp_path: Path) -> None:
    headers = [*BASE, "Intvw email", "Panel email", "Recruiter first name", "Interviewer"]
    headers.append("Ref email")
    rows = [
        ["Acme", "Analyst", "2026-10-14", "a@acme.example", "b@acme.example", "Ann", "Bo", None],
        ["Initech", "Engineer", "2026-10-15", None, None, None, None, "c@initech.example"],
    ]
    path = write_xlsx(tmp_path / "Maya Chen.xlsx", {"Jobs": [headers, *rows]})
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", "2026-11-02", "--dry-run"])
    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if line.startswith("note: ")]
    said = [line for line in said if ": a run would add " not in line]  # a first dry run's
    # "Recruiter first name" is beside a column read as the Interviewer: not said.
    assert said == [note("email", "Intvw email")]
