//go:build !wasm

package e2e

import (
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// hexKeys lists the 32-hex-digit secrets a browser keeps in local storage.
const hexKeys = `Object.values(localStorage).flatMap((v) => v.match(/[0-9a-f]{32}/g) || [])`

// TestLivePairedRemote moves the teacher controls to a phone while the
// projector keeps the presenter view: the phone opens the dashboard's
// address, which offers a pairing form; a wrong code is refused; the code
// the projector shows pairs it (and the projector then says so); the phone
// starts the quiz, reveals and moves on, and the projector, still in
// control too, follows (or, paused, holds its answer count until resumed)
// and reveals the next question. No secret of the first browser reaches
// the phone or any address. Then the projector unpairs the phone: the phone
// says it is no longer the remote, its next action is refused, and the
// projector carries on.
func TestLivePairedRemote(t *testing.T) {
	srv := startServer(t, "")
	host := newBrowser(t, 1920, 1080)
	openSetup(t, host, srv)
	host.do(t, "creating", chromedp.Click(chromedp.ID("create")), chromedp.WaitVisible(chromedp.ID("join-code")))
	code := host.text(t, "#join-code")
	q := srv.liveQuiz(t, code)
	ada := newBrowser(t, 360, 740)
	joinPhones(t, srv, code, student{"Ada", ada})

	remote := newBrowser(t, 360, 740)
	remote.open(t, srv.URL+"/host/"+code)
	remote.waitContains(t, "#problem", "press Use another device as the remote")
	remote.axe(t, "pairing form at 360 px")
	remote.screenshot(t, "pairing-form-360x740")

	host.do(t, "asking for a pairing code", chromedp.Click(chromedp.ID("pair")))
	msg := host.waitContains(t, "#pair-msg", "and type ")
	if !strings.Contains(msg, "/host/"+code) || !strings.Contains(msg, "2 minutes") {
		t.Errorf("the pairing message is %q", msg)
	}
	pairCode := regexp.MustCompile(`type (\d{4} \d{4})`).FindStringSubmatch(msg)
	if pairCode == nil {
		t.Fatalf("no code in the pairing message %q", msg)
	}
	host.axe(t, "lobby with a pairing code")
	host.screenshot(t, "pairing-code-1920x1080")

	wrong := "0000 0000"
	if pairCode[1] == wrong {
		wrong = "1111 1111"
	}
	remote.typeInto(t, "pair-code", wrong)
	remote.do(t, "sending a wrong code", chromedp.Click(chromedp.CSS("#pair-form button")))
	remote.waitContains(t, "#pair-msg", "not the pairing code")
	remote.forgetConsole("403")
	remote.typeInto(t, "pair-code", pairCode[1])
	remote.do(t, "sending the code", chromedp.Click(chromedp.CSS("#pair-form button")))
	remote.waitContains(t, "#start", "Start the quiz")
	remote.waitContains(t, "#player-count", "1 student")
	host.waitContains(t, "#pair-msg", "Paired")
	remote.axe(t, "paired phone's lobby")

	// The phone runs the quiz; the projector follows and keeps control.
	remote.do(t, "starting from the phone", chromedp.Click(chromedp.ID("start")))
	q1 := q.Questions[0]
	host.waitContains(t, "#host-h", q1.Prompt)
	// The projector pauses its updates (WCAG 2.2.2): Ada's answer reaches
	// the phone, and the projector shows it only once resumed.
	host.do(t, "pausing the updates", chromedp.Click(chromedp.ID("pause")))
	host.waitJS(t, "the pause pressed", `document.getElementById("pause").getAttribute("aria-pressed") === "true"`)
	ada.waitContains(t, "#prompt", q1.Prompt)
	ada.do(t, "answering", chromedp.Click(option(q1.Answer)))
	remote.waitContains(t, "#answered", "1 of 1 students answered")
	if got := host.text(t, "#answered"); got != "0 of 1 students answered" {
		t.Errorf("the paused projector shows %q", got)
	}
	host.axe(t, "presenter with its updates paused")
	host.do(t, "resuming the updates", chromedp.Click(chromedp.ID("pause")))
	host.waitContains(t, "#answered", "1 of 1 students answered")
	remote.do(t, "revealing from the phone", chromedp.Click(chromedp.ID("reveal")))
	host.waitContains(t, "#host-evidence", q1.Evidence.Text)
	ada.waitContains(t, "#outcome", "+1")
	remote.do(t, "moving on from the phone", chromedp.Click(chromedp.ID("reveal-next")))
	q2 := q.Questions[1]
	host.waitContains(t, "#host-h", q2.Prompt)
	remote.waitContains(t, "#host-h", q2.Prompt)
	host.do(t, "revealing from the projector", chromedp.Click(chromedp.ID("reveal")))
	remote.waitContains(t, "#host-evidence", q2.Evidence.Text)
	remote.axe(t, "paired phone after a reveal")
	remote.screenshot(t, "paired-phone-reveal-360x740")

	// The first browser's key stays there: the phone holds a key of its own,
	// and no address either browser asked for holds a key of the other's.
	hostKeys, remoteKeys := eval[[]string](t, host, hexKeys), eval[[]string](t, remote, hexKeys)
	if len(hostKeys) != 1 || len(remoteKeys) != 1 || hostKeys[0] == remoteKeys[0] {
		t.Fatalf("host keys %q on the projector and %q on the phone, want one each, not the same", hostKeys, remoteKeys)
	}
	const urls = `[location.href, ...performance.getEntriesByType("resource").map((e) => e.name)].join(" ")`
	if strings.Contains(eval[string](t, remote, urls), hostKeys[0]) {
		t.Error("an address the phone asked for holds the projector's host key")
	}
	if strings.Contains(eval[string](t, host, urls), remoteKeys[0]) {
		t.Error("an address the projector asked for holds the phone's host key")
	}

	// The projector sees the phone paired and takes the controls back (a
	// student may have read the code off the screen): the phone says it
	// is no longer the remote, its key is refused like a wrong one, and
	// the projector still runs the session.
	host.waitContains(t, "#paired", "1 device paired as a remote")
	host.axe(t, "teacher controls with a paired remote")
	host.do(t, "unpairing the remotes", chromedp.Evaluate[chromedp.Void](`window.confirm = () => true`), chromedp.Click(chromedp.ID("unpair")))
	host.waitContains(t, "#pair-msg", "Unpaired")
	host.waitJS(t, "the count and the button gone", `!document.getElementById("paired") && !document.getElementById("unpair")`)
	remote.waitContains(t, "#problem", "This device is no longer the remote for session "+code)
	remote.waitContains(t, "#pair-form", "Pairing code from the host screen")
	remote.axe(t, "unpaired phone")
	remote.screenshot(t, "unpaired-phone-360x740")
	next := `fetch("/api/sessions/` + code + `/control", {method: "POST", headers: {"Authorization": "Bearer ` + remoteKeys[0] +
		`", "Content-Type": "application/json"}, body: JSON.stringify({action: "next", index: 1})}).then((r) => r.status)`
	if status := eval[int](t, remote, next); status != 403 {
		t.Errorf("the unpaired phone's next = %d, want 403", status)
	}
	host.do(t, "moving on from the projector", chromedp.Click(chromedp.ID("reveal-next")))
	host.waitContains(t, "#host-h", q.Questions[2].Prompt)
	ada.waitContains(t, "#prompt", q.Questions[2].Prompt)

	// The classroom PC pairs by the QR code instead: the link it holds
	// opens the session with the code, which is claimed at once and then
	// gone from the address bar; the projector says so and drops the code.
	host.do(t, "asking for another pairing code", chromedp.Click(chromedp.ID("pair")))
	host.waitContains(t, "#pair-msg", "scan the code below")
	host.waitJS(t, "the QR code drawn", `document.getElementById("pair-qr") && document.getElementById("pair-qr").complete && document.getElementById("pair-qr").naturalWidth > 0`)
	host.axe(t, "teacher controls with a pairing QR code")
	link := eval[string](t, host, `new URL(document.getElementById("pair-qr").src).searchParams.get("text")`)
	if !strings.HasPrefix(link, srv.URL+"/host/"+code+"#pair=") {
		t.Fatalf("the QR code holds %q, want this session's page with a pairing code", link)
	}
	pc := newBrowser(t, 1366, 768)
	pc.open(t, link)
	pc.waitContains(t, "#host-h", q.Questions[2].Prompt)
	pc.screenshot(t, "paired-from-qr-1366x768")
	host.waitContains(t, "#pair-msg", "Paired")
	host.waitJS(t, "the used QR code gone", `!document.getElementById("pair-qr")`)
	if href := eval[string](t, pc, `location.href`); strings.Contains(href, "pair=") {
		t.Errorf("the used pairing code stays in the address bar: %s", href)
	}

	// The phone's refused requests (the one above, and any its page made
	// after the unpairing, which may come late) are the 403s expected.
	remote.forgetConsole("403")
	for _, b := range []*browser{host, remote, ada, pc} {
		b.checkConsole(t)
	}
}
