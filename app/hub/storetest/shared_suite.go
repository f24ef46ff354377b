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
	if _, _, err := b.Change("NOPE23", 0); !errors.Is(err, hub.ErrNotFound) {
		t.Errorf("Change(unknown) = %v, want ErrNotFound", err)
	}
	ch, got, err := a.Change("ABCDEF", 0)
	if err != nil || len(got) != 0 {
		t.Fatalf("first Change = %v, %v; want no events", got, err)
	}
	if err := ch.Commit([]session.Event{joinEv(1), joinEv(2)}); err != nil {
		t.Fatal(err)
	}
	ch, got, err = b.Change("ABCDEF", 1) // b knows the first event only
	if err != nil {
		t.Fatal(err)
	}
	if want := []hub.Logged{{Seq: 2, Event: joinEv(2)}}; !sameLogged(got, want) {
		t.Errorf("Change after 1 returned %+v, want %+v", got, want)
	}
	if err := ch.Commit([]session.Event{joinEv(3)}); err != nil {
		t.Fatal(err)
	}
	ch, _, err = b.Change("ABCDEF", 3)
	if err != nil {
		t.Fatal(err)
	}
	if err := ch.Commit(nil); err != nil { // ends it, appends nothing
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
	ch, _, err = a.Change("GHJKMN", 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := ch.Commit([]session.Event{joinEv(7)}); err != nil {
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
				ch, got, err := st.Change("ABCDEF", known)
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
				if err := ch.Commit([]session.Event{joinEv(100*n + i + 1)}); err != nil {
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

// testWatch: a change on one node wakes another node's Watch with the
// session and its new seq.
func testWatch(t *testing.T, open func(*testing.T) hub.Shared) {
	a, b := open(t), open(t)
	wakes := b.Watch()
	newSession(t, a, "ABCDEF", session.Settings{})
	deadline := time.After(20 * time.Second)
	for i := 1; ; i++ {
		// The listener may still be connecting: change again until a wake-up comes.
		ch, _, err := a.Change("ABCDEF", int64(i-1))
		if err != nil {
			t.Fatal(err)
		}
		if err := ch.Commit([]session.Event{joinEv(i)}); err != nil {
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
