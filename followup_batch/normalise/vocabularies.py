"""The words a tracker's cells may hold, what each means (DESIGN section 2), and how a cell is
matched against them.

Value vocabularies: ``header_key(user value)`` -> canonical value. A cell that is not a word of
its vocabulary is matched word by word (``match_vocabulary``); what still matches nothing is a
row problem (reported, never guessed). Free of pandas: the rule table checks its keys against
these words when the config loads.

This module owns the stage and outcome words (``OUTCOMES``), the yes/no and sent marks, the
placeholders of date columns, the ``VOCABULARIES`` a field is read by and the matching; the
interview-type and seniority words are in ``interview_types`` and ``seniority``.

How an outcome cell is read (``match_vocabulary``; a trail "A -> B" at its last step), in this
order:

1. ``OUTCOME_REWRITES``: phrases whose words would be misread are said again in words the
   table reads right, on the cell as typed ("Offer on hold" -> "on hold", "Accepted the
   invite" -> "interview", "Chances of an offer" -> "offer maybe", a name such as "Offer Up"
   -> nothing, "Gespräch abgesagt" -> nothing: by whom?). A rewrite is narrow: it names its
   object and, where it matters, a clause's start or end, so that its near cases ("Offer
   accepted", "Offer after final interview", "Offer up to 120k") keep their reading.
2. The whole cell against ``OUTCOMES`` and ``OUTCOMES_ALONE``; then ``OUTCOME_SENTENCES``
   (the employer's "moved forward with another candidate", "Offer not accepted").
3. The words, clause by clause (a comma, colon, dash, bracket, arrow ends one), longest
   phrase of up to ``LONGEST_PHRASE_WORDS`` first: a negation cancels the next match in its
   clause (and, "not" after a stage, the one before), a contrary word the whole clause, a
   waiting word turns an offer into one awaited; several values settle by precedence.

Why phrases and not a clause grammar (negation, subject, verb, object, hedges per clause;
weighed by fx213): the table holds some 860 keys in over 20 languages, 47 rewrites, 11 sentences
and 40 contrary words, checked by some 3,000 table cases; each reading there was settled
case by case against its near misses (names, other languages' words, other meanings). A
grammar would have to re-derive all of them, where most of the cells are one to three words
that a grammar reads no better than a table; the misreadings left are of a few longer shapes
(an "Offer:" field, an object after "accepted", a state after "offer") that a rewrite names
exactly.
"""

from __future__ import annotations

import difflib
import numbers
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from followup_batch.normalise.interview_types import INTERVIEW_TYPE_VALUES, INTERVIEW_TYPES
from followup_batch.normalise.seniority import SENIORITY, SENIORITY_VALUES
from followup_batch.read.header_keys import header_key

# Dutch and German for a follow-up made, by phone, by mail or by asking ("nagebeld",
# "nachgefragt"), as "Nachgefasst" (FOLLOWED_UP): the application check-in went out (fx251:
# "Nagebeld, nog niets gehoord" needed info, "Nachgefragt, noch nichts gehört" asked for the
# check-in again).
_FOLLOWED_UP_AGAIN = ("nagebeld", "nagevraagd", "nagemaild", "nachgefragt", "nachtelefoniert")
_NOTHING_HEARD_DUTCH = (
    *("nietsgehoord", "nognietsgehoord", "niksgehoord", "nogniksgehoord"),
    *("geennieuws", "noggeennieuws"),
)


# A row opened again, an application made again, or the employer back in touch (ot108 F3:
# "Rejected, then re-opened", "Withdrew, then re-applied" stayed closed): open, the follow-ups
# go on. In Spanish, French, Dutch and German too, and called back or invited after all (ot111
# F4: "Rechazado, pero reabierto", "Refusé, puis rappelé pour un autre poste", "Afgewezen,
# later toch uitgenodigd" stayed closed). Also read in a clause of their own after one that
# closed the row (``_reopened``).
_OPENED_AGAIN = (
    *("reopened", "reopen", "rolereopened", "positionreopened", "reapplied", "calledback"),
    *("calledmeback", "reabierto", "reabierta", "reabrieron", "llamaronotravez"),
    *("llamarondenuevo", "volvieronallamar", "rouvert", "rouverte", "reouvert", "reouverte"),
    *("rappele", "rappelee", "recontacte", "recontactee", "heropend", "opnieuwgeopend"),
    *("weeropen", "wiedergeoffnet", "wiedereroffnet", "erneutgeoffnet"),
)
# The outcome column is also the stage column of application logs (Status, Stage): where the
# application stands, from a saved posting to an offer.
OUTCOMES: dict[str, str] = {
    **{
        k: "not applied"
        for k in (
            "notapplied",
            # German "not (yet) applied": "nicht" negates the word after it (ot104 F7).
            *("nichtbeworben", "nochnichtbeworben"),
            "didnotapply",
            "didntapply",
            # ... and "not yet" before the word, "haven't" (ot145: "Not yet applied, waiting"
            # was applied, its "not" cancelling the word and "waiting" left).
            *("notyetapplied", "haventapplied", "haventappliedyet", "havenotapplied"),
            "havenotappliedyet",
            # A job bot's log of postings it did not apply to: no one-click application
            # ("sem_easy_apply", Portuguese "without"; "no_easy_apply"), one left to apply to by
            # hand ("manual_required"). ot145: each needed info.
            *("semeasyapply", "noeasyapply", "noteasyapply", "manualrequired"),
            *("manualapplyrequired", "manualapplicationrequired"),
            "wishlist",
            "saved",
            "bookmarked",
            "bookmark",
            "toapply",
            "applying",
            "readytoapply",
            "ready",
            "tailored",
            "notstarted",
            "draft",
            "interested",
            "researching",
        )
    },
    **{
        k: "applied"
        for k in (
            "applied",
            "submitted",
            "applicationsent",
            "applicationsubmitted",
            "easyapply",  # LinkedIn's one-click application
            "sent",
            # Reached out, through someone or directly: an application by another road.
            "reachedout",
            "contacted",
            "referral",
            "referred",
            "pending",
            "inreview",
            "underreview",
            "underconsideration",
            "ongoing",
            # Words that only say the row is still open: the default stage.
            "open",
            "active",
            "waiting",
            "awaiting",
            # No answer yet is no outcome: still waiting, when the application check-in is
            # meant to go out (a row silent for weeks moves on by itself: see DESIGN §3.6).
            "noresponse",
            "noresponseyet",
            "noreply",
            "noreplyyet",
            "noanswer",
            "noansweryet",
            "awaitingresponse",
            "awaitingreply",
            "nothingyet",
            # No news, no decision yet, and Indonesian "no news yet": still waiting (ot97 F10:
            # each needed info).
            *("nonews", "nonewsyet", "nodecisionyet", "nowordyet", "belumadakabar"),
            *("belumadabalasan", "belumadajawaban", "belumadainfo"),
            # No interview yet: still at the applied stage, as "No response yet" is; French "Pas
            # encore d'entretien" is read as it (fx213: it was interviewing). "Not interviewed
            # yet", "Not yet interviewed", "Haven't interviewed yet" and German and Dutch "Noch
            # kein Gespräch", "Nog geen gesprek" say the same (fx225: they needed info while "No
            # interview yet" was applied). "No interview", "Not interviewed" and "Pas
            # d'entretien" alone need info: none yet, or none given? (``_NO_INTERVIEW_WHICH``).
            *("nointerviewyet", "nointerviewsyet", "notinterviewedyet", "notyetinterviewed"),
            *("haventinterviewedyet", "havenotinterviewedyet", "notbeeninterviewedyet"),
            *("haventbeeninterviewedyet", "notyetbeeninterviewed", "nointerviewsofar"),
            *("nochkeingesprach", "nochkeininterview", "nochkeinvorstellungsgesprach"),
            *("nochkeineinladung", "bishernochkeingesprach", "noggeengesprek"),
            *("noggeeninterview", "noggeensollicitatiegesprek", "noggeenuitnodiging"),
            # ... and Indonesian and Malay "Belum interview", "Belum ada interview" (not Vietnamese
            # "Chưa interview": without its accents "Chua" is a family name).
            *("beluminterview", "belumadainterview", "belumdiinterview"),
            # After an interview the answer awaited is "feedback" (ot75 F8: Needs info).
            "nofeedback",
            "nofeedbackyet",
            # "No comment (from HR)", as "Declined to comment" (ot100 F5: it needed info).
            "nocomment",
            "nocomments",
            # ... in French, Spanish, Portuguese, Italian and Dutch.
            *("pasdereponse", "sansreponse", "aucunereponse", "sinrespuesta", "semresposta"),
            *("semretorno", "nessunarisposta", "geenreactie", "geenantwoord"),
            # French "no news", "no reply back" (ot59 F4).
            *("pasderetour", "sansretour", "aucunretour", "sansnouvelles", "pasdenouvelles"),
            # LinkedIn's "Applied jobs" list: the employer opened it, no answer yet.
            "applicationviewed",
            "viewed",
            "resumedownloaded",
            "resumeviewed",
            "cvdownloaded",
            "cvviewed",
            # The application check-in is sent (FOLLOWED_UP): still at the applied stage.
            "followupsent",
            "followedup",
            "followupdone",
            "checkedin",
            "sentfollowup",
            "followupemailsent",
            *("nachgefasst", "sollecitato", "sollecitata", "relance", "relancee"),
            *_FOLLOWED_UP_AGAIN,
            # German, French, Spanish and Portuguese, Dutch, Italian: applied, sent; German
            # "laufend" and Dutch "lopend" are "ongoing", German "offen" is "open".
            "beworben",
            "laufend",
            "offen",
            "candidatureenvoyee",
            "candidaturaenviada",
            "enviada",
            "postulado",
            "postulada",
            "gesolliciteerd",
            "lopend",
            "candidaturainviata",
            # Polish (wysłano: sent; brak odpowiedzi: no answer) and Swedish (sökt, ansökt:
            # applied; inget svar: no answer; väntar: waiting), as keys write them.
            *("wyslano", "wyslane", "aplikowano", "zaaplikowano", "zlozono", "brakodpowiedzi"),
            *("oczekuje", "czekam", "sokt", "ansokt", "ansokanskickad", "skickad", "skickat"),
            *("ingetsvar", "vantar", "vantarpasvar", "ingetbesked", "bezodpowiedzi"),
            # Waiting (for an answer), an answer outstanding, in German, French, Dutch and
            # Italian (``OPEN_ONLY_WORDS``).
            *("warte", "warten", "wartend", "warteaufruckmeldung", "wartenaufruckmeldung"),
            *("warteaufantwort", "wartenaufantwort", "ruckmeldungausstehend", "ausstehend"),
            *("antwortausstehend", "enattentedereponse", "enattentederetour", "inafwachting"),
            *_OPENED_AGAIN,
            # ... and said with the verb: "Rückmeldung steht (noch) aus" (ot104 F7: Needs info).
            *("ruckmeldungstehtaus", "ruckmeldungstehtnochaus", "antwortstehtaus"),
            "antwortstehtnochaus",
            *("inafwachtingvanreactie", "wachtopreactie", "wachtopantwoord", "inattesa"),
            *("inattesadirisposta", "inattesadiriscontro", "inattesadiesito"),
            # German "no answer (yet)", "heard nothing (yet)", as "No response" is.
            *("keineruckmeldung", "nochkeineruckmeldung", "keineantwort", "nochkeineantwort"),
            *("nichtsgehort", "nochnichtsgehort"),
            # ... and Dutch "heard nothing (yet)", "no news (yet)" (fx251: they needed info).
            *_NOTHING_HEARD_DUTCH,
            # German job boards' (StepStone, XING) and trackers' "receipt confirmed", "being
            # processed", "seen" (outside test ot61 F2: each row was Needs info).
            *("eingangsbestatigung", "eingangsbestatigungerhalten", "inbearbeitung", "gesehen"),
            # Portuguese and Spanish "awaiting (a reply, feedback)", "waiting", "no news" and
            # "under review", as their English words are (ot69 F9: each row was Needs info).
            *("aguardando", "aguardandoretorno", "aguardandoresposta", "aguardandofeedback"),
            *("esperando", "esperandoretorno", "esperandorespuesta", "enespera", "emespera"),
            *("sinnoticias", "semnoticias", "emanalise", "enanalisis", "emavaliacao"),
            *("enrevision", "emrevisao", "enevaluacion"),
            # Turkish "applied", "awaited", "(answer) awaited", "under review", "pending" (ot79
            # F5); a key keeps the dotless "ı", so it is also written here as typed without it.
            *("basvuruldu", "basvuruyapıldı", "basvuruyapildi", "basvurugonderildi"),
            *("bekleniyor", "yanıtbekleniyor", "yanitbekleniyor", "beklemede"),
            *("degerlendirmede", "degerlendiriliyor"),
            # ... and "sent", "receipt confirmed", "in process" (ot145 F3: a German job
            # hunt's Turkish log, "Gönderildi", "Alındı Teyidi (İşlemde)", needed info).
            *("gonderildi", "alındıteyidi", "alinditeyidi", "islemde", "işlemde"),
            # The application or the CV accepted is one received, as Indonesian "Lamaran
            # diterima" (ot101 F2: "Application accepted", "CV accepted" closed the row as the
            # job accepted); in French, Spanish and Portuguese too.
            *("applicationaccepted", "cvaccepted", "resumeaccepted", "candidacyaccepted"),
            *("applicationwasaccepted", "candidatureacceptee", "candidaturaaceptada"),
            *("solicitudaceptada", "candidaturaaceita", "inscricaoaceita"),
        )
    },
    **{
        k: "interviewing"
        for k in (
            "interview",
            "interviews",
            "interviewing",
            "interviewed",
            "interviewscheduled",
            # An offer OF an interview is an invitation to one, not the job offered: "Interview
            # offer" closed the row as an offer (found beside ot94). "Offer after interview"
            # stays the job's offer ("offer" is read first there).
            *("interviewoffer", "interviewoffers", "interviewoffered"),
            *("offertointerview", "offerofinterview", "offerofaninterview"),
            *("offeredinterview", "offeredaninterview"),  # not "Offered" alone (the job's)
            # The invitation itself: "Interview invitation not accepted" is one declined
            # (fx188's report: it was interviewing, as "Interview not accepted" was).
            *("interviewinvitation", "interviewinvite", "interviewrequest"),
            # ... and in Spanish, Portuguese, French, German, Italian and Dutch, whose "offer"
            # alone is the job's (ot95 F4: "Oferta de entrevista" closed the row as an offer);
            # "Oferta de trabajo", "Offre d'emploi" stay the job's. Dutch "job interview".
            *("ofertadeentrevista", "ofertaentrevista", "propostadeentrevista"),
            *("propostaentrevista", "offredentretien", "offreentretien"),
            *("angebotvorstellungsgesprach", "offertadicolloquio", "offertacolloquio"),
            *("aanbodsollicitatiegesprek", "sollicitatiegesprek"),
            "phonescreen",
            "screen",
            "screening",
            "onsite",
            "assessment",
            "technical",
            "inprogress",
            "scheduled",
            "finalround",
            # A round's common abbreviations, as the stage words they stand for (ot115 F7:
            # "Final 24th Nov", "final rd 11/24", "Hiring mgr 11/25 -> ?", "HM call 11/19 went
            # well" needed info): the final round, the hiring manager's interview.
            *("final", "finalrd", "hm", "hmcall", "hminterview", "hmround"),
            # Not "hiring manager" unabbreviated: "Moved forward with hiring manager" stays
            # asked (ot86 F1: a round passed, or the employer's "moved forward with" another?).
            *("hiringmgr", "hiringmgrcall"),
            # ... and the rounds named by their kind, as "onsite" and "technical" are: a panel
            # (one of the interview types), a behavioral round, a case study, a superday
            # (ot119 F3: "panel done, they said 2 weeks" needed info, its thank-you dropped).
            *("panel", "behavioral", "behavioural", "casestudy", "superday"),
            "round",  # "Second round", "Round 2"
            "takehome",
            "codingchallenge",
            "recruitercall",
            "oa",  # an online assessment
            # The tests of a selection process, an aptitude test's as an assessment's (ot75 F8:
            # "Aptitude test" was Needs info). Not "test" alone: a test row, or "Test".
            *("aptitude", "aptitudetest", "psychometric", "psychometrictest", "onlinetest"),
            *("writtentest", "codingtest", "skillstest"),
            "movingforward",
            "shortlisted",
            "advanced",
            # A stage passed, the next to come, as "second round" is: "successful at first
            # stage" (ot81 F4: each was Needs info). "Moved forward", "progressed", "stage 2"
            # are read as a whole cell only (``OUTCOMES_ALONE``), or where they say to what:
            # "moved forward to stage 2", "progressed to final round" (ot86 F1).
            *("firststage", "secondstage", "thirdstage", "nextstage", "finalstage"),
            *("1ststage", "2ndstage", "3rdstage", "stage1", "stage2", "stage3", "stage4"),
            *("stageone", "stagetwo", "stagethree", "movedforward", "progressed"),
            *("movedforwardto", "movingforwardto", "progressedto", "successfulatstage"),
            *("passedstage", "clearedstage", "invitedtostage"),
            "rescheduled",
            "rescheduling",  # as "rescheduled" (ot98 F1)
            "rebooked",  # as "rescheduled" (fx352: it was an unknown outcome)
            "referencecheck",
            "references",
            "backgroundcheck",
            # German ("Vorstellungsgespräch", "Einladung" to one), French, Spanish and
            # Portuguese, Dutch, Italian; "in progress" in French, Spanish, Portuguese and
            # Italian, read as the English "in progress" is.
            "vorstellungsgesprach",
            "gesprach",
            "einladung",
            # ... by its kind or its place in the process, as "Phone interview" and "Second
            # round" are ("Telefoninterview 24.11.", "Zweitgespräch 3.12.": fx300, each
            # needed info); in Dutch "Videogesprek", as "Gesprek" is.
            *("telefoninterview", "videointerview", "erstgesprach", "zweitgesprach"),
            *("drittgesprach", "videogesprek"),
            # A round, as "Round 2" is ("2. Runde", "Zur 2. Runde eingeladen", "Angenommen für 2.
            # Runde": fx225, they needed info).
            *("runde", "gesprachsrunde", "interviewrunde", "auswahlrunde"),
            # ... and in French, Spanish, Portuguese and Czech, with its ordinal ("2e tour",
            # "Segunda ronda", "2ª ronda", "2. kolo": ot107 F7, they needed info); "tour",
            # "ronda", "kolo" alone stay unread (a tour, a funding round, a wheel).
            *(f"{n}{s}tour" for n in range(1, 6) for s in ("e", "eme", "er", "")),
            *("premiertour", "secondtour", "deuxiemetour", "troisiemetour", "derniertour"),
            *(f"{n}{s}ronda" for n in range(1, 6) for s in ("a", "")),
            *("primeraronda", "segundaronda", "terceraronda", "rondafinal", "ultimaronda"),
            *(f"{n}{s}rodada" for n in range(1, 6) for s in ("a", "")),
            *("primeirarodada", "segundarodada", "terceirarodada", "rodadafinal"),
            *(f"{n}kolo" for n in range(1, 6)),
            *("prvnikolo", "druhekolo", "tretikolo", "finalnikolo", "poslednikolo"),
            "entretien",
            "entrevista",
            "gesprek",
            "colloquio",
            "encours",
            "enproceso",
            "emandamento",
            "incorso",
            # Portuguese "in process", "selection process" (the row is in one), Portuguese and
            # Spanish "technical test", as "in progress" and "technical" are (ot69 F9).
            *("emprocesso", "processoseletivo", "testetecnico", "pruebatecnica", "desafiotecnico"),
            *("rozmowa", "rozmowakwalifikacyjna", "wtrakcie", "zaproszenie"),  # Polish
            *("intervju", "kalladtillintervju", "pagar", "pagaende"),  # Swedish
            *("gorusme", "mulakat", "surecte", "devamediyor"),  # Turkish ("in process")
            # Waiting to hear, not an offer or a rejection yet.
            "awaitingoffer",
            "waitingforoffer",
            "noofferyet",
            # ... said the other way round, and an offer "pending": not yet made (fx182: each
            # closed the row as an offer).
            *("offernotyet", "offernotyetreceived", "offernotreceivedyet", "offerawaited"),
            *("offerpending", "pendingoffer", "waitingonoffer"),
            *("nochkeinezusage", "nochkeinangebot"),  # German "no offer yet"
            # An offer expected is one awaited, as "Awaiting offer" is: "Interview (offer
            # expected)" closed the row as an offer (fx188 F1).
            *("offerexpected", "expectingoffer", "expectinganoffer", "expectingtheoffer"),
            # ... and so is a rejection expected: none made yet (ot100 F3: "Rejection expected"
            # closed the row as rejected).
            *("rejectionexpected", "expectingrejection", "expectingarejection"),
            *("expectrejection", "expectarejection"),
            # An offer hoped for, likely, to be confirmed, to be talked over on a call, or
            # another employer's: none made here yet (ot97 F2: each closed the row as an
            # offer, "nothing more to send"). "Offer call done - offer made" is one (its
            # second clause).
            *("offerlikely", "likelyoffer", "offermaybe", "maybeoffer", "potentialoffer"),
            *("possibleoffer", "preoffer", "offersoon", "offertbc", "offertbd", "offertba"),
            *("offercall", "offerdiscussion", "offerdiscussions", "offertalk", "offerchat"),
            "offertalks",  # as "Offer talk" (fx225: it was an offer)
            *("offerfromcompetitor", "competingoffer", "competitoroffer", "offerelsewhere"),
            # An offer's odds in words, as in numbers ("Offer 50/50"): "Offer chances slim",
            # "Offer unlikely", "Chance of offer: high" (ot100 F2: they closed the row as an
            # offer).
            *("offerchance", "offerchances", "offerodds", "offerprobability", "offerunlikely"),
            *("unlikelyoffer", "offerimprobable", "chanceofoffer", "chancesofoffer"),
            *("chanceofanoffer", "chancesofanoffer", "oddsofoffer", "oddsofanoffer"),
            "notofferedyet",  # as "No offer yet" (ot97 F10: it needed info)
            # ... and no rejection yet, as "No rejection or offer yet" (ot108 F10: "No rejection
            # yet", "Not rejected yet", "Haven't been rejected" needed info).
            *("norejectionyet", "notrejectedyet", "notyetrejected", "stillnotrejected"),
            *("haventbeenrejected", "hasntbeenrejected", "notbeenrejectedyet", "norejectionsofar"),
            *("notghostedyet", "notyetghosted", "stillnorejection", "norejectionsyet"),
            # ... in Spanish, Portuguese, French and German: pending, expected, awaited, not
            # yet ("Angebot noch nicht erhalten", as "Offer not yet received").
            *("ofertapendiente", "ofertaesperada", "propostapendente", "propostaesperada"),
            *("offreattendue", "offreenattente", "angeboterwartet", "angebotausstehend"),
            # ... and to come, on its way, to follow in Spanish, French, Dutch and German, as
            # "Offer on the way" (ot111 F6: "Pendiente de oferta", "Offre à venir", "Aanbod in
            # aantocht", "Aanbod volgt" closed the row as an offer).
            *("pendientedeoferta", "offreavenir", "propositionavenir", "aanbodinaantocht"),
            *("aanbodvolgt", "aanbodkomt", "angebotfolgt", "angebotkommt"),
            "angebotnochnicht",
            "zusagenochnicht",  # as "Angebot noch nicht" (fx232: it was the offer)
            # The offer stage next, still to come ("Onsite; offer stage next": ot98 F2, it was
            # an offer).
            *("offernext", "offerstagenext", "offerroundnext", "offerisnext", "offerstepnext"),
            *("nextstageoffer", "nextstepoffer", "nextroundoffer"),
            # Another employer's offer, as "Competing offer" ("Haven't accepted another offer yet").
            "anotheroffer",
            # The offer letter pending, awaited, as "Awaiting offer letter" is (fx198: it
            # closed the row as an offer; "Offer letter pending signature" is made, below);
            # "no offer yet" as it is said in Spanish, Portuguese, German, Turkish, Indonesian
            # and Malay ("Todavía no hay oferta", "Angebot steht noch aus", "Henüz teklif yok",
            # "Belum ada tawaran": they needed info or closed the row as an offer).
            *("offerletterpending", "pendingofferletter", "notyetoffered"),
            *("angebotstehtnoch", "angebotstehtaus", "teklifhenuzyok"),
            *("belumadatawaran", "belumadaoffer", "belumdapattawaran", "belumdapatoffer"),
            # Turkish "no offer has come yet" (ot100 F1: it was an offer); "Teklif gelmedi"
            # alone is unread (``OUTCOME_CONTRARY``), as "Offer never came" is.
            *("henuzteklifgelmedi", "teklifhenuzgelmedi"),
            # An offer still to come in German, Spanish, Portuguese and Turkish: "being
            # prepared", "on hold, awaited", "awaited" (ot101 F1: "Angebot in Vorbereitung",
            # "Oferta en espera", "Teklif bekleniyor" closed the row as an offer; "En espera"
            # and "Bekleniyor" alone are applied).
            *("angebotinvorbereitung", "zusageinvorbereitung", "vertraginvorbereitung"),
            *("ofertaenespera", "propostaemespera", "ofertaemespera"),
            *("teklifbekleniyor", "teklifbekliyorum", "teklifbeklemede"),
            # An interview invitation accepted in French, Spanish, Portuguese, Dutch, German
            # and Italian, as "Invitation accepted" (ot101 F2: they needed info).
            *("invitationacceptee", "invitacionaceptada", "conviteaceito", "conviteaceite"),
            *("uitnodiginggeaccepteerd", "einladungangenommen", "invitoaccettato"),
            # Dutch invited after all, again (ot111 F4: "Afgewezen, later toch uitgenodigd voor
            # andere rol" stayed closed), as German "dann doch zum Gespräch eingeladen" is read.
            *("tochuitgenodigd", "alsnoguitgenodigd", "opnieuwuitgenodigd", "weeruitgenodigd"),
            # German: the interview confirmed, an appointment moved or to be set again (ot101
            # F3, F6: "Zusage Gesprächstermin" was an offer, "Termin abgesagt, neuer Termin
            # folgt" rejected); "Zusage" alone stays the job's.
            *("terminzusage", "gesprachszusage", "terminbestatigt", "terminverschoben"),
            *("gesprachverschoben", "neuertermin", "neuerterminfolgt"),
        )
    },
    **{
        k: "offer"
        for k in (
            "offer",
            "offerreceived",
            "negotiating",
            "negotiatingoffer",
            # German, French, Spanish and Portuguese, Dutch, Italian.
            "zusage",
            *("angebot", "jobangebot"),  # not "Stellenangebot": a job ad
            "offre",
            "oferta",
            "aanbod",
            "offerta",
            *("erbjudande", "jobberbjudande"),  # Swedish ("oferta" is Polish too)
            *("teklif", "isteklifi"),  # Turkish
            *("counteroffer", "counteroffered", "counterofferreceived"),  # ot98 F12
        )
    },
    # In the languages whose headers are read beyond Europe's. A "pass" (Korean "합격",
    # Japanese "合格", Chinese "通过") is said of every round ("서류 합격": through the CV
    # screen), so alone it is a stage passed; the final one ("최종 합격") is the offer. Japanese
    # "内定" is the offer, "お見送り" the polite rejection, "辞退" a withdrawal; Brazil's
    # "Aprovado" is approved by the process, an offer.
    **{
        k: "interviewing"
        for k in (
            "합격",
            "서류합격",
            "合格",
            "書類通過",
            "通过",
            "通過",
            "面试通过",
            "进行中",
            "選考中",
            # "In process" and "interview(ing)", the stage word of every open row in these
            # languages (outside test ot62 F5: each was Needs info), read as "in progress" and
            # "interview" are: Hebrew, Arabic, Chinese, Korean, Japanese (first, second, final
            # interview), Hindi.
            *("בתהליך", "ראיון", "مقابلة", "面试中", "面試中", "進行中", "진행중", "면접"),
            *("一次面接", "二次面接", "最終面接", "प्रक्रियामें", "इंटरव्यू", "साक्षात्कार"),
            # The bare "interview" of Chinese and Japanese, Arabic "in progress" (ot67 F4).
            *("面试", "面試", "面接", "قيدالتنفيذ"),
            # Chinese first, second, third and final rounds and the written test, the stage
            # words of Chinese campus-hiring logs (ot145 F2: each needed info).
            *("一面", "二面", "三面", "终面", "終面", "笔试", "筆試"),
        )
    },
    # Waiting for an answer, "under review": the applied stage, as "awaiting response" and
    # "under review" are (ot62 F5). Hebrew, Arabic, Chinese; and "waiting", "awaiting the
    # result" in Chinese, Japanese, Arabic, Korean and Hindi (ot67 F4).
    **{k: "applied" for k in ("ממתין", "ממתיןלתשובה", "قيدالمراجعة", "等待结果", "等待結果")},
    **{k: "applied" for k in ("等待", "等待中", "結果待ち", "فيالانتظار", "대기", "대기중")},
    **{k: "applied" for k in ("결과대기", "प्रतीक्षा")},
    # Chinese "sent (the application)", "sent successfully", "applied", and the CV being
    # screened, before any round (ot145 F2: each needed info).
    **{k: "applied" for k in ("已投递", "已投遞", "投递成功", "投遞成功", "已申请", "已申請")},
    **{k: "applied" for k in ("简历筛选", "簡歷篩選", "简历筛选中", "簡歷篩選中")},
    # ... as the CV screened in English is: the employer reading the application ("in review"),
    # before any round, not a screening call ("Screening", interviewing). The screen passed
    # is a round passed: the next to come.
    **{k: "applied" for k in ("resumescreening", "cvscreening", "applicationscreening")},
    **{k: "applied" for k in ("resumescreen", "cvscreen", "resumereview", "cvreview")},
    **{
        k: "interviewing"
        for k in (
            *("resumescreeningpassed", "cvscreeningpassed", "passedresumescreening"),
            "passedcvscreening",
        )
    },
    # Indonesian and Malay "being processed", "application received" (not "Diterima" alone:
    # ``OUTCOMES_ALONE``), Vietnamese "being processed", Thai "waiting for the result", as
    # German "in Bearbeitung" and Korean "결과 대기" are.
    **{k: "applied" for k in ("sedangdiproses", "diproses", "lamaranditerima", "dangxuly")},
    **{k: "applied" for k in ("รอผล", "รอผลสัมภาษณ์", "รอการติดต่อกลับ")},
    # Indonesian and Malay "in process", as Portuguese "Em processo" (not "Proses" alone:
    # ``OUTCOMES_ALONE``); a selection stage passed ("lolos seleksi", "lolos tahap 2"), as
    # "passed stage" is; Thai "passed" (a round, as Korean "합격").
    **{k: "interviewing" for k in ("dalamproses", "masihproses", "lolosseleksi", "lolostahap")},
    **{k: "interviewing" for k in ("ผ่าน", "ผ่านรอบแรก", "ผ่านการคัดเลือก")},
    # Indonesian "offer", "job offer"; Vietnamese "selected" (hired on the exam or the
    # interviews: the job won, as Korean "최종 합격").
    **{k: "offer" for k in ("tawaran", "tawarankerja", "trungtuyen")},
    **{
        k: "offer"
        for k in (
            *("הצעה", "הצעתעבודה", "عرض", "عرضعمل"),  # Hebrew, Arabic
            *("内定", "内々定", "内内定", "录用", "錄用"),  # Japanese, Chinese
            *("최종합격", "합격통보", "오퍼"),  # Korean
            *("aprovado", "aprovada", "proposta"),  # Portuguese
            *("aprobado", "aprobada"),  # Spanish, as Portuguese "Aprovado" (ot69 F9)
        )
    },
    # Italian "assunto", "assunta", Portuguese "contratado", "contratada": hired.
    **{
        k: "hired"
        for k in (
            *("hired", "onboarding", "assunto", "assunta", "contratado", "contratada"),
            *("zatrudniony", "zatrudniona", "anstalld"),  # Polish, Swedish
            *("isealındı", "isealindi"),  # Turkish
        )
    },
    **{
        k: "accepted"
        for k in (
            *("accepted", "offeraccepted", "propostaaceita", "内定承諾", "接受offer"),
            # The offer accepted in Spanish, French, German, Portuguese, Italian and Dutch, as
            # "Proposta aceita" (fx188's report: they were read as the offer).
            *("ofertaaceptada", "offreacceptee", "angebotangenommen", "ofertaaceita"),
            "zusageangenommen",  # as "Angebot angenommen" (fx232: it was the offer)
            *("offertaaccettata", "aanbodaanvaard", "aanbodgeaccepteerd"),
            *("ofertaprzyjeta", "przyjetaoferta", "accepterat", "tackatja"),  # Polish, Swedish
            "teklifkabuledildi",  # Turkish
        )
    },
    **{
        k: "rejected"
        for k in (
            "rejected",
            "rej",  # its abbreviation: "Onsite -> rej 11/9" (ot115 F7)
            "declined",
            "declinedbyemployer",
            "notselected",
            "rejection",
            "turneddown",
            "unsuccessful",
            # How rejection emails and trackers say it.
            "notmovingforward",
            "didntgetit",
            "didnotgetit",
            # "Not successful" (its "not" is no negation here: the phrase), and the "regret
            # letter" of Nigeria, Ghana, Kenya, South Africa and India: "we regret to inform
            # you" is how a rejection is sent there ("Regret", "Regret letter", "Regretted").
            *("notsuccessful", "unsuccessfulapplication", "regret", "regrets", "regretted"),
            *("regretletter", "regretemail", "regretmail"),
            # "Not selected", "not retained", "no offer" in French, Spanish, Portuguese,
            # Italian and Dutch (their "no" before another word is a negation: the phrase).
            *("pasretenu", "pasretenue", "nonretenu", "nonretenue", "candidaturenonretenue"),
            *("nonselectionne", "nonselectionnee", "noseleccionado", "noseleccionada"),
            *("naoselecionado", "naoselecionada", "nonselezionato", "nonselezionata"),
            *("nietgeselecteerd", "pasdoffre", "sinoferta", "semproposta", "semoferta"),
            *("nessunaofferta", "geenaanbod", "keinangebot", "keinezusage"),
            # The same in the languages of the calendars the tool knows (a key drops accents:
            # "Refusé" is "refuse", "refusée" is "refusee").
            "absage",
            "abgelehnt",
            "abgesagt",  # "turned down" (ot61 F2: the row stayed open, an application check-in due)
            "refus",
            "refuse",
            "refusee",
            "refused",
            "rechazado",
            "rechazada",
            "rejeitado",
            "rejeitada",
            "reprovado",
            "reprovada",
            "recusado",
            "recusada",
            "afgewezen",
            "rifiutato",
            "rifiutata",
            # Italian "turned down", "discarded", French "rejected", Spanish "discarded" (ot59 F4).
            *("respinto", "respinta", "scartato", "scartata", "rejete", "rejetee"),
            *("descartado", "descartada"),
            *("odrzucono", "odrzucona", "odrzucony", "odrzucone", "odmowa"),  # Polish
            # Polish "not accepted", "negative (answer)".
            *("nieprzyjeto", "nieprzyjety", "nieprzyjeta", "negatywna", "odpowiedznegatywna"),
            *("avslag", "nekad", "avbojd", "ejaktuell"),  # Swedish ("ej aktuell": not wanted)
            # Swedish "inte aktuell(t)" as "ej aktuell"; "not taken", "(did) not go further",
            # "got a no".
            *("ejaktuellt", "inteaktuell", "inteaktuellt", "ejantagen", "inteantagen"),
            *("ejvidare", "intevidare", "gickintevidare", "ficknej"),
            *("reddedildi", "olumsuz"),  # Turkish ("Olumsuz dönüş": a negative answer)
            *("נדחה", "נדחתה", "נדחיתי", "לאהתקבלתי", "דחייה"),  # Hebrew
            *("مرفوض", "مرفوضة", "رفض", "تمالرفض"),  # Arabic
            *("不合格", "お見送り", "見送り", "不採用"),  # Japanese
            *("拒绝", "拒絕", "已拒绝", "已拒絕", "未通过", "未通過", "被拒"),  # Chinese
            *("불합격", "탈락"),  # Korean
            "अस्वीकृत",  # Hindi
            # Indonesian and Malay "rejected", "did not pass", "failed"; Vietnamese "was
            # rejected"; Thai "did not pass".
            *("ditolak", "tidaklolos", "gagal", "tidakditerima", "bituchoi", "khongdat"),
            *("ไม่ผ่าน", "ไม่ผ่านการคัดเลือก"),
            # The employer closed the role: over without an offer, as a rejection is.
            "closed",
            "positionclosed",
            "jobclosed",
            "roleclosed",
            "postingclosed",
            "applicationclosed",
            "filled",
            "expired",
            "postingexpired",
            "jobexpired",
            "cancelled",
            "canceled",
            "positioncancelled",
            "positioncanceled",
            "dead",
            "lost",
            "positionfilled",
            "rolefilled",
            "nolongeravailable",
            # LinkedIn's word for a posting taken down, and "no offer" after the interviews.
            "nolongeraccepting",
            "nolongeracceptingapplications",
            "nooffer",
            "noofferextended",
            # "There is no offer" in Spanish and Portuguese, "no offer" in Turkish, as "No
            # offer" is; with "yet" ("No hay oferta todavía", "Aún no hay oferta") it is one
            # not made yet (``_NO_OFFER``).
            *("nohayoferta", "nohayofertas", "nohaypropuesta", "naohaproposta", "naohaoferta"),
            "teklifyok",
            # ... "no offer" in Portuguese, Spanish, French and Italian said with "none"
            # ("Nenhuma oferta", "Ninguna oferta", "Aucune offre", "Niente offerta"); with "yet"
            # or "for now" it is one not made yet (ot100 F1: "Nenhuma oferta ainda" was an offer).
            *("nenhumaoferta", "nenhumaproposta", "ningunaoferta", "ningunapropuesta"),
            *("aucuneoffre", "nienteofferta", "nessunaproposta"),
            # Romanian "offer withdrawn", as "Offer withdrawn" is (ot100 F1: it was an offer).
            *("ofertaretrasa", "ofertaretrasă"),
            # ... and in Spanish and Portuguese, French, Italian, German and Dutch: the offer
            # withdrawn is the employer's doing, as "Offer withdrawn" is ("Oferta retirada" was
            # read as the person's withdrawal by its "retirada", as "Candidatura retirada";
            # fx213).
            *("ofertaretirada", "propostaretirada", "offreretiree", "offreretire"),
            *("offertaritirata", "angebotzuruckgezogen", "aanbodingetrokken"),
            "aanbodteruggetrokken",
            # ... and lapsed, reneged on, withdrawn or cancelled in English, Polish, Spanish,
            # Portuguese and French (ot101 F8: each closed the row as an offer); declined in
            # French, Spanish and Portuguese, as "Offre refusée" (ot101 F7).
            *("offerlapsed", "lapsedoffer", "offerreneged", "offerwasreneged"),
            *("ofertawycofana", "ofertacofnieta", "ofertaanulowana"),
            *("ofertacancelada", "propostacancelada", "ofertaanulada", "offreannulee"),
            *("offredeclinee", "declineloffre", "jaideclineloffre"),
            *("rechacelaoferta", "rechaceoferta", "rechazelaoferta", "declinelaoferta"),
            *("recuseiaproposta", "recuseiproposta", "recuseiaoferta", "recuseioferta"),
            # A round not passed, as "Passed" and "Cleared" are a round passed (ot81 F4);
            # "we passed", "they passed (on me)" is the employer's no, as recruiters say it.
            *("notpassed", "didnotpass", "didntpass", "notcleared", "didnotclear", "didntclear"),
            *("notshortlisted", "notmovedforward", "notprogressed", "notprogressing"),
            *("wepassed", "theypassed", "passedonme"),
            # ... in German, "nicht" after the round ("Interview - nicht bestanden": fx232, it
            # was interviewing), and an offer not accepted, as "Offer not accepted" ("Zusage
            # nicht angenommen", "Angebot nicht angenommen" closed the row as an offer).
            *("nichtbestanden", "leidernichtbestanden", "zusagenichtangenommen"),
            *("angebotnichtangenommen",),
            # An offer declined or rejected in Indonesian and Malay, Vietnamese and Thai, read
            # as "Offer declined" and "Declined offer" are, in a sentence too (``OUTCOME_CONTRARY``:
            # "Offer ditolak" was an offer): "offer/tawaran ditolak", "(me)nolak offer",
            # "từ chối offer", "offer bị từ chối", "ปฏิเสธ offer", "offer ถูกปฏิเสธ".
            *("offerditolak", "tawaranditolak", "tawarankerjaditolak"),
            # The application, the CV or the papers rejected ("Lamaran ditolak", "CV ditolak",
            # "Berkas ditolak"), read as "Ditolak" alone is (fx188 F7: each needed info).
            *("lamaranditolak", "cvditolak", "berkasditolak"),
            *("tolakoffer", "tolaktawaran", "menolakoffer", "menolaktawaran"),
            *("tuchoioffer", "offerbituchoi", "ปฏิเสธoffer", "offerถูกปฏิเสธ"),
            # ... and in English as it is being done or about to be, as "Declined offer" is
            # (fx182: "Decline offer", "Declining offer" closed the row as an offer).
            *("declineoffer", "decliningoffer", "declinetheoffer", "decliningtheoffer"),
            *("declinedtheoffer", "offerdecline", "turndownoffer", "turningdownoffer"),
            # An offer, or an interview offered, taken back by the employer, as "cancelled"
            # is (ot95 F6: "Interview offer rescinded" was interviewing, "Offer rescinded"
            # an offer). "Rescinded" alone is no outcome: whose (the user's acceptance?).
            *("offerrescinded", "offerrevoked", "interviewofferrescinded"),
            *("interviewofferrevoked", "interviewrescinded", "interviewinviterescinded"),
            # ... retracted, pulled, withdrawn (by the employer: "Offer withdrawn" was read as
            # the person's withdrawal, "Offer retracted" and "Offer pulled" as the offer; ot98 F3).
            *("offerretracted", "offerpulled", "offerwithdrawn", "offertakenback"),
            *("retractedoffer", "rescindedoffer", "revokedoffer", "withdrawnoffer", "pulledoffer"),
            *("offerwasretracted", "offerwasrescinded", "offerwasrevoked", "offerwaswithdrawn"),
            *("offerwaspulled", "retractedtheoffer", "rescindedtheoffer", "revokedtheoffer"),
            *("pulledtheoffer", "withdrewtheoffer", "withdrewoffer"),
            # Malay "application rejected", as Indonesian "Lamaran ditolak"; "rejected by HR",
            # "by the user" (the hiring manager), as "Ditolak" alone (ot98 F12: they needed info).
            *("permohonanditolak", "ditolakhr", "ditolakolehhr", "ditolakuser"),
            # A rejection, a negative answer, the position filled, as trackers in Dutch,
            # Italian, German, French, Spanish, Portuguese, Polish, English and Japanese write
            # it (ot108 F1, F9: each needed info alone and, beside a stage, "Afwijzing na 2e
            # gesprek", "Dinged after onsite", read as interviewing, a check-in asked for).
            *("afwijzing", "nietaangenomen", "vacaturevervuld", "esitonegativo"),
            *("rispostanegativa", "posizionecoperta", "stellebesetzt", "stellevergeben"),
            *("negativ", "leidernein", "reponsenegative", "postepourvu", "negatif"),
            *("respuestanegativa", "vacantecubierta", "vagapreenchida", "retornonegativo"),
            *("feedbacknegativo", "stanowiskoobsadzone"),
            # ... and in English, as the German "Negativ" is (ot144 F1: "Negative", "Negative.",
            # "Negative response" needed info, 48 rows of one tracker, asked "did you mean
            # rejected?").
            *("negative", "negativeresponse", "negativefeedback", "negativeanswer"),
            *("negativereply", "negativeresult", "negativeoutcome"),
            *("reject", "dinged", "passedover", "notafit", "notagoodfit", "nottherightfit"),
            *("落選", "採用見送り"),
            # "I said no" (to the offer, as "Declined" is) and "They said no" (ot108 F2: "Offer
            # - I said no" was read as the offer).
            "saidno",
        )
    },
    **{
        k: "withdrawn"
        for k in (
            "withdrawn",
            "withdrew",
            "declinedbyme",
            "idrew",
            "notinterested",
            "nolongerinterested",
            "notpursuing",
            "archived",
            *("ipassedon", "passedonit"),  # "I passed on it": the candidate said no (ot81 F4)
            # Another employer's offer accepted, as "Accepted elsewhere" (ot108 F2).
            *("acceptedother", "acceptedotheroffer", "tookother", "tookotheroffer"),
            *("辞退", "内定辞退", "放弃", "放棄", "포기"),  # Japanese, Chinese, Korean
            # French, Spanish and Portuguese, Italian, Dutch, German "withdrawn", Spanish "I
            # gave up" (ot59 F4).
            *("retire", "retiree", "candidatureretiree", "retirado", "retirada", "desisti"),
            *("desistido", "desistida", "ritirato", "ritirata", "teruggetrokken", "ingetrokken"),
            "zuruckgezogen",
            *("wycofano", "wycofalem", "wycofalam", "rezygnacja"),  # Polish
            *("tackatnej", "dragittillbaka", "drogtillbaka"),  # Swedish
            *("gericekildi", "gericektim", "vazgectim"),  # Turkish
            *("mengundurkandiri", "undurdiri"),  # Indonesian and Malay "withdrew"
        )
    },
    # "Never" heard back is no longer waiting: the employer went silent for good. German "nie
    # geantwortet", "nie gemeldet" ("never answered", "never got back"), Polish "nigdy nie
    # odpowiedzieli", Swedish "fick aldrig svar", "ghostad".
    **{
        k: "ghosted"
        for k in (
            *("ghosted", "ghostjob", "neverheardback", "neverreplied", "neverresponded"),
            *("niegeantwortet", "niegemeldet", "niezuruckgemeldet", "nieetwasgehort"),
            *("nigdynieodpowiedzieli", "nigdynieodpisali", "fickaldrigsvar", "ghostad"),
            "ghostade",
        )
    },
    **{
        k: "on hold"
        for k in (
            *("onhold", "hold", "paused", "frozen", "waitlisted", "hiringfreeze", "freeze"),
            *("wstrzymane", "wstrzymana", "pausad", "pausat", "vilande"),  # Polish, Swedish
        )
    },
}
# The outcome words of Norwegian, Danish and Finnish trackers, and the common phrases of the
# other languages that were missing (ot108 F9: each row needed info, Danish, Norwegian and
# Finnish trackers nearly all). A position filled or a posting ended is a rejection, as
# "Position filled" is; a hiring freeze is on hold; an offer taken back (Japanese "内定取り消し")
# is a rejection, as "Offer rescinded" is. Keys keep "ø" and "æ" as typed ("søknad").
OUTCOMES |= {
    **{
        k: "applied"
        for k in (
            # Norwegian and Danish "applied", "application sent", "heard nothing", "no
            # answer", "waiting for an answer", as Swedish "sökt", "inget svar", "väntar på svar".
            *("søkt", "ansøgt", "søknadsendt", "ansøgningsendt", "ikkehørtnoe", "ikkehørtnoget"),
            *("intetsvar", "ingensvar", "venterpasvar", "afventersvar", "afventer", "venter"),
            # Finnish "applied", "no answer", "waiting for an answer".
            *("haettu", "hakemuslahetetty", "eivastausta", "odottaavastausta", "odottaa"),
            # Japanese "applied", "no contact", "no reply"; French "no news"; Dutch "heard
            # nothing yet"; German "interim reply received".
            *("応募済み", "応募済", "応募完了", "連絡なし", "返信なし", "aucunenouvelle"),
            *("zwischenbescheid", "zwischenbescheiderhalten"),
        )
    },
    **{
        k: "interviewing"
        for k in (
            # Danish and Norwegian "interview" ("2. samtale", "jobsamtale"), Finnish
            # "interview"; a round passed and a final interview's result awaited in Japanese.
            *("samtale", "jobsamtale", "jobbintervju", "intervjue", "haastattelu"),
            *("一次面接通過", "二次面接通過", "書類選考通過", "最終面接結果待ち", "面接結果待ち"),
            # Dutch second round and reference check, English "ref check", Brazil's group
            # dynamic (a selection stage), German trial day and references taken up.
            *("eersteronde", "tweederonde", "derderonde", "laatsteronde", "referentiecheck"),
            *("refcheck", "dinamicadegrupo", "probearbeiten", "referenzenwerdeneingeholt"),
        )
    },
    **{
        k: "offer"
        for k in (
            *("tilbud", "jobtilbud", "jobbtilbud", "tilbudmodtaget", "tilbudmottatt"),
            *("tarjous", "tyotarjous", "promessedembauche"),
        )
    },
    **{
        k: "accepted"
        for k in (
            *("takketja", "sagtjatak", "accepteret", "akseptert", "hyvaksytty"),
            # A contract signed, in German, French, Italian and Dutch.
            *("vertragunterschrieben", "promessedembauchesignee", "cdisigne", "contratsigne"),
            *("contrattofirmato", "contractgetekend"),
        )
    },
    **{k: "hired" for k in ("ansat", "ansatt")},  # Danish, Norwegian
    **{
        k: "rejected"
        for k in (
            # Danish "rejection", "rejected"; Norwegian "rejected"; "the position is filled".
            *("afslag", "afvist", "avvist", "stillingenerbesatt", "stillingenerbesat"),
            *("stillingbesatt", "stillingbesat", "ikkevalgt"),
            # Finnish "rejected", "not selected", "position filled"; Swedish "position filled".
            *("hylatty", "eivalittu", "paikkataytetty", "tjanstentillsatt"),
            # Japanese "not hired", "not selected", "posting ended", "failed the CV screen",
            # the "prayer mail" of a rejection, an offer revoked, turned down at the final.
            *("採用見送り", "落選", "募集終了", "書類選考落ち", "選考落ち", "お祈りメール"),
            *("内定取り消し", "内定取消", "内定取消し", "最終面接でお見送り"),
            # The position filled, cut or closed, in German, French, Spanish, Italian,
            # Portuguese, Dutch and Polish.
            *("stellebesetzt", "stelleinternbesetzt", "stellegestrichen", "postepourvu"),
            *("vacantecubierta", "puestocubierto", "procesocerrado", "posizionechiusa"),
            *("posizionecoperta", "vagapreenchida", "vacaturevervuld", "stanowiskoobsadzone"),
            *("rekrutacjazamknieta", "vacatureingevuld", "vacatureinterningevuld"),
            # A negative answer, not passed, not taken.
            *("reponsenegative", "negatif", "respuestanegativa", "esitonegativo"),
            *("rispostanegativa", "nonammesso", "nonammessa", "naoaprovado", "naoaprovada"),
            *("naofuiaprovado", "naofuiaprovada", "naopassei", "feedbacknegativo"),
            *("retornonegativo", "nopase", "nomecogieron", "afwijzing", "nietaangenomen"),
            *("nieprzeszlamdalej", "nieprzeszedlemdalej", "odrzucilamoferte"),
            "odrzucilemoferte",  # "I turned the offer down", as "Recusei a proposta"
            *("theywentanotherdirection", "wentanotherdirection", "recruitersaidno"),
        )
    },
    **{
        k: "withdrawn"
        for k in (
            # Norwegian and Danish "said no (thanks)", "withdrew (the application)".
            *("takketnei", "takketnej", "trukketsøknad", "trukketsøknaden", "trukkettilbage"),
            *("trukketansøgning", "trukketansøgningen", "peruinhakemuksen", "vetaydyin"),
            # Japanese "declined the interview"; German, French, Italian, Dutch, English.
            *("面接辞退", "keininteressemehr", "ruckzug", "desiste", "desistee"),
            *("jemesuisdesiste", "jemesuisdesistee", "abandonne", "abandonnee"),
            *("horinunciato", "rinunciato", "rinunciata", "geeninteressemeer", "pulledout"),
            *("tookjobat", "tookajobat", "tookanotherjob"),
        )
    },
    **{
        k: "ghosted"
        for k in (
            *("geghostet", "ghosting", "ghoste", "ghostee", "meghostearon", "ghosteado"),
            *("ghosteada", "ghostato", "ghostata", "fuighosteado", "fuighosteada", "geghost"),
            *("zghostowalimnie", "ghostet", "ghostattu", "音信不通", "サイレントお祈り"),
        )
    },
    **{
        k: "on hold"
        for k in (
            *("anstallningsstopp", "ansættelsesstop", "ansettelsesstopp", "einstellungsstopp"),
            *("pausiert", "aufeisgelegt", "geldesrecrutements", "enpause", "recrutementsuspendu"),
            *("congelaciondecontratacion", "congelaciondecontrataciones", "enpausa"),
            *("procesopausado", "bloccoassunzioni", "inpausa", "vagacongelada"),
            *("processopausado", "vacaturestop", "indewacht", "papause", "保留"),
        )
    },
}
# Common phrases a coach reads at a glance that needed info (ot111 F11: a Dutch tracker was 40 %
# Needs info), and the person's own decline, which was read as the employer's (ot111 F13).
# "Eingestellt" stays unread: hired, or the process stopped ("Verfahren eingestellt")?
OUTCOMES |= {
    **{
        k: "applied"
        for k in (
            # Heard nothing (yet), in English and Dutch; in process ("In behandeling", as
            # German "In Bearbeitung"); an answer said to come ("Retour prévu", "Rückmeldung
            # bis", "Ze laten iets weten", "Will let me know").
            *("heardnothing", "heardnothingyet", "heardnothingback", "notheardback"),
            *("haventheardback", "nothingheard", "nognietsgehoord", "nietsgehoord"),
            # ... and without "back" (ot119 F3: "Haven't heard", "Not heard yet" needed info).
            *("haventheard", "havenotheard", "hasntheard", "notheard", "notheardyet"),
            *("inbehandeling", "retourprevu", "ruckmeldungbis", "ietsweten", "letmeknow"),
            # Spanish "they did not answer me", as "Sin respuesta".
            *("nomecontestaron", "nomehancontestado"),
        )
    },
    **{
        k: "interviewing"
        for k in (
            # Google's hiring committee, Meta's team matching, still in the process or the
            # running; the next stage in Spanish; the final or a follow-up interview in Dutch.
            *("hiringcommittee", "teammatch", "teammatching", "inprocess", "stillinprocess"),
            *("intherunning", "siguientefase", "proximafase", "siguienteetapa", "proximaetapa"),
            *("eindgesprek", "vervolggesprek", "kennismakingsgesprek"),
            "uitnodigingaangenomen",  # an invitation accepted, not Dutch "aangenomen" (hired)
            # A thank-you sent follows an interview (ot111 F10: "Mail de remerciement envoyé",
            # "Bedankmail gestuurd" needed info; ``sent_in_status`` marks the thank-you sent).
            *("remerciementenvoye", "remerciementsenvoyes", "mailderemerciementenvoye"),
            *("bedankmailgestuurd", "bedankmailverstuurd", "dankesmailverschickt"),
            *("dankesmailgesendet", "agradecimientoenviado", "ringraziamentoinviato"),
        )
    },
    # An offer received, negotiated (French "proposition", as Portuguese "proposta").
    **{k: "offer" for k in ("propositionrecue", "ennegociation")},
    **{k: "accepted" for k in ("aanbodaangenomen",)},
    # The job got; Dutch "aangenomen" is hired ("Niet aangenomen" is rejected, a phrase).
    **{k: "hired" for k in ("gotthejob", "aangenomen")},
    **{
        k: "rejected"
        for k in (
            *("posicioncubierta", "plazacubierta", "negatief", "negatiefantwoord"),
            *("negatievereactie", "nietdoor", "helaasnietdoor"),
        )
    },
    **{
        k: "withdrawn"
        for k in (
            *("pulledmyapplication", "pulledapplication", "droppedout", "desistement"),
            *("zelfafgezegd", "ikhebafgezegd", "zelfteruggetrokken", "ichhabeabgesagt"),
            *("habeabgesagt", "selbstabgesagt", "vonmirabgesagt", "declinedtocontinue"),
        )
    },
    **{
        k: "ghosted"
        for k in (
            # Never answered, never heard again, in Spanish, German and Dutch (the longer ones
            # as a whole cell: a phrase is read up to three words).
            *("nomecontestaronnunca", "nuncamecontestaron", "nuncacontestaron"),
            *("nuncarespondieron", "niewiederwasgehort", "niewiedergehort", "niewasgehort"),
            *("nooitmeerietsgehoord", "nooitietsgehoord", "nooitmeergehoord", "nooitgehoord"),
        )
    },
    **{
        k: "on hold"
        for k in (
            *("recrutementgele", "recrutementsgeles", "embauchesgelees", "misenattente"),
            *("miseenattente", "tijdelijkstopgezet"),
        )
    },
}
OUTCOME_VALUES: tuple[str, ...] = (
    "not applied",
    "applied",
    "interviewing",
    "offer",
    "hired",
    "accepted",
    "rejected",
    "withdrawn",
    "ghosted",
    "on hold",
)
NOT_APPLIED = "not applied"
APPLIED_STAGES: frozenset[str] = frozenset({"not applied", "applied"})
# Words of the applied stage that say only that a row is open: an interview log's "Open" or
# "Pending" is no evidence that its rows are applications (see ``applied_stage_evidence``).
OPEN_ONLY_WORDS: frozenset[str] = frozenset(
    {"open", "active", "waiting", "awaiting", "pending", "offen"}
    | {"noresponse", "noresponseyet", "noreply", "noreplyyet", "noanswer", "noansweryet"}
    | {"awaitingresponse", "awaitingreply", "nothingyet", "nofeedback", "nofeedbackyet"}
    # "Waiting" in Chinese, Arabic, Korean and Hindi.
    | {"等待", "等待中", "فيالانتظار", "대기", "대기중", "प्रतीक्षा"}
    # The same in German, Polish and Swedish: no answer (yet), heard nothing, waiting.
    | {"keineruckmeldung", "nochkeineruckmeldung", "keineantwort", "nochkeineantwort"}
    | {"nichtsgehort", "nochnichtsgehort", "brakodpowiedzi", "bezodpowiedzi", "oczekuje"}
    | set(_NOTHING_HEARD_DUTCH)
    | {"czekam", "ingetsvar", "ingetbesked", "vantar", "vantarpasvar"}
    | {"pasdereponse", "sansreponse", "aucunereponse", "sinrespuesta", "semresposta"}
    | {"semretorno", "nessunarisposta", "geenreactie", "geenantwoord"}
    | {"pasderetour", "sansretour", "aucunretour", "sansnouvelles", "pasdenouvelles"}
    | {"aguardando", "aguardandoretorno", "aguardandoresposta", "aguardandofeedback"}
    | {"esperando", "esperandoretorno", "esperandorespuesta", "enespera", "emespera"}
    | {"sinnoticias", "semnoticias"}
    | {"nonews", "nonewsyet", "nodecisionyet", "nowordyet", "belumadakabar"}
    # "Waiting (for an answer)", "answer outstanding" in German, French, Dutch and Italian, as
    # "Waiting to hear back" is (the lead's check of a German tracker: "Warte auf Rückmeldung"
    # was Needs info, the most common German status there is).
    | {"warte", "warten", "wartend", "warteaufruckmeldung", "wartenaufruckmeldung"}
    | {"warteaufantwort", "wartenaufantwort", "ruckmeldungausstehend", "antwortausstehend"}
    | {"ausstehend", "enattentedereponse", "enattentederetour", "inafwachting"}
    | {"ruckmeldungstehtaus", "ruckmeldungstehtnochaus", "antwortstehtaus", "antwortstehtnochaus"}
    | {"inafwachtingvanreactie", "wachtopreactie", "wachtopantwoord", "inattesa"}
    | {"inattesadirisposta", "inattesadiriscontro", "inattesadiesito"}
)
CLOSED_WITH_OFFER: frozenset[str] = frozenset({"offer", "hired", "accepted"})
CLOSED_WITHOUT_OFFER: frozenset[str] = frozenset({"rejected", "withdrawn", "ghosted"})

# A sent column may hold a date or one of these marks when the date is unknown.
YES_MARKS: frozenset[str] = frozenset(
    {"yes", "y", "x", "✓", "✔", "✅", "☑", "🗸", "true", "1", "sent", "done", "checked"}
    # German, French, Spanish ("sí", its key "si"), Portuguese.
    | {"ja", "oui", "si", "sim"}
    # Hebrew, Arabic, Japanese, Chinese, Korean, Hindi; the Japanese maru ("○", "〇") is the
    # tick of Japanese forms.
    | {"כן", "نعم", "はい", "是", "예", "네", "हाँ", "हां", "○", "〇"}
    # Greek, Russian and Bulgarian, Polish, Czech and Slovak ("áno", its key "ano"), Turkish,
    # Hungarian.
    | {"ναι", "да", "tak", "ano", "evet", "igen"}
    # A ticked checkbox as Google Sheets exports it in German, French, Spanish, Italian, Dutch
    # and Portuguese (TRUE in the sheet's language; the unticked ones are in NO_MARKS).
    | {"wahr", "vrai", "verdadero", "vero", "waar", "verdadeiro"}
)  # "checked": a ticked checkbox as Airtable exports it
# What a "Followed Up" or "Emailed?" column says of a message sent on a day not noted: yes in a
# sent column only (in an Interviewed column it says nothing of an interview). German
# "erledigt" ("done", "dealt with") likewise, and "sent" and "done" in the other languages.
# "V" is the tick Israelis write: a whole cell of it only ("Video" is no mark).
SENT_MARKS: frozenset[str] = frozenset(
    map(
        header_key,
        {"followedup", "emailed", "erledigt", "v"}
        | {"enviado", "enviada", "feito"}  # Spanish and Portuguese "sent", Portuguese "done"
        # "Sent" and "done" in the languages whose sent headers are read, as their headers
        # say it ("Dankesschreiben gesendet", "Bedankmail verstuurd"; ot76 F3: "gesendet",
        # "hecho" were read as not sent): German, French, Spanish, Dutch, Italian, Polish,
        # Swedish; and Danish and Norwegian "sendt", Finnish "lähetetty".
        | {"gesendet", "verschickt", "versendet", "geschickt", "abgeschickt"}
        | {"envoye", "envoyee", "envoyes", "envoyees", "fait"}
        | {"hecho", "hecha", "mandado", "mandada"}
        | {"verstuurd", "verzonden", "gestuurd", "gedaan"}
        | {"inviato", "inviata", "fatto"}
        | {"wyslano", "wyslane", "wyslany", "wyslana"}
        | {"skickat", "skickad", "skickade", "klart"}
        | {"sendt", "lahetetty"}
        | {"נשלח", "נשלחה"}  # Hebrew "sent"
        | {"تم", "تم الإرسال", "تم الارسال", "أرسلت", "ارسلت"}  # Arabic "done", "sent", "I sent"
        | {"済", "済み", "完了", "送信済", "送信済み", "送付済み"}  # Japanese "done", "sent"
        | {"已发送", "已发", "已寄", "已寄出", "已發送", "完成"}  # Chinese "sent", "done"
        | {"완료", "보냄", "발송", "발송완료", "전송완료"}  # Korean "done", "sent"
        | {"भेजा", "भेज दिया", "हो गया"},  # Hindi "sent", "done"
    )
)
NO_MARKS: frozenset[str] = frozenset(
    {"no", "n", "false", "0", "notsent", "notyet", "unchecked", "✗", "✘", "❌"}
    | {"nein", "non", "nao"}  # German, French, Portuguese ("não"); Spanish "no" is above
    # Hebrew, Arabic, Japanese (and its "×", the cross of Japanese forms), Chinese, Korean,
    # Hindi; "未" is "not yet", "未送信" "not sent".
    | {"לא", "لا", "いいえ", "未", "未送信", "×", "否", "未发送", "아니요", "아니오", "नहीं"}
    # Greek (with its accent or without), Russian, Bulgarian, Polish, Czech and Slovak,
    # Turkish (with its dotless "ı" or without), Hungarian.
    | {"όχι", "οχι", "нет", "не", "nie", "ne", "hayır", "hayir", "nem"}
    # An unticked Google Sheets checkbox: FALSE in German, French, the Romance languages
    # ("falso") and Dutch.
    | {"falsch", "faux", "falso", "onwaar"}
)
# Emoji pickers add a variation selector to a check mark (✔ + U+FE0F): the same mark.
_VARIATION_SELECTORS = dict.fromkeys(range(0xFE00, 0xFE10))
# Words people put in date columns meaning "nothing here yet": read as empty, not as a problem.
PLACEHOLDERS: frozenset[str] = frozenset(
    {
        "",
        "na",
        "n/a",
        "none",
        "null",
        "tbd",
        "tba",
        "pending",
        "noresponse",
        "inprogress",
        "-",
        "—",
        "?",
        "unknown",
        "nan",
        "nat",
        # MySQL's SELECT ... INTO OUTFILE and PostgreSQL's text COPY write a NULL as \N (its
        # casefold, as every cell is matched): a nightly export's empty cell.
        "\\n",
        # "To be confirmed", "still open", "unknown" in English and in the languages whose
        # headers and outcomes are read (by their keys: "à confirmer" is "aconfirmer").
        "tbc",
        "tobeconfirmed",
        "tobedetermined",
        "tobeannounced",
        *("offen", "nochoffen", "ausstehend", "unbekannt"),  # German
        *("aconfirmer", "adefinir", "adeterminer", "enattente", "inconnu"),  # French
        *("porconfirmar", "pordefinir", "pordeterminar", "pendiente", "desconocido"),  # Spanish
        *("aconfirmar", "adefinir", "pendente", "desconhecido"),  # Portuguese, Spanish
        *("nadertebepalen", "nvt", "onbekend"),  # Dutch ("n.v.t.": not applicable)
        *("daconfermare", "dadefinire", "inattesa", "sconosciuto"),  # Italian
    }
)


# ---------------------------------------------------------------------------------------------
# Matching a cell against a vocabulary
# ---------------------------------------------------------------------------------------------


# Stage words that also say the application's check-in went out (the shared Google Sheets
# template's "Follow-up Sent"): a row at the applied stage with one needs no check-in asked for.
FOLLOWED_UP: frozenset[str] = frozenset(
    {"followupsent", "followedup", "followupdone", "checkedin", "sentfollowup", "followupemailsent"}
    # German "nachgefasst" and Italian "sollecitato" (chased up), French "relancée" (ot108 F4).
    | {"nachgefasst", "sollecitato", "sollecitata", "relancee", *_FOLLOWED_UP_AGAIN}
)
# French "relancé" as typed: its key "relance" is also the noun, a follow-up still to send.
_FOLLOWED_UP_TYPED = frozenset({"relancé", "relancée", "relancés", "relancées"})
# A follow-up named after "after" is one sent ("No response after follow-up"); alone "Follow
# up" may be one to send.
_AFTER_THE_FOLLOW_UP = frozenset({"followup", "followups", "myfollowup", "thefollowup"})


def says_followed_up(value: object) -> bool:
    """The stage cell says the application check-in was sent ("Follow-up Sent"), alone or with
    no answer to it ("Followed up, no response", "No response after follow-up", "Relancé, pas de
    réponse", "Nachgefasst, keine Antwort": ot108 F4, the check-in was asked for again), also
    made another way (``done_another_way``: "Called, no answer yet", fx251)."""
    if not isinstance(value, str):
        return False
    if _followed_up(value):
        return True
    after = _AFTER.search(value)
    if after and header_key(value[after.end() :]) in _AFTER_THE_FOLLOW_UP:
        return match_vocabulary(value[: after.start()], VOCABULARIES["outcome"]) == "applied"
    parts = [part for part in _CLAUSE_END.split(value) if header_key(part)]
    return (
        len(parts) > 1
        and any(_followed_up(part) or done_another_way(part) for part in parts)
        and all(
            _followed_up(part)
            or done_another_way(part)
            or match_vocabulary(part, VOCABULARIES["outcome"]) == "applied"
            for part in parts
        )
    )


def _followed_up(text: str) -> bool:
    """``text`` is a word of ``FOLLOWED_UP`` (or ``_FOLLOWED_UP_TYPED``) alone."""
    return header_key(text) in FOLLOWED_UP or text.strip().casefold() in _FOLLOWED_UP_TYPED


@dataclass(frozen=True)
class Vocabulary:
    label: str  # how a problem names it: 'is not a known interview type'
    words: dict[str, str]  # header_key(user text) -> canonical value
    values: tuple[str, ...]  # the valid choices, in the order the docs list them
    default: str  # blank cells, and unknown values unless ``unknown_needs_info``
    # When several vocabulary words appear in one cell ("Final round onsite"), the value listed
    # first here wins: the most decisive reading for the follow-up timing.
    precedence: tuple[str, ...]
    # An unknown value is not read as the default: the row needs info. Where a row stands
    # (rejected or still open) decides whether to write to an employer at all; an interview
    # type or a seniority only moves a date by a few days.
    unknown_needs_info: bool = False
    # Words that name two values, and which: the row needs info, the choices named.
    ambiguous: dict[str, str] | None = None
    # Words read as a whole cell only: alone they say where a row stands, in a sentence they
    # may say something else ("Passed away", "Passed on Monday"). One also in ``words`` is
    # read there as a whole cell, never as a word of a sentence.
    alone: dict[str, str] | None = None
    # Sentences tried on the casefolded cell before its words are read, each with the value it
    # names: "moved forward with another candidate" is no round passed.
    sentences: tuple[tuple[re.Pattern[str], str], ...] = ()
    # Values a cell asks about rather than says ("ghosted?") are not taken: a suspicion does
    # not close a row and stop its follow-ups (``asked_values``).
    not_when_asked: frozenset[str] = frozenset()
    # More negations, of this vocabulary's languages, as typed (casefolded, accents kept:
    # Vietnamese "chưa" is "not yet", "Chua" a family name), and the parts of a Thai run
    # (Thai has no spaces) that make it one ("ไม่": "ยังไม่ได้" is "not yet"). Besides the
    # next match in their clause, as ``NEGATIONS``, they cancel the match right before them:
    # Indonesian "Offer belum keluar" is no offer yet.
    negations: frozenset[str] = frozenset()
    negation_parts: tuple[str, ...] = ()
    # Keys of words (phrases of up to ``LONGEST_PHRASE_WORDS`` words) that say the row went
    # the other way, and the parts of a Thai run that do: each cancels every value of its
    # clause but ``contrary_keeps``, before it or after ("Offer ditolak", the offer declined,
    # is no offer; "Gagal di interview user" no interview going on).
    contrary: frozenset[str] = frozenset()
    contrary_parts: tuple[str, ...] = ()
    contrary_keeps: frozenset[str] = frozenset()
    # Keys of ``NEGATIONS`` that also cancel the match right before them (auxiliaries aside),
    # unless the word after them is a match of another value, or the one before is one of
    # ``contrary_keeps``: "Offer not received" is no offer, "Applied not interviewed" applied.
    negations_after: frozenset[str] = frozenset()
    # Values a match takes after one of ``awaiting`` (the words of ``_AWAITED_BETWEEN`` between
    # aside): an offer waited for is none yet ("Waiting for the offer": interviewing).
    awaiting: frozenset[str] = frozenset()
    awaited: dict[str, str] | None = None
    # What leaves a cell none of its values but ``contrary_keeps``, wherever it stands: a
    # cross beside a word ("Offer ❌", "Tawaran ✗": no offer; "Rejected ❌" stands), a no-show
    # ("Interview offer - no show": whose? the interview did not happen). Never the word.
    unsettling: re.Pattern[str] | None = None
    # Phrases read as other words before the cell is (``re.sub``, on the cell as typed): an
    # interview invitation accepted is an interview ("Interview offer accepted").
    rewrites: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = ()
    # Keys read as a clause of their own only, as a whole cell is: "Applied, Interviewed,
    # Offered" ends in an offer, "Offered to reschedule" names none.
    clause_alone: dict[str, str] | None = None
    # A trail of steps with arrows between them ("Interview -> Offer", "Applied > Interview >
    # Offer") is read at its last step, where the row stands now; when that step names
    # nothing, the whole cell is read.
    last_step_of_trail: bool = False
    # Negations (``Vocabulary.negations``) that are another language's word right before one
    # of the given keys: Polish "tak" ("yes") before "oferta" is no Malay "tak" ("not").
    not_negating_before: dict[str, frozenset[str]] | None = None
    # Values that stand when the negation after them governs one of ``_UNSETTLED``: an onsite
    # not confirmed is an onsite to come ("Onsite not confirmed": interviewing).
    unsettled_keeps: frozenset[str] = frozenset()
    # The value of a trail of stages each ticked but the last, crossed ("Phone screen ✅,
    # Onsite ❌"): the last stage's result, a round not passed.
    crossed_last_stage: str | None = None
    # What after a no-show (``unsettling``) says the interview will happen after all: the row
    # reads as its words do ("Interviewer no show, rescheduled": interviewing).
    resumed: re.Pattern[str] | None = None
    # Keys that say the application is still to be made ("to apply": "Waiting to apply",
    # "Yet to apply"), and the keys of ``default``'s words that may be said of a row before
    # its application ("Waiting", "Referral"): the first overrule the default read in their
    # clause, and the second anywhere in the cell (ot145 F1: "Waiting to apply" was applied).
    still_to_do: frozenset[str] = frozenset()
    said_before_doing: frozenset[str] = frozenset()


# A round passed, the next to come, as a "pass" in Korean, Japanese and Chinese is (above);
# India's "Cleared" likewise (ot81 F4). Alone only: "we passed" is a rejection, "passed away" no
# stage. So "moved forward", "progressed" and "stage 2" (ot86 F1): the employer's "moved forward
# with another candidate" is its no, "Failed stage 2" a round not passed.
OUTCOMES_ALONE: dict[str, str] = (
    {
        k: "interviewing"
        for k in (
            *("passed", "cleared", "movedforward", "progressed"),
            *("stage1", "stage2", "stage3", "stage4", "stageone", "stagetwo", "stagethree"),
            # Indonesian and Malay "passed" and "in process": a cell of the one word only, as
            # "Lolos" is also a family name and "Proses" a word of positions and companies
            # ("Insinyur Proses", a process engineer).
            *("lolos", "proses"),
        )
    }
    | {
        # Indonesian and Malay "accepted", as "Accepted" (the job: the row is closed with it);
        # alone only, as "Lamaran diterima" is the application received.
        "diterima": "accepted",
    }
    | {
        # A posting just saved ("New") or passed over ("Skipped", a job bot's Portuguese
        # "pulada"): not applied (ot145 F8: each needed info). Alone only: "New interview
        # scheduled", "Skipped the onsite" say something else.
        k: "not applied"
        for k in ("new", "skipped", "skip", "pulada", "pulado", "pulei")
    }
    | {
        # A job bot's failed application ("erro", Portuguese; "error"): none sent. Alone only:
        # "Error in the offer letter" says something else.
        k: "not applied"
        for k in ("erro", "error", "errored")
    }
)
# The Indonesian and Malay, Vietnamese and Thai outcome words (``OUTCOMES``) are read as a
# whole cell only, as are the few longer forms below (ot94): in a sentence their own
# negations ("Belum ada tawaran", no offer yet; "Gak lolos", "Không trúng tuyển", "Chưa bị từ
# chối"), "waiting for" ("Menunggu tawaran") and other meanings ("Tawaran interview", an
# interview offered; "Gagal dihubungi HR", HR not reached; "Trúng tuyển vòng 1", round 1
# passed) would be read as the word. Such a cell needs info: a row is never closed or opened
# on a guess.
_WHOLE_CELL_ONLY = (
    *("sedangdiproses", "diproses", "lamaranditerima", "dangxuly"),
    *("รอผล", "รอผลสัมภาษณ์", "รอการติดต่อกลับ"),
    *("dalamproses", "masihproses", "lolosseleksi", "lolostahap"),
    *("ผ่าน", "ผ่านรอบแรก", "ผ่านการคัดเลือก"),
    *("tawaran", "tawarankerja", "trungtuyen"),
    *("ditolak", "tidaklolos", "gagal", "tidakditerima", "bituchoi", "khongdat"),
    *("ไม่ผ่าน", "ไม่ผ่านการคัดเลือก"),
    *("mengundurkandiri", "undurdiri"),
)
_TAHAP = tuple(f"tahap{n}" for n in range(1, 6))  # "tahap 2": stage 2
OUTCOMES_ALONE |= {k: OUTCOMES[k] for k in _WHOLE_CELL_ONLY} | {
    # A stage passed, "Lolos tahap 2", "Lolos administrasi" (the CV screening): the next to come.
    **{k: "interviewing" for k in ("lolosadministrasi", *(f"lolos{t}" for t in _TAHAP))},
    # Not passed, failed (the formal "tidak", as the whole cell), Vietnamese "not selected".
    **{
        k: "rejected"
        for k in (
            *("tidaklolosseleksi", "tidaklolosadministrasi", "khongtrungtuyen"),
            *(f"tidaklolos{t}" for t in _TAHAP),
            *(f"gagal{t}" for t in _TAHAP),
            # "Did not pass the interview", "failed the interview", as "Did not pass
            # interview" is; Vietnamese "refused" alone, as "Declined". Whole cell only:
            # "Gagal interview karena sinyal" is a call that failed.
            *("tidaklolosinterview", "gagalinterview", "tuchoi"),
        )
    },
    "lamarandiproses": "applied",  # the application being processed
}
# An interview put off, alone in the cell, in English, German, Spanish, French and Dutch
# ("Postponed", "Verschoben", "Pospuesto", "Reporté", "Uitgesteld": fx352, each was an unknown
# outcome): interviewing, its day asked for as "Rescheduled"'s is, and a day in Interview Date
# that has passed read as the one put off (``row_dates.put_off_without_a_day``). Whole cell
# only: "Start date postponed" and "Offer postponed" say something else.
OUTCOMES_ALONE |= {
    k: "interviewing"
    for k in (
        *("postponed", "interviewpostponed", "pushedback", "verschoben", "aufgeschoben"),
        *("pospuesto", "pospuesta", "aplazado", "aplazada", "reporte", "reportee"),
        *("uitgesteld", "repousse", "repoussee"),
    )
}
# The negations of Indonesian and Malay (formal and informal), Vietnamese (with their
# accents: "chưa", "không") and Tagalog ("wala", "walang"): in front of an English word they
# cancel it as "not" does ("Belum interview" is no interview yet, as "Not interviewed yet");
# their "waiting for" ("menunggu", "chờ", Thai "รอ") is ``_AWAITING``'s; Malay "tak" too
# ("Tak ada offer" is no offer), but not right before a Polish
# word, where it is Polish "yes" (``POLISH_OUTCOME_WORDS``: "Tak oferta" is an offer, fx188 F5;
# before an English word it stays a negation: "Tak offer" needs info). Not Vietnamese "ko",
# "k" (too short to be sure of), nor Tagalog "hindi" (the language: "Hindi interview").
OUTCOME_NEGATIONS = frozenset(
    {"belum", "tidak", "tdk", "gak", "ga", "nggak", "enggak", "ngga", "engga", "bukan", "tiada"}
    | {"tak"}
    | {"chưa", "không", "wala", "walang"}
)
# The Polish keys of ``OUTCOMES``: "tak" right before one is Polish "yes", no negation.
POLISH_OUTCOME_WORDS = frozenset(
    {"wyslano", "wyslane", "aplikowano", "zaaplikowano", "zlozono", "brakodpowiedzi"}
    | {"oczekuje", "czekam", "bezodpowiedzi", "rozmowa", "rozmowakwalifikacyjna", "wtrakcie"}
    | {"zaproszenie", "oferta", "ofertaprzyjeta", "przyjetaoferta", "zatrudniony"}
    | {"zatrudniona", "odrzucono", "odrzucona", "odrzucony", "odrzucone", "odmowa"}
    | {"nieprzyjeto", "nieprzyjety", "nieprzyjeta", "negatywna", "odpowiedznegatywna"}
    | {"wycofano", "wycofalem", "wycofalam", "rezygnacja", "wstrzymane", "wstrzymana"}
    | {"nigdynieodpowiedzieli", "nigdynieodpisali"}
)
# The Indonesian, Malay, Vietnamese and Thai words of a rejection or withdrawal read as the
# whole cell only (``OUTCOMES_ALONE``), the verbs "(me)nolak" (decline) and "từ chối"
# (refuse), and Tagalog "tinanggihan" (declined): in a longer cell they say the row went the
# other way, so the English words of their clause are not read ("Offer ditolak", "Gagal
# interview user", "Tinanggihan ang offer"); the row needs info, unless the cell is one of
# the forms read (``OUTCOMES``: "Offer ditolak" is rejected).
OUTCOME_CONTRARY = frozenset(
    {k for k, v in OUTCOMES_ALONE.items() if v in ("rejected", "withdrawn")}
    | {"tolak", "menolak", "tuchoi", "tinanggihan", "tinanggihang"}
    # English "fail(ed)" and "decline", "turn(ing) down" (fx182): "Technical interview failed
    # on my side", "Will decline the job offer" are no interview going on, no offer kept; the
    # forms read (``OUTCOME_SENTENCES``: "Failed interview"; ``OUTCOMES``: "Declining offer")
    # are rejected, the rest needs info. "Failed to show" names no stage: no change there.
    | {"fail", "fails", "failed", "failing", "decline", "declines", "declining"}
    | {"turndown", "turningdown"}
    | {"gelmedi"}  # Turkish "did not come": "Teklif gelmedi" is no offer made (ot100 F1)
)
# Malay "did not pass" as the whole cell, as "Tidak lolos" (ot98 F12: it needed info); no
# contrary word in a longer cell, where "Tak" is also a name ("Interview with Tak Lolos").
OUTCOMES_ALONE["taklolos"] = "rejected"
# English negations that, right after a stage or an offer (auxiliaries between aside: "Offer
# has not been received"), cancel it as well as the word after them: "Offer not received",
# "Interview not scheduled", "Offer never came" say it did not happen (fx182: the row closed
# as an offer, or stayed interviewing). Unless the word after is another stage or outcome
# they negate instead ("Applied not interviewed" is applied), or the word before is a
# closing one ("Rejected not sure why": ``CLOSED_WITHOUT_OFFER`` stands). Not "no" ("Interviewed
# no news"), "non", "without" ("Offer accepted without negotiation"), which start a noun.
OUTCOME_NEGATIONS_AFTER = frozenset(
    {"not", "never", "didnt", "doesnt", "dont", "isnt", "wasnt", "arent", "werent", "hasnt"}
    | {"havent", "hadnt", "cant", "couldnt", "wont", "wouldnt"}
)
# The words between a stage and the negation after it ("Offer has not been received",
# "Interview was not scheduled"), and between the negation and the word it governs.
# The words between "waiting" and what is waited for (``Vocabulary.awaiting``).
_AWAITED_BETWEEN = frozenset(
    {"for", "on", "the", "an", "a", "my", "their", "job", "final", "formal", "written"}
    | {"official", "verbal"}
    # German "auf", French "d'"/"de", "une", Spanish and Portuguese "una", "uma", "la", "a"
    # ("Warte auf Angebot", "En attente d'offre", "Aguardando proposta").
    | {"auf", "ein", "das", "d", "de", "du", "une", "una", "uma", "um", "la", "por", "pela"}
    # ... and the other articles and prepositions of German ("aufs", "auf's", "die", "eine"),
    # French ("l'", "le", "un"), Dutch ("op", "van", "het", "een"), Italian ("di", "dell'",
    # "della", "un") and Spanish ("el", "un"): "Warte aufs Angebot", "En attente de l'offre",
    # "Wacht op aanbod", "In attesa dell'offerta" (ot104 F1: each closed the row as an offer).
    | {"aufs", "s", "die", "den", "eine", "einen", "l", "le", "un", "des", "op", "van", "het"}
    | {"een", "di", "del", "dell", "della", "uno", "il", "el"}
)
# The words of waiting for, hoping for, expecting: an offer after them (``_AWAITED_BETWEEN``
# aside) is none yet (fx182: "Waiting for the offer"; ot97 F2: "Hoping for an offer",
# "Esperando oferta", "Warte auf Angebot", "En attente d'offre", "Aguardando proposta" closed
# the row as an offer). Indonesian and Malay "menunggu", Vietnamese "chờ", Thai "รอ" are
# "waiting for", no negation: "Menunggu offer" is waiting (ot97 F10: it needed info).
_AWAITING = frozenset(
    {"waiting", "awaiting", "wait", "waitingfor", "waitingon", "hoping", "hope", "hopefully"}
    | {"expecting", "expect", "esperando", "aguardando", "warte", "warten", "attente"}
    | {"menunggu", "nunggu", "tunggu", "chờ", "รอ"}
    # German "(I) hope (for)" ("Hoffe auf Zusage": ot101 F1, it closed the row as an offer).
    | {"hoffe", "hoffen", "hoffentlich"}
    # French "(I) wait for", Dutch "wait(ing) for", Italian and Spanish "waiting (for)", as
    # typed or as the phrases read ("Attends une offre", "Wacht op aanbod", "In afwachting van
    # aanbod", "In attesa di offerta", "En espera de oferta", "A la espera de oferta": ot104
    # F1, each closed the row as an offer). Not English "attend" (an interview attended).
    | {"attends", "attendons", "wacht", "wachten", "wachtend", "afwachting", "inafwachting"}
    | {"attesa", "inattesa", "aspetto", "aspettando", "espera", "enespera", "alaespera"}
    | {"enattente", "aguardo"}
)
# The waiting words said after what is waited for, right after it in its clause: "Aanbod in
# afwachting", "Offerta in attesa", "Offer awaited" (ot104 F1: the Dutch and Italian forms
# closed the row as an offer).
_AWAITED_AFTER = frozenset(
    {"inafwachting", "inattesa", "enattente", "enespera", "emespera", "ausstehend", "awaited"}
    | {"attendue", "attendu", "erwartet", "verwacht", "esperada", "esperado", "atteso", "attesa"}
)
# The words of a cell that say the employer has not answered yet: an offer named in it is
# one awaited, as "No offer yet" is (ot97 F2: "Offer - no news", "No answer yet on offer"
# closed the row as an offer).
_UNANSWERED = frozenset(
    {"nonews", "nonewsyet", "noansweryet", "noresponseyet", "noreplyyet", "nowordyet"}
    | {"stillinterviewing", "stillwaiting", "nofeedbackyet"}
)
# A "no offer" with "yet", "so far", "as of now" after it, or "still" before it, is one not
# made yet, as "No offer yet" is (ot97 F3: "No offer from them yet", "Still no offer", "No
# offer so far" were rejected). "No offer" alone stays rejected.
_NO_OFFER = frozenset(
    {"nooffer", "sinoferta", "semproposta", "semoferta", "pasdoffre", "nessunaofferta"}
    | {"geenaanbod", "keinangebot", "keinezusage"}
    | {"nohayoferta", "nohayofertas", "nohaypropuesta", "naohaproposta", "naohaoferta"}
    | {"teklifyok"}
    | {"nenhumaoferta", "nenhumaproposta", "ningunaoferta", "ningunapropuesta", "aucuneoffre"}
    | {"nienteofferta", "nessunaproposta"}
)
# "Yet", "still" in English, Spanish, Portuguese, French ("encore"; "toujours pas d'offre",
# still no offer), German, Dutch, Italian and Turkish ("henüz").
_YET = frozenset(
    {"yet", "still", "todavia", "aun", "ainda", "encore", "toujours", "noch", "nog", "ancora"}
    | {"henuz", "bisher"}
)
# "So far", "for now", "at the moment" in English, Spanish ("por ahora", "por el momento"),
# Portuguese ("por enquanto", "no momento"), Italian ("per ora"), French ("pour l'instant",
# "pour le moment") and German ("bisher", above), after a "no offer" (ot100 F4: "Sin oferta
# por ahora", "Kein Angebot bisher" were rejected).
_SO_FAR = frozenset(
    {("so", "far"), ("as", "of"), ("for", "now"), ("right", "now"), ("till", "now")}
    | {("por", "ahora"), ("por", "enquanto"), ("per", "ora"), ("l", "instant"), ("le", "moment")}
    | {("the", "moment"), ("el", "momento"), ("no", "momento"), ("il", "momento")}
)
# A decline only thought of, said before it in its clause: the offer is still the person's
# to weigh ("Might decline offer", "Thinking to decline offer": ot97 F4, they were rejected).
# Capitalised words beside a negation that make no name with it: Malay "Tak Dapat offer" is
# no offer got.
_NOT_NAME_WORDS = frozenset(
    {"ada", "dapat", "dapet", "dpt", "jadi", "lolos", "lulus", "terima", "diterima", "kena"}
    | {"boleh", "mau", "pernah", "sempat", "masuk", "sudah", "udah", "masih", "lagi", "ke"}
    | {"di", "ya", "get", "got", "the", "an", "a", "my", "to", "i", "we", "they", "this", "that"}
)
# An offer pending the person's signature is made ("Oferta pendiente de firma").
_PENDING_OFFER = frozenset(
    {"offerpending", "ofertapendiente", "propostapendente", "offerletterpending"}
)
_SIGNATURE = frozenset(
    {"signature", "signing", "sign", "firma", "assinatura", "signatur", "unterschrift"}
    | {"handtekening", "ondertekening"}
)
_HEDGES = frozenset(
    {"might", "may", "maybe", "perhaps", "possibly", "probably", "thinking", "considering"}
    | {"consider", "pondering", "unsure", "undecided", "whether", "could", "should"}
)
# What the person has yet to do with an offer made: "Offer not yet signed" is the offer
# (ot97 F4: it was interviewing, as "Offer not yet" alone is).
_ON_THE_PERSON = frozenset(
    {"signed", "countersigned", "accepted", "decided", "answered", "responded", "replied"}
    | {"returned"}
)
# What an interview stage is not yet when the negation after it governs one of these: it is
# to come all the same ("Onsite not confirmed", "Interview not yet confirmed": fx188 F6). Not
# "scheduled" ("Interview not scheduled" may never happen: it needs info).
_UNSETTLED = frozenset({"confirmed", "finalised", "finalized"})
# ... nor when it governs an opinion of it ("Interview not bad", "Onsite not great": ot98 F12,
# they needed info).
_OPINIONS = frozenset(
    {"bad", "great", "good", "well", "too", "so", "terrible", "awful", "perfect", "easy", "ideal"}
)
# ... and what it no longer is when the negation governs one of these: an interview not
# accepted was declined (by the candidate? the employer?), in English, Spanish, French,
# Portuguese and Italian ("Interview not accepted", "Entrevista no aceptada", "Entretien non
# accepté", "Entrevista não aceita": they were interviewing; they need info).
_NOT_ACCEPTED = frozenset(
    {"accepted", "aceptada", "aceptado", "accepte", "acceptee", "aceita", "aceito"}
    | {"accettato", "accettata"}
)
_AUXILIARIES = frozenset(
    {"is", "was", "are", "were", "has", "have", "had", "been", "being", "still", "yet"}
    | {"did", "does", "do", "even", "ever", "really", "the", "an", "a"}
)
# The arrows between the steps of a trail ("Interview -> Offer", "Applied > Interview >
# Offer", "Phone screen → Onsite → Offer", "=>", "»"), and the steps they split.
_ARROW_CHARS = ">\u2192\u21d2\u27f6\u27f9\u2794\u279c\u279d\u279e\u27a1\u00bb"
ARROWS = re.compile(rf"-+>|=+>|[{_ARROW_CHARS}]")
# A cross beside an outcome word says no, as it does in a sent column (``NO_MARKS``): "Offer ❌",
# "Tawaran ✗" (no offer), "Lolos ❌" (not passed) were read as the word, the mark dropped as
# punctuation (ot95 F7). A tick ("Offer ✅") says yes: the word stands. A multiplication sign
# between numbers is none ("2×2 interview", "3 × 45 min": fx188 F2). A thumbs-down is a cross
# ("Phone screen ✅ Onsite 👎": ot108 F1, it was interviewing, a check-in asked for).
CROSS_MARKS = (
    "[\u274c\u2717\u2718\u2716\U0001f6ab\U0001f44e]|(?<!\\d)(?<!\\d\\s)[\u2715\u00d7](?!\\s?\\d)"
)
TICK_MARKS = "[\u2705\u2714\u2713\u2611\U0001f5f8]"
# A no-show, the candidate's or the interviewer's: the interview did not happen, and nothing
# says whether it will (ot95 F6: "Interview offer - no show" was interviewing). "No show" alone
# is no known outcome already.
NO_SHOW = r"\bno[\s-]*shows?\b|\b(?:didn[\u2019']?t|did\s+not|never)\s+show(?:ed)?\b"
OUTCOME_UNSETTLING = re.compile(f"{CROSS_MARKS}|{NO_SHOW}")
_NO_SHOW_ALONE = re.compile(NO_SHOW)
_CROSS = re.compile(CROSS_MARKS)
_TICK = re.compile(TICK_MARKS)
# A no-show with a new date after it is an interview to come (fx188 F3: "Interviewer no show,
# rescheduled" needed info): the cell reads as its words do. Not when the no-show comes after
# ("Rescheduled, then no show") or the new date is denied in its clause ("No show, not
# rescheduled", "not yet rebooked", "hasn't been rescheduled").
_RESCHEDULED = re.compile(r"\bre-?(?:scheduled|booked)\b")
_DENIED = re.compile(r"\b(?:not|never|no|yet)\b|n['\u2019]?t\b")
# An interview invitation accepted, at a clause's start, is the interview (ot95 F4: "Interview
# offer accepted", "Accepted interview", "Interview invite accepted" closed the row as the job
# accepted, its thank-you and check-ins dropped). Not "Accepted after final interview", "Offer
# accepted after interview", "Interview, offer accepted" (the job's), nor a bare "Interview -
# accepted" (a trail: the interview, then the job accepted?).
# The spaces after a clause's end are taken up to a new line, not across it: a new line ends a
# clause too, and each of a run of them started a scan of the rest of the run (1.8 s for 4,000
# new lines). A clause after new lines starts after the last ("Onsite,\n\n accepted ...").
_CLAUSE_START = rf"(?:^|(?<=[,;:.!?/|()\[\]\n\u2013\u2014{_ARROW_CHARS}])|(?<=\s-))[^\S\n]*"
_ROUND = (
    r"(?:(?:first|second|third|final|1st|2nd|3rd|phone|video|onsite|on-site|technical|hr"
    r"|panel|recruiter|zoom|teams)\s+)?"
)
_INVITATION = (
    r"(?:interview\s+(?:offer(?:ed)?|invite|invitation|request)"
    r"|(?:offer|invitation|invite)\s+(?:to|of|for)\s+(?:an\s+)?interview)"
)
# "Accepted another interview", "Accepted the next interview" (fx213: they closed the row as the
# job accepted); "Accepted another offer" is the person's withdrawal (``OUTCOME_SENTENCES``).
_WHICH_INTERVIEW = r"(?:(?:the|an|their|another|next|one\s+more)\s+){0,2}"
_INVITATION_ACCEPTED = re.compile(
    rf"{_CLAUSE_START}{_ROUND}(?:{_INVITATION}\s*[:\-\u2013\u2014]?|interview)"
    r"\s*(?:(?:was|is|has\s+been)\s+)?accepted\b"
    rf"|{_CLAUSE_START}(?:i\s+)?accepted\s+{_WHICH_INTERVIEW}{_ROUND}(?:{_INVITATION}|interview)\b",
    re.IGNORECASE,
)
# ... and accepted for or to a round, or a round's invite accepted, at a clause's start, is a
# step passed, the next to come (ot100 F3: "Accepted for next round", "Accepted to final round",
# "Accepted the onsite invite" closed the row as the job accepted). Not "Accepted for the
# role", "Accepted the offer": read as before. A bare invite accepted is an interview's too
# (``_INVITE_ACCEPTED``).
# ... and a stage named: "Accepted to onsite", "Accepted for phone screen" (fx225: they closed
# the row as the job accepted). Not an onsite role ("Accepted for onsite position").
_STAGE_NAMES = (
    r"(?:onsite|on-site|phone\s+screen(?:ing)?|screening|technical|panel|assessment"
    r"(?:\s+cent(?:re|er))?|superday|case\s+study|take-home|final)"
)
_ACCEPTED_FOR_ROUND = re.compile(
    rf"{_CLAUSE_START}(?:i\s+)?(?:(?:was|been|got|have\s+been)\s+)?accepted\s+"
    r"(?:(?:for|to|into|in)\s+(?:(?:the|a|an)\s+)?"
    r"(?:(?:next|final|last|another|\d+(?:st|nd|rd|th)?|first|second|third|fourth)\s+)?"
    rf"(?:rounds?|stages?|steps?|interviews?|{_STAGE_NAMES}(?:\s+(?:interviews?|rounds?))?"
    r"(?=\s*(?:$|[,;:.!?)\]\n\u2013\u2014]|\s-|\s+(?:on|next|scheduled|booked|date|tbd|tbc"
    r"|in|at)\b)))\b"
    r"|(?:(?:the|an|their)\s+)?(?:first|second|third|final|1st|2nd|3rd|phone|video|onsite"
    r"|on-site|technical|hr|panel|recruiter|zoom|teams|meeting|calendar)\s+(?:invite|invitation)s?\b)",
    re.IGNORECASE,
)
# An invite or an invitation accepted, none named, at a clause's start, is an interview's: an
# offer is never an "invite" ("Accepted the invite", "Invite accepted", "Accepted the calendar
# invitation": fx213, they closed the row as the job accepted). Not "Declined the invite" (a
# no: rejected, as before), "Accepted the offer", "Offer accepted (invite sent)".
_THE_INVITE = r"(?:(?:the|an?|my|their|his|her|calendar|meeting|zoom|teams|google|outlook)\s+)*"
_INVITE_ACCEPTED = re.compile(
    rf"{_CLAUSE_START}(?:i\s+)?accepted\s+{_THE_INVITE}(?:invites?|invitations?)\b"
    rf"|{_CLAUSE_START}{_THE_INVITE}(?:invites?|invitations?)\s+(?:(?:was|is|has\s+been)\s+)?"
    r"accepted\b",
    re.IGNORECASE,
)
# A "decline to" say something is no decline of the job (ot98 F1: "Declined to comment", "HR
# declined to share salary band", "Phone screen, declined to give range" closed the row as
# rejected): the employer did not answer, as "No answer" says, and the rest of its clause (what
# was not said) is not read. Not "declined to give (me) an offer" (a no), nor a decline to
# go on ("Declined to proceed", "declined to move forward": rejected, as "Declined" is).
# "Refused to", "would not", "wouldn't" say it likewise (ot100 F5: "Refused to comment" was
# rejected, "Would not comment" needed info).
_DECLINE = (
    r"\b(?:(?:declin|refus)(?:e|es|ed|ing)\s+to|would\s+not|wouldn['\u2019]?t|won['\u2019]?t"
    r"|will\s+not)\s+"
)
_TELL = (
    r"(?:comment|say|answer|respond|reply|share|give|provide|disclose|specify|reveal|tell"
    r"|confirm|discuss|elaborate|explain|state|clarify|divulge)\b"
)
_NOT_AN_OFFER_NEXT = r"(?!\s+(?:(?:an?|the|me|us|him|her|them|any|my|job)\s+)*offers?\b)"
_REST_OF_CLAUSE = rf"(?:(?!\s-|-\s)[^,;:.!?/|()\[\]\n\u2013\u2014{_ARROW_CHARS}])*"
_DECLINED_TO_TELL = re.compile(
    rf"{_DECLINE}{_TELL}{_NOT_AN_OFFER_NEXT}{_REST_OF_CLAUSE}", re.IGNORECASE
)
# ... and a decline to do anything else that is no going on ("Declined to relocate",
# "declined to negotiate") is read as "decline" is: its clause unread, the row needs info.
_GOING_ON = (
    r"(?:proceed|move|moving|continue|progress|pursue|advance|interview|hire|offer|extend"
    r"|make|give|go|take|consider|invite|schedule|meet|attend|accept|join|sign)\b"
)
_DECLINED_TO_OTHER = re.compile(
    rf"\bdeclin(?:ed|es)(?=\s+to\s+(?!{_GOING_ON})[^\W\d_])", re.IGNORECASE
)
# Someone's decline of a meeting or its calendar invite is no decline of the job
# ("Interviewer declined the invite, rescheduling": ot98 F1, it was rejected): not read, the
# rest of the cell is. Not the person's own ("Declined the invite", "I declined the meeting"),
# nor of an interview invitation ("HR declined the interview invite"): read as before.
# ... and someone's decline of a meeting's or a calendar's invite is the meeting to be set
# again, interviewing, as "..., rescheduling" is (ot100 F11: "Recruiter declined the meeting
# invite" needed info).
_SOMEONES_DECLINED_INVITE = re.compile(
    r"(?P<who>\b(?!(?:i|we|me|candidate)\b)[^\W\d_]+)\s+declin(?:ed|es)\s+"
    r"(?:(?:the|a|an|my|our|their|his|her)\s+)*"
    r"(?:calendar|meeting|zoom|teams|google|outlook)\s+(?:invites?|invitations?)\b",
    re.IGNORECASE,
)
_SOMEONES_DECLINED_MEETING = re.compile(
    r"(?P<who>\b(?!(?:i|we|me|candidate)\b)[^\W\d_]+)\s+declin(?:ed|es)\s+"
    r"(?:(?:the|a|an|my|our|their|his|her|calendar|meeting|zoom|teams|google|outlook)\s+)*"
    r"(?:invites?|invitations?|meetings?|calls?|(?:time\s+)?slots?)\b",
    re.IGNORECASE,
)
# A salary ceiling talked about, not an offer made (ot103 F7: "Offer up to 120k discussed"
# closed the row as an offer): "offer (of) up to <amount>" and a word that it was discussed,
# mentioned or is a range or budget; "can / could / would offer up to <amount>"; "offer range
# / budget / band (of) up to <amount>". Read as "offer discussion" (interviewing). Not "Offer
# up to 120k" alone, "Offer: up to 120k", "Offer up to 120k received" or "..., discussed with
# my partner" (another clause): an offer and its amount.
_AMOUNT = (
    r"(?:[$\u20ac\u00a3\u00a5\u20b9]\s?)?\d[\d,.]*\s?(?:k|m|mn|lpa|lakhs?)?"
    r"(?:\s?(?:usd|eur|gbp|chf|cad|aud|inr|sgd|[$\u20ac\u00a3]))?"
    r"(?:\s+(?:base|salary|gross|total|tc|ote|a\s+year|per\s+(?:year|annum)|pa|/\s?(?:yr|year)))*"
)
_OFFER_CEILING_TALKED_ABOUT = re.compile(
    rf"\boffers?\s+(?:of\s+)?up\s+to\s+{_AMOUNT}\s+(?:(?:was|were|is|been|being)\s+)*"
    r"(?:discussed|mentioned|talked\s+about|floated|quoted|indicated|suggested|possible"
    r"|range|budget(?:ed)?|max(?:imum)?|ceiling|cap|in\s+range)\b"
    rf"|\b(?:can|could|would|might|may|will|(?:able|willing|happy|prepared)\s+to)\s+offer\s+"
    rf"(?:of\s+)?up\s+to\s+{_AMOUNT}"
    rf"|\boffers?\s+(?:range|budget|band)\s+(?:of\s+)?up\s+to\s+{_AMOUNT}",
    re.IGNORECASE,
)
# An offer talked about, at a clause's start, is none in hand yet: read as "offer discussion"
# (interviewing, as "Offer call" is). fx225: "Offer discussed", "Discussed the offer" closed
# the row as an offer, while "Offer discussion" and "Offer up to 120k discussed" were
# interviewing; in German, French, Spanish and Portuguese too ("Angebot besprochen", "Offre
# discutée", "Oferta discutida"). Not "Verbal offer discussed" (a verbal offer is made), its
# terms, package or letter discussed (an offer there to discuss), "Offer discussed with my
# partner" (the person's own talk of it), "Offer discussed and accepted" (accepted: its
# "accepted" is read).
_OFFER_DISCUSSED = re.compile(
    rf"{_CLAUSE_START}(?:(?:the|an?|job|possible|potential)\s+)?offers?\s+"
    r"(?:(?:was|were|is|has\s+been|been|being|got)\s+)*(?:discussed|talked\s+(?:about|through))\b"
    r"(?!\s+with\s+(?:my|our)\b)"
    rf"|{_CLAUSE_START}(?:(?:we|i)\s+)?(?:discussed|discussing|talked\s+about|talking\s+about)\s+"
    r"(?:(?:the|an?|job|possible|potential)\s+)?offers?\b"
    r"(?!\s+(?:details|terms|package|letter|amount|salary)\b)"
    r"|(?:^|(?<=[,;:(\[\u2013\u2014]))\s*(?:angebot\s+besprochen|offre\s+discut(?:\u00e9|e)e"
    r"|(?:oferta|proposta)\s+(?:discutida|conversada|conversad[ao])|oferta\s+hablada)\b",
    re.IGNORECASE,
)
# ... but an offer talked about then made, received, sent, signed or accepted is read at its
# later step, as "Offer made and discussed" is (ot107 F2: "Offer discussed and made", "Offer
# discussed; signed", "Offer discussed, contract sent", "Offre discutée et acceptée", "Angebot
# besprochen und unterschrieben" were interviewing, the check-ins going on): the offer, or
# accepted for a signature, as an acceptance. So is one whose amount follows ("Offer
# discussed: 95k + bonus", as "Discussed offer terms"). Not "Offer discussed, waiting",
# "Offer discussed with HR", "Offer discussed, sent thank-you": none in hand yet.
_LATER_STEP = (
    r"\s*(?:[,;:&+\u2013\u2014]|\s-|\b(?:and|then|und|dann|et|puis|y|e)\b)\s*"
    r"(?:(?:and|then|und|dann|et|puis|y|e|the|an?|written|formal|der|das|le|la|el)\s+)*"
    r"(?:(?:offer|contract|angebot|vertrag|offre|contrat|oferta|contrato|proposta)\s+)?"
    r"(?:(?:was|been|has\s+been|wurde|a\s+(?:\u00e9t\u00e9|ete))\s+)?"
)
_OFFER_DISCUSSED_THEN = re.compile(
    rf"{_CLAUSE_START}(?:(?:the|an?|job)\s+)?(?:offers?\s+(?:(?:was|were|is|has\s+been|been)\s+)?"
    r"(?:discussed|talked\s+(?:about|through))|angebot\s+besprochen"
    r"|offre\s+discut(?:\u00e9|e)e|(?:oferta|proposta)\s+(?:discutida|conversada))"
    rf"{_LATER_STEP}(?:(?P<signed>signed|countersigned|unterschrieben|unterzeichnet"
    r"|sign(?:\u00e9|e)e?|firmad[oa]|assinad[oa]|accepted|angenommen|accept(?:\u00e9|e)e?"
    r"|aceptad[oa]|aceit[oa])"
    r"|made|received|extended|sent|issued|in\s+writing|in\s+hand|erhalten|bekommen"
    r"|re(?:\u00e7|c)ue?|recibid[oa]|recebid[oa])\b"
    # The step ends its clause, or says how or when: not "made my case", "sent thank-you".
    r"(?=\s*(?:$|[,;.!?)\]\u2013\u2014]|\s-|\s+(?:in\s+writing|by|via|over|on|today"
    r"|yesterday|\d)))"
    rf"|{_CLAUSE_START}(?:(?:the|an?|job)\s+)?offers?\s+discussed\s*[:\u2013\u2014-]\s*"
    r"(?=[$\u20ac\u00a3]?\s?\d)",
    re.IGNORECASE,
)


def _offer_discussed_then(match: re.Match[str]) -> str:
    """The later step of an offer talked about: accepted for a signature or an acceptance, else
    the offer."""
    return " offer accepted " if match.group("signed") else " offer received "


# "Offer" as a word of a name: OfferUp (the marketplace) written as two words, and the
# product-management area "Offer Management" ("Offer Up onsite", "Offer Management PM -
# onsite": ot98 F2, they closed the row as an offer). Not "Offer up to 120k".
# In capitals too ("OFFER UP ONSITE", "OFFER UP": fx213, the first closed the row as an
# offer), and in any case before an interview word ("offer up onsite"). Not "OFFER UP TO 120K".
_OFFER_NAMES = re.compile(
    r"\b(?:[Oo]ffer\s?Up|OFFER\s?UP)\b(?!\s+(?i:to)\b)"
    r"|(?i:\boffer\s?up\b(?=\s*(?:[-:\u2013\u2014]\s*)?(?:onsite|on-site|interviews?|phone"
    r"|screen(?:ing)?|technical|final|panel|video|recruiter|hr|hiring|rounds?|assessment)\b))"
    r"|(?i:\boffers?\s+(?:management|managers?|marketing)\b)"
)
# A surname after an initial or a title is a person's ("Phone screen w/ J. Offer", "Onsite
# with Dr. Decline": the full stop ended the clause, and the name was read alone).
_SURNAME_AFTER_INITIAL = re.compile(
    r"(?<![.\w])(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof)\.\s*(?:Offer|Offered|Declined?|Tak|Accepted|Rejected)\b"
)
# ... and an "offer accepted" the brackets after it say was an interview's invitation: "Offer
# accepted (interview invite)" (fx198: it closed the row as the job accepted). Not "Offer
# accepted (after interview)", "Offer accepted (interview 12/1)": the job's.
_INVITE_ACCEPTED_BRACKETED = re.compile(
    r"\b(?:offer|invite|invitation)\s+accepted\s*[(\[]\s*(?:(?:an?|the)\s+)?"
    rf"{_ROUND}(?:interview\s+(?:invite|invitation|request|offer)"
    r"|(?:invite|invitation)(?:\s+(?:to|for)\s+(?:an?\s+)?interview)?)\s*[)\]]",
    re.IGNORECASE,
)
# French "pas encore d'offre" ("not yet an offer") is read as "pas d'offre encore": a "no offer"
# with "yet" after it, one not made yet (``_NO_OFFER``; fx198: "pas" is no negation, Dutch
# "only just", so the cell closed the row as an offer).
# "Pas encore reçu d'offre" (not yet received an offer) likewise (ot100 F1: it was an offer).
_PAS_ENCORE = re.compile(
    r"\bpas\s+encore\s+(?:(?:re[çc]u|eu|obtenu)e?s?\s+)?(d['\u2019]\s*|de\s+)(\w+)",
    re.IGNORECASE,
)
# "Not rejected yet" in French, Dutch, German and Spanish is read as "No rejection yet"
# (interviewing): "Pas encore refusé", "Pas encore de refus", "Nog niet afgewezen" closed the
# row as rejected (French "pas" and Dutch "niet" are no negations here), "Noch keine Absage",
# "Todavía no rechazado", "Aún no me han rechazado" needed info (ot111 F2).
_NOT_REJECTED_YET = re.compile(
    r"\bpas\s+encore\s+(?:(?:\u00e9t\u00e9|ete)\s+)?(?:de\s+|d['\u2019]\s*)?"
    r"(?:refus(?:\u00e9|e)?e?s?|rejet(?:\u00e9|e)?e?s?)(?!\w)"
    r"|\bnog\s+(?:niet|geen)\s+(?:afgewezen|afwijzing)\b"
    r"|\bnoch\s+(?:nicht|keine)\s+(?:abgelehnt|absage|abgesagt)\b"
    r"|\b(?:todav(?:\u00ed|i)a|a(?:\u00fa|u)n)\s+(?:sin\s+rechazo|no\s+(?:me\s+)?"
    r"(?:(?:han|he|ha)\s+)?(?:sido\s+)?rechazad[oa]s?)(?!\w)",
    re.IGNORECASE,
)
# A requisition cancelled or a position closed that may reopen is on hold, not over ("Req
# cancelled - may reopen Q1": ot111 F13, it closed the row as rejected).
_MAY_REOPEN = re.compile(
    r"\b(?:cancell?ed|closed|paused)\s*(?:[,;:(\u2013\u2014]|\s-|-(?=\s))?\s*(?:but\s+)?"
    r"(?:(?:it|they|role|position)\s+)?(?:may|might|could|will|should|to|likely\s+to)\s+"
    r"(?:be\s+)?re-?open(?:ed)?\b",
    re.IGNORECASE,
)
# A round cancelled and given its new day is moved, not over ("Onsite 11/18 (cancelled, now
# 11/25)", "Interview cancelled - rescheduled for 11/25": ot131 F3, they closed the row as
# rejected): read as "rescheduled" is. A day must follow: "cancelled, now what?" is as before.
_CANCELLED_NEW_DAY = re.compile(
    r"\bcancell?ed\s*+(?:[,;:(\u2013\u2014-]\s*+)?(?:now|new\s++date:?|moved\s++(?:to|for)"
    r"|re-?scheduled\s++(?:to|for)|rebooked\s++(?:to|for))\s++(?=\d)",
    re.IGNORECASE,
)
# A round cancelled with its new day to come ("Interview cancelled - new date TBD", "Onsite
# cancelled (new date to be confirmed)", "Cancelled - will reschedule", "they'll reschedule"):
# moved, its day not known yet, read as "Rescheduled - new date TBD" is (fx333: it needed
# info, "Cancelled - will reschedule" closed the row as rejected). Not "no new date".
CANCELLED_NEW_DAY_TO_COME = re.compile(
    r"\bcancell?ed\s*+(?:[,;:(\u2013\u2014-]\s*+)?(?:"
    r"new\s++(?:date|day|time)\s*+:?\s*+(?:(?:is|still)\s++)?"
    r"(?:tb[dca]|to\s++be\s++(?:confirmed|decided|determined|set|scheduled|announced|agreed)"
    r"|pending|coming|soon|later)\b"
    r"|(?:(?:they|we|i)(?:'ll|\u2019ll|\s++will)|will|to\s++be|being)\s++(?:be\s++)?"
    r"re-?schedul(?:e|ed|ing)\b|re-?scheduling\b)",
    re.IGNORECASE,
)
# An offer's odds are no offer made ("Offer 50/50", "Offer chances 50%", "50/50 on the offer":
# they closed the row as an offer, so its check-ins stopped): read as "Offer maybe" is. Not
# "Offer 100%", nor a date ("Offer 5/1").
# A percentage followed by a word of the offer's terms is the offer made ("Offer 50% remote",
# "Offer: 50% bonus", "Offer 10% below ask": ot100 F6, they were read as its odds).
_TERMS = (
    r"(?:remote|bonus|below|above|raise|increase|equity|base|salary|more|less|over|under"
    r"|higher|lower|hike|signing|relocation|wfh|hybrid|travel|pay|commission)\b"
)
_ODDS = r"(?:50\s*[/-]\s*50|\d{1,2}\s*%)"
_OFFER_ODDS = re.compile(
    rf"\boffers?\b(?:\s+(?:chances?|odds|likelihood))?\s*[:\-]?\s*{_ODDS}(?![\d/%])"
    rf"(?:(?<!%)|(?!\s*{_TERMS}))"
    rf"|(?<![\d/]){_ODDS}\s+(?:chances?\s+)?(?:on|for|of)\s+(?:an?\s+|the\s+)?offers?\b",
    re.IGNORECASE,
)
# A tracker's "Offer:" field holding a no, none yet, n/a, pending or waiting is no offer made
# yet, as "Offer not yet" and "Offer pending" are (ot100 F1: "Offer: no", "Offer - no", "Offer:
# N/A", "Offer: pending", "None yet (offer)" closed the row as an offer). The clause holds the
# field alone: "Offer - no news" and "Offer: no, rejected" are read as before.
_FIELD_SAYS_NO = (
    r"(?:no|nope|nah|none|none\s+yet|nothing(?:\s+yet)?|n\s*/\s*a|na|not\s+yet|pending"
    r"|(?:still\s+)?(?:waiting|awaiting|pending))"
)
_OFFER_FIELD_NO = re.compile(
    rf"{_CLAUSE_START}offers?\s*(?:[:\-\u2013\u2014]|\s-)\s*{_FIELD_SAYS_NO}\s*[.!]?\s*"
    rf"(?=$|[,;)\]\n\u2013\u2014]|\s-)"
    rf"|{_CLAUSE_START}(?:none|nothing)\s+yet\s*[(\[]\s*offers?\s*[)\]]",
    re.IGNORECASE,
)
# An offer on hold is none made, the process paused: on hold, its follow-ups going on ("Offer
# on hold", "Offer is on hold", "Offer put on hold": fx213, they closed the row as an offer).
# Not "Offer accepted, on hold" (a clause of its own: the offer's, as before).
# ... and so with a comma or a field's colon or dash between ("Offer, on hold", "Offer - on
# hold": ot101 F10, they were the offer).
# ... and in brackets after it ("Offer (on hold until Q1)": ot104 F5, it was the offer).
_OFFER_ON_HOLD = re.compile(
    r"\boffers?\s*(?:letter\s*)?(?:[,:(\[\u2013\u2014]|\s-|-(?=\s))?\s*"
    r"(?:(?:is|was|has\s+been|been|got|now|currently|put)\s+)*"
    r"(?:on\s+hold|paused|frozen)\b",
    re.IGNORECASE,
)
# An offer put on hold and then taken back is read at its last step, rescinded (rejected, as
# "Offer rescinded" is): "Offer put on hold then rescinded", "Offer on hold, later withdrawn"
# (ot104 F5: it stayed on hold, open).
_OFFER_HELD_THEN_PULLED = re.compile(
    r"\boffers?\s*(?:letter\s*)?(?:(?:is|was|has\s+been|been|got|put)\s+)*"
    r"(?:on\s+hold|paused|frozen)\b[^,;.!?()\[\]\n]*?[,;]?\s*(?:and\s+|but\s+)?"
    r"(?:then|later|eventually|finally|afterwards)\s+(?:(?:was|got|been|it\s+was)\s+)?"
    r"(rescinded|withdrawn|pulled|cancell?ed|revoked|retracted)\b",
    re.IGNORECASE,
)
# A word before a company's legal form is the company's name, not an outcome ("Interview bei
# Zusage GmbH", "Zusage GmbH recruiter call", "recruiter (Zusage GmbH agency)": ot104 F4, each
# closed the row as an offer), as the totals rows' "Gesamt AG" is a company. The short forms
# in capitals only ("AG", "SA", "BV": "as", "se" are words), after a name not in capitals.
# The capitalised words before it are the name's too ("Tak Lee Ltd", "Offer Up Inc"), back to
# a word that is an outcome or an interview's ("Interview Acme GmbH": ``_name_before_form``).
_NAME_WORD = r"[A-Z\u00c0-\u00de][\w'\u2019-]*"
# A name in capitals and lower case before a short form: "OFFER AS EXPECTED" is no name.
_MIXED_NAME_WORD = r"[A-Z\u00c0-\u00de][\w'\u2019-]*?[a-z\u00df-\u00ff][\w'\u2019-]*"
_NAME_BEFORE_LEGAL_FORM = re.compile(
    rf"(?<![\w.])((?:{_NAME_WORD}\s+){{0,2}})"
    rf"(?:{_NAME_WORD}(?:\s+&\s+{_NAME_WORD})?\s+"
    r"(?i:gmbh|inc|ltd|llc|plc|corp|limited|kgaa|sarl|oyj|aps|asa|pty|pte|bhd|s\.a\.|b\.v\."
    r"|n\.v\.|s\.p\.a\.|s\.r\.l\.|s\.l\.)"
    rf"|{_MIXED_NAME_WORD}(?:\s+&\s+{_NAME_WORD})?\s+"
    r"(?:AG|SE|SA|AB|NV|BV|AS|KG|UG|SL|Oy|KK|LLP|SAS|SpA|Srl))"
    r"(?![\w&])\.?"
)


def _name_before_form(match: re.Match[str]) -> str:
    """``_NAME_BEFORE_LEGAL_FORM``'s match without its name: the words before the one right
    before the form are kept from the last that is an outcome's or an interview's word."""
    before = match.group(1).split()
    keep = max(
        (
            n + 1
            for n, word in enumerate(before)
            if header_key(word) in OUTCOMES or header_key(word) in INTERVIEW_TYPES
        ),
        default=0,
    )
    return " " + " ".join(before[:keep]) + " "


# An offer in the works, being prepared, or to come after the references or a background check
# is none made yet: read as "Offer maybe" (fx213: "Offer in the works", "Offer after references"
# closed the row as an offer). Not "Offer after final interview", "Offer after references came
# back" (made: the check is a clause's end only).
_CLAUSE_ENDS = rf"(?=\s*(?:$|[,;:.!?)\]\n\u2013\u2014{_ARROW_CHARS}]|\s-))"
_OFFER_TO_COME = re.compile(
    r"\boffers?\s+(?:letter\s+)?(?:(?:is|being)\s+)*(?:in\s+the\s+works|in\s+preparation"
    r"|being\s+(?:prepared|drafted|written|put\s+together|worked\s+on|approved)"
    # On its way, incoming, in or awaiting approval (ot101 F1: they closed the row as an offer).
    r"|on\s+(?:the|its)\s+way|incoming|in\s+(?:the\s+)?approvals?(?:\s+process)?"
    r"|(?:awaiting|waiting\s+for|needs|needing|under)\s+(?:final\s+)?approvals?)\b"
    r"|\bincoming\s+offers?\b"
    r"|\boffers?\s+(?:(?:expected|due|coming|pending)\s+)?after\s+(?:(?:the|my|their)\s+)?"
    r"(?:references?|refs?|reference\s+checks?|ref\s+checks?|background\s+checks?"
    # ... and a check still to be done said after it ("Offer after references are checked",
    # "... once references clear": ot104 F2, it was the offer); not "came back", "were checked".
    r"|bg\s+checks?)(?:\s+(?:(?:are|is|get|gets|have\s+been|has\s+been)\s+)?"
    rf"(?:checked|done|completed?|cleared?|verified|through|back|in|ok|fine)\b)?{_CLAUSE_ENDS}"
    # An offer being drafted or prepared said with its doer ("They are drafting an offer",
    # "HR is preparing the offer letter": ot104 F2, it closed the row as an offer).
    r"|\b(?:drafting|preparing|writing\s+up|putting\s+together|working\s+on)\s+"
    r"(?:(?:an?|the|my|their|your|a\s+formal|formal|written|job)\s+)*offers?\b"
    # ... and one to be made, in the future or a condition ("they'd make an offer to the
    # strongest candidate", "They will extend an offer", "planning to make an offer": ot104
    # F2). Not "Made an offer", "They made me an offer", "We would like to make you an offer".
    r"|(?:\b(?:would|will|going\s+to|gonna|plan(?:s|ning)?\s+to|intend(?:s|ing)?\s+to"
    r"|hop(?:e|es|ing)\s+to|expect(?:s|ing)?\s+to|about\s+to|might|may|could|should"
    r"|likely\s+to)|['\u2019](?:d|ll))\s+"
    r"(?:make|extend|send|give|present)\s+(?:(?:me|us|him|her|you|them)\s+)?"
    r"(?:(?:an?|the|their|formal|verbal|written|job)\s+)*offers?\b"
    # The offer's timeline asked or talked about ("Asked about offer timeline", "Asked about
    # the offer": ot104 F2): none in hand yet. Not "Asked about offer terms" (an offer there).
    r"|\basked\s+(?:them\s+|hr\s+|the\s+recruiter\s+)?(?:about|for)\s+(?:(?:an?|the|their)\s+)?"
    r"offers?\b(?!\s+(?:details|terms|package|letter|amount|salary|deadline|extension)\b)"
    r"(?:\s+(?:timelines?|timing|status|update|dates?))?"
    r"|\boffers?\s+(?:timelines?|timing)\b",
    re.IGNORECASE,
)
# "No offer decision(s)", "no offer news" is no decision yet, not "No offer" ("Recruiter: no
# offer decisions before January": ot104 F3, it closed the row as rejected).
_NO_OFFER_DECISION = re.compile(
    r"\bno\s+offers?\s+(?:decisions?|news|updates?|timelines?|feedback)\b", re.IGNORECASE
)
# "..., then (an) offer" after a waiting word is the offer to come after what is waited for
# ("In attesa di risposta dal cliente finale, poi offerta": ot104 F2, it was the offer). Not a
# trail without a waiting word ("Interview, then offer": the offer made).
_WAITING_THEN_OFFER = re.compile(
    r"(\b(?:waiting|awaiting|warte|warten|attente|attends|afwachting|wacht|attesa|espera"
    r"|esperando|aguardando)\b.*?)\b(?:then|poi|dann|puis|luego|despu(?:\u00e9|e)s|depois"
    r"|daarna|danach)\s+(?:(?:an?|the|un|une|l['\u2019]|la|ein|eine|een|het|de|una|uma|il)\s*)?"
    r"(?:offers?|offerta|angebot|offre|oferta|proposta|aanbod)\b",
    re.IGNORECASE | re.DOTALL,
)
# An offer's chances, odds, likelihood in words before it ("Chances of an offer: good", "Odds of
# getting an offer"; fx213: a phrase of four words, longer than the longest read, so "offer"
# was read alone): read as "Offer maybe", as "Chance of offer: high" is, and so with a word of
# its odds before it ("No chance of an offer", "Little chance of an offer": not "No" and
# "offer" read as "No offer", a rejection).
_CHANCES_OF_OFFER = re.compile(
    r"\b(?:(?:no|not\s+much|little|slim|low|small|good|high|some|zero|any|a)\s+)?"
    r"(?:chances?|odds|likelihood|probability|possibility)\s+(?:of|for|at)\s+"
    r"(?:(?:an?|the|getting|receiving|landing)\s+)*offers?\b",
    re.IGNORECASE,
)
# A tracker's "Offer:" field holding "not accepted" is read as "Offer not accepted" (rejected,
# as "Offer declined"), "not yet accepted" as "Offer not yet accepted" (the offer); one holding
# "no thanks" is the offer declined (fx213: both were read as the offer, the colon ending its
# clause).
_FIELD = r"\s*(?:[:\u2013\u2014]|\s-|-(?=\s))\s*"
# A comma or a bracket before it likewise ("Offer, not accepted", "Offer (not accepted)":
# ot101 F7, they were the offer).
_OFFER_FIELD_NOT_ACCEPTED = re.compile(
    rf"\b(offers?)(?:{_FIELD}|\s*,\s*|\s*[(\[]\s*)(?=(?:(?:was|is|has\s+been)\s+)?not\s+(?:yet\s+)?(?:been\s+)?accepted\b)",
    re.IGNORECASE,
)
_OFFER_FIELD_NO_THANKS = re.compile(
    rf"\boffers?{_FIELD}no\s*,?\s+thanks?(?:\s+you)?\b|\boffers?{_FIELD}no\s+thank\s+you\b",
    re.IGNORECASE,
)
# French "pas encore d'entretien" ("no interview yet") is read as "No interview yet": applied;
# "pas d'entretien" as "No interview": needs info (fx213: "pas" is no negation, Dutch "only
# just", so both were interviewing).
_PAS_ENTRETIEN = re.compile(
    r"\bpas\s+encore\s+(?:(?:eu|obtenu|pass[ée])e?s?\s+)?d['\u2019]\s*entretiens?\b",
    re.IGNORECASE,
)
# "Aucun entretien" ("no interview") likewise (fx225: "aucun" is no negation in the table, so
# it was interviewing, by "entretien").
_PAS_DENTRETIEN = re.compile(
    r"\b(?:pas\s+d['\u2019]\s*|aucun\s+)entretiens?\b(?!\s+(?:encore|pour|jusqu))",
    re.IGNORECASE,
)
# ... and "pas d'entretien" for now, so far, yet ("pour l'instant", "pour le moment", "jusqu'à
# présent", "encore") as "pas encore d'entretien".
_PAS_DENTRETIEN_YET = re.compile(
    r"\b(?:pas\s+d['\u2019]\s*|aucun\s+)entretiens?\s+(?:encore|pour\s+l['\u2019]\s*instant"
    r"|pour\s+le\s+moment|jusqu['\u2019]\s*(?:a|à)\s+pr[ée]sent|jusqu['\u2019]\s*ici)\b",
    re.IGNORECASE,
)
# ot101's outcome words (fx221), each read as the words after the arrow:
# "Accepted (round 2)", "Accepted - next round" -> "interview": accepted to a round, as
# "Accepted for round 2" is; "Accepted (final round)", "Accepted - final round" too, accepted
# into the last round as into round 2 (fx225: they were the job accepted; "Accepted (after
# final round)" still is). Not "Offer accepted (round 2)", "Rejected (round 2)".
_ROUND_NAMED = (
    r"(?:(?:round|stage)\s*(?:\d+|one|two|three|four|next)"
    r"|(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|next)\s+"
    r"(?:rounds?|stages?|interviews?|steps?))\b"
)
# ... but not where the cell goes on to the job: the round done, a signature, a contract, a
# start date, a celebration ("Accepted (final round) - signed", "Accepted - final round,
# starting Jan", "Accepted (final round done, starting Feb)", "Accepted (final round) 🎉":
# ot107 F1, they were interviewing, the check-ins going on after the job was taken; "start
# date 1 March" was read as the interview's date). The later words win, as in "Accepted
# (after final round)". A start named by its day alone ("starting Monday") may be the
# round's: not read.
_MONTHS = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april"
    r"|june|july|august|september|october|november|december)\b"
)
_THE_JOB_AFTER = (
    r"(?!\s*(?:done|completed|passed|over|finished|cleared)\b"
    r"|.*?(?<!\bnda\s)\b(?:signed(?!\s+up\b)|signature|countersigned|contract|onboarding"
    r"|start\s+date"
    rf"|(?:start|starts|starting|started)\s+(?:on\s+|in\s+)?(?:\d|{_MONTHS}))"
    r"|.*?[\U0001f389\U0001f38a\U0001f973\U0001f37e])"
)
_ACCEPTED_THEN_ROUND = re.compile(
    rf"{_CLAUSE_START}accepted\s*(?:[(\[:\u2013\u2014]|\s-|-(?=\s))\s*"
    rf"(?:(?:for|to|into|in)\s+)?(?:(?:the|a)\s+)?{_ROUND_NAMED}"
    # The last round, at the cell's start only: "Offer - accepted (final round)" is the offer
    # accepted there; nor "Accepted - final round offer", an offer.
    r"|^\s*accepted\s*(?:[(\[:\u2013\u2014]|\s-|-(?=\s))\s*(?:(?:for|to|into|in)\s+)?"
    r"(?:(?:the|a)\s+)?(?:final|last)\s+(?:rounds?|stages?|interviews?|steps?)\b"
    rf"(?!\s+offers?\b){_THE_JOB_AFTER}",
    re.IGNORECASE,
)
# "Accepted - waiting for offer", "Accepted, offer pending" -> "interview": what was accepted
# is no offer, the one to come is (it closed the row as the job accepted).
_ACCEPTED_OFFER_TO_COME = re.compile(
    r"^\s*accepted\s*(?=(?:[,;:(\[\u2013\u2014]|\s-|-(?=\s))\s*(?:still\s+)?"
    r"(?:(?:waiting|awaiting|hoping|expecting)\s+(?:(?:for|on)\s+)?"
    r"(?:(?:an?|the|job|formal|written|final)\s+)*offer"
    r"|offer\s+(?:pending|expected|to\s+come|soon|next|not\s+yet)))",
    re.IGNORECASE,
)
# "They accepted my application" -> "applied": the application received, as "Application
# accepted" and "Lamaran diterima" are (``OUTCOMES``).
_APPLICATION_ACCEPTED = re.compile(
    r"\baccepted\s+(?:my|our|the|his|her)\s+(?:job\s+)?"
    r"(?:application|cv|resume|r\u00e9sum\u00e9|candidacy)\b",
    re.IGNORECASE,
)
# "Accepted LinkedIn invite", "Connection request accepted" -> "contacted" (applied): a
# contact made, no interview and no job (it closed the row as the job accepted).
_CONNECTION_ACCEPTED = re.compile(
    r"\baccepted\s+(?:(?:the|my|our|their|his|her|a|an)\s+)*"
    r"(?:linkedin(?:\s+connection)?|connection)(?:\s+(?:invites?|invitations?|requests?))?\b"
    r"|\b(?:linkedin(?:\s+connection)?|connection)\s+(?:invites?|invitations?|requests?)\s+"
    r"(?:(?:was|is|has\s+been)\s+)?accepted\b"
    r"|\baccepted\s+on\s+linkedin\b"
    # ... and a connection made or accepted, said without "accepted" before it: "Connected on
    # LinkedIn", "Connected with the recruiter", "Connection accepted", "LinkedIn connection"
    # (fx225: they needed info, "Connection accepted" closed the row as the job accepted). A
    # networking contact is no application, but the road to one, as (DESIGN) "reached
    # out", "contacted", "referral" are (applied), so its check-in goes out as an
    # application's. Not a call's connection ("Connection issues in the interview"), nor one
    # denied ("Not connected").
    r"|(?<!not\s)(?<!never\s)\bconnected\s+(?:(?:with|to)\s+(?:(?:the|a|an|my|their|his|her)\s+)?"
    r"(?:recruiters?|hiring\s+managers?|hr|talent\s+(?:acquisition|partner|team)|sourcers?"
    r"|managers?|team\s+leads?|employees?|engineers?|someone|them|him|her)\b"
    r"(?:\s+(?:on|via|through|over)\s+linkedin\b)?"
    r"|(?:with\s+(?:[^\W\d_]+\s+){1,3})?(?:on|via|through|over)\s+linkedin\b)"
    r"|\b(?:linkedin\s+)?connection\s+(?:(?:was|is|has\s+been)\s+)?(?:accepted|made)\b"
    r"|^\s*(?:linkedin\s+)?connection(?:\s+on\s+linkedin)?\s*[.!]?\s*$"
    r"|^\s*(?:linkedin\s+connection|connected)\s*[.!]?\s*$",
    re.IGNORECASE,
)
# A "no" before two outcomes with "or" between negates both ("No rejection or offer yet": the
# offer was read, closing the row): said again as two clauses, "no rejection, no offer yet",
# read as such ("No offer, no rejection yet" is interviewing).
_NEGATED_OUTCOME = (
    r"(?:offers?|offered|rejections?|rejected|interviews?|interviewed|responses?|answers?|news"
    r"|feedback)\b"
)
_NO_THIS_OR_THAT = re.compile(
    rf"\b(no)\s+((?:an?\s+)?{_NEGATED_OUTCOME})\s+(?:or|nor)\s+"
    rf"(?=(?:(?:an?|any)\s+)?{_NEGATED_OUTCOME})",
    re.IGNORECASE,
)
# German "Zusage zum Vorstellungsgespräch", "Zusage für 2. Gespräch", "Zusage
# Gesprächstermin" -> "Gespräch": the interview confirmed, as "Einladung zum Gespräch"; "Zusage"
# alone, "Zusage nach dem Gespräch", "Zusage Vertragstermin" stay the job's (ot101 F3).
_ZUSAGE_FOR_INTERVIEW = re.compile(
    r"\bzusage\s+(?:(?:zum|zur|zu|f\u00fcr|fuer|den|das|dem|die|ein|einen|einem)\s+)*"
    r"(?:(?:\d+\s*\.?|erste[nmrs]?|zweite[nmrs]?|dritte[nmrs]?|n\u00e4chste[nmrs]?"
    r"|naechste[nmrs]?|finale[nmrs]?)\s*)?"
    r"(?!vertrag|unterschrift)[^\W\d_]*(?:gespr\u00e4ch|gespraech|interview|termin)[^\W\d_]*"
    r"(?!\s+(?:zur|zum|f\u00fcr\s+die|fuer\s+die)\s+(?:vertrag|unterschrift|unterzeichnung))",
    re.IGNORECASE,
)
# German "Termin abgesagt", "Gespräch abgesagt" -> nothing: an appointment cancelled, by whom
# (and is a new one coming?) unsaid, no rejection ("Absage", "Abgesagt" alone are); "neuer
# Termin folgt" after it is read (``OUTCOMES``: interviewing). ot101 F6: both were rejected.
# Its day may be said between ("Vorstellungsgespräch 24.11. abgesagt", "am 24.11.2026": fx312,
# it was rejected).
_APPOINTMENT = r"[^\W\d_]*(?:termin|gespr\u00e4ch|gespraech|interview|telefonat|meeting|call)"
_APPOINTMENT_DAY = (
    r"(?:(?:am|vom|f\u00fcr\s+den|fuer\s+den)\s+)?\d{1,2}[./]\d{1,2}(?:[./](?:\d{2,4})?)?\s+"
)
_APPOINTMENT_CANCELLED = re.compile(
    rf"\b{_APPOINTMENT}\s+(?:{_APPOINTMENT_DAY})?"
    r"(?:(?:wurde|ist|leider|kurzfristig|heute|morgen)\s+)*abgesagt\b"
    rf"|\babsage\s+(?:des|der|f\u00fcr\s+den|fuer\s+den|zum)\s+{_APPOINTMENT}[^\W\d_]*",
    re.IGNORECASE,
)
# "Moved on", "Onsite 11/18 - moved on", "I moved on" ending the cell: the search moved on
# from the row, as the tool's own "Moved on" says when no answer came, which closes it:
# ghosted, the closing word any other in the cell outranks ("Rejected, moved on" stays
# rejected); "they moved on" rejected, as "moved on with another candidate" is (fx325: each
# was interviewing or needed info). Not a round passed, which says where to ("moved on to
# final round") or is followed by the next round ("Phone 11/12 - moved on - onsite 11/24"),
# nor someone else who moved on, a word before it ("Recruiter moved on": left the company).
_ENDS_THE_CELL = r"(?=[\s.!)]*+$)"
_THEY_MOVED_ON = re.compile(
    r"\b(?:they|the\s+(?:company|employer|team))(?:'ve|\u2019ve|\s+have|\s+has|\s+had)?\s+"
    rf"moved\s+on\b{_ENDS_THE_CELL}",
    re.IGNORECASE,
)
_MOVED_ON = re.compile(
    r"(?<![^\W\d_]\s)(?<![^\W\d_])(?:(?:i|we)(?:'ve|\u2019ve|\s+have)?\s+)?moved\s+on\b"
    rf"{_ENDS_THE_CELL}",
    re.IGNORECASE,
)
# English "Interview cancelled", "Onsite 11/24 cancelled", "Call was canceled" -> nothing, as
# German "Gespräch abgesagt": a round called off, by whom and whether a new day is coming
# unsaid (fx325: they were rejected while the German needed info). "Cancelled" alone stays
# rejected (a posting or an application called off), and so does a reason that closes the row
# after it ("Interview cancelled - role filled"); a new day after it is read as rescheduled
# (``_CANCELLED_NEW_DAY``, applied before).
_ROUND_CANCELLED = re.compile(
    r"\b(?:interview|onsite|on-site|call|meeting|screen|screening|round|panel)s?\s+"
    r"(?:(?:on\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*+[(,\u2013\u2014-]?\s*+)?"
    r"(?:(?:was|were|got|has\s+been|have\s+been|been|is|just)\s+)*cancell?ed\b",
    re.IGNORECASE,
)
# "Offer off the table" -> "offer withdrawn" (rejected); "I reneged (on the offer)" ->
# "withdrew"; "(They) reneged on the offer" -> "offer withdrawn"; "They made an offer to
# someone else", "Offer went to internal candidate" -> "rejected"; "Oferta retirada por mí"
# (by me) -> "withdrawn" (ot101 F8, F10: each was the offer, or the employer's withdrawal).
_OFFER_OFF_THE_TABLE = re.compile(
    r"\boffers?\s+(?:(?:is|was|now|has\s+been|been|taken)\s+)*off\s+the\s+table\b",
    re.IGNORECASE,
)
_I_RENEGED = re.compile(
    r"\b(?:i|we)\s+(?:(?:have|had)\s+)?reneged\b"
    r"(?:\s+on\s+(?:(?:the|their|an?|my|this|its)\s+)*(?:job\s+)?offers?\b)?",
    re.IGNORECASE,
)
_RENEGED_ON_OFFER = re.compile(
    r"\breneged\s+on\s+(?:(?:the|their|an?|my|this|its)\s+)*(?:job\s+)?offers?\b",
    re.IGNORECASE,
)
_OFFER_TO_SOMEONE_ELSE = re.compile(
    r"\b(?:(?:made|gave|extended|sent)\s+(?:(?:an?|the|their)\s+)?(?:job\s+)?offers?"
    r"|offers?\s+(?:went|was\s+given|given|was\s+made|made|was\s+extended|extended|going))"
    r"\s+to\s+(?:(?:an?|the|their)\s+)?"
    r"(?:(?:someone|somebody)\s+else|(?:internal|external|other|another|different)\s+"
    r"(?:candidate|applicant|person|hire)s?)\b",
    re.IGNORECASE,
)
_WITHDRAWN_BY_ME = re.compile(
    r"\b(?:oferta|proposta|offre|offer)\s+(?:retirad[ao]|retir\u00e9e?|retiree?|withdrawn)\s+"
    r"(?:por|par|by)\s+(?:m[i\u00ed]m?|moi|me|myself)\b",
    re.IGNORECASE,
)
# "Never rejected, never offered", "Neither rejected nor offered", "Not rejected or offered" ->
# nothing: the cell says neither came, not which will (ot101 F5: it was rejected, by "never
# offered"); the row needs info.
_NEITHER = r"(?:not|never|neither|(?:was|were|is|has|have|had)n['\u2019]?t)\s+(?:been\s+)?"
_NEITHER_NOR = re.compile(
    rf"\b{_NEITHER}(?:rejected|offered)\s*(?:[,;/]|\band\b|\bnor\b|\bor\b)?\s*"
    rf"(?:(?:but|and|also|yet)\s+)*(?:{_NEITHER}|(?:n?or)\s+(?:been\s+)?)(?:offered|rejected)\b"
    # ... and the nouns: "Neither offer nor rejection", "Neither an offer nor a rejection"
    # (ot104 F3: it was rejected, by "nor rejection").
    r"|\bneither\s+(?:(?:an?|the|any)\s+)?(?:offers?|rejections?)\s*,?\s+nor\s+"
    r"(?:(?:an?|the|any)\s+)?(?:offers?|rejections?)\b",
    re.IGNORECASE,
)
# A German ordinal's full stop ("2. Runde", "3. Gespräch") is no clause's end: said without
# it, so that a "kein" before it governs it ("Keine 2. Runde" was interviewing, fx225).
_GERMAN_ORDINAL = re.compile(
    r"(?<![\d.])(\d{1,2})\.(?=\s*(?:runde|gespr\u00e4ch|gespraech|interview|vorstellungs|stufe"
    r"|termin|auswahl))",
    re.IGNORECASE,
)
# French "retiré l'offre" ("withdrew the offer", or the posting: "offre" is both) with no one
# named is the employer's doing, rejected as "Offre retirée", "L'offre a été retirée" and
# English "Withdrew the offer" are (fx225: "Retiré l'offre", "Ils ont retiré l'offre" and
# "L'offre a été retirée" were the person's withdrawal, by "retiré"); the person's own ("J'ai
# retiré l'offre", "Offre retirée par moi") is withdrawn, as "Offer withdrawn by me" is, and
# so is "Retiré ma candidature" (the application).
_I_WITHDREW_OFFRE = re.compile(
    r"\b(?:j['\u2019]\s*ai|je\s+l['\u2019]\s*ai|nous\s+avons)\s+retir(?:\u00e9|e)e?s?\s+"
    r"(?:l['\u2019]\s*|mon\s+|ma\s+|cette\s+)offres?\b",
    re.IGNORECASE,
)
_OFFRE_WITHDRAWN = re.compile(
    r"\b(?:(?:ils|elles|on|il|elle)\s+(?:ont|a)\s+)?retir(?:\u00e9|e)e?s?\s+"
    r"(?:l['\u2019]\s*|leur\s+|son\s+|cette\s+)offres?\b"
    r"|\bl['\u2019]\s*offre\s+(?:(?:a|avait)\s+(?:\u00e9t\u00e9|ete)|est)\s+"
    r"retir(?:\u00e9|e)e?s?\b(?!\s+par\s+moi\b)"
    r"|\boffres?\s+d['\u2019]\s*(?:emploi|poste)\s+retir(?:\u00e9|e)e?s?\b(?!\s+par\s+moi\b)",
    re.IGNORECASE,
)
# A rejection said to be likely, probable or expected is none yet, as "Rejection expected" is
# ("Refus probable", "Absage wahrscheinlich", "Rejection likely", "Likely rejection": ot104
# F3, they closed the row as rejected). Not "Rejected", "Refus", "Absage erhalten".
_REJECTION_LIKELY = re.compile(
    r"\b(?:rejection|refus|absage|rechazo|rifiuto|afwijzing|rejei(?:\u00e7|c)(?:\u00e3|a)o)\s+"
    r"(?:(?:is|est|ist|es|\u00e8|e|is|lijkt)\s+)?(?:very\s+|sehr\s+|tr(?:\u00e8|e)s\s+|zeer\s+)?"
    r"(?:likely|probable|probablement|expected|attendu|wahrscheinlich|erwartet|vermutlich"
    r"|probabile|waarschijnlijk|verwacht|prov(?:\u00e1|a)vel|esperad[oa])\b"
    r"|\b(?:likely|probable|expected|wahrscheinliche?|vermutlich|probabile|waarschijnlijke?"
    r"|prov(?:\u00e1|a)vel)\s+(?:(?:a|an|eine|une|un|una|uma|een)\s+)?"
    r"(?:rejection|refus|absage|rechazo|rifiuto|afwijzing|rejei(?:\u00e7|c)(?:\u00e3|a)o)\b",
    re.IGNORECASE,
)
# Waiting no more is giving up on an answer: ghosted, as "Never heard back" is ("Warte nicht
# mehr auf Rückmeldung", "Keine Rückmeldung mehr erwartet", "No longer waiting", "Stopped
# waiting": ot104 F7, they read as still waiting, the follow-ups going on).
_WAITING_NO_MORE = re.compile(
    r"\b(?:ich\s+)?(?:warte|warten)\s+nicht\s+mehr\b"
    r"|\bkeine?\s+(?:r(?:\u00fc|ue|u)ckmeldung|antwort|reaktion)\s+mehr\s+"
    r"(?:erwartet|zu\s+erwarten)\b"
    r"|\b(?:no\s+longer|not)\s+waiting\s+any\s*more\b|\bno\s+longer\s+waiting\b"
    r"|\b(?:stopped|gave\s+up|given\s+up)\s+waiting\b",
    re.IGNORECASE,
)
# ... and what it was waiting for is not read: "auf Rückmeldung", "for a reply".
_WAITED_FOR_NO_MORE = re.compile(
    rf"\bghosted\s+(?:(?:auf|aufs|for|on)\s+){_REST_OF_CLAUSE}", re.IGNORECASE
)
# An invite or an invitation sent or received is an interview's, as "Invited" is ("Invite
# sent", "Calendar invite received": fx225, "Invite sent" was applied by "sent"). Not a
# LinkedIn or connection invite (a contact, applied).
_INVITE_SENT = re.compile(
    r"(?<!linkedin\s)(?<!connection\s)\b(?:(?:interview|calendar|meeting|zoom|teams)\s+)?"
    r"(?:invites?|invitations?)\s+(?:(?:was|were|has\s+been|have\s+been|got)\s+)?"
    r"(?:sent|received|arrived|came\s+in)\b",
    re.IGNORECASE,
)
# An invitation set off by a bracket or a dash from a non-interview occasion it names is an
# invitation to it, as "Invited to coffee" is: to what, for which the row needs info ("Invited
# (Sommerfest)", "Invited - team lunch", "Eingeladen (Firmenfeier)": ot107 F4, they were
# interviewing, a check-in drafted to the interviewer). Not "Invited (onsite)", "Invited - final
# round", "Invited, 12/3": an interview's.
_OCCASION = (
    r"(?:[^\W\d_]*(?:fest|feier|party|parties|lunch|dinner|drinks|brunch|breakfast|picnic"
    r"|barbecue|bbq|webinar|webinaire|meetup|hackathon|conference|konferenz|messe|gala)"
    r"|coffee|kaffee|caf(?:\u00e9|e)|happy\s+hour|afterwork|after\s+work|mittagessen|abendessen"
    r"|fr(?:\u00fc|u)hst(?:\u00fc|u)ck|grillen|veranstaltung|event|(?:\u00e9|e)v(?:\u00e9|e)nement"
    r"|networking|career\s+fair|job\s+fair|open\s+(?:day|house)|info(?:rmation)?\s+session"
    r"|infoabend|talent\s+pool|newsletter|workshop|pot(?:\s+de\s+d(?:\u00e9|e)part)?"
    r"|soir(?:\u00e9|e)e|d(?:\u00e9|e)jeuner|d(?:\u00ee|i)ner|f(?:\u00ea|e)te|salon|cena|comida"
    r"|almuerzo|fiesta|evento|feria|pranzo|aperitivo|borrel|etentje|wedding|birthday)\b"
)
_INVITED_TO_OCCASION = re.compile(
    r"\b(invited|invite|invitation|eingeladen|einladung|invit(?:\u00e9|e)e?|uitgenodigd"
    r"|invitat[oa]|invitad[oa]|convidad[oa])\s*(?:[(\[:\u2013\u2014]|\s-|-(?=\s))\s*"
    r"(?=(?:(?:the|a|an|our|their|company|team|office|staff|zum|zur|zu|die|der|das|den|le|la|les"
    r"|au|aux|el|los|una?|al)\s+)*"
    rf"(?:[^\W\d_]+\s+){{0,2}}{_OCCASION})",
    re.IGNORECASE,
)
# A round not invited to, not reached or not made is the process over, rejected as "Not
# selected for round 2" is ("Nicht zur 2. Runde eingeladen", "Nicht in die 2. Runde gekommen",
# "Not invited to the 2nd round", "Didn't make it to the final round", "Pas invité au 2e
# tour": ot107 F9, they needed info; "Pas invité au 2e tour" would be read at its round).
# Not yet is none yet ("Noch nicht zur 2. Runde eingeladen", "Not invited to round 2 yet",
# "Pas encore invité au 2e tour": read as before), nor "Not invited", "Nicht zum Gespräch
# eingeladen" (no round named: by whom?).
_A_ROUND = (
    r"(?:(?:the|a|next|final|last|\d{1,2}(?:st|nd|rd|th|e|er|eme|\u00e8me|a|\u00aa|o|\u00ba)?"
    r"|first|second|third|premier|deuxi(?:\u00e8|e)me|second|troisi(?:\u00e8|e)me|dernier"
    r"|n(?:\u00e4|a|ae)chste|zweite|dritte|finale|letzte|segunda|tercera)\.?\s+)*"
    r"(?:rounds?|stages?|runde|stufe|tour|ronda|kolo)(?:\s+\d{1,2})?\b"
)
_NOT_TO_THE_ROUND = re.compile(
    r"(?:\b(?:not|never|(?:was|were)n['\u2019]?t|(?:was|were)\s+not)\s+(?:been\s+)?"
    r"(?:invited|moved\s+forward|progressed|advanced|taken\s+forward)\s+(?:to|into|for)\s+"
    r"|\b(?:did\s+not|didn['\u2019]?t|never)\s+(?:make\s+it|get|go\s+through|progress|advance"
    r"|move\s+on)\s+(?:(?:through\s+)?to|into)\s+"
    r"|(?<!\bnoch\s)\bnicht\s+(?:zur|zum|in\s+die|f(?:\u00fc|u|ue)r\s+die)\s+"
    r"|\b(?:pas|non)\s+(?:(?:\u00e9t\u00e9|ete)\s+)?(?:invit|convoqu|retenu|s(?:\u00e9|e)lectionn"
    r"|admis)(?:\u00e9|e)?e?s?\s+(?:au|pour\s+le|(?:\u00e0|a)\s+la)\s+)"
    rf"{_A_ROUND}"
    r"(?:\s+(?:eingeladen|gekommen|weitergekommen|zugelassen|geschafft|eingeladen\s+worden))?"
    r"(?![^,;.!?()\[\]\n\u2013\u2014]*\b(?:yet|noch|encore)\b)",
    re.IGNORECASE,
)
# A funding round is no interview's ("Segunda ronda de financiación", "2e tour de table").
_FUNDING_ROUND = re.compile(
    r"\b(?:ronda|rodada|tour|kolo)\s+(?:de\s+)?(?:financiaci(?:\u00f3|o)n|financiamento"
    r"|inversi(?:\u00f3|o)n|investimento|investissement|financement|table|financov(?:\u00e1|a)n(?:\u00ed|i))\b",
    re.IGNORECASE,
)
OUTCOME_REWRITES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (_WAITING_NO_MORE, " ghosted "),
    (_WAITED_FOR_NO_MORE, " ghosted "),
    (_INVITE_SENT, " interview "),
    (_INVITED_TO_OCCASION, r"\1 to "),
    (_NOT_TO_THE_ROUND, " rejected "),
    (_FUNDING_ROUND, " funding "),
    (_GERMAN_ORDINAL, r"\1"),
    (_REJECTION_LIKELY, " rejection expected "),
    (_NO_OFFER_DECISION, " no decision yet "),
    (_WAITING_THEN_OFFER, r"\1 offer maybe "),
    (_I_WITHDREW_OFFRE, " withdrawn "),
    (_OFFRE_WITHDRAWN, " offer withdrawn "),
    (_NO_THIS_OR_THAT, r"\1 \2, \1 "),
    (_NEITHER_NOR, " "),
    (_WITHDRAWN_BY_ME, " withdrawn "),
    (_OFFER_OFF_THE_TABLE, " offer withdrawn "),
    (_I_RENEGED, " withdrew "),
    (_RENEGED_ON_OFFER, " offer withdrawn "),
    (_OFFER_TO_SOMEONE_ELSE, " rejected "),
    (_THEY_MOVED_ON, " rejected "),
    (_MOVED_ON, " ghosted "),
    (_ZUSAGE_FOR_INTERVIEW, " Gespr\u00e4ch "),
    (_APPOINTMENT_CANCELLED, " "),
    (_CONNECTION_ACCEPTED, " contacted "),
    (_APPLICATION_ACCEPTED, " applied "),
    (_ACCEPTED_THEN_ROUND, "interview"),
    (_ACCEPTED_OFFER_TO_COME, "interview"),
    (_OFFER_FIELD_NOT_ACCEPTED, r"\1 "),
    (_OFFER_FIELD_NO_THANKS, "offer declined"),
    (_OFFER_HELD_THEN_PULLED, r" offer \1 "),
    (_OFFER_ON_HOLD, " on hold "),
    (_OFFER_TO_COME, " offer maybe "),
    (_CHANCES_OF_OFFER, "offer maybe"),
    (_PAS_ENTRETIEN, " no interview yet "),
    (_PAS_DENTRETIEN_YET, " no interview yet "),
    (_PAS_DENTRETIEN, " no interview "),
    (_OFFER_FIELD_NO, " offer not yet "),
    (_OFFER_ODDS, "offer maybe"),
    (_INVITATION_ACCEPTED, "interview"),
    (_ACCEPTED_FOR_ROUND, "interview"),
    (_INVITE_ACCEPTED, "interview"),
    (_INVITE_ACCEPTED_BRACKETED, "interview"),
    (_NOT_REJECTED_YET, " no rejection yet "),
    (_MAY_REOPEN, " on hold "),
    (_CANCELLED_NEW_DAY, " rescheduled "),
    (CANCELLED_NEW_DAY_TO_COME, " rescheduled "),
    (_ROUND_CANCELLED, " "),
    (_PAS_ENCORE, r"pas \1\2 encore"),
    (_OFFER_CEILING_TALKED_ABOUT, " offer discussion "),
    (_OFFER_DISCUSSED_THEN, _offer_discussed_then),
    (_OFFER_DISCUSSED, " offer discussion "),
    (_OFFER_NAMES, " "),
    (_NAME_BEFORE_LEGAL_FORM, _name_before_form),
    (_SURNAME_AFTER_INITIAL, " "),
    (_SOMEONES_DECLINED_INVITE, r"\g<who> rescheduling"),
    (_SOMEONES_DECLINED_MEETING, r"\g<who>"),
    (_DECLINED_TO_TELL, "no answer"),
    (_DECLINED_TO_OTHER, "decline"),
)
# A ghost alone, as boards mark a silent employer ("👻": ot108 F9, it needed info); beside a
# word ("Ghosted 👻") the word says it.
_GHOST_ALONE = re.compile(r"^\s*\U0001f47b\s*$")
# "In person" starting a step names a round by its kind, as "Onsite" does ("Phone done, in
# person 11/24", "In-person 12/2": fx292, each needed info); after a verb it says how
# something else was done ("Applied in person", "Met in person"), and is not read.
_IN_PERSON_ROUND = re.compile(r"\bin[-\s]?person\b", re.IGNORECASE)
# What a step of a trail starts after, spaces between: the cell's start, or one of these.
_STEP_STARTS = ",;|\n>\u2192"
_DASHES = "-\u2013\u2014"


def _at_step_start(rewrite: str, *, after_dash: bool = False) -> Callable[[re.Match[str]], str]:
    """A rewrite made where its match starts a step of a trail ("Phone done, in person
    11/24"), the match kept as it is elsewhere ("Applied in person"). Looked for behind the
    match, over the spaces before it only: a pattern's look-behind and spaces before its words
    scanned the rest of a cell of new lines again from each one. ``after_dash``: a dash with
    spaces around it starts a step too, and so does one straight after a date, as the
    Status's dates read them ("Applied 11/2 - phone 11/12", "Applied 11/2-phone 11/12";
    ``row_dates._STEP_END``), for a match that is a round for sure."""

    def rewritten(match: re.Match[str]) -> str:
        text, start = match.string, match.start()
        while start and text[start - 1].isspace() and text[start - 1] not in _STEP_STARTS:
            start -= 1
        dashed = (
            after_dash
            and start >= 2
            and text[start - 1] in _DASHES
            and ((text[start - 2].isspace() and start < match.start()) or text[start - 2].isdigit())
        )
        if not start or text[start - 1] in _STEP_STARTS or dashed:
            return rewrite
        return match.group()

    return rewritten


# A phone or video round named by its kind and its date, starting a step, as "Onsite 11/24"
# is ("Phone 11/24", "Video call Dec 3", "Teams 11/24 2pm", "Phone done, zoom 11/24": fx297,
# each needed info). The kind alone stays unread ("Phone", "Zoom": a round, or how someone got
# in touch?), and so does a phone number after it ("Call 555-123-4567", "Phone: +44 20 7946
# 0958"): the date is a month and a day, with nothing numeric running on after it.
_PHONE_OR_VIDEO = (
    r"(?:(?:tele)?phone|call|video|zoom|(?:ms\s++|microsoft\s++)?teams|google\s++meet|webex"
    r"|skype|virtual)(?:\s++(?:call|chat|screen|interview))?"
)
_A_ROUND_DATE = (
    r"(?:(?:on|for|@)\s++)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*+\.?,?\s++)?"
    # A dotted date with its year too ("Moved to 24.11.2026": fx344, no known outcome).
    r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}(?:/\d{2}(?:\d{2})?)?"
    r"|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?"
    # A dash between day, month and year, or a day over 12 and a month ("Phone 24-11-2026",
    # "Zoom 24-11": fx300), as a stage cell's date reads them (``row_dates._DATE_IN_STAGE``).
    r"|\d{1,2}-\d{1,2}-\d{4}|(?:1[3-9]|2\d|3[01])-(?:0?[1-9]|1[0-2])"
    rf"|{_MONTHS}\.?\s*+\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s*+{_MONTHS})(?![/.-]*+\d)"
)
_DATED_PHONE_OR_VIDEO_ROUND = re.compile(
    rf"\b{_PHONE_OR_VIDEO}\b(?=\s*+(?:[-:]\s*+)?{_A_ROUND_DATE})", re.IGNORECASE
)
# A round moved to a day, in numbers or by its month ("Moved to 11/24", "moved to Nov 24"):
# rescheduled, as "Rescheduled to Nov 24" is (fx325: each needed info); the date reader takes
# the new day (``row_dates._NOT_HELD``). Not "moved to final round". Put off to a day, in the
# words the date reader takes the new day after (``row_dates._MOVED_TO_WORDS``): "Postponed to
# 12/12", "verschoben auf 12.12.", "Reporté au 12/12", "Aplazada al 12/12", "Uitgesteld naar
# 12-12" (fx361: each was no known outcome, its thank-you dated from the day put off).
_MOVED_TO_A_DAY = re.compile(
    r"\b(?:(?:moved|postponed|pushed\s++back)\s++(?:to|for|until)|(?:verschoben|verlegt)\s++auf"
    r"|report[ée]e?\s++au|(?:aplazad|pospuest|reprogramad)[ao]\s++al"
    rf"|(?:verplaatst|verzet|uitgesteld)\s++naar)\s++(?={_A_ROUND_DATE})",
    re.IGNORECASE,
)
OUTCOME_REWRITES += (
    (_GHOST_ALONE, "ghosted"),
    (_IN_PERSON_ROUND, _at_step_start("onsite")),
    (_DATED_PHONE_OR_VIDEO_ROUND, _at_step_start("interview", after_dash=True)),
    (_MOVED_TO_A_DAY, "rescheduled to "),
)
_STAGE = r"(?:stage|round)\s*(?:\d+|one|two|three|four|first|second|third|final|last|next)"
_STAGE_ORDINAL = r"(?:(?:\d+(?:st|nd|rd|th)?|first|second|third|final|last|next)\s+(?:stage|round))"
# Sentences read before the words, as the words would misread them (ot86 F1): the employer's
# "we moved forward with another candidate" (its standard rejection), "progressed with an
# internal hire", "Failed stage 2", "stage 2: no" are rejections. Not "moved forward with the
# offer" or "with another round": only a candidate, someone else or an internal hire.
# The stage a round failed is written with (fx182: "Failed interview", "Interview failed" were
# interviewing, the check-ins going on after a rejection).
_FAILED_MODIFIER = (
    r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th|initial|phone|telephone"
    r"|technical|tech|hr|recruiter|manager|hiring\s+manager|onsite|on-site|in-person|panel"
    r"|coding|behaviou?ral|case|written|aptitude|psychometric|skills?|online|video)"
)
_FAILED_STAGE = (
    r"(?:interviews?|phone\s+screen|screen(?:ing)?|onsite|on-site|assessment|round|test)"
)
_NOT = r"(?:not|never|(?:did|do|does|was|were|is|has|have|had)n['\u2019]?t)"
_AN_OFFER = r"(?:(?:the|my|their|job|verbal|written|formal)\s+)*offer"
OUTCOME_SENTENCES: tuple[tuple[re.Pattern[str], str], ...] = (
    # An offer accepted or a job taken elsewhere, said at a clause's start, is the person's
    # withdrawal from this one (ot98 F3: "Accepted elsewhere" was read as this job accepted):
    # "Accepted another offer", "Took a job elsewhere", "Declined - took another offer". Not
    # "Haven't accepted another offer yet", "Accepted another interview".
    (
        re.compile(
            rf"{_CLAUSE_START}(?:(?:i|candidate|she|he)\s+)?(?:(?:have|has|had)\s+)?"
            r"(?:accepted|took|signed)\s+(?:elsewhere\b"
            r"|(?:(?:an?|the|another|other|different)\s+)*(?:(?:job|role|position)\s+)?"
            r"(?:offer|job|role|position)s?\s+elsewhere\b"
            r"|(?:another|a\s+different|other)\s+(?:(?:job|role|position)\s+)?"
            r"(?:offer|job|role|position)s?\b)"
        ),
        "withdrawn",
    ),
    # An offer not accepted YET stands ("Offer not yet accepted": it was read as accepted);
    # one not accepted is declined, rejected as "Offer declined" is (fx188 F4: "Offer not
    # accepted" was an offer), and so is a candidate not hired ("Interviewed not hired" was
    # interviewing; "Not hired yet" and "Not yet hired" need info as before).
    (
        re.compile(
            rf"{_CLAUSE_START}{_AN_OFFER}\s+(?:(?:is|was|has)\s+)?not\s+"
            r"(?:yet\s+(?:been\s+)?accepted|(?:been\s+)?accepted\s+yet)\b"
        ),
        "offer",
    ),
    (
        re.compile(
            rf"{_CLAUSE_START}{_AN_OFFER}\s+(?:(?:was|is|has\s+been|had\s+been)\s+)?{_NOT}\s+"
            r"(?:been\s+)?accepted\b(?!\s+yet)"
            rf"|\b{_NOT}\s+accept(?:ed)?\s+(?:(?:the|their|an?)\s+)?(?:job\s+)?offer\b(?!\s+yet)"
        ),
        "rejected",
    ),
    (
        re.compile(rf"\b{_NOT}\s+(?:(?:been|get|got|gotten|being)\s+)?hired\b(?!\s+yet)"),
        "rejected",
    ),
    # Not offered (the job), as a clause of its own, is no offer: rejected, as "Not hired" is
    # (fx198: "Not offered", "Interviewed, not offered" needed info or were interviewing).
    # "Not offered yet" is one not made yet (``OUTCOMES``); "Hired, not offered relocation",
    # "Not offered to reschedule" say something else.
    (
        re.compile(
            rf"(?:{_CLAUSE_START}|\binterviewed\s+(?:but\s+)?)(?:(?:i\s+)?was\s+)?{_NOT}\s+"
            r"(?:been\s+)?offered(?:\s+(?:the|a)\s+(?:job|role|position))?"
            r"\s*(?:$|[,;.!)\]\u2013\u2014]|\s-)"
        ),
        "rejected",
    ),
    # The employer hired someone else, as "moved forward with another candidate" (fx188's
    # report: "Recruitment hired someone" read as hired).
    (
        re.compile(
            r"\b(?:hired|chose|picked|selected|went\s+with)\s+(?:someone|somebody)\s+else\b"
            r"|\bhired\s+(?:someone|somebody|internally|from\s+within)\b"
            r"|\b(?:hired|chose|picked|selected|went\s+with)\s+(?:(?:an?|the)\s+)?"
            r"(?:internal|external|other|another|different)\s+"
            r"(?:candidate|applicant|person|hire|profile)s?\b"
        ),
        "rejected",
    ),
    (
        re.compile(
            r"\b(?:mov(?:e|ed|es|ing)\s+(?:forward|ahead|on)|progress(?:ed|ing)?"
            r"|proceed(?:ed|ing)?|go(?:ne|ing)?\s+ahead|went\s+ahead)\s+with\s+"
            r"(?:(?:an?|the|one\s+of(?:\s+the|\s+their)?|some|their)\s+)?"
            r"(?:(?:(?:an)?other|different|internal|external|stronger|better|more\s+\w+|\d+)\s+)+"
            r"(?:candidates?|applicants?|persons?|people|profiles?|hires?)\b"
            r"|\b(?:mov(?:e|ed|es|ing)\s+(?:forward|ahead|on)|progress(?:ed|ing)?"
            r"|proceed(?:ed|ing)?|go(?:ne|ing)?\s+ahead|went\s+ahead)\s+with\s+"
            r"(?:(?:someone|somebody)\s+else|others)\b"
        ),
        "rejected",
    ),
    (
        re.compile(
            rf"\b(?:failed|fail|failing)\s+(?:at\s+|in\s+)?(?:the\s+)?(?:{_STAGE}|{_STAGE_ORDINAL})"
        ),
        "rejected",
    ),
    (
        re.compile(
            rf"^\s*(?:{_STAGE}|{_STAGE_ORDINAL})\s*[:\-\u2013\u2014]\s*"
            r"(?:no|fail(?:ed)?|rejected|not passed|unsuccessful)\s*[.!]?\s*$"
        ),
        "rejected",
    ),
    # "Failed (the) (technical) interview", "I failed the phone screen", at a clause's start
    # ("Almost failed interview, then an offer" is not read: it needs info); not "Failed to
    # schedule interview", "Interviewer failed to show". (Spaces up to a new line, as in
    # ``_CLAUSE_START``.)
    (
        re.compile(
            r"(?:^|[,;:.!?/|()\[\]\n\u2013\u2014]|\s-)[^\S\n]*(?:i\s+)?fail(?:ed|s)?\s+"
            r"(?:(?:at|in|on)\s+)?(?:(?:the|my|an?)\s+)?"
            rf"(?:{_FAILED_MODIFIER}\s+){{0,2}}{_FAILED_STAGE}\b"
        ),
        "rejected",
    ),
    # "Interview failed", "Technical interview: failed" as the whole cell ("Interview failed
    # due to a bad connection", "Video interview failed" may be the call's: they need info).
    (
        re.compile(
            rf"^\s*(?:(?!video\b|online\b){_FAILED_MODIFIER}\s+){{0,2}}{_FAILED_STAGE}"
            r"\s*[:\-\u2013\u2014]?\s*fail(?:ed)?\s*[.!]?\s*$"
        ),
        "rejected",
    ),
)

# Another employer's offer taken, said by its name or "other" ("Accepted Stripe offer instead",
# "Declined their offer, accepted Google", "Offer declined - accepted other"; ot108 F2: they
# closed the row as this job accepted): the person's withdrawal from this one, as "Accepted
# another offer" is. Not this offer accepted after all ("Declined at first, accepted the revised
# offer"), nor one "instead of" something ("Accepted offer instead of countering"). After the
# person's withdrawal, what they accepted is another employer's, named or not ("Withdrew,
# accepted Stripe", "Withdrew, accepted an offer": ot115 F4, read as this job accepted); not
# this one's ("Withdrew, then accepted their counter" is not read so).
_ACCEPTED_INSTEAD = (
    (
        re.compile(
            r"\b(?:accepted|took|signed\s+with|went\s+with)\s+(?:[^\W\d_][\w&'.-]*\s+){1,3}"
            r"instead\b(?!\s+of\b)"
            r"|\bdeclined?\b[^\n]{0,60}?(?:[,;(]|\s-|[\u2013\u2014])\s*(?:and\s+|but\s+)?"
            r"(?:i\s+)?(?:accepted|took)\s+(?!(?:the|their|this|its?|an?|offer|counter)\b)[^\W\d_]"
            r"|\bwithdr(?:ew|awn)\b[^\n]{0,60}?(?:[,;(]|\s-|[\u2013\u2014])\s*(?:and\s+)?"
            r"(?:i\s+)?(?:accepted|took)\s+(?!(?:their|this|its?|counter)\b)[^\W\d_]"
        ),
        "withdrawn",
    ),
)
# An invitation alone, as a clause of its own, is an interview's, as "Invited to interview" and
# German "Einladung" are: in a job tracker's Status nothing else is invited to (fx225: "Invited",
# "Eingeladen", "Invité", "Uitgenodigd" needed info). Not in a longer clause, which names what
# ("Invited to apply" is not applied yet, "Invited to a webinar", "Invited to the talent pool"
# need info), nor denied ("Not invited").
_INVITED_ALONE = (
    *("invited", "invite", "invitation", "invitee", "invites", "gotinvited", "gotaninvite"),
    *("eingeladen", "uitgenodigd", "invitato", "invitata", "invitado", "invitada"),
    *("convidado", "convidada", "convoque", "convoquee", "convocation", "convocado"),
    *("convocada", "zaproszony", "zaproszona", "inbjuden"),
)
# The person's own decline, as a clause of its own, is a withdrawal, as "Declined by me" is
# (ot111 F13: "I declined" was read as the employer's rejection); "I declined the offer" is an
# offer declined, rejected as "Offer declined" is.
_I_DECLINED = ("ideclined",)
# "No interview", "Not interviewed", French "Pas d'entretien" (often a rejection's words: no
# interview given), German "Kein Gespräch", Dutch "Geen gesprek", said alone: none yet (applied,
# as "No interview yet" is) or none given (turned down on the application)? Which one decides
# whether a check-in goes out, so the row needs info, and Problems says why (fx225: it said
# only "is not a known outcome").
_NO_INTERVIEW = (
    *("nointerview", "nointerviews", "notinterviewed", "pasdentretien", "pasdentretiens"),
    *("pasdentretienobtenu", "aucunentretien", "keingesprach", "keininterview"),
    *("keinvorstellungsgesprach", "geengesprek", "geeninterview", "sinentrevista"),
    "sementrevista",
)
_NO_INTERVIEW_WHICH = (
    "could be no interview yet or none given (the application turned down): write applied "
    "(none yet, the check-ins go on) or rejected"
)

# A row is still to be applied to where a cell says so ("Waiting to apply", "Need to apply")
# whatever else its clause says; and waiting, a referral or a contact made may be all a row
# has before its application ("Referral - waiting to apply": ot145 F1, both were applied).
_STILL_TO_APPLY = frozenset({"toapply", "readytoapply"}) | {
    # ... or not applied yet: "Not yet applied, waiting" (ot145: it was applied).
    *("notapplied", "notyetapplied", "haventapplied", "haventappliedyet", "havenotapplied"),
    *("havenotappliedyet", "didnotapply", "didntapply", "nichtbeworben", "nochnichtbeworben"),
}
_SAID_BEFORE_APPLYING = OPEN_ONLY_WORDS | {"referral", "referred", "reachedout", "contacted"}
VOCABULARIES: dict[str, Vocabulary] = {
    "interview_type": Vocabulary(
        "interview type",
        INTERVIEW_TYPES,
        INTERVIEW_TYPE_VALUES,
        "other",
        ("final", "panel", "onsite", "chat", "video", "phone", "other"),
    ),
    "seniority": Vocabulary(
        "seniority",
        SENIORITY,
        SENIORITY_VALUES,
        "mid",
        ("executive", "senior", "entry", "mid"),
    ),
    "outcome": Vocabulary(
        "outcome",
        OUTCOMES,
        OUTCOME_VALUES,
        "applied",
        (
            "accepted",
            "hired",
            "withdrawn",
            "rejected",
            "ghosted",
            "offer",
            "on hold",
            "interviewing",
            "applied",
            "not applied",
        ),
        unknown_needs_info=True,
        # "Successful" is said of a round passed ("you have been successful at the first
        # stage") as of the job won (the "successful candidate"), as "Unsuccessful" is of
        # either's rejection (ot75 F8): which one decides whether the check-ins go on. So is
        # "Selected" (ot81 F4): "selected for the next round", and India's "got selected", the
        # job.
        ambiguous={
            k: "could be a round passed or the job won: write interviewing (a round passed, "
            "another to come) or offer (the job offered)"
            for k in ("successful", "success", "succeeded", "selected", "gotselected")
        }
        | dict.fromkeys(_NO_INTERVIEW, _NO_INTERVIEW_WHICH),
        alone=OUTCOMES_ALONE,
        sentences=OUTCOME_SENTENCES + _ACCEPTED_INSTEAD,
        not_when_asked=CLOSED_WITH_OFFER | CLOSED_WITHOUT_OFFER,
        negations=OUTCOME_NEGATIONS,
        negation_parts=("ไม่",),
        contrary=OUTCOME_CONTRARY,
        contrary_parts=("ปฏิเสธ",),
        contrary_keeps=CLOSED_WITHOUT_OFFER,
        negations_after=OUTCOME_NEGATIONS_AFTER,
        # "Waiting for the offer", "Awaiting an offer", "Still waiting on the job offer" are
        # interviewing, as "Waiting for offer" is (fx182: they closed the row as an offer).
        awaiting=_AWAITING,
        # ... and so is a rejection waited for ("Warte auf Absage", "Waiting for the
        # rejection": ot104 F3, it closed the row), as "Rejection expected" is.
        awaited={"offer": "interviewing", "rejected": "interviewing"},
        unsettling=OUTCOME_UNSETTLING,
        rewrites=OUTCOME_REWRITES,
        clause_alone={"offered": "offer"}
        | dict.fromkeys(_INVITED_ALONE, "interviewing")
        | dict.fromkeys(_I_DECLINED, "withdrawn"),
        last_step_of_trail=True,
        not_negating_before={"tak": POLISH_OUTCOME_WORDS},
        unsettled_keeps=frozenset({"interviewing"}),
        crossed_last_stage="rejected",
        resumed=_RESCHEDULED,
        still_to_do=_STILL_TO_APPLY,
        said_before_doing=_SAID_BEFORE_APPLYING,
    ),
}
# A negation outside a known phrase cancels the status word it governs, the next one in its
# clause ("no offer" is not an offer; "not rejected" no rejection); the words before it stand
# ("Rejected - no interview"), and so do those of the next clause: German "nie" is "never",
# and "Nie geantwortet, wohl Absage" is a rejection.
NEGATIONS = frozenset(
    {"no", "not", "never", "without", "non"}
    | {"nao", "לא", "لا", "لم", "غير"}  # Portuguese "não aprovado", Hebrew, Arabic
    | {"nie", "inte"}  # Polish "nie zatrudniony", Swedish "inte antagen"
    | {"kein", "keine", "keinen"}  # German "no": "keine Zusage" is no offer
    # German "not" before the word it governs: "Nicht in Bearbeitung", "Nicht zum Gespräch
    # eingeladen" (ot104 F7, fx225: they read as the word; they need info).
    | {"nicht"}
    # Spanish "sin", Portuguese "sem", French "sans", Italian "senza", Dutch "zonder"
    # ("without"), Dutch "geen" ("no"): "Sem proposta" is no offer. Not French "pas", which
    # is Dutch for "only just" ("pas gesolliciteerd": just applied).
    | {"sin", "sem", "sans", "senza", "zonder", "geen"}
    # English "n't", its apostrophe kept or left out (``_CONTRACTION``): "Didn't get offer"
    # is no offer (fx182: it closed the row as one), "Haven't applied yet" not applied yet.
    | {"didnt", "doesnt", "dont", "isnt", "wasnt", "arent", "werent", "hasnt", "havent"}
    | {"hadnt", "cant", "couldnt", "wont", "wouldnt"}
)
# English "n't" is read as one word with the word it ends ("didn't" as "didnt").
_CONTRACTION = re.compile(r"n['\u2019]t\b")
_ANY_CASE_CONTRACTION = re.compile(r"n['\u2019]t\b", re.IGNORECASE)
LONGEST_PHRASE_WORDS = 3
# What ends a clause: a comma, a semicolon, a colon, a full stop, a slash, a bracket, a dash
# (a hyphen with a space on either side; "on-site" is one word), an arrow ("->", ">", "→"), a
# new line. A word keeps its Thai vowel and tone marks ("ปฏิเสธ" is one word, not "ปฏ" and
# "เสธ").
_WORD_OR_CLAUSE_END = re.compile(
    r"((?:[^\W_]|[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])+)"
    rf"|[,;:.!?/|()\[\]\n\u2013\u2014{_ARROW_CHARS}]|\s-|-\s"
)


def _words_and_clauses(text: str) -> tuple[list[str], list[bool], list[str], list[bool]]:
    """The keys of ``text``'s words, for each whether a new clause starts at it, each word as
    typed (casefolded), and whether it was typed with a capital."""
    words: list[str] = []
    starts: list[bool] = []
    typed: list[str] = []
    capitals: list[bool] = []
    new_clause = True
    nfc = _ANY_CASE_CONTRACTION.sub("nt", unicodedata.normalize("NFC", text))
    for match in _WORD_OR_CLAUSE_END.finditer(nfc):
        if match.group(1) is None:
            new_clause = True
            continue
        word = match.group(1).casefold()
        key = header_key(word)
        if key:
            words.append(key)
            starts.append(new_clause)
            typed.append(word)
            capitals.append(match.group(1)[:1].isupper())
            new_clause = False
    return words, starts, typed, capitals


# A name before the dot is 63 characters at most (a domain's label): unbounded, a long run of
# words and hyphens ("2026-11-2026-11-…") was read to its end from each hyphen (ot105 F1).
# The name is taken whole (no shorter one is followed by the dot), not given back a character
# at a time from each hyphen.
_WEB_ADDRESS = re.compile(
    r"(?<![\w.])(?:www\.)?[^\W_][\w-]{0,62}+\.(?:com|io|co|net|org|ai|dev|app|jobs)(?![\w.])",
    re.IGNORECASE,
)


def match_vocabulary(text: str, vocabulary: Vocabulary) -> str | None:
    """The canonical value ``text`` names, or None.

    The whole cell is tried first ("Phone screen"), also against the words read alone only
    (``Vocabulary.alone``), then against ``Vocabulary.sentences``; then its words left to
    right, longest phrase first at each word ("declined by employer" before "declined"); a
    negation cancels the next match in its clause (one of ``Vocabulary.negations`` the match
    right before it too), a ``Vocabulary.contrary`` word every value of its clause but
    ``Vocabulary.contrary_keeps``; several matches are settled by ``vocabulary.precedence``.
    A cross mark or a no-show in the cell (``Vocabulary.unsettling``) leaves it none of them
    but ``contrary_keeps`` (``Vocabulary.crossed_last_stage`` and ``Vocabulary.resumed``
    aside). A trail (``Vocabulary.last_step_of_trail``) is read at its last step.
    """
    # A web address is a name ("Hired.com screening": the job site; ot97 F5, it closed the
    # row as hired), not the word in it.
    text = _WEB_ADDRESS.sub(" ", text)
    if vocabulary.last_step_of_trail:
        steps = [step for step in ARROWS.split(text) if header_key(step)]
        if len(steps) > 1:
            value = _match_cell(steps[-1], vocabulary)
            if value is None:
                value = _offer_taken_back(" ".join(steps[:-1]), steps[-1], vocabulary)
            if value is not None:
                return value
        turned = _turned(text, vocabulary)
        if turned is None:
            turned = _offer_ended_in_last_clause(text, vocabulary)
        if turned is None:
            turned = _going_on_for_another_role(text, vocabulary)
        if turned is not None:
            return turned
        reopened = _reopened(text, vocabulary)
        if reopened is not None:
            return reopened
    return _match_cell(text, vocabulary)


# A turn the row took after it closed, said with "then", "but", "later" in English, German,
# French, Spanish, Portuguese, Italian, Dutch and Swedish ("Rejected, then re-opened", "Offer
# accepted, then rescinded", "Ghosted, then they reached out again"; ot108 F2, F3: each stayed
# closed as it was first).
_TURN = re.compile(
    r"(?<!\s)[,;]?\s+(?:and\s+|und\s+|et\s+)?(?:then|but|later|afterwards|dann|aber|puis|ensuite"
    r"|mais|luego|pero|despu(?:\u00e9|e)s|depois|mas|poi|daarna|maar|sedan)\s+",
    re.IGNORECASE,
)


# A rejection for one role, said first, beside a process going on for another ("Rejected for
# SWE II, interviewing for SWE I", "Rejected for the senior role - moved to the mid-level
# loop", "Not selected for PM role; referred to APM team, interviewing": each closed the row,
# fx251). "for" a reason or a time ("Rejected for lack of experience", "for now") names no role.
_REJECTED_FOR_ROLE = re.compile(
    r"\s*+(?:rejected|declined|turned\s++down|not\s++selected|dinged|passed\s++over)\s++for\s++"
    r"(?!(?:lack|being|not|no|now|the\s++moment|this\s++round)\b)",
    re.IGNORECASE,
)
# The other process named by its role, team or loop ("for SWE I", "to APM team"); not one at
# another employer ("interviewing elsewhere", "applied to other companies").
_ANOTHER_ROLE = re.compile(r"\b(?:for|to|into)\s", re.IGNORECASE)
_ELSEWHERE = re.compile(
    r"\belsewhere\b|\b(?:other|another)\s++(?:compan|employer|firm)", re.IGNORECASE
)
# Moved to another role's interviews, which the words alone do not read ("moved to the
# mid-level loop"); not to a pool or a file of candidates.
_MOVED_TO_ANOTHER = re.compile(
    r"\s*+(?:moved|transferred|switched|redirected)\s++(?:over\s++)?(?:to|into)\s"
    r"[^,;]*?\b(?:loop|process|interviews?|round|role|position|track|team)\b",
    re.IGNORECASE,
)


def _going_on_for_another_role(text: str, vocabulary: Vocabulary) -> str | None:
    """Where the process going on for another role stands, when ``text``'s first clause is a
    rejection for one role (``_REJECTED_FOR_ROLE``) and the rest names the other's role, team or
    loop, as open (interviewing, applied, an offer); None otherwise: "Rejected for SWE II"
    alone, or beside "waiting on feedback" (of the same role), stays closed."""
    rejected = _REJECTED_FOR_ROLE.match(text)
    end = _CLAUSE_END.search(text, rejected.end()) if rejected else None
    if end is None:
        return None
    rest = text[end.end() :]
    if not _ANOTHER_ROLE.search(rest) or _ELSEWHERE.search(rest):
        return None
    value = _match_cell(rest, vocabulary)
    if value is None and _MOVED_TO_ANOTHER.match(rest):
        return "interviewing"
    return None if value is None or value in CLOSED_WITHOUT_OFFER else value


def _turned(text: str, vocabulary: Vocabulary) -> str | None:
    """The value of ``text``'s last turn (``_TURN``), read as a trail's last step is, when the
    words before it close the row and the turn says otherwise: reopened, rescinded, a new
    round ("Rejected, but they came back - onsite 12/2"); an offer only ended ("Offer accepted,
    then rescinded"). None when it names nothing ("Rejected, but asked for feedback") or leaves
    an offer standing ("Accepted, but negotiating the start", "Offer accepted, then pending
    the background check")."""
    turns = list(_TURN.finditer(text))
    if not turns:
        return None
    turn = turns[-1]
    before = _match_cell(text[: turn.start()], vocabulary)
    if before not in CLOSED_WITH_OFFER | CLOSED_WITHOUT_OFFER:
        return None
    after = text[turn.end() :]
    value = _match_cell(after, vocabulary)
    if value is None:
        value = _offer_taken_back(text[: turn.start()], after, vocabulary)
    if value is None or value == before:
        return None
    if before in CLOSED_WITH_OFFER and value not in CLOSED_WITHOUT_OFFER:
        return None  # an offer ends only taken back or turned down, not "then pending"
    return value


_IT = re.compile(r"\bit\b", re.IGNORECASE)


def _reopened(text: str, vocabulary: Vocabulary) -> str | None:
    """Where the row stands after a clause of a row opened again (``_OPENED_AGAIN``; a date
    beside it aside) that follows clauses closing it without an offer: "applied" when nothing
    follows ("Rejected - reopened 11/19", "Rejected; re-opened": ot111 F4, they stayed
    closed), else what the clauses after it say ("Rejected - reopened 11/19, onsite 11/30" is
    interviewing: ot115 F3, it was rejected), "applied" when they name nothing. None when no
    such clause."""
    at = _reopened_at(text, vocabulary)
    if at is None:
        return None
    rest = text[at:]
    return (_match_cell(rest, vocabulary) if _GUESS_WORD.search(rest) else None) or "applied"


def _reopened_at(text: str, vocabulary: Vocabulary) -> int | None:
    """The end of ``text``'s first clause of a row opened again that follows clauses closing
    it without an offer (``_reopened``), or None. A date's slash ends no clause ("reopened
    11/19")."""
    ends = list(_ASKED_CLAUSE_END.finditer(text))
    for i, end in enumerate(ends):
        stop = ends[i + 1].start() if i + 1 < len(ends) else len(text)
        words = header_key(" ".join(_GUESS_WORD.findall(text, end.end(), stop)))
        if words in _OPENED_AGAIN:
            closed = _match_cell(text[: end.start()], vocabulary) in CLOSED_WITHOUT_OFFER
            return stop if closed else None
    return None


def since_reopened(value: object) -> object:
    """The part of a Status cell after its reopening ("Rejected - reopened 11/19, onsite 11/30"
    -> ", onsite 11/30"; ``_reopened``), whose dates are the reopened process's: the
    reopening's own date is no interview's. ``value`` when it names none."""
    if not isinstance(value, str):
        return value
    at = _reopened_at(value, VOCABULARIES["outcome"])
    return value if at is None else value[at:]


def _offer_taken_back(before: str, step: str, vocabulary: Vocabulary) -> str | None:
    """What ``step``, naming nothing alone, says of the offer the words ``before`` it read as:
    "rescinded", "withdrawn", "pulled" after "Offer accepted" or "Hired" is the offer taken
    back ("Offer accepted then rescinded", "Accepted -> rescinded": rejected, as "Offer
    rescinded" is). None when ``before`` holds no offer or the step does not end it ("Offer
    accepted, then pending the background check": the offer stands)."""
    if _match_cell(before, vocabulary) not in CLOSED_WITH_OFFER:
        return None
    # "it" is the offer: "Offer accepted but company pulled it" is "company pulled the offer".
    said = _IT.sub("the offer", step) if _IT.search(step) else f"offer {step}"
    value = _match_cell(said, vocabulary)
    return value if value in CLOSED_WITHOUT_OFFER else None


# An offer taken back in a clause of its own, set off by a dash or a semicolon ("Offer accepted
# - rescinded 11/18", "Offer accepted – rescinded", "Offer accepted; offer pulled 11/18": each
# read as the job won), as "Offer accepted, then rescinded" is (``_turned``). A hyphen with a
# space on each side only ("re-opened" is a word); a run of spaces tried from its first only.
_CLAUSE_TURN = re.compile(r"(?<!\s)(?:\s*+[;\u2013\u2014]|\s++-++(?=\s))\s*+")
_OFFER_FIRST = re.compile(r"\s*+(?:(?:the|job|their)\s++)*offers?\b", re.IGNORECASE)


def _offer_ended_in_last_clause(text: str, vocabulary: Vocabulary) -> str | None:
    """Rejected when ``text``'s last clause after a dash or a semicolon (``_CLAUSE_TURN``)
    takes back the offer the words before it closed the row with (``_offer_taken_back``); a
    clause that names the offer ("offer pulled 11/18") or nothing alone ("rescinded 11/18")
    only: "Accepted - rejected the other offer" keeps the job. None otherwise."""
    turns = list(_CLAUSE_TURN.finditer(text))
    if not turns:
        return None
    turn = turns[-1]
    after = text[turn.end() :]
    if _match_cell(after, vocabulary) is not None and not _OFFER_FIRST.match(after):
        return None
    return _offer_taken_back(text[: turn.start()], after, vocabulary)


def _match_cell(text: str, vocabulary: Vocabulary) -> str | None:
    """``match_vocabulary`` but for trails."""
    value = _match_words(text, vocabulary)
    if value in vocabulary.contrary_keeps or vocabulary.unsettling is None:
        return value
    folded = text.casefold()
    if not vocabulary.unsettling.search(folded):
        return value
    if vocabulary.crossed_last_stage is not None and _crossed_last_stage(text, vocabulary):
        return vocabulary.crossed_last_stage
    if value is None or vocabulary.resumed is None:
        return None
    resumed = _without_resumed_no_shows(folded, vocabulary.resumed)
    if value == "interviewing" and not vocabulary.unsettling.search(resumed):
        return value
    return None


def _without_resumed_no_shows(folded: str, resumed: re.Pattern[str]) -> str:
    """``folded`` without its no-shows a new date follows (``Vocabulary.resumed``) in a later
    clause or the same one, not denied there ("not rescheduled", "not yet rebooked")."""
    kept, cut = [], 0
    for no_show in _NO_SHOW_ALONE.finditer(folded):
        for again in resumed.finditer(folded, no_show.end()):
            clause = max(
                (m.end() for m in _CLAUSE_END.finditer(folded, no_show.end(), again.start())),
                default=no_show.end(),
            )
            if not _DENIED.search(folded, clause, again.start()):
                kept.append(folded[cut : no_show.start()])
                cut = no_show.end()
                break
    kept.append(folded[cut:])
    return " ".join(kept)


def _crossed_last_stage(text: str, vocabulary: Vocabulary) -> bool:
    """``text`` is a trail of stages, the last crossed, those before it ticked (one at least)
    or bare: "Phone screen ✅, Onsite ❌" (``Vocabulary.crossed_last_stage``)."""
    steps = [step for step in _STEP_END.split(text) if header_key(step)]
    if len(steps) < 2:
        return False
    marks = [(bool(_CROSS.search(step)), bool(_TICK.search(step))) for step in steps]
    stages = [_match_cell(_TICK.sub(" ", _CROSS.sub(" ", step)), vocabulary) for step in steps]
    earlier = list(zip(marks[:-1], stages[:-1], strict=True))
    return (
        marks[-1] == (True, False)
        and stages[-1] == "interviewing"
        and all(
            not crossed and stage in APPLIED_STAGES | {"interviewing"}
            for (crossed, _), stage in earlier
        )
        and any(ticked for (_, ticked), _ in earlier)
    )


def _match_words(text: str, vocabulary: Vocabulary) -> str | None:
    """``match_vocabulary`` but for ``Vocabulary.unsettling``."""
    for pattern, said in vocabulary.rewrites:
        text = pattern.sub(said, text)
    # A cell of several clauses each naming a value is read clause by clause, not as one
    # phrase: "Interview: offer" and "Interview -> Offer" are no "Interview offer" (an
    # invitation, fx188 F1); "Offer: not yet" is still "Offer not yet" (its "not yet" names none).
    key = header_key(text)
    whole = vocabulary.words.get(key)
    if whole is None and vocabulary.alone:
        whole = vocabulary.alone.get(key)
    if whole is not None and not _CLAUSE_END.search(text):
        return whole
    words, clause_starts, typed, capitals = _words_and_clauses(text)
    if whole is not None and not _clauses_each_say(words, clause_starts, typed, vocabulary):
        return whole
    folded = text.casefold()
    for pattern, value in vocabulary.sentences:
        if pattern.search(folded):
            return value
    names = _name_words(words, typed, capitals, vocabulary)
    read = _read_clauses(words, clause_starts, typed, vocabulary, names)
    return whole if read is None else read


def _clauses_each_say(
    words: list[str], clause_starts: list[bool], typed: list[str], vocabulary: Vocabulary
) -> bool:
    """The words make several clauses, each of which names a value read alone."""
    starts = [i for i, start in enumerate(clause_starts) if start] + [len(words)]
    if len(starts) < 3:
        return False
    return all(
        _read_clauses(words[a:b], clause_starts[a:b], typed[a:b], vocabulary) is not None
        for a, b in zip(starts, starts[1:], strict=False)
    )


def _read_clauses(
    words: list[str],
    clause_starts: list[bool],
    typed: list[str],
    vocabulary: Vocabulary,
    names: frozenset[int] = frozenset(),
) -> str | None:
    """``_match_words``'s reading of a cell's words, clause by clause."""
    alone = vocabulary.alone
    found: set[str] = set()
    clause: set[str] = set()  # the values found in this clause
    contrary = False  # this clause holds a ``Vocabulary.contrary`` word
    negated = False
    last: str | None = None  # the value matched by the word right before, if any
    awaiting = False  # an ``awaiting`` word came right before (``_AWAITED_BETWEEN`` aside)
    start = 0  # the first word of this clause
    to_do = False  # this clause says the default is still to be done (``still_to_do``)
    done = False  # this clause reads the default from a word not ``said_before_doing``
    to_do_in_cell = done_in_cell = False

    def end_clause(end: int) -> None:
        nonlocal to_do_in_cell, done_in_cell
        if to_do:
            clause.discard(vocabulary.default)
        to_do_in_cell = to_do_in_cell or to_do
        done_in_cell = done_in_cell or (done and not to_do and not contrary)
        found.update(v for v in clause if not contrary or v in vocabulary.contrary_keeps)
        clause.clear()
        # A clause that is a word read alone of ``contrary_keeps`` is read as that, as the
        # whole cell would be: "Ditolak - final round" is rejected, as "Rejected - final
        # round" is (ot95 F5: it was interviewing, by its English words).
        closing = (alone or {}).get("".join(words[start:end]))
        if closing in vocabulary.contrary_keeps:
            found.add(closing)
        # A word read as a clause of its own only: "Applied, Interviewed, Offered" (fx188 F1).
        alone_here = (vocabulary.clause_alone or {}).get("".join(words[start:end]))
        if alone_here is not None and not contrary:
            found.add(alone_here)

    unanswered = False  # a phrase of ``_UNANSWERED`` is in the cell
    hedged = False  # a hedge is among the clause's words before word ``i``
    seen = 0  # the words before it read for a hedge: each once, not once per word after it
    i = 0
    while i < len(words):
        if clause_starts[i]:
            end_clause(i)
            start = seen = i
            negated = contrary = awaiting = hedged = to_do = done = False
            last = None
        hedged = hedged or any(w in _HEDGES for w in words[seen:i])
        seen = i
        contrary = contrary or (
            i not in names and not hedged and _says_contrary(words, typed[i], i, vocabulary)
        )
        for length in range(_clause_room(clause_starts, i), 0, -1):
            phrase = "".join(words[i : i + length])
            if phrase in vocabulary.words and not (alone and phrase in alone):
                last = None if negated else vocabulary.words[phrase]
                if last is not None and awaiting and vocabulary.awaited:
                    last = vocabulary.awaited.get(last, last)
                if last is not None and vocabulary.awaited:
                    last = _reread(words, clause_starts, i, length, last, hedged)
                if last is not None:
                    clause.add(last)
                    to_do = to_do or phrase in vocabulary.still_to_do
                    done = done or (
                        last == vocabulary.default and phrase not in vocabulary.said_before_doing
                    )
                unanswered = unanswered or phrase in _UNANSWERED
                negated = False
                awaiting = phrase in vocabulary.awaiting
                i += length
                break
        else:
            if i in names:
                pass  # a word of a name ("Tak Lee Ltd", "Decline Labs", "Noah Fail")
            elif words[i] in vocabulary.awaiting or typed[i] in vocabulary.awaiting:
                awaiting = True  # "Hoping for an offer", "Menunggu offer"
                last = None
                i += 1
                continue
            elif (
                words[i] == "pas"
                and last in vocabulary.unsettled_keeps
                and _word_after(words, clause_starts, i + 1) in _NOT_ACCEPTED
            ):
                clause.discard(last)  # French "Entretien pas accepté", as "non accepté"
            elif words[i] in NEGATIONS:
                negated = True
                if last is not None and _cancels_before(words, clause_starts, i, last, vocabulary):
                    clause.discard(last)
            elif _negates(typed[i], vocabulary) and not _another_languages_word(
                words, clause_starts, i, typed[i], vocabulary
            ):
                negated = True
                if last is not None:  # "Offer belum keluar": the match before it too
                    clause.discard(last)
            if words[i] not in _AUXILIARIES or words[i] in NEGATIONS:
                last = None
            awaiting = awaiting and words[i] in _AWAITED_BETWEEN
            i += 1
    end_clause(len(words))
    if to_do_in_cell and not done_in_cell:
        found.discard(vocabulary.default)  # "Referral - waiting to apply"
    if unanswered and vocabulary.awaited:
        # No answer yet undoes no rejection said ("No news, rejected"): only an offer named.
        found = {
            v if v in vocabulary.contrary_keeps else vocabulary.awaited.get(v, v) for v in found
        }
    return next((v for v in vocabulary.precedence if v in found), None)


def _reread(
    words: list[str], clause_starts: list[bool], i: int, length: int, value: str, hedged: bool
) -> str:
    """``value``, the outcome matched by the phrase of ``length`` words at word ``i``, or what
    the words around it make of it: a "no offer" still to come ("No offer from them yet",
    "Still no offer": interviewing), a decline only thought of ("Might decline offer": the
    offer), an offer made that the person has yet to sign ("Offer not yet signed")."""
    phrase = "".join(words[i : i + length])
    if phrase in _NO_OFFER and _still_to_come(words, i, length):
        return "interviewing"
    if hedged and value == "rejected" and ("declin" in phrase or "turn" in phrase):
        return "offer"
    if phrase == "offernotyet" and _word_after(words, clause_starts, i + length) in _ON_THE_PERSON:
        return "offer"
    # The rest of the clause is read for these phrases only: for each phrase, it made a long
    # cell of one clause ("Offer or Offer or …") cost its length squared (ot105 F1).
    if phrase in _PENDING_OFFER and _SIGNATURE.intersection(
        _rest_of_clause(words, clause_starts, i)
    ):
        return "offer"  # "Oferta pendiente de firma", "Offer pending signature": made
    if value != "offer":
        return value
    after = _clause_words(words, clause_starts, i + length, 2)  # the phrase's next two
    if any("".join(after[:n]) in _AWAITED_AFTER for n in (1, 2)) and not _SIGNATURE.intersection(
        _rest_of_clause(words, clause_starts, i)
    ):  # "Offerta in attesa di firma": made
        return "interviewing"  # "Aanbod in afwachting", "Offerta in attesa": awaited
    return value


def _clause_words(words: list[str], clause_starts: list[bool], start: int, most: int) -> list[str]:
    """Up to ``most`` words from word ``start``, in the clause it is in."""
    end = start
    while end < len(words) and end < start + most and not clause_starts[end]:
        end += 1
    return words[start:end]


def _rest_of_clause(words: list[str], clause_starts: list[bool], i: int) -> list[str]:
    """The words after word ``i`` in its clause."""
    end = i + 1
    while end < len(words) and not clause_starts[end]:
        end += 1
    return words[i + 1 : end]


def _still_to_come(words: list[str], i: int, length: int) -> bool:
    """The "no offer" of ``length`` words at word ``i`` has "still" right before it, or "yet",
    "so far", "as of now" anywhere after it in the cell."""
    after = words[i + length :]
    return (
        (i > 0 and words[i - 1] in _YET)
        or any(w in _YET for w in after)
        or any(pair in _SO_FAR for pair in zip(after, after[1:], strict=False))
    )


def _name_words(
    words: list[str], typed: list[str], capitals: list[bool], vocabulary: Vocabulary
) -> frozenset[int]:
    """The indexes of the negation and contrary words (``Vocabulary.negations``,
    ``Vocabulary.contrary``; not English "not", "no") that are part of a name: typed with a
    capital beside another capitalised word that names nothing, in a cell that also has
    words in lower case, so that its capitals say something ("Tak Lee Ltd phone screen",
    "Decline Labs onsite", "Interview with Noah Fail"; ot97 F5: each needed info). "Decline
    Offer", "Tak Dapat offer", "Failed Phone screen" are read as before."""
    if all(capitals) or not any(capitals):
        return frozenset()

    def names_nothing(j: int) -> bool:
        if not 0 <= j < len(words) or not capitals[j] or words[j] in _NOT_NAME_WORDS:
            return False
        if _negates(typed[j], vocabulary) or words[j] in NEGATIONS:
            return False
        room = min(LONGEST_PHRASE_WORDS, len(words) - j)
        return not any(
            "".join(words[j : j + n]) in vocabulary.words
            or "".join(words[j : j + n]) in vocabulary.contrary
            or "".join(words[j : j + n]) in INTERVIEW_TYPES
            for n in range(1, room + 1)
        )

    return frozenset(
        i
        for i in range(len(words))
        if capitals[i]
        and (_negates(typed[i], vocabulary) or words[i] in vocabulary.contrary)
        and (names_nothing(i - 1) or names_nothing(i + 1))
    )


def _clause_room(clause_starts: list[bool], i: int) -> int:
    """How many words from word ``i`` a phrase may take: up to ``LONGEST_PHRASE_WORDS``, in its
    clause ("Offer, not yet accepted" is no "offer not yet"; "Interview: offer" no "interview
    offer")."""
    room = 1
    while room < LONGEST_PHRASE_WORDS and i + room < len(clause_starts):
        if clause_starts[i + room]:
            break
        room += 1
    return room


def _cancels_before(
    words: list[str], clause_starts: list[bool], i: int, last: str, vocabulary: Vocabulary
) -> bool:
    """The negation at word ``i`` cancels ``last``, the match right before it: "Offer not
    received" (``Vocabulary.negations_after``), "Interview not accepted" (an invitation
    declined: by whom?); not "Onsite not confirmed" (``Vocabulary.unsettled_keeps``)."""
    if last in vocabulary.unsettled_keeps:
        after = _word_after(words, clause_starts, i + 1)
        if after in _NOT_ACCEPTED:
            return True
        if after in _UNSETTLED or after in _OPINIONS:
            return False
    return (
        words[i] in vocabulary.negations_after
        and last not in vocabulary.contrary_keeps
        and _value_after(words, clause_starts, i + 1, vocabulary) in (None, last)
    )


def _word_after(words: list[str], clause_starts: list[bool], i: int) -> str | None:
    """The word at word ``i`` or after the auxiliaries there, in the same clause, or None."""
    while i < len(words) and not clause_starts[i] and words[i] in _AUXILIARIES:
        i += 1
    return None if i >= len(words) or clause_starts[i] else words[i]


def _another_languages_word(
    words: list[str], clause_starts: list[bool], i: int, typed: str, vocabulary: Vocabulary
) -> bool:
    """The negation at word ``i`` is another language's word by the phrase right after it
    (``Vocabulary.not_negating_before``: Polish "Tak oferta", "yes, an offer")."""
    after = (vocabulary.not_negating_before or {}).get(typed)
    if not after or i + 1 >= len(words) or clause_starts[i + 1]:
        return False
    room = _clause_room(clause_starts, i + 1)
    return any("".join(words[i + 1 : i + 1 + n]) in after for n in range(1, room + 1))


def _value_after(
    words: list[str], clause_starts: list[bool], i: int, vocabulary: Vocabulary
) -> str | None:
    """The value of the match at word ``i`` or after the auxiliaries there, in the same clause
    ("not yet scheduled": interviewing), or None."""
    while i < len(words) and not clause_starts[i] and words[i] in _AUXILIARIES:
        i += 1
    if i >= len(words) or clause_starts[i]:
        return None
    for length in range(_clause_room(clause_starts, i), 0, -1):
        phrase = "".join(words[i : i + length])
        if phrase in vocabulary.words and not (vocabulary.alone and phrase in vocabulary.alone):
            return vocabulary.words[phrase]
    return None


def _negates(typed: str, vocabulary: Vocabulary) -> bool:
    """The word as typed is one of ``vocabulary``'s own negations (``Vocabulary.negations``)."""
    return typed in vocabulary.negations or any(p in typed for p in vocabulary.negation_parts)


def _says_contrary(words: list[str], typed: str, i: int, vocabulary: Vocabulary) -> bool:
    """A ``Vocabulary.contrary`` word or phrase starts at word ``i``."""
    if not vocabulary.contrary and not vocabulary.contrary_parts:
        return False
    if any(p in typed for p in vocabulary.contrary_parts):
        return True
    ends = range(i + 1, min(i + LONGEST_PHRASE_WORDS, len(words)) + 1)
    return any("".join(words[i:end]) in vocabulary.contrary for end in ends)


_CLAUSE_END = re.compile(rf"[,;:.!?/|()\[\]\n\u2013\u2014{_ARROW_CHARS}]|\s-|-\s")
# The steps of a trail of marked stages (``_crossed_last_stage``).
# A tick or a cross ends a step too ("Phone screen ✅ Onsite ❌" without the comma: ot98 F12,
# it needed info).
_STEP_END = re.compile(
    rf"{_CLAUSE_END.pattern}|(?<={TICK_MARKS})\s+|(?<={TICK_MARKS}[\ufe0e\ufe0f])\s+"
    r"|(?<=[\u274c\u2717\u2718\u2716\U0001f6ab\U0001f44e])\s+"
)
# "?!" and "!?" are disbelief at what happened ("Rejected?!"), not a question.
# A shrug says "not sure", as a question mark does ("Offer 🤷": ot101 F5, it closed the row).
_QUESTION = re.compile(
    r"(?<![!?])\?+(?!\s*!)|\U0001f937[\U0001f3fb-\U0001f3ff]?(?:\u200d[\u2640\u2642])?\ufe0f?"
)
# The clause a question mark ends starts after a clause end, but not at the slash or the dot
# inside a date: "ghosted since 10/30?" asks whether it was ghosted, as "ghosted?" does (ot115
# F10: only "30" was taken as the question, and the row closed); nor at the dot closing a
# day-first date right before it ("Ghosted since 30.10.?": the clause was empty, the row closed).
_ASKED_CLAUSE_END = re.compile(
    rf"(?!(?<=\d)[/.]\d|(?:(?<=\d\.\d)|(?<=\d\.\d\d))\.\s*\?)(?:{_CLAUSE_END.pattern})"
)
# "or" between two outcomes, or starting a question after one: an alternative, neither said.
# Tried from a run of spaces' first (each space of a long run scanned the rest of it).
_OR = re.compile(r"(?<!\s)\s+(?:or|oder|ou)\s+", re.IGNORECASE)
_OR_START = re.compile(r"\s*(?:or|oder|ou)\s+", re.IGNORECASE)


def asked_values(text: str, vocabulary: Vocabulary) -> tuple[set[str], str]:
    """The values the clauses of ``text`` ending in a question mark name ("ghosted?",
    "Rejected??", "Applied - ghosted? (6 weeks)"), and the text without those clauses.

    An alternative is asked too, neither of its values said (ot101 F5): two values, one of
    them closing a row (``Vocabulary.not_when_asked``) and the two not closing it alike
    (``_closed_alike``: "Rejected or ghosted" is closed), with "or" between ("Offer or
    rejected"), or a closing value before a question after a slash ("Offer / rejected?") or
    one that starts with "or" ("Ghosted (or slow?)"). "Onsite / offer?" asks only the offer."""
    asked: set[str] = set()
    text = _without_alternatives(text, vocabulary, asked)
    text = _without_ghosted_or_else(text, vocabulary, asked)
    text = _without_guesses(text, vocabulary, asked)
    rest, cut = [], 0
    for question in _QUESTION.finditer(text):
        # Searched up to the question mark, which the dot closing a date is seen before.
        start = max(
            (
                m.end()
                for m in _ASKED_CLAUSE_END.finditer(text, cut, question.start() + 1)
                if m.start() < question.start()
            ),
            default=cut,
        )
        clause = text[start : question.start()]
        parts = _OR.split(clause)
        if len(parts) == 2 and _closed_alike({match_vocabulary(p, vocabulary) for p in parts}):
            # "Rejected or ghosted?": which of two that close the row alike is no question
            # (ot104 F6: "Rejected or ghosted?  Either way, moving on" stayed open).
            continue
        alternative = _OR_START.match(clause)
        value = match_vocabulary(clause[alternative.end() :] if alternative else clause, vocabulary)
        before = None
        if start > cut and (alternative or text[start - 1] == "/"):
            # The clause before, the alternative asked with it.
            earlier = max(
                (m.end() for m in _CLAUSE_END.finditer(text, cut, start - 1)), default=cut
            )
            before = match_vocabulary(text[earlier : start - 1], vocabulary)
            if (
                before in vocabulary.not_when_asked
                and (alternative or value not in (None, before))
                and not {before, value} <= CLOSED_WITHOUT_OFFER
            ):
                asked.add(before)
                start = earlier
            else:
                before = None
        if value is not None or before is not None:
            if value is not None:
                asked.add(value)
            rest.append(text[cut:start])
            cut = question.end()
    rest.append(text[cut:])
    return asked, ", ".join(part for part in rest if part.strip())


def _closed_alike(values: set[str | None]) -> bool:
    """Whether ``values`` each close a row the same way, so that which of them is meant
    changes nothing: none with an offer ("Rejected or ghosted", "Withdrawn or rejected", as the
    dropdown's "Rejected/Ghosted" is read) or all with one ("Offer or accepted"). Before a
    question after a slash only the first ("Rejected / ghosted?"): "Offer / accepted?" asks
    whether the offer was taken, the row kept open."""
    return values <= CLOSED_WITHOUT_OFFER or values <= CLOSED_WITH_OFFER


# What starts an alternative said after a word in a clause of its own: "Ghosted (or slow)",
# "Ghosted (maybe slow)".
_ALTERNATIVE_START = re.compile(
    r"\s*(?:or|oder|ou|maybe|perhaps|possibly|vielleicht|peut[-\s]?(?:\u00eatre|etre)"
    r"|quiz(?:\u00e1|a)s|forse|misschien)\s+",
    re.IGNORECASE,
)


def _without_ghosted_or_else(text: str, vocabulary: Vocabulary, asked: set[str]) -> str:
    """``text`` without a "ghosted" said with another reading of the silence beside it, no
    outcome ("Ghosted or slow", "Ghosted (or slow)", "Ghosted (maybe slow)"): as unsure as
    "Ghosted (or slow?)", so ghosted is added to ``asked`` (ot104 F6: they closed the row,
    its follow-ups, which settle "slow", stopped). "Ghosted or rejected" is closed alike;
    "Ghosted (6 weeks)" says how long."""
    clauses = [m.end() for m in _CLAUSE_END.finditer(text)]
    bounds = list(zip([0, *clauses], [*(c - 1 for c in clauses), len(text)], strict=True))
    for n, (a, b) in enumerate(bounds):
        parts = _OR.split(text[a:b])
        if len(parts) == 2 and all(header_key(p) for p in parts):
            values = [match_vocabulary(p, vocabulary) for p in parts]
            if "ghosted" in values and None in values:
                asked.add("ghosted")
                return text[:a] + " " + text[b:]
        if n + 1 < len(bounds) and match_vocabulary(text[a:b], vocabulary) == "ghosted":
            c, d = bounds[n + 1]
            other = _ALTERNATIVE_START.match(text[c:d])
            if other and match_vocabulary(text[c + other.end() : d], vocabulary) is None:
                asked.add("ghosted")
                return text[:a] + " " + text[d:]
    return text


# Words that say an outcome is guessed, not known, in English, German, French, Spanish,
# Portuguese, Italian, Dutch and Swedish ("Likely rejected", "Rejected (I think)", "Probably
# ghosted", "Vermutlich abgelehnt"), as keys write them. Not German "wohl", said of a reading
# of the silence ("Nie geantwortet, wohl Absage": never answered, so a rejection).
_GUESSES = frozenset(
    {"likely", "probably", "prob", "prolly", "presumably", "assume", "assumed", "assuming"}
    | {"maybe", "perhaps", "possibly", "guess", "guessing", "ithink", "iguess", "iassume"}
    | {"ibelieve", "isuppose", "wahrscheinlich", "vermutlich", "vielleicht"}
    | {"probablement", "peutetre", "probablemente", "quizas", "quiza", "provavelmente"}
    | {"talvez", "forse", "probabilmente", "waarschijnlijk", "misschien", "troligen", "kanske"}
)
_PERSON = frozenset({"i", "ich", "je", "yo", "eu", "io", "ik", "jag"})
_GUESS_WORD = re.compile(r"[^\W\d_]+")


def _without_guesses(text: str, vocabulary: Vocabulary, asked: set[str]) -> str:
    """``text`` without a closing outcome said as a guess, its value added to ``asked``: a
    guess word in its clause ("Likely rejected", "Probably ghosted", "Ghosted probably") or a
    clause of guess words right after it ("Rejected (I think)", "Rejected, I guess"). As unsure
    as "Rejected?" (ot108 F6: they closed the row in silence, the last follow-up dropped on a
    guess). A guess about something else stays ("Rejected - likely because of salary")."""
    clauses = [m.end() for m in _CLAUSE_END.finditer(text)]
    bounds = list(zip([0, *clauses], [*(c - 1 for c in clauses), len(text)], strict=True))
    for n, (a, b) in enumerate(bounds):
        words = _GUESS_WORD.findall(text[a:b])
        said = _unguessed(words)
        if len(said) == len(words):
            continue
        start = a
        if n and all(w.casefold() in _PERSON for w in said):
            start = bounds[n - 1][0]  # "(I think)" guesses the clause before
            said = _unguessed(_GUESS_WORD.findall(text[start:b]))
        value = match_vocabulary(" ".join(said), vocabulary)
        if value in vocabulary.not_when_asked:
            asked.add(value)
            return text[:start] + " " + text[b + 1 :]
    return text


def _unguessed(words: list[str]) -> list[str]:
    """``words`` without those of a guess (``_GUESSES``: "probably", "I think")."""
    kept, i = [], 0
    while i < len(words):
        if i + 1 < len(words) and "".join(words[i : i + 2]).casefold() in _GUESSES:
            i += 2
        else:
            if words[i].casefold() not in _GUESSES:
                kept.append(words[i])
            i += 1
    return kept


def _without_alternatives(text: str, vocabulary: Vocabulary, asked: set[str]) -> str:
    """``text`` without its clauses of two values with "or" between ("Offer or rejected"), one
    of them closing a row; their values added to ``asked``."""
    kept, cut = [], 0
    for end in [*_CLAUSE_END.finditer(text), None]:
        stop = len(text) if end is None else end.start()
        parts = _OR.split(text[cut:stop])
        if len(parts) == 2:
            values = {match_vocabulary(part, vocabulary) for part in parts}
            if (
                None not in values
                and len(values) == 2
                and values & vocabulary.not_when_asked
                and not _closed_alike(values)
            ):
                asked.update(v for v in values if v is not None)
                kept.append(" ")
                cut = stop
        if end is not None:
            kept.append(text[cut : end.end()])
            cut = end.end()
    kept.append(text[cut:])
    return "".join(kept)


# "After" before a stage, in English, German, French, Spanish, Portuguese, Italian and
# Swedish: the stage says when, the words before it what came of it ("Bad news after final
# round"). Not Dutch and Polish "na", Polish "po": Polish "na" is also "for", "Umówiona na
# rozmowę" an interview booked.
_AFTER = re.compile(
    r"(?<!\w)(?:after|following|post|nach|apr(?:\u00e8|e)s|tras|despu(?:\u00e9|e)s\s+de"
    r"|ap(?:\u00f3|o)s|depois\s+d[eoa]s?|dopo|efter)(?!\w)",
    re.IGNORECASE,
)


def unread_beside_stage(text: str, vocabulary: Vocabulary) -> str | None:
    """The words of ``text``, a cell read as a stage, that say what became of the stage and
    name nothing the tool reads: those before "after" the stage ("Bad news after final round",
    "Nope after the onsite": "Bad news", "Nope") or a trail's last step ("Onsite -> nope").
    None when there are none ("Waiting after interview", "Interview -> ?") or they start
    with a number, a time ("No response > 2 weeks", "3 days after onsite").

    A stage read with them would be a guess, and the worst one: a rejection in words the
    tool does not know, read as interviewing, asked for a check-in with the company that
    said no (ot108 F1). Such a cell needs info, as the words alone would."""
    after = _AFTER.search(text)
    steps = [step for step in ARROWS.split(text) if header_key(step)]
    for words in (text[: after.start()] if after else "", steps[-1] if len(steps) > 1 else ""):
        words = " ".join(words.strip(" ,;:-\u2013\u2014").split())
        if (
            any(c.isalpha() for c in words)
            and not words[0].isdigit()
            and match_vocabulary(words, vocabulary) is None
        ):
            return words
    return None


# An unknown cell one slip from a word of the vocabulary ("rejcted", "Intervewing", "Absgae": a
# letter missed, added, changed, or two swapped), or the first letters of a value's name
# ("Rej", "Int"), is suggested in its Problems line, never read as it: a row is not closed or
# opened on a guess (ot108 F13). A slip is a close match (``difflib``) of the same first letter,
# or the word with its first letter missed ("ccepted": ot144 F4), and at most one letter longer
# or shorter (``_one_slip``), in a cell of one word of six letters or more: "Officer" (offer),
# "Fired" (hired), "Filed" and "Failed" (filled) are other words, not slips.
_SLIP_CUTOFF = 0.83
_CHANGED_LETTER_CUTOFF = 0.85
_SHORTEST_SLIP = 6
_LONGEST_SLIP = 40  # a note, not a word mistyped
_SHORTEST_ABBREVIATION = 3
# English words one slip from a word of the vocabulary that mean something else are no slips:
# "Retired" is no "retiré" (withdrawn), "Haired" no "hired", "Wasting" no "waiting" (fx251:
# "Retired" was asked "did you mean withdrawn?"). Found by trying an English dictionary's words
# and their inflections against the table, and a word's first letter missed ("Hosted",
# "Ending": ghosted, pending); those a status may be said with keep their hint
# ("Rejects", "Schedule", "Drafts": rejected, interviewing, not applied).
_ENGLISH_WORDS_NEAR = frozenset(
    {
        *("accented", "accreted", "achieved", "advancer", "altitude", "ansate", "attitude"),
        *("canceler", "checkrein", "contracted", "decliner", "deistic", "delinted", "despise"),
        *("despite", "disposes", "drafty", "encores", "esperanto", "freezer", "frilled"),
        *(
            "ending",
            "haired",
            "hosted",
            "hosting",
            "intercepted",
            "interjected",
            "interpreted",
            "intersected",
            "intervened",
        ),
        *("intervening", "nonelected", "offend", "penning", "proffer", "proffers"),
        *("progressive", "psychometrics", "psychometries", "psychometrist", "psychometry"),
        *("recheck", "rechecks", "recused", "refection", "refereed", "referrer", "refugee"),
        *("refuted", "regents", "regress", "regretter", "reliance", "repented", "replace"),
        *("resected", "resection", "reteaching", "retired", "retirees", "retires", "reused"),
        *("reverences", "rotund", "rundle", "salved", "scheduler", "semioticians", "shaved"),
        *("slaved", "soundstage", "staved", "submitter", "venters", "vinland", "wafting"),
        *("wailing", "waiving", "wanting", "wasting", "whitelisted", "whiting", "wilting"),
        *("witling", "witting", "writing"),
    }
)


def _one_slip(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with a letter missed, added or changed, or two letters
    swapped, in a word long enough that one change is a slip: a letter changed in a word of
    six ("Failed", "filled") makes another word as often as a typo."""
    if sorted(typed) == sorted(word):  # letters swapped: "Absgae"
        return True
    similar = difflib.SequenceMatcher(None, typed, word).ratio() >= _CHANGED_LETTER_CUTOFF
    return abs(len(word) - len(typed)) <= 1 and similar


def suggested_value(text: str, vocabulary: Vocabulary) -> str | None:
    """The value an unknown cell of one word likely means, by a slip of a word or the first
    letters of a value's name; None when nothing is near enough to suggest, or the cell is a
    word of the vocabulary left unread on purpose ("Tawaran ❌": no offer)."""
    key = header_key(text)
    known = key in vocabulary.words or key in (vocabulary.alone or {}) or key in vocabulary.contrary
    if len(text.split()) != 1 or known:
        return None
    if _SHORTEST_SLIP <= len(key) <= _LONGEST_SLIP and key not in _ENGLISH_WORDS_NEAR:
        for word in difflib.get_close_matches(key, vocabulary.words, n=3, cutoff=_SLIP_CUTOFF):
            if (word[0] == key[0] or word[1:] == key) and _one_slip(key, word):
                return vocabulary.words[word]
    if len(key) >= _SHORTEST_ABBREVIATION and key not in NEGATIONS:
        named = [value for value in vocabulary.values if header_key(value).startswith(key)]
        if len(named) == 1 and header_key(named[0]) != key:
            return named[0]
    return None


def read_mark(value: object) -> bool | None:
    """True for a yes-mark, False for a no-mark, None when the cell is something else."""
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, numbers.Real) and value in (0, 1):
        return bool(value)
    if not isinstance(value, str):
        return None
    folded = value.translate(_VARIATION_SELECTORS).strip().casefold()
    key = header_key(folded)
    if folded in YES_MARKS or (key and key in YES_MARKS):
        return True
    if folded in NO_MARKS or (key and key in NO_MARKS):
        return False
    return None


def read_sent_mark(value: object) -> bool | None:
    """``read_mark`` for a sent column, which also takes ``SENT_MARKS``; a mark written as a
    question ("sent?", "Emailed?") is none: it asks whether the message went (``asks``)."""
    if asks(value):
        return None
    if isinstance(value, str) and header_key(value) in SENT_MARKS:
        return True
    return read_mark(value)


# A yes-mark with a date or a note after it ("✅ 2027-01-14", "x 13/1", "✓ late", "X
# (voicemail)"): sent, on that day or on a day not noted (ot97 F9: each was read as not sent).
# The letter "x" is a mark only with a note set off from it (a bracket, a separator with a
# space after it: "X (voicemail)", "x - late") or a date after it ("x 13/1", "x Jan 13"):
# "X Corp", "x-ray" are words (fx198: they were read as sent).
# Runs of spaces taken whole and the note to its last character, as in ``_WORD_MARK_THEN``
# (4.0 s for "\u2705 - x", 20,000 spaces and "?").
_MARK_THEN = re.compile(
    r"\s*+(?:[\u2705\u2714\u2713\u2611\U0001f5f8][\ufe0e\ufe0f]?"
    r"(?:\s*+[-:,;(\u2013\u2014]\s*+|\s++)"
    r"|x(?:\s*+[:,;(]\s*+|\s*+[-\u2013\u2014]\s++|(?P<dated>\s*+[-\u2013\u2014]?\s*+)))"
    r"(?P<note>(?:[^?]*[^?\s)])?)[\s)]*",
    re.IGNORECASE,
)
# A word the column takes as a yes-mark (``read_sent_mark``: "Yes", "Sent", "Done", "Y",
# "emailed", "followed up", "Sí", "Ja") with a date or a note after it, as the letter x: a note
# set off by a bracket or a separator ("Yes (3/2)", "Sent: 3/2", "Yes - 3/2", "Done, late"), a
# date after a space or "on" ("Sent 3/2", "Sent on 3/2", "gesendet am 3.2."; ot98 F4: each was
# read as not sent). One word or two ("followed up"), letters only: "Y2K", "Yesterday",
# "Not sent 3/2" (a no-mark), "Send by 3/2" are no marks.
# Each word, run of spaces and separator is taken whole (possessive: a shorter one is followed
# by a letter or a space that nothing after it takes), and the note runs to its last character
# that is no space or bracket: the note tried at each length, each scanning the spaces after
# it, and every split of a run of spaces tried when a "?" ends the cell, took 8.9 s for "Sent",
# 2,000 spaces and "x?"; a Hindi word, its letters taken by either alternative, doubled the
# time with each letter.
_WORD = r"(?:[^\W\d_]|[\u0900-\u0963])++"
_WORD_MARK_THEN = [
    re.compile(
        rf"\s*+(?P<mark>{words})"
        r"(?:\s*+[:,;(\u2013\u2014]\s*+|\s*+-\s++"
        r"|(?P<dated>\s++(?:(?:on|am|le|el|em|op|il)\s++)?))"
        r"(?P<note>(?:[^?]*[^?\s)])?)[\s)]*",
        re.IGNORECASE,
    )
    for words in (rf"{_WORD}\s++{_WORD}", _WORD)
]
_DATE_START = re.compile(
    r"\d|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|mon|tue|wed|thu|fri|sat|sun)\.?(?:\s|$)"
)


def yes_mark_note(value: object) -> tuple[str, bool] | None:
    """(what follows a yes-mark in a sent cell, whether it follows a word or the letter x
    after a space, where it must start as a date does: "Sent 3/2", "x 13/1"), or None when
    the cell is no mark with something after it, or what follows denies or asks ("✓ not
    yet", "x?", "x no"). "✅ 2027-01-14": ("2027-01-14", False); "X (voicemail)":
    ("voicemail", False); "Yes - 3/2": ("3/2", False). A denial after a date is of something
    else ("Sent 3/2 (no reply)")."""
    if not isinstance(value, str):
        return None
    match = _MARK_THEN.fullmatch(value)
    if match is None:
        match = next(
            (
                m
                for pattern in _WORD_MARK_THEN
                if (m := pattern.fullmatch(value)) is not None
                and m.group("mark").casefold() != "x"
                and read_sent_mark(m.group("mark")) is True
            ),
            None,
        )
    if match is None or not match.group("note").strip():
        return None
    note = match.group("note").strip()
    dated = match.group("dated") is not None
    if dated and not _DATE_START.match(note.casefold()):
        return None  # "X Corp", "Sent to HR": a word after the mark, no mark
    if not _DATE_START.match(note.casefold()) and (
        read_mark(note) is False or any(w in NEGATIONS for w in _words_and_clauses(note)[0])
    ):
        return None
    return note, dated


# A follow-up done another way than the message its column names: a call, a voicemail, a
# LinkedIn message, an email to someone else ("thanked on LinkedIn", "LinkedIn msg", "emailed
# recruiter", "called instead", "left voicemail"): done, on a day not noted, as "X (voicemail)"
# is (ot108 F11: each was read as not sent, and the step asked for again). The cell starts with
# the deed ("Not called", "will call" are none) and asks nothing ("called?").
_OTHER_WAY = re.compile(
    r"\s*+(?:(?:thanked|e-?mailed|called|phoned|rang|texted|messaged|pinged|dm['\u2019]?d)\b"
    r"|(?:left\s++(?:a\s++)?)?voice-?mail\b|linkedin\s++(?:msg|message|dm|note|inmail)\b)"
    r"[^?]*",
    re.IGNORECASE,
)


def done_another_way(value: object) -> bool:
    """Whether a sent cell says the follow-up was done another way (``_OTHER_WAY``)."""
    return isinstance(value, str) and _OTHER_WAY.fullmatch(value) is not None


# The first word of a cell that starts a date, as after a yes-mark (``_DATE_START``), at a
# space or a bracket: "emailed recruiter 3/2", "thanked on LinkedIn Nov 14" (fx251).
_DATE_WORD = re.compile(rf"(?<![^\s(])(?:{_DATE_START.pattern})", re.IGNORECASE)


def another_way_note(value: str) -> str | None:
    """What a cell done another way (``done_another_way``) says from its first word that may
    start a date on ("emailed recruiter 3/2 (no reply)": "3/2 (no reply)"), or None when no
    word does ("left voicemail")."""
    word = _DATE_WORD.search(value)
    return None if word is None else value[word.start() :]


# A thank-you said sent in the Status cell, at a clause's start ("Thank you sent 11/17,
# waiting", "Final round done, TY sent", "Sent thank-you note", "Agradecimiento enviado",
# "Dankesmail verschickt", "Mail de remerciement envoyé", "Bedankmail gestuurd"), and a
# follow-up said sent there ("Followed up 11/18", "Nachgefasst am 18.11.", "Check-in sent
# 11/18", British "chased 18/11"): the step done, as a Sent column's mark says (ot111 F10: the
# same thank-you was drafted again, the 1st check-in asked for two days after the one the
# Status named; ot115 F9: "Check-in sent" and "chased" were not read). A check-in named so
# ("checked in 11/18") is a check-in, not the message due that day (fx278: it was taken for
# the thank-you). ``rest``: the clause
# after it, where its date is. Not one asked ("TY sent?"), denied or to send ("Thank you not
# sent", "Need to send thank you"), nor French "Relance" unaccented (the noun: one to send),
# nor the employer chasing ("Chased by the recruiter").
_THANK_YOU = r"(?:thank[\s-]*+you|thanks|ty)(?:[\s-]++(?:note|e-?mail|mail|message|card|letter)\b)?"
_MESSAGE = r"(?:[\s-]++(?:note|e-?mail|mail|message)\b)?"
_CHECK_IN = rf"check[\s-]*+in{_MESSAGE}"
_FOLLOW_UP = rf"follow[\s-]*+up{_MESSAGE}"
_SAID_SENT = (
    rf"{_CLAUSE_START}(?:(?P<thanked>{_THANK_YOU}\s++(?:(?:was|has\s+been)\s+)?(?:sent|done|emailed)"
    rf"|(?:i\s+)?sent\s+(?:(?:a|the|my)\s+)?{_THANK_YOU}"
    r"|(?:(?:e-?mail|correo|mensaje|nota)\s+de\s+)?agradecimiento\s+enviad[oa]"
    r"|(?:(?:e-?mail)\s+de\s+)?agradecimento\s+enviad[oa]"
    r"|dankes(?:mail|-?e-?mail|schreiben|nachricht)\s+(?:verschickt|gesendet|geschickt|versendet)"
    r"|(?:(?:e-?mail|mail|courriel|message|mot)\s+de\s+)?remerciements?\s+envoy(?:\u00e9|e)e?s?"
    r"|bedank(?:mail|je|-?e-?mail|bericht)\s+(?:gestuurd|verstuurd|verzonden)"
    r"|(?:(?:e-?mail|mail)\s+di\s+)?ringraziamento\s+inviat[oa])"
    rf"|(?P<checked>{_CHECK_IN}\s++(?:(?:was|has\s+been)\s+)?(?:sent|done)"
    rf"|(?:i\s+)?sent\s+(?:(?:a|the|my)\s+)?{_CHECK_IN}|checked\s+in)"
    rf"|(?P<followed>followed[\s-]*up|{_FOLLOW_UP}\s++(?:(?:was|has\s+been)\s+)?(?:sent|done)"
    rf"|(?:i\s+)?sent\s+(?:(?:a|the|my)\s+)?{_FOLLOW_UP}|chased(?!\s+by\b)"
    r"|nachgefasst|relanc\u00e9e?|sollecitat[oa]))"
)
_SENT_IN_STATUS = re.compile(rf"(?:{_SAID_SENT})\b(?!\s*\?)(?P<rest>[^,;\n?]*)", re.IGNORECASE)


# Two follow-ups said sent at once, right after the word ("Chased twice, no reply", "Followed
# up twice", "chased x2"): no date says which, but two went.
_TWICE = re.compile(r"\s*+(?:twice|x\s?2|2\s?x|(?:2|two)\s+times)\b", re.IGNORECASE)


def sent_in_status(value: object) -> tuple[str, str] | None:
    """The step a Status cell says was sent (``_SENT_IN_STATUS``) and the rest of its clause,
    where a date may follow: ("thank_you", " 11/17") for "Thank you sent 11/17, waiting",
    ("check_in_1", " 11/18") for "checked in 11/18" (a check-in: after an interview the first
    not yet sent, never the thank-you), ("application_check_in", " 11/18") for "Followed up
    11/18" (a follow-up that names no message: the one due that day, as under a "Followed up"
    column), ("check_in_2", " twice") for "Chased twice, no reply" (two follow-ups: after an
    interview its 1st and 2nd check-ins, ot115 F9); None for neither."""
    if not isinstance(value, str):
        return None
    said = _SENT_IN_STATUS.search(value)
    if said is None:
        return None
    if said["thanked"]:
        return "thank_you", said["rest"]
    twice = _TWICE.match(said["rest"])
    if twice is not None:  # the count asked ("Chased twice?") says none went
        asked = not said["rest"][twice.end() :].strip() and value[said.end() :].startswith("?")
        return None if asked else ("check_in_2", said["rest"])
    return ("check_in_1" if said["checked"] else "application_check_in"), said["rest"]


# "Not applicable" in a sent column ("n/a", Dutch "n.v.t.", German "entfällt"): no date and
# no mark, so the message is still proposed; unlike "tbd" or "-" it may mean the message will
# never go, which the column cannot say: the Problems line says so (ot108 F11: it was silent).
NOT_APPLICABLE: frozenset[str] = frozenset(
    {"na", "notapplicable", "nvt", "nichtzutreffend", "entfallt", "sansobjet", "noaplica"}
)


def says_not_applicable(value: object) -> bool:
    """Whether a sent cell says "not applicable" (``NOT_APPLICABLE``)."""
    return isinstance(value, str) and header_key(value) in NOT_APPLICABLE


def asks(value: object) -> bool:
    """A sent column's mark with a question mark after it: "sent?", "yes??", "Emailed ?"."""
    if not isinstance(value, str) or not value.rstrip().endswith("?"):
        return False
    word = value.rstrip().rstrip("?")
    return bool(word.strip()) and read_sent_mark(word) is not None


def stage_type(value: object) -> str | None:
    """The interview type a Stage cell names ("Phone screen" -> phone), or None: a stage such
    as "Technical" or "Assessment" names no kind of interview ("other")."""
    if not isinstance(value, str) or not value.strip():
        return None
    kind = match_vocabulary(value, VOCABULARIES["interview_type"])
    return None if kind == "other" else kind


# The step a closed Status says it ended after, to the end of its clause ("Rejected after
# onsite, asked for feedback": "onsite").
_AFTER_A_STEP = re.compile(r"\b(?:after|post|following)\b([^,;.!?\n]*)", re.IGNORECASE)
# Interviews no interview type names: "No offer after 2 interviews", "Declined after 3 rounds".
_INTERVIEW_WORD = re.compile(r"\binterview|\brounds?\b", re.IGNORECASE)


def names_an_interview(value: object) -> bool:
    """Whether a Status says the row got to an interview before it ended: one named after
    "after" ("Rejected after onsite", "No offer after 2 interviews", "Withdrew after final
    round"); not one said not to have happened ("Rejected - no interview", "Rejected before
    interview"), nor a step that is no interview ("Rejected after take-home")."""
    if not isinstance(value, str):
        return False
    found = _AFTER_A_STEP.search(value)
    if found is None:
        return False
    step = found.group(1)
    return stage_type(step) is not None or _INTERVIEW_WORD.search(step) is not None


def applied_stage_evidence(value: object, *, types_in_stage: bool = False) -> bool | None:
    """What a stage cell says about how far a row got: True at the applied stage (not applied
    or applied), False at the interviewing stage or an offer, None when it does not say (blank,
    unknown, a rejection or a pause, which come after either, or a word such as "Open").
    ``types_in_stage``: the column is a Stage whose interview types ("Video") are the
    interviewing stage (``RawTable.types_in_stage``)."""
    if not isinstance(value, str) or not value.strip():
        return None
    if header_key(value) in OPEN_ONLY_WORDS:
        return None
    stage = match_vocabulary(value, VOCABULARIES["outcome"])
    if stage is None and types_in_stage and stage_type(value) is not None:
        return False
    if stage is None or stage in CLOSED_WITHOUT_OFFER or stage == "on hold":
        return None
    return stage in APPLIED_STAGES


# The applied stage's words that say the application is as far as a row got, not that an
# answer is awaited ("In review", "No feedback yet", which follow an interview too): beside a
# past interview date they contradict it (ot113 F6). Not what an employer did with it
# ("Application viewed", LinkedIn's), which says nothing of what came after.
APPLICATION_ONLY_WORDS: frozenset[str] = frozenset(
    {"applied", "submitted", "applicationsent", "applicationsubmitted", "easyapply"}
    | {"beworben", "postulado", "応募済み"}
)


def no_further_than_applying(value: object) -> bool:
    """Whether a stage cell says its row got no further than applying: not applied yet
    ("Wishlist", "Saved") or applied ("Applied", "✅ Submitted"). A word of the applied stage
    that only awaits an answer ("Under review") says nothing of an interview before it."""
    if applied_stage_evidence(value) is not True:
        return False
    assert isinstance(value, str)
    if header_key(value) in APPLICATION_ONLY_WORDS:
        return True
    return match_vocabulary(value, VOCABULARIES["outcome"]) == NOT_APPLIED
