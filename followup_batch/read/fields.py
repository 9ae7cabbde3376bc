"""The tracker's fields and the headers that name them (DESIGN section 2).

Header detection (``headers``) matches a user's header cells against this table: every field
has a canonical header (what ``init`` writes and the docs use) and synonyms, compared without
case, spaces or punctuation (``header_key``). Wide trackers name a stage per date column
instead of one Interview Date column (``STAGE_HEADERS``).

Synonyms come from the trackers people keep: shared Google Sheets and Excel job-application
templates, LinkedIn's "Job Applications" export, Teal, Huntr and Notion exports. A synonym
listed in ``generic`` is vague ("Role", "Email"): any other header of the same field in its
language beats it wherever the two stand. Headers in other languages (``other_languages``:
"Stelle", "Cargo") rank below every English one of the field, generic ones included, so an
English tracker with a "Cargo" column beside its "Role" reads as it did before they were known.
A header that says only "Date" is either date of a row (``AMBIGUOUS_DATE_HEADERS``); header
detection and the normalise stage decide which. The columns of messages sent are also read
under headers made from what was sent and the words that say sent or when ("First follow-up
sent", "Follow-up 1 date": ``SENT_NAMES``, ``SENT_WORDS``), and a filled column that only
looks like one (``looks_sent``) is said, not passed over.

The table lives here, beside the header detection that is its main reader; the values a field
takes (interview types, outcomes, yes-marks, ...) are the normalise stage's vocabularies.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Field:
    name: str
    header: str  # canonical header, what `init` writes and the docs use
    required: bool
    synonyms: tuple[str, ...]
    meaning: str
    # Vague synonyms, beaten by any other header of the field in the same language.
    generic: tuple[str, ...] = ()
    # Headers in German, French, Spanish, Portuguese, Dutch and Italian. Any English header of
    # the field beats them, so an English tracker reads as it did before they were known.
    other_languages: tuple[str, ...] = ()


# The topic's headers that as often head one's own notes ("backup option", "salary 120k") as
# what was discussed: drafts never quote them unless the user maps them to the topic
# (``normalise.topics``). Topic, Topics and Talking Points are quoted as they are.
NOTES_HEADERS: tuple[str, ...] = ("Notes", "Notizen", "Notas", "Notities")

FIELDS: tuple[Field, ...] = (
    Field(
        "company",
        "Company",
        True,
        (
            "Employer",
            "Organization",
            "Organisation",
            "Firm",
            "Company Name",
            "Co",
            "Employer Name",
            "Organization Name",
            "Organisation Name",
            "Company/Organization",
            "Company/Organisation",
        ),
        "employer",
        other_languages=(
            "Firma",
            "Unternehmen",
            "Arbeitgeber",
            "Entreprise",
            "Société",
            "Employeur",
            "Empresa",
            "Compañía",
            "Bedrijf",
            "Werkgever",
            "Azienda",
        ),
    ),
    Field(
        "position",
        "Position",
        True,
        (
            "Role",
            "Job Title",
            "Title",
            "Position Title",
            "Job",
            "Job Role",
            "Role Name",
            "Role Title",
            "Role/Title",
            "Job Position",
            "Role Applied For",
            "Position Applied",
            "Position Applied For",
            "Job Applied For",
            "Position/Role",
            "Role/Position",
            "Position Name",
            "Title of Position",
            "Job Name",
        ),
        "role title",
        generic=("Role", "Title", "Job"),
        other_languages=(
            "Stelle",
            "Stellenbezeichnung",
            "Jobtitel",
            "Poste",
            "Intitulé du poste",
            "Titre du poste",
            "Puesto",
            "Cargo",
            "Vaga",
            "Functie",
            "Functietitel",
            "Vacature",
            "Posizione",
            "Ruolo",
        ),
    ),
    Field(
        "interview_at",
        "Interview Date",
        True,
        (
            "Interview",
            "Interviewed On",
            "Interview Date/Time",
            "Interview Time",
            "Date of Interview",
            "Interview Scheduled",
            "Interview On",
            "Date Interviewed",
            "Interview Date(s)",
            "Next Interview",
            "Next Interview Date",
            "Upcoming Interview",
        ),
        "date or date-time of the interview; a column of yes/no marks here reads as Interviewed",
        # An upcoming interview's column is the field only when no other column is.
        generic=(
            "Interview",
            "Next Interview",
            "Next Interview Date",
            "Upcoming Interview",
            "Vorstellungsgespräch",
            "Entretien",
            "Entrevista",
            "Sollicitatiegesprek",
            "Colloquio",
        ),
        other_languages=(
            "Vorstellungsgespräch",
            "Vorstellungsgespräch am",
            "Datum des Vorstellungsgesprächs",
            "Datum Vorstellungsgespräch",
            "Gesprächstermin",
            "Interviewdatum",
            "Entretien",
            "Date d'entretien",
            "Date de l'entretien",
            "Entrevista",
            "Fecha de entrevista",
            "Fecha de la entrevista",
            "Data da entrevista",
            "Data de entrevista",
            "Sollicitatiegesprek",
            "Datum sollicitatiegesprek",
            "Colloquio",
            "Data colloquio",
            "Data del colloquio",
        ),
    ),
    Field(
        "interviewed",
        "Interviewed",
        False,
        ("Interviewed?", "Had Interview", "Got Interview"),
        "yes/no: there was an interview (a yes without an interview date needs the date)",
    ),
    Field(
        "offered",
        "Offer Date",
        False,
        ("Offer Received", "Offer Received Date", "Date Offered", "Offered On"),
        "a date or a yes-mark: an offer came, so an open row's outcome is offer (Huntr's export)",
    ),
    Field(
        "client",
        "Client",
        False,
        ("Candidate", "Name", "Job Seeker"),
        "the job seeker; defaults to sheet name / file stem / config",
    ),
    Field(
        "interviewer",
        "Interviewer",
        False,
        (
            "Interviewers",
            "Contact",
            "Contact Name",
            "Contact Person",
            "Hiring Manager",
            "Recruiter",
            "Recruiter Name",
            "Hiring Manager Name",
            "Point of Contact",
            "Spoke With",
            "Spoke To",
            "Talked To",
            "Met With",
            "Interviewed With",
            "Interviewed By",
            # "w/" is "with" as people shorten it in a narrow column.
            "Interview With",
            "Interview w/",
            "Interviewed w/",
            "Interviewer Name",
            "Interviewer Names",
            "Interviewer(s)",
            "Met w/",
            "Spoke w/",
            "Talked w/",
            "Recruiter Contact",
            "HR Contact",
            "Hiring Contact",
            # Huntr's export: "Dana Ortiz (dana@initech.com)", read while it holds names.
            "Contacts",
        ),
        "one or more names (; , & and newline)",
        generic=("Contact", "Contacts", "Contacto", "Contato", "Contatto"),
        other_languages=(
            "Ansprechpartner",
            "Ansprechperson",
            "Gesprächspartner",
            "Interlocuteur",
            "Recruteur",
            "Entrevistador",
            "Reclutador",
            "Recrutador",
            "Contacto",
            "Contato",
            "Contactpersoon",
            "Intervistatore",
            "Selezionatore",
            "Referente",
            "Contatto",
        ),
    ),
    Field(
        "interviewer_email",
        "Interviewer Email",
        False,
        (
            "Email",
            "Contact Email",
            "Interviewer Emails",
            "E-mail",
            "Recruiter Email",
            "Hiring Manager Email",
            "Contact Person Email",
            "Rec. Email",
            "Recruiter's Email",
            "Interviewer's Email",
            "HR Email",
            "Email Address",
            "Contact Email Address",
            "Interviewer Email Address",
            "Recruiter Email Address",
        ),
        "address(es), same order as names (or naming them)",
        generic=(
            "Email",
            "E-mail",
            "Contact Email",
            "Email Address",
            "Contact Email Address",
            "Courriel",
            "Correo",
            "Correo electrónico",
            "E-Mail-Adresse",
            "E-mailadres",
        ),
        other_languages=(
            "Courriel",
            "Correo",
            "Correo electrónico",
            "E-Mail-Adresse",
            "E-mailadres",
        ),
    ),
    Field(
        "interview_type",
        "Interview Type",
        False,
        ("Type", "Format", "Interview Format"),
        "phone, video, onsite, panel, final, other",
        # German "Art" alone is any kind of anything: the whole header "Art" is vague, read as
        # this field only while its cells are interview types (``normalise.roles``).
        generic=("Art",),
        other_languages=(
            "Art",
            "Art des Gesprächs",
            "Gesprächsart",
            "Art des Vorstellungsgesprächs",
            "Type d'entretien",
            "Tipo de entrevista",
            "Tipo di colloquio",
            "Soort gesprek",
        ),
    ),
    Field(
        "round",
        "Round",
        False,
        ("Interview Round",),
        "integer >= 1 (also Round 2, 2nd, 2. Runde, 2e tour), or Final (the last round; also "
        "Last, Finale, Letzte Runde)",
    ),
    Field(
        "seniority",
        "Seniority",
        False,
        ("Level", "Seniority Level"),
        "entry, mid, senior, executive",
        other_languages=("Ebene", "Karrierestufe"),
    ),
    Field(
        "industry",
        "Industry",
        False,
        ("Sector",),  # also Spanish and Dutch
        "free text, mapped to a speed class",
        # "Branche" is German, French and Dutch for it.
        other_languages=("Branche", "Secteur", "Secteur d'activité", "Settore", "Setor"),
    ),
    Field(
        "stated_decision",
        "Decision Date",
        False,
        ("They Said", "Expected Response", "Timeline", "Decision", "Expected Decision"),
        "a date, or a phrase relative to the interview",
    ),
    Field(
        "thank_you_sent",
        "Thank-you Sent",
        False,
        (
            "Thank You",
            "TY Sent",
            "Thank You Sent",
            "Thank You Note Sent",
            "Sent Thank You Note",
            "Thank You Email Sent",
        ),
        "a date, or a yes-mark when the date is unknown",
        other_languages=(
            "Dankesschreiben",
            "Dankesschreiben gesendet",
            "Remerciement",
            "Remerciement envoyé",
            "Remerciements envoyés",
            "Agradecimiento",
            "Agradecimiento enviado",
            "Agradecimento",
            "Agradecimento enviado",
            "Bedankmail",
            "Bedankmail verstuurd",
            "Ringraziamento",
            "Ringraziamento inviato",
        ),
    ),
    Field(
        "check_in_1_sent",
        "Check-in 1 Sent",
        False,
        (
            "Follow-up 1",
            "First Follow-up",
            "1st Follow-up",
            "Follow-up 1 Sent",
            "1st Check-in Sent",
            "First Check-in",
        ),
        "a date or a yes-mark",
    ),
    Field(
        "check_in_2_sent",
        "Check-in 2 Sent",
        False,
        (
            "Follow-up 2",
            "Second Follow-up",
            "2nd Follow-up",
            "Follow-up 2 Sent",
            "2nd Check-in Sent",
            "Second Check-in",
        ),
        "a date or a yes-mark",
    ),
    Field(
        "final_sent",
        "Final Follow-up Sent",
        False,
        ("Final Sent", "Final Follow-up", "Closing Follow-up"),
        "a date or a yes-mark",
    ),
    Field(
        "networking_sent",
        "Networking Sent",
        False,
        ("Last Networking", "Networking"),
        "date of the last networking touch",
    ),
    Field(
        "last_reply",
        "Last Reply",
        False,
        ("Heard Back", "Last Response", "Reply Date", "Response Date", "Last Contact"),
        "last date the employer replied",
    ),
    Field(
        "applied_at",
        "Date Applied",
        False,
        (
            "Applied",
            "Application Date",
            "Applied On",
            "Applied Date",
            "Date of Application",
            "Date Submitted",
            "Submitted On",
            "App Date",
            "Date Applied On",
            "Application Sent",
            "Application Submitted",
            "Application Sent On",
        ),
        "date the application was sent",
        generic=("Applied",),
        other_languages=(
            "Bewerbungsdatum",
            "Beworben am",
            "Datum der Bewerbung",
            "Date de candidature",
            "Fecha de solicitud",
            "Fecha de postulación",
            "Fecha de aplicación",
            "Data de candidatura",
            "Data da candidatura",
            "Sollicitatiedatum",
            "Datum sollicitatie",
            "Gesolliciteerd op",
            "Data candidatura",
            "Data di candidatura",
        ),
    ),
    Field(
        "application_check_in_sent",
        "Application Check-in Sent",
        False,
        (
            "Followed Up",
            "Application Follow-up",
            "Application Follow-up Sent",
            # An Airtable checkbox (exported as "checked") and Teal's date. Vague: which
            # follow-up? So any other header of the field, and "Follow-up 1", say more.
            "Follow-up Sent",
            "Follow Up",
        ),
        "a date or a yes-mark",
        generic=("Follow-up Sent", "Follow Up"),
    ),
    Field(
        "outcome",
        "Outcome",
        False,
        (
            "Result",
            "Status",
            "Application Status",
            "Stage",
            "Application Stage",
            "Current Status",
            # Huntr's board export: "listName", the board column the job is in (Wishlist,
            # Applied, Interview, Offer, Rejected by default). A bare "List" could be any list.
            "List Name",
        ),
        "a stage (not applied, applied, interviewing) or an outcome (offer, hired, accepted, "
        "rejected, withdrawn, ghosted, on hold)",
        other_languages=(
            "Ergebnis",
            "Statut",
            "Résultat",
            "Étape",
            "Estado",
            "Resultado",
            "Etapa",
            "Situação",
            "Resultaat",
            "Fase",
            "Stato",
            "Esito",
        ),
    ),
    Field(
        "topic",
        "Topic",
        False,
        (NOTES_HEADERS[0], "Topics", "Talking Points"),
        "what was discussed; used in drafts",
        # Not "Note" (Italian for notes): in English it heads one's own notes, which an
        # employer must not read in a draft.
        other_languages=NOTES_HEADERS[1:],
    ),
    Field(
        "value_add",
        "Value Add",
        False,
        ("Share", "Idea", "Value-add"),
        "an article, idea or work sample to offer in a check-in",
    ),
    Field(
        "country",
        "Country",
        False,
        ("Holiday Calendar", "Location Country"),
        "ISO code or English name (or its own: Deutschland, España), optional subdivision: "
        "US, US-CA, GB-SCT, DE-BY, Germany; a German, Austrian or Swiss state or a Spanish "
        "community alone, in its own language or English: Bayern, Bavaria, Wien, Zürich, "
        "Cataluña; a region and its country in either order, after a city too: Bayern, "
        "Deutschland; Munich, Bavaria; a well-known city and its state: Perth, WA; Chennai, TN",
        other_languages=("Land", "Pays", "País", "Paese"),
    ),
)

FIELDS_BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}
# The columns of a new tracker (``init``): Interviewed is how a yes/no column is read, not a
# column worth starting with beside Interview Date.
# Columns a tracker may have that ``init`` does not write: facts the row's other cells say.
TEMPLATE_FIELDS: tuple[Field, ...] = tuple(
    f for f in FIELDS if f.name not in {"interviewed", "offered"}
)
REQUIRED_FIELDS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.required)
# Rows need one of these dates: an interview's, or an application's.
DATE_SOURCES: tuple[str, ...] = ("interview_at", "applied_at")


def requirement(field: Field) -> str:
    """'required', 'optional', or for a date a row needs one of: 'this or Date Applied'."""
    if field.name in DATE_SOURCES:
        others = [FIELDS_BY_NAME[name].header for name in DATE_SOURCES if name != field.name]
        return "this or " + " / ".join(others)
    return "required" if field.required else "optional"


# A header that names a date but not which one: header detection and the normalise stage decide
# between the interview and the applied date (DESIGN section 2).
AMBIGUOUS_DATE_HEADERS_ENGLISH: tuple[str, ...] = ("Date", "Dates")
AMBIGUOUS_DATE_HEADERS: tuple[str, ...] = (*AMBIGUOUS_DATE_HEADERS_ENGLISH, "Datum", "Fecha")
SENT_FIELDS: tuple[str, ...] = (
    "thank_you_sent",
    "check_in_1_sent",
    "check_in_2_sent",
    "final_sent",
)
# The fields that hold dates (Decision Date may hold a phrase instead), in the order their
# date orders are reported.
DATE_FIELDS: tuple[str, ...] = (
    "interview_at",
    "applied_at",
    "stated_decision",
    *SENT_FIELDS,
    "application_check_in_sent",
    "networking_sent",
    "last_reply",
)


def header_key(text: object) -> str:
    """The form headers are compared in: case-folded letters and digits only, Latin letters
    without their accents; letters of other scripts are kept as they are.

    >>> header_key(" Thank-you  Sent ")
    'thankyousent'
    >>> header_key("Société"), header_key("会社")
    ('societe', '会社')
    """
    return _key_of(str(text))


_NOT_IN_KEY = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=8192)  # every cell checked for a placeholder ("n/a") passes here
def _key_of(text: str) -> str:
    folded = text.casefold()
    if folded.isascii():
        return _NOT_IN_KEY.sub("", folded)
    return "".join(_key_char(c) for c in folded)


def _key_char(char: str) -> str:
    """One character of a key: a Latin letter without its accent ("é" -> "e", "ﬁ" -> "fi"),
    another script's letter as it is ("ж", "が"), a digit as 0-9; nothing for the rest."""
    if char.isascii():
        return char if char.isalnum() else ""
    plain = unicodedata.normalize("NFKD", char)
    if plain[0].isascii():  # a Latin letter with marks, a ligature, a full-width form
        return _NOT_IN_KEY.sub("", plain.casefold())
    if char.isalpha():
        return char
    return str(unicodedata.decimal(char)) if unicodedata.category(char) == "Nd" else ""


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
}

# How a check-in is numbered and called, in each language: "1st follow-up", "Follow-up #1",
# "Check in 1", "FU1", "Followed up (1st)"; "Relance 1", "2e relance", "Seguimiento 1",
# "1. Nachfrage", "Erinnerung 2", "Sollecito 1", "Herinnering 1", "Acompanhamento 2". A
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
    },
    "check_in_2_sent": {
        "en": ("2", "2nd", "second"),
        "de": ("2", "zweite", "zweiter", "zweites"),
        "fr": ("2", "n°2", "2e", "2ème", "2nd", "2nde", "deuxième", "second", "seconde"),
        "es": ("2", "nº2", "2º", "2ª", "segundo", "segunda"),
        "pt": ("2", "nº2", "2º", "2ª", "segundo", "segunda"),
        "nl": ("2", "2e", "2de", "tweede"),
        "it": ("2", "n°2", "2°", "secondo", "seconda"),
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
    },
    **{name: _numbered(numbers) for name, numbers in CHECK_IN_NUMBERS.items()},
    "final_sent": {
        "en": (
            "Final Follow-up",
            "Final Check-in",
            "Final FU",
            "Closing Follow-up",
            "Closing Check-in",
        )
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
        )
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
_SENT_ENGLISH: dict[str, tuple[str, ...]] = {n: _sent_keys(n, "en", ("en",)) for n in SENT_NAMES}
_SENT_OTHER: dict[str, tuple[str, ...]] = {
    n: tuple(k for lang in SENT_WORDS for k in _sent_keys(n, lang, tuple(SENT_WORDS)))
    for n in SENT_NAMES
}
# A sent header made of a generic name is generic too ("Follow-up Sent on").
_SENT_GENERIC = frozenset(
    header_key(h)
    for f in FIELDS
    for g in f.generic
    if g in SENT_NAMES.get(f.name, {}).get("en", ())
    for h in _with_words(g, tuple(SENT_WORDS))
)


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


def _header_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for f in FIELDS:
        for key in (
            *map(header_key, (f.header, f.name, *f.synonyms)),
            *_SENT_ENGLISH.get(f.name, ()),
        ):
            index.setdefault(key, f.name)
    for f in FIELDS:
        for key in (*map(header_key, f.other_languages), *_SENT_OTHER.get(f.name, ())):
            index.setdefault(key, f.name)
    return index


# header_key(text) -> field name, canonical headers and field names first.
HEADER_INDEX: dict[str, str] = _header_index()
GENERIC_KEYS: frozenset[str] = (
    frozenset(header_key(t) for f in FIELDS for t in f.generic) | _SENT_GENERIC
)
# The canonical headers ("Interview Date"): beside a synonym of the same field ("Interview
# Time"), the canonical one is the field.
CANONICAL_KEYS: frozenset[str] = frozenset(header_key(f.header) for f in FIELDS)
AMBIGUOUS_DATE_KEYS: frozenset[str] = frozenset(header_key(t) for t in AMBIGUOUS_DATE_HEADERS)
_ENGLISH_KEYS = (
    frozenset(header_key(t) for f in FIELDS for t in (f.header, f.name, *f.synonyms))
    | frozenset(header_key(t) for t in AMBIGUOUS_DATE_HEADERS_ENGLISH)
    | frozenset(k for keys in _SENT_ENGLISH.values() for k in keys)
)
# Headers in other languages (``Field.other_languages``, "Datum"): beside an English header of
# the same field, the English one is the field.
OTHER_LANGUAGE_KEYS: frozenset[str] = (
    frozenset(header_key(t) for f in FIELDS for t in f.other_languages)
    | frozenset(header_key(t) for t in AMBIGUOUS_DATE_HEADERS)
    | frozenset(k for keys in _SENT_OTHER.values() for k in keys)
) - _ENGLISH_KEYS

# Wide trackers keep one date column per interview stage instead of an Interview Date column.
# header_key(stage header) -> the interview type that stage is; a trailing "date" or
# "interview date" is allowed ("Onsite Date", "Phone Interview Date").
STAGE_HEADERS: dict[str, str] = {
    **{
        k: "phone"
        for k in (
            "phone",
            "phonescreen",
            "phoneinterview",
            "phonecall",
            "screen",
            "screening",
            "recruiterscreen",
            "recruitercall",
            "hrscreen",
            "hrinterview",
        )
    },
    **{k: "video" for k in ("video", "videointerview", "videocall", "virtual", "zoom")},
    **{
        k: "onsite"
        for k in ("onsite", "oncampus", "inperson", "onsiteinterview", "superday", "campus")
    },
    **{k: "panel" for k in ("panel", "panelinterview")},
    **{k: "final" for k in ("final", "finalround", "finalinterview")},
    **{
        k: "other"
        for k in (
            "technical",
            "technicalinterview",
            "techscreen",
            "codinginterview",
            "assessment",
            "casestudy",
            "takehome",
            "firstround",
            "secondround",
            "thirdround",
            "round1",
            "round2",
            "round3",
            "1stround",
            "2ndround",
            "3rdround",
            "1stinterview",
            "2ndinterview",
            "3rdinterview",
            "4thinterview",
            "firstinterview",
            "secondinterview",
            "thirdinterview",
            "fourthinterview",
            "interview1",
            "interview2",
            "interview3",
            "interview4",
            "interviewdate1",
            "interviewdate2",
            "interviewdate3",
            "interviewdate4",
        )
    },
}
# "Onsite Date", "Phone Interview Date"; "Date of first interview".
STAGE_HEADER_SUFFIXES: tuple[str, ...] = ("interviewdate", "date")
STAGE_HEADER_PREFIXES: tuple[str, ...] = ("dateofthe", "dateof")
MIN_STAGE_COLUMNS = 2  # "several" stage columns make a wide tracker; one could be a phone number
# ... but a lone one that says "interview" ("First Interview Date", Huntr's export; "1st
# Interview", "Interview 1") is the tracker's one interview date: read as the Interview Date.
LONE_STAGE_WORD = "interview"
