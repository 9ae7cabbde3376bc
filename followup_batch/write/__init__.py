"""Write: the owned columns back into the tracker, atomically, with backups and locks.

``write_results`` is the stage's entry: a workbook goes through the package editor
(``write.xlsx``: every part it does not change is copied byte for byte), a CSV through
``csv_out`` (the user's fields kept as they were written). Both refuse a file open in Excel or
LibreOffice (``locks``), write to a temporary file, verify it, keep a backup and replace the
file atomically (``atomic``).
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from followup_batch.as_of import as_date
from followup_batch.errors import FollowupError, InTheWay, UnsafeWrite
from followup_batch.write import atomic
from followup_batch.write.locks import open_error

if TYPE_CHECKING:
    import pandas as pd

    from followup_batch.as_of import AsOf
    from followup_batch.read.table import RawTable
    from followup_batch.write.live import LiveStatus
    from followup_batch.write.outbox import Outbox, SheetLayout
    from followup_batch.write.xlsx.row_heights import ToolHeights


def _shipped_due_soon_bd() -> int:
    from followup_batch.schedule.ruleset import load_rule_set

    return load_rule_set().due_soon_bd


@dataclass(frozen=True)
class WriteOptions:
    """How a run writes: the backups kept of each file it replaces, the rule table's "due
    soon" horizon for the workbook's colours (the shipped rules' unless a config says), and
    whether a workbook differing only in its date stamps is kept as it is."""

    backup: bool = True
    backups_kept: int = atomic.BACKUPS_KEPT
    due_soon_bd: int = field(default_factory=_shipped_due_soon_bd)
    # A workbook whose result differs only in the run's date stamps from the file it would
    # replace (the tracker, or an --output written before) is left as it is, its own stamps
    # kept (``write.xlsx.stamps``); False dates it anew all the same (a run that wrote another
    # sheet of the file already).
    keep_stamps: bool = True
    # The file is the tool's own last version, written by another version of it
    # (``rerun.written_by_another_tool``): a write for this version's status formulas alone
    # is said (``xlsx.UPGRADED_FORMULAS``; fx303: the file was written again without a word).
    upgraded: bool = False


# Said once for a file left as it was (``write_results``'s ``cut_links``): LibreOffice saves a
# hyperlink's address cut to 255 characters, and the Compose and Draft subject links carry
# the draft's text.
CUT_LINKS_NOTE = (
    "LibreOffice cut {links} (Compose, Draft subject) to 255 characters when it saved the "
    "file, so they open a message without the end of its text; each Draft cell holds the "
    "whole message, and a run restores the links when it next writes the sheet (a date or "
    "status it shows changes); until then the file is left as LibreOffice saved it"
)


NOT_ITS_OWN = (
    "write_results takes the owned columns of the table's own rows (indexed by its row "
    "numbers; columns {first} … {last}, write.columns.OWNED_COLUMNS); {what}"
)


def check_owned(table: RawTable, owned: pd.DataFrame) -> None:
    """Refuse (``WrongArgument``) an ``owned`` frame that is not the table's: no DataFrame,
    without an owned column, or indexed by rows the table does not have (another tracker's,
    a float or repeated index), which would write its answers into the wrong rows."""
    import pandas as pd

    from followup_batch.errors import WrongArgument
    from followup_batch.read.row_index import row_index_fault
    from followup_batch.write.columns import OWNED_COLUMNS

    def refuse(what: str) -> WrongArgument:
        first, *_, last = OWNED_COLUMNS
        return WrongArgument(NOT_ITS_OWN.format(first=first, last=last, what=what))

    if not isinstance(owned, pd.DataFrame):
        raise refuse(f"this is a {type(owned).__name__}, not a DataFrame")
    missing = [key for key in OWNED_COLUMNS if key not in owned.columns]
    if missing:
        raise refuse(f"this one lacks the columns {_some(missing)}")
    fault = row_index_fault(owned.index, "owned")
    if fault is not None:
        raise refuse(fault)
    others = owned.index.difference(table.cells.index)
    if len(others):
        where = table.path.name + (f" [{table.sheet}]" if table.sheet else "")
        raise refuse(f"this one has rows {_some(others.tolist())}, which {where} does not have")


def _some(items: Sequence[object], most: int = 5) -> str:
    shown = ", ".join(map(str, items[:most]))
    return shown + (f" and {len(items) - most} more" if len(items) > most else "")


def write_results(
    table: RawTable,
    owned: pd.DataFrame,
    target: Path,
    as_of: AsOf,
    *,
    options: WriteOptions | None = None,
    extra_sheets: Mapping[str, pd.DataFrame] | None = None,
    expected: atomic.Fingerprint | None = None,
    live: LiveStatus | None = None,
    outbox: Outbox | None = None,
    notes: list[str] | None = None,
    news: list[str] | None = None,
    notices: list[str] | None = None,
    cut_links: list[int] | None = None,
    watch: Mapping[Path, atomic.Fingerprint | None] | None = None,
    last_heights: ToolHeights | None = None,
    heights_left: list[ToolHeights] | None = None,
) -> bool:
    """Write ``owned`` (the owned columns' frame: indexed by Excel row, columns
    ``OWNED_COLUMNS``) to ``target``. The table's rows ``owned`` leaves out keep what the
    tool's columns hold there; a row the table no longer has (emptied, a totals row) loses an
    earlier run's answers.

    ``target`` is ``table.path`` for an in-place update or a new path (``--output``: the whole
    workbook is carried there). Returns whether ``target`` was replaced: False when it held
    the result already (a re-run with nothing new: no write, no backup). Raises
    ``FileLocked`` when the file to be written is open in Excel/LibreOffice and does not hold
    the result already (a write that changes nothing is no write, so it passes), and
    ``UnsafeWrite`` when the write could lose content or the file changed meanwhile, and
    ``WrongArgument`` when ``owned`` is not the table's (``check_owned``); the files are then
    untouched.

    ``options``: backups, and the "due soon" horizon of the workbook's colours (by default the
    shipped rules'; a run passes its config's). Workbooks only: ``extra_sheets`` (sheet name ->
    frame) are sheets the tool owns, such as ``Drafts``: created the first time, replaced on
    re-runs, never a user's sheet of the same name (``Drafts (followup-batch)`` is used then).
    ``expected`` is ``atomic.fingerprint(table.path)`` taken before the tracker was read: when
    given, a file saved by someone since then is not overwritten; written to another file
    (``--output``), that file is not written from it (``atomic.CHANGED_SOURCE``). ``watch``:
    other files a workbook's result is made from, each with its version as read (the tracker
    itself, for the later sheets of a workbook written to ``--output``, which build on the
    first one's result), refused the same way once saved since.

    Workbooks only: ``live`` makes the status cells live formulas (``write.live``); ``outbox``
    is shared by the writes of one workbook's tracker sheets, and the last of them adds the
    Drafts and Summary sheets (``write.outbox``).

    ``notes``, when given, gets the write's notes for the person: an Excel Table left narrower
    than the tool's columns and why, a protected sheet written all the same; ``news``, those
    of them that tell of the write, not the file (an earlier version's drop-down removed, a
    CSV's "->" written as "→" now that it is UTF-8), which a re-run that finds the file
    unchanged does not say again; ``notices``, those a run shows without -v: a tool column
    found retyped or deleted and written again (``xlsx.retyped``), a CSV's
    encoding that cannot hold the person's characters of the drafts (``csv_out.SPELT_NOTE``),
    true of the file as long as it stays in that encoding.
    ``cut_links``, when given, gets how many links of a workbook left as it was LibreOffice
    cut short (``cut_links_note``). ``last_heights``: the heights the tool's last run left on
    a workbook sheet's rows (``xlsx.row_heights.ToolHeights``, from its record), which it sets
    again, shorter too; ``heights_left``, when given, gets those this write leaves, for the
    record to keep.
    """
    check_owned(table, owned)
    target = Path(target)
    as_of = as_date(as_of)
    options = options or WriteOptions()
    # The file written must not be open; the tracker itself only when it is that file (with
    # --output it is only read, as a digest reads it: Excel's last save). A write that would
    # change nothing is no write: it passes (``refuse_change``).
    # A read-only file too: refused only when the result differs from what it holds.
    real = atomic.resolve_target(target, read_only=True)
    opened = (open_error(p) for p in dict.fromkeys((target, real)))
    locked: FollowupError | None = next((error for error in opened if error is not None), None)
    locked = locked or atomic.read_only_error(real)
    if table.kind == "xlsx":
        from followup_batch.write.xlsx import write_workbook  # pandas-heavy: only for workbooks

        written, done, cut = write_workbook(
            table,
            owned,
            target,
            as_of,
            options=options,
            extra_sheets=extra_sheets or {},
            expected=expected,
            live=live,
            outbox=outbox,
            refuse_change=locked,
            watch=watch,
            last_heights=last_heights,
        )
        if heights_left is not None:
            from followup_batch.write.xlsx.row_heights import ToolHeights

            heights_left.append(ToolHeights(done.heights))
        if notes is not None:
            if written and done.lengthened and table.rows_taken_note:
                # The Table took in the rows typed under it: said as done, not as to come.
                notes[:] = [note for note in notes if note != table.rows_taken_note]
            notes += done.notes
        if news is not None:
            news += done.news
        if notices is not None and written:
            notices += [*done.again, *done.notices]
        if cut_links is not None:
            cut_links.append(cut)
    elif table.kind == "csv":
        from followup_batch.write.csv_out import write_csv

        said: list[str] = []
        fresh: list[str] = []  # of this write alone (``csv_out.UTF8_AGAIN_NOTE``)
        written = write_csv(
            table,
            owned,
            target,
            backup=options.backup,
            backups_kept=options.backups_kept,
            expected=expected,
            refuse_change=locked,
            notes=said,
            news=fresh,
        )
        if notes is not None:
            notes += said + fresh
        if news is not None:
            news += fresh
        if notices is not None:
            notices += said + fresh
    else:
        raise UnsafeWrite(
            f"{Path(table.path).name}: cannot write trackers of kind "
            f"{table.kind!r}; write to an .xlsx or .csv file with --output"
        )
    return written


def check_writable(sheets: Sequence[tuple[RawTable, pd.Index]], as_of: datetime.date) -> None:
    """Raise, writing nothing, what ``write_results`` would raise for each tracker sheet's
    ``rows`` of one file because of what the file holds (``write.xlsx.check_workbook``):
    ``run --dry-run`` and ``check`` foresee a run's refusal in its words. Every table and
    cell of the person's in the way, on every sheet, is named in one ``InTheWay``: one fix,
    not a refusal a night. A CSV has no such refusal."""
    from followup_batch.write.xlsx.cells import ALSO

    reasons = in_the_way(sheets, as_of)
    if reasons:
        raise InTheWay(ALSO.join(reasons))


def in_the_way(sheets: Sequence[tuple[RawTable, pd.Index]], as_of: datetime.date) -> list[str]:
    """The ``InTheWay`` reason of each sheet whose write would be refused (``check_writable``);
    any other refusal of the file is raised."""
    from followup_batch.write.xlsx import check_workbook

    reasons = []
    for table, rows in sheets:
        if table.kind != "xlsx":
            continue
        try:
            check_workbook(table, rows, as_of)
        except InTheWay as exc:
            reasons.append(exc.reason)
    return reasons


def sheet_layout(table: RawTable, rows: pd.Index, as_of: datetime.date) -> SheetLayout | None:
    """Where a write of the tracker's ``rows`` would put the tool's columns, for the Drafts and
    Summary sheets of a run of another sheet of the workbook (``--sheet``); None for a CSV and
    for a sheet the tool has never written (``write.xlsx.workbook_layout``)."""
    if table.kind != "xlsx":
        return None
    from followup_batch.write.xlsx import workbook_layout

    return workbook_layout(table, rows, as_of)


def written_as_of(table: RawTable) -> datetime.date | None:
    """The as-of date of the run that last wrote the tool's columns of ``table``'s sheet, as
    the workbook states it (``write.xlsx.workbook_written_as_of``); None for a CSV, which has
    no place for it that is not a cell of the person's, and when the workbook does not say."""
    if table.kind != "xlsx":
        return None
    from followup_batch.write.xlsx import workbook_written_as_of

    return workbook_written_as_of(table)


def calendar_columns(
    table: RawTable,
) -> tuple[tuple[str, datetime.date | None, datetime.date | None], ...]:
    """The calendar keys heading the columns of the hidden calendars sheet of ``table``'s
    workbook, in their order, each with its first and last days (None for none): the columns
    its tracker sheets' status formulas name, from the first day down, which a run of one sheet
    (``--sheet``) keeps where they are (``write.xlsx.workbook_calendar_columns``). Empty for
    a CSV."""
    if table.kind != "xlsx":
        return ()
    from followup_batch.write.xlsx import workbook_calendar_columns

    return workbook_calendar_columns(table)


def calendar_marks(table: RawTable) -> list[str]:
    """The undated check-in marks the workbook of ``table`` keeps, as its hidden calendars
    sheet holds them (``memory.marks_seen.book_texts``); none for a CSV."""
    if table.kind != "xlsx":
        return []
    from followup_batch.write.xlsx import workbook_calendar_marks

    return workbook_calendar_marks(table)


def tool_noted_columns(table: RawTable) -> frozenset[int]:
    """The header columns of ``table``'s sheet that carry the tool's note: the tool's own
    columns, which the write finds by it (``write.xlsx.workbook_noted_columns``); none for a
    CSV, which has no notes."""
    if table.kind != "xlsx":
        return frozenset()
    from followup_batch.write.xlsx import workbook_noted_columns

    return workbook_noted_columns(table)


def noted_without_a_legend(table: RawTable) -> bool:
    """Whether the workbook's status header note ends with its as-of date, with no legend of
    live statuses (``write.xlsx.workbook_noted_without_a_legend``); False for a CSV."""
    if table.kind != "xlsx":
        return False
    from followup_batch.write.xlsx import workbook_noted_without_a_legend

    return workbook_noted_without_a_legend(table)


def planned_additions(
    table: RawTable,
    owned: pd.DataFrame,
    as_of: datetime.date,
    *,
    live: bool,
    backup: bool,
    present: Sequence[str] = (),
) -> tuple[str | None, list[str], list[str]]:
    """What a run writing ``owned`` would add to the tracker's workbook (its columns,
    drop-downs, colours and sheets, the backup), for ``run --dry-run``, None when it adds
    nothing; the notes its write would give, and those of them it would show without -v
    (``write.xlsx.workbook_additions_said``). For a CSV, the notice its write gives of the
    drafts' characters its encoding cannot hold (``csv_out.SPELT_NOTE``), said as the run
    says it, and, shown without -v, that its "->" would be written "→" now that the file is
    UTF-8 (``csv_out.UTF8_AGAIN_NOTE``)."""
    if table.kind == "csv" and table.csv is not None:
        from followup_batch.write.csv_out import spelt_said

        said, again = spelt_said(table, owned)
        return said, [], [again] if again else []
    if table.kind != "xlsx":
        return None, [], []
    from followup_batch.write.xlsx import workbook_additions_said

    return workbook_additions_said(
        table, owned.index, as_of, live=live, backup=backup, present=present
    )


def needs_write(
    sheets: Sequence[tuple[RawTable, pd.DataFrame]], as_of: datetime.date, *, own: bool = False
) -> bool | None:
    """Whether writing each tracker sheet's ``owned`` result into its file in place would
    change it, as far as can be told writing nothing: the decision that lets a run pass a file
    open in Excel or read-only (``refuse_change``), for its dry run. A CSV is rendered as its
    write renders it and compared with the file (``csv_out.holds_result``); a workbook the
    write adds columns or sheets to is changed, and so is one whose status header says it was
    written as of another day (``written_as_of``) and that is not the tool's own last version
    (``own``, ``rerun.is_own_version``): saved since by a spreadsheet program, its parts are
    not those the write makes, so the write dates it anew. None when only the write can tell:
    a workbook holding the tool's columns as of this day already (its package is rendered
    whole to compare), or the tool's own version of another day, whose dates the write keeps
    when nothing else would change (``write.xlsx.stamps``)."""
    if not sheets:
        return None
    table, owned = sheets[0]
    if table.kind == "csv" and table.csv is not None:
        from followup_batch.write.csv_out import holds_result

        return not holds_result(table, owned)
    if table.kind != "xlsx":
        return None
    from followup_batch.write.xlsx import workbook_additions_said

    for table, owned in sheets:
        if not own and written_as_of(table) not in (None, as_of):
            return True
        said, _, _ = workbook_additions_said(table, owned.index, as_of, live=False, backup=False)
        if said is not None:
            return True
    return None


def as_written(table: RawTable) -> Callable[[str], str]:
    """The tool's text as ``table``'s file holds it once written, as the next run reads it
    back: a CSV's encoding may lack a character (cp1252 has no "→": written "->"); a workbook
    holds every character as it is, but no more than a cell holds (``within_cell``: a text
    over Excel's limit is shortened as it is written). What is compared with the file's cells
    on the next run (``hand_edits``) goes through it."""
    if table.kind == "csv" and table.csv is not None:
        from followup_batch.write.csv_out import csv_text_as_written, text_encoding

        fmt = table.csv.fmt
        return functools.partial(csv_text_as_written, encoding=text_encoding(fmt), mixed=fmt.mixed)
    from followup_batch.normalise.cells import within_cell

    return within_cell
