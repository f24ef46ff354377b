package synth

import (
	"strings"
	"testing"
)

func TestArticleLength(t *testing.T) {
	for _, words := range []int{250, 1000, 5000} {
		got := len(strings.Fields(Article(words, 1)))
		if got < words || got > words+words/5+60 {
			t.Errorf("Article(%d) has %d words", words, got)
		}
	}
	if Article(1000, 1) != Article(1000, 1) {
		t.Error("the same seed gave two different articles")
	}
}
