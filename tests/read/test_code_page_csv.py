"""A CSV saved by Excel on a Chinese, Japanese, Korean, Hebrew, Arabic, Greek, Russian or
Polish Windows is in that system's code page, not UTF-8 (outside test ot32, findings 1–3):
it was read as Windows-1252 without a word ("阿里巴巴" as "°¢Àï°Í°Í", "ישראל" as "éùøàì"),
its rows on the wrong calendar, and a run wrote "—" as 0x97 into a GBK file, or a Shift-JIS
file was refused for "no recognised header"."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main
from followup_batch.read import ReadOptions, read_trackers

HEADER = "Company,Position,Interview Date,Interview Type,Country,Interviewer,Thank-you Sent"
# (language, the code page its Excel writes a CSV in, rows)
FILES = [
    (
        "Chinese",
        "gbk",
        [
            "阿里巴巴,工程师,2026-11-16,视频面试,中国,王 伟,已发送",
            "腾讯,产品经理,2026-11-17,video,中国,李娜,",
        ],
    ),
    (
        "Chinese (Taiwan)",
        "big5",
        [
            "台積電,工程師,2026-11-16,視訊,台灣,陳 志明,",
            "鴻海,產品經理,2026-11-17,電話,台灣,林美玲,",
        ],
    ),
    (
        "Japanese",
        "cp932",
        [
            "トヨタ,エンジニア,2026-11-16,対面,日本,山田 太郎,済",
            "ソニー,デザイナー,2026-11-17,オンライン,日本,高橋 美咲 様,",
        ],
    ),
    (
        "Korean",
        "cp949",
        [
            "삼성전자,엔지니어,2026-11-16,화상 면접,대한민국,김민준,보냄",
            "카카오,프로덕트 매니저,2026-11-17,대면,한국,이서연,",
        ],
    ),
    (
        "Hebrew",
        "cp1255",
        [
            "Wix,מהנדס,2026-11-16,video,ישראל,ד״ר שרה לוי,נשלח",
            "Check Point,אנליסט,2026-11-17,phone,ישראל,משה כהן,",
        ],
    ),
    (
        "Arabic",
        "cp1256",
        [
            "أرامكو,مهندس,2026-11-16,video,السعودية,محمد العتيبي,تم",
            "طيران الإمارات,محلل,2026-11-17,phone,الإمارات,أحمد,",
        ],
    ),
    (
        "Greek",
        "cp1253",
        [
            "ΟΤΕ,Μηχανικός,2026-11-16,video,Ελλάδα,Γιώργος Παπαδόπουλος,2026-11-16",
            "Πειραιώς,Αναλυτής,2026-11-17,phone,Ελλάδα,Μαρία,",
        ],
    ),
    (
        "Russian",
        "cp1251",
        [
            "Яндекс,инженер,2026-11-16,video,Россия,Иван Петров,2026-11-16",
            "Сбербанк,аналитик,2026-11-17,phone,Россия,Мария Смирнова,",
        ],
    ),
    (
        "Polish",
        "cp1250",
        [
            "Allegro,Inżynier,2026-11-16,video,Polska,Łukasz Wiśniewski,2026-11-16",
            "Żabka,Analityk,2026-11-17,phone,Polska,Zofia Kłodzińska,",
        ],
    ),
    (
        "French",
        "cp1252",
        [
            "Société Générale,Ingénieur,2026-11-16,video,France,Anaïs Lefèvre,oui",
            "Crédit Agricole,Analyste,2026-11-17,phone,France,François Müller,",
        ],
    ),
]


@pytest.mark.parametrize(("language", "encoding", "rows"), FILES, ids=[f[0] for f in FILES])
def test_a_code_page_csv_is_read_in_it_and_written_back_in_it(
    tmp_path: Path, language: str, encoding: str, rows: list[str]
) -> None:
    path = tmp_path / "Maya Chen.csv"
    written = "\r\n".join([HEADER, *rows, ""])
    path.write_bytes(written.encode(encoding))
    (table,) = read_trackers(path, ReadOptions())
    assert table.csv is not None and table.csv.fmt.encoding == encoding
    assert table.cells["company"].tolist() == [row.split(",")[0] for row in rows]
    assert table.cells["interviewer"].tolist() == [row.split(",")[5] for row in rows]

    result = CliRunner().invoke(main, ["run", str(path), "--as-of", "2026-11-20"])
    assert result.exit_code == 0, result.output
    text = path.read_bytes().decode(encoding)  # strictly: every byte in the file's code page
    records = list(csv.reader(io.StringIO(text)))
    original = list(csv.reader(io.StringIO(written)))
    assert [record[: len(row)] for record, row in zip(records, original, strict=True)] == original
    problems = records[0].index("Problems")
    assert [record[problems] for record in records[1:]] == ["", ""]


def test_a_chinese_gbk_tracker_is_on_china_s_calendar_and_its_dashes_stay_gbk(
    tmp_path: Path,
) -> None:
    path = tmp_path / "Maya Chen.csv"
    path.write_bytes(
        "\r\n".join(
            [
                HEADER,
                "腾讯,产品经理,2026-05-06,video,中国,李娜,",
                "京东,工程师,,video,中国,王伟,",
                "",
            ]
        ).encode("gbk")
    )
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", "2026-05-08"])
    assert result.exit_code == 0, result.output
    data = path.read_bytes()
    assert b"\x97" not in data  # Windows-1252's "—", which GBK cannot read
    records = list(csv.reader(io.StringIO(data.decode("gbk"))))
    row = dict(zip(records[0], records[1], strict=True))
    # Sat 2026-05-09 is a make-up working day in China: 3 bd after Wed 05-06 is Mon 05-11
    # there, not Mon 05-11 + 1 as on a Mon–Fri week with the May Day holiday.
    assert (row["Thank-you due"], row["1st check-in due"]) == ("2026-05-07", "2026-05-12")
    assert dict(zip(records[0], records[2], strict=True))["Next action"] == "—"


def test_a_dataset_s_gbk_file_keeps_its_chinese_in_the_parquet_output(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    data = tmp_path / "ds"
    data.mkdir()
    (data / "cn.csv").write_bytes(
        "\n".join([HEADER, "阿里巴巴,工程师,2026-05-06,video,中国,王 伟,已发送", ""]).encode("gbk")
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["run", str(data), "-o", str(out), "--engine", "pandas", "--as-of", "2026-11-20"]
    )
    assert result.exit_code == 0, result.output
    frame = pd.read_parquet(out / "cn.parquet")
    assert frame[["Company", "Country", "Interviewer"]].iloc[0].tolist() == [
        "阿里巴巴",
        "中国",
        "王 伟",
    ]


def test_a_file_too_short_to_tell_its_code_page_is_refused_naming_them(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    data = "Company,Position,Interview Date\r\n李娜,Engineer,2026-11-16\r\n".encode("gbk")
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", "2026-11-20"])
    assert result.exit_code == 1
    assert (
        "t.csv: FAILED — looks like EUC-KR (cp949) or GBK: pass --encoding cp949 or --encoding gbk "
        "(or save the file as CSV UTF-8)"
    ) in result.output
    assert path.read_bytes() == data
    result = CliRunner().invoke(
        main, ["run", str(path), "--as-of", "2026-11-20", "--encoding", "gbk"]
    )
    assert result.exit_code == 0, result.output
    assert path.read_bytes().decode("gbk").startswith("Company,Position,Interview Date,")
