"""The digest at scale: each partition picks its rows that the digest shows (the same
``build_digest`` selection as a tracker's), the engine brings each coach's rows together
(Dask: a shuffle on the coach column), and ``write_coaches`` writes one folder per coach:
``digest.html`` and ``digest.md``, and on request ``digest.xlsx``, ``followups.ics`` and
``drafts/*.eml``. Without a coach column there is one folder, named after the dataset.
"""

from __future__ import annotations

import functools
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import jinja2
import pandas as pd

from followup_batch.compute import Computed
from followup_batch.datasets.job import DigestRequest, Job
from followup_batch.datasets.plan import DatasetPlan, Piece
from followup_batch.exports import (
    DUE_ITEM_COLUMNS,
    build_digest,
    collect_due,
    empty_items,
    write_digest_html,
    write_digest_markdown,
    write_digest_xlsx,
    write_eml,
    write_ics,
)
from followup_batch.exports.digest_html import load_digest_template
from followup_batch.exports.due import row_clients
from followup_batch.exports.ics import planned_calendar

# Each due row's drafts, one per recipient (``drafts.MESSAGE_COLUMNS`` less what the item
# holds), carried beside the item when .eml files are asked for.
MESSAGE_FIELDS = ("to", "email", "action", "due", "subject", "body")
COACH_SUMMARY_COLUMNS = ("coach", "folder", "items", "needs_info")
# The status of a row ``digest_rows`` adds per client read (not a row of the digest): each
# coach's digest names the clients read with nothing due, as a tracker's digest does (its
# "Nothing due (N)" line; ``exports.digest.nothing_due``). No computed status reads so.
READ = "(read)"
MAX_FOLDER_NAME = 80
CALENDAR = "followups.ics"


def digest_meta(request: DigestRequest | None) -> pd.DataFrame:
    """The columns (and types) of a partition's digest rows."""
    frame = empty_items()
    frame.insert(0, "coach", pd.Series(dtype=object))
    if request is not None and request.messages:
        for name in MESSAGE_FIELDS:
            dtype = "datetime64[ns]" if name == "due" else object
            frame[f"message_{name}"] = pd.Series(dtype=dtype)
    return frame


def digest_rows(
    frame: pd.DataFrame, computed: Computed, plan: DatasetPlan, piece: Piece, job: Job
) -> pd.DataFrame:
    """The piece's rows the digest shows: due by the as-of date (or within the horizon), or
    needing information; with the row's coach and, for .eml files, its drafts."""
    assert job.digest is not None
    items = collect_due(computed.frame, computed.output, path=piece.source)
    picked = build_digest(items, job.as_of, job.digest.horizon_days)
    rows = pd.concat(
        [picked.items.drop(columns="urgency"), picked.needs_info], ignore_index=True
    ).loc[:, list(DUE_ITEM_COLUMNS)]
    if plan.coach is None:
        coach = pd.Series("", index=rows.index, dtype=object)
    else:
        by_row = frame[plan.coach].astype(object).where(frame[plan.coach].notna(), "")
        coach = pd.Series(by_row.reindex(rows["row"]).to_numpy(), index=rows.index, dtype=object)
    rows.insert(0, "coach", coach.astype(str).str.strip())
    rows = pd.concat([rows, clients_read(frame, computed, plan, piece)], ignore_index=True)
    # Only what the coaches' files read: these rows wait, on the workers, for the last
    # partition and are then shuffled, and each row's whole Why (2.3 KB) and draft made them
    # 4.5 KB a row, twice the input; 2.5 GB a Dask worker on 1.2 M rows. The calendar reads
    # the Why's first line and the draft, the page the draft with --with-drafts.
    rows["why"] = rows["why"].astype(str).str.partition("\n")[0]
    if not (job.digest.with_drafts or "ics" in job.digest.extras):
        rows["draft"] = ""
    if job.digest.messages:
        messages = computed.messages.loc[:, ["row", *MESSAGE_FIELDS]]
        messages = messages.rename(columns={n: f"message_{n}" for n in MESSAGE_FIELDS})
        rows = rows.merge(messages, on="row", how="left")
    meta = digest_meta(job.digest)
    return rows.loc[:, list(meta.columns)].astype(meta.dtypes.to_dict())


def clients_read(
    frame: pd.DataFrame, computed: Computed, plan: DatasetPlan, piece: Piece
) -> pd.DataFrame:
    """One ``READ`` row per coach and client of the piece's rows (client, path and file as
    ``collect_due`` names them): what ``write_coach`` passes on as the digest's ``read``."""
    rows = computed.frame.index
    if plan.coach is None:
        coach = pd.Series("", index=rows, dtype=object)
    else:
        by_row = frame[plan.coach].astype(object).where(frame[plan.coach].notna(), "")
        coach = by_row.reindex(rows).astype(str).str.strip()
    # Each coach's distinct Client cells, then named as the digest names them: naming every
    # row's cell cost 0.4 s a partition of 100,000 rows.
    pairs = pd.DataFrame({"coach": coach.to_numpy(), "client": computed.frame["client"].to_numpy()})
    pairs = pairs.drop_duplicates().reset_index(drop=True)
    named = row_clients(pairs, piece.source)
    read = pd.DataFrame({"coach": pairs["coach"], "client": named}).drop_duplicates()
    read = read.assign(row=0, path=str(piece.source), file=piece.source.name, status=READ)
    return read.reindex(columns=["coach", *DUE_ITEM_COLUMNS])


def write_coaches(
    rows: pd.DataFrame,
    folder: Path,
    job: Job,
    folders: Mapping[str, str],
    written: Callable[[int, int], None] | None = None,
) -> pd.DataFrame:
    """One folder of digest files per coach in ``rows`` (all of each coach's rows must be
    here), named by ``folders`` (``coach_folders`` of every coach in the run); returns one
    line per coach (``COACH_SUMMARY_COLUMNS``). ``written`` hears (folders written, in all)
    as the first is begun and as each is written: a terminal's line says the digest phase
    (ot110 F7: it stayed at "4 of 4 partitions" for the 22 s of the digest)."""
    assert job.digest is not None
    summary = []
    groups = rows.groupby("coach", sort=True)
    if written is not None:
        written(0, groups.ngroups)
    for coach, group in groups:
        name = folders[str(coach)]
        counts = write_coach(group, folder / name, job)
        summary.append({"coach": str(coach), "folder": name, **counts})
        if written is not None:
            written(len(summary), groups.ngroups)
    return pd.DataFrame(summary, columns=list(COACH_SUMMARY_COLUMNS)).astype(
        {"coach": object, "folder": object, "items": "int64", "needs_info": "int64"}
    )


def write_coach(rows: pd.DataFrame, folder: Path, job: Job) -> dict[str, int]:
    assert job.digest is not None
    extras = job.digest.extras
    marks = rows["status"] == READ
    read = rows.loc[marks, ["client", "path", "file"]].itertuples(index=False, name=None)
    rows = rows[~marks]
    items = rows.drop_duplicates(["path", "row"]).loc[:, list(DUE_ITEM_COLUMNS)]
    digest = build_digest(items, job.as_of, job.digest.horizon_days, read=list(read))
    from followup_batch.datasets.partition import make_folder_within

    make_folder_within(job.digest.folder, folder)
    template = _page_template(job.config.templates)
    workbook = folder / "digest.xlsx" if "xlsx" in extras else None  # named by the pages
    write_digest_html(
        digest,
        folder / "digest.html",
        with_drafts=job.digest.with_drafts,
        template=template,
        workbook=workbook,
    )
    write_digest_markdown(digest, folder / "digest.md", workbook=workbook)
    if "xlsx" in extras:
        write_digest_xlsx(digest, folder / "digest.xlsx")
    if "ics" in extras:
        _write_calendar(digest.items.drop(columns="urgency"), folder, job)
    if "eml" in extras:
        sent = rows[rows["message_subject"].notna()]
        messages = sent.loc[:, ["row", "client", "company", "position"]].assign(
            **{name: sent[f"message_{name}"] for name in MESSAGE_FIELDS}
        )
        write_eml(
            messages.reset_index(drop=True),
            folder / "drafts",
            job.config.sender,
            clients=job.config.clients,
        )
    return {"items": len(digest.items), "needs_info": len(digest.needs_info)}


def _write_calendar(items: pd.DataFrame, folder: Path, job: Job) -> None:
    """The coach's ``followups.ics``, written into the staging ``folder`` and planned from the
    one published last run, by a tracker calendar's rules (``ics.write_ics``): an event whose
    day or text changed gets the next SEQUENCE, and one no longer due is written once more
    as cancelled (ot96 F1); the events of a file skipped this run are kept as they were."""
    assert job.digest is not None
    staged = folder / CALENDAR
    published = job.digest.published
    write_ics(
        items,
        staged if published is None else published / folder.name / CALENDAR,
        as_of=job.as_of,
        alarm=job.digest.alarm,
        unread=job.digest.unread,
        staged=None if published is None else staged,
    )


def calendars_of_coaches_gone(job: Job) -> list[str]:
    """The calendars of the coaches the folder published last run has and this run has no
    folder for (nothing of theirs is in the digest any more: each row sent, closed, or now
    another coach's), written once more into the staging folder with every event cancelled,
    as a tracker calendar's events no longer due are (ot96 F1): left out, the file vanished
    and a calendar that had imported it kept its events. Such a folder holds only
    ``followups.ics``, until its cancellations leave it (``ics.CANCELLED_KEPT_DAYS``); then
    it goes. Returns the folders written."""
    request = job.digest
    if request is None or "ics" not in request.extras or request.published is None:
        return []
    written = []
    for before in sorted(request.published.glob(f"*/{CALENDAR}")):
        folder = request.folder / before.parent.name
        if folder.exists() or before.parent.name.startswith((".", "_")):
            continue
        options: dict[str, Any] = {"as_of": job.as_of, "alarm": request.alarm}
        lines, _ = planned_calendar(
            empty_items(), before, unread=request.unread, remember=True, **options
        )
        if "BEGIN:VEVENT" not in lines:
            continue
        folder.mkdir()
        write_ics(empty_items(), before, unread=request.unread, staged=folder / CALENDAR, **options)
        written.append(folder.name)
    return written


@functools.lru_cache(maxsize=4)
def _page_template(folder: Path | None) -> jinja2.Template:
    """The config's digest page template (``digest.html.j2`` in its templates folder), else
    the shipped one: compiled once per process, for every coach's page."""
    return load_digest_template(folder)


def coach_folders(coaches: Iterable[str], dataset: str) -> dict[str, str]:
    """Each coach's folder (rows without a coach: one named after the dataset), no two the
    same even on a file system that ignores case: names that would clash each get the short
    hash of their coach, as unsafe names do (a coach named like the dataset, "Ann" and "ann")."""
    folders = {coach: coach_folder(coach or dataset) for coach in coaches}
    hashed: set[str] = set()
    while True:
        taken = Counter(name.casefold() for name in folders.values())
        clashing = [c for c, name in folders.items() if taken[name.casefold()] > 1]
        if not (set(clashing) - hashed):
            return folders
        for coach in clashing:
            # The hash is of the coach as it is in the data: "" for rows without one.
            folders[coach] = hashed_folder(coach or dataset, coach)
            hashed.add(coach)


def coach_folder(coach: str) -> str:
    """A folder name for a coach: the name itself when it is safe (and neither hidden nor
    reserved), else its safe letters and a short hash of the name."""
    safe = _safe_letters(coach)
    if safe == coach and safe:
        return safe
    return hashed_folder(coach, coach)


def hashed_folder(shown: str, coach: str) -> str:
    """``shown``'s safe letters and a short hash of ``coach``."""
    digest = hashlib.sha1(coach.encode("utf-8")).hexdigest()[:8]
    return f"{_safe_letters(shown) or 'coach'}-{digest}"


def _safe_letters(name: str) -> str:
    # Not starting with "." or "_": hidden, or a name the tool keeps for itself (the digest
    # folder's record, _followup-batch.json), which pyarrow, Dask and Spark also skip.
    safe = "".join(c if c.isalnum() or c in " .-_" else "_" for c in name)
    return safe.rstrip(" .").lstrip(" ._")[:MAX_FOLDER_NAME]
