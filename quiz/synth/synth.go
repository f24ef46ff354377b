// Package synth writes synthetic English news articles of a chosen length,
// for benchmarks of the quiz engine: each paragraph draws its people,
// places, organisations, dates, numbers and sentence shapes afresh, so the
// engine meets new names throughout as it would in a long real article.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type country struct{ name, adj, capital string }

var (
	countries = []country{
		{"France", "French", "Paris"}, {"Germany", "German", "Berlin"}, {"Japan", "Japanese", "Tokyo"},
		{"Brazil", "Brazilian", "Brasilia"}, {"Kenya", "Kenyan", "Nairobi"}, {"Canada", "Canadian", "Ottawa"},
		{"India", "Indian", "New Delhi"}, {"Poland", "Polish", "Warsaw"}, {"Egypt", "Egyptian", "Cairo"},
		{"Mexico", "Mexican", "Mexico City"}, {"Norway", "Norwegian", "Oslo"}, {"Chile", "Chilean", "Santiago"},
	}
	weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	months   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	ordinals = []string{"first", "second", "third", "fourth", "fifth"}
)

// Article builds a varied news-like article of about words words: each
// paragraph draws its people, places, organisations, dates, numbers and
// sentence shapes afresh, so the engine meets new names throughout as it
// would in a long real article, not one paragraph copied.
func Article(words int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 99))
	first := []string{"Anna", "Pavel", "Maria", "Jonas", "Keiko", "Omar", "Lucia", "Tomas", "Ines", "Rahul", "Greta", "Samuel", "Yara", "Viktor", "Elena", "Mateo"}
	last := []string{"Novak", "Lindqvist", "Okafor", "Brennan", "Tanaka", "Haddad", "Moreau", "Kowalski", "Silva", "Fischer", "Petrov", "Nakamura", "Duarte", "Keller", "Osei", "Varga"}
	titles := []string{"Foreign Minister", "Finance Minister", "General", "President", "Governor", "Mayor", "Senator"}
	lowTitles := []string{"director", "spokesman", "chief executive", "commissioner"}
	orgs := []string{"NATO", "UNICEF", "the World Bank", "Interpol", "the Red Cross", "OPEC", "the IMF"}
	sites := []string{"City Hall", "the Royal Palace", "Union Station", "the Grand Hotel", "the Central Bank building"}
	verbs := []string{"met", "visited", "praised", "criticised", "invited", "thanked", "warned"}
	var b strings.Builder
	b.WriteString("Leaders meet for talks as pressure grows\n\n")
	n := 0
	para := 0
	for n < words {
		para++
		ci := r.IntN(len(countries))
		c, c2 := countries[ci], countries[(ci+3)%len(countries)]
		p1 := first[r.IntN(len(first))] + " " + last[r.IntN(len(last))]
		p2 := first[r.IntN(len(first))] + " " + last[r.IntN(len(last))]
		s1, s2 := strings.Fields(p1)[1], strings.Fields(p2)[1]
		year := 1990 + r.IntN(35)
		sents := []string{
			fmt.Sprintf("%s's %s %s arrived in %s on %s ahead of talks with %s %s.", c.name, titles[r.IntN(len(titles))], p1, c2.capital, weekdays[r.IntN(7)], c2.adj, p2),
			fmt.Sprintf("%s %s said the two governments were seeking to \"build trust step by step\" after months of tension.", c.adj, lowTitles[r.IntN(len(lowTitles))]),
			fmt.Sprintf("%s %s %s at %s, hours after the %s government announced %d new measures.", s1, verbs[r.IntN(len(verbs))], p2, sites[r.IntN(len(sites))], c2.adj, 3+r.IntN(40)),
			fmt.Sprintf("An agreement on trade was first signed by %s and %s in %s %d, according to %s.", c.capital, c2.capital, months[r.IntN(12)], year, orgs[r.IntN(len(orgs))]),
			fmt.Sprintf("It was suspended in %d after a dispute over %s, the %s such breakdown in a decade.", year+1+r.IntN(5), []string{"fishing rights", "tariffs", "border controls", "energy prices"}[r.IntN(4)], ordinals[1+r.IntN(4)]),
			fmt.Sprintf("\"We are ready to listen,\" %s told reporters in %s.", s2, c.capital),
			fmt.Sprintf("Officials from %s said about %d,%03d people had joined protests since %s.", orgs[r.IntN(len(orgs))], 1+r.IntN(90), r.IntN(1000), months[r.IntN(12)]),
		}
		r.Shuffle(len(sents)-1, func(i, j int) { sents[i+1], sents[j+1] = sents[j+1], sents[i+1] })
		k := 3 + r.IntN(3)
		for _, s := range sents[:k] {
			b.WriteString(s)
			b.WriteByte(' ')
			n += len(strings.Fields(s))
		}
		b.WriteString("\n\n")
		if para%6 == 0 {
			b.WriteString("Background\n\n")
		}
	}
	return b.String()
}
