"""``batch.process_files`` stores text as Python strings while it works (it is faster on a
tracker's small frames): the files it writes are the same bytes as ``process_file`` writes
with pandas' default storage, and the setting is put back however the caller stops reading."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pandas as pd
import pytest

from followup_batch import batch
from followup_batch.config import Config

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data" / "tracker.xlsx"
AS_OF = dt.date(2026, 11, 20)


def copies(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir()
    return [Path(shutil.copy(SAMPLE, folder / name)) for name in names]


@pytest.mark.parametrize("jobs", [1, 2])
def test_files_written_as_process_file_writes_them_with_the_default_storage(
    tmp_path: Path, jobs: int
) -> None:
    names = ["Maya Chen.xlsx", "Taylor Reed.xlsx", "jobs.xlsx"]
    expected = copies(tmp_path / "one-by-one", names)
    batched = copies(tmp_path / "batched", names)
    default = pd.get_option("mode.string_storage")
    options = batch.RunOptions(as_of=AS_OF, collect=True, jobs=jobs)
    for path in expected:
        batch.process_file(path, Config(), options)
    results = dict(batch.process_files(batched, Config(), options))
    assert pd.get_option("mode.string_storage") == default
    for path, reports in results.items():
        assert not isinstance(reports, batch.FileFailure), reports
        assert path.read_bytes() == (tmp_path / "one-by-one" / path.name).read_bytes()


def test_the_storage_setting_is_put_back_when_the_caller_stops_early(tmp_path: Path) -> None:
    default = pd.get_option("mode.string_storage")
    files = copies(tmp_path / "folder", ["a.xlsx", "b.xlsx"])
    results = batch.process_files(files, Config(), batch.RunOptions(as_of=AS_OF, jobs=1))
    next(results)
    assert pd.get_option("mode.string_storage") == "python"  # the caller reads as it goes
    results.close()
    assert pd.get_option("mode.string_storage") == default
