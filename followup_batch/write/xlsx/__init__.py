"""The xlsx package editor: writes the owned columns into a workbook, changing only the tool's
cells and parts. ``write_workbook`` is the one entry; the modules here are its internals.

Layout: ``package`` plans the write and writes the members; ``scan`` streams the sheet,
``sheet`` edits the worksheet's elements around its rows, ``cells`` makes the owned cells and
merges them into the rows, ``parts`` edits the small parts, ``notes`` the header notes,
``styles`` the tool's formats, ``extra_sheet`` the tool's own sheets (Drafts); ``verify``
checks the written package; ``design`` says how it all looks and ``xmlbytes`` edits XML as
bytes.
"""

from __future__ import annotations

import datetime
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from followup_batch.errors import UnsafeWrite
from followup_batch.write import WriteOptions, atomic

if TYPE_CHECKING:
    import pandas as pd

    from followup_batch.read.tracker import RawTable


def write_workbook(
    table: RawTable,
    owned: pd.DataFrame,
    target: Path,
    as_of: datetime.date,
    *,
    options: WriteOptions,
    extra_sheets: Mapping[str, pd.DataFrame],
    expected: atomic.Fingerprint | None,
) -> None:
    """Write the owned columns (and the tool's ``extra_sheets``) into a copy of the tracker's
    workbook, verify it and replace ``target`` with it (see ``write.write_results``)."""
    # Imported here while read.xlsx_cells still imports this package's byte helpers.
    from followup_batch.write.xlsx import package
    from followup_batch.write.xlsx.parts import check_editable
    from followup_batch.write.xlsx.verify import verify_package
    from followup_batch.write.xlsx.xmlbytes import MalformedPart

    source = Path(table.path)
    check_editable(source)
    in_place = source.resolve() == atomic.resolve_target(target)
    written = package.Written(set(), set())

    def write(temp: Path) -> None:
        try:
            done = package.write_package(table, owned, source, temp, as_of, extra_sheets)
            written.touched.update(done.touched)
            written.made.update(done.made)
        except UnsafeWrite as exc:
            message = str(exc)
            if message.startswith(source.name):
                raise
            raise UnsafeWrite(f"{source.name}: {message}; nothing was written") from None
        except (
            MalformedPart,
            ElementTree.ParseError,
            zipfile.BadZipFile,
            zipfile.LargeZipFile,  # a sheet of over 2 GiB of XML
            KeyError,
        ) as exc:
            raise UnsafeWrite(
                f"{source.name}: cannot update the workbook ({exc}); nothing was written. "
                "Open it in Excel and save it again, then run again"
            ) from None

    atomic.replace_atomically(
        target,
        write,
        backup=options.backup,
        verify=lambda temp: verify_package(source, temp, *written),
        backups_kept=options.backups_kept,
        expected=expected if in_place else None,
        watch=() if in_place else (source,),
        skip_unchanged=True,
    )
