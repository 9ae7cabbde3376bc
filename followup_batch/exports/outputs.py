"""The exports one command asks for, written in order: the .eml drafts first (so the digest
page can link them), the calendar, then the digest files.

``Exports`` says what to write; ``write_exports`` writes it and returns one line per file for
the command's report. With ``dry_run`` nothing is written and the lines say what would have
been. Errors are ``FollowupError`` naming the file; a bug in one export is said as that
file's "internal error", the others written all the same.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from followup_batch.errors import FollowupError, OpenElsewhere, internal_error
from followup_batch.exports.calendar_ties import ahead_note
from followup_batch.exports.digest import Digest, build_digest, clients_told_apart
from followup_batch.exports.digest_html import load_digest_template, write_digest_html
from followup_batch.exports.digest_text import write_digest_markdown
from followup_batch.exports.edited_drafts import (
    doubtful_stale,
    edit_notes,
    edited_stale,
    found_edits,
    keep_removed,
    no_edits,
    records_now,
    save_doubtful,
    save_edits,
    written_records,
)
from followup_batch.exports.eml import (
    FILE_TAG,
    INDEX,
    NOT_OURS,
    DraftsSkipped,
    draft_bytes,
    draft_heads,
    eml_paths,
    gone_trackers,
    held_drafts,
    message_tags,
    recorded_drafts,
    remember_trackers,
    skipped_drafts,
    stale_drafts,
    tracker_tag,
    write_drafts,
)
from followup_batch.exports.files import DIGEST_KINDS, ForeignExport, export_kind, replace_refusal
from followup_batch.exports.first_drafts import first_version_drafts
from followup_batch.exports.ics import (
    DEFAULT_ALARM,
    CalendarWritten,
    planned_calendar,
    write_ics,
)
from followup_batch.exports.indexes import read_index, set_aside, unreadable
from followup_batch.exports.other_computers import Ties, behind_the_other, tied_drafts
from followup_batch.exports.removed_drafts import counted, removed_said, withheld_drafts

# The drafts line of a run that found each draft as it would write it (a rerun: ot73 F8c),
# when the line has nothing else to say.
UNCHANGED = " (none rewritten)"


def digest_kind(path: Path) -> str:
    """``.html``, ``.xlsx`` or ``.md`` by the file's suffix; ``ValueError`` for another
    (``files.export_kind``: the check of every export's suffix)."""
    return export_kind(path, "--digest")


@dataclass(frozen=True)
class Exports:
    """What to write besides the trackers."""

    ics: Path | None = None
    alarm: dt.time | None = DEFAULT_ALARM
    eml_dir: Path | None = None
    digests: tuple[tuple[Path, str], ...] = ()  # (path, kind: .html, .xlsx or .md)
    horizon_days: int = 0
    with_drafts: bool = False
    templates: Path | None = None  # the config's templates folder (digest.html.j2)
    sender: Mapping[str, str] = field(default_factory=dict)
    clients: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    whole_files: bool = True  # every sheet of a workbook is read (False with --sheet)

    @property
    def wanted(self) -> bool:
        return self.ics is not None or self.eml_dir is not None or bool(self.digests)

    def listed_in(self, *, digest: bool = False) -> str:
        """Where the run lists follow-ups: 'digest, calendar and drafts folder' (``digest``:
        the ``digest`` command shows one whatever files it writes)."""
        places = [
            place
            for place, asked in (
                ("digest", digest or bool(self.digests)),
                ("calendar", self.ics is not None),
                ("drafts folder", self.eml_dir is not None),
            )
            if asked
        ]
        return " and ".join(", ".join(places).rsplit(", ", 1))

    def files(self) -> list[tuple[str, Path]]:
        """(kind, path) of each file or folder asked for: "drafts", "calendar", "digest"."""
        asked = [("drafts", self.eml_dir), ("calendar", self.ics)]
        asked += [("digest", path) for path, _ in self.digests]
        return [(kind, Path(path)) for kind, path in asked if path is not None]

    def check_template(self) -> None:
        """Load the digest page's template now: a broken one is a ``ConfigError`` before any
        tracker is read."""
        if any(kind == ".html" for _, kind in self.digests):
            load_digest_template(self.templates)


class _Done(NamedTuple):
    """What became of one export: its report line, or why it was not written (and the
    traceback, when a bug was why)."""

    line: str
    error: str = ""
    trace: str = ""
    skipped: tuple[str, ...] = ()  # drafts left as they were (open elsewhere): the rest written


# Below this many items and messages the exports take less time than starting processes.
PARALLEL_EXPORTS_FROM = 2_000


@dataclass(frozen=True)
class _Job:
    """One export to write: the drafts' folder, the calendar or a digest file."""

    kind: str  # "eml", "ics", or a digest kind (.html, .xlsx, .md)
    path: Path
    data: Any  # the messages and their files (and bytes), the due items, or the digest


def write_exports(
    exports: Exports,
    items: pd.DataFrame,
    messages: pd.DataFrame,
    as_of: dt.date,
    *,
    dry_run: bool = False,
    digest: bool = False,
    jobs: int | None = 1,
    unread: Sequence[tuple[str, str]] = (),
    trackers: Sequence[tuple[Path, str]] = (),
    unread_paths: Sequence[Path] = (),
    not_updated: Sequence[tuple[str, str]] = (),
    rows: Iterable[tuple[object, object, object, object]] = (),
    addressed: Iterable[tuple[object, Collection[str]]] = (),
    read: Iterable[tuple[str, str, str]] = (),
) -> tuple[list[str], Digest | None]:
    """Write ``exports`` of the due ``items`` (``exports.due``) and the drafts' ``messages``
    (with ``path``: the tracker each comes from). Returns the report lines and the digest
    (built when a digest file or ``digest`` asks for it; ``unread``: (file name, why) of the
    trackers that could not be read, which the digest lists). ``trackers``: every tracker
    read; their earlier drafts that are not written again are removed (``prune_drafts``).
    ``unread_paths``: the paths of the trackers not read, whose calendar events are kept.
    ``not_updated``: (file name, why) of the trackers read from their last save but not
    written (open in Excel, say), which the digest lists too. ``rows``: (path, sheet, client,
    company) of every row of ``trackers``, beside those of ``items`` and ``messages``, which
    tell an earlier version's drafts of theirs (``eml.draft_heads``). ``addressed``: (company,
    addresses) of every row of ``trackers``, which tell the first version's drafts of theirs,
    named for no client (``first_drafts.first_version_drafts``). ``read``: (client, path,
    file name) of every client of ``trackers``, which the digest names when nothing of theirs
    is due (``digest.nothing_due``).

    The files are independent of one another (the digest links the drafts by the names
    ``eml_paths`` gives them before they are written), so with ``jobs`` > 1 (None: one per
    CPU) and thousands of items they are written side by side by worker processes. One that
    cannot be written does not stop the others: ``FollowupError`` names it once all are done.
    """
    not_written = " (dry run, not written)" if dry_run else ""
    todo: list[_Job] = []
    report: list[str | _Job] = []  # a line, or the job whose line it will be

    def add(job: _Job) -> None:
        todo.append(job)
        report.append(job)

    refused: list[str] = []  # a dry run's exports the run would refuse (open in Excel, say)
    drafts_at, held, gone, heads = None, {}, set(), set()
    paths: list[Path] = []
    unread_index = ""  # why the drafts folder's index cannot be read
    naming: dict[str, str | None] = {}  # ``held``, a tied tracker's drafts kept apart not ours
    tie_notes: list[str] = []
    withheld: set[tuple[str, str]] = set()
    copies: set[str] = set()  # drafts the folder holds twice: one of them goes
    tied: dict[str, str] = {}  # another computer's tag -> this run's, of one tracker
    theirs: dict[str, set[str]] = {}  # its tag -> the names its drafts of that tracker's rows have
    recorded: set[str] | None = None
    first: set[str] = set()  # the first version's drafts of the rows read
    edits, index = no_edits(), {}
    saved: dict[str, Path] = {}  # the person's edit of a draft for an earlier step: its copy
    not_saved: dict[str, str] = {}  # why such an edit could not be saved (left as it is)
    doubted: dict[str, Path] = {}  # a draft that may hold the person's edit: its copy (KEPT)
    if exports.eml_dir is not None:
        drafts_at = len(report)
        # An index a sync cut short: whose drafts are whose is unknown this run (ot65 F6).
        unread_index = unreadable(exports.eml_dir / INDEX)
        held = held_drafts(exports.eml_dir)  # read once: the drafts' names, the stale ones
        # Trackers renamed, moved or deleted, sheets renamed: their drafts go too.
        gone = gone_trackers(exports.eml_dir, trackers, whole=exports.whole_files)
        recorded = recorded_drafts(exports.eml_dir)  # the names the tool wrote (None: unsaid)
        # How this run's rows' drafts are named, and how earlier versions named them.
        named = [*rows, *_named_rows(items, messages)]
        heads = draft_heads(named)
        first = first_version_drafts(exports.eml_dir, held, trackers, addressed)
        withheld = withheld_drafts(items)  # due, but their template failed: not drafted
        # The same trackers of another computer syncing the folder: their drafts are these.
        ties = tied_drafts(
            exports.eml_dir, messages, trackers, held, exports.sender, exports.clients
        )
        tied = ties.tied
        # A row the other computer's newer tracker has moved on: its drafts stay, none here.
        messages, ties, ahead, tie_notes = behind_the_other(messages, ties, held, dry_run)
        # Their draft that is not this run's message stays as it is, this run's beside it.
        naming = held | {name: NOT_OURS for _, name in ties.apart} | dict.fromkeys(ahead, NOT_OURS)
        if len(messages):
            paths = eml_paths(messages, exports.eml_dir, naming, gone, tied)
        tie_notes = _tie_notes(ties, paths, dry_run) + tie_notes
        messages, copies = _kept_as_they_are(messages, paths, held, ties.same)
        theirs = _rows_of(tied, named)
        # Drafts the person edited in place: kept, or saved beside before a new step's draft.
        index = read_index(exports.eml_dir / INDEX)
        rewritten = {name for _, name in ties.rewritten}
        written_now = messages

        def made(ats: list[int]) -> list[bytes]:
            """This run's drafts at ``ats``: what a draft without a seal is compared with."""
            return draft_bytes(written_now.iloc[ats], exports.sender, exports.clients)

        edits = found_edits(exports.eml_dir, messages, paths, held, index, rewritten, gone, made)
        if not dry_run:
            saved, not_saved = save_edits(exports.eml_dir, edits)
            doubted, not_doubted = save_doubtful(exports.eml_dir, edits)
            not_saved |= not_doubted
        left = [at for at in range(len(paths)) if at not in edits.kept]
        if len(messages) and not dry_run:
            items = with_draft_files(items, messages, paths)
            add(_Job("eml", exports.eml_dir, (messages.iloc[left], [paths[at] for at in left])))
        else:
            count = counted(len(messages), ".eml message")
            line = f"drafts: {count} → {exports.eml_dir}{not_written}"
            if dry_run:  # what the run would leave as it is (open elsewhere), and remove
                refused += _would_skip(exports, messages, paths, left)
                stale = stale_drafts(
                    exports.eml_dir, paths, trackers, naming, gone, recorded, heads, theirs, first
                )
                still_open = _open_drafts(stale)
                refused += [
                    f"{path} is no longer due but would be left as it is: it is {why}"
                    for path, why in still_open.items()
                ]
                stale = [path for path in stale if path not in still_open]
                copies |= _numbered_copies(stale, paths, held, tied)
                gone_edits = edited_stale(stale, index, copies)  # their text would be kept
                in_doubt = doubtful_stale(stale, index, held, copies)
                tie_notes += edit_notes(
                    edits,
                    saved,
                    not_saved,
                    gone_edits,
                    exports.eml_dir,
                    True,
                    doubted=edits.doubt.values(),
                    doubted_gone=in_doubt,
                )
                removed = removed_said(
                    stale, held, gone, withheld, exports.eml_dir, " would be", copies
                )
                line = f"{line[:-1]}; {removed})" if removed else line
            if unread_index and dry_run:  # a run says it once its drafts are written, below
                tie_notes.append(_unread_index_note(unread_index, None, ""))
            report.append(line + "".join(f" ({note})" for note in tie_notes if dry_run))

    def would_refuse(path: Path, kind: str) -> bool:
        """A dry run's export that the run would refuse, said as the run says it."""
        refusal = replace_refusal(path, kind)
        if refusal is not None:
            refused.append(str(refusal))
        return refusal is not None

    if exports.ics is not None:
        if not dry_run:
            add(_Job("ics", exports.ics, (items, tuple(unread_paths), tuple(trackers))))
        elif not would_refuse(exports.ics, ".ics"):  # what the run would write, cancel, keep
            _, would = planned_calendar(
                items,
                exports.ics,
                as_of=as_of,
                alarm=exports.alarm,
                unread=unread_paths,
                read=trackers,
                whole=exports.whole_files,
            )
            report.append(_calendar_line(would, exports.ics, dry_run=True))
    built = None
    if exports.digests or digest:
        built = build_digest(
            items,
            as_of,
            horizon_days=exports.horizon_days,
            unread=unread,
            not_updated=not_updated,
            nothing_read=bool(unread) and not trackers,
            read=read,
        )
        for path, kind in exports.digests:
            if dry_run and would_refuse(path, kind):
                continue
            if dry_run:
                report.append(f"digest → {path}{not_written}")
            else:
                add(_Job(kind, path, built))
    workers = _export_jobs(jobs, len(todo), len(items) + len(messages))
    if workers > 1:
        done = _in_workers(todo, workers, exports, as_of)
    else:
        done = [_attempt(job, exports, as_of) for job in todo]
    if built is not None and todo and todo[0].kind == "eml" and done[0].error:
        # Drafts that could not be written (a full disk): the page links none of them.
        built = without_lost_drafts(built, messages, paths, exports, done[0].error)
        done = [
            _attempt(_Job(job.kind, job.path, built), exports, as_of)
            if job.kind in DIGEST_KINDS and not result.error
            else result
            for job, result in zip(todo, done, strict=True)
        ]
    if todo and todo[0].kind == "eml" and done[0].error:  # some drafts may be in the folder
        error = done[0].error
        done[0] = done[0]._replace(
            error=f"{_drafts_in(todo[0].path, messages, paths, exports)}; {error}"
        )
    # One file that cannot be written does not keep the others from being written.
    failures = refused + [result.error for result in done if result.error]
    written = {id(job): result.line for job, result in zip(todo, done, strict=True)}
    lines = [written[id(x)] if isinstance(x, _Job) else x for x in report]
    folder = exports.eml_dir
    if drafts_at is not None and folder is not None and lines[drafts_at] and not dry_run:
        stale = (
            # Another computer's drafts of this run's trackers go as their own do.
            stale_drafts(folder, paths, trackers, naming, gone, recorded, heads, theirs, first)
            if folder.is_dir()
            else []
        )
        copies |= _numbered_copies(stale, paths, held, tied)
        gone_edits = edited_stale(stale, index, copies)
        in_doubt = doubtful_stale(stale, index, held, copies)
        _, not_kept = keep_removed(folder, [*gone_edits, *in_doubt])
        stale = [path for path in stale if path.name not in not_kept]
        gone_edits = [name for name in gone_edits if name not in not_kept]
        in_doubt = [name for name in in_doubt if name not in not_kept]
        # A draft no longer due that is open in Excel or LibreOffice stays until it is closed,
        # as one to be rewritten does (``write_drafts``).
        still_open = _open_drafts(stale)
        failures += [
            f"{path} is no longer due but was left as it was: it is {why}"
            for path, why in still_open.items()
        ]
        stale = [path for path in stale if path not in still_open]
        for path in stale:
            path.unlink(missing_ok=True)
        if edits.kept and todo and todo[0].kind == "eml" and not done[0].error:
            same = lines[drafts_at].endswith(UNCHANGED)
            lines[drafts_at] = _drafts_line(_Job("eml", folder, (messages, paths)))
            lines[drafts_at] += UNCHANGED if same else ""
        if stale:
            lines[drafts_at] += (
                f" ({removed_said(stale, held, gone, withheld, folder, copies=copies)})"
            )
        tie_notes += edit_notes(
            edits,
            saved,
            not_saved,
            gone_edits,
            folder,
            not_kept=not_kept,
            doubted=doubted,
            doubted_gone=in_doubt,
        )
        if unread_index:  # set aside before a new one is written over it
            kept, why = set_aside(folder / INDEX)
            tie_notes.append(_unread_index_note(unread_index, kept, why))
        lines[drafts_at] += "".join(f" ({note})" for note in tie_notes)
        if f"{UNCHANGED} (" in lines[drafts_at]:  # said only of a line that says nothing else
            lines[drafts_at] = lines[drafts_at].replace(UNCHANGED, "", 1)
        # The index keeps the trackers that own drafts in the folder now.
        names = {path.name for path in paths}
        owners = set(message_tags(messages)) | {
            owner for name, owner in held.items() if name not in names and (folder / name).exists()
        }
        # An edit kept of a tracker since renamed carries its old mark: that entry stays, so
        # the next run knows the draft for its new place's again.
        owners |= {held.get(name) for name in edits.kept.values()}
        # The tool's drafts now: those written, and those it wrote before that are still there
        # (before the index said, those under a name it writes).
        ours = {
            name
            for name, owner in held.items()
            if owner != NOT_OURS
            and (name in recorded if recorded is not None else True)
            and (folder / name).exists()
        }
        # Written but for the drafts left as they were (open elsewhere), which keep their
        # record of what the tool wrote before.
        landed = (
            bool(todo) and todo[0].kind == "eml" and (not done[0].error or bool(done[0].skipped))
        )
        records = records_now(folder, index, messages, paths, edits, ours | names, landed)
        if landed and done[0].skipped:
            before = written_records(index)
            for name in done[0].skipped:
                records.pop(name, None)
                if name in before:
                    records[name] = before[name]
        unrecorded = remember_trackers(folder, trackers, owners, ours | names, tied, records)
        if unrecorded:
            lines[drafts_at] += (
                f" (whose drafts are whose was not recorded in {folder / INDEX}: {unrecorded}; "
                "a tracker renamed before the next run will leave its drafts behind)"
            )
    if failures:
        lost = [Path(job.path) for job, result in zip(todo, done, strict=True) if result.error]
        traces = [result.trace for result in done if result.trace]
        raise ExportsFailed(
            "; ".join(failures), [line for line in lines if line], built, lost, traces
        )
    return lines, built


def _kept_as_they_are(
    messages: pd.DataFrame,
    paths: list[Path],
    held: Mapping[str, str | None],
    same: Collection[tuple[int, str]],
) -> tuple[pd.DataFrame, set[str]]:
    """``messages`` whose file another computer sharing the folder wrote already, the same but
    for its tracker mark (``same``: ``other_computers.tied_drafts``), keeping that mark
    (``FILE_TAG``): the file is left as it is, not rewritten on each computer's turn; and the
    names of the drafts that are a second copy of a message whose file is another (each
    computer wrote its own)."""
    if not same:
        return messages, set()
    kept: list[str | None] = [None] * len(messages)
    copies = set()
    for at, name in same:
        if paths[at].name == name:
            kept[at] = held[name]
        else:
            copies.add(name)
    return messages.assign(**{FILE_TAG: kept}), copies - {path.name for path in paths}


def _tie_notes(ties: Ties, paths: Sequence[Path], dry_run: bool = False) -> list[str]:
    """What the drafts line says of the drafts of a tracker another computer shares that are
    not this run's messages (``other_computers.tied_drafts``): theirs kept, this run's written
    beside them; this run's own rewritten, where the other computer's copy is the message."""
    notes = []
    kept = "would keep" if dry_run else "kept"
    why = "(edited there, or of the tracker before an edit)"
    apart = sorted(ties.apart)
    if len(apart) == 1:
        ((at, name),) = apart
        notes.append(
            f"{kept} the other computer's draft {name}, which differs from this run's {why}: "
            f"this run's {'would be' if dry_run else 'is'} {paths[at].name}"
        )
    elif apart:
        notes.append(
            f"{kept} {len(apart):,} drafts of the other computer's that differ from this "
            f"run's {why}: this run's {'would be' if dry_run else 'are'} "
            f"{_names([paths[at].name for at, _ in apart])}"
        )
    rewritten = sorted(name for at, name in ties.rewritten if paths[at].name == name)
    if rewritten:
        one = len(rewritten) == 1
        notes.append(
            f"{'would rewrite' if dry_run else 'rewrote'} "
            f"{rewritten[0] if one else counted(len(rewritten), 'draft')}, which "
            f"differed from the other computer's {'copy' if one else 'copies'}"
            f"{'' if one else ' (' + _names(rewritten) + ')'}: an edit made in place is not "
            "kept; save an edited draft under another name, such as …-edited.eml"
        )
    return notes


def _unread_index_note(why: str, kept: Path | None, not_kept: str) -> str:
    """What the drafts line says of the folder's index that could not be read (``why``), set
    aside as ``kept`` (None: not yet, a dry run; or it could not be moved: ``not_kept``)."""
    if kept is not None:
        done = f"set aside as {kept.name}"
    elif not_kept:
        done = f"left as it is ({not_kept})"
    else:
        done = f"the run would set it aside as {INDEX.removesuffix('.json')}.unreadable.json"
    return (
        f"the folder's index of whose drafts are whose, {INDEX}, could not be read ({why}): "
        f"{done}; a draft another computer sharing the folder wrote may be here twice "
        "(…-2.eml) until that computer runs again"
    )


def _names(names: Sequence[str], shown: int = 3) -> str:
    """``names`` joined, the first ``shown`` of them and how many more."""
    more = len(names) - shown
    return ", ".join(names[:shown]) + (f" and {more:,} more" if more > 0 else "")


_NUMBERED_DRAFT = re.compile(r"(.+)-(\d+)\.eml")


def _numbered_copies(
    stale: Iterable[Path],
    paths: Iterable[Path],
    held: Mapping[str, str | None],
    tied: Mapping[str, str],
) -> set[str]:
    """The names of ``stale`` drafts that are a second copy of one this run keeps: ``stem-2.eml``
    beside ``stem.eml``, of a tracker two computers sharing the folder both run (``tied``).
    Each computer's earlier version wrote its own copy of a draft still due; the copy goes,
    not a draft "no longer due" (ot67 F2)."""
    if not tied:
        return set()
    kept = {path.name for path in paths}
    trackers = {*tied, *tied.values()}
    copies = set()
    for path in stale:
        found = _NUMBERED_DRAFT.fullmatch(path.name)
        if found and f"{found.group(1)}.eml" in kept and held.get(path.name) in trackers:
            copies.add(path.name)
    return copies


def _rows_of(
    tied: Mapping[str, str], rows: Iterable[tuple[object, object, object, object]]
) -> dict[str, set[str]]:
    """Each ``tied`` tag of another computer -> ``eml.draft_heads`` of the ``rows`` ((path,
    sheet, client, company)) of this run's tracker it is: only its drafts named for one of them
    are this run's to remove, a row this run knows is no longer due."""
    if not tied:
        return {}
    rows_of: dict[str, list[tuple[object, object, object, object]]] = {}
    for row in rows:
        path, sheet = row[0], row[1]
        tag = tracker_tag(str(path), "" if sheet is None or pd.isna(sheet) else str(sheet))
        rows_of.setdefault(tag, []).append(row)
    return {theirs: draft_heads(rows_of.get(ours, [])) for theirs, ours in tied.items()}


def without_lost_drafts(
    digest: Digest, messages: pd.DataFrame, paths: list[Path], exports: Exports, why: str
) -> Digest:
    """``digest`` without a Draft link to a draft that is not in its file (the drafts' write
    failed part way, ``why``), saying how many are missing: a dead link on the coach's page
    reads as a draft that is there. A draft counts as written when its file holds it."""
    contents = draft_bytes(messages, exports.sender, exports.clients)
    written = {str(path) for path, data in zip(paths, contents, strict=True) if _holds(path, data)}
    files = digest.items["draft_files"].tolist() if "draft_files" in digest.items else []
    kept = [tuple((to, file) for to, file in row if file in written) for row in files]
    items = digest.items.assign(draft_files=pd.Series(kept, index=digest.items.index, dtype=object))
    missing = len(paths) - len(written)
    if not written:
        said = f"No draft could be written ({why}), so no item has a Draft link."
    else:
        said = (
            f"{missing:,} of {counted(len(paths), 'draft')} could not be written ({why}); "
            "their items have no Draft link."
        )
    return dataclasses.replace(digest, items=items, drafts_lost=said)


def _would_skip(
    exports: Exports, messages: pd.DataFrame, paths: list[Path], left: list[int]
) -> list[str]:
    """A dry run's line for the drafts the run would leave as they are, open elsewhere or
    read-only (``skipped_drafts``), as the run says them: none when there are none."""
    assert exports.eml_dir is not None
    to_write = [paths[at] for at in left]
    skipped = skipped_drafts(
        exports.eml_dir,
        to_write,
        lambda ats: draft_bytes(
            messages.iloc[[left[at] for at in ats]], exports.sender, exports.clients
        ),
    )
    if not skipped:
        return []
    count = f"{len(paths) - len(skipped):,} of {counted(len(paths), 'draft')}"
    return [
        f"{count} would be written to {exports.eml_dir}; "
        + "; ".join(f"{path} is {why}" for path, why in skipped.items())
    ]


def _drafts_in(folder: Path, messages: pd.DataFrame, paths: list[Path], exports: Exports) -> str:
    """How many of the run's drafts are in ``folder`` after their write failed part way ("298
    of 520 drafts written to eml", ot45 F4): a folder that holds some reads as all of them."""
    contents = draft_bytes(messages, exports.sender, exports.clients)
    kept = sum(_holds(path, data) for path, data in zip(paths, contents, strict=True))
    return f"{kept:,} of {counted(len(paths), 'draft')} written to {folder}"


def _holds(path: Path, data: bytes) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(data) + 1) == data
    except OSError:
        return False


class ExportsFailed(FollowupError):
    """Some exports could not be written; ``lines`` are the report lines of those that were,
    ``digest`` the digest built (the ``digest`` command shows it all the same), ``lost`` the
    paths of those that were not, ``traces`` the tracebacks of those a bug stopped (for the
    log and -v)."""

    def __init__(
        self,
        message: str,
        lines: list[str],
        digest: Digest | None = None,
        lost: Sequence[Path] = (),
        traces: Sequence[str] = (),
    ) -> None:
        super().__init__(message)
        self.lines = lines
        self.digest = digest
        self.lost = list(lost)
        self.traces = list(traces)


def _make_folder(path: Path) -> None:
    """The folder a calendar or digest file goes into, made when missing, as the drafts'
    folder is (``--eml-dir out/drafts --ics out/due.ics``). Several jobs may make the same
    one at once: ``exist_ok`` lets each go on."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return
    except FileExistsError:  # a file of that name, or one on the way to it
        reason = f"{folder} is not a folder"
    except OSError as exc:
        reason = f"cannot create {folder}: {exc.strerror or exc}"
    raise FollowupError(f"cannot write {path}: {reason}")


def _in_workers(todo: list[_Job], workers: int, exports: Exports, as_of: dt.date) -> list[_Done]:
    """What became of each job, with ``workers`` processes. The drafts go first, shared out:
    the workers make their files' bytes, and this process, otherwise waiting, writes them as
    each share comes back while the workers go on with the calendar and digests (a coach's
    exports: 4.0-4.5 s against 4.3-4.9 s with each worker writing its own share)."""
    from followup_batch.workers import results_in_order

    queue: list[tuple[int, _Job]] = []  # (the job's place in todo, the job or a part of it)
    for at, job in enumerate(todo):
        queue += [(at, part) for part in (_parts(job, workers) if job.kind == "eml" else [job])]
    queue.sort(key=lambda entry: entry[1].kind != "eml")  # stable
    work = functools.partial(_in_worker, exports=exports, as_of=as_of)
    results: dict[int, list[_Done]] = {}
    done_by_workers = results_in_order(work, [job for _, job in queue], workers, gone=_gone)
    for (at, job), (_, result) in zip(queue, done_by_workers, strict=True):
        if isinstance(result, list):  # a share of the drafts, to write here
            result = _attempt(_Job("eml", job.path, (*job.data, result)), exports, as_of)
        results.setdefault(at, []).append(result)
    done = []
    for at, job in enumerate(todo):
        errors = "; ".join(dict.fromkeys(r.error for r in results[at] if r.error))
        traces = "".join(dict.fromkeys(r.trace for r in results[at] if r.trace))
        line = results[at][0].line if len(results[at]) == 1 else _drafts_line(job)
        skipped = tuple(name for r in results[at] for name in r.skipped)
        only_skipped = all(r.skipped for r in results[at] if r.error)
        done.append(_Done("" if errors and not only_skipped else line, errors, traces, skipped))
    return done


def _in_worker(job: _Job, exports: Exports, as_of: dt.date) -> list[bytes] | _Done:
    """In a worker: a share of the drafts' bytes, or another export written (``_Done``)."""
    if job.kind == "eml":
        messages, _ = job.data
        try:
            return draft_bytes(messages, exports.sender, exports.clients)
        except Exception as exc:  # a bug: said as the drafts' error, as _attempt says it
            return _bug(job, exc)
    return _attempt(job, exports, as_of)


def _parts(job: _Job, parts: int) -> list[_Job]:
    """The drafts' job as ``parts`` jobs of about the same size, in message order."""
    messages, paths = job.data
    size = max(1, -(-len(messages) // parts))
    return [
        _Job(job.kind, job.path, (messages.iloc[at : at + size], paths[at : at + size]))
        for at in range(0, len(messages), size)
    ] or [job]  # every draft kept as the person edited it: nothing to write


def _export_jobs(jobs: int | None, files: int, rows: int) -> int:
    if files < 2 or rows < PARALLEL_EXPORTS_FROM:
        return 1
    if jobs is None:
        from followup_batch.workers import available_cpus

        jobs = available_cpus()
    return max(1, min(jobs, files))


def _attempt(job: _Job, exports: Exports, as_of: dt.date) -> _Done:
    """The report line of a written export, or why it could not be written. A bug in its
    writer stops that export only: the others are written, and each is reported by what
    really happened to it."""
    try:
        return _Done(_write_job(job, exports, as_of))
    except DraftsSkipped as exc:  # the other drafts written: the line stands, the skip said
        return _Done(_drafts_line(job), str(exc), skipped=tuple(exc.names))
    except FollowupError as exc:
        return _Done("", str(exc))
    except Exception as exc:
        return _bug(job, exc)


def _bug(job: _Job, exc: Exception) -> _Done:
    """A bug's one line, naming the export, and its traceback for the log and -v."""
    import traceback

    return _Done("", f"cannot write {job.path}: {internal_error(exc)}", traceback.format_exc())


def _write_job(job: _Job, exports: Exports, as_of: dt.date) -> str:
    """Write one export; its report line. ``FollowupError`` names the file that failed."""
    if job.kind == "eml":  # the drafts make their folder themselves
        messages, paths, *built = job.data  # the bytes, when a worker made them
        data = built[0] if built else draft_bytes(messages, exports.sender, exports.clients)
        written = write_drafts(job.path, paths, data)
        return _drafts_line(job) + (UNCHANGED if paths and not written else "")
    # Open in LibreOffice or Excel (its lock file beside it), or not the tool's: refused by
    # its writer (``files.refuse_replacing``), as a tracker open there is (ot85 F2); the
    # other exports are written.
    _make_folder(Path(job.path))
    if job.kind == "ics":
        try:
            items, unread, read = job.data
            done = write_ics(
                items,
                job.path,
                as_of=as_of,
                alarm=exports.alarm,
                unread=unread,
                read=read,
                whole=exports.whole_files,
            )
        except (ForeignExport, OpenElsewhere):
            raise  # said as it is, as a digest's is
        except (FollowupError, OSError) as exc:
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            raise FollowupError(f"cannot write the calendar {job.path}: {why}") from None
        return _calendar_line(done, job.path)
    write_digest(job.data, job.path, job.kind, exports)
    return f"digest → {job.path}"


def _calendar_line(done: CalendarWritten, path: Path, dry_run: bool = False) -> str:
    """``calendar: 12 events, 3 cancelled, 4 kept as they were (trackers not read) → due.ics``;
    ``…, 6 kept as they were (trackers not part of this run)`` for a run of one client, and
    what of them an earlier version wrote without the tracker's tag; the other computer's
    events of a later step kept (``calendar_ties.ahead_of_this_run``)."""
    cancelled = f", {done.cancelled:,} cancelled" if done.cancelled else ""
    if done.kept:
        cancelled += f", {done.kept:,} kept as they were (trackers not read)"
    if done.outside:
        cancelled += f", {done.outside:,} kept as they were (trackers not part of this run"
        if done.untagged:  # said once, not per event
            cancelled += (
                f"; {done.untagged:,} from an earlier version, which named no tracker's path, "
                "kept until a run reads their trackers"
            )
        cancelled += ")"
    line = f"calendar: {counted(done.events, 'event')}{cancelled} → {path}"
    if dry_run:
        line += " (dry run, not written)"
    if done.ahead:
        line += f" ({ahead_note(done.ahead, done.not_written, dry_run)})"
    if done.unrecorded:
        index = Path(path).with_name(f".{Path(path).name}.trackers.json")
        line += (
            f" (whose events are whose was not recorded in {index}: {done.unrecorded}; a run "
            "of some trackers will cancel the others' events)"
        )
    return line


def _gone(job: _Job) -> _Done:
    return _Done(
        "",
        f"cannot write {job.path}: the process writing it ended before it finished (the "
        "system may have run out of memory and ended it); run again with --jobs 1",
    )


def write_digest(digest: Digest, path: Path, kind: str, exports: Exports) -> None:
    # A page names the digest workbook written with it as the place that lists every item.
    workbook = next((at for at, of in exports.digests if of == ".xlsx"), None)
    try:
        if kind == ".html":
            template = load_digest_template(exports.templates)
            write_digest_html(
                digest,
                path,
                with_drafts=exports.with_drafts,
                template=template,
                workbook=workbook,
            )
        elif kind == ".xlsx":
            from followup_batch.exports.digest_xlsx import write_digest_xlsx  # see __init__

            write_digest_xlsx(digest, path)
        else:
            write_digest_markdown(digest, path, workbook=workbook)
    except OSError as exc:  # "No space left on device", not "[Errno 28] No space …"
        raise FollowupError(f"cannot write {path}: {exc.strerror or exc}") from None


def with_draft_files(
    items: pd.DataFrame, messages: pd.DataFrame, files: list[Path]
) -> pd.DataFrame:
    """``items`` with ``draft_files``: (recipient, .eml file) of each of an item's drafts (a
    panel's, one per person, ot48 F2: the page linked the first person's alone)."""
    if not len(items) or "path" not in messages.columns:
        return items
    drafted: dict[tuple[str, str, int], tuple[tuple[str, str], ...]] = {}
    # Lists, not the columns: iterating an arrow string column makes a scalar per value.
    sources, rows = messages["path"].tolist(), messages["row"].tolist()
    sheets = sheets_of(messages)
    to = messages["to"].tolist() if "to" in messages else [""] * len(files)
    for source, sheet, row, person, file in zip(sources, sheets, rows, to, files, strict=True):
        key = (str(source), sheet, int(row))
        drafted[key] = (*drafted.get(key, ()), (_name(person), str(file)))
    keys = zip(
        items["path"].astype(str).tolist(),
        sheets_of(items),
        items["row"].astype(int).tolist(),
        strict=True,
    )
    found = [drafted.get(key, ()) for key in keys]
    return items.assign(draft_files=pd.Series(found, index=items.index, dtype=object))


def _name(value: object) -> str:
    """A recipient's name as text ('' when none is known)."""
    return value if isinstance(value, str) else ""


def sheets_of(frame: pd.DataFrame) -> list[str]:
    """Each row's sheet as text ('' for a CSV's, or without the column)."""
    if "sheet" not in frame:
        return [""] * len(frame)
    return ["" if s is None or s != s else str(s) for s in frame["sheet"].tolist()]


def combined_messages(
    parts: Iterable[tuple[Path, str | None, pd.DataFrame | None]],
) -> pd.DataFrame:
    """Every tracker's messages in one frame, each with the ``path`` and ``sheet`` ('' for a
    CSV) of its tracker."""
    frames = [
        m.assign(path=str(path), sheet=sheet or "")
        for path, sheet, m in parts
        if m is not None and len(m)
    ]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def messages_told_apart(
    messages: pd.DataFrame, files: Mapping[str, str], sender: Mapping[str, str]
) -> tuple[pd.DataFrame, list[str]]:
    """``messages`` (``combined_messages``) with each one's client (``whose``) named as the
    digest names it (``digest.clients_told_apart``; ``files``: each tracker's path -> its name
    in the run): "1001/tracker.xlsx" and "1002/tracker.xlsx" are the clients "1001/tracker"
    and "1002/tracker", so their .eml names are told apart too, not a ``-2`` twin of one
    client's. And the line the run says when the configured [sender] signs those drafts
    (their file names name nobody), which the digest lists as clients other than the sender
    (``signer.sender_signs_other_clients``): a coach's details on her clients' notes."""
    from followup_batch.drafts.signer import sender_signs_other_clients

    if not len(messages) or "whose" not in messages:
        return messages, []
    paths = messages["path"].astype(str)
    told = clients_told_apart(
        pd.DataFrame(
            {"client": messages["whose"], "path": paths, "file": paths.map(files).fillna(paths)}
        )
    )["client"]
    renamed = (told != messages["whose"]).to_numpy(dtype=bool)
    # Signed by the sender: the name the drafts carry (``client``) is the configured one.
    configured = str(sender.get("name", "") or "").strip().casefold()
    signer = messages["client"].fillna("").astype(str).str.strip().str.casefold()
    by_sender = renamed & (signer == configured).to_numpy(dtype=bool)
    line = sender_signs_other_clients(list(dict.fromkeys(told[by_sender])), sender)
    return messages.assign(whose=told), [line] if line else []


def _open_drafts(paths: Iterable[Path]) -> dict[Path, str]:
    """Of ``paths``, those open in Excel or LibreOffice (their lock file beside them): why."""
    from followup_batch.write.locks import open_error

    found = {}
    for path in paths:
        refused = open_error(path, with_folder=True)
        if refused is not None:
            found[path] = " ".join(filter(None, [f"{refused.why}.", refused.hint]))
    return found


def _drafts_line(job: _Job) -> str:
    return f"drafts: {counted(len(job.data[0]), '.eml message')} → {job.path}"


def _named_rows(
    items: pd.DataFrame, messages: pd.DataFrame
) -> list[tuple[object, object, object, object]]:
    """(path, sheet, client, company) of the due items and the drafts, each client as the run
    names it (a draft's as its name says, ``whose``): whose drafts' names begin with them."""
    named: list[tuple[object, object, object, object]] = []
    for frame, clients in ((items, ("client",)), (messages, ("whose", "client"))):
        if not len(frame) or "path" not in frame or "company" not in frame:
            continue
        sheets = frame["sheet"] if "sheet" in frame else pd.Series("", index=frame.index)
        for column in clients:
            if column in frame:
                named += zip(frame["path"], sheets, frame[column], frame["company"], strict=True)
    return named
