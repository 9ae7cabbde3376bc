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
import sys
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
from followup_batch.write.locks import file_lock

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
    progress_bar: bool = False,
    log: Log | None = None,
    warn: Log | None = None,
    workers_wait: float | None = None,
) -> DatasetReport:
    """Schedule every row of DATA into the Parquet dataset OUT (see the package docstring).

    ``progress`` hears from the pandas engine after each piece; ``progress_bar`` shows the
    Dask engine's (``PartitionsBar``) on stderr; ``log`` hears each step, and ``warn`` (else
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
                    digest_staging, digest_days, digest_extras, alarm, with_drafts
                )
            job = Job(config, as_of, staging, request)
            lost = 0
            if engine == "pandas":
                coaches = run_with_pandas(plan, job, progress, say)
            else:
                wait = WORKERS_SECONDS if workers_wait is None else workers_wait
                coaches, lost = run_with_dask(
                    plan, job, scheduler, progress_bar, say, warn, workers_wait=wait
                )
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
                held.enter_context(file_lock(target.resolve()))
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


def partitions_logger(total: int, log: Log) -> Callable[[], None]:
    """What to call as each partition finishes (from any thread): logs "N of M partitions
    done" for each, or for every twentieth of them when there are many, and the last."""
    step = -(-total // LOGGED_STEPS)
    done = 0
    lock = threading.Lock()

    def finished() -> None:
        nonlocal done
        with lock:
            done += 1
            if done % step == 0 or done == total:
                log(f"{done:,} of {total:,} partitions done")

    return finished


def run_with_pandas(
    plan: DatasetPlan, job: Job, progress: Progress | None, log: Log
) -> pd.DataFrame | None:
    """Piece after piece in this process; returns the coaches' summary with a digest."""
    kept = []
    finished = partitions_logger(len(plan.pieces), log)
    for number, piece in enumerate(plan.pieces):
        rows = run_piece(read_piece(piece, plan), plan, job, {"number": number})
        if job.digest is not None and len(rows):
            kept.append(rows)
        finished()
        if progress is not None:
            progress(number + 1, len(plan.pieces))
    if job.digest is None:
        return None
    log("digest: writing each coach's folder")
    rows = pd.concat(kept, ignore_index=True) if kept else digest_meta(job.digest)
    folders = coach_folders(rows["coach"].unique(), plan.name)
    coaches = write_coaches(rows, job.digest.folder, job, folders)
    log(f"digest: {counted(len(coaches), 'coach folder')} written")
    return coaches


def run_with_dask(
    plan: DatasetPlan,
    job: Job,
    scheduler: str | None,
    progress_bar: bool,
    log: Log,
    warn: Log,
    *,
    workers_wait: float,
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
    line = BarLine(sys.stderr)  # stderr: stdout may be --json's
    if progress_bar:  # a note said while the bar is drawn starts a line of its own
        warn = line.before(warn)
    bar = PartitionsBar(line, len(plan.pieces)) if progress_bar else None
    with (
        dask_client(scheduler, workers_wait) as client,
        _watched(client, warn, workers_wait) as watch,
        _drawn(bar),
    ):
        # optimize() fuses reading a piece and running it into one task per partition
        # (without it the raw pieces were read ahead and waited, some sent to the other
        # worker). Persisted, the bar counts those tasks, the work, and their digest rows stay
        # on the workers for the shuffle.
        partitions = client.persist(rows.optimize())
        watch.held.extend(futures_of(partitions))
        logged = partitions_logger(len(plan.pieces), log)

        def finished(done: Any) -> None:  # called on the client's thread as each one ends
            if done.status == "finished":
                logged()
                if bar is not None:
                    bar.advance()

        for future in futures_of(partitions):
            future.add_done_callback(finished)
        if job.digest is None:
            _result(watch, client.compute(partitions))  # raises what a partition raised
            if bar is not None:
                bar.finish()
            return None, watch.lost
        # Each coach's rows to one partition. The "tasks" shuffle: the digest's rows are a
        # small share of the data, and it recovers from a lost worker like any other task.
        by_coach = partitions.shuffle(on="coach", shuffle_method="tasks")
        # Every coach's folder is named knowing all the others, so no two share one.
        names = _result(watch, client.compute(partitions["coach"].unique()))  # all done
        if bar is not None:
            bar.finish()
        log("digest: gathering each coach's rows")
        folders = dask.delayed(coach_folders(names, plan.name), pure=True)
        written = by_coach.map_partitions(
            write_coaches, job.digest.folder, shared_job, folders, meta=coach_summary_meta()
        )
        coaches = _result(watch, client.compute(written))
    log(f"digest: {counted(len(coaches), 'coach folder')} written")
    return coaches.sort_values("coach", kind="stable").reset_index(drop=True), watch.lost


def _watched(
    client: Any, warn: Log, workers_wait: float
) -> contextlib.AbstractContextManager[WorkerWatch]:
    """The cluster's workers watched while the run waits on them (``watch``), with the same
    limit for a cluster left with no worker as for a first worker to join."""
    return watched_workers(client, client.scheduler.address, warn, workers_wait)


class BarLine:
    """Where the progress bar draws (``stream``: stderr), knowing whether its line is
    drawn: a note said meanwhile (``before``) erases it first, and the bar is drawn again under
    the note, rather than the note landing after the bar's text on its line."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.drawn = False
        self.lock = threading.RLock()  # the bar draws from a thread of its own

    def write(self, text: str) -> int:
        with self.lock:
            if text:  # "\r[###   ] | 40% Completed | 3.1s"; its end: "\x1b[2K\r"
                self.drawn = not text.endswith(("\n", "\r"))
            return int(self.stream.write(text) or 0)

    def flush(self) -> None:
        self.stream.flush()

    def __getattr__(self, name: str) -> Any:  # encoding, isatty, ...: stderr's, for a print
        return getattr(self.stream, name)

    def erase(self) -> None:
        with self.lock:
            if self.drawn:
                self.stream.write("\r\x1b[K")
                self.stream.flush()
                self.drawn = False

    def before(self, say: Log) -> Log:
        """``say``, with the bar's line erased first."""

        def said(line: str) -> None:
            with self.lock:
                self.erase()
                say(line)

        return said


class PartitionsBar:
    """The progress bar a terminal gets while the partitions run, drawn as Dask's own:
    ``[####    ] | 50% Completed | 2.0s``, the partitions the run heard were done
    (``advance``), redrawn every ``interval`` seconds from a thread of its own. At the end
    (``finish``) it shows 100% and its line is erased; a run that stops (``stop``) erases it.

    Dask's own bar (``distributed.progress``) held the run's thread on a feed it asked of the
    scheduler. It waited for ever when the run gave up before the feed was set up: the
    scheduler's side waits for the partition the run cancelled to show up, and it never does
    (also when the cluster had lost its workers before the bar started: it waited for them to
    finish). A frozen scheduler held it the same way. This one asks the scheduler nothing, so
    the run's own wait ends the run with its one line (fx162)."""

    def __init__(
        self,
        line: BarLine,
        total: int,
        *,
        width: int = 40,
        interval: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.line, self.total, self.width = line, total, width
        self.interval, self.clock = interval, clock
        self.done = 0
        self.started = clock()
        self.stopped = threading.Event()
        self.thread = threading.Thread(
            target=self._keep_drawing, name="followup-batch bar", daemon=True
        )

    def text(self) -> str:
        """The bar's line as drawn now (Dask's words and widths)."""
        share = min(self.done, self.total) / self.total if self.total else 1.0
        filled = "#" * int(self.width * share)
        return (
            f"\r[{filled:<{self.width}}] | {int(100 * share)}% Completed | "
            f"{_elapsed(self.clock() - self.started)}"
        )

    def advance(self) -> None:
        """One more partition done (from any thread)."""
        with self.line.lock:
            self.done += 1

    def draw(self) -> None:
        with self.line.lock:
            if not self.stopped.is_set():
                self.line.write(self.text())
                self.line.flush()

    def _keep_drawing(self) -> None:
        self.draw()
        while not self.stopped.wait(self.interval):
            self.draw()

    def start(self) -> None:
        self.thread.start()

    def finish(self) -> None:
        """Every partition done: 100% shown, then the line erased."""
        with self.line.lock:
            self.done = self.total
            self.draw()
        self.stop()

    def stop(self) -> None:
        """No more drawing; the bar's line erased if it is drawn."""
        with self.line.lock:
            self.stopped.set()
            self.line.erase()
        if self.thread.is_alive() and self.thread is not threading.current_thread():
            self.thread.join(timeout=1)


def _elapsed(seconds: float) -> str:
    """The bar's time, as Dask's bar writes it: ``4.2s``, ``16min 40.4s``, ``1hr  2min  3.0s``."""
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours:2.0f}hr {minutes:2.0f}min {secs:4.1f}s"
    if minutes:
        return f"{minutes:2.0f}min {secs:4.1f}s"
    return f"{secs:4.1f}s"


@contextlib.contextmanager
def _drawn(bar: PartitionsBar | None) -> Iterator[None]:
    """``bar`` drawn while the block runs (none: nothing), erased however it ends."""
    if bar is None:
        yield
        return
    bar.start()
    try:
        yield
    finally:
        bar.stop()


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
    run's one line."""
    try:
        # Dask reads a timeout of 0 as none, waiting for ever: 0 is one look instead.
        client.wait_for_workers(1, timeout=seconds or 0.01)
    except (TimeoutError, OSError):
        said = (
            f"the Dask scheduler at {address} has no worker (--workers-wait 0 waits for none)"
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
