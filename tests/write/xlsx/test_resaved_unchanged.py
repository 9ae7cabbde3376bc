"""A tracker opened in LibreOffice (or Excel) and saved with no edit holds the run's result
spelled another way; the next run with the same as-of date writes nothing and keeps no backup
(ot22 F9). Any real difference is still written: a user's edit to a cell the tool computes
from, or a tool-owned cell, formula or colour rule changed.

The same file saved with other bytes is made two ways: by LibreOffice itself (where
``soffice`` and ``faketime`` exist: LibreOffice recomputes ``TODAY()`` as it opens the file, so
it runs on the as-of date) and by rewriting the package's XML as LibreOffice does (always)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape, unescape

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch import batch
from followup_batch.cli import main
from followup_batch.memory import rerun
from followup_batch.write.xlsx.design import LEGEND
from followup_batch.write.xlsx.same_result import normal_formula

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "support"))
from libreoffice import fingerprint, needs_faketime, needs_soffice, recalculated  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[3] / "sample_data" / "tracker.xlsx"
AS_OF = "2026-11-20"
TRACKER_PART = "xl/worksheets/sheet1.xml"
Edit = Callable[[str, bytes], bytes]


def run(path: Path, as_of: str = AS_OF, *options: str) -> str:
    result = CliRunner().invoke(main, ["run", "--as-of", as_of, *options, str(path)])
    assert result.exit_code == 0, result.output
    return result.output


def backups(path: Path) -> list[Path]:
    return sorted((path.parent / ".followup-backups").glob(f"{path.stem}.*{path.suffix}"))


def rezipped(path: Path, edit: Edit) -> None:
    """``path`` with each member's bytes passed through ``edit(name, data)``."""
    with zipfile.ZipFile(path) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            archive.writestr(info.filename, edit(info.filename, data))


def unquoted_sheet_names(name: str, data: bytes) -> bytes:
    """LibreOffice's spelling of the tool's formulas: ``Calendars!`` for ``'Calendars'!``."""
    return data.replace(b"'Calendars'!", b"Calendars!") if name.endswith(".xml") else data


def styles_renumbered(name: str, data: bytes) -> bytes:
    """Another style numbering: a copy of the first cell format put first, every cell's style
    number one higher (LibreOffice writes its styles in its own order)."""
    if name == "xl/styles.xml":
        xfs = re.search(rb"<cellXfs count=\"(\d+)\">(<xf\b.*?(?:/>|</xf>))", data, re.S)
        assert xfs is not None
        count = int(xfs[1]) + 1
        return (
            data[: xfs.start()]
            + f'<cellXfs count="{count}">'.encode()
            + xfs[2]
            + xfs[2]
            + data[xfs.end() :]
        )
    if name.startswith("xl/worksheets/sheet"):
        return re.sub(rb'(<c\b[^>]*?\ss=")(\d+)"', lambda m: m[1] + b'%d"' % (int(m[2]) + 1), data)
    return data


def formulas_respelled(name: str, data: bytes) -> bytes:
    """Function names in small letters and a space after each comma, in every formula (string
    literals left as they are)."""
    if not name.startswith("xl/worksheets/sheet"):
        return data

    def respelled(formula: re.Match[bytes]) -> bytes:
        pieces = formula[1].split(b'"')
        pieces[::2] = [
            re.sub(rb"([A-Z]+)\(", lambda f: f[1].lower() + b"(", p).replace(b",", b", ")
            for p in pieces[::2]
        ]
        return b"<f>" + b'"'.join(pieces) + b"</f>"

    respelled_data = re.sub(rb"<f>([^<]*)</f>", respelled, data)
    assert respelled_data != data or b"<f>" not in data
    return respelled_data


def prefixed(name: str, data: bytes) -> bytes:
    """The sheets' elements with an ``x:`` prefix for their namespace, as some programs write
    them."""
    if not name.startswith("xl/worksheets/sheet"):
        return data
    main = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    data = re.sub(rb"<(/?)(?=[A-Za-z])(?![A-Za-z]+:)", rb"<\1x:", data)
    return data.replace(b' xmlns="' + main + b'"', b' xmlns:x="' + main + b'"', 1)


def interview_date_edited(name: str, data: bytes) -> bytes:
    """The user moves the first row's interview (column E) a week later."""
    if name != TRACKER_PART:
        return data
    cell = re.search(rb'<c r="E2"[^>]*><v>([\d.]+)</v>', data)
    assert cell is not None
    later = str(float(cell[1]) + 7).encode()
    return data[: cell.start(1)] + later + data[cell.end(1) :]


def status_rule_dropped(name: str, data: bytes) -> bytes:
    """The red "Overdue" colour rule of the tracker sheet is gone."""
    if name != TRACKER_PART:
        return data
    rule = re.search(
        rb"<cfRule\b[^>]*>\s*<formula>[^<]*(?:&quot;|\")Overdue(?:&quot;|\")</formula>\s*</cfRule>",
        data,
    )
    assert rule is not None
    return data[: rule.start()] + data[rule.end() :]


def status_formula_changed(name: str, data: bytes) -> bytes:
    """One live status formula points at another calendar column."""
    if name != TRACKER_PART:
        return data
    changed = data.replace(b"'Calendars'!$C$", b"'Calendars'!$D$", 1)
    assert changed != data
    return changed


# A cell whose formula calls TODAY(), with its saved value.
_LIVE_CELL = re.compile(rb"(<c\b[^>]*>)(<f>[^<]*TODAY\(\)[^<]*</f><v>)([^<]*)(</v>)")


def recomputed_days_later(name: str, data: bytes) -> bytes:
    """The saved values of the formulas over TODAY() (statuses, urgencies, the Summary's
    counts) as LibreOffice computes them when it saves on a later day than the run's as-of:
    every status Overdue, every count one more."""
    if not name.startswith("xl/worksheets/sheet"):
        return data

    def later(cell: re.Match[bytes]) -> bytes:
        value = b"Overdue" if b't="str"' in cell[1] else b"%d" % (float(cell[3]) + 1)
        return cell[1] + cell[2] + value + cell[4]

    recomputed, count = _LIVE_CELL.subn(later, data)
    assert count or b"TODAY()" not in data
    return recomputed


SENT_MEANING = dict(LEGEND)["Sent — run again"].encode()


def previous_versions_legend(name: str, data: bytes) -> bytes:
    """The status header's note and the Summary sheet say what green means as the version
    before this one did (fx293: the first run after the upgrade wrote the file for it)."""
    return data.replace(
        SENT_MEANING, b"green: you filled the sent cell; run again for what comes next"
    )


def legend_reworded(name: str, data: bytes) -> bytes:
    """The legend says what green means in words no version wrote."""
    return data.replace(SENT_MEANING, b"green: sent; run again")


@pytest.fixture
def written(tmp_path: Path) -> Path:
    """The sample tracker once run: the tool's result, and the record of that run."""
    path = tmp_path / "Maya Chen.xlsx"
    shutil.copyfile(SAMPLE, path)
    run(path)
    assert len(backups(path)) == 1
    return path


@pytest.mark.parametrize(
    ("edit", "rewritten"),
    [
        (unquoted_sheet_names, False),
        (styles_renumbered, False),
        (formulas_respelled, False),
        (prefixed, False),
        (interview_date_edited, True),
        (status_rule_dropped, True),
        (status_formula_changed, True),
        (previous_versions_legend, False),
        (legend_reworded, True),
    ],
)
def test_a_file_saved_again_is_written_only_for_a_real_difference(
    written: Path, edit: Edit, rewritten: bool
) -> None:
    rezipped(written, edit)
    saved = written.read_bytes()
    output = run(written)
    assert (written.read_bytes() != saved) is rewritten
    assert len(backups(written)) == (2 if rewritten else 1)
    assert output.splitlines()[0].endswith("(unchanged, nothing written)") is not rewritten


@pytest.mark.parametrize(
    ("as_of", "rewritten"),
    [
        # The run's own date: its answers are the file's, only the live formulas' saved values
        # are LibreOffice's (ot32 F10: rewritten, with a backup, after every such save).
        (AS_OF, False),
        # Another date: the run's answers differ (its date in the Summary; a week on, the due
        # dates, Next action and Why of the rows that moved on), and are written.
        ("2026-11-21", True),
        ("2026-11-27", True),
    ],
)
def test_a_save_on_another_day_is_written_only_when_the_runs_answers_differ(
    written: Path, as_of: str, rewritten: bool
) -> None:
    rezipped(written, recomputed_days_later)
    saved = written.read_bytes()
    output = run(written, as_of)
    assert (written.read_bytes() != saved) is rewritten
    assert len(backups(written)) == (2 if rewritten else 1)
    assert output.splitlines()[0].endswith("(unchanged, nothing written)") is not rewritten


def written_by(path: Path, tool: str | None) -> None:
    """The record of the last run says the tool wrote ``path`` as it is now, and names the
    ``tool`` that did (None: a record of a version before records named it)."""
    state = rerun.state_path(path)
    data = json.loads(state.read_text(encoding="utf-8"))
    data[rerun.OWN_FILE] = {
        "size": path.stat().st_size,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
    }
    data.pop(rerun.TOOL)
    if tool is not None:
        data[rerun.TOOL] = tool
    state.write_text(json.dumps(data), encoding="utf-8")


THIS_VERSION = "this version"  # the fingerprint of the process the test runs in
UPGRADED = (
    "note: Maya Chen.xlsx [Interviews]: written again: this version's status formulas, where "
    "the file held an earlier version's; nothing else in it changed"
)
# ... as the dry run before it says it (fx303: it said nothing).
WOULD_UPGRADE = (
    "note: Maya Chen.xlsx [Interviews]: a real run would write it again: this version's status "
    "formulas, where the file holds an earlier version's; nothing else in it would change"
)


# The tool's own last version, whose live status formulas an earlier version wrote otherwise:
# the first run after the upgrade writes it again for them alone, and said nothing of it
# (fx303). It says so, on the run's day and a later one, only when the record says another
# version wrote it and nothing else changed. (the file's edits; the tool the record names
# (None: an earlier version's record, which names none); the run's as-of date; the note)
@pytest.mark.parametrize(
    ("edits", "tool", "as_of", "said"),
    [
        ([status_formula_changed], None, AS_OF, UPGRADED),
        # A later day: the sample's thank-you one day late on AS_OF ("yesterday") is dated
        # anew (fx305), so the write is for that draft too and the formulas are not said.
        ([status_formula_changed], None, "2026-11-23", None),
        ([status_formula_changed], "an earlier version", AS_OF, UPGRADED),
        # The record of this very version: another config, not an upgrade.
        ([status_formula_changed], THIS_VERSION, AS_OF, None),
        # Something else changed too: written for it, as always.
        ([status_formula_changed, interview_date_edited], None, AS_OF, None),
    ],
    ids=["same day", "a later day", "another version", "this version", "an edit too"],
)
def test_a_write_for_an_earlier_versions_status_formulas_alone_is_said(
    written: Path, edits: list[Edit], tool: str | None, as_of: str, said: str | None
) -> None:
    for edit in edits:
        rezipped(written, edit)
    # This process's fingerprint when the test runs: another test may have cleared the cached
    # one after sys.path changed, so one taken when the module was collected can differ.
    written_by(written, rerun.tool_fingerprint() if tool == THIS_VERSION else tool)
    saved = written.read_bytes()
    dry = run(written, as_of, "--dry-run")  # says what the run would, writing nothing
    assert [line for line in dry.splitlines() if "write it again" in line] == (
        [WOULD_UPGRADE] if said else []
    )
    assert written.read_bytes() == saved
    output = run(written, as_of)
    assert written.read_bytes() != saved
    assert len(backups(written)) == 1  # the tool's own version: no backup
    assert [line for line in output.splitlines() if "written again" in line] == (
        [said] if said else []
    )


def test_the_record_is_brought_up_to_date_so_the_next_run_reads_nothing(
    written: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rezipped(written, unquoted_sheet_names)
    run(written)  # reads the file, finds it holds the result, keeps its stamp
    assert len(backups(written)) == 1
    reads: list[Path] = []
    real = batch.read_trackers

    def counting(path, reading):  # type: ignore[no-untyped-def]
        reads.append(path)
        return real(path, reading)

    monkeypatch.setattr(batch, "read_trackers", counting)
    run(written)
    assert reads == []


@pytest.mark.parametrize(
    ("spelled", "same_as"),
    [
        ("IF($S2<INDEX('Calendars'!$C$2:$C$9,1),1,0)", "IF($S2<INDEX(Calendars!$C$2:$C$9,1),1,0)"),
        ('_xlfn.IFS(A1=1, "x")', 'IFS(A1=1,"x")'),
        ("of:=sum(a1:a3)", "SUM(A1:A3)"),
        ("'Job Hunt'!A1", "'job hunt'!a1"),
        ("OR($M2=TRUE(),$N2=FALSE())", "OR($M2=TRUE,$N2=FALSE)"),  # as LibreOffice saves them
    ],
)
def test_equivalent_spellings_of_a_formula_are_one(spelled: str, same_as: str) -> None:
    assert normal_formula(spelled) == normal_formula(same_as)


@pytest.mark.parametrize(
    ("formula", "other"),
    [
        ('$Q2="Overdue"', '$Q2="overdue"'),  # the text a status is compared with
        ("'Job Hunt'!A1", "JobHunt!A1"),  # quotes that are needed
        ("'Calendars'!$C$2", "'Calendars'!$D$2"),
        ('$M2="TRUE()"', "$M2=TRUE"),  # a text, not the value
    ],
)
def test_different_formulas_stay_different(formula: str, other: str) -> None:
    assert normal_formula(formula) != normal_formula(other)


@needs_soffice
@needs_faketime
def test_a_file_libreoffice_saved_is_written_only_when_edited(
    written: Path, tmp_path: Path
) -> None:
    """One LibreOffice save of the tool's result (on the as-of date, so its statuses are the
    run's): run again as it is, and with the user's edit of an interview date."""
    saved = recalculated([written], tmp_path / "lo", today=dt.date.fromisoformat(AS_OF))[written]
    as_saved, edited = tmp_path / "as saved" / written.name, tmp_path / "edited" / written.name
    for copy in (as_saved, edited):
        copy.parent.mkdir()
        shutil.copytree(written.parent / ".followup-backups", copy.parent / ".followup-backups")
        shutil.copyfile(saved, copy)
    rezipped(edited, interview_date_edited)

    output = run(as_saved)
    assert fingerprint(as_saved) == fingerprint(saved)
    assert len(backups(as_saved)) == 1
    assert "(unchanged, nothing written)\n" in output
    # It cut the links that carry a draft: left so, and said once.
    assert output.count(CUT_NOTE.format(links=long_links(written))) == 1

    before = fingerprint(edited)
    output = run(edited)
    assert fingerprint(edited) != before
    assert len(backups(edited)) == 2
    assert "unchanged" not in output
    assert "LibreOffice cut" not in output
    assert 255 not in link_lengths(edited)  # written again: whole
    assert 255 in link_lengths(saved)


def statuses(path: Path) -> list[object]:
    """The tracker sheet's Follow-up status cells as saved (the live formulas' values)."""
    sheet = openpyxl.load_workbook(path, data_only=True).worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    column = next(rows).index("Follow-up status")
    return [row[column] for row in rows]


@needs_soffice
@needs_faketime
def test_a_file_libreoffice_saved_on_a_later_day_is_not_written_again(
    written: Path, tmp_path: Path
) -> None:
    """LibreOffice saves the run's result a week after its as-of date, every status computed
    for that day: the next run on the same as-of date writes nothing; one on the day of the
    save writes its answers."""
    later = "2026-11-27"
    saved = recalculated([written], tmp_path / "lo", today=dt.date.fromisoformat(later))[written]
    assert statuses(saved) != statuses(written)  # computed for the day of the save
    shutil.copyfile(saved, written)
    output = run(written)
    assert fingerprint(written) == fingerprint(saved)
    assert len(backups(written)) == 1
    assert "(unchanged, nothing written)\n" in output
    output = run(written, later)
    assert fingerprint(written) != fingerprint(saved)
    assert len(backups(written)) == 2
    assert "unchanged" not in output


def links_cut_at(kept: int) -> Edit:
    """Every link's address cut to ``kept`` characters, as LibreOffice cuts them at 255."""

    def cut(name: str, data: bytes) -> bytes:
        if not name.endswith(".rels") or "worksheets" not in name:
            return data
        return re.sub(
            rb'Target="([^"]*)"',
            lambda m: b'Target="%s"' % escape(unescape(m[1].decode())[:kept]).encode(),
            data,
        )

    return cut


def link_lengths(path: Path) -> list[int]:
    """The length of each of the sheets' link addresses."""
    with zipfile.ZipFile(path) as archive:
        return [
            len(unescape(target.decode()))
            for name in archive.namelist()
            if name.endswith(".rels") and "worksheets" in name
            for target in re.findall(rb'Target="([^"]*)"', archive.read(name))
        ]


def long_links(path: Path) -> int:
    """How many of the sheets' links are longer than LibreOffice keeps."""
    return sum(length > 255 for length in link_lengths(path))


CUT_NOTE = (
    "note: Maya Chen.xlsx [Interviews]: LibreOffice cut {links} links (Compose, Draft subject) "
    "to 255 characters when it saved the file, so they open a message without the end of its "
    "text; each Draft cell holds the whole message, and a run restores the links when it next "
    "writes the sheet (a date or status it shows changes); until then the file is left as "
    "LibreOffice saved it"
)


@pytest.mark.parametrize(
    ("edit", "rewritten", "noted"),
    [
        (links_cut_at(255), False, True),  # LibreOffice's cut: kept, and said
        (links_cut_at(254), True, False),  # no program's cut: the links are written again
        (unquoted_sheet_names, False, False),  # no link cut, nothing to say
    ],
)
def test_links_libreoffice_cut_are_left_cut_and_said_once(
    written: Path, edit: Edit, rewritten: bool, noted: bool
) -> None:
    links = long_links(written)
    assert links == 51  # the sample's Compose and Draft subject links that carry a body
    rezipped(written, edit)
    saved = written.read_bytes()
    output = run(written)
    assert (written.read_bytes() != saved) is rewritten
    note = CUT_NOTE.format(links=links)
    assert output.count(note) == (1 if noted else 0)
    assert output.count("LibreOffice cut") == (1 if noted else 0)


def sheet_links(path: Path) -> dict[str, list[tuple[str, str]]]:
    """Each sheet's relationships (type, target), and a check that each hyperlink's is used by
    one link: none left behind, none twice."""
    found = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not re.fullmatch(r"xl/worksheets/_rels/sheet\d+\.xml\.rels", name):
                continue
            rels = re.findall(
                rb'<Relationship Id="([^"]+)" Type="[^"]*/(\w+)" Target="([^"]*)"',
                archive.read(name),
            )
            sheet = archive.read(name.replace("_rels/", "").removesuffix(".rels"))
            used = re.findall(rb'<hyperlink\b[^>]*\sr:id="([^"]+)"', sheet)
            linked = [rel_id for rel_id, kind, _target in rels if kind == b"hyperlink"]
            assert sorted(used) == sorted(linked), name
            found[name] = sorted((kind.decode(), target.decode()) for _, kind, target in rels)
    return found


@pytest.mark.parametrize("days_later", [[1], [0, 1], [1, 3, 4]])
def test_runs_after_a_libreoffice_save_keep_only_the_links_the_cells_use(
    written: Path, tmp_path: Path, days_later: list[int]
) -> None:
    """A save that cut and renumbered the links, then runs (the same day: left as saved; on
    later days: written): each sheet's relationships end as those of a run on the tool's own
    file, no more, however many runs."""
    fresh = tmp_path / "fresh" / written.name
    fresh.parent.mkdir()
    shutil.copyfile(SAMPLE, fresh)

    def renumbered(name: str, data: bytes) -> bytes:  # as LibreOffice numbers them: rId1...
        return re.sub(rb'"rId(\d+)"', lambda m: b'"rId%d"' % (int(m[1]) + 100), data)

    rezipped(written, lambda name, data: renumbered(name, links_cut_at(255)(name, data)))
    for days in days_later:
        as_of = str(dt.date.fromisoformat(AS_OF) + dt.timedelta(days=days))
        for path in (written, fresh):
            result = CliRunner().invoke(main, ["run", "--as-of", as_of, str(path)])
            assert result.exit_code == 0, result.output
        sheet_links(written)  # each link's relationship used once, at every step
    assert sheet_links(written) == sheet_links(fresh)
