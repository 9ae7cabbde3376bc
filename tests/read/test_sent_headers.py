"""The user's own sent columns under the headers people write (outside test ot8, finding 1):
"First follow-up sent" and "Follow-up 1 date" are the check-in column as "First follow-up"
is, and a column that looks like one but is not read is said in a plain run."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from trackers import field_of, write_xlsx

from followup_batch.cli import main
from followup_batch.read import header_index, lookalike_headers, sent_headers, stage_headers
from followup_batch.read.header_keys import header_key
from followup_batch.read.headers import match_header
from followup_batch.write.columns import OWNED_COLUMNS

BASE = ["Company", "Position", "Interview Date"]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        # The tester's headers, left alone before.
        ("First follow-up sent", "check_in_1_sent"),
        ("Second follow-up sent", "check_in_2_sent"),
        ("1st follow-up sent", "check_in_1_sent"),
        ("Follow-up 1 date", "check_in_1_sent"),
        ("Check-in 1", "check_in_1_sent"),
        ("Check in 2", "check_in_2_sent"),
        ("Followed up (1st)", "check_in_1_sent"),
        ("FU1", "check_in_1_sent"),
        ("Final follow-up date", "final_sent"),
        # Numbering and spelling: 1st / first / #1 / 1; follow-up / follow up / followup /
        # check-in / check in / checkin / FU; sent, date, on, (date), date of.
        ("Follow up #2 sent on", "check_in_2_sent"),
        ("Followup 2 (date)", "check_in_2_sent"),
        ("2nd checkin", "check_in_2_sent"),
        ("Second check-in sent", "check_in_2_sent"),
        ("Check-in #1 date", "check_in_1_sent"),
        ("FU 2 sent", "check_in_2_sent"),
        ("Date of first follow-up", "check_in_1_sent"),
        ("First check in sent on", "check_in_1_sent"),
        ("Final check-in sent", "final_sent"),
        ("Closing follow-up date", "final_sent"),
        ("Thank-you sent on", "thank_you_sent"),
        ("Thank you (date)", "thank_you_sent"),
        ("Thank-you note date", "thank_you_sent"),
        ("TY date", "thank_you_sent"),
        ("Networking touch", "networking_sent"),
        ("Last networking touch date", "networking_sent"),
        ("Networking check-in sent", "networking_sent"),
        ("Followed up on", "application_check_in_sent"),
        ("Application check-in date", "application_check_in_sent"),
        ("Application follow-up sent on", "application_check_in_sent"),
        ("Follow-up sent on", "application_check_in_sent"),
        # The six other languages, where the thank-you has a header of its own.
        ("Dankesschreiben am", "thank_you_sent"),
        ("Datum Dankesschreiben", "thank_you_sent"),
        ("Dankesschreiben verschickt", "thank_you_sent"),
        ("Remerciement envoyé le", "thank_you_sent"),
        ("Date du remerciement", "thank_you_sent"),
        ("Fecha de agradecimiento", "thank_you_sent"),
        ("Agradecimiento enviado el", "thank_you_sent"),
        ("Data do agradecimento", "thank_you_sent"),
        ("Agradecimento enviado em", "thank_you_sent"),
        ("Bedankmail verzonden op", "thank_you_sent"),
        ("Datum bedankmail", "thank_you_sent"),
        ("Data del ringraziamento", "thank_you_sent"),
        ("Ringraziamento inviato il", "thank_you_sent"),
        # As before.
        ("First follow-up", "check_in_1_sent"),
        ("Follow-up #1", "check_in_1_sent"),
        ("1st Check-in Sent", "check_in_1_sent"),
        ("Follow up 1 sent", "check_in_1_sent"),
        # A question whose words say sent or when asks "did I send it?" (ot47 F8).
        ("Thx sent?", "thank_you_sent"),
        ("Thank You Sent?", "thank_you_sent"),
        ("Followed up?", "application_check_in_sent"),
        ("Follow-up 1 date?", "check_in_1_sent"),
        ("Thank you?", "thank_you_sent"),  # ticked once sent, the day after the interview
    ],
)
def test_a_sent_header_is_its_field(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(
    "header",
    [
        # Due dates, not sent ones: the user's, and the tool's own columns.
        "Follow-up 1 due",
        "Next follow-up",
        "Next check-in",
        "Follow-up date",  # as often the day planned as the day sent
        *OWNED_COLUMNS.values(),
        # Not which message: the latest one, or a third the tool does not send.
        "Last follow-up",
        "Follow-up 3 sent",
        "Chased",
        # "Final" alone is a wide tracker's stage column.
        "Final date",
        "Follow-up notes",
        # A question of what to do: a plan or a to-do, a template's checkbox (ot47 F8).
        "Follow up?",
        "Follow-up?",
        "Check-in 2?",
        "Networking?",
    ],
)
def test_not_a_sent_header(header: str) -> None:
    assert field_of(header) is None


def notes_said(output: str) -> list[str]:
    """The notes a run says without -v, but for its drafts being unsigned ("t.csv" is nobody's
    name): the notes these tests are about."""
    return [
        line
        for line in output.splitlines()
        if line.startswith("note: ") and "drafts are unsigned" not in line
    ]


def test_no_sent_header_is_another_fields_or_a_stage() -> None:
    """The headers made of the sent names are read as their field, not taken from another."""
    for name in sent_headers.SENT_NAMES:
        for language in sent_headers.SENT_WORDS:
            for header in sent_headers.sent_headers(name, language):
                key = header_key(header)
                assert header_index.HEADER_INDEX[key] == name, header
                assert key not in stage_headers.STAGE_HEADERS, header


@pytest.mark.parametrize("words", [("en",), tuple(sent_headers.SENT_WORDS)])
def test_sent_keys_are_the_keys_of_the_sent_headers(words: tuple[str, ...]) -> None:
    """The index keys the made headers by joining the keys of name and word: the same keys as
    keying each header, in the same order (a key that folded across characters would differ)."""
    for name in sent_headers.SENT_NAMES:
        for language in sent_headers.SENT_WORDS:
            headers = sent_headers.sent_headers(name, language, words)
            keys = tuple(header_key(header) for header in headers)
            assert sent_headers._sent_keys(name, language, words) == keys, (name, language)


@pytest.mark.parametrize(
    ("headers", "chosen"),
    [
        # The canonical header beats the made one; a specific one beats a generic one; an
        # English one beats one in another language.
        (["Check-in 1 Sent", "First follow-up sent"], "Check-in 1 Sent"),
        (["Follow-up sent on", "Application follow-up date"], "Application follow-up date"),
        (["Dankesschreiben am", "Thank-you date"], "Thank-you date"),
    ],
)
def test_which_of_two_sent_headers_is_read(headers: list[str], chosen: str) -> None:
    match = match_header(1, [*BASE, *headers], header_index.HEADER_INDEX, set())
    field = header_index.HEADER_INDEX[header_key(chosen)]
    assert match.mapping[field] == len(BASE) + headers.index(chosen)


# Outside test ot13, finding 17: the check-ins and thank-yous of the six other languages,
# left alone in silence before.
@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Relance 1 envoyée le", "check_in_1_sent"),
        ("Relance 2 envoyée le", "check_in_2_sent"),
        ("2e relance envoyée", "check_in_2_sent"),
        ("Première relance", "check_in_1_sent"),
        ("Relance n°1", "check_in_1_sent"),
        ("Date de la 1re relance", "check_in_1_sent"),
        ("Suivi 1 envoyé le", "check_in_1_sent"),
        ("Seguimiento 1 enviado", "check_in_1_sent"),
        ("Segundo seguimiento enviado el", "check_in_2_sent"),
        ("Fecha del 1er seguimiento", "check_in_1_sent"),
        ("Recordatorio 2 enviado", "check_in_2_sent"),
        ("Nachfass 1 gesendet", "check_in_1_sent"),
        ("1. Nachfrage gesendet", "check_in_1_sent"),
        ("Nachfassen 2 am", "check_in_2_sent"),
        ("Zweite Nachfrage verschickt", "check_in_2_sent"),
        ("Erinnerung 1 am", "check_in_1_sent"),
        ("Sollecito 1 inviato", "check_in_1_sent"),
        ("Secondo sollecito inviato il", "check_in_2_sent"),
        ("Herinnering 1 verstuurd", "check_in_1_sent"),
        ("Tweede opvolging op", "check_in_2_sent"),
        ("Acompanhamento 1 enviado", "check_in_1_sent"),
        ("2º acompanhamento enviado em", "check_in_2_sent"),
        ("Remerciement envoyé", "thank_you_sent"),
        ("Mail de remerciement envoyé le", "thank_you_sent"),
        ("Dankesmail gesendet", "thank_you_sent"),
        ("Dankes-E-Mail am", "thank_you_sent"),
        ("Agradecimiento enviado", "thank_you_sent"),
        ("Correo de agradecimiento enviado", "thank_you_sent"),
        ("Email di ringraziamento inviato", "thank_you_sent"),
        ("Bedankje verstuurd", "thank_you_sent"),
        ("Merci envoyé", "thank_you_sent"),
        # Outside test ot146 F7: the final follow-up, left alone in these languages.
        ("Finale Nachfrage gesendet", "final_sent"),
        ("Abschließende Nachfrage", "final_sent"),
        ("Finale Erinnerung am", "final_sent"),
        ("Relance finale envoyée", "final_sent"),
        ("Relance finale envoyée le", "final_sent"),
        ("Seguimiento final enviado", "final_sent"),
        ("Acompanhamento final enviado", "final_sent"),
        ("Sollecito finale inviato", "final_sent"),
        # ... and German seniority.
        ("Seniorität", "seniority"),
    ],
)
def test_a_sent_header_in_another_language_is_its_field(header: str, field: str) -> None:
    assert field_of(header) == field


@pytest.mark.parametrize(
    ("header", "looks"),
    [
        # Not read (no number, or a third), so said in every run.
        ("Relance 3", True),
        ("Relance 3 envoyée", True),
        ("Seguimiento 3 enviado", True),
        ("3. Nachfrage", True),
        ("Erinnerung 3 gesendet", True),
        ("Sollecito 3", True),
        ("3. takip gönderildi", True),
        ("Son takip gönderildi", True),
        # A plan, a note or an application's papers, not a message sent: no note.
        ("Prochaine relance", False),
        ("Relance prévue", False),
        ("Nachfrage fällig", False),
        ("Próximo seguimiento", False),
        ("CV envoyé", False),
        ("Bewerbung gesendet", False),
        ("Suivi", False),
        ("Commercial", False),
        ("Sonraki takip gönderildi", False),  # Turkish: the next one
        ("Takip", False),
        ("Takip notları", False),
    ],
)
def test_a_header_in_another_language_looks_sent(header: str, looks: bool) -> None:
    assert field_of(header) is None
    assert lookalike_headers.looks_sent(header) is looks


@pytest.mark.parametrize(
    ("header", "latest"),
    [("Son takip gönderildi", True), ("Dernière relance", True), ("3. takip gönderildi", False)],
)
def test_a_header_of_the_latest_message_asks_for_a_column_per_message(
    header: str, latest: bool
) -> None:
    assert lookalike_headers.looks_latest(header) is latest


def test_a_french_tracker_s_sent_check_in_is_not_drafted_again(tmp_path: Path) -> None:
    """The tester's fr.csv: the 1st check-in sent on 18 Feb, so the 2nd is due, worded as a
    second one."""
    path = tmp_path / "fr.csv"
    path.write_text(
        "Entreprise,Poste,Date d'entretien,Remerciement envoyé,Relance 1 envoyée le,"
        "Relance 2 envoyée le\nAcme,Dev,2026-02-10,2026-02-10,2026-02-18,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main, ["run", str(path), "--as-of", "2026-03-04", "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert (row["Next action"], row["Next due"]) == ("2nd check-in", "2026-03-03")
    assert "after the 1st check-in (sent Wed 2026-02-18)" in row["Why"]
    assert "checking in again" in row["Draft"]


def test_an_unread_french_chase_column_is_said_in_a_plain_run(tmp_path: Path) -> None:
    path = tmp_path / "fr.csv"
    path.write_text(
        "Entreprise,Poste,Date d'entretien,Relance 3 envoyée,Prochaine relance\n"
        "Acme,Dev,2026-02-10,2026-03-02,2026-03-09\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", "2026-03-04", "--dry-run"])
    assert result.exit_code == 0, result.output
    notes = notes_said(result.output)
    assert notes == [
        'note: fr.csv: column D "Relance 3 envoyée" is not read: no column the tool reads '
        "is headed so; if it holds the days messages were sent, map it with --map "
        '"Relance 3 envoyée=FIELD" (FIELD: thank_you_sent, check_in_1_sent, '
        "check_in_2_sent, final_sent, networking_sent or application_check_in_sent)",
        # No place, French headers: the default US calendar is said too (ot101 F13).
        "note: fr.csv: no country given: the holidays used are the United States' (the "
        'default); add a Country column, or set country = "FR" in the config (France, as the '
        "headers are French; for another country its two-letter code)",
    ]


@pytest.mark.parametrize("header", [*OWNED_COLUMNS.values(), "Follow-up 1 due", "My score"])
def test_a_due_or_own_header_does_not_look_sent(header: str) -> None:
    assert not lookalike_headers.looks_sent(header)


# The tester's tracker, cut down: Globex sent its first check-in on 10-29; Soylent sent all
# three, the final on 10-13, so by 11-02 it has moved on (networking check-in 2027-01-05).
ROWS = [
    ["Globex Bank", "Analyst", "2026-10-14", "2026-10-14", "2026-10-29", None, None],
    [
        "Soylent Corp",
        "Engineer",
        "2026-09-01",
        "2026-09-01",
        "2026-09-10",
        "2026-09-24",
        "2026-10-13",
    ],
]


@pytest.mark.parametrize(
    "sent_columns",
    [
        ["Thank-you Sent", "Check-in 1 Sent", "Check-in 2 Sent", "Final Follow-up Sent"],
        [
            "Thank-you sent on",
            "First follow-up sent",
            "Second follow-up sent",
            "Final follow-up date",
        ],
        ["TY date", "Check-in 1", "Check in 2", "Final check-in"],
    ],
)
def test_sent_dates_under_any_of_these_headers_are_followed(
    tmp_path: Path, sent_columns: list[str]
) -> None:
    path = write_xlsx(tmp_path / "Maya Chen.xlsx", {"Jobs": [[*BASE, *sent_columns], *ROWS]})
    out = tmp_path / "out.xlsx"
    result = CliRunner().invoke(
        main, ["run", str(path), "--as-of", "2026-11-02", "--output", str(out), "--json"]
    )
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    got = {
        row[0]: (row[header.index("Next action")], row[header.index("Next due")].date().isoformat())
        for row in sheet.iter_rows(min_row=2, values_only=True)
    }
    assert got == {
        "Globex Bank": ("2nd check-in", "2026-11-12"),
        "Soylent Corp": ("Networking check-in", "2027-01-05"),
    }


def test_an_unread_sent_looking_column_is_said_in_a_plain_run(tmp_path: Path) -> None:
    headers = [*BASE, "Follow-up 3 sent", "Follow-up 1 due", "Chased", "Followed up again"]
    rows = [
        ["Acme", "Analyst", "2026-10-14", "2026-10-30", "2026-10-20", None, None],
        ["Initech", "Engineer", "2026-10-15", None, None, None, None],
    ]
    path = write_xlsx(tmp_path / "Maya Chen.xlsx", {"Jobs": [headers, *rows]})
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", "2026-11-02", "--dry-run"])
    assert result.exit_code == 0, result.output
    notes = notes_said(result.output)
    # Only the filled one: "Chased" and "Followed up again" are empty, "Follow-up 1 due" is a
    # due date.
    assert notes == [
        'note: Maya Chen.xlsx [Jobs]: column D "Follow-up 3 sent" is not read: no column the '
        "tool reads is headed so; if it holds the days messages were sent, map it with --map "
        '"Follow-up 3 sent=FIELD" (FIELD: thank_you_sent, check_in_1_sent, check_in_2_sent, '
        "final_sent, networking_sent or application_check_in_sent)",
        # A first dry run also says what the run would add (ot17 F8).
        "note: Maya Chen.xlsx [Jobs]: a run would add 12 columns H:S (Follow-up status … "
        "Problems); the status colours over A:B and H:S; the sheets Drafts, Summary and "
        "Calendars (hidden); it keeps the file as it is now in .followup-backups/",
    ]


LATEST = (
    "is not read: it holds the latest message sent, whichever it was, and the tool needs each "
    "message's date in its own column: Thank-you Sent, Check-in 1 Sent, Check-in 2 Sent and "
    "Final Follow-up Sent (when it holds one message's dates only, rename it to that message's "
    "header)"
)
MAPPED = (
    "is not read: no column the tool reads is headed so; if it holds the days messages were "
    'sent, map it with --map "{header}=FIELD" (FIELD: thank_you_sent, check_in_1_sent, '
    "check_in_2_sent, final_sent, networking_sent or application_check_in_sent)"
)


# Outside testers (fixmisc item 2): a column of the latest message, whichever it was, was told
# to be mapped to one message's field, which the README says it cannot be.
@pytest.mark.parametrize(
    ("header", "advice"),
    [
        ("Last follow-up", LATEST),
        ("Latest check-in", LATEST),
        ("Most recent follow-up date", LATEST),
        ("Dernière relance", LATEST),
        ("Letzte Nachfrage", LATEST),
        # The same in the other languages, with a check-in's word that alone is as often a note
        # or a plan (ot145): said as "Last follow-up" is, not left alone in silence.
        ("Último seguimiento", LATEST),
        ("ÚLTIMO SEGUIMIENTO", LATEST),
        ("Ultimo seguimiento", LATEST),
        ("Último recordatorio", LATEST),
        ("Último acompanhamento", LATEST),
        ("Última follow-up", LATEST),
        ("Ultimo follow-up", LATEST),
        ("Ultimo sollecito", LATEST),
        ("Dernier suivi", LATEST),
        ("Dernier rappel", LATEST),
        ("Letzte Erinnerung", LATEST),
        ("Laatste follow-up", LATEST),
        ("Laatste herinnering", LATEST),
        ("Laatste opvolging", LATEST),
        ("Senaste uppföljning", LATEST),
        ("Ostatnie przypomnienie", LATEST),
        # One message's column under a header the tool does not read: a map fits it.
        ("Follow-up 3 sent", MAPPED),
        ("Chased", MAPPED),
        # A typo of a sent column's header: the header it missed first (ot150).
        (
            "Chek-in 1 Sent",
            'is not read: did you mean "Check-in 1 Sent"? rename the header, or map it with '
            '--map "Chek-in 1 Sent=check_in_1_sent"',
        ),
        (
            "Thnk-you Sent",
            'is not read: did you mean "Thank-you Sent"? rename the header, or map it with '
            '--map "Thnk-you Sent=thank_you_sent"',
        ),
        (
            "Final Folow-up Sent",
            'is not read: did you mean "Final Follow-up Sent"? rename the header, or map it '
            'with --map "Final Folow-up Sent=final_sent"',
        ),
    ],
)
def test_the_note_of_an_unread_sent_column_fits_what_it_holds(
    tmp_path: Path, header: str, advice: str
) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        f"Company,Position,Interview Date,{header}\nAcme,Dev,2026-02-10,2026-02-18\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", "2026-03-04", "--dry-run"])
    assert result.exit_code == 0, result.output
    notes = notes_said(result.output)
    assert notes == [f'note: t.csv: column D "{header}" ' + advice.format(header=header)]


GSHEETS_TEMPLATE = (
    "Company,Job Role,Date Applied,Status,Thank You Sent,Follow up?\n"
    "Globex,Business Analyst,11/9/2026,Applied,FALSE,TRUE\n"
)


@pytest.mark.parametrize(
    ("given", "status", "check_says"),
    [
        # A template's "Follow up?" ticked as a to-do: the check-in is due, not sent (ot47 F8).
        (
            [],
            "Overdue",
            '"Follow up?" (F) asks a question, a plan rather than a record of a message sent: '
            "it is not read as Application Check-in Sent. If a tick there means sent, use --map "
            '"Follow up?=application_check_in_sent".',
        ),
        # Mapped, a tick is the check-in sent, as the user says.
        (
            ["--map", "Follow up?=application_check_in_sent"],
            "Moved on",
            '      F  "Follow up?"     -> application_check_in_sent (Application Check-in Sent)',
        ),
    ],
)
def test_a_header_asking_whether_to_follow_up_is_no_sent_column(
    tmp_path: Path, given: list[str], status: str, check_says: str
) -> None:
    path = tmp_path / "Maya Chen.csv"
    path.write_text(GSHEETS_TEMPLATE, encoding="utf-8")
    checked = CliRunner().invoke(main, ["check", str(path), *given])
    assert checked.exit_code == 0, checked.output
    assert check_says in [line.removeprefix("    - ") for line in checked.output.splitlines()]
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", "2026-12-04", *given])
    assert result.exit_code == 0, result.output
    with path.open(encoding="utf-8", newline="") as handle:
        (row,) = csv.DictReader(handle)
    assert (row["Follow up?"], row["Follow-up status"]) == ("TRUE", status)
