"""A tracker against the tool's last in-place run on it (its record beside the backups,
``rerun``), and what that run tells this one.

- Nothing to do: a file unchanged since, with the same as-of date and config, is answered
  with that run's reports (``unchanged_reports``), as is a file still open in Excel or
  LibreOffice whose last save holds the results (``open_noted``).
- What it said already: the notices that run showed are marked ``told`` (``marked_told``), so
  that ``repeat_notes = false`` shows each once, and the note of unsigned drafts is shown
  once in any case (``told_before``).
- What the person typed since: the hand edits in the tool's text columns, against that run's
  record or, without one, against the tool's texts computed again as of the date the workbook
  says it was last written (``settle_hand_edits``), and what the run says of them
  (``tell_hand_edits``). ``hand_edits`` decides which edit is kept.

``batch`` calls these around a file's read, compute and write.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from followup_batch.compute import Computed, blank_client_cells, compute_sheets
from followup_batch.errors import UnsafeWrite
from followup_batch.read.sniff import require_tracker_file

if TYPE_CHECKING:
    import pandas as pd

    from followup_batch.batch import RunOptions
    from followup_batch.config import Config
    from followup_batch.memory.hand_edits import Memory, Settled
    from followup_batch.memory.marks_seen import MarksSeen
    from followup_batch.read import RawTable
    from followup_batch.reports import SheetReport
    from followup_batch.write.atomic import Fingerprint
    from followup_batch.write.csv_workbook import CarriedOver


def unchanged_reports(path: Path, config: Config, options: RunOptions) -> list[SheetReport] | None:
    """The reports of an in-place run whose stamp matches the last run's (nothing to write),
    read without the lock: the stamp and the file are only read, and a write replaces the
    file whole. None when the run has work to do."""
    from followup_batch.memory import rerun
    from followup_batch.write.atomic import fingerprint, resolve_target

    if options.output is not None or not options.reuse or options.collect:
        return None
    try:
        real = resolve_target(path, read_only=True)
    except UnsafeWrite:
        return None
    require_tracker_file(path)  # before the fingerprint below reads it: a pipe never ends
    read_version = fingerprint(path)
    if read_version is None:
        return None
    config = options.file_config(path, config)
    key = rerun.run_key(config, options.as_of, path.name)
    last = rerun.recall(real, rerun.stamp(read_version.sha256, key))
    if last is None:
        return None
    told = told_before(rerun.told_notices(real), config.repeat_notes)
    return open_noted(
        marked_told(rerun.reports_of(path, last, options.file_name(path)), told), path
    )


def held_already(
    path: Path,
    real: Path | None,
    key: str | None,
    read: Fingerprint | None,
    reports: list[SheetReport],
    settled: list[Settled],
    result: str | None = None,
) -> list[list[str]] | None:
    """Whether the in-place write of the file just read and computed would change nothing:
    the file is, byte for byte, the one the tool's last run with the same as-of date, config
    and version left (its record's stamp, ``rerun.recall``), and still is, and no text typed
    in the tool's columns is to be replaced. The write would build the whole package only to
    find it equal to the file and throw it away (a 100,000-row re-run paid 8 s for it: issue
    15). Returns, for each sheet, the notes that write would add (the file's, such as a Table
    left narrower: those of the record the read and compute did not give again); None when
    there is anything to write, or any doubt (the write then finds out).

    With ``result`` (``rerun.result_digest`` of what the write is given), a run of another
    day whose write is given the same as the one that left (or found) this very file is
    answered too: its workbook dated the file's day is the file (``write.xlsx.stamps``), so
    it writes nothing, as that write would have found after building the whole package."""
    from followup_batch.memory import rerun
    from followup_batch.write.atomic import fingerprint

    if key is None or real is None or read is None or any(s.replaced for s in settled):
        return None
    if result is None:
        last = rerun.recall(real, rerun.stamp(read.sha256, key))
    else:
        last = rerun.held_result(real, read.sha256, result)
    if last is None or [s["sheet"] for s in last.sheets] != [r.sheet for r in reports]:
        return None
    if fingerprint(path) != read:  # saved by someone since it was read: the write decides
        return None
    return [
        [note for note in sheet["notes"] if note not in report.notes]
        for sheet, report in zip(last.sheets, reports, strict=True)
    ]


def told_before(
    said: Mapping[str | None, set[str]], repeat_notes: bool
) -> dict[str | None, set[str]]:
    """Those of the notices the last run in place ``said`` (``rerun.told_notices``) that this
    run says again only with -v: all of them with ``repeat_notes = false``; else the notes a
    file needs once, that its drafts are unsigned (ot150 F6: four lines on every daily run;
    they are said again when their words change, a row or file name another)."""
    from followup_batch.drafts.signer import unsigned

    if not repeat_notes:
        return dict(said)
    return {sheet: set(unsigned(sorted(notes))) for sheet, notes in said.items()}


def marked_told(
    reports: list[SheetReport], told: Mapping[str | None, set[str]]
) -> list[SheetReport]:
    """``reports`` with each notice the last run in place showed already marked ``told``."""
    for report in reports:
        report.told = [note for note in report.notices if note in told.get(report.sheet, ())]
    return reports


def marked_known(
    reports: list[SheetReport], listed: tuple[str, dict[str | None, set[str]]] | None
) -> list[SheetReport]:
    """``reports`` with each row problem the last run in place found already (``listed``:
    ``rerun.listed_problems``) marked known, and that run's time: a nightly log lists the
    same unchanged problem once, not every night. A sheet that run did not read keeps none."""
    if listed is None:
        return reports
    ran_at, sheets = listed
    for report in reports:
        before = sheets.get(report.sheet)
        if before is not None:
            report.problems_known = [p for p in report.problems if p in before]
            report.problems_since = ran_at
    return reports


def open_noted(reports: list[SheetReport], path: Path) -> list[SheetReport]:
    """``reports`` with a notice on each when ``path`` is open in Excel or LibreOffice: it was
    left as it was, its last save holding the run's results already. Added after the reports
    are remembered: the next run's shortcut must not repeat it once the file is closed."""
    from followup_batch.write.locks import open_unchanged_note

    note = open_unchanged_note(path)
    if note is not None:
        for report in reports:
            report.notes.append(note)
            report.notices.append(note)
    return reports


def marks_with_book(
    every: list[RawTable], seen: Mapping[str | None, MarksSeen]
) -> dict[str | None, MarksSeen]:
    """``seen`` (the record's undated marks, ``rerun.marks_seen``) with the days the workbook
    of ``every`` (its tracker sheets) keeps in its calendars sheet (``marks_seen.with_book``):
    a copy of the tracker, or one put back, counts its marks from the days its runs did."""
    from followup_batch.memory.marks_seen import from_book_texts, with_book
    from followup_batch.write import calendar_marks

    book = from_book_texts(calendar_marks(every[0])) if every else {}
    found = dict(seen)
    for table in every:
        marks = with_book(seen.get(table.sheet), book.get(table.sheet, {}))
        if marks is not None:
            found[table.sheet] = marks
    return found


def computed_as_of(
    every: list[RawTable], config: Config, seen: Mapping[str | None, MarksSeen] | None = None
) -> Callable[[RawTable, dt.date], Computed]:
    """The tracker sheet ``table`` (one of ``every``, the file's tracker sheets) computed as
    of another date, as ``compute_sheets`` computes it, once a date: the tool's texts of an
    earlier run, told from the person's when there is no record of it
    (``hand_edits.memory_as_of``). ``seen``: the undated marks counted from a run's day, as
    this run counts them (``marks_seen``): the earlier run counted them so too."""

    @functools.cache
    def sheets_as_of(as_of: dt.date) -> list[Computed]:
        return compute_sheets(every, config, as_of, seen)

    def computed(table: RawTable, as_of: dt.date) -> Computed:
        at = next(i for i, other in enumerate(every) if other is table)
        return sheets_as_of(as_of)[at]

    return computed


def as_the_output_reads(
    path: Path, output: Path, table: RawTable, frame: pd.DataFrame, folder: str
) -> pd.DataFrame:
    """``frame`` (``table``'s rows, read from ``path``) with the client that the runs on the
    --output ``output`` give its rows without a Client cell: the one its own name says, or
    the folder its record keeps (``folder``, ``file_clients.client_folder_of``), where the
    tracker's name said another ("tracker" for the rows of ``run tracker.xlsx -o
    checked.xlsx``, "checked" in the runs on the copy). Its record knows rows by their client
    (the drafts' occasions, the check-ins seen unmarked): so the next run finds them. A sheet
    named for its own client keeps it."""
    from followup_batch.read.fields import FIELDS_BY_NAME
    from followup_batch.read.file_clients import client_folder_of, tracker_client

    def named() -> Iterator[tuple[str, object]]:  # the rows' companies and positions, read
        for key in ("company", "position"):  # only when a name may be one of them
            if key in table.mapping:
                header = table.headers[table.mapping[key]] or FIELDS_BY_NAME[key].header
                yield from ((header, cell) for cell in table.cells[key].tolist())

    was = tracker_client(path, folder, named()).client
    now = tracker_client(output, client_folder_of(output, (), folder), named()).client
    if table.default_client != was or now == was:
        return frame
    if "client" not in table.mapping:
        return frame.assign(client=now)
    blank = frame.index.isin(sorted(blank_client_cells(table)))
    return frame.assign(client=frame["client"].where(~blank, now))


def settle_hand_edits(
    path: Path,
    tables: list[RawTable],
    computed: list[Computed],
    options: RunOptions,
    real: Path | None,
    earlier: Callable[[RawTable, dt.date], Computed],
    read: Fingerprint | None = None,
    *,
    outbox: bool = True,
) -> list[Settled]:
    """Each sheet's hand edits in the tool's text columns, against the last in-place run
    (``hand_edits``); drafts that may be kept are kept in ``computed``. A run to --output
    keeps no state, and so tells none. Without a record of the last run, against the tool's
    texts computed again (``earlier``) as of the date the workbook says it was last written
    (``write.written_as_of``), when it says one. With ``outbox``, the texts typed in the
    workbook's Drafts sheet too (``_drafts_sheet_texts``; ``read``: the file as read, None in
    a dry run). A workbook made from a CSV (``write.csv_workbook``) holds the tool's cells of
    the --output it replaces, told against the record of the run that made that
    (``options.carried``)."""
    from followup_batch.memory import hand_edits, rerun

    carried = options.carried.get(path)
    if carried is not None:
        return _settled_as_carried(tables, computed, carried, options.as_of)
    if options.output is not None:
        return [hand_edits.Settled() for _ in tables]
    if real is None:  # a dry run: the state of the file a run would write (else refused)
        from followup_batch.write.atomic import resolve_target

        try:
            real = rerun.recorded_as(resolve_target(path))  # renamed: the record it takes
        except UnsafeWrite:
            return [hand_edits.Settled() for _ in tables]
    from followup_batch.write import written_as_of

    last = rerun.memories(real)
    # The Drafts sheet is read against the record or, without one (a copy of the tracker, a
    # file renamed or moved), the tool's texts computed again, or this run's: a message
    # polished there in a copy was rebuilt without a word, kept only in the backup (fx294).
    typed = _drafts_sheet_texts(path, tables, real, read) if outbox else None
    settled = []
    for table, done in zip(tables, computed, strict=True):
        memory = hand_edits.memory_for(last, table.sheet)
        no_record = hand_edits.NO_RECORD
        # Put back from an earlier day (ot150 F1): the file says an earlier run wrote it than
        # the one the record describes, whose texts of that day are not the person's.
        older = False
        last_stamped = None if memory is None else memory.stamped
        if memory is not None and last_stamped is not None:
            stamped = written_as_of(table)
            older = stamped is not None and stamped < last_stamped
            if stamped is not None and older:
                no_record = hand_edits.older_copy(stamped, memory.as_of or last_stamped)
        if memory is None:
            no_record = rerun.no_record_reason(real, table)
            memory = as_left_by_earlier_version(real, table)
        then = written_as_of(table) if memory is None else None
        if then is not None:
            again = done if then == options.as_of else earlier(table, then)
            memory = hand_edits.memory_as_of(table, again, then)
        texts_then = None
        if memory is not None and memory.recomputed_as_of is None:
            texts_then = _texts_then(table, done, memory, options.as_of, earlier)
        found = hand_edits.settle(
            table,
            done,
            memory,
            no_record,
            as_of=options.as_of,
            texts_then=texts_then,
            # An earlier version's Drafts sheet is worded otherwise: not looked at.
            outbox=None if no_record in hand_edits.EARLIER else typed,
        )
        if older and memory is not None:
            found.edits = hand_edits.as_in_an_older_copy(found.edits, memory)
        settled.append(found)
    return settled


def as_left_by_earlier_version(real: Path, table: RawTable) -> Memory | None:
    """The memory of ``table``'s sheet as the run of an earlier version left it, when the
    tracker (its real file, ``real``) is still that run's file, saved by no one since
    (``rerun.untouched_since_earlier_record``): each text in the tool's columns is that
    version's, worded as it did, which this one cannot compute again; none is the person's
    (report ot141, F3). None otherwise: the texts are told as without a record."""
    from followup_batch.memory import hand_edits, rerun

    if not rerun.untouched_since_earlier_record(real):
        return None
    return hand_edits.memory_as_read(table)


def _settled_as_carried(
    tables: list[RawTable], computed: list[Computed], carried: CarriedOver, as_of: dt.date
) -> list[Settled]:
    """The hand edits of a workbook made from a CSV, in the tool's cells and Drafts sheet of
    the --output it replaces (``carried``), against the memory of the run that made that; the
    memory this run leaves goes to ``carried.left``, for the record of the export; a text of
    a row gone from the export is named by that row (``CarriedOver.named``), as is a To,
    Email or Due typed over its message in the Drafts sheet (``CarriedOver.typed``)."""
    from followup_batch.memory import hand_edits

    settled = [
        hand_edits.settle(table, done, carried.memory, as_of=as_of, outbox=carried.outbox)
        for table, done in zip(tables, computed, strict=True)
    ]
    for table, done in zip(tables, settled, strict=True):
        typed = [edit for edit in carried.typed if edit.sheet == table.sheet]
        done.edits = [carried.named(edit) for edit in [*done.edits, *typed]]
        if done.memory is not None:
            carried.left[table.sheet] = done.memory
        # A message's contact typed over in the Drafts sheet is changed in the app.
        done.edits = [
            dataclasses.replace(edit, from_export=True)
            if edit.key in hand_edits.MESSAGE_CELLS
            else edit
            for edit in done.edits
        ]
    return settled


def _drafts_sheet_texts(
    path: Path, tables: list[RawTable], real: Path, read: Fingerprint | None
) -> pd.DataFrame | None:
    """The texts of a workbook's Drafts sheet (``read.outbox_cells``), where a person may
    have typed over a message (report ot112, F4); None for a CSV, and for a workbook that is
    the tool's own last version (``rerun.is_own_version``: saved by no one since, it holds
    nothing typed there): the sheet is not parsed on a night nobody opened the file."""
    from followup_batch.memory import rerun
    from followup_batch.read.outbox_cells import drafts_sheet_texts
    from followup_batch.write.atomic import fingerprint

    if tables[0].kind != "xlsx":
        return None
    version = read if read is not None else fingerprint(path)
    if version is not None and rerun.is_own_version(real, version):
        return None
    return drafts_sheet_texts(path)


def _texts_then(
    table: RawTable,
    done: Computed,
    record: Memory,
    as_of: dt.date,
    earlier: Callable[[RawTable, dt.date], Computed],
) -> Callable[[], list[Memory]]:
    """The tool's texts computed again as of the date the workbook's header note says and
    the date of the record's run, when a text differs from the record (``hand_edits.settle``
    asks only then): a backup put back over the tracker holds the tool's texts of its day,
    which are the tool's, not the person's."""
    from followup_batch.memory import hand_edits
    from followup_batch.write import written_as_of

    def texts() -> list[Memory]:
        dates = {written_as_of(table), record.as_of} - {None}
        return [
            hand_edits.memory_as_of(table, done if then == as_of else earlier(table, then), then)
            for then in sorted(d for d in dates if d is not None)
        ]

    return texts


def tell_hand_edits(
    reports: list[SheetReport], settled: list[Settled], saved: Path | None, *, dry_run: bool
) -> None:
    from followup_batch.memory.saved_edits import edit_messages

    for report, done in zip(reports, settled, strict=True):
        notices, notes = edit_messages(
            done.edits,
            saved,
            dry_run,
            no_record=done.no_record,
            recomputed_as_of=done.recomputed_as_of,
        )
        report.notes += notices + notes
        report.notices += notices
        report.news += notices + notes
