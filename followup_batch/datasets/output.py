"""OUT (and the digest folder) appear whole or not at all.

Partitions write into a hidden staging folder beside the target (``.OUT.partial-PID``), each
file through a hidden temporary name; when every piece has its file, the tallies in their
footers are added up, a marker file records the run, and the staging folder is renamed to the
target (an earlier output moved aside first, then removed), unless the target already holds
the same files and record: then nothing is written. A failed or interrupted run
removes its staging folder; one left by a run that was killed outright is removed by the
next run. The user's data is never written to: a target inside the input, or an existing
folder that is not an earlier output of this tool, is refused before any work.
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
from collections import Counter
from pathlib import Path

from followup_batch.datasets.partition import Tally, read_tally
from followup_batch.datasets.plan import DatasetError, DatasetPlan
from followup_batch.errors import OpenElsewhere, UsageError
from followup_batch.text import first_and_more
from followup_batch.write.atomic import process_alive

MARKER = "_followup-batch.json"  # pyarrow, Dask and Spark skip files starting with "_"
STAGING = ".{name}.partial-{pid}"
RETIRED = ".{name}.old-{pid}"


class OutputRefused(DatasetError, UsageError):
    """An --output or --digest-dir that would overwrite someone's data: a usage error (exit
    2), nothing done."""


def staging_for(
    target: Path, inputs: list[Path], what: str, others: tuple[tuple[Path, str], ...] = ()
) -> Path:
    """A new, empty staging folder for ``target``; refuses (``OutputRefused``) a target that
    would overwrite the user's data or another of the run's outputs (``others``, each with its
    option). ``what`` names the target's option in messages."""
    target = check_target(target, inputs, what, others)
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_abandoned(target)
    staging = target.parent / STAGING.format(name=target.name, pid=os.getpid())
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    return staging


def check_target(
    target: Path, inputs: list[Path], what: str, others: tuple[tuple[Path, str], ...] = ()
) -> Path:
    """``target`` resolved, or ``OutputRefused`` when writing it would overwrite the user's
    data or another of the run's outputs (see ``staging_for``); makes nothing."""
    target = target.resolve()
    named = [(source, "the input") for source in inputs]
    named += [(other, option) for other, option in others]
    for source, name in named:
        source = source.resolve()
        if target == source or target in source.parents or source in target.parents:
            raise OutputRefused(
                f"{target} overlaps {name} {source}; choose a folder outside it (the input "
                "is never written to, and each output is replaced as a whole)",
                option=what,
            )
    if target.exists() and not (target.is_dir() and _is_ours(target)):
        raise OutputRefused(
            f"{target} exists and is not the output of an earlier followup-batch run; "
            "choose a new folder (it is created), or remove it first",
            option=what,
        )
    if target.is_dir() and (refusal := _not_replaceable(target)):
        held, todo = refusal
        raise OutputRefused(
            f"{target} holds {held}, and the folder is replaced as a whole, so nothing was "
            f"written. {todo}",
            option=what,
        )
    if target.is_dir() and (foreign := _not_ours(target)):
        shown = first_and_more(foreign, 3)
        raise OutputRefused(
            f"{target} holds files the earlier run did not write ({shown}); the folder is "
            "replaced as a whole, so move them out first, or choose another folder",
            option=what,
        )
    return target


def _is_ours(folder: Path) -> bool:
    return (folder / MARKER).is_file() or not any(folder.iterdir())


def _files(folder: Path) -> list[str]:
    """Every file under ``folder`` but the marker, as relative POSIX paths, sorted."""
    return sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and p.name != MARKER
    )


def _not_replaceable(folder: Path) -> tuple[str, str] | None:
    """What in an earlier output its replacement must not replace, as each export's writer
    refuses it (``exports.files.replace_refusal``): a file open in Excel or LibreOffice (a
    coach's digest.xlsx, their lock file beside it), or a digest, calendar or draft of its
    run that is no longer the tool's (a coach's own notes saved as digest.md), or a draft
    edited since its run wrote it (its seal, ``eml.SEAL``, no longer matches: ot96 F2): what
    it holds and what to do; None when there is none. The digests are written afresh into a staging
    folder, so their writers' own check finds nothing there (ot84/ot85 leftover)."""
    from followup_batch.exports.edited_drafts import own_text
    from followup_batch.exports.files import EXPORT_KINDS, KIND_NAMES, replace_refusal
    from followup_batch.write.locks import open_error

    written = _written(folder)
    for name in _files(folder):
        path = folder / name
        suffix = path.suffix.lower()
        kind = ".eml" if suffix == ".eml" else EXPORT_KINDS.get(suffix)
        if written is not None and name not in written:
            kind = None  # not the run's (``_not_ours`` names it): only its lock is told here
        refused = (
            replace_refusal(path, kind, with_folder=False) if kind is not None else open_error(path)
        )
        if isinstance(refused, OpenElsewhere):
            where, _, todo = refused.why.partition("; ")
            return f"{name}, which is {where}", f"{todo[:1].upper()}{todo[1:]}"
        if refused is not None and kind is not None:
            return (
                f"{name}, which is not {KIND_NAMES[kind]} followup-batch wrote (saved over since)",
                "Move it out first, or choose another folder",
            )
        if kind == ".eml" and own_text(path) is False:  # its seal: edited since (ot96 F2)
            return (
                f"{name}, a draft edited since followup-batch wrote it",
                "Move it out first (it holds your text), or choose another folder",
            )
    return None


def _written(folder: Path) -> set[str] | None:
    """The files its marker says an earlier output's run wrote; None when it does not say
    (written before it did)."""
    try:
        written = json.loads((folder / MARKER).read_text(encoding="utf-8")).get("files")
    except (OSError, ValueError, AttributeError):
        return None
    return set(written) if isinstance(written, list) else None


def _not_ours(folder: Path) -> list[str]:
    """The files in an earlier output that its run did not write (a note someone saved
    there, an analysis folder): replacing the output would delete them. Nothing for an output
    whose marker does not list its files (written before it did)."""
    known = _written(folder)
    if known is None:
        return []
    return [name for name in _files(folder) if name not in known]


def _remove_abandoned(target: Path) -> None:
    """Staging and retired folders of runs whose process is gone (killed outright)."""
    for pattern in (STAGING, RETIRED):
        for folder in target.parent.glob(pattern.format(name=target.name, pid="*")):
            pid = folder.name.rpartition("-")[2]
            if pid.isdigit() and not process_alive(int(pid)):
                shutil.rmtree(folder, ignore_errors=True)


def added_tallies(staging: Path, plan: DatasetPlan) -> Tally:
    """The tallies of every piece's output file, added up; raises ``DatasetError`` when a
    piece has no complete file (the run is then not published). Leftover temporary files of
    tasks that were stopped and run again are removed."""
    for leftover in staging.rglob(".*.partial"):
        leftover.unlink()
    total = Tally(counts=Counter())
    for piece in plan.pieces:
        path = staging / piece.output
        tally = read_tally(path) if path.is_file() else None
        if tally is None or (piece.rows is not None and tally.rows != piece.rows):
            raise DatasetError(f"{piece.output}: no complete output was written for it")
        total.rows += tally.rows
        total.problem_rows += tally.problem_rows
        assert total.counts is not None and tally.counts is not None
        total.counts.update(tally.counts)
    return total


def publish(staging: Path, target: Path, record: dict[str, object]) -> bool:
    """Swap the staging folder in as ``target``, with ``record`` in its marker file; False,
    and ``target`` left as it is (nothing written), when it already holds the same output:
    the same files, byte for byte, and the same record but for the run's duration."""
    record = {**record, "files": _files(staging)}  # what a later run may replace
    target = target.resolve()
    if _same_output(staging, target, record):
        return False
    (staging / MARKER).write_text(
        json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    retired = None
    if target.exists():
        retired = target.parent / RETIRED.format(name=target.name, pid=os.getpid())
        target.rename(retired)
    try:
        staging.rename(target)
    except OSError:
        if retired is not None:  # the earlier output back, not left for the next run to delete
            retired.rename(target)
        raise
    if retired is not None:
        shutil.rmtree(retired, ignore_errors=True)
    return True


def digest_not_published(out: Path, digest_dir: Path, exc: OSError) -> str:
    """What a run says when OUT was published and then its digest folder could not be."""
    return (
        f"{out} holds this run's output, but the digests were not published: {digest_dir} "
        f"could not be written ({exc.strerror}) and is as it was. Fix that and run the same "
        f"command again: it leaves {out} as it is and writes the digests"
    )


# What differs between two runs of the same inputs: the duration, the Dask workers lost on the
# way, and the paths as they were typed ("small", "./small/", an absolute path: the same
# folder); the files compared say the rest.
VOLATILE = ("seconds", "workers_lost", "data", "written", "digest")


def _same_output(staging: Path, target: Path, record: dict[str, object]) -> bool:
    try:
        earlier = json.loads((target / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(earlier, dict) or not _same_record(earlier, record):
        return False
    names = record["files"]
    assert isinstance(names, list)
    if _files(target) != names:
        return False
    return all(filecmp.cmp(staging / name, target / name, shallow=False) for name in names)


def _same_record(earlier: dict[str, object], record: dict[str, object]) -> bool:
    # Through JSON, as the marker holds it: tuples are lists, dates are strings.
    now = json.loads(json.dumps(record, ensure_ascii=False))
    return {k: v for k, v in earlier.items() if k not in VOLATILE} == {
        k: v for k, v in now.items() if k not in VOLATILE
    }


def discard(staging: Path | None) -> None:
    if staging is not None:
        shutil.rmtree(staging, ignore_errors=True)
