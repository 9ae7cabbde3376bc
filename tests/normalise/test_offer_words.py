"""Status cells that named an offer not made yet, a "no offer" still to come, a decline only
thought of, a name holding a negation, a waiting word (ot97 F2-F5, F10), and fx188's
leftovers (an offer accepted in Spanish, French and German, an interview invitation not
accepted, the employer's hiring someone else). Each case goes through ``read_vocabulary``,
the reader a run calls for every distinct Status cell, and one workbook per finding through
``run``."""

from __future__ import annotations

from pathlib import Path

import pytest
from outcome_rows import INTERVIEWING, NEEDS_INFO, OFFER, REJECTED, check_workbook_rows, read

# F2: an offer expected, hoped for, likely, to be confirmed, to be talked over, another
# employer's, or with no news since, is none made yet: interviewing.
NOT_MADE_YET = [
    ("Offer expected next week", INTERVIEWING),
    ("Offer expected", INTERVIEWING),
    ("Expecting offer", INTERVIEWING),
    ("Hoping for an offer", INTERVIEWING),
    ("Hoping for the offer", INTERVIEWING),
    ("Offer likely", INTERVIEWING),
    ("Offer maybe", INTERVIEWING),
    ("Potential offer", INTERVIEWING),
    ("Pre-offer", INTERVIEWING),
    ("Offer soon", INTERVIEWING),
    ("Offer TBC", INTERVIEWING),
    ("Offer tbd", INTERVIEWING),
    ("Offer call next week", INTERVIEWING),
    ("Offer call scheduled", INTERVIEWING),
    ("Offer discussion scheduled", INTERVIEWING),
    ("Final round - offer expected", INTERVIEWING),
    ("Offer from competitor, still interviewing", INTERVIEWING),
    ("Competing offer", INTERVIEWING),
    ("Offer - no news", INTERVIEWING),
    ("No answer yet on offer", INTERVIEWING),
    ("Wait for offer", INTERVIEWING),
    ("Oferta pendiente", INTERVIEWING),
    ("Esperando oferta", INTERVIEWING),
    ("Angebot noch nicht erhalten", INTERVIEWING),
    ("Angebot erwartet", INTERVIEWING),
    ("Warte auf Angebot", INTERVIEWING),
    ("En attente d'offre", INTERVIEWING),
    ("Offre attendue", INTERVIEWING),
    ("Aguardando proposta", INTERVIEWING),
    ("Proposta esperada", INTERVIEWING),
    # ot111 F6: to come, on its way, to follow (each closed the row as an offer).
    ("Pendiente de oferta", INTERVIEWING),
    ("Offre à venir", INTERVIEWING),
    ("Aanbod in aantocht", INTERVIEWING),
    ("Aanbod volgt", INTERVIEWING),
    ("Angebot folgt", INTERVIEWING),
    # The offers, made: as before.
    ("Offer", OFFER),
    ("Offer received", OFFER),
    ("Got the offer", OFFER),
    ("Got offer on a call", OFFER),
    ("Offer call done - offer made", OFFER),
    ("Verbal offer", OFFER),
    ("Offer letter signed", OFFER),
    ("Offer from Tak Lee Ltd", OFFER),
    ("Offer received - waiting to sign", OFFER),
    ("Offer received, waiting on background check", OFFER),
    ("Offer pending signature", OFFER),
    ("Oferta pendiente de firma", OFFER),
    ("Oferta recibida", OFFER),
    ("Angebot erhalten", OFFER),
    ("Offre reçue", OFFER),
    ("Mondeling aanbod, contract volgt", OFFER),
    ("Offer accepted, waiting for start date", ("accepted", False)),
    ("Offer -> declined", REJECTED),
    ("Rejected, no news", REJECTED),
]

# F3: "no offer" with "yet", "so far", "as of now" after it, or "still" before it, is still
# to come; "No offer" alone is rejected, as the README says.
NO_OFFER_YET = [
    ("No offer from them yet", INTERVIEWING),
    ("No offer from Nobel yet", INTERVIEWING),
    ("Still no offer", INTERVIEWING),
    ("No offer so far", INTERVIEWING),
    ("No offer as of now", INTERVIEWING),
    ("No offer, no rejection yet", INTERVIEWING),
    ("No offer yet", INTERVIEWING),
    ("No offer (yet)", INTERVIEWING),
    ("Sin oferta todavía", INTERVIEWING),
    ("No offer", REJECTED),
    ("No offer.", REJECTED),
    ("No offer from Stripe", REJECTED),
    ("No offer - rejected", REJECTED),
    ("No offer yet, rejected", REJECTED),
    ("Sin oferta", REJECTED),
    ("Kein Angebot", REJECTED),
]

# F4: a decline only thought of leaves the offer the person's; an offer not yet signed is
# made.
HEDGED_DECLINES = [
    ("Might decline offer", OFFER),
    ("Thinking to decline offer", OFFER),
    ("Considering declining the offer", OFFER),
    ("Offer not yet signed", OFFER),
    ("Offer received, not yet signed", OFFER),
    ("Offer unsigned", OFFER),
    ("Offer \u2013 not accepted yet", OFFER),
    ("Decline offer", REJECTED),
    ("Declining the offer", REJECTED),
    ("Declined offer", REJECTED),
    # "Maybe rejected" is a guess, the row kept open (ot108 F6: test_outcome_phrases' ASKED).
    ("Will decline the job offer", NEEDS_INFO),
    ("Offer not yet", INTERVIEWING),
    ("Offer not yet received", INTERVIEWING),
    ("Offer not yet sent", INTERVIEWING),  # the employer's to send: none made
    ("Offer not received", NEEDS_INFO),
]

# F5: a web address or a capitalised name holding an outcome or negation word is a name.
NAMES = [
    ("Hired.com screening", INTERVIEWING),
    ("Interview via Indeed.com", INTERVIEWING),
    ("Tak Lee Ltd phone screen", INTERVIEWING),
    ("Decline Labs onsite", INTERVIEWING),
    ("Interview with Noah Fail", INTERVIEWING),
    ("Noah Fail interview", INTERVIEWING),
    ("Decline Labs offer", OFFER),
    ("Tak Lee offer", OFFER),
    ("Hired", ("hired", False)),
    ("Hired - start Feb 1", ("hired", False)),
    # Not names: the words said, in lower case or in a cell all capitalised, or beside a
    # word of their own language or a stage.
    ("Tak dapat offer", NEEDS_INFO),
    ("Tak Dapat offer", NEEDS_INFO),
    ("Tak Dapat Offer", NEEDS_INFO),
    ("Tak offer", NEEDS_INFO),
    ("Decline Offer", REJECTED),
    ("Failed Interview", REJECTED),
    ("Failed Phone screen", REJECTED),
    ("Gagal interview", REJECTED),
]

# F10: waiting words.
WAITING = [
    ("Interview ×2", INTERVIEWING),
    ("Interview x2", INTERVIEWING),
    ("No news", ("applied", False)),
    ("No decision yet", ("applied", False)),
    ("Not offered yet", INTERVIEWING),
    ("Belum ada kabar", ("applied", False)),
    ("Menunggu offer", INTERVIEWING),
    ("Chờ offer", INTERVIEWING),
    ("Not offered", REJECTED),  # as "Not hired" (fx198)
    ("Belum interview", ("applied", False)),  # not interviewed yet, as "No interview yet" (fx225)
    ("Belum ada tawaran", INTERVIEWING),  # no offer yet (fx198)
    ("Chưa có offer", NEEDS_INFO),
    ("No news - rejected", REJECTED),
]

# fx188's leftovers.
LEFTOVERS = [
    ("Oferta aceptada", ("accepted", False)),
    ("Offre acceptée", ("accepted", False)),
    ("Angebot angenommen", ("accepted", False)),
    ("Entrevista aceptada", INTERVIEWING),  # the interview's, as before
    ("Interview invitation not accepted", NEEDS_INFO),
    ("Entretien pas accepté", NEEDS_INFO),
    ("Interview invitation accepted", INTERVIEWING),
    ("Interview invitation", INTERVIEWING),
    ("Recruitment hired someone", REJECTED),
    ("They went with someone else", REJECTED),
    ("Hired an internal candidate", REJECTED),
    ("Chose another date for the interview", INTERVIEWING),
]

# fx198: the last stop's leftovers. An offer letter pending is awaited, as "Awaiting offer
# letter" is (pending a signature, made); an offer in negotiation is made, its odds ("50/50")
# are none made; an offer accepted that its brackets say was an interview's invitation is the
# interview; "no offer yet" in the other languages read; "not offered" alone is no offer.
FX198 = [
    ("Offer letter pending", INTERVIEWING),
    ("Pending offer letter", INTERVIEWING),
    ("Awaiting offer letter", INTERVIEWING),
    ("Offer letter pending signature", OFFER),
    ("Verbal offer, offer letter pending", OFFER),
    ("Offer (verbal) pending written", OFFER),
    ("Offer letter received", OFFER),
    ("Offer in negotiation", OFFER),
    ("Offer under negotiation", OFFER),
    ("Negotiating offer", OFFER),
    ("Offer 50/50", INTERVIEWING),
    ("Offer 50-50", INTERVIEWING),
    ("Offer chances 50%", INTERVIEWING),
    ("50/50 on the offer", INTERVIEWING),
    ("Offer odds: 70%", INTERVIEWING),
    ("Offer 100%", OFFER),
    ("Offer 5/1", OFFER),
    ("Offer 15/05/2027", OFFER),
    ("Offer accepted (interview invite)", INTERVIEWING),
    ("Offer accepted (Interview invitation)", INTERVIEWING),
    ("Offer accepted [invite to interview]", INTERVIEWING),
    ("Invite accepted (onsite interview invite)", INTERVIEWING),
    ("Offer accepted (after interview)", ("accepted", False)),
    ("Offer accepted (interview 12/1)", ("accepted", False)),
    ("Offer accepted (start date March)", ("accepted", False)),
    ("Offer accepted", ("accepted", False)),
    ("No hay oferta todavía", INTERVIEWING),
    ("Todavía no hay oferta", INTERVIEWING),
    ("Aún no hay oferta", INTERVIEWING),
    ("No hay oferta", REJECTED),
    ("Ainda não há proposta", INTERVIEWING),
    ("Não há proposta", REJECTED),
    ("Pas encore d'offre", INTERVIEWING),
    ("Toujours pas d'offre", INTERVIEWING),
    ("Pas d'offre", REJECTED),
    ("Noch kein Angebot", INTERVIEWING),
    ("Angebot steht noch aus", INTERVIEWING),
    ("Nog geen aanbod", INTERVIEWING),
    ("Ancora nessuna offerta", INTERVIEWING),
    ("Henüz teklif yok", INTERVIEWING),
    ("Teklif yok", REJECTED),
    ("Teklif", OFFER),
    ("Belum ada offer", INTERVIEWING),
    ("Not yet offered", INTERVIEWING),
    ("Not offered yet", INTERVIEWING),
    ("Interviewed, not offered", REJECTED),
    ("Interviewed but not offered", REJECTED),
    ("Was not offered the job", REJECTED),
    # Near cases: "not offered" of something else, and waiting words, read as before.
    ("Hired, not offered relocation", ("hired", False)),
    ("Offer received, not offered equity", OFFER),
    ("Not offered to reschedule", NEEDS_INFO),
    ("No news is good news", ("applied", False)),
    ("No news", ("applied", False)),
]

# ot100 F1, F4: "no offer yet" said with "none" or "for now", "so far" in Portuguese, Spanish,
# French, Italian, German and Turkish, and a tracker's "Offer:" field holding a no, is none made
# yet: interviewing (they closed the row as an offer, or as rejected). Romanian "offer
# withdrawn" is rejected, as "Offer withdrawn".
OT100_NO_OFFER_YET = [
    ("Nenhuma oferta ainda", INTERVIEWING),
    ("Nenhuma proposta ainda", INTERVIEWING),
    ("Ninguna oferta todavía", INTERVIEWING),
    ("Aucune offre pour le moment", INTERVIEWING),
    ("Pas encore reçu d'offre", INTERVIEWING),
    ("Ancora niente offerta", INTERVIEWING),
    ("Henüz teklif gelmedi", INTERVIEWING),
    ("Ofertă retrasă", REJECTED),
    ("Offer: no", INTERVIEWING),
    ("Offer - no", INTERVIEWING),
    ("Offer \u2014 nope", INTERVIEWING),
    ("Offer: none yet", INTERVIEWING),
    ("Offer: N/A", INTERVIEWING),
    ("None yet (offer)", INTERVIEWING),
    ("Offer: pending", INTERVIEWING),
    ("Offer: waiting", INTERVIEWING),
    ("Phone screen, offer: no", INTERVIEWING),
    ("Sin oferta por ahora", INTERVIEWING),
    ("Sem oferta por enquanto", INTERVIEWING),
    ("Bisher kein Angebot", INTERVIEWING),
    ("Kein Angebot bisher", INTERVIEWING),
    ("Nessuna offerta per ora", INTERVIEWING),
    ("Pas d'offre pour l'instant", INTERVIEWING),
    ("No offer at the moment", INTERVIEWING),
    # Near cases, read as before: "no offer" alone is rejected, an offer is one.
    ("Nenhuma oferta", REJECTED),
    ("Ninguna oferta", REJECTED),
    ("Aucune offre", REJECTED),
    ("Nessuna offerta", REJECTED),
    ("Kein Angebot", REJECTED),
    ("No offer", REJECTED),
    ("Teklif gelmedi", NEEDS_INFO),  # "no offer came": as "Offer not received"
    ("Teklif", OFFER),
    ("Proposta", OFFER),
    ("Offer withdrawn", REJECTED),
    ("Offer pending", INTERVIEWING),
    ("Offer: yes", OFFER),
    ("Offer: accepted", ("accepted", False)),
    ("Offer received", OFFER),
    ("Offer: $120k", OFFER),
    ("Offer: pending signature", OFFER),
    ("Offer - no news", INTERVIEWING),
    ("Offer: no, rejected", REJECTED),
]

# ot100 F2, F6: an offer's odds in words are none made, as its odds in numbers are; a percentage
# followed by a word of the offer's terms is the offer made, not its odds.
OT100_ODDS_AND_TERMS = [
    ("Offer chances slim", INTERVIEWING),
    ("Offer unlikely", INTERVIEWING),
    ("Offer chances low", INTERVIEWING),
    ("Chance of offer: high", INTERVIEWING),
    ("Offer odds low", INTERVIEWING),
    ("Offer 50% remote", OFFER),
    ("Offer 50% remote, 120k", OFFER),
    ("Offer: 50% bonus", OFFER),
    ("Offer: 50% bonus, 20% remote", OFFER),
    ("Offer 10% below ask", OFFER),
    ("Offer 20 % raise", OFFER),
    # Near cases, read as before: odds in numbers, an offer with its terms.
    ("Offer chances 50%", INTERVIEWING),
    ("Offer odds: 70%", INTERVIEWING),
    ("Offer 30% chance", INTERVIEWING),
    ("Offer 30% likely", INTERVIEWING),
    ("Offer 30%", INTERVIEWING),
    ("Offer 50/50", INTERVIEWING),
    ("Offer likely", INTERVIEWING),
    ("Offer 100% remote", OFFER),
    ("Offer received - 50% remote", OFFER),
    ("Offer received", OFFER),
    ("Unlikely", NEEDS_INFO),
]


@pytest.mark.parametrize(
    ("cell", "read_as"),
    NOT_MADE_YET
    + NO_OFFER_YET
    + HEDGED_DECLINES
    + NAMES
    + WAITING
    + LEFTOVERS
    + FX198
    + OT100_NO_OFFER_YET
    + OT100_ODDS_AND_TERMS,
)
def test_a_status_cell_is_read_as_meant(cell: str, read_as: tuple[str, bool]) -> None:
    assert read(cell) == read_as


# One row per finding and its nearest case not to match, interviewed Mon 2026-11-02, as of
# Fri 2026-11-20 (no US, ID, ES or FR holiday moves the 1st check-in, due Mon 11-09 + 1 to
# the preferred Tue 11-10, overdue).
ROWS = [
    ("A1", "US", "Offer expected next week", ("Overdue", "1st check-in")),
    ("A2", "FR", "En attente d'offre", ("Overdue", "1st check-in")),
    ("A3", "US", "Verbal offer", ("Closed", "—")),
    ("B1", "US", "No offer from them yet", ("Overdue", "1st check-in")),
    ("B2", "US", "No offer", ("Closed", "Networking check-in")),
    ("C1", "US", "Might decline offer", ("Closed", "—")),
    ("C2", "US", "Offer not yet signed", ("Closed", "—")),
    ("C3", "US", "Decline offer", ("Closed", "Networking check-in")),
    ("D1", "US", "Hired.com screening", ("Overdue", "1st check-in")),
    ("D2", "US", "Decline Labs onsite", ("Overdue", "1st check-in")),
    ("E1", "US", "No news", ("Overdue", "1st check-in")),
    ("E2", "ID", "Menunggu offer", ("Overdue", "1st check-in")),
    ("E3", "ID", "Belum ada tawaran", ("Overdue", "1st check-in")),
    ("F1", "ES", "Oferta aceptada", ("Closed", "—")),
    ("F2", "US", "Recruitment hired someone", ("Closed", "Networking check-in")),
    ("F3", "US", "Interview invitation not accepted", ("Needs info", "—")),
    ("G1", "US", "Offer letter pending", ("Overdue", "1st check-in")),
    ("G2", "US", "Offer in negotiation", ("Closed", "—")),
    ("G3", "US", "Offer accepted (interview invite)", ("Overdue", "1st check-in")),
    ("G4", "ES", "No hay oferta todavía", ("Overdue", "1st check-in")),
    ("G5", "FR", "Pas encore d'offre", ("Overdue", "1st check-in")),
    ("G6", "US", "Interviewed, not offered", ("Closed", "Networking check-in")),
    ("H1", "BR", "Nenhuma oferta ainda", ("Overdue", "1st check-in")),
    ("H2", "US", "Offer: no", ("Overdue", "1st check-in")),
    ("H3", "ES", "Sin oferta por ahora", ("Overdue", "1st check-in")),
    ("H4", "US", "Offer: yes", ("Closed", "—")),
    ("H5", "BR", "Nenhuma oferta", ("Closed", "Networking check-in")),
    ("I1", "US", "Offer unlikely", ("Overdue", "1st check-in")),
    ("I2", "US", "Offer 50% remote", ("Closed", "—")),
    ("I3", "US", "Offer 30% chance", ("Overdue", "1st check-in")),
]


def test_a_workbook_shows_these_rows_as_meant(tmp_path: Path) -> None:
    check_workbook_rows(tmp_path, ROWS)
