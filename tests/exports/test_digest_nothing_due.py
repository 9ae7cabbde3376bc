"""The clients read with nothing due are named in every digest (ot88 F3): a coach tells a
client with nothing due from a tracker not read."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from test_cli import invoke

AS_OF = "2026-11-20"  # a Friday
HEADER = "Company,Position,Interview Date,Interview Type,Outcome\n"
DUE = "Globex,Engineer,2026-11-19,video,\n"  # a thank-you due today
CLOSED = "Acme,Analyst,2026-11-02,video,Rejected\n"  # nothing more to send
ANA_CLOSED = "Acme,Analyst,2026-11-02,video,Rejected,Ana Silva\n"  # a Client column's row


def folder(tmp_path: Path, trackers: dict[str, str]) -> Path:
    clients = tmp_path / "clients"
    for name, rows in trackers.items():
        (clients / name).parent.mkdir(parents=True, exist_ok=True)
        (clients / name).write_text(HEADER + rows, encoding="utf-8")
    return clients


# (trackers: file -> rows, the terminal's line naming those with nothing due, or None)
CASES = [
    ({"Ben Okafor.csv": DUE, "Ana Silva.csv": CLOSED}, "Nothing due (1): Ana Silva"),
    (
        {"Ben Okafor.csv": DUE, "zoe ng.csv": CLOSED, "Ana Silva.csv": CLOSED},
        "Nothing due (2): Ana Silva, Zoe Ng",  # by name, as the drafts sign it
    ),
    ({"Ben Okafor.csv": DUE, "Ana Silva.csv": DUE}, None),  # everyone has something due
    # A client's two trackers: one with something due lists the client.
    ({"2025/Ben Okafor.csv": CLOSED, "2026/Ben Okafor.csv": DUE}, None),
    # Only rows to fix: listed with them, not as nothing due.
    ({"Ben Okafor.csv": DUE, "Ana Silva.csv": ",Analyst,2026-11-02,video,\n"}, None),
    # A coach's file with a Client column: each client of its rows.
    (
        {"Ben Okafor.csv": DUE, "clients.csv": ANA_CLOSED},
        "Nothing due (1): Ana Silva",
    ),
    # A file named for nobody in a folder per client: the folder's client.
    ({"alice/tracker.csv": DUE, "bob/tracker.csv": CLOSED}, "Nothing due (1): Bob"),
    # Two folders' files named for nobody are told apart by their folder, as their items.
    ({"1001/tracker.csv": DUE, "1002/tracker.csv": CLOSED}, "Nothing due (1): 1002/tracker"),
    # A tracker with no rows, a header alone or blank rows, is named, and says so (fx165:
    # it was left out, as if it had not been read).
    ({"Ben Okafor.csv": DUE, "Ana Silva.csv": ""}, "Nothing due (1): Ana Silva (no rows)"),
    (
        {"Ben Okafor.csv": DUE, "Ana Silva.csv": ",,,,\n,,,,\n", "Zoe Ng.csv": CLOSED},
        "Nothing due (2): Ana Silva (no rows), Zoe Ng",
    ),
    ({"Ben Okafor.csv": DUE, "Ben Okafor 2025.csv": ""}, "Nothing due (1): Ben Okafor (no rows)"),
    ({"alice/tracker.csv": DUE, "bob/tracker.csv": ""}, "Nothing due (1): Bob (no rows)"),
]


@pytest.mark.parametrize(("trackers", "line"), CASES)
def test_the_terminal_names_the_clients_with_nothing_due(
    tmp_path: Path, trackers: dict[str, str], line: str | None
) -> None:
    if "clients.csv" in trackers:
        trackers = {**trackers}
        (tmp_path / "clients").mkdir()
        (tmp_path / "clients" / "clients.csv").write_text(
            HEADER.replace("\n", ",Client\n") + trackers.pop("clients.csv"), encoding="utf-8"
        )
    code, out, err = invoke("digest", str(folder(tmp_path, trackers)), "--as-of", AS_OF)
    assert code == 0, err
    said = [text.strip() for text in out.splitlines() if text.strip().startswith("Nothing due")]
    assert said == ([line] if line else [])


def test_every_form_of_the_digest_names_them(tmp_path: Path) -> None:
    clients = folder(
        tmp_path,
        {"Ben Okafor.csv": DUE, "Ana Silva.csv": CLOSED, "أحمد الزهراني.csv": CLOSED},
    )
    page, notes, book = tmp_path / "d.html", tmp_path / "d.md", tmp_path / "d.xlsx"
    code, out, err = invoke(
        "digest", str(clients), "--as-of", AS_OF, "--days", "7",
        "--html", str(page), "--markdown", str(notes), "--xlsx", str(book),
    )  # fmt: skip
    assert code == 0, err
    assert "  Nothing due (2): Ana Silva, أحمد الزهراني\n" in out
    assert "Nothing due (2): Ana Silva, <bdi>أحمد الزهراني</bdi></p>" in page.read_text("utf-8")
    assert "\nNothing due (2): Ana Silva, أحمد الزهراني\n" in notes.read_text("utf-8")
    summary = openpyxl.load_workbook(book)["Summary"]
    column = [summary.cell(row, 1).value for row in range(6, summary.max_row + 1)]
    assert column == ["Ben Okafor", "All clients", None, "Nothing due (2)", "Ana Silva"] + [
        "أحمد الزهراني"
    ]
    code, out, err = invoke("digest", str(clients), "--as-of", AS_OF, "--json")
    assert code == 0, err
    assert json.loads(out)["nothing_due"] == ["Ana Silva", "أحمد الزهراني"]


def test_a_quiet_day_still_names_the_clients_read(tmp_path: Path) -> None:
    clients = folder(tmp_path, {"Ben Okafor.csv": CLOSED, "Ana Silva.csv": CLOSED})
    page, notes = tmp_path / "d.html", tmp_path / "d.md"
    code, out, err = invoke(
        "digest", str(clients), "--as-of", AS_OF, "--html", str(page), "--markdown", str(notes)
    )  # fmt: skip
    assert code == 0, err
    assert out.endswith("\nNothing is due.\nNothing due (2): Ana Silva, Ben Okafor\n")
    assert "<p>Nothing is due.</p>" in page.read_text("utf-8")
    assert "Nothing due (2): Ana Silva, Ben Okafor</p>" in page.read_text("utf-8")
    assert "\nNothing is due.\n\nNothing due (2): Ana Silva, Ben Okafor\n" in notes.read_text(
        "utf-8"
    )


def test_a_run_s_digest_page_names_them(tmp_path: Path) -> None:
    clients = folder(tmp_path, {"Ben Okafor.csv": DUE, "Ana Silva.csv": CLOSED})
    page = tmp_path / "d.html"
    code, _, err = invoke("run", str(clients), "--as-of", AS_OF, "-q", "--digest", str(page))
    assert code == 0, err
    assert "Nothing due (1): Ana Silva</p>" in page.read_text("utf-8")


def test_a_narrow_terminal_wraps_the_line_between_names(tmp_path: Path) -> None:
    names = ["Ana Silva", "Ben Okafor", "Carla Mendes", "Dmitri Ivanov", "Emeka Obi", "Fay Wu"]
    clients = folder(tmp_path, {"Zed Due.csv": DUE, **{f"{n}.csv": CLOSED for n in names}})
    code, out, err = invoke("digest", str(clients), "--as-of", AS_OF)  # 80 columns
    assert code == 0, err
    at = out.index("  Nothing due")
    assert out[at:].split("\n\n")[0].splitlines() == [
        "  Nothing due (6): Ana Silva, Ben Okafor, Carla Mendes, Dmitri Ivanov,",
        "    Emeka Obi, Fay Wu",
    ]
