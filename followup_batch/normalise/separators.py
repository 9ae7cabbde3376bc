"""What separates the people of an Interviewer cell and the addresses of an Interviewer Email
cell: one definition for both, so a row's names and its addresses split alike.

Chinese and Japanese input methods type their own list comma, comma and semicolon, and Arabic
keyboards theirs: "王伟；李娜" beside "wang@t.example；li@t.example", "王伟、李娜",
"أحمد، سارة". Each is the ASCII comma or semicolon it stands for (``AS_ASCII``): a title after
"、" is the person's, as after ",". (Report ot62 F3: the names split on "；" and the addresses
did not, "more than one @", and no draft had a To address.)

Standard library only: ``addresses`` reads it, and the config checks the sender's address
with that before pandas loads.
"""

from __future__ import annotations

import re

# The list marks of other scripts, as the ASCII marks they are: Chinese and Japanese "、", "，",
# "；" (full width), and Arabic "،", "؛".
OTHER_SCRIPT_MARKS = {"、": ",", "，": ",", "；": ";", "،": ",", "؛": ";"}
AS_ASCII = str.maketrans(OTHER_SCRIPT_MARKS)
# Between two addresses: these, and spaces or line breaks.
ADDRESS_MARKS = ";," + "".join(OTHER_SCRIPT_MARKS)
# Between two people: these, "&" and a line break, and "and" as a word of its own.
PEOPLE_MARKS = ADDRESS_MARKS + "&\n\r"
# "And" in the languages whose names the drafts greet, written between two names as a word of
# its own (ot62 F4: "د. أحمد الفارسي و سارة المنصوري" was one person, "Hi أحمد," on both
# addresses): Arabic "و", Hebrew "ו", Chinese "和", "与", "與", Japanese "と", Korean "와",
# "과", "및", Hindi "और". Arabic and Hebrew glue their "and" to the next word ("وسارة",
# "ויוסי"), and so do Chinese, Japanese and Korean ("王伟和李娜", "김민준과 이지은"); that is
# not read, because as many names begin so: Arabic "وليد", "وائل", "وفاء", Hebrew "ורד",
# "ויקטור", a Chinese or Japanese given name "和", a Korean name ending in "과" is rarer but
# "와" after a vowel is any syllable. A wrong split would greet and write to people who do
# not exist, where the name whole greets the first; so only the standalone word splits.
# And in the other languages whose headers are read (ot66 F4: "Jürgen Maier und Anna Schulz"
# was one person): German "und", French "et", Dutch "en", Swedish "och", Norwegian and Danish
# "og", Finnish "ja"; no name is written with one as a word of its own.
AND_WORDS = (
    *("and", "und", "et", "en", "och", "og", "ja"),
    *("و", "ו", "和", "与", "與", "と", "와", "과", "및", "और"),
)
# Their one-letter "and": Spanish "y", "e", Portuguese and Italian "e", Polish and Catalan
# "i", Czech and Slovak "a". Names are joined so ("José Ortega y Gasset", "Sousa e Silva",
# "Puig i Cadafalch") and initials written so ("John A Smith"), so one splits only in lower
# case, between words in capitals, and between two names alike (``split_short_and``).
# The same rules read the "and" of Central and Eastern Europe, Turkey and Greece (report ot71
# F4: "Kovács Péter és Nagy Anna" and "Ayşe Yılmaz ve Mehmet Demir" were one person, greeted
# "Hi Kovács," and "Hi Ayşe," on both addresses): Hungarian "és", Turkish "ve", Romanian
# "și" (also typed "şi" or "si"), Russian, Bulgarian and Serbian "и", Ukrainian "і", "та",
# Greek "και", "κι", Lithuanian "ir", Latvian "un" (Estonian and Finnish "ja" is above). A
# short word is a part of names too ("Si", "Ir", "Un" as written in Asia), so these split only
# as the one-letter ones do: typed in lower case between two names alike.
SHORT_AND_WORDS = (
    *("y", "e", "i", "a"),
    *("és", "ve", "și", "şi", "si", "и", "і", "та", "και", "κι", "ir", "un"),
)
_AND = "|".join(map(re.escape, AND_WORDS))
_SHORT_AND = "|".join(map(re.escape, SHORT_AND_WORDS))
# The separators of an Interviewer cell, each in group 1 ("and" with the space before it and
# those after it). Tried from a mark or a run of spaces' first only, and "and" after the run's
# last space alone (the one "\s+" took before): from each space, "\s*" then "\s+" scanned the
# rest of the run again and again, and a cell of 20,000 spaces took days.
PEOPLE = re.compile(
    rf"(?:(?<!\s)|(?!\s))\s*([{re.escape(PEOPLE_MARKS)}]|\s(?i:{_AND})\s+|\s(?:{_SHORT_AND})\s+)\s*"
)
# A text ending in a separator of people (spaces, brackets and quotes after it): what follows
# is another person's, or their address written alone. A line break is a separator and one of
# those spaces too: it is looked for from the first character of the run it ends in only
# (tried from each break, a run of 20,000 of them took 6 s).
_AFTER_SEPARATOR = r"[\s<(\[\"']"
_MARKS_BUT_BREAKS = re.escape(PEOPLE_MARKS.replace("\n", "").replace("\r", ""))
_BREAK_IN_RUN = rf"(?<!{_AFTER_SEPARATOR})(?:(?![\n\r]){_AFTER_SEPARATOR})*+[\n\r]"
ENDS_IN_SEPARATOR = re.compile(
    rf"(?:[{_MARKS_BUT_BREAKS}]|\b(?:{_AND})|{_BREAK_IN_RUN}){_AFTER_SEPARATOR}*+(?:mailto:)?$",
    re.IGNORECASE,
)


def split_short_and(before: str, after: str) -> bool:
    """Whether a one-letter "and" (``SHORT_AND_WORDS``) separates two people: the word before
    it and the word after it begin with a capital (or are of a script without capitals), and
    each side is one word ("Ana y Luis") or each two or more ("Ana García y Luis Pérez"). Not
    "José Ortega y Gasset", "Maria Sousa e Silva" (a name and a surname joined), "ana y luis"."""
    left, right = before.split(), after.split()
    if not left or not right or (len(left) == 1) != (len(right) == 1):
        return False
    return not left[-1][0].islower() and not right[0][0].islower()


# The "and" words a person types at a part's edge with no name on one side ("and Bob" left
# after a line break, "Anna Smith, and Bob Lee", a cell of "and"): those of the Latin-script
# languages, which no name is (typed in lower case; "And", "UND" too, which are no names
# either). Those of other scripts are given names as well ("和"), so they stay.
_EDGE_AND_WORDS = frozenset(("and", "und", "et", "en", "och", "og", "ja"))


def without_edge_and(part: str) -> str:
    """``part`` (words separated by single spaces) without an "and" word standing at its start
    or its end, with no name on that side: "and Bob" is Bob, "Anna and" Anna, "and" nobody
    (an Interviewer cell greeted "Hi And," before). A capitalised word other than "And" or
    "Und" may be a name ("Ja", "En") and stays."""
    words = part.split(" ")

    def dangles(word: str) -> bool:
        folded = word.casefold()
        return folded in _EDGE_AND_WORDS and (word.islower() or folded in ("and", "und"))

    while words and dangles(words[0]):
        words.pop(0)
    while words and dangles(words[-1]):
        words.pop()
    return " ".join(words)
