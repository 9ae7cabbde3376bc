"""A row reused for a new application (its Company or Position retyped) never keeps the draft
the tool wrote for the old one (report fx356: in a copy with no record of the last run, the
old company's Draft and subject were kept as if they were the person's edit, so the person was
offered a draft thanking the wrong company). With the record or without it, the row gets the
new application's draft; the old one is saved and named, once. The cells are typed as a spreadsheet
program saves them (inline strings, the rest of the package untouched)."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.memory import saved_edits
from followup_batch.write import atomic

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
FIRST, NEXT = "2026-11-20", "2026-11-21"
VERTEX = 6  # the sample's Vertex Cloud — VP Product: its 1st check-in due, to Morgan
OLD_COMPANY, OLD_POSITION = "Vertex Cloud", "VP Product"
NEW_COMPANY, NEW_POSITION = "Acme Robotics", "Head of Product"
ADDED = "\n\nP.S. I have attached the roadmap we discussed."
REPLACED_WITH_RECORD = (
    'Interviews!AI6 ("Draft"): your text ("Hi Morgan, I hope your week is going well. I '
    "wanted to…\") was replaced: the row's cells it was written from (its client, company, "
    "position, interview date, contact or sent dates) changed since, though its next action "
    "is the same. It is saved in .followup-backups/{name}.edited.txt"
)
OTHER_APPLICATION = (
    '{cell}: its text ("{quoted}") was replaced: it was written for another application than '
    "the row's ({company} — {position}): its company or position was retyped since, and no "
    "record says who wrote the text. It is saved in .followup-backups/{name}.edited.txt"
)
OLD_SUBJECT = "Following up on the VP Product interview – Maya Chen"


def run(path: Path, as_of: str) -> str:
    result = CliRunner().invoke(main, ["run", "--as-of", as_of, str(path)])
    assert result.exit_code == 0, result.output
    return result.stderr


def headers(path: Path, sheet: str) -> list[str]:
    return [str(c.value) for c in openpyxl.load_workbook(path)[sheet][1]]


def cell(path: Path, title: str, row: int = VERTEX) -> str:
    value = (
        openpyxl.load_workbook(path)["Interviews"]
        .cell(row, headers(path, "Interviews").index(title) + 1)
        .value
    )
    return "" if value is None else str(value)


def type_into(path: Path, title: str, text: str, row: int = VERTEX) -> None:
    """``text`` typed into the Interviews cell of ``title``, an inline string."""
    column = headers(path, "Interviews").index(title) + 1
    ref = f"{openpyxl.utils.get_column_letter(column)}{row}".encode()
    typed = b'<c r="' + ref + b'" t="inlineStr"><is><t>' + escape(text).encode() + b"</t></is></c>"
    with zipfile.ZipFile(path) as package:
        members = [(info, package.read(info)) for info in package.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in members:
            if info.filename == "xl/worksheets/sheet1.xml":
                found = re.search(rb'<c r="' + ref + rb'"[^>]*?(?:/>|>.*?</c>)', data, re.S)
                assert found is not None
                data = data[: found.start()] + typed + data[found.end() :]
            package.writestr(info, data)


def messages(path: Path) -> list[dict[str, str]]:
    """The Drafts sheet's messages, by header."""
    sheet = openpyxl.load_workbook(path)["Drafts"]
    titles = [str(c.value) for c in sheet[1]]
    return [
        {
            title: "" if value is None else str(value)
            for title, value in zip(titles, row, strict=False)
        }
        for row in sheet.iter_rows(min_row=2, values_only=True)
    ]


def snapshot(path: Path) -> dict[str, tuple[int, int]]:
    files = [path, *sorted((path.parent / atomic.BACKUP_DIR).iterdir())]
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in files}


def copied_elsewhere(path: Path) -> Path:
    """The tracker copied to another folder under another name: no record beside it."""
    (path.parent / "elsewhere").mkdir()
    return Path(shutil.copyfile(path, path.parent / "elsewhere" / "Copy of tracker.xlsx"))


# (what is retyped: company, position; the draft edited by hand too?)
RETYPED = {
    "company": (NEW_COMPANY, OLD_POSITION, False),
    "position": (OLD_COMPANY, NEW_POSITION, False),
    "both": (NEW_COMPANY, NEW_POSITION, False),
    "both, draft edited": (NEW_COMPANY, NEW_POSITION, True),
}


@pytest.mark.parametrize("record", [True, False], ids=["record", "no record"])
@pytest.mark.parametrize(("company", "position", "edited"), RETYPED.values(), ids=RETYPED.keys())
def test_a_retyped_row_gets_its_new_applications_draft(
    tmp_path: Path, record: bool, company: str, position: str, edited: bool
) -> None:
    tracker = tmp_path / "tracker.xlsx"
    shutil.copyfile(SAMPLE / tracker.name, tracker)
    run(tracker, FIRST)
    old_draft = cell(tracker, "Draft")
    assert OLD_COMPANY in old_draft and OLD_POSITION in old_draft
    if company != OLD_COMPANY:
        type_into(tracker, "Company", company)
    if position != OLD_POSITION:
        type_into(tracker, "Position", position)
    if edited:
        type_into(tracker, "Draft", old_draft + ADDED)
    path = tracker if record else copied_elsewhere(tracker)

    said = run(path, NEXT)

    draft, subject = cell(path, "Draft"), cell(path, "Draft subject")
    assert f"follow up on the {position} role at {company} after" in draft
    assert f"joining the {company} team" in draft
    assert subject == f"Following up on the {position} interview – Maya Chen"
    (message,) = [
        m for m in messages(path) if m["Company"] == company and m["Position"] == position
    ]
    assert (message["Subject"], message["Draft"]) == (subject, draft)
    old_about = f"{OLD_POSITION} role at {OLD_COMPANY}"  # no other row of the sample's
    assert not any(old_about in m["Draft"] for m in messages(path))

    saved = saved_edits.edited_path(path)
    name = path.name
    if record:
        # The tool's own draft is replaced without a word; the person's edit is saved, said.
        assert (REPLACED_WITH_RECORD.format(name=name) in said) is edited
    else:
        quoted = (
            f"…{OLD_POSITION} role at {OLD_COMPANY} after our final…"
            if position != OLD_POSITION
            else f"…{OLD_COMPANY} after our final conversation on Wednesday,…"
        )
        args = {"company": company, "position": position, "name": name}
        draft_line = OTHER_APPLICATION.format(
            cell='Interviews!AI6 ("Draft")', quoted=quoted, **args
        )
        assert draft_line in said
        subject_line = OTHER_APPLICATION.format(
            cell='Interviews!AH6 ("Draft subject")', quoted=OLD_SUBJECT, **args
        )
        # The subject names the position only: with the company alone retyped it is the tool's.
        assert (subject_line in said) is (position != OLD_POSITION)
        assert "kept (" not in said
    text = saved.read_text(encoding="utf-8") if saved.exists() else ""
    old_saved = old_draft + ADDED if edited else old_draft
    assert (f"\n{old_saved}\n" in text) is (edited or not record)
    # Once: its Drafts-sheet copy, the tool's old draft, is no deleted row's message (fx358).
    assert text.count(old_draft) == (1 if edited or not record else 0)
    assert "Drafts sheet" not in said
    if edited or not record:
        assert f'=== Interviews!AI6 ("Draft"), row of {company} — {position}; replaced' in text

    # A second run writes nothing.
    before = snapshot(path)
    again = run(path, NEXT)
    assert snapshot(path) == before
    assert "replaced" not in again and "kept" not in again
