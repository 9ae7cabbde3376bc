"""The words the schedule answers in: the statuses and the next actions' labels."""

from __future__ import annotations

# The statuses, one name each for the code that compares with them (DESIGN section 3).
NEEDS_INFO = "Needs info"
OVERDUE = "Overdue"
DUE_TODAY = "Due today"
DUE_SOON = "Due soon"
SCHEDULED = "Scheduled"
WAITING = "Waiting"
NOT_APPLIED = "Not applied"
MOVED_ON = "Moved on"
CLOSED = "Closed"
# A row copied onto another sheet of one person's tracker: the copy there carries the
# follow-ups (``same_interview_action``).
DUPLICATE = "Duplicate"
STATUSES: tuple[str, ...] = (
    NEEDS_INFO,
    OVERDUE,
    DUE_TODAY,
    DUE_SOON,
    SCHEDULED,
    WAITING,
    NOT_APPLIED,
    MOVED_ON,
    CLOSED,
    DUPLICATE,
)
ACTION_LABELS: dict[str, str] = {
    "application_check_in": "Application check-in",
    "thank_you": "Thank-you note",
    "check_in_1": "1st check-in",
    "check_in_2": "2nd check-in",
    "final": "Final follow-up",
    "networking": "Networking check-in",
    "none": "—",
}

# A next action's step, by its label ("1st check-in": check_in_1), as its sent field is named
# (``check_in_1_sent``).
ACTION_STEPS: dict[str, str] = {label: key for key, label in ACTION_LABELS.items()}


def same_interview_action(sheet: str, row: int) -> str:
    """The next action of a row whose interview is copied onto another sheet, where that copy
    carries its follow-ups: ``See sheet Feb, row 2``; ``See row 2`` of a row repeated on its
    own sheet (``normalise.rounds.repeated_within``)."""
    return f"See sheet {sheet}, row {row}" if sheet else f"See row {row}"
