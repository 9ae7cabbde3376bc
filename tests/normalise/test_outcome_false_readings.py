"""Status cells an outside tester found read wrong (ot98 F1, F2, F3, F12): a "declined to" say
something closed the row as rejected, an "Offer" name or an offer stage to come closed it as an
offer, an offer retracted was an offer and "Accepted elsewhere" this job accepted; a tick
without a comma, Malay rejections, "Counteroffer" and "Interview not bad" needed info. Each case
goes through ``read_vocabulary``, the reader a run calls for every distinct Status cell, beside
the near cases that must keep their reading; one workbook through ``run`` shows what a person
sees."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from outcome_rows import NEEDS_INFO, check_workbook_rows, put_off_problem, read

# F1: a decline to say something is the employer not answering; a decline of the job, the
# offer, the position, the interview, or to go on, still closes.
DECLINED = [
    ("Declined to comment", ("applied", False)),
    ("HR declined to comment", ("applied", False)),
    ("Declined to share salary band", ("applied", False)),
    ("Recruiter declined to give feedback", ("applied", False)),
    ("They declined to say when", ("applied", False)),
    ("Declined to answer", ("applied", False)),
    ("Declined to comment on timeline", ("applied", False)),
    ("Declined to comment on offer", ("applied", False)),  # what was not said: not read
    ("declining to comment", ("applied", False)),
    ("Hiring freeze - declined to comment", ("on hold", False)),
    ("Phone screen, declined to give range", ("interviewing", False)),
    ("Interviewer declined the invite, rescheduling", ("interviewing", False)),
    ("Interviewer declined the meeting", NEEDS_INFO),  # nothing else said
    ("Declined to relocate", NEEDS_INFO),  # a decline of something else: unread
    ("Offer, declined to negotiate", ("offer", False)),
    ("Declined to comment, rejected", ("rejected", False)),
    ("Rejected, declined to give feedback", ("rejected", False)),
    # Closes, as before.
    ("Declined", ("rejected", False)),
    ("Declined offer", ("rejected", False)),
    ("Offer declined", ("rejected", False)),
    ("Declined the offer", ("rejected", False)),
    ("Candidate declined", ("rejected", False)),
    ("Position declined", ("rejected", False)),
    ("HR declined", ("rejected", False)),
    ("Declined interview", ("rejected", False)),
    ("Declined the invite", ("rejected", False)),  # the person's own: the interview's
    ("I declined the meeting", ("rejected", False)),
    ("HR declined the interview invite", ("rejected", False)),
    ("Declined to proceed", ("rejected", False)),
    ("Candidate declined to proceed", ("rejected", False)),
    ("Declined to move forward", ("rejected", False)),
    ("Declined to give me an offer", ("rejected", False)),
    ("Company declined to extend offer", ("rejected", False)),
    ("Declined - took another offer", ("withdrawn", False)),  # F3: took another
    # A company named Decline stays a name.
    ("Decline Labs onsite", ("interviewing", False)),
    ("Interview with Decline Labs", ("interviewing", False)),
    ("Rescheduling", ("interviewing", False)),
]

# F2: "Offer" as a word of a name, or an offer stage still to come, is no offer.
OFFER_NAMES = [
    ("Offer Up onsite", ("interviewing", False)),
    ("Onsite at Offer Up", ("interviewing", False)),
    ("Offer Up - phone screen", ("interviewing", False)),
    ("Offer Management PM - onsite", ("interviewing", False)),
    ("Offer Manager interview", ("interviewing", False)),
    ("Onsite; offer stage next", ("interviewing", False)),
    ("Next stage offer", ("interviewing", False)),
    ("Haven't accepted another offer yet", ("interviewing", False)),  # another employer's
    # Right before, kept.
    ("OfferUp onsite", ("interviewing", False)),
    ("Offerpad phone screen", ("interviewing", False)),
    ("Phone screen (Offers team)", ("interviewing", False)),
    ("Offer Up", NEEDS_INFO),  # the name alone says nothing
    # A person's surname after an initial or a title.
    ("Phone screen w/ J. Offer", ("interviewing", False)),
    ("Onsite with Dr. Decline", ("interviewing", False)),
    ("Interview with Mr. Tak", ("interviewing", False)),
    ("Interview with Tak Lolos", ("interviewing", False)),
    ("Rejected by J. Decline", ("rejected", False)),
    ("Interview 3 P.M. Offer made", ("offer", False)),  # a time, no initial
    ("Onsite went OK. Offer", ("offer", False)),
    # Offers, as before.
    ("Offer up to 120k", ("offer", False)),
    ("Offer", ("offer", False)),
    ("Offer Letter received", ("offer", False)),
    ("Verbal Offer", ("offer", False)),
    ("Job offer received", ("offer", False)),
    ("Offer stage", ("offer", False)),
]

# F3: an offer taken back is rejected, as "Offer rescinded"; an offer accepted elsewhere is
# the person's withdrawal from this one.
TAKEN_BACK = [
    ("Offer retracted", ("rejected", False)),
    ("Offer rescinded", ("rejected", False)),
    ("Offer withdrawn", ("rejected", False)),
    ("Offer pulled", ("rejected", False)),
    ("Offer pulled back", ("rejected", False)),
    ("Offer revoked", ("rejected", False)),
    ("Offer cancelled", ("rejected", False)),
    ("Offer canceled", ("rejected", False)),
    ("Offer was retracted", ("rejected", False)),
    ("They withdrew the offer", ("rejected", False)),
    ("Retracted offer", ("rejected", False)),
    ("Accepted elsewhere", ("withdrawn", False)),
    ("Accepted another offer", ("withdrawn", False)),
    ("Accepted an offer elsewhere", ("withdrawn", False)),
    ("Took another job", ("withdrawn", False)),
    ("Withdrew, accepted another offer", ("withdrawn", False)),
    # This job accepted, as before.
    ("Accepted", ("accepted", False)),
    ("Offer accepted", ("accepted", False)),
    ("Accepted after final interview", ("accepted", False)),
]

# F12: spellings that needed info.
MISSES = [
    ("Phone screen ✅ Onsite ❌", ("rejected", False)),
    ("Phone screen ✔️ Onsite ❌", ("rejected", False)),
    ("Applied ✅ Phone screen ✅ Onsite ❌", ("rejected", False)),
    ("Phone screen ✅ Onsite ❌ Final ✅", NEEDS_INFO),  # a tick after the cross
    ("Phone screen ❌ Onsite ✅", NEEDS_INFO),
    ("Phone screen Onsite ❌", NEEDS_INFO),  # no tick before it
    ("Phone screen ✅ Offer ❌", NEEDS_INFO),
    ("Permohonan ditolak", ("rejected", False)),
    ("Tak lolos", ("rejected", False)),
    ("tak lolos", ("rejected", False)),
    ("Ditolak HR", ("rejected", False)),
    ("Ditolak oleh HR", ("rejected", False)),
    ("Tak Lee Ltd phone screen", ("interviewing", False)),  # a name, as before
    ("Tak lolos tahap 2", NEEDS_INFO),  # a longer cell, as "Gak lolos tahap 2"
    ("Counteroffer received", ("offer", False)),
    ("Counteroffer", ("offer", False)),
    ("Counter-offer", ("offer", False)),
    ("No counteroffer", NEEDS_INFO),
    ("Interview not bad", ("interviewing", False)),
    ("Interview not too bad", ("interviewing", False)),
    ("Onsite not great", ("interviewing", False)),
    ("Interview not scheduled", NEEDS_INFO),  # as before
    ("Interview not accepted", NEEDS_INFO),
    ("Offer not bad", NEEDS_INFO),
]

# ot100 F5, F11: "refused to", "would not" say something, and "No comment", are the employer not
# answering, as "Declined to comment" is; someone's decline of a meeting's or calendar's invite
# is the meeting to be set again, as "..., rescheduling" is.
OT100_NOT_SAID = [
    ("Refused to comment", ("applied", False)),
    ("HR refused to comment", ("applied", False)),
    ("Refused to say", ("applied", False)),
    ("Would not comment", ("applied", False)),
    ("Wouldn't comment", ("applied", False)),
    ("Won't say", ("applied", False)),
    ("No comment from HR", ("applied", False)),
    ("No comment", ("applied", False)),
    ("Recruiter declined the meeting invite", ("interviewing", False)),
    ("Hiring manager declined the calendar invite", ("interviewing", False)),
    # Near cases, read as before.
    ("Refused", ("rejected", False)),
    ("Refused offer", ("rejected", False)),
    ("Refused to proceed", ("rejected", False)),
    ("Refused to give me an offer", ("rejected", False)),
    ("Would not move forward", NEEDS_INFO),
    ("Would not give an offer", NEEDS_INFO),
    ("No comment, rejected", ("rejected", False)),
    ("Interviewer declined the meeting", NEEDS_INFO),
    ("I declined the meeting invite", ("rejected", False)),
    ("Candidate declined the meeting invite", ("rejected", False)),
    ("Recruiter declined the meeting invite, rejected", ("rejected", False)),
]


@pytest.mark.parametrize(
    ("cell", "read_as"), DECLINED + OFFER_NAMES + TAKEN_BACK + MISSES + OT100_NOT_SAID
)
def test_a_status_cell_is_read_as_meant(cell: str, read_as: tuple[str, bool]) -> None:
    assert read(cell) == read_as


# The tester's rows and their nearest cases, interviewed Mon 2026-11-02, as of Fri 2026-11-20
# (the 1st check-in, due Mon 11-09 + 1 to the preferred Tue 11-10, overdue).
ROWS = [
    ("A1", "US", "Declined to comment", ("Overdue", "1st check-in")),
    ("A2", "US", "HR declined to comment", ("Overdue", "1st check-in")),
    ("A3", "US", "Phone screen, declined to give range", ("Overdue", "1st check-in")),
    # fx344: put off, the interview of 11/02 was not held: no check-in counts from it.
    ("A4", "US", "Interviewer declined the invite, rescheduling", ("Needs info", "—")),
    ("A5", "US", "Declined to relocate", ("Needs info", "—")),
    ("A6", "US", "Declined offer", ("Closed", "Networking check-in")),
    ("A7", "US", "Candidate declined", ("Closed", "Networking check-in")),
    ("B1", "US", "Offer Up onsite", ("Overdue", "1st check-in")),
    ("B2", "US", "Offer Management PM - onsite", ("Overdue", "1st check-in")),
    ("B3", "US", "Onsite; offer stage next", ("Overdue", "1st check-in")),
    ("B4", "US", "Offer Letter received", ("Closed", "—")),
    ("C1", "US", "Offer retracted", ("Closed", "Networking check-in")),
    ("C2", "US", "Accepted elsewhere", ("Closed", "Networking check-in")),
    ("C3", "US", "Accepted", ("Closed", "—")),
    ("D1", "US", "Phone screen ✅ Onsite ❌", ("Closed", "Networking check-in")),
    ("D2", "MY", "Permohonan ditolak", ("Closed", "Networking check-in")),
    ("D3", "MY", "Tak lolos", ("Closed", "Networking check-in")),
    ("D4", "US", "Counteroffer received", ("Closed", "—")),
    ("D5", "US", "Interview not bad", ("Overdue", "1st check-in")),
    ("D6", "US", "Phone screen ✅ Onsite ❌ Final ✅", ("Needs info", "—")),
    ("E1", "US", "Refused to comment", ("Overdue", "1st check-in")),
    ("E2", "US", "Recruiter declined the meeting invite", ("Overdue", "1st check-in")),
    ("E3", "US", "Refused", ("Closed", "Networking check-in")),
]


def test_a_workbook_shows_these_rows_as_meant(tmp_path: Path) -> None:
    check_workbook_rows(
        tmp_path,
        ROWS,
        {"A4": put_off_problem("E5", "Interviewer declined the invite, rescheduling")},
    )
    sheet = openpyxl.load_workbook(tmp_path / "tracker.xlsx", data_only=True).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    why = {
        row[header.index("Company")]: str(row[header.index("Why")]).splitlines()[0]
        for row in sheet.iter_rows(min_row=2, values_only=True)
    }
    # What the Why column says first: the offer's "nothing more to send", the networking
    # check-in of a row closed without one, the check-in of an open row.
    assert why["B4"] == "Closed: the outcome is offer; nothing more to send."
    assert why["C3"] == "Closed: the outcome is accepted; nothing more to send."
    assert why["C1"] == (
        "Networking check-in: 10 weeks after Mon 2026-11-02 → Mon 2027-01-11; closed: the outcome "
        "is rejected, only this message is left"
    )
    assert why["A1"] == (
        "1st check-in: 5 bd after Mon 2026-11-02 → Mon 2026-11-09 → Tue 2026-11-10"
        " (preferred send day)"
    )
