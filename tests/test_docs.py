"""Docs that cannot go stale: generated README sections, the set-up commands, CI's command."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def code_blocks() -> list[str]:
    return re.findall(r"```bash\n(.*?)```", README, re.S)


def test_generated_sections_are_fresh() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_readme.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_the_readme_s_30_clients_are_made_by_the_command_it_names(tmp_path: Path) -> None:
    """fx172: the digest example's 30 clients came from a test helper the README did not name."""
    assert "`python sample_data/make_coach_folder.py\nclients/`" in README
    made = subprocess.run(
        [sys.executable, str(ROOT / "sample_data" / "make_coach_folder.py"), "clients/"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout == "30 trackers of 10 rows in clients\n"
    trackers = sorted(p.name for p in (tmp_path / "clients").iterdir())
    assert (len(trackers), trackers[0], trackers[-1]) == (30, "Aisha Weber.xlsx", "Zoe Tanaka.xlsx")


def test_readme_opens_with_the_two_setup_commands() -> None:
    run_sample, run_tests = (block.strip() for block in code_blocks()[:2])
    assert run_sample.startswith("python -m pip install . && followup-batch run sample_data/")
    assert run_tests == 'python -m pip install ".[test,dask]" && python -m pytest -n auto'


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert code_blocks()[1].strip() in ci.splitlines()


def test_the_config_file_example_loads_as_written(tmp_path: Path) -> None:
    from followup_batch.invocation import load_run_config

    example = README.split("## Config file", 1)[1].split("```toml\n", 1)[1].split("```", 1)[0]
    # As a reader copies it: into an empty folder, with nothing made beside it.
    (tmp_path / "followup.toml").write_text(example, encoding="utf-8")
    config = load_run_config(tmp_path / "followup.toml")  # as --config does, templates too
    assert (config.reading.default_country, config.drafts_days) == ("GB-ENG", 7)
    assert config.rules.check_in_1.base == 6


@pytest.mark.parametrize(
    ("headers", "starts"),
    [
        ("Org,Title,Interview Date", "`w.csv: NOT READ — no header row"),
        (
            "Firm,Title,When",
            "`w.csv: NOT READ — it is an application log without dates (Firm, Title, When",
        ),
        # A typo of a date column's header is told so, with its field (ot44 F3).
        (
            "Firm,Title,Interveiw Date",
            "`w.csv: NOT READ — it is an application log without dates (Firm, Title, Interveiw",
        ),
    ],
)
def test_troubleshooting_shows_what_the_tool_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, headers: str, starts: str
) -> None:
    """A troubleshooting row's message, for the headers it names, is what `check` prints."""
    from click.testing import CliRunner

    from followup_batch.cli import main

    troubleshooting = README.split("## Troubleshooting", 1)[1]
    (quoted,) = re.findall(rf"^\| {re.escape(starts)}(.*?)` \|", troubleshooting, re.M)
    (tmp_path / "w.csv").write_text(f"{headers}\nAcme,Analyst,2026-11-18\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "w.csv"])
    assert result.exit_code == 1
    assert starts.strip("`") + quoted in result.output
