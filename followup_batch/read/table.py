"""A tracker's raw cells below its header row: the rows that hold data, totals rows left out.

- a row is data when a mapped column holds a value other than a checkbox (a TRUE/FALSE cell,
  or that text in a CSV, as Google Sheets exports a checkbox): blank rows and rows of unticked
  checkboxes are skipped, and reading effectively ends at the last such row however large the
  used range;
- totals rows (no text but a "Total"/"Count" label, no dates, only numbers), rows that repeat
  the header, group labels (one cell such as "ARCHIVE", "--- Rejected ---" or "March 2026"
  above a group of rows) and notes (one cell of free text) are skipped with a note instead of
  becoming rows that need info;
- a row that reads as the header of another table (its own Company header and other columns)
  ends the tracker: the rows from there on are not read, and a note says so;
- when the header is an Excel Table's (ListObject), the tracker ends with the Table
  (``tracker_table_end``): its totals row and the rows after it are the person's (a sum, a
  "Last interview:" line), never read or written. Below a Table without a totals row, the rows
  typed right under it are read too (Excel takes them into the Table, LibreOffice does not);
  an empty row ends them, as it sets a block of the person's apart.
"""

from __future__ import annotations

import datetime as dt
import numbers
import operator
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from followup_batch.read.csv_cells import CsvTable
from followup_batch.read.fields import DATE_FIELDS, DATE_SOURCES, FIELDS_BY_NAME, SENT_FIELDS
from followup_batch.read.header_keys import header_key
from followup_batch.read.headers import (
    HeaderMatch,
    header_index_with,
    header_lookup_key,
    map_notes,
    match_header,
    wide_note,
)
from followup_batch.read.lookalike_headers import looks_latest, looks_like, looks_sent
from followup_batch.read.options import ReadOptions
from followup_batch.read.package import SheetTable, is_tracker_table

Row = Sequence[object]
# Which of the given rows hold the tool's live status formula (``xlsx_cells.status_formula_rows``).
LiveRows = Callable[[Sequence[int]], Collection[int]]


@dataclass
class RawTable:
    path: Path
    sheet: str | None  # None for CSV
    kind: str  # "xlsx" or "csv"
    header_row: int  # 1-based row (CSV: record) number of the header
    headers: list[str]  # every header cell as written, in column order (index 0 = column A)
    mapping: dict[str, int]  # field name -> 0-based column index
    ignored: list[str]  # headers not mapped to a field (left alone)
    cells: pd.DataFrame  # index: Excel row number; columns: mapped field names; raw values
    notes: list[str] = field(default_factory=list)  # file-level notes (duplicate headers, ...)
    # Those of the notes a run shows without -v: a column that looks like the user's record of
    # messages sent but is not read, so their due messages would be drafted again.
    notices: list[str] = field(default_factory=list)
    csv: CsvTable | None = None  # the parsed CSV, for lossless write-back
    epoch_1904: bool = False  # the workbook counts serial dates from 1904 (old Mac Excel)
    default_client: str = ""  # client for rows without one: the sheet name or the file stem
    # The folder whose name default_client is ("Ann Lee" for Ann Lee/Job Tracker.xlsx,
    # ``read.tracker.tracker_client``); '' when the sheet's or the file's name is.
    client_folder: str = ""
    # Why default_client, read from the file's name as a person's, signs no draft: it names
    # the rows' company, or it holds two names (``tracker.tracker_client``).
    client_doubt: str = ""
    # The person's name the file's name begins with when it signs nothing ("Jordan Blake" of
    # "Jordan Blake - call notes.csv", ``tracker.tracker_client``): neither its folder nor
    # another person's configured [sender] signs their drafts (``signer.withheld_from_sender``).
    client_person: str = ""
    # A sheet of one person's tracker split over sheets by time or stage (``read.sheet_names``):
    # its rows are linked to the other such sheets' (``normalise.link_sheets``).
    split_part: bool = False
    # Wide trackers: 0-based column -> interview type of each stage-date column (used only when
    # no column is mapped to interview_at), and those columns' raw cells (columns: the indices).
    stages: dict[int, str] = field(default_factory=dict)
    stage_cells: pd.DataFrame | None = None
    # (Excel row, 0-based column) -> reason, for cells the reader saw are wrong in ways the value
    # alone does not show: a formula without a saved value, an error value such as #N/A.
    cell_problems: dict[tuple[int, int], str] = field(default_factory=dict)
    skipped_rows: dict[int, str] = field(default_factory=dict)  # Excel row -> why (totals)
    # Excel row -> the target of a mailto: hyperlink on its Interviewer Email cell ("Email
    # Dana" linked to mailto:dana@acme.com): the address when the cell's text has none.
    email_links: dict[int, str] = field(default_factory=dict)
    # (Excel row, 0-based column) of the cells read with the value of a merged cell above them:
    # empty in the sheet (a formula over the column does not see the value there).
    merged_cells: set[tuple[int, int]] = field(default_factory=set)
    # A column headed only "Date", read as the interview date until its neighbours' values say
    # whether it is the applied date (``normalise.roles``); None once decided or when none.
    ambiguous_date: int | None = None
    # That column, once its rows' stages made it the interview date: on a row whose own stage
    # says it got no further than applying ("Applied"), it is the date applied.
    date_by_own_stage: bool = False
    # Columns whose headers also name a field whose values decide (Outcome: a Status beside a
    # Stage): field -> their raw cells (columns: the 0-based indices), for ``normalise.roles``;
    # empty once decided.
    rivals: dict[str, pd.DataFrame] = field(default_factory=dict)
    # header_key of the headers the user's column map names: their field is not second-guessed.
    mapped_by_user: frozenset[str] = frozenset()
    # The text columns the tool writes, as the file holds them at the data rows (columns:
    # their keys), to tell a person's edit there from the tool's own text (``hand_edits``);
    # 0-based column of each. Empty when the header holds none of them once each.
    owned_cells: pd.DataFrame | None = None
    owned_at: dict[str, int] = field(default_factory=dict)
    # The owned cells of rows an earlier run answered that are no longer the tracker's (their
    # Company, Position and dates cleared): the run clears them (``hand_edits``).
    gone_cells: pd.DataFrame | None = None


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
    table = _columns(body, order)
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
        values[_is_blank(values)] = None
    return Body(numbers, picked, {})


def _columns(body: Sequence[Row], cols: list[int]) -> np.ndarray:
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


def _is_blank(values: np.ndarray) -> np.ndarray:
    """None, NaN and ''; whitespace-only text is left to the caller."""
    return np.asarray(pd.isna(values) | (values == ""), dtype=bool)


def _meaningful(values: np.ndarray) -> np.ndarray:
    candidates = np.flatnonzero(~_is_blank(values))
    result = np.zeros(len(values), dtype=bool)
    result[candidates] = _per_distinct(values[candidates], _has_value)
    return result


# A checkbox as a CSV export writes it: Google Sheets writes TRUE/FALSE in the sheet's language
# (German, French, Spanish, Italian, Dutch, Portuguese).
CHECKBOX_TEXTS = frozenset(
    {"true", "false", "wahr", "falsch", "vrai", "faux", "verdadero", "falso"}
    | {"vero", "waar", "onwaar", "verdadeiro"}
)


def _has_value(value: object) -> bool:
    if value is None or isinstance(value, (bool, np.bool_)):
        return False  # a checkbox alone does not make a row
    if isinstance(value, str):
        text = value.strip()
        return bool(text) and text.casefold() not in CHECKBOX_TEXTS
    return True


_TOTAL_LABEL = re.compile(
    r"\s*(?:grand\s+|sub-?)?totals?\b.*|\s*(?:sum|count|average|avg|mean)\b.*", re.IGNORECASE
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
            candidates &= ~_per_distinct(body.columns[mapping[name]], _is_text)
    date_cols = {
        mapping[f]
        for f in ("interview_at", "applied_at", "stated_decision", "last_reply")
        if f in mapping
    }
    found = []
    for i in np.flatnonzero(candidates):
        cells = [(col, values[i]) for col, values in body.columns.items()]
        filled = [(col, v) for col, v in cells if v is not None and _has_value(v)]
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
    """``func`` of each value, called once per distinct value."""
    try:
        codes, uniques = pd.factorize(values, use_na_sentinel=False)
    except TypeError:  # unhashable cells: call it for each
        return np.array([func(v) for v in values], dtype=bool)
    return np.array([func(u) for u in uniques], dtype=bool)[codes]


def _is_text(value: object) -> bool:
    """Ordinary text: not blank, not a total label, not a number saved as text."""
    return (
        isinstance(value, str)
        and bool(value.strip())
        and not _TOTAL_LABEL.fullmatch(value)
        and not _NUMBER_TEXT.fullmatch(value)
    )


def _is_summary_cell(value: object, date_column: bool) -> bool:
    if isinstance(value, str):
        if _NUMBER_TEXT.fullmatch(value):  # a count saved as text ("2" in a CSV)
            value = float(value.replace(",", ""))
        else:
            return bool(_TOTAL_LABEL.fullmatch(value))
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


def _another_table(
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
#    "Todo: ..."; not "NB-Ventures"),
#  - its cell is a free-text column (Topic, Value Add: the user's notes columns), or
#  - it is a sentence: five words or more, one of them a word a sentence has and the name of
#    an employer or a job has not ("said", "they", "should": SENTENCE_WORDS);
# never when the cell is a date column (a sentence where a date goes is a row to fix).
# A company or a position alone ("Acme", "Federal Reserve Bank of New York") is a row begun.
_NOTE_MARKER = re.compile(
    r"\W*(?:notes?|nb|n\.b\.|reminder|todo|to-?do|fyi|ps|p\.s\.)(?:\s*:|\s+[-\u2013\u2014])",
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


def _drop_summary_rows(body: Body, mapping: dict[str, int], headers: Sequence[str]) -> Body:
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


TOTALS = "looks like a totals row (only a label such as Total, and numbers)"
REPEATED_HEADER = "repeats the header row"
GROUP_LABEL = "looks like a group label (one cell, such as Archive or March 2026)"
NOTE_ROW = "looks like a note (one cell of text, no date)"
DEFAULTS_ONLY = "holds only a stage or defaults (no company, position, date or contact)"


def _totals_note(skipped: dict[int, str]) -> list[str]:
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


def _answered_rows_gone(
    rows: Sequence[Row], match: HeaderMatch, index: pd.Index, live: LiveRows | None
) -> pd.Index:
    """Rows below the header, not the tracker's now, whose ``Follow-up status`` an earlier
    run wrote (a status word, or the live formula: ``live`` tells those rows): the writer clears
    their owned cells, so what a person typed there is looked at first."""
    from followup_batch.write.columns import STATUS_WORDS, owned_status_column
    from followup_batch.write.live import is_run_again

    status = owned_status_column(match.headers)
    if status is None:
        return pd.Index([], dtype="int64", name="row")
    kept = set(index.tolist())
    gone, unsaved = [], []  # unsaved: no status word, maybe its formula without a value
    for n in range(match.row + 1, len(rows) + 1):
        if n in kept:
            continue
        word = rows[n - 1][status] if len(rows[n - 1]) > status else None
        if isinstance(word, str) and (word in STATUS_WORDS or is_run_again(word)):
            gone.append(n)
        elif word is None or word == "":
            unsaved.append(n)
    if unsaved and live is not None:
        gone = sorted({*gone, *live(unsaved)})
    return pd.Index(gone, dtype="int64", name="row")


def _cells_at(rows: Sequence[Row], index: pd.Index, cols: list[int]) -> pd.DataFrame:
    """The raw cells of ``cols`` in the rows ``index`` names (Excel row numbers), blank ones
    None, as a frame of object columns named by column: columns read beside the table's own,
    which do not count in deciding which rows hold data."""
    block = _columns([rows[n - 1] for n in index.tolist()], cols)
    block[_is_blank(block)] = None
    return pd.DataFrame(block, index=index, columns=cols, dtype=object)


def _object_frame(
    body: Body, cols: list[int], names: list[object], index: pd.Index
) -> pd.DataFrame:
    """The raw cells of ``cols`` as a frame of object columns named ``names``: one 2-D block
    (a Series per column costs more than a small tracker's cells)."""
    block = np.empty((len(index), len(cols)), dtype=object)
    for i, col in enumerate(cols):
        block[:, i] = body.columns[col]
    return pd.DataFrame(block, index=index, columns=names, dtype=object)


def _record_titles(
    match: HeaderMatch, cells: pd.DataFrame, column_map: Mapping[str, str]
) -> str | None:
    """A "Name" column read as the client that holds the rows' titles instead ("Data Analyst
    @ Initech": Airtable's and Notion's first column names the record): it is taken out of the
    mapping (drafts were signed with a job title, and one person's tracker counted as a client
    per row) and the note saying so returned; None when it names people, or was mapped."""
    column = match.mapping.get("client")
    if column is None:
        return None
    header = match.headers[column]
    mapped = {header_key(h) for h in column_map}
    if header_key(header) != "name" or header_key(header) in mapped:
        return None
    values = cells["client"]
    filled = values.map(lambda v: isinstance(v, str) and bool(v.strip()))
    if not filled.any():
        return None
    titles = 0
    for at in np.flatnonzero(filled.to_numpy()):
        text = str(values.iloc[at]).casefold()
        others = [cells[f].iloc[at] for f in ("company", "position") if f in cells]
        titles += "@" in text or any(
            isinstance(o, str) and o.strip() and o.strip().casefold() in text for o in others
        )
    if titles * 2 < int(filled.sum()):
        return None
    del match.mapping["client"]
    match.ignored.append(header)
    match.ignored.sort(key=match.headers.index)
    return (
        f'"{header}" ({_letter(column)}) holds each row\'s title (its company or position), '
        'not a person: it is left alone. Map it with --map "Name=client" if it names your '
        "clients."
    )


SENT_FIELD_NAMES = ", ".join((*SENT_FIELDS, "networking_sent")) + " or application_check_in_sent"
# "Thank-you Sent, Check-in 1 Sent, Check-in 2 Sent and Final Follow-up Sent"
SENT_HEADERS = " and ".join(
    ", ".join(FIELDS_BY_NAME[name].header for name in SENT_FIELDS).rsplit(", ", 1)
)
# What a column looking like one of a field without a column holds, for its note.
LOOKS_LIKE_HOLDS = {
    "interviewer_email": "the addresses of the people to write to",
    "interviewer": "the names of the people you met",
}


def _unread_column_notes(
    match: HeaderMatch, rows: Sequence[Row], index: pd.Index, options: ReadOptions
) -> list[str]:
    """A note for each filled column that no field reads but whose header looks like a record
    of messages sent ("Follow-up 3 sent", "Thx sent?"): left alone in silence, the messages in
    it would be drafted again as if never sent. And one for the first such column whose header
    looks like a field no column is read as (``looks_like``: "Rec. email") and whose cells fit
    it (an address; a name): left alone, every draft would lack its recipient."""
    known = header_index_with(options.column_map)
    used = {*match.mapping.values(), *match.stages}
    candidates = [
        col
        for col, header in enumerate(match.headers)
        if header
        and col not in used
        and header_lookup_key(header, known) not in known  # a second column of a field
        and (looks_sent(header) or looks_like(header) not in (None, *match.mapping))
    ]
    if not candidates or not len(index):
        return []
    cells = _cells_at(rows, index, candidates)
    notes = []
    noted = set(match.mapping)  # a field is named once: a second such column is not
    for col in candidates:
        header = match.headers[col]
        filled = cells[col].dropna().tolist()
        if not filled:
            continue
        unquoted = header.replace(chr(34), "")
        if looks_sent(header) and looks_latest(header):
            notes.append(
                f'column {_letter(col)} "{header}" is not read: it holds the latest message '
                "sent, whichever it was, and the tool needs each message's date in its own "
                f"column: {SENT_HEADERS} (when it holds one message's dates only, rename it "
                "to that message's header)"
            )
            continue
        if looks_sent(header):
            notes.append(
                f'column {_letter(col)} "{header}" is not read: no column the tool reads is '
                "headed so; if it holds the days messages were sent, map it with --map "
                f'"{unquoted}=FIELD" (FIELD: {SENT_FIELD_NAMES})'
            )
            continue
        name = looks_like(header)
        if name is None or name in noted or not _fits(name, filled):
            continue
        noted.add(name)
        notes.append(
            f'column {_letter(col)} "{header}" is not read: no column the tool reads is headed '
            f"so, and none is read as {FIELDS_BY_NAME[name].header}; if it holds "
            f'{LOOKS_LIKE_HOLDS[name]}, map it with --map "{unquoted}={name}"'
        )
    return notes


def _fits(name: str, filled: list[object]) -> bool:
    """Whether a column's filled cells fit the field its header looks like: an address among
    them for an email, else names (text with a letter and no digit: not a date, a count or a
    phone number)."""
    if name == "interviewer_email":
        return any(isinstance(v, str) and "@" in v for v in filled)
    return all(
        isinstance(v, str) and any(c.isalpha() for c in v) and not any(c.isdigit() for c in v)
        for v in filled
    )


class TableEnd(NamedTuple):
    """Where the tracker ends as the Excel Table holding it says (``tracker_table_end``)."""

    row: int  # the tracker's last row
    notes: tuple[str, ...]  # for -v: the rows left as the person's, the rows read outside it
    # Those of the notes a run shows without -v: rows under the totals row that look like
    # applications, whose follow-ups would be missing without a word.
    notices: tuple[str, ...] = ()


def tracker_table_end(
    tables: Iterable[SheetTable], rows: Sequence[Row], match: HeaderMatch
) -> TableEnd | None:
    """The last row of the tracker held by an Excel Table whose header is the tracker's header
    row (``rows[i]`` is row ``i + 1``), and the notes that tell of the rows around it; None
    when no Table holds the tracker.

    The Table's data body is the tracker; its totals row and every row after it are the
    person's own. A Table without a totals row also takes the rows typed right under it, up to
    the first empty one: Excel widens a Table over a row typed below it, LibreOffice does not,
    and either way the person means it as a tracker row."""
    company = match.mapping.get("company")
    column = None if company is None else company + 1
    held = [t for t in tables if t.header_rows and is_tracker_table(t.bounds, match.row, column)]
    if len(held) != 1:
        return None
    table = held[0]
    min_col, min_row, max_col, max_row = table.bounds
    ref = f"{_letter(min_col - 1)}{min_row}:{_letter(max_col - 1)}{max_row}"
    end = table.last_data_row
    notes = []
    if not table.totals_rows:
        while end < len(rows) and _row_has_value(rows[end]):
            end += 1
        if end > max_row:
            them = "it" if end == max_row + 1 else "them"
            notes.append(
                f"{_rows_named(max_row + 1, end)}, right below the Excel Table "
                f'"{table.name}" ({ref}), {_is_or_are(max_row + 1, end)} read with the '
                f"tracker; resize the Table over {them} (Table Design > Resize Table) so that "
                f"sorting the Table keeps {them} in order."
            )
    first = max(end, max_row) + 1  # after the totals row
    after = next((n for n in range(first, len(rows) + 1) if _row_has_value(rows[n - 1])), None)
    if after is None:
        return TableEnd(end, tuple(notes))
    last = next(n for n in range(len(rows), after - 1, -1) if _row_has_value(rows[n - 1]))
    below = "and its totals row" if table.totals_rows else "and an empty row"
    applications = (
        _application_rows(rows[after - 1 : last], after, match) if table.totals_rows else []
    )
    if len(applications) < last - after + 1:  # a calculation block of the person's among them
        notes.append(
            f'{_rows_named(after, last)}, below the Excel Table "{table.name}" ({ref}) {below}, '
            f"{_is_or_are(after, last)} left as yours: not read or written."
        )
    if not applications:
        return TableEnd(end, tuple(notes))
    looks, it = (
        ("looks like an application but is", "it")
        if len(applications) == 1
        else ("look like applications but are", "them")
    )
    notice = (
        f'{_rows_listed(applications)}, below the Excel Table "{table.name}" ({ref}) and its '
        f"totals row, {looks} not read: move {it} into the Table (insert rows above the "
        "totals row)."
    )
    return TableEnd(end, (*notes, notice), (notice,))


def _application_rows(rows: Sequence[Row], first: int, match: HeaderMatch) -> list[int]:
    """The rows of ``rows`` (the first is row ``first``) that look like a tracker's: a company
    in its Company column and a readable date in an interview or applied date column. A
    calculation block ("Last interview:" and a formula) does not."""
    from followup_batch.normalise.dates import parse_date

    company = match.mapping.get("company")
    date_cols = [match.mapping[f] for f in ("interview_at", "applied_at") if f in match.mapping]
    date_cols += list(match.stages)
    if company is None or not date_cols:
        return []

    def cell(row: Row, col: int) -> object:
        return row[col] if col < len(row) else None

    def is_date(value: object) -> bool:
        if isinstance(value, (bool, np.bool_)) or not _has_value(value):
            return False
        if isinstance(value, numbers.Real) and value < SMALLEST_SERIAL_DATE:
            return False  # a count
        return parse_date(value).value is not None

    return [
        first + i
        for i, row in enumerate(rows)
        if _is_text(name := cell(row, company))
        and not str(name).rstrip().endswith(":")  # a label: "Last interview:"
        and any(is_date(cell(row, col)) for col in date_cols)
    ]


def _row_has_value(row: Row) -> bool:
    """A cell of the row holds a value (a checkbox alone does not, as for ``collect_body``)."""
    return any(_has_value(value) for value in row)


def _rows_named(first: int, last: int) -> str:
    return f"Row {first}" if first == last else f"Rows {first} to {last}"


def _rows_listed(numbers: Sequence[int]) -> str:
    """The rows named: "Row 5", "Rows 5 to 7" (a run of rows) or "Rows 5, 7 and 9"."""
    if list(numbers) == list(range(numbers[0], numbers[-1] + 1)):
        return _rows_named(numbers[0], numbers[-1])
    return "Rows " + ", ".join(str(n) for n in numbers[:-1]) + f" and {numbers[-1]}"


def _is_or_are(first: int, last: int) -> str:
    return "is" if first == last else "are"


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(column + 1)


def build_table(
    path: Path,
    rows: Sequence[Row],
    match: HeaderMatch,
    options: ReadOptions,
    *,
    sheet: str | None,
    kind: str,
    default_client: str,
    csv: CsvTable | None = None,
    epoch_1904: bool = False,
    owned_at: Mapping[str, int] | None = None,
    last_row: int | None = None,
    live: LiveRows | None = None,
) -> RawTable:
    """A RawTable from the rows of one sheet (or CSV) and its header row; ``owned_at``: the
    tool's text columns (key -> 0-based column), read as they are beside the fields;
    ``last_row``: the tracker's last row when an Excel Table says where it ends
    (``tracker_table_end``); ``live``: which rows' status cell holds the tool's formula."""
    wanted = [*match.mapping.values(), *match.stages]
    tracker_rows = rows if last_row is None else rows[:last_row]
    body = collect_body(tracker_rows, match.row, wanted)
    another = _another_table(body, tracker_rows, match, options)
    if another is not None:
        end = another[0]
        body = Body(body.numbers[:end], {c: v[:end] for c, v in body.columns.items()}, {})
    body = _drop_summary_rows(body, match.mapping, match.headers)
    index = pd.Index(body.numbers, dtype="int64", name="row")
    cells = _object_frame(body, list(match.mapping.values()), list(match.mapping), index)
    stage_cells = None
    notes = [*match.notes, *map_notes(match, options.column_map)]
    titles = _record_titles(match, cells, options.column_map)
    if titles is not None:
        cells = cells.drop(columns="client")
        notes.append(titles)
    if match.is_wide:
        stage_cells = _object_frame(body, list(match.stages), list(match.stages), index)
        notes.append(wide_note(match))
    rivals = {
        name: _cells_at(rows, index, cols)
        for name, cols in match.rivals.items()
        if name in match.mapping
    }
    notes += _totals_note(body.skipped)
    if another is not None:
        notes.append(another[1])
    notices = _unread_column_notes(match, rows, index, options)
    notes += notices
    owned_cells = gone_cells = None
    if owned_at:
        owned_cells = _cells_at(rows, index, list(owned_at.values()))
        owned_cells.columns = pd.Index(list(owned_at))
        gone = _answered_rows_gone(rows, match, index, live)
        if len(gone):
            gone_cells = _cells_at(rows, gone, list(owned_at.values()))
            gone_cells.columns = pd.Index(list(owned_at))
    return RawTable(
        path=path,
        header_row=match.row,
        headers=match.headers,
        mapping=match.mapping,
        ignored=match.ignored,
        cells=cells,
        notes=notes,
        notices=notices,
        stages=dict(match.stages) if match.is_wide else {},
        stage_cells=stage_cells,
        skipped_rows=body.skipped,
        ambiguous_date=match.ambiguous_date,
        rivals=rivals,
        sheet=sheet,
        kind=kind,
        default_client=default_client,
        csv=csv,
        epoch_1904=epoch_1904,
        mapped_by_user=options.mapped_keys,
        owned_cells=owned_cells,
        owned_at=dict(owned_at or {}),
        gone_cells=gone_cells,
    )
