"""Whom an edited draft's greeting names, of a row's recipients (report ot22, F2), and the
name it greets by when that is no one's on the row (report ot23, F6)."""

from __future__ import annotations

import pytest

from followup_batch.drafts.greeted import greeted, greeted_name

PANEL = ["Priya Nair (VP Product)", "Tom Becker (Eng Manager)"]

# (the edited text, the recipients as the Drafts sheet names them, which it greets)
CASES = {
    "first name": ("Hi Priya,\n\nThanks again", PANEL, [True, False]),
    "both": ("Hi Priya and Tom,\n\nThanks", PANEL, [True, True]),
    "title and surname": ("Dear Mr. Becker,\n\nThanks", PANEL, [False, True]),
    "nobody": ("Hello,\n\nThanks", PANEL, [False, False]),
    "a group": ("Hi all,\n\nThanks", PANEL, [False, False]),
    "someone else": ("Hi Sarah,\n\nPriya and Tom said", PANEL, [False, False]),
    "blank lines first, lower case": ("\n  \nhi tom -\nThanks", PANEL, [False, True]),
    "the title in brackets is no name": ("Hi Product team,", PANEL, [False, False]),
    "accents folded": ("Hi Jose,", ["José Ruiz", "Ana Diaz"], [True, False]),
    "titles, particles, initials": (
        "Dear Dr. van der Berg,",
        ["Dr. Jan van der Berg", "Dr. J. de Vries"],
        [True, False],
    ),
    "an apostrophe": ("Hi Ms. O'Neil,", ["Pat O'Neil", "Ola Smith"], [True, False]),
    # A name in Han, Kana or Hangul as its draft greets it, without its spaces (report ot24,
    # F7): "Hi 王伟," to 王 伟 greeted no one, and Why said the row does not name 王伟.
    "Han with a space": ("Hi 王伟,", ["王 伟", "李 娜"], [True, False]),
    "Hangul with 님": ("Hi 김민준님,", ["김민준 님", "이 서연"], [True, False]),
    # ... and with the space before 님 or a title that drafts keep since ot28 F7, a department
    # before the name left out.
    "Hangul, 님 apart": ("Hi 김민준 님,", ["김민준 님", "이 서연"], [True, False]),
    "Hangul, a team before": ("Hi 김민준 님,", ["인사팀 김민준 님", "이 서연"], [True, False]),
    "Hangul apart, a title": ("Hi 이서연 과장님,", ["김 민준", "이 서연 과장님"], [False, True]),
    "Japanese with 様": ("Hi 高橋美咲様,", ["高橋 美咲 様", "山田 太郎"], [True, False]),
    "two of them": ("Hi 李娜 and 王伟,", ["王 伟", "李 娜"], [True, True]),
    "a Hebrew title left out": ("Hi שרה,", ["ד״ר שרה לוי", "ד״ר דן כהן"], [True, False]),
}


@pytest.mark.parametrize(("text", "recipients", "expected"), CASES.values(), ids=CASES.keys())
def test_the_recipients_an_edited_draft_greets(
    text: str, recipients: list[str], expected: list[bool]
) -> None:
    assert greeted(text, recipients) == expected


# (the edited text, the row's company, the name its greeting greets by, as typed)
NAMES = {
    "a nickname": ("Hi Rob,\nEDITED", "Hooli", "Rob"),
    "a first name, more after the comma": ("Hi John, thanks again", "Initech", "John"),
    "title and surname": ("Dear Mr. Jones,\n\nThanks", "Initech", "Mr. Jones"),
    "a dash": ("Hey Sam - thanks", "Initech", "Sam"),
    "no name": ("Hello,\n\nThanks", "Initech", ""),
    "a group": ("Hi all,", "Initech", ""),
    "everyone": ("Hello everyone!", "Initech", ""),
    "the hiring team": ("Dear Hiring Team,", "Initech", ""),
    "the company's team": ("Hi Initech team,", "Initech Inc.", ""),
    "to whom it may concern": ("To whom it may concern,", "Initech", ""),
    "no greeting": ("Thank you for your time today.", "Initech", ""),
}


@pytest.mark.parametrize(("text", "company", "expected"), NAMES.values(), ids=NAMES.keys())
def test_the_name_a_greeting_greets_by(text: str, company: str, expected: str) -> None:
    assert greeted_name(text, company) == expected


# A big tracker's panel rows: the same few people greeted in the same few words, row after
# row. (the rows' greeting and recipients, which each row's greeting names)
HI_BOTH = "Hi Priya and Tom,\n\nThanks again"
HI_PRIYA = "Hi Priya,\n\nThanks again"
REPEATED = {
    "one panel, forty rows": [(HI_BOTH, PANEL, [True, True])] * 40,
    "two greetings taking turns": [
        (HI_BOTH, PANEL, [True, True]),
        (HI_PRIYA, PANEL, [True, False]),
    ]
    * 20,
    "two panels taking turns": [
        (HI_PRIYA, PANEL, [True, False]),
        ("Dear Dr. Ruiz,\n\nThanks", ["Dr. José Ruiz", "Ana Diaz"], [True, False]),
    ]
    * 20,
}


@pytest.mark.parametrize("rows", REPEATED.values(), ids=REPEATED.keys())
def test_repeated_names_and_greetings_are_folded_once(
    rows: list[tuple[str, list[str], list[bool]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup_batch.drafts import greeted as module

    folded: list[str] = []
    real = module.name_key

    def counting(text: object, *, company: bool = False) -> str | None:
        folded.append(str(text))
        return real(text, company=company)

    def folds(of: list[tuple[str, list[str], list[bool]]]) -> list[str]:
        module._name_words.cache_clear()
        module._greeting_words.cache_clear()
        folded.clear()
        assert [greeted(text, names) for text, names, _ in of] == [want for *_, want in of]
        return sorted(folded)

    monkeypatch.setattr(module, "name_key", counting)
    distinct = list(
        {(text, tuple(names)): (text, names, want) for text, names, want in rows}.values()
    )
    assert folds(rows) == folds(distinct)
