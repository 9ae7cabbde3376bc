"""The package writer's own cases: what the shared workbook tests cannot build with openpyxl.

Namespace prefixes, cells and rows without references, rows across stream chunks, a user's
column spans and comments, stored (uncompressed) members, app.xml titles, Strict refusal.
"""

from __future__ import annotations

import datetime
import re
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
import python_calamine
from hypothesis import given, settings
from hypothesis import strategies as st
from libreoffice import needs_soffice, recalculated
from openpyxl.comments import Comment
from openpyxl.utils import get_column_letter

from followup_batch.errors import UnsafeWrite
from followup_batch.read import RawTable
from followup_batch.write import atomic, write_results
from followup_batch.write.columns import OWNED_COLUMNS, OWNED_DATE_COLUMNS
from followup_batch.write.xlsx import cells as cells_xml
from followup_batch.write.xlsx import (
    extra_sheet,
    own_parts,
    package,
    plan,
    verify,
    wellformed,
    zipcontainer,
)
from followup_batch.write.xlsx import styles as styles_xml
from followup_batch.write.xlsx.xmlbytes import split_document
from followup_batch.write.xlsx.zipcontainer import Archive

AS_OF = datetime.date(2026, 3, 2)
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STATUS = {2: "Overdue", 3: "Waiting"}


def results(rows: dict[int, str] = STATUS) -> pd.DataFrame:
    columns: dict[str, list[object]] = {key: [] for key in OWNED_COLUMNS}
    for status in rows.values():
        for key in OWNED_COLUMNS:
            if key in OWNED_DATE_COLUMNS:
                columns[key].append(pd.Timestamp("2026-03-04"))
            else:
                columns[key].append(status if key == "status" else "")
    return pd.DataFrame(columns, index=pd.Index(list(rows), name="row"))


def table(
    path: Path, sheet: str | None = None, header_row: int = 1, rows: list[int] | None = None
) -> RawTable:
    return RawTable(
        path=path,
        sheet=sheet,
        kind="xlsx",
        header_row=header_row,
        headers=[],
        mapping={"company": 0},
        ignored=[],
        cells=pd.DataFrame(index=list(STATUS) if rows is None else rows),
    )


def write(path: Path, rows: dict[int, str] = STATUS, **options) -> None:
    write_results(table(path, rows=list(rows)), results(rows), path, AS_OF, **options)


def simple_tracker(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    for row in (["Company", "Position"], ["Acme", "Engineer"], ["Globex", "Analyst"]):
        sheet.append(row)
    book.save(path)
    return path


def replace_parts(path: Path, parts: dict[str, bytes], stored: set[str] = frozenset()) -> None:
    with zipfile.ZipFile(path) as source:
        items = {info.filename: source.read(info) for info in source.infolist()}
    items.update(parts)
    with zipfile.ZipFile(path, "w") as target:
        for name, data in items.items():
            kind = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            target.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), data, kind)


def part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def status_column(path: Path) -> list[object]:
    sheet = openpyxl.load_workbook(path).active
    column = next(c.column for c in sheet[1] if c.value == "Follow-up status")
    return [sheet.cell(row=r, column=column).value for r in (1, 2, 3)]


def test_prefixed_namespace_sheet(tmp_path):
    """Some programs write ``<x:worksheet xmlns:x=...>``: our elements use the same prefix."""
    path = simple_tracker(tmp_path / "t.xlsx")
    sheet = (
        f'<?xml version="1.0"?><x:worksheet xmlns:x="{MAIN}" xmlns:r="{REL}"><x:sheetData>'
        '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Company</x:t></x:is></x:c></x:row>'
        '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>Acme</x:t></x:is></x:c></x:row>'
        "</x:sheetData></x:worksheet>"
    ).encode()
    replace_parts(path, {"xl/worksheets/sheet1.xml": sheet})
    write(path)
    data = part(path, "xl/worksheets/sheet1.xml")
    assert b'<x:c r="B2" t="inlineStr"><x:is><x:t>Overdue</x:t>' in data
    assert b"<x:conditionalFormatting" in data and b"<conditionalFormatting" not in data
    assert status_column(path) == ["Follow-up status", "Overdue", "Waiting"]


def test_rows_and_cells_without_references(tmp_path):
    """``r`` is optional: cells follow the previous one, rows the previous row."""
    path = simple_tracker(tmp_path / "t.xlsx")
    sheet = (
        f'<worksheet xmlns="{MAIN}"><sheetData>'
        '<row><c t="inlineStr"><is><t>Company</t></is></c>'
        '<c t="inlineStr"><is><t>Role</t></is></c></row>'
        '<row><c t="inlineStr"><is><t>Acme</t></is></c></row>'
        '<row><c t="inlineStr"><is><t>Globex</t></is></c></row>'
        "</sheetData></worksheet>"
    ).encode()
    replace_parts(path, {"xl/worksheets/sheet1.xml": sheet})
    write(path)
    sheet_view = openpyxl.load_workbook(path).active
    assert [c.value for c in sheet_view[1]][:3] == ["Company", "Role", "Follow-up status"]
    assert sheet_view["C3"].value == "Waiting"
    assert sheet_view["A3"].value == "Globex"


CT = "application/vnd.openxmlformats-officedocument.spreadsheetml."
STYLES_TYPE = CT + "styles+xml"


def unstyled_package(path: Path, *, refs: bool, dangling: bool) -> Path:
    """A workbook as streaming and minimal writers make it: no styles part (optional in
    ECMA-376), inline strings, with or without cell references; ``dangling``: the workbook's
    relationships name a styles part that is not there."""
    rows = [["Company", "Position"], ["Acme", "Engineer"], ["Globex", "Analyst"]]
    sheet = ""
    for r, row in enumerate(rows, start=1):
        sheet += f'<row r="{r}">' if refs else "<row>"
        for c, value in enumerate(row, start=1):
            ref = f' r="{get_column_letter(c)}{r}"' if refs else ""
            sheet += f'<c{ref} t="inlineStr"><is><t>{value}</t></is></c>'
        sheet += "</row>"
    styles_rel = f'<Relationship Id="rId2" Type="{REL}/styles" Target="styles.xml"/>'
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{CT}sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{CT}worksheet+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
            '<sheet name="Tracker" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            + (styles_rel if dangling else "")
            + "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": (
            f'<worksheet xmlns="{MAIN}"><sheetData>{sheet}</sheetData></worksheet>'
        ),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize("refs", [True, False], ids=["cell references", "no references"])
@pytest.mark.parametrize("dangling", [False, True], ids=["no styles", "a missing styles part"])
def test_a_workbook_without_styles_gets_a_styles_part(tmp_path, refs, dangling):
    """The run refused it: "the workbook has no styles part; open and save it in Excel
    first", while check read it (ot43 F7). The write adds one, with its content type and
    (unless the workbook names one already) its relationship; a second write changes
    nothing."""
    path = unstyled_package(tmp_path / "t.xlsx", refs=refs, dangling=dangling)
    write(path)
    assert status_column(path) == ["Follow-up status", "Overdue", "Waiting"]
    sheet = openpyxl.load_workbook(path).active
    assert [sheet.cell(row=r, column=1).value for r in (1, 2, 3)] == ["Company", "Acme", "Globex"]
    types = part(path, "[Content_Types].xml").decode()
    rels = part(path, "xl/_rels/workbook.xml.rels").decode()
    assert types.count(f'<Override PartName="/xl/styles.xml" ContentType="{STYLES_TYPE}"/>') == 1
    assert rels.count(f'Type="{REL}/styles" Target="styles.xml"') == 1
    assert part(path, "xl/styles.xml").startswith(b'<?xml version="1.0" encoding="UTF-8"')
    before = path.read_bytes()
    write(path)
    assert path.read_bytes() == before


@needs_soffice
def test_a_styles_part_added_opens_in_libreoffice(tmp_path):
    path = unstyled_package(tmp_path / "t.xlsx", refs=False, dangling=False)
    write(path)
    saved = recalculated([path], tmp_path)[path]
    assert status_column(saved) == ["Follow-up status", "Overdue", "Waiting"]


def test_rows_split_across_stream_chunks(tmp_path, monkeypatch):
    monkeypatch.setattr(package, "CHUNK", 7)  # every row straddles a chunk boundary
    path = simple_tracker(tmp_path / "t.xlsx")
    write(path)
    assert status_column(path) == ["Follow-up status", "Overdue", "Waiting"]


def test_missing_rows_are_created_in_order(tmp_path):
    path = simple_tracker(tmp_path / "t.xlsx")
    write(path, {2: "Overdue", 3: "Waiting", 7: "Closed", 5: "Due soon"})
    data = part(path, "xl/worksheets/sheet1.xml")
    numbers = [int(n) for n in re.findall(rb'<row r="(\d+)"', data)]
    assert numbers == sorted(numbers) == [1, 2, 3, 5, 7]
    assert openpyxl.load_workbook(path).active["C7"].value == "Closed"


def test_users_column_span_split_around_owned_columns(tmp_path):
    path = simple_tracker(tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(path)
    book.active.column_dimensions.group("C", "Z", hidden=True)  # hides unused columns
    book.save(path)
    write(path)
    dims = openpyxl.load_workbook(path).active.column_dimensions
    letter = {key: get_column_letter(3 + i) for i, key in enumerate(OWNED_COLUMNS)}
    assert dims["C"].width == 22 and not dims["C"].hidden  # Follow-up status, shown
    assert dims[letter["why"]].width == 60 and not dims[letter["why"]].hidden
    past = get_column_letter(3 + len(OWNED_COLUMNS))
    assert dims[past].hidden  # past the owned block: still the user's hidden span


def test_users_comments_kept_beside_header_notes(tmp_path):
    path = simple_tracker(tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(path)
    book.active["A1"].comment = Comment("my note", "me")
    book.save(path)
    for _ in range(2):
        write(path)
    sheet = openpyxl.load_workbook(path).active
    assert sheet["A1"].comment.text == "my note"
    assert sheet["C1"].comment.text.endswith("as of 2026-03-02")
    with zipfile.ZipFile(path) as archive:
        vml = next(n for n in archive.namelist() if n.endswith(".vml"))
    assert part(path, vml).count(b"ObjectType") == 1 + len(OWNED_COLUMNS)


def test_unchanged_members_keep_their_compressed_bytes(tmp_path):
    path = simple_tracker(tmp_path / "t.xlsx")
    replace_parts(path, {"docProps/custom.bin": b"\x00" * 100}, stored={"docProps/custom.bin"})
    with Archive(path) as archive:
        before = {i.filename: archive.raw(i) for i in archive.infolist()}
        kinds = {i.filename: i.compress_type for i in archive.infolist()}
    write(path)
    with Archive(path) as archive:
        for info in archive.infolist():
            assert info.compress_type == kinds.get(info.filename, zipfile.ZIP_DEFLATED)
            if info.filename in ("docProps/custom.bin", "xl/theme/theme1.xml"):
                assert archive.raw(info) == before[info.filename]


def test_header_found_through_shared_strings_on_rerun(tmp_path):
    """After Excel saves, our inline headers become shared strings; still found by text."""
    path = simple_tracker(tmp_path / "t.xlsx")
    write(path)
    sheet = part(path, "xl/worksheets/sheet1.xml")
    shared = (
        f'<sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>Follow-up status</t></si></sst>'
    ).encode()
    start = sheet.index(b'<c r="C1"')
    end = sheet.index(b"</c>", start) + 4
    style = re.search(rb's="(\d+)"', sheet[start:end]).group(1).decode()
    sheet = sheet[:start] + f'<c r="C1" s="{style}" t="s"><v>0</v></c>'.encode() + sheet[end:]
    types = part(path, "[Content_Types].xml").replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    rels = part(path, "xl/_rels/workbook.xml.rels").replace(
        b"</Relationships>",
        b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    )
    replace_parts(
        path,
        {
            "xl/worksheets/sheet1.xml": sheet,
            "xl/sharedStrings.xml": shared,
            "[Content_Types].xml": types,
            "xl/_rels/workbook.xml.rels": rels,
        },
    )
    write(path, {2: "Closed", 3: "Waiting"})
    values = [c.value for c in openpyxl.load_workbook(path).active[1]]
    assert values.count("Follow-up status") == 1
    assert status_column(path) == ["Follow-up status", "Closed", "Waiting"]


def test_drafts_title_added_to_app_properties(tmp_path):
    path = simple_tracker(tmp_path / "t.xlsx")
    app = (
        b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
        b'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        b'<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets'
        b"</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector>"
        b'</HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>Tracker'
        b"</vt:lpstr></vt:vector></TitlesOfParts></Properties>"
    )
    replace_parts(path, {"docProps/app.xml": app})
    drafts = pd.DataFrame({"Subject": ["Thanks"]})
    for _ in range(2):
        write(path, extra_sheets={"Drafts": drafts})
    new = part(path, "docProps/app.xml")
    assert b"<vt:i4>2</vt:i4>" in new
    assert (
        b'<vt:vector size="2" baseType="lpstr"><vt:lpstr>Tracker</vt:lpstr><vt:lpstr>Drafts' in new
    )
    assert openpyxl.load_workbook(path).sheetnames == ["Tracker", "Drafts"]


def test_strict_workbook_refused_untouched(tmp_path):
    path = simple_tracker(tmp_path / "t.xlsx")
    workbook = part(path, "xl/workbook.xml").replace(
        MAIN.encode(), b"http://purl.oclc.org/ooxml/spreadsheetml/main"
    )
    replace_parts(path, {"xl/workbook.xml": workbook})
    original = path.read_bytes()
    with pytest.raises(UnsafeWrite, match=r"^t.xlsx: it is saved as Strict Open XML"):
        write(path)
    assert path.read_bytes() == original


def test_encrypted_workbook_refused(tmp_path):
    path = tmp_path / "t.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(UnsafeWrite, match=r"^t.xlsx is password-protected"):
        write(path)


def test_not_a_zip_refused_untouched(tmp_path):
    path = tmp_path / "t.xlsx"
    path.write_bytes(b"not a zip")
    with pytest.raises(UnsafeWrite, match=r"^t.xlsx: it is not a readable xlsx package"):
        write(path)
    assert path.read_bytes() == b"not a zip"


def test_verify_rejects_a_changed_user_part(tmp_path):
    path = simple_tracker(tmp_path / "t.xlsx")
    other = tmp_path / "other.xlsx"
    other.write_bytes(path.read_bytes())
    replace_parts(other, {"xl/theme/theme1.xml": b"<a/>"})
    with pytest.raises(UnsafeWrite, match="xl/theme/theme1.xml changed"):
        verify.verify_package(path, other, touched=set())


def cut_off(data: bytes) -> bytes:
    return data[:-20]  # mid-element


def unbound(data: bytes) -> bytes:
    """A prefix used and never declared: expat without namespaces took it, so a written sheet
    that neither Excel nor openpyxl opens passed the check (outside test ot39, F3)."""
    at = data.rindex(b"</")
    return data[:at] + b'<x14ac:dyDescent r:id="rId9"/>' + data[at:]


@pytest.mark.parametrize("checker", ["verify_package", "verify_written"])
@pytest.mark.parametrize(
    ("broken", "damage", "why"),
    [
        ("xl/worksheets/sheet1.xml", cut_off, "unclosed token"),
        ("xl/styles.xml", cut_off, "unclosed token"),
        ("xl/worksheets/sheet1.xml", unbound, "unbound prefix"),
        ("xl/styles.xml", unbound, "unbound prefix"),
        (None, None, None),
    ],
)
def test_verify_parses_every_touched_part(tmp_path, checker, broken, damage, why):
    path = simple_tracker(tmp_path / "t.xlsx")
    other = tmp_path / "other.xlsx"
    other.write_bytes(path.read_bytes())
    touched = {"xl/worksheets/sheet1.xml", "xl/styles.xml"}

    def check() -> None:
        if checker == "verify_package":
            verify.verify_package(path, other, touched=touched)
        else:
            atomic.verify_written(other)

    if broken is None:
        check()
        return
    replace_parts(other, {broken: damage(part(other, broken))})
    with pytest.raises(UnsafeWrite, match=rf"^the new workbook does not read back \({why}: line"):
        check()


def test_sheet_xml_splitter_keeps_bytes():
    data = b'<?xml version="1.0"?>\n<w a="1">\n  <b/>\n  <c x=">">t<d/></c><!-- note -->\n</w>\n'
    doc = split_document(data)
    assert doc.join() == data
    assert [n.name for n in doc.nodes if n.name] == ["b", "c"]


def test_drafts_sheet_streamed_in_batches_reads_as_one(tmp_path):
    """The Drafts sheet is made a batch of rows at a time; the batches join into the same
    sheet whatever their size, with a column's kind and width decided on the whole column."""
    frame = pd.DataFrame(
        {
            "To": ["Dana", None, "Lee & Co <x>", "  padded "],
            "Due": pd.to_datetime(["2026-11-20", None, "2026-12-31", "2028-02-29"]),
            "Mixed": [None, None, None, datetime.date(2026, 1, 2)],  # a date only in the last
            "Draft": ["Hi Dana,\n\nThanks.", "", "x" * 90, "line\n" * 3],
            "Row": [2, 3, 5, 8],
        }
    )
    styles = styles_xml.OwnStyles(
        header_xf=1, header_wrapped_xf=9, date_xf=2, wrapped_xf=3, top_xf=4, dxfs=()
    )
    whole = extra_sheet.extra_sheet_xml(frame, styles, False)
    for batch in (1, 2, 3, 10):
        assert b"".join(extra_sheet.extra_sheet_chunks(frame, styles, False, batch=batch)) == whole
    assert whole.count(b'<c r="C5" s="2"><v>46024</v></c>') == 1  # the date in a late batch
    assert b'<c r="C2" s="2"/>' in whole  # empty cells of a date column keep its format
    assert b'width="80"' in whole and b'width="12"' in whole
    assert b"Lee &amp; Co &lt;x&gt;" in whole and b'xml:space="preserve">  padded ' in whole


CELL_TEXT_PIECES = ["a", " ", "\n", "\t", "&", "<", ">", "_x", "_x0041_", "\x01", "\x7f", "é"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.lists(
        st.one_of(
            st.none(),
            st.floats(allow_nan=True),
            st.integers(),
            st.lists(st.sampled_from(CELL_TEXT_PIECES), max_size=12).map("".join),
            st.text(max_size=20),
        ),
        max_size=30,
    )
)
def test_xml_texts_equal_the_slow_path_for_every_value(values: list[object]) -> None:
    """One scan over the joined column picks the texts needing work; the result must be what
    escaping every value one by one gives."""
    from followup_batch.write.xlsx.design import safe_text
    from followup_batch.write.xlsx.xmlbytes import cell_text_xml

    assert cells_xml.xml_texts(values) == [cell_text_xml(safe_text(v)) for v in values]


def test_xml_texts_cut_a_text_too_long_for_a_cell() -> None:
    from followup_batch.normalise.cells import MAX_CELL_TEXT

    texts = cells_xml.xml_texts(["short", "y" * (MAX_CELL_TEXT + 5), "a&b"])
    assert texts == ["short", "y" * (MAX_CELL_TEXT - 1) + "…", "a&amp;b"]


DRAFTS = pd.DataFrame(
    {
        "To": ["Dana Smith", "Lee & Co", None],
        "Due": pd.to_datetime(["2026-03-03", "2024-02-29", None]),
        "Draft": ["Hi Dana,\n\nThank you.", "x" * 200, ""],
    }
)


def parts_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.fixture(params=["in line", "aside"])
def checked(request, monkeypatch):  # type: ignore[no-untyped-def]
    """Each case with the written parts' XML checked in line and by a child process
    (``wellformed``: a big tracker's are checked aside; these small ones are made to be)."""
    if request.param == "aside":
        monkeypatch.setattr(wellformed, "ASIDE_ROWS", 0)
    return request.param


def assert_nothing_written(path: Path, original: bytes) -> None:
    """The tracker is its original bytes and no temporary file is left."""
    assert path.read_bytes() == original
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def broken_chunks(*_args, **_kwargs):
    yield b'<worksheet xmlns="' + MAIN.encode() + b'"><sheetData><row r="1">'
    yield b"</sheetData></worksheet>"  # <row> never closed


def test_a_drafts_sheet_that_is_not_xml_is_never_written(tmp_path, monkeypatch, checked):
    monkeypatch.setattr(own_parts, "extra_sheet_chunks", broken_chunks)
    path = simple_tracker(tmp_path / "t.xlsx")
    original = path.read_bytes()
    with pytest.raises(UnsafeWrite, match="not well-formed XML.*nothing was written"):
        write(path, extra_sheets={"Drafts": DRAFTS})
    assert_nothing_written(path, original)


def test_a_bug_making_the_drafts_sheet_raises_with_its_traceback(tmp_path, monkeypatch):
    def buggy(*_args, **_kwargs):
        raise ZeroDivisionError("a bug in the Drafts sheet")
        yield b""  # a generator, as extra_sheet_chunks is

    monkeypatch.setattr(own_parts, "extra_sheet_chunks", buggy)
    path = simple_tracker(tmp_path / "t.xlsx")
    original = path.read_bytes()
    with pytest.raises(ZeroDivisionError, match="a bug in the Drafts sheet"):
        write(path, extra_sheets={"Drafts": DRAFTS})
    assert_nothing_written(path, original)


def test_verify_reads_made_parts_to_their_end_without_parsing_them(tmp_path):
    """A part the tool made was parsed as it was made; verify checks its CRC, which binds the
    bytes on disk to the bytes parsed then — damage on disk is still caught."""
    path = simple_tracker(tmp_path / "t.xlsx")
    other = tmp_path / "other.xlsx"
    other.write_bytes(path.read_bytes())
    replace_parts(other, {"xl/worksheets/sheet2.xml": b"<not closed"})
    touched = {"xl/worksheets/sheet2.xml"}
    verify.verify_package(path, other, touched, made=touched)  # not parsed: accepted
    with pytest.raises(UnsafeWrite, match="does not read back"):
        verify.verify_package(path, other, touched)  # parsed: refused
    with Archive(other) as archive:
        info = archive.getinfo("xl/worksheets/sheet2.xml")
        start = archive.data_offset(info)
    data = bytearray(other.read_bytes())
    data[start + info.compress_size - 2] ^= 0xFF
    other.write_bytes(bytes(data))
    with pytest.raises(UnsafeWrite, match="does not read back"):
        verify.verify_package(path, other, touched, made=touched)


def written_package(tmp_path: Path) -> tuple[Path, Path, package.Written]:
    """A tracker and the package a write makes of it (not swapped in, not verified)."""
    path = simple_tracker(tmp_path / "t.xlsx")
    other = tmp_path / "other.xlsx"
    done = package.write_package(
        table(path), results(), path, other, AS_OF, plan.Additions({"Drafts": DRAFTS})
    )
    return path, other, done


def damaged_at(path: Path, name: str, damage) -> None:  # type: ignore[no-untyped-def]
    """The file with ``name``'s compressed bytes or directory entry damaged in place."""
    with Archive(path) as archive:
        info = archive.getinfo(name)
        start = archive.data_offset(info)
    data = bytearray(path.read_bytes())
    damage(data, info, start)
    path.write_bytes(bytes(data))


def flip_last_compressed_byte(data, info, start):  # type: ignore[no-untyped-def]
    data[start + info.compress_size - 1] ^= 0x01


def flip_first_compressed_byte(data, _info, start):  # type: ignore[no-untyped-def]
    data[start] ^= 0x80


def other_crc_in_directory(data, info, _start):  # type: ignore[no-untyped-def]
    """The central directory's CRC-32 of the member changed (its bytes left alone)."""
    entry = bytes(data).index(b"PK\x01\x02", bytes(data).rindex(b"PK\x03\x04"))
    name = info.filename.encode()
    while bytes(data[entry + 46 : entry + 46 + len(name)]) != name:
        entry = bytes(data).index(b"PK\x01\x02", entry + 4)
    data[entry + 16] ^= 0x01


def test_the_tracker_sheet_is_parsed_as_it_is_written_and_sealed(tmp_path, checked):
    """The tracker sheet parsed as it goes out is a made part: ``verify`` checks its bytes on
    disk against those written (``Sealed``) instead of inflating and parsing it again."""
    path, other, done = written_package(tmp_path)
    sheets = {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"}  # Tracker, Drafts
    assert (sheets <= done.made, sheets <= set(done.sealed)) == (True, True)
    with zipfile.ZipFile(other) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    seal = done.sealed["xl/worksheets/sheet1.xml"]
    assert (seal.crc, seal.file_size, seal.compress_size) == (
        info.CRC,
        info.file_size,
        info.compress_size,
    )
    verify.verify_package(path, other, done.touched, done.made, done.removed, done.sealed)


@pytest.mark.parametrize("name", ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (flip_last_compressed_byte, "{name} is damaged"),
        (flip_first_compressed_byte, "{name} is damaged"),
        (other_crc_in_directory, "the entry for {name} is not the one written"),
    ],
)
def test_a_sealed_part_damaged_on_disk_is_refused(tmp_path, name, damage, said):
    """Damage to a made part's bytes or directory entry after it was written is caught
    without inflating it: the written file does not read back, the original is kept."""
    path, other, done = written_package(tmp_path)
    damaged_at(other, name, damage)
    with pytest.raises(
        UnsafeWrite, match=re.escape(f"does not read back ({said.format(name=name)})")
    ):
        verify.verify_package(path, other, done.touched, done.made, done.removed, done.sealed)


def test_a_tracker_sheet_that_does_not_parse_as_written_is_left_to_verify(
    tmp_path, monkeypatch, checked
):
    """A tracker sheet that did not parse as it was written is not a made part: ``verify``
    parses it from disk and refuses it, naming what it found."""
    real_finish = cells_xml.RowMerger.finish

    def finish(self, emit):  # type: ignore[no-untyped-def]
        emit(b"<row r='9'><c r='A9'>")  # never closed
        real_finish(self, emit)

    monkeypatch.setattr(cells_xml.RowMerger, "finish", finish)
    path, other, done = written_package(tmp_path)
    assert ("xl/worksheets/sheet1.xml" in done.made, "xl/worksheets/sheet2.xml" in done.made) == (
        False,
        True,
    )
    with pytest.raises(UnsafeWrite, match=r"does not read back \(mismatched tag"):
        verify.verify_package(path, other, done.touched, done.made, done.removed, done.sealed)


def test_a_tracker_sheet_that_is_not_xml_is_never_written(tmp_path, monkeypatch, checked):
    """Broken merging is caught by the verification, which parses the new sheet: nothing is
    written."""
    real_finish = cells_xml.RowMerger.finish

    def finish(self, emit):  # type: ignore[no-untyped-def]
        emit(b"<row r='9'><c r='A9'>")  # never closed
        real_finish(self, emit)

    monkeypatch.setattr(cells_xml.RowMerger, "finish", finish)
    path = simple_tracker(tmp_path / "t.xlsx")
    original = path.read_bytes()
    with pytest.raises(UnsafeWrite, match="does not read back"):
        write(path)
    assert_nothing_written(path, original)


def test_a_sheet_over_the_zip_limit_is_refused_cleanly(tmp_path, monkeypatch):
    """A member over 2 GiB would need ZIP64, which the writer does not write: a clear refusal,
    nothing written (the limit lowered here so the test need not write 2 GiB; the theme made
    small so that only the sheet, written with many rows, is over it)."""
    path = simple_tracker(tmp_path / "t.xlsx")
    replace_parts(path, {"xl/theme/theme1.xml": b"<a/>"})
    original = path.read_bytes()
    monkeypatch.setattr(zipcontainer, "SIZE_LIMIT", 20_000)
    with pytest.raises(UnsafeWrite, match=r"sheet1\.xml is over 2 GiB.*nothing was written"):
        write(path, {row: "Waiting" for row in range(2, 500)})
    assert_nothing_written(path, original)


def test_new_sheets_never_take_a_part_name_that_differs_only_in_case(tmp_path):
    """A user's second sheet stored as ``xl/worksheets/Sheet2.xml`` (legal, some generators
    write it): the Drafts sheet was added as ``sheet2.xml``, one part name twice for Excel,
    which "repaired" the file by keeping one of the two sheets."""
    from followup_batch.batch import RunOptions, process_file
    from followup_batch.config import Config

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    sheet.append(["Company", "Position", "Interview Date", "Interviewer", "Interviewer Email"])
    sheet.append(["Acme", "Engineer", datetime.date(2026, 2, 27), "Dana Ortiz", "d@acme.com"])
    book.create_sheet("Notes")["A1"] = "my notes"
    path = tmp_path / "t.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as source:
        items = {i.filename: source.read(i) for i in source.infolist()}
    renamed = {
        name.replace("sheet2.xml", "Sheet2.xml"): data.replace(
            b"worksheets/sheet2.xml", b"worksheets/Sheet2.xml"
        )
        for name, data in items.items()
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in renamed.items():
            target.writestr(name, data)
    process_file(path, Config(), RunOptions(AS_OF))
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        notes = archive.read("xl/worksheets/Sheet2.xml")
    assert len({name.casefold() for name in names}) == len(names)
    assert "xl/worksheets/sheet3.xml" in names  # the Drafts sheet, beside the user's
    assert b"<f>" not in notes and notes == renamed["xl/worksheets/Sheet2.xml"]
    reread = openpyxl.load_workbook(path)
    assert reread["Notes"]["A1"].value == "my notes"
    assert "Drafts" in reread.sheetnames


def _rename_parts(path, renames: dict[str, str], extra: dict[str, bytes] | None = None) -> None:
    with zipfile.ZipFile(path) as source:
        items = {renames.get(i.filename, i.filename): source.read(i) for i in source.infolist()}
    items.update(extra or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in items.items():
            target.writestr(name, data)


def _tracker_with_a_link(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    sheet.append(["Company", "Position", "Interview Date", "Interviewer", "Interviewer Email"])
    sheet.append(["Acme", "Engineer", datetime.date(2026, 2, 27), "Dana Ortiz", "d@acme.com"])
    sheet["A2"].hyperlink = "https://acme.example/jobs/1"
    book.save(path)
    return path


def test_a_sheets_relationships_stored_in_another_case_are_its_own(tmp_path):
    """``_rels/Sheet1.xml.rels`` is the relationships part of ``sheet1.xml``: the tool wrote a
    second one beside it, whose rId1 (the comments) took over the user's link, and every later
    run refused the file as holding one name twice."""
    from followup_batch.batch import RunOptions, process_file
    from followup_batch.config import Config

    path = _tracker_with_a_link(tmp_path / "t.xlsx")
    upper = "xl/worksheets/_rels/Sheet1.xml.rels"
    _rename_parts(path, {"xl/worksheets/_rels/sheet1.xml.rels": upper})
    process_file(path, Config(), RunOptions(AS_OF))
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        rels = archive.read(upper)
    assert len({name.casefold() for name in names}) == len(names)
    assert b'Target="https://acme.example/jobs/1" TargetMode="External" Id="rId1"' in rels
    assert b"relationships/comments" in rels
    process_file(path, Config(), RunOptions(AS_OF + datetime.timedelta(days=1)))  # not refused


def test_a_sheet_its_workbook_names_in_another_case_is_written_into(tmp_path):
    """The workbook's relationship says ``worksheets/Sheet1.xml``, the part is ``sheet1.xml``:
    Excel and LibreOffice open it (part names compare ignoring case), and so must the writer —
    it said "the workbook has no worksheet to write into"."""
    from followup_batch.batch import RunOptions, process_file
    from followup_batch.config import Config

    path = _tracker_with_a_link(tmp_path / "t.xlsx")
    with zipfile.ZipFile(path) as archive:
        rels = archive.read("xl/_rels/workbook.xml.rels")
    assert b"/xl/worksheets/sheet1.xml" in rels
    spelled = rels.replace(b"/xl/worksheets/sheet1.xml", b"worksheets/Sheet1.xml")
    _rename_parts(path, {}, {"xl/_rels/workbook.xml.rels": spelled})
    process_file(path, Config(), RunOptions(AS_OF))
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        sheet_rels = archive.read("xl/worksheets/_rels/sheet1.xml.rels")
    assert len({name.casefold() for name in names}) == len(names)
    assert b'Target="https://acme.example/jobs/1"' in sheet_rels
    rows = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Tracker")
    header = rows.to_python()[0]
    assert header[:6] == [
        "Company", "Position", "Interview Date", "Interviewer", "Interviewer Email",
        "Follow-up status",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "renames",
    [
        {"xl/workbook.xml": "xl/Workbook.xml"},  # its relationships stay workbook.xml.rels
        {"xl/styles.xml": "xl/Styles.xml"},
        {"xl/workbook.xml": "xl/WORKBOOK.xml", "xl/styles.xml": "xl/Styles.xml"},
    ],
)
def test_a_part_stored_in_another_case_than_its_relationship_is_written(tmp_path, renames):
    """Part names compare ignoring case (OPC): a workbook stored as ``xl/Workbook.xml``, whose
    relationships are ``xl/_rels/workbook.xml.rels``, was refused ("There is no item named
    'xl/_rels/Workbook.xml.rels'"). It is written, and no name is added twice in two cases."""
    from followup_batch.batch import RunOptions, process_file
    from followup_batch.config import Config

    path = _tracker_with_a_link(tmp_path / "t.xlsx")
    _rename_parts(path, renames)
    process_file(path, Config(), RunOptions(AS_OF))
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        sheet = archive.read("xl/worksheets/sheet1.xml")
        strings = archive.read("xl/sharedStrings.xml") if "xl/sharedStrings.xml" in names else b""
    assert len({name.casefold() for name in names}) == len(names)
    assert set(renames.values()) <= set(names)
    assert b"Follow-up status" in sheet + strings
    assert b"<dxf>" in archive_part(path, renames.get("xl/styles.xml", "xl/styles.xml"))
    again = path.read_bytes()
    process_file(path, Config(), RunOptions(AS_OF))  # a second run changes nothing
    assert path.read_bytes() == again


def archive_part(path, name):
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def test_a_leftover_relationships_part_keeps_its_name_from_the_tools_sheets(tmp_path):
    from followup_batch.batch import RunOptions, process_file
    from followup_batch.config import Config

    path = _tracker_with_a_link(tmp_path / "t.xlsx")
    orphan = (
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'
    )
    _rename_parts(path, {}, {"xl/worksheets/_rels/Sheet2.xml.rels": orphan})
    process_file(path, Config(), RunOptions(AS_OF))
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    assert len({name.casefold() for name in names}) == len(names)
    assert "xl/worksheets/sheet2.xml" not in names  # the Drafts sheet went on to sheet3.xml
