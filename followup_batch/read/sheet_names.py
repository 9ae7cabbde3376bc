"""Sheets of one person's tracker: a workbook split by time or by stage.

A coach keeps one sheet per client, and a blank Client there is the sheet's name. A job seeker
splits one tracker instead: a sheet a month or a year ("Jan", "Feb 2026", "2025", "Q1"), or one
per stage ("Applications", "Interviews", "Active", "Closed", "Rejected", "Offers", "Archive").
Such a sheet is no client of its own: its blank Client is the file's, and its rows are linked to
the other such sheets' rows as one tracker's (``normalise.rounds.link_sheets``), so January's
application hands its check-in on to its interview on the February sheet.

A sheet name is a part of one tracker when every word of it is a month, a year, a quarter, a
tracker stage (in the languages the reader knows months and stages in) or a joining word, and
at least one is more than a joining word or a small number: "Jan", "January 2026", "2025-26",
"Q1 2026", "Old applications", "Archiv 2025", "Entrevistas". Beside a year, the words a job
seeker names a year's sheet with count too (``YEAR_SHEET_WORDS``): "Jobs 2026", "2026 Search",
"Job hunt 2025". "Sheet1", "Maya Chen", "Jobs" and "Clients 2026" are not. A month alone
("Jan", "May") is a part unless another tracker sheet with rows is named for a person
(``one_trackers_sheets``): beside "Maya Chen" it is a coach's client named Jan.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

# Words of a tracker's stages as sheets are named, singular and plural, in English, German,
# French, Spanish, Portuguese, Italian, Dutch, Polish, Swedish, Finnish, Czech, Norwegian and
# Danish (without accents, as names are compared). The stage words of the Status column
# (``vocabularies.OUTCOMES``: "Rejected", "Interviewing", "Wishlist"...) count too.
STAGE_WORDS: frozenset[str] = frozenset(
    word
    for language in (
        # English
        "application applications applied interview interviews interviewing active current "
        "open ongoing pending progress closed done finished complete completed rejected "
        "rejections declined offer offers archive archived archives old older past previous new",
        # German
        "bewerbung bewerbungen beworben vorstellungsgesprach vorstellungsgesprache gesprach "
        "gesprache aktiv aktuell aktuelle offen laufend laufende abgeschlossen abgeschlossene "
        "erledigt absage absagen abgelehnt angebot angebote zusage zusagen archiv alt alte",
        # French
        "candidature candidatures entretien entretiens actif actifs actives ouvert ouverts "
        "ouverte ouvertes cours cloture clotures cloturee cloturees termine terminees refus "
        "refuse refusee refusees offre offres ancien anciens ancienne anciennes",
        # Spanish
        "candidatura candidaturas solicitud solicitudes postulacion postulaciones entrevista "
        "entrevistas activa activas activo activos abierta abiertas curso cerrada cerradas "
        "cerrado cerrados rechazada rechazadas rechazado rechazados oferta ofertas archivo "
        "antigua antiguas antiguo antiguos",
        # Portuguese
        "ativa ativas aberta abertas andamento fechada fechadas encerrada encerradas rejeitada "
        "rejeitadas reprovada reprovadas arquivo antiga antigas",
        # Italian
        "colloquio colloqui attiva attive aperta aperte corso chiusa chiuse rifiutata rifiutate "
        "offerta offerte archivio vecchia vecchie",
        # Dutch
        "sollicitatie sollicitaties gesprek gesprekken actief actieve lopend lopende gesloten "
        "afgewezen afwijzing afwijzingen aanbod aanbieding aanbiedingen archief oud oude",
        # Polish
        "aplikacja aplikacje aplikacji rekrutacja rekrutacje rekrutacji zgloszenia rozmowa "
        "rozmowy oferta oferty aktywne aktualne otwarte zamkniete zakonczone odrzucone odmowy "
        "archiwum",
        # Swedish
        "ansokan ansokningar intervju intervjuer erbjudande erbjudanden aktiva aktuella "
        "pagaende avslutade avslag arkiv",
        # Finnish
        "hakemus hakemukset haastattelu haastattelut tyohaastattelu tyohaastattelut tarjous "
        "tarjoukset aktiiviset avoimet kaynnissa suljetut paattyneet hylatty hylatyt arkisto "
        "vanhat",
        # Czech
        "prihlaska prihlasky zadost zadosti pohovor pohovory nabidka nabidky aktivni "
        "probihajici uzavrene ukoncene zamitnuto zamitnute odmitnuto odmitnute",
        # Norwegian and Danish ("ø" and "æ" are letters of their own, kept as typed, and
        # also as "o" and "ae" written without them)
        "søknad søknader soknad soknader jobbintervju jobbintervjuer tilbud aktive apne "
        "avsluttet avsluttede avslatt ansøgning ansøgninger ansogning ansogninger samtale "
        "samtaler jobsamtale jobsamtaler abne igangværende igangvaerende afsluttet afsluttede "
        "afslag afvist gamle",
    )
    for word in language.split()
)
# Words a job seeker names a year's sheet with ("Jobs 2026", "2026 Search", "Job hunt 2025",
# "Jobsuche 2026"): beside a year they make the sheet that year's part of one tracker; without
# one they say nothing ("Jobs", "Tracker": a one-sheet workbook's name, or anything).
_YEAR_SHEET_WORDS = (
    "job jobs search searching hunt hunting jobhunt jobsearch tracker tracking career careers "
    "my jobsuche stellensuche suche recherche emploi busqueda empleo trabajo emprego vagas "
    "lavoro ricerca vacatures banen zoektocht szukanie poszukiwanie pracy praca jobb "
    "jobbsokning tyonhaku hledani prace jobbsøking jobbsoking jobsøgning jobsogning"
)
YEAR_SHEET_WORDS: frozenset[str] = frozenset(_YEAR_SHEET_WORDS.split())
# Words that join the others ("Jan to Mar", "Jan bis Mar", "en cours", "in progress"): they
# make no sheet a part on their own.
JOINING_WORDS: frozenset[str] = frozenset(
    {"to", "and", "of", "the", "in", "bis", "und", "et", "au", "a", "y", "e", "en", "de"}
    | {"del", "des", "do", "da", "em", "al", "tot", "t", "m"}
)
# "Q1", "1Q", "H2" (a half year), "T3" (un trimestre), "FY26" (a fiscal year): a part alone.
_PERIOD = re.compile(r"[qht][1-4]|[1-4][qh]|fy\d{2}|fy\d{4}")
_YEAR = re.compile(r"(?:19|20)\d\d")
_TOKENS = re.compile(r"[^\W_]+")
_PIECES = re.compile(r"\d+|[^\W\d_]+")


def one_trackers_sheets(
    names: Sequence[str | None], with_rows: Sequence[bool] | None = None
) -> list[bool]:
    """Which of a workbook's tracker sheets, named ``names``, are parts of one person's tracker.
    A name that is a month alone ("Jan", "May", "June") is also a first name: it is a part
    unless another tracker sheet holding rows is named for a person (``with_rows``: which sheets
    hold rows; all by default), so a coach's client "Jan" beside "Maya Chen" stays a client,
    while "Jan" and "Feb" beside "Archive", "Notes", an empty "Sheet1" or a "Template" are
    one tracker's months."""
    parts = [one_trackers_sheet(name) for name in names]
    if not any(month_sheets_are_clients(names, parts, with_rows)):
        return parts
    return [part and not month_alone(name) for name, part in zip(names, parts, strict=True)]


def month_sheets_are_clients(
    names: Sequence[str | None], parts: Sequence[bool], with_rows: Sequence[bool] | None = None
) -> list[str]:
    """The names of the tracker sheets named for a person that make months alone ("Jan")
    beside them clients: those holding rows, not parts of one tracker, named like a person."""
    from followup_batch.drafts.signer import looks_like_a_name

    held = with_rows if with_rows is not None else [True] * len(names)
    return [
        name
        for name, part, rows in zip(names, parts, held, strict=True)
        if name and rows and not part and looks_like_a_name(sheet_client(name))
    ]


def sheet_client(name: str) -> str:
    """The client a sheet's name says, as a file's name says it (``file_clients.client_named``)
    when only so it reads as a person's name: "Maya Chen" of "Maya_Chen", "maya_chen" and
    "Maya.Chen", as of the files "Maya_Chen.xlsx" (fx227: the sheet signed nothing), and
    "Maya Chen" of "Maya-Chen" (``signer.hyphen_between_names``), and "Alex" of "alex", a
    name written all in lower case capitalised as "alex.xlsx" signs it (fx237: the sheet
    signed "alex"); the name as it is when it reads as one already or in no way ("Maya Chen",
    "Anne-Marie", "Sheet1", "job_tracker", "offers")."""
    from followup_batch.drafts.signer import hyphen_between_names, looks_like_a_name
    from followup_batch.read.file_clients import client_named

    if looks_like_a_name(name) and name != name.lower():
        return hyphen_between_names(name)
    named = client_named(name)
    return named if looks_like_a_name(named) else name


def month_alone(name: str | None) -> bool:
    tokens = _TOKENS.findall(_folded(name or ""))
    return len(tokens) == 1 and tokens[0] in _months()


def year_named(name: str | None) -> str | None:
    """The year a sheet's name says ("2025", "Feb 2025", "2025-26": "2025"); None if none."""
    for piece in _PIECES.findall(_folded(name or "")):
        if _YEAR.fullmatch(piece):
            return piece
    return None


def one_trackers_sheet(name: str | None) -> bool:
    """Whether a sheet named ``name`` is a part of one person's tracker split by time or stage
    (see the module docstring), not a client's sheet."""
    if not name:
        return False
    return _part_of_one_tracker(_folded(name))


@functools.lru_cache(maxsize=1024)
def _part_of_one_tracker(folded: str) -> bool:
    said = False  # a word that makes the name a part: a month, year, quarter or stage
    year = searched = False  # a year; a word of a year's sheet ("Jobs 2026")
    for token in _TOKENS.findall(folded):
        if _PERIOD.fullmatch(token) or token in _words():
            said = True
            continue
        for piece in _PIECES.findall(token):  # "jan2026", "2026-01" read by their pieces
            if piece.isdigit():
                if _YEAR.fullmatch(piece):
                    said = year = True
                elif len(piece) > 2:  # a number that is no year, month or day
                    return False
            elif piece in _words():
                said = True
            elif piece in YEAR_SHEET_WORDS:
                searched = True
            elif piece not in JOINING_WORDS:
                return False
    return said and (year or not searched)


def _folded(name: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.cache
def _months() -> frozenset[str]:
    """The month names of every language the dates are read in, but English words."""
    from followup_batch.normalise.dates import ENGLISH_WORD_MONTHS, MONTHS, OTHER_LANGUAGE_MONTHS

    return frozenset((set(MONTHS) | set(OTHER_LANGUAGE_MONTHS)) - ENGLISH_WORD_MONTHS)


@functools.cache
def _words() -> frozenset[str]:
    """The month names of every language the dates are read in (``normalise.dates``) but
    those that are English words ("set", "out", "ago"), the stage words, and the single-word
    stages of the Status column."""
    from followup_batch.normalise.vocabularies import OUTCOMES

    return frozenset(_months() | STAGE_WORDS | set(OUTCOMES))
