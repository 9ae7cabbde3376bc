"""The draft templates: loading, validating and fast rendering (DESIGN section 4).

One Jinja2 file per action (``TEMPLATE_FILES``), shipped in ``drafts/templates/``. The first
line of a file is the subject, written ``Subject: ...`` (one line); the rest is the body. A
``templates`` folder named in the config replaces any of them: a file there with the same name
wins. Templates are plain text (autoescape off), run in Jinja2's sandbox (a templates folder is
user input), with ``StrictUndefined`` (a misspelt variable is an error, never a blank) and
``trim_blocks``/``lstrip_blocks`` (a line holding only ``{% if %}`` leaves no trace). End a line
whose last tag is a block tag with ``+%}`` (``{% endif +%}``) to keep its line break.

User templates are compiled and trial-rendered once at load: a syntax error, an unknown
variable, filter or test, or an expression that fails whatever the values is a ``ConfigError``
naming the file and line, before anything is written. An expression that fails only for some
values (``{{ names[7] }}``, ``{{ names[0] }}`` with no one to greet) is left to the rows it fails
on: ``Templates.render_many`` gives them a problem instead of a draft.

Fast rendering: a template's output depends only on the variables it references. A variable
used only as ``{{ name }}`` or as an ``{% if name %}`` test is *transparent*: the template is
rendered once per pattern of which such variables are present (with a placeholder character in
their place), tidied, cut at the placeholders into a ``Skeleton`` and cached; a row's text is
the skeleton's pieces joined with the row's values. Variables used any other way (filters,
comparisons, loops) are part of the cache key with their values. ``Templates.render_many``
takes many contexts as columns, groups them by that key (numpy) and fills each group in one
``str.join`` pass; the few texts a value could leave untidy (a multi-line value in a subject,
more than a cell holds) are finished one by one. A value goes in as typed ("A..B Labs", "+44
Labs"): only the template's own period after a value ending in one is left out ("Acme Inc."
before "." gives "Acme Inc."). The formula guard is the CSV writer's
(``write.csv_out.guard_csv_text``): a message, an .eml or a digest quotes a name as typed.
The result is the text a direct render gives (benchmarks/bench_drafts.py checks it), 20–25
times faster than rendering every message directly with Jinja2 (benchmarks/README.md).
"""

from __future__ import annotations

import difflib
import os
import re
import traceback
from collections.abc import Iterable, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any

import jinja2
import numpy as np
from jinja2 import meta, nodes
from jinja2.ext import Extension
from jinja2.lexer import Token, TokenStream
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from followup_batch.drafts.languages import in_language
from followup_batch.drafts.limits import LimitedSandbox, TemplateLimit, render_limited
from followup_batch.errors import ConfigError
from followup_batch.normalise.cells import MAX_CELL_TEXT, cell_length, fits_cell, within_cell
from followup_batch.normalise.controls import CONTROLS, printable

TEMPLATE_FILES: dict[str, str] = {
    "application_check_in": "application_check_in.txt.j2",
    "thank_you": "thank_you.txt.j2",
    "check_in_1": "check_in_1.txt.j2",
    "check_in_2": "check_in_2.txt.j2",
    "final": "final.txt.j2",
    "networking": "networking.txt.j2",
}
SHIPPED = Path(__file__).resolve().parent / "templates"
# Other templates a templates folder may hold: the digest page (``exports.digest_html``).
OTHER_TEMPLATE_FILES = ("digest.html.j2",)

CONTEXT_VARIABLES: dict[str, str] = {
    "action": (
        "application_check_in, thank_you, check_in_1, check_in_2, final or networking: the "
        "template the message is worded from (a 2nd check-in after no check-in sent: check_in_1)"
    ),
    "greeting": '"Hi Dana," / "Hi Dana and Sam," / "Hi Dana, Sam and Lee," / "Hello,"',
    "names": (
        "the forms of address greeted, a list: ['Dana'], ['Dr. Huber'], []; printed whole, "
        '"Dana and Sam", "Dana, Sam and Lee"'
    ),
    "recipient": "the full name of the person this message goes to ('' in a group note)",
    "company": "the employer",
    "the_company": (
        '"the University of Oxford", "Brightwave": the employer as a sentence names it after '
        '"at", "with" or "to" ("the" by a rule of its words, never before a company\'s own name)'
    ),
    "position": "the role title",
    "the_role": '"the Product Manager role at Brightwave" (or "the role at ...", "the role")',
    "team": (
        '"the Brightwave team" or "your team"; without a legal form ("Acme, Inc.": "the Acme team")'
    ),
    "interview_type": "phone, video, onsite, panel, final, chat or other",
    "occasion": '"our call", "our video call", "meeting the team", "meeting the panel", ...',
    "interview_day": '"Friday, November 20" (the year is added when it is not the send year)',
    "interview_weekday": '"Friday"; the date when the interview is over six days back',
    "interview_when": (
        '"today", "yesterday" or "on Wednesday, December 2": the interview from the day the '
        "message goes out (its due date, or today when later)"
    ),
    "topic": "what was discussed (the Topic column)",
    "value_add": "an article, idea or work sample to offer (the Value Add column)",
    "decision_day": (
        'the stated decision date, "Tuesday, November 24", also the day a phrase such as '
        '"next week" is read as'
    ),
    "written_decision_day": (
        "decision_day when the Decision Date cell holds a date; '' when it holds a phrase "
        '("next week", "within 48 hours") or the day is a holiday there: a date they never '
        "said is not quoted to them"
    ),
    "decision_day_passed": (
        '"yes" when the message goes out (its due date, or today when later) after '
        'decision_day, else ""'
    ),
    "applied_day": 'the day you applied, "Monday, November 2" (the Date Applied column)',
    "check_ins_sent": 'how many check-ins of the interview are marked sent, "1" or "2"; "" if none',
    "thank_you_note_sent": '"yes" when the thank-you note is marked sent, else ""',
    "on_hold": '"yes" when the row\'s outcome is on hold (a hiring freeze, a role paused), else ""',
    "sender_name": "the job seeker: the row's Client, else [sender] name",
    "sender_email": "[sender] email",
    "sender_phone": "[sender] phone",
    "contact": '"maya@example.com or 555-0100", either one, or ""',
    "signature": "[sender] signature, else the sender's name",
}

# Cells and mail bodies keep line feeds and nothing else below U+0020 (nor DEL, nor C1).
# Removed from every value, with plane 15 (private use), which the renderer's placeholders use.
CONTROL_CHARACTERS = re.compile(f"[{CONTROLS}\U000f0000-\U000fffff]")
# Placeholders for transparent variables: supplementary private-use characters, one each.
_SENTINEL_BASE = 0xF0000


@dataclass(frozen=True)
class Skeleton:
    """A template's tidied text cut where its present transparent variables go: the text is
    ``pieces[0]``, the value of ``names[0]``, ``pieces[1]``, and so on."""

    pieces: tuple[str, ...]  # one more than names
    names: tuple[str, ...]

    @classmethod
    def from_render(cls, text: str, transparent: tuple[str, ...]) -> Skeleton:
        """From a render that put placeholder ``i`` where ``transparent[i]`` goes."""
        placeholders = {chr(_SENTINEL_BASE + i): name for i, name in enumerate(transparent)}
        if not placeholders:
            return cls((text,), ())
        parts = re.split(f"([{''.join(placeholders)}])", text)
        return cls(tuple(parts[::2]), tuple(placeholders[p] for p in parts[1::2]))

    def fill(self, context: Mapping[str, Any], *, subject: bool) -> str:
        parts = [self.pieces[0]]
        for name, piece in zip(self.names, self.pieces[1:], strict=True):
            parts += (context[name], _after(context[name], piece))
        return _finish("".join(parts), subject=subject)

    def fill_many(
        self, columns: Mapping[str, np.ndarray], members: np.ndarray, *, subject: bool
    ) -> list[str]:
        """``fill`` for the contexts at ``members`` of ``columns``, one per member."""
        if not self.names:
            return [_finish(self.pieces[0], subject=subject)] * len(members)
        values = [columns[name][members].tolist() for name in self.names]
        parts: list[Iterable[str]] = [repeat(self.pieces[0])]
        for column, piece in zip(values, self.pieces[1:], strict=True):
            parts += (column, _pieces_after(column, piece))
        texts = list(map("".join, zip(*parts, strict=False)))  # as many as the values
        if self._finish_may_change(values, subject=subject):
            return [_finish(text, subject=subject) for text in texts]
        return texts

    def _finish_may_change(self, values: list[list[str]], *, subject: bool) -> bool:
        """Whether ``_finish`` may change a text filled with ``values`` (one list per name).
        False: it changes none, and the texts need not be scanned one by one."""
        columns = [set(column) for column in values]
        every_value = set().union(*columns)
        longest = sum(map(len, self.pieces)) + sum(max(map(len, column)) for column in columns)
        return (
            "" in every_value  # (never: a variable is filled in only when present)
            or (subject and any("\n" in text for text in (*self.pieces, *every_value)))
            or (subject and longest > MAX_CELL_TEXT // 2)  # a unit or two a character
        )


def _after(value: str, piece: str) -> str:
    """``piece`` as it follows ``value``: without the template's period when the value ends
    in one ("Acme Inc." before ". I look forward" gives "Acme Inc. I look forward"). The
    value itself is as typed: "A..B Labs" stays, and so does a template's own ellipsis."""
    if piece[:1] == "." and piece[1:2] != "." and value[-1:] == ".":
        return piece[1:]
    return piece


def _pieces_after(values: list[str], piece: str) -> Iterable[str]:
    """``_after`` of each value of a column and the ``piece`` after them."""
    if piece[:1] != "." or not any(value[-1:] == "." for value in values):
        return repeat(piece)
    return [_after(value, piece) for value in values]


@dataclass
class ActionTemplate:
    """One action's template file: its subject line and its body, with their render cache."""

    subject: jinja2.Template
    body: jinja2.Template
    path: Path
    transparent: tuple[str, ...]  # see the module docstring
    opaque: tuple[str, ...]
    cache: dict[tuple[Any, ...], tuple[Skeleton, Skeleton]] = field(default_factory=dict)

    def render(self, context: Mapping[str, Any]) -> tuple[str, str]:
        """(subject, body) for one context: tidied, the subject within a cell, the body whole
        (an .eml holds it; ``render.cell_draft`` fits it in a cell)."""
        subject, body = self.skeletons(context)
        return subject.fill(context, subject=True), body.fill(context, subject=False)

    def skeletons(self, context: Mapping[str, Any]) -> tuple[Skeleton, Skeleton]:
        """The (subject, body) skeletons every context alike to this one shares (cached)."""
        key = (
            tuple([context[name] != "" for name in self.transparent]),
            *[context[name] for name in self.opaque],
        )
        try:
            return self.cache[key]
        except KeyError:
            self.cache[key] = skeletons = self._skeletons(context, key[0])
            return skeletons

    def alike(self, columns: Mapping[str, np.ndarray], members: np.ndarray) -> list[np.ndarray]:
        """``members`` (positions in ``columns``, ascending) in groups that share skeletons:
        the same transparent variables present, the same opaque values."""
        group = np.zeros(len(members), dtype=np.int64)
        for name in self.transparent:
            group = group * 2 + (columns[name][members] != "")
        for name in self.opaque:
            values = _codes(columns[name][members].tolist())
            # Numbered afresh first, so that the product stays small.
            group = _codes(group.tolist()) * (values.max() + 1) + values
        order = np.argsort(group, kind="stable")  # keeps each group's members ascending
        return np.split(members[order], np.flatnonzero(np.diff(group[order])) + 1)

    def _skeletons(
        self, context: Mapping[str, Any], present: tuple[bool, ...]
    ) -> tuple[Skeleton, Skeleton]:
        stand_in = dict(context)
        for name in self.opaque:
            if isinstance(stand_in[name], str):
                stand_in[name] = marked_indentation(stand_in[name])
        for i, name in enumerate(self.transparent):
            if present[i]:
                stand_in[name] = chr(_SENTINEL_BASE + i)
        out = []
        for template, is_subject in ((self.subject, True), (self.body, False)):
            text = tidy(printable(render_or_raise(template, stand_in)))
            if is_subject:
                text = " ".join(text.split())
            out.append(Skeleton.from_render(text, self.transparent))
        return out[0], out[1]


def _codes(values: list[Any]) -> np.ndarray:
    """A number per distinct value, from 0 (values told apart as a dict tells them)."""
    numbers: dict[Any, int] = {}
    return np.array([numbers.setdefault(value, len(numbers)) for value in values], dtype=np.int64)


def _finish(text: str, *, subject: bool) -> str:
    """What filling values in can leave in a subject: a multi-line signature, more text than
    a cell holds. A message stays whole, for its .eml; its Draft cell is cut (and said) by
    ``render.render_drafts``."""
    if not subject:
        return text
    return within_cell(" ".join(text.split()) if "\n" in text else text)


@dataclass(frozen=True)
class Templates:
    """The template of each action (keys of ``TEMPLATE_FILES``)."""

    by_action: Mapping[str, ActionTemplate]

    def render_many(
        self, columns: Mapping[str, np.ndarray]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(subjects, bodies, problems) of many contexts given as columns, one value per
        context in each (``action`` picks the template).

        Contexts alike (``ActionTemplate.alike``) are rendered once and filled in together.
        A user template that fails, or renders an empty subject or message, for some contexts
        only (``{% if company == "Initech" %}``: the start-up check passed it) gives those
        an empty subject and message and a problem naming the file and line; the others are
        rendered as ever.
        """
        actions = columns["action"]
        groups = []
        for action, template in self.by_action.items():
            members = np.flatnonzero(actions == action)
            if len(members):
                groups += [(alike, template) for alike in template.alike(columns, members)]
        subjects = np.full(len(actions), "", dtype=object)
        bodies = np.full(len(actions), "", dtype=object)
        problems = np.full(len(actions), "", dtype=object)
        for members, template in groups:
            first = {name: column[members[0]] for name, column in columns.items()}
            try:
                subject, body = template.skeletons(first)
            except ConfigError as exc:
                problems[members] = str(exc)
                continue
            subjects[members] = subject.fill_many(columns, members, subject=True)
            bodies[members] = body.fill_many(columns, members, subject=False)
            for skeleton, texts, empty in (
                (body, bodies, f"{template.path}: the message renders empty"),
                (subject, subjects, f"{template.path}, line 1: the subject renders empty"),
            ):
                if "".join(skeleton.pieces).strip():
                    continue  # text of its own: never empty, whatever the values
                for at in members.tolist():
                    if not texts[at].strip():
                        problems[at] = empty
        failed = problems != ""
        subjects[failed] = bodies[failed] = ""
        return subjects, bodies, problems


class _Undefined(jinja2.StrictUndefined):
    """``StrictUndefined`` that says of ``names`` what it is: the list of the names a message
    greets (Jinja2 says "tuple object"), and how many it holds; and of a step after one that
    failed (``attr("__class__")|attr("__mro__")``), the first failure, not this class's name."""

    @property
    def _undefined_message(self) -> str:
        names, index = self._undefined_obj, self._undefined_name
        if isinstance(names, jinja2.Undefined):  # a step after one that failed: say that one
            return str(names._undefined_message)
        if self._undefined_hint is None and isinstance(names, tuple) and isinstance(index, int):
            if not names:
                return f"names has no element {index}: the message greets no one by name"
            greeted = ", ".join(map(str, names))
            return f"names has no element {index}: the message greets {len(names)} ({greeted})"
        return str(super()._undefined_message)


# Set while the start-up check renders its full sample: every element a template asks for is
# there (``names[7]``: a row may greet eight), so what fails then fails whatever the row.
_EVERY_ELEMENT: ContextVar[bool] = ContextVar("every_element", default=False)


class _TemplateSandbox(LimitedSandbox):
    def getitem(self, obj: Any, argument: Any) -> Any:
        sequence = isinstance(obj, (tuple, str)) and isinstance(argument, int)
        if sequence and _EVERY_ELEMENT.get() and not -len(obj) <= argument < len(obj):
            return obj[:1] if isinstance(obj, str) else (obj or ("",))[0]
        return super().getitem(obj, argument)


# Indentation the user wrote (a template's own text, a signature's lines): marked while
# rendering and tidying, so that ``tidy`` tells it from the spaces a missing piece leaves.
# A plane-15 character: no value holds one (CONTROL_CHARACTERS), placeholders are far below.
INDENT = "\U000ffffd"
_TEMPLATE_INDENT = re.compile(r"(\n)([ \t]+)")
_VALUE_INDENT = re.compile(r"(\n)( +)")


# A space the template's text puts before ; : ! or ? ("le processus ?", French typography):
# marked like indentation, so that ``tidy`` keeps it while it takes the space a missing piece
# leaves before a mark.
KEPT_SPACE = "\U000ffffc"
_SPACE_BEFORE_MARK = re.compile(r" (?=[;:!?])")


def _marked(indent: re.Match[str]) -> str:
    return indent[1] + INDENT * len(indent[2].expandtabs(4))


class _KeptIndentation(Extension):
    """Marks the indentation a template's text gives its lines (``    1. the team``) and the
    spaces it puts before ; : ! ? (``KEPT_SPACE``), before
    ``lstrip_blocks``/``trim_blocks`` have taken the spaces and line breaks of block tags'
    lines (the lexer does that, before this sees the text)."""

    def filter_stream(self, stream: TokenStream) -> Iterable[Token]:
        block_ended = 0  # the line of the block tag's end just before, 0 after anything else
        for token in stream:
            if token.type == "data":
                # On a later line than that end: trim_blocks took the line break before it.
                line_start = token.lineno > block_ended > 0
                text = ("\n" if line_start else "") + token.value
                text = _TEMPLATE_INDENT.sub(_marked, text)
                text = _SPACE_BEFORE_MARK.sub(KEPT_SPACE, text)
                token = Token(token.lineno, "data", text[1:] if line_start else text)
            block_ended = token.lineno if token.type == "block_end" else 0
            yield token


def marked_indentation(value: str) -> str:
    """A multi-line value (a signature) with its lines' indentation marked, as a template's
    own is, for a render that tidies it."""
    return _VALUE_INDENT.sub(_marked, value) if "\n " in value else value


def environment() -> SandboxedEnvironment:
    env = _TemplateSandbox(
        extensions=[_KeptIndentation],
        autoescape=False,
        undefined=_Undefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["in_language"] = in_language  # a day in the template's language
    return env


def load_templates(folder: str | os.PathLike[str] | None = None) -> Templates:
    """The shipped templates, each replaced by a same-named file in ``folder`` (a str or a
    path; ``config.templates``) when present.

    Raises ``ConfigError`` naming the file and line when one is broken, ``WrongArgument``
    when ``folder`` is no path.
    """
    search = [SHIPPED]
    if folder is not None:
        from followup_batch.read.files import path_argument

        folder = Path(path_argument(folder, "load_templates", "a folder's path or None"))
        if (problem := folder_problem(folder)) is not None:
            raise ConfigError(f"templates folder {folder}: {problem[0]}; {problem[1]}")
        if (stray := misnamed_template(folder)) is not None:
            raise ConfigError(stray)
        search.insert(0, folder)
    env = environment()
    by_action: dict[str, ActionTemplate] = {}
    for action, name in TEMPLATE_FILES.items():
        path = next(p / name for p in search if (p / name).is_file())
        by_action[action] = compile_file(env, path)
        trial_render(by_action[action], action)
    return Templates(by_action)


KNOWN_TEMPLATE_FILES = (*TEMPLATE_FILES.values(), *OTHER_TEMPLATE_FILES)
# What an editor may add to a template's name: Notepad's "Text Documents" adds .txt
# (thank_you.txt.j2.txt), and Windows hides the extension, so a file saved as "thank_you.txt"
# looks right there.
_ADDED_SUFFIXES = (".txt", ".j2", ".html", ".htm", ".jinja", ".jinja2")


def misnamed_template(folder: Path) -> str | None:
    """The error for the first file of ``folder`` meant as a template under a name no template
    has, or None. Meant as a template: its name ends in ``.j2`` or is a template's name with
    its extensions cut or added (``thank_you.txt``, ``thank_you.txt.j2.txt``). Hidden files
    (``.DS_Store``, the ``._`` copies a Mac leaves on a USB stick or a share) and files of
    other names (``README.md``, ``notes.txt``, ``digest.html``, the page a run may write
    there) are not templates and are left alone."""
    known_stems = {_stem(name): name for name in KNOWN_TEMPLATE_FILES}
    for path in sorted(folder.iterdir()):
        name = path.name
        if name in KNOWN_TEMPLATE_FILES or name.startswith(".") or not path.is_file():
            continue
        meant = known_stems.get(_stem(name))
        if ".j2" not in name.lower() and (meant is None or meant in OTHER_TEMPLATE_FILES):
            continue  # digest.html: maybe the page a run wrote into the folder
        if meant is None:
            close = difflib.get_close_matches(_stem(name), known_stems, n=1, cutoff=0.75)
            meant = known_stems[close[0]] if close else None
        problem = f"{path}: not a template name this tool uses"
        if meant is None:
            return (
                f"{problem}; name an override after the template it replaces: "
                f"{', '.join(KNOWN_TEMPLATE_FILES)}"
            )
        if name.lower() == f"{meant}.txt":
            return f'{problem}; did you mean {meant}? (Notepad adds .txt: save as "All files")'
        return f"{problem}; did you mean {meant}? Rename it to replace that template"
    return None


def _stem(name: str) -> str:
    """``thank_you`` of ``thank_you.txt.j2.txt``: the name without the extensions an editor
    or a user may add or cut."""
    name = name.lower()
    while (suffix := next((s for s in _ADDED_SUFFIXES if name.endswith(s)), None)) is not None:
        name = name.removesuffix(suffix)
    return name


def folder_problem(folder: Path) -> tuple[str, str] | None:
    """Why ``folder`` cannot hold templates and what to do, or None."""
    if folder.is_dir():
        return None
    if folder.exists():
        return f"{folder} is a file, not a folder", "name the folder that holds your templates"
    return f"there is no folder {folder}", "make it, or fix the path"


def compile_file(env: SandboxedEnvironment, path: Path) -> ActionTemplate:
    """The first line is the subject, compiled on its own; the body starts with that line's
    line break so Jinja's line numbers stay the file's."""
    try:
        source = path.read_text(encoding="utf-8").lstrip("\ufeff")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read template: {exc}") from None
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        raise ConfigError(
            f"{path}, line {line}: is not UTF-8 text (a template is a text file); save it as "
            'UTF-8 (in Notepad: Save As, Encoding "UTF-8")'
        ) from None
    first, _, rest = source.partition("\n")
    if not first.startswith("Subject:"):
        raise ConfigError(f"{path}, line 1: a template starts with its subject, 'Subject: ...'")
    try:
        tree = env.parse(source, path.name, str(path))
        check_filters_and_tests(env, tree, path)  # before Jinja2 compiles it, in its words
        subject = _template(env, first.removeprefix("Subject:"), path)
        body = _template(env, "\n" + rest, path)
    except jinja2.TemplateSyntaxError as exc:
        raise ConfigError(f"{path}, line {exc.lineno}: {exc.message}") from None
    unknown_variable(tree, CONTEXT_VARIABLES, path)
    transparent, opaque = variable_uses(tree)
    return ActionTemplate(subject, body, path, transparent, opaque)


# A template is one file: one that pulls in another (a shared footer) would escape the checks
# and the fast renderer, which read its variables from its own text.
OTHER_FILES = {
    nodes.Include: "include",
    nodes.Import: "import",
    nodes.FromImport: "import",
    nodes.Extends: "extends",
}


def check_filters_and_tests(env: jinja2.Environment, tree: nodes.Template, path: Path) -> None:
    """Raise ``ConfigError`` naming the file and line of a filter or test Jinja2 does not
    have (it says one in its own words when it compiles, or only when a render reaches it,
    inside ``{% if %}``), or of an ``{% include %}``, ``import`` or ``extends``."""
    for other in tree.find_all(tuple(OTHER_FILES)):
        raise ConfigError(
            f"{path}, line {other.lineno}: {{% {OTHER_FILES[type(other)]} %}} is not available: "
            "a template is one file; write the shared text into each template (a signature "
            "goes in the config's [sender] signature)"
        )
    for node in tree.find_all((nodes.Filter, nodes.Test)):
        kind, known = (
            ("filter", env.filters) if isinstance(node, nodes.Filter) else ("test", env.tests)
        )
        name = node.name  # type: ignore[attr-defined]
        if name not in known:
            close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.8)
            hint = f"did you mean {close[0]}?" if close else "see Jinja2's list of them"
            raise ConfigError(f"{path}, line {node.lineno}: unknown {kind} {name!r}; {hint}")


def unknown_variable(
    tree: nodes.Template, known: Iterable[str], path: Path, kind: str = "templates"
) -> None:
    """Raise ``ConfigError`` naming the file and line of the first variable ``tree`` uses
    that is not one of ``known``, with the closest one and the list."""
    known = list(known)
    unknown = meta.find_undeclared_variables(tree) - set(known)
    if not unknown:
        return
    line, name = min(
        (node.lineno, node.name)
        for node in tree.find_all(nodes.Name)
        if node.name in unknown and node.ctx == "load"
    )
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.75)
    hint = f" (did you mean {close[0]}?)" if close else ""
    raise ConfigError(
        f"{path}, line {line}: unknown variable {name!r}{hint}; {kind} can use {', '.join(known)}"
    )


def _template(env: SandboxedEnvironment, source: str, path: Path) -> jinja2.Template:
    code = env.compile(source, path.name, str(path))
    return env.template_class.from_code(env, code, env.make_globals(None))


# Variables whose values are not text: printed, Jinja2 formats them (``names`` as "Dana and
# Sam", ``context.Names``), so they are never filled in as text (a template printing
# ``{{ names }}`` gets what a direct render gives).
NOT_TEXT = frozenset({"names"})


def variable_uses(tree: nodes.Template) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(transparent, opaque) context variables of a template; see the module docstring."""
    plain: set[int] = set()

    def mark_test(expression: nodes.Node) -> None:
        if isinstance(expression, nodes.Name):
            plain.add(id(expression))
        elif isinstance(expression, nodes.Not):
            mark_test(expression.node)
        elif isinstance(expression, (nodes.And, nodes.Or)):
            mark_test(expression.left)
            mark_test(expression.right)

    for output in tree.find_all(nodes.Output):
        plain.update(id(child) for child in output.nodes if isinstance(child, nodes.Name))
    for condition in tree.find_all((nodes.If, nodes.CondExpr)):
        mark_test(condition.test)  # type: ignore[attr-defined]
    used = [n for n in tree.find_all(nodes.Name) if n.name in CONTEXT_VARIABLES]
    opaque = {n.name for n in used if n.ctx != "load" or id(n) not in plain or n.name in NOT_TEXT}
    transparent = {n.name for n in used} - opaque
    return tuple(sorted(transparent)), tuple(sorted(opaque))


def error_line(exc: BaseException, path: Path) -> str:
    lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == str(path)]
    return f"line {lines[-1]}" if lines else "line ?"


class RenderFailed(ConfigError):
    """A template failed to render a context; the message names the file and line."""

    def __init__(self, message: str, cause: BaseException) -> None:
        super().__init__(message)
        self.cause = cause


def render_or_raise(template: jinja2.Template, context: Mapping[str, Any]) -> str:
    try:
        return render_limited(template, context)
    except Exception as exc:  # any failure of a user's expression becomes a config error
        path = Path(template.filename or "template")
        message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        raise RenderFailed(f"{path}, {error_line(exc, path)}: {message}", exc) from None


def trial_render(template: ActionTemplate, action: str) -> None:
    """Render against a full and a bare context, directly (no cache), so a user's expression
    that fails whatever the row shows up at load rather than on every row later.

    The full context has every value and every element a template asks for: a failure there
    refuses the template. The bare one has none: a failure there is one of some rows only
    (``{{ names[0] }}`` where no one is greeted), left to them (``Templates.render_many``),
    unless it is past a limit or at the sandbox's wall, which no row's values change."""
    for number, context in enumerate(trial_contexts(action)):
        token = _EVERY_ELEMENT.set(number == 0)
        try:
            subject = render_or_raise(template.subject, context)
            body = render_or_raise(template.body, context)
        except RenderFailed as failure:
            if number == 0 or isinstance(failure.cause, (TemplateLimit, SecurityError)):
                raise ConfigError(str(failure)) from None
            continue
        finally:
            _EVERY_ELEMENT.reset(token)
        # With every value known (the first context) a message must say something; with
        # none, a template may rightly say only what it has ("{% if names %}...").
        if number == 0 and not subject.strip():
            raise ConfigError(f"{template.path}, line 1: the subject renders empty")
        if number == 0 and not body.strip():
            raise ConfigError(
                f"{template.path}: the message renders empty (write it below the Subject: line)"
            )
        if not fits_cell(body):
            raise ConfigError(
                f"{template.path}: the message renders {cell_length(body):,} characters, "
                "more than a "
                f"spreadsheet cell holds ({MAX_CELL_TEXT:,}); shorten it"
            )


def join_names(names: Sequence[str]) -> str:
    """ "Dana", "Dana and Sam", "Dana, Sam and Lee": names as a greeting joins them."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


class Names(tuple[str, ...]):
    """The forms of address a message greets (a template's ``names``): indexed and looped over
    as a list, and printed whole as the greeting joins them ("Dana and Sam", "Dana, Sam and
    Lee"), not as Python writes a tuple."""

    __slots__ = ()

    def __str__(self) -> str:
        return join_names(self)


def trial_contexts(action: str) -> list[dict[str, Any]]:
    full: dict[str, Any] = {
        "action": action,
        "greeting": "Hi Dana and Sam,",
        "names": Names(("Dana", "Sam")),
        "recipient": "Dana Ortiz",
        "company": "Brightwave",
        "the_company": "Brightwave",
        "position": "Product Manager",
        "the_role": "the Product Manager role at Brightwave",
        "team": "the Brightwave team",
        "interview_type": "video",
        "occasion": "our video call",
        "interview_day": "Friday, November 20",
        "interview_weekday": "Friday",
        "interview_when": "on Friday, November 20",
        "topic": "pricing experiments",
        "value_add": "a teardown of a competitor's onboarding",
        "decision_day": "Tuesday, November 24",
        "written_decision_day": "Tuesday, November 24",
        "decision_day_passed": "yes",
        "applied_day": "Monday, November 2",
        "check_ins_sent": "1",
        "thank_you_note_sent": "yes",
        "on_hold": "yes",
        "sender_name": "Maya Chen",
        "sender_email": "maya@example.com",
        "sender_phone": "555-0100",
        "contact": "maya@example.com or 555-0100",
        "signature": "Maya Chen",
    }
    bare: dict[str, Any] = {key: "" for key in full}
    bare.update(
        action=action,
        greeting="Hello,",
        names=Names(),
        the_role="the role",
        team="your team",
        interview_type="other",
        occasion="our conversation",
    )
    return [full, bare]


# --- output text ------------------------------------------------------------------------------

_SPACE_RUNS = re.compile(r"[ \t\u00a0]{2,}")
# From a run's first space only (each space of a long run tried in turn scanned the rest).
_LINE_EDGES = re.compile(r"(?<![ \t])[ \t]+\n|\n[ \t]+")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"(?<![ \t])[ \t]+([,.;:!?])(?=\s|$)")
_DOUBLED_PERIOD = re.compile(r"(?<!\.)\.\.(?!\.)")  # an ellipsis stays
_DOUBLED_MARK = re.compile(r"([,;:])\1+")
_BLANK_LINES = re.compile(r"\n{3,}")
_SPACE_AFTER_INDENT = re.compile(f"({INDENT}+)[ \\t]+")
_INDENT_ALONE = re.compile(f"(?m)^{INDENT}+$")
_SPACE_BEFORE_KEPT = re.compile(f"(?<![ \\t])[ \\t]+{KEPT_SPACE}")


def tidy(text: str) -> str:
    """Spacing a template's optional pieces can leave: doubled spaces, a space before a comma
    or a mark, "Inc.." at a sentence end, spaces at line ends and starts, runs of blank lines.
    The indentation the user wrote (marked ``INDENT``) and the space the template's text puts
    before ; : ! ? (marked ``KEPT_SPACE``) stay, as spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if KEPT_SPACE in text:  # one space there, the template's, whatever a missing piece left
        text = _SPACE_BEFORE_KEPT.sub(KEPT_SPACE, text)
    text = _SPACE_RUNS.sub(" ", text)
    text = _LINE_EDGES.sub("\n", text)
    text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    text = _DOUBLED_PERIOD.sub(".", _DOUBLED_MARK.sub(r"\1", text))
    if INDENT in text:  # the user's indentation, without what a missing piece left after it
        text = _INDENT_ALONE.sub("", _SPACE_AFTER_INDENT.sub(r"\1", text))
        text = _BLANK_LINES.sub("\n\n", text).strip("\n ").replace(INDENT, " ")
    else:
        text = _BLANK_LINES.sub("\n\n", text).strip("\n ")
    return text.replace(KEPT_SPACE, " ")


def cell_text(text: str) -> str:
    """Safe in a spreadsheet cell: no control characters but the line feed, within Excel's
    32,767 characters. (A leading =, +, - or @ stays: an xlsx cell of text is never a formula,
    and the CSV writer guards its cells, ``write.csv_out.guard_csv_text``.)"""
    return within_cell(CONTROL_CHARACTERS.sub("", text))
