"""The tracker's fields and the headers that name them (DESIGN section 2).

Header detection (``headers``) matches a user's header cells against this table: every field
has a canonical header (what ``init`` writes and the docs use) and synonyms, compared without
case, spaces or punctuation (``header_keys.header_key``) through the index built from it
(``header_index``).

Synonyms come from the trackers people keep: shared Google Sheets and Excel job-application
templates, LinkedIn's "Job Applications" export, Teal, Huntr and Notion exports. A synonym
listed in ``generic`` is vague ("Role", "Email"): any other header of the same field in its
language beats it wherever the two stand. Headers in other languages (``other_languages``:
"Stelle", "Cargo") rank below every English one of the field, generic ones included, so an
English tracker with a "Cargo" column beside its "Role" reads as it did before they were known.
A header that says only "Date" is either date of a row (``AMBIGUOUS_DATE_HEADERS``); header
detection and the normalise stage decide which. The columns of messages sent are also read
under headers made from what was sent and the words that say sent or when
(``sent_headers``), a filled column that only looks like one is said, not passed over
(``lookalike_headers``), and wide trackers name a stage per date column instead of one
Interview Date column (``stage_headers``).

The table lives here, beside the header detection that is its main reader; the values a field
takes (interview types, outcomes, yes-marks, ...) are the normalise stage's vocabularies.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    name: str
    header: str  # canonical header, what `init` writes and the docs use
    required: bool
    synonyms: tuple[str, ...]
    meaning: str
    # Vague synonyms, beaten by any other header of the field in the same language.
    generic: tuple[str, ...] = ()
    # Headers in German, French, Spanish, Portuguese, Dutch, Italian, Polish, Swedish and
    # Turkish, and
    # the required and common ones in Japanese, Chinese (simplified and traditional) and
    # Korean. Any English header of the field beats them, so an English tracker reads as it
    # did before they were known.
    other_languages: tuple[str, ...] = ()
    # What ``init``'s note on the header tells the person filling it in, where ``meaning`` (the
    # README's field table) says more than they need (ot135 F4: "a column of yes/no marks here
    # reads as Interviewed" invited a yes in a date column; "file stem").
    tip: str = ""


# The topic's headers that as often head one's own notes ("backup option", "salary 120k") as
# what was discussed: drafts never quote them unless the user maps them to the topic
# (``normalise.topics``). Topic, Topics and Talking Points are quoted as they are.
NOTES_HEADERS: tuple[str, ...] = (
    *("Notes", "Notizen", "Notas", "Notities"),
    *("Uwagi", "Notatki", "Anteckningar", "Noteringar"),  # Polish, Swedish
    "Notlar",  # Turkish
    *("Catatan", "Ghi chú", "หมายเหตุ"),  # Indonesian and Malay, Vietnamese, Thai
)

# "Feedback" alone, as trackers head when the employer would say (Dutch, German, French,
# Portuguese, Italian, Swedish, Turkish): vague, it heads what they said as often.
FEEDBACK_HEADERS: tuple[str, ...] = (
    *("Terugkoppeling", "Rückmeldung", "Retour", "Retorno", "Riscontro", "Återkoppling"),
    "Geri Dönüş",
)

# "Decision" alone in Dutch, German, Italian and Portuguese (French "Décision" and Spanish
# "Decisión" are the English "Decision" once without accents): when they decide as often as
# what they decided.
DECISION_HEADERS: tuple[str, ...] = ("Beslissing", "Entscheidung", "Decisione", "Decisão")

# "Email" in Japanese, Chinese and Korean: as vague as the English one (whose address?).
_EMAIL_HEADERS_CJK = ("メール", "メールアドレス", "邮箱", "电子邮件", "電子郵件", "이메일")

FIELDS: tuple[Field, ...] = (
    Field(
        "company",
        "Company",
        True,
        (
            "Employer",
            "Organization",
            "Organisation",
            "Firm",
            "Company Name",
            "Co",
            "Employer Name",
            "Organization Name",
            "Organisation Name",
            "Company/Organization",
            "Company/Organisation",
        ),
        "employer",
        other_languages=(
            "Firma",
            "Unternehmen",
            "Arbeitgeber",
            "Entreprise",
            "Société",
            "Employeur",
            "Empresa",
            "Compañía",
            "Bedrijf",
            "Werkgever",
            "Azienda",
            *("Pracodawca", "Nazwa firmy", "Przedsiębiorstwo"),  # Polish ("Firma" above)
            *("Företag", "Företagsnamn", "Arbetsgivare", "Bolag"),  # Swedish
            *("Įmonė", "Uzņēmums", "Ettevõte"),  # Lithuanian, Latvian, Estonian
            *("Şirket", "Şirket Adı", "Kurum"),  # Turkish ("Firma" above)
            *("会社", "会社名", "企業", "企業名", "応募企業"),  # Japanese
            *("公司", "公司名", "公司名称", "公司名稱", "企业", "企业名称"),  # Chinese
            *("회사", "회사명", "기업", "기업명"),  # Korean
            *("Perusahaan", "Nama Perusahaan", "Syarikat", "Nama Syarikat"),  # Indonesian, Malay
            *("Công ty", "Tên công ty", "Doanh nghiệp", "บริษัท", "ชื่อบริษัท"),  # Vietnamese, Thai
        ),
    ),
    Field(
        "position",
        "Position",
        True,
        (
            "Role",
            "Job Title",
            "Title",
            "Position Title",
            "Job",
            "Job Role",
            "Role Name",
            "Role Title",
            "Role/Title",
            "Job Position",
            "Role Applied For",
            "Position Applied",
            "Position Applied For",
            "Job Applied For",
            "Position/Role",
            "Role/Position",
            "Position Name",
            "Title of Position",
            "Job Name",
        ),
        "role title",
        generic=("Role", "Title", "Job"),
        other_languages=(
            "Stelle",
            "Stellenbezeichnung",
            "Jobtitel",
            "Poste",
            "Intitulé du poste",
            "Titre du poste",
            "Puesto",
            "Cargo",
            "Vaga",
            "Título",  # Portuguese, Spanish: a posting's title (ot145 F7)
            "Functie",
            "Functietitel",
            "Vacature",
            "Posizione",
            "Ruolo",
            *("Stanowisko", "Nazwa stanowiska", "Stanowisko pracy"),  # Polish
            *("Tjänst", "Befattning", "Roll", "Jobbtitel", "Tjänstetitel"),  # Swedish
            *("Pareigos", "Amats", "Ametikoht"),  # Lithuanian, Latvian, Estonian
            *("Pozisyon", "Pozisyon Adı", "Unvan", "Başvurulan Pozisyon"),  # Turkish
            *("職種", "ポジション", "職位", "応募職種", "募集職種"),  # Japanese
            *("岗位", "职位", "应聘岗位", "应聘职位", "應徵職位"),  # Chinese ("職位" above)
            *("직무", "포지션", "지원 직무", "직책"),  # Korean
            *("Posisi", "Jabatan", "Jawatan"),  # Indonesian, Malay
            *("Vị trí", "Vị trí ứng tuyển", "Chức danh", "ตำแหน่ง", "ตำแหน่งงาน"),  # Vietnamese, Thai
        ),
    ),
    Field(
        "interview_at",
        "Interview Date",
        True,
        (
            "Interview",
            "Interviewed On",
            "Interview Date/Time",
            "Interview Time",
            "Date of Interview",
            "Interview Scheduled",
            "Interview On",
            "Date Interviewed",
            "Interview Date(s)",
            "Next Interview",
            "Next Interview Date",
            "Upcoming Interview",
        ),
        "date or date-time of the interview; a column of yes/no marks here reads as Interviewed",
        tip="date or date-time of the interview (2026-12-03 14:00)",
        # An upcoming interview's column is the field only when no other column is.
        generic=(
            "Interview",
            "Next Interview",
            "Next Interview Date",
            "Upcoming Interview",
            "Vorstellungsgespräch",
            "Entretien",
            "Entrevista",
            "Sollicitatiegesprek",
            "Colloquio",
            "Rozmowa kwalifikacyjna",
            "Rozmowa",
            "Intervju",
            *("Görüşme", "Mülakat"),
        ),
        other_languages=(
            "Vorstellungsgespräch",
            "Vorstellungsgespräch am",
            "Datum des Vorstellungsgesprächs",
            "Datum Vorstellungsgespräch",
            "Gesprächstermin",
            "Interviewdatum",
            # ot92 F2: the commonest German header of the interview's date.
            *("Gesprächsdatum", "Datum Gespräch", "Datum des Gesprächs", "Gespräch am"),
            "Entretien",
            "Date d'entretien",
            "Date entretien",
            "Date de l'entretien",
            "Entrevista",
            "Fecha de entrevista",
            "Fecha entrevista",
            "Fecha de la entrevista",
            "Data da entrevista",
            "Data de entrevista",
            "Data entrevista",
            "Sollicitatiegesprek",
            "Datum sollicitatiegesprek",
            "Datum gesprek",
            "Datum interview",
            "Colloquio",
            "Data colloquio",
            "Data del colloquio",
            *("Data rozmowy", "Data rozmowy kwalifikacyjnej", "Termin rozmowy"),  # Polish
            *("Rozmowa kwalifikacyjna", "Rozmowa"),
            *("Intervjudatum", "Datum för intervju", "Intervjudag", "Intervju"),  # Swedish
            *("Pokalbio data", "Intervijas datums", "Intervjuu kuupäev"),  # LT, LV, ET
            *("Görüşme Tarihi", "Mülakat Tarihi", "Görüşme", "Mülakat"),  # Turkish
            *("面接日", "面接日時", "面接日程"),  # Japanese
            *("面试日期", "面试时间", "面試日期", "面試時間"),  # Chinese
            *("면접일", "면접 일자", "면접 일시", "면접 날짜"),  # Korean
            *("Tanggal Wawancara", "Tanggal Interview", "Jadwal Wawancara"),  # Indonesian
            *("Tarikh Temuduga", "Tarikh Temu Duga"),  # Malay
            *("Ngày phỏng vấn", "Thời gian phỏng vấn"),  # Vietnamese
            *("วันที่สัมภาษณ์", "วันสัมภาษณ์"),  # Thai
        ),
    ),
    Field(
        "interviewed",
        "Interviewed",
        False,
        ("Interviewed?", "Had Interview", "Got Interview"),
        "yes/no: there was an interview (a yes without an interview date needs the date); "
        "with no other date column, one holding dates is the Interview Date",
    ),
    Field(
        "offered",
        "Offer Date",
        False,
        ("Offer Received", "Offer Received Date", "Date Offered", "Offered On"),
        "a date or a yes-mark: an offer came, so an open row's outcome is offer (Huntr's export)",
    ),
    Field(
        "client",
        "Client",
        False,
        # A coach's or a career service's person ("Mentee", "Student"): ot97 F6.
        ("Candidate", "Name", "Job Seeker", "Mentee", "Mentee Name", "Student", "Student Name"),
        "the job seeker; defaults to sheet name / file stem / config",
        tip="whose job search the row is, who signs its drafts; empty: the file's name when it "
        'is a person\'s ("Maya Chen.xlsx"), or [sender] name in the config',
        # A coach's sheet in the client's language (ot146 F3: "Cliente" and "Kandidat" were
        # left alone, and the drafts went unsigned).
        other_languages=(
            *("Cliente", "Candidato", "Candidata"),  # Spanish, Portuguese, Italian
            "Candidat",  # French ("Candidate" is English too)
            *("Klient", "Klientin", "Kandidat", "Kandidatin"),  # German
            "Kandidaat",  # Dutch ("Cliënt" is the English "Client" as a header's key)
        ),
    ),
    Field(
        "interviewer",
        "Interviewer",
        False,
        (
            "Interviewers",
            "Contact",
            "Contact Name",
            "Contact Person",
            "Hiring Manager",
            "Recruiter",
            "Recruiter Name",
            "Hiring Manager Name",
            "Point of Contact",
            "Spoke With",
            "Spoke To",
            "Talked To",
            "Met With",
            "Interviewed With",
            "Interviewed By",
            # "w/" is "with" as people shorten it in a narrow column.
            "Interview With",
            "Interview w/",
            "Interviewed w/",
            "Interviewer Name",
            "Interviewer Names",
            "Interviewer(s)",
            "Met w/",
            "Spoke w/",
            "Talked w/",
            "Recruiter Contact",
            "HR Contact",
            "Hiring Contact",
            # Huntr's export: "Dana Ortiz (dana@initech.com)", read while it holds names.
            "Contacts",
        ),
        "one or more names (; , & and newline; 、，；・ in Chinese and Japanese; ، ؛ in Arabic)",
        generic=(
            *("Contact", "Contacts", "Contacto", "Contato", "Contatto", "Kontakt"),
            *("担当者", "联系人", "聯絡人", "담당자"),
        ),
        other_languages=(
            "Ansprechpartner",
            "Ansprechperson",
            "Gesprächspartner",
            "Interlocuteur",
            "Recruteur",
            "Entrevistador",
            "Reclutador",
            "Recrutador",
            "Contacto",
            "Contato",
            "Contactpersoon",
            "Intervistatore",
            "Selezionatore",
            "Referente",
            "Contatto",
            *("Osoba kontaktowa", "Rekruter", "Rekruterka", "Osoba rekrutująca"),  # Polish
            *("Kontaktperson", "Rekryterare", "Intervjuare", "Kontakt"),  # Swedish, Polish
            *("Kontaktinis asmuo", "Kontaktpersona", "Kontaktisik"),  # LT, LV, ET
            *("Görüşmeci", "Mülakatçı", "İlgili Kişi", "İK Yetkilisi"),  # Turkish
            *("面接官", "担当者", "採用担当者"),  # Japanese
            *("面试官", "面試官", "联系人", "聯絡人"),  # Chinese
            *("면접관", "담당자"),  # Korean
            *("Pewawancara", "Penemuduga", "Người phỏng vấn", "ผู้สัมภาษณ์"),  # id, ms, vi, th
        ),
    ),
    Field(
        "interviewer_email",
        "Interviewer Email",
        False,
        (
            "Email",
            "Contact Email",
            # Airtable's lookup of the linked Contacts' addresses, beside "Contacts" (ot136 F8).
            "Contact Emails",
            "Interviewer Emails",
            "E-mail",
            "Recruiter Email",
            "Hiring Manager Email",
            "Contact Person Email",
            "Rec. Email",
            "Recruiter's Email",
            "Interviewer's Email",
            "HR Email",
            "Email Address",
            "Contact Email Address",
            "Interviewer Email Address",
            "Recruiter Email Address",
        ),
        "address(es), same order as names (or naming them), separated as the names are",
        generic=(
            "Email",
            "E-mail",
            "Contact Email",
            "Contact Emails",
            "Email Address",
            "Contact Email Address",
            "Courriel",
            "Correo",
            "Correo electrónico",
            "E-Mail-Adresse",
            "E-mailadres",
            *("Adres e-mail", "E-post", "E-postadress", "Mejl"),  # Polish, Swedish
            *("E-posta", "E-posta Adresi"),  # Turkish
            *_EMAIL_HEADERS_CJK,
        ),
        other_languages=(
            "Courriel",
            "Correo",
            "Correo electrónico",
            "E-Mail-Adresse",
            "E-mailadres",
            *("Adres e-mail", "E-post", "E-postadress", "Mejl"),  # Polish, Swedish
            *("E-posta", "E-posta Adresi"),  # Turkish
            *_EMAIL_HEADERS_CJK,
        ),
    ),
    Field(
        "interview_type",
        "Interview Type",
        False,
        ("Type", "Format", "Interview Format", "Labels"),
        "phone, video, onsite, panel, final, chat, other",
        # German "Art" and "Typ" and Spanish, Portuguese and Italian "Tipo" alone are any kind
        # of anything (a Brazilian tracker's "Tipo" is as often CLT or PJ, the contract): the
        # whole header is vague, read as this field only while its cells are interview types
        # (``normalise.roles``; ot115 F10: "Typ" was left alone, a phone screen's thank-you not
        # same-day). So is a Trello card's "Labels" ("Phone Screen (green)"), which as often
        # tags anything else (ot113 F6: a phone screen's thank-you was not same-day).
        generic=("Art", "Typ", "Tipo", "Labels"),
        other_languages=(
            "Art",
            "Typ",
            "Tipo",
            "Art des Gesprächs",
            "Gesprächsart",
            "Art des Vorstellungsgesprächs",
            "Type d'entretien",
            "Tipo de entrevista",
            "Tipo di colloquio",
            "Soort gesprek",
            *("Rodzaj rozmowy", "Typ rozmowy", "Forma rozmowy"),  # Polish
            *("Typ av intervju", "Intervjutyp", "Intervjuform"),  # Swedish
            *("Görüşme Türü", "Mülakat Türü"),  # Turkish
            *("面接形式", "面接方法"),  # Japanese
            *("面试形式", "面试类型", "面試形式", "面試類型"),  # Chinese
            *("면접 유형", "면접 방식", "면접 형태"),  # Korean
            *("Jenis Wawancara", "Metode Wawancara", "Jenis Temuduga"),  # Indonesian, Malay
            *("Hình thức phỏng vấn", "Loại phỏng vấn"),  # Vietnamese
            *("รูปแบบการสัมภาษณ์", "ประเภทการสัมภาษณ์"),  # Thai
        ),
    ),
    Field(
        "round",
        "Round",
        False,
        ("Interview Round",),
        "integer >= 1 (also Round 2, 2nd, second, 2. Runde, Zweite Runde, 2e tour, deuxième "
        "tour, 2e entretien, segunda ronda, 2ª fase, secondo colloquio, tweede ronde, 2. runda, "
        "druga runda, andra omgången, 2nd interview, andra intervjun, 2. tur, ikinci mülakat, "
        "二面, 1次面接, 第2轮, 1차 면접), or Final (the last round; also Last, Finale, Letzte "
        "Runde, Finał, Sista omgången, Son tur, 终面, 最終面接, 최종 면접)",
        # In the languages whose round words a Round cell is read in ("2. Runde", "Tour 2",
        # "2ª ronda", "Ronde 2", "2. runda", "andra omgången", "二面", "1次面接", "1차 면접").
        # Not "Etapa", "Etap" or "Fase", a stage (the Outcome's), nor Japanese "選考段階" (the
        # selection's stage, "書類選考" as often as a round).
        other_languages=(
            *("Runde", "Gesprächsrunde", "Interviewrunde"),  # German
            *("Tour", "Tour d'entretien"),  # French
            *("Ronda", "Ronda de entrevistas"),  # Spanish
            *("Rodada", "Rodada de entrevista"),  # Portuguese
            *("Ronde", "Gespreksronde", "Sollicitatieronde"),  # Dutch
            *("Runda", "Runda rozmów", "Tura", "Tura rozmów"),  # Polish
            *("Omgång", "Intervjuomgång"),  # Swedish
            # Turkish, vague: the Round only while its cells are rounds (normalise.roles).
            # "Aşama" (stage) as often heads how far the application got ("Başvuru", "Teklif"),
            # and "Tur" is the key of "Tür" (kind: "Telefon", "Video") too. Not "Mülakat turu"
            # (round), whose key is the interview type's "Mülakat Türü".
            *("Tur", "Aşama", "Mülakat aşaması", "Mülakat aşamasi"),
            *("ラウンド", "面接回数", "面试轮次", "轮次", "輪次"),  # Japanese, Chinese
            *("라운드", "면접 차수", "차수"),  # Korean
        ),
        generic=("Tur", "Aşama", "Mülakat aşaması", "Mülakat aşamasi"),
    ),
    Field(
        "seniority",
        "Seniority",
        False,
        ("Level", "Seniority Level"),
        "entry, mid, senior, executive",
        # "Niveau" (French, Dutch), "Nivel" (Spanish; Portuguese "Nível" alike) and "Livello"
        # head a language's or a school's level as often ("B2", "Bac+5"): read while most of
        # its cells are seniorities (normalise.roles).
        generic=("Niveau", "Nivel", "Livello"),
        other_languages=(
            *("Ebene", "Karrierestufe", "Senioridade", "Nível de senioridade"),
            *("Niveau", "Nivel", "Livello", "Séniorité", "Seniorità", "Senioriteit"),
            "Seniorität",  # German (ot146 F7: left alone)
            *("Niveau d'expérience", "Nivel de experiencia", "Livello di esperienza"),
            *("Poziom", "Poziom stanowiska", "Nivå", "Senioritet", "Erfarenhetsnivå"),  # PL, SV
            *("レベル", "職級", "级别", "級別", "职级", "직급"),  # Japanese, Chinese, Korean
        ),
    ),
    Field(
        "industry",
        "Industry",
        False,
        ("Sector",),  # also Spanish and Dutch
        "free text, mapped to a speed class",
        # "Branche" is German, French and Dutch for it.
        other_languages=(
            *("Branche", "Secteur", "Secteur d'activité", "Settore", "Setor"),
            *("Industria", "Indústria"),  # Spanish, Italian; Portuguese
            *("Branża", "Bransch"),  # Polish, Swedish
            "Sektör",  # Turkish
            *("業界", "業種"),  # Japanese
            *("行业", "行業"),  # Chinese
            *("산업", "업종", "업계"),  # Korean
            *("Industri", "Bidang Industri", "Ngành", "Ngành nghề", "Lĩnh vực"),  # id/ms, vi
            "อุตสาหกรรม",  # Thai
        ),
    ),
    Field(
        "stated_decision",
        "Decision Date",
        False,
        (
            *("They Said", "Expected Response", "Timeline", "Decision", "Expected Decision"),
            *("Decision By", "Decision Date By", "Decide By", "Decision Expected"),
            *("Expected Decision Date", "Hear Back By", "Response By"),
            # When feedback is due, as African and Indian trackers head it (ot75 F8: "Left
            # alone").
            *("Feedback Timeline", "Feedback Expected", "Expected Feedback", "Feedback By"),
            "Decision Timeline",
        ),
        "a date, or a phrase relative to the interview",
        # Portuguese "Prazo" alone is any deadline (one to apply by, too): any other header of
        # the field beats it. "Feedback" alone in a language heads what they said as often as
        # when they would say it: read only while its cells are dates and timeline phrases
        # (normalise.roles; ot79 F4: a Dutch "Terugkoppeling" of "na Pasen" was left alone).
        # "Decision" alone in Dutch, German, Italian and Portuguese ("Beslissing",
        # "Entscheidung") is as often the outcome ("afgewezen", "Absage"): read only while its
        # cells are dates and timeline phrases, as "Feedback" is (ot92 F1: an "Entscheidung"
        # of "nach Ostern" was left alone). So is the English "Decision", and with it the
        # French "Décision" and Spanish "Decisión" (the same header once without accents): a
        # column of "Rejected", "Refusé", "Rechazado" was read as the Decision Date, each
        # cell "not a date" (fx169).
        generic=("Prazo", "Decision", *DECISION_HEADERS, *FEEDBACK_HEADERS),
        other_languages=(
            *("Entscheidung bis", "Rückmeldung bis", "Entscheidung erwartet"),  # German
            *("Rückmeldung erwartet", "Entscheidungsdatum", "Feedback bis"),
            "Zusage/Absage bis",
            *("Décision attendue", "Date de décision", "Réponse attendue", "Retour attendu"),
            *("Fecha de decisión", "Decisión esperada", "Respuesta esperada"),  # Spanish
            *("Plazo de respuesta", "Plazo de decisión", "Respuesta prevista"),
            *("Fecha prevista de respuesta", "Fecha estimada de respuesta"),
            *("Prazo de Resposta", "Prazo", "Data de Decisão", "Data da decisão"),  # Portuguese
            *("Retorno Previsto", "Previsão de Retorno", "Retorno esperado"),
            *("Prazo de retorno", "Prazo para retorno", "Prazo de feedback"),
            *("Previsão de resposta", "Previsão de feedback"),
            *("Beslissing verwacht", "Datum beslissing", "Reactie verwacht"),  # Dutch
            "Terugkoppeling verwacht",
            *("Data decisione", "Data della decisione", "Risposta attesa"),  # Italian
            *("Termin decyzji", "Decyzja do", "Data decyzji", "Odpowiedź do"),  # Polish
            "Oczekiwana odpowiedź",
            *("Beslut senast", "Besked senast", "Beslutsdatum", "Svar senast"),  # Swedish
            *("Besked väntas", "Återkoppling senast"),
            *("Karar Tarihi", "Geri Dönüş Tarihi", "Beklenen Geri Dönüş"),  # Turkish
            *DECISION_HEADERS,
            *FEEDBACK_HEADERS,
            *("結果連絡予定日", "合否連絡予定日"),  # Japanese
            *("预计反馈时间", "预计反馈日期", "預計回覆時間"),  # Chinese
            *("결과 발표일", "결과 발표 예정일"),  # Korean
            *("Tanggal Pengumuman", "Ngày có kết quả", "วันประกาศผล"),  # id, vi, th
        ),
    ),
    Field(
        "thank_you_sent",
        "Thank-you Sent",
        False,
        (
            "Thank You",
            "TY Sent",
            "Thank You Sent",
            "Thank You Note Sent",
            "Sent Thank You Note",
            "Thank You Email Sent",
        ),
        "a date, or a yes-mark when the date is unknown",
        other_languages=(
            "Dankesschreiben",
            "Dankesschreiben gesendet",
            "Remerciement",
            "Remerciement envoyé",
            "Remerciements envoyés",
            "Agradecimiento",
            "Agradecimiento enviado",
            "Agradecimento",
            "Agradecimento enviado",
            "Bedankmail",
            "Bedankmail verstuurd",
            "Ringraziamento",
            "Ringraziamento inviato",
            *("Podziękowanie", "Podziękowanie wysłane"),  # Polish
            *("Tackmejl", "Tackmejl skickat"),  # Swedish
            *("Teşekkür", "Teşekkür gönderildi", "Teşekkür e-postası"),  # Turkish
        ),
    ),
    Field(
        "check_in_1_sent",
        "Check-in 1 Sent",
        False,
        (
            "Follow-up 1",
            "First Follow-up",
            "1st Follow-up",
            "Follow-up 1 Sent",
            "1st Check-in Sent",
            "First Check-in",
        ),
        "a date or a yes-mark",
    ),
    Field(
        "check_in_2_sent",
        "Check-in 2 Sent",
        False,
        (
            "Follow-up 2",
            "Second Follow-up",
            "2nd Follow-up",
            "Follow-up 2 Sent",
            "2nd Check-in Sent",
            "Second Check-in",
        ),
        "a date or a yes-mark",
    ),
    Field(
        "final_sent",
        "Final Follow-up Sent",
        False,
        ("Final Sent", "Final Follow-up", "Closing Follow-up"),
        "a date or a yes-mark",
    ),
    Field(
        "networking_sent",
        "Networking Sent",
        False,
        ("Last Networking", "Networking"),
        "date of the last networking touch",
    ),
    Field(
        "last_reply",
        "Last Reply",
        False,
        ("Heard Back", "Last Response", "Reply Date", "Response Date", "Last Contact"),
        "last date the employer replied",
    ),
    Field(
        "applied_at",
        "Date Applied",
        False,
        (
            "Applied",
            "Application Date",
            "Applied On",
            "Applied Date",
            "Date of Application",
            "Date Submitted",
            "Submitted On",
            "App Date",
            "Date Applied On",
            "Application Sent",
            "Application Submitted",
            "Application Sent On",
        ),
        "date the application was sent; a column of yes/no marks here reads as Has Applied",
        tip="date you sent the application (2026-11-02)",
        generic=("Applied",),
        other_languages=(
            "Bewerbungsdatum",
            "Beworben am",
            "Datum der Bewerbung",
            "Date de candidature",
            "Fecha de solicitud",
            "Fecha de postulación",
            "Fecha de aplicación",
            "Data de candidatura",
            *("Data da Aplicação", "Data de Aplicação"),  # Brazil's (ot145 F7)
            "Data da candidatura",
            "Sollicitatiedatum",
            "Başvuru Tarihi",  # Turkish
            "Datum sollicitatie",
            "Gesolliciteerd op",
            "Data candidatura",
            "Data di candidatura",
            *("Data aplikacji", "Data zgłoszenia", "Data wysłania CV", "Aplikowano"),  # Polish
            *("Ansökningsdatum", "Ansökt", "Datum för ansökan", "Ansökan skickad"),  # Swedish
            *("応募日", "エントリー日"),  # Japanese
            *("申请日期", "投递日期", "申請日期", "投递时间", "投遞時間"),  # Chinese
            *("지원일", "지원 일자", "지원 날짜"),  # Korean
            *("Tanggal Melamar", "Tanggal Lamaran", "Tarikh Permohonan"),  # Indonesian, Malay
            *("Ngày ứng tuyển", "Ngày nộp hồ sơ", "วันที่สมัคร"),  # Vietnamese, Thai
        ),
    ),
    Field(
        "applied",
        "Has Applied",
        False,
        ("Applied Yet", "Applied (Y/N)"),
        "yes/no: the application was sent (a no is a posting not applied to yet, a yes "
        "without a date applied needs the date); an Applied column of yes/no marks reads as it",
    ),
    # Teal's export: when the posting was saved to the tracker, before any application (its
    # Date Applied is the day it went). Not a date to follow up from: a row that has it and no
    # applied or interview date, and no stage, is a saved posting, not an application that
    # lost its date.
    Field(
        "saved_at",
        "Date Saved",
        False,
        ("Saved On", "Saved Date", "Date Bookmarked", "Bookmarked On"),
        "date the posting was saved, before applying (Teal's export): a row with no stage, no "
        "applied and no interview date is then not applied yet, not missing its date",
        tip="date you saved the posting, before applying: a row with only this date is not "
        "applied yet",
    ),
    Field(
        "application_check_in_sent",
        "Application Check-in Sent",
        False,
        (
            "Followed Up",
            "Application Follow-up",
            "Application Follow-up Sent",
            # An Airtable checkbox (exported as "checked") and Teal's date. Vague: which
            # follow-up? So any other header of the field, and "Follow-up 1", say more.
            "Follow-up Sent",
            "Follow Up",
        ),
        "a date or a yes-mark; on a row with an interview, a date after it is the follow-up "
        "that was due that day (under a bare Follow Up: neither sent nor planned, in Problems); "
        "under a bare Follow Up (Teal's), a date after the run's is the day you plan to follow "
        "up, not read as sent (under Followed Up or Follow-up Sent it is a date to fix)",
        generic=("Follow-up Sent", "Follow Up"),
    ),
    Field(
        "outcome",
        "Outcome",
        False,
        (
            "Result",
            "Status",
            "Application Status",
            "Stage",
            "Application Stage",
            "Current Status",
            # Huntr's board export: "listName", the board column the job is in (Wishlist,
            # Applied, Interview, Offer, Rejected by default). A bare "List" could be any list,
            # and a "Response" (an Excel job-search log's) a reply's date or notes: vague, they
            # are the Outcome only while they hold stages (normalise.roles).
            "List Name",
            "List",
            "Response",
        ),
        "a stage (not applied, applied, interviewing) or an outcome (offer, hired, accepted, "
        "rejected, withdrawn, ghosted, on hold)",
        generic=("List", "Response"),
        other_languages=(
            "Ergebnis",
            "Statut",
            "Résultat",
            "Étape",
            "Estado",
            "Resultado",
            "Etapa",
            "Situação",
            # Mexican Spanish and Portuguese statuses (outside test ot73 F1: beside a Mexican
            # "Estado" of CDMX and Jalisco, "Estatus" was unread and the states were the
            # Outcome).
            *("Estatus", "Estatus de la aplicación", "Situación", "Status da candidatura"),
            "Resultaat",
            "Fase",
            "Stato",
            "Esito",
            *("Wynik", "Etap", "Etap rekrutacji"),  # Polish
            "Etappe",  # Dutch, German
            # Swedish; not "Läge" (state): its key is German "Lage", where the office is.
            *("Resultat", "Utfall"),
            *("Durum", "Sonuç", "Başvuru Durumu"),  # Turkish
            *("結果", "選考結果", "選考状況", "ステータス"),  # Japanese
            *("结果", "面试结果", "面試結果", "状态", "狀態", "当前状态", "當前狀態"),  # Chinese
            *("결과", "전형 결과", "면접 결과", "상태", "진행 상태"),  # Korean
            *("Hasil", "Status Lamaran", "Keputusan"),  # Indonesian, Malay
            *("Trạng thái", "Kết quả", "สถานะ", "ผลการสัมภาษณ์"),  # Vietnamese, Thai
        ),
    ),
    Field(
        "topic",
        "Topic",
        False,
        (NOTES_HEADERS[0], "Topics", "Talking Points"),
        "what was discussed; used in drafts",
        # Not "Note" (Italian for notes): in English it heads one's own notes, which an
        # employer must not read in a draft.
        other_languages=NOTES_HEADERS[1:],
    ),
    Field(
        "value_add",
        "Value Add",
        False,
        ("Share", "Idea", "Value-add"),
        "an article, idea or work sample to offer in a check-in",
    ),
    # Where the job is, in one column as most trackers write it ("Austin, TX", "Remote (US)"):
    # read as a City cell that may name its region and country too (normalise.locations). A
    # "Where" or "Office" of meeting rooms or "Zoom" is left alone (normalise.roles).
    Field(
        "location",
        "Location",
        False,
        ("Job Location", "Work Location", "Office Location", "Office", "Where", "Based In"),
        "where the job is, as you would write it: Austin, TX; London, UK; Toronto, ON, Canada; "
        "Remote (US); Hybrid - Berlin (Remote alone: the default calendar)",
        generic=("Office", "Where"),
        other_languages=(
            *("Standort", "Arbeitsort", "Lieu de travail", "Lieu", "Ubicación", "Localização"),
            *("Local de trabalho", "Local", "Locatie", "Plaats", "Werklocatie", "Sede"),
            *("Sede di lavoro", "Luogo", "Luogo di lavoro", "Einsatzort"),
            *("Lugar", "Lugar de trabajo"),  # ot100 F7
            *("Lokalizacja", "Miejsce pracy", "Arbetsort", "Plats"),  # Polish, Swedish
            *("勤務地", "工作地点", "工作地點", "근무지"),
            *("Lokasi", "Lokasi Kerja", "Địa điểm", "Nơi làm việc", "สถานที่ทำงาน"),  # id/ms, vi, th
        ),
    ),
    # Where the job is, in the columns of the common US templates (City, State): read with
    # the Country cell, for the region's holidays (California's César Chávez Day). Not
    # "Estado", the outcome's Spanish header.
    Field(
        "city",
        "City",
        False,
        ("Town", "City/Town"),
        "read with State and Country: Perth, WA; Munich, Germany (a town not listed is no problem)",
        other_languages=(
            *("Stadt", "Ort", "Ville", "Ciudad", "Cidade", "Città"),
            *("Localidad", "Localidade", "Municipio", "Comune", "Gemeinde"),
            *("Miestas", "Pilsēta", "Linn"),  # Lithuanian, Latvian, Estonian
            *("Miasto", "Miejscowość", "Stad"),  # Polish, Swedish ("Ort" above)
            "Şehir",  # Turkish
            *("Kota", "Bandar", "Thành phố", "เมือง"),  # Indonesian, Malay, Vietnamese, Thai
        ),
    ),
    Field(
        "region",
        "State",
        False,
        ("State/Province", "Province", "Province/State", "State/Region", "Region"),
        "a region of the row's country (or the default's): CA, Texas, ON, Bayern, Bavière",
        other_languages=(
            *("Bundesland", "Bundesstaat", "Kanton", "Provincia", "Provincie"),
            *("Województwo", "Län"),
            # Spain's autonomous communities, Brazil's states (UF: unidade federativa), Italy's
            # regions, Swiss cantons in French and Italian. Not "Estado", the outcome's Spanish
            # header: its cells decide (normalise.roles).
            *("Comunidad", "Comunidad autónoma", "CCAA", "Comunidade", "Comunidade autónoma"),
            *("Região", "Regione", "UF", "Canton", "Cantone", "Cantón", "Estado/Provincia"),
            *("Provinsi", "Negeri", "Tỉnh", "จังหวัด"),  # Indonesian, Malay, Vietnamese, Thai
        ),
    ),
    Field(
        "country",
        "Country",
        False,
        ("Holiday Calendar", "Location Country"),
        "ISO code or English name (or its own: Deutschland, 日本, ישראל; or in French, "
        "Spanish, Portuguese, Italian, Dutch, German: Espagne, Alemania), optional subdivision: "
        "US, US-CA, GB-SCT, DE-BY, Germany; a German, Austrian or Swiss state, a Spanish "
        "community or a UK nation alone, in its own language, English or another: Bayern, "
        "Bavaria, Bavière, Wien, Kanton Zürich, Cataluña, Catalogne, Écosse; a region and its "
        "country in either order, after a city too: Bayern, Deutschland; Munich, Bavaria; a "
        "well-known city and its state: Perth, WA; Chennai, TN",
        # Polish "Kraj" (country) is a Czech and Slovak region: read while its cells are
        # countries (normalise.roles).
        generic=("Kraj",),
        other_languages=(
            *("Land", "Pays", "País", "Paese", "Kraj", "Ülke"),
            *("国", "国家", "國家", "국가"),
            *("Negara", "Quốc gia", "ประเทศ"),  # Indonesian and Malay, Vietnamese, Thai
        ),
    ),
)

FIELDS_BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}
# The columns of a new tracker (``init``): Interviewed is how a yes/no column is read, not a
# column worth starting with beside Interview Date.
# Columns a tracker may have that ``init`` does not write: facts the row's other cells say.
TEMPLATE_FIELDS: tuple[Field, ...] = tuple(
    f
    for f in FIELDS
    if f.name not in {"interviewed", "applied", "offered", "location", "city", "region"}
)
REQUIRED_FIELDS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.required)
# The Outcome's headers that name a stage, not a result: real trackers fill such a column with
# interview types as often as with stages ("Phone screen", "Onsite", "Offer"), so it is read
# by what each cell holds (``normalise.roles``).
STAGE_OUTCOME_HEADERS: tuple[str, ...] = (
    *("Stage", "Application Stage", "Étape", "Etapa", "Fase", "Etappe"),
    *("Etap", "Etap rekrutacji"),
)
# Rows need one of these dates: an interview's, or an application's.
DATE_SOURCES: tuple[str, ...] = ("interview_at", "applied_at")
# A tracker may have no date column of those when a column says what its rows are without one:
# Date Saved (a list of saved postings, LinkedIn's "Saved Jobs.csv": each row not applied yet)
# or Has Applied (a no is a posting not applied to yet; a yes needs its date, in Problems).
UNDATED_SOURCES: tuple[str, ...] = ("saved_at", "applied")


def requirement(field: Field) -> str:
    """'required', 'optional', or for a date a row needs one of: 'this or Date Applied'."""
    if field.name in DATE_SOURCES:
        others = [FIELDS_BY_NAME[name].header for name in DATE_SOURCES if name != field.name]
        return "this or " + " / ".join(others)
    return "required" if field.required else "optional"


# A header that names a date but not which one: header detection and the normalise stage decide
# between the interview and the applied date (DESIGN section 2).
AMBIGUOUS_DATE_HEADERS_ENGLISH: tuple[str, ...] = ("Date", "Dates")
AMBIGUOUS_DATE_HEADERS: tuple[str, ...] = (
    *AMBIGUOUS_DATE_HEADERS_ENGLISH,
    "Datum",
    "Fecha",
    "Data",  # Polish, Portuguese, Italian
    "Tarih",  # Turkish
    "日期",  # Chinese
)
# Of them, those that are an English word of another meaning ("Data": figures, notes): read as
# a date only when the cells under them hold dates (``headers.find_header``).
DATE_HEADERS_BY_CELLS: tuple[str, ...] = ("Data",)
SENT_FIELDS: tuple[str, ...] = (
    "thank_you_sent",
    "check_in_1_sent",
    "check_in_2_sent",
    "final_sent",
)
# The fields that hold dates (Decision Date may hold a phrase instead), in the order their
# date orders are reported.
DATE_FIELDS: tuple[str, ...] = (
    "interview_at",
    "applied_at",
    "stated_decision",
    *SENT_FIELDS,
    "application_check_in_sent",
    "networking_sent",
    "last_reply",
)
