"""A coach's exports written side by side by worker processes are the files one process
writes, and a failure in one of them is reported as that file's."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import openpyxl
import pytest
from coach_folder import build_coach_folder

from followup_batch import batch
from followup_batch.config import Config
from followup_batch.errors import FollowupError
from followup_batch.exports import concat_items, outputs
from followup_batch.exports.outputs import Exports, combined_messages, write_exports

AS_OF = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """The due items and messages of a folder of six clients' trackers."""
    folder = build_coach_folder(tmp_path_factory.mktemp("clients"), clients=6, rows=12)
    reports = []
    for path in sorted(folder.glob("*.xlsx")):
        reports += batch.process_file(path, Config(), batch.RunOptions(AS_OF, collect=True))
    items = concat_items(r.items for r in reports)
    messages = combined_messages((r.path, r.sheet, r.messages) for r in reports)
    assert len(items) > 20 and len(messages) > 20
    return items, messages


def asked(out: Path) -> Exports:
    return Exports(
        ics=out / "followups.ics",
        eml_dir=out / "drafts",
        digests=(
            (out / "digest.html", ".html"),
            (out / "digest.md", ".md"),
            (out / "digest.xlsx", ".xlsx"),
        ),
        horizon_days=7,
    )


def files_in(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def workbook_values(path: Path) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(path)
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book}


def test_workers_write_the_files_one_process_writes(run, tmp_path, monkeypatch):
    items, messages = run
    monkeypatch.setattr(outputs, "PARALLEL_EXPORTS_FROM", 0)  # a small folder, in parallel
    one, two = tmp_path / "one", tmp_path / "two"
    lines_one, _ = write_exports(asked(one), items, messages, AS_OF, jobs=1)
    lines_two, _ = write_exports(asked(two), items, messages, AS_OF, jobs=2)

    assert [line.replace(str(one), "OUT") for line in lines_one] == [
        line.replace(str(two), "OUT") for line in lines_two
    ]
    assert [line.split(":")[0].split(" →")[0] for line in lines_one] == [
        "drafts",
        "calendar",
        "digest",
        "digest",
        "digest",
    ]
    first, second = files_in(one), files_in(two)
    assert sorted(first) == sorted(second)
    assert len([name for name in first if name.endswith(".eml")]) == len(messages)
    for name, data in first.items():
        if name.endswith(".xlsx"):  # zip timestamps differ; what a person sees does not
            assert workbook_values(one / name) == workbook_values(two / name)
        else:
            # The digest page links the drafts by path: the same names in either folder.
            assert data.replace(str(one).encode(), b"OUT") == second[name].replace(
                str(two).encode(), b"OUT"
            ), name


@pytest.mark.parametrize("jobs", [1, 2])
def test_one_export_that_cannot_be_written_is_named_and_the_others_are_written(
    run, tmp_path, monkeypatch, jobs
):
    items, messages = run
    monkeypatch.setattr(outputs, "PARALLEL_EXPORTS_FROM", 0)
    exports = asked(tmp_path)
    exports.ics.mkdir()  # a folder where the calendar should go
    with pytest.raises(FollowupError, match="followups.ics"):
        write_exports(exports, items, messages, AS_OF, jobs=jobs)
    assert len(list((tmp_path / "drafts").glob("*.eml"))) == len(messages)
    assert (tmp_path / "digest.md").exists()


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_drafts_shared_out_between_workers_report_as_one_line_and_one_failure(
    run, tmp_path, monkeypatch, jobs
):
    from followup_batch.exports.eml import eml_paths

    items, messages = run
    monkeypatch.setattr(outputs, "PARALLEL_EXPORTS_FROM", 0)
    exports = asked(tmp_path)
    lines, _ = write_exports(exports, items, messages, AS_OF, jobs=jobs)
    assert lines[0] == f"drafts: {len(messages)} .eml messages → {tmp_path / 'drafts'}"

    last = eml_paths(messages, tmp_path / "drafts")[-1]
    last.unlink()
    replace = os.replace

    def refused_for_the_last(source: str, target: object) -> None:
        if Path(str(target)) == last:  # the last draft cannot be written: it is in the last part
            raise IsADirectoryError(21, "Is a directory")
        replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", refused_for_the_last)
    with pytest.raises(FollowupError) as failed:
        write_exports(exports, items, messages, AS_OF, jobs=jobs)
    assert str(failed.value) == (
        f"{len(messages) - 1} of {len(messages)} drafts written to {tmp_path / 'drafts'}; "
        f"cannot write {last}: Is a directory"
    )
    written = [p for p in (tmp_path / "drafts").glob("*.eml") if p.is_file()]
    assert len(written) == len(messages) - 1


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_calendar_and_digests_folders_are_made_as_the_drafts_folder_is(
    run, tmp_path, monkeypatch, jobs
):
    items, messages = run
    monkeypatch.setattr(outputs, "PARALLEL_EXPORTS_FROM", 0)
    out = tmp_path / "out" / "today"  # neither folder there: each export makes its own
    write_exports(asked(out), items, messages, AS_OF, jobs=jobs)
    names = {"followups.ics", "digest.html", "digest.md", "digest.xlsx", "drafts"}
    assert {p.name for p in out.iterdir()} == names


def test_a_dry_run_makes_no_folder(run, tmp_path):
    items, messages = run
    lines, _ = write_exports(asked(tmp_path / "out"), items, messages, AS_OF, dry_run=True)
    assert all(line.endswith("(dry run, not written)") for line in lines)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_folder_that_cannot_be_made_fails_that_export_alone(run, tmp_path, monkeypatch, jobs):
    items, messages = run
    monkeypatch.setattr(outputs, "PARALLEL_EXPORTS_FROM", 0)
    (tmp_path / "blocked").write_text("a file where a folder should be")
    exports = dataclasses.replace(asked(tmp_path), ics=tmp_path / "blocked" / "due.ics")
    with pytest.raises(FollowupError) as failed:
        write_exports(exports, items, messages, AS_OF, jobs=jobs)
    blocked = tmp_path / "blocked"
    assert str(failed.value) == f"cannot write {blocked / 'due.ics'}: {blocked} is not a folder"
    assert (tmp_path / "digest.html").exists() and (tmp_path / "digest.xlsx").exists()
    # The lines of what was written come with the failure, for the run's report.
    assert f"digest → {tmp_path / 'digest.html'}" in failed.value.lines  # type: ignore[attr-defined]


def test_a_small_run_stays_in_one_process(run, tmp_path, monkeypatch):
    items, messages = run
    started = []
    monkeypatch.setattr("followup_batch.workers.results_in_order", started.append)
    write_exports(asked(tmp_path), items, messages, AS_OF, jobs=2)
    assert started == []  # fewer than PARALLEL_EXPORTS_FROM items and messages
    assert (tmp_path / "digest.xlsx").exists()


def stamps(folder: Path) -> dict[str, tuple[int, int]]:
    """Each file's inode and modification time: a rewrite (a new file swapped in) changes both."""
    return {
        str(p.relative_to(folder)): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_second_run_with_the_same_inputs_writes_no_export(run, tmp_path, monkeypatch, jobs):
    items, messages = run
    monkeypatch.setattr(outputs, "PARALLEL_EXPORTS_FROM", 0)
    write_exports(asked(tmp_path), items, messages, AS_OF, jobs=jobs)
    before = stamps(tmp_path)
    write_exports(asked(tmp_path), items, messages, AS_OF, jobs=jobs)
    assert stamps(tmp_path) == before
    assert not [p for p in tmp_path.rglob("*") if ".tmp" in p.name]

    # A day later the digests and the calendar say something else: they are written again.
    write_exports(asked(tmp_path), items, messages, AS_OF + dt.timedelta(days=1), jobs=jobs)
    after = stamps(tmp_path)
    for name in ("digest.html", "digest.md", "digest.xlsx", "followups.ics"):
        assert after[name] != before[name], name


def test_the_digest_workbook_is_the_same_when_only_the_save_time_differs(run, tmp_path):
    from followup_batch.exports import build_digest
    from followup_batch.exports.digest_xlsx import same_workbook, write_digest_xlsx

    items, _ = run
    digest = build_digest(items, AS_OF, horizon_days=7)
    write_digest_xlsx(digest, tmp_path / "a.xlsx")
    write_digest_xlsx(digest, tmp_path / "b.xlsx")
    assert same_workbook(tmp_path / "a.xlsx", tmp_path / "b.xlsx")
    other = build_digest(items, AS_OF + dt.timedelta(days=1), horizon_days=7)
    write_digest_xlsx(other, tmp_path / "c.xlsx")
    assert not same_workbook(tmp_path / "a.xlsx", tmp_path / "c.xlsx")
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    assert not same_workbook(tmp_path / "a.xlsx", tmp_path / "broken.xlsx")
