//go:build !wasm

package e2e

import (
	"encoding/csv"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestLivePresenterEndEarly runs a teacher-paced session on a 1920×1080
// projector with two phones: the question fills the screen and its answer
// spread stays hidden until the reveal, Space reveals, the phones turn
// green and red with each student's place, → moves on while the server is
// down and is sent once it is back, and the session ends after two
// questions: results, reviews and the CSV count only the two asked.
func TestLivePresenterEndEarly(t *testing.T) {
	srv := startServer(t, "")
	host := newBrowser(t, 1920, 1080)
	openSetup(t, host, srv)
	host.do(t, "creating with a leaderboard and a time limit",
		chromedp.Click(chromedp.ID("leaderboard")),
		setLimit("120"),
		chromedp.Click(chromedp.ID("create")), chromedp.WaitVisible(chromedp.ID("join-code")))
	code := host.text(t, "#join-code")
	q := srv.liveQuiz(t, code)
	if len(q.Questions) < 3 {
		t.Fatalf("the quiz has %d questions; the test ends after 2 of at least 3", len(q.Questions))
	}
	host.waitContains(t, "#start-hint", "waits for the first student")

	ada, ben := newBrowser(t, 360, 740), newBrowser(t, 360, 740)
	joinPhones(t, srv, code, student{"Ada", ada}, student{"Ben", ben})
	host.waitContains(t, "#player-count", "2 students")
	host.screenshot(t, "presenter-lobby-1920x1080")
	host.do(t, "starting", chromedp.Click(chromedp.ID("start")))

	// Question 1: Ada right, Ben wrong.
	q1 := q.Questions[0]
	for i, s := range []*browser{ada, ben} {
		s.waitContains(t, "#prompt", q1.Prompt)
		waitFocus(t, s, "prompt")
		choice := q1.Answer
		if i == 1 {
			choice = (q1.Answer + 1) % len(q1.Options)
		}
		s.do(t, "answering", chromedp.Click(option(choice)))
		s.waitContains(t, "#answer-status", "Answer locked in")
	}
	ben.screenshot(t, "live-student-locked-360x740")
	host.waitContains(t, "#answered", "2 of 2 students answered")
	if got := host.text(t, "#chart"); strings.Contains(got, "answer (") || strings.Contains(got, "answers (") {
		t.Errorf("the answer spread shows before the reveal: %q", got)
	}
	// The back row reads the question: at least 6 % of the screen's height.
	if px := eval[float64](t, host, `parseFloat(getComputedStyle(document.getElementById("host-h")).fontSize)`); px < 0.06*1080 {
		t.Errorf("the question is %.0f px high on a 1080 px screen, want at least %.0f", px, 0.06*1080)
	}
	if cols := eval[string](t, host, `getComputedStyle(document.getElementById("chart")).gridTemplateColumns`); len(strings.Fields(cols)) != 2 {
		t.Errorf("the options are in columns %q, want a 2×2 grid", cols)
	}
	host.screenshot(t, "presenter-question-1920x1080")
	host.do(t, "hiding the teacher panel", chromedp.Click(chromedp.ID("panel-toggle")), chromedp.WaitNotPresent(chromedp.ID("end")))
	host.screenshot(t, "presenter-question-panel-hidden-1920x1080")

	// Space reveals, from anywhere on the page.
	host.do(t, "focusing the page", chromedp.Evaluate[chromedp.Void](`document.activeElement && document.activeElement.blur()`))
	host.do(t, "pressing Space", chromedp.KeyEvent(" "))
	host.waitContains(t, "#host-evidence", q1.Evidence.Text)
	host.waitContains(t, "#chart", "1 answer (50%)")
	ada.waitContains(t, "#outcome", "+1 · you are 1st of 2")
	ben.waitContains(t, "#outcome", "+0 · you are 2nd of 2")
	if !eval[bool](t, ben, `document.querySelector(".play").classList.contains("lost")`) {
		t.Error("Ben's screen is not marked as wrong")
	}
	if eval[bool](t, ben, `!!document.getElementById("paragraph-toggle")`) {
		ben.do(t, "opening the paragraph", chromedp.Click(chromedp.ID("paragraph-toggle")))
		ben.waitContains(t, "#paragraph", q1.Evidence.Text)
	}
	ada.screenshot(t, "live-student-reveal-right-360x740")
	ben.screenshot(t, "live-student-reveal-wrong-360x740")
	host.screenshot(t, "presenter-reveal-1920x1080")

	// → moves on while the server is down; the press is kept and sent
	// once the server is back.
	srv.Stop()
	host.do(t, "pressing →", chromedp.KeyEvent(kb.ArrowRight))
	host.waitContains(t, "#conn", "can't be reached")
	srv2 := startServerAt(t, srv.Addr, srv.DB)
	q2 := q.Questions[1]
	host.waitContains(t, "#counter", fmt.Sprintf("Question 2 of %d", len(q.Questions)))
	host.waitJS(t, "the banner to clear", `document.getElementById("conn").textContent.trim() === ""`)
	if got := eval[string](t, host, `document.getElementById("host-notice").textContent`); got != "" {
		t.Errorf("after recovery the notice says %q", got)
	}

	// Question 2: Ada right, Ben does not answer; then the teacher ends.
	ada.waitContains(t, "#prompt", q2.Prompt)
	waitFocus(t, ada, "prompt")
	ada.do(t, "answering", chromedp.Click(option(q2.Answer)))
	ada.waitContains(t, "#answer-status", "Answer locked in")
	ben.waitContains(t, "#prompt", q2.Prompt)
	host.waitContains(t, "#answered", "1 of 2 students answered")
	host.do(t, "showing the panel", chromedp.Click(chromedp.ID("panel-toggle")), chromedp.WaitVisible(chromedp.ID("end")))
	host.do(t, "ending", chromedp.Evaluate[chromedp.Void](`window.confirm = () => true`), chromedp.Click(chromedp.ID("end")))
	host.waitContains(t, "#host-h", "Session finished")
	host.waitContains(t, "#took-part", fmt.Sprintf("2 of %d questions asked", len(q.Questions)))
	scores := strings.Join(strings.Fields(host.text(t, "#scores")), " ")
	for _, want := range []string{"Ada 2 of 2", "Ben 0 of 2"} {
		if !strings.Contains(scores, want) {
			t.Errorf("scores %q lack %q", scores, want)
		}
	}
	host.waitContains(t, "#podium", "Ada")
	if n := eval[int](t, host, `document.querySelectorAll(".remove").length`); n != 0 {
		t.Errorf("%d Remove buttons after the end", n)
	}
	host.screenshot(t, "presenter-results-1920x1080")
	ada.waitContains(t, "#score", "You scored 2 of 2")
	ben.waitContains(t, "#score", "You scored 0 of 2")
	ben.screenshot(t, "live-student-results-ended-early-360x740")
	for _, s := range []*browser{host, ada, ben} {
		page := eval[string](t, s, `document.querySelector("main").innerText`)
		for _, unasked := range q.Questions[2:] {
			if strings.Contains(page, unasked.Prompt) {
				t.Errorf("a page after the early end shows the unasked %q", unasked.Prompt)
			}
		}
	}

	body := host.download(t, "csv", "storyquiz-"+code+".csv")
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(body), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(recs[0]), 5+3*2; got != want {
		t.Errorf("CSV has %d columns, want %d (5, then 3 per question asked): %v", got, want, recs[0])
	}
	if !strings.Contains(recs[0][5], q1.Prompt) || !strings.Contains(recs[0][8], q2.Prompt) {
		t.Errorf("CSV header %v lacks the questions' text", recs[0])
	}
	for _, rec := range recs[1:] {
		if rec[0] == "Ada" && (rec[1] != "2" || rec[2] != "2" || rec[5] != q1.Options[q1.Answer] || rec[6] != "right" || rec[7] == "") {
			t.Errorf("Ada's CSV row = %v, want 2 of 2, %q right with a time", rec, q1.Options[q1.Answer])
		}
		if rec[0] == "Ben" && (rec[1] != "0" || rec[6] != "wrong" || rec[9] != "no answer") {
			t.Errorf("Ben's CSV row = %v, want 0, wrong then no answer", rec)
		}
	}
	srv2.Stop()
	// No console check: while the server was down every browser logged
	// its refused connections, as it should.
}
