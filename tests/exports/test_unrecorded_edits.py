"""A draft the person edited in place, when the drafts folder's index does not say what the
tool wrote there: the index deleted or cut short by a sync, or the tracker renamed (ot96 F2).
The draft's own seal (``eml.SEAL``) tells the edit; a draft without one (a version before it)
that differs from what the run writes may hold an edit, and its text is copied first."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from followup_batch.exports import eml

ACME = "ravi-kumar-acme-thank-you-note-ana-diaz.eml"
CHECK_IN = "ravi-kumar-acme-1st-check-in-ana-diaz.eml"
COLUMNS = ["Client", "Company", "Position", "Interview Date", "Interviewer"]
HEAD = ",".join([*COLUMNS, "Interviewer Email", "Country", "Thank-you Sent"]) + "\n"
ROW = "Ravi Kumar,Acme,Analyst,2026-12-01,Ana Diaz,ana@acme.example,US,\n"
KEPT = ".followup-backups/ravi-kumar-acme-thank-you-note-ana-diaz.edited.eml"
EDITS: dict[str, Callable[[bytes], bytes]] = {
    # A line added in a text editor that keeps the file's CRLF, or writes LF.
    "a P.S., CRLF kept": lambda data: data + b"P.S. My own careful edit.\r\n",
    "a P.S., LF": lambda data: data + b"P.S. My own careful edit.\n",
    "a word changed, saved with LF": lambda data: data.replace(b"\r\n", b"\n").replace(
        b"Thank you", b"Many thanks"
    ),
}


def index_deleted(folder: Path, tracker: Path) -> Path:
    (folder / eml.INDEX).unlink()
    return tracker


def index_cut_short(folder: Path, tracker: Path) -> Path:
    index = folder / eml.INDEX
    index.write_bytes(index.read_bytes()[:100])
    return tracker


def tracker_renamed(folder: Path, tracker: Path) -> Path:
    """jobs.csv -> jobs2026.csv: the Client column names the drafts, so the name stays."""
    return tracker.rename(tracker.with_name("jobs2026.csv"))


BREAKS = {
    "index deleted": index_deleted,
    "index cut short": index_cut_short,
    "tracker renamed": tracker_renamed,
}


def first_run(tmp_path: Path, rows: str = ROW) -> tuple[Path, Path]:
    from test_cli import invoke

    tracker, folder = tmp_path / "jobs.csv", tmp_path / "eml"
    tracker.write_text(HEAD + rows)
    code, _, err = invoke("run", str(tracker), "--as-of", "2026-12-04", "--eml-dir", str(folder))
    assert code == 0, err
    return tracker, folder


def run(tracker: Path, folder: Path, as_of: str = "2026-12-04") -> str:
    from test_cli import invoke

    code, out, err = invoke("run", str(tracker), "--as-of", as_of, "--eml-dir", str(folder))
    assert code == 0, err
    return out.splitlines()[-1]


def drafts_line(folder: Path, note: str = "") -> str:
    return f"drafts: 1 .eml message → {folder}" + (f" ({note})" if note else "")


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS)
@pytest.mark.parametrize("lose", BREAKS.values(), ids=BREAKS)
def test_an_edit_is_kept_when_the_index_cannot_tell(tmp_path, lose, edit) -> None:
    """The run said "nothing the old one held is lost" and wrote its own text over the edit."""
    tracker, folder = first_run(tmp_path)
    draft = folder / ACME
    draft.write_bytes(edit(draft.read_bytes()))
    edited = draft.read_bytes()
    tracker = lose(folder, tracker)
    said = run(tracker, folder)
    assert said.startswith(drafts_line(folder, f"kept your edited draft {ACME}"))
    assert draft.read_bytes() == edited  # the person's file, byte for byte, in place
    assert not (folder / ".followup-backups").exists()
    assert run(tracker, folder) == drafts_line(folder)  # said once
    assert draft.read_bytes() == edited


@pytest.mark.parametrize("lose", BREAKS.values(), ids=BREAKS)
def test_an_edit_kept_so_is_copied_out_of_the_way_once_sent(tmp_path, lose) -> None:
    """Marked sent after the index was lost: the edited thank-you goes, its text kept."""
    tracker, folder = first_run(tmp_path)
    draft = folder / ACME
    draft.write_bytes(draft.read_bytes() + b"P.S. My own careful edit.\r\n")
    edited = draft.read_bytes()
    tracker = lose(folder, tracker)
    tracker.write_text(HEAD + ROW.replace("US,\n", "US,2026-12-04\n"))
    said = run(tracker, folder, "2026-12-05")
    assert f"{ACME}, one of them, is your edited draft: its text is kept in " in said
    assert (folder / KEPT).read_bytes() == edited
    assert sorted(p.name for p in folder.glob("*.eml")) == [CHECK_IN]


# (what the tracker does since the first run, the as-of date of the second, its drafts line)
UNTOUCHED = {
    "the same day": ("", "2026-12-04", ""),
    "the interview moved": ("2026-12-02", "2026-12-05", ""),
    "marked sent": ("sent", "2026-12-05", "(1 draft no longer due removed)"),
}


@pytest.mark.parametrize(("change", "as_of", "removed"), UNTOUCHED.values(), ids=UNTOUCHED)
@pytest.mark.parametrize("lose", BREAKS.values(), ids=BREAKS)
def test_an_untouched_draft_is_replaced_without_a_word(tmp_path, lose, change, as_of, removed):
    tracker, folder = first_run(tmp_path)
    tracker = lose(folder, tracker)
    if change == "sent":
        tracker.write_text(HEAD + ROW.replace("US,\n", "US,2026-12-04\n"))
    elif change:
        tracker.write_text(HEAD + ROW.replace("2026-12-01", change))
    said = run(tracker, folder, as_of)
    if lose is tracker_renamed:  # the old name's draft, its tracker gone
        removed = removed.replace("no longer due", "of trackers moved or deleted")
    expected = f"drafts: 1 .eml message → {folder}" + (f" {removed}" if removed else "")
    if lose is index_cut_short:
        assert said.startswith(expected + " (the folder's index of whose drafts are whose")
    else:
        assert said in (expected, expected + " (none rewritten)")
    assert not (folder / ".followup-backups").exists()
    assert not list(folder.glob("*.edited*.eml"))
    assert all(eml.sealed_text(p.read_bytes()) for p in folder.glob("*.eml"))


def unsealed(folder: Path) -> None:
    """The drafts as a version before the seal wrote them, its index deleted."""
    for draft in folder.glob("*.eml"):
        draft.write_bytes(eml.without_seal(draft.read_bytes()))
    (folder / eml.INDEX).unlink()


def test_an_earlier_versions_draft_that_may_be_edited_is_copied_first(tmp_path) -> None:
    """No record, no seal: the run cannot tell an edit from its own older text, so it copies
    the file before it writes over it; one that is its text is replaced silently."""
    tracker, folder = first_run(tmp_path)
    unsealed(folder)
    draft = folder / ACME
    draft.write_bytes(draft.read_bytes() + b"P.S. My own careful edit.\r\n")
    edited = draft.read_bytes()
    said = run(tracker, folder)
    assert said == drafts_line(
        folder,
        f"{ACME}: the folder's index does not say what the tool wrote in it, so it may hold "
        f"your edit: its text is kept in {folder / '.followup-backups'}{os.sep}, then written "
        "anew",
    )
    assert (folder / KEPT).read_bytes() == edited
    assert eml.sealed_text(draft.read_bytes()) is True
    assert run(tracker, folder) == drafts_line(folder) + " (none rewritten)"


def test_an_earlier_versions_untouched_draft_is_rewritten_silently(tmp_path) -> None:
    tracker, folder = first_run(tmp_path)
    unsealed(folder)
    assert run(tracker, folder) == drafts_line(folder)
    assert not (folder / ".followup-backups").exists()


def test_an_earlier_versions_draft_no_longer_due_is_copied_before_it_goes(tmp_path) -> None:
    tracker, folder = first_run(tmp_path)
    unsealed(folder)
    kept = (folder / ACME).read_bytes()
    tracker.write_text(HEAD + ROW.replace("US,\n", "US,2026-12-04\n"))
    said = run(tracker, folder, "2026-12-05")
    assert said == drafts_line(
        folder,
        f"1 draft no longer due removed) ({ACME}: the folder's index does not say what the "
        f"tool wrote in it, so it may hold your edit: its text is kept in "
        f"{folder / '.followup-backups'}{os.sep}, then removed",
    )
    assert (folder / KEPT).read_bytes() == kept


def test_an_edit_of_a_renamed_tracker_stays_its_draft(tmp_path) -> None:
    """The kept edit carries the old name's tracker mark: the next runs still know it as the
    renamed tracker's draft (no …-2.eml beside it), and keep it until its step moves on."""
    tracker, folder = first_run(tmp_path)
    draft = folder / ACME
    draft.write_bytes(draft.read_bytes() + b"P.S. My own careful edit.\r\n")
    edited = draft.read_bytes()
    tracker = tracker_renamed(folder, tracker)
    assert run(tracker, folder) == drafts_line(folder, f"kept your edited draft {ACME}")
    assert run(tracker, folder, "2026-12-05") == drafts_line(folder)
    assert sorted(p.name for p in folder.glob("*.eml")) == [ACME]
    assert draft.read_bytes() == edited
    tracker.write_text(HEAD + ROW.replace("2026-12-01", "2026-12-02"))  # the interview moved
    said = run(tracker, folder, "2026-12-05")
    saved = ACME.replace(".eml", ".edited.eml")
    assert said == drafts_line(
        folder, f"{ACME}, which you edited, was for another day: saved as {saved} and written anew"
    )
    assert (folder / saved).read_bytes() == edited


SEALS = {
    "as written": (lambda data: data, True),
    "a P.S. with CRLF": (lambda data: data + b"P.S.\r\n", False),
    "a P.S. with LF": (lambda data: data + b"P.S.\n", False),
    "line ends LF": (lambda data: data.replace(b"\r\n", b"\n"), False),
    "subject changed": (lambda data: data.replace(b"Subject: Thanks", b"Subject: Thank"), False),
    "another tracker mark": (
        lambda data: data.replace(b"Tracker: ", b"Tracker: 0", 1).replace(b"Tracker: 0c", b"c"),
        True,
    ),
    "cut short in the body": (lambda data: data[:-4], False),
    "no seal (an earlier version)": (eml.without_seal, None),
    "a seal in the body only": (
        lambda data: eml.without_seal(data) + b"X-Followup-Batch-Hash: " + b"0" * 32 + b"\r\n",
        None,
    ),
}


@pytest.mark.parametrize(("change", "sealed"), SEALS.values(), ids=SEALS)
def test_a_drafts_seal_tells_whether_it_holds_what_the_tool_wrote(change, sealed) -> None:
    message = {
        "to": "Ana Diaz",
        "email": "ana@acme.example",
        "subject": "Thanks",
        "body": "Hi Ana,\nthank you.\n",
        "path": "/trackers/jobs.csv",
    }
    assert eml.sealed_text(change(eml.message_bytes(message, {}))) is sealed
