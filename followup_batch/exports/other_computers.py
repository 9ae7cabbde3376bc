"""One drafts folder synced to two computers (a laptop and a desktop on Dropbox or OneDrive),
each running the same tracker from its own copy of the synced folder: the tracker's full path
differs (``/Users/ana/Dropbox/Jobs/tracker.xlsx``, ``C:\\Users\\Ana\\Dropbox\\Jobs\\tracker.xlsx``),
and so does its tag (``eml.tracker_tag``). Without a tie each computer wrote its own copy of
every draft (``…-2.eml``) and removed only its own drafts of a thank-you sent since, the other
computer's staying to be sent twice (ot58 F3).

Another computer's tracker in the folder's index is taken for this run's tracker when both
say so (``tied_trackers``):

- its place: the same sheet, and the same path from the folder the tracker and the drafts
  folder share down to each (``placement``: ``Jobs/drafts`` and ``Jobs/tracker.xlsx`` on both
  computers), that folder not a disk's root; ``ClientA/tracker.xlsx`` is never
  ``ClientB/tracker.xlsx``. The names are compared in either case (a Mac records the folder
  as it was typed, ``~/dropbox/jobs``, and its disk ignores case; ot65 F5) unless two of this
  run's trackers differ only in case (``Jobs/`` and ``jobs/`` beside one another on a Linux
  desktop): then only the exact names are one place. A synced folder cannot hold two such
  names (Dropbox and OneDrive rename the second a "case conflict"), so only one of them can
  be the other computer's tracker, and which one is not guessed; one of them outside this
  run is still held apart by its drafts (below);
- and its drafts: more of its drafts in the folder under the names of this run's messages
  are, byte for byte but for the tracker mark, those messages than are not; or, none of them
  under those names, it has a draft of a later step of one of this run's rows (the 1st
  check-in where this run drafts the thank-you: the same tracker, further on, met before
  any tie is remembered; ot73 F7). A tracker of each computer kept outside the synced folder
  at the same place (``~/Documents/tracker.xlsx`` beside a synced ``~/Dropbox/drafts``) is
  two trackers, which do not write the same drafts.

A tie found is remembered in the index (``TIES``) while either tracker owns a draft in the
folder, each tracker's entry kept with it: a run whose only draft of that tracker is no
longer due (a one-row tracker's thank-you, marked sent) has no draft left to prove it by,
and would leave the other computer's draft of it to be sent again; and a draft edited in
place on one computer does not untie them (``tied_drafts``).

A computer whose copy of a tied tracker is behind (the other computer's "thank-you sent" not
synced yet) is told by the other computer's draft of a later step of one of its rows: that
draft stays, and the earlier step is not drafted again (``behind_the_other``).

An entry of a version before the index said where the drafts folder was is never tied.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import Any, NamedTuple

import pandas as pd

from followup_batch.exports.eml import (
    CRLF,
    INDEX,
    MAX_HEAD,
    TRACKER,
    file_stem,
    message_bytes,
    message_tags,
    numbered_name,
    tracker_tag,
)
from followup_batch.exports.indexes import entries, host, read_index
from followup_batch.read.files import real_path
from followup_batch.schedule.labels import ACTION_LABELS

_WINDOWS = re.compile(r"^(?:[A-Za-z]:[\\/]|\\\\)")  # C:\…, C:/… or \\server\share\…
Place = tuple[tuple[str, ...], tuple[str, ...], str]  # ``placement`` and the sheet


def placement(tracker: str, folder: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Where ``tracker`` is from the drafts ``folder`` (full paths, as a computer of either
    kind writes them): the folders from the one they share down to the drafts folder, and down
    to the tracker, each beginning with that shared folder's name:
    ``/Users/ana/Dropbox/Jobs/drafts`` and ``…/Jobs/tracker.xlsx`` give (('Jobs', 'drafts'),
    ('Jobs', 'tracker.xlsx')). None when they share no folder but a disk's root, or the two
    are of different kinds (one a Windows path, the other not)."""
    if bool(_WINDOWS.match(tracker)) != bool(_WINDOWS.match(folder)):
        return None
    kind: type[PurePath] = PureWindowsPath if _WINDOWS.match(tracker) else PurePosixPath
    drafts, file = kind(folder).parts, kind(tracker).parts
    shared = 0
    while shared < min(len(drafts), len(file) - 1) and drafts[shared] == file[shared]:
        shared += 1
    if shared < 2:  # nothing in common but "/" or "C:\"
        return None
    return _names(drafts[shared - 1 :]), _names(file[shared - 1 :])


def _names(parts: Iterable[str]) -> tuple[str, ...]:
    # A name may reach a synced folder in either Unicode form (a Mac's NFD, Windows' NFC).
    return tuple(unicodedata.normalize("NFC", part) for part in parts)


def placed_alike(
    folder: Path,
    trackers: Iterable[tuple[Path | str, str]],
    others: Mapping[str, Mapping[str, str]],
    tag_of: Mapping[tuple[str, str], str],
) -> dict[str, str]:
    """Of ``others`` (the index's trackers of other computers: tag -> {"path", "sheet",
    "folder"}), those at the place of one of ``trackers`` ((path, sheet) a run read, whose
    tags ``tag_of`` gives) from ``folder``: their tag -> this run's tag of that tracker."""
    here = str(real_path(folder))
    ours: dict[Place, str] = {}
    folded: dict[Place, str | None] = {}  # None: two of ours differ only in case
    for path, sheet in trackers:
        place = placement(str(real_path(path)), here)
        if place is not None:
            key, tag = (*place, sheet), tag_of[(str(path), sheet)]
            ours[key] = tag
            loose = _caseless(key)
            folded[loose] = tag if folded.get(loose, tag) == tag else None
    alike = {}
    for tag, entry in others.items():
        place = placement(entry["path"], entry["folder"])
        if place is None:
            continue
        key = (*place, entry["sheet"])
        mine = ours.get(key) or folded.get(_caseless(key))
        if mine is not None and mine != tag:
            alike[tag] = mine
    return alike


def _caseless(place: Place) -> Place:
    """A place with its folders' and file's names in one case: a Mac's or Windows' disk
    ignores case, and a Mac keeps a folder's name as it was typed (``cd ~/dropbox/jobs``:
    ``…/dropbox/jobs/tracker.csv`` in the index for ``Dropbox/Jobs``). The sheet is left as
    it is: it is the same workbook's on both computers."""
    drafts, file, sheet = place
    return _folded(drafts), _folded(file), sheet


def _folded(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(unicodedata.normalize("NFC", name.casefold()) for name in names)


TIES = "tied"  # the index's key: another computer's tag -> the tag of this tracker it was found


def remembered_ties(index: Mapping[str, Any]) -> dict[str, str]:
    """The ties the index remembers (``TIES``): a tag -> the tag it was found to be."""
    found = index.get(TIES)
    if not isinstance(found, dict):
        return {}
    return {tag: mine for tag, mine in found.items() if isinstance(mine, str)}


def ties_kept(
    index: Mapping[str, Any], read: Collection[str], tied: Mapping[str, str]
) -> dict[str, str]:
    """The ties to remember after a run that read the trackers of the tags ``read`` and found
    ``tied``: those of the index between trackers it did not read, and ``tied``."""
    kept = {
        tag: mine
        for tag, mine in remembered_ties(index).items()
        if tag not in read and mine not in read
    }
    return kept | dict(tied)


class Ties(NamedTuple):
    """What a run finds of the drafts of its trackers another computer sharing the folder
    wrote (``tied_drafts``)."""

    tied: dict[str, str]  # the other computer's tag -> this run's, of one tracker
    same: set[tuple[int, str]]  # (message's position, name) of a draft that is that message
    apart: set[tuple[int, str]]  # a tied tracker's draft under a message's name, not it
    rewritten: set[tuple[int, str]]  # a draft of this run's that is not its message, theirs is


def tied_drafts(
    folder: Path,
    messages: pd.DataFrame,
    trackers: Iterable[tuple[Path | str, str]],
    held: Mapping[str, str | None],
    sender: Mapping[str, str],
    clients: Mapping[str, Mapping[str, str]] | None = None,
) -> Ties:
    """The trackers of other computers sharing ``folder`` that are one of ``trackers`` (read
    by this run) at another path (``placed_alike``): their tag -> this run's tag; and
    (message's position, file name) of each draft in the folder, theirs or this tracker's, that
    is that message of ``messages`` under one of its names, byte for byte but for the tracker
    mark (the proof of the tie: a draft is neither written twice nor rewritten for its mark).

    Tied when more of their drafts under the names of this run's messages are those messages
    than are not, or when the index remembers the tie (``TIES``), or, none of their drafts
    under those names, when they hold a draft of a later step of one of its rows (the other
    computer's copy of the tracker further on: ``behind_the_other``). Once tied, a person who
    edits a draft in place on the laptop unties nothing (ot65 F7: one draft of three edited
    made every draft a "-2" copy); the first time, two trackers that are not one (each
    computer's own, outside the synced folder, edited apart) differ in as many drafts as they
    agree, or share none. A tied tracker's draft that differs (``apart``: edited there, or of
    its tracker before an edit this computer has) is left as it is, this run's written beside
    it, as it was before (never written over: which text is newer is not known); this run's
    own draft that differs where theirs is the message (``rewritten``) is written over, as a
    draft edited in place on one computer is, and the drafts line says both."""
    index = read_index(Path(folder) / INDEX)
    fields = ("path", "sheet", "host", "folder")
    others = {
        tag: entry
        for tag, entry in entries(index, "trackers", fields).items()
        if entry["host"] != host()
    }
    if not others:
        return Ties({}, set(), set(), set())
    trackers = list(trackers)
    tag_of = {(str(path), sheet): tracker_tag(str(path), sheet) for path, sheet in trackers}
    alike = placed_alike(Path(folder), trackers, others, tag_of)
    if not alike:
        return Ties({}, set(), set(), set())
    same, compared = _compared(folder, messages, alike, held, sender, clients)
    differ = compared - same
    agree = Counter(held[name] for _, name in same)
    disagree = Counter(held[name] for _, name in differ)
    known = remembered_ties(index)
    # A first run with no draft of theirs under this run's names (a one-row tracker whose
    # thank-you the other computer marked sent): their draft of a later step of a row is the
    # same tracker's, further on (ot73 F7).
    unproven = {tag: mine for tag, mine in alike.items() if not agree[tag] and not disagree[tag]}
    further_on = {
        str(held[name])
        for names in _later_drafts(messages, unproven, held).values()
        for name in names
    }
    tied = {
        tag: mine
        for tag, mine in alike.items()
        if agree[tag] > disagree[tag]
        or known.get(tag) == mine
        or known.get(mine) == tag
        or tag in further_on
    }
    ours = set(tied.values())
    confirmed = {at for at, name in same if held[name] in tied}  # by the other computer's copy
    return Ties(
        tied,
        {(at, name) for at, name in same if held[name] in tied or held[name] in ours},
        {(at, name) for at, name in differ if held[name] in tied},
        {(at, name) for at, name in differ if held[name] in ours and at in confirmed},
    )


def _compared(
    folder: Path,
    messages: pd.DataFrame,
    alike: Mapping[str, str],
    held: Mapping[str, str | None],
    sender: Mapping[str, str],
    clients: Mapping[str, Mapping[str, str]] | None,
) -> tuple[set[tuple[int, str]], set[tuple[int, str]]]:
    """(message's position, file name) of each draft of the trackers ``alike`` (theirs, or
    this run's they are) that is that message of ``messages`` but for its tracker mark, and
    of all those drafts under a name of one of the messages."""
    names: dict[str, list[str]] = {}  # stem -> the names of its drafts, theirs or ours
    ours = set(alike.values())
    for name, owner in held.items():
        if owner in alike or owner in ours:
            names.setdefault(numbered_name(name)[0], []).append(name)
    same: set[tuple[int, str]] = set()
    compared: set[tuple[int, str]] = set()  # drafts under a name of one of the messages
    if not names or not len(messages):
        return same, compared
    tags = message_tags(messages)
    named_by = [
        key for key in ("whose", "client", "company", "action", "to", "email") if key in messages
    ]
    records = messages.to_dict("records")
    for at, (record, tag) in enumerate(zip(records, tags, strict=True)):
        found = (
            names.get(file_stem({key: record[key] for key in named_by}), []) if tag in ours else []
        )
        if not found:
            continue
        data = _untagged(message_bytes(record, sender, clients), tag)
        for name in found:
            owner = held[name]
            if owner == tag or alike.get(str(owner)) == tag:
                compared.add((at, name))
                if _holds_untagged(Path(folder) / name, data, str(owner)):
                    same.add((at, name))
    return same, compared


def _untagged(data: bytes, tag: str | None) -> bytes:
    """A draft's bytes without its tracker mark's line."""
    return data.replace(f"{TRACKER}: {tag}{CRLF}".encode(), b"", 1)


def _holds_untagged(path: Path, data: bytes, tag: str) -> bool:
    """Whether the draft at ``path`` is ``data`` (untagged) with the tracker mark ``tag``."""
    try:
        with path.open("rb") as handle:
            return _untagged(handle.read(len(data) + MAX_HEAD), tag) == data
    except OSError:
        return False


# A row's follow-ups, in the order they fall due: each is drafted once the one before it is
# marked sent (or skipped), never again after. The calendar's events follow the same rule.
LATER_STEPS = {
    ACTION_LABELS[key]: [ACTION_LABELS[after] for after in order[at + 1 :]]
    for order in (("application_check_in", "thank_you", "check_in_1", "check_in_2", "final"),)
    for at, key in enumerate(order)
}


def _later_drafts(
    messages: pd.DataFrame, mine_of: Mapping[str, str], held: Mapping[str, str | None]
) -> dict[int, list[str]]:
    """The position of each of ``messages`` of a row whose later step the folder holds a draft
    of, written by another computer's tracker of ``mine_of`` (its tag -> this run's tag of
    that tracker): that position -> the names of those drafts."""
    if not mine_of or not len(messages) or "action" not in messages:
        return {}
    by_stem: dict[str, list[str]] = {}  # stem -> the other computer's drafts of those trackers
    for name, owner in held.items():
        if owner in mine_of:
            by_stem.setdefault(numbered_name(name)[0], []).append(name)
    named_by = [
        key for key in ("whose", "client", "company", "action", "to", "email") if key in messages
    ]
    later_of: dict[int, list[str]] = {}
    for at, (record, tag) in enumerate(
        zip(messages[named_by].to_dict("records"), message_tags(messages), strict=True)
    ):
        for later in LATER_STEPS.get(str(record.get("action")), []):
            stem = file_stem(record | {"action": later})
            found = [name for name in by_stem.get(stem, []) if mine_of[str(held[name])] == tag]
            if found:
                later_of.setdefault(at, []).extend(found)
    return later_of


# Why a run behind the other computer's copy of the tracker wrote no message or event of a step.
NEWER = "the other computer's tracker is newer (the step is marked sent there); sync, then run"


class Behind(NamedTuple):
    """This run's messages of rows another computer's copy of the tracker is ahead on
    (``behind_the_other``), taken out, and what the drafts line says of them."""

    messages: pd.DataFrame  # this run's messages but those
    ties: Ties  # their positions in ``messages`` now
    kept: set[str]  # the other computer's drafts of a later step: neither removed nor rewritten
    notes: list[str]


def behind_the_other(
    messages: pd.DataFrame, ties: Ties, held: Mapping[str, str | None], dry_run: bool = False
) -> Behind:
    """The other computer's drafts, in the folder, of a later step of a row of this run's
    messages (the 1st check-in, where this run drafts the thank-you), of a tracker tied to
    this run's (``tied_drafts``). A row's steps only move forward: such a draft was written
    from a copy of the tracker on which this run's step is marked sent, one newer than this
    computer's, whose sync has not arrived (ot70 F2). Its draft stays, and this run's message
    of that row is not written: the thank-you sent is not put back to be sent twice. The
    other computer's next run, or this one's once the tracker synced, puts the row right."""
    behind = _later_drafts(messages, ties.tied, held)
    if not behind:
        return Behind(messages, ties, set(), [])
    left = [at for at in range(len(messages)) if at not in behind]
    moved = {at: new for new, at in enumerate(left)}

    def renumbered(found: set[tuple[int, str]]) -> set[tuple[int, str]]:
        return {(moved[at], name) for at, name in found if at in moved}

    kept_names = sorted({name for names in behind.values() for name in names})
    steps = ", ".join(sorted({str(messages["action"].iloc[at]) for at in behind}))
    drafts = (
        f"the other computer's draft {kept_names[0]}"
        if len(kept_names) == 1
        else f"{len(kept_names)} drafts of the other computer's ({', '.join(kept_names)})"
    )
    rows = "its row" if len(kept_names) == 1 else "their rows"
    notes = [
        f"{'would keep' if dry_run else 'kept'} {drafts}, and "
        f"{'would write' if dry_run else 'wrote'} no {steps} for {rows}: {NEWER}"
    ]
    return Behind(
        messages.iloc[left],
        Ties(ties.tied, renumbered(ties.same), renumbered(ties.apart), renumbered(ties.rewritten)),
        set(kept_names),
        notes,
    )
