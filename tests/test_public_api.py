"""The package's public API: one function per stage, and its docstring's session runs."""

from __future__ import annotations

import doctest
import subprocess
import sys
from pathlib import Path

import pytest

import followup_batch

ROOT = Path(__file__).resolve().parents[1]


def test_the_docstring_session_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # it reads sample_data/tracker.csv, as from a checkout
    result = doctest.testmod(followup_batch, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.attempted >= 10
    assert result.failed == 0


def test_the_api_is_one_function_per_stage() -> None:
    assert sorted(followup_batch.__all__) == sorted(
        [
            "__version__",
            "Config",
            "load_config",
            "find_trackers",
            "read_trackers",
            "normalise_rows",
            "schedule_rows",
            "load_templates",
            "render_drafts",
            "write_results",
            "RunOptions",
            "process_file",
            "FollowupError",
        ]
    )
    assert set(followup_batch.__all__) == {"__version__", *followup_batch._EXPORTS}
    for name in followup_batch.__all__:
        assert getattr(followup_batch, name) is not None


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'compute_all'"):
        followup_batch.compute_all  # noqa: B018


def test_importing_the_package_loads_no_heavy_module() -> None:
    heavy = "{'pandas', 'numpy', 'openpyxl'}"
    code = f"import sys, followup_batch; print(sorted({heavy} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
