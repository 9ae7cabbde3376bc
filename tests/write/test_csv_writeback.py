"""CSV write-back: the user's bytes stay exactly as written; our columns are appended."""

from __future__ import annotations

import codecs
import datetime
from pathlib import Path

import pandas as pd
import pytest

from followup_batch.errors import FileLocked
from followup_batch.read import RawTable
from followup_batch.read import csv_cells as csvfile
from followup_batch.write import write_results
from followup_batch.write.columns import OWNED_COLUMNS
from followup_batch.write.csv_out import guard_csv_text

AS_OF = datetime.date(2026, 3, 2)
OUR_HEADER = list(OWNED_COLUMNS.values())


def raw_table(
    path: Path, header_row: int, rows: list[int], encoding: str | None = None
) -> RawTable:
    table = csvfile.read_table(path, encoding)
    headers = table.values[header_row - 1]
    return RawTable(
        path=path,
        sheet=None,
        kind="csv",
        header_row=header_row,
        headers=headers,
        mapping={"company": 0},
        ignored=[],
        cells=pd.DataFrame(index=rows),
        csv=table,
    )


def user_fields(line: str, delimiter: str, width: int) -> str:
    """The first ``width`` fields of a physical line, as raw text (no quoted delimiters here)."""
    return delimiter.join(line.split(delimiter)[:width])


CASES = {
    # name: (file bytes, delimiter, newline, encoding)
    "utf8-bom-semicolon-crlf": (
        codecs.BOM_UTF8
        + "Company;Position;Interview Date\r\n"
        '"Acme; Inc";"Engineer";2026-02-20\r\n'
        "Globex Zürich;  Analyst ;20/02/2026\r\n".encode(),
        ";",
        "\r\n",
        "utf-8",
    ),
    "cp1252-no-final-newline": (
        "Company,Position,Interview Date\n"
        'Café Ltd,"Ingénieur, senior",2/20/26\n'
        "Ölwerk,Analyst,".encode("cp1252"),
        ",",
        "\n",
        "cp1252",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_user_bytes_unchanged_and_ours_appended(tmp_path, make_results, case):
    data, delimiter, newline, encoding = CASES[case]
    path = tmp_path / "tracker.csv"
    path.write_bytes(data)
    results = make_results(
        {
            2: {"status": "Overdue", "next_due": datetime.date(2026, 2, 27)},
            3: {"status": "Needs info", "problems": "=bad date"},
        }
    )
    write_results(raw_table(path, 1, [2, 3]), results, path, AS_OF)
    written = path.read_bytes()
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    assert written.startswith(bom)
    old_lines = data[len(bom) :].decode(encoding).split(newline)
    new_lines = written[len(bom) :].decode(encoding).split(newline)
    assert new_lines[0] == old_lines[0] + delimiter + delimiter.join(OUR_HEADER)
    for old, new in zip(old_lines[1:3], new_lines[1:3], strict=True):
        assert new.startswith(old + delimiter)
    blanks_after_next_due = [""] * (len(OUR_HEADER) - 3)
    assert new_lines[1].endswith(
        delimiter.join(["Overdue", "", "2026-02-27", *blanks_after_next_due])
    )
    assert new_lines[2].endswith(delimiter + "'=bad date")
    assert written.endswith(newline.encode()) == data.endswith(newline.encode())


def test_rerun_replaces_owned_columns(tmp_path, make_results):
    path = tmp_path / "tracker.csv"
    path.write_bytes(b'Company,Position\n"Acme, Inc",Engineer\n')
    first = make_results({2: {"status": "Overdue", "why": "late"}})
    write_results(raw_table(path, 1, [2]), first, path, AS_OF)
    once = path.read_bytes()
    write_results(raw_table(path, 1, [2]), first, path, AS_OF)
    assert path.read_bytes() == once
    write_results(raw_table(path, 1, [2]), make_results({2: {"status": "Closed"}}), path, AS_OF)
    lines = path.read_text().splitlines()
    assert lines[0] == "Company,Position," + ",".join(OUR_HEADER)
    assert lines[1] == '"Acme, Inc",Engineer,Closed' + "," * (len(OUR_HEADER) - 1)


def test_records_outside_results_keep_only_user_fields(tmp_path, make_results):
    path = tmp_path / "tracker.csv"
    path.write_bytes(b"My tracker\nCompany,Position\nAcme,Engineer\n,\nTotal,1\n")
    write_results(raw_table(path, 2, [3]), make_results({3: {"status": "Waiting"}}), path, AS_OF)
    lines = path.read_bytes().split(b"\n")
    assert lines[0] == b"My tracker"
    assert lines[1].startswith(b"Company,Position,Follow-up status,")
    assert lines[2].startswith(b"Acme,Engineer,Waiting,")
    assert lines[3:] == [b",", b"Total,1", b""]


def test_a_record_no_longer_written_loses_the_earlier_answer(tmp_path, make_results):
    """Rows 3 and 4 were written, then emptied (or became a totals row): the tool's fields
    there are blanked; a person's text in the tool's status column of row 5 stays."""
    path = tmp_path / "tracker.csv"
    path.write_bytes(b"Company,Position\nAcme,Engineer\nGlobex,PM\nInitech,QA\n")
    results = make_results(
        {
            2: {"status": "Waiting", "next_action": "—", "why": "Waiting: nothing to send"},
            3: {"status": "Overdue", "next_action": "1st check-in", "why": "1st check-in: 5 bd"},
            4: {
                "status": "Needs info",
                "next_action": "—",
                "problems": 'row 4, column "Position": Position is empty',
            },
        }
    )
    write_results(raw_table(path, 1, [2, 3, 4]), results, path, AS_OF)
    lines = path.read_text().splitlines()
    lines[2] = ",," + lines[2].split(",", 2)[2]  # Globex and PM emptied, the tool's fields kept
    lines[3] = "Total,3," + lines[3].split(",", 2)[2]
    lines.append(",,ask Dana" + "," * (len(OUR_HEADER) - 1))
    path.write_text("\n".join(lines) + "\n")
    assert lines[2].startswith(",,Overdue,1st check-in,")
    assert lines[3].startswith("Total,3,Needs info,")
    write_results(raw_table(path, 1, [2]), results.loc[[2]], path, AS_OF)
    written = path.read_text().splitlines()
    assert written[1].startswith("Acme,Engineer,Waiting,")
    blank = "," * (len(OUR_HEADER) - 1)
    assert written[2:] == ["," + "," + blank, "Total,3," + blank, ",,ask Dana" + blank]


def test_quoted_multiline_field_kept(tmp_path, make_results):
    raw = b'Company,Notes\nAcme,"line one\nline ""two"""\n'
    path = tmp_path / "tracker.csv"
    path.write_bytes(raw)
    write_results(
        raw_table(path, 1, [2]), make_results({2: {"why": 'said "soon", maybe'}}), path, AS_OF
    )
    assert path.read_bytes().startswith(b"Company,Notes,Follow-up status")
    assert b'Acme,"line one\nline ""two""",' in path.read_bytes()
    assert path.read_bytes().endswith(b',"said ""soon"", maybe",\n')


# Outside test ot16 (F9): a character spelt '"' ("“" in a Latin-1 file, from a template of the
# user's or a quoted cell) was spelt after the field was quoted, so it ended the quoted field
# early and the rest of the record landed in other columns.
@pytest.mark.parametrize(
    ("encoding", "why", "read_back"),
    [
        ("latin-1", "they said “next week”, maybe", 'they said "next week", maybe'),
        ("latin-1", "“soon” → Friday", '"soon" -> Friday'),
        ("cp1252", "they said “next week”, maybe", "they said “next week”, maybe"),
    ],
)
def test_a_spelt_quote_stays_inside_its_field(tmp_path, make_results, encoding, why, read_back):
    path = tmp_path / "tracker.csv"
    path.write_bytes("Company\nCafé\n".encode(encoding))
    table = raw_table(path, 1, [2], encoding)
    write_results(table, make_results({2: {"why": why}}), path, AS_OF)
    header, row = csvfile.read_table(path, encoding).values
    assert len(row) == len(header) == 1 + len(OUR_HEADER)
    assert row[0] == "Café"
    assert row[header.index("Why")] == read_back


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+2", "'=1+2"),
        ("+offer", "'+offer"),
        ("-5 days", "'-5 days"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("plain", "plain"),
        ("bell\x07tab\tok", "bell tab ok"),
        ("", ""),
    ],
)
def test_csv_text_guard(text, expected):
    assert guard_csv_text(text) == expected


def test_locked_csv_refused_and_untouched(tmp_path, make_results):
    path = tmp_path / "tracker.csv"
    path.write_bytes(b"Company\nAcme\n")
    (tmp_path / ".~lock.tracker.csv#").write_text("me")
    with pytest.raises(FileLocked, match=r"^tracker.csv is open in LibreOffice"):
        write_results(raw_table(path, 1, [2]), make_results({2: {}}), path, AS_OF)
    assert path.read_bytes() == b"Company\nAcme\n"


def test_in_place_csv_keeps_backup(tmp_path, make_results):
    path = tmp_path / "tracker.csv"
    path.write_bytes(b"Company\nAcme\n")
    write_results(raw_table(path, 1, [2]), make_results({2: {"status": "Waiting"}}), path, AS_OF)
    (backup,) = (tmp_path / ".followup-backups").iterdir()
    assert backup.read_bytes() == b"Company\nAcme\n"
    assert backup.suffix == ".csv"


@pytest.mark.parametrize(
    ("encoding", "text", "written"),
    [
        # Letters no accent-dropping makes plain: their languages' plain spelling.
        ("cp1252", "Hi Łukasz Wróbel", "Hi Lukasz Wróbel"),
        ("cp1252", "Đorđe, Ħaġar, ı", "Dorde, Hagar, i"),
        ("latin-1", "Œuvre — Øystein, Ærø", "OEuvre - Øystein, Ærø"),
        ("mac_roman", "Łódź → Kraków", "Lódz -> Kraków"),
        ("cp1250", "Łukasz → Œ", "Łukasz -> OE"),
        # Accents the encoding lacks are dropped; what has no plain spelling is its code point.
        ("cp1252", "Zoë Ő ő", "Zoë O o"),
        ("cp1252", "日本", "U+65E5U+672C"),
    ],
)
def test_a_character_the_encoding_lacks_is_spelt_in_ones_it_has(
    encoding: str, text: str, written: str
) -> None:
    from followup_batch.write.csv_out import SUBSTITUTE

    assert text.encode(encoding, SUBSTITUTE).decode(encoding) == written
