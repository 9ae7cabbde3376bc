"""The package's regular expressions, fed the shapes that make a backtracking pattern run for
ever or for the square of a cell's length, in a child process that a parent watches.

``cell_patterns`` finds every compiled pattern of ``followup_batch`` (module values, class
attributes, and those inside their tables: tuples, lists, dicts, frozen dataclasses and the
package's own objects) and every literal pattern a function there passes to ``re``.
``shapes`` gives the cells that make a pattern backtrack: long runs of spaces, digits and
punctuation, a word of the pattern's own repeated, all its words in turn, each 10,000
characters and most ending in a character that fails the match. ``search_shapes`` gives
such runs of 20,000 characters for ``search``, which tries each start in turn: a pattern that
scans the rest of the cell from every start takes the square of its length there.

Python's ``re`` does not look at signals while it matches, so a pattern that backtracks for
ever cannot be stopped inside the process: ``sweep`` and ``slow_searches`` run the matches in
a child that names each one before it starts, and kill the child when one has not ended
within ``stall_seconds`` (minutes: a slow machine's figure is no finding, a pattern that
never ends is). ``slow_searches`` also has the child time each search in its own CPU
seconds (another process's load does not count), against a budget a linear pattern is a
hundred times under at 20,000 characters and a quadratic one is over.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import importlib
import importlib.util
import os
import pkgutil
import re
import selectors
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

PACKAGE = "followup_batch"
CELL_CHARACTERS = 10_000
# What the reader does with a cell: ``match`` and ``fullmatch`` from its first character. A
# ``search`` tries each start in turn: a pattern that runs for ever does so from the first
# one already on these shapes (each a repetition), and the other starts only multiply a
# pattern's time by the cell's length, which is slow, not a hang.
METHODS = ("match", "fullmatch")
# Runs of one character or a few, the shapes a messy tracker holds (a cell of spaces, a
# pasted column of digits, a line of dashes), each also ended by a character that fails.
RUNS = (
    " ",
    "\t ",
    "\u00a0",
    "\n",
    "\r\n",
    "1",
    "1 ",
    "1.",
    "1/",
    "1-",
    "1,",
    "12:",
    "a",
    "a ",
    "ab",
    "word ",
    "Mr ",
    "A. ",
    "x, ",
    "x and ",
    "2026-01-01 ",
    "+1 ",
    "-",
    ".",
    ",",
    "(",
    ")",
    "/",
    "'",
    "_",
    "#",
    ":",
    "@",
    "a@",
    "a.",
    "a.b@",
    "<a ",
    "&amp;",
    "é",
    "日",
)
FAILING_END = "!"
# ``search``, which tries each start of a cell in turn, on 20,000 characters: a tracker's
# cell can hold them (Excel's limit is 32,767), and a pattern that scans the rest of the
# cell from each start takes 20,000 times longer there than on 20 characters.
SEARCH_CHARACTERS = 20_000
SEARCH_RUNS = (
    " ",  # a cell of spaces
    "\t ",
    "\u00a0",
    "\n",
    "1",
    "a",
    "a ",
    "1.",  # digits and dots
    "1-",  # dashes and slashes with digits
    "1/",
    "12/01-",
    "-1/",
    "x - ",
    "sent ",  # a word repeated
    "Maya Chen ",
    "(",
    "<a ",  # a workbook's XML, for the patterns of bytes
    "é ",
)
# Patterns the package applies only to text whose runs of spaces it has made one space
# (``" ".join(text.split())``), and the function that does: fed the shapes so made.
COLLAPSED = {
    "followup_batch.normalise.dates._EAST_ASIAN_TIME": "dates._east_asian_date",
    "followup_batch.normalise.dates._TIME_ZONE": "dates.parse_date_text",
    "followup_batch.normalise.dates._TRAILING_WEEKDAY": "dates.parse_date_text",
    "followup_batch.normalise.dates._DATE_SEPARATORS": "dates.parse_date_text",
    "followup_batch.normalise.row_dates._MARK_THEN_RELATIVE": "row_dates (the sent mark)",
}
# Patterns the package applies only with ``fullmatch``, through a tuple named first and looped
# over after (``after = (_AFTER, …)``), which ``pattern_methods`` does not follow; and where.
MATCHED_WHOLE = {
    f"followup_batch.normalise.holiday_phrases.{name}": "holiday_phrases._holiday_said"
    for name in (
        *("_AFTER", "_AFTER_LAST", "_AFTER_CJK", "_AFTER_THAI", "_AFTER_HEBREW"),
        *("_AFTER_VIETNAMESE", "_BEFORE", "_BEFORE_CJK"),
    )
}
# Patterns known to scan a long cell again and again, not yet made linear: left out of the
# sweep, each with the figure measured and why it is left (CPU seconds, its slowest shape).
# None since stop 53: the 31 found at stop 52 were made linear (fx240, fx241, fx242).
SKIPPED: dict[str, str] = {}
STARTUP_SECONDS = 300.0  # to import the package and compile its patterns, on a loaded machine


@dataclasses.dataclass(frozen=True)
class Stall:
    """A match that had not ended after the sweep's limit."""

    where: str  # module.NAME or module:line
    pattern: str
    method: str
    shape: str  # how the cell was made

    def __str__(self) -> str:
        return (
            f"{self.where} ({self.pattern!r}).{self.method} on {self.shape} did not end: "
            "it backtracks for ever on such a cell"
        )


def cell_patterns() -> list[tuple[str, re.Pattern[str] | re.Pattern[bytes]]]:
    """Each distinct pattern of ``PACKAGE`` with where it is defined, in a fixed order."""
    found: dict[tuple[object, int], tuple[str, re.Pattern[str] | re.Pattern[bytes]]] = {}

    def walk(value: object, where: str, depth: int = 0) -> None:
        if isinstance(value, re.Pattern):
            found.setdefault((value.pattern, value.flags), (where, value))
        elif depth >= 4 or isinstance(value, str | bytes | int | float):
            return
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key, where, depth + 1)
                walk(item, where, depth + 1)
        elif isinstance(value, list | tuple | set | frozenset):
            for item in value:
                walk(item, where, depth + 1)
        elif isinstance(value, type):
            if value.__module__.startswith(PACKAGE):  # a class's attributes, not an import's
                for name, item in sorted(vars(value).items()):
                    walk(item, f"{where}.{name}", depth + 1)
        elif type(value).__module__.startswith(PACKAGE):  # the package's own objects
            names = []
            if dataclasses.is_dataclass(value) and not isinstance(value, type):
                names += [field.name for field in dataclasses.fields(value)]
            names += sorted(getattr(value, "__dict__", {}))
            names += [n for n in getattr(type(value), "__slots__", ()) if hasattr(value, n)]
            for name in dict.fromkeys(names):
                walk(getattr(value, name), where, depth + 1)

    for module in _modules():
        imported = _imported(module.__name__)
        for name, value in sorted(vars(module).items()):
            if name not in imported:  # found where it is defined
                walk(value, f"{module.__name__}.{name}")
        for line, _, pattern in _literal_patterns(_tree(module.__name__)):
            walk(pattern, f"{module.__name__}:{line}")
    return sorted(found.values(), key=lambda found: found[0])


def _modules() -> Iterator[ModuleType]:
    """Every module of ``PACKAGE`` but ``__main__`` (which runs the command line)."""
    package = importlib.import_module(PACKAGE)
    yield package
    for info in pkgutil.walk_packages(package.__path__, f"{PACKAGE}."):
        if not info.name.endswith(".__main__"):
            yield importlib.import_module(info.name)


@functools.cache
def _tree(module: str) -> ast.Module:
    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin is not None
    return ast.parse(Path(spec.origin).read_text(encoding="utf-8"))


@functools.cache
def _imported(module: str) -> dict[str, str]:
    """The names ``module`` imports from another module of the package: name -> that module."""
    names: dict[str, str] = {}
    for node in ast.walk(_tree(module)):
        if isinstance(node, ast.ImportFrom) and node.module:
            source = node.module
            if node.level:  # from .x import y
                source = ".".join([*module.split(".")[: -node.level], node.module])
            names.update((alias.asname or alias.name, source) for alias in node.names)
    return names


def pattern_methods(where: str) -> tuple[str, ...]:
    """How the package applies the pattern found at ``where``: ``match`` or ``fullmatch``
    where every use of its name is one of those (a field read whole), else ``search``
    (``sub``, ``findall``, ``finditer`` and ``split`` scan as it does; a pattern passed on or
    kept in a table may be searched)."""
    if where in MATCHED_WHOLE:
        return ("fullmatch",)
    if ":" in where:  # a literal pattern passed to re.search(...) and the like
        module, line = where.rsplit(":", 1)
        called = {f for at, f, _ in _literal_patterns(_tree(module)) if at == int(line)}
        return tuple(sorted({f if f in {"match", "fullmatch"} else "search" for f in called}))
    module, name = where.rsplit(".", 1)
    while module not in _module_names():  # module.Class.NAME
        module = module.rsplit(".", 1)[0]
    readers = [m for m in _module_names() if m == module or _imported(m).get(name) == module]
    methods: set[str] = set()
    for reader in readers:
        methods |= _uses(reader, name)
    return tuple(sorted(methods or {"search"}))


def _uses(module: str, name: str) -> set[str]:
    """What is called on ``name`` (or ``x.name``) in ``module``: match, fullmatch or search.
    A loop over a tuple of patterns (``for pattern in (A, B): pattern.fullmatch(…)``) is
    followed to what is called on its variable."""
    parents, named = _parents(module), _named(module)
    methods: set[str] = set()
    for node in named.get(name, ()):
        if not isinstance(getattr(node, "ctx", None), ast.Store | ast.Del):
            methods |= _called(node, parents)
    return methods


# Once a module: a sweep asks about each of its 400-odd patterns, and walking a module's tree
# again for each took most of a sweep's CPU, more than the matches it times.
@functools.cache
def _parents(module: str) -> dict[ast.AST, ast.AST]:
    """Each node of ``module``'s tree -> the node it is in."""
    tree = _tree(module)
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


@functools.cache
def _named(module: str) -> dict[str, list[ast.AST]]:
    """Each name read or written in ``module`` (``name``, or ``x.name``) -> its nodes, in the
    order ``ast.walk`` meets them."""
    found: dict[str, list[ast.AST]] = {}
    for node in ast.walk(_tree(module)):
        if isinstance(node, ast.Name):
            found.setdefault(node.id, []).append(node)
        elif isinstance(node, ast.Attribute):
            found.setdefault(node.attr, []).append(node)
    return found


def _called(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> set[str]:
    parent = parents.get(node)
    if isinstance(parent, ast.Attribute) and parent.attr in {"pattern", "flags"}:
        return set()  # its text, read to build another pattern
    caller = parents.get(parent) if parent is not None else None
    if isinstance(parent, ast.Attribute) and isinstance(caller, ast.Call) and caller.func is parent:
        return {parent.attr if parent.attr in {"match", "fullmatch"} else "search"}
    variable = _loop_variable(node, parents)
    if variable is None:
        return {"search"}  # passed on or kept: it may be searched
    loop = parents[variable]
    while not isinstance(loop, ast.For | ast.comprehension):
        loop = parents[loop]
    scope = loop.body if isinstance(loop, ast.For) else [parents[loop]]  # the comprehension
    found: set[str] = set()
    for statement in scope:
        for use in ast.walk(statement):
            if isinstance(use, ast.Name) and use.id == variable.id and use is not variable:
                found |= _called(use, parents)
    return found or {"search"}


def _loop_variable(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> ast.Name | None:
    """The variable ``node`` is bound to in ``for variable in (…, node, …)``, ``for (x,
    variable) in ((…, node), …)`` or ``(… for variable in node)``, else None."""
    path = [node]
    while isinstance(parents.get(path[-1]), ast.Tuple | ast.List):
        path.append(parents[path[-1]])
    loop = parents.get(path[-1])
    if not isinstance(loop, ast.For | ast.comprehension) or loop.iter is not path[-1]:
        return None
    if len(path) < 2 and isinstance(loop, ast.comprehension):  # for p in TABLE
        return loop.target if isinstance(loop.target, ast.Name) else None
    if len(path) < 2:
        return None
    target: ast.expr = loop.target
    # Inner tuples (below the loop's own) name each element by its place in the target.
    for inner, outer in zip(reversed(path[:-2]), reversed(path[1:-1]), strict=True):
        if not isinstance(target, ast.Tuple) or not isinstance(outer, ast.Tuple | ast.List):
            return None
        place = outer.elts.index(inner)  # type: ignore[arg-type]
        if place >= len(target.elts):
            return None
        target = target.elts[place]
    return target if isinstance(target, ast.Name) else None


@functools.cache
def _module_names() -> list[str]:
    return [module.__name__ for module in _modules()]


def _literal_patterns(
    tree: ast.AST,
) -> Iterator[tuple[int, str, re.Pattern[str] | re.Pattern[bytes]]]:
    """``re.search("...", text)`` and the like: (line, the function, its literal pattern)."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str | bytes)
        ):
            flags = [k.value for k in node.keywords if k.arg == "flags"]
            if node.func.attr == "compile" and len(node.args) > 1:
                flags.append(node.args[1])
            flag = _flags(flags[0]) if flags else 0
            yield node.lineno, node.func.attr, re.compile(node.args[0].value, flag)


def _flags(node: ast.expr) -> int:
    """The value of ``re.IGNORECASE``, ``re.I | re.S`` or ``2`` as written."""
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return node.value
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return int(getattr(re, node.attr, 0)) if node.value.id == "re" else 0
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _flags(node.left) | _flags(node.right)
    return 0


def shapes(pattern: re.Pattern[str] | re.Pattern[bytes]) -> list[tuple[str, str]]:
    """(how it was made, the cell) of each shape fed to ``pattern``: the runs, and the
    pattern's own words (letters of its source) repeated in turn."""
    source = (
        pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode("latin-1")
    )
    words = sorted(set(re.findall(r"[^\W\d_]{2,}", source)))
    made = [(f"{CELL_CHARACTERS:,} of {unit!r}", _run(unit)) for unit in RUNS]
    made += [(f"{unit!r} * {CELL_CHARACTERS:,} + '!'", _run(unit, FAILING_END)) for unit in RUNS]
    if len(words) > 1:
        made.append((f"its {len(words)} words in turn + '!'", _run(" ".join(words) + " ", "!")))
    return made


def search_shapes(pattern: re.Pattern[str] | re.Pattern[bytes]) -> list[tuple[str, str]]:
    """(how it was made, the cell) of each shape ``search`` is timed on: ``SEARCH_RUNS`` of
    ``SEARCH_CHARACTERS``, alone and ended by a failing character, and the pattern's own
    words in turn."""
    source = (
        pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode("latin-1")
    )
    words = sorted(set(re.findall(r"[^\W\d_]{2,}", source)))
    size = SEARCH_CHARACTERS
    made = [(f"{size:,} of {unit!r}", _run(unit, size=size)) for unit in SEARCH_RUNS]
    made += [(f"{unit!r} * {size:,} + '!'", _run(unit, FAILING_END, size)) for unit in SEARCH_RUNS]
    if len(words) > 1:
        made.append(
            (f"its {len(words)} words in turn + '!'", _run(" ".join(words) + " ", "!", size))
        )
    return made


def _run(unit: str, end: str = "", size: int = CELL_CHARACTERS) -> str:
    return (unit * (size // len(unit) + 1))[:size] + end


# (the modules a sweep takes, those of them it leaves): module names, each with its patterns'
# "module.NAME" and "module:line".
Shard = tuple[str | tuple[str, ...], tuple[str, ...]]


def shards(apart: tuple[str, ...]) -> dict[str, Shard]:
    """The package's patterns in parts a sweep each (a child each, to run side by side): each
    subpackage of ``apart`` ("read", …) alone, and the rest of the package together."""
    alone = {name: (f"{PACKAGE}.{name}", ()) for name in apart}
    return {**alone, "the rest": (PACKAGE, tuple(f"{PACKAGE}.{name}" for name in apart))}


def within(where: str, shard: Shard) -> bool:
    def under(modules: str | tuple[str, ...]) -> bool:
        names = (modules,) if isinstance(modules, str) else modules
        return any(where.startswith((f"{m}.", f"{m}:")) for m in names)

    return under(shard[0]) and not (shard[1] and under(shard[1]))


def _cases(
    extra: tuple[str, ...], package: bool = True, under: Shard = (PACKAGE, ())
) -> list[tuple[str, re.Pattern[str] | re.Pattern[bytes]]]:
    planted = [(f"planted {p!r}", re.compile(p)) for p in extra]
    found = [case for case in cell_patterns() if within(case[0], under)] if package else []
    return [*found, *planted]


def _child(
    start: int,
    extra: tuple[str, ...],
    package: bool = True,
    timed: bool = False,
    under: Shard = (PACKAGE, ()),
) -> None:
    """Match every case from number ``start`` on, naming each on stdout before it starts
    (and, ``timed``, saying after it the CPU seconds it took)."""
    number = 0
    for case, (where, pattern) in enumerate(_cases(extra, package, under)):
        if where in SKIPPED:
            continue
        if timed:
            methods = ("search",) if where.startswith("planted") else pattern_methods(where)
            made = search_shapes(pattern)
            if where in COLLAPSED:
                made = [(f"{shape}, collapsed", " ".join(cell.split())) for shape, cell in made]
        else:
            methods, made = METHODS, shapes(pattern)
        for shape, cell in made:
            for method in methods:
                if number >= start:
                    data = cell.encode() if isinstance(pattern.pattern, bytes) else cell
                    print(number, case, method, shape, sep="\t", flush=True)
                    began = time.process_time()
                    getattr(pattern, method)(data)
                    if timed:
                        print("took", time.process_time() - began, sep="\t", flush=True)
                number += 1
    print("done", number, sep="\t", flush=True)


def sweep(
    stall_seconds: float,
    extra: tuple[str, ...] = (),
    package: bool = True,
    heard: Callable[[Stall], None] = lambda stall: None,
) -> tuple[int, list[Stall]]:
    """(how many matches ended, those that did not within ``stall_seconds``): the child is
    killed at a stall and started again after it; ``heard`` is told each stall as it is
    found. ``extra`` plants patterns of a test's own (alone, without ``package``)."""
    stalls: list[Stall] = []

    def stalled(
        case: tuple[str, re.Pattern[str] | re.Pattern[bytes]], method: str, shape: str
    ) -> None:
        stalls.append(Stall(case[0], str(case[1].pattern), method, shape))
        heard(stalls[-1])

    ended = _watch(stall_seconds, extra, package, False, stalled, lambda *took: None)
    return ended, stalls


@dataclasses.dataclass(frozen=True)
class Slow:
    """A search over ``SEARCH_SECONDS`` of CPU on a cell of ``SEARCH_CHARACTERS``, or one
    that had not ended after the sweep's limit (``seconds`` None)."""

    where: str  # module.NAME or module:line
    pattern: str
    method: str
    shape: str  # how the cell was made
    seconds: float | None

    def __str__(self) -> str:
        took = (
            "did not end: it backtracks for ever on such a cell"
            if self.seconds is None
            else f"took {self.seconds:.2f} s of CPU: it scans the rest of the cell from a start "
            "again and again"
        )
        return f"{self.where} ({self.pattern!r}).{self.method} on {self.shape} {took}"


def slow_searches(
    budget_seconds: float,
    stall_seconds: float,
    extra: tuple[str, ...] = (),
    package: bool = True,
    heard: Callable[[Slow], None] = lambda slow: None,
    under: Shard = (PACKAGE, ()),
) -> tuple[int, list[Slow]]:
    """(how many timed matches ended, those over ``budget_seconds`` of CPU or not ended
    within ``stall_seconds``): each pattern of the package applied as the package applies it
    (``pattern_methods``), planted ones (``extra``) searched, on each of its
    ``search_shapes``; ``heard`` is told each slow one as it is found. ``under``: the
    patterns of those modules only (``shards``); ``SKIPPED``'s are left out."""
    slows: list[Slow] = []

    def found(
        case: tuple[str, re.Pattern[str] | re.Pattern[bytes]],
        method: str,
        shape: str,
        seconds: float | None = None,
    ) -> None:
        if seconds is None or seconds > budget_seconds:
            slows.append(Slow(case[0], str(case[1].pattern), method, shape, seconds))
            heard(slows[-1])

    return _watch(stall_seconds, extra, package, True, found, found, under), slows


def _watch(
    stall_seconds: float,
    extra: tuple[str, ...],
    package: bool,
    timed: bool,
    stalled: Callable[[tuple[str, re.Pattern[str] | re.Pattern[bytes]], str, str], None],
    took: Callable[[tuple[str, re.Pattern[str] | re.Pattern[bytes]], str, str, float], None],
    under: Shard = (PACKAGE, ()),
) -> int:
    """Run ``_child`` and watch it: ``stalled`` is told of a match that has not ended within
    ``stall_seconds`` (the child is killed and started again after it), ``took`` of each
    timed match's CPU seconds. How many matches ended."""
    start, stalls = 0, 0
    cases = _cases(extra, package, under)
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), str(Path(__file__).parent)])}
    while True:
        child = subprocess.Popen(
            [
                sys.executable,
                "-c",
                f"import cell_regexes; cell_regexes._child{start, extra, package, timed, under}",
            ],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert child.stdout is not None
        # Read as bytes come (a buffered reader would hold lines the select no longer sees).
        pipe, unread, last = child.stdout.fileno(), b"", list[str]()
        try:
            with selectors.DefaultSelector() as watch:
                watch.register(pipe, selectors.EVENT_READ)
                while True:
                    if not watch.select(stall_seconds if last else STARTUP_SECONDS):
                        if not last:
                            raise AssertionError(
                                f"the sweep's child named no match within {STARTUP_SECONDS:g} s"
                            )
                        # The last match named has not ended.
                        number, case, method, shape = last
                        stalled(cases[int(case)], method, shape)
                        stalls += 1
                        start = int(number) + 1
                        break
                    chunk = os.read(pipe, 1 << 16)
                    if not chunk:
                        raise AssertionError(f"the sweep's child ended early, after {last}")
                    *lines, unread = (unread + chunk).split(b"\n")
                    for line in lines:
                        said = line.decode().split("\t")
                        if said[0] == "done":
                            return int(said[1]) - stalls
                        if said[0] == "took":
                            _, case, method, shape = last
                            took(cases[int(case)], method, shape, float(said[1]))
                        else:
                            last = said
        finally:
            child.kill()
            child.wait()
            child.stdout.close()
