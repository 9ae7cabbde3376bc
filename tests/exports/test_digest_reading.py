"""The digest as people read it (ot85): the page's structure for a screen reader, the urgency
in words, Compose links that say when they hold no draft, links to drafts without the local
path, tables that fit a 60-column terminal and a digest workbook that prints."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_digest import AS_OF, item, items

from followup_batch.drafts.outbox import COMPOSE_SHORT
from followup_batch.exports.digest import build_digest
from followup_batch.exports.digest_html import to_html, write_digest_html
from followup_batch.exports.digest_text import to_markdown, to_terminal, write_digest_markdown
from followup_batch.text import display_width

VOID = {"meta", "br", "link", "img", "hr", "input"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node] = field(default_factory=list)
    text: str = ""

    def all(self, tag: str) -> list[Node]:
        found = [self] if self.tag == tag else []
        for child in self.children:
            found += child.all(tag)
        return found

    def words(self) -> str:
        return " ".join((self.text + " ".join(c.words() for c in self.children)).split())


class Tree(HTMLParser):
    """The page as a tree of elements (it fails on an element left open or closed twice)."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.root = Node("#document", {})
        self.open = [self.root]
        self.feed(page)
        self.close()
        assert [n.tag for n in self.open] == ["#document"]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.open[-1].children.append(node)
        if tag not in VOID:
            self.open.append(node)

    def handle_endtag(self, tag: str) -> None:
        assert self.open[-1].tag == tag, (self.open[-1].tag, tag)
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.open[-1].children.append(Node("#text", {}, text=data))


def tree(page: str) -> Node:
    return Tree(page).root


WEEK = items(
    item("Ana Ruiz", "Acme", "2026-11-18", "Overdue", "Thank-you note", row=2, to="Sam Park",
         email="sam@acme.example", draft_files=(("Sam Park", "eml/ana-acme.eml"),)),
    item("Ana Ruiz", "Globex", "2026-11-20", "Due today", row=3,
         draft_files=(("", "eml/ana-globex.eml"),)),
    item("محمد العتيبي", "أرامكو السعودية", "2026-11-20", "Due today", row=4, file="m.xlsx"),
    item("Priya Raman", "Bengaluru Bytes", "2026-11-25", "Due soon", row=5, file="p.xlsx"),
    item("Maya Chen", "Shopwise", "2026-11-25", "Scheduled", row=6, file="c.xlsx"),
)  # fmt: skip


def test_the_page_has_landmarks_sections_lists_and_a_heading_per_client() -> None:
    page = tree(to_html(build_digest(WEEK, AS_OF, horizon_days=7)))
    body = page.all("body")[0]
    assert [len(body.all(tag)) for tag in ("header", "main", "footer")] == [1, 1, 1]
    main = body.all("main")[0]
    labelled = {s.attrs["aria-labelledby"] for s in main.all("section")}
    headings = {h.attrs["id"]: h.words() for h in main.all("h2")}
    assert labelled == set(headings) == {"today", "overdue", "coming", "clients"}
    # What is due today first, under a heading of its own (fx331), then the overdue backlog.
    assert [h.attrs["id"] for h in main.all("h2")] == ["today", "overdue", "coming", "clients"]
    assert headings["today"] == "Due today, across all clients (2)"
    assert headings["overdue"] == "Overdue, across all clients (1)"
    assert headings["coming"] == "This week (2)"
    # Each client a heading below the Clients heading, in the Clients list's order.
    assert [h.words() for h in main.all("h3")] == [
        "Ana Ruiz",
        "محمد العتيبي",
        "Priya Raman",
        "Maya Chen",
    ]
    # The items are list items: 2 due today, 1 overdue, 2 this week, 5 in the clients' lists.
    assert [len(s.all("li")) for s in main.all("section")] == [2, 1, 2, 5]
    # Names in another script are isolated in their own direction.
    assert "محمد العتيبي" in [b.words() for b in main.all("bdi")]


def test_each_link_says_what_it_is_for_after_its_words() -> None:
    page = tree(to_html(build_digest(WEEK, AS_OF, horizon_days=7), base=Path.cwd()))
    links = [(a.words(), a.attrs["aria-label"]) for a in page.all("a")]
    assert links == [
        ("Compose", "Compose: 1st check-in at Globex (for Ana Ruiz)"),
        ("Draft", "Draft: 1st check-in at Globex (for Ana Ruiz)"),
        ("Compose", "Compose: 1st check-in at أرامكو السعودية (for محمد العتيبي)"),
        # The overdue list, after what is due today (fx331).
        ("Compose", "Compose: Thank-you note to Sam Park at Acme (for Ana Ruiz)"),
        ("Draft", "Draft: Thank-you note to Sam Park at Acme (for Ana Ruiz)"),
    ]


# ot91-F8e: (to, email, company, the Compose link's label). The company and the client read
# as such, not as more people: "Lee Wong, Ana Diaz, Pixelforge (Maya Chen)" was four people.
LABELS = {
    "nobody named": ("", "", "Pixelforge", "Compose: 1st check-in at Pixelforge (for Maya Chen)"),
    "one person": (
        "Lee Wong",
        "lee@pixelforge.example",
        "Pixelforge",
        "Compose: 1st check-in to Lee Wong at Pixelforge (for Maya Chen)",
    ),
    "two people": (
        "Lee Wong, Ana Diaz",
        "lee@pixelforge.example, ana@pixelforge.example",
        "Pixelforge",
        "Compose: 1st check-in to Lee Wong and Ana Diaz at Pixelforge (for Maya Chen)",
    ),
    "three people": (
        "Lee Wong, Ana Diaz, Bo Li",
        "lee@pixelforge.example, ana@pixelforge.example, bo@pixelforge.example",
        "Pixelforge",
        "Compose: 1st check-in to Lee Wong, Ana Diaz and Bo Li at Pixelforge (for Maya Chen)",
    ),
    "addresses alone": (
        "",
        "lee@pixelforge.example, ana@pixelforge.example",
        "Pixelforge",
        "Compose: 1st check-in to lee@pixelforge.example and ana@pixelforge.example at "
        "Pixelforge (for Maya Chen)",
    ),
    "no company": (
        "Lee Wong",
        "lee@pixelforge.example",
        "",
        "Compose: 1st check-in to Lee Wong, position Analyst (for Maya Chen)",
    ),
}


@pytest.mark.parametrize(("to", "email", "company", "label"), LABELS.values(), ids=LABELS.keys())
def test_a_compose_link_names_its_people_company_and_client_apart(
    to: str, email: str, company: str, label: str
) -> None:
    row = item("Maya Chen", company, "2026-11-20", "Due today", to=to, email=email)
    page = tree(to_html(build_digest(items(row), AS_OF, horizon_days=0), base=Path.cwd()))
    assert [a.attrs["aria-label"] for a in page.all("a")] == [label]


@pytest.mark.parametrize(
    ("status", "due", "word"),
    [("Due soon", "2026-11-25", "due soon"), ("Scheduled", "2026-11-25", "upcoming")],
)
def test_the_coming_urgency_is_in_words_not_in_colour_alone(status, due, word) -> None:
    digest = build_digest(items(item("Bo", "Acme", due, status)), AS_OF, horizon_days=7)
    page = tree(to_html(digest))
    coming = [s for s in page.all("section") if s.attrs["aria-labelledby"] == "coming"][0]
    assert [li.words() for li in coming.all("li")] == [
        f"Wed 2026-11-25, {word} Bo · 1st check-in · Acme – Analyst"
    ]
    clients = [s for s in page.all("section") if s.attrs["aria-labelledby"] == "clients"][0]
    assert [li.words() for li in clients.all("li")] == [
        f"Wed 2026-11-25, {word} · 1st check-in · Acme – Analyst"
    ]
    week = to_markdown(digest).split("## This week (1)\n\n")[1].splitlines()[:3]
    assert week == [
        "| Due | Urgency | Client | Action | Company – Position | To |",
        "|---|---|---|---|---|---|",
        f"| Wed 2026-11-25 | {word.capitalize()} | Bo | 1st check-in | Acme – Analyst |  |",
    ]
    terminal = to_terminal(digest, 60).split("This week (1)\n")[1].splitlines()[:3]
    assert terminal[0].split() == ["Due", "Urgency", "Client", "Action", "Company", "To"]
    assert terminal[2].startswith(f"  Wed 2026-11-25  {word.capitalize():<8}  Bo  ")


LONG = "とても" * 400  # a Japanese thank-you far too long for a mail link once encoded


@pytest.mark.parametrize(
    ("draft", "with_drafts", "words", "has_body"),
    [
        ("Dear Sam,\nThank you.", True, "Compose", True),
        (LONG, True, COMPOSE_SHORT, False),
        # Without --with-drafts no draft is on the page or in the link: "Compose".
        (LONG, False, "Compose", False),
    ],
    ids=["fits", "too-long", "no-drafts"],
)
def test_a_compose_link_without_its_draft_says_so(draft, with_drafts, words, has_body) -> None:
    row = item("Ana", "Acme", "2026-11-20", "Due today", email="sam@acme.example", draft=draft)
    page = tree(to_html(build_digest(items(row), AS_OF), with_drafts=with_drafts))
    (compose,) = page.all("a")
    assert compose.words() == words
    label = f"{words}: 1st check-in to sam@acme.example at Acme (for Ana)"
    assert compose.attrs["aria-label"] == label
    assert ("&body=" in compose.attrs["href"]) is has_body
    assert COMPOSE_SHORT == "Compose (subject only: copy the draft, too long for a mail link)"


@pytest.mark.parametrize(
    ("drafts", "page", "link"),
    [
        ("pages/eml", "pages/d.html", "eml/ana-acme.eml"),
        ("My Drafts", "pages/d.html", "../My%20Drafts/ana-acme.eml"),
        ("a/b/drafts", "c/d/d.html", "../../a/b/drafts/ana-acme.eml"),
    ],
    ids=["below", "beside", "elsewhere"],
)
def test_draft_links_are_relative_never_a_local_path(
    tmp_path: Path, drafts: str, page: str, link: str
) -> None:
    eml = tmp_path / drafts / "ana-acme.eml"
    row = item("Ana", "Acme", "2026-11-18", "Overdue", draft_files=(("Sam", str(eml)),))
    digest = build_digest(items(row), AS_OF)
    (tmp_path / page).parent.mkdir(parents=True)
    html_page = write_digest_html(digest, tmp_path / page).read_text(encoding="utf-8")
    markdown = write_digest_markdown(digest, (tmp_path / page).with_suffix(".md"))
    text = markdown.read_text(encoding="utf-8")
    assert [a.attrs["href"] for a in tree(html_page).all("a")][1:] == [link]
    assert f"| [Draft]({link}) |" in text
    for written in (html_page, text):
        assert "file:" not in written and str(tmp_path) not in written


def test_without_a_folder_for_the_page_a_draft_is_named_not_linked() -> None:
    row = item("Ana", "Acme", "2026-11-18", "Overdue", draft_files=(("Sam", "/home/ana/x.eml"),))
    digest = build_digest(items(row), AS_OF)
    page = tree(to_html(digest))
    assert [a.words() for a in page.all("a")] == ["Compose"]
    assert "· Draft: x.eml ·" in page.all("li")[0].words()
    assert "| Draft: x.eml |" in to_markdown(digest)
    assert "/home/ana" not in to_html(digest) + to_markdown(digest)


NARROW = items(
    item("Zoë Ångström", "Société Générale, Paris; Siège", "2026-11-12", "Overdue", row=2,
         to="Zoé Martin", email="zoé@société.example"),
    item("渡辺 さくら", "メルカリ株式会社", "2026-11-20", "Due today", "Application check-in",
         row=3, file="w.xlsx", to="田中 太郎"),
    item("محمد العتيبي", "أرامكو السعودية", "2026-11-24", "Due soon", "Thank-you note", row=4,
         file="m.xlsx"),
    item("Maya Chen", "Shopwise", "2026-11-25", "Scheduled", row=5, file="c.xlsx",
         to="Ari Levi"),
    item("Maya Chen", "", None, "Needs info", "—", row=6, file="c.xlsx",
         problems="Company is empty"),
)  # fmt: skip


@pytest.mark.parametrize("width", [60, 72, 80])
def test_every_table_fits_a_narrow_terminal(width: int) -> None:
    text = to_terminal(build_digest(NARROW, AS_OF, horizon_days=7), width)
    too_wide = [line for line in text.splitlines() if display_width(line) > width]
    assert too_wide == []


def test_the_clients_table_stacks_its_headers_on_60_columns() -> None:
    text = to_terminal(build_digest(NARROW, AS_OF, horizon_days=7), 60)
    table = text.split("Clients (4)\n")[1].splitlines()[:4]
    assert [line.split() for line in table[:2]] == [
        ["Due", "Due", "To", "To"],
        ["Client", "today", "Overdue", "soon", "Upcoming", "fix", "send"],  # fx331's order
    ]
    # Each count ends where its header does.
    table = text.split("Clients (4)\n")[1].splitlines()[:5]
    assert re.fullmatch(r"  Zoë Ångström\s+·\s+1\s+·\s+·\s+·\s+1", table[4])
    assert table[4].index("1") + 1 == table[1].index("Overdue") + len("Overdue")
    wide = to_terminal(build_digest(NARROW, AS_OF, horizon_days=7), 100)
    header = wide.split("Clients (4)\n")[1].splitlines()[0]
    assert header.split("  ")[-1] == "To send"  # one line when there is room


def test_the_action_is_cut_only_once_the_names_are_at_their_narrowest() -> None:
    """At 60 columns the To column goes first, before a name is cut to its narrowest (ot150
    F9); the action is cut only in a table whose names are at theirs even without it."""
    digest = build_digest(NARROW, AS_OF, horizon_days=7)
    assert "Application check-in" in to_terminal(digest, 80)
    text = to_terminal(digest, 60)
    today = text.split("Due today, across all clients (1)\n")[1].splitlines()
    assert today[:3] == [
        "  Late         Client      Action                Company",
        "  ───────────  ──────────  ────────────────────  ───────────",
        "  due today    渡辺 さく…  Application check-in  メルカリ株…",
    ]
    week = text.split("This week (2)\n")[1].splitlines()
    assert week[2] == "  Tue 2026-11-24  Due soon  محمد ال…  Thank-you n…  أرامكو …"


# ot91-F8f: (the trackers of today's items, where each says it is). The today list names no
# file above it: with more than one tracker in the digest, "row 2" said not which.
# A file named for its client is said by the client's name beside the row.
WHERE_TODAY = {
    "one tracker": (("a.xlsx", "a.xlsx"), ["row 2", "row 3"]),
    "two trackers": (("a.xlsx", "b.xlsx"), ["a.xlsx row 2", "b.xlsx row 3"]),
    "two named for their clients": (("Ana Ruiz.xlsx", "Bo Li.xlsx"), ["row 2", "row 3"]),
    "one named for its client": (("Ana Ruiz.xlsx", "b.xlsx"), ["row 2", "b.xlsx row 3"]),
}


@pytest.mark.parametrize(("files", "said"), WHERE_TODAY.values(), ids=WHERE_TODAY.keys())
def test_an_item_of_today_names_its_file_when_the_digest_has_several(
    files: tuple[str, str], said: list[str]
) -> None:
    rows = [
        item(client, "Acme", "2026-11-20", "Due today", row=row, file=file)
        for client, row, file in zip(("Ana Ruiz", "Bo Li"), (2, 3), files, strict=True)
    ]
    page = to_html(build_digest(items(*rows), AS_OF, horizon_days=0), base=Path.cwd())
    assert re.findall(r"· ([^<]*row \d+)</small>", page) == said
