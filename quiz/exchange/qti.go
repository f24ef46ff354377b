package exchange

import (
	"fmt"
	"strings"

	"storyquiz/quiz"
)

// QTI namespaces and the schema locations that QTI tools look for.
const (
	qtiNS       = "http://www.imsglobal.org/xsd/imsqti_v2p1"
	qtiSchema   = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p2.xsd"
	cpNS        = "http://www.imsglobal.org/xsd/imscp_v1p1"
	cpSchema    = "http://www.imsglobal.org/xsd/imscp_v1p2.xsd"
	xsiNS       = "http://www.w3.org/2001/XMLSchema-instance"
	matchesRule = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"
)

// QTI writes the quiz as an IMS QTI 2.1 content package: a zip holding one
// assessmentItem per question (a single-choice choiceInteraction, scored by
// the standard match_correct template), an assessmentTest that lists them in
// order, and the imsmanifest.xml that lists every file. Blackboard, Canvas
// New Quizzes, Inspera and other QTI tools import such packages. The
// article sentence that supports the answer is shown as the item's
// feedback once a student has answered.
func QTI(q *quiz.Quiz) []byte {
	files := make([]zipFile, 0, len(q.Questions)+2)
	type res struct{ id, href string }
	var items []res
	for i := range q.Questions {
		qu := &q.Questions[i]
		id := fmt.Sprintf("item%d", i+1)
		href := "items/" + id + ".xml"
		files = append(files, zipFile{href, qtiItem(id, qu)})
		items = append(items, res{id, href})
	}
	var t strings.Builder
	t.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	fmt.Fprintf(&t, "<assessmentTest xmlns=%q xmlns:xsi=%q xsi:schemaLocation=%q identifier=\"test\" title=\"%s\">\n",
		qtiNS, xsiNS, qtiNS+" "+qtiSchema, xmlEscape(fold(q.Title)))
	t.WriteString("  <testPart identifier=\"part1\" navigationMode=\"linear\" submissionMode=\"individual\">\n")
	t.WriteString("    <assessmentSection identifier=\"section1\" title=\"" + xmlEscape(fold(q.Title)) + "\" visible=\"true\">\n")
	for _, it := range items {
		fmt.Fprintf(&t, "      <assessmentItemRef identifier=%q href=\"../%s\"/>\n", it.id, it.href)
	}
	t.WriteString("    </assessmentSection>\n  </testPart>\n</assessmentTest>\n")
	files = append(files, zipFile{"tests/test.xml", []byte(t.String())})

	var m strings.Builder
	m.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	fmt.Fprintf(&m, "<manifest xmlns=%q xmlns:xsi=%q xsi:schemaLocation=%q identifier=\"storyquiz-manifest\">\n",
		cpNS, xsiNS, cpNS+" "+cpSchema+" "+qtiNS+" "+qtiSchema)
	m.WriteString("  <metadata>\n    <schema>QTIv2.1 Package</schema>\n    <schemaversion>1.0.0</schemaversion>\n  </metadata>\n")
	m.WriteString("  <organizations/>\n  <resources>\n")
	m.WriteString("    <resource identifier=\"test\" type=\"imsqti_test_xmlv2p1\" href=\"tests/test.xml\">\n")
	m.WriteString("      <file href=\"tests/test.xml\"/>\n")
	for _, it := range items {
		fmt.Fprintf(&m, "      <dependency identifierref=%q/>\n", it.id)
	}
	m.WriteString("    </resource>\n")
	for _, it := range items {
		fmt.Fprintf(&m, "    <resource identifier=%q type=\"imsqti_item_xmlv2p1\" href=%q>\n      <file href=%q/>\n    </resource>\n", it.id, it.href, it.href)
	}
	m.WriteString("  </resources>\n</manifest>\n")
	// The manifest comes first: some importers look for it there.
	return storedZip(append([]zipFile{{"imsmanifest.xml", []byte(m.String())}}, files...))
}

// qtiItem writes one question as a QTI 2.1 assessmentItem. Choices are
// named A, B, C… as students see them; the order is kept (shuffle="false")
// because the teacher placed the key.
func qtiItem(id string, qu *quiz.Question) []byte {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	fmt.Fprintf(&b, "<assessmentItem xmlns=%q xmlns:xsi=%q xsi:schemaLocation=%q identifier=%q title=\"%s\" adaptive=\"false\" timeDependent=\"false\">\n",
		qtiNS, xsiNS, qtiNS+" "+qtiSchema, id, xmlEscape(qu.ID+": "+fold(qu.Prompt)))
	b.WriteString("  <responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"identifier\">\n")
	fmt.Fprintf(&b, "    <correctResponse>\n      <value>%s</value>\n    </correctResponse>\n", quiz.Letter(qu.Answer))
	b.WriteString("  </responseDeclaration>\n")
	b.WriteString("  <outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" baseType=\"float\">\n")
	b.WriteString("    <defaultValue>\n      <value>0</value>\n    </defaultValue>\n  </outcomeDeclaration>\n")
	if qu.Evidence.Text != "" {
		b.WriteString("  <outcomeDeclaration identifier=\"FEEDBACK\" cardinality=\"single\" baseType=\"identifier\"/>\n")
	}
	b.WriteString("  <itemBody>\n")
	b.WriteString("    <choiceInteraction responseIdentifier=\"RESPONSE\" shuffle=\"false\" maxChoices=\"1\">\n")
	b.WriteString("      <prompt>" + xhtmlText(qu.Prompt) + "</prompt>\n")
	for j, o := range qu.Options {
		fmt.Fprintf(&b, "      <simpleChoice identifier=%q>%s</simpleChoice>\n", quiz.Letter(j), xhtmlText(o))
	}
	b.WriteString("    </choiceInteraction>\n  </itemBody>\n")
	if qu.Evidence.Text == "" {
		b.WriteString("  <responseProcessing template=\"" + matchesRule + "\"/>\n")
	} else {
		// match_correct, written out, plus showing the source sentence
		// whatever the answer.
		b.WriteString("  <responseProcessing>\n    <responseCondition>\n      <responseIf>\n")
		b.WriteString("        <match>\n          <variable identifier=\"RESPONSE\"/>\n          <correct identifier=\"RESPONSE\"/>\n        </match>\n")
		b.WriteString("        <setOutcomeValue identifier=\"SCORE\">\n          <baseValue baseType=\"float\">1</baseValue>\n        </setOutcomeValue>\n")
		b.WriteString("      </responseIf>\n      <responseElse>\n")
		b.WriteString("        <setOutcomeValue identifier=\"SCORE\">\n          <baseValue baseType=\"float\">0</baseValue>\n        </setOutcomeValue>\n")
		b.WriteString("      </responseElse>\n    </responseCondition>\n")
		b.WriteString("    <setOutcomeValue identifier=\"FEEDBACK\">\n      <baseValue baseType=\"identifier\">SOURCE</baseValue>\n    </setOutcomeValue>\n")
		b.WriteString("  </responseProcessing>\n")
		b.WriteString("  <modalFeedback outcomeIdentifier=\"FEEDBACK\" identifier=\"SOURCE\" showHide=\"show\">" +
			xhtmlText("From the story: "+qu.Evidence.Text) + "</modalFeedback>\n")
	}
	b.WriteString("</assessmentItem>\n")
	return []byte(b.String())
}

// xhtmlText writes plain text as QTI content, which is XHTML inside the
// item: the text is escaped as XML, and line breaks become <br/>.
func xhtmlText(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = xmlEscape(l)
	}
	return strings.Join(lines, "<br/>")
}
