"""Reading and writing the big zip members (worksheets) with ISA-L's deflate.

A tracker of 100,000 rows means hundreds of MB of worksheet XML to inflate, deflate and inflate
again to verify. ``isal`` (Intel's ISA-L) does both three to four times faster than zlib at its
fast levels, with the same format and about the same size, so the worksheets the tool streams go
through here rather than through ``zipfile``'s own reader and writer (which are tied to zlib).
Small parts still go through ``zipfile``.

Both sides keep ``zipfile``'s guarantees: a member read to its end has had its CRC and size
checked; a member written has its CRC and sizes in its local header (no data descriptor), like
``zipfile`` writes to a seekable file.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import TracebackType
from typing import IO, Protocol

from isal import isal_zlib

# ISA-L's level 1 makes worksheet XML about as small as zlib's level 1, four times faster (and
# Excel recompresses the file on its next save anyway).
LEVEL = 1
READ_BLOCK = 256 << 10  # compressed bytes inflated at a time (a few MB of XML)
# What inflating a damaged stream raises (isal's type stub declares it an instance).
INFLATE_ERROR: type[Exception] = isal_zlib.error  # type: ignore[assignment]


class Readable(Protocol):
    """What streaming a part needs of it: a file's ``read``."""

    def read(self, size: int = -1, /) -> bytes: ...


def data_offset(package: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    """Where the member's compressed bytes start in the archive (after its local header)."""
    assert package.fp is not None
    package.fp.seek(info.header_offset)
    header = package.fp.read(30)
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"the entry for {info.filename} is damaged")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    return info.header_offset + 30 + name_length + extra_length


class MemberReader:
    """A member's content as a stream: ``read(n)`` like a file; at the end the CRC and size are
    checked (``zipfile.BadZipFile`` when they do not match, as ``zipfile`` would raise).

    Reads through the archive's file object at its own position, so other members can be read
    in between (as ``zipfile``'s own readers allow).
    """

    def __init__(self, package: zipfile.ZipFile, name: str | zipfile.ZipInfo) -> None:
        self.info = name if isinstance(name, zipfile.ZipInfo) else package.getinfo(name)
        if self.info.flag_bits & 0x1:
            raise zipfile.BadZipFile(f"{self.info.filename} is encrypted")
        # Another compression (bzip2, LZMA: allowed by zip, never made by Excel): zipfile's own.
        self._other = None
        if self.info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            self._other = package.open(self.info)
        assert package.fp is not None
        self._fp = package.fp
        self._position = data_offset(package, self.info)
        self._left = self.info.compress_size
        self._inflate = (
            isal_zlib.decompressobj(-15)
            if self.info.compress_type == zipfile.ZIP_DEFLATED
            else None
        )
        self._buffer = b""
        self._crc = 0
        self._size = 0
        self._done = False

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes (all that is left when ``size`` < 0); b"" at the end."""
        if self._other is not None:
            return self._other.read(size)
        pieces, have = [self._buffer], len(self._buffer)
        while not self._done and (size < 0 or have < size):
            pieces.append(self._more())
            have += len(pieces[-1])
        data = pieces[0] if len(pieces) == 1 else b"".join(pieces)  # joined once, not grown
        if size < 0 or size >= len(data):
            self._buffer = b""
            return data
        self._buffer = data[size:]
        return data[:size]

    def _more(self) -> bytes:
        raw = b""
        if self._left > 0:
            self._fp.seek(self._position)
            raw = self._fp.read(min(READ_BLOCK, self._left))
            if not raw:
                raise zipfile.BadZipFile(f"{self.info.filename} is cut short")
            self._position += len(raw)
            self._left -= len(raw)
        if self._inflate is None:
            data = raw
        else:
            try:
                data = self._inflate.decompress(raw)
                if self._left == 0:
                    data += self._inflate.flush()
            except INFLATE_ERROR as exc:
                raise zipfile.BadZipFile(f"{self.info.filename} is damaged ({exc})") from None
        self._crc = isal_zlib.crc32(data, self._crc)
        self._size += len(data)
        if self._left == 0:
            self._done = True
            whole = self._inflate is None or self._inflate.eof
            if not whole or self._crc != self.info.CRC or self._size != self.info.file_size:
                raise zipfile.BadZipFile(f"Bad CRC-32 for file {self.info.filename!r}")
        return data

    def __enter__(self) -> MemberReader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._buffer = b""
        if self._other is not None:
            self._other.close()


class MemberWriter:
    """Write one member to a zip being written to a seekable file, from chunks of its content.

    ``info`` says the name, time, attributes and whether the member is stored or deflated; its
    local header is written first and rewritten with the CRC and sizes on ``close`` — which is
    also when the member joins the archive's directory. Up to 2 GiB a member (no ZIP64, as for
    ``zipfile.ZipFile.open(..., "w")`` without ``force_zip64``).
    """

    def __init__(self, out: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        assert out.fp is not None
        self._out = out
        self._fp: IO[bytes] = out.fp
        self.info = info
        info.flag_bits &= ~0x08
        info.CRC = info.compress_size = info.file_size = 0
        if not info.external_attr:
            info.external_attr = 0o600 << 16  # what zipfile gives a member without attributes
        self._deflate = (
            isal_zlib.compressobj(LEVEL, isal_zlib.DEFLATED, -15)
            if info.compress_type == zipfile.ZIP_DEFLATED
            else None
        )
        self._fp.seek(out.start_dir)
        info.header_offset = self._fp.tell()
        self._fp.write(info.FileHeader(False))
        self._crc = 0
        self._size = 0
        self._compressed = 0

    def write(self, data: bytes) -> None:
        self._crc = isal_zlib.crc32(data, self._crc)
        self._size += len(data)
        if self._deflate is not None:
            data = self._deflate.compress(data)
        self._compressed += len(data)
        self._fp.write(data)

    def write_compressed(self, part: Deflated) -> None:
        """The whole member at once, compressed beforehand (a deflated member only)."""
        if self._deflate is None or self._size:
            raise ValueError("write_compressed takes the whole of a deflated member")
        self._crc, self._size, self._deflate = part.crc, part.size, None
        for piece in part.data:
            self._compressed += len(piece)
            self._fp.write(piece)

    def writelines(self, chunks: Iterable[bytes]) -> None:
        for chunk in chunks:
            self.write(chunk)

    def close(self) -> None:
        if self._deflate is not None:
            tail = self._deflate.flush()
            self._compressed += len(tail)
            self._fp.write(tail)
        if max(self._size, self._compressed) > zipfile.ZIP64_LIMIT:
            raise zipfile.LargeZipFile(f"{self.info.filename} is over 2 GiB")
        self.info.CRC, self.info.file_size = self._crc, self._size
        self.info.compress_size = self._compressed
        end = self._fp.tell()
        self._fp.seek(self.info.header_offset)
        self._fp.write(self.info.FileHeader(False))
        self._fp.seek(end)
        self._out.start_dir = end
        self._out.filelist.append(self.info)
        self._out.NameToInfo[self.info.filename] = self.info

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


@dataclass(frozen=True)
class Deflated:
    """A member's content compressed ahead of its writing: CRC, size and the deflate stream."""

    crc: int
    size: int
    data: list[bytes]


def deflate(chunks: Iterable[bytes], each: Callable[[bytes], object] | None = None) -> Deflated:
    """Compress a member's content given in chunks; ``each`` sees every chunk on the way (to
    check the XML while it is made, say)."""
    compressor = isal_zlib.compressobj(LEVEL, isal_zlib.DEFLATED, -15)
    crc = size = 0
    data = []
    for chunk in chunks:
        if each is not None:
            each(chunk)
        crc = isal_zlib.crc32(chunk, crc)
        size += len(chunk)
        data.append(compressor.compress(chunk))
    data.append(compressor.flush())
    return Deflated(crc, size, [piece for piece in data if piece])


def write_deflated(out: zipfile.ZipFile, info: zipfile.ZipInfo, part: Deflated) -> None:
    """Add a member compressed beforehand (``deflate``) to a zip being written."""
    with MemberWriter(out, info) as target:
        target.write_compressed(part)
