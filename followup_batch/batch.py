"""One tracker file through the whole flow: read → normalise → schedule → explain → write.

The CLI calls these functions and only formats what they return; scripts can call them too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import os
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from followup_batch.as_of import as_date
from followup_batch.config import Config
from followup_batch.errors import (
    FileLocked,
    FollowupError,
    OpenElsewhere,
    TrackerNotFound,
    UnsafeWrite,
    UnsupportedFile,
)
from followup_batch.normalise import (
    assumed_date_notes,
    country_notes,
    date_notes,
    link_sheets,
    normalise_rows,
    one_spelling_per_client,
    resolve_roles,
    same_interview_notes,
    topic_notes,
)
from followup_batch.progress import Progress, Step, heard_by
from followup_batch.read import RawTable, ReadOptions, read_trackers
from followup_batch.read.files import A_PATH, path_argument, path_arguments
from followup_batch.read.sniff import require_regular_file
from followup_batch.schedule import (
    RESULT_COLUMNS,
    STATUSES,
    Calendars,
    ScheduleDetails,
    schedule_rows,
)
from followup_batch.write.columns import OWNED_COLUMNS

if TYPE_CHECKING:
    from followup_batch.drafts.templating import Templates
    from followup_batch.hand_edits import Edit, SavedEdits, Settled
    from followup_batch.write.live import LiveStatus
    from followup_batch.write.outbox import Outbox, SheetLayout


@dataclass
class SheetReport:
    """What happened to one tracker (one sheet of a workbook, or one CSV file)."""

    path: Path
    sheet: str | None
    rows: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    problem_rows: int = 0
    written: Path | None = None
    # The run left the file as it was: its content is already this result (or, a re-run of
    # an unchanged file, it was not even read).
    unchanged: bool = False
    notes: list[str] = field(default_factory=list)
    # Those of the notes a run shows without -v: a guess that may have moved every date.
    notices: list[str] = field(default_factory=list)
    # Those of the notices the last run in place showed already, word for word: shown again
    # only with -v when the config says ``repeat_notes = false``.
    told: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # every row problem, naming the cell
    # Those of the notes that are this run's news, not repeated by a re-run that finds the
    # file unchanged: the person's text found in the tool's columns, an earlier version's
    # drop-down removed.
    news: list[str] = field(default_factory=list)
    items: pd.DataFrame | None = None  # due items, when asked for (digest, calendar)
    # What tells its interviews apart, with the items: another file repeating them is listed
    # once in the exports (``exports.copies``).
    links: pd.DataFrame | None = None
    messages: pd.DataFrame | None = None  # the drafts, one per recipient (.eml export)
    # The name the run calls the file by (``RunOptions.file_name``); its name when not given.
    file: str = ""

    @property
    def name(self) -> str:
        file = self.file or self.path.name
        return f"{file} [{self.sheet}]" if self.sheet else file

    def summary(self) -> str:
        counts = ", ".join(f"{self.counts[s]:,} {s}" for s in STATUSES if self.counts[s])
        text = f"{self.name}: {counted(self.rows, 'row')}" + (f" — {counts}" if counts else "")
        if self.problem_rows:
            text += f"; {self.problem_rows:,} with problems"
        return text

    def to_dict(self) -> dict[str, object]:
        """The machine-readable form (``run --json``)."""
        return {
            "sheet": self.sheet,
            "rows": self.rows,
            "counts": {status: self.counts[status] for status in STATUSES if self.counts[status]},
            "problem_rows": self.problem_rows,
            "written": str(self.written) if self.written else None,
            "notes": list(self.notes),
        }


@dataclass
class FileFailure:
    """A file that could not be processed: the one-line reason and what to do, and for an
    unexpected error (a bug) its traceback, for the log and -v."""

    path: Path
    message: str
    details: str | None = None
    reports: list[SheetReport] | None = None  # read but not written (open elsewhere)
    file: str = ""  # as ``SheetReport.file``
    # Open in Excel or LibreOffice: skipped, not failed; (why, hint) of ``OpenElsewhere``.
    skipped: tuple[str, str] | None = None

    @property
    def name(self) -> str:
        return self.file or self.path.name

    def summary(self) -> str:
        """The file's one line: FAILED and why, or for a file open elsewhere, skipped."""
        if self.skipped is None:
            return f"{self.name}: FAILED — {self.message}"
        why, hint = self.skipped
        exports = " — its follow-ups are in this run's exports from its last save"
        return f"{self.name}: skipped: {why}{exports if self.reports else ''}. {hint}"


def counted(number: int, noun: str) -> str:
    """'1 row', '2 rows', '100,000 rows'."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


# How a run counts the files it skipped as open in Excel or LibreOffice (``OpenElsewhere``):
# not written, but no failure of the file (its follow-ups still reach the run's exports).
SKIPPED_OPEN = "open in Excel or LibreOffice"


def totals_line(
    reports: list[SheetReport], failures: list[str], files: int, skipped: int = 0
) -> str:
    """'3 files, 114 rows — 5 Overdue, ...; 1 failed; 1 skipped (open in Excel or
    LibreOffice)', from the sheets' reports, the failed files' reasons and the number of files
    skipped as open elsewhere; a full disk, which fails every file written to it, is named:
    '2 files, all failed (no space left on the disk)' (the rows of a file not processed are
    not counted, so "0 rows" would read as empty trackers)."""
    from followup_batch.errors import disk_full

    full = [words for words in map(disk_full, failures) if words]
    why = ""
    if full and len(full) == len(failures) and len(set(full)) == 1:
        why = f" ({full[0]})"
    elif full:
        why = f" ({len(full)} of them: {', '.join(sorted(set(full)))})"
    skips = f"{skipped} skipped ({SKIPPED_OPEN})" if skipped else ""
    if failures and len(failures) == files:
        return f"{counted(files, 'file')}, all failed{why}"
    if skipped == files:
        return f"{counted(files, 'file')}, all skipped ({SKIPPED_OPEN})"
    if failures and len(failures) + skipped == files:
        return f"{counted(files, 'file')}, {len(failures)} failed{why}, {skips}"
    counts: Counter[str] = Counter()
    for report in reports:
        counts.update(report.counts)
    rows = sum(report.rows for report in reports)
    text = f"{counted(files, 'file')}, {counted(rows, 'row')}"
    parts = ", ".join(f"{counts[s]:,} {s}" for s in STATUSES if counts[s])
    if parts:
        text += f" — {parts}"
    if failures:
        text += f"; {len(failures)} failed{why}"
    if skipped:
        text += f"; {skips}"
    return text


@dataclass(frozen=True)
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
    a ``YYYY-MM-DD`` string as that day (``as_of.as_date``)."""

    as_of: dt.date
    output: Path | None = None
    dry_run: bool = False
    collect: bool = False
    jobs: int | None = 1
    reuse: bool = False
    foresee: bool = True
    # What the run calls each file (``read.files.find_trackers``): its path inside the folder
    # given, so two clients' Notes.xlsx in two subfolders are told apart. Else its name.
    names: Mapping[Path, str] = field(default_factory=dict)
    # The subfolders each file was found in, below the folder given (``read.files.subfolders``):
    # ``Ann Lee/Job Tracker.xlsx`` is Ann Lee's (``read.tracker.tracker_client``).
    folders: Mapping[Path, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "as_of", as_date(self.as_of))

    def file_name(self, path: Path) -> str:
        return self.names.get(path) or path.name

    def file_config(self, path: Path, config: Config) -> Config:
        """``config`` as it reads the file at ``path`` (``file_reading``). Its result depends
        on the folder named for its client as on the rest of the config (``rerun.run_key``):
        the same folder, the same key, whichever way the file was named."""
        reading = file_reading(path, config.reading, self.folders.get(path, ()))
        if reading is config.reading:
            return config
        return dataclasses.replace(config, reading=reading)


def file_reading(path: Path, reading: ReadOptions, subfolders: tuple[str, ...]) -> ReadOptions:
    """``reading`` as it reads the file at ``path``, found in ``subfolders`` of the folder
    given (``read.files.subfolders``): with the folder named for its client
    (``read.client_folder_of``), from those subfolders or kept from its last run, so that a
    run of the file on its own signs as a run of its folder did, and ``check`` names the
    client a run would (ot21 F3)."""
    from followup_batch import rerun
    from followup_batch.read import client_folder_of

    kept = rerun.last_client_folder(path.resolve())
    folder = client_folder_of(path, subfolders, kept)
    if not folder:
        return reading
    return dataclasses.replace(reading, client_folder=folder)


@dataclass
class Computed:
    """Everything computed for one tracker sheet."""

    frame: pd.DataFrame  # the normalised frame (normalise.columns.NORMALISED_COLUMNS)
    result: pd.DataFrame  # the schedule's result (schedule.RESULT_COLUMNS)
    output: pd.DataFrame  # the owned output columns (OWNED_COLUMNS keys)
    messages: pd.DataFrame  # one draft per recipient (drafts.MESSAGE_COLUMNS)
    details: ScheduleDetails | None = None  # how the schedule came about (live statuses)
    calendars: Calendars | None = None


def compute_sheet(
    table: RawTable, config: Config, as_of: dt.date, calendars: Calendars | None = None
) -> Computed:
    """Normalise, schedule, explain and draft one tracker sheet on its own (a dataset's
    partition): its normalised frame, the schedule's result, the owned output columns and the
    drafts (``Computed``)."""
    frame = normalise_rows(table, config.reading, as_of=as_of)
    return schedule_sheet(table, frame, config, as_of, calendars)


def compute_sheets(tables: list[RawTable], config: Config, as_of: dt.date) -> list[Computed]:
    """``compute_sheet`` of every tracker sheet of one file, the sheets of one person's tracker
    split by time or stage ("Jan", "Feb", "Archive") linked as one tracker between normalising
    and scheduling (``normalise.link_sheets``): a round on another sheet takes over as one on
    the same sheet does. A client spelled several ways ("Maya Chen", "maya chen ") is one,
    written one way on every sheet (``normalise.one_spelling_per_client``)."""
    frames = [normalise_rows(table, config.reading, as_of=as_of) for table in tables]
    frames = link_sheets(tables, one_spelling_per_client(frames))
    return [
        schedule_sheet(table, frame, config, as_of)
        for table, frame in zip(tables, frames, strict=True)
    ]


def sheets_beside(
    path: Path, reading: ReadOptions, tables: list[RawTable]
) -> list[RawTable] | None:
    """With ``--sheet`` naming one sheet of a workbook, every tracker sheet of the workbook in
    its order, that one as read, for ``compute_sheets`` (and ``check``): the named sheet's rows
    are linked to the other sheets of a tracker split by time or stage, and the other sheets'
    messages and counts stay in the Drafts and Summary sheets (``outbox_sheets``), so the two
    runs write the same; only the named sheet's cells are written. None otherwise."""
    if reading.sheet is None or len(tables) != 1 or tables[0].kind != "xlsx":
        return None
    [named] = tables
    try:
        every = read_trackers(path, dataclasses.replace(reading, sheet=None))
    except TrackerNotFound:  # a hidden sheet named, and no other sheet is a tracker
        return None
    beside = [named if table.sheet == named.sheet else resolve_roles(table) for table in every]
    if not any(table is named for table in beside):  # a hidden sheet: after the others
        beside.append(named)
    return beside if len(beside) > 1 else None


def outbox_sheets(
    every: list[RawTable],
    computed: list[Computed],
    written: list[RawTable],
    as_of: dt.date,
) -> tuple[list[int], dict[str, SheetLayout], list[str]]:
    """Which of a workbook's tracker sheets (``every``, ``computed``) the Drafts and Summary
    sheets are made of when only ``written`` are written (``--sheet``): those and every other
    sheet the tool has written before, whose columns the formulas and links point into
    (``write.sheet_layout``). Returns their positions, the other sheets' layouts, and a note for
    each sheet left out, so no message goes missing unsaid."""
    from followup_batch.write import sheet_layout

    kept: list[int] = []
    layouts: dict[str, SheetLayout] = {}
    notes: list[str] = []
    for at, (table, done) in enumerate(zip(every, computed, strict=True)):
        if any(table is wanted for wanted in written):
            kept.append(at)
            continue
        try:
            layout = sheet_layout(table, done.output.index, as_of)
            reason = "the tool has not written its columns there yet"
        except UnsafeWrite as exc:
            layout, reason = None, f"its columns could not be placed ({exc})"
        if layout is None:
            if len(done.output):
                notes.append(
                    f'sheet "{table.sheet}" is left out of the Drafts and Summary sheets: '
                    f"{reason}; a run of every sheet (without --sheet) writes them and adds "
                    f"its {counted(len(done.output), 'row')}"
                )
            continue
        kept.append(at)
        layouts[layout.sheet] = layout
    return kept, layouts, notes


def schedule_sheet(
    table: RawTable,
    frame: pd.DataFrame,
    config: Config,
    as_of: dt.date,
    calendars: Calendars | None = None,
) -> Computed:
    """Schedule, explain and draft one tracker sheet from its normalised ``frame``."""
    from followup_batch.drafts import render_drafts
    from followup_batch.drafts.signer import signers, withheld_from_sender

    schedule = schedule_rows(frame, config.rules, as_of, calendars)
    # A dataset's folder name is where the rows came from, never who they belong to.
    fallback_signs = table.kind != "dataset" and not table.client_doubt
    signed = frame.assign(
        client=signers(
            frame["client"],
            table.default_client,
            fallback_signs=fallback_signs,
            sender_name=config.sender.get("name", ""),
        )
    )
    # A file named for another person than the sender is never signed with their details.
    withheld = withheld_from_sender(table.client_person, config.sender)
    drafts = render_drafts(
        signed,
        schedule.next_actions,
        {} if withheld else config.sender,
        templates_for(config),
        links=False,
        clients=config.clients,
        as_of=as_of,
    )
    undrafted = drafts.per_row["draft_problem"].to_numpy()
    if (undrafted != "").any():  # a user template failed on these rows: said in Problems
        frame = frame.assign(
            problems=[
                [*items, problem] if problem else items
                for items, problem in zip(frame["problems"], undrafted, strict=True)
            ]
        )
    output = output_columns(frame, schedule.result, schedule.explain(), drafts.per_row)
    # One story per row: a row that needs fixing gets no message (.eml, Drafts sheet); and
    # each message says whose it is even when unsigned (.eml names).
    # By position: the messages' rows are the frame's labels (one look-up, not three).
    messages = drafts.messages
    at = frame.index.get_indexer(messages["row"])
    kept = ~frame["needs_info"].to_numpy(dtype=bool)[at]
    if not kept.all():
        messages, at = messages.iloc[np.flatnonzero(kept)], at[kept]
    messages = messages.reset_index(drop=True)
    messages = messages.assign(whose=frame["client"].to_numpy()[at], unsigned=withheld)
    return Computed(
        frame,
        schedule.result,
        output,
        messages,
        schedule.details,
        schedule.calendars,
    )


def signer_notes(
    tables: list[RawTable], sender: Mapping[str, str], drafted: list[bool]
) -> tuple[list[list[str]], list[list[str]]]:
    """Who signs each sheet's drafts, when its name decided (``sender``: the config's
    [sender]); nothing for a sheet without rows (no drafts). A note is said on the first sheet
    it is true of only: the month sheets of a split tracker are all signed by the one file
    name, said once for the file. And, by sheet, those of the notes a run shows without -v:
    drafts the configured sender would have signed, and drafts signed by nobody when a sheet
    they are true of ``drafted`` any (a newcomer's "job search 2026.xlsx": every draft ends
    "Best regards," and nothing). ``check`` says the first, as the run would."""
    from followup_batch.drafts.signer import signer_notes as notes
    from followup_batch.drafts.signer import unsigned, withheld_from_sender

    said: set[str] = set()
    shown: set[str] = set()
    per_sheet = []
    for table, drafts in zip(tables, drafted, strict=True):
        found = []
        if len(table.cells):
            has_client_column = "client" in table.mapping
            found = notes(
                table.default_client,
                table.sheet,
                has_client_column,
                sender,
                table.path.name,
                table.client_folder,
                table.client_doubt,
                table.client_person,
            )
        if withheld_from_sender(table.client_person, sender):
            shown.update(found)
        elif drafts:
            shown.update(unsigned(found))
        per_sheet.append([note for note in found if note not in said])
        said.update(found)
    return per_sheet, [[note for note in found if note in shown] for found in per_sheet]


def templates_for(config: Config) -> Templates:
    """The draft templates (the shipped ones, or the config's folder laid over them), loaded
    and checked once per run. Raises ``ConfigError`` naming a broken template's file and line."""
    from followup_batch.drafts.templating import load_templates

    return _cached_templates(config.templates, load_templates)


@functools.lru_cache(maxsize=4)
def _cached_templates(folder: Path | None, load: Callable[[Path | None], Templates]) -> Templates:
    return load(folder)


def output_columns(
    frame: pd.DataFrame, result: pd.DataFrame, why: pd.Series, drafts: pd.DataFrame
) -> pd.DataFrame:
    columns: dict[str, pd.Series] = {}
    for key in OWNED_COLUMNS:
        if key == "why":
            columns[key] = why
        elif key == "problems":
            problems = [("\n".join(items) if items else "") for items in frame["problems"]]
            columns[key] = pd.Series(problems, index=frame.index)
        elif key in RESULT_COLUMNS:
            columns[key] = result[key]
        elif key in drafts:
            columns[key] = drafts[key].reindex(frame.index).fillna("")
    # One frame from the columns: a column set at a time costs more than a small tracker's rows.
    return pd.DataFrame(columns, index=frame.index, columns=list(columns))


def workbook_additions(
    tables: list[RawTable], computed: list[Computed], config: Config, as_of: dt.date
) -> tuple[list[LiveStatus | None], Outbox]:
    """What a workbook gets besides the owned columns: each tracker sheet's live statuses
    (over the calendars of every sheet, so their formulas share one calendars sheet) and the
    outbox that the Drafts and Summary sheets are made of."""
    from followup_batch.drafts.outbox import outbox_messages
    from followup_batch.write.live import business_days_for, live_status
    from followup_batch.write.outbox import ClientRows, Outbox, client_groups
    from followup_batch.write.xlsx.design import LIVE_YEARS

    keys = sorted({key for done in computed for key in done.frame["country"].astype(str)})
    calendars = next((c.calendars for c in computed if c.calendars is not None), None)
    days = business_days_for(calendars, keys, as_of, LIVE_YEARS) if calendars else {}
    lives: list[LiveStatus | None] = []
    clients: list[ClientRows] = []
    counts: Counter[str] = Counter()
    messages = []
    for table, done in zip(tables, computed, strict=True):
        sheet = table.sheet or ""
        counts.update(done.output["status"].tolist())
        messages.append(done.messages.assign(sheet=sheet))
        if done.details is None:
            lives.append(None)
        else:
            lives.append(
                live_status(
                    table,
                    done.frame["country"],
                    done.details.next_action_key,
                    done.details.later_status,
                    done.details.moves_on,
                    days,
                )
            )
        status = done.output["status"]
        if "client" in table.mapping:
            column = table.mapping["client"] + 1
            unnamed = _empty_client_cells(table)
            cells = table.cells["client"]
            clients += client_groups(done.frame["client"], cells, status, unnamed, sheet, column)
        elif len(done.frame):  # a sheet without rows is nobody's: a new month's, a template
            tally = dict(Counter(status.tolist()))
            clients.append(ClientRows(done.frame["client"].iloc[0], sheet, 0, tally))
    combined = pd.concat(messages, ignore_index=True) if messages else pd.DataFrame()
    outbox = Outbox(
        outbox_messages(combined, as_of, config.drafts_days),
        sheets=len(tables),
        as_of=as_of,
        counts=dict(counts),
        clients=clients,
        order=tuple(table.sheet or "" for table in tables),
        one_tracker=frozenset(table.sheet or "" for table in tables if table.split_part),
    )
    return lives, outbox


def _empty_client_cells(table: RawTable) -> set[int]:
    """The Excel rows whose Client cell is empty in the sheet: read from a merged cell above
    it, or blank (the sheet's own client)."""
    column = table.mapping["client"]
    merged = {row for row, at in table.merged_cells if at == column}
    cells = table.cells["client"]
    blank = cells.isna() | cells.map(lambda value: isinstance(value, str) and not value.strip())
    return merged | {int(row) for row in cells.index[blank]}


# Text columns are stored as Python strings while a file is processed: the work on them is
# mostly per value (rules, drafts, XML), where Arrow-backed strings cost more to take out and
# compare. A coach's 50-row file took 7 to 15% less CPU, a 100,000-row tracker about 1.5 s
# (10%) less; the files written are the same bytes (tests/test_process_files.py).
TEXT_STORAGE = "python"


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
    written then; ``WrongArgument`` when ``path`` is no path (``read.files.path_argument``).
    """
    from followup_batch.write.locks import file_lock

    tracker = Path(path_argument(path, "process_file"))
    say = progress or _quiet
    with pd.option_context("mode.string_storage", TEXT_STORAGE):
        if options.dry_run:
            return _process(tracker, config, options, say)
        if options.output is not None:
            _make_output_folder(options.output)
        with file_lock(options.output or tracker):  # guard what gets replaced
            return _process(tracker, config, options, say)


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
    from followup_batch import rerun
    from followup_batch.write.atomic import CHANGED_MEANWHILE, fingerprint, resolve_target

    as_of, output = options.as_of, options.output
    name = options.file_name(path)
    config = options.file_config(path, config)
    require_regular_file(path)  # before the fingerprint below reads it: a pipe never ends
    refused: UnsafeWrite | None = None
    real: Path | None = None  # the file replaced (a link's target)
    if not options.dry_run:  # a file that cannot be replaced is refused before the work
        try:
            real = resolve_target(output or path)
        except UnsafeWrite as exc:
            # Refused once it is read: a file that can never be read (.xlsb, encrypted,
            # damaged) says so first, not "make it writable" and then that. Read for the run's
            # exports too (a read-only tracker, say).
            refused = exc
    # The version read: a save made by someone else before the write is seen and kept.
    read_version = None if options.dry_run else fingerprint(path)
    key = None  # in place: the stamp of this run's inputs but the file, for the next run
    told: dict[str | None, set[str]] = {}  # what the last run in place said (repeat_notes)
    if output is None and read_version is not None:
        key = rerun.run_key(config, as_of)
        if not config.repeat_notes and real is not None:
            told = rerun.told_notices(real)
        last = None
        if options.reuse and not options.collect and real is not None:
            last = rerun.recall(real, rerun.stamp(read_version.sha256, key))
        if last is not None:  # nothing to write: a file open in Excel is no obstacle
            return _open_noted(_told(rerun.reports_of(path, last, name), told), path)
    say(Step(f"{name}: reading"))
    try:
        read = read_trackers(path, config.reading)
    except UnsupportedFile as exc:
        if read_version is not None and fingerprint(path) != read_version:
            # Read while another program was saving it: the file is likely fine now.
            raise UnsafeWrite(CHANGED_MEANWHILE.format(name=name)) from exc
        raise
    if refused is not None and not options.collect:
        raise refused
    # The Date and yes/no columns decided by their values, so the notes say what was taken.
    tables = [resolve_roles(table) for table in read]
    reports = []
    target = output or path
    rows = counted(sum(len(table.cells) for table in tables), "row")
    say(Step(f"{name}: {rows}, computing"))
    # With --sheet, the workbook's other tracker sheets are computed too, never written: to
    # link a split tracker's rows, and for the Drafts and Summary sheets of the whole workbook.
    every = sheets_beside(path, config.reading, tables) or tables
    computed_every = compute_sheets(every, config, as_of)
    wanted = [any(table is read for read in tables) for table in every]
    pairs = list(zip(every, computed_every, wanted, strict=True))
    computed = [done for _, done, written in pairs if written]
    earlier = _computed_as_of(every, config)
    settled = _hand_edits(path, tables, computed, options, real, earlier)
    beside = [(table, done) for table, done, written in pairs if not written]
    if beside:  # their drafts edited by hand stay in the outbox, told when they are run
        _hand_edits(path, [t for t, _ in beside], [d for _, d in beside], options, real, earlier)
    drafted = [bool((done.output["draft"] != "").any()) for done in computed]
    signing, signing_shown = signer_notes(tables, config.sender, drafted=drafted)
    private = topic_notes(tables)

    from followup_batch.check import left_alone

    for table, done, signed, shown, notes_kept in zip(
        tables, computed, signing, signing_shown, private, strict=True
    ):
        out = done.output
        unread = left_alone(table)
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
                *notes_kept,
                *same_interview_notes(done.frame),
                *([unread] if unread else []),
            ],
            notices=[
                *table.notices,
                *assumed_date_notes(table, config.reading),
                *shown,
            ],
            problems=[line for text in out["problems"] if text for line in text.split("\n")],
            messages=done.messages,
            file=name,
        )
        if options.collect:
            from followup_batch.exports import collect_due
            from followup_batch.exports.copies import interview_links

            report.items = collect_due(done.frame, out, path=path, sheet=table.sheet, file=name)
            report.links = interview_links(done.frame, path=path)
        reports.append(report)
    if not options.dry_run or options.foresee:  # a run or its dry run: once a file
        if output is None:
            _say_misnamed(path, reports[0])
        if tables[0].kind == "xlsx":
            _say_damaged_copies(path, tables, reports[0])
    if options.dry_run:
        if options.foresee:  # the run's refusal, in its words, before any hand edit is told
            from followup_batch.write import check_writable

            check_writable(_sheet_rows(tables, computed), as_of)
            _say_additions(tables, computed, reports, as_of, backup=output is None)
        else:  # a digest: a tracker sheet check and the run refuse as damaged is not read
            from followup_batch.read.xlsx_cells import refuse_damaged_workbook

            refuse_damaged_workbook(path, [t.sheet for t in tables if t.kind == "xlsx" and t.sheet])
        _tell_hand_edits(reports, settled, None, dry_run=True)
        return reports
    from followup_batch.hand_edits import withdraw_saved
    from followup_batch.write import (
        CUT_LINKS_NOTE,
        WriteOptions,
        check_writable,
        in_the_way,
        write_results,
    )

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

        def writing(step: Step) -> None:  # each step of a write, told with the file's name
            say(step._replace(what=f"{name}: {rows}, {step.what}"))

        lives, outbox = _additions(tables, every, computed_every, config, as_of, reports)
        sheets = zip(tables, computed, reports, settled, strict=True)
        backed_up = False  # one backup a run: the file as the run found it, not each sheet's step
        cut_links: list[int] = []  # each sheet's links LibreOffice cut, left as they are
        for i, (table, done, report, edits) in enumerate(sheets):
            # Later sheets of a workbook written to --output build on the first one's result.
            source = table if i == 0 or output is None else dataclasses.replace(table, path=target)
            # The person's text the write replaces is saved first, and taken back out when
            # the write does not land: kept only for a write that happens.
            saved = _save_replaced(name, target, real, edits.replaced, as_of)
            _tell_hand_edits([report], [edits], saved.path if saved else None, dry_run=False)
            try:
                # The Drafts and Summary sheets come with the last tracker sheet (the outbox
                # knows). A file open in Excel is refused (FileLocked) unless it holds the
                # result already.
                with heard_by(writing):
                    written = write_results(
                        source,
                        done.output,
                        target,
                        as_of,
                        options=WriteOptions(
                            backup=not backed_up, due_soon_bd=config.rules.due_soon_bd
                        ),
                        live=lives[i] if table.kind == "xlsx" else None,
                        outbox=outbox if table.kind == "xlsx" else None,
                        expected=read_version if output is None else None,
                        notes=report.notes,
                        news=report.news,
                        notices=report.notices,
                        cut_links=cut_links,
                    )
            except BaseException:
                withdraw_saved(saved)
                raise
            if not written:  # the file held this result already: nothing was replaced
                withdraw_saved(saved)
            report.written = target
            report.unchanged = not written
            backed_up = backed_up or written
            if output is None:  # the next sheet is written over this result
                read_version = fingerprint(path)
        if sum(cut_links):  # once for the file
            _notice(reports[0], [CUT_LINKS_NOTE.format(links=counted(sum(cut_links), "link"))])
    except (FileLocked, UnsafeWrite) as exc:
        if refused is exc or isinstance(exc, FileLocked):
            # Read, not written: its follow-ups still reach the run's digest, calendar and
            # drafts, from its last save, as the digest command reads it.
            exc.reports = reports if options.collect else None
        raise
    if key is not None and read_version is not None and real is not None:  # as it was left
        memories = {
            table.sheet: done.memory
            for table, done in zip(tables, settled, strict=True)
            if done.memory is not None
        }
        # The sheets not written keep what the tool last wrote there, for their next run.
        names = {table.sheet for table, _ in beside}
        kept = {sheet: m for sheet, m in rerun.memories(real).items() if sheet in names}
        rerun.remember(
            real,
            rerun.stamp(read_version.sha256, key),
            reports,
            memories,
            kept,
            config.reading.client_folder,
        )
    return _open_noted(_told(reports, told), target)


def _told(reports: list[SheetReport], told: Mapping[str | None, set[str]]) -> list[SheetReport]:
    """``reports`` with each notice the last run in place showed already marked ``told``."""
    for report in reports:
        report.told = [note for note in report.notices if note in told.get(report.sheet, ())]
    return reports


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
    every sheet (``outbox_sheets``), the sheets left out said on the first report."""
    if every is tables:
        return workbook_additions(tables, computed, config, as_of)
    kept, layouts, notes = outbox_sheets(every, computed, tables, as_of)
    lives, outbox = workbook_additions(
        [every[at] for at in kept], [computed[at] for at in kept], config, as_of
    )
    outbox.layouts.update(layouts)
    by_sheet = dict(zip([every[at].sheet for at in kept], lives, strict=True))
    reports[0].notes += notes
    reports[0].notices += notes
    return [by_sheet[table.sheet] for table in tables], outbox


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
) -> None:
    """A dry run's notice of what the run would add to each sheet's workbook (``--dry-run``
    says what it would have written); the backup is said once, as one is kept a run."""
    from followup_batch.write import planned_additions

    for i, (table, done, report) in enumerate(zip(tables, computed, reports, strict=True)):
        said, notes = planned_additions(
            table,
            done.output.index,
            as_of,
            live=done.details is not None,
            backup=backup and i == 0,
        )
        if said is not None:
            report.notes.append(said)
            report.notices.append(said)
        report.notes.extend(notes)  # as the run's write says them (sparklines drawn over)


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
    from followup_batch.read.xlsx_cells import damaged_copy_notes

    _notice(report, damaged_copy_notes(path, [table.sheet for table in tables]))


def _notice(report: SheetReport, notes: list[str]) -> None:
    """``notes`` shown by the run without -v, on ``report``."""
    report.notes += notes
    report.notices += notes


def _open_noted(reports: list[SheetReport], path: Path) -> list[SheetReport]:
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


def _computed_as_of(
    every: list[RawTable], config: Config
) -> Callable[[RawTable, dt.date], Computed]:
    """The tracker sheet ``table`` (one of ``every``, the file's tracker sheets) computed as
    of another date, as ``compute_sheets`` computes it, once a date: the tool's texts of an
    earlier run, told from the person's when there is no record of it
    (``hand_edits.memory_as_of``)."""

    @functools.cache
    def sheets_as_of(as_of: dt.date) -> list[Computed]:
        return compute_sheets(every, config, as_of)

    def computed(table: RawTable, as_of: dt.date) -> Computed:
        at = next(i for i, other in enumerate(every) if other is table)
        return sheets_as_of(as_of)[at]

    return computed


def _hand_edits(
    path: Path,
    tables: list[RawTable],
    computed: list[Computed],
    options: RunOptions,
    real: Path | None,
    earlier: Callable[[RawTable, dt.date], Computed],
) -> list[Settled]:
    """Each sheet's hand edits in the tool's text columns, against the last in-place run
    (``hand_edits``); drafts that may be kept are kept in ``computed``. A run to --output
    keeps no state, and so tells none. Without a record of the last run, against the tool's
    texts computed again (``earlier``) as of the date the workbook says it was last written
    (``write.written_as_of``), when it says one."""
    from followup_batch import hand_edits, rerun

    if options.output is not None:
        return [hand_edits.Settled() for _ in tables]
    if real is None:  # a dry run: the state of the file a run would write (else refused)
        from followup_batch.write.atomic import resolve_target

        try:
            real = resolve_target(path)
        except UnsafeWrite:
            return [hand_edits.Settled() for _ in tables]
    from followup_batch.write import written_as_of

    last = rerun.memories(real)
    no_record = rerun.no_record_reason(real)
    settled = []
    for table, done in zip(tables, computed, strict=True):
        memory = hand_edits.memory_for(last, table.sheet)
        then = written_as_of(table) if memory is None else None
        if then is not None:
            again = done if then == options.as_of else earlier(table, then)
            memory = hand_edits.memory_as_of(table, again, then)
        settled.append(hand_edits.settle(table, done, memory, no_record))
    return settled


def _save_replaced(
    name: str, target: Path, real: Path | None, replaced: list[Edit], as_of: dt.date
) -> SavedEdits | None:
    """Keep the replaced hand edits before the tracker is written (None: there are none);
    refuse the write when they cannot be kept, or when it would not happen: not into a file
    open in Excel."""
    from followup_batch.hand_edits import edited_path, save_replaced
    from followup_batch.write.locks import open_error

    if not replaced:
        return None
    if (locked := open_error(target)) is not None:
        raise locked
    assert real is not None  # a run that would replace text writes in place, to its file
    try:
        return save_replaced(real, replaced, as_of)
    except OSError as exc:
        raise UnsafeWrite(
            f"{name}: the text you typed in the tool's columns could not be saved to "
            f"{edited_path(real)} ({exc.strerror or exc}), so nothing was written (it would "
            "have replaced that text). Free some space or fix the folder's permissions, and "
            "run again"
        ) from None


def _tell_hand_edits(
    reports: list[SheetReport], settled: list[Settled], saved: Path | None, *, dry_run: bool
) -> None:
    from followup_batch.hand_edits import edit_messages

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
    work = functools.partial(_reports_or_failure, config=config, options=options, progress=None)
    if jobs == 1:
        for path in files:
            yield path, work(path, progress=progress)
        return
    from followup_batch import workers

    gone = functools.partial(_worker_gone, options=options)
    yield from workers.results_in_order(work, files, jobs, gone=gone)


def workers_used(jobs: int | None, files: int) -> int:
    """The processes ``process_files`` shares ``files`` files over (``jobs``; None: one per
    CPU from four files on)."""
    from followup_batch.workers import default_jobs

    return max(1, min(default_jobs(files) if jobs is None else jobs, files))


def _worker_gone(path: Path, options: RunOptions) -> FileFailure:
    """The failure of a file whose worker died, or that waited when one died (the pool
    cannot tell which file killed it); its line names the file (``summary``)."""
    return FileFailure(
        path,
        "a worker process stopped unexpectedly with this file in progress or waiting (the "
        "system may have run out of memory and ended it); the file is as it was. Run again; "
        "with --jobs 1 only the file that stops it fails",
        file=options.file_name(path),
    )


def _reports_or_failure(
    path: Path, config: Config, options: RunOptions, progress: Progress | None
) -> list[SheetReport] | FileFailure:
    """One file's reports, or its failure whatever went wrong: one file never stops the
    batch. Ctrl-C and SIGTERM (not ``Exception``) still do."""
    try:
        return process_file(path, config, options, progress=progress)
    except OpenElsewhere as exc:
        failure = FileFailure(path, str(exc), reports=exc.reports, skipped=(exc.why, exc.hint))
    except FollowupError as exc:
        failure = FileFailure(path, str(exc), reports=exc.reports)
    except Exception as exc:  # noqa: BLE001 - every file-level failure is that file's alone
        failure = failure_of(path, exc)
    return _named_failure(failure, options.file_name(path))


def _named_failure(failure: FileFailure, name: str) -> FileFailure:
    """``failure`` under the name the run calls its file, its reason not naming the file
    again (``read.files.reason_named``): the FAILED line names it."""
    from followup_batch.read.files import reason_named

    message = reason_named(failure.message, failure.path)
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
