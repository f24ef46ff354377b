// Package printout makes the pages a teacher reads or prints after a
// session: the item analysis, the student reports and the worksheets, and
// the item analysis as a spreadsheet. The server makes them from what it
// holds (a session's results and its whole article, or a quiz the browser
// sends), so the WebAssembly bundle carries none of it; the browser shows
// the two HTML fragments of a sessionapi.Printout with its own buttons
// between them. The pages have hundreds of elements and nothing to click
// inside them, which is why they are written as text.
package printout

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// fromTheStory is the label before an evidence sentence, as on the app's
// pages.
const fromTheStory = "From the story: "

// plural says "1 student" or "n students".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// SafeCell defuses spreadsheet formula injection. A cell that starts with a
// formula sign (= + - @, or their fullwidth and small forms, which some
// spreadsheets also take), perhaps after blanks they trim, or with a tab or
// carriage return, gets a leading apostrophe, which shows the text as typed.
// A spreadsheet in a locale that separates cells with semicolons splits the
// file's cells at every ";" (and some split at tabs), so a formula sign after
// one of those, or after a comma, gets the same apostrophe in front of it.
func SafeCell(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	if s != "" && (s[0] == '\t' || s[0] == '\r' || startsFormula(s)) {
		b.WriteByte('\'')
	}
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		if strings.IndexByte(";,\t", s[i]) >= 0 && startsFormula(s[i+1:]) {
			b.WriteByte('\'')
		}
	}
	return b.String()
}

// startsFormula reports whether s, after any blanks, starts with a sign that
// makes a spreadsheet read a cell as a formula.
func startsFormula(s string) bool {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("=+-@＝＋－＠﹦﹢﹣﹫", r)
}
