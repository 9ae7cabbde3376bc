"""The topic a draft quotes ("Our conversation about ___"), and from a Notes column only a cell
that reads as one.

A header that says what was discussed (Topic, Topics, Talking Points, or any header the user's
column map names) is quoted as it is. A ``Notes`` column (``fields.NOTES_HEADERS``) as often
holds one's own notes ("asked about A/B testing at scale", "team of 6, reports to VP Data"),
which pasted into a draft make one that cannot be sent. Its cell is the topic only when its
first line reads as a short noun phrase ("dbt migration", "pricing experiments"):
- at most ``MAX_NOTE_TOPIC_WORDS`` words;
- no clause separator (``,`` ``;`` ``:``, a spaced dash) and no sentence end (``.`` ``!`` ``?``);
- none of the words a sentence has and a topic has not (``read.table.SENTENCE_WORDS``: I, we,
  they, my, our, said, asked, was, ...);
- its first word is not a past tense: one ending in -ed ("talked about", "liked", "Discussed")
  or one of ``PAST_TENSES``. A topic that starts so ("Distributed systems") needs a Topic
  column.
Any other cell leaves the draft to its wording without a topic; ``topic_notes`` says how many
were quoted.
"""

from __future__ import annotations

import functools
import re

import numpy as np

from followup_batch.normalise.cells import cell_text, quoted
from followup_batch.read.fields import NOTES_HEADERS, header_key
from followup_batch.read.table import SENTENCE_WORDS, RawTable

MAX_NOTE_TOPIC_WORDS = 8
# Irregular past tenses a note of what happened starts with ("met the CTO", "spoke about").
PAST_TENSES = frozenset(
    "met spoke saw thought felt went got gave took had made knew sent heard told said".split()  # noqa: SIM905 (a word list)
)
NOTES_KEYS = frozenset(header_key(h) for h in NOTES_HEADERS)
_NOT_A_PHRASE = re.compile(r"[,;:.!?]|\s[-\u2013\u2014]\s")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@functools.lru_cache(maxsize=65536)  # a tracker's notes repeat; each row and the note ask
def reads_as_topic(text: str) -> bool:
    """``text`` (a Notes cell) reads as an interview topic: see the rule above."""
    line = text.strip().split("\n", 1)[0].strip()
    words = line.split()
    if not words or len(words) > MAX_NOTE_TOPIC_WORDS or _NOT_A_PHRASE.search(line):
        return False
    spelled = [w.casefold().replace("’", "'") for w in _WORD.findall(line)]
    if not spelled or not SENTENCE_WORDS.isdisjoint(spelled):
        return False
    first = spelled[0] if _WORD.match(line) else ""
    return not (first.endswith("ed") or first in PAST_TENSES)


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
    """The rows' topics (text, '' when blank) as the drafts quote them: from a Notes column
    only the cells that read as a topic."""
    if notes_column(table) is None:
        return topics
    return np.array([t if t and reads_as_topic(t) else "" for t in topics], dtype=object)


def topic_notes(table: RawTable) -> list[str]:
    """How many cells of a Notes column the drafts quote as the topic (check, run -v)."""
    header = notes_column(table)
    if header is None or "topic" not in table.cells:
        return []
    filled = [t for t in map(cell_text, table.cells["topic"]) if t]
    if not filled:
        return []
    used = sum(map(reads_as_topic, filled))
    left = next((t for t in filled if not reads_as_topic(t)), None)
    text = f'"{header}": {used} of {len(filled)} notes are quoted in drafts as the interview topic'
    if left is not None:
        text += f'; the others read as your own notes ("{quoted(left)}") and are left out'
    return [text + '. A "Topic" column is quoted word for word']
