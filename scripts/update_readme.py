"""Regenerate the README sections that come from the code, so they cannot drift.

    python scripts/update_readme.py          # rewrite README.md in place
    python scripts/update_readme.py --check  # exit 1 when README.md is stale (tests do this)

Sections between ``<!-- generated: NAME -->`` and ``<!-- end generated -->`` are replaced:
``columns`` from the schema's field table, ``sent_headers`` from its sent columns' names,
``rules_in_words`` (the timing rules as a table and a paragraph) and ``rules`` (the TOML) from
the shipped rule table, ``cli`` from each command's ``--help``, ``check_example`` from a run of
``check`` on files made for it, ``digest_example`` from a run of ``digest`` on the folder
``sample_data/make_coach_folder.py`` makes, ``holiday_words`` from the holiday phrases'
table.
"""

from __future__ import annotations

import contextlib
import re
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout, installed or not
README = ROOT / "README.md"
if TYPE_CHECKING:
    from followup_batch.schedule.ruleset import Offsets, RuleSet
SECTION = re.compile(r"(<!-- generated: (\w+) -->\n)(.*?)(<!-- end generated -->)", re.S)


def columns_section() -> str:
    from followup_batch.read.fields import FIELDS, requirement

    lines = [
        "| header | field | required | also recognised | values |",
        "|---|---|---|---|---|",
    ]
    for field in FIELDS:
        synonyms = ", ".join((*field.synonyms, *field.other_languages))
        needed = requirement(field)
        required = {"required": "yes", "optional": ""}.get(needed, needed)
        lines.append(
            f"| {field.header} | `{field.name}` | {required} | {synonyms} | {field.meaning} |"
        )
    return "\n".join(lines) + "\n"


LANGUAGES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "nl": "Dutch",
    "it": "Italian",
    "pl": "Polish",
    "sv": "Swedish",
    "tr": "Turkish",
    "ja": "Japanese",
    "zh": "Chinese",
    "ko": "Korean",
}


def sent_headers_section() -> str:
    """The sent columns' headers as ``sent_headers.SENT_NAMES`` and ``SENT_WORDS`` make them."""
    from followup_batch.read.fields import FIELDS_BY_NAME
    from followup_batch.read.sent_headers import (
        CHECK_IN_NUMBERS,
        CHECK_IN_WORDS,
        FINAL_WORDS,
        SENT_NAMES,
        SENT_WORDS,
    )

    lines = ["| column | what was sent |", "|---|---|"]
    for name, languages in SENT_NAMES.items():
        said = "; ".join(
            ", ".join(f"`{text}`" for text in names)
            + ("" if language == "en" else f" ({LANGUAGES[language]})")
            for language, names in languages.items()
        )
        if name in CHECK_IN_NUMBERS:  # every number before or after every word: say so
            said = "; ".join(
                ", ".join(f"`{n}`" for n in numbers)
                + " before or after "
                + ", ".join(f"`{w}`" for w in CHECK_IN_WORDS[language])
                + ("" if language == "en" else f" ({LANGUAGES[language]})")
                for language, numbers in CHECK_IN_NUMBERS[name].items()
            )
        if name == "final_sent":  # the English names, then each final word before each word
            said = "; ".join(
                [
                    ", ".join(f"`{text}`" for text in languages["en"]),
                    *(
                        ", ".join(f"`{w}`" for w in finals)
                        + " before "
                        + ", ".join(f"`{w}`" for w in CHECK_IN_WORDS[language])
                        + f" ({LANGUAGES[language]})"
                        for language, finals in FINAL_WORDS.items()
                    ),
                ]
            )
        lines.append(f"| {FIELDS_BY_NAME[name].header} | {said} |")
    lines += ["", "| language | after it | before it |", "|---|---|---|"]
    for language, words in SENT_WORDS.items():
        after = ", ".join(f"`{w}`" for w in words.after)
        before = ", ".join(f"`{w}`" for w in words.before)
        lines.append(f"| {LANGUAGES[language]} | {after} | {before} |")
    return "\n".join(lines) + "\n"


def rules_section() -> str:
    from followup_batch.schedule.ruleset import default_table, format_table

    return "```toml\n" + format_table(default_table()) + "```\n"


def rules_in_words_section() -> str:
    from followup_batch.schedule.ruleset import load_rule_set

    return rules_in_words(load_rule_set())


# The shipped rules in words: every number is read from the rule table, none is written here.
SAME_DAY_WORDS = {
    "phone": "a phone screen",
    "video": "a video call",
    "onsite": "an onsite interview",
    "panel": "a panel interview",
    "final": "a final round",
    "chat": "a coffee chat or an informational interview",
    "other": "any other interview",
}


def rules_in_words(rules: RuleSet) -> str:
    """The README's table of the steps and the paragraph on the modifiers, from ``rules``."""
    from followup_batch.normalise.interview_types import INTERVIEW_TYPE_VALUES
    from followup_batch.schedule.business_days import WEEKDAY_NAMES

    same_day = [SAME_DAY_WORDS[kind] for kind in INTERVIEW_TYPE_VALUES]
    same_day = [
        words
        for kind, words in zip(INTERVIEW_TYPE_VALUES, same_day, strict=True)
        if kind in rules.thank_you_same_day_types
    ]
    thank_you = (
        f"the interview day after {either(same_day)}, else the next day"
        if same_day
        else "the day after the interview"
    )
    k = rules.after_stated_decision_bd
    first = rules.check_in_1
    check_in_1 = (
        f"{k} bd after a stated decision date (never before {k} bd after the interview); "
        f"otherwise {first.base} bd after the interview{adjusted(first)}, "
        f"kept within {first.low}–{first.high} bd"
    )
    second = rules.check_in_2
    check_in_2 = (
        f"{second.base} bd after the 1st check-in{adjusted(second)}, kept within "
        f"{second.low}–{second.high} bd, counted from the day it was sent, else from its due date"
    )
    weeks = rules.final_weeks
    final = (
        f"the later of {weeks.base} weeks after the interview{adjusted(weeks)}, "
        f"rolled to a business day, and {rules.final_after_check_in_2_bd} bd after the 2nd "
        "check-in"
    )
    networking = (
        f"{rules.networking_weeks} weeks after a rejection, withdrawal or ghosting (or after you "
        "moved on, or your last networking touch), rolled to a business day; the rejection's "
        "day is the row's latest date (interview, messages sent, last reply), or the day the "
        "Status gives it when later (`Rejected 11/19`, `Absage 19.11.`: the Why says `10 weeks "
        "after Thu 2026-11-19 (the day the Status says it was rejected)`); a day after the "
        "run's has not come (`Rejected 12/20` in November): it is read as undated, and Problems "
        "says `the rejection date 2026-12-20 is after today (…); fix the date if it is a "
        f"typo`; left unsent {count(rules.stale_after_weeks, 'week')} past its due date, it "
        "is dropped (`Nothing more to send: the networking check-in due … went unsent "
        f"{count(rules.stale_after_weeks, 'week')} past it, dropped since …`)"
        if rules.networking_enabled
        else "none: turned off (`networking.enabled = false`)"
    )
    application = rules.application_check_in
    send_days = either([WEEKDAY_NAMES[day] for day in sorted(rules.preferred_weekdays)])
    application_check_in = (
        f"{application.base} bd after applying{adjusted(application)}, kept within "
        f"{application.low}–{application.high} bd, then moved to the next {send_days} when "
        f"that is at most {count(rules.max_shift_days, 'day')} later, for an application with "
        "no interview date "
        "yet; a reply after applying means waiting, until you write again: a check-in sent "
        "on or after the reply's day is the last word, and "
        f"{rules.moved_on_after_application_bd} bd of silence after the check-in means you "
        "have moved on (no networking touch: there is no relationship yet); with no interview "
        f"{count(rules.stale_after_weeks, 'week')} after the reply, you have moved on from "
        "that day, and a later reply restarts the wait (`Waiting: the employer replied Thu "
        "2026-11-05, after the application; nothing to chase; waiting for their news, moved "
        f"on from Thu 2026-12-31 ({count(rules.stale_after_weeks, 'week')} after the reply) "
        "if none comes.`)"
    )
    rows = [
        ("Application check-in", application_check_in),
        ("Thank-you note", thank_you),
        ("1st check-in", check_in_1),
        ("2nd check-in", check_in_2),
        ("Final follow-up", final),
        ("Networking check-in", networking),
    ]
    table = ["| step | due |", "|---|---|", *(f"| {step} | {due} |" for step, due in rows)]
    classes = ", ".join(
        f"{name} ({', '.join(words[:3])}{', …' if len(words) > 3 else ''})"
        for name, words in rules.industries.items()
    )
    paragraph = (
        "Then: the application check-in, the 1st and 2nd check-ins and the final follow-up "
        f"(also on the day an employer's reply gives them) move to the next {send_days} that "
        f"is a business day when that is at most {count(rules.max_shift_days, 'day')} later, "
        "never earlier; the thank-you note and the networking check-in keep their day; an "
        "employer reply restarts the clock of the next pending message; a step marked sent "
        "without a date counts as sent on its due date (an application check-in the tool's "
        "last run of the file saw unmarked counts "
        "from the day of the run that first sees it marked, when that is later: the latest "
        "day it can have gone, so a box ticked late does not move the row on early; the "
        "record in `.followup-backups/` keeps that day for the next runs); a thank-you or "
        "check-in is skipped once the next one is already due, or once "
        "the employer replied after it was due (no thanks for an interview they answered: "
        "the Why names the reply), and a thank-you once it is "
        f"{count(rules.thank_you_skip_after_days, 'day')} late, even when its check-in waits "
        "for a decision weeks away (the row then waits for that check-in); "
        f"{rules.moved_on_bd} business days after the final follow-up with no reply, an open "
        "row has moved on (a rejected, withdrawn or ghosted row stays closed); so has an open "
        "row whose final follow-up or application check-in is left unsent "
        f"{count(rules.stale_after_weeks, 'week')} past its due date: it moved on that day "
        f"(due date + {count(rules.stale_after_weeks, 'week')}), and its networking check-in "
        "counts from there. An open row whose final follow-up the employer answered (a Last "
        "Reply after the day it was sent) has nothing left to send, and waits "
        f"{count(rules.stale_after_weeks, 'week')} for their news: with none, it moved on "
        f"from the reply + {count(rules.stale_after_weeks, 'week')}, and its networking "
        "check-in counts from there; a later reply restarts the wait, and the `Why` names "
        "both days (`Waiting: the employer replied on Thu 2026-11-05, after the final "
        "follow-up: nothing left to send; waiting for their news, moved on from Thu "
        f"2026-12-31 ({count(rules.stale_after_weeks, 'week')} after the reply) if none "
        "comes.`). A networking check-in left unsent that long is dropped too, from "
        "that day (no tracker stays overdue for years). An interview date, once there, takes "
        "over from the application; so does a later interview of the same application on "
        "another row of the sheet, or of a sheet beside it in one tracker split by month, year "
        "or stage (the next round: the same client, company and position, "
        "whatever their case, accents, punctuation, initials or legal form, `Acme Inc.` = "
        "`ACME`, `P. M.` = `PM`, `A/B Test Lead` = `AB Test Lead`; not "
        "a later row whose Round is not higher, which is the role applied for again; a Round "
        "of `Final`, `Last` or `Letzte Runde` is higher than any number before it, and is the "
        "final stage's timing when the row's Interview Type is blank; after it, Round 2 or "
        "higher is a later round still, as employers add rounds, and Round 1 or another "
        "`Final` is the role applied for again, which the final round's `Problems` says, "
        "with how to link them; a numbered round dated before every lower round of its "
        "application, one of them within 8 weeks after it, is likely a typo in one date "
        "(later, the role applied for again), and both rows' "
        "`Problems` name the other: `Round 2 is dated Tue 2026-11-03, before Round 1 of the "
        "same application (row 3, Tue 2026-11-10): check the dates; until they agree, row 3 "
        "is read as the role applied for again`): the "
        "earlier row keeps only its thank-you, until that interview has taken place, and "
        "then waits, or is closed when the application is (an offer or rejection on any row "
        "of its last interview day, a panel split over rows), or `Moved on` once the "
        "application's last row has (its `Why` says since when, and which row); the "
        "application's last row alone gets the networking check-in. A row moved on before "
        "that interview, or closed while the application goes on, keeps its own answer. A "
        "next action due within "
        f"{count(rules.due_soon_bd, 'business day')} is `Due soon`. Industries are classed as "
        f'{classes} or standard; when an industry names words of several classes ("Education '
        f'technology"), the first of {", ".join(rules.industries)} wins, and a phrase wins over '
        'a word inside it ("Conseil régional", a French regional government, is not the '
        '"conseil" of consulting). The words are matched '
        "as whole words, in any case, accents optional, and include those of German, French, "
        "Spanish, Portuguese, Italian and Dutch (`Banque`, `Versicherung`, `Santé`, `Fonction "
        "publique`, `Behörde`, `Hochschule`, …), Japanese, Chinese and Korean (`製造業`, `金融`, "
        "`官公庁`, `互联网`, `제조업`, …: in those scripts and Thai, inside longer words too, "
        "`自動車製造業` is `製造業`), Indonesian, Malay, Vietnamese and Thai (`Perbankan`, "
        "`Kewangan`, `Ngân hàng`, `ธนาคาร`, …): the lists below. `IT` is fast, as `Informatik` "
        "and `informatique` are; `IT services`, `IT consulting` and `IT outsourcing` (TCS, "
        "Infosys, Wipro) are traditional, as consulting is (and its firm and person, "
        "`consultancy`, `consultant`: `IT consultant` too), and so are the same in Korean, "
        "Japanese and Chinese (`IT 서비스`, `ITサービス`, `IT服务`, `IT服務`, `IT 컨설팅`, "
        "`ITコンサル`, `IT咨询`, `IT外包`, with a space or without; full-width `ＩＴサービス` as "
        "a Japanese keyboard types it, too), Indonesian and Malay (`Konsultan IT`, `Jasa IT`, "
        "`Layanan IT`, `Perunding IT`, `Perkhidmatan IT`), Vietnamese (`Dịch vụ IT`, `Tư vấn "
        "IT`) and Thai (`บริการ IT`, `ที่ปรึกษา IT`); `IT` alone, or with another "
        "word (`IT・通信`, IT and telecom), is fast, and so is a startup of any of them, the fast "
        "class being listed first (`IT services startup`, `IT 서비스 스타트업`, "
        "`ITサービス・スタートアップ`; `스타트업`, `スタートアップ`, `初创`, `新創` are "
        "`startup`). To keep them standard, list them "
        'under `standard` in the config (`standard = ["it services"]`).'
    )
    return (
        "\n".join(table)
        + "\n\n"
        + "\n".join(textwrap.wrap(paragraph, 96, break_on_hyphens=False))
        + "\n"
    )


def adjusted(offsets: Offsets) -> str:
    """' (industry: −2 fast, +2 traditional; seniority: +2 senior; −2 after a final round)':
    the offsets that are not zero, in the table's order."""
    groups = []
    for kind, values in (("industry", offsets.industry), ("seniority", offsets.seniority)):
        terms = [f"{signed(n)} {name}" for name, n in values.items() if n]
        if terms:
            groups.append(f"{kind}: " + ", ".join(terms))
    if offsets.stage.get("final"):
        groups.append(f"{signed(offsets.stage['final'])} after a final round")
    return f" ({'; '.join(groups)})" if groups else ""


def signed(n: int) -> str:
    return f"+{n}" if n > 0 else f"−{-n}"


def either(words: list[str]) -> str:
    """'Tuesday', 'Tuesday or Wednesday', 'Monday, Tuesday or Wednesday'."""
    return " or ".join([", ".join(words[:-1]), words[-1]]) if len(words) > 1 else "".join(words)


def count(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def cli_section() -> str:
    from followup_batch.cli import main

    runner = CliRunner()
    parts = []
    commands = [[]] + [[name] for name in sorted(main.commands)]
    for command in commands:
        result = runner.invoke(main, [*command, "--help"], terminal_width=100)
        title = " ".join(["followup-batch", *command])
        text = result.output.replace("Usage: main", "Usage: followup-batch").rstrip()
        parts.append(f"### `{title}`\n\n```\n{text}\n```\n")
    return "\n".join(parts)


# The files of the README's `check` example: a day-first workbook with a title row, a broken
# date and a formula Excel never saved; an application log; a stage tally; a legacy .xls.
CHECK_EXAMPLE_FILES = ("jobs.xlsx", "applications.csv", "funnel.csv", "old.xls")


def check_example_section() -> str:
    """``check`` run on the example's files, as a terminal shows it, exit code included."""
    from openpyxl import Workbook

    from followup_batch.cli import main

    runner = CliRunner()
    # A folder of its own, not CliRunner.isolated_filesystem, deprecated in Click 8.5 (its
    # warning printed on every update; ot92 F10).
    with tempfile.TemporaryDirectory() as folder, contextlib.chdir(folder):
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "Jobs"
        sheet["A1"] = "Job search 2026"
        sheet.merge_cells("A1:E1")
        sheet.append(["Notes", "Company ", "Role", "Date", "Heard Back"])
        sheet.append([None, "Acme", "Dev", "3/11/2026", None])
        sheet.append([None, "Beta", "PM", "13/11/2026", "tbd"])
        sheet.append([None, "Gamma", "QA", "31/02/2026", "=TODAY()"])
        book.save("jobs.xlsx")
        Path("applications.csv").write_text(
            "date,company,role,status,Recruiter Email\n"
            "2026-11-02,Acme,Data Analyst,applied,jobs@acme.com\n"
            "2026-11-05,Beta,PM,applied,\n"
            "2026-11-09,Gamma,QA Lead,phone screen,\n"
            ",Delta,Designer,wishlist,\n",
            encoding="utf-8",
        )
        Path("funnel.csv").write_text("Stage,Count\nApplied,40\nInterview,6\n", encoding="utf-8")
        Path("old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
        result = runner.invoke(main, ["check", *CHECK_EXAMPLE_FILES], terminal_width=100)
    command = " ".join(["$ followup-batch check", *CHECK_EXAMPLE_FILES])
    return f"```\n{command}\n{result.output}$ echo $?\n{result.exit_code}\n```\n"


# The README's digest example: the coach's folder of ``sample_data/make_coach_folder.py`` (30
# clients), its digest on an 80-column terminal, the headline and the first and last lines of
# today's list.
DIGEST_EXAMPLE_SHOWN = 9  # lines from the top: the title, the headline, two of today's items


def digest_example_section() -> str:
    """``digest`` on the 30 clients of ``sample_data/make_coach_folder.py``, at 80 columns."""
    sys.path[:0] = [str(ROOT / "tests" / "support")]
    try:
        from coach_folder import AS_OF, build_coach_folder
    finally:
        del sys.path[0]
    from followup_batch.cli import main

    with tempfile.TemporaryDirectory() as folder, contextlib.chdir(folder):
        build_coach_folder(Path("clients"), clients=30)
        result = CliRunner().invoke(
            main, ["digest", "clients/", "--as-of", AS_OF.isoformat()], env={"COLUMNS": "80"}
        )
    if result.exit_code != 0:
        raise SystemExit(f"README.md: the digest example failed: {result.output}")
    lines = result.output.splitlines()
    today = lines[: lines.index("", DIGEST_EXAMPLE_SHOWN)]
    shown = [*today[:DIGEST_EXAMPLE_SHOWN], "  ...", today[-1]]
    return "```\n" + "\n".join(shown) + "\n```\n"


def holiday_words_section() -> str:
    """Every holiday's words a stated decision is read by, as ``holiday_phrases.NAMED_HOLIDAYS``
    lists them (as compared: lower case, without accents), and what each means where."""
    from followup_batch.normalise.holiday_phrases import NAMED_HOLIDAYS, RUN_DAYS

    def meant(names: tuple[str, ...]) -> str:
        if not names:
            return "no day off (a row problem)"
        shown = []
        for name in names:
            if name == "":
                shown.append("the next public holiday")
            elif name == "#run":
                shown.append(f"the next run of {RUN_DAYS} days off or more")
            elif name.startswith("@"):
                month, day = (int(part) for part in name[1:].split("-"))
                shown.append(f"{day} {MONTH_NAMES[month]}")
            else:
                shown.append(f"“{name}”")
        return ", ".join(shown)

    lines = ["| the words | read as, on the row's calendar |", "|---|---|"]
    for phrases, places in NAMED_HOLIDAYS.items():
        words = ", ".join(f"`{w.strip()}`" for w in phrases.split(";"))
        alike: dict[tuple[str, ...], list[str]] = {}  # the same names on several calendars
        for place, names in places.items():
            alike.setdefault(names, []).append(place)
        where = "; ".join(
            meant(names) + ("" if codes == ["*"] else f" ({', '.join(codes)})")
            for names, codes in alike.items()
        )
        lines.append(f"| {words} | {where} |")
    return "\n".join(lines) + "\n"


MONTH_NAMES = (
    "", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


GENERATORS = {
    "holiday_words": holiday_words_section,
    "columns": columns_section,
    "sent_headers": sent_headers_section,
    "rules_in_words": rules_in_words_section,
    "rules": rules_section,
    "cli": cli_section,
    "check_example": check_example_section,
    "digest_example": digest_example_section,
}


def render(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(2)
        if name not in GENERATORS:
            raise SystemExit(f"README.md: unknown generated section {name!r}")
        return match.group(1) + GENERATORS[name]() + match.group(4)

    return SECTION.sub(replace, text)


def main(argv: list[str]) -> int:
    current = README.read_text(encoding="utf-8")
    fresh = render(current)
    if "--check" in argv:
        if fresh != current:
            print("README.md is stale: run python scripts/update_readme.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
