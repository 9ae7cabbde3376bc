"""Drafts the person edited in place in the drafts folder (opened ``…-dana-ortiz.eml`` in a
mail program or a text editor, polished it, saved it under its own name), kept as the
workbook keeps an edited ``Draft`` cell (``hand_edits``).

The folder's index (``eml.INDEX``) remembers, for each draft the tool wrote, a hash of the
bytes it wrote and the step the draft is for: the message's action and due date
(``WRITTEN``). A draft whose file no longer holds those bytes was edited by the person. Then:

- the row's next action is the same step (the same action, due the same day): the file is
  left as the person saved it, nothing written over it, whatever this run's wording; the
  drafts line says ``kept your edited draft …`` once, the first run that finds that edit;
- the step changed (a new step, a due date the text names that moved): the person's file is
  first saved beside under a name the tool never writes, ``….edited.eml`` (``….edited-2.eml``
  when that is taken: an earlier saved copy is never written over), then the new draft
  written, and the line says so: ``was for an earlier step``, or ``was for another day`` when
  only the due day moved (``moved``);
- the step is no longer drafted (marked sent, a later step due, the row deleted or closed):
  the person's text is copied into the drafts folder's ``.followup-backups`` folder (``KEPT``),
  then the draft is removed as an unedited one is, and the line names both. The person may
  have sent it from that very file; a draft kept in the folder after the thank-you is marked
  sent is one double-click from being sent twice, the copy out of the way is not.

A draft with no record (the index deleted or cut short by a sync, a tracker whose record
was lost, a version before the record) is told by its own ``eml.SEAL``, the hash of what the
tool wrote that each draft carries: one whose bytes no longer match it is the person's, kept
as an edit of the same step (its name says the action; the index no longer says the day) and
recorded from then on; one that matches is written over. A draft of the tool's tracker mark
without a seal (a version before it) that differs from what the run writes, or that goes
as no longer due, may hold the person's edit: its text is copied into ``KEPT`` first
(``doubt``; ot96 F2). An earlier version's draft without a tracker mark is written over as
before. A draft of a tracker renamed or moved (its tag ``gone``) is the same draft of its
new place: its edit is kept as any other.
Only the bytes are compared: a file cut short or saved in another encoding is an edit like
any other, never parsed. A draft of a tracker another computer sharing the folder wrote, or
one that computer's copy tells apart (``other_computers.tied_drafts``), follows the
two-computer rule instead.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from followup_batch.exports.eml import NOT_OURS, message_tags, sealed_text, without_seal

WRITTEN = "written"  # the index's key: draft name -> {"hash", "step", "seen"}
EDITED = ".edited"  # what the name of a person's saved edit ends in, before ".eml"
KEPT = ".followup-backups"  # the drafts folder's folder of edited drafts removed
MAX_DRAFT = 16 * 1024 * 1024  # read at most this of a draft to compare it


def written_records(index: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """The index's records of what the tool wrote (``WRITTEN``): name -> {"hash", "step"} and
    "seen", the hash of an edit kept and said already."""
    found = index.get(WRITTEN)
    if not isinstance(found, dict):
        return {}
    return {
        name: {key: value for key, value in entry.items() if isinstance(value, str)}
        for name, entry in found.items()
        if isinstance(entry, dict)
        and isinstance(entry.get("hash"), str)
        and isinstance(entry.get("step"), str)
    }


def draft_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


def own_text(path: Path) -> bool | None:
    """Whether the draft at ``path`` holds what the tool wrote, by its own seal
    (``eml.sealed_text``); None when it carries none or cannot be read."""
    try:
        with path.open("rb") as handle:
            return sealed_text(handle.read(MAX_DRAFT))
    except OSError:
        return None


def file_hash(path: Path) -> str | None:
    """The hash of the file at ``path``; None when it cannot be read."""
    try:
        with path.open("rb") as handle:  # read(MAX_DRAFT) would allocate it whole each time
            big = os.fstat(handle.fileno()).st_size > MAX_DRAFT
            return draft_hash(handle.read(MAX_DRAFT) if big else handle.read())
    except OSError:
        return None


def steps(messages: pd.DataFrame) -> list[str]:
    """What each message is for: its action and due date."""
    actions = messages["action"] if "action" in messages else pd.Series([""] * len(messages))
    dues = messages["due"] if "due" in messages else pd.Series([""] * len(messages))
    return [f"{action}\x1f{_day(due)}" for action, due in zip(actions, dues, strict=True)]


def _day(value: object) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[arg-type]
        return ""
    with contextlib.suppress(ValueError, TypeError):
        return pd.Timestamp(value).date().isoformat()  # type: ignore[arg-type]
    return str(value)


class Edits(NamedTuple):
    """The person's edits to this run's drafts (``found_edits``)."""

    kept: dict[int, str]  # message position -> its file, left as the person saved it
    new_step: dict[int, str]  # message position -> its file, edited for an earlier step
    seen: dict[str, str]  # a kept draft's name -> the hash of the person's text
    fresh: list[str]  # the kept drafts first found edited this run (said once)
    moved: set[str]  # of ``new_step``: the same action, due another day (the interview moved)
    # message position -> its file, which has no record nor seal and differs from this run's:
    # it may hold the person's edit, so its text is copied into ``KEPT`` before it is written
    doubt: dict[int, str]
    unrecorded: set[str]  # of ``kept``: told by their seal, recorded from this run on


def no_edits() -> Edits:
    return Edits({}, {}, {}, [], set(), {}, set())


def found_edits(
    folder: Path,
    messages: pd.DataFrame,
    paths: list[Path],
    held: Mapping[str, str | None],
    index: Mapping[str, Any],
    other_computers: Collection[str] = (),
    gone: Collection[str] = (),
    make: Callable[[list[int]], list[bytes]] | None = None,
) -> Edits:
    """The drafts of ``messages`` (written at ``paths``) that the person edited in place since
    the tool wrote them, by the index's records (``WRITTEN``), else by their own seal, else
    in doubt (see the module's docstring; ``make``: this run's bytes of the messages at the
    given positions, to compare a draft without a seal with). ``other_computers``: names the
    two-computer rule decides (``other_computers.tied_drafts``); ``gone``: the tags of
    trackers renamed or moved (``eml.gone_trackers``), whose drafts are their new place's."""
    records = written_records(index)
    edits = no_edits()
    if not len(messages):
        return edits
    tags = message_tags(messages)
    step_of = steps(messages)
    unsealed: list[int] = []  # drafts without a record nor a seal: compared with this run's
    for at, path in enumerate(paths):
        name = path.name
        if name in other_computers or tags[at] is None:
            continue
        owner = held.get(name)
        if (owner != tags[at] and (owner is None or owner not in gone)) or path.is_symlink():
            continue
        record = records.get(name)
        if record is None:
            sealed = own_text(Path(folder) / name)
            if sealed is None:
                unsealed.append(at)
            elif not sealed:  # edited: the same action (its name says so), kept
                now = file_hash(Path(folder) / name)
                edits.kept[at], edits.seen[name] = name, now or ""
                edits.fresh.append(name)
                edits.unrecorded.add(name)
            continue
        now = file_hash(Path(folder) / name)
        if now is None or now == record["hash"]:
            continue
        if record["step"] == step_of[at]:
            edits.kept[at] = name
            edits.seen[name] = now
            if record.get("seen") != now:
                edits.fresh.append(name)
        else:
            edits.new_step[at] = name
            if record["step"].split("\x1f")[0] == step_of[at].split("\x1f")[0]:
                edits.moved.add(name)
    if unsealed and make is not None:
        for at, data in zip(unsealed, make(unsealed), strict=True):
            try:
                found = (Path(folder) / paths[at].name).read_bytes()
            except OSError:
                continue
            if found not in (data, without_seal(data)):
                edits.doubt[at] = paths[at].name
    return edits


def edited_stale(
    stale: list[Path], index: Mapping[str, Any], copies: Collection[str] = ()
) -> list[str]:
    """The names of ``stale`` drafts (about to be removed) that the person edited, by the
    index's record of each, else by its seal; not a second copy of a draft kept (``copies``:
    two computers sharing the folder each wrote one)."""
    records = written_records(index)
    return sorted(
        path.name
        for path in stale
        if path.name not in copies
        and (
            file_hash(path) not in (None, records[path.name]["hash"])
            if path.name in records
            else own_text(path) is False
        )
    )


def doubtful_stale(
    stale: list[Path],
    index: Mapping[str, Any],
    held: Mapping[str, str | None],
    copies: Collection[str] = (),
) -> list[str]:
    """The names of ``stale`` drafts that may hold the person's edit: of a tracker's mark
    (``held``), with no record in the index nor a seal (see the module's docstring)."""
    records = written_records(index)
    return sorted(
        path.name
        for path in stale
        if path.name not in records
        and path.name not in copies
        and held.get(path.name) not in (None, NOT_OURS)
        and not path.is_symlink()
        and path.is_file()
        and own_text(path) is None
    )


def save_beside(path: Path, into: Path | None = None) -> tuple[Path | None, str]:
    """Copy the person's edited draft at ``path`` beside it (or into the folder ``into``) as
    ``stem.edited.eml`` (or ``stem.edited-2.eml``, …: never over an earlier copy), flushed to
    disk before its new draft is written or it is removed: (the copy, '') or (None, why it
    could not be made)."""
    try:
        data = path.read_bytes()
        if into is not None:
            into.mkdir(exist_ok=True)
    except OSError as exc:
        return None, exc.strerror or str(exc)
    stem = path.name.removesuffix(".eml")
    for n in range(1, 1000):
        copy = (into or path.parent) / f"{stem}{EDITED}{'' if n == 1 else f'-{n}'}.eml"
        try:
            handle = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            continue
        except OSError as exc:
            return None, exc.strerror or str(exc)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(copy)
            return None, exc.strerror or str(exc)
        return copy, ""
    return None, f"{path.parent} holds 999 saved copies of {path.name}"


def keep_removed(folder: Path, names: Collection[str]) -> tuple[dict[str, Path], dict[str, str]]:
    """Before the edited drafts ``names`` no longer due are removed, copy each person's text
    into the drafts folder's ``KEPT`` folder, out of reach of a double-click that would send
    it twice: name -> its copy, and name -> why it could not be made (that draft is then left
    where it is, not removed)."""
    kept, not_kept = {}, {}
    for name in sorted(names):
        copy, why = save_beside(Path(folder) / name, Path(folder) / KEPT)
        if copy is None:
            not_kept[name] = why
        else:
            kept[name] = copy
    return kept, not_kept


def save_edits(folder: Path, edits: Edits) -> tuple[dict[str, Path], dict[str, str]]:
    """Save beside each draft edited for an earlier step (``edits.new_step``) the person's
    file (``save_beside``): name -> its copy, and name -> why it could not be saved. One that
    could not be saved is kept as it is (moved to ``edits.kept``), never written over."""
    saved, not_saved = {}, {}
    for at, name in sorted(edits.new_step.items()):
        copy, why = save_beside(Path(folder) / name)
        if copy is None:
            not_saved[name], edits.kept[at] = why, name
            edits.seen[name] = ""  # said by its own note, each run until it can be saved
        else:
            saved[name] = copy
    return saved, not_saved


def save_doubtful(folder: Path, edits: Edits) -> tuple[dict[str, Path], dict[str, str]]:
    """Copy into the drafts folder's ``KEPT`` folder the text of each draft that may hold the
    person's edit (``edits.doubt``) before its new draft is written: name -> its copy, and
    name -> why it could not be made. One that could not be copied is kept as it is (moved to
    ``edits.kept``), never written over."""
    copied, not_copied = keep_removed(folder, edits.doubt.values())
    for at, name in sorted(edits.doubt.items()):
        if name in not_copied:
            edits.kept[at], edits.seen[name] = name, ""
    return copied, not_copied


def records_now(
    folder: Path,
    index: Mapping[str, Any],
    messages: pd.DataFrame,
    paths: list[Path],
    edits: Edits,
    ours: Collection[str],
    written: bool,
) -> dict[str, dict[str, str]]:
    """The index's ``WRITTEN`` after a run: each draft of ``messages`` the run wrote (``written``:
    its writes landed) recorded by the file it holds now and its step; a kept edit keeps the
    record of what the tool wrote, and the hash of the person's text said already; the other
    drafts of the tool's still in the folder (``ours``) keep their record."""
    before = written_records(index)
    now = {name: record for name, record in before.items() if name in ours}
    step_of = steps(messages)
    for at, path in enumerate(paths):
        name = path.name
        if at in edits.kept:
            if name in before:
                now[name] = {**before[name], "seen": edits.seen[name]}
            elif name in edits.unrecorded:  # what the tool wrote is unknown: never the file
                now[name] = {"hash": "", "step": step_of[at], "seen": edits.seen[name]}
            continue
        if not written:
            continue
        found = file_hash(Path(folder) / name)
        if found is not None:
            now[name] = {"hash": found, "step": step_of[at]}
    return {name: now[name] for name in sorted(now)}


def edit_notes(
    edits: Edits,
    saved: Mapping[str, Path],
    not_saved: Mapping[str, str],
    removed: Collection[str],
    folder: Path,
    dry_run: bool = False,
    not_kept: Mapping[str, str] | None = None,
    doubted: Collection[str] = (),
    doubted_gone: Collection[str] = (),
) -> list[str]:
    """What the drafts line says of the person's edits: kept (the first run that finds
    each), saved beside before the new draft (``saved``: name -> its copy; ``not_saved``: name
    -> why its copy could not be made), or ``removed`` with the drafts no longer due, their
    text kept in the drafts ``folder``'s ``KEPT`` (``not_kept``: name -> why it could not be,
    the draft left). ``doubted``: drafts that may hold an edit, their text copied into
    ``KEPT`` before they were written anew (``doubted_gone``: before they were removed)."""
    kept_in = folder / KEPT
    notes = []
    for names, then in ((doubted, "written anew"), (doubted_gone, "removed")):
        if names:
            shown, one = sorted(names), len(names) == 1
            notes.append(
                f"{_names(shown)}: the folder's index does not say what the tool wrote in "
                f"{'it' if one else 'them'}, so {'it' if one else 'they'} may hold your "
                f"edit{'' if one else 's'}: "
                f"{'its' if one else 'their'} text {'would be' if dry_run else 'is'} kept in "
                f"{kept_in}{os.sep}, then {then}"
            )
    if edits.fresh:
        fresh = sorted(edits.fresh)
        kept = "would keep" if dry_run else "kept"
        notes.append(
            f"{kept} your edited draft {fresh[0]}"
            if len(fresh) == 1
            else f"{kept} your {len(fresh):,} edited drafts ({_names(fresh)})"
        )
    for moved in (False, True):  # a step gone by, or the same step due another day
        what = "another day" if moved else "an earlier step"
        if dry_run:
            names = sorted(n for n in edits.new_step.values() if (n in edits.moved) == moved)
            if names:
                notes.append(
                    f"{_names(names)}, which you edited, {'is' if len(names) == 1 else 'are'} "
                    f"for {what}: would be saved as …{EDITED}.eml and written anew"
                )
            continue
        names = sorted(name for name in saved if (name in edits.moved) == moved)
        if names:
            copies = _names([saved[name].name for name in names])
            notes.append(
                f"{_names(names)}, which you edited, {'was' if len(names) == 1 else 'were'} "
                f"for {what}: saved as {copies} and written anew"
            )
    for name, why in sorted(not_saved.items()):
        notes.append(
            f"could not save your edited draft {name} ({why}): left as it is, its new draft "
            "not written"
        )
    if removed:  # counted among the drafts removed, which the line says first (ot85 F6)
        gone = sorted(removed)
        one = len(gone) == 1
        notes.append(
            f"{_names(gone)}, {'one' if one else f'{len(gone):,}'} of them, "
            f"{'is your edited draft' if one else 'are your edited drafts'}: "
            f"{'its' if one else 'their'} text {'would be' if dry_run else 'is'} kept in "
            f"{kept_in}{os.sep} (left in the folder, it could be sent twice)"
        )
    for name, why in sorted((not_kept or {}).items()):
        notes.append(
            f"could not keep the text of your edited draft {name} in {kept_in}{os.sep} ({why}): "
            "left as it is, not removed"
        )
    return notes


def _names(names: list[str], shown: int = 3) -> str:
    more = len(names) - shown
    return ", ".join(names[:shown]) + (f" and {more:,} more" if more > 0 else "")
