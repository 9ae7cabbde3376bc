"""Outcome cells the words beside an outcome word turn around (ot95 F4-F7): an interview
invitation accepted is no job accepted, an offer of an interview in another language no job
offered, a no-show or a cross mark beside a word never the word, and an Indonesian rejection
before a dash is not overruled by the English round after it."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("cell", "read_as"),
    REJECTION_BEFORE_A_ROUND,
)
def test_the_words_beside_an_outcome_word(cell: str, read_as: tuple[str, bool]) -> None:
    assert read(cell) == read_as
