"""A dataset run on the pandas engine: the same answers as the workbook path, bad rows as
Problems, OUT published whole or not at all, the digest per coach, and the command line."""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import errno
import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyarrow")  # the [dask] extra, which CI installs

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.dataset as pads
import pyarrow.parquet as pq
from click.testing import CliRunner
from interview_dataset import interview_table, write_csv_files, write_dataset

from followup_batch.cli import main
from followup_batch.compute import compute_sheet
from followup_batch.config import Config
from followup_batch.datasets import DATASET_COLUMNS, DatasetError, run_dataset
from followup_batch.exports.digest import PAGE_LIMITS
from followup_batch.exports.files import MARK
from followup_batch.read import read_trackers
from followup_batch.write.columns import OWNED_COLUMNS, OWNED_DATE_COLUMNS

AS_OF = dt.date(2026, 11, 20)
TRACKER_CSV = """\
Client,Company,Position,Interview Date,Interviewer,Interviewer Email,Interview Type,Seniority,\
Industry,Decision Date,Thank-you Sent,Check-in 1 Sent,Last Reply,Outcome,Country,Topic
Maya Chen,Brightwave,Data Analyst,2026-11-20,Sam Patel; Jo Lee,sam@bw.example,Video,Senior,\
Software,,,,,,US,the Q3 roadmap
Maya Chen,,Engineer,2026-11-10,Alex Kim,,Phone,,Banking,next week,yes,,,,GB,
Maya Chen,Globex,Analyst,31/02/2026,,,Onsite,wizard,,,,,,,DE-BY,
Jonas Weber,Initech,PM,2026-10-01,"Ruth
Meyer",ruth@initech.example,Final,VP,Government,,x,2026-10-09,,Offer,US,
Jonas Weber,Hooli,Designer,2026-09-14,Dana Cole,,panel,junior,Retail,in 2 weeks,2026-09-15,\
2026-09-25,2026-10-02,,Narnia,
Jonas Weber,Umbrella,Chemist,2026-07-01,,,other,mid,Healthcare,,,,,rejected,US-CA,
Priya Raman,Stark,Engineer,2026-11-18,Pepper Potts,pp@stark.example,final round,staff,Tech,\
within 5 business days,,,,,IL,arc reactors
Priya Raman,Wayne,Analyst,2026-11-02,,,Zoom,,Finance,Friday,2026-11-02,2026-11-12,,,US,
"""


def owned_frame(path: Path) -> pd.DataFrame:
    """OUT's owned columns in row order, as plain values (dates as Timestamps, text)."""
    frame = pads.dataset(path, format="parquet").to_table().to_pandas()
    owned = frame[list(DATASET_COLUMNS.values())].rename(
        columns={v: k for k, v in DATASET_COLUMNS.items()}
    )
    for key in OWNED_COLUMNS:
        if key in OWNED_DATE_COLUMNS:
            owned[key] = pd.to_datetime(owned[key]).astype("datetime64[ns]")
        else:
            owned[key] = owned[key].astype(object).fillna("").astype(str)
    return owned.reset_index(drop=True)


def run(data: Path | str, out: Path, **options: object) -> object:
    return run_dataset(str(data), out, Config(), AS_OF, **options)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def dask_scheduler() -> Iterator[str]:
    """One local cluster for this module's Dask runs, as a run starts its own (two single-
    threaded worker processes, ``LOCAL_CLUSTER``). A run without a scheduler starts and stops
    a cluster of its own: the module's 28 Dask runs did, a few seconds each, most of their
    time. That start is tested in test_dask.py."""
    pytest.importorskip("dask.dataframe")
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    from followup_batch.datasets.engines import LOCAL_CLUSTER

    with LocalCluster(
        n_workers=2, threads_per_worker=1, silence_logs=logging.CRITICAL, **LOCAL_CLUSTER
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def on_engine(request: pytest.FixtureRequest, engine: str) -> dict[str, str]:
    """The options of a run on ``engine``: for Dask, on the module's cluster."""
    if engine == "pandas":
        return {"engine": engine}
    return {"engine": engine, "scheduler": request.getfixturevalue("dask_scheduler")}


def as_options(on_engine: dict[str, str]) -> list[str]:
    """``on_engine`` as the command line's options (``--engine dask --scheduler ADDRESS``)."""
    return [part for name, value in on_engine.items() for part in (f"--{name}", value)]


def same_answers_as_a_tracker(tmp_path: Path, text: str) -> pd.DataFrame:
    """OUT's owned columns of ``text`` run as a dataset (cut into pieces of three rows),
    checked equal to the workbook path's for the file read as a tracker, Problems included."""
    path = tmp_path / "tracker.csv"
    path.write_text(text, encoding="utf-8")
    (table,) = read_trackers(path, Config().reading)
    expected = compute_sheet(table, Config(), AS_OF).output.reset_index(drop=True)
    for key in OWNED_COLUMNS:
        if key not in OWNED_DATE_COLUMNS:
            expected[key] = expected[key].astype(object).fillna("").astype(str)
    run(path, tmp_path / "out", partition_rows=3)
    got = owned_frame(tmp_path / "out")
    pd.testing.assert_frame_equal(got, expected[list(OWNED_COLUMNS)], check_dtype=False)
    return got


def test_the_same_answers_as_the_workbook_path(tmp_path: Path) -> None:
    got = same_answers_as_a_tracker(tmp_path, TRACKER_CSV)
    assert got.loc[1, "problems"] == 'row 3, column "Company": Company is empty'
    assert got.loc[2, "status"] == "Needs info"
    assert got.loc[3, "status"] == "Closed"


# A CSV export saved from Excel holds its error values as their text: read as blank and said in
# the row's Problems as a CSV tracker says them (fx243), the row needing info where a blank would
# or where the interview date is the error. A dataset read them as words (fx254): "#N/A" passed
# for no interview, "#REF!" for a company, and "#NUM!" was no known outcome.
ERROR_TEXTS = (
    "Company,Position,Date Applied,Interview Date,Outcome,Thank-you Sent,Topic\n"
    "Acme,Analyst,2026-10-01,#N/A,,,\n"
    "#REF!,Engineer,2026-10-05,2026-11-12,interviewing,,\n"
    "Gamma,PM,2026-10-06,2026-11-13,#NUM!,#VALUE!,\n"
    "Delta,Designer,2026-10-07,2026-11-16,,,#n/a\n"
    "Epsilon,Chemist,2026-10-08,2026-11-17,,,#N/A — ask Dana\n"  # more than an error: a topic
)
CSV_FIX = "fix the formula in the workbook this CSV was saved from, or type"


def test_an_error_text_is_read_as_blank_as_the_workbook_path_reads_it(tmp_path: Path) -> None:
    got = same_answers_as_a_tracker(tmp_path, ERROR_TEXTS)
    said = {  # row -> its error cells: header, error, what to type
        2: [("Interview Date", "#N/A", "the date")],
        3: [("Company", "#REF!", "the value")],
        4: [("Outcome", "#NUM!", "the value"), ("Thank-you Sent", "#VALUE!", "the date")],
        5: [("Topic", "#n/a", "the value")],
        6: [],
    }
    assert got["problems"].tolist() == [
        "\n".join(
            f'row {row}, column "{header}": {header} holds {error} (an Excel error in the '
            f"cell) — read as blank; {CSV_FIX} {what}"
            for header, error, what in cells
        )
        for row, cells in said.items()
    ]
    assert got[["status", "next_action"]].values.tolist() == [
        ["Needs info", "—"],  # was an application check-in: "#N/A" passed for no interview
        ["Needs info", "—"],  # no company
        ["Due today", "1st check-in"],  # was Needs info: "#NUM!" is no known outcome
        ["Overdue", "Thank-you note"],
        ["Overdue", "Thank-you note"],
    ]


# A row whose every cell read is an error value is a tracker's broken row: one line, as a
# tracker's run and check say it, and Needs info, as a dataset's row has its answer; a Parquet
# file's strings are read as a CSV file's (fx267: the dataset said each cell of such a row, and
# a Parquet file's "#N/A" was "no date yet", its "#REF!" no country the calendars know).
BROKEN_ROW = (
    "Company,Position,Interview Date,Country\n"
    "Acme,Analyst,2026-11-12,US\n"
    "#REF!,#REF!,#N/A,#REF!\n"
    "Beta,Engineer,#n/a,US\n"
)
BROKEN = (
    "Row {row} is broken: every cell read holds an error value (A{row} #REF!, B{row} #REF!, "
    "C{row} #N/A, D{row} #REF!); not scheduled: fix the cells (a formula's sheet or row "
    "deleted?), or delete the row."
)
ERROR = (
    'row {row}, column "Interview Date": Interview Date holds #n/a (an Excel error in the cell) '
    "— read as blank; fix the formula in the workbook this {saved_as} was saved from, or type "
    "the date"
)


@pytest.mark.parametrize(
    ("kind", "first_row", "saved_as"), [("csv", 2, "CSV"), ("parquet", 1, "Parquet file")]
)
def test_a_broken_row_is_said_as_a_trackers(
    tmp_path: Path, kind: str, first_row: int, saved_as: str
) -> None:
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(BROKEN_ROW, encoding="utf-8")
    (table,) = read_trackers(tracker, Config().reading)
    assert list(table.broken_rows.values()) == [BROKEN.format(row=3)]
    data = tracker
    if kind == "parquet":
        data = tmp_path / "in.parquet"
        pq.write_table(pacsv.read_csv(tracker), data)
    run(data, tmp_path / "out")
    got = owned_frame(tmp_path / "out")
    assert got[["status", "problems"]].values.tolist() == [
        ["Overdue", ""],
        ["Needs info", BROKEN.format(row=first_row + 1)],
        ["Needs info", ERROR.format(row=first_row + 2, saved_as=saved_as)],
    ]


# Text dates whose order a tracker decides per column, from the whole column.
DATE_ORDER_TRACKERS = {
    # A US "Date Applied" beside a day-first "Interview Date" that only the last row settles:
    # one order for both read every interview a month off, and 13/11/2026 was a row problem.
    "us-applied-day-first-interviews": (
        "Company,Position,Date Applied,Interview Date,Outcome\n"
        + "A,PM,10/25/2026,3/11/2026,interviewing\n" * 5
        + "B,PM,10/25/2026,13/11/2026,interviewing\n"
    ),
    # Pieces that disagree on a column: each value read the only way it can be, the rest as
    # US month/day, noted on their rows (the first piece's order made 11/14/2026 a problem).
    "pieces-disagree": (
        "Company,Position,Interview Date\n"
        + "A,PM,13/11/2026\n"
        + "A,PM,3/11/2026\n" * 4
        + "B,PM,11/14/2026\n"
    ),
    # Each separator its own order: 12-01-2026 is 12 January, 2/6/2026 February 6.
    "by-separator": (
        # Each row its own application: a tracker's rounds of one application hand their
        # follow-ups on to the next, a dataset's rows stand alone.
        "Company,Position,Interview Date\n"
        + "A,PM,13-10-2026\nC,PM,12-10-2026\nD,PM,2/6/2026\n"
        + "E,PM,3/11/2026\nB,PM,10/14/2026\n"
    ),
    # Nothing in the values settles the order, and every row's place writes dates one way:
    # 03/04/2027 is 3 April for German and British clients, March 4 for Canadian and US ones.
    "country-column": (
        "Client,Company,Position,Interview Date,Country\n"
        + "Lena,A,PM,03/04/2027,DE\nLena,B,PM,04/11/2026,DE\nTom,C,PM,05/11/2026,GB\n"
    ),
    "location-only": (
        "Company,Position,Interview Date,Location\n"
        + 'A,PM,03/04/2027,"London, UK"\nB,PM,04/11/2026,Remote\nC,PM,05/11/2026,Manchester\n'
    ),
    "city-and-state-only": (
        "Company,Position,Interview Date,City,State\n"
        + "A,PM,03/04/2027,Toronto,ON\nB,PM,04/11/2026,Austin,TX\nC,PM,05/11/2026,,NY\n"
    ),
    # One client in the US, one in Germany: the places disagree and say nothing.
    "mixed-clients": (
        "Client,Company,Position,Interview Date,Country\n"
        + "Ann,A,PM,03/04/2027,US\nAnn,B,PM,04/11/2026,US\nLena,C,PM,05/11/2026,DE\n"
    ),
    # A value that can be read one way only settles it against every row's place.
    "a-value-settles-it": (
        "Company,Position,Interview Date,City\n"
        + "A,PM,03/04/2027,München\nB,PM,04/11/2026,Berlin\nC,PM,11/13/2026,Leipzig\n"
    ),
}


@pytest.mark.parametrize(
    ("engine", "case"),
    [("pandas", case) for case in DATE_ORDER_TRACKERS]
    + [("dask", "us-applied-day-first-interviews"), ("dask", "country-column")]
    + [("dask", "city-and-state-only")],
)
def test_each_date_column_is_read_as_a_tracker_reads_it(
    tmp_path: Path, engine: str, case: str, on_engine: dict[str, str]
) -> None:
    """The rows as a CSV tracker and as a dataset in pieces of two rows: every owned column
    equal, on both engines."""
    path = tmp_path / "tracker.csv"
    path.write_text(DATE_ORDER_TRACKERS[case], encoding="utf-8")
    (table,) = read_trackers(path, Config().reading)
    expected = compute_sheet(table, Config(), AS_OF).output.reset_index(drop=True)
    for key in OWNED_COLUMNS:
        if key not in OWNED_DATE_COLUMNS:
            expected[key] = expected[key].astype(object).fillna("").astype(str)
    run(path, tmp_path / "out", partition_rows=2, **on_engine)
    got = owned_frame(tmp_path / "out")
    pd.testing.assert_frame_equal(got, expected[list(OWNED_COLUMNS)], check_dtype=False)


def test_bad_rows_are_their_problems_and_every_row_is_written(tmp_path: Path) -> None:
    columns = {
        "id": [1, 2, 3, 4],
        "company": ["Acme", None, "Globex", "Initech"],
        "position": ["Analyst", "Engineer", "PM", "Designer"],
        "interview_at": ["2026-11-20", "2026-11-20", "31/02/2026", "2026-11-20"],
        "seniority": ["senior", "mid", "mid", "wizard"],
    }
    path = tmp_path / "in.parquet"
    pq.write_table(pa.table(columns), path)
    report = run(path, tmp_path / "out")
    got = owned_frame(tmp_path / "out")
    assert list(got["status"]) == ["Due soon", "Needs info", "Needs info", "Due soon"]
    assert list(got["problems"]) == [
        "",
        'row 2, column "company": company is empty',
        'row 3, column "interview_at": "31/02/2026" is not a date',
        'row 4, column "seniority": "wizard" is not a known seniority (entry, mid, senior or '
        "executive); read as mid",
    ]
    assert report.problem_rows == 3  # type: ignore[attr-defined]
    assert report.counts == {"Due soon": 2, "Needs info": 2}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("interview_at", "status", "problem"),
    [
        (20261110, "Overdue", ""),  # a warehouse's yyyymmdd key, as the text 20261110 reads
        (46336, "Overdue", ""),  # an Excel serial
        (
            1794322800,
            "Needs info",
            'row 1, column "interview_at": "1794322800" is not a date: a number like this may '
            "count seconds since 1970 (Unix time, which would be 2026-11-10 UTC); write the date "
            "(yyyy-mm-dd) or export the column as dates",
        ),
        (-5, "Needs info", 'row 1, column "interview_at": "-5" is not a date'),
    ],
)
def test_an_integer_date_column_is_read_as_its_digits_say(
    tmp_path: Path, interview_at: int, status: str, problem: str
) -> None:
    """ot110 F4: an int64 20261110 was "not a date" where the same digits in a CSV file were
    2026-11-10, and a Unix time was refused without a word of what it may be."""
    columns = {"company": ["Acme"], "position": ["PM"], "interview_at": [interview_at]}
    pq.write_table(pa.table(columns), tmp_path / "in.parquet")  # int64
    run(tmp_path / "in.parquet", tmp_path / "out")
    got = owned_frame(tmp_path / "out")
    assert (got["status"][0], got["problems"][0]) == (status, problem)


# A nightly export by MySQL's SELECT ... INTO OUTFILE or PostgreSQL's text COPY: a NULL is
# \N, read as empty as "NULL" is, in every column (ot110 F1: "about the \N role at \N").
DATABASE_NULLS = r"""client,company,position,interview_at,thank_you_sent,interviewer,outcome,country
Maya Chen,\N,\N,2026-11-10,\N,\N,\N,US
Maya Chen,NULL,NULL,2026-11-10,NULL,NULL,NULL,US
Jonas Weber,Acme,\N,2026-11-10,2026-11-11,Dana Ortiz,\N,\N
Jonas Weber,Acme,PM,2026-11-10,\N,Dana Ortiz,,\N
Priya Raman,Acme\N,PM,2026-11-10,,Dana Ortiz,,US
"""


def test_a_database_exports_null_marker_is_an_empty_cell(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(DATABASE_NULLS, encoding="utf-8")
    run(path, tmp_path / "out")
    got = owned_frame(tmp_path / "out")
    assert list(got["status"]) == ["Needs info", "Needs info", "Needs info", "Overdue", "Overdue"]
    assert list(got["problems"]) == [
        'row 2, column "company": company is empty ("\\N")\n'
        'row 2, column "position": position is empty ("\\N")',
        'row 3, column "company": company is empty ("NULL")\n'
        'row 3, column "position": position is empty ("NULL")',
        'row 4, column "position": position is empty ("\\N")',
        "",
        "",  # \N inside a name is the name's own text
    ]
    assert list(got["next_action"])[3:] == ["1st check-in", "1st check-in"]
    assert "\\N" not in got["draft"][3]


# A Parquet column has no cell's limit: a draft longer than an Excel cell (32,767) is kept
# whole, with no Problems line about a Draft cell or --eml-dir (ot110 F5: it was cut with "…").
DISCLAIMER = "This e-mail and any attachment are confidential and may be privileged. " * 480


@pytest.mark.parametrize(
    ("interviewer", "signature"),
    [
        ("Dana" + "x" * 40_000, ""),  # an interviewer cell holding a pasted blob (ot110)
        ("Dana Ortiz", f"Maya Chen\n{DISCLAIMER}"),  # a disclaimer pasted into the signature
    ],
    ids=["interviewer", "signature"],
)
def test_a_draft_longer_than_a_cell_is_kept_whole(
    tmp_path: Path, interviewer: str, signature: str
) -> None:
    columns = {
        "client": ["Maya Chen"],
        "company": ["Acme"],
        "position": ["PM"],
        "interview_at": ["2026-11-10"],
        "interviewer": [interviewer],
    }
    pq.write_table(pa.table(columns), tmp_path / "in.parquet")
    config = Config(sender={"signature": signature}) if signature else Config()
    report = run_dataset(str(tmp_path / "in.parquet"), tmp_path / "out", config, AS_OF)
    got = owned_frame(tmp_path / "out")
    draft = got["draft"][0]
    assert len(draft) > 32_767
    assert "…" not in draft
    assert draft.endswith(signature.strip() if signature else "Maya Chen")
    assert list(got["problems"]) == [""]
    assert report.problem_rows == 0  # type: ignore[attr-defined]


def test_user_columns_kept_exactly_and_owned_columns_typed(tmp_path: Path) -> None:
    source = interview_table(300, seed=3)
    pq.write_table(source, tmp_path / "in.parquet")
    run(tmp_path / "in.parquet", tmp_path / "out")
    written = pq.read_table(tmp_path / "out" / "in.parquet")
    assert written.select(source.column_names).equals(source)
    schema = written.schema
    assert schema.field("followup_next_due").type == pa.date32()
    assert schema.field("followup_status").type == pa.dictionary(pa.int8(), pa.string())
    assert schema.field("followup_next_action").type == pa.dictionary(pa.int8(), pa.string())
    for name in ("followup_draft_subject", "followup_draft", "followup_why", "followup_problems"):
        assert schema.field(name).type == pa.string()
    status = pd.read_parquet(tmp_path / "out" / "in.parquet")["followup_status"]
    assert isinstance(status.dtype, pd.CategoricalDtype)


# A file pandas wrote reads back with pandas' own dtypes (report ot78, F4: OUT dropped the
# input's pandas metadata, and a nullable Int64 round or ID read back as float64).
PANDAS_COLUMNS = {
    "round": pd.array([2, None, 3], dtype="Int64"),
    "user_id": pd.array([17, 18, None], dtype="UInt32"),
    "note": pd.array(["call back", None, "remote"], dtype="string"),
    "team": pd.Categorical(["data", "web", None]),
    "applied_at": pd.to_datetime(["2026-11-02 09:30", None, "2026-11-03 14:00"]).tz_localize(
        "Europe/Berlin"
    ),
    "score": [1.5, None, 2.0],
}


@pytest.mark.parametrize("partition_rows", [100, 1])
@pytest.mark.parametrize(
    ("column", "index"),
    [*((name, None) for name in PANDAS_COLUMNS), ("round", "applicant")],
)
def test_user_columns_read_back_by_pandas_with_their_own_dtypes(
    tmp_path: Path, column: str, index: str | None, partition_rows: int
) -> None:
    frame = pd.DataFrame(
        {
            "company": ["Acme", "Beta", "Gamma"],
            "position": ["PM", "Engineer", "Analyst"],
            "interview_at": pd.to_datetime(["2026-11-17", "2026-11-18", "2026-11-19"]),
            column: PANDAS_COLUMNS[column],
        }
    )
    if index:
        frame.index = pd.Index(["a-1", "a-2", "a-3"], name=index)
    (tmp_path / "in").mkdir()
    frame.to_parquet(tmp_path / "in" / "p.parquet", index=bool(index))
    run(tmp_path / "in", tmp_path / "out", partition_rows=partition_rows)
    back = pd.concat(pd.read_parquet(p) for p in sorted((tmp_path / "out").glob("p*.parquet")))
    if not index:
        back = back.reset_index(drop=True)
    pd.testing.assert_frame_equal(back[frame.columns], frame)
    assert back["followup_status"].tolist()[0] == "Overdue"
    assert isinstance(back["followup_status"].dtype, pd.CategoricalDtype)
    assert back["followup_next_due"].tolist()[0] == dt.date(2026, 11, 18)


@pytest.mark.parametrize("header", ["Country", "Location"])
@pytest.mark.parametrize("partition_rows", [1, 2, 100])
def test_a_country_column_is_read_one_way_over_every_piece(
    tmp_path: Path, partition_rows: int, header: str
) -> None:
    """A Country column of US state codes reads a bare CA and IL as states in every piece, as
    a tracker of the same rows does, also in a piece whose only cell is 'CA' (each piece once
    decided alone: Canada and Israel, with Problems lines, on a check-in US Thanksgiving); so
    does a Location column with no Country column (ot65 F4)."""
    path = tmp_path / "states.csv"
    path.write_text(
        f"Company,Position,Interview Date,{header}\n"
        "A,PM,2026-11-20,CA\nB,PM,2026-11-20,TX\nC,PM,2026-11-20,IL\nD,PM,2026-11-20,NY\n",
        encoding="utf-8",
    )
    (table,) = read_trackers(path, Config().reading)
    expected = compute_sheet(table, Config(), AS_OF).output.reset_index(drop=True)
    run(path, tmp_path / "out", partition_rows=partition_rows)
    got = owned_frame(tmp_path / "out")
    assert list(got["problems"]) == [""] * 4
    assert list(got["next_due"]) == list(pd.to_datetime(expected["next_due"]))
    assert list(got["why"]) == list(expected["why"].fillna(""))


@pytest.mark.parametrize(
    ("days_off", "due"),
    [
        (frozenset(), ["2026-12-29", "2026-12-29"]),  # 3 bd: Thu 12-24, Mon 12-28, Tue 12-29
        # The config's days off reach every partition (ot54-F3): Thu 12-24 and Mon 12-28 off.
        (frozenset({dt.date(2026, 12, 24), dt.date(2026, 12, 28)}), ["2026-12-31", "2026-12-31"]),
    ],
)
def test_the_configs_days_off_reach_a_dataset_run(
    tmp_path: Path, days_off: frozenset[dt.date], due: list[str]
) -> None:
    path = tmp_path / "office.csv"
    path.write_text(
        "Company,Position,Interview Date,Industry,Thank-you Sent\n"
        "A,PM,2026-12-23,Tech,yes\nB,PM,2026-12-23,Tech,yes\n",
        encoding="utf-8",
    )
    config = Config(rules=dataclasses.replace(Config().rules, days_off=days_off))
    run_dataset(str(path), tmp_path / "out", config, dt.date(2026, 12, 23), partition_rows=1)
    got = owned_frame(tmp_path / "out")
    assert [f"{day:%Y-%m-%d}" for day in got["check_in_1_due"]] == due


def test_answers_do_not_depend_on_the_partitions(tmp_path: Path) -> None:
    write_dataset(tmp_path / "in", 600, files=2, seed=5, row_group_rows=50)
    run(tmp_path / "in", tmp_path / "small", partition_rows=40)
    run(tmp_path / "in", tmp_path / "whole", partition_rows=10_000)
    assert len(list((tmp_path / "small").glob("*.parquet"))) == 24  # row groups of 50 halved
    assert len(list((tmp_path / "whole").glob("*.parquet"))) == 2
    pd.testing.assert_frame_equal(owned_frame(tmp_path / "small"), owned_frame(tmp_path / "whole"))


def test_a_failed_run_leaves_the_last_output_and_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup_batch.datasets import engines

    write_dataset(tmp_path / "in", 200, files=2, seed=1)
    run(tmp_path / "in", tmp_path / "out")
    before = digest_of(tmp_path / "out")
    calls = []
    real = engines.run_piece

    def fails_on_the_second(*args: object, **kwargs: object) -> pd.DataFrame:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engines, "run_piece", fails_on_the_second)
    with pytest.raises(RuntimeError, match="disk full"):
        run(tmp_path / "in", tmp_path / "out")
    assert digest_of(tmp_path / "out") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]


def digest_of(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_the_input_is_never_written_to(tmp_path: Path) -> None:
    write_dataset(tmp_path / "in", 100, files=1)
    before = digest_of(tmp_path / "in")
    for target in (tmp_path / "in", tmp_path / "in" / "out", tmp_path):
        with pytest.raises(DatasetError, match="overlaps the input"):
            run(tmp_path / "in", target)
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.docx").write_text("years of work")
    with pytest.raises(DatasetError, match="is not the output of an earlier followup-batch run"):
        run(tmp_path / "in", tmp_path / "mine")
    assert digest_of(tmp_path / "in") == before
    assert (tmp_path / "mine" / "thesis.docx").read_text() == "years of work"


def test_a_second_run_replaces_the_first(tmp_path: Path) -> None:
    write_dataset(tmp_path / "in", 100, files=2)
    run(tmp_path / "in", tmp_path / "out", partition_rows=10)
    run(tmp_path / "in", tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "_followup-batch.json",
        "part-0000.parquet",
        "part-0001.parquet",
    ]
    marker = json.loads((tmp_path / "out" / "_followup-batch.json").read_text())
    assert marker["rows"] == 100
    assert marker["as_of"] == "2026-11-20"
    assert marker["files"] == ["part-0000.parquet", "part-0001.parquet"]


def stats_of(folder: Path) -> dict[str, tuple[int, int]]:
    """Each file's inode and modification time (ns): what a rewrite changes."""
    return {
        str(p.relative_to(folder)): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("engine", ["pandas", "dask"])
def test_a_second_run_with_the_same_inputs_writes_nothing(
    tmp_path: Path, engine: str, on_engine: dict[str, str]
) -> None:
    """A nightly job over data that did not change left every file rewritten; now OUT and the
    digest folder keep their files (same inodes and times) and a -v note says so. A new
    as-of date rewrites them."""
    write_dataset(tmp_path / "in", 120, files=2, seed=3)
    options: dict[str, Any] = {"digest_dir": tmp_path / "d", **on_engine}
    run(tmp_path / "in", tmp_path / "out", partition_rows=50, **options)
    before = stats_of(tmp_path / "out"), stats_of(tmp_path / "d")
    # The input typed another way ("in/", "./in", absolute) is the same run.
    report = run(f"{tmp_path / 'in'}/", tmp_path / "out", partition_rows=50, **options)
    assert (stats_of(tmp_path / "out"), stats_of(tmp_path / "d")) == before
    assert report.notes[-2:] == [  # type: ignore[attr-defined]
        f"{tmp_path / 'out'} already held this output: nothing was written to it",
        f"{tmp_path / 'd'} already held this digest: nothing was written to it",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d", "in", "out"]  # no staging left
    later = run_dataset(
        str(tmp_path / "in"),
        tmp_path / "out",
        Config(),
        AS_OF + dt.timedelta(days=3),
        partition_rows=50,
        **options,
    )
    assert stats_of(tmp_path / "out").keys() == before[0].keys()
    assert all(stats_of(tmp_path / "out")[k] != v for k, v in before[0].items())
    assert not any("already held" in n for n in later.notes)
    marker = json.loads((tmp_path / "out" / "_followup-batch.json").read_text())
    assert marker["as_of"] == "2026-11-23"


def test_files_someone_put_in_an_earlier_output_stop_the_run_that_would_delete_them(
    tmp_path: Path,
) -> None:
    """OUT is replaced as a whole: a note or an analysis saved into it was deleted without a
    word. Its marker lists what the run wrote; anything else refuses the next run."""
    write_dataset(tmp_path / "in", 100, files=2)
    run(tmp_path / "in", tmp_path / "out")
    (tmp_path / "out" / "NOTES.txt").write_text("mine")
    (tmp_path / "out" / "analysis").mkdir()
    (tmp_path / "out" / "analysis" / "report.csv").write_text("mine too")
    with pytest.raises(DatasetError) as error:
        run(tmp_path / "in", tmp_path / "out")
    assert str(error.value) == (
        f"{(tmp_path / 'out').resolve()} holds files the earlier run did not write "
        "(NOTES.txt, analysis/report.csv); the folder is replaced as a whole, so move them out "
        "first, or choose another folder"
    )
    assert (tmp_path / "out" / "NOTES.txt").read_text() == "mine"
    (tmp_path / "out" / "NOTES.txt").unlink()
    (tmp_path / "out" / "analysis" / "report.csv").unlink()
    run(tmp_path / "in", tmp_path / "out")  # an empty folder left behind is no one's file


def coach_data(folder: Path) -> Path:
    folder.mkdir()
    pd.DataFrame(
        {
            "Company": ["A", "B"],
            "Position": "PM",
            "Interview Date": "2026-11-10",
            "Coach": ["Ann", "Ben"],
        }
    ).to_parquet(folder / "data.parquet")
    return folder


def budget(path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active["A1"] = "My budget"  # type: ignore[index]
    book.save(path)


def append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(text)


# (a change to a coach's folder of an earlier digest, the refusal after "{d} holds ").
# The digests are written afresh into a staging folder and swapped in whole: the writers'
# check never met these, and the folder replaced them (ot84/ot85 leftover).
COACH_FOLDER_CHANGES: list[tuple[str, Callable[[Path], None], str]] = [
    (
        "digest.md saved over with notes",
        lambda d: (d / "Ann" / "digest.md").write_text("# My notes\n", encoding="utf-8"),
        "Ann/digest.md, which is not a Markdown digest followup-batch wrote (saved over since), "
        "and the folder is replaced as a whole, so nothing was written. Move it out first, or "
        "choose another folder",
    ),
    (
        "notes added below digest.md's last line",  # ot96 F6: its first line claimed it
        lambda d: append(d / "Ann" / "digest.md", "\n## My notes\n- call Ana on Monday\n"),
        "Ann/digest.md, which is not a Markdown digest followup-batch wrote (saved over since), "
        "and the folder is replaced as a whole, so nothing was written. Move it out first, or "
        "choose another folder",
    ),
    (
        "digest.xlsx saved over",
        lambda d: budget(d / "Ben" / "digest.xlsx"),
        "Ben/digest.xlsx, which is not a digest workbook followup-batch wrote (saved over "
        "since), and the folder is replaced as a whole, so nothing was written. Move it out "
        "first, or choose another folder",
    ),
    (
        "digest.xlsx open in Excel",
        lambda d: (d / "Ben" / "~$digest.xlsx").write_text("x", encoding="utf-8"),
        "Ben/digest.xlsx, which is open in Excel (~$digest.xlsx exists), and the folder is "
        "replaced as a whole, so nothing was written. Close it and run again",
    ),
    (
        "digest.html open in LibreOffice",
        lambda d: (d / "Ann" / ".~lock.digest.html#").write_text("x", encoding="utf-8"),
        "Ann/digest.html, which is open in LibreOffice (.~lock.digest.html# exists), and the "
        "folder is replaced as a whole, so nothing was written. Close it and run again",
    ),
]


@pytest.mark.parametrize(
    ("change", "said"),
    [(change, said) for _, change, said in COACH_FOLDER_CHANGES],
    ids=[name for name, _, _ in COACH_FOLDER_CHANGES],
)
def test_a_coachs_digest_of_theirs_or_open_elsewhere_stops_the_run(
    tmp_path: Path, change: Callable[[Path], None], said: str
) -> None:
    data, d = coach_data(tmp_path / "in"), tmp_path / "d"
    run(data, tmp_path / "out", digest_dir=d, digest_extras=("xlsx",))
    change(d)
    before = stats_of(d)
    with pytest.raises(DatasetError) as error:
        run_dataset(
            str(data),
            tmp_path / "out",
            Config(),
            AS_OF + dt.timedelta(days=1),
            digest_dir=d,
            digest_extras=("xlsx",),
        )
    assert str(error.value) == f"{d.resolve()} holds {said}"
    assert stats_of(d) == before


def test_a_lock_of_another_file_in_a_coachs_folder_is_no_refusal(tmp_path: Path) -> None:
    """A lock file whose workbook is not the digest's: still a file the run did not write."""
    data, d = coach_data(tmp_path / "in"), tmp_path / "d"
    run(data, tmp_path / "out", digest_dir=d)
    (d / "Ann" / "~$budget.xlsx").write_text("x", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"holds files the earlier run did not write"):
        run(data, tmp_path / "out", digest_dir=d)


def test_an_empty_file_gets_an_empty_output(tmp_path: Path) -> None:
    table = interview_table(30, seed=6)
    (tmp_path / "in").mkdir()
    pq.write_table(table, tmp_path / "in" / "a.parquet")
    pq.write_table(table.slice(0, 0), tmp_path / "in" / "b.parquet")
    report = run(tmp_path / "in", tmp_path / "out", digest_dir=tmp_path / "d")
    assert report.rows == 30  # type: ignore[attr-defined]
    empty = pq.read_table(tmp_path / "out" / "b.parquet")
    assert empty.num_rows == 0
    assert empty.schema.equals(pq.read_table(tmp_path / "out" / "a.parquet").schema)


def test_an_output_read_back_in_gets_its_columns_replaced(tmp_path: Path) -> None:
    write_dataset(tmp_path / "in", 50, files=1)
    run(tmp_path / "in", tmp_path / "out")
    run(tmp_path / "out", tmp_path / "again")
    first = pq.read_table(tmp_path / "out" / "part-0000.parquet")
    again = pq.read_table(tmp_path / "again" / "part-0000.parquet")
    assert again.column_names == first.column_names
    assert again.equals(first.replace_schema_metadata(again.schema.metadata))


def test_a_dry_run_writes_nothing(tmp_path: Path) -> None:
    write_dataset(tmp_path / "in", 100, files=1)
    report = run(tmp_path / "in", tmp_path / "out", dry_run=True)
    assert report.rows == 100  # type: ignore[attr-defined]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_a_digest_folder_per_coach(tmp_path: Path) -> None:
    write_dataset(tmp_path / "in", 400, files=2, seed=2)
    report = run(
        tmp_path / "in",
        tmp_path / "out",
        digest_dir=tmp_path / "digests",
        digest_extras=("ics", "eml", "xlsx"),
    )
    coaches = report.coaches  # type: ignore[attr-defined]
    assert [c["coach"] for c in coaches] == [f"Coach {k}" for k in range(7)]
    for coach in coaches:
        folder = tmp_path / "digests" / coach["folder"]
        names = sorted(p.name for p in folder.iterdir())
        assert names == ["digest.html", "digest.md", "digest.xlsx", "drafts", "followups.ics"]
        assert "as of Fri 2026-11-20" in (folder / "digest.md").read_text()
    # the digest lists exactly the rows OUT says are due (and those needing information)
    statuses = owned_frame(tmp_path / "out")["status"]
    due = statuses.isin(["Overdue", "Due today", "Due soon"]).sum()
    assert sum(c["items"] for c in coaches) == due
    assert sum(c["needs_info"] for c in coaches) == (statuses == "Needs info").sum()


@pytest.mark.parametrize(
    ("request_options", "drafts"),
    [({}, False), ({"with_drafts": True}, True), ({"extras": ("ics",)}, True)],
)
def test_a_partitions_digest_rows_carry_only_what_the_coaches_files_read(
    tmp_path: Path, request_options: dict[str, Any], drafts: bool
) -> None:
    """The rows a partition keeps for the digest wait for the last partition and are shuffled:
    with each row's whole Why and draft they were twice the input (2.5 GB a Dask worker on
    1.2 M rows). The Why's first line (the calendar's), and the draft only for the page's
    --with-drafts or the calendar; the pages are the same (test_a_digest_folder_per_coach)."""
    from followup_batch.datasets.date_orders import settle_date_orders
    from followup_batch.datasets.job import DigestRequest, Job
    from followup_batch.datasets.partition import run_piece
    from followup_batch.datasets.pieces import read_piece
    from followup_batch.datasets.plan import plan_dataset

    write_dataset(tmp_path / "in", 200, files=1)
    plan = settle_date_orders(plan_dataset(str(tmp_path / "in"), Config().reading, 1000))
    digest = DigestRequest(tmp_path / "d", **request_options)
    job = Job(Config(reading=plan.reading), AS_OF, tmp_path / "staging", digest)
    (tmp_path / "staging").mkdir()
    rows = run_piece(read_piece(plan.pieces[0], plan), plan, job, {"number": 0})
    assert len(rows) > 20
    assert rows["why"].str.len().min() > 0
    assert not rows["why"].str.contains("\n").any()
    assert bool((rows["draft"] != "").any()) is drafts


@pytest.mark.parametrize(
    ("files", "data", "name", "listed"),
    [
        # A file's name that is nobody's is a tracker, listed by its file as a job seeker's
        # own "Job Hunt 2026.xlsx" is (ot119 F5); its digest folder is still its stem.
        (["interviews.parquet"], "interviews.parquet", "interviews", "interviews.parquet"),
        (["exports/a.parquet", "exports/b.parquet"], "exports/", "exports", "exports"),
        # ot51-F2: a glob's "*" was each row's Client, and the folder coach-<hash>
        (["exports/a.csv", "exports/b.csv"], "exports/*.csv", "exports", "exports"),
        (["exports/2026/a.csv", "exports/2027/b.csv"], "exports/**/*.csv", "exports", "exports"),
    ],
)
def test_without_a_coach_column_one_digest_named_after_the_dataset(
    tmp_path: Path, files: list[str], data: str, name: str, listed: str
) -> None:
    """Without a coach column one digest folder, and without a client column every row's
    Client, named after the file, the folder, or a glob's folder."""
    for k, file in enumerate(files):
        table = interview_table(100, seed=4 + k).drop_columns(["coach", "client"])
        (tmp_path / file).parent.mkdir(parents=True, exist_ok=True)
        if file.endswith(".csv"):
            pacsv.write_csv(table, tmp_path / file)
        else:
            pq.write_table(table, tmp_path / file)
    report = run(f"{tmp_path}/{data}", tmp_path / "out", digest_dir=tmp_path / "d")
    assert [c["folder"] for c in report.coaches] == [name]  # type: ignore[attr-defined]
    assert sorted(p.name for p in (tmp_path / "d").iterdir()) == ["_followup-batch.json", name]
    assert sorted(p.name for p in (tmp_path / "d" / name).iterdir()) == [
        "digest.html",
        "digest.md",
    ]
    markdown = (tmp_path / "d" / name / "digest.md").read_text(encoding="utf-8")
    rows = [line.split(" | ") for line in markdown.splitlines() if line.startswith("| ")]
    sends = [row for row in rows if row[0].endswith((" late", "due today"))]  # Late | Client
    assert len(sends) > 5
    assert {row[1] for row in sends} == {listed}


@pytest.mark.parametrize(
    ("extras", "where"),
    [
        ((), "a digest workbook (.xlsx) would list them all."),
        (("xlsx",), "digest.xlsx lists them all."),
    ],
    ids=["pages only", "with the workbook"],
)
def test_a_coachs_pages_name_their_workbook_only_when_there_is_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extras: tuple[str, ...], where: str
) -> None:
    """The line below a cut list says where every item is: the coach's digest.xlsx when
    --digest-extra xlsx wrote one, else no file that is not there."""
    monkeypatch.setitem(PAGE_LIMITS, "overdue", 1)  # this dataset's overdue list is cut
    table = interview_table(200, seed=4).drop_columns(["coach"])
    pq.write_table(table, tmp_path / "interviews.parquet")
    d = tmp_path / "d"
    run(tmp_path / "interviews.parquet", tmp_path / "out", digest_dir=d, digest_extras=extras)
    markdown = (d / "interviews" / "digest.md").read_text(encoding="utf-8")
    page = (d / "interviews" / "digest.html").read_text(encoding="utf-8")
    (more,) = [line for line in markdown.splitlines() if line.startswith("… and")]
    assert more.endswith(f": {where}")
    assert f": {where}</p>" in page


def short_hash(name: str) -> str:
    return hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]


A_B = f"a_b-{short_hash('a/b')}"  # the folder of a coach named "a/b"


@pytest.mark.parametrize(
    ("coach", "expected"),
    [
        ("Coach 1", "Coach 1"),
        ("Ann_", "Ann_"),
        # the digest folder's own record: the coach's folder took its path
        ("_followup-batch.json", f"followup-batch.json-{short_hash('_followup-batch.json')}"),
        ("_SUCCESS", f"SUCCESS-{short_hash('_SUCCESS')}"),
        (".hidden", f"hidden-{short_hash('.hidden')}"),
        ("._x", f"x-{short_hash('._x')}"),
        ("/x", f"x-{short_hash('/x')}"),
        ("_", f"coach-{short_hash('_')}"),
    ],
)
def test_a_coach_folder_is_neither_hidden_nor_reserved(coach: str, expected: str) -> None:
    from followup_batch.datasets.coaches import coach_folder

    assert coach_folder(coach) == expected


def test_a_coach_named_like_the_digest_folders_record_gets_a_folder(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    pd.DataFrame(
        {
            "Company": ["A", "B"],
            "Position": "PM",
            "Interview Date": "2026-11-10",
            "Coach": ["_followup-batch.json", "Ann"],
        }
    ).to_parquet(tmp_path / "in" / "data.parquet")
    report = run(tmp_path / "in", tmp_path / "out", digest_dir=tmp_path / "d")
    folder = f"followup-batch.json-{short_hash('_followup-batch.json')}"
    assert [c["folder"] for c in report.coaches] == ["Ann", folder]  # type: ignore[attr-defined]
    assert sorted(p.name for p in (tmp_path / "d").iterdir()) == [
        "Ann",
        "_followup-batch.json",
        folder,
    ]
    assert json.loads((tmp_path / "d" / "_followup-batch.json").read_text())["rows"] == 2


def test_hive_folders_as_pyarrow_writes_them(tmp_path: Path) -> None:
    table = pa.table(
        {
            "Company": ["A", "B"],
            "Position": ["PM", "PM"],
            "Interview Date": ["2026-12-22", "2026-12-22"],
            "Country": ["United Kingdom", None],
            "Coach": ["Zoë Ann", "Zoë Ann"],
        }
    )
    pads.write_dataset(
        table, tmp_path / "in", format="parquet", partitioning=["Coach", "Country"],
        partitioning_flavor="hive",
    )  # fmt: skip
    report = run(tmp_path / "in", tmp_path / "out", digest_dir=tmp_path / "d", digest_days=60)
    assert [c["folder"] for c in report.coaches] == ["Zoë Ann"]  # type: ignore[attr-defined]
    owned = owned_frame(tmp_path / "out")
    assert list(owned["problems"]) == ["", ""]
    # five business days on: in the UK also without Boxing Day (Monday 28th that year)
    assert list(owned["check_in_1_due"].dt.date.astype(str)) == ["2026-12-31", "2026-12-30"]


def test_coach_folders_are_safe_and_distinct() -> None:
    from followup_batch.datasets.coaches import coach_folder

    assert coach_folder("Coach 1") == "Coach 1"
    assert coach_folder("Zoë Müller") == "Zoë Müller"
    assert coach_folder("../etc") != coach_folder("__etc")
    assert "/" not in coach_folder("a/b") and not coach_folder("..").startswith(".")


@pytest.mark.parametrize(
    ("coaches", "expected"),
    [
        (["Ann", "Bo"], {"Ann": "Ann", "Bo": "Bo"}),
        (["", "Ann"], {"": "in", "Ann": "Ann"}),
        # a coach named like the dataset: rows without a coach keep a folder of their own
        (["", "in"], {"": f"in-{short_hash('')}", "in": f"in-{short_hash('in')}"}),
        (["", "IN"], {"": f"in-{short_hash('')}", "IN": f"IN-{short_hash('IN')}"}),
        # names that differ only in case share a folder on macOS and Windows
        (["Ann", "ann"], {"Ann": f"Ann-{short_hash('Ann')}", "ann": f"ann-{short_hash('ann')}"}),
        # a safe name equal to another's hashed one
        (["a/b", A_B], {"a/b": A_B, A_B: f"{A_B}-{short_hash(A_B)}"}),
    ],
)
def test_every_coach_folder_of_a_run_is_its_own(
    coaches: list[str], expected: dict[str, str]
) -> None:
    from followup_batch.datasets.coaches import coach_folders

    assert coach_folders(coaches, "in") == expected


@pytest.mark.parametrize("engine", ["pandas", "dask"])
def test_a_coach_named_like_the_dataset_does_not_take_the_folder_of_rows_without_one(
    tmp_path: Path, engine: str, on_engine: dict[str, str]
) -> None:
    (tmp_path / "in").mkdir()
    pd.DataFrame(
        {
            "Company": [f"Co{i}" for i in range(40)],
            "Position": "PM",
            "Interview Date": "2026-11-10",
            "Coach": ["in" if i % 2 else "" for i in range(40)],
        }
    ).to_parquet(tmp_path / "in" / "data.parquet")
    report = run(tmp_path / "in", tmp_path / "out", digest_dir=tmp_path / "d", **on_engine)
    coaches = report.coaches  # type: ignore[attr-defined]
    assert [(c["coach"], c["folder"], c["items"]) for c in coaches] == [
        ("", f"in-{short_hash('')}", 20),
        ("in", f"in-{short_hash('in')}", 20),
    ]
    for coach in coaches:
        page = (tmp_path / "d" / coach["folder"] / "digest.md").read_text()
        assert page.count("| 2 days late |") == 20


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


RUN_AS_DATASET = (
    "Run it with followup-batch run PATH --output OUT (--digest-dir DIR for each coach's "
    "digest, --dry-run to only count)."
)
PARQUET_IS_A_DATASET = f"it is a Parquet dataset, not a tracker. {RUN_AS_DATASET}"


@pytest.mark.parametrize(
    ("command", "stream", "line"),
    [
        ("check", "stdout", f"data.parquet: NOT READ — {PARQUET_IS_A_DATASET}"),
        ("digest", "stderr", f"data.parquet: FAILED — {PARQUET_IS_A_DATASET}"),
    ],
)
def test_check_and_digest_say_a_parquet_file_is_run_as_a_dataset(
    tmp_path: Path, command: str, stream: str, line: str
) -> None:
    pq.write_table(interview_table(5, seed=1), tmp_path / "data.parquet")
    code, out, err = invoke(command, str(tmp_path / "data.parquet"), "--as-of", "2026-11-20")
    assert code == 1
    assert line in {"stdout": out, "stderr": err}[stream].splitlines()
    assert "damaged" not in out + err


@pytest.mark.parametrize("command", ["check", "digest"])
@pytest.mark.parametrize("layout", ["data/a.parquet", "data/coach=Ann/a.parquet"])
def test_check_and_digest_say_a_folder_of_parquet_files_is_run_as_a_dataset(
    tmp_path: Path, command: str, layout: str
) -> None:
    # Outside test ot15, finding 6: "a folder without trackers", where the file said how.
    (tmp_path / layout).parent.mkdir(parents=True)
    pq.write_table(interview_table(5, seed=1), tmp_path / layout)
    folder = str(tmp_path / "data")
    code, _, err = invoke(command, folder, "--as-of", "2026-11-20")
    assert code == 2
    assert err.splitlines()[-1] == (
        f"Error: Invalid value for PATH: {folder}: a folder of Parquet files, a dataset, not "
        f"trackers. {RUN_AS_DATASET}"
    )


def test_cli_runs_a_dataset(tmp_path: Path) -> None:
    write_dataset(tmp_path / "in", 300, files=2, seed=7)
    code, out, err = invoke(
        "run", str(tmp_path / "in"), "--output", str(tmp_path / "out"), "--as-of", "2026-11-20"
    )
    assert code == 0, err
    report = json.loads((tmp_path / "out" / "_followup-batch.json").read_text())
    counts = ", ".join(f"{n:,} {status}" for status, n in report["counts"].items())
    assert out == (
        f"{tmp_path / 'in'} (2 Parquet files, 2 partitions): 300 rows — {counts}; "
        f"{report['problem_rows']} with problems → {tmp_path / 'out'}\n"
    )
    code, out, _ = invoke(
        "run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--as-of", "2026-11-20", "--json"
    )
    assert code == 0
    assert json.loads(out)["counts"] == report["counts"]


@pytest.mark.parametrize(
    ("output", "engine", "ran", "note"),
    [
        # The dataset runs; the workbook is named, with the command that runs it.
        (
            "out",
            (),
            "in (1 Parquet file, 1 partition): 300 rows",
            "note: in: passed over column_notes.xlsx: a workbook is a tracker, not part of the "
            "dataset; run it on its own (followup-batch run in/column_notes.xlsx)",
        ),
        (
            "out",
            ("--engine", "pandas"),
            "in (1 Parquet file, 1 partition): 300 rows",
            "note: in: passed over column_notes.xlsx: a workbook is a tracker, not part of the "
            "dataset; run it on its own (followup-batch run in/column_notes.xlsx)",
        ),
        # A workbook's --output runs the workbook: the Parquet rows are named as not read.
        (
            "out.xlsx",
            (),
            "column_notes.xlsx [Interviews]: 43 rows",
            f"note: in: passed over part-0000.parquet: Parquet files, a dataset, not trackers. "
            f"{RUN_AS_DATASET}",
        ),
    ],
    ids=["folder-output", "folder-output-engine", "workbook-output"],
)
def test_cli_a_workbook_in_a_parquet_folder_is_passed_over_and_named(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    output: str,
    engine: tuple[str, ...],
    ran: str,
    note: str,
) -> None:
    """ot110 F3: an export folder with someone's notes workbook in it refused the README's
    command ("Name the output out.xlsx"), and that name ran the workbook alone, its 1,500
    Parquet rows left out without a word, exit 0."""
    write_dataset(tmp_path / "in", 300, files=1, seed=7)
    sample = Path(__file__).parents[2] / "sample_data" / "tracker.xlsx"
    (tmp_path / "in" / "column_notes.xlsx").write_bytes(sample.read_bytes())
    monkeypatch.chdir(tmp_path)
    code, out, err = invoke("run", "in", "--output", output, *engine, "--as-of", "2026-11-20")
    assert (code, err.strip()) == (0, note)
    assert out.startswith(f"{ran} — ")


# Each row's record date ("date") and its interview ("scheduled_for"), as a platform exports them.
CREATED_AND_SCHEDULED = {
    "company": ["Acme", "Globex"],
    "position": ["Engineer", "Analyst"],
    "date": ["2026-10-01", "2026-10-02"],
    "scheduled_for": ["2026-11-17", "2026-11-18"],
}
CREATED_ONLY = {k: v for k, v in CREATED_AND_SCHEDULED.items() if k != "scheduled_for"}


@pytest.mark.parametrize(
    ("files", "config", "maps", "error"),
    [
        # ot51-F1: a mistyped header was ignored and every row scheduled from "date"
        (
            {"a.parquet": CREATED_AND_SCHEDULED},
            "",
            ["sheduled_for=interview_at"],
            '--map "sheduled_for=interview_at": no column of the dataset is headed '
            '"sheduled_for" (did you mean "scheduled_for"?); nothing was written',
        ),
        # no file of several has it; nothing near it to suggest
        (
            {"a.parquet": CREATED_AND_SCHEDULED, "b.parquet": CREATED_AND_SCHEDULED},
            "",
            ["scheduled_for=interview_at", "Date of chat=interview_at"],
            '--map "Date of chat=interview_at": no column of the dataset is headed '
            '"Date of chat"; nothing was written',
        ),
        # the one file that has it lacks a required column: the others would read "date"
        (
            {
                "a.parquet": CREATED_ONLY,
                "b.parquet": CREATED_ONLY,
                "c.parquet": {"company": ["Acme"], "scheduled_for": ["2026-11-17"]},
            },
            "",
            ["scheduled_for=interview_at"],
            '--map "scheduled_for=interview_at": only 1 of 3 files has a column headed '
            '"scheduled_for" (c.parquet), and it lacks a column the others have; every file '
            "of a dataset needs the same columns; nothing was written",
        ),
        # the config's mapping, named as the config writes it
        (
            {"a.parquet": CREATED_AND_SCHEDULED},
            '[columns]\n"Sheduled For" = "interview_at"\n',
            [],
            'the config\'s [columns] "Sheduled For" = "interview_at": no column of the dataset '
            'is headed "Sheduled For" (did you mean "scheduled_for"?); nothing was written',
        ),
    ],
)
def test_a_mapped_column_no_file_has_is_refused_before_any_work(
    tmp_path: Path, files: dict[str, dict[str, list[str]]], config: str, maps: list[str], error: str
) -> None:
    for name, columns in files.items():
        parquet_file(tmp_path / "in" / name, columns)
    args = ["run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--as-of", "2026-11-20"]
    for mapping in maps:
        args += ["--map", mapping]
    if config:
        (tmp_path / "c.toml").write_text(config, encoding="utf-8")
        args += ["--config", str(tmp_path / "c.toml")]
    code, out, err = invoke(*args)
    assert (code, out, err) == (1, "", f"Error: {error}\n")
    assert not (tmp_path / "out").exists()


def test_files_without_the_mapped_column_are_skipped_not_read_with_another(
    tmp_path: Path,
) -> None:
    """The files that have the column a --map names are run with it, also when they are
    fewer; the others are skipped and named, not scheduled from their "date" column."""
    parquet_file(tmp_path / "in" / "a.parquet", CREATED_ONLY)
    parquet_file(tmp_path / "in" / "b.parquet", CREATED_ONLY)
    parquet_file(tmp_path / "in" / "c.parquet", CREATED_AND_SCHEDULED)
    args = ["run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--as-of", "2026-11-20"]
    code, out, err = invoke(*args, "--map", "scheduled_for=interview_at", "--json")
    assert code == 1
    reason = (
        "its columns differ from c.parquet's (it lacks scheduled_for); every file of a "
        "dataset needs the same columns, in any order (only an optional one may be missing)"
    )
    assert json.loads(out)["skipped"] == [
        {"file": "a.parquet", "reason": reason},
        {"file": "b.parquet", "reason": reason},
    ]
    assert f"{tmp_path / 'in' / 'a.parquet'}: SKIPPED — {reason}\n" in err
    written = pq.read_table(tmp_path / "out" / "c.parquet").to_pydict()
    assert written["followup_next_action"] == ["Thank-you note", "Thank-you note"]
    assert written["followup_thank_you_due"] == [dt.date(2026, 11, 18), dt.date(2026, 11, 19)]


def write_part(table: pa.Table, path: Path) -> None:
    """``table`` as a Parquet or CSV file, by ``path``'s suffix (a null as an empty cell)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".csv":
        pacsv.write_csv(table, path)
    else:
        pq.write_table(table, path)


@pytest.mark.parametrize("kind", ["parquet", "csv"])
@pytest.mark.parametrize("engine", ["pandas", "dask"])
def test_columns_are_matched_by_name_and_a_missing_optional_one_is_blank(
    tmp_path: Path, engine: str, kind: str, on_engine: dict[str, str]
) -> None:
    """ot123 F2: an exporter upgrade that moved three columns to the end, and a file from
    before `country` was added, were skipped whole (exit 1, their rows unscheduled). Read by
    name, their answers are those of the same rows with the columns in the first order and
    `country` blank; the missing column is said once, and the output has the dataset's
    columns in its order."""
    tables = [interview_table(60, seed=seed, clients=4) for seed in (11, 12, 13)]
    names = tables[0].column_names
    blank = pa.nulls(60, pa.string())
    first_order = [
        tables[0],
        tables[1],
        tables[2].set_column(names.index("country"), "country", blank),
    ]
    moved = [*names[3:], *names[:3]]  # company, position, ... first, id, coach, client last
    by_name = [tables[0], tables[1].select(moved), tables[2].drop_columns(["country"])]
    for folder, parts in (("first", first_order), ("by_name", by_name)):
        for k, table in enumerate(parts):
            write_part(table, tmp_path / folder / f"part-{k}.{kind}")
    options: dict[str, Any] = {**on_engine, "partition_rows": 25}
    expected = run(tmp_path / "first", tmp_path / "out_first", **options)
    report = run(tmp_path / "by_name", tmp_path / "out", **options)
    assert report.skipped == []  # type: ignore[attr-defined]
    assert report.file_notes == [  # type: ignore[attr-defined]
        f"{tmp_path / 'by_name' / f'part-2.{kind}'}: has no column country, which the other "
        "files have; read it as blank in its rows"
    ]
    assert report.counts == expected.counts  # type: ignore[attr-defined]
    outputs = sorted(p.name for p in (tmp_path / "out_first").glob("*.parquet"))
    assert sorted(p.name for p in (tmp_path / "out").glob("*.parquet")) == outputs
    for name in outputs:  # the user's columns too, in the first order, country blank
        written = pq.read_table(tmp_path / "out" / name)
        assert written.equals(pq.read_table(tmp_path / "out_first" / name)), name


@pytest.mark.parametrize(
    ("newer", "lacking"),
    [
        # the older files are more: the newer one was refused, "it also has industry"
        ((2,), "which some other files have"),
        ((1, 2), "which the other files have"),  # the newer ones are more
    ],
)
@pytest.mark.parametrize("kind", ["parquet", "csv"])
@pytest.mark.parametrize("engine", ["pandas", "dask"])
def test_an_optional_column_only_the_newer_files_have_is_read(
    tmp_path: Path,
    engine: str,
    kind: str,
    newer: tuple[int, ...],
    lacking: str,
    on_engine: dict[str, str],
) -> None:
    """fx302: a platform added `industry` (an optional field, which sets how fast employers
    answer) to its exports last month. Whichever files are more, the newer ones are read
    with their industry and the older ones with it blank, each of those said once: the
    answers are those of every file having the column, blank in the older ones."""
    tables = [interview_table(60, seed=seed, clients=4) for seed in (21, 22, 23)]
    at_end = [*(c for c in tables[0].column_names if c != "industry"), "industry"]
    blank = pa.nulls(60, pa.string())
    for k, table in enumerate(tables):
        table = table.select(at_end)  # the exporter added the column after the others
        older = table.drop_columns(["industry"])
        every_file = table if k in newer else older.append_column("industry", blank)
        write_part(every_file, tmp_path / "every_file" / f"part-{k}.{kind}")
        write_part(table if k in newer else older, tmp_path / "in" / f"part-{k}.{kind}")
    options: dict[str, Any] = {**on_engine, "partition_rows": 25}
    expected = run(tmp_path / "every_file", tmp_path / "out_every_file", **options)
    report = run(tmp_path / "in", tmp_path / "out", **options)
    assert report.skipped == []  # type: ignore[attr-defined]
    assert report.file_notes == [  # type: ignore[attr-defined]
        f"{tmp_path / 'in' / f'part-{k}.{kind}'}: has no column industry, {lacking}; read it "
        "as blank in its rows"
        for k in range(3)
        if k not in newer
    ]
    assert report.counts == expected.counts  # type: ignore[attr-defined]
    outputs = sorted(p.name for p in (tmp_path / "out_every_file").glob("*.parquet"))
    assert sorted(p.name for p in (tmp_path / "out").glob("*.parquet")) == outputs
    for name in outputs:
        written = pq.read_table(tmp_path / "out" / name)
        assert written.equals(pq.read_table(tmp_path / "out_every_file" / name)), name


def parquet_file(path: Path, columns: dict[str, list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table(columns), path)


CONFLICTED = "part-1 (Ana's conflicted copy 2026-12-03)"


@pytest.mark.parametrize(
    ("parts", "copies"),
    [
        # ot58 F10: Dropbox's conflicted copy of a part doubled its rows, without a word
        (["part-0", "part-1", CONFLICTED], {CONFLICTED: "part-1"}),
        (["part-0", "part-0 (1)", "part-1"], {"part-0 (1)": "part-0"}),  # a re-download
        (["part-0", "part-0-DESKTOP-AB12CD", "part-1"], {"part-0-DESKTOP-AB12CD": "part-0"}),
        (
            ["part-0", "part-0 (1)", "part-0 (1) (1)"],
            {"part-0 (1)": "part-0", "part-0 (1) (1)": "part-0"},
        ),
        (
            ["coach=Ann/part-0", "coach=Ann/part-0 (1)"],
            {"coach=Ann/part-0 (1)": "coach=Ann/part-0"},
        ),
        # A copy without its original is the only file of its rows: read
        (["part-0 (1)", "part-1"], {}),
        # the same name in another Hive folder is no copy
        (["coach=Ann/part-0", "coach=Ben/part-0 (1)"], {}),
    ],
)
@pytest.mark.parametrize("suffix", [".parquet", ".csv"])
def test_a_sync_tools_copy_of_a_part_is_skipped_and_named(
    tmp_path: Path, parts: list[str], copies: dict[str, str], suffix: str
) -> None:
    for number, part in enumerate(parts):
        columns = {**CREATED_AND_SCHEDULED, "company": [f"Co{number}a", f"Co{number}b"]}
        if part in copies:  # the rows of the part it copies
            columns["company"] = [f"Co{parts.index(copies[part])}{x}" for x in "ab"]
        path = tmp_path / "in" / (part + suffix)
        path.parent.mkdir(parents=True, exist_ok=True)
        if suffix == ".csv":
            pd.DataFrame(columns).to_csv(path, index=False)
        else:
            parquet_file(path, columns)
    args = ["run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--as-of", "2026-11-20"]
    args += ["--engine", "pandas", "--json"]
    code, out, err = invoke(*args, "--map", "scheduled_for=interview_at")
    assert code == (1 if copies else 0), err
    reasons = {
        copy + suffix: (
            f"a copy of {Path(of).name}{suffix} beside it, by its name (as a sync tool or a file "
            "manager names a copy; a dataset's writer never does): not read, so its rows are "
            f"not run twice. If it holds rows {Path(of).name}{suffix} lacks, move them there; "
            "then delete it"
        )
        for copy, of in copies.items()
    }
    assert json.loads(out)["skipped"] == [
        {"file": file, "reason": reason} for file, reason in sorted(reasons.items())
    ]
    for file, reason in reasons.items():
        assert f"{tmp_path / 'in' / file}: SKIPPED — {reason}\n" in err
    written = [
        pq.read_table(p).column("company").to_pylist()
        for p in (tmp_path / "out").rglob("*.parquet")
    ]
    companies = sorted(c for file in written for c in file)
    expected = [f"Co{n}{x}" for n, part in enumerate(parts) if part not in copies for x in "ab"]
    assert companies == sorted(expected)  # each row once


def test_a_log_on_a_full_disk_leaves_the_dataset_run_and_its_json(tmp_path: Path) -> None:
    # /dev/full: every write fails with "No space left on device" (ot12 F3, as for trackers).
    write_dataset(tmp_path / "in", 50, files=1, seed=3)
    args = ["run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--as-of", "2026-11-20"]
    code, out, err = invoke(*args, "--json", "--log-file", "/dev/full")
    lost = (
        "the log file /dev/full could not be written (No space left on device); the run went "
        "on without it"
    )
    assert code == 0, err
    assert err.count(lost) == 1 and "Traceback" not in err
    assert json.loads(out)["log_error"] == lost
    assert json.loads((tmp_path / "out" / "_followup-batch.json").read_text())["rows"] == 50


def test_cli_logs_a_dataset_run(tmp_path: Path) -> None:
    write_dataset(tmp_path / "in", 20, files=1)
    log = tmp_path / "run.log"
    code, out, _ = invoke(
        "run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q", "--log-file", str(log)
    )
    assert (code, out) == (0, "")
    assert f"INFO {tmp_path / 'in'} (1 Parquet file, 1 partition): 20 rows" in log.read_text()


def test_a_run_logs_its_steps_as_they_happen(tmp_path: Path) -> None:
    """A nightly job's log said nothing for the 25 minutes of a big run: now it says the plan,
    each partition done (every twentieth of many) and the digest's start and end, each line
    written to the file at once."""
    from followup_batch.cli.console import Reporter

    write_dataset(tmp_path / "in", 90, files=3)
    reporter = Reporter(as_json=False, verbose=0, quiet=True, log_file=tmp_path / "run.log")
    written = []

    def log(line: str) -> None:
        reporter.log_line(line)
        written.append((tmp_path / "run.log").read_text().splitlines()[-1].split(" ", 2)[2])

    run(tmp_path / "in", tmp_path / "out", partition_rows=10, digest_dir=tmp_path / "d", log=log)
    reporter.flush()
    assert written == [
        f"{tmp_path / 'in'}: planned 3 Parquet files, 90 rows in 9 partitions",
        *(f"{n} of 9 partitions done" for n in range(1, 10)),
        "digest: writing each coach's folder",
        "digest: 2 coach folders written",
    ]
    many: list[str] = []
    run(tmp_path / "in", tmp_path / "out2", partition_rows=2, log=many.append)
    assert many[1:] == [f"{n} of 45 partitions done" for n in [*range(3, 45, 3), 45]]


@pytest.mark.parametrize(
    ("heard", "told", "logged"),
    [
        # (partition keys heard of as done, in order) -> progress told, lines logged
        # (none done is told as the run starts: the terminal's line is drawn at once)
        (["a", "b", "c"], [(0, 3), (1, 3), (2, 3), (3, 3)], [1, 2, 3]),
        # one run again after the worker holding it was lost, and heard of again: counted once
        (["a", "b", "a", "c"], [(0, 3), (1, 3), (2, 3), (3, 3)], [1, 2, 3]),
        # the run over (closed) before Dask's thread told of the last: nothing more
        (["a", "closed", "b"], [(0, 3), (1, 3)], [1]),
    ],
    ids=["each", "run-again", "after-the-run"],
)
def test_partitions_done_are_counted_once(
    heard: list[str], told: list[tuple[int, int]], logged: list[int]
) -> None:
    """What both engines call as each partition ends: the terminal's progress (N, M) and the
    log's line, each partition once, nothing once the run is over (a late callback drew the
    status line again under the run's last line)."""
    from followup_batch.datasets.engines import PartitionsDone

    progress: list[tuple[int, int]] = []
    lines: list[str] = []
    finished = PartitionsDone(3, lines.append, lambda done, total: progress.append((done, total)))
    finished.start()
    for key in heard:
        if key == "closed":
            finished.close()
        else:
            finished(key)
    assert progress == told
    assert lines == [f"{done} of 3 partitions done" for done in logged]


def make_bad(path: Path, how: str) -> None:
    """``path`` made into a file a run cannot read, as they come from real exporters."""
    if how == "truncated":  # a crashed exporter, a copy cut short
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "no interview_at":
        pq.write_table(pq.read_table(path).drop_columns(["interview_at"]), path)
    elif how == "damaged pages":
        damage_pages(path, "company", row_group=0)
    elif how == "damaged footer":  # its schema overwritten, its length and magic kept
        data = bytearray(path.read_bytes())
        size = int.from_bytes(data[-8:-4], "little")
        data[-8 - size : -8] = b"A" * size
        path.write_bytes(bytes(data))
    elif how == "cut mid-quote":  # an export stopped within a quoted cell of row 5
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join(lines[:4]) + lines[4][:15], encoding="utf-8")


def damage_pages(path: Path, column: str, row_group: int) -> None:
    """Bytes in the middle of ``column``'s data pages in ``row_group`` overwritten, the footer
    kept: a file written whole and damaged since (a disk, a copy gone wrong)."""
    group = pq.ParquetFile(path).metadata.row_group(row_group)
    chunks = (group.column(i) for i in range(group.num_columns))
    chunk = next(chunk for chunk in chunks if chunk.path_in_schema == column)
    end = (chunk.dictionary_page_offset or chunk.data_page_offset) + chunk.total_compressed_size
    middle = (chunk.data_page_offset + end) // 2
    data = bytearray(path.read_bytes())
    data[middle : middle + 16] = b"\xff" * 16
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("kind", "how", "reason"),
    [
        ("parquet", "truncated", "not a readable Parquet file (Parquet magic bytes not found"),
        ("parquet", "empty", "not a readable Parquet file (Parquet file size is 0 bytes)"),
        (
            "parquet",
            "no interview_at",
            "its columns differ from part-0000.parquet's (it lacks interview_at); every file",
        ),
        ("csv", "empty", "an empty CSV file; a dataset's CSV files start with a header"),
        # ot51-F5: it stopped the whole run with nothing published
        (
            "csv",
            "cut mid-quote",
            'a quote (") starting a cell in row 5 is never closed, so the rest of the file would '
            "be read as that one cell; close or remove the quote, or export the file again",
        ),
        (
            "parquet",
            "damaged pages",
            'damaged Parquet data in row group 1 of 1 (rows 1–20), column "company" (',
        ),
        # ot78-F5: pyarrow's message ends in a line break, which split the reason in two
        (
            "parquet",
            "damaged footer",
            "not a readable Parquet file (Couldn't deserialize thrift: No more data to read.)",
        ),
    ],
)
def test_cli_a_file_that_cannot_be_run_is_skipped_and_the_others_published(
    tmp_path: Path, kind: str, how: str, reason: str
) -> None:
    """One bad file refused the whole run (exit 1, no output). Now the others are run and
    published, the bad one named with its reason on stderr, in --json and in OUT's marker
    (exit 1); its output from an earlier good run is gone, not left looking current; and the
    same run again writes nothing and says the same."""
    write = write_dataset if kind == "parquet" else write_csv_files
    write(tmp_path / "in", 60, files=3)
    bad = tmp_path / "in" / f"part-0002.{kind}"
    args = ["run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--as-of", "2026-11-20"]
    args += ["--engine", "pandas", "--json"]
    assert invoke(*args)[0] == 0
    earlier = {p.name: p.read_bytes() for p in (tmp_path / "out").glob("*.parquet")}
    assert len(earlier) == 3
    make_bad(bad, how)
    for again in (False, True):
        before = stats_of(tmp_path / "out")
        code, out, err = invoke(*args, "-v")
        assert code == 1, err
        skipped = json.loads(out)["skipped"]
        assert [s["file"] for s in skipped] == [bad.name]
        assert skipped[0]["reason"].startswith(reason), skipped[0]["reason"]
        assert "\n" not in skipped[0]["reason"]
        marker = json.loads((tmp_path / "out" / "_followup-batch.json").read_text())
        assert (marker["skipped"], marker["files"]) == (skipped, sorted(earlier)[:2])
        assert json.loads(out)["rows"] == 40
        for name in sorted(earlier)[:2]:  # the good files' outputs, byte for byte
            assert (tmp_path / "out" / name).read_bytes() == earlier[name]
        assert f"{bad}: SKIPPED — {skipped[0]['reason']}\n" in err
        assert (
            f"1 of 3 files skipped (part-0002.{kind}); the other 2 were run, and "
            f"{tmp_path / 'out'} holds no output for the skipped file.\n"
        ) in err
        held = f"{tmp_path / 'out'} already held this output: nothing was written to it"
        assert (held in err) is again
        if again:
            assert stats_of(tmp_path / "out") == before


# (file damaged, how it was written, column damaged -> the reason it is skipped); two files
# of three row groups of 500 rows, the second row group damaged.
DAMAGED_ROWS = "row group 2 of 3 (rows 501–1,000)"


@pytest.mark.parametrize(
    ("damaged", "written", "column", "reason"),
    [
        (
            "part-0000.parquet",
            {"compression": "snappy"},
            "company",
            f'damaged Parquet data in {DAMAGED_ROWS}, column "company" (Index not in '
            "dictionary bounds); copy or export the file again",
        ),
        (
            "part-0001.parquet",
            {"compression": "zstd"},
            "interview_at",
            f'damaged Parquet data in {DAMAGED_ROWS}, column "interview_at" (Unexpected end '
            "of stream); copy or export the file again",
        ),
        (
            "part-0000.parquet",
            {"compression": "none"},
            "client",
            f'damaged Parquet data in {DAMAGED_ROWS}, column "client" (Index not in '
            "dictionary bounds); copy or export the file again",
        ),
        # Plain text pages without compression: damaged letters still decode, into other
        # letters; the page's checksum (as Spark writes them) tells.
        (
            "part-0001.parquet",
            {"compression": "none", "use_dictionary": False, "write_page_checksum": True},
            "topic",
            f'damaged Parquet data in {DAMAGED_ROWS}, column "topic" (could not verify page '
            "integrity, CRC checksum verification failed for page_ordinal 0); copy or export "
            "the file again",
        ),
    ],
)
def test_a_file_with_damaged_data_pages_is_skipped(
    tmp_path: Path, damaged: str, written: dict[str, Any], column: str, reason: str
) -> None:
    """A file whose footer reads but whose data pages are damaged stopped the whole run when
    its rows were read (ArrowInvalid: an internal error, nothing published). Now it is
    skipped before any work like a truncated file, named with the rows and column, and OUT
    holds the other file's output only."""
    write_damaged(tmp_path / "in", written, damaged, column)
    good = next(p.name for p in (tmp_path / "in").iterdir() if p.name != damaged)
    report = run(tmp_path / "in", tmp_path / "out", partition_rows=500)
    assert [(s.file, s.reason) for s in report.skipped] == [(damaged, reason)]  # type: ignore[attr-defined]
    assert (report.files, report.partitions, report.rows) == (1, 3, 1_500)  # type: ignore[attr-defined]
    marker = json.loads((tmp_path / "out" / "_followup-batch.json").read_text())
    assert marker["skipped"] == [{"file": damaged, "reason": reason}]
    stem = good.removesuffix(".parquet")
    assert marker["files"] == [f"{stem}.{k:04d}.parquet" for k in range(3)]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "_followup-batch.json",
        *marker["files"],
    ]


def write_damaged(folder: Path, written: dict[str, Any], damaged: str, column: str) -> None:
    """Two files of 1,500 rows in row groups of 500, written with ``written``'s options; the
    second row group of ``damaged`` damaged in ``column``."""
    folder.mkdir()
    for k in range(2):
        path = folder / f"part-{k:04d}.parquet"
        pq.write_table(interview_table(1_500, seed=k), path, row_group_size=500, **written)
    damage_pages(folder / damaged, column, row_group=1)


def test_every_file_damaged_is_one_error_and_no_output(tmp_path: Path) -> None:
    """No file left to run: one message naming each file's damage, nothing made."""
    write_damaged(tmp_path / "in", {}, "part-0000.parquet", "company")
    damage_pages(tmp_path / "in" / "part-0001.parquet", "company", row_group=1)
    with pytest.raises(DatasetError) as raised:
        run(tmp_path / "in", tmp_path / "out")
    damage = (
        f"damaged Parquet data in {DAMAGED_ROWS}, "
        'column "company" (Index not in dictionary bounds); copy or export the file again'
    )
    assert str(raised.value) == (
        f"{tmp_path / 'in'}: none of its 2 files can be run, so nothing was run:\n"
        f"  {tmp_path / 'in' / 'part-0000.parquet'}: {damage}\n"
        f"  {tmp_path / 'in' / 'part-0001.parquet'}: {damage}"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_a_file_damaged_after_the_check_stops_the_run_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Damaged after the plan read it (rewritten while the run goes): the piece that cannot
    be read is named with its first row, and nothing is published (it was an internal
    error)."""
    from followup_batch.datasets import pieces

    write_damaged(tmp_path / "in", {}, "part-0001.parquet", "company")
    monkeypatch.setattr(pieces, "check_parquet_data", lambda _: None, raising=False)
    with pytest.raises(DatasetError) as raised:
        run(tmp_path / "in", tmp_path / "out", partition_rows=500)
    assert str(raised.value) == (
        f"{tmp_path / 'in' / 'part-0001.parquet'}: cannot be read from row 501 on (Index not "
        "in dictionary bounds): it was changed after the run checked it. Nothing was published"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


NAMES_HEADER = "Client,Company,Position,Interview Date\n"
NAMES = "Søren Kierkegaard,José Café,PM,2026-11-10\nWang Wei,北京 Labs,PM,2026-11-10\n"
FILLER = b"Ann Lee,Acme,PM,2026-11-10\n" * 2_700  # 70 KiB: past the 64 KiB told from
UTF8_NAMES = (NAMES_HEADER + NAMES).encode()
RENE = b"Ren\xe9 Roy,Acme,PM,2026-11-10\n"  # a name pasted from a Windows-1252 export
SOREN, WANG = ("Søren Kierkegaard", "José Café"), ("Wang Wei", "北京 Labs")
RENE_ROY, ANN = ("René Roy", "Acme"), ("Ann Lee", "Acme")


def one_stray_byte_note(at: int, line: int) -> str:
    return (
        "UTF-8 but for 1 byte that is not, read as Windows-1252 — the first, byte 0xe9 at "
        f"offset {at:,} (line {line:,}), as 'é'; check that row, or save the file as UTF-8"
    )


@pytest.mark.parametrize(
    ("content", "names", "note"),
    [
        # A stray byte within the first 64 KiB made the whole file Windows-1252: every
        # name garbled ("SÃ¸ren Kierkegaard"), and nothing said.
        (
            UTF8_NAMES + RENE + FILLER,
            [SOREN, WANG, RENE_ROY, ANN],
            one_stray_byte_note(len(UTF8_NAMES) + 3, 4),
        ),
        # Past them, it skipped the file (exit 1).
        (
            UTF8_NAMES + FILLER + RENE,
            [SOREN, WANG, ANN, RENE_ROY],
            one_stray_byte_note(len(UTF8_NAMES + FILLER) + 3, 2_704),
        ),
        # A byte-order mark, then a stray byte: an internal error.
        (
            codecs.BOM_UTF8 + UTF8_NAMES + RENE,
            [SOREN, WANG, RENE_ROY],
            one_stray_byte_note(len(codecs.BOM_UTF8 + UTF8_NAMES) + 3, 4),
        ),
        # No character of the start is one Windows-1252 text could not hold by itself
        # ("Москва" is two-byte UTF-8 characters): it was read whole in Mac Roman.
        (
            "Client,Company,Position,Interview Date\nИван Петров,Москва,PM,2026-11-10\n".encode()
            + RENE,
            [("Иван Петров", "Москва"), RENE_ROY],
            one_stray_byte_note(91, 3),
        ),
        # A Windows-1252 export is read as one, without a note ("É’" is a UTF-8 character
        # by chance).
        (
            (
                "Client,Company,Position,Interview Date\nSøren Kierkegaard,José Café,PM,"
                "2026-11-10\nRené Roy,CAFÉ’S,PM,2026-11-10\n"
            ).encode("cp1252"),
            [SOREN, ("René Roy", "CAFÉ’S")],
            None,
        ),
    ],
    ids=["in the first 64 KiB", "past them", "after a BOM", "Cyrillic", "Windows-1252"],
)
def test_cli_a_utf8_csv_with_a_stray_byte_keeps_its_text_and_says_so(
    tmp_path: Path, content: bytes, names: list[tuple[str, str]], note: str | None
) -> None:
    """A UTF-8 file with a byte that is not UTF-8 is read as UTF-8, that byte in Windows-1252
    (as a tracker reads it), and named on stderr and in OUT's marker; a Windows-1252 file is
    still read as one."""
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "a.csv"
    path.write_bytes(content)
    code, out, err = invoke(
        "run",
        str(tmp_path / "in"),
        "-o",
        str(tmp_path / "out"),
        "--as-of",
        "2026-11-20",
        "--engine",
        "pandas",
    )
    assert code == 0, err
    frame = pq.read_table(tmp_path / "out" / "a.parquet").to_pandas()
    assert list(dict.fromkeys(zip(frame["Client"], frame["Company"], strict=True))) == names
    notes = [f"{path}: {note}"] if note else []
    assert json.loads((tmp_path / "out" / "_followup-batch.json").read_text())["notes"] == notes
    assert [line for line in err.splitlines() if line.startswith("note:")] == [
        f"note: {n}" for n in notes
    ]


# Under the code page --encoding or the config named, a UTF-8 part's names were written out
# garbled ("MÃ¼ller GmbH") and the run said nothing; a tracker was refused (fx74).
GERMAN_PART = "Company,Position,Interview Date\nMüller GmbH,Dev,2026-11-10\n".encode()
RUSSIAN_PART = "Company,Position,Interview Date\nМария,Dev,2026-11-10\n".encode()
WESTERN_PART = "Company,Position,Interview Date\nMüller GmbH,Dev,2026-11-10\n".encode("cp1252")
PLAIN_PART = b"Company,Position,Interview Date\nAcme,Dev,2026-11-10\n"
# ASCII to past the first MiB read at once, "Jürgen" cut by its end: "J" | "ürgen".
_BEFORE = b"Company,Position,Interview Date\n" + b"Acme,Dev,2026-11-10\n" * 52_000
_PADDED = b"A" * ((1 << 20) - 1 - len(_BEFORE) - len(b",Dev,2026-11-10\n")) + b",Dev,2026-11-10\n"
LATE_PART = _BEFORE + _PADDED + "Jürgen,Dev,2026-11-10\n".encode()
SKIPPED_UTF8 = (
    "it is UTF-8, not {chosen} as --encoding or the config's encoding says: read so, {word!r} "
    "would be {garbled!r} in every draft; it was not read. Leave --encoding (and the config's "
    "encoding) out: each CSV file's encoding is then told from its own start"
)


@pytest.mark.parametrize(
    ("encoding", "parts", "skipped", "companies"),
    [
        (
            "cp1252",
            {"de": GERMAN_PART, "ru": RUSSIAN_PART, "w": WESTERN_PART, "x": PLAIN_PART},
            {
                "de": ("Windows-1252", "Müller", "MÃ¼ller"),
                "ru": ("Windows-1252", "Мария", "ÐœÐ°Ñ€Ð¸Ñ\ufffd"),
            },
            ["Müller GmbH", "Acme"],  # w.csv is what the option is for
        ),
        (
            "mac_roman",
            {"de": GERMAN_PART, "x": PLAIN_PART},
            {"de": ("Mac Roman", "Müller", "M√ºller")},
            ["Acme"],
        ),
        (
            "cp1251",
            {"ru": RUSSIAN_PART, "x": PLAIN_PART},
            {"ru": ("Windows-1251", "Мария", "РњР°СЂРёСЏ")},
            ["Acme"],
        ),
        # A BOM is not the word shown: a letter the reading garbles is (ot65 F10: the reason
        # said '\ufeffcompany' would be 'ï»¿company').
        (
            "cp1252",
            {
                "de": codecs.BOM_UTF8 + GERMAN_PART,
                "m": codecs.BOM_UTF8 + PLAIN_PART,
                "x": PLAIN_PART,
            },
            {
                "de": ("Windows-1252", "Müller", "MÃ¼ller"),
                "m": ("Windows-1252", "\ufeffCompany", "ï»¿Company"),  # nothing else to show
            },
            ["Acme"],
        ),
        (
            "cp1252",
            {"late": LATE_PART, "x": PLAIN_PART},
            {"late": ("Windows-1252", "Jürgen", "JÃ¼rgen")},
            ["Acme"],
        ),
        ("utf-8", {"de": GERMAN_PART, "ru": RUSSIAN_PART}, {}, ["Müller GmbH", "Мария"]),
        # Its mark was read as part of the first header: skipped, its columns "differ".
        ("utf-8", {"m": codecs.BOM_UTF8 + PLAIN_PART, "x": PLAIN_PART}, {}, ["Acme", "Acme"]),
        ("utf_8_sig", {"m": codecs.BOM_UTF8 + PLAIN_PART, "x": PLAIN_PART}, {}, ["Acme", "Acme"]),
    ],
    ids=[
        "cp1252",
        "mac_roman",
        "cp1251",
        "a BOM under cp1252",
        "past the first MiB",
        "utf-8",
        "utf-8, a BOM",
        "utf_8_sig",
    ],
)
@pytest.mark.parametrize("how", ["--encoding", "--config"])
def test_cli_csv_parts_read_in_the_encoding_named(
    tmp_path: Path,
    encoding: str,
    parts: dict[str, bytes],
    skipped: dict[str, tuple[str, str, str]],
    companies: list[str],
    how: str,
) -> None:
    """A UTF-8 part under a code page is skipped and named with the word it would garble, as a
    tracker is refused; the others are read in the encoding named (past a byte-order mark)
    and published."""
    (tmp_path / "in").mkdir()
    for name, data in parts.items():
        (tmp_path / "in" / f"{name}.csv").write_bytes(data)
    (tmp_path / "c.toml").write_text(f'encoding = "{encoding}"\n', encoding="utf-8")
    forced = [how, encoding if how == "--encoding" else str(tmp_path / "c.toml")]
    args = ["run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--as-of", "2026-11-20"]
    code, out, err = invoke(*args, "--engine", "pandas", "--json", *forced)
    assert code == (1 if skipped else 0), err
    reasons = {
        f"{name}.csv": SKIPPED_UTF8.format(chosen=chosen, word=word, garbled=garbled)
        for name, (chosen, word, garbled) in skipped.items()
    }
    assert {s["file"]: s["reason"] for s in json.loads(out)["skipped"]} == reasons
    for name, reason in reasons.items():
        assert f"{tmp_path / 'in' / name}: SKIPPED — {reason}\n" in err
    read = sorted(set(parts) - set(skipped))
    frames = [pq.read_table(tmp_path / "out" / f"{name}.parquet").to_pandas() for name in read]
    assert [c for frame in frames for c in frame["Company"]] == companies
    assert sorted(p.name for p in (tmp_path / "out").glob("*.parquet")) == [
        f"{name}.parquet" for name in read
    ]


NOT_UTF8 = (
    "not UTF-8 text as --encoding or the config's encoding says: byte 0xfc at offset 33 "
    "(line 2) is not UTF-8; the file reads as Windows-1252: name that encoding (--encoding "
    "cp1252), or leave --encoding out to have it told from the file"
)
UTF16_PART = codecs.BOM_UTF16_LE + PLAIN_PART.decode().encode("utf-16-le")
UTF16_REASON = "a UTF-16 CSV file; save the export as UTF-8 (or Parquet) to run it as a dataset"


# ot110 F9: a Windows-1252 part under --encoding utf-8 was skipped with Python's codec text
# ("'utf-8' codec can't decode byte 0xfc in position 33: invalid start byte") and told to
# "try cp1252 or utf-8"; with every part failing, only the first part's reason was given.
@pytest.mark.parametrize(
    ("parts", "said", "code"),
    [
        (
            {"w": WESTERN_PART, "x": PLAIN_PART},
            "{in}/w.csv: SKIPPED — " + NOT_UTF8 + "\n",
            1,
        ),
        (
            {"w": WESTERN_PART, "u": UTF16_PART},
            "Error: {in}: none of its 2 files can be run, so nothing was run:\n"
            f"  {{in}}/u.csv: {UTF16_REASON}\n  {{in}}/w.csv: {NOT_UTF8}\n",
            1,
        ),
    ],
    ids=["one part", "every part"],
)
def test_cli_a_part_not_in_the_encoding_named_says_where_and_which_it_is(
    tmp_path: Path, parts: dict[str, bytes], said: str, code: int
) -> None:
    """The byte, its offset and line, and the encoding the file reads in (never the one
    named again); each part with its own reason when none can be run."""
    (tmp_path / "in").mkdir()
    for name, data in parts.items():
        (tmp_path / "in" / f"{name}.csv").write_bytes(data)
    args = ["run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--as-of", "2026-11-20"]
    got, _, err = invoke(*args, "--engine", "pandas", "--encoding", "utf-8", "-q")
    assert got == code
    assert said.replace("{in}", str(tmp_path / "in")) in err


DAY_FIRST_NOTE = (
    '"Interview Date": text dates such as 3/11/2026 are read day first (3/11/2026 is 3 '
    "November) in every file (no value settles it; every row's Country (Germany, the United "
    "Kingdom) writes dates "
    "day-first); --monthfirst reads every column that way."
)
ASSUMED_NOTE = (
    '"Interview Date": text dates such as 3/11/2026 are read month first (March 11) in every '
    "file (no value in any file settles it); --dayfirst reads every column that way."
)


@pytest.mark.parametrize("engine", ["pandas", "dask"])
@pytest.mark.parametrize(
    ("countries", "option", "interviews", "said"),
    [
        # German and British clients: 3 April, said under -v only (as a tracker says it).
        (("DE", "GB"), "-v", ["2027-04-03", "2027-05-04"], [f"  note: {DAY_FIRST_NOTE}"]),
        (("DE", "GB"), "", ["2027-04-03", "2027-05-04"], []),
        # A US client and a German one: March 4, and a plain run says it assumed so.
        (("US", "DE"), "", ["2027-03-04", "2027-04-05"], [ASSUMED_NOTE]),
        (("US", "DE"), "-v", ["2027-03-04", "2027-04-05"], [ASSUMED_NOTE]),
        (("US", "DE"), "-q", ["2027-03-04", "2027-04-05"], []),
    ],
)
def test_cli_reads_a_datasets_dates_as_its_rows_places_write_them(
    tmp_path: Path,
    engine: str,
    countries: tuple[str, str],
    option: str,
    interviews: list[str],
    said: list[str],
    on_engine: dict[str, str],
) -> None:
    """What the user sees: the interviews the row's Why counts from, and the note on stderr."""
    path = tmp_path / "a.csv"
    path.write_text(
        "Client,Company,Position,Interview Date,Country\n"
        f"Lena,Acme,PM,03/04/2027,{countries[0]}\nTom,Initech,PM,04/05/2027,{countries[1]}\n"
    )
    out = tmp_path / "out"
    args = ("run", str(path), *as_options(on_engine), "-o", str(out), "--as-of", "2027-04-01")
    code, _, err = invoke(*args, *([option] if option else []))
    assert code == 0, err
    frame = pq.read_table(out / "a.parquet").to_pandas()
    whys = frame["followup_why"].tolist()
    assert [why.split("interview on ")[1][4:14] for why in whys] == interviews
    notes = [line for line in err.splitlines() if "Interview Date" in line]
    assert notes == [f"note: {path}: {n}" if n == ASSUMED_NOTE else n for n in said]


# One order for a column over the whole dataset: a US part's 03/12/2026 was read as 3 December
# because a European part held 25/12/2026, without a word (fx74). A part whose own values or
# places settle its order is read so, as a tracker of its rows is; one they do not settle
# (a part of one export cut in two) takes the dataset's.
US_PART = (
    "Company,Position,Interview Date{country}\nAcme,PM,03/12/2026{us}\nBeta,PM,04/11/2026{us}\n"
)
EU_PART = (
    "Company,Position,Interview Date{country}\nGamma,PM,25/12/2026{de}\nDelta,PM,03/12/2026{de}\n"
)


@pytest.mark.parametrize("engine", ["pandas", "dask"])
@pytest.mark.parametrize(
    ("us", "eu", "options", "interviews", "notes"),
    [
        (  # each part's Country: the US part month first, the European one day first
            US_PART.format(country=",Country", us=",US"),
            EU_PART.format(country=",Country", de=",DE"),
            [],
            {"us": ["2026-03-12", "2026-04-11"], "eu": ["2026-12-25", "2026-12-03"]},
            [
                'us.csv: "Interview Date": text dates such as 3/11/2026 are read month first '
                "(March 11) in this file (every row's Country (the United States) writes dates "
                "month-first), "
                "day first in the others; --dayfirst or --monthfirst reads every file one way."
            ],
        ),
        (  # each part's own values: 12/25/2026 and 25/12/2026
            US_PART.format(country="", us="").replace("04/11/2026", "12/25/2026"),
            EU_PART.format(country="", de=""),
            [],
            {"us": ["2026-03-12", "2026-12-25"], "eu": ["2026-12-25", "2026-12-03"]},
            [
                'eu.csv: "Interview Date": text dates such as 3/11/2026 are read day first '
                '(3/11/2026 is 3 November) in this file ("25/12/2026", row 2, settles it); '
                "--dayfirst or --monthfirst reads every file one way.",
                'us.csv: "Interview Date": text dates such as 3/11/2026 are read month first '
                '(March 11) in this file ("12/25/2026", row 3, settles it); --dayfirst or '
                "--monthfirst reads every file one way.",
            ],
        ),
        (  # nothing in the US part settles it: the dataset's order, as for one export cut in two
            US_PART.format(country="", us=""),
            EU_PART.format(country="", de=""),
            [],
            {"us": ["2026-12-03", "2026-11-04"], "eu": ["2026-12-25", "2026-12-03"]},
            [],
        ),
        (  # --monthfirst: every part
            US_PART.format(country=",Country", us=",US"),
            EU_PART.format(country=",Country", de=",DE").replace("25/12/2026", "12/25/2026"),
            ["--monthfirst"],
            {"us": ["2026-03-12", "2026-04-11"], "eu": ["2026-12-25", "2026-03-12"]},
            [],
        ),
    ],
    ids=["countries", "values", "unsettled part", "--monthfirst"],
)
def test_cli_each_part_of_a_dataset_reads_dates_as_its_own_rows_settle(
    tmp_path: Path,
    engine: str,
    us: str,
    eu: str,
    options: list[str],
    interviews: dict[str, list[str]],
    notes: list[str],
    on_engine: dict[str, str],
) -> None:
    """The interviews each part's rows count from, and what a plain run says (without -v)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "us.csv").write_text(us, encoding="utf-8")
    (tmp_path / "in" / "eu.csv").write_text(eu, encoding="utf-8")
    out = tmp_path / "out"
    args = (
        "run",
        str(tmp_path / "in"),
        *as_options(on_engine),
        "-o",
        str(out),
        "--as-of",
        "2026-11-20",
    )
    code, _, err = invoke(*args, *options)
    assert code == 0, err
    for part, expected in interviews.items():
        frame = pq.read_table(out / f"{part}.parquet").to_pandas()
        assert [why.split("interview on ")[1][4:14] for why in frame["followup_why"]] == expected
        assert frame["followup_problems"].tolist() == ["", ""]
    said = [line for line in err.splitlines() if line.startswith("note:")]
    assert said == [f"note: {tmp_path / 'in' / note}" for note in notes]


@pytest.mark.parametrize(
    ("typed", "cwd", "shown"),
    [
        ("{tmp}/in", "", "{tmp}/in/"),
        ("in/", "", "in/"),
        ("./in", "", "in/"),
        ("in/*.csv", "", "in/"),
        (".", "in", ""),
        ("../in", "in", "../in/"),
    ],
)
def test_cli_names_a_part_in_its_notes_as_data_was_typed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str, cwd: str, shown: str
) -> None:
    """A part's date-order note and its SKIPPED line name it from DATA as typed, as the
    summary above them does (ot67 F9: the note named it by its absolute path)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "us.csv").write_text(US_PART.format(country=",Country", us=",US"))
    (tmp_path / "in" / "eu.csv").write_text(EU_PART.format(country=",Country", de=",DE"))
    (tmp_path / "in" / "odd.csv").write_text("Company,Interview Date\nAcme,2026-11-10\n")
    monkeypatch.chdir(tmp_path / cwd)
    data = typed.format(tmp=tmp_path)
    args = ["run", data, "--engine", "pandas", "-o", str(tmp_path / "out"), "--as-of", "2026-11-20"]
    code, out, err = invoke(*args)
    assert code == 1, err
    assert out.startswith(f"{data} (2 CSV files, 2 partitions): 4 rows")
    part = shown.format(tmp=tmp_path)
    assert err.splitlines() == [
        f'note: {part}us.csv: "Interview Date": text dates such as 3/11/2026 are read month '
        "first (March 11) in this file (every row's Country (the United States) writes dates "
        "month-first), "
        "day first in the others; --dayfirst or --monthfirst reads every file one way.",
        f"{part}odd.csv: SKIPPED — its columns differ from eu.csv's (it lacks Position, "
        "Country); every file of a dataset needs the same columns, in any order (only an "
        "optional one may be missing)",
        "1 of 3 files skipped (odd.csv); the other 2 were run, and "
        f"{tmp_path / 'out'} holds no output for the skipped file.",
    ]


def test_cli_reads_a_csv_glob_with_an_engine(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text(TRACKER_CSV, encoding="utf-8")
    (tmp_path / "b.csv").write_text(TRACKER_CSV, encoding="utf-8")
    glob = str(tmp_path / "*.csv")
    code, out, err = invoke("run", glob, "--engine", "pandas", "-o", str(tmp_path / "out"))
    assert code == 0, err
    assert out.startswith(f"{glob} (2 CSV files, 2 partitions): 16 rows")
    assert sorted(p.name for p in (tmp_path / "out").glob("*.parquet")) == [
        "a.parquet",
        "b.parquet",
    ]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--sheet", "Jobs"], "--sheet is for a tracker, not a dataset (see --digest-dir)"),
        ([], "Invalid value for --output: a dataset needs --output OUT (a folder)"),
    ],
)
def test_cli_refuses_tracker_options_for_a_dataset(
    tmp_path: Path, options: list[str], message: str
) -> None:
    write_dataset(tmp_path / "in", 10, files=1)
    output = ["-o", str(tmp_path / "out")] if options else []
    code, _, err = invoke("run", str(tmp_path / "in"), *output, *options)
    assert code == 2
    assert message in " ".join(err.split())


def test_cli_refuses_dataset_options_for_a_tracker(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text(TRACKER_CSV, encoding="utf-8")
    code, _, err = invoke("run", str(tmp_path / "t.csv"), "--digest-dir", str(tmp_path / "d"))
    assert code == 2
    assert "--digest-dir is for a dataset (a .parquet file or folder, or --engine)" in err


@pytest.mark.parametrize(
    ("paths", "output", "line"),
    [
        # Two dataset folders were read as tracker folders: "a folder without trackers".
        (
            ["a", "b"],
            "out",
            "Invalid value for PATH: one dataset per run, and 2 were given ({a}, {b}): a dataset "
            'is one file, folder or glob; run each on its own, or quote a glob, "exports/*.csv", '
            "so that the shell passes it as it is",
        ),
        # A workbook's name made a folder of Parquet files named like one, without a word.
        (
            ["a/x.parquet"],
            "x.xlsx",
            "Invalid value for --output: {out} names a .xlsx file, but a dataset is written as "
            "a folder of Parquet files; name the folder without the suffix (x/)",
        ),
        (
            ["a"],
            "Scheduled.CSV",
            "Invalid value for --output: {out} names a .csv file, but a dataset is written as "
            "a folder of Parquet files; name the folder without the suffix (Scheduled/)",
        ),
    ],
    ids=["two-datasets", "workbook-output", "csv-output"],
)
def test_cli_says_what_a_dataset_run_takes(
    tmp_path: Path, paths: list[str], output: str, line: str
) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        pq.write_table(interview_table(5, seed=1), tmp_path / folder / "x.parquet")
    given = [str(tmp_path / path) for path in paths]
    out = tmp_path / output
    code, _, err = invoke("run", *given, "--output", str(out), "--as-of", "2026-11-20")
    assert code == 2
    assert err == (
        "Usage: main run [OPTIONS] PATH...\nTry 'main run --help' for help.\n\n"
        "Error: " + line.format(a=given[0], b=given[-1], out=out) + "\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]


def test_cli_a_missing_column_stops_before_any_work(tmp_path: Path) -> None:
    pq.write_table(pa.table({"company": ["Acme"], "role": ["PM"]}), tmp_path / "in.parquet")
    code, out, err = invoke("run", str(tmp_path / "in.parquet"), "-o", str(tmp_path / "out"))
    assert code == 1
    assert out == ""
    assert err.startswith(f"Error: {tmp_path / 'in.parquet'}: no column for Interview Date")
    assert not (tmp_path / "out").exists()


NO_SUCH = "no such file, folder or matching files"
NO_DATA_FILES = "no Parquet or CSV files in this folder (looked for .parquet, .parq, .pq, .csv, "


@pytest.mark.parametrize(
    ("data", "engine", "said"),
    [
        ("nope/", (), f"nope/: {NO_SUCH}"),
        ("nope/", ("--engine", "pandas"), f"nope/: {NO_SUCH}"),
        ("empty/*.parquet", (), f"empty/*.parquet: {NO_SUCH}"),
        ("empty/*.parquet", ("--engine", "pandas"), f"empty/*.parquet: {NO_SUCH}"),
        ("empty", (), "empty: a folder without trackers (.xlsx, .xlsm, .csv or .tsv files)"),
        ("empty", ("--engine", "pandas"), f"empty: {NO_DATA_FILES}.tsv, .txt)"),
    ],
)
def test_cli_a_path_that_names_no_data_is_a_usage_error_with_or_without_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: str, engine: tuple[str, ...], said: str
) -> None:
    """ot110 F10: a missing folder exited 2 without --engine and 1 with it, and docs/scale.md
    said 1; a nightly job's check of its exit code now sees one rule, a usage error's."""
    (tmp_path / "empty").mkdir()
    monkeypatch.chdir(tmp_path)
    code, out, err = invoke("run", data, "--output", "out", *engine, "--as-of", "2026-11-20")
    assert (code, out) == (2, "")
    assert err.endswith(f"Error: Invalid value for PATH: {said}\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty"]


@pytest.mark.parametrize(
    ("engine", "absent", "said"),
    [
        (
            "dask",
            ("dask", "distributed"),
            "--engine dask needs dask, distributed: pip install 'followup-batch[dask]'",
        ),
        ("dask", ("pyarrow",), "--engine dask needs pyarrow: pip install 'followup-batch[dask]'"),
        # the default engine needs pyarrow only: the dask extra would install a cluster too
        ("pandas", ("pyarrow",), "--engine pandas needs pyarrow: pip install pyarrow"),
    ],
)
def test_cli_says_what_to_install_for_the_engine(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    engine: str,
    absent: tuple[str, ...],
    said: str,
) -> None:
    import importlib.util

    find_spec = importlib.util.find_spec

    def without(name: str, *args: Any) -> Any:
        return None if name in absent else find_spec(name, *args)

    write_dataset(tmp_path / "in", 10, files=1)
    monkeypatch.setattr(importlib.util, "find_spec", without)
    code, _, err = invoke(
        "run", str(tmp_path / "in"), "-o", str(tmp_path / "o"), "--engine", engine
    )
    assert code == 1
    assert err == f"Error: a dataset run with {said}\n"
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(
    ("raised", "line"),
    [
        (
            OSError(28, "No space left on device", "/data/out/.out.partial-1/a.parquet"),
            "a.parquet: the disk holding /data/out/.out.partial-1 is full",
        ),
        (
            FileNotFoundError(2, "No such file or directory", "/gone/part-0002.parquet"),
            "part-0002.parquet was deleted or moved while it was being processed",
        ),
        (RuntimeError("boom"), "internal error — please report it (RuntimeError: boom)"),
    ],
)
def test_a_dataset_run_that_fails_says_so_in_one_line_and_in_its_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, raised: Exception, line: str
) -> None:
    """A full disk, a file gone mid-run or a bug: one line (a traceback only under -v and in
    the log), exit 1, and --json still prints a document (it printed nothing before)."""
    from followup_batch import datasets

    def failing(*_args: object, **_kwargs: object) -> object:
        raise raised

    monkeypatch.setattr(datasets, "run_dataset", failing)
    write_dataset(tmp_path / "in", 20, files=1)
    args = ["run", str(tmp_path / "in"), "--output", str(tmp_path / "out"), "--as-of"]
    code, out, err = invoke(*args, "2026-11-20", "--json")
    assert code == 1
    assert line in err
    assert err.count(line) == 1
    assert "Traceback" not in err
    assert line in json.loads(out)["error"]
    code, _out, err = invoke(*args, "2026-11-20", "-v")
    assert ("Traceback" in err) is isinstance(raised, RuntimeError)


@pytest.mark.parametrize(
    ("step", "error"),
    [
        # The earlier digest folder cannot be moved aside (immutable, or another user's in a
        # sticky folder such as /tmp).
        ("retire", OSError(1, "Operation not permitted")),
        # The new one cannot be moved in (a folder that another program holds).
        ("swap", OSError(16, "Device or resource busy")),
    ],
)
def test_a_digest_that_cannot_be_published_after_out_was_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str, error: OSError
) -> None:
    """OUT is published first: a digest folder failing after it said "nothing was written;
    the output is as it was". Now the line says OUT holds the run and how to get the
    digests, the earlier digests are as they were, and that way gets them."""
    write_dataset(tmp_path / "in", 40, files=1)
    out, digests = tmp_path / "out", tmp_path / "d"
    args = ["run", str(tmp_path / "in"), "--output", str(out), "--digest-dir", str(digests)]
    assert invoke(*args, "--as-of", "2026-11-20")[0] == 0
    real_rename = Path.rename

    def rename(self: Path, target: Any) -> Path:
        moving = self == digests.resolve() if step == "retire" else ".d.partial-" in self.name
        if moving:
            raise OSError(error.errno, error.strerror, str(self))
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    code, _, err = invoke(*args, "--as-of", "2026-11-21")
    assert code == 1
    assert err == (
        f"Error: {out} holds this run's output, but the digests were not published: {digests} "
        f"could not be written ({error.strerror}) and is as it was. Fix that and run the same "
        f"command again: it leaves {out} as it is and writes the digests\n"
    )
    assert json.loads((out / "_followup-batch.json").read_text())["as_of"] == "2026-11-21"
    assert json.loads((digests / "_followup-batch.json").read_text())["as_of"] == "2026-11-20"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d", "in", "out"]
    monkeypatch.undo()
    published = stats_of(out)
    assert invoke(*args, "--as-of", "2026-11-21")[0] == 0
    assert stats_of(out) == published
    assert json.loads((digests / "_followup-batch.json").read_text())["as_of"] == "2026-11-21"


def test_a_refused_dataset_prints_its_json_too(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.csv").write_text("company,position,interview_at,topic,topic\n")
    code, out, err = invoke(
        "run",
        str(tmp_path / "in"),
        "--output",
        str(tmp_path / "out"),
        "--engine",
        "pandas",
        "--json",
    )
    assert code == 1
    message = (
        f"{tmp_path / 'in' / 'a.csv'}: more than one column is named 'topic'; rename them so "
        "that each name is used once (which one holds the data cannot be told)"
    )
    assert json.loads(out)["error"] == message
    assert err == f"Error: {message}\n"


def test_options_a_dataset_run_cannot_use_and_outputs_it_must_not_write_are_usage_errors(
    tmp_path: Path,
) -> None:
    """Exit 2, nothing done: --scheduler without the Dask engine and --digest-extra without
    --digest-dir were ignored in silence, and refused outputs exited 1."""
    write_dataset(tmp_path / "in", 20, files=1)
    run = ["run", str(tmp_path / "in"), "--as-of", "2026-11-20"]
    out = ["--output", str(tmp_path / "out")]
    code, _, err = invoke(*run, *out, "--scheduler", "tcp://127.0.0.1:8786")
    assert code == 2
    assert "--scheduler names a Dask cluster: add --engine dask" in err
    code, _, err = invoke(*run, *out, "--digest-extra", "eml")
    assert code == 2
    assert "--digest-extra adds files to each coach's digest: add --digest-dir FOLDER" in err
    code, _, err = invoke(*run, "--output", str(tmp_path / "in" / "sub"))
    assert code == 2
    assert f"overlaps the input {(tmp_path / 'in').resolve()}" in err
    code, _, err = invoke(*run, *out, "--digest-dir", str(tmp_path / "out" / "digests"))
    assert code == 2
    assert f"overlaps --output {(tmp_path / 'out').resolve()}" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_a_task_still_running_after_its_run_stopped_does_not_make_the_staging_folder_again(
    tmp_path: Path,
) -> None:
    """Ctrl-C on a run with a remote cluster removes the staging folder, but tasks already
    running on the workers finish and wrote their files there, making it again (gigabytes
    left until the next run). A task now writes only into a staging folder that exists."""
    from followup_batch.datasets.partition import Tally, write_output

    table = pa.table({"company": ["Acme"]})
    staging = tmp_path / ".out.partial-1"
    staging.mkdir()
    write_output(staging, "coach=Ann/a.parquet", table, Tally(rows=1))
    assert (staging / "coach=Ann" / "a.parquet").is_file()
    staging_gone = tmp_path / ".out.partial-2"
    with pytest.raises(FileNotFoundError):
        write_output(staging_gone, "coach=Ann/a.parquet", table, Tally(rows=1))
    assert not staging_gone.exists()


def test_two_runs_into_one_output_take_turns(tmp_path: Path) -> None:
    """A second run into an OUT being written is refused, naming the run that holds it (both
    published, the last one winning, and both exited 0)."""
    import threading

    from followup_batch.errors import FileLocked
    from followup_batch.write.locks import file_lock

    write_dataset(tmp_path / "in", 20, files=1)
    held, release = threading.Event(), threading.Event()

    def other_run() -> None:
        with file_lock((tmp_path / "out").resolve()):
            held.set()
            release.wait(30)

    thread = threading.Thread(target=other_run)
    thread.start()
    try:
        assert held.wait(30)
        with pytest.raises(FileLocked, match="out is being updated by another followup-batch run"):
            run(tmp_path / "in", tmp_path / "out")
    finally:
        release.set()
        thread.join(30)
    assert not (tmp_path / "out").exists()
    run(tmp_path / "in", tmp_path / "out")
    assert (tmp_path / "out" / "_followup-batch.json").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]  # no lock file left


def test_a_coachs_digest_follows_alarm_drafts_template_and_client_profiles(
    tmp_path: Path,
) -> None:
    """--alarm, --with-drafts, the config's digest.html.j2 and its [clients] profiles were
    taken by a tracker run's exports and ignored in silence by a dataset's coach folders."""
    write_dataset(tmp_path / "in", 300, files=1, seed=3)
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "digest.html.j2").write_text(
        "<p>ours {{ as_of }} drafts={{ with_drafts }}</p>", encoding="utf-8"
    )
    config = tmp_path / "coach.toml"
    config.write_text(
        'templates = "templates"\n[clients."Client 0"]\nemail = "zero@example.com"\n',
        encoding="utf-8",
    )
    code, _, err = invoke(
        "run", str(tmp_path / "in"), "--output", str(tmp_path / "out"), "--as-of", "2026-11-20",
        "--digest-dir", str(tmp_path / "d"), "--digest-extra", "ics", "--digest-extra", "eml",
        "--alarm", "07:30", "--with-drafts", "--config", str(config),
    )  # fmt: skip
    assert code == 0, err
    folders = sorted(p for p in (tmp_path / "d").iterdir() if p.is_dir())
    assert len(folders) == 7
    for folder in folders:
        page = (folder / "digest.html").read_text(encoding="utf-8")
        # The coach's own template, then the mark by which a later run knows the page is its own.
        assert page == f"<p>ours 2026-11-20 drafts=True</p>\n\n{MARK}\n"
        calendar = (folder / "followups.ics").read_text(encoding="utf-8")
        assert "TRIGGER:PT7H30M" in calendar
        assert "TRIGGER:PT9H" not in calendar
    signed = [path for folder in folders for path in (folder / "drafts").glob("client-0-*.eml")]
    assert signed
    assert all(b"From: Client 0 <zero@example.com>" in path.read_bytes() for path in signed)


def output_disk_fails(code: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing a part of the output fails as pyarrow fails on a full disk: no file named."""

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(pq, "write_table", full)


def output_folder_takes_no_lock(code: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The output's folder takes no new file (os.open refuses it, as chmod does not stop
    root)."""
    opened = os.open

    def refused(path: object, *args: object, **kwargs: object) -> int:
        if str(path).endswith(".lock"):
            raise OSError(code, os.strerror(code), str(path))
        return opened(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refused)


# Report ot138, F2 and F4: a dataset's input is only read, so a full or read-only disk is
# the output's; the run's message named the input's disk ("the disk holding …/badpq is full")
# and "the file is as it was", or "the tracker's folder", neither of which a dataset has.
@pytest.mark.parametrize(
    ("fail", "code", "said"),
    [
        (
            output_disk_fails,
            errno.ENOSPC,
            "in: the disk holding {folder} is full{mount}; nothing was written and the output "
            "{out} is as it was. Free some space (or fix the disk), then run again",
        ),
        (
            output_disk_fails,
            errno.EDQUOT,
            "in: the disk quota for {folder} is used up{mount}; nothing was written and the "
            "output {out} is as it was. Free some space (or fix the disk), then run again",
        ),
        (
            output_folder_takes_no_lock,
            errno.EROFS,
            "out: cannot create the lock file .~followup-out.lock (Read-only file system); "
            "followup-batch needs to write in the output's folder to write it safely. Check the "
            "folder's permissions",
        ),
        (
            output_folder_takes_no_lock,
            errno.EACCES,
            "out: cannot create the lock file .~followup-out.lock (Permission denied); "
            "followup-batch needs to write in the output's folder to write it safely. Check the "
            "folder's permissions",
        ),
    ],
    ids=["full", "quota", "read-only", "no-permission"],
)
def test_a_dataset_runs_disk_trouble_is_said_of_its_output(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fail: Callable[[int, pytest.MonkeyPatch], None],
    code: int,
    said: str,
) -> None:
    from followup_batch.errors import mount_point

    write_dataset(tmp_path / "in", 50, files=1, seed=3)
    out = tmp_path / "results" / "out"
    out.parent.mkdir()
    fail(code, monkeypatch)
    exit_code, stdout, err = invoke(
        "run", str(tmp_path / "in"), "--engine", "pandas", "-o", str(out), "--as-of", "2026-11-20"
    )
    folder = tmp_path / "results"
    expected = said.format(folder=folder, mount=mount_point(folder), out=out)
    assert (exit_code, stdout, err) == (1, "", f"Error: {expected}\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "results"]
    assert list(folder.iterdir()) == []
