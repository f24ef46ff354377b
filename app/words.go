package main

import (
	"fmt"
	"time"

	"storyquiz/quiz"
)

// points says "1 point" or "n points".
func points(n int) string { return plural(n, "point", "points") }

// plural says "1 student" or "n students".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// humanDuration prints a duration as "1 min 12 s".
func humanDuration(d time.Duration) string {
	if d < time.Minute {
		return fmt.Sprintf("%d s", int(d.Seconds()))
	}
	return fmt.Sprintf("%d min %d s", int(d.Minutes()), int(d.Seconds())%60)
}

// humanBytes prints a size as "200 KB".
func humanBytes(n int) string {
	switch {
	case n >= 1<<20:
		return itoa(n>>20) + " MB"
	case n >= 1<<10:
		return itoa(n>>10) + " KB"
	}
	return itoa(n) + " bytes"
}

// itoa formats n with thousands separators, as people read numbers.
func itoa(n int) string {
	s := []byte{}
	digits := 0
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		if digits > 0 && digits%3 == 0 {
			s = append(s, ',')
		}
		s = append(s, byte('0'+n%10))
		n /= 10
		digits++
	}
	if neg {
		s = append(s, '-')
	}
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	return string(s)
}

// spaced puts spaces between characters so screen readers spell a code.
func spaced(s string) string {
	out := make([]rune, 0, 2*len(s))
	for i, r := range s {
		if i > 0 {
			out = append(out, ' ')
		}
		out = append(out, r)
	}
	return string(out)
}

// cutRunes returns at most n runes of s, never cutting a character in two.
// It keeps s a prefix (no ellipsis), so a title cut from the text's first
// line still matches it.
func cutRunes(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// kindWords names a question's kind for a teacher.
func kindWords(k quiz.Kind) string {
	switch k {
	case quiz.KindWho:
		return "Who"
	case quiz.KindWhat:
		return "What"
	case quiz.KindWhen:
		return "When"
	case quiz.KindWhere:
		return "Where"
	case quiz.KindNumber:
		return "How many or how much"
	case quiz.KindQuote:
		return "Who said it"
	case quiz.KindRole:
		return "Role"
	case quiz.KindCloze:
		return "Fill the blank"
	case quiz.KindTrueFalse:
		return "True or false"
	}
	return string(k)
}
