"""Closed word classes of English news writing that the name rules lean on.

These are general resources (titles, role nouns, organisation head words, country names,
speech verbs, common Arabic given names), not facts about any one article.
"""

from __future__ import annotations

from index.extract.names.nations import COUNTRY_NAMES, NATIONALITIES

TITLES = (
    "Lieutenant General",
    "Major General",
    "Brigadier General",
    "General",
    "Lieutenant",
    "Colonel",
    "Lt. Col.",
    "Col.",
    "Gen.",
    "Maj. Gen.",
    "Brig. Gen.",
    "Captain",
    "Capt.",
    "Major",
    "Sergeant",
    "Admiral",
    "Field Marshal",
    "Marshal",
    "Dr.",
    "Dr",
    "Prof.",
    "Professor",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Sheikh",
    "Sheik",
    "Sayyid",
    "Hajji",
    "Mullah",
    "Kak",
    "Imam",
    "Ayatollah",
    "Grand Ayatollah",
    "Cleric",
    "Prime Minister",
    "Deputy Prime Minister",
    "Foreign Minister",
    "Defense Minister",
    "Defence Minister",
    "Interior Minister",
    "Minister",
    "President",
    "Vice President",
    "Speaker",
    "MP",
    "Senator",
    "Governor",
    "Ambassador",
    "Commander",
    "Chief",
    "King",
    "Prince",
    "Emir",
    "Judge",
    "Secretary",
    "Secretary-General",
    "Spokesman",
    "National Security Advisor",
    "National Security Adviser",
    "Advisor",
    "Adviser",
)
"""Titles and ranks written before a name (longest alternatives are tried first)."""

ROLE_NOUNS = frozenset(
    """member spokesman spokesperson spokeswoman spokesmen adviser advisor official officials
    officer analyst expert strategist leader head minister parliamentarian fellow director
    commander chief president mp lawmaker legislator senator congressman congresswoman
    researcher professor cleric chairman chairwoman chairperson deputy secretary general
    colonel lieutenant captain major sergeant corporal admiral commodore marshal brigadier
    governor mayor ambassador envoy consul representative delegate correspondent journalist
    reporter editor columnist founder co-founder coordinator negotiator mediator diplomat
    politician activist campaigner scholar specialist observer source figure sheikh emir
    imam mufti ayatollah bishop priest king queen prince princess monarch ruler judge
    prosecutor attorney lawyer ceo executive manager director-general secretary-general
    commissioner superintendent inspector chancellor premier vice-president treasurer
    economist scientist forecaster meteorologist seismologist geologist epidemiologist
    historian author engineer physician doctor surgeon administrator investigator
    commander-in-chief skipper aide rapporteur ombudsman undersecretary chair co-chair
    co-chairman co-chairwoman co-leader co-president co-director soldier""".split()
)
"""Nouns that give a person's role ("a member of ...", "the political analyst")."""

ORG_HEADS = frozenset(
    """ministry ministries committee commission forces force coalition institute agency
    army command council party front service services government organization
    organisation brigade brigades units unit mobilization movement group authority
    authorities guard guards office department directorate administration alliance
    union league center centre foundation news press network bank court parliament
    assembly senate congress militia militias battalion battalions division corps
    regiment resistance factions faction university hezbollah hizballah house
    tribune times post gazette channel radio television tv embassy consulate navy marines
    nations company corporation limited ltd inc plc llc bureau secretariat observatory
    association federation society institution crescent mission headquarters chiefs
    senate knesset cabinet presidency legislature police patrol customs protection
    gendarmerie intelligence cell forum""".split()
)
"""Head words that make a capitalised sequence an organisation."""

UNIQUE_INSTITUTIONS = frozenset(
    "congress parliament senate cabinet presidency knesset legislature judiciary".split()
)
"""Heads that, capitalised and alone, name the one institution of a country ("Congress")."""

GENERAL_BODIES = frozenset({"Security", "Intelligence", "Staff", "Prosecution"})
"""Words after "General" that make it a body's name, not a general's rank ("Damascus
sent General Security forces", "the General Staff")."""

NON_AGENT_HEADS = frozenset(
    """program programme plan agreement treaty act law initiative project operation
    accord deal convention protocol resolution strategy scheme system index order year
    budget""".split()
)
"""Last words of names of things that do not act: "Free Trade Agreement", "... Program"."""

OUTLET_NOUNS = frozenset("news outlet agency channel newspaper website network".split())
"""Lowercase nouns after a name that mark it as a media outlet: "the Aljeebal news outlet"."""

NAME_PARTICLES = frozenset("bin ibn bint de da das dos du del della di van von der den ter".split())
"""Lowercase particles inside a person's name ("Charles de Gaulle", "Ursula von der
Leyen", "Osama bin Laden"): they join its words and never split them."""
CONNECTORS = frozenset("of for the on in and".split()) | NAME_PARTICLES
"""Lowercase words that may join capitalised words inside one name."""

COUNTRIES = (
    frozenset(
        """Iraq Syria Iran Israel Turkey Jordan Lebanon Egypt Russia China France Germany
    Britain Kuwait Qatar Yemen Libya Afghanistan Pakistan India Ukraine Palestine
    America US U.S. USA U.S.A. UK U.K. United-States Saudi-Arabia United-Kingdom
    Tunisia Algeria Morocco Sudan Bahrain Oman Emirates UAE Azerbaijan Armenia""".split()
    )
    | COUNTRY_NAMES
)
"""Country names (hyphens stand for spaces) that may act as governments."""

DEMONYMS = (
    frozenset(
        """Iraqi Syrian Iranian Israeli Turkish Jordanian Lebanese Egyptian Russian Chinese
    French German British Kuwaiti Qatari Yemeni Saudi American Kurdish Palestinian
    Arab Arabic Western European Sunni Shia Shiite Emirati Afghan""".split()
    )
    | NATIONALITIES
)
"""Adjectives of nationality or community; alone they are never actors."""

MONTHS_DAYS = frozenset(
    """January February March April May June July August September October November
    December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Jan Feb Mar Apr Jun
    Jul Aug Sep Sept Oct Nov Dec""".split()
)
"""Calendar words, never actors."""

PLACE_NOUNS = frozenset(
    """province governorate region city town village camp crossing area district desert
    border line river valley mountains coast capital airport base prison road route
    countryside plain""".split()
)
"""Lowercase nouns after a name that make it a place: "al-Anbar province"."""

PLACE_PREPOSITIONS = frozenset(
    """in into from to near across towards toward at inside within along between around
    through over via outside beyond""".split()
)
"""Prepositions before a bare name that make it a location rather than an actor."""

FUNCTION_WORDS = frozenset(
    """The A An This That These Those It Its In On At As Although Though While With Without
    For From To Of By And But Or If When Where Which Who What Why How After Before Since
    Despite However Moreover Meanwhile Furthermore Also Both Each Every Some Many Most Such
    Yet Still Even Not No Nevertheless Consequently Additionally Notably Naturally Currently
    Recently Speaking According Regarding Drawing Caught Another One Two Three First Second
    Last Over Under During Several Several Other Others They He She We I You Our His Her
    Their There Here Then Thus Hence Indeed Today Yesterday Fearing Illustrative
    Former Iraqis Syrians Islamists Shia Sunni Later Earlier Now Next Finally Instead Asked
    Officials Observers Experts Analysts Residents Witnesses Sources""".split()
)
"""Capitalised words that start sentences but never start names."""

CLAUSE_OPENERS = frozenset(
    """if when whether although though because since while but yet so however meanwhile
    once unless until after before as and or nor then also still now""".split()
)
"""Words (lower case) that open a clause or join two, capitalised at a sentence's start:
never a word of a role ("If Iraqi Prime Minister" is the role "Iraqi Prime Minister")."""


_GIVEN = (
    "Ali Mohammed Mohammad Muhammad Mohamed Mohamad Ahmed Ahmad Hassan Hasan Hussein Husain "
    "Hossam Husam Hussam Qasim Qassem Kasim Talib Abdullah Abdallah Yahya Sarmad Tahsin "
    "Tahseen Nouri Nuri Yasser Yasir Bashar Omar Umar Khalid Khaled Saad Sa'ad Haider "
    "Hayder Adel Adil Falih Faleh Hadi Hamid Hameed Haidar Ibrahim Ismail Jafar Ja'far "
    "Jassim Jasim Karim Kareem Mahmoud Mahmud Majid Mustafa Mostafa Muqtada Nasser Nasir "
    "Nechirvan Masoud Masrour Osama Usama Qais Qays Raad Saleh Salih Salim Samir Sameer "
    "Sami Sattar Tariq Tareq Waleed Walid Yousef Yusuf Youssef Ziad Ziyad Abbas Akram "
    "Amer Amir Ammar Anwar Ayad Ayman Bassem Basim Dhiaa Emad Imad Fadel Fadhil Fuad "
    "Ghazi Hakim Hamza Hashem Hashim Issa Jamal Kamal Kazem Kadhim Louay Maher Mazen "
    "Mohsen Muhsin Munther Nabil Naji Nawaf Nizar Qusay Rafi Rami Riyad Riyadh Sabah Safaa "
    "Sahar Salah Sinan Suhail Thamer Wael Wathiq Younis Yunus Zaid Zeid Zuhair Fatima "
    "Fatma Zainab Zeinab Maryam Mariam Aisha Huda Noor Nour Layla Leila Rana Hana Abdulkhaleq "
    "Abdelwahab Abdulwahab Abdulrahman Abdul-Rahman Abdelrahman Benjamin Donald Joe David "
    "John Michael Antony Recep Vladimir Emmanuel Marco Tom Charles Masrour"
).split()
_GIVEN_WIDER = (
    # English and European, none a common English word nor a place ("Mark", "Bill",
    # "Jordan", "Victoria", "Christian" and the like are left out)
    "James Robert William Richard Joseph Thomas Christopher Daniel Matthew Anthony Steven "
    "Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan "
    "Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Samuel Gregory "
    "Alexander Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas "
    "Zachary Peter Kyle Ethan Walter Noah Jeremy Keith Roger Terry Gerald Harold Sean Carl "
    "Arthur Lawrence Dylan Jesse Bryan Billy Bruce Gabriel Albert Willie Alan Juan Wayne "
    "Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Philip Louis Mary Patricia "
    "Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret "
    "Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah "
    "Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela "
    "Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine "
    "Maria Heather Diane Ruth Julie Olivia Joyce Kelly Lauren Christina Joan Evelyn Judith "
    "Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Frances Kathryn "
    "Janice Jean Abigail Alice Judy Sophia Denise Doris Marilyn Danielle Beverly Isabella "
    "Theresa Diana Natalie Marie Kayla Alexis Lori Phyllis Bob Jim Tim Ben Dan Mike Steve "
    "Hillary Kamala Lloyd Mitch Lindsey Jake Jens Olaf Boris Rishi Keir Ursula Josep Kaja "
    "Volodymyr Sergei Sergey Dmitry Dmitri Alexei Mikhail Ivan Igor Andrei Nikolai Viktor "
    "Yuri Maxim Pavel Oleg Hans Klaus Friedrich Franz Pierre Francois François Jacques "
    "Antonio Giuseppe Giorgia Matteo Pedro Carlos Miguel Javier Luis "
    # Persian, Turkish, Gulf, Kurdish and more Arabic ("Assad", "Azad", "Saud", "Hamad"
    # and "Salam" also name a regime, a place, a dynasty, an airport, a word: left out)
    "Ali-Akbar Hossein Javad Mohammad-Javad Reza Ebrahim Esmail Qasem Hakan Mevlut Mevlüt "
    "Hulusi Ahmet Mehmet Tayyip Devlet Yasar Binali Bulent Bülent Ekrem Abdulaziz Faisal "
    "Turki Khalifa Tamim Fawzi Fouad Farhad Shirin Soran Iyad Ayham Mahdi Mehdi Hisham "
    "Hazem Ghassan Mazloum Ilham Bafel Qubad Lahur Kosrat Hoshyar Barham Hemin Shwan Karwan "
    "Rebwar Dilshad Jabbar Rashid Latif Hikmat Ihsan Arshad Mowaffak Falah Hamdi Bakhtiar "
    "Nawzad Ranj Aso Sirwan Hiwa Kawa Nazim Jalal Khamis Raed Thamir Muhannad Mohannad "
    "Bilal Saif Sayf Yazan Laith Layth Firas Muayad Moayad Rustam Rostam Qadir Kadir Munir "
    "Shakir Jawad Kamil Kamel Rahim Raheem Abdulkarim Abdul-Karim Abdulamir Abdul-Amir "
    "Abdulhussein Abdulla Rasha Shaima Dalia Reem Rima Lina Dina Sana Suha Iman Eman Amal "
    "Nadia Samira Samia Lamia Nawal Widad Wafa Hiba Ghada Nada Mona Muna Hala Rania Lubna "
    "Hayan Qassim Thabit Thabet Moqtada Mazlum Kadhem Mustapha Miqdad Hussain Jaafar Sadiq "
    "Mahmood Rafie Riad Tarek Rebaz Shirwan Sherwan Khalil Mundhir Muthanna Qutaiba Taha "
    "Uday Yousif Arkan Duraid Salman Sarbast Muntadhar Muntazer Kifah Shorsh Najm Jabar"
).split()
FEMALE_GIVEN_NAMES = frozenset(
    (
        "Fatima Fatma Zainab Zaynab Maryam Mariam Layla Leila Laila Huda Suha Rasha Rana Reem "
        "Rima Lina Dina Sana Iman Eman Amal Nadia Samira Samia Lamia Nawal Widad Wafa Hiba "
        "Ghada Nada Mona Muna Hala Rania Lubna Dalia Shaima Hadeel Hanan Jinan Sawsan Raya "
        "Bushra Shatha Asmaa Asma Aisha Khadija Sara Sarah Salma Suad Soad Yasmin Yasmine "
        "Zahra Zahraa Hawraa Ruqaya Batool Intisar Ibtisam Nisreen Nasreen Nasrin Nermin "
        "Nermeen Haifa Fadia Ghufran Israa Amira Amina Hind Wijdan Najla Kawthar Sundus "
        "Tamara Dunya Shilan Shirin Perwin Parwin Hevi Avin Berivan Jihan Zeynep Ayşe Elif "
        "Jennifer Linda Elizabeth Barbara Susan Jessica Karen Lisa Nancy Margaret Sandra "
        "Emily Michelle Carol Amanda Rebecca Laura Anna Emma Helen Rachel Maria Julie Olivia "
        "Hannah Ann Alice Sophia Diana Natalie Marie Ursula Kaja Kamala Hillary Giorgia "
        "Ingrid Clara Claire"
    ).split()
)
"""Given names borne by women: "he" does not stand for their bearer."""

MALE_GIVEN_NAMES = frozenset(
    (
        "Mohammed Muhammad Mohamed Mohammad Ahmed Ahmad Ali Hassan Hasan Hussein Husayn Omar "
        "Umar Abdullah Khalid Khaled Mahmoud Mustafa Ibrahim Yousif Yusuf Youssef Saad Karim "
        "Kareem Qasim Qassim Jabbar Haider Haidar Abbas Jassim Salah Hamid Hamed Adnan Falih "
        "Sami Samir Tariq Tarek Waleed Walid Nouri Kadhim Kazem Jawad Raad Saeed Majid Fadhil "
        "Muhannad Mazin Mazen Younis Yunus Hazim Hazem Ghassan Firas Laith Yasser Yasir "
        "Abdul Abd Abu Hamza Bilal Murad Mohannad Muqtada Hadi Falah Thamer Nabil Osama "
        "Usama Rebin Karwan Hoshyar Barham Masoud Masrour Nechirvan Kawa Azad Dilshad"
    ).split()
)
"""Given names borne by men: "she" does not stand for their bearer. Names borne by both
("Noor", "Sabah") are on neither list."""

GIVEN_NAMES = frozenset(_GIVEN + _GIVEN_WIDER)
"""Common given names; a capitalised sequence starting with one is a person."""
