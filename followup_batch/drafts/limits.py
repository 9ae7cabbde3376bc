"""Time and size limits for rendering a template: a templates folder is user input.

Jinja2's sandbox stops a template reaching Python's internals, but not a loop of loops or
``{{ 'x' * 10**10 }}``: the batch would hang or die of a MemoryError. Here:

- ``LimitedSandbox``: the sandbox with the operators and filters that can make a huge value in
  one step (``*``, ``**``, ``%``, ``center``, ``indent``, ``format``) checked before they run;
- ``render_limited``: one render, ended after ``RENDER_SECONDS`` (a timer signal in the main
  thread, a line tracer elsewhere) or once its output passes ``MAX_CHARACTERS``.

A limit raises ``TemplateLimit`` at the template's line; the callers turn it into the
``ConfigError`` naming the file and line.
"""

from __future__ import annotations

import math
import re
import signal
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterator, Mapping
from contextlib import contextmanager
from types import FrameType
from typing import Any, cast

import jinja2
from jinja2.sandbox import SandboxedEnvironment

RENDER_SECONDS = 10.0  # one render; the shipped templates take milliseconds
MAX_CHARACTERS = 10_000_000  # one render's text, or one value a template makes
_WIDTH = re.compile(r"%[-#0 +]*(\*|[0-9]+)?(?:\.(\*|[0-9]+))?")


class TemplateLimit(Exception):
    """A template went past a limit; the message says which."""


def too_long() -> TemplateLimit:
    return TemplateLimit(
        f"the template would make more than {MAX_CHARACTERS:,} characters (the limit for a "
        "template's text)"
    )


class LimitedSandbox(SandboxedEnvironment):
    """The sandbox, with the one-step ways to a huge value checked first."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        for name in ("center", "indent"):
            self.filters[name] = _width_checked(self.filters[name])
        self.filters["format"] = _format_checked(self.filters["format"])

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
    ) -> Any:
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                sized = isinstance(seq, (str, list, tuple)) and isinstance(count, int)
                if sized and len(seq) * count > MAX_CHARACTERS:
                    raise too_long()
        elif operator == "**" and isinstance(left, (int, float)) and isinstance(right, int):
            if abs(left) > 1 and right * math.log10(abs(left)) > 1000:
                raise TemplateLimit(
                    f"{left} ** {right} has more than 1,000 digits (the limit for a number)"
                )
        elif operator == "%" and isinstance(left, str):
            _check_printf(left)
        return super().call_binop(context, operator, left, right)


def _check_printf(text: str) -> None:
    for width, precision in _WIDTH.findall(text):
        for number in (width, precision):
            if number == "*" or (number and int(number) > MAX_CHARACTERS):
                raise too_long()


def _width_checked(func: Callable[..., Any]) -> Callable[..., Any]:
    def checked(value: Any, width: Any = 80, *args: Any, **kwargs: Any) -> Any:
        if isinstance(width, int) and width * max(1, str(value).count("\n") + 1) > MAX_CHARACTERS:
            raise too_long()
        return func(value, width, *args, **kwargs)

    return checked


def _format_checked(func: Callable[..., Any]) -> Callable[..., Any]:
    def checked(value: Any, *args: Any, **kwargs: Any) -> Any:
        _check_printf(str(value))
        return func(value, *args, **kwargs)

    return checked


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
