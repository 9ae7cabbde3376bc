"""Time a re-run that changes nothing against the first run, for an .xlsx and a .csv tracker.

    python benchmarks/bench_rerun.py [--rows 20000] [--as-of 2026-03-02]

Issue 13: a run whose result equals the file on disk writes nothing, makes no backup, and
costs at most half of a first run. Builds the synthetic tracker of
``tests/support/big_tracker.py`` (--rows interviews, 14 user columns) as .xlsx and as .csv,
then runs ``process_file`` in place three times on each, every run in its own child process
(imports included, as a cron job pays them):

1. the first run (the owned columns appended, the Drafts sheet made, a backup kept);
2. the second run, same as-of date: must leave the file's bytes and the backups as they were;
3. a third run, the same again.

Prints wall and CPU seconds per run, whether the file's bytes changed, the number of backups,
and the re-run's cost as a share of the first run's (CPU time tells more than wall time on a
machine other jobs share).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCHMARKS.parent), str(BENCHMARKS.parent / "tests" / "support")]

from big_tracker import build_csv, build_tracker  # noqa: E402 (after the path set-up)
from precompile import compile_package  # noqa: E402 (after the path set-up)


def child(path: Path, as_of: dt.date) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    from followup_batch.batch import RunOptions, process_file
    from followup_batch.config import Config

    # As `followup-batch run` does without exports: an unchanged tracker may reuse the last run.
    reports = process_file(path, Config(), RunOptions(as_of, reuse=True))
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    rows = sum(r.rows for r in reports)
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu, "rows": rows}))


def in_child(path: Path, as_of: dt.date) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(path), "--as-of", as_of.isoformat()],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def backups(path: Path) -> int:
    folder = path.parent / ".followup-backups"
    found = folder.iterdir() if folder.is_dir() else []
    return len([p for p in found if not p.name.endswith(".last-run.json")])  # not the state


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=20_000, help="interviews in the tracker")
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=dt.date(2026, 3, 2))
    parser.add_argument("--child", metavar="PATH", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child), args.as_of)
        return 0
    compile_package()  # as an installed copy: no module compiled while timed
    print(f"{'tracker':8} {'run':6} {'seconds':>8} {'CPU s':>8} {'bytes':>9} {'backups':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for kind, build in (("xlsx", build_tracker), ("csv", build_csv)):
            path = Path(folder) / kind / f"tracker.{kind}"
            path.parent.mkdir()
            build(path, args.rows, args.as_of)
            results = []
            for number in (1, 2, 3):
                was = digest(path)
                result = in_child(path, args.as_of)
                changed = "changed" if digest(path) != was else "same"
                results.append(result)
                print(
                    f"{kind:8} {number:<6} {result['seconds']:8.2f} {result['cpu_seconds']:8.2f} "
                    f"{changed:>9} {backups(path):>8}"
                )
            share = min(r["cpu_seconds"] for r in results[1:]) / results[0]["cpu_seconds"]
            print(f"{kind}: a re-run costs {share:.0%} of the first run's CPU time (target <= 50%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
