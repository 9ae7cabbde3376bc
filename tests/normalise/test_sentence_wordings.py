"""A phrase inside a short sentence that says who answers (ot102 F5): "said" before it ("they
said EOW", "Recruiter said they'll get back after Easter"), and Japanese, which puts who
answers after the phrase ("来週中に連絡": will contact during next week). Each as the bare
phrase is read, beside the sentences that say something else, which stay unread. A quarter
("early Q1") is not read: a company's quarter may be its fiscal year's. Through ``run`` on a
CSV, as of the interview day: the due date, the Why and the Problems a person sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from trackers import run_decision_row as _run

NOT_READ = (
    'is not a date or a timeline phrase (e.g. "Friday", "next week", "in 2 weeks",'
    ' "within 5 business days", "early January")'
)


@pytest.mark.parametrize(
    ("location", "interview", "said", "due", "read_as"),
    [
        # Who said it before the phrase: Easter Monday 2027-03-29 → Tue 03-30 → Wed 03-31.
        (
            "London, UK",
            "2027-03-16",
            "Recruiter said they'll get back after Easter",
            "2027-03-31",
            "Tue 2027-03-30",
        ),
        # 来週中 after Wed 2027-02-10: Fri 02-19 → 1 bd Mon 02-22 → the preferred Wed 02-24
        # (Emperor's Birthday Tue 02-23).
        ("Tokyo", "2027-02-10", "来週中に連絡", "2027-02-24", "Fri 2027-02-19"),
        ("Tokyo", "2027-02-10", "来週中にご連絡いたします", "2027-02-24", "Fri 2027-02-19"),
        # Wed 2027-02-10: Fri 02-12 → 1 bd Tue 02-16 (Washington's Birthday Mon 02-15), as
        # "EOW", quoted as the other phrases are (ot125 F2).
        ("US", "2027-02-10", "they said EOW", "2027-02-16", "Fri 2027-02-12"),
        # As before: the bare phrases.
        ("London, UK", "2027-03-16", "after Easter", "2027-03-31", "Tue 2027-03-30"),
        ("US", "2027-02-10", "EOW", "2027-02-16", "Fri 2027-02-12"),
        ("Tokyo", "2027-02-10", "来週中", "2027-02-24", "Fri 2027-02-19"),
    ],
)
def test_a_phrase_after_who_said_it_is_read(
    tmp_path: Path, location: str, interview: str, said: str, due: str, read_as: str
) -> None:
    row = _run(tmp_path, location, interview, said)
    assert (row["1st check-in due"], row["Problems"]) == (due, "")
    assert f'1 bd after the stated decision "{said}", read as {read_as} (never' in row["Why"]


@pytest.mark.parametrize(
    ("location", "interview", "said", "problem"),
    [
        # A sentence that says something else, with "said" or a Japanese reply word.
        (
            "US",
            "2027-02-10",
            "they said not before Friday",
            f'"they said not before Friday" {NOT_READ}',
        ),
        ("Tokyo", "2027-02-10", "来週中に連絡がなければ", f'"来週中に連絡がなければ" {NOT_READ}'),
        ("Tokyo", "2027-02-10", "来週面接", f'"来週面接" {NOT_READ}'),
        # A quarter may be the company's fiscal one: not read.
        ("US", "2026-11-10", "early Q1", f'"early Q1" {NOT_READ}'),
        ("US", "2026-11-10", "end of Q1", f'"end of Q1" {NOT_READ}'),
    ],
)
def test_a_sentence_that_says_something_else_is_a_row_problem(
    tmp_path: Path, location: str, interview: str, said: str, problem: str
) -> None:
    row = _run(tmp_path, location, interview, said)
    assert row["Problems"] == f'row 2, column "Decision Date": {problem}'
    assert "stated decision" not in row["Why"]


@pytest.mark.parametrize(
    ("said", "due", "decision"),
    [
        # A weekday in Japanese, as "by Friday" is: after Wed 2027-03-10, Fri 03-12 → 1 bd Mon
        # 03-15 → the preferred Tue 03-16; Monday 03-15 → Tue 03-16.
        ("金曜日までに回答", "2027-03-16", "Fri 2027-03-12"),
        ("金曜までに", "2027-03-16", "Fri 2027-03-12"),
        ("今週金曜日までに", "2027-03-16", "Fri 2027-03-12"),
        ("今週の金曜日までにご連絡いたします", "2027-03-16", "Fri 2027-03-12"),
        ("金曜日", "2027-03-16", "Fri 2027-03-12"),
        ("月曜日までに回答", "2027-03-16", "Mon 2027-03-15"),
        ("by Friday", "2027-03-16", "Fri 2027-03-12"),  # as before
    ],
)
def test_a_japanese_weekday_is_read_as_by_friday_is(
    tmp_path: Path, said: str, due: str, decision: str
) -> None:
    row = _run(tmp_path, "Tokyo", "2027-03-10", said)
    assert (row["1st check-in due"], row["Problems"]) == (due, "")
    # The weekday named is quoted beside its day, as every phrase is (ot149).
    assert f'1 bd after the stated decision "{said}", read as {decision} (never' in row["Why"]


@pytest.mark.parametrize(
    ("said", "due", "read_as"),
    [
        # Next week's Friday and next week, as before: Fri 03-19 → 1 bd Tue 03-23 (Substitute
        # Holiday Mon 03-22).
        ("来週の金曜日までに", "2027-03-23", "Fri 2027-03-19"),
        ("来週中に連絡", "2027-03-23", "Fri 2027-03-19"),
        ("月末までに", "2027-04-01", "Wed 2027-03-31"),  # the month's end, not Monday
    ],
)
def test_next_weeks_japanese_phrases_still_read(
    tmp_path: Path, said: str, due: str, read_as: str
) -> None:
    row = _run(tmp_path, "Tokyo", "2027-03-10", said)
    assert (row["1st check-in due"], row["Problems"]) == (due, "")
    assert f'1 bd after the stated decision "{said}", read as {read_as} (never' in row["Why"]


@pytest.mark.parametrize(
    "said",
    [
        "3月までに",  # by March: 月 is a month, not Monday, without 曜
        "金までに",  # 金 alone is money (or gold), not Friday
        "毎週金曜日",  # every Friday
        "金曜日までに連絡がなければ",  # if they do not call by Friday
        "金曜日に面接",  # an interview on Friday
        "金子さんから連絡",  # a call from Ms Kaneko
    ],
)
def test_near_japanese_wordings_stay_unread(tmp_path: Path, said: str) -> None:
    row = _run(tmp_path, "Tokyo", "2027-03-10", said)
    assert row["Problems"] == f'row 2, column "Decision Date": "{said}" {NOT_READ}'
    assert "stated decision" not in row["Why"]


@pytest.mark.parametrize(
    ("location", "said", "decision"),
    [
        # A weekday in Chinese and Korean before a deadline word, as the Japanese one (fx226):
        # after Wed 2027-03-10, Fri 03-12 → 1 bd Mon 03-15 → the preferred Tue 03-16.
        ("Shanghai", "周五前", "Fri 2027-03-12"),
        ("Shanghai", "周五之前", "Fri 2027-03-12"),
        ("Shanghai", "本周五之前", "Fri 2027-03-12"),
        ("Shanghai", "星期五以前", "Fri 2027-03-12"),
        ("Shanghai", "周五", "Fri 2027-03-12"),  # alone, as "金曜日" and "Friday" are
        ("Taipei", "週五前", "Fri 2027-03-12"),
        ("Seoul", "금요일까지", "Fri 2027-03-12"),
        ("Seoul", "이번 주 금요일까지", "Fri 2027-03-12"),
        ("Seoul", "금요일", "Fri 2027-03-12"),
    ],
)
def test_a_chinese_or_korean_weekday_is_read_as_by_friday_is(
    tmp_path: Path, location: str, said: str, decision: str
) -> None:
    row = _run(tmp_path, location, "2027-03-10", said)
    assert (row["1st check-in due"], row["Problems"]) == ("2027-03-16", "")
    assert f'1 bd after the stated decision "{said}", read as {decision} (never' in row["Why"]


@pytest.mark.parametrize(
    ("location", "said"),
    [
        # Next week's Friday, before "前" too: Fri 03-19 → Mon 03-22 → the preferred Tue 03-23.
        ("Shanghai", "下周五之前"),
        ("Shanghai", "下周五前"),
        ("Seoul", "다음 주 금요일까지"),
    ],
)
def test_next_weeks_chinese_and_korean_weekdays_still_read(
    tmp_path: Path, location: str, said: str
) -> None:
    row = _run(tmp_path, location, "2027-03-10", said)
    assert (row["1st check-in due"], row["Problems"]) == ("2027-03-23", "")
    assert f'1 bd after the stated decision "{said}", read as Fri 2027-03-19 (never' in row["Why"]


@pytest.mark.parametrize(
    ("location", "said"),
    [
        ("Shanghai", "周先生"),  # Mr Zhou: 周 is a family name
        ("Shanghai", "周五先生"),  # a person called Zhou Wu
        ("Shanghai", "周末前"),  # before the weekend: no weekday
        ("Shanghai", "上周五之前"),  # before last Friday
        ("Shanghai", "每周五"),  # every Friday
        ("Shanghai", "周五面试"),  # an interview on Friday
        ("Shanghai", "3天前"),  # 3 days ago: "前" only after a weekday
        ("Shanghai", "两周前"),  # two weeks ago
        ("Seoul", "매주 금요일"),  # every Friday
        ("Seoul", "금요일에 면접"),  # an interview on Friday
    ],
)
def test_near_chinese_and_korean_wordings_stay_unread(
    tmp_path: Path, location: str, said: str
) -> None:
    row = _run(tmp_path, location, "2027-03-10", said)
    assert row["Problems"] == f'row 2, column "Decision Date": "{said}" {NOT_READ}'
    assert "stated decision" not in row["Why"]
