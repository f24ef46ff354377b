//go:build !wasm

package e2e

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"storyquiz/quiz/session"
)

// TestLiveTeams plays a session with two teams: three students are split
// between them as they join, the teacher moves one from the larger team
// to the other from the list under the roster, the phones follow, and after the reveal
// the projector and the phones show the team totals; the podium shows the
// teams and the CSV each student's team. axe checks each new screen.
func TestLiveTeams(t *testing.T) {
	srv := startServer(t, "")
	host := newBrowser(t, 1366, 768)
	openSetup(t, host, srv)
	if got := eval[string](t, host, `document.getElementById("teams").value`); got != "0" {
		t.Errorf("teams default = %q, want 0 (none)", got)
	}
	host.do(t, "choosing two teams and creating", setSelect("teams", "2"),
		chromedp.Click(chromedp.ID("create")), chromedp.WaitVisible(chromedp.ID("join-code")))
	code := host.text(t, "#join-code")
	q := srv.liveQuiz(t, code)

	names := []string{"Ada", "Ben", "Cy"}
	phones := map[string]*browser{}
	var ss []student
	for _, n := range names {
		phones[n] = newBrowser(t, 360, 740)
		ss = append(ss, student{name: n, b: phones[n]})
	}
	joinPhones(t, srv, code, ss...)
	host.waitContains(t, "#player-count", "3 students")

	// The teams as the teacher's list shows them, by name.
	host.waitContains(t, "#support-toggle", "Teams and support for individual students")
	host.do(t, "opening the team list", chromedp.Click(chromedp.ID("support-toggle")), chromedp.WaitVisible(chromedp.ID("support-list")))
	teamsNow := func() map[string]int {
		raw := eval[string](t, host, `JSON.stringify(Object.fromEntries([...document.querySelectorAll("#support-list tbody tr")].map(
			(tr) => [tr.querySelector("th").textContent, +tr.querySelector("select.team-pick").value])))`)
		out := map[string]int{}
		if err := json.Unmarshal([]byte(raw), &out); err != nil {
			t.Fatal(err)
		}
		return out
	}
	before := teamsNow()
	size := map[int]int{}
	for _, n := range names {
		size[before[n]]++
	}
	if size[1] < 1 || size[2] < 1 || size[1]+size[2] != 3 {
		t.Fatalf("teams after joining %v: want the three students spread over teams 1 and 2", before)
	}
	for _, n := range names {
		phones[n].waitContains(t, "#my-team", "Your team: "+teamText(before[n]))
	}
	// Move the first student of the larger team to the other one.
	var mover string
	for _, n := range names {
		if size[before[n]] == 2 {
			mover = n
			break
		}
	}
	to := 3 - before[mover]
	host.axe(t, "the host lobby with the team list open")
	host.screenshot(t, "live-teams-lobby-1366x768")
	host.do(t, "moving "+mover, setSelect(`select[aria-label="Team of `+mover+`"]`, fmt.Sprint(to)))
	phones[mover].waitContains(t, "#my-team", "Your team: "+teamText(to))
	host.waitJS(t, mover+" moved in the list", fmt.Sprintf(`document.querySelector('select[aria-label="Team of %s"] option[value="%d"]').selected`, mover, to))
	after := teamsNow()
	phones[mover].axe(t, "a phone in the lobby with its team")

	// Everyone in the mover's team answers right, the others wrong.
	host.do(t, "starting", chromedp.Click(chromedp.ID("start")))
	q1 := q.Questions[0]
	wrong := (q1.Answer + 1) % len(q1.Options)
	for _, n := range names {
		phones[n].waitContains(t, "#prompt", q1.Prompt)
		choice := wrong
		if after[n] == to {
			choice = q1.Answer
		}
		phones[n].do(t, n+" answering", chromedp.Click(option(choice)))
		phones[n].waitContains(t, "#answer-status", "Answer locked in")
	}
	host.waitContains(t, "#answered", "3 of 3")
	host.do(t, "revealing", chromedp.Click(chromedp.ID("reveal")))
	winner, loser := teamText(to), teamText(3-to)
	got := host.waitContains(t, "#teams", winner)
	if want := "1st" + winner + "2 points2nd" + loser + "0 points"; !strings.Contains(strings.Join(strings.Fields(got), ""), strings.ReplaceAll(want, " ", "")) {
		t.Errorf("the projector's teams read %q, want %q", got, want)
	}
	phones[mover].waitContains(t, "#my-team", teamText(to)+" · 1st of 2")
	for _, n := range names {
		if after[n] != to {
			phones[n].waitContains(t, "#my-team", teamText(3-to)+" · 2nd of 2")
		}
	}
	host.axe(t, "the reveal with the team totals")
	host.screenshot(t, "live-teams-reveal-1366x768")
	phones[mover].screenshot(t, "live-teams-phone-reveal-360x740")
	phones[mover].axe(t, "a phone after the reveal with its team's place")

	host.do(t, "ending", chromedp.Evaluate[chromedp.Void](`window.confirm = () => true`), chromedp.Click(chromedp.ID("end")))
	host.waitContains(t, "#host-h", "Session finished")
	host.waitContains(t, "#team-podium", "1st")
	if got := strings.Join(strings.Fields(host.text(t, "#team-podium")), " "); !strings.Contains(got, winner+" 2 points") {
		t.Errorf("the team podium reads %q", got)
	}
	host.axe(t, "the results with the team podium")
	phones[mover].waitContains(t, "#team-podium", winner)

	body := host.download(t, "csv", "storyquiz-"+code+".csv")
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(body), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 4 || recs[0][1] != "Team" {
		t.Fatalf("the CSV has %d rows, header %v", len(recs), recs[0])
	}
	for _, r := range recs[1:] {
		if want := session.TeamName(after[r[0]]); r[1] != want {
			t.Errorf("%s's team in the CSV is %q, want %q", r[0], r[1], want)
		}
	}
	for _, b := range append([]*browser{host}, phones["Ada"], phones["Ben"], phones["Cy"]) {
		b.checkConsole(t)
	}
}

// teamText is team t as the pages show it: "◆ Blue team".
func teamText(t int) string { return session.TeamLabel(t) }

// setSelect chooses value in the select matched by sel (an id, or a CSS
// selector) and tells the page, as a person choosing it would.
func setSelect(sel, value string) chromedp.Action[chromedp.Void] {
	q := fmt.Sprintf("document.getElementById(%q)", sel)
	if strings.ContainsAny(sel, "[ .#") {
		q = fmt.Sprintf("document.querySelector(%q)", sel)
	}
	return func(ctx context.Context, _ *chromedp.Target) (chromedp.Void, error) {
		return chromedp.Void{}, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](
			fmt.Sprintf(`(() => { const s = %s; s.value = %q; s.dispatchEvent(new Event("change", {bubbles: true})); })()`, q, value)))
	}
}
