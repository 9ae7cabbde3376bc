"""Interview round numbers as a tracker writes them: 2, 2.0, "Round 2", "2nd", "second".

The reader's merged-outcome check and normalise's Round column read them alike, so both tell a
later round from the same role applied for again."""

from __future__ import annotations

import math
import numbers
import re
import unicodedata
from typing import Any

from followup_batch.read.header_keys import header_key

# The ordinals of the languages whose Round headers are read ("Erste Runde", "deuxième tour",
# "segunda ronda", "tweede ronde", "druga runda", "andra omgången"), written without accents as
# cells are compared.
_ORDINALS: dict[str, int] = {
    word: n
    for n, words in enumerate(
        (
            (
                *("first", "one", "erste", "erster", "premier", "premiere", "primera"),
                *("primero", "primeira", "eerste", "pierwsza", "pierwszy", "forsta"),
                *("primo", "prima"),  # Italian
                *("ilk", "birinci"),  # Turkish
            ),
            (
                *("second", "two", "zweite", "zweiter", "deuxieme", "seconde"),
                *("segunda", "segundo", "tweede", "druga", "drugi", "andra"),
                *("secondo", "seconda"),
                "ikinci",
            ),
            (
                *("third", "three", "dritte", "dritter", "troisieme", "tercera", "tercero"),
                *("terceira", "derde", "trzecia", "trzeci", "tredje"),
                *("terzo", "terza"),
                "ucuncu",
            ),
            (
                *("fourth", "four", "vierte", "vierter", "quatrieme", "cuarta", "cuarto"),
                *("quarta", "vierde", "czwarta", "czwarty", "fjarde"),
                *("quarto", "dorduncu"),
            ),
            (
                *("fifth", "five", "funfte", "funfter", "cinquieme", "quinta", "vijfde"),
                *("piata", "piaty", "femte"),
                *("quinto", "besinci"),
            ),
            ("sixth", "six"),
            ("seventh", "seven"),
            ("eighth", "eight"),
            ("ninth", "nine"),
            ("tenth", "ten"),
            ("eleventh", "eleven"),
            ("twelfth", "twelve"),
        ),
        start=1,
    )
    for word in words
}
MAX_ROUND = 99  # more is a typo (or a pasted number), not an interview round
# "Round 2", "2nd round", "R3", "#4"; and as the languages of the final round's words write a
# numbered one: "Runde 2", "2. Runde", "2e tour", "Tour 2", "2ª ronda", "Ronde 2", "Runda 2",
# "2. etap", "2:a omgången"; and by the interview or the stage itself: "1er entretien",
# "2ª entrevista", "2ª fase", "secondo colloquio", "1° colloquio", "tweede gesprek", "2nd
# interview", Swedish "andra intervjun"; Turkish "2. tur", "ikinci mülakat", "1. aşama".
_ROUND_WORD = (
    r"(?:round|runde|tour|ronda|ronde|rodada|runda|tura|tur|etap|omgangen|omgang|asama"
    r"|entretien|entrevista|fase|colloquio|gesprek|interview|intervjun|intervju|mulakat"
    r"|gorusme)"
)
# The spaces around "#" are taken whole (``\s*+``: a digit or a letter follows, which they
# cannot give back), so a cell of spaces is not split between the two runs in every way.
_ROUND = re.compile(
    rf"(?:{_ROUND_WORD}|rd|r)?\s*+#?\s*+"
    r"(?:(?P<n>\d+)(?:\.0+)?(?:st|nd|rd|th|e|er|re|eme|ème|ª|º|°|\.|:a|:e)?|(?P<word>[a-z]+))"
    rf"(?:\s*+{_ROUND_WORD})?"
)
# As Japanese, Chinese and Korean number an interview: "一面", "二面" (Chinese: the first and
# second interview), "1次面接", "二次面接", "第2轮", "2回目", "1차 면접"; the number in digits
# or Chinese numerals, and a counter or the word interview after it.
_CJK_NUMERALS = "一二三四五六七八九十"
_CJK_ROUND = re.compile(
    rf"第?\s*(?P<n>\d+|[{_CJK_NUMERALS}]+)\s*"
    r"(?:(?:次|回目|回|차|轮|輪|面)\s*(?:面接|面试|面試|면접|ラウンド|라운드)?"
    r"|(?:面接|面试|面試|면접|ラウンド|라운드))"
)


def _without_accents(text: str) -> str:
    """ "deuxième" as "deuxieme" ("2ª" keeps its ª: not an accent)."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def round_number(value: object) -> int | None:
    """The round number (1 to ``MAX_ROUND``) a cell says; None for anything else (a blank, a
    yes-mark, a word that is not a round)."""
    if isinstance(value, bool) or not isinstance(value, (numbers.Real, str)):
        return None
    if isinstance(value, numbers.Real):
        number = float(value)
        if not (math.isfinite(number) and number.is_integer()):
            return None
        n = int(number)
    else:
        text = value.strip().casefold()
        m = _ROUND.fullmatch(_without_accents(text))
        if m is not None:
            n = int(m["n"]) if m["n"] else _ORDINALS.get(m["word"], 0)
        elif cjk := _CJK_ROUND.fullmatch(unicodedata.normalize("NFKC", text)):
            n = _cjk_number(cjk["n"])
        else:
            return None
    return n if 1 <= n <= MAX_ROUND else None


def _cjk_number(text: str) -> int:
    """ "2", "二", "十", "十二" as a number (0 for more than 99, which is no round)."""
    if text.isdigit():
        return int(text)
    value = {c: n for n, c in enumerate(_CJK_NUMERALS, 1)}
    tens, ten, units = text.rpartition("十")
    if not ten:
        return value[text] if len(text) == 1 else 0
    if len(tens) > 1 or len(units) > 1:
        return 0
    return value.get(tens, 1) * 10 + value.get(units, 0)


# Round words for the application's last round ("Final" in a Round column of 1, 2, Final): no
# number, but higher than any, and the interview's stage when its type is not written.
FINAL_ROUND: frozenset[str] = frozenset(
    {
        *("final", "finalround", "finalinterview", "last", "lastround"),
        *("finale", "finalrunde", "endrunde", "letzte", "letzterunde"),  # German
        *("derniertour", "tourfinal", "dernier"),  # French
        *("rondafinal", "ultimaronda", "ultima"),  # Spanish (última)
        # Polish (finał, runda finałowa, ostatnia runda, ostatni etap), Swedish (sista
        # omgången, slutintervju), as keys write them ("Finał" is "final", above).
        *("finalowa", "rundafinalowa", "etapfinalowy", "ostatniarunda", "ostatnietap"),
        *("sistaomgangen", "sistaomgang", "finalomgang", "slutintervju", "sistaintervjun"),
        # Turkish: the last round or interview ("Son tur", "Final mülakatı", as keys write
        # them: a key keeps the dotless "ı").
        *(header_key(w) for w in ("Son tur", "Son mülakat", "Son görüşme", "Final turu")),
        *(header_key(w) for w in ("Final mülakatı", "Final mülakati", "Final görüşmesi")),
        # Japanese, Chinese and Korean: the last interview ("最終面接", "终面", "최종 면접").
        *("最終", "最終面接", "最终", "最终面试", "最終面試", "终面", "終面", "최종", "최종면접"),
    }
)


def says_final_round(value: object) -> bool:
    """The Round cell names the last round rather than a number ("Final", "Letzte Runde")."""
    return isinstance(value, str) and header_key(value) in FINAL_ROUND


FINAL_RANK = MAX_ROUND + 1


def round_rank(value: object) -> int | None:
    """How late a Round cell's round is: its number, higher than any number for the last
    round's words ("Final"), None when it says neither."""
    return FINAL_RANK if says_final_round(value) else round_number(value)


def applied_again(was: Any, now: Any) -> Any:
    """Whether a later interview of one client, company and position is the role applied for
    again rather than the next round, by the two rows' ``round_rank`` (0 where unknown;
    scalars or numpy arrays alike): its round is not higher than the earlier one's, except
    after the last round ("Final", "Letzte Runde"), where an employer may add rounds: there
    Round 2 or higher goes on, and only Round 1 or another Final starts again."""
    not_after_final = (was != FINAL_RANK) | (now < 2) | (now == FINAL_RANK)
    return (was > 0) & (now > 0) & (now <= was) & not_after_final
