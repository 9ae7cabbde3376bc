"""Write the sample tracker: sample_data/tracker.xlsx and sample_data/tracker.csv (same data).

    python sample_data/make_sample.py           # rewrite both files (deterministic)
    python sample_data/make_sample.py --check   # also print the reference schedule per row

The rows are a career coach's three clients, built to be run with ``--as-of 2026-11-20``
(the Friday before US Thanksgiving, 2026-11-26): their interviews, and at the end a few
applications that have not reached an interview (or were only saved). On that day every status
appears, check-ins step over Thanksgiving (and California's day after it, and India's Guru
Nanak Jayanti on Tue 11-24), and due dates move to the preferred Tuesday/Wednesday send days.

The workbook looks like a person's tracker: bold header, widths, date formats, an autofilter,
a column the tool does not know ("Salary Range") and a formula column ("Days since") - both
must survive a run untouched. The CSV has the same cells minus the formula column, dates as
ISO text.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "tests" / "support")]

import rowloop
from synthetic import frame_from_records

from followup_batch.normalise.interview_types import INTERVIEW_TYPES
from followup_batch.normalise.seniority import SENIORITY
from followup_batch.normalise.vocabularies import OUTCOMES, YES_MARKS
from followup_batch.read.fields import FIELDS_BY_NAME
from followup_batch.read.header_keys import header_key

AS_OF = date(2026, 11, 20)

# Tracker columns in the order a person would keep them: field name, or a user column title.
FIELD_ORDER = (
    "client",
    "company",
    "position",
    "applied_at",
    "interview_at",
    "interview_type",
    "round",
    "seniority",
    "industry",
    "interviewer",
    "interviewer_email",
    "stated_decision",
    "thank_you_sent",
    "check_in_1_sent",
    "check_in_2_sent",
    "final_sent",
    "networking_sent",
    "last_reply",
    "application_check_in_sent",
    "outcome",
    "topic",
    "value_add",
    "country",
)
SALARY = "Salary Range"  # a user column the tool does not know
DAYS_SINCE = "Days since"  # a user formula column
HEADERS = (*(FIELDS_BY_NAME[name].header for name in FIELD_ORDER), SALARY, DAYS_SINCE)
DATE_FIELDS = frozenset(
    {
        "applied_at",
        "application_check_in_sent",
        "interview_at",
        "thank_you_sent",
        "check_in_1_sent",
        "check_in_2_sent",
        "final_sent",
        "networking_sent",
        "last_reply",
        "stated_decision",
    }
)
WIDTHS = {
    "client": 13,
    "company": 25,
    "position": 24,
    "interview_at": 16,
    "interviewer": 22,
    "interviewer_email": 28,
    "stated_decision": 22,
    "industry": 20,
    "topic": 30,
    "value_add": 28,
    "outcome": 11,
}

MAYA, JONAS, PRIYA = "Maya Chen", "Jonas Weber", "Priya Raman"


def d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


def interview(
    client: str,
    company: str,
    position: str,
    on: date | datetime,
    kind: str,
    seniority: str,
    industry: str,
    country: str,
    **cells: object,
) -> dict:
    return {
        "client": client,
        "company": company,
        "position": position,
        "interview_at": on,
        "interview_type": kind,
        "seniority": seniority,
        "industry": industry,
        "country": country,
        **cells,
    }


def application(
    client: str,
    company: str,
    position: str,
    applied: date | None,
    industry: str,
    country: str,
    **cells: object,
) -> dict:
    """A row without an interview: an application, or a posting saved for later."""
    return {
        "client": client,
        "company": company,
        "position": position,
        "applied_at": applied,
        "industry": industry,
        "country": country,
        **cells,
    }


# What each row shows at 2026-11-20 is in its comment (checked with --check against the
# row-by-row reference in tests/support/rowloop.py).
ROWS: tuple[dict, ...] = (
    # --- Maya Chen: tech and media, US / California ---------------------------------------
    # Thank-you due tomorrow (Due soon); the 1st check-in skips Thanksgiving to Mon 11-30 and
    # moves to Tue 12-01 (preferred send day) - the DESIGN example.
    interview(
        MAYA,
        "Brightwave",
        "Senior Product Manager",
        datetime(2026, 11, 20, 10, 0),
        "Zoom",
        "Senior",
        "Tech",
        "US",
        interviewer="Dana Ortiz",
        interviewer_email="dana.ortiz@brightwave.example",
        round=2,
        topic="pricing experiments",
        value_add="teardown of a competitor's onboarding",
        salary="$150k-$170k",
    ),
    # Phone screen this morning: the thank-you is due the same day (Due today).
    interview(
        MAYA,
        "Loopline",
        "Product Manager",
        d(11, 20),
        "Phone screen",
        "Mid",
        "Startup",
        "US",
        interviewer="Sam Park",
        interviewer_email="sam@loopline.example",
        round=1,
        topic="team structure",
    ),
    # Thank-you sent; 1st check-in 3 bd after Tue 11-17 is today (Due today).
    interview(
        MAYA,
        "Pixelforge",
        "Product Manager, Games",
        d(11, 17),
        "Onsite",
        "Mid",
        "Gaming",
        "US-CA",
        interviewer="Lee Wong & Ana Diaz",
        interviewer_email="lee@pixelforge.example, ana@pixelforge.example",
        thank_you_sent=d(11, 17),
        round=3,
        salary="$140k",
    ),
    # 1st check-in never went out and the 2nd was due Tue 11-17 (Veterans Day skipped): the
    # 1st is skipped, the 2nd is Overdue.
    interview(
        MAYA,
        "Nimbus Ads",
        "Growth PM",
        d(11, 2),
        "Video",
        "Mid",
        "Marketing & Advertising",
        "US",
        interviewer="Chris Hale",
        thank_you_sent="yes",
        round=1,
        topic="attribution models",
    ),
    # Final round, executive: 6 bd from Wed 11-18 steps over Thanksgiving to Fri 11-27
    # (Scheduled).
    interview(
        MAYA,
        "Vertex Cloud",
        "VP Product",
        d(11, 18),
        "Final round",
        "VP",
        "Tech consulting",
        "US",
        interviewer="Morgan Blake",
        interviewer_email="mblake@vertexcloud.example",
        thank_you_sent=d(11, 18),
        round=4,
        salary="$240k + equity",
    ),
    # California: 2 bd after Thu 11-19 is Mon 11-23, moved to Tue 11-24 (Due soon).
    interview(
        MAYA,
        "Arcade Labs",
        "Associate PM",
        d(11, 19),
        "Video",
        "Junior",
        "Gaming",
        "US-CA",
        interviewer="Rita Gomez",
        thank_you_sent=d(11, 19),
        round=1,
    ),
    # California skips Thanksgiving and the day after: the 1st check-in is Wed 12-02;
    # the interview is on Monday, so today nothing is due yet (thank-you Tue 11-24, Due soon).
    interview(
        MAYA,
        "Sunset Media",
        "Content Strategy Lead",
        datetime(2026, 11, 23, 15, 30),
        "Onsite",
        "Lead",
        "Digital media",
        "US-CA",
        interviewer="Jo Kim",
        round=2,
    ),
    # Stated "next Tuesday" (Tue 11-24): 1st check-in Wed 11-25 (Scheduled).
    interview(
        MAYA,
        "Shopwise",
        "Product Manager",
        d(11, 18),
        "Panel",
        "Mid",
        "E-commerce",
        "US",
        interviewer="Ari Levi; Pat Moore",
        stated_decision="next Tuesday",
        thank_you_sent="yes",
        round=2,
        topic="checkout conversion",
    ),
    # Offer accepted (Closed).
    interview(
        MAYA,
        "Orbit Software",
        "Product Manager",
        d(10, 1),
        "Final",
        "Mid",
        "Software",
        "US",
        thank_you_sent=d(10, 1),
        check_in_1_sent=d(10, 6),
        outcome="Offer",
        salary="$160k",
    ),
    # Final follow-up went out Mon 10-05 with no answer: moved on since Tue 10-20 (10 bd,
    # Columbus Day skipped), networking touch due Tue 12-29 (Moved on).
    interview(
        MAYA,
        "Streamly",
        "Senior PM",
        d(8, 10),
        "Video",
        "Senior",
        "Media",
        "US",
        thank_you_sent=d(8, 10),
        check_in_1_sent=d(8, 18),
        check_in_2_sent=d(9, 2),
        final_sent=d(10, 5),
    ),
    # Rejected in October: networking check-in ten weeks after the last reply (Closed).
    interview(
        MAYA,
        "Helio Internet",
        "Product Lead",
        d(9, 21),
        "Onsite",
        "Senior",
        "Internet",
        "US",
        thank_you_sent=d(9, 22),
        check_in_1_sent=d(10, 1),
        last_reply=d(10, 14),
        outcome="Rejected",
    ),
    # Everything sent, final follow-up Mon 11-16, not yet 10 bd ago: nothing to send (Waiting).
    interview(
        MAYA,
        "Quanta Analytics",
        "Product Manager",
        d(9, 28),
        "Video",
        "Mid",
        "Software",
        "US",
        thank_you_sent=d(9, 28),
        check_in_1_sent=d(10, 6),
        check_in_2_sent=d(10, 21),
        final_sent=d(11, 16),
    ),
    # The recruiter replied Fri 11-13 ("still deciding"): the 2nd check-in restarts 3 bd
    # after the reply, Wed 11-18 (Overdue).
    interview(
        MAYA,
        "Kite Marketing",
        "Marketing PM",
        d(10, 20),
        "Video",
        "Mid",
        "Marketing",
        "US",
        thank_you_sent=d(10, 21),
        check_in_1_sent=d(10, 27),
        last_reply=d(11, 13),
        topic="campaign analytics",
    ),
    # Company cell left empty: the row needs fixing (Needs info).
    interview(
        MAYA,
        None,
        "Product Manager",
        d(11, 16),
        "Video",
        "Mid",
        "Tech",
        "US",
        interviewer="Taylor Reed",
        thank_you_sent=d(11, 16),
    ),
    # --- Jonas Weber: consulting, finance and public sector, Bavaria / UK --------------------
    # Consulting, senior: 9 bd after Tue 11-10 is Mon 11-23, moved to Tue 11-24 (Due soon).
    interview(
        JONAS,
        "Alpen Consulting",
        "Senior Consultant",
        d(11, 10),
        "Onsite",
        "Senior",
        "Management consulting",
        "DE-BY",
        interviewer="Dr. Eva Huber",
        interviewer_email="eva.huber@alpen.example",
        thank_you_sent=d(11, 11),
        round=2,
        salary="EUR 95-110k",
    ),
    # "within 5 business days" of Thu 11-12 is Thu 11-19: 1st check-in today (Due today).
    interview(
        JONAS,
        "Isar Versicherung",
        "Risk Analyst",
        d(11, 12),
        "Video",
        "Mid",
        "Insurance",
        "DE-BY",
        interviewer="Markus Vogel",
        stated_decision="within 5 business days",
        thank_you_sent="yes",
        round=1,
    ),
    # Banking panel in London; 1st check-in sent Wed 11-11, the 2nd 10 bd later: Wed 11-25
    # (Scheduled).
    interview(
        JONAS,
        "Thames Capital",
        "Associate, Corporate Finance",
        d(11, 2),
        "Panel",
        "Mid",
        "Banking",
        "GB",
        interviewer="Olivia Grant, Henry Shaw",
        interviewer_email="ogrant@thames.example, hshaw@thames.example",
        thank_you_sent="yes",
        check_in_1_sent=d(11, 11),
        round=2,
        topic="leveraged finance pipeline",
    ),
    # "end of week" after Tue 11-03 is Fri 11-06: 1st check-in Tue 11-10 was sent on
    # Thu 11-12; the 2nd, 9 bd later, is Thu 11-26 - Thanksgiving is a UK working day
    # (Scheduled).
    interview(
        JONAS,
        "Northgate Legal",
        "Legal Counsel",
        d(11, 3),
        "Onsite",
        "Mid",
        "Legal",
        "GB",
        interviewer="Priya Shah",
        stated_decision="end of week",
        thank_you_sent=d(11, 3),
        check_in_1_sent=d(11, 12),
        round=1,
    ),
    # Public sector, executive: 5+5+5 = 15 bd, the most the rules allow: 1st check-in Fri 12-04
    # (Scheduled); the final follow-up waits 4+4+4 = 12 weeks.
    interview(
        JONAS,
        "Bayerisches Ministerium",
        "Head of Digital Services",
        d(11, 13),
        "Panel",
        "Director",
        "Public sector",
        "DE-BY",
        thank_you_sent=d(11, 13),
        round=2,
        salary="A16",
    ),
    # Ghosted after two check-ins: networking touch due in January (Closed).
    interview(
        JONAS,
        "Rhein Energie",
        "Energy Trader",
        d(10, 5),
        "Video",
        "Mid",
        "Energy",
        "DE-BY",
        thank_you_sent=d(10, 5),
        check_in_1_sent=d(10, 14),
        check_in_2_sent=d(10, 28),
        outcome="Ghosted",
    ),
    # On hold (hiring freeze): still an open process, its 2nd check-in is Overdue.
    interview(
        JONAS,
        "Kessler Manufacturing",
        "Operations Manager",
        d(10, 12),
        "Onsite",
        "Senior",
        "Manufacturing",
        "DE-BY",
        thank_you_sent=d(10, 13),
        check_in_1_sent=d(10, 26),
        outcome="On hold",
        topic="plant automation",
    ),
    # Stated a real date (Mon 11-30): 1st check-in Tue 12-01 (Scheduled).
    interview(
        JONAS,
        "Sterling Accounting",
        "Audit Senior",
        d(11, 16),
        "Video",
        "Senior",
        "Accounting",
        "GB",
        stated_decision=d(11, 30),
        thank_you_sent=d(11, 17),
        round=2,
    ),
    # Final follow-up sent 10-14 with no reply: moved on (Moved on).
    interview(
        JONAS,
        "Clyde Insurance",
        "Underwriter",
        d(8, 25),
        "Phone",
        "Entry",
        "Insurance",
        "GB",
        thank_you_sent=d(8, 25),
        check_in_1_sent="yes",
        check_in_2_sent=d(9, 16),
        final_sent=d(10, 14),
    ),
    # Offer (Closed).
    interview(
        JONAS,
        "Munich Re Partners",
        "Actuarial Analyst",
        d(10, 7),
        "Final round",
        "Junior",
        "Insurance",
        "DE-BY",
        thank_you_sent=d(10, 7),
        outcome="Hired",
    ),
    # The interview is on Monday: thank-you due Tue 11-24 (Due soon).
    interview(
        JONAS,
        "Donau Research Institute",
        "Research Fellow",
        d(11, 23),
        "Other",
        "Mid",
        "Research",
        "DE-BY",
        interviewer="Prof. Lena Brandt",
        round=1,
    ),
    # Withdrew after a reply: networking (Closed).
    interview(
        JONAS,
        "Brighton Legal",
        "Paralegal",
        d(10, 15),
        "Video",
        "Entry",
        "Law",
        "GB",
        thank_you_sent=d(10, 15),
        last_reply=d(10, 30),
        outcome="Withdrawn",
    ),
    # --- Priya Raman: research, healthcare and non-profits, India / US ------------------------
    # India: Guru Nanak Jayanti (Tue 11-24) is skipped; 10 bd after Tue 11-10 is Wed 11-25,
    # which is also within 2 bd of Fri 11-20 there (Due soon).
    interview(
        PRIYA,
        "Indus Health Research",
        "Data Scientist",
        d(11, 10),
        "Onsite",
        "Mid",
        "Healthcare",
        "IN",
        interviewer="Dr. Arjun Mehta",
        interviewer_email="arjun.mehta@indushealth.example",
        thank_you_sent=d(11, 11),
        round=2,
        salary="INR 28 LPA",
    ),
    # 3 bd after Wed 11-18 in India: Mon 11-23, moved to Wed 11-25 because Tue 11-24 is a
    # holiday (Due soon).
    interview(
        PRIYA,
        "Bengaluru Bytes",
        "Machine Learning Engineer",
        d(11, 18),
        "Video",
        "Mid",
        "Software",
        "IN",
        interviewer="Kavya Rao",
        thank_you_sent=d(11, 18),
        round=1,
        topic="feature store design",
    ),
    # Stated "in 2 weeks" (Mon 11-09): 1st check-in Tue 11-10; the thank-you never went out
    # and is skipped now that the check-in date has passed (1st check-in Overdue).
    interview(
        PRIYA,
        "Hope Foundation",
        "Program Analyst",
        d(10, 26),
        "Phone",
        "Entry",
        "Non-profit",
        "US",
        interviewer="Grace Lin",
        stated_decision="in 2 weeks",
        round=1,
    ),
    # University, senior: 1st check-in 12 bd later in December (Scheduled).
    interview(
        PRIYA,
        "Westbrook University",
        "Senior Research Analyst",
        d(11, 17),
        "Panel",
        "Principal",
        "University",
        "US",
        interviewer="Dr. Ken Adams; Dr. Mia Ford",
        thank_you_sent=d(11, 18),
        round=2,
        topic="survey methodology",
    ),
    # Everything sent, final follow-up Fri 11-13, a week ago: Waiting.
    interview(
        PRIYA,
        "CityCare Clinics",
        "Analytics Manager",
        d(9, 14),
        "Onsite",
        "Senior",
        "Healthcare",
        "US",
        thank_you_sent=d(9, 14),
        check_in_1_sent=d(9, 29),
        check_in_2_sent="yes",
        final_sent=d(11, 13),
    ),
    # Rejected: networking touch in January (Closed).
    interview(
        PRIYA,
        "Apex Insurance",
        "Data Analyst",
        d(10, 6),
        "Video",
        "Mid",
        "Insurance",
        "US",
        thank_you_sent=d(10, 6),
        last_reply=d(10, 20),
        outcome="Not selected",
    ),
    # Every send marked "yes" without a date: each counts as sent on its due date, so the
    # final went out in August and the row has long moved on (Moved on).
    interview(
        PRIYA,
        "Greenleaf Education",
        "Learning Analyst",
        d(7, 7),
        "Video",
        "Entry",
        "Education",
        "US",
        thank_you_sent="yes",
        check_in_1_sent="yes",
        check_in_2_sent="yes",
        final_sent="yes",
    ),
    # The interview cell is empty (Needs info).
    interview(
        PRIYA,
        "Mumbai Analytics",
        "Senior Analyst",
        None,
        "Video",
        "Senior",
        "Tech",
        "IN",
        interviewer="Rohan Iyer",
    ),
    # Stated "tomorrow" on Thu 11-19: 1 bd after Fri 11-20 is Mon 11-23, moved to Tue 11-24
    # (Due soon).
    interview(
        PRIYA,
        "Civic Data Lab",
        "Policy Data Analyst",
        d(11, 19),
        "Video",
        "Mid",
        "Government",
        "US",
        interviewer="Noah Brooks",
        stated_decision="tomorrow",
        thank_you_sent=d(11, 19),
        round=1,
    ),
    # Logistics is a standard industry, a lead is senior: 5+0+2 = 7 bd after Thu 11-12 is
    # Mon 11-23, moved to Tue 11-24 (Due soon).
    interview(
        PRIYA,
        "Lumen Logistics",
        "Analytics Lead",
        d(11, 12),
        "Onsite",
        "Lead",
        "Logistics",
        "US",
        thank_you_sent=d(11, 12),
        round=2,
    ),
    # Check-in 2 overdue after a non-profit interview that went quiet (Overdue).
    interview(
        PRIYA,
        "Open Books Nonprofit",
        "Data Coordinator",
        d(9, 30),
        "Video",
        "Mid",
        "Nonprofit",
        "US",
        thank_you_sent=d(9, 30),
        check_in_1_sent=d(10, 21),
    ),
    # An accepted offer elsewhere closes this one (Closed).
    interview(
        PRIYA,
        "Northwind Research",
        "Research Associate",
        d(8, 3),
        "Onsite",
        "Entry",
        "Research",
        "US",
        thank_you_sent=d(8, 3),
        outcome="Accepted",
    ),
    # --- Applications without an interview yet ---------------------------------------------
    # Tech is fast: 7 − 2 = 5 bd after Fri 11-13 is today (Due today).
    application(
        MAYA,
        "Lumen Labs",
        "Product Designer",
        d(11, 13),
        "Tech",
        "US",
        interviewer="Chris Park",
        interviewer_email="chris.park@lumenlabs.example",
        outcome="Applied",
    ),
    # The recruiter answered on Thu 11-12: something is in motion, nothing to chase (Waiting).
    application(
        JONAS,
        "Isar Energie",
        "Strategy Consultant",
        d(11, 5),
        "Energy",
        "DE-BY",
        last_reply=d(11, 12),
        outcome="Submitted",
    ),
    # Consulting is traditional: 9 bd after Mon 08-03 is Fri 08-14. Never checked in, so it
    # went quiet from Sat 10-10, 8 weeks on; no networking touch without an interview (Moved on).
    application(JONAS, "Bavaria Consult", "Analyst", d(8, 3), "Consulting", "DE-BY"),
    # 5 bd after Mon 11-16 is Mon 11-23; Tuesday is Guru Nanak Jayanti, so Wed 11-25
    # (Due soon).
    application(
        PRIYA,
        "Bengaluru Bytes",
        "Analytics Engineer",
        d(11, 16),
        "Software",
        "IN",
        outcome="Ongoing",
    ),
    # A posting saved for later: nothing to follow up, nothing to fix (Not applied).
    application(PRIYA, "Delhi Data Co", "Data Analyst", None, "", "IN", outcome="Wishlist"),
)


# --- writing ------------------------------------------------------------------------------------


def cell_value(row: dict, name: str) -> object:
    value = row.get(name)
    return "" if value is None else value


def write_xlsx(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    book.properties.creator = "Career coach"
    sheet.title = "Interviews"
    sheet.append(list(HEADERS))
    for row in ROWS:
        sheet.append([cell_value(row, name) for name in FIELD_ORDER] + [row.get("salary", "")])
    style_sheet(sheet)
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(reproducible_zip(buffer.getvalue()))


# openpyxl stamps the save time into the package; a fixed stamp keeps the committed file
# byte-identical across regenerations, so a diff means the data changed.
FIXED_STAMP = "2026-11-01T09:00:00Z"
ZIP_TIME = (2026, 11, 1, 9, 0, 0)


def reproducible_zip(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                    rb"\g<1>" + FIXED_STAMP.encode(),
                    content,
                )
            target.writestr(
                zipfile.ZipInfo(info.filename, date_time=ZIP_TIME),
                content,
                compress_type=zipfile.ZIP_DEFLATED,
            )
    return out.getvalue()


def style_sheet(sheet) -> None:
    """Header, widths, formats and filter the way a tidy person sets up a tracker."""
    last_row = len(ROWS) + 1
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for position, name in enumerate(FIELD_ORDER, start=1):
        letter = get_column_letter(position)
        sheet.column_dimensions[letter].width = WIDTHS.get(name, 14)
        if name in DATE_FIELDS:
            for (cell,) in sheet.iter_rows(
                min_row=2, max_row=last_row, min_col=position, max_col=position
            ):
                if isinstance(cell.value, datetime) and cell.value.time() != datetime.min.time():
                    cell.number_format = "yyyy-mm-dd hh:mm"
                elif isinstance(cell.value, date):
                    cell.number_format = "yyyy-mm-dd"
    interview_letter = get_column_letter(FIELD_ORDER.index("interview_at") + 1)
    days_position = len(HEADERS)
    for excel_row in range(2, last_row + 1):
        # Whole days since the interview, blank when the date is missing.
        cell = sheet.cell(row=excel_row, column=days_position)
        interview_cell = f"{interview_letter}{excel_row}"
        cell.value = f'=IF({interview_cell}="","",INT(TODAY()-{interview_cell}))'
        cell.number_format = "0"
    sheet.column_dimensions[get_column_letter(len(HEADERS) - 1)].width = 16
    sheet.column_dimensions[get_column_letter(days_position)].width = 11
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{last_row}"


def csv_text(value: object) -> str:
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def write_csv(path: Path) -> None:
    # A CSV holds no formulas, so the "Days since" column stays in the workbook only.
    # No byte-order mark: the sample is the CSV most trackers are, Excel's "CSV (Comma
    # delimited)" or a Google Sheets download of an English tracker, ASCII alone, so its run
    # shows what theirs get (the tool's own text in ASCII, "->" for "→", which Excel reads
    # the same in every code page) and its readers (pandas, csv) get no "\ufeff" before
    # "Client". The API's example prints the Why from memory, with "→", either way.
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HEADERS[:-1])
        for row in ROWS:
            writer.writerow(
                [csv_text(cell_value(row, name)) for name in FIELD_ORDER] + [row.get("salary", "")]
            )


# --- checking against the row-by-row reference -----------------------------------------------

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}


def resolve_timeline(text: str, interviewed: date) -> tuple[date | None, int | None]:
    """The phrases this sample uses, per DESIGN section 2: (decision date, within N bd)."""
    phrase = text.strip().casefold()
    weekday = re.fullmatch(r"(?:next |by )?(\w+day)", phrase)
    if weekday and weekday.group(1) in WEEKDAYS:
        ahead = (WEEKDAYS.index(weekday.group(1)) - interviewed.weekday() - 1) % 7 + 1
        return interviewed + timedelta(days=ahead), None
    if phrase == "tomorrow":
        return interviewed + timedelta(days=1), None
    if phrase in ("end of week", "this week"):
        return interviewed + timedelta(days=(4 - interviewed.weekday() - 1) % 7 + 1), None
    within = re.fullmatch(r"within (\w+) business days", phrase)
    if within:
        count = within.group(1)
        return None, int(count) if count.isdigit() else NUMBER_WORDS[count]
    span = re.fullmatch(r"in (\w+) (day|week)s?", phrase)
    if span:
        count = int(span.group(1)) if span.group(1).isdigit() else NUMBER_WORDS[span.group(1)]
        return interviewed + timedelta(days=count * (7 if span.group(2) == "week" else 1)), None
    raise ValueError(f"the sample checker does not read the timeline {text!r}")


def send_mark(value: object) -> tuple[date | None, bool]:
    if isinstance(value, date):
        return value, True
    return None, header_key(value or "") in YES_MARKS or str(value).strip() in YES_MARKS


def normalised_record(row: dict) -> dict:
    """The row as the normaliser should see it, for the reference schedule."""
    on = row.get("interview_at")
    interviewed = on.date() if isinstance(on, datetime) else on
    outcome = OUTCOMES[header_key(row.get("outcome") or "applied")]
    undated = interviewed is None and row.get("applied_at") is None
    record = {
        "client": row["client"],
        "company": row.get("company"),
        "position": row["position"],
        "interview_date": interviewed,
        "applied_date": row.get("applied_at"),
        "interview_type": INTERVIEW_TYPES[header_key(row.get("interview_type") or "other")],
        "seniority": SENIORITY[header_key(row.get("seniority") or "mid")],
        "industry": row["industry"],
        "outcome": outcome,
        "country": row["country"],
        "last_reply": row.get("last_reply"),
        "networking_sent": row.get("networking_sent"),
        "needs_info": not row.get("company") or (undated and outcome != "not applied"),
    }
    stated = row.get("stated_decision")
    if isinstance(stated, date):
        record["decision_date"] = stated
    elif stated and interviewed is not None:
        record["decision_date"], within = resolve_timeline(stated, interviewed)
        if within is not None:
            record["decision_within_bd"] = within
    for action in ("thank_you", "check_in_1", "check_in_2", "final", "application_check_in"):
        sent, done = send_mark(row.get(f"{action}_sent"))
        record[f"{action}_sent"], record[f"{action}_done"] = sent, done
    return record


def reference_schedule(as_of: date) -> pd.DataFrame:
    frame = frame_from_records([normalised_record(row) for row in ROWS])
    result = rowloop.schedule_rows(frame, as_of)
    return frame.join(result)


def print_check(as_of: date) -> None:
    table = reference_schedule(as_of)
    for excel_row, row in table.iterrows():
        due = "" if pd.isna(row.next_due) else f"{row.next_due:%a %Y-%m-%d}"
        print(
            f"{excel_row:>3} {row.client:12} {str(row.company):26} {row.status:11} "
            f"{row.next_action:20} {due}"
        )
    counts = table.status.value_counts()
    print("statuses:", ", ".join(f"{status} {count}" for status, count in counts.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="print the reference schedule of every row at the as-of date",
    )
    parser.add_argument("--as-of", type=date.fromisoformat, default=AS_OF)
    args = parser.parse_args(argv)
    write_xlsx(HERE / "tracker.xlsx")
    write_csv(HERE / "tracker.csv")
    print(f"wrote {HERE / 'tracker.xlsx'} and {HERE / 'tracker.csv'} ({len(ROWS)} rows)")
    if args.check:
        print_check(args.as_of)
    return 0


if __name__ == "__main__":
    sys.exit(main())
