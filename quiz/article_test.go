package quiz

import (
	"errors"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The minister arrived on Monday. He met the president later.",
			[]string{"The minister arrived on Monday.", "He met the president later."}},
		{"titles", "Mr. Smith met Gen. Jones in the capital today. They talked for hours.",
			[]string{"Mr. Smith met Gen. Jones in the capital today.", "They talked for hours."}},
		{"dotted acronym mid-sentence", "The U.S. Senate voted on the bill today. It passed easily.",
			[]string{"The U.S. Senate voted on the bill today.", "It passed easily."}},
		{"dotted acronym at end", "The envoy flew back to the U.S. The talks had failed.",
			[]string{"The envoy flew back to the U.S.", "The talks had failed."}},
		{"month abbreviation", "The law took effect on Jan. 5 after a long debate. Critics objected.",
			[]string{"The law took effect on Jan. 5 after a long debate.", "Critics objected."}},
		{"time", "The meeting began at 9 a.m. Eastern time in the capital. It ended at noon.",
			[]string{"The meeting began at 9 a.m. Eastern time in the capital.", "It ended at noon."}},
		{"Nigerian titles", "The commissioner, Engr. Musa Bello, and Barr. Ada Okoro spoke. They agreed.",
			[]string{"The commissioner, Engr. Musa Bello, and Barr. Ada Okoro spoke.", "They agreed."}},
		{"Canadian councillor", "\"It is about the wait,\" said Coun. Marisa Delorme, who chairs the committee. The vote passed.",
			[]string{"\"It is about the wait,\" said Coun. Marisa Delorme, who chairs the committee.", "The vote passed."}},
		{"No. before a word", "The answer is No. It was drift, not fraud. Plot No. 6 was sold.",
			[]string{"The answer is No.", "It was drift, not fraud.", "Plot No. 6 was sold."}},
		{"German date street", "The runners leave the Straße des 17. Juni at nine. The women start later.",
			[]string{"The runners leave the Straße des 17. Juni at nine.", "The women start later."}},
		{"German club number", "In 1983, at 30, he joined 1. FC Köln, where he won the cup. He retired in 1986.",
			[]string{"In 1983, at 30, he joined 1. FC Köln, where he won the cup.", "He retired in 1986."}},
		{"Filipino Ma.", "Also convicted were the engineer, Danilo Reyes, and Ma. Teresa Lorenzo, the contractor. The mayor appealed.",
			[]string{"Also convicted were the engineer, Danilo Reyes, and Ma. Teresa Lorenzo, the contractor.", "The mayor appealed."}},
		{"one-word exclamation", "She saved two break points, one with a serve clocked at 167km/h. Gutsy. Then she held to love.",
			[]string{"She saved two break points, one with a serve clocked at 167km/h.", "Gutsy.", "Then she held to love."}},
		{"decimal time", "The reserve final starts at 12.45pm. Tickets cost $15 for adults.",
			[]string{"The reserve final starts at 12.45pm.", "Tickets cost $15 for adults."}},
		{"engineer's title", "\"It is simple,\" said Eng. Faisal Otaibi, the director, at the station. The line opens today.",
			[]string{"\"It is simple,\" said Eng. Faisal Otaibi, the director, at the station.", "The line opens today."}},
		{"acronym spelt like a title", "Two children died, according to the INSP. Neither had been vaccinated.",
			[]string{"Two children died, according to the INSP.", "Neither had been vaccinated."}},
		{"US alderman", "\"We are subsidizing a golf course,\" said Ald. Marcus Tillman, who voted for the sale. The vote passed.",
			[]string{"\"We are subsidizing a golf course,\" said Ald. Marcus Tillman, who voted for the sale.", "The vote passed."}},
		{"Right Honourable", "The House suspended three members over a plot against the Speaker, Rt. Hon. Kamal Adeyemi. They deny it.",
			[]string{"The House suspended three members over a plot against the Speaker, Rt. Hon. Kamal Adeyemi.", "They deny it."}},
		{"initials", "The bureau was led by J. Edgar Hoover for decades. He died in 1972.",
			[]string{"The bureau was led by J. Edgar Hoover for decades.", "He died in 1972."}},
		{"decimal", "Growth slowed to 1.5 percent last year. Prices rose.",
			[]string{"Growth slowed to 1.5 percent last year.", "Prices rose."}},
		{"quote with attribution", `"We will not give up," she said. "Not now."`,
			[]string{`"We will not give up," she said.`, `"Not now."`}},
		{"question in quote", `"Is it over?" he asked the crowd. Nobody answered him.`,
			[]string{`"Is it over?" he asked the crowd.`, "Nobody answered him."}},
		{"sentence ends in quote", `The minister called the talks "constructive." Others were less sure.`,
			[]string{`The minister called the talks "constructive."`, "Others were less sure."}},
		{"brackets", "The vote was close (the margin was small). The result stands.",
			[]string{"The vote was close (the margin was small).", "The result stands."}},
		{"quote reopened without closing", `Ann Lee told the radio: "We sailed at dawn and the storm hit us at noon. "I tried for three years to sell the boat."`,
			[]string{`Ann Lee told the radio: "We sailed at dawn and the storm hit us at noon."`, `"I tried for three years to sell the boat."`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitSentences(tt.in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("splitSentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func launchText(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("testdata/trump-lavrov-oval-office.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestParseLaunchArticle(t *testing.T) {
	a, err := ParseArticle(launchText(t))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := a.Title, "Trump meets Russia's Lavrov for 'rare' Oval Office talks"; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
	if len(a.Headings) != 1 || a.Headings[0].Text != "Communications resumption" {
		t.Errorf("headings = %+v, want one: Communications resumption", a.Headings)
	}
	var all []string
	for _, p := range a.Paragraphs {
		all = append(all, p...)
	}
	text := strings.Join(all, "\n")
	for _, bad := range []string{"min read", "US - Trump meets Lavrov", "\u00a0", "\u2019", "Communications resumption", a.Title} {
		if strings.Contains(text, bad) {
			t.Errorf("cleaned article still contains %q", bad)
		}
	}
	if !strings.HasPrefix(all[0], "Russia's Foreign Minister Sergei Lavrov arrived") {
		t.Errorf("first sentence = %q", all[0])
	}
	if !strings.Contains(text, `as "constructive."`) || strings.Count(text, `"`)%2 != 0 {
		t.Errorf("the unbalanced quote was not closed")
	}
	if !strings.Contains(text, "Trump aides colluded with Russia") || !strings.Contains(text, "Lavrov's visit") {
		t.Errorf("non-breaking spaces or the curly apostrophe were not normalised")
	}
	if len(all) != 12 {
		t.Errorf("got %d sentences, want 12:\n%s", len(all), text)
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want error
	}{
		{"empty", "", ErrEmpty},
		{"blank", " \n\t\n \u200b", ErrEmpty},
		{"too large", strings.Repeat("word ", MaxArticleBytes/5+1), ErrTooLarge},
		{"not utf8", "Title\n\nA \xff\xfe sentence that is long enough.", ErrNotUTF8},
		{"html p", "Title\n\n<p>The minister arrived on Monday.</p>", ErrHTML},
		{"html script", "Title\n\n<script>alert(1)</script>", ErrHTML},
		{"html div", "<div class=\"x\">Title</div>", ErrHTML},
		{"word list", "Fruit\n\napple\nbanana\ncherry\ndate\n", ErrNoSentences},
		{"table", "Results\n\nName | Score | Rank\nAnn | 12 | 1\nBob | 9 | 2\n", ErrNoSentences},
		{"title only", "Just a title", ErrNoSentences},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Generate(tt.in, Options{})
			if !errors.Is(err, tt.want) {
				t.Fatalf("Generate: err = %v, want %v", err, tt.want)
			}
			var ie *InputError
			if !errors.As(err, &ie) || ie.Problem == "" || strings.Contains(ie.Error(), "\n") {
				t.Errorf("error %v is not a one-line *InputError", err)
			}
		})
	}
	if errors.Is(ErrEmpty, ErrHTML) {
		t.Error("ErrEmpty matches ErrHTML")
	}
}

func TestProseWithLessThanSignIsNotHTML(t *testing.T) {
	if tag := findHTMLTag("Prices rose by <5 percent while a <b and c> d."); tag != "" {
		// "<b " is a real tag name, so only the first clause is safe prose.
		t.Logf("found %q", tag)
	}
	if tag := findHTMLTag("Inflation stayed < 2 percent and the grin <grin> was wide."); tag != "" {
		t.Errorf("found tag %q in prose", tag)
	}
}

// TestLeadTitle takes the first sentence with a word in it as the title of
// an article without a headline, and refuses one that has none.
func TestLeadTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Acme opened a new steel mill in Leeds on Monday, the company said. The mill will employ forty people from the town. Work on a second site starts in March next year.",
			"Acme opened a new steel mill in Leeds on Monday, the company said"},
		{". Acme opened a new steel mill in Leeds on Monday, the company said! The mill will employ forty people from the town. Work on a second site starts in March next year.",
			"Acme opened a new steel mill in Leeds on Monday, the company said!"},
	}
	for _, tt := range tests {
		a, err := ParseArticle(tt.in)
		if err != nil {
			t.Errorf("ParseArticle(%q): %v", tt.in, err)
			continue
		}
		if a.Title != tt.want {
			t.Errorf("ParseArticle(%q): title %q, want %q", tt.in, a.Title, tt.want)
		}
	}
	if _, err := ParseArticle(". . !"); err == nil {
		t.Error("an article without a word in it was accepted")
	}
}

// TestReviewFactBox drops the box of facts under a review's headline
// (name, address, hours, prices: lines with no sentence among them),
// while prose wrapped over lines stays one paragraph.
func TestReviewFactBox(t *testing.T) {
	a, err := ParseArticle(`Review: Saltbush & Ember brings fire to a Fitzroy corner

Saltbush & Ember
214 Gertrude Street, Fitzroy
Open Wednesday to Sunday, dinner from 5.30pm; lunch Friday to Sunday
Set menu $115 per person; a la carte mains $38 to $64

Chef Tomás Delaney, who spent six years cooking in Sydney, now cooks almost everything over a
wood-fired hearth that burns ironbark and redgum.

The dining room seats 72.`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range a.Paragraphs {
		got = append(got, strings.Join(p, " "))
	}
	want := []string{"Chef Tomás Delaney, who spent six years cooking in Sydney, now cooks almost everything over a wood-fired hearth that burns ironbark and redgum.", "The dining room seats 72."}
	if !slices.Equal(got, want) {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
}
