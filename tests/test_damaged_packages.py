"""Damaged workbook packages are refused in one line, never read as something else (ot84).

Each damaged file is built here from a sound tracker with ``zipfile``: a sheet part missing or
renamed (F2, F8), a part's name garbled in the zip's directory (F4), a password on the
members, a missing ``[Content_Types].xml`` or workbook relationships (F6), rows stored out of
order (F3), no styles part (F10). Refused files stay byte for byte as they were.
"""

from __future__ import annotations

import json
import re
import struct
import warnings
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.errors import UnsafeWrite
from followup_batch.read.package import read_sheets
from followup_batch.write.xlsx.verify import verify_package

# A run of the tracker alone: its line, and where to look today (ot150 F2).
ANN_LEE = (
    "Ann Lee.xlsx [Jobs]: 2 rows — 2 Overdue\n"
    "  2 messages to send today or overdue: see the Drafts sheet\n"
)

AS_OF = "2026-11-20"
TRACKER = [
    ["Company", "Position", "Interview Date", "Interview Type", "Country"],
    ["Acme", "Analyst", "2026-11-16", "video", "US"],
    ["Globex", "Engineer", "2026-11-12", "phone", "DE"],
]
CONTACTS = [
    ["Name", "Email", "Company"],
    ["Dana Cole", "dana@acme.example", "Acme"],
    ["Lee Park", "lee@globex.example", "Globex"],
]
RESAVE = "nothing was written. Restore it from a backup or re-save it from Excel."


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [*args, "--as-of", AS_OF], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def a_tracker(path: Path, *, hidden_contacts: bool = False) -> Path:
    """Jobs (the tracker), then Contacts (a list of people), as Excel lays them out."""
    book = openpyxl.Workbook()
    jobs = book.active
    assert jobs is not None
    jobs.title = "Jobs"
    for row in TRACKER:
        jobs.append(row)
    contacts = book.create_sheet("Contacts")
    for row in CONTACTS:
        contacts.append(row)
    if hidden_contacts:
        contacts.sheet_state = "hidden"
    book.save(path)
    return path


def rezipped(path: Path, change: dict[str, str | bytes | None]) -> Path:
    """The package again, each member in ``change`` renamed (a str), replaced (bytes) or left
    out (None)."""
    with zipfile.ZipFile(path) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            new = change.get(name, name)
            if new is None:
                continue
            if isinstance(new, bytes):
                archive.writestr(name, new)
            else:
                archive.writestr(new, data)
    return path


def garbled_directory_name(path: Path, name: str) -> Path:
    """One bit flipped in the zip directory's name of ``name``; its local header keeps it."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        wanted = archive.getinfo(name)
        directory = archive.start_dir  # type: ignore[attr-defined]
    at = data.index(b"PK\x01\x02" + data[directory + 4 : directory + 4], directory)
    while True:
        size = struct.unpack_from("<HHH", data, at + 28)
        offset = struct.unpack_from("<L", data, at + 42)[0]
        if offset == wanted.header_offset:
            data[at + 46 + 3] ^= 0x01  # xl/styles.xml -> xl/rtyles.xml
            break
        at += 46 + sum(size)
    path.write_bytes(bytes(data))
    return path


def with_password_flag(path: Path) -> Path:
    """The members marked encrypted (general purpose bit 0), as ``zip -P`` marks them, in the
    zip's directory and in each local header (a stored package: no signature in its data)."""
    with zipfile.ZipFile(path) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    data = bytearray(path.read_bytes())
    for signature, flags in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        for found in re.finditer(re.escape(signature), bytes(data)):
            data[found.start() + flags] |= 0x01
    path.write_bytes(bytes(data))
    return path


MISSING_JOBS = (
    't.xlsx: FAILED — it is damaged: its sheet "Jobs" (xl/worksheets/sheet1.xml) is missing '
    "from the file, so its rows cannot be read; " + RESAVE
)
DAMAGE = [
    # The tracker's part missing: not "a list of contacts", not "nothing is due" (F2).
    ({"xl/worksheets/sheet1.xml": None}, MISSING_JOBS),
    # ... or renamed, the relationships still naming the old part (F2).
    ({"xl/worksheets/sheet1.xml": "xl/worksheets/jobs.xml"}, MISSING_JOBS),
    # Both sheets' parts gone: the first is named.
    ({"xl/worksheets/sheet1.xml": None, "xl/worksheets/sheet2.xml": None}, MISSING_JOBS),
    (
        {"xl/_rels/workbook.xml.rels": None},
        "t.xlsx: FAILED — it is damaged: its part xl/_rels/workbook.xml.rels, which says where "
        "its sheets are, is missing; " + RESAVE,
    ),
    (
        {"[Content_Types].xml": None},
        "t.xlsx: FAILED — it is damaged: its part [Content_Types].xml, which says what each "
        "part holds, is missing; " + RESAVE,
    ),
]


@pytest.mark.parametrize(("change", "said"), DAMAGE)
def test_a_package_missing_a_part_it_needs_is_refused_untouched(
    tmp_path: Path, change: dict[str, str | None], said: str
) -> None:
    tracker = rezipped(a_tracker(tmp_path / "t.xlsx"), dict(change))
    before = tracker.read_bytes()

    code, out, err = invoke("run", str(tracker))

    assert (code, out) == (1, "")
    assert err == said + "\n1 of 1 file failed.\n"
    assert tracker.read_bytes() == before
    assert not (tmp_path / ".followup-backups").exists()
    code, out, _ = invoke("check", str(tracker))
    assert code == 1
    assert said.replace("FAILED", "NOT READ") in out


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (
            lambda path: garbled_directory_name(path, "xl/styles.xml"),
            "t.xlsx: FAILED — it is damaged: the list of its parts names xl/rtyles.xml where the "
            "part itself says xl/styles.xml (as when a disk or a transfer garbles it); " + RESAVE,
        ),
        (
            with_password_flag,
            "t.xlsx: FAILED — password-protected workbooks cannot be read: save a copy without "
            "a password.",
        ),
    ],
)
def test_a_garbled_or_password_protected_zip_is_refused_untouched(
    tmp_path: Path, damage: object, said: str
) -> None:
    tracker = a_tracker(tmp_path / "t.xlsx")
    assert callable(damage)
    damage(tracker)
    before = tracker.read_bytes()

    code, out, err = invoke("run", str(tracker))

    assert (code, out, err) == (1, "", said + "\n1 of 1 file failed.\n")
    assert tracker.read_bytes() == before
    code, out, _ = invoke("check", str(tracker))
    assert code == 1
    assert said.replace("FAILED", "NOT READ") in out


def edited(path: Path, part: str, edit: object) -> Path:
    """The package again with ``part``'s bytes edited (``edit``: bytes -> bytes)."""
    assert callable(edit)
    with zipfile.ZipFile(path) as source:
        data = source.read(part)
    return rezipped(path, {part: edit(data)})


def with_shared_strings(path: Path) -> Path:
    """The package again with the tracker sheet's text kept in xl/sharedStrings.xml, as Excel
    and LibreOffice keep it (openpyxl writes it inline)."""
    with zipfile.ZipFile(path) as source:
        sheet = source.read("xl/worksheets/sheet1.xml")
        rels = source.read("xl/_rels/workbook.xml.rels")
        types = source.read("[Content_Types].xml")
    texts: list[bytes] = []

    def shared(match: re.Match[bytes]) -> bytes:
        texts.append(match[1])
        return b't="s"><v>%d</v>' % (len(texts) - 1)

    sheet = re.sub(rb't="inlineStr"><is><t>([^<]*)</t></is>', shared, sheet)
    items = b"".join(b"<si><t>%s</t></si>" % text for text in texts)
    strings = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.openxmlformats.org'
        b'/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
        % (len(texts), len(texts), items)
    )
    rel = (
        b'<Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    )
    override = (
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats'
        b'-officedocument.spreadsheetml.sharedStrings+xml"/>'
    )
    rezipped(
        path,
        {
            "xl/worksheets/sheet1.xml": sheet,
            "xl/_rels/workbook.xml.rels": rels.replace(
                b"</Relationships>", rel + b"</Relationships>"
            ),
            "[Content_Types].xml": types.replace(b"</Types>", override + b"</Types>"),
        },
    )
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", strings)
    return path


def _ghost_sheet(entry: bytes) -> object:
    return lambda data: data.replace(b"</sheets>", entry + b"</sheets>")


# A part a reader needs beside the sheets, damaged: named in the words a damaged sheet is
# (outside test ot105 F3: each was "cannot read the workbook (KeyError: 'rId99')" or
# "(ParseError: ...)", the reader's exception, no part named).
DAMAGED_PARTS = [
    (
        "xl/workbook.xml",
        _ghost_sheet(b'<sheet name="Ghost" sheetId="9" r:id="rId99"/>'),
        't.xlsx: FAILED — it is damaged: its sheet "Ghost" has no part: xl/workbook.xml lists '
        "it as rId99, which xl/_rels/workbook.xml.rels does not name; " + RESAVE,
    ),
    (
        "xl/styles.xml",
        lambda data: b"\x00\xffgarbage<<<>>>",
        "t.xlsx: FAILED — it is damaged: its styles (xl/styles.xml) are not well-formed XML "
        "(not well-formed (invalid token): line 1, column 5); " + RESAVE,
    ),
    (
        "xl/styles.xml",
        lambda data: data[: len(data) // 2],
        "t.xlsx: FAILED — it is damaged: its styles (xl/styles.xml) are not well-formed XML (",
    ),
    (
        "xl/sharedStrings.xml",
        lambda data: data.replace(b">Company<", b">Company&nope;<", 1),  # ot105's file
        "t.xlsx: FAILED — it is damaged: its shared strings (xl/sharedStrings.xml) are not "
        "well-formed XML (undefined entity: line 2, column ",
    ),
    (
        "xl/sharedStrings.xml",
        lambda data: data[: len(data) - 20],
        "t.xlsx: FAILED — it is damaged: its shared strings (xl/sharedStrings.xml) are not "
        "well-formed XML (",
    ),
]


@pytest.mark.parametrize(("part", "edit", "said"), DAMAGED_PARTS)
def test_a_damaged_part_beside_the_sheets_is_named_and_refused_untouched(
    tmp_path: Path, part: str, edit: object, said: str
) -> None:
    tracker = edited(with_shared_strings(a_tracker(tmp_path / "t.xlsx")), part, edit)
    before = tracker.read_bytes()

    code, out, err = invoke("run", str(tracker))

    assert (code, out) == (1, "")
    first, rest = err.split("\n", 1)
    assert first.startswith(said), first
    assert first.endswith("; " + RESAVE)
    assert rest == "1 of 1 file failed.\n"
    assert "Error" not in first  # no reader's exception named
    assert tracker.read_bytes() == before
    code, out, _ = invoke("check", str(tracker))
    assert code == 1
    assert first.replace("FAILED", "NOT READ") in out


def test_a_sound_tracker_of_shared_strings_is_read(tmp_path: Path) -> None:
    """The undamaged file the cases above start from is a tracker the run writes."""
    tracker = with_shared_strings(a_tracker(tmp_path / "t.xlsx"))

    code, out, err = invoke("run", str(tracker))

    assert code == 0
    assert out.startswith("t.xlsx [Jobs]: 2 rows")
    assert err.startswith('note: t.xlsx [Jobs]: drafts are unsigned: the file name "t" ')
    jobs = openpyxl.load_workbook(tracker)["Jobs"]
    assert [jobs.cell(row, 1).value for row in (1, 2, 3)] == ["Company", "Acme", "Globex"]


def test_a_tracker_whose_sheet_is_missing_fails_in_a_batch_and_its_digest(tmp_path: Path) -> None:
    folder = tmp_path / "clients"
    folder.mkdir()
    a_tracker(folder / "Ann Lee.xlsx")
    rezipped(a_tracker(folder / "Bo Chen.xlsx"), {"xl/worksheets/sheet1.xml": None})
    digest = tmp_path / "digest.md"

    code, out, err = invoke("run", str(folder), "--json", "--digest", str(digest))

    assert code == 1
    assert 'Bo Chen.xlsx: FAILED — it is damaged: its sheet "Jobs"' in err
    summary = json.loads(out)
    assert [Path(f["path"]).name for f in summary["failed"]] == ["Bo Chen.xlsx"]
    page = digest.read_text(encoding="utf-8")
    assert "## Trackers not read (1)" in page
    assert '- Bo Chen.xlsx: it is damaged: its sheet "Jobs"' in page


@pytest.mark.parametrize("hidden", [False, True])
def test_another_sheet_s_missing_part_is_said_once_and_the_tracker_written(
    tmp_path: Path, hidden: bool
) -> None:
    tracker = rezipped(
        a_tracker(tmp_path / "Ann Lee.xlsx", hidden_contacts=hidden),
        {"xl/worksheets/sheet2.xml": None},
    )
    note = (
        'its sheet "Contacts" (xl/worksheets/sheet2.xml) is missing from the file, and Excel '
        "will say the file needs repair. A run leaves that sheet as it is, without reading "
        "it; restore it from a backup or re-save the file from Excel"
    )

    code, out, _ = invoke("check", str(tracker))
    assert code == 0
    assert out.count(note) == 1
    code, out, err = invoke("run", str(tracker))

    assert code == 0
    assert out == ANN_LEE
    assert err.count(note) == 1
    jobs = openpyxl.load_workbook(tracker)["Jobs"]
    assert [jobs.cell(1, c).value for c in (1, 6)] == ["Company", "Follow-up status"]


def test_a_chart_sheet_and_a_non_ascii_part_name_are_no_damage(tmp_path: Path) -> None:
    """A chart sheet has no worksheet part; a part named in UTF-8 has the same name in the
    zip's directory and its local header (general purpose bit 11)."""
    path = tmp_path / "Ann Lee.xlsx"
    book = openpyxl.Workbook()
    jobs = book.active
    assert jobs is not None
    jobs.title = "Jobs"
    for row in TRACKER:
        jobs.append(row)
    book.create_chartsheet("Chart")
    book.save(path)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("customXml/Notizen für später.xml", "<n/>")
    with zipfile.ZipFile(path) as archive:
        assert read_sheets(archive, "xl/workbook.xml").missing == {}

    code, out, err = invoke("run", str(path))

    assert (code, out) == (0, ANN_LEE)
    assert "missing" not in err and "damaged" not in err


def out_of_order(path: Path, far: int) -> Path:
    """Jobs with its rows 2 and 3 stored after row ``far`` (a formatted empty row), as some
    streaming writers leave them; Excel, LibreOffice and openpyxl place them by number."""
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    rows = re.findall(rb'<row r="[23]".*?</row>', sheet)
    assert len(rows) == 2
    for row in rows:
        sheet = sheet.replace(row, b"")
    far_row = b'<row r="%d"><c r="Z%d" t="inlineStr"><is><t>end</t></is></c></row>' % (far, far)
    sheet = sheet.replace(b"</sheetData>", far_row + b"".join(rows) + b"</sheetData>")
    return rezipped(path, {"xl/worksheets/sheet1.xml": sheet})


@pytest.mark.parametrize("command", ["run", "check"])
def test_rows_stored_out_of_order_are_refused_untouched(tmp_path: Path, command: str) -> None:
    """Rows 2 and 3 stored after row 200 are read in their places, but writing the tool's
    cells into them wrote rows 2 and 3 twice (Excel repairs such a sheet by dropping cells;
    ot87 F1): refused, the file untouched, and ``check`` says so too."""
    tracker = out_of_order(a_tracker(tmp_path / "Ann Lee.xlsx"), far=200)
    before = tracker.read_bytes()

    code, out, err = invoke(command, str(tracker))

    said = (
        'its sheet "Jobs" stores row 2 after row 200, out of order, and the tool\'s cells '
        "cannot be written into such a sheet safely: open it in Excel or LibreOffice and save "
        "it again (rows are then stored in order), then run again"
    )
    assert said in out + err
    assert code == 1
    assert tracker.read_bytes() == before


def test_rows_stored_in_order_after_a_gap_are_written(tmp_path: Path) -> None:
    """Near case: rows far apart but in order (2, 3, then 200) are no damage."""
    tracker = a_tracker(tmp_path / "Ann Lee.xlsx")
    with zipfile.ZipFile(tracker) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    far_row = b'<row r="200"><c r="Z200" t="inlineStr"><is><t>end</t></is></c></row>'
    rezipped(
        tracker,
        {"xl/worksheets/sheet1.xml": sheet.replace(b"</sheetData>", far_row + b"</sheetData>")},
    )

    code, out, _ = invoke("run", str(tracker))

    assert (code, out) == (0, ANN_LEE)
    jobs = openpyxl.load_workbook(tracker)["Jobs"]
    header = [cell.value for cell in jobs[1]]
    action = header.index("Next action") + 1
    assert [(jobs.cell(r, 1).value, jobs.cell(r, action).value) for r in (2, 3)] == [
        ("Acme", "Thank-you note"),
        ("Globex", "1st check-in"),
    ]
    assert jobs.cell(200, 26).value == "end"


def test_rows_out_of_order_in_a_sheet_too_large_to_read_whole_are_refused(
    tmp_path: Path,
) -> None:
    """Past 20,000,000 cells a sheet is streamed by openpyxl, which drops a row stored after a
    later one: refused, never read short."""
    tracker = out_of_order(a_tracker(tmp_path / "t.xlsx"), far=1_000_000)
    before = tracker.read_bytes()

    code, out, err = invoke("run", str(tracker))

    assert (code, out) == (1, "")
    assert err == (
        't.xlsx: FAILED — its sheet "Jobs" (xl/worksheets/sheet1.xml) stores row 2 after row '
        "1000000, out of order, which the reader of such a sheet would miss; nothing was read "
        "or written. Open it in Excel or LibreOffice and save it again (rows are then stored "
        "in order).\n1 of 1 file failed.\n"
    )
    assert tracker.read_bytes() == before


def test_a_workbook_without_styles_keeps_the_default_look_on_the_user_s_cells(
    tmp_path: Path,
) -> None:
    """Its cells' s= indexes pointed at nothing: they keep the default look, and the tool's
    header fill goes on the tool's header cells only (F10)."""
    tracker = a_tracker(tmp_path / "Ann Lee.xlsx")
    with zipfile.ZipFile(tracker) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
        rels = archive.read("xl/_rels/workbook.xml.rels")
    sheet = sheet.replace(b'<c r="A1" ', b'<c r="A1" s="1" ').replace(
        b'<c r="B1" ', b'<c r="B1" s="3" '
    )
    rels = re.sub(rb"<Relationship [^>]*styles\.xml\"/>", b"", rels)
    rezipped(
        tracker,
        {
            "xl/styles.xml": None,
            "xl/worksheets/sheet1.xml": sheet,
            "xl/_rels/workbook.xml.rels": rels,
        },
    )

    code, _, _ = invoke("run", str(tracker))

    assert code == 0
    jobs = openpyxl.load_workbook(tracker)["Jobs"]
    status = [cell.value for cell in jobs[1]].index("Follow-up status") + 1
    looks = {
        ref: (cell.fill.fill_type, bool(cell.font.b))
        for ref, cell in (("A1", jobs["A1"]), ("B1", jobs["B1"]), ("status", jobs.cell(1, status)))
    }
    assert looks == {"A1": (None, False), "B1": (None, False), "status": ("solid", True)}


# The tool's own sheets after a first run, and their parts.
OWN_PARTS = {
    "Drafts": "xl/worksheets/sheet3.xml",
    "Summary": "xl/worksheets/sheet4.xml",
    "Calendars": "xl/worksheets/sheet5.xml",
}


def sheets_listed(path: Path) -> list[tuple[str, str | None]]:
    with zipfile.ZipFile(path) as archive:
        return [(s.name, s.part) for s in read_sheets(archive, "xl/workbook.xml").sheets]


@pytest.mark.parametrize("sheet", list(OWN_PARTS))
def test_the_tool_s_sheet_whose_part_is_missing_is_written_again_in_its_place(
    tmp_path: Path, sheet: str
) -> None:
    """A bad copy lost the part of the tool's Drafts (or Summary, Calendars) sheet, its entry
    still listed: a run added a second sheet of that name beside it, one more per run, which
    Excel must repair, and said nothing (ot89 F5). It writes the sheet again in the part the
    entry names, said once by check and the run; the next run has nothing to say."""
    tracker = a_tracker(tmp_path / "Ann Lee.xlsx")
    assert invoke("run", str(tracker))[0] == 0
    listed = sheets_listed(tracker)
    assert listed == [
        ("Jobs", "xl/worksheets/sheet1.xml"),
        ("Contacts", "xl/worksheets/sheet2.xml"),
        *OWN_PARTS.items(),
    ]
    rezipped(tracker, {OWN_PARTS[sheet]: None})
    note = (
        f'the tool\'s sheet "{sheet}" ({OWN_PARTS[sheet]}) is missing from the file, and Excel '
        "will say the file needs repair. A run writes that sheet again in its place"
    )

    code, out, _ = invoke("check", str(tracker))
    assert (code, out.count(note)) == (0, 1)
    code, out, err = invoke("run", str(tracker))

    assert (code, out, err.count(note)) == (0, ANN_LEE, 1)
    assert sheets_listed(tracker) == listed
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # openpyxl warns of a defined name it cannot place
        book = openpyxl.load_workbook(tracker)
    assert book.sheetnames == ["Jobs", "Contacts", "Drafts", "Summary", "Calendars"]
    assert [book["Drafts"].cell(2, c).value for c in (2, 3)] == ["Ann Lee", "Acme"]
    assert str(book["Summary"]["A2"].value).startswith("Computed on Fri 2026-11-20;")
    assert (book["Calendars"]["A1"].value, book["Calendars"].sheet_state) == ("DE", "hidden")
    code, out, err = invoke("run", str(tracker))
    assert (code, "missing" in err, sheets_listed(tracker)) == (0, False, listed)


def test_a_workbook_listing_two_sheets_of_one_name_is_refused_untouched(
    tmp_path: Path,
) -> None:
    """A tracker an earlier version left with two sheets named "Drafts" (ot89 F5), here one
    named "drafts" (Excel's names ignore case): refused by check and the run, untouched."""
    tracker = a_tracker(tmp_path / "Ann Lee.xlsx")
    assert invoke("run", str(tracker))[0] == 0
    with zipfile.ZipFile(tracker) as archive:
        workbook = archive.read("xl/workbook.xml")
    rezipped(tracker, {"xl/workbook.xml": workbook.replace(b'"Contacts"', b'"drafts"')})
    before = tracker.read_bytes()
    said = (
        'the workbook lists two sheets named "Drafts", which Excel must repair: open it in '
        "Excel, let it repair the file and save it (or restore it from a backup), then run again"
    )

    code, out, _ = invoke("check", str(tracker))
    assert (code, said in out) == (1, True)
    code, out, err = invoke("run", str(tracker))

    assert (code, f"Ann Lee.xlsx: FAILED — {said}; nothing was written" in out + err) == (1, True)
    assert tracker.read_bytes() == before


@pytest.mark.parametrize(
    ("renamed", "twice"),
    [
        (b'"drafts"', "Drafts"),  # Excel's names ignore case
        (b'"Jobs"', "Jobs"),
        (b'"Drafts 2"', None),  # near cases: no two of one name
        (b'"Draft"', None),
    ],
)
def test_the_written_package_never_lists_two_sheets_of_one_name(
    tmp_path: Path, renamed: bytes, twice: str | None
) -> None:
    """The verify step's last check: whatever made it, a written workbook listing two sheets
    of one name is refused, the original kept (ot89 F5)."""
    source = a_tracker(tmp_path / "Ann Lee.xlsx")
    assert invoke("run", str(source))[0] == 0  # Jobs, Contacts, Drafts, Summary, Calendars
    written = tmp_path / "written.xlsx"
    written.write_bytes(source.read_bytes())
    with zipfile.ZipFile(written) as archive:
        workbook = archive.read("xl/workbook.xml")
    rezipped(written, {"xl/workbook.xml": workbook.replace(b'"Contacts"', renamed)})
    touched = {info.filename for info in zipfile.ZipFile(written).infolist()}

    if twice is None:
        verify_package(source, written, touched)
        return
    with pytest.raises(UnsafeWrite) as refused:
        verify_package(source, written, touched)
    assert str(refused.value) == (
        f'the new workbook would list two sheets named "{twice}", which Excel must repair; '
        "original kept"
    )


def listed_again(
    path: Path, sheet: str, *, times: int = 1, first_lost: bool = True, ours: bool = True
) -> Path:
    """The tool's ``sheet`` listed ``times`` more, as a version before ot89 F5 left it: the
    part of the first entry lost by a bad copy (``first_lost``), each run then added a second
    sheet of its name at the end, with its relationship, content type, marker, part and title
    in docProps/app.xml (``plan_own_sheets`` before the fix). ``ours=False``: the added entry
    carries no marker (a sheet of the person's that happens to have the name)."""
    from followup_batch.read.package import WORKSHEET_REL, WORKSHEET_TYPE
    from followup_batch.write.xlsx.parts import (
        add_app_title,
        add_content_types,
        add_relationship,
        add_sheet_to_workbook,
    )

    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    workbook = members["xl/workbook.xml"]
    rels = members["xl/_rels/workbook.xml.rels"]
    types = members["[Content_Types].xml"]
    content = members[OWN_PARTS[sheet]]
    if first_lost:
        del members[OWN_PARTS[sheet]]
    for k in range(times):
        part = f"xl/worksheets/sheet{6 + k}.xml"
        rels, rel_id = add_relationship(rels, WORKSHEET_REL, f"worksheets/sheet{6 + k}.xml")
        workbook = add_sheet_to_workbook(
            workbook, sheet, 6 + k, rel_id, 5 + k, hidden=sheet == "Calendars"
        )
        if not ours:
            workbook = re.sub(
                rb'<definedName name="followup_batch_sheet" localSheetId="%d"[^<]*</definedName>'
                % (5 + k),
                b"",
                workbook,
            )
        types = add_content_types(types, {part: WORKSHEET_TYPE}, {})
        members[part] = content
        if "docProps/app.xml" in members:
            members["docProps/app.xml"] = add_app_title(members["docProps/app.xml"], sheet)
    members |= {
        "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": rels,
        "[Content_Types].xml": types,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


SAID_TWICE = (
    'the workbook lists the tool\'s sheet "{sheet}" {times}, which Excel must repair (an earlier '
    "version of the tool added the {later}): a run keeps the first, writes it again and removes "
    "the {later}, keeping {kept} in .followup-backups/"
)
TWICE_LISTED = [
    # (sheet, entries added, first entry's part lost, the parts dropped, how the note says it)
    ("Drafts", 1, True, ["sheet6.xml"], ("twice", "second", "a copy of xl/worksheets/sheet6.xml")),
    (
        "Drafts",
        2,  # two runs of the earlier version
        True,
        ["sheet6.xml", "sheet7.xml"],
        ("3 times", "others", "copies of xl/worksheets/sheet6.xml, xl/worksheets/sheet7.xml"),
    ),
    (
        "Summary",
        1,
        False,
        ["sheet6.xml"],
        ("twice", "second", "a copy of xl/worksheets/sheet6.xml"),
    ),
    (
        "Calendars",
        1,
        True,
        ["sheet6.xml"],
        ("twice", "second", "a copy of xl/worksheets/sheet6.xml"),
    ),
]


@pytest.mark.parametrize(("sheet", "times", "first_lost", "kept", "said"), TWICE_LISTED)
def test_the_tool_s_sheet_listed_twice_by_an_earlier_version_is_mended(
    tmp_path: Path,
    sheet: str,
    times: int,
    first_lost: bool,
    kept: list[str],
    said: tuple[str, str, str],
) -> None:
    """An earlier version left the tool's sheet listed twice (or three times: one more a run),
    which Excel must repair, and fx158 refused the file until Excel had. Every entry of that
    name being the tool's, the run keeps the first, writes it again, drops the others with
    their parts, each part kept in .followup-backups/ first; check and the run say it in one
    line (not also "missing", not also a refusal), and the next run has nothing to say."""
    tracker = a_tracker(tmp_path / "Ann Lee.xlsx")
    assert invoke("run", str(tracker))[0] == 0
    listed = sheets_listed(tracker)
    listed_again(tracker, sheet, times=times, first_lost=first_lost)
    with zipfile.ZipFile(tracker) as archive:
        dropped = {name: archive.read(f"xl/worksheets/{name}") for name in kept}
    times_said, later, kept_said = said
    note = SAID_TWICE.format(sheet=sheet, times=times_said, later=later, kept=kept_said)

    code, out, _ = invoke("check", str(tracker))
    assert (code, out.count(note), "missing" in out, "would write nothing" in out) == (
        0,
        1,
        False,
        False,
    )
    code, out, err = invoke("run", str(tracker))

    assert (code, out, err.count(note), "missing" in err) == (
        0,
        ANN_LEE,
        1,
        False,
    )
    assert sheets_listed(tracker) == listed
    with zipfile.ZipFile(tracker) as archive:
        parts = sorted(n for n in archive.namelist() if n.startswith("xl/worksheets/sheet"))
        assert parts == [f"xl/worksheets/sheet{k}.xml" for k in range(1, 6)]
        types = archive.read("[Content_Types].xml")
        assert (b"sheet6.xml" in types, b"sheet7.xml" in types) == (False, False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # openpyxl warns of a defined name it cannot place
        book = openpyxl.load_workbook(tracker)
    assert book.sheetnames == ["Jobs", "Contacts", "Drafts", "Summary", "Calendars"]
    assert [book["Drafts"].cell(2, c).value for c in (2, 3)] == ["Ann Lee", "Acme"]
    assert str(book["Summary"]["A2"].value).startswith("Computed on Fri 2026-11-20;")
    assert (book["Calendars"]["A1"].value, book["Calendars"].sheet_state) == ("DE", "hidden")
    saved = {
        re.sub(r"\.\d{8}-\d{6}\.xml$", "", p.name): p.read_bytes()
        for p in (tmp_path / ".followup-backups").glob("Ann Lee.xlsx.*.xml")
    }
    assert saved == {f"Ann Lee.xlsx.{sheet} ({name})": dropped[name] for name in kept}
    code, out, err = invoke("run", str(tracker))
    assert (code, "repair" in err, sheets_listed(tracker)) == (0, False, listed)


EXCEL_APP_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
    b'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity>"
    b'<ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="4" baseType="variant">'
    b"<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4>"
    b"</vt:variant><vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant>"
    b'<vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="3"'
    b' baseType="lpstr"><vt:lpstr>Jobs</vt:lpstr><vt:lpstr>Contacts</vt:lpstr>'
    b"<vt:lpstr>Jobs!Print_Area</vt:lpstr></vt:vector></TitlesOfParts><Company>Acme &amp; Co"
    b"</Company><Manager>Ann</Manager><LinksUpToDate>false</LinksUpToDate><SharedDoc>false"
    b"</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion>"
    b"</Properties>"
)


def app_titles(path: Path) -> tuple[list[str], dict[str, int], int]:
    """docProps/app.xml as Excel's File > Info reads it: the titles, the headings' counts,
    and the titles vector's stated size."""
    ns = {
        "p": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    }
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read("docProps/app.xml"))
    titles = root.find("p:TitlesOfParts/vt:vector", ns)
    assert titles is not None
    variants = [v[0].text or "" for v in root.iterfind("p:HeadingPairs/vt:vector/vt:variant", ns)]
    heads = dict(zip(variants[::2], map(int, variants[1::2]), strict=True))
    return [t.text or "" for t in titles], heads, int(titles.get("size", "-1"))


@pytest.mark.parametrize(("sheet", "times"), [("Drafts", 1), ("Drafts", 2), ("Calendars", 1)])
def test_the_mend_leaves_app_xml_naming_each_sheet_once(
    tmp_path: Path, sheet: str, times: int
) -> None:
    """docProps/app.xml (Excel's File > Info, and what some validators check) named the
    second entry's sheet too; the mend drops its title with it and keeps the rest Excel
    wrote there (the print area's defined name, Company, Manager, AppVersion): the file is
    as the first run left it."""
    tracker = rezipped(a_tracker(tmp_path / "Ann Lee.xlsx"), {"docProps/app.xml": EXCEL_APP_XML})
    assert invoke("run", str(tracker))[0] == 0
    with zipfile.ZipFile(tracker) as archive:
        first = archive.read("docProps/app.xml")
    sheets = ["Jobs", "Contacts", "Drafts", "Summary", "Calendars"]
    assert app_titles(tracker) == (
        [*sheets, "Jobs!Print_Area"],
        {"Worksheets": 5, "Named Ranges": 1},
        6,
    )
    listed_again(tracker, sheet, times=times)
    assert app_titles(tracker)[0] == [*sheets, *[sheet] * times, "Jobs!Print_Area"]

    assert invoke("run", str(tracker))[0] == 0

    with zipfile.ZipFile(tracker) as archive:
        assert archive.read("docProps/app.xml") == first
    assert invoke("run", str(tracker))[0] == 0
    with zipfile.ZipFile(tracker) as archive:
        assert archive.read("docProps/app.xml") == first


def test_a_sheet_of_the_person_s_named_as_the_tool_s_is_still_refused(tmp_path: Path) -> None:
    """The near case: the second "Drafts" carries no mark of the tool's (a sheet of the
    person's): the run cannot know which to keep, so the file stays refused, untouched."""
    tracker = a_tracker(tmp_path / "Ann Lee.xlsx")
    assert invoke("run", str(tracker))[0] == 0
    listed_again(tracker, "Drafts", first_lost=False, ours=False)
    before = tracker.read_bytes()
    said = (
        'the workbook lists two sheets named "Drafts", which Excel must repair: open it in '
        "Excel, let it repair the file and save it (or restore it from a backup), then run again"
    )

    code, out, _ = invoke("check", str(tracker))
    assert (code, said in out, "a run keeps the first" in out) == (1, True, False)
    code, out, err = invoke("run", str(tracker))

    assert (code, f"Ann Lee.xlsx: FAILED — {said}; nothing was written" in out + err) == (1, True)
    assert tracker.read_bytes() == before
    assert list((tmp_path / ".followup-backups").glob("*.xml")) == []


def _unclosed_sheet_data(data: bytes) -> bytes:
    return data.replace(b"</sheetData>", b"</sheetDat>")


# ot148 F1: a sheet of the person's that the run does not read ("Contacts" beside the tracker),
# not well-formed XML, blocked the whole workbook, even with --sheet Jobs, while the same
# sheet hidden was copied as it is. Visible or hidden, it is now copied byte for byte and said
# once; the sheet the run must read is refused.
DAMAGED_CONTACTS = (
    'its sheet "Contacts" (xl/worksheets/sheet2.xml) is damaged: it is not well-formed XML '
    "(mismatched tag: line 1, column "
)
DAMAGED_SHEETS = [
    # (hidden, damaged part, --sheet, exit code, what the run says on stderr, or None: a note)
    (False, "xl/worksheets/sheet2.xml", [], 0, None),
    (True, "xl/worksheets/sheet2.xml", [], 0, None),
    (False, "xl/worksheets/sheet2.xml", ["--sheet", "Jobs"], 0, None),
    (True, "xl/worksheets/sheet2.xml", ["--sheet", "Jobs"], 0, None),
    (
        False,
        "xl/worksheets/sheet2.xml",
        ["--sheet", "Contacts"],
        1,
        't.xlsx: FAILED — it is damaged: its sheet "Contacts" (xl/worksheets/sheet2.xml) is not '
        "well-formed XML (mismatched tag: line 1, column ",
    ),
    # The tracker's own sheet damaged, the other a list of people: the damaged one is refused.
    (
        False,
        "xl/worksheets/sheet1.xml",
        [],
        1,
        't.xlsx: FAILED — it is damaged: its sheet "Jobs" (xl/worksheets/sheet1.xml) is not '
        "well-formed XML (mismatched tag: line 1, column ",
    ),
    (
        False,
        "xl/worksheets/sheet1.xml",
        ["--sheet", "Jobs"],
        1,
        't.xlsx: FAILED — it is damaged: its sheet "Jobs" (xl/worksheets/sheet1.xml) is not '
        "well-formed XML (mismatched tag: line 1, column ",
    ),
]


@pytest.mark.parametrize(("hidden", "part", "sheet", "code", "said"), DAMAGED_SHEETS)
def test_a_damaged_sheet_the_run_does_not_read_is_copied_as_it_is(
    tmp_path: Path, hidden: bool, part: str, sheet: list[str], code: int, said: str | None
) -> None:
    tracker = edited(
        a_tracker(tmp_path / "t.xlsx", hidden_contacts=hidden), part, _unclosed_sheet_data
    )
    before = tracker.read_bytes()
    with zipfile.ZipFile(tracker) as archive:
        damaged = archive.read(part)

    checked, report, _ = invoke("check", str(tracker), *sheet)
    digested, digest, digest_err = invoke("digest", str(tracker), *sheet)
    ran, out, err = invoke("run", str(tracker), *sheet)

    assert (checked, digested, ran) == (code, code, code)
    if said is not None:
        first, rest = err.split("\n", 1)
        assert first.startswith(said), first
        assert first.endswith("; " + RESAVE)
        assert rest == "1 of 1 file failed.\n"
        assert said.replace("FAILED", "NOT READ") in report
        assert digest_err.startswith(said)
        assert tracker.read_bytes() == before
        return
    assert out.startswith("t.xlsx [Jobs]: 2 rows")
    assert err.count(DAMAGED_CONTACTS) == 1
    assert report.count(DAMAGED_CONTACTS) == 1
    assert "2 follow-ups" in digest
    with zipfile.ZipFile(tracker) as archive:
        assert archive.read(part) == damaged
    written = tracker.read_bytes()
    assert invoke("run", str(tracker), *sheet)[0] == 0
    assert tracker.read_bytes() == written


def _attribute_twice(attribute: bytes) -> object:
    """The first sheet's entry in xl/workbook.xml with ``attribute`` written twice."""
    return lambda data: re.sub(
        rb"(<sheet\b[^>]*?)(\s" + attribute + rb'="[^"]*")', rb"\1\2\2", data, count=1
    )


# ot148 F2: a duplicate attribute in xl/workbook.xml was refused by the run ("not a readable
# xlsx package") while check reported the tracker and digest listed its follow-ups; a duplicate
# name said "cannot read the workbook (ParseError: ...)". All three now say the same line.
DAMAGED_WORKBOOK = [
    (b"sheetId", "t.xlsx: FAILED — it is damaged: its part xl/workbook.xml is not well-formed "),
    (b"name", "t.xlsx: FAILED — it is damaged: its part xl/workbook.xml is not well-formed "),
]


@pytest.mark.parametrize(("attribute", "said"), DAMAGED_WORKBOOK)
def test_a_damaged_workbook_part_is_refused_alike_by_run_check_and_digest(
    tmp_path: Path, attribute: bytes, said: str
) -> None:
    tracker = edited(a_tracker(tmp_path / "t.xlsx"), "xl/workbook.xml", _attribute_twice(attribute))
    before = tracker.read_bytes()

    ran, out, err = invoke("run", str(tracker))
    checked, report, _ = invoke("check", str(tracker))
    digested, _, digest_err = invoke("digest", str(tracker))

    assert (ran, checked, digested) == (1, 1, 1)
    first, rest = err.split("\n", 1)
    assert re.fullmatch(
        re.escape(said)
        + r"XML \(duplicate attribute: line \d+, column \d+\); "
        + re.escape(RESAVE),
        first,
    ), first
    assert (out, rest) == ("", "1 of 1 file failed.\n")
    assert first.replace("FAILED", "NOT READ") in report
    assert digest_err.startswith(first + "\n")
    assert "Error" not in first
    assert tracker.read_bytes() == before
    assert not (tmp_path / ".followup-backups").exists()


def _member_data_at(path: Path, part: str) -> int:
    """Where ``part``'s packed bytes start in the file (after its local header)."""
    data = path.read_bytes()
    with zipfile.ZipFile(path) as archive:
        at = archive.getinfo(part).header_offset
    name, extra = struct.unpack_from("<HH", data, at + 26)
    return at + 30 + name + extra


def with_corrupt_deflate(path: Path) -> Path:
    """The sheet's deflate stream starting with a block of the reserved type (zlib: "Error -3
    while decompressing data: invalid block type")."""
    data = bytearray(path.read_bytes())
    data[_member_data_at(path, "xl/worksheets/sheet1.xml")] = 0x07
    path.write_bytes(bytes(data))
    return path


def with_bad_crc(path: Path) -> Path:
    """The sheet stored unpacked, one byte of its text changed: its CRC no longer matches."""
    with zipfile.ZipFile(path) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    data = bytearray(path.read_bytes())
    at = _member_data_at(path, "xl/worksheets/sheet1.xml")
    text = bytes(data[at : at + 2000])
    data[at + text.index(b"Acme")] = ord("a")  # still well-formed: only the checksum tells
    path.write_bytes(bytes(data))
    return path


# ot148 F5: "its sheet xl/worksheets/sheet1.xml cannot be unpacked (Error -3 while
# decompressing data: invalid distance too far back). Restore it ...": the sheet by its tab,
# no zlib words, and "nothing was written" as every other damage says.
UNPACKED = [
    (with_corrupt_deflate, "its compressed data is corrupt"),
    (with_bad_crc, "its data does not match its checksum"),
]


@pytest.mark.parametrize(("damage", "why"), UNPACKED)
@pytest.mark.parametrize("command", ["run", "check", "digest"])
def test_a_sheet_that_cannot_be_unpacked_is_named_by_its_tab(
    tmp_path: Path, damage: object, why: str, command: str
) -> None:
    assert callable(damage)
    tracker = damage(a_tracker(tmp_path / "t.xlsx"))
    before = tracker.read_bytes()

    code, out, err = invoke(command, str(tracker))

    said = (
        f't.xlsx: FAILED — it is damaged: its sheet "Jobs" (xl/worksheets/sheet1.xml) cannot be '
        f"unpacked ({why}); " + RESAVE
    )
    assert code == 1
    if command == "check":
        assert said.replace("FAILED", "NOT READ") + "\n" in out
    else:
        assert err.startswith(said + "\n")
    assert tracker.read_bytes() == before
