package quiz

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestContainsFoldFast checks the ASCII fast path against the definition
// (containsFoldNorm) on random texts of a few words, spaces and punctuation.
func TestContainsFoldFast(t *testing.T) {
	for _, tc := range []struct {
		s, sub string
		want   bool
	}{
		{"Mr  Kilroy Silk said", "kilroy silk", true},
		{"Mr Kilroy Silk said", "Kilroy\tSilk", true},
		{"Mr Kilroy Silkworth said", "kilroy silk", false},
		{"Mr Kilroy Silk", "silk", true},
		{"", "a", false},
		{"abc", "", false},
		{"US-based", "us", true},
		{"the 12 seats", "12", true},
		{"the 120 seats", "12", false},
	} {
		if got := containsFold(tc.s, tc.sub); got != tc.want {
			t.Errorf("containsFold(%q, %q) = %v, want %v", tc.s, tc.sub, got, tc.want)
		}
	}
	words := []string{"a", "ab", "Ab", "AB", "b", "ba", "-", ",", ".", "1", "12", "'s"}
	spaces := []string{" ", "  ", "\t", "\n ", ""}
	r := rand.New(rand.NewPCG(1, 2))
	text := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(spaces[r.IntN(len(spaces))])
			b.WriteString(words[r.IntN(len(words))])
		}
		return b.String()
	}
	for range 20000 {
		s, sub := text(1+r.IntN(8)), text(1+r.IntN(3))
		if got, want := containsFold(s, sub), containsFoldNorm(s, sub); got != want {
			t.Fatalf("containsFold(%q, %q) = %v, want %v", s, sub, got, want)
		}
	}
}
