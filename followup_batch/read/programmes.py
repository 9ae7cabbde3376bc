"""Study programmes written where a person's name is looked for: a careers office's "Student"
column holding "MSc CS", "MBA 2027" or "BSc Econ" names each row's programme, not the student
(fx200, after ot97 F6 read "Student" as the client). ``is_programme`` tells such a cell from a
name: a degree first, then its subject, year or cohort; or a class or year of study.

A name written with a degree after it ("Sam Lee, MBA", "Sam MBA") or a title before it ("Ms
Chen", "Dr Ana Diaz", "MD Rahman", "Md. Karim") is a person's. Two capitals that are a degree
and initials alike (MA, BA, MS, BS: "MS Dhoni", "BA Smith") count only before a subject this
module knows, a year or nothing ("MS CS", "BA (Hons) History", "MA 2027", "MS")."""

from __future__ import annotations

import re

# Degrees no one's initials, title or name is written as, in any case ("MSc", "msc", "M.Sc."):
# bachelor's, master's and doctorates, and the diplomas written the same way.
_DEGREES = (
    r"b\.?\s?sc|m\.?\s?sc|b\.?b\.?a|ph\.?\s?d|d\.?\s?phil|m\.?\s?phil|ll\.?\s?b"
    r"|ll\.?\s?m|m\.?p\.?h|m\.?p\.?p|m\.?p\.?a|m\.?f\.?a|b\.?f\.?a|b\.?\s?com|m\.?\s?com|m\.?\s?res"
    r"|b\.?\s?tech|m\.?\s?tech|b\.?\s?mus|m\.?s\.?w|d\.?b\.?a|pgce|pg\s?dip|pg\s?cert"
    r"|bachelor(?:'s|’s|s)?|master(?:'s|’s|s)|master\s+of|doctorate|diploma|certificate"
    r"|undergrad(?:uate)?|postgrad(?:uate)?|graduate\s+(?:certificate|diploma|program(?:me)?)"
)
# Degrees spelt as a name or a word is in another case ("Meng Li", "Edd Kimber", "Bed",
# "March 2027", "Mba Diallo"), as written in their own case only (MBA in capitals or small).
_CASED_DEGREES = (
    r"E?MBA|e?mba|E?M\.B\.A|B\.?\s?Eng|M\.?\s?Eng|B\.?\s?Ed|M\.?\s?Ed|Ed\.?\s?D|B\.?\s?Arch"
    r"|M\.?\s?Arch|HND"
)
# Two capitals that are a degree and someone's initials alike ("MS Dhoni"), or a dotted one.
_SHORT_DEGREES = r"MA|BA|MS|BS|M\.\s?A\.?|B\.\s?A\.?|M\.\s?S\.?|B\.\s?S\.?"
# Subjects written after a two-capital degree, as abbreviated and in full.
_SUBJECTS = (
    r"cs|comp\.?\s?sci|computer\s+science|econ(?:omics)?|eng(?:lish|ineering)?|math(?:s|ematics)?"
    r"|stats|statistics|physics|chem(?:istry)?|bio(?:logy)?|finance|accounting|marketing"
    r"|history|law|psych(?:ology)?|philosophy|politics|political\s+science|sociology"
    r"|data\s+science|design|business|management|international\s+relations|ir|ds|ai|ml|ee|me"
    r"|analytics|journalism|communications?|education|nursing|architecture|music|art|arts"
)
_HONOURS = r"(?i:\s*\(?\s*hons?\.?\s*\)?)?"
_YEAR = r"(?:'\d{2}|’\d{2}|\d{4}(?:[-/–]\d{2,4})?)"
_PROGRAMME = re.compile(
    rf"(?:(?i:{_DEGREES})|{_CASED_DEGREES})\.?{_HONOURS}(?:[\s,:/()–-]+\S.*)?"
    rf"|(?:{_SHORT_DEGREES}){_HONOURS}"
    rf"(?:[\s,:/–-]+(?i:(?:{_SUBJECTS})\.?(?:\s*[&/,]\s*(?:{_SUBJECTS})\.?)*))?"
    rf"(?:[\s,:/()–-]+{_YEAR}\)?)?"
    rf"|(?i:(?:class|cohort|batch|intake)\s+(?:of\s+)?{_YEAR})"
    rf"|(?i:(?:year|yr\.?)\s*[1-7](?:\s+\S.*)?)"
    rf"|(?i:(?:freshman|sophomore|1st\s+year|2nd\s+year|3rd\s+year|final\s+year)(?:\s+\S.*)?)",
)


def is_programme(text: str) -> bool:
    """Whether ``text`` (a cell) is a study programme or a year of study, not a person:
    "MSc CS", "MBA 2027", "BSc Econ", "BA (Hons) History", "PhD Physics", "MS CS", "Class of
    2027", "Year 2"; not "Sam MBA", "Ms Chen", "Dr Ana Diaz", "MS Dhoni", "MD Rahman", nor a
    degree's letters before a family name (``_before_a_family_name``: "Phd Nguyen")."""
    plain = " ".join(text.split())
    return bool(_PROGRAMME.fullmatch(plain)) and not _before_a_family_name(plain)


def _before_a_family_name(plain: str) -> bool:
    """A degree's word before a capitalised family name of the tool's lists
    (``signer.listed_family_name``), as a person's name is written: "Phd Nguyen", "PhD
    Nguyen Van An", "MBA Chen" (fx227: "Phd Nguyen" in a Student column was a programme, and
    signed nobody); not "PhD Physics", "MSc ng" or "PhD" alone."""
    from followup_batch.drafts.signer import listed_family_name

    words = plain.split(" ")
    return len(words) > 1 and words[1].istitle() and listed_family_name(words[1])
