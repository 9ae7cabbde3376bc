"""What a run says of its files: a ``SheetReport`` per tracker sheet, a ``FileFailure`` per
file that could not be processed, and the run's totals line. Light to import: the CLI formats
these without loading pandas."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from followup_batch.schedule.labels import STATUSES

if TYPE_CHECKING:
    import pandas as pd


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
    # Those of the problems the last run in place listed already, word for word, and when that
    # run was ("2026-12-01 06:15"; None without its record of this sheet): a nightly log lists
    # only the others in full (``console.logged_problems``).
    problems_known: list[str] = field(default_factory=list)
    problems_since: str | None = None
    # Those of the notes that are this run's news, not repeated by a re-run that finds the
    # file unchanged: the person's text found in the tool's columns, an earlier version's
    # drop-down removed.
    news: list[str] = field(default_factory=list)
    items: pd.DataFrame | None = None  # due items, when asked for (digest, calendar)
    # What tells its interviews apart, with the items: another file repeating them is listed
    # once in the exports (``exports.copies``).
    links: pd.DataFrame | None = None
    messages: pd.DataFrame | None = None  # the drafts, one per recipient (.eml export)
    # The statuses of its rows whose follow-ups another file's copy carries, set by a run
    # that lists them once (``exports.copies``): the run's closing count counts them once.
    repeated: Counter[str] = field(default_factory=Counter)
    # The name the run calls the file by (``RunOptions.file_name``); its name when not given.
    file: str = ""
    # Whose rows it holds: its Client cells, else the sheet's, file's or folder's name; for
    # the config's [clients] tables that name no client of a run (``unnamed_client_notes``).
    clients: list[str] = field(default_factory=list)
    # Where a person looks today (``where_to_look``): the messages due today or overdue, and
    # the first rows with problems by Excel row and company ("row 7 (Wise)", of
    # ``problem_rows``).
    to_send: int = 0
    problem_places: list[str] = field(default_factory=list)

    def __repr__(self) -> str:
        """One line, as a notebook prints it: the summary, where it was written and how many
        notes, problems and messages it holds (not the frames themselves)."""
        held = ", ".join(
            counted(len(values), what)
            for what, values in (
                ("note", self.notes),
                ("problem", self.problems),
                ("message", () if self.messages is None else self.messages.index),
                ("due item", () if self.items is None else self.items.index),
            )
            if len(values)
        )
        written = f"written to {self.written}" if self.written else "not written"
        if self.unchanged:
            written = "unchanged"
        return f"<SheetReport {self.summary()}; {written}{'; ' + held if held else ''}>"

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

    def where_to_look(self) -> str:
        """The line under a tracker's summary on a run of that file alone, when there is
        something to do: '3 messages to send today or overdue: see the Drafts sheet; row 7
        (Wise): see Problems' (ot150 F2: the line said "1 with problems" and not which, nor
        where today's messages are). '' when nothing is due and no row has a problem."""
        parts = []
        if self.to_send:
            workbook = (self.written or self.path).suffix.lower() in WORKBOOK_SUFFIXES
            where = "the Drafts sheet" if workbook else "the Draft column"
            parts.append(
                f"{counted(self.to_send, 'message')} to send today or overdue: see {where}"
            )
        if self.problem_rows:
            places = list(self.problem_places[:SHOWN_PROBLEM_ROWS])
            more = self.problem_rows - len(places)
            if places and more:
                places.append(f"{more:,} more")
            if len(places) > 1:
                places[-2:] = [f"{places[-2]} and {places[-1]}"]
            rows = "row" if self.problem_rows == 1 else "rows"
            parts.append(f"{rows} {', '.join(places)}: see Problems" if places else "")
        return "; ".join(part for part in parts if part)

    def to_dict(self) -> dict[str, object]:
        """The machine-readable form (``run --json``)."""
        return {
            "sheet": self.sheet,
            "rows": self.rows,
            "counts": {status: self.counts[status] for status in STATUSES if self.counts[status]},
            "problem_rows": self.problem_rows,
            # A rerun that found the file holding this result wrote nothing (ot70 F3).
            "written": str(self.written) if self.written and not self.unchanged else None,
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
    # A list of contacts, not a tracker (``ContactsList``): left alone, neither failed nor
    # skipped; ``message`` says why. So is a sync conflict copy (``SyncConflictCopy``), and a
    # file that is plainly no tracker (``NotATracker``: ``not_tracker``), which fails, not left
    # alone, when the run was given it alone (``batch.RunOptions.named_alone``).
    left_alone: bool = False
    not_tracker: bool = False
    conflict_copy: bool = False
    # Named as a copy of a tracker beside it that holds each of its rows (``SameRowsCopy``).
    same_rows_copy: bool = False
    # What the run did beside the file before it failed or skipped it, said after its line
    # (a killed run's temporary file and lock cleared: ``batch.LEFTOVERS_NOTE``).
    notes: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.file or self.path.name

    def summary(self) -> str:
        """The file's one line: FAILED and why, or for a file open elsewhere, skipped; for a
        list of contacts, left alone and why."""
        if self.left_alone:
            return f"{self.name}: {self.message}"
        if self.skipped is None:
            return f"{self.name}: FAILED — {self.message}"
        why, hint = self.skipped
        exports = " — its follow-ups are in this run's exports from its last save"
        return f"{self.name}: skipped: {why}{exports if self.reports else ''}. {hint}"


# The files whose drafts a run lists in a Drafts sheet; a CSV keeps them in its Draft column.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
# How many rows with problems ``where_to_look`` names before "and N more".
SHOWN_PROBLEM_ROWS = 3


def counted(number: int, noun: str) -> str:
    """'1 row', '2 rows', '100,000 rows'."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


# How a run counts the files it skipped as open in Excel or LibreOffice (``OpenElsewhere``):
# not written, but no failure of the file (its follow-ups still reach the run's exports).
SKIPPED_OPEN = "open in Excel or LibreOffice"


def _left_alone_kinds(contacts: int, not_trackers: int) -> str:
    """What the files a run left alone are: 'a list of contacts', 'not trackers', 'not
    trackers, 1 of them a list of contacts'."""
    lists = "a list of contacts" if contacts == 1 else "lists of contacts"
    if not not_trackers:
        return lists
    others = "not a tracker" if contacts + not_trackers == 1 else "not trackers"
    return f"{others}, {contacts} of them {lists}" if contacts else others


def totals_line(
    reports: list[SheetReport],
    failures: list[str],
    files: int,
    skipped: int = 0,
    left_alone: int = 0,
    conflicts: int = 0,
    copies: int = 0,
    not_trackers: int = 0,
) -> str:
    """'3 files, 114 rows — 5 Overdue, ...; 1 failed; 1 skipped (open in Excel or
    LibreOffice); 1 left alone (a list of contacts)', from the sheets' reports, the failed
    files' reasons, the number of files skipped as open elsewhere, of lists of contacts
    (``ContactsList``: counted apart, as no tracker was read in them), of other files that are
    plainly no tracker (``NotATracker``: '7 left alone (not trackers)') and of sync conflict
    copies (``SyncConflictCopy``: '1 skipped (a sync conflict copy)') and of copies of a
    tracker with nothing of their own (``SameRowsCopy``: '1 skipped (a copy of another
    tracker)'); a full disk, which
    fails every file written to it, is named: '2 files, all failed (no space left on the
    disk)' (the rows of a file not processed are
    not counted, so "0 rows" would read as empty trackers). The files counted first are those
    read here: '2 files, 60 rows — ...; 1 skipped (open in Excel or LibreOffice)' of 3 files."""
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
    contacts = _left_alone_kinds(left_alone, not_trackers)
    left_alone += not_trackers
    if left_alone == files:
        return f"{counted(files, 'file')}, all left alone ({contacts})"
    if failures and len(failures) + skipped == files:
        return f"{counted(files, 'file')}, {len(failures)} failed{why}, {skips}"
    counts: Counter[str] = Counter()
    for report in reports:
        counts.update(report.counts)
        counts.subtract(report.repeated)
    rows = sum(report.rows for report in reports)
    # The files whose rows are counted: one skipped as open elsewhere is not read here, and
    # "12 files, 580 rows; 2 skipped" counted it twice (ot137 F2).
    text = f"{counted(files - skipped, 'file')}, {counted(rows, 'row')}"
    repeated = sum(sum(report.repeated.values()) for report in reports)
    if repeated:  # a conflict copy's rows, as the digest lists them: once (ot58 F9)
        text += f" ({repeated:,} repeated in a copy, counted once)"
    parts = ", ".join(f"{counts[s]:,} {s}" for s in STATUSES if counts[s])
    if parts:
        text += f" — {parts}"
    if failures:
        text += f"; {len(failures)} failed{why}"
    if skipped:
        text += f"; {skips}"
    if left_alone:
        text += f"; {left_alone} left alone ({contacts})"
    if conflicts:  # never written, their rows not counted (ot112 F1)
        which = "a sync conflict copy" if conflicts == 1 else "sync conflict copies"
        text += f"; {conflicts} skipped ({which})"
    if copies:  # nothing of their own: their rows are counted in the trackers they copy
        which = "a copy of another tracker" if copies == 1 else "copies of other trackers"
        text += f"; {copies} skipped ({which})"
    return text
