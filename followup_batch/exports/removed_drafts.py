"""What the drafts line says of the drafts a run removes from the drafts folder: those no
longer due, those of trackers moved or deleted, those an older version left, those whose
template failed (still due, not drafted again) and second copies (two computers syncing one
folder each wrote one)."""

from __future__ import annotations

import os
from collections.abc import Collection, Mapping
from pathlib import Path

import pandas as pd

from followup_batch.exports.eml import draft_heads, is_draft_of, slug


def removed_said(
    stale: list[Path],
    held: Mapping[str, str | None],
    gone: Collection[str],
    withheld: Collection[tuple[str, str]],
    folder: Path,
    would: str = "",
    copies: Collection[str] = (),
) -> str:
    """``3 drafts no longer due and 2 of trackers moved or deleted removed; removed 9 drafts
    an older version left in eml/; 2 drafts removed: their template failed, see Problems; 3
    second copies of drafts removed`` (what of ``stale`` goes because it was sent or closed,
    what because its tracker left its path, what an earlier version wrote, with no tracker
    mark, what is still due but was not drafted again: a row of ``withheld``, ``withheld_drafts``,
    and what is a second copy of a draft kept, one of ``copies``: two computers syncing the
    folder each wrote one, ``other_computers.tied_drafts``)."""
    twice = sum(path.name in copies for path in stale)
    stale = [path for path in stale if path.name not in copies]
    of_gone = sum(held.get(path.name) in gone for path in stale)
    of_old = sum(held.get(path.name) is None for path in stale)
    of_failed = sum(
        held.get(path.name) not in gone
        and held.get(path.name) is not None
        and is_withheld(path.name, withheld)
        for path in stale
    )
    parts = []
    if len(stale) > of_gone + of_old + of_failed:
        no_longer_due = len(stale) - of_gone - of_old - of_failed
        parts.append(f"{counted(no_longer_due, 'draft')} no longer due")
    if of_gone:
        parts.append(f"{counted(of_gone, 'draft')} of trackers moved or deleted")
    said = [" and ".join(parts) + f"{would} removed"] if parts else []
    if of_old:
        old = f"{counted(of_old, 'draft')} an older version left in {folder}{os.sep}"
        said.append(f"{old}{would} removed" if would else f"removed {old}")
    if of_failed:
        said.append(
            f"{counted(of_failed, 'draft')}{would} removed: "
            f"{'its' if of_failed == 1 else 'their'} template failed, see Problems"
        )
    if twice:
        said.append(f"{counted(twice, 'second copy', 'second copies')} of drafts{would} removed")
    return "; ".join(said)


def withheld_drafts(items: pd.DataFrame) -> set[tuple[str, str]]:
    """(``eml.draft_heads`` of the row, its action's slug) of each due item whose template
    failed (its Problems say ``render.NO_DRAFT``): still due, but not drafted this run."""
    from followup_batch.drafts.render import NO_DRAFT

    if not len(items) or "problems" not in items:
        return set()
    failed = items[items["problems"].str.contains(f": {NO_DRAFT}", regex=False)]
    return {
        (head, slug(action))
        for path, sheet, client, company, action in zip(
            failed["path"],
            failed["sheet"],
            failed["client"],
            failed["company"],
            failed["action"],
            strict=True,
        )
        for head in draft_heads([(path, sheet, client, company)])
    }


def is_withheld(name: str, withheld: Collection[tuple[str, str]]) -> bool:
    """Whether ``name`` is the draft of one of ``withheld`` (``withheld_drafts``)."""
    return any(is_draft_of(name, {head}, (action,)) for head, action in withheld)


def counted(number: int, noun: str, nouns: str = "") -> str:
    return f"{number:,} {noun if number == 1 else nouns or noun + 's'}"
