//go:build !wasm

package e2e

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// secondsLeft reads the countdown on a page ("Time left: 0:38") in seconds.
func secondsLeft(t *testing.T, b *browser) int {
	t.Helper()
	txt := b.waitContains(t, "#timer", "Time left")
	m, s, ok := strings.Cut(strings.TrimPrefix(txt, "Time left: "), ":")
	mi, err1 := strconv.Atoi(m)
	si, err2 := strconv.Atoi(s)
	if !ok || err1 != nil || err2 != nil {
		t.Fatalf("the countdown reads %q", txt)
	}
	return 60*mi + si
}

// cues returns the sounds the presenter's sound control says it played.
func cues(t *testing.T, b *browser) string {
	return eval[string](t, b, `document.getElementById("sound").dataset.cues || ""`)
}

// TestLiveSoundsAndExtraTime runs a timed session (20 s a question) whose
// teacher turns sounds on and gives Ben twice the time from the roster:
// the lobby plays its tune after a click and again after a reload (the
// choice is kept), Start and the reveal sound, and the toggle mutes from
// the keyboard; Ben's phone counts down from 40 s and takes his answer
// after Ada's time is up, which only Ada's phone says.
func TestLiveSoundsAndExtraTime(t *testing.T) {
	srv := startServer(t, "")
	host := newBrowser(t, 1366, 768)
	openSetup(t, host, srv)
	host.do(t, "creating a timed session",
		setLimit("20"),
		chromedp.Click(chromedp.ID("create")), chromedp.WaitVisible(chromedp.ID("join-code")))
	code := host.text(t, "#join-code")
	q := srv.liveQuiz(t, code)

	// Sounds are off until the teacher turns them on; then the lobby's tune
	// plays, and after a reload it plays again at the first click.
	host.waitContains(t, "#sound", "Sound off")
	if p := eval[string](t, host, `document.getElementById("sound").getAttribute("aria-pressed")`); p != "false" {
		t.Errorf("the sound toggle is aria-pressed=%q at first, want false", p)
	}
	if c := cues(t, host); c != "" {
		t.Errorf("sounds played before the teacher turned them on: %q", c)
	}
	host.do(t, "turning sounds on", chromedp.Click(chromedp.ID("sound")))
	host.waitContains(t, "#sound", "Sound on")
	host.waitJS(t, "the lobby tune", `document.getElementById("sound").dataset.cues === "tune"`)
	host.do(t, "reloading", chromedp.Reload())
	host.waitContains(t, "#sound", "Sound on")
	if c := cues(t, host); c != "" {
		t.Errorf("after a reload sounds played before any click: %q", c)
	}
	host.do(t, "clicking the page", chromedp.Click(chromedp.ID("host-h")))
	host.waitJS(t, "the lobby tune after a click", `document.getElementById("sound").dataset.cues === "tune"`)

	ada, ben := newBrowser(t, 360, 740), newBrowser(t, 360, 740)
	joinPhones(t, srv, code, student{"Ada", ada}, student{"Ben", ben})
	host.waitContains(t, "#player-count", "2 students")
	host.do(t, "opening the support list", chromedp.Click(chromedp.ID("support-toggle")), chromedp.WaitVisible(chromedp.ID("support-list")))
	host.do(t, "giving Ben twice the time", chromedp.Evaluate[chromedp.Void](`(() => {
		const s = document.querySelector('select[aria-label="Time for Ben"]');
		s.value = "x2";
		s.dispatchEvent(new Event("change", {bubbles: true}));
	})()`))
	host.waitJS(t, "Ben's extra time kept", `document.querySelector('select[aria-label="Time for Ben"]').value === "x2"`)
	host.do(t, "starting", chromedp.Click(chromedp.ID("start")))
	host.waitJS(t, "the start cue", `(document.getElementById("sound").dataset.cues || "").endsWith("start")`)

	q1 := q.Questions[0]
	ada.waitContains(t, "#prompt", q1.Prompt)
	ben.waitContains(t, "#prompt", q1.Prompt)
	if s := secondsLeft(t, ada); s > 20 {
		t.Errorf("Ada's phone counts down from %d s, want at most 20", s)
	}
	if s := secondsLeft(t, ben); s <= 20 || s > 40 {
		t.Errorf("Ben's phone counts down from %d s, want 21–40 (twice 20)", s)
	}
	if txt := eval[string](t, ada, `document.querySelector("main").innerText`); strings.Contains(txt, "×2") || strings.Contains(txt, "extra") {
		t.Errorf("Ada's phone mentions Ben's extra time: %q", txt)
	}

	// Ada's time runs out; Ben, with twice the time, still answers.
	ctx, cancel := context.WithTimeout(ada.ctx, 40*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`(document.getElementById("timer") || {}).textContent === "Time is up"`, chromedp.WithPollingInterval(200*time.Millisecond))); err != nil {
		t.Fatalf("Ada's time never ran out: %v", err)
	}
	if c := ada.text(t, "#answer-status"); strings.Contains(c, "locked in") {
		t.Fatalf("Ada's phone says %q without an answer", c)
	}
	ben.do(t, "Ben answering after Ada's time", chromedp.Click(option(q1.Answer)))
	ben.waitContains(t, "#outcome", "+1")
	ada.waitContains(t, "#outcome", "+0")
	host.waitContains(t, "#host-evidence", q1.Evidence.Text)
	host.waitJS(t, "the reveal cue", `(document.getElementById("sound").dataset.cues || "").endsWith("reveal")`)

	// Enter on the focused toggle mutes, and the choice is kept.
	host.do(t, "muting from the keyboard", chromedp.Focus(chromedp.ID("sound")), chromedp.KeyEvent(kb.Enter))
	host.waitContains(t, "#sound", "Sound off")
	host.do(t, "reloading", chromedp.Reload())
	host.waitContains(t, "#sound", "Sound off")
	host.do(t, "pressing → for the next question", chromedp.KeyEvent(kb.ArrowRight))
	host.waitContains(t, "#counter", fmt.Sprintf("Question 2 of %d", len(q.Questions)))
	if c := cues(t, host); c != "" {
		t.Errorf("muted, the presenter still played %q", c)
	}
	for _, b := range []*browser{host, ada, ben} {
		b.checkConsole(t)
	}
}
