package quiz

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func fuzzSeeds(f *testing.F) {
	b, _ := readTestdata("trump-lavrov-oval-office.txt")
	for _, s := range []string{
		"", "\n\n", "Title", "Title\n\nOne short line.", b,
		"Title\n\n\"Unclosed quote. And more text here. Mr. Smith said so.",
		"T\n\nU.S. Gen. J. Edgar Hoover met Mr. Smith at 9 a.m. on Jan. 5, 2020. He said \"no.\"",
		"<p>html</p>", "T\n\n\xff\xfe bad", "T\n\nA | B | C\n1 | 2 | 3",
		"T\n\n" + strings.Repeat("Anna Berg met Carl Dahl in Paris on Monday. ", 20),
		"T\n\n\u00a0\u2019\u201c\u2014\u2026\u200b\ufeff. . . ! ? \" ' ( ) [ ]",
		"T\n\nThe 3rd of 12 items cost $4.5 million, or 40 percent, on May 9, 2017 in the first half.",
	} {
		f.Add(s)
	}
}

func readTestdata(name string) (string, error) {
	b, err := testdataFS(name)
	return string(b), err
}

// FuzzParseArticle checks that cleaning never panics and that every
// sentence it returns is valid UTF-8 text of the input's words.
func FuzzParseArticle(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		a, err := ParseArticle(text)
		if err != nil {
			return
		}
		if a.Title == "" || len(a.Paragraphs) == 0 {
			t.Fatalf("no title or paragraphs without an error: %+v", a)
		}
		for _, p := range a.Paragraphs {
			for _, s := range p {
				if s == "" || !utf8.ValidString(s) {
					t.Fatalf("bad sentence %q", s)
				}
			}
		}
	})
}

// FuzzGenerate checks that generation never panics and that every quiz it
// returns is valid.
func FuzzGenerate(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		q, err := Generate(text, Options{N: 5, Seed: int64(len(text))})
		if err != nil {
			return
		}
		if err := q.Validate(); err != nil {
			t.Fatalf("invalid quiz: %v", err)
		}
		q.Shuffled(1)
		Alternatives(q, 0)
	})
}
