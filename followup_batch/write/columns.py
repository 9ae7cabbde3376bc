"""The owned columns: the columns the tool writes into a tracker and overwrites on every run.

Found again by their header on re-runs, appended right of the user's columns the first time
(DESIGN section 5). Keys are the names the rest of the code uses; values the headers.
"""

from __future__ import annotations

from collections.abc import Iterable

from followup_batch.read.fields import header_key

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

# A header row holding at least this many of the owned headers was written by the tool: its
# columns are found again. Fewer are the user's own columns that happen to share a name (a
# hand-made "Next action" or "Why"): they are left alone and the tool appends its own.
OWNED_FOUND_AT_LEAST = 6
_OWNED_KEYS = {header_key(text): key for key, text in OWNED_COLUMNS.items()}


def find_owned_columns(header: Iterable[tuple[int, object]]) -> dict[str, int]:
    """The owned columns already in a header row: key -> column (any numbering), or {} when
    the row does not hold the tool's set (``OWNED_FOUND_AT_LEAST``).

    ``header``: (column, text) of the row's cells. A header the user repeats ("Next action"
    of their own beside the tool's) is the tool's where it stands nearest the tool's other
    columns, found once each.
    """
    seen: dict[str, list[int]] = {}
    for column, text in sorted(header, key=lambda cell: cell[0]):
        if not isinstance(text, str) or not text:
            continue
        key = _OWNED_KEYS.get(header_key(text))
        if key is not None:
            seen.setdefault(key, []).append(column)
    if len(seen) < OWNED_FOUND_AT_LEAST:
        return {}
    single = sorted(columns[0] for columns in seen.values() if len(columns) == 1)
    if not single:
        return {key: columns[-1] for key, columns in seen.items()}
    middle = single[len(single) // 2]
    return {key: min(columns, key=lambda c: (abs(c - middle), -c)) for key, columns in seen.items()}
