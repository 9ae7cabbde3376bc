"""Spanish and Portuguese names of two surnames: which one a title greets with.

    greets_first_surname(["Sra."], "MX") -> True   # "Sra. Ana García López": "Sra. García"
    without_second_surname(["Ana", "García", "López"]) -> ["Ana", "García"]

Spanish goes by the first surname of two, the father's; Portuguese puts the family's surname
last. Standard library only, as ``people``.
"""

from __future__ import annotations

from collections.abc import Sequence

from followup_batch.normalise.people import (
    double_given_name,
    first_names_of,
    is_initial,
    title_key,
)

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


def greets_first_surname(titles: Sequence[str], country: object = "") -> bool:
    """Whether a name with ``titles`` is greeted by its first surname of two, as Spanish
    greets: on the row calendar ``country`` of a Spanish speaking country
    (``FIRST_SURNAME_COUNTRIES``), and elsewhere but for a Portuguese speaking one after a
    Spanish title ("Sra.", "Lic."; ``SPANISH_TITLES``)."""
    code = str(country or "").split("-")[0].strip().upper()
    if code in FIRST_SURNAME_COUNTRIES or code in LAST_SURNAME_COUNTRIES:
        return code in FIRST_SURNAME_COUNTRIES
    return any(title_key(title) in SPANISH_TITLES for title in titles)


def without_second_surname(words: Sequence[str]) -> list[str]:
    """A name's ``words`` (after its titles) without its second surname, when it has two after
    its given names: "Ana García" of "Ana García López", "Ana María García" of "Ana María
    García López", "Ana de la Fuente" of "Ana de la Fuente López"; as they are otherwise ("Ana
    García", "Juan Carlos Pérez", "Juan M. Pérez")."""
    given = 2 if double_given_name(words) else 1
    start = len(first_names_of(words))
    if start - given >= 1 and not is_initial(words[start - 1]):
        return list(words[:start])
    return list(words)
