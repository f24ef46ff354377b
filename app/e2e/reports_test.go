//go:build !wasm

package e2e

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdpproto "github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"storyquiz/app/stories"
	"storyquiz/quiz"
	"storyquiz/quiz/session"
)

// TestReports runs a teacher-paced session for twelve students (the teacher
// in Chromium, the students over the API), finishes it, and follows the
// dashboard's link to the item analysis: its figures, chart and CSV, then
// the student reports and the session's worksheet, each checked with axe.
// Last, a story's worksheet is made with the server stopped.
func TestReports(t *testing.T) {
	if _, err := axeSource(); err != nil {
		t.Fatalf("axe-core is not installed (%v): run `make test`, which installs it with npm (or `make axe`)", err)
	}
	srv := startServer(t, "")
	api := newAPIClient(t, srv)
	host := newBrowser(t, 1366, 768)
	host.open(t, srv.URL+"/host")
	host.do(t, "creating the session", chromedp.Click(chromedp.ID("create")), chromedp.WaitVisible(chromedp.ID("join-code")))
	code := host.text(t, "#join-code")
	q := srv.liveQuiz(t, code)

	// Student k gets question i right unless (k+i)%3 == 0, or k < 3 and i
	// is even, when they choose the option after the right one; the last
	// student skips question 1. Scores then spread from 3 to 7 of 10.
	const n = 12
	type seat struct{ name, id, secret string }
	var seats []seat
	for k := range n {
		s := seat{name: fmt.Sprintf("Student %02d", k+1)}
		var jr struct{ PlayerID, PlayerSecret string }
		api.must(201, "POST", "/api/sessions/"+code+"/players", "", map[string]string{"name": s.name}, &jr)
		s.id, s.secret = jr.PlayerID, jr.PlayerSecret
		seats = append(seats, s)
	}
	choice := func(k, i int) int {
		switch qu := q.Questions[i]; {
		case k == n-1 && i == 0:
			return -1
		case (k+i)%3 == 0 || k < 3 && i%2 == 0:
			return (qu.Answer + 1) % len(qu.Options)
		default:
			return qu.Answer
		}
	}
	host.waitContains(t, "#player-count", fmt.Sprintf("%d students", n))
	host.do(t, "starting", chromedp.Click(chromedp.ID("start")))
	for i, qu := range q.Questions {
		host.waitContains(t, "#counter", fmt.Sprintf("Question %d of %d", i+1, len(q.Questions)))
		for k, s := range seats {
			c := choice(k, i)
			if c < 0 {
				continue
			}
			// The option as this student's device shows it.
			var v session.View
			api.must(200, "GET", "/api/sessions/"+code+"/state", s.secret, nil, &v)
			shown := -1
			for j, o := range v.Question.Options {
				if o == qu.Options[c] {
					shown = j
				}
			}
			api.must(200, "POST", "/api/sessions/"+code+"/answers", s.secret, map[string]any{"questionId": qu.ID, "choice": shown}, nil)
		}
		host.do(t, "revealing", chromedp.Click(chromedp.ID("reveal")), chromedp.WaitVisible(chromedp.ID("reveal-next")))
		host.do(t, "next", chromedp.Click(chromedp.ID("reveal-next")))
	}
	host.waitContains(t, "#host-h", "Session finished")

	// The item analysis, from the dashboard's link.
	host.do(t, "opening the item analysis", chromedp.Click(chromedp.CSS(`a[href="/results/`+code+`"]`)), chromedp.WaitVisible(chromedp.ID("results-h")))
	waitFocus(t, host, "results-h") // the link is gone: the heading takes focus
	for i, qu := range q.Questions {
		right, wrong, none := 0, 0, 0
		for k := range n {
			switch c := choice(k, i); {
			case c < 0:
				none++
			case c == qu.Answer:
				right++
			default:
				wrong++
			}
		}
		id := fmt.Sprintf("#item-%d", i+1)
		host.waitContains(t, id+" .figures", fmt.Sprintf("Right: %d of %d (%d%%) · Wrong: %d · Unanswered: %d · Discrimination: ", right, n, (right*100+n/2)/n, wrong, none))
		host.waitContains(t, id+"-h", qu.Prompt)
		host.waitContains(t, id+" .ia-row.right", "✓ Right answer")
		host.waitContains(t, id+" .evidence", qu.Evidence.Text)
	}
	host.waitContains(t, "#item-1-chart .ia-row:last-child .text", "No answer")
	host.waitContains(t, "#item-1-chart .ia-row:last-child .count", "1 student (8%)")
	if strings.Contains(eval[string](t, host, `document.body.innerHTML`), "secret") {
		t.Error("the results page shows a secret")
	}
	host.check(t, "item analysis 1366x768", "")
	host.scheme(t, "light")
	host.screenshot(t, "reports-item-analysis-1366x768")
	// Windows high contrast: the bars keep their length, drawn in the
	// text colour; a screenshot for a person to look at.
	cdp(t, host, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "forced-colors", Value: "active"}}})
	if got := eval[string](t, host, `getComputedStyle(document.querySelector("#item-1-chart .right .ia-fill")).forcedColorAdjust`); got != "none" {
		t.Errorf("in forced colours the bars are adjusted (%q): they would vanish", got)
	}
	if !eval[bool](t, host, `(() => {
		const c = [...document.querySelectorAll("#item-1-chart .ia-fill")].map((e) => getComputedStyle(e).backgroundColor);
		return c.every((x) => x === c[0]);
	})()`) {
		t.Error("in forced colours the bars are not all drawn in the text colour")
	}
	shotOf(t, host, "#item-1", "reports-item-forced-colors")
	cdp(t, host, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{})
	host.do(t, "phone size", chromedp.EmulateViewport(360, 740))
	host.check(t, "item analysis 360x740", "")
	host.scheme(t, "light")
	host.screenshot(t, "reports-item-analysis-360x740")
	host.do(t, "laptop size", chromedp.EmulateViewport(1366, 768))

	body := host.download(t, "items-csv", "storyquiz-"+code+"-items.csv")
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(body), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1+len(q.Questions) {
		t.Fatalf("item CSV has %d rows, want a header and %d questions:\n%s", len(recs), len(q.Questions), body)
	}
	for i, qu := range q.Questions {
		if row := recs[1+i]; row[1] != qu.Prompt || row[2] != qu.Correct() || row[3] != fmt.Sprint(n) || row[len(row)-1] != qu.Evidence.Text {
			t.Errorf("CSV row %d = %q, want the prompt, the right answer, %d students and the sentence", i+1, row, n)
		}
	}

	// The student reports: one sheet per student, every question's answer.
	host.do(t, "opening the reports", chromedp.Click(chromedp.CSS(`a[href="/reports/`+code+`"]`)), chromedp.WaitVisible(chromedp.ID("reports-h")))
	waitFocus(t, host, "reports-h")
	if got := eval[int](t, host, `document.querySelectorAll("section.sheet.report").length`); got != n {
		t.Errorf("%d report sheets, want %d", got, n)
	}
	last := seats[n-1]
	host.waitContains(t, "#report-"+last.id, last.name)
	host.waitContains(t, "#report-"+last.id, "Answer: no answer")
	host.check(t, "student reports 1366x768", "")
	host.scheme(t, "light")
	host.screenshot(t, "reports-students-1366x768")
	printed(t, host, "reports-students-print")

	// The session's worksheet: the session's article, with every answer's
	// sentence cited by its number.
	host.open(t, srv.URL+"/worksheet/"+code)
	host.do(t, "waiting for the key", chromedp.WaitVisible(chromedp.ID("key")))
	checkKey(t, host, "", evidenceOf(q))
	host.check(t, "worksheet 1366x768", "")
	host.do(t, "versions A and B", chromedp.Click(chromedp.ID("two-versions")), chromedp.WaitVisible(chromedp.ID("key-B")))
	checkKey(t, host, "-A", evidenceOf(q))
	checkKey(t, host, "-B", evidenceOf(q))
	host.scheme(t, "light")
	printed(t, host, "reports-worksheet-ab-print")
	host.checkConsole(t)

	// A story's worksheet on a phone, made in the browser with the server
	// stopped; the time it takes is logged (no assertion on time).
	phone := newBrowser(t, 360, 740)
	phone.open(t, srv.URL+"/story/"+stories.LaunchID)
	if !eval[bool](t, phone, `navigator.serviceWorker.ready.then(() => new Promise((resolve) => {
		if (navigator.serviceWorker.controller) return resolve(true);
		navigator.serviceWorker.addEventListener("controllerchange", () => resolve(true));
		setTimeout(() => resolve(!!navigator.serviceWorker.controller), 10000);
	}))`) {
		t.Fatal("the service worker did not take control of the page")
	}
	srv.Stop()
	phone.do(t, "reloading offline", chromedp.Reload(), waitApp(), chromedp.WaitVisible(chromedp.CSS(`a[href="/worksheet/`+stories.LaunchID+`"]`)))
	ms := eval[float64](t, phone, `new Promise((resolve) => {
		const t0 = performance.now();
		new MutationObserver((_, obs) => { if (document.getElementById("key")) { obs.disconnect(); resolve(performance.now() - t0); } })
			.observe(document, {subtree: true, childList: true});
		document.querySelector('a[href="/worksheet/`+stories.LaunchID+`"]').click();
	})`)
	t.Logf("offline: a worksheet of the launch story (engine run included) in %.0f ms", ms)
	checkKey(t, phone, "", evidenceOf(launchQuiz(t)))
	ms = eval[float64](t, phone, `new Promise((resolve) => {
		const t0 = performance.now();
		new MutationObserver((_, obs) => { if (document.getElementById("key-B")) { obs.disconnect(); resolve(performance.now() - t0); } })
			.observe(document, {subtree: true, childList: true});
		document.getElementById("two-versions").click();
	})`)
	t.Logf("offline: versions A and B (%d questions in all) in %.0f ms", 2*len(launchQuiz(t).Questions), ms)
	checkKey(t, phone, "-B", evidenceOf(launchQuiz(t)))
	phone.check(t, "story worksheet 360x740", "")
	phone.scheme(t, "light")
	phone.screenshot(t, "reports-worksheet-360x740")
}

// evidenceOf maps each question's prompt to its evidence sentence.
func evidenceOf(q *quiz.Quiz) map[string]string {
	m := map[string]string{}
	for _, qu := range q.Questions {
		m[qu.Prompt] = qu.Evidence.Text
	}
	return m
}

// checkKey checks that the answer key of version suffix ("", "-A", "-B")
// cites, for each question of the worksheet, the printed sentence the
// question comes from, by the number printed before it.
func checkKey(t *testing.T, b *browser, suffix string, evidence map[string]string) {
	t.Helper()
	raw := eval[string](t, b, fmt.Sprintf(`JSON.stringify((() => {
		const ws = document.getElementById("ws%[1]s"), key = document.getElementById("key%[1]s");
		const sentences = {};
		for (const sn of ws.querySelectorAll(".sn")) sentences[sn.textContent] = sn.nextSibling.textContent.trim();
		return {
			prompts: [...ws.querySelectorAll(".ws-prompt")].map((p) => p.textContent),
			rows: [...key.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent)),
			sentences,
		};
	})())`, suffix))
	var got struct {
		Prompts   []string
		Rows      [][]string
		Sentences map[string]string
	}
	if err := json.Unmarshal([]byte(raw), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Rows) == 0 || len(got.Rows) != len(got.Prompts) {
		t.Fatalf("key%s: %d rows for %d questions", suffix, len(got.Rows), len(got.Prompts))
	}
	for i, row := range got.Rows {
		want, ok := evidence[got.Prompts[i]]
		if !ok {
			t.Errorf("worksheet%s question %d %q is not a question of the quiz", suffix, i+1, got.Prompts[i])
		}
		if sentence := got.Sentences[row[2]]; sentence != want {
			t.Errorf("key%s question %d cites sentence %s, %q; want %q", suffix, i+1, row[2], sentence, want)
		}
	}
}

// printed saves a screenshot of the page as the browser prints it, in
// black on white, for a person to look at.
func printed(t *testing.T, b *browser, name string) {
	t.Helper()
	cdp(t, b, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
	b.screenshot(t, name)
	if eval[bool](t, b, `getComputedStyle(document.querySelector(".top")).display !== "none"`) {
		t.Errorf("%s: the site header is printed", name)
	}
	cdp(t, b, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: ""})
}

// shotOf saves a screenshot of the first element matching css.
func shotOf(t *testing.T, b *browser, css, name string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	buf, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS(css)))
	if err != nil {
		t.Fatalf("screenshot of %s: %v", css, err)
	}
	if err := os.WriteFile(filepath.Join(root, "artifacts", "screenshots", name+".png"), buf, 0o644); err != nil {
		t.Fatal(err)
	}
}

// cdp sends one DevTools command to the browser's page.
func cdp[P, R any](t *testing.T, b *browser, cmd cdpproto.Command[P, R], params P) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if _, err := chromedp.Call(ctx, cmd, params); err != nil {
		t.Fatalf("%T: %v", params, err)
	}
}
