"""Well-known cities and the region each is in, for a place written 'Perth, WA' or 'Chennai, TN'.

Two-letter region codes are shared between countries: WA is Washington State and Western
Australia, TN Tennessee and Tamil Nadu, PR Puerto Rico and Paraná, GA Georgia and Goa. A city
may have several homes (Perth: AU-WA, GB-SCT, CA-ON; Paris: FR, US-TX, CA-ON): followed by one
home's region code or name, or its country's name ('Tbilisi, Georgia'), it is that home
whatever the tracker's default country; followed by another region it says nothing, and the
place is read as it would be without the table. Alone it is its only home, or the usual one of
``USUAL_HOMES``. Before its country ('Chennai, India', 'Edinburgh, UK') a city is that
country's region when the table has one city of that name there.

Where the entries come from: the capital and the largest cities of every state and territory of
the United States, India, Australia, Brazil, Canada and Mexico (the countries whose region
codes collide: see ``holidays.list_supported_countries()``), a few large job markets beside
them (Gurugram, Noida, Pune), New Zealand's cities (each in the region whose anniversary day it
keeps: Dunedin NZ-OTA, Christchurch NZ-CAN), the larger cities of the United Kingdom's nations,
the towns of those countries that share a famous city's name (London and Kingston, Ontario;
Paris, Texas; Sydney, Nova Scotia; Vancouver, Washington; Hamilton, Scotland), and the large
job markets of the European countries whose calendars have regions (Germany's, Austria's,
Switzerland's, Spain's, Italy's, Portugal's, Alsace's), with the towns of large employers
(Walldorf, Neckarsulm, Wolfsburg). The countries whose calendars have no regions list their
large cities in ``CITIES_BY_COUNTRY`` (with the capitals and large job markets of Africa and
Latin America, and the capital of every other country the package has a calendar for; a
district before one, 'Lekki, Lagos', is the city's); one there whose name
is a region of its country's calendar is that region (Auckland NZ-AUK, Wellington NZ-WGN, Oslo
NO-03: ``calendar_places.city_index``).
The holidays package names regions, not towns, and no gazetteer is a dependency: a town not
listed is read with its country ('Smalltown, Germany' is DE). Which home of a shared name is
the usual one was checked against GeoNames' populations (cities of 15,000 people and more,
geonames.org, CC BY 4.0); a name whose homes are of like size (Valencia, Portland) has none.

Codes are ISO 3166-2 as the ``holidays`` package spells them (it has IN-TS, IN-UK, IN-CG,
IN-OD where ISO now or once said TG, UT, CT, OR; both are read, see ``REGION_SPELLINGS``).
A region whose calendar the package lacks (every Mexican state) gives its country's calendar.

To add a city: put its usual English spelling (accents optional: 'Sao Paulo' and 'São Paulo'
are read alike) on its region's line; a city in two regions goes on both lines, and in
``USUAL_HOMES`` when one of them is what the name alone means.
"""

from __future__ import annotations

CITIES_BY_REGION: dict[str, tuple[str, ...]] = {
    # United States
    "US-AL": ("Montgomery", "Huntsville", "Birmingham", "Mobile"),
    "US-AK": ("Juneau", "Anchorage"),
    "US-AZ": ("Phoenix", "Tucson"),
    "US-AR": ("Little Rock",),
    "US-CA": (
        *("Sacramento", "Los Angeles", "San Diego", "San Jose", "San Francisco"),
        # Silicon Valley's employers' towns
        *("Cupertino", "Mountain View", "Sunnyvale", "Palo Alto", "Menlo Park"),
        *("San Mateo", "Redwood City", "Foster City", "Los Gatos", "Milpitas", "Oakland"),
        # Cities of 100,000 people and more whose names larger or like-sized cities of
        # other states share (Richmond, VA; Concord, NC): written alone, neither is meant.
        *("Richmond", "Concord"),
    ),
    "US-CO": ("Denver",),
    "US-CT": ("Hartford", "Bridgeport"),
    "US-DE": ("Dover", "Wilmington"),
    "US-DC": ("Washington",),
    "US-FL": ("Tallahassee", "Jacksonville", "Miami", "Tampa", "Orlando", "Dunedin"),
    "US-GA": ("Atlanta", "Augusta", "Columbus"),
    "US-HI": ("Honolulu",),
    "US-ID": ("Boise",),
    "US-IL": ("Springfield", "Chicago"),
    "US-IN": ("Indianapolis",),
    "US-IA": ("Des Moines",),
    "US-KS": ("Topeka", "Wichita", "Kansas City"),
    "US-KY": ("Frankfort", "Louisville"),
    "US-LA": ("Baton Rouge", "New Orleans"),
    "US-ME": ("Augusta", "Portland"),
    "US-MD": ("Annapolis", "Baltimore"),
    "US-MA": ("Boston", "Cambridge", "Springfield"),
    "US-MI": ("Lansing", "Detroit", "Dearborn"),
    "US-MN": ("Saint Paul", "St. Paul", "Minneapolis"),
    "US-MS": ("Jackson",),
    "US-MO": (
        *("Jefferson City", "Kansas City", "St. Louis", "Saint Louis", "Springfield"),
        "Columbia",
    ),
    "US-MT": ("Helena", "Billings"),
    "US-NE": ("Lincoln", "Omaha"),
    "US-NV": ("Carson City", "Las Vegas"),
    "US-NH": ("Concord", "Manchester"),
    "US-NJ": ("Trenton", "Newark", "Jersey City"),
    "US-NM": ("Santa Fe", "Albuquerque"),
    "US-NY": ("Albany", "New York", "New York City", "NYC", "Armonk", "Jamestown"),
    "US-NC": ("Raleigh", "Charlotte", "Wilmington", "Concord"),
    "US-ND": ("Bismarck", "Fargo", "Jamestown"),
    "US-OH": ("Columbus", "Cleveland", "Cincinnati", "Springfield"),
    "US-OK": ("Oklahoma City", "Tulsa"),
    "US-OR": ("Salem", "Portland"),
    "US-PA": ("Harrisburg", "Philadelphia", "Pittsburgh"),
    "US-PR": ("San Juan",),
    "US-RI": ("Providence",),
    "US-SC": ("Columbia", "Charleston"),
    "US-SD": ("Pierre", "Sioux Falls"),
    "US-TN": ("Nashville", "Memphis"),
    "US-TX": ("Austin", "Houston", "Dallas", "San Antonio", "Paris"),
    "US-UT": ("Salt Lake City",),
    "US-VT": ("Montpelier", "Burlington"),
    "US-VA": ("Richmond", "Virginia Beach"),
    "US-WA": ("Olympia", "Seattle", "Vancouver", "Redmond", "Bellevue", "Kirkland"),
    "US-WV": ("Charleston",),
    "US-WI": ("Madison", "Milwaukee"),
    "US-WY": ("Cheyenne",),
    # India
    "IN-AN": ("Port Blair",),
    "IN-AP": ("Amaravati", "Visakhapatnam", "Vijayawada"),
    "IN-AR": ("Itanagar",),
    "IN-AS": ("Dispur", "Guwahati"),
    "IN-BR": ("Patna",),
    "IN-CG": ("Raipur",),
    "IN-CH": ("Chandigarh",),
    "IN-DH": ("Daman", "Silvassa"),
    "IN-DL": ("New Delhi", "Delhi"),
    "IN-GA": ("Panaji", "Panjim", "Margao"),
    "IN-GJ": ("Gandhinagar", "Ahmedabad", "Surat"),
    "IN-HP": ("Shimla",),
    "IN-HR": ("Gurugram", "Gurgaon", "Faridabad"),
    "IN-JH": ("Ranchi", "Jamshedpur"),
    "IN-JK": ("Srinagar", "Jammu"),
    "IN-KA": ("Bengaluru", "Bangalore", "Mysuru", "Mysore"),
    "IN-KL": ("Thiruvananthapuram", "Trivandrum", "Kochi"),
    "IN-LA": ("Leh",),
    "IN-LD": ("Kavaratti",),
    "IN-MH": ("Mumbai", "Bombay", "Pune", "Navi Mumbai", "Thane"),
    "IN-ML": ("Shillong",),
    "IN-MN": ("Imphal",),
    "IN-MP": ("Bhopal", "Indore"),
    "IN-MZ": ("Aizawl",),
    "IN-NL": ("Kohima", "Dimapur"),
    "IN-OD": ("Bhubaneswar",),
    "IN-PB": ("Ludhiana",),
    "IN-PY": ("Puducherry", "Pondicherry"),
    "IN-RJ": ("Jaipur",),
    "IN-SK": ("Gangtok",),
    "IN-TN": ("Chennai", "Madras", "Coimbatore", "Madurai", "Salem"),
    "IN-TR": ("Agartala",),
    "IN-TS": ("Hyderabad",),
    "IN-UK": ("Dehradun",),
    "IN-UP": ("Lucknow", "Kanpur", "Noida", "Ghaziabad"),
    "IN-WB": ("Kolkata", "Calcutta"),
    # Australia
    "AU-ACT": ("Canberra",),
    # Newcastle is England's too, of like size (GeoNames): written alone, neither is meant.
    "AU-NSW": ("Sydney", "Newcastle", "Wollongong", "Parramatta"),
    "AU-NT": ("Darwin", "Alice Springs"),
    "AU-QLD": ("Brisbane", "Gold Coast", "Sunshine Coast", "Townsville", "Cairns", "Toowoomba"),
    "AU-SA": ("Adelaide",),
    "AU-TAS": ("Hobart", "Launceston"),
    "AU-VIC": ("Melbourne", "Geelong", "Ballarat", "Bendigo"),
    "AU-WA": ("Perth",),
    # New Zealand: its cities by their region, whose calendar has its anniversary day
    # (Waikato's, Bay of Plenty's and Manawatū-Whanganui's are their old provinces':
    # ``business_days.PROVINCE_CALENDARS``; Auckland, Wellington, Nelson and Gisborne are
    # their regions' names; Timaru is South Canterbury's, a region the
    # package names in full). Hamilton is
    # Ontario's and Scotland's too, Christchurch and Hastings England's towns too, Dunedin
    # Florida's.
    "NZ-CAN": ("Christchurch",),
    "NZ-OTA": ("Dunedin", "Queenstown"),
    "NZ-WKO": ("Hamilton",),
    "NZ-BOP": ("Tauranga", "Rotorua"),
    "NZ-HKB": ("Napier", "Hastings"),
    "NZ-MWT": ("Palmerston North", "Whanganui"),
    "NZ-TKI": ("New Plymouth",),
    "NZ-STL": ("Invercargill",),
    "NZ-NTL": ("Whangārei",),
    "NZ-South Canterbury": ("Timaru",),
    "NZ-MBH": ("Blenheim",),
    "NZ-WTC": ("Greymouth",),
    "NZ-WGN": ("Lower Hutt", "Upper Hutt", "Porirua"),
    # Brazil
    "BR-AC": ("Rio Branco",),
    "BR-AL": ("Maceió",),
    "BR-AM": ("Manaus",),
    "BR-AP": ("Macapá",),
    "BR-BA": ("Salvador",),
    "BR-CE": ("Fortaleza",),
    "BR-DF": ("Brasília",),
    "BR-ES": ("Vitória", "Vila Velha"),
    "BR-GO": ("Goiânia",),
    "BR-MA": ("São Luís",),
    "BR-MG": ("Belo Horizonte",),
    "BR-MS": ("Campo Grande",),
    "BR-MT": ("Cuiabá",),
    "BR-PA": ("Belém",),
    "BR-PB": ("João Pessoa",),
    "BR-PE": ("Recife",),
    "BR-PI": ("Teresina",),
    "BR-PR": ("Curitiba",),
    "BR-RJ": ("Rio de Janeiro", "Rio"),
    "BR-RN": ("Natal",),
    "BR-RO": ("Porto Velho",),
    "BR-RR": ("Boa Vista",),
    "BR-RS": ("Porto Alegre",),
    "BR-SC": ("Florianópolis", "Joinville"),
    "BR-SE": ("Aracaju",),
    # The city of São Paulo has a calendar of its own (its anniversary, 25 January, and Corpus
    # Christi are days off there), the package's 'São Paulo Capital'; the state's other towns
    # keep the state's (``CITY_CALENDARS``).
    "BR-São Paulo Capital": ("São Paulo",),
    "BR-SP": ("Campinas", "Santos", "Guarulhos", "Ribeirão Preto", "Sorocaba"),
    "BR-TO": ("Palmas",),
    # Canada
    "CA-AB": ("Edmonton", "Calgary"),
    "CA-BC": ("Victoria", "Vancouver", "Burnaby"),
    "CA-MB": ("Winnipeg",),
    "CA-NB": ("Fredericton", "Moncton"),
    "CA-NL": ("St. John's",),
    "CA-NS": ("Halifax", "Sydney"),
    "CA-NT": ("Yellowknife",),
    "CA-NU": ("Iqaluit",),
    "CA-ON": (
        *("Toronto", "Ottawa", "London", "Kingston", "Perth", "Paris", "Mississauga"),
        *("Brampton", "Hamilton", "Markham", "Kitchener", "Oakville"),
    ),
    "CA-PE": ("Charlottetown",),
    "CA-QC": ("Quebec City", "Québec", "Montreal", "Montréal", "Gatineau"),
    "CA-SK": ("Regina", "Saskatoon"),
    "CA-YT": ("Whitehorse",),
    # Europe: the large job markets whose region has its own calendar (Catalonia's, Bavaria's,
    # North Rhine-Westphalia's, the province of Milan's, the district of Lisbon's, Uusimaa's)
    "ES-CT": ("Girona", "Tarragona"),
    # The towns the holidays package gives a calendar of their own, inside their region's
    # (``CITY_CALENDARS``): Barcelona (Whit Monday and La Mercè, 24 September, beside
    # Catalonia's days), Augsburg (Bavaria's days, Assumption and its Peace Festival, 8
    # August), the city of Zürich (the canton's, Berchtold's Day, 2 January, and
    # Knabenschiessen), and the Italian towns that share a province with another (each keeps
    # its own patron's day only, not its neighbours': Andria, Barletta and Trani, of
    # Barletta-Andria-Trani; Cesena and Forlì, of Forlì-Cesena; Pesaro and Urbino, of Pesaro
    # and Urbino). Zürich is the canton's name too: alone or before its country it is the
    # city (``CITIES_NOT_REGIONS``).
    "ES-Barcelona": ("Barcelona",),
    "DE-Augsburg": ("Augsburg",),
    "CH-Stadt Zurich": (
        *("Zürich", "Zurich", "Zuerich", "Zurigo", "Zurych", "Stadt Zürich", "Zürich City"),
        "City of Zurich",
    ),
    "IT-Andria": ("Andria",),
    "IT-Barletta": ("Barletta",),
    "IT-Trani": ("Trani",),
    "IT-Cesena": ("Cesena",),
    "IT-Forli": ("Forlì", "Forli"),
    "IT-Pesaro": ("Pesaro",),
    "IT-Urbino": ("Urbino",),
    "DE-BY": (
        *("Munich", "München", "Muenchen", "Nuremberg", "Nürnberg", "Nuernberg", "Erlangen"),
        *("Regensburg", "Ingolstadt", "Würzburg", "Wuerzburg", "Garching", "Herzogenaurach"),
        *("Passau", "Landshut", "Rosenheim", "Freising"),
    ),
    "DE-NW": (
        *("Cologne", "Köln", "Koeln", "Düsseldorf", "Duesseldorf", "Essen", "Dortmund"),
        *("Duisburg", "Bochum", "Bonn", "Aachen", "Münster", "Bielefeld", "Gütersloh"),
        "Leverkusen",
    ),
    # Germany's other large job markets, and the towns of its large employers (SAP's
    # Walldorf, Schwarz's Neckarsulm, Volkswagen's Wolfsburg); the city states (Berlin,
    # Hamburg, Bremen) are regions of their own.
    "DE-BW": (
        *("Stuttgart", "Karlsruhe", "Mannheim", "Heidelberg", "Walldorf", "Neckarsulm"),
        *("Ulm", "Heilbronn", "Tübingen", "Böblingen", "Sindelfingen"),
    ),
    "DE-HE": (
        *("Frankfurt", "Frankfurt am Main", "Wiesbaden", "Darmstadt", "Kassel", "Eschborn"),
        "Bad Homburg",
    ),
    # ... and the Catholic towns of Saxony's Sorbian country and Thuringia's Eichsfeld, which
    # keep Corpus Christi (``CORPUS_CHRISTI_TOWNS``), with the district towns around them.
    "DE-SN": (
        *("Leipzig", "Dresden", "Chemnitz", "Bautzen", "Crostwitz", "Nebelschütz"),
        *("Panschwitz-Kuckau", "Räckelwitz", "Ralbitz-Rosenthal"),
    ),
    "DE-NI": ("Hanover", "Hannover", "Wolfsburg", "Braunschweig", "Göttingen", "Osnabrück"),
    "DE-RP": ("Mainz", "Ludwigshafen", "Koblenz", "Kaiserslautern"),
    "DE-SL": ("Saarbrücken",),
    "DE-SH": ("Kiel", "Lübeck"),
    "DE-MV": ("Rostock", "Schwerin"),
    "DE-BB": ("Potsdam",),
    "DE-ST": ("Magdeburg", "Halle (Saale)"),
    "DE-TH": (
        *("Erfurt", "Jena", "Heilbad Heiligenstadt", "Leinefelde-Worbis", "Leinefelde"),
        *("Worbis", "Dingelstädt"),
    ),
    # Austria's and Switzerland's (Wien, Salzburg, Zug, Luzern are regions' names; Zürich is
    # the city's own calendar, above)
    "AT-6": ("Graz",),
    "AT-4": ("Linz",),
    "AT-7": ("Innsbruck",),
    "CH-GE": ("Geneva", "Genève", "Genf"),
    "CH-VD": ("Lausanne",),
    "CH-BE": ("Bern", "Berne"),
    "CH-TI": ("Lugano",),
    "CH-ZH": ("Winterthur",),
    # Spain's (Madrid, Murcia, Navarra are regions' names; Valencia is Venezuela's too)
    "ES-AN": ("Seville", "Sevilla", "Málaga", "Granada"),
    "ES-PV": ("Bilbao", "San Sebastián", "Donostia", "Vitoria-Gasteiz"),
    "ES-AR": ("Zaragoza",),
    "ES-VC": ("Valencia", "Alicante"),
    "ES-IB": ("Palma", "Palma de Mallorca"),
    # Santiago de Compostela is Galicia's capital, not Chile's Santiago ('Santiago' alone),
    # and Spain's only Santiago: 'Santiago, Spain' or a City 'Santiago' beside a Country
    # 'Spain' is Galicia's (ot104 F11: it was Spain's national calendar, working Galician
    # Literature Day, 17 May). Alone the name is Chile's (SMALL_HOMES).
    "ES-GA": ("Vigo", "A Coruña", "La Coruña", "Santiago de Compostela", "Santiago"),
    "ES-CL": ("Valladolid",),
    "ES-AS": ("Oviedo", "Gijón"),
    "ES-NC": ("Pamplona",),
    # Italy's (its calendars are the provinces' patron saints' days)
    "IT-MI": ("Milan", "Milano"),
    "IT-RM": ("Rome", "Roma"),
    "IT-TO": ("Turin", "Torino"),
    "IT-NA": ("Naples", "Napoli"),
    "IT-BO": ("Bologna",),
    "IT-FI": ("Florence", "Firenze"),
    "IT-GE": ("Genoa", "Genova"),
    "IT-VE": ("Venice", "Venezia"),
    # Portugal's (Braga, Coimbra, Faro, Aveiro and Setúbal are its districts' names)
    "PT-11": ("Lisbon", "Lisboa", "Sintra", "Cascais", "Oeiras"),
    "PT-13": ("Porto", "Oporto", "Vila Nova de Gaia", "Matosinhos"),
    "PT-30": ("Funchal",),
    "PT-20": ("Ponta Delgada",),
    "FI-18": ("Helsinki", "Espoo", "Vantaa"),
    # Åland's capital keeps its Autonomy Day (9 June): the islands' calendar, FI-01 or AX
    "FI-01": ("Mariehamn", "Maarianhamina"),
    # France's (Alsace and Moselle keep Good Friday and St Stephen's Day)
    "FR-6AE": ("Strasbourg", "Mulhouse"),
    "FR-57": ("Metz",),
    # Latin America's capitals whose calendars have regions (Chile's Región Metropolitana,
    # Bolivia's department of La Paz, the city of Buenos Aires: the province of that name,
    # AR-B, is the land around it)
    "CL-RM": ("Santiago", "Santiago de Chile"),
    "BO-L": ("La Paz",),
    "AR-C": ("Buenos Aires",),
    # Bosnia and Herzegovina's entities keep days of their own: the Federation its Statehood
    # Day (25 November), Republika Srpska Orthodox New Year (14 January), Brčko District the
    # day of its founding (8 March).
    "BA-BIH": ("Sarajevo", "Mostar", "Tuzla", "Zenica"),
    "BA-SRP": ("Banja Luka", "Bijeljina"),
    "BA-BRC": ("Brčko",),
    # Micronesia's states (Yap Day, Pohnpei's Liberation Day; Palikir, the capital, and
    # Kolonia are Pohnpei's towns) and Bonaire, of the Caribbean Netherlands' calendar (BQ:
    # Rincon Day, Bonaire Day), not the Netherlands'.
    "FM-YAP": ("Yap",),
    "FM-PNI": ("Palikir", "Kolonia"),
    "BQ-BON": ("Kralendijk",),
    # St Helena's capital, of the island's calendar (Saint Helena Day, 21 May), which is also
    # the name of towns of New York (28,000 people) and North Dakota (15,000), listed there:
    # alone the name is none of them and Problems names each ('Jamestown, St Helena',
    # 'Jamestown, NY').
    "SH-HL": ("Jamestown",),
    # The United States' territories, as San Juan is Puerto Rico's
    "US-AS": ("Pago Pago",),
    "US-GU": ("Hagåtña", "Hagatna"),
    "US-MP": ("Saipan",),
    "US-VI": ("Charlotte Amalie",),
    # Malaysia's states keep holidays of their own (Kuala Lumpur's Federal Territory Day,
    # Thaipusam) and Kelantan, Terengganu and Kedah a Sunday-Thursday week: the largest cities
    # and the towns of the Klang Valley's employers (outside test ot82 F2, F4: each was the
    # national calendar or the default's).
    "MY-14": ("Kuala Lumpur",),
    "MY-16": ("Putrajaya",),
    "MY-10": ("Shah Alam", "Petaling Jaya", "Subang Jaya", "Cyberjaya", "Klang"),
    "MY-07": ("George Town",),
    "MY-01": ("Johor Bahru", "Johor Baharu"),
    "MY-03": ("Kota Bharu",),
    "MY-08": ("Ipoh",),
    "MY-12": ("Kota Kinabalu",),
    "MY-13": ("Kuching",),
    # Mexico: the largest cities (the package has no state calendars; written with the usual
    # abbreviations of REGION_SPELLINGS)
    "MX-CMX": ("Mexico City", "Ciudad de México", "CDMX"),
    "MX-JAL": ("Guadalajara", "Zapopan"),
    "MX-NLE": ("Monterrey",),
    "MX-BCN": ("Tijuana", "Mexicali"),
    "MX-PUE": ("Puebla",),
    "MX-QUE": ("Querétaro",),
    "MX-YUC": ("Mérida",),
    "MX-ROO": ("Cancún",),
    "MX-GUA": ("León",),
    "MX-CHH": ("Chihuahua", "Ciudad Juárez"),
    # The United Kingdom's nations (London, Cambridge, Perth and Manchester have homes
    # elsewhere too: see USUAL_HOMES).
    "GB-ENG": (
        "London",
        "Birmingham",
        "Manchester",
        "Leeds",
        "Liverpool",
        "Sheffield",
        "Bristol",
        "Newcastle",
        "Newcastle upon Tyne",
        "Christchurch",
        "Hastings",
        "Nottingham",
        "Leicester",
        "Southampton",
        "Reading",
        "Brighton",
        "Cambridge",
        "Oxford",
        "Milton Keynes",
        "York",
    ),
    "GB-SCT": ("Edinburgh", "Glasgow", "Aberdeen", "Dundee", "Inverness", "Perth", "Hamilton"),
    "GB-WLS": ("Cardiff", "Swansea", "Newport"),
    "GB-NIR": ("Belfast", "Derry", "Londonderry"),
}

# Ways a region is written that the ``holidays`` package does not take (it takes the code it
# uses and the region's name): ISO's former or newer Indian codes, and Mexico's usual
# abbreviations (ISO gives its states three letters: MX-NLE is written NL).
REGION_SPELLINGS: dict[str, tuple[str, ...]] = {
    "IN-CG": ("CT",),
    "IN-OD": ("OR", "Orissa"),
    "IN-UK": ("UT", "Uttaranchal"),
    "IN-TS": ("TG",),
    "MX-CMX": ("CDMX", "DF", "Ciudad de México", "Mexico City"),
    "MX-JAL": ("Jal", "Jalisco"),
    "MX-NLE": ("NL", "Nuevo León"),
    "MX-BCN": ("BC", "Baja California"),
    "MX-PUE": ("Pue", "Puebla"),
    "MX-QUE": ("Qro", "Querétaro"),
    "MX-YUC": ("Yuc", "Yucatán"),
    "MX-ROO": ("QR", "Q Roo", "Quintana Roo"),
    "MX-GUA": ("Gto", "Guanajuato"),
    "MX-CHH": ("Chih", "Chihuahua"),
    # Malaysia's federal territory, as its addresses write it ('Kuala Lumpur, Wilayah
    # Persekutuan', 'WP Kuala Lumpur'); alone, Kuala Lumpur's (Putrajaya keeps the same days).
    "MY-14": ("Wilayah Persekutuan", "WP", "WP Kuala Lumpur"),
}

# The states, provinces and counties people write after a city of ``CITIES_BY_COUNTRY``
# whose country's calendar has no regions, as they write them there: 'Abuja, FCT', 'Kumasi,
# Ashanti', 'Hyderabad, Sindh' are that country's (outside test ot77 F3). A city before words
# no table knows is not read ('Wellington, Somerset' is not New Zealand's: ot80 F3).
COUNTRY_REGION_SPELLINGS: dict[str, tuple[str, ...]] = {
    "NG": (
        *("FCT", "Federal Capital Territory", "Rivers", "Rivers State", "Lagos State"),
        *("Kano State", "Enugu State", "Oyo", "Oyo State", "Kaduna State", "Ogun"),
        *("Ogun State", "Edo", "Edo State"),
    ),
    "GH": ("Ashanti", "Ashanti Region", "Greater Accra", "Greater Accra Region", "Western Region"),
    "KE": (
        *("Coast", "Nairobi County", "Mombasa County", "Kisumu County", "Nakuru County"),
        *("Uasin Gishu", "Rift Valley", "Nyanza"),
    ),
    "ZA": (
        *("KZN", "GP", "WC", "Gauteng", "Western Cape", "KwaZulu-Natal", "Eastern Cape"),
        *("Free State", "Limpopo", "Mpumalanga", "North West"),
    ),
    "PK": (
        *("Sindh", "Punjab", "Khyber Pakhtunkhwa", "KPK", "KP", "Balochistan", "ICT"),
        "Islamabad Capital Territory",
    ),
    "HU": ("Hajdú-Bihar", "Pest", "Csongrád", "Csongrád-Csanád", "Baranya", "Győr-Moson-Sopron"),
    "HR": ("Dalmatia", "Split-Dalmatia", "Primorje-Gorski Kotar"),
    # Asia's and Latin America's (ot82 F4: 'Makati City, Metro Manila', 'Medellín, Antioquia')
    "PH": ("Metro Manila", "NCR", "National Capital Region", "Cebu"),
    "ID": ("DKI Jakarta", "Banten", "Jawa Barat", "West Java", "Jawa Timur", "East Java", "Bali"),
    "CO": ("Antioquia", "Valle del Cauca", "Cundinamarca", "Atlántico", "Bolívar", "Santander"),
    "PE": ("Arequipa", "Cusco", "La Libertad"),
    # France's regions, which its calendar lacks (it has Alsace's and Moselle's days only), as
    # LinkedIn writes them after a town, in French and in English (fx276: 'Lyon,
    # Auvergne-Rhône-Alpes' was "not a country", on the default calendar); a town of Alsace
    # or Moselle before 'Grand Est' keeps their days ('Strasbourg, Grand Est' FR-6AE).
    "FR": (
        *("Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Burgundy-Franche-Comté"),
        *("Bretagne", "Brittany", "Centre-Val de Loire", "Corse", "Corsica", "Grand Est"),
        *("Hauts-de-France", "Île-de-France", "Normandie", "Normandy", "Nouvelle-Aquitaine"),
        *("Occitanie", "Occitania", "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "PACA"),
    ),
    # Italy's twenty regions, which its calendar lacks (it keeps its provinces' patron saints),
    # in Italian and in English (found beside fx276: 'Milano, Lombardia', 'Roma, Lazio' were
    # "not a country", on the default calendar); a town's province is kept ('Milano,
    # Lombardia' IT-MI, Sant'Ambrogio), any other town is Italy's (``REGIONS_AFTER_ANY_TOWN``).
    "IT": (
        *("Abruzzo", "Basilicata", "Calabria", "Campania", "Emilia-Romagna", "Lazio", "Latium"),
        *("Friuli-Venezia Giulia", "Liguria", "Lombardia", "Lombardy", "Marche", "Molise"),
        *("Piemonte", "Piedmont", "Puglia", "Apulia", "Sardegna", "Sardinia", "Sicilia"),
        *("Sicily", "Toscana", "Tuscany", "Trentino-Alto Adige", "Trentino-South Tyrol"),
        *("Trentino", "Alto Adige", "Südtirol", "South Tyrol", "Umbria", "Valle d'Aosta"),
        *("Aosta Valley", "Veneto"),
    ),
}

# The countries of ``COUNTRY_REGION_SPELLINGS`` whose regions' names name no other place, so
# are read after any town, its country's calendar's subdivision when the town is one ('Bergamo,
# Lombardia' IT-BG, 'Monza, Lombardia' IT); the other countries' hold words that do ('Coast',
# 'North West', 'Punjab', 'Santander'), read after a town of the tables only.
REGIONS_AFTER_ANY_TOWN: tuple[str, ...] = ("IT",)

# The large job markets of countries whose calendars have no regions, read alone ('Dubai') or
# before their country ('Dubai, UAE'): the capital and the largest business cities, in English
# and as the country writes them.
CITIES_BY_COUNTRY: dict[str, tuple[str, ...]] = {
    "AE": ("Dubai", "Abu Dhabi", "Sharjah", "Ajman", "دبي", "أبوظبي", "أبو ظبي"),
    "SA": ("Riyadh", "Jeddah", "Dammam", "Khobar", "الرياض", "جدة"),
    "QA": ("Doha", "الدوحة"),
    "BH": ("Manama",),
    "KW": ("Kuwait City",),
    "OM": ("Muscat",),
    "EG": ("Cairo", "Alexandria", "Giza", "New Cairo", "القاهرة"),
    "IL": (
        *("Tel Aviv", "Tel Aviv-Yafo", "Jerusalem", "Haifa", "Herzliya", "Petah Tikva"),
        *("Ramat Gan", "Netanya", "Ra'anana", "Rehovot", "Beersheba", "Be'er Sheva"),
        *("Yokneam", "תל אביב", "ירושלים"),
    ),
    # Asia's large job markets, also as their people write them; a name in Chinese, Japanese
    # or Korean script is also read before its ward, district or province's suffix ('東京都渋谷区',
    # '서울 강남구': ``countries.east_asian_city``).
    "JP": (
        *("Tokyo", "Osaka", "Yokohama", "Nagoya", "Kyoto", "Fukuoka", "東京", "大阪"),
        *("横浜", "名古屋", "京都", "福岡", "札幌", "神戸", "Sapporo", "Kobe"),
        *("広島", "Hiroshima"),
    ),
    "KR": (
        *("Seoul", "Busan", "Incheon", "Pangyo", "서울", "서울특별시", "ソウル", "부산"),
        *("Seongnam", "Suwon", "Daejeon", "Daegu", "인천", "성남", "판교", "수원", "대전", "대구"),
        "경기도",
    ),
    "CN": (
        "Beijing",
        "Shanghai",
        "Shenzhen",
        "Guangzhou",
        "Hangzhou",
        "Chengdu",
        "北京",
        "上海",
        "深圳",
        "广州",
        "杭州",
        *("成都", "南京", "苏州", "武汉", "西安", "天津", "重庆", "Nanjing", "Suzhou", "Wuhan"),
        *("Xi'an", "Tianjin", "Chongqing"),
    ),
    "HK": ("Kowloon", "中環", "九龍"),
    "TW": ("Taipei", "Hsinchu", "台北", "臺北", "新竹", "New Taipei", "新北", "Taichung", "台中"),
    "SG": ("Singapore",),
    "VN": (
        *("Ho Chi Minh City", "Hanoi", "Saigon", "HCMC", "TP. Hồ Chí Minh", "TP Hồ Chí Minh"),
        *("Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Hà Nội", "Da Nang", "Đà Nẵng", "Haiphong"),
        "Hai Phong",
    ),
    "TH": (
        *("Bangkok", "Chiang Mai", "Phuket", "Pattaya", "Nonthaburi", "กรุงเทพมหานคร"),
        *("กรุงเทพฯ", "กรุงเทพ", "เชียงใหม่"),
    ),
    # Jakarta's five cities and its neighbours (Jabodetabek), and Indonesia's other large ones
    "ID": (
        *("Jakarta", "Jakarta Selatan", "Jakarta Pusat", "Jakarta Barat", "Jakarta Timur"),
        *("Jakarta Utara", "South Jakarta", "Central Jakarta", "West Jakarta", "East Jakarta"),
        *("North Jakarta", "Tangerang", "Tangerang Selatan", "South Tangerang", "Bekasi"),
        *("Depok", "Bogor", "Surabaya", "Bandung", "Medan", "Semarang", "Yogyakarta"),
        *("Denpasar", "Bali", "Batam", "Makassar"),
    ),
    # Metro Manila's cities and business districts (Makati, BGC in Taguig, Ortigas in Pasig)
    "PH": (
        *("Manila", "Makati", "Cebu", "Makati City", "Metro Manila", "Taguig", "Taguig City"),
        *("BGC", "BGC Taguig", "Bonifacio Global City", "Quezon City", "Pasig", "Pasig City"),
        *("Ortigas", "Mandaluyong", "Pasay", "Parañaque", "Cebu City", "Davao", "Davao City"),
    ),
    "TR": ("Istanbul", "İstanbul", "Ankara"),
    # Africa's large job markets: the largest cities, the business districts trackers name
    # alone (Lagos's Lekki, Ikeja and Victoria Island, Johannesburg's Sandton), and the names
    # in daily use ('Joburg', 'Lagos State'); South Africa's provinces too, as its calendar
    # has none of its own (outside test ot75 F6: each was the US calendar, with a line).
    "NG": (
        *("Lagos", "Abuja", "Port Harcourt", "Ibadan", "Kano", "Benin City", "Enugu"),
        *("Kaduna", "Abeokuta", "Lekki", "Ikeja", "Victoria Island", "Lagos Island"),
        "Lagos State",
    ),
    "KE": ("Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"),
    "GH": ("Accra", "Kumasi", "Tema", "Takoradi", "Tamale"),
    "RW": ("Kigali",),
    "ET": ("Addis Ababa", "Dire Dawa"),
    "UG": ("Kampala", "Entebbe"),
    "TZ": ("Dar es Salaam", "Dodoma", "Arusha", "Mwanza"),
    "MA": (
        *("Casablanca", "Rabat", "Tangier", "Tanger", "Marrakech", "Marrakesh", "Fes", "Fez"),
        *("Agadir", "Meknes"),
    ),
    "DZ": ("Algiers", "Alger", "Oran"),
    "TN": ("Tunis",),
    "SN": ("Dakar",),
    "CI": ("Abidjan", "Yamoussoukro"),
    "CM": ("Douala", "Yaoundé"),
    "ZW": ("Harare", "Bulawayo"),
    "ZM": ("Lusaka", "Ndola", "Kitwe"),
    "BW": ("Gaborone",),
    "NA": ("Windhoek",),
    "MZ": ("Maputo",),
    "AO": ("Luanda",),
    "CD": ("Kinshasa", "Lubumbashi"),
    "MU": ("Port Louis", "Ebene"),
    "IE": ("Dublin", "Cork", "Galway", "Limerick"),
    "NL": (
        *("Amsterdam", "Rotterdam", "Eindhoven", "The Hague", "Den Haag", "Utrecht"),
        *("Groningen", "Leiden", "Delft", "Haarlem", "Amstelveen", "Nijmegen"),
        *("Zwolle", "Arnhem", "Tilburg", "Breda", "Maastricht", "Enschede", "Almere"),
    ),
    "FR": (
        *("Paris", "Lyon", "Toulouse", "Marseille", "Nice", "Nantes", "Bordeaux", "Lille"),
        *("Montpellier", "Rennes", "Grenoble", "Sophia Antipolis"),
    ),
    "PL": ("Warsaw", "Warszawa", "Kraków", "Krakow", "Wrocław", "Gdańsk", "Poznań", "Łódź"),
    "CZ": ("Prague", "Praha", "Brno", "Ostrava", "Plzeň", "Pilsen", "Olomouc", "Liberec"),
    "FI": ("Tampere", "Turku", "Åbo", "Oulu", "Jyväskylä", "Lahti", "Kuopio", "Vaasa"),
    "SE": ("Stockholm", "Gothenburg", "Göteborg", "Malmö"),
    "DK": ("Copenhagen", "København", "Aarhus"),
    "NO": ("Oslo", "Bergen", "Trondheim"),
    "IS": ("Reykjavík", "Kópavogur", "Hafnarfjörður", "Akureyri"),
    "BE": (
        *("Brussels", "Bruxelles", "Brussel", "Antwerp", "Antwerpen", "Ghent", "Gent"),
        *("Liège", "Luik", "Namur", "Charleroi", "Leuven", "Louvain", "Mechelen", "Bruges"),
        *("Brugge", "Hasselt", "Eupen"),
    ),
    # The EU's smaller calendars: the capital and the next largest cities (outside test ot77
    # F3: 'Debrecen', 'Győr' and 'Pécs' beside 'Budapest, HU' were the US calendar).
    "HU": (
        *("Budapest", "Debrecen", "Szeged", "Miskolc", "Pécs", "Győr", "Nyíregyháza"),
        *("Kecskemét", "Székesfehérvár"),
    ),
    "SK": ("Bratislava", "Košice", "Žilina", "Nitra", "Prešov", "Banská Bystrica", "Trnava"),
    "SI": ("Ljubljana", "Maribor"),
    "RO": (
        *("Bucharest", "București", "Cluj-Napoca", "Cluj", "Timișoara", "Iași", "Constanța"),
        *("Brașov", "Craiova", "Oradea", "Sibiu"),
    ),
    "EE": ("Tallinn", "Tartu"),
    "LT": ("Vilnius", "Kaunas", "Klaipėda"),
    "LV": ("Riga", "Rīga", "Liepāja"),
    "HR": ("Zagreb", "Split", "Rijeka", "Osijek", "Zadar"),
    "RS": ("Belgrade", "Beograd", "Novi Sad", "Niš", "Kragujevac"),
    "BG": ("Sofia", "Plovdiv", "Varna", "Burgas"),
    "NZ": ("Auckland", "Wellington"),
    "GR": ("Athens", "Αθήνα", "Thessaloniki", "Θεσσαλονίκη", "Patras", "Heraklion", "Larissa"),
    "RU": ("Moscow", "Москва"),
    "UA": ("Kyiv", "Kiev", "Київ"),
    "GE": ("Tbilisi", "თბილისი"),
    # Latin America's (Valencia is Spain's too: see resolve_country)
    "CO": ("Bogotá", "Medellín", "Cali", "Barranquilla", "Bucaramanga"),
    "PE": ("Lima", "Arequipa", "Cusco", "Cuzco"),
    "EC": ("Quito", "Guayaquil"),
    "UY": ("Montevideo",),
    "PY": ("Asunción",),
    "VE": ("Caracas", "Valencia", "Maracaibo"),
    "CR": ("San José",),
    "GT": ("Guatemala City",),
    "DO": ("Santo Domingo", "Santiago de los Caballeros"),  # its second city, not Chile's
    "PK": ("Karachi", "Lahore", "Islamabad", "Hyderabad"),
    "BD": ("Dhaka",),
    "LK": ("Colombo",),
    "NP": ("Kathmandu",),
    "ZA": (
        *("Johannesburg", "Joburg", "Cape Town", "Pretoria", "Durban", "Sandton", "Midrand"),
        *("Centurion", "Gqeberha", "Port Elizabeth", "Bloemfontein", "Stellenbosch"),
        *("Soweto", "Umhlanga", "Randburg", "Roodepoort", "Fourways", "Bellville", "Paarl"),
        *("Pietermaritzburg", "Polokwane", "Mbombela", "Nelspruit", "Rustenburg"),
        *("Gauteng", "Western Cape", "KwaZulu-Natal", "Eastern Cape"),
    ),
    "JM": ("Kingston",),
    # Guyana's capital, spelt as Penang's George Town is (the tables compare names without
    # spaces): 'Georgetown' or 'George Town' alone names both and is read with its country
    # or region only ('Georgetown, Penang', 'Georgetown, Guyana'); 'Georgetown, DC' is
    # Washington's (outside test ot86 F2: each was Penang's, MY-07). The Cayman Islands'
    # George Town is not listed: 'Georgetown, KY' is Kentucky's.
    "GY": ("Georgetown",),
    # The capitals of the other countries and territories the holidays package has a
    # calendar for, and the largest city beside a capital that is not the country's business
    # centre (Almaty, Yangon, Cotonou, Limassol). Not listed, and read with their country
    # ('Douglas, Isle of Man'): the capitals whose name is a larger city's elsewhere in these
    # tables or a common name (Antigua's St. John's is Newfoundland's, Bermuda's Hamilton New
    # Zealand's, Ontario's and Scotland's, the Caymans' George Town Penang's, Norfolk Island's
    # Kingston Jamaica's, the Isle of Man's Douglas, the Falklands' Stanley, Réunion's
    # Saint-Denis, Guadeloupe's Basse-Terre, spelt as Saint Kitts' Basseterre; St Helena's
    # Jamestown is listed with the US towns of its name, SH-HL), nor the countries' names
    # (Djibouti, Monaco, Luxembourg, Gibraltar).
    "AF": ("Kabul",),
    "AL": ("Tirana", "Tiranë"),
    "AM": ("Yerevan",),
    "AW": ("Oranjestad",),
    "AZ": ("Baku",),
    "BB": ("Bridgetown",),
    "BF": ("Ouagadougou",),
    "BI": ("Gitega", "Bujumbura"),
    "BJ": ("Porto-Novo", "Cotonou"),
    "BL": ("Gustavia",),
    "BN": ("Bandar Seri Begawan",),
    "BS": ("Nassau",),
    "BY": ("Minsk",),
    "BZ": ("Belmopan", "Belize City"),
    "CF": ("Bangui",),
    "CG": ("Brazzaville", "Pointe-Noire"),
    "CK": ("Avarua",),
    "CU": ("Havana", "La Habana", "Santiago de Cuba"),  # Cuba's second city, not Chile's
    "CW": ("Willemstad",),
    "CY": ("Nicosia", "Limassol"),
    "DM": ("Roseau",),
    "ER": ("Asmara",),
    "FJ": ("Suva",),
    "FO": ("Tórshavn",),
    "GA": ("Libreville",),
    "GD": ("St. George's",),
    "GF": ("Cayenne",),
    "GG": ("St Peter Port",),
    "GL": ("Nuuk",),
    "GM": ("Banjul",),
    "GN": ("Conakry",),
    "GP": ("Pointe-à-Pitre",),
    "GQ": ("Malabo",),
    "GW": ("Bissau",),
    "HN": ("Tegucigalpa", "San Pedro Sula"),
    "HT": ("Port-au-Prince",),
    "IQ": ("Baghdad", "Erbil"),
    "IR": ("Tehran",),
    "JE": ("St Helier",),
    "JO": ("Amman",),
    "KG": ("Bishkek",),
    "KH": ("Phnom Penh",),
    "KI": ("Tarawa", "South Tarawa"),
    "KM": ("Moroni",),
    "KN": ("Basseterre",),
    "KP": ("Pyongyang",),
    "KZ": ("Astana", "Almaty"),
    "LA": ("Vientiane",),
    "LB": ("Beirut",),
    "LC": ("Castries",),
    "LI": ("Vaduz",),
    "LR": ("Monrovia",),
    "LS": ("Maseru",),
    "LY": ("Tripoli", "Benghazi"),
    "MD": ("Chișinău", "Chisinau"),
    "ME": ("Podgorica",),
    "MF": ("Marigot",),
    "MG": ("Antananarivo",),
    "MH": ("Majuro",),
    "MK": ("Skopje",),
    "ML": ("Bamako",),
    "MM": ("Naypyidaw", "Nay Pyi Taw", "Yangon", "Rangoon"),
    "MN": ("Ulaanbaatar", "Ulan Bator"),
    "MQ": ("Fort-de-France",),
    "MR": ("Nouakchott",),
    "MT": ("Valletta",),
    "MV": ("Malé",),
    "MW": ("Lilongwe", "Blantyre"),
    "NC": ("Nouméa",),
    "NE": ("Niamey",),
    "NR": ("Yaren",),
    "NU": ("Alofi",),
    "PF": ("Papeete",),
    "PG": ("Port Moresby",),
    "PN": ("Adamstown",),
    "PS": ("Ramallah",),
    "PW": ("Ngerulmud", "Koror"),
    "SD": ("Khartoum",),
    "SJ": ("Longyearbyen",),
    "SL": ("Freetown",),
    "SO": ("Mogadishu",),
    "SR": ("Paramaribo",),
    "SS": ("Juba",),
    "ST": ("São Tomé",),
    "SX": ("Philipsburg",),
    "SY": ("Damascus",),
    "SZ": ("Mbabane",),
    "TC": ("Cockburn Town",),
    "TD": ("N'Djamena",),
    "TG": ("Lomé",),
    "TJ": ("Dushanbe",),
    "TL": ("Dili",),
    "TM": ("Ashgabat",),
    "TO": ("Nuku'alofa",),
    "TT": ("Port of Spain",),
    "TV": ("Funafuti",),
    "UZ": ("Tashkent",),
    "VC": ("Kingstown",),
    "VG": ("Road Town",),
    "VU": ("Port Vila",),
    "WF": ("Mata-Utu",),
    "WS": ("Apia",),
    "XK": ("Pristina", "Prishtina"),
    "YE": ("Sanaa", "Sana'a"),
    "YT": ("Mamoudzou",),
}

# A city with several homes in these tables (London: England and Ontario), written alone, is
# the one most people mean: its largest home by population, several times the others' (the
# national censuses' figures: London 8.8 million against Ontario's 420,000; Kingston, Jamaica
# 670,000 against Ontario's 130,000). One not listed here is not read alone ('Portland',
# 'Birmingham'); with its region or country ('Portland, ME', 'London, ON') every one is.
USUAL_HOMES: dict[str, str] = {
    "London": "GB-ENG",
    "Manchester": "GB-ENG",
    "Cambridge": "GB-ENG",
    "Perth": "AU-WA",
    "Sydney": "AU-NSW",
    "Vancouver": "CA-BC",
    "Paris": "FR",
    "Kingston": "JM",
    "San Jose": "US-CA",  # 1 million against Costa Rica's 340,000
    "Columbus": "US-OH",  # 910,000 against Georgia's 200,000
    "Christchurch": "NZ-CAN",  # 390,000 against Dorset's 30,000
    "Dunedin": "NZ-OTA",  # 130,000 against Florida's 36,000
    "Hyderabad": "IN-TS",  # 6.8 million against Sindh's 1.7 million
    "Santiago": "CL-RM",  # 6.3 million against Santiago de Compostela's 100,000
}

# Cities whose name is a word trackers use for something else, read only with their country
# or region ('Split, Croatia', 'Split, HR', 'Split, Dalmatia'): 'Split' alone, 'Hybrid/Split'
# or 'Remote - Split' is a split week, not Croatia (outside test ot80 F7).
# The Maldives' capital, Malé, is the word 'Male' too (a tracker's column of sexes).
NOT_READ_ALONE: frozenset[str] = frozenset({"Split", "Malé"})
# ... but written with its accent it is only the city, and read alone (ot100 F8: 'Malé' was
# "not a country the holiday calendars know"); 'Male' and 'MALE' still need their country.
READ_ALONE_WITH_ACCENT: dict[str, str] = {"malé": "MV"}

# Cities whose name is also their country's region around them, in the calendars: written
# alone or before their country they are the city ('Buenos Aires', 'Buenos Aires, Argentina':
# AR-C, the Ciudad Autónoma; 'São Paulo', 'São Paulo, Brazil': the city's calendar), after a
# town or in a State cell the region ('La Plata, Buenos Aires': AR-B, the province; 'Campinas,
# São Paulo': BR-SP, the state). 'Washington' is not one: alone it is the state.
# So is Zürich ('Zürich', 'Zürich, Switzerland', 'Zürich, ZH': the city; 'Winterthur, Zürich',
# 'Kanton Zürich' and a State cell of 'Zürich' the canton, CH-ZH). 'Buenos Aires, Buenos
# Aires, Argentina', a city before its region and its country, is the city, as LinkedIn's
# 'São Paulo, São Paulo, Brazil' is.
CITIES_NOT_REGIONS: frozenset[str] = frozenset(
    {"Buenos Aires", "São Paulo", "Zürich", "Zurich", "Zuerich"}
)

# A city's own calendar inside a region's, as the holidays package names it, with the region
# around it (a city before that region's code or name is the city: 'São Paulo, SP', 'São
# Paulo, São Paulo, Brazil' as LinkedIn writes it) and the name the Why gives the calendar
# ('On the São Paulo (city) calendar', not the package's 'São Paulo Capital').
CITY_CALENDARS: dict[str, tuple[str, str]] = {
    "BR-São Paulo Capital": ("BR-SP", "São Paulo (city)"),
    "ES-Barcelona": ("ES-CT", "Barcelona (city)"),
    "DE-Augsburg": ("DE-BY", "Augsburg (city)"),
    "CH-Stadt Zurich": ("CH-ZH", "Zürich (city)"),
    "IT-Andria": ("IT-BT", "Andria (city)"),
    "IT-Barletta": ("IT-BT", "Barletta (city)"),
    "IT-Trani": ("IT-BT", "Trani (city)"),
    "IT-Cesena": ("IT-FC", "Cesena (city)"),
    "IT-Forli": ("IT-FC", "Forlì (city)"),
    "IT-Pesaro": ("IT-PU", "Pesaro (city)"),
    "IT-Urbino": ("IT-PU", "Urbino (city)"),
}

# Bavaria keeps Assumption Day (Mariä Himmelfahrt, 15 August) only in its municipalities with
# more Catholic than Protestant residents (Feiertagsgesetz Art. 1 Abs. 1 Nr. 2): 1,708 of its
# 2,056 since 2025, as the Bayerisches Landesamt für Statistik finds them from the last census
# (Zensus 2022: statistik.bayern.de/statistik/gebiet_bevoelkerung/zensus/himmelfahrt, and its
# press release of 8 August 2025). The holidays package files the day under its 'catholic'
# category for BY, so Bavaria's calendar, DE-BY, works it, as Nuremberg, Fürth and Erlangen
# (mostly Protestant) do. The towns of the list above that keep it are on ASSUMPTION_CALENDAR,
# Bavaria's days and Assumption: Munich, Regensburg, Ingolstadt and Würzburg (four of the five
# large cities that keep it; Augsburg, the fifth, has a calendar of its own with it), every
# municipality of Upper and Lower Bavaria (Freising, Garching, Landshut, Passau, Rosenheim) and
# Herzogenaurach, one of Middle Franconia's few. A town not listed stays on DE-BY, and its Why
# says the day is a Catholic town's (``business_days.CATHOLIC_DAY_NOTES``) rather than guess.
ASSUMPTION_CALENDAR = "DE-BY-Catholic"
ASSUMPTION_TOWNS: frozenset[str] = frozenset(
    {
        *("Munich", "München", "Muenchen", "Regensburg", "Ingolstadt", "Würzburg", "Wuerzburg"),
        *("Freising", "Garching", "Landshut", "Passau", "Rosenheim", "Herzogenaurach"),
    }
)

# Saxony and Thuringia keep Corpus Christi (Fronleichnam) only in their Catholic towns, which
# the holidays package files under its 'catholic' category for SN and TH, as Bavaria's
# Assumption Day: Saxony's in the Sorbian Catholic country north-west of Bautzen, by its
# Fronleichnam ordinance (Crostwitz, Nebelschütz, Panschwitz-Kuckau, Räckelwitz and
# Ralbitz-Rosenthal whole; Bautzen, Göda, Radibor and other towns only for some of their
# villages, so those stay on DE-SN), Thuringia's in the Eichsfeld (ThürFtG § 2 (2): Heilbad
# Heiligenstadt, Leinefelde-Worbis, Dingelstädt). Each region's towns are on its own calendar
# of the region's days and Corpus Christi; 'Heiligenstadt' alone is also Upper Franconia's
# and a district of Vienna, and is not one.
CORPUS_CHRISTI_TOWNS: dict[str, frozenset[str]] = {
    "DE-SN-Catholic": frozenset(
        {"Crostwitz", "Nebelschütz", "Panschwitz-Kuckau", "Räckelwitz", "Ralbitz-Rosenthal"}
    ),
    "DE-TH-Catholic": frozenset(
        {"Heilbad Heiligenstadt", "Leinefelde-Worbis", "Leinefelde", "Worbis", "Dingelstädt"}
    ),
}
# The calendars of a region's Catholic towns, by the region's calendar they are read as first:
# 'DE-BY' -> (ASSUMPTION_CALENDAR, its towns), 'DE-SN' -> ('DE-SN-Catholic', its towns).
CATHOLIC_TOWNS: dict[str, tuple[str, frozenset[str]]] = {
    "DE-BY": (ASSUMPTION_CALENDAR, ASSUMPTION_TOWNS),
    **{
        calendar.removesuffix("-Catholic"): (calendar, towns)
        for calendar, towns in CORPUS_CHRISTI_TOWNS.items()
    },
}

# Towns of a region beside a city whose own calendar the package has, which keep town holidays
# of their own that it lacks (every Brazilian município may keep up to four): their region's
# calendar, and the Why says so rather than guess their days (Campinas is not São Paulo).
TOWN_DAYS_UNLISTED: dict[str, str] = {
    town: "BR-SP" for town in ("Campinas", "Santos", "Guarulhos", "Ribeirão Preto", "Sorocaba")
}

# Homes of a shared name too small to be what the name alone means, whatever the tracker's
# other rows or the config's country: a US tracker's 'Paris' is France's, not Texas' town of
# 25,000 (GeoNames), nor Ontario's Paris (12,000) or Perth (6,000). They are read with their
# region written ('Paris, TX', 'Perth, ON').
SMALL_HOMES: frozenset[tuple[str, str]] = frozenset(
    {("Paris", "US-TX"), ("Paris", "CA-ON"), ("Perth", "CA-ON"), ("Santiago", "ES-GA")}
)
