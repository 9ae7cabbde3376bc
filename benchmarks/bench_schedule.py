"""Time the vectorized schedule against the row-by-row reference, and check they agree.

    python benchmarks/bench_schedule.py [--rows 1000000] [--loop-rows 20000] [--as-of 2026-11-20]

The vectorized engine runs on every row (best of --repeat runs). The row loop is far slower, so
it runs on a random sample of --loop-rows rows and its cost per row is extrapolated to the full
frame; both answers are compared on that sample. Peak memory is the traced Python allocations
(numpy and pandas buffers included) during one vectorized run, plus the process's peak RSS.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pandas as pd

BENCHMARKS = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCHMARKS.parent), str(BENCHMARKS.parent / "tests" / "support")]

import rowloop
from synthetic import synthetic_frame

from followup_batch.schedule import load_rules, schedule_rows

MB = 1024 * 1024


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows in the synthetic frame")
    parser.add_argument(
        "--loop-rows",
        type=int,
        default=20_000,
        help="rows the row-by-row reference runs on (extrapolated)",
    )
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 11, 20))
    parser.add_argument("--repeat", type=int, default=3, help="vectorized runs, best one counts")
    parser.add_argument("--seed", type=int, default=0)
    return parser.parse_args(argv)


def best_time(run: Callable[[], object], repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    return best, result


def traced_peak(run: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def peak_rss_bytes() -> int:
    # ru_maxrss is in kilobytes on Linux and in bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def disagreements(expected: pd.DataFrame, actual: pd.DataFrame) -> dict[str, pd.Index]:
    """Rows whose answers differ, per output column (NaT equals NaT)."""
    found = {}
    for column in rowloop.OUTPUT_COLUMNS:
        want, got = expected[column], actual.loc[expected.index, column]
        if column in rowloop.OUTPUT_DATE_COLUMNS:
            got = got.astype("datetime64[ns]")
        else:
            got = got.astype(object)
        same = (want == got) | (want.isna() & got.isna())
        if not same.all():
            found[column] = expected.index[~same.to_numpy()]
    return found


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    start = time.perf_counter()
    frame = synthetic_frame(args.rows, seed=args.seed)
    print(
        f"synthetic frame: {len(frame):,} rows built in {time.perf_counter() - start:.1f} s; "
        f"as of {args.as_of}"
    )

    rule_set = load_rules()
    vector_seconds, vector_schedule = best_time(
        lambda: schedule_rows(frame, rule_set, args.as_of), args.repeat
    )
    vector_peak = traced_peak(lambda: schedule_rows(frame, rule_set, args.as_of))
    vector_rate = len(frame) / vector_seconds

    sample_size = min(args.loop_rows, len(frame))
    sample = frame.sample(n=sample_size, random_state=args.seed).sort_index()
    # Warm the loop's holiday calendars first: extrapolating a one-off build over 50x the
    # sample would overstate its per-row cost. (The vectorized runs build theirs each time.)
    rowloop.schedule_rows(sample, args.as_of)
    start = time.perf_counter()
    loop_result = rowloop.schedule_rows(sample, args.as_of)
    loop_seconds = time.perf_counter() - start
    loop_rate = sample_size / loop_seconds

    print(
        f"vectorized schedule_rows: {vector_seconds:.3f} s for {len(frame):,} rows "
        f"(best of {args.repeat}) = {vector_rate:,.0f} rows/s"
    )
    print(
        f"row loop (tests/support/rowloop.py): {loop_seconds:.2f} s for a sample of "
        f"{sample_size:,} rows = {loop_rate:,.0f} rows/s; extrapolated to {len(frame):,} rows: "
        f"{len(frame) / loop_rate:,.0f} s"
    )
    print(f"speed-up: {vector_rate / loop_rate:,.0f}x")
    print(
        f"peak memory: {vector_peak / MB:,.0f} MB traced during one vectorized run; "
        f"process peak RSS {peak_rss_bytes() / MB:,.0f} MB"
    )

    found = disagreements(loop_result, vector_schedule.result)
    if not found:
        print(
            f"agreement: all {len(rowloop.OUTPUT_COLUMNS)} output columns equal on the "
            f"{sample_size:,}-row sample"
        )
        return 0
    for column, rows in found.items():
        print(f"DISAGREE {column}: {len(rows):,} rows, e.g. Excel rows {list(rows[:5])}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
