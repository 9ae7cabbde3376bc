"""The words a tracker's cells may hold, and what each means (DESIGN section 2).

Value vocabularies: ``header_key(user value)`` -> canonical value. Values outside a vocabulary
are row problems (reported, never guessed) unless a word rule in ``frame`` maps them.
"""

from __future__ import annotations

INTERVIEW_TYPES: dict[str, str] = {
    **{k: "phone" for k in ("phone", "phonescreen", "call", "phonecall", "screen", "screening")},
    **{
        k: "video"
        for k in (
            "video",
            "videocall",
            "zoom",
            "teams",
            "msteams",
            "virtual",
            "googlemeet",
            "meet",
            "webex",
            "skype",
        )
    },
    **{k: "onsite" for k in ("onsite", "inperson", "office", "oncampus", "facetoface")},
    **{k: "panel" for k in ("panel", "panelinterview", "group")},
    **{k: "final" for k in ("final", "finalround", "finalinterview", "lastround")},
    **{k: "other" for k in ("other", "technical", "assessment", "case", "takehome")},
}
INTERVIEW_TYPE_VALUES: tuple[str, ...] = ("phone", "video", "onsite", "panel", "final", "other")

SENIORITY: dict[str, str] = {
    **{
        k: "entry"
        for k in (
            "entry",
            "entrylevel",
            "intern",
            "internship",
            "junior",
            "jr",
            "graduate",
            "grad",
            "newgrad",
            "associate",
        )
    },
    **{k: "mid" for k in ("mid", "midlevel", "intermediate", "experienced")},
    **{k: "senior" for k in ("senior", "sr", "lead", "principal", "staff", "seniorlevel")},
    **{
        k: "executive"
        for k in (
            "executive",
            "exec",
            "director",
            "vp",
            "vicepresident",
            "head",
            "chief",
            "cxo",
            "ceo",
            "cto",
            "cfo",
            "coo",
            "svp",
            "evp",
            "partner",
        )
    },
}
SENIORITY_VALUES: tuple[str, ...] = ("entry", "mid", "senior", "executive")

OUTCOMES: dict[str, str] = {
    **{
        k: "open"
        for k in (
            "open",
            "interviewing",
            "pending",
            "inprogress",
            "active",
            "waiting",
            "applied",
            "scheduled",
            "awaiting",
        )
    },
    "offer": "offer",
    **{k: "hired" for k in ("hired",)},
    **{k: "accepted" for k in ("accepted", "offeraccepted")},
    **{
        k: "rejected"
        for k in (
            "rejected",
            "declined",
            "declinedbyemployer",
            "notselected",
            "rejection",
            "turneddown",
            "unsuccessful",
        )
    },
    **{k: "withdrawn" for k in ("withdrawn", "withdrew", "declinedbyme", "idrew")},
    **{k: "ghosted" for k in ("ghosted", "noresponse", "noreply")},
    **{k: "on hold" for k in ("onhold", "hold", "paused", "frozen")},
}
OUTCOME_VALUES: tuple[str, ...] = (
    "open",
    "offer",
    "hired",
    "accepted",
    "rejected",
    "withdrawn",
    "ghosted",
    "on hold",
)
CLOSED_WITH_OFFER: frozenset[str] = frozenset({"offer", "hired", "accepted"})
CLOSED_WITHOUT_OFFER: frozenset[str] = frozenset({"rejected", "withdrawn", "ghosted"})

# A sent column may hold a date or one of these marks when the date is unknown.
YES_MARKS: frozenset[str] = frozenset({"yes", "y", "x", "✓", "✔", "true", "1", "sent", "done"})
NO_MARKS: frozenset[str] = frozenset({"no", "n", "false", "0", "notsent", "notyet"})
# Words people put in date columns meaning "nothing here yet": read as empty, not as a problem.
PLACEHOLDERS: frozenset[str] = frozenset(
    {
        "",
        "na",
        "n/a",
        "none",
        "null",
        "tbd",
        "tba",
        "pending",
        "noresponse",
        "inprogress",
        "-",
        "—",
        "?",
        "unknown",
        "nan",
        "nat",
    }
)
