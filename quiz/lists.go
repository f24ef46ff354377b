package quiz

import (
	"strings"
	"sync"
	"sync/atomic"
)

// The small built-in word lists the engine relies on. They hold general
// English and world knowledge only — never facts of a particular article.

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"}

var monthAbbrev = map[string]int{"jan": 0, "feb": 1, "mar": 2, "apr": 3, "jun": 5, "jul": 6, "aug": 7,
	"sep": 8, "sept": 8, "oct": 9, "nov": 10, "dec": 11}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// monthIndex returns 0..11 for a month name or abbreviation (any case, with
// or without a full stop), or -1.
func monthIndex(w string) int {
	if len(w) < 3 || len(w) > 10 {
		return -1
	}
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	if i, ok := monthByName[w]; ok {
		return i
	}
	if i, ok := monthAbbrev[w]; ok {
		return i
	}
	return -1
}

// weekdayIndex returns 0..6 for a weekday name, or -1.
func weekdayIndex(w string) int {
	if len(w) < 6 || len(w) > 9 {
		return -1
	}
	if i, ok := weekdayByName[strings.ToLower(w)]; ok {
		return i
	}
	return -1
}

var monthByName, weekdayByName = map[string]int{}, map[string]int{}

func init() {
	lazily(func() {
		for i, m := range months {
			monthByName[strings.ToLower(m)] = i
		}
		for i, d := range weekdays {
			weekdayByName[strings.ToLower(d)] = i
		}
	})
}

var ordinals = []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
	"ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
	"seventeenth", "eighteenth", "nineteenth", "twentieth"}

var numberWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
	"nineteen", "twenty"}

func ordinalIndex(w string) int {
	w = strings.ToLower(w)
	for i, o := range ordinals {
		if o == w {
			return i
		}
	}
	return -1
}

func numberWordIndex(w string) int {
	w = strings.ToLower(w)
	for i, o := range numberWords {
		if o == w {
			return i
		}
	}
	return -1
}

// country is a nation with the names and adjective news writing uses.
type country struct {
	name    string   // canonical name as options show it
	aliases []string // other names and abbreviations
	adj     string   // demonym adjective
	capital string
}

var countries = []country{
	{"US", []string{"United States", "U.S.", "USA", "America", "United States of America"}, "American", "Washington"},
	{"UK", []string{"United Kingdom", "U.K.", "Britain", "Great Britain"}, "British", "London"},
	{"Russia", nil, "Russian", "Moscow"},
	{"China", nil, "Chinese", "Beijing"},
	{"France", nil, "French", "Paris"},
	{"Germany", nil, "German", "Berlin"},
	{"Italy", nil, "Italian", "Rome"},
	{"Spain", nil, "Spanish", "Madrid"},
	{"Japan", nil, "Japanese", "Tokyo"},
	{"India", nil, "Indian", "New Delhi"},
	{"Pakistan", nil, "Pakistani", "Islamabad"},
	{"Iran", nil, "Iranian", "Tehran"},
	{"Iraq", nil, "Iraqi", "Baghdad"},
	{"Syria", nil, "Syrian", "Damascus"},
	{"Turkey", []string{"Turkiye"}, "Turkish", "Ankara"},
	{"Israel", nil, "Israeli", "Jerusalem"},
	{"Egypt", nil, "Egyptian", "Cairo"},
	{"Saudi Arabia", nil, "Saudi", "Riyadh"},
	{"Ukraine", nil, "Ukrainian", "Kyiv"},
	{"Poland", nil, "Polish", "Warsaw"},
	{"Canada", nil, "Canadian", "Ottawa"},
	{"Mexico", nil, "Mexican", "Mexico City"},
	{"Brazil", nil, "Brazilian", "Brasilia"},
	{"Argentina", nil, "Argentine", "Buenos Aires"},
	{"Australia", nil, "Australian", "Canberra"},
	{"New Zealand", []string{"NZ", "N.Z."}, "New Zealand", "Wellington"},
	{"South Africa", nil, "South African", "Pretoria"},
	{"Nigeria", nil, "Nigerian", "Abuja"},
	{"Kenya", nil, "Kenyan", "Nairobi"},
	{"Ethiopia", nil, "Ethiopian", "Addis Ababa"},
	{"North Korea", nil, "North Korean", "Pyongyang"},
	{"South Korea", nil, "South Korean", "Seoul"},
	{"Afghanistan", nil, "Afghan", "Kabul"},
	{"Libya", nil, "Libyan", "Tripoli"},
	{"Lebanon", nil, "Lebanese", "Beirut"},
	{"Jordan", nil, "Jordanian", "Amman"},
	{"Qatar", nil, "Qatari", "Doha"},
	{"Yemen", nil, "Yemeni", "Sanaa"},
	{"Greece", nil, "Greek", "Athens"},
	{"Sweden", nil, "Swedish", "Stockholm"},
	{"Norway", nil, "Norwegian", "Oslo"},
	{"Finland", nil, "Finnish", "Helsinki"},
	{"Denmark", nil, "Danish", "Copenhagen"},
	{"Netherlands", []string{"Holland"}, "Dutch", "Amsterdam"},
	{"Belgium", nil, "Belgian", "Brussels"},
	{"Switzerland", nil, "Swiss", "Bern"},
	{"Austria", nil, "Austrian", "Vienna"},
	{"Ireland", nil, "Irish", "Dublin"},
	{"Portugal", nil, "Portuguese", "Lisbon"},
	{"Cuba", nil, "Cuban", "Havana"},
	{"Venezuela", nil, "Venezuelan", "Caracas"},
	{"Colombia", nil, "Colombian", "Bogota"},
	{"Chile", nil, "Chilean", "Santiago"},
	{"Peru", nil, "Peruvian", "Lima"},
	{"Indonesia", nil, "Indonesian", "Jakarta"},
	{"Vietnam", nil, "Vietnamese", "Hanoi"},
	{"Thailand", nil, "Thai", "Bangkok"},
	{"Philippines", nil, "Philippine", "Manila"},
	{"Malaysia", nil, "Malaysian", "Kuala Lumpur"},
	{"Belarus", nil, "Belarusian", "Minsk"},
	{"Georgia", nil, "Georgian", "Tbilisi"},
	{"Hungary", nil, "Hungarian", "Budapest"},
	{"Romania", nil, "Romanian", "Bucharest"},
	{"Serbia", nil, "Serbian", "Belgrade"},
	{"Scotland", nil, "Scottish", "Edinburgh"},
	{"Wales", nil, "Welsh", "Cardiff"},
	{"England", nil, "English", "London"},
	{"Northern Ireland", nil, "Northern Irish", "Belfast"},
	{"Kazakhstan", nil, "Kazakh", "Astana"},
	{"Sudan", nil, "Sudanese", "Khartoum"},
	{"Somalia", nil, "Somali", "Mogadishu"},
	{"Morocco", nil, "Moroccan", "Rabat"},
	{"Algeria", nil, "Algerian", "Algiers"},
	{"Tunisia", nil, "Tunisian", "Tunis"},
	{"Ghana", nil, "Ghanaian", "Accra"},
	{"Bangladesh", nil, "Bangladeshi", "Dhaka"},
	// More countries, grouped by region so that neighbours come first.
	{"Zambia", nil, "Zambian", "Lusaka"},
	{"Zimbabwe", nil, "Zimbabwean", "Harare"},
	{"Botswana", nil, "Botswanan", "Gaborone"},
	{"Namibia", nil, "Namibian", "Windhoek"},
	{"Mozambique", nil, "Mozambican", "Maputo"},
	{"Angola", nil, "Angolan", "Luanda"},
	{"Tanzania", nil, "Tanzanian", "Dodoma"},
	{"Uganda", nil, "Ugandan", "Kampala"},
	{"Rwanda", nil, "Rwandan", "Kigali"},
	{"Eritrea", nil, "Eritrean", "Asmara"},
	{"South Sudan", nil, "South Sudanese", "Juba"},
	{"Malawi", nil, "Malawian", "Lilongwe"},
	{"Madagascar", nil, "Malagasy", "Antananarivo"},
	{"Mauritius", nil, "Mauritian", "Port Louis"},
	{"Ivory Coast", []string{"Cote d'Ivoire"}, "Ivorian", "Yamoussoukro"},
	{"Senegal", nil, "Senegalese", "Dakar"},
	{"Cameroon", nil, "Cameroonian", "Yaounde"},
	{"Liberia", nil, "Liberian", "Monrovia"},
	{"Sierra Leone", nil, "Sierra Leonean", "Freetown"},
	{"Mali", nil, "Malian", "Bamako"},
	{"Benin", nil, "Beninese", "Porto-Novo"},
	{"Togo", nil, "Togolese", "Lome"},
	{"Burkina Faso", nil, "Burkinabe", "Ouagadougou"},
	{"Niger", nil, "Nigerien", "Niamey"},
	{"Guinea", nil, "Guinean", "Conakry"},
	{"Gambia", []string{"The Gambia"}, "Gambian", "Banjul"},
	{"Mauritania", nil, "Mauritanian", "Nouakchott"},
	{"Gabon", nil, "Gabonese", "Libreville"},
	{"DR Congo", []string{"Democratic Republic of Congo", "Democratic Republic of the Congo", "DRC"}, "Congolese", "Kinshasa"},
	{"Sri Lanka", nil, "Sri Lankan", "Colombo"},
	{"Nepal", nil, "Nepalese", "Kathmandu"},
	{"Bhutan", nil, "Bhutanese", "Thimphu"},
	{"Maldives", nil, "Maldivian", "Male"},
	{"Myanmar", []string{"Burma"}, "Burmese", "Naypyidaw"},
	{"Cambodia", nil, "Cambodian", "Phnom Penh"},
	{"Laos", nil, "Laotian", "Vientiane"},
	{"Brunei", nil, "Bruneian", "Bandar Seri Begawan"},
	{"Singapore", nil, "Singaporean", "Singapore"},
	{"Taiwan", nil, "Taiwanese", "Taipei"},
	{"Mongolia", nil, "Mongolian", "Ulaanbaatar"},
	{"Uzbekistan", nil, "Uzbek", "Tashkent"},
	{"Kyrgyzstan", nil, "Kyrgyz", "Bishkek"},
	{"Tajikistan", nil, "Tajik", "Dushanbe"},
	{"Turkmenistan", nil, "Turkmen", "Ashgabat"},
	{"Armenia", nil, "Armenian", "Yerevan"},
	{"Azerbaijan", nil, "Azerbaijani", "Baku"},
	{"Kuwait", nil, "Kuwaiti", "Kuwait City"},
	{"Bahrain", nil, "Bahraini", "Manama"},
	{"Oman", nil, "Omani", "Muscat"},
	{"United Arab Emirates", []string{"UAE"}, "Emirati", "Abu Dhabi"},
	{"Cyprus", nil, "Cypriot", "Nicosia"},
	{"Malta", nil, "Maltese", "Valletta"},
	{"Croatia", nil, "Croatian", "Zagreb"},
	{"Slovenia", nil, "Slovenian", "Ljubljana"},
	{"Slovakia", nil, "Slovak", "Bratislava"},
	{"Czech Republic", []string{"Czechia"}, "Czech", "Prague"},
	{"Bulgaria", nil, "Bulgarian", "Sofia"},
	{"Albania", nil, "Albanian", "Tirana"},
	{"Bosnia", []string{"Bosnia and Herzegovina"}, "Bosnian", "Sarajevo"},
	{"Kosovo", nil, "Kosovan", "Pristina"},
	{"North Macedonia", nil, "Macedonian", "Skopje"},
	{"Montenegro", nil, "Montenegrin", "Podgorica"},
	{"Estonia", nil, "Estonian", "Tallinn"},
	{"Latvia", nil, "Latvian", "Riga"},
	{"Lithuania", nil, "Lithuanian", "Vilnius"},
	{"Moldova", nil, "Moldovan", "Chisinau"},
	{"Iceland", nil, "Icelandic", "Reykjavik"},
	{"Luxembourg", nil, "Luxembourgish", "Luxembourg"},
	{"Ecuador", nil, "Ecuadorian", "Quito"},
	{"Bolivia", nil, "Bolivian", "La Paz"},
	{"Paraguay", nil, "Paraguayan", "Asuncion"},
	{"Uruguay", nil, "Uruguayan", "Montevideo"},
	{"Panama", nil, "Panamanian", "Panama City"},
	{"Costa Rica", nil, "Costa Rican", "San Jose"},
	{"Guatemala", nil, "Guatemalan", "Guatemala City"},
	{"Honduras", nil, "Honduran", "Tegucigalpa"},
	{"Nicaragua", nil, "Nicaraguan", "Managua"},
	{"El Salvador", nil, "Salvadoran", "San Salvador"},
	{"Jamaica", nil, "Jamaican", "Kingston"},
	{"Haiti", nil, "Haitian", "Port-au-Prince"},
	{"Dominican Republic", nil, "Dominican", "Santo Domingo"},
	{"Trinidad and Tobago", nil, "Trinidadian", "Port of Spain"},
	{"Barbados", nil, "Barbadian", "Bridgetown"},
	{"Bahamas", nil, "Bahamian", "Nassau"},
	{"Guyana", nil, "Guyanese", "Georgetown"},
	{"Fiji", nil, "Fijian", "Suva"},
	{"Papua New Guinea", nil, "Papua New Guinean", "Port Moresby"},
}

// Lookup tables built once from the lists above.
var (
	countryByName = map[string]int{} // lower-case name or alias -> index
	countryByAdj  = map[string]int{} // lower-case adjective -> index
	cityCountry   = map[string]int{} // lower-case capital -> index
)

// continents and world regions: offered only against each other.
var continents = []string{"Europe", "Asia", "Africa", "North America", "South America", "Latin America",
	"the Middle East", "Oceania", "Antarctica", "Central America", "the Caribbean", "Scandinavia"}

// extraCities are large cities that are not capitals, of no group in
// knownGroups, that appear in news as places; they let a city be offered
// against a city.
var extraCities = []string{"Shanghai", "Mumbai", "Istanbul", "St Petersburg", "Dubai", "Hong Kong"}

var cityExtra = map[string]bool{}

func init() {
	lazily(func() {
		for i, c := range countries {
			countryByName[strings.ToLower(c.name)] = i
			for _, a := range c.aliases {
				countryByName[strings.ToLower(a)] = i
			}
			countryByAdj[strings.ToLower(c.adj)] = i
			cityCountry[strings.ToLower(c.capital)] = i
		}
		for _, c := range extraCities {
			cityExtra[strings.ToLower(c)] = true
		}
	})
}

// titleWords are words that name an office or rank; before a name they make
// a role ("Foreign Minister Sergei Lavrov", "FBI director James Comey").
var titleWords = wordSet(`president vice minister prime foreign defence defense interior finance secretary general director
	chancellor senator sen. rep. representative governor gov. mayor judge justice chief king queen
	prince princess pope ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman chair
	ceo cto cfo coo executive officer commander commodore admiral colonel captain lieutenant sergeant gen. col. lt. capt. adm.
	commissioner attorney speaker leader deputy head coach manager professor prof. prof dr. dr state
	health trade energy home supreme opposition party national security adviser advisor economy
	education justice minister premier emir sheikh archbishop bishop founder chief executive economist
	analyst correspondent editor diplomat official inspector detective sheriff superintendent constable
	councillor councilor councilman councilwoman councilmember mp congressman congresswoman rapper singer actor actress striker midfielder
	defender goalkeeper captain. det det. insp insp. supt supt. sgt sgt. cllr cllr. pc lt col maj. ald. minority majority whip administrator justices senators treasurer comptroller coroner ombudsman registrar associate assistant senior junior sophomore freshman`)

// roleNouns are occupations that, like titles, can stand before a name as
// its role ("jeweller Stephen Webster", "co-host Rece Davis").
var roleNouns = []string{"co-host", "presenter", "anchor", "reporter", "columnist", "writer", "author", "producer",
	"agent", "lawyer", "solicitor", "barrister", "chef", "owner", "teacher", "headteacher", "doctor", "surgeon",
	"nurse", "player", "winger", "scrum-half", "fly-half", "batsman", "bowler", "pitcher",
	"quarterback", "boss", "researcher", "scientist", "historian", "activist", "campaigner", "lawmaker",
	"prosecutor", "guitarist", "drummer", "comedian", "musician", "artist", "designer", "jeweller",
	"publisher", "novelist", "poet", "photographer", "filmmaker", "entrepreneur", "businessman",
	"businesswoman", "tycoon", "billionaire", "flanker", "full-back", "centre-back", "center-back", "left-back", "right-back", "wing-back", "spinner", "opener", "all-rounder", "skipper", "chancellor", "executive", "engineer",
	"architect", "priest", "rabbi", "imam", "vicar", "trainer",
	"jockey", "boxer", "golfer", "sprinter", "athlete", "cyclist", "swimmer", "substitute", "forward", "prop", "hooker",
	"vaulter", "hurdler", "decathlete", "heptathlete", "setter", "libero", "hitter", "blocker", // "pole vaulter Sindre Aasen", "outside hitter Alexa Brennan"
	"stand-off", "half-back", "halfback", "fullback", "five-eighth", "survivor", "eyewitness", "witness", "passenger", "shopkeeper", "farmer", "villager", "herder", "retiree", "pensioner", "commuter", "homeowner", "motorist", "shopper", "volunteer", "tenant", "widow", "widower", "resident", "selector", "member", "garda", "gda", "advocate", "taoiseach", "tánaiste", "tanaiste", "coun.", "coun",
	"td", "msp", "mep", "mla", // "Clare TD Tom McInerney": a member's title, like "MP"
	"mec",                                          // "MEC Thandeka Zulu-Mbeki": a South African province's member of the executive council
	"collector", "commandant", "referee", "umpire", // "District Collector Anitha Varghese", "Referee Victor Lang waved it off"
	"recorder", // "Recorder Martin Halstead": a part-time judge
	"full-forward", "half-forward", "centre-half-forward", "ruckman", "wingman", "coxswain", "helmsman", "principal", "magistrate", "cpl", "cpl.", "corporal", "stonemason", "fisherman", "shearer",
	"landlord", "landlady", "publican", "counsel", // "Landlord Rhodri Williams", "Prosecution Counsel Faith Chepkemoi"
	"composer", "playwright", "screenwriter", "choreographer", "lyricist", "dramatist", "showrunner", "cinematographer", // "the composer Ruth Aldane"
	"soprano", "mezzo-soprano", "tenor", "baritone", "bass-baritone", "contralto", "countertenor", // "the Georgian soprano Nino Abashidze"
	"pianist", "bassist", "saxophonist", "trumpeter", "trombonist", "violinist", "cellist", "violist", "vocalist", "organist", "percussionist", "keyboardist", "harpist", "flautist", "clarinettist", "clarinetist", // "bassist Delroy Amankwah"
	// Plurals open a pair: "Midfielders Lachlan Moore and Tom Nguyen".
	"midfielders", "forwards", "defenders", "wingers", "strikers"}

func init() {
	lazily(func() {
		for _, w := range roleNouns {
			titleWords[w] = true
			headTitles[w] = true
		}
	})
}

// officeHeads are the title words that end an office's name and never a
// person's: "Chief Electoral Officer" is no one called Officer.
var officeHeads = wordSet(`minister officer secretary commissioner spokesman spokeswoman spokesperson official
	administrator ombudsman comptroller registrar superintendent councillor councilor adviser advisor president chairman
	chairwoman chairperson treasurer`)

// headTitles are the title words that can end a role phrase; modifiers such
// as "foreign" or "vice" cannot stand alone.
var headTitles = wordSet(`president minister secretary general director trustee chancellor senator sen. rep. representative
	governor gov. mayor judge justice chief king queen prince princess pope ambassador envoy
	spokesman spokeswoman spokesperson chairman chairwoman chair ceo cto cfo coo officer commander commodore admiral pc col maj. ald. alderman alderwoman alderperson
	colonel captain lieutenant sergeant gen. col. lt. capt. adm. lt sgt capt commissioner attorney speaker
	leader coach manager professor prof. prof premier emir sheikh archbishop bishop founder olympian paralympian
	executive economist analyst correspondent editor diplomat official inspector detective sheriff
	superintendent constable councillor councilor councilman councilwoman councilmember mp congressman congresswoman adviser advisor
	rapper singer actor actress striker midfielder defender goalkeeper det det. insp insp. supt supt. sgt sgt. cllr cllr.
	administrator justices senators treasurer comptroller coroner ombudsman registrar deputy charge`)

// honorifics are titles that say only that a name is a person's.
var honorifics = wordSet("prof prof. professor profesor profesora professeur mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady miss alhaji alhaja hajia comrade mallam engr engr. eng. barr barr. hon hon. cr cr. madam datuk datin dato tun seri atty atty. kaumātua kaumatua kuia dpp aling mang ibu bapak pandit ustad vidushi shri smt")

// roleClasses says which title words a descriptive noun can stand for, so
// that "the veteran Russian diplomat" can be linked to a person the article
// introduced as "Russia's Foreign Minister".
var roleClasses = wordLists(`
	diplomat: minister ambassador envoy secretary diplomat
	leader: president prime premier chancellor king queen leader emir
	president: president
	minister: minister
	general: general gen. commander admiral
	commander: general gen. commander admiral colonel
	official: minister secretary director official spokesman spokeswoman commissioner
	politician: president minister senator governor mayor mp congressman congresswoman leader
	lawmaker: senator representative rep. mp congressman congresswoman
	chief: director chief head ceo executive chairman
	boss: director chief head ceo executive chairman manager
	executive: ceo executive chairman chief
	spy chief: director
	monarch: king queen
	envoy: ambassador envoy
	senator: senator sen.
	coach: coach manager
	manager: coach manager
`)

// fallbackFirst and fallbackLast make person distractors for articles that
// name fewer than four people; common names from several languages, so the
// made-up people look like the ones news stories quote.
var (
	fallbackFirst = []string{"Anna", "Daniel", "Maria", "Thomas", "Sofia", "Peter", "Laura", "Ahmed", "Elena", "Marcus", "Priya", "Jonas"}
	fallbackLast  = []string{"Mitchell", "Novak", "Hansen", "Moreno", "Keller", "Brooks", "Lambert", "Ortiz", "Bauer", "Sato", "Adeyemi", "Larsen", "Whitfield"}
)

// orgWords mark a capitalised name as an organisation.
var orgWords = wordSet(`shipping ferries party ministry department council committee agency bureau commission court congress parliament unit
	côr ysgol clwb cymdeithas coleg prifysgol
	senate army navy force forces corps bank company group inc inc. ltd ltd. s.a. corp corp. times post news
	association union organisation organization institute foundation club administration university
	college school schools elementary academy conservatory polytechnic seminary hospital infirmary police service fund authority board federation league united assembly co co.
	cabinet government network press reuters guardian journal telegraph airlines motors nations alliance
	movement front guard brigade coalition democrats republicans conservatives labour commons lords
	securities holdings partners systems technologies airways railways group. associates capital trust trusts society charity
	industries institution society trust corporation plc llc charity commerce laboratory laboratories lab labs observatory
	rovers rangers wanderers athletic albion argyle hotspur convention confederation conference directorate
	wildfire cargo freight logistics constabulary aerolíneas aerolineas sindicato banco grupo compañía companhia meteorologia consultoria cooperativa
	watch maison groupe minera mineração petrolera constructora inmobiliaria municipality metro racing motorsport motorsports
	audio pictures productions studios publishing ballet philharmonic sinfonia orchestra`)

// placePreps before a name set it as a place: "on Gertrude Street",
// "along Castle Hill".
var placePreps = wordSet("the on off along from via past across toward towards onto up down around beyond behind")

// surnamePlaces are place words that are common surnames too: "Tom
// Hill", "Jane Hall".
var surnamePlaces = wordSet("hill hall field park church bridge house castle green wood forest")

// courtesyTitles go before a person's name only, never a firm's, unlike
// "Dr" in "Dr Reddy's".
var courtesyTitles = wordSet("mr mr. mrs mrs. ms ms. miss mx")

// placeWords mark a capitalised name as a place (a building, a street, a
// region) rather than a person.
var placeWords = wordSet(`house office wing street square palace airport river mountain mountains island islands park bridge farm farms
	road avenue hall building center centre tower castle cathedral church mosque stadium arena base
	airbase port valley lake sea ocean bay coast county parish province city district region hill desert gulf
	strait peninsula embassy kremlin pentagon capitol station beach forest field hotel museum gallery
	theatre theater cinema library prison zoo mall plaza garden gardens pier harbour harbor terminal studios
	racecourse circuit gate ground quay wharf meadow meadows common showground vista springs falls heights junction township
	parkway boulevard highway freeway expressway motorway place glacier fjord canyon
	bhavan bhawan niwas colony enclave vihar`) // "Raj Bhavan": a governor's residence; "Sanjay Colony", "Mayur Vihar": a district of Delhi

// fallbackPlaces are well-known buildings and seats of power offered when an
// article names too few places of that form.
var fallbackFacilities = []string{"the Kremlin", "the Pentagon", "the Capitol", "Downing Street", "the Elysee Palace"}

// fallbackOrgs are well-known organisations offered when an article names
// too few; acronyms are offered against acronyms.
var fallbackOrgAcronyms = []string{"CIA", "NSA", "FBI", "DEA", "|", "NATO", "UN", "EU", "WHO", "OPEC", "|", "IMF", "WTO", "OECD", "ECB", "|", "BBC", "CNN", "NBC", "CBS", "|", "NASA", "ESA"}

// orgAcronymGroup returns the built-in acronyms of the same kind as name
// (security agencies, international bodies, broadcasters, space agencies),
// or nil when name is in none of them.
func orgAcronymGroup(name string) []string {
	start := 0
	for i := 0; i <= len(fallbackOrgAcronyms); i++ {
		if i == len(fallbackOrgAcronyms) || fallbackOrgAcronyms[i] == "|" {
			g := fallbackOrgAcronyms[start:i]
			for _, x := range g {
				if strings.EqualFold(x, name) {
					return g
				}
			}
			start = i + 1
		}
	}
	return nil
}

// sayVerbs report what someone says and nothing else: "admitted 51
// offences" and "added 58 runs" are deeds with counts, "said 112
// firefighters were…" opens the reported words.
var sayVerbs = wordSet("said says say saying believes believed thinks thought")

// speechVerbs introduce reported speech.
var speechVerbs = wordSet(`said says told tells added adds stated declared warned warns insisted claimed argued wrote
	tweeted announced explained asked replied noted described called praised urged admitted
	acknowledged suggested confirmed according saying stressed emphasised emphasized remarked
	commented contended contends countered conceded`)

// stopwords are common words that are capitalised only because they start a
// sentence or a quotation, never names.
var stopwords = map[string]bool{}

func init() {
	lazily(func() {
		for _, w := range strings.Fields(`a about above according across after afterwards again against all alongside amid amidst amongst beneath beside besides behind beyond underneath
		almost also although always among an and another any anyone anything are around as at back be because
		been before being below between both but by can could despite did do does doing down during each
		either else even ever every everyone everything few following for from further had has have having he
		her here hers herself him himself his how however i if in including inside instead into is it its
		itself just last later least less like many may me meanwhile might more moreover most much must my
		near neither never nevertheless next no none nor not nothing now of off often on once one only onto
		or other others otherwise our out over own per perhaps rather same several she should since so some
		someone something still such than that the their them themselves then there therefore these they
		this those though through throughout thus to today together tomorrow too toward towards under unless unlike
		until up upon us very via was we were what whatever when where whereas whether which while who whom
		whose why will with within without would yesterday yet you your earlier later still already yes
		officials critics analysts experts police residents witnesses sources people many some`) {
			stopwords[w] = true
		}
	})
}

// pronounsPerson are subject pronouns that refer back to a person.
var pronounsPerson = wordSet("he she")

// adverbs that may stand between a subject and its verb.
var verbAdverbs = wordSet(`reportedly also first already later then recently still finally formally officially previously
	initially originally allegedly apparently once quickly publicly privately briefly repeatedly
	subsequently eventually immediately personally jointly`)

// auxiliaries can be moved before the subject to form a question.
var auxiliaries = wordSet("was were is are has have had will would could can should may might must")

// irregularPast maps irregular past-tense forms to their base form.
var irregularPast = wordPairs(`met:meet said:say told:tell made:make took:take gave:give came:come went:go saw:see found:find
	left:leave began:begin became:become held:hold led:lead won:win lost:lose sent:send spent:spend
	built:build brought:bring bought:buy thought:think fought:fight sought:seek caught:catch
	taught:teach ran:run wrote:write spoke:speak broke:break chose:choose rose:rise fell:fall felt:feel
	kept:keep knew:know grew:grow threw:throw drew:draw flew:fly drove:drive struck:strike stood:stand
	understood:understand paid:pay laid:lay sold:sell heard:hear meant:mean got:get forgot:forget
	shot:shoot fled:flee swore:swear tore:tear wore:wear woke:wake hid:hide bit:bite ate:eat sat:sit
	sang:sing rang:ring sank:sink swam:swim withdrew:withdraw oversaw:oversee arose:arise upheld:uphold
	withheld:withhold stole:steal froze:freeze dealt:deal dug:dig slept:sleep swept:sweep bent:bend
	lent:lend fed:feed stuck:stick swung:swing shook:shake overcame:overcome undertook:undertake
	overtook:overtake beat:beat hit:hit put:put set:set cut:cut shut:shut quit:quit let:let hurt:hurt
	cost:cost spread:spread split:split bid:bid read:read lit:light forbade:forbid foresaw:foresee
	mistook:mistake outlined:outline rode:ride shone:shine slid:slide leapt:leap crept:creep
	knelt:kneel wept:weep sprang:spring strode:stride clung:cling flung:fling spun:spin`)

// stemNeedsE lists regular verbs whose base form ends in a silent e that the
// spelling rules in lemmaPast cannot recover.
var stemNeedsE = wordSet(`invit unit ignit recit excit incit postpon interven complet compet delet creat combin determin
	examin imagin outlin undermin`)

// stemNoE lists regular verbs whose stem looks as if it needed a silent e but
// does not.
var stemNoE = wordSet(`develop gallop worship monitor honor favor labor mentor sponsor focus bias anchor author tailor
	mirror censor harbor vapor visit edit limit exhibit prohibit inherit profit benefit credit
	deposit audit vomit target budget market pocket ticket interpret belong long bang hang wrong
	prolong`)

func isFirstName(low string) bool { return firstNames()[low] || firstNames()[plainLetters(low)] }

// accentFolder drops the accents of Latin letters, so that "Ciarán" and
// "Zoë" are found in lists written without them.
var accentFolder = strings.NewReplacer("á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "é", "e", "è", "e", "ê", "e", "ë", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ú", "u", "ù", "u", "û", "u", "ü", "u",
	"ñ", "n", "ç", "c", "ø", "o", "å", "a")

// plainLetters returns low without accents; ASCII words are returned as
// they are, at no cost.
func plainLetters(low string) string {
	for i := 0; i < len(low); i++ {
		if low[i] >= 0x80 {
			return accentFolder.Replace(low)
		}
	}
	return low
}

// outletWords end the names of newspapers, broadcasters and agencies: an
// outlet is an organisation, never the person who said something.
var outletWords = wordSet(`times post journal herald telegraph guardian tribune gazette report news magazine daily
	chronicle observer independent mirror express review weekly today reuters bloomberg press
	standard mail record inquirer bulletin star examiner digest insider wire radio tv television
	channel broadcasting`)

// outletAcronyms are broadcasters and agencies written in capitals.
var outletAcronyms = wordSet("BBC CNN NBC ABC CBS AP AFP ESPN ITV NPR PBS MSNBC RTE")

// wireAgencies are the national news agencies a report quotes by one
// name: "Xinhua said investigators were examining…".
var wireAgencies = wordSet("xinhua tass yonhap kyodo interfax anadolu bernama antara efe ansa dpa jiji")

// commonAcronyms are capitalised common nouns (an MP, a PC), not names.
var commonAcronyms = wordSet(`MP MPS MEP MEPS MSP CEO CFO CTO COO PC PCS TV DVD CD GDP AM PM GMT BST ET EST PST UTC ID DNA OK VAT IT AI
	HIV AIDS DVR PVR LCD HD HDTV MP3 GPS USB SMS 3G 4G LED CPU RAM PDA VCR SUV CCTV PR MVP QC OBE MBE
	CBE A I`)

// notNameWords are capitalised words that start phrases which are never a
// person's name, though a first-name list may hold them: "Upper Midwest",
// "Happy Thanksgiving", "Great Lakes".
var notNameWords = wordSet(`upper lower great greater happy merry north south east west northern southern eastern western
	central new old grand royal holy saint st san santa los las fort mount lake cape port big little
	united national international world global first second third premier champions christmas easter
	thanksgiving independence memorial labor valentine black cyber super good best top young live
	mobile digital american british european african asian storm hurricane typhoon cyclone`)

// wordLists makes a map from lines "key: word word…" (a key may hold
// spaces), a table that costs far less WebAssembly code than a map literal.
func wordLists(lines string) map[string][]string {
	m := map[string][]string{}
	lazily(func() {
		for _, l := range strings.Split(lines, "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok {
				m[strings.TrimSpace(k)] = strings.Fields(v)
			}
		}
	})
	return m
}

// wordPairs makes a map from "key:value" words: a table, written as one
// string, costs far less WebAssembly code than a map literal.
func wordPairs(pairs string) map[string]string {
	m := map[string]string{}
	lazily(func() {
		for _, p := range strings.Fields(pairs) {
			k, v, _ := strings.Cut(p, ":")
			m[k] = v
		}
	})
	return m
}

// wordSet builds a set from words separated by spaces: a table written so
// is far smaller in the WebAssembly bundle than a map literal, whose every
// entry becomes code.
func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	lazily(func() {
		for _, w := range strings.Fields(words) {
			m[w] = true
		}
	})
	return m
}

// The engine's tables (the word sets, pairs and lists of this package and
// the indexes built from them) are filled on first use, not when the
// program starts: in the browser every package initialiser runs before the
// page responds, and most pages never run the engine. A table is declared
// as before and starts empty; what fills it waits in fills, in the order
// the package declared it, until LoadTables runs them all. Every entry
// point of the engine (ParseArticle, Generate, GenerateReport, Candidates,
// Alternatives) calls LoadTables first.
var (
	tablesOnce sync.Once
	fills      []func()
)

// lazily adds f to the work LoadTables does; after it, f runs at once.
func lazily(f func()) {
	if tablesLoaded.Load() {
		f()
		return
	}
	fills = append(fills, f)
}

var tablesLoaded atomic.Bool

// LoadTables fills the engine's tables once; it is cheap after the first
// call and safe from several goroutines. Every entry point of the engine
// calls it; the browser also calls it in a task of its own on the pages
// that run the engine, so that their first question is not delayed by it.
func LoadTables() {
	tablesOnce.Do(func() {
		for _, f := range fills {
			f()
		}
		fills = nil
		tablesLoaded.Store(true)
	})
}

// maleGivenNames and femaleGivenNames are common given names, in English
// news and beyond, that are rarely given to the other gender (names such
// as Alex, Sam, Jordan, Kelly, Lee or Robin are in neither). They tell a
// person's gender when the article gives no title, role or pronoun for it.
var maleGivenNames = wordSet(`aaron adam adrian ahmed alan albert alexander alfred ali andrew angus anthony antonio
	archie arthur barry ben benjamin bernard bill billy bob boris brian bruce bryan callum calvin carl carlos
	charles charlie chris christopher clive colin conor craig dan daniel darren david dean dennis derek diego
	dominic donald douglas duncan edward eric ernest ethan felix francis frank fraser fred frederick gary gavin
	geoffrey george gerald gordon graham grant greg gregory guy hamish harold harry harvey henry howard hugh
	hugo ian isaac ivan jack jacob jake james jamie jason jeff jeffrey jeremy jim jimmy joe joel john johnny
	jonathan jose joseph joshua juan julian justin karl keith ken kenneth kevin kieran kofi lars leo leon
	liam lionel louis luca lucas luke malcolm marco marcus mario mark martin matt matthew maurice max michael
	mike mikael mohamed mohammed muhammad nathan neil nicholas nick nigel noah oliver omar oscar owen patrick
	paul pedro peter philip phillip piers rafael ralph raymond reggie richard rick rob robert roberto rodney
	roger roland ronald rory ross roy rupert russell ryan samuel scott sean sebastian sergei seth simon stanley
	stephen steve steven stuart ted terry theo thomas tim timothy toby todd tom tommy tony trevor victor
	vincent vladimir walter wayne william yusuf zachary
	henri julien mathieu etienne olivier thierry didier laurent yves gilles herve marcel pascal philippe gerard
	alain christophe sebastien nicolas antoine guillaume benoit jerome fabrice hans klaus jurgen wolfgang helmut
	dieter stefan andreas matthias giuseppe giovanni francesco alessandro lorenzo paolo stefano miguel jose javier
	alejandro fernando manuel jorge pablo sergio rodrigo joao tiago sean seamus padraig ciaran declan eoin niall
	cathal darragh pieter johannes sven erik anders magnus bjorn lukas tomas`)

var femaleGivenNames = wordSet(`abigail ada agnes alice alison amanda amelia amy ana angela anita ann anna anne annie
	barbara beatrice beth bethany brenda bridget carla carol caroline catherine charlotte chloe christine claire
	clara claudia deborah denise diana diane donna dorothy edith eleanor elena elizabeth ella ellen emily emma
	erica esther eva eve fatima fiona florence frances gemma georgia gillian grace hannah harriet heather helen
	helena holly imogen ingrid irene isabel isabella jacqueline jane janet jennifer jessica joan joanna josephine
	joy judith julia julie karen kate katherine kathleen katie kirsty laura lauren linda lisa lucy lydia
	madeleine maggie margaret maria marie marion martha mary maureen megan melanie melissa michelle miriam
	molly monica nadia nancy naomi natalie natasha nicola nina nora olivia pamela patricia paula pauline
	penelope rachel rebecca rita rosa rose ruth sally samantha sandra sara sarah sharon sheila shirley sofia
	sophie stephanie susan suzanne tanya teresa theresa tracey valerie vanessa victoria wendy yvonne zoe
	colette helene francoise monique nathalie isabelle sylvie brigitte celine camille elodie aurelie mathilde giulia
	francesca chiara alessandra carmen lucia sinead siobhan aoife niamh roisin caoimhe orla grainne astrid greta
	ulrike petra birgit heike`)
