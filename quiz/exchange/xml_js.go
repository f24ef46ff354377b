//go:build js

package exchange

import (
	"errors"
	"strings"
	"syscall/js"
)

// parseXML reads an XML document into a Node tree with the browser's
// DOMParser, so that the WebAssembly bundle does not carry encoding/xml
// (about 60 KB brotli). A document that is not well-formed comes back from
// DOMParser holding a <parsererror> element, which is reported as the
// error.
func parseXML(text string) (*Node, error) {
	parser := js.Global().Get("DOMParser")
	if !parser.Truthy() {
		return nil, errors.New("this browser cannot read XML")
	}
	doc := parser.New().Call("parseFromString", text, "application/xml")
	if errs := doc.Call("getElementsByTagName", "parsererror"); errs.Length() > 0 {
		msg := strings.TrimSpace(errs.Index(0).Get("textContent").String())
		if i := strings.IndexByte(msg, '\n'); i > 0 {
			msg = msg[:i]
		}
		return nil, errors.New(msg)
	}
	return domNode(doc.Get("documentElement")), nil
}

// domNode copies a DOM element and its descendants into Nodes.
func domNode(el js.Value) *Node {
	n := &Node{Name: el.Get("localName").String(), Attr: map[string]string{}}
	attrs := el.Get("attributes")
	for i := 0; i < attrs.Length(); i++ {
		a := attrs.Index(i)
		n.Attr[a.Get("localName").String()] = a.Get("value").String()
	}
	var text strings.Builder
	for c := el.Get("firstChild"); c.Truthy(); c = c.Get("nextSibling") {
		switch c.Get("nodeType").Int() {
		case 1: // element
			n.Children = append(n.Children, domNode(c))
		case 3, 4: // text, CDATA
			text.WriteString(c.Get("data").String())
		}
	}
	n.Text = text.String()
	return n
}
