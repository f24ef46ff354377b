package exchange

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"storyquiz/quiz"
)

// gchar is one character of GIFT text, and whether it was escaped (and so
// is text, never syntax).
type gchar struct {
	r   rune
	esc bool
}

type gtext []gchar

// giftChars resolves GIFT's escapes as Moodle does: \\ \~ \= \# \{ \} \:
// stand for the character, \n for a line break; any other backslash is a
// backslash.
func giftChars(s string) gtext {
	rs := []rune(s)
	out := make(gtext, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		if rs[i] == '\\' && i+1 < len(rs) {
			switch c := rs[i+1]; c {
			case '\\', '~', '=', '#', '{', '}', ':':
				out = append(out, gchar{c, true})
				i++
				continue
			case 'n':
				out = append(out, gchar{'\n', true})
				i++
				continue
			}
		}
		out = append(out, gchar{rs[i], false})
	}
	return out
}

// index returns the position of the first unescaped sep at or after from,
// or -1.
func (t gtext) index(sep string, from int) int {
	ss := []rune(sep)
outer:
	for i := from; i+len(ss) <= len(t); i++ {
		for j, r := range ss {
			if t[i+j].esc || t[i+j].r != r {
				continue outer
			}
		}
		return i
	}
	return -1
}

// lastIndex returns the position of the last unescaped sep, or -1.
func (t gtext) lastIndex(sep string) int {
	last := -1
	for i := t.index(sep, 0); i >= 0; i = t.index(sep, i+1) {
		last = i
	}
	return last
}

func (t gtext) String() string {
	rs := make([]rune, len(t))
	for i, c := range t {
		rs[i] = c.r
	}
	return string(rs)
}

// trim drops unescaped white space at both ends.
func (t gtext) trim() gtext {
	isSpace := func(c gchar) bool { return !c.esc && (c.r == ' ' || c.r == '\t' || c.r == '\n' || c.r == '\r') }
	for len(t) > 0 && isSpace(t[0]) {
		t = t[1:]
	}
	for len(t) > 0 && isSpace(t[len(t)-1]) {
		t = t[:len(t)-1]
	}
	return t
}

var (
	giftTagRE    = regexp.MustCompile(`\[tag:((?:\\]|[^\]])+)\]`)
	giftWeightRE = regexp.MustCompile(`^%(-*[0-9]{1,3}(?:\.[0-9]*)?)%`)
)

// ReadGIFT reads the multiple-choice and true-or-false questions of a file
// in Moodle's GIFT format, following Moodle's own reader: questions are
// separated by blank lines, "//" starts a comment line, "::name::" names a
// question, and "$CATEGORY:" gives the quiz its title. Other question types
// (short answer, numerical, matching, essay), questions with several right
// options, and questions Storyquiz cannot hold are left out, each with a
// note saying why. name is the file's name, used as the title when the file
// gives none.
func ReadGIFT(name string, data []byte) (*Imported, error) {
	text, err := textOf(name, data)
	if err != nil {
		return nil, err
	}
	b := newBuilder(name)
	var block, comments []string
	flush := func() {
		if len(block) > 0 {
			b.gift(strings.TrimSpace(strings.Join(block, "\n")), strings.Join(comments, "\n"))
		}
		block, comments = nil, nil
	}
	for _, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case t == "":
			flush()
		case strings.HasPrefix(t, "//"):
			comments = append(comments, t)
		default:
			block = append(block, line)
		}
	}
	flush()
	return b.finish("GIFT")
}

// gift reads one GIFT block.
func (b *builder) gift(text, comments string) {
	if text == "" {
		return
	}
	if rest, ok := strings.CutPrefix(text, "$CATEGORY:"); ok {
		if t := categoryTitle(rest); t != "" {
			b.title = t
		}
		return
	}
	b.seen++
	where := fmt.Sprintf("Question %d", b.seen)
	t := giftChars(text)
	qname := ""
	if t.index("::", 0) == 0 {
		if end := t.index("::", 2); end >= 0 {
			qname = strings.TrimSpace(t[2:end].String())
			t = t[end+2:].trim()
			where += " (" + qname + ")"
		}
	}
	start, end := t.index("{", 0), -1
	if start >= 0 {
		end = t.index("}", start)
	}
	if start < 0 && t.index("}", 0) < 0 {
		return // a description, not a question
	}
	if start < 0 || end < 0 {
		b.skip(where, "its braces { } do not match")
		return
	}
	answer := t[start+1 : end].trim()
	prompt := t[:start].trim()
	if after := t[end+1:].trim(); len(after) > 0 {
		// Missing-word format: the answers stand in the sentence.
		prompt = append(append(append(gtext{}, prompt...), giftChars(" _____ ")...), after...)
	}
	format := "moodle"
	if p := prompt.String(); strings.HasPrefix(p, "[") {
		if i := strings.IndexByte(p, ']'); i > 0 {
			switch f := p[1:i]; f {
			case "html", "moodle", "plain", "markdown":
				format = f
				prompt = prompt[len([]rune(p[:i+1])):]
			}
		}
	}
	field := func(t gtext) string {
		s := strings.TrimSpace(t.String())
		if format == "html" {
			return htmlToText(s)
		}
		return s
	}
	general := ""
	if g := answer.lastIndex("####"); g >= 0 {
		general = field(answer[g+4:])
		answer = answer[:g].trim()
	}
	raw := rawQuestion{where: where, name: qname, prompt: field(prompt), feedback: general}
	for _, m := range giftTagRE.FindAllStringSubmatch(comments, -1) {
		if k, ok := strings.CutPrefix(strings.TrimSpace(m[1]), kindTag); ok {
			raw.kind = quiz.Kind(k)
		}
	}
	switch {
	case len(answer) == 0:
		b.skip(where, "it is an essay question")
		return
	case answer[0].r == '#' && !answer[0].esc:
		b.skip(where, "it is a numerical question")
		return
	case answer.index("~", 0) >= 0:
		// Multiple choice: read below.
	case answer.index("=", 0) >= 0 && answer.index("->", 0) >= 0:
		b.skip(where, "it is a matching question")
		return
	default:
		tf := answer
		if h := answer.index("#", 0); h > 0 {
			tf = answer[:h].trim()
		}
		switch strings.ToUpper(tf.String()) {
		case "T", "TRUE":
			raw.options, raw.answer = []string{"True", "False"}, 0
		case "F", "FALSE":
			raw.options, raw.answer = []string{"True", "False"}, 1
		default:
			b.skip(where, "it is a short-answer question")
			return
		}
		raw.trueFalse = true
		b.add(raw)
		return
	}
	if answer.index("=", 0) < 0 {
		b.skip(where, "it has several right options")
		return
	}
	// Each option starts at an unescaped "~" or "=".
	var opts []gtext
	for i, from := 0, -1; i <= len(answer); i++ {
		if i == len(answer) || !answer[i].esc && (answer[i].r == '~' || answer[i].r == '=') {
			if from >= 0 {
				opts = append(opts, answer[from:i].trim())
			}
			from = i
		}
	}
	raw.answer = -1
	partial := false
	for _, o := range opts {
		right := o[0].r == '='
		o = o[1:]
		if m := giftWeightRE.FindStringSubmatch(o.String()); m != nil {
			w, _ := strconv.ParseFloat(m[1], 64)
			o = o[len([]rune(m[0])):]
			switch {
			case w >= 100:
				right = true
			case w != 0:
				partial = true
			}
		}
		fb := ""
		if h := o.index("#", 0); h >= 0 {
			fb = field(o[h+1:])
			o = o[:h]
		}
		if right {
			if raw.answer >= 0 {
				b.skip(where, "it has several right options")
				return
			}
			raw.answer = len(raw.options)
			if raw.feedback == "" {
				raw.feedback = fb
			}
		}
		raw.options = append(raw.options, field(o))
	}
	if partial {
		b.note(where + ": partial credit for wrong options was dropped (Storyquiz scores right or wrong).")
	}
	b.add(raw)
}
