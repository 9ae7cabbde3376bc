"""The rows under a tracker's header that hold data, and those that only look like rows.

- a row is data when a mapped column holds a value other than a checkbox (a TRUE/FALSE cell,
  or that text in a CSV, as Google Sheets exports a checkbox);
- totals rows (no text but a "Total"/"Count" label, no dates, only numbers), rows that repeat
  the header, group labels ("ARCHIVE", "--- Rejected ---", "March 2026") and notes (one cell of
  free text) are skipped with a note (``totals_note``) instead of becoming rows that need info;
- a row that reads as the header of another table ends the tracker (``another_table``).

``table.build_table`` reads a sheet's rows through these.
"""

from __future__ import annotations

import datetime as dt
import numbers
import operator
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from followup_batch.read.fields import DATE_FIELDS, DATE_SOURCES
from followup_batch.read.header_keys import header_key
from followup_batch.read.headers import (
    HeaderMatch,
    header_index_with,
    header_lookup_key,
    match_header,
)
from followup_batch.read.names import LEGAL_FORMS
from followup_batch.read.options import ReadOptions

Row = Sequence[object]


@dataclass
class Body:
    """The data rows below a header: their Excel row numbers and the wanted columns' cells."""

    numbers: np.ndarray  # int64 Excel row numbers
    columns: dict[int, np.ndarray]  # 0-based column -> object array of raw cells ('' -> None)
    skipped: dict[int, str]  # totals rows left out: Excel row -> why


def collect_body(rows: Sequence[Row], header_row: int, wanted: Iterable[int]) -> Body:
    """The rows below ``header_row`` (``rows[i]`` is row ``i + 1``) that hold data.

    A row holds data when a wanted column has a value other than a checkbox; whole columns are
    handled at once, so a million rows of unticked checkboxes cost a moment, not a minute.
    """
    body = rows[header_row:]
    order = sorted(set(wanted))
    table = columns_of(body, order)
    columns = {col: table[:, i] for i, col in enumerate(order)}
    has_value = np.zeros(len(body), dtype=bool)
    for values in columns.values():
        pending = np.flatnonzero(~has_value)
        if not len(pending):
            break
        has_value[pending] = _meaningful(values[pending])
    kept = np.flatnonzero(has_value)
    numbers = kept.astype("int64") + header_row + 1
    picked = {col: values[kept] for col, values in columns.items()}
    for values in picked.values():
        values[is_blank(values)] = None
    return Body(numbers, picked, {})


def columns_of(body: Sequence[Row], cols: list[int]) -> np.ndarray:
    """A 2-D object array: one row per row of ``body``, one column per entry of ``cols``."""
    table = np.empty((len(body), len(cols)), dtype=object)
    if not cols or not len(body):
        return table
    width = cols[-1] + 1
    if all(len(row) >= width for row in (body[0], body[-1])):
        try:
            pick = operator.itemgetter(*cols)
            table[:] = (
                [pick(row) for row in body] if len(cols) > 1 else [(row[cols[0]],) for row in body]
            )
            return table
        except IndexError:  # ragged rows after all
            pass
    table[:] = [tuple(row[c] if c < len(row) else None for c in cols) for row in body]
    return table


def is_blank(values: np.ndarray) -> np.ndarray:
    """None, NaN and ''; whitespace-only text is left to the caller."""
    return np.asarray(pd.isna(values) | (values == ""), dtype=bool)


def _meaningful(values: np.ndarray) -> np.ndarray:
    candidates = np.flatnonzero(~is_blank(values))
    result = np.zeros(len(values), dtype=bool)
    result[candidates] = _per_distinct(values[candidates], has_value)
    return result


# A checkbox as a CSV export writes it: Google Sheets writes TRUE/FALSE in the sheet's language
# (German, French, Spanish, Italian, Dutch, Portuguese).
CHECKBOX_TEXTS = frozenset(
    {"true", "false", "wahr", "falsch", "vrai", "faux", "verdadero", "falso"}
    | {"vero", "waar", "onwaar", "verdadeiro"}
)


def has_value(value: object) -> bool:
    if value is None or isinstance(value, (bool, np.bool_)):
        return False  # a checkbox alone does not make a row
    if isinstance(value, str):
        text = value.strip()
        return bool(text) and text.casefold() not in CHECKBOX_TEXTS
    return True


# A totals row's label: "Total", "Grand total", "Subtotal", "Total open", "Sum", "Count" and
# the same words in the languages the header tables read (German "Summe", "Gesamt", "Anzahl",
# "Insgesamt"; Dutch "Totaal", "Aantal"; French "Somme"; Spanish and Polish "Suma"; ...; ot101
# F11: they became rows that need info), also after one word when the label ends there ("Open
# total:", "Offene Summe"). Not a word that only begins with one ("Summit", "TotalEnergies"),
# nor a company's name with its legal form ("Gesamt AG", "Total SA").
_TOTAL_WORDS = (
    "totals?|sum|count|average|avg|mean"
    "|summe|gesamt|gesamtsumme|insgesamt|anzahl"  # German
    "|totaal|aantal|som"  # Dutch
    "|totaux|somme"  # French
    "|suma|soma|somma|totale|cantidad|quantidade|razem|łącznie|toplam|jumlah"
)
# Japanese, Chinese and Korean write the label with no space after it, so it is the whole cell,
# or the label, a colon and a count ("合計", "小計：3", "합계 5건"; ot104 F9: they became rows
# that need info): never a company that begins with one ("合計商事") or a note that holds one.
_CJK_TOTAL_WORDS = (
    "合計|総計|總計|小計|累計|総数|共計"  # Japanese, traditional Chinese
    "|合计|总计|小计|累计|总数|共计"  # simplified Chinese
    "|합계|총계|소계|총합"  # Korean
)
_CJK_COUNTER = "件|社|個|个|家|개|건|곳"  # "5件", "3社", "2개": a count of applications
_TOTAL_LABEL = re.compile(
    rf"\s*(?:grand\s+|sub-?\s*|sous-|zwischen)?(?:{_TOTAL_WORDS})\b.*"
    rf"|\s*[^\W\d_]+\s+(?:{_TOTAL_WORDS})\s*:?\s*"
    rf"|\s*(?:{_CJK_TOTAL_WORDS})\s*[:：]?\s*(?:\d[\d,.]*\s*(?:{_CJK_COUNTER})?)?\s*",
    re.IGNORECASE,
)
_LABEL_WORD = re.compile(r"[^\W_]+")  # "Gesamt-AG": "gesamt", "ag"


def is_total_label(text: str) -> bool:
    """Whether ``text`` is a totals row's label (``_TOTAL_LABEL``) and not a company's name."""
    return bool(_TOTAL_LABEL.fullmatch(text)) and not any(
        w in LEGAL_FORMS for w in _LABEL_WORD.findall(text.casefold())
    )


SMALLEST_SERIAL_DATE = 10_000  # numbers from here up may be dates (1927 on); below: counts
_NUMBER_TEXT = re.compile(r"\s*[-+]?\d[\d,]*(?:\.\d+)?\s*")  # a count saved as text


def _summary_rows(body: Body, mapping: dict[str, int]) -> list[int]:
    """Positions in ``body`` of totals rows: only numbers and total labels, no text or dates.

    Only rows whose Company and Position hold no ordinary text are looked at closely.
    """
    candidates = np.ones(len(body.numbers), dtype=bool)
    for name in ("company", "position"):
        if name in mapping:
            candidates &= ~_per_distinct(body.columns[mapping[name]], is_text)
    date_cols = {
        mapping[f]
        for f in ("interview_at", "applied_at", "stated_decision", "last_reply")
        if f in mapping
    }
    found = []
    for i in np.flatnonzero(candidates):
        cells = [(col, values[i]) for col, values in body.columns.items()]
        filled = [(col, v) for col, v in cells if v is not None and has_value(v)]
        if filled and all(_is_summary_cell(v, col in date_cols) for col, v in filled):
            found.append(int(i))
    return found


def _not_dated(value: object) -> bool:
    """Not a date cell, a number, or text that begins with a digit (2026-11-03, 3/11)."""
    if isinstance(value, str):
        text = value.lstrip()
        return not (text[:1].isdigit())
    return not isinstance(value, (dt.date, numbers.Number))


def _per_distinct(values: np.ndarray, func: Callable[[object], bool]) -> np.ndarray:
    """``func`` of each value, called once per distinct value; every missing one (None, NaN)
    is NaN to it.

    pandas' sentinel (-1, the last result: ``func(nan)``) rather than ``use_na_sentinel=False``,
    which first looks for missing values over the whole object array, a second pass."""
    try:
        codes, uniques = pd.factorize(values)
    except TypeError:  # unhashable cells: call it for each
        return np.array([func(v) for v in values], dtype=bool)
    return np.array([func(u) for u in uniques] + [func(np.nan)], dtype=bool)[codes]


def is_text(value: object) -> bool:
    """Ordinary text: not blank, not a total label, not a number saved as text."""
    return (
        isinstance(value, str)
        and bool(value.strip())
        and not is_total_label(value)
        and not _NUMBER_TEXT.fullmatch(value)
    )


def _is_summary_cell(value: object, date_column: bool) -> bool:
    if isinstance(value, str):
        if _NUMBER_TEXT.fullmatch(value):  # a count saved as text ("2" in a CSV)
            value = float(value.replace(",", ""))
        else:
            return is_total_label(value)
    if isinstance(value, (int, float, np.integer, np.floating)):
        return not (date_column and value >= SMALLEST_SERIAL_DATE)
    return False


def _repeated_headers(body: Body, headers: Sequence[str], mapping: dict[str, int]) -> list[int]:
    """Positions in ``body`` of rows that repeat the header row (a sheet kept in blocks,
    each under its own copy of the headers): every filled cell is its column's header, the
    Company and Position cells among them."""
    company = mapping.get("company")
    named = {company, mapping.get("position")} - {None}
    if company is None or company >= len(headers) or not len(body.numbers):
        return []
    keys = {col: header_key(headers[col]) for col in body.columns if col < len(headers)}
    own_name = keys[company]
    found = []
    candidates = _per_distinct(
        body.columns[company], lambda v: isinstance(v, str) and header_key(v) == own_name
    )
    for i in np.flatnonzero(candidates):  # a few rows at most: the rest are companies
        filled = {
            col: values[i]
            for col, values in body.columns.items()
            if isinstance(values[i], str) and values[i].strip()
        }
        if named <= filled.keys() and all(
            header_key(text) == keys.get(col) for col, text in filled.items()
        ):
            found.append(int(i))
    return found


MIN_OTHER_HEADER_COLUMNS = 3  # Company and two more: "Company, Date Applied" could be data
LONGEST_HEADER = 60  # characters: longer cells are never taken for header words


def another_table(
    body: Body, rows: Sequence[Row], match: HeaderMatch, options: ReadOptions
) -> tuple[int, str] | None:
    """Where another table starts below the tracker (its position in ``body``) and the note
    that says so; None when none does.

    A row starts another table when it reads as a header of its own: a Company header ("Company",
    "Employer": a data row holds an employer's name there), at least
    ``MIN_OTHER_HEADER_COLUMNS`` columns the header matcher knows, those four in five of the
    row's filled cells at least (a data row with a Source of "Company" and a Contact of
    "Recruiter" beside its status "Applied" is three of five, and stays a row: taking a row
    for a header drops it and every row after it), and at least one of them where the tracker
    has another field or none.
    The tracker's own header again, whole or in part, is not another table (a sheet kept in
    blocks: ``_repeated_headers``)."""
    index = header_index_with(options.column_map)
    explicit = {header_key(h) for h in options.column_map}

    def is_header_word(value: object) -> bool:
        if not isinstance(value, str) or len(value) > LONGEST_HEADER:
            return False  # a note, a draft, a link: no header is that long
        # A format hint in brackets is read only when there is one (cheaper on 5,000 rows).
        hinted = "(" in value or "[" in value
        return (header_lookup_key(value, index) if hinted else header_key(value)) in index

    # A header holds no date where the tracker has its dates: the rows with a date or a
    # number there (nearly all of a big tracker) are never looked at.
    maybe = np.ones(len(body.numbers), dtype=bool)
    for name in DATE_SOURCES:
        if name in match.mapping and match.mapping[name] in body.columns:
            dated = body.columns[match.mapping[name]]
            maybe &= np.fromiter((_not_dated(v) for v in dated), dtype=bool, count=len(dated))
    at = np.flatnonzero(maybe)
    # Only rows with two or more header words in the tracker's columns are looked at closely.
    words = np.zeros(len(body.numbers), dtype=int)
    if len(at):
        for values in body.columns.values():
            words[at] += _per_distinct(values[at], is_header_word)
    own = set(match.mapping.items())
    for i in np.flatnonzero(words >= 2):  # few rows: data rarely holds two header words
        number = int(body.numbers[i])
        cells = rows[number - 1]
        other = match_header(number, cells, index, explicit)
        known = {*other.mapping.values(), *other.stages}
        filled = [h for h in other.headers if h]
        if (
            "company" in other.mapping
            and len(known) >= MIN_OTHER_HEADER_COLUMNS
            and len(known) * 5 >= len(filled) * 4
            and not set(other.mapping.items()) <= own
        ):
            listed = ", ".join(filled)
            return int(i), (
                f"Row {number} starts another table (its header: {listed}); the rows from "
                "there on are not read — put it on its own sheet to have it read."
            )
    return None


# A group label names a part of the tracker, never an employer: a stage or state of the rows
# below it, a period, or words that only say "these are applications". Compared as lower-case
# words, after the label's decoration ("--- ", " ---", ":", "[ ]") is taken off.
_GROUP_WORDS = frozenset(
    """archive archived old older past previous current active inactive open closed done
    completed finished other others misc miscellaneous backlog dead ideas later maybe
    upcoming new pending waiting applied submitted interviewing interviews interview offers
    offer rejected rejections declined withdrawn ghosted wishlist saved hold on no response
    reply answer to do todo in progress follow up followups applications application jobs
    job roles positions companies leads prospects section list stage status sent not yet
    ends responses pipeline phone screen screens screening final round rounds onsite""".split()  # noqa: SIM905 (a word list)
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_PERIOD_WORD = re.compile(
    rf"(?:{_MONTHS}|q[1-4]|h[12]|week|wk|of|(?:19|20)?\d{{1,2}}|(?:19|20)\d{{2}})"
)
_DECORATION = re.compile(r"[\W_]+")  # spaces, dashes, colons, brackets, bullets, emoji


def _is_group_label(text: str) -> bool:
    """``text``, alone in its row, names a group of rows ("ARCHIVE", "— Rejected —",
    "Applications 2025", "March 2026:", "Week 3"), not a company."""
    words = [w for w in _DECORATION.split(text.casefold()) if w]
    if not words or len(words) > 5:
        return False
    periods = [bool(_PERIOD_WORD.fullmatch(w)) for w in words]
    if all(w.isdigit() for w in words):
        # A year or a span of years ("2025", "2025-26"); a date ("2026-11-03", "11/3/2026")
        # alone in its row is a row begun, not a label (a lone count is a totals row).
        return len(words) <= 2 and len(words[0]) == 4 and bool(periods[0])
    if all(periods):  # "March 2026", "Q1 2026", "week 3"
        return True
    return all(p or w in _GROUP_WORDS for w, p in zip(words, periods, strict=True))


# A note to oneself in a tracker's row: the text in one cell, no date. It is a note when
#  - it starts with a note's marker and a colon or a spaced dash ("NOTE: ...", "nb - ...",
#    "Todo: ..."; not "NB-Ventures"), the marker also in the languages the headers are read in
#    ("Notiz:", "Hinweis:", "Remarque :", "Nota bene:", "メモ：", "备注："; ot106 F3: they became
#    rows that need info; not "Nota Bene Ltd", "Hinweis GmbH"; Turkish "Not" with a colon only),
#  - its cell is a free-text column (Topic, Value Add: the user's notes columns), or
#  - it is a sentence: five words or more, one of them a word a sentence has and the name of
#    an employer or a job has not ("said", "they", "should": SENTENCE_WORDS);
# never when the cell is a date column (a sentence where a date goes is a row to fix).
# A company or a position alone ("Acme", "Federal Reserve Bank of New York") is a row begun.
_NOTE_WORDS = (
    r"notes?|nb|n\.b\.|reminder|todo|to-?do|fyi|ps|p\.s\.|memo"
    r"|notiz|notizen|hinweis|anmerkung|bemerkung"  # German
    r"|remarque|rappel"  # French ("note" is English's)
    r"|nota|nota\s+bene|notas|observaci[oó]n|observa[cç][aã]o|obs\.?"  # Spanish, Portuguese,
    r"|lembrete|promemoria"  # Italian: reminders
    r"|opmerking|notitie"  # Dutch
    r"|uwaga|notatka|anteckning|pastaba|piez[iī]me|m[aä]rkus"  # Polish, Swedish, Baltic
    r"|catatan|ghi\s+ch[uú]|l[uư]u\s+[yý]|หมายเหตุ"  # Indonesian and Malay, Vietnamese, Thai
    r"|メモ|備考|注意|备注|備註|提醒|메모|참고|비고"  # Japanese, Chinese, Korean
)
_NOTE_MARKER = re.compile(
    rf"\W*(?:(?:{_NOTE_WORDS})(?:\s*[:：]|\s+[-\u2013\u2014])|not\s*:)",
    re.IGNORECASE,
)
NOTE_COLUMNS = ("topic", "value_add")
SENTENCE_WORDS = frozenset(
    """i i'm i've i'd we we're they they're he she you my our their them me is are was were
    been said says told ask asked should will would must need needs remember bring call
    don't didn't can't won't""".split()  # noqa: SIM905 (a word list)
)
MIN_SENTENCE_WORDS = 5
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _is_note(text: str, column: int, note_columns: set[int], date_columns: set[int]) -> bool:
    """``text``, alone in its row in ``column``, is a note (see the rule above)."""
    if column in date_columns:
        return False
    if column in note_columns or _NOTE_MARKER.match(text):
        return True
    words = [w.casefold().replace("’", "'") for w in _WORD.findall(text)]
    return len(words) >= MIN_SENTENCE_WORDS and not SENTENCE_WORDS.isdisjoint(words)


def _one_cell_rows(
    body: Body, mapping: dict[str, int], filled: Mapping[int, np.ndarray]
) -> dict[int, str]:
    """Positions in ``body`` of rows whose one filled cell is a group label or a note
    (``filled``: ``_filled_cells``), and which of the two."""
    if not filled:
        return {}
    notes = {mapping[f] for f in NOTE_COLUMNS if f in mapping}
    dates = {mapping[f] for f in DATE_FIELDS if f in mapping}
    dates |= set(body.columns) - set(mapping.values())  # a wide tracker's stage-date columns
    count = sum(mask.astype(int) for mask in filled.values())
    found = {}
    for i in np.flatnonzero(count == 1):
        column = next(col for col, mask in filled.items() if mask[i])
        text = body.columns[column][i]
        if not isinstance(text, str):
            continue
        if _is_group_label(text):
            found[int(i)] = GROUP_LABEL
        elif _is_note(text, column, notes, dates):
            found[int(i)] = NOTE_ROW
    return found


# Columns a template fills in down every row, typed or not: a drop-down's first choice, a
# country or client copied down. A row with values only here holds no application yet.
DEFAULT_PRONE = (
    *("client", "outcome", "interview_type", "round", "seniority", "industry"),
    *("location", "city", "region", "country"),
)


def _defaults_only(
    body: Body, mapping: dict[str, int], filled: Mapping[int, np.ndarray]
) -> list[int]:
    """Positions in ``body`` of rows whose values are all in ``DEFAULT_PRONE`` columns."""
    prone = {mapping[f] for f in DEFAULT_PRONE if f in mapping}
    if not prone:
        return []
    other = np.zeros(len(body.numbers), dtype=bool)
    for col, mask in filled.items():
        if col not in prone:
            other |= mask
    return [int(i) for i in np.flatnonzero(~other)]


def _filled_cells(body: Body, mapping: dict[str, int]) -> dict[int, np.ndarray]:
    """Each column's filled cells (a checkbox is not), for the one-cell and defaults-only rows.

    Only as many columns as that takes: once every row has two filled cells, one of them
    outside ``DEFAULT_PRONE``, no row is either, and the columns left are not looked at (a
    tracker whose rows all hold a Company and a Position costs two columns, not fourteen).
    """
    prone = {mapping[f] for f in DEFAULT_PRONE if f in mapping}
    count = np.zeros(len(body.numbers), dtype=int)
    other = np.zeros(len(body.numbers), dtype=bool)
    filled = {}
    for col in sorted(body.columns, key=lambda col: col in prone):
        if other.all() and (count >= 2).all():
            break
        filled[col] = _meaningful(body.columns[col])
        count += filled[col]
        if col not in prone:
            other |= filled[col]
    return filled


def drop_summary_rows(body: Body, mapping: dict[str, int], headers: Sequence[str]) -> Body:
    filled = _filled_cells(body, mapping)
    why = {i: DEFAULTS_ONLY for i in _defaults_only(body, mapping, filled)}
    why.update(_one_cell_rows(body, mapping, filled))
    why.update({i: TOTALS for i in _summary_rows(body, mapping)})
    why.update({i: REPEATED_HEADER for i in _repeated_headers(body, headers, mapping)})
    if not why:
        return body
    keep = np.ones(len(body.numbers), dtype=bool)
    keep[list(why)] = False
    skipped = {int(body.numbers[i]): reason for i, reason in why.items()}
    return Body(body.numbers[keep], {c: v[keep] for c, v in body.columns.items()}, skipped)


# The error values Excel shows in a cell ("#REF!" once a sheet or row a formula pointed at is
# deleted): a workbook holds them as error cells (``xlsx_cells.formula_problems``), a CSV saved
# from Excel as their text.
ERROR_VALUES = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
    | {"#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"}
)
# A cell of a broken row that holds a formula without a saved value (``broken_row_note``).
UNSAVED = ""


def is_error_text(value: object) -> bool:
    """Whether a cell holds an error value as text: all of a CSV cell saved from Excel
    ("#N/A"), or what openpyxl reads from an error cell."""
    return isinstance(value, str) and value.strip().upper() in ERROR_VALUES


def error_value_note(
    header: str, error: str, formula: bool | None, date: bool, saved_as: str = "CSV"
) -> str:
    """What a row's Problems say of a cell it reads that holds an error value (a broken row,
    every cell an error, is ``broken_row_note``'s): the column, the error and that it was read
    as blank, so the row is followed up as without it, or needs info as it would blank
    (fx243): 'Interview Date holds #N/A (an Excel error in the cell) — read as blank; fix the
    formula or type the date'. ``formula``: whether a formula gave it (False: typed in, or
    written so by a script; None: a CSV's text, saved from a workbook); ``date``: the column
    holds dates; ``saved_as``: what holds the text ('Parquet file' for a dataset's)."""
    what = "the date" if date else "the value"
    if formula is False:
        return (
            f"{header} holds {error} (an Excel error typed in the cell, no formula) — read as "
            f"blank; type {what} in its place"
        )
    where = "" if formula else f" in the workbook this {saved_as} was saved from,"
    return (
        f"{header} holds {error} (an Excel error in the cell) — read as blank; fix the formula"
        f"{where} or type {what}"
    )


def drop_error_rows(body: Body) -> tuple[Body, dict[int, dict[int, str]]]:
    """``body`` without the rows whose every cell read holds an error value as text (a CSV saved
    from Excel: "#REF!,#REF!,#N/A"), and those rows' cells: Excel row -> 0-based column -> the
    error value. Such a row is broken, said by ``broken_row_note``, not scheduled (fx228 3)."""
    if not body.columns or not len(body.numbers):
        return body, {}
    errors = np.ones(len(body.numbers), dtype=bool)
    for values in body.columns.values():
        errors &= np.array([is_error_text(v) for v in values.tolist()], dtype=bool)
        if not errors.any():
            return body, {}
    broken = {
        int(body.numbers[i]): {
            col: str(values[i]).strip().upper() for col, values in body.columns.items()
        }
        for i in np.flatnonzero(errors)
    }
    keep = ~errors
    kept = Body(body.numbers[keep], {c: v[keep] for c, v in body.columns.items()}, body.skipped)
    return kept, broken


def blank_error_texts(body: Body, records: Sequence[Sequence[str]]) -> dict[tuple[int, int], str]:
    """The cells of a CSV's ``body`` that hold an error value as text (``is_error_text``: Excel
    saves "#N/A" so), blanked in place, as calamine reads an error cell; (Excel row, 0-based
    column) -> the error as written, for their rows' Problems (``error_value_note``).
    ``records``: the CSV's (``records[i]`` is row ``i + 1``), searched for a "#" first, so a
    tracker without one costs a join per row, not a look at each cell."""
    found: dict[tuple[int, int], str] = {}
    numbers = body.numbers.tolist()
    marked = [i for i, n in enumerate(numbers) if "#" in "\x1f".join(records[n - 1])]
    for col, values in body.columns.items():
        for i in marked:
            if is_error_text(values[i]):
                found[(numbers[i], col)] = str(values[i]).strip()
                values[i] = None
    return found


def error_texts(cells: pd.DataFrame) -> dict[tuple[int, int], str]:
    """The cells of ``cells`` (index: Excel rows; columns: 0-based columns) that hold an error
    value as text (``is_error_text``): (Excel row, column) -> the error as written, for
    ``table.read_errors_as_blank``. For the columns read outside ``blank_error_texts``'s body:
    a rival an Outcome may be taken from by its values ("Status" beside "Outcome") and a CSV
    dataset's (``datasets.pieces``), which hold "#N/A" as a CSV tracker does."""
    return {
        (int(row), int(col)): str(value).strip()
        for col in cells.columns
        for row, value in cells[col].items()
        if is_error_text(value)
    }


def broken_row_note(row: int, cells: Mapping[int, str], letter: Callable[[int], str]) -> str:
    """What a run and ``check`` say of a row whose every cell read holds an error value or a
    formula without a saved value (``cells``: 0-based column -> the error value, ``UNSAVED``
    for such a formula): 'Row 3 is broken: every cell read holds an error value (A3 #REF!, B3
    #REF!, C3 #N/A); it is not scheduled: fix the cells, or delete the row'. ``letter``: a
    column's letter."""
    values = set(cells.values())
    unsaved = "" if values == {UNSAVED} else " (no saved value)"
    listed = ", ".join(
        f"{letter(col)}{row}" + (f" {value}" if value else unsaved)
        for col, value in sorted(cells.items())
    )
    if values == {UNSAVED}:
        what = "a formula without a saved value"
        fix = "open the file in Excel and save it once so the values are stored, or delete the row"
    elif UNSAVED in values:
        what = "an error value or a formula without a saved value"
        fix = "fix the formulas and save the file in Excel, or delete the row"
    else:
        what = "an error value"
        fix = "fix the cells (a formula's sheet or row deleted?), or delete the row"
    return f"Row {row} is broken: every cell read holds {what} ({listed}); not scheduled: {fix}."


TOTALS = "looks like a totals row (only a label such as Total, and numbers)"
REPEATED_HEADER = "repeats the header row"
GROUP_LABEL = "looks like a group label (one cell, such as Archive or March 2026)"
NOTE_ROW = "looks like a note (one cell of text, no date)"
DEFAULTS_ONLY = "holds only a stage or defaults (no company, position, date or contact)"


def totals_note(skipped: dict[int, str]) -> list[str]:
    notes = []
    for reason in (TOTALS, REPEATED_HEADER, GROUP_LABEL, NOTE_ROW, DEFAULTS_ONLY):
        rows = sorted(row for row, why in skipped.items() if why == reason)
        if not rows:
            continue
        if len(rows) == 1:
            notes.append(f"Row {rows[0]} {reason} and was skipped.")
            continue
        listed = ", ".join(str(r) for r in rows[:10]) + (", ..." if len(rows) > 10 else "")
        plural = (
            reason.replace("looks like a totals row", "look like totals rows")
            .replace("repeats", "repeat")
            .replace("looks like a group label", "look like group labels")
            .replace("looks like a note", "look like notes")
            .replace("holds", "hold")
        )
        notes.append(f"Rows {listed} {plural} and were skipped.")
    return notes
