//go:build !wasm

package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz/session"
	"storyquiz/quiz/session/sessiontest"
)

// pair asks for a pairing code with the host's secret.
func (e *env) pair(code, secret string) sessionapi.PairOffer {
	e.t.Helper()
	var po sessionapi.PairOffer
	e.must(http.StatusCreated, "POST", sessionapi.SessionPath(code, sessionapi.Pair), secret, nil, &po)
	return po
}

// claim sends a pairing code without any secret, and returns the status
// and the response.
func (e *env) claim(code, pairCode string) (int, sessionapi.CreateResponse, sessionapi.Error) {
	e.t.Helper()
	status, data, _ := e.do("POST", sessionapi.SessionPath(code, sessionapi.PairClaim), "", map[string]string{"code": pairCode})
	var cr sessionapi.CreateResponse
	var ae sessionapi.Error
	if status == http.StatusCreated {
		decodeJSON(e.t, data, &cr)
	} else {
		decodeJSON(e.t, data, &ae)
	}
	return status, cr, ae
}

// TestPairing pairs a second device: only the host gets a code, the code as
// a person types it gives the device a host key of its own that runs the
// session, and a wrong, used or expired code is refused with its own error.
func TestPairing(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(nil)
	ana := e.join(cr.Code, "Ana")
	pairPath := sessionapi.SessionPath(cr.Code, sessionapi.Pair)

	for _, tt := range []struct {
		name, secret string
		want         int
	}{
		{"without a secret", "", 401},
		{"with a wrong secret", flip(cr.HostSecret), 403},
		{"by a student", ana.PlayerSecret, 403},
	} {
		if got, data, _ := e.do("POST", pairPath, tt.secret, nil); got != tt.want {
			t.Errorf("pair %s = %d %s, want %d", tt.name, got, data, tt.want)
		}
	}

	po := e.pair(cr.Code, cr.HostSecret)
	if len(po.Code) != 9 || po.Code[4] != ' ' || strings.Trim(po.Code[:4]+po.Code[5:], "0123456789") != "" || po.ExpiresInSeconds != 120 {
		t.Fatalf("pairing offer %+v, want 8 digits in two groups of four, for 120 s", po)
	}
	wrong := fmt.Sprintf("%08d", (atoi(po.Code)+1)%100_000_000)
	if status, _, ae := e.claim(cr.Code, wrong); status != 403 || ae.Code != sessionapi.ErrPairWrong {
		t.Errorf("a wrong code = %d %+v, want 403 pair_wrong", status, ae)
	}
	if status, _, ae := e.claim(cr.Code, "1234"); status != 400 {
		t.Errorf("a short code = %d %+v, want 400", status, ae)
	}
	if status, _, ae := e.claim("ZZZZZZ", po.Code); status != 403 || ae.Code != sessionapi.ErrNoMatch {
		t.Errorf("an unknown session = %d %+v, want 403 no_match", status, ae)
	}
	// Typed as the host's screen shows it, in two groups, or without the space.
	status, remote, ae := e.claim(strings.ToLower(cr.Code), po.Code)
	if status != 201 || remote.Code != cr.Code || len(remote.HostSecret) != 32 || remote.HostSecret == cr.HostSecret {
		t.Fatalf("the right code = %d %+v %+v, want 201 with a host key of its own", status, remote, ae)
	}
	if status, _, ae := e.claim(cr.Code, strings.ReplaceAll(po.Code, " ", "")); status != 409 || ae.Code != sessionapi.ErrPairUsed {
		t.Errorf("the code again = %d %+v, want 409 pair_used", status, ae)
	}

	// The paired device runs the session, as the first one still does.
	if v := e.state(cr.Code, remote.HostSecret); len(v.Players) != 1 || v.Paired != 1 {
		t.Errorf("the paired device's view: players %+v, paired %d", v.Players, v.Paired)
	}
	e.control(cr.Code, remote.HostSecret, "start")
	if v := e.control(cr.Code, cr.HostSecret, "reveal"); v.Phase != session.PhaseReveal {
		t.Errorf("the first device's reveal: phase %s", v.Phase)
	}
	e.must(200, "GET", sessionapi.SessionPath(cr.Code, sessionapi.Results), remote.HostSecret, nil, nil)
	if v := e.state(cr.Code, ana.PlayerSecret); v.Paired != 0 {
		t.Errorf("a student's view tells of pairing: %+v", v)
	}

	// A code lasts two minutes.
	po = e.pair(cr.Code, remote.HostSecret) // a paired device may pair another
	e.clock.Add(session.PairTTL + time.Second)
	if status, _, ae := e.claim(cr.Code, po.Code); status != 410 || ae.Code != sessionapi.ErrPairExpired {
		t.Errorf("an expired code = %d %+v, want 410 pair_expired", status, ae)
	}

	// The pairing is in the log: it survives a restart.
	e.restart()
	e.state(cr.Code, remote.HostSecret)
}

// TestPairClaimRateLimit guesses pairing codes from one address: every
// claim counts against the address's refused requests, and once they are
// used up even the right code is not checked (so a guesser learns nothing
// by going on) until the bucket refills.
func TestPairClaimRateLimit(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(nil)
	po := e.pair(cr.Code, cr.HostSecret)
	for i := range failBurst {
		guess := fmt.Sprintf("%08d", (atoi(po.Code)+1+i)%100_000_000)
		if status, _, _ := e.claim(cr.Code, guess); status != 403 {
			t.Fatalf("guess %d = %d, want 403", i, status)
		}
	}
	if status, _, ae := e.claim(cr.Code, po.Code); status != 429 || ae.Code != sessionapi.ErrRateLimited {
		t.Fatalf("the right code after %d wrong ones = %d %+v, want 429", failBurst, status, ae)
	}
	// Wrong keys and wrong codes share the bucket.
	e.must(429, "GET", sessionapi.SessionPath(cr.Code, sessionapi.State), flip(cr.HostSecret), nil, nil)
	e.clock.Add(time.Second)
	if status, _, ae := e.claim(cr.Code, po.Code); status != 201 {
		t.Fatalf("the right code a second later = %d %+v, want 201", status, ae)
	}
}

// TestPairingLeavesNoSecretInLogs pairs a device with the API logging at
// debug level: neither the code, nor the device's key, nor their hashes
// reach the log.
func TestPairingLeavesNoSecretInLogs(t *testing.T) {
	var logs bytes.Buffer
	e := newEnv(t, func(c *APIConfig) {
		c.Logger = slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	})
	cr := e.create(nil)
	po := e.pair(cr.Code, cr.HostSecret)
	e.claim(cr.Code, "00000000")
	_, remote, _ := e.claim(cr.Code, po.Code)
	e.control(cr.Code, remote.HostSecret, "end")
	e.stop()
	out := logs.String()
	if !strings.Contains(out, "device paired") {
		t.Errorf("the log lacks the pairing, so this test may not see what it should:\n%s", out)
	}
	for _, s := range []string{po.Code, remote.HostSecret, cr.HostSecret} {
		h := hashSecret(s)
		for _, bad := range []string{s, fmt.Sprintf("%x", h)} {
			if strings.Contains(out, bad) {
				t.Errorf("the log holds a secret or its hash %s:\n%s", bad, out)
			}
		}
	}
}

// TestPairingAcrossNodes offers a code through one node and claims it
// through another; the paired key then works on both.
func TestPairingAcrossNodes(t *testing.T) {
	nodes, _ := newNodes(t, 2)
	a, b := nodes[0], nodes[1]
	var cr sessionapi.CreateResponse
	a.must(http.StatusCreated, "POST", "/api/sessions", "", map[string]any{"quiz": sessiontest.Quiz(3)}, &cr)
	po := a.pair(cr.Code, cr.HostSecret)
	status, remote, ae := b.claim(cr.Code, po.Code)
	if status != 201 {
		t.Fatalf("claim through the other node = %d %+v", status, ae)
	}
	if status, _, ae := a.claim(cr.Code, po.Code); status != 409 {
		t.Errorf("the same code through the first node = %d %+v, want 409", status, ae)
	}
	a.state(cr.Code, remote.HostSecret)
	b.state(cr.Code, remote.HostSecret)
}

// atoi reads a pairing code's digits, skipping the space between its groups.
func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c != ' ' {
			n = n*10 + int(c-'0')
		}
	}
	return n
}

func decodeJSON(t *testing.T, data []byte, out any) {
	t.Helper()
	if err := json.Unmarshal(data, out); err != nil {
		t.Fatalf("%v in %s", err, data)
	}
}

// pairRemote pairs a device through e and returns its host key.
func (e *env) pairRemote(code, secret string) string {
	e.t.Helper()
	po := e.pair(code, secret)
	status, remote, ae := e.claim(code, po.Code)
	if status != http.StatusCreated {
		e.t.Fatalf("claim = %d %+v", status, ae)
	}
	return remote.HostSecret
}

// TestUnpair pairs two devices and has the creator unpair them: only the
// creator may (not a paired device, nor a student), the paired keys then
// get the wrong key's 403 on every host request, their event streams end
// with "gone", a code on offer is withdrawn, the creator keeps working,
// and all of it holds after a restart.
func TestUnpair(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(nil)
	ana := e.join(cr.Code, "Ana")
	phone := e.pairRemote(cr.Code, cr.HostSecret)
	pc := e.pairRemote(cr.Code, phone)
	unpairPath := sessionapi.SessionPath(cr.Code, sessionapi.Unpair)
	for _, tt := range []struct {
		name, secret string
		want         int
	}{
		{"without a secret", "", 401},
		{"with a wrong secret", flip(cr.HostSecret), 403},
		{"by a student", ana.PlayerSecret, 403},
		{"by a paired device", phone, 403},
	} {
		if got, data, _ := e.do("POST", unpairPath, tt.secret, nil); got != tt.want {
			t.Errorf("unpair %s = %d %s, want %d", tt.name, got, data, tt.want)
		}
	}
	e.control(cr.Code, phone, "start")
	if v := e.state(cr.Code, cr.HostSecret); v.Paired != 2 {
		t.Fatalf("paired %d, want 2 (a paired device's refused unpairing changed something)", v.Paired)
	}
	phoneCh, _ := e.stream(cr.Code, phone)
	next(t, phoneCh) // retry hint
	nextView(t, phoneCh)
	late := e.pair(cr.Code, cr.HostSecret)

	var v session.View
	e.must(200, "POST", unpairPath, cr.HostSecret, nil, &v)
	if v.Paired != 0 || v.Phase != session.PhaseQuestion {
		t.Errorf("the creator's view after unpairing: paired %d, phase %s", v.Paired, v.Phase)
	}
	ev := next(t, phoneCh)
	for ev.name == "" { // the views of the offer and the unpairing may come first
		ev = next(t, phoneCh)
	}
	if ev.name != "gone" || !strings.Contains(ev.data, "no longer the session's remote") {
		t.Errorf("the phone's stream after unpairing = %+v, want gone", ev)
	}
	refused := func(when string) {
		t.Helper()
		for _, key := range []string{phone, pc} {
			for _, req := range []struct{ method, endpoint string }{
				{"POST", sessionapi.Control}, {"GET", sessionapi.State}, {"GET", sessionapi.Results},
				{"POST", sessionapi.Pair}, {"POST", sessionapi.Unpair}, {"GET", sessionapi.Events},
			} {
				var body any
				if req.endpoint == sessionapi.Control {
					body = sessionapi.ControlRequest{Action: sessionapi.ActionReveal}
				}
				status, data, _ := e.do(req.method, sessionapi.SessionPath(cr.Code, req.endpoint), key, body)
				var ae sessionapi.Error
				json.Unmarshal(data, &ae)
				if status != 403 || ae.Code != sessionapi.ErrNoMatch {
					t.Errorf("%s: an unpaired key's %s %s = %d %s, want the wrong key's 403", when, req.method, req.endpoint, status, data)
				}
			}
		}
		if status, _, ae := e.claim(cr.Code, late.Code); status != 403 || ae.Code != sessionapi.ErrPairWrong {
			t.Errorf("%s: the code on offer at the unpairing = %d %+v, want 403 pair_wrong", when, status, ae)
		}
		if v := e.control(cr.Code, cr.HostSecret, "reveal"); v.Phase != session.PhaseReveal {
			t.Errorf("%s: the creator's reveal: phase %s", when, v.Phase)
		}
	}
	refused("after unpairing")
	e.restart()
	refused("after a restart")
	// The creator may pair afresh.
	e.state(cr.Code, e.pairRemote(cr.Code, cr.HostSecret))
}

// TestUnpairAcrossNodes pairs a device through one node, unpairs it
// through another, and finds it refused on both at once, its stream on the
// first node ended.
func TestUnpairAcrossNodes(t *testing.T) {
	nodes, _ := newNodes(t, 2)
	a, b := nodes[0], nodes[1]
	var cr sessionapi.CreateResponse
	a.must(http.StatusCreated, "POST", "/api/sessions", "", map[string]any{"quiz": sessiontest.Quiz(3)}, &cr)
	phone := a.pairRemote(cr.Code, cr.HostSecret)
	ch, _ := a.stream(cr.Code, phone)
	next(t, ch)
	nextView(t, ch)
	b.must(200, "POST", sessionapi.SessionPath(cr.Code, sessionapi.Unpair), cr.HostSecret, nil, nil)
	for n, e := range nodes {
		if status, data, _ := e.do("POST", sessionapi.SessionPath(cr.Code, sessionapi.Control), phone, sessionapi.ControlRequest{Action: sessionapi.ActionEnd}); status != 403 {
			t.Errorf("node %d: the unpaired phone's end = %d %s, want 403", n, status, data)
		}
	}
	ev := next(t, ch)
	for ev.name == "" {
		ev = next(t, ch)
	}
	if ev.name != "gone" {
		t.Errorf("the phone's stream on the other node = %+v, want gone", ev)
	}
	a.state(cr.Code, cr.HostSecret)
}
