"""Status cells outside tester ot104 found closed or kept open wrongly (F1-F7) and fx225's two
notes, each beside the near cases that must keep their reading: an offer waited for in other
spellings read as made (F1), an offer talked about but not made (F2), a rejection expected or
neither come read as one (F3), a company named like an outcome word (F4), an offer on hold
in brackets or then rescinded (F5), a "ghosted" said beside another reading of the silence
(F6), waiting words denied (F7), German "nicht" and "Invite sent" (fx225). Each case goes
through ``read_vocabulary``, the reader a run calls for every distinct Status cell; one
workbook and one CSV through ``run`` show what a person sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from outcome_rows import (
    ACCEPTED,
    APPLIED,
    GHOSTED,
    INTERVIEWING,
    NEEDS_INFO,
    OFFER,
    ON_HOLD,
    REJECTED,
    check_csv_rows,
    check_workbook_rows,
    read,
)

from followup_batch.normalise.cell_readers import read_vocabulary
from followup_batch.normalise.vocabularies import VOCABULARIES

NOT_APPLIED = ("not applied", False)

# F1: an offer waited for is none yet, whatever the article or the waiting word's language.
WAITED_FOR = [
    ("Warte auf Angebot", INTERVIEWING),
    ("Warte aufs Angebot", INTERVIEWING),
    ("Warte auf's Angebot", INTERVIEWING),
    ("Warte auf die Zusage", INTERVIEWING),
    ("En attente d'offre", INTERVIEWING),
    ("En attente de l'offre", INTERVIEWING),
    ("Attends une offre", INTERVIEWING),
    ("Wacht op aanbod", INTERVIEWING),
    ("In afwachting van aanbod", INTERVIEWING),
    ("In afwachting van het aanbod", INTERVIEWING),
    ("Aanbod in afwachting", INTERVIEWING),
    ("In attesa di offerta", INTERVIEWING),
    ("In attesa dell'offerta", INTERVIEWING),
    ("In attesa di una proposta", INTERVIEWING),
    ("Offerta in attesa", INTERVIEWING),
    ("Esperando oferta", INTERVIEWING),
    ("En espera de oferta", INTERVIEWING),
    ("A la espera de oferta", INTERVIEWING),
    # Near cases: an offer made, the waiting for something else (another clause), a made
    # offer awaiting the person's signature, the waiting words alone.
    ("Angebot erhalten", OFFER),
    ("Angebot erhalten, warte auf Rückmeldung", OFFER),
    ("Offerta ricevuta", OFFER),
    ("Offerta in attesa di firma", OFFER),
    ("Oferta recibida, en espera de firma", OFFER),
    ("Offer received, waiting for start date", OFFER),
    ("Aanbod ontvangen", OFFER),
    ("Wacht op reactie", APPLIED),
    ("In attesa di risposta", APPLIED),
    ("In afwachting", APPLIED),
    ("En espera", APPLIED),
    ("Attends", NEEDS_INFO),
    ("Attended the onsite", INTERVIEWING),
]

# F2: an offer to be made, being drafted, asked about, or after a check still to come.
NOT_MADE = [
    (
        "Great chat w/ hiring mgr, she mentioned they'd make an offer to the strongest "
        "candidate by Friday",
        INTERVIEWING,
    ),
    ("They will extend an offer", INTERVIEWING),
    ("Planning to make an offer", INTERVIEWING),
    ("Asked about offer timeline", INTERVIEWING),
    ("Offer timeline", INTERVIEWING),
    ("They are drafting an offer", INTERVIEWING),
    ("HR is preparing the offer letter", INTERVIEWING),
    ("Offer after references are checked", INTERVIEWING),
    ("Offer after references", INTERVIEWING),
    ("In attesa di risposta dal cliente finale, poi offerta", INTERVIEWING),
    ("Waiting for budget sign-off, then offer", INTERVIEWING),
    # Near cases: the offer made, its terms asked about, a trail without a waiting word.
    ("They made me an offer", OFFER),
    ("Made an offer", OFFER),
    ("We would like to make you an offer", OFFER),
    ("Asked about offer terms", OFFER),
    ("Offer after references came back", OFFER),
    ("Offer after references were checked", OFFER),
    ("Offer after final interview", OFFER),
    ("Interview, then offer", OFFER),
    ("Drafting counteroffer", OFFER),
]

# F3: a rejection waited for or likely is none yet; neither come needs info; "no offer
# decisions" is no decision yet, no "No offer".
NOT_REJECTED = [
    ("Warte auf Absage", INTERVIEWING),
    ("Waiting for the rejection", INTERVIEWING),
    ("En attente - refus probable", INTERVIEWING),
    ("Refus probable", INTERVIEWING),
    ("Absage wahrscheinlich", INTERVIEWING),
    ("Rejection likely", INTERVIEWING),
    ("Likely rejection", INTERVIEWING),
    ("Rejection expected", INTERVIEWING),
    ("Neither offer nor rejection", NEEDS_INFO),
    ("Neither an offer nor a rejection", NEEDS_INFO),
    ("Neither rejected nor offered", NEEDS_INFO),
    ("2nd round done. Recruiter: no offer decisions before January", INTERVIEWING),
    ("No offer decision yet", APPLIED),
    # Near cases: a rejection said, "No offer" alone or with "or", no news beside a rejection.
    ("Absage", REJECTED),
    ("Absage erhalten", REJECTED),
    ("Refus", REJECTED),
    ("Rejected", REJECTED),
    ("No offer", REJECTED),
    ("No offer or rejection", REJECTED),
    ("No news, rejected", REJECTED),
    ("No news, offer", INTERVIEWING),
]

# F4: a word before a legal form is a company's name.
COMPANY_NAMES = [
    ("Interview bei Zusage GmbH", INTERVIEWING),
    ("Zusage GmbH recruiter call", INTERVIEWING),
    (
        "Had a great onsite with Ms. Offer and the team; they said an offer is in the works, "
        "recruiter (Zusage GmbH agency) will call",
        INTERVIEWING,
    ),
    ("Onsite at Absage & Partner AG", INTERVIEWING),
    ("Phone screen - Offer Ltd.", INTERVIEWING),
    ("Offer Up Inc onsite", INTERVIEWING),
    ("Tak Lee Ltd phone screen", INTERVIEWING),
    ("Zusage GmbH", NEEDS_INFO),
    # Near cases: the outcome said beside a company with a legal form, the word alone.
    ("Zusage von Acme GmbH", OFFER),
    ("Absage von Siemens AG", REJECTED),
    ("Offer from Acme Inc.", OFFER),
    ("Offer from Acme Inc. - accepted", ACCEPTED),
    ("Rejected by Offer Ltd", REJECTED),
    ("Interview Acme GmbH", INTERVIEWING),
    ("Zusage", OFFER),
    ("Offer as expected", OFFER),
    ("OFFER AS EXPECTED", OFFER),
    ("REJECTED AS EXPECTED", REJECTED),
    ("ZUSAGE GMBH", NEEDS_INFO),
]

# F5: an offer on hold in brackets is on hold; one held then taken back is rejected.
ON_HOLD_THEN = [
    ("Offer (on hold until Q1)", ON_HOLD),
    ("Offer (on hold)", ON_HOLD),
    ("Offer put on hold then rescinded", REJECTED),
    ("Offer on hold, later withdrawn", REJECTED),
    # Near cases.
    ("Offer on hold", ON_HOLD),
    ("Offer - on hold", ON_HOLD),
    ("Offer rescinded", REJECTED),
    ("Offer on hold then accepted", ACCEPTED),
    ("Offer accepted (on hold)", ACCEPTED),
    ("Offer accepted, on hold", ACCEPTED),
]

# F7: waiting no more is giving up (ghosted, as "Never heard back"); a waiting word denied by
# German "nicht" needs info; "steht aus" is outstanding.
WAITING_DENIED = [
    ("Warte nicht mehr auf Rückmeldung", GHOSTED),
    ("Keine Rückmeldung mehr erwartet", GHOSTED),
    ("No longer waiting", GHOSTED),
    ("Stopped waiting", GHOSTED),
    ("Nicht in Bearbeitung", NEEDS_INFO),
    ("Rückmeldung steht aus", APPLIED),
    ("Rückmeldung steht noch aus", APPLIED),
    # Near cases: the waiting words as they were.
    ("Warte auf Rückmeldung", APPLIED),
    ("Keine Rückmeldung", APPLIED),
    ("In Bearbeitung", APPLIED),
    ("Rückmeldung ausstehend", APPLIED),
    ("Waiting", APPLIED),
    ("Never heard back", GHOSTED),
]

# fx225: German "nicht" denies the word after it; an invite sent or received is an interview's.
NICHT_AND_INVITES = [
    ("Nicht zum Gespräch eingeladen", NEEDS_INFO),
    ("Nicht eingeladen", NEEDS_INFO),
    ("Noch nicht beworben", NOT_APPLIED),
    ("Invite sent", INTERVIEWING),
    ("Calendar invite received", INTERVIEWING),
    # "nicht" after the word: an offer not accepted, a round not passed, no offer yet.
    ("Zusage nicht angenommen", REJECTED),
    ("Angebot nicht angenommen", REJECTED),
    ("Interview - nicht bestanden", REJECTED),
    ("Nicht bestanden", REJECTED),
    ("Gespräch geführt, Zusage noch nicht", INTERVIEWING),
    # Near cases.
    ("Zusage angenommen", ACCEPTED),
    ("Angebot angenommen", ACCEPTED),
    ("Zum Gespräch eingeladen", INTERVIEWING),
    ("Beworben", APPLIED),
    ("Angebot noch nicht erhalten", INTERVIEWING),
    ("Gespräch noch nicht terminiert", INTERVIEWING),
    ("LinkedIn invite sent", APPLIED),
    ("Application sent", APPLIED),
    ("Sent", APPLIED),
]


@pytest.mark.parametrize(
    ("cell", "read_as"),
    WAITED_FOR
    + NOT_MADE
    + NOT_REJECTED
    + COMPANY_NAMES
    + ON_HOLD_THEN
    + WAITING_DENIED
    + NICHT_AND_INVITES,
)
def test_a_status_cell_is_read_as_meant(cell: str, read_as: tuple[str, bool]) -> None:
    assert read(cell) == read_as


# F6: "ghosted" beside another reading of the silence asks, as "Ghosted (or slow?)" does;
# two that close the row alike asked are no question of which.
@pytest.mark.parametrize(
    "cell", ["Ghosted (or slow?)", "Ghosted (or slow)", "Ghosted or slow", "Ghosted (maybe slow)"]
)
def test_ghosted_beside_another_reading_stays_open(cell: str) -> None:
    assert read_vocabulary(cell, VOCABULARIES["outcome"]) == (
        "applied",
        f'"{cell}" asks rather than says: not read as ghosted, the row stays open and its '
        "follow-ups go on; write ghosted once it is so",
        False,
    )


@pytest.mark.parametrize(
    ("cell", "read_as"),
    [
        ("Rejected or ghosted?  Either way, moving on", REJECTED),
        ("Rejected or ghosted?", REJECTED),
        ("Rejected / ghosted?", REJECTED),
        ("Rejected or ghosted", REJECTED),
        ("Ghosted or rejected", REJECTED),
        ("Ghosted (or rejected)", REJECTED),
        ("Ghosted", GHOSTED),
        ("Ghosted (6 weeks)", GHOSTED),
        ("Ghosted (of course)", GHOSTED),
        ("Ghosted - moved on", GHOSTED),
        ("Rejected (maybe salary)", REJECTED),
    ],
)
def test_ghosted_said_plainly_closes(cell: str, read_as: tuple[str, bool]) -> None:
    assert read(cell) == read_as


def test_an_alternative_with_an_offer_still_asks() -> None:
    value, problem, needs_info = read_vocabulary("Offer or rejected?", VOCABULARIES["outcome"])
    assert (value, needs_info) == ("applied", False)
    assert problem is not None and problem.startswith('"Offer or rejected?" asks rather than says')


# One row per finding and its nearest case, interviewed Mon 2026-11-02, as of Fri 2026-11-20
# (the 1st check-in, due Mon 11-09 + 1 to the preferred Tue 11-10, overdue).
ROWS = [
    ("A1", "DE", "Warte aufs Angebot", ("Overdue", "1st check-in")),
    ("A2", "NL", "In afwachting van het aanbod", ("Overdue", "1st check-in")),
    ("A3", "DE", "Angebot erhalten", ("Closed", "\u2014")),
    ("B1", "US", "They are drafting an offer", ("Overdue", "1st check-in")),
    ("B2", "US", "They made me an offer", ("Closed", "\u2014")),
    ("C1", "DE", "Warte auf Absage", ("Overdue", "1st check-in")),
    ("C2", "US", "Neither offer nor rejection", ("Needs info", "\u2014")),
    ("D1", "DE", "Interview bei Zusage GmbH", ("Overdue", "1st check-in")),
    ("D2", "DE", "Zusage von Acme GmbH", ("Closed", "\u2014")),
    ("E1", "US", "Offer put on hold then rescinded", ("Closed", "Networking check-in")),
    ("G1", "DE", "Warte nicht mehr auf Rückmeldung", ("Closed", "Networking check-in")),
    ("G2", "DE", "Nicht in Bearbeitung", ("Needs info", "\u2014")),
    ("H1", "US", "Invite sent", ("Overdue", "1st check-in")),
]


def test_the_rows_show_in_the_workbook(tmp_path: Path) -> None:
    check_workbook_rows(tmp_path, ROWS)


def test_the_rows_show_in_a_csv_tracker(tmp_path: Path) -> None:
    check_csv_rows(tmp_path, ROWS)
