"""Trackers of one client that repeat the same interviews, in one run over several files: a
re-download beside the tracker it copies ("Morgan Lee.xlsx" and "Morgan Lee (1).xlsx").

Each file is read, computed and written on its own, with its own rows. Without this the
exports would list each of the client's follow-ups once per file: two lines in the digest,
two calendar events, a ``-2.eml`` twin. ``interview_links`` keeps, for each tracker sheet,
what tells its interviews apart; ``shared_follow_ups`` finds the rows of another file that
are the same interview, by the test month-sheet copies are linked with
(``normalise.rounds.same_interviews``: one client, company, position, interview day and
Round, an interviewer in common), and says which copy the exports list and what the copies
disagree on.

The copy listed is the one further along, as a closing outcome or a sent mark typed on either
month-sheet copy counts for both: one whose outcome closes the application ("Rejected" on the
re-download), else the one with more follow-ups marked sent, else the file the run reads last
("Morgan Lee.xlsx" after "Morgan Lee (1).xlsx").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from followup_batch.exports.digest import clients_told_apart
from followup_batch.exports.due import row_clients
from followup_batch.normalise.rounds import (
    a_later_step,
    application_keys,
    interviewers_elsewhere,
    linked_lowest,
    same_interviews,
)
from followup_batch.normalise.vocabularies import CLOSED_WITH_OFFER, CLOSED_WITHOUT_OFFER
from followup_batch.read.copy_names import without_copy_marks
from followup_batch.schedule.labels import ACTION_LABELS
from followup_batch.text import first_and_more

# The sent marks of a row, by the action they mark.
_SENT = {
    "thank_you_done": ACTION_LABELS["thank_you"],
    "check_in_1_done": ACTION_LABELS["check_in_1"],
    "check_in_2_done": ACTION_LABELS["check_in_2"],
    "final_done": ACTION_LABELS["final"],
    "application_check_in_done": ACTION_LABELS["application_check_in"],
}
# What ``same_interviews`` compares, with what the copies may disagree on.
_LINKED = (
    "company",
    "position",
    "interview_date",
    "applied_date",
    "round_rank",
    "interviewers",
    "needs_info",
    "outcome",
    *_SENT,
)
_CLOSING = CLOSED_WITH_OFFER | CLOSED_WITHOUT_OFFER


def interview_links(
    frame: pd.DataFrame, status: pd.Series, *, path: Path, client: str | None = None
) -> pd.DataFrame:
    """What tells one tracker sheet's interviews apart (its normalised ``frame``, indexed by
    row), for ``shared_follow_ups``: each row's client as the digest names it
    (``due.row_clients``), company, position, days, Round, interviewers, outcome and sent
    marks, and its Follow-up ``status`` (the run's closing count counts a copy's row once,
    ``repeated_statuses``); its interviewers' ``addresses`` too, which tell the first
    version's drafts of the row (``first_drafts``). A row that is a copy of one on another
    sheet of its workbook (``same_interview_row``) is left out: that copy carries its
    follow-ups."""
    own = frame[frame["same_interview_row"].to_numpy() == 0]
    return own.loc[:, list(_LINKED)].assign(
        client=row_clients(own, path, client),
        row=own.index.to_numpy(dtype=np.int64),
        status=status.loc[own.index].to_numpy(dtype=object),
        addresses=own["interviewer_emails"].to_numpy(dtype=object)
        if "interviewer_emails" in own
        else None,
    )


@dataclass(frozen=True)
class Tracker:
    """One tracker sheet of a run, for ``shared_follow_ups``."""

    path: str
    sheet: str  # '' for a CSV
    file: str  # as the run names it: "Morgan Lee.xlsx", "Ann Lee/tracker.xlsx"
    links: pd.DataFrame  # ``interview_links``


@dataclass(frozen=True)
class SharedFollowUps:
    """What ``shared_follow_ups`` found: the rows whose follow-ups another file's copy
    carries, as (path, sheet, row), and the lines the run says of them."""

    repeated: frozenset[tuple[str, str, int]]
    lines: list[str]


def shared_follow_ups(trackers: Sequence[Tracker], listed_in: str) -> SharedFollowUps:
    """The interviews that trackers of several files repeat (see the module's docstring),
    and a line for each client's files that copy each other ("Morgan Lee: 4 files repeat the
    same 3 interviews (Morgan Lee.xlsx, Morgan Lee (1).xlsx, …); their follow-ups are listed
    once in the {listed_in}"), then, under it, one for each interview whose copies disagree
    on the outcome or a sent mark, or name interviewers the followed copy does not
    (``rounds.interviewers_elsewhere``). ``trackers`` in the run's order."""
    parts = [t for t in trackers if len(t.links)]
    if len({t.path for t in parts}) < 2:
        return SharedFollowUps(frozenset(), [])
    part_at = np.repeat(np.arange(len(parts)), [len(t.links) for t in parts])
    whole = pd.concat([t.links for t in parts], ignore_index=True).assign(
        path=[parts[at].path for at in part_at], file=[parts[at].file for at in part_at]
    )
    # Clients as the digest tells them apart: "alice/tracker" and "bob/tracker" are two.
    whole = clients_told_apart(whole)
    files = pd.factorize(pd.Series([t.path for t in parts]))[0]
    file_at = files[part_at].astype(np.int64)
    keys = application_keys(whole["client"], whole["company"], whole["position"])
    outcome = whole["outcome"].to_numpy(dtype=object)
    closing = np.isin(outcome, list(_CLOSING))
    sent = whole[list(_SENT)].to_numpy(dtype=bool)
    # The copy further along carries the follow-ups: a closing outcome, then sent marks.
    further = closing * (len(_SENT) + 1) + sent.sum(axis=1)
    carrier = same_interviews(whole, keys, file_at, further).carrier
    carrier = _copies_only(carrier, part_at, [len(t.links) for t in parts])
    copies = np.flatnonzero(carrier != np.arange(len(whole)))
    if not len(copies):
        return SharedFollowUps(frozenset(), [])
    rows = whole["row"].to_numpy(dtype=np.int64)
    repeated = frozenset(
        (parts[part_at[i]].path, parts[part_at[i]].sheet, int(rows[i])) for i in copies
    )
    sheets = np.bincount(files)  # a workbook's rows are placed on their sheet

    def named(part: int) -> str:
        sheet = f" [{parts[part].sheet}]" if sheets[files[part]] > 1 else ""
        return f"{parts[part].file}{sheet}"

    def place(i: int) -> str:
        return f"{named(part_at[i])} row {rows[i]}"

    # The interviews whose copies differ (most copies are alike: nothing to say).
    differ = (outcome[copies] != outcome[carrier[copies]]) | (
        sent[copies] != sent[carrier[copies]]
    ).any(axis=1)
    differing = np.isin(carrier[copies], carrier[copies][differ])
    # Those interviews' copies, by the copy listed.
    copies_of = pd.Series(copies[differing]).groupby(carrier[copies][differing]).agg(list)
    people = whole["interviewers"].to_numpy(dtype=object)
    elsewhere = interviewers_elsewhere(people, carrier, {}, place, followed=place)
    # The trackers that copy each other, directly or through another copy: a client's.
    group = linked_lowest(np.arange(len(parts)), part_at[copies], part_at[carrier[copies]])
    carriers = np.unique(carrier[copies])
    copied = [_named_as_copy(part.path) for part in parts]
    dated = whole["interview_date"].notna().to_numpy()
    lines = []
    for _, carried in pd.Series(carriers).groupby(group[part_at[carriers]]):
        # How many of these interviews each tracker holds.
        held = np.bincount(part_at[np.isin(carrier, carried)], minlength=len(parts))
        repeating = _files_repeating(held, _what(pd.Series(dated[carried])), named, copied)
        lines.append(
            f"{whole['client'].iat[carried.iat[0]]}: {repeating}; "
            f"their follow-ups are listed once in the {listed_in}"
        )
        for at in carried.tolist():
            said = [elsewhere[at]] if elsewhere[at] else []
            if at in copies_of.index:
                group_at = [at, *copies_of[at]]
                said.insert(0, _disagreement(group_at, outcome, closing, sent, place))
            said = [text for text in said if text]
            if said:
                interview = f"{whole['company'].iat[at]}, {whole['position'].iat[at]}"
                follow = "follow" if " and " in listed_in else "follows"  # the digest alone
                followed = f"the {listed_in} {follow} {place(at)}"
                lines.append(f"  {interview}: {'; '.join(said)}; {followed}")
    return SharedFollowUps(repeated, lines)


def _copies_only(carrier: np.ndarray, part_at: np.ndarray, sizes: Sequence[int]) -> np.ndarray:
    """``carrier`` without the links between two trackers that are not copies of one: those
    that share fewer than most of the smaller one's rows (two people's downloads, "Job
    Search.xlsx" and "Job Search (1).xlsx", who were at one assessment day: each keeps its
    own follow-up, ot58 F5). A copy holds most of what it copies: a re-download with rows
    added since, or one left behind, still shares most of the smaller one's."""
    copies = np.flatnonzero(carrier != np.arange(len(carrier)))
    if not len(copies):
        return carrier
    ours, theirs = part_at[copies], part_at[carrier[copies]]
    pairs = np.minimum(ours, theirs) * len(sizes) + np.maximum(ours, theirs)
    shared = pd.Series(pairs).value_counts()
    size = np.asarray(sizes, dtype=np.int64)
    smaller = np.minimum(size[ours], size[theirs])
    apart = 2 * shared.reindex(pairs).to_numpy() <= smaller
    if not apart.any():
        return carrier
    carrier = carrier.copy()
    carrier[copies[apart]] = copies[apart]
    return carrier


def _files_repeating(
    held: np.ndarray, what: str, named: Callable[[int], str], copied: Sequence[bool]
) -> str:
    """'4 files repeat the same 3 interviews (Morgan Lee.xlsx, Morgan Lee (1).xlsx, …)', or,
    when some hold fewer of them, '3 files hold copies of 3 interviews (Morgan Lee.xlsx: 3,
    Copy of Morgan Lee.xlsx: 2, …)': ``held`` says how many each tracker of the run holds (the
    trackers named by ``named``), those not named as a copy first (``copied``: the original)."""
    trackers = sorted(np.flatnonzero(held).tolist(), key=lambda at: copied[at])
    # The first five: a coach's 200 copies made a line of 3,400 characters.
    if len(set(held[trackers].tolist())) == 1:
        listed = first_and_more([named(at) for at in trackers])
        same = what.removeprefix("1 ") if " and " not in what else what  # "the same interview"
        return f"{len(trackers)} files repeat the same {same} ({listed})"
    listed = first_and_more([f"{named(at)}: {held[at]}" for at in trackers])
    return f"{len(trackers)} files hold copies of {what} ({listed})"


def _named_as_copy(path: str) -> bool:
    """Whether a file's name says it is a copy ("Morgan Lee (1).xlsx", "Copy of …")."""
    stem = Path(path).stem
    return stem != without_copy_marks(stem)


def _what(dated: pd.Series) -> str:
    """'5 interviews', '1 interview and 2 applications'."""
    interviews, applications = int(dated.sum()), int((~dated).sum())
    said = [
        f"{n} {noun}{'' if n == 1 else 's'}"
        for n, noun in ((interviews, "interview"), (applications, "application"))
        if n
    ]
    return " and ".join(said)


def _disagreement(
    group: list[int],
    outcome: np.ndarray,
    closing: np.ndarray,
    sent: np.ndarray,
    place: Callable[[int], str],
) -> str:
    """What the copies of one interview (``group``, the carrier first) disagree on: an outcome
    that closes the application on one and not on another, or closes it otherwise (not one
    story: ``rounds.a_later_step``), and the follow-ups marked sent on one and not on
    another; '' when they agree."""
    said = []
    shown = [outcome[i].capitalize() if closing[i] else "open" for i in group]
    ours = np.array([outcome[group[0]]] * (len(group) - 1), dtype=object)
    theirs = outcome[group[1:]]
    one_story = a_later_step(ours, theirs) | a_later_step(theirs, ours)
    if len(set(shown)) > 1 and not one_story.all():
        said.append(
            ", ".join(f"{word} in {place(i)}" for word, i in zip(shown, group, strict=True))
        )
    for column, label in enumerate(_SENT.values()):
        marked = [i for i in group if sent[i, column]]
        if marked and len(marked) < len(group):
            unmarked = [i for i in group if not sent[i, column]]
            said.append(
                f"{label} marked sent in {', '.join(place(i) for i in marked)}, not in "
                f"{', '.join(place(i) for i in unmarked)}"
            )
    return "; ".join(said)


def repeated_statuses(
    links: pd.DataFrame, path: str, sheet: str, repeated: frozenset[tuple[str, str, int]]
) -> Counter[str]:
    """The Follow-up statuses of a tracker sheet's rows (its ``interview_links``) whose
    follow-ups another file's copy carries (``SharedFollowUps.repeated``): the run's closing
    count leaves them out, to count each interview once, as the digest lists it (ot58 F9)."""
    if not repeated:
        return Counter()
    rows = links["row"].to_numpy(dtype=np.int64).tolist()
    copied = [(path, sheet, row) in repeated for row in rows]
    return Counter(links["status"].to_numpy(dtype=object)[copied].tolist())


def without_repeats(frame: pd.DataFrame, repeated: frozenset[tuple[str, str, int]]) -> pd.DataFrame:
    """``frame`` (due items or messages: ``path``, ``sheet``, ``row``) without the rows whose
    follow-ups another file's copy carries (``SharedFollowUps.repeated``)."""
    if not repeated or not len(frame):
        return frame
    from followup_batch.exports.outputs import sheets_of

    paths, rows = frame["path"].astype(str).tolist(), frame["row"].astype(int).tolist()
    keys = zip(paths, sheets_of(frame), rows, strict=True)
    keep = np.array([key not in repeated for key in keys], dtype=bool)
    return frame[keep].reset_index(drop=True)
