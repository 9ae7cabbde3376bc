"""Check a written package before it replaces the tracker: every part the writer did not touch
is the source's compressed bytes, and every touched part parses and is on disk as written (read
back whole and parsed, or, parsed as it was made, its compressed bytes read back to the CRC-32
they were written with)."""

from __future__ import annotations

import xml.parsers.expat
import zipfile
import zlib
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path

from followup_batch.errors import UnsafeWrite
from followup_batch.progress import CountedReads, step
from followup_batch.read.package import SheetEntry, open_package, read_sheets, xml_parser
from followup_batch.write.xlsx.scan import CHUNK
from followup_batch.write.xlsx.zipcontainer import Archive, Sealed

CHECKING = "checking the written file"  # the progress step this check is


def verify_package(
    source: Path,
    written: Path,
    touched: Collection[str],
    made: Collection[str] = (),
    removed: Collection[str] = (),
    sealed: Mapping[str, Sealed] | None = None,
) -> None:
    """The written package is whole: every untouched part is the source's compressed bytes, and
    every touched part reads back to its end (its CRC and size checked) and parses as XML.

    ``removed``: parts left out on purpose (``xl/calcChain.xml``).

    ``made``: generated parts whose XML was parsed as they were made (``StreamedPart``,
    ``Deflated``); their CRC, checked here, binds the bytes on disk to the bytes parsed then,
    so they are not parsed twice.

    ``sealed``: the members as the writer wrote them (``ArchiveWriter.sealed``). A made part
    among them is not inflated back: its directory entry must say the CRC-32 and sizes the
    writer gave it, and its compressed bytes must read back to the CRC-32 they had as they
    went to the file. That catches what inflating it catches — bytes changed, lost or cut
    short on their way to the disk, a directory entry that does not match them — for a
    hundredth of the work; only a deflate stream that zlib itself made wrong would pass,
    and zlib's inflate is what reads it in Excel's place too.
    """
    try:
        with Archive(source) as old, Archive(written) as new:
            new_infos = {info.filename: info for info in new.infolist()}
            for info in old.infolist():
                other = new_infos.get(info.filename)
                if other is None and info.filename in removed:
                    continue
                if other is None:
                    raise UnsafeWrite(f"the new package lacks {info.filename}; original kept")
                if info.filename in touched:
                    continue
                same = (info.CRC, info.file_size, info.compress_size, info.compress_type) == (
                    other.CRC,
                    other.file_size,
                    other.compress_size,
                    other.compress_type,
                )
                if not same or old.raw(info) != new.raw(other):
                    raise UnsafeWrite(f"{info.filename} changed in the new package; original kept")
            _refuse_twice_named(new)
            checked = [new_infos[name] for name in sorted(touched) if name in new_infos]
            total = sum(info.file_size for info in checked)
            done = 0
            for info in checked:
                seal = (sealed or {}).get(info.filename) if info.filename in made else None
                if seal is not None:
                    _check_sealed(new, info, seal)
                    step(CHECKING, done + info.file_size, total)  # a quick one, told as done
                else:
                    _check_part(new, info, parse=info.filename not in made, told=(done, total))
                done += info.file_size
    except (zipfile.BadZipFile, xml.parsers.expat.ExpatError, OSError) as exc:
        raise UnsafeWrite(f"the new workbook does not read back ({exc}); original kept") from None


# A workbook that lists two sheets of one name (a run once added a second Drafts beside one
# whose part was missing, one more per run: ot89 F5), refused before anything is written
# (``plan_write``), as ``check`` says it.
TWICE_NAMED = (
    'the workbook lists two sheets named "{name}", which Excel must repair: open it in Excel, '
    "let it repair the file and save it (or restore it from a backup), then run again"
)


def twice_named(sheets: Iterable[SheetEntry]) -> str | None:
    """The first sheet name listed twice among ``sheets`` (Excel's names ignore case)."""
    seen: set[str] = set()
    for entry in sheets:
        if entry.name.casefold() in seen:
            return entry.name
        seen.add(entry.name.casefold())
    return None


def _refuse_twice_named(new: Archive) -> None:
    """``UnsafeWrite`` when the new workbook lists two sheets of one name: Excel will not open
    it without a "repair". Whatever the cause, such a workbook is never written."""
    book = open_package(new)
    if book.workbook_part is None or book.binary:
        return
    try:
        sheets = read_sheets(new, book.workbook_part).sheets
    except ValueError:  # not well-formed: the check of the touched parts says so
        return
    if (name := twice_named(sheets)) is not None:
        raise UnsafeWrite(
            f'the new workbook would list two sheets named "{name}", which Excel must repair; '
            "original kept"
        )


def _check_sealed(package: Archive, info: zipfile.ZipInfo, seal: Sealed) -> None:
    """A part parsed as it was made is on disk as the writer wrote it (``Sealed``); else
    ``BadZipFile`` (the new workbook does not read back)."""
    if Sealed.of(info, seal.raw_crc) != seal:
        raise zipfile.BadZipFile(f"the entry for {info.filename} is not the one written")
    if zlib.crc32(package.raw(info)) != seal.raw_crc:
        raise zipfile.BadZipFile(f"{info.filename} is damaged")


def _check_part(
    package: Archive, info: zipfile.ZipInfo, parse: bool, told: tuple[int, int]
) -> None:
    """Read a part to its end (its CRC and size checked) and, unless told not to, parse it.
    ``told``: the bytes of the parts checked before it and of all of them, for ``progress``."""
    parse = parse and not info.filename.lower().endswith(".vml")  # Excel's VML is not always XML
    parser = xml_parser()
    with package.stream(info) as member:  # checks the CRC and size at the end
        before, total = told
        stream = CountedReads(member, CHECKING, total, start=before)
        while chunk := stream.read(CHUNK):
            if parse:
                parser.Parse(chunk, False)
    if parse:
        parser.Parse(b"", True)
