//go:build !wasm

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"storyquiz/app/stories"
	"storyquiz/quiz"
)

// axePath is where `make axe` (a dependency of `make test`) installs
// axe-core, at the version pinned in app/e2e/axe/package.json.
var axePath = filepath.Join(root, "app", "e2e", "axe", "node_modules", "axe-core", "axe.min.js")

var axeSource = sync.OnceValues(func() (string, error) {
	b, err := os.ReadFile(axePath)
	return string(b), err
})

// axeViolation is the part of an axe-core result the tests report.
type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target         []any  `json:"target"`
		FailureSummary string `json:"failureSummary"`
	} `json:"nodes"`
}

type axeResults struct {
	Violations []axeViolation `json:"violations"`
	// Incomplete holds the contrast checks axe could not decide (text over
	// an image, say); they are logged for a person to look at.
	Incomplete []axeViolation `json:"incomplete"`
	// Contrast says whether the color-contrast rule ran on any element.
	Contrast bool `json:"contrast"`
}

// scheme emulates prefers-color-scheme: "light" or "dark".
func (b *browser) scheme(t testing.TB, s string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: s}},
	}); err != nil {
		t.Fatalf("emulating %s colour scheme: %v", s, err)
	}
	if !eval[bool](t, b, fmt.Sprintf(`new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(matchMedia("(prefers-color-scheme: %s)").matches))))`, s)) {
		t.Fatalf("the page does not see the %s colour scheme", s)
	}
}

// axe runs axe-core on the page as it is and fails the test for every
// serious or critical violation; lesser ones are logged.
func (b *browser) axe(t testing.TB, state string) {
	t.Helper()
	src, err := axeSource()
	if err != nil {
		t.Fatalf("axe-core is not installed (%v): run `make test`, which installs it with npm (or `make axe`)", err)
	}
	if !eval[bool](t, b, `typeof window.axe === "object"`) {
		b.do(t, "injecting axe-core", chromedp.Evaluate[chromedp.Void](src))
	}
	// Let go-app finish the render the last action started.
	eval[bool](t, b, `new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`)
	raw := eval[string](t, b, `axe.run(document, {resultTypes: ["violations"]}).then((r) => JSON.stringify({
		violations: r.violations,
		incomplete: r.incomplete.filter((i) => i.id === "color-contrast"),
		contrast: [...r.passes, ...r.violations, ...r.incomplete].some((i) => i.id === "color-contrast"),
	}))`)
	var res axeResults
	if err := json.Unmarshal([]byte(raw), &res); err != nil {
		t.Fatalf("%s: reading axe results: %v", state, err)
	}
	if !res.Contrast {
		t.Errorf("%s: axe checked the contrast of no text: is the page rendered and visible?", state)
	}
	for _, v := range res.Violations {
		for _, n := range v.Nodes {
			msg := fmt.Sprintf("%s: axe %s (%s) at %v: %s — %s", state, v.ID, v.Impact, n.Target, v.Help, strings.ReplaceAll(n.FailureSummary, "\n", " "))
			if v.Impact == "serious" || v.Impact == "critical" {
				t.Error(msg)
			} else {
				t.Log(msg)
			}
		}
	}
	for _, v := range res.Incomplete {
		for _, n := range v.Nodes {
			t.Logf("%s: axe could not decide %s at %v: %s", state, v.ID, n.Target, strings.ReplaceAll(n.FailureSummary, "\n", " "))
		}
	}
}

// check runs axe on the page in the light and then the dark colour scheme.
// A non-empty shot also saves a dark screenshot: of the whole page for
// "page", else of the first element shot selects (on long pages).
func (b *browser) check(t *testing.T, state string, shot string) {
	t.Helper()
	if eval[bool](t, b, `document.documentElement.scrollWidth > document.documentElement.clientWidth`) {
		t.Errorf("%s: the page is wider than the window (%d > %d px): it must reflow, not scroll sideways", state,
			eval[int](t, b, `document.documentElement.scrollWidth`), eval[int](t, b, `document.documentElement.clientWidth`))
	}
	b.scheme(t, "light")
	b.axe(t, state+" (light)")
	b.scheme(t, "dark")
	b.axe(t, state+" (dark)")
	name := "a11y-dark-" + strings.ReplaceAll(state, " ", "-")
	switch shot {
	case "":
	case "page":
		b.screenshot(t, name)
	default:
		ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
		defer cancel()
		buf, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS(shot)))
		if err != nil {
			t.Fatalf("screenshot of %s: %v", shot, err)
		}
		dir := filepath.Join(root, "artifacts", "screenshots")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestA11y walks every page and state a student or teacher meets, at a
// phone's and a laptop's size, and runs axe-core on each in the light and
// the dark colour scheme: no serious or critical violation may remain.
func TestA11y(t *testing.T) {
	if _, err := axeSource(); err != nil {
		t.Fatalf("axe-core is not installed (%v): run `make test`, which installs it with npm (or `make axe`)", err)
	}
	q := launchQuiz(t)
	srv := startServer(t, "")
	for _, size := range []struct{ w, h int }{{360, 740}, {1366, 768}} {
		t.Run(fmt.Sprintf("%dx%d", size.w, size.h), func(t *testing.T) {
			dim := fmt.Sprintf("%dx%d", size.w, size.h)
			// Dark screenshots of a few states, at the phone's size.
			shot := func(what string) string {
				if size.w == 360 {
					return what
				}
				return ""
			}
			b := newBrowser(t, size.w, size.h)

			// Home and a story.
			b.open(t, srv.URL+"/")
			b.check(t, "home "+dim, shot("page"))
			b.do(t, "reading the story", chromedp.Click(chromedp.CSS(`a[href="/story/`+stories.LaunchID+`"]`)), chromedp.WaitVisible(chromedp.CSS(".story h1")))
			b.check(t, "story "+dim, "")

			// Practice: a question, its feedback (a wrong answer), the results.
			b.open(t, srv.URL+practiceURL)
			b.do(t, "waiting for the question", chromedp.WaitVisible(chromedp.ID("prompt")))
			b.check(t, "practice question "+dim, "")
			first := q.Questions[0]
			b.do(t, "answering wrong", chromedp.Click(option((first.Answer+1)%len(first.Options))), chromedp.WaitVisible(chromedp.ID("feedback")))
			b.check(t, "practice feedback "+dim, shot("page"))
			for i, qu := range q.Questions {
				if i > 0 {
					b.waitText(t, "#prompt", qu.Prompt)
					b.do(t, "answering", chromedp.KeyEvent(fmt.Sprint(qu.Answer+1)), chromedp.WaitVisible(chromedp.ID("next")))
				}
				waitFocus(t, b, "next")
				b.do(t, "next", chromedp.KeyEvent(kb.Enter))
			}
			b.do(t, "waiting for the score", chromedp.WaitVisible(chromedp.ID("score")))
			b.check(t, "practice results "+dim, "")

			// Create: empty, with an error; then the review list and an
			// edit the engine rejects.
			b.open(t, srv.URL+"/create")
			b.do(t, "waiting for the form", chromedp.WaitVisible(chromedp.ID("text")))
			b.check(t, "create "+dim, "")
			b.do(t, "making questions from nothing", chromedp.Click(chromedp.ID("make")), chromedp.WaitVisible(chromedp.ID("create-problem")))
			b.check(t, "create error "+dim, shot("page"))
			b.do(t, "pasting the article", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => { const t = document.getElementById("text"); t.value = %q; t.dispatchEvent(new Event("input", {bubbles: true})); })()`, ownArticle)))
			makeQuestions(t, b, func(string) { b.check(t, "create short "+dim, shot("#create-short")) })
			b.do(t, "swapping", chromedp.Click(chromedp.ID("q1-swap")), chromedp.WaitVisible(chromedp.ID("review-status")))
			b.check(t, "review "+dim, shot("#q1"))
			b.do(t, "editing question 1", chromedp.Click(chromedp.ID("q0-edit")), chromedp.WaitVisible(chromedp.ID("edit-0-prompt")))
			waitFocus(t, b, "edit-0-prompt")
			b.typeInto(t, "edit-0-opt-1", eval[string](t, b, `document.getElementById("edit-0-opt-0").value`))
			b.do(t, "saving", chromedp.Click(chromedp.ID("edit-0-save")), chromedp.WaitVisible(chromedp.ID("edit-0-problems")))
			b.check(t, "review edit rejected "+dim, shot("#q0"))
			b.open(t, srv.URL+"/")
			b.waitText(t, "#mine-h", "My quizzes")
			b.check(t, "home with my quizzes "+dim, shot(".mine"))

			// A live session: the teacher in b, one student in s.
			b.open(t, srv.URL+"/host")
			b.do(t, "waiting for the setup", chromedp.WaitVisible(chromedp.ID("create")))
			b.check(t, "host setup "+dim, shot("page"))
			b.do(t, "choosing options",
				chromedp.Click(chromedp.ID("leaderboard")),
				setLimit("120"),
			)
			b.do(t, "creating the session", chromedp.Click(chromedp.ID("create")), chromedp.WaitVisible(chromedp.ID("join-code")))
			code := b.text(t, "#join-code")
			lq := srv.liveQuiz(t, code)
			first = lq.Questions[0]

			s := newBrowser(t, size.w, size.h)
			s.open(t, srv.URL+"/join?code="+code)
			s.do(t, "waiting for the form", chromedp.WaitVisible(chromedp.ID("name")))
			s.check(t, "join "+dim, shot("page"))
			s.do(t, "joining", chromedp.SendKeys(chromedp.ID("name"), "Ada"), chromedp.Click(chromedp.ID("join")))
			s.waitContains(t, "#status", "Waiting for your teacher")
			s.check(t, "student lobby "+dim, "")
			b.waitContains(t, "#roster", "Ada")
			b.check(t, "host lobby "+dim, shot("page"))

			b.do(t, "starting", chromedp.Click(chromedp.ID("start")))
			s.waitContains(t, "#prompt", first.Prompt)
			waitFocus(t, s, "prompt")
			s.check(t, "student question "+dim, "")
			s.do(t, "answering wrong", chromedp.Click(option((first.Answer+1)%len(first.Options))))
			s.waitContains(t, "#answer-status", "Answer locked in")
			s.check(t, "student locked in "+dim, shot("page"))
			b.waitContains(t, "#answered", "1 of 1 students answered")
			b.check(t, "host question "+dim, shot("page"))
			b.do(t, "showing the answers so far", chromedp.Click(chromedp.ID("spread")))
			b.waitContains(t, "#chart", "1 answer")
			b.check(t, "host question with the spread "+dim, "")
			b.do(t, "revealing", chromedp.Click(chromedp.ID("reveal")))
			b.waitContains(t, "#chart .correct", "Correct answer")
			b.check(t, "host reveal "+dim, "page") // also on the projector
			s.waitContains(t, "#feedback .verdict", "Not quite")
			s.check(t, "student reveal "+dim, shot("page"))
			if eval[bool](t, s, `!!document.getElementById("paragraph-toggle")`) {
				s.do(t, "opening the paragraph", chromedp.Click(chromedp.ID("paragraph-toggle")))
				s.waitContains(t, "#paragraph", first.Evidence.Text)
				s.check(t, "student reveal with the paragraph "+dim, "")
			}
			for i := 1; i < len(lq.Questions); i++ {
				b.do(t, "next", chromedp.Click(chromedp.ID("reveal-next")))
				b.waitContains(t, "#counter", fmt.Sprintf("Question %d of", i+1))
				// The new question can arrive by the event stream before
				// the reply to "next": until then the button is busy.
				b.waitJS(t, "the reveal button ready", `document.getElementById("reveal")?.getAttribute("aria-disabled") === "false"`)
				// Focus then moves to the new question's heading, which
				// scrolls a phone's page up: a click aimed before that
				// lands where the button was.
				waitFocus(t, b, "host-h")
				b.do(t, "revealing", chromedp.Click(chromedp.ID("reveal")), chromedp.WaitVisible(chromedp.ID("reveal-next")))
			}
			b.do(t, "finishing", chromedp.Click(chromedp.ID("reveal-next")))
			b.waitContains(t, "#host-h", "Session finished")
			b.check(t, "host results "+dim, shot("page"))
			s.waitContains(t, "#score", "You scored 0 of")
			s.check(t, "student results "+dim, shot(".results"))

			b.checkConsole(t)
			s.checkConsole(t)

			// A mistyped address: the styled not-found page (after the
			// console checks: Chromium logs the page's own 404).
			b.open(t, srv.URL+"/no-such-page")
			b.do(t, "waiting for the not-found page", chromedp.WaitVisible(chromedp.ID("nf-h")))
			b.check(t, "not found "+dim, shot("page"))
		})
	}
}

// tabTo presses Tab until the element with the given id has focus, as a
// keyboard user would, and checks that the focus is visible on it.
func (b *browser) tabTo(t *testing.T, id string) {
	t.Helper()
	var seen []string
	for range 40 {
		b.do(t, "pressing Tab", chromedp.KeyEvent(kb.Tab))
		got := eval[string](t, b, `(() => { const e = document.activeElement; return e ? e.id || e.tagName + ":" + e.textContent.trim().slice(0, 20) : ""; })()`)
		if got == id {
			outline := eval[string](t, b, `(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + " " + s.outlineWidth; })()`)
			if strings.HasPrefix(outline, "none") || strings.HasSuffix(outline, " 0px") {
				t.Errorf("#%s has focus but no visible focus outline (%s)", id, outline)
			}
			return
		}
		seen = append(seen, got)
	}
	t.Fatalf("Tab never reached #%s; focus went %s", id, strings.Join(seen, " → "))
}

// key presses keys (kb.Enter, " " for Space, or characters to type).
func (b *browser) key(t *testing.T, keys string) {
	t.Helper()
	b.do(t, fmt.Sprintf("pressing %q", keys), chromedp.KeyEvent(keys))
}

// TestA11yKeyboardLive runs a whole live session with the keyboard alone:
// the teacher creates it (Tab, Space on a checkbox, Enter), starts it and
// reveals and moves on with Space and Enter; a student joins by typing the
// code and a name and answers every question with 1–4 or A–D.
func TestA11yKeyboardLive(t *testing.T) {
	srv := startServer(t, "")
	host := newBrowser(t, 1366, 768)
	host.open(t, srv.URL+"/host")
	host.do(t, "waiting for the setup", chromedp.WaitVisible(chromedp.ID("create")))
	host.waitJS(t, "the setup's defaults", `document.getElementById("mode-teacher").checked`)
	host.tabTo(t, "leaderboard")
	host.key(t, " ")
	if !eval[bool](t, host, `document.getElementById("leaderboard").checked`) {
		t.Fatal("Space did not tick the leaderboard box")
	}
	host.tabTo(t, "create")
	host.key(t, kb.Enter)
	host.do(t, "waiting for the lobby", chromedp.WaitVisible(chromedp.ID("join-code")))
	code := host.text(t, "#join-code")
	q := srv.liveQuiz(t, code)

	s := newBrowser(t, 360, 740)
	s.open(t, srv.URL+"/join")
	s.do(t, "waiting for the form", chromedp.WaitVisible(chromedp.ID("code")))
	s.tabTo(t, "code")
	s.key(t, strings.ToLower(code))
	s.tabTo(t, "name")
	s.key(t, "Kim")
	s.key(t, kb.Enter)
	s.waitContains(t, "#status", "Waiting for your teacher")

	host.waitContains(t, "#roster", "Kim")
	host.tabTo(t, "start")
	host.key(t, " ")
	for i, qu := range q.Questions {
		s.waitText(t, "#prompt", qu.Prompt)
		waitFocus(t, s, "prompt") // the new question's heading, so it is read out
		key := fmt.Sprint(qu.Answer + 1)
		if i%2 == 1 {
			key = quiz.Letter(qu.Answer)
		}
		s.key(t, key)
		s.waitContains(t, "#answer-status", "Answer locked in")
		waitFocus(t, s, "answer-status")

		host.waitContains(t, "#answered", "1 of 1 students answered")
		waitFocus(t, host, "host-h")
		host.tabTo(t, "reveal")
		host.key(t, kb.Enter)
		waitFocus(t, host, "reveal-next")
		s.waitContains(t, "#feedback .verdict", "Correct")
		host.key(t, kb.Enter)
	}
	host.waitContains(t, "#host-h", "Session finished")
	waitFocus(t, host, "host-h")
	host.tabTo(t, "csv")
	s.waitContains(t, "#score", fmt.Sprintf("You scored %d of %d", len(q.Questions), len(q.Questions)))
	waitFocus(t, s, "prompt")
	if got := s.text(t, "#prompt"); got != "The quiz is over" {
		t.Errorf("student heading = %q", got)
	}
	host.checkConsole(t)
	s.checkConsole(t)
}
