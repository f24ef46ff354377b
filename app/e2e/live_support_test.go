//go:build !wasm

package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestLiveSupport gives Ada read-aloud and Ben one fewer option from the
// roster's closed support list: Ada's phone reads the question and each
// option aloud (the browser's speech synthesis; the test listens in) and
// keeps the buttons after a reload, Ben answers among three options that
// include the right one, and neither phone shows the other's support.
func TestLiveSupport(t *testing.T) {
	srv := startServer(t, "")
	host := newBrowser(t, 1366, 768)
	openSetup(t, host, srv)
	host.do(t, "creating", chromedp.Click(chromedp.ID("create")), chromedp.WaitVisible(chromedp.ID("join-code")))
	code := host.text(t, "#join-code")
	q := srv.liveQuiz(t, code)

	ada, ben := newBrowser(t, 360, 740), newBrowser(t, 360, 740)
	joinPhones(t, srv, code, student{"Ada", ada}, student{"Ben", ben})
	host.waitContains(t, "#player-count", "2 students")
	if eval[bool](t, host, `!!document.getElementById("support-list")`) {
		t.Error("the support list is open on the projected lobby")
	}
	host.do(t, "opening the support list", chromedp.Click(chromedp.ID("support-toggle")), chromedp.WaitVisible(chromedp.ID("support-list")))
	host.do(t, "Ada: read aloud", chromedp.Click(chromedp.CSS(`input[aria-label="Read aloud for Ada"]`)))
	host.waitJS(t, "Ada's read-aloud kept", `document.querySelector('input[aria-label="Read aloud for Ada"]').checked`)
	host.do(t, "Ben: one fewer option", chromedp.Click(chromedp.CSS(`input[aria-label="One fewer option for Ben"]`)))
	host.waitJS(t, "Ben's fewer options kept", `document.querySelector('input[aria-label="One fewer option for Ben"]').checked`)
	if eval[bool](t, host, `document.querySelector('input[aria-label="Read aloud for Ada"]').checked !== true`) {
		t.Error("setting Ben's support undid Ada's")
	}
	host.axe(t, "host lobby with the support list open")
	host.do(t, "starting", chromedp.Click(chromedp.ID("start")))

	q1 := q.Questions[0]
	ada.waitContains(t, "#prompt", q1.Prompt)
	ben.waitContains(t, "#prompt", q1.Prompt)
	if n := eval[int](t, ada, `document.querySelectorAll(".option").length`); n != len(q1.Options) {
		t.Errorf("Ada sees %d options, want all %d", n, len(q1.Options))
	}
	benOpts := eval[[]string](t, ben, `[...document.querySelectorAll(".option .text")].map((e) => e.textContent)`)
	right := -1
	for i, o := range benOpts {
		if o == q1.Options[q1.Answer] {
			right = i
		}
	}
	if len(benOpts) != len(q1.Options)-1 || right < 0 {
		t.Fatalf("Ben sees %q, want one option fewer than %q with the right one, %q", benOpts, q1.Options, q1.Options[q1.Answer])
	}
	if eval[bool](t, ben, `!!document.getElementById("read-aloud")`) {
		t.Error("Ben's phone offers read-aloud")
	}

	// Ada's phone reads aloud; the test records what it would say.
	listen := `window.spoken = []; speechSynthesis.speak = (u) => window.spoken.push(u.text);`
	ada.do(t, "listening", chromedp.Evaluate[chromedp.Void](listen))
	ada.do(t, "reading the question aloud", chromedp.Click(chromedp.ID("read-all")))
	said := eval[[]string](t, ada, `window.spoken`)
	if len(said) != 1 || !strings.HasPrefix(said[0], q1.Prompt) || !strings.Contains(said[0], "B: "+q1.Options[1]) {
		t.Errorf("Read aloud said %q, want the question and its options", said)
	}
	ada.do(t, "reading option C aloud", chromedp.Click(chromedp.ID("read-C")))
	if said := eval[[]string](t, ada, `window.spoken`); len(said) != 2 || said[1] != "C: "+q1.Options[2] {
		t.Errorf("option C's button said %q, want %q", said, "C: "+q1.Options[2])
	}
	ada.axe(t, "student question with read-aloud")
	ada.do(t, "reloading", chromedp.Reload())
	ada.waitContains(t, "#read-aloud", "Read aloud")

	ben.do(t, "Ben answering", chromedp.Click(option(right)))
	ben.waitContains(t, "#answer-status", "Answer locked in")
	ada.do(t, "Ada answering", chromedp.Click(option(q1.Answer)))
	ada.waitContains(t, "#answer-status", "Answer locked in")
	host.waitContains(t, "#answered", "2 of 2")
	if got := host.text(t, "#chart"); !strings.Contains(got, q1.Options[len(q1.Options)-1]) {
		t.Errorf("the presenter's chart lost an option: %q", got)
	}
	host.do(t, "revealing", chromedp.Click(chromedp.ID("reveal")))
	ben.waitContains(t, "#outcome", "+1")
	ada.waitContains(t, "#outcome", "+1")
	host.waitContains(t, "#chart", "2 answers (100%)")

	// The next question is read aloud, not the last one again.
	q2 := q.Questions[1]
	host.do(t, "next question", chromedp.Click(chromedp.ID("reveal-next")))
	ada.waitContains(t, "#prompt", q2.Prompt)
	ada.do(t, "listening", chromedp.Evaluate[chromedp.Void](listen))
	ada.do(t, "reading the next question aloud", chromedp.Click(chromedp.ID("read-all")), chromedp.Click(chromedp.ID("read-A")))
	if said := eval[[]string](t, ada, `window.spoken`); len(said) != 2 || !strings.HasPrefix(said[0], q2.Prompt) || said[1] != "A: "+q2.Options[0] {
		t.Errorf("on question 2 the buttons said %q, want its prompt and option A, %q", said, q2.Options[0])
	}
	for _, b := range []*browser{host, ada, ben} {
		b.checkConsole(t)
	}
}
