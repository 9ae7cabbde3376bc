"""``batch.process_file`` stores text as Python strings while it works (it is faster): the
files it writes are the same bytes as with Arrow-backed strings, one by one or in a batch, and
the caller's setting is put back however the work ends."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pandas as pd
import pytest

from followup_batch import batch
from followup_batch.config import Config
from followup_batch.errors import FollowupError

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data" / "tracker.xlsx"
AS_OF = dt.date(2026, 11, 20)


def copies(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir()
    return [Path(shutil.copy(SAMPLE, folder / name)) for name in names]


@pytest.mark.parametrize("jobs", [1, 2])
def test_files_written_with_python_strings_are_those_written_with_arrow_strings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    names = ["Maya Chen.xlsx", "Taylor Reed.xlsx", "jobs.xlsx"]
    expected = copies(tmp_path / "one-by-one", names)
    batched = copies(tmp_path / "batched", names)
    default = pd.get_option("mode.string_storage")
    options = batch.RunOptions(as_of=AS_OF, collect=True, jobs=jobs)
    with monkeypatch.context() as arrow:
        arrow.setattr(batch, "TEXT_STORAGE", "pyarrow")
        for path in expected:
            batch.process_file(path, Config(), options)
    results = dict(batch.process_files(batched, Config(), options))
    assert pd.get_option("mode.string_storage") == default
    for path, reports in results.items():
        assert not isinstance(reports, batch.FileFailure), reports
        assert path.read_bytes() == (tmp_path / "one-by-one" / path.name).read_bytes()


@pytest.mark.parametrize("fails", [False, True], ids=["written", "refused"])
def test_text_is_python_strings_while_a_file_is_processed_and_the_setting_put_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fails: bool
) -> None:
    default = pd.get_option("mode.string_storage")
    seen = []
    work = batch._process

    def process(*args, **kwargs):
        seen.append(pd.get_option("mode.string_storage"))
        if fails:
            raise FollowupError("refused")
        return work(*args, **kwargs)

    monkeypatch.setattr(batch, "_process", process)
    files = copies(tmp_path / "folder", ["a.xlsx", "b.xlsx"])
    results = batch.process_files(files, Config(), batch.RunOptions(as_of=AS_OF, jobs=1))
    next(results)
    assert seen == ["python"]
    assert pd.get_option("mode.string_storage") == default  # the caller reads as it goes
    results.close()
    assert pd.get_option("mode.string_storage") == default
