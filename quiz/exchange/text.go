package exchange

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// xmlEscape escapes text for an XML element or a double-quoted attribute.
// Characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates,
// U+FFFE/U+FFFF) become U+FFFD, so the document is always well-formed; a
// carriage return is written as a reference, since a parser would otherwise
// turn it into a line feed.
func xmlEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\r':
			b.WriteString("&#13;")
		case r == '\t' || r == '\n':
			b.WriteRune(r)
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF || r == utf8.RuneError:
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// htmlEscape turns plain text into HTML that shows the same text: the
// platforms' text fields are HTML, so a "<" typed by a teacher must not
// become a tag. Line breaks become <br>.
func htmlEscape(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '\n':
			b.WriteString("<br>")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// htmlToText turns the HTML of a platform's text field into plain text: line
// breaks and paragraph ends become new lines, other tags go, and character
// references are decoded. It is the inverse of htmlEscape, and good enough
// for the simple markup question banks hold (images and tables are lost).
func htmlToText(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		i := strings.IndexAny(s, "<&")
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		if s[0] == '&' {
			r, n := entity(s)
			b.WriteString(r)
			s = s[n:]
			continue
		}
		end := strings.IndexByte(s, '>')
		if end < 0 { // a lone "<" is text
			b.WriteString(s)
			break
		}
		tag := strings.ToLower(strings.Trim(s[1:end], "/ \t\n"))
		if f := strings.Fields(tag); len(f) > 0 {
			tag = f[0]
		}
		switch tag {
		case "br":
			b.WriteByte('\n')
		case "p", "div", "li", "tr":
			// A block closing or opening after text starts a new line.
			if b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
				b.WriteByte('\n')
			}
		}
		s = s[end+1:]
	}
	return strings.TrimSpace(b.String())
}

// htmlEntities are the named references decoded, as name=text pairs; the
// html package's full table would cost the browser bundle more than the
// whole of this package.
const htmlEntities = " amp=& lt=< gt=> quot=\" apos=' nbsp=\u00a0 ndash=– mdash=— lsquo=‘ rsquo=’ ldquo=“ rdquo=” hellip=… "

// entity decodes the character reference at the start of s and returns its
// text and length; what is not a known reference stands for itself.
func entity(s string) (string, int) {
	end := strings.IndexByte(s, ';')
	if end < 2 || end > 12 {
		return "&", 1
	}
	name := s[1:end]
	if name[0] == '#' {
		var n uint64
		var err error
		if len(name) > 1 && (name[1] == 'x' || name[1] == 'X') {
			n, err = strconv.ParseUint(name[2:], 16, 32)
		} else {
			n, err = strconv.ParseUint(name[1:], 10, 32)
		}
		if err != nil || n == 0 || n > utf8.MaxRune {
			return "&", 1
		}
		return string(rune(n)), end + 1
	}
	if i := strings.Index(htmlEntities, " "+name+"="); i >= 0 {
		r := htmlEntities[i+len(name)+2:]
		return r[:strings.IndexByte(r, ' ')], end + 1
	}
	return "&", 1
}
