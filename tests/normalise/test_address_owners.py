"""Whose address is whose: a name's letters as an address writes them in ASCII.

An outside test: "Müller, Thomas" beside thomas.mueller@sap.com was not matched (ü written
ue); NFKD only took accents off ("François": francois@), and dropped the letters it cannot take
apart ("Łukasz": ukasz, "Groß" casefolded was right, "Søren": sren). ``spellings`` gives both
ways an address writes a name's word, and every match of a name to an address uses it.
"""

from __future__ import annotations

import pytest

from followup_batch.normalise.addresses import named_apart, pair_recipients, spellings, unpaired

SPELLINGS = {
    "Dana": {"dana"},
    "Müller": {"muller", "mueller"},
    "MÜLLER": {"muller", "mueller"},
    "Mu\u0308ller": {"muller", "mueller"},  # ü written as u and a combining diaeresis
    "Jörg": {"jorg", "joerg"},
    "Bäcker": {"backer", "baecker"},
    "Groß": {"gross"},
    "Søren": {"soren", "soeren"},
    "Åsa": {"asa", "aasa"},
    "Lefèvre": {"lefevre"},
    "François": {"francois"},
    "Łukasz": {"lukasz"},
    "Ærø": {"aero", "aeroe"},
    "Œuvray": {"oeuvray"},
    "O'Neil": {"oneil"},
}


@pytest.mark.parametrize(("word", "expected"), SPELLINGS.items(), ids=list(SPELLINGS))
def test_the_spellings_of_a_name_in_an_address(word: str, expected: set[str]) -> None:
    assert spellings(word) == expected


# (names, addresses) -> the address each name's message goes to; no row problem.
PAIRS = {
    # Out of the names' order: each to the person it names, also spelt out (were: Jürgen and
    # Søren left without an address, "names none of them").
    (("Jürgen Müller", "Anna Schmidt"), ("schmidt@sap.com", "mueller@sap.com")): [
        "mueller@sap.com",
        "schmidt@sap.com",
    ],
    (("Søren Lund", "Anna Holm"), ("holm@x.dk", "soeren@x.dk")): ["soeren@x.dk", "holm@x.dk"],
    (("Björn Åberg", "Eva Lind"), ("eva.lind@x.se", "bjoern@x.se")): [
        "bjoern@x.se",
        "eva.lind@x.se",
    ],
    # Fewer addresses than names: the one that names someone is theirs.
    (("Eva Wolf", "Jörg Bäcker"), ("jbaecker@sap.com",)): ["", "jbaecker@sap.com"],
    # Matched before too: accents taken off, or a part of the word inside the address.
    (("Björn Åberg", "Eva Lind"), ("eva.lind@x.se", "bjorn.aberg@x.se")): [
        "bjorn.aberg@x.se",
        "eva.lind@x.se",
    ],
    (("Łukasz Wójcik", "Eva Nowak"), ("eva@x.pl", "lukasz.wojcik@x.pl")): [
        "lukasz.wojcik@x.pl",
        "eva@x.pl",
    ],
}


@pytest.mark.parametrize(
    ("row", "expected"),
    PAIRS.items(),
    ids=[f"{' + '.join(names)}: {'; '.join(emails)}" for names, emails in PAIRS],
)
def test_an_address_names_its_person_in_either_spelling(
    row: tuple[tuple[str, ...], tuple[str, ...]], expected: list[str]
) -> None:
    names, emails = row
    pairs = pair_recipients(names, emails)
    assert [(name, found[0] if found else "") for name, found in pairs] == list(
        zip(names, expected, strict=True)
    )
    if len(names) == len(emails):
        assert unpaired(names, emails) is None


# ("Surname, Given" read as one person, addresses) -> whether the addresses name them apart.
APART = {
    ("Dana", "Sam", ("sam@acme.com", "dana@acme.com")): True,
    ("Dana", "Sam", ("sam.lee@acme.com", "dana.ortiz@acme.com")): True,
    ("Müller", "Thomas", ("mueller@sap.com", "thomas@sap.com")): True,
    ("Dana", "Sam", ("sam.dana@acme.com",)): False,
    ("Dana", "Sam", ("sam.dana@acme.com", "dana@acme.com")): False,
    ("Dana", "Sam", ("sam@acme.com", "hr@acme.com")): False,
    ("Müller", "Thomas", ("thomas.mueller@sap.com", "mueller@sap.com")): False,
}


@pytest.mark.parametrize(
    ("row", "expected"), APART.items(), ids=[f"{s}, {g}: {'; '.join(e)}" for s, g, e in APART]
)
def test_addresses_that_name_two_people_apart(
    row: tuple[str, str, tuple[str, ...]], expected: bool
) -> None:
    surname, given, emails = row
    assert named_apart(emails, surname, given) is expected
