//go:build !wasm

package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestLiveSelfPaced runs a self-paced session with the leaderboard on: two
// students move through the questions on their own, the dashboard shows
// each one's progress, and the results count what each answered.
func TestLiveSelfPaced(t *testing.T) {
	srv := startServer(t, "")
	host := newBrowser(t, 1366, 768)
	openSetup(t, host, srv)
	host.do(t, "choosing self-paced with a leaderboard",
		chromedp.Click(chromedp.ID("mode-self")),
		chromedp.Click(chromedp.ID("leaderboard")),
		chromedp.Click(chromedp.ID("create")),
		chromedp.WaitVisible(chromedp.ID("join-code")))
	code := host.text(t, "#join-code")
	q := srv.liveQuiz(t, code)

	fast, slow := newBrowser(t, 360, 740), newBrowser(t, 360, 740)
	for _, s := range []struct {
		name string
		b    *browser
	}{{"Fast", fast}, {"Slow", slow}} {
		s.b.open(t, srv.URL+"/join?code="+code)
		s.b.waitValue(t, "code", code)
		s.b.do(t, s.name+" joining", chromedp.SendKeys(chromedp.ID("name"), s.name), chromedp.Click(chromedp.ID("join")))
		s.b.waitContains(t, "#status", "Waiting for your teacher")
	}
	host.waitContains(t, "#player-count", "2 students")
	host.do(t, "starting", chromedp.Click(chromedp.ID("start")))

	// answer answers the i-th question a student is shown (right unless
	// wrong) and moves on. Each student has the questions and their options
	// in an order of their own, so the key is found by its text.
	answer := func(b *browser, i int, wrong bool) {
		t.Helper()
		b.waitText(t, "#counter", fmt.Sprintf("Question %d of %d", i+1, len(q.Questions)))
		// The new question's heading takes focus (and scrolls into view)
		// first; a click during that scroll could miss.
		waitFocus(t, b, "prompt")
		prompt := b.text(t, "#prompt")
		choice := -1
		for _, qu := range q.Questions {
			if qu.Prompt != prompt {
				continue
			}
			for j := range qu.Options {
				if b.text(t, fmt.Sprintf("#option-%d .text", j)) == qu.Options[qu.Answer] {
					choice = j
				}
			}
			if wrong {
				choice = (choice + 1) % len(qu.Options)
			}
		}
		if choice < 0 {
			t.Fatalf("question %q shown with no option that is its key", prompt)
		}
		b.do(t, "answering", chromedp.Click(option(choice)))
		// Self-paced: the answer is revealed to this student at once.
		b.waitContains(t, ".feedback .verdict", map[bool]string{true: "Not quite", false: "Correct"}[wrong])
		// The pick moves focus to the answer's status line a moment later,
		// which may scroll the phone's page; a click on Next during that
		// scroll could land beside the button.
		waitFocus(t, b, "answer-status")
		b.do(t, "next", chromedp.Click(chromedp.ID("next")))
	}

	// Fast finishes while Slow is still on question 2.
	answer(slow, 0, true)
	for i := range q.Questions {
		answer(fast, i, false)
	}
	fast.waitText(t, "#score", fmt.Sprintf("You scored %d of %d", len(q.Questions), len(q.Questions)))
	host.waitContains(t, "#progress", "✓ Finished")
	host.waitContains(t, "#progress", fmt.Sprintf("2 of %d", len(q.Questions)))
	host.waitContains(t, "#answered", "1 of 2 students finished")
	host.screenshot(t, "live-host-selfpaced-1366x768")

	for i := 1; i < len(q.Questions); i++ {
		answer(slow, i, false)
	}
	slow.waitText(t, "#score", fmt.Sprintf("You scored %d of %d", len(q.Questions)-1, len(q.Questions)))
	slow.waitContains(t, "#podium", "Fast") // the end shows a podium, with ties as ties
	slow.waitContains(t, "#place", "You came 2nd of 2")
	host.waitContains(t, "#answered", "2 of 2 students finished")
	host.do(t, "ending", chromedp.Click(chromedp.ID("end")), chromedp.WaitVisible(chromedp.ID("scores")))
	host.waitContains(t, "#scores", "Fast")
	scores := host.text(t, "#scores")
	for _, want := range []string{fmt.Sprint(len(q.Questions)), fmt.Sprint(len(q.Questions) - 1)} {
		if !strings.Contains(scores, want) {
			t.Errorf("scores table %q does not show %s", scores, want)
		}
	}
	for _, b := range []*browser{host, fast, slow} {
		b.checkConsole(t)
	}
}
