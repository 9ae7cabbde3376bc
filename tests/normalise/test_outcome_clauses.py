"""Status cells whose clause said something else than its outcome word (fx213): an offer on
hold, in the works, to come after the references or with its chances named was read as an
offer made; an "Offer:" field holding "not accepted" or "no thanks" as the offer; an invite
accepted, none named, or another interview accepted as the job accepted; "OFFER UP ONSITE" in
capitals as an offer; "Pas encore d'entretien" as an interview; "Oferta retirada" as the
person's withdrawal. Each case goes through ``read_vocabulary``, the reader a run calls for
every distinct Status cell, beside the near cases that must keep their reading; one workbook
and one CSV through ``run`` show what a person sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from outcome_rows import (
    ACCEPTED,
    APPLIED,
    INTERVIEWING,
    NEEDS_INFO,
    OFFER,
    ON_HOLD,
    REJECTED,
    WITHDRAWN,
    check_csv_rows,
    check_workbook_rows,
    read,
)

# An offer on hold, in the works, being prepared, or to come after the references: none made
# yet. On hold keeps the follow-ups going, as "Hiring freeze" does.
NOT_MADE = [
    ("Offer on hold", ON_HOLD),
    ("Offer is on hold", ON_HOLD),
    ("Offer put on hold", ON_HOLD),
    ("Offer letter on hold", ON_HOLD),
    ("Offer paused", ON_HOLD),
    ("Offer in the works", INTERVIEWING),
    ("Offer is in the works", INTERVIEWING),
    ("Offer being prepared", INTERVIEWING),
    ("Offer letter being drafted", INTERVIEWING),
    ("Offer after references", INTERVIEWING),
    ("Offer after reference check", INTERVIEWING),
    ("Offer expected after background check", INTERVIEWING),
    ("Final round - offer after references", INTERVIEWING),
    ("Offer expected Friday", INTERVIEWING),
    ("Chances of an offer: good", INTERVIEWING),
    ("Chance of an offer", INTERVIEWING),
    ("Odds of getting an offer: low", INTERVIEWING),
    ("Offer 30% sure", INTERVIEWING),
    # A salary ceiling talked about is no offer made (ot103 F7: the first closed the row).
    ("Offer up to 120k discussed", INTERVIEWING),
    ("OFFER UP TO 120K DISCUSSED", INTERVIEWING),
    ("offer of up to 120k discussed", INTERVIEWING),
    ("Offer of up to $120,000 mentioned", INTERVIEWING),
    ("Offer up to €90k was mentioned by recruiter", INTERVIEWING),
    ("offer up to 120k base discussed", INTERVIEWING),
    ("Offer up to 25 LPA discussed", INTERVIEWING),
    ("Offer up to 120k range", INTERVIEWING),
    ("Offer range up to 120k", INTERVIEWING),
    ("They can offer up to 120k", INTERVIEWING),
    ("Could offer up to 120k", INTERVIEWING),
    ("No chance of an offer", INTERVIEWING),  # its odds, not "No offer"
    ("Little chance of an offer", INTERVIEWING),
    # Near cases: offers made, taken or declined, as before.
    ("Offer", OFFER),
    ("OFFER", OFFER),
    ("Got the offer", OFFER),
    ("Offer received", OFFER),
    ("Offer after final interview", OFFER),
    ("Offer after references came back", OFFER),  # the check done: made
    ("Offer up to 120k", OFFER),
    ("Offer: up to 120k", OFFER),  # an offer and its amount
    ("Offer up to 120k received", OFFER),
    ("Verbal offer up to 120k", OFFER),
    ("Offer up to 120k, discussed with my partner", OFFER),  # another clause
    ("Offer up to 120k discussed, offer received", OFFER),
    ("Offer 120k discussed", OFFER),
    ("Offer up to 120k accepted", ACCEPTED),
    ("Offer 50% remote", OFFER),
    ("Offer accepted", ACCEPTED),
    ("Accepted offer", ACCEPTED),
    ("Offer accepted, on hold", ACCEPTED),  # a clause of its own
    ("Offer after references, accepted", ACCEPTED),
    ("Offer declined", REJECTED),
    ("No offer", REJECTED),
    ("No offer yet", INTERVIEWING),
    ("Hiring freeze", ON_HOLD),
    ("On hold", ON_HOLD),
]

# An "Offer:" field holding a decline is the offer declined, rejected as "Offer not accepted"
# and "Offer declined" are (both close the row, its networking check-in to come).
FIELD_DECLINES = [
    ("Offer: not accepted", REJECTED),
    ("Offer - not accepted", REJECTED),
    ("Offer: no thanks", REJECTED),
    ("Offer - no thank you", REJECTED),
    ("Offer: no, thanks", REJECTED),
    # Near cases, as before.
    ("Offer not accepted", REJECTED),
    ("Offer: declined", REJECTED),
    ("Offer: not yet accepted", OFFER),  # still the person's to accept
    ("Offer: not accepted yet", OFFER),
    ("Offer: yes", OFFER),
    ("Offer: no", INTERVIEWING),  # none made yet
    ("Offer: no news", INTERVIEWING),
    ("No thanks", NEEDS_INFO),
    ("Rejected", REJECTED),
    ("Withdrew", WITHDRAWN),
]

# An invite accepted is an interview's; another interview accepted, an interview.
INVITES = [
    ("Accepted the invite", INTERVIEWING),
    ("Invite accepted", INTERVIEWING),
    ("Invitation accepted", INTERVIEWING),
    ("Accepted invitation", INTERVIEWING),
    ("Accepted the calendar invite", INTERVIEWING),
    ("I accepted the invite", INTERVIEWING),
    ("Applied, invite accepted", INTERVIEWING),
    ("Accepted another interview", INTERVIEWING),
    ("Accepted the next interview", INTERVIEWING),
    # Near cases, as before.
    ("Accepted", ACCEPTED),
    ("Accepted the offer", ACCEPTED),
    ("Accepted after final interview", ACCEPTED),
    ("Offer accepted (after interview)", ACCEPTED),
    ("Accepted another offer", WITHDRAWN),
    ("Haven't accepted another offer yet", INTERVIEWING),
    ("Declined the invite", REJECTED),
    ("Declined offer", REJECTED),
]

# "Offer Up" is the company in capitals too, and before an interview word in any case; a
# person or a company whose name holds "Offer" names no offer.
NAMES = [
    ("OFFER UP ONSITE", INTERVIEWING),
    ("OFFERUP ONSITE", INTERVIEWING),
    ("Onsite at OFFER UP", INTERVIEWING),
    ("offer up onsite", INTERVIEWING),
    ("Offer up - phone screen", INTERVIEWING),
    ("OFFER UP", NEEDS_INFO),  # the name alone says nothing, as "Offer Up"
    ("Offer Up Inc onsite", INTERVIEWING),
    ("Offer Up Inc", NEEDS_INFO),
    ("Interview with Offerman", INTERVIEWING),
    ("Offerman", NEEDS_INFO),
    ("Phone screen w/ J. Offer", INTERVIEWING),
    # Offers, as before.
    ("OFFER UP TO 120K", OFFER),
    ("OFFER RECEIVED", OFFER),
    ("OFFER ACCEPTED", ACCEPTED),
]

# Other languages: waiting for an offer, no offer came, no interview yet, the offer withdrawn.
LANGUAGES = [
    ("Menunggu tawaran", NEEDS_INFO),  # Indonesian "waiting for an offer": whole cell only
    ("Teklif gelmedi", NEEDS_INFO),  # Turkish "the offer did not come"
    ("Pas encore d'entretien", APPLIED),
    ("Pas encore eu d'entretien", APPLIED),
    ("Candidature envoyée, pas encore d'entretien", APPLIED),
    ("No interview yet", APPLIED),
    ("Pas d'entretien pour l'instant", APPLIED),
    ("Pas d'entretien", NEEDS_INFO),  # as "No interview": none yet, or none given?
    ("Pas d'entretien, refusé", REJECTED),
    ("Oferta retirada", REJECTED),
    ("Proposta retirada", REJECTED),
    ("Offre retirée", REJECTED),
    ("Angebot zurückgezogen", REJECTED),
    ("Offer withdrawn", REJECTED),
    # Near cases, as before.
    ("Menunggu offer", INTERVIEWING),
    ("Tawaran", OFFER),
    ("Henüz teklif gelmedi", INTERVIEWING),
    ("Teklif", OFFER),
    ("Teklif yok", REJECTED),
    ("Pas encore d'offre", INTERVIEWING),
    ("Pas d'offre", REJECTED),
    ("Entretien", INTERVIEWING),
    ("Offre d'entretien", INTERVIEWING),
    ("Pas gesolliciteerd", APPLIED),  # Dutch "just applied"
    ("No interview", NEEDS_INFO),
    ("Not interviewed yet", APPLIED),  # as "No interview yet" (fx225)
    ("Rejected, no interview yet", REJECTED),
    ("Retirada", WITHDRAWN),
    ("Candidatura retirada", WITHDRAWN),
    ("Oferta", OFFER),
    ("Oferta aceptada", ACCEPTED),
]


@pytest.mark.parametrize(
    ("cell", "read_as"), NOT_MADE + FIELD_DECLINES + INVITES + NAMES + LANGUAGES
)
def test_a_status_cell_is_read_as_meant(cell: str, read_as: tuple[str, bool]) -> None:
    assert read(cell) == read_as


# One row per finding and its nearest case, interviewed Mon 2026-11-02, as of Fri 2026-11-20
# (the 1st check-in, due Mon 11-09 + 1 to the preferred Tue 11-10, overdue).
ROWS = [
    ("A1", "US", "Offer on hold", ("Overdue", "1st check-in")),
    ("A2", "US", "Offer in the works", ("Overdue", "1st check-in")),
    ("A3", "US", "Offer after references", ("Overdue", "1st check-in")),
    ("A4", "US", "Offer expected Friday", ("Overdue", "1st check-in")),
    ("A5", "US", "Offer received", ("Closed", "—")),
    ("B1", "US", "Offer: not accepted", ("Closed", "Networking check-in")),
    ("B2", "US", "Offer: no thanks", ("Closed", "Networking check-in")),
    ("B3", "US", "Offer: not yet accepted", ("Closed", "—")),
    ("C1", "US", "Accepted the invite", ("Overdue", "1st check-in")),
    ("C2", "US", "Invite accepted", ("Overdue", "1st check-in")),
    ("C3", "US", "Accepted another interview", ("Overdue", "1st check-in")),
    ("C4", "US", "Accepted the offer", ("Closed", "—")),
    ("D1", "US", "OFFER UP ONSITE", ("Overdue", "1st check-in")),
    ("D2", "US", "OFFER UP TO 120K", ("Closed", "—")),
    ("D3", "US", "Offer up to 120k discussed", ("Overdue", "1st check-in")),
    ("D4", "US", "Offer: up to 120k", ("Closed", "—")),
    ("E1", "US", "Chances of an offer: good", ("Overdue", "1st check-in")),
    ("E2", "US", "Offer 30% sure", ("Overdue", "1st check-in")),
    ("F1", "ID", "Menunggu tawaran", ("Needs info", "—")),
    ("F2", "TR", "Teklif gelmedi", ("Needs info", "—")),
    ("F3", "FR", "Pas encore d'entretien", ("Overdue", "1st check-in")),
    ("F4", "ES", "Oferta retirada", ("Closed", "Networking check-in")),
    ("F5", "ES", "Candidatura retirada", ("Closed", "Networking check-in")),
]


def test_a_workbook_shows_these_rows_as_meant(tmp_path: Path) -> None:
    check_workbook_rows(tmp_path, ROWS)


def test_a_csv_tracker_shows_these_rows_as_meant(tmp_path: Path) -> None:
    check_csv_rows(tmp_path, ROWS)
