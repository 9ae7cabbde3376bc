"""The headers of the columns of messages sent, made from what was sent and the words that
say sent or when ("First follow-up sent", "Follow-up 1 date", "Dankesschreiben gesendet am").

The fields table (``fields``) lists a sent field's own synonyms; a person's column of a message
sent is as often headed by a name of the message with a word around it, in any of the
languages, so those headers are made here from two tables, ``SENT_NAMES`` and ``SENT_WORDS``
(listed in the README), and keyed once for the header index (``header_index``).
"""

from __future__ import annotations

from dataclasses import dataclass

from followup_batch.read.fields import FIELDS
from followup_batch.read.header_keys import header_key


# A person's own record of a message sent is headed by what was sent ("First follow-up",
# "Check-in 1", "FU1", "Thank-you note"), alone or with a word that says sent or when: after it
# ("First follow-up sent", "Follow-up 1 date", "Thank-you (date)", "Networking touch on") or
# before it ("Date of 1st follow-up"), in any of the languages whatever the name's ("Follow-up 1
# am"). A due date is no such word: "Follow-up 1 due", "Next
# follow-up" and the tool's own "1st check-in due" are not a sent column.
@dataclass(frozen=True)
class SentWords:
    """How one language says a message's column holds when it was sent."""

    after: tuple[str, ...]
    before: tuple[str, ...]


SENT_WORDS: dict[str, SentWords] = {
    "en": SentWords(
        ("sent", "date", "on", "sent on", "sent date", "date sent", "done"),
        ("date of", "date", "sent"),
    ),
    "de": SentWords(
        ("gesendet", "verschickt", "versendet", "geschickt", "am", "datum")
        + ("gesendet am", "verschickt am", "versendet am"),
        ("datum",),
    ),
    "fr": SentWords(
        ("envoyé", "envoyée", "envoyés", "envoyées", "le", "date")
        + ("envoyé le", "envoyée le", "envoyés le", "envoyées le"),
        ("date du", "date de", "date de la", "date"),
    ),
    "es": SentWords(
        ("enviado", "enviada", "el", "fecha", "enviado el", "enviada el"),
        ("fecha de", "fecha del", "fecha"),
    ),
    "pt": SentWords(
        ("enviado", "enviada", "em", "data", "enviado em", "enviada em"),
        ("data do", "data de", "data da", "data"),
    ),
    "nl": SentWords(
        ("verstuurd", "verzonden", "gestuurd", "op", "datum", "verstuurd op", "verzonden op"),
        ("datum",),
    ),
    "it": SentWords(
        ("inviato", "inviata", "il", "data", "inviato il", "inviata il"),
        ("data del", "data di", "data"),
    ),
    "pl": SentWords(
        ("wysłano", "wysłane", "wysłany", "wysłana", "data", "dnia", "wysłano dnia"),
        ("wysłano", "data"),
    ),
    "sv": SentWords(
        ("skickat", "skickad", "skickade", "datum", "skickat datum"),
        ("datum för", "skickat", "datum"),
    ),
    # Turkish puts the date after the name, in the possessive ("1. takip tarihi", "Teşekkür
    # gönderim tarihi"). A key keeps the dotless "ı": a word with one is also listed as typed
    # without it ("yapildi").
    "tr": SentWords(
        ("gönderildi", "gönderim", "gönderim tarihi", "gönderildiği tarih", "tarihi")
        + ("yapıldı", "yapildi"),
        (),
    ),
    # Japanese, Chinese and Korean put the word after the name ("お礼状送信", "感谢信已发送",
    # "감사 메일 발송일").
    "ja": SentWords(("送信", "送信済み", "送信日", "送付", "送付日", "日"), ()),
    "zh": SentWords(("已发送", "已發送", "发送", "發送", "发送日期", "發送日期", "日期"), ()),
    "ko": SentWords(("발송", "발송일", "보냄", "전송", "날짜"), ()),
}

# How a check-in is numbered and called, in each language: "1st follow-up", "Follow-up #1",
# "Check in 1", "FU1", "Followed up (1st)"; "Relance 1", "2e relance", "Seguimiento 1",
# "1. Nachfrage", "Erinnerung 2", "Sollecito 1", "Herinnering 1", "Acompanhamento 2";
# "1回目フォロー", "第一次跟进", "1차 팔로업" (a key drops the spaces between number and word). A
# reminder here is one sent to the employer ("Erinnerung 1 am"), so it is numbered; an English
# "Reminder" column is the user's own plan (``NOT_SENT_WORDS``).
CHECK_IN_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("follow-up", "check-in", "FU", "followed up"),
    "de": ("Nachfass", "Nachfassen", "Nachfassmail", "Nachfrage", "Erinnerung"),
    "fr": ("Relance", "Suivi", "Rappel"),
    "es": ("Seguimiento", "Recordatorio"),
    "pt": ("Acompanhamento",),
    "nl": ("Herinnering", "Opvolging", "Opvolgmail"),
    "it": ("Sollecito",),
    "pl": ("Przypomnienie", "Ponaglenie"),
    "sv": ("Uppföljning", "Påminnelse"),
    # Turkish "takip" (a follow-up), numbered only: alone it is as often the tracking itself
    # ("Takip", "Takip tarihi": the day planned); "hatırlatma" a reminder sent, as "Erinnerung".
    "tr": (
        "Takip",
        "Takip e-postası",
        "Takip e-postasi",
        "Takip maili",
        "Hatırlatma",
        "Hatirlatma",
    ),
    "ja": ("フォロー", "フォローアップ", "フォローメール"),
    "zh": ("跟进", "跟進", "跟进邮件", "跟進郵件"),
    "ko": ("팔로업", "팔로우업", "후속 메일"),
}
CHECK_IN_NUMBERS: dict[str, dict[str, tuple[str, ...]]] = {
    "check_in_1_sent": {
        "en": ("1", "1st", "first"),
        "de": ("1", "erste", "erster", "erstes"),
        "fr": ("1", "n°1", "1re", "1ère", "1er", "première", "premier"),
        "es": ("1", "nº1", "1º", "1ª", "1er", "primer", "primera", "primero"),
        "pt": ("1", "nº1", "1º", "1ª", "primeiro", "primeira"),
        "nl": ("1", "1e", "1ste", "eerste"),
        "it": ("1", "n°1", "1°", "primo", "prima"),
        "pl": ("1", "1.", "pierwsze", "pierwszy", "pierwsza"),
        "sv": ("1", "1:a", "första"),
        "tr": ("1", "1.", "ilk", "birinci"),
        "ja": ("1", "1回目", "第1回", "初回"),
        "zh": ("1", "第一次", "第1次"),
        "ko": ("1", "1차", "첫 번째"),
    },
    "check_in_2_sent": {
        "en": ("2", "2nd", "second"),
        "de": ("2", "zweite", "zweiter", "zweites"),
        "fr": ("2", "n°2", "2e", "2ème", "2nd", "2nde", "deuxième", "second", "seconde"),
        "es": ("2", "nº2", "2º", "2ª", "segundo", "segunda"),
        "pt": ("2", "nº2", "2º", "2ª", "segundo", "segunda"),
        "nl": ("2", "2e", "2de", "tweede"),
        "it": ("2", "n°2", "2°", "secondo", "seconda"),
        "pl": ("2", "2.", "drugie", "drugi", "druga"),
        "sv": ("2", "2:a", "andra"),
        "tr": ("2", "2.", "ikinci"),
        "ja": ("2", "2回目", "第2回"),
        "zh": ("2", "第二次", "第2次"),
        "ko": ("2", "2차", "두 번째"),
    },
}


def _numbered(numbers: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Language -> each of its check-in words with each of its numbers, before and after."""
    return {
        lang: tuple(
            text
            for word in CHECK_IN_WORDS[lang]
            for n in numbers[lang]
            for text in (f"{n} {word}", f"{word} {n}")
        )
        for lang in CHECK_IN_WORDS
    }


# "Final" before a check-in word, in the languages whose final follow-up is named so here
# ("最終フォロー", "最后跟进", "최종 팔로업", "Nihai takip"); the English names are listed whole
# below. Not Turkish "Son takip", the last one sent (whichever it was) as "Last follow-up" is.
FINAL_WORDS: dict[str, tuple[str, ...]] = {
    # German "Finale Nachfrage", "Abschließende Nachfrage" (ot146 F7); not "Letzte Nachfrage",
    # the last one sent, as "Last follow-up" is.
    "de": ("Finale", "Abschließende", "Abschliessende"),
    "tr": ("Nihai", "Final"),
    "ja": ("最終",),
    "zh": ("最后", "最後", "最终", "最終"),
    "ko": ("최종", "마지막"),
}
# ... and after it, in the languages that put it there: "Relance finale", "Seguimiento final",
# "Acompanhamento final", "Sollecito finale" (ot146 F7); not "Dernière relance" nor "Último
# seguimiento", the last one sent.
FINAL_WORDS_AFTER: dict[str, tuple[str, ...]] = {
    "fr": ("finale", "final"),
    "es": ("final",),
    "pt": ("final",),
    "it": ("finale",),
}


def _final() -> dict[str, tuple[str, ...]]:
    """Language -> each of its final words before (or after) each of its check-in words."""
    return {
        lang: (
            *(f"{final} {word}" for final in FINAL_WORDS.get(lang, ()) for word in words),
            *(f"{word} {final}" for final in FINAL_WORDS_AFTER.get(lang, ()) for word in words),
        )
        for lang, words in CHECK_IN_WORDS.items()
        if lang in FINAL_WORDS or lang in FINAL_WORDS_AFTER
    }


# Sent field -> language -> what was sent. Not "Final" alone (a stage of a wide tracker:
# "Final date" is the final round's), not "Follow-up" alone ("Follow-up date" is as often the
# day planned as the day sent), not "Last follow-up" (the latest one, whichever it was).
SENT_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "thank_you_sent": {
        "en": (
            "Thank You",
            "Thank-you Note",
            "Thank-you Email",
            "Thank-you Mail",
            "Thank-you Letter",
            "Thank-you Card",
            "TY",
            "TY Note",
            "TY Email",
            # "Thx" and "Thanks" are how a narrow column says it ("Thx sent?").
            "Thx",
            "Thx Note",
            "Thx Email",
            "Thanks",
            "Thanks Note",
            "Thanks Email",
            "Thanked",
        ),
        "de": (
            "Dankesschreiben",
            "Dankesmail",
            "Dankes-E-Mail",
            "Dankesnachricht",
            "Danksagung",
            "Danke",
        ),
        "fr": (
            "Remerciement",
            "Remerciements",
            "Mail de remerciement",
            "Email de remerciement",
            "Lettre de remerciement",
            "Merci",
        ),
        "es": (
            "Agradecimiento",
            "Correo de agradecimiento",
            "Email de agradecimiento",
            "Carta de agradecimiento",
            "Gracias",
        ),
        "pt": ("Agradecimento", "Email de agradecimento", "Obrigado"),
        "nl": ("Bedankmail", "Bedankje", "Bedankbrief", "Dankmail"),
        "it": ("Ringraziamento", "Email di ringraziamento", "Grazie"),
        "pl": ("Podziękowanie", "Podziękowania", "Mail z podziękowaniem", "Email z podziękowaniem"),
        "sv": ("Tack", "Tackmejl", "Tackmail", "Tackbrev"),
        "tr": (
            *("Teşekkür", "Teşekkür e-postası", "Teşekkür e-postasi", "Teşekkür maili"),
            *("Teşekkür mesajı", "Teşekkür mesaji"),
        ),
        "ja": ("お礼状", "お礼メール", "お礼"),
        "zh": ("感谢信", "感謝信", "感谢邮件", "感謝郵件"),
        "ko": ("감사 메일", "감사 이메일", "감사 편지"),
    },
    **{name: _numbered(numbers) for name, numbers in CHECK_IN_NUMBERS.items()},
    "final_sent": {
        "en": (
            "Final Follow-up",
            "Final Check-in",
            "Final FU",
            "Closing Follow-up",
            "Closing Check-in",
        ),
        **_final(),
    },
    "networking_sent": {
        "en": (
            "Networking",
            "Last Networking",
            "Networking Touch",
            "Last Networking Touch",
            "Networking Check-in",
            "Networking Follow-up",
            "Networking Email",
        ),
        # Turkish says networking in English, with its own word for the message; "Son
        # networking" is the last touch, what the column holds.
        "tr": (
            "Networking e-postası",
            "Networking e-postasi",
            "Networking maili",
            "Networking mesajı",
            "Networking mesaji",
            "Son networking",
            "Ağ kurma",
            "Ağ kurma e-postası",
        ),
    },
    "application_check_in_sent": {
        "en": (
            "Followed Up",
            "Application Follow-up",
            "Application Check-in",
            "Application FU",
            "Follow-up Sent",  # generic, as the field's own synonym
        )
    },
}


def sent_headers(
    field_name: str, language: str, words: tuple[str, ...] | None = None
) -> tuple[str, ...]:
    """Every header ``SENT_NAMES`` and ``SENT_WORDS`` make of a sent field's names in a
    language: each name alone and with the words of ``words``' languages (default: all). The
    words need not be the name's language: people mix them ("Follow-up 1 am", "TY envoyé")."""
    return tuple(
        h
        for name in SENT_NAMES[field_name].get(language, ())
        for h in _with_words(name, words or tuple(SENT_WORDS))
    )


def _with_words(name: str, languages: tuple[str, ...]) -> tuple[str, ...]:
    return (
        name,
        *(f"{name} {after}" for lang in languages for after in SENT_WORDS[lang].after),
        *(f"{before} {name}" for lang in languages for before in SENT_WORDS[lang].before),
    )


def _sent_keys(field_name: str, language: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """The keys of ``sent_headers(field_name, language, words)``, in its order, made by joining
    the keys of the name and the word: a key drops spaces and folds each character on its own,
    so the key of "Relance finale envoyée le" is "relancefinale" + "envoyeele". Thirty
    thousand headers keyed one by one cost a third of a second at every start."""
    keys = []
    for name in SENT_NAMES[field_name].get(language, ()):
        key = header_key(name)
        keys.append(key)
        keys += (key + after for lang in words for after in _WORD_KEYS[lang][0])
        keys += (before + key for lang in words for before in _WORD_KEYS[lang][1])
    return tuple(keys)


_WORD_KEYS = {
    lang: (tuple(map(header_key, w.after)), tuple(map(header_key, w.before)))
    for lang, w in SENT_WORDS.items()
}
# English: an English name with English words; any other language in the name or the word
# makes a header of another language, which an English one of the field beats. As keys.
SENT_ENGLISH_KEYS: dict[str, tuple[str, ...]] = {
    n: _sent_keys(n, "en", ("en",)) for n in SENT_NAMES
}
SENT_OTHER_KEYS: dict[str, tuple[str, ...]] = {
    n: tuple(k for lang in SENT_WORDS for k in _sent_keys(n, lang, tuple(SENT_WORDS)))
    for n in SENT_NAMES
}
# A sent header made of a generic name is generic too ("Follow-up Sent on").
SENT_GENERIC_KEYS = frozenset(
    header_key(h)
    for f in FIELDS
    for g in f.generic
    if g in SENT_NAMES.get(f.name, {}).get("en", ())
    for h in _with_words(g, tuple(SENT_WORDS))
)
# The headers of a follow-up that name no message ("Followed Up", "Follow-up sent on", "Follow
# Up"): the application check-in's column, whose date after an interview is whichever message
# was due that day (``schedule.followed_up``) and whose yes-mark there cannot say which.
UNNAMED_FOLLOW_UP_KEYS = frozenset(
    header_key(h)
    for name in ("Followed Up", "Follow-up Sent", "Follow Up")
    for h in _with_words(name, tuple(SENT_WORDS))
)
