//go:build !wasm

package e2e

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestLiveBonuses turns on the speed bonus and the streak bonus in the
// setup (the speed bonus only once a time limit is chosen): a quick right
// answer shows "+2 · quick" on the phone, the leaderboard counts the
// points, and the results and the CSV give each student's points beside
// the right answers.
func TestLiveBonuses(t *testing.T) {
	srv := startServer(t, "")
	host := newBrowser(t, 1366, 768)
	openSetup(t, host, srv)
	if !eval[bool](t, host, `document.getElementById("speed").disabled && !document.getElementById("streaks").checked`) {
		t.Error("without a time limit the speed bonus can be ticked, or the streak bonus is on by default")
	}
	host.do(t, "choosing a time limit and the bonuses",
		setLimit("60"),
		chromedp.Click(chromedp.ID("leaderboard")), chromedp.Click(chromedp.ID("streaks")))
	host.waitJS(t, "the speed bonus enabled", `!document.getElementById("speed").disabled`)
	host.do(t, "ticking the speed bonus and creating", chromedp.Click(chromedp.ID("speed")),
		chromedp.Click(chromedp.ID("create")), chromedp.WaitVisible(chromedp.ID("join-code")))
	host.waitContains(t, "#start-hint", "streak bonus · speed bonus")
	code := host.text(t, "#join-code")
	q := srv.liveQuiz(t, code)

	ada := newBrowser(t, 360, 740)
	ada.open(t, srv.URL+"/join?code="+code)
	ada.waitValue(t, "code", code)
	ada.do(t, "joining", chromedp.SendKeys(chromedp.ID("name"), "Ada"), chromedp.Click(chromedp.ID("join")))
	ada.waitContains(t, "#status", "Waiting for your teacher")
	host.waitContains(t, "#player-count", "1 student")
	host.do(t, "starting", chromedp.Click(chromedp.ID("start")))
	q1 := q.Questions[0]
	ada.waitContains(t, "#prompt", q1.Prompt)
	ada.do(t, "answering at once", chromedp.Click(option(q1.Answer)))
	ada.waitContains(t, "#answer-status", "Answer locked in")
	host.waitContains(t, "#answered", "1 of 1")
	host.do(t, "revealing", chromedp.Click(chromedp.ID("reveal")))
	ada.waitContains(t, "#outcome", "+2 · quick · you are 1st of 1")
	ada.waitContains(t, "#my-score", "Your score: 2 points · 1 right")
	host.waitContains(t, "#leaders", "2 points")

	host.do(t, "ending", chromedp.Evaluate[chromedp.Void](`window.confirm = () => true`), chromedp.Click(chromedp.ID("end")))
	host.waitContains(t, "#host-h", "Session finished")
	if got := strings.Join(strings.Fields(host.text(t, "#scores")), " "); !strings.Contains(got, "Points with bonuses Ada 1 of 1 2") {
		t.Errorf("the scores read %q", got)
	}
	ada.waitContains(t, "#points", "2 points with bonuses")
	body := host.download(t, "csv", "storyquiz-"+code+".csv")
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(body), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || recs[0][2] != "Points (with bonuses)" || strings.Join(recs[1][:3], ",") != "Ada,1,2" {
		t.Errorf("the CSV starts %v / %v, want Points (with bonuses) and Ada,1,2", recs[0][:3], recs[1])
	}
	for _, b := range []*browser{host, ada} {
		b.checkConsole(t)
	}
}
