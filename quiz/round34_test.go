package quiz

import (
	"testing"
)

// These tests come from the thirty-fourth round of reading quizzes made
// from news the engine had not seen; every text is written for the
// project.

// TestNationalityOpensASentence: a sentence that opens on a nationality
// ("Welsh was the language of the home.") before a pronoun once read the
// token before the first and crashed the linking.
func TestNationalityOpensASentence(t *testing.T) {
	an := analyseArticle(t, "Title line\n\nMair Pugh was born in Bala in 1948. Welsh was the language of the home. She sang in chapel before she could read.")
	if len(an.ents) == 0 {
		t.Fatal("no entities")
	}
}
