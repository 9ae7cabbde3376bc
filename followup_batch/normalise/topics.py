"""The topic a draft quotes ("Our discussion of ___"): never a Notes column the user has not
mapped.

A header that says what was discussed (Topic, Topics, Talking Points, or any header the user's
column map names) is quoted as it is. A ``Notes`` column (``fields.NOTES_HEADERS``) holds one's
own notes ("backup option", "salary 120k", "recruiter ghosted") as often as a topic, and no
reading of the words tells "backup option" from "dbt migration"; a draft that quotes the one
cannot be sent. So a Notes column is read (its rows are rows, its notes are notes) but kept
private: drafts are worded without a topic, and ``topic_notes`` says how to have it quoted.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from followup_batch.normalise.cells import cell_text, longer_than, shown
from followup_batch.read.fields import NOTES_HEADERS
from followup_batch.read.header_keys import header_key
from followup_batch.read.table import RawTable

NOTES_KEYS = frozenset(header_key(h) for h in NOTES_HEADERS)
# A private note this short ("ok", "no") is a word any message may hold: not a quote of it.
PRIVATE_QUOTED_AT_LEAST = 4
# The most words of a topic a draft quotes ("One topic we discussed stayed with me
# afterwards: ___"); a longer first line of the cell is notes, not a phrase, and is left out.
TOPIC_MAX_WORDS = 10


def notes_column(table: RawTable) -> str | None:
    """The header of the Notes column read as the topic (``NOTES_HEADERS``, not mapped by the
    user), else None."""
    column = table.mapping.get("topic")
    if column is None:
        return None
    header = table.headers[column]
    key = header_key(header)
    if key not in NOTES_KEYS or key in table.mapped_by_user:
        return None
    return header


def quoted_topics(table: RawTable, topics: np.ndarray) -> np.ndarray:
    """The rows' topics (text, '' when blank) as the drafts quote them: none from a Notes
    column."""
    if notes_column(table) is None:
        return topics
    return np.full(len(topics), "", dtype=object)


def topic_left_out(value: object) -> str | None:
    """The problem to say of a Topic cell whose first line (what a draft would quote) is
    longer than ``TOPIC_MAX_WORDS`` words: the drafts leave it out, and a person who typed
    one line of 13 words so as not to edit the thank-you sent a generic one unawares (ot127
    F5). None for a phrase, a blank cell, or a cell of a number or a date."""
    if not isinstance(value, str):
        return None
    first = " ".join(value.strip().split("\n", 1)[0].split())
    if not longer_than(first, TOPIC_MAX_WORDS):
        return None
    return (
        f"{shown(first)} is longer than a topic the drafts quote ({TOPIC_MAX_WORDS} words): "
        'the drafts leave it out; write the point in a few words ("pricing experiments")'
    )


def topic_notes(tables: list[RawTable]) -> list[list[str]]:
    """Each sheet's note that its Notes column is not quoted, and how to have it quoted (check,
    run -v): on the first sheet of the file it is true of only, as the month sheets of a split
    tracker share one Notes column."""
    said: set[str] = set()
    per_sheet = []
    for table in tables:
        header = notes_column(table)
        filled = header is not None and any(map(cell_text, table.cells.get("topic", ())))
        note = (
            f'"{header}" is kept private: drafts never quote it. To quote it as the interview '
            f'topic, use --map "{header}=topic" or rename the column Topic.'
        )
        per_sheet.append([note] if filled and note not in said else [])
        if filled:
            said.add(note)
    return per_sheet


def private_notes(table: RawTable) -> tuple[str, pd.Series] | None:
    """The header and cells of the sheet's Notes column kept private, if any."""
    header = notes_column(table)
    if header is None or "topic" not in table.cells:
        return None
    return header, table.cells["topic"]


def quoted_note(text: str, tool_text: str, note: object) -> str:
    """The row's private note when ``text`` (a draft in the tracker) quotes it and the tool's
    ``tool_text`` does not: such a draft is never kept, whoever wrote it (``hand_edits``;
    report ot64, F3: an earlier version's draft quoting "case interview went ok" was kept)."""
    if not isinstance(note, str) or len(note.strip()) < PRIVATE_QUOTED_AT_LEAST:
        return ""
    words = " ".join(note.split()).casefold()
    plain = " ".join(text.split()).casefold()
    if words in " ".join(tool_text.split()).casefold():
        return ""
    return note.strip() if re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", plain) else ""
