//go:build !wasm

package storetest

import (
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"storyquiz/app/hub"
	"storyquiz/quiz/session"
)

// testSeq checks that a loaded session says where its log ends.
func testSeq(t *testing.T, open func(*testing.T) hub.Store, _ func(*testing.T, hub.Store) func()) {
	st := open(t)
	ss := newSession(t, st, "ABCDEF", session.Settings{})
	tests := []struct {
		ev   session.Event
		want int64
	}{
		{session.Event{Type: session.EvJoin, At: at(1), PlayerID: "p1", Name: "Ana", SecretHash: "s1"}, 1},
		{session.Event{Type: session.EvStart, At: at(2)}, 2},
		{session.Event{Type: session.EvAnswer, At: at(3), PlayerID: "p1", QuestionID: "q1", Choice: 1}, 3},
	}
	if rec, err := st.LoadSession("ABCDEF"); err != nil || rec.Seq != 0 {
		t.Fatalf("new session: Seq = %d, %v; want 0", rec.Seq, err)
	}
	for _, tt := range tests {
		apply(t, st, "ABCDEF", ss, tt.ev)
		rec, err := st.LoadSession("ABCDEF")
		if err != nil {
			t.Fatal(err)
		}
		if rec.Seq != tt.want {
			t.Errorf("after %s: Seq = %d, want %d", tt.ev.Type, rec.Seq, tt.want)
		}
	}
}

// SharedHarness is what RunShared needs of a store that several nodes share.
type SharedHarness struct {
	// New makes empty storage for one test and returns how to open a node's
	// handle on it; each call is another node, open at the same time.
	New func(t *testing.T) (open func() hub.Shared)
}

// RunShared runs the contract of hub.Shared against h.
func RunShared(t *testing.T, h SharedHarness) {
	tests := []struct {
		name string
		run  func(t *testing.T, open func(*testing.T) hub.Shared)
	}{
		{"ChangeAndRead", testChangeAndRead},
		{"ChangesSerialise", testChangesSerialise},
		{"ChangeMany", testChangeMany},
		{"Watch", testWatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			open := h.New(t)
			tt.run(t, func(t *testing.T) hub.Shared {
				st := open()
				t.Cleanup(func() { st.Close() })
				return st
			})
		})
	}
}

func joinEv(i int) session.Event {
	id := fmt.Sprintf("p%d", i)
	return session.Event{Type: session.EvJoin, At: at(i), PlayerID: id, Name: id, SecretHash: "s" + id}
}

// testChangeAndRead: a change on one node is read back, at its seqs, by
// another, through every reading method.
func testChangeAndRead(t *testing.T, open func(*testing.T) hub.Shared) {
	a, b := open(t), open(t)
	newSession(t, a, "ABCDEF", session.Settings{})
	if e, err := b.Entry("ABCDEF"); err != nil || e.HostSecretHash != "hosthash-ABCDEF" {
		t.Errorf("Entry = %+v, %v; want the session", e, err)
	}
	if _, err := b.Entry("NOPE23"); !errors.Is(err, hub.ErrNotFound) {
		t.Errorf("Entry(unknown) = %v, want ErrNotFound", err)
	}
	if _, _, err := changeOne(b, "NOPE23", 0); !errors.Is(err, hub.ErrNotFound) {
		t.Errorf("Change(unknown) = %v, want ErrNotFound", err)
	}
	commit, got, err := changeOne(a, "ABCDEF", 0)
	if err != nil || len(got) != 0 {
		t.Fatalf("first Change = %v, %v; want no events", got, err)
	}
	if err := commit(joinEv(1), joinEv(2)); err != nil {
		t.Fatal(err)
	}
	commit, got, err = changeOne(b, "ABCDEF", 1) // b knows the first event only
	if err != nil {
		t.Fatal(err)
	}
	if want := []hub.Logged{{Seq: 2, Event: joinEv(2)}}; !sameLogged(got, want) {
		t.Errorf("Change after 1 returned %+v, want %+v", got, want)
	}
	if err := commit(joinEv(3)); err != nil {
		t.Fatal(err)
	}
	commit, _, err = changeOne(b, "ABCDEF", 3)
	if err != nil {
		t.Fatal(err)
	}
	if err := commit(); err != nil { // ends it, appends nothing
		t.Fatal(err)
	}
	all, err := a.EventsSince("ABCDEF", 0)
	if err != nil {
		t.Fatal(err)
	}
	want := []hub.Logged{{Seq: 1, Event: joinEv(1)}, {Seq: 2, Event: joinEv(2)}, {Seq: 3, Event: joinEv(3)}}
	if !sameLogged(all, want) {
		t.Errorf("EventsSince(0) = %+v, want %+v", all, want)
	}
	newSession(t, a, "GHJKMN", session.Settings{})
	commit, _, err = changeOne(a, "GHJKMN", 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := commit(joinEv(7)); err != nil {
		t.Fatal(err)
	}
	many, err := b.EventsSinceMany(map[string]int64{"ABCDEF": 2, "GHJKMN": 0, "NOPE23": 0})
	if err != nil {
		t.Fatal(err)
	}
	wantMany := map[string][]hub.Logged{"ABCDEF": want[2:], "GHJKMN": {{Seq: 1, Event: joinEv(7)}}}
	if len(many) != len(wantMany) || !sameLogged(many["ABCDEF"], wantMany["ABCDEF"]) || !sameLogged(many["GHJKMN"], wantMany["GHJKMN"]) {
		t.Errorf("EventsSinceMany = %+v, want %+v", many, wantMany)
	}
	seqs, err := a.Seqs([]string{"ABCDEF", "NOPE23"})
	if err != nil || !reflect.DeepEqual(seqs, map[string]int64{"ABCDEF": 3}) {
		t.Errorf("Seqs = %v, %v; want ABCDEF at 3 only", seqs, err)
	}
	rec, err := b.LoadSession("ABCDEF")
	if err != nil || rec.Seq != 3 || rec.Session.PlayerCount() != 3 {
		t.Errorf("LoadSession = seq %d, %v; want 3 players at seq 3", rec.Seq, err)
	}
}

// changeOne begins a Change of session code alone and returns the events
// after seq after and a commit of the session's events.
func changeOne(st hub.Shared, code string, after int64) (commit func(evs ...session.Event) error, got []hub.Logged, err error) {
	ch, c, err := st.Change(map[string]int64{code: after}, nil)
	if err != nil {
		return nil, nil, err
	}
	if c.Gone[code] {
		if err := ch.Commit(nil); err != nil {
			return nil, nil, err
		}
		return nil, nil, hub.ErrNotFound
	}
	return func(evs ...session.Event) error {
		if len(evs) == 0 {
			return ch.Commit(nil)
		}
		return ch.Commit(map[string][]session.Event{code: evs})
	}, c.Logged[code], nil
}

func sameLogged(got, want []hub.Logged) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if got[i].Seq != want[i].Seq || !got[i].Event.At.Equal(want[i].Event.At) {
			return false
		}
		g, w := got[i].Event, want[i].Event
		g.At, w.At = time.Time{}, time.Time{}
		if !reflect.DeepEqual(g, w) {
			return false
		}
	}
	return true
}

// testChangesSerialise: nodes changing one session at once take turns, and
// each sees every event before its own, so the log has no gap and no fork.
func testChangesSerialise(t *testing.T, open func(*testing.T) hub.Shared) {
	nodes := []hub.Shared{open(t), open(t), open(t)}
	newSession(t, nodes[0], "ABCDEF", session.Settings{})
	const each = 10
	var wg sync.WaitGroup
	errs := make(chan error, len(nodes)*each)
	for n, st := range nodes {
		wg.Go(func() {
			var known int64
			for i := range each {
				commit, got, err := changeOne(st, "ABCDEF", known)
				if err != nil {
					errs <- err
					return
				}
				for _, l := range got {
					if l.Seq != known+1 {
						errs <- fmt.Errorf("node %d got seq %d after %d", n, l.Seq, known)
					}
					known = l.Seq
				}
				if err := commit(joinEv(100*n + i + 1)); err != nil {
					errs <- err
					return
				}
				known++
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	all, err := nodes[1].EventsSince("ABCDEF", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(nodes)*each {
		t.Fatalf("the log has %d events, want %d", len(all), len(nodes)*each)
	}
	seen := map[string]bool{}
	for i, l := range all {
		if l.Seq != int64(i+1) || seen[l.Event.PlayerID] {
			t.Errorf("event %d: seq %d, player %s (twice: %v)", i, l.Seq, l.Event.PlayerID, seen[l.Event.PlayerID])
		}
		seen[l.Event.PlayerID] = true
	}
}

// testChangeMany: one Change of several sessions reads each one's new
// events, reads a session it does not change, names the sessions that do
// not exist, and appends to each changed session at its own seqs; two
// nodes changing overlapping sets of sessions at once both finish (the
// locks are taken in one order) with no gap and no fork.
func testChangeMany(t *testing.T, open func(*testing.T) hub.Shared) {
	a, b := open(t), open(t)
	codes := []string{"AAAAAA", "BBBBBB", "CCCCCC"}
	for _, c := range codes {
		newSession(t, a, c, session.Settings{})
	}
	commit, _, err := changeOne(a, "BBBBBB", 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := commit(joinEv(1)); err != nil {
		t.Fatal(err)
	}
	ch, got, err := b.Change(map[string]int64{"AAAAAA": 0, "BBBBBB": 0, "NOPE23": 0}, map[string]int64{"CCCCCC": 0})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Gone, map[string]bool{"NOPE23": true}) {
		t.Errorf("Gone = %v, want NOPE23 alone", got.Gone)
	}
	if len(got.Logged) != 1 || !sameLogged(got.Logged["BBBBBB"], []hub.Logged{{Seq: 1, Event: joinEv(1)}}) {
		t.Errorf("Logged = %+v, want BBBBBB's join alone", got.Logged)
	}
	if err := ch.Commit(map[string][]session.Event{"AAAAAA": {joinEv(2), joinEv(3)}, "BBBBBB": {joinEv(4)}}); err != nil {
		t.Fatal(err)
	}
	for code, want := range map[string][]hub.Logged{
		"AAAAAA": {{Seq: 1, Event: joinEv(2)}, {Seq: 2, Event: joinEv(3)}},
		"BBBBBB": {{Seq: 1, Event: joinEv(1)}, {Seq: 2, Event: joinEv(4)}},
		"CCCCCC": nil,
	} {
		if all, err := a.EventsSince(code, 0); err != nil || !sameLogged(all, want) {
			t.Errorf("%s's log = %+v, %v; want %+v", code, all, err, want)
		}
	}

	// Overlapping sets of sessions at once.
	const rounds = 10
	var wg sync.WaitGroup
	errs := make(chan error, 2*rounds)
	for n, st := range []hub.Shared{a, b} {
		wg.Go(func() {
			for i := range rounds {
				after := map[string]int64{}
				for _, c := range codes[n : n+2] {
					all, err := st.EventsSince(c, 0)
					if err != nil {
						errs <- err
						return
					}
					after[c] = int64(len(all))
				}
				ch, got, err := st.Change(after, nil)
				if err != nil {
					errs <- err
					return
				}
				evs := map[string][]session.Event{}
				for c, seq := range after {
					if l := got.Logged[c]; len(l) > 0 && l[0].Seq != seq+1 {
						errs <- fmt.Errorf("node %d: %s's events start at %d after %d", n, c, l[0].Seq, seq)
					}
					evs[c] = []session.Event{joinEv(1000*(n+1) + i)}
				}
				if err := ch.Commit(evs); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for i, want := range []int{2 + rounds, 2 + 2*rounds, rounds} {
		all, err := a.EventsSince(codes[i], 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != want {
			t.Errorf("%s's log has %d events, want %d", codes[i], len(all), want)
		}
		for k, l := range all {
			if l.Seq != int64(k+1) {
				t.Errorf("%s: event %d has seq %d", codes[i], k, l.Seq)
			}
		}
	}
}

// testWatch: a change on one node wakes another node's Watch with the
// session and its new seq.
func testWatch(t *testing.T, open func(*testing.T) hub.Shared) {
	a, b := open(t), open(t)
	wakes := b.Watch()
	newSession(t, a, "ABCDEF", session.Settings{})
	deadline := time.After(20 * time.Second)
	for i := 1; ; i++ {
		// The listener may still be connecting: change again until a wake-up comes.
		commit, _, err := changeOne(a, "ABCDEF", int64(i-1))
		if err != nil {
			t.Fatal(err)
		}
		if err := commit(joinEv(i)); err != nil {
			t.Fatal(err)
		}
		select {
		case w := <-wakes:
			if w.Code == "ABCDEF" && w.Seq >= 1 && w.Seq <= int64(i) {
				return
			}
			t.Errorf("wake-up %+v, want ABCDEF at a seq of 1…%d", w, i)
			return
		case <-time.After(500 * time.Millisecond):
		case <-deadline:
			t.Fatal("no wake-up on the other node")
		}
	}
}
