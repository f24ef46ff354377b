// Package exchange writes quizzes in the formats that learning platforms
// import (Moodle XML, QTI 2.1, Blackboard's tab-delimited upload, Aiken and
// GIFT) and reads Aiken, GIFT and Moodle XML back, so that a teacher can move
// questions between Storyquiz and a platform in both directions.
//
// It does no I/O beyond returning bytes. The server converts files for the
// browser (app/server's quiz-files endpoints), which keeps these writers
// and readers, with encoding/xml, about 70 KB brotli, out of the
// WebAssembly bundle: the browser imports only package formats, the list
// of what can be downloaded.
package exchange

import (
	"encoding/json"
	"fmt"
	"strings"

	"storyquiz/quiz"
	"storyquiz/quiz/exchange/formats"
)

// Write writes q in format f.
func Write(f formats.Format, q *quiz.Quiz) []byte {
	switch f.Name {
	case "moodle":
		return MoodleXML(q)
	case "qti":
		return QTI(q)
	case "blackboard":
		return Blackboard(q)
	case "gift":
		return []byte(GIFT(q))
	case "aiken":
		return []byte(Aiken(q))
	}
	return writeJSON(q)
}

// writeJSON writes the storyquiz/v1 document, indented as the command line
// always has.
func writeJSON(q *quiz.Quiz) []byte {
	b, err := json.MarshalIndent(q, "", "  ")
	if err != nil {
		// A Quiz holds only strings, ints and slices: this cannot happen.
		panic(fmt.Sprintf("exchange: encoding a quiz: %v", err))
	}
	return append(b, '\n')
}

// kindTag is the tag, followed by the kind, that carries a question's kind
// through Moodle (GIFT and Moodle XML keep tags), so a quiz comes back with
// the kinds it left with.
const kindTag = "storyquiz-kind-"

// isTrueFalse reports whether a question is written with a platform's own
// true-or-false type rather than as two-option multiple choice.
func isTrueFalse(qu *quiz.Question) bool {
	return qu.Kind == quiz.KindTrueFalse && len(qu.Options) == 2 && qu.Options[0] == "True" && qu.Options[1] == "False"
}

// fold puts a text on one line, for formats that are line or tab based.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }
