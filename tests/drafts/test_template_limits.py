"""A user's template that loops or allocates without bound (issue 13 item 6): a time and a size
limit end it with a ConfigError naming the file, never a hang or a MemoryError."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from followup_batch import drafts
from followup_batch.drafts import limits
from followup_batch.errors import ConfigError
from followup_batch.exports.digest_html import load_digest_template, render_digest_template


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (
            "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
            "took longer than",
        ),
        ("{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}", ""),
        ("{{ 'x' * 10000000000 }}", "more than"),
        ("{{ 'ab' * 100 * 100 * 100 * 100 * 100 }}", "more than"),
        ("{{ ['x'] * 10000000000 }}", "more than"),
        ("{{ 'x' | center(10000000000) }}", "more than"),
        ("{{ '%10000000000s' % 'x' }}", "more than"),
        ("{{ 10 ** 100000 }}", "more than 1,000 digits"),
        # Routes round the text limit an outside tester found (ot130 F2): each step made one
        # value of up to 5 GB, or joined big values into one.
        ('{{ ("{:>900000000}".format(1)) | length }}', "more than 10,000,000"),
        ('{{ "{:>{}}".format(1, 5000000000) }}', "more than 10,000,000"),
        ('{{ "{:.900000000f}".format(1.0) }}', "more than 10,000,000"),
        ('{{ "{x:>900000000}".format_map({"x": 1}) }}', "more than 10,000,000"),
        ("{{ '%s%s' % ('x' * 9000000, 'x' * 9000000) }}", "more than 10,000,000"),
        ("{{ '%s%s' | format('x' * 9000000, 'x' * 9000000) }}", "more than 10,000,000"),
        ("{% set a = 'x' * 9000000 %}{{ [a, a, a] | join | length }}", "more than 10,000,000"),
        ("{% set a = 'x' * 9000000 %}{{ ''.join([a, a]) | length }}", "more than 10,000,000"),
        ("{% set a = 'x' * 9000000 %}{{ (a ~ a ~ a) | length }}", "more than 10,000,000"),
        ("{% set a = 'x' * 9000000 %}{{ (a + a) | length }}", "more than 10,000,000"),
        ("{% set a = 'x' * 9000000 %}{{ [a, a] }}", "more than 10,000,000"),
        ("{% set a = 'x' * 9000000 %}{{ ([a] * 3) | join }}", "more than 10,000,000"),
        ("{% set a = 'x' * 9000000 %}{{ a.replace('x', 'yy') | length }}", "more than 10,000,000"),
        ("{% set a = 'x' * 9000000 %}{{ a | replace('x', 'yy') }}", "more than 10,000,000"),
        ("{{ 'x'.rjust(900000000) | length }}", "more than 10,000,000"),
        ("{{ 'x' | indent(900000000, true) }}", "more than 10,000,000"),
        ("{{ 'a b c' | wordwrap(1, wrapstring='y' * 9000000) }}", "more than 10,000,000"),
        (
            "{% set ns = namespace(n=10 ** 900) %}"
            "{% for i in range(40) %}{% set ns.n = ns.n * ns.n %}{% endfor %}{{ ns.n }}",
            "more than 1,000 digits",
        ),
    ],
)
def test_a_runaway_template_is_a_config_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, problem: str
) -> None:
    """Each limit ends the render with a ConfigError before a huge value exists: the memory
    the render allocated peaks below ten times the text limit (the values these templates ask
    for run to 10-80 GB). A loop that never ends is ended by the render's timer, which the
    message says; no stopwatch is asserted (STYLE: none in the suite): had the timer failed,
    the render would not return at all, so a bound on its duration could not catch it."""
    monkeypatch.setattr(limits, "RENDER_SECONDS", 0.5)
    (tmp_path / "thank_you.txt.j2").write_text(f"Subject: Thanks\n{body}\n", encoding="utf-8")
    tracemalloc.start()
    try:
        with pytest.raises(ConfigError) as error:
            drafts.load_templates(tmp_path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 10 * limits.MAX_CHARACTERS, f"{peak:,} bytes"
    message = str(error.value)
    assert message.startswith(f"{tmp_path / 'thank_you.txt.j2'}, line 2: "), message
    assert problem in message
    assert "limit" in message


def test_a_template_within_the_limits_renders() -> None:
    templates = drafts.load_templates()
    assert templates is not None


def test_the_digest_page_template_is_limited_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "RENDER_SECONDS", 0.5)
    (tmp_path / "digest.html.j2").write_text("{{ 'x' * 10000000000 }}", encoding="utf-8")
    template = load_digest_template(tmp_path)
    with pytest.raises(ConfigError, match="more than"):
        render_digest_template(template, {})
