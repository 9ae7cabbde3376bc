"""The marks a copy's name carries, stripped (``copy_names.without_copy_marks``): the names
file managers, sync tools, Google Sheets and Notion give a copy, and the names that only
look like one. The marks' pattern was rewritten to be linear (a name of 255 spaces took
80 ms, a 1,000-space one 4.8 s); these are the names it read before, read the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup_batch.read.copy_names import (
    notion_twin,
    sync_conflict_original,
    without_copy_marks,
)

NOTION_ID = "2f3a9c0d1e2f3a4b5c6d7e8f9a0b1c2d"


@pytest.mark.parametrize(
    ("stem", "bare"),
    [
        # a file manager's, a browser's, a sync tool's number
        ("Maya Chen (2)", "Maya Chen"),
        ("Maya Chen(2)", "Maya Chen"),
        ("Maya Chen [2]", "Maya Chen"),
        ("Maya Chen ( 12 )", "Maya Chen"),
        ("Maya Chen (copy 1)", "Maya Chen"),
        ("Maya Chen (Sam's conflicted copy 2026-11-19)", "Maya Chen"),
        ("Maya Chen - Copy", "Maya Chen"),
        ("Maya Chen -Copy", "Maya Chen"),
        ("Maya Chen-Copy", "Maya Chen"),
        ("Maya Chen copy", "Maya Chen"),
        ("Maya Chen copy 3", "Maya Chen"),
        ("Maya Chen copy3", "Maya Chen"),
        ("Maya Chen - Copy (2)", "Maya Chen"),
        ("Maya Chen - Kopie", "Maya Chen"),
        ("Maya Chen\t(2)", "Maya Chen"),
        ("Maya Chen\u00a0(2)", "Maya Chen"),
        # Google Sheets' and Windows' word in the user's language
        ("Copy of Maya Chen", "Maya Chen"),
        ("Copy of Maya Chen - Copy", "Maya Chen"),
        ("copy of  Maya Chen (2)", "Maya Chen"),
        ("Kopie von Maya Chen", "Maya Chen"),
        ("Kopie van Maya Chen", "Maya Chen"),
        ("Copia de Maya Chen", "Maya Chen"),
        ("Copia di Maya Chen", "Maya Chen"),
        ("Copie de Maya Chen", "Maya Chen"),
        ("Cópia de Maya Chen", "Maya Chen"),
        # OneDrive's computer name and Notion's id
        ("Maya Chen-DESKTOP-4F2K9LM", "Maya Chen"),
        ("Maya Chen-DESKTOP-4F2K9LM (2)", "Maya Chen"),
        (f"Maya Chen {NOTION_ID}", "Maya Chen"),
        (f"Maya Chen {NOTION_ID}_all", "Maya Chen"),
        (f"Maya Chen (2)  {NOTION_ID}_all", "Maya Chen"),
        # what only looks like a copy's mark
        ("Maya Chen", "Maya Chen"),
        ("Maya Chen (London)", "Maya Chen (London)"),
        ("Maya Chen (copyright)", "Maya Chen (copyright)"),
        ("Maya Chen recopy", "Maya Chen recopy"),
        ("Maya Chen copywriter", "Maya Chen copywriter"),
        ("Copywriter jobs", "Copywriter jobs"),
        ("Copy", "Copy"),
        ("(2)", "(2)"),
        ("Copy of (2)", "Copy of (2)"),
        ("Anne-Marie Dubois-Martin", "Anne-Marie Dubois-Martin"),
        ("Maya Chen-CV", "Maya Chen-CV"),
        ("Maya Chen 2026", "Maya Chen 2026"),
        ("Maya Chen -- Copy", "Maya Chen -"),
        (f"Maya Chen{NOTION_ID}", f"Maya Chen{NOTION_ID}"),
        # long runs of spaces, read in a time linear in the name's length
        (" " * 255, " " * 255),
        ("Maya" + " " * 250 + "(2)", "Maya"),
        ("Maya" + " " * 250 + "- Copy", "Maya"),
        ("Maya" + " " * 250 + "!", "Maya" + " " * 250 + "!"),
    ],
)
def test_a_copy_s_marks_are_stripped_and_only_those(stem, bare):
    assert without_copy_marks(stem) == bare


@pytest.mark.parametrize(
    ("name", "twin"),
    [
        (f"Job Search {NOTION_ID}.csv", f"Job Search {NOTION_ID}_all.csv"),
        (f"Job Search   {NOTION_ID}.csv", f"Job Search   {NOTION_ID}_all.csv"),
        (f"Job Search {NOTION_ID}_all.csv", f"Job Search {NOTION_ID}_all.csv"),
        (f"Job Search{NOTION_ID}.csv", f"Job Search{NOTION_ID}.csv"),
        ("Job Search.csv", "Job Search.csv"),
        (" " * 250 + ".csv", " " * 250 + ".csv"),
    ],
)
def test_notion_s_twin_is_named_beside_the_view_s_export(name, twin):
    assert notion_twin(Path(name)) == Path(twin)


# A sync client's copy of a conflict, beside the tracker it copies (ot112 F1): (the files in
# the folder, the one asked about, the tracker it copies: None when it is no such copy).
SYNC_CONFLICTS = {
    "Dropbox": (
        ["Maya Chen.xlsx", "Maya Chen (conflicted copy 2026-11-18).xlsx"],
        "Maya Chen (conflicted copy 2026-11-18).xlsx",
        "Maya Chen.xlsx",
    ),
    "Dropbox, with the computer's owner": (
        ["Lee, Ann.csv", "Lee, Ann (Sarah's conflicted copy 2026-11-18).csv"],
        "Lee, Ann (Sarah's conflicted copy 2026-11-18).csv",
        "Lee, Ann.csv",
    ),
    "Nextcloud": (
        ["Tom Baker.xlsx", "Tom Baker (conflicted copy 2026-11-18 101500).xlsx"],
        "Tom Baker (conflicted copy 2026-11-18 101500).xlsx",
        "Tom Baker.xlsx",
    ),
    "OneDrive": (
        ["Maya Chen.xlsx", "Maya Chen-DESKTOP-AB12CD.xlsx"],
        "Maya Chen-DESKTOP-AB12CD.xlsx",
        "Maya Chen.xlsx",
    ),
    "Syncthing": (
        ["Maya Chen.xlsx", "Maya Chen.sync-conflict-20261118-101500-ABCDEF1.xlsx"],
        "Maya Chen.sync-conflict-20261118-101500-ABCDEF1.xlsx",
        "Maya Chen.xlsx",
    ),
    "the tracker itself": (
        ["Maya Chen.xlsx", "Maya Chen (conflicted copy 2026-11-18).xlsx"],
        "Maya Chen.xlsx",
        None,
    ),
    "a copy whose tracker is gone: the tracker now": (
        ["Maya Chen (conflicted copy 2026-11-18).xlsx"],
        "Maya Chen (conflicted copy 2026-11-18).xlsx",
        None,
    ),
    "a copy of a tracker of another kind": (
        ["Maya Chen.csv", "Maya Chen (conflicted copy 2026-11-18).xlsx"],
        "Maya Chen (conflicted copy 2026-11-18).xlsx",
        None,
    ),
    # A browser's or Google Drive's number is as often a newer version downloaded on purpose.
    "Google Drive's (1)": (["Maya Chen.xlsx", "Maya Chen (1).xlsx"], "Maya Chen (1).xlsx", None),
    "a word in brackets": (
        ["Maya Chen.xlsx", "Maya Chen (London).xlsx"],
        "Maya Chen (London).xlsx",
        None,
    ),
    "a hyphen typed": (["Maya Chen.xlsx", "Maya Chen-CV.xlsx"], "Maya Chen-CV.xlsx", None),
}


@pytest.mark.parametrize(
    ("files", "asked", "original"), SYNC_CONFLICTS.values(), ids=SYNC_CONFLICTS.keys()
)
def test_a_sync_conflict_copy_names_the_tracker_beside_it(
    tmp_path: Path, files: list[str], asked: str, original: str | None
) -> None:
    for name in files:
        (tmp_path / name).write_bytes(b"")
    found = sync_conflict_original(tmp_path / asked)
    assert found == (None if original is None else tmp_path / original)
