package exchange

import (
	"strconv"
	"strings"

	"storyquiz/quiz"
)

// QTI writes the quiz as an IMS QTI 2.1 content package: a zip holding one
// assessmentItem per question (a single-choice choiceInteraction, scored by
// the standard match_correct template), an assessmentTest that lists them in
// order, and the imsmanifest.xml that lists every file. Blackboard, Canvas
// New Quizzes, Inspera and other QTI tools import such packages. The
// article sentence that supports the answer is shown as the item's
// feedback once a student has answered.
func QTI(q *quiz.Quiz) []byte {
	files := []zipFile{{Name: "imsmanifest.xml"}}
	var refs, deps, resources strings.Builder
	for i := range q.Questions {
		qu := &q.Questions[i]
		id := "item" + strconv.Itoa(i+1)
		href := "items/" + id + ".xml"
		var item strings.Builder
		fill(&item, qtiItemHead, id, xmlEscape(qu.ID+": "+fold(qu.Prompt)), quiz.Letter(qu.Answer), xhtmlText(qu.Prompt))
		for j, o := range qu.Options {
			fill(&item, qtiChoice, quiz.Letter(j), xhtmlText(o))
		}
		if qu.Evidence.Text == "" {
			item.WriteString(qtiTemplateRP)
		} else {
			fill(&item, qtiFeedbackRP, xhtmlText("From the story: "+qu.Evidence.Text))
		}
		files = append(files, zipFile{href, []byte(item.String())})
		fill(&refs, qtiItemRef, id, href)
		fill(&deps, qtiDependency, id)
		fill(&resources, qtiResource, id, href)
	}
	var test, man strings.Builder
	fill(&test, qtiTest, xmlEscape(fold(q.Title)), refs.String())
	files = append(files, zipFile{"tests/test.xml", []byte(test.String())})
	fill(&man, qtiManifest, deps.String(), resources.String())
	// The manifest comes first: some importers look for it there.
	files[0].Data = []byte(man.String())
	return storedZip(files)
}

// The QTI 2.1 templates: $1… are filled in by fill.
const (
	qtiRoot = `xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
		`xsi:schemaLocation="http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p2.xsd"`
	// qtiItemHead is an assessmentItem up to its choices. Choices are
	// named A, B, C… as students see them; the order is kept
	// (shuffle="false") because the teacher placed the key.
	qtiItemHead = `<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem ` + qtiRoot + ` identifier="$1" title="$2" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
    <correctResponse>
      <value>$3</value>
    </correctResponse>
  </responseDeclaration>
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">
    <defaultValue>
      <value>0</value>
    </defaultValue>
  </outcomeDeclaration>
  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>
  <itemBody>
    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">
      <prompt>$4</prompt>
`
	qtiChoice = `      <simpleChoice identifier="$1">$2</simpleChoice>
`
	qtiBodyEnd = `    </choiceInteraction>
  </itemBody>
`
	// qtiTemplateRP scores with the standard match_correct template.
	qtiTemplateRP = qtiBodyEnd + `  <responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>
</assessmentItem>
`
	// qtiFeedbackRP is match_correct written out, plus showing the source
	// sentence ($1) whatever the answer.
	qtiFeedbackRP = qtiBodyEnd + `  <responseProcessing>
    <responseCondition>
      <responseIf>
        <match>
          <variable identifier="RESPONSE"/>
          <correct identifier="RESPONSE"/>
        </match>
        <setOutcomeValue identifier="SCORE">
          <baseValue baseType="float">1</baseValue>
        </setOutcomeValue>
      </responseIf>
      <responseElse>
        <setOutcomeValue identifier="SCORE">
          <baseValue baseType="float">0</baseValue>
        </setOutcomeValue>
      </responseElse>
    </responseCondition>
    <setOutcomeValue identifier="FEEDBACK">
      <baseValue baseType="identifier">SOURCE</baseValue>
    </setOutcomeValue>
  </responseProcessing>
  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="SOURCE" showHide="show">$1</modalFeedback>
</assessmentItem>
`
	qtiTest = `<?xml version="1.0" encoding="UTF-8"?>
<assessmentTest ` + qtiRoot + ` identifier="test" title="$1">
  <testPart identifier="part1" navigationMode="linear" submissionMode="individual">
    <assessmentSection identifier="section1" title="$1" visible="true">
$2    </assessmentSection>
  </testPart>
</assessmentTest>
`
	qtiItemRef    = "      <assessmentItemRef identifier=\"$1\" href=\"../$2\"/>\n"
	qtiDependency = "      <dependency identifierref=\"$1\"/>\n"
	qtiResource   = "    <resource identifier=\"$1\" type=\"imsqti_item_xmlv2p1\" href=\"$2\">\n      <file href=\"$2\"/>\n    </resource>\n"
	qtiManifest   = `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
		`xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p2.xsd ` +
		`http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p2.xsd" identifier="storyquiz-manifest">
  <metadata>
    <schema>QTIv2.1 Package</schema>
    <schemaversion>1.0.0</schemaversion>
  </metadata>
  <organizations/>
  <resources>
    <resource identifier="test" type="imsqti_test_xmlv2p1" href="tests/test.xml">
      <file href="tests/test.xml"/>
$1    </resource>
$2  </resources>
</manifest>
`
)

// xhtmlText writes plain text as QTI content, which is XHTML inside the
// item: the text is escaped as XML, and line breaks become <br/>.
func xhtmlText(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = xmlEscape(l)
	}
	return strings.Join(lines, "<br/>")
}
