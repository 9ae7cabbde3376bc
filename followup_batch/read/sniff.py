"""Tell a tracker file's type by its bytes, and refuse what cannot be read with a reason.

The name's extension is not trusted: a workbook renamed to .csv is read as a workbook, and a
legacy .xls renamed to .xlsx is refused with a reason instead of a zip error. Everything here
looks only at the file's first bytes and, for zip files, at the zip directory and two small
XML parts (``package.open_package``), so a refusal costs milliseconds and nothing large is
ever decompressed.

Refused, each with a one-line reason and what to do:
- over 200 MiB (the file's size);
- legacy .xls (an OLE2 compound file);
- password-protected: OLE2 with EncryptionInfo/EncryptedPackage streams (.xlsx, .xlsb), or an
  .xls that calamine reports as password-protected;
- .xlsb (a zip with xl/workbook.bin) and .ods (an OpenDocument mimetype or manifest), and
  .fods (OpenDocument's flat XML);
- Strict Open XML (the workbook part in the purl.oclc.org namespace);
- zip bombs, from the zip directory: over 1 GiB unpacked in all, a member over 64 MiB
  that expands more than 200-fold, or a package over 64 MiB that expands more than 100-fold
  as a whole (a member that unpacks past the size the directory declares is refused as it is
  read: ``package.BoundedPart``);
- damaged zips, Word/PowerPoint packages, PDF, Excel 2003 XML and HTML saved as .xls.
"""

from __future__ import annotations

import codecs
import collections
import errno
import os
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from followup_batch.errors import UnsupportedFile
from followup_batch.read.damage import RESAVE
from followup_batch.read.files import no_folder_left, placeholder_reason
from followup_batch.read.package import (
    CONTENT_TYPES,
    OLE2_MAGIC,
    PASSWORD_PROTECTED,
    LyingPart,
    content_types,
    garbled_zip,
    missing_package_parts,
    open_package,
    read_part,
)

# The keywords of a digest workbook the tool wrote (``--digest digest.xlsx``), so that a run
# over the folder it lies in does not read it back as a tracker (Excel and LibreOffice keep
# a document's keywords when they save it).
DIGEST_KEYWORDS = "followup-batch digest"
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200  # worksheet XML reaches about 100:1 when it repeats one value
# Members under 64 MiB unpacked may compress as well as they like: reading one costs a second
# at most, and real text can pack more than 200-fold (outside test ot105 F4: a 1.4 MB sheet of
# emoji and combining marks pasted over and over, 211-fold, was refused). A real 100,000-row
# tracker as the tool writes it holds parts up to 226 MiB, none over 52-fold.
RATIO_CHECKED_FROM_BYTES = 64 * 1024 * 1024
# ... but not a hundred of them: a real package unpacks to about ten times its size (a 20,000-row
# tracker: 56 MiB from 6 MiB), so a big one that unpacks a hundred-fold is refused as a whole.
MAX_PACKAGE_RATIO = 100
PACKAGE_RATIO_CHECKED_FROM_BYTES = 64 * 1024 * 1024

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
ENCRYPTION_STREAMS = tuple(n.encode("utf-16-le") for n in ("EncryptedPackage", "EncryptionInfo"))

SAVE_AS_XLSX = "Open it in Excel and save it as .xlsx (Excel Workbook), then run again."
REMOVE_PASSWORD = (
    "Remove the password in Excel (File > Info > Protect Workbook > Encrypt with Password, "
    "clear it), save it as .xlsx and run again."
)

# What to do with a Parquet file, or a folder of them, given where trackers are read.
RUN_AS_DATASET = (
    "Run it with followup-batch run PATH --output OUT (--digest-dir DIR for each coach's "
    "digest, --dry-run to only count)."
)
# Formats that are not CSV, told by how they start (after any byte-order mark).
OTHER_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "is a PDF document, not a spreadsheet. Export the tracker as .xlsx or .csv."),
    (b"{\\rtf", "is a Rich Text document, not a spreadsheet. Save the tracker as .xlsx or .csv."),
    # A platform's export, given to check or digest: binary, but not damaged.
    (b"PAR1", f"is a Parquet dataset, not a tracker. {RUN_AS_DATASET}"),
)
SPREADSHEET_ML_2003 = b"urn:schemas-microsoft-com:office:spreadsheet"
# A flat OpenDocument file (.fods, one XML file as LibreOffice saves it): its root element in
# the OpenDocument office namespace (report ot142 F3: "no header row with Company…").
FLAT_OPEN_DOCUMENT = (b"<office:document ", b"urn:oasis:names:tc:opendocument:xmlns:office")
OPEN_DOCUMENT = (
    "{name} is an OpenDocument spreadsheet ({suffix}), which is not supported. Save it as .xlsx "
    "(File > Save As > Excel 2007-365) and run again."
)
HTML_START = re.compile(rb"\s*(?:<!doctype html|<html)", re.IGNORECASE)


@dataclass(frozen=True)
class Workbook:
    """What the sniffing learned about an xlsx/xlsm package."""

    workbook_part: str  # e.g. 'xl/workbook.xml'
    epoch_1904: bool


MIB = 1 << 20


def mebibytes(size: int) -> str:
    """A limit as a person reads it: "200 MiB", in bytes when not a whole number of MiB."""
    return f"{size // MIB} MiB" if size % MIB == 0 else f"{size:,} bytes"


def size_over(size: int, limit: int) -> str:
    """The size of a file over ``limit`` bytes, never rounded down to the limit: a file of
    200.0004 MiB was "200 MiB; trackers over 200 MiB are refused". "200.3 MiB", or "just over
    200 MiB (209,715,569 bytes)" when a tenth of a MiB does not show it."""
    if limit % MIB:
        return f"{size:,} bytes"
    shown = f"{size / MIB:.1f}"
    if float(shown) * MIB > limit:
        return f"{shown} MiB"
    return f"just over {mebibytes(limit)} ({size:,} bytes)"


def sniff_kind(path: Path) -> str:
    """'xlsx' or 'csv' from the file's first bytes; refuse the formats we cannot read."""
    return sniff(path)[0]


def special_file(mode: int) -> str | None:
    """ "a named pipe" or "a device or socket" for such a file's ``st_mode``, else None (a
    file, a folder): reading one waits for ever (a pipe) or never ends (/dev/zero)."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return "a named pipe" if stat.S_ISFIFO(mode) else "a device or socket"


# A client's tracker that a link in a coach's folder leads to, moved, renamed or unshared.
BROKEN_LINK = (
    "{name} is a link to {target}, which does not exist (moved, renamed or no longer shared). "
    "Point the link at the {what} again, or remove it"
)
LINK_LOOP = "{name} is a link to {target}, which leads back to itself (a loop)"


def require_tracker_file(path: Path) -> None:
    """``UnsupportedFile`` for what is refused by its ``stat`` alone, before a byte is read: a
    named pipe, a device or a socket named as a tracker (the batch behind it would wait with
    it), an empty file, a file over ``MAX_FILE_BYTES`` (a 2 GiB file was read in full, twice,
    before its refusal, ot43 F9: on a synced folder, a download of it); and a link whose file
    is gone, or a loop of links (a folder scan runs them to say so:
    ``read.files.no_file_named``, ``no_folder_left``). Through a link, as the reading would
    go (``/dev/stdin`` too: a pipe is refused, a file by its size). A sync client's stand-in
    for a tracker (``read.files.placeholder_reason``) is refused by its name, unless it is a
    link that leads nowhere: the link is what to fix."""
    gone = path.is_symlink() and not path.exists()
    if not gone and (stand_in := placeholder_reason(path)):
        raise UnsupportedFile(stand_in)
    try:
        info = path.stat()
    except FileNotFoundError:
        if not path.is_symlink():
            raise
        # A client's folder linked in a coach's folder (``read.files.no_folder_left``).
        what = "client's folder" if no_folder_left(path) else "tracker"
        raise UnsupportedFile(
            BROKEN_LINK.format(name=path.name, target=os.readlink(path), what=what)
        ) from None
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            raise
        raise UnsupportedFile(LINK_LOOP.format(name=path.name, target=os.readlink(path))) from None
    kind = special_file(info.st_mode)
    if kind is not None:
        raise UnsupportedFile(
            f"{path.name} is {kind}, not a file: a tracker is read only from a regular file"
        )
    size = info.st_size
    if size == 0:  # a sync client's file before its download (ot58 F7): init refuses to overwrite
        # Its newest backup is named when it has one (``write.atomic.with_newest_backup``);
        # a file never run has none to restore (ot112 F6).
        raise UnsupportedFile(
            f"{path.name} {EMPTY_FILE}: there is nothing to read. In a synced folder it may "
            "still be downloading: wait for the sync to finish and run again. If it stays "
            "empty, delete it and start a new tracker with followup-batch init"
        )
    if size > MAX_FILE_BYTES:
        raise UnsupportedFile(
            f"{path.name} is {size_over(size, MAX_FILE_BYTES)}; trackers over "
            f"{mebibytes(MAX_FILE_BYTES)} are refused. Split it into smaller files."
        )


EMPTY_FILE = "is empty (0 bytes)"  # the words of a tracker of no bytes (``require_tracker_file``)


def sniff(path: Path) -> tuple[str, Workbook | None]:
    """``sniff_kind`` with the workbook's ``inspect_workbook`` result (None for a CSV), so a
    reader does not open the zip twice."""
    try:
        require_tracker_file(path)
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        raise UnsupportedFile(f"{path.name}: cannot open the file ({exc.strerror}).") from None
    if head.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        return "xlsx", inspect_workbook(path)
    if head.startswith(OLE2_MAGIC):
        raise UnsupportedFile(ole2_reason(path))
    text_start = head.removeprefix(b"\xef\xbb\xbf")
    for signature, reason in OTHER_SIGNATURES:
        if text_start.startswith(signature):
            raise UnsupportedFile(f"{path.name} {reason}")
    if all(mark in head for mark in FLAT_OPEN_DOCUMENT):
        raise UnsupportedFile(OPEN_DOCUMENT.format(name=path.name, suffix=".fods"))
    if SPREADSHEET_ML_2003 in head:
        raise UnsupportedFile(
            f"{path.name} is an Excel 2003 XML spreadsheet, which is not supported. " + SAVE_AS_XLSX
        )
    if HTML_START.match(text_start):
        raise UnsupportedFile(
            f"{path.name} is a web page (HTML), not a spreadsheet; Excel can open it, but this "
            "tool cannot. " + SAVE_AS_XLSX
        )
    return "csv", None


def inspect_workbook(path: Path) -> Workbook:
    """Check a zip file is an xlsx/xlsm workbook we can read safely; refuse it otherwise."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            refuse_zip_bombs(path, infos)
            names = {info.filename for info in infos}
            # Part names are compared ignoring case (ECMA-376 part 2): Sheet2.xml and
            # sheet2.xml are one name twice, which Excel "repairs" by dropping one of them.
            same: dict[str, list[str]] = collections.defaultdict(list)
            for info in infos:
                same[info.filename.casefold()].append(info.filename)
            if len(same) < len(infos):
                twice = min(sorted(group) for group in same.values() if len(group) > 1)
                shown = twice[0] if twice[0] == twice[1] else f"{twice[0]} and {twice[1]}"
                raise UnsupportedFile(
                    f"{path.name} holds two parts named {shown}, so readers disagree on "
                    "what it says (Excel refuses such a file). Re-save it from the program "
                    "that made it, or restore it from a backup."
                )
            if (garbled := garbled_zip(archive)) is not None:
                raise UnsupportedFile(_damaged(path, garbled))
            mimetype = read_part(archive, "mimetype")[:100] if "mimetype" in names else b""
            if b"opendocument" in mimetype or (
                "content.xml" in names and "META-INF/manifest.xml" in names
            ):
                raise UnsupportedFile(OPEN_DOCUMENT.format(name=path.name, suffix=".ods"))
            _refuse_document_types(path, archive, infos)
            package = open_package(archive)
            if package.workbook_part is None or package.binary:
                raise UnsupportedFile(_not_a_workbook(path, names))
            if _is_tool_digest(archive, names, package.workbook_part):
                raise UnsupportedFile(
                    f"{path.name} is a digest this tool wrote (--digest), not a tracker: it "
                    "is left alone. Name your trackers instead, or write the digest outside "
                    "their folder."
                )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise UnsupportedFile(
            f"{path.name} looks like a workbook but is damaged: {_zip_damage(exc)}. "
            "Restore it from a backup or re-save it from Excel."
        ) from None
    # zipfile's words for a compression method it lacks and for an encrypted member.
    except (NotImplementedError, RuntimeError) as exc:
        raise UnsupportedFile(
            f"{path.name} is a zip file this tool cannot open ({exc}). "
            "Re-save it from Excel as .xlsx."
        ) from None
    if package.strict:
        raise UnsupportedFile(
            f'{path.name} is saved as "Strict Open XML Spreadsheet", which is not supported. '
            'Open it in Excel and save it as "Excel Workbook (.xlsx)", then run again.'
        )
    assert package.workbook_part is not None
    if (missing := missing_package_parts(names, package.workbook_part)) is not None:
        raise UnsupportedFile(_damaged(path, missing))
    return Workbook(package.workbook_part, package.date1904)


def _damaged(path: Path, why: str) -> str:
    """The one line for a package ``garbled_zip`` or ``missing_package_parts`` refuses."""
    if why == PASSWORD_PROTECTED:
        return f"{path.name}: {why}."
    return f"{path.name}: {why}; {RESAVE}"


# What zipfile's words for a damaged package mean to the person whose file it is.
CUT_SHORT = "it is cut short, its end missing (as when a copy, download or save stops part way)"
ZIP_DAMAGE: tuple[tuple[str, str], ...] = (
    ("File is not a zip file", CUT_SHORT),  # a zip's start, and no directory at its end
    ("Truncated", CUT_SHORT),
)
BROKEN_DIRECTORY = "the list of its parts is broken (as when a disk or a transfer garbles it)"


def _zip_damage(exc: BaseException) -> str:
    """What ``exc``, raised opening a file that starts as a zip does, means for its owner."""
    if isinstance(exc, EOFError):
        return CUT_SHORT
    for words, meaning in ZIP_DAMAGE:
        if str(exc).startswith(words):
            return meaning
    return BROKEN_DIRECTORY


def tool_digest(path: Path) -> bool:
    """Whether ``path`` is a digest workbook this tool wrote (False for anything else,
    unreadable files included: the reader says what is wrong with those)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            return _is_tool_digest(archive, names, "xl/workbook.xml")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        return False
    except (NotImplementedError, RuntimeError):  # zipfile: an unknown method, an encrypted part
        return False
    except LyingPart:  # a forged size: refused when the file is read, not while a folder is listed
        return False


def _is_tool_digest(archive: zipfile.ZipFile, names: set[str], workbook_part: str) -> bool:
    """The digest's mark is its keywords; a digest written before they were (December 2026)
    is told by its author, the tool, and its Due sheet."""
    core = _small_part(archive, names, "docProps/core.xml")
    if DIGEST_KEYWORDS.encode() in core:
        return True
    if b">followup-batch</dc:creator>" not in core:
        return False
    return b'name="Due"' in _small_part(archive, names, workbook_part)


def _small_part(archive: zipfile.ZipFile, names: set[str], name: str) -> bytes:
    """A part of a few kilobytes at most, b"" when missing or larger."""
    if name not in names or archive.getinfo(name).file_size > _SMALL_PART_BYTES:
        return b""
    return read_part(archive, name)


_SMALL_PART_BYTES = 256 * 1024
_PROLOG_BYTES = 64 * 1024


def _refuse_document_types(
    path: Path, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]
) -> None:
    """Refuse a part that declares a document type (``<!DOCTYPE``, entities): Excel never
    writes one, and entities are how XML attacks its reader (a billion laughs, a file of the
    machine read in). The readers refused them already, with a parser's words; this names
    the part and says why. Every part is looked at, whatever its name, up to its first
    element: a prolog longer than 64 KB is refused too (nothing writes one). Images are not
    read as XML (an SVG from Illustrator starts with ``<!DOCTYPE svg``): a part the package's
    content types call ``image/...`` is passed over, once that list itself is checked."""
    infos = sorted(infos, key=lambda info: info.filename != CONTENT_TYPES)  # that list first
    images: set[str] | None = None
    for info in infos:
        if not info.file_size or info.is_dir():
            continue
        if images is None and info.filename != CONTENT_TYPES:
            images = _image_parts(archive)
        if images and info.filename in images:
            continue
        try:
            with archive.open(info) as part:
                head = part.read(_PROLOG_BYTES)
        except (zipfile.BadZipFile, zlib.error, EOFError):
            continue  # damaged: the reader says which part, and how
        found = _doctype_in_prolog(head, complete=len(head) == info.file_size)
        if found is False:
            continue
        why = (
            "declares a document type (<!DOCTYPE>)"
            if found
            else f"has over {_PROLOG_BYTES // 1024} KB before its first element"
        )
        raise UnsupportedFile(
            f"{path.name}: its part {info.filename} {why}, which Excel never writes and "
            "which can carry an attack on the program reading it; refused. Re-save it from "
            "Excel, or restore it from a backup."
        )


def _image_parts(archive: zipfile.ZipFile) -> set[str]:
    """The parts the package's content types call images (none when it cannot be read)."""
    try:
        types = content_types(archive)
    except Exception:  # noqa: BLE001 - a damaged list: every part is looked at
        return set()
    return {name for name, kind in types.items() if kind.lower().startswith("image/")}


def _doctype_in_prolog(head: bytes, *, complete: bool) -> bool | None:
    """Whether the XML prolog at the start of ``head`` holds a ``<!DOCTYPE``: comments,
    processing instructions and white space are stepped over, whatever they say. False for
    a part that is not XML; None when the prolog runs past ``head`` (and the part goes on)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", "ignore").lstrip("\ufeff").encode("utf-8")
    elif head[:2] == b"<\x00" or head[:2] == b"\x00<":  # UTF-16 without its mark
        order = "utf-16-le" if head[0] == ord("<") else "utf-16-be"
        head = head.decode(order, "ignore").encode("utf-8")
    elif head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8) :]
    at = 0
    while True:
        while at < len(head) and head[at] in b" \t\r\n":
            at += 1
        if at >= len(head):
            return None if not complete and at else False
        for start, end in ((b"<?", b"?>"), (b"<!--", b"-->")):
            if head.startswith(start, at):
                close = head.find(end, at + len(start))
                if close < 0:
                    return None if not complete else False
                at = close + len(end)
                break
        else:
            return head.startswith(b"<!DOCTYPE", at)


def refuse_zip_bombs(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Raise ``UnsupportedFile`` when the sizes the zip's directory declares for its members
    (``infos``) make it a possible zip bomb; a member that lies about its size is caught as
    it is unpacked (``package.BoundedPart``)."""
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise UnsupportedFile(
            f"{path.name} would expand to {size_over(total, MAX_UNCOMPRESSED_BYTES)} when "
            f"unpacked (over {mebibytes(MAX_UNCOMPRESSED_BYTES)}); refused as a possible zip bomb. "
            "If it is a real tracker, split it into smaller workbooks."
        )
    packed = sum(info.compress_size for info in infos)
    if total > PACKAGE_RATIO_CHECKED_FROM_BYTES and total > MAX_PACKAGE_RATIO * packed:
        raise UnsupportedFile(
            f"{path.name} would expand {total / max(packed, 1):.0f}-fold to "
            f"{total // 1_048_576} MiB when unpacked (over {MAX_PACKAGE_RATIO}-fold); refused "
            "as a possible zip bomb. Re-save it from Excel if it is a real tracker."
        )
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_CHECKED_FROM_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise UnsupportedFile(
                f"{path.name}: the part {info.filename} expands {ratio:.0f}-fold when unpacked "
                f"(over {MAX_COMPRESSION_RATIO}); refused as a possible zip bomb. Re-save it "
                "from Excel if it is a real tracker."
            )


def numbers_refused(path: Path) -> str:
    """Why an Apple Numbers document is not read, zipped or a package folder (ot92 F7)."""
    return (
        f"{path.name} is an Apple Numbers spreadsheet, which is not supported. Export it "
        "from Numbers as Excel (File > Export To > Excel) and run again."
    )


def _not_a_workbook(path: Path, names: set[str]) -> str:
    if any(n.startswith("xl/") and n.endswith(".bin") for n in names):
        return (
            f"{path.name} is an Excel binary workbook (.xlsb), which is not supported. "
            + SAVE_AS_XLSX
        )
    if "word/document.xml" in names:
        return f"{path.name} is a Word document, not a spreadsheet."
    if "ppt/presentation.xml" in names:
        return f"{path.name} is a PowerPoint presentation, not a spreadsheet."
    if any(n.startswith("Index/") and n.endswith(".iwa") for n in names):
        return numbers_refused(path)
    if any(n.startswith("xl/") for n in names):
        return (
            f"{path.name} is an Excel package without a workbook part; it is damaged. "
            "Restore it from a backup or re-save it from Excel."
        )
    return f"{path.name} is a zip file but not an Excel workbook (no xl/workbook.xml)."


def ole2_reason(path: Path) -> str:
    """Why an OLE2 compound file (legacy .xls, or an encrypted .xlsx/.xlsb) is refused."""
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES)
    if any(stream in data for stream in ENCRYPTION_STREAMS):
        return f"{path.name} is password-protected (encrypted), so it cannot be read. " + (
            REMOVE_PASSWORD
        )
    if _xls_has_password(path):
        return f"{path.name} is a password-protected .xls workbook, so it cannot be read. " + (
            REMOVE_PASSWORD
        )
    return (
        f"{path.name} is a legacy Excel 97-2003 workbook (.xls), which is not supported. "
        + SAVE_AS_XLSX
    )


def _xls_has_password(path: Path) -> bool:
    """calamine reads .xls far enough to see a FILEPASS record; anything else is not our call."""
    try:
        from python_calamine import CalamineWorkbook, PasswordError
    except ImportError:  # pragma: no cover - a declared dependency
        return False
    try:
        CalamineWorkbook.from_path(str(path)).close()
    except PasswordError:
        return True
    except BaseException as exc:  # calamine panics are BaseException; only those are ours
        if isinstance(exc, (KeyboardInterrupt, SystemExit, MemoryError)):
            raise
    return False
