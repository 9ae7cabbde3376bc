"""The overdue and coming lists of a page (HTML, Markdown) cut at ``PAGE_LIMITS``: every item due
today is shown, first, of the others every client keeps a fair share, shown in the list's usual
order, and the line below says how many more there are, which, whose they mostly are, and where
they are all listed."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from test_digest import AS_OF, item, items

from followup_batch.exports.digest import PageList, build_digest, fair_share
from followup_batch.exports.digest_html import to_html
from followup_batch.exports.digest_text import to_markdown
from followup_batch.exports.outputs import Exports, write_exports
from followup_batch.schedule.labels import DUE_SOON, DUE_TODAY, OVERDUE

ELSEWHERE = ": a digest workbook (.xlsx) would list them all."


def late(
    client: str, count: int, first_due: str, status: str = "Overdue", *, days: int = 150
) -> list[dict]:
    """``count`` items of ``client``, due a day apart from ``first_due`` over ``days`` days
    (from June: months overdue, never past the as-of date)."""
    start = pd.Timestamp(first_due)
    return [
        item(
            client,
            f"{client} Co {n}",
            str((start + pd.Timedelta(days=n % days)).date()),
            status,
            row=n + 2,
            # Its own folder's tracker, its Client cells naming it: a file named "Client
            # 01.xlsx" or "Cy.xlsx" is no person's name, so no client (ot119 F5).
            file=f"{client}/tracker.xlsx",
        )
        for n in range(count)
    ]


def few_each(clients: int, due: str, status: str) -> list[dict]:
    """``clients`` clients with 1, 2, 3, 1, 2, 3, ... items each, all due on ``due``."""
    rows = []
    for n in range(clients):
        rows += late(f"Client {n + 1:02d}", n % 3 + 1, due, status, days=1)
    return rows


STALE = "2026-06-01"  # Maya Chen's stale tracker: 500 rows months overdue

# (case, the items, how many of each client's items the overdue list shows, the line below)
OVERDUE_CASES = [
    (
        "one stale tracker among 30 clients",
        late("Maya Chen", 500, STALE) + few_each(29, "2026-11-18", "Overdue"),
        {"Maya Chen": 143} | {f"Client {n + 1:02d}": n % 3 + 1 for n in range(29)},
        "… and 357 more overdue, all Maya Chen's" + ELSEWHERE,
    ),
    (
        "two stale trackers share what the others leave",
        late("Maya Chen", 500, STALE)
        + late("Omar Haddad", 300, STALE)
        + [
            i
            for n in range(10)
            for i in late(f"Client {n + 1:02d}", 2, "2026-11-20", "Due today", days=1)
        ],
        # The items due today are a list of their own, before this one: not one of its 200
        # (ot137 F1, fx331).
        {"Maya Chen": 100, "Omar Haddad": 100},
        "… and 600 more overdue, 400 of them Maya Chen's" + ELSEWHERE,
    ),
    (
        "three equal clients: the last round to the most late, nobody named",
        late("Ann", 100, STALE) + late("Bo", 100, STALE) + late("Cy", 100, STALE),
        {"Ann": 67, "Bo": 67, "Cy": 66},
        "… and 100 more overdue" + ELSEWHERE,
    ),
    (
        "one client alone is not named",
        late("Maya Chen", 300, STALE),
        {"Maya Chen": 200},
        "… and 100 more overdue" + ELSEWHERE,
    ),
    (
        "a whole list is shown as it is",
        late("Maya Chen", 143, STALE) + few_each(29, "2026-11-18", "Overdue"),
        {"Maya Chen": 143} | {f"Client {n + 1:02d}": n % 3 + 1 for n in range(29)},
        None,
    ),
]


def section(text: str, heading: str, end: str) -> str:
    start = text.index(heading)
    stop = text.find(end, start + len(heading))
    return text[start : stop if stop > 0 else len(text)]


def markdown_list(text: str, heading: str) -> tuple[list[tuple[str, str]], str | None]:
    """(first cell, client) of each row of the Markdown list, and the line below it."""
    part = section(text, f"## {heading}", "\n## ")
    header, *rows = [line.split(" | ") for line in part.splitlines() if line.startswith("| ")]
    client = header.index("Client")
    more = [line for line in part.splitlines() if line.startswith("… and")]
    return [(row[0].removeprefix("| "), row[client]) for row in rows], (more or [None])[0]


def html_list(page: str, heading: str) -> tuple[list[tuple[str, str]], str | None]:
    """(lateness or date, client) of each item of the page's list, and the line below it."""
    part = section(page, heading, "<h2")
    # The coming list's dates say their urgency after them: "Mon 2026-11-23, due soon".
    rows = re.findall(
        r'<b class="[^"]*">([^<]+?)(?:, due soon|, upcoming)?</b> '
        r"<b>(?:<bdi>)?([^<]+?)(?:</bdi>)?</b>",
        part,
    )
    more = re.search(r"<p [^>]*>(… and .*?)</p>", part)
    line = html.unescape(re.sub(r"<[^>]+>", "", more.group(1))) if more else None
    return [(html.unescape(a), html.unescape(b)) for a, b in rows], line


def days_late(text: str) -> int:
    return 0 if text == "due today" else int(text.split()[0])


OVERDUE_LIST = "Overdue, across all clients"
DUE_TODAY_LIST = "Due today, across all clients"
FORMS = [
    ("markdown", lambda d: markdown_list(to_markdown(d), OVERDUE_LIST)),
    ("html", lambda d: html_list(to_html(d), OVERDUE_LIST)),
]


def overdue_list(digest, *, page: bool) -> list[tuple[str, str]]:
    """(client, company) of each item of the digest's overdue list (what a page shows)."""
    (part,) = [part for part in digest.today_lists(page=page) if part.urgency == OVERDUE]
    return [(r["client"], r["company"]) for r in part.page.records]


@pytest.mark.parametrize(("form", "shown_of"), FORMS, ids=[f for f, _ in FORMS])
@pytest.mark.parametrize(
    ("rows", "shown", "more"),
    [case[1:] for case in OVERDUE_CASES],
    ids=[case[0] for case in OVERDUE_CASES],
)
def test_overdue_keeps_every_clients_share_latest_first(
    form: str, shown_of, rows: list[dict], shown: dict[str, int], more: str | None
) -> None:
    digest = build_digest(items(*rows), AS_OF)
    listed, line = shown_of(digest)
    assert Counter(client for _, client in listed) == Counter(shown)
    lateness = [days_late(late) for late, _ in listed]
    assert lateness == sorted(lateness, reverse=True)
    # Each client's most late items are the ones shown, in the list's own order.
    whole = overdue_list(digest, page=False)
    kept = overdue_list(digest, page=True)
    assert kept == [entry for entry in whole if entry in set(kept)]
    for client, n in shown.items():
        assert [c for c in kept if c[0] == client] == [c for c in whole if c[0] == client][:n]
    assert line == more


# Maya Chen's 500 items all due Monday; 29 clients with 1-3 items each due later in the week.
COMING = [
    item("Maya Chen", f"Maya Co {n}", "2026-11-23", "Due soon", row=n + 2) for n in range(500)
] + [
    item(f"Client {n + 1:02d}", "Later Co", f"2026-11-{24 + n % 4}", "Scheduled", row=k + 2)
    for n in range(29)
    for k in range(n % 3 + 1)
]


@pytest.mark.parametrize(
    ("form", "shown_of"),
    [
        ("markdown", lambda d: markdown_list(to_markdown(d), "This week")),
        ("html", lambda d: html_list(to_html(d), "This week")),
    ],
    ids=["markdown", "html"],
)
def test_coming_keeps_every_clients_share_by_date(form: str, shown_of) -> None:
    """Maya Chen's 500 items due Monday used to fill the whole list; the 29 clients due later
    in the week each keep theirs."""
    digest = build_digest(items(*COMING), AS_OF, horizon_days=7)
    listed, line = shown_of(digest)
    others = {f"Client {n + 1:02d}": n % 3 + 1 for n in range(29)}
    assert Counter(client for _, client in listed) == Counter({"Maya Chen": 143} | others)
    days = [dt.date.fromisoformat(due.split()[1]) for due, _ in listed]
    assert days == sorted(days)
    assert line == "… and 357 more, all Maya Chen's" + ELSEWHERE


@pytest.mark.parametrize(
    ("clients", "limit", "shown"),
    [
        (["A", "A", "B"], 3, [0, 1, 2]),  # whole: as it is
        (["A", "A", "A", "B", "C"], 3, [0, 3, 4]),  # each client's first
        (["A", "A", "A", "B", "C"], 4, [0, 1, 3, 4]),  # then each one's second
        (["A", "B", "A", "B", "A", "C"], 4, [0, 1, 2, 5]),  # a round in the list's order
        (["A", "B", "C", "D"], 2, [0, 1]),  # more clients than places: the most urgent
        ([], 200, []),
    ],
)
def test_fair_share(clients: list[str], limit: int, shown: list[int]) -> None:
    assert fair_share(clients, limit) == shown


@pytest.mark.parametrize(
    ("workbook", "where"),
    [
        (None, "a digest workbook (.xlsx) would list them all"),
        ("digest.xlsx", "digest.xlsx lists them all"),
        ("book/digest.xlsx", "book/digest.xlsx lists them all"),
    ],
    ids=["no workbook", "workbook beside", "workbook elsewhere"],
)
def test_the_line_below_a_cut_list_says_where_they_all_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workbook: str | None, where: str
) -> None:
    """The page and the Markdown name the digest workbook the same run wrote; without one
    they do not claim that one exists."""
    monkeypatch.chdir(tmp_path)
    digests = [(Path("digest.html"), ".html"), (Path("digest.md"), ".md")]
    if workbook:
        digests.append((Path(workbook), ".xlsx"))
    due = items(*OVERDUE_CASES[0][1])
    write_exports(Exports(digests=tuple(digests)), due, pd.DataFrame(), AS_OF)
    line = f"… and 357 more overdue, all Maya Chen's: {where}."
    page = Path("digest.html").read_text(encoding="utf-8")
    assert html_list(page, OVERDUE_LIST)[1] == line
    markdown = Path("digest.md").read_text(encoding="utf-8")
    assert markdown_list(markdown, OVERDUE_LIST)[1] == line
    # A client's own list, cut at 20, says where the rest are too (it said "… and 480 more").
    assert f"… and 480 more overdue: {where}." in html.unescape(page)
    assert f"… and 480 more overdue: {where}." in markdown


def backlog(client: str, overdue: int, today: int, soon: int = 0) -> list[dict]:
    """``client``'s ``overdue`` items (months late), ``today`` due today and ``soon`` due
    Monday, each of a company of its own."""
    kinds = [("Late", STALE, "Overdue", overdue)]
    kinds += [("Today", str(AS_OF), "Due today", today), ("Soon", "2026-11-23", "Due soon", soon)]
    rows, row = [], 2
    for word, first_due, status, count in kinds:
        for n in range(count):
            due = str((pd.Timestamp(first_due) + pd.Timedelta(days=n % 150)).date())
            if status != "Overdue":
                due = first_due
            company = f"{client} {word} {n}"
            rows.append(item(client, company, due, status, row=row, file=f"{client}.xlsx"))
            row += 1
    return rows


def client_part(text: str, client: str, form: str) -> tuple[int, int, str | None]:
    """(items due today at the top of a client's own list on the page, items listed), and the
    line below it."""
    if form == "markdown":
        part = section(text, f"### {client}\n", "\n### ")
        rows = [line for line in part.splitlines() if line.startswith("| ") and "---" not in line]
        rows = rows[1:]  # the header
        today = [" | Due today | " in line for line in rows]
        more = [line for line in part.splitlines() if line.startswith("… and")]
        return _leading(today), len(rows), (more or [None])[0]
    part = section(html.unescape(text), f">{client}</h3>", "</div>")
    listed = re.findall(r"<li>(.*?) · ", part)
    more = re.search(r"(… and [^<]*)</span>", part)
    today = [late == "due today" for late in listed]
    return _leading(today), len(listed), more.group(1) if more else None


def _leading(flags: list[bool]) -> int:
    """How many of ``flags`` are true before the first false one."""
    return next((n for n, flag in enumerate(flags) if not flag), len(flags))


COACHED = ["Ana Diaz", "Ben Ode", "Carla Ruiz", "Dev Patel", "Eva Lind", "Farah Khan"]
COACHED += ["Jonas Weber", "Lena Schmidt", "Maya Chen", "Priya Nair", "Tom Baker", "Zara Ali"]

# ot137 F1: a coach's night, each client's backlog of overdue rows and a few due today.
# (case, the items, (client, due today at the top of its list, items its list shows, the line
# below it), the line below the overdue list)
BACKLOG_CASES = [
    (
        "a client's 30 overdue rows before their 2 due today",
        backlog("Tom Baker", 30, 2) + backlog("Zara Ali", 0, 1),
        [("Tom Baker", 2, 22, "… and 10 more overdue"), ("Zara Ali", 1, 1, None)],
        None,
    ),
    (
        "a coach's backlog longer than a page's overdue list",
        [row for n, name in enumerate(COACHED) for row in backlog(name, 25, n % 2)],
        [("Ben Ode", 1, 21, "… and 5 more overdue"), ("Ana Diaz", 0, 20, "… and 5 more overdue")],
        "… and 100 more overdue",
    ),
    (
        "the next days are not cut by the backlog",
        backlog("Jonas Weber", 25, 2, soon=3),
        [("Jonas Weber", 2, 25, "… and 5 more overdue")],
        None,
    ),
    (
        "more to come than a list shows too",
        backlog("Jonas Weber", 22, 1, soon=23),
        [("Jonas Weber", 1, 41, "… and 5 more (2 overdue, 3 due soon)")],
        None,
    ),
]

PAGES = [("markdown", to_markdown), ("html", to_html)]


@pytest.mark.parametrize(("form", "render"), PAGES, ids=[f for f, _ in PAGES])
@pytest.mark.parametrize(
    ("rows", "clients", "today_line"),
    [case[1:] for case in BACKLOG_CASES],
    ids=[case[0] for case in BACKLOG_CASES],
)
def test_a_page_lists_every_item_due_today_whatever_the_backlog(
    form: str,
    render,
    rows: list[dict],
    clients: list[tuple[str, int, int, str | None]],
    today_line: str | None,
) -> None:
    """The page showed 2 of 8 items due today (ot137 F1): the today list took each client's
    most late items first, and a client's own list its 20 oldest; what is due today is listed
    whole, first, under a heading of its own (fx331: after 200 overdue items on a phone), and
    only the overdue backlog (and what comes later) is cut."""
    digest = build_digest(items(*rows), AS_OF)
    text = render(digest)
    parse = markdown_list if form == "markdown" else html_list
    due_today = int(digest.totals["Due today"])
    listed, line = parse(text, DUE_TODAY_LIST)
    assert [late for late, _ in listed] == ["due today"] * due_today
    assert line is None
    listed, line = parse(text, OVERDUE_LIST)
    assert "due today" not in [late for late, _ in listed]
    assert line == (today_line + ELSEWHERE if today_line else None)
    assert text.index(DUE_TODAY_LIST) < text.index(OVERDUE_LIST)
    for client, today, shown, more in clients:
        assert client_part(text, client, form) == (today, shown, more and more + ELSEWHERE)


@pytest.mark.parametrize(
    ("left", "more", "words"),
    [
        (((OVERDUE, 95),), 95, "95 more overdue"),
        (((OVERDUE, 10), (DUE_TODAY, 0), (DUE_SOON, 3)), 13, "13 more (10 overdue, 3 due soon)"),
        ((), 357, "357 more"),  # the coming list does not say which
        (((OVERDUE, 0),), 0, ""),
    ],
)
def test_the_line_below_a_cut_list_says_which_are_left_out(
    left: tuple[tuple[str, int], ...], more: int, words: str
) -> None:
    page = PageList([{}] * 5, 5 + more, left=left)
    assert page.more_words() == words
