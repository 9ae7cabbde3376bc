"""The xlsx package editor: writes the owned columns into a workbook, changing only the tool's
cells and parts. ``write_workbook`` is the one entry; the modules here are its internals.

Layout: ``plan`` plans the write and ``package`` writes the members; ``scan`` streams the sheet,
``sheet`` edits the worksheet's elements around its rows, ``cells`` makes the owned cells and
merges them into the rows, ``parts`` edits the small parts, ``notes`` the header notes,
``styles`` the tool's formats, ``extra_sheet`` the tool's own sheets (Drafts); ``verify``
checks the written package; ``design`` says how it all looks, ``xmlbytes`` edits XML as
bytes and ``zipcontainer`` reads and writes the zip. What the package holds is read with the
one model of it, ``read.package``.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TypeVar
from xml.etree import ElementTree

import pandas as pd

from followup_batch.errors import InTheWay, UnsafeWrite
from followup_batch.progress import named
from followup_batch.read.damage import malformed_part_message
from followup_batch.read.package import (
    ENCRYPTED,
    OLE2_MAGIC,
    MalformedPackage,
    content_types,
    open_package,
    read_sheets,
)
from followup_batch.read.table import RawTable
from followup_batch.read.xlsx_cells import refuse_damaged_workbook
from followup_batch.write import WriteOptions, atomic
from followup_batch.write.live import LiveStatus
from followup_batch.write.outbox import Outbox, SheetLayout
from followup_batch.write.xlsx import package, plan, zipcontainer
from followup_batch.write.xlsx.row_heights import ToolHeights
from followup_batch.write.xlsx.same_result import same_result
from followup_batch.write.xlsx.stamps import worth_restamping
from followup_batch.write.xlsx.twice_listed import keep_dropped
from followup_batch.write.xlsx.verify import verify_package
from followup_batch.write.xlsx.xmlbytes import MalformedPart

T = TypeVar("T")

__all__ = ["check_workbook", "workbook_layout", "write_workbook"]

# Said of a write of the tool's own last version for this version's live status formulas
# alone, the first run after an upgrade (``WriteOptions.upgraded``): nothing else changed.
UPGRADED_FORMULAS = (
    "written again: this version's status formulas, where the file held an earlier "
    "version's; nothing else in it changed"
)
# ... as a dry run foresees it (``batch``: fx303 said nothing of it).
WOULD_UPGRADE_FORMULAS = (
    "a real run would write it again: this version's status formulas, where the file holds an "
    "earlier version's; nothing else in it would change"
)


def write_workbook(
    table: RawTable,
    owned: pd.DataFrame,
    target: Path,
    as_of: datetime.date,
    *,
    options: WriteOptions,
    extra_sheets: Mapping[str, pd.DataFrame],
    expected: atomic.Fingerprint | None,
    live: LiveStatus | None = None,
    outbox: Outbox | None = None,
    refuse_change: Exception | None = None,
    watch: Mapping[Path, atomic.Fingerprint | None] | None = None,
    last_heights: ToolHeights | None = None,
) -> tuple[bool, package.Written, int]:
    """Write the owned columns (and the tool's ``extra_sheets``) into a copy of the tracker's
    workbook, verify it and replace ``target`` with it (see ``write.write_results``). Returns
    whether ``target`` was replaced (not when it held the result already), what the write
    did (its ``notes`` for the person: a table not widened, a protected sheet; and of those
    its ``news``), and how many links of the file left as it was are cut short
    (``same_result``: a LibreOffice save).
    ``refuse_change`` is raised, nothing written, when ``target`` differs from the result.
    ``expected``: the tracker's version as read (``atomic.fingerprint``); written elsewhere, a
    save of the tracker since is refused, as one of ``watch`` (other files the result is made
    from, each with its version as read) is. ``last_heights``: the heights the tool's last
    run left on the sheet's rows (``row_heights.ToolHeights``), set again; what ``Written``
    says the write leaves is kept for the next."""
    source = Path(table.path)
    _check_editable(source)
    in_place = atomic.replaces(target, source)
    written = package.Written(set(), set(), set(), [], [], [], [], {}, again=[], heights={})
    sheet_part = ""
    # The date the stamps of the file replaced say (the tracker, or an --output written
    # before), kept when the result dated that day is that file (``stamps``). In place, from
    # the header notes the write's plan reads from that very file (``plan.Dated``): looked up
    # here, they cost a second parse of the sheet's relationships, 0.3 CPU s on a written
    # 100,000-row tracker (a link for every draft's subject).
    from_plan = in_place and table.sheet is not None
    stamped = (
        kept_stamp(replace(table, path=target), as_of)
        if options.keep_stamps and not from_plan
        else None
    )

    dated: plan.Dated | None = None

    def restamped(new: Path, temp: Path) -> None:
        assert stamped is not None and dated is not None
        # Its steps are the write's again: the status line says what this pass is. Only the
        # parts that hold the date are made again; the others, the 100,000-row tracker sheet
        # among them, are the write's output ``new``'s.
        with _told_for(source, table.sheet), named("checking whether only the dates changed: "):
            package.restamp_package(new, temp, dated, stamped)

    def write(temp: Path) -> None:
        nonlocal sheet_part, dated, stamped
        with _told_for(source, table.sheet):
            additions = plan.Additions(
                extra_sheets, live, outbox, options.due_soon_bd, last_heights=last_heights
            )
            done = package.write_package(table, owned, source, temp, as_of, additions)
            sheet_part = done.sheet_part
            dated = done.dated
            if options.keep_stamps and from_plan and dated is not None:
                then = dated.noted_as_of()
                stamped = None if then == as_of else then
            # A second entry of the tool's sheet dropped: its part kept first (ot89 F5).
            keep_dropped(target, done.dropped)
            written.touched.update(done.touched)
            written.made.update(done.made)
            written.removed.update(done.removed)
            written.notes[:] = done.notes
            written.news[:] = done.news
            written.notices[:] = done.notices
            written.again[:] = done.again
            written.sealed.clear()
            written.sealed.update(done.sealed)
            written.heights.clear()
            written.heights.update(done.heights)

    cut_links = 0

    def same(new: Path, old: Path) -> bool:
        # The same parts in another container (order, compression, times) are the same file;
        # so is the same result spelled another way (a file LibreOffice saved, no edit made).
        nonlocal cut_links
        if zipcontainer.same_parts(new, old):
            return True
        # The same result but for its date stamps: the file's are kept (``stamps``).
        if (
            stamped is not None
            and dated is not None
            and worth_restamping(new, old, as_of, sheet_part)
            and _same_restamped(new, old, functools.partial(restamped, new))
        ):
            return True
        found = same_result(new, old, written.touched, written.removed)
        cut_links = found or 0
        if found is None and options.upgraded and formulas_alone(new, old):
            written.notes.append(UPGRADED_FORMULAS)
            written.news.append(UPGRADED_FORMULAS)
            written.notices.append(UPGRADED_FORMULAS)
        return found is not None

    def formulas_alone(new: Path, old: Path) -> bool:
        # The file but for the tool's status formulas, dated as it is (``stamps``).
        def alike(mine: Path, theirs: Path) -> bool:
            found = same_result(
                mine, theirs, written.touched, written.removed, any_status_formula=True
            )
            return found is not None

        if stamped is None or dated is None:
            return alike(new, old)
        return _same_restamped(new, old, functools.partial(restamped, new), alike)

    replaced = atomic.replace_atomically(
        target,
        write,
        backup=options.backup,
        verify=lambda temp: _verified(table, temp, written),
        backups_kept=options.backups_kept,
        expected=expected if in_place else None,
        # Written elsewhere (--output): the tracker read, as it was read (ot84/ot85: watched
        # only from the write, a save made during the run gave an output of the old version).
        watch=watch if in_place else {source: expected, **(watch or {})},
        skip_unchanged=True,
        same=same,
        refuse_change=refuse_change,
    )
    return replaced.written, written, 0 if replaced.written else cut_links


def kept_stamp(table: RawTable, as_of: datetime.date) -> datetime.date | None:
    """The date the header note of ``table``'s sheet in its file says the tool's result was
    computed on (``workbook_written_as_of``) when it is not ``as_of``: the stamp date a write
    keeps when the result dated that day is the file (``stamps``). None when there is none
    to keep: no such file yet, a workbook never written, or by a version that wrote no date,
    or dated ``as_of``."""
    then = workbook_written_as_of(table)
    return None if then == as_of else then


def _same_restamped(
    new: Path,
    old: Path,
    build: Callable[[Path], object],
    same: Callable[[Path, Path], bool] = zipcontainer.same_parts,
) -> bool:
    """Whether ``old`` is, part for part (or as ``same`` compares), the result ``build``
    writes with the file's own stamp date (``stamps``): then the run writes nothing, the
    file's dates staying as they are. Built beside ``new`` under a temporary name a killed
    run's next run removes."""
    temp = new.with_name(atomic.temp_name(old.name))
    try:
        build(temp)
        return same(temp, old)
    finally:
        temp.unlink(missing_ok=True)


def _verified(table: RawTable, temp: Path, written: package.Written) -> None:
    """``verify_package`` of the workbook written to ``temp``; when it does not read back, a
    tracker sheet that was damaged before the run is named (``refuse_damaged_workbook``)
    rather than the run's own output blamed."""
    source = Path(table.path)
    try:
        verify_package(source, temp, written.touched, written.made, written.removed, written.sealed)
    except UnsafeWrite:
        if table.sheet is not None:
            refuse_damaged_workbook(source, [table.sheet])
        raise


def check_workbook(table: RawTable, rows: pd.Index, as_of: datetime.date) -> None:
    """Raise, writing nothing, what ``write_workbook`` would raise for a write of the tracker's
    ``rows`` because of what the workbook holds: a package it cannot edit, a table or cells of
    the person's in the rows it writes (``InTheWay``), a formula its columns would cut. For
    ``run --dry-run`` and ``check``, in the words of the run."""
    source = Path(table.path)
    _check_editable(source)
    if table.sheet is not None:  # a damaged sheet, as the run would find it after its work
        refuse_damaged_workbook(source, [table.sheet])
    with _told_for(source, table.sheet):
        package.check_package(table, rows, source, as_of)


def workbook_layout(table: RawTable, rows: pd.Index, as_of: datetime.date) -> SheetLayout | None:
    """Where ``write_workbook`` would put the tracker's columns for its ``rows``, writing
    nothing (``package.sheet_layout``); raises what it would raise."""
    source = Path(table.path)
    _check_editable(source)
    with _told_for(source, table.sheet):
        return package.sheet_layout(table, rows, source, as_of)


def workbook_additions_said(
    table: RawTable,
    rows: pd.Index,
    as_of: datetime.date,
    *,
    live: bool,
    backup: bool,
    present: Sequence[str] = (),
) -> tuple[str | None, list[str], list[str]]:
    """What ``write_workbook`` would add to the workbook for the tracker's ``rows``, writing
    nothing (``package.planned_additions``; ``present``: the tool's sheets there already);
    raises what it would raise."""
    source = Path(table.path)
    _check_editable(source)
    with _told_for(source, table.sheet):
        return package.planned_additions(
            table, rows, source, as_of, live=live, backup=backup, present=present
        )


def workbook_written_as_of(table: RawTable) -> datetime.date | None:
    """The as-of date of the run that last wrote the tool's columns of the tracker sheet
    (``package.written_as_of``); None when the workbook does not say it or cannot tell."""
    return _said_by_notes(package.written_as_of, table)


def workbook_noted_columns(table: RawTable) -> frozenset[int]:
    """The tracker sheet's header columns that carry the tool's note
    (``package.noted_columns``); none when the workbook cannot tell."""
    return _said_by_notes(package.noted_columns, table) or frozenset()


def workbook_noted_without_a_legend(table: RawTable) -> bool:
    """Whether the tracker sheet's status header note ends with its as-of line
    (``package.noted_without_a_legend``); False when it cannot tell."""
    return bool(_said_by_notes(package.noted_without_a_legend, table))


def workbook_calendar_columns(
    table: RawTable,
) -> tuple[tuple[str, datetime.date | None, datetime.date | None], ...]:
    """The calendar keys heading the columns of the workbook's calendars sheet, in their
    order, each with its first and last days (None for none: ``package.calendar_columns``);
    none when it has none or cannot tell."""
    columns = _said_by_notes(lambda _, source: package.calendar_columns(source), table) or ()
    epoch = datetime.date(1904, 1, 1) if table.epoch_1904 else datetime.date(1899, 12, 30)
    return tuple((key, _day(first, epoch), _day(last, epoch)) for key, first, last in columns)


def workbook_calendar_marks(table: RawTable) -> list[str]:
    """The cells of the workbook's column of undated check-in marks counted from a run's day
    (``package.calendar_marks``); none when it has none or cannot tell."""
    return _said_by_notes(lambda _, source: package.calendar_marks(source), table) or []


def _day(serial: float | None, epoch: datetime.date) -> datetime.date | None:
    """A date serial as the day Excel shows (None for none, or one before its 1900-03-01 or
    after the year 9999)."""
    if serial is None or not 60 < serial < 2958466:
        return None
    return epoch + datetime.timedelta(days=int(serial))


def _said_by_notes(said: Callable[[RawTable, Path], T], table: RawTable) -> T | None:
    try:
        return said(table, Path(table.path))
    except (
        OSError,
        UnsafeWrite,
        MalformedPart,
        MalformedPackage,
        zlib.error,
        EOFError,
        ElementTree.ParseError,
        zipfile.BadZipFile,
        KeyError,
        ValueError,
    ):
        return None  # a package it cannot read: nothing said, the run finds out on its own


@contextlib.contextmanager
def _told_for(source: Path, sheet: str | None = None) -> Iterator[None]:
    """The package writer's refusals as the person reads them: naming the file and saying
    that nothing was written (``InTheWay`` says so and is named by the line reporting it). A
    part it cannot parse that is the tracker ``sheet`` damaged before the run is named as
    ``check`` names it (``refuse_damaged_workbook``)."""
    try:
        yield
    except InTheWay:
        raise
    except UnsafeWrite as exc:
        message = str(exc)
        if message.startswith(source.name):
            raise
        raise UnsafeWrite(f"{source.name}: {message}; nothing was written") from None
    except (
        MalformedPart,
        MalformedPackage,
        zlib.error,  # a damaged deflate stream in a part copied or edited
        EOFError,
        ElementTree.ParseError,
        zipfile.BadZipFile,
        zipfile.LargeZipFile,  # a sheet of over 2 GiB of XML
        KeyError,
    ) as exc:
        if sheet is not None:
            refuse_damaged_workbook(source, [sheet])
        raise UnsafeWrite(
            f"{source.name}: cannot update the workbook ({exc}); nothing was written. "
            "Open it in Excel and save it again, then run again"
        ) from None


def _check_editable(path: Path) -> None:
    """Raise UnsafeWrite when the package writer cannot edit ``path``: not a zip, encrypted,
    no workbook part, Strict Open XML, or its small parts are not XML. It copies every part it
    does not change byte for byte, so nothing else is refused."""
    with open(path, "rb") as handle:
        if handle.read(len(OLE2_MAGIC)) == OLE2_MAGIC:
            raise UnsafeWrite(
                f"{path.name} is password-protected (encrypted) or a legacy .xls workbook; "
                "nothing was written. Remove the password in Excel and save it as Excel "
                "Workbook (.xlsx), then run again"
            )
    try:
        reason = _why_not_editable(path)
    except MalformedPackage as exc:
        raise UnsafeWrite(malformed_part_message(path, exc)) from None
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        reason = f"it is not a readable xlsx package ({exc})"
    if reason is not None:
        raise UnsafeWrite(
            f"{path.name}: {reason}; nothing was written. Open it in Excel and save it as "
            "Excel Workbook (.xlsx), then run again"
        )


def _why_not_editable(path: Path) -> str | None:
    with zipfile.ZipFile(path) as archive:
        if any(info.flag_bits & ENCRYPTED for info in archive.infolist()):
            return "it has encrypted parts"  # told before any part is read
        package = open_package(archive)
        if package.workbook_part is None or package.binary:
            return "it has no workbook part"
        if package.strict:
            return "it is saved as Strict Open XML"
        content_types(archive)
        read_sheets(archive, package.workbook_part)
    return None
