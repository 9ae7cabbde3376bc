"""A draft is worded by what was sent, not by its step's number (report ot11, finding F5).

A 1st check-in left unsent is skipped once the 2nd is due; the message that then goes out is
the person's first check-in and must not say "checking in again". A closing-the-loop message
claims earlier check-ins only when one was sent, and thanks "again" only after a thank-you
note. Rows go through the real schedule at the given as-of date; the table asserts the text.

A draft quotes a decision date only when the person wrote one (report ot36, finding F4).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

import numpy as np
import openpyxl
import pytest
from click.testing import CliRunner
from synthetic import frame_from_records
from trackers import write_xlsx

from followup_batch import drafts
from followup_batch.cli import main
from followup_batch.drafts import context, templating
from followup_batch.schedule import load_rules, schedule_rows

TEMPLATES = drafts.load_templates()
SENDER = {"name": "Maya Chen"}
# A video interview on Monday, November 2, 2026 (US, standard industry, mid level): nothing
# sent, the 1st check-in is due Tue 11-10, the 2nd Tue 11-24, the final Wed 12-02.
ROW = {
    "company": "Brightwave",
    "position": "Product Manager",
    "interviewers": ["Dana Ortiz"],
    "interview_type": "video",
    "interview_date": dt.date(2026, 11, 2),
}
FIRST_CHECK_IN = (
    "Hi Dana,\n\nI hope your week is going well. I wanted to follow up on the Product Manager "
    "role at Brightwave after our video call on Monday, November 2.\n\nI remain very "
    "interested in joining the Brightwave team. Could you let me know where things stand on "
    "next steps?\n\nBest regards,\nMaya Chen"
)
SECOND_CHECK_IN = (
    "Hi Dana,\n\nI am checking in again about the Product Manager role at Brightwave. I "
    "understand that decisions like this take time, and I appreciate you keeping me in mind."
    "\n\nI am still very excited about the role. Is there anything else I can provide as you "
    "work through next steps?\n\nBest regards,\nMaya Chen"
)
# A role on hold (a hiring freeze): no next steps asked of it (ot108 F8).
FIRST_CHECK_IN_ON_HOLD = FIRST_CHECK_IN.replace(
    "I remain very interested in joining the Brightwave team. Could you let me know where things "
    "stand on next steps?",
    "I understand the position is on hold for now. I remain very interested in joining the "
    "Brightwave team, and I would be glad to hear if anything changes.",
)
SECOND_CHECK_IN_ON_HOLD = SECOND_CHECK_IN.replace(
    "I am still very excited about the role. Is there anything else I can provide as you work "
    "through next steps?",
    "I am still very excited about the role, and I would be glad to pick things up whenever "
    "the timing is right. Is there anything I can provide in the meantime?",
)
FINAL_MIDDLE = (
    " I know hiring plans change, and I would be grateful for any update on where things "
    "stand.\n\nIf the position has been filled or the timing is not right, I completely "
    "understand. I have enjoyed getting to know the Brightwave team, and I would welcome the "
    "chance to stay in touch about future opportunities.\n\n"
)
NONE_SENT_OPENING = (
    "It has been a while since our video call on Monday, November 2, and I wanted to follow up "
    "about the Product Manager role at Brightwave."
)
LAST_TIME_OPENING = (
    "I wanted to reach out one last time about the Product Manager role at Brightwave."
)


def final(opening: str, thanks: str) -> str:
    return f"Hi Dana,\n\n{opening}{FINAL_MIDDLE}{thanks}\n\nBest regards,\nMaya Chen"


# (as of, what the row marks sent (and its outcome), the next action, the draft)
CASES = [
    pytest.param("2026-11-10", {}, "1st check-in", FIRST_CHECK_IN, id="1st due, nothing sent"),
    pytest.param(
        "2026-12-01",
        {},
        "2nd check-in",
        FIRST_CHECK_IN,
        id="2nd due, 1st skipped unsent: worded as the first",
    ),
    pytest.param(
        "2026-12-01",
        {"thank_you_sent": "2026-11-02"},
        "2nd check-in",
        FIRST_CHECK_IN,
        id="thanked, 1st skipped unsent: worded as the first",
    ),
    pytest.param(
        "2026-11-24",
        {"check_in_1_sent": "2026-11-10"},
        "2nd check-in",
        SECOND_CHECK_IN,
        id="1st sent: checking in again",
    ),
    pytest.param(
        "2026-11-24",
        {"check_in_1_done": True},
        "2nd check-in",
        SECOND_CHECK_IN,
        id="1st marked sent, no date: checking in again",
    ),
    pytest.param(
        "2026-11-10",
        {"outcome": "on hold"},
        "1st check-in",
        FIRST_CHECK_IN_ON_HOLD,
        id="1st due, the role on hold: no next steps asked",
    ),
    pytest.param(
        "2026-11-24",
        {"check_in_1_sent": "2026-11-10", "outcome": "on hold"},
        "2nd check-in",
        SECOND_CHECK_IN_ON_HOLD,
        id="2nd due, the role on hold: no next steps asked",
    ),
    pytest.param(
        "2026-12-02",
        {},
        "Final follow-up",
        final(NONE_SENT_OPENING, "Thank you for your time and consideration."),
        id="final, nothing sent: no earlier follow-ups, no thanks again",
    ),
    pytest.param(
        "2026-12-02",
        {"thank_you_done": True},
        "Final follow-up",
        final(NONE_SENT_OPENING, "Thank you again for your time and consideration."),
        id="final, only thanked: no earlier follow-ups, thanks again",
    ),
    pytest.param(
        "2026-12-08",
        {"check_in_1_sent": "2026-11-10"},
        "Final follow-up",
        final(LAST_TIME_OPENING, "Thank you for your time and consideration."),
        id="final, 1st sent, 2nd skipped: one last time",
    ),
    pytest.param(
        "2026-12-08",
        {"check_in_2_sent": "2026-11-24"},
        "Final follow-up",
        final(LAST_TIME_OPENING, "Thank you for your time and consideration."),
        id="final, only the 2nd sent: one last time",
    ),
    pytest.param(
        "2026-12-08",
        {
            "thank_you_sent": "2026-11-02",
            "check_in_1_sent": "2026-11-10",
            "check_in_2_sent": "2026-11-24",
        },
        "Final follow-up",
        final(LAST_TIME_OPENING, "Thank you again for your time and consideration."),
        id="final, everything sent: one last time, thanks again",
    ),
]


def drafted(
    as_of: str, sent: dict[str, object], row: dict[str, object] = ROW
) -> tuple[str, drafts.Drafts]:
    record = {
        **row,
        **{
            name: dt.date.fromisoformat(value) if name.endswith("_sent") else value
            for name, value in sent.items()
        },
    }
    frame = frame_from_records([record])
    schedule = schedule_rows(frame, load_rules(), dt.date.fromisoformat(as_of))
    out = drafts.render_drafts(frame, schedule.next_actions, SENDER, TEMPLATES)
    return schedule.result["next_action"].iloc[0], out


@pytest.mark.parametrize(("as_of", "sent", "action", "body"), CASES)
def test_a_draft_says_what_was_sent(as_of: str, sent: dict, action: str, body: str) -> None:
    next_action, out = drafted(as_of, sent)
    assert next_action == action
    assert out.per_row["draft"].iloc[0] == body
    # The message is still the step the row names: its label in the Drafts sheet and exports.
    assert out.messages["action"].tolist() == [action]
    assert out.messages["body"].tolist() == [body]


# (company, the 1st check-in's and final's team phrase): a company's own article is not
# doubled, nor its legal form said (ot127 F3: "joining the Acme, Inc. team").
TEAMS = [
    ("The New York Times", "the New York Times team"),
    ("The Home Depot", "the Home Depot team"),
    ("the Guardian", "the Guardian team"),
    ("Theta Labs", "the Theta Labs team"),
    ("Brightwave", "the Brightwave team"),
    ("Acme, Inc.", "the Acme team"),
    ("The Home Depot, Inc.", "the Home Depot team"),
    ("Siemens AG", "the Siemens team"),
    ("Müller GmbH & Co. KG", "the Müller team"),
    ("Goldman Sachs & Co. LLC", "the Goldman Sachs team"),
    ("Nestlé S.A.", "the Nestlé team"),
    ("Johnson & Johnson", "the Johnson & Johnson team"),
    ("The Limited", "the Limited team"),  # a retailer's name, no legal form
    # A legal form ending the name is how people say it (ot131 F6: "the Smith team").
    ("Smith & Co", "the Smith & Co team"),
    ("The Honest Company", "the Honest Company team"),
    ("Ford Motor Company", "the Ford Motor Company team"),
    ("Toyota Motor Corporation", "the Toyota Motor Corporation team"),
    ("Nintendo Co., Ltd.", "the Nintendo team"),
    ("Umbrella Corp", "the Umbrella team"),
]


@pytest.mark.parametrize(("company", "team"), TEAMS)
def test_a_company_named_with_the_is_not_the_the_company(company: str, team: str) -> None:
    row = {**ROW, "company": company}
    _, first = drafted("2026-11-10", {}, row)
    _, last = drafted("2026-12-02", {}, row)
    assert f"I remain very interested in joining {team}. " in first.per_row["draft"].iloc[0]
    assert f"I have enjoyed getting to know {team}, " in last.per_row["draft"].iloc[0]
    # The role keeps the company's name as written.
    written = company
    assert f"on the Product Manager role at {written} after " in first.per_row["draft"].iloc[0]


# A Brazilian tracker's Tipo, as its drafts say the interview (ot69 F10: a Petrobras panel
# was "our conversation"), in the thank-you draft of an interview on Wed 2027-03-10, written
# for its due day, the next.
OCCASIONS_IN_PORTUGUESE = [
    ("Painel", "meeting the panel"),
    ("Dinâmica de grupo", "meeting the panel"),
    ("Online", "our video call"),
    ("Remota", "our video call"),
    ("Entrevista com gestor", "our conversation"),
    ("Entrevista individual", "our conversation"),
]


@pytest.mark.parametrize(("kind", "said"), OCCASIONS_IN_PORTUGUESE)
def test_a_portuguese_interview_type_is_said_in_the_draft(
    tmp_path: Path, kind: str, said: str
) -> None:
    tracker = tmp_path / "t.csv"
    tracker.write_text(
        "Empresa,Cargo,Data da Entrevista,Entrevistador,Tipo,País\n"
        f"Petrobras,Analista,2027-03-10,Ana Souza,{kind},Brasil\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["run", str(tracker), "--as-of", "2027-03-10", "-q"])
    assert result.exit_code == 0, result.output
    (row,) = csv.DictReader(io.StringIO(tracker.read_text(encoding="utf-8")))
    assert row["Draft"].split("\n\n")[1] == (
        f"Thank you for taking the time to speak with me yesterday. I really enjoyed {said} "
        "and learning more about the Analista role at Petrobras."
    )
    assert row["Problems"] == ""


@pytest.mark.parametrize(
    ("steps", "check_in_sent", "labels", "expected"),
    [
        (["check_in_2", "check_in_2"], [False, True], False, ["check_in_1", "check_in_2"]),
        (
            ["thank_you", "check_in_1", "final"],
            [False] * 3,
            False,
            ["thank_you", "check_in_1", "final"],
        ),
        # As the hand edits' occasions name them: by label.
        (["2nd check-in", "2nd check-in"], [False, True], True, ["1st check-in", "2nd check-in"]),
        (["Final follow-up", "—"], [False, False], True, ["Final follow-up", "—"]),
    ],
)
def test_worded_as(
    steps: list[str], check_in_sent: list[bool], labels: bool, expected: list[str]
) -> None:
    out = context.worded_as(np.array(steps, dtype=object), np.array(check_in_sent), labels=labels)
    assert out.tolist() == expected


def test_a_user_template_for_the_2nd_check_in_is_not_used_without_a_1st_sent(tmp_path) -> None:
    """A templates folder's 2nd check-in is the wording of a 2nd check-in; a 2nd check-in with
    no check-in sent is written from the (user's or shipped) 1st check-in template."""
    (tmp_path / "check_in_2.txt.j2").write_text("Subject: Again\n{{ greeting }} again!\n")
    (tmp_path / "check_in_1.txt.j2").write_text(
        "Subject: First\n{{ greeting }} first ({{ action }}, sent: '{{ check_ins_sent }}', "
        "thanked: '{{ thank_you_note_sent }}').\n"
    )
    frame = frame_from_records([{**ROW, "thank_you_done": True}, {**ROW, "check_in_1_done": True}])
    schedule = schedule_rows(frame, load_rules(), dt.date(2026, 12, 1))
    assert schedule.result["next_action"].tolist() == ["2nd check-in", "2nd check-in"]
    out = drafts.render_drafts(
        frame, schedule.next_actions, SENDER, drafts.load_templates(tmp_path)
    )
    assert out.per_row["draft"].tolist() == [
        "Hi Dana, first (check_in_1, sent: '', thanked: 'yes').",
        "Hi Dana, again!",
    ]


# A video interview on Friday, December 18, 2026 (US), and its Decision Date cell: the sentence
# on the decision in the thank-you, the 1st check-in and the 2nd check-in (None: none). A date
# the person wrote, or a weekday named, is quoted back; a phrase naming no day is not put in
# the interviewer's mouth as the day it is read as ("next week": Friday, December 25), and the
# sentence stays true however late the message goes out (report ot36, finding F4).
THANKED_BY_THE_23RD = (
    "You mentioned you hope to decide by Wednesday, December 23, and I look forward to "
    "hearing from you."
)
CHECKING_IN_AFTER_THE_23RD = (
    "You mentioned you hoped to reach a decision by Wednesday, December 23, so I thought I "
    "would check in."
)
AGAIN_AFTER_THE_23RD = (
    "I know the plan was to decide by Wednesday, December 23, 2026, and I understand that "
    "timelines often shift."
)
THANKED_WITH_A_PHRASE = (
    "I am very interested in this opportunity, and I look forward to hearing from you once "
    "you have reached a decision."
)
CHECKING_IN_WITH_A_PHRASE = (
    "You mentioned a timeline for your decision, so I thought I would check in."
)
AGAIN_WITH_A_PHRASE = (
    "I know you had a timeline in mind for your decision, and I understand that these often shift."
)
AGAIN_WITHOUT_A_DECISION = (
    "I understand that decisions like this take time, and I appreciate you keeping me in mind."
)
WRITTEN_DATE = (THANKED_BY_THE_23RD, CHECKING_IN_AFTER_THE_23RD, AGAIN_AFTER_THE_23RD)
WRITTEN_THE_20TH = (
    "You mentioned you hoped to decide by Sunday, December 20, and I look forward to hearing "
    "from you.",
    "You mentioned you hoped to reach a decision by Sunday, December 20, so I thought I would "
    "check in.",
    "I know the plan was to decide by Sunday, December 20, 2026, and I understand that "
    "timelines often shift.",
)
WRITTEN_THE_19TH = (
    "You mentioned you hoped to decide by Saturday, December 19, and I look forward to hearing "
    "from you.",
    "You mentioned you hoped to reach a decision by Saturday, December 19, so I thought I "
    "would check in.",
    "I know the plan was to decide by Saturday, December 19, 2026, and I understand that "
    "timelines often shift.",
)
WRITTEN_THE_21ST = (
    "You mentioned you hope to decide by Monday, December 21, and I look forward to hearing "
    "from you.",
    "You mentioned you hoped to reach a decision by Monday, December 21, so I thought I would "
    "check in.",
    "I know the plan was to decide by Monday, December 21, 2026, and I understand that "
    "timelines often shift.",
)
WRITTEN_THE_24TH = (
    "You mentioned you hope to decide by Thursday, December 24, and I look forward to "
    "hearing from you.",
    "You mentioned you hoped to reach a decision by Thursday, December 24, so I thought I "
    "would check in.",
    "I know the plan was to decide by Thursday, December 24, 2026, and I understand that "
    "timelines often shift.",
)
PHRASE = (THANKED_WITH_A_PHRASE, CHECKING_IN_WITH_A_PHRASE, AGAIN_WITH_A_PHRASE)
NO_DECISION = (None, None, AGAIN_WITHOUT_A_DECISION)
DECISIONS = [
    pytest.param("2026-12-23", WRITTEN_DATE, id="ISO date"),
    pytest.param("Dec 23", WRITTEN_DATE, id="date without a year"),
    pytest.param(dt.datetime(2026, 12, 23), WRITTEN_DATE, id="date cell"),
    pytest.param("Wednesday", WRITTEN_DATE, id="a weekday named"),
    # The thank-you, due Saturday the 19th, goes out late on the 21st: a day they gave before
    # then is one they "hoped" to decide by (stop 38); the 21st itself is still ahead.
    pytest.param("Dec 20", WRITTEN_THE_20TH, id="the 20th: the late thank-you says hoped"),
    pytest.param("Saturday", WRITTEN_THE_19TH, id="Saturday the 19th, the thank-you's due day"),
    pytest.param("2026-12-21", WRITTEN_THE_21ST, id="the 21st, the day it goes out: hope"),
    pytest.param("Monday", WRITTEN_THE_21ST, id="Monday the 21st"),
    pytest.param("next Wednesday", WRITTEN_DATE, id="next Wednesday"),
    pytest.param("next week", PHRASE, id="next week (read as Christmas Day)"),
    # A day named that is a holiday of the row's calendar is not quoted either: no one
    # decides on Christmas Day (ot54-F2); Christmas Eve is a US working day, and is quoted.
    pytest.param("Friday", PHRASE, id="Friday (Christmas Day)"),
    # ... nor the Thursday before it that "end of week" is read as (ot69 F12): a day worked out.
    pytest.param("end of week", PHRASE, id="end of week (Thursday before Christmas Day)"),
    pytest.param("next Friday", PHRASE, id="next Friday (Christmas Day)"),
    pytest.param("2026-12-25", PHRASE, id="Christmas Day written"),
    pytest.param("Dec 24", WRITTEN_THE_24TH, id="Christmas Eve, a US working day"),
    pytest.param("within 48 hours", PHRASE, id="within 48 hours (read as a Sunday)"),
    pytest.param("by end of month", PHRASE, id="by end of month"),
    pytest.param("in 2 weeks", PHRASE, id="in 2 weeks"),
    pytest.param("within 5 business days", PHRASE, id="within 5 business days"),
    pytest.param("early January", PHRASE, id="early January (read as Sunday, January 10)"),
    pytest.param("mid-January", PHRASE, id="mid-January"),
    pytest.param("after the holidays", PHRASE, id="after the holidays"),
    pytest.param("soonish", NO_DECISION, id="soonish (a row problem)"),
    pytest.param(None, NO_DECISION, id="blank"),
]
DECISION_HEADERS = [
    "Company",
    "Position",
    "Interview Date",
    "Interview Type",
    "Interviewer",
    "Country",
    "Decision Date",
    "Thank-you Sent",
    "Check-in 1 Sent",
]
# What each case's three rows mark sent: nothing, the thank-you, the thank-you and 1st check-in.
STAGES = [(None, None), (dt.datetime(2026, 12, 18), None), (dt.datetime(2026, 12, 18), "yes")]


@pytest.fixture(scope="module")
def decision_drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[object, list[object]]:
    """Each Decision Date cell's three drafts as a run writes them into the workbook."""
    cells = [case.values[0] for case in DECISIONS]
    # A position of its own for each row: rows alike in every cell of the interview are a row
    # pasted twice (a Duplicate), whatever their sent cells say ("Dec 23" is 2026-12-23).
    cases = [(cell, sent) for cell in cells for sent in STAGES]
    rows = [
        ["Acme", f"Analyst {k}", dt.datetime(2026, 12, 18), "video", "Dana Ortiz", "US", cell]
        + list(sent)
        for k, (cell, sent) in enumerate(cases, start=1)
    ]
    path = write_xlsx(
        tmp_path_factory.mktemp("decisions") / "t.xlsx", {"Jobs": [DECISION_HEADERS, *rows]}
    )
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", "2026-12-21", "-q"])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path)["Jobs"]
    headers = [cell.value for cell in sheet[1]]
    read = [dict(zip(headers, row, strict=True)) for row in sheet.iter_rows(2, values_only=True)]
    assert [row["Next action"] for row in read] == [
        "Thank-you note",
        "1st check-in",
        "2nd check-in",
    ] * len(cells)
    return {
        cell: [row["Draft"] for row in read[i * len(STAGES) : (i + 1) * len(STAGES)]]
        for i, cell in enumerate(cells)
    }


@pytest.mark.parametrize(("cell", "sentences"), DECISIONS)
def test_a_draft_quotes_only_a_decision_date_the_person_wrote(
    decision_drafts: dict[object, list[str]], cell: object, sentences: tuple[str | None, ...]
) -> None:
    said = [
        [s for s in re.split(r"(?<=\.)\s+", draft) if re.search("decid|decision", s)]
        for draft in decision_drafts[cell]
    ]
    assert said == [[s] if s else [] for s in sentences]


# A decision stated for the interview's own day, Friday, December 18: the thank-you is due
# that day after a phone interview, the day after a video call. Due after it, or sent late,
# it says they "hoped" to decide by it, never "hope" (stop 38).
@pytest.mark.parametrize(
    ("interview_type", "as_of", "sentence"),
    [
        pytest.param(
            "phone",
            "2026-12-18",
            "You mentioned you hope to decide by Friday, December 18, and I look forward to "
            "hearing from you.",
            id="phone: due on the day",
        ),
        pytest.param(
            "video",
            "2026-12-19",
            "You mentioned you hoped to decide by Friday, December 18, and I look forward to "
            "hearing from you.",
            id="video: due the day after",
        ),
        pytest.param(
            "phone",
            "2026-12-19",
            "You mentioned you hoped to decide by Friday, December 18, and I look forward to "
            "hearing from you.",
            id="phone: a day late",
        ),
    ],
)
def test_a_thank_you_after_the_decision_day_says_they_hoped(
    tmp_path: Path, interview_type: str, as_of: str, sentence: str
) -> None:
    row = ["Acme", "Analyst", dt.datetime(2026, 12, 18), interview_type, "Dana Ortiz", "US"]
    path = write_xlsx(
        tmp_path / "t.xlsx", {"Jobs": [DECISION_HEADERS, row + ["2026-12-18", None, None]]}
    )
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", as_of, "-q"])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path)["Jobs"]
    read = dict(zip([c.value for c in sheet[1]], [c.value for c in sheet[2]], strict=True))
    assert read["Next action"] == "Thank-you note"
    said = [s for s in re.split(r"(?<=\.)\s+", read["Draft"]) if re.search("decid", s)]
    assert said == [sentence]


# The turn of the year on each row's own calendar (ot54-F2): a day a phrase names that is a
# holiday there is not quoted as the day they hoped to decide by.
@pytest.mark.parametrize(
    ("country", "interview", "cell", "sentence"),
    [
        pytest.param("US", "2026-12-24", "end of week", THANKED_WITH_A_PHRASE, id="US Christmas"),
        pytest.param("GB", "2026-12-31", "end of week", THANKED_WITH_A_PHRASE, id="GB New Year"),
        pytest.param(
            "GB",
            "2026-12-23",
            "Thursday",
            "You mentioned you hope to decide by Thursday 24 December, and I look forward to "
            "hearing from you.",
            id="GB Christmas Eve, a working day",
        ),
        pytest.param("SE", "2026-12-23", "Thursday", THANKED_WITH_A_PHRASE, id="SE Christmas Eve"),
        pytest.param("JP", "2026-12-28", "Thursday", THANKED_WITH_A_PHRASE, id="JP Dec 31"),
        # A week's end on a working day is the day "end of week" names: quoted, as "Friday"
        # is, though the Why quotes the phrase as the tool's reading (ot125 F2).
        pytest.param(
            "US",
            "2026-12-16",
            "EOW",
            "You mentioned you hope to decide by Friday, December 18, and I look forward to "
            "hearing from you.",
            id="US EOW, a working day",
        ),
        # One of your own days off is the employer's working day: quoted (ot59-F5).
        pytest.param(
            "US",
            "2026-12-23",
            "Thursday",
            "You mentioned you hope to decide by Thursday, December 24, and I look forward to "
            "hearing from you.",
            id="US Christmas Eve, your day off",
        ),
    ],
)
def test_a_draft_does_not_quote_a_holiday_as_the_decision_day(
    tmp_path: Path, country: str, interview: str, cell: str, sentence: str
) -> None:
    day = dt.datetime.fromisoformat(interview)
    row = ["Hooli", "PM", day, "phone", "Gavin Belson", country, cell, None, None]
    path = write_xlsx(tmp_path / "t.xlsx", {"Jobs": [DECISION_HEADERS, row]})
    config = tmp_path / "office.toml"
    config.write_text('days_off = ["2026-12-24", "2026-12-31"]\n', encoding="utf-8")
    args = ["--as-of", interview, "--config", str(config), "-q"]
    result = CliRunner().invoke(main, ["run", str(path), *args])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path)["Jobs"]
    read = dict(zip([c.value for c in sheet[1]], [c.value for c in sheet[2]], strict=True))
    assert read["Next action"] == "Thank-you note"
    said = [s for s in re.split(r"(?<=\.)\s+", read["Draft"]) if re.search("decid|decision", s)]
    assert said == [sentence]


# Days named as the row's country writes English (report ot63, F8: rows in the UK, Ireland,
# Australia, New Zealand, South Africa and India read "on Monday, February 15"): (the Country
# cell; the 1st check-in's sentences naming the interview and the decision day, in its Draft
# cell and its .eml). The interview was on Friday, December 18, 2026 (its year named: the
# check-in goes out in 2027); they hoped to decide by Friday, January 8. The month first in the
# US, Canada and the Philippines; the day first everywhere else.
MONTH_FIRST = (
    "I hope your week is going well. I wanted to follow up on the Analyst role at Acme after "
    "our video call on Friday, December 18, 2026. You mentioned you hoped to reach a "
    "decision by Friday, January 8, so I thought I would check in."
)
DAY_FIRST = (
    "I hope your week is going well. I wanted to follow up on the Analyst role at Acme after "
    "our video call on Friday 18 December 2026. You mentioned you hoped to reach a "
    "decision by Friday 8 January, so I thought I would check in."
)
ENGLISHES = [
    ("US", MONTH_FIRST),
    ("Canada", MONTH_FIRST),
    ("CA-QC", MONTH_FIRST),
    ("Philippines", MONTH_FIRST),
    ("United Kingdom", DAY_FIRST),
    ("GB-SCT", DAY_FIRST),
    ("Ireland", DAY_FIRST),
    ("Australia", DAY_FIRST),
    ("New Zealand", DAY_FIRST),
    ("South Africa", DAY_FIRST),
    ("India", DAY_FIRST),
    ("Singapore", DAY_FIRST),
    ("Germany", DAY_FIRST),
]


@pytest.fixture(scope="module")
def drafts_by_country(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str]]:
    """Each Country cell's 1st check-in as a run writes it: (its Draft cell in the reopened
    workbook, its .eml's text)."""
    from mail import body_text, parse

    folder = tmp_path_factory.mktemp("englishes")
    thanked = dt.datetime(2026, 12, 18)
    # Each row's interviewer a first name of their own: the .eml greeting them is the row's.
    people = [
        "Ana",
        "Ben",
        "Cal",
        "Dee",
        "Eve",
        "Fay",
        "Gus",
        "Hal",
        "Ivy",
        "Joe",
        "Kim",
        "Lea",
        "Max",
    ]
    rows = [
        ["Acme", "Analyst", thanked, "video", f"{person} Ortiz", country, "2027-01-08", thanked]
        for person, (country, _) in zip(people, ENGLISHES, strict=True)
    ]
    path = write_xlsx(folder / "t.xlsx", {"Jobs": [DECISION_HEADERS[:-1], *rows]})
    args = ["run", str(path), "--as-of", "2026-12-31", "-q", "--eml-dir", str(folder / "eml")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(path)["Jobs"]
    headers = [cell.value for cell in sheet[1]]
    read = [dict(zip(headers, row, strict=True)) for row in sheet.iter_rows(2, values_only=True)]
    assert [row["Next action"] for row in read] == ["1st check-in"] * len(ENGLISHES)
    emls = {
        text.split(",")[0]: text
        for text in map(body_text, map(parse, (folder / "eml").rglob("*.eml")))
    }
    return {
        country: (row["Draft"], emls[f"Hi {person}"])
        for person, (country, _), row in zip(people, ENGLISHES, read, strict=True)
    }


@pytest.mark.parametrize(("country", "sentences"), ENGLISHES, ids=[c for c, _ in ENGLISHES])
def test_a_draft_names_days_as_the_rows_country_writes_english(
    drafts_by_country: dict[str, tuple[str, str]], country: str, sentences: str
) -> None:
    cell, eml = drafts_by_country[country]
    said = [[line for line in text.split("\n") if "video call on" in line] for text in (cell, eml)]
    assert said == [[sentences], [sentences]]


# Words spelt one way in the US and Canada and another elsewhere (ot63 F8: the thank-you's "wider
# organization"): the shipped templates use neither, as "where the role fits in" reads right
# in every English. (the US spelling, the British.)
SPELT_TWO_WAYS = [
    ("organization", "organisation"),
    ("organize", "organise"),
    ("prioritize", "prioritise"),
    ("realize", "realise"),
    ("recognize", "recognise"),
    ("apologize", "apologise"),
    ("analyze", "analyse"),
    ("color", "colour"),
    ("favor", "favour"),
    ("honor", "honour"),
    ("behavior", "behaviour"),
    ("center", "centre"),
    ("program", "programme"),
    ("catalog", "catalogue"),
    ("enroll", "enrol"),
]


@pytest.mark.parametrize("template", sorted(templating.TEMPLATE_FILES.values()))
def test_the_shipped_templates_read_right_in_every_english(template: str) -> None:
    text = (Path(templating.__file__).parent / "templates" / template).read_text("utf-8")
    words = set(re.findall(r"[a-z]+", text.lower()))
    spelt = {word for pair in SPELT_TWO_WAYS for word in pair}
    stems = {w for w in words for s in spelt if w.startswith(s)}
    assert sorted(stems) == []


DOCS = [Path(__file__).resolve().parents[2] / name for name in ("README.md", "docs/drafts.md")]


@pytest.mark.parametrize("doc", DOCS, ids=lambda path: path.name)
def test_every_template_variable_is_documented(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    assert [name for name in templating.CONTEXT_VARIABLES if f"`{name}`" not in text] == []


# A template in another language words its days and names in it (report ot55, F10: a German
# template wrote "für our video call am Thursday, November 19"): (a day variable's value, or
# the names greeted; the language; what ``in_language`` gives). The year stays when the
# variable has it; text that is no day is left as it is.
IN_LANGUAGE = [
    ("Thursday, November 19", "de", "Donnerstag, 19. November"),
    ("Tuesday, December 1, 2027", "de", "Dienstag, 1. Dezember 2027"),
    ("Monday", "de", "Montag"),
    ("Monday, December 7", "fr", "lundi 7 décembre"),
    ("Tuesday, December 1, 2027", "fr", "mardi 1er décembre 2027"),
    ("Wednesday, February 3", "es", "miércoles, 3 de febrero"),
    ("Wednesday, February 3, 2027", "es", "miércoles, 3 de febrero de 2027"),
    ("Saturday, March 6", "pt", "sábado, 6 de março"),
    ("Friday, August 1", "it", "venerdì 1º agosto"),
    ("Sunday, May 9, 2027", "nl", "zondag 9 mei 2027"),
    ("Thursday, November 19", "en", "Thursday, November 19"),
    # English as the row's country writes it (ot63 F8), or as the template says.
    ("Thursday 19 November", "en", "Thursday 19 November"),
    ("Thursday, November 19", "en-GB", "Thursday 19 November"),
    ("Tuesday, December 1, 2027", "en-AU", "Tuesday 1 December 2027"),
    ("Thursday 19 November", "en-US", "Thursday, November 19"),
    ("Tuesday 1 December 2027", "en_CA", "Tuesday, December 1, 2027"),
    ("Thursday 19 November", "de", "Donnerstag, 19. November"),
    ("Tuesday 1 December 2027", "fr", "mardi 1er décembre 2027"),
    (templating.Names(("Dana", "Sam", "Lee")), "en-GB", "Dana, Sam and Lee"),
    ("Thursday, November 19", "DE-at", "Donnerstag, 19. November"),
    ("", "de", ""),
    ("our video call", "de", "our video call"),
    (templating.Names(("Dana", "Sam")), "de", "Dana und Sam"),
    (templating.Names(("Dana", "Sam", "Lee")), "fr", "Dana, Sam et Lee"),
    (templating.Names(("Dana",)), "es", "Dana"),
    # Spanish "y" is "e" before the sound i, Italian "e" is "ed" before an e (ot67 F7).
    (templating.Names(("Juan", "Isabel")), "es", "Juan e Isabel"),
    (templating.Names(("Ana", "Hilda")), "es", "Ana e Hilda"),
    (templating.Names(("Pablo", "Marta", "Íñigo")), "es", "Pablo, Marta e Íñigo"),
    (templating.Names(("Luis", "Hierro")), "es", "Luis y Hierro"),
    (templating.Names(("Ana", "Iosune")), "es", "Ana y Iosune"),
    (templating.Names(("Isabel", "Juan")), "es", "Isabel y Juan"),
    (templating.Names(("Ana", "Yolanda")), "es", "Ana y Yolanda"),
    (templating.Names(("Marco", "Elena")), "it", "Marco ed Elena"),
    (templating.Names(("Marco", "Ilaria")), "it", "Marco e Ilaria"),
    (templating.Names(("Ana", "Isabel")), "pt", "Ana e Isabel"),
    (templating.Names(("Dana", "Isabel")), "de", "Dana und Isabel"),
    (templating.Names(), "nl", ""),
]


@pytest.mark.parametrize(("value", "language", "written"), IN_LANGUAGE)
def test_in_language(value: object, language: str, written: str) -> None:
    from followup_batch.drafts.languages import in_language

    assert in_language(value, language) == written


def test_in_language_names_the_days_the_tracker_reader_reads() -> None:
    """One model of the six languages' days: every name written is one the date reader reads,
    as the same weekday or month."""
    from followup_batch.drafts.languages import LANGUAGES
    from followup_batch.normalise import dates

    for code, words in LANGUAGES.items():
        weekdays, months = (
            (dates.WEEKDAYS, dates.MONTHS)
            if code == "en"
            else (dates.OTHER_LANGUAGE_WEEKDAYS, dates.OTHER_LANGUAGE_MONTHS)
        )
        for number, name in enumerate(words.weekdays):
            assert weekdays[dates.without_accents(name.lower())] == number, (code, name)
        for number, name in enumerate(words.months, start=1):
            assert months[dates.without_accents(name.lower())] == number, (code, name)


# The README's German template through a run (Siemens: a video interview, Zalando: onsite,
# both on Thursday, November 19, 2026), the Draft cells of the reopened workbook.
GERMAN = (
    "Subject: Danke für das Gespräch – {{ company }}\n"
    'Hallo {{ names | in_language("de") }},\n'
    "\n"
    'vielen Dank für {% if interview_type == "video" %}unser Videogespräch{% else %}das '
    'Gespräch{% endif %} am {{ interview_day | in_language("de") }}.\n'
)


def test_a_german_template_through_a_run(tmp_path: Path) -> None:
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "thank_you.txt.j2").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "c.toml").write_text('templates = "tpl"\n', encoding="utf-8")
    header = ["Company", "Position", "Interview Date", "Interview Type", "Interviewer"]
    day = dt.datetime(2026, 11, 19)
    rows = [
        header,
        ["Siemens AG", "Data Engineer", day, "Video", "Jürgen Müller"],
        ["Zalando", "Engineer", day, "Onsite", "Anna Schmidt; Sam Lee"],
    ]
    tracker = write_xlsx(tmp_path / "Maya Chen.xlsx", {"Jobs": rows})
    args = ["run", str(tracker), "--config", str(tmp_path / "c.toml"), "--as-of", "2026-11-20"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(tracker)["Jobs"]
    cells = [cell.value for cell in sheet[1]]
    assert [row[cells.index("Draft")].value for row in sheet.iter_rows(min_row=2)] == [
        "Hallo Jürgen,\n\nvielen Dank für unser Videogespräch am Donnerstag, 19. November.",
        "Hallo Anna und Sam,\n\nvielen Dank für das Gespräch am Donnerstag, 19. November.",
    ]
