//go:build !wasm

package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"storyquiz/app/stories"
	"storyquiz/quiz"
)

// launchQuiz is the quiz the browser shows on a first visit: the engine's
// quiz of the launch story for seed 1.
func launchQuiz(t *testing.T) *quiz.Quiz {
	t.Helper()
	s, _ := stories.Get(stories.LaunchID)
	q, err := s.Quiz(1)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

const practiceURL = "/practice/" + stories.LaunchID

func option(i int) chromedp.CSS { return chromedp.CSS(fmt.Sprintf("#option-%d", i)) }

// TestPracticeAllRight takes the quiz from the home page answering every
// question right, reloads mid-quiz, and expects a full score.
func TestPracticeAllRight(t *testing.T) {
	q := launchQuiz(t)
	srv := startServer(t, "")
	for _, size := range []struct{ w, h int }{{1366, 768}, {360, 740}} {
		t.Run(fmt.Sprintf("%dx%d", size.w, size.h), func(t *testing.T) {
			b := newBrowser(t, size.w, size.h)
			b.open(t, srv.URL+"/")
			b.screenshot(t, fmt.Sprintf("home-%dx%d", size.w, size.h))
			b.do(t, "clicking Practice", chromedp.Click(chromedp.CSS(`a[href="`+practiceURL+`"]`)), chromedp.WaitVisible(chromedp.ID("prompt")))
			for i, qu := range q.Questions {
				b.waitText(t, "#counter", fmt.Sprintf("Question %d of %d", i+1, len(q.Questions)))
				b.waitText(t, "#prompt", qu.Prompt)
				if i == 2 {
					// A reload mid-quiz resumes on the same question.
					b.do(t, "reloading", chromedp.Reload(), waitApp(), chromedp.WaitVisible(chromedp.ID("prompt")))
					if got := b.text(t, "#prompt"); got != qu.Prompt {
						t.Fatalf("after reload prompt = %q, want question %d %q", got, i+1, qu.Prompt)
					}
				}
				b.do(t, "answering", chromedp.Click(option(qu.Answer)), chromedp.WaitVisible(chromedp.ID("feedback")))
				if got := b.text(t, "#feedback .verdict"); !strings.HasPrefix(got, "Correct") {
					t.Fatalf("question %d verdict = %q, want Correct", i+1, got)
				}
				if i == 0 {
					b.screenshot(t, fmt.Sprintf("feedback-%dx%d", size.w, size.h))
				}
				b.do(t, "next", chromedp.Click(chromedp.ID("next")))
				if i+1 < len(q.Questions) {
					// The new question's heading takes focus (and scrolls into view) first.
					waitFocus(t, b, "prompt")
				}
			}
			b.do(t, "waiting for the score", chromedp.WaitVisible(chromedp.ID("score")))
			if got, want := b.text(t, "#score"), fmt.Sprintf("You scored %d of %d", len(q.Questions), len(q.Questions)); got != want {
				t.Fatalf("score = %q, want %q", got, want)
			}
			b.screenshot(t, fmt.Sprintf("results-%dx%d", size.w, size.h))
			b.checkConsole(t)
		})
	}
}

// TestPracticeWrongAnswer answers wrong and expects the correct option
// marked and its source sentence shown.
func TestPracticeWrongAnswer(t *testing.T) {
	q := launchQuiz(t)
	srv := startServer(t, "")
	b := newBrowser(t, 1366, 768)
	b.open(t, srv.URL+practiceURL)
	first := q.Questions[0]
	wrong := (first.Answer + 1) % len(first.Options)
	b.do(t, "answering wrong", chromedp.Click(option(wrong)), chromedp.WaitVisible(chromedp.ID("feedback")))
	if got := b.text(t, "#feedback .verdict"); !strings.HasPrefix(got, "Not quite") || !strings.Contains(got, first.Correct()) {
		t.Errorf("verdict = %q, want Not quite naming %q", got, first.Correct())
	}
	if got := b.text(t, ".option.correct .text"); got != first.Correct() {
		t.Errorf("option marked correct = %q, want %q", got, first.Correct())
	}
	if got := b.text(t, ".option.wrong .note"); !strings.Contains(got, "Your answer") {
		t.Errorf("chosen wrong option note = %q", got)
	}
	if got := b.text(t, "#feedback .evidence"); !strings.Contains(got, first.Evidence.Text) {
		t.Errorf("evidence = %q, want the sentence %q", got, first.Evidence.Text)
	}
	if first.Evidence.Highlight != "" {
		if got := b.text(t, "#feedback .evidence mark"); got != first.Evidence.Highlight {
			t.Errorf("highlight = %q, want %q", got, first.Evidence.Highlight)
		}
	}
	if got := eval[string](t, b, `document.querySelector(".feedback-region").getAttribute("aria-live")`); got != "polite" {
		t.Errorf("feedback aria-live = %q", got)
	}
	b.screenshot(t, "wrong-1366x768")
	b.checkConsole(t)
}

// TestPracticeKeyboardOnly completes the quiz with keys alone: a number or
// letter to answer, Enter on the focused "Next" button to go on.
func TestPracticeKeyboardOnly(t *testing.T) {
	q := launchQuiz(t)
	srv := startServer(t, "")
	b := newBrowser(t, 1366, 768)
	b.open(t, srv.URL+practiceURL)
	b.do(t, "waiting for the question", chromedp.WaitVisible(chromedp.ID("prompt")))
	for i, qu := range q.Questions {
		b.waitText(t, "#prompt", qu.Prompt)
		key := fmt.Sprint(qu.Answer + 1)
		if i%2 == 1 {
			key = strings.ToLower(quiz.Letter(qu.Answer))
		}
		b.do(t, "pressing "+key, chromedp.KeyEvent(key), chromedp.WaitVisible(chromedp.ID("next")))
		waitFocus(t, b, "next")
		b.do(t, "pressing Enter", chromedp.KeyEvent(kb.Enter))
	}
	b.do(t, "waiting for the score", chromedp.WaitVisible(chromedp.ID("score")))
	if got, want := b.text(t, "#score"), fmt.Sprintf("You scored %d of %d", len(q.Questions), len(q.Questions)); got != want {
		t.Fatalf("score = %q, want %q", got, want)
	}
	// "Try again" is reachable by Tab from the score heading.
	waitFocus(t, b, "score")
	b.do(t, "tab to Try again", chromedp.KeyEvent(kb.Tab))
	if got := eval[string](t, b, `document.activeElement && document.activeElement.textContent`); got != "Try again" {
		t.Fatalf("after Tab focus is on %q, want Try again", got)
	}
	b.do(t, "try again", chromedp.KeyEvent(kb.Enter), chromedp.WaitVisible(chromedp.ID("prompt")))
	// "Try again" asks the engine, which runs in its worker, for seed 2:
	// new questions, the command line's for the same seed.
	s, _ := stories.Get(stories.LaunchID)
	q2, err := s.Quiz(2)
	if err != nil {
		t.Fatal(err)
	}
	b.waitText(t, "#prompt", q2.Questions[0].Prompt)
	if got := b.text(t, "#counter"); got != fmt.Sprintf("Question 1 of %d", len(q2.Questions)) {
		t.Fatalf("after Try again counter = %q", got)
	}
	b.checkConsole(t)
}

// TestPracticeOffline visits once, stops the server, and reloads: the
// service worker serves the app and the quiz still works.
func TestPracticeOffline(t *testing.T) {
	q := launchQuiz(t)
	srv := startServer(t, "")
	b := newBrowser(t, 1366, 768)
	b.open(t, srv.URL+practiceURL)
	ready := eval[bool](t, b, `navigator.serviceWorker.ready.then(() => new Promise((resolve) => {
		if (navigator.serviceWorker.controller) return resolve(true);
		navigator.serviceWorker.addEventListener("controllerchange", () => resolve(true));
		setTimeout(() => resolve(!!navigator.serviceWorker.controller), 10000);
	}))`)
	if !ready {
		t.Fatal("the service worker did not take control of the page")
	}
	srv.Stop()
	b.do(t, "reloading offline", chromedp.Reload(), waitApp(), chromedp.WaitVisible(chromedp.ID("prompt")))
	first := q.Questions[0]
	if got := b.text(t, "#prompt"); got != first.Prompt {
		t.Fatalf("offline prompt = %q, want %q", got, first.Prompt)
	}
	b.do(t, "answering offline", chromedp.Click(option(first.Answer)), chromedp.WaitVisible(chromedp.ID("feedback")))
	if got := b.text(t, "#feedback .verdict"); !strings.HasPrefix(got, "Correct") {
		t.Fatalf("offline verdict = %q", got)
	}
	// "Try again" would ask the engine's worker for new questions, but this
	// device never loaded it while the server ran: the same questions come
	// back in a new order (quiz.Shuffled) rather than an error.
	for i, qu := range q.Questions[1:] {
		b.do(t, fmt.Sprint("next offline ", i+2), chromedp.Click(chromedp.ID("next")))
		b.waitText(t, "#prompt", qu.Prompt)
		b.do(t, fmt.Sprint("answering offline ", i+2), chromedp.Click(option(qu.Answer)), chromedp.WaitVisible(chromedp.ID("feedback")))
	}
	b.do(t, "to the score", chromedp.Click(chromedp.ID("next")), chromedp.WaitVisible(chromedp.ID("again")))
	b.do(t, "try again offline", chromedp.Click(chromedp.ID("again")), chromedp.WaitVisible(chromedp.ID("prompt")))
	q2 := q.Shuffled(2)
	for i, qu := range q2.Questions {
		b.waitText(t, "#prompt", qu.Prompt)
		if got := b.text(t, ".options"); !strings.Contains(got, qu.Options[qu.Answer]) {
			t.Fatalf("seed 2, question %d: options %q lack the key %q", i+1, got, qu.Options[qu.Answer])
		}
		if i+1 == len(q2.Questions) {
			break
		}
		b.do(t, fmt.Sprint("seed 2 answering ", i+1), chromedp.Click(option(qu.Answer)), chromedp.WaitVisible(chromedp.ID("next")))
		b.do(t, fmt.Sprint("seed 2 next ", i+1), chromedp.Click(chromedp.ID("next")))
	}
}

// waitFocus waits until the element with the given id has keyboard focus.
func waitFocus(t *testing.T, b *browser, id string) {
	t.Helper()
	ok := eval[bool](t, b, fmt.Sprintf(`new Promise((resolve) => {
		const start = performance.now();
		const poll = () => {
			if (document.activeElement && document.activeElement.id === %q) return resolve(true);
			if (performance.now() - start > 5000) return resolve(false);
			setTimeout(poll, 20);
		};
		poll();
	})`, id))
	if !ok {
		t.Fatalf("focus is on %q, want #%s", eval[string](t, b, `document.activeElement ? document.activeElement.id || document.activeElement.tagName : ""`), id)
	}
}
