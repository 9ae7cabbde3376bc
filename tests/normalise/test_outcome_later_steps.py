"""Status cells outside tester ot107 found read wrongly after the last stop's outcome words
(fx225, fx232), each beside the near cases that must keep their reading: a job accepted or
signed read as a round accepted into when the cell names the final round (F1), an offer talked
about then made, received or signed read as none in hand (F2), an invitation to a party or a
lunch set off by a bracket or a dash read as an interview's (F4), a round not invited to or not
reached (F9), French, Spanish, Portuguese and Czech rounds with their ordinal (F7). Each case
goes through ``read_vocabulary``, the reader a run calls for every distinct Status cell; one
workbook and one CSV through ``run`` show what a person sees."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner
from outcome_rows import (
    ACCEPTED,
    INTERVIEWING,
    NEEDS_INFO,
    OFFER,
    REJECTED,
    check_csv_rows,
    check_workbook_rows,
    read,
)

from followup_batch.cli import main

# F1: the final round accepted into, unless the cell goes on to the job: signed, a contract,
# a start date, the round done, a celebration.
FINAL_ROUND_THEN_THE_JOB = [
    ("Accepted (final round) - signed", ACCEPTED),
    ("Accepted (final round), signed contract", ACCEPTED),
    ("Accepted (final round), contract signed", ACCEPTED),
    ("Accepted (final round) \u2013 starting March", ACCEPTED),
    ("Accepted (final round) - start Jan", ACCEPTED),
    ("Accepted (final round) - start 4 Jan", ACCEPTED),
    ("Accepted - final round, starting Jan", ACCEPTED),
    ("Accepted (final round) \U0001f389", ACCEPTED),
    ("Accepted (final round done, starting Feb)", ACCEPTED),
    ("Accepted (final round done)", ACCEPTED),
    ("Accepted (final round), start date 1 March", ACCEPTED),
    # Near cases: the round alone, or with its own date, a day or a slot; a round's offer.
    ("Accepted (final round)", INTERVIEWING),
    ("Accepted - final round", INTERVIEWING),
    ("Accepted [final interview]", INTERVIEWING),
    ("Accepted (final round on 3 Dec)", INTERVIEWING),
    ("Accepted (final round) - scheduled 4 Jan", INTERVIEWING),
    ("Accepted (final round) - starting Monday", INTERVIEWING),
    ("Accepted - final round next week", INTERVIEWING),
    ("Accepted (final round), date TBD", INTERVIEWING),
    ("Accepted (final round) - signed up for a slot", INTERVIEWING),
    ("Accepted (final round) - NDA signed", INTERVIEWING),
    ("Accepted (final round) - offer expected", INTERVIEWING),
    ("Accepted (round 2)", INTERVIEWING),
    ("Accepted (final round offer)", ACCEPTED),
    ("Accepted (after final round)", ACCEPTED),
    ("Accepted (start Jan)", ACCEPTED),
    ("Accepted - starting March", ACCEPTED),
]

# F2: an offer talked about, then made, received, sent, signed or accepted, in any of the
# languages read: the later step wins, as in "Offer made and discussed".
OFFER_DISCUSSED_THEN = [
    ("Offer discussed and made", OFFER),
    ("Offer discussed & made", OFFER),
    ("Offer discussed and received", OFFER),
    ("Offer discussed + received in writing", OFFER),
    ("Offer discussed, contract sent", OFFER),
    ("Offer discussed and extended", OFFER),
    ("Offer discussed and sent by email", OFFER),
    ("Offer discussed: 95k + bonus", OFFER),
    ("Offer discussed and signed", ACCEPTED),
    ("Offer discussed; signed", ACCEPTED),
    ("Offer discussed, signed", ACCEPTED),
    ("Offre discut\u00e9e et accept\u00e9e", ACCEPTED),
    ("Angebot besprochen und unterschrieben", ACCEPTED),
    ("Angebot besprochen, Vertrag unterschrieben", ACCEPTED),
    ("Oferta discutida y aceptada", ACCEPTED),
    # Near cases: none in hand yet; something else sent, made or signed; the other order.
    ("Offer discussed", INTERVIEWING),
    ("Offer discussed with HR", INTERVIEWING),
    ("Offer discussed, waiting", INTERVIEWING),
    ("Offer discussed and pending", INTERVIEWING),
    ("Offer discussed, not yet made", INTERVIEWING),
    ("Offer discussed, contract to be sent", INTERVIEWING),
    ("Offer discussed, sent thank-you", INTERVIEWING),
    ("Offer discussed, made my case", INTERVIEWING),
    ("Offer discussed, email sent to recruiter", INTERVIEWING),
    ("Offer discussed, signed NDA", INTERVIEWING),
    ("Offer discussed: next call Monday", INTERVIEWING),
    ("Angebot besprochen", INTERVIEWING),
    ("Offre discut\u00e9e", INTERVIEWING),
    ("Offer made and discussed", OFFER),
    ("Offer discussed and accepted", ACCEPTED),
    ("Offer discussed, declined", REJECTED),
]

# F4: an invitation set off by a bracket or a dash from a party, a lunch, an event: to what?
INVITED_TO_AN_OCCASION = [
    ("Invited (Sommerfest)", NEEDS_INFO),
    ("Invited - team lunch", NEEDS_INFO),
    ("Eingeladen (Firmenfeier)", NEEDS_INFO),
    ("Invited (company party)", NEEDS_INFO),
    ("Invited - Christmas party", NEEDS_INFO),
    ("Invit\u00e9 (pot de d\u00e9part)", NEEDS_INFO),
    ("Invitado - cena de empresa", NEEDS_INFO),
    # Near cases: an interview's invitation, its type, date or round named after it; the "to"
    # forms, read as before.
    ("Invited", INTERVIEWING),
    ("Invited (onsite)", INTERVIEWING),
    ("Invited - final round", INTERVIEWING),
    ("Invited (Zoom)", INTERVIEWING),
    ("Invited - Friday 3pm", INTERVIEWING),
    ("Invited, 12/3", INTERVIEWING),
    ("Invited (lunch interview)", INTERVIEWING),
    ("Invited - onsite, team lunch after", INTERVIEWING),
    ("Invited (via email)", INTERVIEWING),
    ("Applied - invited", INTERVIEWING),
    ("Invited to coffee", NEEDS_INFO),
    ("Eingeladen zum Sommerfest", NEEDS_INFO),
    ("Invited to onsite", INTERVIEWING),
]

# F9: a round not invited to or not reached is the process over, rejected as "Not selected for
# round 2" is; not yet, or no round named, is read as before.
NOT_TO_THE_ROUND = [
    ("Nicht zur 2. Runde eingeladen", REJECTED),
    ("Nicht in die 2. Runde gekommen", REJECTED),
    ("Not invited to the 2nd round", REJECTED),
    ("Not invited to final round", REJECTED),
    ("Didn't make it to the final round", REJECTED),
    ("Didn't make it to round 2", REJECTED),
    ("Pas invit\u00e9 au 2e tour", REJECTED),
    # Near cases: not yet; no round named; a round had; one passed.
    ("Noch nicht zur 2. Runde eingeladen", NEEDS_INFO),
    ("Not yet invited to the 2nd round", NEEDS_INFO),
    ("Not invited to round 2 yet", NEEDS_INFO),
    ("Not invited", NEEDS_INFO),
    ("Nicht eingeladen", NEEDS_INFO),
    ("Nicht zum Gespr\u00e4ch eingeladen", NEEDS_INFO),
    ("Non invit\u00e9", NEEDS_INFO),
    ("Keine 2. Runde", NEEDS_INFO),
    ("Zur 2. Runde eingeladen", INTERVIEWING),
    ("Not selected for round 2", REJECTED),
]

# F7: a round with its ordinal in French, Spanish, Portuguese and Czech, as "2. Runde" is.
ROUNDS_IN_OTHER_LANGUAGES = [
    ("2e tour", INTERVIEWING),
    ("1er tour", INTERVIEWING),
    ("Deuxi\u00e8me tour", INTERVIEWING),
    ("2\u00aa ronda", INTERVIEWING),
    ("Segunda ronda", INTERVIEWING),
    ("2\u00aa rodada", INTERVIEWING),
    ("2. kolo", INTERVIEWING),
    ("Druh\u00e9 kolo", INTERVIEWING),
    ("secondo colloquio", INTERVIEWING),
    ("2e tour - refus\u00e9", REJECTED),
    # Near cases: the words alone or naming something else: a tour, a funding round, a wheel.
    ("Tour", NEEDS_INFO),
    ("Tour Eiffel", NEEDS_INFO),
    ("Tour de France", NEEDS_INFO),
    ("Ronda", NEEDS_INFO),
    ("ronda de financiaci\u00f3n", NEEDS_INFO),
    ("Segunda ronda de financiaci\u00f3n", NEEDS_INFO),
    ("Kolo", NEEDS_INFO),
    ("2. Runde", INTERVIEWING),
    ("2nd round", INTERVIEWING),
]


@pytest.mark.parametrize(
    ("cell", "read_as"),
    FINAL_ROUND_THEN_THE_JOB
    + OFFER_DISCUSSED_THEN
    + INVITED_TO_AN_OCCASION
    + NOT_TO_THE_ROUND
    + ROUNDS_IN_OTHER_LANGUAGES,
)
def test_a_status_cell_is_read_as_meant(cell: str, read_as: tuple[str, bool]) -> None:
    assert read(cell) == read_as


# One row per finding and its nearest case, interviewed Mon 2026-11-02, as of Fri 2026-11-20
# (the 1st check-in, due Tue 11-10, overdue).
ROWS = [
    ("A1", "US", "Accepted (final round) - signed", ("Closed", "\u2014")),
    ("A2", "US", "Accepted - final round, starting Jan", ("Closed", "\u2014")),
    ("A3", "US", "Accepted (final round)", ("Overdue", "1st check-in")),
    ("B1", "US", "Offer discussed and made", ("Closed", "\u2014")),
    ("B2", "DE", "Angebot besprochen und unterschrieben", ("Closed", "\u2014")),
    ("B3", "US", "Offer discussed", ("Overdue", "1st check-in")),
    ("C1", "DE", "Invited (Sommerfest)", ("Needs info", "\u2014")),
    ("C2", "US", "Invited (onsite)", ("Overdue", "1st check-in")),
    ("D1", "DE", "Nicht zur 2. Runde eingeladen", ("Closed", "Networking check-in")),
    ("D2", "DE", "Zur 2. Runde eingeladen", ("Overdue", "1st check-in")),
    ("E1", "FR", "2e tour", ("Overdue", "1st check-in")),
    ("E2", "ES", "Segunda ronda", ("Overdue", "1st check-in")),
]


def test_the_rows_show_in_the_workbook(tmp_path: Path) -> None:
    check_workbook_rows(tmp_path, ROWS)


def test_the_rows_show_in_a_csv_tracker(tmp_path: Path) -> None:
    check_csv_rows(tmp_path, ROWS)


def test_a_start_date_after_the_final_round_is_no_interview_date(tmp_path: Path) -> None:
    """On an application's row (no Interview Date column), the job accepted with its start
    date is closed: the start date is not read as the interview's (ot107 F1: "the interview
    date read from it, Mon 2027-03-01", a thank-you note due)."""
    path = tmp_path / "tracker.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["Company", "Position", "Country", "Date Applied", "Outcome"])
        writer.writerow(
            ["Acme", "Analyst", "US", "2026-11-10", "Accepted (final round), start date 1 March"]
        )
        writer.writerow(["Bolt", "Analyst", "US", "2026-11-10", "Accepted (final round)"])
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-11-25", "-q", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    with path.open(newline="", encoding="utf-8-sig") as file:
        seen = {row["Company"]: row for row in csv.DictReader(file)}
    assert (seen["Acme"]["Follow-up status"], seen["Acme"]["Next action"]) == ("Closed", "-")
    assert seen["Acme"]["Problems"] == ""
    # The round accepted into, with no interview date: asked for, as before.
    assert seen["Bolt"]["Follow-up status"] == "Needs info"
    assert seen["Bolt"]["Problems"].startswith(
        'row 3, column "Outcome": the stage says there was an interview, but when?'
    )
