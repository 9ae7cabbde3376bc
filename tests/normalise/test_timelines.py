"""The stated-timeline phrases (DESIGN section 2), as a table of phrases and interview days."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_batch.normalise import timelines
from followup_batch.normalise.timelines import Resolved, parse_timeline

D = dt.date

# ---------------------------------------------------------------------------------------------
# Stated timelines. Interview days: Mon 2026-11-02, Thu 11-05, Fri 11-06, Sat 11-07, Sun 11-08.
# ---------------------------------------------------------------------------------------------

MON, THU, FRI, SAT, SUN = (D(2026, 11, d) for d in (2, 5, 6, 7, 8))
TIMELINE_TABLE: list[tuple[str, dt.date, dt.date]] = [
    # <weekday> / by / next: the first such weekday strictly after I
    *[
        ("Friday", i, e)
        for i, e in (
            (MON, D(2026, 11, 6)),
            (THU, D(2026, 11, 6)),
            (FRI, D(2026, 11, 13)),
            (SAT, D(2026, 11, 13)),
            (SUN, D(2026, 11, 13)),
        )
    ],
    *[("by Monday", i, D(2026, 11, 9)) for i in (MON, THU, FRI, SAT, SUN)],
    *[
        ("next tue", i, e)
        for i, e in (
            (MON, D(2026, 11, 3)),
            (THU, D(2026, 11, 10)),
            (FRI, D(2026, 11, 10)),
            (SAT, D(2026, 11, 10)),
            (SUN, D(2026, 11, 10)),
        )
    ],
    ("thu", THU, D(2026, 11, 12)),
    *[("tomorrow", i, i + dt.timedelta(days=1)) for i in (MON, THU, FRI, SAT, SUN)],
    # end of week / this week: the Friday of I's week, the following one from Friday on
    *[
        (phrase, i, e)
        for phrase in ("end of week", "this week", "end of the week")
        for i, e in (
            (MON, D(2026, 11, 6)),
            (THU, D(2026, 11, 6)),
            (FRI, D(2026, 11, 13)),
            (SAT, D(2026, 11, 13)),
            (SUN, D(2026, 11, 13)),
        )
    ],
    # next week: the Friday of the Monday-based week after I's week
    *[
        (phrase, i, D(2026, 11, 13))
        for phrase in ("next week", "end of next week")
        for i in (MON, THU, FRI, SAT, SUN)
    ],
    # ... and as Japanese, Chinese and Korean trackers write it (report ot32, F8: "来週" was
    # "not a date or a timeline phrase"): 来週, 来週中 (during next week); 下周, 下週, 下星期,
    # 下周内 (within next week); 다음 주, 다음주, 다음 주 중.
    *[
        (phrase, i, D(2026, 11, 13))
        for phrase in ("来週", "来週中", "下周", "下週", "下星期", "下周内", "다음 주", "다음주")
        for i in (MON, FRI, SUN)
    ],
    ("다음 주 중", THU, D(2026, 11, 13)),
    ("来週", D(2026, 12, 31), D(2027, 1, 8)),
    *[("in 3 days", i, i + dt.timedelta(days=3)) for i in (MON, FRI, SUN)],
    *[("in two weeks", i, i + dt.timedelta(weeks=2)) for i in (MON, THU, SAT)],
    ("in a week", THU, D(2026, 11, 12)),
    ("in an week", THU, D(2026, 11, 12)),
    ("in 1 day", SAT, SUN),
    ("in twelve days", MON, D(2026, 11, 14)),
    *[
        (phrase, i, D(2026, 11, 30))
        for phrase in ("end of month", "end of the month")
        for i in (MON, THU, FRI, SAT, SUN)
    ],
    # month, year ends and leap days
    ("end of month", D(2026, 12, 31), D(2026, 12, 31)),
    ("tomorrow", D(2026, 12, 31), D(2027, 1, 1)),
    ("Friday", D(2026, 12, 31), D(2027, 1, 1)),
    ("next week", D(2026, 12, 31), D(2027, 1, 8)),
    ("end of week", D(2026, 12, 31), D(2027, 1, 1)),
    ("in 2 weeks", D(2026, 12, 31), D(2027, 1, 14)),
    ("end of month", D(2028, 2, 10), D(2028, 2, 29)),
    ("end of month", D(2027, 2, 10), D(2027, 2, 28)),
    ("end of month", D(2028, 2, 29), D(2028, 2, 29)),
    # The year's end (ot134 F1: "not a date or a timeline phrase", so the check-in fell due
    # before it): 31 December of the interview's year, the December ahead at a January
    # interview; "between Christmas and New Year" and "zwischen den Jahren" (27-31 December)
    # at that span's end, as "end of the month" is read.
    *[
        (phrase, i, D(i.year, 12, 31))
        for phrase in (
            "end of year",
            "by year end",
            "by year-end",
            "EOY",
            "by EOY",
            "before year end",
            "by the end of the year",
            "end of this year",
            "by New Year's Eve",
            "by New Year’s Eve",
            "by NYE",
            "between Christmas and New Year",
            "they said end of year",
            "bis Ende des Jahres",
            "Jahresende",
            "bis Jahresende",
            "zwischen den Jahren",
            "d'ici la fin de l'année",
            "a finales de año",
            "entro fine anno",
            # ot135 F2: an apostrophe-s and "until" say the same.
            "by year's end",
            "by years end",
            "until end of year",
            "till the end of the year",
        )
        for i in (D(2026, 12, 16), D(2027, 1, 5), D(2027, 12, 31), D(2033, 12, 30))
    ],
    # With its year written, that year's end, not the interview's (ot135 F2).
    ("end of the year 2026", D(2026, 12, 3), D(2026, 12, 31)),
    ("end of the year 2027", D(2026, 12, 3), D(2027, 12, 31)),
    ("end of 2026", D(2026, 12, 3), D(2026, 12, 31)),
    ("by the end of 2026", D(2026, 12, 3), D(2026, 12, 31)),
    ("year end 2026", D(2026, 12, 3), D(2026, 12, 31)),
    ("EOY 2027", D(2027, 1, 5), D(2027, 12, 31)),
    ("until end of year, 2027", D(2026, 12, 3), D(2027, 12, 31)),
    ("tomorrow", D(2028, 2, 28), D(2028, 2, 29)),
    ("tomorrow", D(2028, 2, 29), D(2028, 3, 1)),
    ("in 1 week", D(2028, 2, 25), D(2028, 3, 3)),
    # The ways people write them in real trackers: "within", bare counts, ranges (read at
    # their later end), abbreviations
    ("within 3 days", MON, D(2026, 11, 5)),
    ("within a week", THU, D(2026, 11, 12)),
    ("within two weeks", MON, D(2026, 11, 16)),
    ("2 weeks", MON, D(2026, 11, 16)),
    ("1-2 weeks", MON, D(2026, 11, 16)),
    ("1 – 2 weeks", MON, D(2026, 11, 16)),
    ("two to three weeks", MON, D(2026, 11, 23)),
    ("in 3 or 4 days", MON, D(2026, 11, 6)),
    ("a couple of weeks", MON, D(2026, 11, 16)),
    ("in thirteen days", MON, D(2026, 11, 15)),
    ("EOW", MON, D(2026, 11, 6)),
    ("by EOW", FRI, D(2026, 11, 13)),
    ("by end of the week", THU, D(2026, 11, 6)),
    ("by the end of next week", MON, D(2026, 11, 13)),
    ("EOM", THU, D(2026, 11, 30)),
    ("by end of month", THU, D(2026, 11, 30)),
    # and as they were found unread in real trackers
    ("couple weeks", MON, D(2026, 11, 16)),
    ("a couple weeks", MON, D(2026, 11, 16)),
    ("couple of weeks", THU, D(2026, 11, 19)),
    ("2 wks", MON, D(2026, 11, 16)),
    ("within 1 wk", MON, D(2026, 11, 9)),
    ("in a week or two", MON, D(2026, 11, 16)),
    ("2 or 3 weeks", MON, D(2026, 11, 23)),
    ("within 48 hours", THU, D(2026, 11, 7)),
    ("within 24 hrs", FRI, SAT),
    ("within 36 hours", MON, D(2026, 11, 4)),  # the day 36 hours reach into: Wednesday
    ("by EOD Friday", MON, D(2026, 11, 6)),
    ("end of day Friday", THU, D(2026, 11, 6)),
    ("by COB on Monday", THU, D(2026, 11, 9)),
    # British and Australian wordings, read as the phrases they say (outside test ot63 F4: each
    # was "not a date or a timeline phrase" and the row took the default 5 bd).
    ("Weds", THU, D(2026, 11, 11)),
    ("by Weds", MON, D(2026, 11, 4)),
    ("by close of business Friday", THU, D(2026, 11, 6)),
    ("by end of play Friday", MON, D(2026, 11, 6)),
    ("close of play Monday", THU, D(2026, 11, 9)),
    ("in a fortnight", THU, D(2026, 11, 19)),
    ("within a fortnight", MON, D(2026, 11, 16)),
    ("in a fortnight's time", MON, D(2026, 11, 16)),
    ("in 3 weeks' time", MON, D(2026, 11, 23)),
    ("in a week's time", THU, D(2026, 11, 12)),
    ("in two weeks time", SAT, D(2026, 11, 21)),
    # "Early next week": its Wednesday, the latest day "early" allows, as "early January" is
    # the 10th.
    *[
        (phrase, i, D(2026, 11, 11))
        for phrase in ("early next week", "start of next week", "by early next week")
        for i in (MON, THU, FRI, SAT, SUN)
    ],
    ("early next week", D(2026, 12, 31), D(2027, 1, 6)),
    # A part of a named month, read as the latest day it allows (early: the 10th, mid: the
    # 20th, late/end: the last day, the Nth week: day 7N), in the month nearest the
    # interview's (up to six months on): at a December interview, January is next year's
    # (stop 38); one already over is before the interview, a row problem (test_normalise).
    ("early January", D(2026, 12, 18), D(2027, 1, 10)),
    ("Early Jan.", D(2026, 12, 31), D(2027, 1, 10)),
    ("beginning of January", D(2026, 12, 18), D(2027, 1, 10)),
    ("mid-January", D(2026, 12, 18), D(2027, 1, 20)),
    ("by mid Jan", D(2026, 12, 18), D(2027, 1, 20)),
    ("middle of January", MON, D(2027, 1, 20)),
    ("end of January", D(2026, 12, 18), D(2027, 1, 31)),
    ("by the end of January", D(2027, 1, 4), D(2027, 1, 31)),
    ("late Feb", D(2026, 12, 18), D(2027, 2, 28)),
    ("late Feb", D(2027, 12, 18), D(2028, 2, 29)),
    ("first week of March", D(2026, 12, 18), D(2027, 3, 7)),
    ("second week of December", MON, D(2026, 12, 14)),
    ("last week of November", MON, D(2026, 11, 30)),
    ("late November", MON, D(2026, 11, 30)),  # the interview's own month
    ("mid-November", THU, D(2026, 11, 20)),
    ("early December 2027", MON, D(2027, 12, 10)),  # a year written is that year
    ("late June", D(2026, 12, 18), D(2027, 6, 30)),  # six months on
    ("late July", D(2026, 12, 18), D(2026, 7, 31)),  # seven on: the July before
    ("early January", D(2027, 1, 20), D(2027, 1, 10)),  # over
    ("end of Jan, 2027", MON, D(2027, 1, 31)),
    # "after the holidays" at a November or December interview: early January
    *[
        (phrase, i, D(2027, 1, 10))
        # "after New Year's Day" too: one meaning whatever the wording (ot68 F2).
        for phrase in (
            "after the holidays",
            "After holidays",
            "after New Year's",
            "after New Year",
            "after New Year's Day",
            "after New Year’s Day",
            # The break by its other names (fx110): not the first working day of January.
            "after the new year break",
            "after the New Year holidays",
            "after New Year's break",
            "after the holiday break",
            "after winter break",
            "after the winter holidays",
            "after the Christmas break",
            "after the festive break",
            "after the festive season",
        )
        for i in (MON, D(2026, 12, 18), D(2026, 12, 31))
    ],
    # The new year, at a November or December interview: early January (its 7th for the
    # first week). Outside test ot54, finding 1.
    *[
        (phrase, i, e)
        for phrase, e in (
            ("in the new year", D(2027, 1, 10)),
            ("early next year", D(2027, 1, 10)),
            ("beginning of next year", D(2027, 1, 10)),
            ("first week of the new year", D(2027, 1, 7)),
            ("1st week of next year", D(2027, 1, 7)),
        )
        for i in (MON, D(2026, 12, 18))
    ],
    # A deadline word before a phrase or a day of the month: the day it names. The day of
    # the month is the first such after the interview (Thu 11-05: "the 5th" is December's).
    ("before Friday", THU, D(2026, 11, 6)),
    ("no later than next week", THU, D(2026, 11, 13)),
    ("by the 8th", THU, D(2026, 11, 8)),
    # A weekday before the day of the month (fx93): the first such day after the interview,
    # when it is that weekday (Wed 2026-11-11, Tue 11-10, Thu 11-12; Sun 2027-01-03).
    *[
        (text, THU, expected)
        for texts, expected in (
            (
                "Weds 11th; Wed 11th; Wednesday 11th; Wednesday the 11th; by Weds 11th",
                D(2026, 11, 11),
            ),
            ("Tues 10th; Tue. 10th; Tue 10th; on Tues, 10th", D(2026, 11, 10)),
            ("Thurs 12th; Thu 12th; Thursday 12th", D(2026, 11, 12)),
        )
        for text in texts.split("; ")
    ],
    ("Sun 3rd", D(2026, 12, 31), D(2027, 1, 3)),
    ("by the 5th", THU, D(2026, 12, 5)),
    ("by the 31st", D(2026, 11, 2), D(2026, 12, 31)),  # November has no 31st
    ("before 3rd", THU, D(2026, 12, 3)),
    ("we'll decide by the 15th", THU, D(2026, 11, 15)),
    ("decision by end of month", THU, D(2026, 11, 30)),
    ("Friday at the latest", THU, D(2026, 11, 6)),
    # French, Spanish, Portuguese, Italian, Dutch and German (outside test ot56, finding 7),
    # interview Thu 2026-11-05: Friday 11-06, next week's Friday 11-13, two weeks 11-19,
    # the month's end 11-30, tomorrow 11-06.
    *[
        (phrase, THU, D(2026, 11, 6))
        for phrase in (
            "vendredi",
            "viernes",
            "sexta-feira",
            "sexta",
            "venerdì",
            "vrijdag",
            "Freitag",
            "vendredi prochain",
            "el próximo viernes",
            "d'ici vendredi",
            "hasta el viernes",
            "até sexta-feira",
            "entro venerdì",
            "voor vrijdag",
            "bis Freitag",
            # "Revert" is "reply" in Indian and West African English (ot75 F8: not read).
            "revert by Friday",
            "will revert by Friday",
            "We will revert to you by Friday",
            # Who answers named by role, read as "they" (ot75 F8: not read).
            "HR will get back by Friday",
            "the hiring manager will decide by Friday",
            "The recruiter should revert by Friday",
            "demain",
            "mañana",
            "amanhã",
            "domani",
            "morgen",
            "cette semaine",
            "esta semana",
            "questa settimana",
            "deze week",
            "diese Woche",
        )
    ],
    *[
        (phrase, THU, D(2026, 11, 13))
        for phrase in (
            "semaine prochaine",
            "la semaine prochaine",
            "la próxima semana",
            "la semana que viene",
            "semana que vem",
            "na próxima semana",
            "settimana prossima",
            "la prossima settimana",
            "volgende week",
            "nächste Woche",
            "fin de la semaine prochaine",
            "d'ici la semaine prochaine",
            "entro la prossima settimana",
        )
    ],
    *[
        (phrase, THU, D(2026, 11, 19))
        for phrase in (
            "dans 2 semaines",
            "d'ici deux semaines",
            "en 2 semanas",
            "dentro de 2 semanas",
            "em 2 semanas",
            "daqui a duas semanas",
            "tra 2 settimane",
            "fra due settimane",
            "over 2 weken",
            "binnen 2 weken",
            "in 2 Wochen",
            "1-2 semaines",
            "dans 14 jours",
            "em 14 dias",
            # After a few words of who answers, in a short sentence (ot69 F11).
            "they'll get back in 2 weeks",
            "revert in 2 weeks",
            "will revert in 2 weeks",
            "they will revert back in 2 weeks",
            "feedback in 2 weeks",
            "feedback em 2 semanas",
            "nos dan respuesta en 2 semanas",
            "Recruiter will get back in 2 weeks",
            "the HR team will revert in 2 weeks",
        )
    ],
    *[
        (phrase, THU, D(2026, 11, 13))
        for phrase in (
            "we will hear next week",
            "will revert next week",
            "nos dan respuesta la próxima semana",
            "retorno na próxima semana",
            "Rückmeldung nächste Woche",
            "réponse la semaine prochaine",
            "risposta la prossima settimana",
            "they'll let us know by end of next week",
            "HR will revert next week",
            "the company will get back to us next week",
            "Panel to revert next week",
        )
    ],
    *[
        (phrase, THU, D(2026, 11, 30))
        for phrase in (
            "fin du mois",
            "d'ici la fin du mois",
            "réponse d'ici la fin du mois",
            "fin de mes",
            "a finales de mes",
            "fim do mês",
            "até o fim do mês",
            "fine mese",
            "entro fine mese",
            "eind van de maand",
            "Ende des Monats",
            "bis Monatsende",
        )
    ],
    # ... and their month parts, read as the English ones (early: the 10th, mid: the 20th,
    # end: the last day, in the month nearest the interview's), their "after the holidays"
    # (early January at a November or December interview) and the end of next month.
    *[
        (phrase, i, e)
        for phrases, e in (
            (
                "Anfang Januar; début janvier; début de janvier; principios de enero;"
                " a principios de enero; início de janeiro; no início de janeiro;"
                " inizio gennaio; all'inizio di gennaio; ai primi di gennaio; begin januari",
                D(2027, 1, 10),
            ),
            (
                "Mitte Januar; mi-janvier; à la mi-janvier; mediados de enero;"
                " a mediados de enero; meados de janeiro; em meados de janeiro; metà gennaio;"
                " a metà gennaio; half januari; medio januari",
                D(2027, 1, 20),
            ),
            (
                "Ende Januar; Ende Jan.; fin janvier; fin de janvier; fin janv.; finales de enero;"
                " a finales de enero; final de enero; final de janeiro; fim de janeiro;"
                " no final de janeiro; fine gennaio; a fine gennaio; eind januari;"
                " einde januari; end of next month; fin du mois prochain;"
                " finales del mes que viene; fim do próximo mês; fine del mese prossimo;"
                " eind volgende maand; Ende nächsten Monats; bis Ende Januar;"
                " d'ici fin janvier; hasta finales de enero; até o final de janeiro;"
                " entro fine gennaio; voor eind januari; bis Ende nächsten Monats",
                D(2027, 1, 31),
            ),
            (
                "nach den Feiertagen; nach Neujahr; nach Weihnachten; après les fêtes;"
                " après Noël; après le nouvel an; después de las fiestas; después de Navidad;"
                " después de Año Nuevo; depois das festas; após as festas; depois do Natal;"
                " dopo le feste; dopo Natale; dopo Capodanno; na de feestdagen; na kerst;"
                " na nieuwjaar; po świętach; po Nowym Roku; po Vánocích; po svátcích;"
                " po sviatkoch; ünnepek után; după sărbători; după Anul Nou;"
                " после праздников; после Нового года; після свят; μετά τις γιορτές;"
                " μετά την Πρωτοχρονιά; yılbaşından sonra; yilbasindan sonra",
                D(2027, 1, 10),
            ),
        )
        for phrase in phrases.split("; ")
        for i in (D(2026, 12, 18), D(2026, 12, 31))
    ],
    *[
        (phrase, i, D(2027, 1, 10))
        for phrase in ("nach den Feiertagen", "après les fêtes", "dopo le feste", "na kerst")
        for i in (MON, D(2026, 11, 30))
    ],
    # The new year in the other languages, read as "in the new year" (early January, the
    # 10th) and "first week of the new year" (the 7th), at a November or December interview;
    # the first week of January as "first week of January" (outside test ot61, finding 3).
    *[
        (phrase, i, e)
        for phrases, e in (
            (
                "im neuen Jahr; Anfang nächsten Jahres; Anfang naechsten Jahres;"
                " Anfang des neuen Jahres; zu Jahresbeginn; nach Neujahr;"
                " au début de l'année prochaine; au début de l’année prochaine;"
                " en début d'année prochaine; dans la nouvelle année; en el año nuevo;"
                " a principios del próximo año; a principios del año que viene; no ano novo;"
                " no início do próximo ano; nel nuovo anno; all'inizio del prossimo anno;"
                " in het nieuwe jaar; begin volgend jaar; efter nyår; i det nya året;"
                " i början av nästa år",
                D(2027, 1, 10),
            ),
            (
                "erste Januarwoche; in der ersten Januarwoche; erste Woche im Januar;"
                " in der ersten Woche des neuen Jahres; la première semaine de janvier;"
                " la primera semana de enero; na primeira semana de janeiro;"
                " nella prima settimana di gennaio; in de eerste week van januari;"
                " första veckan i januari",
                D(2027, 1, 7),
            ),
        )
        for phrase in phrases.split("; ")
        for i in (D(2026, 11, 20), D(2026, 12, 18))
    ],
    # A calendar week (ISO: Monday to Sunday, week 1 holds the year's first Thursday) is read
    # as its Friday, in the year nearest the interview (up to 26 weeks on); a year written is
    # that year. Interview Fri 2026-11-20: week 50 is Dec 7-13, week 2 of 2027 Jan 11-17; 2026
    # has a week 53 (Dec 28 - Jan 3).
    *[
        (phrase, D(2026, 11, 20), e)
        for phrases, e in (
            (
                "KW 50; KW50; bis KW 50; in der KW 50; Kalenderwoche 50; week 50; in week 50;"
                " calendar week 50; wk 50; semaine 50; S50; d'ici la semaine 50; semana 50;"
                " hasta la semana 50; settimana 50; entro la settimana 50; voor week 50;"
                " vecka 50; v. 50; v 50; senast vecka 50; KW 50/26; KW 50/2026",
                D(2026, 12, 11),
            ),
            ("KW 2; KW 02; semaine 2; semana 2; week 2; vecka 2", D(2027, 1, 15)),
            ("KW 53; week 53", D(2027, 1, 1)),
            ("KW 50/27; KW 50 2027; week 50, 2027", D(2027, 12, 17)),
        )
        for phrase in phrases.split("; ")
    ],
    ("KW 50", D(2026, 12, 18), D(2026, 12, 11)),  # over: a row problem
    ("KW 26", D(2026, 12, 28), D(2027, 7, 2)),  # 26 weeks on
    ("KW 27", D(2026, 12, 28), D(2026, 7, 3)),  # 27: the one before
    ("KW 1", D(2026, 12, 31), D(2027, 1, 8)),
    ("Mitte Januar", MON, D(2027, 1, 20)),  # two months on
    ("fin novembre", THU, D(2026, 11, 30)),  # the interview's own month
    ("Anfang Dezember", THU, D(2026, 12, 10)),
    ("fin du mois prochain", THU, D(2026, 12, 31)),
    ("end of next month", D(2027, 1, 20), D(2027, 2, 28)),
    ("fin février", D(2027, 12, 18), D(2028, 2, 29)),  # a leap year
    ("finales de febrero", D(2026, 12, 18), D(2027, 2, 28)),
    ("début janvier", D(2027, 1, 20), D(2027, 1, 10)),  # over: a row problem
    ("fin janvier 2028", MON, D(2028, 1, 31)),  # a year written is that year
    ("finales de enero de 2028", MON, D(2028, 1, 31)),
    ("Anfang Juni", D(2026, 12, 18), D(2027, 6, 10)),  # six months on
    ("Ende Juli", D(2026, 12, 18), D(2026, 7, 31)),  # seven: the July before
    ("d'ici le 15", THU, D(2026, 11, 15)),
    ("hasta el 15", THU, D(2026, 11, 15)),
    ("entro il 3", THU, D(2026, 12, 3)),
    ("bis zum 15.", THU, D(2026, 11, 15)),
    # case, spaces and punctuation
    ("  NEXT FRIDAY!! ", MON, D(2026, 11, 6)),
    ("(End of the Month.)", THU, D(2026, 11, 30)),
    ('"by  wed"', FRI, D(2026, 11, 11)),
]


@pytest.mark.parametrize(("text", "interview", "expected"), TIMELINE_TABLE)
def test_parse_timeline(text: str, interview: dt.date, expected: dt.date) -> None:
    assert parse_timeline(text, interview) == Resolved(date=expected)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("within 5 business days", 5),
        ("Within three business days.", 3),
        ("within 1 business day", 1),
        ("within 10 working days", 10),
        ("within 4 bd", 4),
        ("2-3 business days", 3),
        ("within 3 to 5 working days", 5),
        ("dans 5 jours ouvrés", 5),
        ("en 3 días hábiles", 3),
        ("em 5 dias úteis", 5),
        ("entro 5 giorni lavorativi", 5),
        ("binnen 5 werkdagen", 5),
        ("innerhalb von 3 Werktagen", 3),
    ],
)
def test_within_business_days_is_left_to_the_rules(text: str, n: int) -> None:
    assert parse_timeline(text, THU) == Resolved(within_bd=n)


@pytest.mark.parametrize(
    "text",
    [
        "soon",
        "asap",
        "in 0 days",
        "in 2 months",
        "1-2 months",
        "a few days",
        "next",
        "by",
        "last friday",
        "fridays",
        "next next week",
        "下下周",  # the week after next
        "来週末",  # next weekend: a Saturday or a Sunday, no day to count from
        "weeks",
        "",
        # Not read: "today" would put the 1st check-in on the thank-you's day; "a week or
        # so" and "Friday 11/6" say two things.
        "today",
        "end of day",
        "eod",
        "a week or so",
        "by Friday 11/6",
        "within 0 hours",
        "couple",
        # a month part of no month, or of a month not named
        "mid-foo",
        "early next month",
        "early",
        "end of the quarter",
        "early January soon",
        "mid-Jan 26",
        "early January 9999",
        # A deadline names a day, not a time or a duration: "by 5" is five o'clock, "vor 2
        # Wochen" two weeks ago.
        "by 5",
        "by 2 weeks",
        "before in 2 weeks",
        "vor 2 Wochen",
        "by the 32nd",
        "by the 0th",
        "by",
        # The weekend ("fin de semana", "fim de semana", "fine settimana"): no day to count from.
        "fin de semana",
        "fim de semana",
        "fine settimana",
        # Nor the start or the middle of a week, nor the month of no month or of a month not
        # named ("early next month" is not read in English either), nor holidays that may be
        # the summer's ("Ferien", "vacanze", "vacaciones" alone).
        "début de semaine",
        "Mitte der Woche",
        "fin de la semana que viene",
        "Anfang nächsten Monats",
        "début du mois prochain",
        "fin du trimestre",
        "Ende Foo",
        "mi-2027",
        "fine 2027",
        "nach den Ferien",
        "dopo le vacanze",
        "después de las vacaciones",
        "na de vakantie",
        # Every other week, not a fortnight from now.
        "fortnightly",
        # Which break? Thanksgiving's, in November.
        "after the break",
        # Next year, or the year, with no part of it; no calendar week 0 or 54.
        "nächstes Jahr",
        "l'année prochaine",
        "Anfang des Jahres",
        # A year-end meeting or party, New Year's Eve with no deadline word: no deadline.
        "year end review",
        "year-end party",
        "New Year's Eve",
        "NYE",
        "KW 0",
        "KW 54",
        "week",
        "KW",
        # A weekday the day is not (Wed 2026-11-11), a day without its ordinal (five o'clock?),
        # a word that is no weekday.
        "Thurs 11th",
        "Weds 11",
        "Foo 11th",
        "Weds 32nd",
        # A sentence with other words than who answers says something else.
        "not before next week",
        "2nd round next week",
        "they said soon",
        "revert",
        "will revert soon",
        "call me next week maybe",
        # A role before no word of who answers names a meeting, or says something else.
        "Panel next week",
        "HR interview next week",
        "HR said not before next week",
        "the hiring manager will not decide before next week",
        # Abbreviations of weekdays that are other words: "mar" is March, "sex" and "do" words.
        "mar",
        "sex",
        "do",
    ],
)
def test_other_text_is_not_a_timeline(text: str) -> None:
    assert parse_timeline(text, THU) is None


# "After the holidays" names holidays the tool knows only at a November or December interview:
# in July it may be the summer's, in March Easter.
@pytest.mark.parametrize(
    "interview", [D(2026, 1, 5), D(2026, 3, 20), D(2026, 7, 10), D(2026, 10, 30)]
)
@pytest.mark.parametrize(
    "phrase",
    [
        "after the holidays",
        "après les fêtes",
        "nach Neujahr",
        "dopo le feste",
        "in the new year",
        "im neuen Jahr",
        "Anfang nächsten Jahres",
        "begin volgend jaar",
        # Said in spring, Polish and Russian "the holidays" are Easter's or May's.
        "po świętach",
        "после праздников",
    ],
)
def test_after_the_holidays_out_of_season_is_not_placed(phrase: str, interview: dt.date) -> None:
    assert parse_timeline(phrase, interview) is None


def test_resolve_timelines_leaves_rows_without_interview_empty() -> None:
    interview = pd.Series(
        [pd.Timestamp("2026-11-05"), pd.NaT, pd.Timestamp("2026-11-05")], dtype="datetime64[ns]"
    )
    resolved, within = timelines.resolve_timelines(
        pd.Series([timelines.WEEKDAY, timelines.WEEKDAY, timelines.BUSINESS_DAYS], dtype=object),
        pd.Series([4, 4, 5]),
        interview,
    )
    assert resolved.tolist()[0] == pd.Timestamp("2026-11-06")
    assert resolved.isna().tolist() == [False, True, True]
    assert within.tolist() == [pd.NA, pd.NA, 5]


@given(text=st.text(max_size=40), interview=st.dates(D(1700, 1, 1), D(2200, 12, 1)))
def test_parse_timeline_never_raises(text: str, interview: dt.date) -> None:
    resolved = parse_timeline(text, interview)
    timeline = timelines.match_timeline(text)
    # A month part or a week already over ("early December" on December 18, "KW 50" then) is
    # before the interview: normalising reports it as a row problem.
    over = timeline is not None and timeline.kind in (timelines.MONTH_PART, timelines.ISO_WEEK)
    if resolved is not None and resolved.date is not None and not over:
        assert resolved.date >= interview
