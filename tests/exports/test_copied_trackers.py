"""Two trackers of one client that repeat its interviews in one run ("Morgan Lee.xlsx" and its
re-download "Morgan Lee (1).xlsx"): the digest, the calendar and the drafts folder list each
follow-up once, from the copy further along, and the run says so and names what the copies
disagree on. Two clients, or one client's trackers of other interviews, are left alone."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from icalendar import Calendar
from trackers import write_xlsx

from followup_batch.cli import main

AS_OF = "2026-11-20"  # a Friday
HEADERS = (
    "Company",
    "Position",
    "Interview Date",
    "Interview Type",
    "Interviewer",
    "Interviewer Email",
    "Thank-you Sent",
    "Outcome",
)
# Thank-you note due today (the day after a video interview).
ACME = (
    "Acme",
    "Data Analyst",
    dt.datetime(2026, 11, 19),
    "Video",
    "Dana Ortiz",
    "dana@acme.example",
)
# 1st check-in due Tue 11-17, three days late.
GLOBEX = (
    "Globex",
    "Engineer",
    dt.datetime(2026, 11, 10),
    "Onsite",
    "Sam Lee",
    "sam@globex.example",
)
OPEN = (None, "Interviewing")
# 1st check-in due Tue 11-17, three days late; another client's interview.
INITECH = (
    "Initech",
    "Designer",
    dt.datetime(2026, 11, 10),
    "Onsite",
    "Kim Wu",
    "kim@initech.example",
)


def tracker(path: Path, *rows: tuple[object, ...]) -> None:
    write_xlsx(path, {"Jobs": [HEADERS, *rows]})


def trackers_in(folder: Path, files: dict[str, list[tuple[object, ...]]]) -> None:
    """Each tracker of ``files`` in ``folder``; one holding the rows of one made before it is
    that file's bytes, as a file downloaded twice is. (openpyxl stamps each file with the
    second it is saved: two made a second apart differ in bytes, and a copy is skipped only
    when it is the same file, so such a case failed now and then on a busy machine.)"""
    made: dict[tuple[tuple[object, ...], ...], Path] = {}
    for name, rows in files.items():
        path = folder / name
        if tuple(rows) in made:
            shutil.copyfile(made[tuple(rows)], path)
        else:
            tracker(path, *rows)
            made[tuple(rows)] = path


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


LISTED_ONCE = "their follow-ups are listed once in the digest, calendar and drafts folder"
REPEATS = (
    "Morgan Lee: 2 files repeat the same 2 interviews (Morgan Lee.xlsx, Morgan Lee (1).xlsx); "
    + LISTED_ONCE
)
# Acme's interview with a second interviewer added on one copy only.
ACME_AND_RAJ = (*ACME[:4], "Dana Ortiz; Raj Patel", "dana@acme.example; raj@acme.example")

ACME_NOTE = "Morgan Lee · Thank-you note · Acme – Data Analyst"
GLOBEX_LATE = "Late: Morgan Lee · 1st check-in · Globex – Engineer"
ACME_EML = "morgan-lee-acme-thank-you-note-dana-ortiz.eml"
GLOBEX_EML = "morgan-lee-globex-1st-check-in-sam-lee.eml"

# (the trackers, the run's lines about them, the digest's Today list as (client, action,
# company, file), the calendar's events, the drafts folder's files)
CASES = {
    # A re-download beside the tracker, the same rows: each follow-up once, from the tracker.
    "download copy identical": (
        {
            "Morgan Lee.xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)],
            "Morgan Lee (1).xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)],
        },
        [REPEATS],
        [
            ("Morgan Lee", "1st check-in", "Globex", "Morgan Lee.xlsx"),
            ("Morgan Lee", "Thank-you note", "Acme", "Morgan Lee.xlsx"),
        ],
        [GLOBEX_LATE, ACME_NOTE],
        [ACME_EML, GLOBEX_EML],
    ),
    # ot41 F3: a sync tool's copy of a conflict, OneDrive's (the computer's name after the
    # client's) beside Dropbox's, was a second client: each follow-up listed twice.
    "sync conflict copies": (
        {
            "Morgan Lee.xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)],
            "Morgan Lee-DESKTOP-4F2K9LM.xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)],
            "Morgan Lee (Sam's conflicted copy 2026-11-19).xlsx": [
                (*ACME, *OPEN),
                (*GLOBEX, *OPEN),
            ],
        },
        [
            "Morgan Lee: 3 files repeat the same 2 interviews (Morgan Lee.xlsx, Morgan Lee "
            "(Sam's conflicted copy 2026-11-19).xlsx, Morgan Lee-DESKTOP-4F2K9LM.xlsx); "
            + LISTED_ONCE
        ],
        [
            ("Morgan Lee", "1st check-in", "Globex", "Morgan Lee.xlsx"),
            ("Morgan Lee", "Thank-you note", "Acme", "Morgan Lee.xlsx"),
        ],
        [GLOBEX_LATE, ACME_NOTE],
        [ACME_EML, GLOBEX_EML],
    ),
    # ot29 F6: a line naming every one of 200 copies ran to 3,400 characters; the first five
    # are named, as in the other long lists.
    "seven copies": (
        {
            "Morgan Lee.xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)],
            **{f"Morgan Lee ({n}).xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)] for n in range(1, 7)},
        },
        [
            "Morgan Lee: 7 files repeat the same 2 interviews (Morgan Lee.xlsx, Morgan Lee "
            "(1).xlsx, Morgan Lee (2).xlsx, Morgan Lee (3).xlsx, Morgan Lee (4).xlsx and 2 "
            "more); " + LISTED_ONCE
        ],
        [
            ("Morgan Lee", "1st check-in", "Globex", "Morgan Lee.xlsx"),
            ("Morgan Lee", "Thank-you note", "Acme", "Morgan Lee.xlsx"),
        ],
        [GLOBEX_LATE, ACME_NOTE],
        [ACME_EML, GLOBEX_EML],
    ),
    "seven copies, some of one interview": (
        {
            "Morgan Lee.xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)],
            **{f"Morgan Lee ({n}).xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)] for n in (1, 2)},
            **{f"Morgan Lee ({n}).xlsx": [(*ACME, *OPEN)] for n in range(3, 7)},
        },
        [
            "Morgan Lee: 7 files hold copies of 2 interviews (Morgan Lee.xlsx: 2, Morgan Lee "
            "(1).xlsx: 2, Morgan Lee (2).xlsx: 2, Morgan Lee (3).xlsx: 1, Morgan Lee (4).xlsx: 1 "
            "and 2 more); " + LISTED_ONCE
        ],
        [
            ("Morgan Lee", "1st check-in", "Globex", "Morgan Lee.xlsx"),
            ("Morgan Lee", "Thank-you note", "Acme", "Morgan Lee.xlsx"),
        ],
        [GLOBEX_LATE, ACME_NOTE],
        [ACME_EML, GLOBEX_EML],
    ),
    # The client marked Globex rejected on the re-download only: no check-in for a role the
    # copy closed (its networking check-in is months away), and the run names both rows.
    "copy with an outcome changed": (
        {
            "Morgan Lee.xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)],
            "Morgan Lee (1).xlsx": [(*ACME, *OPEN), (*GLOBEX, None, "Rejected")],
        },
        [
            REPEATS,
            "  Globex, Engineer: Rejected in Morgan Lee (1).xlsx row 3, open in Morgan Lee.xlsx "
            "row 3; the digest, calendar and drafts folder follow Morgan Lee (1).xlsx row 3",
        ],
        [("Morgan Lee", "Thank-you note", "Acme", "Morgan Lee.xlsx")],
        ["Morgan Lee · Networking check-in · Globex – Engineer", ACME_NOTE],
        [ACME_EML, "morgan-lee-globex-networking-check-in-sam-lee.eml"],
    ),
    # The thank-you marked sent on the copy counts: its next step is listed, not the note.
    "copy with a sent mark": (
        {
            "Morgan Lee.xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)],
            "Morgan Lee (1).xlsx": [(*ACME, "yes", "Interviewing"), (*GLOBEX, *OPEN)],
        },
        [
            REPEATS,
            "  Acme, Data Analyst: Thank-you note marked sent in Morgan Lee (1).xlsx row 2, not "
            "in Morgan Lee.xlsx row 2; the digest, calendar and drafts folder follow Morgan Lee "
            "(1).xlsx row 2",
        ],
        [("Morgan Lee", "1st check-in", "Globex", "Morgan Lee.xlsx")],
        [GLOBEX_LATE, "Morgan Lee · 1st check-in · Acme – Data Analyst"],
        ["morgan-lee-acme-1st-check-in-dana-ortiz.eml", GLOBEX_EML],
    ),
    # ot23 F4: four copies of the same two interviews are one line for the client, not a
    # line for each two files with counts of 1, 2 and 3; ot23 F3: an interviewer added on one
    # copy, who gets no thank-you from the copy followed, is named with the rows.
    "four copies, an interviewer added on one": (
        {
            "Copy of Morgan Lee.xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)],
            "Kopie von Morgan Lee.xlsx": [(*ACME_AND_RAJ, *OPEN), (*GLOBEX, *OPEN)],
            "Morgan Lee (1).xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)],
            "Morgan Lee.xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)],
        },
        [
            "Morgan Lee: 4 files repeat the same 2 interviews (Morgan Lee.xlsx, Copy of Morgan "
            "Lee.xlsx, Kopie von Morgan Lee.xlsx, Morgan Lee (1).xlsx); " + LISTED_ONCE,
            "  Acme, Data Analyst: Raj Patel is on the copy on Kopie von Morgan Lee.xlsx row 2, "
            "not on Morgan Lee.xlsx row 2; nothing is drafted to them: add them there if they "
            "were at this interview, or correct the other copy; the digest, calendar and drafts "
            "folder follow Morgan Lee.xlsx row 2",
        ],
        [
            ("Morgan Lee", "1st check-in", "Globex", "Morgan Lee.xlsx"),
            ("Morgan Lee", "Thank-you note", "Acme", "Morgan Lee.xlsx"),
        ],
        [GLOBEX_LATE, ACME_NOTE],
        [ACME_EML, GLOBEX_EML],
    ),
    # A copy holding one of the interviews: how many each file holds; and the outcome typed
    # on one copy is named with the rows.
    "three copies, one holding fewer": (
        {
            "Morgan Lee (1).xlsx": [(*ACME, *OPEN)],
            "Morgan Lee (2).xlsx": [(*ACME, *OPEN), (*GLOBEX, None, "Rejected")],
            "Morgan Lee.xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)],
        },
        [
            "Morgan Lee: 3 files hold copies of 2 interviews (Morgan Lee.xlsx: 2, Morgan Lee "
            "(1).xlsx: 1, Morgan Lee (2).xlsx: 2); " + LISTED_ONCE,
            "  Globex, Engineer: Rejected in Morgan Lee (2).xlsx row 3, open in Morgan Lee.xlsx "
            "row 3; the digest, calendar and drafts folder follow Morgan Lee (2).xlsx row 3",
        ],
        [("Morgan Lee", "Thank-you note", "Acme", "Morgan Lee.xlsx")],
        ["Morgan Lee · Networking check-in · Globex – Engineer", ACME_NOTE],
        [ACME_EML, "morgan-lee-globex-networking-check-in-sam-lee.eml"],
    ),
    # Two clients, each with a re-download: a line each.
    "two clients with a copy each": (
        {
            "Maya Chen (1).xlsx": [(*ACME, *OPEN)],
            "Maya Chen.xlsx": [(*ACME, *OPEN)],
            "Morgan Lee (1).xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)],
            "Morgan Lee.xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)],
        },
        [
            "Maya Chen: 2 files repeat the same interview (Maya Chen.xlsx, Maya Chen (1).xlsx); "
            + LISTED_ONCE,
            REPEATS,
        ],
        [
            ("Maya Chen", "Thank-you note", "Acme", "Maya Chen.xlsx"),
            ("Morgan Lee", "1st check-in", "Globex", "Morgan Lee.xlsx"),
            ("Morgan Lee", "Thank-you note", "Acme", "Morgan Lee.xlsx"),
        ],
        [GLOBEX_LATE, "Maya Chen · Thank-you note · Acme – Data Analyst", ACME_NOTE],
        ["maya-chen-acme-thank-you-note-dana-ortiz.eml", ACME_EML, GLOBEX_EML],
    ),
    # One client's two trackers of other interviews (an earlier round in last month's file):
    # both kept, nothing said.
    "two unrelated trackers of one client": (
        {
            "Morgan Lee 2025.xlsx": [(*GLOBEX[:2], dt.datetime(2026, 11, 3), *GLOBEX[3:], *OPEN)],
            "Morgan Lee 2026.xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)],
        },
        [],
        [
            ("Morgan Lee", "1st check-in", "Globex", "Morgan Lee 2025.xlsx"),
            ("Morgan Lee", "1st check-in", "Globex", "Morgan Lee 2026.xlsx"),
            ("Morgan Lee", "Thank-you note", "Acme", "Morgan Lee 2026.xlsx"),
        ],
        [GLOBEX_LATE, GLOBEX_LATE, ACME_NOTE],
        [ACME_EML, "morgan-lee-globex-1st-check-in-sam-lee-2.eml", GLOBEX_EML],
    ),
    # ot58 F5: two people's downloads a browser named alike, both at one Acme assessment day,
    # each with an interview the other lacks: not copies (one of two rows in common), so each
    # keeps its Acme thank-you.
    "two people's downloads sharing one interview": (
        {
            "Job Search.xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)],
            "Job Search (1).xlsx": [(*ACME, *OPEN), (*INITECH, *OPEN)],
        },
        [],
        # Trackers named for nobody: each is named by its file, not as a client "Job Search".
        [
            ("Job Search (1).xlsx", "1st check-in", "Initech", "Job Search (1).xlsx"),
            ("Job Search (1).xlsx", "Thank-you note", "Acme", "Job Search (1).xlsx"),
            ("Job Search.xlsx", "1st check-in", "Globex", "Job Search.xlsx"),
            ("Job Search.xlsx", "Thank-you note", "Acme", "Job Search.xlsx"),
        ],
        # "Job Search" names nobody: no client in the titles (ot119 F5).
        [
            "Late: 1st check-in · Globex – Engineer",
            "Late: 1st check-in · Initech – Designer",
            "Thank-you note · Acme – Data Analyst",
            "Thank-you note · Acme – Data Analyst",
        ],
        [
            "job-search-acme-thank-you-note-dana-ortiz-2.eml",
            "job-search-acme-thank-you-note-dana-ortiz.eml",
            "job-search-globex-1st-check-in-sam-lee.eml",
            "job-search-initech-1st-check-in-kim-wu.eml",
        ],
    ),
    # A re-download with a row added since: most of the smaller file's rows are the other's.
    "re-download with a row added": (
        {
            "Morgan Lee.xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)],
            "Morgan Lee (1).xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN), (*INITECH, *OPEN)],
        },
        [REPEATS],
        [
            ("Morgan Lee", "1st check-in", "Globex", "Morgan Lee.xlsx"),
            ("Morgan Lee", "1st check-in", "Initech", "Morgan Lee (1).xlsx"),
            ("Morgan Lee", "Thank-you note", "Acme", "Morgan Lee.xlsx"),
        ],
        [GLOBEX_LATE, "Late: Morgan Lee · 1st check-in · Initech – Designer", ACME_NOTE],
        [ACME_EML, GLOBEX_EML, "morgan-lee-initech-1st-check-in-kim-wu.eml"],
    ),
    # Two clients interviewed by the same people on the same days: two clients' follow-ups.
    "two clients": (
        {
            "Maya Chen.xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)],
            "Morgan Lee.xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)],
        },
        [],
        [
            ("Maya Chen", "1st check-in", "Globex", "Maya Chen.xlsx"),
            ("Maya Chen", "Thank-you note", "Acme", "Maya Chen.xlsx"),
            ("Morgan Lee", "1st check-in", "Globex", "Morgan Lee.xlsx"),
            ("Morgan Lee", "Thank-you note", "Acme", "Morgan Lee.xlsx"),
        ],
        [
            "Late: Maya Chen · 1st check-in · Globex – Engineer",
            GLOBEX_LATE,
            "Maya Chen · Thank-you note · Acme – Data Analyst",
            ACME_NOTE,
        ],
        [
            "maya-chen-acme-thank-you-note-dana-ortiz.eml",
            "maya-chen-globex-1st-check-in-sam-lee.eml",
            ACME_EML,
            GLOBEX_EML,
        ],
    ),
}


# A file named as a copy ("(1)", "Copy of") that is the tracker it is named after byte for
# byte holds nothing of its own: a run skips it as a sync conflict copy, with
# a note, and says of copies only what the files it runs repeat (ot116 F3: a Google Drive
# copy's rows were counted twice every night); the digest command, which only reads, lists
# each follow-up once as before. (the case -> the copies skipped, with the tracker each copies
# and how its note counts its rows; the run's lines of copies)
ALL_THERE = ("Morgan Lee.xlsx", "its 2 rows are")
SKIPPED_BY_THE_RUN = {
    "download copy identical": ({"Morgan Lee (1).xlsx": ALL_THERE}, []),
    "seven copies": ({f"Morgan Lee ({n}).xlsx": ALL_THERE for n in range(1, 7)}, []),
    # Those holding fewer rows are made anew, not copied: run (ot121 F3).
    "seven copies, some of one interview": (
        {f"Morgan Lee ({n}).xlsx": ALL_THERE for n in (1, 2)},
        [
            "Morgan Lee: 5 files repeat the same interview (Morgan Lee.xlsx, Morgan Lee "
            "(3).xlsx, Morgan Lee (4).xlsx, Morgan Lee (5).xlsx, Morgan Lee (6).xlsx); "
            + LISTED_ONCE
        ],
    ),
    "four copies, an interviewer added on one": (
        {"Copy of Morgan Lee.xlsx": ALL_THERE, "Morgan Lee (1).xlsx": ALL_THERE},
        [
            "Morgan Lee: 2 files repeat the same 2 interviews (Morgan Lee.xlsx, Kopie von "
            "Morgan Lee.xlsx); " + LISTED_ONCE,
            CASES["four copies, an interviewer added on one"][1][1],
        ],
    ),
    "two clients with a copy each": (
        {"Maya Chen (1).xlsx": ("Maya Chen.xlsx", "its row is"), "Morgan Lee (1).xlsx": ALL_THERE},
        [],
    ),
}
SAME_ROWS_SKIPPED = (
    "note: {copy}: skipped: a copy of {original} with nothing of its own ({held} there too, "
    "cell for cell) — delete it"
)
# A sync tool's conflict copy beside its tracker is skipped by a run that writes (ot112 F1: it
# was written nightly): the run lists the tracker's follow-ups alone (below).
RUN_CASES = {
    name: (*case, *SKIPPED_BY_THE_RUN.get(name, ({}, case[1])))
    for name, case in CASES.items()
    if name != "sync conflict copies"
}


@pytest.mark.parametrize(
    ("files", "said", "today", "events", "drafts", "skipped", "run_said"),
    RUN_CASES.values(),
    ids=RUN_CASES.keys(),
)
def test_trackers_that_repeat_a_clients_interviews_list_each_follow_up_once(
    tmp_path: Path,
    files: dict[str, list[tuple[object, ...]]],
    said: list[str],
    today: list[tuple[str, str, str, str]],
    events: list[str],
    drafts: list[str],
    skipped: dict[str, tuple[str, str]],
    run_said: list[str],
) -> None:
    folder = tmp_path / "clients"
    folder.mkdir()
    trackers_in(folder, files)
    copies = {name: (folder / name).read_bytes() for name in skipped}
    ics, eml_dir = tmp_path / "due.ics", tmp_path / "drafts"
    code, out, err = invoke(
        "run", str(folder), "--as-of", AS_OF, "--ics", str(ics), "--eml-dir", str(eml_dir),
        "--digest", str(tmp_path / "digest.html"),
    )  # fmt: skip
    assert code == 0, err
    assert [line for line in err.splitlines() if ": skipped: " in line] == [
        SAME_ROWS_SKIPPED.format(copy=copy, original=original, held=held)
        for copy, (original, held) in skipped.items()
    ]
    assert {name: (folder / name).read_bytes() for name in skipped} == copies
    lines = out.splitlines()
    ran = len(files) - len(skipped)
    # Said without -v, after the trackers' lines and before the exports'.
    assert lines[ran : ran + len(run_said)] == run_said
    assert lines[ran + len(run_said)].startswith("drafts: ")
    calendar = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert sorted(str(event["SUMMARY"]) for event in calendar) == events
    assert sorted(path.name for path in eml_dir.glob("*.eml")) == drafts

    code, out, err = invoke("digest", str(folder), "--as-of", AS_OF, "--json")
    assert code == 0, err
    listed = [(i["client"], i["action"], i["company"], i["file"]) for i in json.loads(out)["today"]]
    assert sorted(listed) == today
    # The digest command says so too, of the one place it lists them ("the digest follows").
    assert err.splitlines() == [
        line.replace(", calendar and drafts folder follow", " follows").replace(
            ", calendar and drafts folder", ""
        )
        for line in said
    ]


def test_a_sync_conflict_copy_is_skipped_by_the_run_and_listed_once_by_the_digest(
    tmp_path: Path,
) -> None:
    """The run skips the copies, each said once, and follows the tracker; the digest, which
    only reads, still reads them and lists each follow-up once (ot41 F3)."""
    files, said, today, events, drafts = CASES["sync conflict copies"]
    folder = tmp_path / "clients"
    folder.mkdir()
    trackers_in(folder, files)
    ics, eml_dir = tmp_path / "due.ics", tmp_path / "drafts"
    code, out, err = invoke(
        "run", str(folder), "--as-of", AS_OF, "--ics", str(ics), "--eml-dir", str(eml_dir),
    )  # fmt: skip
    assert code == 0, err
    assert err.splitlines() == [
        f"note: {copy}: skipped: a sync conflict copy of Morgan Lee.xlsx — merge it by hand "
        "and delete it"
        for copy in (
            "Morgan Lee (Sam's conflicted copy 2026-11-19).xlsx",
            "Morgan Lee-DESKTOP-4F2K9LM.xlsx",
        )
    ]
    assert out.splitlines()[-1] == (
        "3 files, 2 rows — 1 Overdue, 1 Due today; 2 skipped (sync conflict copies)"
    )
    calendar = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert sorted(str(event["SUMMARY"]) for event in calendar) == events
    assert sorted(path.name for path in eml_dir.glob("*.eml")) == drafts

    code, out, err = invoke("digest", str(folder), "--as-of", AS_OF, "--json")
    assert code == 0, err
    listed = [(i["client"], i["action"], i["company"], i["file"]) for i in json.loads(out)["today"]]
    assert sorted(listed) == today
    assert err.splitlines() == [line.replace(", calendar and drafts folder", "") for line in said]


# The run's closing count, as a cron mail shows it, against the digest of the same run: a
# conflict copy's rows were counted twice ("3 Overdue" of 1 overdue follow-up, ot58 F9); they
# are counted once when the exports list them once. (the trackers in the CASES above, or
# their own; the exports asked for; the closing line)
TOTALS = {
    "re-download with a row added": (
        CASES["re-download with a row added"][0],
        ["--digest", "digest.md"],
        "2 files, 5 rows (2 repeated in a copy, counted once) — 2 Overdue, 1 Due today",
    ),
    # A copy with nothing of its own is skipped, exports or none (ot116 F3).
    "download copy identical": (
        CASES["download copy identical"][0],
        ["--digest", "digest.md"],
        "2 files, 2 rows — 1 Overdue, 1 Due today; 1 skipped (a copy of another tracker)",
    ),
    "download copy identical, no exports": (
        CASES["download copy identical"][0],
        [],
        "2 files, 2 rows — 1 Overdue, 1 Due today; 1 skipped (a copy of another tracker)",
    ),
    "sync conflict copies, a calendar": (
        CASES["sync conflict copies"][0],
        ["--ics", "due.ics"],
        "3 files, 2 rows — 1 Overdue, 1 Due today; 2 skipped (sync conflict copies)",
    ),
    # The conflict copy further along, with an interview more: skipped all the same, to be
    # merged by hand (ot112 F1); the tracker's rows are followed.
    "a copy with a sent mark and a row more": (
        {
            "Morgan Lee.xlsx": [(*ACME, *OPEN), (*GLOBEX, *OPEN)],
            "Morgan Lee (Sam's conflicted copy 2026-11-19).xlsx": [
                (*ACME[:6], "2026-11-19", "Interviewing"),
                (*GLOBEX, *OPEN),
                ("Initech", "Analyst", dt.datetime(2026, 11, 18), "Video", "Bo Wu", None, *OPEN),
            ],
        },
        ["--digest", "digest.md"],
        "2 files, 2 rows — 1 Overdue, 1 Due today; 1 skipped (a sync conflict copy)",
    ),
    # No export lists anything: each file's rows are counted, as its own line counts them.
    "no exports": (
        CASES["re-download with a row added"][0],
        [],
        "2 files, 5 rows — 3 Overdue, 2 Due today",
    ),
}


@pytest.mark.parametrize(("files", "exports", "closing"), TOTALS.values(), ids=TOTALS.keys())
def test_the_closing_count_counts_a_copy_s_rows_once(
    tmp_path: Path, files: dict[str, list[tuple[object, ...]]], exports: list[str], closing: str
) -> None:
    folder = tmp_path / "clients"
    folder.mkdir()
    trackers_in(folder, files)
    args = [str(tmp_path / a) if a.startswith(("digest", "due")) else a for a in exports]
    code, out, err = invoke("run", str(folder), "--as-of", AS_OF, *args)
    assert code == 0, err
    assert out.splitlines()[-1] == closing
