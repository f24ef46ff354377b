package quiz

import (
	"testing"
)

// These tests come from the thirty-third round of reading quizzes made
// from news the engine had not seen; every text is written for the
// project.

// TestRound33Types: names the thirty-third round typed wrongly, or cut
// in two.
func TestRound33Types(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       etype
	}{
		{"In 1976 Jean Moir was elected general secretary of the Fife Mining and Allied Workers' Union, which at its peak had 60,000 members.", "Fife Mining and Allied Workers' Union", eOrg},
		{"In 1987 Ann Dow was elected Labour MP for Kirkton and Fallside with a majority of 9,000.", "Labour", eOrg},
	} {
		if got := entityType(t, tc.text, tc.name); got != tc.want {
			t.Errorf("%q in %q: got type %d, want %d", tc.name, tc.text, got, tc.want)
		}
	}
}
