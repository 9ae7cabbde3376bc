"""The owned columns: the columns the tool writes into a tracker and overwrites on every run.

Found again by their header on re-runs, appended right of the user's columns the first time
(DESIGN section 5). Keys are the names the rest of the code uses; values the headers.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from followup_batch.errors import UnsafeWrite
from followup_batch.read.header_keys import header_key
from followup_batch.schedule.labels import ACTION_LABELS, STATUSES

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
_KEY_OF = {key: text for text, key in _OWNED_KEYS.items()}  # key -> its header key
_ORDER = list(OWNED_COLUMNS)


def find_owned_columns(
    header: Iterable[tuple[int, object]],
    *,
    marked: Collection[int] = (),
    looks_ours: Callable[[str, int], bool | None] | None = None,
    letter: Callable[[int], str] = str,
    unmarked_at_least: int = OWNED_FOUND_AT_LEAST,
) -> dict[str, int]:
    """The owned columns already in a header row: key -> column (any numbering), or {} when
    the row does not hold the tool's set.

    ``header``: (column, text) of the row's cells. ``marked``: the columns whose header cell
    carries the tool's note (a workbook): with any, the row is the tool's, and of a repeated
    header the marked one is. Otherwise the row must hold ``unmarked_at_least`` of the owned
    headers: a workbook, whose tool headers all carry the note, asks for all of them (six
    hand-made columns named like the tool's are the person's, not the tool's to overwrite).

    A header the user repeats ("Why" of their own beside the tool's) is settled by evidence,
    never by position alone: the tool's note, then what the column holds (``looks_ours(key,
    column)``: True when its cells are the kind the tool writes there, None when that cannot
    tell), then its neighbours (the tool's columns stand in their order). With none of these
    telling them apart, ``UnsafeWrite``: overwriting the wrong one would lose the user's cells.
    """
    cells = {column: text for column, text in header if isinstance(text, str) and text}
    keys = {column: header_key(text) for column, text in cells.items()}
    seen: dict[str, list[int]] = {}
    for column in sorted(keys):
        key = _OWNED_KEYS.get(keys[column])
        if key is not None:
            seen.setdefault(key, []).append(column)
    if marked:
        # A header with the tool's note is the tool's; another of the same name is the user's.
        seen = {key: [c for c in cols if c in marked] or cols for key, cols in seen.items()}
    elif len(seen) < unmarked_at_least:
        return {}
    found = {}
    for key, columns in seen.items():
        found[key] = columns[0] if len(columns) == 1 else _settle(key, columns, keys, looks_ours)
        if found[key] is None:
            _refuse_repeated_set(seen, letter)
            listed = " and ".join(letter(c) for c in columns)
            raise UnsafeWrite(
                f'{len(columns)} columns are headed "{OWNED_COLUMNS[key]}" ({listed}) and '
                "nothing tells which one the tool writes; rename your own (say, "
                f'"My {OWNED_COLUMNS[key].lower()}") and run again'
            )
    return {key: column for key, column in found.items() if column is not None}


def _refuse_repeated_set(seen: Mapping[str, list[int]], letter: Callable[[int], str]) -> None:
    """Refuse a header row that holds the tool's whole set of columns more than once (two
    builds of the tool each wrote its own, report ot27 F4): none of them is the person's, so
    the advice is to delete a set, never to rename one; which is left to the person."""
    sets = min((len(seen.get(key, ())) for key in OWNED_COLUMNS), default=0)
    if sets < 2:
        return
    sets_at = [[columns[i] for columns in seen.values()] for i in range(sets)]
    spans = [f"{letter(min(at))}–{letter(max(at))}" for at in sets_at]
    listed = ", ".join(spans[:-1]) + " and " + spans[-1]
    times = "twice" if sets == 2 else f"{sets} times"
    raise UnsafeWrite(
        f"the tool's {len(OWNED_COLUMNS)} columns appear {times}, at {listed} (written by "
        "runs that did not find each other's?), and nothing tells which set is the one to "
        f"keep: delete {'one set' if sets == 2 else 'all sets but one'} and run again"
    )


def _settle(
    key: str,
    columns: list[int],
    keys: Mapping[int, str],
    looks_ours: Callable[[str, int], bool | None] | None,
) -> int | None:
    """Which of ``columns`` (all headed like ``key``) is the tool's, or None when nothing
    tells: what they hold, then which stands between the tool's neighbours."""
    if looks_ours is not None:
        said = {column: looks_ours(key, column) for column in columns}
        ours = [column for column, yes in said.items() if yes]
        maybe = [column for column, yes in said.items() if yes is not False]
        if len(ours) == 1 or (not ours and len(maybe) == 1):
            return (ours or maybe)[0]
        columns = ours or maybe or columns
    # The tool writes its columns side by side, in their order: the longest such run of
    # headers around a column says it is the tool's.
    run = {column: _run_length(key, column, keys) for column in columns}
    best = max(run.values())
    winners = [column for column, length in run.items() if length == best]
    return winners[0] if best > 1 and len(winners) == 1 else None


def _run_length(key: str, column: int, keys: Mapping[int, str]) -> int:
    """How many headers in a row around ``column`` are the tool's, in the tool's order."""
    at, length = _ORDER.index(key), 1
    for step in (-1, 1):
        i, c = at + step, column + step
        while 0 <= i < len(_ORDER) and keys.get(c) == _KEY_OF[_ORDER[i]]:
            length += 1
            i, c = i + step, c + step
    return length


# What the tool writes in its columns, to tell its column from a user's of the same name in a
# file without notes (a CSV). A subject is free text: it cannot tell.
# A CSV keeps the run's words (no live "Sent — run again").
STATUS_WORDS = frozenset(STATUSES)
ACTION_WORDS = frozenset(ACTION_LABELS.values())
_SEE_COPY = re.compile(r"See sheet .+, row \d+")  # ``labels.same_interview_action``
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# A date as a spreadsheet saves a CSV's date cells again in its locale's short style: Excel
# en-US 11/3/2026, en-GB 03/11/2026, de-DE 03.11.2026, two-digit years, year first
# (2026/11/03), a day-month name (3-Nov-26), a midnight time after it (2026-11-03 00:00:00).
_SPREADSHEET_DAY = re.compile(
    r"(?:\d{4}([-/.])\d{1,2}\1\d{1,2}|\d{1,2}([-/.])\d{1,2}\2(?:\d{4}|\d{2})"
    r"|\d{1,2}[- ][A-Za-z]{3}[- ](?:\d{4}|\d{2}))"
    r"(?: 0?0:00(?::00)?(?: ?[AaPp]\.?[Mm]\.?)?| 12:00(?::00)? ?[Aa]\.?[Mm]\.?)?"
)
_PROBLEM = re.compile(r"(?:[A-Z]{1,3}\d+: |row \d+, column \")")
# The first line of a Why cell names a step or the row's state; a draft opens with a greeting.
_WHY = re.compile(
    r"(?:Thank-you note|1st check-in|2nd check-in|Final follow-up|Networking check-in|"
    r"Application check-in|Closed|Moved on|Not applied|No dates|Nothing more to send|Applied|"
    r"Waiting|Sent|Needs info|Duplicate)\b"
)
_GREETING = re.compile(r"(?:Hi |Hello,|Dear |Good (?:morning|afternoon|evening))")


def looks_written_by_the_tool(
    key: str,
    values: Iterable[str],
    dates: re.Pattern[str] | None = None,
    *,
    any_style: bool = False,
) -> bool | None:
    """Whether ``values`` (a column's cells, blanks included) are what the tool writes under
    ``key``: True, False, or None when its kind of text cannot tell (or nothing is filled).
    Its dates are ISO (2026-11-24) or, in a CSV whose own dates have a style, ``dates``;
    with ``any_style``, also as a spreadsheet that saved the file again restyled them
    (11/24/2026, 24.11.26, 2026-11-24 00:00:00: ``_SPREADSHEET_DAY``)."""
    # A few hundred filled cells tell as well as a hundred thousand.
    filled = list(itertools.islice((v.strip() for v in values if v and v.strip()), 500))
    if not filled:
        return None
    if key == "status":
        test: Callable[[str], bool] = STATUS_WORDS.__contains__
    elif key == "next_action":
        test = lambda v: v in ACTION_WORDS or bool(_SEE_COPY.fullmatch(v))  # noqa: E731
    elif key in OWNED_DATE_COLUMNS:
        styled = _SPREADSHEET_DAY if any_style else dates or _ISO_DAY
        test = lambda v: bool(_ISO_DAY.fullmatch(v) or styled.fullmatch(v))  # noqa: E731
    elif key == "problems":
        test = _PROBLEM.match  # type: ignore[assignment]
    elif key == "why":
        test = _WHY.match  # type: ignore[assignment]
    elif key == "draft":
        test = _GREETING.match  # type: ignore[assignment]
    else:
        return None
    return all(test(v) for v in filled)


# The owned columns that hold free text a person may be tempted to edit: a change there is
# found against the last run's texts (``hand_edits``). The status is a live formula and the
# due columns hold dates.
OWNED_TEXT_COLUMNS: tuple[str, ...] = ("next_action", "draft_subject", "draft", "why", "problems")


def owned_text_columns(headers: Sequence[object]) -> dict[str, int]:
    """Where the tool's status, text and due-date columns are in a header row (key -> 0-based
    column; in a due column a person's words, not a date, are theirs too, and so is a word
    other than a status typed over the status, report ot64 F4): only when
    the row holds the tool's set (``OWNED_FOUND_AT_LEAST`` of its headers), and only headers
    that appear once: a repeated one may be the person's own column, which is never theirs
    to be told about."""
    seen: dict[str, list[int]] = {}
    for column, text in enumerate(headers):
        key = _OWNED_KEYS.get(header_key(text)) if isinstance(text, str) and text else None
        if key is not None:
            seen.setdefault(key, []).append(column)
    if len(seen) < OWNED_FOUND_AT_LEAST:
        return {}
    return {
        key: seen[key][0]
        for key in ("status", *OWNED_TEXT_COLUMNS, *OWNED_DATE_COLUMNS)
        if len(seen.get(key, ())) == 1
    }


def owned_status_column(headers: Sequence[object]) -> int | None:
    """Where the tool's ``Follow-up status`` is in a header row that holds the tool's set
    (0-based), when it appears once; None otherwise."""
    found = [
        column
        for column, text in enumerate(headers)
        if isinstance(text, str) and text and _OWNED_KEYS.get(header_key(text)) == "status"
    ]
    return found[0] if len(found) == 1 and owned_text_columns(headers) else None


def first_owned_column(headers: Sequence[object]) -> int | None:
    """Where the tool's columns start in a header row that holds the tool's set (0-based):
    the cells before it are the person's; None otherwise."""
    columns = [*owned_text_columns(headers).values(), owned_status_column(headers)]
    return min((column for column in columns if column is not None), default=None)
