"""Time `run` in place on a big tracker against openpyxl load-and-save of the same file.

    python benchmarks/bench_writeback.py [--rows 100000] [--as-of 2026-03-02] [--repeat 3]
                                         [--written]

Compiles the package's bytecode (as an installed copy has it), builds a synthetic tracker
(--rows interviews, 14 user columns), then, each in its own child process so that peak
memory is measured per task:

1. ``run``: ``batch.process_file`` in place, end to end (read, compute, write with the
   default package writer, verify, atomic replace with backup);
2. the same steps timed one by one (read / the check of the parts the write edits / compute /
   the outbox and live statuses / write);
3. ``run`` again on the written file (a re-run: owned columns found, nothing to change);
4. openpyxl: load (keeping macros, links and rich text) and save — what a writer built on
   openpyxl would cost before it changes a single cell.

5. nightly runs as ``run`` takes them from cron (the last run's record used): on a copy
   written as of the third Saturday after ``--as-of``, the next night (Sunday: only the date
   changed, so nothing is written, the record left as it is) and that same night again (a
   retried job: the shortcut, from the night's note in the cache folder, ``same_night``).

With ``--written``, 6. openpyxl load + save of the tracker as ``run`` left it (what a nightly
run would cost through openpyxl once the tool's columns are in the file).

(1) and (4) run ``--repeat`` times, taking turns, each ``run`` on a fresh copy: one round of
each moves by a third from one minute to the next on a shared machine.

Prints wall and CPU seconds and peak resident memory per task (the median of the rounds, and
the best) and the speed-up of (1) over (4) (and of (3) over (5)). CPU seconds tell more than
wall seconds on a machine other jobs share.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
ROOT = BENCHMARKS.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "support")]

from big_tracker import build_tracker  # noqa: E402 (after the path set-up)
from precompile import compile_package  # noqa: E402 (after the path set-up)

MB = 1024 * 1024

# ---------------------------------------------------------------------------------------------
# Child tasks


def task_run(path: Path, as_of: dt.date) -> dict[str, float]:
    from followup_batch.batch import RunOptions, process_file
    from followup_batch.config import Config

    start = time.perf_counter()
    reports = process_file(path, Config(), RunOptions(as_of))
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "rows": float(sum(r.rows for r in reports))}


def task_phases(path: Path, as_of: dt.date) -> dict[str, float]:
    """``process_file``'s steps, timed one by one, as ``batch._process`` takes them."""
    import pandas as pd

    from followup_batch.batch import TEXT_STORAGE, resolve_roles
    from followup_batch.compute import compute_sheets, workbook_additions
    from followup_batch.config import Config
    from followup_batch.read import read_trackers
    from followup_batch.read.xlsx_cells import refuse_damaged_workbook
    from followup_batch.write import WriteOptions, write_results

    config = Config()
    times = {}
    with pd.option_context("mode.string_storage", TEXT_STORAGE):
        start = time.perf_counter()
        tables = [resolve_roles(table) for table in read_trackers(path, config.reading)]
        times["read"] = time.perf_counter() - start
        start = time.perf_counter()
        sheets = {t.sheet: t.sheet_rels for t in tables if t.sheet}
        refuse_damaged_workbook(path, list(sheets), sheets_too=False, rels=sheets)
        times["check"] = time.perf_counter() - start
        start = time.perf_counter()
        computed = compute_sheets(tables, config, as_of)
        times["compute"] = time.perf_counter() - start
        start = time.perf_counter()
        lives, outbox = workbook_additions(tables, computed, config, as_of)
        times["outbox"] = time.perf_counter() - start
        start = time.perf_counter()
        for i, (table, done) in enumerate(zip(tables, computed, strict=True)):
            write_results(
                table,
                done.output,
                path,
                as_of,
                options=WriteOptions(due_soon_bd=config.rules.due_soon_bd),
                live=lives[i],
                outbox=outbox,
            )
        times["write"] = time.perf_counter() - start
    times["seconds"] = sum(times.values())
    return times


def task_openpyxl(path: Path, _as_of: dt.date) -> dict[str, float]:
    from openpyxl import load_workbook

    times = {}
    start = time.perf_counter()
    book = load_workbook(path, keep_vba=path.suffix == ".xlsm", keep_links=True, rich_text=True)
    times["load"] = time.perf_counter() - start
    start = time.perf_counter()
    book.save(path.with_name("openpyxl-saved.xlsx"))
    times["save"] = time.perf_counter() - start
    times["seconds"] = times["load"] + times["save"]
    return times


def task_night(path: Path, as_of: dt.date) -> dict[str, float]:
    """``run`` in place as a nightly job runs it (``reuse``: its last record taken), with
    whether it wrote the file and whether it took the shortcut (read nothing)."""
    from followup_batch.batch import RunOptions, process_file
    from followup_batch.config import Config

    start = time.perf_counter()
    reports = process_file(path, Config(), RunOptions(as_of, reuse=True))
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "written": float(not all(r.unchanged for r in reports)),
        "shortcut": float(all("nothing was read or written" in r.notes[-1] for r in reports)),
    }


TASKS = {"run": task_run, "phases": task_phases, "openpyxl": task_openpyxl, "night": task_night}


def child(task: str, path: Path, as_of: dt.date) -> None:
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    before = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = TASKS[task](path, as_of)
    after = resource.getrusage(resource.RUSAGE_SELF)
    children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = after.ru_maxrss
    # The CPU of the processes it started too (the check of a big sheet's XML runs aside).
    result["cpu_seconds"] = sum(
        (end.ru_utime - start.ru_utime) + (end.ru_stime - start.ru_stime)
        for start, end in ((before, after), (children, children_after))
    )
    result["peak_rss_mb"] = peak / 1024  # ru_maxrss is in KiB on Linux
    result["start_rss_mb"] = baseline / 1024
    print(json.dumps(result))


def in_child(task: str, path: Path, as_of: dt.date) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", task, str(path), "--as-of", as_of.isoformat()],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def said(night: dict[str, float]) -> str:
    """What a nightly run did, as its row says it: written, or not, or not even read."""
    if night["written"]:
        return " (written)"
    return " (shortcut)" if night["shortcut"] else ""


def summary(rounds: list[dict[str, float]]) -> dict[str, float]:
    """The median of each figure over the rounds, the highest peak, and the best wall time."""
    out = {key: statistics.median(r[key] for r in rounds) for key in rounds[0]}
    out["peak_rss_mb"] = max(r["peak_rss_mb"] for r in rounds)
    out["best_seconds"] = min(r["seconds"] for r in rounds)
    return out


# ---------------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000, help="interviews in the tracker")
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=dt.date(2026, 3, 2))
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="rounds of run and openpyxl, taking turns (medians reported; default 3)",
    )
    parser.add_argument(
        "--written",
        action="store_true",
        help="also time openpyxl load + save of the tracker as run left it (two more minutes)",
    )
    parser.add_argument("--child", nargs=2, metavar=("TASK", "PATH"), help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        child(args.child[0], Path(args.child[1]), args.as_of)
        return 0
    compile_package()  # as an installed copy: no module compiled while timed
    with tempfile.TemporaryDirectory() as folder:
        # The nights' notes (``same_night``) in this folder, not the user's cache.
        os.environ["FOLLOWUP_BATCH_CACHE_DIR"] = str(Path(folder) / "cache")
        source = Path(folder) / "tracker.xlsx"
        start = time.perf_counter()
        build_tracker(source, args.rows, args.as_of)
        built = time.perf_counter() - start
        size = source.stat().st_size / MB
        print(f"tracker: {args.rows:,} rows, {size:.1f} MB (built in {built:.1f} s)")
        copies = {}
        for name in ("phases", "openpyxl", "nights", *(f"run{i}" for i in range(args.repeat))):
            copies[name] = Path(folder) / name / "tracker.xlsx"
            copies[name].parent.mkdir()
            shutil.copyfile(source, copies[name])
        runs, loads = [], []
        for i in range(args.repeat):  # taking turns: both meet the same moments of load
            runs.append(in_child("run", copies[f"run{i}"], args.as_of))
            loads.append(in_child("openpyxl", copies["openpyxl"], args.as_of))
        results = {
            "run": summary(runs),
            "openpyxl": summary(loads),
            "phases": in_child("phases", copies["phases"], args.as_of),
            "rerun": in_child("run", copies[f"run{args.repeat - 1}"], args.as_of),
        }
        # The third Saturday on: the last interviews' thank-you notes are past (two weeks on,
        # their rows' next action moves on) and their drafts name their days by date (a week
        # on, "on Sunday" becomes "on Sunday 1 March"), so its Sunday changes nothing but the
        # date.
        saturday = args.as_of + dt.timedelta(days=(5 - args.as_of.weekday()) % 7 + 14)
        in_child("night", copies["nights"], saturday)  # the night before: written
        sunday = saturday + dt.timedelta(days=1)
        results["next night"] = in_child("night", copies["nights"], sunday)
        results["same night"] = in_child("night", copies["nights"], sunday)
        if args.written:
            written = copies[f"run{args.repeat - 1}"]
            results["written"] = in_child("openpyxl", written, args.as_of)
    print(f"rounds of run and openpyxl: {args.repeat} (medians; the best in brackets)")
    rows = [
        ("run in place, end to end (package writer)", results["run"]),
        ("  read", {"seconds": results["phases"]["read"]}),
        ("  check of the parts the write edits", {"seconds": results["phases"]["check"]}),
        ("  compute", {"seconds": results["phases"]["compute"]}),
        ("  outbox and live statuses", {"seconds": results["phases"]["outbox"]}),
        ("  write (package writer, verify, replace)", {"seconds": results["phases"]["write"]}),
        ("run again (nothing to change)", results["rerun"]),
        (f"next night, only the date changed{said(results['next night'])}", results["next night"]),
        (f"same night again{said(results['same night'])}", results["same night"]),
        ("openpyxl load + save, no change", results["openpyxl"]),
        ("  load", {"seconds": results["openpyxl"]["load"]}),
        ("  save", {"seconds": results["openpyxl"]["save"]}),
    ]
    if "written" in results:
        rows += [
            ("openpyxl load + save of the written file", results["written"]),
            ("  load", {"seconds": results["written"]["load"]}),
            ("  save", {"seconds": results["written"]["save"]}),
        ]
    print(f"{'task':44} {'seconds':>8} {'CPU s':>8} {'peak RSS':>10}")
    for label, result in rows:
        cpu = f"{result['cpu_seconds']:.2f}" if "cpu_seconds" in result else ""
        peak = f"{result['peak_rss_mb']:.0f} MB" if "peak_rss_mb" in result else ""
        best = f"  ({result['best_seconds']:.2f})" if "best_seconds" in result else ""
        print(f"{label:44} {result['seconds']:8.2f} {cpu:>8} {peak:>10}{best}")
    ratio = results["openpyxl"]["seconds"] / results["run"]["seconds"]
    cpu_ratio = results["openpyxl"]["cpu_seconds"] / results["run"]["cpu_seconds"]
    best = results["openpyxl"]["best_seconds"] / results["run"]["best_seconds"]
    print(
        f"speed-up of run over openpyxl load+save: {ratio:.1f}x ({cpu_ratio:.1f}x in CPU time, "
        f"{best:.1f}x best against best; issue 15's target >= 5x)"
    )
    for night in ("next night", "same night"):
        seconds = results[night]["seconds"]
        print(
            f"{night}: {results['run']['seconds'] / seconds:.1f}x faster than the full run, "
            f"{results['openpyxl']['seconds'] / seconds:.1f}x than openpyxl load+save"
        )
    if "written" in results:
        again = results["written"]["seconds"] / results["rerun"]["seconds"]
        print(f"speed-up of run again over openpyxl load+save of the written file: {again:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
