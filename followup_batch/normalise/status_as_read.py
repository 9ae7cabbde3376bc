"""How a row's Status was read, in the words its Why says it (ot111 F12).

    status_as_read(raw, stages, unsaid) -> array of 'Status "Dinged" read as rejected.', ''

A Status cell is free text ("Pas encore refusé", "Offer accepted - rescinded 11/18", "Dinged
after onsite"), and the tool decides a row's whole answer from what it reads there: closed,
still open, an offer. Only ``check`` listed the readings, so a misreading (a closed row that
was open) could not be seen on the sheet. Each row's Why now says it, on the line after the
next action's, whenever the words are not the reading's own: "Rejected 11/19" read as
rejected says nothing new; "Dinged" read as rejected does. A row whose Status was not read
says nothing here: its Problems cell says why.
"""

from __future__ import annotations

from functools import partial

import numpy as np

from followup_batch.normalise.cells import cell_text, each_distinct, quoted
from followup_batch.read import RawTable

# The reading as the line says it, where its word alone does not read well.
READINGS_SAID = {"offer": "an offer", "not applied": "not applied yet"}
# A header longer than this is named "Status" (a question typed as a header reads badly in
# a sentence).
HEADER_SAID_MAX = 24


def status_as_read(raw: RawTable, stages: np.ndarray, unsaid: np.ndarray) -> np.ndarray:
    """Per row, the Why's line saying how its Status (with the Result beside it, when one is
    read: ``normalise.results``) was read as its stage (``stages``), '' when the cell is
    blank or says the stage in its own word (letters alone: "Rejected 11/19" says rejected),
    and for the rows ``unsaid``: a Status not read (its Problems cell says why), or a stage
    another column decided (an interview date moves "Applied" on; a filled Offer Date)."""
    lines = np.full(len(stages), "", dtype=object)
    column = raw.mapping.get("outcome")
    if column is None or "outcome" not in raw.cells:
        return lines
    index = raw.cells.index
    statuses = raw.cells["outcome"].reindex(index).tolist()
    results: list[object] = [None] * len(statuses)
    result_header = ""
    if raw.outcome_result is not None:
        results = raw.outcome_result.reindex(index).tolist()
        result_header = _header(raw, int(str(raw.outcome_result.name)), "Result")
    header = _header(raw, column, "Status")
    said = each_distinct(partial(_line, header, result_header), statuses, results, stages.tolist())
    lines[~unsaid] = np.asarray(said, dtype=object)[~unsaid]
    return lines


def _line(header: str, result_header: str, status: object, result: object, reading: object) -> str:
    """One row's line, '' when nothing needs saying (see ``status_as_read``)."""
    status_text, result_text = cell_text(status), cell_text(result)
    if not isinstance(reading, str) or not (status_text or result_text):
        return ""
    deciding = result_text or status_text  # a filled Result says what came of it
    if _letters(deciding) == _letters(reading):
        return ""
    cells = [
        f'{name} "{quoted(text)}"'
        for name, text in ((header, status_text), (result_header, result_text))
        if text
    ]
    return f"{' and '.join(cells)} read as {READINGS_SAID.get(reading, reading)}."


def _letters(text: str) -> str:
    """The letters of ``text``, folded: "Rejected 11/19" and "rejected" alike."""
    return "".join(ch for ch in text.casefold() if ch.isalpha())


def _header(raw: RawTable, column: int, default: str) -> str:
    """The column's header as the line names it: as typed when short and on one line, else
    ``default``."""
    text = " ".join(cell_text(raw.headers[column]).split()) if column < len(raw.headers) else ""
    if not text or len(text) > HEADER_SAID_MAX or '"' in text:
        return default
    return text
