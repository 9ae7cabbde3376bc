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
AND_WORDS = ("and",)
_AND = "|".join(map(re.escape, AND_WORDS))
# The separators of an Interviewer cell, each in group 1 ("and" with the spaces around it).
PEOPLE = re.compile(rf"\s*([{re.escape(PEOPLE_MARKS)}]|\s+(?:{_AND})\s+)\s*", re.IGNORECASE)
# A text ending in a separator of people (spaces, brackets and quotes after it): what follows
# is another person's, or their address written alone.
ENDS_IN_SEPARATOR = re.compile(
    rf"(?:[{re.escape(PEOPLE_MARKS)}]|\b(?:{_AND}))[\s<(\[\"']*(?:mailto:)?$", re.IGNORECASE
)
