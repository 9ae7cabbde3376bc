"""The digest as one HTML page to open in a browser or send as a mail, from a Jinja2 template.

Phone first: a single column at most 640 px wide that needs no horizontal scroll at 360 px,
no scripts, no external assets and no ``<details>`` (Outlook for Windows ignores it). The
styles the lines repeat are classes of one ``<style>`` in the page's ``<head>``, which Gmail
(since 2016), Outlook.com, Outlook for Windows and Apple Mail keep; the column's width and
wrapping stay inline, so where a mail program drops ``<style>`` (Gmail's Android app with a
non-Google account) the page still fits a phone, its lists plain and each urgency in words.
It reads in the digest's order: what is due today across all clients, the overdue backlog,
coming up, each client's counts and items, the rows to fix. Drafts are linked, not inlined:
each item to send today has a Compose link (a ``mailto:`` with the recipients and the
subject) and, when the run also wrote ``.eml`` files, a link to its draft; ``with_drafts``
adds each draft's text and puts it in the Compose link.
For 30 clients the nightly page (a week's horizon, a Draft link per draft) stays under the
~102 KB at which Gmail clips a message: classes instead of inline styles (24 KB of the page
inline, ``TONES``), and ``<bdi>`` only round a text that holds right-to-left letters
(``isolated``).

A page is for reading, not for 20,000 items: each list shows at most ``PAGE_LIMITS`` items
besides those due today, which are all shown (of the overdue and the coming ones each
client's fair share, ``digest.fair_share``; of the others the first, the most urgent) and says
how many more there are and which ("95 more overdue"), which the digest workbook and
``digest --json`` list in full: the line names the workbook when one is written with the page.
So a platform's or a big client's digest stays a page (at most about 1.5 MB) instead of
passing the template's size limit.

The shipped template is ``exports/templates/digest.html.j2``; a ``digest.html.j2`` in the
config's templates folder replaces it. It runs in Jinja2's sandbox with autoescaping, and gets
the plain values ``page_context`` makes (no objects of this package).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
import pandas as pd
from markupsafe import Markup

from followup_batch.drafts.limits import LimitedSandbox, render_limited
from followup_batch.drafts.templating import join_names
from followup_batch.errors import ConfigError
from followup_batch.exports.digest import (
    NOTHING_READ,
    PAGE_LIMITS,
    UPCOMING,
    URGENCY_COLOURS,
    Digest,
    PageList,
    addressed,
    company_position,
    compose_link,
    compose_text,
    draft_links,
    first_problem,
    full_list,
    lateness,
    left_out,
    named_and_alone,
    named_to_whom,
    recipient,
    row_only,
    row_problems,
    weekday_date,
    where,
    workbook_name,
)
from followup_batch.exports.files import write_marked
from followup_batch.normalise.controls import printable
from followup_batch.read.file_clients import client_of
from followup_batch.schedule.labels import DUE_SOON, DUE_TODAY, NEEDS_INFO, OVERDUE

DIGEST_TEMPLATE = "digest.html.j2"
SHIPPED = Path(__file__).resolve().parent / "templates"

# Each urgency's class letter on the page: its badge is class "b" + letter, its item's border
# "i" + letter, its coloured words "c" + letter (``URGENCY_COLOURS``, in the page's <style>).
# An inline style a line, as before, was 24 KB of the README's 30 clients' nightly page.
TONES = {OVERDUE: "o", DUE_TODAY: "t", DUE_SOON: "s", UPCOMING: "u", NEEDS_INFO: "f"}
# The anchor of each of the lists the page opens with (``Digest.today_lists``).
LIST_IDS = {DUE_TODAY: "today", OVERDUE: "overdue"}


# The bidirectional classes of right-to-left letters and of Arabic digits: a text holding none
# reads the same with or without ``<bdi>`` on the left-to-right page.
_RIGHT_TO_LEFT = frozenset({"R", "AL", "AN"})


def isolated(text: object) -> Markup:
    """``text`` escaped, in ``<bdi>`` when it holds a right-to-left letter or an Arabic digit,
    so that it keeps its own direction and leaves the line around it in order (an Arabic
    client's name). A text of left-to-right letters, digits and punctuation alone is shown
    the same without it, on this left-to-right page (its neutral characters take the page's
    direction either way), and goes without, which keeps a 30 clients' week of items within
    Gmail's clip (about 7 KB of ``<bdi>`` on the README's page). The page's ``bdi`` filter."""
    shown = str(text)
    if any(unicodedata.bidirectional(c) in _RIGHT_TO_LEFT for c in shown):
        return Markup("<bdi>{}</bdi>").format(shown)
    return Markup("{}").format(shown)


def company_position_html(item: Mapping[str, Any]) -> Markup:
    """``company_position`` with the company and the position each isolated in its own
    direction (``isolated``): one ``<bdi>`` round both took the direction of the first, so an
    Arabic company's line read "Data Scientist – شركة أرامكو" (ot143 F6)."""
    parts = [isolated(p) for p in (item["company"], item["position"]) if p]
    return Markup(" – ").join(parts) if parts else Markup("(no company)")


def recipient_html(item: Mapping[str, Any]) -> Markup:
    """``recipient`` with each name and each address isolated in its own direction
    (``isolated``), so that two Arabic or Hebrew names read in their order, each before its
    address, on the English page (ot67 F6: one ``<bdi>`` round the list made the whole list
    right-to-left, the second person first and each address before its name)."""
    people, alone = named_and_alone(addressed(item))
    named = Markup(", ").join(
        Markup("{} &lt;{}&gt;").format(isolated(n), isolated(e)) if e else isolated(n)
        for n, e in people
    )
    others = Markup(", ").join(isolated(e) for e in alone)
    return Markup(" · ").join(part for part in (named, others) if part)


def link_purpose(item: Mapping[str, Any], to_names: str, *, tracker: bool = False) -> str:
    """What an item's links are for, after the words they show, for a screen reader's list of
    links, where nine "Compose" links read the same (WCAG 2.4.4; ot85 F11): the action, to
    whom, at which company, for which client: "1st check-in to Lee Wong and Ana Diaz at
    Pixelforge (for Maya Chen)". Read aloud, "Lee Wong, Ana Diaz, Pixelforge (Maya Chen)"
    made the company a third person and the client a fourth (ot91-F8e). A row without a
    company says its position ("position Analyst"). A ``tracker`` of nobody's, a job seeker's
    own named by its file (``Digest.trackers``), is where the row is: "(in Job Hunt
    2026.xlsx)"."""
    purpose = str(item["action"])
    if to_names:
        purpose += " to " + join_names([name for name in to_names.split(", ") if name])
    if item["company"]:
        purpose += f" at {item['company']}"
    elif item["position"]:
        purpose += f", position {item['position']}"
    if not item["client"]:
        return purpose
    return purpose + f" ({'in' if tracker else 'for'} {item['client']})"


def load_digest_template(folder: Path | None = None) -> jinja2.Template:
    """The digest page's template: ``folder``'s ``digest.html.j2`` when there is one, else the
    shipped one. Raises ``ConfigError`` naming the file and line when it does not compile."""
    path = SHIPPED / DIGEST_TEMPLATE
    if folder is not None and (Path(folder) / DIGEST_TEMPLATE).is_file():
        path = Path(folder) / DIGEST_TEMPLATE
    return _compiled(path)[0]


def _compiled(path: Path) -> tuple[jinja2.Template, jinja2.nodes.Template]:
    env = LimitedSandbox(
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["bdi"] = isolated
    try:
        source = path.read_text(encoding="utf-8").lstrip("\ufeff")
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) else exc
        raise ConfigError(f"{path}: cannot read the digest template: {why}") from None
    from followup_batch.drafts.templating import check_filters_and_tests

    try:
        tree = env.parse(source, path.name, str(path))
        if path.parent != SHIPPED:  # before Jinja2 compiles it, in its words
            check_filters_and_tests(env, tree, path)
        code = env.compile(source, path.name, str(path))  # named: an error gives its line
    except jinja2.TemplateSyntaxError as exc:
        raise ConfigError(f"{path}, line {exc.lineno}: {exc.message}") from None
    return env.template_class.from_code(env, code, env.make_globals(None)), tree


def check_digest_template(folder: Path | None) -> None:
    """Check ``folder``'s ``digest.html.j2``, when it has one, as the draft templates are
    checked when a run starts, before anything is written: it compiles, uses only the filters,
    tests and variables the page has, and renders a sample digest with an item in every list
    (so ``{{ c.nmae }}`` fails here too). Raises ``ConfigError`` naming the file and line."""
    from followup_batch.drafts.templating import unknown_variable

    if folder is None or not (Path(folder) / DIGEST_TEMPLATE).is_file():
        return
    path = Path(folder) / DIGEST_TEMPLATE
    template, tree = _compiled(path)
    context = page_context(sample_digest(), with_drafts=True, workbook="digest.xlsx")
    unknown_variable(tree, context, path, kind="the digest page")
    render_digest_template(template, context)


def sample_digest() -> Digest:
    """A digest with one item in each list the page shows: due today, overdue, the coming
    days', a client's, a row to fix, a client with nothing due and a file not read."""
    import datetime as dt

    import pandas as pd

    from followup_batch.exports.digest import build_digest
    from followup_batch.exports.due import DUE_ITEM_COLUMNS, typed_items

    as_of = dt.date(2026, 11, 20)

    def item(due: str | None, status: str, **values: object) -> dict[str, object]:
        return {
            "client": "Maya Chen",
            "file": "Maya Chen.xlsx",
            "path": "Maya Chen.xlsx",
            "sheet": "Jobs",
            "row": 2,
            "company": "Brightwave",
            "position": "Product Manager",
            "to": "Dana Ortiz",
            "email": "dana@brightwave.example",
            "interview_date": pd.Timestamp("2026-11-18"),
            "action": "Thank-you note",
            "due": pd.Timestamp(due) if due else pd.NaT,
            "status": status,
            "subject": "Thank you",
            "draft": "Hi Dana,",
            "why": "",
            "problems": "",
            "draft_files": (("Dana Ortiz", "maya-chen-brightwave.eml"),),
            **values,
        }

    rows = [
        item("2026-11-20", "Due today"),
        item("2026-11-17", "Overdue", row=5, action="1st check-in"),
        item("2026-11-24", "Due soon", row=3, action="1st check-in"),
        item(None, "Needs info", row=4, company="", action="—", problems="Company is empty"),
    ]
    frame = typed_items(pd.DataFrame(rows, columns=list(DUE_ITEM_COLUMNS)))
    return build_digest(
        frame,
        as_of,
        7,
        unread=[("Jonas Weber.csv", "it is open in Excel")],
        read=[("Maya Chen", "Maya Chen.xlsx", "Maya Chen.xlsx"), ("Ana Silva", "a.csv", "a.csv")],
    )


def page_context(
    digest: Digest,
    *,
    with_drafts: bool = False,
    base: Path | None = None,
    workbook: str | None = None,
) -> dict[str, Any]:
    """What the template gets: texts, links and colours, in the digest's order. ``base``: the
    page's folder, for relative links to ``.eml`` drafts; ``workbook``: the digest workbook
    written with the page, which the lines below cut lists name (``full_list``)."""
    draft_link = draft_links(base)
    due_day = functools.cache(weekday_date)  # thousands of items fall on a few dozen days

    # The today and coming lists name no file above them: an item there says its file when
    # the digest covers more than one tracker (ot91-F8f: "row 6" of which of them?).
    sources = pd.concat([digest.items, digest.needs_info])[["file", "sheet"]]
    one_tracker = len(sources.drop_duplicates()) <= 1
    file_client = functools.cache(lambda file: client_of(Path(file)))

    def named_for(item: Mapping[str, Any]) -> str:
        return str(file_client(str(item["file"])))

    def send(
        item: Mapping[str, Any], today: bool = False, *, listed: bool = True
    ) -> dict[str, Any]:
        """An item's texts; its links only in the today list (the only place with links).
        ``listed``: in the today or coming list, not under its client's heading."""
        fill, ink = URGENCY_COLOURS[item["urgency"]]
        files = [(to, file) for to, file in (item["draft_files"] if today else ()) if file]
        what, to_names = company_position(item), item["to"] or item["email"]
        purpose = link_purpose(item, to_names, tracker=item["client"] in digest.trackers)
        drafts = []
        for to, file in files:
            text = f"Draft to {to}" if len(files) > 1 and to else "Draft"
            drafts.append(
                {
                    "to": to,
                    "link": draft_link(file),
                    "file": Path(file).name,  # shown when there is no link to it
                    "text": text,
                    "label": f"{text}: {purpose}",
                }
            )
        compose = compose_link(item, with_body=with_drafts) if today else ""
        compose_words = compose_text(item, compose, with_body=with_drafts)
        # The row alone when the client's rows all come from one file (named in its section),
        # in a list above the sections when the digest's rows all do.
        # A file named for its client ("Maya Chen.xlsx") is said by the client's name there,
        # a tracker of nobody's by its file's name (``Digest.trackers``).
        alone = (
            one_tracker
            or (bool(digest.single_source(item["client"])) and named_for(item) == item["client"])
            or item["client"] in digest.trackers
            if listed
            else digest.single_source(item["client"])
        )
        locate = row_only if alone else where
        return {
            "urgency": item["urgency"],
            "tone": TONES[item["urgency"]],  # its colours' classes (``TONES``)
            # The urgency in words where the date does not say it (not only its colour: WCAG
            # 1.4.1; ot85 F5); '' for overdue and due today items, whose ``late`` says it.
            "soon": item["urgency"] if item["urgency"] in (DUE_SOON, UPCOMING) else "",
            "fill": fill,
            "ink": ink,
            "late": lateness(item),
            "due": due_day(item["due"]),
            # A job seeker's one tracker, named for nobody, is not named on each line.
            "client": "" if one_tracker and item["client"] in digest.trackers else item["client"],
            "action": item["action"],
            "company": item["company"],  # as digest --json names them (ot130 F4)
            "position": item["position"],
            "what": what,
            "what_html": company_position_html(item),  # each in its own direction
            "to": recipient(item),
            "to_html": recipient_html(item),  # the same, each person in their own direction
            "to_names": to_names,
            "compose": compose,
            # "Compose", or that the link holds the subject only (``digest.compose_text``).
            "compose_text": compose_words,
            "compose_label": f"{compose_words}: {purpose}",
            # One link per draft, named by its person when a row has several (a panel's).
            "drafts": drafts,
            "draft_link": drafts[0]["link"] if drafts else "",  # the first: earlier templates
            "subject": item["subject"],
            "draft": item["draft"] if with_drafts else "",
            "where": locate(item),
        }

    clients = []
    for client in digest.clients[: PAGE_LIMITS["clients"]]:
        source = digest.single_source(client)
        sends = digest.page_client(client)
        clients.append(
            {
                "name": client,
                "counts": digest.client_headline(client),
                "source": source or "",
                "sends": _to_whom([send(item, listed=False) for item in sends.records]),
                # How many of the client's items the page leaves out, and which: "10 more
                # overdue" (every item due today is shown, ot137 F1).
                "sends_more": f"{sends.more:,}" if sends.more else "",
                "sends_left": sends.more_words(),
            }
        )
    needs_fill, needs_ink = URGENCY_COLOURS[NEEDS_INFO]
    lists, coming = digest.today_lists(page=True), digest.page_coming()
    today_lists = [
        {
            "id": LIST_IDS[part.urgency],
            "title": part.title,  # "Due today, across all clients", "Overdue in Jobs.xlsx"
            "count": f"{part.page.total:,}",
            "sends": [send(item, today=True) for item in part.page.records],
            # Which of the list's items the page leaves out: "95 more overdue" ('' for none).
            "more": part.page.more_words(),
            "whose": _whose(part.page),
        }
        for part in lists
    ]
    # A template of an earlier version shows the lists as one, ``today``, under ``today_title``.
    overdue = next((part.page for part in lists if part.urgency == OVERDUE), PageList([], 0))
    fixes = digest.needs_info.head(PAGE_LIMITS["fixes"]).to_dict("records")
    lengths = {
        "today": sum(part.page.total for part in lists),
        "coming": coming.total,
        "clients": len(digest.clients),
        "fixes": len(digest.needs_info),
        "unread": len(digest.left_alone()),
        "idle": len(digest.idle),
    }
    return _printable(
        {
            "title": digest.title(),
            "day": weekday_date(digest.as_of),
            "headline": digest.headline(),
            # Whose the lists are: "clients", or "trackers" of a job seeker's own (ot119 F5).
            "of_whom": digest.of_whom,
            # What is due today, then the overdue backlog, each a list under its own heading.
            "today_lists": today_lists,
            # "Today, across all clients", or "Today in Job Hunt 2026.xlsx" for one tracker.
            "today_title": digest.today_title(),
            "as_of": digest.as_of.isoformat(),
            "with_drafts": with_drafts,
            "today": [item for part in today_lists for item in part["sends"]],
            "coming_title": digest.coming_title(),
            "coming": _to_whom([send(item) for item in coming.records]),
            "clients": clients,
            "fixes": [
                {
                    "client": item["client"],
                    "where": where(item),
                    "what": company_position(item) or "(no company)",
                    "what_html": company_position_html(item),
                    "problem": first_problem(item),  # a page of one's own may show it
                    "problems": row_problems(item),  # each on a line of its own (ot106 F1)
                }
                for item in fixes
            ],
            # The clients read with nothing due, at most PAGE_LIMITS["clients"] of them: their
            # number is counts.idle, how many more more.idle (ot88 F3).
            "idle": list(digest.idle[: PAGE_LIMITS["clients"]]),
            "fix_fill": needs_fill,
            "fix_ink": needs_ink,
            "fix_tone": TONES[NEEDS_INFO],
            # The page's colour classes: {"key": "o", "fill": "FFC7CE", "ink": "9C0006"}, ...
            "tones": [
                {"key": key, "fill": URGENCY_COLOURS[u][0], "ink": URGENCY_COLOURS[u][1]}
                for u, key in TONES.items()
            ],
            # The trackers not read, then those not updated (``Digest.left_alone``).
            "unread_title": digest.left_alone_title(),
            "unread": [
                {"file": name, "why": why[:1].upper() + why[1:]}  # a paragraph of its own
                for name, why in digest.left_alone()[: PAGE_LIMITS["unread"]]
            ],
            "nothing_read": NOTHING_READ if digest.nothing_read else "",
            "drafts_lost": digest.drafts_lost,
            # The whole lists' lengths, and how many the page leaves out (see PAGE_LIMITS).
            "counts": {k: f"{n:,}" for k, n in lengths.items()},
            "more": {
                k: _more(n, "clients" if k == "idle" else k)
                for k, n in lengths.items()
                if k != "today"
            }
            | {"today": f"{overdue.more:,}" if overdue.more else ""},
            # Which the today list's items left out are: "95 more overdue".
            "today_left": overdue.more_words(),
            # Whose most of the overdue or coming items left out are: {"share": "470 of them"
            # or "all", "client": ...}, or empty; and where every item is listed.
            "whose": {"today": _whose(overdue), "coming": _whose(coming)},
            "full_list": full_list(workbook),
        }
    )


def _to_whom(sends: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``sends`` with the action of lines that would read the same, for different people (an
    interview logged as a row per interviewer), saying whom it is to ("Thank-you note to Lee
    Wong"), as the calendar titles them (``digest.named_to_whom``)."""
    named = named_to_whom(sends, _line_of, lambda item: str(item["to_names"]))
    return [
        {**item, "action": f"{item['action']} to {item['to_names']}"} if name else item
        for item, name in zip(sends, named, strict=True)
    ]


def _line_of(item: Mapping[str, Any]) -> tuple[str, ...]:
    return (item["client"], item["late"], item["due"], item["action"], item["what"])


def _printable(value: Any) -> Any:
    """``value`` with every text in it printable (``normalise.controls.printable``, tabs
    kept): a tracker's cell holding BEL, ESC[31m or a right-to-left override reaches the page
    as the text around them, whatever the template (it gets only these plain values)."""
    if isinstance(value, str):
        return printable(value, tabs=True)
    if isinstance(value, dict):
        return {key: _printable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_printable(item) for item in value]
    return value


def _whose(page: PageList) -> dict[str, str]:
    return {"share": page.share(), "client": page.whose[0]} if page.whose else {}


def _more(count: int, kind: str) -> str:
    """How many of the list the page leaves out, written out ('' for none)."""
    n = left_out(count, kind)
    return f"{n:,}" if n else ""


def to_html(
    digest: Digest,
    *,
    with_drafts: bool = False,
    template: jinja2.Template | None = None,
    base: Path | None = None,
    workbook: str | None = None,
) -> str:
    """The page (see the module docstring)."""
    template = template or load_digest_template()
    context = page_context(digest, with_drafts=with_drafts, base=base, workbook=workbook)
    return render_digest_template(template, context).rstrip("\n") + "\n"


def render_digest_template(template: jinja2.Template, context: Mapping[str, Any]) -> str:
    """The page's text, within the limits of ``drafts.limits``; any failure of a user's
    template is a ConfigError naming the file."""
    from followup_batch.drafts.templating import error_line

    try:
        return render_limited(template, context)
    except Exception as exc:  # a user's template may fail in any way: say which file and line
        path = Path(template.filename or DIGEST_TEMPLATE)
        message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        raise ConfigError(f"{path}, {error_line(exc, path)}: {message}") from None


def write_digest_html(
    digest: Digest,
    path: Path,
    *,
    with_drafts: bool = False,
    template: jinja2.Template | None = None,
    workbook: Path | None = None,
) -> Path:
    """Write the page atomically; links to ``.eml`` drafts are relative to its folder.
    ``workbook``: the digest workbook written with it (``workbook_name``)."""
    path = Path(path)
    page = to_html(
        digest,
        with_drafts=with_drafts,
        template=template,
        base=path.parent,
        workbook=workbook_name(workbook, path),
    )
    return write_marked(path, page, ".html")
