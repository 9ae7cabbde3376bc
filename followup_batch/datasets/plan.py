"""A dataset run's plan, made before any work: the files, the pieces each engine runs as one
partition, which column is read as which field, and where each piece's output goes.

Everything a run can refuse is refused here, on the machine that starts it, before a worker is
asked to do anything: no files, a missing required column. One file that cannot be run (not
readable, not decodable, its columns unlike the others') is left out of the plan, named with
its reason (``DatasetPlan.skipped``), and the other files run: a crashed exporter's half-written
file does not hold back the rest of the night's output. Columns are matched by name, as Parquet
readers match them: a file with the others' columns in another order, or without an optional
one (an export from before the column was added), is read in the dataset's order, the missing
column blank, and said once (``Piece.columns``). A column for an optional field that only some
files have (the newer exports, once the platform added it) is one of the dataset's, however
few files have it (``_optional_columns``); a column the fields do not know sets its file apart.

A piece is a run of rows of one file, at most ``partition_rows`` long: whole row groups of a
Parquet file (a row group larger than that is read and sliced), or whole CSV records found by
a scan that honours quoted line breaks. OUT mirrors DATA: a file's output keeps its relative
path (Hive folders such as ``coach=Ann/`` included), as ``.parquet``; a file cut into several
pieces gives one output file per piece, numbered ``name.0000.parquet``, ``name.0001.parquet``.
"""

from __future__ import annotations

import glob
import itertools
import os
import re
import shlex
import urllib.parse
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from followup_batch.errors import FollowupError, UsageError
from followup_batch.read import fields
from followup_batch.read.header_keys import header_key
from followup_batch.read.headers import (
    HeaderMatch,
    did_you_mean,
    header_index_with,
    match_header,
)
from followup_batch.read.options import ReadOptions
from followup_batch.text import first_and_more

if TYPE_CHECKING:  # pandas, which importing the CLI does not load
    from followup_batch.normalise.date_columns import DateOrder

PARQUET_SUFFIXES = (".parquet", ".parq", ".pq")
CSV_SUFFIXES = (".csv", ".tsv", ".txt")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")  # a folder with these holds trackers
COACH_KEY = "coach"  # a column with this header (any case or spacing) names each row's coach
_HIVE_SEGMENT = re.compile(r"(?P<key>[^=/]+)=(?P<value>[^/]*)")
HIVE_NULL = "__HIVE_DEFAULT_PARTITION__"
REASONS_SHOWN = 10  # files said with their reasons when none of a dataset's can be run


class DatasetError(FollowupError):
    """The dataset cannot be run as given; nothing was done."""


class NothingAt(DatasetError, UsageError):
    """DATA names no dataset: no such file or folder, a glob matching nothing, a folder
    without Parquet or CSV files. A usage error (exit code 2), as the same PATH given to a
    tracker run is: a nightly job's exit code does not depend on --engine (ot110 F10)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "PATH")


class UnreadableFile(DatasetError):
    """One file of the dataset cannot be run: it is skipped and the others run. Its reason is
    one line (stderr, ``--json``, OUT's record), whatever the library it quotes wrote."""

    def __init__(self, file: Path, reason: str) -> None:
        reason = " ".join(reason.split())
        super().__init__(f"{file}: {reason}")
        self.file, self.reason = file, reason


@dataclass(frozen=True)
class SkippedFile:
    file: str  # relative to the dataset's folder, as its output would have been named
    reason: str
    path: Path  # where the user finds it


@dataclass(frozen=True)
class CsvFormat:
    delimiter: str
    encoding: str
    # A UTF-8 file holding bytes that are not UTF-8 (a name pasted from a Windows-1252
    # export, a damaged byte): the encoding those bytes are read in, each UTF-8 character
    # still read as one, as a tracker reads a mixed file; None when every byte is in
    # ``encoding``.
    mixed: str | None = None


@dataclass(frozen=True)
class Piece:
    """One partition: rows ``[start, stop)`` of a Parquet file, or the CSV records in bytes
    ``[start, stop)`` of a CSV file (``stop`` None: to the end)."""

    source: Path
    output: str  # the output file, relative to OUT
    first_row: int  # the row number the user finds the piece's first row under (see below)
    start: int
    stop: int | None
    rows: int | None  # known for Parquet; a CSV piece's rows are counted when it is read
    partition_values: tuple[tuple[str, str], ...] = ()  # Hive folders: (key, value)
    csv: CsvFormat | None = None  # a CSV file's own delimiter and encoding
    # The file's own columns when they are not the dataset's (another order, an optional one
    # missing): read by name into the dataset's order. Empty: the dataset's, as they stand.
    columns: tuple[str, ...] = ()


@dataclass(frozen=True)
class DatasetPlan:
    """What a run over DATA reads and writes.

    Row numbers (in Problems and the digest) count within the row's file: a Parquet file's
    first row is row 1; a CSV file's first record is row 2, under its header, as a spreadsheet
    shows it. So they do not depend on how the file was cut into pieces.
    """

    data: str  # DATA as given, for messages
    kind: str  # "parquet" or "csv"
    columns: tuple[str, ...]  # the input's columns; Hive keys last
    hive_keys: tuple[str, ...]
    mapping: dict[str, int]  # field -> position in ``columns``
    stages: dict[int, str]  # a wide dataset's stage-date columns -> interview type
    coach: str | None  # the coach column, when there is one
    pieces: tuple[Piece, ...]
    reading: ReadOptions
    csv: CsvFormat | None = None  # the first file's (its delimiter says how dates are read)
    notes: tuple[str, ...] = field(default=())
    skipped: tuple[SkippedFile, ...] = ()  # files left out, each with its reason
    # Of files that are run, what the user needs without -v (bytes not in a CSV file's
    # encoding, read as ``CsvFormat.mixed`` says; a date column read month first only because
    # nothing says otherwise), each starting with the file's path (DATA's for a column).
    file_notes: tuple[str, ...] = ()
    # The date orders (``reading.date_orders``) of each file that reads a column its own
    # way (``date_orders.settle_date_orders``): a US export beside a European one.
    file_date_orders: Mapping[Path, Mapping[str, DateOrder]] = field(default_factory=dict)
    # The file whose columns are the dataset's: a column another file lacks is read as blank
    # of the type this file gives it, so every partition has the same types.
    reference: Path | None = None
    # The columns of optional fields the reference lacks and other files have (an Industry
    # column added last month), each with the first file that has it: its type is theirs.
    optional_from: Mapping[str, Path] = field(default_factory=dict)

    @property
    def files(self) -> int:
        return len({piece.source for piece in self.pieces})

    @property
    def file_columns(self) -> tuple[str, ...]:
        """The columns the files hold, in the dataset's order (``columns`` less Hive keys)."""
        return self.columns[: len(self.columns) - len(self.hive_keys)]

    @property
    def name(self) -> str:
        """What the dataset is called in the digest when rows name no client (and its folder
        when no row names a coach): the file's name, the folder's, or a glob's folder
        (``exports`` for ``exports/*.csv``), never the glob's ``*``."""
        parts = Path(self.data).parts
        fixed = list(itertools.takewhile(lambda part: not glob.has_magic(part), parts))
        return Path(*fixed).stem if fixed else "dataset"


def is_dataset(path: str, into_folder: bool = False) -> bool:
    """A Parquet file, or a folder holding Parquet files: read as a dataset, not as trackers.
    A folder that holds workbooks too is a coach's folder of trackers with a stray Parquet
    file, unless the run's --output is a folder (``into_folder``), which only a dataset
    writes: then its workbooks are passed over and named (``passed_over_note``; ot110 F3: a
    notes.xlsx dropped into an export folder made the run refuse the folder --output)."""
    candidate = Path(path)
    if candidate.is_file():
        return candidate.suffix.lower() in PARQUET_SUFFIXES
    if candidate.is_dir():
        workbooks = _dataset_files(candidate, WORKBOOK_SUFFIXES)
        return bool(_dataset_files(candidate, PARQUET_SUFFIXES)) and (into_folder or not workbooks)
    return False


def passed_over_note(data: str, root: Path) -> str | None:
    """What a dataset run says of the workbooks in its folder (``root``), which it does not
    read: by name, so that their rows are not left out unsaid; None when there are none."""
    workbooks = _dataset_files(root, WORKBOOK_SUFFIXES) if Path(data).is_dir() else []
    if not workbooks:
        return None
    names = first_and_more([file.relative_to(root).as_posix() for file in workbooks])
    them = "it" if len(workbooks) == 1 else "each"
    return (
        f"{data}: passed over {names}: a workbook is a tracker, not part of the dataset; "
        f"run {them} on its own (followup-batch run {shlex.quote(shown_path(data, workbooks[0]))})"
    )


def plan_dataset(data: str, reading: ReadOptions, partition_rows: int) -> DatasetPlan:
    """The plan for DATA: a Parquet file, a folder of them, or CSV files (a file, a folder or
    a glob) with a header. Raises ``DatasetError`` saying what is wrong and how to fix it."""
    if partition_rows < 1:
        raise DatasetError("--partition-rows must be 1 or more")
    kind, root, files = find_dataset(data)
    from followup_batch.datasets import pieces  # pyarrow: only once there is a dataset

    skipped: list[UnreadableFile] = []
    if len(files) > 1:
        copies = sync_copies(files)
        skipped += [UnreadableFile(copy, _COPY_REASON.format(of=of.name)) for copy, of in copies]
        left_out = {copy for copy, _ in copies}
        files = [file for file in files if file not in left_out]
    readable: dict[Path, tuple[tuple[str, ...], CsvFormat | None]] = {}
    file_notes: dict[Path, str] = {}
    for file in files:
        try:
            readable[file] = _file_columns(pieces, kind, file, reading, file_notes)
            if file in file_notes:
                file_notes[file] = f"{shown_path(data, file)}: {file_notes[file]}"
        except UnreadableFile as exc:
            skipped.append(exc)
    hive = _hive_values(root, files)
    if not readable:
        raise _nothing_to_run(data, skipped)
    reference, columns, match = _dataset_columns(readable, reading, hive)
    _check_mapped_columns(reading, columns, readable, hive)
    if match.missing:
        raise DatasetError(missing_columns_message(data, columns, match.missing))
    csv_format = readable[reference][1]
    dataset_columns = readable[reference][0]
    needed = _needed_columns(columns, match, reading) & set(dataset_columns)  # not Hive keys
    optional_from = _optional_columns(readable, dataset_columns, needed, match, reading)
    if optional_from:  # after the reference's own, before the Hive keys
        columns = (*dataset_columns, *optional_from, *columns[len(dataset_columns) :])
        dataset_columns = (*dataset_columns, *optional_from)
        match = match_header(1, list(columns), dataset_header_index(reading), _explicit(reading))
    coach = next((c for c in columns if header_key(c) == COACH_KEY), None)
    cut = []
    for file, (found, file_format) in readable.items():
        relative = file.relative_to(root)
        try:
            if not _read_by_name(found, dataset_columns, needed):
                raise UnreadableFile(
                    file,
                    f"its columns differ from {reference.relative_to(root).as_posix()}'s "
                    f"({_columns_difference(found, dataset_columns)}); every file of a dataset "
                    "needs the same columns, in any order (only an optional one may be missing)",
                )
            if file_format is None:
                ranges = pieces.parquet_ranges(file, partition_rows)
            else:
                ranges = pieces.csv_ranges(file, file_format, partition_rows)
        except UnreadableFile as exc:
            skipped.append(exc)
            continue
        own = found if found != dataset_columns else ()
        lacking = [c for c in dataset_columns if c not in found]
        if lacking:
            note = _lacking_note(lacking, some=any(c in optional_from for c in lacking))
            _add_note(file_notes, file, shown_path(data, file), note)
        for number, (start, stop, rows, first_row) in enumerate(ranges):
            output = _output_name(relative, number if len(ranges) > 1 else None)
            cut.append(
                Piece(file, output, first_row, start, stop, rows, hive[file], file_format, own)
            )
    if not cut:
        raise _nothing_to_run(data, skipped)
    cut_files = {piece.source for piece in cut}
    outputs = [piece.output for piece in cut]
    if len(set(outputs)) < len(outputs):
        twice = next(name for name in outputs if outputs.count(name) > 1)
        raise DatasetError(
            f"{data}: two files would both be written as {twice} (the same name with another "
            "suffix); rename one"
        )
    hive_keys = columns[len(dataset_columns) :]
    return DatasetPlan(
        data=data,
        kind=kind,
        columns=columns,
        hive_keys=hive_keys,
        mapping=dict(match.mapping),
        stages=dict(match.stages) if match.is_wide else {},
        coach=coach,
        pieces=tuple(cut),
        reading=reading,
        csv=csv_format,
        notes=tuple(match.notes),
        skipped=tuple(
            SkippedFile(
                exc.file.relative_to(root).as_posix(), exc.reason, Path(shown_path(data, exc.file))
            )
            for exc in sorted(skipped, key=lambda exc: exc.file)
        ),
        file_notes=(
            *(note for file, note in file_notes.items() if file in cut_files),
            *filter(None, [passed_over_note(data, root)]),
        ),
        reference=reference,
        optional_from=optional_from,
    )


def _file_columns(
    pieces: ModuleType, kind: str, file: Path, reading: ReadOptions, notes: dict[Path, str]
) -> tuple[tuple[str, ...], CsvFormat | None]:
    """A file's columns, and a CSV file's own format (with a note in ``notes`` when some of
    its bytes are not UTF-8); ``UnreadableFile`` when it cannot be read (a truncated or empty
    Parquet file, or one with damaged data pages; a CSV file in UTF-16 or with bytes the
    --encoding named lacks, an empty one)."""
    if kind == "parquet":
        columns = pieces.parquet_columns(file)
        pieces.check_parquet_data(file)
        return columns, None
    csv_format = pieces.sniff_csv(file, reading.encoding)
    csv_format, note = pieces.check_decodes(file, csv_format, reading.encoding)
    if note:
        notes[file] = note
    return pieces.csv_header(file, csv_format), csv_format


def _dataset_columns(
    readable: dict[Path, tuple[tuple[str, ...], CsvFormat | None]],
    reading: ReadOptions,
    hive: dict[Path, tuple[tuple[str, str], ...]],
) -> tuple[Path, tuple[str, ...], HeaderMatch]:
    """The file whose columns are the dataset's, those columns (Hive keys last) and how they
    match the fields: the columns most files have, among those that hold every required field
    (a file lacking one is the odd one out, not the others) and first those that hold the
    most of the headers the user mapped (a file without the column the user named for a field
    is not read with another column as that field); else the most common ones, refused by the
    caller."""
    tally = Counter(found for found, _ in readable.values())
    mapped = reading.mapped_keys

    def rank(found: tuple[str, ...]) -> tuple[int, int]:
        return -len(mapped & {header_key(c) for c in found}), -tally[found]

    matches = []
    for found in sorted(tally, key=rank):  # stable: the first file on a tie
        file = next(f for f, (other, _) in readable.items() if other == found)
        columns = (*found, *(key for key, _ in hive[file] if key not in found))
        repeated = sorted({c for c in columns if columns.count(c) > 1})
        if repeated:
            named = ", ".join(repr(c) for c in repeated)
            raise DatasetError(
                f"{file}: more than one column is named {named}; rename them so that each "
                "name is used once (which one holds the data cannot be told)"
            )
        match = match_header(1, list(columns), dataset_header_index(reading), _explicit(reading))
        if not match.missing:
            return file, columns, match
        matches.append((file, columns, match))
    return matches[0]


def _check_mapped_columns(
    reading: ReadOptions,
    columns: tuple[str, ...],
    readable: dict[Path, tuple[tuple[str, ...], CsvFormat | None]],
    hive: dict[Path, tuple[tuple[str, str], ...]],
) -> None:
    """Refuse a column map whose header the dataset's columns lack, before any work: a
    tracker notes it and reads on, but a dataset's files all have the same columns, so the
    field would be read from another column (or none) in every row."""
    present = {header_key(c) for c in columns}
    for header in reading.column_map:
        key = header_key(header)
        if key in present:
            continue
        said = reading.mapping_as_written(header)
        having = [f for f, (found, _) in readable.items() if key in map(header_key, found)]
        if having:
            names = ", ".join(f.name for f in having[:3]) + (", ..." if len(having) > 3 else "")
            raise DatasetError(
                f"{said}: only {len(having)} of {len(readable)} files "
                f'{"has" if len(having) == 1 else "have"} a column headed "{header}" ({names}), '
                f"and {'it lacks' if len(having) == 1 else 'they lack'} a column the others "
                "have; every file of a dataset needs the same columns; nothing was written"
            )
        written = [c for found, _ in readable.values() for c in found]
        hint = did_you_mean(header, [*written, *(k for pairs in hive.values() for k, _ in pairs)])
        raise DatasetError(
            f'{said}: no column of the dataset is headed "{header}"{hint}; nothing was written'
        )


def _nothing_to_run(data: str, skipped: list[UnreadableFile]) -> DatasetError:
    """No file of the dataset can be run: its one file's own error; of many, each file with
    its reason on a line, as files skipped beside others are said (ot110 F9: only the first
    was, and each may fail for another reason), the first ``REASONS_SHOWN`` of them."""
    if len(skipped) == 1:
        return skipped[0]
    ordered = sorted(skipped, key=lambda exc: exc.file)
    lines = [f"  {shown_path(data, exc.file)}: {exc.reason}" for exc in ordered]
    if len(lines) > REASONS_SHOWN:
        more = len(lines) - REASONS_SHOWN
        lines[REASONS_SHOWN:] = [f"  and {more:,} more file{'' if more == 1 else 's'}"]
    listed = "\n".join(lines)
    return DatasetError(
        f"{data}: none of its {len(skipped)} files can be run, so nothing was run:\n{listed}"
    )


def shown_path(data: str, file: Path) -> str:
    """``file`` (resolved) as the user finds it from DATA as typed: ``exports/us.csv`` for
    DATA ``exports/`` or ``exports/*.csv``, the absolute path only when DATA names none of its
    folders (ot67 F9: a note named /home/…/exports/us.csv under a summary of ``exports/``)."""
    parts = Path(data).parts
    fixed = list(itertools.takewhile(lambda part: not glob.has_magic(part), parts))
    base = Path(*fixed) if fixed else Path()
    try:
        relative = file.relative_to(base.resolve())
    except ValueError:
        return str(file)
    return (base / relative).as_posix()


def find_dataset(data: str) -> tuple[str, Path, list[Path]]:
    """(kind, root, files): the files of DATA in name order, and the folder their output
    paths are relative to."""
    path = Path(data).resolve()
    if path.is_file():
        files = [path]
        root = path.parent
    elif path.is_dir():
        parquet, text = _dataset_files(path, PARQUET_SUFFIXES), _dataset_files(path, CSV_SUFFIXES)
        if parquet and text:
            raise DatasetError(
                f"{data}: mixes Parquet and CSV files ({parquet[0].name}, {text[0].name}); run "
                "each kind on its own (a glob such as DATA/*.csv picks one)"
            )
        files = parquet or text
        root = path
        if not files:
            raise NothingAt(
                f"{data}: no Parquet or CSV files in this folder (looked for "
                f"{', '.join(PARQUET_SUFFIXES + CSV_SUFFIXES)})"
            )
    else:
        matches = glob.glob(data, recursive=True)
        files = sorted(Path(p).resolve() for p in matches if Path(p).is_file())
        if not files:
            raise NothingAt(f"{data}: no such file, folder or matching files")
        root = Path(os.path.commonpath([str(f.parent) for f in files]))
    kinds = {_kind(file) for file in files}
    if None in kinds:
        odd = next(f for f in files if _kind(f) is None)
        raise DatasetError(
            f"{odd}: not a Parquet or CSV file; a dataset is .parquet files or CSV files "
            "with a header"
        )
    if len(kinds) > 1:
        raise DatasetError(f"{data}: mixes Parquet and CSV files; run each kind on its own")
    return str(kinds.pop()), root, files


def dataset_header_index(reading: ReadOptions) -> dict[str, str]:
    """Header key -> field: the synonyms and the user's map, and the field names themselves
    (``interview_at``, ``thank_you_sent``), which databases use as column names."""
    names = {header_key(f.name): f.name for f in fields.FIELDS}
    return {**names, **header_index_with(reading.column_map)}


def missing_columns_message(data: str, columns: Sequence[str], missing: Sequence[str]) -> str:
    wanted = ", ".join(f"{fields.FIELDS_BY_NAME[f].header} ({f})" for f in missing)
    maps = " ".join(f'--map "COLUMN={f}"' for f in missing)
    listed = ", ".join(columns[:30]) + (", ..." if len(columns) > 30 else "")
    return (
        f"{data}: no column for {wanted}. Its columns are: {listed}. Name the column after "
        f'the field, or map it with {maps} (or [columns] "COLUMN" = "field" in the config). '
        "Nothing was run."
    )


def _explicit(reading: ReadOptions) -> set[str]:
    return {header_key(h) for h in reading.column_map}


def _dataset_files(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """Files with those suffixes under ``folder``; hidden and ``_`` files (``_SUCCESS``,
    ``_metadata``, half-written ``.part`` files) and folders are skipped, as Spark and
    pyarrow skip them."""
    return sorted(
        p
        for p in folder.rglob("*")
        if p.suffix.lower() in suffixes
        and p.is_file()
        and not any(part.startswith((".", "_")) for part in p.relative_to(folder).parts)
    )


# A copy a sync tool or a file manager made of a part file, beside it: Dropbox's "part-1
# (Ana's conflicted copy 2026-12-03).parquet", a re-download's "part-1 (1).parquet", OneDrive's
# "part-1-DESKTOP-AB12.parquet". No dataset writer (Spark, pyarrow, a database export) names
# a file so, and its rows are most likely the part's own: read, they would be run twice.
# Unlike a tracker's copy, whose rows are matched to the original's (``exports.copies``), a
# dataset's rows have no interviewer or sent marks to tell them apart, so the copy is not read
# and named, as a file that cannot be run is (exit code 1: someone should look at it).
_COPY_REASON = (
    "a copy of {of} beside it, by its name (as a sync tool or a file manager names a copy; a "
    "dataset's writer never does): not read, so its rows are not run twice. If it holds rows "
    "{of} lacks, move them there; then delete it"
)


def sync_copies(files: Sequence[Path]) -> list[tuple[Path, Path]]:
    """(copy, original) for each of ``files`` whose name is a copy's of another of ``files``
    in its folder ("part-1 (1).parquet" beside "part-1.parquet"). A copy whose original is
    not there is no copy of anything run: it is read."""
    from followup_batch.read.copy_names import without_copy_marks

    present = set(files)
    found = []
    for file in files:
        original = file.with_name(without_copy_marks(file.stem) + file.suffix)
        if original != file and original in present:
            found.append((file, original))
    return found


def _kind(path: Path) -> str | None:
    suffix = path.suffix.lower()
    return "parquet" if suffix in PARQUET_SUFFIXES else "csv" if suffix in CSV_SUFFIXES else None


def _needed_columns(
    columns: Sequence[str], match: HeaderMatch, reading: ReadOptions
) -> frozenset[str]:
    """The dataset's columns no file may lack: those holding a required field or a date a
    row is scheduled from, and those the user's column map names (a file without the column
    named for a field is not read with that field blank in every row)."""
    required = {*fields.REQUIRED_FIELDS, *fields.DATE_SOURCES}
    held = {columns[at] for name, at in match.mapping.items() if name in required}
    mapped = {c for c in columns if header_key(c) in reading.mapped_keys}
    return frozenset(held | mapped)


def _optional_columns(
    readable: dict[Path, tuple[tuple[str, ...], CsvFormat | None]],
    columns: Sequence[str],
    needed: frozenset[str],
    match: HeaderMatch,
    reading: ReadOptions,
) -> dict[str, Path]:
    """The columns beyond the reference's ``columns`` that the dataset reads, each with the
    first file that has it: those of a file whose every column beyond them holds an optional
    field ``match`` does not (a platform that added Industry last month: its newer files are
    read beside the older ones, whichever are more, the older ones with it blank). Not those
    of a file with a column the fields do not know, or lacking a ``needed`` one (it is set
    apart, ``_read_by_name``), nor a second column for one field (Industry and Sector)."""
    index, explicit = dataset_header_index(reading), _explicit(reading)
    added: dict[str, Path] = {}
    fields_added: set[str] = set()
    for file, (found, _) in readable.items():
        beyond = [c for c in found if c not in columns]
        if not beyond or len(set(found)) < len(found) or not needed <= set(found):
            continue
        held = match_header(1, list(found), index, explicit).mapping
        known = {found[at]: name for name, at in held.items() if name not in match.mapping}
        new = [c for c in beyond if c not in added]
        if all(c in known for c in beyond) and not {known[c] for c in new} & fields_added:
            added.update(dict.fromkeys(new, file))
            fields_added |= {known[c] for c in new}
    return added


def _read_by_name(found: Sequence[str], columns: Sequence[str], needed: frozenset[str]) -> bool:
    """Whether a file with columns ``found`` is read as part of a dataset of ``columns``:
    the same columns in any order, or without some that are not ``needed``, each name once
    (Parquet readers match columns by name). Not a file with a column of its own: which of
    the files is the odd one is then not told by its columns."""
    names = set(found)
    return len(names) == len(found) and names <= set(columns) and needed <= names


def _lacking_note(lacking: Sequence[str], some: bool = False) -> str:
    """What a run says of a file without optional columns that the others have (``some``:
    that only some of the others have, a column newer files added)."""
    them = "it" if len(lacking) == 1 else "them"
    others = "some other files have" if some else "the other files have"
    return f"has no column {', '.join(lacking)}, which {others}; read {them} as blank in its rows"


def _add_note(notes: dict[Path, str], file: Path, shown: str, note: str) -> None:
    """``note`` said of ``file`` (``shown`` as DATA names it) in ``notes``, after what is
    said of it already: one line a file."""
    notes[file] = f"{notes[file]}; {note}" if file in notes else f"{shown}: {note}"


def _columns_difference(other: Sequence[str], columns: Sequence[str]) -> str:
    """How a file's columns differ from the dataset's; empty when they do not."""
    if list(other) == list(columns):
        return ""
    added = [c for c in other if c not in columns]
    lost = [c for c in columns if c not in other]
    return "; ".join(
        part
        for part in (
            f"it also has {', '.join(added)}" if added else "",
            f"it lacks {', '.join(lost)}" if lost else "",
            "its columns are in another order" if not added and not lost else "",
        )
        if part
    )


def _hive_values(root: Path, files: list[Path]) -> dict[Path, tuple[tuple[str, str], ...]]:
    """Each file's ``key=value`` folders below the root (Hive-style partitioning)."""
    values = {}
    for file in files:
        parts = file.relative_to(root).parts[:-1]
        matched = [_HIVE_SEGMENT.fullmatch(part) for part in parts]
        values[file] = tuple((m["key"], _hive_value(m["value"])) for m in matched if m)
    keys = {tuple(key for key, _ in pairs) for pairs in values.values()}
    if len(keys) > 1:
        raise DatasetError(
            "the dataset's partition folders differ: every file needs the same key=value "
            "folders (e.g. coach=Ann/year=2026/)"
        )
    return values


def _hive_value(folder_value: str) -> str:
    """A partition folder's value as its writer meant it: pyarrow, Spark and Hive escape
    values (``Country=United%20Kingdom``) and write a null as ``__HIVE_DEFAULT_PARTITION__``."""
    return "" if folder_value == HIVE_NULL else urllib.parse.unquote(folder_value)


def _output_name(relative: Path, number: int | None) -> str:
    stem = relative.with_suffix("").as_posix()
    return f"{stem}.parquet" if number is None else f"{stem}.{number:04d}.parquet"
