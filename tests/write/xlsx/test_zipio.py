"""The hand-made zip member reader and writer (ISA-L deflate) against ``zipfile`` itself."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_batch.write.xlsx import zipio

XML = b'<row r="1"><c r="A1" t="inlineStr"><is><t>Dana &amp; Lee</t></is></c></row>' * 5000


def archive(members: dict[str, tuple[bytes, int]]) -> io.BytesIO:
    """A zip written by zipfile: name -> (content, compression)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for name, (content, method) in members.items():
            out.writestr(zipfile.ZipInfo(name, (2024, 2, 29, 12, 0, 0)), content, method)
    buffer.seek(0)
    return buffer


def written(members: dict[str, tuple[bytes, int]], chunk: int = 4096) -> io.BytesIO:
    """A zip written by MemberWriter, in chunks of ``chunk`` bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for name, (content, method) in members.items():
            info = zipfile.ZipInfo(name, (2024, 2, 29, 12, 0, 0))
            info.compress_type = method
            with zipio.MemberWriter(out, info) as target:
                target.writelines(content[i : i + chunk] for i in range(0, len(content), chunk))
    buffer.seek(0)
    return buffer


@pytest.mark.parametrize(
    ("content", "method"),
    [
        (XML, zipfile.ZIP_DEFLATED),
        (XML, zipfile.ZIP_STORED),
        (b"", zipfile.ZIP_DEFLATED),
        (b"", zipfile.ZIP_STORED),
        (b"x", zipfile.ZIP_DEFLATED),
        (bytes(range(256)) * 4000, zipfile.ZIP_DEFLATED),  # barely compressible
    ],
    ids=["xml-deflated", "xml-stored", "empty-deflated", "empty-stored", "one-byte", "binary"],
)
def test_written_members_read_back_with_zipfile(content, method):
    buffer = written({"xl/worksheets/sheet1.xml": (content, method), "b.xml": (b"<b/>", 8)})
    with zipfile.ZipFile(buffer) as package:
        assert package.testzip() is None
        assert package.read("xl/worksheets/sheet1.xml") == content
        info = package.getinfo("xl/worksheets/sheet1.xml")
        assert info.compress_type == method
        assert info.date_time == (2024, 2, 29, 12, 0, 0)
        assert info.flag_bits & 0x08 == 0  # sizes in the local header, no data descriptor
        assert package.namelist() == ["xl/worksheets/sheet1.xml", "b.xml"]


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
@pytest.mark.parametrize("size", [1, 7, 1 << 20, -1])
def test_reader_gives_zipfile_members_in_any_read_size(method, size):
    buffer = archive({"sheet.xml": (XML, method)})
    with zipfile.ZipFile(buffer) as package, zipio.MemberReader(package, "sheet.xml") as stream:
        pieces = []
        while piece := stream.read(size):
            assert size < 0 or len(piece) <= size
            pieces.append(piece)
        assert stream.read(size) == b""
    assert b"".join(pieces) == XML


def test_two_members_read_in_turn():
    """Reading another member in between (as the shared strings are while the sheet streams)."""
    buffer = archive({"a.xml": (XML, 8), "b.xml": (XML[::-1], 8)})
    with zipfile.ZipFile(buffer) as package:
        first, second = zipio.MemberReader(package, "a.xml"), zipio.MemberReader(package, "b.xml")
        a, b = [], []
        while True:
            x, y = first.read(1000), second.read(777)
            a.append(x)
            b.append(y)
            if not x and not y:
                break
        with package.open("a.xml") as theirs:  # zipfile's own reader in between too
            assert theirs.read() == XML
    assert b"".join(a) == XML
    assert b"".join(b) == XML[::-1]


def damaged(buffer: io.BytesIO, name: str, change) -> io.BytesIO:
    with zipfile.ZipFile(buffer) as package:
        info = package.getinfo(name)
        start = zipio.data_offset(package, info)
    data = bytearray(buffer.getvalue())
    change(data, start, info)
    return io.BytesIO(bytes(data))


def flip_middle(data: bytearray, start: int, info: zipfile.ZipInfo) -> None:
    data[start + info.compress_size // 2] ^= 0x55


def flip_last(data: bytearray, start: int, info: zipfile.ZipInfo) -> None:
    data[start + info.compress_size - 1] ^= 0x01


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
@pytest.mark.parametrize("change", [flip_middle, flip_last], ids=["middle", "last-byte"])
def test_damaged_member_is_refused_at_its_end(method, change):
    buffer = damaged(archive({"sheet.xml": (XML, method)}), "sheet.xml", change)
    with (
        zipfile.ZipFile(buffer) as package,
        zipio.MemberReader(package, "sheet.xml") as stream,
        pytest.raises(zipfile.BadZipFile, match="sheet.xml"),
    ):
        while stream.read(1 << 16):
            pass


def test_damaged_local_header_is_refused():
    buffer = archive({"sheet.xml": (XML, 8)})
    with zipfile.ZipFile(buffer) as package:
        offset = package.getinfo("sheet.xml").header_offset
    data = bytearray(buffer.getvalue())
    data[offset : offset + 4] = b"XXXX"
    with (
        zipfile.ZipFile(io.BytesIO(bytes(data))) as package,
        pytest.raises(zipfile.BadZipFile, match="sheet.xml"),
    ):
        zipio.MemberReader(package, "sheet.xml")


def test_member_over_the_zip64_limit_is_refused(monkeypatch):
    monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 1000)
    with pytest.raises(zipfile.LargeZipFile, match="sheet.xml"):
        written({"sheet.xml": (XML, zipfile.ZIP_DEFLATED)})


def test_written_file_on_disk_opens_everywhere_zipfile_does(tmp_path: Path):
    path = tmp_path / "book.zip"
    path.write_bytes(written({"a.xml": (XML, 8), "[Content_Types].xml": (b"<Types/>", 8)}).read())
    with zipfile.ZipFile(path) as package:
        assert package.testzip() is None
        assert package.getinfo("a.xml").external_attr == 0o600 << 16


@given(
    content=st.binary(max_size=5000) | st.text(max_size=3000).map(str.encode),
    chunk=st.integers(1, 6000),
    size=st.integers(-1, 6000).filter(lambda n: n != 0),
    method=st.sampled_from([zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED]),
)
def test_round_trip(content, chunk, size, method):
    buffer = written({"part.xml": (content, method)}, chunk)
    with zipfile.ZipFile(buffer) as package:
        assert package.read("part.xml") == content
        with zipio.MemberReader(package, "part.xml") as stream:
            pieces = []
            while piece := stream.read(size):
                pieces.append(piece)
    assert b"".join(pieces) == content


@pytest.mark.parametrize("method", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA], ids=["bzip2", "lzma"])
def test_other_compressions_are_read_through_zipfile(method):
    buffer = archive({"sheet.xml": (XML, method)})
    with zipfile.ZipFile(buffer) as package, zipio.MemberReader(package, "sheet.xml") as stream:
        assert stream.read(10) == XML[:10]
        assert stream.read() == XML[10:]


def test_encrypted_member_is_refused():
    buffer = archive({"sheet.xml": (XML, zipfile.ZIP_STORED)})
    with zipfile.ZipFile(buffer) as package:
        package.getinfo("sheet.xml").flag_bits |= 0x1
        with pytest.raises(zipfile.BadZipFile, match="encrypted"):
            zipio.MemberReader(package, "sheet.xml")
