"""A dataset's per-coach calendars (``--digest-dir DIR --digest-extra ics``) on successive
nights follow a tracker calendar's rules: an event whose day moves gets the next SEQUENCE,
and one no longer due is written once more as cancelled (ot96 F1: the dataset's kept
SEQUENCE:0 and dropped the event). Each night's events equal, UID by UID, those of the same
rows run as a tracker with ``--ics``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("pyarrow")  # the [dask] extra, which CI installs

from click.testing import CliRunner
from icalendar import Calendar

from followup_batch.cli import main

# Three coaches; the same file (its name is part of each event's UID) run as a tracker.
HEADER = "Client,Coach,Company,Position,Interview Date,Interviewer,Interviewer Email,Country\n"
ROWS = [
    ("Zoe Adams", "Sarah Kim", "Acme", "Analyst", "2026-12-01", "Ana Diaz", "ana@acme.example"),
    ("Zoe Adams", "Sarah Kim", "Globex", "PM", "2026-12-03", "Lee Wong", "lee@globex.example"),
    ("Ben Ortiz", "Tom Reed", "Initech", "Engineer", "2026-11-24", "Ruth Meyer", ""),
    ("Ben Ortiz", "Tom Reed", "Hooli", "Designer", "2026-12-04", "Dana Cole", ""),
    ("Ana Lima", "Priya Raman", "Umbrella", "Chemist", "2026-12-02", "Sam Patel", ""),
]
NIGHTS = ("2026-12-03", "2026-12-04", "2026-12-09")
ACME_THANK_YOU = "Zoe Adams · Thank-you note · Acme – Analyst"


def write_rows(path: Path, *, coach: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    header = HEADER if coach else HEADER.replace("Coach,", "")
    lines = [
        ",".join(row if coach else (row[0], *row[2:])) + ",US\n" for row in ROWS
    ]  # fmt: skip
    path.write_text(header + "".join(lines), encoding="utf-8")


def invoke(*args: str) -> None:
    result = CliRunner().invoke(main, [*args, "-q"])
    assert result.exit_code == 0, result.output + result.stderr


def events(*paths: Path) -> dict[str, tuple[str, dt.date, int, str]]:
    """UID -> (title, DTSTART, SEQUENCE, STATUS) of the calendars at ``paths``, as a
    calendar library reads them."""
    found = {}
    for path in paths:
        for event in Calendar.from_ical(path.read_bytes()).walk("VEVENT"):
            uid = str(event["UID"])
            assert uid not in found
            found[uid] = (
                str(event["SUMMARY"]).removeprefix("Late: "),
                event.decoded("DTSTART"),
                int(event["SEQUENCE"]),
                str(event.get("STATUS", "")),
            )
    return found


def nights(tmp_path: Path, engine: str, scheduler: str | None = None) -> list[tuple[dict, dict]]:
    """Each night's events: the dataset's coaches' calendars, and the tracker's."""
    write_rows(tmp_path / "in" / "part-1.csv", coach=True)
    write_rows(tmp_path / "trk" / "part-1.csv", coach=False)
    engine_options = ["--engine", engine] + (["--scheduler", scheduler] if scheduler else [])
    seen = []
    for night in NIGHTS:
        invoke(
            "run", str(tmp_path / "in"), "--output", str(tmp_path / "out"), *engine_options,
            "--digest-dir", str(tmp_path / "dig"), "--digest-extra", "ics",
            "--digest-days", "60", "--as-of", night,
        )  # fmt: skip
        invoke(
            "run", str(tmp_path / "trk" / "part-1.csv"), "--ics", str(tmp_path / "due.ics"),
            "--as-of", night,
        )  # fmt: skip
        coaches = sorted((tmp_path / "dig").glob("*/followups.ics"))
        assert [path.parent.name for path in coaches] == ["Priya Raman", "Sarah Kim", "Tom Reed"]
        seen.append((events(*coaches), events(tmp_path / "due.ics")))
    return seen


def check(seen: list[tuple[dict, dict]]) -> None:
    for dataset, tracker in seen:
        assert dataset == tracker
    # The Acme thank-you: late on the first night, moved to the next day (SEQUENCE 1), then
    # superseded by the 1st check-in and cancelled (SEQUENCE 2).
    (uid,) = [uid for uid, event in seen[0][0].items() if event[0] == ACME_THANK_YOU]
    assert [dataset[uid] for dataset, _ in seen] == [
        (ACME_THANK_YOU, dt.date(2026, 12, 3), 0, ""),
        (ACME_THANK_YOU, dt.date(2026, 12, 4), 1, ""),
        (ACME_THANK_YOU, dt.date(2026, 12, 4), 2, "CANCELLED"),
    ]
    last = seen[-1][0]
    assert sum(status == "CANCELLED" for *_, status in last.values()) == 2
    assert sum(status == "" for *_, status in last.values()) == 5


def test_a_datasets_calendars_follow_a_trackers_rules_night_after_night(tmp_path: Path) -> None:
    check(nights(tmp_path, "pandas"))


def test_a_coachs_calendar_is_the_same_again_the_same_day(tmp_path: Path) -> None:
    """A second run the same night changes nothing: the digest folder already holds it."""
    nights(tmp_path, "pandas")
    before = {p: p.read_bytes() for p in (tmp_path / "dig").rglob("*") if p.is_file()}
    invoke(
        "run", str(tmp_path / "in"), "--output", str(tmp_path / "out"), "--engine", "pandas",
        "--digest-dir", str(tmp_path / "dig"), "--digest-extra", "ics",
        "--digest-days", "60", "--as-of", NIGHTS[-1],
    )  # fmt: skip
    assert {p: p.read_bytes() for p in (tmp_path / "dig").rglob("*") if p.is_file()} == before


def test_the_dask_engines_calendars_too(tmp_path: Path) -> None:
    pytest.importorskip("dask.dataframe")
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    from followup_batch.datasets.engines import LOCAL_CLUSTER

    options = {**LOCAL_CLUSTER, "processes": False, "dashboard_address": None}
    with LocalCluster(n_workers=1, threads_per_worker=1, **options) as cluster:
        check(nights(tmp_path, "dask", cluster.scheduler_address))


def test_a_skipped_files_events_are_kept_and_a_removed_files_cancelled(tmp_path: Path) -> None:
    """A file skipped as unreadable says nothing of its rows: its events are written again as
    they were (as a tracker's that cannot be read). A file gone from the dataset is done."""
    write_rows(tmp_path / "in" / "part-1.csv", coach=True)
    (tmp_path / "in" / "part-2.csv").write_text(
        HEADER + "Mia Wong,Sarah Kim,Wayne,Analyst,2026-12-02,Pat Doe,,US\n", encoding="utf-8"
    )
    calendar = tmp_path / "dig" / "Sarah Kim" / "followups.ics"
    command = (
        "run", str(tmp_path / "in"), "--output", str(tmp_path / "out"), "--engine", "pandas",
        "--digest-dir", str(tmp_path / "dig"), "--digest-extra", "ics", "--digest-days", "60",
    )  # fmt: skip
    wayne = "Mia Wong · Thank-you note · Wayne – Analyst"
    invoke(*command, "--as-of", "2026-12-03")
    assert [e[1:] for e in events(calendar).values() if e[0] == wayne] == [
        (dt.date(2026, 12, 3), 0, "")
    ]
    # An export cut off within a quoted cell: the file is skipped, exit code 1.
    (tmp_path / "in" / "part-2.csv").write_text(
        HEADER + 'Mia Wong,Sarah Kim,"Wayne\n', encoding="utf-8"
    )
    result = CliRunner().invoke(main, [*command, "--as-of", "2026-12-04", "-q"])
    assert result.exit_code == 1, result.output + result.stderr
    assert "part-2.csv: SKIPPED" in result.stderr
    # Kept, and late, it comes to the day as every late event does.
    assert [e[1:] for e in events(calendar).values() if e[0] == wayne] == [
        (dt.date(2026, 12, 4), 1, "")
    ]
    (tmp_path / "in" / "part-2.csv").unlink()
    invoke(*command, "--as-of", "2026-12-07")
    assert [e[1:] for e in events(calendar).values() if e[0] == wayne] == [
        (dt.date(2026, 12, 4), 2, "CANCELLED")
    ]


@pytest.mark.parametrize("gone", [False, True])
def test_a_coach_with_nothing_left_keeps_a_calendar_of_cancellations(
    tmp_path: Path, gone: bool
) -> None:
    """A coach whose last row closed keeps their folder (its page says nothing is due, fx172),
    the calendar's event cancelled until the cancellation leaves it (30 days). A coach whose
    rows left the dataset has no digest any more: their calendar stays behind as the only file
    of the folder, each event cancelled, for those 30 days; then the folder goes."""
    rows = tmp_path / "in" / "part-1.csv"
    rows.parent.mkdir()
    header = "Client,Coach,Company,Position,Interview Date,Interviewer,Country,Outcome\n"
    zoe = "Zoe Adams,Sarah Kim,Acme,Analyst,2026-12-01,Ana Diaz,US,\n"
    rows.write_text(header + zoe + "Ben Ortiz,Tom Reed,Initech,PM,2026-12-01,Ruth Meyer,US,\n")
    command = (
        "run", str(rows.parent), "--output", str(tmp_path / "out"), "--engine", "pandas",
        "--digest-dir", str(tmp_path / "dig"), "--digest-extra", "ics",
    )  # fmt: skip
    invoke(*command, "--as-of", "2026-12-03")
    tom = tmp_path / "dig" / "Tom Reed"
    pages = ["digest.html", "digest.md", "followups.ics"]
    assert sorted(p.name for p in tom.iterdir()) == pages
    ben = "Ben Ortiz,Tom Reed,Initech,PM,2026-12-01,Ruth Meyer,US,Rejected\n"
    rows.write_text(header + zoe + ("" if gone else ben))
    title = "Ben Ortiz · Thank-you note · Initech – PM"
    for night in ("2026-12-04", "2027-01-02"):
        invoke(*command, "--as-of", night)
        assert sorted(p.name for p in tom.iterdir()) == (["followups.ics"] if gone else pages)
        assert list(events(tom / "followups.ics").values()) == [
            (title, dt.date(2026, 12, 3), 1, "CANCELLED")
        ]
    invoke(*command, "--as-of", "2027-01-03")  # 30 days on
    if gone:
        assert sorted(p.name for p in (tmp_path / "dig").iterdir()) == [
            "Sarah Kim",
            "_followup-batch.json",
        ]
    else:
        assert events(tom / "followups.ics") == {}
