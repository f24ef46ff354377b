//go:build !wasm

package main

import (
	"net/url"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz/session"
)

// TestHostPairsADevice asks for a pairing code on the dashboard: the
// request carries the host key in its header only, the code shows with how
// to use it, and it gives way to "Paired" once the view counts one more
// paired device.
func TestHostPairsADevice(t *testing.T) {
	h, f, d := newTestHost(t, true)
	pairPath := sessionapi.SessionPath(testCode, sessionapi.Pair)
	f.reply("POST", pairPath, 201, sessionapi.PairOffer{Code: "1234 5678", ExpiresInSeconds: 120})
	f.push(d, session.View{Phase: session.PhaseLobby, Count: 2, Mode: session.ModeTeacher, Version: 1})
	act(d, h, func(ctx app.Context) { h.pair(ctx, app.Event{Value: app.Undefined()}) })
	calls := f.callsTo("POST", pairPath)
	if len(calls) != 1 || calls[0].Secret != "host-secret" || strings.Contains(calls[0].Path, "secret") {
		t.Fatalf("pair requests %+v, want one with the host key as its secret", calls)
	}
	if got, _ := textByID(h, "pair-msg"); !strings.Contains(got, "/host/"+testCode+" and type 1234 5678") || !strings.Contains(got, "2 minutes") {
		t.Errorf("pairing message %q", got)
	}
	// The same code as a QR code: this session's page with the code in
	// its fragment, drawn by this server.
	src, _ := attrByID(h, "pair-qr", "src")
	alt, _ := attrByID(h, "pair-qr", "alt")
	// (The tester's page address has no host; a browser's has.)
	if want := url.QueryEscape("/host/" + testCode + "#pair=12345678"); !strings.HasPrefix(src, "/qr?text=") || !strings.HasSuffix(src, want) || !strings.Contains(alt, "QR code") {
		t.Errorf("pairing QR code src %q alt %q, want a /qr link to …%s", src, alt, want)
	}
	// Another student joining changes nothing; a paired device does.
	f.push(d, session.View{Phase: session.PhaseLobby, Count: 2, Mode: session.ModeTeacher, Version: 2, Players: []session.PlayerStatus{{ID: "p1", Name: "Ada"}}})
	if got, _ := textByID(h, "pair-msg"); !strings.Contains(got, "1234 5678") {
		t.Errorf("after a join the pairing message is %q", got)
	}
	f.push(d, session.View{Phase: session.PhaseLobby, Count: 2, Mode: session.ModeTeacher, Version: 3, Paired: 1})
	if got, _ := textByID(h, "pair-msg"); strings.Contains(got, "1234") || !strings.Contains(got, "Paired") {
		t.Errorf("after the claim the pairing message is %q", got)
	}
	if _, ok := attrByID(h, "pair-qr", "src"); ok {
		t.Errorf("the used code's QR code is still shown")
	}
}

// TestDevicePairsFromQR opens the dashboard as the host screen's QR code
// does, with the pairing code in the fragment: the device claims it at once,
// without a key, and follows the session with the key it gets.
func TestDevicePairsFromQR(t *testing.T) {
	f := newFakeAPI()
	claimPath := sessionapi.SessionPath(testCode, sessionapi.PairClaim)
	f.reply("POST", claimPath, 201, sessionapi.CreateResponse{Code: testCode, HostSecret: "device-key"})
	h := &hostPage{api: f}
	d := mount(t, h, "/host/"+testCode+"#pair=12345678", nil)
	calls := f.callsTo("POST", claimPath)
	if len(calls) != 1 || calls[0].Secret != "" || calls[0].Body != `{"code":"12345678"}` {
		t.Fatalf("claims %+v, want the code from the QR code without a key", calls)
	}
	var k hostKey
	act(d, h, func(ctx app.Context) { k = load[hostKey](ctx, hostStateKey(testCode)) })
	if k.Secret != "device-key" || !k.Remote {
		t.Errorf("kept host key = %+v, want device-key, marked as a remote's", k)
	}
}

func TestPairCodeIn(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"http://192.168.1.20:8000/host/K7M4QX#pair=12345678", "12345678"},
		{"http://192.168.1.20:8000/host/K7M4QX", ""},
		{"http://192.168.1.20:8000/host/K7M4QX#pair=", ""},
		{"http://192.168.1.20:8000/host/K7M4QX#pair=1234abcd", ""},
		{"http://192.168.1.20:8000/host/K7M4QX#other=12345678", ""},
	} {
		u, _ := url.Parse(tc.in)
		if got := pairCodeIn(u); got != tc.want {
			t.Errorf("pairCodeIn(%s) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got, want := pairLink("http://192.168.1.20:8000/join?code=K7M4QX", "K7M4QX", "1234 5678"), "http://192.168.1.20:8000/host/K7M4QX#pair=12345678"; got != want {
		t.Errorf("pairLink = %q, want %q", got, want)
	}
}

// TestHostPairingRefused shows why no code came.
func TestHostPairingRefused(t *testing.T) {
	h, f, d := newTestHost(t, true)
	f.reply("POST", sessionapi.SessionPath(testCode, sessionapi.Pair), 409, sessionapi.Error{Message: "this session already has 8 paired devices", Code: sessionapi.ErrConflict})
	f.push(d, session.View{Phase: session.PhaseLobby, Count: 2, Mode: session.ModeTeacher, Version: 1})
	act(d, h, func(ctx app.Context) { h.pair(ctx, app.Event{Value: app.Undefined()}) })
	if got, _ := textByID(h, "pair-msg"); got != "No pairing code: this session already has 8 paired devices" {
		t.Errorf("pairing message %q", got)
	}
}

// TestDevicePairs opens the dashboard on a device without the host key: it
// offers the pairing form, sends the typed code without any key, keeps the
// key it gets and follows the session with it; a refused code says why.
func TestDevicePairs(t *testing.T) {
	h, f, d := newTestHost(t, false)
	claimPath := sessionapi.SessionPath(testCode, sessionapi.PairClaim)
	checkShown(t, h, map[string]string{
		"problem":   "To run it from here, press Use another device as the remote on the host's screen",
		"pair-form": "Pairing code from the host screen",
	}, nil)

	f.reply("POST", claimPath, 403, sessionapi.Error{Message: session.ErrPairWrong.Error(), Code: sessionapi.ErrPairWrong})
	act(d, h, func(ctx app.Context) {
		h.pairCode = "1234 5679"
		h.claim(ctx, app.Event{Value: app.Undefined()})
	})
	if got, _ := textByID(h, "pair-msg"); got != session.ErrPairWrong.Error() {
		t.Errorf("after a wrong code the message is %q", got)
	}

	f.reply("POST", claimPath, 201, sessionapi.CreateResponse{Code: testCode, HostSecret: "device-key"})
	act(d, h, func(ctx app.Context) {
		h.pairCode = "1234 5678"
		h.claim(ctx, app.Event{Value: app.Undefined()})
	})
	calls := f.callsTo("POST", claimPath)
	if len(calls) != 2 || calls[1].Secret != "" || calls[1].Body != `{"code":"1234 5678"}` {
		t.Fatalf("claims %+v, want the typed code without a key", calls)
	}
	var k hostKey
	act(d, h, func(ctx app.Context) { k = load[hostKey](ctx, hostStateKey(testCode)) })
	if k.Secret != "device-key" || !k.Remote {
		t.Errorf("kept host key = %+v, want device-key, marked as a remote's", k)
	}
	if st := f.callsTo("GET", sessionapi.SessionPath(testCode, sessionapi.State)); len(st) != 1 || st[0].Secret != "device-key" {
		t.Errorf("state requests after pairing %+v, want one with the new key", st)
	}
	f.push(d, session.View{Phase: session.PhaseLobby, Count: 2, Mode: session.ModeTeacher, Version: 1})
	checkShown(t, h, map[string]string{"start": "Start the quiz"}, []string{"problem", "pair-form"})
}

// TestHostUnpairsRemotes shows the creator's dashboard how many devices are
// paired, in the lobby and in the teacher controls, with a button that
// unpairs them all with the host key; once none is, both go.
func TestHostUnpairsRemotes(t *testing.T) {
	h, f, d := newTestHost(t, true)
	unpairPath := sessionapi.SessionPath(testCode, sessionapi.Unpair)
	f.push(d, session.View{Phase: session.PhaseLobby, Count: 2, Mode: session.ModeTeacher, Version: 1, Paired: 1})
	checkShown(t, h, map[string]string{"paired": "1 device paired as a remote", "unpair": "Unpair all remotes"}, nil)
	qs, _ := liveQuestions()
	f.push(d, session.View{Phase: session.PhaseQuestion, Count: 2, Mode: session.ModeTeacher, Version: 2, Paired: 2, Question: &qs[0]})
	checkShown(t, h, map[string]string{"paired": "2 devices paired as remotes", "unpair": "Unpair all remotes"}, nil)

	f.reply("POST", unpairPath, 200, session.View{Phase: session.PhaseQuestion, Count: 2, Mode: session.ModeTeacher, Version: 3, Question: &qs[0]})
	act(d, h, func(ctx app.Context) { h.unpair(ctx, app.Event{Value: app.Undefined()}) })
	if calls := f.callsTo("POST", unpairPath); len(calls) != 1 || calls[0].Secret != "host-secret" {
		t.Fatalf("unpair requests %+v, want one with the host key", calls)
	}
	checkShown(t, h, map[string]string{"pair-msg": "Unpaired", "pair": "Use another device as the remote"}, []string{"paired", "unpair"})
}

// TestRemoteUnpaired runs the dashboard on a paired device: it shows the
// count but cannot unpair, and once its key is refused (its stream ended,
// or an action refused before the stream said so) it says it is no longer
// the remote and offers to pair again.
func TestRemoteUnpaired(t *testing.T) {
	remote := map[string]any{hostStateKey(testCode): hostKey{Secret: "device-key", Remote: true}}
	lobby := session.View{Phase: session.PhaseLobby, Count: 2, Mode: session.ModeTeacher, Version: 1, Paired: 1,
		Players: []session.PlayerStatus{{ID: "p1", Name: "Ada"}}}
	want := map[string]string{"problem": "This device is no longer the remote for session " + testCode, "pair-form": "Pairing code from the host screen"}

	f := newFakeAPI()
	h := &hostPage{api: f}
	d := mount(t, h, "/host/"+testCode, remote)
	f.push(d, lobby)
	checkShown(t, h, map[string]string{"paired": "1 device paired as a remote"}, []string{"unpair"})
	f.onState(streamGone, "this device is no longer the session's remote: the host unpaired it")
	d.Consume()
	checkShown(t, h, want, []string{"start"})

	f = newFakeAPI()
	h = &hostPage{api: f}
	d = mount(t, h, "/host/"+testCode, remote)
	f.push(d, lobby)
	f.reply("POST", sessionapi.SessionPath(testCode, sessionapi.Control), 403, sessionapi.Error{Message: "no match", Code: sessionapi.ErrNoMatch})
	act(d, h, func(ctx app.Context) { h.control(ctx, sessionapi.ActionStart, "", "host-h") })
	checkShown(t, h, want, []string{"start", "host-notice"})
}
