"""The library side of ``followup-batch check``: read a tracker, write nothing, say what was read.

    check_paths(paths, options) -> list[SheetCheck]   # files refused or without a tracker too
    check_file(path, options) -> list[SheetCheck]     # raises FollowupError like read_trackers
    to_text(checks) -> str                            # the report a person reads
    to_json(checks) -> dict                           # the same for machines

Per file and sheet: which header (as written, with its column letter) was read as which field,
which headers were left alone, which columns are the tool's own (a run wrote them, the next one
rewrites them), the file-level notes (duplicate headers, wide tracker, unused
column maps, totals rows, formulas without saved values, what a "Date" or yes/no column was
taken for and why, LinkedIn's own address), how each date column's 3/11/2026 is read and why,
the number of rows and what they are (interviews, applications, not applied yet), each
distinct text of the Status (Outcome) column and what it was read as, every row problem with
its Excel row, and why a run would write nothing to the file, in its words
(rows added under the tracker that reach into a table or cells of the person's).
"""

from __future__ import annotations

import codecs
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from openpyxl.utils import column_index_from_string, get_column_letter

from followup_batch.compute import left_alone_line, make_up_notes, unread_columns
from followup_batch.errors import FollowupError, NotATracker, SyncConflictCopy
from followup_batch.normalise import (
    DATE_FIELDS,
    STAGES,
    country_notes,
    date_notes,
    date_orders,
    link_sheets,
    normalise_rows,
    resolve_roles,
    topic_notes,
)
from followup_batch.normalise.cells import cell_text, shown
from followup_batch.normalise.controls import one_line
from followup_batch.normalise.date_columns import NO_NUMERIC_DATES, DateOrder
from followup_batch.normalise.frame import word_reader
from followup_batch.normalise.results import read_as_one
from followup_batch.normalise.topics import notes_column
from followup_batch.normalise.vocabularies import NOT_APPLIED
from followup_batch.read import RawTable, ReadOptions, fields, read_trackers
from followup_batch.read.code_pages import ENCODING_NAMES
from followup_batch.read.files import real_path, reason_named
from followup_batch.read.tracker import default_calendar_note
from followup_batch.schedule.labels import DUPLICATE, NEEDS_INFO
from followup_batch.text import display_width

if TYPE_CHECKING:
    from followup_batch.schedule.ruleset import RuleSet

# What a row is, in the order the report lists them: (one row, several rows).
ROW_KINDS: dict[str, tuple[str, str]] = {
    "interviews": ("with an interview date", "with an interview date"),
    "applications": ("application without an interview", "applications without an interview"),
    "not_applied": ("not applied yet", "not applied yet"),
    "date_to_fix": ("with a date to fix", "with a date to fix"),
    "undated": ("without a date", "without a date"),
}
# The date cells whose reading makes a row an interview or an application.
_KIND_DATES = ("interview_at", "applied_at")


@dataclass(frozen=True)
class MappedColumn:
    column: str  # letter, e.g. 'D' (CSV: the field's position as a letter too)
    header: str  # as the user wrote it
    field: str  # schema field name, e.g. 'interview_at'; 'stage:<type>' for a wide tracker
    date_order: str | None = None  # how 3/11/2026 is read in this column (date fields only)
    private: bool = False  # a Notes column read as the topic that drafts never quote


@dataclass(frozen=True)
class RowProblem:
    row: int  # Excel row (CSV: record number)
    message: str  # names the cell: 'D14: "31/02/2026" is not a date'


@dataclass(frozen=True)
class StatusRead:
    """A distinct text of the sheet's Status (Outcome) column and what a run reads it as."""

    text: str  # the cell as the user reads it (``cells.cell_text``)
    rows: int
    # Each outcome read from it with its rows, most rows first; "" for the rows where it is
    # not read (the row needs info and a problem at the cell says why).
    read_as: tuple[tuple[str, int], ...]


@dataclass
class SheetCheck:
    path: Path
    sheet: str | None = None
    kind: str = ""
    header_row: int | None = None
    rows: int = 0
    needs_info: int = 0
    kinds: dict[str, int] = field(default_factory=dict)  # ROW_KINDS key -> rows
    columns: list[MappedColumn] = field(default_factory=list)
    ignored: list[tuple[str, str]] = field(default_factory=list)  # (column letter, header)
    tool_columns: list[tuple[str, str]] = field(default_factory=list)  # the same, a run's
    notes: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    statuses: list[StatusRead] = field(default_factory=list)
    status_column: str = ""  # the Status column's letter and header: 'F "Status"'
    error: str | None = None  # the file was refused or holds no tracker
    left_alone: str | None = None  # not a tracker (a list of contacts, ...): why (no error)
    refusal: str | None = None  # read, but a run would refuse to write it: why, in its words
    file: str = ""  # the name the command calls the file by (``check_paths``' names)
    calendars: list[str] = field(default_factory=list)  # 'IL: Sun–Thu week, 9 holidays in 2026'
    # Your days off on several calendars, said once: 'your days off in 2026: 4 on each'.
    days_off: str = ""
    # A CSV not in UTF-8: the codec it was read in ('gbk'), and whether --encoding chose it.
    encoding: str | None = None
    encoding_chosen: bool = False

    @property
    def name(self) -> str:
        file = self.file or self.path.name
        return f'{file}, sheet "{self.sheet}"' if self.sheet else file


def check_paths(
    paths: Iterable[Path],
    options: ReadOptions,
    *,
    as_of: dt.date | None = None,
    names: Mapping[Path, str] | None = None,
    folders: Mapping[Path, tuple[str, ...]] | None = None,
    sender: Mapping[str, str] | None = None,
    days_off: frozenset[dt.date] = frozenset(),
    clients: Mapping[str, Mapping[str, str]] | None = None,
    rules: RuleSet | None = None,
    named_alone: bool = False,
) -> list[SheetCheck]:
    """``check_file`` for each path; a file that cannot be read becomes one SheetCheck with
    ``error`` set (so one bad file never hides the others). ``as_of`` bounds plausible dates
    as a run on that day would (``normalise_rows``). ``names``: what to call each file (its
    path inside the folder given, ``read.files.shown_name``); else its name. ``folders``: the
    subfolders each was found in (``read.files.subfolders``), read for its client's name as
    a run reads them (``rerun.file_reading``). ``sender``: the config's [sender], for the
    notes on who signs the drafts (``check_file``); ``days_off``: the config's, counted in
    the calendars' line; ``clients``: the config's [clients], for a table spelt like a
    client of a file but naming none; ``rules``: the run's (the config's [rules] too), for
    the years the rows' follow-ups reach (``make_up_notes``); ``named_alone``: the command's
    one path was this file (``invocation.names_one_file``), which is not read, as a run fails
    it, when it is no tracker (``NotATracker.refusal``), not left alone."""
    from followup_batch.batch import refuse_copy
    from followup_batch.memory.rerun import file_reading

    checks: list[SheetCheck] = []
    for path in paths:
        file = (names or {}).get(path, "")
        reading = file_reading(path, options, (folders or {}).get(path, ()))
        try:
            refuse_copy(Path(path), reading)
            found = check_file(
                path,
                reading,
                as_of=as_of,
                sender=sender,
                days_off=days_off,
                clients=clients,
                rules=rules,
            )
        except NotATracker as exc:  # as a run leaves it alone, or fails it named alone
            if named_alone:
                found = [SheetCheck(Path(path), error=reason_named(exc.refusal(), Path(path)))]
            else:
                found = [SheetCheck(Path(path), left_alone=reason_named(str(exc), Path(path)))]
        except SyncConflictCopy as exc:  # as a run leaves it alone
            found = [SheetCheck(Path(path), left_alone=reason_named(str(exc), Path(path)))]
        except FollowupError as exc:
            from followup_batch.write.atomic import with_newest_backup

            reason = with_newest_backup(str(exc), real_path(path))
            found = [SheetCheck(Path(path), error=reason)]
        checks += [_named(check, file) for check in found]
    return checks


def with_foreseen(
    checks: list[SheetCheck], refusal_of: Callable[[Path], Exception | None]
) -> list[SheetCheck]:
    """``checks`` with the refusal a run would meet writing each file read that nothing else
    refuses (``refusal_of``: open in Excel or LibreOffice, read-only; ``batch.foreseen_refusal``),
    in the run's words, on each of its sheets, so ``check -q`` lists it."""
    found: dict[Path, str | None] = {}
    kept = []
    for check in checks:
        if check.error is None and check.refusal is None and check.left_alone is None:
            if check.path not in found:
                refusal = refusal_of(check.path)
                said = None if refusal is None else reason_named(str(refusal), check.path)
                found[check.path] = said
            check = replace(check, refusal=found[check.path])
        kept.append(check)
    return kept


def _named(check: SheetCheck, file: str) -> SheetCheck:
    """``check`` under the name the run calls its file, its reason not naming the file
    again (``read.files.reason_named``): the NOT READ line names it."""
    error = check.error and reason_named(check.error, check.path)
    return replace(check, file=file or check.file, error=error)


def check_file(
    path: Path,
    options: ReadOptions,
    *,
    as_of: dt.date | None = None,
    sender: Mapping[str, str] | None = None,
    days_off: frozenset[dt.date] = frozenset(),
    clients: Mapping[str, Mapping[str, str]] | None = None,
    rules: RuleSet | None = None,
) -> list[SheetCheck]:
    """One SheetCheck per tracker sheet of the file; raises FollowupError when it has none.
    Its notes say who would sign the drafts, in the run's words (``compute.signer_notes``, with
    ``sender`` the config's [sender]), once for the file; ``rules`` (the shipped ones when
    None) give the final follow-up's weeks (``make_up_notes``)."""
    from followup_batch.compute import sheets_beside, signer_notes
    from followup_batch.schedule.rules import schedule_rows
    from followup_batch.schedule.ruleset import load_rule_set

    tables = [resolve_roles(table) for table in read_trackers(Path(path), options)]
    # The default US calendar of a tracker whose headers point elsewhere, said once for the
    # file among the first sheet's notes, as a run says it (``default_calendar_note``; fx228).
    calendar = default_calendar_note(tables, options)
    if calendar is not None:
        tables[0].notes.append(calendar)
    # One person's tracker split over sheets is linked as a run links it: an application's
    # interview on another sheet answers when it was (``normalise.link_sheets``); with
    # ``--sheet`` too, over the workbook's other tracker sheets, which are not reported.
    every = sheets_beside(Path(path), options, tables) or tables
    day, rules = as_of or dt.date.today(), rules or load_rule_set()
    frames = link_sheets(
        every, [normalise_rows(t, options, as_of=as_of, rules=rules) for t in every], options
    )
    reported = [
        (table, frame)
        for table, frame in zip(every, frames, strict=True)
        if any(table is named for named in tables)
    ]
    private = topic_notes([table for table, _ in reported])
    # Every note a run says with -v: check is what a person runs to see what a run would do.
    tables_reported = [table for table, _ in reported]
    signing, _ = signer_notes(tables_reported, sender or {}, drafted=[False] * len(reported))
    # The rows' due dates as a run schedules them, for the years their follow-ups reach.
    checked = [
        _checked(table, frame, options, kept, signed, schedule_rows(frame, rules, day).result)
        for (table, frame), kept, signed in zip(reported, private, signing, strict=True)
    ]
    # A run's refusal is the file's, every sheet's table and cell in the way in one message,
    # as the run says it: each sheet's report carries it (a run writes none of them).
    refusal = _refusal([sheet for _, sheet in checked], day)
    no_record = _no_record_notes(Path(path), tables_reported)
    for (check, _), notes in zip(checked, no_record, strict=True):
        check.notes += notes
    if clients:  # a [clients."Name"] spelt like a client here, as the run says it
        from followup_batch.batch import unmatched_profiles

        frames_reported = [frame for _, frame in reported]
        checked[0][0].notes += unmatched_profiles(tables_reported, frames_reported, clients)
    if tables[0].kind == "xlsx":  # the sheets a run copies damaged, said once, as it says them
        from followup_batch.read.xlsx_cells import damaged_copy_notes

        checked[0][0].notes += damaged_copy_notes(Path(path), [t.sheet for t, _ in reported])
    return [
        replace(check, refusal=refusal, **calendars_in_use(frame, as_of, days_off))
        for (check, _), (_, frame) in zip(checked, reported, strict=True)
    ]


def calendars_in_use(
    frame: pd.DataFrame, as_of: dt.date | None, days_off: frozenset[dt.date] = frozenset()
) -> dict[str, Any]:
    """Each calendar the rows are scheduled on, the week in force and the holidays in the year
    of the later of the rows' latest date and the as-of date (this year's, when neither is
    known), and a change of weekend since the rows' latest date: their due dates are counted
    on the week after it ('AE: Mon–Fri week (Sun–Thu until 2021-12-31), 18 holidays in 2022'
    for a Dubai interview on 2021-12-28 checked in 2022). The config's days off are counted
    on the one calendar's words, or said once after several (``days_off_summary``): the same
    words on seven calendars made a line of six."""
    from followup_batch.schedule.business_days import (
        Calendars,
        calendar_summary,
        days_off_summary,
    )

    latest = frame[["interview_date", "applied_date"]].max().max()
    first = latest.year if not pd.isna(latest) else (as_of or dt.date.today()).year
    year = max(first, as_of.year) if as_of is not None else first
    spanning = Calendars.spanning(dt.date(first, 1, 1), dt.date(year, 12, 31), days_off)
    calendars = [spanning.get(key) for key in sorted(set(frame["country"]))]
    alone = len(calendars) == 1
    return {
        "calendars": [calendar_summary(c, year, days_off=alone) for c in calendars],
        "days_off": "" if alone else days_off_summary(calendars, year),
    }


def _no_record_notes(path: Path, tables: list[RawTable]) -> list[list[str]]:
    """For each sheet holding the tool's columns with no record of the last run in place
    (renamed, copied, or run by an earlier version), the note on what a run will do about
    the texts in them (``saved_edits.unrecorded_note``), as the run tells them apart; with
    one, the texts a person typed into the tool's cells of a row they emptied, which a run
    saves and clears, in the words of a dry run (report ot37, F1)."""
    from followup_batch.errors import UnsafeWrite
    from followup_batch.memory import hand_edits, rerun, saved_edits
    from followup_batch.memory.since_last_run import as_left_by_earlier_version
    from followup_batch.write import written_as_of
    from followup_batch.write.atomic import resolve_target

    try:
        real = resolve_target(path)
    except UnsafeWrite:  # a run writes nothing to it: nothing to tell apart
        return [[] for _ in tables]
    memories = rerun.memories(real)
    notes: list[list[str]] = []
    for table in tables:
        memory = hand_edits.memory_for(memories, table.sheet)
        if memory is None and as_left_by_earlier_version(real, table) is not None:
            notes.append([])  # as an earlier version's run left it: its texts are the tool's
        elif table.owned_cells is not None and memory is None:
            no_record = rerun.no_record_reason(real, table)
            notes.append([saved_edits.unrecorded_note(no_record, written_as_of(table), real)])
        elif table.gone_cells is not None and memory is not None:
            gone = hand_edits.edits_in_rows_gone(table, table.gone_cells, memory)
            notes.append(saved_edits.edit_messages(gone, None, dry_run=True)[0])
        else:
            notes.append([])
    return notes


def _stage_order(table: RawTable, orders: dict[str, DateOrder], col: int) -> str | None:
    """How a wide tracker's stage column ``col`` is read: the stage columns share one order,
    detected in one of them, and the others say which one that is."""
    order = orders.get(STAGES)
    if order is None or order.source != "detected" or table.stage_cells is None:
        return None if order is None else order.describe()
    here = table.stage_cells[col].get(order.row)
    if isinstance(here, str) and here.strip() == order.evidence:
        return order.describe()
    holder = next(
        (
            c
            for c in sorted(table.stages)
            if isinstance(value := table.stage_cells[c].get(order.row), str)
            and value.strip() == order.evidence
        ),
        None,
    )
    if holder is None:
        return order.describe()
    return replace(order, source="other column", column=table.headers[holder]).describe()


def _needing_info(frame: pd.DataFrame, due: pd.DataFrame) -> int:
    """The rows that need info as a run answers them: not those whose missing value changes
    nothing they send (``schedule.rules.settled_without``: a closed row without its
    position shows Closed; ot132 F3), counted as the run counts them."""
    status = due["status"].reindex(frame.index).to_numpy(dtype=object)
    needing = frame["needs_info"].to_numpy(dtype=bool) & np.isin(status, [NEEDS_INFO, DUPLICATE])
    return int(needing.sum())


def _checked(
    table: RawTable,
    frame: pd.DataFrame,
    options: ReadOptions,
    private: list[str],
    signed: list[str],
    due: pd.DataFrame,
) -> tuple[SheetCheck, tuple[RawTable, pd.Index]]:
    """The report on a sheet (its columns' roles resolved) and its normalised frame, and the
    sheet with the rows a run writes to it. ``private``: the file's note on its Notes column,
    when this sheet says it (``normalise.topic_notes``); ``signed``: who signs its drafts
    (``compute.signer_notes``); ``due``: the rows' schedule, as a run makes it. The notes in
    the order a run gives them."""
    found = date_orders(table, options)
    orders = {name: order.describe() for name, order in found.items()}
    private_notes = notes_column(table) is not None
    columns = [
        MappedColumn(
            _letter(col),
            table.headers[col],
            name,
            orders.get(name) if name in DATE_FIELDS else None,
            private=name == "topic" and private_notes,
        )
        for name, col in table.mapping.items()
    ]
    columns += [
        MappedColumn(
            _letter(col), table.headers[col], f"stage:{kind}", _stage_order(table, found, col)
        )
        for col, kind in sorted(table.stages.items())
    ]
    if (table.types_in_stage or table.types_in_status) and "interview_type" not in table.mapping:
        # A Stage (or Status) of interview types is read as both (``normalise.roles``).
        col = table.mapping["outcome"]
        columns.append(MappedColumn(_letter(col), table.headers[col], "interview_type"))
    if table.outcome_result is not None:  # a Result read beside it (``normalise.results``)
        col = int(str(table.outcome_result.name))
        columns.append(MappedColumn(_letter(col), table.headers[col], "outcome"))
    columns.sort(key=lambda c: (len(c.column), c.column))
    tool, ignored = unread_columns(table)
    problems = [
        RowProblem(int(row), message)
        for row, messages in frame["problems"].items()
        for message in messages
    ]
    # A row of error values or formulas without saved values, read as no tracker row: said
    # among the rows' problems, in its row's place, not among the notes (fx228 3, 4).
    broken = [
        RowProblem(row, said.replace(f"Row {row} is broken", "the row is broken", 1))
        for row, said in table.broken_rows.items()
    ]
    problems = sorted([*problems, *broken], key=lambda problem: problem.row)
    check = SheetCheck(
        path=table.path,
        sheet=table.sheet,
        kind=table.kind,
        header_row=table.header_row,
        rows=len(frame),
        needs_info=_needing_info(frame, due),
        kinds=row_kinds(frame, table),
        columns=columns,
        ignored=[(_letter(col), table.headers[col]) for col in ignored],
        tool_columns=[(_letter(col), table.headers[col]) for col in tool],
        notes=[
            *(note for note in table.notes if note not in table.broken_rows.values()),
            *signed,
            *date_notes(table, options),
            *country_notes(table, options),
            *make_up_notes(frame, due),
            *private,
        ],
        problems=problems,
        statuses=statuses_read(table, frame),
        status_column=_status_column(table),
        encoding=_legacy_encoding(table),
        encoding_chosen=options.encoding is not None,
    )
    return check, (table, frame.index)


def statuses_read(table: RawTable, frame: pd.DataFrame) -> list[StatusRead]:
    """Each distinct non-blank text of the Status (Outcome) column (with a Result read beside
    it, each row's two cells: "Onsite + Rejected"), in the order of its first row, with what
    the run read it as: the readings people need to see when a row's answer
    looks wrong (ot108 F12: "Passed over after final interview" read as interviewing)."""
    if "outcome" not in table.mapping or "outcome" not in table.cells:
        return []
    read_word = word_reader(table, "outcome")[0]
    unread: dict[str, bool] = {}  # per distinct text: the vocabulary does not read it
    readings: dict[str, Counter[str]] = {}
    cells = table.cells["outcome"].reindex(frame.index).tolist()
    # A Result read beside the Status (``normalise.results``): each row's two cells, as
    # "Onsite + Rejected", one when the Result is blank.
    results = [None] * len(cells)
    if table.outcome_result is not None:
        results = table.outcome_result.reindex(frame.index).tolist()
    for value, result, outcome in zip(cells, results, frame["outcome"].tolist(), strict=True):
        text = " + ".join(t for t in (cell_text(value), cell_text(result)) if t)
        if not text:
            continue
        if text not in unread:
            unread[text] = not read_as_one(read_word(value), result)
        readings.setdefault(text, Counter())["" if unread[text] else str(outcome)] += 1
    return [
        StatusRead(text, sum(counts.values()), tuple(counts.most_common()))
        for text, counts in readings.items()
    ]


def _status_column(table: RawTable) -> str:
    col = table.mapping.get("outcome")
    if col is None:
        return ""
    if table.outcome_result is None:
        return f'{_letter(col)} "{table.headers[col]}"'
    result = int(str(table.outcome_result.name))
    return f'{_letter(col)} "{table.headers[col]}" + {_letter(result)} "{table.headers[result]}"'


def _legacy_encoding(table: RawTable) -> str | None:
    """The encoding of a CSV's text when it is not UTF-8 (a file pasted into in UTF-8 is in
    its other text's: ``CsvFormat.mixed``); None for UTF-8 and a workbook."""
    if table.csv is None:
        return None
    encoding = table.csv.fmt.mixed or table.csv.fmt.encoding
    return None if codecs.lookup(encoding).name == "utf-8" else encoding


def encoding_line(check: SheetCheck) -> str | None:
    """'GBK (read by its characters; pass --encoding to choose another)', for a CSV not in
    UTF-8 (``SheetCheck.encoding``)."""
    if check.encoding is None:
        return None
    if check.encoding_chosen:
        how = "as --encoding chose"
    elif check.encoding.startswith("utf-16"):  # only a byte-order mark makes a file UTF-16
        how = "by its byte-order mark"
    else:
        how = "read by its characters; pass --encoding to choose another"
    return f"{encoding_name(check.encoding)} ({how})"


def encoding_name(encoding: str) -> str:
    return ENCODING_NAMES.get(encoding, encoding.upper())


def _refusal(sheets: list[tuple[RawTable, pd.Index]], as_of: dt.date) -> str | None:
    """Why a run would write nothing to the file of ``sheets`` (its tracker sheets), in the
    run's words: rows added under a tracker reach into a table or cells of the person's in
    the tool's columns, say. None: it would."""
    from followup_batch.errors import InTheWay, UnsafeWrite, UnsupportedFile
    from followup_batch.write import check_writable

    try:
        check_writable(sheets, as_of)
    except InTheWay as exc:  # named by the report's line: the reason alone
        return exc.reason
    except UnsafeWrite as exc:
        return str(exc)
    except UnsupportedFile:  # a damaged sheet (read.damage): the file is refused, as a run's
        raise
    except Exception as exc:  # a bug in planning the write: said as a run would, not a crash
        return f"internal error — please report it ({type(exc).__name__}: {exc})"
    return None


def row_kinds(frame: pd.DataFrame, table: RawTable) -> dict[str, int]:
    """How many rows are interviews, applications, not applied yet, with a date to fix (an
    interview or applied date written but not read: "31/02/2026", or a day still to come),
    or without a date (ot109 F4: a row of a future date applied was counted "without a
    date", its problem saying the date two lines below)."""
    interview = frame["interview_date"].notna()
    not_applied = ~interview & (frame["outcome"] == NOT_APPLIED)
    application = ~interview & ~not_applied & frame["applied_date"].notna()
    written = pd.Series(False, index=frame.index)
    for name in _KIND_DATES:
        if name in table.cells:
            cells = table.cells[name].reindex(frame.index)
            written |= cells.map(lambda value: bool(cell_text(value))).astype(bool)
    to_fix = ~interview & ~not_applied & ~application & written
    counts = {
        "interviews": int(interview.sum()),
        "applications": int(application.sum()),
        "not_applied": int(not_applied.sum()),
        "date_to_fix": int(to_fix.sum()),
    }
    counts["undated"] = len(frame) - sum(counts.values())
    return {kind: n for kind, n in counts.items() if n}


def _letter(col: int) -> str:
    return get_column_letter(col + 1)


# ---------------------------------------------------------------------------------------------
# Reports
# ---------------------------------------------------------------------------------------------


def _field_label(name: str) -> str:
    if name.startswith("stage:"):
        return f"interview stage ({name.removeprefix('stage:')})"
    return f"{name} ({fields.FIELDS_BY_NAME[name].header})"


def to_text(checks: Iterable[SheetCheck], as_shown: Callable[[str], str] = str) -> str:
    """The report ``followup-batch check`` prints. ``as_shown``: a text as the console shows
    it (``cli.streams.as_shown``), which the columns listing is lined up by."""
    blocks = []
    sheets = list(checks)
    for i, check in enumerate(sheets):
        if check.error is not None:
            blocks.append(one_line(f"{check.name}: NOT READ — {check.error}"))
            continue
        if check.left_alone is not None:
            blocks.append(one_line(f"{check.name}: {check.left_alone}"))
            continue
        rows = f"{check.rows} row{'s' if check.rows != 1 else ''}"
        if check.needs_info:
            rows += f", {check.needs_info} need{'s' if check.needs_info == 1 else ''} info"
        lines = [f"{check.name}: header on row {check.header_row}, {rows}"]
        encoding = encoding_line(check)
        if encoding is not None:
            lines.append(f"  Encoding: {encoding}")
        if {"applications", "not_applied"} & set(check.kinds):
            listed = ", ".join(f"{n} {ROW_KINDS[kind][n != 1]}" for kind, n in check.kinds.items())
            lines.append(f"  Rows: {listed}")
        lines.append("  Columns read:")
        headers = [as_shown(f'"{c.header}"') for c in check.columns]
        width = max(map(display_width, headers), default=0)
        for c, header in zip(check.columns, headers, strict=True):
            quoted = _padded(header, width)
            kept = ", kept private: drafts never quote it" if c.private else ""
            lines.append(f"    {c.column:>3}  {quoted} -> {_field_label(c.field)}{kept}")
        lines += _date_order_lines(check.columns)
        lines += _statuses_lines(check, as_shown)
        if check.calendars:
            said = [*check.calendars, *([check.days_off] if check.days_off else [])]
            lines.append(f"  Calendars: {'; '.join(said)}")
        if check.ignored:
            lines.append(f"  {left_alone_line(check.ignored)}")
        if check.tool_columns:
            spans = _spans([letter for letter, _ in check.tool_columns])
            lines.append(f"  The tool's columns: {spans}, rewritten by each run")
        if check.notes:
            lines.append("  Notes:")
            lines += [f"    - {note}" for note in check.notes]
        if check.problems:
            count = len({p.row for p in check.problems})
            lines.append(f"  Problems ({count} row{'s' if count != 1 else ''}):")
            lines += [f"    {_problem_line(p)}" for p in check.problems]
        else:
            lines.append("  Problems: none")
        if check.refusal is not None and not _said_again(check, sheets[i + 1 : i + 2]):
            lines.append(f"  {REFUSED}: {check.refusal}")
        # One line each, whatever a file's name or a note quoting it holds (ot84 F9).
        blocks.append("\n".join(map(one_line, lines)))
    return "\n\n".join(blocks) + "\n"


def _date_order_lines(columns: list[MappedColumn]) -> list[str]:
    """The "Date order" block: a line for each date column read one way or the other, and one
    for all those with no date written as numbers (init's tracker has ten date columns, most
    of them empty: ten identical lines said nothing; ot135 F5)."""
    dated = [c for c in columns if c.date_order is not None]
    plain = [c for c in dated if c.date_order == NO_NUMERIC_DATES]
    if not dated:
        return []
    if len(plain) == len(dated) > 1:
        return [f"  Date order: {NO_NUMERIC_DATES} in any date column"]
    lines = ["  Date order:"]
    lines += [f'    {c.column:>3}  "{c.header}": {c.date_order}' for c in dated if c not in plain]
    if len(plain) == 1:
        (c,) = plain
        lines.append(f'    {c.column:>3}  "{c.header}": {NO_NUMERIC_DATES}')
    elif plain:
        lines.append(f"    {', '.join(c.column for c in plain)}: {NO_NUMERIC_DATES}")
    return lines


REFUSED = "A run would write nothing to this file"
STATUSES_SHOWN = 25  # distinct Status texts listed by the text report (--json lists all)


def _statuses_lines(check: SheetCheck, as_shown: Callable[[str], str]) -> list[str]:
    """'Statuses read (F "Status"):' and a line per distinct text: '"Dinged" ×3 -> rejected'."""
    if not check.statuses:
        return []
    shown_texts = [
        as_shown(shown(s.text) + (f" ×{s.rows}" if s.rows > 1 else ""))
        for s in check.statuses[:STATUSES_SHOWN]
    ]
    width = max(map(display_width, shown_texts))
    lines = [f"  Statuses read ({check.status_column}):"]
    for status, text in zip(check.statuses, shown_texts, strict=False):
        lines.append(f"    {_padded(text, width)} -> {_read_as(status)}")
    more = len(check.statuses) - STATUSES_SHOWN
    if more > 0:
        lines.append(f"    … and {more} more (check --json lists them all)")
    return lines


def _read_as(status: StatusRead) -> str:
    """'rejected', 'not read: the row needs info', or 'interviewing (3 rows), rejected (1)'."""
    words = [outcome or "not read: the row needs info" for outcome, _ in status.read_as]
    if len(words) == 1:
        return words[0]
    first, *rest = status.read_as
    return ", ".join(
        f"{word} ({n} row{'s' if n != 1 else ''})" if i == 0 else f"{word} ({n})"
        for i, (word, (_, n)) in enumerate(zip(words, [first, *rest], strict=True))
    )


def _padded(text: str, width: int) -> str:
    """``text`` with spaces after it up to ``width`` terminal columns (``display_width``), so a
    column of Japanese headers lines up as one of English ones does."""
    return text + " " * (width - display_width(text))


def _said_again(check: SheetCheck, following: list[SheetCheck]) -> bool:
    """The file's refusal is said once, under its last sheet: the next report is that file's."""
    return any(c.path == check.path and c.refusal == check.refusal for c in following)


def refusals(checks: list[SheetCheck]) -> list[tuple[str, str]]:
    """Each file's refusal once, with the name of the line that says it (``check -q``): the
    file's when it has several tracker sheets (the refusal names the sheets), else the
    sheet's."""
    said = []
    for i, check in enumerate(checks):
        if check.refusal is None or _said_again(check, checks[i + 1 : i + 2]):
            continue
        several = any(c.path == check.path for c in checks[:i])
        said.append((check.file or check.path.name if several else check.name, check.refusal))
    return said


def _spans(letters: list[str]) -> str:
    """Column letters as runs of neighbours: "K–V", or "K–M, O–V" when another stands between."""
    numbers = [column_index_from_string(letter) for letter in letters]
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ", ".join(
        get_column_letter(run[0]) + (f"–{get_column_letter(run[-1])}" if len(run) > 1 else "")
        for run in runs
    )


def _problem_line(problem: RowProblem) -> str:
    """'row 7      D7: ...' — CSV messages already start with 'row 7, column ...'."""
    if problem.message.startswith(f"row {problem.row},"):
        return problem.message
    return f"row {problem.row:<6} {problem.message}"


def to_json(checks: Iterable[SheetCheck], notes: Iterable[str] = ()) -> dict[str, Any]:
    """The same as ``to_text``, as plain data (``json.dumps`` it as it is), with ``notes``: what
    the scan of the folders did not read, and why (``read.find_trackers``), as ``run --json``
    gives them, and the config's notes (a signature past half a cell)."""
    return {
        "trackers": [
            {
                "path": str(c.path),
                "sheet": c.sheet,
                "kind": c.kind or None,
                "error": c.error,
                "left_alone": c.left_alone,
                "header_row": c.header_row,
                "rows": c.rows,
                "needs_info": c.needs_info,
                "row_kinds": dict(c.kinds),
                "columns": [
                    {
                        "column": m.column,
                        "header": m.header,
                        "field": m.field,
                        "date_order": m.date_order,
                    }
                    for m in c.columns
                ],
                "ignored": [{"column": letter, "header": h} for letter, h in c.ignored],
                "tool_columns": [{"column": letter, "header": h} for letter, h in c.tool_columns],
                "notes": list(c.notes),
                "problems": [{"row": p.row, "message": p.message} for p in c.problems],
                "statuses": [
                    {
                        "text": s.text,
                        "rows": s.rows,
                        "read_as": [
                            {"outcome": outcome or None, "rows": n} for outcome, n in s.read_as
                        ],
                    }
                    for s in c.statuses
                ],
                "refusal": c.refusal,
                "calendars": list(c.calendars),
                "days_off": c.days_off or None,
                "encoding": None
                if c.encoding is None
                else {
                    "codec": c.encoding,
                    "name": encoding_name(c.encoding),
                    "chosen": c.encoding_chosen,
                },
            }
            for c in checks
        ],
        "notes": list(notes),
    }
