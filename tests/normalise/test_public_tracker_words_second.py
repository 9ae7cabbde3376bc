"""Status cells of trackers people published on GitHub, second round (outside tester ot145):
"Waiting to apply", the status of every row of a tracker that logs postings before applying,
was read as applied while "Yet to apply" was not (F1). Each cell goes through
``read_vocabulary``; the tracker's own rows through ``check`` show what a person sees."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner
from outcome_rows import APPLIED, INTERVIEWING, REJECTED, read

from followup_batch.cli import main
from followup_batch.drafts.context import company_named

NOT_APPLIED = ("not applied", False)

# F1: any "to apply" says the application is still to be made, whatever waits before it; an
# application made in a clause of its own still stands.
TO_APPLY = [
    ("Waiting to apply", NOT_APPLIED),
    ("Awaiting to apply", NOT_APPLIED),
    ("Pending to apply", NOT_APPLIED),
    ("Open to apply", NOT_APPLIED),
    ("Referral - waiting to apply", NOT_APPLIED),
    ("Referred, need to apply", NOT_APPLIED),
    ("Waiting to apply (referral)", NOT_APPLIED),
    # As before.
    ("Yet to apply", NOT_APPLIED),
    ("Need to apply", NOT_APPLIED),
    ("Planning to apply", NOT_APPLIED),
    ("Waiting", APPLIED),
    ("Waiting to hear back", APPLIED),
    ("Applied, waiting to hear", APPLIED),
    ("Applied - to apply again", APPLIED),
    ("Submitted; waiting to apply for second role", APPLIED),
    ("Interview, waiting to apply", INTERVIEWING),
    ("Rejected - waiting to apply again", REJECTED),
]


@pytest.mark.parametrize(("cell", "expected"), TO_APPLY)
def test_a_job_still_to_apply_to_is_not_applied(cell: str, expected: tuple[str, bool]) -> None:
    assert read(cell) == expected


# Rows of Roznoshchik/get-hired applications.csv (its dates aside), each "Waiting to apply".
ROZNOSHCHIK_ROWS = [
    ["TechCorp", "2024-07-15", "Waiting to apply", "http://techcorp.com/careers"],
    ["InnovateLLC", "2024-07-14", "Waiting to apply", "http://innovatellc.com/jobs"],
    ["HealthPlus", "2024-07-13", "Waiting to apply", "http://healthplus.com/job3"],
]


def test_the_roznoshchik_tracker_is_not_applied_yet(tmp_path: Path) -> None:
    path = tmp_path / "applications.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["name", "applied_date", "stage", "url"])
        writer.writerows(ROZNOSHCHIK_ROWS)
    result = CliRunner().invoke(
        main,
        ["check", str(path), "--map", "name=company", "--map", "url=position"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert "  Rows: 3 not applied yet\n" in result.output
    assert '    "Waiting to apply" ×3 -> not applied\n' in result.output


# F2: the statuses of a Chinese campus-hiring log (limengsheng981-hash/my-offer-tracker).
CHINESE = [
    ("已投递", APPLIED),
    ("投递成功", APPLIED),
    ("已申请", APPLIED),
    ("简历筛选", APPLIED),
    ("一面", INTERVIEWING),
    ("二面", INTERVIEWING),
    ("终面", INTERVIEWING),
    ("笔试", INTERVIEWING),
    ("已拒绝", REJECTED),
    # As before.
    ("等待", APPLIED),
    ("面试", INTERVIEWING),
    ("拒绝", REJECTED),
]


@pytest.mark.parametrize(("cell", "expected"), CHINESE)
def test_a_chinese_status_is_read(cell: str, expected: tuple[str, bool]) -> None:
    assert read(cell) == expected


# Rows of limengsheng981-hash/my-offer-tracker job_applications.csv, some of its columns.
LIMENGSHENG_HEADER = ["公司名称", "岗位", "当前状态", "工作地点", "投递渠道", "投递时间"]
LIMENGSHENG_ROWS = [
    ["三一重工", "机械工程师（装载）", "已投递", "湖州", "官网投递", "2026-06-23"],
    ["航天805", "火工品总体设计", "一面", "上海", "内部推荐", "2026-06-18"],
    ["中天科技", "研发", "已投递", "常州", "线下招聘会投递", "2026-06-23"],
]


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_the_limengsheng_tracker_is_read(tmp_path: Path) -> None:
    path = _write(tmp_path / "job_applications.csv", LIMENGSHENG_HEADER, LIMENGSHENG_ROWS)
    result = CliRunner().invoke(main, ["check", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    for line in (
        '      C  "当前状态" -> outcome (Outcome)\n',
        '      F  "投递时间" -> applied_at (Date Applied)\n',
        '    "已投递" ×2 -> applied\n',
        '    "一面"      -> interviewing\n',
    ):
        assert line in result.output


# A status column under a header the tool does not read: the run says so, not only check.
UNREAD_STATUS = [
    (["进度"], ["一面", "已投递", "已拒绝"], '"一面", "已投递", "已拒绝"'),
    (
        ["Progress"],
        ["Phone screen", "Applied", "Rejected"],
        '"Phone screen", "Applied", "Rejected"',
    ),
]


@pytest.mark.parametrize(("header", "cells", "shown"), UNREAD_STATUS)
def test_a_run_names_a_status_column_it_leaves_alone(
    tmp_path: Path, header: list[str], cells: list[str], shown: str
) -> None:
    rows = [[f"Co {i}", "Dev", "2026-06-18", cell] for i, cell in enumerate(cells)]
    path = _write(tmp_path / "tracker.csv", ["Company", "Position", "Date Applied", *header], rows)
    result = CliRunner().invoke(
        main, ["run", "--dry-run", "--as-of", "2026-07-01", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert (
        f'note: tracker.csv: column D "{header[0]}" is not read, though it holds statuses '
        f"({shown}), and no column is read as Outcome: every row is taken as applied; map it "
        f'with --map "{header[0]}=outcome"\n'
    ) in result.output


# Not a status column: a note that reads as none, or only as applied.
NOT_STATUSES = [
    ["Applied", "Waiting"],
    ["Phone screen with Dana, she was lovely", "Applied"],
]


@pytest.mark.parametrize("cells", NOT_STATUSES)
def test_a_column_of_other_cells_is_not_called_statuses(tmp_path: Path, cells: list[str]) -> None:
    rows = [[f"Co {i}", "Dev", "2026-06-18", cell] for i, cell in enumerate(cells)]
    path = _write(tmp_path / "tracker.csv", ["Company", "Position", "Date Applied", "Misc"], rows)
    result = CliRunner().invoke(
        main, ["run", "--dry-run", "--as-of", "2026-07-01", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "holds statuses" not in result.output


# F3: the statuses of a Turkish log of German applications (oeztuerkhamza/bewerbungs-manager).
TURKISH = [
    ("Gönderildi", APPLIED),
    ("Alındı Teyidi (İşlemde)", APPLIED),
    ("İşlemde", APPLIED),
    # As before.
    ("Başvuruldu", APPLIED),
    ("Mülakat Daveti", INTERVIEWING),
    ("Olumsuz (Red)", REJECTED),
]


@pytest.mark.parametrize(("cell", "expected"), TURKISH)
def test_a_turkish_status_is_read(cell: str, expected: tuple[str, bool]) -> None:
    assert read(cell) == expected


# F3: a column headed only "date" in Turkish or Chinese is a date column, as "Date" is.
PLAIN_DATE_HEADERS = ["Tarih", "日期", "Date", "Datum", "Fecha", "Data"]


@pytest.mark.parametrize("header", PLAIN_DATE_HEADERS)
def test_a_column_headed_date_is_the_applied_date(tmp_path: Path, header: str) -> None:
    path = _write(
        tmp_path / "tracker.csv",
        ["Company", "Position", header, "Status"],
        [["A", "Dev", "2026-03-03", "Applied"]],
    )
    result = CliRunner().invoke(main, ["check", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert f'"{header}"' in result.output
    assert "-> applied_at (Date Applied)\n" in result.output


# Rows of oeztuerkhamza/bewerbungs-manager Bewerbungen.csv.
OEZTUERK_ROWS = [
    ["RUFUNDSCHLENKER", "Fachkraft IT (m/w/d)", "Olumsuz (Red)", "03.03.2026"],
    ["theurer.com GmbH", "Webentwickler ASP.NET", "Alındı Teyidi (İşlemde)", "18.01.2026"],
    ["webhub", "Web Developer (m/w/d)", "Gönderildi", "10.03.2026"],
    ["Kreiskliniken", "IT-Systemadministrator", "Başvuruldu", "24.03.2026"],
]


def test_the_oeztuerk_tracker_is_read(tmp_path: Path) -> None:
    header = ["Şirket / Kurum", "Pozisyon / Konu", "Durum / Sonuç", "Tarih"]
    path = _write(tmp_path / "Bewerbungen.csv", header, OEZTUERK_ROWS)
    result = CliRunner().invoke(main, ["check", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    for line in (
        "Bewerbungen.csv: header on row 1, 4 rows\n",
        '      D  "Tarih"           -> applied_at (Date Applied)\n',
        '    "Alındı Teyidi (İşlemde)" -> applied\n',
        '    "Gönderildi"              -> applied\n',
    ):
        assert line in result.output


# F7: a Brazilian log's headers: "Vaga" (the posting), "Data da Aplicação", and a "Retorno"
# (feedback) of statuses, which is the Outcome, not a Decision Date.
PT_VAGAS_ROWS = [
    ["Nubank", "Dev Python", "15/03/2026", "Aguardando"],
    ["Itaú", "Analista de Dados", "16/03/2026", "Aguardando"],
    ["iFood", "Estágio", "17/03/2026", "Entrevista marcada"],
]


def test_a_brazilian_log_with_its_retorno_is_read(tmp_path: Path) -> None:
    header = ["Empresa", "Vaga", "Data da Aplicação", "Retorno"]
    path = _write(tmp_path / "vagas.csv", header, PT_VAGAS_ROWS)
    result = CliRunner().invoke(main, ["check", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    for line in (
        '      C  "Data da Aplicação" -> applied_at (Date Applied)\n',
        '      D  "Retorno"           -> outcome (Outcome)\n',
        '    "Aguardando" ×2      -> applied\n',
        '    "Entrevista marcada" -> interviewing\n',
    ):
        assert line in result.output


# Rows of ruyjunior/linkedinbot candidaturas.csv: "titulo" is the posting's title.
RUYJUNIOR_ROWS = [
    ["2026-04-18 15:40", "Graduate Developer", "Joveo Ai", "enviada"],
    ["2026-04-18 15:41", "Sr. Java Full Stack Developer-Angular", "RELQ TECHNOLOGIES", "enviada"],
]


def test_the_ruyjunior_tracker_is_read(tmp_path: Path) -> None:
    header = ["data", "titulo", "empresa", "status"]
    path = _write(tmp_path / "candidaturas.csv", header, RUYJUNIOR_ROWS)
    result = CliRunner().invoke(main, ["check", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "candidaturas.csv: header on row 1, 2 rows\n" in result.output
    assert '      B  "titulo"  -> position (Position)\n' in result.output


# F8: a posting saved or passed over is not applied; alone only.
SAVED_OR_SKIPPED = [
    ("New", NOT_APPLIED),
    ("new", NOT_APPLIED),
    ("Skipped", NOT_APPLIED),
    ("skipped", NOT_APPLIED),
    ("pulada", NOT_APPLIED),  # ruyjunior/linkedinbot: a posting the bot passed over
    ("New interview scheduled", INTERVIEWING),
    ("New - applied", APPLIED),
]


@pytest.mark.parametrize(("cell", "expected"), SAVED_OR_SKIPPED)
def test_a_new_or_skipped_posting_is_not_applied(cell: str, expected: tuple[str, bool]) -> None:
    assert read(cell) == expected


# Left after F8 (fx362): a job bot's snake_case statuses of postings it did not apply to
# (ruyjunior/linkedinbot), "not yet applied" beside a word of waiting, and the CV screened in
# English, which read as a screening call while the Chinese 简历筛选 was applied.
NOT_APPLIED_YET = [
    ("sem_easy_apply", NOT_APPLIED),  # no one-click application: the bot passed it over
    ("SEM_EASY_APPLY", NOT_APPLIED),
    ("no_easy_apply", NOT_APPLIED),
    ("manual_required", NOT_APPLIED),  # to apply to by hand
    ("Manual required", NOT_APPLIED),
    ("erro", NOT_APPLIED),  # the bot's application failed
    ("Erro", NOT_APPLIED),
    ("error", NOT_APPLIED),
    ("Not yet applied, waiting", NOT_APPLIED),
    ("Not yet applied", NOT_APPLIED),
    ("Waiting, not yet applied", NOT_APPLIED),
    ("Not applied yet - waiting for referral", NOT_APPLIED),
    ("Haven't applied yet", NOT_APPLIED),
    ("Haven\u2019t applied yet, waiting", NOT_APPLIED),
    ("Noch nicht beworben, warte", NOT_APPLIED),
    # An application made in a clause of its own still stands; a bot's sent one is applied.
    ("Not applied, applied 11/3", APPLIED),
    ("Not applied, interview scheduled", INTERVIEWING),
    ("enviada", APPLIED),
    ("easy_apply", APPLIED),
    ("Error in offer letter", ("offer", False)),
]


@pytest.mark.parametrize(("cell", "expected"), NOT_APPLIED_YET)
def test_a_posting_not_applied_to_yet_is_not_applied(cell: str, expected: tuple[str, bool]) -> None:
    assert read(cell) == expected


# The CV screened is the employer reading the application ("in review", DESIGN's applied),
# before any round, in English as in Chinese; a screening call stays interviewing, and the
# screen passed is a round passed.
RESUME_SCREENING = [
    ("Resume screening", APPLIED),
    ("resume_screening", APPLIED),
    ("Résumé screening", APPLIED),
    ("CV screening", APPLIED),
    ("CV Screen", APPLIED),
    ("Application screening", APPLIED),
    ("简历筛选", APPLIED),
    ("簡歷篩選中", APPLIED),
    ("Resume screening passed", INTERVIEWING),
    ("Passed CV screening", INTERVIEWING),
    ("Screening", INTERVIEWING),
    ("Phone screening", INTERVIEWING),
]


@pytest.mark.parametrize(("cell", "expected"), RESUME_SCREENING)
def test_the_cv_screened_is_applied_in_every_language(
    cell: str, expected: tuple[str, bool]
) -> None:
    assert read(cell) == expected


# Portuguese "no" in an Applied? column is a no, as "No" is: the posting is not applied to.
HAS_APPLIED_MARKS = [("Não", "Not applied"), ("NÃO", "Not applied"), ("Nao", "Not applied")]
HAS_APPLIED_MARKS += [("No", "Not applied"), ("Sim", "Overdue"), ("Yes", "Overdue")]


@pytest.mark.parametrize(("mark", "status"), HAS_APPLIED_MARKS)
def test_a_portuguese_no_in_an_applied_column_is_not_applied(
    tmp_path: Path, mark: str, status: str
) -> None:
    header = ["Empresa", "Vaga", "Data da Aplicação", "Aplicado?"]
    path = _write(tmp_path / "vagas.csv", header, [["Nubank", "Dev Python", "16/11/2026", mark]])
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-12-07", str(path), "--map", "Aplicado?=applied"]
    )
    assert result.exit_code == 0, result.output
    with path.open(newline="", encoding="utf-8") as file:
        row = next(csv.DictReader(file))
    assert (row["Follow-up status"], row["Problems"]) == (status, "")


# F8: a company in quotation marks, as VasaGanesh/application-tracker's email senders are.
QUOTED_COMPANIES = [
    ('"Coding Ninjas"', "Coding Ninjas"),
    ("\u201cAcme\u201d", "Acme"),
    ("'Acme'", "Acme"),
    # As before: quotes inside the name stay.
    ('The "Best" Co', 'The "Best" Co'),
    ('"A" and "B"', '"A" and "B"'),
    ("O'Reilly", "O'Reilly"),
    ("Coding Ninjas", "Coding Ninjas"),
]


@pytest.mark.parametrize(("cell", "named"), QUOTED_COMPANIES)
def test_a_draft_names_a_quoted_company_without_its_quotes(cell: str, named: str) -> None:
    assert company_named(cell) == named


def test_the_vasaganesh_row_is_drafted_without_quotes_and_its_cell_kept(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "applications.csv",
        ["Company", "Position", "Date Applied", "Status"],
        [['"Coding Ninjas"', "Mentor", "2025-01-02", "Pending"]],
    )
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2025-01-20", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    with path.open(newline="", encoding="utf-8") as file:
        row = next(csv.DictReader(file))
    assert row["Company"] == '"Coding Ninjas"'
    assert "I applied for the Mentor role at Coding Ninjas on Thursday, January 2," in row["Draft"]


# F6: a log of applications with no Position column (aishwarya-rao-code/job_tracker) is read:
# its rows not interviewed need none; a row interviewed says what it lacks.
AISHWARYA_HEADER = ["Date", "Platform", "Company", "Job Link", "Status"]
AISHWARYA_ROWS = [
    ["2025-08-01", "LinkedIn", "bjnjnhbi", "kjsnjkdnckjsn", "Applied"],
    ["2025-08-05", "Indeed", "google", "www.google.com", "Applied"],
]


def test_a_log_of_applications_without_a_position_is_read(tmp_path: Path) -> None:
    path = _write(tmp_path / "job_applications.csv", AISHWARYA_HEADER, AISHWARYA_ROWS)
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2025-08-20", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "job_applications.csv: 2 rows — 2 Overdue\n" in result.output
    with path.open(newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert [(r["Next action"], r["Draft subject"], r["Problems"]) for r in rows] == [
        ("Application check-in", "Checking in on my application to bjnjnhbi", ""),
        ("Application check-in", "Checking in on my application to google", ""),
    ]


def test_an_interviewed_row_of_such_a_log_says_what_it_lacks(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "log.csv",
        ["Company", "Date Applied", "Interview Date", "Status"],
        [["Censys", "2025-08-01", "", "Applied"], ["Google", "2025-08-05", "", "Interview"]],
    )
    # Without an Interview Date column: the log is read; with one, Position is still asked.
    result = CliRunner().invoke(main, ["check", str(path)], catch_exceptions=False)
    assert "missing: Position" in result.output
    path = _write(
        tmp_path / "log.csv",
        ["Company", "Date", "Status"],
        [["Censys", "2025-08-01", "Applied"], ["Google", "2025-08-05", "Interview"]],
    )
    result = CliRunner().invoke(main, ["check", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert (
        '    row 3, column "Company": the row has an interview, and no column says its Position '
        "(the role applied for): add a Position column, or map the one that holds it with "
        '--map "HEADER=position"\n'
    ) in result.output


# F5: towns no table lists, beside rows in several regions of one country (Dipin101/job-tracker,
# every other row in Canada): that country's calendar, not the default's.
DIPIN_ROWS = [
    ["Synopsys", "Co-Op", "Waterloo, Ontario", "pending", "2026-03-20"],
    ["CameleonHR", "Software Developer", "Pointe-Claire, Quebec", "pending", "2026-03-20"],
    ["Manulife", "Full Stack Software Engineer", "Canada", "pending", "2026-03-20"],
    ["Myant", "Senior Cloud Services Developer", "Oakville, Halton", "pending", "2026-03-20"],
    ["Actalent", "Backend Developer", "Kanata, Ottawa region", "pending", "2026-03-20"],
    ["Coast Capital", "Web developer", "Surrey, Greater Vancouver", "pending", "2026-03-20"],
]
TOWNS = ["Oakville, Halton", "Kanata, Ottawa region", "Surrey, Greater Vancouver"]


def test_a_town_beside_rows_in_one_country_s_regions_is_in_that_country(tmp_path: Path) -> None:
    header = ["company", "title", "location", "status", "Date Applied"]
    path = _write(tmp_path / "applications.csv", header, DIPIN_ROWS)
    result = CliRunner().invoke(main, ["check", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "United States" not in result.output
    for town in TOWNS:
        assert town not in result.output  # no Problems line: the Why says it
    result = CliRunner().invoke(
        main, ["run", "--as-of", "2026-04-01", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    with path.open(newline="", encoding="utf-8") as file:
        rows = {row["location"]: row for row in csv.DictReader(file)}
    for town in TOWNS:
        assert rows[town]["Problems"] == ""
        assert rows[town]["Why"].endswith(
            f'On the Canada (CA) calendar: "{town}" is a town the calendars do not list: the '
            "tracker's other rows are in CA."
        )
