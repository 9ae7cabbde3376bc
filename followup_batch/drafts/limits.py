"""Time and size limits for rendering a template: a templates folder is user input.

Jinja2's sandbox stops a template reaching Python's internals, but not a loop of loops or
``{{ 'x' * 10**10 }}``: the batch would hang or die of a MemoryError. Here:

- ``LimitedSandbox``: the sandbox with every way to make a huge value in one step checked
  before it runs: the operators ``*``, ``**``, ``%``, ``+`` and ``~``, ``str.format`` (its
  fields' widths and precisions), the string methods that pad, join or replace, the filters
  ``center``, ``indent``, ``wordwrap``, ``format``, ``join``, ``replace`` and ``string``, and
  printing a value (a list of big strings). ``range`` is the sandbox's own, at most 100,000
  numbers. So no value a template makes is much over ``MAX_CHARACTERS`` (``size``), and no one
  step allocates much more than that, however the steps are chained;
- ``render_limited``: one render, ended after ``RENDER_SECONDS`` (a timer signal in the main
  thread, a line tracer elsewhere) or once its output passes ``MAX_CHARACTERS``.

A limit raises ``TemplateLimit`` at the template's line; the callers turn it into the
``ConfigError`` naming the file and line.
"""

from __future__ import annotations

import functools
import math
import re
import signal
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from contextlib import contextmanager
from types import BuiltinMethodType, FrameType
from typing import Any, cast

import jinja2
from jinja2.compiler import CodeGenerator, Frame, optimizeconst
from jinja2.sandbox import SandboxedEnvironment, SandboxedEscapeFormatter, SandboxedFormatter
from markupsafe import Markup

RENDER_SECONDS = 10.0  # one render; the shipped templates take milliseconds
MAX_CHARACTERS = 10_000_000  # one render's text, or one value a template makes
MAX_DIGITS = 1000  # a number a template makes
_WIDTH = re.compile(r"%[-#0 +]*(\*|[0-9]+)?(?:\.(\*|[0-9]+))?")
_NUMBER = re.compile(r"[0-9]+")


class TemplateLimit(Exception):
    """A template went past a limit; the message says which."""


def too_long() -> TemplateLimit:
    return TemplateLimit(
        f"the template would make more than {MAX_CHARACTERS:,} characters (the limit for a "
        "template's text)"
    )


def size(value: Any) -> int:
    """About the characters ``str(value)`` writes, without writing them: a string's length, a
    list's, tuple's, set's or dict's items' sizes and one a item (its repr's commas and quotes
    are a small factor more); any other value counts one."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return len(value) + sum(map(size, value))
    if isinstance(value, dict):
        return len(value) + sum(size(key) + size(item) for key, item in value.items())
    return 1


def check_size(characters: int) -> None:
    """Raise ``TemplateLimit`` when a value of ``characters`` would be past the limit."""
    if characters > MAX_CHARACTERS:
        raise too_long()


class _LimitedConcat(CodeGenerator):
    """Compiles ``a ~ b ~ c`` to ``environment.measured_concat(join, (a, b, c))``, which
    measures the pieces before Jinja2's join (the one its own ``visit_Concat`` picks) runs."""

    @optimizeconst
    def visit_Concat(self, node: jinja2.nodes.Concat, frame: Frame) -> None:
        join = "markup_join" if frame.eval_ctx.autoescape else "str_join"
        if frame.eval_ctx.volatile:
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        self.write(f"environment.measured_concat({join}, (")
        for piece in node.nodes:
            self.visit(piece, frame)
            self.write(", ")
        self.write("))")


class LimitedSandbox(SandboxedEnvironment):
    """The sandbox, with the one-step ways to a huge value checked first."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})
    code_generator_class = _LimitedConcat

    def __init__(self, **options: Any) -> None:
        super().__init__(**options, finalize=_printable)
        for name in ("center", "indent"):
            self.filters[name] = _width_checked(self.filters[name])
        self.filters["format"] = _format_checked(self.filters["format"])
        self.filters["join"] = _join_checked(self.filters["join"])
        self.filters["replace"] = _replace_checked(self.filters["replace"])
        self.filters["wordwrap"] = _wordwrap_checked(self.filters["wordwrap"])
        self.filters["string"] = _checked(self.filters["string"], lambda value: size(value))

    def measured_concat(self, join: Callable[[Iterable[Any]], str], pieces: tuple[Any, ...]) -> str:
        """``a ~ b ~ c`` (``_LimitedConcat``), once its size is known to be within the limit."""
        check_size(sum(map(size, pieces)))
        return join(pieces)

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
    ) -> Any:
        if operator == "*":
            _check_product(left, right)
        elif operator == "+" and not _numbers(left, right):
            check_size(size(left) + size(right))
        elif operator == "**" and isinstance(left, (int, float)) and isinstance(right, int):
            if abs(left) > 1 and right * math.log10(abs(left)) > MAX_DIGITS:
                raise TemplateLimit(
                    f"{left} ** {right} has more than {MAX_DIGITS:,} digits (the limit for a "
                    "number)"
                )
        elif operator == "%" and isinstance(left, str):
            _check_printf(left, right)
        return super().call_binop(context, operator, left, right)

    def call(
        __self,  # noqa: N805 (Jinja2's own name: a template may pass ``self=``)
        __context: jinja2.runtime.Context,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        """A call from a template: ``str.format`` through a formatter that measures each field
        first, a string method that pads, joins or replaces measured first."""
        method = getattr(__obj, "__wrapped__", __obj)
        owner = getattr(method, "__self__", None)
        if isinstance(method, BuiltinMethodType) and isinstance(owner, str):
            name = method.__name__
            if name in ("format", "format_map") and __self.is_safe_callable(__obj):
                return _format(__self, owner, name, args, kwargs)
            if name == "join" and args:
                args = (_measured_join(owner, args[0]), *args[1:])
            elif name in _STRING_METHODS:
                check_size(_STRING_METHODS[name](owner, *args, **kwargs))
        return super().call(__context, __obj, *args, **kwargs)


def _numbers(*values: Any) -> bool:
    return all(isinstance(value, (int, float)) for value in values)


def _check_product(left: Any, right: Any) -> None:
    """``*``: a string or list times a count, or a number of more than ``MAX_DIGITS`` digits
    (``n * n`` squared again and again)."""
    if isinstance(left, int) and isinstance(right, int):
        if (left.bit_length() + right.bit_length()) * math.log10(2) > MAX_DIGITS:
            raise TemplateLimit(f"a product of more than {MAX_DIGITS:,} digits (the limit)")
        return
    for seq, count in ((left, right), (right, left)):
        if isinstance(seq, (str, list, tuple)) and isinstance(count, int):
            check_size(max(len(seq), size(seq)) * count)


def _printable(value: Any) -> Any:
    """``{{ value }}``: a value whose text would be past the limit is refused before it is
    written (``[a, a, a]`` of big strings)."""
    check_size(size(value))
    return value


class _MeasuredFormatter(SandboxedFormatter):
    """``str.format`` in the sandbox, a field's width and precision and the text so far
    checked before each field is written."""

    written = 0

    def format_field(self, value: Any, format_spec: str) -> Any:
        for number in _NUMBER.findall(format_spec):
            check_size(int(number))
        check_size(self.written + size(value))
        text = super().format_field(value, format_spec)
        self.written += len(text)
        return text


class _MeasuredEscapeFormatter(_MeasuredFormatter, SandboxedEscapeFormatter):
    """The same for a ``Markup`` string (an autoescaped page)."""


def _format(
    env: SandboxedEnvironment, text: str, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> str:
    """``text.format(*args, **kwargs)`` or ``text.format_map(args[0])``, measured."""
    if isinstance(text, Markup):
        formatter: SandboxedFormatter = _MeasuredEscapeFormatter(env, escape=text.escape)
    else:
        formatter = _MeasuredFormatter(env)
    if name == "format_map":
        if kwargs or len(args) != 1:
            raise TypeError("format_map() takes exactly one argument")
        kwargs = args[0]
        args = ()
    return type(text)(formatter.vformat(text, args, kwargs))


def _measured_join(separator: str, items: Iterable[Any]) -> list[Any]:
    """The items of a join, once their joined size is known to be within the limit."""
    pieces = list(items)
    check_size(sum(map(size, pieces)) + len(separator) * max(0, len(pieces) - 1))
    return pieces


def _replaced_size(text: str, old: str = "", new: str = "", count: Any = -1) -> int:
    found = text.count(old) if old else len(text) + 1
    if isinstance(count, int) and count >= 0:
        found = min(found, count)
    return len(text) + found * max(0, len(new) - len(old))


def _padded_size(text: str, width: Any = 0, *args: Any) -> int:
    return max(len(text), width if isinstance(width, int) else 0)


def _tabs_size(text: str, tabsize: Any = 8) -> int:
    return len(text) + text.count("\t") * (tabsize if isinstance(tabsize, int) else 8)


# String methods that can make more than they are given: the size of what each would make.
_STRING_METHODS: dict[str, Callable[..., int]] = {
    "replace": _replaced_size,
    "center": _padded_size,
    "ljust": _padded_size,
    "rjust": _padded_size,
    "zfill": _padded_size,
    "expandtabs": _tabs_size,
}


def _check_printf(text: str, values: Any = ()) -> None:
    """``text % values``: each width and precision, and the fields' values at their longest
    in every field, within the limit."""
    fields = _WIDTH.findall(text)
    for width, precision in fields:
        for number in (width, precision):
            if number == "*" or (number and int(number) > MAX_CHARACTERS):
                raise too_long()
    if isinstance(values, Mapping):
        values = tuple(values.values())
    elif not isinstance(values, tuple):
        values = (values,)
    longest = max(map(size, values), default=0)
    check_size(len(text) + len(fields) * longest)


def _checked(func: Callable[..., Any], measure: Callable[..., int]) -> Callable[..., Any]:
    """The filter ``func``, refused when ``measure`` of its arguments (without the context
    Jinja2 passes first to some) is past the limit."""
    passes_first = getattr(func, "jinja_pass_arg", None) is not None

    @functools.wraps(func)
    def checked(*args: Any, **kwargs: Any) -> Any:
        check_size(measure(*args[passes_first:], **kwargs))
        return func(*args, **kwargs)

    return checked


def _width_checked(func: Callable[..., Any]) -> Callable[..., Any]:
    """``center`` and ``indent``: a width (or an indent string) on each line."""

    def measure(value: Any, width: Any = 80, *args: Any, **kwargs: Any) -> int:
        pad = len(width) if isinstance(width, str) else width if isinstance(width, int) else 0
        return len(str(value)) + pad * (str(value).count("\n") + 1)

    return _checked(func, measure)


def _format_checked(func: Callable[..., Any]) -> Callable[..., Any]:
    def measure(value: Any, *args: Any, **kwargs: Any) -> int:
        _check_printf(str(value), kwargs or args)
        return 0

    return _checked(func, measure)


def _join_checked(func: Callable[..., Any]) -> Callable[..., Any]:
    """The ``join`` filter: its items joined, measured first (a generator is read once)."""

    @functools.wraps(func)
    def checked(eval_ctx: Any, value: Any, d: str = "", attribute: Any = None) -> Any:
        if attribute is None:
            value = _measured_join(str(d), value)
        return func(eval_ctx, value, d, attribute)

    return checked


def _replace_checked(func: Callable[..., Any]) -> Callable[..., Any]:
    def measure(text: Any, old: Any, new: Any, count: Any = None) -> int:
        return _replaced_size(str(text), str(old), str(new), -1 if count is None else count)

    return _checked(func, measure)


def _wordwrap_checked(func: Callable[..., Any]) -> Callable[..., Any]:
    """``wordwrap``: at worst a line break (``wrapstring``) after every character."""

    def measure(
        text: Any,
        width: Any = 79,
        breaks: Any = True,
        wrapstring: Any = None,
        *args: Any,
        **kwargs: Any,
    ) -> int:
        wrap = kwargs.get("wrapstring", wrapstring)
        return len(str(text)) * (1 + len(str(wrap or "\n")))

    return _checked(func, measure)


def render_limited(template: jinja2.Template, context: Mapping[str, Any]) -> str:
    """``template.render(context)``, within the time and size limits."""
    parts: list[str] = []
    size = 0
    chunks = cast(Generator[str, None, None], template.generate(context))
    with _deadline(RENDER_SECONDS):
        try:
            for chunk in chunks:
                parts.append(chunk)
                size += len(chunk)
                if size > MAX_CHARACTERS:
                    raise too_long()
        except TemplateLimit as exc:
            # Thrown into the template, so the error names the line it had reached.
            chunks.throw(exc)
    return "".join(parts)


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    message = (
        f"the template took longer than {seconds:g} s to render (the limit for one render); "
        "look for a loop that does not end"
    )
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):

        def on_alarm(signum: int, frame: FrameType | None) -> None:
            raise TemplateLimit(message)

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        return
    # Signals reach only the main thread: elsewhere a tracer looks at the clock on each line.
    end = time.monotonic() + seconds

    def tracer(frame: FrameType, event: str, arg: object) -> Any:
        if time.monotonic() > end:
            raise TemplateLimit(message)
        return tracer

    previous_trace = sys.gettrace()
    sys.settrace(tracer)
    try:
        yield
    finally:
        sys.settrace(previous_trace)
