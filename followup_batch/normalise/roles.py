"""What a column is, where its header alone cannot say and its values can (DESIGN section 2).

    resolve_roles(raw) -> RawTable    # the same table with those columns' fields decided

- A column under an interview header that holds only yes/no marks ("Interview": Yes / No) is a
  flag, read as Interviewed, not as dates; and an Interviewed column holding dates is the
  interview date.
- A column headed only "Date" (``RawTable.ambiguous_date``) is the applied date when the
  tracker's stage column says most of its rows are at the applied stage (or, when no stage
  says, the sheet has a "Followed Up" column and no interview-only one), else the interview
  date; a note says which and why, and ``check`` shows it.
- A tracker left without any date column (its only "date" was a yes/no flag) is refused once,
  saying what it is and which column would make it work.

Deciding is idempotent: a resolved table resolves to itself, so every caller may resolve.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pandas as pd
from openpyxl.utils import get_column_letter

from followup_batch.errors import TrackerNotFound
from followup_batch.normalise.dates import parse_date
from followup_batch.normalise.vocabularies import applied_stage_evidence, read_mark
from followup_batch.read import RawTable, fields


def resolve_roles(raw: RawTable) -> RawTable:
    """``raw`` with its flag and "Date" columns given their fields (see the module docstring).

    Raises ``TrackerNotFound`` when no column holds a date the rows can be scheduled from.
    """
    mapping, notes = dict(raw.mapping), list(raw.notes)
    renamed: dict[str, str] = {}
    interview, interviewed = mapping.get("interview_at"), mapping.get("interviewed")
    if interview is not None and interviewed is None and _only_marks(raw.cells["interview_at"]):
        renamed["interview_at"] = "interviewed"
        notes.append(
            f"{_where(raw, interview)} holds yes/no marks, not dates: it is read as "
            "Interviewed (a yes row needs the interview's date to be scheduled)."
        )
    elif interviewed is not None and interview is None and _has_dates(raw.cells["interviewed"]):
        renamed["interviewed"] = "interview_at"
        notes.append(f"{_where(raw, interviewed)} holds dates: it is read as Interview Date.")
    undecided = raw.ambiguous_date is not None and "interview_at" not in renamed
    if undecided and mapping.get("interview_at") == raw.ambiguous_date:
        placed, why = _date_by_stage(raw)
        if placed == "applied_at":
            renamed["interview_at"] = "applied_at"
        label = fields.FIELDS_BY_NAME[placed].header
        notes.append(f"{_where(raw, mapping['interview_at'])} is read as {label}: {why}.")
    for old, new in renamed.items():
        mapping[new] = mapping.pop(old)
    if not any(f in mapping for f in fields.DATE_SOURCES) and not raw.stages:
        raise TrackerNotFound(_no_dates_message(raw, mapping))
    if not renamed and raw.ambiguous_date is None:
        return raw
    return dataclasses.replace(
        raw,
        mapping=dict(sorted(mapping.items(), key=lambda item: item[1])),
        cells=raw.cells.rename(columns=renamed),
        notes=notes,
        ambiguous_date=None,
    )


def _where(raw: RawTable, col: int) -> str:
    return f'"{raw.headers[col]}" ({get_column_letter(col + 1)})'


def _filled(values: pd.Series) -> np.ndarray:
    """The cells holding something (checkbox FALSE included: it is a "no"), as an object
    array (plain numpy: this runs on every tracker, twice)."""
    cells = values.to_numpy(dtype=object)
    blank = np.array([isinstance(v, str) and not v.strip() for v in cells], dtype=bool)
    return cells[pd.notna(cells) & ~blank]


def _only_marks(values: pd.Series) -> bool:
    """Every filled cell is a yes/no mark, and one at least is a word or a checkbox (a column
    of bare 0 and 1 is more likely numbers gone wrong than answers)."""
    filled = _filled(values)
    try:
        distinct = pd.unique(filled)
    except TypeError:  # unhashable cells: not marks
        return False
    worded = any(isinstance(v, (str, bool, np.bool_)) for v in distinct)
    return worded and all(read_mark(v) is not None for v in distinct)


def _has_dates(values: pd.Series) -> bool:
    filled = _filled(values)
    return any(
        isinstance(v, dt.date) or (isinstance(v, str) and parse_date(v).value is not None)
        for v in filled
    )


# Columns only an interview's follow-up has: beside one, "Date" is not an application's date.
INTERVIEW_ONLY = frozenset(
    {
        "thank_you_sent",
        "check_in_1_sent",
        "check_in_2_sent",
        "final_sent",
        "interview_type",
        "round",
    }
)


def _date_by_stage(raw: RawTable) -> tuple[str, str]:
    """(field, why) for the "Date" column: the applied date when most rows whose stage cell
    says how far they got are at the applied stage, or, when no stage cell says, when the sheet
    has an application check-in column ("Followed Up") and none only interviews have."""
    if "outcome" not in raw.mapping:
        return _unless_applications(raw, "no stage column says the rows are applications")
    stage = _where(raw, raw.mapping["outcome"])
    texts = raw.cells["outcome"][raw.cells["outcome"].map(lambda v: isinstance(v, str))]
    counts = {True: 0, False: 0}
    for text, n in texts.value_counts().items():
        evidence = applied_stage_evidence(text)
        if evidence is not None:
            counts[evidence] += int(n)
    applied, later = counts[True], counts[False]
    told = applied + later
    counted = f"{applied} of the {told} rows whose {stage} says how far they got"
    if told and applied * 2 > told:
        return "applied_at", f"{counted} are at the applied stage (an application log)"
    if not told:
        return _unless_applications(raw, f"no row's {stage} says whether it got to an interview")
    return "interview_at", f"only {counted} are at the applied stage"


def _unless_applications(raw: RawTable, why: str) -> tuple[str, str]:
    """The interview date, unless the sheet's columns are an application log's: a "Followed
    Up" (application check-in) column and none that only an interview has."""
    check_in = raw.mapping.get("application_check_in_sent")
    if check_in is None or INTERVIEW_ONLY & set(raw.mapping):
        return "interview_at", why
    return "applied_at", (
        f"{why}, but {_where(raw, check_in)} is an application's check-in and no column is an "
        "interview's (a thank-you, a round, a type)"
    )


def _no_dates_message(raw: RawTable, mapping: dict[str, int]) -> str:
    name = f'{raw.path.name}, sheet "{raw.sheet}"' if raw.sheet else raw.path.name
    flag = mapping.get("interviewed")
    holds = f"; its {_where(raw, flag)} holds yes/no marks, not dates" if flag is not None else ""
    listed = ", ".join(raw.headers[c] for c in sorted(mapping.values()))
    return (
        f"{name} is an application log without dates ({listed}){holds}: nothing can be "
        "scheduled without one. Add a Date Applied column (the day you applied) or an "
        'Interview Date column, or map your date column with --map "Header=applied_at".'
    )
