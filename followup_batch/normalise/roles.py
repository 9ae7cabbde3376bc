"""What a column is, where its header alone cannot say and its values can (DESIGN section 2).

    resolve_roles(raw) -> RawTable    # the same table with those columns' fields decided

- Of several columns whose headers name one field (a "Role" beside a "Cargo"), the header's
  choice (``read.headers``) stands unless it is empty and another is filled: then the best
  filled one is the field, with a note. A column the user fills is the one they keep.
- A column under an interview header that holds only yes/no marks ("Interview": Yes / No) is a
  flag, read as Interviewed, not as dates; and an Interviewed column holding dates is the
  interview date. So is one under an applied header ("Applied": Yes / No) read as Has
  Applied, also beside a Date Applied column: a no is a posting not applied to yet.
- A column headed only "Date" (``RawTable.ambiguous_date``) is the interview date beside a
  column of applied dates (not an "Applied" of yes/no marks), else the applied date when the
  tracker's stage column says most of its rows are at the applied stage (or, when no stage
  says, the sheet has a "Followed Up" or a Has Applied column and no interview-only one), else
  the interview date, but the applied date on a row whose own stage says it got no further
  than applying (``RawTable.date_by_own_stage``, read per row by ``normalise_rows``); a note
  says which and why, and ``check`` shows it.
- Of several columns whose headers name the outcome (a "Stage" beside a "Status"), a column of
  interview types ("Phone screen", "Video", "Onsite") is the Interview Type (when no column
  is), and of the others the one whose values most often read as stages and outcomes is the
  Outcome (the header's choice on a tie); a note says which and why. But a column of the
  stage each row reached ("Interviewed", "Onsite") beside one of what came of it ("Rejected",
  "Offer accepted") are both read (``RawTable.outcome_result``, ``normalise.results``), as a
  coach reads them: the first is the Outcome's, the second read beside it, row by row.
- A single Stage column (Stage, Étape, Etapa, Fase, Etappe, Etap; ``fields.STAGE_OUTCOME_HEADERS``)
  that holds interview types ("Video", "Phone screen", "Onsite") is read cell by cell
  (``RawTable.types_in_stage``): a cell that names an interview type gives the row's
  Interview Type (when no column is), and one that names only a type ("Video", "Panel") says
  the row is at the interviewing stage; a stage or outcome word ("Offer", "Rejected") is the
  Outcome as before. A note says so.
- A column under a vague follow-up header ("Follow Up", ``fields.Field.generic``) is the
  application's check-in only while its cells are dates and yes/no marks: one holding notes
  ("followed up twice") is left alone, with a note, as before the header was known. So is a
  column under a vague contact header ("Contact", "Contacts") the Interviewer only while most
  of its cells could be names or addresses: one holding counts or phone numbers is left alone
  (a stray "3" among names is that row's problem). A "Kraj" column is the Country (Polish)
  only while most of its cells are countries: one of Czech regions ("Středočeský") is left
  alone, with a note; a "Niveau" ("Nivel", "Livello") the Seniority only while most of its
  cells are seniorities: one of language levels ("B2", "C1") is left alone, with a note; a
  "feedback" header alone (Dutch "Terugkoppeling", German "Rückmeldung", Turkish "Geri
  Dönüş") the Decision Date only while most of its cells are dates or timeline phrases
  ("vrijdag", "na Pasen"): one of what they said ("positief") is left alone, with a note.
- A "decision" alone (Decision, Décision, Decisión, Decisão, ...) whose filled cells are at
  least ``PLACES_SHARE`` outcomes ("Refusé", "Offre") is the Outcome when no column is, with
  a note: beside a "Décision attendue" of dates, which names the day and is the Decision
  Date, both are read.
- A State (Region, Province) column is where the job is only while at least 80 % of its filled
  cells name places: one of stages ("Applied", "Offer": an application's "state") is the
  Outcome when no other column is, with a note, and else left alone, with a note when some
  of its cells are places. An Outcome (Stage, Status) column of places is the State, when no
  column is, with a note; so is one of several Outcome columns (an "Estado" of SP and RJ
  beside a "Status"), the others staying the Outcome's.
- A Location (Office, Where) column is where the job is only while at least half of its cells
  that say anything name places (a town no table lists, "Arequipa", is one): one of meeting
  rooms, "Zoom" or stages is left alone, with a note.
- A tracker left without any date column (its only "date" was a yes/no flag) is refused once,
  saying what it is and which column would make it work.

Deciding is idempotent: a resolved table resolves to itself, so every caller may resolve.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Sequence
from typing import TypeVar

import numpy as np
import pandas as pd

from followup_batch.errors import TrackerNotFound
from followup_batch.normalise.cell_readers import (
    LABEL_HEADER_KEYS,
    board_labels,
    label_type,
    read_type_in_status,
    workplace_of_board,
)
from followup_batch.normalise.cities import COUNTRY_REGION_SPELLINGS, REGION_SPELLINGS
from followup_batch.normalise.countries import (
    UNKNOWN_COUNTRY,
    UNKNOWN_TOWN,
    names_a_place,
    resolve_country,
)
from followup_batch.normalise.dates import is_placeholder, parse_date
from followup_batch.normalise.holiday_phrases import named_holiday
from followup_batch.normalise.interviewers import names_a_person
from followup_batch.normalise.locations import names_a_location, resolve_location
from followup_batch.normalise.results import CLOSING_WORDS
from followup_batch.normalise.timeline_words import deadline_date_text
from followup_batch.normalise.timelines import match_timeline
from followup_batch.normalise.vocabularies import (
    VOCABULARIES,
    applied_stage_evidence,
    match_vocabulary,
    read_mark,
    read_sent_mark,
    stage_type,
)
from followup_batch.read import RawTable, fields, header_index
from followup_batch.read.column_letters import column_letter
from followup_batch.read.header_keys import header_key
from followup_batch.read.headers import duplicate_note
from followup_batch.read.lookalike_headers import no_dates_fix
from followup_batch.read.round_numbers import round_rank

_T = TypeVar("_T")


def resolve_roles(raw: RawTable) -> RawTable:
    """``raw`` with its flag and "Date" columns given their fields (see the module docstring).

    Raises ``TrackerNotFound`` when no column holds a date the rows can be scheduled from.
    """
    raw = _filled_over_empty(_marks_beside_dates(_decisions_as_outcome(raw)))
    raw = _places_beside_outcome(_marks_among_applied_dates(raw))
    raw = _status_column_as_outcome(raw)
    raw = _types_in_stage(_without_vague_notes(_outcome_by_values(raw)))
    raw = _without_marked_people(raw)
    raw = _labels_said(raw)
    raw = _without_placeless_locations(_places_as_region(_without_stage_regions(raw)))
    mapping, notes = dict(raw.mapping), list(raw.notes)
    renamed: dict[str, str] = {}
    for date, (flag, why) in FLAGS.items():
        column = mapping.get(date)
        if column is not None and flag not in mapping and _only_marks(raw.cells[date]):
            renamed[date] = flag
            notes.append(
                f"{_where(raw, column)} holds yes/no marks, not dates: it is read as "
                f"{fields.FIELDS_BY_NAME[flag].header} ({why})."
            )
    interview, interviewed = mapping.get("interview_at"), mapping.get("interviewed")
    if interviewed is not None and interview is None and _has_dates(raw.cells["interviewed"]):
        renamed["interviewed"] = "interview_at"
        notes.append(f"{_where(raw, interviewed)} holds dates: it is read as Interview Date.")
    undecided = raw.ambiguous_date is not None and "interview_at" not in renamed
    by_own_stage = raw.date_by_own_stage
    if undecided and mapping.get("interview_at") == raw.ambiguous_date:
        applied = mapping.get("applied_at") if "applied_at" not in renamed else None
        marks = next((mapping[d] for d, f in renamed.items() if f == "applied"), None)
        placed, why = _generic_date(raw, applied, mapping.get("applied", marks))
        if placed == "applied_at":
            renamed["interview_at"] = "applied_at"
        label = fields.FIELDS_BY_NAME[placed].header
        notes.append(f"{_where(raw, mapping['interview_at'])} is read as {label}: {why}.")
        by_own_stage = placed == "interview_at" and applied is None
    for old, new in renamed.items():
        mapping[new] = mapping.pop(old)
    if not any(f in mapping for f in (*fields.DATE_SOURCES, *fields.UNDATED_SOURCES)) and not (
        raw.stages
    ):
        raise TrackerNotFound(_no_dates_message(raw, mapping))
    if not renamed and raw.ambiguous_date is None:
        return raw
    return dataclasses.replace(
        raw,
        mapping=dict(sorted(mapping.items(), key=lambda item: item[1])),
        cells=raw.cells.rename(columns=renamed),
        notes=notes,
        ambiguous_date=None,
        date_by_own_stage=by_own_stage,
    )


# A date column of yes/no marks is its stage's flag, not dates (DESIGN section 2): the flag
# and what its marks mean for a row.
FLAGS: dict[str, tuple[str, str]] = {
    "interview_at": ("interviewed", "a yes row needs the interview's date to be scheduled"),
    # A posting list's "Applied": Yes / No (ot132 F2).
    "applied_at": (
        "applied",
        "a no row is not applied yet; a yes row needs the day it was sent to be scheduled",
    ),
}


# "Decision" alone, in English and the languages that write it so (Décision, Decisión,
# Beslissing, Entscheidung, Decisione, Decisão): what was decided as often as when. So is
# "Feedback" alone (Retorno, Retour, Rückmeldung, Terugkoppeling): ot145 F7, a Brazilian
# "Retorno" of "Aguardando", "Entrevista marcada" was left alone, each row applied.
DECISION_KEYS = frozenset(
    header_key(t) for t in ("Decision", *fields.DECISION_HEADERS, *fields.FEEDBACK_HEADERS)
)


def _decisions_as_outcome(raw: RawTable) -> RawTable:
    """``raw`` with a "Decision" column (``DECISION_KEYS``) whose filled cells are outcomes
    ("Refusé", "Offre": at least ``PLACES_SHARE`` of them) read as the Outcome when no column
    is, with a note: a rejected row gets no check-in. It is the Decision Date's column, or
    one left beside it ("Décision" beside "Décision attendue", which names the day; fx189).
    One the user mapped keeps its field."""
    if "outcome" in raw.mapping:
        return raw
    chosen = raw.mapping.get("stated_decision")
    rivals = raw.rivals.get("stated_decision")
    columns = {} if chosen is None else {chosen: raw.cells["stated_decision"]}
    if rivals is not None:
        columns.update({c: rivals[c] for c in rivals.columns})
    col = next(
        (
            c
            for c, values in sorted(columns.items())
            if header_key(raw.headers[c]) in DECISION_KEYS
            and header_key(raw.headers[c]) not in raw.mapped_by_user
            and _holds_outcomes(values)
        ),
        None,
    )
    if col is None:
        return raw
    assert chosen is not None  # a rival is beside a chosen column
    notes = [
        n
        for n in raw.notes
        if n != duplicate_note("stated_decision", sorted(columns), chosen, raw.headers)
    ]
    others = [c for c in columns if c not in (col, chosen)]
    mapping = {f: c for f, c in raw.mapping.items() if f != "stated_decision"}
    cells = raw.cells.drop(columns="stated_decision").assign(outcome=columns[col])
    rest = {name: frame for name, frame in raw.rivals.items() if name != "stated_decision"}
    if col != chosen:
        mapping["stated_decision"] = chosen
        cells = cells.assign(stated_decision=raw.cells["stated_decision"])
        if others:
            rest["stated_decision"] = rivals[others]  # type: ignore[index]
            notes.append(
                duplicate_note("stated_decision", sorted([chosen, *others]), chosen, raw.headers)
            )
    elif others:  # the best of the others, as the header's choice would have been
        best = others[0]
        mapping["stated_decision"] = best
        cells = cells.assign(stated_decision=columns[best])
        if len(others) > 1:
            rest["stated_decision"] = rivals[others[1:]]  # type: ignore[index]
            notes.append(duplicate_note("stated_decision", sorted(others), best, raw.headers))
    # Said as for a "List" of stages (``_without_vague_notes``): "holds stages (...)".
    used = {raw.headers[c] for c in (col, mapping.get("stated_decision")) if c is not None}
    return dataclasses.replace(
        raw,
        mapping=dict(sorted({**mapping, "outcome": col}.items(), key=lambda item: item[1])),
        cells=cells,
        notes=notes,
        ignored=[h for h in raw.ignored if h not in used],
        rivals=rest,
    )


def _holds_outcomes(values: pd.Series) -> bool:
    """Whether at least ``PLACES_SHARE`` of a column's filled cells, one at least, are stages
    or outcomes ("Refusé", "Offre", "Rejected")."""
    filled = _filled(values)
    outcomes = sum(
        isinstance(v, str) and _stage_or_blank(v) and not is_placeholder(v) for v in filled
    )
    return outcomes > 0 and outcomes >= PLACES_SHARE * len(filled)


# The one-word headers of the Outcome ("Status", "Stage", "Estado"; not the vague "List" or
# "Response"), looked for among the words of a header no field reads ("LinkedIn status").
_OUTCOME_WORDS = frozenset(
    header_key(h)
    for h in (fields.FIELDS_BY_NAME["outcome"].header, *fields.FIELDS_BY_NAME["outcome"].synonyms)
    + fields.FIELDS_BY_NAME["outcome"].other_languages
    if len(h.split()) == 1 and h not in fields.FIELDS_BY_NAME["outcome"].generic
)
# ... and at least this many stages among its cells: a column of one ("Sent" on every row of
# a "Thank-you status") says nothing of how far the rows got.
_STAGES_MIN = 2


def _status_column_as_outcome(raw: RawTable) -> RawTable:
    """``raw`` with a column no field reads, whose header has an Outcome word among others
    ("LinkedIn status") and whose filled cells are stages (at least ``PLACES_SHARE`` of them,
    ``_STAGES_MIN`` distinct ones), read as the Outcome when no column is, with a note: a
    posting LinkedIn closed ("No longer accepting applications") gets no check-in (ot113 F5,
    it was left alone)."""
    if "outcome" in raw.mapping or raw.unread_cells is None:
        return raw
    for label in raw.unread_cells.columns:
        col, values = int(label), raw.unread_cells[label]
        header = raw.headers[col] if col < len(raw.headers) else None
        if not isinstance(header, str) or header_key(header) in raw.mapped_by_user:
            continue
        words = {header_key(w) for w in header.split()}
        if words.isdisjoint(_OUTCOME_WORDS) or not _holds_outcomes(values):
            continue
        stages = {match_vocabulary(v, VOCABULARIES["outcome"]) for v in _filled(values)}
        if len(stages - {None}) < _STAGES_MIN:
            continue
        examples = _read_words(values).examples
        note = f"{_where(raw, col)} holds stages ({examples}): it is read as Outcome."
        return dataclasses.replace(
            raw,
            mapping=dict(sorted({**raw.mapping, "outcome": col}.items(), key=lambda i: i[1])),
            cells=raw.cells.assign(outcome=values.to_numpy(dtype=object)),
            notes=[*raw.notes, note],
            ignored=[h for h in raw.ignored if h != header],
        )
    return raw


def _filled_over_empty(raw: RawTable) -> RawTable:
    """``raw`` with each field whose chosen column is empty taken from the best of the other
    columns its header names (``raw.rivals``) that is filled."""
    for name, rivals in raw.rivals.items():
        if name not in raw.mapping or _any_filled(raw.cells[name]):
            continue
        filled = next((c for c in rivals.columns if _any_filled(rivals[c])), None)
        if name == "outcome" and filled is not None and _read_words(rivals[filled]).interview_types:
            # A Stage of interview types beside an Outcome not filled in yet: the Interview
            # Type, by its values (``_outcome_by_values``), not the Outcome (ot59 F3).
            continue
        if filled is not None:
            raw = _field_from(raw, name, filled)
    return raw


def _marks_beside_dates(raw: RawTable) -> RawTable:
    """``raw`` with a column of yes/no marks that lost to a column of dates for their date
    field (an "Applied" of Yes / No beside the "Date Applied" its rows were told to add) read
    as that field's flag (``FLAGS``), not left alone: its noes are still postings not applied
    to."""
    for date, (flag, why) in FLAGS.items():
        rivals = raw.rivals.get(date)
        if date not in raw.mapping or flag in raw.mapping or rivals is None:
            continue
        col = next((c for c in rivals.columns if _only_marks(rivals[c])), None)
        if col is None:
            continue
        chosen = raw.mapping[date]
        others = sorted([chosen, *rivals.columns])
        header_note = duplicate_note(date, others, chosen, raw.headers)
        left = rivals.drop(columns=col)
        notes = [n for n in raw.notes if n != header_note or len(left.columns)]
        notes.append(
            f"{_where(raw, col)} holds yes/no marks, not dates: it is read as "
            f"{fields.FIELDS_BY_NAME[flag].header} ({why})."
        )
        raw = dataclasses.replace(
            raw,
            mapping=dict(sorted({**raw.mapping, flag: col}.items(), key=lambda item: item[1])),
            cells=raw.cells.assign(**{flag: rivals[col]}),
            notes=notes,
            ignored=[h for h in raw.ignored if h != raw.headers[col]],
            rivals={**raw.rivals, date: left},
        )
    return raw


def _marks_among_applied_dates(raw: RawTable) -> RawTable:
    """``raw`` with the yes/no marks of a Date Applied column that also holds dates
    ("Applied": Yes, No, 2026-11-02, 11/3) read as each one's row's Has Applied, apart from
    the dates: a date is the day applied, a yes asks for that day, a no is a posting not
    applied to yet. Read as dates, the marks were each "not a date", the noes' postings rows
    that need info. A column of marks only is the flag (``FLAGS``)."""
    col = raw.mapping.get("applied_at")
    if col is None or "applied" in raw.mapping or "applied" in raw.cells:
        return raw
    values = raw.cells["applied_at"].to_numpy(dtype=object)
    marks = np.fromiter(map(_once_per_text(_a_mark), values), dtype=bool, count=len(values))
    if not marks.any() or marks.sum() == len(_filled(raw.cells["applied_at"])):
        return raw
    index = raw.cells.index
    return dataclasses.replace(
        raw,
        cells=raw.cells.assign(
            applied=pd.Series(np.where(marks, values, None), index=index, dtype=object),
            applied_at=pd.Series(np.where(marks, None, values), index=index, dtype=object),
        ),
        notes=[
            *raw.notes,
            f"{_where(raw, col)} holds dates and yes/no marks: a date is the day applied, a "
            "yes asks for that day, a no is a posting not applied to yet.",
        ],
    )


def _a_mark(value: object) -> bool:
    """A yes/no mark written as a word or a checkbox, not a number (a date's serial) or a
    date."""
    if not isinstance(value, str | bool | np.bool_) or read_mark(value) is None:
        return False
    return not isinstance(value, str) or parse_date(value).value is None


def _any_filled(values: pd.Series) -> bool:
    return any(not is_placeholder(v) for v in values.to_numpy(dtype=object))


def _field_from(raw: RawTable, name: str, col: int) -> RawTable:
    """``raw`` with ``name`` read from its rival column ``col`` instead of its empty choice."""
    chosen, rivals = raw.mapping[name], raw.rivals[name]
    others = rivals.drop(columns=col)
    others.insert(0, chosen, raw.cells[name])
    columns = sorted([chosen, *rivals.columns])
    header_note = duplicate_note(name, columns, chosen, raw.headers)
    listed = ", ".join(f'"{raw.headers[c]}" (column {_letter(c)})' for c in columns)
    label = fields.FIELDS_BY_NAME[name].header
    note = (
        f'Several columns read as {label}: {listed}; using "{raw.headers[col]}" (column '
        f'{_letter(col)}), as "{raw.headers[chosen]}" (column {_letter(chosen)}) is empty; the '
        "others are left alone."
    )
    ignored = [h for h in raw.ignored if h != raw.headers[col]]
    ignored = sorted([*ignored, raw.headers[chosen]], key=raw.headers.index)
    return dataclasses.replace(
        raw,
        mapping=dict(sorted({**raw.mapping, name: col}.items(), key=lambda item: item[1])),
        cells=raw.cells.assign(**{name: rivals[col]}),
        notes=[note if n == header_note else n for n in raw.notes],
        ignored=ignored,
        rivals={**raw.rivals, name: others},
    )


def _places_beside_outcome(raw: RawTable) -> RawTable:
    """``raw`` with the one of its Outcome columns whose cells are places (``_holds_places``)
    read as the State when no column is, the others staying the Outcome's: Portuguese and
    Spanish "Estado" is the state a job is in (SP, RJ) as well as the application's status, and
    a tracker may have both a Status and an Estado (ot69 F4)."""
    rivals = raw.rivals.get("outcome")
    if rivals is None or "outcome" not in raw.mapping or "region" in raw.mapping:
        return raw
    chosen = raw.mapping["outcome"]
    columns = {chosen: raw.cells["outcome"], **{c: rivals[c] for c in rivals.columns}}
    places = [c for c, values in columns.items() if _holds_places(values, PLACES_MIN_BESIDE)]
    if len(places) != 1:  # none, or a choice between columns of places
        return raw
    (col,) = places
    outcome = chosen if col != chosen else next(c for c in rivals.columns)
    others = [c for c in rivals.columns if c not in {col, outcome}]
    header_note = duplicate_note("outcome", sorted(columns), chosen, raw.headers)
    notes = [n for n in raw.notes if n != header_note]
    if others:
        notes.append(duplicate_note("outcome", sorted([outcome, *others]), outcome, raw.headers))
    examples = _read_words(columns[col]).examples
    notes.append(f"{_where(raw, col)} holds places ({examples}), not stages: it is read as State.")
    mapping = {**raw.mapping, "outcome": outcome, "region": col}
    used = {raw.headers[col], raw.headers[outcome]}
    return dataclasses.replace(
        raw,
        mapping=dict(sorted(mapping.items(), key=lambda item: item[1])),
        cells=raw.cells.assign(outcome=columns[outcome], region=columns[col]),
        notes=notes,
        ignored=[h for h in raw.ignored if h not in used],
        rivals={**raw.rivals, "outcome": rivals[others]} if others else _without_outcome(raw),
    )


def _without_outcome(raw: RawTable) -> dict[str, pd.DataFrame]:
    return {name: frame for name, frame in raw.rivals.items() if name != "outcome"}


def _outcome_by_values(raw: RawTable) -> RawTable:
    """``raw`` with the Outcome and maybe the Interview Type taken from the columns whose
    headers name the outcome (``raw.rivals``), by their values (see the module docstring)."""
    rivals = raw.rivals.get("outcome")
    if rivals is None or "outcome" not in raw.mapping:
        return raw if not raw.rivals else dataclasses.replace(raw, rivals={})
    chosen = raw.mapping["outcome"]
    columns = {chosen: raw.cells["outcome"], **{c: rivals[c] for c in rivals.columns}}
    readings = {col: _read_words(values) for col, values in columns.items()}
    types = [c for c, r in readings.items() if r.interview_types]
    candidates = [c for c in columns if c not in types] or [chosen]
    pair = None
    if header_key(raw.headers[chosen]) not in raw.mapped_by_user:
        pair = _stage_and_result(candidates, readings)
    # The most outcome words wins; on a tie one that says more than Notion's task statuses
    # (a Stage of "Applied, Offer, Rejected" over "Not started, In progress"), then the
    # header's choice, then the first column.
    outcome, result = pair or (
        max(
            candidates,
            key=lambda c: (readings[c].outcome_share, not readings[c].task_only, c == chosen, -c),
        ),
        None,
    )
    type_column = None
    if "interview_type" not in raw.mapping and outcome not in types:
        type_column = next((c for c in types if c != outcome), None)
    if outcome == chosen and type_column is None and result is None:
        # Said in the plain run too: the other column may be the one the user keeps up.
        header_note = duplicate_note("outcome", sorted(columns), chosen, raw.headers)
        told = [header_note] if len(candidates) > 1 and header_note in raw.notes else []
        return dataclasses.replace(raw, rivals={}, notices=[*raw.notices, *told])
    mapping = {**raw.mapping, "outcome": outcome}
    cells = raw.cells.assign(outcome=columns[outcome])
    if type_column is not None:
        mapping["interview_type"] = type_column
        cells = cells.assign(interview_type=columns[type_column])
    header_note = duplicate_note("outcome", sorted(columns), chosen, raw.headers)
    notes = [n for n in raw.notes if n != header_note]
    listed = ", ".join(f'"{raw.headers[c]}" (column {_letter(c)})' for c in sorted(columns))
    note = f"Several columns read as Outcome: {listed}; " + _choice(raw, outcome, result, readings)
    if type_column is not None:
        note += (
            f'; "{raw.headers[type_column]}" (column {_letter(type_column)}) holds interview '
            f"types ({readings[type_column].examples}): it is read as Interview Type"
        )
    left = set(columns) - {outcome, type_column, result}
    note += ", the others are left alone." if left else "."
    notes.append(note)
    notices = [*raw.notices, note] if len(candidates) > 1 else raw.notices
    now_used = {c for c in (outcome, type_column, result) if c is not None}
    ignored = [h for h in raw.ignored if h not in {raw.headers[c] for c in now_used}]
    if chosen not in now_used:
        ignored = sorted([*ignored, raw.headers[chosen]], key=raw.headers.index)
    return dataclasses.replace(
        raw,
        mapping=dict(sorted(mapping.items(), key=lambda item: item[1])),
        cells=cells,
        notes=notes,
        ignored=ignored,
        notices=notices,
        rivals={},
        outcome_result=None if result is None else columns[result].rename(result),
    )


# A column says how far each application went while fewer than this share of its stage words
# close it ("Phone screen", "Onsite"; not "Rejected", "Offer"), and what came of each while at
# least this share do.
STAGES_SHARE = 0.5


def _stage_and_result(candidates: list[int], readings: dict[int, _Words]) -> tuple[int, int] | None:
    """(the stage column, the result column) of a tracker's Outcome columns when one says
    how far each application went ("Phone screen", "Onsite": fewer than ``STAGES_SHARE`` of
    its words close it) and another what came of it ("Rejected", "Offer accepted": at least
    that share do), both mostly stage words (``PLACES_SHARE``); None otherwise, as beside
    Notion's task statuses, a column of notes or two columns of statuses alike. A coach reads
    both (``normalise.results``): the Result closed rows the Status alone left open (ot111
    F1)."""
    said = [
        c
        for c in candidates
        if readings[c].outcome_share >= PLACES_SHARE and not readings[c].task_only
    ]
    stages = [c for c in said if readings[c].closing_share < STAGES_SHARE]
    if not stages:
        return None
    stage = min(stages, key=lambda c: (readings[c].closing_share, c))
    results = [c for c in said if readings[c].closing_share >= STAGES_SHARE]
    if not results:
        return None
    return stage, max(results, key=lambda c: (readings[c].closing_share, -c))


def _choice(raw: RawTable, outcome: int, result: int | None, readings: dict[int, _Words]) -> str:
    """What the note on several Outcome columns says of the one read as the Outcome, and of
    the result column read beside it (``_stage_and_result``) when there is one."""
    if result is None:
        examples = readings[outcome].examples
        why = (
            f"whose values read as stages and outcomes ({examples})" if examples else "empty so far"
        )
        return f'using "{raw.headers[outcome]}" (column {_letter(outcome)}), {why}'
    return (
        f'"{raw.headers[outcome]}" (column {_letter(outcome)}) holds the stage each row reached '
        f'({readings[outcome].examples}) and "{raw.headers[result]}" (column {_letter(result)}) '
        f"what came of it ({readings[result].examples}): both are read, a filled "
        f'"{raw.headers[result]}" closing the row or taking it further'
    )


STAGE_KEYS = frozenset(header_key(h) for h in fields.STAGE_OUTCOME_HEADERS)


def _types_in_stage(raw: RawTable) -> RawTable:
    """``raw`` told to read its Outcome cell by cell when the column is a Stage holding
    interview types (see the module docstring)."""
    col = raw.mapping.get("outcome")
    if raw.types_in_stage or raw.types_in_status or col is None:
        return raw
    if header_key(raw.headers[col]) in raw.mapped_by_user:
        return raw
    if header_key(raw.headers[col]) not in STAGE_KEYS:
        return _types_in_status(raw, col)
    texts = pd.unique(_filled(raw.cells["outcome"]))
    types = [t for t in texts if stage_type(t) is not None]
    if not types:
        return raw
    shown = ", ".join(f'"{t.strip()}"' for t in types[:3]) + (", ..." if len(types) > 3 else "")
    typed = raw.mapping.get("interview_type")
    says = "gives the row's Interview Type and says"
    if typed is not None:
        says = f"says (its kind is {_where(raw, typed)}'s)"
    note = (
        f"{_where(raw, col)} holds interview types ({shown}): a cell that names one {says} "
        "the row got to the interviewing stage; a stage or an outcome (Applied, Offer, "
        "Rejected) is the Outcome."
    )
    return dataclasses.replace(raw, types_in_stage=True, notes=[*raw.notes, note])


def _labels_name_types(cells: np.ndarray) -> bool:
    """Whether a label of some cell of a labels column names an interview type."""
    kinds = VOCABULARIES["interview_type"]
    labels = board_labels(cells)
    workplace = workplace_of_board(labels, kinds)
    return any(label_type(label, kinds, workplace) not in (None, kinds.default) for label in labels)


def _labels_said(raw: RawTable) -> RawTable:
    """``raw`` with one note for its Interview Type column of a board's labels ("Labels":
    ``cell_readers.read_labels``) whose labels are not all interview types: the others are
    left alone, said once for the file, not in each row's Problems (ot136 F10)."""
    col = raw.mapping.get("interview_type")
    if col is None or header_key(raw.headers[col]) not in LABEL_HEADER_KEYS:
        return raw
    kinds = VOCABULARIES["interview_type"]
    labels = board_labels(_filled(raw.cells["interview_type"]))
    workplace = workplace_of_board(labels, kinds)
    others = [label for label in labels if label_type(label, kinds, workplace) is None]
    if not others:
        return raw
    typed = [label for label in labels if label not in others]
    shown = ", ".join(f'"{label}"' for label in typed[:3]) if typed else "none so far"
    left = ", ".join(f'"{label}"' for label in others[:3]) + (", ..." if len(others) > 3 else "")
    note = (
        f"{_where(raw, col)} holds labels: those that name an interview type ({shown}) give "
        f"the row's Interview Type, the others ({left}) are left alone."
    )
    if note in raw.notes:  # said once, however often resolved
        return raw
    return dataclasses.replace(raw, notes=[*raw.notes, note])


def _types_in_status(raw: RawTable, col: int) -> RawTable:
    """``raw`` told to take a row's Interview Type from its Status cell when no column is one
    and some cells plainly name one: a stage that reads as interviewing and names a type
    ("Phone Screen", "Final Round"). Read only under a Stage header before, a Status of them
    lost the phone screen's same-day thank-you and the final round's earlier check-in (ot136
    F4). The Status is still read as the stage, cell by cell as before: "Video" there is no
    stage, and "Offer" or "Rejected after onsite" no interview type. ``check`` lists the
    column as both; the Why names each row's type."""
    if "interview_type" in raw.mapping:
        return raw
    kinds = VOCABULARIES["interview_type"]
    texts = pd.unique(_filled(raw.cells["outcome"]))
    if all(read_type_in_status(t, kinds)[0] == kinds.default for t in texts):
        return raw
    return dataclasses.replace(raw, types_in_status=True)


def _date_or_mark(value: object) -> bool:
    if isinstance(value, (dt.date, bool, np.bool_)) or is_placeholder(value):
        return True
    return read_sent_mark(value) is not None or parse_date(value).value is not None


def _names_or_marks(value: object) -> bool:
    """A cell a name, an address or a yes/no mark could be: text with a letter that is no
    date. A count or a phone number ("3", "+1 555 0100") names nobody."""
    if isinstance(value, bool | np.bool_) or is_placeholder(value) or read_mark(value) is not None:
        return True
    if not isinstance(value, str) or not any(c.isalpha() for c in value):
        return False
    return parse_date(value).value is None


def _interview_type_or_blank(value: object) -> bool:
    return is_placeholder(value) or (
        isinstance(value, str)
        and match_vocabulary(value, VOCABULARIES["interview_type"]) is not None
    )


def _round_or_blank(value: object) -> bool:
    return is_placeholder(value) or round_rank(value) is not None


def _stage_or_blank(value: object) -> bool:
    return is_placeholder(value) or (
        isinstance(value, str) and match_vocabulary(value, VOCABULARIES["outcome"]) is not None
    )


def _seniority_or_blank(value: object) -> bool:
    return is_placeholder(value) or (
        isinstance(value, str) and match_vocabulary(value, VOCABULARIES["seniority"]) is not None
    )


def _decision_or_blank(value: object) -> bool:
    """A cell a Decision Date column reads: a date ("by 15 Dec" too), a timeline phrase
    ("vrijdag", "next week") or a holiday named ("na Pasen"); not feedback ("positief")."""
    if isinstance(value, dt.date) or is_placeholder(value) or parse_date(value).value is not None:
        return True
    if not isinstance(value, str):
        return False
    if match_timeline(value) is not None or named_holiday(value) is not None:
        return True
    return parse_date(deadline_date_text(value)).value is not None


def _country_or_blank(value: object) -> bool:
    """A cell the holiday calendars read as a country (or a region of one): "PL", "Polska"."""
    if is_placeholder(value):
        return True
    return isinstance(value, str) and resolve_country(value, "US")[1] is None


# Fields whose vague headers also head other columns, with what the field's cells hold: a
# "Follow Up" of notes to oneself ("call Dana"), a "Contacts" of counts or phone numbers.
VAGUE_PRONE: dict[str, tuple[Callable[[object], bool], str]] = {
    "application_check_in_sent": (
        _date_or_mark,
        'holds notes ("{example}"), not dates or yes/no marks',
    ),
    "interviewer": (
        _names_or_marks,
        'holds something other than names ("{example}": a count, a phone number or a date)',
    ),
    # German "Art" ("kind") of "Vollzeit" or "Festanstellung" is not the interview's.
    "interview_type": (
        _interview_type_or_blank,
        'holds something other than interview types ("{example}")',
    ),
    # Huntr's "List" and a log's "Response" of stages (Wishlist, Rejected) are where the rows
    # stand; one of reply dates or notes is not.
    "outcome": (_stage_or_blank, 'holds something other than stages ("{example}")'),
    # Turkish "Aşama" (stage) of rounds ("1. aşama", "2") is the Round; one of how far the
    # application got ("Başvuru", "Teklif") is not.
    "round": (_round_or_blank, 'holds something other than round numbers ("{example}")'),
    # Polish "Kraj" is the country, Czech and Slovak "Kraj" a region ("Středočeský").
    "country": (_country_or_blank, 'holds something other than countries ("{example}")'),
    # A French "Niveau" of "Senior" and "Confirmé" is the seniority, one of "B2" or "Bac+5"
    # a language's or a school's level.
    "seniority": (_seniority_or_blank, 'holds something other than seniorities ("{example}")'),
    # A Dutch "Terugkoppeling" (feedback) of "vrijdag" is when they decide, one of "positief"
    # what they said.
    "stated_decision": (
        _decision_or_blank,
        'holds something other than dates or timeline phrases ("{example}")',
    ),
}
# ... of which a column mostly right is the field, a stray cell that row's problem.
MOSTLY_FITTING = frozenset(
    {"interviewer", "interview_type", "country", "seniority", "stated_decision"}
)


def _without_vague_notes(raw: RawTable) -> RawTable:
    """``raw`` without the columns of ``VAGUE_PRONE`` fields whose vague header heads
    something else."""
    for name, (fits, holds) in VAGUE_PRONE.items():
        col = raw.mapping.get(name)
        if col is None:
            continue
        key = header_key(raw.headers[col])
        if key not in header_index.GENERIC_KEYS or key in raw.mapped_by_user:
            continue
        filled = _filled(raw.cells[name])
        if name == "interview_type" and key in LABEL_HEADER_KEYS and _labels_name_types(filled):
            continue  # a board's labels, read label by label (``_labels_said``)
        misfits = [not fit for fit in map(_once_per_text(fits), filled)]
        if name == "outcome" and len(filled) - sum(misfits) >= PLACES_SHARE * len(filled):
            # A column of stages, as a State column of stages is (a stray word is its row's).
            stages = _read_words(raw.cells[name]).examples
            note = f"{_where(raw, col)} holds stages ({stages}): it is read as Outcome."
            if len(filled) and note not in raw.notes:  # said once, however often resolved
                raw = dataclasses.replace(raw, notes=[*raw.notes, note])
            continue
        # An Interviewer column ("Contacts") with a stray count is still one: the cell is a
        # row problem (normalise.interviewers.read_names), not the whole column left alone.
        if not any(misfits) or (name in MOSTLY_FITTING and sum(misfits) * 2 < len(filled)):
            continue
        others = [v for v, misfit in zip(filled, misfits, strict=True) if misfit]
        raw = _left_alone(raw, name, holds.format(example=others[0]))
    return raw


# The columns of people: one whose every filled cell is a yes/no mark records a stage reached,
# not a person ("Recruiter": yes, a recruiter call had; ot144 F5), so no draft greets "Yes".
PEOPLE_FIELDS = ("interviewer", "client")


def _without_marked_people(raw: RawTable) -> RawTable:
    """``raw`` without a column of ``PEOPLE_FIELDS`` whose filled cells (placeholders aside:
    "n/a", "-") are all yes/no marks ("yes", "x", "✓", "no"), a word or a checkbox among them,
    and none a given name a mark can be ("Vero", "Sim"): it is left alone, with a note. Under
    any header ("Recruiter", "Hiring Manager", "Contact"); one the user mapped stays read."""
    for name in PEOPLE_FIELDS:
        col = raw.mapping.get(name)
        if col is None or header_key(raw.headers[col]) in raw.mapped_by_user:
            continue
        filled = [v for v in _filled(raw.cells[name]) if not is_placeholder(v)]
        if not filled or not _only_marks(pd.Series(filled, dtype=object)):
            continue
        if any(names_a_person(v) for v in filled):
            continue
        marks = ", ".join(f'"{v}"' for v in dict.fromkeys(str(v).strip() for v in filled))
        raw = _left_alone(
            raw, name, f"holds only yes/no marks ({marks}), a stage reached rather than a person"
        )
    return raw


# A State column is where the job is only when most of its cells name places: trackers also
# call the application's stage its "state" (Applied, Rejected, Offer), and a stage column with
# one 'OR' or 'IN' in it is still no column of places.
PLACES_SHARE = 0.8


def _without_stage_regions(raw: RawTable) -> RawTable:
    """``raw`` without its State (Region, Province) column as a region when fewer than
    ``PLACES_SHARE`` of its filled cells name places (``countries.names_a_place``; a stage or
    outcome word is none): a column of stages is the Outcome when no column is
    (``_stages_as_outcome``), else it is left alone. A note says so when some of its cells are
    places (they are not read); a column of stages beside an Outcome needs none."""
    col = raw.mapping.get("region")
    if col is None or header_key(raw.headers[col]) in raw.mapped_by_user:
        return raw
    filled, region_fits = _filled(raw.cells["region"]), _region_reader()
    fits = [f for f in map(region_fits, filled) if f is not None]
    places = sum(fits)
    if places >= PLACES_SHARE * len(fits):
        return raw
    stages = _read_words(raw.cells["region"])
    if "outcome" not in raw.mapping and stages.outcome_share >= PLACES_SHARE:
        return _stages_as_outcome(raw, stages)
    if not places:
        return _left_alone(raw, "region")
    others = [v for v in filled if region_fits(v) is False]
    holds = _holds(others, places, len(fits))
    return _places_not_read(
        _left_alone(raw, "region", holds), raw, "region", region_fits, (places, len(fits))
    )


# A Location (Office, Where) column is where the job is while at least half of its cells that
# say anything name places, towns no table lists among them (``locations.names_a_location``):
# a stray "Zoom" is its row's problem, a column of meeting rooms ("Room 4B", "Zoom") is no
# place and must not put rows on a wrong calendar.
LOCATIONS_SHARE = 0.5


def _without_placeless_locations(raw: RawTable) -> RawTable:
    """``raw`` without its Location column when fewer than ``LOCATIONS_SHARE`` of its cells
    that say something ('Remote' and 'n/a' say nothing) name places: it is left alone, and a
    note says so once, without -v too (each row is on the default calendar, as with no such
    column)."""
    col = raw.mapping.get("location")
    if col is None or header_key(raw.headers[col]) in raw.mapped_by_user:
        return raw
    filled = [str(v).strip() for v in _filled(raw.cells["location"])]
    read = {text: names_a_location(text) for text in set(filled)}  # each text once
    fits = [fit for fit in (read[text] for text in filled) if fit is not None]
    places = sum(fits)
    if places >= LOCATIONS_SHARE * len(fits):
        return raw
    others = [text for text in filled if read[text] is False]
    holds = _holds(others, places, len(fits))
    left = _left_alone(raw, "location", holds)
    # Said in the plain run too, as a column of dates not read is: the rows it would put on
    # their towns' calendars are on the default's (outside test ot87 F5: only with -v).
    left = dataclasses.replace(left, notices=[*left.notices, left.notes[-1]])
    if not places:
        return left
    return _places_not_read(
        left, raw, "location", lambda v: read.get(str(v).strip()), (places, len(fits))
    )


def _holds(others: Sequence[object], places: int, cells: int) -> str:
    """What a place column left alone holds, for its note: how many of its cells name places,
    and the first of the others that no table reads as a place ('Offer'); when each other is
    a code the tables read only beside its city or country, that ('WP' is Kuala Lumpur's
    beside 'Malaysia'; outside test ot86 F10: it was the example of no place)."""
    spelt = _region_spellings()
    unread = [str(v).strip() for v in others if header_key(str(v)) not in spelt]
    name = _names(places)
    if unread:
        count = f"{places} of its {cells} cells {name} one"
        return f'holds something other than places ("{unread[0]}"; {count})'
    return (
        f'holds codes read as a place only beside a city or country ("{str(others[0]).strip()}"; '
        f"{places} of its {cells} cells {name} one alone)"
    )


def _names(count: int) -> str:
    """The verb after "1 of its 5 cells" ("names") or "2 of its 5 cells" ("name") (ot91 F8)."""
    return "names" if count == 1 else "name"


@functools.cache
def _region_spellings() -> frozenset[str]:
    """header_key of each region's spelling the tables read beside a city or country."""
    tables = (*REGION_SPELLINGS.values(), *COUNTRY_REGION_SPELLINGS.values())
    return frozenset(header_key(s) for spellings in tables for s in spellings)


def _places_not_read(
    left: RawTable,
    raw: RawTable,
    name: str,
    fits: Callable[[object], bool | None],
    share: tuple[int, int],
) -> RawTable:
    """``left`` (``raw`` with its column of field ``name`` left alone) with a problem at each
    of that column's cells that names a place: the row's calendar is not the one the cell
    says, and its Problems cell says so, not only a note of the run (outside test ot82 F1: an
    Indian tracker's 'Mumbai, MH 400001' rows ran on the US calendar with nothing said).
    ``share``: how many of the column's cells name places, of how many. None at a Location
    cell that would put its row on the calendar its Country cell does, or on none (outside
    test ot86 F10: '東京本社' and '大阪' beside a Country of JP were each a row's problem)."""
    col = raw.mapping[name]
    header = raw.headers[col]
    said = dict(left.cell_problems)
    for row, value in raw.cells[name].items():
        if not (pd.notna(value) and str(value).strip() and fits(value)):
            continue
        if name == "location" and _country_says_it(raw, row, str(value)):
            continue
        said.setdefault(
            (int(str(row)), col),
            f'"{str(value).strip()}" is not read as the row\'s place, as only {share[0]} of the '
            f'{share[1]} cells of the "{header}" column {_names(share[0])} one: map it with --map '
            f'"{header}={name}" to read it',
        )
    return dataclasses.replace(left, cell_problems=said)


def _country_says_it(raw: RawTable, row: object, location: str) -> bool:
    """Whether the row's Country cell names a country and its Location cell, read alone,
    is that country's calendar or none ('大阪' beside 'JP'; not 'Makati' beside 'US')."""
    if "country" not in raw.mapping:
        return False
    country = raw.cells["country"].get(row)
    if country is None or pd.isna(country) or not str(country).strip():
        return False
    home, reason = resolve_country(str(country).strip(), "US")
    if reason is not None:
        return False
    place, reason = resolve_location(location, "", "", "", home)
    return place == home or any(word in (reason or "") for word in (UNKNOWN_COUNTRY, UNKNOWN_TOWN))


def _stages_as_outcome(raw: RawTable, stages: _Words) -> RawTable:
    """``raw`` with its State column, whose cells are the application's stages ('Rejected',
    'Offer'), read as the Outcome, which no other column is: a rejected row gets no check-in."""
    col = raw.mapping["region"]
    note = (
        f"{_where(raw, col)} holds stages ({stages.examples}), not places: it is read as Outcome."
    )
    mapping = {f: c for f, c in raw.mapping.items() if f != "region"}
    return dataclasses.replace(
        raw,
        mapping=dict(sorted({**mapping, "outcome": col}.items(), key=lambda item: item[1])),
        cells=raw.cells.rename(columns={"region": "outcome"}),
        notes=[*raw.notes, note],
    )


PLACES_MIN = 3
# Beside another Outcome column, which holds the stages, fewer places will do: a Mexican
# tracker's "Estado" of "CDMX" and "Nuevo León" beside its "Estatus" (outside test ot73 F1).
PLACES_MIN_BESIDE = 2


def _places_as_region(raw: RawTable) -> RawTable:
    """``raw`` with its Outcome (Stage, Status) column read as the State when at least
    ``PLACES_SHARE`` of its filled cells name places, ``PLACES_MIN`` of them at least ('TX',
    'Ontario', 'NY'), and no column is the State, with a note: a column of places is where
    the job is, whatever its header."""
    col = raw.mapping.get("outcome")
    if col is None or "region" in raw.mapping or header_key(raw.headers[col]) in raw.mapped_by_user:
        return raw
    if not _holds_places(raw.cells["outcome"]):
        return raw
    examples = _read_words(raw.cells["outcome"]).examples
    note = f"{_where(raw, col)} holds places ({examples}), not stages: it is read as State."
    mapping = {f: c for f, c in raw.mapping.items() if f != "outcome"}
    return dataclasses.replace(
        raw,
        mapping=dict(sorted({**mapping, "region": col}.items(), key=lambda item: item[1])),
        cells=raw.cells.rename(columns={"outcome": "region"}),
        notes=[*raw.notes, note],
    )


def _holds_places(values: pd.Series, minimum: int = PLACES_MIN) -> bool:
    """Whether an Outcome column's cells are where the job is: at least ``PLACES_SHARE`` of
    its filled cells name places, ``minimum`` distinct ones at least, and none is a yes/no
    mark (a Status of 'X' and 'Y', or of one word, 'OK' being also Oklahoma, is no column of
    places)."""
    filled = _filled(values)
    reads = list(map(_region_reader(), filled))
    fits = [f for f in reads if f is not None]
    if not fits or sum(fits) < PLACES_SHARE * len(fits):
        return False
    places = {str(v).strip().casefold() for v, fit in zip(filled, reads, strict=True) if fit}
    return len(places) >= minimum and all(m is None for m in map(_once_per_text(read_mark), filled))


def _region_reader() -> Callable[[object], bool | None]:
    """``_region_fits``, reading each distinct text once (it reads the cell's text alone): an
    Outcome column of 100,000 rows and three stages is three readings, not 100,000 (issue
    #15: a third of a second in each run of such a tracker)."""
    read: dict[str, bool | None] = {}

    def fits(value: object) -> bool | None:
        text = str(value).strip()
        if text not in read:
            read[text] = _region_fits(text)
        return read[text]

    return fits


def _once_per_text(read: Callable[[object], _T]) -> Callable[[object], _T]:
    """``read``, called once per distinct text of a column (a memo as long as the caller
    keeps it): a cell of plain text is read by its text alone, a cell of another kind (a
    number, a date, a checkbox) each time, its type being read too (``read_mark`` of 1 is a
    yes, of "1.0" none)."""
    read_before: dict[str, _T] = {}

    def once(value: object) -> _T:
        if type(value) is not str:
            return read(value)
        if value not in read_before:
            read_before[value] = read(value)
        return read_before[value]

    return once


def _region_fits(value: object) -> bool | None:
    """Whether a State cell names a place; None for a placeholder ('n/a', 'TBD'), which says
    nothing (but 'Pending', a stage, is no place)."""
    text = str(value).strip()
    if match_vocabulary(text, VOCABULARIES["outcome"]) is not None:
        return False
    if is_placeholder(text):
        return None
    return names_a_place(text)


def _left_alone(raw: RawTable, name: str, holds: str = "") -> RawTable:
    """``raw`` with the column of field ``name`` left alone, and a note saying what it
    ``holds`` and how to map it anyway, when given."""
    col = raw.mapping[name]
    header = raw.headers[col]
    label = fields.FIELDS_BY_NAME[name].header
    note = (
        f"{_where(raw, col)} {holds}: it is left alone. "
        f'Map it with --map "{header}={name}" if it is the {label}.'
    )
    return dataclasses.replace(
        raw,
        mapping={f: c for f, c in raw.mapping.items() if f != name},
        cells=raw.cells.drop(columns=name),
        ignored=sorted([*raw.ignored, header], key=raw.headers.index),
        notes=[*raw.notes, note] if holds else raw.notes,
    )


@dataclasses.dataclass(frozen=True)
class _Words:
    """What a column's filled cells read as: the share that are stage or outcome words, and
    whether it is a column of interview types (most cells one, and none a stage or outcome word
    that is not also a type: "Onsite" is both, "Offer" only an outcome)."""

    outcome_share: float
    interview_types: bool
    examples: str  # its first few distinct values, quoted, for a note
    task_only: bool = False  # all Notion's task statuses: "Not started", "In progress"
    # The share that say what came of the application: it closed ("Rejected", "Offer") or
    # is on hold; the rest of its stage words say how far it went ("Phone screen").
    closing_share: float = 0.0


def _read_words(values: pd.Series) -> _Words:
    texts = values[values.map(lambda v: isinstance(v, str) and bool(v.strip()))]
    if texts.empty:
        return _Words(0.0, False, "")
    counts = texts.map(str.strip).value_counts(sort=False)
    outcomes = types = outcome_only = closing = 0
    for text, n in counts.items():
        is_type = match_vocabulary(str(text), VOCABULARIES["interview_type"]) is not None
        word = match_vocabulary(str(text), VOCABULARIES["outcome"])
        is_outcome = word is not None
        outcomes += int(n) * is_outcome
        types += int(n) * is_type
        outcome_only += int(n) * (is_outcome and not is_type)
        closing += int(n) * (word in CLOSING_WORDS)
    filled = int(counts.sum())
    firsts: dict[str, str] = {}  # each value once, whatever its case, as first written
    for text in counts.index.tolist():
        firsts.setdefault(str(text).casefold(), str(text))
    shown = list(firsts.values())
    examples = ", ".join(f'"{t}"' for t in shown[:3]) + (", ..." if len(shown) > 3 else "")
    task_only = all(header_key(str(text)) in TASK_STATUS_KEYS for text in counts.index)
    return _Words(
        outcomes / filled,
        types * 2 > filled and not outcome_only,
        examples,
        task_only,
        closing / filled,
    )


# Notion's default Status options: a task's progress, read as stages ("In progress" is
# interviewing) but saying less than a Stage column's "Applied, Offer, Rejected".
TASK_STATUS_KEYS = frozenset({"notstarted", "inprogress", "done"})


def _where(raw: RawTable, col: int) -> str:
    return f'"{raw.headers[col]}" ({_letter(col)})'


def _letter(col: int) -> str:
    return str(column_letter(col + 1))


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


def _generic_date(raw: RawTable, applied: int | None, flag: int | None) -> tuple[str, str]:
    """(field, why) for the "Date" column: the interview's beside ``applied``, a column of
    applied dates, else as ``_date_by_stage`` says. An "Applied" column of yes/no marks,
    ``flag`` (Has Applied), holds no applied dates (ot135 F1)."""
    if applied is not None:
        return "interview_at", f"{_where(raw, applied)} holds the applied dates"
    return _date_by_stage(raw, flag)


def _date_by_stage(raw: RawTable, flag: int | None = None) -> tuple[str, str]:
    """(field, why) for the "Date" column: the applied date when most rows whose stage cell
    says how far they got are at the applied stage, or, when no stage cell says, when the sheet
    has an application check-in column ("Followed Up") or a Has Applied column (``flag``) and
    none only interviews have."""
    if "outcome" not in raw.mapping:
        return _unless_applications(raw, "no stage column says the rows are applications", flag)
    stage = _where(raw, raw.mapping["outcome"])
    applied, later = _stage_counts(raw)
    told = applied + later
    counted = f"{applied} of the {told} rows whose {stage} says how far they got"
    if told and applied * 2 > told:
        return "applied_at", f"{counted} are at the applied stage (an application log)"
    if not told:
        return _unless_applications(
            raw, f"no row's {stage} says whether it got to an interview", flag
        )
    if not applied:  # not "only 0 of the 2 rows ... are" (outside test ot60 F4)
        if told == 1:
            return (
                "interview_at",
                f"the one row whose {stage} says how far it got is not at the applied stage",
            )
        return "interview_at", (
            f"none of the {told} rows whose {stage} says how far they got is at the applied stage"
        )
    # Those rows' own stage says there was no interview yet: their Date is the day applied.
    those = "on that row" if applied == 1 else f"on those {applied} rows"
    return "interview_at", (
        f"only {counted} are at the applied stage; {those} it is the date applied, unless it "
        "is still to come"
    )


def _stage_counts(raw: RawTable) -> tuple[int, int]:
    """(rows at the applied stage, rows further on) by their stage cells. "No response",
    "Pending" and the other words read as applied that only say a row is open count for
    neither, as silence may follow an interview; but in a column that names a later stage
    ("Interview", "Offer") and has no word of its own for having applied, they are its applied
    stage: a row that got to an interview would say so ("No Response" x24 beside "Interview"
    x14 is an application log)."""
    texts = raw.cells["outcome"][raw.cells["outcome"].map(lambda v: isinstance(v, str))]
    counts = {True: 0, False: 0}
    silent = 0
    said_applied = False
    for text, n in texts.value_counts().items():
        evidence = applied_stage_evidence(text, types_in_stage=raw.types_in_stage)
        applied = match_vocabulary(str(text), VOCABULARIES["outcome"]) == "applied"
        if evidence is not None:
            counts[evidence] += int(n)
            said_applied |= evidence and applied
        elif applied:
            silent += int(n)
    if counts[False] and not said_applied:
        counts[True] += silent
    return counts[True], counts[False]


def _unless_applications(raw: RawTable, why: str, flag: int | None) -> tuple[str, str]:
    """The interview date, unless the sheet's columns are an application log's: a "Followed
    Up" (application check-in) or a Has Applied column (``flag``: whether each row was
    applied to) and none that only an interview has."""
    check_in = raw.mapping.get("application_check_in_sent")
    if INTERVIEW_ONLY & set(raw.mapping):
        return "interview_at", why
    if check_in is not None:
        says = f"{_where(raw, check_in)} is an application's check-in"
    elif flag is not None:
        says = f"{_where(raw, flag)} says whether each row was applied to"
    else:
        return "interview_at", why
    return (
        "applied_at",
        f"{why}, but {says} and no column is an interview's (a thank-you, a round, a type)",
    )


def _no_dates_message(raw: RawTable, mapping: dict[str, int]) -> str:
    name = f'{raw.path.name}, sheet "{raw.sheet}"' if raw.sheet else raw.path.name
    flag = mapping.get("interviewed")
    holds = f"; its {_where(raw, flag)} holds yes/no marks, not dates" if flag is not None else ""
    listed = ", ".join(raw.headers[c] for c in sorted(mapping.values()))
    unread = [h for column, h in enumerate(raw.headers) if column not in mapping.values()]
    return (
        f"{name} is an application log without dates ({listed}){holds}: nothing can be "
        f"scheduled without one. {no_dates_fix(unread)}"
    )
