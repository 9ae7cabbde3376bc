"""The dataset plan: pieces, output names, columns, and what is refused before any work."""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import random
from pathlib import Path

import pytest

pytest.importorskip("pyarrow")  # the [dask] extra, which CI installs

import pyarrow as pa
import pyarrow.parquet as pq

from followup_batch.datasets import DatasetError
from followup_batch.datasets.pieces import parquet_ranges, raw_table, read_piece
from followup_batch.datasets.plan import is_dataset, plan_dataset
from followup_batch.read import ReadOptions

REQUIRED = {"company": ["Acme"], "position": ["Analyst"], "interview_at": ["2026-11-03"]}


def parquet(path: Path, columns: dict[str, list[object]], row_group_rows: int = 64) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table(columns), path, row_group_size=row_group_rows)
    return path


@pytest.mark.parametrize(
    ("groups", "partition_rows", "expected"),
    [
        # whole row groups gathered up to the partition size
        ([10, 10, 10], 25, [(0, 20), (20, 30)]),
        ([10, 10, 10], 30, [(0, 30)]),
        # a row group larger than a partition is sliced evenly
        ([100], 30, [(0, 25), (25, 50), (50, 75), (75, 100)]),
        ([5, 100, 5], 60, [(0, 5), (5, 55), (55, 105), (105, 110)]),
        # a file without rows is one empty piece, so its output exists too
        ([], 10, [(0, 0)]),
    ],
)
def test_parquet_pieces(
    tmp_path: Path, groups: list[int], partition_rows: int, expected: list[tuple[int, int]]
) -> None:
    path = tmp_path / "data.parquet"
    schema = pa.schema([("n", pa.int64())])
    with pq.ParquetWriter(path, schema) as writer:
        start = 0
        for size in groups:
            writer.write_table(pa.table({"n": range(start, start + size)}), row_group_size=size)
            start += size
    ranges = parquet_ranges(path, partition_rows)
    assert [(start, stop) for start, stop, _, _ in ranges] == expected
    assert [first for *_, first in ranges] == [start + 1 for start, _ in expected]


def test_pieces_read_their_rows_numbered_in_their_file(tmp_path: Path) -> None:
    rows = 230
    parquet(
        tmp_path / "in" / "a.parquet",
        {**{k: v * rows for k, v in REQUIRED.items()}, "n": list(range(rows))},
        row_group_rows=100,
    )
    plan = plan_dataset(str(tmp_path / "in"), ReadOptions(), partition_rows=60)
    frames = [read_piece(piece, plan) for piece in plan.pieces]
    assert [len(f) for f in frames] == [50, 50, 50, 50, 30]  # row groups of 100, 100 and 30
    assert [int(f.index[0]) for f in frames] == [1, 51, 101, 151, 201]
    assert [n for f in frames for n in f["n"]] == list(range(rows))
    assert [p.output for p in plan.pieces] == [f"a.{i:04d}.parquet" for i in range(5)]


def test_output_mirrors_the_input_folders(tmp_path: Path) -> None:
    root = tmp_path / "in"
    parquet(root / "coach=Ann" / "part-0.parquet", REQUIRED)
    parquet(root / "coach=Bo" / "nested" / "part-0.parquet", REQUIRED)
    parquet(root / "_tmp" / "half-written.parquet", REQUIRED)  # skipped, as Spark skips it
    plan = plan_dataset(str(root), ReadOptions(), partition_rows=1000)
    assert [p.output for p in plan.pieces] == [
        "coach=Ann/part-0.parquet",
        "coach=Bo/nested/part-0.parquet",
    ]
    assert plan.hive_keys == ("coach",)
    assert plan.coach == "coach"
    frame = read_piece(plan.pieces[1], plan)
    assert list(frame["coach"]) == ["Bo"]


@pytest.mark.parametrize(
    ("folder", "expected"),
    [
        ("Ann", "Ann"),
        # pyarrow, Spark and Hive escape values, and write a null as the default partition
        ("United%20Kingdom", "United Kingdom"),
        ("Zo%C3%AB%20Ann", "Zoë Ann"),
        ("a%2Fb%3Dc", "a/b=c"),
        ("__HIVE_DEFAULT_PARTITION__", ""),
        ("", ""),
    ],
)
def test_hive_values_are_read_as_their_writer_meant_them(
    tmp_path: Path, folder: str, expected: str
) -> None:
    parquet(tmp_path / "in" / f"coach={folder}" / "part-0.parquet", REQUIRED)
    plan = plan_dataset(str(tmp_path / "in"), ReadOptions(), partition_rows=1000)
    assert list(read_piece(plan.pieces[0], plan)["coach"]) == [expected]
    assert plan.pieces[0].output == f"coach={folder}/part-0.parquet"  # the folder kept


@pytest.mark.parametrize(
    ("columns", "column_map", "read"),
    [
        (["company", "position", "interview_at"], {}, (0, 1, 2)),  # the fields' own names
        (["Company", "Job Title", "Interview Date"], {}, (0, 1, 2)),  # headers and synonyms
        (
            ["employer_name", "role", "when"],
            {"employer_name": "company", "when": "interview_at"},
            (0, 1, 2),
        ),
        # The field's own name over a legacy header of the field beside it, wherever it
        # stands (ot110 F2: a mostly empty "Interview Date" was read, 9 rows in 10 Needs info).
        (["company", "position", "interview_at", "Interview Date"], {}, (0, 1, 2)),
        (["company", "employer", "position", "Interview Date", "interview_at"], {}, (0, 2, 4)),
        # ... and a mapped column over the field's own name.
        (
            ["company", "position", "interview_at", "Interview Date"],
            {"Interview Date": "interview_at"},
            (0, 1, 3),
        ),
    ],
)
def test_columns_are_read_as_fields(
    tmp_path: Path, columns: list[str], column_map: dict[str, str], read: tuple[int, ...]
) -> None:
    path = parquet(tmp_path / "a.parquet", {column: ["2026-11-03"] for column in columns})
    plan = plan_dataset(str(path), ReadOptions(column_map=column_map), partition_rows=10)
    assert plan.mapping == dict(zip(["company", "position", "interview_at"], read, strict=True))


def test_a_missing_column_is_one_clear_error(tmp_path: Path) -> None:
    path = parquet(tmp_path / "a.parquet", {"company": ["Acme"], "when": ["2026-11-03"]})
    with pytest.raises(DatasetError) as error:
        plan_dataset(str(path), ReadOptions(), partition_rows=10)
    assert str(error.value) == (
        f"{path}: no column for Position (position), Interview Date (interview_at). Its "
        "columns are: company, when. Name the column after the field, or map it with "
        '--map "COLUMN=position" --map "COLUMN=interview_at" (or [columns] "COLUMN" = '
        '"field" in the config). Nothing was run.'
    )


def truncated(path: Path) -> None:
    """Half of a good Parquet file, as a crashed exporter or a half-done copy leaves it."""
    parquet(path, REQUIRED)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


UTF8_CSV = "Company,Position,Interview Date\nMüller GmbH,PM,2026-11-03\n"
# UTF-8 for its first 64 KiB, from which its encoding is told; then two bytes UTF-8 lacks.
DAMAGED_CSV = UTF8_CSV.encode() + b"Acme,PM,2026-11-03\n" * 4000 + b"Acme \xff\xfe,PM,2026-11-04\n"
DAMAGED_AT = len(UTF8_CSV.encode()) + 19 * 4000 + 5  # the 0xff, on line 4,003
# Bytes no text holds: NUL bytes; control characters without one (ot138 F5)
RANDOM_BYTES = random.Random(138).randbytes(4000)
CONTROL_CHARACTERS = ("Ä" * 900 + "\x01" * 100).encode("cp1252")  # no UTF-8, no NUL


@pytest.mark.parametrize(
    ("files", "skipped"),
    [
        (
            {"a.parquet": REQUIRED, "b.parquet": truncated},
            [("b.parquet", "not a readable Parquet file (Parquet magic bytes not found in footer")],
        ),
        (
            {"a.parquet": REQUIRED, "zero.parquet": b""},
            [("zero.parquet", "not a readable Parquet file (Parquet file size is 0 bytes)")],
        ),
        (
            {"a.parquet": REQUIRED, "b.parquet": {**REQUIRED, "extra": [1]}},
            [("b.parquet", "its columns differ from a.parquet's (it also has extra); every")],
        ),
        # the file lacking a required column is the odd one, also when it comes first
        (
            {"a.parquet": {"company": ["A"], "position": ["PM"]}, "b.parquet": REQUIRED},
            [("a.parquet", "its columns differ from b.parquet's (it lacks interview_at); every")],
        ),
        # ot51-F4: in Hive folders every file has the same name: the one meant is named whole
        (
            {
                "country=DE/part-0.parquet": {**REQUIRED, "topic": ["x"]},
                "country=GB/part-0.parquet": {"company": ["A"], "interview_at": ["2026-11-03"]},
                "country=US/part-0.parquet": {**REQUIRED, "topic": ["x"]},
            },
            [
                (
                    "country=GB/part-0.parquet",
                    "its columns differ from country=DE/part-0.parquet's (it lacks position, "
                    "topic); every",
                )
            ],
        ),
        # ot123 F2: columns are matched by name: another order, or an optional one missing
        # (an export from before `topic` was added), is read, the missing column blank
        (
            {
                "a.parquet": {**REQUIRED, "topic": ["x"]},
                "b.parquet": {"topic": ["x"], "interview_at": ["2026-11-03"], **REQUIRED},
                "c.parquet": REQUIRED,
                "d.parquet": {**REQUIRED, "topic": ["x"]},
            },
            [],
        ),
        (
            {
                "a.csv": UTF8_CSV,
                "b.csv": "Interview Date,Company,Position\n2026-11-03,Müller GmbH,PM\n",
            },
            [],
        ),
        # a required column, or a column of its own, is not a missing optional one
        (
            {
                "a.parquet": {**REQUIRED, "topic": ["x"]},
                "b.parquet": {**REQUIRED, "topic": ["x"]},
                "c.parquet": {"topic": ["x"], "interview_at": ["2026-11-03"], "company": ["A"]},
                "d.parquet": {"topic": ["x"], **REQUIRED, "extra": [1]},
            },
            [
                ("c.parquet", "its columns differ from a.parquet's (it lacks position); every"),
                ("d.parquet", "its columns differ from a.parquet's (it also has extra); every"),
            ],
        ),
        (
            {"a.csv": UTF8_CSV, "b.csv": "Company,Interview Date\nAcme,2026-11-03\n"},
            [("b.csv", "its columns differ from a.csv's (it lacks Position); every")],
        ),
        # fx302: a platform added an optional column the schema knows (Industry) last month:
        # its newer files are read beside the older ones whichever are more, the older ones
        # with it blank; two files, the older first
        (
            {"2026-10.parquet": REQUIRED, "2026-11.parquet": {**REQUIRED, "industry": ["Banking"]}},
            [],
        ),
        (
            {
                "2026-09.parquet": REQUIRED,
                "2026-10.parquet": REQUIRED,
                "2026-11.parquet": {**REQUIRED, "industry": ["Government"]},
            },
            [],
        ),
        (
            {
                "2026-10.parquet": REQUIRED,
                "2026-11.parquet": {**REQUIRED, "industry": ["Government"]},
                "2026-12.parquet": {**REQUIRED, "industry": ["Retail"]},
            },
            [],
        ),
        (
            {
                "a.csv": UTF8_CSV,
                "b.csv": UTF8_CSV,
                "c.csv": (
                    "Company,Position,Interview Date,Sector\nMüller GmbH,PM,2026-11-03,Retail\n"
                ),
            },
            [],
        ),
        # beside it, a column the schema does not know, or a required one missing, still sets
        # a file apart
        (
            {
                "2026-09.parquet": REQUIRED,
                "2026-10.parquet": REQUIRED,
                "2026-11.parquet": {**REQUIRED, "industry": ["Government"]},
                "2026-12.parquet": {**REQUIRED, "industry": ["Retail"], "referral": ["Ana"]},
                "2027-01.parquet": {
                    "company": ["A"],
                    "interview_at": ["2027-01-04"],
                    "industry": ["Retail"],
                },
            },
            [
                (
                    "2026-12.parquet",
                    "its columns differ from 2026-09.parquet's (it also has referral); every",
                ),
                (
                    "2027-01.parquet",
                    "its columns differ from 2026-09.parquet's (it lacks position); every",
                ),
            ],
        ),
        # a second column for a field the dataset holds is no optional column
        (
            {
                "a.parquet": {**REQUIRED, "industry": ["Retail"]},
                "b.parquet": {**REQUIRED, "industry": ["Retail"]},
                "c.parquet": {**REQUIRED, "industry": ["Retail"], "sector": ["Retail"]},
            },
            [("c.parquet", "its columns differ from a.parquet's (it also has sector); every")],
        ),
        ({"a.csv": UTF8_CSV, "b.csv": b""}, [("b.csv", "an empty CSV file; a dataset's CSV")]),
        (
            {"a.csv": UTF8_CSV, "b.csv": UTF8_CSV.encode("utf-16")},
            [("b.csv", "a UTF-16 CSV file; save the export as UTF-8 (or Parquet)")],
        ),
        # Not text at all: not asked for a code page (ot138 F5: "pass --encoding … (koi8-r,
        # iso-8859-5, …)" for random bytes named .csv)
        (
            {"a.csv": UTF8_CSV, "b.csv": RANDOM_BYTES},
            [("b.csv", f"not a text file: {RANDOM_BYTES.count(0)} NUL bytes in its first 4,000")],
        ),
        (
            {"a.csv": UTF8_CSV, "b.csv": CONTROL_CHARACTERS},
            [("b.csv", "not a text file: 100 control characters in its first 1,000 bytes")],
        ),
        (
            {"a.csv": UTF8_CSV, "b.csv": UTF8_CSV.encode("utf-16-le")},
            [("b.csv", "a UTF-16 CSV file; save the export as UTF-8 (or Parquet)")],
        ),
        # A Windows-1252 export with a form feed and a tab or two is text
        ({"a.csv": UTF8_CSV, "b.csv": (UTF8_CSV + "\f\t\n").encode("cp1252")}, []),
        # UTF-8 but for two bytes: read as UTF-8 (those bytes in Windows-1252), and noted
        ({"a.csv": UTF8_CSV, "b.csv": DAMAGED_CSV}, []),
        # each file's encoding is its own: a Windows-1252 export among UTF-8 ones is read
        ({"a.csv": UTF8_CSV, "b.csv": UTF8_CSV.encode("cp1252")}, []),
    ],
)
def test_a_file_that_cannot_be_run_is_skipped_with_its_reason(
    tmp_path: Path, files: dict[str, object], skipped: list[tuple[str, str]]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, content in files.items():
        if callable(content):
            content(folder / name)
        elif isinstance(content, dict):
            parquet(folder / name, content)
        else:
            (folder / name).write_bytes(content.encode() if isinstance(content, str) else content)
    plan = plan_dataset(str(folder), ReadOptions(), partition_rows=10_000)
    assert [s.file for s in plan.skipped] == [name for name, _ in skipped]
    for found, (_, reason) in zip(plan.skipped, skipped, strict=True):
        assert found.reason.startswith(reason), found.reason
    assert [s.path for s in plan.skipped] == [folder / name for name, _ in skipped]
    run = sorted(set(files) - {name for name, _ in skipped})
    assert [piece.source.relative_to(folder).as_posix() for piece in plan.pieces] == run
    if plan.kind == "csv":  # each file read in its own encoding
        firsts = [read_piece(piece, plan)["Company"].iloc[0] for piece in plan.pieces]
        assert firsts == ["Müller GmbH"] * len(run)


def test_bytes_not_in_the_encoding_named_skip_the_file_and_others_are_noted(
    tmp_path: Path,
) -> None:
    """UTF-8 but for two bytes: with --encoding utf-8 the file is skipped, saying where; told
    from its start, it is run and those bytes named."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.csv").write_text(UTF8_CSV, encoding="utf-8")
    (tmp_path / "in" / "b.csv").write_bytes(DAMAGED_CSV)
    named = plan_dataset(str(tmp_path / "in"), ReadOptions(encoding="utf-8"), partition_rows=10)
    assert [(s.file, s.reason) for s in named.skipped] == [
        (
            "b.csv",
            f"not UTF-8 text: byte 0xff at offset {DAMAGED_AT:,} (line 4,003) is not UTF-8, "
            "though the file's start is; save the file as UTF-8, or name its encoding with "
            "--encoding (cp1252, latin-1)",
        )
    ]
    assert named.file_notes == ()
    told = plan_dataset(str(tmp_path / "in"), ReadOptions(), partition_rows=10)
    assert told.skipped == ()
    assert told.file_notes == (
        f"{tmp_path / 'in' / 'b.csv'}: UTF-8 but for 2 bytes that are not, read as "
        f"Windows-1252 — the first, byte 0xff at offset {DAMAGED_AT:,} (line 4,003), as 'ÿþ'; "
        "check those rows, or save the file as UTF-8",
    )


# Each file with its reason, as when some are skipped (ot110 F9: only the first was said).
@pytest.mark.parametrize(
    ("second", "why"),
    [
        (b"", "Parquet file size is 0 bytes"),
        (b"PAR1", "Parquet file size is 4 bytes, smaller than the minimum file footer (8 bytes)"),
    ],
)
def test_a_dataset_none_of_whose_files_can_be_run_is_refused(
    tmp_path: Path, second: bytes, why: str
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.parquet").write_bytes(b"")
    (tmp_path / "in" / "b.parquet").write_bytes(second)
    with pytest.raises(DatasetError) as raised:
        plan_dataset(str(tmp_path / "in"), ReadOptions(), partition_rows=10)
    assert str(raised.value) == (
        f"{tmp_path / 'in'}: none of its 2 files can be run, so nothing was run:\n"
        f"  {tmp_path / 'in' / 'a.parquet'}: not a readable Parquet file (Parquet file size is "
        f"0 bytes)\n  {tmp_path / 'in' / 'b.parquet'}: not a readable Parquet file ({why})"
    )


def test_csv_pieces_keep_quoted_line_breaks_whole(tmp_path: Path) -> None:
    lines = ["Company,Position,Interview Date,Interviewer"]
    for n in range(40):
        # every third record spans two lines inside quotes
        names = '"Ann\nBo"' if n % 3 == 0 else "Ann"
        lines.append(f"Acme {n},Analyst,2026-11-03,{names}")
    path = tmp_path / "in" / "a.csv"
    path.parent.mkdir()
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = plan_dataset(str(tmp_path / "in" / "*.csv"), ReadOptions(), partition_rows=7)
    frames = [read_piece(piece, plan) for piece in plan.pieces]
    assert [len(f) for f in frames] == [7, 7, 7, 7, 7, 5]
    companies = [c for f in frames for c in f["Company"]]
    assert companies == [f"Acme {n}" for n in range(40)]
    # rows are numbered as a spreadsheet shows the file: the header is row 1
    assert [int(f.index[0]) for f in frames] == [2, 9, 16, 23, 30, 37]
    assert frames[0]["Interviewer"].iloc[0] == "Ann\nBo"
    assert [p.output for p in plan.pieces] == [f"a.{i:04d}.parquet" for i in range(6)]


@pytest.mark.parametrize("rows", [1, 3000])  # 3,000 rows: past the 64 KiB sniffed
@pytest.mark.parametrize(
    ("encoding", "named"), [("utf-16", None), ("utf-16-be", "utf-16-be"), ("utf-16", "utf16")]
)
def test_a_utf16_csv_is_one_clear_error_whatever_its_size(
    tmp_path: Path, rows: int, encoding: str, named: str | None
) -> None:
    path = tmp_path / "in" / "a.csv"
    path.parent.mkdir()
    text = "Company,Position,Interview Date,Topic\n" + "Acme,PM,2026-11-10,xxxxxxxxxx\n" * rows
    bom = codecs.BOM_UTF16_BE if encoding == "utf-16-be" else b""
    path.write_bytes(bom + text.encode(encoding))
    with pytest.raises(DatasetError) as raised:
        plan_dataset(str(path.parent), ReadOptions(encoding=named), partition_rows=1000)
    assert str(raised.value) == (
        f"{path}: a UTF-16 CSV file; save the export as UTF-8 (or Parquet) to run it as a dataset"
    )


@pytest.mark.parametrize(
    ("records", "expected"),
    [
        # a field too many is left out, as a tracker leaves it out of its columns
        (["Acme,PM,2026-11-10,x", "Beta,PM,2026-11-11,y,EXTRA"], [("Acme", "x"), ("Beta", "y")]),
        (
            ["Beta,PM,2026-11-11,y,EXTRA,MORE", "Acme,PM,2026-11-10,x"],
            [("Beta", "y"), ("Acme", "x")],
        ),
        # a field too few is an empty cell
        (["Acme,PM,2026-11-10", "Beta,PM,2026-11-11,y"], [("Acme", ""), ("Beta", "y")]),
    ],
)
def test_a_record_with_more_or_fewer_fields_than_the_header_is_read(
    tmp_path: Path, records: list[str], expected: list[tuple[str, str]]
) -> None:
    path = tmp_path / "in" / "a.csv"
    path.parent.mkdir()
    path.write_text("\n".join(["Company,Position,Interview Date,Topic", *records]) + "\n")
    plan = plan_dataset(str(path.parent / "*.csv"), ReadOptions(), partition_rows=1000)
    frame = read_piece(plan.pieces[0], plan)
    assert list(frame.columns) == ["Company", "Position", "Interview Date", "Topic"]
    assert list(zip(frame["Company"], frame["Topic"], strict=True)) == expected
    assert list(frame.index) == [2, 3]


# 3,000 records past the header: a file scanned to find its pieces at 1,000 rows a piece, and
# a cell from an unclosed quote to the end longer than the csv module takes (128 KiB).
MANY = ["Acme,PM,2026-11-10,x" * 3] * 3000


@pytest.mark.parametrize("partition_rows", [1, 1000, 100_000])
@pytest.mark.parametrize(
    ("records", "row"),
    [
        (['Acme,PM,2026-11-10,"x', "Beta,PM,2026-11-11,y"], 2),
        (["Acme,PM,2026-11-10,x", "", 'Beta,PM,2026-11-11,"y', "Gamma,PM,2026-11-11,z"], 4),
        (['Acme,PM,2026-11-10,"x\ny"', 'Beta,PM,2026-11-11,"y'], 3),  # records, not lines
        (['Acme,PM,2026-11-10,"x ""y"" z', "Beta,PM,2026-11-11,y"], 2),  # quotes doubled within
        (["Acme,PM,2026-11-10,x", '"Initech,PM,2026-11-11,y', *MANY], 3),
        ([*MANY, 'Initech,PM,2026-11-11,"y'], 3002),
        # not left open: the quote closes on a later line, or is not at a cell's start
        (['Acme,PM,2026-11-10,"x', 'y",z', "Beta,PM,2026-11-11,y"], None),
        (['Acme,PM,2026-11-10,x"y', "Beta,PM,2026-11-11,y"], None),
        (['Acme,PM,2026-11-10,"x""', '"",y"', *MANY], None),
    ],
)
def test_a_quote_never_closed_skips_its_file_naming_its_row(
    tmp_path: Path, records: list[str], row: int | None, partition_rows: int
) -> None:
    """ot51-F5: it stopped the whole run when a partition read it; now the plan finds it and
    the file is skipped as a truncated one is (here the only file, so that is the error)."""
    path = tmp_path / "in" / "a.csv"
    path.parent.mkdir()
    path.write_text("\n".join(["Company,Position,Interview Date,Topic", *records]) + "\n")
    if row is None:
        plan = plan_dataset(str(path.parent / "*.csv"), ReadOptions(), partition_rows)
        assert plan.skipped == ()
        return
    with pytest.raises(DatasetError) as raised:
        plan_dataset(str(path.parent / "*.csv"), ReadOptions(), partition_rows)
    assert str(raised.value) == (
        f'{path}: a quote (") starting a cell in row {row:,} is never closed, so the rest of '
        "the file would be read as that one cell; close or remove the quote, or export the "
        "file again"
    )


def test_a_cell_longer_than_the_csv_module_takes_is_read_in_a_small_file(tmp_path: Path) -> None:
    path = tmp_path / "in" / "a.csv"
    path.parent.mkdir()
    notes = "x" * 200_000
    path.write_text(f'Company,Position,Interview Date,Topic\nAcme,PM,2026-11-10,"{notes}"\n')
    plan = plan_dataset(str(path.parent / "*.csv"), ReadOptions(), partition_rows=100_000)
    assert list(read_piece(plan.pieces[0], plan)["Topic"]) == [notes]


def test_empty_cells_are_blank_and_zoned_times_keep_their_local_date(tmp_path: Path) -> None:
    utc = dt.datetime(2026, 11, 13, 4, 0, tzinfo=dt.UTC)
    zoned = pa.array([utc], type=pa.timestamp("ms", tz="America/Los_Angeles"))
    path = parquet(
        tmp_path / "a.parquet", {"company": [""], "position": [None], "interview_at": zoned}
    )
    plan = plan_dataset(str(path), ReadOptions(), partition_rows=10)
    piece = plan.pieces[0]
    table = raw_table(read_piece(piece, plan), plan, piece)
    assert table.cells.loc[1, "company"] is None
    assert table.cells.loc[1, "position"] is None
    assert str(table.cells.loc[1, "interview_at"]) == "2026-11-12 20:00:00"  # Los Angeles


@pytest.mark.parametrize(
    ("name", "into_folder", "expected"),
    [
        ("a.parquet", False, True),
        ("folder", False, True),
        ("a.csv", False, False),
        ("csvs", False, False),
        ("csvs", True, False),  # CSV files are a dataset only with --engine
        ("mixed", False, False),  # a coach's folder of workbooks with a stray Parquet file
        # An export folder with someone's notes.xlsx in it, run into a folder --output (ot110
        # F3: refused as "Name the output out.xlsx", which then ran the workbook alone).
        ("mixed", True, True),
        ("none", False, False),
    ],
)
def test_what_counts_as_a_dataset(
    tmp_path: Path, name: str, into_folder: bool, expected: bool
) -> None:
    parquet(tmp_path / "a.parquet", REQUIRED)
    parquet(tmp_path / "folder" / "x.parquet", REQUIRED)
    (tmp_path / "a.csv").write_text("Company,Position,Interview Date\n")
    (tmp_path / "csvs").mkdir()
    (tmp_path / "csvs" / "x.csv").write_text("Company,Position,Interview Date\n")
    parquet(tmp_path / "mixed" / "x.parquet", REQUIRED)
    (tmp_path / "mixed" / "client.xlsx").write_bytes(b"")
    assert is_dataset(str(tmp_path / name), into_folder) is expected


def test_two_files_that_would_share_an_output_are_refused(tmp_path: Path) -> None:
    for name in ("a.csv", "a.txt"):
        (tmp_path / name).write_text("Company,Position,Interview Date\nAcme,Analyst,2026-11-03\n")
    with pytest.raises(DatasetError, match="both be written as a.parquet"):
        plan_dataset(str(tmp_path / "a.*"), ReadOptions(), partition_rows=10)


def test_the_date_order_is_settled_once_for_every_piece(tmp_path: Path) -> None:
    from followup_batch.datasets.date_orders import settle_date_orders

    path = tmp_path / "a.csv"
    path.write_text(
        "Company,Position,Interview Date\nAcme,Analyst,13/11/2026\nAcme,Analyst,3/11/2026\n"
    )
    plan = plan_dataset(str(path), ReadOptions(), partition_rows=1)
    settled = settle_date_orders(plan)
    assert settled.reading.date_orders["Interview Date"].dayfirst is True
    assert settled.notes[-1].startswith(
        '"Interview Date": text dates such as 3/11/2026 are read day first'
    )
    forced = dataclasses.replace(plan, reading=ReadOptions(dayfirst=False))
    assert settle_date_orders(forced) is forced


@pytest.mark.parametrize("partition_rows", [1, 2, 50, 1000])
@pytest.mark.parametrize(
    ("text", "dayfirst", "why"),
    [
        # The value that settles it is in the last piece: every N reads it.
        (
            "Company,Position,Interview Date\n" + "A,PM,3/11/2026\n" * 60 + "B,PM,13/11/2026\n",
            True,
            'settled by "13/11/2026", row 62 of a.csv',
        ),
        (
            "Company,Position,Interview Date\n" + "A,PM,3/11/2026\n" * 60 + "B,PM,11/13/2026\n",
            False,
            'settled by "11/13/2026", row 62 of a.csv',
        ),
        ("Company,Position,Interview Date\n" + "A,PM,3/11/2026\n" * 3, None, "any file"),
        # As in a tracker, the rows' places say it when they all write dates one way, in
        # every piece: the Country column, else Location, City and State.
        (
            "Company,Position,Interview Date,Country\n" + "A,PM,03/04/2027,DE\n" * 3,
            True,
            "no value settles it; every row's Country (Germany) writes dates day-first",
        ),
        (
            "Company,Position,Interview Date,Location\n"
            + 'A,PM,03/04/2027,"London, UK"\n' * 2
            + "B,PM,03/05/2027,Remote\nC,PM,04/05/2027,Manchester\n",
            True,
            "every row's Location (the United Kingdom) writes dates day-first",
        ),
        (
            "Company,Position,Interview Date,City,State\n"
            + "A,PM,03/04/2027,München,\n" * 2
            + "B,PM,03/05/2027,Leipzig,SN\n",
            True,
            "every row's City and State (Germany) writes dates day-first",
        ),
        (
            "Company,Position,Interview Date,City,State\n"
            + "A,PM,03/04/2027,Toronto,ON\n" * 2
            + "B,PM,03/05/2027,Austin,TX\n",
            False,
            "every row's City and State (Canada, the United States) writes dates month-first",
        ),
        # One client's rows in the US, another's in Germany: nothing says, as in a tracker.
        (
            "Client,Company,Position,Interview Date,Country\n"
            + "Ann,A,PM,3/11/2026,US\n" * 2
            + "Ben,B,PM,4/11/2026,DE\n" * 2,
            None,
            "any file",
        ),
        (
            "Client,Company,Position,Interview Date,Location\n"
            + 'Ann,A,PM,3/11/2026,"Austin, TX"\n' * 2
            + "Ben,B,PM,4/11/2026,Berlin\n" * 2,
            None,
            "any file",
        ),
        # A value that can be read one way only settles the order, whatever the places say.
        (
            "Company,Position,Interview Date,Country\n"
            + "A,PM,03/04/2027,DE\n" * 60
            + "B,PM,04/13/2027,DE\n",
            False,
            'settled by "04/13/2027", row 62 of a.csv',
        ),
        (
            "Company,Position,Interview Date,City\n"
            + "A,PM,03/04/2027,Chicago\n" * 60
            + "B,PM,13/04/2027,Chicago\n",
            True,
            'settled by "13/04/2027", row 62 of a.csv',
        ),
        (
            "Company;Position;Interview Date\n" + "A;PM;3/11/2026\n" * 3,
            True,
            "separated by semicolons",
        ),
    ],
)
def test_the_date_order_does_not_depend_on_the_partitions(
    tmp_path: Path, text: str, dayfirst: bool | None, why: str, partition_rows: int
) -> None:
    """None: nothing settles it, and 3/11/2026 is read as US month/day (as in a tracker), which
    a run says without -v."""
    from followup_batch.datasets.date_orders import settle_date_orders

    path = tmp_path / "a.csv"
    path.write_text(text)
    settled = settle_date_orders(plan_dataset(str(path), ReadOptions(), partition_rows))
    assert settled.reading.date_orders["Interview Date"].dayfirst is dayfirst
    said = settled.file_notes if dayfirst is None else settled.notes
    start = f'{path}: "Interview Date"' if dayfirst is None else '"Interview Date"'
    (note,) = [n for n in said if n.startswith(start)]
    assert why in note


@pytest.mark.parametrize(
    ("text", "orders", "notes"),
    [
        # US applied dates beside day-first interviews: the interviews were read a month off,
        # settled by the applied dates, and 13/11/2026 was a row problem.
        (
            "Company,Position,Date Applied,Interview Date\n"
            + "A,PM,10/25/2026,3/11/2026\n" * 3
            + "B,PM,10/25/2026,13/11/2026\n",
            {"Date Applied": (False, "detected"), "Interview Date": (True, "detected")},
            [
                '"Interview Date": text dates such as 3/11/2026 are read day first '
                '(3/11/2026 is 3 November) in every file (settled by "13/11/2026", row 5 of '
                "a.csv, piece 2 of 2); --monthfirst reads every column that way.",
                '"Date Applied": text dates such as 3/11/2026 are read month first (March 11) '
                'in every file (settled by "10/25/2026", row 2 of a.csv, piece 1 of 2); '
                "--dayfirst reads every column that way.",
            ],
        ),
        # Pieces that disagree on a column: read as a tracker reads such a column.
        (
            "Company,Position,Interview Date\n"
            + "A,PM,13/11/2026\n"
            + "A,PM,3/11/2026\n" * 2
            + "B,PM,11/14/2026\n",
            {"Interview Date": (None, "mixed")},
            [
                '"Interview Date": text dates such as 3/11/2026 disagree on their order: '
                '"13/11/2026" (row 2 of a.csv, piece 1 of 2) is day first, "11/14/2026" (row 5 '
                "of a.csv, piece 2 of 2) month first; each is read the only way it can be, the "
                "rest month first (noted on their rows); --dayfirst or --monthfirst to choose "
                "one for every column.",
            ],
        ),
        # The same with dates written with dots: they stay day first (ot102 F1).
        (
            "Company,Position,Interview Date\n"
            + "A,PM,13/11/2026\n"
            + "A,PM,04.03.2026\n" * 2
            + "B,PM,11/14/2026\n",
            {"Interview Date": (None, "mixed")},
            [
                '"Interview Date": text dates such as 3/11/2026 disagree on their order: '
                '"13/11/2026" (row 2 of a.csv, piece 1 of 2) is day first, "11/14/2026" (row 5 '
                "of a.csv, piece 2 of 2) month first; each is read the only way it can be, the "
                "rest month first (noted on their rows), dates written with dots day first; "
                "--dayfirst or --monthfirst to choose one for every column.",
            ],
        ),
        # Nothing in the values settles it: every row's place does, as in a tracker.
        (
            "Client,Company,Position,Interview Date,Country\n"
            + "Ann,A,PM,03/04/2027,DE\n" * 2
            + "Ben,B,PM,04/05/2027,GB\n" * 2,
            {"Interview Date": (True, "locale")},
            [
                '"Interview Date": text dates such as 3/11/2026 are read day first '
                "(3/11/2026 is 3 November) in every file (no value settles it; every row's "
                "Country (Germany, the United Kingdom) writes dates day-first); --monthfirst reads "
                "every column "
                "that way.",
            ],
        ),
        (
            "Client,Company,Position,Interview Date,City,State\n"
            + "Ann,A,PM,03/04/2027,Toronto,ON\n" * 2
            + "Ben,B,PM,04/05/2027,Austin,TX\n" * 2,
            {"Interview Date": (False, "locale")},
            [
                '"Interview Date": text dates such as 3/11/2026 are read month first (March 11) '
                "in every file (no value settles it; every row's City and State (Canada, the "
                "United States) writes dates month-first); --dayfirst reads every column that way.",
            ],
        ),
    ],
    ids=[
        "us-applied-day-first-interviews",
        "pieces-disagree",
        "pieces-disagree-dots",
        "countries",
        "city-and-state",
    ],
)
def test_each_date_column_has_its_own_order_over_every_piece(
    tmp_path: Path,
    text: str,
    orders: dict[str, tuple[bool | None, str]],
    notes: list[str],
) -> None:
    from followup_batch.datasets.date_orders import settle_date_orders

    path = tmp_path / "a.csv"
    path.write_text(text)
    settled = settle_date_orders(plan_dataset(str(path), ReadOptions(), partition_rows=3))
    got = {h: (o.dayfirst, o.source) for h, o in settled.reading.date_orders.items()}
    assert got == orders
    assert list(settled.notes) == notes


MIXED_NOTE = (
    '"Interview Date": text dates such as 3/11/2026 disagree on their order: "25/12/2026" '
    '(row 2 of eu.csv, piece 1 of {pieces}) is day first, "12/25/2026" (row 2 of us.csv, '
    "piece {us} of {pieces}) month first; {read}; --dayfirst or --monthfirst to choose one "
    "for every column."
)


# ot110 F8: with every file read its own way the note said the rest were "noted on their
# rows" (none was), in a clause that did not parse ("dates written with dots day first but
# in a_us.csv, b_eu.csv, each read its own way").
@pytest.mark.parametrize(
    ("files", "note"),
    [
        (
            {"eu": "25/12/2026\n3/11/2026", "us": "12/25/2026\n3/11/2026"},
            MIXED_NOTE.format(
                pieces=2,
                us=2,
                read="each file is read its own way (eu.csv day first; us.csv month first)",
            ),
        ),
        # An export with nothing to settle its 4/11/2026: its rows read the dataset's way.
        (
            {"eu": "25/12/2026\n3/11/2026", "old": "4/11/2026", "us": "12/25/2026\n3/11/2026"},
            MIXED_NOTE.format(
                pieces=3,
                us=3,
                read="each is read the only way it can be, the rest month first "
                "(noted on their rows); eu.csv, us.csv each read its own way (eu.csv day first; "
                "us.csv month first)",
            ),
        ),
    ],
    ids=["every file its own way", "one file the dataset's"],
)
def test_a_note_of_files_read_their_own_ways_says_which_rows_are_noted(
    tmp_path: Path, files: dict[str, str], note: str
) -> None:
    from followup_batch.datasets.date_orders import settle_date_orders

    (tmp_path / "in").mkdir()
    for name, dates in files.items():
        rows = "".join(f"A,PM,{date}\n" for date in dates.split("\n"))
        (tmp_path / "in" / f"{name}.csv").write_text("Company,Position,Interview Date\n" + rows)
    settled = settle_date_orders(plan_dataset(str(tmp_path / "in"), ReadOptions(), 10))
    assert [n for n in settled.notes if "disagree" in n] == [note]


def test_a_folder_of_parquet_and_csv_files_is_refused_not_half_read(tmp_path: Path) -> None:
    """The CSV rows of such a folder were left out of OUT without a word."""
    parquet(tmp_path / "in" / "a.parquet", REQUIRED)
    (tmp_path / "in" / "b.csv").write_text("Company,Position,Interview Date\nB,PM,2026-11-03\n")
    with pytest.raises(DatasetError) as error:
        plan_dataset(str(tmp_path / "in"), ReadOptions(), partition_rows=10)
    assert str(error.value) == (
        f"{tmp_path / 'in'}: mixes Parquet and CSV files (a.parquet, b.csv); run each kind on "
        "its own (a glob such as DATA/*.csv picks one)"
    )


@pytest.mark.parametrize(
    ("countries", "dayfirst", "why"),
    [
        # The rows' places first, as in a tracker: US rows are month-first, whoever runs them.
        (
            ["US", "US", "US"],
            False,
            "every row's Country (the United States) writes dates month-first",
        ),
        # Rows of both kinds say nothing: the config's country does.
        (["US", "DE", "US"], True, "the config's country, GB-ENG, writes dates day-first"),
        (["", "Narnia", ""], True, "the config's country, GB-ENG, writes dates day-first"),
        # A Country the tool does not read is not said to write dates any way (ot110 F8).
        (
            ["DE", "Germnay", "GB"],
            True,
            "every Country read (Germany, the United Kingdom; not 'Germnay') writes dates "
            "day-first",
        ),
    ],
)
def test_with_no_value_to_settle_it_the_rows_places_then_the_configs_country_do(
    tmp_path: Path, countries: list[str], dayfirst: bool, why: str
) -> None:
    from followup_batch.datasets.date_orders import settle_date_orders

    path = tmp_path / "a.csv"
    rows = "".join(f"A,PM,3/11/2026,{country}\n" for country in countries)
    path.write_text("Company,Position,Interview Date,Country\n" + rows)
    settled = settle_date_orders(plan_dataset(str(path), ReadOptions(default_country="GB"), 2))
    assert settled.reading.date_orders["Interview Date"].dayfirst is dayfirst
    assert f"(no value settles it; {why}); " in settled.notes[-1]
