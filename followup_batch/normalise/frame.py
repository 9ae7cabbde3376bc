"""Turn a tracker's raw cells into the typed frame the rules work on (NORMALISED_COLUMNS).

Every field is read by one small function applied once per distinct value (trackers repeat
values: the same company, "Yes", "Video" thousands of times), then spread back to the rows with
numpy indexing. Real date cells take a pandas fast path (``date_columns.parse_date_column``).
So the work grows with the number of distinct values, not rows.

A value that cannot be read never stops the file: the row gets a problem naming the cell as the
user sees it ("D14: "31/02/2026" is not a date") and, when the value is required, needs_info.
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
import re
from collections.abc import Callable
from functools import partial
from typing import Any

import numpy as np
import pandas as pd

from followup_batch.normalise import date_columns, dates, timelines
from followup_batch.normalise.cells import (
    Cells,
    Distinct,
    Problems,
    cell_text,
    distinct,
    header_of,
    shown,
)
from followup_batch.normalise.columns import NORMALISED_COLUMNS
from followup_batch.normalise.countries import resolve_country
from followup_batch.normalise.vocabularies import (
    VOCABULARIES,
    Vocabulary,
    match_vocabulary,
    read_mark,
)
from followup_batch.read import RawTable, ReadOptions, fields

DATE_FIELDS: tuple[str, ...] = (
    "interview_at",
    "stated_decision",
    *fields.SENT_FIELDS,
    "networking_sent",
    "last_reply",
)


# ---------------------------------------------------------------------------------------------
# Field readers: one cell value -> (value, problem reason or None)
# ---------------------------------------------------------------------------------------------


def read_vocabulary(value: object, vocabulary: Vocabulary) -> tuple[str, str | None]:
    """(canonical value, problem reason or None)."""
    text = cell_text(value)
    if not text:
        return vocabulary.default, None
    matched = match_vocabulary(text, vocabulary)
    if matched is not None:
        return matched, None
    if dates.is_placeholder(text):
        return vocabulary.default, None
    choices = ", ".join(vocabulary.values[:-1]) + f" or {vocabulary.values[-1]}"
    return vocabulary.default, (
        f"{shown(value)} is not a known {vocabulary.label} "
        f"({choices}); read as {vocabulary.default}"
    )


_ORDINALS: dict[str, int] = {
    word: n
    for n, words in enumerate(
        (
            ("first", "one"),
            ("second", "two"),
            ("third", "three"),
            ("fourth", "four"),
            ("fifth", "five"),
            ("sixth", "six"),
            ("seventh", "seven"),
            ("eighth", "eight"),
            ("ninth", "nine"),
            ("tenth", "ten"),
            ("eleventh", "eleven"),
            ("twelfth", "twelve"),
        ),
        start=1,
    )
    for word in words
}
MAX_ROUND = 99  # more is a typo (or a pasted number), not an interview round
_ROUND = re.compile(
    r"(?:round|rd|r)?\s*#?\s*(?:(?P<n>\d+)(?:\.0+)?(?:st|nd|rd|th)?|(?P<word>[a-z]+))"
    r"(?:\s*round)?"
)


def read_round(value: object) -> tuple[int | None, str | None]:
    """A round number >= 1 from 2, 2.0, 'Round 2', '2nd', 'second'; (None, reason) otherwise."""
    reason = f"{shown(value)} is not a round number (1, 2, 3, ...)"
    valid = range(1, MAX_ROUND + 1)
    if isinstance(value, (bool, np.bool_)):
        return None, reason
    if isinstance(value, numbers.Real):
        number = float(value)
        if math.isnan(number):
            return None, None
        ok = math.isfinite(number) and number.is_integer() and int(number) in valid
        return (int(number), None) if ok else (None, reason)
    text = cell_text(value).casefold()
    if dates.is_placeholder(text):
        return None, None
    m = _ROUND.fullmatch(text)
    if m is None:
        return None, reason
    n = int(m["n"]) if m["n"] else _ORDINALS.get(m["word"], 0)
    return (n, None) if n in valid else (None, reason)


_NAME_SEPARATORS = re.compile(r"\s*(?:[;,&\n\r]|\s+and\s+)\s*", re.IGNORECASE)
_EMAIL_SEPARATORS = re.compile(r"[;,\s]+")


def split_names(value: object) -> list[str]:
    return [n for n in (p.strip() for p in _NAME_SEPARATORS.split(cell_text(value))) if n]


def split_emails(value: object) -> list[str]:
    return [e for e in _EMAIL_SEPARATORS.split(cell_text(value)) if e]


def read_required_text(value: object, header: str) -> tuple[str | None, str | None]:
    text = cell_text(value)
    if not text:
        return None, f"{header} is empty"
    if dates.is_placeholder(text):
        return None, f"{header} is empty ({shown(value)})"
    return text, None


def read_country(value: object, default: str) -> tuple[str, str | None]:
    """('US' / 'US-CA', problem reason or None); blank -> the default country."""
    country, reason = resolve_country(cell_text(value), default)
    return country, (None if reason is None else f"{shown(value)}{reason}")


# ---------------------------------------------------------------------------------------------
# The frame
# ---------------------------------------------------------------------------------------------


def normalise_rows(raw: RawTable, options: ReadOptions) -> pd.DataFrame:
    """The typed frame for one tracker: exactly NORMALISED_COLUMNS, indexed by row."""
    cells = Cells(raw)
    index = cells.index
    problems = Problems(raw)
    out: dict[str, object] = {}

    orders = date_orders(raw, options)

    def read_dates(field: str) -> date_columns.DateColumn:
        return date_columns.parse_date_column(
            cells[field],
            dayfirst=orders[field].dayfirst if field in orders else None,
            epoch_1904=raw.epoch_1904,
            groups=cells.groups(field),
        )

    def each(field: str, func: Callable[[object], Any]) -> Distinct:
        return distinct(cells[field], func, cells.groups(field))

    # Required text.
    needs_info = pd.Series(False, index=index, dtype=bool)
    for field in ("company", "position"):
        read = each(field, partial(read_required_text, header=header_of(raw, field)))
        out[field] = read.column(lambda r: r[0])
        problems.add(field, read.reasons(lambda r: r[1]))
        needs_info |= pd.isna(pd.Series(out[field], index=index))

    # Interview date (a wide tracker's latest stage date); a date without a year takes the
    # year that puts it just before the next dated row's.
    stage_types: pd.Series | None = None
    if raw.stages and "interview_at" not in raw.mapping:
        interview_dates, stage_types = _latest_stages(raw, problems, orders)
    else:
        interview_dates, interview_reasons = _interview_years(read_dates("interview_at"))
        problems.add(
            "interview_at",
            _empty_reason(
                cells["interview_at"],
                interview_dates,
                interview_reasons,
                header_of(raw, "interview_at"),
            ),
        )
    out["interview_date"] = interview_dates
    needs_info |= interview_dates.isna()

    # Free text and lists.
    client = each("client", cell_text).column()
    out["client"] = np.where(client == "", raw.default_client, client)
    for field in ("industry", "topic", "value_add"):
        out[field] = each(field, cell_text).column()
    out["interviewers"] = each("interviewer", split_names).column()
    out["interviewer_emails"] = each("interviewer_email", split_emails).column()

    for field, vocabulary in VOCABULARIES.items():
        read = each(field, partial(read_vocabulary, vocabulary=vocabulary))
        out[field] = read.column(lambda r: r[0])
        problems.add(field, read.reasons(lambda r: r[1]))
    if stage_types is not None:
        # The stage whose date is the interview says what kind of interview it was.
        out["interview_type"] = stage_types.where(stage_types.notna(), out["interview_type"])

    rounds = each("round", read_round)
    out["round"] = pd.array(list(rounds.column(lambda r: r[0])), dtype="Int64")
    problems.add("round", rounds.reasons(lambda r: r[1]))

    decision, within, decision_reasons = _stated_decision(
        cells, read_dates("stated_decision"), interview_dates
    )
    out["decision_date"], out["decision_within_bd"] = decision, within
    problems.add("stated_decision", decision_reasons)

    for field in fields.SENT_FIELDS:
        sent, done, reasons = _sent(cells, field, read_dates(field), interview_dates)
        stem = field.removesuffix("_sent")
        out[f"{stem}_sent"], out[f"{stem}_done"] = sent, done
        problems.add(field, reasons)

    for field in ("networking_sent", "last_reply"):
        parsed, reasons = _with_inferred_years(
            read_dates(field), interview_dates, "nearest the interview date"
        )
        out[field] = parsed
        problems.add(field, _quoted(cells[field], reasons))

    countries = each("country", partial(read_country, default=options.default_country))
    out["country"] = countries.column(lambda r: r[0])
    problems.add("country", countries.reasons(lambda r: r[1]))

    for col, reasons in _cell_problems(raw).items():
        problems.add_at(col, reasons, replace=True)
    out["needs_info"] = needs_info
    out["problems"] = problems.lists()
    columns = {
        name: _as_series(out[name], index).astype(dtype)
        for name, dtype in NORMALISED_COLUMNS.items()
    }
    frame = pd.DataFrame(columns, index=index)
    frame.index.name = "row"
    return frame


STAGES = "stages"  # date_orders key for a wide tracker's stage-date columns


def date_orders(raw: RawTable, options: ReadOptions) -> dict[str, date_columns.DateOrder]:
    """How each date column's numeric text (3/11/2026) is read: forced, detected, or US.

    Keys: the mapped date fields, and ``STAGES`` for a wide tracker's stage columns together.
    """
    columns = {f: raw.cells[f] for f in DATE_FIELDS if f in raw.cells.columns}
    headers = {f: header_of(raw, f) for f in columns}
    if raw.stages and raw.stage_cells is not None and len(raw.stage_cells.columns):
        stacked = pd.concat([raw.stage_cells[c] for c in raw.stage_cells.columns])
        columns[STAGES] = stacked
        headers[STAGES] = "the stage columns"
    return date_columns.date_orders(columns, headers, options.dayfirst)


def _interview_years(parsed: date_columns.DateColumn) -> tuple[pd.Series, pd.Series]:
    """Interview dates, year-less ones placed just before the next dated row's date (the
    tracker runs in time order), or nearest the last dated row above when none follows."""
    values = parsed.dates.copy()
    reasons = parsed.problems.copy()
    following = parsed.dates.bfill()
    preceding = parsed.dates.ffill()
    pending = parsed.month_days.notna().to_numpy()
    for row in parsed.month_days.index[pending]:
        month_day = parsed.month_days[row]
        if pd.notna(following[row]):
            anchor = following[row].date()
            inferred = dates.latest_on_or_before(month_day, anchor)
            how = f"just before the next dated row's {anchor:%Y-%m-%d}"
        elif pd.notna(preceding[row]):
            anchor = preceding[row].date()
            inferred = dates.infer_year(month_day, anchor)
            how = f"nearest the last dated row's {anchor:%Y-%m-%d}"
        else:
            continue
        if inferred is not None:
            values[row] = pd.Timestamp(inferred)
            reasons[row] = f"{dates.NO_YEAR}; read as {inferred:%Y-%m-%d} ({how})"
    return values, reasons


def _latest_stages(
    raw: RawTable, problems: Problems, orders: dict[str, date_columns.DateOrder]
) -> tuple[pd.Series, pd.Series]:
    """A wide tracker's interview: each row's latest stage date, and that stage's type.

    Unreadable stage cells are reported at their own cell; a row with no stage date at all
    is reported at the first stage column.
    """
    assert raw.stage_cells is not None
    index = raw.cells.index
    dayfirst = orders[STAGES].dayfirst if STAGES in orders else None
    latest = pd.Series(pd.NaT, index=index, dtype="datetime64[ns]")
    kinds = pd.Series(None, index=index, dtype=object)
    for col in sorted(raw.stages):  # left to right: on a tie the later stage wins
        values = raw.stage_cells[col]
        parsed = date_columns.parse_date_column(
            values, dayfirst=dayfirst, epoch_1904=raw.epoch_1904
        )
        stage_dates, reasons = _interview_years(parsed)
        later = stage_dates.notna() & ~(stage_dates < latest)
        latest = latest.where(~later, stage_dates)
        kinds = kinds.where(~later, raw.stages[col])
        problems.add_at(col, _quoted(values, reasons))
    first = min(raw.stages)
    names = ", ".join(raw.headers[c] for c in sorted(raw.stages))
    empty = pd.Series(None, index=index, dtype=object)
    empty.loc[latest.isna().to_numpy()] = (
        f"no interview date: none of the stage columns ({names}) has a date"
    )
    problems.add_at(first, empty)
    return latest, kinds


def _cell_problems(raw: RawTable) -> dict[int, pd.Series]:
    """The reader's per-cell findings (formulas without saved values, error values) by column."""
    by_col: dict[int, pd.Series] = {}
    for (row, col), reason in raw.cell_problems.items():
        if row not in raw.cells.index:
            continue
        if col not in by_col:
            by_col[col] = pd.Series(None, index=raw.cells.index, dtype=object)
        by_col[col][row] = reason
    return by_col


def _as_series(values: object, index: pd.Index) -> pd.Series:
    if isinstance(values, pd.Series):
        return values.set_axis(index)
    if isinstance(values, np.ndarray) and values.dtype == object:
        return pd.Series(values, index=index, dtype=object)
    return pd.Series(values, index=index)


def _quoted(values: pd.Series, reasons: pd.Series) -> pd.Series:
    """Prefix each reason with the cell's text as the user wrote it ('"x" is not a date')."""
    bad = reasons.notna()
    if not bad.any():
        return reasons
    quoted = reasons.copy()
    texts = distinct(values[bad], shown).column()
    quoted.loc[bad.to_numpy()] = [
        r if r.startswith('"') else f"{t} {r}" for t, r in zip(texts, reasons[bad], strict=True)
    ]
    return quoted


def _empty_reason(
    values: pd.Series, parsed: pd.Series, reasons: pd.Series, header: str
) -> pd.Series:
    """A required date's reasons: the unreadable ones quoted, the empty ones said so."""
    quoted = _quoted(values, reasons)
    empty = parsed.isna() & quoted.isna()
    quoted.loc[empty.to_numpy()] = f"{header} is empty"
    return quoted


def _with_inferred_years(
    parsed: date_columns.DateColumn, near: pd.Series, how: str
) -> tuple[pd.Series, pd.Series]:
    """Dates, with year-less ones placed in the year nearest ``near`` and said so."""
    values = parsed.dates.copy()
    reasons = parsed.problems.copy()
    pending = parsed.month_days.notna() & near.notna()
    for row in parsed.month_days.index[pending.to_numpy()]:
        inferred = dates.infer_year(parsed.month_days[row], near[row].date())
        if inferred is None:
            continue
        values[row] = pd.Timestamp(inferred)
        reasons[row] = f"{dates.NO_YEAR}; read as {inferred:%Y-%m-%d} ({how})"
    return values, reasons


def _timeline_of(value: object) -> timelines.Timeline | None:
    return timelines.match_timeline(value) if isinstance(value, str) else None


TIMELINE_EXAMPLES = '"Friday", "next week", "in 2 weeks", "within 5 business days"'


def _stated_decision(
    cells: Cells, parsed: date_columns.DateColumn, interview: pd.Series
) -> tuple[pd.Series, pd.Series, pd.Series]:
    """(decision date, within N business days, reasons): a date or a timeline phrase."""
    values = cells["stated_decision"]
    decision, reasons = _with_inferred_years(parsed, interview, "nearest the interview date")
    unread = (reasons == dates.NOT_A_DATE).to_numpy() & cells.mask("stated_decision", str)
    kinds = np.full(len(values), "", dtype=object)
    ns = np.zeros(len(values), dtype="int64")
    if unread.any():
        stated = distinct(values[unread], _timeline_of)
        kinds[unread] = stated.column(lambda t: t.kind if t else "")
        ns[unread] = stated.column(lambda t: t.n if t else 0).astype("int64")
    phrase = kinds != ""
    resolved, within = timelines.resolve_timelines(kinds, ns, interview)
    decision = decision.where(~phrase, resolved)
    reasons = reasons.where(~phrase, None)
    not_phrase = reasons == dates.NOT_A_DATE
    reasons.loc[not_phrase.to_numpy()] = (
        f"{dates.NOT_A_DATE} or a timeline phrase (e.g. {TIMELINE_EXAMPLES})"
    )
    return decision, within, _quoted(values, reasons)


YES_MARK_EXAMPLES = "yes, x, ✓, sent, done"


def _sent(
    cells: Cells, field: str, parsed: date_columns.DateColumn, interview: pd.Series
) -> tuple[pd.Series, pd.Series, pd.Series]:
    """(sent date, done, reasons): a date means sent then; a yes-mark means sent, undated."""
    values = cells[field]
    maybe_mark = cells.groups(field).copy()
    maybe_mark.pop(dt.datetime, None)  # real date cells are never marks
    marks = np.full(len(values), None, dtype=object)
    if maybe_mark:
        marks = distinct(values, read_mark, maybe_mark).column()
    marked = pd.Series(marks, index=values.index, dtype=object).notna()
    sent, reasons = _with_inferred_years(parsed, interview, "nearest the interview date")
    sent = sent.where(~marked)
    reasons = reasons.where(~marked, None)
    not_date = reasons == dates.NOT_A_DATE
    reasons.loc[not_date.to_numpy()] = f"{dates.NOT_A_DATE} or a yes-mark ({YES_MARK_EXAMPLES})"
    done = sent.notna().to_numpy() | (marks == True)  # noqa: E712 (elementwise on an array)
    return sent, pd.Series(done, index=values.index, dtype=bool), _quoted(values, reasons)
