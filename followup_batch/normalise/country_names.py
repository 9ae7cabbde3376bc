"""Country names the ``holidays`` registry does not spell: each country's own name for itself
(its endonym, in its own script) and the abbreviations people write.

The registry knows English names and ISO codes only, so a tracker kept in Tel Aviv, Dubai or
Shanghai that writes ``ישראל``, ``الإمارات`` or ``中国`` would otherwise fall back to the
default country. The endonyms are copied from the Unicode CLDR territory names (each language's
own name for its country, ``common/main/<lang>.xml``, CLDR 45), in every official language
that writes it differently, plus the short forms in daily use (``中国`` for the People's
Republic, ``한국`` for the Republic of Korea), and the names Japanese and Chinese trackers give
Korea (``韓国``, ``韩国``). One line per country the holiday calendars have;
a name shared by two countries is left out (Congo, Guinea).

``EXONYMS`` holds the names French, Spanish, Portuguese, Italian, Dutch and German trackers
give other countries (``Espagne``, ``Países Bajos``, ``Brasilien``), ``OTHER_EXONYMS`` those
of Polish, Swedish, Japanese, Chinese and Korean ones (``Hiszpania``, ``Tyskland``, ``ドイツ``)
and of Danish, Norwegian, Finnish and Czech ones (``Saksa``, ``Německo``). Regions written alone
are ``region_names``'.

To add one: put it on its country's line, in any case and with or without accents (names are
compared by ``header_keys.header_key``).
"""

from __future__ import annotations

ENDONYMS: dict[str, tuple[str, ...]] = {
    # Middle East and North Africa
    "AE": ("الإمارات", "الإمارات العربية المتحدة", "دولة الإمارات"),
    "BH": ("البحرين",),
    "DZ": ("الجزائر", "Algérie"),
    "EG": ("مصر",),
    "IL": ("ישראל", "إسرائيل"),
    "IQ": ("العراق",),
    "IR": ("ایران", "إيران"),
    "JO": ("الأردن",),
    "KW": ("الكويت",),
    "LB": ("لبنان", "Liban"),
    "MA": ("المغرب", "Maroc"),
    "OM": ("عُمان", "عمان"),
    "PS": ("فلسطين",),
    "QA": ("قطر",),
    "SA": ("السعودية", "المملكة العربية السعودية"),
    "SY": ("سوريا",),
    "TN": ("تونس", "Tunisie"),
    "TR": ("Türkiye",),
    "YE": ("اليمن",),
    # South and East Asia
    "BD": ("বাংলাদেশ",),
    "CN": ("中国", "中國", "中华人民共和国", "中華人民共和國"),
    "HK": ("香港", "中國香港", "中国香港"),
    "IN": ("भारत", "Bharat", "Bhārat", "ভারত", "இந்தியா", "భారతదేశం", "ഇന്ത്യ", "ಭಾರತ"),
    "JP": ("日本", "にほん", "にっぽん", "Nihon", "Nippon"),
    "KH": ("កម្ពុជា",),
    # ... and as Japan and mainland China write it: 韓国, 大韓民国; 韩国, 大韩民国.
    "KR": ("대한민국", "한국", "韓國", "Hanguk", "韓国", "大韓民国", "韩国", "大韩民国"),
    "LA": ("ລາວ",),
    "LK": ("ශ්\u200dරී ලංකාව", "இலங்கை"),
    "MM": ("မြန်မာ",),
    "MN": ("Монгол",),
    "MO": ("澳門", "澳门"),
    "NP": ("नेपाल",),
    "PK": ("پاکستان",),
    "SG": ("新加坡", "Singapura", "சிங்கப்பூர்"),
    "TH": ("ประเทศไทย", "ไทย"),
    "TW": ("台灣", "臺灣", "台湾", "中華民國"),
    "VN": ("Việt Nam",),
    # Europe
    "AL": ("Shqipëria",),
    "AM": ("Հայաստան",),
    "AX": ("Åland", "Ahvenanmaa"),  # Åland's own name and Finland's for it
    "AZ": ("Azərbaycan",),
    "BA": ("Bosna i Hercegovina",),
    "BE": ("België", "Belgique", "Belgien"),
    "BG": ("България",),
    "BY": ("Беларусь",),
    "CY": ("Κύπρος", "Kıbrıs"),
    "CZ": ("Česko", "Česká republika"),
    "DK": ("Danmark",),
    "EE": ("Eesti",),
    "FI": ("Suomi",),
    "GE": ("საქართველო",),
    "GR": ("Ελλάδα", "Ελλάς", "Hellas"),
    "HR": ("Hrvatska",),
    "HU": ("Magyarország",),
    "IE": ("Éire",),
    "IS": ("Ísland",),
    "KZ": ("Қазақстан", "Казахстан"),
    "LT": ("Lietuva",),
    "LU": ("Lëtzebuerg",),
    "LV": ("Latvija",),
    "ME": ("Crna Gora", "Црна Гора"),
    "MK": ("Северна Македонија",),
    "NO": ("Norge", "Noreg"),
    "PL": ("Polska",),
    "RO": ("România",),
    "RS": ("Србија", "Srbija"),
    "RU": ("Россия",),
    "SI": ("Slovenija",),
    "SK": ("Slovensko",),
    "UA": ("Україна",),
    "FR": ("République française",),
    "BR": ("República Federativa do Brasil",),
    # Americas and Africa
    "ET": ("ኢትዮጵያ",),
    "MX": ("México", "Estados Unidos Mexicanos"),
    "PE": ("Perú",),
    "ZA": ("Suid-Afrika",),
}

# The countries as the languages whose trackers the tool reads name them (French, Spanish,
# Portuguese, Italian, Dutch, German; CLDR 45 territory names, with the older or shorter forms
# in daily use: "Holanda", "República Checa", Portugal's "Polónia"), for the countries whose
# calendars people there most name: Europe, the Americas, and the largest economies elsewhere.
# A name that is also the English one (Chile, Malta) or the country's own (España, Italia) is
# not repeated. The registry has no translated names, nor does any package already installed.
EXONYMS: dict[str, tuple[str, ...]] = {
    # Europe
    "AT": ("Autriche", "Áustria", "Österreich", "Oostenrijk"),
    "BE": ("Bélgica", "Belgio"),
    "BG": ("Bulgarie", "Bulgária", "Bulgarije", "Bulgarien"),
    "CH": ("Suisse", "Suiza", "Suíça", "Svizzera", "Zwitserland", "Schweiz"),
    "CY": ("Chypre", "Chipre", "Cipro", "Zypern"),
    "CZ": (
        "Tchéquie",
        "République tchèque",
        "Chequia",
        "República Checa",
        "Tchéquia",
        "República Tcheca",
        "Cechia",
        "Repubblica Ceca",
        "Tsjechië",
        "Tschechien",
    ),
    "DE": ("Allemagne", "Alemania", "Alemanha", "Germania", "Duitsland"),
    "DK": ("Danemark", "Dinamarca", "Danimarca", "Denemarken", "Dänemark"),
    "EE": ("Estonie", "Estônia", "Estónia", "Estland"),
    "ES": ("Espagne", "Espanha", "Spagna", "Spanje", "Spanien"),
    "FI": ("Finlande", "Finlandia", "Finlândia", "Finnland"),
    "FR": ("Francia", "França", "Frankrijk", "Frankreich"),
    "GB": (
        "Royaume-Uni",
        "Reino Unido",
        "Regno Unito",
        "Verenigd Koninkrijk",
        "Vereinigtes Königreich",
        "Grande-Bretagne",
        "Gran Bretaña",
        "Grã-Bretanha",
        "Gran Bretagna",
        "Groot-Brittannië",
        "Großbritannien",
    ),
    "GR": ("Grèce", "Grecia", "Grécia", "Griekenland", "Griechenland"),
    "HR": ("Croatie", "Croacia", "Croácia", "Croazia", "Kroatië", "Kroatien"),
    "HU": ("Hongrie", "Hungría", "Hungria", "Ungheria", "Hongarije", "Ungarn"),
    "IE": ("Irlande", "Irlanda", "Ierland", "Irland"),
    "IS": ("Islande", "Islandia", "Islândia", "Islanda", "IJsland", "Island"),
    "IT": ("Italie", "Itália", "Italië", "Italien"),
    "LT": ("Lituanie", "Lituania", "Lituânia", "Litouwen", "Litauen"),
    "LU": ("Luxemburgo", "Lussemburgo", "Luxemburg"),
    "LV": ("Lettonie", "Letonia", "Letônia", "Letónia", "Lettonia", "Letland", "Lettland"),
    "MT": ("Malte",),
    "NL": (
        "Pays-Bas",
        "Países Bajos",
        "Holanda",
        "Países Baixos",
        "Paesi Bassi",
        "Olanda",
        "Niederlande",
        "Hollande",
    ),
    "NO": ("Norvège", "Noruega", "Norvegia", "Noorwegen", "Norwegen"),
    "PL": ("Pologne", "Polonia", "Polônia", "Polónia", "Polen"),
    "RO": ("Roumanie", "Rumanía", "Romênia", "Roménia", "Roemenië", "Rumänien"),
    "RU": ("Russie", "Rusia", "Rússia", "Rusland", "Russland"),
    "SE": ("Suède", "Suecia", "Suécia", "Svezia", "Zweden", "Schweden"),
    "SI": ("Slovénie", "Eslovenia", "Eslovênia", "Eslovénia", "Slovenië", "Slowenien"),
    "SK": ("Slovaquie", "Eslovaquia", "Eslováquia", "Slovacchia", "Slowakije", "Slowakei"),
    "TR": ("Turquie", "Turquía", "Turquia", "Turchia", "Turkije", "Türkei"),
    "UA": ("Ucrania", "Ucrânia", "Ucraina", "Oekraïne"),
    # The Americas
    "AR": ("Argentine", "Argentinië", "Argentinien"),
    "BR": ("Brésil", "Brasile", "Brazilië", "Brasilien"),
    "CA": ("Canadá", "Kanada"),
    "CL": ("Chili", "Cile"),
    "CO": ("Colombie", "Colômbia", "Kolumbien"),
    "MX": ("Mexique", "Messico", "Mexiko"),
    "PE": ("Pérou", "Perù"),
    "US": (
        "États-Unis",
        "Estados Unidos",
        "EE. UU.",
        "EEUU",
        "EUA",
        "Stati Uniti",
        "Verenigde Staten",
        "Vereinigte Staaten",
    ),
    "UY": ("Uruguai",),
    # Elsewhere
    "AE": (
        "Émirats arabes unis",
        "Emiratos Árabes Unidos",
        "Emirados Árabes Unidos",
        "Emirati Arabi Uniti",
        "Verenigde Arabische Emiraten",
        "Vereinigte Arabische Emirate",
    ),
    "AU": ("Australie", "Austrália", "Australië", "Australien"),
    "CN": ("Chine", "Cina", "Chinesische Volksrepublik"),
    "EG": ("Égypte", "Egipto", "Egito", "Egitto", "Egypte", "Ägypten"),
    "IL": ("Israël", "Israele"),
    "IN": ("Inde", "Índia", "Indien"),
    "JP": ("Japon", "Japón", "Japão", "Giappone"),
    "KR": (
        "Corée du Sud",
        "Corea del Sur",
        "Coreia do Sul",
        "Corea del Sud",
        "Zuid-Korea",
        "Südkorea",
    ),
    "MA": ("Marruecos", "Marrocos", "Marocco", "Marokko"),
    "NZ": (
        "Nouvelle-Zélande",
        "Nueva Zelanda",
        "Nova Zelândia",
        "Nuova Zelanda",
        "Nieuw-Zeeland",
        "Neuseeland",
    ),
    "SA": (
        "Arabie saoudite",
        "Arabia Saudí",
        "Arabia Saudita",
        "Arábia Saudita",
        "Saoedi-Arabië",
        "Saudi-Arabien",
    ),
    "PH": ("Filipinas",),  # Spanish, Portuguese and the Philippines' own Filipino
    "SG": ("Singapour", "Singapur"),
    "ZA": ("Afrique du Sud", "Sudáfrica", "África do Sul", "Sudafrica", "Zuid-Afrika", "Südafrika"),
}

# The same in the other languages whose headers the tool reads, for the countries their
# trackers name most: Polish, Swedish, Japanese, Chinese (simplified and traditional), Korean;
# and in Danish, Norwegian, Finnish and Czech, whose trackers keep English headers and name the
# neighbours and the largest markets in their own words.
OTHER_EXONYMS: dict[str, tuple[str, ...]] = {
    "US": (
        "Stany Zjednoczone",
        "Förenta staterna",
        "Forenede Stater",
        "De forente stater",
        "Yhdysvallat",
        "Spojené státy",
        "Spojené státy americké",
        "アメリカ",
        "米国",
        "美国",
        "美國",
        "미국",
    ),
    "GB": (
        "Wielka Brytania",
        "Storbritannien",
        "Zjednoczone Królestwo",
        "Förenade kungariket",
        "Storbritannia",
        "Iso-Britannia",
        "Yhdistynyt kuningaskunta",
        "Velká Británie",
        "Spojené království",
        "イギリス",
        "英国",
        "英國",
        "영국",
    ),
    "DE": ("Niemcy", "Tyskland", "Saksa", "Německo", "ドイツ", "德国", "德國", "독일"),
    "FR": (
        "Francja",
        "Frankrike",
        "Frankrig",
        "Ranska",
        "Francie",
        "フランス",
        "法国",
        "法國",
        "프랑스",
    ),
    "ES": ("Hiszpania", "Spania", "Espanja", "Španělsko", "スペイン", "西班牙", "스페인"),
    "IT": ("Włochy", "イタリア", "意大利", "義大利", "이탈리아"),
    "NL": (
        "Holandia",
        "Nederländerna",
        "Nederlandene",
        "Alankomaat",
        "Hollanti",
        "Nizozemsko",
        "オランダ",
        "荷兰",
        "荷蘭",
        "네덜란드",
    ),
    "CH": ("Szwajcaria", "Sveits", "Sveitsi", "Švýcarsko", "スイス", "瑞士", "스위스"),
    "AT": ("Österrike", "Østrig", "Østerrike", "Itävalta", "Rakousko"),
    "BE": ("Belgia",),
    "CZ": ("Czechy", "Tjeckien", "Tjekkiet", "Tsjekkia", "Tšekki"),
    "DK": ("Dania", "Tanska", "Dánsko"),
    "FI": ("Finsko", "フィンランド"),
    "HU": ("Węgry", "Ungern", "Maďarsko"),
    "IE": ("Irlandia", "Irlanti", "Irsko"),
    "NO": ("Norwegia", "Norja", "Norsko"),
    "PL": ("Puola", "Polsko", "ポーランド", "波兰", "波蘭", "폴란드"),
    "PT": ("Portugalia",),
    "SE": ("Szwecja", "Ruotsi", "Švédsko", "スウェーデン", "瑞典", "스웨덴"),
    "CA": ("カナダ", "加拿大", "캐나다"),
    "BR": ("Brazylia", "ブラジル", "巴西", "브라질"),
    "MX": ("Meksyk",),
    "AU": ("オーストラリア", "澳大利亚", "澳洲", "호주"),
    "IN": ("Indie", "Intia", "インド", "印度", "인도"),
    "JP": ("Japonia", "Japani", "Japonsko", "일본"),
    "CN": ("Chiny", "Kina", "Kiina", "중국"),
    "KR": ("Korea Południowa", "Sydkorea"),
    "SG": ("シンガポール", "싱가포르"),
    "IS": ("Islanti",),
    "EE": ("Viro",),
    "CY": ("Cypr", "Cypern"),
    "GR": ("Grecja", "Grekland"),
    "HR": ("Chorwacja",),
    "LT": ("Litwa",),
    "LU": ("Luksemburg",),
    "LV": ("Łotwa",),
    "RO": ("Rumunia",),
    "RU": ("Rosja", "Ryssland", "Venäjä", "Rusko"),
    "SI": ("Słowenia", "Slovenien"),
    "SK": ("Słowacja", "Slovakien"),
    "TR": ("Turcja", "Turkiet"),
    "UA": ("Ukraina", "Ukrajina"),
    "AR": ("Argentyna",),
    "CO": ("Kolumbia",),
    "UY": ("Urugwaj",),
    "AE": ("Zjednoczone Emiraty Arabskie", "Förenade Arabemiraten"),
    "EG": ("Egipt", "Egypten"),
    "IL": ("Izrael",),
    "MA": ("Maroko", "Marocko"),
    "NZ": ("Nowa Zelandia", "Nya Zeeland"),
    "SA": ("Arabia Saudyjska",),
    "ZA": ("Republika Południowej Afryki", "RPA", "Sydafrika"),
}

# Abbreviations and short names in everyday use that neither the registry nor ISO has.
ABBREVIATIONS: dict[str, str] = {
    "KSA": "SA",  # the Kingdom of Saudi Arabia
    "PRC": "CN",  # the People's Republic of China
    "ROK": "KR",
    "S. Korea": "KR",
    "UAE": "AE",
    "U.A.E.": "AE",
    "Emirates": "AE",
    "the Emirates": "AE",
    "ROC": "TW",
    "Mainland China": "CN",
    "RSA": "ZA",
    "S. Africa": "ZA",  # also "S.Africa", as South Africans write it
    "Nig.": "NG",  # Nigeria, as Nigerian trackers shorten it
    "DRC": "CD",  # the Democratic Republic of the Congo ('Kinshasa, DRC')
    # As UK and Irish trackers write Ireland, and the UK's nation next door.
    "Republic of Ireland": "IE",
    "ROI": "IE",
    "N. Ireland": "GB-NIR",  # also "N Ireland": names are compared without the dot
    "Aotearoa": "NZ",  # New Zealand's Māori name, in daily use beside the English one
    # Asia's special administrative regions as their people write them, and ISO's English
    # 'Macao' (the registry has 'Macau'); the Philippines as often misspelt (ot82 F4: each was
    # "not a country").
    "HKSAR": "HK",
    "Hong Kong SAR": "HK",
    "Macao": "MO",
    "Macao SAR": "MO",
    "Macau SAR": "MO",
    "Phillipines": "PH",
    "Philipines": "PH",
    "Phillippines": "PH",
    # Countries as their English names are shortened or spelt out (outside the registry's
    # own names: 'Sarajevo, Bosnia' was "not a country").
    "Bosnia": "BA",
    "Bosnia-Herzegovina": "BA",  # also "Bosnia & Herzegovina": names are compared without '&'
    "Federated States of Micronesia": "FM",
    "Caribbean Netherlands": "BQ",
}

# Short forms written with an ampersand, as people write these countries ('Sarajevo, B&H'),
# which names are otherwise compared without ('B&H' would be 'BH', Bahrain's code). Another
# such form is no country: 'H&M', 'P&G', 'B&Q', 'AT&T' are companies, not Heard Island, Papua
# New Guinea, Bonaire or Austria.
AMPERSAND_FORMS: dict[str, str] = {"B&H": "BA", "T&T": "TT"}

# Short forms that name several places, each written so by its own people: "SA" is Saudi
# Arabia's code, and how South Africans and South Australians write their own ("S.A." too:
# names are compared without their dots). Alone it is the code's country; after a city of
# the tables, the one the city is in ('Johannesburg, SA' is South Africa, 'Riyadh, SA' Saudi
# Arabia, 'Adelaide, SA' South Australia); after a town the tables lack, the one the
# tracker's other rows are in (``countries._short_form_near``).
SHARED_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "SA": ("SA", "ZA", "AU-SA"),
}
