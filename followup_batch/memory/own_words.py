"""Which words of a text found in the tool's columns are the person's own: the words that no
text of the tool's has beside them. After an upgrade the tool's texts of the earlier version
differ from this one's (another sentence, another date format), so a whole draft differing
from this run's is no sign of the person (report ot141, F2: one edited draft among 61 texts,
nothing saying which; F4: a kept draft quoted where the two versions' wordings differ, not
the P.S. the person added).

A word is the tool's when a pair of neighbouring words it is in is one the tool writes: in
this run's texts of that column, in the texts of two rows or more of that column as the file
holds them (an earlier version's wording is the same sentence in many rows), or in the
shipped templates; the row's own cells (its contact's name, its company) are the tool's
words too. What is left is the person's. Rules only, no I/O but the shipped templates read.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import pandas as pd

from followup_batch.memory.hand_edits import KEPT_COLUMNS
from followup_batch.write.columns import OWNED_TEXT_COLUMNS

if TYPE_CHECKING:
    from followup_batch.memory.hand_edits import Edit

# The rows whose texts teach the tool's wordings, at most: a wording is the same in many rows,
# so a 100,000-row tracker's first edits are not told against every row (evenly spread).
ROWS_LOOKED_AT = 2_000
# In how many rows' texts as the file holds them a pair of words is the tool's wording.
ROWS_ALIKE = 2
# How alike a line of a text is to one of the tool's (the share of their words in common,
# in order) to be that line as an earlier version worded it (``_as_theirs``).
LINE_ALIKE = 0.6

_EDGES = re.compile(r"^\W+|\W+$")
_DIGITS = re.compile(r"\d+")
_TEMPLATE_TAGS = re.compile(r"\{[{%#].*?[}%#]\}", re.DOTALL)

Pair = tuple[str, str]


@functools.lru_cache(maxsize=1 << 16)
def _word(word: str) -> str:
    """A word as wordings are compared: its case, the punctuation around it and its figures
    aside ("Friday," and "friday"; "10" and "24" of two dates)."""
    return _DIGITS.sub("0", _EDGES.sub("", word).casefold())


# What a word of the row's own cells is compared as: the same in every row's text, so "Hi
# <name>," of one row is the tool's greeting of another's.
ROW_WORD = "\0row"


def _words(text: str, row_words: frozenset[str]) -> tuple[list[str], list[str]]:
    """``text``'s words as compared, as they are and with the row's own words as
    ``ROW_WORD`` (a row's topic may hold "of", which other rows' texts have as it is)."""
    words = [_word(word) for word in text.split()]
    return words, [ROW_WORD if word in row_words else word for word in words]


def _pairs(text: str, row_words: frozenset[str] = frozenset()) -> set[Pair]:
    plain, masked = _words(text, row_words)
    return {*zip(plain, plain[1:], strict=False), *zip(masked, masked[1:], strict=False)}


@functools.cache
def _template_pairs() -> frozenset[Pair]:
    """The pairs of words of the shipped templates' sentences (their fields left out): a
    sentence of a message the run writes for no row of this sheet is the tool's too."""
    from followup_batch.drafts.templating import SHIPPED

    found: set[Pair] = set()
    for template in sorted(SHIPPED.glob("*.j2")):
        for part in _TEMPLATE_TAGS.split(template.read_text(encoding="utf-8")):
            found |= _pairs(part)
    return frozenset(found)


def tool_pairs(
    written: Iterable[tuple[str, frozenset[str]]], held: Iterable[tuple[str, frozenset[str]]]
) -> frozenset[Pair]:
    """The pairs of words the tool writes in a column: those of its texts this run
    (``written``), of the shipped templates, and those found in ``ROWS_ALIKE`` rows or more
    of the texts the column holds (``held``, one a row); each text with its row's words."""
    found = set(_template_pairs())
    for text, row_words in written:
        found |= _pairs(text, row_words)
    seen: Counter[Pair] = Counter()
    for text, row_words in held:
        seen.update(_pairs(text, row_words))
    found.update(pair for pair, rows in seen.items() if rows >= ROWS_ALIKE)
    return frozenset(found)


def own_words(
    text: str, pairs: frozenset[Pair], row_words: frozenset[str], row_pairs: set[Pair]
) -> tuple[int, ...]:
    """The positions, in ``text.split()``, of the words no pair of the tool's (``pairs``, or
    ``row_pairs``: those of the row's own texts of the tool's) holds beside a neighbour, and
    that are not a word of the row's own cells (``row_words``): the person's."""
    plain, masked = _words(text, row_words)
    known = [
        pair in pairs or pair in row_pairs or mine in pairs or mine in row_pairs
        for pair, mine in zip(
            zip(plain, plain[1:], strict=False), zip(masked, masked[1:], strict=False), strict=True
        )
    ]
    return tuple(
        at
        for at, word in enumerate(plain)
        if word
        and masked[at] != ROW_WORD
        and not (at > 0 and known[at - 1])
        and not (at < len(known) and known[at])
    )


# The row's cells the tool's texts quote: their words are the row's own (``ROW_WORD``).
QUOTED_CELLS = (
    "client",
    "company",
    "position",
    "interviewers",
    "interview_type",
    "industry",
    "seniority",
    "country",
    "topic",
    "value_add",
)


def _row_words(frame: pd.DataFrame) -> Callable[[int], frozenset[str]]:
    """The words of each row's cells the tool's texts quote (its contact's name, company,
    topic, ...), by row: the columns read once, a row's words made when asked."""
    columns = [frame[key].tolist() for key in QUOTED_CELLS if key in frame]
    at = {row: i for i, row in enumerate(frame.index.tolist())}

    @functools.cache
    def words_of(row: int) -> frozenset[str]:
        i = at.get(row)
        if i is None:
            return frozenset()
        words: set[str] = set()
        for column in columns:
            value = column[i]
            for part in value if isinstance(value, (list, tuple)) else (value,):
                if isinstance(part, str):
                    words.update(_word(word) for word in part.split())
        return frozenset(words)

    return words_of


def _looked_at(index: pd.Index) -> pd.Index:
    """The rows whose texts teach the wordings: all, or ``ROWS_LOOKED_AT`` spread evenly
    (an edit's own row's texts of the tool's are looked at with it: ``with_own_words``)."""
    if len(index) <= ROWS_LOOKED_AT:
        return index
    return index[:: len(index) // ROWS_LOOKED_AT + 1]


def with_own_words(
    edits: list[Edit],
    cells: pd.DataFrame,
    output: pd.DataFrame,
    frame: pd.DataFrame,
    *,
    upgraded: bool,
    then: pd.DataFrame | None = None,
) -> list[Edit]:
    """``edits`` with the person's own words of each text found (``Edit.own_words``): in the
    tool's text columns, of a row still the tracker's, of a kept draft and, after an upgrade
    (``upgraded``: an earlier version wrote the sheet), of every text told without a record
    of the last run. ``cells``: the tool's columns as the file holds them; ``output``: this
    run's texts, before any kept text is put in it; ``frame``: the rows as read; ``then``: the
    tool's messages computed again as of the day the workbook was last written, when they
    were (``Memory.recomputed_drafts``): its texts too."""

    def looked_for(edit: Edit) -> bool:
        return (
            edit.key in OWNED_TEXT_COLUMNS
            and edit.key in output
            and not edit.gone
            and not edit.message_gone
            and (edit.kept or (upgraded and edit.unrecorded))
        )

    wanted = [edit for edit in edits if looked_for(edit)]
    if not wanted:
        return edits
    row_words = _row_words(frame)
    pairs: dict[str, frozenset[Pair]] = {}
    for key in {edit.key for edit in wanted}:
        rows = _looked_at(output.index)
        held = cells[key].reindex(rows) if key in cells else pd.Series(index=rows, dtype=object)
        written = _with_row_words(output[key].reindex(rows), row_words)
        if then is not None and key in then:
            written += _with_row_words(then[key].reindex(rows), row_words)
        pairs[key] = tool_pairs(written, _with_row_words(held, row_words))

    def found(edit: Edit) -> tuple[int, ...]:
        words = row_words(edit.row)
        own = own_words(edit.text, pairs[edit.key], words, set())
        if own:  # told again with the row's own texts of the tool's, when needed only
            row_pairs = _pairs(edit.new, words)
            if then is not None and edit.key in then and edit.row in then.index:
                drafted = then.at[edit.row, edit.key]
                row_pairs |= _pairs(drafted, words) if isinstance(drafted, str) else set()
            own = own_words(edit.text, pairs[edit.key], words, row_pairs)
        return _as_theirs(edit, own)

    return [
        dataclasses.replace(edit, own_words=found(edit)) if looked_for(edit) else edit
        for edit in edits
    ]


def _as_theirs(edit: Edit, own: tuple[int, ...]) -> tuple[int, ...]:
    """``own``, the words of ``edit`` found the person's, but in the tool's explanations (Why,
    Next action, Problems) only those of a line unlike each of this run's (``LINE_ALIKE``):
    a note of theirs is a line of its own, where a word or two in a line of the tool's is
    an earlier version's wording ("more than 8 weeks") or a holiday another version of the
    holidays library names otherwise. In a message one word is theirs (a greeting's name
    fixed)."""
    if edit.key in KEPT_COLUMNS or not own:
        return own
    tool_lines = [line.split() for line in edit.new.splitlines() if line.strip()]
    theirs: list[int] = []
    start = 0
    for line in (line.split() for line in edit.text.splitlines()):
        end = start + len(line)
        mine = [at for at in own if start <= at < end]
        if mine and not any(_alike(line, tool) for tool in tool_lines):
            theirs += mine
        start = end
    return tuple(theirs)


def _alike(line: list[str], tool: list[str]) -> bool:
    matcher = difflib.SequenceMatcher(None, tool, line, autojunk=False)
    return matcher.ratio() >= LINE_ALIKE


def _with_row_words(
    texts: pd.Series, row_words: Callable[[int], frozenset[str]]
) -> list[tuple[str, frozenset[str]]]:
    """Each text of ``texts`` (by row) with its row's words."""
    return [
        (text, row_words(row))
        for row, text in texts.items()
        if isinstance(text, str) and text and isinstance(row, int)
    ]
