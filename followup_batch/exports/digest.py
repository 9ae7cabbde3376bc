"""The coach's digest: what is due across files, sheets and clients, most urgent first.

``build_digest`` picks from the due items (``exports.due``) what is due by the as-of date and
orders it into a ``Digest``; the renderers show it as a terminal table or Markdown
(``digest_text``), a phone-first HTML page to open or mail (``digest_html``), a new workbook
(``digest_xlsx``) or JSON (``to_json``). Every form reads in the same order, ``URGENCIES``':
what is **due today, across all clients**, then the **overdue** backlog (the most late
first), then what is **coming up** (this week), then each client's counts and items (due
today, overdue, coming), then the rows to fix. This module also holds what the renderers
share: the urgency colours and how an item's date, lateness, place, recipient and problem
read.

Urgency in the digest: Overdue, Due today and Due soon come from the row's status (the rules'
business-day reading of "soon"); with a horizon of N days, anything else due within the next N
calendar days is Upcoming.

A page (HTML, Markdown) shows at most ``PAGE_LIMITS`` items of each list, but every item due
today, in the due-today list and in its client's items: a cap cuts the overdue backlog (and
what comes later), never what is to be sent today (ot137 F1: a client's 30 overdue rows pushed
their due-today items off the page). When the overdue list or the coming list are longer,
every client keeps a fair share of them (``fair_share``): the page takes each client's most
urgent item, then each client's second, and so on, until the list is full, and shows them in
the list's usual order. So every client gets the same number of items, or
all of theirs when they have fewer, and one client's stale tracker of 500 overdue rows cannot
push the other clients' follow-ups off the page. The line below a cut list says how many more
there are, which they are ("95 more overdue") and whose most of them are when one client has
more than half.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import urllib.parse
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import pandas as pd

from followup_batch.drafts.mailto import addresses_in, mailto_link
from followup_batch.drafts.outbox import COMPOSE, COMPOSE_SHORT
from followup_batch.exports.due import empty_items, typed_items
from followup_batch.exports.eml import names_on
from followup_batch.exports.files import file_links
from followup_batch.normalise.addresses import pair_recipients
from followup_batch.read.files import real_path
from followup_batch.schedule.labels import DUE_SOON, DUE_TODAY, NEEDS_INFO, OVERDUE

UPCOMING = "Upcoming"
# The order every form of the digest reads in: its lists, each client's items, the clients (by
# their first item), the counts' columns and the headline. What is due today comes first: a
# coach's 200 overdue items, listed first, hid the 8 to send today below them (fx331).
URGENCIES: tuple[str, ...] = (DUE_TODAY, OVERDUE, DUE_SOON, UPCOMING)
# The lists a digest opens with, each under a heading of its own, before what is coming up.
TODAY_URGENCIES = URGENCIES[:2]
WEEK_DAYS = 7

# The tracker's conditional-format colours (write.xlsx.design.CF_RULES): fill, text. Upcoming
# has no colour in the tracker: a teal of its own, apart from the headers' blue.
URGENCY_COLOURS: dict[str, tuple[str, str]] = {
    OVERDUE: ("FFC7CE", "9C0006"),
    DUE_TODAY: ("FFD8A8", "7F3F00"),
    DUE_SOON: ("FFEB9C", "9C5700"),
    UPCOMING: ("D3F2EC", "0B5345"),
    NEEDS_INFO: ("E4DFEC", "3F3151"),
}


# How a tracker read but not written is listed with those not read (``Digest.left_alone``).
NOT_UPDATED = "not updated, its follow-ups here are from its last save"
# What a digest says when no tracker could be read, in place of "Nothing is due."
NOTHING_READ = "Nothing could be read"
# The line that names the clients read with nothing due (``Digest.idle_line``).
IDLE_TITLE = "Nothing due"

# How many of each list a page (HTML, Markdown) shows, with how many more there are: overdue
# items and items coming up (each client's fair share, ``fair_share``), clients, each client's
# items other than those due today, rows to fix, trackers not read (the most urgent first).
# Items due today are all shown. The workbook and JSON digests hold every item.
PAGE_LIMITS = {
    "overdue": 200,
    "coming": 200,
    "clients": 200,
    "sends": 20,
    "fixes": 100,
    "unread": 100,
}


def left_out(count: int, kind: str) -> int:
    """How many of a list of ``count`` a page leaves out (``PAGE_LIMITS[kind]`` shown)."""
    return max(count - PAGE_LIMITS[kind], 0)


def fair_share(clients: Sequence[str], limit: int) -> list[int]:
    """The places of the items a page shows of a list whose items belong to ``clients`` (in
    the list's order): all of them when they fit in ``limit``; else a round at a time, each
    client's first item, then each client's second, and so on (within a round in the list's
    order, so the last round's places go to the most urgent), until ``limit`` are chosen.
    The places come in the list's order."""
    if len(clients) <= limit:
        return list(range(len(clients)))
    by_client = pd.Series(list(clients), dtype=object)
    round_of = by_client.groupby(by_client, sort=False).cumcount()
    return sorted(round_of.sort_values(kind="stable").index[:limit].tolist())


@dataclass(frozen=True)
class PageList:
    """What a page shows of the today or the coming list."""

    records: list[dict[str, Any]]  # the items shown, in the list's order (shared: read only)
    total: int  # the whole list's length
    # (client, how many of the items left out are theirs) when the list has items of several
    # clients and one has more than half of those left out: "470 of them Maya Chen's".
    whose: tuple[str, int] | None = None
    # (urgency, how many of the items left out have it), when the list says which they are:
    # "95 more overdue" (the overdue list and a client's items; the coming list does not).
    left: tuple[tuple[str, int], ...] = ()

    @property
    def more(self) -> int:
        return self.total - len(self.records)

    def more_words(self) -> str:
        """How many the page leaves out and which: ``95 more overdue``, ``13 more (10
        overdue, 3 due soon)``, ``357 more``; '' when it shows them all."""
        if not self.more:
            return ""
        left = [(urgency.lower(), n) for urgency, n in self.left if n]
        if len(left) == 1:
            return f"{self.more:,} more {left[0][0]}"
        which = ", ".join(f"{n:,} {urgency}" for urgency, n in left)
        return f"{self.more:,} more" + (f" ({which})" if which else "")

    def share(self) -> str:
        """``470 of them``, or ``all`` when every item left out is the client's."""
        if self.whose is None:
            return ""
        n = self.whose[1]
        return "all" if n == self.more else f"{n:,} of them"


@dataclass(frozen=True)
class TodayList:
    """One of the lists a digest opens with (``Digest.today_lists``), of every client: what is
    due today, or the overdue backlog."""

    urgency: str  # DUE_TODAY or OVERDUE
    title: str  # "Due today, across all clients", "Overdue in Job Hunt 2026.xlsx"
    page: PageList  # its items: all of them, or what a page shows


def full_list(workbook: str | None) -> str:
    """Where a page's cut lists are whole: the digest workbook written with the page, or the
    kind of file that would hold them (a page written alone cannot say the option: ``run``
    spells it ``--digest FILE.xlsx``, ``digest`` ``--xlsx FILE``)."""
    return (
        f"{workbook} lists them all"
        if workbook
        else "a digest workbook (.xlsx) would list them all"
    )


def workbook_name(workbook: Path | None, page: Path) -> str | None:
    """How a page names the digest workbook written with it: its file name when the two are
    in one folder, else its path as given."""
    if workbook is None:
        return None
    workbook, page = Path(workbook), Path(page)
    if workbook.parent.resolve() == page.parent.resolve():
        return workbook.name
    return str(workbook)


# The headers the digests' client tables show over ``counts[NEEDS_INFO]`` and
# ``counts["Total"]``: "Total" counts the items to send, not the rows that need info beside it,
# and read as if it did (ot47 F9); the client's line says "1 to fix" too. The JSON keeps the
# keys (schema 1).
COUNT_HEADERS = {NEEDS_INFO: "To fix", "Total": "To send"}


@dataclass(frozen=True)
class Digest:
    """What is due by ``as_of``, grouped by client, most urgent first.

    ``items``: the due items in digest order plus an ``urgency`` column (``URGENCIES``) and
    ``days_late`` (calendar days since the due date; 0 from today on).
    ``counts``: one row per client in the same order, one column per urgency shown, then
    ``Needs info`` and ``Total`` (the items to send, without the Needs info rows; headed as
    ``COUNT_HEADERS`` say).
    ``needs_info``: the rows that need fixing before anything can be scheduled.
    """

    as_of: dt.date
    horizon_days: int
    items: pd.DataFrame
    counts: pd.DataFrame
    needs_info: pd.DataFrame
    # (file name, why) of each tracker the run could not read: nothing of its is above, and
    # the digest is what a coach reads each morning.
    unread: tuple[tuple[str, str], ...] = ()
    # (file name, why) of each tracker read but not written (open in Excel, say): its items
    # are above, from its last save, but its workbook still shows the last run's statuses.
    not_updated: tuple[tuple[str, str], ...] = ()
    # No tracker could be read at all: "Nothing is due" would reassure wrongly.
    nothing_read: bool = False
    # The run's drafts that could not be written, and why (``outputs.without_lost_drafts``):
    # their items have no Draft link, and the page says so once.
    drafts_lost: str = ""
    # The clients read with nothing to send and no row to fix, by name (``nothing_due``):
    # listed below the clients' counts, apart from the trackers not read (ot88 F3).
    idle: tuple[str, ...] = ()
    # Of the clients listed and idle, the trackers of nobody's, named by their file
    # (``trackers_by_file``): a job seeker's own "Job Hunt 2026.xlsx" is no client.
    trackers: frozenset[str] = frozenset()

    @property
    def of_whom(self) -> str:
        """Whose follow-ups the digest lists, as its headings say: ``clients``, ``trackers``
        (every one is nobody's: a job seeker's own) or ``clients and trackers``."""
        listed = {*self.clients, *self.idle}
        trackers = len(listed & self.trackers)
        if not trackers:
            return "clients"
        return "trackers" if trackers == len(listed) else "clients and trackers"

    @property
    def lone_tracker(self) -> str | None:
        """The tracker of nobody's (``trackers``) every row the digest lists comes from, when
        it lists one only (a job seeker's own ``Job Hunt 2026.xlsx``), else None: its name on
        each line of a list would say nothing, and "across all trackers" reads as if there
        were many."""
        listed = self.clients
        return listed[0] if len(listed) == 1 and listed[0] in self.trackers else None

    def today_title(self) -> str:
        """The heading of ``today`` as one list (the workbook's Today sheet, a page template's
        ``today``): ``Today, across all clients`` (or trackers), or ``Today in Job Hunt
        2026.xlsx`` when every row listed is that tracker's (``lone_tracker``)."""
        return self.list_title("Today")

    def list_title(self, what: str) -> str:
        """The heading of a list of every client's items: ``Due today, across all clients``
        (or trackers), or ``Overdue in Job Hunt 2026.xlsx`` when every row listed is that
        tracker's (``lone_tracker``)."""
        lone = self.lone_tracker
        return f"{what} in {lone}" if lone else f"{what}, across all {self.of_whom}"

    def headed(self, headers: Sequence[str]) -> tuple[str, ...]:
        """A table's ``headers`` with its "Client" column headed "Tracker" when every one the
        digest lists is a tracker of nobody's (``of_whom``)."""
        whom = "Tracker" if self.of_whom == "trackers" else "Client"
        return tuple(whom if header == "Client" else header for header in headers)

    def counted(self, names: Iterable[str]) -> str:
        """``2 clients``, ``1 tracker``, ``1 client and 1 tracker``: ``names`` counted as
        clients and as trackers of nobody's (``trackers``)."""
        listed = list(names)
        trackers = sum(name in self.trackers for name in listed)
        clients = len(listed) - trackers
        parts = [f"{clients:,} client{_s(clients)}"] if clients or not trackers else []
        parts += [f"{trackers:,} tracker{_s(trackers)}"] if trackers else []
        return " and ".join(parts)

    @property
    def urgencies(self) -> tuple[str, ...]:
        return URGENCIES if self.horizon_days > 0 else URGENCIES[:3]

    @functools.cached_property
    def today(self) -> pd.DataFrame:
        """The items due today, then the overdue ones (``TODAY_URGENCIES``), of every client:
        each by date (the most late first), then client, company, position, file and row."""
        return self.items.iloc[self._today_at].reset_index(drop=True)

    @functools.cached_property
    def coming(self) -> pd.DataFrame:
        """What falls due after today (Due soon, and Upcoming within the horizon) of every
        client, by date, then client, company, position, file and row."""
        return self.items.iloc[self._coming_at].reset_index(drop=True)

    def today_records(self) -> list[dict[str, Any]]:
        """``today`` as records (shared with ``client_records``: do not change them)."""
        return [self._records[at] for at in self._today_at]

    def coming_records(self) -> list[dict[str, Any]]:
        """``coming`` as records (shared with ``client_records``: do not change them)."""
        return [self._records[at] for at in self._coming_at]

    def today_lists(self, *, page: bool = False) -> list[TodayList]:
        """``today`` as the lists a digest opens with, each under its own heading, those with
        items only: what is due today, then the overdue backlog. On a ``page`` (HTML,
        Markdown) the overdue list is cut to each client's fair share (``fair_share``); every
        item due today is shown."""
        lists = []
        for urgency in TODAY_URGENCIES:
            places = self._at[urgency]
            if not places:
                continue
            if page and urgency == OVERDUE:
                shown = self._page(places, PAGE_LIMITS["overdue"], which=OVERDUE)
            else:
                shown = PageList([self._records[at] for at in places], len(places))
            lists.append(TodayList(urgency, self.list_title(urgency), shown))
        return lists

    def page_client(self, client: str) -> PageList:
        """What a page shows of a client's items (``client_records``), in digest order: every
        item due today, the ``PAGE_LIMITS["sends"]`` oldest overdue ones and as many of those
        coming later: a backlog cuts neither today's items nor the next days'."""
        records = self.client_records(client)
        kept: list[dict[str, Any]] = []
        shown: Counter[bool] = Counter()  # of the overdue (True) and the later items (False)
        left: Counter[str] = Counter()
        for record in records:
            overdue = record["urgency"] == OVERDUE
            if record["urgency"] == DUE_TODAY or shown[overdue] < PAGE_LIMITS["sends"]:
                kept.append(record)
                shown[overdue] += record["urgency"] != DUE_TODAY
            else:
                left[record["urgency"]] += 1
        return PageList(kept, len(records), left=tuple((u, left[u]) for u in URGENCIES))

    def page_coming(self) -> PageList:
        """What a page shows of ``coming``: each client's fair share (``fair_share``)."""
        return self._page(self._coming_at, PAGE_LIMITS["coming"])

    def _page(self, places: list[int], limit: int, which: str | None = None) -> PageList:
        """What a page shows of the list of items at ``places``: each client's fair share of
        ``limit``; ``which``: the urgency of every item of the list, which the line below it
        says ("95 more overdue")."""
        clients = self.items["client"].iloc[places].tolist()
        shown = fair_share(clients, limit)
        left = Counter(clients) - Counter(clients[at] for at in shown)
        whose = None
        if left and len(set(clients)) > 1:
            client, n = left.most_common(1)[0]
            whose = (client, n) if n * 2 > left.total() else None
        records = [self._records[places[at]] for at in shown]
        which_left = ((which, len(places) - len(records)),) if which else ()
        return PageList(records, len(places), whose, which_left)

    @functools.cached_property
    def _today_at(self) -> list[int]:
        return [at for urgency in TODAY_URGENCIES for at in self._at[urgency]]

    @functools.cached_property
    def _at(self) -> dict[str, list[int]]:
        """The places of each of ``TODAY_URGENCIES``' items, by date (``_by_day``)."""
        return {u: self._by_day(self.items["urgency"] == u) for u in TODAY_URGENCIES}

    @functools.cached_property
    def _coming_at(self) -> list[int]:
        return self._by_day(~self.items["urgency"].isin(TODAY_URGENCIES))

    def _by_day(self, chosen: pd.Series) -> list[int]:
        """The places in ``items`` of the ``chosen`` ones, by date, then client, company,
        position, file, sheet and row."""
        rows = self.items.reset_index(drop=True)[chosen.to_numpy()]
        by_day = rows.sort_values(
            ["due", "client", "company", "position", "file", "sheet", "row"], kind="stable"
        )
        return by_day.index.tolist()

    def left_alone(self) -> list[tuple[str, str]]:
        """(file name, why) of the trackers not read, then of those not updated, whose why
        says where their follow-ups come from."""
        return [*self.unread] + [(name, f"{NOT_UPDATED}: {why}") for name, why in self.not_updated]

    def left_alone_title(self) -> str:
        """The heading of ``left_alone``: ``Trackers not read``, ``... or not updated``."""
        if not self.not_updated:
            return "Trackers not read"
        return "Trackers not read or not updated" if self.unread else "Trackers not updated"

    def coming_title(self) -> str:
        return "This week" if self.horizon_days <= WEEK_DAYS else f"Next {self.horizon_days} days"

    @property
    def clients(self) -> list[str]:
        return list(self.counts.index)

    @property
    def totals(self) -> pd.Series:
        return self.counts.sum(axis=0)

    def client_items(self, client: str) -> pd.DataFrame:
        """The client's items to send, in digest order."""
        return self._items_by_client.get(client, self.items.iloc[:0])

    def client_records(self, client: str) -> list[dict[str, Any]]:
        """The client's items to send as ``to_dict("records")`` gives them, in digest order:
        one conversion of all the items, not one per client (a frame's conversion costs ~5 ms
        however few its rows). The records are shared: read them, do not change them."""
        return self._records_by_client.get(client, [])

    def client_counts(self, client: str) -> dict[str, int]:
        """The client's row of ``counts``: urgency (and ``Needs info``, ``Total``) -> count."""
        return self._counts_by_client[client]

    def client_needs_info(self, client: str) -> pd.DataFrame:
        """The client's rows that need fixing."""
        return self._needs_by_client.get(client, self.needs_info.iloc[:0])

    def single_source(self, client: str) -> str | None:
        """``tracker.xlsx [Sheet]`` when all the client's rows come from one sheet."""
        return self._sources.get(client)

    @functools.cached_property
    def _items_by_client(self) -> dict[str, pd.DataFrame]:
        return dict(tuple(self.items.groupby("client", sort=False)))

    @functools.cached_property
    def _records(self) -> list[dict[str, Any]]:
        """All the items as records, converted once for every list that shows them."""
        return self.items.to_dict("records")

    @functools.cached_property
    def _records_by_client(self) -> dict[str, list[dict[str, Any]]]:
        groups = self.items.groupby("client", sort=False).indices
        return {client: [self._records[at] for at in rows] for client, rows in groups.items()}

    @functools.cached_property
    def _counts_by_client(self) -> dict[str, dict[str, int]]:
        return {
            client: {name: int(n) for name, n in row.items()}
            for client, row in self.counts.to_dict("index").items()
        }

    @functools.cached_property
    def _needs_by_client(self) -> dict[str, pd.DataFrame]:
        return dict(tuple(self.needs_info.groupby("client", sort=False)))

    @functools.cached_property
    def _sources(self) -> dict[str, str]:
        rows = pd.concat([self.items, self.needs_info])[["client", "file", "sheet"]]
        sources = rows.drop_duplicates()
        # Not a filter by group: a call per client cost 1 ms (a dataset coach's thousands).
        single = sources[~sources["client"].duplicated(keep=False)]
        return {
            row.client: f"{row.file} [{row.sheet}]" if row.sheet else str(row.file)
            for row in single.itertuples(index=False)
        }

    def client_headline(self, client: str) -> str:
        """``2 overdue · 1 due today · 1 to fix``: a client's counts in one line."""
        counts = self.client_counts(client)
        parts = [f"{int(counts[u]):,} {u.lower()}" for u in self.urgencies if counts[u]]
        if counts[NEEDS_INFO]:
            parts.append(f"{int(counts[NEEDS_INFO]):,} to fix")
        return " · ".join(parts) or "nothing due"

    def idle_line(self, limit: int | None = None) -> str:
        """``Nothing due (2): Ana Silva, Ben Okafor``: the clients read with nothing due, at
        most ``limit`` of them named (``… and 3 more``); '' when there are none. The count
        comes first, as in the headings ("Clients (4)"): after the names, "Ben Okafor (2)"
        would read as a copy's file name."""
        if not self.idle:
            return ""
        shown = self.idle[:limit] if limit is not None else self.idle
        more = len(self.idle) - len(shown)
        names = ", ".join(shown) + (f" and {more:,} more" if more else "")
        return f"{IDLE_TITLE} ({len(self.idle):,}): {names}"

    def title(self) -> str:
        return f"Follow-ups due as of {weekday_date(self.as_of)}"

    def headline(self) -> str:
        totals = self.totals
        n = int(totals["Total"])
        # The clients the Clients list shows (something to send or a row to fix), so the
        # headline never says "for 0 clients" above "Clients (1)" (fx169); a digest that lists
        # none names the clients read with nothing due, as its "Nothing due (N)" line does.
        # A job seeker's own trackers are counted as trackers (``counted``).
        clients, idle = self.clients, self.idle
        parts = [f"{int(totals[u]):,} {u.lower()}" for u in self.urgencies if totals[u]]
        if n:
            text = f"{n:,} follow-up{_s(n)} for {self.counted(clients)}"
        elif clients:
            text = f"Nothing to send for {self.counted(clients)}"
        elif idle:
            text = f"Nothing due for {self.counted(idle)}"
        else:
            text = "0 follow-ups for 0 clients"
        text += (f": {', '.join(parts)}" if parts else "") + (
            f" (horizon: {_next_days(self.horizon_days)})" if self.horizon_days else ""
        )
        if totals[NEEDS_INFO]:
            count = int(totals[NEEDS_INFO])
            text += f"; {count:,} row{_s(count)} need{'s' if count == 1 else ''} fixing"
        # As many trackers as the run's last line counts failed and skipped (open elsewhere).
        # Those not updated are counted above from their last save, where the run's closing
        # line counts the rows of the files it processed only: said, so the two agree (ot137 F2).
        unread, kept = len(self.unread), len(self.not_updated)
        was = "was" if kept == 1 else "were"
        save = f", counted from {'its' if kept == 1 else 'their'} last save"
        if unread:
            text += f"; {unread:,} tracker{_s(unread)} could not be read"
            text += f" and {kept:,} {was} not updated{save}" if kept else ""
        elif kept:
            text += f"; {kept:,} tracker{_s(kept)} {was} not updated{save}"
        return text


def build_digest(
    items: pd.DataFrame,
    as_of: dt.date,
    horizon_days: int = 0,
    unread: Iterable[tuple[str, str]] = (),
    not_updated: Iterable[tuple[str, str]] = (),
    *,
    nothing_read: bool = False,
    read: Iterable[tuple[str, str, str]] = (),
) -> Digest:
    """Pick what is due by ``as_of`` (plus the next ``horizon_days`` days) and order it;
    ``unread``: (file name, why) of the trackers that could not be read; ``not_updated``:
    of those read from their last save but not written; ``nothing_read``: no tracker was;
    ``read``: (client, path, file) of every row read, which names the clients with nothing
    due (``nothing_due``).

    Clients come in order of their first item in ``URGENCIES``' order (Due today before
    Overdue, Due soon and Upcoming, then the earlier date), then by name. Within a client: Due
    today, then Overdue (the oldest first), Due soon and Upcoming, each by date, then company,
    position, file, sheet and row.
    """
    if horizon_days < 0:
        raise ValueError("horizon_days must be 0 or more")
    read = list(read)
    given = typed_items(items) if len(items) else empty_items()
    items, trackers = trackers_by_file(clients_told_apart(given) if len(given) else given)
    today = pd.Timestamp(as_of)
    horizon_end = today + pd.Timedelta(days=horizon_days)

    status = items["status"]
    urgency = status.where(status.isin(URGENCIES[:3]))
    if horizon_days > 0:
        upcoming = urgency.isna() & items["due"].notna() & (items["due"] <= horizon_end)
        urgency = urgency.mask(upcoming, UPCOMING)
    due = items.assign(urgency=urgency).dropna(subset=["urgency"])
    due = due[due["status"] != NEEDS_INFO]
    rank = due["urgency"].map({u: i for i, u in enumerate(URGENCIES)}).astype(int)
    due = due.assign(_rank=rank)

    needs = items[items["status"] == NEEDS_INFO].sort_values(
        ["client", "file", "sheet", "row"], kind="stable"
    )
    first = (
        due.sort_values(["_rank", "due"], kind="stable")
        .groupby("client", sort=False)[["_rank", "due"]]
        .first()
    )
    ranks, dues = first["_rank"].tolist(), first["due"].tolist()
    most_urgent = dict(zip(first.index, zip(ranks, dues, strict=True), strict=True))
    clients = sorted(
        set(first.index) | set(needs["client"]),
        key=lambda c: (most_urgent.get(c, (9, today)), c.casefold(), c),
    )
    order = {c: i for i, c in enumerate(clients)}
    due = (
        due.assign(_client=due["client"].map(order))
        .sort_values(
            ["_client", "_rank", "due", "company", "position", "file", "sheet", "row"],
            kind="stable",
        )
        .drop(columns=["_client", "_rank"])
        .reset_index(drop=True)
    )
    shown = URGENCIES if horizon_days > 0 else URGENCIES[:3]
    # Counted in dicts: setting a frame's cells one by one cost ~0.1 ms each.
    table = {client: dict.fromkeys([*shown, NEEDS_INFO], 0) for client in clients}
    for (client, level), n in due.groupby(["client", "urgency"]).size().items():
        table[client][level] = int(n)
    for client, n in needs.groupby("client").size().items():
        table[client][NEEDS_INFO] = int(n)
    counts = pd.DataFrame(
        [list(row.values()) for row in table.values()],
        index=pd.Index(clients, name="client"),
        columns=[*shown, NEEDS_INFO],
        dtype="int64",
    )
    counts["Total"] = counts[list(shown)].sum(axis=1)
    late = (today - due["due"]).dt.days.clip(lower=0).astype("int64")
    due = due.assign(days_late=late)
    return Digest(
        as_of,
        horizon_days,
        due,
        counts.astype("int64"),
        needs.reset_index(drop=True),
        tuple(unread),
        tuple(not_updated),
        nothing_read,
        idle=(idle := nothing_due(given, read, clients)),
        trackers=frozenset(trackers | (set(idle) & {file for _, _, file in read})),
    )


def clients_told_apart(items: pd.DataFrame) -> pd.DataFrame:
    """``items`` with each client named after a tracker's file name that is nobody's name
    ("tracker", ``read.file_clients.client_of``), found in trackers of several folders, named by
    the folder too: ``alice/tracker.xlsx`` and ``bob/tracker.xlsx`` in a coach's folder are
    two clients, "alice/tracker" and "bob/tracker", not one "tracker". Copies in one folder
    ("tracker (2).xlsx") stay one client, and a file named for a person ("2025/Maya Chen.xlsx",
    "2026/Maya Chen.xlsx") stays that person's."""
    sources = items[["client", "path", "file"]].drop_duplicates()
    renamed = _told_apart(sources.itertuples(index=False, name=None))
    if not renamed:
        return items
    keys = zip(items["client"].tolist(), items["file"].tolist(), strict=True)
    clients = [renamed.get(key, key[0]) for key in keys]
    return items.assign(client=pd.Series(clients, index=items.index, dtype=object))


def named_clients(items: pd.DataFrame) -> pd.Series:
    """Each item's client as the calendar names it: as the digest tells them apart
    (``clients_told_apart``), and '' for a tracker of nobody's (``nobodys``): its file's
    name is not a person's, so the tracker is a job seeker's own and has no client."""
    told = clients_told_apart(items)["client"]
    return told.where(~nobodys(told, items["path"]), "")


def trackers_by_file(items: pd.DataFrame) -> tuple[pd.DataFrame, set[str]]:
    """``items`` (their clients told apart, ``clients_told_apart``) with the client of each of
    a tracker of nobody's (``nobodys``) its file's name as the run names it ("Job Hunt
    2026.xlsx"), and those names: the digest counts and lists them as trackers, not as
    clients named "Job Hunt 2026" (ot119 F5)."""
    mine = nobodys(items["client"], items["path"])
    if not mine.any():
        return items, set()
    files = items["file"].astype(str)
    return items.assign(client=items["client"].where(~mine, files)), set(files[mine])


def nobodys(clients: pd.Series, paths: pd.Series) -> pd.Series:
    """Whether each client is its tracker's file name that is no person's
    (``file_clients.names_nobody``), its file at ``paths``; a file's name read once."""
    from followup_batch.read.file_clients import client_of, names_nobody

    paths = paths.astype(str)
    named = {path: client_of(Path(path)) for path in set(paths.tolist())}
    flags = [
        names_nobody(str(client), named[path])
        for client, path in zip(clients.tolist(), paths.tolist(), strict=True)
    ]
    return pd.Series(flags, index=clients.index, dtype=bool)


def _told_apart(sources: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str], str]:
    """(client, file) -> the client's name in the digest, of the (client, path, file)
    ``sources`` that ``clients_told_apart`` names by their folder too."""
    from followup_batch.read.file_clients import client_of, names_nobody

    sources = list(dict.fromkeys(sources))
    # Once per file: a dataset's part file holds thousands of clients, and naming its file
    # for each cost 0.3 ms (ot110 F6: most of what --digest-dir added to a dataset run).
    named = {path: client_of(Path(path)) for path in {path for _, path, _ in sources}}
    by_file = [
        (client, file) for client, path, file in sources if names_nobody(client, named[path])
    ]
    folders: dict[str, set[str]] = {}
    for client, file in by_file:
        folders.setdefault(client, set()).add(PurePosixPath(file).parent.as_posix())
    return {
        (client, file): (client if folder == "." else f"{folder}/{client}")
        for client, file in by_file
        if len(folders[client]) > 1
        for folder in [PurePosixPath(file).parent.as_posix()]
    }


def nothing_due(
    items: pd.DataFrame, read: Iterable[tuple[str, str, str]], listed: Iterable[str]
) -> tuple[str, ...]:
    """The clients of the rows ``read`` ((client, path, file) of each, ``items``' names before
    ``clients_told_apart``) that the digest does not list (``listed``: nothing to send, no row
    to fix), named as the digest would name them, by their name (ot88 F3: a coach could not
    tell a client with nothing due from a tracker not read), a tracker of nobody's by its file
    (``trackers_by_file``)."""
    from followup_batch.read.file_clients import client_of, names_nobody

    read = list(dict.fromkeys(read))
    if not read:
        return ()
    sources = list(items[["client", "path", "file"]].drop_duplicates().itertuples(index=False))
    of_items = _told_apart(tuple(source) for source in sources)
    itemised = {(client, file) for client, _, file in sources}
    of_all = _told_apart([*(tuple(source) for source in sources), *read])
    told = [
        (of_items if (client, file) in itemised else of_all).get((client, file), client)
        for client, _, file in read
    ]
    named = {path: client_of(Path(path)) for path in {path for _, path, _ in read}}
    names = {
        file if names_nobody(name, named[path]) else name
        for name, (_, path, file) in zip(told, read, strict=True)
    }
    names -= set(listed)
    return tuple(sorted(names, key=lambda name: (name.casefold(), name)))


def weekday_date(value: object) -> str:
    """``Fri 2026-11-20``: the weekday matters when deciding what to send."""
    if value is None or pd.isna(value):
        return ""
    day = pd.Timestamp(value)
    return f"{day.strftime('%a')} {day.date().isoformat()}"


def lateness(item: Mapping[str, Any]) -> str:
    """``3 days late``, ``1 day late``, ``due today``, or the weekday and date to come."""
    days = int(item["days_late"])
    if days:
        return f"{days} day{_s(days)} late"
    if item["urgency"] == DUE_TODAY:
        return "due today"
    return weekday_date(item["due"])


def recipient(item: Mapping[str, Any]) -> str:
    """``Dana Ortiz <dana@acme.example>``, each name with its address for a row of several
    (``Dana Ortiz <dana@…>, Sam Lee <sam@…>``), paired as the drafts pair them
    (``addressed``); then, after a " · ", the addresses under no name (``Chris Hale ·
    jobs@…, recruiting@…``); the name or the address alone when only one is known; '' when
    neither is."""
    people, alone = named_and_alone(addressed(item))
    named = ", ".join(f"{n} <{e}>" if e else n for n, e in people)
    return " · ".join(part for part in (named, ", ".join(alone)) if part)


def named_and_alone(
    pairs: Sequence[tuple[str, str]],
) -> tuple[list[tuple[str, str]], list[str]]:
    """``addressed``'s pairs as (the people, each with their address or ''), (the addresses
    under no name)."""
    return [(n, e) for n, e in pairs if n], [e for n, e in pairs if not n]


def addressed(item: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """(name, address) of each recipient of ``item``, ('', address) for an address written
    under no name and (name, '') for a person without one: each of its drafts' person with
    the addresses that draft goes to (``recipients``, as the Drafts sheet and the .eml files
    have them: "Tom Becker <jobs@…>, Ana Lima <ana@…>" as the Interviewer cell paired them),
    each person's name on their addresses as their draft's To writes it (``eml.names_on``:
    "Lee Wong <lee.wong@…>, Lee Wong <lwong@…>"; of a person's several addresses, none that
    names them carries their name, and goes after a " · " in ``recipient``).

    Items made without ``recipients`` (by hand, or a caller's frame) pair their lists of
    names and of addresses (``to``, ``email``) as the drafts would pair such cells
    (``normalise.addresses.pair_recipients``: by position, unless an address names another
    of them than the one in its place); an address naming nobody of several goes under no
    name (the row's Problems ask whose it is)."""
    drafts = item.get("recipients")
    if isinstance(drafts, tuple) and drafts:
        return _drafts_addressed(drafts)
    return _addressed(str(item["to"] or ""), str(item["email"] or ""))


@functools.lru_cache(maxsize=4096)  # a panel's drafts, item after item
def _drafts_addressed(drafts: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    shown: list[tuple[str, str]] = []
    for name, emails in drafts:
        own = [email for email in emails.split(", ") if email]
        shown += _named(name, own)
    return tuple(shown)


@functools.lru_cache(maxsize=4096)  # a panel's names and addresses, item after item
def _addressed(names: str, emails: str) -> tuple[tuple[str, str], ...]:
    each_name = [name for name in names.split(", ") if name]
    each_email = [email for email in emails.split(", ") if email]
    if not each_name:
        return tuple(("", email) for email in each_email)
    shown: list[tuple[str, str]] = []
    for name, own in pair_recipients(each_name, each_email):
        shown += _named(name, own)
    used = {email for _, email in shown}
    return (*shown, *(("", email) for email in each_email if email not in used))


def _named(name: str, own: Sequence[str]) -> list[tuple[str, str]]:
    """(name, address) of one person's (or no one's, ``name`` '') addresses ``own``, their
    name on those their draft's To writes it on, and (name, '') first when it is on none."""
    on = names_on(name, own)
    return ([(name, "")] if name and not any(on) else []) + list(zip(on, own, strict=True))


def person_key(to: object) -> str:
    """Whom an item is to, case and spacing aside ('' when nobody is named)."""
    return " ".join(str(to).split()).casefold()


def named_to_whom(
    items: Sequence[Mapping[str, Any]],
    line: Callable[[Mapping[str, Any]], Hashable],
    to: Callable[[Mapping[str, Any]], str],
) -> list[bool]:
    """For each of ``items``, whether it should say whom it is to ("Thank-you note to Lee
    Wong"): the lines of one follow-up (same ``line``) that would read alike for different
    people (an interview logged as a row per interviewer) do; two trackers of one name or a
    duplicated line are to the same person and do not, nor does a line without a person.
    The calendar and the HTML digest both follow this rule."""
    people: dict[Hashable, set[str]] = {}
    for item in items:
        people.setdefault(line(item), set()).add(person_key(to(item)))
    return [len(people[line(item)]) > 1 and bool(person_key(to(item))) for item in items]


def compose_link(item: Mapping[str, Any], *, with_body: bool = False) -> str:
    """A ``mailto:`` link to the recipients with the draft's subject (and its text with
    ``with_body``, when it fits a link)."""
    emails = addresses_in(str(item["email"]))
    subject = item["subject"] or f"{item['action']}: {company_position(item)}"
    if with_body and item["draft"]:
        return mailto_link(emails, subject, item["draft"])
    return mailto_link(emails, subject, "").removesuffix("&body=")


def compose_text(item: Mapping[str, Any], link: str, *, with_body: bool = False) -> str:
    """What a Compose link says: "Compose", or, when the draft was to go in the link
    (``with_body``) but is too long for a mail link, the Drafts sheet's words for a link that
    holds the subject only (``drafts.outbox.COMPOSE_SHORT``): an empty mail is not sent for the
    draft (ot85 F4)."""
    if with_body and item["draft"] and "&body=" not in link:
        return COMPOSE_SHORT
    return COMPOSE


def draft_links(base: Path | None) -> Callable[[str], str]:
    """Links to ``.eml`` drafts for a page or Markdown file that may be mailed: relative to its
    folder ``base``, with ``../`` when the drafts folder is beside it rather than below it; ''
    (no link: the file's name is shown) when there is none, no ``base`` or another drive. Never
    a ``file:`` URL, which would carry the local path (``/home/<name>/…``) in a mailed page
    (ot85 F9)."""
    if base is None:
        return lambda file: ""
    link = file_links(base)
    root = str(real_path(base))

    def relative(file: str) -> str:
        target = link(file)
        if not target.startswith("file:"):
            return target
        try:
            path = os.path.relpath(str(real_path(file)), root)
        except ValueError:  # another drive (Windows)
            return ""
        return urllib.parse.quote(path.replace(os.sep, "/"))

    return relative


def where(item: Mapping[str, Any]) -> str:
    """Where to find the row: ``tracker.xlsx [Sheet] row 5``."""
    sheet = f" [{item['sheet']}]" if item["sheet"] else ""
    return f"{item['file']}{sheet} row {item['row']}"


def row_only(item: Mapping[str, Any]) -> str:
    """``row 5``: where to find the row when the heading already names the file."""
    return f"row {item['row']}"


def company_position(item: Mapping[str, Any]) -> str:
    return " – ".join(p for p in (item["company"], item["position"]) if p)


def row_problems(item: Mapping[str, Any]) -> list[str]:
    """Every problem of the row, one a line, each without the "row 3, " a CSV's problems
    start with: the digest says where the row is beside them (a terminal's column showed only
    the repeat). All of them, as the Needs info sheet and ``--json`` list them (ot106 F1: the
    second, "C9: Interview Date is empty", the reason nothing could be scheduled, was left
    out)."""
    lines = [_ROW_PREFIX.sub("", line.strip()) for line in item["problems"].splitlines()]
    return [line for line in lines if line] or ["a required value is missing"]


def first_problem(item: Mapping[str, Any]) -> str:
    """The row's first problem (``row_problems``): ``--json``'s ``"problem"``."""
    return row_problems(item)[0]


_ROW_PREFIX = re.compile(r"^row \d+, ")


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def _next_days(days: int) -> str:
    """'the next 7 days'; 'the next day' for one (ot37 F5)."""
    return "the next day" if days == 1 else f"the next {days:,} days"
