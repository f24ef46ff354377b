//go:build !wasm

package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz/session"
)

// TestRosterRows changes two settings of one student and then removes
// students whose rows have moved up. Each control must act on the student
// its row shows now, with that student's current settings: go-app keeps an
// element's old event handler when the new one has the same code, so a
// handler that captured its student would act on an earlier one.
func TestRosterRows(t *testing.T) {
	srv := startServer(t, "")
	host := newBrowser(t, 1366, 768)
	openSetup(t, host, srv)
	host.do(t, "creating", chromedp.Click(chromedp.ID("create")), chromedp.WaitVisible(chromedp.ID("join-code")))
	code := host.text(t, "#join-code")
	a := newAPIClient(t, srv)
	seats := map[string]sessionapi.JoinResponse{}
	for _, name := range []string{"Ada", "Ben", "Cy"} {
		var j sessionapi.JoinResponse
		a.must(201, "POST", sessionapi.SessionPath(code, sessionapi.Players), "", map[string]string{"name": name}, &j)
		seats[name] = j
	}
	// view is what a student's own phone is told.
	view := func(name string) (session.View, int) {
		var v session.View
		st, _, _ := a.do("GET", sessionapi.SessionPath(code, sessionapi.State), seats[name].PlayerSecret, nil)
		if st == 200 {
			a.must(200, "GET", sessionapi.SessionPath(code, sessionapi.State), seats[name].PlayerSecret, nil, &v)
		}
		return v, st
	}
	host.waitContains(t, "#player-count", "3 students")

	// Two settings of Ada's, one after the other: the second keeps the first.
	host.do(t, "opening the support list", chromedp.Click(chromedp.ID("support-toggle")), chromedp.WaitVisible(chromedp.ID("support-list")))
	host.do(t, "Ada: read aloud", chromedp.Click(chromedp.CSS(`input[aria-label="Read aloud for Ada"]`)))
	host.waitJS(t, "Ada's read-aloud kept", `document.querySelector('input[aria-label="Read aloud for Ada"]').checked`)
	host.do(t, "Ada: one fewer option", chromedp.Click(chromedp.CSS(`input[aria-label="One fewer option for Ada"]`)))
	host.waitJS(t, "Ada's fewer options kept", `document.querySelector('input[aria-label="One fewer option for Ada"]').checked`)
	var ada *session.You
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if v, _ := view("Ada"); v.You != nil && v.You.Fewer {
			ada = v.You
			break
		}
	}
	if ada == nil || !ada.ReadAloud {
		t.Errorf("Ada's phone is told %+v; want read-aloud and one fewer option", ada)
	}

	// Remove Ada, then Ben, whose row is now the first.
	host.do(t, "removing Ada", chromedp.Click(chromedp.CSS(`#roster button[aria-label="Remove Ada"]`)))
	host.waitContains(t, "#player-count", "2 students")
	host.do(t, "removing Ben", chromedp.Click(chromedp.CSS(`#roster button[aria-label="Remove Ben"]`)))
	host.waitContains(t, "#player-count", "1 student")
	for name, want := range map[string]bool{"Ada": false, "Ben": false, "Cy": true} {
		if _, st := view(name); (st == 200) != want {
			t.Errorf("%s's phone gets status %d; still in the session: want %v", name, st, want)
		}
	}
	host.checkConsole(t)
}
