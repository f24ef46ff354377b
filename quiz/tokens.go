package quiz

// Stage 2b, tokens: each sentence is split into words and punctuation.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is one word or punctuation mark of a sentence, with its byte span.
type tok struct {
	text       string
	low        string
	start, end int
	word       bool // letters or digits
	cap        bool // starts with an upper-case letter
	acro       bool // all capitals, two letters or more (FBI, U.S.)
	num        bool // starts with a digit
}

// tokenize splits a sentence into words and punctuation. Internal
// apostrophes, hyphens and full stops stay inside words (don't, mid-air,
// U.S., 3.5); a possessive 's is a token of its own so that "Russia's"
// yields the name "Russia".
func tokenize(s string) []tok {
	var out []tok
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == ' ' {
			i += size
			continue
		}
		if !isWordRune(r) {
			if r == '\'' && i+1 < len(s) && (s[i+1] == 's' || s[i+1] == 'S') && (i+2 == len(s) || !isWordRune(rune(s[i+2]))) && len(out) > 0 && out[len(out)-1].end == i {
				out = append(out, tok{text: s[i : i+2], low: "'s", start: i, end: i + 2})
				i += 2
				continue
			}
			out = append(out, tok{text: s[i : i+size], low: s[i : i+size], start: i, end: i + size})
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r) {
				j += size
				continue
			}
			if (r == '-' || r == '.' || r == '\'' || r == ',' || r == '&') && j+1 < len(s) {
				nr, _ := utf8.DecodeRuneInString(s[j+1:])
				if r == '\'' && (nr == 's' || nr == 'S') && (j+2 == len(s) || !isWordRune(rune(s[j+2]))) {
					break // possessive
				}
				if r == ',' && !(unicode.IsDigit(prevRune(s, j)) && unicode.IsDigit(nr)) {
					break
				}
				if r == '&' && !(unicode.IsUpper(prevRune(s, j)) && unicode.IsUpper(nr)) {
					break
				}
				if isWordRune(nr) {
					j++
					continue
				}
			}
			break
		}
		// Keep the full stop of a dotted abbreviation (U.S.) or a title (Gen.).
		if j < len(s) && s[j] == '.' && j+1 < len(s) {
			w := strings.ToLower(s[i:j])
			if strings.Contains(w, ".") || titleAbbrev[w] || weakAbbrev[w] || monthAbbrev[w] > 0 || w == "jan" {
				j++
			}
		}
		t := tok{text: s[i:j], low: strings.ToLower(s[i:j]), start: i, end: j, word: true}
		fr, _ := utf8.DecodeRuneInString(t.text)
		t.cap = unicode.IsUpper(fr)
		if (fr == 'i' || fr == 'e') && len(t.text) > 2 && unicode.IsUpper(rune(t.text[1])) {
			t.cap = true // "iPad Pro", "eBay": a name written with a small first letter
		}
		if head, rest, ok := strings.Cut(t.text, "-"); ok && arabicArticles[head] && rest != "" && unicode.IsUpper([]rune(rest)[0]) {
			t.cap = true // "Nadia Fathy el-Sherbiny", "Bashar al-Assad": the article before a family name
		}
		t.num = unicode.IsDigit(fr)
		t.acro = isAcronym(t.text)
		out = append(out, t)
		i = j
	}
	return out
}

// arabicArticles open Arabic family names, joined by a hyphen.
var arabicArticles = wordSet("al el ad ash as at az an ar")

func prevRune(s string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isAcronym reports whether w is written in capitals: FBI, NATO, U.S.
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '&':
		default:
			return false
		}
	}
	return letters >= 2
}
