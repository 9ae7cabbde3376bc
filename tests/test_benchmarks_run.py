"""Every benchmark the README names runs to the end on a tiny input.

A benchmark is only run by hand, so one that a change breaks stays broken until somebody
follows the README (bench_drafts.py stopped with an error for weeks: its reference renderer
lacked a template variable added later). No timing is asserted: only that each one finishes,
and that its own check that the fast and the plain answers agree passes (exit code 0).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUNS = {
    "bench_schedule.py": ["--rows", "3000", "--loop-rows", "200", "--repeat", "1"],
    "bench_drafts.py": ["--rows", "3000", "--naive-rows", "40", "--repeat", "1"]
    + ["--plain-repeat", "1"],
    "bench_writeback.py": ["--rows", "500", "--repeat", "1"],
    "bench_rerun.py": ["--rows", "300"],
    "bench_coach.py": ["--clients", "4", "--rows", "10", "--jobs", "1"],
    "bench_scale.py": ["--rows", "2000", "--engines", "pandas", "--repeat", "1"]
    + ["--in-memory-rows", "2000"],
}


def test_every_benchmark_is_exercised() -> None:
    assert sorted(RUNS) == sorted(p.name for p in (ROOT / "benchmarks").glob("bench_*.py"))


@pytest.mark.parametrize("script", sorted(RUNS))
def test_a_benchmark_runs_to_the_end(tmp_path: Path, script: str) -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *RUNS[script]],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-3000:]
