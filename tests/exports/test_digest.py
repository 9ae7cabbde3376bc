"""The coach digest: which items, in which order, and how each renderer shows them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from trackers import write_xlsx

from followup_batch.compute import compute_sheet
from followup_batch.config import Config
from followup_batch.exports.digest import build_digest, compose_link, lateness, recipient
from followup_batch.exports.due import DUE_ITEM_COLUMNS, collect_due, concat_items, empty_items
from followup_batch.read import read_trackers

AS_OF = dt.date(2026, 11, 20)  # a Friday
SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "tracker.xlsx"
HEADER = ["Company", "Position", "Interview Date", "Interview Type", "Thank-you Sent"]


def item(
    client: str,
    company: str,
    due: str | None,
    status: str,
    action: str = "1st check-in",
    *,
    row: int = 2,
    file: str = "tracker.xlsx",
    sheet: str = "",
    **extra: object,
) -> dict[str, object]:
    return {
        "client": client,
        "file": file,
        "path": f"/coach/{file}",
        "sheet": sheet,
        "row": row,
        "company": company,
        "position": extra.pop("position", "Analyst"),
        "to": extra.pop("to", ""),
        "email": extra.pop("email", ""),
        "interview_date": pd.Timestamp("2026-11-02"),
        "action": action,
        "due": pd.Timestamp(due) if due else pd.NaT,
        "status": status,
        "subject": extra.pop("subject", ""),
        "draft": extra.pop("draft", ""),
        "why": extra.pop("why", ""),
        "problems": extra.pop("problems", ""),
        "draft_files": extra.pop("draft_files", ()),
    }


def items(*rows: dict[str, object]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(DUE_ITEM_COLUMNS))


MIXED = items(
    item("Bo", "Scheduled soon", "2026-11-25", "Scheduled", row=2),
    item("Bo", "Due soon", "2026-11-24", "Due soon", row=3),
    item("Bo", "Late", "2026-11-12", "Overdue", "2nd check-in", row=4),
    item("Bo", "Later", "2026-11-05", "Overdue", "Final follow-up", row=5),
    item("Bo", "Today", "2026-11-20", "Due today", "Thank-you note", row=6),
    item("Bo", "Far", "2027-01-10", "Scheduled", row=7),
    item("Bo", "Networking", "2026-11-26", "Closed", "Networking check-in", row=8),
    item("Bo", "", None, "Needs info", "—", row=9, problems="Company is empty\nsecond"),
    item("Al", "Al soon", "2026-11-23", "Due soon", row=2, file="al.xlsx"),
    item("Cy", "Cy late", "2026-11-12", "Overdue", row=2, file="cy.xlsx"),
    item("Di", "Di none", None, "Needs info", "—", row=3, file="di.xlsx"),
)


@pytest.mark.parametrize(
    ("horizon", "expected"),
    [
        (
            0,
            [
                ("Bo", "Today", "Due today"),  # what is due today first (fx331)
                ("Bo", "Later", "Overdue"),
                ("Bo", "Late", "Overdue"),
                ("Bo", "Due soon", "Due soon"),
                ("Cy", "Cy late", "Overdue"),
                ("Al", "Al soon", "Due soon"),
            ],
        ),
        (
            7,
            [
                ("Bo", "Today", "Due today"),
                ("Bo", "Later", "Overdue"),
                ("Bo", "Late", "Overdue"),
                ("Bo", "Due soon", "Due soon"),
                ("Bo", "Scheduled soon", "Upcoming"),
                ("Bo", "Networking", "Upcoming"),
                ("Cy", "Cy late", "Overdue"),
                ("Al", "Al soon", "Due soon"),
            ],
        ),
    ],
)
def test_items_by_client_then_urgency(horizon: int, expected: list[tuple[str, str, str]]) -> None:
    digest = build_digest(MIXED, AS_OF, horizon_days=horizon)
    got = list(digest.items[["client", "company", "urgency"]].itertuples(index=False, name=None))
    assert got == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # Bo has a thank-you due today; Cy's overdue is as old as Bo's oldest (11-05) and
        # comes after; Al has only Due soon; Di only needs fixing.
        (MIXED, ["Bo", "Cy", "Al", "Di"]),
        # A client with something due today comes before one with the oldest backlog (fx331:
        # 200 overdue items hid the 8 due today).
        (
            items(
                item("Old", "Old Co", "2026-10-01", "Overdue"),
                item("Now", "Now Co", "2026-11-20", "Due today"),
                item("Now", "Now Late", "2026-11-18", "Overdue"),
                item("Soon", "Soon Co", "2026-11-23", "Due soon"),
            ),
            ["Now", "Old", "Soon"],
        ),
    ],
)
def test_clients_ordered_by_their_first_item(rows: pd.DataFrame, expected: list[str]) -> None:
    assert build_digest(rows, AS_OF).clients == expected


def test_ties_in_urgency_and_date_go_by_name() -> None:
    tied = items(
        item("zoe", "Z", "2026-11-20", "Due today"),
        item("Adam", "A", "2026-11-20", "Due today"),
    )
    assert build_digest(tied, AS_OF).clients == ["Adam", "zoe"]


def test_counts_per_client_and_status() -> None:
    digest = build_digest(MIXED, AS_OF, horizon_days=7)
    assert digest.counts.to_dict("index") == {
        "Bo": {
            "Overdue": 2,
            "Due today": 1,
            "Due soon": 1,
            "Upcoming": 2,
            "Needs info": 1,
            "Total": 6,
        },
        "Cy": {
            "Overdue": 1,
            "Due today": 0,
            "Due soon": 0,
            "Upcoming": 0,
            "Needs info": 0,
            "Total": 1,
        },
        "Al": {
            "Overdue": 0,
            "Due today": 0,
            "Due soon": 1,
            "Upcoming": 0,
            "Needs info": 0,
            "Total": 1,
        },
        "Di": {
            "Overdue": 0,
            "Due today": 0,
            "Due soon": 0,
            "Upcoming": 0,
            "Needs info": 1,
            "Total": 0,
        },
    }
    assert digest.headline() == (
        "8 follow-ups for 4 clients: 1 due today, 3 overdue, 2 due soon, 2 upcoming "
        "(horizon: the next 7 days); 2 rows need fixing"
    )
    assert list(build_digest(MIXED, AS_OF).counts.columns) == [
        "Due today",
        "Overdue",
        "Due soon",
        "Needs info",
        "Total",
    ]


def test_nothing_due() -> None:
    digest = build_digest(empty_items(), AS_OF)
    assert digest.clients == []
    assert digest.headline() == "0 follow-ups for 0 clients"
    assert digest.today.empty and digest.coming.empty


def test_negative_horizon_is_refused() -> None:
    with pytest.raises(ValueError, match="horizon_days"):
        build_digest(MIXED, AS_OF, horizon_days=-1)


# --- collecting items from the pipeline -------------------------------------------------------


def computed(path: Path, sheet: str | None = None) -> pd.DataFrame:
    parts = []
    for table in read_trackers(path, dataclasses.replace(Config().reading, sheet=sheet)):
        computed = compute_sheet(table, Config(), AS_OF)
        frame, out = computed.frame, computed.output
        parts.append(collect_due(frame, out, path=path, sheet=table.sheet))
    return concat_items(parts)


def rows_for(*companies: str) -> list[list[object]]:
    # Interviews on Thu 11-19 (thank-you due today) and Mon 11-02 (thank-you sent; the
    # 1st check-in is overdue), plus an offer (nothing due) and a row without a company.
    out: list[list[object]] = []
    for company in companies:
        out += [
            [company, "Analyst", dt.date(2026, 11, 19), "video", None],
            [company + " Two", "Engineer", dt.date(2026, 11, 2), "onsite", dt.date(2026, 11, 2)],
        ]
    return out


def test_collect_due_keeps_rows_with_something_to_do(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "maya.xlsx",
        {
            "Tracker": [
                [*HEADER, "Outcome"],
                ["Acme", "Analyst", dt.date(2026, 11, 19), "video", None, None],
                ["Closed Co", "Analyst", dt.date(2026, 10, 1), "final", "yes", "offer"],
                [None, "Analyst", dt.date(2026, 11, 19), "video", None, None],
            ]
        },
    )
    got = computed(path)
    assert list(got.columns) == list(DUE_ITEM_COLUMNS)
    assert got[["client", "file", "sheet", "row", "company", "action", "status"]].to_dict(
        "records"
    ) == [
        {
            "client": "Maya",
            "file": "maya.xlsx",
            "sheet": "Tracker",
            "row": 2,
            "company": "Acme",
            "action": "Thank-you note",
            "status": "Due today",
        },
        {
            "client": "Maya",
            "file": "maya.xlsx",
            "sheet": "Tracker",
            "row": 4,
            "company": "",
            "action": "—",  # nothing to send until its company is filled in (ot81 F4)
            "status": "Needs info",
        },
    ]
    assert got["due"].tolist()[0] == pd.Timestamp(AS_OF)
    assert got["due"].isna().tolist() == [False, True]
    assert got["interview_date"].tolist()[0] == pd.Timestamp("2026-11-19")
    assert "Company" in got["problems"].tolist()[1]


def test_collect_due_takes_drafts_and_a_fixed_client() -> None:
    frame = pd.DataFrame(
        {
            "client": [""],
            "company": ["Acme"],
            "position": ["Analyst"],
            "interview_date": pd.to_datetime(["2026-11-19"]),
        },
        index=pd.Index([7], name="row"),
    )
    out = pd.DataFrame(
        {
            "status": ["Due today"],
            "next_action": ["Thank-you note"],
            "next_due": pd.to_datetime(["2026-11-20"]),
            "draft_subject": ["Thank you – Analyst"],
            "draft": ["Dear Sam, ..."],
            "why": ["Thank-you note: the next day"],
            "problems": [""],
        },
        index=frame.index,
    )
    got = collect_due(frame, out, path=Path("/c/maya.csv"))
    assert got.loc[0, ["client", "sheet", "row", "subject", "draft"]].tolist() == [
        "Maya",
        "",
        7,
        "Thank you – Analyst",
        "Dear Sam, ...",
    ]
    fixed = collect_due(frame, out, path=Path("/c/maya.csv"), client="Maya Chen")
    assert fixed.loc[0, "client"] == "Maya Chen"


def test_layout_folder_of_client_trackers(tmp_path: Path) -> None:
    for name in ("maya", "jonas"):
        write_xlsx(tmp_path / f"{name}.xlsx", {"Sheet1": [HEADER, *rows_for(name.title())]})
    parts = [computed(p) for p in sorted(tmp_path.glob("*.xlsx"))]
    digest = build_digest(concat_items(parts), AS_OF)
    assert digest.clients == ["Jonas", "Maya"]  # equal urgency and date: by name
    assert digest.counts["Overdue"].tolist() == [1, 1]
    assert digest.counts["Due today"].tolist() == [1, 1]
    assert digest.single_source("Maya") == "maya.xlsx [Sheet1]"


def test_layout_one_workbook_a_sheet_per_client(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "clients.xlsx",
        {
            "Maya Chen": [HEADER, *rows_for("Acme")],
            "Jonas Weber": [HEADER, *rows_for("Isar")[:1]],
        },
    )
    digest = build_digest(computed(path), AS_OF)
    # Both have a thank-you due today (Maya an overdue check-in too): by name.
    assert digest.clients == ["Jonas Weber", "Maya Chen"]
    assert set(digest.client_items("Jonas Weber")["sheet"]) == {"Jonas Weber"}
    assert digest.counts.loc["Maya Chen", "Total"] == 2


def test_layout_one_sheet_with_a_client_column(tmp_path: Path) -> None:
    rows = rows_for("Acme", "Brightwave")
    clients = ["Maya Chen", "Maya Chen", "Priya Raman", "Priya Raman"]
    path = write_xlsx(
        tmp_path / "all.xlsx",
        {"All": [["Client", *HEADER], *([c, *r] for c, r in zip(clients, rows, strict=True))]},
    )
    digest = build_digest(computed(path), AS_OF)
    assert digest.clients == ["Maya Chen", "Priya Raman"]
    assert digest.client_items("Priya Raman")["company"].tolist() == [
        "Brightwave",  # its thank-you is due today
        "Brightwave Two",  # overdue
    ]


def test_sample_tracker_counts_agree_with_the_statuses() -> None:
    got = computed(SAMPLE)
    digest = build_digest(got, AS_OF)
    statuses = got["status"].value_counts()
    for level in ("Overdue", "Due today", "Due soon"):
        assert digest.totals[level] == statuses.get(level, 0)
    assert digest.totals["Needs info"] == statuses.get("Needs info", 0)
    # Jonas and Maya have follow-ups due today, by name; Priya has overdue ones.
    assert digest.clients == ["Jonas Weber", "Maya Chen", "Priya Raman"]


# --- today across all clients, then coming up ---------------------------------------------------

TODAY = items(
    item(
        "Cy",
        "Cy Co",
        "2026-11-17",
        "Overdue",
        "2nd check-in",
        to="Dana Ortiz",
        email="dana@cy.example",
        subject="Following up",
    ),
    item(
        "Al",
        "Al Co",
        "2026-11-20",
        "Due today",
        "Thank-you note",
        to="Sam Lee, Ana Díaz",
        email="sam@al.example, ana@al.example",
    ),
    item("Bo", "Bo Co", "2026-11-17", "Overdue"),  # as late as Cy's: by client
    item("Bo", "Bo Late", "2026-11-05", "Overdue", "Final follow-up"),
    item("Al", "Al Soon", "2026-11-24", "Due soon"),
    item("Bo", "Bo Soon", "2026-11-23", "Due soon"),
    item("Di", "", None, "Needs info", "—", problems="Company is empty"),
    item("Di", "Di Co", "2026-11-10", "Needs info", problems="D3: not a date"),  # never late
)


def test_today_lists_what_is_due_today_then_every_clients_late_items_latest_first() -> None:
    digest = build_digest(TODAY, AS_OF)
    got = [
        (i["client"], i["company"], i["days_late"], lateness(i), recipient(i))
        for i in digest.today.to_dict("records")
    ]
    assert got == [
        ("Al", "Al Co", 0, "due today", "Sam Lee <sam@al.example>, Ana Díaz <ana@al.example>"),
        ("Bo", "Bo Late", 15, "15 days late", ""),
        ("Bo", "Bo Co", 3, "3 days late", ""),
        ("Cy", "Cy Co", 3, "3 days late", "Dana Ortiz <dana@cy.example>"),
    ]
    lists = [
        (part.title, [(i["client"], i["company"]) for i in part.page.records])
        for part in digest.today_lists()
    ]
    assert lists == [
        ("Due today, across all clients", [("Al", "Al Co")]),
        ("Overdue, across all clients", [("Bo", "Bo Late"), ("Bo", "Bo Co"), ("Cy", "Cy Co")]),
    ]
    coming = digest.coming[["client", "company", "urgency"]].to_dict("records")
    assert coming == [
        {"client": "Bo", "company": "Bo Soon", "urgency": "Due soon"},
        {"client": "Al", "company": "Al Soon", "urgency": "Due soon"},
    ]
    assert digest.needs_info["company"].tolist() == ["", "Di Co"]  # to fix, never to send


@pytest.mark.parametrize(
    ("due", "status", "expected"),
    [
        ("2026-11-19", "Overdue", "1 day late"),
        ("2026-11-17", "Overdue", "3 days late"),
        ("2026-10-20", "Overdue", "31 days late"),
        ("2026-11-20", "Due today", "due today"),
        ("2026-11-24", "Due soon", "Tue 2026-11-24"),
    ],
)
def test_lateness_reads_as_english(due: str, status: str, expected: str) -> None:
    (row,) = build_digest(items(item("Bo", "Co", due, status)), AS_OF).items.to_dict("records")
    assert lateness(row) == expected


@pytest.mark.parametrize(
    ("to", "email", "expected"),
    [
        ("Dana Ortiz", "dana@acme.example", "Dana Ortiz <dana@acme.example>"),
        ("Dana Ortiz", "", "Dana Ortiz"),
        ("", "jobs@acme.example", "jobs@acme.example"),
        ("", "", ""),
    ],
)
def test_recipient(to: str, email: str, expected: str) -> None:
    assert recipient({"to": to, "email": email}) == expected


@pytest.mark.parametrize(
    ("email", "subject", "draft", "with_body", "expected"),
    [
        (
            "dana@cy.example",
            "Following up",
            "Hi Dana,\nthanks",
            False,
            "mailto:dana@cy.example?subject=Following%20up",
        ),
        (
            "dana@cy.example",
            "Following up",
            "Hi Dana,\nthanks",
            True,
            "mailto:dana@cy.example?subject=Following%20up&body=Hi%20Dana,%0D%0Athanks",
        ),
        (
            "sam@al.example, ana@al.example",
            "Thanks",
            "",
            True,
            "mailto:sam@al.example,ana@al.example?subject=Thanks",
        ),
        # no address and no draft: the action names the message, for the coach to address
        ("", "", "", False, "mailto:?subject=2nd%20check-in:%20Cy%20Co%20%E2%80%93%20Analyst"),
    ],
)
def test_compose_link(email: str, subject: str, draft: str, with_body: bool, expected: str) -> None:
    row = item("Cy", "Cy Co", "2026-11-17", "Overdue", "2nd check-in", email=email)
    row.update(subject=subject, draft=draft)
    assert compose_link(row, with_body=with_body) == expected


@pytest.mark.parametrize(
    ("horizon", "title"), [(0, "This week"), (7, "This week"), (14, "Next 14 days")]
)
def test_coming_up_title_follows_the_horizon(horizon: int, title: str) -> None:
    assert build_digest(TODAY, AS_OF, horizon_days=horizon).coming_title() == title


def test_client_headline_counts_in_one_line() -> None:
    digest = build_digest(TODAY, AS_OF)
    assert digest.client_headline("Bo") == "2 overdue · 1 due soon"
    assert digest.client_headline("Di") == "2 to fix"


@pytest.mark.parametrize("horizon", [0, 7])
def test_records_are_the_frames_records(horizon: int) -> None:
    digest = build_digest(MIXED, AS_OF, horizon_days=horizon)
    assert digest.today_records() == digest.today.to_dict("records")
    assert digest.coming_records() == digest.coming.to_dict("records")
    for client in [*digest.clients, "Nobody"]:
        assert digest.client_records(client) == digest.client_items(client).to_dict("records")
        if client in digest.clients:
            assert digest.client_counts(client) == digest.counts.loc[client].to_dict()


def test_collect_due_names_the_recipients() -> None:
    frame = pd.DataFrame(
        {
            "client": ["Maya Chen", "Maya Chen"],
            "company": ["Acme", "Globex"],
            "position": ["Analyst", "PM"],
            "interview_date": pd.to_datetime(["2026-11-19", "2026-11-18"]),
            "interviewers": [["Lee Wong", "Ana Díaz"], []],
            "interviewer_emails": [["lee@acme.example", "ana@acme.example"], []],
        },
        index=pd.Index([2, 3], name="row"),
    )
    out = pd.DataFrame(
        {
            "status": ["Due today", "Overdue"],
            "next_action": ["Thank-you note", "Thank-you note"],
            "next_due": pd.to_datetime(["2026-11-20", "2026-11-19"]),
        },
        index=frame.index,
    )
    got = collect_due(frame, out, path=Path("/c/Maya Chen.xlsx"))
    assert got[["to", "email"]].to_dict("records") == [
        {"to": "Lee Wong, Ana Díaz", "email": "lee@acme.example, ana@acme.example"},
        {"to": "", "email": ""},
    ]


@pytest.mark.parametrize(
    ("to", "email", "shown"),
    [
        ("Dana Ortiz", "dana@acme.example", "Dana Ortiz <dana@acme.example>"),
        (
            "Dana, Sam",
            "dana@acme.example, sam@acme.example",
            "Dana <dana@acme.example>, Sam <sam@acme.example>",
        ),
        # Paired as the drafts pair them (fx195: by position, "Sam <dana@…>" would do too).
        ("Dana, Sam", "dana@acme.example", "Dana <dana@acme.example>, Sam"),
        (
            "Dana, Sam",
            "sam@acme.example, dana@acme.example",
            "Dana <dana@acme.example>, Sam <sam@acme.example>",
        ),
        ("Dana, Sam", "x7@acme.example", "Dana, Sam · x7@acme.example"),  # no one's
        (
            "Lee Wong, Ana Diaz",
            "lee.wong@px.example, lwong@px.example",
            "Lee Wong <lee.wong@px.example>, Lee Wong <lwong@px.example>, Ana Diaz",
        ),
        (
            "Chris Hale",
            "jobs@globex.example, recruiting@globex.example",
            "Chris Hale · jobs@globex.example, recruiting@globex.example",
        ),
        # Names without Latin letters no address spells: by position, or under no name.
        ("王芳, 刘洋", "wf@t.example, ly@t.example", "王芳 <wf@t.example>, 刘洋 <ly@t.example>"),
        ("张伟", "zw@t.example, zhang.wei@t.example", "张伟 · zw@t.example, zhang.wei@t.example"),
        ("", "hr@acme.example", "hr@acme.example"),
        ("Dana", "", "Dana"),
    ],
)
def test_a_recipient_is_each_name_with_its_address(to: str, email: str, shown: str) -> None:
    """'王芳, 刘洋 <wf@…, ly@…>' was not an address list any mail program reads."""
    from followup_batch.exports.digest import recipient

    assert recipient({"to": to, "email": email}) == shown


# The HTML page isolates each name and each address that holds right-to-left letters in its own
# direction (ot67 F6: one <bdi> round two Arabic recipients showed "<sara@…> سارة ,<ahmed@…>
# أحمد", the second person first and each address before its name); a left-to-right text reads
# the same without one and goes without (fx152: the page's bytes): (To, Email, the To line).
RECIPIENTS_ON_THE_PAGE = [
    (
        "أحمد الزهراني, سارة القحطاني",
        "ahmed@aramco.example, sara@aramco.example",
        "<bdi>أحمد الزهراني</bdi> &lt;ahmed@aramco.example&gt;, "
        "<bdi>سارة القحطاني</bdi> &lt;sara@aramco.example&gt;",
    ),
    (
        "דנה כהן, יוסי לוי",
        "dana@wix.example, yossi@wix.example",
        "<bdi>דנה כהן</bdi> &lt;dana@wix.example&gt;, "
        "<bdi>יוסי לוי</bdi> &lt;yossi@wix.example&gt;",
    ),
    (  # one name read for two addresses: the name, then the addresses, in that order
        "דנה כהן ויוסי לוי",
        "dana@wix.example, yossi@wix.example",
        "<bdi>דנה כהן ויוסי לוי</bdi> · dana@wix.example, yossi@wix.example",
    ),
    (  # a Latin name with a Hebrew one in it is isolated whole
        "Dana (דנה) Cohen",
        "dana@wix.example",
        "<bdi>Dana (דנה) Cohen</bdi> &lt;dana@wix.example&gt;",
    ),
    (  # an address of Arabic-Indic digits (bidirectional class AN) is isolated too
        "Ali",
        "ali٣@example.com",
        "Ali &lt;<bdi>ali٣@example.com</bdi>&gt;",
    ),
    ("Dana Ortiz", "dana@acme.example", "Dana Ortiz &lt;dana@acme.example&gt;"),
    ("Νίκος Παπαδόπουλος", "", "Νίκος Παπαδόπουλος"),  # Greek, Chinese: left to right
    ("王小明", "wang@example.cn", "王小明 &lt;wang@example.cn&gt;"),
    ("", "hr@acme.example", "hr@acme.example"),
    ("Dana <Ortiz>", "", "Dana &lt;Ortiz&gt;"),
]


@pytest.mark.parametrize(("to", "email", "line"), RECIPIENTS_ON_THE_PAGE)
def test_the_page_shows_each_recipient_in_their_own_direction(
    tmp_path: Path, to: str, email: str, line: str
) -> None:
    import re

    from followup_batch.exports.digest_html import write_digest_html

    digest = build_digest(
        items(item("Bo", "X", "2026-11-20", "Due today", to=to, email=email)), AS_OF
    )
    page = write_digest_html(digest, tmp_path / "d.html").read_text(encoding="utf-8")
    assert re.findall(r'<br>\nTo (.*?) · <b><a href="mailto:', page) == [line]


# The company and the position each in their own direction (ot143 F6: one <bdi> round "شركة
# أرامكو السعودية – Data Scientist" took the Arabic company's direction for the whole, and the
# line read "Data Scientist – شركة أرامكو السعودية"): (company, position, the line shown).
COMPANY_AND_POSITION_ON_THE_PAGE = [
    (
        "شركة أرامكو السعودية",
        "Data Scientist",
        "<bdi>شركة أرامكو السعودية</bdi> – Data Scientist",
    ),
    (
        "شركة الاتصالات السعودية (stc)",
        "ML Engineer",
        "<bdi>شركة الاتصالات السعودية (stc)</bdi> – ML Engineer",
    ),
    ("Wix", "מפתחת Backend", "Wix – <bdi>מפתחת Backend</bdi>"),
    ("דנה בע״מ", "מנהלת מוצר", "<bdi>דנה בע״מ</bdi> – <bdi>מנהלת מוצר</bdi>"),
    ("Acme & Co", "Analyst", "Acme &amp; Co – Analyst"),
    ("株式会社メルカリ", "Engineer", "株式会社メルカリ – Engineer"),
]


@pytest.mark.parametrize(("company", "position", "line"), COMPANY_AND_POSITION_ON_THE_PAGE)
def test_the_page_shows_the_company_and_the_position_each_in_its_own_direction(
    tmp_path: Path, company: str, position: str, line: str
) -> None:
    import re

    from followup_batch.exports.digest_html import write_digest_html

    digest = build_digest(
        items(item("Bo", company, "2026-11-20", "Due today", position=position)), AS_OF
    )
    page = write_digest_html(digest, tmp_path / "d.html").read_text(encoding="utf-8")
    # The today list's item and the client's section's line.
    assert re.findall(r"· 1st check-in<br>(.*?)<br>\n", page) == [line]
    assert re.findall(r"<li>due today · 1st check-in · (.*?)</li>", page) == [line]


@pytest.mark.parametrize(
    ("days", "horizon"),
    [
        (1, "(horizon: the next day)"),
        (2, "(horizon: the next 2 days)"),
        (30, "(horizon: the next 30 days)"),
    ],
)
def test_the_headline_names_the_horizon_in_words(days: int, horizon: str) -> None:
    """Outside test ot37 (F5): `--days 1` said "the next 1 days"."""
    assert horizon in build_digest(MIXED, AS_OF, horizon_days=days).headline()


# Outside test ot59 (F1): the run left bob@ off Dana Ortiz's draft (and said so), but the .md
# and .xlsx digests listed him and the HTML digest's Compose link wrote to him. Every output
# takes its recipients from the drafts: (company, Interviewer, Email, each message's (name,
# address), the digest's To cell).
RECIPIENT_ROWS = [
    (
        "Acme",
        "Dana Ortiz",
        "dana@acme.example; bob@acme.example",  # bob@ names someone else: left off
        [("Dana Ortiz", "dana@acme.example")],
        "Dana Ortiz <dana@acme.example>",
    ),
    (
        "Hygge ApS",
        "Mette Hansen",
        "mette.hansen@hygge.example; hr@hygge.example",
        [("Mette Hansen", "mette.hansen@hygge.example")],
        "Mette Hansen <mette.hansen@hygge.example>",
    ),
    (
        "Globex",
        "Dana Ortiz; Bob Li",
        "bob.li@globex.example; dana.ortiz@globex.example",  # paired by name, not position
        [("Dana Ortiz", "dana.ortiz@globex.example"), ("Bob Li", "bob.li@globex.example")],
        "Dana Ortiz <dana.ortiz@globex.example>, Bob Li <bob.li@globex.example>",
    ),
    (
        "Initech",
        "Ann Roe; Bob Li",
        "ann@initech.example",  # Bob's draft goes without a To address
        [("Ann Roe", "ann@initech.example"), ("Bob Li", "")],
        "Ann Roe <ann@initech.example>, Bob Li",
    ),
    (
        "Umbrella",
        "Tom Becker <tom@umbrella.example>, ana@umbrella.example",
        None,  # ana@ is no one named: a message of its own
        [("Tom Becker", "tom@umbrella.example"), ("", "ana@umbrella.example")],
        "Tom Becker <tom@umbrella.example> · ana@umbrella.example",
    ),
    # fx195: a panel's digest To paired its names and addresses by position, "Ana Diaz
    # <lwong@…>" when both addresses are Lee's; it pairs them as the drafts do.
    (
        "Pixelforge",
        "Lee Wong; Ana Diaz",
        "lee.wong@pixelforge.example; lwong@pixelforge.example",  # both Lee's: Ana has none
        [("Lee Wong", "lee.wong@pixelforge.example, lwong@pixelforge.example"),
         ("Ana Diaz", "")],
        "Lee Wong <lee.wong@pixelforge.example>, Lee Wong <lwong@pixelforge.example>, "
        "Ana Diaz",
    ),
    (  # an address naming no one, in a person's place: theirs, as their draft has it
        "Cyberdyne",
        "Lee Wong; Ana Diaz",
        "lee.wong@cyberdyne.example; x7@cyberdyne.example",
        [("Lee Wong", "lee.wong@cyberdyne.example"), ("Ana Diaz", "x7@cyberdyne.example")],
        "Lee Wong <lee.wong@cyberdyne.example>, Ana Diaz <x7@cyberdyne.example>",
    ),
    (  # "lee.wong@" is Lee Wong's, not Sam Lee's, wherever it is written
        "Soylent",
        "Sam Lee; Lee Wong",
        "lee.wong@soylent.example; sam.lee@soylent.example",
        [("Sam Lee", "sam.lee@soylent.example"), ("Lee Wong", "lee.wong@soylent.example")],
        "Sam Lee <sam.lee@soylent.example>, Lee Wong <lee.wong@soylent.example>",
    ),
    (  # one person's two addresses, neither naming them: under no name, as the draft's To
        "Hooli",
        "Chris Hale",
        "jobs@hooli.example; recruiting@hooli.example",
        [("Chris Hale", "jobs@hooli.example, recruiting@hooli.example")],
        "Chris Hale · jobs@hooli.example, recruiting@hooli.example",
    ),
    (  # both naming them: their name on each
        "Tyrell",
        "Dana Ortiz",
        "dana@tyrell.example; d.ortiz@tyrell.example",
        [("Dana Ortiz", "dana@tyrell.example, d.ortiz@tyrell.example")],
        "Dana Ortiz <dana@tyrell.example>, Dana Ortiz <d.ortiz@tyrell.example>",
    ),
    # fx204: each person beside the addresses their own draft goes to, as the Interviewer
    # cell paired them: the digest had the names and the addresses as two lists, re-paired
    # ("Tom Becker, Ana Lima <ana@…> · jobs@…", "Ana Lima <tom@initech.com>").
    (
        "Vandelay",
        "Tom Becker <jobs@vandelay.example>, Ana Lima <ana@vandelay.example>",
        None,
        [("Tom Becker", "jobs@vandelay.example"), ("Ana Lima", "ana@vandelay.example")],
        "Tom Becker <jobs@vandelay.example>, Ana Lima <ana@vandelay.example>",
    ),
    (  # an address written before a name is no one's: Ana's draft goes without one
        "Initrode",
        "tom@initrode.com and Ana Lima",
        None,
        [("Ana Lima", ""), ("", "tom@initrode.com")],
        "Ana Lima · tom@initrode.com",
    ),
    (  # one person's two addresses, each naming them
        "Kramerica",
        "Lee Wong",
        "lee.wong@kramerica.example; lwong@kramerica.example",
        [("Lee Wong", "lee.wong@kramerica.example, lwong@kramerica.example")],
        "Lee Wong <lee.wong@kramerica.example>, Lee Wong <lwong@kramerica.example>",
    ),
    (  # one address for two people: the drafts leave it off (whose is it?), the digest too
        "Pendant",
        "Ann Roe and Bob Li",
        "hiring@pendant.example",
        [("Ann Roe", ""), ("Bob Li", "")],
        "Ann Roe, Bob Li",
    ),
    (  # ... unless it is written beside one of them
        "Monks",
        "Ann Roe, Bob Li <hiring@monks.example>",
        None,
        [("Ann Roe", ""), ("Bob Li", "hiring@monks.example")],
        "Ann Roe, Bob Li <hiring@monks.example>",
    ),
    # ot59 (F2): a team with its own address after a comma is its own recipient, not Sam's
    # title, so Sam's note does not go to the team's mailbox too.
    (
        "Stark",
        "Dana Ortiz, Sam Lee, HR",
        "dana@stark.example, sam@stark.example, hr@stark.example",
        [("Dana Ortiz", "dana@stark.example"), ("Sam Lee", "sam@stark.example"),
         ("HR", "hr@stark.example")],
        "Dana Ortiz <dana@stark.example>, Sam Lee <sam@stark.example>, HR <hr@stark.example>",
    ),
    (
        "Wayne",
        "Dana Ortiz <dana@wayne.example>, Sam Lee <sam@wayne.example>, "
        "Recruiting <recruiting@wayne.example>",
        None,
        [("Dana Ortiz", "dana@wayne.example"), ("Sam Lee", "sam@wayne.example"),
         ("Recruiting", "recruiting@wayne.example")],
        "Dana Ortiz <dana@wayne.example>, Sam Lee <sam@wayne.example>, "
        "Recruiting <recruiting@wayne.example>",
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def every_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One tracker of ``RECIPIENT_ROWS`` run once, with every output the run writes."""
    from click.testing import CliRunner

    from followup_batch.cli import main

    folder = tmp_path_factory.mktemp("recipients")
    header = ["Company", "Position", "Interview Date", "Interview Type", "Interviewer"]
    rows = [
        [company, "Analyst", dt.datetime(2026, 12, 21, 9), "Video", names, emails]
        for company, names, emails, _, _ in RECIPIENT_ROWS
    ]
    write_xlsx(folder / "Maya Chen.xlsx", {"Tracker": [[*header, "Interviewer Email"], *rows]})
    result = CliRunner().invoke(
        main,
        ["run", str(folder / "Maya Chen.xlsx"), "--as-of", "2026-12-22",
         "-o", str(folder / "out.xlsx"), "--eml-dir", str(folder / "eml"),
         "--digest", str(folder / "d.md"), "--digest", str(folder / "d.html"),
         "--digest", str(folder / "d.xlsx")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    # The terminal's digest of the same tracker, wide enough for every To cell whole.
    shown = CliRunner().invoke(
        main,
        ["digest", str(folder / "Maya Chen.xlsx"), "--as-of", "2026-12-22"],
        env={"COLUMNS": "260"},
    )
    assert shown.exit_code == 0, shown.output
    (folder / "terminal.txt").write_text(shown.output, encoding="utf-8")
    data = CliRunner().invoke(main, ["digest", str(folder / "Maya Chen.xlsx"), "--as-of",
                                     "2026-12-22", "--json"])  # fmt: skip
    assert data.exit_code == 0, data.output
    (folder / "digest.json").write_text(data.stdout, encoding="utf-8")
    return folder


def _addresses(link: str) -> list[str]:
    """The addresses of a ``mailto:`` link, which are ","-separated, without a space (RFC
    6068, section 2): the tracker's link wrote ",%20" between one person's two (fx204)."""
    from urllib.parse import unquote

    assert link.startswith("mailto:"), link
    to = link.removeprefix("mailto:").partition("?")[0]
    assert to == to.strip() and " " not in unquote(to), link
    return [unquote(a) for a in to.split(",") if a]


def _mailboxes(to: str) -> list[tuple[str, str]]:
    """(name, address) of each address of a digest's To line ('' for an address under no
    name, after its " · "), as a draft's To header carries them."""
    from email.utils import getaddresses

    return sorted((n, a) for n, a in getaddresses([to.replace(" · ", ", ")]) if "@" in a)


@pytest.mark.parametrize(("company", "names", "emails", "each", "to"), RECIPIENT_ROWS)
def test_every_output_writes_to_the_drafts_recipients(
    every_output: Path,
    company: str,
    names: str,
    emails: str | None,
    each: list[tuple[str, str]],
    to: str,
) -> None:
    import html
    import re

    import openpyxl
    from mail import parse

    addresses = sorted(a for _, cell in each for a in cell.split(", ") if a)  # a person's, each
    book = openpyxl.load_workbook(every_output / "out.xlsx")
    drafts = book["Drafts"]
    head = [c.value for c in drafts[1]]
    assert [
        (r[head.index("To")] or "", r[head.index("Email")] or "")
        for r in drafts.iter_rows(min_row=2, values_only=True)
        if r[head.index("Company")] == company
    ] == each
    tracker = book["Tracker"]
    head = [c.value for c in tracker[1]]
    (row,) = [r for r in tracker.iter_rows(min_row=2) if r[0].value == company]
    # The row's link: its one message's, or a panel's note (its Draft cell) to all of their
    # addresses (ot127 F2: it went to the first person alone, beside a note to all).
    everyone = list(dict.fromkeys(a for _, cell in each for a in cell.split(", ") if a))
    assert _addresses(row[head.index("Draft subject")].hyperlink.target) == everyone
    mails = [parse(p) for p in sorted((every_output / "eml").glob("*.eml"))]
    sent = [(a.display_name, a.addr_spec)
            for m in mails if m["Subject"].endswith(f" at {company}") and m["To"]
            for a in m["To"].addresses]  # fmt: skip
    assert sorted(a for _, a in sent) == addresses
    # Each .eml's To: its person's name on the addresses the digest writes it on.
    assert sorted(sent) == _mailboxes(to)
    markdown = (every_output / "d.md").read_text(encoding="utf-8")
    (line,) = [ln for ln in markdown.splitlines() if f"| {company} – Analyst |" in ln]
    assert html.unescape(line.split(" | ")[4]) == to
    page = (every_output / "d.html").read_text(encoding="utf-8")
    shown = re.search(
        rf"{re.escape(html.escape(company))} – Analyst<br>\nTo (.*?)"
        r' · <b><a href="(mailto:[^"]*)"',
        page,
    )
    assert shown is not None
    seen = html.unescape(re.sub("</?bdi>", "", shown[1]))
    assert (seen, sorted(_addresses(html.unescape(shown[2])))) == (
        to,
        addresses,
    )
    terminal = (every_output / "terminal.txt").read_text(encoding="utf-8")
    (line,) = [ln for ln in terminal.splitlines() if f"  {company}  " in ln]
    assert line.rstrip().endswith(f"  {to}"), line
    digest = openpyxl.load_workbook(every_output / "d.xlsx").worksheets[0]
    head = [c.value for c in digest[2]]
    (row,) = [r for r in digest.iter_rows(min_row=3) if r[head.index("Company")].value == company]
    assert (row[head.index("Email")].value or "") == ", ".join(a for _, a in each if a)
    assert sorted(_addresses(row[head.index("Compose")].hyperlink.target)) == addresses
    # The workbook's To cell: a line each, "Name <address>", as the To line above has them
    # (the people, then the addresses under no name); the JSON's recipients, those pairs.
    named, _, alone = to.partition(" · ")
    lines = [*named.split(", "), *(alone.split(", ") if alone else [])]
    to_cell = row[head.index("To")]
    assert to_cell.value.split("\n") == lines
    # Several lines: wrapped, the row as tall as they are and its cells top-aligned.
    tall = len(lines) > 1
    assert bool(to_cell.alignment.wrap_text) is tall
    assert digest.row_dimensions[to_cell.row].height == (15 * len(lines) if tall else None)
    assert {c.alignment.vertical for c in row if c.value is not None} == (
        {"top"} if tall else {None}
    )
    data = json.loads((every_output / "digest.json").read_text(encoding="utf-8"))
    (item,) = [i for i in data["today"] if i["company"] == company]
    assert [
        f"{p['name']} <{p['email']}>" if p["name"] and p["email"] else p["name"] or p["email"]
        for p in item["recipients"]
    ] == lines
    # Schema 1's keys stay: the names and the addresses as two lists.
    assert (item["to"], item["email"]) == (
        ", ".join(n for n, _ in each if n),
        ", ".join(a for _, a in each if a),
    )


def test_the_json_pairs_each_recipient_with_their_address(every_output: Path) -> None:
    """Schema 2: an item's ``recipients`` are the page's pairs, null where a person has no
    address or an address names no one; ``to`` and ``email`` stay as schema 1 had them."""
    data = json.loads((every_output / "digest.json").read_text(encoding="utf-8"))
    assert data["schema"] == 2
    by_company = {item["company"]: item for item in data["today"]}
    assert by_company["Initrode"]["recipients"] == [
        {"name": "Ana Lima", "email": None},
        {"name": None, "email": "tom@initrode.com"},
    ]
    assert by_company["Vandelay"]["recipients"] == [
        {"name": "Tom Becker", "email": "jobs@vandelay.example"},
        {"name": "Ana Lima", "email": "ana@vandelay.example"},
    ]
    assert (by_company["Vandelay"]["to"], by_company["Vandelay"]["email"]) == (
        "Tom Becker, Ana Lima",
        "jobs@vandelay.example, ana@vandelay.example",
    )
