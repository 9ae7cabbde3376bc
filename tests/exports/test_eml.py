""".eml drafts: they parse back with the standard library and open as unsent messages."""

from __future__ import annotations

import datetime as dt
import os
from email.header import Header
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from mail import body_text, parse
from synthetic import frame_from_records

from followup_batch import drafts
from followup_batch.errors import FollowupError
from followup_batch.exports import eml
from followup_batch.schedule import NextActions

SENDER = {"name": "Maya Chen", "email": "maya@example.com"}


def messages(rows: list[dict], actions: list[str], sender=SENDER) -> pd.DataFrame:
    frame = frame_from_records(rows)
    next_actions = NextActions(
        key=np.array(actions, dtype=object),
        due=np.full(len(frame), np.datetime64("2026-11-24", "D")),
        decision=frame["decision_date"].to_numpy(dtype="datetime64[D]"),
    )
    return drafts.render_drafts(frame, next_actions, sender, drafts.load_templates()).messages


PANEL = {
    "client": "Maya Chen",
    "company": "Pixelforge",
    "position": "Product Manager, Games",
    "interviewers": ["Lee Wong", "Ana Díaz"],
    "interviewer_emails": ["lee@pixelforge.example", "ana@pixelforge.example"],
    "interview_type": "panel",
    "interview_date": dt.date(2026, 11, 17),
}


def test_one_eml_per_message_parses_back_as_an_unsent_draft(tmp_path):
    table = messages([PANEL], ["thank_you"])
    paths = eml.write_eml(table, tmp_path, SENDER)
    assert [p.name for p in paths] == [
        "maya-chen-pixelforge-thank-you-note-lee-wong.eml",
        "maya-chen-pixelforge-thank-you-note-ana-diaz.eml",
    ]
    for path, message in zip(paths, table.itertuples(), strict=True):
        mail = parse(path)
        assert mail["X-Unsent"] == "1"
        assert mail["Subject"] == message.subject
        (to,) = mail["To"].addresses
        assert (to.display_name, to.addr_spec) == (message.to, message.email)
        assert mail["From"].addresses[0].addr_spec == "maya@example.com"
        assert mail.get_content_type() == "text/plain"
        assert mail.get_content_charset() == "utf-8"
        assert body_text(mail).rstrip("\n") == message.body
    assert "Hi Ana," in body_text(parse(paths[1]))


def test_no_to_without_an_address_and_no_from_without_a_sender_email(tmp_path):
    """The name alone was written ("To: Jo Kim"): no address, which the email package parses
    with three defects and a mail program shows as a broken recipient (ot31 F9). The draft
    opens with an empty To; its greeting and file name say whom it is for."""
    row = {**PANEL, "interviewers": ["Jo Kim"], "interviewer_emails": []}
    (path,) = eml.write_eml(messages([row], ["check_in_1"], {}), tmp_path, {})
    mail = parse(path)
    assert mail["To"] is None
    assert not mail.defects and not any(mail[h].defects for h in mail)
    assert path.name == "maya-chen-pixelforge-1st-check-in-jo-kim.eml"
    assert body_text(mail).startswith("Hi Jo,\n")
    assert mail["From"] is None
    assert mail["Subject"] == ("Following up on the Product Manager, Games interview – Maya Chen")


def test_a_role_without_an_address_is_no_recipient(tmp_path):
    """'Hiring Manager' is greeted "Hello," and is nobody to address: no To header (a mail
    program would try to resolve it as a name), the draft opens for the person to fill in."""
    row = {**PANEL, "interviewers": ["Hiring Manager"], "interviewer_emails": []}
    (path,) = eml.write_eml(messages([row], ["check_in_1"], {}), tmp_path, {})
    mail = parse(path)
    assert mail["To"] is None
    assert body_text(mail).startswith("Hello,\n")
    assert not mail.defects


@pytest.mark.parametrize(
    ("emails", "seen"),
    [
        # A panel written as its addresses: one note each (DESIGN §3; ot47 F6), greeting the
        # first name an address clearly spells, else "Hello,".
        (
            ["tom.becker@globex.com", "ana.lima@globex.com"],
            [
                ("tom.becker@globex.com", "tom-becker", "Hi Tom,"),
                ("ana.lima@globex.com", "ana-lima", "Hi Ana,"),
            ],
        ),
        (
            ["a@x.example", "b@x.example"],
            [("a@x.example", "a", "Hello,"), ("b@x.example", "b", "Hello,")],
        ),
        (
            ["jdoe@x.example", "hr.team@x.example", "mary_ann.lee@x.example"],
            [
                ("jdoe@x.example", "jdoe", "Hello,"),
                ("hr.team@x.example", "hr-team", "Hello,"),
                ("mary_ann.lee@x.example", "mary-ann-lee", "Hi Mary,"),
            ],
        ),
        (["jane.doe+jobs@x.example"], [("jane.doe+jobs@x.example", "jane-doe-jobs", "Hi Jane,")]),
    ],
)
def test_no_names_one_message_to_each_address(tmp_path, emails, seen):
    row = {**PANEL, "interviewers": [], "interviewer_emails": emails}
    paths = eml.write_eml(messages([row], ["final"]), tmp_path, SENDER)
    mails = [parse(path) for path in paths]
    assert [
        (
            ", ".join(a.addr_spec for a in mail["To"].addresses),
            path.name.removeprefix("maya-chen-pixelforge-final-follow-up-").removesuffix(".eml"),
            body_text(mail).split("\n")[0],
        )
        for path, mail in zip(paths, mails, strict=True)
    ] == seen


def test_another_clients_row_is_not_sent_from_the_configured_address(tmp_path):
    row = {**PANEL, "client": "Jonas Weber"}
    paths = eml.write_eml(messages([row], ["check_in_2"]), tmp_path, SENDER)
    assert all(parse(p)["From"] is None for p in paths)


def test_names_are_unique_stable_and_rerun_overwrites(tmp_path):
    table = messages([PANEL, PANEL], ["thank_you", "thank_you"])
    first = eml.write_eml(table, tmp_path, SENDER)
    assert len({p.name for p in first}) == 4
    assert first[2].name == "maya-chen-pixelforge-thank-you-note-lee-wong-2.eml"
    again = eml.write_eml(table, tmp_path, SENDER)
    assert again == first
    assert sorted(os.listdir(tmp_path)) == sorted(p.name for p in first)  # no temp files left


def test_prune_removes_only_the_read_trackers_stale_drafts(tmp_path):
    """Drafts for actions sent since piled up night after night, each ready to send again. A
    run removes the drafts of the trackers it read that it did not write again; another
    tracker's drafts, a person's own .eml and a draft of an earlier version (no tracker mark)
    stay."""
    here, there = tmp_path / "maya.xlsx", tmp_path / "jo.xlsx"
    first = messages([PANEL], ["thank_you"]).assign(path=str(here))
    other = messages([{**PANEL, "client": "Jo Park"}], ["thank_you"]).assign(path=str(there))
    stale = eml.write_eml(first, tmp_path, SENDER)
    kept_other = eml.write_eml(other, tmp_path, SENDER)
    mine = tmp_path / "someone-elses.eml"
    mine.write_bytes(b"Subject: keep me\nX-Followup-Batch: draft\n\nhello\n")
    old_version = tmp_path / "old.eml"
    old_version.write_bytes(stale[0].read_bytes().replace(b"X-Followup-Batch-Tracker", b"X-Old"))
    assert eml._marks(stale[0])["X-Followup-Batch-Tracker"] == eml.tracker_tag(str(here), "")
    later = messages([PANEL], ["check_in_1"]).assign(path=str(here))
    written = eml.write_eml(later, tmp_path, SENDER)
    assert eml.prune_drafts(tmp_path, written, [(here, "")]) == len(stale)
    assert sorted(tmp_path.glob("*.eml")) == sorted([*written, *kept_other, mine, old_version])
    assert eml.prune_drafts(tmp_path, written, [(here, "")]) == 0


def test_a_draft_named_with_vowel_signs_is_the_tools_own(tmp_path):
    """A name with combining marks ("अमित-कुमार") is one the tool writes: a later run of its
    tracker overwrites or removes it, as it does any draft of its own; a person's copy beside
    it stays theirs."""
    here = tmp_path / "t.xlsx"
    row = {**PANEL, "interviewers": ["अमित कुमार", "விக்ரம் சுப்ரமணியம்"]}
    written = eml.write_eml(messages([row], ["thank_you"]).assign(path=str(here)), tmp_path, {})
    copy = tmp_path / "Copy of अमित.eml"
    copy.write_bytes(written[0].read_bytes())
    assert [p.name for p in written] == [
        "maya-chen-pixelforge-thank-you-note-अमित-कुमार.eml",
        "maya-chen-pixelforge-thank-you-note-விக்ரம்-சுப்ரமணியம்.eml",
    ]
    assert eml.held_drafts(tmp_path) == {
        **{p.name: eml.tracker_tag(str(here)) for p in written},
        copy.name: eml.NOT_OURS,
    }


def test_the_tracker_mark_is_a_hash_not_the_path(tmp_path):
    path = tmp_path / "private folder" / "Maya Chen.xlsx"
    data = eml.message_bytes(
        messages([PANEL], ["thank_you"]).iloc[0].to_dict() | {"path": str(path)}, SENDER
    )
    assert b"private" not in data and b"Maya Chen.xlsx" not in data
    assert f"X-Followup-Batch-Tracker: {eml.tracker_tag(str(path))}".encode() in data
    assert eml.tracker_tag(str(path), "Sheet1") != eml.tracker_tag(str(path))


# Where a tracker is from the drafts folder (a computer's full paths, of either kind): the
# folders from the one they share down to each; what two computers syncing a folder compare.
PLACEMENTS = {
    "a Mac's": (
        "/Users/ana/OneDrive/Jobs/tracker.xlsx",
        "/Users/ana/OneDrive/Jobs/drafts",
        (("Jobs", "drafts"), ("Jobs", "tracker.xlsx")),
    ),
    "Windows'": (
        r"C:\Users\Ana\OneDrive\Jobs\tracker.xlsx",
        r"C:\Users\Ana\OneDrive\Jobs\drafts",
        (("Jobs", "drafts"), ("Jobs", "tracker.xlsx")),
    ),
    "Windows' with slashes": (
        "C:/Users/Ana/Dropbox/Coaching/clients/Ana Souza.xlsx",
        "C:/Users/Ana/Dropbox/Coaching/drafts",
        (("Coaching", "drafts"), ("Coaching", "clients", "Ana Souza.xlsx")),
    ),
    "a network share": (
        r"\\nas\coaching\Jobs\tracker.xlsx",
        r"\\nas\coaching\Jobs\drafts",
        (("Jobs", "drafts"), ("Jobs", "tracker.xlsx")),
    ),
    "in the drafts folder": (
        "/home/ana/Dropbox/drafts/tracker.xlsx",
        "/home/ana/Dropbox/drafts",
        (("drafts",), ("drafts", "tracker.xlsx")),
    ),
    "ClientA's": (
        "/home/ana/Dropbox/ClientA/tracker.xlsx",
        "/home/ana/Dropbox/drafts",
        (("Dropbox", "drafts"), ("Dropbox", "ClientA", "tracker.xlsx")),
    ),
    "a Mac's name in NFD": (
        "/Users/ana/Dropbox/Jose\u0301/tracker.xlsx",
        "/Users/ana/Dropbox/drafts",
        (("Dropbox", "drafts"), ("Dropbox", "Jos\u00e9", "tracker.xlsx")),
    ),
    "only the root shared": ("/tracker.xlsx", "/srv/drafts", None),
    "only the drive shared": (r"C:\Jobs\tracker.xlsx", r"C:\drafts", None),
    "two drives": (r"C:\Jobs\tracker.xlsx", r"D:\Jobs\drafts", None),
    "a Windows path beside a POSIX one": (r"C:\Jobs\tracker.xlsx", "/Jobs/drafts", None),
}


@pytest.mark.parametrize(("tracker", "folder", "place"), PLACEMENTS.values(), ids=PLACEMENTS)
def test_where_a_tracker_is_from_its_drafts_folder(tracker, folder, place):
    from followup_batch.exports.other_computers import placement

    assert placement(tracker, folder) == place


# Another computer's tracker (its path and its drafts folder's, as it records them; its sheet)
# and the folders of this run's trackers (tmp_path/Dropbox/NAME/tracker.csv, the drafts in
# Dropbox/drafts): the run's folder it is taken for, by its place, or None (ot65 F5: a Mac
# records a folder as it was typed, its disk ignoring case).
MAC = "/Users/ana/dropbox"
CASES_OF_A_PLACE = {
    "a Mac's folder typed in lower case": (
        f"{MAC}/jobs/tracker.csv",
        f"{MAC}/drafts",
        "",
        ["Jobs"],
        "Jobs",
    ),
    "a Mac's file name typed in capitals": (
        "/Users/ana/Dropbox/Jobs/TRACKER.CSV",
        "/Users/ana/Dropbox/drafts",
        "",
        ["Jobs"],
        "Jobs",
    ),
    "Windows' in capitals": (
        r"C:\Users\Ana\DROPBOX\JOBS\tracker.csv",
        r"C:\Users\Ana\DROPBOX\Drafts",
        "",
        ["Jobs"],
        "Jobs",
    ),
    "a Mac's name in NFD and lower case": (
        f"{MAC}/jose\u0301/tracker.csv",
        f"{MAC}/drafts",
        "",
        ["Jos\u00e9"],
        "Jos\u00e9",
    ),
    "the German sharp s": (
        f"{MAC}/BEWERBUNGEN GROSS/tracker.csv",
        f"{MAC}/drafts",
        "",
        ["Bewerbungen gro\u00df"],
        "Bewerbungen gro\u00df",
    ),
    "another client in another case": (
        f"{MAC}/clienta/tracker.csv",
        f"{MAC}/drafts",
        "",
        ["ClientB"],
        None,
    ),
    "another sheet": (f"{MAC}/jobs/tracker.csv", f"{MAC}/drafts", "sheet1", ["Jobs"], None),
    # A Linux desktop running two folders of one name but for case: the exact one, else none.
    "two of ours differing in case, one exactly": (
        "/Users/ana/Dropbox/jobs/tracker.csv",
        "/Users/ana/Dropbox/drafts",
        "",
        ["Jobs", "jobs"],
        "jobs",
    ),
    "two of ours differing in case, neither exactly": (
        f"{MAC}/JOBS/tracker.csv",
        f"{MAC}/drafts",
        "",
        ["Jobs", "jobs"],
        None,
    ),
}


@pytest.mark.parametrize(
    ("path", "folder", "sheet", "ours", "tied"), CASES_OF_A_PLACE.values(), ids=CASES_OF_A_PLACE
)
def test_another_computers_tracker_is_one_of_ours_in_any_case(
    tmp_path, path, folder, sheet, ours, tied
):
    from followup_batch.exports.other_computers import placed_alike

    trackers = [(tmp_path / "Dropbox" / name / "tracker.csv", "") for name in ours]
    tag_of = {(str(tracker), sheet): tracker.parent.name for tracker, sheet in trackers}
    others = {"laptop": {"path": path, "folder": folder, "sheet": sheet}}
    drafts = tmp_path / "Dropbox" / "drafts"
    assert placed_alike(drafts, trackers, others, tag_of) == ({"laptop": tied} if tied else {})


def test_header_injection_is_impossible(tmp_path):
    table = pd.DataFrame(
        [
            {
                "row": 2,
                "client": "Maya\nBcc: evil@x.example",
                "company": "Acme",
                "position": "PM",
                "to": "Dana\r\nBcc: evil@x.example",
                "email": "not-an-address",
                "action": "Final follow-up",
                "due": pd.Timestamp("2026-11-24"),
                "subject": "Hi\nBcc: evil@x.example",
                "body": "Body",
            }
        ]
    )
    (path,) = eml.write_eml(table, tmp_path, {})
    mail = parse(path)
    assert mail["Bcc"] is None
    assert "\n" not in mail["Subject"]


def test_an_unwritable_folder_is_a_followup_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(FollowupError, match="cannot create the .eml folder"):
        eml.write_eml(messages([PANEL], ["thank_you"]), blocker / "sub", SENDER)
    with pytest.raises(FollowupError, match=f"cannot write the drafts into {blocker}: it is not"):
        eml.write_eml(messages([PANEL], ["thank_you"]), blocker, SENDER)  # said "File exists"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Eva Huber", "dr-eva-huber"),
        ("Ørsted A/S", "orsted-a-s"),
        ("Straße", "strasse"),
        ("José", "jose"),
        # Letters NFKD leaves whole are written as ASCII writes them (were dropped: "isk-ylmaz").
        ("Işık Yılmaz", "isik-yilmaz"),
        ("Þór Ðorsson", "thor-dorsson"),
        ("Ħal Far", "hal-far"),
        (None, ""),
        # Names in other scripts keep their own letters (they were dropped before).
        ("Ольга Иванова", "ольга-иванова"),
        ("Νίκος Παπαδόπουλος", "νίκος-παπαδόπουλος"),  # the final sigma stays final
        ("王伟", "王伟"),
        ("محمد علي", "محمد-علي"),
        ("—", ""),
        # Vowel signs and viramas (Unicode Mn/Mc) stay in their word (report ot24, F10: they
        # were hyphens, "अम-त-क-म-र"); a letter's marks are not cut from it at the limit.
        ("अमित कुमार", "अमित-कुमार"),
        ("सुनीता वर्मा", "सुनीता-वर्मा"),
        ("विक्रम सुब्रमण्यम", "विक्रम-सुब्रमण्यम"),
        ("விக்ரம் சுப்ரமணியம்", "விக்ரம்-சுப்ரமணியம்"),
        ("สมชาย ใจดี", "สมชาย-ใจดี"),
        ("अ" + "कि" * 25, "अ" + "कि" * 19),
        ("a" * 39 + "कि", "a" * 39),
        # Letters of other scripts beside Latin ones are kept (were left out: "ufj"); the
        # full-width letters a Japanese keyboard types are the ASCII ones.
        ("三菱UFJ銀行", "三菱ufj銀行"),
        ("三菱ＵＦＪ銀行", "三菱ufj銀行"),
        ("Ольга Smith", "ольга-smith"),
        ("腾讯", "腾讯"),
        ("楽天グループ", "楽天グループ"),
        ("ד״ר שרה לוי", "ד-ר-שרה-לוי"),
        ("김민준 님", "김민준-님"),
        # Written decomposed (as macOS may hand them over): the same name.
        ("e\u0301cole", "ecole"),
        ("\u1100\u1175\u11b7", "김"),
        # What no file system or screen should get stays out: reserved and control characters
        # separate words, invisible ones (bidi marks, joiners) are left out of them.
        ('a/b\\c:d*e?f"g<h>i|j\x00k\u202el\u200fm', "a-b-c-d-e-f-g-h-i-j-klm"),
        ("क\u200dष", "कष"),
        ("\u202eנועה ברק\u202c", "נועה-ברק"),
    ],
)
def test_slug(text, expected):
    assert eml.slug(text) == expected


# (the recipient, the end of the .eml file's name) for titles the draft's greeting leaves out
# (report ot28, F10): "ד״ר שרה לוי" is greeted "Hi שרה," but her file was "…-ד-ר-שרה-לוי.eml".
# The titles a greeting keeps stay ("Hi Dr. Huber,").
RECIPIENT_IN_FILE_NAME = {
    "Hebrew Dr (gershayim)": ("ד״ר שרה לוי", "שרה-לוי"),
    "Hebrew Dr (quote)": ('ד"ר שרה לוי', "שרה-לוי"),
    "Hebrew Prof": ("פרופ׳ דן כהן", "דן-כהן"),
    "Hebrew Mrs": ("גב׳ רותי כהן", "רותי-כהן"),
    "Hebrew attorney": ("עו״ד משה פרץ", "משה-פרץ"),
    "Arabic Dr.": ("د. أحمد الفارسي", "أحمد-الفارسي"),
    "Arabic Doctor, spelled out": ("الدكتور أحمد الفارسي", "أحمد-الفارسي"),
    "Arabic Mr": ("السيد محمد حسن", "محمد-حسن"),
    "Hindi Dr.": ("डॉ. अमित कुमार", "अमित-कुमार"),
    "Hindi Shrimati": ("श्रीमती सुनीता वर्मा", "सुनीता-वर्मा"),
    "Tamil Thiru": ("திரு. முருகன் செல்வம்", "முருகன்-செல்வம்"),
    "a title the greeting keeps": ("Dr. Eva Huber", "dr-eva-huber"),
    "no title": ("נועה ברק", "נועה-ברק"),
    "a title alone": ("מר", "מר"),
}


@pytest.mark.parametrize(
    ("to", "ending"), RECIPIENT_IN_FILE_NAME.values(), ids=RECIPIENT_IN_FILE_NAME.keys()
)
def test_file_names_leave_out_the_titles_the_greeting_does(to: str, ending: str) -> None:
    message = {"client": "t", "company": "Wix", "action": "Thank-you note", "to": to}
    assert eml.file_stem(message) == f"t-wix-thank-you-note-{ending}"


@pytest.mark.parametrize(
    ("client", "whose", "expected"),
    [
        ("Maya Chen", "Maya Chen", "maya-chen-pixelforge-thank-you-note-lee-wong.eml"),
        # unsigned (the file was "tracker 2.xlsx"): the name still says whose it is
        ("", "tracker 2", "tracker-2-pixelforge-thank-you-note-lee-wong.eml"),
        ("", "", "pixelforge-thank-you-note-lee-wong.eml"),
    ],
)
def test_file_names_say_whose_the_draft_is(tmp_path, client, whose, expected):
    table = messages([{**PANEL, "client": client}], ["thank_you"], {})
    paths = eml.write_eml(table.assign(whose=whose), tmp_path, {})
    assert paths[0].name == expected


LONG_CJK = {"client": "客户" * 30, "company": "公司名称" * 15, "interviewers": ["王伟" * 30]}


@pytest.mark.parametrize(
    ("row", "start"),
    [
        # 40 letters of each part, 3 bytes a letter: 486 bytes of name ("File name too long")
        (LONG_CJK, "客户" * 20 + "-" + "公司名称" * 9 + "公司~"),
        # emoji are no word characters: the slugs keep the words between them
        ({**LONG_CJK, "client": "王伟😀" * 30, "company": "株式会社🏢" * 20}, "王伟-王伟-"),
        (
            {"client": "Ανδρέας " * 10, "company": "Ελληνικά" * 10, "interviewers": ["Ана" * 30]},
            "ανδρέας-ανδρέας-",
        ),
    ],
)
def test_a_long_name_in_any_script_is_cut_to_fit_a_file_name(tmp_path, row, start):
    """Four slugs of 40 CJK letters made a name of 486 bytes, which no file system takes."""
    table = messages([{**PANEL, **row, "interviewer_emails": []}], ["check_in_1"])
    paths = eml.write_eml(pd.concat([table, table]), tmp_path, SENDER)
    names = [p.name for p in paths]
    assert all(len(name.encode("utf-8")) <= 255 for name in names)
    assert names[0].startswith(start) and "~" in names[0]  # cut, with a hash of the whole
    assert names[1] == names[0].removesuffix(".eml") + "-2.eml"
    assert eml.write_eml(pd.concat([table, table]), tmp_path, SENDER) == paths  # kept next run
    assert sorted(os.listdir(tmp_path)) == sorted(names)  # no temporary left


def test_long_names_that_begin_alike_stay_apart_and_short_ones_are_untouched(tmp_path):
    # the names differ in their last letter, past where they are cut
    rows = [{**PANEL, **LONG_CJK, "interviewers": ["王伟" * 19 + end]} for end in ("甲", "乙")]
    table = messages([*rows, PANEL], ["check_in_1"] * 3)
    names = [p.name for p in eml.write_eml(table, tmp_path, SENDER)]
    assert len(set(names)) == 4  # the panel's two interviewers, and the two long names
    assert names[0][:-13] == names[1][:-13] and names[0][-13:] != names[1][-13:]  # ~hash.eml
    assert names[2:] == [
        "maya-chen-pixelforge-1st-check-in-lee-wong.eml",
        "maya-chen-pixelforge-1st-check-in-ana-diaz.eml",
    ]


def test_a_name_that_fits_gets_a_temporary_that_fits_too(tmp_path):
    """A 251-byte name is a legal file name; ".NAME.PID.tmp" beside it is not."""
    path = tmp_path / ("a" * 247 + ".eml")
    eml.write_drafts(tmp_path, [path], [b"Subject: x\r\n\r\nbody\r\n"])
    assert path.read_bytes() == b"Subject: x\r\n\r\nbody\r\n"
    assert os.listdir(tmp_path) == [path.name]


def test_a_clients_own_details_sign_and_send_their_drafts(tmp_path):
    profiles = {"jonas weber": {"email": "jonas@example.com", "signature": "Jonas\n555-0100"}}
    row = {**PANEL, "client": "Jonas Weber"}
    frame = frame_from_records([row])
    next_actions = NextActions(
        key=np.array(["check_in_2"], dtype=object),
        due=np.array(["2026-11-24"], dtype="datetime64[D]"),
        decision=frame["decision_date"].to_numpy(dtype="datetime64[D]"),
    )
    table = drafts.render_drafts(
        frame, next_actions, SENDER, drafts.load_templates(), clients=profiles
    ).messages
    paths = eml.write_eml(table, tmp_path, SENDER, clients=profiles)
    mail = parse(paths[0])
    assert str(mail["From"]) == "Jonas Weber <jonas@example.com>"
    assert body_text(mail).rstrip().endswith("Best regards,\nJonas\n555-0100")


@pytest.mark.parametrize(
    ("address", "sent_from"),
    [
        ("maya@example.com", "maya@example.com"),
        ("maya@bücher.de", "maya@xn--bcher-kva.de"),  # config takes it; the draft had no From
        ("mayá@exämple.com", "mayá@xn--exmple-cua.com"),  # as an interviewer's in To
    ],
)
def test_the_senders_address_in_any_script_signs_the_from(tmp_path, address, sent_from):
    sender = {**SENDER, "email": address}
    (path, _) = eml.write_eml(messages([PANEL], ["thank_you"], sender), tmp_path, sender)
    assert [a.addr_spec for a in parse(path)["From"].addresses] == [sent_from]


def test_an_unchanged_draft_is_not_rewritten(tmp_path):
    table = messages([PANEL], ["thank_you"])
    (first, second) = eml.write_eml(table, tmp_path, SENDER)
    before = first.stat().st_ino, second.stat().st_ino
    changed = table.assign(body=["Changed text", table["body"][1]])
    eml.write_eml(changed, tmp_path, SENDER)
    assert first.stat().st_ino != before[0]  # replaced: new text
    assert second.stat().st_ino == before[1]  # the same bytes: left alone
    assert "Changed text" in body_text(parse(first))


@pytest.mark.parametrize(
    ("to", "cell", "expected"),
    [
        ("Dana Smith", "dana@acme.example\nBcc: evil@x.example", ["dana@acme.example"]),
        ("Dana Smith", "dana@acme.example, Cc: evil@x.example", ["dana@acme.example"]),
        # The message's own addresses, every one: which are Dana's was decided by the
        # pairing (normalise.addresses.pair_recipients), the same for every output.
        (
            "Dana Smith",
            "dana.smith@acme.example, dsmith@mail.example",
            ["dana.smith@acme.example", "dsmith@mail.example"],
        ),
        (
            "Dana Smith",
            "hr@acme.example; jobs@acme.example",
            ["hr@acme.example", "jobs@acme.example"],
        ),
        ("Dana Smith", "Dana <dana@acme.example>", []),  # not a whole address: no To
        ("", "a@x.example, b@x.example", ["a@x.example", "b@x.example"]),
        # A domain in another script goes in its ASCII (IDNA) form; it was dropped.
        ("Ana Díaz", "ana@bücher.de", ["ana@xn--bcher-kva.de"]),
        ("Li Na", "li.na@例子.中国", ["li.na@xn--fsqu00a.xn--fiqs8s"]),
        # Letters outside ASCII before the @ have no ASCII form: UTF-8, as RFC 6532 writes
        # them (ot48 F1: the To was left out, while every other output used the address).
        ("Ana Díaz", "anä@example.com", ["anä@example.com"]),
        ("Jürgen Müller", "jürgen@müller.example", ["jürgen@xn--mller-kva.example"]),
        ("José Núñez", "josé@ejemplo.es", ["josé@ejemplo.es"]),
        ("", "josé@ejemplo.es, ana@ejemplo.es", ["josé@ejemplo.es", "ana@ejemplo.es"]),
    ],
    ids=[
        "bcc-after-line-break",
        "cc-after-comma",
        "every-address",
        "none-naming-her",
        "display",
        "no-name",
        "idn-domain",
        "idn-cjk-domain",
        "non-ascii-local-part",
        "non-ascii-local-part-idn-domain",
        "non-ascii-local-part-named",
        "non-ascii-local-part-no-name",
    ],
)
def test_to_holds_only_the_recipients_addresses(tmp_path, to, cell, expected):
    table = pd.DataFrame(
        [
            {
                "row": 2,
                "client": "Maya",
                "company": "Acme",
                "position": "PM",
                "to": to,
                "email": cell,
                "action": "Final follow-up",
                "due": pd.Timestamp("2026-11-24"),
                "subject": "Hi",
                "body": "Body",
            }
        ]
    )
    (path,) = eml.write_eml(table, tmp_path, {})
    mail = parse(path)
    addresses = [a.addr_spec for a in mail["To"].addresses] if mail["To"] else []
    assert addresses == expected
    if len(expected) == 1:  # of several, those that name the person: test_to_names_...
        assert mail["To"].addresses[0].display_name == to
    assert mail["Bcc"] is None and mail["Cc"] is None


# ot96 F5: the person's name went on the first of their addresses, even when it named no one
# ("To: Chris Hale <jobs@globex.example>, recruiting@globex.example"): a shared inbox under
# their name, and nothing said. Now each address that names them carries their name, none
# that does not; a single address does, as the row pairs it. (Interviewer, Interviewer Email)
# -> (the .eml's To as (name, address) pairs, the row's Problems as the workbook shows them)
TO_NAMES = {
    "one names them": (
        ("Dana Ortiz", "dana@initech.example; bob@initech.example"),
        [("Dana Ortiz", "dana@initech.example")],
        'E2: 2 addresses for 1 interviewer: "bob@initech.example" does not name Dana Ortiz, so '
        "it is left off their draft",
    ),
    "neither names them": (
        ("Chris Hale", "jobs@globex.example; recruiting@globex.example"),
        [("", "jobs@globex.example"), ("", "recruiting@globex.example")],
        'E2: 2 addresses for 1 interviewer: neither "jobs@globex.example" nor '
        '"recruiting@globex.example" names Chris Hale, so their draft goes to both, without '
        "their name: which address is Chris Hale's? Keep only theirs in the cell",
    ),
    "both name them": (
        ("Dana Ortiz", "dana@initech.example; d.ortiz@mail.example"),
        [("Dana Ortiz", "dana@initech.example"), ("Dana Ortiz", "d.ortiz@mail.example")],
        None,
    ),
    "three, none names them": (
        ("Chris Hale", "jobs@globex.example; hr@globex.example; talent@globex.example"),
        [("", "jobs@globex.example"), ("", "hr@globex.example"), ("", "talent@globex.example")],
        'E2: 3 addresses for 1 interviewer: none of "jobs@globex.example", "hr@globex.example" '
        'and "talent@globex.example" names Chris Hale, so their draft goes to all 3, without '
        "their name: which address is Chris Hale's? Keep only theirs in the cell",
    ),
    "three, one names them": (
        ("Chris Hale", "jobs@globex.example; c.hale@globex.example; hr@globex.example"),
        [("Chris Hale", "c.hale@globex.example")],
        'E2: 3 addresses for 1 interviewer: "jobs@globex.example" and "hr@globex.example" do '
        "not name Chris Hale, so they are left off their draft",
    ),
    "the same address twice": (
        ("Chris Hale", "jobs@globex.example; JOBS@globex.example"),
        [("Chris Hale", "jobs@globex.example")],
        None,
    ),
    "one address, naming no one": (
        ("Chris Hale", "jobs@globex.example"),
        [("Chris Hale", "jobs@globex.example")],
        None,
    ),
    "accents, named in ASCII": (
        ("Jörg Müller", "joerg.mueller@firma.example; muller@firma.example"),
        [("Jörg Müller", "joerg.mueller@firma.example"), ("Jörg Müller", "muller@firma.example")],
        None,
    ),
    "accents, neither names them": (
        ("José Núñez", "rrhh@ejemplo.es; empleo@ejemplo.es"),
        [("", "rrhh@ejemplo.es"), ("", "empleo@ejemplo.es")],
        'E2: 2 addresses for 1 interviewer: neither "rrhh@ejemplo.es" nor "empleo@ejemplo.es" '
        "names José Núñez, so their draft goes to both, without their name: which address is "
        "José Núñez's? Keep only theirs in the cell",
    ),
    "a team's mailboxes": (
        ("Recruiting team", "jobs@globex.example; careers@globex.example"),
        [("", "jobs@globex.example"), ("", "careers@globex.example")],
        None,
    ),
    "a name no address spells": (
        ("张伟", "careers@alibaba.example; jobs@alibaba.example"),
        [("", "careers@alibaba.example"), ("", "jobs@alibaba.example")],
        None,
    ),
}


@pytest.mark.parametrize(("cells", "to", "problems"), TO_NAMES.values(), ids=list(TO_NAMES))
def test_to_names_the_person_only_on_an_address_of_theirs(tmp_path, cells, to, problems):
    import openpyxl
    from click.testing import CliRunner

    from followup_batch.cli import main

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Company", "Position", "Interview Date", "Interviewer", "Interviewer Email"])
    sheet.append(["Globex", "PM", dt.datetime(2026, 12, 2, 10), *cells])
    book.save(tmp_path / "Mia Wong.xlsx")
    result = CliRunner().invoke(
        main,
        ["run", str(tmp_path / "Mia Wong.xlsx"), "--as-of", "2026-12-04", "--eml-dir",
         str(tmp_path / "eml")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    written = openpyxl.load_workbook(tmp_path / "Mia Wong.xlsx")["Sheet"]
    headers = [cell.value for cell in written[1]]
    row = {header: cell.value for header, cell in zip(headers, written[2], strict=False)}
    assert row["Problems"] == problems
    (path,) = sorted((tmp_path / "eml").glob("*.eml"))
    assert [(a.display_name, a.addr_spec) for a in parse(path)["To"].addresses] == to


SENT_AS_IS = {"client": "Maya Chen", "to": "Ana Díaz", "email": "ana@pixelforge.example"}


@pytest.mark.parametrize(
    "subject",
    [
        # A dash after a long ASCII run: the email package's own folding read this back with
        # two spaces before the dash; the file must say what the tracker says.
        "Checking in on my application for the Product Designer role – Aisha Chen",
        "Following up on the Associate, Corporate Finance interview – Aisha Chen",
        "Thank you for the Research Fellow interview at Donau Research Institute 2",
        "=?utf-8?q?not_an_encoded_word?= but the user's text",
        ("Ünïcode – " * 12).strip(),  # long enough to fold
        "",
    ],
)
def test_the_subject_reads_back_exactly(tmp_path, subject):
    record = {**SENT_AS_IS, "subject": subject, "body": "Hi Ana,\n"}
    (path,) = eml.write_eml(pd.DataFrame([record]), tmp_path, SENDER)
    assert parse(path)["Subject"] == subject


@pytest.mark.parametrize(
    "body",
    [
        "Hi Ana,\n\nThanks again.\n\nBest regards,\nMaya Chen",
        "x" * 200 + "\n" + "y" * 79,  # lines past 78 characters
        "Trailing spaces   \nand a tab\t\nand = signs =3D\n",
        "Zoë, très bien – 👍\n",
        "",
    ],
)
def test_the_body_reads_back_exactly(tmp_path, body):
    record = {**SENT_AS_IS, "subject": "s", "body": body}
    (path,) = eml.write_eml(pd.DataFrame([record]), tmp_path, SENDER)
    content = body_text(parse(path))
    assert content == (body if body.endswith("\n") else body + "\n")
    assert max(len(line) for line in path.read_bytes().split(b"\r\n")) <= 78


# A long name and its address folded between them, each line within 78 characters, and read
# back as written (ot143 F8: "To: =?utf-8?q?Ingrid_S=C3=B8rensen-=C3=85berg?= <ingrid…>" ran to
# 84 characters, a Spanish name with its long address to 156): (To, Email).
LONG_RECIPIENTS = [
    ("Ingrid Sørensen-Åberg", "ingrid.sorensen-aberg@spotify.example"),
    ("Prof. Dr. Hans-Jürgen Müller-Lüdenscheidt", "hj.mueller@xn--bcher-kva.de"),
    ("Bartholomew Featherstonehaugh-Cholmondeley", "bartholomew.featherstonehaugh@example.com"),
]


@pytest.mark.parametrize(("to", "email"), LONG_RECIPIENTS)
def test_a_long_recipient_is_folded_before_the_address_and_reads_back(tmp_path, to, email):
    record = {**SENT_AS_IS, "to": to, "email": email, "subject": "s", "body": "b"}
    (path,) = eml.write_eml(pd.DataFrame([record]), tmp_path, SENDER)
    shown = [(a.display_name, a.addr_spec) for a in parse(path)["To"].addresses]
    names = [n.strip() for n in to.split(",")]
    assert shown == list(zip(names, [e.strip() for e in email.split(",")], strict=True))
    head = path.read_bytes().split(b"\r\n\r\n")[0]
    assert max(len(line) for line in head.split(b"\r\n")) <= 78


def test_an_address_longer_than_a_line_stays_whole(tmp_path):
    email = "mariadelosangeles.fernandezvillaverde.rodriguezdelaconcepcion@gruposantander.com"
    record = {**SENT_AS_IS, "to": "María Fernández", "email": email, "subject": "s", "body": "b"}
    (path,) = eml.write_eml(pd.DataFrame([record]), tmp_path, SENDER)
    (to,) = parse(path)["To"].addresses
    assert (to.display_name, to.addr_spec) == ("María Fernández", email)
    assert f" <{email}>".encode() in path.read_bytes().split(b"\r\n")


def test_a_clients_sender_name_with_accents_reads_back(tmp_path):
    record = {**SENT_AS_IS, "client": "Zoë Ñúñez", "subject": "s", "body": "b"}
    sender = {"name": "Zoë Ñúñez", "email": "zoe@example.com"}
    (path,) = eml.write_eml(pd.DataFrame([record]), tmp_path, sender)
    (signer,) = parse(path)["From"].addresses
    assert (signer.display_name, signer.addr_spec) == ("Zoë Ñúñez", "zoe@example.com")
    (to,) = parse(path)["To"].addresses
    assert (to.display_name, to.addr_spec) == ("Ana Díaz", "ana@pixelforge.example")


def _folded_by_header(text: str, field: str) -> str:
    """What the email package's ``Header`` makes of a header's text (what ``_header_words``
    made before its one-word shortcut)."""
    charset = "us-ascii" if text.isascii() and "=?" not in text else "utf-8"
    return Header(text, charset, header_name=field).encode(linesep="\r\n")


@pytest.mark.parametrize("field", ["Subject", "To"])
@pytest.mark.parametrize(
    "text",
    [
        "Following up on the Growth PM interview – Aisha Chen",  # folds onto a second line
        "Thank you – Aisha Chen",  # one word
        "–" + "a" * 48,  # the longest one word on a Subject line (69 characters)
        "–" + "a" * 49,  # one character more: folded
        "😀" * 30,  # base64 is the shorter
        "Zoë",
    ],
)
def test_header_words_are_the_email_packages(text, field):
    assert eml._header_words(text, field) == _folded_by_header(text, field)


@given(st.text(alphabet="ab c–é😀ß\u0301=?_\t", max_size=90), st.sampled_from(["Subject", "To"]))
def test_header_words_are_the_email_packages_for_any_text(text, field):
    assert eml._header_words(text, field) == _folded_by_header(text, field)


def test_a_stopped_write_leaves_no_temporary_draft_and_a_killed_ones_are_removed(
    tmp_path, monkeypatch
):
    """Ctrl-C while drafts were written left a hidden .NAME.PID.tmp in the folder, which no
    later run removed."""
    import os

    folder = tmp_path / "eml"
    folder.mkdir()
    abandoned = folder / ".old-draft.999999999.tmp"  # a pid no process has
    abandoned.write_bytes(b"half a draft")

    def interrupted(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        eml.write_eml(messages([PANEL], ["thank_you"]), folder, SENDER)
    assert list(folder.iterdir()) == []  # the killed run's temporary, and its own, are gone
    monkeypatch.undo()
    written = eml.write_eml(messages([PANEL], ["thank_you"]), folder, SENDER)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in written)


# Outside testers (fixmisc item 3): a mailto: link to two people kept the first only when a
# ?subject= followed (a link on the cell: in silence; pasted as text: the second "not an
# email address").
@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Email them", "mailto:ann@acme.example,bob@acme.example?subject=Thanks"),
        ("Email them", "mailto:ann@acme.example;bob@acme.example?subject=Thanks"),
        ("mailto:ann@acme.example,bob@acme.example?subject=Thanks", None),
        ("mailto:ann@acme.example;bob@acme.example?subject=Thank%20you", None),
    ],
)
def test_a_mailto_link_to_two_addresses_writes_both_to_the_eml(tmp_path, text, link):
    import openpyxl
    from click.testing import CliRunner

    from followup_batch.cli import main

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Company", "Position", "Interview Date", "Interviewer", "Interviewer Email"])
    sheet.append(["Acme", "Engineer", dt.datetime(2026, 11, 18, 10), "Dana Ortiz", text])
    if link:
        sheet["E2"].hyperlink = link
    book.save(tmp_path / "Maya Chen.xlsx")
    result = CliRunner().invoke(
        main,
        ["run", str(tmp_path / "Maya Chen.xlsx"), "--as-of", "2026-11-20", "--eml-dir",
         str(tmp_path / "eml"), "--output", str(tmp_path / "out.xlsx")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    (path,) = (tmp_path / "eml").glob("*.eml")
    mail = parse(path)
    assert [a.addr_spec for a in mail["To"].addresses] == ["ann@acme.example", "bob@acme.example"]
    assert "not an email address" not in result.output


def test_names_follow_the_messages_not_the_rows_order(tmp_path):
    """Outside test ot34 (F5): two interviews at one company with one interviewer; sorting the
    rows swapped which message each name held, so a draft a person had open changed under it."""
    consultant = {**PANEL, "position": "Consultant", "interviewers": ["Lee Wong"]}
    senior = {**consultant, "position": "Senior Consultant"}
    senior["interviewer_emails"] = ["lee@pixelforge.example"]
    consultant["interviewer_emails"] = ["lee@pixelforge.example"]
    table = messages([consultant, senior], ["check_in_1", "check_in_1"])
    first = eml.write_eml(table, tmp_path, SENDER)
    by_name = {p.name: p.read_bytes() for p in first}
    assert sorted(by_name) == [
        "maya-chen-pixelforge-1st-check-in-lee-wong-2.eml",
        "maya-chen-pixelforge-1st-check-in-lee-wong.eml",
    ]
    assert b"Senior Consultant" not in by_name["maya-chen-pixelforge-1st-check-in-lee-wong.eml"]
    sorted_rows = messages([senior, consultant], ["check_in_1", "check_in_1"])
    again = eml.write_eml(sorted_rows, tmp_path, SENDER)
    assert [p.name for p in again] == [first[1].name, first[0].name]
    assert {p.name: p.read_bytes() for p in again} == by_name


# ot52 F3: an Interviewer cell mixing names and addresses paired them by position, so Ana's
# note went to tom@ ("To: Ana Lima <tom@initech.com>", "Hi Ana,"), or dropped the address
# written alone (ana@ got nothing). An address goes to the name written with it, or the one
# its local part names; one that is no one's gets a note of its own; a name without one is a
# draft without a To address (and a row problem).
@pytest.mark.parametrize(
    ("cell", "seen"),
    [
        (
            "tom@initech.example and Ana Lima",
            [("", "ana-lima", "Hi Ana,"), ("tom@initech.example", "tom", "Hello,")],
        ),
        (
            "Tom Becker <tom@initech.example>, ana@initech.example",
            [
                ("ana@initech.example", "ana", "Hello,"),
                ("tom@initech.example", "tom-becker", "Hi Tom,"),
            ],
        ),
        (
            "Tom Becker <tom@initech.example>, ana.lima@initech.example",
            [
                ("ana.lima@initech.example", "ana-lima", "Hi Ana,"),
                ("tom@initech.example", "tom-becker", "Hi Tom,"),
            ],
        ),
        # Its local part spells the name: that person's, wherever it is written.
        (
            "ana.lima@initech.example and Ana Lima; Tom Becker <tom@initech.example>",
            [
                ("ana.lima@initech.example", "ana-lima", "Hi Ana,"),
                ("tom@initech.example", "tom-becker", "Hi Tom,"),
            ],
        ),
        (
            "Ana Lima, alima@initech.example",
            [("alima@initech.example", "ana-lima", "Hi Ana,")],
        ),
        # Written with the name, in any form: theirs, whatever it spells.
        (
            "Ana Lima <hr@initech.example>; Tom Becker - tb@initech.example",
            [
                ("hr@initech.example", "ana-lima", "Hi Ana,"),
                ("tb@initech.example", "tom-becker", "Hi Tom,"),
            ],
        ),
        (
            "Ortiz, Dana <d.o@initech.example>",
            [("d.o@initech.example", "dana-ortiz", "Hi Dana,")],
        ),
    ],
    ids=["address-then-name", "address-after-a-pair", "spelt", "spelt-apart", "initial",
         "written-with", "surname-first"],
)  # fmt: skip
def test_names_and_addresses_in_one_cell_go_to_whom_they_are_written_for(tmp_path, cell, seen):
    import openpyxl
    from click.testing import CliRunner

    from followup_batch.cli import main

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Company", "Position", "Interview Date", "Interview Type", "Interviewers"])
    sheet.append(["Initech", "Engineer", dt.datetime(2026, 11, 30, 10), "Panel", cell])
    book.save(tmp_path / "Maya Chen.xlsx")
    result = CliRunner().invoke(
        main,
        ["run", str(tmp_path / "Maya Chen.xlsx"), "--as-of", "2026-12-04", "--eml-dir",
         str(tmp_path / "eml"), "--output", str(tmp_path / "out.xlsx")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    paths = sorted((tmp_path / "eml").glob("*.eml"))
    mails = [parse(path) for path in paths]
    assert [
        (
            ", ".join(a.addr_spec for a in mail["To"].addresses) if mail["To"] else "",
            path.name.removeprefix("maya-chen-initech-thank-you-note-").removesuffix(".eml"),
            body_text(mail).split("\n")[0],
        )
        for path, mail in zip(paths, mails, strict=True)
    ] == seen


# A team's mailbox on a panel's row ("hr@", "jobs@") is no one to greet: the note to all greets
# the people by name, not "Hello," (was: one address that spelt no name made everyone
# "Hello,"); an address that may be a person's and spells no name ("ana@") still makes it
# "Hello,", and says so in the row's Problems with how to greet them. (Interviewer cell,
# Interviewer Email cell) -> (the Draft cell's greeting, each .eml's To and greeting, Problems)
UNNAMED_ADDRESSES = {
    "a mailbox among the names": (
        (
            "Dana Ortiz <dana@initech.example>, Sam Lee <sam@initech.example>, hr@initech.example",
            None,
        ),
        "Hi Dana and Sam,",
        [
            ("dana@initech.example", "Hi Dana,"),
            ("hr@initech.example", "Hello,"),
            ("sam@initech.example", "Hi Sam,"),
        ],
        None,
    ),
    "a mailbox beside one name": (
        ("Dana Ortiz <dana@initech.example>; jobs@initech.example", None),
        "Hi Dana,",
        [("dana@initech.example", "Hi Dana,"), ("jobs@initech.example", "Hello,")],
        None,
    ),
    "a panel written as addresses, one a mailbox": (
        (None, "dana.ortiz@initech.example; careers@initech.example"),
        "Hi Dana,",
        [("careers@initech.example", "Hello,"), ("dana.ortiz@initech.example", "Hi Dana,")],
        None,
    ),
    "a person's address that spells no name": (
        ("Dana Ortiz <dana@initech.example>, ana@initech.example", None),
        "Hello,",
        [("ana@initech.example", "Hello,"), ("dana@initech.example", "Hi Dana,")],
        'D2: 2 addresses for 1 interviewer: "ana@initech.example" names no one to greet, so '
        'its draft and the note to all say "Hello,": write the person\'s name before it ("Name '
        '<ana@initech.example>") to greet them',
    ),
    "only a mailbox": (
        ("hr@initech.example", None),
        "Hello,",
        [("hr@initech.example", "Hello,")],
        None,
    ),
}


@pytest.mark.parametrize(("cells", "greeting", "seen", "problems"), UNNAMED_ADDRESSES.values(),
                         ids=list(UNNAMED_ADDRESSES))  # fmt: skip
def test_a_mailbox_on_the_row_leaves_the_people_greeted_by_name(
    tmp_path, cells, greeting, seen, problems
):
    import openpyxl
    from click.testing import CliRunner

    from followup_batch.cli import main

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Company", "Position", "Interview Date", "Interviewers", "Interviewer Email"])
    sheet.append(["Initech", "Engineer", dt.datetime(2026, 11, 30, 10), *cells])
    book.save(tmp_path / "Maya Chen.xlsx")
    result = CliRunner().invoke(
        main,
        ["run", str(tmp_path / "Maya Chen.xlsx"), "--as-of", "2026-12-04", "--eml-dir",
         str(tmp_path / "eml")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    written = openpyxl.load_workbook(tmp_path / "Maya Chen.xlsx")["Sheet"]
    headers = [cell.value for cell in written[1]]
    row = {header: cell.value for header, cell in zip(headers, written[2], strict=False)}
    assert row["Draft"].split("\n")[0] == greeting
    assert row["Problems"] == problems
    mails = [parse(path) for path in sorted((tmp_path / "eml").glob("*.eml"))]
    assert (
        sorted(
            (", ".join(a.addr_spec for a in mail["To"].addresses), body_text(mail).split("\n")[0])
            for mail in mails
        )
        == seen
    )


# A draft the person edited in place in the drafts folder (exports.edited_drafts).
ACME = "maya-chen-acme-thank-you-note-dana-ortiz.eml"
ACME_CHECK_IN = "maya-chen-acme-1st-check-in-dana-ortiz.eml"
GLOBEX = "maya-chen-globex-thank-you-note-lee-wong.eml"
SAVED = "maya-chen-acme-thank-you-note-dana-ortiz.edited.eml"
HEAD = "Company,Position,Interview Date,Interviewer,Interviewer Email,Thank-you Sent\n"
ACME_ROW = "Acme,Analyst,2026-11-19,Dana Ortiz,dana@acme.example,\n"
GLOBEX_ROW = "Globex,Designer,2026-11-18,Lee Wong,lee@globex.example,\n"
MINE = b"Thanks so much for"  # what the person wrote over "Thank you for"
KEPT_COPY = ".followup-backups/maya-chen-acme-thank-you-note-dana-ortiz.edited.eml"


def gone_note(folder: Path) -> str:
    """The drafts line's note of the edited draft removed, its text kept out of the way."""
    return (
        f"{ACME}, one of them, is your edited draft: its text is kept in "
        f"{folder / '.followup-backups'}{os.sep} (left in the folder, it could be sent twice)"
    )


GONE_NOTE = "{gone}"  # filled in with the test's drafts folder
NONE_REWRITTEN = " (none rewritten)"  # every draft in the folder was already as it would write
IN_PLACE_EDITS = {
    # The row's next action is the same: their file stays as they saved it, said once.
    "rerun, the same day": (
        True,
        ACME_ROW,
        "2026-11-20",
        f" (kept your edited draft {ACME})",
        [ACME, GLOBEX],
        ACME,
    ),
    "rerun, days later": (
        True,
        ACME_ROW,
        "2026-11-23",
        f" (kept your edited draft {ACME})",
        [ACME, GLOBEX],
        ACME,
    ),
    # The interview moved: the thank-you is due another day, which the text names.
    "the due date moves": (
        True,
        ACME_ROW.replace("2026-11-19", "2026-11-21"),
        "2026-11-22",
        f" ({ACME}, which you edited, was for another day: saved as {SAVED} and written anew)",
        [ACME, SAVED, GLOBEX],
        SAVED,
    ),
    # Sent from that very file, perhaps: kept, it would be sent twice.
    "marked sent": (
        True,
        ACME_ROW.replace(",\n", ",2026-11-20\n"),
        "2026-11-20",
        f" (1 draft no longer due removed) ({GONE_NOTE})",
        [ACME_CHECK_IN, GLOBEX],
        None,
    ),
    "its row deleted": (
        True,
        "",
        "2026-11-20",
        f" (1 draft no longer due removed) ({GONE_NOTE})",
        [GLOBEX],
        None,
    ),
    # Never sent, and a week on the 1st check-ins are due instead (ot72 F1): the text is kept.
    "a later step due": (
        True,
        ACME_ROW,
        "2026-11-27",
        f" (2 drafts no longer due removed) ({GONE_NOTE})",
        [ACME_CHECK_IN, "maya-chen-globex-1st-check-in-lee-wong.eml"],
        None,
    ),
    # Not edited: rewritten and removed as before, without a word of edits. (Run a day late,
    # so that its text names another day: "yesterday" of both interviews, on their due days,
    # is the same text, left as it is.)
    "untouched, the due date moves": (
        False,
        ACME_ROW.replace("2026-11-19", "2026-11-21"),
        "2026-11-23",
        "",
        [ACME, GLOBEX],
        None,
    ),
    "untouched, marked sent": (
        False,
        ACME_ROW.replace(",\n", ",2026-11-20\n"),
        "2026-11-20",
        " (1 draft no longer due removed)",
        [ACME_CHECK_IN, GLOBEX],
        None,
    ),
}


@pytest.mark.parametrize(
    ("edit", "acme", "as_of", "said", "after", "mine_in"),
    IN_PLACE_EDITS.values(),
    ids=IN_PLACE_EDITS,
)
def test_a_draft_edited_in_place_is_never_lost(
    tmp_path, edit, acme, as_of, said, after, mine_in
) -> None:
    """A person who polished …-dana-ortiz.eml in their mail program and saved it in place lost
    their text at the next run, which wrote its own draft over it."""
    from test_cli import invoke

    tracker, folder = tmp_path / "Maya Chen.csv", tmp_path / "drafts"
    tracker.write_text(HEAD + ACME_ROW + GLOBEX_ROW)
    code, _, err = invoke("run", str(tracker), "--as-of", "2026-11-20", "--eml-dir", str(folder))
    assert code == 0, err
    draft = folder / ACME
    if edit:
        draft.write_bytes(draft.read_bytes().replace(b"Thank you for", MINE))
    edited = draft.read_bytes()
    tracker.write_text(HEAD + acme + GLOBEX_ROW)  # the tracker as the person changed it
    args = [str(tracker), "--as-of", as_of, "--eml-dir", str(folder)]
    code, out, err = invoke("run", *args)
    assert code == 0, err
    count = len(after) - (SAVED in after)
    drafts_line = f"drafts: {count} .eml message{'s' * (count > 1)} → {folder}"
    assert out.splitlines()[-1] == drafts_line + said.format(gone=gone_note(folder))
    assert sorted(p.name for p in folder.glob("*.eml")) == sorted(after)
    if mine_in is not None:
        assert (folder / mine_in).read_bytes() == edited  # the person's file, byte for byte
    others = [name for name in after if name != mine_in]
    assert not any(MINE in (folder / name).read_bytes() for name in others)
    removed = "{gone}" in said  # its text is kept out of the way, byte for byte
    assert (folder / KEPT_COPY).is_file() == removed
    if removed:
        assert (folder / KEPT_COPY).read_bytes() == edited

    def files() -> dict[str, tuple[bytes, int]]:
        return {
            str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in folder.rglob("*")
            if p.is_file()
        }

    written = files()
    code, out, err = invoke("run", *args)  # the same inputs again: nothing written, nothing said
    assert code == 0, err
    assert out.splitlines()[-1] == drafts_line + NONE_REWRITTEN
    assert files() == written


UNREADABLE_EDITS = {
    # Cut short by a sync, or saved in another encoding: an edit, kept; never parsed.
    "cut short": lambda data: data[: len(data) // 2],
    "saved as Latin-1": lambda data: data.replace(b"Thank you", "Danke schön".encode("latin-1")),
    "line ends changed": lambda data: data.replace(b"\r\n", b"\n"),
}


@pytest.mark.parametrize("damage", UNREADABLE_EDITS.values(), ids=UNREADABLE_EDITS)
@pytest.mark.parametrize("moves", [False, True], ids=["the same step", "the due date moves"])
def test_an_edit_that_is_no_valid_mail_is_kept_too(tmp_path, damage, moves) -> None:
    from test_cli import invoke

    tracker, folder = tmp_path / "Maya Chen.csv", tmp_path / "drafts"
    tracker.write_text(HEAD + ACME_ROW)
    assert invoke("run", str(tracker), "--as-of", "2026-11-20", "--eml-dir", str(folder))[0] == 0
    edited = damage((folder / ACME).read_bytes())
    (folder / ACME).write_bytes(edited)
    if moves:
        tracker.write_text(HEAD + ACME_ROW.replace("2026-11-19", "2026-11-21"))
    as_of = "2026-11-22" if moves else "2026-11-20"
    code, out, err = invoke("run", str(tracker), "--as-of", as_of, "--eml-dir", str(folder))
    assert code == 0, err
    assert (folder / (SAVED if moves else ACME)).read_bytes() == edited
    assert out.splitlines()[-1].endswith(
        f"saved as {SAVED} and written anew)" if moves else f"(kept your edited draft {ACME})"
    )


def test_an_earlier_saved_edit_is_never_written_over(tmp_path) -> None:
    from test_cli import invoke

    tracker, folder = tmp_path / "Maya Chen.csv", tmp_path / "drafts"
    tracker.write_text(HEAD + ACME_ROW)
    assert invoke("run", str(tracker), "--as-of", "2026-11-20", "--eml-dir", str(folder))[0] == 0
    (folder / SAVED).write_bytes(b"my first edit")
    for day in ("20", "21"):  # edited, then the interview moved twice
        draft = folder / ACME
        draft.write_bytes(draft.read_bytes().replace(b"Thank you for", MINE + day.encode()))
        tracker.write_text(HEAD + ACME_ROW.replace("2026-11-19", f"2026-11-{day}"))
        code, _, err = invoke(
            "run", str(tracker), "--as-of", "2026-11-22", "--eml-dir", str(folder)
        )
        assert code == 0, err
    names = ["", "-2", "-3"]
    saved = [(folder / SAVED.replace(".eml", f"{n}.eml")).read_bytes() for n in names]
    assert saved[0] == b"my first edit"
    assert [MINE + b"20" in saved[1], MINE + b"21" in saved[2]] == [True, True]


@pytest.mark.parametrize("moves", [False, True], ids=["the same step", "the due date moves"])
def test_a_draft_an_older_version_wrote_is_copied_before_it_is_rewritten(tmp_path, moves) -> None:
    """An index without the record of what was written, and drafts without a seal (a version
    before both): a draft that differs from what the run writes may be an edit or the older
    wording; its text is copied out of the way before it is rewritten (ot96 F2)."""
    import json

    from test_cli import invoke

    tracker, folder = tmp_path / "Maya Chen.csv", tmp_path / "drafts"
    tracker.write_text(HEAD + ACME_ROW + GLOBEX_ROW)
    assert invoke("run", str(tracker), "--as-of", "2026-11-20", "--eml-dir", str(folder))[0] == 0
    index = folder / eml.INDEX
    older = json.loads(index.read_text())
    del older["written"]
    index.write_text(json.dumps(older))
    for name in (ACME, GLOBEX):  # as an older version's wording differs from this one's
        older_text = eml.without_seal((folder / name).read_bytes())
        (folder / name).write_bytes(older_text.replace(b"Thank you", b"Thanks"))
    if moves:
        tracker.write_text(HEAD + ACME_ROW.replace("2026-11-19", "2026-11-21") + GLOBEX_ROW)
    as_of = "2026-11-22" if moves else "2026-11-20"
    code, out, err = invoke("run", str(tracker), "--as-of", as_of, "--eml-dir", str(folder))
    assert code == 0, err
    assert out.splitlines()[-1] == (
        f"drafts: 2 .eml messages → {folder} ({ACME}, {GLOBEX}: the folder's index does not "
        "say what the tool wrote in them, so they may hold your edits: their text is kept in "
        f"{folder / '.followup-backups'}{os.sep}, then written anew)"
    )
    assert sorted(p.name for p in folder.glob("*.eml")) == [ACME, GLOBEX]
    assert not any(b"Thanks" in (folder / name).read_bytes() for name in (ACME, GLOBEX))
    kept = folder / ".followup-backups"
    assert sorted(p.name for p in kept.iterdir()) == [
        name.replace(".eml", ".edited.eml") for name in (ACME, GLOBEX)
    ]
    assert all(b"Thanks" in p.read_bytes() for p in kept.iterdir())
