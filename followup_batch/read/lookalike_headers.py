"""Headers no field reads that look like one: a column of messages sent ("Follow-up 3 sent",
"Chased": ``looks_sent``), one keeping only the latest message ("Last follow-up":
``looks_latest``), one of a field without a column ("Rec. email": ``looks_like``), or a date
column's header misspelt or said another way ("Interveiw Date", "Intervew Datum":
``no_dates_fix``), or another field's header misspelt ("Entscheidng bis": ``typo_of_a_header``).

Such a filled column is said in every run rather than passed over in silence (``table``); the
words that make a header look so, and those that make it a plan or a note instead ("Follow-up 1
due", "Interviewer notes"), are the tables here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from followup_batch.read.fields import DATE_SOURCES, FIELDS
from followup_batch.read.header_keys import BEFORE_BRACKETS, header_key
from followup_batch.read.sent_headers import CHECK_IN_WORDS, SENT_NAMES, SENT_WORDS

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
    | {"gonderildi"}  # Turkish: "3. takip gönderildi"
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
    | {"sonraki", "planlanan", "notlar", "notu"}  # Turkish: next, planned, notes
)


# Of the sent-looking headers, those that keep only the latest message, whichever it was ("Last
# follow-up", "Dernière relance"): no one field can read it, so its note asks for a column per
# message rather than a map.
LATEST_WORDS: frozenset[str] = frozenset(
    {"last", "latest", "recent", "letzte", "letzter", "letztes", "derniere", "dernier"}
    | {"ultimo", "ultima", "laatste"}
    | {"ostatnie", "ostatni", "ostatnia", "senaste"}  # Polish, Swedish
    | {"son"}  # Turkish: "Son takip gönderildi"
)
# A check-in's word that alone heads a note or a plan as often ("Suivi", "Seguimiento",
# "Erinnerung") says the last one sent after a word of ``LATEST_WORDS``: "Dernier suivi",
# "Último seguimiento", "Letzte Erinnerung" are "Last follow-up" in those languages.
LATEST_CHECK_IN_WORDS: frozenset[str] = frozenset(
    header_key(word) for words in CHECK_IN_WORDS.values() for word in words if " " not in word
)


def looks_sent(header: str) -> bool:
    """Whether a header looks like a column of messages sent (see ``SENT_LOOKING_KEYS``), or
    of the last check-in sent (``LATEST_CHECK_IN_WORDS``)."""
    words = set(_WORDS.findall(_key_words(header)))
    if words & NOT_SENT_WORDS:
        return False
    key = header_key(header)
    if words & LATEST_WORDS and words & LATEST_CHECK_IN_WORDS:
        return True
    return bool(words & SENT_LOOKING_WORDS) or any(k in key for k in SENT_LOOKING_KEYS)


# A header that asks ("Follow up?", a Google Sheets template's checkbox column) is a plan or a
# to-do, not a record of a message sent, unless its words say sent or when: "Thx sent?",
# "Followed up?", "Follow-up date?".
SAYS_SENT_WORDS: frozenset[str] = frozenset(
    {"sent", "done", "followed", "thanked", "chased", "nudged", "date", "when", "on"}
    | (SENT_LOOKING_WORDS - {"thank", "thanks", "thx", "ty", "fu", "chase", "nudge"})
)


def asks_whether_to_send(header: str) -> bool:
    """Whether a header asks a question that says no message was sent ("Follow up?")."""
    if not header.rstrip().endswith("?"):
        return False
    return not set(_WORDS.findall(_key_words(header))) & SAYS_SENT_WORDS


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


# Every field's headers, in every language, by key, that a header no field reads is compared
# with: one a letter or two from one of them ("Interveiw Date", "Aplied On", "Intervew Datum",
# "Fecha de entrevsta", "Entscheidng bis") is a typo of it. Not the short ones: "Date" is one
# letter from "Data", "Rate", "Dale"; "Firma" from "Firme", "Poste" from "Posted".
# The vague ones ("Contact", "Tipo") only for the date columns: "Contract" is no typo of the
# Contact, but "Intervew" is one of the Interview on a sheet with no date the tool reads.
_TYPO_MIN_LENGTH = 6
_DATE_HEADERS: dict[str, tuple[str, str]] = {}
_HEADERS_BY_KEY: dict[str, tuple[str, str]] = {}
for _field in FIELDS:
    for _header in (_field.header, *_field.synonyms, *_field.other_languages):
        _key = header_key(_header)
        if len(_key) < _TYPO_MIN_LENGTH:
            continue
        if _field.name in DATE_SOURCES:
            _DATE_HEADERS.setdefault(_key, (_header, _field.name))
        if _header not in _field.generic:
            _HEADERS_BY_KEY.setdefault(_key, (_header, _field.name))
_KNOWN_HEADERS = frozenset(
    header_key(header) for f in FIELDS for header in (f.header, *f.synonyms, *f.other_languages)
)
# Words of a header that is the user's own notes or plan about an interview, not its date, in
# the languages whose headers are read ("Interview notes", "Notizen zum Gespräch").
_NOT_A_DATE_WORDS = frozenset(
    {"note", "notes", "comment", "comments", "feedback", "prep", "questions", "question"}
    | {"type", "format", "stage", "status", "round", "result", "outcome", "with", "who", "how"}
    | {"notiz", "notizen", "kommentar", "bemerkung", "notas", "comentario", "remarque"}
    | {"uwagi", "notatki", "komentarz", "anteckningar", "kommentarer"}
)


def _typos(one: str, other: str, limit: int | None = None) -> int:
    """Letters added, dropped, changed or swapped with a neighbour to make ``one`` ``other``
    (the optimal string alignment distance); past ``limit``, some number above it (two rows
    all above it are, and every later one: a header is compared with hundreds)."""
    before: list[int] = []
    row = list(range(len(other) + 1))
    for i, a in enumerate(one, 1):
        before, row, previous = row, [i], before
        for j, b in enumerate(other, 1):
            row.append(min(before[j] + 1, row[j - 1] + 1, before[j - 1] + (a != b)))
            if i > 1 and j > 1 and a == other[j - 2] and one[i - 2] == b:
                row[j] = min(row[j], previous[j - 2] + 1)
        if limit is not None and min(row) > limit and min(before) > limit:
            return limit + 1
    return row[-1]


def typo_of_a_header(header: str, dates_only: bool = False) -> tuple[str, str] | None:
    """(the known header, its field) that ``header`` is a typo of, or None: a letter off, two
    in a header of ten letters or more, of any field's header in any language (of the date
    columns' only, ``dates_only``). A header that is known as it is, or whose words say it is
    a note or a type rather than a date ("Interview notes"), is no typo."""
    key = header_key(header)
    if key in _KNOWN_HEADERS or set(_WORDS.findall(_key_words(header))) & _NOT_A_DATE_WORDS:
        return None  # "Interviewer" is a header of its own, not a typo of "Interview On"
    said = _nearest(key, dates_only)
    # A short word is no typo but another word: "Ort des Gesprächs" (where) is not "Art des
    # Gesprächs" (what kind), "Interviews" not "Interview w/"; "Entscheidng bis" keeps its
    # "bis".
    if not said or _short_words(header) != _short_words(said[0]):
        return None
    return None if _another_compound(key, header_key(said[0])) else said


# The last part of a one-word compound that says what it is: "Gesprächsort" (where) is no
# typo of "Gesprächsart" (what kind), "Arbeitsart" none of "Arbeitsort", "Interviewort" none
# of "Interviewer", as "Ort des Gesprächs" is none of "Art des Gesprächs".
_COMPOUND_ENDS = ("ort", "art", "zeit", "tag", "typ")


def _another_compound(key: str, known: str) -> bool:
    """Whether ``key`` ends in a word of ``_COMPOUND_ENDS`` and ``known`` is the same compound
    with another end: all the letters that differ are that word's."""
    return any(
        key.endswith(end) and known.startswith(key[: -len(end)]) and known != key
        for end in _COMPOUND_ENDS
    )


@functools.lru_cache(maxsize=1024)
def _nearest(key: str, dates_only: bool) -> tuple[str, str] | None:
    """The known header nearest ``key`` within the typos allowed, the fewest first; only those
    within two letters of its length are compared (a sheet's every unread header is)."""
    headers = _DATE_HEADERS if dates_only else _HEADERS_BY_KEY
    near = [
        (typos, known)
        for known in headers
        if abs(len(known) - len(key)) <= 2
        and (typos := _typos(key, known, _allowed(known))) <= _allowed(known)
    ]
    return headers[min(near)[1]] if near else None


def _allowed(known: str) -> int:
    """The typos a header of ``known``'s key may hold: one, two from ten letters."""
    return 2 if len(known) >= 10 else 1


def _short_words(header: str) -> set[str]:
    return {word for word in _WORDS_ANY.findall(_key_words(header)) if len(word) <= _SHORT_WORD}


_SHORT_WORD = 3
_WORDS_ANY = re.compile(r"\w+")


def no_dates_fix(unread: Iterable[str], dated: Sequence[str] = ()) -> str:
    """How a sheet with no date column the tool reads can be read, given its headers no field
    reads: map the one that looks like a date column's ("Interveiw Date" looks like Interview
    Date) to its field, or else add one or map a column of ``dated`` (the unread headers over
    dates, a record's last change aside: "Due Date"), else "your date column". Never the
    applied date for a header that says interview."""
    unread = [header for header in unread if header.strip()]
    for header in unread:
        if named := _date_named_before_brackets(header):
            label, name = named
            # Never "Add an Interview Date column" beside a header that says it (ot101 F12).
            return (
                f'"{header}" names {label}, but the words in brackets after it make it '
                "another column; if it holds those dates, map it with "
                f'--map "{header}={name}", or rename it to {label}.'
            )
    for header in unread:
        if said := typo_of_a_header(header, dates_only=True):
            known, name = said
            return (
                f'"{header}" looks like {known}: fix the header, or map it with '
                f'--map "{header}={name}".'
            )
    for header in unread:
        words = set(_WORDS.findall(_key_words(header)))
        if "interview" in header_key(header) and not words & _NOT_A_DATE_WORDS:
            return (
                f'Add an Interview Date column, or if "{header}" holds the interviews\' dates, '
                f'map it with --map "{header}=interview_at".'
            )
    # Not a header of another field's, misspelt ("Entscheidng bis"), nor one that says
    # interview, which is never offered as the day applied ("Interview notes").
    dated = [h for h in dated if typo_of_a_header(h) is None and "interview" not in header_key(h)]
    if dated:
        listed = " and ".join(f'"{header}"' for header in dated)
        first = dated[0].replace('"', "")
        how = "holds dates: map it with" if len(dated) == 1 else "hold dates: map one, e.g."
        return (
            f'{listed} {how} --map "{first}=applied_at" if they are the days you applied, '
            f'--map "{first}=interview_at" if the interviews\'; or add a Date Applied or '
            "Interview Date column."
        )
    return (
        "Add a Date Applied column (the day you applied) or an Interview Date column, or map "
        'your date column: --map "Header=applied_at" for the day you applied, '
        '--map "Header=interview_at" for the interview\'s.'
    )


# A date field's headers, in every language the tables hold: key -> (label, field name).
_DATE_NAMES = {
    header_key(h): (f.header, f.name)
    for f in FIELDS
    if f.name in DATE_SOURCES
    for h in (f.header, *f.synonyms, *f.other_languages)
}


def _date_named_before_brackets(header: str) -> tuple[str, str] | None:
    """(label, field name) of the date field a header names before words in brackets
    ("Interview Date (geplant)": Interview Date, interview_at), else None."""
    before = BEFORE_BRACKETS.fullmatch(header)
    return _DATE_NAMES.get(header_key(before[1])) if before else None


# Words of a column of dates that are some other day than the interview's: the posting's, the
# deadline, the start, a plan or a reminder, a message's ("Date posted", "Application deadline",
# "Start date", "Follow-up due", "Offer expires"). Such a column is not pointed at for a row
# that lacks its interview date (``interview_date_column``).
_OTHER_DAY_WORDS = frozenset(
    {"posted", "posting", "deadline", "closing", "closes", "expires", "expiry", "expiration"}
    | {"start", "starts", "starting", "due", "reminder", "remind", "next", "birthday", "offer"}
    | {"applied", "application", "apply", "sent", "reply", "response", "answer", "decision"}
    # A record's own dates (Teal's "Date Saved", Huntr's "createdAt", "Last updated").
    | {"created", "createdat", "saved", "updated", "modified", "added", "lastmovedat", "moved"}
)


def interview_date_column(header: str, dates: bool, others: bool) -> tuple[str, str] | None:
    """How a column no field reads could give a row its interview's date, when no column is read
    as Interview Date and the row says it got to an interview (fx228: such a row was told to
    "add an Interview Date column" beside one under a header not recognised): (what the header
    is, how to read it), or None. ``dates``, ``others``: whether the column holds a date; a
    value that is none (a placeholder such as "TBD" is neither).

    A header that names the Interview Date before words in brackets ("Interview (planned)"), a
    typo of one ("Intervew Date"), a header saying interview that is not about its notes or type
    ("Interview slot", holding no value but dates; not "Interview location"), else a column of
    dates whose header says no other day ("Call day"; not "Date posted", "Start date",
    "Thank-you sent")."""
    mapped = f'--map "{header.replace(chr(34), "")}=interview_at"'
    named = _date_named_before_brackets(header)
    if named is not None and named[1] == "interview_at":
        return (
            f"names {named[0]}, but the words in brackets after it make it another column",
            f"map it with {mapped}, or rename it to {named[0]}",
        )
    said = typo_of_a_header(header, dates_only=True)
    if said is not None and said[1] == "interview_at":
        return f"looks like {said[0]}", f"fix the header, or map it with {mapped}"
    if looks_sent(header):
        return None
    words, key = set(_WORDS.findall(_key_words(header))), header_key(header)
    if others:
        return None
    if "interview" in key and not words & _NOT_A_DATE_WORDS:
        return "names the interview", f"if it holds the interviews' dates, map it with {mapped}"
    if key in _KNOWN_HEADERS:  # another field's second column ("Decision by", "Deadline")
        return None
    if dates and not words & (_OTHER_DAY_WORDS | _NOT_A_DATE_WORDS):
        return "holds dates", f"if they are the interviews', map it with {mapped}"
    return None
