"""The one model of the workbook package, used by sniffing, reading and writing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from followup_batch.read import package as model

MAIN = model.MAIN_NS
REL = model.REL_NS
PKG = model.PACKAGE_REL_NS


def rels(*items: tuple[str, str, str]) -> str:
    body = "".join(
        f'<Relationship Id="{i}" Type="{t}" Target="{target}"/>' for i, t, target in items
    )
    return f'<Relationships xmlns="{PKG}">{body}</Relationships>'


WORKBOOK = (
    f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><workbookPr date1904="1"/><sheets>'
    '<sheet name="Tracker &amp; notes" sheetId="1" r:id="rId1"/>'
    '<sheet name="Chart1" sheetId="2" r:id="rId2"/>'
    '<sheet name="Drafts" sheetId="3" r:id="rId3"/>'
    "</sheets><definedNames>"
    f'<definedName name="{model.GENERATED_SHEET_NAME}" localSheetId="2" hidden="1">'
    "'Drafts'!$A$1</definedName></definedNames></workbook>"
)
MEMBERS = {
    "[Content_Types].xml": (
        f'<Types xmlns="{model.CONTENT_TYPES_NS}"><Default Extension="xml" '
        'ContentType="application/xml"/><Override PartName="/xl/worksheets/sheet1.xml" '
        f'ContentType="{model.WORKSHEET_TYPE}"/></Types>'
    ),
    "_rels/.rels": rels(("rId1", model.OFFICE_DOCUMENT, "/xl/book.xml")),
    "xl/book.xml": WORKBOOK,
    "xl/_rels/book.xml.rels": rels(
        ("rId1", model.WORKSHEET_REL, "worksheets/sheet1.xml"),
        ("rId2", REL + "/chartsheet", "chartsheets/sheet1.xml"),
        ("rId3", model.WORKSHEET_REL, "/xl/worksheets/sheet2.xml"),
        ("rId4", model.STYLES_REL, "styles.xml"),
    ),
    "xl/worksheets/sheet1.xml": "<worksheet/>",
    "xl/worksheets/sheet2.xml": "<worksheet/>",
    "xl/chartsheets/sheet1.xml": "<chartsheet/>",
    "xl/styles.xml": "<styleSheet/>",
}


def a_zip(path: Path, members: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


class Reads:
    """A zip that records which members were read."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive, self.read_names = archive, []

    def namelist(self) -> list[str]:
        return self.archive.namelist()

    def infolist(self) -> list[zipfile.ZipInfo]:
        return self.archive.infolist()

    def read(self, name: str) -> bytes:
        self.read_names.append(name)
        return self.archive.read(name)


def test_open_package_reads_the_package_relationships_and_the_workbook_only(tmp_path):
    with zipfile.ZipFile(a_zip(tmp_path / "t.xlsx", MEMBERS)) as archive:
        reads = Reads(archive)
        found = model.open_package(reads)
    assert reads.read_names == ["_rels/.rels", "xl/book.xml"]
    assert found.workbook_part == "xl/book.xml"  # named by the relationship, not guessed
    assert found.date1904 and not found.strict and not found.binary and not found.encrypted


def test_sheets_their_parts_and_the_generated_one(tmp_path):
    with zipfile.ZipFile(a_zip(tmp_path / "t.xlsx", MEMBERS)) as archive:
        found = model.read_sheets(archive, "xl/book.xml")
    assert [(s.name, s.sheet_id, s.part, s.index) for s in found.sheets] == [
        ("Tracker & notes", 1, "xl/worksheets/sheet1.xml", 0),
        ("Chart1", 2, None, 1),  # a chart sheet has no worksheet part
        ("Drafts", 3, "xl/worksheets/sheet2.xml", 2),
    ]
    assert found.generated == {"Drafts"}
    assert found.worksheets == {
        "Tracker & notes": "xl/worksheets/sheet1.xml",
        "Drafts": "xl/worksheets/sheet2.xml",
    }
    assert found.part_of(model.STYLES_REL) == "xl/styles.xml"


@pytest.mark.parametrize(
    ("members", "part", "strict", "binary"),
    [
        ({"xl/workbook.xml": f'<workbook xmlns="{MAIN}"/>'}, "xl/workbook.xml", False, False),
        ({"xl/workbook.bin": "\x00"}, "xl/workbook.bin", False, True),
        (
            {"xl/workbook.xml": f'<workbook xmlns="{model.STRICT_MAIN_NS}"/>'},
            "xl/workbook.xml",
            True,
            False,
        ),
        ({"word/document.xml": "<w/>"}, None, False, False),
    ],
    ids=["no-relationships", "binary", "strict", "no-workbook"],
)
def test_workbook_part_where_excel_puts_it_when_nothing_names_it(
    tmp_path, members, part, strict, binary
):
    with zipfile.ZipFile(a_zip(tmp_path / "t.xlsx", members)) as archive:
        found = model.open_package(archive)
    assert (found.workbook_part, found.strict, found.binary) == (part, strict, binary)


@pytest.mark.parametrize(
    ("workbook_pr", "date1904"),
    [
        ('<workbookPr date1904="1"/>', True),
        ("<x:workbookPr x:codeName='a' date1904='true'/>", True),
        ('<workbookPr date1904="0"/>', False),
        ("<workbookPr/>", False),
    ],
)
def test_1904_dates(tmp_path, workbook_pr, date1904):
    workbook = f'<workbook xmlns="{MAIN}">{workbook_pr}</workbook>'
    with zipfile.ZipFile(a_zip(tmp_path / "t.xlsx", {"xl/workbook.xml": workbook})) as archive:
        assert model.open_package(archive).date1904 is date1904


def test_content_types_by_name_then_by_extension(tmp_path):
    with zipfile.ZipFile(a_zip(tmp_path / "t.xlsx", {**MEMBERS, "x.bin": "?"})) as archive:
        types = model.content_types(archive)
    assert types["xl/worksheets/sheet1.xml"] == model.WORKSHEET_TYPE
    assert types["xl/styles.xml"] == "application/xml"
    assert types["x.bin"] == "unknown"
    assert "[Content_Types].xml" not in types


@pytest.mark.parametrize("part", ["_rels/.rels", "xl/book.xml", "xl/_rels/book.xml.rels"])
def test_a_small_part_that_is_not_xml_is_named(tmp_path, part):
    path = a_zip(tmp_path / "t.xlsx", {**MEMBERS, part: "<not closed"})
    with (
        zipfile.ZipFile(path) as archive,
        pytest.raises(model.MalformedPackage, match=part.replace(".", r"\.")),
    ):
        found = model.open_package(archive)
        model.read_sheets(archive, found.workbook_part or "")


def test_encrypted_members_are_seen_without_reading_them(tmp_path):
    with zipfile.ZipFile(a_zip(tmp_path / "t.xlsx", MEMBERS)) as archive:
        archive.getinfo("xl/styles.xml").flag_bits |= model.ENCRYPTED
        assert model.open_package(archive).encrypted
