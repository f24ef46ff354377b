//go:build !wasm

package e2e

import (
	"context"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// waitContains waits until the element matching css contains want, and
// returns its text.
func (b *browser) waitContains(t testing.TB, css, want string) string {
	t.Helper()
	expr := fmt.Sprintf(`(() => { const e = document.querySelector(%q); return e ? e.textContent : ""; })()`, css)
	deadline := time.Now().Add(20 * time.Second)
	for {
		got := eval[string](t, b, expr)
		if strings.Contains(got, want) {
			return strings.TrimSpace(got)
		}
		if time.Now().After(deadline) {
			b.screenshot(t, "failed-wait")
			t.Logf("page: %s", eval[string](t, b, `document.querySelector("main").innerText`))
			t.Fatalf("%s = %q, want it to contain %q", css, got, want)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// student is one player's browser.
type student struct {
	name string
	b    *browser
}

// joinPhones has each student join session code from the join page, as a
// student who followed the link would, and wait in the lobby.
func joinPhones(t *testing.T, srv *server, code string, ss ...student) {
	t.Helper()
	for _, s := range ss {
		s.b.open(t, srv.URL+"/join?code="+code)
		s.b.waitValue(t, "code", code)
		s.b.do(t, s.name+" joining", chromedp.SendKeys(chromedp.ID("name"), s.name), chromedp.Click(chromedp.ID("join")))
		s.b.waitContains(t, "#status", "Waiting for your teacher")
	}
}

// openSetup opens the host setup page and waits until its defaults are in.
func openSetup(t *testing.T, b *browser, srv *server) {
	t.Helper()
	b.open(t, srv.URL+"/host")
	b.waitJS(t, "the setup's defaults", `document.getElementById("mode-teacher").checked`)
}

// setLimit chooses a time limit of seconds on the setup page.
func setLimit(seconds string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, _ *chromedp.Target) (chromedp.Void, error) {
		return chromedp.Void{}, chromedp.Do(ctx,
			chromedp.SetValue(chromedp.ID("limit"), seconds),
			chromedp.Evaluate[chromedp.Void](`document.getElementById("limit").dispatchEvent(new Event("change", {bubbles: true}))`))
	}
}

// TestLiveTeacherPaced plays a whole teacher-paced session: a host and three
// students in separate browsers; one student answers the first question
// wrong, one reloads mid-question; then the host downloads the results.
func TestLiveTeacherPaced(t *testing.T) {
	srv := startServer(t, "")

	host := newBrowser(t, 1366, 768)
	host.open(t, srv.URL+"/")
	host.do(t, "opening the host setup", chromedp.Click(chromedp.CSS(`a[href="/host"]`)), chromedp.WaitVisible(chromedp.ID("create")))
	host.waitJS(t, "teacher-paced checked by default", `document.getElementById("mode-teacher").checked`)
	if got := eval[string](t, host, `document.getElementById("limit").value`); got != "0" {
		t.Errorf("time limit default = %q, want 0 (none)", got)
	}
	host.do(t, "creating the session", chromedp.Click(chromedp.ID("create")), chromedp.WaitVisible(chromedp.ID("join-code")))
	code := host.text(t, "#join-code")
	if len(code) != 6 {
		t.Fatalf("join code = %q", code)
	}
	q := srv.liveQuiz(t, code)
	joinLink := eval[string](t, host, `document.getElementById("join-link").href`)
	if want := "/join?code=" + code; !strings.HasSuffix(joinLink, want) {
		t.Errorf("join link = %q, want …%s", joinLink, want)
	}
	qrLoaded := `new Promise((resolve) => {
		const i = document.querySelector("img.qr");
		if (i.complete) return resolve(i.naturalWidth > 100);
		i.addEventListener("load", () => resolve(i.naturalWidth > 100));
		i.addEventListener("error", () => resolve(false));
	})`
	if ok := eval[bool](t, host, qrLoaded); !ok {
		t.Error("the QR code image did not load")
	}
	// Served on 127.0.0.1, the dashboard warns that phones cannot reach the link.
	host.waitContains(t, "#loopback-warning", "only works on this computer")
	host.waitContains(t, "#player-count", "0 students joined")

	names := []string{"Ada", "Grace", "Linus"}
	var students []student
	for i, name := range names {
		s := student{name: name, b: newBrowser(t, 360, 740)}
		s.b.open(t, joinLink)
		s.b.waitValue(t, "code", code) // filled in from the link
		s.b.do(t, name+" joining", chromedp.SendKeys(chromedp.ID("name"), name), chromedp.Click(chromedp.ID("join")))
		s.b.waitContains(t, "#status", "Waiting for your teacher")
		host.waitContains(t, "#player-count", fmt.Sprintf("%d student", i+1))
		students = append(students, s)
	}
	// A name already in the session is refused with a clear message.
	late := newBrowser(t, 360, 740)
	late.open(t, srv.URL+"/join?code="+code)
	late.do(t, "joining with a taken name", chromedp.SendKeys(chromedp.ID("name"), "ada"), chromedp.Click(chromedp.ID("join")))
	late.waitContains(t, "#join-error", "already taken")
	late.screenshot(t, "live-join-taken-360x740")

	host.waitContains(t, "#roster", "Linus")
	host.screenshot(t, "live-host-lobby-1366x768")
	students[0].b.screenshot(t, "live-student-lobby-360x740")
	host.do(t, "starting", chromedp.Click(chromedp.ID("start")))

	want := map[string]int{} // expected score per student
	for i, qu := range q.Questions {
		for _, s := range students {
			s.b.waitContains(t, "#prompt", qu.Prompt)
		}
		host.waitContains(t, "#counter", fmt.Sprintf("Question %d of %d", i+1, len(q.Questions)))
		for j, s := range students {
			if i == 1 && j == 1 {
				// A reload mid-question comes back to the same question.
				s.b.do(t, "reloading", chromedp.Reload(), waitApp())
				s.b.waitContains(t, "#prompt", qu.Prompt)
			}
			choice := qu.Answer
			if i == 0 && j == 2 {
				choice = (qu.Answer + 1) % len(qu.Options)
			} else {
				want[s.name]++
			}
			// The question's heading takes focus (and scrolls into view) first;
			// a click during that scroll could miss.
			waitFocus(t, s.b, "prompt")
			s.b.do(t, s.name+" answering", chromedp.Click(option(choice)))
			s.b.waitContains(t, "#answer-status", "Answer locked in")
			if i == 1 && j == 0 {
				// Reloading after answering keeps the answer locked in.
				s.b.do(t, "reloading after answering", chromedp.Reload(), waitApp())
				s.b.waitContains(t, "#answer-status", "Answer locked in")
			}
		}
		host.waitContains(t, "#answered", "3 of 3 students answered")
		if i == 0 {
			host.screenshot(t, "live-host-question-1366x768")
			students[2].b.screenshot(t, "live-student-locked-360x740")
		}
		host.do(t, "revealing", chromedp.Click(chromedp.ID("reveal")))
		host.waitContains(t, "#host-evidence", qu.Evidence.Text)
		host.waitContains(t, "#chart .correct", "Correct answer")
		for j, s := range students {
			verdict := "Correct"
			if i == 0 && j == 2 {
				verdict = "Not quite"
			}
			s.b.waitContains(t, "#feedback .verdict", verdict)
			if got := s.b.text(t, "#feedback .evidence"); !strings.Contains(got, qu.Evidence.Text) {
				t.Errorf("%s: evidence = %q, want %q", s.name, got, qu.Evidence.Text)
			}
		}
		if i == 0 {
			host.screenshot(t, "live-host-reveal-1366x768")
			students[2].b.screenshot(t, "live-student-reveal-wrong-360x740")
		}
		host.do(t, "next", chromedp.Click(chromedp.ID("reveal-next")))
	}

	host.waitContains(t, "#host-h", "Session finished")
	for _, s := range students {
		s.b.waitContains(t, "#score", fmt.Sprintf("You scored %d of %d", want[s.name], len(q.Questions)))
	}
	scores := strings.Join(strings.Fields(host.text(t, "#scores")), " ")
	for _, s := range students {
		if !strings.Contains(scores, fmt.Sprintf("%s %d of %d", s.name, want[s.name], len(q.Questions))) {
			t.Errorf("host scores %q lack %s's %d", scores, s.name, want[s.name])
		}
	}
	host.screenshot(t, "live-host-results-1366x768")
	students[2].b.screenshot(t, "live-student-results-360x740")

	// The results CSV, as the browser downloads it: the host secret goes in
	// a header, never in a URL the browser's history would keep.
	body := host.download(t, "csv", "storyquiz-"+code+".csv")
	if strings.Contains(eval[string](t, host, `document.body.innerHTML`), "secret=") {
		t.Error("the results page puts a secret in a URL")
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(body), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1+len(names) {
		t.Fatalf("CSV has %d rows, want a header and %d students:\n%s", len(recs), len(names), body)
	}
	first := q.Questions[0]
	for j, name := range names {
		row := recs[1+j]
		if row[0] != name || row[1] != fmt.Sprint(want[name]) {
			t.Errorf("CSV row %d = %v, want %s with score %d", j+1, row, name, want[name])
		}
		cell := "right"
		if j == 2 {
			cell = "wrong"
		}
		// Name, Score, Questions asked, Quiz, Date, then per question its
		// answer's text, right or wrong, and the seconds.
		if row[2] != fmt.Sprint(len(q.Questions)) || row[3] != q.Title || row[6] != cell {
			t.Errorf("CSV %s = %v, want %d questions asked, the title, and Q1 %s (answer %d)", name, row, len(q.Questions), cell, first.Answer)
		}
	}

	// Without the secret the dashboard says so.
	other := newBrowser(t, 1366, 768)
	other.open(t, srv.URL+"/host/"+code)
	other.waitContains(t, "#problem", "does not hold the host key")

	// Not late's: Chromium logs the refused join (409) as a console error.
	for _, b := range []*browser{host, other} {
		b.checkConsole(t)
	}
	for _, s := range students {
		s.b.checkConsole(t)
	}
}
