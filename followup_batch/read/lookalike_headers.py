"""Headers no field reads that look like one: a column of messages sent ("Follow-up 3 sent",
"Chased": ``looks_sent``), one keeping only the latest message ("Last follow-up":
``looks_latest``), or one of a field without a column ("Rec. email": ``looks_like``).

Such a filled column is said in every run rather than passed over in silence (``table``); the
words that make a header look so, and those that make it a plan or a note instead ("Follow-up 1
due", "Interviewer notes"), are the tables here.
"""

from __future__ import annotations

import re

from followup_batch.read.header_keys import header_key
from followup_batch.read.sent_headers import SENT_NAMES, SENT_WORDS

# Words that make a header look like a record of a message sent: such a column that no field
# reads is said in every run ("Follow-up 3 sent", "Chased"), not passed over in silence. Whole
# words, or (the long ones) within the header's key: "Follow up" and "Followup" alike.
_THANKS_KEYS = tuple(
    header_key(n) for lang in SENT_WORDS if lang != "en" for n in SENT_NAMES["thank_you_sent"][lang]
)
_WITHIN_KEY = 8  # a shorter name is looked for as a whole word
SENT_LOOKING_KEYS: tuple[str, ...] = (
    "followup",
    "followedup",
    "checkin",
    "checkedin",
    "thankyou",
    # A chase in another language ("Relance finale", "3. Nachfrage"); not "Suivi", "Rappel",
    # "Seguimiento" or "Erinnerung" alone, which as often head the user's own notes or plans.
    "relance",
    "nachfass",
    "nachfrage",
    "sollecit",
    "opvolg",
    *(key for key in _THANKS_KEYS if len(key) >= _WITHIN_KEY),
)
SENT_LOOKING_WORDS: frozenset[str] = frozenset(
    {"thank", "thanks", "thanked", "thx", "ty", "fu", "chase", "chased", "nudge", "nudged", "sent"}
    | {key for key in _THANKS_KEYS if len(key) < _WITHIN_KEY}  # "Merci", not "Commercial"
    # "sent" in the other languages: "Seguimiento final enviado", "Erinnerung 3 gesendet".
    | {"gesendet", "verschickt", "versendet", "geschickt"}
    | {"envoye", "envoyee", "envoyes", "envoyees", "enviado", "enviada", "enviados", "enviadas"}
    | {"verstuurd", "verzonden", "gestuurd", "inviato", "inviata", "inviati", "inviate"}
)
# ... unless it says when a message is due or what it said, not when one was sent: "Follow-up 1
# due", "Next follow-up", "Follow-up notes", and the tool's own "Follow-up status"; in the other
# languages too ("Prochaine relance", "Nachfrage fällig", "CV envoyé").
NOT_SENT_WORDS: frozenset[str] = frozenset(
    {
        "due",
        "next",
        "planned",
        "plan",
        "scheduled",
        "upcoming",
        "reminder",
        "status",
        "note",
        "notes",
        "comment",
        "comments",
        "draft",
        "template",
        "reply",
        "response",
        "action",
        "how",
        "who",
        "via",
        "method",
        "channel",
        # What was sent with an application, not after an interview: "CV sent", "Offer sent".
        "cv",
        "resume",
        "portfolio",
        "offer",
    }
    | {"fallig", "nachste", "nachster", "geplant", "notiz", "notizen", "bemerkung", "kommentar"}
    | {"prochaine", "prochain", "prevue", "prevu", "remarque", "remarques", "commentaire"}
    | {"proximo", "proxima", "previsto", "prevista", "pendiente", "pendente", "notas"}
    | {"comentario", "comentarios", "volgende", "gepland", "opmerking", "opmerkingen"}
    | {"prossimo", "prossima", "scadenza", "commento", "commenti"}
    | {"lebenslauf", "bewerbung", "candidature", "candidatura", "sollicitatie", "curriculum"}
    | {"angebot", "offre", "oferta", "offerta", "aanbod", "proposta"}
)


# Of the sent-looking headers, those that keep only the latest message, whichever it was ("Last
# follow-up", "Dernière relance"): no one field can read it, so its note asks for a column per
# message rather than a map.
LATEST_WORDS: frozenset[str] = frozenset(
    {"last", "latest", "recent", "letzte", "letzter", "letztes", "derniere", "dernier"}
    | {"ultimo", "ultima", "laatste"}
)


def looks_sent(header: str) -> bool:
    """Whether a header looks like a column of messages sent (see ``SENT_LOOKING_KEYS``)."""
    words = set(_WORDS.findall(_key_words(header)))
    if words & NOT_SENT_WORDS:
        return False
    key = header_key(header)
    return bool(words & SENT_LOOKING_WORDS) or any(k in key for k in SENT_LOOKING_KEYS)


def looks_latest(header: str) -> bool:
    """Whether a sent-looking header keeps the latest message only (``LATEST_WORDS``)."""
    return bool(set(_WORDS.findall(_key_words(header))) & LATEST_WORDS)


# Words that make a header look like one of a field that has no column: such a filled column
# that no field reads is said in every run, as a sent-looking one is ("Rec. email" passed over
# left every draft without a recipient). Whole words of the header's key; the notes words of
# ``NOT_SENT_WORDS`` ("Interviewer notes", "Email reply") make it none.
LOOKS_LIKE_WORDS: dict[str, frozenset[str]] = {
    "interviewer_email": frozenset({"email", "emails", "mail", "mails", "courriel", "correo"}),
    "interviewer": frozenset(
        {
            "interviewer",
            "interviewers",
            "recruiter",
            "recruiters",
            "hr",
            "manager",
            "contact",
            "contacts",
            "with",
            "w",
        }
    ),
}
# ... but a referral's or a reference's person is not one you met at the interview.
NOT_MET_WORDS: frozenset[str] = frozenset(
    {"referral", "referred", "referrer", "reference", "references"}
)


def looks_like(header: str) -> str | None:
    """The field of ``LOOKS_LIKE_WORDS`` a header's words name (the email first: "Recruiter
    email"), or None."""
    words = set(_WORDS.findall(_key_words(header)))
    if words & (NOT_SENT_WORDS | NOT_MET_WORDS):
        return None
    return next((name for name, said in LOOKS_LIKE_WORDS.items() if words & said), None)


_WORDS = re.compile(r"[a-z]+")


def _key_words(header: str) -> str:
    """The header's words as its key spells them, a space between: "FU1" -> "fu1"."""
    return " ".join(header_key(word) for word in re.split(r"[\s\W_]+", header))
