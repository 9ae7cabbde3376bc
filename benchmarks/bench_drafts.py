"""Time draft rendering against a naive per-row renderer, and check they agree.

    python benchmarks/bench_drafts.py [--rows 100000] [--naive-rows 2000] [--as-of 2026-11-20]

The frame is ``synthetic.synthetic_frame`` scheduled by ``schedule_rows`` (not timed). The fast
path is ``drafts.render_drafts`` on every row: the first (cold-cache) run and the best of
--repeat runs. The naive renderer does what a first version would: for each row, a new Jinja2
sandbox, the template compiled from its source, rendered directly and tidied. It runs on a
random sample of --naive-rows rows and its cost per row is extrapolated to the whole frame. The
Draft cells of the sample are compared; any difference exits 1.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

BENCHMARKS = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCHMARKS.parent), str(BENCHMARKS.parent / "tests" / "support")]

from synthetic import synthetic_frame

from followup_batch.drafts import render as drafts
from followup_batch.drafts import templating as draft_templates
from followup_batch.schedule import load_rules, schedule_rows

SENDER = {"name": "Maya Chen", "email": "maya@example.com", "phone": "555-0100"}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--naive-rows", type=int, default=2_000)
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 11, 20))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    return parser.parse_args(argv)


def naive_drafts(
    frame: pd.DataFrame, result: pd.DataFrame, sender: dict[str, str], *, per_row: bool
) -> dict[int, tuple[str, str]]:
    """Excel row -> (subject, draft) of the group note, rendered directly from the template:
    compiled in a fresh environment for every row (``per_row``), or once."""
    compiled: dict[str, Any] = {}
    out: dict[int, tuple[str, str]] = {}
    for row, values in frame.iterrows():
        action = result.at[row, "action_key"]
        if action == "none":
            continue
        if per_row or action not in compiled:
            env = draft_templates.environment()
            path = draft_templates.SHIPPED / draft_templates.TEMPLATE_FILES[action]
            first, _, rest = path.read_text(encoding="utf-8").partition("\n")
            compiled[action] = (
                env.from_string(first.removeprefix("Subject:")),
                env.from_string("\n" + rest),
            )
        subject_template, body_template = compiled[action]
        context = naive_context(values, result.loc[row], sender, action)
        subject = " ".join(draft_templates.tidy(subject_template.render(context)).split())
        body = draft_templates.tidy(body_template.render(context))
        out[int(row)] = (draft_templates.cell_text(subject), draft_templates.cell_text(body))
    return out


def naive_context(
    values: pd.Series, result: pd.Series, sender: dict[str, str], action: str
) -> dict[str, Any]:
    limits = drafts.MAX_PHRASE_WORDS
    company = drafts.clean_value(values["company"], limits["company"])
    position = drafts.clean_value(values["position"], limits["position"])
    kind = drafts.clean_value(values["interview_type"]) or "other"
    names = [drafts.clean_value(n) for n in values["interviewers"]]
    greeted = tuple(f for f in (drafts.form_of_address(n) for n in names if n) if f)
    due = result["next_due"]
    year = None if pd.isna(due) else due.year
    interview = values["interview_date"]
    decision = result["decision"]
    interview_day, weekday = drafts.day_words(
        None if pd.isna(interview) else interview.date(), year
    )
    the_role, team = drafts._role_phrases(position, company)
    return {
        "action": action,
        "greeting": drafts.greeting(greeted),
        "names": greeted,
        "recipient": names[0] if len(names) == 1 else "",
        "company": company,
        "position": position,
        "the_role": the_role,
        "team": team,
        "interview_type": kind,
        "occasion": drafts.OCCASIONS.get(kind, drafts.OCCASIONS["other"]),
        "interview_day": interview_day,
        "interview_weekday": weekday,
        "topic": drafts.clean_value(values["topic"], limits["topic"], phrase=True),
        "value_add": drafts.clean_value(values["value_add"], limits["value_add"], phrase=True),
        "decision_day": drafts.day_words(None if pd.isna(decision) else decision.date(), year)[0],
        **drafts.sender_for(values["client"], sender),
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    frame = synthetic_frame(args.rows, seed=args.seed)
    schedule = schedule_rows(frame, load_rules(), args.as_of)
    actions = schedule.next_actions
    # The columns the naive renderer reads, as a frame.
    result = schedule.result.assign(
        action_key=actions.key, decision=actions.decision.astype("datetime64[ns]")
    )
    active = int((result["action_key"] != "none").sum())
    print(f"{args.rows:,} rows, {active:,} with a next action (as of {args.as_of})")

    templates = drafts.load_templates()
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        out = drafts.render_drafts(frame, actions, SENDER, templates)
        times.append(time.perf_counter() - start)
    cold, best = times[0], min(times)
    print(
        f"render_drafts: cold {cold:.2f} s ({args.rows / cold:,.0f} rows/s), "
        f"best of {args.repeat} {best:.2f} s ({args.rows / best:,.0f} rows/s); "
        f"{len(out.messages):,} messages"
    )

    rng = np.random.default_rng(args.seed)
    sample = np.sort(rng.choice(args.rows, size=min(args.naive_rows, args.rows), replace=False))
    for label, fresh in (
        ("naive, environment per row", True),
        ("direct render, compiled once", False),
    ):
        start = time.perf_counter()
        naive = naive_drafts(frame.iloc[sample], result.iloc[sample], SENDER, per_row=fresh)
        per_row = (time.perf_counter() - start) / len(sample)
        print(
            f"{label}: {1 / per_row:,.0f} rows/s ({len(sample):,} rows; "
            f"{per_row * args.rows:.1f} s extrapolated to {args.rows:,}); "
            f"render_drafts is {per_row * args.rows / cold:.0f}x faster cold, "
            f"{per_row * args.rows / best:.0f}x best"
        )

    differ = [
        row
        for row, (subject, body) in naive.items()
        if (out.per_row.at[row, "draft_subject"], out.per_row.at[row, "draft"]) != (subject, body)
    ]
    if differ:
        print(f"DIFFERENT drafts on {len(differ)} rows, e.g. Excel rows {differ[:5]}")
        return 1
    print(f"same drafts on all {len(naive):,} sampled rows with a next action")
    return 0


if __name__ == "__main__":
    sys.exit(main())
