"""Sentences a careful sender would not correct (report ot146, F6 and F8).

A 1st check-in named the role after the interview's date, behind a comma ("after meeting the
team on Wednesday 25 November, about the … role"); its value-add said "I thought" right after
"so I thought I would check in"; a topic was "from our conversation" right after "our
conversation". The tables hold the exact sentences the shipped templates give.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest

from followup_batch import drafts
from followup_batch.drafts import articles, context, templating
from followup_batch.normalise.vocabularies import VOCABULARIES, match_vocabulary

TEMPLATES = drafts.load_templates()
SENDER = {"name": "Maya Chen"}
# A video interview on Wednesday, November 25, 2026; the 1st check-in goes out on Wed 12-02.
ROW = {
    "company": "Initech",
    "position": "Data Scientist",
    "interviewers": ["Dana Ortiz"],
    "interview_type": "video",
    "interview_date": dt.date(2026, 11, 25),
}

# (the row's cells over ROW's, what the 1st check-in says from its greeting to the paragraph
# that asks where things stand)
CHECK_IN_OPENINGS = [
    (
        {},
        "Hi Dana,\n\nI hope your week is going well. I wanted to follow up on the Data Scientist "
        "role at Initech after our video call on Wednesday, November 25.\n\nI remain",
    ),
    (
        {"country": "GB"},
        "Hi Dana,\n\nI hope your week is going well. I wanted to follow up on the Data Scientist "
        "role at Initech after our video call on Wednesday 25 November.\n\nI remain",
    ),
    (
        {
            "country": "DE",
            "company": "Bosch",
            "position": "Teamleiter Fertigung",
            "interviewers": [],
            "interview_type": "onsite",
        },
        "Hello,\n\nI hope your week is going well. I wanted to follow up on the Teamleiter "
        "Fertigung role at Bosch after meeting the team on Wednesday 25 November.\n\nI remain",
    ),
    (
        {"topic": "churn models"},
        "Hi Dana,\n\nI hope your week is going well. I wanted to follow up on the Data Scientist "
        "role at Initech after our video call on Wednesday, November 25. One topic we discussed "
        "has stayed with me since: churn models.\n\nI remain",
    ),
    (
        {"country": "IN", "topic": "churn models", "interview_type": "final"},
        "Hi Dana,\n\nI hope your week is going well. I wanted to follow up on the Data Scientist "
        "role at Initech after our final conversation on Wednesday 25 November. One topic we "
        "discussed has stayed with me since: churn models.\n\nI remain",
    ),
    (
        {"company": None, "position": None, "interview_type": None, "topic": "churn models"},
        "Hi Dana,\n\nI hope your week is going well. I wanted to follow up on the role after "
        "our conversation on Wednesday, November 25. One topic we discussed has stayed with me "
        "since: churn models.\n\nI remain very interested in joining your team.",
    ),
    (
        {
            "decision_date": dt.date(2026, 12, 1),
            "value_add": "a short churn analysis",
            "interviewers": ["Dr. Priya Nair"],
        },
        "Hi Dr. Nair,\n\nI hope your week is going well. I wanted to follow up on the Data "
        "Scientist role at Initech after our video call on Wednesday, November 25. You mentioned "
        "you hoped to reach a decision by Tuesday, December 1, so I thought I would check in."
        "\n\nIn the meantime, here is something that might be useful: a short churn analysis."
        "\n\nI remain",
    ),
]


@pytest.mark.parametrize(("cells", "opening"), CHECK_IN_OPENINGS)
def test_a_check_in_names_the_role_then_the_interview(cells: dict, opening: str) -> None:
    out = drafts.render_one(
        {**ROW, **cells}, "check_in_1", SENDER, TEMPLATES, due=dt.date(2026, 12, 2)
    )
    assert out.messages.iloc[0].body.startswith(opening)


# Words that may stand beside each other in two sentences running: a pair of two of them ("I
# would", "of the") is how English is written, not a phrase said twice.
GLUE = frozenset(
    {"i", "a", "an", "the", "of", "to", "and", "in", "on", "for", "with", "at", "you", "your"}
    | {"me", "my", "is", "be", "it", "this", "that", "would", "will", "am", "have", "as"}
    | {"about", "any", "we", "our", "so", "or", "if", "by", "from"}
)
OCCASIONS = tuple(context.OCCASIONS.values())
# The values that come and go with a row's cells; each is tried present and absent.
OPTIONAL = ("topic", "value_add", "on_hold", "company", "position", "contact", "check_ins_sent")
# (decision_day, written_decision_day): none, a phrase ("next week") and a written date.
DAY = "Tuesday, November 24"
DECISIONS = (("", ""), (DAY, ""), (DAY, DAY))


def _sentences(body: str) -> list[str]:
    """The body's sentences, the greeting and the signature left out."""
    text = body.split("\n", 1)[1].rsplit("\n\n", 1)[0]
    return re.split(r"(?<=[.?!])\s+", " ".join(text.split()))


def _phrases(sentence: str) -> set[tuple[str, str]]:
    words = [w.strip(",.:;?!").casefold() for w in sentence.split()]
    return {pair for pair in zip(words, words[1:], strict=False) if not set(pair) <= GLUE}


def _said_twice(action: str) -> list[tuple[str, str, str]]:
    """Each two-word phrase the ``action``'s template says in two sentences running, in any
    of its variants, with those sentences."""
    template = TEMPLATES.by_action[action]
    full = templating.trial_contexts(action)[0]
    found = []
    for present, (decision, written), occasion in itertools.product(
        itertools.product((True, False), repeat=len(OPTIONAL)), DECISIONS, OCCASIONS
    ):
        values = {**full, "decision_day": decision, "written_decision_day": written}
        values.update(
            {name: full[name] if on else "" for name, on in zip(OPTIONAL, present, strict=True)}
        )
        values["the_role"], values["team"] = context.role_phrases(
            values["position"], values["company"]
        )
        values["occasion"] = occasion
        sentences = _sentences(template.render(values)[1])
        for one, next_one in zip(sentences, sentences[1:], strict=False):
            found += [(" ".join(p), one, next_one) for p in _phrases(one) & _phrases(next_one)]
    return found


@pytest.mark.parametrize("action", sorted(templating.TEMPLATE_FILES))
def test_no_shipped_template_says_a_phrase_twice_running(action: str) -> None:
    # ot146 F8: "…so I thought I would check in. In the meantime, I thought this might be
    # useful"; "our conversation" in two sentences running; "I would be glad" twice.
    assert _said_twice(action)[:1] == []


# The employer as a sentence names it (ot146 F6: "the Lecturer role at University of Oxford",
# "at Bundesagentur für Arbeit"): "the" by a rule of the name's words, never before a
# company's own name, and a name's own "The" as typed.
IN_A_SENTENCE = [
    ("University of Oxford", "the University of Oxford"),
    ("Medical University of Vienna", "the Medical University of Vienna"),
    ("Bank of England", "the Bank of England"),
    ("Reserve Bank of India", "the Reserve Bank of India"),
    ("Massachusetts Institute of Technology", "the Massachusetts Institute of Technology"),
    ("Max Planck Institute", "the Max Planck Institute"),
    ("Allen Institute, Inc.", "the Allen Institute, Inc."),
    ("European Space Agency", "the European Space Agency"),
    ("Mozilla Foundation", "the Mozilla Foundation"),
    ("European Commission", "the European Commission"),
    ("Ministry of Defence", "the Ministry of Defence"),
    ("Department for Education", "the Department for Education"),
    ("London School of Economics", "the London School of Economics"),
    ("Bundesagentur für Arbeit", "the Bundesagentur für Arbeit"),
    ("Bundesamt für Migration und Flüchtlinge", "the Bundesamt für Migration und Flüchtlinge"),
    ("Landesamt für Umwelt", "the Landesamt für Umwelt"),
    ("Mairie de Paris", "the Mairie de Paris"),
    ("Institut Pasteur", "the Institut Pasteur"),
    ("Universidad de Chile", "the Universidad de Chile"),
    ("Google", "Google"),
    ("Deutsche Bank", "Deutsche Bank"),
    ("Yale University", "Yale University"),
    ("Bank of America", "Bank of America"),
    ("Bank of America Merrill Lynch", "Bank of America Merrill Lynch"),
    ("Foundation Medicine", "Foundation Medicine"),
    ("Agency", "Agency"),
    ("Bundesdruckerei", "Bundesdruckerei"),
    ("Officeworks", "Officeworks"),
    ("The Home Depot", "The Home Depot"),
    ("The University of Texas at Austin", "The University of Texas at Austin"),
    ("the Wellcome Trust", "the Wellcome Trust"),
    ("", ""),
]


# Employers named as they write themselves (fx357's doubts: "at the Royal Bank of Canada",
# "at the Acme Creative Agency"): a company's name, a bank's or an agency's too, as a brand
# without "the"; a central bank, a public agency or body and a university "of" a place with it.
AS_THEY_WRITE_THEMSELVES = [
    ("Royal Bank of Canada", "Royal Bank of Canada"),
    ("Bank of America", "Bank of America"),
    ("Bank of China", "Bank of China"),
    ("Bank of Ireland", "Bank of Ireland"),
    ("Commonwealth Bank of Australia", "Commonwealth Bank of Australia"),
    ("National Bank of Canada", "National Bank of Canada"),
    ("Goldman Sachs", "Goldman Sachs"),
    ("Bank of Canada", "the Bank of Canada"),
    ("Bank of Japan", "the Bank of Japan"),
    ("European Central Bank", "the European Central Bank"),
    ("Federal Reserve Bank of New York", "the Federal Reserve Bank of New York"),
    ("World Bank Group", "the World Bank Group"),
    ("Asian Development Bank", "the Asian Development Bank"),
    ("Bank for International Settlements", "the Bank for International Settlements"),
    ("Acme Creative Agency", "Acme Creative Agency"),
    ("United Talent Agency", "United Talent Agency"),
    ("Creative Artists Agency", "Creative Artists Agency"),
    ("Environment Agency", "the Environment Agency"),
    ("National Security Agency", "the National Security Agency"),
    ("US Agency for International Development", "the US Agency for International Development"),
    ("University of Toronto", "the University of Toronto"),
    ("University of California, Berkeley", "the University of California, Berkeley"),
    ("Toronto University", "Toronto University"),
    ("Toronto Metropolitan University", "Toronto Metropolitan University"),
    ("University College London", "University College London"),
    ("The Ohio State University", "The Ohio State University"),
    ("The Guardian", "The Guardian"),
    ("Gates Foundation", "the Gates Foundation"),
    ("SANS Institute", "the SANS Institute"),
    ("Shopify Inc.", "Shopify Inc."),
]


@pytest.mark.parametrize(("company", "said"), IN_A_SENTENCE + AS_THEY_WRITE_THEMSELVES)
def test_an_employer_takes_the_by_a_rule_of_its_words(company: str, said: str) -> None:
    assert articles.in_a_sentence(company) == said


# (company, position, action, the subject, a sentence of the body)
WITH_THE = [
    (
        "University of Oxford",
        "Lecturer",
        "check_in_1",
        "Following up on the Lecturer interview – Maya Chen",
        "I wanted to follow up on the Lecturer role at the University of Oxford after our video "
        "call on Wednesday, November 25.",
    ),
    (
        "University of Oxford",
        None,
        "check_in_1",
        "Following up on my interview with the University of Oxford – Maya Chen",
        "I remain very interested in joining the University of Oxford team.",
    ),
    (
        "Bundesagentur für Arbeit",
        None,
        "thank_you",
        "Thank you for the interview at the Bundesagentur für Arbeit",
        "learning more about the role at the Bundesagentur für Arbeit.",
    ),
    (
        "Bank of England",
        None,
        "final",
        "Closing the loop on my application at the Bank of England – Maya Chen",
        "follow up about the role at the Bank of England.",
    ),
    (
        "Max Planck Institute",
        None,
        "application_check_in",
        "Checking in on my application to the Max Planck Institute – Maya Chen",
        "I applied for the role at the Max Planck Institute on Monday, November 9,",
    ),
    (
        "Ministry of Defence",
        "Analyst",
        "networking",
        "Keeping in touch – Maya Chen",
        "I hope all is well at the Ministry of Defence.",
    ),
    (
        "Google",
        None,
        "check_in_2",
        "Following up on my interview with Google – Maya Chen",
        "I am checking in again about the role at Google.",
    ),
    (
        "The Home Depot",
        None,
        "thank_you",
        "Thank you for the interview at The Home Depot",
        "learning more about the role at The Home Depot.",
    ),
]


@pytest.mark.parametrize(("company", "position", "action", "subject", "sentence"), WITH_THE)
def test_a_draft_names_an_institution_with_the(
    company: str, position: str | None, action: str, subject: str, sentence: str
) -> None:
    row = {
        **ROW,
        "company": company,
        "position": position,
        "applied_date": dt.date(2026, 11, 9),
        "check_in_1_done": action == "check_in_2",
    }
    if action == "application_check_in":
        row["interview_date"] = None
    out = drafts.render_one(row, action, SENDER, TEMPLATES, due=dt.date(2026, 12, 2))
    message = out.messages.iloc[0]
    assert (message.subject, sentence in message.body) == (subject, True), message.body


# A name typed family name first in Latin letters greets the given name its address spells
# first (ot146 F6: "Tanaka Yuki" beside yuki.tanaka@ was greeted "Hi Tanaka,"); without that
# evidence, the name is read as typed. (names, addresses, the row's country, the greeting)
IN_ADDRESS_ORDER = [
    (["Tanaka Yuki"], ["yuki.tanaka@rakuten.example"], "JP", "Hi Yuki,"),
    (["Tanaka Yuki"], ["Yuki.Tanaka@rakuten.example"], "US", "Hi Yuki,"),
    (["Smith John"], ["john.smith@acme.example"], "US", "Hi John,"),
    (
        ["Tanaka Yuki", "Sato Kenji"],
        ["yuki.tanaka@rakuten.example", "kenji.sato@rakuten.example"],
        "JP",
        "Hi Yuki and Kenji,",
    ),
    (["Yuki Tanaka"], ["yuki.tanaka@rakuten.example"], "JP", "Hi Yuki,"),
    (["Tanaka Yuki"], ["tanaka.yuki@rakuten.example"], "JP", "Hi Tanaka,"),
    (["Tanaka Yuki"], ["ytanaka@rakuten.example"], "JP", "Hi Tanaka,"),
    (["Tanaka Yuki"], [], "JP", "Hi Tanaka,"),
    (["Nagy Péter"], ["peter.nagy@example.hu"], "HU", "Hi Péter,"),
    (["Dana Ortiz"], ["dana.ortiz@acme.example"], "US", "Hi Dana,"),
]


@pytest.mark.parametrize(("names", "emails", "country", "greeting"), IN_ADDRESS_ORDER)
def test_a_name_typed_family_name_first_greets_as_its_address_writes_it(
    names: list[str], emails: list[str], country: str, greeting: str
) -> None:
    people = context.people_of(names, emails, None, country)
    assert people.greeting == greeting
    # The name itself is as typed: the To of each message, the Drafts sheet.
    assert [name for name, _ in context.recipients_of(names, emails)] == names


# A coffee chat, an informational interview or a networking call is a conversation, not an
# interview (ot146 F6: Maya Chen's coffee chat was thanked "for the Barista Trainer
# interview"): (the Interview Type cell, the kind it is read as).
CONVERSATIONS = [
    ("Coffee chat", "chat"),
    ("coffee chat (Zoom)", "chat"),
    ("Virtual coffee", "chat"),
    ("Informational interview", "chat"),
    ("Info interview", "chat"),
    ("Networking call", "chat"),
    ("Phone screen", "phone"),
    ("Final round", "final"),
    ("Coffee", None),
]


@pytest.mark.parametrize(("cell", "kind"), CONVERSATIONS)
def test_a_conversation_is_read_as_a_chat(cell: str, kind: str | None) -> None:
    assert match_vocabulary(cell, VOCABULARIES["interview_type"]) == kind


# (the step, its subject, a sentence of its body) of a chat with Jamie at Blue Bottle on
# Wednesday, November 25.
CHAT_DRAFTS = [
    (
        "thank_you",
        "Thank you for our conversation about the Barista Trainer role",
        "I really enjoyed our chat and learning more about the Barista Trainer role at Blue "
        "Bottle.",
    ),
    (
        "check_in_1",
        "Following up on our conversation about the Barista Trainer role – Maya Chen",
        "I wanted to follow up on the Barista Trainer role at Blue Bottle after our chat on "
        "Wednesday, November 25.",
    ),
    (
        "check_in_2",
        "Following up on our conversation about the Barista Trainer role – Maya Chen",
        "I am checking in again about the Barista Trainer role at Blue Bottle.",
    ),
    (
        "final",
        "Closing the loop on the Barista Trainer role – Maya Chen",
        "It has been a while since our chat on Wednesday, November 25, and I wanted to follow up "
        "about the Barista Trainer role at Blue Bottle.",
    ),
]


@pytest.mark.parametrize(("action", "subject", "sentence"), CHAT_DRAFTS)
def test_a_chat_is_not_called_an_interview(action: str, subject: str, sentence: str) -> None:
    row = {
        **ROW,
        "company": "Blue Bottle",
        "position": "Barista Trainer",
        "interviewers": ["Jamie Park"],
        "interview_type": "chat",
        "check_in_1_done": action == "check_in_2",
    }
    due = dt.date(2026, 11, 26) if action == "thank_you" else dt.date(2026, 12, 2)
    message = drafts.render_one(row, action, SENDER, TEMPLATES, due=due).messages.iloc[0]
    assert (message.subject, sentence in message.body) == (subject, True), message.body
    assert "interview" not in f"{message.subject}\n{message.body}".casefold()
