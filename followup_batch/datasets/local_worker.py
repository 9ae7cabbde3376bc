"""Named as each worker process's ``preload`` by the local cluster; Dask calls ``dask_setup``
in the worker once it listens, before it joins the scheduler.

The workers share the terminal's process group, so a Ctrl-C meant for the run reached each of
them too, and each printed a traceback of KeyboardInterrupt above the run's own one line. A
worker of ours ignores it: the run's own process stops the run and closes the cluster, which
ends the workers. (Starting them with SIGINT ignored would have meant ignoring it in the run's
process too while they start, losing a Ctrl-C pressed then.)

Importing this module changes nothing: a process that imports it for another reason (a test
that reads every module of the package) keeps its own Ctrl-C.
"""

from __future__ import annotations

import signal
import threading
from typing import Any


def dask_setup(worker: Any) -> None:
    """Deaf to the terminal's Ctrl-C: called by Dask in a worker of the local cluster."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
