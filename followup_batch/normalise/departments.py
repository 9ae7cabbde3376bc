"""Departments and teams written in an Interviewer cell instead of a person: one recipient.

    is_department("HR und Finanzen") -> True   # a role: greeted "Hello,"
    joins_departments("Sales", "Marketing") -> True  # "Sales & Marketing" is not two people

A department's name is often two joined by "and" ("HR and Finance", "Research and
Development", "Forschung und Entwicklung", "Ventes et Marketing", "Ventas y Marketing"); the
"and" there joins the words of one team's name, not two people (outside test: "HR und
Finanzen" was two recipients, greeting "Hi Finanzen,"). Two names ("Anna und Jonas", "Ana y
Luis") are still two people: no given name is one of these words.

Standard library only, as ``separators``.
"""

from __future__ import annotations

import re

from followup_batch.normalise.separators import AND_WORDS, SHORT_AND_WORDS
from followup_batch.read.header_keys import header_key

# The words of departments' and teams' names, as ``header_key`` keys them (lower case, no
# accents), in the languages whose headers are read: functions ("Finance", "Vertrieb",
# "Ventes"), the words of a function's name ("Human Resources", "Talent Acquisition",
# "Recursos Humanos", "Customer Success") and what a department is called ("team",
# "Abteilung"). No given name is one ("Art", "Grace" and "Hope" are left out).
DEPARTMENT_WORDS = frozenset(
    {
        # English
        "hr", "human", "resources", "people", "culture", "talent", "acquisition",
        "recruiting", "recruitment", "finance", "financial", "accounting", "accounts",
        "treasury", "tax", "audit", "controlling", "legal", "compliance", "risk",
        "sales", "marketing", "communications", "comms", "pr", "research", "development",
        "rd", "engineering", "product", "products", "design", "data", "analytics",
        "it", "technology", "security", "operations", "ops", "strategy", "procurement",
        "purchasing", "logistics", "supply", "chain", "facilities", "administration",
        "admin", "quality", "assurance", "qa", "customer", "success", "support",
        "service", "services", "business", "partnerships", "growth", "innovation",
        "team", "teams", "department", "dept", "division", "office", "panel",
        # German
        "personal", "personalwesen", "personalabteilung", "finanzen", "buchhaltung",
        "rechnungswesen", "recht", "vertrieb", "verkauf", "einkauf", "beschaffung",
        "forschung", "entwicklung", "technik", "produktion", "verwaltung", "kommunikation",
        "qualitat", "logistik", "strategie", "abteilung", "bereich",
        # French
        "rh", "ressources", "humaines", "finances", "comptabilite", "juridique", "ventes",
        "vente", "achats", "recherche", "developpement", "informatique", "communication",
        "qualite", "logistique", "equipe",
        # Spanish, Portuguese, Italian
        "rrhh", "recursos", "humanos", "finanzas", "contabilidad", "juridico", "ventas",
        "compras", "investigacion", "desarrollo", "tecnologia", "calidad", "operaciones",
        "administracion", "equipo", "departamento", "financas", "vendas", "pesquisa",
        "desenvolvimento", "risorse", "umane", "finanza", "vendite", "acquisti", "ricerca",
        "sviluppo", "amministrazione",
        # How Brazilian, Mexican and Italian trackers name the team (outside test ot73 F2:
        # "RH e Financeiro" was two people, "Hi Financeiro,"); "TI" is IT
        "financeiro", "financeira", "financiero", "financiera", "finanziario", "comercial",
        "commerciale", "legale", "contabilidade", "contabilita", "tesoreria", "auditoria",
        "cumplimiento", "riesgos", "ti", "sistemas", "mercadotecnia", "logistica",
        "qualidade", "qualita", "operacoes", "suprimentos", "adquisiciones", "administrativo",
        "administrativa", "recrutamento", "reclutamiento", "selecao", "seleccion", "selezione",
        "talento", "personale", "pessoas",
        # Dutch, Swedish, Norwegian, Danish, Finnish
        "personeelszaken", "financien", "verkoop", "inkoop", "onderzoek", "ontwikkeling",
        "afdeling", "ekonomi", "forsaljning", "forskning", "utveckling", "utvikling",
        "udvikling", "salg", "økonomi", "okonomi", "henkilosto", "talous", "myynti", "tutkimus",
        "kehitys",
        # Turkish, Hungarian, Romanian, Russian and Ukrainian ("İK ve Finans", "HR és
        # Pénzügy", "Кадры и Финансы"), now that their "and" separates people
        "ik", "insan", "kaynakları", "kaynaklari", "finans", "muhasebe", "satıs", "satis",
        "pazarlama", "hukuk", "penzugy", "ertekesites", "jog", "resurse",
        "financiar", "vanzari", "кадры", "персонал", "финансы", "продажи", "бухгалтерия",
        "фінанси", "продажі", "бухгалтерія",
    }
)  # fmt: skip
# What joins the words of a department's name: "and" as a word of its own in any language
# the cell is read in ("und", "et", "y"), "&" and "+", typed with spaces or without ("R&D").
_JOINS = frozenset({*AND_WORDS, *SHORT_AND_WORDS, "&", "+"})
# An abbreviation of capitals joined by "&" is one name, not two people ("R&D", "P&L", "M&A",
# "AT&T", "Q&A", "S&P", "R & D"): a letter or two each side typed without spaces, one letter
# each side with them ("MAYA & TOM", "JS & MK" are people). Bounded, so linear on any cell.
AMPERSAND_ABBREVIATION = re.compile(
    r"(?<![^\W\d_])(?:[A-Z]{1,2}&[A-Z]{1,2}|[A-Z] & [A-Z])(?![^\W\d_])"
)
_WORDS = re.compile(rf"({AMPERSAND_ABBREVIATION.pattern})|[&+]|[^\s&+/]+")
# No team's name is longer ("Talent Acquisition and People Operations" is 41): a longer text is
# no department, and is not read word by word, as an Interviewer cell's text before each "and"
# of a long cell was (a 30,000-character cell took 10 s; outside test ot105 F1).
DEPARTMENT_LONGEST = 200


def is_department(text: str) -> bool:
    """Whether ``text`` is a department's or team's name: its words ``DEPARTMENT_WORDS``,
    joined by "and" or "&" ("HR", "Finance team", "HR und Finanzen", "Sales & Marketing",
    "R&D", "Recursos Humanos"; an abbreviation joined by "&", ``AMPERSAND_ABBREVIATION``: "AT&T
    recruiting", "Q&A panel"); not "Dana", "Sales and Dana" or "Head of Finance", nor a text
    longer than any department's name (``DEPARTMENT_LONGEST``)."""
    if len(text) > DEPARTMENT_LONGEST:
        return False
    words = [m for m in _WORDS.finditer(text) if m[1] or m[0].casefold() not in _JOINS]
    return bool(words) and all(m[1] or header_key(m[0]) in DEPARTMENT_WORDS for m in words)


def joins_departments(before: str, after: str) -> bool:
    """Whether an "and" between ``before`` and ``after`` joins one department's name
    ("HR" and "Finance", "Forschung" and "Entwicklung") rather than two people."""
    return is_department(before) and is_department(after)
