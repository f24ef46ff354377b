//go:build !wasm

package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"storyquiz/quiz"
)

// ownArticle is a short news story written for this test, so nothing in it
// comes from the launch story.
const ownArticle = `Harbour town opens new lifeboat station

The coastal town of Port Evenby opened a new lifeboat station on Saturday, replacing a building that had stood since 1921.

Mayor Helen Carter cut the ribbon in front of about 300 residents. "This station will keep our crews safe for another hundred years," Carter said.

The project cost 2.4 million pounds and was paid for by the Royal National Lifeboat Institution and local donations. Work began in March 2024 under the architect Samuel Okafor.

Station manager David Reyes said volunteers had answered 56 calls last year, the busiest year in the station's history. The old building will become a maritime museum in September.`

// captureDownloads makes the page keep what it offers for download, so the
// test can read the file without a download dialog.
const captureDownloads = `(() => {
	window.__downloads = [];
	const create = URL.createObjectURL;
	URL.createObjectURL = (blob) => { window.__lastBlob = blob; return create(blob); };
	HTMLAnchorElement.prototype.click = function () {
		const blob = window.__lastBlob, name = this.download;
		blob.text().then((text) => window.__downloads.push({name, text}));
	};
	return true;
})()`

// makeQuestions clicks "Make questions" and opens the review. A short
// article makes fewer questions than asked for: then the page says how
// many and why, onShort gets that notice (to check the page in that
// state), and the test follows the notice's "Review the questions" link
// as a teacher would.
func makeQuestions(t *testing.T, b *browser, onShort func(notice string)) {
	t.Helper()
	b.do(t, "making questions", chromedp.Click(chromedp.ID("make")))
	b.waitJS(t, "the review or the short-quiz notice",
		`!!(document.querySelector(".qlist") || document.getElementById("create-review"))`)
	if eval[bool](t, b, `!!document.getElementById("create-review")`) {
		notice := b.text(t, "#create-short")
		if !strings.HasPrefix(notice, "Storyquiz made ") || !strings.Contains(notice, fmt.Sprintf("not the %d you asked for", quiz.DefaultQuestions)) {
			t.Errorf("short-quiz notice %q, want how many were made of the %d asked for, and why", notice, quiz.DefaultQuestions)
		}
		waitFocus(t, b, "create-short")
		onShort(notice)
		b.do(t, "opening the review", chromedp.Click(chromedp.ID("create-review")))
	}
	b.do(t, "waiting for the review", chromedp.WaitVisible(chromedp.CSS(".qlist")))
}

type download struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

// TestCreateReviewPractise pastes an article, makes questions, removes and
// edits one, practises the quiz to the end, downloads it as JSON and opens
// the file again.
func TestCreateReviewPractise(t *testing.T) {
	srv := startServer(t, "")
	b := newBrowser(t, 1366, 768)
	b.open(t, srv.URL+"/")
	b.do(t, "clicking Make a quiz", chromedp.Click(chromedp.CSS(`a[href="/create"]`)), chromedp.WaitVisible(chromedp.ID("text")))
	b.do(t, "pasting the article",
		chromedp.SendKeys(chromedp.ID("title"), "Lifeboat station"),
		chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => { const t = document.getElementById("text"); t.value = %q; t.dispatchEvent(new Event("input", {bubbles: true})); })()`, ownArticle)),
	)
	b.waitText(t, "#text-count", fmt.Sprintf("%s of %s characters", commas(len("Lifeboat station\n\n"+ownArticle)), commas(quiz.MaxArticleBytes)))
	b.screenshot(t, "create-1366x768")
	makeQuestions(t, b, func(notice string) { b.screenshot(t, "create-short-1366x768") })
	b.screenshot(t, "review-1366x768")

	n := eval[int](t, b, `document.querySelectorAll(".qcard").length`)
	if n < 5 {
		t.Fatalf("review shows %d questions, want at least 5", n)
	}
	second := b.text(t, "#q1-prompt")
	b.do(t, "removing question 1", chromedp.Click(chromedp.ID("q0-remove")))
	b.waitText(t, "#review-status", "Question 1 removed.")
	b.do(t, "undoing the removal", chromedp.Click(chromedp.ID("undo-remove")))
	b.waitText(t, "#review-status", "Question 1 is back.")
	if got := eval[int](t, b, `document.querySelectorAll(".qcard").length`); got != n {
		t.Fatalf("after undo: %d questions, want %d", got, n)
	}
	b.do(t, "removing question 1 again", chromedp.Click(chromedp.ID("q0-remove")))
	b.waitText(t, "#review-status", "Question 1 removed.")
	if got := eval[int](t, b, `document.querySelectorAll(".qcard").length`); got != n-1 {
		t.Fatalf("after remove: %d questions, want %d", got, n-1)
	}
	if got := b.text(t, "#q0-prompt"); got != second {
		t.Fatalf("after remove the first question is %q, want %q", got, second)
	}

	// An invalid edit is explained and not kept; a valid one is kept.
	b.do(t, "editing question 1", chromedp.Click(chromedp.ID("q0-edit")), chromedp.WaitVisible(chromedp.ID("edit-0-prompt")))
	waitFocus(t, b, "edit-0-prompt")
	dup := eval[string](t, b, `document.getElementById("edit-0-opt-0").value`)
	b.typeInto(t, "edit-0-opt-1", dup)
	b.do(t, "saving", chromedp.Click(chromedp.ID("edit-0-save")))
	b.do(t, "waiting for the rejection", chromedp.WaitVisible(chromedp.ID("edit-0-problems")))
	waitFocus(t, b, "edit-0-problems") // the explanation takes focus, so a screen reader reads it
	if got := b.text(t, "#edit-0-problems"); !strings.Contains(got, "are the same") {
		t.Errorf("rejection = %q, want it to say two options are the same", got)
	}
	b.typeInto(t, "edit-0-opt-1", "Nobody at all")
	b.typeInto(t, "edit-0-prompt", "Edited: "+second)
	b.do(t, "saving the fixed edit", chromedp.Click(chromedp.ID("edit-0-save")), chromedp.WaitVisible(chromedp.ID("q0-prompt")))
	if got := b.text(t, "#q0-prompt"); got != "Edited: "+second {
		t.Fatalf("edited prompt = %q", got)
	}
	// Focus goes back to the question's Edit button, so a keyboard user
	// carries on where they were; wait for it before pressing keys below.
	waitFocus(t, b, "q0-edit")

	// The correct answers as the review shows them, in order.
	var answers []string
	for i := 0; i < n-1; i++ {
		answers = append(answers, eval[string](t, b, fmt.Sprintf(`document.querySelector("#q%d .qopts .right strong").textContent`, i)))
	}

	// Download the quiz as JSON and check it is the edited quiz.
	eval[bool](t, b, captureDownloads)
	// By keyboard, as a teacher may: the save above can still be moving
	// the page under a mouse click aimed where the button was.
	b.do(t, "downloading JSON", chromedp.Focus(chromedp.ID("dl-json")), chromedp.KeyEvent(kb.Enter))
	dl := eval[[]download](t, b, `new Promise((r) => { const poll = () => window.__downloads.length || /could not be made/.test(document.getElementById("review-status").textContent) ? r(window.__downloads) : setTimeout(poll, 50); poll(); })`)
	if len(dl) != 1 || !strings.HasSuffix(dl[0].Name, ".json") {
		t.Fatalf("downloads = %+v, want one .json file; the page says %q", dl, b.text(t, "#review-status"))
	}
	got, err := quiz.Decode([]byte(dl[0].Text))
	if err != nil {
		t.Fatalf("the downloaded quiz does not decode: %v", err)
	}
	if len(got.Questions) != n-1 || got.Questions[0].Prompt != "Edited: "+second {
		t.Fatalf("downloaded quiz has %d questions, first %q", len(got.Questions), got.Questions[0].Prompt)
	}

	// Host a live session with it, and a student joins and sees its first question.
	reviewURL := eval[string](t, b, `location.href`)
	b.do(t, "host it", chromedp.Click(chromedp.ID("host-quiz")), chromedp.WaitVisible(chromedp.ID("setup-quiz")))
	if got := b.text(t, "#setup-quiz"); !strings.Contains(got, "Lifeboat station") {
		t.Errorf("host setup names %q, want the own quiz", got)
	}
	b.do(t, "creating the session", chromedp.Click(chromedp.ID("create")), chromedp.WaitVisible(chromedp.ID("join-code")))
	code := b.text(t, "#join-code")
	student := newBrowser(t, 360, 740)
	student.open(t, srv.URL+"/join?code="+code)
	student.do(t, "joining", chromedp.SendKeys(chromedp.ID("name"), "Mo"), chromedp.Click(chromedp.ID("join")))
	student.waitContains(t, "#status", "Waiting for your teacher")
	b.waitContains(t, "#player-count", "1 student")
	b.do(t, "starting", chromedp.Click(chromedp.ID("start")))
	student.waitContains(t, "#prompt", "Edited: "+second)
	student.checkConsole(t)
	b.open(t, reviewURL)

	// Practise it to the end, answering from the review.
	b.do(t, "practise", chromedp.Click(chromedp.CSS(".use a.btn-primary")), chromedp.WaitVisible(chromedp.ID("prompt")))
	for i, want := range answers {
		b.waitText(t, "#counter", fmt.Sprintf("Question %d of %d", i+1, len(answers)))
		idx := eval[int](t, b, fmt.Sprintf(`[...document.querySelectorAll(".option .text")].findIndex((e) => e.textContent === %q)`, want))
		if idx < 0 {
			t.Fatalf("question %d: no option %q on screen: %s", i+1, want, eval[string](t, b, `document.querySelector("main").innerText`))
		}
		b.do(t, "answering", chromedp.Click(option(idx)), chromedp.WaitVisible(chromedp.ID("next")), chromedp.Click(chromedp.ID("next")))
	}
	b.do(t, "waiting for the score", chromedp.WaitVisible(chromedp.ID("score")))
	if got, want := b.text(t, "#score"), fmt.Sprintf("You scored %d of %d", n-1, n-1); got != want {
		t.Fatalf("score = %q, want %q", got, want)
	}

	// Open the downloaded file again from /create.
	file := filepath.Join(t.TempDir(), dl[0].Name)
	if err := os.WriteFile(file, []byte(dl[0].Text), 0o644); err != nil {
		t.Fatal(err)
	}
	b.open(t, srv.URL+"/create")
	b.do(t, "opening the quiz file", chromedp.SetUploadFiles(chromedp.ID("quiz-file"), []string{file}), chromedp.WaitVisible(chromedp.CSS(".qlist")))
	if got := b.text(t, "#q0-prompt"); got != "Edited: "+second {
		t.Fatalf("reopened quiz first prompt = %q", got)
	}
	// Both quizzes are listed under My quizzes.
	b.open(t, srv.URL+"/")
	b.waitText(t, "#mine-h", "My quizzes")
	if got := eval[int](t, b, `document.querySelectorAll(".mylist li").length`); got != 2 {
		t.Errorf("My quizzes lists %d quizzes, want 2", got)
	}
	b.checkConsole(t)
}

// TestCreateBadInput gives /create each kind of bad input and expects a
// clear message in place, with the teacher's text kept.
func TestCreateBadInput(t *testing.T) {
	srv := startServer(t, "")
	b := newBrowser(t, 360, 740)
	b.open(t, srv.URL+"/create")
	setText := func(text string) {
		t.Helper()
		js, _ := json.Marshal(text)
		b.do(t, "setting the text", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => { const t = document.getElementById("text"); t.value = %s; t.dispatchEvent(new Event("input", {bubbles: true})); })()`, js)))
	}
	tests := []struct {
		name, text, want string
	}{
		{"empty", "", "There is no text yet"},
		{"html", `<html><body><p>Breaking news</p><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script></body></html>`, "web-page code"},
		{"word list", "apples\noranges\npears\nplums\ncherries", "no full sentences"},
		{"too long", strings.Repeat("The council met on Monday. ", 8000), "longer than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			setText(tt.text)
			// Typing clears the previous message.
			b.do(t, "waiting for the message to clear", chromedp.WaitNotPresent(chromedp.ID("create-problem")))
			b.do(t, "making questions", chromedp.Click(chromedp.ID("make")), chromedp.WaitVisible(chromedp.ID("create-problem")))
			if got := b.text(t, "#create-problem"); !strings.Contains(got, tt.want) {
				t.Errorf("message = %q, want it to contain %q", got, tt.want)
			}
			if got := eval[string](t, b, `document.getElementById("text").value`); got != tt.text {
				t.Errorf("the text was not kept: got %d characters, want %d", len(got), len(tt.text))
			}
		})
	}
	b.screenshot(t, "create-error-360x740")

	// A file that is not text.
	bin := filepath.Join(t.TempDir(), "photo.txt")
	if err := os.WriteFile(bin, []byte{0x89, 'P', 'N', 'G', 0, 0, 0xff, 0xfe}, 0o644); err != nil {
		t.Fatal(err)
	}
	setText("My own words stay here.")
	b.do(t, "waiting for the message to clear", chromedp.WaitNotPresent(chromedp.ID("create-problem")))
	b.do(t, "opening a binary file", chromedp.SetUploadFiles(chromedp.ID("file"), []string{bin}), chromedp.WaitVisible(chromedp.ID("create-problem")))
	if got := b.text(t, "#create-problem"); !strings.Contains(got, "not a plain-text file") {
		t.Errorf("message = %q", got)
	}
	if got := eval[string](t, b, `document.getElementById("text").value`); got != "My own words stay here." {
		t.Errorf("text after a bad file = %q", got)
	}
	// A file that is not a quiz.
	notQuiz := filepath.Join(t.TempDir(), "notes.json")
	os.WriteFile(notQuiz, []byte(`{"hello": "world"}`), 0o644)
	b.do(t, "opening a non-quiz", chromedp.SetUploadFiles(chromedp.ID("quiz-file"), []string{notQuiz}))
	b.waitContains(t, "#create-problem", "“notes.json” cannot be opened")
	b.forgetConsole("status of 400 (Bad Request)") // the server's refusal of the file
	// Pasted script is shown as text, never run.
	if got := eval[bool](t, b, `typeof window.__pwned === "undefined"`); !got {
		t.Error("pasted script ran")
	}
	b.checkConsole(t)
}

// commas formats n as the page does ("1,234").
func commas(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
