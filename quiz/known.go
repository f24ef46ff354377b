package quiz

// Stage 3 (types) and 7 (distractors): well-known names by kind. A name
// in a group is typed by it when the sentence alone cannot tell ("Sony",
// "Las Vegas", "Wimbledon"), and its wrong options come from the same
// group first, so that a games maker is offered beside games makers and a
// US city beside US cities. General world knowledge only: never names
// taken from an article. Names that are often something else ("Apple" the
// fruit is rare in news, "Next" and "Delta" are common words) are left out.

import (
	"strings"
	"sync"
)

// knownGroup is one kind of well-known name.
type knownGroup struct {
	typ etype
	sub int // for places: 2, a city
	// country is the country of a group of cities of one country (its
	// capital and its neighbours' come after the group), or of bodies of
	// one country, offered only in a story set there.
	country string
	class   string // orgClass of the members, so that article names mix only with their kind
	names   []string
}

// knownGroups are written as "|"-separated names to keep the tables small
// in the browser's bundle.
var knownGroups = []knownGroup{
	{typ: eOrg, names: split("Apple|Microsoft|Google|Sony|Samsung|Intel|IBM|Nintendo|Nokia|Toshiba|Yahoo|AOL|Amazon|eBay|Dell|Motorola|Philips|Panasonic|Facebook|Netflix|Hewlett-Packard|Oracle|Sega|Vodafone|Siemens|Ericsson|Hitachi|Fujitsu|LG|Twitter|Adobe|Cisco|Qualcomm")},
	{typ: eOrg, names: split("Tesco|Sainsbury's|Asda|Woolworths|Marks & Spencer|Walmart|Wal-Mart|Morrisons|Debenhams|Argos|Costco|Carrefour|Ikea|McDonald's|Starbucks|Burger King|Coca-Cola|PepsiCo|Nestle|Unilever|Coles|Aldi|Lidl|Kroger")},
	{typ: eOrg, names: split("Barclays|HSBC|Lloyds|RBS|Citigroup|Goldman Sachs|Merrill Lynch|JP Morgan|Morgan Stanley|Deutsche Bank|UBS|Credit Suisse|Santander|Bank of America|Wells Fargo")},
	{typ: eOrg, names: split("Freddie Mac|Fannie Mae|Ginnie Mae")}, // America's mortgage agencies, named like people
	{typ: eOrg, names: split("Ford|Toyota|General Motors|Honda|Nissan|Volkswagen|BMW|Renault|Fiat|Peugeot|Hyundai|Mercedes|Tesla")},
	{typ: eOrg, names: split("Aston Martin|Ferrari|McLaren|Porsche|Lamborghini|Bentley|Maserati|Red Bull Racing|Red Bull")}, // carmakers and racing teams named like people
	{typ: eOrg, names: split("Boeing|Airbus|Lockheed Martin|BAE Systems|Rolls-Royce|Bombardier|Embraer")},
	{typ: eOrg, names: split("Pfizer|GlaxoSmithKline|AstraZeneca|Novartis|Merck|Roche|Sanofi|Bayer|Johnson & Johnson")},
	{typ: eOrg, names: split("BP|Shell|ExxonMobil|Chevron|Gazprom|Rosneft")},
	{typ: eOrg, names: split("Ryanair|EasyJet|Lufthansa|British Airways|Air France|Virgin Atlantic|KLM|Qantas")},
	{typ: eOrg, names: split("American Airlines|United Airlines|Delta Air Lines|Southwest Airlines|JetBlue|Alaska Airlines")},
	{typ: eOrg, class: "gov", country: "UK", names: split("Home Office|Foreign Office|Cabinet Office|Post Office|War Office|Scotland Office|Wales Office|Northern Ireland Office")},
	// Agencies and regulators beside their own kind: the Environment
	// Agency opens investigations, the Foreign Office does not.
	{typ: eOrg, class: "agency", country: "UK", names: split("Environment Agency|Met Office|Food Standards Agency|Health and Safety Executive|Natural England|Ofwat|Ofgem|Ofcom|Financial Conduct Authority|Competition and Markets Authority|Civil Aviation Authority|Care Quality Commission|Action Fraud")},
	{typ: eOrg, class: "museum", names: split("Tate Britain|Tate Modern|British Museum|National Gallery|Louvre|Rijksmuseum|Prado|Uffizi|Guggenheim|Smithsonian|Victoria and Albert Museum|V&A|Science Museum|Natural History Museum|Metropolitan Museum of Art|Museum of Modern Art")},
	{typ: eOrg, class: "club", names: split("Arsenal|Chelsea|Everton|Tottenham|Fulham|Charlton|Middlesbrough|Aston Villa|West Ham|Blackburn|Crystal Palace|Sheffield Wednesday|Sheffield United|Leeds United|Bristol City|Hull City|Stoke City|Norwich City|Plymouth Argyle|Real Madrid|Juventus|Bayern Munich|AC Milan|Inter Milan|Ajax|Benfica")},
	{typ: eOrg, class: "tennis", names: split("Wimbledon|US Open|French Open|Australian Open")},
	// The French Open's ground, named for an airman: never offered beside
	// the French Open itself.
	{typ: eOrg, class: "tennisground", names: split("Roland Garros")},
	// Competitions only beside their own kind: "play Real Madrid in the
	// Champions League", never "in the Olympic Games".
	{typ: eOrg, class: "football", names: split("Champions League|World Cup|Europa League|FA Cup|League Cup|Club World Cup|Conference League|Copa América|Copa Libertadores|Copa del Rey|Copa Sudamericana")},
	{typ: eOrg, class: "games", names: split("Olympic Games|Commonwealth Games|Paralympic Games|Asian Games")},
	{typ: eOrg, class: "event", names: split("Super Bowl|Tour de France|Six Nations")},
	{typ: eOrg, sub: subOutlet, names: split("Sky News|Fox News|Al Jazeera|Channel 4 News|ITV News|CBS News|NBC News|ABC News")},
	// International broadcasters, whose names read like a place's:
	// "a broadcast from Voice of America" comes from no town called Voice.
	{typ: eOrg, sub: subOutlet, class: "worldradio", names: split("Voice of America|Radio Free Europe|Radio Liberty|Radio Free Asia|Deutsche Welle|BBC World Service|Radio France Internationale|Radio Luxembourg")},
	{typ: eOrg, sub: subOutlet, class: "sport", names: split("Sky Sports|BT Sport|TalkSport")},
	// Parties whose names read like a person's: "Plaid Cymru said…".
	{typ: eOrg, class: "party", names: split("Sinn Féin|Fianna Fáil|Fine Gael")},
	{typ: eOrg, class: "party", names: split("Plaid Cymru|Reform UK|Alba Party")},
	// Ambulance services and tram operators named for their region:
	// "Ambulance Victoria said", "Yarra Trams said".
	{typ: eOrg, class: "service", names: split("Ambulance Victoria|NSW Ambulance|Queensland Ambulance Service|Yarra Trams|Metro Trains|London Ambulance Service|Scottish Ambulance Service")},
	// New Zealand's health bodies, whose Māori names read like a person's.
	{typ: eOrg, class: "nzhealth", names: split("Te Whatu Ora|Te Aka Whai Ora")},
	// Stock exchanges and indices: "in Nasdaq trading" names no place, and
	// "with the Nasdaq also falling" is offered beside other indices.
	{typ: eOrg, class: "exchange", names: split("New York Stock Exchange|London Stock Exchange|Tokyo Stock Exchange|Hong Kong Stock Exchange|Shanghai Stock Exchange|Euronext|Deutsche Boerse|Johannesburg Stock Exchange|Bombay Stock Exchange|National Stock Exchange")},
	{typ: eOrg, class: "index", names: split("Nasdaq|Dow Jones|S&P 500|FTSE 100|Nikkei|Hang Seng|Sensex|DAX|CAC 40")},
	{typ: eOrg, class: "aid", names: split("Red Cross|Red Crescent|Oxfam|Save the Children|Amnesty International|Greenpeace|Unicef|Human Rights Watch|Doctors Without Borders")},
	{typ: ePlace, sub: 2, country: "US", names: split("New York|Los Angeles|Chicago|Las Vegas|San Francisco|San Diego|Dallas|Houston|Boston|Seattle|Atlanta|Miami|Pittsburgh|Philadelphia|Detroit|Denver|Phoenix|Cleveland|New Orleans|Orlando|Baltimore|Minneapolis|St Louis|Austin|Nashville|Portland|Sacramento|Newark")},
	{typ: ePlace, sub: 2, country: "UK", names: split("Manchester|Liverpool|Birmingham|Leeds|Glasgow|Edinburgh|Bristol|Cardiff|Belfast|Sheffield|Newcastle|Nottingham|Leicester|Southampton|Brighton|Oxford|Cambridge|Aberdeen|Dundee|Swansea|Hull")},
	// Ireland's provinces, which name its rugby sides too: "Munster led
	// for much of the second half" is no man named Munster.
	{typ: ePlace, sub: subState, country: "Ireland", names: split("Munster|Leinster|Connacht|Ulster")},
	// Towns whose first word reads as a title or a given name.
	{typ: ePlace, sub: 2, country: "UK", names: split("Milton Keynes|Bishop Auckland|King's Lynn|Kings Lynn|Bishop's Stortford|St Albans|St Andrews|St Ives|Port Talbot|Newton Abbot|Stoke-on-Trent|Hemel Hempstead")},
	{typ: ePlace, sub: 2, country: "Australia", names: split("Sydney|Melbourne|Brisbane|Perth|Adelaide|Hobart")},
	{typ: ePlace, sub: 2, country: "Canada", names: split("Toronto|Vancouver|Montreal|Calgary|Edmonton|Winnipeg")},
	{typ: ePlace, sub: 2, country: "Canada", names: split("Prince Albert|Prince George|Prince Rupert|Medicine Hat|Fort McMurray|Grande Prairie")},
	{typ: ePlace, sub: 2, country: "New Zealand", names: split("Auckland|Christchurch|Dunedin|Tauranga|Palmerston North")},
	{typ: ePlace, sub: 2, country: "Spain", names: split("Barcelona|Seville|Valencia|Bilbao|Malaga")},
	{typ: ePlace, sub: 2, country: "Germany", names: split("Munich|Hamburg|Frankfurt|Cologne|Stuttgart|Dusseldorf|Leipzig|Dresden")},
	{typ: ePlace, sub: 2, country: "Italy", names: split("Milan|Naples|Turin|Venice|Palermo|Genoa")},
	{typ: ePlace, sub: 2, country: "France", names: split("Lyon|Marseille|Toulouse|Bordeaux|Lille|Strasbourg")},
	{typ: ePlace, sub: 2, country: "Switzerland", names: split("Geneva|Zurich|Basel")},
	{typ: ePlace, sub: 2, country: "Monaco", names: split("Monte Carlo")},
	{typ: ePlace, sub: 2, country: "Netherlands", names: split("Rotterdam|Utrecht|Eindhoven|The Hague")},
	{typ: ePlace, sub: 2, country: "Poland", names: split("Krakow|Gdansk|Wroclaw")},
	{typ: ePlace, sub: 2, country: "Sweden", names: split("Gothenburg|Malmo|Uppsala")},
	{typ: ePlace, sub: 2, country: "Brazil", names: split("Sao Paulo|Rio de Janeiro")},
}

// firmLands gives the country of the built-in firms, so that "the US firm
// _____" is offered only American firms and "the European manufacturer
// _____" only European ones. "Europe" marks a firm of several European
// countries.
var firmLands = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, group := range strings.Split(`US:Apple|Microsoft|Google|Intel|IBM|Yahoo|AOL|Amazon|eBay|Dell|Motorola|Facebook|Netflix|Hewlett-Packard|Oracle|Twitter|Adobe|Cisco|Qualcomm|Walmart|Wal-Mart|Costco|McDonald's|Starbucks|Burger King|Coca-Cola|PepsiCo|Citigroup|Goldman Sachs|Merrill Lynch|JP Morgan|Morgan Stanley|Bank of America|Wells Fargo|Freddie Mac|Fannie Mae|Ginnie Mae|Ford|General Motors|Tesla|Boeing|Lockheed Martin|Pfizer|Merck|Johnson & Johnson|ExxonMobil|Chevron|American Airlines|United Airlines|Delta Air Lines|Southwest Airlines|JetBlue|Alaska Airlines
UK:Vodafone|Tesco|Sainsbury's|Asda|Marks & Spencer|Morrisons|Debenhams|Argos|Unilever|Barclays|HSBC|Lloyds|RBS|BAE Systems|Rolls-Royce|GlaxoSmithKline|AstraZeneca|BP|Shell|EasyJet|British Airways|Virgin Atlantic
Japan:Sony|Nintendo|Toshiba|Panasonic|Sega|Hitachi|Fujitsu|Toyota|Honda|Nissan
South Korea:Samsung|LG|Hyundai
Germany:Siemens|Deutsche Bank|Volkswagen|BMW|Mercedes|Bayer|Lufthansa
France:Carrefour|Renault|Peugeot|Sanofi|Air France
Switzerland:Nestle|UBS|Credit Suisse|Novartis|Roche
Netherlands:Philips|KLM
Sweden:Ericsson|Ikea
Finland:Nokia
Spain:Santander
Italy:Fiat
Europe:Airbus
Canada:Bombardier
Brazil:Embraer
Russia:Gazprom|Rosneft
Ireland:Ryanair
Germany:Aldi|Lidl
Australia:Qantas|Coles`, "\n") {
		land, names, _ := strings.Cut(group, ":")
		for _, n := range strings.Split(names, "|") {
			m[strings.ToLower(n)] = land
		}
	}
	return m
})

// knownIndex maps a lower-case name to its group in knownGroups.
var knownIndex = map[string]int{}

func init() {
	lazily(func() {
		for g := range knownGroups {
			kg := &knownGroups[g]
			if kg.class == "" {
				// Companies mix only with their own sector, not with firms
				// the article names, whose trade the engine cannot tell.
				kg.class = "k" + itoa(g)
			}
			for _, n := range kg.names {
				knownIndex[strings.ToLower(n)] = g
			}
		}
	})
}

func split(s string) []string { return strings.Split(s, "|") }

// known returns the group of a well-known name, or nil.
func known(name string) *knownGroup {
	low := strings.ToLower(name)
	if g, ok := knownIndex[low]; ok {
		return &knownGroups[g]
	}
	if g, ok := knownIndex[plainLetters(low)]; ok {
		return &knownGroups[g] // "São Paulo" for the lists' "Sao Paulo"
	}
	return nil
}
