package session

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A display name is what the class and the teacher read, so two names that
// look the same must be the same name: otherwise a student can stand in for
// another ("Ana" in Cyrillic letters beside "Ana"), or come back under a name
// the teacher removed by adding an invisible character to it. CleanName makes
// the readable form and nameKey the form names are compared by.

// maxNameBytes bounds a name before any work is done on it. It is far more
// than MaxNameRunes needs, so that a name padded with characters that are
// later dropped still gets its clear answer, but it keeps the work small.
const maxNameBytes = 1024

// nameError is a refused name with its own message; it is ErrBadName for
// errors.Is, so callers and the API treat it as one.
type nameError string

func (e nameError) Error() string        { return string(e) }
func (e nameError) Is(target error) bool { return target == ErrBadName }

// errNoLetter refuses a name with nothing to read: a name of blanks, marks,
// emoji or punctuation cannot be told apart or called out in class.
var errNoLetter = nameError("a name needs at least one letter or digit")

// CleanName returns the display name for a name as typed, or an error that is
// ErrBadName when it cannot be used. The name is normalised (NFKC, so
// fullwidth, decomposed and styled letters become plain ones), invisible
// characters are dropped (zero-width spaces and joiners, variation selectors,
// soft hyphens, fillers), blanks collapse to single spaces, and what remains
// must be 1 to MaxNameRunes characters with at least one letter or digit.
// Control characters, bidirectional overrides and isolates, private-use and
// unassigned code points are refused rather than dropped: they are there
// only to deceive. A joiner or variation selector inside an emoji sequence is
// kept, since it changes how the emoji looks.
func CleanName(name string) (string, error) {
	if len(name) > maxNameBytes || !utf8.ValidString(name) {
		return "", ErrBadName
	}
	name = strings.TrimSpace(name)
	if name == "" {
		return "", ErrBadName
	}
	rs := []rune(nfkc(name))
	out := make([]rune, 0, len(rs))
	last := func() rune {
		if len(out) == 0 {
			return ' '
		}
		return out[len(out)-1]
	}
	for i, r := range rs {
		switch {
		case isBidiFormatting(r) || unicode.IsControl(r):
			return "", ErrBadName
		case r == '\u2800' || unicode.IsSpace(r):
			// The blank braille pattern looks like a space but is not one.
			out = append(out, ' ')
		case isIgnorable(r):
			if r == '\u200d' && isEmojiEnd(last()) && i+1 < len(rs) && isEmoji(rs[i+1]) ||
				(r == '\ufe0e' || r == '\ufe0f') && isEmoji(last()) {
				out = append(out, r)
			}
		case !isAssigned(r) || unicode.In(r, unicode.Cf, unicode.Co, unicode.Cs):
			return "", ErrBadName
		case unicode.Is(unicode.M, r) && (last() == ' ' || stacked(out) >= maxStackedMarks):
			// A mark with no letter under it sits on the space or on the
			// name beside it in a list; a tower of marks spills over the
			// names above and below.
		default:
			out = append(out, r)
		}
	}
	// Dropping characters can bring a letter and its mark together again.
	clean := nfkc(strings.Join(strings.Fields(string(out)), " "))
	if clean == "" {
		return "", errNoLetter
	}
	if utf8.RuneCountInString(clean) > MaxNameRunes {
		return "", ErrBadName
	}
	if strings.IndexFunc(clean, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) < 0 {
		return "", errNoLetter
	}
	return clean, nil
}

// nameKey is what names are compared by, for a name that CleanName returned:
// two names with the same key look alike, so only one of them may be in a
// session (or on its list of removed names). It drops the invisible joiners
// and selectors CleanName kept, strips accents from Latin, Greek and
// Cyrillic letters (in scripts such as Devanagari the marks are vowels, and
// two names differing only by them are different names), maps the common
// Cyrillic, Greek and other look-alikes of Latin letters to them, and folds
// case.
func nameKey(name string) string {
	var b strings.Builder
	accents := true // whether marks after the last base character are accents
	for _, r := range nfd(name) {
		switch {
		case isIgnorable(r):
			continue
		case unicode.Is(unicode.M, r):
			if accents {
				continue
			}
		default:
			accents = unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Common)
		}
		// Some look-alikes differ by case (Greek Η is H, its small η is n),
		// so they are mapped before folding, and the small letters that
		// folding makes after it.
		switch f := skeleton(fold(skeleton(r))); f {
		case 'ß':
			b.WriteString("ss")
		default:
			b.WriteRune(f)
		}
	}
	return b.String()
}

// fold folds the case of r as Unicode's simple case folding does in all
// but a few cases that NFKC has already removed (and ß, which nameKey folds
// to ss). The upper case first makes final sigma σ, long s s, and so on.
// golang.org/x/text/cases would do it fully, but it would bring its
// language tables into the browser's bundle, which imports this package.
func fold(r rune) rune {
	return unicode.ToLower(unicode.ToUpper(r))
}

// skeleton maps a look-alike of a Latin letter (or of a hyphen or an
// apostrophe) to it, and any other rune to itself.
func skeleton(r rune) rune {
	if l, ok := lookAlikes[r]; ok {
		return l
	}
	return r
}

// lookAlikes is a compact version of the confusables of Unicode TR39 for the
// letters of names: the Cyrillic, Greek and small-capital letters that look
// like a Latin one in common fonts, and the digits read as letters. Fullwidth
// and styled letters need no entry: NFKC already made them plain.
var lookAlikes = map[rune]rune{
	// Cyrillic capitals, then small letters.
	'А': 'A', 'В': 'B', 'Е': 'E', 'Ѕ': 'S', 'І': 'I', 'Ј': 'J', 'К': 'K', 'М': 'M',
	'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'У': 'Y', 'Х': 'X', 'Ү': 'Y',
	'Ԛ': 'Q', 'Ԝ': 'W', 'Ӏ': 'I', 'Һ': 'H',
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'ѕ': 's',
	'і': 'i', 'ј': 'j', 'һ': 'h', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ӏ': 'l', 'ү': 'y',
	'ѵ': 'v',
	// Greek capitals, then small letters.
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M',
	'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X', 'Ϲ': 'C', 'Ϳ': 'J',
	'α': 'a', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't', 'υ': 'u',
	'χ': 'x', 'γ': 'y', 'η': 'n', 'μ': 'u', 'ϲ': 'c', 'ϳ': 'j',
	// Latin small capitals and other Latin look-alikes.
	'ᴀ': 'a', 'ʙ': 'b', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ɢ': 'g', 'ʜ': 'h', 'ɪ': 'i',
	'ᴊ': 'j', 'ᴋ': 'k', 'ʟ': 'l', 'ᴍ': 'm', 'ɴ': 'n', 'ᴏ': 'o', 'ᴘ': 'p', 'ʀ': 'r',
	'ꜱ': 's', 'ᴛ': 't', 'ᴜ': 'u', 'ᴠ': 'v', 'ᴡ': 'w', 'ʏ': 'y', 'ᴢ': 'z',
	'ı': 'i', 'ĸ': 'k', 'ǀ': 'l', 'ɡ': 'g',
	// Digits read as letters.
	'0': 'o', '1': 'l',
	// Hyphens, dashes and minus signs; apostrophes.
	'‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-', '﹣': '-',
	'‘': '\'', '’': '\'', 'ʼ': '\'', '`': '\'',
}

// maxStackedMarks is the most combining marks kept on one letter: enough for
// any language once NFKC has composed what it can, too few to draw over the
// neighbouring lines of a list.
const maxStackedMarks = 3

// stacked counts the combining marks at the end of rs.
func stacked(rs []rune) int {
	n := 0
	for n < len(rs) && unicode.Is(unicode.M, rs[len(rs)-1-n]) {
		n++
	}
	return n
}

// isIgnorable reports whether r is a Default_Ignorable_Code_Point of
// Unicode: a character drawn as nothing when it is not understood. The
// property is derived as Unicode derives it, from the tables of package
// unicode.
func isIgnorable(r rune) bool {
	if !unicode.In(r, unicode.Other_Default_Ignorable_Code_Point, unicode.Cf, unicode.Variation_Selector) {
		return false
	}
	return !unicode.Is(unicode.White_Space, r) && !unicode.Is(unicode.Prepended_Concatenation_Mark, r) &&
		(r < '\ufff9' || r > '\ufffb') && (r < 0x13430 || r > 0x1343f)
}

// isBidiFormatting reports whether r is an explicit bidirectional embedding,
// override or isolate, which can make a name read backwards or hide where it
// ends. (The marks LRM, RLM and ALM are merely dropped as ignorable.)
func isBidiFormatting(r rune) bool {
	return r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069'
}

// isAssigned reports whether r is an assigned character; an unassigned one
// would show as an empty box, or as nothing.
func isAssigned(r rune) bool {
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z,
		unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs)
}

// isEmoji reports whether r is a symbol that a joiner or a variation
// selector can follow or precede in an emoji sequence.
func isEmoji(r rune) bool {
	return r != '\u2800' && unicode.Is(unicode.So, r)
}

// isEmojiEnd reports whether r can end the part of an emoji sequence before
// a joiner: an emoji, a skin-tone modifier or a presentation selector.
func isEmojiEnd(r rune) bool {
	return isEmoji(r) || unicode.Is(unicode.Sk, r) || r == '\ufe0f' || r == '\ufe0e'
}
