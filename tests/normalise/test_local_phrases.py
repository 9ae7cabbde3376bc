"""Holiday and timeline phrases as people in Asia, Australia and Latin America write them
(ot82 F5), each read on the row's own calendar, and the near cases that must not be.

Every date is counted by hand on the ``holidays`` package's 2027 calendars; each run's as-of is
the interview day, so nothing depends on today.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup_batch.cli import main

NOT_READ = (
    'row 2, column "Decision Date": "{said}" is not a date or a timeline phrase (e.g. "Friday",'
    ' "next week", "in 2 weeks", "within 5 business days", "early January")'
)


def _run(tmp_path: Path, location: str, interview: str, said: str) -> dict[str, str]:
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(
        "Company,Position,Interview Date,Location,Decision Date\n"
        f'Acme,Engineer,{interview},"{location}",{said}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(
        main, ["run", str(tracker), "--as-of", interview, "--output", str(out)]
    )
    assert result.exit_code == 0, result.stderr
    with out.open(encoding="utf-8-sig") as written:
        (row,) = csv.DictReader(written)
    return row


@pytest.mark.parametrize(
    ("location", "interview", "said", "due", "read_as"),
    [
        # Malaysia (KL): Hari Raya Puasa Wed 03-10 and Thu 03-11 → Fri 03-12; 1 bd → Mon
        # 03-15, moved to the preferred Tuesday 03-16. Singapore has Wed 03-10 only → Thu
        # 03-11 → Fri 03-12. "Hari Raya" alone is Hari Raya Puasa in both.
        ("Kuala Lumpur", "2027-03-03", "after Hari Raya", "2027-03-16", "Fri 2027-03-12"),
        ("Kuala Lumpur", "2027-03-03", "selepas Hari Raya", "2027-03-16", "Fri 2027-03-12"),
        ("Singapore", "2027-03-03", "after Hari Raya", "2027-03-12", "Thu 2027-03-11"),
        # Hari Raya Haji (Lebaran Haji) is Eid al-Adha, Mon 05-17 → Tue 05-18 → Wed 05-19.
        ("Singapore", "2027-05-03", "after Hari Raya Haji", "2027-05-19", "Tue 2027-05-18"),
        ("Jakarta", "2027-05-03", "setelah Lebaran Haji", "2027-05-19", "Tue 2027-05-18"),
        # Vietnam: Tết Thu 02-04 to Wed 02-10 → Thu 02-11 → Fri 02-12.
        ("Vietnam", "2027-02-01", "after Tet", "2027-02-12", "Thu 2027-02-11"),
        ("Vietnam", "2027-02-01", "after Tết", "2027-02-12", "Thu 2027-02-11"),
        ("Vietnam", "2027-02-01", "sau Tết", "2027-02-12", "Thu 2027-02-11"),
        # Indonesia: Lebaran (Idul Fitri) Wed 03-10 and Thu 03-11 → Fri 03-12; 1 bd → Mon
        # 03-15 → the preferred Tuesday 03-16.
        ("Jakarta", "2027-03-01", "after Lebaran", "2027-03-16", "Fri 2027-03-12"),
        ("Jakarta", "2027-03-01", "setelah Lebaran", "2027-03-16", "Fri 2027-03-12"),
        ("Jakarta", "2027-03-01", "after Idul Fitri", "2027-03-16", "Fri 2027-03-12"),
        # China: Tomb-Sweeping Day Mon 04-05 → Tue 04-06 → Wed 04-07; 五一 Sat 05-01 to Tue
        # 05-04 → Wed 05-05 → Thu 05-06.
        ("Shanghai", "2027-03-31", "after Qingming", "2027-04-07", "Tue 2027-04-06"),
        ("Shanghai", "2027-04-28", "五一后", "2027-05-06", "Wed 2027-05-05"),
        # Taiwan: Children's Day Sun 04-04, Tomb-Sweeping Mon 04-05, Children's (observed) Tue
        # 04-06 → Wed 04-07 → Thu 04-08; 過年 Thu 02-04 to Wed 02-10 → Thu 02-11 → Fri 02-12.
        ("Taipei", "2027-03-31", "after Qingming", "2027-04-08", "Wed 2027-04-07"),
        ("Taipei", "2027-02-02", "過年後", "2027-02-12", "Thu 2027-02-11"),
        # Korea: 설 Sat 02-06 to the alternative holiday Tue 02-09 → Wed 02-10 → Thu 02-11.
        ("Seoul", "2027-02-02", "설 연휴 이후", "2027-02-11", "Wed 2027-02-10"),
        # Japan, 連休: Showa Day Thu 04-29 stands alone (Fri 04-30 is worked); the next run of
        # three days off or more is Sat 05-01 to Children's Day Wed 05-05 → Thu 05-06 → Fri.
        ("Tokyo", "2027-04-27", "連休明け", "2027-05-07", "Thu 2027-05-06"),
        # Marine Day Mon 07-19 makes Sat 07-17 to Mon 07-19 → Tue 07-20 → Wed 07-21.
        ("Tokyo", "2027-07-07", "連休明け", "2027-07-21", "Tue 2027-07-20"),
        # Thailand: Songkran Tue 04-13 to Thu 04-15 → Fri 04-16; 1 bd → Mon 04-19 → Tue 04-20.
        ("Bangkok", "2027-04-09", "หลังสงกรานต์", "2027-04-20", "Fri 2027-04-16"),
        # Sydney: Good Friday 03-26 to Easter Monday 03-29 → Tue 03-30 → Wed 03-31.
        (
            "Sydney NSW",
            "2027-03-24",
            "after the Easter long weekend",
            "2027-03-31",
            "Tue 2027-03-30",
        ),
        # São Paulo: Carnaval Mon 02-08 and Tue 02-09 (Ash Wednesday is worked) → Wed 02-10 →
        # Thu 02-11.
        ("São Paulo, SP", "2027-02-03", "após o Carnaval", "2027-02-11", "Wed 2027-02-10"),
        ("São Paulo, SP", "2027-02-03", "pós-Carnaval", "2027-02-11", "Wed 2027-02-10"),
        # Mexico's puente: Benito Juárez Mon 03-15 makes Sat 03-13 to Mon 03-15 → Tue 03-16 →
        # Wed 03-17. Colombia's: San José (observed) Mon 03-22 → Tue 03-23 → Wed 03-24.
        ("CDMX", "2027-03-10", "después del puente", "2027-03-17", "Tue 2027-03-16"),
        ("Bogotá", "2027-03-10", "después del puente", "2027-03-24", "Tue 2027-03-23"),
    ],
)
def test_a_local_holiday_phrase_is_read_on_the_rows_calendar(
    tmp_path: Path, location: str, interview: str, said: str, due: str, read_as: str
) -> None:
    row = _run(tmp_path, location, interview, said)
    assert (row["1st check-in due"], row["Problems"]) == (due, "")
    assert f'1 bd after the stated decision "{said}", read as {read_as} ' in row["Why"]


@pytest.mark.parametrize(
    ("location", "interview", "said", "due", "read_as"),
    [
        # Tue 04-27 + 14 days: Tue 05-11 → Wed 05-12.
        ("Tokyo", "2027-04-27", "2週間後", "2027-05-12", "Tue 2027-05-11"),
        # Tue 04-13 + 7 and + 14 days: Tue 04-20 → Wed 04-21; Tue 04-27 → Wed 04-28.
        ("Shanghai", "2027-04-13", "一周内", "2027-04-21", "Tue 2027-04-20"),
        ("Shanghai", "2027-04-13", "两周内", "2027-04-28", "Tue 2027-04-27"),
        ("Seoul", "2027-04-13", "2주 후", "2027-04-28", "Tue 2027-04-27"),
        # The part of a month as "mid May" is read: the 20th (Thu) → Fri 05-21; "early": the
        # 10th (Mon) → Tue 05-11.
        ("Tokyo", "2027-04-13", "5月中旬", "2027-05-21", "Thu 2027-05-20"),
        ("Seoul", "2027-04-13", "5월 초", "2027-05-11", "Mon 2027-05-10"),
        # Next week's Friday, as "next week" is read: Tue 04-13 → Fri 04-23; 1 bd → Mon 04-26 →
        # the preferred Tuesday 04-27.
        ("Seoul", "2027-04-13", "다음 주 금요일", "2027-04-27", "Fri 2027-04-23"),
        ("Shanghai", "2027-04-13", "下周五", "2027-04-27", "Fri 2027-04-23"),
        # São Paulo: 5 bd after Tue 04-13 is Tue 04-20; the 1 bd skips Tiradentes Wed 04-21.
        ("São Paulo, SP", "2027-04-13", "em até 5 dias úteis", "2027-04-22", "Tue 2027-04-20"),
        # Bogotá: next week's last working day, Maundy Thursday and Good Friday off: Wed 03-24;
        # 1 bd skips them → Mon 03-29 → the preferred Tuesday 03-30.
        ("Bogotá", "2027-03-17", "la otra semana", "2027-03-30", "Wed 2027-03-24"),
        # Jakarta: next week's Friday 03-12; 1 bd → Mon 03-15 → Tue 03-16. Mon 03-01 + 14 days:
        # Mon 03-15 → Tue 03-16.
        ("Jakarta", "2027-03-01", "minggu depan", "2027-03-16", "Fri 2027-03-12"),
        ("Jakarta", "2027-03-01", "dalam 2 minggu", "2027-03-16", "Mon 2027-03-15"),
        # Quinze dias, quince días: two weeks, 14 days. Tue 03-23 + 14: Tue 04-06 → Wed 04-07;
        # Wed 03-17 + 14: Wed 03-31 → Thu 04-01.
        ("São Paulo, SP", "2027-03-23", "em 15 dias", "2027-04-07", "Tue 2027-04-06"),
        ("Bogotá", "2027-03-17", "en 15 días", "2027-04-01", "Wed 2027-03-31"),
        ("Bogotá", "2027-03-17", "en quince días", "2027-04-01", "Wed 2027-03-31"),
        # In English 15 days stay 15: Wed 03-17 + 15 = Thu 04-01; 1 bd → Fri 04-02.
        ("New York", "2027-03-17", "in 15 days", "2027-04-02", "Thu 2027-04-01"),
    ],
)
def test_a_local_timeline_phrase_is_read(
    tmp_path: Path, location: str, interview: str, said: str, due: str, read_as: str
) -> None:
    row = _run(tmp_path, location, interview, said)
    assert (row["1st check-in due"], row["Problems"]) == (due, "")
    assert f'1 bd after the stated decision "{said}", read as {read_as} ' in row["Why"]


@pytest.mark.parametrize(
    ("location", "interview", "said", "due", "decision"),
    [
        # 今週中: this week's Friday 04-16; 1 bd → Mon 04-19 → the preferred Tuesday 04-20.
        ("Tokyo", "2027-04-13", "今週中", "2027-04-20", "Fri 2027-04-16"),
        # A day with まで or 까지: by Fri 04-30; 1 bd skips Golden Week in Tokyo (Mon 05-03 to
        # Wed 05-05) → Thu 05-06, and in Seoul the alternative Labor Day Mon 05-03 → Tue 05-04.
        ("Tokyo", "2027-04-13", "4月30日まで", "2027-05-06", "Fri 2027-04-30"),
        ("Seoul", "2027-04-13", "4월 30일까지", "2027-05-04", "Fri 2027-04-30"),
    ],
)
def test_a_named_day_is_the_stated_decision_date(
    tmp_path: Path, location: str, interview: str, said: str, due: str, decision: str
) -> None:
    row = _run(tmp_path, location, interview, said)
    assert row["1st check-in due"] == due
    assert f"1 bd after the stated decision date {decision} " in row["Why"]


@pytest.mark.parametrize(
    ("location", "interview", "said", "due"),
    [
        # A company, a street, a Chilean city: not the holidays their first word names.
        ("Vietnam", "2027-03-17", "after Tet Pharma", "2027-03-24"),
        ("Shanghai", "2027-03-17", "after Qingming Road", "2027-03-24"),
        ("Santiago, Chile", "2027-03-17", "después de Puente Alto", "2027-03-24"),
        ("Jakarta", "2027-03-17", "after Lebaran Sitompul", "2027-03-24"),
        # "Semana" inside another word, numbers that are not days, the 3rd of a month.
        ("Bogotá", "2027-03-03", "la otra semanal", "2027-03-10"),
        ("Bogotá", "2027-03-03", "en 15 minutos", "2027-03-10"),
        ("Tokyo", "2027-03-03", "5月中", "2027-03-10"),
        ("Jakarta", "2027-03-17", "minggu", "2027-03-24"),
    ],
)
def test_a_near_phrase_is_not_read(
    tmp_path: Path, location: str, interview: str, said: str, due: str
) -> None:
    row = _run(tmp_path, location, interview, said)
    assert (row["1st check-in due"], row["Problems"]) == (due, NOT_READ.format(said=said))


@pytest.mark.parametrize(
    ("location", "interview", "said", "calendar"),
    [
        # Holi is no day off in New York (nor anywhere but India), Songkran no day off in
        # London; a puente in Madrid is a day taken off, on no calendar.
        ("New York", "2027-03-17", "after Holi", "US-NY"),
        ("London", "2027-03-17", "after Songkran", "GB-ENG"),
        ("Madrid", "2027-03-17", "después del puente", "ES-MD"),
        ("New York", "2027-03-17", "after Lebaran", "US-NY"),
    ],
)
def test_a_holiday_the_rows_calendar_does_not_have_is_said_so(
    tmp_path: Path, location: str, interview: str, said: str, calendar: str
) -> None:
    row = _run(tmp_path, location, interview, said)
    assert row["Problems"] == (
        f'row 2, column "Decision Date": "{said}" names a holiday that is not a day off on the'
        f" {calendar} calendar: write the date they gave"
    )
