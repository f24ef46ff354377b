package exchange

import (
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
	info := "Made with Storyquiz."
	if t := fold(q.Article.Title); t != "" {
		info = "Made with Storyquiz from the article “" + t + "”."
	}
	fill(&b, moodleHead, xmlEscape(categoryName(q.Title)), xmlHTML(info))
	for i := range q.Questions {
		qu := &q.Questions[i]
		tmpl, fb := moodleChoice, ""
		if isTrueFalse(qu) {
			tmpl = moodleTrueFalse
		}
		for j, o := range qu.Options {
			fraction := "0"
			if j == qu.Answer {
				fraction = "100"
			}
			if tmpl == moodleTrueFalse {
				o = strings.ToLower(o) // Moodle's true-or-false answers are "true" and "false"
			}
			var a strings.Builder
			fill(&a, moodleAnswer, fraction, xmlHTML(o), xmlHTML(optionFeedback(qu, j)))
			fb += a.String()
		}
		tags := ""
		if qu.Kind.Valid() {
			tags = "    <tags><tag><text>" + xmlEscape(kindTag+string(qu.Kind)) + "</text></tag></tags>\n"
		}
		fill(&b, tmpl, xmlEscape(qu.ID), xmlHTML(qu.Prompt), xmlHTML(qu.Evidence.Text), fb+tags)
	}
	b.WriteString("</quiz>\n")
	return []byte(b.String())
}

// The Moodle XML templates: $1… are filled in by fill.
const (
	moodleHead = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category">
    <category><text>$course$/top/$1</text></category>
    <info format="html"><text>$2</text></info>
  </question>
`
	moodleCommon = `    <name><text>$1</text></name>
    <questiontext format="html"><text>$2</text></questiontext>
    <generalfeedback format="html"><text>$3</text></generalfeedback>
    <defaultgrade>1</defaultgrade>
`
	moodleChoice = `  <question type="multichoice">
` + moodleCommon + `    <penalty>0.3333333</penalty>
    <hidden>0</hidden>
    <idnumber>$1</idnumber>
    <single>true</single>
    <shuffleanswers>false</shuffleanswers>
    <answernumbering>abc</answernumbering>
    <showstandardinstruction>0</showstandardinstruction>
    <correctfeedback format="html"><text>Your answer is correct.</text></correctfeedback>
    <partiallycorrectfeedback format="html"><text>Your answer is partially correct.</text></partiallycorrectfeedback>
    <incorrectfeedback format="html"><text>Your answer is incorrect.</text></incorrectfeedback>
$4  </question>
`
	moodleTrueFalse = `  <question type="truefalse">
` + moodleCommon + `    <penalty>1</penalty>
    <hidden>0</hidden>
    <idnumber>$1</idnumber>
$4  </question>
`
	moodleAnswer = `    <answer fraction="$1" format="html">
      <text>$2</text>
      <feedback format="html"><text>$3</text></feedback>
    </answer>
`
)

// xmlHTML writes plain text for a Moodle text field: as HTML, escaped as XML.
func xmlHTML(s string) string { return xmlEscape(htmlEscape(s)) }

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
