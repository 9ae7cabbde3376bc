"""Datasets at scale: the pandas engine, the Dask engine and the in-memory pipeline side by side.

    python benchmarks/bench_scale.py                          # 10,000,000 and 1,000,000 rows
    python benchmarks/bench_scale.py --rows 1000000 --repeat 3

A synthetic Parquet dataset per size (``tests/support/interview_dataset.py``: files of 200,000
rows, row groups of --partition-rows) is built once under --data and reused. Each run is a
fresh child process, timed from start to the published OUT:

- ``pandas``: ``run DATA --output OUT --engine pandas``, one partition after another;
- ``dask``: ``--engine dask`` on a LocalCluster of --workers single-threaded worker processes;
- ``in-memory``: every row as one partition in one process (the pipeline without partitions;
  only up to --in-memory-rows, as more does not fit this machine).

For each: rows per second, the peak RSS of every process (the run's and each Dask worker's;
no step forks children of its own), and the cost of one partition
(pandas: the time between partitions; Dask: each task's compute time from the task stream),
from which the time for 100,000,000 rows on N workers is projected.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
ROOT = BENCHMARKS.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "support")]

from interview_dataset import write_dataset
from precompile import compile_package  # noqa: E402 (after the path set-up)

from followup_batch.config import Config
from followup_batch.datasets import run_dataset
from followup_batch.datasets.engines import LOCAL_CLUSTER
from followup_batch.datasets.plan import plan_dataset
from followup_batch.read import ReadOptions
from followup_batch.reports import counted

MB = 1024 * 1024
FILE_ROWS = 200_000  # two partitions of the default size per file
PROJECTED_ROWS = 100_000_000
PROJECTED_WORKERS = (2, 8, 32, 128)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000_000, 1_000_000])
    parser.add_argument("--engines", nargs="+", default=["pandas", "dask", "in-memory"])
    parser.add_argument("--workers", type=int, default=2, help="Dask worker processes")
    parser.add_argument("--partition-rows", type=int, default=100_000)
    parser.add_argument("--in-memory-rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=1, help="runs per engine; medians count")
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 11, 20))
    parser.add_argument("--data", type=Path, default=Path("/tmp/followup-bench-scale"))
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # the child's engine
    parser.add_argument("--source", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def dataset(args: argparse.Namespace, rows: int) -> Path:
    """The synthetic dataset of ``rows`` rows, built the first time."""
    folder = args.data / f"rows-{rows}-groups-{args.partition_rows}"
    done = folder / "_built"
    if not done.exists():
        start = time.perf_counter()
        write_dataset(
            folder,
            rows,
            files=max(1, rows // FILE_ROWS),
            row_group_rows=args.partition_rows,
        )
        done.write_text("")
        print(f"built {rows:,} rows in {time.perf_counter() - start:.0f} s: {folder}")
    return folder


def whole_file(folder: Path) -> Path:
    """The dataset's rows in one Parquet file beside it, written the first time."""
    import pyarrow.dataset as pads
    import pyarrow.parquet as pq

    path = folder.with_name(folder.name + "-whole.parquet")
    if not path.exists():
        pq.write_table(pads.dataset(folder, format="parquet").to_table(), path)
    return path


def maxrss() -> int:
    """This process's peak RSS: the run's, or (run on a worker) the worker's."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def cpu() -> float:
    """This process's CPU seconds so far (user + system): on a shared machine the steadier
    figure, as wall seconds stretch with the other jobs' load."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(args: argparse.Namespace) -> dict[str, object]:
    """One run, in this (fresh) process."""
    out = args.data / f"out-{args.measure}"
    engine = "pandas" if args.measure == "in-memory" else args.measure
    partition_rows = 10**12 if args.measure == "in-memory" else args.partition_rows
    marks: list[tuple[float, float]] = []  # (wall, CPU) after each partition
    load_before = os.getloadavg()[0]
    options: dict[str, object] = {"engine": engine, "partition_rows": partition_rows}
    sizes = [
        p.rows or 0 for p in plan_dataset(str(args.source), ReadOptions(), partition_rows).pieces
    ]
    start, cpu_start = time.perf_counter(), cpu()
    if engine == "pandas":

        def partition_done(done: int, total: int) -> None:
            """A mark per partition done (the status line's first call, 0 of N, is none)."""
            while len(marks) < done:
                marks.append((time.perf_counter(), cpu()))

        options["progress"] = partition_done
        report = run_dataset(str(args.source), out, Config(), args.as_of, **options)  # type: ignore[arg-type]
        seconds = time.perf_counter() - start
        steps = list(zip([(start, cpu_start), *marks], marks, strict=False))
        costs = {n: b[0] - a[0] for n, (a, b) in enumerate(steps)}
        cpu_costs = {n: b[1] - a[1] for n, (a, b) in enumerate(steps)}
        peaks = {"run": maxrss()}
        cpu_seconds = {"run": cpu() - cpu_start}
    else:
        from distributed import Client, LocalCluster, get_task_stream

        with (
            LocalCluster(
                n_workers=args.workers,
                threads_per_worker=1,
                **LOCAL_CLUSTER,
            ) as cluster,
            Client(cluster) as client,
        ):
            start, cpu_start = time.perf_counter(), cpu()  # not the cluster's start-up
            workers_before = client.run(cpu)
            with get_task_stream(client) as stream:
                report = run_dataset(
                    str(args.source),
                    out,
                    Config(),
                    args.as_of,
                    scheduler=cluster.scheduler_address,
                    **options,  # type: ignore[arg-type]
                )
            seconds = time.perf_counter() - start
            costs: dict[int, float] = {}
            for task in stream.data:  # a piece read and run is one task ("read-...-run-...")
                if str(task["key"]).startswith("('read-"):
                    spent = [s["stop"] - s["start"] for s in task["startstops"]]
                    number = task["key"][1]
                    costs[number] = max(costs.get(number, 0.0), sum(spent))
            peaks = {"run": maxrss()}  # its children are the workers, shown next
            for n, peak in enumerate(client.run(maxrss).values(), start=1):
                peaks[f"worker {n}"] = peak
            cpu_seconds = {"run": cpu() - cpu_start}
            workers_after = client.run(cpu)
            for n, worker in enumerate(workers_after, start=1):
                cpu_seconds[f"worker {n}"] = workers_after[worker] - workers_before[worker]
            # Dask's task stream times wall clock only: a partition's CPU is the workers'
            # CPU over the run shared out by rows (scheduling and transfers included)
            spent = sum(v for k, v in cpu_seconds.items() if k != "run")
            cpu_costs = {n: spent * sizes[n] / max(1, sum(sizes)) for n in costs}
    size = sum(p.stat().st_size for p in out.rglob("*.parquet"))
    figures = {
        "engine": args.measure,
        "rows": report.rows,
        "partitions": report.partitions,
        "seconds": seconds,
        # seconds per 100,000 rows of each partition: partitions need not be the same size
        "partition_seconds": [
            costs[n] * 100_000 / sizes[n] for n in sorted(costs) if sizes[n] and costs[n] > 0
        ],
        "partition_cpu_seconds": [
            cpu_costs[n] * 100_000 / sizes[n] for n in sorted(cpu_costs) if sizes[n]
        ],
        "peak_rss": peaks,
        "cpu_seconds": cpu_seconds,
        "output_bytes": size,
        # the machine is shared: how busy it was (1-minute load average) before and after
        "load_before": load_before,
        "load": os.getloadavg()[0],
        "summary": report.summary(),
    }
    with (args.data / "results.jsonl").open("a") as log:  # every run's figures, kept
        log.write(json.dumps({"at": time.strftime("%Y-%m-%dT%H:%M:%S"), **figures}) + "\n")
    return figures


def run_child(args: argparse.Namespace, engine: str, source: Path) -> dict[str, object]:
    command = [sys.executable, __file__, "--measure", engine, "--source", str(source)]
    command += ["--data", str(args.data), "--as-of", args.as_of.isoformat()]
    command += ["--workers", str(args.workers), "--partition-rows", str(args.partition_rows)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{engine} run failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def show(runs: list[dict[str, object]]) -> dict[str, float]:
    """Print the median run of an engine; returns its figures for the projection."""
    seconds = statistics.median(float(r["seconds"]) for r in runs)  # type: ignore[arg-type]
    first = runs[0]
    rows = int(first["rows"])  # type: ignore[call-overload]
    costs = [c for r in runs for c in r["partition_seconds"]]  # type: ignore[attr-defined]
    peaks: dict[str, float] = {}
    for run in runs:
        for name, value in run["peak_rss"].items():  # type: ignore[attr-defined]
            peaks[name] = max(peaks.get(name, 0), value / MB)
    times = ", ".join(f"{float(r['seconds']):,.0f}" for r in runs)  # type: ignore[arg-type]
    print(
        f"  {first['engine']:<9} {seconds:8,.0f} s (runs: {times} s)  "
        f"{rows / seconds:8,.0f} rows/s  {counted(int(first['partitions']), 'partition')}"
    )
    print("            peak RSS: " + ", ".join(f"{n} {v:,.0f} MB" for n, v in peaks.items()))
    print(f"            {first['summary']}")
    spent: dict[str, float] = {}
    for run in runs:
        for name, value in run.get("cpu_seconds", {}).items():  # type: ignore[attr-defined]
            spent[name] = max(spent.get(name, 0.0), value)
    print("            CPU: " + ", ".join(f"{n} {v:,.0f} s" for n, v in spent.items()))
    loads = ", ".join(
        f"{float(r.get('load_before', float('nan'))):.1f} -> {float(r['load']):.1f}"  # type: ignore[arg-type]
        for r in runs
    )
    cpus = os.cpu_count()
    print(f"            load average (1 min) before -> after each run: {loads} ({cpus} CPUs)")
    per_partition = statistics.median(costs) if costs else float("nan")
    cpu_costs = [c for r in runs for c in r.get("partition_cpu_seconds", [])]  # type: ignore[attr-defined]
    per_partition_cpu = statistics.median(cpu_costs) if cpu_costs else float("nan")
    print(
        f"            per 100,000 rows of a partition: median {per_partition:.1f} s "
        f"= {100_000 / per_partition:,.0f} rows/s on one worker ({per_partition_cpu:.1f} CPU s); "
        f"output {int(first['output_bytes']) / MB:,.0f} MB"  # type: ignore[call-overload]
    )
    return {
        "seconds": seconds,
        "rows": rows,
        "per_partition": per_partition,
        "per_partition_cpu": per_partition_cpu,
    }


def project(dask: dict[str, float], workers: int) -> None:
    """100,000,000 rows on N workers, from the measured partition cost and how well this run
    kept its workers busy (ideal time / measured time)."""
    ideal = dask["rows"] / 100_000 * dask["per_partition"] / workers
    busy = ideal / dask["seconds"]
    partitions = PROJECTED_ROWS / 100_000
    print(
        f"  projection to {PROJECTED_ROWS:,} rows: {partitions:,.0f} partitions of 100,000 x "
        f"{dask['per_partition']:.1f} s = {partitions * dask['per_partition'] / 3600:,.1f} "
        f"worker-hours; with workers {busy:.0%} busy as here:"
    )
    for n in PROJECTED_WORKERS:
        hours = partitions * dask["per_partition"] / (n * busy) / 3600
        print(f"    {n:>4} workers: {hours * 60:,.0f} min")
    cpu_hours = partitions * dask["per_partition_cpu"] / 3600
    print(
        f"  on CPU seconds (workers with a core each, no idle tail): {partitions:,.0f} x "
        f"{dask['per_partition_cpu']:.1f} CPU s = {cpu_hours:,.1f} CPU-hours; "
        + ", ".join(f"{n} workers {cpu_hours * 60 / n:,.0f} min" for n in PROJECTED_WORKERS)
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args)))
        return 0
    compile_package()  # as an installed copy: no module compiled while timed
    print(f"as of {args.as_of}; {args.workers} Dask workers; partitions of {args.partition_rows:,}")
    for rows in args.rows:
        source = dataset(args, rows)
        print(f"\n{rows:,} rows ({source}):")
        figures = {}
        for engine in args.engines:
            if engine == "in-memory" and rows > args.in_memory_rows:
                continue
            # The in-memory pipeline takes every row at once: one file, one partition.
            data = whole_file(source) if engine == "in-memory" else source
            runs = [run_child(args, engine, data) for _ in range(args.repeat)]
            figures[engine] = show(runs)
        if "dask" in figures:
            project(figures["dask"], args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
