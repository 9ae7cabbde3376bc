"""Layouts told apart by their headers alone: a known export whose columns mean something else
than their names say, and sheets that are close to a tracker but cannot be followed up, each
refused once with what it is and which column would make it work.

- LinkedIn's "Job Applications" export (Settings → Data privacy → Get a copy of your data) has
  Application Date, Contact Email, Contact Phone Number, Company Name, Job Title, Job Url,
  Resume Name and Question And Answers. Its Contact Email is the address the applicant gave
  LinkedIn, their own: it never becomes a recipient.
- Huntr's board export (a CSV of a board's jobs) has title, companyName, listName, boardName,
  createdAt, lastMovedAt and deadline, in camelCase, but no applied or interview date: its
  createdAt is the day the job was added to the board, which is a date applied only for a user
  who adds jobs as they apply. It is refused saying so, and which column to map if it is.
- Trello's board export (a CSV of a board's cards) has Card Name, List Name, Board Name and
  Due Date: the company and the role share the card's name ("Acme - Backend Engineer"), and
  the due date is whatever deadline the card had. It is refused saying so.
- An application log without dates (Company, Position, Status, but no date at all; one whose
  only interview column is an Interviewed read as yes/no marks is told how to map it), a log
  whose company column has a name of its own (Name, Date, Stage), and a stage tally without
  companies (a stage column and a count column) are refused with their own wording. A stage
  column among headers of another language (Yritys, Tehtävä, Status) is no tally: the sheet lists
  applications, and gets the usual message asking to map its headers.
"""

from __future__ import annotations

from collections.abc import Sequence

from followup_batch.read import fields
from followup_batch.read.column_letters import column_letter
from followup_batch.read.header_keys import header_key
from followup_batch.read.lookalike_headers import no_dates_fix

LINKEDIN_HEADERS = frozenset(
    header_key(h) for h in ("Application Date", "Contact Email", "Company Name", "Job Title")
)
LINKEDIN_MARKERS = frozenset(
    header_key(h) for h in ("Job Url", "Resume Name", "Question And Answers")
)
LINKEDIN_OWN_ADDRESS = header_key("Contact Email")
HUNTR_HEADERS = frozenset(
    header_key(h) for h in ("companyName", "listName", "boardName", "createdAt")
)
TRELLO_HEADERS = frozenset(
    header_key(h) for h in ("Card Name", "List Name", "Board Name", "Due Date")
)


def _keys(*headers: str) -> frozenset[str]:
    return frozenset(header_key(h) for h in headers)


# LinkedIn's other exports, in the "Get a copy of your data" folder beside Job Applications and
# Saved Jobs (ot136 F2: each failed a run of the folder): none lists applications. Told by
# their headers (all of them there: LinkedIn adds columns over time), each left alone saying
# what it is. Positions.csv is the person's own job history: its companies are past employers
# and its "Started On" no day applied, so no column of it is to be mapped.
LINKEDIN_OTHER_EXPORTS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "LinkedIn's export of your own job history (Positions.csv), whose companies are your "
        "employers, not applications",
        _keys("Company Name", "Title", "Description", "Location", "Started On", "Finished On"),
    ),
    (
        "LinkedIn's export of your volunteering (Volunteering.csv)",
        _keys("Company Name", "Role", "Cause", "Started On", "Finished On"),
    ),
    (
        "LinkedIn's export of recommendations (Recommendations_Received.csv or _Given.csv)",
        _keys("First Name", "Last Name", "Company", "Job Title", "Text", "Creation Date"),
    ),
    (
        "LinkedIn's export of your profile (Profile.csv)",
        _keys("First Name", "Last Name", "Headline", "Summary", "Industry"),
    ),
    (
        "LinkedIn's export of your education (Education.csv)",
        _keys("School Name", "Start Date", "End Date", "Degree Name"),
    ),
    (
        "LinkedIn's export of your messages (messages.csv)",
        _keys("Conversation ID", "Conversation Title", "From", "To", "Date", "Content"),
    ),
    (
        "LinkedIn's export of your invitations (Invitations.csv)",
        _keys("From", "To", "Sent At", "Message", "Direction"),
    ),
    (
        "LinkedIn's export of your job-seeker preferences (Job Seeker Preferences.csv)",
        _keys("Locations", "Industries", "Preferred Job Types", "Job Titles"),
    ),
)


def other_export(headers: Sequence[str]) -> str | None:
    """What a header row of one of LinkedIn's exports that list no applications
    (``LINKEDIN_OTHER_EXPORTS``) says the file is, or None."""
    keys = {header_key(h) for h in headers if h}
    return next((what for what, known in LINKEDIN_OTHER_EXPORTS if known <= keys), None)


# The headers of a tally's numbers, beside its stage column ("Stage, Count").
TALLY_COUNTS = frozenset(
    header_key(h)
    for h in (
        "Count", "Counts", "Number", "No.", "Total", "Amount", "Quantity", "Qty",
        "Applications", "Number of applications", "Percent", "Percentage", "Share", "Rate",
        "Conversion", "Conversion rate", "Anzahl", "Nombre", "Cantidad", "Número",
    )
)  # fmt: skip


def is_linkedin_applications(keys: set[str]) -> bool:
    """The header keys are those of LinkedIn's "Job Applications" export."""
    return keys >= LINKEDIN_HEADERS and bool(LINKEDIN_MARKERS & keys)


def drop_own_address(
    headers: list[str], mapping: dict[str, int], explicit: set[str], notes: list[str]
) -> None:
    """In LinkedIn's export, leave its Contact Email alone (unless the user mapped it): it is
    the applicant's own address, and drafts must not go to it."""
    keys = {header_key(h) for h in headers if h}
    column = mapping.get("interviewer_email")
    if column is None or not is_linkedin_applications(keys):
        return
    key = header_key(headers[column])
    if key != LINKEDIN_OWN_ADDRESS or key in explicit:
        return
    del mapping["interviewer_email"]
    notes.append(
        f'LinkedIn "Job Applications" export: "{headers[column]}" '
        f"({column_letter(column + 1)}) is your own address, not the employer's, so drafts "
        "get no recipient from it; add a Recruiter Email column for one."
    )


def refusal(
    where: str,
    mapping: dict[str, int],
    headers: list[str],
    dated: Sequence[str] = (),
    named: str = "",
) -> str | None:
    """The refusal for a header row that is a known kind of non-tracker, or None.

    ``headers``: the row's cells as written ('' for an empty one). ``named``: how to give the
    row a Company and a Position column, by the headers it has (``headers._missing_fix``)."""
    has = set(mapping)
    listed = ", ".join(h for h in headers if h)
    keys = {header_key(h): h for h in headers if h}
    if keys.keys() >= HUNTR_HEADERS and not has & set(fields.DATE_SOURCES):
        created = keys[header_key("createdAt")]
        return (
            f"{where} is a Huntr board export: it has no Date Applied or Interview Date, and "
            f'its "{created}" is the day each job was added to the board. If you add jobs '
            f'when you apply, map it with --map "{created}=applied_at"; else add a Date '
            "Applied column."
        )
    if keys.keys() >= TRELLO_HEADERS and not {"company", "position"} <= has:
        card, due = keys[header_key("Card Name")], keys[header_key("Due Date")]
        return (
            f'{where} is a Trello board export: each card\'s "{card}" holds the company and the '
            f'role together ("Acme - Backend Engineer"), and "{due}" may be any deadline. First '
            "split the card name into Company and Position columns (the file is refused until "
            "then); then, for the date, add an Interview Date (or Date Applied) column, or map "
            f'--map "{due}=interview_at" if the due date is the interview.'
        )
    counts = any(header_key(h) in TALLY_COUNTS for h in headers if h)
    if {"company", "position"} <= has and not has & set(fields.DATE_SOURCES):
        if "interviewed" in has:
            return _flag_without_dates(where, listed, headers, mapping["interviewed"])
        unread = [h for column, h in enumerate(headers) if column not in mapping.values()]
        return (
            f"{where} is an application log without dates ({listed}): nothing can be scheduled "
            f"without one. {no_dates_fix(unread, [h for h in dated if h in unread])}"
        )
    if "outcome" in has and not has & {"company", "position"} and has & set(fields.DATE_SOURCES):
        # Dates and stages, one row each: an application log whose company column has a name
        # of its own (Name, Employer / Role), not a tally.
        return f"{where} has dates and stages but no Company or Position column ({listed}). {named}"
    if "outcome" in has and not has & {"company", "position"} and counts:
        return (
            f"{where} is a stage tally without companies ({listed}): it counts applications, "
            "it does not list them. Run on the sheet with one row per application, or add "
            "Company, Position and Date Applied columns."
        )
    return None


def _flag_without_dates(where: str, listed: str, headers: list[str], column: int) -> str:
    """The refusal of a log whose only interview column is read as yes/no marks: none of its
    first rows holds a date there (``read.headers``), or the user's column map says it is the
    flag. Not "without dates": its rows may hold them further down (ot76 F1)."""
    header = headers[column]
    bare = header.replace('"', "")
    return (
        f'{where} has no date column ({listed}): "{header}" '
        f"({column_letter(column + 1)}) is read as yes/no marks (Interviewed), and "
        "nothing can be scheduled without a date. Add an Interview Date column or a Date "
        f'Applied column (the day you applied), or if "{header}" holds the interviews\' dates, '
        f'map it with --map "{bare}=interview_at".'
    )
