"""The regular expressions the reader applies to cell text, fed the shapes that make a
backtracking pattern run for ever, in a child process that a parent watches.

``cell_patterns`` finds every compiled pattern of ``followup_batch.read`` and
``followup_batch.normalise`` (module values, and those inside their tables: tuples, lists,
dicts, frozen dataclasses) and every literal pattern a function there passes to ``re``.
``shapes`` gives the cells that make a pattern backtrack: long runs of spaces, digits and
punctuation, a word of the pattern's own repeated, all its words in turn, each 10,000
characters and most ending in a character that fails the match.

Python's ``re`` does not look at signals while it matches, so a pattern that backtracks for
ever cannot be stopped inside the process: ``sweep`` runs the matches in a child that names
each one before it starts, and kills the child when one has not ended within ``stall_seconds``
(minutes: a slow machine's figure is no finding, a pattern that never ends is).
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import os
import pkgutil
import re
import selectors
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

PACKAGES = ("followup_batch.read", "followup_batch.normalise")
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
    """Each distinct pattern of ``PACKAGES`` with where it is defined, in a fixed order."""
    found: dict[tuple[object, int], tuple[str, re.Pattern[str] | re.Pattern[bytes]]] = {}

    def walk(value: object, where: str, depth: int = 0) -> None:
        if isinstance(value, re.Pattern):
            found.setdefault((value.pattern, value.flags), (where, value))
        elif depth < 4 and isinstance(value, dict):
            for key, item in value.items():
                walk(key, where, depth + 1)
                walk(item, where, depth + 1)
        elif depth < 4 and isinstance(value, list | tuple | set | frozenset):
            for item in value:
                walk(item, where, depth + 1)
        elif depth < 4 and dataclasses.is_dataclass(value) and not isinstance(value, type):
            for field in dataclasses.fields(value):
                walk(getattr(value, field.name), where, depth + 1)

    for package in PACKAGES:
        for info in pkgutil.iter_modules(importlib.import_module(package).__path__):
            module = importlib.import_module(f"{package}.{info.name}")
            for name, value in sorted(vars(module).items()):
                walk(value, f"{module.__name__}.{name}")
            source = Path(module.__file__ or "").read_text(encoding="utf-8")
            for where, pattern in _literal_patterns(ast.parse(source)):
                walk(pattern, f"{module.__name__}:{where}")
    return sorted(found.values(), key=lambda found: found[0])


def _literal_patterns(tree: ast.AST) -> Iterator[tuple[int, re.Pattern[str] | re.Pattern[bytes]]]:
    """``re.search("...", text)`` and the like inside functions: their literal patterns."""
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
            flag = flags[0].value if flags and isinstance(flags[0], ast.Constant) else 0
            yield node.lineno, re.compile(node.args[0].value, flag if isinstance(flag, int) else 0)


def shapes(pattern: re.Pattern[str] | re.Pattern[bytes]) -> list[tuple[str, str]]:
    """(how it was made, the cell) of each shape fed to ``pattern``: the runs, and the
    pattern's own words (letters of its source) repeated in turn."""
    source = pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode()
    words = sorted(set(re.findall(r"[^\W\d_]{2,}", source)))
    made = [(f"{CELL_CHARACTERS:,} of {unit!r}", _run(unit)) for unit in RUNS]
    made += [(f"{unit!r} * {CELL_CHARACTERS:,} + '!'", _run(unit, FAILING_END)) for unit in RUNS]
    if len(words) > 1:
        made.append((f"its {len(words)} words in turn + '!'", _run(" ".join(words) + " ", "!")))
    return made


def _run(unit: str, end: str = "") -> str:
    return (unit * (CELL_CHARACTERS // len(unit) + 1))[:CELL_CHARACTERS] + end


def _cases(
    extra: tuple[str, ...], package: bool = True
) -> list[tuple[str, re.Pattern[str] | re.Pattern[bytes]]]:
    planted = [(f"planted {p!r}", re.compile(p)) for p in extra]
    return [*(cell_patterns() if package else []), *planted]


def _child(start: int, extra: tuple[str, ...], package: bool = True) -> None:
    """Match every case from number ``start`` on, naming each on stdout before it starts."""
    number = 0
    for case, (_, pattern) in enumerate(_cases(extra, package)):
        for shape, cell in shapes(pattern):
            for method in METHODS:
                if number >= start:
                    data = cell.encode() if isinstance(pattern.pattern, bytes) else cell
                    print(number, case, method, shape, sep="\t", flush=True)
                    getattr(pattern, method)(data)
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
    start = 0
    cases = _cases(extra, package)
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), str(Path(__file__).parent)])}
    while True:
        child = subprocess.Popen(
            [
                sys.executable,
                "-c",
                f"import cell_regexes; cell_regexes._child{start, extra, package}",
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
                        where, pattern = cases[int(case)]
                        stalls.append(Stall(where, str(pattern.pattern), method, shape))
                        heard(stalls[-1])
                        start = int(number) + 1
                        break
                    chunk = os.read(pipe, 1 << 16)
                    if not chunk:
                        raise AssertionError(f"the sweep's child ended early, after {last}")
                    *lines, unread = (unread + chunk).split(b"\n")
                    for line in lines:
                        last = line.decode().split("\t")
                        if last[0] == "done":
                            return int(last[1]) - len(stalls), stalls
        finally:
            child.kill()
            child.wait()
            child.stdout.close()
