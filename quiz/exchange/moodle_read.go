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
		if qn.Name != "question" {
			continue
		}
		typ := qn.Attr["type"]
		switch typ {
		case "category":
			// A category path is plain text, not HTML.
			if t := categoryTitle(qn.child("category").child("text").textOrEmpty()); t != "" {
				b.title = t
			}
			continue
		case "description":
			continue
		}
		b.seen++
		raw := rawQuestion{where: fmt.Sprintf("Question %d", b.seen), name: strings.TrimSpace(qn.field("name"))}
		if raw.name != "" {
			raw.where += " (" + raw.name + ")"
		}
		raw.prompt = qn.field("questiontext")
		raw.feedback = qn.field("generalfeedback")
		if tags := qn.child("tags"); tags != nil {
			for _, tg := range tags.Children {
				if k, ok := strings.CutPrefix(strings.TrimSpace(tg.child("text").textOrEmpty()), kindTag); ok {
					raw.kind = quiz.Kind(k)
				}
			}
		}
		var answers []*Node
		for _, c := range qn.Children {
			if c.Name == "answer" {
				answers = append(answers, c)
			}
		}
		switch typ {
		case "truefalse":
			raw.trueFalse = true
			raw.options, raw.answer = []string{"True", "False"}, -1
			for _, a := range answers {
				if fraction(a) < 100 {
					continue
				}
				switch strings.ToLower(fieldText(a)) {
				case "true":
					raw.answer = 0
				case "false":
					raw.answer = 1
				}
			}
			if raw.answer < 0 {
				b.skip(raw.where, "it has no right answer")
				continue
			}
		case "multichoice":
			if s := strings.TrimSpace(qn.child("single").textOrEmpty()); s == "false" || s == "0" {
				b.skip(raw.where, "several of its options may be right")
				continue
			}
			raw.answer = -1
			partial := false
			for _, a := range answers {
				f := fraction(a)
				if f >= 100 {
					if raw.answer >= 0 {
						b.skip(raw.where, "it has several right options")
						raw.answer = -2
						break
					}
					raw.answer = len(raw.options)
				} else if f != 0 {
					partial = true
				}
				raw.options = append(raw.options, fieldText(a))
			}
			if raw.answer == -2 {
				continue
			}
			if raw.answer < 0 {
				b.skip(raw.where, "it has no right option")
				continue
			}
			if partial {
				b.note(raw.where + ": partial credit for wrong options was dropped (Storyquiz scores right or wrong).")
			}
		default:
			b.skip(raw.where, "it is a "+typ+" question")
			continue
		}
		b.add(raw)
	}
	return b.finish("Moodle XML")
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
