"""The corpus tests cannot pass in CI by skipping: a missing corpus fails them there."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus import require


def test_a_missing_corpus_fails_in_ci(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "1")
    with pytest.raises(pytest.fail.Exception, match="the shared corpus is missing"):
        require(tmp_path / "absent")


def test_a_missing_corpus_skips_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="the shared corpus is missing"):
        require(tmp_path / "absent")


def test_a_present_folder_is_returned(tmp_path: Path) -> None:
    assert require(tmp_path) == tmp_path
