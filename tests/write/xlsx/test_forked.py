"""Work in forked children: answers and failures come back, children are always reaped, and
an XML stream parsed in a child as it is written is judged exactly as expat judges it here."""

from __future__ import annotations

import multiprocessing
import os
import xml.parsers.expat

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_batch.write.xlsx import forked

pytestmark = pytest.mark.skipif(not forked.can_fork(), reason="fork is used on Linux only")

ROW = b'<row r="2"><c r="A2" t="inlineStr"><is><t>Dana &amp; Lee</t></is></c></row>'
GOOD = b"<worksheet><sheetData>" + ROW * 20_000 + b"</sheetData></worksheet>"


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_answer_comes_back():
    assert forked.Forked(lambda: {"rows": 3, "data": [b"x" * 1000]}).result() == {
        "rows": 3,
        "data": [b"x" * 1000],
    }
    assert multiprocessing.active_children() == []


def test_child_runs_at_the_priority_asked():
    assert forked.Forked(lambda: os.nice(0), nice=5).result() == os.nice(0) + 5
    assert forked.Forked(lambda: os.nice(0)).result() == os.nice(0)


def test_exception_comes_back_as_child_failed():
    def fail() -> None:
        raise ValueError("the sheet is odd")

    with pytest.raises(forked.ChildFailed, match="the sheet is odd"):
        forked.Forked(fail).result()
    assert multiprocessing.active_children() == []


def test_child_that_dies_without_an_answer():
    with pytest.raises(forked.ChildFailed, match="without an answer.*exit code 3"):
        forked.Forked(lambda: os._exit(3)).result()


def test_cancel_stops_a_working_child():
    import time

    child = forked.Forked(lambda: time.sleep(60))
    started = time.monotonic()
    child.cancel()
    assert time.monotonic() - started < 10
    assert multiprocessing.active_children() == []


def feed(document: bytes, sizes: list[int], backlog: int = 64 << 20) -> None:
    check = forked.ParsedInChild(backlog)
    at, turn = 0, 0
    while at < len(document):
        size = sizes[turn % len(sizes)]
        check.feed(document[at : at + size])
        at, turn = at + size, turn + 1
    check.result()


@pytest.mark.parametrize(
    ("sizes", "backlog"),
    [([1 << 20], 64 << 20), ([7, 1000, 65_537], 64 << 20), ([4096], 10_000), ([1], 100)],
    ids=["megabytes", "odd-sizes", "small-backlog", "tiny-backlog"],
)
def test_well_formed_stream_passes(sizes, backlog):
    before = open_fds()
    document = (
        GOOD if sizes != [1] else b"<worksheet><sheetData>" + ROW * 50 + b"</sheetData></worksheet>"
    )
    feed(document, sizes, backlog)
    assert open_fds() == before
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize(
    "document",
    [
        GOOD[:-1],  # cut short
        GOOD.replace(b"</row>", b"</rows>", 1),  # mismatched tag, early
        GOOD[: len(GOOD) // 2] + b"<c r=A2>" + GOOD[len(GOOD) // 2 :],  # unquoted attribute
        GOOD.replace(b"&amp;", b"&", 1),  # a bare ampersand
        b"",  # nothing at all
    ],
    ids=["cut-short", "mismatched-tag", "unquoted", "bare-ampersand", "empty"],
)
@pytest.mark.parametrize("backlog", [64 << 20, 1000], ids=["roomy", "tight"])
def test_malformed_stream_fails_and_nothing_hangs(document, backlog):
    """An early error stops the child reading; the rest of the stream is dropped, not blocked on."""
    before = open_fds()
    with pytest.raises(forked.ChildFailed):
        feed(document, [4096], backlog)
    assert open_fds() == before
    assert multiprocessing.active_children() == []


def test_cancel_after_result_closes_nothing_else():
    check = forked.ParsedInChild()
    number = check._pipe
    check.feed(GOOD)
    check.result()
    opened = []
    try:
        while not opened or opened[-1] < number:  # until a file has the pipe's old number
            opened.append(os.open(os.devnull, os.O_RDONLY))
        assert number in opened
        check.cancel()
        for fd in opened:
            os.fstat(fd)  # all still open
    finally:
        for fd in opened:
            os.close(fd)


def test_cancel_while_feeding():
    before = open_fds()
    check = forked.ParsedInChild(1000)
    check.feed(GOOD[:50_000])
    check.cancel()
    assert open_fds() == before
    assert multiprocessing.active_children() == []


def expat_accepts(document: bytes) -> bool:
    try:
        xml.parsers.expat.ParserCreate().Parse(document, True)
    except xml.parsers.expat.ExpatError:
        return False
    return True


@given(
    pieces=st.lists(
        st.sampled_from([b"<a>", b"</a>", b"<b/>", b"text", b"&amp;", b"&", b"<", b" x='1'"]),
        max_size=12,
    ),
    size=st.integers(1, 20),
)
def test_child_judges_as_expat_does(pieces, size):
    document = b"<root>" + b"".join(pieces) + b"</root>"
    try:
        feed(document, [size], backlog=8)
    except forked.ChildFailed:
        accepted = False
    else:
        accepted = True
    assert accepted == expat_accepts(document)


# --- the pipeline's explanations, worked out in a child while the drafts are rendered --------


def sample_computed(monkeypatch, fork_rows: int):
    import datetime as dt
    from pathlib import Path

    from followup_batch.batch import compute_all
    from followup_batch.config import Config
    from followup_batch.read import read_trackers

    monkeypatch.setattr(forked, "FORK_ROWS", fork_rows)
    sample = Path(__file__).resolve().parents[3] / "sample_data" / "tracker.xlsx"
    (table,) = read_trackers(sample, Config().reading)
    return compute_all(table, Config(), dt.date(2026, 11, 20))


def test_explanations_from_a_child_are_the_same(monkeypatch):
    import pandas as pd

    started = []
    real = forked.Forked

    def counting(function):  # type: ignore[no-untyped-def]
        started.append(function)
        return real(function)

    monkeypatch.setattr(forked, "Forked", counting)
    in_child = sample_computed(monkeypatch, 0)
    assert len(started) == 1  # one child: the explanations
    in_process = sample_computed(monkeypatch, 10**9)
    assert len(started) == 1
    pd.testing.assert_frame_equal(in_child.output, in_process.output)
    assert in_child.output["why"].str.len().min() > 0
    assert multiprocessing.active_children() == []


def test_explanations_failing_in_the_child_fail_here_with_the_real_error(monkeypatch):
    from followup_batch.schedule import Schedule

    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("a bug in the explanations")

    monkeypatch.setattr(Schedule, "explain", broken)
    with pytest.raises(ZeroDivisionError, match="a bug in the explanations"):
        sample_computed(monkeypatch, 0)
    assert multiprocessing.active_children() == []


def test_drafts_failing_stops_the_explaining_child(monkeypatch):
    from followup_batch import drafts

    def broken(*_args, **_kwargs):
        raise RuntimeError("drafts broke")

    monkeypatch.setattr(drafts, "render_drafts", broken)
    with pytest.raises(RuntimeError, match="drafts broke"):
        sample_computed(monkeypatch, 0)
    assert multiprocessing.active_children() == []
