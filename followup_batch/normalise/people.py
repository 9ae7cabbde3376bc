"""Who an Interviewer cell names: people, the job titles written beside them, and roles.

    split_people("Dana Ortiz, Recruiter; Sam Lee", ...) -> ["Dana Ortiz (Recruiter)", "Sam Lee"]
    is_role("Hiring Manager") -> True  # greeted and addressed as nobody

A job title after a person's name, behind a comma, a spaced dash or in brackets ("Dana Ortiz,
Recruiter", "Sam Lee - VP Engineering", "Frau Dr. Huber, Personalleiterin", "Mme Durand (RH)")
is that person's, written in brackets after the name; it is not a second person to greet (nor
is a title on the line under a name, as a pasted signature has it). So is a title written
first, before a colon or a spaced dash, when the name after it is written in full or is a given
name the tool knows ("Recruiter: Dana Ortiz", "Hiring Manager - Sam Lee", "HR: Frau Huber",
"Hiring Manager: Tom", "HM: Priya"; "Recruiter - Hays" may be an agency, and stays a role); a
label before a colon ("Interviewers: Dana Ortiz") is left out.

A company is no person either: the row's own Company anywhere in the cell ("Dana Ortiz,
Recruiter, Acme", "Acme: Dana Ortiz", "Dana Ortiz - Acme" at Acme) is kept in brackets with the
person before it (or after it, before a colon or a dash), and left out when it stands alone.
Where the row's Company does not say, the part after a person's job title is where they work
("Dana Ortiz, Recruiter, Hays" at Acme, an agency) when it ends in a legal form ("Hays Ltd")
or is one word after a full name: people in such a cell are written in full, and one word
after a first name alone is another first name ("Dana, Recruiter, Sam"). A team written after a
person that has its own address on the row is its own recipient, not that person's title
("Dana Ortiz, Sam Lee, HR" beside hr@: Dana, Sam and HR; ``own_mailbox``).

A name after a comma ("Dana Ortiz, Sam Lee"), and anything after ``;``, ``&`` or "and" (as a
word of its own in other languages too, "أحمد و سارة", "王伟 和 李娜", "Jürgen Maier und Anna
Schulz", "Ana y Luis": ``separators.AND_WORDS``, ``SHORT_AND_WORDS``),
is another person, but for a name written surname first, as HR systems export them: one word
(or a surname with its particles, "van der Berg") at the start of the cell or after a ``;``, a
comma, then one word that is no title, degree or company, ending the person there ("Ortiz, Dana",
"Ortiz, Dana; Lee, Sam", "Ortiz, Dana, Recruiter": Dana Ortiz; "Brown, Charlie & Lucy Van
Pelt", a person written in full after "&" or "and": Charlie Brown and Lucy Van Pelt), an
apostrophe or a hyphen typed any way ("O´Neil, Pat", ``read.names.NAME_WORD``). "Ann, Bob & Cy"
and "Ann, Bob, Cy" are lists of people. The surname may have particles ("St. John", "Mc
Donald"), titles before it ("Prof. Dr. Weber") and a suffix after it ("Smith Jr.", "Williams
III"), and a degree after it ("Chen, M.D., Lisa"); the first names initials ("Smith, John A.",
"Nguyen, T.": T. Nguyen, whose initial greets nobody), titles before them ("Smith, Dr. Jane":
Dr. Jane Smith) and a title after a spaced dash ("Ortiz, Dana - Recruiter"); several first
names are one person's after such a surname, one in capitals, or in a list whose people are
separated by ``;`` or lines ("St. Clair, Mary Ann", "O'NEIL, MARY ANN", "Lee, Ann; O'Neil, Mary
Ann"; ``_surname_first_person``), and two given names a person goes by together are
(``DOUBLE_GIVEN_NAMES``: "Hernández, José Luis", "Lopez, Mary Ann"). "Dana, Sam" reads as Sam
Dana, but for the row's addresses naming each word apart ("sam@x.com; dana@x.com": two people;
``addresses.named_apart``); a surname with particles is no first name ("de la Cruz, Ana" is one
person beside ana@ and delacruz@). A title in brackets after the first name is theirs ("Ortiz,
Dana (Recruiter)": Dana Ortiz (Recruiter)). Two surnames and two first names are one person
when an address of the row names a word of each ("García López, María José" beside
mariajose.garcia@: María José García López; ``addresses.named_together``), else two ("Dana
Ortiz, Sam Lee"). A name written surname first is a ``Person`` that keeps its first names,
which greet them ("Hi María José,"; a name written first name first greets by its first word,
"Dana Lee Ortiz": "Hi Dana,", or by two given names a person goes by together, "Mary Ann
Lopez": "Hi Mary Ann,").
A cell holding only a title ("Senior Recruiter at Acme", "CTO") is a role: a message goes to
it, greeting nobody. A text in brackets is no person: it is the person's before it, whatever
the separator ("Weber, Lukas" over "(Head of Data)": Lukas Weber (Head of Data)). A note is
nobody: words before a colon that are no title, role, company or name written in full, and no
label before a name ("Note: call back", "TODO: ask Dana"; "Dana Ortiz: call back" is Dana
Ortiz), nor a first name alone that an address of the row has as a whole word ("Paul: great
chat" beside paul@ or paul.smith@ is Paul; beside paulina@, a note; ``addresses.named_by``).
A template's placeholder ("Lastname, Firstname", "First Last") is nobody's name
(``is_placeholder_name``).

Chinese, Japanese and Arabic list people with their own commas, read as a comma ("王伟、李娜",
"王伟，李娜", "أحمد، سارة"; a full-width "；" as ``;``: ``separators``), and with a middle dot
between names that each end in an honorific or are written in Han letters only ("山田様・佐藤様",
"王伟・李娜"); the dot inside a foreign name written in Katakana is part of it ("ジョン・スミス" is
one person).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from followup_batch.normalise.addresses import named_apart, named_by, named_together, own_mailbox
from followup_batch.normalise.departments import (
    AMPERSAND_ABBREVIATION,
    is_department,
    joins_departments,
)
from followup_batch.normalise.east_asian_names import (
    is_east_asian_honorific,
    listed_by_middle_dot,
)
from followup_batch.normalise.given_names import known_given_name
from followup_batch.normalise.name_titles import (
    AFRICAN_COURTESY_TITLES,
    AFRICAN_PROFESSIONAL_TITLES,
    AFRICAN_TITLES_BEFORE_TWO_WORDS,
    AFRICAN_TITLES_WITH_A_DOT,
    AFRICAN_TITLES_WITH_FIRST_NAME,
    CHIEF,
    CHIEF_JOB_ENDINGS,
    CHIEF_RANKS,
    CHIEF_TITLE_WORDS,
    DUTCH_DEGREES,
    DUTCH_DEGREES_WITH_A_DOT,
    DUTCH_IN_ENGLISH,
    DUTCH_PARTICLES,
    PHILIPPINE_MARIA,
    PHILIPPINE_PROFESSIONAL_TITLES,
    SOUTH_EAST_ASIAN_TITLES,
    is_arabic_particle,
)
from followup_batch.normalise.separators import (
    AND_WORDS,
    AS_ASCII,
    PEOPLE,
    SHORT_AND_WORDS,
    split_short_and,
    without_edge_and,
)
from followup_batch.read.header_keys import header_key
from followup_batch.read.names import (
    LEGAL_FORMS,
    NAME_WORD,
    SURNAME_PARTICLES,
    joined_initials,
    name_key,
)

# Academic titles, greeted with the surname ("Hi Dr. Huber,", "Hi Prof. Dr. Huber,"); and the
# professional titles Spanish and Portuguese address people by, as they do "Dra.", instead of
# "Sr." or "Sra." (report ot69, F8: "Lic. Karla Díaz" was greeted "Hi Lic.,"; "Estimada Lic.
# Díaz" is how Mexico writes to her): licenciado/a, ingeniero/a, maestro/a (a master's
# degree), arquitecto/a and contador público in Mexico and Central America, engenheiro/a in
# Portugal ("Eng.º Silva"; "Eng" without its dot is a name: "Eng Lim Goh").
ACADEMIC_TITLES = frozenset(
    {
        *("dr", "prof", "professor", "professorin", "dra", "dott", "dott.ssa", "dottssa"),
        *("prof.ssa", "profa", "prof.ª", "profª"),
        *("lic", "licda", "licdo", "lcda", "lcdo", "ing", "mtro", "mtra", "arq", "c.p"),
        *("eng", "eng.º", "eng.ª", "engº", "engª"),
        *AFRICAN_PROFESSIONAL_TITLES,
        *PHILIPPINE_PROFESSIONAL_TITLES,
    }
)
# ... of which these are titles only written with their dot ("Eng. Ana Lima"; "Eng Lim Goh"
# is a name), and these only before a name of two more words ("C.P. Juan Pérez"; "C.P. Snow"
# is initials).
WITH_A_DOT = (
    frozenset({"eng", PHILIPPINE_MARIA}) | AFRICAN_TITLES_WITH_A_DOT | DUTCH_DEGREES_WITH_A_DOT
)
BEFORE_TWO_WORDS = frozenset({"c.p", PHILIPPINE_MARIA}) | AFRICAN_TITLES_BEFORE_TWO_WORDS
# German courtesy titles, greeted with their English ones: the drafts are English, and "Hi Hr.
# Vogel," or "Hi Frau Dr. Lang," reads as German typed into an English note ("Hr" without a dot
# is read as HR, a role). Their academic titles then give way as English greets: "Hi Dr. Lang,".
# Dutch ones too ("dhr. Bram de Jong": "Hi Mr. de Jong,"; ``name_titles``).
IN_ENGLISH = {"frau": "Ms.", "fr": "Ms.", "herr": "Mr.", "hr": "Mr.", **DUTCH_IN_ENGLISH}
# ... and those whose greeting leaves them out: French greets "Madame Durand", not "Madame le
# docteur" ("M." is an initial).
WITHOUT_ACADEMIC = frozenset({"mme", "mlle", "madame", "mademoiselle", "monsieur"})
# The others give way to an academic title, as English, Spanish and Italian greet "Dr. Lee",
# "Dra. García", "Dott.ssa Rossi" rather than "Ms. Dr. Lee". Not "Don" or "Dona": first names.
COURTESY_TITLES = (
    IN_ENGLISH.keys()
    | WITHOUT_ACADEMIC
    | {
        *("mr", "mrs", "ms", "miss", "mx", "sir", "dame", "rev"),
        *("sr", "sra", "srta", "dña", "señor", "señora", "señorita"),  # Spanish
        *("sig", "sig.ra", "sigra"),  # Italian
        *AFRICAN_COURTESY_TITLES,  # "Hon.", "Alhaji", "Chief" (``name_titles``)
        *SOUTH_EAST_ASIAN_TITLES,  # "Bapak", "Encik", "Khun"
    }
)
# Hebrew, Arabic and Indian titles, with and without their geresh, gershayim or dot ("ד״ר",
# "ד\"ר", "د.", "डॉ."): left out of a greeting, which names the first name ("ד״ר שרה לוי":
# "Hi שרה,"; "डॉ. अमित कुमार": "Hi अमित,"), as those languages greet in a message written in
# English; a title of another direction in an English line would also show in the wrong order.
# (Doctor, professor, Mr., Mrs., attorney, accountant; Doctor, Ustadh, Engineer, Mr., Mrs.,
# Miss; in Hindi and Marathi, Tamil and Bengali: Doctor, professor, Shri, Shriman, Shrimati,
# Sushri; Thiru, Thirumathi, Doctor; Doctor, Shri, Shrimati, Janab. Not "Kumari" nor "Selvi":
# names too.) The Indian ones in Latin letters too ("Shri Amit Kumar", "Smt. Priya Sharma":
# "Hi Amit,", "Hi Priya,"; Km. is Kumari's short form, which no one is named).
WITHOUT_TITLE = frozenset(
    {
        *("shri", "shriman", "shrimati", "smt", "sushri", "km", "sri", "shree"),
        *("ד״ר", 'ד"ר', "פרופ׳", "פרופ'", "פרופ", "פרופסור", "מר", "גב׳", "גב'", "גברת"),
        *("עו״ד", 'עו"ד', "רו״ח", 'רו"ח'),
        *("د", "الدكتور", "الدكتورة", "أ", "الأستاذ", "الأستاذة", "م", "المهندس", "المهندسة"),
        *("السيد", "السيدة", "الآنسة"),
        *("डॉ", "डा", "डॉक्टर", "प्रो", "प्रोफेसर", "प्रोफ़ेसर"),
        *("श्री", "श्रीमान", "श्रीमती", "सुश्री"),
        *("திரு", "திருமதி", "டாக்டர்", "முனைவர்"),
        *("ডঃ", "ডা", "ডাঃ", "শ্রী", "শ্রীমতী", "জনাব"),
        PHILIPPINE_MARIA,  # "Ma. Cristina Reyes": Cristina (``name_titles``)
    }
)
HONORIFICS = ACADEMIC_TITLES | COURTESY_TITLES | WITHOUT_TITLE | DUTCH_DEGREES
# ... of which "Sri" and "Shree" (Shri as also spelt) are given names too ("Sri Wahyuni", and
# Srinivas's short form): a title only before a name of two more words ("Sri Ramesh Kumar").
GIVEN_NAMES_TOO = frozenset({"sri", "shree"})
# ... of which these are Korean and Chinese surnames too: no title before a hyphenated given
# name ("Pak Se-ri").
KOREAN_SURNAMES_TOO = frozenset({"pak", "bu"})
# "M." before a name written first name first is French for Monsieur ("M. Dupont", "M. Jean
# Dupont"); "Dupont, M." is an initial.
MONSIEUR = "M."
# Titles of a knighthood, greeted with the first name: "Sir Ian McKellen" is "Sir Ian", not
# "Sir McKellen".
WITH_FIRST_NAME = (
    frozenset({"sir", "dame"}) | AFRICAN_TITLES_WITH_FIRST_NAME | SOUTH_EAST_ASIAN_TITLES
)
# Generational suffixes after a surname: "Smith Jr.", "Williams III" ("Sr." before a name is
# Señor: "Sr. López").
GENERATIONAL_SUFFIXES = frozenset({"jr", "jnr", "sr", "snr", "ii", "iii", "iv"})
# A saint a surname starts with, with a dot or without: "St. John", "Saint Clair" (no first
# name is "St"); and "Mc" or "Mac" written apart from the rest of the surname ("Mc Donald").
SURNAME_PREFIXES = frozenset({"st", "ste", "saint", "sainte", "mc", "mac"})
# Irish particles a surname starts with, written apart: "Ó Briain", "Ní Bhriain", "Nic
# Dhonnchadha", "Uí Bhriain", "Ua Duinn", "Mhic", and "Giolla" after Mac or Nic ("Mac Giolla
# Phádraig"). A title greets the surname with them, as "O'Brien" keeps its O' (report ot143
# F4: "Hi Mr. Briain,"). With their accent only: "Ni" and "O" are a given name and an initial.
IRISH_PARTICLES = frozenset({"ó", "ní", "nic", "uí", "ua", "mhic", "giolla"})
# ... of which "Mac" is a first name too: as a name's first word it is one ("Mr. Mac Smith" is
# Mr. Smith), after a first name or before a comma it starts the surname ("Ian Mac Donald",
# "Mac Donald, Ian").
FIRST_NAME_PREFIXES = frozenset({"mac"})
# The particles that are given names too ("Van Morrison", "Von Miller", "Del Shannon", "Della
# Reese", "Di Roe", Di for Diana): capitalised before a surname, such a word may be the first
# name. "De", "Le", "Da", "Du", "La" and the rest are none ("De Niro", "Le Blanc", "Da Silva":
# a surname alone).
GIVEN_NAME_PARTICLES = frozenset({"van", "von", "del", "della", "di"})
# Two given names a person goes by together, as the French write "Jean-Paul" with a hyphen:
# "Mary Ann Lopez" is greeted "Hi Mary Ann," and "Hernández, José Luis" is one person. Any
# other second given name is a middle name, not greeted ("John Robert Smith": "Hi John,").
# Keyed as ``name_key`` keys them (no accents, lower case). Only the common ones: a pair not
# here greets by its first word, as any name written first name first did.
DOUBLE_GIVEN_NAMES = frozenset(
    {
        # English
        *("mary ann", "mary anne", "mary beth", "mary jane", "mary kate", "mary lou"),
        *("anne marie", "ann marie", "sarah jane", "jo ann"),
        # French, without their hyphen
        *("jean paul", "jean pierre", "jean luc", "jean claude", "jean marc", "jean louis"),
        *("jean michel", "jean francois", "marie claire", "marie france", "anne sophie"),
        # Spanish and Portuguese
        *("jose luis", "jose maria", "jose antonio", "jose manuel", "juan carlos", "juan pablo"),
        *("juan jose", "juan manuel", "maria jose", "maria luisa", "maria fernanda"),
        *("ana maria", "luis miguel", "miguel angel", "joao pedro"),
        *("maria isabel", "maria elena", "maria teresa", "juan antonio", "luis fernando"),
        *("ana paula", "ana carolina", "maria eduarda", "joao paulo", "luiz carlos"),
    }
)
# An initial, or initials written with dots: "T", "T.", "C.J." ("C. J." is two).
_INITIAL = re.compile(r"[^\W\d_]\.?|(?:[^\W\d_]\.)+")
# Words of a template's placeholder for a name, by their keys: "Lastname, Firstname", "First
# Last", "Name Surname", "Interviewer name", "[Full Name]" are nobody's name.
NAME_FIELD_WORDS = frozenset(
    {"name", "names", "firstname", "lastname", "surname", "givenname", "familyname", "fullname"}
    | {"first", "last", "given", "family", "full", "middle", "vorname", "nachname", "prenom"}
)
PLACEHOLDER_WORDS = NAME_FIELD_WORDS | {
    *("interviewer", "recruiter", "contact", "person", "your", "of", "the", "hiring", "manager"),
    "nom",
}


# The first word of a job title as trackers write it beside a name, by its key (lower case,
# letters only, no accents). No first name is one of these, so a part of a cell that starts with
# one is no person: "Dana Ortiz, Head of Talent" is one person.
TITLE_WORDS = frozenset(
    {
        # English: recruiting and people teams
        *("recruiter", "recruiting", "recruitment", "sourcer", "talent", "hiring", "hr"),
        *("human", "people", "interviewer", "coordinator", "generalist", "specialist"),
        # English: ranks and functions
        *("manager", "director", "head", "lead", "chief", "principal", "staff", "senior"),
        *("junior", "associate", "assistant", "deputy", "acting", "interim", "vp", "svp"),
        *("evp", "avp", "vice", "president", "founder", "cofounder", "owner", "partner"),
        *("ceo", "cto", "cfo", "coo", "cio", "cpo", "cmo", "cso", "ciso", "chro", "cro"),
        *("engineering", "engineer", "product", "program", "project", "technical", "tech"),
        *("software", "sales", "marketing", "operations", "data", "design", "designer"),
        *("developer", "analyst", "scientist", "architect", "consultant", "advisor"),
        *("executive", "officer", "administrator", "account", "business", "team", "global"),
        *("regional", "group", "pm", "tpm"),
        "hm",  # a hiring manager, as recruiters write it ("HM: Priya")
        # German (compounds by their endings: see TITLE_ENDINGS)
        *("personal", "personaler", "personalerin", "ausbilder", "ausbilderin"),
        *("abteilung", "bereich", "vorstand", "inhaber", "inhaberin", "gf"),
        # French
        *("rh", "drh", "responsable", "charge", "chargee", "directeur", "directrice"),
        *("recruteur", "recruteuse", "chef", "gestionnaire", "assistante", "presidente"),
        *("fondateur", "fondatrice", "dirigeant", "dirigeante"),
        # Spanish, Italian, Portuguese, Dutch
        *("rrhh", "reclutador", "reclutadora", "gerente", "jefe", "jefa", "director"),
        *("directora", "responsabile", "selezionatore", "selezionatrice", "direttore"),
        *("direttrice", "recrutador", "recrutadora", "diretor", "diretora", "recruiterin"),
        *("teamleider", "afdelingshoofd", "hoofd"),
    }
)
# The last word of a title whose first word is a function of any name ("QA Manager",
# "Frontend Engineer"): a rank no surname is ("Lead" and "Head" are: "Mary Lead").
RANK_WORDS = frozenset(
    {"manager", "director", "recruiter", "engineer", "developer", "partner", "officer"}
    | {"founder", "cofounder", "vp", "analyst", "scientist", "architect", "designer"}
    | {"consultant", "specialist", "coordinator", "generalist", "sourcer", "executive"}
    # The professions a tracker is named for ("Nurse Practitioner Jobs.xlsx").
    | {"practitioner", "technician", "therapist", "pharmacist", "accountant", "paralegal"}
)
# "Lead" and "Head" end a title after the function led ("Dev Lead", "QA Lead", "UX Lead"); after
# a first name they are a surname ("Mary Lead").
LEAD_WORDS = frozenset({"lead", "head"})
FUNCTION_WORDS = frozenset(
    {"dev", "devops", "qa", "ux", "ui", "frontend", "backend", "fullstack", "mobile", "web"}
    | {"platform", "infra", "infrastructure", "security", "it", "ops", "growth", "content"}
    | {"brand", "support", "finance", "legal", "research", "eng", "ml", "ai", "cloud", "test"}
)
# Endings of German and Dutch compound titles: "Personalleiterin", "Geschäftsführer",
# "HR-Managerin", "Personalreferentin", "Teamleiter".
TITLE_ENDINGS = (
    *("leiter", "leiterin", "referent", "referentin", "fuhrer", "fuhrerin", "manager"),
    *("managerin", "recruiter", "recruiterin", "berater", "beraterin", "direktor"),
    *("direktorin", "partnerin", "assistent", "assistentin", "chefin", "leider"),
)
# Words before a title that are not it ("Sr. Recruiter"): also a Spanish honorific ("Sr.
# López"), so the word after them decides.
TITLE_PREFIXES = frozenset({"sr", "snr", "jr"})
# A group of people, not one person, wherever it stands in a cell ("HR team", "Search
# Committee", "Board of Directors", "Comité de sélection", "Jury de recrutement"; outside test
# ot146 F1: "Hi Search," greeted a committee by its first word), in the languages whose
# trackers the tool reads, as ``header_key`` keys them (lower case, no accents). No given
# name the tool knows is one (``given_names``; the Dutch "raad" is left out: Raad is an Arabic
# given name), and a person whose first name it knows keeps
# such a surname ("Mary Board").
GROUP_WORDS = frozenset(
    {
        # English
        *("team", "teams", "panel", "panels", "committee", "committees", "board", "boards"),
        *("jury", "juries", "commission", "group", "groups", "founders", "cofounders"),
        *("centre", "center", "department", "interviewers", "recruiters", "council"),
        # German
        *("kommission", "ausschuss", "gremium", "gruppe", "vorstand", "jurys"),
        # French
        *("comite", "equipe", "groupe", "conseil", "fondateurs"),
        # Spanish, Portuguese, Italian
        *("comision", "comissao", "tribunal", "jurado", "junta", "consejo", "conselho"),
        *("equipo", "grupo", "banca", "fundadores", "commissione", "comitato", "giuria"),
        # Dutch
        *("commissie", "groep", "bestuur", "directie", "afdeling", "oprichters"),
    }
)
# The endings of German and Dutch compounds that name a group: "Auswahlkommission",
# "Berufungskommission", "Personalausschuss", "Auswahlgremium", "Sollicitatiecommissie".
GROUP_ENDINGS = ("kommission", "ausschuss", "gremium", "commissie")
# The first word of a role or a group written instead of a person: a greeting names nobody.
ROLE_WORDS = TITLE_WORDS | {"the", "interviewers", "recruiters", "interview", "panel", "unknown"}

# Separators after which a job title is the person's before it: a comma, and a new line (a
# pasted signature: "Dana Ortiz" over "Senior Recruiter").
LEADS_TO_TITLE = frozenset({",", "\n", "\r"})
# A dash with spaces around it, before a title: "Sam Lee - VP Engineering". Tried from a run
# of spaces' first one only (the lookbehind), so a long run is not scanned from each space.
_SPACED_DASH = re.compile(r"(?<!\s)\s++[-‐‑‒–—]++\s+")
_REMARK = re.compile(r"\([^()]*\)")
# A name and the remark in brackets after it: ("Dana", "(Recruiter)") for "Dana (Recruiter)".
# The name does not end in a space (the lookbehind: those are the ``\s*+``'s), so a run of
# spaces is read once, not again from each of its spaces.
_REMARK_AT_END = re.compile(r"(.*?)(?<!\s)\s*+(\([^()]*\))?")
# A title or a label written before a person's name and a colon: "Recruiter: Dana Ortiz".
# Spaces before it are taken from a run's first one only (the lookbehind).
_COLON = re.compile(r"(?:(?<!\s)\s++)?:\s+")
# A slash between two people ("Dana Ortiz / Sam Lee", "赵磊／孙丽"): spaced, or full-width;
# spaces before it from a run's first one only.
_SLASH = re.compile(r"(?<!\s)\s++/\s+|(?:(?<!\s)\s++)?／\s*")
# "et al." after a name: French "and" before Latin "others", nobody to greet.
_ET_AL = re.compile(r"al\b\.?", re.IGNORECASE)
# Labels before a colon that say what the cell holds, not who the person is: left out.
LABEL_WORDS = frozenset(
    {"interviewer", "interviewers", "panel", "contact", "contacts", "name", "names", "with"}
    # German, French, Spanish, Portuguese, Dutch (outside test ot146 F5: "Kontakt: Anna" and
    # "Ansprechpartner: Anna" greeted "Hello," where "Contact: Anna" greets "Hi Anna,")
    | {"kontakt", "ansprechpartner", "ansprechpartnerin", "ansprechperson", "gesprachspartner"}
    | {"gesprachspartnerin", "interlocuteur", "interlocutrice", "contacto", "contato"}
    | {"contactpersoon", "kontaktperson"}
)
# Legal forms that mark a company after a job title ("Hays Ltd"); the two-letter ones (SA, AS,
# AB) are also surnames ("Maria Sa") and mark nothing here.
COMPANY_FORMS = frozenset(form for form in LEGAL_FORMS if len(form) > 2)
# German courtesy titles with their dot, not the HR team: "Hr. Müller" is Herr Müller.
COURTESY_WITH_DOT = frozenset({"hr.", "fr."})
# The separators that end a person, so that a surname written first may follow: "Ortiz, Dana;
# Lee, Sam" (a comma, "&" or "and" continue a list: "Ann, Bob & Cy").
ENDS_A_PERSON = frozenset({"", ";", "\n", "\r"})
# The separators that join two people, as ``_parts`` keys them.
JOINS_PEOPLE = frozenset({"&", *AND_WORDS})
# A couple's two courtesy titles, his and hers, as ``title_key`` keys them: "M. et Mme Martin",
# "Mr. and Mrs. Smith", "Herr und Frau Müller", "Sr. y Sra. García" are one recipient (outside
# test ot146 F4: "M. et Mme Martin" was "M." and "Mme Martin"), greeted as English greets a
# couple (``COUPLE_GREETING``), whichever title comes first.
COUPLE_TITLES = frozenset(
    {
        *(("mr", "mrs"), ("mr", "ms"), ("m", "mme"), ("monsieur", "madame"), ("herr", "frau")),
        *(("hr", "fr"), ("sr", "sra"), ("señor", "señora"), ("sig", "sig.ra"), ("dhr", "mevr")),
    }
)
COUPLE_GREETING = "Mr. and Mrs."


def couple_titles(first: str, second: str) -> bool:
    """Whether two words are a couple's courtesy titles ("M." and "Mme", "Frau" and "Herr")."""
    pair = (title_key(first), title_key(second))
    return pair in COUPLE_TITLES or pair[::-1] in COUPLE_TITLES


def couple_surname(words: Sequence[str]) -> list[str]:
    """The surname of a couple written with both their titles ("Martin" of "M. et Mme Martin",
    "Smith" of "Mr. & Mrs. Smith"); none for anything else."""
    if len(words) < 4 or not couple_titles(words[0], words[2]):
        return []
    joined = words[1].casefold()
    return list(words[3:]) if joined in JOINS_PEOPLE or joined in SHORT_AND_WORDS else []


def _couple_at(before: str, after: str) -> bool:
    """Whether an "and" between ``before`` and ``after`` joins a couple's titles: "M." and
    "Mme Martin" of "M. et Mme Martin"."""
    title, following = before.split(), after.split()
    return len(title) == 1 and len(following) > 1 and couple_titles(title[0], following[0])


# The separators that may join the words of one department's name ("HR and Finance").
JOINS_DEPARTMENTS = frozenset({"&", *AND_WORDS, *SHORT_AND_WORDS})
# A word with a colon after it, outside brackets: "Note: call back" (not "10:30"). The spaces
# before it are taken whole (``\s*+``): giving some back to the words would not find a colon
# the words alone do not have, only scan a long run again from each of its spaces.
_BEFORE_COLON = re.compile(r"\s*+(.*?[^\s:]):(?:\s|$)")
# The first words of notes written in headline case, by their keys: "Next Steps: call Dana",
# "Follow Up: Monday" are no person's name.
NOTE_WORDS = frozenset(
    {"note", "notes", "todo", "next", "follow", "call", "ask", "remind", "reminder", "update"}
    | {"status", "fyi", "nb", "ps", "action", "comment", "comments", "info", "tbd", "tbc"}
    | {"waiting", "pending", "sent", "email", "emailed", "called", "met", "left", "see"}
)


def _keys(text: str) -> list[str]:
    """The keys of ``text``'s words (a remark in brackets left out); none for a name after
    "Hr." or "Fr.", which starts no title."""
    words = _REMARK.sub(" ", text).split()
    if words and words[0].casefold() in COURTESY_WITH_DOT:
        return []
    return [k for k in map(header_key, joined_initials(" ".join(words)).split()) if k]


def is_job_title(text: str) -> bool:
    """A job title, not a person or a group: "Recruiter", "Sr. Recruiter", "VP Engineering",
    "Personalleiterin", "Senior Recruiter at Acme"; not "Sam Lee", "Sr. López", "HR team"."""
    keys = _keys(text)  # "H. R." is HR
    if keys and keys[0] in TITLE_PREFIXES:
        keys = keys[1:]
    if not keys or keys[-1] in GROUP_WORDS and len(keys) > 1 or _chief_before_name(text):
        return False
    first = keys[0]
    if first in TITLE_WORDS or (len(first) > 4 and first.endswith(TITLE_ENDINGS)):
        return True
    # A function then a rank: "QA Manager", "Frontend Engineer", "Talent Partner", "Dev Lead".
    if len(keys) == 2 and keys[0] in FUNCTION_WORDS and keys[1] in LEAD_WORDS:
        return True
    return 1 < len(keys) <= 3 and keys[-1] in RANK_WORDS


def is_role(name: str) -> bool:
    """A role, a group or a department, not a person ("Hiring Manager", "HR team", "CTO", "the
    panel", "HR und Finanzen": ``departments.is_department``; "Search Committee",
    "Auswahlkommission": ``names_a_group``): greeted "Hello,", and no one to address a
    message to."""
    keys = _keys(name)
    return (
        bool(keys)
        and "@" not in name
        and (
            keys[0] in ROLE_WORDS
            or is_job_title(name)
            or is_department(name)
            or names_a_group(keys)
        )
        and not _chief_before_name(name)
    )


def names_a_group(keys: Sequence[str]) -> bool:
    """Whether a cell's word ``keys`` name a group of people: a word of ``GROUP_WORDS``
    anywhere ("Search Committee", "Board of Directors", "Comité de sélection", "Jury") or a
    compound ending in one (``GROUP_ENDINGS``: "Auswahlkommission"), but after a given name
    the tool knows, which starts a person's name ("Mary Board")."""
    if len(keys) > 1 and known_given_name(keys[0]):
        return False
    return any(
        key in GROUP_WORDS or (key.endswith(GROUP_ENDINGS) and key not in GROUP_ENDINGS)
        for key in keys
    )


def _chief_before_name(text: str | Sequence[str]) -> bool:
    """Whether a cell's words (a remark in brackets left out), or a name's ``words``, are the
    chieftaincy title "Chief" before a name ("Chief Emeka Anyaoku", "Chief Anyaoku", "Chief
    (Mrs.) Adeyemi"), not a job title ("Chief Revenue Officer", "Chief of Staff", "Chief
    Nurse", "Chief nurse": a word after it in lower case when it is not)."""
    words = _REMARK.sub(" ", text).split() if isinstance(text, str) else list(text)
    keys = [header_key(w) for w in words]
    if len(keys) < 2 or keys[0] != CHIEF:
        return False
    job_words = TITLE_WORDS | RANK_WORDS | FUNCTION_WORDS | CHIEF_TITLE_WORDS
    lowered = words[1].islower() and not words[0].islower()  # "Chief nurse"
    # One word after it that ends as English names a job ("Chief Sommelier", "Chief
    # Correspondent"); not "-or", as Igbo surnames end too ("Chief Okafor").
    job = len(keys) == 2 and keys[1].endswith(CHIEF_JOB_ENDINGS)
    return job_words.isdisjoint(keys[1:]) and not lowered and not job


def chief_rank_before_name(words: Sequence[str]) -> bool:
    """Whether a name's ``words`` are "Chief" and a rank a person is addressed by before a name
    (``name_titles.CHIEF_RANKS``: "Chief Justice Roberts", "Chief Inspector Endeavour Morse"),
    not a job title ("Chief Inspector", "Chief Justice of Nigeria", "Chief Inspector Manager")."""
    keys = [header_key(w) for w in words]
    if len(keys) < 3 or keys[0] != CHIEF or keys[1] not in CHIEF_RANKS:
        return False
    job_words = TITLE_WORDS | RANK_WORDS | FUNCTION_WORDS | CHIEF_TITLE_WORDS
    return job_words.isdisjoint(keys[2:]) and not any(w.islower() for w in words[2:])


def is_initial(word: str) -> bool:
    """An initial, no first name to greet: "T.", "T", "C.J."."""
    return _INITIAL.fullmatch(word) is not None


def title_key(word: str) -> str:
    """A word as the honorifics and suffixes are keyed: "Dr." and "DR" are "dr"."""
    return word.rstrip(".").casefold()


def titles_before(words: Sequence[str]) -> int:
    """How many of a name's ``words`` are honorifics before it: 2 of "Prof. Dr. Lukas Weber"."""
    return _count_titles(words, HONORIFICS, len(words))


def without_dropped_titles(name: str) -> str:
    """A name without the titles before it that a greeting leaves out (``WITHOUT_TITLE``:
    Hebrew, Arabic and Indian ones): "שרה לוי" of "ד״ר שרה לוי", "أحمد علي" of "د. أحمد علي",
    "Amit Kumar" of "Shri Amit Kumar"; any other name as it is."""
    words = name.split()
    count = _count_titles(words, WITHOUT_TITLE, 0)
    return " ".join(words[count:]) if count else name


def _count_titles(words: Sequence[str], titles: frozenset[str], when_all: int) -> int:
    """How many of a name's ``words`` are ``titles`` before it, ``when_all`` when all are; one
    that is a given name too (``GIVEN_NAMES_TOO``) or initials (``BEFORE_TWO_WORDS``) only
    before two more words, one of ``WITH_A_DOT`` only with its dot, "Sheikh" only as the first
    (``WITH_FIRST_NAME``: "Mr. Sheikh Ahmed Khan" is Mr. Khan; "Mr. Pak"), "Pak" and "Bu" not
    before a Korean given name ("Pak Se-ri") and "Chief" only before a name
    (``_chief_before_name``: "Chief Anyaoku", not "Chief Nurse")."""
    return next(
        (
            i
            for i, w in enumerate(words)
            if title_key(w) not in titles
            or (title_key(w) in GIVEN_NAMES_TOO | BEFORE_TWO_WORDS and len(words) - i < 3)
            or (title_key(w) in WITH_A_DOT and not w.endswith("."))
            or (i and title_key(w) in AFRICAN_TITLES_WITH_FIRST_NAME | SOUTH_EAST_ASIAN_TITLES)
            or (title_key(w) in KOREAN_SURNAMES_TOO and "-" in "".join(words[i + 1 : i + 2]))
            or (title_key(w) == CHIEF and not _chief_before_name(words[i:]))
        ),
        when_all,
    )


def is_particle(word: str) -> bool:
    """A word a surname starts with: "van", "de", "De", "'t", "St.", "Saint", "Mc" ("Mc
    Donald"), an Irish one ("Ó Briain", ``IRISH_PARTICLES``), and an Arabic one but "Ben",
    "Al" and "Bin", first names too ("El", "Abu": ``name_titles``)."""
    return (
        word.casefold() in SURNAME_PARTICLES | DUTCH_PARTICLES | IRISH_PARTICLES
        or title_key(word) in SURNAME_PREFIXES
        or is_arabic_particle(word, first=True)
    )


def surname_of(words: Sequence[str], country: object = "") -> list[str]:
    """The surname of a name's words (written after its titles): the last word and the
    particles before it, without a generational suffix: "Smith" of "John Smith Sr.", "van der
    Berg" of "Jan van der Berg", "St. John" of "Ann St. John"; "Ben Ali" of "Ben Ali" on a row
    of the Maghreb ``country`` (``name_titles.BEN_FAMILY_COUNTRIES``)."""
    start, end = _surname_span(words, country)
    return list(words[start:end])


def first_names_of(words: Sequence[str]) -> list[str]:
    """The words of a name (written after its titles) before its surname: "Mary Ann" of "Mary
    Ann St. John", "J." of "J. Smith"; none of "Smith"."""
    start, _ = _surname_span(words)
    return list(words[:start])


def _surname_span(words: Sequence[str], country: object = "") -> tuple[int, int]:
    end = len(words)
    while end > 1 and title_key(words[end - 1]) in GENERATIONAL_SUFFIXES:
        end -= 1
    start = end - 1
    # "Ben", "Al", "Bin" after a first name too: "Khadija Ben Jelloun"; not "(Dr.) Bin Yu".
    while start > 0 and (
        is_particle(words[start - 1])
        or is_arabic_particle(words[start - 1], first=start == 1, country=country)
    ):
        start -= 1
    irish = end > 2 and words[1].casefold() in IRISH_PARTICLES  # "Mac Giolla Phádraig"
    if start == 0 and end > 1 and title_key(words[0]) in FIRST_NAME_PREFIXES and not irish:
        start = 1  # "Mac Smith": Mac is the first name
    return start, end


def double_given_name(words: Sequence[str]) -> bool:
    """Whether a name's first two ``words`` are given names a person goes by together
    (``DOUBLE_GIVEN_NAMES``): "Mary Ann", "José Luis", "JEAN PAUL"; not "Mary Smith"."""
    return len(words) >= 2 and name_key(" ".join(words[:2])) in DOUBLE_GIVEN_NAMES


def is_placeholder_name(text: str) -> bool:
    """A template's placeholder where a name goes, nobody's name: "Lastname, Firstname",
    "First Last", "Name Surname", "Interviewer name", "[Full Name]"; not "Interviewer" (a
    role) nor "Dana Name"."""
    keys = [header_key(w) for w in re.split(r"[\W_]+", text) if w]
    return (
        bool(keys)
        and all(k in PLACEHOLDER_WORDS for k in keys)
        and not NAME_FIELD_WORDS.isdisjoint(keys)
    )


class Person(str):
    """A name read from a cell, as drafts write it ("María José García López"), with the first
    names the cell set apart (``given``: "María José" of "García López, María José", a name
    written surname first); '' when it did not say where they end ("María José García": a
    greeting takes the first word)."""

    given: str

    def __new__(cls, name: str, given: str = "") -> Person:
        person = super().__new__(cls, name)
        person.given = given
        return person


def split_people(
    text: str,
    names_someone: Callable[[str], bool],
    company: str | None = None,
    addresses: Sequence[str] = (),
) -> list[str]:
    """The parts of an Interviewer cell that each name someone (``names_someone``: not a
    degree, a phone number...), in order, with the job titles and the company written beside a
    name kept with it in brackets (see the module docstring). ``company``: the row's Company as
    ``name_key(..., company=True)`` keys it, when the row has one; ``addresses``: the row's
    (which may name two people where a name seems written surname first). Separators inside
    brackets separate nothing ("Sam Lee (CTO, Acme)"). A name written surname first is a
    ``Person`` with its first names ("García López, María José": "María José")."""
    text = _slashes_between_people(text, names_someone, company, addresses)
    people: list[str] = []
    follows_name = False  # the part before this one named someone and ended with a comma
    titled = False  # and was that person's job title
    parts = _parts(text, addresses)
    for part, separator in _surname_first(parts, names_someone, company, addresses):
        given = part.given if isinstance(part, Person) else ""
        part = without_edge_and(" ".join(part.split()))  # "and Bob": Bob
        leads_on = separator in LEADS_TO_TITLE
        if not part or not names_someone(part):  # a degree, a phone number: its comma leads on
            follows_name = leads_on
            continue
        if _REMARK.fullmatch(part):  # "(Head of Data)" under a name is theirs, never a person
            if people:
                people[-1] = _with_title(people[-1], part[1:-1].strip())
            elif is_role(part[1:-1]):
                people.append(part[1:-1].strip())
            follows_name, titled = leads_on and bool(people), False
            continue
        beside = follows_name and bool(people)
        if _is_company(part, company):
            if beside:
                people[-1] = _with_title(people[-1], part)
            follows_name, titled = leads_on and beside, False
            continue
        part = _titled(part, company)
        if _is_note(part, company, addresses):  # "Note: call back" names nobody
            follows_name = False
            continue
        # "Dana Ortiz: call back" is Dana Ortiz
        part = _name_before_note(part, company, addresses) or part
        # A title joined to the person's title by "&" or "and" is theirs too: "CEO & Founder".
        if titled and people and not beside and is_job_title(part):
            people[-1] = _with_title(people[-1], part)
            follows_name = leads_on
            continue
        own = own_mailbox(part, addresses)  # "Dana Ortiz, Sam Lee, HR" beside hr@
        if beside and is_job_title(part) and not is_role(people[-1]) and not own:
            people[-1], titled = _with_title(people[-1], part), True
        elif beside and _employer(part, people[-1], titled):
            people[-1], titled = _with_title(people[-1], part), False
        else:
            kept = given and f" {given} " in f" {part} "  # not when a note took them off
            people.append(Person(part, given) if kept else part)
            titled = False
        follows_name = leads_on
    return people


def _slashes_between_people(
    text: str, names_someone: Callable[[str], bool], company: str | None, addresses: Sequence[str]
) -> str:
    """``text`` with the slashes between its people as ``;``: "Dana Ortiz; Sam Lee" for "Dana
    Ortiz / Sam Lee", "Dana; Sam" for "Dana / Sam" beside two addresses, "赵磊; 孙丽" for
    "赵磊／孙丽" beside two. A spaced slash (or a full-width one) separates people when each
    part between them is a name in full, or when the row has an address for each part and
    each names someone; never a role, a job title or a company ("HR / Recruiting", "Director
    / VP", "Dana Ortiz / Recruiter" stay as written), nor parts that hold other separators."""
    parts = _SLASH.split(text)
    if len(parts) < 2 or any(PEOPLE.search(part) for part in parts):
        return text
    parts = [" ".join(part.split()) for part in parts]
    if any(is_job_title(part) or _is_company(part, company) for part in parts):
        return text
    full = all(map(_full_name, parts))
    addressed = len(addresses) >= len(parts) and all(map(names_someone, parts))
    return "; ".join(parts) if full or addressed else text


def person_key(name: str) -> str:
    """A name as one person's: case, spacing and the title in brackets do not count."""
    return " ".join(_REMARK.sub(" ", name).casefold().split()) or name.casefold()


def _parts(text: str, addresses: Sequence[str] = ()) -> list[tuple[str, str]]:
    """(part, the separator after it) for the parts of ``text`` between separators that stand
    outside brackets (``separators.PEOPLE``: what is kept tells a comma, which may lead to a
    title, from the others, which always lead to another person), those of other scripts as
    the ASCII ones they are (``、``: a comma),
    and the names a middle dot lists apart (``listed_by_middle_dot``). ``addresses``: the
    row's, which may name one person's two surnames joined by "y" (``_joins_surnames``)."""
    parts: list[tuple[str, str]] = []
    start = 0
    # Where the "&" of "R&D", "AT&T", "R & D" stands: one name's (a set: a cell of thousands is
    # looked up once a separator; ``departments.AMPERSAND_ABBREVIATION``)
    abbreviations = {m.start() + m[0].index("&") for m in AMPERSAND_ABBREVIATION.finditer(text)}
    for m in PEOPLE.finditer(text):
        if text.count("(", 0, m.start()) > text.count(")", 0, m.start()):
            continue  # inside brackets
        if m.start(1) in abbreviations:
            continue  # "R&D team": one team, not "R" and "D team"
        joined = m[1].strip().casefold()
        if joined in JOINS_DEPARTMENTS and joins_departments(
            text[start : m.start()], PEOPLE.split(text[m.end() :], maxsplit=1)[0]
        ):
            continue  # "HR und Finanzen", "Sales & Marketing": one team's name
        if m[1].strip() in AND_WORDS and _honorific_first(text[m.end() :]):
            continue  # "山田 和 様": the given name 和 (and) before its honorific
        if m[1].strip() in SHORT_AND_WORDS:
            before, after = text[start : m.start()], PEOPLE.split(text[m.end() :], maxsplit=1)[0]
            if not split_short_and(before, after) or _joins_surnames(before, after, addresses):
                continue  # "José Ortega y Gasset": a name joined by "and"
        if m[1].strip().casefold() == "et" and _ET_AL.match(text, m.end()):
            continue  # "Dana Ortiz et al.": others, unnamed
        if _couple_at(text[start : m.start()], text[m.end() :]):
            continue  # "M. et Mme Martin": one couple
        parts.append((text[start : m.start()], m[1].strip().casefold().translate(AS_ASCII) or m[1]))
        start = m.end()
    parts.append((text[start:], ""))
    return [
        (name, ";" if i < len(names) - 1 else separator)
        for part, separator in parts
        for names in [listed_by_middle_dot(part)]
        for i, name in enumerate(names)
    ]


# A Spanish family name ending in "-ez" spelt with its accent ("Rodríguez", "Pérez", "Núñez"),
# which Portuguese spells "-es" and no given name is.
SPANISH_EZ = re.compile(r"\w*[áéíóúÁÉÍÓÚ]\w*ez", re.IGNORECASE)


def _joins_surnames(before: str, after: str, addresses: Sequence[str]) -> bool:
    """Whether a one-letter "and" between two names of several words (``split_short_and``
    reads them as two people) joins one person's two surnames, as Spanish joins them (report
    ot143 F1): the words after it start with no given name but a Spanish family name
    ("María de los Ángeles Fernández-Villaverde y Rodríguez de la Concepción"), or an address
    of the row names a word of each side ("mariadelosangeles.fernandezvillaverde.rodriguez…@"
    for that name too). Never when the second has a title of its own ("Dr. Núñez y Dr.
    Pérez"), nor when the address names only one side ("Ana García y Luis Pérez" beside
    "ana.garcia@": two people)."""
    left, right = before.split(), after.split()
    if not left or not right or titles_before(right):
        return False
    if SPANISH_EZ.fullmatch(right[0]):
        return True
    own = [w for w in left[titles_before(left) :] if not is_particle(w)]
    return bool(own) and named_together(addresses, " ".join(own), right[0])


def _honorific_first(text: str) -> bool:
    """Whether ``text`` starts with an honorific typed after a name ("様, 佐藤 健")."""
    words = PEOPLE.split(text, maxsplit=1)[0].split()
    return bool(words) and is_east_asian_honorific(words[0])


def _surname_first(
    parts: list[tuple[str, str]],
    names_someone: Callable[[str], bool],
    company: str | None,
    addresses: Sequence[str],
) -> list[tuple[str, str]]:
    """``parts`` with each name written surname first as one part, first name first: ("Ortiz",
    ",") and ("Dana", ";") are ("Dana Ortiz", ";") (see the module docstring). In a list of
    people each written whole (separated by ``;`` or lines), one of them surname first, each
    comma is inside a person: "Lee, Ann; O'Neil, Mary Ann" is Mary Ann O'Neil too."""
    joined = _joined_surname_first(parts, names_someone, company, addresses, listed=False)
    if any(isinstance(part, Person) for part, _ in joined) and any(
        separator and separator in ENDS_A_PERSON for _, separator in parts
    ):
        return _joined_surname_first(parts, names_someone, company, addresses, listed=True)
    return joined


def _joined_surname_first(
    parts: list[tuple[str, str]],
    names_someone: Callable[[str], bool],
    company: str | None,
    addresses: Sequence[str],
    *,
    listed: bool,
) -> list[tuple[str, str]]:
    joined: list[tuple[str, str]] = []
    at = 0
    while at < len(parts):
        surname, separator = parts[at]
        starts = not joined or joined[-1][1] in ENDS_A_PERSON
        if starts and separator == "," and at + 1 < len(parts):
            # A degree between the surname and the first names is theirs: "Chen, M.D., Lisa".
            degree = int(
                at + 2 < len(parts)
                and parts[at + 1][1] == ","
                and not names_someone(parts[at + 1][0])
            )
            given, after = parts[at + 1 + degree]
            following = parts[at + 2 + degree][0] if at + 2 + degree < len(parts) else ""
            person = _surname_first_person(
                surname,
                given,
                after,
                following,
                names_someone,
                company,
                addresses,
                listed=listed,
            )
            if person is not None:
                joined.append((person, after))
                at += 2 + degree
                continue
        joined.append((surname, separator))
        at += 1
    return joined


def _surname_first_person(
    surname: str,
    given: str,
    after: str,
    following: str,
    names_someone: Callable[[str], bool],
    company: str | None,
    addresses: Sequence[str],
    *,
    listed: bool,
) -> Person | None:
    """The one person "``surname``, ``given``" names, first name first ("Ortiz, Dana": Dana
    Ortiz), or None when the two are not one person.

    The surname: one word of a name, with its particles ("van der Berg", "St. John", "Mc
    Donald"), the titles before it ("Prof. Dr. Weber") and a generational suffix after it
    ("Smith Jr.", "Williams III"); two words when an address of the row names both sides
    ("García López" beside mariajose.garcia@). The first names: one word of a name, or up to
    four words and initials ("John A.", "J. R.", "Mary Ann"), the titles before them when the
    surname has none ("Smith, Dr. Jane", "Hinds, Mrs. Sarah") and their title after a spaced
    dash or in brackets theirs ("Dana - Recruiter"). Several first names are one person's when
    one is an initial, when an address names both sides, when the surname has a particle,
    title or suffix or is written in capitals ("St. Clair, Mary Ann", "O'NEIL, MARY ANN"), or
    (``listed``) when the cell lists people whole; else "Ortiz, Dana Lee" may be Ortiz and
    Dana Lee. None of them is a title, a role, a degree or a company ("Dana, Recruiter",
    "Ortiz, MD", "Acme, Inc"; a degree between them is the person's: "Chen, M.D., Lisa",
    ``_joined_surname_first``), and the first names end the person (``after``: the separator
    after them; ``following``: the part after that, which may only be their title or degree:
    "Ortiz, Dana, Recruiter", not "Ann, Bob, Cy"). "Dana, Sam" is two people when the
    addresses name each word apart."""
    if not _ends_the_person(after, following, names_someone, company):
        return None
    if " " in surname.strip() and person_key(surname) == person_key(given):
        return None  # "MA Chen, Ma Chen": a name typed twice, not its surname and first names
    given, remark = _name_and_remark(_titled(given, company))
    words = surname.split()
    titles = words[: min(titles_before(words), len(words) - 1)]
    # A title after the comma is the person's too ("Smith, Dr. Jane": Dr. Jane Smith), but for
    # a title on each side: two people ("Herr Weber, Hr. Müller").
    first_words = given.split()
    own_titles = first_words[: min(titles_before(first_words), len(first_words) - 1)]
    if titles and own_titles:
        return None
    first_names = first_words[len(own_titles) :]
    given = " ".join(first_names)
    rest = words[len(titles) :]
    end = len(rest)
    while end > 1 and title_key(rest[end - 1]) in GENERATIONAL_SUFFIXES:
        end -= 1
    # The surname's own words: its last, and those before it that are no particle ("Saint,
    # Eva" is Eva Saint).
    core = [w for w in rest[: end - 1] if not is_particle(w)] + rest[end - 1 : end]
    together = named_together(addresses, " ".join(core), given)
    if len(core) > (2 if together else 1):
        return None
    if not 1 <= len(first_names) <= 4 or not all(map(_is_name_word, core)):
        return None
    if not all(is_initial(w) or _is_name_word(w) for w in first_names):
        return None
    if header_key(given) in LEGAL_FORMS or not (names_someone(surname) and names_someone(given)):
        return None
    if any(is_role(w) or _is_company(w, company) for w in (surname, given)):
        return None
    initials = any(map(is_initial, first_names))
    marked = len(rest) > len(core) or bool(titles) or (len(core[0]) > 1 and core[0].isupper())
    double = len(first_names) == 2 and double_given_name(first_names)  # "José Luis"
    if len(first_names) > 1 and not (initials or together or marked or listed or double):
        return None
    if len(words) == 1 and len(addresses) > 1 and named_apart(addresses, surname, given):
        return None  # "Dana, Sam" beside sam@ and dana@
    name = " ".join([*titles, *own_titles, *first_names, *rest])
    return Person(f"{name} {remark}" if remark else name, " ".join(first_names))


def _is_name_word(word: str) -> bool:
    """A word of a name in a script with capitals: "Ortiz", "O'Neil" (not "王芳", written as
    one word with its surname)."""
    return NAME_WORD.fullmatch(word) is not None and word.lower() != word.upper()


def _ends_the_person(
    after: str, following: str, names_someone: Callable[[str], bool], company: str | None
) -> bool:
    """Whether first names followed by ``after`` (a separator) and ``following`` (the part
    after it) end the person: the cell or a ``;`` does, "&" or "and" before a person written
    in full ("Brown, Charlie & Lucy Van Pelt": each is written whole), and a comma before their
    title, degree, company or remark ("Ortiz, Dana, Recruiter"), not before another name
    ("Ann, Bob, Cy"; "Ann, Bob & Cy")."""
    if after in ENDS_A_PERSON:
        return True
    if after in JOINS_PEOPLE:
        return _full_name(following)
    return after == "," and (
        not names_someone(following)
        or is_role(following)
        or _is_company(following, company)
        or _REMARK.fullmatch(following.strip()) is not None
    )


def _name_and_remark(text: str) -> tuple[str, str]:
    """A name and the remark in brackets after it: ("Dana", "(Recruiter)") for "Dana
    (Recruiter)", ("Dana", "") for "Dana"."""
    found = _REMARK_AT_END.fullmatch(text.strip())
    if found is None:  # a line break inside: no name and remark to set apart
        return text.strip(), ""
    return found[1], found[2] or ""


def _is_note(part: str, company: str | None, addresses: Sequence[str]) -> bool:
    """A note written where a name goes: words before a colon that are no job title, role,
    company or person written in full ("Note: call back", "TODO:"), as ``_titled`` leaves them
    (a label before a name it has taken off: "Interviewers: Dana Ortiz" is Dana Ortiz)."""
    before = _BEFORE_COLON.match(_REMARK.sub(" ", part))
    if before is None:
        return False
    head = before[1]
    named = _name_before_note(part, company, addresses)
    return not (is_role(head) or _is_company(head, company) or named)


def _name_before_note(part: str, company: str | None, addresses: Sequence[str]) -> str | None:
    """The person a note is written after: "Dana Ortiz" in "Dana Ortiz: call back", "Paul" in
    "Paul: great chat" when an address of the row names Paul (``addresses``: "paul@zed.com");
    not the label or agency before a person ("Hays Recruiting: Dana Ortiz"), nor a company."""
    text = _REMARK.sub(" ", part)
    before = _BEFORE_COLON.match(text)
    if before is None or _is_company(before[1], company):
        return None
    head = " ".join(before[1].split())
    if _full_name(text[before.end() :]):
        return None
    if _full_name(head) or (" " not in head and _full_name(head, 1) and named_by(addresses, head)):
        return head
    return None


def _full_name(text: str, fewest: int = 2) -> bool:
    """Two (or ``fewest``) to four words of a name, each capitalised (but for a surname's
    particles), the first no word a note starts with ("Next Steps"), and no title or role:
    "Dana Ortiz"."""
    words = text.split()
    if not fewest <= len(words) <= 4 or header_key(words[0]) in NOTE_WORDS:
        return False
    capitalised = (w[0].isupper() or w in SURNAME_PARTICLES for w in words)
    return all(NAME_WORD.fullmatch(w) for w in words) and all(capitalised) and not is_role(text)


def _titled(part: str, company: str | None) -> str:
    """ "Sam Lee (VP Engineering)" for "Sam Lee - VP Engineering", "Hiring Manager - Sam Lee"
    and "Recruiter: Sam Lee"; "Sam Lee (Acme)" for "Acme: Sam Lee" at Acme; "Sam Lee" for
    "Interviewers: Sam Lee"; the part as written otherwise ("Dana Ortiz - Initech" at Acme,
    "Recruiter - Hays")."""
    for separator in (_COLON, _SPACED_DASH):
        pieces = separator.split(part, maxsplit=1)
        if len(pieces) != 2 or not all(pieces):
            continue
        first, second = pieces
        keys = _keys(first)
        if separator is _COLON and keys and keys[0] in LABEL_WORDS and _is_person(second, company):
            return second
        if _is_person(first, company) and _describes(second, company):
            return _with_title(first, second)
        # A title first names a person written in full, or by a first name the tool knows
        # ("Hiring Manager: Tom", report ot145): "Recruiter - Hays" may be an agency.
        if _is_person(second, company) and _describes(first, company) and _named(second):
            return _with_title(second, first)
    return part


def _named(text: str) -> bool:
    """Whether a part after a job title names a person: written in full ("Sam Lee"), or a
    given name the tool knows ("Tom", ``given_names``)."""
    return " " in text.strip() or known_given_name(text)


def _is_person(text: str, company: str | None) -> bool:
    return not is_role(text) and not is_job_title(text) and not _is_company(text, company)


def _describes(text: str, company: str | None) -> bool:
    """A job title or a company, written beside a person's name."""
    return is_job_title(text) or _is_company(text, company)


def _is_company(text: str, company: str | None) -> bool:
    """The row's own company, or a name ending in a legal form ("Hays Ltd", "Acme GmbH")."""
    words = text.split()
    if len(words) > 1 and header_key(words[-1]) in COMPANY_FORMS:
        return True
    return company is not None and name_key(text, company=True) == company


def _employer(part: str, person: str, titled: bool) -> bool:
    """Where ``person`` works, written after their job title: one word after a full name
    ("Dana Ortiz, Recruiter, Hays"). Not "Dana, Recruiter, Sam": one word after a first name
    alone is another first name."""
    return titled and len(part.split()) == 1 and len(_REMARK.sub(" ", person).split()) > 1


def _with_title(name: str, title: str) -> str:
    """ "Dana Ortiz (Recruiter)"; a second title joins the first in its brackets. A
    ``Person`` keeps their first names."""
    titled = f"{name[:-1]}, {title})" if name.endswith(")") else f"{name} ({title})"
    return Person(titled, name.given) if isinstance(name, Person) else titled
