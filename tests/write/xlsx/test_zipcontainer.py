"""The zip container of our own against ``zipfile`` itself: what it writes reads back with
zipfile, matches zipfile's own bytes, and what it reads is checked to the last byte."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup_batch.write.xlsx import zipcontainer
from followup_batch.write.xlsx.zipcontainer import Archive, ArchiveWriter

XML = b'<row r="1"><c r="A1" t="inlineStr"><is><t>Dana &amp; Lee</t></is></c></row>' * 5000
TIME = (2024, 2, 29, 12, 0, 0)


def by_zipfile(path: Path, members: dict[str, tuple[bytes, int]]) -> Path:
    """A zip written by zipfile: name -> (content, compression)."""
    with zipfile.ZipFile(path, "w") as out:
        for name, (content, method) in members.items():
            out.writestr(zipfile.ZipInfo(name, TIME), content, method)
    return path


def by_container(path: Path, members: dict[str, tuple[bytes, int]], chunk: int = 4096) -> Path:
    """A zip written by ArchiveWriter, each member streamed in chunks of ``chunk`` bytes."""
    with ArchiveWriter(path) as out:
        for name, (content, method) in members.items():
            info = zipfile.ZipInfo(name, TIME)
            info.compress_type = method
            with out.open(info) as target:
                target.writelines(content[i : i + chunk] for i in range(0, len(content), chunk))
    return path


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
def test_written_members_read_back_with_zipfile(tmp_path, content, method):
    path = by_container(
        tmp_path / "t.zip", {"xl/worksheets/sheet1.xml": (content, method), "b.xml": (b"<b/>", 8)}
    )
    with zipfile.ZipFile(path) as package:
        assert package.testzip() is None
        assert package.read("xl/worksheets/sheet1.xml") == content
        info = package.getinfo("xl/worksheets/sheet1.xml")
        assert info.compress_type == method
        assert info.date_time == TIME
        assert info.flag_bits & 0x08 == 0  # sizes in the local header, no data descriptor
        assert info.external_attr == 0o600 << 16
        assert package.namelist() == ["xl/worksheets/sheet1.xml", "b.xml"]


def test_small_parts_are_the_bytes_zipfile_writes(tmp_path):
    """Members written whole, and the directory, are what zipfile itself writes."""
    members = {
        "[Content_Types].xml": (b"<Types/>" * 50, zipfile.ZIP_DEFLATED),
        "xl/média.bin": (bytes(range(256)), zipfile.ZIP_STORED),  # a UTF-8 name
        "xl/empty.xml": (b"", zipfile.ZIP_DEFLATED),
    }
    theirs = by_zipfile(tmp_path / "theirs.zip", members)
    ours = tmp_path / "ours.zip"
    with ArchiveWriter(ours) as out:
        for name, (content, method) in members.items():
            info = zipfile.ZipInfo(name, TIME)
            info.compress_type = method
            out.write(info, content)
    assert ours.read_bytes() == theirs.read_bytes()


def test_copied_members_keep_their_compressed_bytes(tmp_path):
    source = by_zipfile(
        tmp_path / "source.zip",
        {"a.xml": (XML, zipfile.ZIP_DEFLATED), "b.bin": (b"\x00\x01", zipfile.ZIP_STORED)},
    )
    copy = tmp_path / "copy.zip"
    with Archive(source) as archive, ArchiveWriter(copy) as out:
        for info in archive.infolist():
            out.copy(archive, info)
    assert copy.read_bytes() == source.read_bytes()  # zipfile writes no extra fields either
    with Archive(source) as old, Archive(copy) as new:
        for info in old.infolist():
            assert new.raw(new.getinfo(info.filename)) == old.raw(info)


def test_same_content_compresses_to_the_same_bytes_however_it_is_cut(tmp_path):
    """A re-run must write identical bytes: zlib's output depends on the content only, not on
    the chunks it is given (ISA-L's deflate, used before, did depend on them)."""
    written = {
        by_container(tmp_path / f"{chunk}.zip", {"s.xml": (XML, 8)}, chunk).read_bytes()
        for chunk in (1, 777, 10_000, 65_536, len(XML))
    }
    assert len(written) == 1


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
@pytest.mark.parametrize("content", [XML, b""], ids=["xml", "empty"])
def test_a_member_deflated_once_is_the_bytes_of_one_written_whole(tmp_path, content, method):
    """``write_deflated`` (the calendars sheet, deflated once a run) writes what ``open``
    writes for the same content in one chunk."""
    members = {"xl/worksheets/sheet9.xml": (content, method)}
    whole = by_container(tmp_path / "whole.zip", members, chunk=max(len(content), 1))
    with ArchiveWriter(tmp_path / "once.zip") as out:
        info = zipfile.ZipInfo("xl/worksheets/sheet9.xml", TIME)
        info.compress_type = method
        out.write_deflated(info, zipcontainer.Deflated.of(content))
    assert (tmp_path / "once.zip").read_bytes() == whole.read_bytes()


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
@pytest.mark.parametrize("size", [1, 7, 1 << 20, -1])
def test_reader_gives_zipfile_members_in_any_read_size(tmp_path, method, size):
    path = by_zipfile(tmp_path / "t.zip", {"sheet.xml": (XML, method)})
    with Archive(path) as package, package.stream("sheet.xml") as stream:
        pieces = []
        while piece := stream.read(size):
            assert size < 0 or len(piece) <= size
            pieces.append(piece)
        assert stream.read(size) == b""
    assert b"".join(pieces) == XML


def test_two_members_read_in_turn(tmp_path):
    """Reading another member in between (as the shared strings are while the sheet streams)."""
    path = by_zipfile(tmp_path / "t.zip", {"a.xml": (XML, 8), "b.xml": (XML[::-1], 8)})
    with Archive(path) as package:
        first, second = package.stream("a.xml"), package.stream("b.xml")
        a, b = [], []
        while True:
            x, y = first.read(1000), second.read(777)
            a.append(x)
            b.append(y)
            if not x and not y:
                break
        assert package.read("a.xml") == XML  # zipfile's own reader in between too
    assert b"".join(a) == XML
    assert b"".join(b) == XML[::-1]


def damaged(path: Path, name: str, change) -> Path:
    with Archive(path) as package:
        info = package.getinfo(name)
        start = package.data_offset(info)
    data = bytearray(path.read_bytes())
    change(data, start, info)
    path.write_bytes(bytes(data))
    return path


def flip_middle(data: bytearray, start: int, info: zipfile.ZipInfo) -> None:
    data[start + info.compress_size // 2] ^= 0x55


def flip_last(data: bytearray, start: int, info: zipfile.ZipInfo) -> None:
    data[start + info.compress_size - 1] ^= 0x01


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
@pytest.mark.parametrize("change", [flip_middle, flip_last], ids=["middle", "last-byte"])
def test_a_damaged_member_never_reads_back_as_other_content(tmp_path, method, change):
    """Damage in the data is refused when it is read to its end (its CRC); a flipped bit that
    only touches the deflate stream's end marker may leave the content whole, which is fine."""
    path = by_zipfile(tmp_path / "t.zip", {"sheet.xml": (XML, method)})
    damaged(path, "sheet.xml", change)
    with Archive(path) as package, package.stream("sheet.xml") as stream:
        try:
            content = stream.read()
        except zipfile.BadZipFile as refused:
            assert "sheet.xml" in str(refused)
        else:
            assert change is flip_last and method == zipfile.ZIP_DEFLATED and content == XML


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
def test_damage_in_the_middle_is_refused_at_its_end(tmp_path, method):
    path = by_zipfile(tmp_path / "t.zip", {"sheet.xml": (XML, method)})
    damaged(path, "sheet.xml", flip_middle)
    with (
        Archive(path) as package,
        package.stream("sheet.xml") as stream,
        pytest.raises(zipfile.BadZipFile, match="sheet.xml"),
    ):
        while stream.read(1 << 16):
            pass


def test_damaged_local_header_is_refused(tmp_path):
    path = by_zipfile(tmp_path / "t.zip", {"sheet.xml": (XML, 8)})
    with Archive(path) as package:
        offset = package.getinfo("sheet.xml").header_offset
    data = bytearray(path.read_bytes())
    data[offset : offset + 4] = b"XXXX"
    path.write_bytes(bytes(data))
    with Archive(path) as package:
        for read in (package.stream, lambda name: package.raw(package.getinfo(name))):
            with pytest.raises(zipfile.BadZipFile, match="sheet.xml"):
                read("sheet.xml")


def test_member_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(zipcontainer, "SIZE_LIMIT", 1000)
    with pytest.raises(zipfile.LargeZipFile, match="sheet.xml is over 2 GiB"):
        by_container(tmp_path / "t.zip", {"sheet.xml": (XML, zipfile.ZIP_DEFLATED)})


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    content=st.binary(max_size=5000) | st.text(max_size=3000).map(str.encode),
    chunk=st.integers(1, 6000),
    size=st.integers(-1, 6000).filter(lambda n: n != 0),
    method=st.sampled_from([zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED]),
)
def test_round_trip(tmp_path, content, chunk, size, method):
    path = by_container(tmp_path / "t.zip", {"part.xml": (content, method)}, chunk)
    with zipfile.ZipFile(path) as package:
        assert package.read("part.xml") == content
    with Archive(path) as package, package.stream("part.xml") as stream:
        pieces = []
        while piece := stream.read(size):
            pieces.append(piece)
    assert b"".join(pieces) == content


@pytest.mark.parametrize("method", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA], ids=["bzip2", "lzma"])
def test_other_compressions_are_read_through_zipfile(tmp_path, method):
    path = by_zipfile(tmp_path / "t.zip", {"sheet.xml": (XML, method)})
    with Archive(path) as package, package.stream("sheet.xml") as stream:
        assert stream.read(10) == XML[:10]
        assert stream.read() == XML[10:]


def test_encrypted_member_is_refused(tmp_path):
    path = by_zipfile(tmp_path / "t.zip", {"sheet.xml": (XML, zipfile.ZIP_STORED)})
    with Archive(path) as package:
        package.getinfo("sheet.xml").flag_bits |= 0x1
        with pytest.raises(zipfile.BadZipFile, match="encrypted"):
            package.stream("sheet.xml")


class DiskFull:
    """A file that takes ``room`` bytes, then fails as a full disk does."""

    def __init__(self, file, room: int) -> None:
        self._file, self._room = file, room

    def write(self, data: bytes) -> int:
        self._room -= len(data)
        if self._room < 0:
            raise OSError(28, "No space left on device")
        return self._file.write(data)

    def __getattr__(self, name):
        return getattr(self._file, name)


def _member_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "member-writer"]


@pytest.mark.parametrize("room", [0, 100, 50_000])
def test_a_failed_write_behind_the_caller_is_raised_in_the_caller(tmp_path, room):
    """A streamed member is deflated and written on a thread of its own: a full disk there is
    the caller's error (at a later chunk or at the member's close), and no thread is left."""
    out = ArchiveWriter(tmp_path / "full.zip")
    out._file = DiskFull(out._file, 30 + len("s.xml") + room)  # the local header fits
    info = zipfile.ZipInfo("s.xml", TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    with pytest.raises(OSError, match="No space left"), out.open(info) as target:
        for _ in range(200):
            target.write(bytes(range(256)) * 1000)  # barely compressible: reaches the disk
    out.abandon()
    assert _member_threads() == []


def test_a_member_given_up_by_its_caller_leaves_no_thread(tmp_path):
    out = ArchiveWriter(tmp_path / "given-up.zip")
    info = zipfile.ZipInfo("s.xml", TIME)
    with pytest.raises(KeyError), out.open(info) as target:
        target.write(XML)
        raise KeyError("the caller's own error")
    out.abandon()
    assert _member_threads() == []
