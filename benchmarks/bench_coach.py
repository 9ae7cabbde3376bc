"""Time a career coach's whole run: a folder of client trackers, processed, digested, exported.

    python benchmarks/bench_coach.py [--clients 200] [--rows 50] [--as-of 2026-11-20]
                                     [--horizon 7] [--jobs N] [--keep DIR]

A child process writes ``--clients`` trackers of ``--rows`` rows each (the sample tracker's
realistic rows, re-dated and renamed per client; one file per client, the client named by the
file stem), so that building them does not count towards the timings or memory. Then:

1. **The one command**, as a coach types it, in a fresh process on a fresh copy of the folder,
   twice: with ``--jobs 1`` and with the default (one worker process per CPU)::

       followup-batch run FOLDER --as-of D -q --digest-days 7 --digest digest.xlsx
           --digest digest.html --digest digest.md --ics followups.ics --eml-dir drafts

   Wall time from the process start (interpreter and imports included), the CPU time of the
   command and its workers (user, and system: the kernel's, mostly creating the .eml files),
   and the peak resident memory of the command's process and of its largest worker. Target:
   under 20 s.
2. **Stage by stage**, in this process and with one process (``--jobs`` sets the workers), on
   another fresh copy: ``batch.process_files`` with ``collect`` over the files, as ``run``
   does (read, compute, write back in place, keep the due items), ``exports.build_digest``,
   the terminal table, and the exports (digest xlsx, HTML, Markdown, the ``.ics`` and the
   ``.eml`` drafts) — to see where the time goes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
ROOT = BENCHMARKS.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "support"), str(ROOT / "sample_data")]

from precompile import compile_package  # noqa: E402 (after the path set-up)

from followup_batch import batch as pipeline
from followup_batch import exports
from followup_batch.config import Config

MB = 1024 * 1024


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=200, help="tracker files (one a client)")
    parser.add_argument("--rows", type=int, default=50, help="rows per tracker")
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 11, 20))
    parser.add_argument("--horizon", type=int, default=7, help="digest horizon in days")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for stage 2")
    parser.add_argument("--keep", type=Path, help="build the folder here and keep it")
    parser.add_argument("--generate", type=Path, help=argparse.SUPPRESS)  # child process
    parser.add_argument("--cli", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)  # child
    parser.add_argument("--seed", type=int, default=0)
    return parser.parse_args(argv)


# --- the folder --------------------------------------------------------------------------------


def generate(folder: Path, clients: int, rows: int, seed: int) -> None:
    """One tracker per client from the sample's rows, shifted a few days and renamed."""
    from coach_folder import build_coach_folder

    build_coach_folder(folder, clients, rows, seed)


# --- the timed run -----------------------------------------------------------------------------


class Stopwatch:
    def __init__(self) -> None:
        self.stages: list[tuple[str, float]] = []

    def run(self, name: str, func, *args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)
        self.stages.append((name, time.perf_counter() - start))
        return result


def process_all(files: list[Path], config: Config, as_of: date, jobs: int):
    """Every file as ``run`` processes them (``batch.process_files``: in this process, or
    spread over ``jobs`` worker processes): the reports, their due items and the failures."""
    options = pipeline.RunOptions(as_of, collect=True, jobs=jobs)
    reports, failures = [], []
    for path, result in pipeline.process_files(files, config, options):
        if isinstance(result, pipeline.FileFailure):
            failures.append((path.name, result.message))
        else:
            reports += result
    items = exports.concat_items(r.items for r in reports if r.items is not None)
    return reports, items, failures


def export_all(built: exports.Digest, items, reports, out: Path, as_of: date) -> tuple[int, int]:
    """The digest files, the calendar and the drafts: (events, .eml files)."""
    from followup_batch.exports.outputs import combined_messages

    exports.write_digest_xlsx(built, out / "digest.xlsx")
    exports.write_digest_html(built, out / "digest.html")
    exports.write_digest_markdown(built, out / "digest.md")
    messages = combined_messages((r.path, r.sheet, r.messages) for r in reports)
    drafts = exports.write_eml(messages, out / "drafts", {})
    return exports.write_ics(items, out / "followups.ics", as_of=as_of).events, len(drafts)


def run_cli(argv: list[str]) -> int:
    """Child process: the command line itself, then its peak memory as JSON on stderr's last
    line (this process's and its largest worker's)."""
    from followup_batch.cli import main as cli

    try:
        cli.main(argv, prog_name="followup-batch", standalone_mode=False)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    peaks = {
        "self": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "worker": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024,
    }
    print(json.dumps(peaks), file=sys.stderr)
    return code


def time_command(pristine: Path, scratch: Path, args: argparse.Namespace, jobs: str | None):
    """One ``followup-batch run`` over a fresh copy of the folder: (seconds, peaks and CPU, exit
    code)."""
    folder = scratch / f"clients-{jobs or 'default'}"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(pristine, folder)
    out = scratch / f"exports-{jobs or 'default'}"
    out.mkdir(exist_ok=True)
    argv = [str(folder), "--as-of", args.as_of.isoformat(), "-q"]
    argv += ["--digest-days", str(args.horizon), "--ics", str(out / "followups.ics")]
    argv += ["--eml-dir", str(out / "drafts")]
    for name in ("digest.xlsx", "digest.html", "digest.md"):
        argv += ["--digest", str(out / name)]
    if jobs:
        argv += ["--jobs", jobs]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--cli", "run", *argv], capture_output=True, text=True
    )
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = done.stderr.strip().splitlines()
    peaks = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {}
    # The command's CPU and its workers' (waited for by it): user, and system (the kernel's
    # share: creating thousands of files, forks, fsync).
    peaks["user"] = after.ru_utime - before.ru_utime
    peaks["system"] = after.ru_stime - before.ru_stime
    if done.returncode:
        print(done.stderr[-2000:], file=sys.stderr)
    return seconds, peaks, done.returncode


def bench_command(pristine: Path, args: argparse.Namespace) -> int:
    from followup_batch.workers import default_jobs

    files = len(list(pristine.glob("*.xlsx")))
    print("The one command (fresh process, fresh copy of the folder):")
    times = {}
    failed = 0
    with tempfile.TemporaryDirectory(prefix="bench-coach-cli-") as scratch:
        for jobs in ("1", None):
            seconds, peaks, code = time_command(pristine, Path(scratch), args, jobs)
            failed |= code
            label = f"--jobs {jobs}" if jobs else f"default ({default_jobs(files)} processes)"
            times[label] = seconds
            memory = f"peak RSS {peaks.get('self', 0) / MB:.0f} MB"
            if not jobs:
                memory += f", largest worker {peaks.get('worker', 0) / MB:.0f} MB"
            print(f"  {label:<40} {seconds:7.2f} s   {memory}   exit {code}")
            cpu = f"CPU {peaks['user']:.1f} s user + {peaks['system']:.1f} s system"
            print(f"  {'':<40} {cpu} (the command and its workers)")
    (serial, parallel) = times.values()
    print(f"  workers vs one process: {serial / parallel:.2f}x   (target: under 20 s)")
    return failed


def bench(folder: Path, args: argparse.Namespace) -> int:
    files = sorted(folder.glob("*.xlsx"))
    print(f"Stage by stage ({args.jobs} process{'es' if args.jobs > 1 else ''}):")
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    config = Config()
    out = folder / "_exports"
    out.mkdir(exist_ok=True)

    watch = Stopwatch()
    start = time.perf_counter()
    reports, items, failures = watch.run(
        f"process_files + due items ({args.jobs} process{'es' if args.jobs > 1 else ''})",
        process_all,
        files,
        config,
        args.as_of,
        args.jobs,
    )
    built = watch.run("build digest", exports.build_digest, items, args.as_of, args.horizon)
    text = watch.run("terminal table", exports.to_terminal, built, 100)
    events, drafts = watch.run(
        "export xlsx + html + md + ics + eml", export_all, built, items, reports, out, args.as_of
    )
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
    print(f"  {events} calendar events, {drafts} .eml drafts; {len(failures)} files failed")
    print(f"  peak RSS {peak / MB:.0f} MB (after imports, before the run: {base_rss / MB:.0f} MB)")
    if args.jobs > 1:
        print(f"  peak RSS of the largest worker: {children / MB:.0f} MB")
    for name, message in failures[:5]:
        print(f"  FAILED {name}: {message}")
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.cli is not None:
        return run_cli(args.cli)
    if args.generate:
        generate(args.generate, args.clients, args.rows, args.seed)
        return 0
    compile_package()  # as an installed copy: no module compiled while timed
    with tempfile.TemporaryDirectory(prefix="bench-coach-") as scratch:
        pristine = Path(scratch) / "pristine"
        folder = args.keep or Path(scratch) / "clients"
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--generate",
                str(pristine),
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
        print(
            f"{args.clients} trackers x {args.rows} rows, as of {args.as_of}, {os.cpu_count()} CPUs"
        )
        failed = bench_command(pristine, args)
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(pristine, folder)
        return bench(folder, args) or failed


if __name__ == "__main__":
    sys.exit(main())
