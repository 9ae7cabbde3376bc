"""The command line: parse options, call the library, turn its errors into exit codes.

Exit codes: 0 all good; 1 some file could not be processed (the others still were);
2 usage or config error. Heavy modules (pandas, openpyxl) are imported inside the commands so
``--help`` stays fast.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from . import __version__

if TYPE_CHECKING:
    from .config import Config


class IsoDate(click.ParamType):
    """A calendar date written as YYYY-MM-DD."""

    name = "YYYY-MM-DD"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(
                f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20", param, ctx
            )


config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="TOML config: default country, date order, column mapping, sender, rule overrides.",
)
sheet_option = click.option("--sheet", help="Only this sheet of each workbook.")


def load_config_or_exit(path: Path | None) -> Config:
    from .config import load_config
    from .errors import ConfigError

    try:
        return load_config(path)
    except ConfigError as exc:
        raise click.BadParameter(str(exc), param_hint="--config") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="followup-batch")
def main() -> None:
    """Work out which interview follow-up is due when, and write it into your tracker.

    Reads a tracker of job interviews (xlsx or CSV), computes for every row the thank-you
    note, check-ins, final follow-up and networking touch with their due dates, and writes
    the status, next action, dates and an explanation back into the same file. It never
    sends email.

    Example: followup-batch run tracker.xlsx --as-of 2026-11-20
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--as-of", type=IsoDate(), help="Compute as of this date (default: today).")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the result here instead of into the tracker (one input only).",
)
@config_option
@sheet_option
@click.option("--dry-run", is_flag=True, help="Compute and report, write nothing.")
def run(
    paths: tuple[str, ...],
    as_of: dt.date | None,
    output: Path | None,
    config_path: Path | None,
    sheet: str | None,
    dry_run: bool,
) -> None:
    """Compute follow-ups and write them back into each tracker.

    PATH may be a tracker file (.xlsx, .xlsm, .csv, .tsv), a folder of trackers, or a glob.
    The tool's columns (Follow-up status, Next action, Next due, ...) are added right of yours
    the first time and overwritten on later runs; your cells are left as they were. The file
    is written atomically and the previous version kept as a backup.

    Example: followup-batch run tracker.xlsx --as-of 2026-11-20 --output checked.xlsx
    """
    from .errors import FollowupError
    from .pipeline import FileFailure, expand_paths, process_file

    config = load_config_or_exit(config_path)
    as_of = as_of or dt.date.today()
    try:
        files = list(expand_paths(paths))
    except FollowupError as exc:
        raise click.BadParameter(str(exc), param_hint="PATH") from None
    if output is not None:
        check_output(files, output)
    failed = 0
    for path in files:
        try:
            reports = process_file(path, config, as_of, output=output, sheet=sheet, dry_run=dry_run)
        except FollowupError as exc:
            failed += 1
            click.echo(FileFailure(path, str(exc)).summary(), err=True)
            continue
        for report in reports:
            line = report.summary()
            if report.written is not None and report.written != path:
                line += f" → {report.written}"
            elif dry_run:
                line += " (dry run, nothing written)"
            click.echo(line)
            for note in report.notes:
                click.echo(f"  note: {note}", err=True)
    if failed:
        click.echo(f"{failed} of {len(files)} file(s) failed; the others were processed.", err=True)
        sys.exit(1)


def check_output(files: list[Path], output: Path) -> None:
    if len(files) != 1:
        raise click.BadParameter("--output needs exactly one input file", param_hint="--output")
    source = files[0].suffix.lower()
    kinds = {".xlsx": "xlsx", ".xlsm": "xlsx", ".csv": "csv", ".tsv": "csv", ".txt": "csv"}
    if kinds.get(output.suffix.lower()) != kinds.get(source):
        raise click.BadParameter(
            f"{output.name} must have the same kind of suffix as {files[0].name} "
            f"({source}); converting between CSV and xlsx is not supported",
            param_hint="--output",
        )


@main.command()
@config_option
def rules(config_path: Path | None) -> None:
    """Print the effective rule table (the shipped rules with your config's overrides).

    Change any value in a config file's [rules] table, e.g. [rules.check_in_1] base_bd = 6.

    Example: followup-batch rules --config coach.toml
    """
    from .ruleset import format_table

    config = load_config_or_exit(config_path)
    click.echo(format_table(config.rules.table), nl=False)


if __name__ == "__main__":  # pragma: no cover
    main()
