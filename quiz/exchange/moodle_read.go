package exchange

import (
	"fmt"
	"strconv"
	"strings"

	"storyquiz/quiz"
)

// Node is an element of an XML document: its name, attributes, child
// elements and the text directly inside it. Moodle XML is read as a tree
// of Nodes, which encoding/xml builds natively and the browser's DOMParser
// builds in WebAssembly (see xml_native.go and xml_js.go).
type Node struct {
	Name     string
	Attr     map[string]string
	Children []*Node
	Text     string
}

// child returns the first child element with the given name, or nil.
func (n *Node) child(name string) *Node {
	if n == nil {
		return nil
	}
	for _, c := range n.Children {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// field returns the text of a Moodle text field (<name><text>…</text></name>)
// as plain text, reading HTML unless the field says it is plain text.
func (n *Node) field(name string) string {
	f := n.child(name)
	return fieldText(f)
}

func fieldText(f *Node) string {
	t := f.child("text")
	if t == nil {
		return ""
	}
	switch f.Attr["format"] {
	case "plain_text", "markdown":
		return strings.TrimSpace(t.Text)
	}
	return htmlToText(t.Text)
}

// ReadMoodleXML reads the multiple-choice and true-or-false questions of a
// Moodle XML file. The general feedback becomes the question's evidence
// text, the last category names the quiz, and a storyquiz-kind tag gives
// the question's kind. Other question types, questions with several right
// options and questions Storyquiz cannot hold are left out, each with a
// note saying why.
func ReadMoodleXML(name string, data []byte) (*Imported, error) {
	text, err := textOf(name, data)
	if err != nil {
		return nil, err
	}
	root, err := parseXML(text)
	if err != nil {
		return nil, fmt.Errorf("“%s” is not well-formed XML: %v", name, err)
	}
	if root.Name != "quiz" {
		return nil, fmt.Errorf("“%s” is XML but not Moodle XML (its root element is <%s>, not <quiz>)", name, root.Name)
	}
	b := newBuilder(name)
	for _, qn := range root.Children {
		typ := qn.Attr["type"]
		switch {
		case qn.Name != "question", typ == "description":
			continue
		case typ == "category":
			// A category path is plain text, not HTML.
			if t := categoryTitle(qn.child("category").child("text").textOrEmpty()); t != "" {
				b.title = t
			}
			continue
		}
		raw := rawQuestion{name: strings.TrimSpace(qn.field("name")), answer: -1,
			prompt: qn.field("questiontext"), feedback: qn.field("generalfeedback"), trueFalse: typ == "truefalse"}
		raw.where = b.next(raw.name)
		for _, tg := range qn.child("tags").childrenOrNone() {
			if k, ok := strings.CutPrefix(strings.TrimSpace(tg.child("text").textOrEmpty()), kindTag); ok {
				raw.kind = quiz.Kind(k)
			}
		}
		single := strings.TrimSpace(qn.child("single").textOrEmpty())
		why, partial := "", false
		switch {
		case typ != "multichoice" && typ != "truefalse":
			why = "it is a " + typ + " question"
		case single == "false" || single == "0":
			why = "several of its options may be right"
		}
		for _, a := range qn.Children {
			if a.Name != "answer" || why != "" {
				continue
			}
			text, f := fieldText(a), fraction(a)
			right := f >= 100
			partial = partial || f != 0 && !right
			if raw.trueFalse {
				// Moodle's true-or-false answers are "true" and "false".
				if t := strings.ToLower(text); right && (t == "true" || t == "false") {
					raw.answer = len(t) - 4 // 0 for true, 1 for false
				}
				continue
			}
			if right && raw.answer >= 0 {
				why = "it has several right options"
			} else if right {
				raw.answer = len(raw.options)
			}
			raw.options = append(raw.options, text)
		}
		if raw.trueFalse {
			raw.options = []string{"True", "False"}
		}
		switch {
		case why != "":
		case raw.answer < 0:
			why = "it has no right answer"
		case partial && !raw.trueFalse:
			b.note(raw.where + ": partial credit for wrong options was dropped (Storyquiz scores right or wrong).")
		}
		if why != "" {
			b.skip(raw.where, why)
			continue
		}
		b.add(raw)
	}
	return b.finish("Moodle XML")
}

// childrenOrNone returns an element's children, or none for a missing one.
func (n *Node) childrenOrNone() []*Node {
	if n == nil {
		return nil
	}
	return n.Children
}

func (n *Node) textOrEmpty() string {
	if n == nil {
		return ""
	}
	return n.Text
}

// fraction is an answer's share of the marks, in percent.
func fraction(a *Node) float64 {
	f, err := strconv.ParseFloat(strings.TrimSpace(a.Attr["fraction"]), 64)
	if err != nil {
		return 0
	}
	return f
}
