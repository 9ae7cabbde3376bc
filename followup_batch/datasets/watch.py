"""The cluster's workers, watched while a Dask run waits on them.

A worker lost mid-run is Dask's to handle (its partitions run again elsewhere), but the user
hears of it: one line per lost worker. A cluster left with no worker at all waited for ever,
silent (ot78 F2): the run now says it waits, and gives up after the same limit a first worker
has to join (``--workers-wait``, by default ``WORKERS_SECONDS``) unless a worker comes back
meanwhile; with a limit of 0 it gives up at once. Giving up cancels what
the run waits on; the run then fails as any other (nothing published, the lock released). A
cluster with no worker at the watch's first look (gone between the run's first checks and its
work) is said to have none, not to have lost them: the watch never saw it have any (fx177).

Each look asks the scheduler for its workers within ``ANSWER_SECONDS``. A scheduler that
stops answering while its connection stays open (its process frozen, its machine swapping or
cut off the network) was not noticed: the run waited for ever (fx157). Unanswered, the watch
gives up at once, and the run stops with one line saying so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import time
from collections.abc import Callable, Collection, Iterator
from typing import Any

POLL_SECONDS = 1.0  # between two looks at the cluster's workers
ANSWER_SECONDS = 60.0  # for the scheduler to answer a look (its worker list)

Log = Callable[[str], None]


def clock_time() -> str:
    """Now, as the lines say it: HH:MM."""
    return dt.datetime.now().strftime("%H:%M")


class WorkerWatch:
    """What the cluster's workers did between looks (``look``), and the lines saying so."""

    def __init__(
        self,
        workers: Callable[[], Collection[str]],
        address: str,
        say: Log,
        *,
        limit: float,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], str] | None = None,
    ):
        self.workers, self.address, self.say, self.limit = workers, address, say, limit
        self.clock, self.wall = clock, wall or clock_time
        self.known: set[str] | None = None  # the workers at the last look
        self.had_workers = False  # any seen at a look: else it has none, rather than lost them
        self.lost = 0  # workers lost during the run
        self.empty_since: float | None = None  # when the cluster was seen with no worker
        self.empty_at = ""  # that moment, HH:MM
        self.gave_up = False
        self.unanswered: float | None = None  # the look the scheduler did not answer: its limit
        self.held: list[Any] = []  # what the run waits on: the last one cancelled on giving up

    def look(self) -> bool:
        """One look at the cluster; False once it has had no worker for ``limit`` seconds."""
        asked = self.wall()
        try:
            seen = set(self.workers())
        except TimeoutError as exc:  # the scheduler frozen: its connection open, no answer
            self.unanswered = getattr(exc, "limit", None) or ANSWER_SECONDS
            self.empty_at = asked
            self.gave_up = True
            return False
        except Exception:  # the scheduler itself lost (the run's own wait says so), or closing
            return True
        for gone in sorted((self.known or set()) - seen):
            self.lost += 1
            self.say(f"lost a worker ({gone}); its partitions are run again")
        self.known = seen
        self.had_workers = self.had_workers or bool(seen)
        if seen:
            if self.empty_since is not None:
                self.empty_since = None
                self.say(f"a worker joined ({min(seen)}); the run goes on")
            return True
        if self.empty_since is None:
            self.empty_since = self.clock()
            self.empty_at = self.wall()
            if self.limit > 0:  # 0: no wait to announce, the run stops at once
                state = "lost all of its workers" if self.had_workers else "has no workers"
                self.say(
                    f"waiting for a worker: the cluster {state} at {self.empty_at}; giving up "
                    f"in {self.limit:g} s"
                )
        if self.clock() - self.empty_since >= self.limit:
            self.gave_up = True
        return not self.gave_up

    def error(self) -> str:
        """The run's one line once it gave up."""
        if self.unanswered is not None:
            return (
                f"the Dask scheduler at {self.address} did not answer for {self.unanswered:g} s "
                f"(asked at {self.empty_at}): its process is frozen or stopped, or its machine "
                "swapping or cut off the network; check it, restart it and run again. Nothing "
                "was published"
            )
        if not self.had_workers:  # none at any look: it had none to lose
            waited = (
                "--workers-wait 0 waits for none"
                if self.limit <= 0
                else f"none joined within {self.limit:g} s"
            )
            said = f"has no workers ({waited})"
        elif self.limit <= 0:
            said = f"lost all of its workers at {self.empty_at} (--workers-wait 0 waits for none)"
        else:
            said = (
                f"lost all of its workers at {self.empty_at} and no worker joined it within "
                f"{self.limit:g} s"
            )
        return (
            f"the Dask scheduler at {self.address} {said}; start workers (dask worker ADDRESS) "
            "or scale the cluster up. Nothing was published"
        )


@contextlib.contextmanager
def watched_workers(
    client: Any,
    address: str,
    say: Log,
    limit: float,
    poll: float | None = None,
    answer: float | None = None,
) -> Iterator[WorkerWatch]:
    """A ``WorkerWatch`` of ``client``'s cluster, looking every ``poll`` seconds from a thread
    of its own while the block runs, each look answered within ``answer`` seconds (default
    ``ANSWER_SECONDS``). Once it gives up, it cancels the future the block put last in
    ``held`` (the one it waits on), and that wait ends in ``DatasetError``
    (``WorkerWatch.error``). A frozen scheduler cannot cancel anything: the block's waits look
    at ``gave_up`` every second instead (``engines._result``). (fx157 also interrupted the
    run's thread, as a Ctrl-C would: landing after the block, that stopped the run as
    "Interrupted" rather than with its line; no wait of the block needs it, fx162.)"""
    from followup_batch.datasets.plan import DatasetError

    answered = ANSWER_SECONDS if answer is None else answer

    def workers() -> Collection[str]:
        try:
            return client.nthreads(callback_timeout=answered)  # type: ignore[no-any-return]
        except TimeoutError as exc:
            exc.limit = answered  # type: ignore[attr-defined]
            raise

    watch = WorkerWatch(workers, address, say, limit=limit, wall=clock_time)
    stop = threading.Event()
    interval = POLL_SECONDS if poll is None else poll
    if not watch.look() and watch.unanswered is not None:  # the workers the run starts with
        raise DatasetError(watch.error())

    def keep_looking() -> None:
        while not stop.wait(interval):
            if not watch.look():
                if watch.unanswered is not None:  # frozen: it would not answer a cancel
                    return
                # What the run waits on now, the last one held: cancelling a future that
                # another depends on trips the scheduler's own checks.
                with contextlib.suppress(Exception):  # a client already closing
                    client.cancel(watch.held[-1:])
                return

    thread = threading.Thread(target=keep_looking, name="followup-batch workers", daemon=True)
    thread.start()
    try:
        yield watch
    except Exception:
        if watch.gave_up:
            raise DatasetError(watch.error()) from None
        raise
    finally:
        stop.set()
        # A look waits for a frozen scheduler at most ``answer`` seconds: a stopped run
        # (SIGTERM, Ctrl-C) does not wait for it (the thread is a daemon).
        thread.join(timeout=interval + 1)
