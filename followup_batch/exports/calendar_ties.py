"""One calendar synced between two computers (a laptop and a desktop on Dropbox), each running
its own copy of the same synced tracker at another full path: each computer's events carry its
own path's tag (``ics.SOURCE``). Another computer's tracker is taken for this run's by the
drafts folder's rule (``other_computers``): the same place from the calendar's folder, and
more of its live events of the sheets read are events of this run (the same UIDs) than are
not, or they are all of a later step of a row of this run's (the same tracker, further on),
or the index beside the calendar remembers the tie (``tied_files``). Its events are then
this run's: those no longer due are cancelled, not kept as "not part of this run" (ot70 F1: a
thank-you sent on the desktop stayed a ``Late:`` event of the laptop's). An event of theirs
the same but for the tag is left as they wrote it (``ics.sequenced_lines``).

A computer whose copy of a tied tracker is behind (the other computer's "thank-you sent" not
synced yet) is told by the other computer's event of a later step of one of its rows, as the
drafts folder is told by its draft (``other_computers.behind_the_other``): that event stays,
and the earlier step gets no event (``ahead_of_this_run``), not a ``Late: … Thank-you note``
brought back for a thank-you sent already.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from followup_batch.exports.indexes import host
from followup_batch.exports.other_computers import NEWER, placed_alike

if TYPE_CHECKING:
    from followup_batch.exports.ics import CalendarEvent, PreviousEvent


def tied_files(
    path: Path,
    index: Mapping[str, Any],
    previous: Mapping[str, PreviousEvent],
    events: Iterable[CalendarEvent],
    read: Iterable[tuple[str, str]],
    later_uids: Callable[[CalendarEvent], Mapping[str, str]],
) -> dict[str, str]:
    """The tracker files of other computers sharing the calendar at ``path`` that are one of
    the trackers read (``read``: path, ``ics.source_tag``), by the drafts folder's rule
    (``other_computers``): at the same place from the calendar's folder as the index records
    them (``placed_alike``), and more of their live events of the sheets read are this run's
    ``events`` (the same UIDs: the same follow-ups) than are not, or the index remembers the
    tie (a thank-you marked sent leaves no event to prove it by), or, none of their events
    this run's, all those live of the sheets read are of a later step of a row of this run's
    (``later_uids``): a one-row tracker the other computer marked sent, met on this
    computer's first run, its tracker behind (ot73 F7). Their file tag -> this run's. An
    entry of a version before the index said where the calendar was is never tied."""
    others = {
        tag: {"path": entry["path"], "folder": entry["folder"], "sheet": ""}
        for tag, entry in index["files"].items()
        if entry["host"] != host() and isinstance(entry.get("folder"), str)
    }
    if not others:
        return {}
    sheets: dict[str, set[str]] = {}  # our file tag -> the sheet hashes read of it
    trackers: dict[str, str] = {}  # our file tag -> its path
    for tracker, source in read:
        tag, _, sheet_hash = source.partition("/")
        sheets.setdefault(tag, set()).add(sheet_hash)
        trackers[tag] = tracker
    files = [(tracker, "") for tracker in trackers.values()]
    tags = {(tracker, ""): tag for tag, tracker in trackers.items()}
    alike = placed_alike(path.parent, files, others, tags)
    if not alike:
        return {}
    events = list(events)
    due = {event.uid for event in events}
    later = {uid: event.source.partition("/")[0] for event in events for uid in later_uids(event)}
    agree: Counter[str] = Counter()
    disagree: Counter[str] = Counter()
    further_on: Counter[str] = Counter()  # of those that disagree, a later step of a row
    for uid, before in previous.items():
        file, _, sheet = before.source.partition("/")
        if file in alike and sheet in sheets[alike[file]] and not before.cancelled:
            (agree if uid in due else disagree)[file] += 1
            further_on[file] += uid not in due and later.get(uid) == alike[file]
    known = index["tied"]
    return {
        theirs: ours
        for theirs, ours in alike.items()
        if agree[theirs] > disagree[theirs]
        or known.get(theirs) == ours
        or known.get(ours) == theirs
        or (not agree[theirs] and disagree[theirs] == further_on[theirs] > 0)
    }


def tied_sources(tied: Mapping[str, str], sources: Iterable[str]) -> set[str]:
    """The source tags of the other computers' trackers ``tied`` (``tied_files``) for the
    sheets read of this run's (``sources``): their events of those sheets are this run's."""
    return {
        f"{theirs}/{source.partition('/')[2]}"
        for theirs, ours in tied.items()
        for source in sources
        if source.partition("/")[0] == ours
    }


def ties_to_record(
    known: Mapping[str, str], tied: Mapping[str, str], used: Iterable[str]
) -> dict[str, str]:
    """The ties the calendar's index records after a run: those it ``known`` and this run
    found (``tied``) of which either tracker has events in the calendar (``used``: file tags).
    A tie is kept while either tracker has events in the calendar, also when the other's
    entry went with its last event (both computers' runs the same day leave the events as
    the first wrote them): the tie is then all that says its events are this tracker's. One
    the index holds the other way round stays as it is, so runs in turn leave the index."""
    used = set(used)
    found = dict(
        (ours, theirs) if known.get(ours) == theirs else (theirs, ours)
        for theirs, ours in tied.items()
    )
    return {
        theirs: ours
        for theirs, ours in sorted((dict(known) | found).items())
        if theirs in used or ours in used
    }


class Ahead(NamedTuple):
    """This run's events of rows another computer's copy of the tracker is ahead on
    (``ahead_of_this_run``)."""

    dropped: frozenset[str] = frozenset()  # this run's events of an earlier step: not written
    kept: tuple[str, ...] = ()  # the UIDs of the other computer's events of a later step
    steps: tuple[str, ...] = ()  # the steps of the events not written


def ahead_of_this_run(
    events: Iterable[CalendarEvent],
    previous: Mapping[str, PreviousEvent],
    tied: Mapping[str, str],
    later_uids: Callable[[CalendarEvent], Mapping[str, str]],
) -> Ahead:
    """The other computer's live events, in the calendar, of a later step of a row of this
    run's ``events`` (its 1st check-in, where this run has the thank-you), of a tracker
    ``tied`` to this run's (``tied_files``: their file tag -> ours). A row's steps only move
    forward: such an event was written from a copy of the tracker on which this run's step is
    marked sent, one newer than this computer's, whose sync has not arrived (ot70 F2). Its
    event stays, and this run writes none for the earlier step. ``later_uids``: an event's
    later steps' UIDs -> the step (``ics.later_uids``)."""
    events = list(events)
    written = {event.uid for event in events}
    # Their live events this run does not have: a steady pair of computers has none.
    theirs = {
        uid
        for uid, before in previous.items()
        if not before.cancelled and before.source.partition("/")[0] in tied and uid not in written
    }
    if not theirs:
        return Ahead()
    dropped: set[str] = set()
    kept: set[str] = set()
    steps: set[str] = set()
    for event in events:
        file = event.source.partition("/")[0]
        if file not in tied.values():
            continue
        for uid in later_uids(event):
            if uid in theirs and tied[previous[uid].source.partition("/")[0]] == file:
                dropped.add(event.uid)
                kept.add(uid)
                steps.add(str(event.follow_up[-2]))
    return Ahead(frozenset(dropped), tuple(sorted(kept)), tuple(sorted(steps)))


def ahead_note(titles: Iterable[str], steps: Iterable[str], dry_run: bool = False) -> str:
    """What the calendar line says of the events ``ahead_of_this_run`` kept (their
    ``titles``) and of the ``steps`` it wrote no event of, as the drafts line says it."""
    titles = list(titles)
    events = (
        f"the other computer's event '{titles[0]}'"
        if len(titles) == 1
        else f"{len(titles)} events of the other computer's ("
        + ", ".join(f"'{title}'" for title in titles)
        + ")"
    )
    rows = "its row" if len(titles) == 1 else "their rows"
    return (
        f"{'would keep' if dry_run else 'kept'} {events}, and "
        f"{'would write' if dry_run else 'wrote'} no {', '.join(steps)} event for {rows}: "
        f"{NEWER}"
    )
