package exchange

import (
	"strings"

	"storyquiz/quiz"
)

// Blackboard writes the quiz in Blackboard Learn's question upload format: a
// UTF-8 text file, one question per line, fields separated by tabs, no
// header. A multiple-choice line is "MC", the question, then each option
// followed by "correct" or "incorrect"; a true-or-false line is "TF", the
// question and "true" or "false". Tabs and line breaks cannot stand inside a
// field, so each field is put on one line with single spaces; Blackboard
// reads fields as HTML, so "<", ">" and "&" are written as character
// references.
func Blackboard(q *quiz.Quiz) []byte {
	var b strings.Builder
	for i := range q.Questions {
		qu := &q.Questions[i]
		if isTrueFalse(qu) {
			b.WriteString("TF\t" + bbField(qu.Prompt) + "\t" + strings.ToLower(qu.Correct()) + "\n")
			continue
		}
		b.WriteString("MC\t" + bbField(qu.Prompt))
		for j, o := range qu.Options {
			mark := "incorrect"
			if j == qu.Answer {
				mark = "correct"
			}
			b.WriteString("\t" + bbField(o) + "\t" + mark)
		}
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

func bbField(s string) string { return htmlEscape(fold(s)) }
