"""Calendar reminders: one all-day iCalendar event per due follow-up.

RFC 5545's text escaping and value types come from the ``icalendar`` library, and so does
the calendar's header; an event's few content lines are put together here from them
(``event_lines``), because building the library's objects for a coach's 7,700 events took
five seconds. The tests check that the lines equal the library's own for the same event,
and parse every file back with it and with a second parser. What a calendar client needs from us:

- **Whose and how late.** The title names the client (``Maya Chen · 1st check-in · Acme –
  Analyst``); a job seeker's own tracker, named for nobody ("Job Hunt 2026.xlsx"), has no
  client to name (``1st check-in · Acme – Analyst``). An overdue follow-up is not left in the
  past where nobody looks: its event sits on the as-of day, titled ``Late: ...``, its
  description saying since when. A row that needs fixing has no event (it is in the digest's
  rows to fix).
- **An alarm** (``VALARM``) on the morning of the day, ``alarm`` after its start (09:00 by
  default; none with ``alarm=None``).
- **Cancellations.** When the file is written again at the same path, an event of the previous
  file that is no longer due (sent, closed, fixed) is written once more with the same UID,
  ``STATUS:CANCELLED`` and a higher ``SEQUENCE``, so a calendar that subscribed to the file or
  imports it again drops it; it stays in the file for ``CANCELLED_KEPT_DAYS`` days. An event
  whose day, title, text or alarm changed gets the next ``SEQUENCE`` too. The previous file is
  read only when it is one of ours (our ``PRODID``), line by line (we wrote it).
- **One calendar synced between two computers** (a laptop and a desktop on Dropbox), each
  running its own copy of the same synced tracker: the other computer's copy is this run's
  tracker (``calendar_ties``).
- **A tracker that could not be read keeps its events.** Each event names its tracker by a
  hash of the file's path (``X-FOLLOWUP-BATCH-SOURCE``); the events of a tracker this run
  could not read (open in another run, damaged, changed while read) are written again as they
  were, not cancelled: nothing says they are no longer due.

- **Stable UIDs.** Importing the file again must update the events, not add copies. A UID is a
  hash of what identifies the follow-up: client (as one person: accents and punctuation aside),
  tracker file stem, sheet, company, position, interview date and action - never the Excel row
  (rows move when a line is inserted) or the due date (it shifts when a reply comes in or a
  send is recorded). Case, spacing and Unicode's composed or decomposed forms are ignored, so
  retyping "Acme  inc" as "ACME Inc" keeps the event. Rows of one follow-up (an interview
  logged as a row per interviewer) are numbered "-2", "-3" by whom they are to, and titled
  with that person.
- **A fixed DTSTAMP** taken from the as-of date, so the same inputs give a byte-identical file
  (a nightly job's diff shows what changed).
- **All-day events** (``DTSTART;VALUE=DATE`` on the due date, ``DTEND`` the day after) marked
  transparent, so reminders never block time in a free/busy view.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import os
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from icalendar import Calendar, vDDDTypes, vDuration, vText

from followup_batch.exports.calendar_ties import (
    Ahead,
    ahead_of_this_run,
    tied_files,
    tied_sources,
    ties_to_record,
)
from followup_batch.exports.digest import named_clients, named_to_whom, person_key
from followup_batch.exports.files import refuse_replacing, replace_file
from followup_batch.exports.indexes import entries, host, read_index, write_index
from followup_batch.exports.other_computers import LATER_STEPS, TIES, remembered_ties
from followup_batch.normalise.controls import printable
from followup_batch.read.files import real_path
from followup_batch.read.names import client_key
from followup_batch.schedule.labels import ACTION_LABELS, NEEDS_INFO

PRODID = "-//followup-batch//Interview follow-ups//EN"
CALENDAR_NAME = "Interview follow-ups"
UID_DOMAIN = "followup-batch"
NO_ACTION = ACTION_LABELS["none"]
DEFAULT_ALARM = dt.time(9, 0)
CANCELLED_KEPT_DAYS = 30  # long enough for a calendar that refreshes weekly to see it
RETIRED_KEPT_DAYS = 400  # how long a dropped cancellation's SEQUENCE is remembered
# What an event is made of: its UID's parts, its day, title and description.
EVENT_COLUMNS = frozenset(
    ("client", "file", "path", "sheet", "row", "company", "position", "interview_date", "action")
    + ("due", "subject", "draft", "why", "titled", "to")
)
SOURCE = "X-FOLLOWUP-BATCH-SOURCE"  # the event's tracker, as ``source_tag`` of its path
# What a calendar with no event holds, as RFC 5545 3.6 wants one component at least (strict
# validators and some subscription services refuse an empty VCALENDAR, ot96 F7): UTC's time
# zone, which no event names (they are all-day), so no calendar shows or uses it; a VJOURNAL
# would be a memo in Evolution and a journal entry in Outlook.
NOTHING_DUE = (
    "BEGIN:VTIMEZONE",
    "TZID:UTC",
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    "TZOFFSETFROM:+0000",
    "TZOFFSETTO:+0000",
    "TZNAME:UTC",
    "END:STANDARD",
    "END:VTIMEZONE",
)


@dataclass(frozen=True)
class CalendarWritten:
    """What ``write_ics`` wrote: the events due, and the ones cancelled since the last file."""

    events: int
    cancelled: int
    kept: int = 0  # events of trackers the run could not read, written again as they were
    # UID -> [SEQUENCE, day] of the cancellations dropped from the file (``sequenced_lines``).
    retired: dict[str, list[Any]] | None = field(default=None, compare=False, repr=False)
    unrecorded: str = field(default="", compare=False)  # why the index could not be written
    # Events of the trackers (sheets) the run was not given, written again as they were: a
    # by-hand run of one client leaves the others' events; not "not read", which says broken.
    outside: int = 0
    # Of ``outside``, events an earlier version wrote without their tracker's tag, whose
    # tracker (named in their description) this run did not read.
    untagged: int = 0
    # Another computer's tracker file found to be one this run read: its file tag -> ours.
    tied: dict[str, str] | None = field(default=None, compare=False, repr=False)
    # The titles of the other computer's events of a later step of a row, kept, and the steps
    # of this run's events not written for those rows (``calendar_ties.ahead_of_this_run``).
    ahead: tuple[str, ...] = ()
    not_written: tuple[str, ...] = ()


def event_uid(
    client: str,
    file_stem: str,
    sheet: str,
    company: str,
    position: str,
    interview_date: object,
    action: str,
) -> str:
    """The UID of a follow-up: the same follow-up gets the same UID on every run. The client
    counts as one person (``read.names.client_key``: "Carla Díaz" and "Carla Diaz" are one,
    ot48 F3), not as the spelling most of their rows have today, which a new row can change;
    every part in its composed form (NFC: "Zoë.csv" saved on a Mac has "e" and a combining
    diaeresis, ot48 F4)."""
    day = "" if interview_date is None or pd.isna(interview_date) else _iso(interview_date)
    parts = (client_key(str(client)), file_stem, sheet, company, position, day, action)
    # str.split's whitespace is the regex \s: runs of any Unicode space read as one.
    key = "\x1f".join(
        " ".join(unicodedata.normalize("NFC", str(p)).split()).casefold() for p in parts
    )
    return f"{hashlib.sha256(key.encode()).hexdigest()[:32]}@{UID_DOMAIN}"


@functools.lru_cache(maxsize=1024)
def file_tag(path: object) -> str:
    """What names a tracker file in its events: a hash of its full path, links resolved as
    the drafts' tracker mark does (``clients`` a link to ``real/clients`` one night, the real
    path the next, is one tracker); no file names in a calendar a user may share."""
    where = str(real_path(str(path)))
    return hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def source_tag(path: object, sheet: str = "") -> str:
    """An event's tracker (``X-FOLLOWUP-BATCH-SOURCE``): ``file_tag/sheet hash``."""
    return f"{file_tag(path)}/{hashlib.sha256(sheet.encode()).hexdigest()[:8]}"


def summary(item: Mapping[str, Any], *, late: bool = False) -> str:
    """``Maya Chen · 1st check-in · Acme – Analyst``, ``Late: ...`` when overdue."""
    what = " – ".join(p for p in (item["company"], item["position"]) if p)
    title = " · ".join(p for p in (item["client"], item["action"], what) if p)
    return f"Late: {title}" if late else title


def description(item: Mapping[str, Any], as_of: dt.date | None = None) -> str:
    """How late (when it is), the draft when there is one, the Why line, the client (none of
    a job seeker's own tracker) and where the row is."""
    parts = []
    due = pd.Timestamp(item["due"]).date()
    if as_of is not None and due < as_of:
        days = (as_of - due).days
        parts.append(f"Due {due:%a} {due.isoformat()}: {days} day{'s' if days != 1 else ''} late.")
    draft = str(item.get("draft", "") or "").strip()
    subject = str(item.get("subject", "") or "").strip()
    if draft:
        parts.append(f"Subject: {subject}\n\n{draft}" if subject else draft)
    elif subject:
        parts.append(f"Subject: {subject}")
    why = str(item.get("why", "") or "").strip()
    if why:
        parts.append(f"Why: {why.splitlines()[0]}")
    sheet = f" [{item['sheet']}]" if item.get("sheet") else ""
    # The file's name, not its path in the folder run: a folder run and a by-hand run of the
    # same tracker write the same text, so alternating them rewrites no event.
    name = Path(str(item.get("path") or item["file"])).name
    client = f"Client: {item['client']}\n" if item["client"] else ""
    parts.append(f"{client}Tracker: {name}{sheet} row {item['row']}")
    return "\n\n".join(parts)


@dataclass(frozen=True)
class CalendarEvent:
    """One event to write: its day, title, UID and text, and its content lines (unfolded,
    without a ``SEQUENCE``: ``sequenced_lines`` gives it one)."""

    day: dt.date
    title: str
    uid: str
    description: str
    lines: tuple[str, ...]
    source: str = ""  # its tracker's ``source_tag``
    # What its UID is made of (``event_uid``'s arguments) and its number among the events of
    # one follow-up: ``later_uids`` gives the UIDs of the row's later steps from it.
    follow_up: tuple[Any, ...] = field(default=(), compare=False, repr=False)


def calendar_events(
    items: pd.DataFrame,
    *,
    as_of: dt.date,
    alarm: dt.time | None = DEFAULT_ALARM,
    earlier: Collection[str] = (),
) -> list[CalendarEvent]:
    """One event per item that has an action and a due date and does not need fixing,
    overdue ones on ``as_of``; in the order they are written (day, title, UID). ``earlier``:
    the UIDs of the calendar written before, whose UID of an earlier version an event keeps
    (``earlier_uids``)."""
    stamp = vDDDTypes(dt.datetime.combine(as_of, dt.time(0, 0), tzinfo=dt.UTC)).to_ical().decode()
    # After the start of an all-day event: that morning, in the calendar's own zone.
    trigger = None
    if alarm is not None:
        after = dt.timedelta(hours=alarm.hour, minutes=alarm.minute)
        trigger = vDuration(after).to_ical().decode()
    # Titled with the client as the digest names it: two trackers "tracker.xlsx" in the
    # folders "2025" and "2026" are "2025/tracker" and "2026/tracker", not "tracker" twice
    # (``digest.clients_told_apart``). A job seeker's own "Job Hunt 2026.xlsx" has no client
    # to title with (``digest.named_clients``; ot119 F5). The UID keeps the client's own name
    # ("tracker"), so a calendar that imported the file before updates those events instead
    # of adding copies.
    items = items.assign(titled=named_clients(items) if len(items) else "")
    due = items[
        items["due"].notna()
        & (items["action"].astype(str) != NO_ACTION)
        & (items["status"].astype(str) != NEEDS_INFO)
    ]
    events = []
    stems: dict[str, str] = {}  # a coach's 8,000 items come from 200 files
    tags: dict[tuple[str, str], str] = {}
    # Only the columns an event shows: converting a row to a record costs per column.
    shown = [column for column in due.columns if column in EVENT_COLUMNS]
    records = due[shown].to_dict("records")
    for item in records:
        file = str(item["file"])
        if file not in stems:
            stems[file] = Path(file).stem
        item["uid"] = event_uid(
            item["client"],
            stems[file],
            item["sheet"],
            item["company"],
            item["position"],
            item["interview_date"],
            item["action"],
        )
    if earlier:
        _keep_earlier_uids(records, stems, earlier)
    seen: dict[str, int] = {}
    # One follow-up of several rows (an interview logged as a row per interviewer, or a
    # duplicated line): "-2", "-3" in the order of whom it is to, then what it says, as the
    # .eml files are named, so sorting the rows does not swap them (ot48 F5). Those told
    # apart by whom they are to are titled with the person (``digest.named_to_whom``).
    ordered = sorted(records, key=_told_apart)
    named = named_to_whom(ordered, lambda item: item["uid"], lambda item: _text_of(item.get("to")))
    for item, name in zip(ordered, named, strict=True):
        uid = item["uid"]
        seen[uid] = seen.get(uid, 0) + 1
        if seen[uid] > 1:
            uid = uid.replace("@", f"-{seen[uid]}@", 1)
        where = str(item.get("path") or "")
        sheet = str(item.get("sheet") or "")
        if (where, sheet) not in tags:
            tags[where, sheet] = source_tag(where, sheet) if where else ""
        due_day = pd.Timestamp(item["due"]).date()
        day = max(due_day, as_of)
        shown_item = {**item, "client": item["titled"]}
        if name:
            shown_item["action"] = f"{item['action']} to {_text_of(item.get('to'))}"
        # A cell's control characters are left out (line feeds and tabs are TEXT's own).
        title = printable(summary(shown_item, late=day > due_day), tabs=True)
        text = printable(description(shown_item, as_of), tabs=True)
        source = tags[where, sheet] or None
        lines = event_lines(uid, day, title, text, stamp=stamp, trigger=trigger, source=source)
        follow_up = (*(item[key] for key in _UID_PARTS), seen[item["uid"]])
        events.append(CalendarEvent(day, title, uid, text, lines, source or "", follow_up))
    return sorted(events, key=lambda e: (e.day, e.title, e.uid))


_UID_PARTS = ("client", "file", "sheet", "company", "position", "interview_date", "action")


def later_uids(event: CalendarEvent) -> dict[str, str]:
    """The UIDs the later steps of the event's row have (its 1st check-in, 2nd and final where
    the event is its thank-you), numbered as the event is: UID -> the step."""
    if not event.follow_up:
        return {}
    client, file, sheet, company, position, interview_date, action, number = event.follow_up
    found = {}
    for later in LATER_STEPS.get(str(action), []):
        uid = event_uid(
            client, Path(str(file)).stem, sheet, company, position, interview_date, later
        )
        found[uid if number == 1 else uid.replace("@", f"-{number}@", 1)] = later
    return found


def earlier_uids(item: Mapping[str, Any], file_stem: str) -> list[str]:
    """The UIDs versions before 3 December 2026 gave the follow-up of ``item``: the client as
    written, not as one person (``read.names.client_key``: "Zoë", "Bob O'Neil"), or, for a
    tracker without a Client column, the file's stem ("Maya Chen - Job Search", where this
    version reads "Maya Chen" from the file's name)."""
    when = item["interview_date"]
    day = "" if when is None or pd.isna(when) else _iso(when)
    rest = (file_stem, item["sheet"], item["company"], item["position"], day, item["action"])
    found = []
    for client in dict.fromkeys((str(item["client"]), file_stem)):
        key = "\x1f".join(" ".join(str(p).split()).casefold() for p in (client, *rest))
        found.append(f"{hashlib.sha256(key.encode()).hexdigest()[:32]}@{UID_DOMAIN}")
    return found


def _keep_earlier_uids(
    records: list[dict[str, Any]], stems: Mapping[str, str], earlier: Collection[str]
) -> None:
    """Give an event the UID an earlier version gave it when the calendar written before
    holds that UID and not this version's: a calendar that imported the file updates the
    event instead of cancelling it and adding it again under a new UID. Only a UID no other
    event of this run has; the rows of one follow-up (numbered "-2", "-3") keep it together."""
    ours = {item["uid"] for item in records}
    unclaimed = set(earlier) - ours  # a nightly run's calendar holds every event's UID already
    kept: dict[str, str] = {}  # this version's UID -> the earlier one it keeps
    for item in records:
        uid = item["uid"]
        if not unclaimed:
            break
        if uid in earlier or uid in kept:
            continue
        for before in earlier_uids(item, stems[str(item["file"])]):
            if before in unclaimed:
                kept[uid] = before
                unclaimed.discard(before)
                break
    for item in records:
        item["uid"] = kept.get(item["uid"], item["uid"])


def _told_apart(item: Mapping[str, Any]) -> tuple[str, ...]:
    """What orders the events of one follow-up: whom it is to, the due date, the subject and
    the draft (the row last: two identical lines are told apart by nothing else)."""
    due = item["due"]
    return (
        item["uid"],
        person_key(_text_of(item.get("to"))),
        "" if pd.isna(due) else _iso(due),
        _text_of(item.get("subject")),
        _text_of(item.get("draft")),
        f"{int(item['row']):012d}",
    )


def _text_of(value: object) -> str:
    """A cell as text ('' when empty)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[arg-type]
        return ""
    return str(value)


def event_lines(
    uid: str,
    day: dt.date,
    title: str,
    text: str,
    *,
    stamp: str,
    trigger: str | None,
    source: str | None = None,
) -> tuple[str, ...]:
    """An all-day event's content lines, in the library's order (its canonical properties
    first, then the others by name), with an alarm when there is a ``trigger``
    (``vDuration``'s text, ``PT9H``). ``stamp``: ``DTSTAMP``'s value; ``source``: the
    tracker's ``source_tag``."""
    heading = _text(title)
    tracker = (f"{SOURCE}:{source}",) if source else ()
    alarm: tuple[str, ...] = ()
    if trigger is not None:
        alarm = (
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{heading}",
            f"TRIGGER:{trigger}",
            "END:VALARM",
        )
    return (
        "BEGIN:VEVENT",
        f"SUMMARY:{heading}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + dt.timedelta(days=1):%Y%m%d}",
        f"DTSTAMP:{stamp}",
        f"UID:{_text(uid)}",
        "CATEGORIES:Follow-up",
        f"DESCRIPTION:{_text(text)}",
        "TRANSP:TRANSPARENT",
        *tracker,
        *alarm,
        "END:VEVENT",
    )


def write_ics(
    items: pd.DataFrame,
    path: Path,
    *,
    as_of: dt.date,
    alarm: dt.time | None = DEFAULT_ALARM,
    unread: Iterable[object] = (),
    read: Iterable[tuple[object, str]] | None = None,
    whole: bool = True,
    staged: Path | None = None,
) -> CalendarWritten:
    """Write the due items (``due.DUE_ITEM_COLUMNS``; ``draft`` optional) as an iCalendar
    file, atomically, cancelling the previous file's events that are no longer due
    (``planned_calendar`` says which), and record whose events are whose beside it. A file
    at ``path`` that this tool did not write, or that is open in Excel or LibreOffice, is
    refused, nothing written (``files.refuse_replacing``: ``ForeignExport``,
    ``OpenElsewhere``).

    ``staged``: where this run writes the file (and its index) when it is published at
    ``path`` afterwards, as a dataset's digest folder is: written afresh into a staging
    folder, then swapped in whole (``datasets.output.publish``). The calendar written before
    and its index are still read at ``path``, so its events are moved, given their next
    ``SEQUENCE`` and cancelled as a tracker's calendar's are (ot96 F1). The cancelled events
    dropped from the file are then remembered in the index beside it (``retired``) even
    without ``read``."""
    path = Path(path)
    target = path if staged is None else Path(staged)
    refuse_replacing(target, ".ics")
    lines, written = planned_calendar(
        items, path, as_of=as_of, alarm=alarm, unread=unread, read=read, whole=whole,
        remember=staged is not None,
    )  # fmt: skip
    data = b"".join(fold(line) + b"\r\n" for line in lines)
    replace_file(target, lambda temp: temp.write_bytes(data), verify=_complete)
    if read is not None or staged is not None:
        unrecorded = _remember_files(
            path, read or (), lines, written.retired or {}, written.tied or {}, staged=staged
        )
        written = dataclasses.replace(written, unrecorded=unrecorded)
    return written


def planned_calendar(
    items: pd.DataFrame,
    path: Path,
    *,
    as_of: dt.date,
    alarm: dt.time | None = DEFAULT_ALARM,
    unread: Iterable[object] = (),
    read: Iterable[tuple[object, str]] | None = None,
    whole: bool = True,
    remember: bool = False,
) -> tuple[list[str], CalendarWritten]:
    """What ``write_ics`` writes at ``path``: its content lines and counts (a dry run says
    them without writing). A previous event not due again is cancelled, but is kept as it was
    when its tracker is one of the ``unread`` (paths the run could not read), or, when the
    run says what it ``read`` ((path, sheet) pairs; None: everything due is in ``items``),
    when its tracker file is still where it was and this run did not read it (a run of one
    client leaves the others' events), or read one other sheet of it only (not ``whole``). An
    event of a version before the tracker's tag is kept then unless its description names a
    tracker read (``_named_by``): with no tag and no index, nothing says its tracker is gone.
    ``remember``: the index's ``retired`` SEQUENCEs are read and kept up to date without
    ``read`` too (a dataset's calendar, whose ``items`` are everything due: ``write_ics``'s
    ``staged``)."""
    path = Path(path)
    previous = read_previous(path)
    # Every UID of the file: an event that kept an earlier version's keeps it on every run.
    events = calendar_events(items, as_of=as_of, alarm=alarm, earlier=previous.keys())
    unread_files = {file_tag(tracker) for tracker in unread}
    indexed = read is not None or remember
    index = _read_index(path) if indexed else {"files": {}, "retired": {}, "tied": {}}
    read_files: set[str] | None = None
    read_sources: set[str] = set()
    names_read: set[tuple[str, str | None]] = set()
    tied: dict[str, str] = {}
    if read is not None:
        pairs = list(read)
        names_read = _names_read(pairs, whole)
        read_files = {file_tag(tracker) for tracker, _ in pairs}
        read_sources = {source_tag(tracker, sheet) for tracker, sheet in pairs}
        # Another computer's copy of a tracker read: its events are this run's too.
        sources = [(str(tracker), source_tag(tracker, sheet)) for tracker, sheet in pairs]
        tied = tied_files(path, index, previous, events, sources, later_uids)
        read_files |= set(tied)
        read_sources |= tied_sources(tied, read_sources)
    # A row the other computer's newer tracker has moved on: its event stays, none of ours.
    ahead = ahead_of_this_run(events, previous, tied, later_uids) if tied else Ahead()
    own = len(events) - len(ahead.dropped)
    kept_theirs = [_as_event(previous[uid], as_of) for uid in ahead.kept]
    if ahead.kept:
        events = sorted(
            [event for event in events if event.uid not in ahead.dropped] + kept_theirs,
            key=lambda e: (e.day, e.title, e.uid),
        )
    present = _files_still_there(index)

    outside = untagged = 0  # of the events kept, those of trackers this run was not given

    def kept(before: PreviousEvent) -> bool:
        nonlocal outside, untagged
        file = before.source.partition("/")[0]
        if not file:  # an event of a version before the tag: whose its description says
            keep = read_files is not None and not _named_by(before, names_read)
            outside += keep
            untagged += keep
            return keep
        if file in unread_files:
            return True
        if read_files is None:
            return False
        if file in read_files:
            keep = not whole and before.source not in read_sources
        else:
            keep = file in present
        outside += keep
        return keep

    retired = index["retired"] if indexed else None
    lines, cancelled, kept_count = sequenced_lines(
        events, previous, as_of, keep=kept, retired=retired, theirs=set(tied)
    )
    written = CalendarWritten(own, cancelled, kept_count - outside, retired)
    return lines, dataclasses.replace(
        written,
        outside=outside,
        untagged=untagged,
        tied=tied,
        ahead=tuple(event.title for event in kept_theirs),
        not_written=ahead.steps,
    )


def _as_event(before: PreviousEvent, as_of: dt.date) -> CalendarEvent:
    """An event of the file written before, to write again as it was: an overdue one on
    ``as_of``, ``Late: …``, as ``calendar_events`` puts one (``_brought_to``)."""
    lines = [
        line
        for line in _brought_to(before, as_of, f"{as_of:%Y%m%d}T000000Z")
        if not line.startswith("SEQUENCE")
    ]
    alarm_at = lines.index("BEGIN:VALARM") if "BEGIN:VALARM" in lines else len(lines)
    props = dict(_name_value(line) for line in lines[:alarm_at] if ":" in line)
    day = _stamp_date(props.get("DTSTART", ""), as_of)
    title = _unescaped(props.get("SUMMARY", ""))
    text = _unescaped(props.get("DESCRIPTION", ""))
    return CalendarEvent(day, title, props.get("UID", ""), text, tuple(lines), before.source)


# How every version names an event's tracker at the end of its description (TEXT-escaped):
# "\nTracker: Ann Lee.xlsx [Job Hunt] row 3", "\nTracker: Jordan Blake.csv row 4".
_TRACKER_LINE = re.compile(r"\\nTracker: (.+?)(?: \[(.*)\])? row \d+$")


def _names_read(pairs: Iterable[tuple[object, str]], whole: bool) -> set[tuple[str, str | None]]:
    """(file name, sheet) of each tracker read, as an event's description names it; sheet
    None for any sheet of a file read whole."""
    return {(Path(str(path)).name, None if whole else sheet) for path, sheet in pairs}


def _named_by(before: PreviousEvent, names: set[tuple[str, str | None]]) -> bool:
    """Whether the event's description names one of the trackers ``names`` (``_names_read``):
    an event written before the tracker's tag is this run's only then. The versions before the
    tag (781e9a2, 934bf23, 9be6640) named the tracker by its file name, not its path: one
    "tracker.xlsx" of another folder is taken for the one read, as it always was."""
    text = next((line for line in before.lines if line.startswith("DESCRIPTION:")), "")
    found = _TRACKER_LINE.search(text)
    if found is None:
        return False
    name, sheet = (_unescaped(part or "") for part in found.groups())
    return (name, None) in names or (name, sheet) in names


def _unescaped(text: str) -> str:
    """A TEXT value's characters (RFC 5545 3.3.11: ``\\,``, ``\\;``, ``\\\\``, ``\\n``)."""
    return re.sub(r"\\([,;\\nN])", lambda found: _UNESCAPED.get(found[1], found[1]), text)


_UNESCAPED = {"n": "\n", "N": "\n"}


def _index_path(path: Path) -> Path:
    """Beside the calendar: whose events are whose (``due.ics`` -> ``.due.ics.trackers.json``)."""
    return path.with_name(f".{path.name}.trackers.json")


def _read_index(path: Path) -> dict[str, Any]:
    """The calendar's index: ``files`` (file tag -> {path, host, and the calendar's folder}),
    ``retired`` (UID -> [SEQUENCE, day]) and ``tied`` (another computer's file tag -> the one
    it was found to be: ``calendar_ties``); empty when there is none or it cannot be read."""
    data = read_index(_index_path(path))
    retired = data.get("retired")
    return {
        "files": entries(data, "files", ("path", "host")),
        "retired": {
            uid: [value[0], value[1]]
            for uid, value in (retired.items() if isinstance(retired, dict) else ())
            if isinstance(value, list)
            and len(value) == 2
            and isinstance(value[0], int)
            and isinstance(value[1], str)
        },
        "tied": remembered_ties(data),
    }


def _files_still_there(index: dict[str, Any]) -> set[str]:
    """The file tags of the calendar's ``index`` whose tracker is still at its path, or was on
    another computer (whose paths mean nothing here)."""
    return {
        tag
        for tag, entry in index["files"].items()
        if entry["host"] != host() or os.path.lexists(entry["path"])
    }


def _remember_files(
    path: Path,
    read: Iterable[tuple[object, str]],
    lines: list[str],
    retired: Mapping[str, list[Any]],
    tied: Mapping[str, str],
    *,
    staged: Path | None = None,
) -> str:
    """Record beside the calendar the trackers the run read (file tag -> path, computer, and
    the calendar's folder, which another computer's run needs to find the same tracker at the
    same place: ``calendar_ties``), keeping the entries of the trackers that still have events
    in it, the ``retired`` cancellations and the ties (``calendar_ties``). Written only when it
    changes. Returns why it could not be written ('' when
    it was or needed no writing): the next run of one client then cancels the others' events,
    as before the index. ``staged``: the calendar was written there, to be published at
    ``path`` (``write_ics``): the index goes beside it, whenever it holds anything."""
    index = _read_index(path)
    before = index["files"]
    files = dict(before)
    folder = str(real_path(path.parent))
    for tracker, _ in read:
        files[file_tag(tracker)] = {
            "path": str(real_path(str(tracker))),
            "host": host(),
            "folder": folder,
        }
    prefix = f"{SOURCE}:"
    used = {line[len(prefix) :].partition("/")[0] for line in lines if line.startswith(prefix)}
    files = {tag: files[tag] for tag in sorted(files) if tag in used}
    dropped = {uid: list(retired[uid]) for uid in sorted(retired)}
    ties = ties_to_record(index["tied"], tied, used)
    where = _index_path(path if staged is None else staged)
    if (files, dropped, ties) == (before, index["retired"], index["tied"]) and (
        where.exists() or not (files or dropped or ties)
    ):
        return ""
    data = {"version": 1, "files": files, "retired": dropped} | ({TIES: ties} if ties else {})
    return write_index(where, data)


@dataclass(frozen=True)
class PreviousEvent:
    """An event of the file written before, as its unfolded content lines."""

    lines: tuple[str, ...]
    sequence: int
    cancelled: bool
    stamp: str  # DTSTAMP's value, 20261120T000000Z
    source: str = ""  # the tracker's source_tag; none in events of versions before it

    @property
    def content(self) -> tuple[str, ...]:
        return _content(self.lines)


def read_previous(path: Path) -> dict[str, PreviousEvent]:
    """The events of our calendar file at ``path`` by UID; none when there is no file or it
    is not one of ours."""
    try:
        if not path.is_file():  # none, or a pipe or device, which the write then refuses
            return {}
        data = path.read_bytes()
    except OSError:
        return {}
    text = data.replace(b"\r\n ", b"").replace(b"\r\n\t", b"").decode("utf-8", "replace")
    lines = text.split("\r\n")
    if f"PRODID:{PRODID}" not in lines[:8]:
        return {}
    events: dict[str, PreviousEvent] = {}
    block: list[str] = []
    for line in lines:
        if line == "BEGIN:VEVENT":
            block = [line]
        elif block:
            block.append(line)
            if line == "END:VEVENT":
                props = dict(_name_value(entry) for entry in block if ":" in entry)
                sequence = props.get("SEQUENCE", "0")
                events[props.get("UID", "")] = PreviousEvent(
                    tuple(block),
                    int(sequence) if sequence.isdigit() else 0,
                    props.get("STATUS") == "CANCELLED",
                    props.get("DTSTAMP", ""),
                    props.get(SOURCE, ""),
                )
                block = []
    events.pop("", None)
    return events


def sequenced_lines(
    events: list[CalendarEvent],
    previous: Mapping[str, PreviousEvent],
    as_of: dt.date,
    *,
    keep: Callable[[PreviousEvent], bool] = lambda _: False,
    retired: dict[str, list[Any]] | None = None,
    theirs: Collection[str] = (),
) -> tuple[list[str], int, int]:
    """The calendar's content lines with a ``SEQUENCE`` on every event (the previous one,
    one more when the event changed or comes back), followed by the previous events ``keep``
    says to keep, as they were, and the cancelled events.
    Returns the lines, how many events are cancelled and how many kept. ``retired`` (updated
    in place): UID -> [SEQUENCE, day dropped] of the cancelled events dropped from the file,
    so that one coming back months later goes on from its SEQUENCE, not from 0 (a calendar
    holding the cancelled copy would ignore a lower one, RFC 5545 3.8.7.4). An event the same
    but for its tracker's tag, of a tracker file of another computer tied to this run's
    (``theirs``: ``calendar_ties``), is written as that computer wrote it: a run the same day on
    each computer leaves the file as it was."""
    stamp = f"{as_of:%Y%m%d}T000000Z"
    head = [str(line) for line in _calendar().content_lines() if line]
    out = head[:-1]
    written: set[str] = set()
    for event in events:
        lines = list(event.lines)
        uid = event.uid
        written.add(uid)
        before = previous.get(uid)
        sequence = 0
        if retired is not None and uid in retired:
            sequence = int(retired.pop(uid)[0]) + 1
        if before is not None:
            same = not before.cancelled and before.content == _content(lines)
            sequence = before.sequence if same else before.sequence + 1
            if same and before.stamp == _stamp_of(lines) and _file_of(before) in theirs:
                out += before.lines
                continue
        out += _with_sequence(lines, sequence)
    cancelled = kept = 0
    for uid, before in sorted(previous.items()):
        if uid in written:
            continue
        if not before.cancelled and keep(before):
            out += _brought_to(before, as_of, stamp)
            kept += 1
            continue
        if before.cancelled:
            if (as_of - _stamp_date(before.stamp, as_of)).days >= CANCELLED_KEPT_DAYS:
                if retired is not None:
                    retired[uid] = [before.sequence, f"{as_of:%Y%m%d}"]
                continue
            out += before.lines
        else:
            out += _cancelled(before, stamp)
        cancelled += 1
    if retired is not None:  # a year on, nobody's calendar holds the cancellation any more
        for uid, (_, day) in list(retired.items()):
            if (as_of - _stamp_date(str(day), as_of)).days > RETIRED_KEPT_DAYS:
                del retired[uid]
    if len(out) == len(head) - 1:  # no event, none cancelled
        out += NOTHING_DUE
    return [*out, head[-1]], cancelled, kept


def _stamp_of(lines: Iterable[str]) -> str:
    return next((line[8:] for line in lines if line.startswith("DTSTAMP:")), "")


def _file_of(event: PreviousEvent) -> str:
    """The file tag of the event's tracker ('' for an event of a version before the tag)."""
    return event.source.partition("/")[0]


def _calendar() -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    return calendar


def _name_value(line: str) -> tuple[str, str]:
    name, _, value = line.partition(":")
    return name.split(";", 1)[0].upper(), value


def _content(lines: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """What a change of is worth a new SEQUENCE: everything but the stamp, the sequence and
    the tracker's tag (a calendar client shows none of them, and events written before the
    tag came are not changed by it)."""
    return tuple(line for line in lines if not line.startswith(("DTSTAMP", "SEQUENCE", SOURCE)))


def _with_sequence(lines: list[str], sequence: int) -> list[str]:
    at = next(i for i, line in enumerate(lines) if line.startswith("UID:")) + 1
    return [*lines[:at], f"SEQUENCE:{sequence}", *lines[at:]]


_LATE_TEXT = re.compile(r"Due \w{3} (\d{4}-\d{2}-\d{2}): \d+ days? late\.\\n\\n")


def _brought_to(before: PreviousEvent, as_of: dt.date, stamp: str) -> list[str]:
    """A kept event as it was, but an overdue one put on ``as_of`` as ``calendar_events``
    puts one (``Late: ...``, how late in its description, one more SEQUENCE): a tracker
    unreadable for days kept its late events on the day they were last written, in the past
    where nobody looks."""
    alarm_at = before.lines.index("BEGIN:VALARM") if "BEGIN:VALARM" in before.lines else None
    props = dict(_name_value(line) for line in before.lines[:alarm_at] if ":" in line)
    try:
        day = dt.datetime.strptime(props.get("DTSTART", "")[:8], "%Y%m%d").date()
    except ValueError:
        return list(before.lines)
    if day >= as_of:
        return list(before.lines)
    text = props.get("DESCRIPTION", "")
    found = _LATE_TEXT.match(text)
    due = dt.date.fromisoformat(found.group(1)) if found else day
    days = (as_of - due).days
    late = _text(f"Due {due:%a} {due.isoformat()}: {days} day{'s' if days != 1 else ''} late.")
    text = f"{late}\\n\\n{text[found.end() if found else 0 :]}"
    lines = []
    in_alarm = False
    for line in before.lines:
        name = line.partition(":")[0].split(";", 1)[0]
        value = line.partition(":")[2]
        in_alarm = line == "BEGIN:VALARM" or (in_alarm and line != "END:VALARM")
        if name == "SUMMARY" or (name == "DESCRIPTION" and in_alarm):
            value = value if value.startswith("Late: ") else f"Late: {value}"
            line = f"{name}:{value}"
        elif name == "DESCRIPTION":
            line = f"DESCRIPTION:{text}"
        elif line.startswith("DTSTART"):
            line = f"DTSTART;VALUE=DATE:{as_of:%Y%m%d}"
        elif line.startswith("DTEND"):
            line = f"DTEND;VALUE=DATE:{as_of + dt.timedelta(days=1):%Y%m%d}"
        elif name == "DTSTAMP":
            line = f"DTSTAMP:{stamp}"
        if name != "SEQUENCE":
            lines.append(line)
    return _with_sequence(lines, before.sequence + 1)


def _cancelled(before: PreviousEvent, stamp: str) -> list[str]:
    """The previous event, cancelled: one more SEQUENCE, no alarm, stamped today."""
    lines: list[str] = []
    in_alarm = False
    for line in before.lines:
        if line in ("BEGIN:VALARM", "END:VALARM"):
            in_alarm = line == "BEGIN:VALARM"
        elif not in_alarm and not line.startswith(("SEQUENCE", "STATUS")):
            lines.append(f"DTSTAMP:{stamp}" if line.startswith("DTSTAMP") else line)
    lines = _with_sequence(lines, before.sequence + 1)
    return [*lines[:-1], "STATUS:CANCELLED", lines[-1]]


def _text(value: str) -> str:
    """A TEXT value as the library escapes it (RFC 5545 3.3.11)."""
    return vText(value).to_ical().decode("utf-8")


def _stamp_date(stamp: str, default: dt.date) -> dt.date:
    try:
        return dt.datetime.strptime(stamp[:8], "%Y%m%d").date()
    except ValueError:
        return default


FOLD_OCTETS = 74  # a folded line's octets before the CRLF (the library's limit of 75, exclusive)
_CONTINUATION = 0b1000_0000  # UTF-8 bytes 10xxxxxx continue a character


def fold(line: str) -> bytes:
    """One content line, UTF-8 encoded and folded the way ``icalendar`` folds it: greedy
    segments of at most 74 octets, never splitting a character, joined by CRLF + space; a
    segment that would end on an escape character (``\\`` or ``^``) leaves it to the next.
    The library folds a character at a time, which was two thirds of its time for a coach's
    8,000 events with drafts in their descriptions."""
    data = line.encode("utf-8")
    if len(data) <= FOLD_OCTETS:
        return data
    segments = []
    start, size = 0, len(data)
    while size - start > FOLD_OCTETS:
        end = start + FOLD_OCTETS
        while data[end] & 0b1100_0000 == _CONTINUATION:
            end -= 1
        if data[end - 1] in b"\\^" and end - 1 > start:
            end -= 1
        segments.append(data[start:end])
        start = end
    segments.append(data[start:])
    return b"\r\n ".join(segments)


def _complete(path: Path) -> None:
    # Check only that all of it reached the disk (a full re-parse costs as much as writing,
    # and the tests parse every file back with two parsers).
    data = path.read_bytes()
    if not (data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")):
        raise OSError(f"{path.name}: the calendar was not written completely")


def _iso(value: object) -> str:
    return pd.Timestamp(value).date().isoformat()
