"""Loaded by each worker process of the local cluster as it starts (Dask's ``preload``).

The workers share the terminal's process group, so a Ctrl-C meant for the run reached each of
them too, and each printed a traceback of KeyboardInterrupt above the run's own one line. A
worker of ours ignores it: the run's own process stops the run and closes the cluster, which
ends the workers. (Starting them with SIGINT ignored would have meant ignoring it in the run's
process too while they start, losing a Ctrl-C pressed then.)
"""

from __future__ import annotations

import signal
import threading

if threading.current_thread() is threading.main_thread():
    signal.signal(signal.SIGINT, signal.SIG_IGN)
