"""Spanish and Portuguese names of two surnames: which one a title greets with.

    greets_first_surname(["Sra."], ["Ana", "García", "López"], "MX") -> True  # "Sra. García"
    without_second_surname(["Ana", "García", "López"]) -> ["Ana", "García"]

Spanish goes by the first surname of two, the father's; Portuguese puts the family's surname
last. The row's country says which (``FIRST_SURNAME_COUNTRIES``, ``LAST_SURNAME_COUNTRIES``);
on a row of another country, or none (a Brazilian in New York), the name itself does, as
Portuguese and Spanish share "Sr.", "Sra." and "Dra." (left open at stop 43: "Sr. João Pedro
Silva Santos" was greeted "Hi Sr. Silva,"):

- a letter only Portuguese writes ("João", "Gonçalves", "Antônio": ``PORTUGUESE_LETTERS``)
  greets the last ("Sr. Santos");
- else Spanish writing greets the first, after any title: an "ñ", or a family name ending in
  "-ez" spelt with its accent ("Dr. José Luis Rodríguez Zapatero": "Dr. Rodríguez"), which
  Portuguese spells "-es";
- else a family name only Portuguese has (``PORTUGUESE_FAMILY_NAMES``: "Sra. Ana Paula Souza
  Lima": "Sra. Lima");
- else a Spanish title the first, any other the last, as before ("Sra. Ana García López":
  "Sra. García"; "Dr. John Robert Smith": "Dr. Smith").

Standard library only, as ``people``.
"""

from __future__ import annotations

from collections.abc import Sequence

from followup_batch.normalise.people import (
    SPANISH_EZ,
    double_given_name,
    first_names_of,
    is_initial,
    title_key,
)
from followup_batch.read.names import name_key

# Countries whose people go by their first surname, the father's, of two: Spanish speaking
# ones ("Sra. Ana García López" is Sra. García); Portuguese speaking ones, and the
# Philippines, put the family's surname last ("Sra. Ana Paula Souza Lima" is Sra. Lima).
# Elsewhere the first surname when a title is Spanish only (not "Dr." nor "Ing.", which
# Austria uses too). By ISO code.
FIRST_SURNAME_COUNTRIES = frozenset(
    {
        *("ES", "MX", "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "NI"),
        *("PA", "PE", "PR", "PY", "SV", "UY", "VE", "GQ"),
    }
)
LAST_SURNAME_COUNTRIES = frozenset({"BR", "PT", "AO", "MZ", "CV", "GW", "ST", "TL", "PH"})
SPANISH_TITLES = frozenset(
    {
        *("sr", "sra", "srta", "señor", "señora", "señorita", "dña", "dra"),
        *("lic", "licda", "licdo", "lcda", "lcdo", "mtro", "mtra", "c.p"),
    }
)
# Letters Portuguese writes and Spanish does not.
PORTUGUESE_LETTERS = frozenset("ãõçâêôÃÕÇÂÊÔ")
# Family names common in Brazil and Portugal that Spanish does not have, or spells otherwise
# ("Rodrigues", "Gomes", "Dias": Rodríguez, Gómez, Díaz), keyed as ``name_key`` keys them.
# Left out: those Spanish speakers bear too ("Silva", "Santos", "Costa", "Lima", "Rocha",
# "Castro", "Machado").
PORTUGUESE_FAMILY_NAMES = frozenset(
    {
        *("oliveira", "souza", "sousa", "pereira", "ferreira", "carvalho", "almeida"),
        *("ribeiro", "rodrigues", "gomes", "alves", "lopes", "fernandes", "goncalves"),
        *("nunes", "mendes", "marques", "martins", "barbosa", "cardoso", "nascimento"),
        *("moreira", "teixeira", "vieira", "monteiro", "araujo", "correia", "soares"),
        *("freitas", "azevedo", "cavalcanti", "cavalcante", "moura", "cunha", "magalhaes"),
        *("guimaraes", "coelho", "antunes", "pires", "tavares", "siqueira", "bezerra"),
        *("brandao", "medeiros", "neves", "sampaio", "morais", "peixoto", "figueiredo"),
        *("vasconcelos", "dias", "leite", "queiroz", "farias", "assuncao", "conceicao"),
    }
)


def greets_first_surname(
    titles: Sequence[str], words: Sequence[str] = (), country: object = ""
) -> bool:
    """Whether a name with ``titles`` and ``words`` (after them) is greeted by its first
    surname of two, as Spanish greets: on the row calendar ``country`` of a Spanish speaking
    country (``FIRST_SURNAME_COUNTRIES``), not on a Portuguese speaking one's, and elsewhere as
    the name is written (see the module docstring)."""
    code = str(country or "").split("-")[0].strip().upper()
    if code in FIRST_SURNAME_COUNTRIES or code in LAST_SURNAME_COUNTRIES:
        return code in FIRST_SURNAME_COUNTRIES
    if any(PORTUGUESE_LETTERS & set(word) for word in words):
        return False
    if any("ñ" in word.casefold() or SPANISH_EZ.fullmatch(word) for word in words):
        return True
    if any(name_key(word) in PORTUGUESE_FAMILY_NAMES for word in words):
        return False
    return any(title_key(title) in SPANISH_TITLES for title in titles)


# The "and" that joins two surnames, in lower case: Spanish "y" ("Ortega y Gasset"; "e"
# before an "i" sound), Catalan "i" ("Puig i Cadafalch"), Portuguese "e" ("Sousa e Silva").
SURNAMES_JOINED_BY = frozenset({"y", "e", "i"})


def without_second_surname(words: Sequence[str]) -> list[str]:
    """A name's ``words`` (after its titles) without its second surname, when it has two after
    its given names: "Ana García" of "Ana García López", "Ana María García" of "Ana María
    García López", "Ana de la Fuente" of "Ana de la Fuente López", and all before the "y"
    that joins two ("Ana Núñez" of "Ana Núñez y Pérez", "María de los Ángeles Fernández" of
    "María de los Ángeles Fernández y Rodríguez": report ot143 F1, "Hi Dra. Pérez,"); as
    they are otherwise ("Ana García", "Juan Carlos Pérez", "Juan M. Pérez")."""
    joined = [i for i, w in enumerate(words[2:-1], 2) if w in SURNAMES_JOINED_BY]
    if joined:
        return list(words[: joined[0]])
    given = 2 if double_given_name(words) else 1
    start = len(first_names_of(words))
    if start - given >= 1 and not is_initial(words[start - 1]):
        return list(words[:start])
    return list(words)
