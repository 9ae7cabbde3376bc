"""The tracker schema as data: canonical fields, header synonyms and value vocabularies.

DESIGN section 2 is the reference. Everything a reader needs to recognise a user's header or
value lives in the tables below, so "Recruiter is read as Interviewer" is found in one place.

The normalised frame
--------------------
``normalise.normalise_rows`` turns the raw cells of one tracker into a DataFrame indexed by the
Excel row number (as the user sees it), with exactly the columns in ``NORMALISED_COLUMNS``. This
frame is the contract between reading and the rules: ``rules.schedule`` needs nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    name: str
    header: str  # canonical header, what `init` writes and the docs use
    required: bool
    synonyms: tuple[str, ...]
    meaning: str


FIELDS: tuple[Field, ...] = (
    Field(
        "company",
        "Company",
        True,
        ("Employer", "Organization", "Organisation", "Firm", "Company Name"),
        "employer",
    ),
    Field(
        "position",
        "Position",
        True,
        ("Role", "Job Title", "Title", "Position Title", "Job"),
        "role title",
    ),
    Field(
        "interview_at",
        "Interview Date",
        True,
        (
            "Interview",
            "Date",
            "Interviewed On",
            "Interview Date/Time",
            "Interview Time",
            "Date of Interview",
        ),
        "date or date-time of the interview",
    ),
    Field(
        "client",
        "Client",
        False,
        ("Candidate", "Name", "Job Seeker"),
        "the job seeker; defaults to sheet name / file stem / config",
    ),
    Field(
        "interviewer",
        "Interviewer",
        False,
        ("Interviewers", "Contact", "Contact Name", "Hiring Manager", "Recruiter"),
        "one or more names (; , & and newline)",
    ),
    Field(
        "interviewer_email",
        "Interviewer Email",
        False,
        ("Email", "Contact Email", "Interviewer Emails", "E-mail"),
        "address(es), same order as names",
    ),
    Field(
        "interview_type",
        "Interview Type",
        False,
        ("Type", "Format", "Stage"),
        "phone, video, onsite, panel, final, other",
    ),
    Field("round", "Round", False, ("Interview Round",), "integer >= 1"),
    Field(
        "seniority",
        "Seniority",
        False,
        ("Level", "Seniority Level"),
        "entry, mid, senior, executive",
    ),
    Field("industry", "Industry", False, ("Sector",), "free text, mapped to a speed class"),
    Field(
        "stated_decision",
        "Decision Date",
        False,
        ("They Said", "Expected Response", "Timeline", "Decision", "Expected Decision"),
        "a date, or a phrase relative to the interview",
    ),
    Field(
        "thank_you_sent",
        "Thank-you Sent",
        False,
        ("Thank You", "TY Sent", "Thank You Sent"),
        "a date, or a yes-mark when the date is unknown",
    ),
    Field(
        "check_in_1_sent",
        "Check-in 1 Sent",
        False,
        (
            "Follow-up 1",
            "First Follow-up",
            "1st Follow-up",
            "Follow-up 1 Sent",
            "1st Check-in Sent",
            "First Check-in",
        ),
        "a date or a yes-mark",
    ),
    Field(
        "check_in_2_sent",
        "Check-in 2 Sent",
        False,
        (
            "Follow-up 2",
            "Second Follow-up",
            "2nd Follow-up",
            "Follow-up 2 Sent",
            "2nd Check-in Sent",
            "Second Check-in",
        ),
        "a date or a yes-mark",
    ),
    Field(
        "final_sent",
        "Final Follow-up Sent",
        False,
        ("Final Sent", "Final Follow-up", "Closing Follow-up"),
        "a date or a yes-mark",
    ),
    Field(
        "networking_sent",
        "Networking Sent",
        False,
        ("Last Networking", "Networking"),
        "date of the last networking touch",
    ),
    Field(
        "last_reply",
        "Last Reply",
        False,
        ("Heard Back", "Last Response", "Reply Date", "Response Date", "Last Contact"),
        "last date the employer replied",
    ),
    Field(
        "outcome",
        "Outcome",
        False,
        ("Result", "Status", "Application Status"),
        "open, offer, hired, accepted, rejected, withdrawn, ghosted, on hold",
    ),
    Field(
        "topic",
        "Topic",
        False,
        ("Notes", "Topics", "Talking Points"),
        "what was discussed; used in drafts",
    ),
    Field(
        "value_add",
        "Value Add",
        False,
        ("Share", "Idea", "Value-add"),
        "an article, idea or work sample to offer in a check-in",
    ),
    Field(
        "country",
        "Country",
        False,
        ("Holiday Calendar", "Location Country"),
        "ISO code or English name, optional subdivision: US, US-CA, GB-SCT, DE-BY, Germany",
    ),
)

FIELDS_BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}
REQUIRED_FIELDS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.required)
SENT_FIELDS: tuple[str, ...] = (
    "thank_you_sent",
    "check_in_1_sent",
    "check_in_2_sent",
    "final_sent",
)


def header_key(text: object) -> str:
    """The form headers are compared in: lower case, letters and digits only.

    >>> header_key(" Thank-you  Sent ")
    'thankyousent'
    """
    return re.sub(r"[^0-9a-z]+", "", str(text).casefold())


def _header_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for f in FIELDS:
        for text in (f.header, f.name, *f.synonyms):
            index.setdefault(header_key(text), f.name)
    return index


# header_key(text) -> field name, canonical headers and field names first.
HEADER_INDEX: dict[str, str] = _header_index()

# Value vocabularies: header_key(user value) -> canonical value. Values outside a vocabulary are
# row problems (reported, never guessed) unless a word rule below maps them.
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
        )
    },
}
STAGE_HEADER_SUFFIXES: tuple[str, ...] = ("interviewdate", "date")
MIN_STAGE_COLUMNS = 2  # "several" stage columns make a wide tracker; one could be a phone number

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

# Owned output columns, in the order they are appended right of the user's columns.
OUTPUT_HEADERS: dict[str, str] = {
    "status": "Follow-up status",
    "next_action": "Next action",
    "next_due": "Next due",
    "thank_you_due": "Thank-you due",
    "check_in_1_due": "1st check-in due",
    "check_in_2_due": "2nd check-in due",
    "final_due": "Final follow-up due",
    "networking_due": "Networking due",
    "draft_subject": "Draft subject",
    "draft": "Draft",
    "why": "Why",
    "problems": "Problems",
}
DATE_OUTPUTS: tuple[str, ...] = (
    "next_due",
    "thank_you_due",
    "check_in_1_due",
    "check_in_2_due",
    "final_due",
    "networking_due",
)

STATUSES: tuple[str, ...] = (
    "Needs info",
    "Overdue",
    "Due today",
    "Due soon",
    "Scheduled",
    "Waiting",
    "Moved on",
    "Closed",
)
ACTION_LABELS: dict[str, str] = {
    "thank_you": "Thank-you note",
    "check_in_1": "1st check-in",
    "check_in_2": "2nd check-in",
    "final": "Final follow-up",
    "networking": "Networking check-in",
    "none": "—",
}

# The normalised frame (see module docstring), column -> dtype.
NORMALISED_COLUMNS: dict[str, str] = {
    "client": "object",  # str ('' when unknown)
    "company": "object",  # str or None when missing
    "position": "object",  # str or None when missing
    "interview_date": "datetime64[ns]",  # date of the interview (time dropped), NaT when bad
    "interviewers": "object",  # list[str], possibly empty
    "interviewer_emails": "object",  # list[str], same order as interviewers
    "interview_type": "object",  # one of INTERVIEW_TYPE_VALUES ('other' when blank)
    "round": "Int64",  # >= 1 or <NA>
    "seniority": "object",  # one of SENIORITY_VALUES ('mid' when blank)
    "industry": "object",  # user text, '' when blank
    "decision_date": "datetime64[ns]",  # stated decision resolved to a date, or NaT
    "decision_within_bd": "Int64",  # N for "within N business days" (resolved by the rules)
    "thank_you_sent": "datetime64[ns]",  # date sent, NaT when unsent or undated
    "thank_you_done": "bool",  # True when marked sent (dated or not)
    "check_in_1_sent": "datetime64[ns]",
    "check_in_1_done": "bool",
    "check_in_2_sent": "datetime64[ns]",
    "check_in_2_done": "bool",
    "final_sent": "datetime64[ns]",
    "final_done": "bool",
    "networking_sent": "datetime64[ns]",  # last networking touch or NaT
    "last_reply": "datetime64[ns]",  # last employer reply or NaT
    "outcome": "object",  # one of OUTCOME_VALUES ('open' when blank)
    "country": "object",  # holiday calendar key: 'US', 'US-CA', 'GB-SCT', ...
    "topic": "object",  # str, '' when blank
    "value_add": "object",  # str, '' when blank
    "needs_info": "bool",  # a required value is missing or unreadable
    "problems": "object",  # list[str] of row problems, naming the cell
}
