package exchange

import (
	"fmt"
	"strings"

	"storyquiz/quiz"
)

// MoodleXML writes the quiz in Moodle XML, the question bank format Moodle
// imports with the most fidelity: a category named after the quiz, then one
// question per entry. Multiple-choice questions are single-answer, unshuffled
// (the key's position is the teacher's choice) and numbered a, b, c; the
// article sentence that supports the answer is the general feedback, every
// option has its own feedback, and the question's kind travels as a tag.
// Text fields are HTML (what Moodle's editor expects) made from the plain
// text, so quotes, "<" and "&" show as typed.
func MoodleXML(q *quiz.Quiz) []byte {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n")
	b.WriteString("  <question type=\"category\">\n")
	b.WriteString("    <category><text>$course$/top/" + xmlEscape(categoryName(q.Title)) + "</text></category>\n")
	info := "Made with Storyquiz."
	if t := fold(q.Article.Title); t != "" {
		info = "Made with Storyquiz from the article “" + t + "”."
	}
	b.WriteString("    " + htmlField("info", info) + "\n")
	b.WriteString("  </question>\n")
	for i := range q.Questions {
		qu := &q.Questions[i]
		tf := isTrueFalse(qu)
		typ := "multichoice"
		if tf {
			typ = "truefalse"
		}
		fmt.Fprintf(&b, "  <question type=%q>\n", typ)
		b.WriteString("    <name><text>" + xmlEscape(qu.ID) + "</text></name>\n")
		b.WriteString("    " + htmlField("questiontext", qu.Prompt) + "\n")
		b.WriteString("    " + htmlField("generalfeedback", qu.Evidence.Text) + "\n")
		b.WriteString("    <defaultgrade>1</defaultgrade>\n")
		if tf {
			b.WriteString("    <penalty>1</penalty>\n")
		} else {
			b.WriteString("    <penalty>0.3333333</penalty>\n")
		}
		b.WriteString("    <hidden>0</hidden>\n")
		b.WriteString("    <idnumber>" + xmlEscape(qu.ID) + "</idnumber>\n")
		if !tf {
			b.WriteString("    <single>true</single>\n")
			b.WriteString("    <shuffleanswers>false</shuffleanswers>\n")
			b.WriteString("    <answernumbering>abc</answernumbering>\n")
			b.WriteString("    <showstandardinstruction>0</showstandardinstruction>\n")
			b.WriteString("    " + htmlField("correctfeedback", "Your answer is correct.") + "\n")
			b.WriteString("    " + htmlField("partiallycorrectfeedback", "Your answer is partially correct.") + "\n")
			b.WriteString("    " + htmlField("incorrectfeedback", "Your answer is incorrect.") + "\n")
		}
		for j, o := range qu.Options {
			fraction, text := "0", o
			if j == qu.Answer {
				fraction = "100"
			}
			if tf {
				text = strings.ToLower(o) // Moodle's true-or-false answers are "true" and "false"
			}
			fmt.Fprintf(&b, "    <answer fraction=%q format=\"html\">\n", fraction)
			b.WriteString("      <text>" + xmlEscape(htmlEscape(text)) + "</text>\n")
			b.WriteString("      " + htmlField("feedback", optionFeedback(qu, j)) + "\n")
			b.WriteString("    </answer>\n")
		}
		if qu.Kind.Valid() {
			b.WriteString("    <tags><tag><text>" + xmlEscape(kindTag+string(qu.Kind)) + "</text></tag></tags>\n")
		}
		b.WriteString("  </question>\n")
	}
	b.WriteString("</quiz>\n")
	return []byte(b.String())
}

// htmlField writes a Moodle text field holding plain text as HTML.
func htmlField(name, text string) string {
	return "<" + name + " format=\"html\"><text>" + xmlEscape(htmlEscape(text)) + "</text></" + name + ">"
}

// optionFeedback is what a student who chose option j reads: whether it was
// right and, when not, which option was.
func optionFeedback(qu *quiz.Question, j int) string {
	if j == qu.Answer {
		return "Right."
	}
	return "Not this one: the answer is “" + qu.Correct() + "”."
}

// categoryName makes a Moodle category name from a title: Moodle splits
// category paths at "/", and reads "//" as a "/" in a name.
func categoryName(title string) string {
	return strings.ReplaceAll(fold(title), "/", "//")
}

// categoryTitle is the inverse of categoryName applied to a whole path: the
// last category in it, which is where the questions go.
func categoryTitle(path string) string {
	path = strings.ReplaceAll(strings.TrimSpace(path), "//", "\x00")
	parts := strings.Split(path, "/")
	for i := len(parts) - 1; i >= 0; i-- {
		p := strings.TrimSpace(strings.ReplaceAll(parts[i], "\x00", "/"))
		if p != "" && p != "top" && !(strings.HasPrefix(p, "$") && strings.HasSuffix(p, "$")) {
			return p
		}
	}
	return ""
}
