"""The words of a stated decision in the languages whose trackers the tool reads, as tables.

Two things people write around the timeline phrases DESIGN lists (``timelines``):
- a deadline word before a date or a phrase: "by December 15", "before Jan 8", "no later than
  Friday", "d'ici le 15 décembre", "hasta el viernes", "entro fine mese", "voor 15 december",
  "bis Freitag". The day they named is the decision day: the follow-up waits until it has passed.
- the phrases themselves in French, Spanish, Portuguese, Italian, Dutch and German ("vendredi",
  "la próxima semana", "em 2 semanas", "fine mese", "mi-janvier", "nach den Feiertagen",
  "im neuen Jahr", "KW 50"; the new year and calendar weeks in Swedish too; "after the
  holidays" in Polish, Czech, Slovak, Hungarian, Romanian, Russian, Ukrainian, Greek and Turkish
  too: "po świętach", "после Нового года"), turned into the
  English the grammar reads.

Cells are compared without accents ("venerdì" is "venerdi", "até" is "ate").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from followup_batch.normalise import dates
from followup_batch.normalise.dates import MONTHS, OTHER_LANGUAGE_MONTHS, WEEKDAYS, without_accents


def _hangul(text: str) -> str:
    """``plain`` text with its Hangul whole again: ``plain`` takes syllables apart ("주" into
    its letters), and the tables here write them whole."""
    return unicodedata.normalize("NFC", text) if not text.isascii() else text


# The English name of each weekday number, as the grammar reads it ("friday").
_ENGLISH_WEEKDAYS = {number: name for name, number in WEEKDAYS.items() if name.endswith("day")}

# Weekdays written in full, from the date reader's table (``dates.OTHER_LANGUAGE_WEEKDAYS``),
# whose abbreviations are English words here ("do", "mar", "sex"): none is longer than three.
# Not Indonesian "minggu": Sunday before a date ("Minggu, 2 Mei 2027"), but alone "week".
OTHER_LANGUAGE_WEEKDAYS: dict[str, str] = {
    name: _ENGLISH_WEEKDAYS[number]
    for name, number in dates.OTHER_LANGUAGE_WEEKDAYS.items()
    if len(name) > 3 and name != "minggu"
}

# Whole phrases, each the English one it says.
OTHER_LANGUAGE_PHRASES: dict[str, str] = {
    # As ``in_english`` compares: without accents (Japanese "まで" is "まて"), Hangul whole.
    _hangul(without_accents(phrase)): english
    for english, phrases in (
        ("tomorrow", "demain; manana; amanha; domani; morgen"),
        (
            "next week",
            # "La otra semana" is next week in Colombia and Mexico (on their rows only:
            # ``SAID_ONLY_IN``); "minggu depan" (and "pekan
            # depan") in Indonesian and Malay, "minggu hadapan" in Malay.
            "semaine prochaine; proxima semana; semana que viene; semana que vem; otra semana;"
            " minggu depan; pekan depan; minggu hadapan;"
            " settimana prossima; prossima settimana; volgende week; komende week;"
            " nachste woche; naechste woche; kommende woche",
        ),
        (
            "end of next week",
            "fin de la semaine prochaine; fin de semaine prochaine; finales de la proxima semana;"
            " final da proxima semana; fim da proxima semana; fine della prossima settimana;"
            " eind volgende week; eind van volgende week; ende nachster woche;"
            " ende der nachsten woche",
        ),
        (
            # Not "fin de semana", "fim de semana", "fine settimana", "weekend": the weekend.
            "end of week",
            "fin de la semaine; cette semaine; esta semana; final de la semana; finales de semana;"
            " final da semana; questa settimana; deze week; eind van de week; eind deze week;"
            " diese woche; ende der woche; ende dieser woche;"
            # Japanese "during this week", Chinese "within this week", Korean "this week",
            # Indonesian "this week".
            " 今週中; 今週中に; 今週以内; 今週末まで; 本周内; 这周内; 本週內; 這週內;"
            " 本周; 这周; 이번 주; 이번주; 이번 주 중; 이번 주 내; 이번 주 안에;"
            " 이번 주 중으로; minggu ini; pekan ini",
        ),
        (
            "end of the month",
            "fin du mois; fin de mois; fin de ce mois; fin de mes; fin del mes; final de mes;"
            " finales de mes; final del mes; fim do mes; final do mes; fim deste mes; fine mese;"
            " fine del mese; fine di questo mese; eind van de maand; einde van de maand;"
            " eind deze maand; eind van deze maand; einde maand; eind maand; ende des monats;"
            " ende monat; monatsende; 月末; 今月末; 今月中; 月底; 本月底; 这个月底; 月末まで;"
            " 이달 말; 이번 달 말; 월말; akhir bulan; akhir bulan ini",
        ),
        (
            # The year's end (31 December, ``timelines.YEAR_END``); German "zwischen den
            # Jahren", 27-31 December, read at its end as "end of the month" is.
            "end of the year",
            "ende des jahres; ende dieses jahres; jahresende; zum jahresende; zwischen den jahren;"
            " fin de l'annee; fin d'annee; fin de cette annee; fin de ano; fin del ano;"
            " finales de ano; finales del ano; final de ano; final del ano; fim do ano; fim de ano;"
            " final do ano; fine anno; fine dell'anno; eind van het jaar; einde van het jaar;"
            " eind dit jaar; eind van dit jaar",
        ),
        (
            "end of next month",
            "fin du mois prochain; fin de mois prochain; fin du mois suivant;"
            " finales del mes que viene; finales del proximo mes; fin del mes que viene;"
            " fin del proximo mes; final del proximo mes; fim do proximo mes;"
            " final do proximo mes; fim do mes que vem; final do mes que vem;"
            " fine del mese prossimo; fine mese prossimo; fine del prossimo mese;"
            " eind volgende maand; eind van volgende maand; einde volgende maand;"
            " ende nachsten monats; ende naechsten monats; ende des nachsten monats; 来月末;"
            " 下个月底; 下月底; 下個月底; 다음 달 말; akhir bulan depan",
        ),
        (
            # Christmas and the new year, as "after the holidays" is read (early January, at a
            # November or December interview only); in Swedish, Norwegian and Danish too
            # ("efter jul", "etter jul", "etter nyttår", "efter nytår"; fx244). Not
            # "vacaciones", "ferie", "Ferien" alone: the summer's too. "Po świętach", "после
            # праздников" said in spring are Easter's or May's: a row problem there, as "after
            # the holidays" is.
            "after the holidays",
            "apres les fetes; apres les fetes de fin d'annee; apres les fetes de fin d’annee;"
            " apres noel; apres le nouvel an; apres les vacances de noel;"
            " despues de las fiestas; despues de fiestas; despues de las fiestas navidenas;"
            " pasadas las fiestas; tras las fiestas; despues de navidad; despues de ano nuevo;"
            " depois das festas; apos as festas; depois das festas de fim de ano;"
            # "Pós-festas" ("retorno pós-festas"), "pos-fiestas", "pós-Natal": the same break,
            # "pós-" as "after", not "after Christmas Day" (ot90 F1). Spanish "pos" only with
            # its hyphen: in Mexico "pos" is also "well" ("pos fiestas no sé"). "Pós-natal"
            # in lower case is postnatal: read only as "pós-Natal" (``postnatal``).
            " pos-festas; pos festas; pos-fiestas; apos festas; pos-natal; pos natal;"
            " depois do natal; apos o natal; depois do ano novo; apos o ano novo;"
            " dopo le feste; dopo le feste natalizie; dopo le vacanze di natale; dopo natale;"
            " dopo capodanno; na de feestdagen; na de kerst; na kerst; na de kerstvakantie;"
            " na nieuwjaar; na oud en nieuw; na de jaarwisseling; nach den feiertagen;"
            " nach den festtagen; nach weihnachten; nach den weihnachtsferien; nach neujahr;"
            " nach dem jahreswechsel; efter nyar; efter nyaret; efter jul; efter julen;"
            " efter helgerna; efter jul och nyar; etter jul; etter julen; etter nyttar;"
            " etter nyttaret; etter jul og nyttar; efter nytar; efter nytaret;"
            " efter jul og nytar; po swietach; po swietach bozego narodzenia;"
            " po bozym narodzeniu; po swietach bozonarodzeniowych; po swietach noworocznych;"
            " po okresie swiatecznym; po sylwestrze; po nowym roku; po vanocich; po novem roce;"
            " po svatcich; po sviatkoch; po vianociach;"
            " po novom roku; unnepek utan; karacsony utan; ujev utan; dupa sarbatori;"
            " dupa craciun; dupa anul nou; после праздников; после новогодних праздников;"
            " после новогодних каникул; после нового года; после рождества; після свят;"
            " після нового року; після різдва; μετα τισ γιορτεσ; μετα τα χριστουγεννα;"
            " μετα την πρωτοχρονια; yilbasindan sonra; yılbasından sonra; yilbasi sonrasi;"
            " yılbası sonrası",
        ),
        (
            # The new year, read as "in the new year" is (early January, the 10th, at a
            # November or December interview only).
            "in the new year",
            "im neuen jahr; anfang nachsten jahres; anfang naechsten jahres;"
            " anfang des nachsten jahres; anfang des naechsten jahres; anfang des neuen jahres;"
            " anfang kommenden jahres; anfang des kommenden jahres; zu beginn des neuen jahres;"
            " zu beginn des nachsten jahres; zu jahresbeginn; zum jahresbeginn; zum jahresanfang;"
            " dans la nouvelle annee; avec la nouvelle annee; au debut de l'annee prochaine;"
            " debut de l'annee prochaine; en debut d'annee prochaine; debut d'annee prochaine;"
            " au debut de la nouvelle annee; debut de la nouvelle annee; au debut de l'an prochain;"
            " debut de l'an prochain; en el ano nuevo; en el nuevo ano; con el ano nuevo;"
            " con el nuevo ano; a principios del proximo ano; principios del proximo ano;"
            " a principios del ano que viene; principios del ano que viene;"
            " a comienzos del proximo ano; comienzos del proximo ano;"
            " a comienzos del ano que viene; a inicios del proximo ano; no ano novo;"
            " no inicio do proximo ano; inicio do proximo ano; no inicio do ano que vem;"
            " inicio do ano que vem; no comeco do ano que vem; comeco do proximo ano;"
            " nel nuovo anno; nell'anno nuovo; con il nuovo anno; con l'anno nuovo;"
            " all'inizio del prossimo anno; inizio del prossimo anno;"
            " all'inizio dell'anno prossimo; a inizio anno prossimo; inizio anno prossimo;"
            " in het nieuwe jaar; begin volgend jaar; begin van volgend jaar; begin komend jaar;"
            " begin van komend jaar; begin van het nieuwe jaar; i det nya aret;"
            " under det nya aret; i borjan av nasta ar; borjan av nasta ar;"
            " i borjan av det nya aret",
        ),
        (
            "first week of the new year",
            "erste woche des neuen jahres; ersten woche des neuen jahres;"
            " erste woche im neuen jahr; ersten woche im neuen jahr;"
            " premiere semaine de la nouvelle annee; premiere semaine de l'annee prochaine;"
            " primera semana del ano nuevo; primera semana del proximo ano;"
            " primeira semana do ano novo; prima settimana del nuovo anno;"
            " eerste week van het nieuwe jaar; forsta veckan i det nya aret",
        ),
        (
            "first week of january",
            "erste januarwoche; ersten januarwoche; erste woche im januar;"
            " ersten woche im januar; premiere semaine de janvier; primera semana de enero;"
            " primeira semana de janeiro; prima settimana di gennaio; eerste week van januari;"
            " forsta veckan i januari; i forsta veckan i januari",
        ),
    )
    for phrase in phrases.split(";")
    # Either apostrophe: "l'année", "l’année".
    for phrase in {phrase.strip(), phrase.strip().replace("'", "’")}
}

# A part of a named month ("début janvier", "a mediados de enero", "Ende Januar"), each the
# English part it says; ``timelines`` reads the day it allows and the year.
_MONTH_PART_WORDS: dict[str, str] = {
    word.strip(): english
    for english, words in (
        (
            "early",
            "debut; au debut; en debut; principios; a principios; comienzos; a comienzos;"
            " inicios; a inicios; inicio; no inicio; comeco; no comeco; inizio; a inizio;"
            " all'inizio; all’inizio; agli inizi; inizi; ai primi; primi; begin; anfang",
        ),
        (
            "mid",
            "mi; a la mi; vers la mi; mediados; a mediados; meados; em meados; meta; a meta;"
            " half; midden; medio; mitte",
        ),
        (
            "end of",
            "fin; a la fin; en fin; finales; a finales; fines; a fines; final; al final;"
            " no final; fim; no fim; fine; a fine; alla fine; eind; einde; ende",
        ),
    )
    for word in words.split(";")
}
_ENGLISH_MONTHS = {number: name for name, number in MONTHS.items() if len(name) > 3}
_MONTH_NAMES = {number: name for name, number in MONTHS.items() if len(name) >= 3}
_MONTH_NAMES |= _ENGLISH_MONTHS  # "may", and "january", not "jan"
_MONTH_PART = re.compile(
    rf"(?P<part>{'|'.join(sorted(_MONTH_PART_WORDS, key=len, reverse=True))})[ -]"
    r"(?:(?:de|di|del|van) |d'|d’)?(?P<month>[a-z]+)\.?(?:(?:,| de| del)? (?P<year>\d{4}))?"
)

# A calendar week, as HR mails in Europe name it: "KW 50", "bis KW 2/27", "semaine 50",
# "S50", "semana 50", "settimana 50", "week 50", "vecka 50", "v. 50"; read as the English
# "week 50" (``timelines``). A two-digit year is this century's.
_CALENDAR_WEEK = re.compile(
    r"(?:(?:i|im|dans la) )?"
    r"(?:kalenderwoche|kw|woche|semaine|sem|s|semana|settimana|sett|week|wk|vecka|v)\.? ?"
    r"(?P<week>\d{1,2})(?:(?:/|, ?| )(?P<year>\d{4}|\d{2}))?"
)

# Durations: a preposition (or none), a number and a unit, as "in 2 weeks" reads.
# "Em até 5 dias úteis", "até 5 dias úteis": within (up to) 5; Indonesian "dalam (waktu)".
_IN = (
    "dans|d'ici|d’ici|sous|en|dentro de|em ate|em|ate|no prazo de|daqui a|tra|fra|entro|over"
    "|binnen|in|innerhalb von|dalam waktu|dalam"
)
# "Quince días", "quinze dias", "quinze jours", "quindici giorni" are how Spanish,
# Portuguese, French and Italian say two weeks (a fortnight, counted inclusively): "en 15
# días", "em 15 dias", "dans 15 jours", "tra 15 giorni" are read as 14 days, as "in 2 weeks"
# is. A limit keeps its day ("dentro de 15 días", "entro 15 giorni", "até 15 dias", "sous 15
# jours", "d'ici 15 jours": within 15 days; "10 a 15 dias" at its later end, 15; ot90 F8), as
# "15 days" in English and "15 dias úteis" do.
_FORTNIGHT_DAYS = 15
_FORTNIGHT_UNITS = frozenset(("dia", "dias", "jour", "jours", "giorno", "giorni"))
_FORTNIGHT_IN = frozenset(("en", "em", "dans", "tra", "fra", "daqui a"))
# Indonesian and Malay "lagi" after a duration: from now ("2 minggu lagi": in 2 weeks).
_LAGI_UNITS = frozenset(("minggu", "pekan", "hari", "hari kerja"))
_NUMBER_WORDS: dict[str, int] = {
    word: number
    for number, words in enumerate(
        (
            "un une uno una um uma een ein eine einer",
            "deux dos dois duas due twee zwei",
            "trois tres tre drie drei",
            "quatre cuatro quatro quattro vier",
        ),
        start=1,
    )
    for word in words.split()
} | {
    # Indonesian and Malay; fifteen, as two weeks are said (``_FORTNIGHT_DAYS``).
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "quinze": 15,
    "quince": 15,
    "quindici": 15,
}
_UNITS: dict[str, str] = {
    unit.strip(): english
    for english, units in (
        (
            "weeks",
            "semaine; semaines; semana; semanas; settimana; settimane; week; weken; woche; wochen;"
            " minggu; pekan",
        ),
        ("days", "jour; jours; dia; dias; giorno; giorni; dag; dagen; tag; tage; tagen; hari"),
        (
            "business days",
            "jours ouvres; jours ouvrables; jour ouvre; jour ouvrable; dias habiles;"
            " dias laborables; dia habil; dias uteis; dia util; giorni lavorativi;"
            " giorno lavorativo; werkdagen; werkdag; werktage; werktagen; werktag; arbeitstage;"
            " arbeitstagen; arbeitstag; hari kerja",
        ),
    )
    for unit in units.split(";")
}
_NUMBER = r"\d{1,3}|" + "|".join(_NUMBER_WORDS)
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_DURATION = re.compile(
    rf"(?:(?P<prep>{_IN}) )?(?P<n>{_NUMBER})"
    rf"(?:\s*(?:-|–|a|à|o|ou|of|tot|bis)\s*(?P<later>{_NUMBER}))?"
    rf" (?P<unit>{_UNIT})(?: (?P<lagi>lagi))?"
)
# "Next Friday" as these languages put it, before or after the weekday.
_NEXT = "prochain|proximo|proxima|prossimo|prossima|volgende|komende|nachsten|kommenden|que vem"
_WEEKDAY = "|".join(sorted(OTHER_LANGUAGE_WEEKDAYS, key=len, reverse=True))
_NEXT_WEEKDAY = re.compile(rf"(?:(?:{_NEXT}) )?(?P<wd>{_WEEKDAY})(?: (?:{_NEXT}))?")
# Durations in Japanese, Chinese and Korean: "2週間後" (two weeks later), "2週間以内", "一周内"
# (within a week), "两周内", "3天内", "5営業日以内", "5个工作日内", "2주 후", "일주일 내",
# "5영업일 이내"; each as "in N weeks" is read. A day count needs its "later"/"within" word:
# "3日" and "3일" alone are the 3rd of a month.
_CJK_DIGITS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}
_CJK_DIGITS |= {"八": 8, "九": 9, "十": 10, "한": 1, "두": 2, "세": 3, "네": 4}
_CJK_UNITS: dict[str, str] = {
    unit: english
    for english, units in (
        ("weeks", "週間 週 周 星期 个星期 個星期 个礼拜 個禮拜 礼拜 禮拜 주 주일"),
        ("days", "日間 日 天 일"),
        ("business days", "営業日 稼働日 个工作日 個工作日 工作日 영업일 근무일"),
    )
    for unit in units.split()
}


def _either(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` as ``in_english`` compares them (``_hangul``,
    without accents: "まで" is "まて"), the longest first."""
    folded = (_hangul(without_accents(w)) for w in words)
    return "|".join(sorted(folded, key=len, reverse=True))


# "Later" and "within": Japanese and Chinese, then Korean.
_LATER_WORDS = "後 后 以内 以內 之内 之內 内 內 以后 以後 之后 之後 뒤 후 이내 내 안에 안으로 내로"
_CJK_LATER = _either(_LATER_WORDS.split())
_CJK_DURATION = re.compile(
    rf"(?P<n>\d{{1,3}}|{_either(_CJK_DIGITS)}) ?(?P<unit>{_either(_CJK_UNITS)})"
    rf"(?: ?(?P<later>{_CJK_LATER}))?"
)
_ONE_WEEK_KOREAN = re.compile(rf"일주일 ?(?:{_CJK_LATER})?")
# Parts of a month in Japanese, Chinese and Korean: "5月上旬", "5月初" (early May), "5月中旬"
# (mid), "5月下旬", "5月末", "5月底" (late), "5월 초", "5월 중순", "5월 말". Not "5月中": mid-May
# in Chinese, "during May" in Japanese.
_CJK_MONTH_PARTS = {
    _hangul(without_accents(word)): english
    for english, words in (
        ("early", "上旬 初旬 初め 初 초 상순"),
        ("mid", "中旬 중순"),
        ("end of", "下旬 末 底 하순 말"),
    )
    for word in words.split()
}
_CJK_MONTH_PART = re.compile(
    rf"(?P<month>\d{{1,2}}) ?(?:月|월) ?(?P<part>{_either(_CJK_MONTH_PARTS)})"
    rf"(?:{_either(('ごろ', '頃', 'までに', 'まで', '까지', '경'))})?"
)
# An article or a preposition before a phrase: "la semaine prochaine", "na próxima semana",
# "am Freitag", "à la fin du mois", "a fine mese".
_ARTICLE = re.compile(
    r"(?:(?:a|en|na|no|nella|in|op|am|zum|au|el|o|a la) )?"
    r"(?:(?:la|le|el|lo|il|o|a|de|het|der|die|den|das) )?(?P<rest>.+)"
)

# Deadline words before the day they named, in English and the same six languages.
_DEADLINE_WORDS = (
    "by|before|no later than|not later than|on or before|latest by|by no later than"
    "|d'ici|d’ici|avant|au plus tard|jusqu'au|jusqu’au|jusqu'a|jusqu’a"
    "|hasta|antes de|antes del|a mas tardar|ate|antes do|antes da|no maximo ate"
    "|entro|prima di|prima del|prima della|non oltre|entro e non oltre"
    "|voor|uiterlijk|niet later dan|uiterlijk op|tegen"
    "|bis|bis zum|bis spatestens|bis spaetestens|spatestens|spaetestens|spatestens am|vor dem"
    "|senast"
)
# What may come before the deadline word: who decides, or what is due ("we'll decide by",
# "decision by", "réponse d'ici", "respuesta antes del", "Antwort bis").
_WHO = (
    r"(?:(?:we|they|he|she|i|you)(?:'ll|’ll| will| should| would| expect to| hope to| plan to)? )?"
)
_DUE = (
    "decide|decision|answer|reply|respond|response|feedback|hear back|hear|get back"
    "|get back to (?:me|us|you)|let (?:me|us|you) know|update|outcome|results?"
    # "Revert" is "reply" in Indian and West African English: "will revert by Friday".
    "|revert|revert back|revert to (?:me|us|you)|revert back to (?:me|us|you)"
    "|reponse|retour|respuesta|resposta|decisao|retorno|risposta|decisione"
    "|antwoord|reactie|beslissing|besluit|antwort|entscheidung|ruckmeldung|rueckmeldung"
)
_DEADLINE_WORD = "|".join(sorted(_DEADLINE_WORDS.split("|"), key=len, reverse=True))
_LEAD = rf"(?:{_WHO}(?:{_DUE})(?: (?:expected|due|attendue?|esperada|prevista|attesa|verwacht))? )?"
_DEADLINE = re.compile(rf"{_LEAD}(?:{_DEADLINE_WORD}) (?P<rest>.+)")
# A decision's day written after the word alone, or after "on" ("decision 12/15", "decision
# Dec 15", "decision on 12/15", "décision 15/12", "Entscheidung 15.12.", "decisión 15/12"; ot146
# F2: unread, where "decision by 12/15" and "decision: 12/15" are read): only a day that
# starts with its number or its month, so "decision in 2 weeks" stays a timeline phrase.
_ANY_MONTH = "|".join(sorted({*MONTHS, *OTHER_LANGUAGE_MONTHS}, key=len, reverse=True))
_DECIDED_ON = re.compile(
    r"(?:decision|decisions|answer|response|reply|reponse|respuesta|resposta|decisao|risposta"
    r"|decisione|antwoord|beslissing|besluit|antwort|entscheidung)"
    r"(?: (?:expected|due|attendue?|esperada|prevista|attesa|verwacht|erwartet))?"
    r"(?: (?:on|le|el|am|op|il|em|no|o dia|ao|den))?"
    rf" (?P<rest>\d.*|(?:{_ANY_MONTH})\.? \d.*)"
)
_AT_THE_LATEST = re.compile(
    r"(?P<rest>.+?),? (?:at the latest|latest|au plus tard|a mas tardar|no maximo"
    r"|al piu tardi|uiterlijk|spatestens|spaetestens)"
)
# A day of the month alone after a deadline word: "by the 8th", "by 15th", "d'ici le 15",
# "hasta el 15", "entro il 15", "bis zum 15.". A bare number is not ("by 5" is five o'clock).
_DAY_OF_MONTH = re.compile(
    rf"{_LEAD}(?:{_DEADLINE_WORD}) (?:(?:the )?(?P<a>\d{{1,2}})(?:st|nd|rd|th)|the (?P<b>\d{{1,2}})"
    r"|(?:le|el|il|o dia|dia|o|de|den|zum|dem|del|do|au|ao) (?P<c>\d{1,2})(?:er|e|\.|º|°)?)"
)

# British and Australian wordings of the English phrases, each as the words the grammar reads:
# "by close of business Friday" is "by COB Friday", "in a fortnight" "in 2 weeks", "in 3
# weeks' time" "in 3 weeks". Applied in this order.
BRITISH_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:close of business|close of play|end of play|eop)\b"), "cob"),
    (re.compile(r"\b(days?|weeks?|fortnight)(?:'s|’s|'|’)? time$"), r"\1"),
    (re.compile(r"\b(?:a |one )?fortnight\b"), "2 weeks"),
)
# "w/c 15 Feb", "week commencing 15 February", "week beginning 15/02", and in the US "week of
# 12/14", "wk of 11/23": a decision in the week that day begins, read as its Friday (the first
# on or after the day), as "next week" is: people are rarely given a day for a decision.
_WEEK_COMMENCING = re.compile(
    r"(?:(?:by|in|during|decision|decision expected) )?(?:the )?"
    r"(?:w/c|w/b|wc|week commencing|week beginning|week starting|week of|wk\.? of) (?P<rest>.+)"
)

_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
# ... and the day first, "12/14 week", "Dec 14 week", as people shorten "the week of 12/14";
# only a day with its month before "week", not a count ("1-2 week", "in 2 week").
_WEEK_AFTER_ITS_DAY = re.compile(
    r"(?:(?:by|in|during|decision|decision expected) )?(?:the )?"
    r"(?P<rest>\d{1,2}[/.]\d{1,2}(?:[/.](?:\d{2}|\d{4}))?\.?"
    rf"|(?:{_MONTH_WORDS})\.? \d{{1,2}}(?:st|nd|rd|th)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTH_WORDS})\.?) (?:week|wk\.?)"
)

# A day they think it will be, after the week ("week of 12/14, likely Wed", "w/c 14/12 (prob
# Thurs)"): a guess inside the week, so the week's Friday stands, the latest day it allows.
_LIKELY_DAY = re.compile(
    r"(?P<week>.+?)(?:, | - |; | \()(?:(?:most )?likely |probably |prob\.? |maybe |possibly )?"
    rf"(?:{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\.?\)?"
)


def in_us_english(text: str) -> str | None:
    """The words of the English grammar a British wording says ("by close of business friday"
    -> "by cob friday", "within a fortnight" -> "within 2 weeks"), else None. ``text`` is
    ``plain``."""
    said = text
    for pattern, words in BRITISH_WORDS:
        said = pattern.sub(words, said)
    return None if said == text else said


def week_commencing(text: str) -> str | None:
    """The day a week-commencing phrase names ("w/c 15 feb" -> "15 feb", "week of 12/14" and
    "12/14 week" -> "12/14", "week of 12/14, likely wed" -> "12/14"), else None. ``text`` is
    ``plain``; after a label too ("hr: w/c 15 feb")."""
    unlabelled = without_label(text) or text
    m = _WEEK_COMMENCING.fullmatch(unlabelled) or _WEEK_AFTER_ITS_DAY.fullmatch(unlabelled)
    if m is None:
        return None
    likely = _LIKELY_DAY.fullmatch(m["rest"])
    return m["rest"] if likely is None else likely["week"]


def plain(text: str) -> str:
    """``text`` folded as the tables are written: lower case, no accents, single spaces."""
    return without_accents(" ".join(text.casefold().split()))


# A label before a phrase, with a colon: who said it or that it is a note ("Recruiter: next
# week", "HR: after Easter", "Note: sau Tết", "RRHH: la próxima semana", "人事：連休明け"), in
# the languages phrases are read in. Not what is due ("Interview: next week", "Round 2:
# Friday", "Panel: next week" name a meeting): those stay unread.
LABELS = (
    # English
    "note; notes; nb; n.b.; update; comment; comments; remark; remarks; feedback; decision;"
    " answer; response; reply; outcome; result; results; hr; human resources; recruiter;"
    " recruiters; recruiting; recruitment; talent acquisition; ta; hiring manager; hm;"
    # French, Spanish, Portuguese, Italian, Dutch, German
    " remarque; commentaire; rh; recruteur; recruteuse; reponse; retour; mise a jour;"
    " nota; notas; comentario; rrhh; rr.hh.; reclutador; reclutadora; respuesta; decision;"
    " obs; obs.; observacao; recrutador; recrutadora; resposta; decisao; retorno;"
    " commento; risposta; decisione; esito; notitie; opmerking; antwoord; beslissing;"
    " terugkoppeling; notiz; hinweis; anmerkung; antwort; entscheidung; ruckmeldung;"
    " rueckmeldung;"
    # Indonesian and Malay, Vietnamese
    " catatan; keterangan; ket; perekrut; keputusan; jawaban; kabar;"
    " ghi chu; luu y; nhan su; nha tuyen dung; tuyen dung; phan hoi; ket qua;"
    # Japanese, Chinese, Korean, Thai
    " メモ; 備考; 人事; 担当者; 採用担当; 回答; 结果; 結果; 备注; 備註; 招聘; 回复; 回覆;"
    " 메모; 참고; 비고; 인사팀; 담당자; 결과; 회신; หมายเหตุ"
)
_LABEL_WORDS = sorted((plain(w.strip()) for w in LABELS.split(";")), key=len, reverse=True)
_LABEL = re.compile(rf"(?P<label>{'|'.join(map(re.escape, _LABEL_WORDS))}) ?[:：] ?(?P<rest>\S.*)")


def without_label(text: str) -> str | None:
    """``text`` (``plain``) without its label ("recruiter: sau tet" -> "sau tet"), else
    None."""
    m = _LABEL.fullmatch(text)
    return None if m is None else m["rest"]


# The labels of what was made of the interview, of ``LABELS``: after them a mark is a score,
# not a date ("Feedback: 4/5", "Comments: 10/10", "Result: 3/5", "Rückmeldung: 4.5"; ot95
# F8). Not who said it ("HR: 4/5" is read as "4/5" alone is, April 5 on a US row), a note
# ("Hinweis: 1.2", 1 February on a German row) or what is due ("Decision: 4/5").
_SCORE_WORDS = (
    "feedback; comment; comments; remark; remarks; outcome; result; results;"
    " retour; commentaire; remarque; comentario; commento; esito; opmerking;"
    " terugkoppeling; anmerkung; ruckmeldung; rueckmeldung; phan hoi; ket qua;"
    " 结果; 結果; 결과"
)
SCORE_LABELS = frozenset(plain(word.strip()) for word in _SCORE_WORDS.split(";"))
# A mark without a year: out of 5, 10, 20 or 100, not above it ("4/5", "8/10", "15/20",
# "85/100"), or a rating of 10 or less with a decimal ("4.5", "3,5"; "4.5." with the German
# dot after the month is 4 May).
_SCORE = re.compile(r"(?P<n>\d{1,3}) ?/ ?(?P<of>5|10|20|100)|(?P<rating>\d{1,2})[.,]\d{1,2}")


def labelled_score(text: str) -> bool:
    """Whether ``text`` (``plain``) is a mark after a label of ``SCORE_LABELS`` ("feedback:
    4/5"), which is no date."""
    m = _LABEL.fullmatch(text)
    if m is None or m["label"] not in SCORE_LABELS:
        return False
    mark = _SCORE.fullmatch(m["rest"])
    if mark is None:
        return False
    if mark["rating"] is not None:
        return int(mark["rating"]) <= 10
    return int(mark["n"]) <= int(mark["of"])


# Phrases read only on the rows of the countries that say them, with what they may mean
# elsewhere (``said_only_in``): "la otra semana" is next week in Mexico and Colombia, but in
# Spain and Argentina "the other week", a week gone; "otra semana" "another week" (ot90 F4).
SAID_ONLY_IN: dict[str, tuple[tuple[str, ...], str]] = {
    "otra semana": (
        ("MX", "CO"),
        'is next week in Mexico and Colombia, but elsewhere "the other week" (a past one) or'
        ' "another week"',
    ),
}


def said_only_in(text: str) -> tuple[tuple[str, ...], str] | None:
    """The countries whose rows read ``text`` (``plain``, an article or "en" before it
    allowed, and the lead-ins and labels a phrase is read after: "nos dan respuesta la otra
    semana") and what it may mean on others' (``SAID_ONLY_IN``), else None: read on all."""
    from followup_batch.normalise import timelines  # timelines reads these tables: not above

    text = text.strip(" \t\r\n.,;:!?\"'()[]")
    for said in (text, *timelines.after_lead_words(text)):
        article = _ARTICLE.fullmatch(said)
        for candidate in (said, said if article is None else article["rest"]):
            if candidate in SAID_ONLY_IN:
                return SAID_ONLY_IN[candidate]
    return None


# Portuguese "natal" after "pós-" or "pré-" (English "post-", "pre-"), with or without the
# hyphen: the adjective, postnatal or prenatal ("licença pós-natal", "consulta pré-natal"),
# unless written "Natal", Christmas, with its capital ("pós-Natal", "Pós-Natal", "pré-Natal");
# in capitals ("PÓS-NATAL") it could be either.
_NATAL_AFTER_PREFIX = re.compile(
    r"(?<![^\W\d_])(?:p[oó]st?|pr[eé])[- ]?(?P<natal>natal)(?![^\W\d_])", re.IGNORECASE
)
CHRISTMAS_NATAL = "Natal"


def postnatal(text: str) -> bool:
    """Whether ``text``, as written (not ``plain``), says "natal" after "pós-", "pré-",
    "post-" or "pre-" other than as "Natal": postnatal or prenatal, not Christmas."""
    return any(m["natal"] != CHRISTMAS_NATAL for m in _NATAL_AFTER_PREFIX.finditer(text))


def in_english(text: str) -> str | None:
    """The English phrase a phrase of another language says ("la próxima semana" -> "next
    week", "dans 2 semaines" -> "in 2 weeks", "vendredi prochain" -> "friday", "mi-janvier" ->
    "mid january", "KW 50/27" -> "week 50 2027"), else None.
    ``text`` is ``plain``."""
    text = _hangul(text)
    article = _ARTICLE.fullmatch(text)
    for candidate in (text, text if article is None else article["rest"]):
        if candidate in OTHER_LANGUAGE_PHRASES:
            return OTHER_LANGUAGE_PHRASES[candidate]
        weekday = _NEXT_WEEKDAY.fullmatch(candidate)
        if weekday is not None:
            return OTHER_LANGUAGE_WEEKDAYS[weekday["wd"]]
        part = _MONTH_PART.fullmatch(candidate)
        if part is not None and part["month"] in OTHER_LANGUAGE_MONTHS:
            month = _ENGLISH_MONTHS[OTHER_LANGUAGE_MONTHS[part["month"]]]
            year = f" {part['year']}" if part["year"] else ""
            return f"{_MONTH_PART_WORDS[part['part']]} {month}{year}"
        week = _CALENDAR_WEEK.fullmatch(candidate)
        if week is not None:
            year = week["year"] or ""
            year = f" {2000 + int(year)}" if len(year) == 2 else f" {year}" if year else ""
            return f"week {int(week['week'])}{year}"
    cjk = _cjk_in_english(text)
    if cjk is not None:
        return cjk
    duration = _DURATION.fullmatch(text)
    if duration is None:
        return None
    if duration["lagi"] and (duration["prep"] or duration["unit"] not in _LAGI_UNITS):
        return None  # Indonesian "2 minggu lagi" (two weeks from now) alone
    n = _number(duration["n"])
    if duration["later"]:
        n = max(n, _number(duration["later"]))
    elif (
        n == _FORTNIGHT_DAYS
        and duration["unit"] in _FORTNIGHT_UNITS
        and duration["prep"] in (None, *_FORTNIGHT_IN)
    ):
        return "in 2 weeks"
    return f"in {n} {_UNITS[duration['unit']]}"


def _cjk_in_english(text: str) -> str | None:
    """The English phrase a Japanese, Chinese or Korean duration or part of a month says
    ("2週間後" -> "in 2 weeks", "5月中旬" -> "mid may"), else None."""
    if _ONE_WEEK_KOREAN.fullmatch(text):
        return "in 1 weeks"
    duration = _CJK_DURATION.fullmatch(text)
    if duration is not None:
        unit = _CJK_UNITS[duration["unit"]]
        if unit != "weeks" and not duration["later"]:
            return None  # "3日": the 3rd
        n = duration["n"]
        return f"in {_CJK_DIGITS.get(n) or int(n)} {unit}"
    part = _CJK_MONTH_PART.fullmatch(text)
    if part is not None and 1 <= int(part["month"]) <= 12:
        return f"{_CJK_MONTH_PARTS[part['part']]} {_MONTH_NAMES[int(part['month'])]}"
    return None


# Deadline words Japanese, Korean and Chinese put after the day: "4月30日まで", "金曜日までに",
# "4월 30일까지", "4月30日之前".
_DEADLINE_AFTER = re.compile(
    rf"(?P<rest>.+?) ?(?:{_either(('までに', 'まで', '까지', '之前', '以前'))})"
)


def after_deadline(text: str) -> str | None:
    """What follows a deadline word ("by December 15" -> "december 15", "d'ici le 15
    décembre" -> "le 15 decembre"; "December 15 at the latest" too), else None. ``text`` is
    ``plain``."""
    text = _hangul(text)
    late = _AT_THE_LATEST.fullmatch(text)
    if late is not None:
        text = late["rest"]
    m = _DEADLINE.fullmatch(text) or _DECIDED_ON.fullmatch(text) or _DEADLINE_AFTER.fullmatch(text)
    if m is not None:
        return m["rest"]
    return text if late is not None else None


def day_of_month(text: str) -> int | None:
    """The day of the month a deadline names alone ("by the 8th", "d'ici le 15"), else None.
    ``text`` is ``plain``."""
    m = _DAY_OF_MONTH.fullmatch(text)
    if m is None:
        return None
    day = int(m["a"] or m["b"] or m["c"])
    return day if 1 <= day <= 31 else None


# Two days given as alternatives ("12/14 or 12/21", "week of 12/14 or 12/21"): a person
# hedging gives the later as the bound, as a range of weeks is read at its later end ("1-2
# weeks"): the follow-up waits for it.
_EITHER_DAY = re.compile(r"(?P<a>[^,;]+?) or (?P<b>[^,;]+)")


def later_of_two_days(text: str) -> str | None:
    """The later of two days ``text`` gives as alternatives ("12/14 or 12/21" -> "12/21",
    "dec 21 or dec 14" -> "dec 21"), else None. The second unless both orders of a day and
    a month read the first as the later; a day without a year is taken within the year ahead
    of the other ("12/28 or 1/4" -> "1/4")."""
    m = _EITHER_DAY.fullmatch(text)
    if m is None:
        return None
    first_later = []
    for dayfirst in (False, True):  # each order that reads both
        a, b = (_month_and_day(m[k], dayfirst) for k in ("a", "b"))
        if a is None or b is None:
            continue
        if len(a) != len(b):  # one with its year: by month and day
            a, b = a[-2:], b[-2:]
        # A month more than half a year back is the next year's ("12/28 or 1/4").
        first_later.append(a > b and (len(a) == 3 or a[0] - b[0] < 6))
    if not first_later:
        return None
    return m["a"] if all(first_later) else m["b"]


def _month_and_day(text: str, dayfirst: bool) -> tuple[int, ...] | None:
    """(year, month, day) of a date ``text`` with its year, (month, day) of one without,
    read ``dayfirst`` where both orders read it; None where it is no date."""
    parsed = dates.parse_date_text(text, dayfirst=dayfirst)
    if parsed.value is not None:
        return (parsed.value.year, parsed.value.month, parsed.value.day)
    return parsed.month_day


def deadline_date_text(value: object) -> object:
    """A cell with its label and deadline word left off, for the date reader ("by 1/8/2027"
    -> "1/8/2027", "HR: 2027-03-19" -> "2027-03-19"); other cells as they are, a score after
    its label too ("Feedback: 4/5", ``labelled_score``). After a label
    alone the rest is as written: ``plain`` drops the Thai vowel and tone marks the date reader
    reads ("HR: วันศุกร์ที่ 15 มกราคม 2570", ot94 F6)."""
    if not isinstance(value, str):
        return value
    text = plain(value)
    if labelled_score(text):
        return value
    unlabelled = without_label(text)
    text = text if unlabelled is None else unlabelled
    week = week_commencing(text)
    if week is not None:
        return later_of_two_days(week) or week
    rest = after_deadline(text)
    if rest is not None:
        return later_of_two_days(rest) or rest
    later = later_of_two_days(text)
    if later is not None:
        return later
    if unlabelled is None:
        return value
    # A label has no colon of its own: the first colon is the one after it.
    return re.split(r"[:：]", value, maxsplit=1)[1].strip()


def _number(text: str) -> int:
    return _NUMBER_WORDS.get(text) or int(text)
