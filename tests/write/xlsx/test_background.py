"""Deflating and inflating on a second thread: the same bytes as on one thread, errors raised
in the caller, and no thread left behind, whatever happens."""

from __future__ import annotations

import threading
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup_batch.write.xlsx import background, zipcontainer
from followup_batch.write.xlsx.background import AheadReader, ReadAhead, WriteBehind
from followup_batch.write.xlsx.zipcontainer import Archive, ArchiveWriter

ROW = b'<row r="1"><c r="A1" t="inlineStr"><is><t>Dana &amp; Lee</t></is></c></row>'
XML = ROW * 5000  # 390 KB
TIME = (2024, 2, 29, 12, 0, 0)


@pytest.fixture
def small_thresholds(monkeypatch):
    """The thread thresholds made small, so a few hundred KB go through the threads."""
    monkeypatch.setattr(zipcontainer, "BEHIND_AFTER", 10_000)
    monkeypatch.setattr(zipcontainer, "BEHIND_CHUNK", 50_000)
    monkeypatch.setattr(zipcontainer, "AHEAD_AFTER", 10_000)
    monkeypatch.setattr(background, "AHEAD_SIZE", 30_000)


def threads() -> set[str]:
    return {t.name for t in threading.enumerate() if t.name.startswith("followup-batch")}


def written(path, content: bytes, chunk: int, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    with ArchiveWriter(path) as out:
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml", TIME)
        info.compress_type = method
        with out.open(info) as member:
            member.writelines(content[i : i + chunk] for i in range(0, len(content), chunk))
        out.write(zipfile.ZipInfo("b.xml", TIME), b"<b/>")
    return path.read_bytes()


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
@pytest.mark.parametrize("chunk", [1000, 9_999, 10_000, 60_000, len(XML)])
def test_a_member_deflated_on_a_thread_is_the_bytes_of_one_deflated_inline(
    tmp_path, monkeypatch, chunk, method
):
    inline = written(tmp_path / "inline.zip", XML, chunk, method)
    monkeypatch.setattr(zipcontainer, "BEHIND_AFTER", 10_000)
    monkeypatch.setattr(zipcontainer, "BEHIND_CHUNK", 50_000)
    behind = written(tmp_path / "behind.zip", XML, chunk, method)
    assert behind == inline
    with zipfile.ZipFile(tmp_path / "behind.zip") as package:
        assert package.testzip() is None
        assert package.read("xl/worksheets/sheet1.xml") == XML
    assert threads() == set()


def test_a_failure_on_the_writing_thread_is_raised_in_the_caller(tmp_path, small_thresholds):
    out = ArchiveWriter(tmp_path / "t.zip")
    info = zipfile.ZipInfo("sheet.xml", TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    member = out.open(info)
    member.write(XML[:20_000])  # the thread starts
    out._file.close()  # the disk goes away under it  # noqa: SLF001
    with pytest.raises(ValueError, match="closed file"):
        for i in range(0, len(XML), 10_000):
            member.write(XML[i : i + 10_000])
        member.close()
    assert threads() == set()


def test_a_member_left_by_an_error_stops_its_thread(tmp_path, small_thresholds):
    with (
        pytest.raises(RuntimeError, match="the XML was wrong"),
        ArchiveWriter(tmp_path / "t.zip") as out,
    ):
        info = zipfile.ZipInfo("sheet.xml", TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        with out.open(info) as member:
            member.write(XML)
            member.write(XML)
            raise RuntimeError("the XML was wrong")
    assert threads() == set()


def test_write_behind_keeps_the_order_and_raises_the_first_failure():
    seen: list[bytes] = []

    def sink(chunk: bytes) -> None:
        if chunk == b"bad":
            raise OSError("disk full")
        seen.append(chunk)

    behind = WriteBehind(sink)
    for n in range(100):
        behind.put(b"%d" % n)
    behind.close()
    assert seen == [b"%d" % n for n in range(100)]
    failing = WriteBehind(sink)
    failing.put(b"bad")
    with pytest.raises(OSError, match="disk full"):
        for n in range(100):  # raised at a later put, or at close
            failing.put(b"%d" % n)
        failing.close()
    assert threads() == set()


def stream_of(data: bytes, size: int, fail_at: int | None = None):
    at = 0

    def read(_n: int = -1) -> bytes:
        nonlocal at
        if fail_at is not None and at >= fail_at:
            raise zipfile.BadZipFile("sheet.xml is damaged")
        piece = data[at : at + size]
        at += len(piece)
        return piece

    return read


def test_read_ahead_gives_every_chunk_in_order_then_stops():
    chunks = [b"%d," % n for n in range(1000)]
    pieces = iter(chunks)
    with ReadAhead(lambda: next(pieces, b"")) as ahead:
        assert list(ahead) == chunks
    assert threads() == set()


def test_read_ahead_raises_the_failure_where_its_chunk_would_come():
    with AheadReader(stream_of(XML, 7000, fail_at=21_000)) as reader:
        got = b""
        with pytest.raises(zipfile.BadZipFile, match="sheet.xml is damaged"):
            while piece := reader.read(5000):
                got += piece
    assert got == XML[:21_000]
    assert threads() == set()


def test_leaving_a_read_ahead_early_stops_its_thread():
    for _ in range(20):
        with AheadReader(stream_of(XML, 100)) as reader:
            reader.read(10)
    assert threads() == set()


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(
    content=st.binary(max_size=20_000),
    ahead=st.integers(1, 9000),
    sizes=st.lists(st.integers(-1, 9000).filter(lambda n: n != 0), min_size=1, max_size=8),
)
def test_ahead_reader_reads_like_the_stream(content, ahead, sizes):
    """Any mix of read sizes gives the content in order, each read at most its size."""
    with AheadReader(stream_of(content, ahead)) as reader:
        pieces = []
        for size in sizes * 50:
            piece = reader.read(size)
            assert size < 0 or len(piece) <= size
            pieces.append(piece)
            if size < 0:
                break
        rest = reader.read()
    assert b"".join(pieces) + rest == content
    assert threads() == set()


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
@pytest.mark.parametrize("size", [1, 4096, 1 << 20, -1])
def test_a_big_member_streamed_ahead_reads_as_streamed(tmp_path, small_thresholds, method, size):
    path = tmp_path / "t.zip"
    with zipfile.ZipFile(path, "w") as out:
        out.writestr(zipfile.ZipInfo("sheet.xml", TIME), XML, method)
    with Archive(path) as package, package.stream_ahead("sheet.xml") as stream:
        assert isinstance(stream, AheadReader)
        pieces = []
        while piece := stream.read(size):
            pieces.append(piece)
    assert b"".join(pieces) == XML
    assert threads() == set()


def test_damage_in_a_member_streamed_ahead_is_refused(tmp_path, small_thresholds):
    path = tmp_path / "t.zip"
    with zipfile.ZipFile(path, "w") as out:
        out.writestr(zipfile.ZipInfo("sheet.xml", TIME), XML, zipfile.ZIP_DEFLATED)
    with Archive(path) as package:
        info = package.getinfo("sheet.xml")
        start = package.data_offset(info)
    data = bytearray(path.read_bytes())
    data[start + info.compress_size // 2] ^= 0x55
    path.write_bytes(bytes(data))
    with (
        Archive(path) as package,
        package.stream_ahead("sheet.xml") as stream,
        pytest.raises(zipfile.BadZipFile, match="sheet.xml"),
    ):
        while stream.read(1 << 16):
            pass
    assert threads() == set()
