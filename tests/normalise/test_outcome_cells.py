"""Outcome cells the words beside an outcome word turn around (ot95 F4-F7): an interview
invitation accepted is no job accepted, an offer of an interview in another language no job
offered, a no-show or a cross mark beside a word never the word, and an Indonesian rejection
before a dash is not overruled by the English round after it."""

from __future__ import annotations

from pathlib import Path

import pytest
from outcome_rows import no_show_problem
from trackers import run_csv_seen

from followup_batch.normalise.cell_readers import read_vocabulary
from followup_batch.normalise.vocabularies import VOCABULARIES

OUTCOME = VOCABULARIES["outcome"]
UNKNOWN = (
    "is not a known outcome (not applied, applied, interviewing, offer, hired, accepted, "
    "rejected, withdrawn, ghosted or on hold); write one of them (blank is applied)"
)


def read(cell: str) -> tuple[str, bool]:
    """(the value read, whether the row needs info), checking the problem said with it."""
    value, problem, needs_info = read_vocabulary(cell, OUTCOME)
    assert problem == (f'"{cell}" {UNKNOWN}' if needs_info else None)
    return value, needs_info


NEEDS_INFO = ("applied", True)

# ot95 F4: an interview invitation accepted closed the row as the job accepted; an offer of an
# interview in Spanish, Portuguese, French, German, Italian, Dutch as the job offered.
INVITATIONS = [
    ("Interview offer accepted", ("interviewing", False)),
    ("Accepted interview", ("interviewing", False)),
    ("Interview invite accepted", ("interviewing", False)),
    ("Offer to interview accepted", ("interviewing", False)),
    ("Interview offer - accepted", ("interviewing", False)),
    ("Interview accepted", ("interviewing", False)),
    ("Accepted interview invite", ("interviewing", False)),
    ("I accepted the interview invitation", ("interviewing", False)),
    ("Final interview accepted", ("interviewing", False)),
    ("interview OFFER ACCEPTED!", ("interviewing", False)),
    # Another clause says how it went: read as before.
    ("Interview offer accepted, rejected after onsite", ("rejected", False)),
    ("Interview accepted, offer accepted", ("accepted", False)),
    # The job accepted, after an interview or in a trail: accepted as before.
    ("Accepted", ("accepted", False)),
    ("Offer accepted", ("accepted", False)),
    ("Accepted after final interview", ("accepted", False)),
    ("Accepted offer after interview", ("accepted", False)),
    ("Offer accepted after interview", ("accepted", False)),
    ("Offer after interview accepted", ("accepted", False)),
    ("Interview went well, accepted", ("accepted", False)),
    ("Interview, offer accepted", ("accepted", False)),
    ("Interview - offer accepted", ("accepted", False)),
    ("Interview - accepted", ("accepted", False)),
    ("Applied - Interview - Accepted", ("accepted", False)),
    # An offer of an interview in the other languages read: interviewing, as in English.
    ("Oferta de entrevista", ("interviewing", False)),
    ("Oferta entrevista", ("interviewing", False)),
    ("Proposta de entrevista", ("interviewing", False)),
    ("Offre d'entretien", ("interviewing", False)),
    ("Angebot Vorstellungsgespräch", ("interviewing", False)),
    ("Offerta di colloquio", ("interviewing", False)),
    ("Aanbod sollicitatiegesprek", ("interviewing", False)),
    ("Sollicitatiegesprek", ("interviewing", False)),
    ("Interview offer", ("interviewing", False)),
    # The job's offer in those languages stays the offer.
    ("Oferta", ("offer", False)),
    ("Oferta de trabajo", ("offer", False)),
    ("Proposta de emprego", ("offer", False)),
    ("Offre d'emploi", ("offer", False)),
    ("Angebot", ("offer", False)),
    ("Offerta di lavoro", ("offer", False)),
    ("Aanbod", ("offer", False)),
    ("Oferta após entrevista", ("offer", False)),
    ("Entrevista, oferta", ("offer", False)),
]

# ot95 F6: an interview offered, then taken back or not attended, was interviewing.
TAKEN_BACK_OR_NOT_ATTENDED = [
    ("Interview offer rescinded", ("rejected", False)),
    ("Interview rescinded", ("rejected", False)),
    ("Interview offer revoked", ("rejected", False)),
    ("Offer rescinded", ("rejected", False)),  # it was an offer
    ("Job offer rescinded", ("rejected", False)),
    ("Interview offer cancelled", ("rejected", False)),  # as before
    # ... and a round cancelled with its new day is moved (ot131 F3: it was rejected).
    ("Onsite 11/18 (cancelled, now 11/25)", ("interviewing", False)),
    ("Interview cancelled - rescheduled for 11/25", ("interviewing", False)),
    ("Onsite cancelled, new date 11/25", ("interviewing", False)),
    # ... without a new day it needs info, as German "Gespräch abgesagt" does: by whom, and
    # is a new day coming? (fx325: rejected.)
    ("Onsite 11/18 (cancelled)", NEEDS_INFO),
    ("Onsite cancelled, now what?", NEEDS_INFO),
    ("Interview offer - no show", NEEDS_INFO),
    ("Interview - no show", NEEDS_INFO),
    ("Interview no-show", NEEDS_INFO),
    ("Offer - no show", NEEDS_INFO),
    ("Interviewer didn't show", NEEDS_INFO),
    # A new date after it: an interview to come (fx188 F3, in test_outcome_words.py).
    ("Interviewer didn't show, rescheduled", ("interviewing", False)),
    ("No show", NEEDS_INFO),  # as before
    ("Rescinded", NEEDS_INFO),  # whose? (the user's acceptance?)
    # A closed row stands; a show, or a word with "show" in it, is no no-show.
    ("Rejected - no show", ("rejected", False)),
    ("Withdrew, no-show", ("withdrawn", False)),
    ("Showed up, interviewed", ("interviewing", False)),
    ("Interview - showcase project", ("interviewing", False)),
    ("Interview at Noshowa Ltd", ("interviewing", False)),
]

# ot95 F5: an Indonesian, Vietnamese or Thai rejection, a clause of its own, was overruled by
# the English round in the next clause; read as the English "Rejected - final round" is.
REJECTION_BEFORE_A_ROUND = [
    ("Ditolak - final round", ("rejected", False)),
    ("Tidak lolos - user interview", ("rejected", False)),
    ("Gagal - 2nd round", ("rejected", False)),
    ("Gagal tahap 2 - user interview", ("rejected", False)),
    ("Final round - ditolak", ("rejected", False)),
    ("Interview user - gagal", ("rejected", False)),
    ("Không đạt - final round", ("rejected", False)),
    ("ไม่ผ่าน - final round", ("rejected", False)),
    ("Mengundurkan diri - after HR interview", ("withdrawn", False)),
    ("Rejected - final round", ("rejected", False)),  # the English it follows
    # Not a clause of the word alone: read as before (needs info, or the other words).
    ("Gagal di final interview", NEEDS_INFO),
    ("Interview user gagal", NEEDS_INFO),
    ("Gak lolos tahap 2", NEEDS_INFO),
    ("Gagal dihubungi HR, final round besok", ("interviewing", False)),
    ("Tidak gagal, lanjut user interview", ("interviewing", False)),
    ("Tidak ada kabar, mungkin gagal", NEEDS_INFO),
    ("Offer, belum ditolak", ("offer", False)),
    ("Lolos - final round", ("interviewing", False)),  # a round passed, not a rejection
]

# ot95 F7: a cross mark beside an outcome word was dropped as punctuation ("Tawaran ❌", no
# offer, closed the row as an offer). A tick beside one says yes: the word stands.
MARKS = [
    ("Tawaran ❌", NEEDS_INFO),
    ("Trúng tuyển ❌", NEEDS_INFO),
    ("Diterima ❌", NEEDS_INFO),
    ("Lolos ❌", NEEDS_INFO),
    ("ผ่าน ❌", NEEDS_INFO),
    ("Tawaran ✗", NEEDS_INFO),
    ("Tawaran ✘", NEEDS_INFO),
    ("Tawaran - ❌", NEEDS_INFO),
    ("Offer ❌", NEEDS_INFO),
    ("❌ Offer", NEEDS_INFO),
    ("Accepted ❌", NEEDS_INFO),
    ("Offer \u2716\ufe0f", NEEDS_INFO),  # with the emoji picker's variation selector
    ("Offer 🚫", NEEDS_INFO),
    ("内定 ×", NEEDS_INFO),  # the cross of Japanese forms
    ("Interview ❌", NEEDS_INFO),
    # The last of ticked stages crossed: not passed (fx188 F2, in test_outcome_words.py).
    ("Phone screen ✅, Onsite ❌", ("rejected", False)),
    ("❌", NEEDS_INFO),  # as before
    # A cross beside a rejection is the same no: it stands.
    ("Rejected ❌", ("rejected", False)),
    ("❌ Rejected", ("rejected", False)),
    ("Ghosted ❌", ("ghosted", False)),
    ("Offer ❌, rejected", ("rejected", False)),
    # A tick says yes.
    ("Offer ✅", ("offer", False)),
    ("Offer ✔", ("offer", False)),
    ("Offer \u2714\ufe0f", ("offer", False)),
    ("Offer ☑", ("offer", False)),
    ("Tawaran ✅", ("offer", False)),
    ("Lolos ✅", ("interviewing", False)),
    ("Diterima ✔", ("accepted", False)),
    ("Offer x", ("offer", False)),  # a letter, no cross
]


@pytest.mark.parametrize(
    ("cell", "read_as"),
    INVITATIONS + TAKEN_BACK_OR_NOT_ATTENDED + REJECTION_BEFORE_A_ROUND + MARKS,
)
def test_the_words_beside_an_outcome_word(cell: str, read_as: tuple[str, bool]) -> None:
    assert read(cell) == read_as


CSV = """\
Company,Job Title,Date Applied,Status,Interview Date,Location
A Co,Analyst,12/1/2026,Interview offer accepted,12/14/2026,US
B Co,Analyst,12/1/2026,Oferta de entrevista,12/14/2026,MX
C Co,Analyst,12/1/2026,Interview offer - no show,12/14/2026,US
D Co,Analyst,12/1/2026,Ditolak - final round,12/14/2026,ID
E Co,Analyst,12/1/2026,Tawaran ❌,12/14/2026,ID
F Co,Analyst,12/1/2026,Offer ✅,12/14/2026,US
"""


def test_a_run_shows_these_rows_as_meant(tmp_path: Path) -> None:
    """Interview Mon 2026-12-14, as of Mon 2027-01-04: the open rows' 1st check-in is overdue
    (due Tue 12-22); a no-show (the interview did not take place: fx361) or a crossed offer
    needs info, with nothing due; the rejection
    is closed (its networking check-in later), and so is the offer."""
    seen = run_csv_seen(tmp_path, CSV, "2027-01-04")
    assert seen == {
        "A Co": ("Overdue", "1st check-in", "12/22/2026", ""),
        "B Co": ("Overdue", "1st check-in", "12/22/2026", ""),
        "C Co": (
            "Needs info",
            "—",
            "",
            no_show_problem(
                'row 4, column "Status"', "Interview offer - no show", "Mon 2026-12-14"
            ),
        ),
        "D Co": ("Closed", "Networking check-in", "2/22/2027", ""),
        "E Co": ("Needs info", "—", "", f'row 6, column "Status": "Tawaran ❌" {UNKNOWN}'),
        "F Co": ("Closed", "—", "", ""),
    }
