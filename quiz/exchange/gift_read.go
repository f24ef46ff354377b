package exchange

import (
	"strconv"
	"strings"

	"storyquiz/quiz"
)

// giftHide replaces GIFT's escapes with private-use characters (U+E000 plus
// the character's code), so that the GIFT syntax can be read with plain
// string functions; giftShow turns them back into the characters. \n stands
// for a line break, \\ for a backslash; any other backslash is a backslash,
// as in Moodle's reader. (A private-use character U+E000–U+E07F already in a
// file reads as the ASCII character it stands for here: no quiz text uses
// them.)
var (
	giftHide = strings.NewReplacer(`\\`, "\uE05C", `\~`, "\uE07E", `\=`, "\uE03D", `\#`, "\uE023",
		`\{`, "\uE07B", `\}`, "\uE07D", `\:`, "\uE03A", `\n`, "\uE00A")
	giftShow = strings.NewReplacer("\uE05C", `\`, "\uE07E", "~", "\uE03D", "=", "\uE023", "#",
		"\uE07B", "{", "\uE07D", "}", "\uE03A", ":", "\uE00A", "\n")
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
	for _, line := range append(strings.Split(text, "\n"), "") {
		t := strings.TrimSpace(line)
		switch {
		case t == "":
			if len(block) > 0 {
				b.gift(strings.TrimSpace(strings.Join(block, "\n")), strings.Join(comments, "\n"))
			}
			block, comments = nil, nil
		case strings.HasPrefix(t, "//"):
			comments = append(comments, t)
		default:
			block = append(block, line)
		}
	}
	return b.finish("GIFT")
}

// gift reads one GIFT block.
func (b *builder) gift(text, comments string) {
	if rest, ok := strings.CutPrefix(text, "$CATEGORY:"); ok {
		if t := categoryTitle(rest); t != "" {
			b.title = t
		}
		return
	}
	t := giftHide.Replace(text)
	start, end := strings.IndexByte(t, '{'), -1
	if start >= 0 {
		end = strings.IndexByte(t[start:], '}') + start
	}
	if start < 0 && !strings.Contains(t, "}") {
		return // a description, not a question
	}
	raw := rawQuestion{answer: -1}
	if rest, ok := strings.CutPrefix(t, "::"); ok {
		if i := strings.Index(rest, "::"); i >= 0 && (start < 0 || i+2 < start) {
			raw.name = strings.TrimSpace(giftShow.Replace(rest[:i]))
			t = rest[i+2:]
			start, end = start-i-4, end-i-4
		}
	}
	where := b.next(raw.name)
	raw.where = where
	if start < 0 || end < start {
		b.skip(where, "its braces { } do not match")
		return
	}
	answer := strings.TrimSpace(t[start+1 : end])
	prompt := strings.TrimSpace(t[:start])
	if after := strings.TrimSpace(t[end+1:]); after != "" {
		// Missing-word format: the answers stand in the sentence.
		prompt += " _____ " + after
	}
	html := false
	for _, f := range []string{"[html]", "[moodle]", "[plain]", "[markdown]"} {
		if rest, ok := strings.CutPrefix(prompt, f); ok {
			prompt, html = rest, f == "[html]"
		}
	}
	field := func(s string) string {
		s = strings.TrimSpace(giftShow.Replace(s))
		if html {
			return htmlToText(s)
		}
		return s
	}
	if g := strings.LastIndex(answer, "####"); g >= 0 {
		raw.feedback = field(answer[g+4:])
		answer = strings.TrimSpace(answer[:g])
	}
	raw.prompt = field(prompt)
	for _, c := range strings.Split(comments, "[tag:"+kindTag)[1:] {
		if i := strings.IndexByte(c, ']'); i > 0 {
			raw.kind = quiz.Kind(c[:i])
		}
	}
	switch {
	case answer == "":
		b.skip(where, "it is an essay question")
	case answer[0] == '#':
		b.skip(where, "it is a numerical question")
	case strings.Contains(answer, "~"):
		b.giftChoice(raw, answer, field)
	case strings.Contains(answer, "=") && strings.Contains(answer, "->"):
		b.skip(where, "it is a matching question")
	default:
		tf, _, _ := strings.Cut(answer, "#")
		switch strings.ToUpper(strings.TrimSpace(tf)) {
		case "T", "TRUE":
			raw.answer = 0
		case "F", "FALSE":
			raw.answer = 1
		default:
			b.skip(where, "it is a short-answer question")
			return
		}
		raw.options, raw.trueFalse = []string{"True", "False"}, true
		b.add(raw)
	}
}

// giftChoice reads the options of a multiple-choice question: each starts
// at "~" (wrong, or a weight in percent as in ~%50%) or "=" (right), and may
// end with "#feedback".
func (b *builder) giftChoice(raw rawQuestion, answer string, field func(string) string) {
	if !strings.Contains(answer, "=") {
		b.skip(raw.where, "it has several right options")
		return
	}
	partial := false
	parts := strings.Split(strings.ReplaceAll(answer, "=", "~="), "~")
	for _, o := range parts[1:] {
		right := strings.HasPrefix(o, "=")
		o = strings.TrimPrefix(o, "=")
		if w, rest, ok := strings.Cut(strings.TrimPrefix(o, "%"), "%"); ok && strings.HasPrefix(o, "%") {
			if f, err := strconv.ParseFloat(w, 64); err == nil {
				o = rest
				right = right || f >= 100
				partial = partial || f != 0 && f < 100
			}
		}
		o, fb, _ := strings.Cut(o, "#")
		if right {
			if raw.answer >= 0 {
				b.skip(raw.where, "it has several right options")
				return
			}
			raw.answer = len(raw.options)
			if raw.feedback == "" {
				raw.feedback = field(fb)
			}
		}
		raw.options = append(raw.options, field(o))
	}
	if partial {
		b.note(raw.where + ": partial credit for wrong options was dropped (Storyquiz scores right or wrong).")
	}
	b.add(raw)
}
