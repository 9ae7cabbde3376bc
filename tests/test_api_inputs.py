"""The public functions as a notebook calls them: every kind of as-of date a person holds, a
single path where a list goes, and wrong inputs refused by name (ot31 F1, F2, F4, F5, F6):
frames and tables indexed by other rows than the tracker's too."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import os
import pickle
import shutil
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

import followup_batch as fb

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data" / "tracker.csv"


def sample_bytes(name: str) -> bytes:
    """The sample tracker ``name``; its CSV saved as Excel's "CSV UTF-8" (a byte-order mark),
    as the answers these tests compare hold the tool's '→', which a CSV of ASCII alone without
    one gets as '->'."""
    data = (ROOT / "sample_data" / name).read_bytes()
    return b"\xef\xbb\xbf" + data if name.endswith(".csv") else data


NOV_20 = dt.date(2026, 11, 20)

# Every spelling of Nov 20 a caller may hold; an aware one is Nov 20 on its own clock,
# though it is Nov 21 (Los Angeles, 23:30) or Nov 19 (Tokyo, 08:00) in UTC.
AS_OF_NOV_20 = [
    pytest.param(NOV_20, id="date"),
    pytest.param(dt.datetime(2026, 11, 20, 15, 0), id="datetime"),
    pytest.param(pd.Timestamp("2026-11-20"), id="timestamp"),
    pytest.param(pd.Timestamp("2026-11-20 23:30", tz="America/Los_Angeles"), id="aware-la"),
    pytest.param(pd.Timestamp("2026-11-20 08:00", tz="Asia/Tokyo"), id="aware-tokyo"),
    pytest.param(
        dt.datetime(2026, 11, 20, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-8))),
        id="aware-datetime",
    ),
    pytest.param(np.datetime64("2026-11-20T10:00"), id="datetime64"),
    pytest.param("2026-11-20", id="string"),
]


@pytest.fixture(scope="module")
def sample() -> tuple[fb.Config, fb.RawTable, pd.DataFrame, fb.Schedule]:
    config = fb.load_config(None)
    (table,) = fb.read_trackers(SAMPLE, config.reading)
    frame = fb.normalise_rows(table, config.reading, as_of=NOV_20)
    return config, table, frame, fb.schedule_rows(frame, config.rules, NOV_20)


@pytest.mark.parametrize("as_of", AS_OF_NOV_20)
def test_every_stage_takes_the_date_of_an_as_of(sample, as_of) -> None:
    config, table, frame, expected = sample
    kept = frame.copy(deep=True)
    assert fb.normalise_rows(table, config.reading, as_of=as_of).equals(frame)
    schedule = fb.schedule_rows(frame, config.rules, as_of)
    pd.testing.assert_frame_equal(schedule.result, expected.result)
    templates = fb.load_templates()
    drafts = fb.render_drafts(frame, schedule.next_actions, config.sender, templates, as_of=as_of)
    on_the_day = fb.render_drafts(
        frame, expected.next_actions, config.sender, templates, as_of=NOV_20
    )
    pd.testing.assert_frame_equal(drafts.per_row, on_the_day.per_row)
    pd.testing.assert_frame_equal(frame, kept)  # the caller's frame is not changed


@pytest.mark.parametrize("as_of", AS_OF_NOV_20)
def test_process_file_takes_the_date_of_an_as_of(as_of) -> None:
    options = fb.RunOptions(as_of=as_of, dry_run=True)
    assert options.as_of == NOV_20
    assert type(options.as_of) is dt.date  # read back as a date, whatever was given
    (report,) = fb.process_file(SAMPLE, fb.load_config(None), options)
    assert report.rows == 43


# RunOptions takes any as-of (its field's __set__ is typed AsOf, so a user's mypy accepts
# RunOptions(as_of="2026-11-20")) and holds a date (its __get__ is typed datetime.date).
RUN_OPTIONS_AS_OF = [
    pytest.param(
        lambda: repr(fb.RunOptions(as_of="2026-11-20", dry_run=True)),
        "RunOptions(as_of=datetime.date(2026, 11, 20), output=None, dry_run=True, "
        "collect=False, jobs=1, reuse=False, foresee=True, names={}, folders={})",
        id="repr",
    ),
    pytest.param(
        lambda: dataclasses.replace(fb.RunOptions(as_of=NOV_20), as_of="2026-11-21").as_of,
        dt.date(2026, 11, 21),
        id="replace",
    ),
    pytest.param(
        lambda: pickle.loads(pickle.dumps(fb.RunOptions(as_of="2026-11-20"))).as_of,
        NOV_20,
        id="pickled-for-a-worker",
    ),
    pytest.param(
        lambda: fb.RunOptions(as_of="2026-11-20") == fb.RunOptions(as_of=NOV_20),
        True,
        id="equal",
    ),
]


@pytest.mark.parametrize(("call", "expected"), RUN_OPTIONS_AS_OF)
def test_run_options_hold_the_date_of_an_as_of(call, expected) -> None:
    assert call() == expected


@pytest.mark.parametrize("field", ["as_of", "dry_run"])
def test_run_options_are_kept(field) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError) as refused:
        setattr(fb.RunOptions(as_of=NOV_20), field, "2026-11-21")
    assert str(refused.value) == f"cannot assign to field {field!r}"


# What a user's mypy says of a RunOptions call, and what the call then does: every as-of a
# person holds type-checks and runs; a missing or wrong one is a type error before it is a run
# -time one. (A plain dataclass would let RunOptions() through: see as_of.frozen_with_as_of.)
MISSING_AS_OF = 'error: Missing positional argument "as_of" in call to "RunOptions"  [call-arg]'
RUN_OPTIONS_TYPING = [
    pytest.param('RunOptions(as_of="2026-11-20").as_of', None, NOV_20, id="string"),
    pytest.param("RunOptions(as_of=dt.date(2026, 11, 20)).as_of", None, NOV_20, id="date"),
    pytest.param(
        "RunOptions(as_of=dt.datetime(2026, 11, 20, 15, 0)).as_of", None, NOV_20, id="datetime"
    ),
    pytest.param(
        'RunOptions(as_of=pd.Timestamp("2026-11-20 23:30", tz="America/Los_Angeles")).as_of',
        None,
        NOV_20,
        id="timestamp",
    ),
    pytest.param(
        'RunOptions(as_of=np.datetime64("2026-11-20T10:00")).as_of', None, NOV_20, id="datetime64"
    ),
    pytest.param(
        'dataclasses.replace(RunOptions(as_of=NOV_20), as_of="2026-11-21").as_of',
        None,
        dt.date(2026, 11, 21),
        id="replace",
    ),
    pytest.param(
        'reveal_type(RunOptions(as_of="2026-11-20").as_of)',
        'note: Revealed type is "datetime.date"',
        NOV_20,
        id="read-back-as-a-date",
    ),
    pytest.param(
        "RunOptions()",
        MISSING_AS_OF,
        "TypeError: RunOptions.__init__() missing 1 required positional argument: 'as_of'",
        id="missing",
    ),
    pytest.param(
        "RunOptions(dry_run=True)",
        MISSING_AS_OF,
        "TypeError: RunOptions.__init__() missing 1 required positional argument: 'as_of'",
        id="missing-with-others",
    ),
    pytest.param(
        "RunOptions(as_of=20261120)",
        'error: Argument "as_of" to "RunOptions" has incompatible type "int"; expected '
        '"date | str | datetime64[date | int | None]"  [arg-type]',
        "WrongArgument: as_of must be a date (datetime.date, datetime, pandas Timestamp or a "
        "'YYYY-MM-DD' string), not int 20261120",
        id="int",
    ),
    # output is a path as a str or a Path, held as a Path (report ot40, F7: a str crashed
    # process_file with AttributeError; F8: mypy refused it).
    pytest.param(
        'RunOptions(as_of=NOV_20, output="checked.xlsx").output',
        None,
        Path("checked.xlsx"),
        id="output-str",
    ),
    pytest.param(
        'reveal_type(RunOptions(as_of=NOV_20, output=Path("out") / "t.xlsx").output)',
        'note: Revealed type is "pathlib.Path | None"',
        Path("out/t.xlsx"),
        id="output-read-back-as-a-path",
    ),
    pytest.param("RunOptions(as_of=NOV_20).output", None, None, id="no-output"),
    pytest.param(
        "RunOptions(as_of=NOV_20, output=3)",
        'error: Argument "output" to "RunOptions" has incompatible type "int"; expected '
        '"str | PathLike[str] | None"  [arg-type]',
        "WrongArgument: RunOptions(output=...) takes a file's path (a str or pathlib.Path), "
        "not int 3",
        id="output-int",
    ),
]


@pytest.fixture(scope="module")
def mypy_says(tmp_path_factory) -> dict[str, str | None]:
    """What mypy says of each line of ``RUN_OPTIONS_TYPING``, checked as one user's file
    against this checkout's package (not an installed one)."""
    api = pytest.importorskip("mypy.api")
    lines = [call.values[0] for call in RUN_OPTIONS_TYPING]
    header = [
        "import dataclasses",
        "import datetime as dt",
        "import numpy as np",
        "import pandas as pd",
        "from pathlib import Path",
        "from followup_batch import RunOptions",
        "NOV_20 = dt.date(2026, 11, 20)",
    ]
    user = tmp_path_factory.mktemp("typing") / "user.py"
    user.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    old = os.getcwd()
    os.chdir(ROOT)  # the checkout's package and mypy settings (pyproject.toml)
    try:
        out, err, _ = api.run(["--no-error-summary", "--no-pretty", str(user)])
    finally:
        os.chdir(old)
    assert err == ""
    said: dict[int, str] = {}
    for line in out.splitlines():
        where, number, message = line.split(":", 2)
        # Nothing said of the package itself. (By name: mypy's cache may give an earlier
        # run's path of the same file.)
        assert Path(where).name == user.name, line
        said[int(number)] = message.strip()
    return {code: said.get(len(header) + at + 1) for at, code in enumerate(lines)}


@pytest.mark.parametrize(("code", "mypy_message", "result"), RUN_OPTIONS_TYPING)
def test_mypy_and_a_run_agree_on_run_options(mypy_says, code, mypy_message, result) -> None:
    assert mypy_says[code] == mypy_message
    names = {"dataclasses": dataclasses, "dt": dt, "np": np, "pd": pd, "NOV_20": NOV_20}
    names |= {"Path": Path}
    names |= {"RunOptions": fb.RunOptions, "reveal_type": lambda value: value}
    try:
        got = eval(code, names)
    except Exception as refused:
        got = f"{type(refused).__name__}: {refused}"
    assert got == result


@pytest.mark.parametrize(
    ("as_of", "error", "message"),
    [
        (
            "2026-13-01",
            fb.BadDate,
            "as_of '2026-13-01' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20",
        ),
        (
            "20/11/2026",
            fb.BadDate,
            "as_of '20/11/2026' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20",
        ),
        (
            dt.date(1899, 12, 31),
            fb.BadDate,
            "as_of '1899-12-31' is outside the dates the tool computes with "
            "(1900-01-01 to 2199-12-31)",
        ),
        (
            20261120,
            fb.WrongArgument,
            "as_of must be a date (datetime.date, datetime, pandas Timestamp or a "
            "'YYYY-MM-DD' string), not int 20261120",
        ),
        (
            pd.NaT,
            fb.WrongArgument,
            "as_of must be a date (datetime.date, datetime, pandas Timestamp or a "
            "'YYYY-MM-DD' string), not NaTType NaT",
        ),
    ],
    ids=["month-13", "day-first", "before-1900", "int", "nat"],
)
def test_an_as_of_that_is_no_date_is_refused_alike_everywhere(sample, as_of, error, message):
    config, table, frame, schedule = sample
    calls = [
        lambda: fb.normalise_rows(table, config.reading, as_of=as_of),
        lambda: fb.schedule_rows(frame, config.rules, as_of),
        lambda: fb.render_drafts(
            frame, schedule.next_actions, config.sender, fb.load_templates(), as_of=as_of
        ),
        lambda: fb.RunOptions(as_of=as_of),
    ]
    for call in calls:
        with pytest.raises(error) as refused:
            call()
        assert str(refused.value) == message
        assert isinstance(refused.value, fb.FollowupError)


def _with_index(frame: pd.DataFrame, labels: list[object]) -> pd.DataFrame:
    return frame.set_axis(pd.Index(labels + list(frame.index[len(labels) :]), name="row"))


WANTS = "schedule_rows takes the frame normalise_rows gives (read_trackers, then normalise_rows); "


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda frame: pd.read_csv(SAMPLE),
            WANTS + "this one lacks the columns interview_date, applied_date, interview_type, "
            "seniority, industry and 27 more",
        ),
        (
            lambda frame: frame.drop(columns=["country"]),
            WANTS + "this one lacks the columns country",
        ),
        (
            lambda frame: frame.drop(columns=["calendar_note"]),  # the Why text reads it
            WANTS + "this one lacks the columns calendar_note",
        ),
        (
            lambda frame: _with_index(frame, [2, 2, 3, 3]),  # a concat of two trackers' frames
            WANTS + "its index is the tracker's row numbers, each once; this one repeats 2, 3 "
            "(schedule each tracker's frame on its own, then concat the results)",
        ),
        (
            lambda frame: frame.set_axis([f"r{i}" for i in range(len(frame))]),
            WANTS
            + "its index is the tracker's row numbers (whole numbers), not labels such as 'r0'",
        ),
        (
            lambda frame: frame.set_axis(frame.index.astype(float)),  # as pd.read_csv can give
            WANTS + "its index is the tracker's row numbers as integers, not floats such as 2.0 "
            "(frame.index = frame.index.astype(int) turns them back)",
        ),
        (
            lambda frame: _with_index(frame, [np.nan]),
            WANTS + "its index is the tracker's row numbers, and this one has rows without one "
            "(NaN); keep the index read_trackers and normalise_rows give",
        ),
    ],
    ids=[
        "users-own-frame",
        "no-country",
        "no-calendar-note",
        "repeated-rows",
        "string-index",
        "float-index",
        "nan-index",
    ],
)
def test_schedule_rows_refuses_a_frame_normalise_rows_did_not_make(sample, change, message):
    config, _, frame, _ = sample
    with pytest.raises(fb.NotNormalised) as refused:
        fb.schedule_rows(change(frame), config.rules, NOV_20)
    assert str(refused.value) == message


@pytest.mark.parametrize(
    "column", ["client", "company", "position", "interviewers", "topic", "value_add", "problems"]
)
def test_schedule_rows_takes_a_frame_without_columns_the_rules_do_not_read(sample, column):
    config, _, frame, expected = sample
    schedule = fb.schedule_rows(frame.drop(columns=[column]), config.rules, NOV_20)
    pd.testing.assert_frame_equal(schedule.result, expected.result)
    assert schedule.explain().equals(expected.explain())


# What common pandas calls do to a normalised frame (report ot40, F5: each crashed
# schedule_rows or Schedule.explain with a raw pandas error). Harmless changes are read back as
# normalise_rows writes them: the answers, the Why text and the drafts are the frame's own
# (a text column set to NaN is a blank one).
SAME_FRAME = [
    pytest.param(lambda frame: frame.convert_dtypes(), lambda frame: frame, id="convert_dtypes"),
    pytest.param(
        lambda frame: frame.assign(interview_date=frame.interview_date.dt.tz_localize("UTC")),
        lambda frame: frame,
        id="tz-aware-utc",
    ),
    pytest.param(
        lambda frame: frame.assign(
            interview_date=frame.interview_date.dt.tz_localize("America/Los_Angeles")
        ),
        lambda frame: frame,
        id="tz-aware-los-angeles",
    ),
    pytest.param(
        lambda frame: frame.assign(interview_date=frame.interview_date.dt.date),
        lambda frame: frame,
        id="python-dates",
    ),
    pytest.param(
        lambda frame: frame.assign(last_reply=np.nan),
        lambda frame: frame.assign(last_reply=pd.NaT),
        id="nan-dates",
    ),
    pytest.param(
        lambda frame: frame.assign(industry=np.nan),
        lambda frame: frame.assign(industry=""),
        id="nan-text",
    ),
    pytest.param(
        lambda frame: frame.assign(industry=frame.industry.where(frame.index != 2)),
        lambda frame: frame.assign(industry=frame.industry.where(frame.index != 2, "")),
        id="where-on-industry",
    ),
    pytest.param(
        lambda frame: frame.assign(company=frame.company.where(frame.index != 2)),
        lambda frame: frame.assign(company=frame.company.where(frame.index != 2, None)),
        id="where-on-text",
    ),
    # .astype("category") (report ot78, F3: refused as "str values such as 'banking', not
    # text"): a categorical of text is its text, one of dates or numbers its values.
    *(
        pytest.param(
            lambda frame, name=name, dtype=dtype: frame.assign(
                **{name: frame[name].astype(dtype).astype("category")}
            ),
            lambda frame: frame,
            id=f"categorical-{name}-{dtype}",
        )
        for name, dtype in [
            ("industry", "object"),
            ("country", "object"),
            ("company", "object"),
            ("outcome", "string[pyarrow]"),
            ("round", "Int64"),
            ("interview_date", "datetime64[ns]"),
            ("needs_info", "bool"),
        ]
    ),
    pytest.param(
        lambda frame: frame.assign(
            company=frame.company.where(frame.index != 2).astype("category"),
            industry=frame.industry.where(frame.index != 2).astype("category"),
        ),
        lambda frame: frame.assign(
            company=frame.company.where(frame.index != 2, None),
            industry=frame.industry.where(frame.index != 2, ""),
        ),
        id="categorical-with-blanks",
    ),
]


@pytest.mark.parametrize(("change", "same_as"), SAME_FRAME)
def test_a_frame_changed_by_common_pandas_calls_is_scheduled_as_its_own(sample, change, same_as):
    config, _, frame, _ = sample
    expected = fb.schedule_rows(same_as(frame), config.rules, NOV_20)
    schedule = fb.schedule_rows(change(frame), config.rules, NOV_20)
    pd.testing.assert_frame_equal(schedule.result, expected.result)
    assert schedule.explain().tolist() == expected.explain().tolist()
    drafted = [
        fb.render_drafts(f, expected.next_actions, config.sender, fb.load_templates()).per_row
        for f in (change(frame), same_as(frame))
    ]
    pd.testing.assert_frame_equal(drafted[0], drafted[1])


# A column of a kind no reading makes right is refused by name, by both stages that read it.
DRAFTS_READ = ("interview_date", "applied_date")


@pytest.mark.parametrize(
    ("change", "what"),
    [
        (
            lambda frame: frame.assign(interview_date=frame.interview_date.dt.strftime("%d/%m/%Y")),
            "its column interview_date holds text such as '20/11/2026', not dates; make it dates "
            "first (frame['interview_date'] = pd.to_datetime(frame['interview_date'], "
            "format=...))",
        ),
        (
            lambda frame: frame.assign(industry=3.5),
            "its column industry holds float values such as 3.5, not text",
        ),
        (
            lambda frame: frame.assign(applied_date=frame.index),
            "its column applied_date holds int values such as 2, not dates; make it dates first "
            "(frame['applied_date'] = pd.to_datetime(frame['applied_date'], format=...))",
        ),
        (
            lambda frame: frame.assign(needs_info="no"),
            "its column needs_info holds text such as 'no', not True/False",
        ),
        (
            lambda frame: frame.assign(industry=pd.Categorical([3] * len(frame))),
            "its column industry holds a categorical of int values such as 3, not text",
        ),
        (
            lambda frame: frame.assign(
                applied_date=frame.applied_date.dt.strftime("%d/%m/%Y").astype("category")
            ),
            "its column applied_date holds a categorical of text such as '13/11/2026', not "
            "dates; make it dates first (frame['applied_date'] = "
            "pd.to_datetime(frame['applied_date'], format=...))",
        ),
    ],
    ids=[
        "day-first-text-dates",
        "number-as-industry",
        "numbers-as-dates",
        "text-as-yes-no",
        "categorical-of-numbers-as-industry",
        "categorical-of-text-dates",
    ],
)
def test_a_column_of_another_kind_is_refused_by_name(sample, change, what) -> None:
    config, _, frame, schedule = sample
    with pytest.raises(fb.NotNormalised) as refused:
        fb.schedule_rows(change(frame), config.rules, NOV_20)
    assert str(refused.value) == WANTS + what
    if change(frame).columns[frame.dtypes != change(frame).dtypes][0] not in DRAFTS_READ:
        return
    with pytest.raises(fb.NotNormalised) as refused:
        fb.render_drafts(change(frame), schedule.next_actions, config.sender, fb.load_templates())
    assert str(refused.value) == WANTS.replace("schedule_rows", "render_drafts") + what


def test_render_drafts_refuses_actions_of_another_frame(sample) -> None:
    config, _, frame, schedule = sample
    with pytest.raises(fb.NotNormalised) as refused:
        fb.render_drafts(frame.iloc[:5], schedule.next_actions, config.sender, fb.load_templates())
    assert str(refused.value) == (
        "render_drafts takes the next actions of the frame's own rows "
        "(schedule_rows(frame, ...).next_actions): 43 actions for 5 rows"
    )


TABLE_ROWS = (
    "normalise_rows takes a table read_trackers gives (read_trackers(path, config.reading)), "
    "its cells indexed by the tracker's rows; in table.cells "
)


@pytest.mark.parametrize(
    ("index", "message"),
    [
        (
            lambda index: index.astype(float),
            TABLE_ROWS + "its index is the tracker's row numbers as integers, not floats such "
            "as 2.0 (table.cells.index = table.cells.index.astype(int) turns them back)",
        ),
        (
            lambda index: [2, 2, 3, *index[3:]],
            TABLE_ROWS + "its index is the tracker's row numbers, each once; this one repeats 2 "
            "(read the tracker again)",
        ),
        (
            lambda index: [f"row {n}" for n in index],
            TABLE_ROWS + "its index is the tracker's row numbers (whole numbers), not labels "
            "such as 'row 2'",
        ),
    ],
    ids=["float-index", "repeated-rows", "string-index"],
)
def test_normalise_rows_refuses_a_table_whose_cells_are_not_its_rows(sample, index, message):
    config, table, _, _ = sample
    changed = dataclasses.replace(table, cells=table.cells.set_axis(index(table.cells.index)))
    with pytest.raises(fb.WrongArgument) as refused:
        fb.normalise_rows(changed, config.reading, as_of=NOV_20)
    assert str(refused.value) == message


def test_normalise_rows_takes_a_table_of_some_of_its_rows(sample) -> None:
    config, table, frame, _ = sample
    some = dataclasses.replace(table, cells=table.cells.loc[[2, 5, 9]])
    assert fb.normalise_rows(some, config.reading, as_of=NOV_20).index.tolist() == [2, 5, 9]


OWNED = (
    "write_results takes the owned columns of the table's own rows (indexed by its row "
    "numbers; columns status … problems, write.columns.OWNED_COLUMNS); "
)


@pytest.mark.parametrize("name", ["tracker.csv", "tracker.xlsx"])
@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda owned: owned.set_axis(owned.index + 1000),  # another tracker's rows
            OWNED + "this one has rows 1002, 1003, 1004, 1005, 1006 and 38 more, which {where} "
            "does not have",
        ),
        (lambda owned: owned.drop(columns=["status"]), OWNED + "this one lacks the columns status"),
        (
            lambda owned: owned.set_axis(owned.index.astype(float)),
            OWNED + "its index is the tracker's row numbers as integers, not floats such as 2.0 "
            "(owned.index = owned.index.astype(int) turns them back)",
        ),
        (
            lambda owned: pd.concat([owned, owned.loc[[3]]]),
            OWNED + "its index is the tracker's row numbers, each once; this one repeats 3",
        ),
        (lambda owned: owned.to_dict(), OWNED + "this is a dict, not a DataFrame"),
    ],
    ids=["other-rows", "no-status", "float-index", "repeated-row", "dict"],
)
def test_write_results_refuses_owned_columns_of_other_rows(tmp_path, name, change, message):
    from followup_batch.compute import compute_sheet

    path = tmp_path / name
    path.write_bytes((ROOT / "sample_data" / name).read_bytes())
    config = fb.load_config(None)
    (table,) = fb.read_trackers(path, config.reading)
    owned = compute_sheet(table, config, NOV_20).output
    with pytest.raises(fb.WrongArgument) as refused:
        fb.write_results(table, change(owned), path, NOV_20)
    where = "tracker.csv" if name == "tracker.csv" else "tracker.xlsx [Interviews]"
    assert str(refused.value) == message.format(where=where)
    assert path.read_bytes() == (ROOT / "sample_data" / name).read_bytes()  # nothing written
    assert not list(tmp_path.glob(".followup-backups/*"))


def shown_answers(path: Path) -> dict[int, tuple[str, str]]:
    """Each tracker row's follow-up status and Why, by Excel row, as the file shows them."""
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = [tuple(record) for record in csv.reader(handle)]
    else:
        book = openpyxl.load_workbook(path, read_only=True)
        rows = [tuple(values) for values in book["Interviews"].iter_rows(values_only=True)]
        book.close()
    status, why = rows[0].index("Follow-up status"), rows[0].index("Why")
    return {at: (row[status] or "", row[why] or "") for at, row in enumerate(rows[1:], 2)}


def status_colours(path: Path) -> list[str]:
    """The cells a workbook's status colours reach (none in a CSV)."""
    if path.suffix == ".csv":
        return []
    sheet = openpyxl.load_workbook(path)["Interviews"]
    return sorted(str(colour.sqref) for colour in sheet.conditional_formatting)


# Some of a table's rows written again, as of a later date: the rows passed show the new
# answers, every other row what it had (the first write's, as of Nov 20), in any order.
DEC_4 = dt.date(2026, 12, 4)
# Rows 2, 3, 5 and 9 as a person reads them (status, and the step the Why text explains).
NOV_20_SHOWN = [
    "Due soon: Thank-you note",
    "Due today: Thank-you note",
    "Overdue: 2nd check-in",
    "Scheduled: 1st check-in",
]
DEC_4_SHOWN = [
    "Overdue: 1st check-in",
    "Overdue: 1st check-in",
    "Overdue: Final follow-up",
    "Overdue: 1st check-in",
]
SOME_ROWS_SHOWN = [DEC_4_SHOWN[0], NOV_20_SHOWN[1], *DEC_4_SHOWN[2:]]  # row 3 not passed


@pytest.mark.parametrize("name", ["tracker.csv", "tracker.xlsx"])
@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (lambda owned: owned.loc[[2, 5, 9]], SOME_ROWS_SHOWN),
        (lambda owned: owned.loc[[9, 2, 5]], SOME_ROWS_SHOWN),
        (lambda owned: owned, DEC_4_SHOWN),
        (lambda owned: owned.iloc[::-1], DEC_4_SHOWN),
        (lambda owned: owned.iloc[:0], NOV_20_SHOWN),
    ],
    ids=["some-rows", "some-rows-reordered", "all-rows", "all-rows-reordered", "no-rows"],
)
def test_write_results_leaves_the_rows_not_passed_as_they_were(tmp_path, name, rows, expected):
    from followup_batch.compute import compute_sheet

    path = tmp_path / name
    path.write_bytes(sample_bytes(name))
    config = fb.load_config(None)
    (table,) = fb.read_trackers(path, config.reading)
    first = compute_sheet(table, config, NOV_20).output
    assert fb.write_results(table, first, path, NOV_20)
    colours = status_colours(path)
    (table,) = fb.read_trackers(path, config.reading)
    later = compute_sheet(table, config, DEC_4).output
    passed = rows(later)
    fb.write_results(table, passed, path, DEC_4)
    assert status_colours(path) == colours  # to the last row: B2:B44, not B2:B9
    shown = shown_answers(path)
    assert [f"{shown[row][0]}: {shown[row][1].split(':')[0]}" for row in (2, 3, 5, 9)] == expected
    for row in table.cells.index:
        answer = (later if row in passed.index else first).loc[row, ["status", "why"]]
        assert shown[row] == tuple(answer), row
    written = path.read_bytes()
    assert not fb.write_results(table, passed, path, DEC_4)  # a second run changes nothing
    assert path.read_bytes() == written


def test_normalise_rows_refuses_a_dataframe(sample) -> None:
    config = sample[0]
    with pytest.raises(fb.WrongArgument) as refused:
        fb.normalise_rows(pd.read_csv(SAMPLE), config.reading, as_of=NOV_20)
    assert isinstance(refused.value, TypeError)
    assert str(refused.value) == (
        "normalise_rows takes a table read_trackers gives (read_trackers(path, config.reading)), "
        "not a DataFrame; save a DataFrame of your own as a CSV file (df.to_csv) and read that"
    )


@pytest.mark.parametrize(
    "patterns",
    [
        str(SAMPLE),
        SAMPLE,
        [str(SAMPLE)],
        [SAMPLE],
        (p for p in [SAMPLE]),
    ],
    ids=["str", "path", "list-of-str", "list-of-path", "generator"],
)
def test_find_trackers_takes_one_path_or_many(patterns) -> None:
    assert list(fb.find_trackers(patterns)) == [SAMPLE]


@pytest.mark.parametrize("path", [str(SAMPLE), SAMPLE], ids=["str", "path"])
def test_process_file_and_process_files_take_a_str_or_a_path(path) -> None:
    """A str path crashed process_file with AttributeError (report ot33, F8)."""
    from followup_batch.batch import process_files

    config, options = fb.load_config(None), fb.RunOptions(as_of=NOV_20, dry_run=True)
    (report,) = fb.process_file(path, config, options)
    assert report.rows == 43
    for files in (path, [path]):
        ((done, (report,)),) = process_files(files, config, options)
        assert (done, report.rows) == (SAMPLE, 43)


PATHS = "a path, folder or glob (a str or pathlib.Path), or a list of them"
FILE = "a file's path (a str or pathlib.Path)"


# A value that is no path, refused by name when the function is called, not when its results
# are read (report ot33, F8: find_trackers(None) and (5) raised a bare TypeError only once
# iterated, b"x" one about an int, process_file(3) an AttributeError).
@pytest.mark.parametrize(
    ("value", "finding", "processing"),
    [
        (None, f"{PATHS}, not NoneType None", f"{FILE}, not NoneType None"),
        (5, f"{PATHS}, not int 5", f"{FILE}, not int 5"),
        (b"x.csv", f"{PATHS}, not bytes b'x.csv'", f"{FILE}, not bytes b'x.csv'"),
        ([SAMPLE, None], f"{PATHS}, not NoneType None", f"{FILE}, not list [{SAMPLE!r}, None]"),
    ],
    ids=["none", "int", "bytes", "a list holding none"],
)
def test_a_value_that_is_no_path_is_refused_by_name(value, finding, processing) -> None:
    from followup_batch.batch import process_files

    config, options = fb.load_config(None), fb.RunOptions(as_of=NOV_20, dry_run=True)
    calls = {
        "find_trackers": (lambda: fb.find_trackers(value), finding),
        "process_file": (lambda: fb.process_file(value, config, options), processing),
        "process_files": (
            lambda: process_files(value, config, options),
            finding.replace("a path, folder or glob", "a file's path"),
        ),
    }
    for name, (call, said) in calls.items():
        with pytest.raises(fb.WrongArgument) as refused:
            call()
        assert isinstance(refused.value, TypeError)
        assert str(refused.value) == f"{name} takes {said}"


# The slips a notebook makes, refused in one line naming what was given, by its kind (report
# ot40, F6: AttributeErrors from deep inside, and a DataFrame's whole repr in a message).
CONFIG = "Config"
WRONG_KIND = [
    pytest.param(
        lambda c, t, f, s: fb.normalise_rows(t, c, as_of=NOV_20),
        "normalise_rows takes config.reading (a ReadOptions) as options, not Config; "
        "pass config.reading",
        id="normalise_rows-config",
    ),
    pytest.param(
        lambda c, t, f, s: fb.schedule_rows(f, c, NOV_20),
        "schedule_rows takes config.rules (a RuleSet) as rules, not Config; pass config.rules",
        id="schedule_rows-config",
    ),
    pytest.param(
        lambda c, t, f, s: fb.read_trackers(SAMPLE, c),
        "read_trackers takes config.reading (a ReadOptions) as options, not Config; "
        "pass config.reading",
        id="read_trackers-config",
    ),
    pytest.param(
        lambda c, t, f, s: fb.read_trackers(pd.read_csv(SAMPLE), c.reading),
        "read_trackers takes a file's path (a str or pathlib.Path), not DataFrame",
        id="read_trackers-dataframe",
    ),
    pytest.param(
        lambda c, t, f, s: fb.process_file(pd.read_csv(SAMPLE), c, fb.RunOptions(as_of=NOV_20)),
        "process_file takes a file's path (a str or pathlib.Path), not DataFrame",
        id="process_file-dataframe",
    ),
    pytest.param(
        lambda c, t, f, s: list(fb.find_trackers(pd.read_csv(SAMPLE))),
        "find_trackers takes a path, folder or glob (a str or pathlib.Path), or a list of them, "
        "not DataFrame",
        id="find_trackers-dataframe",
    ),
    pytest.param(
        lambda c, t, f, s: fb.process_file(SAMPLE, c, "2026-11-20"),
        "process_file takes a RunOptions as options, not str '2026-11-20'; "
        "pass fb.RunOptions(as_of=...)",
        id="process_file-as-of-for-options",
    ),
    pytest.param(
        lambda c, t, f, s: fb.process_file(SAMPLE, None, fb.RunOptions(as_of=NOV_20)),
        "process_file takes a Config as config, not NoneType None; "
        "pass fb.load_config(path or None)",
        id="process_file-no-config",
    ),
    pytest.param(
        lambda c, t, f, s: fb.render_drafts(f, s.next_actions, None, fb.load_templates()),
        "render_drafts takes a Mapping as sender, not NoneType None; pass config.sender (a dict)",
        id="render_drafts-no-sender",
    ),
    pytest.param(
        lambda c, t, f, s: fb.render_drafts(f, s.next_actions, c.sender, None),
        "render_drafts takes a Templates as templates, not NoneType None; pass fb.load_templates()",
        id="render_drafts-no-templates",
    ),
    pytest.param(
        lambda c, t, f, s: fb.render_drafts(f, s, c.sender, fb.load_templates()),
        "render_drafts takes a NextActions as actions, not Schedule; pass schedule.next_actions",
        id="render_drafts-schedule-for-actions",
    ),
    pytest.param(
        lambda c, t, f, s: fb.render_drafts(
            f, s.next_actions, c.sender, fb.load_templates(), table=f
        ),
        "render_drafts takes a RawTable as table, not DataFrame; pass the table read_trackers gave",
        id="render_drafts-frame-for-table",
    ),
    pytest.param(
        lambda c, t, f, s: fb.load_templates(3),
        "load_templates takes a folder's path or None, not int 3",
        id="load_templates-int",
    ),
]


@pytest.mark.parametrize(("call", "message"), WRONG_KIND)
def test_a_value_of_the_wrong_kind_is_refused_in_one_line(sample, call, message) -> None:
    with pytest.raises(fb.WrongArgument) as refused:
        call(*sample)
    assert isinstance(refused.value, TypeError)
    assert str(refused.value) == message


@pytest.mark.parametrize("path", ["nope.csv", Path("nope.csv")], ids=["str", "path"])
def test_process_file_of_no_file_says_so(tmp_path, monkeypatch, path) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(fb.FollowupError) as refused:
        fb.process_file(path, fb.load_config(None), fb.RunOptions(as_of=NOV_20))
    assert str(refused.value) == "nope.csv: no such file"
    assert list(tmp_path.iterdir()) == []  # no lock file, no backups folder


@pytest.mark.parametrize(
    "output", ["out/checked.xlsx", Path("out/checked.xlsx")], ids=["str", "path"]
)
def test_process_file_writes_to_an_output_given_as_a_str(tmp_path, monkeypatch, output) -> None:
    """RunOptions(output="checked.xlsx") crashed with AttributeError (report ot40, F7)."""
    monkeypatch.chdir(tmp_path)
    original = (ROOT / "sample_data" / "tracker.xlsx").read_bytes()
    Path("tracker.xlsx").write_bytes(original)
    options = fb.RunOptions(as_of=NOV_20, output=output)
    (report,) = fb.process_file("tracker.xlsx", fb.load_config(None), options)
    assert report.written == Path("out/checked.xlsx")
    assert Path("tracker.xlsx").read_bytes() == original
    sheet = openpyxl.load_workbook("out/checked.xlsx")["Interviews"]
    header = [cell.value for cell in sheet[1]]
    row_2 = {name: cell.value for name, cell in zip(header, sheet[2], strict=True)}
    assert (row_2["Next action"], row_2["Next due"]) == (
        "Thank-you note",
        dt.datetime(2026, 11, 21),
    )


NO_CLIENT_COLUMN = (
    "Company,Position,Interview Date,Interview Type,Interviewer,Interviewer Email,Thank-you Sent\n"
    "Bolt plc,Data Scientist,2026-12-18,Onsite,Ann Lee,ann@bolt.example,2026-12-18\n"
)
MAYA = '[sender]\nname = "Maya Chen"\n'
COACH = (
    '[sender]\nname = "Sam Coach"\nemail = "sam@coach.example"\n'
    '[clients."Maya Chen"]\nemail = "maya@example.com"\nphone = "+1 555 0100"\n'
)
REACH_MAYA = [
    "I am very interested in this opportunity, and I look forward to hearing about the next "
    "steps whenever you are ready. If any further information would help, you can reach me at "
    "maya@example.com or +1 555 0100.",
    "",
    "Thank you again for your time and consideration.",
    "",
    "Best regards,",
    "Maya Chen",
]


# The README's library flow signs as `followup-batch run` signs (report ot40, F3: a tracker
# without a Client column was signed with its file's name, "Job Tracker", and a coach's client
# details were left out): row 2's draft is the one the run writes, ending as shown.
@pytest.mark.parametrize(
    ("name", "text", "config", "as_of", "ending"),
    [
        ("Job Tracker.csv", NO_CLIENT_COLUMN, MAYA, "2026-12-21", ["Best regards,", "Maya Chen"]),
        ("jobs.csv", NO_CLIENT_COLUMN, MAYA, "2026-12-21", ["Best regards,", "Maya Chen"]),
        ("jobs.csv", NO_CLIENT_COLUMN, "", "2026-12-21", ["", "Best regards,"]),
        ("tracker.csv", SAMPLE.read_text(encoding="utf-8"), COACH, "2026-11-20", REACH_MAYA),
    ],
    ids=["job-tracker", "jobs", "no-sender", "coach-client"],
)
def test_the_library_flow_signs_as_a_run_does(tmp_path, name, text, config, as_of, ending):
    (tmp_path / "c.toml").write_text(config, encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    config = fb.load_config(tmp_path / "c.toml")
    (table,) = fb.read_trackers(tmp_path / name, config.reading)
    frame = fb.normalise_rows(table, config.reading, as_of=as_of)
    schedule = fb.schedule_rows(frame, config.rules, as_of)
    drafts = fb.render_drafts(
        frame,
        schedule.next_actions,
        config.sender,
        fb.load_templates(config.templates),
        clients=config.clients,
        table=table,
        as_of=as_of,
    )
    fb.process_file(tmp_path / name, config, fb.RunOptions(as_of=as_of))
    with open(tmp_path / name, encoding="utf-8", newline="") as written:
        row_2 = next(csv.DictReader(written))
    draft = drafts.per_row.loc[2, "draft"]
    assert draft == row_2["Draft"]
    assert draft.splitlines()[-len(ending) :] == ending


@pytest.mark.parametrize("path", ["nope.toml", Path("nope.toml")], ids=["str", "path"])
def test_load_config_takes_a_str_or_a_path(tmp_path, monkeypatch, path) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(fb.FollowupError) as refused:
        fb.load_config(path)
    assert str(refused.value) == "cannot read config nope.toml: No such file or directory"
    (tmp_path / "nope.toml").write_text("[sender]\nname = 'Ann Lee'\n", encoding="utf-8")
    assert fb.load_config(path).sender["name"] == "Ann Lee"


def test_the_package_says_it_is_typed() -> None:
    """A user's mypy reads the package's hints only with a py.typed marker (PEP 561)."""
    assert (ROOT / "followup_batch" / "py.typed").is_file()
    assert os.path.exists(Path(fb.__file__).with_name("py.typed"))


# A person's edits in the tool's columns after a run: a paragraph added to row 2's Draft, a
# note typed into its Why. write_results keeps or saves them as a run does (ot40 F1).
OWN_PARAGRAPH = "MY OWN PARAGRAPH."
NOTE = "Dana said she'd call Monday"


def tracker_cells(path: Path) -> tuple[list[str], list[list[str]]]:
    """A tracker's header and rows as a person reads them: text, '' for an empty cell."""
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            header, *rows = list(csv.reader(handle))
        return header, rows
    sheet = openpyxl.load_workbook(path)["Interviews"]
    header, *rows = [
        ["" if v is None else str(v) for v in values]
        for values in sheet.iter_rows(values_only=True)
    ]
    return header, rows


def edit_row_2(path: Path) -> str:
    """Add a paragraph to row 2's Draft and type a note into its Why, as a person does in
    Excel or a text editor; the edited draft."""
    header, rows = tracker_cells(path)
    draft, why = header.index("Draft"), header.index("Why")
    edited = rows[0][draft].replace("Hi Dana,", f"Hi Dana,\n\n{OWN_PARAGRAPH}", 1)
    if path.suffix == ".csv":
        rows[0][draft], rows[0][why] = edited, NOTE
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\r\n").writerows([header, *rows])
    else:
        book = openpyxl.load_workbook(path)
        book["Interviews"].cell(2, draft + 1).value = edited
        book["Interviews"].cell(2, why + 1).value = NOTE
        book.save(path)
    return edited


def saved_edits(path: Path) -> list[str]:
    """The .edited.txt entries of ``path``, without the time of the run that saved each."""
    saved = path.parent / ".followup-backups" / f"{path.name}.edited.txt"
    if not saved.exists():
        return []
    entries = saved.read_text(encoding="utf-8").split("=== ")[1:]
    return [
        entry.split("; replaced by the run of ")[0] + " | " + entry.split(":\n", 1)[1]
        for entry in entries
    ]


def library_owned(table: fb.RawTable, config: fb.Config, as_of: dt.date):
    """The owned columns as the README's library flow builds them, and the normalised frame."""
    frame = fb.normalise_rows(table, config.reading, as_of=as_of)
    schedule = fb.schedule_rows(frame, config.rules, as_of)
    drafts = fb.render_drafts(
        frame,
        schedule.next_actions,
        config.sender,
        fb.load_templates(),
        clients=config.clients,
        as_of=as_of,
    )
    owned = schedule.result.join(drafts.per_row).assign(
        why=schedule.explain(), problems=frame["problems"].str.join("\n")
    )
    return owned[list(fb.OWNED_COLUMNS)], frame


# Where row 2's Draft and Why are: the tool's columns come after the person's, and the
# sample workbook has two columns more than the CSV.
CELLS = {
    "tracker.csv": ('AH2 ("Draft")', 'AI2 ("Why")'),
    "tracker.xlsx": ('Interviews!AI2 ("Draft")', 'Interviews!AJ2 ("Why")'),
}
KEPT_LINE = (
    '{draft}: your edited text is kept ("…MY OWN PARAGRAPH. Thank you for taking the time to '
    "speak…\"): the row's next action is the one it was written for; once that moves on, a "
    "new draft replaces it and your text is saved in .followup-backups"
)
DRAFT_SAVED_LINE = (
    '{draft}: your text ("Hi Dana, MY OWN PARAGRAPH. Thank you for taking the time to…") was '
    "replaced: write_results was given no frame (frame=) to tell which message it was written "
    "for. It is saved in .followup-backups/{name}.edited.txt"
)
WHY_SAVED_LINE = (
    '{why}: your text ("Dana said she\'d call Monday") was replaced: the tool rewrites this '
    "column on every run; keep notes in a column of your own. It is saved in "
    ".followup-backups/{name}.edited.txt"
)
ROW_2 = "row of Brightwave — Senior Product Manager"


@pytest.mark.parametrize("name", ["tracker.csv", "tracker.xlsx"])
@pytest.mark.parametrize(
    ("with_frame", "told_in", "said", "draft_kept", "saved"),
    [
        (True, "warnings", [KEPT_LINE, WHY_SAVED_LINE], True, ["why"]),
        (True, "notices", [KEPT_LINE, WHY_SAVED_LINE], True, ["why"]),
        (False, "warnings", [DRAFT_SAVED_LINE, WHY_SAVED_LINE], False, ["draft", "why"]),
    ],
    ids=["frame-warned", "frame-notices", "no-frame"],
)
def test_write_results_keeps_or_saves_what_a_person_typed(
    tmp_path, name, with_frame, told_in, said, draft_kept, saved
):
    """After a run, a person edits row 2's Draft and Why; the library's write keeps the draft
    (given the frame: its row's step is unchanged) and saves the note before replacing it, as
    process_file does on the same edit, and says so; the next run finds nothing new."""
    config = fb.load_config(None)
    paths = {}
    for who in ("library", "run"):
        paths[who] = tmp_path / who / name
        paths[who].parent.mkdir()
        paths[who].write_bytes(sample_bytes(name))
        fb.process_file(paths[who], config, fb.RunOptions(as_of=NOV_20))
        edited = edit_row_2(paths[who])
    path = paths["library"]
    (table,) = fb.read_trackers(path, config.reading)
    owned, frame = library_owned(table, config, NOV_20)
    tool_draft, tool_why = owned.loc[2, ["draft", "why"]]
    given = {"frame": frame} if with_frame else {}
    draft_cell, why_cell = CELLS[name]
    expected = [line.format(draft=draft_cell, why=why_cell, name=name) for line in said]
    if told_in == "notices":
        notices: list[str] = []
        assert fb.write_results(table, owned, path, NOV_20, notices=notices, **given)
        assert notices == expected
    else:
        with pytest.warns(UserWarning) as warned:
            assert fb.write_results(table, owned, path, NOV_20, **given)
        assert [str(w.message) for w in warned] == expected
    header, rows = tracker_cells(path)
    draft, why = header.index("Draft"), header.index("Why")
    assert rows[0][draft] == (edited if draft_kept else tool_draft)
    assert rows[0][why] == tool_why
    texts = {"draft": edited, "why": NOTE}
    cells = {"draft": draft_cell, "why": why_cell}
    assert saved_edits(path) == [f"{cells[key]}, {ROW_2} | {texts[key]}\n\n" for key in saved]
    if with_frame:  # the library's write is the run's: the same cells, the same texts saved
        fb.process_file(paths["run"], config, fb.RunOptions(as_of=NOV_20))
        assert tracker_cells(path)[1][0][draft] == tracker_cells(paths["run"])[1][0][draft]
        assert saved_edits(path) == saved_edits(paths["run"])
    # What was written is remembered: the next run tells it from the person's, finds no
    # new edit, saves nothing more; and a second write changes nothing.
    (table,) = fb.read_trackers(path, config.reading)
    assert not fb.write_results(table, owned, path, NOV_20, **given)
    [report] = fb.process_file(path, config, fb.RunOptions(as_of=NOV_20))
    assert [n for n in report.notices if "your " in n] == []
    assert tracker_cells(path)[1][0][draft] == rows[0][draft]
    assert tracker_cells(path)[1][0][why] == tool_why
    assert len(saved_edits(path)) == len(saved)


@pytest.mark.parametrize("name", ["tracker.csv", "tracker.xlsx"])
def test_write_results_to_another_file_leaves_the_tracker_and_its_edits(tmp_path, name):
    """Written to another file (run --output), the tracker keeps the person's texts as they
    are: nothing is replaced there, nothing saved, nothing said."""
    config = fb.load_config(None)
    path = tmp_path / name
    path.write_bytes(sample_bytes(name))
    fb.process_file(path, config, fb.RunOptions(as_of=NOV_20))
    edit_row_2(path)
    before = path.read_bytes()
    (table,) = fb.read_trackers(path, config.reading)
    owned, frame = library_owned(table, config, NOV_20)
    copy = tmp_path / f"checked{path.suffix}"
    assert fb.write_results(table, owned, copy, NOV_20, frame=frame)
    assert path.read_bytes() == before
    assert saved_edits(path) == []
    header, rows = tracker_cells(copy)
    assert rows[0][header.index("Why")] == owned.loc[2, "why"]


NO_RECORD = "no record of the tool's last run here (renamed or moved?)"
THEN = (
    "the tool's texts as of Fri 2026-11-20 (when, its header note says, it last ran), edited by "
    "hand or written by another run,"
)


# A tracker the tool wrote on Nov 20, copied without its .followup-backups folder, written by
# a script on Dec 4: the texts the tool wrote then are its own, not the person's. A workbook
# says when the tool last wrote it (its header note): they are computed again as of that day,
# as a run does, and only the person's note is saved. A CSV says no date: each text that
# differs is saved, said in one line, and so is each due date that differs (ot83 F5).
@pytest.mark.parametrize(
    ("name", "note", "config", "said", "saved"),
    [
        ("tracker.xlsx", False, "given", [], 0),
        ("tracker.xlsx", False, "defaults", [], 0),
        (
            "tracker.xlsx",
            True,
            "given",
            [
                f"{NO_RECORD}: 1 Why cell differs from {THEN} and was rewritten; the text replaced "
                "is in .followup-backups/tracker.xlsx.edited.txt"
            ],
            1,
        ),
        (
            "tracker.csv",
            False,
            "given",
            [
                f"{NO_RECORD}: 14 Next due cells, 9 Draft subject cells, 10 Draft cells and 17 "
                "Why cells differ from what this run writes (edited by hand, or written by another "
                "run) and were rewritten; the texts replaced are in "
                ".followup-backups/tracker.csv.edited.txt"
            ],
            50,
        ),
    ],
)
def test_write_results_without_a_record_tells_the_tools_old_texts_from_yours(
    tmp_path, name, note, config, said, saved
):
    defaults = fb.load_config(None)
    path = tmp_path / name
    path.write_bytes(sample_bytes(name))
    fb.process_file(path, defaults, fb.RunOptions(as_of=NOV_20))
    shutil.rmtree(tmp_path / ".followup-backups")  # copied without it
    if note:
        book = openpyxl.load_workbook(path)
        sheet = book["Interviews"]
        why = [cell.value for cell in sheet[1]].index("Why") + 1
        sheet.cell(2, why).value = NOTE
        book.save(path)
    dec_4 = dt.date(2026, 12, 4)
    (table,) = fb.read_trackers(path, defaults.reading)
    owned, frame = library_owned(table, defaults, dec_4)
    given = {"config": defaults} if config == "given" else {}
    notices: list[str] = []
    assert fb.write_results(table, owned, path, dec_4, frame=frame, notices=notices, **given)
    assert notices == said
    assert len(saved_edits(path)) == saved
    if note:
        assert saved_edits(path) == [f'Interviews!AJ2 ("Why"), {ROW_2} | {NOTE}\n\n']
    header, rows = tracker_cells(path)
    assert [row[header.index("Why")] for row in rows] == [
        owned["why"].get(row, "") for row in range(2, len(rows) + 2)
    ]


def test_write_results_refuses_a_config_that_is_not_one(tmp_path):
    config = fb.load_config(None)
    path = tmp_path / "tracker.xlsx"
    path.write_bytes((ROOT / "sample_data" / "tracker.xlsx").read_bytes())
    (table,) = fb.read_trackers(path, config.reading)
    owned, frame = library_owned(table, config, NOV_20)
    with pytest.raises(fb.WrongArgument) as refused:
        fb.write_results(table, owned, path, NOV_20, frame=frame, config=config.rules)
    assert str(refused.value) == (
        "write_results's config is the Config owned was computed with (load_config(…)), not RuleSet"
    )
    assert path.read_bytes() == (ROOT / "sample_data" / "tracker.xlsx").read_bytes()


@pytest.mark.parametrize(
    "change",
    [
        lambda frame: frame.set_axis(frame.index + 1000),  # another tracker's rows
        lambda frame: frame.loc[[2, 3]],  # not every row owned has
        lambda frame: frame.to_dict(),
    ],
    ids=["other-rows", "some-rows", "dict"],
)
def test_write_results_refuses_a_frame_of_other_rows(tmp_path, change):
    config = fb.load_config(None)
    path = tmp_path / "tracker.csv"
    path.write_bytes(SAMPLE.read_bytes())
    (table,) = fb.read_trackers(path, config.reading)
    owned, frame = library_owned(table, config, NOV_20)
    with pytest.raises(fb.WrongArgument) as refused:
        fb.write_results(table, owned, path, NOV_20, frame=change(frame))
    assert str(refused.value) == (
        "write_results's frame is the normalised frame owned was computed from "
        "(normalise_rows(table, …)), holding every row owned has"
    )
    assert path.read_bytes() == SAMPLE.read_bytes()
    assert not list(tmp_path.glob(".followup-backups/*"))


# What a notebook shows of a report: one line, not its frames (report ot40, F10).
@pytest.mark.parametrize(
    ("options", "shown"),
    [
        (
            {"dry_run": True},
            "<SheetReport tracker.csv: 43 rows — 2 Needs info, 5 Overdue, 4 Due today, "
            "10 Due soon, 7 Scheduled, 3 Waiting, 1 Not applied, 4 Moved on, 7 Closed; 2 with "
            "problems; not written; 1 note, 2 problems, 37 messages>",
        ),
        (
            {"dry_run": True, "collect": True},
            "<SheetReport tracker.csv: 43 rows — 2 Needs info, 5 Overdue, 4 Due today, "
            "10 Due soon, 7 Scheduled, 3 Waiting, 1 Not applied, 4 Moved on, 7 Closed; 2 with "
            "problems; not written; 1 note, 2 problems, 37 messages, 35 due items>",
        ),
    ],
    ids=["dry-run", "collected"],
)
def test_a_report_shows_as_one_line(options, shown) -> None:
    (report,) = fb.process_file(
        SAMPLE, fb.load_config(None), fb.RunOptions(as_of=NOV_20, **options)
    )
    assert repr(report) == shown


def test_a_schedule_of_no_rows_has_the_kinds_of_one_of_many(sample) -> None:
    config, _, frame, schedule = sample
    empty = fb.schedule_rows(frame.head(0), config.rules, NOV_20).result
    assert empty.dtypes.to_dict() == schedule.result.dtypes.to_dict()
