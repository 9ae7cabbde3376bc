"""Calendar export: parsed back with the icalendar library and, independently, with ``ical``;
dates, titles, alarms, stable UIDs, and cancellations when the file is written again."""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar
from trackers import write_xlsx

from followup_batch.compute import compute_sheet
from followup_batch.config import Config
from followup_batch.exports.due import collect_due, concat_items, empty_items
from followup_batch.exports.ics import (
    CANCELLED_KEPT_DAYS,
    CalendarEvent,
    CalendarWritten,
    event_uid,
    file_tag,
    source_tag,
    write_ics,
)
from followup_batch.read import read_trackers

AS_OF = dt.date(2026, 11, 20)
HEADER = ["Company", "Position", "Interview Date", "Interview Type", "Thank-you Sent", "Outcome"]
ROWS = [
    ["Acme", "Data Analyst", dt.date(2026, 11, 19), "video", None, None],  # thank-you today
    ["Brightwave", "PM", dt.date(2026, 11, 2), "onsite", dt.date(2026, 11, 2), None],
    ["Orbit", "Engineer", dt.date(2026, 10, 1), "final", "yes", "offer"],  # closed: no event
]


def due_items(path: Path, as_of: dt.date = AS_OF) -> pd.DataFrame:
    parts = []
    for table in read_trackers(path, Config().reading):
        computed = compute_sheet(table, Config(), as_of)
        frame, out = computed.frame, computed.output
        parts.append(collect_due(frame, out, path=path, sheet=table.sheet))
    return concat_items(parts)


def events(path: Path) -> dict[str, dict[str, object]]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {
        str(e["SUMMARY"]): {
            "uid": str(e["UID"]),
            "start": e.decoded("DTSTART"),
            "end": e.decoded("DTEND"),
            "description": str(e["DESCRIPTION"]),
            "stamp": e.decoded("DTSTAMP"),
        }
        for e in calendar.walk("VEVENT")
    }


@pytest.fixture
def tracker(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "maya.xlsx", {"Interviews": [HEADER, *ROWS]})


THANKS = "Maya · Thank-you note · Acme – Data Analyst"
LATE = "Late: Maya · 1st check-in · Brightwave – PM"


def test_one_all_day_event_per_due_action(tracker: Path, tmp_path: Path) -> None:
    written = write_ics(due_items(tracker), tmp_path / "due.ics", as_of=AS_OF)
    got = events(tmp_path / "due.ics")
    assert written == CalendarWritten(events=2, cancelled=0)
    assert sorted(got) == [LATE, THANKS]
    thanks = got[THANKS]
    assert (thanks["start"], thanks["end"]) == (dt.date(2026, 11, 20), dt.date(2026, 11, 21))
    assert thanks["stamp"] == dt.datetime(2026, 11, 20, tzinfo=dt.UTC)
    # the draft first (subject and text), then why it is due
    assert thanks["description"].startswith(
        "Subject: Thank you for the Data Analyst interview at Acme\n\nHello,"
    )
    assert "\n\nWhy: Thank-you note: the day after the video interview" in thanks["description"]
    assert thanks["description"].endswith("Client: Maya\nTracker: maya.xlsx [Interviews] row 2")


# A tracker's file name -> its thank-you event's title and the description's last lines: a
# file named for nobody is a job seeker's own, with no client to title with (ot119 F5: "Late:
# Job Hunt 2026 · …" took a phone's title); a coach's file named for a person is theirs.
FILE_NAME_CLIENTS = {
    "Job Hunt 2026.xlsx": (
        "Thank-you note · Acme – Data Analyst",
        "Tracker: Job Hunt 2026.xlsx [Interviews] row 2",
    ),
    "Maya Chen.xlsx": (
        "Maya Chen · Thank-you note · Acme – Data Analyst",
        "Client: Maya Chen\nTracker: Maya Chen.xlsx [Interviews] row 2",
    ),
}


def test_a_file_name_titles_the_events_only_when_it_names_a_person(tmp_path: Path) -> None:
    paths = [
        write_xlsx(tmp_path / name, {"Interviews": [HEADER, *ROWS]}) for name in FILE_NAME_CLIENTS
    ]
    write_ics(concat_items(map(due_items, paths)), tmp_path / "due.ics", as_of=AS_OF)
    thanks = {
        title: str(event["description"]).rsplit("\n\n", 1)[1]
        for title, event in events(tmp_path / "due.ics").items()
        if "Thank-you note" in title
    }
    assert thanks == dict(FILE_NAME_CLIENTS.values())


def test_calendar_properties_and_line_format(tracker: Path, tmp_path: Path) -> None:
    write_ics(due_items(tracker), tmp_path / "due.ics", as_of=AS_OF)
    data = (tmp_path / "due.ics").read_bytes()
    calendar = Calendar.from_ical(data)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//followup-batch//Interview follow-ups//EN"
    assert b"DTSTART;VALUE=DATE:20261120\r\n" in data
    lines = data.split(b"\r\n")
    assert lines[-1] == b""  # every line ends in CRLF
    assert max(len(line) for line in lines) <= 75  # folded, as RFC 5545 requires
    for event in calendar.walk("VEVENT"):
        assert {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"} <= set(event)


def test_same_inputs_give_the_same_bytes(tracker: Path, tmp_path: Path) -> None:
    write_ics(due_items(tracker), tmp_path / "a.ics", as_of=AS_OF)
    write_ics(due_items(tracker), tmp_path / "b.ics", as_of=AS_OF)
    assert (tmp_path / "a.ics").read_bytes() == (tmp_path / "b.ics").read_bytes()


def test_uids_survive_inserted_rows_and_shifted_dates(tracker: Path, tmp_path: Path) -> None:
    write_ics(due_items(tracker), tmp_path / "before.ics", as_of=AS_OF)
    # A row inserted above, and Brightwave's thank-you re-dated: rows move, due dates move.
    moved = [
        ["Zeta", "Intern", dt.date(2026, 11, 18), "phone", None, None],
        ROWS[0],
        [*ROWS[1][:4], dt.date(2026, 11, 3), None],
        ROWS[2],
    ]
    write_xlsx(tracker, {"Interviews": [HEADER, *moved]})
    later = dt.date(2026, 11, 23)
    write_ics(due_items(tracker, later), tmp_path / "after.ics", as_of=later)
    before, after = events(tmp_path / "before.ics"), events(tmp_path / "after.ics")
    late_thanks = "Late: " + THANKS  # due on the 20th, still unsent on the 23rd
    assert after[late_thanks]["uid"] == before[THANKS]["uid"]
    assert after[LATE]["uid"] == before[LATE]["uid"]
    assert "row 3" in after[late_thanks]["description"]
    assert len({e["uid"] for e in after.values()}) == len(after) == 3


@pytest.mark.parametrize(
    ("change", "same"),
    [
        ({"company": "ACME   "}, True),  # case and spacing ignored
        ({"company": "Acme Corp"}, False),
        ({"client": "Jonas"}, False),
        # One client however spelled (read.names.client_key), as the README says (ot48 F3).
        ({"client": "Máya"}, True),
        ({"client": "MAYA "}, True),
        ({"client": "Maya, PhD"}, True),
        ({"file_stem": "jonas"}, False),
        ({"sheet": "Other"}, False),
        ({"position": "Analyst"}, False),
        ({"interview_date": pd.Timestamp("2026-11-18")}, False),
        ({"action": "2nd check-in"}, False),
    ],
)
def test_uid_depends_on_what_identifies_the_follow_up(
    change: dict[str, object], same: bool
) -> None:
    key: dict[str, object] = {
        "client": "Maya",
        "file_stem": "maya",
        "sheet": "Interviews",
        "company": "Acme",
        "position": "Data Analyst",
        "interview_date": pd.Timestamp("2026-11-19"),
        "action": "1st check-in",
    }
    assert (event_uid(**key) == event_uid(**{**key, **change})) is same
    assert event_uid(**key).endswith("@followup-batch")


CARLA = [
    ["Client", "Company", "Position", "Interview Date", "Interview Type", "Country"],
    ["Carla Diaz", "Globex", "PM", "2026-11-19", "Video", "US"],
    ["Carla Diaz", "Initech", "PM", "2026-11-18", "Video", "US"],
    ["Carla Díaz", "Hooli", "PM", "2026-11-17", "Video", "US"],
]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Carla Diaz", "Carla Díaz"),  # new rows spelled with the accent outnumber the old
        ("Carla Díaz", "Carla Diaz"),
        ("Carla Diaz", "carla diaz"),
        ("Carla Diaz", "Carla Diaz, MBA"),
    ],
)
def test_a_clients_events_keep_their_uids_when_the_spelling_shown_changes(
    tmp_path: Path, before: str, after: str
) -> None:
    """The calendar is titled with the spelling most of the client's rows have, which new rows
    can change: the UIDs came from it, so the client's events were cancelled and made again
    under new UIDs (ot48 F3)."""
    tracker = tmp_path / "coach.csv"
    tracker.write_text("\n".join(",".join(row) for row in CARLA) + "\n", encoding="utf-8")
    calendar = tmp_path / "due.ics"
    write_ics(due_items(tracker).assign(client=before), calendar, as_of=AS_OF)
    first = {e["uid"] for e in events(calendar).values()}
    written = write_ics(due_items(tracker).assign(client=after), calendar, as_of=AS_OF)
    assert (written.events, written.cancelled) == (3, 0)
    assert {e["uid"] for e in events(calendar).values()} == first
    assert all(t.removeprefix("Late: ").startswith(f"{after} · ") for t in events(calendar))


@pytest.mark.parametrize("name", ["Zoë", "Björk Guðmundsdóttir", "José Núñez", "김민준"])
def test_a_trackers_name_in_either_unicode_form_gives_the_same_uids(
    tmp_path: Path, name: str
) -> None:
    """macOS writes "Zoë.csv" decomposed (e and a combining diaeresis): the same tracker under
    either form of its name got other UIDs, and lost its events (ot48 F4)."""
    uids = []
    for form in ("NFC", "NFD"):
        folder = tmp_path / form
        folder.mkdir()
        tracker = folder / unicodedata.normalize(form, f"{name}.csv")
        tracker.write_text("\n".join(",".join(row) for row in CARLA) + "\n", encoding="utf-8")
        write_ics(due_items(tracker), folder / "due.ics", as_of=AS_OF)
        uids.append(sorted(e["uid"] for e in events(folder / "due.ics").values()))
    assert os.listdir(tmp_path / "NFC") != os.listdir(tmp_path / "NFD")  # two names on disk
    assert uids[0] == uids[1] and len(uids[0]) == 3


def test_duplicate_rows_get_distinct_uids(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "dup.xlsx", {"S": [HEADER, ROWS[0], ROWS[0]]})
    write_ics(due_items(path), tmp_path / "dup.ics", as_of=AS_OF)
    uids = [
        str(e["UID"])
        for e in Calendar.from_ical((tmp_path / "dup.ics").read_bytes()).walk("VEVENT")
    ]
    assert len(uids) == len(set(uids)) == 2


PANEL_HEADER = ["Client", "Company", "Position", "Interview Date", "Interview Type"]
PANEL_HEADER += ["Interviewer", "Interviewer Email", "Country"]
LEE = ["Ann Lee", "Globex", "PM", "2026-11-19", "Onsite", "Lee Wong", "lee@globex.example", "US"]
ANA = ["Ann Lee", "Globex", "PM", "2026-11-19", "Onsite", "Ana Diaz", "ana@globex.example", "US"]
SAM = ["Ann Lee", "Globex", "PM", "2026-11-19", "Onsite", "Sam Park", "sam@globex.example", "US"]
THANKS_TO = "Ann Lee · Thank-you note to {} · Globex – PM"


@pytest.mark.parametrize(
    ("rows", "titles"),
    [
        # One interview logged as a row per interviewer: each event names its person, and its
        # UID follows the person, not the row (ot48 F5: sorting the rows swapped them).
        ([LEE, ANA], {"": "Ana Diaz", "-2": "Lee Wong"}),
        ([ANA, LEE], {"": "Ana Diaz", "-2": "Lee Wong"}),
        ([SAM, LEE, ANA], {"": "Ana Diaz", "-2": "Lee Wong", "-3": "Sam Park"}),
        ([LEE, SAM, ANA], {"": "Ana Diaz", "-2": "Lee Wong", "-3": "Sam Park"}),
        # One row, or a line pasted twice (both to Lee): the title as ever, no name in it.
        ([LEE], {"": None}),
        ([LEE, LEE], {"": None, "-2": None}),
    ],
    ids=["lee-ana", "ana-lee", "sam-lee-ana", "lee-sam-ana", "one-row", "duplicated-line"],
)
def test_a_row_per_interviewer_gets_an_event_each_named_and_keyed_by_the_person(
    tmp_path: Path, rows: list[list[str]], titles: dict[str, str | None]
) -> None:
    tracker = tmp_path / "Ann Lee.csv"
    lines = [",".join(row) for row in [PANEL_HEADER, *rows]]
    tracker.write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_ics(due_items(tracker), tmp_path / "due.ics", as_of=AS_OF)
    found = Calendar.from_ical((tmp_path / "due.ics").read_bytes()).walk("VEVENT")
    base = event_uid("Ann Lee", "Ann Lee", "", "Globex", "PM", "2026-11-19", "Thank-you note")
    expected = {
        base.replace("@", f"{suffix}@"): (
            THANKS_TO.format(name) if name else "Ann Lee · Thank-you note · Globex – PM"
        )
        for suffix, name in titles.items()
    }
    assert {str(e["UID"]): str(e["SUMMARY"]) for e in found} == expected
    assert len(found) == len(expected)
    for event in found:  # the draft in the event is the person's own
        if " to " in str(event["SUMMARY"]):
            first_name = str(event["SUMMARY"]).split(" to ")[1].split()[0]
            assert f"Hi {first_name}," in str(event["DESCRIPTION"])


def test_draft_goes_into_the_description(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "client": ["Maya"],
            "company": ["Acme"],
            "position": ["Analyst"],
            "interview_date": pd.to_datetime(["2026-11-19"]),
        },
        index=pd.Index([5], name="row"),
    )
    out = pd.DataFrame(
        {
            "status": ["Due today"],
            "next_action": ["Thank-you note"],
            "next_due": pd.to_datetime(["2026-11-20"]),
            "draft_subject": ["Thank you, Sam"],
            "draft": ["Dear Sam,\n\nThank you; it was great, really."],
            "why": ["Thank-you note: the next day\nmore detail"],
        },
        index=frame.index,
    )
    items = collect_due(frame, out, path=tmp_path / "maya.csv")
    write_ics(items, tmp_path / "d.ics", as_of=AS_OF)
    (event,) = events(tmp_path / "d.ics").values()
    assert event["description"] == (
        "Subject: Thank you, Sam\n\nDear Sam,\n\nThank you; it was great, really.\n\n"
        "Why: Thank-you note: the next day\n\nClient: Maya\nTracker: maya.csv row 5"
    )


def test_nothing_due_is_an_empty_valid_calendar(tmp_path: Path) -> None:
    """RFC 5545 3.6 wants one component at least (ot96 F7): UTC's time zone, which no event
    names, stands in for none."""
    assert write_ics(empty_items(), tmp_path / "none.ics", as_of=AS_OF).events == 0
    calendar = Calendar.from_ical((tmp_path / "none.ics").read_bytes())
    assert [c.name for c in calendar.subcomponents] == ["VTIMEZONE"]
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "UTC"
    (standard,) = zone.walk("STANDARD")
    assert standard["TZOFFSETFROM"].td == standard["TZOFFSETTO"].td == dt.timedelta(0)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["none.ics"]  # no temporary file left


def components(path: Path) -> list[tuple[str, str]]:
    """Each component of the calendar: its name and its SUMMARY's, STATUS'."""
    calendar = Calendar.from_ical(path.read_bytes())
    return [
        (c.name, f"{c.get('SUMMARY', '')} {c.get('STATUS', '')}".strip())
        for c in calendar.subcomponents
    ]


def test_the_time_zone_stands_in_only_while_there_is_no_event(
    tracker: Path, tmp_path: Path
) -> None:
    """Events, then none due (their cancellations are events: no time zone), then the
    cancellations gone (the time zone alone), then due again (the events alone, each going
    on from its SEQUENCE, the time zone taken for no event)."""
    path = tmp_path / "due.ics"
    read = [(tracker, "Interviews")]
    write_ics(due_items(tracker), path, as_of=AS_OF, read=read)
    assert components(path) == [("VEVENT", LATE), ("VEVENT", THANKS)]
    write_ics(empty_items(), path, as_of=AS_OF, read=read)
    assert components(path) == [
        ("VEVENT", f"{LATE} CANCELLED"),
        ("VEVENT", f"{THANKS} CANCELLED"),
    ]
    later = AS_OF + dt.timedelta(days=CANCELLED_KEPT_DAYS)
    assert write_ics(empty_items(), path, as_of=later, read=read).events == 0
    assert components(path) == [("VTIMEZONE", "")]
    write_ics(due_items(tracker), path, as_of=AS_OF, read=read)  # the rows' items once more
    assert components(path) == [("VEVENT", LATE), ("VEVENT", THANKS)]
    sequences = [e["SEQUENCE"] for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")]
    assert sequences == [2, 2]


# --- folding: our per-line fold must equal the library's per-character one ---------------------

FOLD_CASES = [
    "",
    "x" * 74,  # the longest line left whole
    "x" * 75,
    "x" * 148 + "y",
    "DESCRIPTION:" + "a\\n" * 60,  # escapes everywhere: a fold never ends on the backslash
    "DESCRIPTION:" + "x" * 61 + "\\,rest of the line",  # backslash exactly at octet 74
    "SUMMARY:1st check-in: Zoë Müller – Ingénieure données" * 3,  # 2- and 3-byte characters
    "DESCRIPTION:" + "😀" * 40,  # 4-byte characters straddling every boundary
    "X-PARAM;CN=^'quoted^' name:" + "^n" * 50,  # RFC 6868 parameter escapes
]


@pytest.mark.parametrize("line", FOLD_CASES)
def test_fold_equals_the_librarys(line: str) -> None:
    from icalendar.parser import Contentline

    from followup_batch.exports.ics import fold

    assert fold(line) == Contentline(line).to_ical()


@given(st.text(alphabet=st.sampled_from(["a", "\\", "^", ",", "é", "–", "😀", " "]), max_size=400))
def test_fold_equals_the_librarys_on_any_text(line: str) -> None:
    from icalendar.parser import Contentline

    from followup_batch.exports.ics import fold

    assert fold(line) == Contentline(line).to_ical()


def library_lines(
    event: CalendarEvent, *, stamp: dt.datetime, alarm: dt.time | None, source: str | None = None
) -> list[str]:
    """The same event built with the library's own objects, as its content lines."""
    from icalendar import Alarm, Event, vCategory, vDDDTypes, vDuration, vText

    built = Event()
    built.add("uid", vText(event.uid))
    built.add("dtstamp", vDDDTypes(stamp))
    built.add("dtstart", vDDDTypes(event.day))
    built.add("dtend", vDDDTypes(event.day + dt.timedelta(days=1)))
    built.add("summary", vText(event.title))
    built.add("description", vText(event.description))
    built.add("categories", vCategory(["Follow-up"]))
    built.add("transp", vText("TRANSPARENT"))
    if source is not None:
        built.add("x-followup-batch-source", vText(source))
    if alarm is not None:
        reminder = Alarm()
        reminder.add("action", vText("DISPLAY"))
        reminder.add("description", vText(event.title))
        reminder.add("trigger", vDuration(dt.timedelta(hours=alarm.hour, minutes=alarm.minute)))
        built.add_component(reminder)
    return [str(line) for line in built.content_lines() if line]


@pytest.mark.parametrize("alarm", [dt.time(9, 0), dt.time(7, 45), None])
def test_event_lines_equal_the_librarys_for_the_same_event(tmp_path: Path, alarm: object) -> None:
    from followup_batch.exports.ics import calendar_events

    rows = [
        [
            f"Société Générale {i} \\ Co; ^x",
            "Ingénieur, données – senior " * 3,
            dt.date(2026, 11, 2 + i),
        ]
        for i in range(12)
    ]
    path = write_xlsx(
        tmp_path / "zoë.xlsx", {"Interviews": [["Company", "Position", "Interview Date"], *rows]}
    )
    events = calendar_events(due_items(path), as_of=AS_OF, alarm=alarm)  # type: ignore[arg-type]
    assert len(events) == 12
    stamp = dt.datetime(2026, 11, 20, tzinfo=dt.UTC)
    tag = source_tag(path, "Interviews")
    for event in events:
        built = library_lines(event, stamp=stamp, alarm=alarm, source=tag)  # type: ignore[arg-type]
        assert list(event.lines) == built


@given(
    title=st.text(alphabet=st.sampled_from(list('a\\;,\n\r:"^é–😀 N')), max_size=60),
    text=st.text(max_size=300),
    day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 30)),
)
def test_event_lines_equal_the_librarys_on_any_text(title: str, text: str, day: dt.date) -> None:
    from followup_batch.exports.ics import CalendarEvent, event_lines

    uid = "0123abcd@followup-batch"
    lines = event_lines(uid, day, title, text, stamp="20261120T000000Z", trigger="PT9H")
    event = CalendarEvent(day, title, uid, text, lines)
    stamp = dt.datetime(2026, 11, 20, tzinfo=dt.UTC)
    assert list(lines) == library_lines(event, stamp=stamp, alarm=dt.time(9, 0))


# --- late items, alarms, cancellations, a second parser ----------------------------------------


def test_overdue_follow_up_sits_on_today_flagged_late(tracker: Path, tmp_path: Path) -> None:
    write_ics(due_items(tracker), tmp_path / "due.ics", as_of=AS_OF)
    late = events(tmp_path / "due.ics")[LATE]
    assert (late["start"], late["end"]) == (AS_OF, AS_OF + dt.timedelta(days=1))
    assert late["description"].startswith("Due Tue 2026-11-10: 10 days late.\n\n")


@pytest.mark.parametrize(
    ("alarm", "trigger"),
    [
        (dt.time(9, 0), dt.timedelta(hours=9)),
        (dt.time(7, 30), dt.timedelta(hours=7, minutes=30)),
        (dt.time(0, 0), dt.timedelta(0)),
        (None, None),
    ],
)
def test_alarm_on_the_morning_of_the_day(
    tracker: Path, tmp_path: Path, alarm: dt.time | None, trigger: dt.timedelta | None
) -> None:
    write_ics(due_items(tracker), tmp_path / "due.ics", as_of=AS_OF, alarm=alarm)
    for event in Calendar.from_ical((tmp_path / "due.ics").read_bytes()).walk("VEVENT"):
        alarms = event.walk("VALARM")
        if trigger is None:
            assert alarms == []
            continue
        (reminder,) = alarms
        assert str(reminder["ACTION"]) == "DISPLAY"
        assert reminder.decoded("TRIGGER") == trigger  # after the all-day event's start
        assert str(reminder["DESCRIPTION"]) == str(event["SUMMARY"])


def test_row_that_needs_fixing_has_no_event(tmp_path: Path) -> None:
    # No company: Needs info, although its interview date gives a thank-you date.
    path = write_xlsx(tmp_path / "maya.xlsx", {"S": [HEADER, ROWS[0], [None, *ROWS[0][1:]]]})
    items = due_items(path)
    assert sorted(items["status"]) == ["Due today", "Needs info"]
    assert write_ics(items, tmp_path / "due.ics", as_of=AS_OF).events == 1


def sequences(path: Path) -> dict[str, tuple[int, str]]:
    """Title (without the Late: flag) -> (SEQUENCE, STATUS) of each event."""
    calendar = Calendar.from_ical(path.read_bytes())
    return {
        str(e["SUMMARY"]).removeprefix("Late: "): (
            int(e.get("SEQUENCE", 0)),
            str(e.get("STATUS", "")),
        )
        for e in calendar.walk("VEVENT")
    }


def test_events_no_longer_due_are_cancelled_when_the_file_is_written_again(
    tracker: Path, tmp_path: Path
) -> None:
    ics = tmp_path / "due.ics"
    assert write_ics(due_items(tracker), ics, as_of=AS_OF) == CalendarWritten(2, 0)
    first = ics.read_bytes()
    # The same inputs again: nothing changed, nothing cancelled, the same bytes.
    assert write_ics(due_items(tracker), ics, as_of=AS_OF) == CalendarWritten(2, 0)
    assert ics.read_bytes() == first
    assert sequences(ics) == {THANKS: (0, ""), LATE.removeprefix("Late: "): (0, "")}

    # The thank-you goes out; the next day the check-in is still late (a new day: SEQUENCE 1).
    sent = [[*ROWS[0][:4], dt.date(2026, 11, 20), None], *ROWS[1:]]
    write_xlsx(tracker, {"Interviews": [HEADER, *sent]})
    next_day = dt.date(2026, 11, 23)
    assert write_ics(due_items(tracker, next_day), ics, as_of=next_day) == CalendarWritten(2, 1)
    got = sequences(ics)
    assert got[THANKS] == (1, "CANCELLED")  # same UID, one more SEQUENCE: calendars drop it
    assert got[LATE.removeprefix("Late: ")] == (1, "")
    cancelled = next(
        e for e in Calendar.from_ical(ics.read_bytes()).walk("VEVENT") if e.get("STATUS")
    )
    assert cancelled.walk("VALARM") == []  # no reminder for what is cancelled
    assert cancelled.decoded("DTSTAMP") == dt.datetime(2026, 11, 23, tzinfo=dt.UTC)

    # Written again later: the cancellation is kept while calendars may still hold the event
    # (CANCELLED_KEPT_DAYS), unchanged, then dropped.
    assert write_ics(due_items(tracker, next_day), ics, as_of=next_day).cancelled == 1
    assert sequences(ics)[THANKS] == (1, "CANCELLED")
    month_later = next_day + dt.timedelta(days=CANCELLED_KEPT_DAYS)
    write_ics(due_items(tracker, month_later), ics, as_of=month_later)
    assert THANKS not in sequences(ics)


def test_an_event_that_comes_back_gets_a_higher_sequence(tracker: Path, tmp_path: Path) -> None:
    ics = tmp_path / "due.ics"
    write_ics(due_items(tracker), ics, as_of=AS_OF)
    write_ics(empty_items(), ics, as_of=AS_OF)  # everything cancelled
    assert set(sequences(ics).values()) == {(1, "CANCELLED")}
    write_ics(due_items(tracker), ics, as_of=AS_OF)  # due again
    assert set(sequences(ics).values()) == {(2, "")}


def test_an_event_back_after_its_cancellation_was_dropped_goes_on_from_its_sequence(
    tracker: Path, tmp_path: Path
) -> None:
    """A cancellation stays in the file 30 days; the same follow-up due again after that was
    written with SEQUENCE 0, lower than the cancelled copy a calendar still holds, which may
    then ignore it for good. The index beside the calendar remembers the dropped SEQUENCE."""
    ics = tmp_path / "due.ics"
    read = [(tracker, "Interviews")]
    write_ics(due_items(tracker), ics, as_of=AS_OF, read=read)
    write_ics(empty_items(), ics, as_of=AS_OF, read=read)  # on hold: cancelled
    assert set(sequences(ics).values()) == {(1, "CANCELLED")}
    later = AS_OF + dt.timedelta(days=CANCELLED_KEPT_DAYS)
    write_ics(empty_items(), ics, as_of=later, read=read)  # the cancellations dropped
    assert sequences(ics) == {}
    again = write_ics(due_items(tracker), ics, as_of=AS_OF, read=read)  # due again
    assert again == CalendarWritten(2, 0)
    assert set(sequences(ics).values()) == {(2, "")}
    first = ics.read_bytes(), (tmp_path / ".due.ics.trackers.json").read_bytes()
    write_ics(due_items(tracker), ics, as_of=AS_OF, read=read)  # the same again: the same
    assert (ics.read_bytes(), (tmp_path / ".due.ics.trackers.json").read_bytes()) == first


def test_a_file_that_is_not_ours_is_refused(tracker: Path, tmp_path: Path) -> None:
    """It was replaced (without cancelling its events) when the library wrote it: the check
    that the file is the tool's was the command line's alone (ot84/ot85 leftover)."""
    from followup_batch.exports.files import ForeignExport

    ics = tmp_path / "due.ics"
    theirs = (
        b"BEGIN:VCALENDAR\r\nPRODID:-//Someone else//EN\r\nVERSION:2.0\r\n"
        b"BEGIN:VEVENT\r\nUID:x@else\r\nDTSTAMP:20261101T000000Z\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
    ics.write_bytes(theirs)
    with pytest.raises(ForeignExport, match="is not a calendar file followup-batch wrote"):
        write_ics(due_items(tracker), ics, as_of=AS_OF)
    assert ics.read_bytes() == theirs


def test_events_of_a_tracker_not_read_are_kept_as_they_were(tmp_path: Path) -> None:
    """A tracker this run could not read (open in another run, damaged) keeps its events: a
    run that cancelled them would empty the calendar of every reminder of that client."""
    maya = write_xlsx(tmp_path / "maya.xlsx", {"Interviews": [HEADER, *ROWS]})
    omar = write_xlsx(tmp_path / "omar.xlsx", {"Interviews": [HEADER, *ROWS]})
    ics = tmp_path / "due.ics"
    both = concat_items([due_items(maya), due_items(omar)])
    assert write_ics(both, ics, as_of=AS_OF) == CalendarWritten(4, 0)
    omars = {title: e for title, e in events(ics).items() if title.split(" · ")[0].endswith("Omar")}
    assert len(omars) == 2
    first = ics.read_bytes()

    written = write_ics(due_items(maya), ics, as_of=AS_OF, unread=[omar])
    assert written == CalendarWritten(events=2, cancelled=0, kept=2)
    for title, event in omars.items():
        assert events(ics)[title] == event  # as it was: its day, text and stamp
    assert set(sequences(ics).values()) == {(0, "")}
    next_day = dt.date(2026, 11, 23)
    old = [line for line in first.split(b"\r\n") if b"SOURCE:" + file_tag(omar).encode() in line]
    assert len(old) == 2
    assert ics.read_bytes().count(old[0]) == 2  # still tagged, for the run after

    # Read again: the tracker's events are its own again; without it, they are cancelled.
    assert write_ics(both, ics, as_of=next_day).kept == 0
    assert write_ics(due_items(maya, next_day), ics, as_of=next_day).cancelled == 2
    assert {sequences(ics)[t.removeprefix("Late: ")] for t in omars} == {(2, "CANCELLED")}


def test_a_kept_late_event_comes_to_today(tmp_path: Path) -> None:
    """A tracker unreadable for days kept its late events on the day they were last written
    ("1 day late" for ever), in the past where nobody looks; they come to today as the
    events of the trackers read do, one SEQUENCE more, and then stay put."""
    from ical.calendar_stream import IcsCalendarStream

    maya = write_xlsx(tmp_path / "maya.xlsx", {"Interviews": [HEADER, *ROWS]})
    ics = tmp_path / "due.ics"
    write_ics(due_items(maya), ics, as_of=AS_OF)
    later = dt.date(2026, 11, 26)
    assert write_ics(empty_items(), ics, as_of=later, unread=[maya]).kept == 2
    got = events(ics)
    assert set(got) == {f"Late: {THANKS}", LATE}
    assert {e["start"] for e in got.values()} == {later}
    assert got[LATE]["description"].startswith("Due Tue 2026-11-10: 16 days late.\n\nSubject:")
    assert got[f"Late: {THANKS}"]["description"].startswith(
        "Due Fri 2026-11-20: 6 days late.\n\nSubject: Thank you"
    )
    assert set(sequences(ics).values()) == {(1, "")}
    again = ics.read_bytes()
    write_ics(empty_items(), ics, as_of=later, unread=[maya])  # the same day: the same bytes
    assert ics.read_bytes() == again
    calendar = IcsCalendarStream.calendar_from_ics(ics.read_text(encoding="utf-8"))
    assert [e.dtstart for e in calendar.events] == [later, later]


def test_a_tracker_not_read_keeps_no_events_of_another_tracker(tmp_path: Path) -> None:
    """The tag is the tracker's path: a failing ``b/maya.xlsx`` keeps nothing of ``a/maya.xlsx``."""
    (tmp_path / "a").mkdir()
    here = write_xlsx(tmp_path / "a" / "maya.xlsx", {"Interviews": [HEADER, *ROWS]})
    there = tmp_path / "b" / "maya.xlsx"
    ics = tmp_path / "due.ics"
    write_ics(due_items(here), ics, as_of=AS_OF)
    assert write_ics(empty_items(), ics, as_of=AS_OF, unread=[there]) == CalendarWritten(0, 2, 0)


def test_a_tracker_named_through_a_link_is_the_same_tracker(tmp_path: Path) -> None:
    """``clients`` a link to ``real/clients`` one night, the real path the next (cron's and a
    hand run's spellings, a Dropbox link): its events were cancelled as another tracker's."""
    (tmp_path / "real").mkdir()
    maya = write_xlsx(tmp_path / "real" / "maya.xlsx", {"Interviews": [HEADER, *ROWS]})
    (tmp_path / "link").symlink_to(tmp_path / "real")
    ics = tmp_path / "due.ics"
    write_ics(due_items(tmp_path / "link" / "maya.xlsx"), ics, as_of=AS_OF)
    assert write_ics(empty_items(), ics, as_of=AS_OF, unread=[maya]) == CalendarWritten(0, 0, 2)


def test_a_calendar_of_an_earlier_version_keeps_its_sequences(
    tracker: Path, tmp_path: Path
) -> None:
    """Events written before the tracker's tag came are not changed by it: same SEQUENCE."""
    ics = tmp_path / "due.ics"
    write_ics(due_items(tracker), ics, as_of=AS_OF)
    untagged = b"".join(
        line + b"\r\n"
        for line in ics.read_bytes().split(b"\r\n")[:-1]
        if not line.startswith(b"X-FOLLOWUP-BATCH-SOURCE")
    )
    ics.write_bytes(untagged)
    assert write_ics(due_items(tracker), ics, as_of=AS_OF) == CalendarWritten(2, 0)
    assert set(sequences(ics).values()) == {(0, "")}
    assert ics.read_bytes().count(b"X-FOLLOWUP-BATCH-SOURCE:") == 2


def test_a_second_independent_parser_reads_the_same_calendar(tracker: Path, tmp_path: Path) -> None:
    from ical.calendar_stream import IcsCalendarStream

    ics = tmp_path / "due.ics"
    write_ics(due_items(tracker), ics, as_of=AS_OF)
    write_xlsx(tracker, {"Interviews": [HEADER, ROWS[1], ROWS[2]]})  # the Acme row is gone
    write_ics(due_items(tracker), ics, as_of=AS_OF)
    calendar = IcsCalendarStream.calendar_from_ics(ics.read_text(encoding="utf-8"))
    got = {
        e.summary: (
            e.dtstart,
            e.dtend,
            e.sequence,
            e.status.value if e.status else "",
            len(e.alarm),
        )
        for e in calendar.events
    }
    assert got == {
        # its row moved up, so its description changed: the next SEQUENCE
        LATE: (AS_OF, AS_OF + dt.timedelta(days=1), 1, "", 1),
        THANKS: (AS_OF, AS_OF + dt.timedelta(days=1), 1, "CANCELLED", 0),
    }
    (late,) = (e for e in calendar.events if e.summary == LATE)
    assert late.alarm[0].trigger == dt.timedelta(hours=9)
    assert late.description.startswith("Due Tue 2026-11-10: 10 days late.")


# A Company or Position cell on several lines, or with a tab, as every export names it: its
# first line with words, tabs and runs of spaces one space, and the lines under it that go on
# with the name ('Acme' over 'GmbH', fx222). Report ot31, F7: the drafts said
# the first line, the calendar both lines and a raw tab. Report ot33, F3: b074f03 then joined
# all the lines, so a note typed under the name (Alt+Enter) reached the e-mails ("interview at
# Acme follow up in Jan"). (Company cell, Position cell, how the draft's subject, the .eml's
# subject, the calendar's title and the digest name them, the .eml file name's slug.) The ids
# keep the tab and the line breaks out of the test names.
ONE_LINE = [
    pytest.param(
        "Acme\nfollow up in Jan", "Data Analyst", "Acme", "Data Analyst", "acme", id="a note"
    ),
    pytest.param(
        "Acme Corp.\n(recruiter: Jo)",
        "Data Analyst",
        "Acme Corp.",
        "Data Analyst",
        "acme-corp",
        id="a bracketed note",
    ),
    pytest.param(
        "Acme",
        "Product Manager\n\n(remote)",
        "Acme",
        "Product Manager",
        "acme",
        id="a note on the position's third line",
    ),
    pytest.param("Tab\tCo", "Data\tAnalyst", "Tab Co", "Data Analyst", "tab-co", id="tab"),
    # fx222: a name wrapped on two lines is one name, not its first half.
    pytest.param(
        "Acme\nGmbH",
        "Product\nManager",
        "Acme GmbH",
        "Product Manager",
        "acme-gmbh",
        id="a name on two lines",
    ),
    pytest.param(
        "Acme\nBerlin", "Data Analyst\nHybrid", "Acme", "Data Analyst", "acme", id="a place"
    ),
    pytest.param(
        "\r\n  Acme \t Labs  \r\nberlin office",
        "Data Analyst",
        "Acme Labs",
        "Data Analyst",
        "acme-labs",
        id="a blank first line, CRLF and spaces",
    ),
]


@pytest.mark.parametrize(("company", "position", "named", "role", "slug"), ONE_LINE)
def test_a_company_on_several_lines_is_named_by_its_first_line_in_every_export(
    tmp_path: Path, company: str, position: str, named: str, role: str, slug: str
) -> None:
    import csv
    from email import message_from_bytes, policy

    from click.testing import CliRunner

    from followup_batch.cli import main

    tracker = tmp_path / "t.csv"
    with tracker.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(
            [
                ["Company", "Position", "Interview Date", "Interviewer"],
                [company, position, "2026-11-19", "Kim Park"],
            ]
        )
    ics, eml_dir, digest = tmp_path / "due.ics", tmp_path / "eml", tmp_path / "digest.md"
    args = ["run", str(tracker), "--as-of", "2026-11-20", "--ics", str(ics)]
    result = CliRunner().invoke(main, [*args, "--eml-dir", str(eml_dir)])
    assert result.exit_code == 0, result.output
    with tracker.open(newline="", encoding="utf-8") as handle:
        (row,) = csv.DictReader(handle)
    subject = f"Thank you for the {role} interview at {named}"
    # The person's cells stay as written, their notes too.
    assert (row["Company"], row["Position"]) == (company, position)
    assert (row["Draft subject"], row["Problems"]) == (subject, "")
    [event] = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    # "t.csv" names no person: a job seeker's own tracker, no client in the title (ot119 F5).
    assert str(event["SUMMARY"]) == f"Thank-you note · {named} – {role}"
    [eml] = eml_dir.glob("*.eml")
    assert eml.name == f"t-{slug}-thank-you-note-kim-park.eml"
    assert message_from_bytes(eml.read_bytes(), policy=policy.default)["Subject"] == subject
    args = ["digest", str(tracker), "--as-of", "2026-11-20", "--markdown", str(digest)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert f"| Thank-you note | {named} | {role} | {subject} |" in digest.read_text("utf-8")
