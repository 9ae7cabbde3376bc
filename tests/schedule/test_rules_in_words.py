"""The README's timing rules in words come from the rule table: change a number there, and the
words change with it (scripts/update_readme.py writes them; tests/test_docs.py checks the
README is fresh)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from followup_batch.schedule.ruleset import load_rule_set

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "update_readme.py"


def update_readme() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_readme", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_words_follow_the_rule_table() -> None:
    rules = load_rule_set(
        {
            "thank_you": {"same_day_types": ["phone"], "skip_after_days": 10},
            "check_in_1": {"base_bd": 6, "min_bd": 3, "stage": {"final": 0, "other": 0}},
            "check_in_2": {"seniority": {"entry": 0, "mid": 0, "senior": 4, "executive": 4}},
            "final_follow_up": {"base_weeks": 3, "after_check_in_2_bd": 7},
            "networking": {"enabled": False},
            "moved_on": {
                "after_final_bd": 12,
                "after_application_check_in_bd": 8,
                "stale_after_weeks": 6,
            },
            "application_check_in": {"base_bd": 10, "industry": {"fast": -4}},
            "send_window": {"preferred_weekdays": ["Thursday"], "max_shift_days": 1},
            "status": {"due_soon_bd": 3},
        }
    )
    words = update_readme().rules_in_words(rules)
    rows = dict(line.strip("| ").split(" | ", 1) for line in words.splitlines()[2:8])
    assert rows["Application check-in"].startswith(
        "10 bd after applying (industry: −4 fast, +2 traditional, +5 institutional), kept "
        "within 3–15 bd, then moved to the next Thursday when that is at most 1 day later, "
        "for an application"
    )
    assert "8 bd of silence after the check-in" in rows["Application check-in"]
    assert rows["Thank-you note"] == "the interview day after a phone screen, else the next day"
    assert "otherwise 6 bd after the interview (industry: −2 fast" in rows["1st check-in"]
    assert "final round" not in rows["1st check-in"]
    assert "kept within 3–15 bd" in rows["1st check-in"]
    assert "seniority: +4 senior, +4 executive)" in rows["2nd check-in"]
    assert rows["Final follow-up"].startswith("the later of 3 weeks after the interview")
    assert "and 7 bd after the 2nd check-in" in rows["Final follow-up"]
    assert rows["Networking check-in"].startswith("none: turned off")
    paragraph = " ".join(words.split("\n\n")[1].split())
    assert paragraph.startswith(
        "Then: the application check-in, the 1st and 2nd check-ins and the final follow-up "
        "(also on the day an employer's reply gives them) move to the next Thursday that is a "
        "business day when that is at most 1 day later, never earlier; the thank-you note and "
        "the networking check-in keep their day;"
    )
    assert "12 business days after the final follow-up" in paragraph
    assert "due within 3 business days is `Due soon`" in paragraph
    assert "left unsent 6 weeks past its due date: it moved on that day" in paragraph
    assert "and a thank-you once it is 10 days late, even when its check-in" in paragraph
