"""Drop-down lists (data validations) after a run, reopened with openpyxl: a run never narrows
a range nor rewrites a validation it finds, whoever made it (``init``, the user, LibreOffice);
the tool's own list covers the rows no validation covers yet, and a re-run changes nothing."""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.worksheet.datavalidation import DataValidation

from followup_batch.cli import main
from followup_batch.init import create_tracker
from followup_batch.memory import rerun
from followup_batch.normalise import interview_types, seniority, vocabularies
from followup_batch.write.xlsx import design

TYPES = '"' + ",".join(interview_types.INTERVIEW_TYPE_VALUES) + '"'
# The list of interview types versions before the "chat" type wrote.
V1_TYPES = '"phone,video,onsite,panel,final,other"'
SENIORITIES = '"' + ",".join(seniority.SENIORITY_VALUES) + '"'
OUTCOMES = '"' + ",".join(vocabularies.OUTCOME_VALUES) + '"'
HEADERS = ["Company", "Position", "Interview Date", "Interview Type", "Seniority", "Outcome"]
ROWS = [
    ["Acme", "Engineer", dt.datetime(2026, 11, 10), "video", "senior", "interviewing"],
    ["Globex", "Analyst", dt.datetime(2026, 11, 12), "phone", "mid", "applied"],
    ["Initech", "Manager", dt.datetime(2026, 11, 16), "onsite", "", "interviewing"],
]


@pytest.fixture(autouse=True)
def full_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every run does the whole work, so a re-run shows what the writer makes of its own file
    (tests/test_rerun_shortcut.py covers the re-run that skips it)."""
    monkeypatch.setattr(rerun, "recall", lambda tracker, wanted: None)


def run(path: Path) -> bytes:
    result = CliRunner().invoke(main, ["run", "-q", "--as-of", "2026-11-20", str(path)])
    assert result.exit_code == 0, result.output
    return path.read_bytes()


def validations(path: Path) -> set[tuple[object, ...]]:
    """Every validation on the first sheet, with what a user sees of it."""
    sheet = openpyxl.load_workbook(path).worksheets[0]
    return {
        (
            str(v.sqref),
            v.type,
            v.formula1,
            v.allow_blank,
            v.showDropDown,
            v.showInputMessage,
            v.promptTitle,
            v.prompt,
            v.showErrorMessage,
            v.errorStyle,
            v.errorTitle,
            v.error,
        )
        for v in sheet.data_validations.dataValidation
    }


def tools_list(sqref: str, formula: str) -> tuple[object, ...]:
    """A drop-down the run adds: the list, blanks allowed, any other word may be typed."""
    return (sqref, "list", formula, True, False, False, None, None, False, None, None, None)


def users_tracker(path: Path, rows: list[list[object]] = ROWS) -> Path:
    """Interview Type with the user's own list of the tool's words on rows 2..100 (prompt and
    error texts set); Outcome with the tool's words on rows 2..3 only; Seniority bare."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    sheet.append(HEADERS)
    for values in rows:
        sheet.append(values)
    kinds = DataValidation(
        type="list",
        formula1=TYPES,
        allow_blank=True,
        showInputMessage=True,
        promptTitle="How",
        prompt="the round's format",
        showErrorMessage=True,
        errorStyle="warning",
        errorTitle="Unknown",
        error="use one of the list",
    )
    kinds.add("D2:D100")
    stages = DataValidation(
        type="list", formula1=OUTCOMES, showInputMessage=True, promptTitle="Stage", prompt="now"
    )
    stages.add("F2:F3")
    sheet.add_data_validation(kinds)
    sheet.add_data_validation(stages)
    book.save(path)
    return path


def users_validations() -> set[tuple[object, ...]]:
    return {
        (
            "D2:D100",
            "list",
            TYPES,
            True,
            False,
            True,
            "How",
            "the round's format",
            True,
            "warning",
            "Unknown",
            "use one of the list",
        ),
        ("F2:F3", "list", OUTCOMES, False, False, True, "Stage", "now", False, None, None, None),
    }


def test_inits_drop_downs_keep_their_thousand_rows_and_prompts(tmp_path: Path) -> None:
    path = create_tracker(tmp_path / "tracker.xlsx", today=dt.date(2026, 11, 20))
    before = validations(path)
    assert ("G2:G1001", TYPES) in {(v[0], v[2]) for v in before}  # the template's, to keep
    written = run(path)
    assert validations(path) == before
    assert run(path) == written


def test_users_lists_of_the_tools_words_are_kept_and_the_rest_get_the_tools(
    tmp_path: Path,
) -> None:
    path = users_tracker(tmp_path / "tracker.xlsx")
    written = run(path)
    assert validations(path) == users_validations() | {
        tools_list("E2:E4", SENIORITIES),
        tools_list("F4", OUTCOMES),  # the row the user's list does not reach
    }
    assert run(path) == written
    assert not list((tmp_path / ".followup-backups").glob("tracker*.xlsx"))[1:]  # first only


def test_rows_added_later_widen_the_tools_list_and_removed_rows_narrow_nothing(
    tmp_path: Path,
) -> None:
    path = users_tracker(tmp_path / "tracker.xlsx")
    run(path)
    book = openpyxl.load_workbook(path)
    book["Tracker"].append(["Umbrella", "Lead", dt.datetime(2026, 11, 17), "panel", "", ""])
    book["Tracker"].append(["Hooli", "Designer", dt.datetime(2026, 11, 18), "final", "", ""])
    book.save(path)
    run(path)
    widened = users_validations() | {
        tools_list("E2:E6", SENIORITIES),
        tools_list("F4:F6", OUTCOMES),
    }
    assert validations(path) == widened
    book = openpyxl.load_workbook(path)
    book["Tracker"].delete_rows(4, 3)
    book.save(path)
    run(path)
    assert {(v[0], v[2]) for v in validations(path)} == {(v[0], v[2]) for v in widened}


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_libreoffice_saved_trackers_lists_are_kept(tmp_path: Path) -> None:
    (tmp_path / "made").mkdir()
    made = users_tracker(tmp_path / "made" / "tracker.xlsx")
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp_path),
            str(made),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    path = tmp_path / "tracker.xlsx"
    before = validations(path)
    assert {(v[0], v[2]) for v in before} == {("D2:D100", TYPES), ("F2:F3", OUTCOMES)}
    written = run(path)
    assert validations(path) == before | {
        tools_list("E2:E4", SENIORITIES),
        tools_list("F4", OUTCOMES),
    }
    assert run(path) == written


def raw_validations(path: Path) -> set[tuple[str, str]]:
    """(sqref, list) of each validation as the sheet's XML has it: openpyxl cannot read a
    whole-column range such as ``D:D``."""
    with zipfile.ZipFile(path) as package:
        xml = package.read("xl/worksheets/sheet1.xml").decode()
    return {
        (re.search(r'sqref="([^"]*)"', element).group(1), html.unescape(formula))  # type: ignore[union-attr]
        for element, formula in re.findall(
            r"<dataValidation( [^>]*)>\s*<formula1>(.*?)</formula1>", xml, re.S
        )
    }


def with_whole_ranges(path: Path, ranges: list[tuple[str, str]]) -> Path:
    """A tracker with a list validation on each (range, list): ranges of whole columns or rows
    (``D:D``, ``2:100``) as Excel saves a validation set on a selected column or row."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    sheet.append(HEADERS)
    for values in ROWS:
        sheet.append(values)
    stand_ins = {}
    for at, (whole, formula) in enumerate(ranges):
        stand_in = f"AA{at + 100}"  # a cell no validation of the test touches, replaced below
        sheet.add_data_validation(DataValidation(type="list", formula1=formula, sqref=stand_in))
        stand_ins[stand_in] = whole
    book.save(path)
    with zipfile.ZipFile(path) as package:
        parts = {info.filename: package.read(info) for info in package.infolist()}
    sheet_xml = parts["xl/worksheets/sheet1.xml"].decode()
    for stand_in, whole in stand_ins.items():
        sheet_xml = sheet_xml.replace(f'sqref="{stand_in}"', f'sqref="{whole}"')
    parts["xl/worksheets/sheet1.xml"] = sheet_xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return path


OTHER_WORDS = '"Phone Screen,Zoom,Onsite"'


@pytest.mark.parametrize(
    ("users", "added"),
    [
        # Another list on all of column D: D is the user's, E and F still get the tool's.
        ([("D:D", OTHER_WORDS)], {("E2:E4", SENIORITIES), ("F2:F4", OUTCOMES)}),
        ([("$D:$D", OTHER_WORDS)], {("E2:E4", SENIORITIES), ("F2:F4", OUTCOMES)}),
        # The tool's own words on all of E: E needs nothing more (no E2:E4 over E:E).
        ([("E:E", SENIORITIES)], {("D2:D4", TYPES), ("F2:F4", OUTCOMES)}),
        ([("E:E", SENIORITIES), ("F:F", OUTCOMES)], {("D2:D4", TYPES)}),
        # Columns D to F, or rows 2 to 100 on every column: all the user's.
        ([("D:F", OTHER_WORDS)], set()),
        ([("2:100", OTHER_WORDS)], set()),
        # Rows 2 to 3 of every column: another list on each of them, so none is the tool's.
        ([("2:3", OTHER_WORDS)], set()),
        # Another column entirely: no reason to hold back anywhere.
        ([("J:J", OTHER_WORDS)], {("D2:D4", TYPES), ("E2:E4", SENIORITIES), ("F2:F4", OUTCOMES)}),
    ],
)
def test_a_whole_column_validation_is_read_as_that_column(
    tmp_path: Path, users: list[tuple[str, str]], added: set[tuple[str, str]]
) -> None:
    """``D:D`` was read as a range that could not be read, taken to reach every column: the
    tool's drop-downs went missing on all of them; and ``E:E`` of the tool's own words got an
    overlapping ``E2:E6`` beside it, which Excel does not allow (an outside test)."""
    path = with_whole_ranges(tmp_path / "tracker.xlsx", users)
    written = run(path)
    assert raw_validations(path) == set(users) | added
    assert run(path) == written


def tracker_of(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    sheet.append(HEADERS)
    for values in rows:
        sheet.append(values)
    book.save(path)
    return path


def typed(kinds: list[str], levels: list[str], stages: list[str]) -> list[list[object]]:
    """Tracker rows with these Interview Type, Seniority and Outcome cells, row by row."""
    return [
        ["Acme", "Engineer", dt.datetime(2026, 11, 10 + at), kind, level, stage]
        for at, (kind, level, stage) in enumerate(zip(kinds, levels, stages, strict=True))
    ]


TOOLS_WORDS_OR_NOT = {
    "the tool's words, in any case: every column gets its list": (
        typed(["Video", "PHONE", ""], ["Senior", "mid", ""], ["Interviewing", "", "applied"]),
        {("D2:D4", TYPES), ("E2:E4", SENIORITIES), ("F2:F4", OUTCOMES)},
    ),
    "the user's own types (an outside tester's): that column is left to them": (
        typed(["Phone screen", "Zoom", "Final round"], ["mid", "", ""], ["", "", ""]),
        {("E2:E4", SENIORITIES), ("F2:F4", OUTCOMES)},
    ),
    "the user's own levels": (
        typed(["video", "", ""], ["Lead", "Staff", "Junior"], ["", "", ""]),
        {("D2:D4", TYPES), ("F2:F4", OUTCOMES)},
    ),
    "one word of the user's among the tool's is enough": (
        typed(["video", "phone", "Teams"], ["senior", "mid", "Senior"], ["", "", ""]),
        {("E2:E4", SENIORITIES), ("F2:F4", OUTCOMES)},
    ),
    "blank columns get the lists": (
        typed(["", "", ""], ["", "", ""], ["", "", ""]),
        {("D2:D4", TYPES), ("E2:E4", SENIORITIES), ("F2:F4", OUTCOMES)},
    ),
}


@pytest.mark.parametrize(
    ("rows", "added"), TOOLS_WORDS_OR_NOT.values(), ids=TOOLS_WORDS_OR_NOT.keys()
)
def test_a_column_of_other_words_gets_no_drop_down(
    tmp_path: Path, rows: list[list[object]], added: set[tuple[str, str]]
) -> None:
    path = tracker_of(tmp_path / "tracker.xlsx", rows)
    written = run(path)
    assert raw_validations(path) == added
    assert run(path) == written


def v1_list(sqref: str, formula: str) -> str:
    """A drop-down as the first versions wrote it (a111615's ``_validations``), on any column
    whatever its words."""
    return (
        f'<dataValidation type="list" allowBlank="1" sqref="{sqref}">'
        f"<formula1>{html.escape(formula, quote=False)}</formula1></dataValidation>"
    )


def with_validations(path: Path, rows: list[list[object]], elements: list[str]) -> Path:
    """A tracker of ``rows`` whose sheet holds the ``<dataValidation>`` ``elements``."""
    tracker_of(path, rows)
    with zipfile.ZipFile(path) as package:
        parts = {info.filename: package.read(info) for info in package.infolist()}
    body = f'<dataValidations count="{len(elements)}">{"".join(elements)}</dataValidations>'
    sheet = (
        parts["xl/worksheets/sheet1.xml"].decode().replace("<pageMargins", body + "<pageMargins")
    )
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return path


FIRST_STAGES = '"open,offer,hired,accepted,rejected,withdrawn,ghosted,on hold"'
USERS_TYPES = (
    '<dataValidation type="list" allowBlank="1" showInputMessage="1" prompt="how we met" '
    f'sqref="D2:D4"><formula1>{TYPES}</formula1></dataValidation>'
)
PERSONS_WORDS = typed(["Phone screen", "Zoom", "video"], ["Lead", "", "mid"], ["Waiting", "", ""])
TOOLS_WORDS = typed(["video", "phone", ""], ["senior", "", ""], ["applied", "", "interviewing"])
EARLIER_LISTS = {
    "v1's lowercase lists on columns of the person's words: taken away": (
        PERSONS_WORDS,
        [v1_list("D2:D4", V1_TYPES), v1_list("E2:E4", SENIORITIES), v1_list("F2:F4", OUTCOMES)],
        set(),
        ["D2:D4", "E2:E4", "F2:F4"],
        [f"removed the tool's old drop-down on {sqref}" for sqref in ("D2:D4", "E2:E4", "F2:F4")],
    ),
    "v1's list on a column of the tool's words: kept, as a new file gets it": (
        TOOLS_WORDS,
        [v1_list("D2:D4", TYPES)],
        {("D2:D4", TYPES), ("E2:E4", SENIORITIES), ("F2:F4", OUTCOMES)},
        [],
        [],
    ),
    "the first versions' stages: today's list on the same cells, said as updated": (
        TOOLS_WORDS,
        [v1_list("F2:F4", FIRST_STAGES)],
        {("D2:D4", TYPES), ("E2:E4", SENIORITIES), ("F2:F4", OUTCOMES)},
        ["F2:F4"],
        [
            'updated the "Outcome" drop-down on F2:F4 (new choices: not applied, applied, '
            "interviewing; no longer: open)"
        ],
    ),
    "the person's list of the tool's words, with a prompt: theirs, kept": (
        PERSONS_WORDS,
        [USERS_TYPES],
        {("D2:D4", TYPES)},
        [],
        [],
    ),
    "the person's own words: kept": (
        PERSONS_WORDS,
        [v1_list("D2:D4", OTHER_WORDS)],
        {("D2:D4", OTHER_WORDS)},
        [],
        [],
    ),
    "the tool's list over two columns, or on one the tool does not read: kept": (
        PERSONS_WORDS,
        [v1_list("D2:E4", TYPES), v1_list("G2:G4", TYPES)],
        {("D2:E4", TYPES), ("G2:G4", TYPES)},
        [],
        [],
    ),
}


@pytest.mark.parametrize(
    ("rows", "before", "after", "gone", "said"), EARLIER_LISTS.values(), ids=EARLIER_LISTS.keys()
)
def test_an_earlier_versions_drop_down_goes_where_this_one_puts_none(
    tmp_path: Path,
    rows: list[list[object]],
    before: list[str],
    after: set[tuple[str, str]],
    gone: list[str],
    said: list[str],
) -> None:
    """Earlier versions put "phone,video,onsite,panel,final,other" on an Interview Type column
    of "Zoom" and "Phone screen", and their lists on Seniority and Outcome; this one adds none
    there, and kept theirs (ot27 F7). Only a list an earlier version wrote, word for word and
    plain, on a column the tool reads goes (``gone``: its range); every other validation stays
    byte for byte. Where today's list takes its cells, the note says updated, not removed."""
    path = with_validations(tmp_path / "tracker.xlsx", rows, before)
    result = CliRunner().invoke(main, ["run", "-v", "--as-of", "2026-11-20", str(path)])
    assert result.exit_code == 0, result.output
    assert re.findall(r"note: (.*drop-down.*)", result.output) == said
    assert raw_validations(path) == after
    with zipfile.ZipFile(path) as package:
        xml = package.read("xl/worksheets/sheet1.xml").decode()
    kept = [e for e in before if not any(f'sqref="{sqref}"' in e for sqref in gone)]
    assert [element for element in kept if element in xml] == kept  # byte for byte
    written = path.read_bytes()
    assert run(path) == written


def test_a_removed_drop_down_is_said_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The removal is the run's news, not the file's: the re-run that finds the file unchanged
    and shows the last run's notes does not say it again."""
    monkeypatch.undo()  # the re-run's shortcut (``full_runs`` turns it off)
    path = with_validations(tmp_path / "tracker.xlsx", PERSONS_WORDS, [v1_list("D2:D4", V1_TYPES)])
    args = ["run", "-v", "--as-of", "2026-11-20", str(path)]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "note: removed the tool's old drop-down on D2:D4\n" in first.output
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0, again.output
    assert "unchanged since the run of" in again.output
    assert "drop-down" not in again.output


# The interview types of the version before the "chat" type (6a7821b's parent), as it wrote
# them on the Interview Type column.
BEFORE_CHAT = tuple(V1_TYPES.strip('"').split(","))
FIVE_ROWS = typed(
    ["video", "phone", "onsite", "panel", "final"],
    ["senior", "mid", "", "", ""],
    ["interviewing", "applied", "interviewing", "", ""],
)


def written_before_chat(path: Path, rows: list[list[object]]) -> Path:
    """A tracker of ``rows`` as the version before the "chat" type left it: run with that
    version's list of interview types, as another version of the tool (its record names
    another tool, so the next run is the first after an upgrade)."""
    import followup_batch

    tracker_of(path, rows)
    with pytest.MonkeyPatch.context() as before:
        before.setitem(design.VALIDATED_FIELDS, "interview_type", BEFORE_CHAT)
        before.setattr(followup_batch, "__version__", followup_batch.__version__ + ".before-chat")
        rerun.tool_fingerprint.cache_clear()
        try:
            run(path)
        finally:
            rerun.tool_fingerprint.cache_clear()
    return path


def rows_cleared(path: Path, first: int, last: int) -> None:
    """The person clears rows ``first``..``last`` of the tracker (select them, press Delete)
    and saves."""
    book = openpyxl.load_workbook(path)
    sheet = book["Tracker"]
    for row in sheet.iter_rows(min_row=first, max_row=last):
        for cell in row:
            cell.value = None
    book.save(path)


def typed_in(path: Path, cell: str, value: str) -> None:
    """The person types ``value`` in ``cell`` of the tracker and saves."""
    book = openpyxl.load_workbook(path)
    book["Tracker"][cell] = value
    book.save(path)


UPGRADES = {
    "the tracker as it was: the new list on the same cells, said as updated": (
        FIVE_ROWS,
        lambda path: None,
        ['updated the "Interview Type" drop-down on D2:D6 (new choice: chat)'],
        {("D2:D6", TYPES), ("E2:E6", SENIORITIES), ("F2:F6", OUTCOMES)},
    ),
    "rows cleared since: the cells below the tracker keep a drop-down, the new one": (
        FIVE_ROWS,
        lambda path: rows_cleared(path, 5, 6),
        ['updated the "Interview Type" drop-down on D2:D6 (new choice: chat)'],
        {("D2:D6", TYPES), ("E2:E6", SENIORITIES), ("F2:F6", OUTCOMES)},
    ),
    "a word of the person's typed since: the old list goes, and it is said removed": (
        FIVE_ROWS,
        lambda path: typed_in(path, "D3", "Phone screen"),
        ["removed the tool's old drop-down on D2:D6"],
        {("E2:E6", SENIORITIES), ("F2:F6", OUTCOMES)},
    ),
}


@pytest.mark.parametrize(("rows", "since", "said", "after"), UPGRADES.values(), ids=UPGRADES.keys())
def test_the_list_of_the_version_before_chat_is_updated_where_the_new_one_goes(
    tmp_path: Path,
    rows: list[list[object]],
    since: Callable[[Path], None],
    said: list[str],
    after: set[tuple[str, str]],
) -> None:
    """The first run after the upgrade that gave the Interview Type drop-down "chat" said
    "removed the tool's old drop-down on D2:D6" and put the new, longer list back on those
    cells: a person read it as the drop-down lost. Where the new list takes the old one's
    cells (every one of them), the note says it was updated, and with what; "removed" is kept
    for a drop-down that really goes. A dry run says the same as what a run would do."""
    path = written_before_chat(tmp_path / "tracker.xlsx", rows)
    assert ("D2:D6", V1_TYPES) in raw_validations(path)
    since(path)
    args = ["run", "-v", "--as-of", "2026-11-20", str(path)]
    planned = CliRunner().invoke(main, [*args, "--dry-run"])
    assert planned.exit_code == 0, planned.output
    assert re.findall(r"note: (.*drop-down.*)", planned.output) == [
        "a run would " + note.replace("updated", "update", 1).replace("removed", "remove", 1)
        for note in said
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert re.findall(r"note: (.*drop-down.*)", result.output) == said
    assert raw_validations(path) == after
    written = path.read_bytes()
    assert run(path) == written
