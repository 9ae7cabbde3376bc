"""The headers of a wide tracker's stage columns ("Phone", "Onsite Date", "Final Round"): one
date column per interview stage instead of one Interview Date column, each stage's header
giving the interview's type (DESIGN section 2).

Keyed as ``header_keys.header_key``; header detection (``headers``) reads them.
"""

from __future__ import annotations

# Wide trackers keep one date column per interview stage instead of an Interview Date column.
# header_key(stage header) -> the interview type that stage is; a trailing "date" or
# "interview date" is allowed ("Onsite Date", "Phone Interview Date").
STAGE_HEADERS: dict[str, str] = {
    **{
        k: "phone"
        for k in (
            "phone",
            "phonescreen",
            "phoneinterview",
            "phonecall",
            "screen",
            "screening",
            "recruiterscreen",
            "recruitercall",
            "hrscreen",
            "hrinterview",
        )
    },
    **{k: "video" for k in ("video", "videointerview", "videocall", "virtual", "zoom")},
    **{
        k: "onsite"
        for k in ("onsite", "oncampus", "inperson", "onsiteinterview", "superday", "campus")
    },
    **{k: "panel" for k in ("panel", "panelinterview")},
    **{k: "final" for k in ("final", "finalround", "finalinterview")},
    **{
        k: "other"
        for k in (
            "technical",
            "technicalinterview",
            "techscreen",
            "codinginterview",
            "assessment",
            "casestudy",
            "takehome",
            "firstround",
            "secondround",
            "thirdround",
            "round1",
            "round2",
            "round3",
            "1stround",
            "2ndround",
            "3rdround",
            "1stinterview",
            "2ndinterview",
            "3rdinterview",
            "4thinterview",
            "firstinterview",
            "secondinterview",
            "thirdinterview",
            "fourthinterview",
            "interview1",
            "interview2",
            "interview3",
            "interview4",
            "interviewdate1",
            "interviewdate2",
            "interviewdate3",
            "interviewdate4",
        )
    },
}
# Where a stage stands in an interview process, to say a stage dated before one that comes
# first (an Onsite before the Phone Screen: one date is a typo). A phone screen comes before an
# onsite or a panel, and those before the final round. A video call, a technical test, a
# take-home or a numbered round can come anywhere (a take-home before the phone screen is
# common), so they are not ranked.
STAGE_ORDER: dict[str, int] = {"phone": 1, "onsite": 2, "panel": 2, "final": 3}
# "Onsite Date", "Phone Interview Date"; "Date of first interview".
STAGE_HEADER_SUFFIXES: tuple[str, ...] = ("interviewdate", "date")
STAGE_HEADER_PREFIXES: tuple[str, ...] = ("dateofthe", "dateof")
MIN_STAGE_COLUMNS = 2  # "several" stage columns make a wide tracker; one could be a phone number
# ... but a lone one that says "interview" ("First Interview Date", Huntr's export; "1st
# Interview", "Interview 1") is the tracker's one interview date: read as the Interview Date.
LONE_STAGE_WORD = "interview"
