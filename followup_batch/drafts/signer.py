"""Who signs a row's drafts when the tracker has no Client value for it.

A row's client falls back to the sheet name (a workbook with a sheet per client) or the file
name (a folder with a tracker per client, ``clients/Maya Chen.xlsx``; a file named for a
person and then a tracker, ``Maya Chen - Job Search 2026.xlsx``, by the person's name). That
name always says whose the row is (digest, calendar, .eml names), but it signs the drafts only
when it reads as a person's name: "Best regards, tracker 2" or "Best regards, Sheet1" helps
nobody. Then the configured sender signs, or nobody, and the run says why in a note.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from followup_batch.normalise.cells import each_distinct
from followup_batch.normalise.given_names import known_given_name
from followup_batch.read.header_keys import header_key
from followup_batch.read.names import (
    LEGAL_FORMS,
    NAME_WORD,
    WORD_ABBREVIATIONS,
    given_name_first,
)
from followup_batch.text import first_and_more

if TYPE_CHECKING:
    from followup_batch.read import RawTable

# Words that make a file or sheet name something other than a person's name ("jobs 2024",
# "tracker copy", "Interviews").
NOT_A_NAME_WORDS = frozenset(
    {
        "application", "applications", "backup", "book", "candidate", "candidates", "client",
        "clients", "copy", "data", "draft", "drafts", "export", "final", "followup", "followups",
        "interview", "interviews", "job", "jobs", "list", "log", "master", "my", "new",
        "old", "pipeline", "report", "search", "sheet", "status", "template", "tracker",
        "trackers", "untitled", "workbook", "closed", "open", "stuff", "test", "csv", "xlsx",
        "resume", "résumé", "cv", "jobsearch", "candidatures", "bewerbungen", "sample", "file",
        # A CV in the languages the tool reads (ot100 F9: "Lebenslauf.xlsx" signed "Lebenslauf").
        "lebenslauf", "lebensläufe", "curriculum", "vitae", "currículo", "curriculo", "curriculos",
        "currículos", "résumés", "resumes", "cvs",
        "app", "apps",
        # What spreadsheets, boards and exports are called (Airtable's "Companies-Grid view",
        # Trello's "Kanban Board", a platform's "nightly" folder).
        "spreadsheet", "spreadsheets", "board", "boards", "kanban", "trello", "huntr", "teal",
        "notion", "airtable", "simplify", "grid", "view", "views", "table", "tables",
        "database", "dashboard", "companies", "company", "openings", "opening", "leads", "lead",
        "prospects", "prospect", "targets", "target", "roles", "positions", "upcoming",
        "nightly", "daily", "weekly", "monthly", "exports", "exported", "output", "input",
        "errors", "error", "run", "runs", "archive", "archived", "active", "current", "pending",
        "progress", "tracking", "records", "history", "summary", "backups", "excel", "sheets",
        "result", "results", "out", "checked", "scheduled", "processed",
        # What a pipeline's sheets and a job search's files are called.
        "todo", "done", "follow", "ups", "contacts", "contact",
        "main", "networking", "remote", "tech", "hot", "career", "careers", "coaching",
        "download", "downloads", "outreach", "offers", "stage", "stages",
        # A sheet of the applications a contact referred ("Referrals" signed drafts so: ot83 F6).
        "referral", "referrals", "referred", "referrer", "referrers",
        # A coach's and a job seeker's other files ("notes.csv", "recruiters.xlsx").
        "notes", "note", "coach", "coaches", "recruiter", "recruiters", "example", "examples",
        "internship", "internships", "personal", "work", "jobhunting", "apply", "applied",
        "structure", "overview", "planning", "planner", "plan",
        # The same files in the languages of the calendars the tool knows: applications, job
        # search, interviews, offers, follow-up; and what their Excel calls a new workbook and
        # sheet (Mappe, Classeur, Libro, Pasta, Cartel, Map; Tabelle, Feuille, Hoja, Foglio).
        "bewerbung", "stellen", "stelle", "jobsuche", "vorstellungsgespräche", "mappe",
        "arbeitsmappe", "tabelle",
        "candidature", "emploi", "emplois", "recherche", "entretien", "entretiens", "suivi",
        "offres", "classeur", "feuille",
        "candidaturas", "candidatura", "postulaciones", "postulación", "postulacion",
        "solicitudes", "empleo", "empleos", "trabajo", "búsqueda", "busqueda", "entrevista",
        "entrevistas", "ofertas", "seguimiento", "libro", "hoja",
        "vagas", "emprego", "empregos", "processos", "seletivos", "pasta", "planilha",
        "colloqui", "colloquio", "lavoro", "ricerca", "cartel", "cartella", "foglio",
        "sollicitaties", "sollicitatie", "vacatures", "map",
        # A tracker's rounds, calls and reminders ("rounds.xlsx" signed drafts "Rounds").
        "rounds", "round", "calls", "screens", "screening", "meetings", "schedule", "calendar",
        "reminders", "inbox", "outbox", "postings", "listings", "vacancies", "employers",
        "funnel", "logs", "hunting",
        # What a workbook is named after its features, its state or a trial run ("sink.xlsx",
        # "pivot.xlsx", "protected.xlsx" signed drafts "Best regards, Protected").
        "sink", "pivot", "pivots", "macro", "macros", "protected", "unprotected", "locked",
        "extlink", "extlinks", "links", "linked", "chart", "charts", "formula", "formulas",
        "filter", "filtered", "hidden", "demo", "temp", "tmp", "scratch", "latest", "updated",
        "revised", "edited", "original", "orig", "recovered", "repaired", "damaged", "corrupt",
        "corrupted", "broken", "fixed", "merged", "combined", "import", "imported", "shared",
        "synced", "tests", "testing", "dummy", "mock", "sandbox", "version", "hostile",
        # A career fair's or a conference's list of employers ("Grace Hopper Celebration
        # Jobs.xlsx" signed drafts "Grace Hopper Celebration").
        "fair", "fairs", "expo", "conference", "conferences", "summit", "celebration",
        "meetup", "meetups", "hackathon", "bootcamp", "event", "events", "festival",
        # A job search's sheets and files in scripts of their own (outside test ot35 F1: a
        # sheet "عروض" signed drafts "Best regards, عروض"): Arabic offers, jobs, interviews,
        # applications; Russian and Ukrainian vacancies, responses, interviews, job search;
        # Korean job search, interviews, hiring.
        "عروض", "العروض", "وظائف", "الوظائف", "وظيفة", "مقابلات", "المقابلات", "طلبات",
        "الطلبات", "توظيف", "التوظيف",
        "вакансии", "вакансия", "отклики", "отклик", "собеседования", "собеседование",
        "поиск", "работа", "работы", "резюме", "заявки", "офферы", "архив", "вакансії",
        "відгуки", "співбесіди", "пошук", "робота", "роботи",
        "구직", "구직활동", "면접", "채용", "취업", "지원현황",
        # The same in Polish and Swedish, whose headers the reader knows, and in Finnish,
        # Czech, Norwegian and Danish, with and without their letters' marks (outside test
        # ot53 F1: "Rekrutacje.xlsx" and a sheet "Ansökningar" signed drafts so): recruitment,
        # job search, applications, interviews, offers, work.
        "rekrutacje", "rekrutacja", "rekrutacji", "szukanie", "poszukiwanie", "poszukiwania",
        "praca", "pracy", "aplikacje", "aplikacja", "aplikacji", "rozmowy", "rozmowa",
        "oferty", "oferta", "zgłoszenia", "zgloszenia", "ogłoszenia", "ogloszenia", "arkusz",
        "skoroszyt",
        "jobbsökning", "jobbsokning", "jobbsök", "jobbsok", "ansökningar", "ansokningar",
        "ansökan", "ansokan", "ansökt", "ansokt", "intervjuer", "intervju", "jobb",
        "rekrytering", "erbjudanden", "tjänster", "tjanster", "arbetssökande", "arbetssokande",
        "työnhaku", "tyonhaku", "hakemukset", "hakemus", "haastattelut", "haastattelu",
        "työpaikat", "tyopaikat", "rekrytointi", "työ", "tyo",
        "hledání", "hledani", "práce", "prace", "žádosti", "zadosti", "pohovory", "pohovor",
        "nabídky", "nabidky", "přihlášky", "prihlasky", "nábor", "nabor",
        "jobbsøking", "jobbsoking", "jobbsøk", "søknader", "soknader", "søknad", "soknad",
        "rekruttering", "jobsøgning", "jobsogning", "ansøgninger", "ansogninger",
        "ansøgning", "ansogning", "samtaler", "stillinger", "stilling",
        # What a file is called for its name ("renamed.csv", "unnamed.xlsx").
        "named", "renamed", "unnamed",
        # ... and for the duplicates it holds ("dups_lo.xlsx").
        "dup", "dups", "dupe", "dupes", "duplicate", "duplicates", "dedup", "deduped",
    }
)  # fmt: skip
# Short words and abbreviations a file is named with alone that are no one's name (ot99 F6:
# "abs.xlsx" and "pre.xlsx" signed drafts "Abs" and "Pre"). Only a name of that one word:
# "Emily Post" and "Doc Rivers" sign. Not "max", "min": Max and Min are names. A possessive
# alone is "my tracker" far more often than a person (ot100 F9: "mine.xlsx" signed "Mine");
# "Mine Yılmaz" still signs.
ALONE_NOT_A_NAME = frozenset(
    {
        "abs", "pre", "post", "pro", "bak", "doc", "docs", "misc", "etc", "wip", "ours",
        "mine", "my", "our", "yours", "your",
        "foo", "baz", "qux", "ods", "ats", "avg", "tbl", "ref", "refs", "src", "dst", "tmpl",
        "prev", "next", "alt", "ext", "info", "sub", "subs",
        # A job's or a tracker's abbreviation that is spelt as a name may begin (ot103 F2:
        # "swe.xlsx", software engineer, signed drafts "Swe", as "sde" and "ops" did not);
        # "Swe Swe" and "Khin Swe" sign.
        "swe", "sre", "mle", "mlops", "sqa", "kpi", "kpis", "gcal",
    }
)  # fmt: skip
# Ordinary words a tracker is named with alone, as ``header_key`` keys them, never a person's
# (outside test ot119 F1: "December.csv", "Spring.csv", "Relocation.csv", "Switch.csv",
# "Karriere.csv" signed every draft so): a season, a weekday (a month is ``_months``'s), and
# what a job search is for or after, in English, German, French, Spanish and Dutch. A given
# name the tool knows among them signs all the same (``known_given_name``: "April", "June",
# "Summer", "Autumn").
ORDINARY_WORDS_ALONE = frozenset(
    {
        "spring", "summer", "autumn", "fall", "winter", "fruhling", "fruhjahr", "sommer",
        "herbst", "printemps", "ete", "automne", "hiver", "primavera", "verano", "otono",
        "invierno", "lente", "voorjaar", "zomer", "herfst", "najaar",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend",
        "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "maandag",
        "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "opportunities", "opportunity", "relocation", "relocating", "relocate", "moving",
        "move", "switch", "switching", "change", "transition", "gigs", "gig", "hustle",
        "hustles", "sidehustle", "freelance", "freelancing", "contracts", "contract",
        "newjob", "nextjob", "nextstep", "nextsteps", "dreamjob", "goals", "wishlist",
        "ideas", "options", "chances", "shortlist", "longlist", "offer",
        "karriere", "chancen", "wechsel", "jobwechsel", "umzug", "neustart", "perspektiven",
        "moglichkeiten", "angebote", "ziele",
        "opportunites", "carriere", "demenagement", "reconversion", "mutation", "changement",
        "projets", "pistes",
        "oportunidades", "carrera", "mudanza", "cambio", "traslado", "metas", "opciones",
        "kansen", "loopbaan", "verhuizing", "overstap", "banen", "baan", "mogelijkheden",
        "doelen",
    }
)  # fmt: skip
_VOWELS = frozenset("aeiouy")
# The two consonants a person's name may begin with, in the languages whose names a tracker
# holds (English, German, the Nordic, Slavic, Hungarian, Albanian, Welsh and Gaelic ones;
# African, Indian, Chinese and Vietnamese names as they are spelt in Latin letters): "Bjorn",
# "Chen", "Csaba", "Dmitri", "Kgosi", "Knut", "Kwame", "Mbali", "Mthunzi", "Ngozi", "Nhung",
# "Nqobile", "Rhys", "Szymon", "Thabo", "Whitney", "Xhafer", "Zbigniew", "Zsolt". A word
# alone beginning with two others is a file's abbreviation, not a name spelt in Latin
# letters (fx217: "xlo.xlsx" signed drafts "Xlo"; "gdocs", "bkup", "xport" too). A rule of
# spelling, not a list of names: a name alone that begins with a vowel or one consonant is
# never refused by it.
NAME_ONSETS = frozenset(
    {
        "bh", "bj", "bl", "br", "bw", "ch", "cl", "cr", "cs", "cz", "dh", "dj", "dl", "dm",
        "dn", "dr", "dv", "dw", "dz", "fj", "fl", "fr", "gb", "gh", "gj", "gl", "gn", "gr",
        "gv", "gw", "hj", "hl", "hr", "hv", "jh", "jn", "kh", "kj", "kl", "kn", "kr", "ks",
        "kv", "kw", "lh", "lj", "ll", "mb", "mc", "mh", "mk", "ml", "mn", "mp", "mr", "mw",
        "mz", "nc", "nd", "ng", "nh", "nj", "nk", "nt", "nw", "nz", "pf", "ph", "pl", "pn",
        "pr", "ps", "pt", "rh", "sc", "sf", "sh", "sj", "sk", "sl", "sm", "sn", "sp", "sr",
        "st", "sv", "sw", "sz", "tc", "th", "tj", "tk", "tl", "tr", "ts", "tw", "tz", "vj",
        "vl", "vr", "wh", "wl", "wr", "xh", "zb", "zd", "zh", "zl", "zs", "zv", "zw",
        # of Southern Africa: "Gcina", "Kgosi", "Lwazi", "Mfundo", "Mthunzi", "Nqobile",
        # "Nsovo", "Nxumalo", "Qhawe", "Sbu"
        "gc", "kg", "lw", "mf", "mt", "nq", "ns", "nx", "qh", "sb",
        # Taiwanese (Wade-Giles) and Burmese: "Hsiao", "Hsin", "Hnin", "Hmway"
        "hs", "hn", "hm",
        # Slavic, as spelt in Latin letters: "Vsevolod", "Pjotr", "Tvrtko", "Cvetan", "Mstislav"
        "vs", "pj", "tv", "cv", "ms",
        # ot103 F1 (they signed nothing): Xhosa "Mxolisi", Welsh "Ffion", Igbo "Nnamdi", Czech
        # "Ctirad", Albanian "Gzim" and "Rrahim", Ewe "Kpakpo", Basque "Txema", Korean
        # "Hwang", Burmese "Htet", Mongolian "Lkhagva", Zulu and Tswana "Mduduzi", "Mvelo",
        # "Mmabatho", "Mqadi", "Qwabe", Georgian "Mgeladze", Kalenjin "Pkemoi", Indian
        # "Nripendra", Croatian "Zrinka", Slovenian "Zmago", Polish "Rzepka", "Xzavier",
        # "Squire", Icelandic "Mjoll". With them, every onset of the names in Faker 40.63's
        # 87 locales is here but Irish ones after a mutation ("Fhearghail", "Cnaimhsi": not
        # a name written alone), "jd" (a job description) and those of a few Austrian, Swiss
        # and Slovak surnames that begin a file's abbreviation: "Gschwandtner" ("gsheet"),
        # "Gmeiner" ("gmail"), "Gfeller" ("gforms"), "Ftorek" ("fte").
        "mx", "ff", "nn", "ct", "gz", "kp", "tx", "rr", "hw", "ht", "lk", "md", "mv", "mm",
        "mq", "qw", "mg", "pk", "nr", "zr", "zm", "rz", "xz", "mj", "sq", "sg", "cw", "gx",
        "hh", "zg", "zn",
    }
)  # fmt: skip
# A file's words that no person's name begins or ends with, glued to anything: a file kind
# ("csvnamed", "xlsxmaya") and a file's version or origin ("mayaexport", "trackermaya",
# "backupmaya"): outside test ot89 F4, "csvnamed.csv" signed drafts "Csvnamed". Not "test",
# "list", "sheet", "data", nor "tsv", "ods": names begin or end so (Testaverde, Lister,
# Sheetz, Tsvetkov, Odsen).
GLUED_FILE_WORDS = ("csv", "xlsx", "xlsm", "xls", "export", "tracker", "backup", "copy", "final")
# The same in Chinese and Japanese, written without spaces, so found inside a longer name
# ("求职记录", "2026年転職活動"): job search, applying, interviews, hiring, résumé, positions.
# No person's name holds one.
UNSPACED_TRACKER_WORDS = (
    "求职", "求職", "应聘", "應聘", "應徵", "面试", "面試", "招聘", "简历", "簡歷", "投递",
    "工作", "职位", "職位", "就活", "転職", "求人", "応募", "面接", "選考", "履歴",
    "就職", "採用", "内定",
)  # fmt: skip
# The stems of a job search's words in the languages whose headers the reader knows (en, de,
# fr, es, pt, it, nl, pl, sv, fi, cs, no, da), as ``header_key`` writes them: a word that
# holds one is a job search's, in any inflection or compound, also one nobody listed
# (outside test ot56 F2: "Recrutement", "Sollicitatiegesprekken" and "Bewerbungsgespräche"
# signed drafts so). None is held by any of the 24,793 first and last names of those
# countries in Faker 40.63's lists ("Candida", "Stellan", "Jobst" are left names).
JOB_SEARCH_STEMS = (
    "applica", "interview", "recruit", "jobsearch", "jobhunt", "candidat", "vacanc",
    "bewerb", "vorstellungsgesprach", "stellenangebot", "stellenanzeig", "stellensuch",
    "jobsuch", "arbeitssuch", "jobangebot", "arbeit",
    "recrut", "entretien", "emploi", "embauch", "postul", "recherch", "suivi",
    "solicitud", "entrevist", "empleo", "reclut", "busqueda", "seleccion", "trabaj",
    "seguimiento",
    "emprego", "seletiv", "selecao", "vagas",
    "colloqui", "lavoro", "selezion", "assunzion", "offert", "ricerca",
    "sollicit", "vacature", "werving", "gesprek",
    "rekrut", "aplikac", "poszukiwan", "szukan", "zgloszen", "ogloszen", "ofert", "rozmow",
    "praca", "pracy",
    "ansokn", "ansokan", "jobbsok", "jobbsøk", "intervju", "rekryt", "platsannons",
    "arbetssok", "samtal",
    "tyonhak", "hakemu", "haastattel", "tyopaik",
    "pohovor", "prihlask", "zadost", "nabidk", "hledan", "prace",
    "soknad", "jobsog", "ansogn", "søknad", "jobsøg", "ansøgn", "stilling",  # ø stays in a key
    # Of Central and Eastern Europe, Turkey and Greece (report ot71 F5: "İş Başvuruları
    # 2027.csv" and "Αιτήσεις εργασίας.csv" signed drafts so): Czech and Slovak, Hungarian,
    # Romanian, Serbian and Croatian, the Baltics', Turkish; Russian, Ukrainian and Bulgarian;
    # Greek, its accents left out (``job_search_word``).
    "praci", "pracu", "ziadost", "hladani",
    "palyazat", "allaskeres", "allashirdet", "allasajanlat", "allasinterj", "interju",
    "aplicar", "aplicati", "angajar", "cautare", "interviu",
    "prijav", "trazenj", "razgovor", "zaposlen",
    "paraisk", "pokalbi", "darbopaiesk", "pieteikum", "intervij", "meklesan", "vakanc",
    "tooots", "toopakkum", "kandideeri",
    "basvur", "mulakat", "gorusme", "isarama", "isilan",
    "ваканс", "собеседован", "співбесід", "заявк", "отклик", "відгук", "кандидат",
    "резюме", "интервю", "інтерв", "интерв", "пријав", "търсене", "работа", "работы",
    "работу", "робота", "роботи", "роботу",
    "αιτησ", "αιτηση", "εργασι", "συνεντευξ", "βιογραφικ", "προσληψ", "αναζητηση",
)  # fmt: skip
# What joins the words of a job search's phrase after a person's name ("Camille Dubois -
# Recherche d'emploi", "Lucía Fernández - búsqueda de empleo", "Jan Novák - hledání práce"):
# never a tracker's word of its own, so "Sanne de Vries" stays a name.
# So are Czech "o" and Bulgarian "на" ("Žádosti o práci", "Търсене на работа").
JOB_SEARCH_PHRASE_JOINERS = frozenset(
    {"de", "di", "del", "da", "do", "du", "des", "van", "voor", "o", "на"}
)
# Words that join the words of a company's name, never a person's: "Bank of America", "Ernst
# & Young", "Johnson and Johnson", "The Home Depot".
JOINING_WORDS = frozenset({"of", "and", "the", "for", "&", "+"})
# What folders are called that hold a person's trackers but are nobody's name: a computer's,
# a sync tool's and a coach's own ("Documents", "Dropbox", "/home/ubuntu", "Mentees",
# "Alumni"), besides NOT_A_NAME_WORDS ("clients", "archive"). A person's first name that is
# also a season ("Summer") is left a name.
FOLDER_WORDS = frozenset(
    {
        "documents", "document", "desktop", "dropbox", "onedrive", "drive", "icloud", "box",
        "home", "users", "user", "ubuntu", "admin", "root", "public", "private", "library",
        "files", "folder", "folders", "projects", "project", "misc", "other", "others",
        "pictures", "media", "volumes", "mnt", "srv", "opt", "var", "src", "templates",
        "mentees", "mentee", "students", "student", "people", "team", "teams", "cohort",
        "cohorts", "alumni", "placed", "inactive", "waitlist", "finished", "completed", "past",
        "prospective", "intake", "graduated", "former",
        "dokumente", "schreibtisch", "documentos", "escritorio", "documenti", "documenten",
        "bureau",
    }
)  # fmt: skip
_WORDS = re.compile(r"[^\W\d_]+")
# What a tracker split by region or script is named, typed in lower case (report ot71 F5:
# "cyr.csv" and "balt.csv" signed drafts "Cyr" and "Balt"): Cyrillic, Latin, Greek, the
# Baltics, Central and Eastern Europe, a continent's or a market's short form. A person's
# name in a file name is as often typed in lower case ("alex.xlsx" signs "Alex"), so only
# these; "Cyr" in capitals, a surname, signs.
REGION_SHORT_FORMS = frozenset(
    {
        "cyr", "cyrl", "cyrillic", "lat", "latn", "latin", "grk", "greek", "balt", "baltic",
        "baltics", "cee", "see", "emea", "apac", "latam", "amer", "mena", "dach", "nordic",
        "nordics", "benelux", "intl", "eur", "europe", "asia", "domestic", "abroad", "local",
        # the markets of a job search in Asia and beyond (ot82 F11: "sea.xlsx", South-East
        # Asia, signed drafts "Sea"): Australia and New Zealand, Asia-Pacific and Japan,
        # Europe, the Middle East, India and Africa, sub-Saharan Africa, the Gulf, North America
        "sea", "asean", "anz", "apj", "apja", "emeia", "mea", "amea", "ssa", "gcc", "noram",
        "lac", "americas", "africa", "oceania",
    }
)  # fmt: skip
# Of those, the ones written in capitals as often ("SEA", "APAC", "EMEA"): no person's name in
# capitals is one. "Mena" and "Dach" in title case are names (Mena Suvari, Simon Dach).
REGION_ACRONYMS = frozenset(
    {
        "sea", "asean", "anz", "apj", "apja", "apac", "emea", "emeia", "mea", "amea", "ssa",
        "gcc", "latam", "amer", "noram", "mena", "dach", "cee", "see", "lac",
    }
)  # fmt: skip
# The runs of letters typed for a name one is not thinking of: the alphabet's start or end
# ("abc", "xyz") and a keyboard row's ("qwerty", "asdf", "zxcv").
_TYPED_RUNS = ("abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm")
# The words of companies' names that they shorten, whole and shortened ("Kelly Services",
# "Warner Bros"), and those that say a company's line of business after its name ("Deloitte
# Consulting", "Sequoia Capital"): no person's name has one.
COMPANY_WORDS = frozenset(
    {*WORD_ABBREVIATIONS, *WORD_ABBREVIATIONS.values()}
    | {"consulting", "consultants", "partners", "holdings", "ventures", "capital", "labs"}
    | {"solutions", "systems", "technologies", "analytics", "studios"}
    # A bank or a group, in the languages whose headers are read ("Acme Gruppe"). Not "Banks"
    # nor "Holding": surnames (Tyra Banks, Sarah Holding) that no firm ends its name with as a
    # tracker's file names it ("Holdings"; "Acme Holding AG" has its legal form). "Bank" is
    # ``_names_a_bank``'s: a surname too ("Daniel Bank").
    | {"bancorp", "bankhaus", "sparkasse"}
    | {"groupe", "gruppe", "grupo", "gruppo", "groep", "insurance"}
)
# A bank's word that comes before its name ("Banco Santander", "Banca Intesa", "Banque
# Populaire"): a company's there only; after a given name it is a surname ("Pedro Banco",
# "Maria Banca").
BANK_BEFORE_ITS_NAME = frozenset({"banco", "banca", "banque"})
# "Bank" ends most banks' names ("Deutsche Bank", "Silicon Valley Bank") and a few people's
# ("Daniel Bank"): after one word it is a surname unless that word names a bank, as the banks
# a job search meets are written: a brand, a nation's or a place's word, one of the words
# banks take for their names (as ``header_key`` keys them), or capitals ("HSBC Bank", "TD
# Bank"). A given name names none of them, so no list of given names is needed; a bank not
# here, "Varo Bank.xlsx", is told by its rows' Company (``read.file_clients``).
BANK = "bank"
NAMES_A_BANK_BEFORE_BANK = frozenset(
    {
        # brands written "<brand> Bank"
        "chase", "barclays", "lloyds", "santander", "hsbc", "citi", "ally", "discover",
        "truist", "regions", "frost", "huntington", "synchrony", "marcus", "axis", "kotak",
        "icici", "hdfc", "sterling", "signature", "silvergate", "starling", "monzo", "metro",
        "natwest", "nordea", "jyske", "danske", "triodos", "mizuho", "shinhan", "woori",
        "hana", "macquarie", "westpac", "scotia", "coutts", "investec", "tsb", "ubs", "ing",
        "dbs", "ocbc", "uob", "bmo", "rbc", "td", "pnc", "bnp", "bbva", "dnb", "seb", "kb",
        # a nation's or a place's word
        "deutsche", "dresdner", "swiss", "european", "asian", "african", "arab", "islamic",
        "american", "canadian", "british", "scottish", "irish", "nordic", "emirates",
        "saudi", "qatar", "dubai", "china", "india", "japan", "korea", "hamburger",
        "berliner", "western", "eastern", "northern", "southern", "pacific", "atlantic",
        # the words banks take for their names
        "national", "first", "royal", "commonwealth", "federal", "reserve", "central",
        "state", "world", "citizens", "peoples", "savings", "investment", "development",
        "merchant", "private", "mutual", "cooperative", "farmers", "commercial",
        "community", "union", "trust", "popular", "credit", "standard", "global",
        "international", "digital", "online", "direct", "post", "postal",
        "landes", "volks", "raiffeisen", "sparda", "spar", "hypo", "aareal", "commerz",
    }
)  # fmt: skip
# Firms named for their founders, which read as a person's name: beside tracker words they
# are nobody's ("Applications Goldman Sachs.xlsx" is the firm's applications). As
# ``header_key`` keys them; a pair as often a person's ("Edward Jones") is left a name. (A
# file named only so, "Goldman Sachs.xlsx", signs unless its rows' Company says otherwise.)
FIRMS_NAMED_FOR_PEOPLE = frozenset(
    {
        "goldmansachs", "morganstanley", "wellsfargo", "boozallen", "ernstyoung",
        "proctergamble", "johnsonjohnson", "hewlettpackard", "rollsroyce", "mercedesbenz",
        "harleydavidson", "dowjones", "cliffordchance", "allenovery", "bakermckenzie",
        "marshmclennan", "lehmanbrothers", "merrilllynch", "deloittetouche",
        "williamssonoma", "dolcegabbana",
    }
)  # fmt: skip
# The markets a job search is split by, as a file name says them after its owner's name.
MARKET_WORDS = frozenset(
    {"apac", "emea", "sea", "asean", "anz", "apj", "apja", "emeia", "latam", "noram", "gcc"}
)
# What a file named for its owner says after the name: "Maya Chen Job Tracker", "Maya Chen -
# Job Search 2026", "maya_chen_applications" (a year and a copy's number may follow).
TRACKER_WORDS = frozenset(
    {"job", "jobs", "tracker", "trackers", "tracking", "search", "jobsearch", "hunt", "hunting"}
    | {"jobhunt", "jobhunting", "application", "applications", "interview", "interviews"}
    | {"followup", "followups", "pipeline", "log", "list", "career", "careers", "and"}
    | {"bewerbung", "bewerbungen", "jobsuche", "candidatures", "candidaturas", "sollicitaties"}
    | {"rekrutacje", "aplikacje", "jobbsokning", "ansokningar", "tyonhaku", "jobbsoking"}
    | {"jobsogning", "jobsøgning", "ansogninger", "ansøgninger", "soknader", "søknader"}
    | {"jobbsøking"}
    # Turkish "iş" (job), keyed "is": "Ayşe Kaya - İş Başvuruları 2027"
    | {"is"}
    # Indonesian and Malay "lamaran kerja", "permohonan kerja" (job application), "melamar"
    # (to apply), "loker" (job openings): "Rina Wijaya - Lamaran Kerja" (ot91 F3)
    | {"lamaran", "kerja", "permohonan", "melamar", "loker", "pekerjaan"}
    # The markets a job search is split by, in no person's name: "Maya Chen - APAC" (ot91 F3;
    # "Mena", "Amer" and "Dach" are names, so they are not here)
    | MARKET_WORDS
    # What a file's versions say after the rest: "Maya Chen - Final", "Maya Chen Tracker copy".
    | {"final", "copy", "latest", "updated", "backup", "version"}
    # What a tool names the file it exports, a date after it ("Jordan Blake - huntr export
    # 2026-11-02", "Alex_Kim_Teal_export"): a coach's client downloads it so (ot21 F1).
    | {"export", "exports", "exported", "download", "downloads", "downloaded"}
    | {"huntr", "teal", "notion", "airtable", "trello", "simplify", "linkedin", "indeed"}
    | {"google", "sheets", "sheet", "excel", "csv", "xlsx"}
)
# Vietnamese "ứng tuyển" (to apply) and "xin việc", "tìm việc" (to look for a job), keyed
# without accents: a tracker's words only together ("Tuyen" and "Ung" alone are names:
# "Nguyen Thi Tuyen - Job Search" signs so).
TRACKER_PHRASES = frozenset({("ung", "tuyen"), ("xin", "viec"), ("tim", "viec")})
TRACKER_WORDS_KEY = "tracker"  # what a phrase's words count as
# A name in a file name: two to four words ("Maya Chen", "Jan van der Berg"); one word before
# tracker words is as often a company's ("Google Jobs").
NAME_WORDS_IN_FILE_NAME = range(2, 5)
# A version or a period: up to three letters run into a number, as a version ("v2", "v1.3",
# "R3") or a quarter, half or fiscal year ("Q4", "H2", "FY27", "FY2027") is written, read as
# one mark (no name has a digit: "Priya Raman Q5" is Priya Raman's); a word or a number.
_FILE_NAME_WORDS = re.compile(
    rf"[^\W\d_]{{1,3}}\d+(?:\.\d+)*(?![^\W_])|{NAME_WORD.pattern}|\d+", re.IGNORECASE
)
# A mark that dates or numbers a file's version as a year does, as ``header_key`` keys it.
_VERSION_OR_PERIOD = re.compile(r"[^\W\d_]{1,3}\d+")
_DASH = re.compile(r"[-‐‑‒–—]")
_SPACED_DASH = re.compile(r"\s[-‐‑‒–—]+\s")


def looks_like_a_name(text: str) -> bool:
    """Whether a file or sheet name reads as a person's name, in any script: it has letters,
    no digits, no underscores (``cr_run``: a program's name for a file), no punctuation a
    name has not (``_shaped_as_a_name``: quotes, brackets, a spaced dash), no job search's
    word of Chinese or Japanese (``UNSPACED_TRACKER_WORDS``: "求职"), more than initials or an
    abbreviation, none of ``NOT_A_NAME_WORDS``, also run together ("jobhunt",
    "mytracker"), no job title (``_names_a_role``) and nothing of a company's name: its
    joining words (``JOINING_WORDS``), a word companies shorten (``WORD_ABBREVIATIONS``:
    "Services", "Bros"), a number ("Capital One"). "Maya Chen" does; "tracker", "Sheet1",
    "jobs copy", "jobhunt", "Kanban Board", "t", "cp", "Software Engineer", "Ernst & Young",
    "Kelly Services", "Deutsche Bank", "Banco Santander" do not; "Tyra Banks", "Pedro Banco",
    "Daniel Bank" do (``_names_a_bank``)."""
    if "_" in text or any(symbol in text for symbol in ("&", "+")):
        return False
    if not _shaped_as_a_name(text) or any(word in text for word in UNSPACED_TRACKER_WORDS):
        return False
    if header_key(text) in NOT_A_NAME_WORDS:  # "To Do", "Follow-ups"
        return False
    if _abbreviation_alone(text):  # "abs", "pre", "xls", "PDF", "xlo", "Hunt"
        return False
    if _ordinary_word_alone(text):  # "December", "Spring", "Relocation"
        return False
    if any(map(_typed_short_form, _WORDS.findall(text))):  # "cyr", "abc"
        return False
    words = _WORDS.findall(text.casefold())
    return (
        any(map(_long_enough_for_a_name, words))
        and not any(c.isdigit() for c in text)
        and not any(map(_not_a_name_word, words))
        and not (len(words) > 1 and words[0] in BANK_BEFORE_ITS_NAME)
        and not _names_a_bank(text)
        and not _names_a_role(text)
    )


# What joins the letters of a person's name inside a word: a hyphen ("Jean-Luc"), an
# apostrophe ("O'Brien"), a middle dot ("玛丽·陈", "マリア・チェン") or a zero-width joiner;
# a word may end with a full stop ("J. Smith") or a comma ("Chen, Maya").
_IN_A_NAME = "-‐‑'’ʼ·・‧\u200c\u200d"
_NAME_SHAPE = re.compile(rf"a+(?:[{_IN_A_NAME}]a+)*[.,]?(?: a+(?:[{_IN_A_NAME}]a+)*[.,]?)*")


def _abbreviation_alone(text: str) -> bool:
    """A file named with one short word or abbreviation that is no one's name
    (``ALONE_NOT_A_NAME``: "abs", "pre"), with one word of Latin letters without a vowel
    ("xls", "pdf", "CRM": no name is spelt so; "Ng" has two letters, too few alone), or
    beginning with two consonants no name begins with (``NAME_ONSETS``: "xlo", "gdocs"), or
    with one tracker's word or its plural ("Hunt", "Log", "Pipeline", "Hunts", "Pipelines":
    ``TRACKER_WORDS``, a job hunt; "Helen Hunt" signs, fx217)."""
    word = text.strip()
    if word.isalpha() and _tracker_word(header_key(word)):
        return True
    if not word.isascii() or not word.isalpha():
        return False
    folded = word.casefold()
    if len(folded) > 2 and not _VOWELS.intersection(folded[:2]) and folded[:2] not in NAME_ONSETS:
        return True
    return folded in ALONE_NOT_A_NAME or not _VOWELS.intersection(folded)


def _ordinary_word_alone(text: str) -> bool:
    """A file or sheet named with one ordinary word that is no given name the tool knows: a
    month in any language the dates are read in (``_months``: "December", "Dezember"), a
    season, a weekday or a job search's purpose (``ORDINARY_WORDS_ALONE``: "Spring",
    "Relocation", "Karriere", "Opportunités"); not "April", "June", "Summer", "Jan"."""
    words = _WORDS.findall(text)
    if len(words) != 1:
        return False
    key = header_key(words[0])
    ordinary = key in ORDINARY_WORDS_ALONE or key in _months()
    return ordinary and not known_given_name(words[0])


def one_unknown_word(name: str) -> bool:
    """Whether a file or sheet name is one word of a script with capitals that is no given
    name the tool knows ("nosentcol", "Okafor", "Relocation"): taken for a person only when
    no [sender] name is configured (``sender_outranks``). Not "Maya", "alex", "Maya Chen", nor
    "李娜" (a full name in one word)."""
    words = _WORDS.findall(name)
    if len(words) != 1 or words[0].upper() == words[0].lower():
        return False
    return not known_given_name(words[0])


def sender_outranks(name: str, sender_name: object) -> bool:
    """Whether the configured ``[sender] name`` signs the drafts of a tracker whose file or
    sheet name, though it may be a person's, is one word that is no given name the tool
    knows (``one_unknown_word``): the sender said who signs (ot119 F1: "Switch.csv" and
    "nosentcol.xlsx" signed over `[sender] name = "Sam Patel"`); "Maya.xlsx" of a coach's
    client and "Maya Chen.xlsx" still sign as their person."""
    return bool(str(sender_name or "").strip()) and one_unknown_word(name)


def _shaped_as_a_name(text: str) -> bool:
    """Whether ``text`` is words of letters (and the marks that spell them) joined as a
    person's name is: "Maya Chen", "José Álvarez-Núñez", "O'Brien", "Chen, Maya", "प्रिया";
    not quotes, brackets, a spaced dash or other punctuation ("Nov 'A' — Maya", 'عروض "ب"',
    "Maya!", "Maya / Ann")."""
    shape = "".join(
        "a" if unicodedata.category(c)[0] in "LM" else " " if c.isspace() else c
        for c in text.strip()
    )
    return _NAME_SHAPE.fullmatch(" ".join(shape.split())) is not None


def _names_a_bank(text: str) -> bool:
    """Whether ``text`` holds "Bank" as a bank's name does: anywhere ("Bank Leumi", "Silicon
    Valley Bank") but after one word that is a given name, no bank's
    (``NAMES_A_BANK_BEFORE_BANK``): "Deutsche Bank", "TD Bank" do; "Daniel Bank" and "Bank,
    Daniel" do not."""
    words = given_name_first(text).split()  # "Bank, Daniel"
    keys = [header_key(word) for word in words]
    if BANK not in keys:
        return False
    if len(words) != 2 or keys[1] != BANK:
        return True
    first, bank = words
    capitals = first.isupper() and not bank.isupper()  # "HSBC Bank", not "DANIEL BANK"
    return capitals or keys[0] in NAMES_A_BANK_BEFORE_BANK


def looks_like_a_persons_folder(text: str) -> bool:
    """Whether a folder's name reads as a person's name (``looks_like_a_name``) and not as
    what a computer or a coach calls a folder (``FOLDER_WORDS``): "Ann Lee" does;
    "Documents", "Google Drive", "ubuntu", "2026", "clients", "archive" do not."""
    words = _WORDS.findall(text.casefold())
    return looks_like_a_name(text) and not any(word in FOLDER_WORDS for word in words)


def _names_a_role(text: str) -> bool:
    """A job title or a team, as an Interviewer cell reads them ("Software Engineer", "Senior
    Analyst", "Product Manager"), a rank anywhere ("Maya Engineer"), or functions and title
    words only ("UX Research"): a file or sheet named for the job searched, not its owner.
    "Dev Patel" and "Mary Lead" are people."""
    from followup_batch.normalise.people import FUNCTION_WORDS, RANK_WORDS, TITLE_WORDS, is_role

    keys = [header_key(word) for word in text.split()]
    return (
        is_role(text)
        or any(key in RANK_WORDS for key in keys)
        or all(key in FUNCTION_WORDS | TITLE_WORDS for key in keys)
    )


def name_beside_tracker_words(stem: str) -> str:
    """The person's name a file name begins or ends with, the rest ``TRACKER_WORDS`` and
    their marks (a number, a month, a version), or only a year or a version and the month
    before it: "Maya Chen" for "Maya Chen Job Tracker", "Maya Chen - Job Search 2026", "Maya
    Chen's Applications", "Maya Chen Interviews Nov 2026", "Maya Chen Tracker v2", "Maya Chen
    - Final", "Job Tracker - Maya Chen", "Maya Chen 2026", "Maya Chen Nov 2026", "Maya Chen
    v2", "Maya Chen Q1 2027", "Maya Chen FY27" and "Chen, Maya - Job Search"; "maya chen" for
    "maya_chen_tracker"; '' for "Job Tracker", "Tracker 2026", "Google Jobs", "Acme Corp
    Jobs", "Maya Chen notes", "Maya Chen Nov", "Software Engineer Tracker", "Ernst & Young
    Interviews" and "Applications Goldman Sachs" (``FIRMS_NAMED_FOR_PEOPLE``)."""
    joined = _joined_name(stem)
    if joined:
        return joined
    found = list(_FILE_NAME_WORDS.finditer(stem))
    words = [m[0] for m in found]
    keys = [header_key(word) for word in words]
    pairs = [i for i in range(len(keys) - 1) if (keys[i], keys[i + 1]) in TRACKER_PHRASES]
    keys = [
        TRACKER_WORDS_KEY if any(i - p in (0, 1) for p in pairs) else k for i, k in enumerate(keys)
    ]
    tracker = [i for i, key in enumerate(keys) if _tracker_word(key)]
    if tracker:
        first, last = tracker[0], tracker[-1] + 1
        # A date before the tool's words ("Jordan Blake 02.11.2026 export", "… Nov 2, 2026
        # export"): its numbers, and a month before one ("Lee, Jan - Job Search" is a name).
        while first > 2 and (
            _date_number(keys[first - 1])
            or (keys[first - 1] in _months() and _date_number(keys[first]))
        ):
            first -= 1
    else:
        # "Maya Chen 2026", "Maya Chen Nov 2026", "Maya Chen v2": the marks of a tracker
        # without its words, a year or a version among them. A name keeps its first two
        # words, which may be a month's ("May Chen 2026").
        first = last = len(keys)
        while first > 2 and _tracker_mark(keys[first - 1]):
            first -= 1
        if not any(map(_date_number, keys[first:])):
            return ""
    while last < len(keys) and _date_number(keys[last]):
        last += 1  # "Job Tracker 2026 - Maya Chen"; a month may be a name ("May Chen")
    # The name first, the marks after it ("Maya Chen Job Tracker"), or the name last, set
    # apart by a dash ("Job Tracker - Maya Chen") or not ("Job Search Maya Chen", ot59 F9:
    # "not a person's name"), where it names no place ("Job Search Berlin Munich").
    undashed = False
    if first and all(map(_after_a_name, keys[first:])):
        start, end = 0, first
    elif first == 0 and all(map(_after_a_name, keys[:last])) and last < len(words):
        undashed = not _DASH.search(stem[found[last - 1].end() : found[last].start()])
        start, end = last, len(words)
    else:
        return ""
    span = stem[found[start].start() : found[end - 1].end()].replace("_", " ")
    if any(symbol in span for symbol in ("&", "+")):
        return ""  # "Ernst & Young Interviews": a company's name
    if _SPACED_DASH.search(span):
        return ""  # "Jordan Blake - Otta export": a person's name, and a word of what?
    first_name_first = given_name_first(span)  # "Lee, Sam - Job Search"
    name = first_name_first.split() if first_name_first != span else words[start:end]
    one_before_a_market = _one_name_before_a_market(stem, found, keys, end)
    if (len(name) not in NAME_WORDS_IN_FILE_NAME and not one_before_a_market) or all(
        map(_tracker_mark, map(header_key, name))
    ):
        return ""
    name[-1] = re.sub(r"['’]s$", "", name[-1])  # "Maya Chen's Job Tracker"
    if header_key(name[-1]) in LEGAL_FORMS:
        return ""
    text = " ".join(name)
    if (undashed and _names_places(text)) or header_key(text) in FIRMS_NAMED_FOR_PEOPLE:
        return ""
    return text if looks_like_a_name(text) else ""


# A name hyphenated whole: two words of letters, both capitalised or both in lower case.
_HYPHENATED = re.compile(r"([^\W\d_]+)-([^\W\d_]+)")
# One syllable of Chinese or Korean written in Latin letters ("Mei", "Min", "Hye", "Xiao",
# "Jean" too): a given name of two such syllables is hyphenated ("Mei-Ling", "Min-Jun",
# "Hye-Jin"), the second often a family name too (Ling, Jin), so the hyphen stays.
_ONE_SYLLABLE = re.compile(r"[bcdfghjklmnpqrstxz]{0,3}[yw]?[aeiou]{1,3}(?:ng|n|m|k|l|p|t)?", re.I)


def hyphen_between_names(stem: str) -> str:
    """A file's or sheet's name of a given name and a family name set apart by a hyphen, as
    a program joins them, written with a space: "Maya Chen" of "Maya-Chen", "maya chen" of
    "maya-chen", "Ana Silva" of "Ana-Silva" (fx227: they signed "Maya-Chen"). Only a family
    name of the lists (``name_order``'s Chinese, Korean, Vietnamese and Hungarian ones,
    ``two_surnames``' Portuguese ones) is one: a double given name keeps its hyphen
    ("Anne-Marie", "Jean-Luc", "Hans-Peter", ``people.DOUBLE_GIVEN_NAMES``), and so does
    one of two Chinese or Korean syllables ("Mei-Ling", "Min-Jun", "Hye-Jin"), and a name
    whose family name no list has ("Maya-Smith", as written)."""
    whole = _HYPHENATED.fullmatch(stem.strip())
    if whole is None or len({whole[1][:1].isupper(), whole[2][:1].isupper()}) > 1:
        return stem
    if not (whole[1][1:].islower() and whole[2][1:].islower()):
        return stem  # "McDonald-Ross", "MAYA-CHEN": as written
    from followup_batch.normalise.people import DOUBLE_GIVEN_NAMES

    given, family = (_folded(part) for part in (whole[1], whole[2]))
    if f"{given} {family}" in DOUBLE_GIVEN_NAMES or _ONE_SYLLABLE.fullmatch(given):
        return stem
    return f"{whole[1]} {whole[2]}" if listed_family_name(family) else stem


def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.casefold()).replace("đ", "d")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def listed_family_name(word: str) -> bool:
    """Whether ``word`` is a family name of the tool's lists, without accents ('Nguyễn',
    'nguyen', 'Chen', 'Oliveira', 'Nagy'); not 'Smith', which no list has."""
    return _folded(word) in _family_names()


@functools.cache
def _family_names() -> frozenset[str]:
    from followup_batch.normalise.name_order import (
        CHINESE_FAMILY_NAMES,
        HUNGARIAN_FAMILY_NAMES,
        KOREAN_FAMILY_NAMES,
        VIETNAMESE_FAMILY_NAMES,
    )
    from followup_batch.normalise.two_surnames import PORTUGUESE_FAMILY_NAMES

    lists = (CHINESE_FAMILY_NAMES, KOREAN_FAMILY_NAMES, VIETNAMESE_FAMILY_NAMES)
    return frozenset(
        _folded(name)
        for names in (*lists, HUNGARIAN_FAMILY_NAMES, PORTUGUESE_FAMILY_NAMES)
        for name in names
    )


# A person's name alone, its words joined as a program joins a file name's: "Maya_Chen",
# "maya_chen", "Maya.Chen", "J.Smith".
_JOINED_NAME = re.compile(rf"{NAME_WORD.pattern}(?:[_.]{NAME_WORD.pattern}){{1,3}}")
# Words of a program's file names that no name joined so holds ("in_pin", "ca_only").
_JOINED_NOT_A_NAME = frozenset(
    {"in", "on", "at", "to", "by", "is", "it", "up", "no", "or", "as", "if", "so", "off"}
    | {"only", "all", "not", "with", "without", "from", "per", "via"}
)


def _joined_name(stem: str) -> str:
    """The person's name a file name is alone, two to four words joined by underscores or
    full stops, written with spaces: "Maya Chen" of "Maya_Chen" and "Maya.Chen", "maya chen"
    of "maya_chen", "J. Smith" of "J.Smith" (ot103 F6: they signed nothing, while
    "Maya_Chen_Job_Tracker_v2" signed "Maya Chen"); '' for "job_tracker", "tracker.final",
    "cr_run", "2027_jobs", a word that is no name beside another ("foo_bar",
    ``ALONE_NOT_A_NAME``; "in_pin", "ca_only": ``_JOINED_NOT_A_NAME``), a letter last, as a
    file's variant is marked ("lock.d", "lock.t"), words joined by full stops in capitals
    and lower case both, as a file's kind is added ("SampleSS.strict"), and words in lower
    case none of which is a given name the tool knows ("xw_cfwide", "lo_hand")."""
    stem = stem.strip()
    if _JOINED_NAME.fullmatch(stem) is None:
        return ""
    words = re.split(r"[_.]", stem)
    folded = [word.casefold() for word in words]
    if any(word in ALONE_NOT_A_NAME or word in _JOINED_NOT_A_NAME for word in folded):
        return ""
    if len(words[-1]) == 1 or ("." in stem and len({word[:1].isupper() for word in words}) > 1):
        return ""
    if no_known_name_in_lower_case(words):
        return ""
    text = " ".join(f"{word}." if len(word) == 1 else word for word in words)
    return text if looks_like_a_name(text) else ""


def no_known_name_in_lower_case(words: list[str]) -> bool:
    """Whether a file name's ``words`` are all in lower case and none is a given name the tool
    knows ("xw", "cfwide"; "lo", "roundtrip"): a program's or a tester's name for a file, no
    person's (report ot142 F4: "xw_cfwide.xlsx" and "lo_hand.xlsx" signed drafts "XW Cfwide"
    and "Lo Hand"); not "maya", "chen" ("maya_chen" is Maya Chen), "ann", "lee"."""
    return all(word.islower() for word in words) and not any(map(known_given_name, words))


def _one_name_before_a_market(
    stem: str, found: list[re.Match[str]], keys: list[str], end: int
) -> bool:
    """Whether a file name is one given name, a spaced dash and the market the search is
    split by, a year or a version after it: "Rina - SEA", "Rina – APAC 2027" (as "Maya Chen -
    APAC" is Maya Chen's). Not one word before other tracker words ("Google - Jobs", "Acme -
    Applications": a company's as often), nor after them ("Applications - Rina":
    "Applications - Google" reads the same), nor a word in capitals ("IBM - APAC"), nor
    without the dash ("Grab SEA")."""
    if (
        end != 1
        or len(found) < 2
        or not _SPACED_DASH.search(stem[found[0].end() : found[1].start()])
    ):
        return False
    word = found[0][0]
    if word.isupper() or not word[:1].isupper() or _tracker_mark(keys[0]):
        return False
    rest = keys[1:]
    return any(key in MARKET_WORDS for key in rest) and all(
        key in MARKET_WORDS or _date_number(key) for key in rest
    )


def _names_places(text: str) -> bool:
    """Whether ``text`` is a town the tool lists ("New York") or places, each word one
    ("Berlin Munich"), not a person's name ("Jordan Blake": "Blake" is no place)."""
    from followup_batch.normalise.countries import names_a_place

    return header_key(text) in _town_keys() or all(map(names_a_place, text.split()))


@functools.cache
def _town_keys() -> frozenset[str]:
    from followup_batch.normalise.cities import CITIES_BY_COUNTRY, CITIES_BY_REGION

    towns = [*CITIES_BY_REGION.values(), *CITIES_BY_COUNTRY.values()]
    return frozenset(header_key(town) for names in towns for town in names)


def _date_number(key: str) -> bool:
    """A year, a day or a version: a number, or letters run into one ("v2", "Q4")."""
    return key.isdigit() or _VERSION_OR_PERIOD.fullmatch(key) is not None


def _months() -> Mapping[str, int]:
    """The months' names and abbreviations, of every language the dates are read in."""
    from followup_batch.normalise.dates import DAY_FIRST_MONTHS

    return DAY_FIRST_MONTHS


def _tracker_mark(key: str) -> bool:
    """A tracker word, or what follows one in a file name: a year or a copy's number, a
    version ("v2"), a quarter, half or fiscal year ("Q4", "H2", "FY27"), a month ("Nov")."""
    return _tracker_word(key) or _date_number(key) or key in _months()


def _tracker_word(key: str) -> bool:
    """One of ``TRACKER_WORDS`` or its plural ("pipelines", "hunts", "searches", "copies":
    ot103 F2, "Pipelines.xlsx" signed drafts "Pipelines"), or a job search's word of any
    language the reader knows (``job_search_word``: "candidature", "entrevistas",
    "Sollicitatiegesprekken")."""
    return key in TRACKER_WORDS or _plural_of_a_tracker_word(key) or job_search_word(key)


def _plural_of_a_tracker_word(key: str, among: frozenset[str] = TRACKER_WORDS) -> bool:
    """A plural of one of ``TRACKER_WORDS`` (or of those of them in ``among``) of three
    letters or more: "hunts", "pipelines", "searches", "copies"; not "iss" ("is"), nor
    "hunter" or "logan"."""
    if len(key) < 4 or not key.endswith("s"):
        return False
    singulars = {key[:-1], key[:-2] if key.endswith("es") else ""}
    if key.endswith("ies"):
        singulars.add(key[:-3] + "y")
    return any(len(word) > 2 and word in TRACKER_WORDS and word in among for word in singulars)


def _after_a_name(key: str) -> bool:
    """What a file name may say after a person's name, or before it and a dash: tracker
    marks, and the words joining a job search's phrase ("Recherche d'emploi", "búsqueda de
    empleo")."""
    return _tracker_mark(key) or key in JOB_SEARCH_PHRASE_JOINERS


def job_search_word(key: str) -> bool:
    """Whether a word (as ``header_key`` writes it) holds one of ``JOB_SEARCH_STEMS``: a job
    search's word in any inflection or compound ("recrutement", "bewerbungsgesprache",
    "sollicitatiegesprekken", "candidature", Greek "αιτήσεισ" without its accents); no
    person's name does."""
    if not key.isascii():
        key = "".join(c for c in unicodedata.normalize("NFD", key) if not unicodedata.combining(c))
    return any(stem in key for stem in JOB_SEARCH_STEMS)


def _typed_short_form(word: str) -> bool:
    """A region's or script's short form typed in lower case (``REGION_SHORT_FORMS``: "cyr",
    "balt", "sea"), a market's in capitals (``REGION_ACRONYMS``: "APAC"), or a run of letters
    typed for no one (``_TYPED_RUNS``: "abc", "xyz", "qwerty", in any case); not "Cyr",
    "alex", "Mena"."""
    folded = word.casefold()
    if len(folded) >= 3 and any(
        run.startswith(folded) or (run[0] == "a" and run.endswith(folded)) for run in _TYPED_RUNS
    ):
        return True
    if word.isupper() and folded in REGION_ACRONYMS:
        return True
    return word.islower() and folded in REGION_SHORT_FORMS


def _long_enough_for_a_name(word: str) -> bool:
    """A word that can carry a name on its own: three letters or more ("Ana"), or two of a
    script without capitals, where a syllable is a letter ("李娜"). One or two Latin, Greek or
    Cyrillic letters ("t", "cp", "Jo") are initials or an abbreviation more often than a
    name; beside a longer word they are fine ("Don Do", "Jo Park")."""
    return len(word) >= 3 or (len(word) == 2 and word.upper() == word.lower())


def _not_a_name_word(word: str) -> bool:
    """One of ``NOT_A_NAME_WORDS``, a word of a tracker's stages and outcomes or interview
    types ("Rejected", "Interviewing", "Wishlist", "Onsite"), of a company's name (joining
    words, words companies shorten, numbers), two run together, a word that begins or ends
    with a file's word (``GLUED_FILE_WORDS``: "csvnamed"), or a job search's word of any
    language the reader knows (``job_search_word``: "Recrutement")."""
    from followup_batch.normalise.interview_types import INTERVIEW_TYPES
    from followup_batch.normalise.timelines import NUMBER_WORDS
    from followup_batch.normalise.vocabularies import OUTCOMES

    if word in OUTCOMES or word in INTERVIEW_TYPES or word in JOINING_WORDS:
        return True
    if word in COMPANY_WORDS or (len(word) > 2 and word in NUMBER_WORDS):
        return True
    if job_search_word(header_key(word)):  # "Recrutement", "Bewerbungsgespräche"
        return True
    if any(
        word != glued and glued in (word[: len(glued)], word[-len(glued) :])
        for glued in GLUED_FILE_WORDS
    ):  # "csvnamed", "mayaexport" (ot89 F4)
        return True
    if _plural_of_a_tracker_word(word, NOT_A_NAME_WORDS):  # "Maya Chen Pipelines"
        return True
    return word in NOT_A_NAME_WORDS or any(
        word[:cut] in NOT_A_NAME_WORDS and word[cut:] in NOT_A_NAME_WORDS
        for cut in range(2, len(word) - 1)
    )


def names_the_sender(name: str, sender_name: str) -> bool:
    """Whether a file, folder or sheet name is the configured sender's name or a part of it:
    "priya" or "Priya Raman" of ``[sender] name = "Priya Raman"``, the user's own tracker;
    "Maya Chen" (a coach's client) is not."""
    words = _WORDS.findall(name.casefold())
    own = _WORDS.findall(sender_name.casefold())
    return bool(words) and all(word in own for word in words)


# How a signer note begins when the drafts are signed by nobody: every draft of the tracker ends
# "Best regards," and nothing, said without -v (``unsigned``).
UNSIGNED = "drafts are unsigned"


# The same, of some rows only (``of_rows``): "drafts of rows 5 and 7 (Client empty) are unsigned".
_UNSIGNED_NOTE = re.compile(r"drafts (?:of rows? [^:]*? )?are unsigned")


def unsigned(notes: list[str]) -> list[str]:
    """Those of a sheet's ``signer_notes`` that say its drafts are signed by nobody."""
    return [note for note in notes if _UNSIGNED_NOTE.match(note)]


# How a note ends when a file name of one word that is no given name the tool knows signs
# the drafts ("nosentcol.xlsx": ``signer_notes``).
SET_SENDER_TO_SIGN = "set [sender] name in the config to sign them otherwise"
# The note that the configured sender signs over such a name, also of some rows only.
_SENDER_OVER_ONE_WORD = re.compile(r"drafts (?:of rows? [^:]*? )?are signed by the configured")


def said_in_a_plain_run(notes: list[str]) -> list[str]:
    """Those of a sheet's ``signer_notes`` a run says without -v: drafts signed by nobody
    (``unsigned``), and those a file or sheet name of one word that is no given name the tool
    knows decided: signed by it, without a [sender] name ("nosentcol.xlsx", "Okafor.csv"), or
    by the configured sender over it (outside test ot119 F1: "Relocation.csv" signed every
    draft "Relocation" over the sender, and only -v said so)."""
    return [
        note
        for note in notes
        if _UNSIGNED_NOTE.match(note)
        or _SENDER_OVER_ONE_WORD.match(note)
        or note.endswith(SET_SENDER_TO_SIGN)
    ]


def of_rows(note: str, rows: list[int], client_header: str) -> str:
    """A ``signer_notes`` note said of the rows whose ``client_header`` cell is empty, in a
    tracker whose other rows name their client (a coach's): 'drafts of rows 5 and 7 ("Client"
    empty) are unsigned: …'."""
    listed = [str(row) for row in rows]
    named = (
        first_and_more(listed)
        if len(listed) > 5
        else " and ".join(", ".join(listed).rsplit(", ", 1))
    )
    which = f'row{"s" if len(rows) > 1 else ""} {named} ("{client_header}" empty)'
    return note.replace("drafts are ", f"drafts of {which} are ", 1)


def withheld_from_sender(person: str, sender: Mapping[str, str]) -> bool:
    """Whether the configured [sender] must not sign the drafts of a tracker whose file name
    begins with ``person``'s name though it signs nothing (``RawTable.client_person``):
    "Jordan Blake - call notes.csv" in a coach's folder would go out signed by the coach,
    with her address and phone (ot21 F1). A file named for the sender is theirs
    (``names_the_sender``)."""
    configured = str(sender.get("name", "") or "").strip()
    return bool(person and configured and not names_the_sender(person, configured))


def sender_signs_other_clients(clients: list[str], sender: Mapping[str, str]) -> str:
    """What a run says once when the configured [sender] signs the drafts of trackers whose
    file names name nobody ("tracker.xlsx"), while the run (digest, calendar, .eml names)
    tells them apart as clients of their own (``digest.clients_told_apart``: "1001/tracker"
    and "1002/tracker"): their notes go out as the sender, with the sender's address (ot23
    F5). '' when no name is configured (nobody signs) or no such client. The documented
    fall-back stands (``signers``: a file named for nobody is the sender's own): unlike
    ``withheld_from_sender``, no person's name says whose the file is."""
    configured = str(sender.get("name", "") or "").strip()
    if not clients or not configured:
        return ""
    listed = " and ".join(", ".join(clients).rsplit(", ", 1))
    details = " and address" if str(sender.get("email", "") or "").strip() else ""
    return (
        f"{listed} are told apart as clients of their own (one file name in several "
        f'folders), but their drafts are signed by the configured [sender] "{configured}", '
        f"with its name{details}; to sign them as the client, write the client's name in a "
        'Client column or name the file after the client ("Maya Chen.xlsx")'
    )


def signed_as_a_run_signs(
    frame: pd.DataFrame, table: RawTable, sender: Mapping[str, str]
) -> tuple[pd.DataFrame, Mapping[str, str]]:
    """``frame`` with each row's client the name that signs its drafts (``signers``), and the
    sender profile that signs the others, as ``followup-batch run`` signs the tracker
    ``table`` was read from: a file named for nobody ("Job Tracker.csv", "jobs.csv") is
    signed by the configured sender, not its file's name; a dataset's folder never signs; a
    file named for another person than the sender is not signed with the sender's details
    (``withheld_from_sender``)."""
    # A dataset's folder name is where the rows came from, never who they belong to.
    fallback_signs = table.kind != "dataset" and not table.client_doubt
    signed = frame.assign(
        client=signers(
            frame["client"],
            table.default_client,
            fallback_signs=fallback_signs,
            sender_name=sender.get("name", ""),
        )
    )
    # A file named for another person than the sender is never signed with their details.
    withheld = withheld_from_sender(table.client_person, sender)
    return signed, {} if withheld else sender


def signers(
    clients: pd.Series,
    default_client: str,
    *,
    fallback_signs: bool = True,
    sender_name: str = "",
) -> pd.Series:
    """The name that signs each row's drafts: its client, except a fallback file or sheet name
    that is not a person's name or is the configured sender's (``names_the_sender``: they
    sign in full, with their address), or any fallback when ``fallback_signs`` is False (a
    dataset's folder), and a client that is a number or holds digits (a platform's id,
    "1001") or is a study programme (``programmes.is_programme``: "MSc CS" of a column of
    programmes the user mapped as the client, fx227; "MBA 2027" holds digits): '' (the
    configured sender signs, or nobody)."""
    ids = pd.Series(each_distinct(_signs_nobody, clients.tolist()), index=clients.index, dtype=bool)
    fallback_signs = (
        fallback_signs
        and not names_the_sender(default_client, sender_name)
        and not sender_outranks(default_client, sender_name)
    )
    if fallback_signs and looks_like_a_name(default_client):
        return clients.where(~ids, "")
    return clients.where((clients != default_client) & ~ids, "")


def _sender_over_one_word(configured: str, named: str, name: str, client: str) -> str:
    """The note that the configured sender signs the drafts over the file's, sheet's or
    folder's ``name`` (``named``: how the note names it), one word that is no given name the
    tool knows (``sender_outranks``); ``client``: how to sign them by it instead."""
    return (
        f'drafts are signed by the configured [sender] "{configured}", not {named}, one word '
        f'that is no given name the tool knows; to sign them as "{name}", {client}'
    )


def _holds_digits(client: object) -> bool:
    return isinstance(client, str) and any(c.isdigit() for c in client)


def _signs_nobody(client: object) -> bool:
    from followup_batch.read.programmes import is_programme

    return _holds_digits(client) or (isinstance(client, str) and is_programme(client))


def signer_notes(
    default_client: str,
    sheet: str | None,
    sender: Mapping[str, str],
    file_name: str,
    folder: str = "",
    doubt: str = "",
    person: str = "",
    client_header: str = "",
    output: bool = False,
) -> list[str]:
    """The note for a tracker whose drafts go unsigned because of its file or sheet name, or
    are signed by a name read from a longer file name (``file_name``: "Maya Chen Job
    Tracker.xlsx" signs "Maya Chen"), from the name of the ``folder`` it is in
    (``RawTable.client_folder``: "Ann Lee/Job Tracker.xlsx" signs "Ann Lee"), or from a name
    that is not the configured sender's (a coach's client). Nothing when that name is the
    sender's (``names_the_sender``): the sender signs, as configured. ``doubt``
    (``RawTable.client_doubt``): why a file name that reads as a person's signs nothing (it
    names its rows' company, or holds two names). ``person`` (``RawTable.client_person``): the
    person's name the file's name begins with; drafts the configured sender would sign go
    unsigned (``withheld_from_sender``), said on the run's output, not only with -v.
    ``client_header``: the tracker's Client column as its header spells it, empty on the rows
    these notes are of; the notes then say to fill it in rather than to add one. ``output``:
    the file is the workbook --output makes from a CSV tracker, whose name signs its drafts
    (not the CSV's): a note naming it says so, and to name that workbook (ot132 F6)."""
    client = f'fill in the "{client_header}" column' if client_header else "add a Client column"
    configured = str(sender.get("name", "") or "").strip()
    if configured and names_the_sender(default_client, configured):
        return []
    if doubt and withheld_from_sender(person, sender):
        return [
            f'{UNSIGNED}, not signed by the configured [sender] "{configured}" with '
            f'its address: "{file_name}" {doubt}; {client} or name the file after '
            f'the client ("{person}.{file_name.rpartition(".")[2]}")'
        ]
    if doubt:
        if configured:
            return []
        return [
            f'{UNSIGNED}: "{default_client}", read from the file name "{file_name}", '
            f"{doubt}; {client}, name the file after the client "
            '("Maya Chen.xlsx") or set [sender] name in the config'
        ]
    instead = f', not the configured [sender] "{configured}"' if configured else ""
    if folder:
        if sender_outranks(default_client, configured):
            where = f'the name of the folder "{folder}"'
            return [_sender_over_one_word(configured, where, default_client, client)]
        return [
            f'drafts are signed "{default_client}", the name of the folder "{folder}" that '
            f'"{file_name}" is in{instead}; {client} or rename the folder to sign '
            "them otherwise"
        ]
    # A sheet named as its file ("Hakemukset" in "Hakemukset.xlsx") that is a part of one
    # tracker takes the file's name: the file's note, said once for all its sheets.
    stem = Path(file_name).stem
    from followup_batch.read.numbers_copies import numbers_plain
    from followup_batch.read.sheet_names import sheet_client

    # A sheet name signs without the " - Table 1" Numbers adds on export, and as a file's
    # name would ("Maya_Chen" signs "Maya Chen").
    plain = numbers_plain(sheet or "")
    named = bool(sheet) and default_client in (sheet, plain, sheet_client(plain))
    source = "sheet" if named and sheet != stem else "file"
    if looks_like_a_name(default_client):
        if sender_outranks(default_client, configured):
            where = f'the {source} name "{default_client}"'
            return [_sender_over_one_word(configured, where, default_client, client)]
        if source == "sheet" or header_key(default_client) == header_key(stem):
            # A file name of one word the tool does not know for a given name signs only
            # without a [sender] name; the run says so (``said_in_a_plain_run``).
            if source == "file" and not configured and one_unknown_word(default_client):
                return [
                    f'drafts are signed "{default_client}", the file name; {client}, rename '
                    f"the file or {SET_SENDER_TO_SIGN}"
                ]
            if not configured:
                return []
            return [
                f'drafts are signed "{default_client}", the {source} name{instead}; {client} '
                f"or rename the {source} to sign them otherwise"
            ]
        return [
            f'drafts are signed "{default_client}", the name read from the file name '
            f'"{file_name}"{instead}; {client} or rename the file to sign them '
            "otherwise"
        ]
    if configured:
        return []
    if source == "sheet":  # a sheet signs for itself only when the file's name is nobody's
        return [
            f'{UNSIGNED}: neither the sheet name "{default_client}" nor the file name '
            f'"{stem}" is a person\'s name; name the file after yourself or '
            f'your client ("Maya Chen.xlsx") or the sheet after the client, {client} '
            "or set [sender] name in the config"
        ]
    if output:
        return [
            f'{UNSIGNED}: the name of the workbook --output writes, "{default_client}", signs '
            "them (not the CSV's) and is not a person's name; name that workbook after "
            f'yourself or your client (--output "Maya Chen.xlsx"), {client} or set [sender] '
            "name in the config"
        ]
    return [
        f'{UNSIGNED}: the file name "{default_client}" is not a person\'s name; name the '
        f'file after yourself or your client ("Maya Chen.xlsx"), {client} or set '
        "[sender] name in the config"
    ]
