"""Whom a person's own draft greets: of a row's several recipients, those its greeting line
names, so that a draft edited for one interviewer ("Hi Priya,") is sent to that one, not to
every interviewer of the row (report ot22, F2)."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence

from followup_batch.normalise.east_asian_names import (
    family_name_first_form,
    without_department,
    written_family_name_first,
)
from followup_batch.normalise.people import (
    GENERATIONAL_SUFFIXES,
    GROUP_WORDS,
    HONORIFICS,
    ROLE_WORDS,
    is_initial,
    is_particle,
    person_key,
    title_key,
    titles_before,
)
from followup_batch.read.names import name_key

# A greeting's opening words, and what ends the name it greets ("Hi Rob, thanks …").
_SALUTATION = re.compile(
    r"\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)\b[\s,]*(.*)",
    re.IGNORECASE,
)
_NAME_ENDS = re.compile(r"[,!:;—–]|\s-\s")  # the space before it is stripped: no "\s*" to scan
# Words that greet a group, not someone by name ("Hi all,", "Dear hiring team,").
NOBODY_WORDS = (
    GROUP_WORDS
    | ROLE_WORDS
    | {
        *("all", "everyone", "everybody", "there", "folks", "both", "you", "again", "guys"),
        *("and", "of", "at", "to", "whom", "it", "may", "concern", "sir", "madam", "sirs"),
        *("colleagues", "friends", "y", "yall"),
    }
)


def greeted(text: str, recipients: Sequence[str]) -> list[bool]:
    """Which of ``recipients`` (names as the Drafts sheet writes them: "Tom Becker (Eng
    Manager)") the greeting of ``text`` names: its first line with words holds a word of
    their name — the first name, a middle name or the surname; not a title, an initial, a
    particle or a suffix ("Hi Priya,", "Dear Ms. Nair,", "Priya —"). Compared as
    ``name_key`` folds names: "Hi jose," names José."""
    said = _greeting_words(_first_line(text))
    return [bool(said & _name_words(name)) for name in recipients]


def _first_line(text: str) -> str:
    """The greeting line of a draft: its first line with words."""
    return next((line for line in text.splitlines() if line.strip()), "")


# Folded once per greeting line and per name: a tracker's panels greet the same few people
# in the same few words, row after row (100,000 rows: a second of an outbox's 1.6).
@functools.lru_cache(maxsize=16_384)
def _greeting_words(line: str) -> frozenset[str]:
    return frozenset((name_key(line) or "").split())


@functools.lru_cache(maxsize=16_384)
def _name_words(name: str) -> frozenset[str]:
    """The folded words a greeting may name ``name`` by; a name in Han, Kana or Hangul also as
    drafts greet it ("王 伟": "王伟"; ``family_name_first_form``)."""
    words = without_department(person_key(name).split())
    named = words[titles_before(words) :]
    folded = _folded(named, GENERATIONAL_SUFFIXES)
    if written_family_name_first(named):
        form = family_name_first_form(named)  # "김민준 님": also "김민준", and "김민준님"
        folded |= {name_key(form.split()[0]) or "", name_key(form.replace(" ", "")) or ""}
    return frozenset(folded)


def _folded(words: Sequence[str], titles: Collection[str]) -> set[str]:
    """The ``name_key`` words of ``words`` that can name someone: not an initial, a particle or
    one of ``titles``, and not one letter (the "o" of "O'Neil" folded as "o neil")."""
    kept = (
        word
        for word in words
        if not (is_initial(word) or is_particle(word) or title_key(word) in titles)
    )
    return {key for word in kept for key in (name_key(word) or "").split() if len(key) > 1}


def greeted_name(text: str, company: str = "") -> str:
    """The name the greeting of ``text`` greets someone by, as typed ("Rob" of "Hi Rob,",
    "Mr. Jones" of "Dear Mr. Jones,"); '' when its first line is no greeting or greets no one
    by name ("Hello,", "Hi all,", "Dear hiring team,", "Hi Globex team," at Globex)."""
    found = _SALUTATION.fullmatch(_first_line(text))
    if found is None:
        return ""
    named = _NAME_ENDS.split(found.group(1), maxsplit=1)[0].strip()
    ignored = NOBODY_WORDS | set((name_key(company, company=True) or "").split())
    return named if _folded(named.split(), HONORIFICS) - ignored else ""
