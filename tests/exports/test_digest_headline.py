"""The digest's headline counts the clients its Clients list shows, in every form (fx169: "0
follow-ups for 0 clients" stood above "Clients (1)" when a client had only rows to fix)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pytest
from test_cli import invoke

AS_OF = "2026-11-20"  # a Friday
HEADER = "Company,Position,Interview Date,Interview Type,Outcome\n"
DUE = "Globex,Engineer,2026-11-19,video,\n"  # a thank-you due today
CLOSED = "Acme,Analyst,2026-11-02,video,Rejected\n"  # nothing more to send
FIX = ",Analyst,2026-11-02,video,\n"  # Company is empty: a row to fix
LATER = "Initech,Analyst,2026-11-24,video,\n"  # an interview next week: nothing due yet

# (trackers: client -> rows, the headline, how many clients the Clients list shows)
CLIENT_CASES = [
    # Only rows to fix: the client is listed, with nothing to send (it said "for 0 clients").
    ({"Ana Silva": FIX}, "Nothing to send for 1 client; 1 row needs fixing", 1),
    (
        {"Ana Silva": FIX, "Ben Okafor": FIX + FIX},
        "Nothing to send for 2 clients; 3 rows need fixing",
        2,
    ),
    # Rows to fix beside a client with something due: both are in the Clients list.
    (
        {"Ana Silva": FIX, "Ben Okafor": DUE},
        "1 follow-up for 2 clients: 1 due today; 1 row needs fixing",
        2,
    ),
    ({"Ben Okafor": DUE}, "1 follow-up for 1 client: 1 due today", 1),
    # A client with something due and one with nothing due: the Clients list shows one.
    ({"Ana Silva": CLOSED, "Ben Okafor": DUE}, "1 follow-up for 1 client: 1 due today", 1),
    # Nothing listed: the clients read with nothing due, as the "Nothing due (N)" line says.
    ({"Ana Silva": CLOSED}, "Nothing due for 1 client", 0),
    ({"Ana Silva": CLOSED, "Ben Okafor": LATER}, "Nothing due for 2 clients", 0),
    ({"Ana Silva": ""}, "Nothing due for 1 client", 0),  # a header alone
]
# A job seeker's own tracker, its file named for nobody, is counted as a tracker, not as a
# client "Job Hunt 2026" (ot119 F5); a coach's "Maya Chen.csv" beside it stays a client.
# (trackers, the headline, how many the list shows, the list's heading)
TRACKER_CASES = [
    ({"Job Hunt 2026": DUE}, "1 follow-up for 1 tracker: 1 due today", 1, "Trackers"),
    (
        {"Job Hunt 2026": DUE, "jobs - Sheet1": DUE + FIX},
        "2 follow-ups for 2 trackers: 2 due today; 1 row needs fixing",
        2,
        "Trackers",
    ),
    (
        {"Job Hunt 2026": DUE, "Maya Chen": DUE},
        "2 follow-ups for 1 client and 1 tracker: 2 due today",
        2,
        "Clients and trackers",
    ),
    ({"Job Hunt 2026": CLOSED}, "Nothing due for 1 tracker", 0, "Trackers"),
]
CASES = [(*case, "Clients") for case in CLIENT_CASES] + TRACKER_CASES


@pytest.mark.parametrize(("trackers", "headline", "listed", "whom"), CASES)
def test_the_headline_counts_the_clients_listed_in_every_form(
    tmp_path: Path, trackers: dict[str, str], headline: str, listed: int, whom: str
) -> None:
    clients = tmp_path / "clients"
    clients.mkdir()
    for name, rows in trackers.items():
        (clients / f"{name}.csv").write_text(HEADER + rows, encoding="utf-8")
    page, notes, book = tmp_path / "d.html", tmp_path / "d.md", tmp_path / "d.xlsx"
    code, out, err = invoke(
        "digest", str(clients), "--as-of", AS_OF,
        "--html", str(page), "--markdown", str(notes), "--xlsx", str(book),
    )  # fmt: skip
    assert code == 0, err
    lines = out.splitlines()
    assert lines[1] == headline
    heading = f"{whom} ({listed})"
    assert (heading in lines) == bool(listed)
    html = page.read_text("utf-8")
    assert f">{headline}</p>" in html
    assert re.findall(rf"{whom} \((\d+)\)</h2>", html) == ([str(listed)] if listed else [])
    md = notes.read_text("utf-8").splitlines()
    assert md[2] == headline
    assert (f"## {heading}" in md) == bool(listed)
    summary = openpyxl.load_workbook(book)["Summary"]
    assert summary["A2"].value == headline
    column = [summary.cell(row, 1).value for row in range(6, summary.max_row + 1)]
    assert column.index(f"All {whom.lower()}") == listed
    code, out, err = invoke("digest", str(clients), "--as-of", AS_OF, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["headline"] == headline
    assert len(data["clients"]) == listed
