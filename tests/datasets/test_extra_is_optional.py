"""The [dask] extra is optional: trackers run without dask, distributed or pyarrow, and
importing the package or starting the CLI loads none of them."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXTRA = ("dask", "distributed", "pyarrow")
# Run first in the child: any import of the extra's packages fails, as where it is not
# installed (pandas then does without pyarrow, as it does there).
WITHOUT_THE_EXTRA = f"""
import sys

class NotInstalled:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in {EXTRA!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}")
        return None

sys.meta_path.insert(0, NotInstalled())
"""


def python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )


def test_the_quick_start_runs_without_the_extra(tmp_path: Path) -> None:
    result = python(
        WITHOUT_THE_EXTRA
        + f"""
from followup_batch.cli import main
main(["run", "sample_data/tracker.xlsx", "--as-of", "2026-11-20",
      "--output", {str(tmp_path / "checked.xlsx")!r}])
"""
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("tracker.xlsx [Interviews]: 43 rows")


def test_a_dataset_without_the_extra_says_what_to_install(tmp_path: Path) -> None:
    result = python(
        WITHOUT_THE_EXTRA
        + f"""
from followup_batch.cli import main
main(["run", "sample_data/tracker.csv", "--engine", "pandas",
      "--output", {str(tmp_path / "out")!r}])
"""
    )
    assert result.returncode == 1
    assert result.stderr == (
        "Error: a dataset run with --engine pandas needs pyarrow: pip install pyarrow\n"
    )


def test_importing_the_package_and_starting_the_cli_load_none_of_it() -> None:
    result = python(
        """
        import sys
        import followup_batch, followup_batch.cli, followup_batch.datasets
        followup_batch.datasets.is_dataset("sample_data")
        heavy = {"pandas", "dask", "distributed", "pyarrow"}
        print(sorted(heavy & {name.partition(".")[0] for name in sys.modules}))
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "[]\n"
