"""Time a career coach's whole run: a folder of client trackers, processed, digested, exported.

    python benchmarks/bench_coach.py [--clients 200] [--rows 50] [--as-of 2026-11-20]
                                     [--horizon 7] [--jobs 1] [--keep DIR]

A child process writes ``--clients`` trackers of ``--rows`` rows each (the sample tracker's
realistic rows, re-dated and renamed per client; one file per client, the client named by the
file stem), so that building them does not count towards this process's memory. Then, in this
process and timed stage by stage:

1. every file: ``pipeline.process_file(..., collect=True)`` (under the file's lock: read,
   compute, write the results back in place, and keep each sheet's due items from
   ``digest.collect_due``); ``--jobs N`` spreads the files over N worker processes (the
   per-file locks make that safe);
2. ``digest.build_digest`` with ``--horizon`` days;
3. the terminal table;
4. the exports: digest xlsx, HTML, Markdown and the ``.ics`` of every due action.

Prints each stage's time, the total (target: under 20 s for 200 x 50 rows) and the process's
peak resident memory.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date, datetime, timedelta
from itertools import repeat
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
ROOT = BENCHMARKS.parent
sys.path[:0] = [str(ROOT), str(BENCHMARKS), str(ROOT / "sample_data")]

from followup_batch import digest, ics, pipeline  # noqa: E402  (importable after the set-up)
from followup_batch.config import Config  # noqa: E402

MB = 1024 * 1024
FIRST_NAMES = tuple(
    [
        "Maya",
        "Ana",
        "Jonas",
        "Priya",
        "Liam",
        "Sofia",
        "Noah",
        "Amara",
        "Kenji",
        "Lena",
        "Omar",
        "Zoe",
        "Ravi",
        "Ines",
        "Tomas",
        "Aisha",
        "Elena",
        "Marco",
        "Hana",
        "Felix",
        "Nia",
        "Oscar",
        "Yara",
        "Arjun",
        "Clara",
        "Diego",
        "Mei",
        "Samuel",
        "Leila",
        "Victor",
    ]
)
LAST_NAMES = tuple(
    [
        "Chen",
        "Weber",
        "Raman",
        "Okafor",
        "Novak",
        "Silva",
        "Dubois",
        "Tanaka",
        "Haddad",
        "Kowalski",
        "Moreau",
        "Fischer",
        "Costa",
        "Nguyen",
        "Larsen",
        "Ibrahim",
        "Rossi",
        "Schmidt",
        "Patel",
        "Garcia",
    ]
)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=200, help="tracker files (one a client)")
    parser.add_argument("--rows", type=int, default=50, help="rows per tracker")
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 11, 20))
    parser.add_argument("--horizon", type=int, default=7, help="digest horizon in days")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for the files")
    parser.add_argument("--keep", type=Path, help="build the folder here and keep it")
    parser.add_argument("--generate", type=Path, help=argparse.SUPPRESS)  # child process
    parser.add_argument("--seed", type=int, default=0)
    return parser.parse_args(argv)


# --- the folder --------------------------------------------------------------------------------


def client_names(count: int) -> list[str]:
    names = [f"{first} {last}" for last in LAST_NAMES for first in FIRST_NAMES]
    random.Random(7).shuffle(names)
    return [
        names[i % len(names)] + (f" {i // len(names) + 1}" if i >= len(names) else "")
        for i in range(count)
    ]


def generate(folder: Path, clients: int, rows: int, seed: int) -> None:
    """One tracker per client from the sample's rows, shifted a few days and renamed."""
    from make_sample import FIELD_ORDER, ROWS, SALARY, cell_value, style_sheet
    from openpyxl import Workbook

    fields = [name for name in FIELD_ORDER if name != "client"]
    from followup_batch.schema import FIELDS_BY_NAME

    headers = [FIELDS_BY_NAME[name].header for name in fields] + [SALARY]
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for name in client_names(clients):
        book = Workbook()
        sheet = book.active
        sheet.title = "Interviews"
        sheet.append(headers)
        shift = timedelta(days=rng.randint(-3, 3))
        for i in range(rows):
            source = ROWS[(i + rng.randrange(len(ROWS))) % len(ROWS)]
            values = []
            for field in fields:
                value = cell_value(source, field)
                if isinstance(value, datetime | date) and value != "":
                    value = value + shift
                if field == "company" and value:
                    value = f"{value} {i // len(ROWS) + 1}" if i >= len(ROWS) else value
                values.append(value)
            sheet.append([*values, source.get("salary", "")])
        style_sheet(sheet)  # widths, date formats, filter, frozen header, a formula column
        book.save(folder / f"{name}.xlsx")


# --- the timed run -----------------------------------------------------------------------------


class Stopwatch:
    def __init__(self) -> None:
        self.stages: list[tuple[str, float]] = []

    def run(self, name: str, func, *args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)
        self.stages.append((name, time.perf_counter() - start))
        return result


def process_one(path: Path, config: Config, as_of: date):
    """One file (``process_file`` holds its lock): its reports and due items, or the failure."""
    try:
        reports = pipeline.process_file(path, config, as_of, collect=True)
    except Exception as error:  # a benchmark reports; the CLI maps errors to messages
        return [], digest.empty_items(), (path.name, str(error))
    return reports, digest.concat_items(r.items for r in reports), None


def process_all(files: list[Path], config: Config, as_of: date, jobs: int):
    """Every file, in this process or spread over ``jobs`` worker processes."""
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            results = list(pool.map(process_one, files, repeat(config), repeat(as_of), chunksize=4))
    else:
        results = [process_one(path, config, as_of) for path in files]
    reports = [r for result in results for r in result[0]]
    items = digest.concat_items(result[1] for result in results)
    failures = [result[2] for result in results if result[2]]
    return reports, items, failures


def export_all(built: digest.Digest, items, out: Path, as_of: date) -> int:
    digest.write_xlsx(built, out / "digest.xlsx")
    digest.write_html(built, out / "digest.html")
    digest.write_markdown(built, out / "digest.md")
    return ics.write_ics(items, out / "followups.ics", as_of=as_of)


def bench(folder: Path, args: argparse.Namespace) -> int:
    files = sorted(folder.glob("*.xlsx"))
    rows = args.clients * args.rows
    print(f"{len(files)} trackers x {args.rows} rows = {rows} rows, as of {args.as_of}")
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    config = Config()
    out = folder / "_exports"
    out.mkdir(exist_ok=True)

    watch = Stopwatch()
    start = time.perf_counter()
    reports, items, failures = watch.run(
        f"process_file + due items ({args.jobs} process{'es' if args.jobs > 1 else ''})",
        process_all,
        files,
        config,
        args.as_of,
        args.jobs,
    )
    built = watch.run("build digest", digest.build_digest, items, args.as_of, args.horizon)
    text = watch.run("terminal table", digest.to_terminal, built, 100)
    events = watch.run("export xlsx + html + md + ics", export_all, built, items, out, args.as_of)
    total = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024

    for name, seconds in watch.stages:
        print(f"  {name:<40} {seconds:7.2f} s")
    print(f"  {'total':<40} {total:7.2f} s   (target: under 20 s)")
    print(
        f"  {len(reports)} sheets, {len(items)} due items, {len(text.splitlines())} lines of table"
    )
    print(f"  digest: {built.headline()}")
    print(f"  {events} calendar events; {len(failures)} files failed")
    print(f"  peak RSS {peak / MB:.0f} MB (after imports, before the run: {base_rss / MB:.0f} MB)")
    if args.jobs > 1:
        print(f"  peak RSS of the largest worker: {children / MB:.0f} MB")
    for name, message in failures[:5]:
        print(f"  FAILED {name}: {message}")
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.generate:
        generate(args.generate, args.clients, args.rows, args.seed)
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-coach-") as scratch:
        folder = args.keep or Path(scratch) / "clients"
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--generate",
                str(folder),
                "--clients",
                str(args.clients),
                "--rows",
                str(args.rows),
                "--seed",
                str(args.seed),
            ],
            check=True,
        )
        print(f"built the folder in {time.perf_counter() - started:.1f} s (not timed below)")
        return bench(folder, args)


if __name__ == "__main__":
    sys.exit(main())
