"""A date (or a date and time, a number, a formula) typed over one of the tool's due dates is
a person's edit (report ot83, F5: a later date typed into ``Next due`` to postpone the
follow-up was overwritten without a word and not saved, while words typed there were): the
run writes its date back, saves what was typed in ``.followup-backups/<tracker>.edited.txt``
and says so. The tool's own dates of an earlier run (the schedule moved on, rows sorted) are
not edits. The cells are typed as a spreadsheet program saves them (the sheet's XML; the
CSV's text), the results read back with openpyxl / csv."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_batch.cli import main
from followup_batch.memory import hand_edits, rerun, saved_edits
from followup_batch.write.columns import OWNED_DATE_COLUMNS

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
FIRST, NEXT = "2026-11-20", "2026-11-21"
SHEET_PART = "xl/worksheets/sheet1.xml"
NIMBUS = 5  # Nimbus Ads: its Next due is Tue 2026-11-17 as of FIRST and NEXT
LOOPLINE = 3
PIXELFORGE = 4  # its Next due moves from the 2nd check-in to the final by 2026-12-15
DUE_TITLES = ("Next due", "Thank-you due", "1st check-in due", "2nd check-in due")


def run(*args: str, as_of: str) -> Result:
    result = CliRunner().invoke(main, ["run", "--as-of", as_of, *args])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result


@pytest.fixture(params=["xlsx", "csv"])
def tracker(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The sample tracker, run once in place: the tool's columns written, its record kept."""
    path = tmp_path / f"tracker.{request.param}"
    shutil.copyfile(SAMPLE / path.name, path)
    run(str(path), as_of=FIRST)
    return path


def records(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))


def header(path: Path) -> list[str]:
    if path.suffix == ".csv":
        return records(path)[0]
    return [str(cell.value) for cell in openpyxl.load_workbook(path).worksheets[0][1]]


def read_cell(path: Path, title: str, row: int) -> object:
    column = header(path).index(title)
    if path.suffix == ".csv":
        return records(path)[row - 1][column]
    return openpyxl.load_workbook(path).worksheets[0].cell(row, column + 1).value


def type_into(path: Path, title: str, row: int, csv_text: str, xml: str) -> None:
    """Type into the cell of ``title`` and ``row`` as a spreadsheet saves it: in a CSV the
    text (``csv_text``), in a workbook the cell's XML inside ``<c>`` (``xml``; ``{s}``: the
    style of the tool's date cells, a date format)."""
    column = header(path).index(title)
    if path.suffix == ".csv":
        rows = records(path)
        rows[row - 1][column] = csv_text
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows(rows)  # as Excel saves a CSV
        path.write_text(out.getvalue(), encoding="utf-8", newline="")
        return
    ref = f"{openpyxl.utils.get_column_letter(column + 1)}{row}"
    with zipfile.ZipFile(path) as package:
        members = [(info, package.read(info)) for info in package.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in members:
            if info.filename == SHEET_PART:
                text = data.decode("utf-8")
                found = re.search(rf'<c r="{ref}"( s="\d+")?[^>]*?(?:/>|>.*?</c>)', text, re.S)
                assert found is not None and found[1], "a date cell of the tool's"
                cell = f'<c r="{ref}"' + xml.format(s=found[1]) + "</c>"
                data = (text[: found.start()] + cell + text[found.end() :]).encode("utf-8")
            package.writestr(info, data)


def saved_text(path: Path) -> str:
    edited = saved_edits.edited_path(path)
    return edited.read_text(encoding="utf-8") if edited.exists() else ""


def where(path: Path, title: str, row: int) -> str:
    sheet = "Interviews!" if path.suffix == ".xlsx" else ""
    column = openpyxl.utils.get_column_letter(header(path).index(title) + 1)
    return f'{sheet}{column}{row} ("{title}")'


def shown(value: object) -> str:
    """A due cell as a person reads it: a date as 2026-11-17 (the CSV's own style aside)."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return "" if value is None else str(value)


# (what is typed in the CSV, in the workbook's cell XML, as saved and said, said as)
TYPED = {
    "a later date (to postpone)": ("12/15/2026", "{s}><v>46371</v>", "2026-12-15", "date"),
    "a date and time": (
        "12/15/2026 09:30",
        "{s}><v>46371.3958333333</v>",
        "2026-12-15 09:30",
        "date",
    ),
    "a number": ("3", "><v>3</v>", "3", "text"),
    "a formula": (
        "=DATE(2026,12,15)",
        "{s}><f>DATE(2026,12,15)</f><v>46371</v>",
        "=DATE(2026,12,15)",
        "formula",
    ),
    "another row's due date": ("11/24/2026", "{s}><v>46350</v>", "2026-11-24", "date"),
    "words (as before)": (
        "after Dec 15",
        ' t="inlineStr"><is><t>after Dec 15</t></is>',
        "after Dec 15",
        "text",
    ),
}


@pytest.mark.parametrize(("csv_text", "xml", "saved", "said"), TYPED.values(), ids=TYPED.keys())
def test_what_is_typed_over_a_due_date_is_saved_and_said(
    tracker: Path, csv_text: str, xml: str, saved: str, said: str
) -> None:
    if tracker.suffix == ".csv":  # saved as typed
        saved = csv_text
    before = shown(read_cell(tracker, "Next due", NIMBUS))
    type_into(tracker, "Next due", NIMBUS, csv_text, xml)
    stderr = run(str(tracker), as_of=NEXT).stderr

    cell = where(tracker, "Next due", NIMBUS)
    assert shown(read_cell(tracker, "Next due", NIMBUS)) == before  # the tool's date again
    assert f"=== {cell}, row of Nimbus Ads — Growth PM; replaced" in saved_text(tracker)
    assert f"\n{saved}\n" in saved_text(tracker)
    quoted = f'your text ("{saved}")' if said == "text" else f"your {said} ({saved})"
    # ot89-F3: the tool's date named, whatever was typed (a formula is called one)
    assert f"{cell}: {quoted} was replaced: the tool writes its due date ({before})" in stderr
    assert f"It is saved in .followup-backups/{saved_edits.edited_path(tracker).name}" in stderr
    # Said once: the next run finds the tool's date there and says nothing.
    again = run(str(tracker), as_of=NEXT).stderr
    assert "your" not in again


# (what is typed into the Networking due of a row with no networking step, in the CSV and
# the workbook's cell XML, said as)
INTO_EMPTY = {
    "a date": ("1/15/2027", "{s}><v>46402</v>", "your date (2027-01-15)"),
    "a formula": ("=AC5+14", "><f>AC5+14</f><v>46357</v>", "your formula (=AC5+14)"),
    "words": ("call Dana", ' t="inlineStr"><is><t>call Dana</t></is>', 'your text ("call Dana")'),
}


@pytest.mark.parametrize(("csv_text", "xml", "said"), INTO_EMPTY.values(), ids=INTO_EMPTY.keys())
def test_what_is_typed_into_a_due_cell_with_no_step_is_cleared_and_said(
    tracker: Path, csv_text: str, xml: str, said: str
) -> None:
    """ot89-F3: the run said "the tool writes its due date in this column" of a cell it
    left empty; it says the cell is cleared, as the row has no step due there."""
    assert shown(read_cell(tracker, "Networking due", NIMBUS)) == ""
    type_into(tracker, "Networking due", NIMBUS, csv_text, xml)
    typed = csv_text if tracker.suffix == ".csv" else said.split("(", 1)[1].strip('")')
    stderr = run(str(tracker), as_of=NEXT).stderr

    cell = where(tracker, "Networking due", NIMBUS)
    assert shown(read_cell(tracker, "Networking due", NIMBUS)) == ""
    if tracker.suffix == ".csv":
        said = said.replace("2027-01-15", csv_text)
    assert (
        f"{cell}: {said} was cleared: the row has no step due in this column, so the tool "
        "leaves it empty; it writes its due dates here on every run and does not read them"
    ) in stderr
    assert f"=== {cell}, row of Nimbus Ads — Growth PM; cleared by the run" in saved_text(tracker)
    assert f"\n{typed}\n" in saved_text(tracker)
    assert "your" not in run(str(tracker), as_of=NEXT).stderr


NOT_EDITS = {
    "the tool's own date typed again": "same",
    "a placeholder": "n/a",
    "an empty cell": "",
}


@pytest.mark.parametrize("typed", NOT_EDITS.values(), ids=NOT_EDITS.keys())
def test_what_is_not_an_edit_of_a_due_date(tracker: Path, typed: str) -> None:
    if typed == "same":
        day = shown(read_cell(tracker, "Next due", NIMBUS))
        csv_text = day if tracker.suffix == ".csv" else ""
        serial = (dt.date.fromisoformat(day) - dt.date(1899, 12, 30)).days
        xml = f"{{s}}><v>{serial}</v>"
    elif typed:
        csv_text, xml = typed, f' t="inlineStr"><is><t>{typed}</t></is>'
    else:
        csv_text, xml = "", "{s}/>"
    if typed == "same" and tracker.suffix == ".csv":
        csv_text = read_cell(tracker, "Next due", NIMBUS)  # type: ignore[assignment]
    type_into(tracker, "Next due", NIMBUS, str(csv_text), xml.replace("{s}/>", "{s}>"))
    stderr = run(str(tracker), as_of=NEXT).stderr
    assert "your" not in stderr
    assert saved_text(tracker) == ""


def copied_below(path: Path, row: int, retyped: dict[str, object]) -> int:
    """Copy the whole ``row`` below the last one and retype its cells ``retyped`` (header ->
    value), as a person adds their next interview: the tool's cells come along. In a
    workbook saved by a script (formulas following the row, dates keeping their format);
    the new row."""
    if path.suffix == ".csv":
        rows = records(path)
        copy = list(rows[row - 1])
        for title, value in retyped.items():
            copy[rows[0].index(title)] = str(value)
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows([*rows, copy])
        path.write_text(out.getvalue(), encoding="utf-8", newline="")
        return len(rows) + 1
    from openpyxl.formula.translate import Translator

    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    titles = [cell.value for cell in sheet[1]]
    new = sheet.max_row + 1
    for source in sheet[row]:
        cell = sheet.cell(new, source.column)
        value = source.value
        if isinstance(value, str) and value.startswith("="):
            value = Translator(value, origin=source.coordinate).translate_formula(cell.coordinate)
        cell.value, cell.number_format = value, source.number_format
    for title, value in retyped.items():
        sheet.cell(new, titles.index(title) + 1).value = value
    book.save(path)
    return new


def test_a_row_copied_for_a_later_interview_brings_the_tools_dates(tracker: Path) -> None:
    """Report ot128, F5: Loopline's row copied whole to enter a new interview (company,
    contact and date retyped): its due dates are the tool's for Loopline, copied along like
    its Next action and Draft, and replaced without a word, not saved as the person's."""
    loopline = [shown(read_cell(tracker, key, LOOPLINE)) for key in DUE_TITLES]
    retyped = {
        "Company": "Falcon Games",
        "Interviewer": "Fay Gold",
        "Interviewer Email": "fay@falcon.example",
        "Interview Date": "2026-11-19" if tracker.suffix == ".csv" else dt.datetime(2026, 11, 19),
    }
    new = copied_below(tracker, LOOPLINE, retyped)
    stderr = run(str(tracker), as_of=NEXT).stderr
    assert "your" not in stderr
    assert saved_text(tracker) == ""
    # its thank-you note, due on the interview day as Loopline's is on its own
    assert shown(read_cell(tracker, "Next due", new)) == "2026-11-19"
    assert [shown(read_cell(tracker, key, new)) for key in DUE_TITLES] != loopline


def test_the_tools_dates_of_the_last_run_are_not_edits(tracker: Path) -> None:
    """The schedule moves on (Pixelforge's next step becomes the final, later dates fill
    in): the dates the last run wrote are its own, whatever row they sit on after a sort."""
    if tracker.suffix == ".csv":
        rows = records(tracker)
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows([rows[0], *reversed(rows[1:])])
        tracker.write_text(out.getvalue(), encoding="utf-8", newline="")
    before = shown(read_cell(tracker, "Next due", PIXELFORGE))
    stderr = run(str(tracker), as_of="2026-12-15").stderr
    assert "your" not in stderr
    assert saved_text(tracker) == ""
    row = PIXELFORGE if tracker.suffix == ".xlsx" else None
    if row is not None:
        assert shown(read_cell(tracker, "Next due", row)) != before


def test_a_record_of_an_earlier_version_keeps_no_dates(tracker: Path) -> None:
    """A record written before due dates were kept in it: a date there is not looked at (it
    cannot be told from the tool's date of the last run); words still are."""
    state = rerun.state_path(tracker)
    data = json.loads(state.read_text(encoding="utf-8"))
    for sheet in data["sheets"]:
        for key in OWNED_DATE_COLUMNS:
            sheet["hand"]["written"].pop(key, None)
    state.write_text(json.dumps(data), encoding="utf-8")
    type_into(tracker, "Next due", NIMBUS, "12/15/2026", "{s}><v>46371</v>")
    stderr = run(str(tracker), as_of=NEXT).stderr
    assert "your" not in stderr


def earlier_day_hashes(frame: pd.DataFrame, output: pd.DataFrame) -> dict[str, str]:
    """The record's due dates as the version before issue 15's stop 49 wrote them (its
    ``_day_hashes``, one blake2b per date: ``_earlier_day_hash``), joined as in the record."""
    found = {}
    for key in OWNED_DATE_COLUMNS:
        if key in output:
            days = hand_edits._iso_days(output[key])
            companies, positions = frame["company"].tolist(), frame["position"].tolist()
            found[key] = "".join(
                sorted(
                    {
                        hand_edits._earlier_day_hash(
                            hand_edits._plain(company), hand_edits._plain(position), day
                        )
                        for company, position, day in zip(companies, positions, days, strict=True)
                        if day
                    }
                )
            )
    return found


@pytest.fixture
def tracker_of_the_version_before(
    tracker: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """``tracker`` with the record the version before issue 15's stop 49 would have left:
    its due dates hashed that way, and no "day_hashes" in it. The first run again, its
    frames kept, on a copy of the sample tracker."""
    seen: list[tuple[dict[str, frozenset[str]], dict[str, str]]] = []
    real = hand_edits._day_hashes

    def both(frame: pd.DataFrame, output: pd.DataFrame) -> dict[str, frozenset[str]]:
        found = real(frame, output)
        seen.append((found, earlier_day_hashes(frame, output)))
        return found

    path = tmp_path / "before" / tracker.name
    path.parent.mkdir()
    shutil.copyfile(SAMPLE / tracker.name, path)
    monkeypatch.setattr(hand_edits, "_day_hashes", both)
    run(str(path), as_of=FIRST)
    monkeypatch.undo()
    state = rerun.state_path(path)
    data = json.loads(state.read_text(encoding="utf-8"))
    [sheet] = data["sheets"]
    hand = sheet["hand"]
    assert hand.pop("day_hashes") == hand_edits.DAY_HASHES
    written = hand_edits.Memory.from_json(hand).written
    [earlier] = [old for new, old in seen if all(written[k] == v for k, v in new.items())]
    assert earlier.keys() <= hand["written"].keys()
    hand["written"].update(earlier)
    state.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_record_of_the_version_before_reads_its_dates(
    tracker_of_the_version_before: Path,
) -> None:
    """The first run after upgrading: the dates the last run wrote, hashed the earlier way,
    are the tool's still, though Loopline's interview date was corrected since (the tool's
    texts computed again as of the last run then give other dates) and Pixelforge's step
    moved on; the record is then written the new way."""
    path = tracker_of_the_version_before
    state = rerun.state_path(path)
    before = json.loads(state.read_text(encoding="utf-8"))["sheets"][0]["hand"]
    assert "day_hashes" not in before
    type_into(path, "Interview Date", LOOPLINE, "2026-11-13", "{s}><v>46339</v>")
    stderr = run(str(path), as_of="2026-12-15").stderr
    assert "your" not in stderr
    assert saved_text(path) == ""
    after = json.loads(state.read_text(encoding="utf-8"))["sheets"][0]["hand"]
    assert after["day_hashes"] == hand_edits.DAY_HASHES
    assert after["written"]["final_due"] != before["written"]["final_due"]


def test_a_date_typed_is_said_with_a_record_of_the_version_before(
    tracker_of_the_version_before: Path,
) -> None:
    path = tracker_of_the_version_before
    before = shown(read_cell(path, "Next due", NIMBUS))
    type_into(path, "Next due", NIMBUS, "12/15/2026", "{s}><v>46371</v>")
    stderr = run(str(path), as_of=NEXT).stderr
    cell = where(path, "Next due", NIMBUS)
    said = "your date (12/15/2026)" if path.suffix == ".csv" else "your date (2026-12-15)"
    assert f"{cell}: {said} was replaced: the tool writes its due date ({before})" in stderr


# The record's due-date hashes (``hand_edits._day_hash``): the names as compared, so these
# stay the same from one version to the next, or every date of a record kept would read as
# typed. (company, position, day, hash) — the hashes as the records since issue 15's stop 49
# hold them, and (``_earlier_day_hash``) as the record of 2026-12-05 holds them.
DAY_HASHES = [
    ("Acme ", "Data  Engineer", "2026-03-02", "sYtCguRK", "8ps9Jstc"),
    ("acme", "data engineer", "2026-03-02", "sYtCguRK", "8ps9Jstc"),
    ("Zürich Bank", "", "2024-02-29", "Cngj+YJX", "PMtI4mhH"),
    ("Delta", "PM", "1969-12-31", "g5hmtNrp", "g6Rfy+mG"),
    ("Delta", "PM", "1700-01-01", "oYne+SNE", "2TzZS9HR"),
]


@pytest.mark.parametrize(("company", "position", "day", "expected", "earlier"), DAY_HASHES)
def test_a_due_dates_hash_is_the_records(
    company: str, position: str, day: str, expected: str, earlier: str
) -> None:
    assert hand_edits._day_hash(company, position, day) == expected
    assert hand_edits._earlier_day_hash(company, position, day) == earlier


NAMES = st.text(alphabet=st.sampled_from("Aa é\tZ\x1f\u00df\ud800-"), max_size=6)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.one_of(NAMES, st.none(), st.just(float("nan")), st.just(3.0)),
            NAMES,
            st.one_of(st.none(), st.dates(dt.date(1700, 1, 1), dt.date(2262, 4, 11))),
        ),
        max_size=8,
    )
)
def test_a_columns_hashes_are_each_dates(rows: list[tuple[object, str, dt.date | None]]) -> None:
    """``_day_hashes`` hashes a whole column at once as ``_day_hash`` hashes one date."""
    frame = pd.DataFrame(
        {"company": [r[0] for r in rows], "position": [r[1] for r in rows]}, dtype=object
    )
    output = pd.DataFrame({"next_due": pd.Series([r[2] for r in rows], dtype=object)})
    expected = {
        hand_edits._day_hash(hand_edits._plain(company), position, day.isoformat())
        for company, position, day in rows
        if day is not None
    }
    assert hand_edits._day_hashes(frame, output) == {"next_due": expected}


def test_the_due_dates_hashed_are_the_columns_days() -> None:
    """``_day_hashes`` hashes each row's day (its time dropped, none for an empty cell or
    a text that is no date) with the row's company and position, as ``_day_hash`` does."""
    frame = pd.DataFrame(
        {
            "company": ["Acme ", "acme", None, "Zürich Bank", "Delta"],
            "position": ["Data  Engineer", "data engineer", "Analyst", float("nan"), "PM"],
        }
    )
    output = pd.DataFrame(
        {
            "next_due": pd.to_datetime(
                ["2026-03-02", None, "1969-12-31 15:30", "2024-02-29 15:30", "1700-01-01"],
                format="mixed",
            ),
            "final_due": pd.Series(
                [dt.date(2026, 3, 2), None, pd.Timestamp("2026-01-01"), "2026-02-30", None],
                dtype=object,
            ),
        }
    )
    found = hand_edits._day_hashes(frame, output)
    assert found == {
        "next_due": {
            hand_edits._day_hash("Acme", "Data Engineer", "2026-03-02"),
            hand_edits._day_hash("", "Analyst", "1969-12-31"),
            hand_edits._day_hash("Zürich Bank", "", "2024-02-29"),
            hand_edits._day_hash("Delta", "PM", "1700-01-01"),
        },
        "final_due": {
            hand_edits._day_hash("acme", "data engineer", "2026-03-02"),
            hand_edits._day_hash("", "Analyst", "2026-01-01"),
        },
    }


# A due column's values as ISO days, as ``.dt.strftime("%Y-%m-%d")`` gave them.
ISO_DAYS = {
    "dates": (
        ["2026-03-02", "2024-02-29", "2027-12-31"],
        ["2026-03-02", "2024-02-29", "2027-12-31"],
    ),
    "empty": ([None, "", "not a date"], ["", "", ""]),
    "times dropped": (["2026-03-02 23:59", "1969-12-31 15:30"], ["2026-03-02", "1969-12-31"]),
    "far days": (["1700-01-01", "2262-04-11"], ["1700-01-01", "2262-04-11"]),
    "date objects": (
        [dt.date(2026, 3, 2), dt.datetime(2026, 3, 3, 9, 30)],
        ["2026-03-02", "2026-03-03"],
    ),
}


@pytest.mark.parametrize(("values", "expected"), ISO_DAYS.values(), ids=ISO_DAYS.keys())
def test_a_due_columns_days(values: list[object], expected: list[str]) -> None:
    column = pd.Series(values, dtype=object)
    days = pd.to_datetime(column, errors="coerce", format="mixed")
    assert hand_edits._iso_days(days) == expected
    assert hand_edits._iso_days(days) == days.dt.strftime("%Y-%m-%d").fillna("").tolist()


# (the record's "day_hashes", whether its dates are looked up the earlier way too)
RECORDS = [(hand_edits.DAY_HASHES, False), (None, True), (1, True)]


@pytest.mark.parametrize(("marked", "earlier"), RECORDS)
def test_a_record_says_how_its_dates_were_hashed(marked: int | None, earlier: bool) -> None:
    """A record without "day_hashes" (the version before) is read as such, and a write of
    some of a sheet's rows, which keeps the last record's dates of the rows left out, keeps
    saying so; a record the tool writes anew says its own."""
    from followup_batch.write_back import _joined_memory

    data: dict[str, object] = {"written": {"next_due": "8ps9Jstc"}, "occasions": ""}
    if marked is not None:
        data["day_hashes"] = marked
    last = hand_edits.Memory.from_json(data)
    assert last.earlier_day_hashes is earlier
    new = hand_edits.Memory({"next_due": frozenset({"sYtCguRK"})}, {}, frozenset())
    assert new.to_json()["day_hashes"] == hand_edits.DAY_HASHES
    joined = _joined_memory(last, new)
    assert joined.written["next_due"] == {"8ps9Jstc", "sYtCguRK"}
    assert joined.earlier_day_hashes is earlier
    assert ("day_hashes" in joined.to_json()) is not earlier
