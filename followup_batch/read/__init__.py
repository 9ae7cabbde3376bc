"""Read: find tracker files, tell their type by their bytes and refuse what cannot be read,
find the header row, and give the raw cells with their Excel row numbers.

    find_trackers(patterns) -> Iterator[Path]          # files, folders and globs
    read_trackers(path, options) -> list[RawTable]     # one per sheet that holds a tracker
    client_folder_of(path, subfolders, kept) -> str    # the folder named for its client

Names are loaded on first use: the config carries ``ReadOptions`` and the CLI starts without
pandas, which the cells need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from followup_batch.lazy import lazy_exports

# public name -> module of this package that defines it
_EXPORTS = {
    "find_trackers": "files",
    "read_trackers": "tracker",
    "client_folder_of": "file_clients",
    "RawTable": "table",
    "ReadOptions": "options",
    "parse_column_maps": "options",
}

__all__ = [
    "RawTable",
    "ReadOptions",
    "client_folder_of",
    "find_trackers",
    "parse_column_maps",
    "read_trackers",
]

if TYPE_CHECKING:
    from followup_batch.read.file_clients import client_folder_of
    from followup_batch.read.files import find_trackers
    from followup_batch.read.options import ReadOptions, parse_column_maps
    from followup_batch.read.table import RawTable
    from followup_batch.read.tracker import read_trackers


__getattr__ = lazy_exports(__name__, _EXPORTS)
