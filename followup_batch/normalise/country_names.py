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
}
