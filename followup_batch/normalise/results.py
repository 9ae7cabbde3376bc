"""A Result column read beside the Outcome's (DESIGN section 2), as a coach reads the two.

    read_results(raw, stages, problems) -> (outcome, needs_info)   # each row's, the two read
    read_as_one(stage_reading, result_cell) -> bool                 # for check's list

Trackers often keep the stage an application reached ("Phone screen", "Onsite", "Final
round") in one column and what came of it ("Rejected", "Ghosted", "Offer accepted") in
another: Status and Result, Stage and Status, Status and Outcome (``roles`` tells which is
which by their values: ``RawTable.outcome_result``). A filled Result closes the row or takes it
further; a blank one leaves the stage's reading. Two columns that close the row two ways
("Rejected" beside "Offer accepted") are never settled by the tool: the row needs info and
its Problems cell names both.
"""

from __future__ import annotations

from functools import partial

import numpy as np
import pandas as pd

from followup_batch.normalise.cell_readers import read_vocabulary
from followup_batch.normalise.cells import Problems, cell_text, distinct, shown
from followup_batch.normalise.dates import is_placeholder
from followup_batch.normalise.rounds import a_later_step
from followup_batch.normalise.vocabularies import (
    CLOSED_WITH_OFFER,
    CLOSED_WITHOUT_OFFER,
    NOT_APPLIED,
    VOCABULARIES,
    Vocabulary,
)
from followup_batch.read import RawTable

# The words that say what came of an application, not how far it went: the Result's.
CLOSING_WORDS = CLOSED_WITH_OFFER | CLOSED_WITHOUT_OFFER | {"on hold"}
# The open stages, in the order an application goes through them.
OPEN_STAGES = (NOT_APPLIED, "applied", "interviewing")
# Stages any result may follow: an offer declined or accepted, a hold lifted or ended.
HOW_FAR = ("offer", "on hold")


def read_results(
    raw: RawTable, stages: np.ndarray, problems: Problems
) -> tuple[np.ndarray, np.ndarray]:
    """(each row's outcome, whether the row needs info) from the Outcome column's readings
    (``stages``) and the Result column's cells (``raw.outcome_result``, which must be set).
    What a Result cell cannot be read as, and where the two columns disagree, is said at the
    Result's cell."""
    assert raw.outcome_result is not None
    cells = raw.outcome_result.reindex(raw.cells.index)
    col = int(str(cells.name))
    read = distinct(cells, partial(_read_result, vocabulary=VOCABULARIES["outcome"]))
    problems.add_at(col, read.reasons(lambda r: r[1]))
    unread = read.column(lambda r: r[2]).astype(bool)
    results = read.column(lambda r: r[0])
    outcome, disagree = stage_and_result(stages, results)
    if disagree.any():
        problems.add_at(col, _disagreements(raw, cells, stages, results, disagree))
    return outcome, unread | disagree


def read_as_one(stage: tuple[str, str | None, bool], result: object) -> bool:
    """Whether a row's Outcome cell, read as ``stage`` (``frame.word_reader``'s reading), and
    its Result cell ``result`` are read as one outcome: neither needs info, and they agree."""
    word, _, unread = _read_result(result, VOCABULARIES["outcome"])
    if stage[2] or unread:
        return False
    return not stage_and_result(np.array([stage[0]], dtype=object), np.array([word]))[1][0]


def _read_result(value: object, vocabulary: Vocabulary) -> tuple[str | None, str | None, bool]:
    """(the word read, None for a cell that says nothing or is not read; the problem's
    reason or None; whether the row needs info), as ``read_vocabulary``."""
    if not cell_text(value) or is_placeholder(value):
        return None, None, False
    word, reason, needs_info = read_vocabulary(value, vocabulary)
    return (None if needs_info else word), reason, needs_info


def stage_and_result(stages: np.ndarray, results: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(outcome, disagree) per row, from the stage column's word and the result column's
    (None where it says nothing): a result that closes the row or holds it wins over an open
    stage, and the further of two open stages wins ("Interview" beside "Waiting" is still
    interviewing). A stage that closes the row otherwise than its result, or beside an open
    result, disagrees with it, unless the result is where it leads (``rounds.a_later_step``:
    "Offer" then "Accepted") or it is an offer or a hold, which any result may follow; the
    outcome is then the one of the two that closes the row, the result's when both do."""
    stages = np.asarray(stages, dtype=object)
    results = np.asarray(results, dtype=object)
    rank = {word: i for i, word in enumerate(OPEN_STAGES)}
    stage_rank = np.array([rank.get(w, -1) for w in stages.tolist()], dtype=np.int64)
    result_rank = np.array([rank.get(w, -1) for w in results.tolist()], dtype=np.int64)
    blank = pd.isna(results)
    result_open = result_rank >= 0
    agree = (
        blank
        | (stages == results)
        | (stage_rank >= 0)
        | np.isin(stages, HOW_FAR)
        | a_later_step(stages, results)
    )
    keep_stage = blank | (result_open & (stage_rank > result_rank))
    keep_stage |= result_open & np.isin(stages, HOW_FAR)
    keep_stage |= ~agree & result_open  # the stage closes the row, the result does not
    return np.where(keep_stage, stages, results), ~agree


def _disagreements(
    raw: RawTable, cells: pd.Series, stages: np.ndarray, results: np.ndarray, disagree: np.ndarray
) -> np.ndarray:
    """The Problems line at each Result cell whose reading (``results``) disagrees with its
    row's stage (``stages``), quoting the stage's cell."""
    header = raw.headers[raw.mapping["outcome"]]
    typed = raw.cells["outcome"].reindex(cells.index).to_numpy(dtype=object)
    said = np.full(len(cells), None, dtype=object)
    for i in np.flatnonzero(disagree):
        said[i] = (
            f'{shown(cells.iat[i])} is read as {results[i]}, but "{header}" as {stages[i]} '
            f"({shown(typed[i])}): correct the one that is out of date"
        )
    return said
