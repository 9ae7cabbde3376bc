"""The engines: the same pieces through the same per-partition function (``run_piece``),
one after another in this process (``pandas``) or as a Dask graph on a cluster (``dask``).

pandas: memory is one piece at a time (plus, with a digest, the rows the digest shows).
Dask: ``from_map`` reads each piece as a partition, ``map_partitions`` runs ``run_piece`` on
it, and with a digest the digest rows are shuffled on the coach column and each coach's
folder written where its rows land. A worker lost mid-job is Dask's to handle: its tasks run
again elsewhere and write the same files again. The run is published only when every piece
has its file.

``log`` hears how the run goes, for ``--log-file``: when the plan is made, as partitions finish
(each one, or every twentieth of them for many), and when the digest starts and ends.
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import datetime as dt
import logging
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from followup_batch.config import Config
from followup_batch.datasets import DEFAULT_PARTITION_ROWS, ENGINES, missing_dependency, output
from followup_batch.datasets.coaches import (
    COACH_SUMMARY_COLUMNS,
    calendars_of_coaches_gone,
    coach_folders,
    digest_meta,
    write_coaches,
)
from followup_batch.datasets.date_orders import settle_date_orders
from followup_batch.datasets.job import DigestRequest, Job
from followup_batch.datasets.partition import run_piece
from followup_batch.datasets.pieces import read_piece
from followup_batch.datasets.plan import (
    DatasetError,
    DatasetPlan,
    plan_dataset,
)
from followup_batch.datasets.report import DatasetReport
from followup_batch.datasets.watch import WorkerWatch, clock_time, watched_workers
from followup_batch.exports.ics import DEFAULT_ALARM
from followup_batch.reports import counted
from followup_batch.workers import available_cpus
from followup_batch.write.locks import OUTPUT_FOLDER, file_lock

Progress = Callable[[int, int], None]  # (pieces done, pieces in all)
Log = Callable[[str], None]  # a line of how the run goes
LOGGED_STEPS = 20  # at most this many "partitions done" lines in a run

# A local cluster's options beyond its workers. Its scheduler always serves HTTP (health
# checks, metrics; the dashboard needs bokeh, which we do not install): by default on port
# 8787, warning on stderr ("Port 8787 is already in use") whenever another cluster on the
# machine holds it. Any free port instead, quietly; the scheduler's own port too.
LOCAL_CLUSTER: dict[str, Any] = {
    "processes": True,
    "scheduler_port": 0,
    "dashboard_address": None,
    "scheduler_kwargs": {"dashboard": False, "dashboard_address": ":0"},
    "preload": ["followup_batch.datasets.local_worker"],  # deaf to the terminal's Ctrl-C
}


def run_dataset(
    data: str,
    out: Path,
    config: Config,
    as_of: dt.date,
    *,
    engine: str = "pandas",
    scheduler: str | None = None,
    partition_rows: int = DEFAULT_PARTITION_ROWS,
    digest_dir: Path | None = None,
    digest_days: int = 0,
    digest_extras: tuple[str, ...] = (),
    alarm: dt.time | None = DEFAULT_ALARM,
    with_drafts: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    digesting: Progress | None = None,
    log: Log | None = None,
    warn: Log | None = None,
    workers_wait: float | None = None,
) -> DatasetReport:
    """Schedule every row of DATA into the Parquet dataset OUT (see the package docstring).

    ``progress`` hears (done, in all) as each partition finishes, from either engine (the
    Dask engine's from Dask's callback thread); ``digesting`` hears (coach folders written, in
    all) as the digest phase starts and, on the pandas engine, as each coach's folder is
    written (a Dask run's are written on its workers); ``log`` hears each step, and ``warn`` (else
    ``log``) what the user needs to hear at once: a Dask worker lost, a cluster left with no
    worker. ``workers_wait`` is how long a Dask run waits for a first worker to join, and for
    a worker when the cluster is left with none (default ``WORKERS_SECONDS``; 0: not at all).
    Files that cannot be run are skipped and listed in the report (``skipped``); the others
    are published. Raises ``DatasetError`` (nothing was run, or nothing was published).
    """
    started = time.perf_counter()
    if engine not in ENGINES:
        raise DatasetError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    missing = missing_dependency(engine)
    if missing:
        raise DatasetError(missing)
    plan = settle_date_orders(plan_dataset(data, config.reading, partition_rows))
    config = dataclasses.replace(config, reading=plan.reading)
    say = log or (lambda _line: None)
    say(planned_line(plan))
    warn = warn or say
    # What OUT must stay clear of: the input folder, or the input files themselves.
    inputs = [Path(data)] if Path(data).is_dir() else sorted({p.source for p in plan.pieces})
    # One run at a time per output: two nightly jobs into one OUT each published a whole
    # run, the last one winning, and both said all was well.
    output.check_target(out, inputs, "--output")  # refused before anything is made
    if digest_dir is not None:
        output.check_target(digest_dir, inputs, "--digest-dir", others=((out, "--output"),))
    with _locked_outputs(out, digest_dir):
        staging = output.staging_for(out, inputs, "--output")
        digest_staging = None
        try:
            request = None
            if digest_dir is not None:
                digest_staging = output.staging_for(
                    digest_dir, inputs, "--digest-dir", others=((out, "--output"),)
                )
                request = DigestRequest(
                    digest_staging, digest_days, digest_extras, alarm, with_drafts,
                    published=digest_dir.resolve(),
                    unread=tuple(skipped.path for skipped in plan.skipped),
                )  # fmt: skip
            job = Job(config, as_of, staging, request)
            lost = 0
            if engine == "pandas":
                coaches = run_with_pandas(plan, job, progress, say, digesting)
            else:
                wait = WORKERS_SECONDS if workers_wait is None else workers_wait
                coaches, lost = run_with_dask(
                    plan,
                    job,
                    scheduler,
                    progress,
                    say,
                    warn,
                    workers_wait=wait,
                    digesting=digesting,
                )
            calendars_of_coaches_gone(job)  # their events cancelled, not dropped
            tally = output.added_tallies(staging, plan)
            report = DatasetReport(
                data=data,
                kind=plan.kind,
                engine=engine,
                as_of=as_of,
                files=plan.files,
                partitions=len(plan.pieces),
                rows=tally.rows,
                counts=tally.counts or Counter(),
                problem_rows=tally.problem_rows,
                coaches=coaches.to_dict("records") if coaches is not None else [],
                notes=list(plan.notes),
                skipped=list(plan.skipped),
                file_notes=list(plan.file_notes),
                workers_lost=lost,
            )
            report.seconds = time.perf_counter() - started
            if dry_run:
                return report
            report.written = out
            report.digest_folder = digest_dir
            record = report.to_dict()
            if not output.publish(staging, out, record):
                report.notes.append(f"{out} already held this output: nothing was written to it")
            if digest_staging is not None and digest_dir is not None:
                try:
                    published = output.publish(digest_staging, digest_dir, record)
                except OSError as exc:  # OUT is published: saying nothing was would be false
                    raise DatasetError(output.digest_not_published(out, digest_dir, exc)) from None
                if not published:
                    report.notes.append(
                        f"{digest_dir} already held this digest: nothing was written to it"
                    )
            return report
        finally:
            # Published folders were renamed away; what is left is a failed or dry run's.
            output.discard(staging)
            output.discard(digest_staging)


@contextlib.contextmanager
def _locked_outputs(out: Path, digest_dir: Path | None) -> Iterator[None]:
    """Hold the tracker path's lock on OUT (and on the digest folder) for a run."""
    with contextlib.ExitStack() as held:
        for target in (out, digest_dir):
            if target is not None:
                target.resolve().parent.mkdir(parents=True, exist_ok=True)
                held.enter_context(file_lock(target.resolve(), where=OUTPUT_FOLDER))
        yield


def planned_line(plan: DatasetPlan) -> str:
    """The log's first line of a run: what it will do."""
    kind = "Parquet" if plan.kind == "parquet" else "CSV"
    sizes = [piece.rows for piece in plan.pieces]
    rows = "" if None in sizes else f", {counted(sum(s or 0 for s in sizes), 'row')}"
    skipped = f" ({len(plan.skipped)} skipped)" if plan.skipped else ""
    return (
        f"{plan.data}: planned {counted(plan.files, kind + ' file')}{skipped}{rows} in "
        f"{counted(len(plan.pieces), 'partition')}"
    )


class PartitionsDone:
    """What to call as each partition finishes, from any thread (``key``: which one): logs
    "N of M partitions done" for each, or for every twentieth of them when there are many, and
    the last, and tells ``progress`` (N, M), both engines alike. A partition heard of again (run
    again after the worker holding it was lost) counts once; once ``closed`` (the run over,
    however it ended) nothing is heard: a late callback must not draw the terminal's status
    line again under the run's last line. It only counts and tells: nothing here waits on
    the cluster, so a cancelled or lost partition cannot hold the run (fx162's hang was Dask's
    own progress bar waiting on one)."""

    def __init__(self, total: int, log: Log, progress: Progress | None = None) -> None:
        self.total, self.log, self.progress = total, log, progress
        self.step = -(-total // LOGGED_STEPS)
        self.seen: set[object] = set()
        self.closed = False
        self.lock = threading.Lock()

    def __call__(self, key: object) -> None:
        with self.lock:
            if self.closed or key in self.seen:
                return
            self.seen.add(key)
            done = len(self.seen)
            if done % self.step == 0 or done == self.total:
                self.log(f"{done:,} of {self.total:,} partitions done")
            if self.progress is not None:
                self.progress(done, self.total)

    def start(self) -> None:
        """None done yet, told as the run starts: a terminal's line says the run is under
        way while the first partition runs (and a Dask run's cluster starts)."""
        with self.lock:
            if self.progress is not None:
                self.progress(0, self.total)

    def close(self) -> None:
        with self.lock:
            self.closed = True


def run_with_pandas(
    plan: DatasetPlan,
    job: Job,
    progress: Progress | None,
    log: Log,
    digesting: Progress | None = None,
) -> pd.DataFrame | None:
    """Piece after piece in this process; returns the coaches' summary with a digest, each
    coach's folder told to ``digesting`` as it is written."""
    kept = []
    finished = PartitionsDone(len(plan.pieces), log, progress)
    finished.start()
    for number, piece in enumerate(plan.pieces):
        rows = run_piece(read_piece(piece, plan), plan, job, {"number": number})
        if job.digest is not None and len(rows):
            kept.append(rows)
        finished(number)
    if job.digest is None:
        return None
    log("digest: writing each coach's folder")
    rows = pd.concat(kept, ignore_index=True) if kept else digest_meta(job.digest)
    folders = coach_folders(rows["coach"].unique(), plan.name)
    coaches = write_coaches(rows, job.digest.folder, job, folders, digesting)
    log(f"digest: {counted(len(coaches), 'coach folder')} written")
    return coaches


def run_with_dask(
    plan: DatasetPlan,
    job: Job,
    scheduler: str | None,
    progress: Progress | None,
    log: Log,
    warn: Log,
    *,
    workers_wait: float,
    digesting: Progress | None = None,
) -> tuple[pd.DataFrame | None, int]:
    """The pieces as a Dask graph on the cluster at ``scheduler`` (or DASK_SCHEDULER_ADDRESS),
    else on a local cluster of one worker process per CPU; returns the coaches' summary with
    a digest, and how many workers the cluster lost meanwhile (each said to ``warn``)."""
    import dask
    import dask.dataframe as dd
    from distributed import futures_of

    # The plan and the job reach each worker once, as one key of the graph, rather than
    # pickled into every task.
    shared_plan = dask.delayed(plan, pure=True)
    shared_job = dask.delayed(job, pure=True)
    reading = dataclasses.replace(plan, pieces=())  # what reading a piece needs: small
    frames = dd.from_map(
        read_piece, list(plan.pieces), args=[reading], meta=input_meta(plan), label="read-piece"
    )
    rows = frames.map_partitions(
        run_piece, shared_plan, shared_job, meta=digest_meta(job.digest), token="run-piece"
    )
    finished = PartitionsDone(len(plan.pieces), log, progress)
    finished.start()
    with (
        dask_client(scheduler, workers_wait) as client,
        _watched(client, warn, workers_wait) as watch,
        contextlib.closing(finished),
    ):
        # optimize() fuses reading a piece and running it into one task per partition
        # (without it the raw pieces were read ahead and waited, some sent to the other
        # worker). Persisted, the progress counts those tasks, the work, and their digest
        # rows stay on the workers for the shuffle.
        partitions = client.persist(rows.optimize())
        futures = futures_of(partitions)
        watch.held.extend(futures)

        def ended(future: Any) -> None:  # on Dask's callback thread, once a future's state
            if future.status == "finished":  # is no longer pending (failed: not done)
                finished(future.key)

        for future in futures:
            future.add_done_callback(ended)
        if job.digest is None:
            _result(watch, client.compute(partitions))  # raises what a partition raised
            _all_done(finished, futures)
            return None, watch.lost
        # Each coach's rows to one partition. The "tasks" shuffle: the digest's rows are a
        # small share of the data, and it recovers from a lost worker like any other task.
        by_coach = partitions.shuffle(on="coach", shuffle_method="tasks")
        # Every coach's folder is named knowing all the others, so no two share one.
        names = _result(watch, client.compute(partitions["coach"].unique()))  # all done
        _all_done(finished, futures)
        log("digest: gathering each coach's rows")
        if digesting is not None:  # written on the workers: told as the phase starts
            digesting(0, len(names))
        folders = dask.delayed(coach_folders(names, plan.name), pure=True)
        written = by_coach.map_partitions(
            write_coaches, job.digest.folder, shared_job, folders, meta=coach_summary_meta()
        )
        coaches = _result(watch, client.compute(written))
    log(f"digest: {counted(len(coaches), 'coach folder')} written")
    return coaches.sort_values("coach", kind="stable").reset_index(drop=True), watch.lost


def _all_done(finished: PartitionsDone, futures: list[Any]) -> None:
    """Every partition heard of as done, in order, once the run has all of their results:
    Dask's callback thread may not have told of the last ones yet (the log's "M of M
    partitions done" then came after the digest's first line, or never)."""
    for future in futures:
        finished(future.key)


def _watched(
    client: Any, warn: Log, workers_wait: float
) -> contextlib.AbstractContextManager[WorkerWatch]:
    """The cluster's workers watched while the run waits on them (``watch``), with the same
    limit for a cluster left with no worker as for a first worker to join."""
    return watched_workers(client, client.scheduler.address, warn, workers_wait)


@contextlib.contextmanager
def scheduler_kept(client: Any, address: str) -> Iterator[None]:
    """``client`` used and closed, with the run's one line when its scheduler is lost
    meanwhile (its process killed, its machine gone): Dask then cancels every future ("cancelled
    for reason: scheduler-connection-lost", an internal error of ours) and, closing the client,
    logs a traceback of its attempt to reconnect, which the user is spared."""

    def connected(record: logging.LogRecord) -> bool:
        others = not record.name.startswith("distributed")
        return others or client.status in ("newly-created", "running")

    # Its client, its batched comms, ...: each logger's records reach these handlers (Dask's
    # own, on "distributed", or the root's), whose filters see them all.
    handlers = logging.getLogger("distributed").handlers + logging.getLogger().handlers
    for handler in handlers:
        handler.addFilter(connected)
    try:
        try:
            yield
        except Exception:
            if client.status in ("newly-created", "running"):
                raise
            raise scheduler_lost(address) from None
        finally:
            # Within CLOSE_SECONDS: a frozen scheduler never answers the goodbye, and Dask's
            # own limit (twice the connect timeout) held a stopped run for a minute.
            with contextlib.suppress(Exception):
                client.close(timeout=CLOSE_SECONDS)
    finally:
        for handler in handlers:
            handler.removeFilter(connected)


CLOSE_SECONDS = 5  # to close a client of a remote scheduler


def scheduler_lost(address: str) -> DatasetError:
    return DatasetError(
        f"lost the Dask scheduler at {address} at {clock_time()} (stopped, or its machine or "
        "the network went down); restart it and run again. Nothing was published"
    )


def _result(watch: WorkerWatch, future: Any) -> Any:
    """``future``'s result, cancelled (and the run failed) if the cluster is left with no
    worker for too long, or its scheduler does not answer (the watch's verdict, looked at
    every ``RESULT_POLL_SECONDS``)."""
    watch.held.append(future)
    while True:  # a frozen scheduler cannot cancel it: the watch's verdict is looked at
        if watch.gave_up:
            raise DatasetError(watch.error())
        with contextlib.suppress(TimeoutError):
            return future.result(timeout=RESULT_POLL_SECONDS)


RESULT_POLL_SECONDS = 1.0


def coach_summary_meta() -> pd.DataFrame:
    counts = ("items", "needs_info")
    return pd.DataFrame(
        {c: pd.Series(dtype="int64" if c in counts else object) for c in COACH_SUMMARY_COLUMNS}
    )


def input_meta(plan: DatasetPlan) -> pd.DataFrame:
    """The input's columns and types, from an empty piece of the first file."""
    first = plan.pieces[0]
    empty = dataclasses.replace(first, start=first.start, stop=first.start, rows=0)
    return read_piece(empty, plan)


@contextlib.contextmanager
def dask_client(scheduler: str | None, workers_wait: float | None = None) -> Iterator[Any]:
    """A client of the cluster at ``scheduler`` (or Dask's configured address), or of a new
    local cluster with one single-threaded worker process per CPU (the stages hold the GIL
    most of the time, so threads would wait on each other)."""
    import dask
    from distributed import Client, LocalCluster

    address = scheduler or dask.config.get("scheduler-address", None)
    if address:
        with _connected(Client, address, "--scheduler" if scheduler else _dask_setting()) as client:
            wait = WORKERS_SECONDS if workers_wait is None else workers_wait
            _wait_for_workers(client, address, wait)
            check_versions(client)
            yield client
        return
    try:
        cluster = LocalCluster(
            n_workers=available_cpus(),
            threads_per_worker=1,
            **LOCAL_CLUSTER,
            # Its housekeeping is ours, not the user's: a slow worker shutdown on a busy
            # machine logs "Worker process still alive after 4.0 seconds, killing", and a
            # worker outliving a Ctrl-C'd scheduler "Failed to communicate with scheduler"
            # (a task's own error reaches this process and is reported here).
            silence_logs=logging.CRITICAL,
        )
    except KeyboardInterrupt:
        # Ctrl-C while the cluster started: Dask's exit hook would try to close the cluster
        # it never finished and print its assertion; its worker processes end with this one.
        from distributed.deploy.spec import close_clusters

        atexit.unregister(close_clusters)
        raise
    with cluster, Client(cluster) as client:
        yield client


SCHEDULER_SECONDS = 30  # to reach the scheduler (Dask's own connect timeout)
# For a first worker to join it (a cluster scaled to zero starts one), and for one to join
# a cluster left with none (--workers-wait).
WORKERS_SECONDS = 120


def _dask_setting() -> str:
    """Where an address the user did not pass came from, as they would look for it."""
    if os.environ.get("DASK_SCHEDULER_ADDRESS"):
        return "DASK_SCHEDULER_ADDRESS"
    return "Dask's scheduler-address setting"


@contextlib.contextmanager
def _connected(client_class: Any, address: str, given_by: str = "--scheduler") -> Iterator[Any]:
    """A client of the scheduler at ``address``, or a one-line error saying it cannot be
    reached (a malformed address is a usage error of ``given_by``: the option, or the
    environment variable the user set)."""
    from distributed.comm import parse_address, parse_host_port

    from followup_batch.errors import UsageError

    try:
        scheme, location = parse_address(address)
        if scheme in ("tcp", "tls"):
            _, port = parse_host_port(location)
            if not 0 < port < 65536:  # Dask takes tcp://host:99999 and waits for it
                raise ValueError(f"port {port} is not between 1 and 65535")
    except ValueError as exc:
        raise UsageError(
            f"{address!r} is not a scheduler address ({exc}); write it as tcp://HOST:PORT",
            option=given_by,
        ) from None
    try:
        client = client_class(address, timeout=SCHEDULER_SECONDS)
    except (OSError, TimeoutError) as exc:
        raise DatasetError(
            f"cannot reach the Dask scheduler at {address} within {SCHEDULER_SECONDS} s "
            f"({exc}); check the address and that the scheduler is running. Nothing was run"
        ) from None
    with scheduler_kept(client, address):
        yield client


def _wait_for_workers(client: Any, address: str, seconds: float) -> None:
    """A first worker on the cluster within ``seconds`` (0: one there already), else the
    run's one line: the scheduler "has no workers" at once (as ``watch`` says of a cluster
    with none at its first look), or "no worker joined" it within 1 s, 120 s."""
    try:
        # Dask reads a timeout of 0 as none, waiting for ever: 0 is one look instead.
        client.wait_for_workers(1, timeout=seconds or 0.01)
    except (TimeoutError, OSError):
        said = (
            f"the Dask scheduler at {address} has no workers (--workers-wait 0 waits for none)"
            if not seconds
            else f"no worker joined the Dask scheduler at {address} within {seconds:g} s"
        )
        raise DatasetError(
            f"{said}; start workers (dask worker ADDRESS) or scale the cluster up. Nothing was run"
        ) from None


def check_versions(client: Any) -> None:
    """Every worker runs this version of followup-batch (the rules are the code's)."""
    from followup_batch import __version__

    try:
        found = client.run(_version)
    except OSError:  # its connection closed: the scheduler lost meanwhile, not the workers
        raise scheduler_lost(client.scheduler.address) from None
    except Exception as exc:  # the workers could not even load this check
        raise DatasetError(
            f"the cluster's workers cannot run followup-batch ({exc}); install "
            f"followup-batch[dask] {__version__} on every worker"
        ) from None
    wrong = {worker: v for worker, v in found.items() if v != __version__}
    if wrong:
        listed = ", ".join(f"{w} has {v}" for w, v in sorted(wrong.items()))
        raise DatasetError(
            f"the cluster's workers must run followup-batch {__version__}: {listed}; install "
            "the same version on every worker"
        )


def _version() -> str:
    from followup_batch import __version__

    return __version__
