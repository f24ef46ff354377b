package quiz

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestCompanyOwnName types a name whose "'s" possesses nothing as a
// company's own name, title and all, and links the same name written
// without the "'s" to it.
func TestCompanyOwnName(t *testing.T) {
	a, err := ParseArticle(`Profits slide at ferry maker

Profits at Scottish ferry maker Dr Pell's fell 40% as steel costs rose and orders slowed.

Dr Pell's has built its name on small ferries for island routes.

Sales at Dr Pell's repair yards fell 5% to 20m pounds, and the yards will close in June.`)
	if err != nil {
		t.Fatal(err)
	}
	an := analyse(a)
	for si, s := range an.sents {
		for _, m := range s.ments {
			if !strings.Contains(m.text, "Pell") {
				continue
			}
			if m.typ != eOrg || m.ent < 0 || an.ents[m.ent].name != "Dr Pell's" || !strings.HasPrefix(m.text, "Dr ") {
				t.Errorf("sentence %d: %q typed %v, entity %d, want the company Dr Pell's, title and all", si, m.text, m.typ, m.ent)
			}
		}
	}
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "Dr _____") {
			t.Errorf("blanks half of the firm's name: %q", c.q.Prompt)
		}
	}
}

// TestCompanyReferents puts the name of the company a story is about in
// place of "the firm" or "the High Street retailer", but not of "the rival
// firm", nor after another organisation is named in the sentence.
func TestCompanyReferents(t *testing.T) {
	a, err := ParseArticle(`Harbex profits fall

Harbex said its profits fell 8% in the year to March as fuel costs rose.

The firm said it would cut 200 jobs at its Leith yard.

The ferry operator's shares fell 3% on the news.

The rival firm Seaways said its own profits had risen.

Harbex shares have fallen by a third this year, and the company expects no recovery before 2027.`)
	if err != nil {
		t.Fatal(err)
	}
	an := analyse(a)
	if id := an.mainCompany(); id < 0 || an.ents[id].name != "Harbex" {
		t.Fatalf("mainCompany = %d, want Harbex", id)
	}
	for _, tc := range []struct {
		sent int
		want string
	}{
		{1, "Harbex"},
		{2, "Harbex"},
		{3, ""},
		{4, ""},
	} {
		var got []string
		for _, r := range an.companyReferents(&an.sents[tc.sent]) {
			got = append(got, r.text)
		}
		if strings.Join(got, ",") != tc.want {
			t.Errorf("sentence %d (%q): replacements %q, want %q", tc.sent, an.sents[tc.sent].text, got, tc.want)
		}
	}
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "The firm said it would cut") {
			t.Errorf("asks with \"the firm\" for the company it means: %q", c.q.Prompt)
		}
	}
}

// TestFalseStatementsChangeTheSentence: a statement keyed False never
// reads as its own sentence says. A swap in words the statement leaves out
// (a trailing clause cut off) would change nothing and make a true
// statement "False".
func TestFalseStatementsChangeTheSentence(t *testing.T) {
	texts := map[string]string{"tail": `Ferry firm drops night sailings

Harbex announced it was to scrap its night sailings last year, but denied the move was a result of the bad publicity created by Roe's campaign.

Campaigner Jane Roe said the night sailings had kept the island awake for years.

Harbex boss Ivo Lund said the firm had listened to its passengers.

Mr Lund said the day sailings would not change.`}
	for _, f := range []string{"harbour-bridge-strike.txt", "comet-mission.txt", "trump-lavrov-oval-office.txt"} {
		b, err := os.ReadFile("testdata/" + f)
		if err != nil {
			t.Fatal(err)
		}
		texts[f] = string(b)
	}
	norm := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
	for name, text := range texts {
		a, err := ParseArticle(text)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range analyse(a).makeCandidates() {
			if c.q.Kind != KindTrueFalse || c.q.Answer != 1 {
				continue
			}
			stmt := strings.TrimSuffix(strings.TrimPrefix(c.q.Prompt, "True or false? "), ".")
			if strings.Contains(norm(c.q.Evidence.Text), norm(stmt)) {
				t.Errorf("%s: %q is keyed False but its sentence says it: %q", name, c.q.Prompt, c.q.Evidence.Text)
			}
		}
	}
}

// TestBodyReferents: "the council" after the one council the article has
// named is that council, so that a question quoting the sentence says
// which; with two councils, or before any, or in "the council tax", it is
// left as written.
func TestBodyReferents(t *testing.T) {
	for _, tc := range []struct {
		text string
		sent int
		want string
	}{
		{"Marsh Valley Council approved the plan on Monday, said Ann Lee. The council said work would start in May.", 1, "Marsh Valley Council"},
		{"Marsh Valley Council approved the plan on Monday, said Ann Lee. The council's leader, Tom Reed, welcomed it.", 1, "Marsh Valley Council"},
		{"The Coast Trust bought the pier in June, said Ann Lee. The trust will repair it.", 1, "the Coast Trust"},
		// Common words before a body's noun take "the", though the
		// article wrote "Ireland's Data Protection Commission".
		{"Ireland's Data Protection Commission fined Sony on Monday, said Ann Lee. The commission found that the data had been kept too long.", 1, "the Data Protection Commission"},
		{"South African Municipal Workers' Union members marched on Monday, said Ann Lee. Tom Reed said the union would strike.", 1, "the South African Municipal Workers' Union"},
		{"Marsh Valley Council and Fen District Council approved the plan, said Ann Lee. The council said work would start in May.", 1, ""},
		{"Marsh Valley Council approved the plan on Monday, said Ann Lee. The council tax will rise by 5%.", 1, ""},
		{"The council said work would start in May, said Ann Lee. Marsh Valley Council approved the plan on Monday.", 0, ""},
	} {
		an, s := firstSent(t, tc.text, tc.sent)
		var got []string
		for _, r := range an.companyReferents(s) {
			got = append(got, r.text)
		}
		if strings.Join(got, ",") != tc.want {
			t.Errorf("%q: replacements %q, want %q", s.text, got, tc.want)
		}
	}
}

// TestThatAfterAVerbOfSaying: "that" after a verb of saying, finding or
// thinking opens a clause; after another verb it points to something the
// sentence does not name ("continue that campaign").
func TestThatAfterAVerbOfSaying(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"He said the delay showed that coastal towns were always last.", false},
		{"She believed that small schools did better.", false},
		{"He thinks that rents will rise.", false},
		{"They will continue that campaign next year.", true},
	} {
		_, s := firstSent(t, tc.text, 0)
		if got := demonstrativeNP(s); got != tc.want {
			t.Errorf("demonstrativeNP(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestUnionIsNoCompany: "the union Aslef said its members…" names a
// union, which no "the company" of the story stands for.
func TestUnionIsNoCompany(t *testing.T) {
	for _, text := range []string{
		"The train drivers' union Aslef said its members had been offered a rise, said Lee Taylor. Aslef will hold a vote. The company said the strikes had cost it about £8m.",
		"Aslef said its members had been offered a rise, said Lee Taylor. Aslef will hold a vote. The company said the strikes had cost it about £8m.",
	} {
		an, s := firstSent(t, text, 2)
		if id := entByName(an, "Aslef"); id >= 0 && an.ents[id].company {
			t.Errorf("%q: Aslef read as a company", text)
		}
		for _, r := range an.companyReferents(s) {
			t.Errorf("%q: %q put in for the company", text, r.text)
		}
	}
	// "The drivers' union Aslef": a body, not a person nor nothing.
	an, _ := firstSent(t, "The drivers' union Aslef will hold a vote on the offer, said Lee Taylor.", 0)
	wantTypes(t, an, map[string]etype{"Aslef": eOrg})
}

// TestBodiesBesideTheirKind: a body the article calls a union is offered,
// or swapped in, beside unions only: no "Trade union Nordic Securities".
func TestBodiesBesideTheirKind(t *testing.T) {
	an := analyseArticle(t, `Phone maker cuts jobs

"The market is not coming back," said Anna Berg, an analyst at Nordic Securities.

Analysts at Baltic Capital said the cuts came too late.

Trade union Pro said it would seek talks with the firm next week.`)
	if an.classOf(entByName(an, "Pro")) == an.classOf(entByName(an, "Nordic Securities")) {
		t.Errorf("the union Pro and Nordic Securities are of one class")
	}
	for _, c := range an.makeCandidates() {
		if strings.Contains(c.q.Prompt, "union Nordic") || strings.Contains(c.q.Prompt, "union Baltic") {
			t.Errorf("a firm swapped in for the union: %q", c.q.Prompt)
		}
	}
}

// TestPossessiveLeavingOutShares: "Halvard's fell 2%" after "Halvard"
// alone leaves out "shares": no firm called "Halvard's".
func TestPossessiveLeavingOutShares(t *testing.T) {
	an := analyseArticle(t, `Firms agree merger

Halvard and Brightstone have agreed to merge, said Ann Lee.

Shares in Brightstone rose 18% on the news, while Halvard's fell 2%.`)
	if id := entByName(an, "Halvard's"); id >= 0 {
		t.Errorf("Halvard's read as a name of its own")
	}
	an = analyseArticle(t, `Drugmaker profits fall

Profits at the drug firm Dr Reddy's dropped sharply in the last quarter, said Ann Lee.

The firm was founded by Dr Reddy, a chemist, in 1984.`)
	if id := entByName(an, "Dr Reddy's"); id < 0 {
		t.Errorf("Dr Reddy's is not a name")
	}
}

// TestCompanyOfTheSentenceBefore: in a story about no company, "The
// company said…" is the one firm the sentence before names, and "The
// company's" after a name ending in s is "Harrowgate Pictures'".
func TestCompanyOfTheSentenceBefore(t *testing.T) {
	an := analyseArticle(t, `Film wins big at awards

The film took six prizes at the awards on Sunday, said Ann Lee.

It has taken £21.3m at the box office, according to its distributor, Harrowgate Pictures.

The company said it expected ticket sales to rise by at least 30% in the week after the awards.

More than 400 cinemas will show it from Friday, said Harrowgate Pictures.

The company's head of sales, Tom Reed, said the film would open in 30 countries.`)
	found := false
	for _, c := range an.makeCandidates() {
		if c.sent != 2 && c.sent != 4 {
			continue
		}
		found = true
		if p := strings.TrimPrefix(c.q.Prompt, "True or false? "); !strings.HasPrefix(p, "Harrowgate Pictures said") && !strings.HasPrefix(p, "Harrowgate Pictures' head of sales") {
			t.Errorf("prompt %q does not name the company", c.q.Prompt)
		}
	}
	if !found {
		t.Error("no question on the company's forecast")
	}
}

// TestFirmByItsNameIsTheStorysCompany: a firm whose name says it is one
// ("Northgate Airways") is the story's company though no cue in a
// sentence says so, and "Shares in the company" names it.
func TestFirmByItsNameIsTheStorysCompany(t *testing.T) {
	an := analyseArticle(t, `Airline profit falls

Northgate Airways has reported a 31% fall in profit after a strike, said Tom Reed.

Northgate Airways cancelled 2,600 flights in July.

Shares in the company fell 7.4% in morning trading in London.`)
	found := false
	for _, c := range an.makeCandidates() {
		if c.sent == 2 {
			found = true
			if !strings.Contains(c.q.Prompt, "Shares in Northgate Airways") {
				t.Errorf("prompt %q does not name the company", c.q.Prompt)
			}
		}
	}
	if !found {
		t.Error("no question on the shares")
	}
}

// TestCompanyIsNotItsExchange: "Shares in the company, which are listed on
// the Frankfurt Stock Exchange's regulated market, rose" names the
// exchange, but "The company said…" after it is still the company.
func TestCompanyIsNotItsExchange(t *testing.T) {
	an := analyseText(t, `Sachsen Antriebstechnik will cut 340 jobs at its headquarters, the company said on Monday.

Shares in the company, which are listed on the Frankfurt Stock Exchange's regulated market, rose 4.2 percent on the news.

The company said it expected the restructuring to cost about 26 million euros.`)
	for _, r := range an.companyReferents(&an.sents[2]) {
		if strings.Contains(r.text, "Exchange") {
			t.Errorf("the company read as %q", r.text)
		}
	}
}

// TestCompanyReferentStopsAtAnotherPhrase: "the average price the
// airline paid" puts the firm's name for "the airline" only, never
// "as Kestrel Air Bhd paid".
func TestCompanyReferentStopsAtAnotherPhrase(t *testing.T) {
	noCandidate(t, `Kestrel Air swings to profit

Kestrel Air Bhd swung to a net profit in the April-June quarter, helped by lower fuel prices.

Kestrel Air Bhd said revenue rose 18% to 2.41 billion ringgit.

Fuel costs fell as the average price the airline paid for jet fuel dropped to $92 a barrel.`, func(q Question) bool {
		return strings.Contains(q.Prompt, "as Kestrel Air Bhd paid")
	})
}

// TestSectorSharesNoFirm: "Technology shares" opening a sentence are a
// sector's shares; no firm called Technology is offered beside the
// developers.
func TestSectorSharesNoFirm(t *testing.T) {
	an := analyseArticle(t, `Shares slide in Harbour City

Harbour City shares fell on Tuesday after developer Marlow Quay Holdings missed a bond payment, said Ann Lee.

Rival developer Tessaly Land fell 9 per cent and Corvin Estates lost 6 per cent.

Technology shares added to the losses, and Energy stocks slipped too.`)
	for _, name := range []string{"Technology", "Energy"} {
		if id := entByName(an, name); id >= 0 && an.ents[id].typ == eOrg {
			t.Errorf("%s read as a firm", name)
		}
	}
	for _, c := range an.makeCandidates() {
		if slices.Contains(c.q.Options, "Technology") || slices.Contains(c.q.Options, "Energy") {
			t.Errorf("a sector offered as a firm: %q %q", c.q.Prompt, c.q.Options)
		}
	}
}

// TestCompanyAnnouncingIsNoPerson: "Voa Brasil announced" is the airline
// whose shares and chief executive the article names, not a person who
// spoke.
func TestCompanyAnnouncingIsNoPerson(t *testing.T) {
	an := analyseArticle(t, `Airlines agree merger

Brazilian carriers Aerovia Linhas and Voa Brasil announced on Monday that they had agreed to merge.

Voa Brasil's chief executive, Mariana Teixeira, said the deal would put both companies on a firmer footing.

Shares in Aerovia Linhas rose 12.3 percent, while Voa Brasil stock jumped 18.7 percent.`)
	wantPeople(t, an, map[string]bool{"Voa Brasil": false, "Mariana Teixeira": true})
}

// TestShortFirmNameOfNoKind: "Harcourt Residential Lettings" after
// "Harcourt Residential Lettings Ltd" is the same firm, never a person
// offered beside the tenant and the judge.
func TestShortFirmNameOfNoKind(t *testing.T) {
	an := analyseText(t, `District Judge Helen Marsh found the landlord, Harcourt Residential Lettings Ltd, had failed in its duty to carry out repairs.

Lawyers for Harcourt Residential Lettings argued that the problems were partly caused by condensation, said Amara Okafor, the tenant.`)
	wantPeople(t, an, map[string]bool{"Harcourt Residential Lettings": false, "Amara Okafor": true})
	if id := entByName(an, "Harcourt Residential Lettings"); id >= 0 {
		t.Errorf("Harcourt Residential Lettings is an entity apart from the Ltd")
	}
}

// TestShortNameOfTwoFirms: "Daeyang" alone, in a story of Daeyang Mobile
// and its parent Daeyang Electronics, is neither for sure.
func TestShortNameOfTwoFirms(t *testing.T) {
	an := analyseText(t, `South Korean electronics maker Daeyang Mobile launched its first foldable phone on Tuesday, said Lee Soo-min, an analyst.

Daeyang, by contrast, held about 6 per cent of smartphone sales last year.

Shares in Daeyang Electronics, the group's listed parent company, rose 3.8 per cent.`)
	s := &an.sents[1]
	if m := s.ments[mentionOf(t, s, "Daeyang")]; m.ent >= 0 && an.ents[m.ent].name == "Daeyang Electronics" {
		t.Errorf("Daeyang linked to the parent, Daeyang Electronics")
	}
}
