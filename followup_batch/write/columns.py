"""The owned columns: the columns the tool writes into a tracker and overwrites on every run.

Found again by their header on re-runs, appended right of the user's columns the first time
(DESIGN section 5). Keys are the names the rest of the code uses; values the headers.
"""

from __future__ import annotations

# In the order they are appended right of the user's columns.
OWNED_COLUMNS: dict[str, str] = {
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
OWNED_DATE_COLUMNS: tuple[str, ...] = (
    "next_due",
    "thank_you_due",
    "check_in_1_due",
    "check_in_2_due",
    "final_due",
    "networking_due",
)
