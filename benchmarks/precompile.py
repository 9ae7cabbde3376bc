"""Compile the package's bytecode before anything is timed, as ``pip install`` does.

A checkout run where ``PYTHONDONTWRITEBYTECODE`` is set (or whose ``__pycache__`` is older
than its sources) compiles every module it imports from source on every run: some 0.5-1 s of
a run's imports a user's installed copy never pays. The benchmarks time the installed case.
"""

from __future__ import annotations

import compileall
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "followup_batch"


def compile_package() -> None:
    """Write the package's ``__pycache__`` where it is stale or missing (as ``pip install``
    does for an installed copy), whatever ``PYTHONDONTWRITEBYTECODE`` says."""
    if not compileall.compile_dir(PACKAGE, quiet=1):
        raise SystemExit(f"could not compile {PACKAGE}")
