//go:build !wasm

package e2e

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"storyquiz/quiz/exchange"
)

// exchangeGIFT is a question bank as a teacher brings it from Moodle,
// written for this test: two questions Storyquiz keeps, one it leaves out,
// and text that GIFT must escape.
const exchangeGIFT = `// From the Year 8 bank
$CATEGORY: $course$/top/Rivers & lakes

::r1:: Which river flows through Cairo? {
	=the Nile
	~the Amazon
	~the Danube
	####The Nile runs north through Cairo \{and\} on to the sea.
}

::r2::[html]Is 3 &lt; 5 \= true? {T}

::r3:: Describe a delta. {}
`

// captureBinaryDownload makes the page hand the next file it offers for
// download to the test, base64-encoded, instead of saving it.
const captureBinaryDownload = `(() => {
	const create = URL.createObjectURL;
	URL.createObjectURL = (blob) => { window.__lastBlob = blob; return create(blob); };
	HTMLAnchorElement.prototype.click = function () {
		const name = this.download;
		window.__download = window.__lastBlob.arrayBuffer().then((buf) => {
			let s = "";
			for (const c of new Uint8Array(buf)) s += String.fromCharCode(c);
			return {name, text: btoa(s)};
		});
	};
	return true;
})()`

// TestExchange opens a GIFT file on /review, as a teacher bringing questions
// from a platform would, checks the page explains what was kept, downloads
// the quiz as Moodle XML and as a QTI package from the browser, and hosts
// the imported quiz live: a quiz without an article works end to end.
func TestExchange(t *testing.T) {
	srv := startServer(t, "")
	b := newBrowser(t, 1366, 768)
	b.open(t, srv.URL+"/review/my-nothing-here")
	b.do(t, "waiting for the missing-quiz page", chromedp.WaitVisible(chromedp.ID("open-quiz-button")))

	gift := filepath.Join(t.TempDir(), "year8.gift")
	if err := os.WriteFile(gift, []byte(exchangeGIFT), 0o644); err != nil {
		t.Fatal(err)
	}
	b.do(t, "opening the GIFT file", chromedp.SetUploadFiles(chromedp.ID("open-quiz"), []string{gift}), chromedp.WaitVisible(chromedp.CSS(".qlist")))
	b.waitContains(t, "#review-status", "Opened “year8.gift”: 2 questions.")
	if got := b.text(t, "#review-status"); !strings.Contains(got, "Question 3 (r3) was left out: it is an essay question.") {
		t.Errorf("status = %q, want it to say the essay was left out", got)
	}
	if got := b.text(t, "#review-h"); got != "Rivers & lakes" {
		t.Errorf("title = %q", got)
	}
	if got := b.text(t, "#q1-prompt"); got != "Is 3 < 5 = true?" {
		t.Errorf("second prompt = %q", got)
	}
	if got := b.text(t, "#q0 .evidence"); got != "Feedback: The Nile runs north through Cairo {and} on to the sea." {
		t.Errorf("feedback = %q", got)
	}
	if n := eval[int](t, b, `document.querySelectorAll("[id$='-swap']").length`); n != 0 {
		t.Errorf("%d swap buttons on a quiz without an article", n)
	}
	b.axe(t, "review of an imported quiz")

	// Moodle XML, made by the server for the browser (read back natively here).
	data := b.download(t, "dl-moodle", "rivers-lakes.moodle.xml")
	imp, err := exchange.ReadMoodleXML("rivers-lakes.moodle.xml", data)
	if err != nil {
		t.Fatalf("the downloaded Moodle XML does not read back: %v\n%s", err, data)
	}
	if len(imp.Quiz.Questions) != 2 || imp.Quiz.Title != "Rivers & lakes" ||
		imp.Quiz.Questions[0].Evidence.Text != "The Nile runs north through Cairo {and} on to the sea." ||
		imp.Quiz.Questions[1].Prompt != "Is 3 < 5 = true?" || imp.Quiz.Questions[1].Answer != 0 {
		t.Errorf("Moodle XML read back as %+v", imp.Quiz)
	}
	if !bytes.Contains(data, []byte(`<generalfeedback format="html"><text>The Nile runs north`)) {
		t.Errorf("the source sentence is not the general feedback:\n%s", data)
	}

	// The QTI package is a zip the browser made byte for byte. Chromium
	// asks before a page's second download, so this one is taken from the
	// Blob the page makes.
	eval[bool](t, b, captureBinaryDownload)
	b.do(t, "downloading the QTI package", chromedp.Click(chromedp.ID("dl-qti")))
	got := eval[download](t, b, `new Promise((r) => { const poll = () => window.__download ? r(window.__download) : setTimeout(poll, 50); poll(); })`)
	if got.Name != "rivers-lakes.qti.zip" {
		t.Errorf("QTI file name = %q", got.Name)
	}
	pkg, err := base64.StdEncoding.DecodeString(got.Text)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		t.Fatalf("the QTI download is not a zip: %v", err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
	}
	if got := strings.Join(names, " "); got != "imsmanifest.xml items/item1.xml items/item2.xml tests/test.xml" {
		t.Errorf("QTI package holds %s", got)
	}

	// A Moodle XML file opens too (the server reads it for the browser).
	xmlFile := filepath.Join(t.TempDir(), "bank.xml")
	if err := os.WriteFile(xmlFile, data, 0o644); err != nil {
		t.Fatal(err)
	}
	b.do(t, "opening the Moodle XML file", chromedp.SetUploadFiles(chromedp.ID("open-quiz"), []string{xmlFile}))
	b.waitContains(t, "#review-status", "Opened “bank.xml”: 2 questions.")
	if got := b.text(t, "#q1-prompt"); got != "Is 3 < 5 = true?" {
		t.Errorf("prompt after opening the Moodle XML = %q", got)
	}
	// A file that is not a quiz is refused, with the reason, and focus.
	bad := filepath.Join(t.TempDir(), "notes.xml")
	os.WriteFile(bad, []byte("<notes><unclosed></notes>"), 0o644)
	b.do(t, "opening a broken XML file", chromedp.SetUploadFiles(chromedp.ID("open-quiz"), []string{bad}), chromedp.WaitVisible(chromedp.ID("open-problem")))
	if got := b.text(t, "#open-problem"); !strings.Contains(got, "“notes.xml” cannot be opened") || !strings.Contains(got, "not well-formed XML") {
		t.Errorf("problem = %q", got)
	}
	waitFocus(t, b, "open-problem")
	b.forgetConsole("status of 400 (Bad Request)") // the server's refusal of the file

	// Host the imported quiz live: a student sees its first question.
	b.do(t, "host it", chromedp.Click(chromedp.ID("host-quiz")), chromedp.WaitVisible(chromedp.ID("setup-quiz")))
	b.do(t, "creating the session", chromedp.Click(chromedp.ID("create")), chromedp.WaitVisible(chromedp.ID("join-code")))
	code := b.text(t, "#join-code")
	student := newBrowser(t, 360, 740)
	student.open(t, srv.URL+"/join?code="+code)
	student.do(t, "joining", chromedp.SendKeys(chromedp.ID("name"), "Ana"), chromedp.Click(chromedp.ID("join")))
	b.waitContains(t, "#player-count", "1 student")
	b.do(t, "starting", chromedp.Click(chromedp.ID("start")))
	student.waitContains(t, "#prompt", "Which river flows through Cairo?")
	student.checkConsole(t)
	b.checkConsole(t)
}
