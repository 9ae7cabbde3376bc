"""Regenerate the README sections that come from the code, so they cannot drift.

    python scripts/update_readme.py          # rewrite README.md in place
    python scripts/update_readme.py --check  # exit 1 when README.md is stale (tests do this)

Sections between ``<!-- generated: NAME -->`` and ``<!-- end generated -->`` are replaced:
``columns`` from the schema's field table, ``rules`` from the shipped rule table, ``cli`` from
each command's ``--help``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout, installed or not
README = ROOT / "README.md"
SECTION = re.compile(r"(<!-- generated: (\w+) -->\n)(.*?)(<!-- end generated -->)", re.S)


def columns_section() -> str:
    from followup_batch.read.fields import FIELDS

    lines = [
        "| header | field | required | also recognised | values |",
        "|---|---|---|---|---|",
    ]
    for field in FIELDS:
        synonyms = ", ".join(field.synonyms)
        required = "yes" if field.required else ""
        lines.append(
            f"| {field.header} | `{field.name}` | {required} | {synonyms} | {field.meaning} |"
        )
    return "\n".join(lines) + "\n"


def rules_section() -> str:
    from followup_batch.schedule.ruleset import default_table, format_table

    return "```toml\n" + format_table(default_table()) + "```\n"


def cli_section() -> str:
    from followup_batch.cli import main

    runner = CliRunner()
    parts = []
    commands = [[]] + [[name] for name in sorted(main.commands)]
    for command in commands:
        result = runner.invoke(main, [*command, "--help"], terminal_width=100)
        title = " ".join(["followup-batch", *command])
        text = result.output.replace("Usage: main", "Usage: followup-batch").rstrip()
        parts.append(f"### `{title}`\n\n```\n{text}\n```\n")
    return "\n".join(parts)


GENERATORS = {"columns": columns_section, "rules": rules_section, "cli": cli_section}


def render(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(2)
        if name not in GENERATORS:
            raise SystemExit(f"README.md: unknown generated section {name!r}")
        return match.group(1) + GENERATORS[name]() + match.group(4)

    return SECTION.sub(replace, text)


def main(argv: list[str]) -> int:
    current = README.read_text(encoding="utf-8")
    fresh = render(current)
    if "--check" in argv:
        if fresh != current:
            print("README.md is stale: run python scripts/update_readme.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
