"""Time draft rendering with and without the template partial evaluator, and check they agree.

    python benchmarks/bench_drafts.py [--rows 100000] [--naive-rows 2000] [--as-of 2026-11-20]

The frame is ``synthetic.synthetic_frame`` scheduled by ``schedule_rows`` (not timed). Timed in
the same run, on every row, as the pipeline calls it (no ``mailto:`` links):

- ``render_drafts`` as shipped: each template rendered once per pattern of present values by
  the partial evaluator (``drafts.templating``), filled in column by column (best of --repeat
  runs; the first, cold-cache run is reported too);
- ``render_drafts`` with plain Jinja2 instead: every message rendered directly from its
  template, compiled once, and tidied (--plain-repeat runs, one by default: it takes minutes
  and has no cache to warm). Everything else (the row contexts, the recipients, the tables)
  is the same code, so the difference is what the partial evaluator buys.

The two must give identical drafts, or the benchmark exits 1. For scale, a naive renderer
that builds a new Jinja2 environment and compiles the template for every row runs on a random
sample of --naive-rows rows, extrapolated to the whole frame.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

BENCHMARKS = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCHMARKS.parent), str(BENCHMARKS.parent / "tests" / "support")]

from synthetic import synthetic_frame

from followup_batch import drafts
from followup_batch.drafts import context as draft_context
from followup_batch.drafts import templating
from followup_batch.drafts.articles import in_a_sentence
from followup_batch.schedule import NextActions, load_rules, schedule_rows

SENDER = {"name": "Maya Chen", "email": "maya@example.com", "phone": "555-0100"}
# The partial evaluator stays only when it saves at least this share of render_drafts' time.
REQUIRED_SAVING = 0.15


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--naive-rows", type=int, default=2_000)
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 11, 20))
    parser.add_argument("--repeat", type=int, default=3, help="runs of the shipped renderer")
    parser.add_argument(
        "--plain-repeat", type=int, default=1, help="runs of the plain one (no cache to warm)"
    )
    parser.add_argument("--seed", type=int, default=0)
    return parser.parse_args(argv)


class PlainJinja(templating.Templates):
    """``Templates.render_many`` done the plain way: each context rendered by Jinja2 from the
    action's template (compiled once, at load), then tidied as the shipped renderer does. A
    ``Templates`` (built from the shipped one's ``by_action``), as ``render_drafts`` takes."""

    def render_many(
        self, columns: Mapping[str, np.ndarray]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        count = len(columns["action"])
        subjects = np.empty(count, dtype=object)
        bodies = np.empty(count, dtype=object)
        names = list(columns)
        for i, values in enumerate(zip(*(columns[name].tolist() for name in names), strict=True)):
            context = dict(zip(names, values, strict=True))
            template = self.by_action[context["action"]]
            subject = " ".join(templating.tidy(template.subject.render(context)).split())
            subjects[i] = templating.cell_text(subject)
            bodies[i] = templating.cell_text(templating.tidy(template.body.render(context)))
        return subjects, bodies, np.full(count, "", dtype=object)  # the shipped ones never fail


def timed(run: Callable[[], drafts.Drafts], repeat: int) -> tuple[float, float, drafts.Drafts]:
    """(first run, best run, the answer) in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        out = run()
        times.append(time.perf_counter() - start)
    return times[0], min(times), out


def naive_drafts(
    frame: pd.DataFrame, actions: NextActions, sender: dict[str, str]
) -> dict[int, tuple[str, str]]:
    """Excel row -> (subject, draft) of the group note, the way a first version would: for
    every row a new Jinja2 environment, the template compiled from its source, rendered
    directly and tidied."""
    out: dict[int, tuple[str, str]] = {}
    for i, (row, values) in enumerate(frame.iterrows()):
        action = actions.key[i]
        if action == "none":
            continue
        env = templating.environment()
        # A 2nd check-in with no check-in sent is worded as the 1st.
        checked_in = bool(values["check_in_1_done"] or values["check_in_2_done"])
        if action == "check_in_2" and not checked_in:
            action = "check_in_1"
        path = templating.SHIPPED / templating.TEMPLATE_FILES[action]
        first, _, rest = path.read_text(encoding="utf-8").partition("\n")
        subject_template = env.from_string(first.removeprefix("Subject:"))
        body_template = env.from_string("\n" + rest)
        context = naive_context(values, actions.due[i], actions.decision[i], sender, action)
        subject = " ".join(templating.tidy(subject_template.render(context)).split())
        body = templating.tidy(body_template.render(context))
        out[int(row)] = (templating.cell_text(subject), templating.cell_text(body))
    return out


def naive_context(
    values: pd.Series,
    due: np.datetime64,
    decision: np.datetime64,
    sender: dict[str, str],
    action: str,
) -> dict[str, Any]:
    c = draft_context
    limits = c.MAX_PHRASE_WORDS
    company = c.clean_value(values["company"], limits["company"])
    position = c.clean_value(values["position"], limits["position"])
    kind = c.clean_value(values["interview_type"]) or "other"
    names = [c.clean_value(n) for n in values["interviewers"]]
    greeted = tuple(f for f in (c.form_of_address(n) for n in names if n) if f)
    year = None if np.isnat(due) else pd.Timestamp(due).year
    interview, applied = values["interview_date"], values["applied_date"]
    # Days are worded in the English of the row's calendar country ("Monday 15 February" in GB).
    country = values.get("country") if isinstance(values.get("country"), str) else "US"
    country = country or "US"
    interview_day, weekday = c.day_words(
        None if pd.isna(interview) else interview.date(), year, country
    )
    the_role, team = c.role_phrases(position, company)
    check_ins = int(values["check_in_1_done"]) + int(values["check_in_2_done"])
    decision_day = c.day_words(None if np.isnat(decision) else decision.item(), year, country)[0]
    return {
        "action": action,
        "greeting": c.greeting(greeted),
        "names": greeted,
        "recipient": names[0] if len(names) == 1 else "",
        "company": company,
        "the_company": in_a_sentence(company),
        "position": position,
        "the_role": the_role,
        "team": team,
        "interview_type": kind,
        "occasion": c.OCCASIONS.get(kind, c.OCCASIONS["other"]),
        "interview_day": interview_day,
        "interview_weekday": weekday,
        "interview_when": c.interview_when(
            interview_day,
            -1 if np.isnat(due) or pd.isna(interview) else (due.item() - interview.date()).days,
        ),
        "topic": c.clean_value(values["topic"], limits["topic"], phrase=True),
        "value_add": c.clean_value(values["value_add"], limits["value_add"], phrase=True),
        "decision_day": decision_day,
        "written_decision_day": "" if values["decision_phrase"] else decision_day,
        # Sent on its due day, after the day they said they would decide by: "hoped to".
        "decision_day_passed": (
            "yes" if not (np.isnat(decision) or np.isnat(due)) and due > decision else ""
        ),
        "applied_day": c.day_words(None if pd.isna(applied) else applied.date(), year, country)[0],
        "check_ins_sent": str(check_ins) if check_ins else "",
        "thank_you_note_sent": "yes" if values["thank_you_done"] else "",
        "on_hold": "yes" if values["outcome"] == "on hold" else "",
        **c.sender_for(values["client"], sender),
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    frame = synthetic_frame(args.rows, seed=args.seed)
    actions = schedule_rows(frame, load_rules(), args.as_of).next_actions
    active = int((actions.key != "none").sum())
    print(f"{args.rows:,} rows, {active:,} with a next action (as of {args.as_of})")

    templates = drafts.load_templates()
    plain = PlainJinja(drafts.load_templates().by_action)

    def render(with_templates: Any) -> Callable[[], drafts.Drafts]:
        return lambda: drafts.render_drafts(frame, actions, SENDER, with_templates, links=False)

    fast_cold, fast, out = timed(render(templates), args.repeat)
    _, slow, plain_out = timed(render(plain), args.plain_repeat)
    print(
        f"render_drafts, partial evaluator: best {fast:.2f} s ({args.rows / fast:,.0f} rows/s), "
        f"cold {fast_cold:.2f} s; {len(out.messages):,} messages"
    )
    print(
        f"render_drafts, plain Jinja2 per message (compiled once): best {slow:.2f} s "
        f"({args.rows / slow:,.0f} rows/s)"
    )
    saving = 1 - fast / slow
    print(
        f"the partial evaluator saves {saving:.0%} of render_drafts' time ({slow / fast:.1f}x); "
        f"it stays when it saves at least {REQUIRED_SAVING:.0%}: "
        f"{'yes' if saving >= REQUIRED_SAVING else 'NO'}"
    )
    same = out.per_row.equals(plain_out.per_row) and out.messages.equals(plain_out.messages)

    rng = np.random.default_rng(args.seed)
    sample = np.sort(rng.choice(args.rows, size=min(args.naive_rows, args.rows), replace=False))
    sample_actions = NextActions(actions.key[sample], actions.due[sample], actions.decision[sample])
    start = time.perf_counter()
    naive = naive_drafts(frame.iloc[sample], sample_actions, SENDER)
    per_row = (time.perf_counter() - start) / len(sample)
    print(
        f"naive, environment per row: {1 / per_row:,.0f} rows/s ({len(sample):,} rows; "
        f"{per_row * args.rows:.1f} s extrapolated to {args.rows:,}); "
        f"render_drafts is {per_row * args.rows / fast:.0f}x faster"
    )
    differ = [
        row
        for row, (subject, body) in naive.items()
        if (out.per_row.at[row, "draft_subject"], out.per_row.at[row, "draft"]) != (subject, body)
    ]
    if not same or differ:
        print(
            f"DIFFERENT drafts: plain Jinja2 {'same' if same else 'differs'}, naive on rows "
            f"{differ[:5]}"
        )
        return 1
    print(
        f"same drafts: all {args.rows:,} rows and {len(out.messages):,} messages (plain Jinja2), "
        f"{len(naive):,} sampled rows with a next action (naive)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
