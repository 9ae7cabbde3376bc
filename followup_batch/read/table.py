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
  typed under it are read too (Excel takes them into the Table, LibreOffice does not), and so
  are the blocks of interviews after an empty row; a block of the person's set apart by an
  empty row (a count, a "Last interview:" line) ends them.
"""

from __future__ import annotations

import numbers
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from followup_batch.read.body import (
    SMALLEST_SERIAL_DATE,
    Body,
    Row,
    another_table,
    blank_error_texts,
    broken_row_note,
    collect_body,
    columns_of,
    drop_error_rows,
    drop_summary_rows,
    error_texts,
    error_value_note,
    has_value,
    is_blank,
    is_text,
    totals_note,
)
from followup_batch.read.csv_cells import CsvTable
from followup_batch.read.fields import DATE_FIELDS, FIELDS_BY_NAME, SENT_FIELDS
from followup_batch.read.header_keys import header_key
from followup_batch.read.headers import (
    HeaderMatch,
    header_index_with,
    header_lookup_key,
    map_notes,
    two_fields,
    unread_field_of_two,
    wide_note,
)
from followup_batch.read.lookalike_headers import (
    looks_latest,
    looks_like,
    looks_sent,
    typo_of_a_header,
)
from followup_batch.read.options import ReadOptions
from followup_batch.read.package import SheetTable, is_tracker_table

# The fields whose cells hold dates (an Offer Date: a date or a yes-mark, as a sent column).
DATE_COLUMNS = frozenset({*DATE_FIELDS, "offered"})
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
    # ``read.file_clients.tracker_client``); '' when the sheet's or the file's name is.
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
    # The one of ``notes`` that says a write will take the rows typed under the sheet's Excel
    # Table into it (``tracker_table_end``): the write that does says so as done, and this
    # one is dropped, not both said (outside test ot53 F5); '' when there is none.
    rows_taken_note: str = ""
    # The sheet's relationships inside the package as read (``xlsx_cells.SheetGrid.rels``),
    # for the check before a write (``refuse_damaged_workbook``); None for CSV.
    sheet_rels: dict[str, tuple[str, str]] | None = None
    stage_cells: pd.DataFrame | None = None
    # The Outcome column is a Stage (``fields.STAGE_OUTCOME_HEADERS``) that holds interview
    # types ("Video", "Onsite"): a cell's type is the row's interview type (when no column is)
    # and says the row got to interviewing (``normalise.roles``).
    types_in_stage: bool = False
    # The Outcome column is a Status, not a Stage, some of whose cells plainly name an interview
    # type: a stage that reads as interviewing and names a type ("Phone Screen", "Final
    # Round"), which is the row's interview type when no column is (``normalise.roles``).
    types_in_status: bool = False
    # (Excel row, 0-based column) -> reason, for cells the reader saw are wrong in ways the value
    # alone does not show: a formula without a saved value, an error value such as #N/A.
    cell_problems: dict[tuple[int, int], str] = field(default_factory=dict)
    # (Excel row, 0-based column) -> the error value (#N/A, #REF!) of a cell read, read as
    # blank and said among ``cell_problems`` (``read_errors_as_blank``).
    error_values: dict[tuple[int, int], str] = field(default_factory=dict)
    skipped_rows: dict[int, str] = field(default_factory=dict)  # Excel row -> why (totals)
    # Excel row -> what is said of it: a row whose every cell read holds an error value or a
    # formula without a saved value, not a tracker row, said in Problems (``add_broken_rows``).
    broken_rows: dict[int, str] = field(default_factory=dict)
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
    # The cells, by Excel row, of a second Outcome column read beside the Outcome's: a Result
    # of what came of each application ("Rejected", "Offer accepted") beside a Status of the
    # stage reached ("Phone screen", "Onsite"; ``normalise.roles``, ``normalise.results``).
    # The Series' name: its 0-based column. None when there is none.
    outcome_result: pd.Series | None = None
    # The cells, by Excel row, of a column of dates read as no field beside rows without a date
    # (``unread_dates``; the Series' name: its 0-based column): a row without a date says at its
    # cell there the --map that reads it. None when there is none.
    unread_dates: pd.Series | None = None
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
    # The last row the run reads (the tracker ends with its Excel Table, or where another
    # table starts); None when it reads to the sheet's end. The rows after it are the
    # person's: nothing in them is cleared or written, the tool's cells of an earlier run too.
    read_through: int | None = None
    # The cells of the person's other columns, read as no field (each column named by its
    # 0-based index; neither the tool's own columns nor a wide tracker's stages): a row pasted
    # twice is alike in these too (``normalise.rounds.repeated_within``): a Mentee, a Time or
    # a Contact told apart only there is another interview (ot97 F6). None when there are none.
    unread_cells: pd.DataFrame | None = None
    # What was typed in the cells a row pasted twice is compared by (the mapped columns' and
    # ``unread_cells``'), beside the value shown: (Excel row, 0-based column) -> the formula
    # there, its text and the row it is written from (``xlsx_cells.typed_formulas``), and ->
    # the target of a hyperlink on it (Insert > Link). Two rows alike in every value shown but
    # these are two rows (two postings: ot98 F6). Empty for CSV.
    formulas: dict[tuple[int, int], tuple[str, int]] = field(default_factory=dict)
    links: dict[tuple[int, int], str] = field(default_factory=dict)


def _answered_rows_gone(
    rows: Sequence[Row],
    match: HeaderMatch,
    index: pd.Index,
    live: LiveRows | None,
    through: int,
) -> pd.Index:
    """Rows below the header up to row ``through`` (the last the run reads), not the
    tracker's now, whose ``Follow-up status`` an earlier run wrote (a status word, or the live
    formula: ``live`` tells those rows): the writer clears their owned cells, so what a person
    typed there is looked at first."""
    from followup_batch.write.columns import STATUS_WORDS, owned_status_column
    from followup_batch.write.live import is_run_again

    status = owned_status_column(match.headers)
    if status is None:
        return pd.Index([], dtype="int64", name="row")
    kept = set(index.tolist())
    gone, unsaved = [], []  # unsaved: no status word, maybe its formula without a value
    for n in range(match.row + 1, min(through, len(rows)) + 1):
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
    block = columns_of([rows[n - 1] for n in index.tolist()], cols)
    block[is_blank(block)] = None
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


def _client_marks(
    match: HeaderMatch, cells: pd.DataFrame, column_map: Mapping[str, str]
) -> str | None:
    """A column read as the client ("Student", "Candidate") whose filled cells are all yes/no
    marks ("Yes", "No", a tick: a student job, a shortlisted candidate) or study programmes
    ("MSc CS", "MBA 2027", "BSc Econ": a careers office's column of each student's programme,
    ``programmes.is_programme``): they name nobody, so it is taken out of the mapping (drafts
    were signed "Yes" or "MBA 2027", ot97 F6's "Student" header) and the note saying so
    returned; None when a cell names someone ("Ms Chen", "Sam MBA"), or it was mapped."""
    from followup_batch.normalise.vocabularies import read_mark
    from followup_batch.read.programmes import is_programme

    column = match.mapping.get("client")
    if column is None:
        return None
    header = match.headers[column]
    if header_key(header) in {header_key(h) for h in column_map}:
        return None
    filled = [v for v in pd.unique(cells["client"].to_numpy(dtype=object)) if has_value(v)]
    if not filled:
        return None
    marks = [read_mark(v) is not None for v in filled]
    programmes = [not mark and is_programme(str(v)) for v, mark in zip(filled, marks, strict=True)]
    if not all(m or p for m, p in zip(marks, programmes, strict=True)):
        return None
    del match.mapping["client"]
    match.ignored.append(header)
    match.ignored.sort(key=match.headers.index)
    held = "study programmes" if any(programmes) else "yes/no marks"
    return (
        f'"{header}" ({_letter(column)}) holds {held}, not people: it is left alone. '
        f'Map it with --map "{header}=client" if it names your clients.'
    )


def _contacts_named(
    match: HeaderMatch, cells: pd.DataFrame, column_map: Mapping[str, str]
) -> str | None:
    """A "Name" column read as the client whose cells name the people whose addresses the
    Email column holds ("Dana Ortiz" beside dana.ortiz@acme.com, on most rows that have
    both): they are the people to write to, not the job seeker, so it is read as the
    Interviewer (drafts went to Dana greeting "Hi Dana," and signed "Dana Ortiz") and the note
    saying so returned. None without an Email column or an Interviewer one already, when it
    was mapped, or when a name stands beside two companies (a client applying to both, with
    her own address)."""
    from followup_batch.normalise.addresses import named_by, written_addresses
    from followup_batch.read.headers import PERSON_NAME_KEYS

    column, email = match.mapping.get("client"), match.mapping.get("interviewer_email")
    if column is None or email is None or "interviewer" in match.mapping:
        return None
    header = match.headers[column]
    if header_key(header) not in PERSON_NAME_KEYS or header_key(header) in {
        header_key(h) for h in column_map
    }:
        return None
    both = [
        (str(name).strip(), written_addresses(str(address))[0])
        for name, address in zip(cells["client"], cells["interviewer_email"], strict=True)
        if isinstance(name, str) and name.strip() and isinstance(address, str) and "@" in address
    ]
    named = sum(
        any(named_by(emails, w) for w in name.split() if len(w) > 1) for name, emails in both
    )
    if not both or named * 2 < len(both):
        return None
    if "company" in cells:
        employers: dict[str, set[str]] = {}
        for name, company in zip(cells["client"], cells["company"], strict=True):
            if isinstance(name, str) and isinstance(company, str) and company.strip():
                employers.setdefault(name.strip(), set()).add(company.strip().casefold())
        if any(len(seen) > 1 for seen in employers.values()):
            return None
    match.mapping["interviewer"] = match.mapping.pop("client")
    match.mapping = dict(sorted(match.mapping.items(), key=lambda item: item[1]))
    return (
        f'"{header}" ({_letter(column)}) names the people whose addresses are in '
        f'"{match.headers[email]}" ({_letter(email)}): it is read as Interviewer, not as the '
        f'Client. Map it with --map "{header}=client" if it names your clients.'
    )


def _unread_columns(match: HeaderMatch) -> list[int]:
    """The headed columns that no field and no stage is read from, left to the person."""
    used = {*match.mapping.values(), *match.stages}
    return [col for col, header in enumerate(match.headers) if header and col not in used]


def _unread_unknown_columns(match: HeaderMatch, options: ReadOptions) -> list[int]:
    """Those of ``_unread_columns`` whose header is no field's either: not a field's second
    column ("Company" again)."""
    known = header_index_with(options.column_map)
    return [
        col
        for col in _unread_columns(match)
        if header_lookup_key(match.headers[col], known) not in known
    ]


# The fields a column of messages sent may be read as.
MESSAGES_SENT_FIELDS = (*SENT_FIELDS, "networking_sent", "application_check_in_sent")
SENT_FIELD_NAMES = ", ".join(MESSAGES_SENT_FIELDS[:-1]) + f" or {MESSAGES_SENT_FIELDS[-1]}"
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
    it (an address; a name): left alone, every draft would lack its recipient. And one for the
    first whose header is a typo of a header of a field no column is read as, in any language
    (``typo_of_a_header``: "Entscheidng bis"): left alone, the date the employer gave would be
    passed over."""
    candidates = [
        col
        for col in _unread_unknown_columns(match, options)
        if looks_sent(header := match.headers[col])
        or looks_like(header) not in (None, *match.mapping)
        or _typo_field(header, match) is not None
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
        meant = _typo_field(header, match)
        if looks_sent(header) and meant in MESSAGES_SENT_FIELDS:  # "Chek-in 1 Sent" (ot150)
            noted.add(meant)
            notes.append(
                f'column {_letter(col)} "{header}" is not read: did you mean '
                f'"{FIELDS_BY_NAME[meant].header}"? rename the header, or map it with --map '
                f'"{unquoted}={meant}"'
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
        if name is not None and name not in match.mapping:
            if name not in noted and _fits(name, filled):
                noted.add(name)
                notes.append(
                    f'column {_letter(col)} "{header}" is not read: no column the tool reads is '
                    f"headed so, and none is read as {FIELDS_BY_NAME[name].header}; if it holds "
                    f'{LOOKS_LIKE_HOLDS[name]}, map it with --map "{unquoted}={name}"'
                )
            continue
        name = _typo_field(header, match)
        if name == "round":
            name = _rounds_or_types(filled, match)
            if name == "interview_type" and name not in noted:
                noted.add(name)
                notes.append(
                    f'column {_letter(col)} "{header}" is not read: it holds interview types '
                    f"({_shown_cells(filled)}), not round numbers, and no column is read as "
                    f'Interview Type; map it with --map "{unquoted}=interview_type"'
                )
                continue
        if name is None or name in noted:
            continue
        noted.add(name)
        typo = typo_of_a_header(header)
        notes.append(
            f'column {_letter(col)} "{header}" is not read: it looks like '
            f"{typo[0] if typo else name} and no column is read as "
            f"{FIELDS_BY_NAME[name].header}; fix the header, or map it with --map "
            f'"{unquoted}={name}"'
        )
    return notes


def _two_fields_notes(
    match: HeaderMatch, rows: Sequence[Row], index: pd.Index, options: ReadOptions
) -> list[str]:
    """A note, shown without -v, for each filled column whose header names two fields with a
    slash, one of them read by no other column ("Status / Notes" on a tracker with no other
    Outcome): it is not read, as its cells may be either (ot107 F6: "Status / Stand" was said
    only with -v, and every row had a check-in due, an accepted job's too)."""
    known = header_index_with(options.column_map)
    unread = {
        col: name
        for col in _unread_columns(match)
        if (name := unread_field_of_two(match.headers[col], known, match.mapping))
    }
    if not unread or not len(index):
        return []
    cells = _cells_at(rows, index, list(unread))
    notes = []
    for col, name in unread.items():
        header = match.headers[col]
        if not cells[col].dropna().tolist():
            continue
        labels = " and ".join(two_fields(header, known))
        notes.append(
            f'column {_letter(col)} "{header}" is not read: it names two columns ({labels}) '
            f"and no other column is read as {FIELDS_BY_NAME[name].header}; split it into two, "
            f'or map it with --map "{header.replace(chr(34), "")}={name}"'
        )
    return notes


def _unread_status_notes(
    match: HeaderMatch, rows: Sequence[Row], index: pd.Index, options: ReadOptions
) -> list[str]:
    """A note, shown without -v, on the first filled column left alone whose every different
    cell is a short status the tool reads, one at least past applying, when no column is read as
    Outcome (ot145 F2: beside an unread "当前状态", a row at "一面", the first round, was
    given an application check-in, and only ``check`` named the column as left alone)."""
    from followup_batch.normalise.cell_readers import read_vocabulary
    from followup_batch.normalise.vocabularies import APPLIED_STAGES, VOCABULARIES

    if "outcome" in match.mapping or match.stages or not len(index):
        return []
    unread = _unread_unknown_columns(match, options)
    if not unread:
        return []
    cells = _cells_at(rows, index, unread)
    for col in unread:
        filled = [v for v in dict.fromkeys(cells[col].dropna().tolist()) if str(v).strip()]
        # A status is a word or a few, not a note that happens to name a stage.
        if not filled or not all(isinstance(v, str) and _status_like(v) for v in filled):
            continue
        read = [read_vocabulary(v, VOCABULARIES["outcome"]) for v in filled]
        if any(problem is not None for _, problem, _ in read):
            continue
        if all(value in APPLIED_STAGES for value, _, _ in read):
            continue
        header = match.headers[col]
        return [
            f'column {_letter(col)} "{header}" is not read, though it holds statuses '
            f"({_shown_cells(filled)}), and no column is read as Outcome: every row is taken "
            f'as applied; map it with --map "{header.replace(chr(34), "")}=outcome"'
        ]
    return []


def _status_like(text: str) -> bool:
    """``text`` is short enough to be a status ("Phone screen", "一面"), not a note."""
    return len(text.strip()) <= _LONGEST_STATUS and len(text.split()) <= _STATUS_WORDS


_LONGEST_STATUS = 30
_STATUS_WORDS = 4


def _unread_dates(
    match: HeaderMatch, rows: Sequence[Row], index: pd.Index, told: list[str]
) -> tuple[list[str], pd.Series | None]:
    """The note on a column of dates read as no field, when no column is read as the applied
    date (``unread_dates.dates_note``): not one another note names already; and that
    column's cells (``RawTable.unread_dates``)."""
    from followup_batch.read.unread_dates import dates_note, unread_dates_column

    if "applied_at" in match.mapping or match.stages or not len(index):
        return [], None
    unread = [
        col
        for col in _unread_columns(match)
        if not any(f'column {_letter(col)} "{match.headers[col]}"' in note for note in told)
    ]
    found = unread_dates_column(
        match.headers, dict(match.mapping), unread, lambda cols: _cells_at(rows, index, cols)
    )
    if found is None:
        return [], None
    return [dates_note(match.headers, int(str(found.name)), _letter)], found


def _typo_field(header: str, match: HeaderMatch) -> str | None:
    """The field whose header ``header`` is a typo of (``typo_of_a_header``), when no column
    is read as it (a wide tracker's stage columns are its Interview Date)."""
    said = typo_of_a_header(header)
    if said is None or said[1] in match.mapping:
        return None
    return None if said[1] == "interview_at" and match.stages else said[1]


def _rounds_or_types(filled: list[object], match: HeaderMatch) -> str | None:
    """What a column headed like a Round ("Interview Rounds") holds by its filled cells:
    "round" when each is a round number ("2", "Round 2", "Final"), "interview_type" when each
    names interview types and no column is read as the type (a Notion multi-select "Phone
    Screen, Technical, Onsite": ot136 F7, mapped as the round, every row was "not a round
    number"), else None: no mapping of it reads its cells."""
    from followup_batch.normalise.cell_readers import read_round
    from followup_batch.normalise.vocabularies import stage_type

    if all(read_round(v)[1] is None for v in filled):
        return "round"
    texts = [v for v in filled if isinstance(v, str)]
    named = len(texts) == len(filled) and all(
        any(stage_type(part) is not None for part in v.split(",")) for v in texts
    )
    return "interview_type" if named and "interview_type" not in match.mapping else None


def _shown_cells(filled: list[object]) -> str:
    """The first three different cells of a column, quoted, for a note."""
    different = list(dict.fromkeys(str(v).strip() for v in filled))
    shown = ", ".join(f'"{v}"' for v in different[:3])
    return shown + (", ..." if len(different) > 3 else "")


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
    # The one of the notes that says a run will take the rows typed under the Table into it:
    # a run that does says so as done instead (``RawTable.rows_taken_note``).
    rows_taken_note: str = ""


def tracker_table_end(
    tables: Iterable[SheetTable], rows: Sequence[Row], match: HeaderMatch
) -> TableEnd | None:
    """The last row of the tracker held by an Excel Table whose header is the tracker's header
    row (``rows[i]`` is row ``i + 1``), and the notes that tell of the rows around it; None
    when no Table holds the tracker.

    The Table's data body is the tracker; its totals row and every row after it are the
    person's own. A Table without a totals row also takes the rows typed under it
    (``_rows_typed_below``): Excel widens a Table over a row typed below it, LibreOffice and
    other programs do not, and either way the person means them as tracker rows."""
    company = match.mapping.get("company")
    column = None if company is None else company + 1
    tables = list(tables)
    held = [t for t in tables if t.header_rows and is_tracker_table(t.bounds, match.row, column)]
    if len(held) != 1:
        return None
    table = held[0]
    min_col, min_row, max_col, max_row = table.bounds
    ref = f"{_letter(min_col - 1)}{min_row}:{_letter(max_col - 1)}{max_row}"
    end = table.last_data_row
    notes = []
    rows_taken = ""
    if not table.totals_rows:
        # Another Table below the tracker's, in the columns it reads (the person's own),
        # bounds the rows typed under it.
        read = [c + 1 for c in (*match.mapping.values(), *match.stages)]
        tops = [
            t.bounds[1]
            for t in tables
            if t is not table
            and t.bounds[1] > max_row
            and any(t.bounds[0] <= c <= t.bounds[2] for c in read)
        ]
        end = _rows_typed_below(rows, max_row, min([*tops, len(rows) + 1]) - 1, match)
        if end > max_row:
            them = "it" if end == max_row + 1 else "them"
            taken = (
                "the Table holds a query's result, which a refresh replaces, so a run leaves "
                "the Table as it is"
                if table.query
                else f"a run that writes the tracker takes {them} into the Table, as Excel does "
                "with a row typed under it"
            )
            notes.append(
                f'{_rows_named(max_row + 1, end)}, below the Excel Table "{table.name}" '
                f"({ref}), {_is_or_are(max_row + 1, end)} read with the tracker; {taken}."
            )
            if not table.query:
                rows_taken = notes[-1]
    first = max(end, max_row) + 1  # after the totals row
    after = next((n for n in range(first, len(rows) + 1) if _row_has_value(rows[n - 1])), None)
    if after is None:
        return TableEnd(end, tuple(notes), rows_taken_note=rows_taken)
    last = next(n for n in range(len(rows), after - 1, -1) if _row_has_value(rows[n - 1]))
    below = "and its totals row" if table.totals_rows else "and an empty row"
    # Rows that look like applications among them, up to another Table (the person's own).
    other = min([t.bounds[1] for t in tables if t is not table and t.bounds[1] > end] or [last + 1])
    applications = _application_rows(rows[after - 1 : min(last, other - 1)], after, match)
    if len(applications) < last - after + 1:  # a calculation block of the person's among them
        notes.append(
            f'{_rows_named(after, last)}, below the Excel Table "{table.name}" ({ref}) {below}, '
            f"{_is_or_are(after, last)} left as yours: not read or written."
        )
    if not applications:
        return TableEnd(end, tuple(notes), rows_taken_note=rows_taken)
    looks, it = (
        ("looks like an application but is", "it")
        if len(applications) == 1
        else ("look like applications but are", "them")
    )
    move = (
        f"move {it} into the Table (insert rows above the totals row)"
        if table.totals_rows
        else f"move {it} up to row {end + 1}, right under the tracker, where rows are read"
    )
    notice = (
        f'{_rows_listed(applications)}, below the Excel Table "{table.name}" ({ref}) {below}, '
        f"{looks} not read: {move}."
    )
    return TableEnd(end, (*notes, notice), (notice,), rows_taken)


def _rows_typed_below(rows: Sequence[Row], last: int, stop: int, match: HeaderMatch) -> int:
    """The last tracker row under a Table without a totals row whose last row is ``last``,
    up to row ``stop`` (another Table, or the sheet's end). The rows right under the Table are
    the tracker's, and so are those after an empty row (or a few) when they are the person's
    interviews: more than half of a block of rows (up to the next empty row) look like
    applications (``_application_rows``: a company and a date), as after a row emptied in
    the middle of the tracker. A block that does not (an "Open applications:" count, a "Last
    interview:" line) ends the tracker: it and the rows after it are the person's."""
    while True:
        while last < stop and _row_has_value(rows[last]):  # rows[last] is row last + 1
            last += 1
        start = last + 1  # the block's first row
        while start <= stop and not _row_has_value(rows[start - 1]):
            start += 1
        if start > stop:
            return last
        end = start
        while end < stop and _row_has_value(rows[end]):
            end += 1
        if len(_application_rows(rows[start - 1 : end], start, match)) * 2 <= end - start + 1:
            return last
        last = end


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
        if isinstance(value, (bool, np.bool_)) or not has_value(value):
            return False
        if isinstance(value, numbers.Real) and value < SMALLEST_SERIAL_DATE:
            return False  # a count
        return parse_date(value).value is not None

    return [
        first + i
        for i, row in enumerate(rows)
        if is_text(name := cell(row, company))
        and not str(name).rstrip().endswith(":")  # a label: "Last interview:"
        and any(is_date(cell(row, col)) for col in date_cols)
    ]


def _row_has_value(row: Row) -> bool:
    """A cell of the row holds a value (a checkbox alone does not, as for ``collect_body``)."""
    return any(has_value(value) for value in row)


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
    from followup_batch.read.column_letters import column_letter

    return column_letter(column + 1)


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
    another = another_table(body, tracker_rows, match, options)
    through = len(rows) if last_row is None else last_row
    if another is not None:
        end = another[0]
        through = int(body.numbers[end]) - 1
        body = Body(body.numbers[:end], {c: v[:end] for c, v in body.columns.items()}, {})
    body = drop_summary_rows(body, match.mapping, match.headers)
    body, broken = drop_error_rows(body)
    # A CSV keeps an error value as its text; a workbook's are found in its XML (``tracker``).
    errors = blank_error_texts(body, csv.values) if csv is not None else {}
    index = pd.Index(body.numbers, dtype="int64", name="row")
    cells = _object_frame(body, list(match.mapping.values()), list(match.mapping), index)
    if "position" not in match.mapping:  # a log of applications (``is_application_log``)
        cells = cells.assign(position=pd.Series(None, index=index, dtype=object))
    stage_cells = None
    notes = [*match.notes, *map_notes(match, options.column_map)]
    titles = _record_titles(match, cells, options.column_map)
    if titles is not None:
        cells = cells.drop(columns="client")
        notes.append(titles)
    marks = _client_marks(match, cells, options.column_map)
    if marks is not None:
        cells = cells.drop(columns="client")
        notes.append(marks)
    contacts = _contacts_named(match, cells, options.column_map)
    if contacts is not None:
        cells = cells.rename(columns={"client": "interviewer"})
        notes.append(contacts)
    if match.is_wide:
        stage_cells = _object_frame(body, list(match.stages), list(match.stages), index)
        notes.append(wide_note(match))
    rivals = {
        name: _cells_at(rows, index, cols)
        for name, cols in match.rivals.items()
        if name in match.mapping
    }
    if csv is not None:  # a rival may be read in its place (``normalise.roles``)
        for frame in rivals.values():
            errors.update(error_texts(frame))
    notes += totals_note(body.skipped)
    if another is not None:
        notes.append(another[1])
    notices = _unread_column_notes(match, rows, index, options)
    notices += _two_fields_notes(match, rows, index, options)
    notices += _unread_status_notes(match, rows, index, options)
    dates_note, unread_dates = _unread_dates(match, rows, index, notices)
    notices += dates_note
    twins_notice, twins_problems = _date_twins_filled(match, rows, index)
    notices += twins_notice
    notes += notices
    owned_cells = gone_cells = None
    if owned_at:
        owned_cells = _cells_at(rows, index, list(owned_at.values()))
        owned_cells.columns = pd.Index(list(owned_at))
        gone = _answered_rows_gone(rows, match, index, live, through)
        if len(gone):
            gone_cells = _cells_at(rows, gone, list(owned_at.values()))
            gone_cells.columns = pd.Index(list(owned_at))
    # The columns up to the last header (a styled header row may run on blank for thousands).
    taken = {*match.mapping.values(), *match.stages, *(owned_at or {}).values()}
    width = max((col + 1 for col, header in enumerate(match.headers) if header), default=0)
    unread = [col for col in range(width) if col not in taken]
    table = RawTable(
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
        read_through=None if through >= len(rows) else through,
        unread_dates=unread_dates,
        unread_cells=_cells_at(rows, index, unread) if unread and len(index) else None,
        cell_problems=twins_problems,
    )
    add_broken_rows(table, broken)
    read_errors_as_blank(table, {at: (error, None) for at, error in errors.items()})
    return table


def read_errors_as_blank(
    table: RawTable, errors: Mapping[tuple[int, int], tuple[str, bool | None]]
) -> None:
    """Read the tracker's cells that hold an error value (``errors``: (Excel row, 0-based
    column) -> the error and whether a formula gave it, None when a CSV does not say) as blank,
    and say each in its row's Problems (``body.error_value_note``): read as nothing in
    silence, an Interview Date of ``=VLOOKUP(...)`` showing #N/A made a row look undated
    (fx243). A rival column (``RawTable.rivals``) is blanked too, so that its errors are not
    read as words when ``normalise.roles`` takes the field from it; its Problems lines are said
    only once it is read (``normalise.frame``). The cells in the file are left as they are."""
    rows = set(table.cells.index.tolist())
    saved_as = "Parquet file" if table.path.suffix.lower() == ".parquet" else "CSV"
    by_column: dict[int, list[int]] = {}
    for (row, col), (error, formula) in sorted(errors.items()):
        if row not in rows:
            continue
        by_column.setdefault(col, []).append(row)
        names = [name for name, at in table.mapping.items() if at == col]
        names += [name for name, frame in table.rivals.items() if col in frame.columns]
        date = col in table.stages or any(name in DATE_COLUMNS for name in names)
        header = (table.headers[col] if col < len(table.headers) else "") or _letter(col)
        table.error_values[(row, col)] = error
        table.cell_problems[(row, col)] = error_value_note(header, error, formula, date, saved_as)
    for col, at in by_column.items():
        for name in [name for name, c in table.mapping.items() if c == col]:
            if name in table.cells.columns:
                table.cells.loc[at, name] = None
        if table.stage_cells is not None and col in table.stage_cells.columns:
            table.stage_cells.loc[at, col] = None
        for frame in table.rivals.values():
            if col in frame.columns:
                frame.loc[at, col] = None


def add_broken_rows(table: RawTable, broken: Mapping[int, Mapping[int, str]]) -> None:
    """Say each broken row (Excel row -> 0-based column -> its error value, ``body.UNSAVED``
    for a formula without a saved value: ``body.broken_row_note``) in the table's Problems
    (``RawTable.broken_rows``, which ``check`` lists) and its notes, a plain run's too: such a
    row is not a tracker row, and skipped in silence it was lost (fx228 3, 4)."""
    for row, cells in sorted(broken.items()):
        if row in table.broken_rows:
            continue
        said = broken_row_note(row, cells, _letter)
        table.broken_rows[row] = said
        table.notes.append(said)
        table.notices.append(said)


def _date_twins_filled(
    match: HeaderMatch, rows: Sequence[Row], index: pd.Index
) -> tuple[list[str], dict[tuple[int, int], str]]:
    """The notice, said by a plain run, and each row's problem where two columns headed only
    "Date" ("Datum", "Datum") that nothing tells apart (``HeaderMatch.date_twins``) are both
    filled with different values: the first is read, the other left alone, a guess the person
    must see (ot101 F9: the date applied was read as the interview's, said only with -v)."""
    if not match.date_twins or not len(index):
        return [], {}
    read, *others = match.date_twins
    cells = _cells_at(rows, index, list(match.date_twins))
    first = cells[read]
    problems: dict[tuple[int, int], str] = {}
    where = f'"{match.headers[read]}" ({_letter(read)})'
    for col in others:
        both = first.notna() & cells[col].notna() & (first.astype(str) != cells[col].astype(str))
        for row in index[both.to_numpy()].tolist():
            problems[(row, col)] = (
                f"not read: {where} is, and nothing tells the two apart; "
                'rename one (e.g. "Date Applied", "Interview Date") or put group headers above '
                'them ("Application", "Interview")'
            )
    if not problems:
        return [], {}
    rows_said = sorted({row for row, _ in problems})
    listed = ", ".join(f'"{match.headers[c]}" ({_letter(c)})' for c in match.date_twins)
    shown = ", ".join(map(str, rows_said[:3])) + (" ..." if len(rows_said) > 3 else "")
    shown = f"row {shown}" if len(rows_said) == 1 else f"rows {shown}"
    notice = (
        f"{listed} are both filled with different dates ({shown}) and nothing tells them "
        f"apart: {where} is read, the others are left alone. If that is the wrong one, rename "
        'the headers (e.g. "Date Applied", "Interview Date") or put group headers above them '
        '("Application" over the application\'s columns, "Interview" over the interview\'s).'
    )
    return [notice], problems
