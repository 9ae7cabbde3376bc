"""The seniority vocabulary: the words a Seniority (level) cell may hold and the level each
names (entry, mid, senior, executive), in English, Portuguese, Polish, Swedish, French, Spanish,
Italian, Dutch, Japanese, Chinese and Korean.

Keys are ``header_key`` of the user's word ("Jeune diplômé" -> "jeunediplome");
``vocabularies.match_vocabulary`` matches a cell against them word by word. Plain data, free of
pandas: the rule table checks it has an offset for each of ``SENIORITY_VALUES`` when the config
loads.
"""

from __future__ import annotations

SENIORITY: dict[str, str] = {
    **{
        k: "entry"
        for k in (
            "entry",
            "entrylevel",
            "intern",
            "internship",
            "junior",
            "jr",
            "graduate",
            "grad",
            "newgrad",
            "associate",
            "trainee",
            # Portuguese: "Estágio" (internship), "Estagiário", "Júnior" (its key "junior")
            "estagio",
            "estagiario",
            "estagiaria",
            # Polish "stażysta", "praktykant", "młodszy" (junior: "młodszy specjalista"),
            # "absolwent" (a graduate); Swedish "praktikant", "nyexad" (a new graduate).
            *("stazysta", "stazystka", "staz", "praktykant", "praktykantka", "mlodszy"),
            *("absolwent", "absolwentka", "praktikant", "nyexad", "nyutexaminerad"),
            # An intern or work-study apprentice in French ("Stagiaire", "Alternant"), Spanish
            # ("Becario", "Prácticas"), Italian ("Stagista", "Tirocinante") and Dutch
            # ("Stagiair"); a new graduate ("Jeune diplômé", "Neolaureato"); Dutch "Starter".
            *("stagiaire", "alternant", "alternante", "apprenti", "apprentie"),
            *("jeunediplome", "jeunediplomee", "becario", "becaria", "practicas", "practicante"),
            *("stagista", "tirocinante", "neolaureato", "neolaureata", "stagiair", "starter"),
            # Japanese: a new graduate (新卒), junior, intern; Chinese: junior (初级), intern,
            # this year's graduate (应届生); Korean: a new hire (신입), intern, junior.
            *("新卒", "ジュニア", "インターン"),
            *("初级", "初級", "实习", "實習", "实习生", "實習生", "应届生", "應屆生"),
            *("신입", "인턴", "주니어"),
        )
    },
    # Brazil's "Pleno" is the level between Júnior and Sênior; Japan's "中堅" the mid-career
    # level, China's "中级"; Korea's "경력" an experienced hire, as opposed to "신입".
    **{
        k: "mid"
        for k in (
            *("mid", "midlevel", "intermediate", "experienced", "pleno", "plena"),
            # Poland's "Regular" is the level between Junior and Senior (a "specjalista"
            # without "starszy" before it); Swedish "erfaren" is experienced.
            *("regular", "specjalista", "specjalistka", "erfaren"),
            *("mellan", "mellanniva"),  # Swedish "mellan" (mid), "mellannivå"
            *("中堅", "中级", "中級", "경력"),
            # French "Confirmé" (experienced, between junior and senior) and "Cadre" (the
            # status of most salaried professionals, new graduates included: no rank); Latin
            # America's "Semi Senior" (not senior); Dutch "Medior".
            *("confirme", "confirmee", "cadre", "semisenior", "medior"),
        )
    },
    **{
        k: "senior"
        for k in (
            *("senior", "sr", "lead", "principal", "staff", "seniorlevel"),
            # A manager stands between a lead (senior) and a director (executive); Brazil's
            # "Especialista" is the level above Sênior, as principal is above senior.
            *("manager", "gerente", "especialista"),
            # Polish "starszy" (senior: "starszy specjalista"), "kierownik" (a manager),
            # "lider"; Swedish "chef" (a manager: "avdelningschef" heads a department),
            # "teamledare", "gruppchef".
            *("starszy", "starsza", "kierownik", "kierowniczka", "lider", "liderka"),
            *("chef", "teamledare", "gruppchef", "enhetschef"),
            # Who leads a team or a function without being its director: French and Spanish
            # "Responsable", Italian "Responsabile", Spanish "Jefe" (de equipo, de proyecto;
            # a firm's head is its "Director"), "Mando intermedio" (middle management), Italy's
            # "Quadro" (the grade below "Dirigente"), Dutch "Leidinggevende", "Teamleider";
            # French "Cadre supérieur" and "Expert" (above senior, as principal is).
            *("responsable", "responsabile", "jefe", "jefa", "mandointermedio", "quadro"),
            *("leidinggevende", "teamleider", "cadresuperieur", "expert", "experte"),
            # A partner manager looks after a company's partners: a manager, not a firm's partner.
            *("partnermanager", "partnershipmanager", "partnershipsmanager"),
            # Senior and manager in Japanese (課長: a section's manager), Chinese (资深:
            # senior) and Korean (팀장: a team's lead).
            *("シニア", "マネージャー", "マネジャー", "課長"),
            *("高级", "高級", "资深", "資深", "经理", "經理"),
            *("시니어", "매니저", "팀장"),
        )
    },
    **{
        k: "executive"
        for k in (
            "executive",
            "exec",
            "director",
            "diretor",  # Portuguese
            "diretora",
            # Polish "dyrektor", "prezes", "wiceprezes", "członek zarządu" (a board member);
            # Swedish "direktör", "vd" (its chief executive), "avdelningschef".
            *("dyrektor", "dyrektorka", "prezes", "prezeska", "wiceprezes", "czlonekzarzadu"),
            *("direktor", "vd", "verkstallandedirektor", "avdelningschef"),
            # French and Dutch "Directeur", Spanish "Directora", "Directivo", "Alta dirección",
            # Italian "Direttore", "Dirigente" (Italy's top grade), French "Cadre dirigeant",
            # Dutch "Hoofd" (head).
            *("directeur", "directrice", "directora", "directivo", "directiva", "altadireccion"),
            *("direttore", "direttrice", "dirigente", "dirigeant", "dirigeante", "cadredirigeant"),
            "hoofd",
            "vp",
            "vicepresident",
            "head",
            "chief",
            # The chief officers by their letters, and together as "C-level", "C-suite".
            *("cxo", "clevel", "csuite", "ceo", "cto", "cfo", "coo", "cio", "cmo", "cpo", "ciso"),
            *("president", "svp", "evp"),
            "partner",
            # A department's head (部長) and a board member (役員, 임원, 이사) are directors;
            # Chinese "总监" is a director, "副总裁" a vice-president.
            *("部長", "役員", "執行役員"),
            *("总监", "總監", "副总裁", "副總裁"),
            *("임원", "이사"),
        )
    },
}
SENIORITY_VALUES: tuple[str, ...] = ("entry", "mid", "senior", "executive")
