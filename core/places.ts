/** The states of the United States, as stories write them. */
export const US_STATES = new Set(
  `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana
Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska
Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming`
    .split(/\s+/)
    .concat(['New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Rhode Island', 'South Carolina', 'South Dakota', 'West Virginia', 'Puerto Rico', 'District of Columbia', 'Capitol Hill', 'Wall Street', 'Silicon Valley', 'Middle East', 'Latin America', 'Central America', 'North America', 'South America']),
);

/** Words before a place: "in Iowa", "at Hofstra", "across Europe". */
export const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'throughout', 'outside', 'inside', 'around', 'into', 'toward', 'towards', 'within']);

/**
 * Countries (names as English news writes them): a single capitalised word that names one
 * speaks for its government ("Iran said…") and is shown as an organisation, not a person.
 */
export const COUNTRIES = new Set(
  `Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain Bangladesh
Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burkina Burundi Cambodia
Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador
Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala
Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan
Kazakhstan Kenya Kiribati Korea Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein
Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova
Monaco Mongolia Montenegro Morocco Mozambique Myanmar Burma Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria
Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa
Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan
Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu
Venezuela Vietnam Yemen Zambia Zimbabwe Britain England Scotland Wales Europe Washington Moscow Beijing Tehran Pyongyang
Seoul Tokyo London Paris Berlin Brussels Jerusalem Damascus Baghdad Kabul Kiev Kyiv Ankara Cairo Riyadh Havana Caracas`
    .split(/\s+/)
    .concat(['United States', 'United Kingdom', 'Soviet Union', 'North Korea', 'South Korea', 'Saudi Arabia', 'New Zealand', 'South Africa', 'U.S.', 'U.K.', 'US', 'UK']),
);
