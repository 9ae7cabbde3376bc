"""Names written in Han, Kana or Hangul: family name first, greeted whole, with the honorifics
typed after them and without a department typed before them; and the Japanese middle dot that
lists such names ("山田様・佐藤様") or stands inside a foreign one ("ジョン・スミス").

    family_name_first_form(["김", "민준", "님"]) -> "김민준 님"
    listed_by_middle_dot("山田様・佐藤様") -> ["山田様", "佐藤様"]

How an Interviewer cell is split into people is ``people``'s; these are its East Asian rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Letters of the scripts that write a name family name first and without spaces inside it:
# Han (with 々 and 〇), Hiragana, Katakana (full and half width) and Hangul. A name in them is
# greeted whole, with the title or honorific the person wrote after it, spaced as they typed
# it ("김민준 팀장님", "김민준 님", "高橋美咲 様", "王伟先生"): which honorific would fit, the
# tool cannot know. Only a family name and a given name typed apart are joined ("王 伟":
# "王伟", "김 민준": "김민준"; ``family_name_first_form``).
_FAMILY_NAME_FIRST = re.compile(
    "[\u1100-\u11ff\u3005-\u3007\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff66-\uff9f"
    "\U00020000-\U0003134f]+"
)
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff]")
_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
# Words typed after such a name that title or honour the person, kept apart from it as typed
# (Korean spaces a title and 님 or 씨 after a full name: "김민준 팀장님", "박지성 씨"). A Korean
# title is also written with 님 ("팀장님"); a given name with 님 glued on ("김 민준님") is not
# one of them.
EAST_ASIAN_HONORIFICS = frozenset(
    {
        *("님", "씨", "군", "양", "귀하"),
        *("팀장", "과장", "부장", "차장", "실장", "대리", "주임", "사원", "본부장", "센터장"),
        *("이사", "상무", "전무", "대표", "대표이사", "사장", "부사장", "회장", "원장"),
        *("선생", "교수", "박사", "매니저", "책임", "선임", "수석", "담당자"),
        *("様", "さま", "さん", "殿", "氏", "君", "くん", "先生", "教授", "博士"),
        *("部長", "課長", "係長", "社長", "主任", "室長", "担当", "マネージャー"),
        *("女士", "小姐", "老师", "老師", "经理", "經理", "总监", "總監", "总", "總"),
    }
)
# Endings of a department's or team's name typed before a person's: "인사팀 김민준 님" (HR
# team), "人事部 山田 太郎"; greeted without it. "HR" before such a name is one too.
DEPARTMENT_SUFFIXES = ("팀", "부", "部", "課")
LATIN_DEPARTMENTS = frozenset({"hr"})
# ... of which 部 also ends Japanese family names (阿部, 服部, 長谷部): before a name it is a
# department only when a family name and a given name follow it ("人事部 山田 太郎", not
# "長谷部 誠").
SURNAME_ENDINGS = ("部",)
# The Japanese middle dot (full and half width): between names that each end in an honorific or
# are written in Han letters only it lists people ("山田様・佐藤様", "山田・佐藤"); in a
# foreign name written in Katakana it stands between its first name and surname ("ジョン・スミス",
# "ジョン・スミス様": one person).
_MIDDLE_DOT = re.compile(r"(?:(?<!\s)\s+)?[・･]\s*")  # from a run's first space, not each
_HAN = re.compile("[\u3005\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")


# A syllable of Chinese written in pinyin, without its tone marks: an initial and the finals it
# takes (j, q and x only before i and ü, written u; y and w as written before their finals).
# "Jan", "Adam" and "Piotr" are none: "Pan Wei Ming" is a Chinese name, "Pan Jan Kowalski" a
# Polish one (``name_titles.with_west_slavic_title``).
_PINYIN_SYLLABLE = (
    "(?:(?:[bpmfdtnlgkh]|zh|ch|sh|[rzcs])"
    "(?:a|ai|an|ang|ao|e|ei|en|eng|i|ia|ian|iang|iao|ie|in|ing|iu|o|ong|ou"
    "|u|ua|uai|uan|uang|ue|ui|un|uo|v|ve|ü|üe)"
    "|[jqx](?:i|ia|ian|iang|iao|ie|in|ing|iong|iu|u|uan|ue|un)"
    "|y(?:a|an|ang|ao|e|i|in|ing|o|ong|ou|u|uan|ue|un)"
    "|w(?:a|ai|an|ang|ei|en|eng|o|u)"
    "|a|ai|an|ang|ao|e|ei|en|eng|er|o|ou)"
)
# A Chinese given name in pinyin: one syllable or two, glued or joined by a hyphen ("Wei",
# "Xiaoming", "Wei-Ming").
_PINYIN_NAME = re.compile(f"{_PINYIN_SYLLABLE}(?:-?{_PINYIN_SYLLABLE})?")


def written_in_pinyin(words: Sequence[str]) -> bool:
    """Whether a name's ``words`` are each a Chinese name of one or two syllables in pinyin
    ("Wei Ming", "Xiaoming", "Wei-Ming"); not "Jan Kowalski", "Anna" nor "Adam"."""
    return bool(words) and all(_PINYIN_NAME.fullmatch(w.casefold()) for w in words)


def one_pinyin_syllable(word: str) -> bool:
    """Whether ``word`` is one syllable of pinyin, as nearly every Chinese family name is
    ("Wang", "Zhang"); not "Niro" nor "Silva"."""
    return re.fullmatch(_PINYIN_SYLLABLE, word.casefold()) is not None


def written_family_name_first(words: Sequence[str]) -> bool:
    """Whether a name's ``words`` are all written in Han, Kana or Hangul (``_FAMILY_NAME_FIRST``):
    "王 伟", "山田 太郎 様", "김민준 님"; not "Wang Wei" nor "王 Wei"."""
    return bool(words) and all(_FAMILY_NAME_FIRST.fullmatch(w) for w in words)


def family_name_first_form(words: Sequence[str]) -> str:
    """How a greeting names a person whose name's ``words`` are written in Han, Kana or Hangul
    (``written_family_name_first``), a leading department left out (``without_department``):
    a family name and a given name typed apart joined ("김 민준": "김민준", "山田 太郎":
    "山田太郎"), the titles and honorifics after them kept as typed ("김민준 팀장님", "김 팀장님",
    "王伟先生"), any other name as typed."""
    words = without_department(words)
    at = next((i for i, w in enumerate(words) if i and is_east_asian_honorific(w)), len(words))
    name, honorifics = list(words[:at]), words[at:]
    if len(name) == 2 and _family_and_given(*name):
        name = ["".join(name)]
    return " ".join([*name, *honorifics])


def without_department(words: Sequence[str]) -> list[str]:
    """A name's ``words`` without the department or team typed before a name in Han, Kana or
    Hangul ("인사팀 김민준 님", "HR 김민준": ``DEPARTMENT_SUFFIXES``), else as they are."""
    if len(words) < 2 or not written_family_name_first(words[1:]):
        return list(words)
    first, rest = words[0], words[1:]
    names = next((i for i, w in enumerate(rest) if i and is_east_asian_honorific(w)), len(rest))
    if is_east_asian_honorific(rest[0]):
        return list(words)  # "인사팀 님": nobody's name after it
    department = first.rstrip(".").casefold() in LATIN_DEPARTMENTS or (
        written_family_name_first([first])
        and len(first) > 1
        and first.endswith(DEPARTMENT_SUFFIXES)
        and (names > 1 or not first.endswith(SURNAME_ENDINGS))
    )
    return list(rest) if department else list(words)


def is_east_asian_honorific(word: str) -> bool:
    """A title or honorific typed after a name (``EAST_ASIAN_HONORIFICS``): "님", "팀장님",
    "様"; not "민준님", a given name with 님 glued on."""
    return word in EAST_ASIAN_HONORIFICS or (
        word.endswith("님") and word[:-1] in EAST_ASIAN_HONORIFICS
    )


def _family_and_given(family: str, given: str) -> bool:
    """Whether two words are a family name and a given name typed apart, an honorific glued
    on the given name aside ("김 민준님"): in Hangul one or two syllables each ("김 민준", "남궁
    민"), in Han up to three letters each ("王 伟", "山田 太郎"), in Kana up to six ("スズキ
    イチロー"). A longer word ending as a department does ("人事部 王伟") is typed apart for a
    reason the tool cannot tell (a department, or 長谷部, a family name): not joined."""
    glued = max((h for h in EAST_ASIAN_HONORIFICS if given.endswith(h)), key=len, default="")
    given = given[: len(given) - len(glued)] or given
    if _HANGUL.search(family + given):
        longest = 2
    elif _KANA.search(family + given):
        longest = 6
    else:
        longest = 3
    if len(family) > 2 and family.endswith(DEPARTMENT_SUFFIXES):
        return False
    return len(family) <= longest and len(given) <= longest


def listed_by_middle_dot(part: str) -> list[str]:
    """The names of ``part`` a middle dot lists: each ends in an honorific or is written in
    Han letters only ("山田様・佐藤様", "王伟・李娜"); else the part whole ("ジョン・スミス")."""
    names = _MIDDLE_DOT.split(part.strip())
    return names if len(names) > 1 and all(map(_listed_name, names)) else [part]


def _listed_name(name: str) -> bool:
    """A name a middle dot may list: in Han, Kana or Hangul, ending in an honorific ("山田様",
    "ジョンさん") or in Han letters only ("王伟", "山田 太郎")."""
    words = name.split()
    return written_family_name_first(words) and (
        name.endswith(tuple(EAST_ASIAN_HONORIFICS)) or all(map(_HAN.fullmatch, words))
    )
