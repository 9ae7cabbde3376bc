"""File-level behaviour: refusals by bytes, limits, the calamine/openpyxl paths, column maps."""

from __future__ import annotations

import datetime as dt
import random
import re
import zipfile
from pathlib import Path

import pytest
from trackers import write_xlsx

from followup_batch.errors import ConfigError, TrackerNotFound, UnsupportedFile
from followup_batch.read import ReadOptions, csv_cells, parse_column_maps, read_trackers
from followup_batch.read import sniff as filetypes
from followup_batch.read import xlsx_cells as xlsx_grid

HEADER = ["Company", "Position", "Interview Date"]


# The start of a .fods as LibreOffice saves one.
FLAT_ODS = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n\n<office:document '
    b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3" '
    b'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n<office:body>'
    b'<office:spreadsheet><table:table table:name="Jobs"/></office:spreadsheet>'
    b"</office:body></office:document>\n"
)


def refusal(path: Path) -> str:
    with pytest.raises(UnsupportedFile) as error:
        read_trackers(path, ReadOptions())
    message = str(error.value)
    assert "\n" not in message
    return message


def a_zip(path: Path, members: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("t.csv", b"%PDF-1.7\n...", "t.csv is a PDF document, not a spreadsheet."),
        (
            "t.xls",
            b'<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"'
            b">",
            "t.xls is an Excel 2003 XML spreadsheet, which is not supported.",
        ),
        ("t.xls", b"<html><body><table>", "t.xls is a web page (HTML), not a spreadsheet"),
        # A UTF-8 byte-order mark then bytes that are not UTF-8 is UTF-8 with stray bytes
        # (``test_csv_stray_bytes``); a UTF-16 one then half a character is no text.
        (
            "t.csv",
            b"\xff\xfeC\x00o\x00\x00\xd8",
            "t.csv is not valid UTF-16-LE text although it starts as such",
        ),
        (
            "t.parquet",
            b"PAR1\x15\x04\x15",
            "t.parquet is a Parquet dataset, not a tracker. Run it with followup-batch run PATH",
        ),
        # LibreOffice's flat XML, as .ods is refused (report ot142 F3: "no header row with
        # Company…"), under its own name and another.
        (
            "t.fods",
            FLAT_ODS,
            "t.fods is an OpenDocument spreadsheet (.fods), which is not supported. Save it as "
            ".xlsx (File > Save As > Excel 2007-365) and run again.",
        ),
        (
            "t.csv",
            FLAT_ODS,
            "t.csv is an OpenDocument spreadsheet (.fods), which is not supported. Save it as "
            ".xlsx (File > Save As > Excel 2007-365) and run again.",
        ),
        # A text that names the namespace is no such file.
        (
            "t.csv",
            b"Company,Notes\nAcme,urn:oasis:names:tc:opendocument:xmlns:office\n",
            "",
        ),
    ],
)
def test_other_formats_are_refused_by_their_bytes(
    tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    if not expected:
        assert filetypes.sniff_kind(path) == "csv"
        return
    assert refusal(path).startswith(expected)


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        (
            {
                "_rels/.rels": RELS,
                "xl/workbook.xml": '<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"/>',
            },
            't.xlsx is saved as "Strict Open XML Spreadsheet", which is not supported.',
        ),
        ({"word/document.xml": "<w/>"}, "t.xlsx is a Word document, not a spreadsheet."),
        (
            {"content.xml": "<x/>", "META-INF/manifest.xml": "<m/>"},
            "t.xlsx is an OpenDocument spreadsheet (.ods)",
        ),
        ({"xl/worksheets/sheet1.xml": "<x/>"}, "t.xlsx is an Excel package without a workbook"),
    ],
)
def test_zip_packages_we_cannot_read(
    tmp_path: Path, members: dict[str, str], expected: str
) -> None:
    assert refusal(a_zip(tmp_path / "t.xlsx", members)).startswith(expected)


def test_encrypted_ooxml_is_refused_wherever_its_directory_sits(tmp_path: Path) -> None:
    path = tmp_path / "secret.xlsx"
    stream = "EncryptionInfo".encode("utf-16-le")
    path.write_bytes(filetypes.OLE2_MAGIC + b"\x00" * (2 << 20) + stream)
    assert refusal(path).startswith("secret.xlsx is password-protected (encrypted)")


def never_unpacked(monkeypatch: pytest.MonkeyPatch, part: str) -> None:
    """Fail the test when ``part`` of any zip is opened: a bomb is refused from the directory."""
    opened = zipfile.ZipFile.open

    def guarded(archive, name, *args, **kwargs):  # type: ignore[no-untyped-def]
        assert getattr(name, "filename", name) != part, f"{part} was unpacked"
        return opened(archive, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", guarded)


# A part over 64 MiB of zeros (a thousand-fold): beside a megabyte of pictures that do not
# pack, the package as a whole stays under 100-fold and the part is refused by its own ratio;
# alone, the package is.
@pytest.mark.parametrize(
    ("pictures", "expected"),
    [
        (1 << 20, "bomb.xlsx: the part xl/media/zeros.bin expands "),
        (0, "bomb.xlsx would expand "),
    ],
)
def test_zip_bomb_by_ratio_is_refused_from_the_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pictures: int, expected: str
) -> None:
    path = write_xlsx(tmp_path / "bomb.xlsx", {"S": [HEADER]})
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        if pictures:
            archive.writestr("xl/media/photo.bin", random.Random(1).randbytes(pictures))
        archive.writestr("xl/media/zeros.bin", b"\x00" * (65 << 20))
    never_unpacked(monkeypatch, "xl/media/zeros.bin")
    message = refusal(path)
    assert message.startswith(expected), message
    assert message.endswith(
        "refused as a possible zip bomb. Re-save it from Excel if it is a real tracker."
    )


@pytest.mark.slow
def test_a_gigabyte_of_zeros_is_refused_from_the_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """989,855,744 bytes of zeros, 1,029-fold in a 0.97 MB file: refused without a byte of it
    unpacked (measured: 1 ms of CPU)."""
    path = write_xlsx(tmp_path / "bomb.xlsx", {"S": [HEADER]})
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/media/zeros.bin", "w", force_zip64=True) as part,
    ):
        for _ in range(59):
            part.write(b"\x00" * (16 << 20))
    never_unpacked(monkeypatch, "xl/media/zeros.bin")
    assert refusal(path) == (
        "bomb.xlsx would expand 1025-fold to 944 MiB when unpacked (over 100-fold); refused as "
        "a possible zip bomb. Re-save it from Excel if it is a real tracker."
    )


# Under 64 MiB unpacked, a part may pack as tightly as it likes (outside test ot105 F4: a
# sheet of pasted emoji text, 211-fold at 1.2 MB, was refused as a zip bomb).
EMOJI = "\U0001f600\u0301\u0308" * 7_500  # 30,000 characters, in each of 20 rows' Notes
NOT_BOMBS = {
    "emoji text": ({}, [*HEADER, "Notes"], [["A", "Dev", "2026-11-03", EMOJI]] * 20, 200),
    "63 MiB of zeros": (
        {"xl/media/zeros.bin": 63 << 20},
        HEADER,
        [["A", "Dev", "2026-11-03"]],
        1000,
    ),
}


@pytest.mark.parametrize("case", list(NOT_BOMBS))
def test_a_part_under_64_mib_is_read_however_tightly_it_packs(tmp_path: Path, case: str) -> None:
    zeros, header, rows, fold = NOT_BOMBS[case]
    path = write_xlsx(tmp_path / "t.xlsx", {"S": [header, *rows]})
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        for name, size in zeros.items():
            archive.writestr(name, b"\x00" * size)
    with zipfile.ZipFile(path) as archive:
        tightest = max(i.file_size / i.compress_size for i in archive.infolist())
    assert tightest > fold  # what the case is: a part packed tighter than that
    (table,) = read_trackers(path, ReadOptions())
    assert list(table.cells["company"]) == ["A"] * len(rows)


def test_a_zip_with_two_parts_of_one_name_is_refused(tmp_path: Path) -> None:
    """Readers disagree on which of the two a name means (Python's zipfile takes the last):
    nothing the tool read or wrote could be trusted."""
    path = write_xlsx(tmp_path / "twice.xlsx", {"S": [HEADER, ["A", "Dev", "2026-11-03"]]})
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    with (
        pytest.warns(UserWarning, match="Duplicate name"),
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
    ):
        archive.writestr("xl/worksheets/sheet1.xml", sheet.replace(b"Dev", b"EVIL"))
    assert refusal(path) == (
        "twice.xlsx holds two parts named xl/worksheets/sheet1.xml, so readers disagree on what "
        "it says (Excel refuses such a file). Re-save it from the program that made it, or "
        "restore it from a backup."
    )


def test_a_zip_with_two_parts_of_one_name_but_case_is_refused(tmp_path: Path) -> None:
    """Part names are compared ignoring case: Excel "repairs" such a package by dropping one."""
    path = write_xlsx(tmp_path / "case.xlsx", {"S": [HEADER, ["A", "Dev", "2026-11-03"]]})
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/Sheet1.xml", sheet)
    assert refusal(path) == (
        "case.xlsx holds two parts named xl/worksheets/Sheet1.xml and xl/worksheets/sheet1.xml, "
        "so readers disagree on what it says (Excel refuses such a file). Re-save it from the "
        "program that made it, or restore it from a backup."
    )


def test_zip_bomb_by_total_size_and_big_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", {"S": [HEADER, ["A", "Dev", "2026-11-03"]]})
    monkeypatch.setattr(filetypes, "MAX_UNCOMPRESSED_BYTES", 1000)
    assert "refused as a possible zip bomb" in refusal(path)
    monkeypatch.setattr(filetypes, "MAX_FILE_BYTES", 100)
    size = path.stat().st_size
    assert refusal(path).startswith(f"t.xlsx is {size:,} bytes; trackers over 100 bytes are ")


MIB = 1 << 20


@pytest.mark.parametrize(
    ("size", "said"),
    [
        # Outside test OT18 F11: "it is 200 MiB; trackers over 200 MiB are refused".
        (200 * MIB + 369, "just over 200 MiB (209,715,569 bytes)"),
        (200 * MIB + MIB // 25, "just over 200 MiB (209,757,143 bytes)"),
        (200 * MIB + MIB // 15, "200.1 MiB"),
        (250 * MIB, "250.0 MiB"),
    ],
)
def test_the_size_of_a_file_over_the_limit_never_reads_as_the_limit(
    tmp_path: Path, size: int, said: str
) -> None:
    path = tmp_path / "t.csv"
    with path.open("wb") as sparse:
        sparse.truncate(size)  # no data written: the size alone is refused
    assert refusal(path) == (
        f"t.csv is {said}; trackers over 200 MiB are refused. Split it into smaller files."
    )
    with pytest.raises(UnsupportedFile) as refused:
        csv_cells.read_table(path)
    assert str(refused.value).startswith(f"t.csv is {said}; CSV trackers over 200 MiB are")


@pytest.mark.parametrize("through_a_link", [False, True], ids=["the file", "a link to it"])
@pytest.mark.parametrize(
    ("command", "word"),
    [(("run",), "FAILED"), (("run", "--dry-run"), "FAILED"), (("check",), "NOT READ")],
)
def test_a_file_over_the_limit_is_refused_before_a_byte_of_it_is_read(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: tuple[str, ...],
    word: str,
    through_a_link: bool,
) -> None:
    """A 2 GiB file was read in full, twice (the run's fingerprint of the version it reads),
    before "over 200 MiB": 12 s, and on a synced folder a download of it (ot43 F9)."""
    from click.testing import CliRunner

    from followup_batch.cli import main
    from followup_batch.write import atomic

    big = tmp_path / "big.csv"
    with big.open("wb") as sparse:
        sparse.truncate(2048 * MIB)
    named = big
    if through_a_link:
        named = tmp_path / "Ann Lee.csv"
        named.symlink_to(big.name)
    read: list[Path] = []
    fingerprint = atomic.fingerprint
    monkeypatch.setattr(atomic, "fingerprint", lambda p: read.append(p) or fingerprint(p))
    result = CliRunner().invoke(main, [*command, str(named), "--as-of", "2026-11-20"])
    assert result.exit_code == 1
    assert f"{named.name}: {word} — it is 2048.0 MiB; trackers over 200 MiB are refused. " in (
        result.stdout + result.stderr
    )
    assert read == []


def test_openpyxl_reads_when_calamine_cannot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*reading: object) -> xlsx_grid.WorkbookGrid:
        raise xlsx_grid._CalamineFailed()

    rows = [["title"], [], HEADER, ["A", "Dev", dt.datetime(2026, 11, 3)], [], ["B", "PM", True]]
    path = write_xlsx(tmp_path / "t.xlsx", {"S": rows})
    with_calamine = read_trackers(path, ReadOptions())[0]
    monkeypatch.setattr(xlsx_grid, "_calamine_grids", fail)
    with_openpyxl = read_trackers(path, ReadOptions())[0]
    assert list(with_openpyxl.cells.index) == list(with_calamine.cells.index) == [4, 6]
    # A date cell at midnight is a date from either reader (openpyxl's datetime is not kept).
    assert with_openpyxl.cells.loc[4].tolist() == ["A", "Dev", dt.date(2026, 11, 3)]
    assert with_calamine.cells.loc[4].tolist() == ["A", "Dev", dt.date(2026, 11, 3)]


# LibreOffice's ways of saving a date format (its own export, a US locale, a German one).
@pytest.mark.parametrize(
    "number_format", ["yyyy-mm-dd", "yyyy\\-mm\\-dd", "YYYY-MM-DD", "[$-409]M/D/YYYY", "DD.MM.YY"]
)
def test_a_problem_quotes_a_long_sheets_date_without_a_time(
    tmp_path: Path, number_format: str
) -> None:
    """A formatted cell at row 1048576 has the sheet read by openpyxl (calamine would hold a
    million rows), whose midnight datetime a problem quoted as "2026-11-04 00:00:00" (ot128
    F4; LibreOffice's empty row 1048576 once did the same)."""
    import openpyxl
    from click.testing import CliRunner
    from trackers import rewrite_sheet

    from followup_batch.cli import main

    rows = [[*HEADER, "Status"], ["Delta", "Designer", dt.datetime(2026, 11, 4), "Applied"]]
    path = write_xlsx(tmp_path / "Maya Chen.xlsx", {"Job Hunt": rows})
    book = openpyxl.load_workbook(path)
    book["Job Hunt"]["C2"].number_format = number_format
    book.save(path)
    far = b'<row r="1048576"><c r="C1048576" s="1"/></row>'
    rewrite_sheet(path, lambda xml: xml.replace(b"</sheetData>", far + b"</sheetData>"))
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", "2026-11-20"])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path)["Job Hunt"]
    problems = next(c.column for c in sheet[1] if c.value == "Problems")
    assert sheet.cell(2, problems).value.startswith(
        'C2: "2026-11-04" is Wed 2026-11-04, but "Applied"'
    )


def test_a_stray_value_far_away_is_streamed_not_allocated(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", {"S": [HEADER, ["A", "Dev", "2026-11-03"]]})
    with zipfile.ZipFile(path) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    xml = members["xl/worksheets/sheet1.xml"]
    members["xl/worksheets/sheet1.xml"] = xml.replace(
        b"</sheetData>",
        b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
    )
    table = read_trackers(a_zip(tmp_path / "far.xlsx", members), ReadOptions())[0]
    assert list(table.cells.index) == [2]


def test_forced_csv_encoding(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes("Company,Position,Interview Date\nCafé,Dév,2026-11-03\n".encode("cp1252"))
    table = read_trackers(path, ReadOptions(encoding="latin-1"))[0]
    assert table.cells.loc[2, "company"] == "Café"
    with pytest.raises(UnsupportedFile) as raised:
        read_trackers(path, ReadOptions(encoding="utf-8"))
    # Where, and which encoding the file is in (ot110 F9: Python's codec text, and "try
    # cp1252 or utf-8" under utf-8).
    assert str(raised.value) == (
        "t.csv: not UTF-8 text as --encoding or the config's encoding says: byte 0xe9 at "
        "offset 35 (line 2) is not UTF-8; the file reads as Windows-1252: name that encoding "
        "(--encoding cp1252), or leave --encoding out to have it told from the file"
    )


XXE = b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


@pytest.mark.parametrize(
    ("prolog", "said"),
    [
        (XXE, "declares a document type (<!DOCTYPE>)"),
        (
            b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
            "declares a document type (<!DOCTYPE>)",
        ),
        # Behind a comment or an instruction that holds "<x" (the root's look), or padding.
        (b"<!-- <x> -->" + XXE, "declares a document type (<!DOCTYPE>)"),
        (b"<?pi <x ?>" + XXE, "declares a document type (<!DOCTYPE>)"),
        (b" " * 70_000 + XXE, "has over 64 KB before its first element"),
    ],
    ids=["external entity", "entity expansion", "after a comment", "after a PI", "padded"],
)
def test_a_part_declaring_a_document_type_is_refused_by_name(
    tmp_path: Path, prolog: bytes, said: str
) -> None:
    """Refused before too, but with a parser's words ("ParseError: undefined entity &xxe;")
    and no part named; and a comment or padding in front of it got past the first check."""
    path = _with_prolog(tmp_path / "t.xlsx", prolog)
    assert refusal(path) == (
        f"t.xlsx: its part xl/worksheets/sheet1.xml {said}, which Excel never writes and which "
        "can carry an attack on the program reading it; refused. Re-save it from Excel, or "
        "restore it from a backup."
    )


def test_a_comment_that_mentions_a_document_type_is_no_document_type(tmp_path: Path) -> None:
    path = _with_prolog(tmp_path / "t.xlsx", b"<!-- no <!DOCTYPE> here -->")
    (table,) = read_trackers(path, ReadOptions())
    assert table.cells.loc[2, "company"] == "A"


def test_a_document_type_in_utf16_or_in_a_part_of_any_name_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", {"S": [HEADER, ["A", "Dev", "2026-11-03"]]})
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "customXml/item1.dat",
            "<?xml version='1.0'?>".encode("utf-16")
            + XXE.decode().encode("utf-16-le")
            + "<r/>".encode("utf-16-le"),
        )
    assert "its part customXml/item1.dat declares a document type" in refusal(path)


def test_an_svg_picture_with_a_document_type_is_read(tmp_path: Path) -> None:
    """Illustrator's SVG starts with <!DOCTYPE svg ...>; pictures are not read as XML, and the
    check refused a tracker holding one (an outside re-test of 71142a4)."""
    path = write_xlsx(tmp_path / "t.xlsx", {"S": [HEADER, ["A", "Dev", "2026-11-03"]]})
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"<Default ", b'<Default Extension="svg" ContentType="image/svg+xml"/><Default ', 1
    )
    parts["xl/media/image1.svg"] = (
        b'<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
        b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg/>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    (table,) = read_trackers(path, ReadOptions())
    assert table.cells.loc[2, "company"] == "A"


def test_a_document_type_in_utf16_without_its_mark_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", {"S": [HEADER, ["A", "Dev", "2026-11-03"]]})
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("customXml/item1.xml", (XXE.decode() + "<r/>").encode("utf-16-le"))
    assert "its part customXml/item1.xml declares a document type" in refusal(path)


def _with_prolog(path: Path, prolog: bytes) -> Path:
    """A tracker whose sheet's XML has ``prolog`` after its declaration."""
    write_xlsx(path, {"S": [HEADER, ["A", "Dev", "2026-11-03"]]})
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    declaration_end = sheet.index(b"?>") + 2 if sheet.startswith(b"<?xml") else 0
    parts["xl/worksheets/sheet1.xml"] = sheet[:declaration_end] + prolog + sheet[declaration_end:]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize("name", ["zeros.csv", "zeros.xlsx"])
def test_a_file_of_zero_bytes_is_damaged_not_utf16(tmp_path: Path, name: str) -> None:
    """What a crash leaves: it was told to use --encoding utf-16-le."""
    path = tmp_path / name
    path.write_bytes(bytes(20_000))
    with pytest.raises(UnsupportedFile) as refused:
        read_trackers(path, ReadOptions())
    assert str(refused.value).startswith(f"{name} holds nothing but zero bytes")


def test_random_bytes_named_like_a_tracker_say_what_to_do(tmp_path: Path) -> None:
    """It said only "not a text file (it contains NUL bytes)"."""
    path = tmp_path / "random.xlsx"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(UnsupportedFile) as refused:
        read_trackers(path, ReadOptions())
    assert str(refused.value) == (
        "random.xlsx is neither a workbook nor a text file (it holds binary data): it may be "
        "damaged, or another program's file. Restore it from a backup (.followup-backups/ "
        "beside it), or save it from your spreadsheet program as .xlsx or .csv"
    )


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        # Outside test ot8 finding 8: it said "no header row with Company, Position and ...".
        (
            "notes.xlsx",
            "hello\n",
            "notes.xlsx is a text file, not an Excel workbook (its name ends in .xlsx), and it "
            "holds no tracker table. If it was your tracker, restore it from a backup "
            "(.followup-backups/ beside it) or open the original in Excel and save it as Excel "
            "Workbook (.xlsx).",
        ),
        # A CSV tracker under a workbook's name, missing a column: both are said.
        (
            "jobs.xlsm",
            "Company,Position,When\nAcme,Dev,2026-11-03\n",
            "jobs.xlsm is a text file, not an Excel workbook (its name ends in .xlsm); read as a "
            "CSV: jobs.xlsm is an application log without dates (Company, Position, When): "
            'nothing can be scheduled without one. "When" holds dates: map it with --map '
            '"When=applied_at" if they are the days you applied, --map "When=interview_at" if '
            "the interviews'; or add a Date Applied or Interview Date column.",
        ),
    ],
)
def test_a_text_file_named_like_a_workbook_says_it_is_none(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TrackerNotFound) as refused:
        read_trackers(path, ReadOptions())
    assert str(refused.value) == message


def test_a_csv_tracker_named_like_a_workbook_is_read_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "jobs.xlsx"
    path.write_text("Company,Position,Interview Date\nAcme,Dev,2026-11-03\n", encoding="utf-8")
    (table,) = read_trackers(path, ReadOptions())
    assert table.kind == "csv"
    assert table.notes == [
        "it is a text (CSV) file under a workbook's name: it is read and written as "
        "text; rename it jobs.csv so that programs open it as one."
    ]


@pytest.mark.parametrize("order", ["le", "be"])
def test_utf16_without_a_byte_order_mark(tmp_path: Path, order: str) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(
        "Company,Position,Interview Date\nCafé,Dev,2026-11-03\n".encode(f"utf-16-{order}")
    )
    with pytest.raises(UnsupportedFile) as refused:
        read_trackers(path, ReadOptions())
    assert str(refused.value) == (
        "t.csv looks like UTF-16 text without a byte-order mark; name its encoding with "
        f"--encoding utf-16-{order}."
    )
    table = read_trackers(path, ReadOptions(encoding=f"utf-16-{order}"))[0]
    assert table.cells.loc[2, "company"] == "Café"


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["Date of chat=interview_at"], {"Date of chat": "interview_at"}),
        ([" Firm = company ", "a=b=position"], {"Firm": "company", "a=b": "position"}),
        ([], {}),
    ],
)
def test_parse_column_maps(values: list[str], expected: dict[str, str]) -> None:
    assert parse_column_maps(values) == expected


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (["Firm"], "--map 'Firm': write it as \"Their Header=field\""),
        (["=company"], "--map '=company': write it as"),
        (["Firm=employer"], "column map: unknown field 'employer'; the fields are: company,"),
    ],
)
def test_parse_column_maps_errors(values: list[str], message: str) -> None:
    with pytest.raises(ConfigError) as error:
        parse_column_maps(values)
    assert str(error.value).startswith(message)


FAR_CELL = b'<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>'
FAR_ROW = b'<row r="1048576">' + FAR_CELL + b"</row>"


def _narrow_dimension(xml: bytes) -> bytes:
    xml = xml.replace(b"</sheetData>", FAR_ROW + b"</sheetData>")
    start = xml.index(b"<dimension")
    end = xml.index(b">", start) + 1
    return xml[:start] + b'<dimension ref="A1:A1048576"/>' + xml[end:]


def _cell_beyond_its_row(xml: bytes) -> bytes:
    return xml.replace(b"</row></sheetData>", FAR_CELL + b"</row></sheetData>")


def _far_row_first(xml: bytes) -> bytes:
    at = xml.index(b"<sheetData>") + len(b"<sheetData>")
    return xml[:at] + FAR_ROW + xml[at:]


@pytest.mark.parametrize(
    "hostile", [_narrow_dimension, _cell_beyond_its_row, _far_row_first], ids=lambda f: f.__name__
)
def test_a_sheet_that_lies_about_its_extent_never_reaches_the_dense_reader(
    tmp_path: Path, hostile: object
) -> None:
    """calamine allocates rows x columns up to the farthest cell (512 GB for XFD1048576) and
    aborts the process; the extent is measured from the cells, never taken from the sheet's
    word, and such a sheet is streamed."""
    import subprocess
    import sys

    path = write_xlsx(tmp_path / "t.xlsx", {"S": [HEADER, ["A", "Dev", "2026-11-03"]]})
    with zipfile.ZipFile(path) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    xml = hostile(members["xl/worksheets/sheet1.xml"])  # type: ignore[operator]
    members["xl/worksheets/sheet1.xml"] = xml
    assert xlsx_grid.dense_cells(xml) > xlsx_grid.MAX_DENSE_CELLS
    far = a_zip(tmp_path / "far.xlsx", members)
    code = (
        "import sys; from pathlib import Path; from followup_batch.read import ReadOptions, "
        "read_trackers; from followup_batch.errors import FollowupError\n"
        "try: print(list(read_trackers(Path(sys.argv[1]), ReadOptions())[0].cells.index))\n"
        "except FollowupError as e: print('refused:', e)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(far)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    # Rows out of order are read in the file's order: the header is then not found at the top.
    assert done.stdout.strip() == "[2]" or done.stdout.startswith("refused: far.xlsx")


@pytest.mark.parametrize(
    ("members", "size", "expected"),
    [
        # One member over 64 MiB, a thousand-fold: the package as a whole is.
        (1, 65 << 20, "bomb.xlsx would expand "),
        # Many members under 1 MiB each: together a 100 MiB package from a few hundred KB.
        (110, 1000 << 10, "bomb.xlsx would expand "),
    ],
)
def test_zip_bombs_with_honest_sizes_are_refused_before_reading(
    tmp_path: Path, members: int, size: int, expected: str
) -> None:
    path = write_xlsx(tmp_path / "bomb.xlsx", {"S": [HEADER]})
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        for n in range(members):
            archive.writestr(f"xl/media/m{n}.bin", b"<row/>" * (size // 6))
    message = refusal(path)
    assert message.startswith(expected), message
    assert "refused as a possible zip bomb" in message


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('Company,Position,Interview Date\nAcme,"Dev,2026-02-20\nBeta,PM,2026-02-21\n', 2),
        ('Company,Position,Interview Date\nAcme,Dev,2026-02-20\nBeta,PM,"2026-02-21', 3),
        # A quoted cell over two lines is closed: read, not refused.
        ('Company,Position,Interview Date\nAcme,"Dev\nlead",2026-02-20\n', None),
        # A quote inside an unquoted cell is a character (as Excel reads it).
        ('Company,Position,Interview Date\nAcme,Dev 5" screen,2026-02-20\n', None),
    ],
)
def test_a_csv_quote_never_closed_is_refused(tmp_path: Path, text: str, line: int | None) -> None:
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    if line is None:
        (table,) = read_trackers(path, ReadOptions())
        assert table.cells["company"].tolist() == ["Acme"]
        return
    with pytest.raises(UnsupportedFile) as refused:
        read_trackers(path, ReadOptions())
    assert str(refused.value) == (
        f't.csv has a quote (") starting a cell on line {line} that is never closed, so the '
        "rest of the file would be read as that one cell; nothing was read or written. Close "
        "or remove the quote and run again."
    )


RUNS_ON = (
    't.csv has a quote (") starting a cell on line {line} that is not closed on that line: '
    "the cell runs on {how}, so rows would be read as one cell; nothing was read or written. "
    "Close or remove the quote and run again."
)

# Rows above the header, as a spreadsheet template has them: a title, a tip, a blank row.
# Excel and Google Sheets export each as wide as the sheet (``padded``); a file typed by hand
# has a title of one cell. The header row, not the first row, is what a row of the file is.
TITLE_BLOCKS = {
    "no-title": ((), False),
    "a-title-of-one-cell": (("Job search 2026",), False),
    "a-title-and-a-tip": (("JOB SEARCH TRACKER 2026", '"Tip: tick the box when done!"'), True),
    "a-title-a-tip-and-a-blank-row": (("JOB SEARCH TRACKER 2026", "Tip: follow up!", ""), True),
}


def titled(text: str, title: str) -> tuple[bytes, int]:
    """``text`` (a header row, then rows) under the title block ``title`` (``TITLE_BLOCKS``),
    in its header's delimiter and line break; and how many lines the block takes."""
    rows, padded = TITLE_BLOCKS[title]
    header = text.splitlines(keepends=True)[0]
    newline = "\r\n" if header.endswith("\r\n") else "\n"
    delimiter = ";" if ";" in header else ","
    pad = delimiter * header.count(delimiter) if padded else ""
    return "".join(row + pad + newline for row in rows).encode() + text.encode(), len(rows)


@pytest.mark.parametrize(
    ("text", "line", "how"),
    [
        # Outside test OT18 F1: the quote typed before "Loopline" is closed by the one that
        # opens the next row's Position, and that row's follow-up went to Loopline's position.
        pytest.param(
            "Client,Company,Position,Date Applied,Interview Date\n"
            "Maya,Brightwave,PM,,2026-11-20\n"
            'Maya,"Loopline,PM,,2026-11-20\n'
            'Maya,Pixelforge,"Product Manager, Games",,2026-11-17\n'
            "Maya,Nimbus,Growth PM,,2026-11-02\n",
            3,
            "over line 4, which reads as a row of its own",
            id="closed-by-the-next-rows-quote",
        ),
        # Closed rows further down, by a quote of a cell of its own: the first row taken in
        # is named, day-first dates and semicolons as a German Excel writes them.
        pytest.param(
            "Company;Position;Interview Date\r\n"
            'Acme;"Dev;20.02.2026\r\n'
            "Beta;PM;21.02.2026\r\n"
            "Gamma;PM;22.02.2026\r\n"
            'Delta;"PM";23.02.2026\r\n',
            2,
            "over line 3, which reads as a row of its own",
            id="closed-rows-below-semicolons",
        ),
        # The row that closes it is short by a cell (typed by hand), but its quote opened a
        # cell: text follows the closing quote.
        pytest.param(
            "Company,Position,Interview Date,Notes\n"
            "Acme,Dev,2026-02-20,ok\n"
            'Beta,"PM,2026-02-21,\n'
            'Gamma,"Lead, PM",2026-02-22\n'
            "Delta,PM,2026-02-23,ok\n",
            3,
            "to line 4, where its closing quote is followed by more text (as a quote opening a "
            "cell of a later row is)",
            id="closing-quote-then-text",
        ),
        # Outside test OT20 F5: dates written "Nov 19 2026", as the tracker's date columns
        # read them, and the quote closed by the next row's last cell ("monitor 27"): the Beta
        # row went into Acme's Notes and had no follow-up.
        pytest.param(
            "Company,Position,Interview Date,Interview Type,Interviewer,Notes\r\n"
            'Acme,PM,18 Nov 2026,Video,Dana Ortiz,"salary 120k\r\n'
            'Beta,Analyst,Nov 19 2026,Phone,Sam Park,monitor 27"\r\n'
            'Gamma,Dev,"Nov 19, 2026",Phone,Kim Ng,plain\r\n',
            2,
            "over line 3, which reads as a row of its own",
            id="closed-by-a-rows-last-cell-text-dates",
        ),
        # The same with a row between, day-first dates: the row is well formed, so the line
        # its quote closes on is named.
        pytest.param(
            "Company,Position,Interview Date,Notes\n"
            'Acme,PM,18 Nov 2026,"salary 120k\n'
            "Beta,Analyst,19 Nov 2026,ok\n"
            'Gamma,Dev,20 Nov 2026,monitor 27"\n',
            2,
            "over line 4, which reads as a row of its own",
            id="a-row-between-day-first-text-dates",
        ),
        # A quote typed into a middle column, closed by a stray quote at the end of the same
        # column of a row below, the rest of that row after it: the row read is well formed,
        # and Beta's and Gamma's rows were Acme's Notes, silently.
        pytest.param(
            "Company,Position,Notes,Interview Date\n"
            'Acme,PM,"Great chat,2026-02-20\n'
            "Beta,Dev,fine,2026-02-21\n"
            'Gamma,QA,monitor 27",2026-02-22\n'
            "Delta,PM,ok,2026-02-23\n",
            2,
            "over line 4, which reads as a row of its own",
            id="middle-column-closed-by-a-stray-quote-rows-between",
        ),
        # The same on the next row, in a file of CRLF records as Excel writes them: the line
        # break the cell holds is a record's, not a cell's own LF.
        pytest.param(
            "Company;Position;Notes;Interview Date\r\n"
            'Acme;PM;"Great chat;20.02.2026\r\n'
            'Beta;Dev;monitor 27";21.02.2026\r\n'
            "Gamma;QA;ok;22.02.2026\r\n",
            2,
            "over line 3, which reads as a row of its own",
            id="middle-column-closed-on-the-next-row-crlf",
        ),
    ],
)
@pytest.mark.parametrize("title", list(TITLE_BLOCKS))
def test_a_csv_quote_left_open_until_a_later_row_is_refused(
    tmp_path: Path, text: str, line: int, how: str, title: str
) -> None:
    path = tmp_path / "t.csv"
    data, above = titled(text, title)
    path.write_bytes(data)
    how = re.sub(r"line (\d+)", lambda number: f"line {int(number[1]) + above}", how)
    assert refusal(path) == RUNS_ON.format(line=line + above, how=how)


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        # Notes over lines, as Excel and Google Sheets export them: commas and a date inside.
        pytest.param(
            "Company,Position,Interview Date,Notes\r\n"
            'Acme,Dev,2026-02-20,"Call went well, Bob said\r\nnext round 2026-03-01, maybe"\r\n'
            "Beta,PM,2026-02-21,\r\n",
            ["Call went well, Bob said\r\nnext round 2026-03-01, maybe", ""],
            id="notes-with-a-date",
        ),
        # A line with as many commas as a row has, but no date in it: a list of names.
        pytest.param(
            "Company,Position,Interview Date,Notes\n"
            'Acme,Dev,2026-02-20,"Panel:\nBob, Ann, Joe, Kim"\n',
            ["Panel:\nBob, Ann, Joe, Kim"],
            id="names-as-many-as-a-row",
        ),
        # A line that is a date alone, and a blank line, in a cell of a semicolon file.
        pytest.param(
            "Company;Position;Interview Date;Notes\n"
            'Acme;Dev;20.02.2026;"Next:\n\n27.02.2026\nsee ""Bob""; ask"\n',
            ['Next:\n\n27.02.2026\nsee "Bob"; ask'],
            id="a-date-alone-semicolons",
        ),
        # The tool's own draft: a letter whose lines hold commas.
        pytest.param(
            "Company,Position,Interview Date,Notes\n"
            'Acme,Dev,2026-02-20,"Hi Dana,\n\nThank you, again, for Friday, 2026-02-20.\n'
            'Best regards,\nMaya"\n',
            ["Hi Dana,\n\nThank you, again, for Friday, 2026-02-20.\nBest regards,\nMaya"],
            id="a-draft-letter",
        ),
        # Outside test OT20 F5: a call log as Excel writes it, quoted and closed; its middle
        # line has a row's number of cells, one a date, but the row stays well formed.
        pytest.param(
            "Company,Position,Interview Date,Interview Type,Interviewer,Notes\r\n"
            'Acme,PM,2026-11-18,Video,Dana Ortiz,"Call log:\r\n'
            "recruiter, phone, Sam, 20 min, 2026-11-10, positive\r\n"
            'next: onsite"\r\n'
            "Beta,Analyst,2026-11-19,Phone,Sam Park,plain\r\n",
            [
                "Call log:\r\nrecruiter, phone, Sam, 20 min, 2026-11-10, positive\r\nnext: onsite",
                "plain",
            ],
            id="a-call-log-line-as-many-cells-as-a-row",
        ),
        # A topic of such lines in a middle column, a date of each spelling in them.
        pytest.param(
            "Company,Topic,Position,Interview Date\n"
            'Acme,"Agenda:\nintro, Nov 19 2026, Sam, ok\npricing, 2026-11-19, Kim, ok\nwrap-up",'
            "PM,2026-11-18\n",
            ["Agenda:\nintro, Nov 19 2026, Sam, ok\npricing, 2026-11-19, Kim, ok\nwrap-up"],
            id="topic-lines-with-text-dates",
        ),
        # A cell of several lines at the front of its row (the tool's Why, moved there by the
        # person, was refused so): its last line holds the rest of the row, a date among it.
        pytest.param(
            "Topic,Company,Position,Interview Date\n"
            '"1st check-in: due Fri 2026-02-27, 5 business days\nafter the interview",'
            "Acme,Dev,2026-02-20\n",
            ["1st check-in: due Fri 2026-02-27, 5 business days\nafter the interview"],
            id="a-first-cell-of-several-lines-before-the-rest-of-its-row",
        ),
        # An Excel export (CRLF records, a cell's own line breaks LF, quotes doubled): a closed
        # note, the row's last cell, whose last line reads exactly as a row of the file.
        pytest.param(
            "Company,Position,Interview Date,Notes\r\n"
            'Acme,PM,2026-11-18,"Dana said ""strong fit"".\nReferred on to:\n'
            'Beta,Engineer,2026-11-19,Sam"\r\n'
            "Beta,Analyst,2026-11-19,plain\r\n",
            ['Dana said "strong fit".\nReferred on to:\nBeta,Engineer,2026-11-19,Sam', "plain"],
            id="an-excel-export-note-whose-last-line-reads-as-a-row",
        ),
        # A note's last line with a row's number of cells and a date, but the date where the
        # file's rows hold an interviewer: no row of this file.
        pytest.param(
            "Company,Position,Interview Date,Interviewer,Notes\n"
            "Beta,Dev,2026-11-17,Kim,plain\n"
            'Acme,PM,2026-11-18,Dana,"Next steps:\nSam, phone, Kim, 2026-11-25, ok"\n'
            "Gamma,QA,2026-11-19,Lee,\n",
            ["plain", "Next steps:\nSam, phone, Kim, 2026-11-25, ok", ""],
            id="a-last-line-with-its-date-out-of-the-date-column",
        ),
    ],
)
@pytest.mark.parametrize("title", list(TITLE_BLOCKS))
def test_a_csv_cell_of_several_lines_is_read(
    tmp_path: Path, text: str, notes: list[str], title: str
) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(titled(text, title)[0])
    (table,) = read_trackers(path, ReadOptions())
    assert table.cells["topic"].fillna("").tolist() == notes


@pytest.mark.parametrize(
    ("text", "encoding", "detected"),
    [
        # Mac Excel's "CSV (Macintosh)": é is 0x8E (Windows-1252's Ž), ü 0x9F (Ÿ), Å 0x81.
        ("Café Müller,Ingénieur", "mac_roman", "mac_roman"),
        ("Åsa Öberg,Ingenjör", "mac_roman", "mac_roman"),
        ("Crème Brûlée Ltd,Chef", "mac_roman", "mac_roman"),
        # Windows-1252 stays Windows-1252: its accented letters, its quotes and dashes, and a
        # name with one rare letter (Škoda).
        ("Café Müller,Ingénieur", "cp1252", "cp1252"),
        ("O’Brien “Consulting” – Ltd,PM", "cp1252", "cp1252"),
        ("Škoda,PM", "cp1252", "cp1252"),
    ],
)
def test_mac_roman_is_told_from_windows_1252(
    tmp_path: Path, text: str, encoding: str, detected: str
) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(f"Company,Position,Interview Date\n{text},2026-11-03\n".encode(encoding))
    table = read_trackers(path, ReadOptions())[0]
    assert table.csv is not None and table.csv.fmt.encoding == detected
    assert ",".join(table.cells.loc[2, ["company", "position"]]) == text


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["utf-8", "utf-8-bom"])
def test_a_csv_is_read_without_keeping_its_bytes_beside_its_text(
    tmp_path: Path, bom: bytes
) -> None:
    """A CSV's cells are cut from its text once its bytes are let go (and the bytes after a
    byte-order mark are decoded without a copy): a file of one 20 MiB cell is the text and
    the cell at most, twice its size, where it was three times (a 190 MiB file took 1.7 GB)."""
    import tracemalloc

    path = tmp_path / "t.csv"
    path.write_bytes(
        bom + b"Company,Position,Interview Date,Topic\nAcme,PM,2026-11-20," + b"x" * (20 << 20)
    )
    tracemalloc.start()
    try:
        table = csv_cells.read_table(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(table.values[1][3]) == 20 << 20
    assert peak < 2.2 * path.stat().st_size


@pytest.mark.parametrize(
    ("name", "text", "delimiter"),
    [
        # A German Excel's semicolons under a title typed into one cell: read with commas,
        # the file had "no header row".
        ("t.csv", "Job search 2026\nCompany;Position;Interview Date\nAcme;Dev;20.02.2026\n", ";"),
        ("t.csv", "My tracker\n\nCompany|Position|Interview Date\nAcme|Dev|2026-02-20\n", "|"),
        (
            "t.tsv",
            "Job search 2026\nCompany\tPosition\tInterview Date\nAcme\tDev\t2026-02-20\n",
            "\t",
        ),
        ("t.csv", "Job search 2026\nCompany,Position,Interview Date\nAcme,Dev,2026-02-20\n", ","),
        ("t.csv", "Company;Position;Interview Date\nAcme;Dev;20.02.2026\n", ";"),
    ],
    ids=["semicolons", "pipes-a-blank-row-between", "tabs-tsv", "commas", "semicolons-no-title"],
)
def test_the_separator_is_told_under_a_title_of_one_cell(
    tmp_path: Path, name: str, text: str, delimiter: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (table,) = read_trackers(path, ReadOptions())
    assert table.csv is not None and table.csv.fmt.delimiter == delimiter
    assert table.headers[:3] == ["Company", "Position", "Interview Date"]
    assert table.cells["company"].tolist() == ["Acme"]


HYPERLINK = '"=HYPERLINK(""http://e.example"",""click"")"'


@pytest.mark.parametrize(
    ("text", "delimiter", "first"),
    [
        # A quoted first cell holding "","": its commas stood beside the escaped quotes, and
        # the file was read with commas: "no header row" (ot84 F5, the outside test's files).
        (
            f"Firma;Position;Interview Date\n{HYPERLINK};PM;17.11.2026\nSAP;Berater;12.11.2026\n",
            ";",
            '=HYPERLINK("http://e.example","click")',
        ),
        (
            f"Firma\tPosition\tInterview Date\n{HYPERLINK}\tPM\t17.11.2026\nSAP\tDev\t12.11.2026\n",
            "\t",
            '=HYPERLINK("http://e.example","click")',
        ),
        (
            "Company;Position;Interview Date\n"
            '"Say ""yes"",""no""";PM;17.11.2026\nSAP;Dev;12.11.2026\n',
            ";",
            'Say "yes","no"',
        ),
        (
            f"Company|Position|Interview Date\n{HYPERLINK}|PM|2026-11-17\nSAP|Dev|2026-11-12\n",
            "|",
            '=HYPERLINK("http://e.example","click")',
        ),
        # Nearby files that must stay as they were read: the same cell in a comma file, a
        # comma file whose quoted cells hold semicolons and escaped quotes, empty quoted cells,
        # a tab file whose quoted cell holds a comma.
        (
            f"Company,Position,Interview Date\n{HYPERLINK},PM,2026-11-17\nSAP,Dev,2026-11-12\n",
            ",",
            '=HYPERLINK("http://e.example","click")',
        ),
        (
            "Company,Position,Interview Date\n"
            '"Say ""a"";""b""",PM,2026-11-17\nSAP,Dev,2026-11-12\n',
            ",",
            'Say "a";"b"',
        ),
        (
            'Company;Position;Interview Date\n"Acme";"";17.11.2026\n"";"Dev";12.11.2026\n',
            ";",
            "Acme",
        ),
        (
            "Company\tPosition\tInterview Date\n"
            '"Acme, Inc"\tPM\t17.11.2026\nSAP\tDev\t12.11.2026\n',
            "\t",
            "Acme, Inc",
        ),
        (
            "Company;Position;Interview Date;Notes\n"
            'Acme;PM;17.11.2026;"Tags: ""remote"",""senior"""\n',
            ";",
            "Acme",
        ),
    ],
    ids=[
        "semicolons-hyperlink-first",
        "tabs-hyperlink-first",
        "semicolons-quotes-and-commas-first",
        "pipes-hyperlink-first",
        "commas-hyperlink-first",
        "commas-quotes-and-semicolons-first",
        "semicolons-empty-quoted-cells",
        "tabs-comma-in-quotes",
        "semicolons-quotes-and-commas-last",
    ],
)
def test_escaped_quotes_in_a_quoted_cell_do_not_change_the_separator(
    tmp_path: Path, text: str, delimiter: str, first: str
) -> None:
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    (table,) = read_trackers(path, ReadOptions())
    assert table.csv is not None and table.csv.fmt.delimiter == delimiter
    assert table.headers[1:3] == ["Position", "Interview Date"]
    assert table.cells["company"].tolist()[0] == first


# A comma file whose cells hold semicolons or pipes beside apostrophes, which the sniffer reads
# as quotes: it took ';' or '|' for the separator and refused the file, "no header row"
# (fx233's note). Its header splits on commas into three named cells or more, its rows into as
# many: it stays comma-separated. Nearby files keep their separator: a semicolon or pipe file
# (its header holds the separator), one under a title of commas whose rows each hold as many
# commas, a semicolon file whose header has a comma in a cell, and a tab file; the semicolon
# files among them whose apostrophes made the sniffer say ',' (or that it could not read, the
# title's commas counted) are read with semicolons, by their header, too.
APOSTROPHE_NOTES = "HR call; 'culture fit'; then offer"
COMMA_FILES = [
    (
        "Company,Position,Interview Date,Notes\n"
        f"Acme,PM,2026-11-17,{APOSTROPHE_NOTES}\nSAP,Dev,2026-11-12,{APOSTROPHE_NOTES}\n"
        "Globex,Analyst,2026-11-10,ok\n",
        ",",
        ["Acme", "SAP", "Globex"],
    ),
    (
        "Company,Position,Interview Date,Tags\n"
        "Acme,PM,2026-11-17,remote|'senior'|fintech\nSAP,Dev,2026-11-12,python|'sql'|aws\n"
        "Globex,Analyst,2026-11-10,go\n",
        ",",
        ["Acme", "SAP", "Globex"],
    ),
    (
        "Company,Position,Interview Date,Notes,Tags\n"
        f"Acme,PM,2026-11-17,\"{APOSTROPHE_NOTES}, she said\",python|'sql'\n"
        "SAP,Dev,2026-11-12,Dana's team; 'fit' call; 'tech' next,remote|'senior'\n",
        ",",
        ["Acme", "SAP"],
    ),
    (
        "Job search 2026\nCompany,Position,Interview Date,Notes\n"
        f"Acme,PM,2026-11-17,{APOSTROPHE_NOTES}\nSAP,Dev,2026-11-12,{APOSTROPHE_NOTES}\n",
        ",",
        ["Acme", "SAP"],
    ),
    (
        "Company;Position;Interview Date;Notes\n"
        "Acme;PM;17.11.2026;Anruf, 'gut'\nSAP;Dev;12.11.2026;Anruf, 'gut'\n",
        ";",
        ["Acme", "SAP"],
    ),
    (
        "Bewerbungen, Berlin, München\nCompany;Position;Interview Date;Notes\n"
        "Acme;PM;17.11.2026;ok, gut, 'fit'\nSAP;Dev;12.11.2026;a, b, 'c'\n",
        ";",
        ["Acme", "SAP"],
    ),
    (
        "Bewerbungen, Berlin, München\nCompany;Position;Interview Date;Notes\n"
        "Acme;PM;17.11.2026;ok, gut, fit\nSAP;Dev;12.11.2026;a, b, c\n",
        ";",
        ["Acme", "SAP"],
    ),
    (
        "Company;Position;Interview Date;Gehalt, brutto\n"
        "Acme;PM;17.11.2026;60,5 'k'\nSAP;Dev;12.11.2026;70,5 'k'\n",
        ";",
        ["Acme", "SAP"],
    ),
    (
        "Company|Position|Interview Date|Notes\n"
        "Acme|PM|2026-11-17|call, 'fit'\nSAP|Dev|2026-11-12|call, 'fit'\n",
        "|",
        ["Acme", "SAP"],
    ),
    (
        "Company\tPosition\tInterview Date\tNotes\n"
        f"Acme\tPM\t2026-11-17\t{APOSTROPHE_NOTES}, ok\nSAP\tDev\t2026-11-12\tok\n",
        "\t",
        ["Acme", "SAP"],
    ),
]


@pytest.mark.parametrize(
    ("text", "delimiter", "companies"),
    COMMA_FILES,
    ids=[
        "commas-notes-of-semicolons-and-apostrophes",
        "commas-tags-of-pipes-and-apostrophes",
        "commas-both-and-a-quoted-comma",
        "commas-under-a-title",
        "semicolons-commas-and-apostrophes-in-notes",
        "semicolons-under-a-title-of-commas",
        "semicolons-under-a-title-of-commas-no-apostrophes",
        "semicolons-a-comma-in-a-header",
        "pipes-commas-and-apostrophes-in-notes",
        "tabs-semicolons-and-apostrophes-in-notes",
    ],
)
def test_a_header_of_commas_keeps_a_file_comma_separated(
    tmp_path: Path, text: str, delimiter: str, companies: list[str]
) -> None:
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    (table,) = read_trackers(path, ReadOptions())
    assert table.csv is not None and table.csv.fmt.delimiter == delimiter
    assert table.headers[:3] == ["Company", "Position", "Interview Date"]
    assert table.cells["company"].tolist() == companies


# A Google Sheets job-search template as it exports (outside test OT47): eleven columns, a
# note over two lines, checkboxes down to rows left blank (``blank_rows`` of them).
TEMPLATE = [
    ["Company", "Job Role", "Date Applied", "Status", "Recruiter Name", "Recruiter Email",
     "Interview Date", "Interview Type", "Thank You Sent", "Follow up?", "Notes"],
    ["Acme Corp", "Data Analyst", "11/2/2026", "Interviewing", "Priya Nair", "priya@acme.com",
     "11/25/2026 14:00:00", "Zoom", "TRUE", "FALSE", '"Asked about SQL{break}send portfolio"'],
    ["Globex", "Business Analyst", "11/9/2026", "Applied", "", "", "", "", "FALSE", "TRUE", ""],
    ["Initech", "BI Developer", "10/12/2026", "Interviewing", "Bill Lumbergh",
     "bill@initech.com", "11/13/2026", "Onsite", "TRUE", "TRUE", "Met the whole team"],
    ["Hooli", "Analytics Engineer", "", "Wishlist", "", "", "", "", "FALSE", "FALSE", "Ask Sam"],
]  # fmt: skip
BLANK_ROW = ["", "", "", "", "", "", "", "", "FALSE", "FALSE", ""]
NOTE_AT = {"front": 0, "middle": 5, "end": 10}
SUMMARY = "t.csv: 4 rows — 2 Overdue, 1 Due today, 1 Not applied"


def template_csv(title: str, note_at: int, newline: str, cell_break: str, blank_rows: int) -> bytes:
    """``TEMPLATE`` under ``title``, its Notes column moved to ``note_at``."""
    template = [*TEMPLATE, *[BLANK_ROW] * blank_rows]
    rows = [[*row[:-1][:note_at], row[-1], *row[:-1][note_at:]] for row in template]
    text = newline.join(",".join(row) for row in rows).replace("{break}", cell_break)
    text += newline
    return titled(text, title)[0]


@pytest.mark.parametrize("title", list(TITLE_BLOCKS))
@pytest.mark.parametrize("note_at", list(NOTE_AT))
@pytest.mark.parametrize(
    ("newline", "cell_break", "blank_rows"),
    [("\n", "\n", 20), ("\r\n", "\n", 2), ("\r\n", "\r\n", 2)],
    ids=["lf-20-blank-rows", "crlf-records-lf-cell", "crlf"],
)
def test_a_csv_the_tool_wrote_under_a_title_is_read_again_after_an_edit(
    tmp_path: Path, title: str, note_at: str, newline: str, cell_break: str, blank_rows: int
) -> None:
    """Outside test OT47: once the tool had written its columns, the title rows above the
    header, or the blank rows below (narrower than the rows it wrote), were taken for the
    file's rows, and the last line of a note, the tool's status and dates after it, for a
    row of its own: ``check`` right after a run, and the run after the person's next edit,
    refused the file as holding a quote left open."""
    import csv

    from click.testing import CliRunner

    from followup_batch.cli import main

    def cli(command: str) -> str:
        done = CliRunner().invoke(main, [command, "--as-of", "2026-12-04", str(path)])
        assert done.exit_code == 0, done.output
        return done.output

    path = tmp_path / "t.csv"
    path.write_bytes(template_csv(title, NOTE_AT[note_at], newline, cell_break, blank_rows))
    above = len(TITLE_BLOCKS[title][0])
    title_bytes = path.read_bytes().split(b"Company", 1)[0]
    assert f"t.csv: header on row {above + 1}, 4 rows\n" in cli("check")
    assert cli("run").startswith(f"{SUMMARY}\n")
    assert f"t.csv: header on row {above + 1}, 4 rows\n" in cli("check")
    # The person's edit is read, and the tool's columns, the same, are not written again.
    edited = path.read_bytes().replace(b"Met the whole team", b"Met the team")
    path.write_bytes(edited)
    assert f"t.csv: header on row {above + 1}, 4 rows\n" in cli("check")
    assert cli("run").startswith(f"{SUMMARY} (unchanged, nothing written)\n")
    assert path.read_bytes() == edited
    assert edited.startswith(title_bytes)
    with path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))[above:]
    notes = [row[NOTE_AT[note_at]] for row in rows[1:5]]
    assert notes == [f"Asked about SQL{cell_break}send portfolio", "", "Met the team", "Ask Sam"]
    assert rows[0][11:14] == ["Follow-up status", "Next action", "Next due"]
    assert [row[11] for row in rows[1:5]] == ["Overdue", "Overdue", "Due today", "Not applied"]


# Rows a person adds below a tracker the tool has written to, a quote typed and left open:
# closed by a quote of the next row, or by one at the end of the same column further down.
ADDED_ROWS = {
    "closed-by-the-next-rows-quote": (
        "Brightwave,PM,11/20/2026,Applied,,,,,FALSE,FALSE,\n"
        '"Loopline,PM,11/20/2026,Applied,,,,,FALSE,FALSE,\n'
        'Pixelforge,"Product Manager, Games",11/17/2026,Applied,,,,,FALSE,FALSE,\n'
        "Nimbus,Growth PM,11/2/2026,Applied,,,,,FALSE,FALSE,\n",
        1,
    ),
    "closed-in-the-same-column-rows-below": (
        "Brightwave,PM,11/20/2026,Applied,,,,,FALSE,FALSE,\n"
        'Loopline,PM,11/20/2026,Applied,,,,,FALSE,FALSE,"Great chat\n'
        "Pixelforge,PM,11/17/2026,Applied,,,,,FALSE,FALSE,ok\n"
        'Nimbus,Growth PM,11/2/2026,Applied,,,,,FALSE,FALSE,monitor 27"\n'
        "Zeta,PM,11/3/2026,Applied,,,,,FALSE,FALSE,\n",
        2,
    ),
}


@pytest.mark.parametrize("title", list(TITLE_BLOCKS))
@pytest.mark.parametrize("added", [None, *ADDED_ROWS])
def test_check_and_run_refuse_a_quote_left_open_under_a_title_alike(
    tmp_path: Path, title: str, added: str | None
) -> None:
    """A quote left open is refused under any title block, before a run or in rows added
    after one, by ``check`` as by ``run``, and the file is left as it was."""
    from click.testing import CliRunner

    from followup_batch.cli import main

    def cli(command: str) -> tuple[int, str]:
        done = CliRunner().invoke(main, [command, "--as-of", "2026-12-04", str(path)])
        return done.exit_code, done.output

    path = tmp_path / "t.csv"
    if added is None:
        data, above = titled(
            "Client,Company,Position,Date Applied,Interview Date\n"
            "Maya,Brightwave,PM,,2026-11-20\n"
            'Maya,"Loopline,PM,,2026-11-20\n'
            'Maya,Pixelforge,"Product Manager, Games",,2026-11-17\n',
            title,
        )
        line, runs_on = 3 + above, 1
    else:
        path.write_bytes(template_csv(title, NOTE_AT["end"], "\n", "\n", 0))
        code, output = cli("run")
        assert (code, output.partition("\n")[0]) == (0, SUMMARY)
        rows, runs_on = ADDED_ROWS[added]
        data = path.read_bytes() + rows.encode()
        line = data[: data.index(b"Loopline")].count(b"\n") + 1
    path.write_bytes(data)
    why = RUNS_ON.format(
        line=line, how=f"over line {line + runs_on}, which reads as a row of its own"
    )
    why = why.removeprefix("t.csv has ")
    for command, said in (("check", "NOT READ"), ("run", "FAILED")):
        code, output = cli(command)
        assert code == 1
        assert f"t.csv: {said} — it has {why}\n" in output
    assert path.read_bytes() == data


def _sheet(*cells: str) -> bytes:
    rows = "".join(f'<row r="{i}">{cell}</row>' for i, cell in enumerate(cells, start=1))
    return f"<worksheet><sheetData>{rows}</sheetData></worksheet>".encode()


# A sheet's formulas and errors, found by one search (``formula_markers``) that the read's
# two looks share (the formulas' problems, the formulas typed in the due columns): each gives
# what it finds by its own search. (sheet, problems in columns A-E below row 1, formula texts
# of columns A and D in rows 2-99)
FORMULA_SHEETS = {
    "formulas, shared, an error": (
        _sheet(
            '<c r="A1" t="inlineStr"><is><t>Company</t></is></c>',
            '<c r="A2"><f>B2+1</f><v>3</v></c>',
            '<c r="B3"><f>1+1</f></c>',
            '<c r="C4" t="e"><v>#REF!</v></c>',
            '<c r="D5"><f t="shared" ref="D5:D6" si="0">A5+14</f><v>1</v></c>',
            '<c r="D6"><f t="shared" si="0"/><v>2</v></c>',
        ),
        {
            (3, 1): xlsx_grid.NO_SAVED_VALUE,
            (4, 2): xlsx_grid.ErrorValue("#REF!", formula=False),
        },
        {0: {2: "B2+1"}, 3: {5: "A5+14", 6: "A5+14"}},
    ),
    "an error only": (
        _sheet('<c r="A1" t="e"><v>#N/A</v></c>', '<c r="D2" t="e"><v>#DIV/0!</v></c>'),
        {(2, 3): xlsx_grid.ErrorValue("#DIV/0!", formula=False)},
        {},
    ),
    # A writer that prefixes the main namespace (<x:c>, <x:f>): its formulas end in </x:f>,
    # never </f>, and were not looked at.
    "prefixed names, a formula only": (
        b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Company</x:t></x:is>'
        b'</x:c></x:row><x:row r="3"><x:c r="B3"><x:f>1+1</x:f></x:c></x:row></x:sheetData>'
        b"</x:worksheet>",
        {(3, 1): xlsx_grid.NO_SAVED_VALUE},
        {},
    ),
    # ... and their texts, in </x:f>: a shared formula filled down from D2 reads as D2's.
    "prefixed names, a shared formula": (
        b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<x:sheetData><x:row r="2"><x:c r="D2"><x:f t="shared" ref="D2:D3" si="0">A2+14'
        b'</x:f><x:v>1</x:v></x:c></x:row><x:row r="3"><x:c r="D3"><x:f t="shared" si="0"/>'
        b"<x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>",
        {},
        {3: {2: "A2+14", 3: "A2+14"}},
    ),
    "no formula": (
        _sheet('<c r="A1" t="inlineStr"><is><t>f</t></is></c>', '<c r="D2"><v>46000</v></c>'),
        {},
        {},
    ),
    # An XML comment holds no cell: cells commented out, or a comment naming the very cell
    # that follows it, are not read as cells; nor is what follows an unclosed comment.
    "cells commented out": (
        _sheet(
            '<c r="A2"><f>B2+1</f><v>3</v></c>',
            '<!-- <c r="B3"><f>1+1</f></c><c r="C3" t="e"><v>#N/A</v></c> -->',
        ),
        {},
        {0: {2: "B2+1"}},
    ),
    "a comment before the cell it names": (
        _sheet('<!-- <c r="D2"><f>9</f></c> --><c r="D2"><f>A2+14</f><v>1</v></c>'),
        {},
        {3: {2: "A2+14"}},
    ),
    "an unclosed comment at the end": (
        _sheet('<c r="A2"><f>B2+1</f><v>3</v></c>')
        + b'<!-- <c r="B3"><f>1+1</f></c><c r="D4" t="e"><v>#N/A</v></c>',
        {},
        {0: {2: "B2+1"}},
    ),
}


@pytest.mark.parametrize(
    ("xml", "problems", "texts"), FORMULA_SHEETS.values(), ids=FORMULA_SHEETS.keys()
)
def test_the_sheets_formulas_are_searched_once_for_both_looks(
    xml: bytes, problems: dict[tuple[int, int], object], texts: dict[int, dict[int, str]]
) -> None:
    markers = xlsx_grid.formula_markers(xml)
    assert bool(markers) == bool(problems or texts)
    rows = range(2, 100)  # more than ROWS_LOOKED_UP: the formulas read in one pass
    assert xlsx_grid.formula_problems(xml, range(5), 1) == problems
    assert xlsx_grid.formula_problems(xml, range(5), 1, markers) == problems
    assert xlsx_grid.formula_texts_in(xml, [0, 3], rows) == texts
    assert xlsx_grid.formula_texts_in(xml, [0, 3], rows, markers) == texts
    few = {
        column: {row: text for row, text in found.items() if row == 2}
        for column, found in texts.items()
    }
    assert xlsx_grid.formula_texts_in(xml, [0, 3], [2]) == {c: f for c, f in few.items() if f}


def _rows(
    last: int, *cells: bytes, first: bytes = b"", after: bytes = b"", dimension: bytes = b""
) -> bytes:
    """A sheet's XML: row 1 with ``cells`` (references as written), ``first`` before it, row
    ``last`` with a value, ``after`` after it, and the ``dimension`` stated, if any."""
    row_one = b'<row r="1">' + b"".join(b'<c r="%s"><v>1</v></c>' % ref for ref in cells)
    stated = b'<dimension ref="%s"/>' % dimension if dimension else b""
    return (
        b'<worksheet>%s<sheetData>%s%s</row><row r="%d"><c r="A%d"><v>1</v></c></row>%s'
        b"</sheetData></worksheet>" % (stated, first, row_one, last, last, after)
    )


# What LibreOffice (7.4) saves at the end of a sheet once a row was deleted, as unzip -p shows it;
# its dimension then runs to it (A1:Z1048576 for a tracker with the tool's columns).
LIBREOFFICE_LAST_ROW = (
    b'<row r="1048576" customFormat="false" ht="12.8" hidden="false" customHeight="false" '
    b'outlineLevel="0" collapsed="false"></row>'
)
# A colour by status, as LibreOffice saves it after the cells: no cell in it.
CONDITIONAL_FORMAT = (
    b'<conditionalFormatting sqref="D2:D30000"><cfRule type="containsText" priority="2" '
    b'operator="containsText" text="Rejected" dxfId="0"><formula>NOT(ISERROR(SEARCH("Rejected",'
    b'D2)))</formula></cfRule></conditionalFormatting><colBreaks count="1"><brk id="4"/>'
    b"</colBreaks></worksheet>"
)


def _in_the_last_row(cell: bytes) -> bytes:
    """LibreOffice's last row holding ``cell``."""
    return LIBREOFFICE_LAST_ROW.replace(b"></row>", b">" + cell + b"</row>")


@pytest.mark.parametrize(
    ("xml", "cells"),
    [
        # 30,000 rows: 30,000 x 702 is over the bound, so each width is searched for.
        (_rows(30_000, b"A1", b"Z1"), 30_000 * 52),  # nothing past Z: the bound AA-AZ gives
        (_rows(30_000, b"A1", b"AZ1"), 30_000 * 52),
        (_rows(30_000, b"A1", b"BA1"), 30_000 * 702),
        (_rows(30_000, b"A1", b"ZZ1"), 30_000 * 702),
        (_rows(30_000, b"A1", b"AAA1"), 30_000 * 16_384),
        (_rows(30_000, b"XFD1"), 30_000 * 16_384),
        # A reference beyond the last row: a cell of row 40,000 in row 1, a row of 5 digits
        # led by a larger digit, a row of more digits; not a smaller row number.
        (_rows(30_000, b"A40000"), 100_000 * 52),
        # (a million rows: even AA-AZ is over the bound, searched for, not found: A-Z, 26)
        (_rows(30_000, b"B123456"), 1_000_000 * 26),
        (_rows(30_000, b"A29999"), 30_000 * 52),
        # An empty far row before the last cell counts; after it, none does: LibreOffice's,
        # its dimension down to it (a stated width counts as far down as the cells go), or
        # one followed by a conditional format (<cfRule>, <colBreaks>: no cells).
        (_rows(30_000, first=b'<row r="1048576"/>'), 1_048_576 * 26),
        (_rows(30_000, b"A1", after=LIBREOFFICE_LAST_ROW, dimension=b"A1:Z1048576"), 30_000 * 52),
        (_rows(30_000, after=b'<row r="1048576"/>', dimension=b"A1:XFD1048576"), 30_000 * 16_384),
        (
            _rows(30_000, after=LIBREOFFICE_LAST_ROW).replace(b"</worksheet>", CONDITIONAL_FORMAT),
            30_000 * 52,
        ),
        # A cell in the far row counts: a styled empty one (s="3"), a date, a prefixed one.
        (_rows(30_000, after=_in_the_last_row(b'<c r="A1048576" s="3"/>')), 1_048_576 * 26),
        (
            _rows(30_000, after=_in_the_last_row(b'<c r="C1048576" s="1"><v>46329</v></c>')),
            1_048_576 * 26,
        ),
        (
            _rows(30_000, after=_in_the_last_row(b'<x:c r="A1048576"><x:v>1</x:v></x:c>')),
            1_048_576 * 26,
        ),
        # A text that looks like a reference but is no r="..." attribute: not a cell.
        (
            _rows(30_000, b"A1").replace(b"<v>1</v>", b'<is><t>r=AAA1 r="XFD</t></is>', 1),
            30_000 * 52,
        ),
        # A small sheet: wide columns need no search to be under the bound.
        (_rows(20, b"A1", b"AAA1"), 20 * 16_384),
    ],
)
def test_dense_cells_bounds_the_sheet_by_its_farthest_references(xml: bytes, cells: int) -> None:
    """The bound of cells calamine would allocate: the farthest row times the widest column
    letters found, each found by one search of the sheet for all of them (``_nothing_far``)
    and searched for alone only when that one finds any."""
    assert xlsx_grid.dense_cells(xml) == cells


def test_a_sheet_libreoffice_saved_after_deleting_a_row_is_read_by_calamine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """LibreOffice saves an empty row 1048576 and a dimension down to it once a row was
    deleted; calamine holds nothing for them, so the sheet is read by it as before, not
    streamed by openpyxl (0.5 against 2.2 CPU s to read 20,000 rows), with the same
    answers: dates as dates."""
    from rows_read import watch_rows_read
    from trackers import rewrite_sheet

    rows = [
        HEADER,
        ["Acme", "Dev", dt.datetime(2026, 11, 3, 9, 30)],
        ["Beta", "PM", dt.datetime(2026, 11, 5)],
    ]
    path = write_xlsx(tmp_path / "t.xlsx", {"S": rows})
    before = read_trackers(path, ReadOptions())[0]
    rewrite_sheet(path, _as_libreoffice_saves)
    seen = watch_rows_read(monkeypatch)
    after = read_trackers(path, ReadOptions())[0]
    assert seen.readers == ["calamine"]
    assert seen.kept == {"S": 3}
    assert after.cells.equals(before.cells)
    assert after.cells.loc[2].tolist() == ["Acme", "Dev", dt.datetime(2026, 11, 3, 9, 30)]
    assert after.cells.loc[3].tolist() == ["Beta", "PM", dt.date(2026, 11, 5)]


def _as_libreoffice_saves(xml: bytes) -> bytes:
    """The sheet with LibreOffice's empty last row and its dimension down to it."""
    xml = xml.replace(b"</sheetData>", LIBREOFFICE_LAST_ROW + b"</sheetData>")
    return re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:Z1048576"/>', xml)


@pytest.mark.parametrize(
    ("xml", "marked"),
    [
        (b'<c r="A2"><f>1+1</f><v>2</v></c>', [b"<f>"]),
        (
            b'<c r="D5"><f t="shared" ref="D5:D6" si="0">A5</f></c>'
            b'<c r="D6"><f t="shared" si="0"/></c>',
            [b"<f ", b"<f "],
        ),
        (b'<c r="D5"><f>1</f></c><c r="D6"><f/><v>2</v></c>', [b"<f>", b"<f/"]),
        (b'<c r="D6"><f\n>1</f></c><c r="D7"><f\t>1</f></c>', [b"<f\n", b"<f\t"]),
        (
            b'<c r="C4" t="e"><v>#REF!</v></c></f>',
            [b't="e'],
        ),
        # Not formulas: other elements starting with f, and "<f" at the very end.
        (b"<font><fill/></font></f><f", []),
        # A part whose writer prefixed its names: found by its end tag or its attributes.
        (b'<x:c r="A2"><x:f>1+1</x:f><x:v>2</x:v></x:c>', [b"<x:"]),
        (
            b'<x:c r="D5"><x:f t="shared" ref="D5:D6" si="0">A5</x:f></x:c>'
            b'<x:c r="D6"><x:f t="shared" si="0"/></x:c>',
            [b"<x:", b"<x:"],
        ),
        # Prefixed shared formulas with no master in the part: no "</x:f>" to tell them, but
        # their attributes do, after a space or another blank.
        (b'<x:c r="D6"><x:f t="shared" si="0"/><x:v>2</x:v></x:c>', [b"<x:"]),
        (
            b'<x:c r="D6"><x:f\tt="shared" si="0"/></x:c><x:c r="D7"><x:f\nsi="0"/></x:c>',
            [b"<x:", b"<x:"],
        ),
        # A "<x:f/>" alone, with nothing else to tell the prefix: not looked for.
        (b'<x:c r="D6"><x:f/><x:v>2</x:v></x:c><f>1</f>', [b"<f>"]),
    ],
)
def test_formula_markers_find_each_formula_and_error_and_nothing_else(
    xml: bytes, marked: list[bytes]
) -> None:
    """Where each formula (``<f>``, ``<f ...>``, ``<f/>``, a line break after the name) and
    each error value starts, in order; never another element whose name starts with f."""
    found = [xml[at : at + 3] for at in xlsx_grid.formula_markers(xml)]
    assert found == [m[:3] for m in marked]
