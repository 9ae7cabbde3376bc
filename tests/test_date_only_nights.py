"""The next night of a tracker the tool wrote: what a first run of that day gives, and no
package built to find that only the dates changed (issue 15)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import typing
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from big_tracker import build_tracker

from followup_batch import batch
from followup_batch.config import Config
from followup_batch.memory import rerun
from followup_batch.write import atomic
from followup_batch.write.live import CountedAhead, LiveStatus
from followup_batch.write.outbox import ClientRows, Outbox, SheetLayout
from followup_batch.write.xlsx import package

BUILT_AS_OF = dt.date(2026, 3, 2)  # the tracker's interviews: the 400 days before it

# (the night before, the night, whether the night writes the tracker). Its last interviews
# are weeks old by the third weekend: its nights then change nothing but the date. Good
# Friday and Easter Monday (GB, DE, FR rows) and a month on move statuses: written.
NIGHTS = {
    "next day": ("2026-03-21", "2026-03-22", False),
    "over a weekend": ("2026-03-20", "2026-03-23", False),
    "over a holiday": ("2026-04-02", "2026-04-07", True),
    "a month later": ("2026-03-21", "2026-04-21", True),
}


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tracker(tmp_path_factory.mktemp("built") / "tracker.xlsx", 40, BUILT_AS_OF)


def run(path: Path, as_of: str) -> batch.SheetReport:
    (report,) = batch.process_file(
        path, Config(), batch.RunOptions(dt.date.fromisoformat(as_of), reuse=True)
    )
    return report


def copy(source: Path, folder: Path) -> Path:
    folder.mkdir()
    return Path(shutil.copyfile(source, folder / source.name))


def folder_files(path: Path) -> dict[str, bytes]:
    """Every file of the tracker's folder (backups and record included), by its bytes."""
    return {
        str(p.relative_to(path.parent)): p.read_bytes()
        for p in sorted(path.parent.rglob("*"))
        if p.is_file()
    }


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as book:
        return {name: book.read(name) for name in book.namelist()}


def without_result(path: Path) -> None:
    """The record as a version that kept no digest of the write's inputs left it."""
    record = path.parent / atomic.BACKUP_DIR / f"{path.name}{rerun.STATE_SUFFIX}"
    data = json.loads(record.read_text(encoding="utf-8"))
    del data[rerun.RESULT]
    record.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize("night", list(NIGHTS))
def test_the_next_night_gives_what_a_first_run_that_day_gives(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, night: str
) -> None:
    before, on, writes = NIGHTS[night]
    builds: list[dt.date] = []
    build = package.write_package

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        builds.append(args[4])  # its as_of
        return build(*args, **kwargs)

    monkeypatch.setattr(package, "write_package", counted)
    nightly = copy(source, tmp_path / "nightly")
    run(nightly, before)
    left = folder_files(nightly)
    builds.clear()
    report = run(nightly, on)
    assert report.unchanged is not writes
    assert builds == ([dt.date.fromisoformat(on)] if writes else [])
    first = copy(source, tmp_path / "first")
    run(first, on)
    if writes:  # byte for byte what a first run that day writes
        assert nightly.read_bytes() == first.read_bytes()
        return
    # Nothing built, nothing written: the tracker, its backups and its record as they were.
    assert folder_files(nightly) == left
    # The full comparison (the whole package built dated that night, then with the file's
    # day) finds the same: nothing to write.
    checked = copy(source, tmp_path / "checked")
    run(checked, before)
    without_result(checked)
    builds.clear()
    assert run(checked, on).unchanged
    assert builds == [dt.date.fromisoformat(on)]
    assert checked.read_bytes() == nightly.read_bytes()
    # A first run that day differs from the file kept only in the parts holding its date.
    kept, made = parts(nightly), parts(first)
    assert kept.keys() == made.keys()
    differing = [name for name in kept if kept[name] != made[name]]
    assert differing
    assert all(on.encode() in made[name] or b"TODAY()" in made[name] for name in differing)
    assert all(before.encode() in kept[name] or b"TODAY()" in kept[name] for name in differing)


# What a write is given -> its digest, as the record keeps it: the same across versions, or
# every tracker's next night after an upgrade builds its package again to find nothing new.
# The digests as stop 63 (ceed632) made them.
DIGESTS = [
    (pd.Series(["Overdue", "Closed", "Overdue", "Due today"], dtype=object), "b2842bf5ac634ee0"),
    (pd.Series(["Hi Dana,\n\nThanks", None, "Hi Sam,"], dtype=object), "419a38aa21e61834"),
    (pd.Series(["1", 1, 1.5, "Moved on"], dtype=object), "548f321fded5444d"),
    (pd.Series([dt.date(2026, 3, 2), "TBD", pd.NaT], dtype=object), "ceaa1adca950a384"),
    (pd.Series(["a", None, "a"], dtype="str"), "881460af4610dbec"),
    (pd.Series([], dtype=object), "e946f6246157aac2"),
    (
        pd.DataFrame({"why": ["x\ny", "x\ny"], "due": pd.to_datetime(["2026-03-02", None])}),
        "2a9cd6ff1b70fdad",
    ),
]


@pytest.mark.parametrize(("owned", "digest"), DIGESTS)
def test_the_digest_of_what_a_write_is_given_stays_the_same(owned: object, digest: str) -> None:
    assert rerun.result_digest("key", [("Interviews", owned)])[:16] == digest


# What a write is given beside its owned columns (``batch``: ``rerun.result_digest`` of its
# sheets' live statuses and outbox): each kind of data in it, every field set. A field of
# these changed changes the digest, but for the days of the stamps listed as left out
# (``Outbox.STAMP_DAYS``): a field added later is in the digest, or listed there and here.
DAY = dt.date(2026, 11, 23)
LAYOUT = SheetLayout(
    "Jobs",
    {"status": "K", "next_due": "J"},
    2,
    3,
    {"company": "A"},
    pd.DataFrame({"company": ["Acme", "Beta"]}, index=[2, 3]),
)
CLIENT = ClientRows("Dana Levi", "Jobs", 3, {"Overdue": 1, "Scheduled": 1}, (4,), ('"Dana Levi"',))
AHEAD = CountedAhead(
    on=pd.Series(pd.to_datetime(["2026-11-25", "2026-11-26"]), index=[2, 3]),
    rows=pd.DataFrame({"calendar": ["US", "GB-ENG"], "later": ["Scheduled", "Closed"]}, [2, 3]),
    status=pd.Series(["Scheduled", "Due soon"], index=[2, 3]),
    due=pd.Series(pd.to_datetime(["2026-12-07", "2026-11-27"]), index=[2, 3]),
    following={"check_in_2_due": pd.Series(pd.to_datetime(["2026-12-21", None]), index=[2, 3])},
)
SAMPLES: dict[type, object] = {
    SheetLayout: LAYOUT,
    ClientRows: CLIENT,
    CountedAhead: AHEAD,
    LiveStatus: LiveStatus(
        pd.DataFrame({"calendar": ["US", "US"], "sent": ['$M2<>""', ""]}, index=[2, 3]),
        {"US": (DAY, DAY + dt.timedelta(days=1)), "GB-ENG": (DAY,)},
        AHEAD,
        marks=("oDJMESiD 2026-03-16 2026-03-20 Jobs", "y2RIS63w 2026-03-16 2026-03-21"),
    ),
    Outbox: Outbox(
        pd.DataFrame({"sheet": ["Jobs", "Jobs"], "row": [2, 3], "company": ["Acme", "Beta"]}),
        sheets=2,
        as_of=DAY,
        counts={"Overdue": 1, "Scheduled": 1},
        clients=[CLIENT, dataclasses.replace(CLIENT, name="Sam Roe")],
        layouts={"Jobs": LAYOUT, "Feb": dataclasses.replace(LAYOUT, sheet="Feb")},
        order=("Jobs", "Feb"),
        one_tracker=frozenset({"Jobs"}),
        stamped=DAY - dt.timedelta(days=1),
    ),
}
LEFT_OUT = {(Outbox, "as_of"), (Outbox, "stamped")}


def kinds_of_data(kind: type) -> set[type]:
    """``kind`` and the dataclasses its fields hold, as their types say, all the way down."""
    found = {kind}
    hints = typing.get_type_hints(kind)
    waiting = [hints[f.name] for f in dataclasses.fields(kind)]
    while waiting:
        hint = waiting.pop()
        waiting += typing.get_args(hint)
        if dataclasses.is_dataclass(hint) and isinstance(hint, type) and hint not in found:
            found |= kinds_of_data(hint)
    return found


def test_every_kind_of_data_a_write_is_given_is_sampled() -> None:
    assert kinds_of_data(LiveStatus) | kinds_of_data(Outbox) == set(SAMPLES)
    listed = {(kind, name) for kind in SAMPLES for name in rerun.left_out_of_digest(kind)}
    assert listed == LEFT_OUT


def changed(value: object) -> object:
    """Another value of the same kind: a row, item or member fewer or more, a number more."""
    if isinstance(value, pd.DataFrame | pd.Series):
        return value.iloc[:-1]
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str):
        return value + "s"
    if isinstance(value, dt.date):
        return value + dt.timedelta(days=1)
    if isinstance(value, dict):
        return dict(list(value.items())[:-1])
    if isinstance(value, list | tuple):
        return value[:-1]
    if isinstance(value, frozenset):
        return value | {"Archive"}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        first = dataclasses.fields(value)[0].name
        return dataclasses.replace(value, **{first: changed(getattr(value, first))})
    raise AssertionError(f"no other value for {value!r}: set the field in SAMPLES")


@pytest.mark.parametrize(
    ("kind", "name"),
    [(kind, f.name) for kind, sample in SAMPLES.items() for f in dataclasses.fields(sample)],
    ids=lambda value: getattr(value, "__name__", value),
)
def test_a_field_of_what_a_write_is_given_is_in_the_digest_or_listed_as_left_out(
    kind: type, name: str
) -> None:
    sample = SAMPLES[kind]
    other = dataclasses.replace(sample, **{name: changed(getattr(sample, name))})
    same = rerun.result_digest("key", [], other) == rerun.result_digest("key", [], sample)
    assert same is ((kind, name) in LEFT_OUT)
