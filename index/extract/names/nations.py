"""The world's countries and their nationality adjectives: a general resource, so that a
country of any region is read as a country (and, by the place rules, never as a person).

Hyphens stand for spaces in multi-word names ("Saudi-Arabia").
"""

from __future__ import annotations

_COUNTRIES = """
Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan
Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia
Botswana Brazil Brunei Bulgaria Burkina-Faso Burundi Cambodia Cameroon Canada Chad Chile
China Colombia Comoros Congo Costa-Rica Croatia Cuba Cyprus Czechia Czech-Republic Denmark
Djibouti Dominica Dominican-Republic Ecuador Egypt El-Salvador Eritrea Estonia Eswatini
Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala
Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy
Jamaica Japan Jordan Kazakhstan Kenya Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho
Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali
Malta Mauritania Mauritius Mexico Moldova Monaco Mongolia Montenegro Morocco Mozambique
Myanmar Burma Namibia Nepal Netherlands New-Zealand Nicaragua Niger Nigeria North-Korea
North-Macedonia Norway Oman Pakistan Palestine Panama Papua-New-Guinea Paraguay Peru
Philippines Poland Portugal Qatar Romania Russia Rwanda Saudi-Arabia Senegal Serbia
Seychelles Sierra-Leone Singapore Slovakia Slovenia Somalia South-Africa South-Korea
South-Sudan Spain Sri-Lanka Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan
Tanzania Thailand Togo Tunisia Turkey Turkiye Türkiye Turkmenistan Uganda Ukraine
United-Arab-Emirates Emirates UAE United-Kingdom Britain Great-Britain UK U.K.
United-States United-States-of-America America US U.S. USA U.S.A. Uruguay Uzbekistan
Venezuela Vietnam Yemen Zambia Zimbabwe Korea
"""

_DEMONYMS = """
Afghan Albanian Algerian American Angolan Argentine Argentinian Armenian Australian
Austrian Azerbaijani Bahraini Bangladeshi Belarusian Belgian Bolivian Bosnian Brazilian
British Bulgarian Burmese Cambodian Cameroonian Canadian Chadian Chilean Chinese Colombian
Congolese Croatian Cuban Cypriot Czech Danish Dutch Ecuadorian Ecuadorean Egyptian
Emirati Eritrean Estonian Ethiopian Filipino Finnish French Georgian German Ghanaian Greek
Guatemalan Haitian Honduran Hungarian Indian Indonesian Iranian Iraqi Irish Israeli
Italian Jamaican Japanese Jordanian Kazakh Kenyan Korean Kosovar Kuwaiti Kyrgyz Lebanese
Liberian Libyan Lithuanian Malaysian Malian Mauritanian Mexican Moldovan Mongolian
Moroccan Mozambican Nepalese Nepali Nicaraguan Nigerian Nigerien Norwegian Omani Pakistani
Palestinian Panamanian Paraguayan Peruvian Polish Portuguese Qatari Romanian Russian
Rwandan Saudi Senegalese Serbian Singaporean Slovak Slovenian Somali Spanish Sudanese
Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai Tunisian Turkish Turkmen Ugandan
Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Yemeni Zambian Zimbabwean
Kurdish Arab Arabic Western European African Asian Sunni Shia Shiite Alawite Druze Yazidi
Muslim Jewish Persian Turkmen Assyrian Chaldean Bedouin
"""

COUNTRY_NAMES = frozenset(_COUNTRIES.split())
"""Country names, hyphens for spaces."""

NATIONALITIES = frozenset(_DEMONYMS.split())
"""Adjectives of nationality, region or community; alone they are never actors."""
