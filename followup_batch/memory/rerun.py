"""Recognise a re-run that would change nothing, before reading the tracker.

After an in-place run the tool keeps a small state file beside its backups
(``.followup-backups/<tracker name>.last-run.json``): a stamp of everything the result depends
on — the tracker's bytes as the run left them and the name it was read by (a link's own
name, which may name the client), the as-of date, the config (rules, reading
options, sender, clients, the templates folder's files, the Drafts horizon) and the tool itself
(its version, its own source and template files, the installed packages, Python) — and that
run's per-sheet reports (rows, counts, problems, notes). A later run with the same stamp has
nothing to do: the file already holds its result, so it answers with those reports and neither
reads, computes nor writes. A night that wrote nothing but leaves the record as it is (its
stamp the day's that last wrote the file) notes outside the synced folder that the record
answers its stamp too (``same_night``). Any difference in any of those inputs means a full
run; so does a state file that is missing, damaged, foreign or of another format. A file
written with --output gets a record without a stamp (``""``): the run on it next, under its own
name, is a full run, and a re-run all the same (ot120 F1).

It also keeps what the run wrote into each sheet's text columns (hashes, ``hand_edits``), so
the next run can tell a person's edit there from the tool's own text; the folder whose name
it read as the client's (``read.client_folder_of``), so a run of the file on its own signs its
drafts as a run of the folder did; and the size and hash of the file as the tool last wrote
it (``is_own_version``), so a nightly run does not back up the tool's own versions and push the
person's out of the backups (ot41 F6), and the tool that wrote it (``written_by_another_tool``),
so the first run after an upgrade says why it writes that file again; and the heights the tool
left on each sheet's rows (``HEIGHTS``), so the next run makes a row of the tool's shorter
again once its text is, and never lowers a height a person set.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import json
import os
import stat
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup_batch.memory import same_night
from followup_batch.read.files import real_path
from followup_batch.write.atomic import (
    BACKUP_DIR,
    NAME_MAX,
    Fingerprint,
    fitting_name,
    keep_extended_attributes,
    keep_owner,
    remove_stale_temps,
    rename_backups,
    temp_name,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    import numpy as np

    from followup_batch.config import Config
    from followup_batch.memory.hand_edits import Memory
    from followup_batch.memory.marks_seen import MarksSeen
    from followup_batch.read import RawTable, ReadOptions
    from followup_batch.reports import SheetReport

FORMAT = 1
STATE_SUFFIX = ".last-run.json"
OWN_FILE = "written_file"  # the file as the tool last wrote it (``is_own_version``)
OWN_BEFORE = "written_before"  # and the time before (``is_recent_own_version``)
TOOL = "tool"  # the tool that wrote it (``tool_fingerprint``; ``written_by_another_tool``)
# What the write was given, all but the day (``result_digest``), and the file it is known to
# make of the tracker: the file the run wrote, or found holding its result (``held_result``).
RESULT = "result"
PACKAGE = Path(__file__).resolve().parent.parent  # followup_batch/, not this module's memory/
OWN_FILES = (".py", ".toml", ".j2")


# A record the run could not save, as the run says it without -v (ot89 F6).
RECORD_NOT_SAVED = (
    "the last-run record {record} could not be saved ({why}): the next run cannot tell dates "
    "you typed in the tool's columns from the tool's, and counts a box ticked before it from "
    "its due date, not from that run's day"
)
# A record whose place holds something the run cannot read (a directory, no permission).
RECORD_UNREADABLE = "the last-run record here could not be read ({why})"


def state_path(tracker: Path) -> Path:
    """Where the last run of ``tracker`` (its real file, not a link) is remembered."""
    name = fitting_name(tracker.name, NAME_MAX - len(STATE_SUFFIX))
    return tracker.parent / BACKUP_DIR / f"{name}{STATE_SUFFIX}"


def run_key(config: Config, as_of: dt.date, name: str) -> str:
    """What a run's result depends on besides the tracker's bytes: as-of date, config, tool,
    and ``name``, the file's name as the run read it, a link's own: it may name the client
    (``Zoe Silva.csv -> ../x/tracker.csv``), so renaming the link signs the drafts anew."""
    digest = hashlib.sha256()
    for part in (as_of.isoformat(), config_fingerprint(config), tool_fingerprint(), name):
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()


def result_key(config: Config, name: str) -> str:
    """``run_key`` without the as-of date: what a write's result depends on besides the
    tracker's bytes and what was computed of them (``result_digest``)."""
    digest = hashlib.sha256()
    for part in (config_fingerprint(config), tool_fingerprint(), name):
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()


def result_digest(key: str, written: Sequence[tuple[str | None, object]], *given: object) -> str:
    """A hash of everything a write of the tracker is given but the run's day: ``key``
    (``result_key``), each sheet's name and owned columns (``written``) and the live statuses
    and outbox (``given``). Two nights with the same digest on the same file make the same
    workbook dated the file's day (``write.xlsx.stamps``); the day itself only reaches the
    parts that hold the date, which a date-only night leaves as the file has them."""
    digest = hashlib.sha256(key.encode())
    _feed(digest, list(written))
    for value in given:
        _feed(digest, value)
    return digest.hexdigest()


def left_out_of_digest(kind: type) -> frozenset[str]:
    """The fields of a dataclass of a write's input that ``result_digest`` leaves out: the
    days of the stamps its ``STAMP_DAYS`` lists (``write.outbox.Outbox``), none of another."""
    return getattr(kind, "STAMP_DAYS", frozenset())


def _feed(digest: hashlib._Hash, value: object) -> None:
    """Add ``value`` to ``digest``, spelled so that equal values add equal bytes and values of
    another type or shape add others (a text "1" is not the number 1). Mappings in their
    order (a calendar's column is where its key comes)."""
    import numpy as np
    import pandas as pd

    digest.update(type(value).__name__.encode() + b"\0")
    if isinstance(value, pd.DataFrame):
        _feed(digest, [str(c) for c in value.columns])
        _feed(digest, value.index)
        for _, column in value.items():
            _feed(digest, column)
    elif isinstance(value, (pd.Series, pd.Index, np.ndarray)):
        values = value.to_numpy() if isinstance(value, (pd.Series, pd.Index)) else value
        digest.update(f"{value.dtype}\0{values.shape}\0".encode())
        values = values.ravel()
        if values.dtype == object and pd.api.types.infer_dtype(values, skipna=False) != "string":
            # Texts hashed as they are (most of a run's cells: quick), the rest spelled.
            texts = np.fromiter((type(v) is str for v in values), bool, len(values))
            digest.update(np.packbits(texts).tobytes())
            others = values[~texts]
            values = values[texts]
            if len(others):
                digest.update(_hashes(_spelled_all(others)))
        digest.update(_hashes(values))
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        left_out = left_out_of_digest(type(value))
        for f in dataclasses.fields(value):
            if f.name not in left_out:
                _feed(digest, f.name)
                _feed(digest, getattr(value, f.name))
    elif isinstance(value, Mapping):
        digest.update(f"{len(value)}\0".encode())
        for key, item in value.items():
            _feed(digest, key)
            _feed(digest, item)
    elif isinstance(value, (list, tuple)):
        digest.update(f"{len(value)}\0".encode())
        for item in value:
            _feed(digest, item)
    elif isinstance(value, (set, frozenset)):
        _feed(digest, sorted(value, key=repr))
    else:
        digest.update(repr(value).encode() + b"\0")


def _hashes(values: np.ndarray) -> bytes:
    """Each value's 64-bit hash (``pd.util.hash_array``), as bytes. Texts are hashed one by
    one, not first gathered into categories: the same hashes when no value is missing (none
    is: ``_feed`` spells those), without building an index of each column's distinct texts
    (100,000 Why and Draft texts, nearly all distinct: 1.0 -> 0.4 CPU s a digest)."""
    import pandas as pd

    return pd.util.hash_array(values, categorize=False).tobytes()


@functools.cache
def _plain_types() -> frozenset[type]:
    """The types of the values a run computes whose ``repr`` says all of them."""
    import numpy as np
    import pandas as pd

    return frozenset(
        {str, int, float, bool, type(None), dt.date, dt.datetime, dt.time, dt.timedelta}
        | {pd.Timestamp, pd.Timedelta, type(pd.NaT), np.str_, np.bool_, np.int64, np.float64}
    )


def _spelled_all(values: Sequence[object]) -> np.ndarray:
    import numpy as np

    return np.asarray([_spelled(v) for v in values], dtype=object)


def _spelled(value: object) -> str:
    """A value as text that tells it apart from any other: a plain one by its ``repr`` (a text
    "1" is not the number 1), anything else (an array, whose ``repr`` elides its middle) by
    a digest of its own."""
    if type(value) in _plain_types():
        return repr(value)
    inner = hashlib.sha256()
    _feed(inner, value)
    return f"<{type(value).__name__} {inner.hexdigest()}>"


def stamp(file_sha256: str, key: str) -> str:
    return hashlib.sha256(f"{key}\0{file_sha256}".encode()).hexdigest()


def config_fingerprint(config: Config) -> str:
    """Every field of the config but its own path (a field added later counts by itself),
    and the content of every file in its templates folder."""
    data: dict[str, Any] = {
        f.name: getattr(config, f.name) for f in dataclasses.fields(config) if f.name != "path"
    }
    if config.templates is not None:
        data["templates files"] = _folder_digest(Path(config.templates))
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=_plain).encode()).hexdigest()


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    if isinstance(value, tuple):
        return list(value)
    if hasattr(value, "items"):  # a Mapping that is not a dict (MappingProxyType)
        return dict(value.items())
    return repr(value)


def _folder_digest(folder: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    try:
        paths = sorted(folder.rglob("*"))
    except OSError as exc:
        return {"": f"unreadable: {exc}"}
    for path in paths:
        try:
            if path.is_file():
                found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as exc:
            found[str(path)] = f"unreadable: {exc}"
    return found


def own_files() -> list[Path]:
    """The package's source, rule and template files, in a fixed order: what the tool is."""
    return sorted(
        path
        for path in PACKAGE.rglob("*")
        if path.suffix in OWN_FILES and "__pycache__" not in path.parts
    )


@functools.cache
def tool_fingerprint() -> str:
    """The tool's version, its own source, rule and template files, the packages installed
    where Python looks (their dist-info names carry their versions) and Python's version.
    Computed once per process: a few milliseconds."""
    from followup_batch import __version__

    digest = hashlib.sha256(f"{__version__}\0{sys.version}\0".encode())
    for path in own_files():
        digest.update(str(path.relative_to(PACKAGE)).encode() + b"\0")
        digest.update(path.read_bytes())
    for entry in sys.path:
        with contextlib.suppress(OSError):
            for name in sorted(os.listdir(entry or ".")):
                if name.endswith((".dist-info", ".egg-info")):
                    digest.update(name.encode() + b"\0")
    return digest.hexdigest()


@dataclasses.dataclass(frozen=True)
class LastRun:
    stamp: str
    ran_at: str  # when the run that produced it ran, local time, "2026-12-01 14:03"
    sheets: list[dict[str, Any]]


def recall(tracker: Path, wanted: str) -> LastRun | None:
    """The last run of ``tracker`` when its stamp is ``wanted``; None when there is none, it is
    another stamp, or the state file cannot be read or trusted (then the run does the work)."""
    # A run killed while it wrote the state file left its temporary; a run that changes
    # nothing never writes the file again, so it is swept here.
    remove_stale_temps(state_path(tracker))
    try:
        raw = state_path(tracker).read_bytes()
        data = _state_in(tracker, raw.decode("utf-8"))
        if data is None:
            return None
        ran_at = str(data.get("ran_at", ""))
        if data.get("stamp") != wanted:
            # A night that wrote nothing left the record as it was, and noted outside the
            # synced folder that the record answers its stamp too (``same_night``).
            noted = same_night.ran_at(tracker, hashlib.sha256(raw).hexdigest(), wanted)
            if noted is None:
                return None
            ran_at = noted
        sheets = data["sheets"]
        if not isinstance(sheets, list) or not sheets:
            return None
        for sheet in sheets:
            _check_sheet(sheet)
        return LastRun(wanted, ran_at, sheets)
    except Exception:  # noqa: BLE001 - a state file never matters: any doubt, a full run
        return None


def held_result(tracker: Path, file_sha256: str, digest: str) -> LastRun | None:
    """The last run of ``tracker`` when it left (or found) the file ``file_sha256`` holding the
    result of a write given ``digest`` (``result_digest``), whatever its day: a night after it
    with the same digest, on that same file, has nothing to write, as a run the same day has
    nothing to (issue 15: a date-only night built the whole package to find that out).
    None when there is no such record or any doubt."""
    try:
        data = _state_of(tracker)
        if data is None or data.get(RESULT) != {"file": file_sha256, "digest": digest}:
            return None
        sheets = data["sheets"]
        if not isinstance(sheets, list) or not sheets:
            return None
        for sheet in sheets:
            _check_sheet(sheet)
        return LastRun(str(data.get("stamp", "")), str(data.get("ran_at", "")), sheets)
    except Exception:  # noqa: BLE001 - a state file never matters: any doubt, a full run
        return None


def _check_sheet(sheet: object) -> None:
    from followup_batch.schedule import STATUSES

    if not isinstance(sheet, dict):
        raise ValueError("not a sheet")
    if not (sheet["sheet"] is None or isinstance(sheet["sheet"], str)):
        raise ValueError("sheet")
    for key in ("rows", "problem_rows"):
        if type(sheet[key]) is not int or sheet[key] < 0:
            raise ValueError(key)
    counts = sheet["counts"]
    if not isinstance(counts, dict) or any(
        status not in STATUSES or type(n) is not int or n < 0 for status, n in counts.items()
    ):
        raise ValueError("counts")
    if type(sheet.get("to_send", 0)) is not int or sheet.get("to_send", 0) < 0:
        raise ValueError("to_send")
    for key in ("notes", "notices", "problems", "problem_places"):
        # Kept before notices (and before the places of the problems: ot150 F2).
        texts = sheet.get(key, []) if key in ("notices", "problem_places") else sheet[key]
        if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
            raise ValueError(key)


def reports_of(path: Path, last: LastRun, file: str = "") -> list[SheetReport]:
    """The last run's reports, for ``path`` as named this time (``file``: as the run calls
    it); nothing written."""
    from followup_batch.reports import SheetReport

    note = (
        f"unchanged since the run of {last.ran_at} (same file, as-of date, config and "
        "version): its results are shown; nothing was read or written"
    )
    return [
        SheetReport(
            path,
            sheet["sheet"],
            rows=sheet["rows"],
            counts=Counter(sheet["counts"]),
            problem_rows=sheet["problem_rows"],
            unchanged=True,
            notes=[*sheet["notes"], note],
            notices=list(sheet.get("notices", [])),
            problems=list(sheet["problems"]),
            problems_known=list(sheet["problems"]),
            problems_since=last.ran_at,
            file=file,
            clients=list(sheet.get("clients", [])),
            to_send=sheet.get("to_send", 0),
            problem_places=list(sheet.get("problem_places", [])),
        )
        for sheet in last.sheets
    ]


def memories(tracker: Path) -> dict[str | None, Memory]:
    """What the last in-place run of ``tracker`` wrote into each sheet's text columns
    (``hand_edits``), whatever its stamp; empty when there is no state file or it cannot be
    trusted (then no hand edit can be told)."""
    from followup_batch.memory.hand_edits import Memory

    global _memories_read  # noqa: PLW0603 - the last record read, kept for the run's next ask
    try:
        text = state_path(tracker).read_text(encoding="utf-8")
        last = _memories_read
        if last is not None and last[0] == tracker and last[1] == text:
            return dict(last[2])
        data = _state_in(tracker, text)
        if data is None:
            return {}
        # "beside": the sheets a run of another one (--sheet) did not write, as they were.
        found = {
            sheet["sheet"]: Memory.from_json(sheet["hand"])
            for sheet in [*data.get("beside", []), *data["sheets"]]
            if "hand" in sheet
        }
    except Exception:  # noqa: BLE001 - a doubtful state file: nothing is told, nothing kept
        return {}
    _memories_read = (tracker, text, found)
    return dict(found)


# The last record ``memories`` read: the tracker, the record's text and its memories (frozen).
# A run asks twice (its hand edits, then the sheets it did not write, for the record it
# keeps): a 100,000-row tracker's record is 16 MB of hashes, 0.4 s to read into sets.
_memories_read: tuple[Path, str, dict[str | None, Memory]] | None = None


# The heights of the tool's on a sheet's rows, kept per sheet (``row_heights.ToolHeights``):
# a row still at one is the tool's to make shorter too, when its text no longer needs it.
HEIGHTS = "heights"


def recorded_heights(tracker: Path) -> dict[str | None, dict[str, str]]:
    """The heights the last run of ``tracker`` left as the tool's on each sheet's rows, as
    ``ToolHeights.to_json`` keeps them; none from a missing or damaged record (then every
    height is only raised)."""
    try:
        data = _state_of(tracker)
    except (OSError, ValueError):
        return {}
    found: dict[str | None, dict[str, str]] = {}
    for sheet in [*(data or {}).get("beside", []), *(data or {}).get("sheets", [])]:
        if isinstance(sheet, dict) and isinstance(sheet.get(HEIGHTS), dict):
            found[sheet.get("sheet")] = sheet[HEIGHTS]
    return found


def marks_seen(tracker: Path) -> dict[str | None, MarksSeen]:
    """What the last run of ``tracker`` (its real file) saw of each sheet's undated
    application check-ins (``marks_seen``); none from a missing or damaged record."""
    from followup_batch.memory.marks_seen import MarksSeen

    try:
        data = _state_of(tracker)
    except (OSError, ValueError):
        return {}
    found: dict[str | None, MarksSeen] = {}
    # "beside": the sheets a run of another one (--sheet) did not write, as they were.
    for sheet in [*(data or {}).get("beside", []), *(data or {}).get("sheets", [])]:
        if isinstance(sheet, dict) and "marks" in sheet:
            with contextlib.suppress(ValueError, KeyError, TypeError, AttributeError):
                found[sheet.get("sheet")] = MarksSeen.from_json(sheet["marks"])
    return found


def no_record_reason(tracker: Path, table: RawTable | None = None) -> str:
    """Why a sheet of ``tracker`` (``table``, when given) has no memory of the last run
    (``memories``), as the run says it: a record written by an earlier version of the tool;
    none, where the earliest versions ran (report ot64, F5: they kept backups but no record,
    and a workbook's status note ends with its as-of line, where this version's run adds the
    legend of its live statuses; a CSV has no note, and its header holds every one of the
    tool's columns as they wrote them: ``_written_unrecorded``); or none here
    (``hand_edits``)."""
    from followup_batch.memory.hand_edits import EARLIER_RECORD, EARLIER_UNRECORDED, NO_RECORD
    from followup_batch.write import noted_without_a_legend
    from followup_batch.write.atomic import has_backups

    path = state_path(tracker)
    try:
        if path.exists():
            with path.open("rb"):
                pass
    except OSError as exc:  # not "renamed or moved?": the run before could not keep it
        return RECORD_UNREADABLE.format(why=exc.strerror or exc)
    if written_by_earlier_version(tracker):
        return EARLIER_RECORD
    if (
        table is not None
        and not state_path(tracker).exists()
        and has_backups(tracker)
        and (noted_without_a_legend(table) or _written_unrecorded(table))
    ):
        return EARLIER_UNRECORDED
    return NO_RECORD


def _written_unrecorded(table: RawTable) -> bool:
    """Whether a CSV with backups and no record beside them was last written by one of the
    earliest versions: its header holds all of the tool's columns, under the headers those
    versions wrote (the same as this one's), so the tool wrote it; and this version writes
    its record with every backup it keeps, so a backup without one is a run that kept none
    (a record deleted by hand reads the same: nothing in a CSV tells them apart)."""
    from followup_batch.write.columns import OWNED_COLUMNS

    return table.kind == "csv" and set(table.owned_at) == set(OWNED_COLUMNS)


def written_by_earlier_version(tracker: Path) -> bool:
    """Whether the state file of ``tracker`` was written by an earlier version of the tool:
    one of an older format, or of this one without the hashes of the texts written (before
    ``hand_edits``), so no hand edit can be told by it."""
    try:
        data = json.loads(state_path(tracker).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("tracker") != tracker.name:
            return False
        form = data.get("format")
        if type(form) is int and form < FORMAT:
            return True
        sheets = [*data.get("beside", []), *data["sheets"]]
        return form == FORMAT and not any("hand" in sheet for sheet in sheets)
    except Exception:  # noqa: BLE001 - none, or damaged: not said to be an earlier version's
        return False


# How long before the record's "ran_at" (the minute the run kept it, right after its write)
# the tracker may have been last written for that write to be the run's: a large workbook's
# sheets are written one after another before the record is kept.
WRITTEN_BEFORE_RECORD = dt.timedelta(minutes=1)


def untouched_since_earlier_record(tracker: Path) -> bool:
    """Whether ``tracker`` is still the file the run of an earlier version that kept its
    record wrote, saved by no one since: a record without the texts' hashes (a version before
    ``hand_edits``, which wrote every cell of the tool's columns on every run and kept nothing
    typed there), and the tracker last modified when that run kept it: in the minute its
    ``ran_at`` names (local time; or the minute before, ``WRITTEN_BEFORE_RECORD``), and not
    after the record file itself. Each text in the tool's columns is then that version's
    own, worded and dated as it did, which this version cannot compute again (report ot141,
    F3: an untouched CSV had 135 of them saved as the person's edits). A file saved since (in
    that minute too), put back with an older time, or copied without its times is not: its
    texts are told as before. The file of a run that found nothing to write keeps an earlier
    time: so too."""
    path = state_path(tracker)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not written_by_earlier_version(tracker):
            return False
        sheets = [*data.get("beside", []), *data["sheets"]]
        if any(not isinstance(sheet, dict) or "hand" in sheet for sheet in sheets):
            return False
        ran_at = dt.datetime.strptime(str(data.get("ran_at")), "%Y-%m-%d %H:%M")
        written = tracker.stat().st_mtime_ns
        if written > path.stat().st_mtime_ns:  # saved after the run kept its record
            return False
        modified = dt.datetime.fromtimestamp(written / 1e9)
    except Exception:  # noqa: BLE001 - any doubt: the texts are told as without a record
        return False
    return ran_at - WRITTEN_BEFORE_RECORD <= modified < ran_at + dt.timedelta(minutes=1)


def told_notices(tracker: Path) -> dict[str | None, set[str]]:
    """The notes the last in-place run of ``tracker`` showed without -v, by sheet, whatever
    its stamp (config ``repeat_notes = false``); empty when there is no state file or it
    cannot be trusted (then every note is shown)."""
    try:
        data = _state_of(tracker)
        if data is None:
            return {}
        return {sheet["sheet"]: set(sheet.get("notices", [])) for sheet in data["sheets"]}
    except Exception:  # noqa: BLE001 - a doubtful state file: every note is shown
        return {}


def listed_problems(tracker: Path) -> tuple[str, dict[str | None, set[str]]] | None:
    """When the last in-place run of ``tracker`` ran ("2026-12-01 06:15") and the row problems
    it found in each sheet, whatever its stamp; None when there is no state file or it cannot
    be trusted (then every problem is news)."""
    try:
        data = _state_of(tracker)
        if data is None or not isinstance(data.get("ran_at"), str):
            return None
        sheets = data["sheets"]
        for sheet in sheets:
            _check_sheet(sheet)
        return data["ran_at"], {sheet["sheet"]: set(sheet["problems"]) for sheet in sheets}
    except Exception:  # noqa: BLE001 - a doubtful state file: every problem is news
        return None


def last_client_folder(tracker: Path) -> str:
    """The folder whose name the last in-place run of ``tracker`` read as its client's
    ("Ann Lee" for a run of ``clients`` over ``clients/Ann Lee/Job Tracker.xlsx``), whatever
    its stamp; '' when none, or there is no state file or it cannot be trusted."""
    try:
        data = _state_of(tracker)
        folder = "" if data is None else data.get("client_folder", "")
        return folder if isinstance(folder, str) else ""
    except Exception:  # noqa: BLE001 - a doubtful state file: no folder is kept
        return ""


def file_reading(path: Path, reading: ReadOptions, subfolders: tuple[str, ...]) -> ReadOptions:
    """``reading`` as it reads the file at ``path``, found in ``subfolders`` of the folder
    given (``read.files.subfolders``): with the folder named for its client
    (``read.client_folder_of``), from those subfolders or kept from its last run, so that a
    run of the file on its own signs as a run of its folder did, and ``check`` names the
    client a run would (ot21 F3)."""
    from followup_batch.read import client_folder_of

    kept = last_client_folder(real_path(path))
    folder = client_folder_of(path, subfolders, kept)
    if not folder:
        return reading
    return dataclasses.replace(reading, client_folder=folder)


def is_own_version(tracker: Path, version: Fingerprint) -> bool:
    """Whether ``tracker``, as read (``version``), is byte for byte the file the last in-place
    run that wrote it left: same size and SHA-256 (computed anyway, to tell a save made during
    the run). Such a file holds nothing of the person's that its next version does not carry
    over, and the version before it is in the backups already, so the next write keeps no
    backup of it. False when there is no state file or it cannot be trusted: back up."""
    try:
        data = _state_of(tracker)
        own = None if data is None else data.get(OWN_FILE)
        return (
            isinstance(own, dict)
            and own.get("size") == version.size
            and own.get("sha256") == version.sha256
        )
    except Exception:  # noqa: BLE001 - a doubtful state file: the file is backed up
        return False


def is_recent_own_version(tracker: Path, version: Fingerprint) -> bool:
    """Whether ``version`` (another file's) is byte for byte one of the last two versions of
    ``tracker`` the tool wrote: a copy of it made before its latest edits, or before the run
    that wrote it tonight in another process (``batch.refuse_copy``). False when there is no
    state file or it cannot be trusted."""
    try:
        data = _state_of(tracker)
        if data is None:
            return False
        wanted = {"size": version.size, "sha256": version.sha256}
        return wanted in (data.get(OWN_FILE), data.get(OWN_BEFORE))
    except Exception:  # noqa: BLE001 - a doubtful state file: not the tool's version
        return False


def written_by_another_tool(tracker: Path) -> bool:
    """Whether the record of ``tracker``'s last run was kept by another version of the tool
    (``tool_fingerprint``; a record that names none, by a version before it was kept): a
    file that is that run's own version (``is_own_version``) and is written again for its
    status formulas alone is written for the upgrade (``write.WriteOptions.upgraded``)."""
    try:
        data = _state_of(tracker)
    except (OSError, ValueError):
        return False
    return data is not None and data.get(TOOL) != tool_fingerprint()


def has_record(tracker: Path) -> bool:
    """Whether a record of the last run of ``tracker`` is kept (a state file of this format
    and tracker), whatever the inputs it was made for."""
    try:
        return _state_of(tracker) is not None
    except (OSError, ValueError):
        return False


def has_stamp(tracker: Path) -> bool:
    """Whether the record of ``tracker``'s last run has the stamp of that run's inputs: none
    after a run to --output or a script's write (``remember_texts``)."""
    try:
        data = _state_of(tracker)
    except (OSError, ValueError):
        return False
    return data is not None and bool(data.get("stamp"))


def _state_of(tracker: Path) -> dict[str, Any] | None:
    """The state file of ``tracker`` when it is this format's and this tracker's, else None."""
    return _state_in(tracker, state_path(tracker).read_text(encoding="utf-8"))


def _state_in(tracker: Path, text: str) -> dict[str, Any] | None:
    """``_state_of`` the state file's ``text``: this format's, of ``tracker`` under its name
    or with its extension in another case (``carry_over_record``; on a disk that does not
    tell case apart, as Windows' and a Mac's, the record is the same file)."""
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    return data if _same_tracker(data.get("tracker"), tracker.name) else None


def _same_tracker(kept: object, name: str) -> bool:
    """Whether the name a record keeps (``kept``) is ``name``, its extension in any case."""
    if kept == name:
        return True
    if not isinstance(kept, str):
        return False
    was, now = Path(kept), Path(name)
    return was.stem == now.stem and was.suffix.casefold() == now.suffix.casefold()


def carry_over_record(tracker: Path) -> list[str]:
    """Give ``tracker`` the record of the file it was renamed from, when it has none of its
    own and no file of that name is beside it any more: the same name with the extension in
    another case ("Ana Souza.xlsx" renamed "Ana Souza.XLSX", as Windows, a sync client or
    Save As do), or any name whose record says the tool last wrote this very file, byte for
    byte ("Lee, Ann - Job Search.xlsx" renamed "Ann Lee.xlsx" in Finder). The record says the
    file is the tool's own last version, so it is not backed up again, and which texts are
    the tool's (report ot112, F5: an unneeded backup, and the old record left behind). The
    record is moved under the new name, and a renamed file's backups with it: they are its
    own, pruned as its five and named when it fails (report ot116, F5: the client's file as
    it was before the tool was kept only under a name that was gone). Returns what the run
    says of such a rename; nothing is done when there is none to carry over, and a failure
    only leaves things as they were (the run then has no record)."""
    with contextlib.suppress(OSError, ValueError):
        was = _renamed_from(tracker)
        if was is None:
            return []
        moved = take_over(tracker, was)
        if moved is None or Path(was).stem == tracker.stem:  # the extension's case alone
            return []
        return [RENAMED.format(was=was, backups=backups_moved(moved))]
    return []


def would_carry_over_record(tracker: Path) -> list[str]:
    """What a dry run says of the record (and backups) of the name ``tracker`` was renamed
    from that a run would take over (``carry_over_record``), moving nothing (fx303: it said
    nothing of it, and the run then named the file's record and backups anew)."""
    from followup_batch.write.atomic import backups_of

    with contextlib.suppress(OSError, ValueError):
        was = _renamed_from(tracker)
        if was is not None and Path(was).stem != tracker.stem:
            backups = backups_named(len(backups_of(tracker.with_name(was))))
            return [WOULD_TAKE_OVER.format(was=was, backups=backups)]
    return []


def recorded_as(tracker: Path) -> Path:
    """The file whose record a run of ``tracker`` reads: its own, or that of the name it was
    renamed from, which the run takes over first (``carry_over_record``). A dry run moves
    nothing, so it reads that record where it is (fx303: it told the tool's texts apart without
    it, as if no run had written them)."""
    with contextlib.suppress(OSError, ValueError):
        was = _renamed_from(tracker)
        if was is not None:
            return tracker.with_name(was)
    return tracker


def _renamed_from(tracker: Path) -> str | None:
    """The name ``tracker`` was renamed from, whose record a run gives it
    (``carry_over_record``); None when it has a record of its own or none to take."""
    new = state_path(tracker)
    if new.exists():  # its own, or on a disk that does not tell case apart, the same
        return None
    found = _case_renamed_record(tracker, new) or _renamed_record(tracker)
    return None if found is None else str(found[1]["tracker"])


def take_over(tracker: Path, was: str) -> int | None:
    """Give ``tracker`` the records of the file named ``was`` beside it, which it was renamed
    from: the last run's and the export's it was made from (``write.csv_workbook``, report
    ot121 F5: that one stayed under the old name, and the next export was refused), and its
    backups, each keeping its stamp (``rename_backups``; those of the same name in another
    case match it already). Returns how many backups were renamed; None when a record could
    not be moved (those before it are)."""
    from followup_batch.write.csv_workbook import RECORD_NOT_KEPT, record_path

    old = tracker.with_name(was)
    records = (
        (state_path(old), state_path(tracker), "tracker", RECORD_NOT_SAVED),
        (record_path(old), record_path(tracker), "workbook", RECORD_NOT_KEPT),
    )
    for record, new, key, not_kept in records:
        if not record.exists() or new.exists():
            continue
        data = json.loads(record.read_text(encoding="utf-8"))
        data[key] = tracker.name
        data.pop(GONE_SINCE, None)  # its file is here
        if keep_record(tracker, new, data, not_kept) is not None:
            return None
        record.unlink()
    return 0 if old.stem == tracker.stem else rename_backups(old, tracker)


# What a run says of a tracker it found renamed by its bytes (``carry_over_record``).
RENAMED_FROM = "renamed from {was} (the file the tool last wrote under that name, byte for byte)"
RENAMED = (
    f"{RENAMED_FROM}: its record of the last run in {BACKUP_DIR}/ is this file's now{{backups}}"
)
# ... and what a dry run says of it (``would_carry_over_record``), having moved nothing.
WOULD_TAKE_OVER = (
    f"{RENAMED_FROM}: a run would take its record of the last run in {BACKUP_DIR}/"
    "{backups} as this file's (dry run: nothing moved)"
)


def backups_moved(moved: int) -> str:
    """', and so is its backup', ', and so are its 2 backups', or '' (``RENAMED``)."""
    if not moved:
        return ""
    return ", and so is its backup" if moved == 1 else f", and so are its {moved} backups"


def backups_named(found: int) -> str:
    """' and its backup', ' and its 2 backups', or '': those a dry run says a run would move."""
    return {0: "", 1: " and its backup"}.get(found, f" and its {found} backups")


def _case_renamed_record(tracker: Path, new: Path) -> tuple[Path, dict[str, Any]] | None:
    """The record of ``tracker``'s name with its extension in another case, and its data,
    when no file of that name is beside it any more."""
    wanted = new.name.casefold()
    for old in new.parent.iterdir():
        name = old.name[: -len(STATE_SUFFIX)]
        if old.name.casefold() != wanted or tracker.with_name(name).exists():
            continue
        data = json.loads(old.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("tracker") == name:
            return old, data
    return None


def _renamed_record(tracker: Path) -> tuple[Path, dict[str, Any]] | None:
    """The record of a name no file beside ``tracker`` has any more, which says the tool
    last wrote ``tracker``'s bytes (its size and SHA-256: ``is_own_version``), and its data;
    None when there is none (the file is hashed only when a record of a gone name is there)."""
    from followup_batch.write.atomic import fingerprint

    version: Fingerprint | None = None
    for old, data in _gone_records(tracker.parent):
        version = version or fingerprint(tracker)
        own = data.get(OWN_FILE)
        if version is not None and own == {"size": version.size, "sha256": version.sha256}:
            return old, data
    return None


def _gone_records(folder: Path) -> Iterator[tuple[Path, dict[str, Any]]]:
    """The records in ``folder``'s backups of trackers no file beside them is named for
    any more (a name in another case still is: ``carry_over_record``), and their data."""
    backups = folder / BACKUP_DIR
    records = [p for p in backups.iterdir() if p.name.endswith(STATE_SUFFIX)]
    if not records:
        return
    names = {p.name.casefold() for p in folder.iterdir()}
    for record in records:
        if record.name[: -len(STATE_SUFFIX)].casefold() in names:
            continue
        try:
            data = json.loads(record.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            continue
        name = data.get("tracker")
        if isinstance(name, str) and name.casefold() not in names:
            yield record, data


# How long the record of a tracker no longer beside it (renamed, moved or deleted) is kept
# after a run first found the file gone: a file away for a while (a sync re-downloading it, a
# client's folder moved out and back) comes back to its record.
GONE_DAYS = 30
# The day a run first found a record's tracker gone from its folder, kept in the record: the
# days are counted from it, not from the record's last write (fx294: a file gone yesterday,
# last run 29 days ago, lost its record the next night).
GONE_SINCE = "gone_since"
GONE_PRUNED = (
    "{folder}/{record} removed: {name} is no longer in this folder (renamed, moved or "
    "deleted): a run here first found it gone on {since:%a %Y-%m-%d}, {ago} days ago{kept}"
)


def prune_gone_records(tracker: Path) -> list[str]:
    """Remove the records beside ``tracker``'s of trackers that are no longer in its folder
    and were first found gone ``GONE_DAYS`` days ago or more (report ot116, F5: a renamed
    tracker's record stayed for ever); a record first found so is marked with the day
    (``GONE_SINCE``). Their backups are kept: the oldest may be the only copy of the client's
    file as it was before the tool; the line returned for each names them. A record that
    cannot be marked or removed is left for the next run."""
    from followup_batch.write.atomic import backups_of

    said = []
    today = dt.date.today()
    with contextlib.suppress(OSError):
        for record, data in list(_gone_records(tracker.parent)):
            since = _gone_since(data)
            if since is None:  # the first night it is missed: counted from today
                data[GONE_SINCE] = today.isoformat()
                keep_record(record, record, data, RECORD_NOT_SAVED)  # its owner and mode kept
                continue
            if (today - since).days < GONE_DAYS:
                continue
            try:
                record.unlink()
            except OSError:
                continue
            name = data["tracker"]
            kept = [p.name for p in backups_of(tracker.with_name(name))]
            said.append(
                GONE_PRUNED.format(
                    folder=BACKUP_DIR,
                    record=record.name,
                    name=name,
                    since=since,
                    ago=(today - since).days,
                    kept=_backups_kept(kept),
                )
            )
    return said


def _gone_since(data: dict[str, Any]) -> dt.date | None:
    """The day a run first found the tracker of the record ``data`` gone (``GONE_SINCE``);
    None when none has yet, or the day kept is not one (then it counts from today)."""
    try:
        return dt.date.fromisoformat(data[GONE_SINCE])
    except (KeyError, TypeError, ValueError):
        return None


# A few of the tracker's applications, kept in its record: the smallest of their numbers
# (``hand_edits.applications``), the same few whatever the rows' order.
APPLICATIONS = "applications"
SAMPLED = 16
NOT_THAT_TRACKER = (
    "not the tracker the tool last ran under this name (it holds none of the applications that "
    "tracker's record names)"
)
SET_ASIDE = (
    f"{NOT_THAT_TRACKER}: that tracker's record{{backups}} kept apart in {{folder}}/ as "
    "{aside}, never pruned by this file's runs; this file starts a record and backups of its own"
)
# ... and what a dry run says of it (``would_set_aside``), having moved nothing.
WOULD_SET_ASIDE = (
    f"{NOT_THAT_TRACKER}: a run would keep that tracker's record{{backups}} apart in "
    "{folder}/ as {aside}, never pruned by this file's runs, and start a record and backups of "
    "this file's own (dry run: nothing moved)"
)


def other_tracker(tracker: Path, applications: set[int]) -> bool:
    """Whether ``tracker``, whose rows hold ``applications``, is another file than the tracker
    its record is of: none of the applications that record names is in it (a new client's
    file saved under a name a renamed tracker had, report ot121 F2). A record that names none
    (kept before they were, or of a file of no rows) tells nothing: the same file."""
    try:
        data = _state_of(tracker)
    except (OSError, ValueError):
        return False
    named = None if data is None else data.get(APPLICATIONS)
    if not isinstance(named, list) or not named:
        return False
    return not applications.intersection(named)


def set_aside(tracker: Path) -> list[str]:
    """Keep the record and backups under ``tracker``'s name apart, as another file's: they are
    the tracker that had the name before (``other_tracker``), and this file's rotation would
    prune its backups, the oldest maybe the only copy of that client's file from before the
    tool (report ot121 F2). They take the name "<name> (before <day>)", which no file has: its
    backups are then never pruned, and its record goes ``GONE_DAYS`` days after it was set
    apart (``GONE_SINCE``), naming them (``prune_gone_records``). Returns what the run says; a
    failure leaves things as they were (and is said)."""
    aside = _free_name(tracker)
    record = state_path(tracker)
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
        data["tracker"] = aside.name
        data[GONE_SINCE] = dt.date.today().isoformat()  # no file has that name
    except (OSError, ValueError, TypeError):
        return []
    not_kept = keep_record(tracker, state_path(aside), data, RECORD_NOT_SAVED)
    if not_kept is not None:
        return [not_kept]
    with contextlib.suppress(OSError):
        record.unlink()
    moved = rename_backups(tracker, aside)
    backups = {0: " is", 1: " and its backup are"}.get(moved, f" and its {moved} backups are")
    return [SET_ASIDE.format(backups=backups, folder=BACKUP_DIR, aside=aside.stem)]


def would_set_aside(tracker: Path) -> str:
    """What a dry run says of the record and backups under ``tracker``'s name that a run
    would set apart (``set_aside``: ``tracker`` is another file than the one they are of),
    moving and writing nothing (fx294: the dry run said nothing of it)."""
    from followup_batch.write.atomic import backups_of

    backups = backups_named(len(backups_of(tracker)))
    aside = _free_name(tracker).stem
    return WOULD_SET_ASIDE.format(backups=backups, folder=BACKUP_DIR, aside=aside)


def _free_name(tracker: Path) -> Path:
    """ "<name> (before <day>)" beside ``tracker``, numbered when taken by a file, a record or
    backups (``set_aside``)."""
    from followup_batch.write.atomic import backups_of

    day = dt.date.today().isoformat()
    number = 1
    while True:
        label = f"before {day}" if number == 1 else f"before {day}, {number}"
        aside = tracker.with_name(f"{tracker.stem} ({label}){tracker.suffix}")
        if not aside.exists() and not state_path(aside).exists() and not backups_of(aside):
            return aside
        number += 1


def _backups_kept(kept: list[str]) -> str:
    """What is said of a gone tracker's backups, which are kept (``prune_gone_records``)."""
    if len(kept) == 1:
        return f"; its backup is kept ({kept[0]}): copy it back if you need it, else delete it"
    if kept:
        listed = ", ".join(kept)
        return f"; its backups are kept ({listed}): copy one back if you need it, else delete them"
    return ""


def remember(
    tracker: Path,
    new_stamp: str,
    reports: list[SheetReport],
    written: Mapping[str | None, Memory] | None = None,
    beside: Mapping[str | None, Memory] | None = None,
    client_folder: str = "",
    wrote: Fingerprint | None = None,
    marks: Mapping[str | None, MarksSeen] | None = None,
    marks_beside: Mapping[str | None, MarksSeen] | None = None,
    read: Fingerprint | None = None,
    applications: set[int] | None = None,
    result: str | None = None,
    heights: Mapping[str | None, dict[str, str]] | None = None,
) -> str | None:
    """Keep ``new_stamp`` and the reports for the next run, atomically; only when they differ
    from what is kept (a run that changed nothing writes nothing). ``written``: each sheet's
    memory of the texts written (``hand_edits``); ``beside``: the memories of the workbook's
    other sheets, which a run of one (``--sheet``) did not write, kept for their next run;
    ``client_folder``: the folder whose name the run read as the client's
    (``last_client_folder``); ``wrote``: the file as this run wrote it, None when it wrote
    nothing (then the last record of the tool's own version is kept: ``is_own_version``);
    ``marks``: what the run saw of each sheet's undated application check-ins
    (``marks_seen``); ``marks_beside``: what the last run that wrote them saw of the other
    sheets' (``--sheet``), kept as it was, so their check-ins count from the run that first
    sees them, as without ``--sheet`` (fx155); ``read``: the file as the run read it. A run
    that found the file as the tool last wrote it, and wrote nothing, keeps the record as it
    is when only the run's day would change in it (``_same_but_dates``). ``applications``: the
    file's rows' applications, of which a few are kept (``other_tracker``). ``result``: the
    digest of what the write was given (``result_digest``), kept with the file it made or
    found (``held_result``); a record left as it is keeps the one it has. ``heights``: the
    heights of the tool's each sheet written leaves on its rows (``HEIGHTS``); a sheet not
    written keeps those its record has.
    Failing to keep them costs only the next run's shortcut and hand-edit detection, never
    this run: what could not be kept is returned (``RECORD_NOT_SAVED``) for the run to say,
    None when kept or unchanged.

    What a run said of the hand edits it found, or of an earlier version's drop-down it
    removed, is its own news (``SheetReport.news``), not the file's: a re-run that finds the
    file unchanged does not repeat it."""
    written = written or {}
    sheets: list[dict[str, Any]] = [
        {
            "sheet": r.sheet,
            "rows": r.rows,
            "counts": {status: n for status, n in sorted(r.counts.items()) if n},
            "problem_rows": r.problem_rows,
            "notes": [note for note in r.notes if note not in r.news],
            "notices": [note for note in r.notices if note not in r.news],
            "problems": list(r.problems),
            "clients": list(r.clients),
            "to_send": r.to_send,
            "problem_places": list(r.problem_places),
        }
        for r in reports
    ]
    for sheet in sheets:
        memory = written.get(sheet["sheet"])
        if memory is not None:
            sheet["hand"] = memory.to_json()
        seen = (marks or {}).get(sheet["sheet"])
        if seen is not None:
            sheet["marks"] = seen.to_json()
    beside, marks_beside = beside or {}, marks_beside or {}
    others: list[dict[str, Any]] = []
    for sheet_name in [*beside, *(s for s in marks_beside if s not in beside)]:
        other: dict[str, Any] = {"sheet": sheet_name}
        if sheet_name in beside:
            other["hand"] = beside[sheet_name].to_json()
        if sheet_name in marks_beside:
            other["marks"] = marks_beside[sheet_name].to_json()
        others.append(other)
    left = {**recorded_heights(tracker), **(heights or {})}
    for entry in [*sheets, *others]:
        if left.get(entry["sheet"]):
            entry[HEIGHTS] = left[entry["sheet"]]
    path = state_path(tracker)
    own = None if wrote is None else {"size": wrote.size, "sha256": wrote.sha256}
    made = wrote or read
    held = None if result is None or made is None else {"file": made.sha256, "digest": result}
    before = None  # the version the tool wrote before (``is_recent_own_version``)
    try:
        raw = path.read_bytes()
        kept = json.loads(raw)
        if isinstance(kept, dict) and kept.get("tracker") == tracker.name:
            before = kept.get(OWN_BEFORE) if own is None else kept.get(OWN_FILE)
            own = own or kept.get(OWN_FILE)
            known = kept.get(RESULT)
            if held is None and isinstance(known, dict) and made is not None:
                # Not computed (the stamp answered): what the record knows of this very file.
                held = known if known.get("file") == made.sha256 else None
        if (
            isinstance(kept, dict)
            and kept.get("format") == FORMAT
            and kept.get("tracker") == tracker.name
            and kept.get("client_folder", "") == client_folder
            and kept.get(OWN_FILE) == own
            and GONE_SINCE not in kept  # the file is back: its record is its again
        ):
            if (
                kept.get("stamp") == new_stamp
                and kept.get("sheets") == sheets
                and kept.get("beside", []) == others
                and kept.get(RESULT) == held
            ):
                return None
            if (
                wrote is None
                and read is not None
                and own == {"size": read.size, "sha256": read.sha256}
                and _same_but_dates(kept, sheets, others)
                # A record of a version that kept no digest takes this night's, once.
                and (RESULT in kept or held is None)
            ):
                if new_stamp:  # a copy to --output has none: its next run is a full one
                    _note_the_night(tracker, raw, new_stamp, reports)
                return None
    except (OSError, ValueError):
        pass
    data = {
        "format": FORMAT,
        "tracker": tracker.name,
        "stamp": new_stamp,
        "ran_at": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "sheets": sheets,
    }
    if others:
        data["beside"] = others
    if client_folder:
        data["client_folder"] = client_folder
    if isinstance(own, dict):
        data[OWN_FILE] = own
    if isinstance(before, dict) and before != own:
        data[OWN_BEFORE] = before
    if applications:
        data[APPLICATIONS] = sorted(applications)[:SAMPLED]
    if held is not None:
        data[RESULT] = held
    data[TOOL] = tool_fingerprint()
    return _keep(tracker, data)


def _note_the_night(
    tracker: Path, record: bytes, new_stamp: str, reports: list[SheetReport]
) -> None:
    """Note outside the synced folder that the record left as it is (its bytes, ``record``)
    answers this night's stamp too (``same_night``), so that a second run the same night
    takes the shortcut (issue 15). A note that cannot be kept costs only that, and is said
    with -v on the first report (after its record was made: not the file's news)."""
    not_kept = same_night.keep(tracker, hashlib.sha256(record).hexdigest(), new_stamp)
    if not_kept is not None and reports:
        reports[0].notes.append(not_kept)
        reports[0].news.append(not_kept)


# The entries of a sheet's record that say the day of the run that left it.
DATED = ("hand", "marks")


def _same_but_dates(
    kept: dict[str, Any], sheets: list[dict[str, Any]], others: list[dict[str, Any]]
) -> bool:
    """Whether the record ``kept`` says what this run's would (``sheets``, ``others``) but
    for the run's day: the stamp, and the as-of date of the texts and marks it saw. A run that
    found the tool's own last version and wrote nothing then leaves the record as it is
    (report ot112, F2: every client's record was rewritten every night, and uploaded again
    by the sync, beside trackers "unchanged, nothing written"); the record's day stays that
    of the run that last wrote the file, whose texts it holds; the record's stamp is the other
    day's, so the night notes outside the synced folder that the record answers its stamp too
    (``same_night``), and a second run the same day takes the shortcut. A file saved since by
    a spreadsheet program with no edit has its stamp updated, as before: the next run is the
    quick one."""
    return _undated(kept.get("sheets")) == _undated(sheets) and _undated(
        kept.get("beside", [])
    ) == _undated(others)


def _undated(entries: object) -> object:
    """The sheets' entries of a record without the as-of dates of their ``DATED`` parts."""
    if not isinstance(entries, list):
        return entries
    plain = []
    for entry in entries:
        if isinstance(entry, dict):
            entry = {
                key: {k: v for k, v in value.items() if k != "as_of"}
                if key in DATED and isinstance(value, dict)
                else value
                for key, value in entry.items()
            }
        plain.append(entry)
    return plain


def remember_texts(tracker: Path, sheet: str | None, memory: Memory) -> str | None:
    """Keep ``memory`` as what the tool last wrote into ``sheet``'s text columns, after a
    library write (``write_back.write_results``), leaving the other sheets' as they are: the next
    run, library or command, tells the texts written from the person's. The stamp is
    dropped: the file changed, so the last run's reports are no longer its answer. Like
    ``remember``, writes nothing when nothing changed, never fails the write, and returns what
    could not be kept (``RECORD_NOT_SAVED``) for the write to say; None when kept."""
    try:
        data = _state_of(tracker)
    except (OSError, ValueError):
        data = None
    if data is None:
        data = {"format": FORMAT, "tracker": tracker.name, "stamp": "", "sheets": []}
    hand = memory.to_json()
    entries = [s for s in [*data.get("sheets", []), *data.get("beside", [])] if isinstance(s, dict)]
    entry = next((s for s in entries if s.get("sheet") == sheet), None)
    if entry is not None and entry.get("hand") == hand and data.get("stamp") == "":
        return None
    if entry is None:
        data.setdefault("beside", []).append({"sheet": sheet, "hand": hand})
    else:
        entry["hand"] = hand
    data["stamp"] = ""
    data.pop(OWN_FILE, None)  # the file changed: no longer the run's own version
    data.pop(GONE_SINCE, None)  # the file is here
    data["ran_at"] = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    return _keep(tracker, data)  # said by the library's write, as a run says it (ot89 F6)


def _keep(tracker: Path, data: dict[str, Any]) -> str | None:
    """Write the state file of ``tracker`` atomically, with the tracker's owner and mode; a
    failure costs only the next run's shortcut and hand-edit detection, and is said
    (``RECORD_NOT_SAVED``, returned; None when kept)."""
    # A directory in its place, a read-only folder, a full disk: said, never silent
    # (ot89 F6): the next run then counts a box ticked meanwhile from its due date.
    return keep_record(tracker, state_path(tracker), data, RECORD_NOT_SAVED)


def keep_record(tracker: Path, path: Path, data: dict[str, Any], not_kept: str) -> str | None:
    """Write the record ``data`` of ``tracker`` to ``path`` (beside its backups) atomically,
    with the tracker's owner and mode: it holds the tracker's problems or cells. ``not_kept``
    says a failure (``{record}``, ``{why}``), returned for the run to say; None when kept."""
    temp = path.with_name(temp_name(path.name))
    try:
        path.parent.mkdir(exist_ok=True)
        temp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        like = tracker.stat()
        keep_owner(temp, like)
        keep_extended_attributes(temp, tracker)  # not the folder's default ACL
        os.chmod(temp, stat.S_IMODE(like.st_mode))
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        return not_kept.format(record=f"{path.parent.name}/{path.name}", why=exc.strerror or exc)
    return None
