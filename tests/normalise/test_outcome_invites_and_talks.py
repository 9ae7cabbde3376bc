"""Status cells left open at the last stop (fx225), each beside the near cases that must keep
their reading: an offer talked about read as one in hand (1), "not interviewed yet" needing info
while "no interview yet" was applied (2), a LinkedIn connection needing info (3), a round
accepted into read as the job accepted (4), French "retiré l'offre" read as the person's
withdrawal (5), an invitation alone needing info (6). Each case goes through ``read_vocabulary``,
the reader a run calls for every distinct Status cell; one workbook and one CSV through ``run``
show what a person sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from outcome_rows import (
    ACCEPTED,
    APPLIED,
    INTERVIEWING,
    NEEDS_INFO,
    OFFER,
    REJECTED,
    WITHDRAWN,
    check_csv_rows,
    check_workbook_rows,
    read,
)

from followup_batch.normalise.cell_readers import read_vocabulary
from followup_batch.normalise.vocabularies import VOCABULARIES

NOT_APPLIED = ("not applied", False)

# 1: an offer talked about is none in hand yet: interviewing, as "Offer discussion" is.
TALKED_ABOUT = [
    ("Offer discussed", INTERVIEWING),
    ("OFFER DISCUSSED", INTERVIEWING),
    ("Offer was discussed", INTERVIEWING),
    ("Offer discussed with HR", INTERVIEWING),
    ("Phone screen, offer discussed", INTERVIEWING),
    ("Discussed offer", INTERVIEWING),
    ("Discussed the offer", INTERVIEWING),
    ("We discussed the offer", INTERVIEWING),
    ("Discussing offer", INTERVIEWING),
    ("Offer talks", INTERVIEWING),
    ("Angebot besprochen", INTERVIEWING),
    ("Offre discutée", INTERVIEWING),
    ("Oferta discutida", INTERVIEWING),
    # Near cases: an offer made, accepted or declined after the talk; a verbal offer; its
    # terms or letter discussed (there is one); the person's own talk of it.
    ("Offer up to 120k discussed", INTERVIEWING),
    ("Offer discussion", INTERVIEWING),
    ("Offer received", OFFER),
    ("Offer", OFFER),
    ("Offer discussed and accepted", ACCEPTED),
    ("Offer discussed, accepted", ACCEPTED),
    ("Offer discussed - accepted", ACCEPTED),
    ("Offer discussed, verbal offer made", OFFER),
    ("Offer discussed, rejected", REJECTED),
    ("Verbal offer discussed", OFFER),
    ("Discussed offer terms", OFFER),
    ("Discussed offer letter", OFFER),
    ("Offer letter discussed", OFFER),
    ("Offer discussed with my partner", OFFER),
    ("Offer, discussed with my partner", OFFER),
    ("Negotiating offer", OFFER),
    ("Offer in negotiation", OFFER),
    ("Angebot", OFFER),
    ("Offre", OFFER),
]

# 2: not interviewed yet, in any order and in German, Dutch and Indonesian: applied, as "No
# interview yet" is; "No interview", "Not interviewed", "Pas d'entretien" alone ask which.
NOT_YET_INTERVIEWED = [
    ("Not interviewed yet", APPLIED),
    ("Not yet interviewed", APPLIED),
    ("Haven't interviewed yet", APPLIED),
    ("Haven\u2019t interviewed yet", APPLIED),
    ("Have not interviewed yet", APPLIED),
    ("Not been interviewed yet", APPLIED),
    ("No interview so far", APPLIED),
    ("Noch kein Gespräch", APPLIED),
    ("Noch kein Interview", APPLIED),
    ("Nog geen gesprek", APPLIED),
    ("Belum ada interview", APPLIED),
    ("Aucun entretien pour l'instant", APPLIED),
    ("CV sent, not yet interviewed", APPLIED),
    # Near cases: the other clause decides; an interview had; none given, or none yet?
    ("No interview yet", APPLIED),
    ("Pas encore d'entretien", APPLIED),
    ("Rejected, not interviewed yet", REJECTED),
    ("Not interviewed yet - rejected", REJECTED),
    ("Noch kein Gespräch, Absage", REJECTED),
    ("Not yet interviewed, offer", OFFER),
    ("Interviewed", INTERVIEWING),
    ("Entretien", INTERVIEWING),
    ("No interview", NEEDS_INFO),
    ("Not interviewed", NEEDS_INFO),
    ("Pas d'entretien", NEEDS_INFO),
    ("Pas d\u2019entretien", NEEDS_INFO),
    ("Pas d'entretien obtenu", NEEDS_INFO),
    ("Aucun entretien", NEEDS_INFO),  # was interviewing, by "entretien"
    ("Kein Gespräch", NEEDS_INFO),
    ("Geen gesprek", NEEDS_INFO),
    ("Pas d'entretien, refusé", REJECTED),
    ("No interview, rejected", REJECTED),
    ("Rejected - no interview", REJECTED),
]

# 3: a connection made is a contact, applied as "Contacted" and "Accepted on LinkedIn" are.
CONNECTED = [
    ("Connected on LinkedIn", APPLIED),
    ("Connected via LinkedIn", APPLIED),
    ("Connected", APPLIED),
    ("Connected with recruiter", APPLIED),
    ("Connected with the hiring manager", APPLIED),
    ("Connected with Jane Doe on LinkedIn", APPLIED),
    ("LinkedIn connection", APPLIED),
    ("Connection accepted", APPLIED),  # was the job accepted
    ("LinkedIn connection accepted", APPLIED),
    # Near cases: a later step in another clause; a connection denied; a call's connection,
    # a name.
    ("Connected on LinkedIn - phone screen", INTERVIEWING),
    ("Connected on LinkedIn, rejected", REJECTED),
    ("Connected on LinkedIn, offer", OFFER),
    ("Not connected", NEEDS_INFO),
    ("Not connected on LinkedIn", NEEDS_INFO),
    ("Connection issues in the interview", INTERVIEWING),
    ("Connected Vehicles onsite", INTERVIEWING),
    ("Contacted", APPLIED),
    ("Accepted on LinkedIn", APPLIED),
    ("Accepted", ACCEPTED),
]

# 4: accepted into a round is a round passed, the next to come: interviewing.
ACCEPTED_INTO_ROUND = [
    ("Accepted (final round)", INTERVIEWING),
    ("Accepted - final round", INTERVIEWING),
    ("Accepted [final interview]", INTERVIEWING),
    ("Accepted to onsite", INTERVIEWING),
    ("Accepted for onsite", INTERVIEWING),
    ("Accepted to the onsite interview", INTERVIEWING),
    ("Accepted to onsite, date TBD", INTERVIEWING),
    ("Accepted for phone screen", INTERVIEWING),
    ("Accepted for technical interview", INTERVIEWING),
    ("Accepted to superday", INTERVIEWING),
    ("Accepted for 2nd round", INTERVIEWING),
    ("Angenommen für 2. Runde", INTERVIEWING),
    ("Für 2. Runde angenommen", INTERVIEWING),
    ("Angenommen für die nächste Runde", INTERVIEWING),
    ("Zur 2. Runde eingeladen", INTERVIEWING),
    ("2. Runde", INTERVIEWING),
    ("Keine 2. Runde", NEEDS_INFO),  # no round: the ordinal's dot ends no clause
    # Near cases: the job accepted, after the last round too; an onsite role; a round's offer.
    ("Accepted", ACCEPTED),
    ("Accepted offer", ACCEPTED),
    ("Accepted (start Jan)", ACCEPTED),
    ("Accepted (after final round)", ACCEPTED),
    ("Accepted after final round", ACCEPTED),
    ("Accepted after onsite", ACCEPTED),
    ("Offer accepted (final round)", ACCEPTED),
    ("Offer - accepted (final round)", ACCEPTED),
    ("Accepted - final round offer", ACCEPTED),
    ("Accepted the final round offer", ACCEPTED),
    ("Accepted for the role", ACCEPTED),
    ("Accepted for onsite position", ACCEPTED),
    ("Accepted for the technical lead position", ACCEPTED),
    ("Accepted (onsite)", ACCEPTED),  # an onsite job?
    ("Accepted (remote)", ACCEPTED),
    ("Angebot angenommen", ACCEPTED),
    ("Absage nach der 2. Runde", REJECTED),
    ("Zusage für 2. Gespräch", INTERVIEWING),
    ("Zusage", OFFER),
]

# 5: an offer ("offre": also a posting) withdrawn with no one named is the employer's doing.
OFFRE_RETIREE = [
    ("Retiré l'offre", REJECTED),
    ("Retiré l\u2019offre", REJECTED),
    ("Ils ont retiré l'offre", REJECTED),
    ("L'offre a été retirée", REJECTED),
    ("Offre retirée", REJECTED),
    ("Offre d'emploi retirée", REJECTED),
    ("Withdrew the offer", REJECTED),
    # Near cases: the person's own withdrawal, of the offer or the application.
    ("J'ai retiré l'offre", WITHDRAWN),
    ("Offre retirée par moi", WITHDRAWN),
    ("L'offre a été retirée par moi", WITHDRAWN),
    ("Retiré", WITHDRAWN),
    ("Retiré ma candidature", WITHDRAWN),
    ("J'ai retiré ma candidature", WITHDRAWN),
    ("Candidature retirée", WITHDRAWN),
    ("Offer withdrawn by me", WITHDRAWN),
    ("Offre d'emploi", OFFER),
]

# 6: an invitation alone is an interview's: interviewing, as "Invited to interview" is.
INVITED = [
    ("Invited", INTERVIEWING),
    ("Invited!", INTERVIEWING),
    ("INVITED", INTERVIEWING),
    ("Invite", INTERVIEWING),
    ("Invitation", INTERVIEWING),
    ("Eingeladen", INTERVIEWING),
    ("Invité", INTERVIEWING),
    ("Invitée", INTERVIEWING),
    ("Uitgenodigd", INTERVIEWING),
    ("Invitato", INTERVIEWING),
    ("Invitado", INTERVIEWING),
    ("Convoqué", INTERVIEWING),
    ("Invited, 12/3", INTERVIEWING),
    ("Applied - invited", INTERVIEWING),
    # Near cases: invited to apply (not yet applied), to something else (to what?), not
    # invited; a later step; an invite sent or declined.
    ("Invited to interview", INTERVIEWING),
    ("Einladung", INTERVIEWING),
    ("Invited to apply", NOT_APPLIED),
    ("Invitation to apply", NOT_APPLIED),
    ("Recruiter invited me to apply", NOT_APPLIED),
    ("Invited to networking event", NEEDS_INFO),
    ("Invited to a webinar", NEEDS_INFO),
    ("Invited to talent pool", NEEDS_INFO),
    ("Invited by John", NEEDS_INFO),
    ("Not invited", NEEDS_INFO),
    ("Not invited to interview", NEEDS_INFO),
    ("Invited - declined", REJECTED),
    ("Eingeladen, abgesagt", REJECTED),
    ("Declined the invite", REJECTED),
    ("Invite accepted", INTERVIEWING),
    # An invite sent to the person is an interview's too (fx232: it was applied, by "sent").
    ("Invite sent", INTERVIEWING),
]


@pytest.mark.parametrize(
    ("cell", "read_as"),
    TALKED_ABOUT + NOT_YET_INTERVIEWED + CONNECTED + ACCEPTED_INTO_ROUND + OFFRE_RETIREE + INVITED,
)
def test_a_status_cell_is_read_as_meant(cell: str, read_as: tuple[str, bool]) -> None:
    assert read(cell) == read_as


@pytest.mark.parametrize(
    "cell",
    ["No interview", "Not interviewed", "Pas d'entretien", "Aucun entretien", "Kein Gespräch"],
)
def test_no_interview_alone_says_which_two_it_could_be(cell: str) -> None:
    """None yet (applied, a check-in goes out) or none given (rejected, none does): the row
    needs info, and Problems says the two."""
    assert read_vocabulary(cell, VOCABULARIES["outcome"]) == (
        "applied",
        f'"{cell}" could be no interview yet or none given (the application turned down): '
        "write applied (none yet, the check-ins go on) or rejected",
        True,
    )


# One row per finding and its nearest case, interviewed Mon 2026-11-02, as of Fri 2026-11-20
# (the 1st check-in, due Mon 11-09 + 1 to the preferred Tue 11-10, overdue).
ROWS = [
    ("A1", "US", "Offer discussed", ("Overdue", "1st check-in")),
    ("A2", "US", "Offer received", ("Closed", "\u2014")),
    ("B1", "US", "Not interviewed yet", ("Overdue", "1st check-in")),
    ("B2", "FR", "Pas d'entretien", ("Needs info", "\u2014")),
    ("C1", "US", "Connected on LinkedIn", ("Overdue", "1st check-in")),
    ("C2", "US", "Connection accepted", ("Overdue", "1st check-in")),
    ("D1", "US", "Accepted (final round)", ("Overdue", "1st check-in")),
    ("D2", "DE", "Angenommen für 2. Runde", ("Overdue", "1st check-in")),
    ("D3", "US", "Accepted (start Jan)", ("Closed", "\u2014")),
    ("E1", "FR", "Retiré l'offre", ("Closed", "Networking check-in")),
    ("E2", "FR", "Retiré ma candidature", ("Closed", "Networking check-in")),
    ("F1", "DE", "Eingeladen", ("Overdue", "1st check-in")),
    ("F2", "US", "Invited to a webinar", ("Needs info", "\u2014")),
]


def test_the_rows_show_in_the_workbook(tmp_path: Path) -> None:
    check_workbook_rows(tmp_path, ROWS)


def test_the_rows_show_in_a_csv_tracker(tmp_path: Path) -> None:
    check_csv_rows(tmp_path, ROWS)
