"""One tracker file through the whole flow: read → normalise → schedule → explain → write.

The CLI calls these functions and only formats what they return; scripts can call them too.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import filecmp
import functools
import os
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from followup_batch.arguments import PathField, check_kind
from followup_batch.as_of import AsOfField, frozen_with_as_of
from followup_batch.compute import (
    Computed,
    compute_sheets,
    due_by,
    left_alone,
    make_up_notes,
    outbox_sheets,
    problem_places,
    sheets_beside,
    signer_notes,
    workbook_additions,
)
from followup_batch.config import Config
from followup_batch.errors import (
    ChangedMeanwhile,
    ContactsList,
    FollowupError,
    NotATracker,
    NotReplaceable,
    OpenElsewhere,
    SameRowsCopy,
    SyncConflictCopy,
    UnsafeWrite,
    UnsupportedFile,
    describe_failure,
)
from followup_batch.memory.marks_seen import marks_now
from followup_batch.memory.since_last_run import (
    as_the_output_reads,
    computed_as_of,
    held_already,
    marked_known,
    marked_told,
    marks_with_book,
    open_noted,
    settle_hand_edits,
    tell_hand_edits,
    told_before,
    unchanged_reports,
)
from followup_batch.memory_needed import WEIGHED_BY_ROWS, refusal_or_warning
from followup_batch.normalise import (
    assumed_date_notes,
    country_notes,
    date_notes,
    repeated_apart_notes,
    resolve_roles,
    same_interview_notes,
    topic_notes,
)
from followup_batch.progress import Progress, Step, heard_by
from followup_batch.read import RawTable, read_trackers
from followup_batch.read.files import (
    A_PATH,
    path_argument,
    path_arguments,
    real_path,
    reason_named,
)
from followup_batch.read.sniff import require_tracker_file
from followup_batch.read.tracker import default_calendar_note
from followup_batch.reports import SHOWN_PROBLEM_ROWS, FileFailure, SheetReport, counted
from followup_batch.write_back import save_replaced_edits

if TYPE_CHECKING:
    from followup_batch.read import ReadOptions
    from followup_batch.write.csv_workbook import CarriedOver
    from followup_batch.write.live import LiveStatus
    from followup_batch.write.outbox import Outbox
    from followup_batch.write.xlsx.row_heights import ToolHeights


@frozen_with_as_of
class RunOptions:
    """How a run treats its files: the date everything is computed against, where the result
    goes (``output``: one input only; else each tracker in place), whether anything is written
    (``dry_run``), whether each report carries its due items (``collect``: for a digest, a
    calendar or drafts), and how many worker processes share the files (``jobs``; None: one per
    CPU from four files on). How the trackers are *read* (the sheet, the column map) is the
    config's ``reading``. With ``reuse`` an in-place run of a tracker that is unchanged since
    the last run with the same as-of date, config and tool answers with that run's reports,
    without reading or writing it (``rerun``): the reports then carry no messages or items. A
    dry run ``foresee``s the write's refusals (a table or cells of the person's in the rows the
    tracker grew into), failing the file as the run would; ``digest``, which only reads, does
    not. ``as_of`` is kept as a date: a datetime or Timestamp given is taken as its own date,
    a ``YYYY-MM-DD`` string as that day (``as_of.as_date``); ``as_of.AsOfField`` tells a
    type checker so (it takes an ``AsOf``, reads back a ``datetime.date``), and
    ``as_of.frozen_with_as_of`` that it has no default."""

    as_of: AsOfField = AsOfField()  # takes an ``AsOf``, holds a ``datetime.date``
    output: PathField = PathField("RunOptions")  # a str or a path; held as a Path
    dry_run: bool = False
    collect: bool = False
    jobs: int | None = 1
    reuse: bool = False
    foresee: bool = True
    # What the run calls each file (``read.files.find_trackers``): its path inside the folder
    # given, so two clients' Notes.xlsx in two subfolders are told apart. Else its name.
    names: Mapping[Path, str] = field(default_factory=dict)
    # The subfolders each file was found in, below the folder given (``read.files.subfolders``):
    # ``Ann Lee/Job Tracker.xlsx`` is Ann Lee's (``read.file_clients.tracker_client``).
    folders: Mapping[Path, tuple[str, ...]] = field(default_factory=dict)
    # The run's one file, named by the person (``run Answers.csv``): one that is no tracker
    # fails, saying why (``errors.NotATracker.refusal``), where a folder's is left alone.
    named_alone: bool = field(default=False, repr=False)
    # A workbook made from a CSV: what it takes over from the --output it replaces
    # (``write.csv_workbook.CarriedOver``); set by the run itself, never by a caller.
    carried: Mapping[Path, CarriedOver] = field(default_factory=dict, repr=False)

    def file_name(self, path: Path) -> str:
        return self.names.get(path) or path.name

    def for_file(self, path: Path) -> RunOptions:
        """These options as one file's worker needs them: its own name and folders only. A
        worker's task is pickled one by one; with every file's name in each, a run over 2,000
        files took 72 s instead of 8 (the names of all files sent with each file)."""
        names = {path: self.names[path]} if path in self.names else {}
        folders = {path: self.folders[path]} if path in self.folders else {}
        return dataclasses.replace(self, names=names, folders=folders)

    def file_config(self, path: Path, config: Config) -> Config:
        """``config`` as it reads the file at ``path`` (``rerun.file_reading``). Its result depends
        on the folder named for its client as on the rest of the config (``rerun.run_key``):
        the same folder, the same key, whichever way the file was named."""
        from followup_batch.memory import rerun

        reading = rerun.file_reading(path, config.reading, self.folders.get(path, ()))
        if reading is config.reading:
            return config
        return dataclasses.replace(config, reading=reading)


# Text columns are stored as Python strings while a file is processed: the work on them is
# mostly per value (rules, drafts, XML), where Arrow-backed strings cost more to take out and
# compare. A coach's 50-row file took 7 to 15% less CPU, a 100,000-row tracker about 1.5 s
# (10%) less; the files written are the same bytes (tests/test_process_files.py).
TEXT_STORAGE = "python"

# The step after computing: the tool's cells of the file against the last run's record, to
# keep what the person typed over them (``memory.since_last_run.settle_hand_edits``).
LOOKING_FOR_HAND_EDITS = "looking for edits made by hand"

# Said (-v) by a run that replaced the tool's own last version without a backup of it.
NO_BACKUP_NOTE = (
    "no backup: the file is the tool's own last version, unchanged since; the backups keep "
    "the versions saved by you or your spreadsheet program"
)


def process_file(
    path: str | os.PathLike[str],
    config: Config,
    options: RunOptions,
    *,
    progress: Progress | None = None,
) -> list[SheetReport]:
    """Read, compute and (unless ``options.dry_run``) write every tracker sheet of one file.

    While it runs, the file is locked against other followup-batch runs. With
    ``options.collect``, each report carries its due items (``exports.DUE_ITEM_COLUMNS``) for a
    digest or calendar. ``progress`` is told what is being done ("tracker.xlsx: 100,000 rows,
    computing"), and while the file is written how far each step of the write has got
    (``progress.Step``: "tracker.xlsx: 100,000 rows, writing the tracker sheet", 41 of 100
    units). Raises ``FollowupError`` when the file cannot be read or written; nothing is
    written then (a file that does not exist included); ``WrongArgument`` when ``path`` is no
    path (``read.files.path_argument``) or ``config`` or ``options`` is of another kind.
    """
    tracker = Path(path_argument(path, "process_file"))
    check_kind(config, Config, "process_file", "config", "pass fb.load_config(path or None)")
    check_kind(options, RunOptions, "process_file", "options", "pass fb.RunOptions(as_of=...)")
    if not tracker.exists() and not tracker.is_symlink():
        raise FollowupError(f"{tracker}: no such file")
    require_tracker_file(tracker)  # a link whose file is gone: no lock made where it leads
    looks_copied = None
    # The dry run says the run's skip (ot116 F4). A file run to --output is the one input the
    # person chose, its answer written elsewhere: no copy counted twice, nor re-uploaded (a
    # newer export downloaded as "Alex Kim (1).csv" beside last week's is run to its workbook).
    if (not options.dry_run or options.foresee) and options.output is None:
        looks_copied = refuse_copy(tracker, options.file_config(tracker, config).reading)
    # Before the work: a file too big for the memory there is, refused with what to run
    # instead; near the limit, said (ot138 F1: a million-row CSV grew past 8 GB unsaid). A
    # workbook is weighed by ``_process``, once its last run's record has not answered.
    near_the_limit = None
    if tracker.suffix.lower() not in WEIGHED_BY_ROWS:
        near_the_limit = refusal_or_warning(tracker, options.output, options.file_name(tracker))
    reports = _process_file(tracker, config, options, progress)
    if looks_copied is not None and not options.collect:  # else the run's copies line says it
        _notice(reports[0], [looks_copied])
    if near_the_limit is not None:
        _notice(reports[0], [near_the_limit])
    return reports


def _process_file(
    tracker: Path, config: Config, options: RunOptions, progress: Progress | None
) -> list[SheetReport]:
    """``process_file`` once the file is known to be a tracker to run."""
    from followup_batch.write.locks import file_lock, left_by_a_stopped_run, took_over

    if options.output is not None and _makes_workbook(tracker, options.output):
        return _process_as_workbook(tracker, config, options, progress)
    say = progress or _quiet
    with pd.option_context("mode.string_storage", TEXT_STORAGE):
        if options.dry_run:
            reports = _process(tracker, config, options, say)
            if options.foresee and options.output is None:  # as the run says it, nothing moved
                _notice(reports[0], _would_carry_over(real_path(tracker)))
            return reports
        if options.output is not None:
            _make_output_folder(options.output)
        with contextlib.ExitStack() as held:
            left = left_by_a_stopped_run(options.output or tracker)
            try:  # guard what gets replaced
                held.enter_context(file_lock(options.output or tracker))
            except (FollowupError, OSError) as exc:  # another run holds it, or no room for it
                # Nothing to write: no lock needed (ot45 F1), on a full disk or in a folder
                # that takes no new file (a read-only share re-run the same day).
                if _no_room_for_lock(exc) and (same := unchanged_reports(tracker, config, options)):
                    return same
                refused = _busy_or_open(exc, options.output or tracker)
                if not options.collect:
                    if refused is exc:
                        raise
                    raise refused from None
                # Read all the same, for the run's exports.
                failure = _not_written(
                    refused, tracker, _read_for_exports(tracker, config, options, say)
                )
                if failure is exc:
                    raise
                raise failure from exc
            lock_left = took_over(options.output or tracker, left)
            cleared = _clear_leftovers(options.output or tracker, lock_left)
            with _said_if_failed(cleared):
                return _process_locked(tracker, config, options, say, cleared)


def _process_locked(
    tracker: Path, config: Config, options: RunOptions, say: Progress, cleared: list[str]
) -> list[SheetReport]:
    """``_process`` of a tracker whose lock the run holds, saying first what it ``cleared``
    of a killed run's files (``_clear_leftovers``)."""
    if options.output is not None:
        reports = _process(tracker, config, options, say)
        _notice(reports[0], cleared)
        return reports
    from followup_batch.memory import rerun
    from followup_batch.write.csv_workbook import carry_over_export

    # "t.xlsx" renamed "t.XLSX", or renamed in Finder: the same tracker, a workbook made from
    # an export known by its cells too (ot121 F5); and the records of trackers gone from the
    # folder for a while (ot116 F5).
    real = real_path(tracker)
    said = [
        *cleared,
        *(rerun.carry_over_record(real) or carry_over_export(real)),
        *rerun.prune_gone_records(real),
    ]
    reports = _process(tracker, config, options, say)
    _notice(reports[0], said)
    return reports


@contextlib.contextmanager
def _said_if_failed(notes: list[str]) -> Generator[None, None, None]:
    """Carry ``notes`` of what the run did beside the file (a killed run's leftovers cleared)
    on the error that then fails or skips it, as the exception's notes (PEP 678), said with
    its line (``FileFailure.notes``): the run had removed them without a word when the file
    was then damaged or open in Excel."""
    try:
        yield
    except Exception as exc:
        for note in notes:
            exc.add_note(note)
        raise


def _would_carry_over(real: Path) -> list[str]:
    """What a dry run says of the records and backups a run in place would take over from the
    name the tracker (its ``real`` file) was renamed from: the last run's, or those of the
    export it was made from (``rerun.carry_over_record``, ``carry_over_export``)."""
    from followup_batch.memory import rerun
    from followup_batch.write.csv_workbook import would_carry_over_export

    return rerun.would_carry_over_record(real) or would_carry_over_export(real)[0]


LEFTOVERS_NOTE = "cleared what an interrupted run left ({what})"


def _clear_leftovers(target: Path, lock_left: bool) -> list[str]:
    """Remove the temporary files a killed run (SIGKILL, a power cut) left beside ``target``
    and say so, with its lock (``lock_left``), which this run took over and removes with its
    own. Sync clients and Windows Explorer show these hidden files: seen to go without a word,
    a person could not tell whether they held anything (ot129 F1). No note when none was left."""
    from followup_batch.write.atomic import remove_stale_temps

    temps = len(remove_stale_temps(real_path(target)))
    left = ["a temporary file" if temps == 1 else counted(temps, "temporary file")] * bool(temps)
    if lock_left:
        left.append("a lock")
    return [LEFTOVERS_NOTE.format(what=" and ".join(left))] if left else []


def _makes_workbook(tracker: Path, output: Path) -> bool:
    """A CSV run whose --output is a workbook (``write.csv_workbook``)."""
    from followup_batch.invocation import OUTPUT_KINDS

    kinds = OUTPUT_KINDS.get(tracker.suffix.lower()), OUTPUT_KINDS.get(output.suffix.lower())
    return kinds == ("csv", "xlsx")


def _process_as_workbook(
    tracker: Path, config: Config, options: RunOptions, progress: Progress | None
) -> list[SheetReport]:
    """A CSV tracker run to a workbook --output (ot113 F8: the apps people track a search in
    export CSV only): its cells made a workbook (``write.csv_workbook``), which is run as any
    workbook to the --output. An --output that holds anything but the CSV's cells or those
    the last CSV run made (edits made in it since, another workbook) is refused
    (``existing_output``); one the last run made takes a newer export's rows, with what the
    person made of the tool's columns and Drafts sheet (``carried_over``). The workbook is
    made in a folder of its own, under the --output's name and in a folder of its folder's
    name (a client's name, ``file_clients``), so its rows read as they will when it is run in
    place (ot114 F3: a client named by the CSV's name signed the first drafts, none after);
    the reports name the CSV."""
    import tempfile

    from followup_batch.write import csv_workbook

    # Read as a CSV run reads it: what it refuses is refused in the same words.
    reading = options.file_config(tracker, config).reading
    say, name = progress or _quiet, options.file_name(tracker)
    say(Step(f"{name}: reading"))
    with pd.option_context("mode.string_storage", TEXT_STORAGE):
        (table,) = read_trackers(tracker, reading)
    assert options.output is not None
    # A workbook renamed since the export it was made from takes that export's records.
    was = None  # a dry run moves nothing: the records of the name it had are read there
    if options.dry_run:
        renamed, was = csv_workbook.would_carry_over_export(options.output)
    else:
        renamed = csv_workbook.carry_over_export(options.output)
    start = csv_workbook.replacing(options.output, table, tracker.name, reading, records_of=was)
    with tempfile.TemporaryDirectory(prefix="followup-batch-") as scratch:
        folder = Path(scratch, real_path(options.output).parent.name or "tracker")
        folder.mkdir()
        book = folder / f"{options.output.stem}.xlsx"
        created = dt.datetime.combine(options.as_of, dt.time())
        rows = counted(len(table.cells), "row")
        with heard_by(lambda told: say(told._replace(what=f"{name}: {rows}, {told.what}"))):
            sheet = csv_workbook.csv_as_workbook(
                start.grid, book, tracker.name, created, start.sheet
            )
        table = csv_workbook.record_only(table)
        as_book = dataclasses.replace(
            options,
            names={book: options.file_name(tracker)},
            folders={book: options.folders[tracker]} if tracker in options.folders else {},
            carried={book: start.carried},
        )
        reports = process_file(book, config, as_book, progress=progress)
    for report in reports:
        report.path = tracker
        for frame in (report.items, report.links, report.messages):
            if frame is not None and "path" in frame.columns:
                frame["path"] = str(tracker)
    said = "" if start.update is None else start.update.said(options.output.name, options.dry_run)
    if said and not reports[0].unchanged:  # first: what became of the workbook
        reports[0].notes.insert(0, said)
        reports[0].notices.insert(0, said)
        reports[0].news.append(said)
    _notice(reports[0], renamed)
    if not options.dry_run and reports[0].written is not None:
        lost = start.remember(options.output, table, sheet, unchanged=reports[0].unchanged)
        _notice(reports[0], lost)
        reports[0].news += lost
    return reports


def _busy_or_open(exc: Exception, target: Path) -> Exception:
    """``exc``, or when it is another run holding the lock on a file that Excel or
    LibreOffice has open, the file's being open (``write.locks.open_error``): skipped, not
    failed, as the run holding the lock finds it too. Said as 'being updated by another
    followup-batch run … try again when it finishes', FAILED, it sent a coach to run again
    while the client still had the file open (ot109 F2)."""
    from followup_batch.errors import FileLocked, OpenElsewhere
    from followup_batch.write.locks import open_error

    if isinstance(exc, FileLocked) and not isinstance(exc, OpenElsewhere):
        return open_error(target) or exc
    return exc


def _no_room_for_lock(exc: BaseException) -> bool:
    """``exc`` (or the error it was raised from) says the lock file could not be made or
    written where the tracker is: the disk is full or its quota used up, the folder takes no
    new file (no permission, a read-only disk). Not another run holding the lock."""
    import errno

    cause = exc if isinstance(exc, OSError) else exc.__cause__
    refused = (errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EPERM, errno.EROFS)
    return isinstance(cause, OSError) and cause.errno in refused


def _not_written(exc: Exception, path: Path, reports: list[SheetReport]) -> Exception:
    """``exc``, which kept a file that was read from being written, carrying the file's
    ``reports`` for the run's exports (``FileFailure.reports``): a full disk or a refused
    permission in its words (``describe_failure``), as its FAILED line says it. ``exc``
    itself when it is none of those (a bug)."""
    if isinstance(exc, FollowupError):
        exc.reports = reports
        return exc
    reason = describe_failure(exc, path)
    if reason is None:
        return exc
    failure = FollowupError(reason)
    failure.reports = reports
    return failure


def _read_for_exports(
    path: Path, config: Config, options: RunOptions, say: Progress
) -> list[SheetReport]:
    """The reports of a tracker the run cannot write, read as ``digest`` reads it (its last
    save, no lock: a write replaces the file whole, so a reader sees one version or the
    other), for the run's digest, calendar and drafts. A file that cannot be read raises its
    reason, which comes first, as for a read-only file (``_process``)."""
    reading = dataclasses.replace(options, dry_run=True, foresee=False, reuse=False)
    return _process(path, config, reading, say)


def _quiet(_: Step) -> None:
    pass


def _make_output_folder(output: Path) -> None:
    """The --output's folder, made when missing, as the calendar's, the digest's and the
    drafts' are (``--output out/checked.xlsx --ics out/due.ics`` into a new ``out``)."""
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # checked before the run, so something changed since
        raise FollowupError(
            f"cannot write {output}: cannot create {output.parent}: {exc.strerror or exc}"
        ) from None


def _process(path: Path, config: Config, options: RunOptions, say: Progress) -> list[SheetReport]:
    from followup_batch.memory import rerun
    from followup_batch.write.atomic import CHANGED_MEANWHILE, fingerprint, resolve_target

    as_of, output = options.as_of, options.output
    name = options.file_name(path)
    config = options.file_config(path, config)
    require_tracker_file(path)  # before the fingerprint below reads it all (a pipe never ends)
    refused: UnsafeWrite | None = None
    real: Path | None = None  # the file replaced (a link's target)
    if not options.dry_run:  # a file that cannot be replaced is refused before the work
        try:
            # A read-only file is refused by its write, when it would change (``write``).
            real = resolve_target(output or path, read_only=True)
        except UnsafeWrite as exc:
            # Refused once it is read: a file that can never be read (.xlsb, encrypted,
            # damaged) says so first, not "make it writable" and then that. Read for the run's
            # exports too (a read-only tracker, say).
            refused = exc
    # The version read: a save made by someone else before the write is seen and kept.
    read_version = None if options.dry_run else fingerprint(path)
    key = None  # in place: the stamp of this run's inputs but the file, for the next run
    told: dict[str | None, set[str]] = {}  # what the last run in place said (``told_before``)
    if output is None and read_version is not None:
        key = rerun.run_key(config, as_of, path.name)
        if real is not None:
            told = told_before(rerun.told_notices(real), config.repeat_notes)
        last = None
        if options.reuse and not options.collect and real is not None:
            last = rerun.recall(real, rerun.stamp(read_version.sha256, key))
        if last is not None:  # nothing to write: a file open in Excel is no obstacle
            return open_noted(marked_told(rerun.reports_of(path, last, name), told), path)
    # A workbook is weighed here, not before the record's answer: its rows may be counted
    # (``memory_needed.workbook_rows``), a second of a same-night run that reads nothing. One
    # made of a CSV (``options.carried``) was weighed as the CSV.
    near_the_limit = None
    if path.suffix.lower() in WEIGHED_BY_ROWS and path not in options.carried:
        near_the_limit = refusal_or_warning(path, output, name)
    say(Step(f"{name}: reading"))
    try:
        read = read_trackers(path, config.reading)
    except UnsupportedFile as exc:
        if read_version is not None and fingerprint(path) != read_version:
            # Read while another program was saving it: the file is likely fine now.
            raise ChangedMeanwhile(CHANGED_MEANWHILE.format(name=name)) from exc
        raise
    if refused is not None and not options.collect:
        raise refused
    if refused is None and not options.dry_run and read and read[0].kind == "xlsx":
        # A damaged part the write edits beside the sheet (its styles, comments, drawing,
        # VML comment boxes) is refused before the work, in check's words; the sheets are parsed
        # strictly only if the written file does not read back (read.damage).
        from followup_batch.read.xlsx_cells import refuse_damaged_workbook

        # The sheets' relationships as read: a written tracker's are not parsed a third time.
        as_read = {t.sheet: t.sheet_rels for t in read if t.sheet}
        refuse_damaged_workbook(path, list(as_read), sheets_too=False, rels=as_read)
    # The Date and yes/no columns decided by their values, so the notes say what was taken.
    tables = [resolve_roles(table) for table in read]
    calendar = default_calendar_note(tables, config.reading)
    for note in (calendar, near_the_limit):  # once for the file, in a plain run too
        if note is not None and tables:
            tables[0].notes.append(note)
            tables[0].notices.append(note)
    reports = []
    target = output or path
    rows = counted(sum(len(table.cells) for table in tables), "row")
    say(Step(f"{name}: {rows}, computing"))
    # With --sheet, the workbook's other tracker sheets are computed too, never written: to
    # link a split tracker's rows, and for the Drafts and Summary sheets of the whole workbook.
    every = sheets_beside(path, config.reading, tables) or tables
    # The applications its rows hold: a file under a name another tracker had does not take
    # that tracker's record, nor prune its backups (ot121 F2).
    from followup_batch.memory.hand_edits import applications

    held_applications = set().union(*(applications(table.cells) for table in every))
    set_aside: list[str] = []
    if key is not None and real is not None and rerun.other_tracker(real, held_applications):
        set_aside = rerun.set_aside(real)
    elif (
        options.dry_run
        and options.foresee
        and output is None
        and rerun.other_tracker(real_path(path), held_applications)
    ):  # said as the run would, nothing moved
        set_aside = [rerun.would_set_aside(real_path(path))]
    # The file whose record the run reads: a dry run reads a renamed tracker's where it is,
    # as the run takes it over first (``rerun.recorded_as``).
    recorded = rerun.recorded_as(real_path(path)) if options.dry_run else real_path(path)
    # What the last in-place run saw of the undated check-in marks (``marks_seen``), and the
    # row problems it found, which the log does not list again (``marked_known``).
    seen = rerun.marks_seen(recorded) if output is None else {}
    # ... with the days the workbook keeps, for a file copied or put back (ot150 F1).
    seen = marks_with_book(every, seen)
    listed = rerun.listed_problems(recorded) if output is None else None

    def named_steps(step: Step) -> None:  # a step of the computing or the write, file named
        say(step._replace(what=f"{name}: {rows}, {step.what}"))

    with heard_by(named_steps):
        computed_every = compute_sheets(every, config, as_of, seen)
    wanted = [any(table is read for read in tables) for table in every]
    pairs = list(zip(every, computed_every, wanted, strict=True))
    computed = [done for _, done, written in pairs if written]
    earlier = computed_as_of(every, config, seen)
    # Its own step: a 20,000-row tracker's cells and Drafts sheet against the last run's
    # record take a third of what computing takes (ot133 F1).
    say(Step(f"{name}: {rows}, {LOOKING_FOR_HAND_EDITS}"))
    settled = settle_hand_edits(path, tables, computed, options, real, earlier, read_version)
    beside = [(table, done) for table, done, written in pairs if not written]
    if beside:  # their drafts edited by hand stay in the outbox, told when they are run
        settle_hand_edits(
            path,
            [t for t, _ in beside],
            [d for _, d in beside],
            options,
            real,
            earlier,
            outbox=False,
        )
    drafted = [bool((done.output["draft"] != "").any()) for done in computed]
    # A workbook this run makes from a CSV (``options.carried``) is signed by its --output name.
    signing, signing_shown = signer_notes(
        tables, config.sender, drafted=drafted, output=path in options.carried
    )
    private = topic_notes(tables)

    for table, done, signed, shown, notes_kept in zip(
        tables, computed, signing, signing_shown, private, strict=True
    ):
        out = done.output
        unread = left_alone(table)
        repeated = repeated_apart_notes(done.frame)  # shown without -v
        report = SheetReport(
            path,
            table.sheet,
            rows=len(done.frame),
            counts=Counter(out["status"].tolist()),
            problem_rows=int((out["problems"] != "").sum()),
            notes=[
                *table.notes,
                *signed,
                *date_notes(table, config.reading),
                *country_notes(table, config.reading),
                *make_up_notes(done.frame, done.result),
                *notes_kept,
                *same_interview_notes(done.frame),
                *([unread] if unread else []),
                *repeated,
            ],
            notices=[
                *table.notices,
                *assumed_date_notes(table, config.reading),
                *shown,
                *repeated,
            ],
            problems=[line for text in out["problems"] if text for line in text.split("\n")],
            to_send=due_by(done.messages, as_of),
            problem_places=problem_places(done.frame, out["problems"], SHOWN_PROBLEM_ROWS),
            messages=done.messages,
            file=name,
            # The clients its rows name (a row without one: the file's): not the file's name
            # when every row names its client (ot65 F11).
            clients=sorted(set(done.frame["client"].astype(str))),
        )
        if options.collect:
            from followup_batch.exports import collect_due
            from followup_batch.exports.copies import interview_links

            report.items = collect_due(done.frame, out, path=path, sheet=table.sheet, file=name)
            report.links = interview_links(done.frame, out["status"], path=path)
        reports.append(report)
    marked_known(reports, listed)
    _notice(reports[0], set_aside)
    _notice(reports[0], unmatched_profiles(tables, [d.frame for d in computed], config.clients))
    if not options.dry_run or options.foresee:  # a run or its dry run: once a file
        if output is None:
            _say_misnamed(path, reports[0])
        if tables[0].kind == "xlsx":
            _say_damaged_copies(path, tables, reports[0])
    if options.dry_run:
        # Open in Excel and passed by the run: its last save holds the run's results (said
        # only when the dry run knows it does, not beside "a run may be refused").
        passed = False
        if options.foresee:  # the run's refusal, in its words, before any hand edit is told
            from followup_batch.write import check_writable, needs_write

            check_writable(_sheet_rows(tables, computed), as_of)
            results = [(table, done.output) for table, done in zip(tables, computed, strict=True)]
            # The tool's own last version (a backup is kept of any other, as the run keeps one).
            version = fingerprint(path) if output is None else None
            own = version is not None and rerun.is_own_version(recorded, version)
            refusal = foreseen_refusal(
                path, output, config, as_of, lambda: needs_write(results, as_of, own=own)
            )
            if isinstance(refusal, MayBeRefused):  # said, not failed: the run may well pass
                record = _record_said(real_path(path))
                said = MAY_BE_REFUSED.format(reason=refusal.reason(path), record=record)
                _notice(reports[0], [said])
            elif isinstance(refusal, OpenElsewhere):  # writes nothing: it reads the file open
                _notice(reports[0], [WOULD_SKIP.format(reason=reason_named(str(refusal), path))])
            elif isinstance(refusal, NotReplaceable):  # and one it cannot replace where it is
                _notice(reports[0], [WOULD_FAIL.format(reason=reason_named(str(refusal), path))])
            elif refusal is not None:
                raise _not_written(refusal, path, reports) if options.collect else refusal
            passed = refusal is None
            carried = options.carried.get(path)
            present = () if carried is None else carried.sheets
            # The backup is said only of a run that would write: none is kept of a file the
            # run would fail or skip (it was said beside "a real run would fail").
            backup = output is None and not own and passed
            _say_additions(tables, computed, reports, as_of, backup=backup, present=present)
            if passed and own and rerun.written_by_another_tool(recorded):  # an upgrade's
                upgrade = _would_upgrade(
                    path, tables, computed, every, computed_every, config, as_of
                )
                _notice(reports[0], upgrade)
        else:  # a digest: a tracker sheet check and the run refuse as damaged is not read
            from followup_batch.read.xlsx_cells import refuse_damaged_workbook

            refuse_damaged_workbook(path, [t.sheet for t in tables if t.kind == "xlsx" and t.sheet])
        tell_hand_edits(reports, settled, None, dry_run=True)
        return open_noted(reports, target) if passed else reports
    from followup_batch.memory.saved_edits import withdraw_saved
    from followup_batch.write import (
        CUT_LINKS_NOTE,
        WriteOptions,
        check_writable,
        in_the_way,
    )
    from followup_batch.write import write_results as write_sheet

    try:
        if refused is not None:
            raise refused
        # Each sheet is written on its own: a later sheet's refusal is found before the first
        # is written, so that a refused workbook is left whole, as its message says, and then
        # names what is in the way on every sheet, the first's too, as the dry run and check
        # do. Alone in the way, the first sheet's write refuses it in the same words.
        sheet_rows = _sheet_rows(tables, computed)
        if in_the_way(sheet_rows[1:], as_of):
            check_writable(sheet_rows, as_of)
        say(Step(f"{name}: {rows}, writing"))
        # Unchanged since the tool's last run with these inputs: nothing to build or write.
        held = held_already(path, real, key, read_version, reports, settled)
        if held is None or every is not tables:  # --sheet: its notes on the first report
            lives, outbox = _additions(tables, every, computed_every, config, as_of, reports)
        # Another day, the write given what the run that left the file gave it: nothing to
        # build either (a date-only night, issue 15). The notes so far are in it, so that the
        # record's notes beyond them are the write's.
        given = None
        if held is None and key is not None:
            given = rerun.result_digest(
                rerun.result_key(config, path.name),
                [(table.sheet, done.output) for table, done in zip(tables, computed, strict=True)],
                lives,
                outbox,
                [(report.notes, report.notices) for report in reports],
            )
            held = held_already(path, real, key, read_version, reports, settled, given)
        sheets = zip(tables, computed, reports, settled, strict=True)
        # One backup a run: the file as the run found it, not each sheet's step; none of the
        # tool's own last version, or nightly runs would push the person's out (ot41 F6).
        own = bool(key and real and read_version and rerun.is_own_version(real, read_version))
        # ... written by another version of the tool: its first run after an upgrade.
        upgraded = own and real is not None and rerun.written_by_another_tool(real)
        wrote = False
        cut_links: list[int] = []  # each sheet's links LibreOffice cut, left as they are
        # The heights the tool left on the rows, from the record: set again in place (a file
        # written to --output is made from the tracker's rows, not that file's).
        heights_before = rerun.recorded_heights(real) if output is None and real else {}
        heights_left: dict[str | None, dict[str, str]] = {}
        for i, (table, done, report, edits) in enumerate(sheets):
            if held is not None:  # as a write that finds the file holds its result
                tell_hand_edits([report], [edits], None, dry_run=False)
                report.notes += held[i]
                report.written = target
                report.unchanged = True
                continue
            # Later sheets of a workbook written to --output build on the first one's result.
            source = table if i == 0 or output is None else dataclasses.replace(table, path=target)
            # The person's text the write replaces is saved first, and taken back out when
            # the write does not land: kept only for a write that happens.
            saved = save_replaced_edits(name, target, real, edits.replaced, as_of)
            tell_hand_edits([report], [edits], saved.path if saved else None, dry_run=False)
            sheet_heights: list[ToolHeights] = []
            try:
                # The Drafts and Summary sheets come with the last tracker sheet (the outbox
                # knows). A file open in Excel is refused (FileLocked) unless it holds the
                # result already.
                with heard_by(named_steps):
                    written = write_sheet(
                        source,
                        done.output,
                        target,
                        as_of,
                        # Once a sheet of the file is written, the others are dated
                        # anew with it: the file's stamps are kept only if none changed.
                        options=WriteOptions(
                            backup=not (wrote or own),
                            due_soon_bd=config.rules.due_soon_bd,
                            keep_stamps=not wrote,
                            upgraded=upgraded and not wrote,
                        ),
                        live=lives[i] if table.kind == "xlsx" else None,
                        outbox=outbox if table.kind == "xlsx" else None,
                        # The version read: in place, a save since is kept; with
                        # --output, it is not written from the version before that save.
                        expected=read_version if output is None or i == 0 else None,
                        watch={path: read_version} if output is not None and i else None,
                        notes=report.notes,
                        news=report.news,
                        notices=report.notices,
                        cut_links=cut_links,
                        last_heights=_tool_heights(heights_before.get(table.sheet)),
                        heights_left=sheet_heights,
                    )
                if sheet_heights:
                    heights_left[table.sheet] = sheet_heights[-1].to_json()
            except BaseException:
                withdraw_saved(saved)
                raise
            if not written:  # the file held this result already: nothing was replaced
                withdraw_saved(saved)
            report.written = target
            report.unchanged = not written
            if written and own and not wrote:
                report.notes.append(NO_BACKUP_NOTE)
                report.news.append(NO_BACKUP_NOTE)
            wrote = wrote or written
            if output is None:  # the next sheet is written over this result
                read_version = fingerprint(path)
        if sum(cut_links):  # once for the file
            _notice(reports[0], [CUT_LINKS_NOTE.format(links=counted(sum(cut_links), "link"))])
    except ChangedMeanwhile:
        raise  # what was read is not the file any more: nothing of it reaches the exports
    except (FollowupError, OSError, MemoryError) as exc:
        # Read, not written (open elsewhere, read-only, in the way, a full disk): its
        # follow-ups still reach the run's digest, calendar and drafts, from its last save,
        # as the digest command reads it.
        failure = _not_written(exc, path, reports) if options.collect else exc
        if failure is exc:
            raise
        raise failure from exc
    if read_version is not None and real is not None:  # as it was left
        # A file written to --output gets its record too, so that the run on it next is a
        # re-run: it tells the tool's texts from the person's and counts a box ticked since
        # from its own day (ot120 F1). With no stamp: that run reads the file by its own name
        # (which may name another client), so it reads and computes it again.
        from followup_batch.memory.hand_edits import Memory, memory_written
        from followup_batch.write import written_as_of

        left = read_version if output is None else fingerprint(real)
        # The rows as the runs on the file read them: a copy's name may give another client.
        frames = [
            done.frame
            if output is None
            else as_the_output_reads(path, output, table, done.frame, config.reading.client_folder)
            for table, done in zip(tables, computed, strict=True)
        ]
        memories: dict[str | None, Memory] = {}
        for table, result, frame, edits in zip(tables, computed, frames, settled, strict=True):
            if edits.memory is not None:
                memories[table.sheet] = edits.memory
            elif output is not None:  # the tool's texts, written whole: none of the person's
                keyed = dataclasses.replace(result, frame=frame)
                memories[table.sheet] = memory_written(table, keyed, as_of)
            if table.sheet in memories:  # the day the file says it was written, as left
                # A CSV written to a workbook: the workbook's stamps, as the next run reads them.
                left_as = (
                    table
                    if output is None
                    else dataclasses.replace(
                        table,
                        path=target,
                        kind="xlsx" if target.suffix.lower() in (".xlsx", ".xlsm") else table.kind,
                    )
                )
                stamped = written_as_of(left_as)
                memories[table.sheet] = dataclasses.replace(memories[table.sheet], stamped=stamped)
        # The sheets not written keep what the tool last wrote there, for their next run (in
        # a copy to --output, as the tracker's record has them).
        names = {table.sheet for table, _ in beside}
        before = real if output is None else real_path(path)
        kept = {s: m for s, m in rerun.memories(before).items() if s in names} if names else {}
        # ... and what the last run that wrote them saw of their check-in marks (fx155).
        seen_before = seen if output is None or not names else rerun.marks_seen(before)
        kept_marks = {sheet: m for sheet, m in seen_before.items() if sheet in names}
        lost = rerun.remember(
            real,
            "" if key is None else rerun.stamp(read_version.sha256, key),
            reports,
            memories,
            kept,
            config.reading.client_folder,
            wrote=left if wrote else None,
            marks={
                table.sheet: marks_now(frame, as_of)
                for table, frame in zip(tables, frames, strict=True)
            },
            marks_beside=kept_marks,
            read=left,
            applications=held_applications,
            result=given,
            heights=heights_left,
        )
        if lost is not None:  # said once, without -v: the next run's dates may differ
            _notice(reports[0], [lost])
            reports[0].news.append(lost)
    return open_noted(marked_told(reports, told), target)


def _tool_heights(kept: object) -> ToolHeights | None:
    """The heights a record kept of a sheet (``rerun.recorded_heights``); None when it kept
    none or they cannot be read (then every height is only raised)."""
    from followup_batch.write.xlsx.row_heights import ToolHeights

    if kept is None:
        return None
    try:
        return ToolHeights.from_json(kept)
    except (ValueError, TypeError):
        return None


# A dry run's notice (no record of the last run with this run's inputs) of a refusal the run
# makes only when it has something to write, which the dry run cannot tell
# (``write.needs_write``); ``{record}``: ``NO_RECORD_HERE`` or ``OTHER_RECORD``.
MAY_BE_REFUSED = (
    'a run may be refused, saying "{reason}": it refuses the file only if it has something to '
    "write, which this dry run cannot tell {record}"
)
# A dry run's notice of a file open in Excel or LibreOffice that the run would skip: the dry
# run writes nothing, so it reads the file and says its result all the same (ot119 F4: it was
# skipped, which is the one run a person looking at the file in a spreadsheet may make).
WOULD_SKIP = "a real run would skip this file while it is open: {reason}"
# The same of a file the run cannot replace where it is (``NotReplaceable``): read-only (or
# --output), which the run fails to write when its result differs from what the file holds
# (fx293: the dry run failed, as if it wrote); hard-linked, or in a folder (or beside a backup
# folder) that takes no new file (fx303: the dry run failed too, its rows unseen).
WOULD_FAIL = "a real run would fail: {reason}"
NO_RECORD_HERE = "without a record of the last run (none in .followup-backups/)"
# A record of another day's run (or config, or version of the file): a workbook whose result
# differs only in its dates is left as it is (``write.xlsx.stamps``), which only the write tells.
OTHER_RECORD = (
    "from the record of the last run in .followup-backups/, made for another as-of date, "
    "config or version of the file"
)


# A record without a stamp: of a run to --output, or of a script's write (``write_results``).
UNSTAMPED_RECORD = (
    "from the record in .followup-backups/ of the write that made the file (with --output or "
    "by a script), which keeps no stamp of that run's inputs"
)


def _record_said(tracker: Path) -> str:
    """How the dry run's notice of a refusal it cannot foresee names the record of ``tracker``'s
    last run (``MAY_BE_REFUSED``): none, one of another run's inputs, or one with no stamp."""
    from followup_batch.memory import rerun

    if not rerun.has_record(tracker):
        return NO_RECORD_HERE
    return OTHER_RECORD if rerun.has_stamp(tracker) else UNSTAMPED_RECORD


class MayBeRefused(FollowupError):
    """A refusal a run makes only when its result differs from the file (open in Excel,
    read-only), foreseen without knowing whether it does: ``refusal``, the run's own."""

    def __init__(self, refusal: FollowupError) -> None:
        super().__init__(str(refusal))
        self.refusal = refusal

    def reason(self, path: Path) -> str:
        """The refusal's words, not naming the file again (the report's line names it)."""
        from followup_batch.read.files import reason_named

        return reason_named(str(self.refusal), path)


def foreseen_refusal(
    path: Path,
    output: Path | None,
    config: Config,
    as_of: dt.date,
    writes: Callable[[], bool | None] | None = None,
) -> FollowupError | None:
    """What a run would meet writing ``path`` (or ``output``), for its dry run to say it in
    the run's words: the file open in Excel or LibreOffice (skipped), or read-only, or in a
    folder (or with a backup folder) that takes no new file (failed). None when nothing is
    in the way, or when the run would write nothing anyway: in place, the last run's record
    says the file holds this run's results already (``rerun.recall``), or, without one,
    ``writes()`` says the run's result is what the file holds (False: the decision the run's
    write makes, ``write.needs_write``); a folder that takes no lock file, the record alone.
    ``MayBeRefused`` when ``writes()`` cannot tell (None). Without ``writes`` (``check``,
    which computes no result) the refusal is said as the run would meet it with something to
    write."""
    from followup_batch.memory import rerun
    from followup_batch.write.atomic import (
        backup_refusal,
        fingerprint,
        read_only_error,
        resolve_target,
    )
    from followup_batch.write.locks import lock_refusal, open_error

    target = output or path
    try:
        real = resolve_target(target, read_only=True)
    except UnsafeWrite as exc:  # hard-linked, say: the run refuses it, whatever it holds
        return exc
    if (cannot_lock := lock_refusal(target)) is not None:
        # A folder that takes no lock file: refused unless the last run's record says the
        # file holds this run's results (``process_file``), whatever a write would change.
        read = fingerprint(path) if output is None else None
        key = read and rerun.stamp(read.sha256, rerun.run_key(config, as_of, path.name))
        return None if key and rerun.recall(real, key) is not None else cannot_lock
    opened = (open_error(p) for p in dict.fromkeys((target, real)))
    refusal: FollowupError | None = next((e for e in opened if e is not None), None)
    refusal = refusal or read_only_error(real)
    read = fingerprint(path) if output is None else None
    if refusal is None and read is not None and not rerun.is_own_version(real, read):
        refusal = backup_refusal(real)  # the version the run replaces is kept first
    if refusal is None or read is None:
        return refusal
    key = rerun.stamp(read.sha256, rerun.run_key(config, as_of, path.name))
    if rerun.recall(real, key) is not None:
        return None
    if writes is None:  # open elsewhere or read-only: refused by a write that changes the file
        return refusal
    changes = writes()
    if changes is None:
        return MayBeRefused(refusal)
    return refusal if changes else None


def _additions(
    tables: list[RawTable],
    every: list[RawTable],
    computed: list[Computed],
    config: Config,
    as_of: dt.date,
    reports: list[SheetReport],
) -> tuple[list[LiveStatus | None], Outbox]:
    """``workbook_additions`` for the ``tables`` written, of the workbook's tracker sheets
    ``every`` (``computed``): with ``--sheet`` the Drafts and Summary sheets are still made of
    every sheet (``outbox_sheets``), the sheets left out said on the first report, and each
    calendar keeps its column, which the other sheets' status formulas name."""
    from followup_batch.memory.marks_seen import book_texts, counted_marks, from_book_texts
    from followup_batch.write import calendar_columns, calendar_marks

    if every is tables:
        return workbook_additions(tables, computed, config, as_of)
    kept, layouts, notes = outbox_sheets(every, computed, tables, as_of)
    lives, outbox = workbook_additions(
        [every[at] for at in kept],
        [computed[at] for at in kept],
        config,
        as_of,
        calendar_columns(tables[0]),
    )
    outbox.layouts.update(layouts)
    # The undated marks of the sheets not written stay as the file kept them, as their record
    # does (fx155): their run counts a mark ticked since from its own day.
    written = {table.sheet for table in tables}
    counted = {
        sheet: marks
        for sheet, marks in from_book_texts(calendar_marks(tables[0])).items()
        if sheet not in written
    }
    counted.update(
        (t.sheet, counted_marks(c.frame))
        for t, c in zip(every, computed, strict=True)
        if t.sheet in written
    )
    marks = tuple(book_texts(counted))
    by_sheet = {
        every[at].sheet: None if live is None else dataclasses.replace(live, marks=marks)
        for at, live in zip(kept, lives, strict=True)
    }
    reports[0].notes += notes
    reports[0].notices += notes
    return [by_sheet[table.sheet] for table in tables], outbox


def _would_upgrade(
    path: Path,
    tables: list[RawTable],
    computed: list[Computed],
    every: list[RawTable],
    computed_every: list[Computed],
    config: Config,
    as_of: dt.date,
) -> list[str]:
    """A dry run's notice that the run would write the tool's own last version of ``path``
    again for this version's status formulas alone, as its first write after an upgrade
    says it (``write.xlsx.UPGRADED_FORMULAS``). Only a write tells that, so the first sheet is
    written as the run writes it, into a copy of the file in a scratch folder; the dry run
    said nothing of it. Nothing for a CSV, which has no formulas."""
    import shutil
    import tempfile

    from followup_batch.write import WriteOptions, write_results
    from followup_batch.write.xlsx import UPGRADED_FORMULAS, WOULD_UPGRADE_FORMULAS

    if tables[0].kind != "xlsx":
        return []
    spare = SheetReport(path, tables[0].sheet)  # the notes of --sheet, said by the run
    lives, outbox = _additions(tables, every, computed_every, config, as_of, [spare])
    said: list[str] = []
    options = WriteOptions(backup=False, due_soon_bd=config.rules.due_soon_bd, upgraded=True)
    # A copy that cannot be made or written (a full /tmp) tells nothing: the dry run goes on.
    with (
        tempfile.TemporaryDirectory(prefix="followup-batch-") as scratch,
        contextlib.suppress(FollowupError, OSError),
    ):
        copy = Path(scratch, path.name)
        shutil.copyfile(path, copy)
        write_results(
            tables[0],
            computed[0].output,
            copy,
            as_of,
            options=options,
            live=lives[0],
            outbox=outbox,
            notes=said,
        )
    return [WOULD_UPGRADE_FORMULAS] if UPGRADED_FORMULAS in said else []


def _sheet_rows(
    tables: list[RawTable], computed: list[Computed]
) -> list[tuple[RawTable, pd.Index]]:
    """Each tracker sheet and the rows a run writes to it, for ``write.check_writable``."""
    return [(table, done.output.index) for table, done in zip(tables, computed, strict=True)]


def _say_additions(
    tables: list[RawTable],
    computed: list[Computed],
    reports: list[SheetReport],
    as_of: dt.date,
    *,
    backup: bool,
    present: Sequence[str] = (),
) -> None:
    """A dry run's notice of what the run would add to each sheet's workbook (``--dry-run``
    says what it would have written); the backup is said once, as one is kept a run.
    ``present``: the tool's sheets the export's --output holds already (ot121 F8)."""
    from followup_batch.write import planned_additions

    for i, (table, done, report) in enumerate(zip(tables, computed, reports, strict=True)):
        said, notes, shown = planned_additions(
            table,
            done.output,
            as_of,
            live=done.details is not None,
            backup=backup and i == 0,
            present=present,
        )
        if said is not None:
            report.notes.append(said)
            report.notices.append(said)
        report.notes.extend(notes)  # as the run's write says them (sparklines drawn over)
        _notice(report, shown)  # the Excel Table taken down over the rows below it


def _say_misnamed(path: Path, report: SheetReport) -> None:
    """A notice when the workbook updated in place is named against its kind
    (``read.package.misnamed_note``): its name is the person's, never changed by the run."""
    from followup_batch.read.package import misnamed_note

    note = misnamed_note(path)
    _notice(report, [note] if note is not None else [])


def _say_damaged_copies(path: Path, tables: list[RawTable], report: SheetReport) -> None:
    """A notice for each sheet of the workbook but its tracker sheets ``tables`` that is
    damaged already (``read.xlsx_cells.damaged_copy_notes``): the write carries it byte for
    byte, no worse, so the run goes on, and the person learns why Excel calls the file
    damaged."""
    from followup_batch.read.damage import rewritten_missing
    from followup_batch.read.xlsx_cells import damaged_copy_notes

    notes = damaged_copy_notes(path, [table.sheet for table in tables])
    _notice(report, notes)
    # The tool's own sheet written again in its place: no longer so once the run has written.
    report.news += [note for note in notes if rewritten_missing(note)]


def unmatched_profiles(
    tables: list[RawTable],
    frames: list[pd.DataFrame],
    clients: Mapping[str, Mapping[str, str]],
) -> list[str]:
    """Of the config's ``[clients."Name"]``, those spelt like a client of the file's rows but
    naming none (``drafts.context.unmatched_client_notes``), said once for the file."""
    from followup_batch.drafts.context import unmatched_client_notes

    names = {table.default_client for table in tables}
    for frame in frames:
        names.update(frame["client"].astype(str).unique().tolist())
    return unmatched_client_notes(sorted(names), clients)


def _notice(report: SheetReport, notes: list[str]) -> None:
    """``notes`` shown by the run without -v, on ``report``."""
    report.notes += notes
    report.notices += notes


def process_files(
    files: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    config: Config,
    options: RunOptions,
    *,
    progress: Progress | None = None,
) -> Generator[tuple[Path, list[SheetReport] | FileFailure], None, None]:
    """``process_file`` over many files, yielding each file's reports (or its failure) in the
    order given. With ``options.jobs`` > 1 (None: ``default_jobs``) the files are spread over
    that many worker processes; each file's lock keeps it safe, and a file that cannot be read
    or written is a ``FileFailure`` either way (a bug still raises). ``progress`` hears from
    files processed in this process (see ``process_file``), not from workers. Raises
    ``WrongArgument`` at once for a value that is no path or list of paths (``path_arguments``;
    one path may be given alone)."""
    given = path_arguments(files, "process_files", f"a file's path ({A_PATH}), or a list of them")
    return _processed([Path(p) for p in given], config, options, progress)


def _processed(
    files: list[Path], config: Config, options: RunOptions, progress: Progress | None
) -> Generator[tuple[Path, list[SheetReport] | FileFailure], None, None]:
    """``process_files`` of the paths ``files``, one after the other or in workers."""
    jobs = workers_used(options.jobs, len(files))
    if jobs == 1:
        for path in files:
            yield path, _reports_or_failure(path, config, options, progress)
        return
    from followup_batch import workers

    if workers.forked():
        _import_file_stages()
    work = functools.partial(_file_in_worker, config=config)
    tasks = [(path, options.for_file(path)) for path in files]
    for (path, _), result in workers.results_in_order(work, tasks, jobs, gone=_worker_gone):
        yield path, result


def _import_file_stages() -> None:
    """Import here what processing a file imports on first use: the workers forked from this
    process then share it, instead of each importing it again (0.3 CPU s of a coach's
    30-file run on two workers)."""
    import holidays.countries  # noqa: F401

    from followup_batch.drafts import context  # noqa: F401
    from followup_batch.exports import copies, outputs  # noqa: F401
    from followup_batch.memory import hand_edits, rerun, same_night, saved_edits  # noqa: F401
    from followup_batch.read import outbox_cells, same_rows  # noqa: F401
    from followup_batch.write import csv_out, csv_workbook, live, outbox, xlsx  # noqa: F401
    from followup_batch.write.xlsx import formulas, own_parts, package, plan, verify  # noqa: F401


def _file_in_worker(
    task: tuple[Path, RunOptions], config: Config
) -> list[SheetReport] | FileFailure:
    """``_reports_or_failure`` of one worker's task: a file and its own options."""
    path, options = task
    return _reports_or_failure(path, config, options, progress=None)


def workers_used(jobs: int | None, files: int) -> int:
    """The processes ``process_files`` shares ``files`` files over (``jobs``; None: one per
    CPU from four files on)."""
    from followup_batch.workers import default_jobs

    return max(1, min(default_jobs(files) if jobs is None else jobs, files))


def _worker_gone(task: tuple[Path, RunOptions]) -> FileFailure:
    """The failure of a file whose worker died, or that waited when one died (the pool
    cannot tell which file killed it); its line names the file (``summary``)."""
    path, options = task
    return FileFailure(
        path,
        "a worker process stopped unexpectedly with this file in progress or waiting (the "
        "system may have run out of memory and ended it); the file is as it was. Run again; "
        "with --jobs 1 only the file that stops it fails",
        file=options.file_name(path),
    )


# A sync client's conflict copy of a tracker beside it (``read.copy_names``), as its line says.
CONFLICT_COPY = "skipped: a sync conflict copy of {original} — merge it by hand and delete it"
# A file named as a copy of a tracker beside it ("Maya Chen (1).xlsx"), each of whose rows is
# there (``read.same_rows``), and one that holds most of them.
SAME_ROWS_COPY = (
    "skipped: a copy of {original} with nothing of its own ({held} there too, cell for "
    "cell) — delete it"
)
LOOKS_COPIED = (
    "looks like a copy of {original} ({there} of its {rows} are there too, cell for cell): it is "
    "run as a tracker of its own and its rows are counted with that file's; if it is a copy, "
    "move what it adds into {original} and delete it"
)


def refuse_copy(tracker: Path, reading: ReadOptions) -> str | None:
    """Raise ``SyncConflictCopy`` when ``tracker`` is a sync client's conflict copy of the
    tracker beside it (``read.copy_names.sync_conflict_original``): a run never writes it
    (each write re-uploads it, backs it up and makes it drift from the original) nor counts
    its rows a second time (report ot112, F1). Its dry run and ``check`` say so in its words
    and counts (report ot116, F4: they counted it as a file the run would write). The digest
    still reads it: it lists what the copy repeats once and names what differs.

    So is a file named as a copy of a tracker beside it ("Maya Chen (1).xlsx",
    ``copy_names.copy_original``) that holds nothing of its own (``SameRowsCopy``,
    ``_nothing_of_its_own``): it has nothing to run (report ot116, F3: a Google Drive copy's
    rows were counted twice every night, without a word). Any other is run, as it may hold a
    text, a sheet, a comment or a row of its own (report ot121, F3: one whose only own text
    was on its Drafts sheet, in a comment or below the rows was skipped, "delete it"): when
    most of its rows are the tracker's, the line returned says it looks like a copy (None for
    any other file), as ``reading`` reads both files."""
    from followup_batch.read.copy_names import copy_original, sync_conflict_original
    from followup_batch.read.same_rows import rows_found

    original = sync_conflict_original(tracker)
    if original is not None:
        raise SyncConflictCopy(CONFLICT_COPY.format(original=original.name))
    original = copy_original(tracker)
    if original is None:
        return None
    try:
        with pd.option_context("mode.string_storage", TEXT_STORAGE):
            rows, there = rows_found(tracker, original, reading)
    except (FollowupError, OSError):  # the run of either file says what is wrong with it
        return None
    held = "its row is" if rows == 1 else f"its {rows:,} rows are"
    said = {"original": original.name, "rows": counted(rows, "row"), "there": there, "held": held}
    if rows and there == rows and _nothing_of_its_own(tracker, original):
        raise SameRowsCopy(SAME_ROWS_COPY.format(**said))
    return LOOKS_COPIED.format(**said) if 2 * there > rows else None


def _nothing_of_its_own(copy: Path, original: Path) -> bool:
    """Whether ``copy`` is ``original`` byte for byte, or a version of it the tool wrote,
    untouched since (``rerun.is_recent_own_version``: a copy made before the tracker's latest
    edits, which carry on from that version, or before tonight's run wrote it). Only then is
    nothing in it that the tracker lacks: a comment, a sheet, a Drafts sheet's message or a
    cell below the rows is its own as much as a row is (report ot121, F3), and no comparison
    of rows sees them all."""
    from followup_batch.memory import rerun
    from followup_batch.write.atomic import fingerprint

    try:
        if filecmp.cmp(copy, original, shallow=False):
            return True
    except OSError:
        return False
    version = fingerprint(copy)
    return version is not None and rerun.is_recent_own_version(real_path(original), version)


def _reports_or_failure(
    path: Path, config: Config, options: RunOptions, progress: Progress | None
) -> list[SheetReport] | FileFailure:
    """One file's reports, or its failure whatever went wrong: one file never stops the
    batch. Ctrl-C and SIGTERM (not ``Exception``) still do."""
    try:
        return process_file(path, config, options, progress=progress)
    except Exception as exc:  # noqa: BLE001 - every file-level failure is that file's alone
        # What the run did beside the file before it failed, said with it (``_said_if_failed``).
        failure = dataclasses.replace(
            _file_failure(path, exc, options.named_alone), notes=[*getattr(exc, "__notes__", ())]
        )
    return _named_failure(failure, options.file_name(path))


def _file_failure(path: Path, exc: Exception, named_alone: bool = False) -> FileFailure:
    """The failure of the file at ``path`` that raised ``exc``: left alone (not a tracker, a
    list of contacts, a copy), skipped (open elsewhere) or failed; not a tracker and
    ``named_alone`` (``RunOptions.named_alone``), failed."""
    if isinstance(exc, NotATracker):
        contacts = isinstance(exc, ContactsList)
        if named_alone:
            return FileFailure(path, exc.refusal(), not_tracker=not contacts)
        return FileFailure(path, str(exc), left_alone=True, not_tracker=not contacts)
    if isinstance(exc, SameRowsCopy):
        return FileFailure(path, str(exc), left_alone=True, same_rows_copy=True)
    if isinstance(exc, SyncConflictCopy):
        return FileFailure(path, str(exc), left_alone=True, conflict_copy=True)
    if isinstance(exc, OpenElsewhere):
        return FileFailure(path, str(exc), reports=exc.reports, skipped=(exc.why, exc.hint))
    if isinstance(exc, FollowupError):
        return FileFailure(path, str(exc), reports=exc.reports)
    return failure_of(path, exc)


def _named_failure(failure: FileFailure, name: str) -> FileFailure:
    """``failure`` under the name the run calls its file, its reason not naming the file
    again (``read.files.reason_named``): the FAILED line names it."""
    from followup_batch.read.files import real_path, reason_named
    from followup_batch.write.atomic import with_newest_backup

    message = reason_named(failure.message, failure.path)
    if failure.skipped is None and not failure.left_alone:
        message = with_newest_backup(message, real_path(failure.path))
    return dataclasses.replace(failure, message=message, file=name)


def failure_of(path: Path, exc: Exception) -> FileFailure:
    """The one-line reason (and what to do) for an exception that is not the tool's own: the
    disk, the system, a damaged file; anything else is a bug, reported with its traceback."""
    from followup_batch.errors import describe_failure

    reason = describe_failure(exc, path)
    if reason is not None:
        return FileFailure(path, reason)
    import traceback

    return FileFailure(
        path,
        f"internal error — please report it ({type(exc).__name__}: {exc}); nothing was "
        "written to this file. Run with -v or --log-file to see the details",
        details=traceback.format_exc(),
    )
