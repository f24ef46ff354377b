package quiz

// Places come in kinds that options must not mix: countries with
// countries, cities with cities, states and counties with their like,
// continents and world regions with each other.

import (
	"slices"
	"strings"
)

// subState is the sub-type of a place that is a state, province or county.
const subState = 4

// stateGroups lists states, provinces and counties by country, so that a
// Texas is offered beside other US states and an Essex beside other
// English counties. Names that are also cities or countries (New York,
// Washington, Georgia) are left to those lists.
var stateGroups = [][]string{
	{"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
		"Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
		"Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
		"New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
		"Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
		"Virginia", "West Virginia", "Wisconsin", "Wyoming"},
	{"Essex", "Kent", "Surrey", "Sussex", "Yorkshire", "Lancashire", "Staffordshire", "Cornwall", "Devon", "Norfolk",
		"Suffolk", "Hampshire", "Cheshire", "Derbyshire", "Nottinghamshire", "Leicestershire", "Lincolnshire",
		"Merseyside", "Cumbria", "Dorset", "Somerset", "Gloucestershire", "Oxfordshire", "Berkshire", "Hertfordshire",
		"Warwickshire", "Wiltshire", "Northamptonshire", "Cambridgeshire", "Shropshire", "Worcestershire"},
	{"Queensland", "Tasmania", "New South Wales", "Western Australia", "South Australia"},
	{"Ontario", "Quebec", "Alberta", "British Columbia", "Manitoba", "Saskatchewan", "Nova Scotia"},
	{"Aberdeenshire", "Fife", "Perthshire", "Ayrshire", "Lanarkshire", "Argyll", "Moray", "Dumfriesshire",
		"Argyll and Bute", "Perth and Kinross", "Dumfries and Galloway"},
	// Irish counties, leaving out those that are also towns or names
	// (Cork, Galway, Kerry, Clare, Down).
	{"Mayo", "Donegal", "Leitrim", "Roscommon", "Tipperary", "Wexford", "Wicklow", "Kildare", "Meath", "Louth", "Monaghan",
		"Cavan", "Longford", "Westmeath", "Offaly", "Laois", "Carlow", "Antrim", "Armagh", "Tyrone", "Fermanagh"},
	{"Gwynedd", "Powys", "Pembrokeshire", "Carmarthenshire", "Ceredigion", "Anglesey", "Monmouthshire", "Denbighshire", "Flintshire"},
	{"Andalusia", "Catalonia", "Galicia", "Basque Country", "Castile", "Aragon", "Asturias", "Extremadura", "Cantabria", "Navarre"},
	{"Tuscany", "Lombardy", "Sicily", "Sardinia", "Piedmont", "Veneto", "Lazio", "Campania", "Calabria", "Puglia", "Umbria", "Liguria"},
	{"Bavaria", "Saxony", "Hesse", "Brandenburg", "Thuringia", "North Rhine-Westphalia", "Baden-Württemberg", "Lower Saxony", "Schleswig-Holstein"},
	{"Brittany", "Normandy", "Provence", "Alsace", "Burgundy", "Occitanie", "Corsica", "Île-de-France", "Aquitaine", "Picardy"},
	{"Kerala", "Maharashtra", "Gujarat", "Tamil Nadu", "Karnataka", "Bihar", "Uttar Pradesh", "Rajasthan", "West Bengal", "Assam", "Odisha", "Telangana",
		"Jammu and Kashmir", "Andaman and Nicobar"},
	{"Guangdong", "Sichuan", "Xinjiang", "Hubei", "Yunnan", "Fujian", "Zhejiang", "Henan", "Jiangsu", "Shandong", "Hunan"},
	{"Amazonas", "Pará", "Mato Grosso", "Mato Grosso do Sul", "Rondônia", "Roraima", "Acre", "Amapá", "Tocantins", "Maranhão", "Minas Gerais",
		"Bahia", "Pernambuco", "Paraná", "Santa Catarina", "Rio Grande do Sul", "Goiás", "Ceará", "Piauí", "Paraíba", "Espírito Santo"},
	{"Chiapas", "Jalisco", "Sonora", "Chihuahua", "Guerrero", "Michoacán", "Veracruz", "Yucatán", "Sinaloa", "Tamaulipas", "Coahuila", "Nuevo León", "Quintana Roo", "Baja California"},
}

// stateLands gives the country of each group of stateGroups, in order.
var stateLands = []string{"US", "UK", "Australia", "Canada", "UK", "Ireland", "UK", "Spain", "Italy", "Germany", "France", "India", "China", "Brazil", "Mexico"}

// alsoUSStates are US states that the lists keep as a country or a city.
var alsoUSStates = wordSet("georgia washington")

// stateGroup maps a lower-case state name to its group in stateGroups.
var stateGroup = map[string]int{}

func init() {
	lazily(func() {
		for g, names := range stateGroups {
			for _, n := range names {
				stateGroup[strings.ToLower(n)] = g
				stateGroup[plainLetters(strings.ToLower(n))] = g // "Para", "Rondonia": written without accents
			}
		}
	})
}

// isState reports whether a lower-case name is a state, province or county.
func isState(low string) bool {
	_, ok := stateGroup[low]
	return ok
}

// isKnownCity reports whether a name is a capital or a large city of the
// built-in lists, as opposed to a town the article alone names.
func isKnownCity(name string) bool {
	low := strings.ToLower(name)
	_, capital := cityCountry[low]
	return capital || cityExtra[low] || known(low) != nil && known(low).typ == ePlace
}

// cachedPlacePool is placePool, worked out once per article and place: a
// long article asks it of every place it names, many times over.
func (an *analysis) cachedPlacePool(name string, sub int) []string {
	return memo(&an.pools, itoa(sub)+name, func() []string { return placePool(name, sub) })
}

// placePool returns the built-in places of the same kind as the place
// answer (sub is its sub-type), nearest kind first; a town the lists do not
// know gets none, since a capital beside it would stand out.
func placePool(name string, sub int) []string {
	low := strings.ToLower(name)
	var pool []string
	switch sub {
	case 1:
		return nearCountries(name)
	case subRegion:
		for _, c := range continents {
			pool = append(pool, strings.TrimPrefix(c, "the "))
		}
	case subState:
		g, ok := stateGroup[low]
		if !ok && !alsoUSStates[low] {
			break
		}
		// The key's neighbours in the list, on both sides in turn: the
		// first few names of a list are not always the wrong ones, and the
		// key sits among its options, not first or last.
		names := stateGroups[g]
		at := slices.IndexFunc(names, func(n string) bool { return strings.EqualFold(n, name) })
		if at < 0 {
			// Georgia or Washington, which the list leaves to the countries
			// and cities, goes in its alphabetical place (Georgia between
			// Florida and Hawaii).
			at = slices.IndexFunc(names, func(n string) bool { return n > name })
			pool = append(pool, names[at])
		}
		for d := 1; d < len(names); d++ {
			for _, k := range []int{at - d, at + d} {
				if k >= 0 && k < len(names) {
					pool = append(pool, names[k])
				}
			}
		}
	default:
		if !isKnownCity(name) {
			return nil
		}
		if g := known(low); g != nil {
			// A city of a group is offered beside its neighbours first,
			// then its country's capital and its neighbours'.
			pool = append(pool, g.names...)
			if g.country != "" {
				return append(pool, nearCapitals(g.country, true)...)
			}
		}
		if ci, capital := cityCountry[low]; capital {
			return append(pool, nearCapitals(countries[ci].name, false)...)
		}
		pool = append(pool, extraCities...)
		for _, c := range countries {
			pool = append(pool, c.capital)
		}
	}
	return pool
}

// nearCapitals lists the capitals of a country's neighbours, nearest
// first, after its own capital when own is set: Dublin is offered beside
// London and Paris before Washington.
func nearCapitals(country string, own bool) []string {
	var out []string
	seen := map[string]bool{}
	if ci, ok := countryByName[strings.ToLower(country)]; ok && own {
		out = append(out, countries[ci].capital)
		seen[countries[ci].capital] = true
	}
	for _, c := range nearCountries(country) {
		if capital := countries[countryByName[strings.ToLower(c)]].capital; !seen[capital] {
			out = append(out, capital)
			seen[capital] = true
		}
	}
	return out
}

// storyLand returns the one country the article sets itself in by the
// states, provinces and countries it names (Ontario: Canada), or "" when
// it names several, or only countries outside its headline and lead. A
// London in a story set in Ontario is London, Ontario, whose options are
// Canadian cities, not Cardiff and Edinburgh.
func (an *analysis) storyLand() string {
	return memo(&an.pools, "\x00land", func() []string {
		land, strong := "", false
		for i := range an.ents {
			e := &an.ents[i]
			if e.typ != ePlace {
				continue
			}
			l := ""
			low := strings.ToLower(e.name)
			if g, ok := stateGroup[low]; ok && e.sub == subState {
				l, strong = stateLands[g], true
			} else if ci, ok := countryByName[low]; ok && e.sub == 1 {
				// A country in the headline or the lead sets the story
				// there; one named later may be anywhere it touches.
				strong = strong || e.first <= 1
				l = cityLand(countries[ci].capital)
				if l == "" {
					l = countries[ci].name
				}
			}
			if l == "" {
				continue
			}
			if land != "" && l != land {
				return []string{""}
			}
			land = l
		}
		if (land == "" || land == "UK") && slices.ContainsFunc(an.ents, func(e entity) bool {
			return e.typ == eOrg && (e.name == "NHS" || strings.HasPrefix(e.name, "NHS ") || strings.Contains(e.name, " NHS "))
		}) {
			// "Trent Valley Hospitals NHS Trust": the health service
			// only Britain has sets the story there, its towns unnamed.
			land, strong = "UK", true
		}
		if !strong {
			return []string{""}
		}
		return []string{land}
	})[0]
}

// sharedCityNames are big cities' names that towns of other countries
// bear too: London, Ontario; Perth, Scotland; Birmingham, Alabama.
var sharedCityNames = wordSet(`london perth birmingham cambridge paris hamilton richmond victoria halifax kingston windsor
	melbourne sydney dublin manchester newcastle boston york portland durham plymouth athens berlin newark`)

// landCities lists the built-in cities of a country, its capital first.
func landCities(land string) []string {
	var out []string
	if ci, ok := countryByName[strings.ToLower(land)]; ok {
		out = append(out, countries[ci].capital)
	}
	for _, g := range knownGroups {
		if g.typ == ePlace && g.country == land {
			out = append(out, g.names...)
		}
	}
	return out
}
