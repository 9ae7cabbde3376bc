"""The interview-type vocabulary: the words an Interview Type cell may hold and the kind each
names (phone, video, onsite, panel, final, chat, other), in English, German, French, Spanish,
Portuguese, Italian, Dutch, Polish, Swedish, Japanese, Chinese and Korean.

Keys are ``header_key`` of the user's word ("Entretien téléphonique" -> "entretientelephonique");
``vocabularies.match_vocabulary`` matches a cell against them word by word. Plain data, free of
pandas: the rule table checks the interview types it names against ``INTERVIEW_TYPE_VALUES``
when the config loads.
"""

from __future__ import annotations

# Japanese, Chinese and Korean name an interview's kind before the word "interview", as one
# word ("電話面接", "视频面试", "화상면접"; a key drops the space of "화상 면접"): each kind
# alone and so.
_INTERVIEW_WORDS_CJK = ("", "面接", "面试", "面試", "면접")
_INTERVIEW_KINDS_CJK: dict[str, tuple[str, ...]] = {
    "phone": ("電話", "电话", "전화"),
    "video": ("オンライン", "ウェブ", "ビデオ", "视频", "視訊", "线上", "線上", "화상", "온라인"),
    "onsite": ("対面", "来社", "现场", "現場", "线下", "線下", "대면", "현장"),
    "panel": ("集団", "グループ", "小组", "小組", "그룹", "집단"),
    "final": ("最終", "最终", "役員", "최종", "임원"),  # the board's ("役員面接") is the last
    "other": ("技術", "技术", "기술"),
}

_ROUND_NAMES = tuple(
    number + noun
    for numbers, nouns in (
        (
            ("1st", "2nd", "3rd", "4th", "5th", "first", "second", "third", "fourth", "fifth"),
            ("interview", "round"),
        ),
        (("forsta", "andra", "tredje", "fjarde", "femte"), ("intervjun", "intervju", "omgangen")),
    )
    for number in numbers
    for noun in nouns
)

INTERVIEW_TYPES: dict[str, str] = {
    # Each kind also in the languages whose headers and outcomes are read: German, French,
    # Spanish, Portuguese, Dutch, Italian, Polish, Swedish. A cell is matched word by word, so
    # "Entretien téléphonique" is phone by "téléphonique" and "Colloquio finale" final by
    # "finale".
    **{
        k: "phone"
        for k in (
            "phone",
            "phonescreen",
            "call",
            "phonecall",
            "screen",
            "screening",
            "telefon",
            "telefoninterview",
            "telefonisch",  # also Dutch
            "telefongesprach",
            "telephone",
            "telephonique",
            "telefonica",  # Spanish, Italian, Portuguese "telefónica", "telefonica"
            "telefonico",
            # The noun of "por teléfono", "per telefono", "por telefone" ("am Telefon" and
            # "par téléphone" are matched by "telefon" and "telephone")
            "telefono",
            "telefone",
            "llamada",
            "chamada",
            "ligacao",
            "telefonata",
            "telefoongesprek",
            # Polish "rozmowa telefoniczna", "telefonicznie"; Swedish "telefonintervju".
            *("telefoniczna", "telefoniczny", "telefonicznie"),
            *("telefonintervju", "telefonsamtal", "telefonisk", "telefonmote"),
        )
    },
    **{
        k: "video"
        for k in (
            "video",
            "videocall",
            "zoom",
            "teams",
            "msteams",
            "virtual",
            "googlemeet",
            "meet",
            "webex",
            "skype",
            "visio",  # French: a video call ("en visio")
            "visioconference",
            "distanciel",  # French: remote ("en distanciel")
            "videointerview",
            "videogesprach",
            "videokonferenz",
            "videollamada",
            "videoconferencia",
            "videochamada",
            "videochiamata",
            "videogesprek",
            "videobellen",
            # Polish "wideo", "zdalna" (remote); Swedish "videointervju", "på distans".
            *("wideo", "wideorozmowa", "wideokonferencja", "zdalna", "zdalnie", "zdalny"),
            *("videointervju", "videosamtal", "videomote", "padistans"),
            # Online, remote (Portuguese and Spanish "remota", "remoto"), as Japanese
            # "オンライン" and French "distanciel" are (ot69 F10: each was other).
            *("online", "remote", "remota", "remoto", "adistancia"),
        )
    },
    **{
        k: "onsite"
        for k in (
            "onsite",
            "inperson",
            "office",
            "oncampus",
            "facetoface",
            "f2f",  # face to face, as British and Indian trackers shorten it
            "vorort",
            "personlich",  # German "persönlich"
            "prasenz",
            "imburo",
            "sursite",
            "surplace",
            "presentiel",  # French "présentiel", "en présentiel"
            "presencial",  # Spanish, Portuguese
            "inpresenza",
            "insede",  # Italian "in sede": at the employer's premises
            "dipersona",
            # "en persona", "in persona", "em pessoa", "en personne", "cara a cara": the
            # phrase, because "persona" alone is no interview type
            "enpersona",
            "inpersona",
            "empessoa",
            "enpersonne",
            "caraacara",
            "opkantoor",
            "oplocatie",
            "fysiek",
            # Polish "na miejscu", "stacjonarna" (in person), "w biurze", "osobiście"; Swedish
            # "på plats", "på kontoret", "fysisk intervju".
            *("namiejscu", "stacjonarna", "stacjonarny", "stacjonarnie", "wbiurze", "osobiscie"),
            *("paplats", "pakontoret", "fysisk", "fysiskt"),
            # Nigerian, Ghanaian, Kenyan and Indian English: a "physical interview" is in
            # person, as a "walk-in" (one attended without an appointment) is.
            *("physical", "physicalinterview", "walkin", "walkininterview"),
        )
    },
    **{
        k: "panel"
        for k in (
            "panel",
            "panelinterview",
            "group",
            "gruppengesprach",
            "jury",
            "collectif",
            "grupal",
            "groepsgesprek",
            "digruppo",
            *("grupowa", "panelowa", "gruppintervju", "panelintervju"),  # Polish, Swedish
            # Portuguese "painel", the group exercise of Brazilian and Spanish hiring
            # ("Dinâmica de grupo", "Dinámica grupal"), "em grupo", "en grupo" (ot69 F10).
            *("painel", "grupo", "dinamicadegrupo", "dinamicagrupal", "emgrupo", "engrupo"),
            # Before a board or a panel, as public services and banks in Nigeria, Ghana,
            # Kenya and India hold them: a "board interview", an "oral interview".
            *("board", "boardinterview", "oral", "oralinterview"),
        )
    },
    **{
        k: "final"
        for k in (
            "final",
            "finalround",
            "finalinterview",
            "lastround",
            "finale",  # French, Italian
            "abschlussgesprach",
            "abschlussrunde",
            "finalrunde",
            "dernierentretien",
            "derniertour",
            "eindgesprek",
            "laatsteronde",
            # Polish "finałowa", "ostatni etap"; Swedish "slutintervju", "sista omgången".
            *("finalna", "finalowa", "ostatniarunda", "ostatnietap"),
            *("slutintervju", "slutlig", "sistaomgangen", "sistaintervjun"),
        )
    },
    # A conversation, not an interview: a coffee chat, an informational interview, a
    # networking call (ot146 F6: its drafts thanked "for the interview"). Not "chat" nor
    # "coffee" alone: a note of how people met ("coffee") is no interview type.
    **{
        k: "chat"
        for k in (
            "coffeechat",
            "virtualcoffee",
            "informational",
            "informationalinterview",
            "informationinterview",
            "infointerview",
            "networkingcall",
            "networkingchat",
        )
    },
    **{
        k: "other"
        for k in (
            "other",
            "technical",
            "assessment",
            "case",
            "takehome",
            "technique",
            "technisch",  # also Dutch
            "fachgesprach",
            "tecnica",
            "tecnico",
            "onlineassessment",  # a test, not a video interview
            # A one-to-one or the hiring manager's interview names no kind: other, without a
            # note (ot69 F10: "Entrevista com gestor", "Entrevista individual" were unknown).
            *("oneonone", "onetoone", "hiringmanager", "individual", "gestor", "gestora"),
            "gerente",
            "etudedecas",
            "fallstudie",
            # Polish "techniczna", "zadanie rekrutacyjne"; Swedish "teknisk", "arbetsprov".
            *("techniczna", "techniczny", "zadanierekrutacyjne", "teknisk", "arbetsprov"),
            # An assessment centre, an aptitude test, the HR interview: no kind of interview.
            *("assessmentcentre", "assessmentcenter", "aptitude", "aptitudetest", "hrinterview"),
            # A round named where its kind belongs ("2nd interview", "Second round", Swedish
            # "Andra intervjun"): which round is not which kind, so other, without a note.
            *_ROUND_NAMES,
        )
    },
    **{
        kind + word: value
        for value, kinds in _INTERVIEW_KINDS_CJK.items()
        for kind in kinds
        for word in _INTERVIEW_WORDS_CJK
    },
    **{k: "video" for k in ("web面接", "webex面接", "zoom面接")},
    **{k: "panel" for k in ("群面", "グループディスカッション")},
    **{k: "final" for k in ("终面", "終面")},
}
INTERVIEW_TYPE_VALUES: tuple[str, ...] = (
    "phone",
    "video",
    "onsite",
    "panel",
    "final",
    "chat",
    "other",
)
