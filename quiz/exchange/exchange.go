// Package exchange writes quizzes in the formats that learning platforms
// import (Moodle XML, QTI 2.1, Blackboard's tab-delimited upload, Aiken and
// GIFT) and reads Aiken, GIFT and Moodle XML back, so that a teacher can move
// questions between Storyquiz and a platform in both directions.
//
// It does no I/O beyond returning bytes and runs in the browser: the
// writers are built on strings rather than encoding/xml and archive/zip,
// which would add about 100 KB (brotli) to the WebAssembly bundle. Reading
// Moodle XML needs an XML parser: natively encoding/xml, in the browser the
// browser's own DOMParser (see xml_native.go and xml_js.go).
package exchange

import (
	"encoding/json"
	"fmt"
	"strings"

	"storyquiz/quiz"
)

// Format describes one file format a quiz can be written in.
type Format struct {
	Name  string // the -format flag's value, e.g. "moodle"
	Label string // what a teacher reads on a download button
	Ext   string // file name ending, with its dot(s)
	MIME  string // media type of the download
	Write func(*quiz.Quiz) []byte
}

// Formats lists every export format, in the order they are offered.
var Formats = []Format{
	{"json", "Quiz file (JSON)", ".json", "application/json", writeJSON},
	{"moodle", "Moodle XML", ".moodle.xml", "application/xml", MoodleXML},
	{"qti", "QTI 2.1 package (.zip)", ".qti.zip", "application/zip", QTI},
	{"blackboard", "Blackboard (tab-delimited)", ".blackboard.txt", "text/plain", Blackboard},
	{"gift", "Moodle GIFT", ".gift.txt", "text/plain", func(q *quiz.Quiz) []byte { return []byte(quiz.GIFT(q)) }},
	{"aiken", "Moodle Aiken", ".aiken.txt", "text/plain", func(q *quiz.Quiz) []byte { return []byte(quiz.Aiken(q)) }},
}

// Lookup returns the format with the given name.
func Lookup(name string) (Format, bool) {
	for _, f := range Formats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// Names lists the format names, for usage messages.
func Names() []string {
	out := make([]string, len(Formats))
	for i, f := range Formats {
		out[i] = f.Name
	}
	return out
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

// kindTag is the tag that carries a question's kind through Moodle (GIFT and
// Moodle XML keep tags), so a quiz comes back with the kinds it left with.
const kindTag = quiz.GIFTKindTag

// isTrueFalse reports whether a question is written with a platform's own
// true-or-false type rather than as two-option multiple choice.
func isTrueFalse(qu *quiz.Question) bool {
	return qu.Kind == quiz.KindTrueFalse && len(qu.Options) == 2 && qu.Options[0] == "True" && qu.Options[1] == "False"
}

// fold puts a text on one line, for formats that are line or tab based.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }
