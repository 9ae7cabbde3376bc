"""The public API: every exported name resolves, is documented, and importing stays light."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

import followup_batch as fb

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", [n for n in fb.__all__ if n != "__version__"])
def test_exported_names_resolve_and_have_docstrings(name: str) -> None:
    value = getattr(fb, name)
    assert value.__doc__, f"{name} has no docstring"


def test_importing_the_package_does_not_load_pandas() -> None:
    """The CLI imports the package first; heavy modules load only when a command needs them."""
    code = (
        "import sys, followup_batch.cli; print('pandas' in sys.modules, 'openpyxl' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


def test_the_documented_flow_runs() -> None:
    config = fb.load_config(None)
    options = config.reading
    (table,) = fb.read_trackers(ROOT / "sample_data" / "tracker.csv", options)
    frame = fb.normalise_rows(table, options)
    schedule = fb.schedule_rows(frame, config.rules, dt.date(2026, 11, 20))
    result, why = schedule.result, schedule.explain()
    assert len(frame) == len(result) == len(why) == 43
    assert set(result["status"]) >= {"Overdue", "Due today", "Due soon", "Closed"}


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        fb.nope  # noqa: B018
