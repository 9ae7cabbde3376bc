"""Trackers as job seekers keep them, written here (none copied), one per quirk of issue 14.

Their headers follow the public templates and exports they imitate: a pipeline log whose only
date is "date" (lower-case headers of a CSV kept by a script), a log with a Yes/No "Interview"
column, the common shared Google Sheets job-application template (title rows, "Job Role",
"Recruiter Name", "Recruiter Email"), a template with both DATE and INTERVIEW DATE, a wide
tracker with "Role name" and stage columns holding year-less dates, LinkedIn's "Job
Applications" export, Teal's CSV export, a Notion database export, Huntr's board export, a
2021 interview log, a stage tally and an application log without dates. Each builder writes
the file under the folder it is given and returns its path; ``xlsx`` builders and ``csv``
builders write the same rows, so every quirk is read both ways.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

import openpyxl

AS_OF = dt.date(2026, 11, 20)  # Friday before US Thanksgiving
Row = Sequence[object]


def _xlsx(path: Path, rows: Sequence[Row], title: str = "Applications") -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def _csv(path: Path, rows: Sequence[Row]) -> Path:
    def text(value: object) -> str:
        if isinstance(value, dt.datetime):
            return value.strftime("%Y-%m-%d %H:%M")
        if isinstance(value, dt.date):
            return value.isoformat()
        return "" if value is None else str(value)

    # Saved as Excel's "CSV UTF-8" (a byte-order mark): the tool's text in it is UTF-8 ("—"),
    # as in the workbook; a file of ASCII alone would get it in ASCII (ot96 F4).
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle).writerows([[text(v) for v in row] for row in rows])
    return path


def write(folder: Path, name: str, rows: Sequence[Row], kind: str) -> Path:
    """``rows`` as ``name``.xlsx or ``name``.csv in ``folder``."""
    path = folder / f"{name}.{kind}"
    return _xlsx(path, rows) if kind == "xlsx" else _csv(path, rows)


# --- the rows -------------------------------------------------------------------------------

D = dt.date

PIPELINE_LOG: list[Row] = [
    # A script's CSV: lower-case headers, "date" is the day the application went out.
    ["date", "company", "sector", "role", "channel", "status", "contact_person", "notes"],
    [D(2026, 10, 26), "Northwind", "Software", "Data Analyst", "LinkedIn", "applied", "", ""],
    [D(2026, 10, 28), "Fabrikam", "Retail", "BI Analyst", "Referral", "applied", "Ana Diaz", ""],
    [D(2026, 11, 2), "Contoso", "Insurance", "Claims Analyst", "Site", "submitted", "", ""],
    [D(2026, 11, 4), "Litware", "Software", "Analytics Engineer", "Site", "applied", "", ""],
    [D(2026, 11, 9), "Adatum", "Government", "Policy Analyst", "Site", "applied", "", ""],
    [D(2026, 11, 10), "Tailspin", "Media", "Data Journalist", "LinkedIn", "applied", "", ""],
    [D(2026, 11, 12), "Proseware", "Retail", "Analyst", "LinkedIn", "ongoing", "", ""],
    [D(2026, 11, 13), "Wingtip", "Gaming", "Data Scientist", "LinkedIn", "applied", "", ""],
    [D(2026, 11, 16), "Alpine Ski", "Hospitality", "Analyst", "Site", "applied", "", ""],
    [D(2026, 11, 17), "Blue Yonder", "Logistics", "Data Analyst", "Site", "applied", "", ""],
    [D(2026, 11, 18), "Coho Winery", "Retail", "Analyst", "Site", "applied", "", ""],
    [D(2026, 11, 19), "Relecloud", "Software", "Data Analyst", "Site", "applied", "", ""],
    [D(2026, 10, 5), "Woodgrove", "Banking", "Risk Analyst", "Site", "rejected", "", ""],
    [D(2026, 10, 20), "Humongous", "Insurance", "Actuarial Analyst", "Site", "Interview", "", ""],
    [None, "Trey Research", "Research", "Research Analyst", "", "draft", "", "cover letter"],
]

YES_NO_LOG: list[Row] = [
    ["Company", "Job Title", "Date Applied", "Interview", "Status", "Notes"],
    ["Northwind", "Data Analyst", D(2026, 10, 26), "No", "Applied", ""],
    ["Fabrikam", "BI Analyst", D(2026, 10, 28), "Yes", "Interviewing", "went well"],
    ["Contoso", "Claims Analyst", D(2026, 11, 2), "No", "Applied", ""],
    ["Litware", "Analytics Engineer", D(2026, 11, 4), "no", "", ""],
    ["Adatum", "Policy Analyst", D(2026, 11, 9), "Y", "", ""],
    ["Woodgrove", "Risk Analyst", D(2026, 10, 5), "No", "Rejected", ""],
]

GOOGLE_TEMPLATE: list[Row] = [
    ["JOB APPLICATION TRACKER"],
    [],
    [
        "Company Name",
        "Job Role",
        "Location",
        "Date Applied",
        "Application Status",
        "Recruiter Name",
        "Recruiter Email",
        "Interview Date",
        "Notes",
    ],
    [
        "Brightwave",
        "Product Manager",
        "Remote",
        D(2026, 10, 30),
        "Interviewing",
        "Dana Ortiz",
        "dana.ortiz@brightwave.example",
        dt.datetime(2026, 11, 16, 10, 0),
        "",
    ],
    [
        "Northwind",
        "Product Analyst",
        "Boston",
        D(2026, 11, 9),
        "Applied",
        "Sam Lee",
        "sam.lee@northwind.example",
        None,
        "",
    ],
    ["Contoso", "Product Owner", "NYC", D(2026, 11, 12), "Saved", "", "", None, "to tailor"],
]

DATE_AND_INTERVIEW_DATE: list[Row] = [
    ["DATE", "COMPANY", "POSITION", "STATUS", "INTERVIEW DATE", "NOTES"],
    [D(2026, 10, 20), "Brightwave", "Designer", "INTERVIEW", D(2026, 11, 16), ""],
    [D(2026, 11, 9), "Northwind", "UX Researcher", "APPLIED", None, ""],
]

WIDE_ROLE_NAME: list[Row] = [
    ["Company", "Role name", "Applied", "Phone Screen", "Onsite", "Final", "Outcome"],
    # "27-Oct" beside "10/29/2020": the same row says 2020 (the next row would say 2019).
    ["Acme", "Backend Engineer", "10/12/2020", "10/20/2020", "27-Oct", "10/29/2020", ""],
    ["Globex", "Platform Engineer", "9/2/2019", "9/20/2019", None, None, "Rejected"],
    ["Initech", "SRE", "10/1/2020", None, None, None, "Applied"],
]

LINKEDIN_EXPORT: list[Row] = [
    [
        "Application Date",
        "Contact Email",
        "Contact Phone Number",
        "Company Name",
        "Job Title",
        "Job Url",
        "Resume Name",
        "Question And Answers",
    ],
    [
        "11/12/26, 9:42 AM",
        "maya.chen@example.com",
        "+1 555 010 0199",
        "Northwind",
        "Data Analyst",
        "https://www.linkedin.com/jobs/view/1",
        "Maya Chen CV.pdf",
        "Years of SQL?:5",
    ],
    [
        "11/3/26, 4:10 PM",
        "maya.chen@example.com",
        "+1 555 010 0199",
        "Fabrikam",
        "BI Analyst",
        "https://www.linkedin.com/jobs/view/2",
        "Maya Chen CV.pdf",
        "",
    ],
]

TEAL_EXPORT: list[Row] = [
    [
        "Job Position",
        "Company",
        "Min. Salary",
        "Max. Salary",
        "Location",
        "Status",
        "Date Saved",
        "Deadline",
        "Date Applied",
        "Follow up",
        "Excitement",
    ],
    [
        "Data Analyst",
        "Northwind",
        "85000",
        "95000",
        "Remote",
        "Applied",
        "2026-11-01",
        "",
        "2026-11-09",
        "",
        "4",
    ],
    [
        "BI Analyst",
        "Fabrikam",
        "",
        "$120,000",
        "Boston",
        "Bookmarked",
        "2026-11-10",
        "2026-12-01",
        "",
        "",
        "3",
    ],
    ["Analyst", "Contoso", "", "", "NYC", "Applying", "2026-11-12", "", "", "", "2"],
    [
        "Data Scientist",
        "Wingtip",
        "",
        "",
        "Remote",
        "Negotiating",
        "2026-09-01",
        "",
        "2026-09-05",
        "",
        "5",
    ],
    ["Analyst", "Litware", "", "", "Remote", "I Withdrew", "2026-09-01", "", "2026-09-03", "", "1"],
    [
        "Analyst",
        "Adatum",
        "",
        "",
        "DC",
        "No Response",
        "2026-08-01",
        "",
        "2026-08-03",
        "followed up twice",
        "2",
    ],
    # Interviewing, with no interview date: Teal's export has no column for one.
    [
        "Product Analyst",
        "Tailspin",
        "70000",
        "90000.00",
        "Austin, TX",
        "Interviewing",
        "2026-10-20",
        "",
        "2026-10-22",
        "",
        "4",
    ],
]

NOTION_EXPORT: list[Row] = [
    ["Company", "Position", "Stage", "Applied", "Interview Scheduled", "Recruiter", "Link"],
    [
        "Brightwave",
        "Designer",
        "Phone Screen",
        "October 26, 2026",
        "November 16, 2026",
        "Dana Ortiz",
        "https://example.com/1",
    ],
    ["Northwind", "UX Researcher", "Applied", "November 9, 2026", "", "", "https://example.com/2"],
    ["Contoso", "Designer", "Wishlist", "", "", "", "https://example.com/3"],
]

# Huntr's CSV export of a board: camelCase headers, "-" for an empty value, the stage in
# listName (the board's lists: Wishlist, Applied, Interview, Offer, Rejected), no applied date.
HUNTR_EXPORT: list[Row] = [
    [
        "id", "createdAt", "title", "salary", "location", "url", "deadline", "lastMovedAt",
        "boardId", "boardName", "listId", "listName", "companyId", "companyName",
        "companyDomain",
    ],
    [
        "a1", "2026-10-26 09:12:40", "Data Analyst", "-", "Remote", "-", "-", "-", "b1",
        "Job Search 2026", "l2", "Applied", "c1", "Northwind", "northwind.example",
    ],
    [
        "a2", "2026-11-16 18:03:11", "BI Analyst", "-", "Boston", "-", "-", "-", "b1",
        "Job Search 2026", "l1", "wishlist", "c2", "Fabrikam", "fabrikam.example",
    ],
    [
        "a3", "2026-10-05 11:45:00", "Risk Analyst", "90000", "-", "-", "-",
        "2026-10-30 08:00:00", "b1", "Job Search 2026", "l5", "rejected", "c3", "Woodgrove",
        "woodgrove.example",
    ],
    [
        "a4", "2026-11-12 10:00:00", "Analyst", "-", "NYC", "-", "2026-12-01 05:00:00", "-",
        "b1", "Job Search 2026", "l2", "applied", "c4", "Contoso", "contoso.example",
    ],
]  # fmt: skip

OLD_INTERVIEWS: list[Row] = [
    ["Company", "Position", "Interview Date", "Thank-you Sent", "Outcome"],
    ["Acme", "Analyst", D(2021, 3, 2), D(2021, 3, 2), "Pending"],
    ["Globex", "Engineer", D(2021, 4, 14), "yes", ""],
    ["Initech", "Developer", D(2021, 5, 3), None, "Rejected"],
]

STAGE_TALLY: list[Row] = [["Stage", "Count"], ["Applied", 14], ["Interview", 3], ["Offer", 1]]

WITHOUT_DATES: list[Row] = [
    ["Company", "Role", "Status", "Link"],
    ["Northwind", "Data Analyst", "Applied", "https://example.com/1"],
    ["Fabrikam", "BI Analyst", "Rejected", "https://example.com/2"],
]

# A job-hunt log whose company column is "Name" (a Sankey-diagram project's data file).
NAMED_LOG: list[Row] = [
    ["Name", "Application URL", "Date", "Stage", "Stage History"],
    ["Amazon", "https://www.amazon.jobs/en/", "2024-11-05", "Rejected", "[{'stage': 'Applied'}]"],
    ["Meta SDE 1", "https://www.metacareers.com/", "2024-11-05", "Ghosted", "[]"],
]

TRACKERS: dict[str, list[Row]] = {
    "pipeline_log": PIPELINE_LOG,
    "yes_no_log": YES_NO_LOG,
    "google_template": GOOGLE_TEMPLATE,
    "date_and_interview_date": DATE_AND_INTERVIEW_DATE,
    "wide_role_name": WIDE_ROLE_NAME,
    "linkedin_job_applications": LINKEDIN_EXPORT,
    "teal_export": TEAL_EXPORT,
    "notion_export": NOTION_EXPORT,
    "huntr_export": HUNTR_EXPORT,
    "old_interviews": OLD_INTERVIEWS,
    "stage_tally": STAGE_TALLY,
    "without_dates": WITHOUT_DATES,
    "named_log": NAMED_LOG,
}


def builder(name: str, kind: str) -> Callable[[Path], Path]:
    """A function writing tracker ``name`` as ``kind`` (xlsx or csv) into a folder."""
    return lambda folder: write(folder, name, TRACKERS[name], kind)
