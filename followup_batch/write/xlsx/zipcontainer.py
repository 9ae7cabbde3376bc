"""The zip container of a workbook package, read and written with zipfile's public API and the
zip format itself.

Why a module of our own: the package editor copies every member it does not change as the same
compressed bytes (nothing decompressed and compressed again, so nothing can drift), and
``zipfile`` has no public API for that: it reads a member only decompressed and writes one
only through its own compressor. An archive has one writer, so the members the editor changes
(the worksheet streamed a chunk at a time, the small parts) are written here too. The
directory comes from ``zipfile`` (``ZipFile.infolist()`` and the documented attributes of
``ZipInfo``), members are read with ``ZipFile.open`` (never past their declared size:
``read.package.BoundedPart``), and the rest comes from the format, PKWARE's APPNOTE.TXT:

- a member's compressed bytes follow its local file header (APPNOTE 4.3.7), which starts at
  ``ZipInfo.header_offset``: 30 fixed bytes, then the name and the extra field, whose lengths
  the header gives; they are read through a file handle of our own;
- a new archive is each member's local header and data, then the central directory (4.3.12)
  and the end of central directory record (4.3.16). The fields are the ones ``zipfile`` writes
  for the same members, and the sizes and CRC go in each local header (the file is seekable:
  no data descriptors). zlib compresses (zipfile's own compressor): its output depends only
  on the content, so a re-run writes identical bytes.

Limits, refused rather than written wrong: no ZIP64 (a member or archive of 2 GiB or more
raises ``zipfile.LargeZipFile``), no encrypted members; a member whose bytes do not match its
CRC or size, or whose compressed data is damaged, raises ``zipfile.BadZipFile`` when it is read
to its end.
"""

from __future__ import annotations

import filecmp
import queue
import struct
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import NamedTuple, Protocol

from followup_batch.read.package import BoundedPart, read_part

LEVEL = 1  # the big parts the tool writes: Excel recompresses the file on its next save anyway
SMALL_PART_LEVEL = zlib.Z_DEFAULT_COMPRESSION  # as zipfile's own writer, for the small parts
# The format's 4-byte sizes and offsets, kept below 2 GiB as zipfile does without ZIP64.
SIZE_LIMIT = (1 << 31) - 1
COUNT_LIMIT = 0xFFFF
SMALL_MEMBER = 1 << 20  # bytes: members up to this size are kept once read (``Archive.read``)
CHUNK = 1 << 20  # bytes compared at a time (``same_parts``)

LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
LOCAL_SIGNATURE = b"PK\x03\x04"
CENTRAL_HEADER = struct.Struct("<4s4B4HL2L5H2L")
CENTRAL_SIGNATURE = b"PK\x01\x02"
END_RECORD = struct.Struct("<4s4H2LH")
END_SIGNATURE = b"PK\x05\x06"
ENCRYPTED = 0x1  # general purpose flag bits (APPNOTE 4.4.4)
DATA_DESCRIPTOR = 0x8
UTF8_NAME = 0x800
ZIP64_EXTRA = 0x0001  # the ZIP64 extended information extra field's id (APPNOTE 4.5.3)
# "Version needed to extract" (APPNOTE 4.4.3) for the methods that need more than 2.0.
VERSION_NEEDED = {zipfile.ZIP_BZIP2: 46, zipfile.ZIP_LZMA: 63}


class Readable(Protocol):
    """What streaming a part needs of it: a file's ``read``."""

    def read(self, size: int = -1, /) -> bytes: ...


class Archive:
    """A zip file open for reading: its directory and small members through ``zipfile``, the
    compressed bytes and streamed content of any member through a handle of its own."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._zip = zipfile.ZipFile(self.path)
        try:
            self._file = open(self.path, "rb")  # noqa: SIM115 - closed by close()
        except BaseException:
            self._zip.close()
            raise
        self._infos = self._zip.infolist()
        self.names = frozenset(info.filename for info in self._infos)
        self._small: dict[str, bytes] = {}  # small members already read (``read``)

    def infolist(self) -> list[zipfile.ZipInfo]:
        return list(self._infos)

    def namelist(self) -> list[str]:
        return [info.filename for info in self._infos]

    def getinfo(self, name: str) -> zipfile.ZipInfo:
        return self._zip.getinfo(name)

    def read(self, name: str | zipfile.ZipInfo) -> bytes:
        """A member's content (its CRC checked by zipfile, the first time it is read).

        A small member is kept once read: planning a write reads the workbook, its
        relationships, styles, comments and drawing two or three times each (ten reads of
        50-90 µs a workbook); a big one (a worksheet) is read again rather than held.
        """
        filename = name.filename if isinstance(name, zipfile.ZipInfo) else name
        kept = self._small.get(filename)
        if kept is not None:
            return kept
        data = read_part(self._zip, name)
        if len(data) <= SMALL_MEMBER:
            self._small[filename] = data
        return data

    def raw(self, info: zipfile.ZipInfo) -> bytes:
        """A member's compressed bytes, as they are in the file."""
        data = self.bytes_at(self.data_offset(info), info.compress_size)
        if len(data) != info.compress_size:
            raise zipfile.BadZipFile(f"{info.filename} is cut short")
        return data

    def bytes_at(self, offset: int, size: int) -> bytes:
        """Up to ``size`` bytes of the file from ``offset``."""
        self._file.seek(offset)
        return self._file.read(size)

    def data_offset(self, info: zipfile.ZipInfo) -> int:
        """Where the member's compressed bytes start: after its local header (APPNOTE 4.3.7)."""
        header = self.bytes_at(info.header_offset, LOCAL_HEADER.size)
        if len(header) < LOCAL_HEADER.size or header[:4] != LOCAL_SIGNATURE:
            raise zipfile.BadZipFile(f"the entry for {info.filename} is damaged")
        name_length, extra_length = LOCAL_HEADER.unpack(header)[-2:]
        return info.header_offset + LOCAL_HEADER.size + name_length + extra_length

    def stream(self, name: str | zipfile.ZipInfo) -> MemberReader:
        """A member's content as a stream, its CRC and size checked at the end (and its size
        as it goes: ``read.package.BoundedPart``)."""
        info = name if isinstance(name, zipfile.ZipInfo) else self.getinfo(name)
        if info.flag_bits & ENCRYPTED:
            raise zipfile.BadZipFile(f"{info.filename} is encrypted")
        try:
            stream = BoundedPart(self._zip, info)
        except zipfile.BadZipFile as exc:
            raise zipfile.BadZipFile(f"{info.filename}: {exc}") from None
        return MemberReader(info.filename, stream)

    def close(self) -> None:
        self._file.close()
        self._zip.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class MemberReader:
    """zipfile's reader of a member (which checks its CRC at the end), with damaged or cut-short
    compressed data reported as ``zipfile.BadZipFile`` too (zipfile raises ``zlib.error`` and
    ``EOFError`` for those)."""

    def __init__(self, name: str, stream: Readable) -> None:
        self.name = name
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes (all that is left when ``size`` < 0); b"" at the end."""
        try:
            return self._stream.read(size)
        except zlib.error as exc:
            raise zipfile.BadZipFile(f"{self.name} is damaged ({exc})") from None
        except EOFError:
            raise zipfile.BadZipFile(f"{self.name} is cut short") from None

    def __enter__(self) -> MemberReader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


@dataclass(frozen=True)
class Deflated:
    """A member's content with its deflated bytes (``deflate``), made once and written into
    many archives as they are (``ArchiveWriter.write_deflated``)."""

    data: bytes
    deflated: bytes
    crc: int

    @classmethod
    def of(cls, data: bytes) -> Deflated:
        return cls(data, deflate(data), zlib.crc32(data))


def deflate(data: bytes) -> bytes:
    """``data`` deflated as ``ArchiveWriter.open`` deflates a member written in one chunk."""
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


class Sealed(NamedTuple):
    """A member as ``ArchiveWriter`` wrote it: the CRC-32 and size of its content, the size
    and CRC-32 of its compressed bytes. The written file holds that member unchanged when its
    directory entry says the same and its compressed bytes read back to the same CRC-32: the
    content then inflates to the bytes the writer was given (a 100,000-row run's sheets: 27 MB
    of compressed bytes read in 0.01 CPU s, against 0.9 s inflating their 330 MB)."""

    crc: int
    file_size: int
    compress_size: int
    raw_crc: int

    @classmethod
    def of(cls, info: zipfile.ZipInfo, raw_crc: int) -> Sealed:
        return cls(info.CRC, info.file_size, info.compress_size, raw_crc)


class ArchiveWriter:
    """A new zip file: members copied raw from another archive, written whole, or streamed;
    ``close`` writes the central directory and the end record."""

    def __init__(self, path: Path | str) -> None:
        self._file = open(path, "wb")  # noqa: SIM115 - closed by close()
        self._members: list[zipfile.ZipInfo] = []
        self._writing = False
        # Each member written (not copied): its CRC-32, sizes and the CRC-32 of its compressed
        # bytes as they went to the file, for ``verify`` to check what is on disk without
        # inflating it back (``Sealed``).
        self.sealed: dict[str, Sealed] = {}

    def copy(self, source: Archive, info: zipfile.ZipInfo) -> None:
        """Copy one member's compressed bytes as they are (no decompressing, no recompressing),
        with its name, time, attributes, extra field (without a ZIP64 field) and comment."""
        if max(info.file_size, info.compress_size) > SIZE_LIMIT:
            raise zipfile.LargeZipFile(f"{info.filename} is over 2 GiB")
        data = source.raw(info)
        member = zipfile.ZipInfo(info.filename, info.date_time)
        for attribute in (
            "compress_type",
            "comment",
            "create_system",
            "create_version",
            "extract_version",
            "reserved",
            "internal_attr",
            "external_attr",
            "CRC",
            "compress_size",
            "file_size",
        ):
            setattr(member, attribute, getattr(info, attribute))
        # Sizes go in the local header: no data descriptor follows.
        member.flag_bits = info.flag_bits & ~DATA_DESCRIPTOR
        member.extra = _without_zip64(info.extra)
        self._start(member)
        self._file.write(data)
        self._finish(member)

    def write(self, info: zipfile.ZipInfo, data: bytes) -> None:
        """A whole member, compressed as zipfile's own writer does (a small part)."""
        with MemberWriter(self, info, SMALL_PART_LEVEL) as member:
            member.write(data)

    def write_deflated(self, info: zipfile.ZipInfo, part: Deflated) -> None:
        """A member already deflated: the bytes ``open`` writes for ``part.data`` in one chunk,
        without compressing it again (a stored ``info`` is written through ``open``)."""
        if self._writing:
            raise ValueError("one member at a time")
        if info.compress_type != zipfile.ZIP_DEFLATED:
            with self.open(info) as member:
                member.write(part.data)
            return
        if max(len(part.data), len(part.deflated)) > SIZE_LIMIT:
            raise zipfile.LargeZipFile(f"{info.filename} is over 2 GiB")
        info.flag_bits = info.flag_bits & ~DATA_DESCRIPTOR
        if not info.external_attr:
            info.external_attr = 0o600 << 16  # as ``MemberWriter``
        info.CRC, info.file_size, info.compress_size = part.crc, len(part.data), len(part.deflated)
        self._start(info)
        self._file.write(part.deflated)
        self.sealed[info.filename] = Sealed.of(info, zlib.crc32(part.deflated))
        self._finish(info)

    def open(self, info: zipfile.ZipInfo) -> MemberWriter:
        """A member written from chunks of its content (deflated unless ``info`` says stored)."""
        return MemberWriter(self, info, LEVEL, background=True)

    def _start(self, info: zipfile.ZipInfo) -> None:
        self._writing = True
        info.header_offset = self._file.tell()
        self._check_size(info.header_offset, "the new workbook")
        self._file.write(_local_header(info))

    def _finish(self, info: zipfile.ZipInfo) -> None:
        self._members.append(info)
        self._writing = False

    def _check_size(self, size: int, what: str) -> None:
        if size > SIZE_LIMIT:
            raise zipfile.LargeZipFile(f"{what} is over 2 GiB")

    def close(self) -> None:
        """The central directory and the end record, then the file is closed."""
        try:
            start = self._file.tell()
            self._check_size(start, "the new workbook")
            if len(self._members) > COUNT_LIMIT:
                raise zipfile.LargeZipFile("the new workbook has too many parts")
            for info in self._members:
                self._file.write(_central_header(info))
            size = self._file.tell() - start
            count = len(self._members)
            self._file.write(END_RECORD.pack(END_SIGNATURE, 0, 0, count, count, size, start, 0))
        finally:
            self._file.close()

    def abandon(self) -> None:
        """Close the file without finishing it (the write failed; the caller removes it)."""
        self._file.close()

    def __enter__(self) -> ArchiveWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if kind is None:
            self.close()
        else:
            self.abandon()


class MemberWriter:
    """One member of a new archive, written from chunks of its content.

    Its local header is written first and rewritten with the CRC and sizes on ``close`` — which
    is also when the member joins the archive's directory. Up to 2 GiB a member.
    """

    def __init__(
        self, archive: ArchiveWriter, info: zipfile.ZipInfo, level: int, background: bool = False
    ) -> None:
        if archive._writing:
            raise ValueError("one member at a time")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ValueError(f"{info.filename}: only stored or deflated members are written")
        self._archive = archive
        self._file = archive._file
        self.info = info
        info.flag_bits = info.flag_bits & ~DATA_DESCRIPTOR
        info.CRC = info.compress_size = info.file_size = 0
        if not info.external_attr:
            info.external_attr = 0o600 << 16  # what zipfile gives a member without attributes
        self._deflate = (
            zlib.compressobj(level, zlib.DEFLATED, -15)
            if info.compress_type == zipfile.ZIP_DEFLATED
            else None
        )
        archive._start(info)
        self._crc = 0
        self._size = 0
        self._compressed = 0
        self._raw_crc = 0  # of the bytes written to the file: the compressed ones
        self._behind: Behind | None = Behind(self._take) if background else None

    def write(self, data: bytes) -> None:
        if self._behind is None:
            self._take(data)
        else:
            self._behind.put(data)

    def writelines(self, chunks: Iterable[bytes]) -> None:
        for chunk in chunks:
            self.write(chunk)

    def _take(self, data: bytes) -> None:
        self._crc = zlib.crc32(data, self._crc)
        self._size += len(data)
        self._emit(data if self._deflate is None else self._deflate.compress(data))

    def _emit(self, data: bytes) -> None:
        self._compressed += len(data)
        self._raw_crc = zlib.crc32(data, self._raw_crc)
        self._file.write(data)

    def close(self) -> None:
        if self._behind is not None:
            self._behind.finish()
        if self._deflate is not None:
            self._emit(self._deflate.flush())
        if max(self._size, self._compressed) > SIZE_LIMIT:
            raise zipfile.LargeZipFile(f"{self.info.filename} is over 2 GiB")
        self.info.CRC, self.info.file_size = self._crc, self._size
        self.info.compress_size = self._compressed
        end = self._file.tell()
        self._file.seek(self.info.header_offset)
        self._file.write(_local_header(self.info))
        self._file.seek(end)
        self._archive.sealed[self.info.filename] = Sealed.of(self.info, self._raw_crc)
        self._archive._finish(self.info)

    def __enter__(self) -> MemberWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if kind is None:
            self.close()
        elif self._behind is not None:
            self._behind.abandon()


class Behind:
    """The chunks of a member taken on a thread of their own, one at a time and in order, while
    the caller makes the next ones: zlib and the file write let go of the interpreter's lock,
    so a 100,000-row sheet's deflating (about 1 s) runs beside the making of its XML on a
    second core instead of after it. The output is the same bytes as taking the chunks in
    line. At most ``DEPTH`` chunks wait (memory stays bounded); an error on the thread is
    raised in the caller at its next ``put`` or at ``finish``."""

    DEPTH = 4

    def __init__(self, take: Callable[[bytes], None]) -> None:
        self._take = take
        self._queue: queue.Queue[bytes | None] = queue.Queue(self.DEPTH)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="member-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (data := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._take(data)
                except BaseException as exc:  # noqa: BLE001 - raised again in the caller
                    self._error = exc

    def put(self, data: bytes) -> None:
        self._raise()
        self._queue.put(data)

    def finish(self) -> None:
        """Wait for every chunk put to be taken; raise the thread's error if it had one."""
        self._queue.put(None)
        self._thread.join()
        self._raise()

    def abandon(self) -> None:
        """Stop after the chunks already put (the member is being given up)."""
        self._queue.put(None)
        self._thread.join()

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error


def same_parts(new: Path | str, old: Path | str) -> bool:
    """Whether the zip files ``new`` and ``old`` hold the same members, each with the same
    content, whatever else tells the containers apart: the members' order, compression method
    and level, times, file modes and comments, the archive's comment. None of those matters to
    a reader of the package, and each changes when a program (another zlib, a zip tool, a sync
    tool) writes the same parts again, so a result differing only there is the file's content.

    Nearly free when they differ: the directories' names, CRC-32s and sizes are compared first,
    and only when all agree is each member confirmed, by its compressed bytes when both hold
    the same compressed stream, else by its content (inflated a chunk at a time, its CRC
    checked). Directories that cannot be compared (a damaged directory, a name twice) leave
    only the files' bytes to compare."""
    try:
        with Archive(new) as left, Archive(old) as right:
            mine, theirs = _directory(left), _directory(right)
            if mine is None or theirs is None:
                return filecmp.cmp(new, old, shallow=False)
            return mine == theirs and all(
                _same_member(left, right, left.getinfo(name), right.getinfo(name)) for name in mine
            )
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError):
        try:
            return filecmp.cmp(new, old, shallow=False)
        except OSError:
            return False


def _directory(archive: Archive) -> dict[str, tuple[int, int]] | None:
    """Each member's CRC-32 and size by name, as the central directory gives them; None for a
    name that is there twice (which of the two a reader takes is its own choice)."""
    found = {info.filename: (info.CRC, info.file_size) for info in archive.infolist()}
    return found if len(found) == len(archive.infolist()) else None


def _same_member(
    left: Archive, right: Archive, mine: zipfile.ZipInfo, theirs: zipfile.ZipInfo
) -> bool:
    same_stream = (mine.compress_type, mine.compress_size) == (
        theirs.compress_type,
        theirs.compress_size,
    ) and _same_bytes(
        left, left.data_offset(mine), right, right.data_offset(theirs), mine.compress_size
    )
    if same_stream:
        return True  # one compressed stream, one content
    with left.stream(mine) as these, right.stream(theirs) as those:
        while True:
            chunk = these.read(CHUNK)
            if chunk != those.read(CHUNK):
                return False
            if not chunk:
                return True


def _same_bytes(left: Archive, start: int, right: Archive, other: int, size: int) -> bool:
    done = 0
    while done < size:
        step = min(CHUNK, size - done)
        if left.bytes_at(start + done, step) != right.bytes_at(other + done, step):
            return False
        done += step
    return True


def _local_header(info: zipfile.ZipInfo) -> bytes:
    name, flags = _encoded_name(info)
    header = LOCAL_HEADER.pack(
        LOCAL_SIGNATURE,
        _version_needed(info),
        info.reserved,
        flags,
        info.compress_type,
        *_dos_time_date(info),
        info.CRC,
        info.compress_size,
        info.file_size,
        len(name),
        len(info.extra),
    )
    return header + name + info.extra


def _central_header(info: zipfile.ZipInfo) -> bytes:
    name, flags = _encoded_name(info)
    header = CENTRAL_HEADER.pack(
        CENTRAL_SIGNATURE,
        max(info.create_version, VERSION_NEEDED.get(info.compress_type, 0)),
        info.create_system,
        _version_needed(info),
        info.reserved,
        flags,
        info.compress_type,
        *_dos_time_date(info),
        info.CRC,
        info.compress_size,
        info.file_size,
        len(name),
        len(info.extra),
        len(info.comment),
        0,  # the disk the member starts on
        info.internal_attr,
        info.external_attr,
        info.header_offset,
    )
    return header + name + info.extra + info.comment


def _version_needed(info: zipfile.ZipInfo) -> int:
    return max(info.extract_version, VERSION_NEEDED.get(info.compress_type, 0))


def _encoded_name(info: zipfile.ZipInfo) -> tuple[bytes, int]:
    """The name's bytes and the flags: ASCII as it is, anything else UTF-8 with its flag."""
    try:
        return info.filename.encode("ascii"), info.flag_bits
    except UnicodeEncodeError:
        return info.filename.encode("utf-8"), info.flag_bits | UTF8_NAME


def _dos_time_date(info: zipfile.ZipInfo) -> tuple[int, int]:
    """MS-DOS time and date (APPNOTE 4.4.6): two-second resolution, years from 1980."""
    year, month, day, hour, minute, second = info.date_time
    return hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day


def _without_zip64(extra: bytes) -> bytes:
    """The extra field without its ZIP64 record (sizes here always fit 4 bytes)."""
    kept, position = b"", 0
    while position + 4 <= len(extra):
        kind, size = struct.unpack("<HH", extra[position : position + 4])
        if kind != ZIP64_EXTRA:
            kept += extra[position : position + 4 + size]
        position += 4 + size
    return kept
