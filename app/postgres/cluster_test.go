//go:build !wasm

package postgres

import (
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"storyquiz/app/hub"
	"storyquiz/app/hub/storetest"
	"storyquiz/quiz/session"
)

// TestHubCluster runs three hubs (nodes) over one database: students join
// and answer through all three at once, the host acts on another, and
// every node, and the log, ends with every acknowledged change.
func TestHubCluster(t *testing.T) {
	u := server(t).NewDB(t)
	var hubs []*hub.Hub
	for range 3 {
		st := open(t, u)
		h, err := hub.New(st, hub.Config{Logger: quiet})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(h.Close)
		hubs = append(hubs, h)
	}
	rooms := storetest.Rooms(t, hubs, session.Settings{}, now())
	const students = 60
	each := func(ev func(i int) session.Event) {
		t.Helper()
		var wg sync.WaitGroup
		errs := make([]error, students)
		for i := range students {
			wg.Go(func() { errs[i] = rooms[i%3].Apply(ev(i)) })
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("student %d on node %d: %v", i, i%3, err)
			}
		}
	}
	each(func(i int) session.Event {
		id := fmt.Sprintf("p%02d", i)
		return session.Event{Type: session.EvJoin, At: now(), PlayerID: id, Name: id, SecretHash: "h" + id}
	})
	if err := rooms[2].Apply(session.Event{Type: session.EvStart, At: now()}); err != nil {
		t.Fatal(err)
	}
	each(func(i int) session.Event {
		return session.Event{Type: session.EvAnswer, At: now(), PlayerID: fmt.Sprintf("p%02d", i), QuestionID: "q1", Choice: i % 4}
	})
	fresh := open(t, u)
	rec, err := fresh.LoadSession(rooms[0].Code())
	if err != nil {
		t.Fatal(err)
	}
	want := rec.Session.Rows()
	answered := 0
	for _, row := range want {
		if row.Answers[0] >= 0 {
			answered++
		}
	}
	if answered != students || rec.Seq != 2*students+1 {
		t.Errorf("the log has %d answers at seq %d, want %d at %d", answered, rec.Seq, students, 2*students+1)
	}
	for i, r := range rooms {
		var got []session.Row
		if err := r.Read(func(s *session.Session) { got = s.Rows() }); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("node %d's results differ from the log's:\ngot  %+v\nwant %+v", i, got[:2], want[:2])
		}
	}
}

// TestChangeAllOrNothing: a Change of several sessions whose insert fails
// for one of them (a NUL byte, which PostgreSQL's text refuses) commits
// nothing for any of them, and leaves their logs' ends where they were; the
// next Change of the same sessions works.
func TestChangeAllOrNothing(t *testing.T) {
	st := open(t, server(t).NewDB(t))
	codes := []string{"AAAAAA", "BBBBBB"}
	for _, c := range codes {
		newSession(t, st, c)
	}
	begin := func() hub.Change {
		t.Helper()
		ch, got, err := st.Change(map[string]int64{"AAAAAA": 0, "BBBBBB": 0}, nil)
		if err != nil || len(got.Gone) > 0 || len(got.Logged) > 0 {
			t.Fatalf("Change = %+v, %v; want both sessions, no events", got, err)
		}
		return ch
	}
	bad := join(2)
	bad.Type = "join\x00"
	err := begin().Commit(map[string][]session.Event{"AAAAAA": {join(1)}, "BBBBBB": {bad}})
	if err == nil {
		t.Fatal("a commit with an event PostgreSQL refuses succeeded")
	}
	seqs, err := st.Seqs(codes)
	if err != nil || seqs["AAAAAA"] != 0 || seqs["BBBBBB"] != 0 {
		t.Fatalf("after the failed commit the logs end at %v, %v; want 0 and 0", seqs, err)
	}
	for _, c := range codes {
		if evs, err := st.EventsSince(c, 0); err != nil || len(evs) != 0 {
			t.Errorf("%s's log after the failed commit: %+v, %v; want nothing", c, evs, err)
		}
	}
	if err := begin().Commit(map[string][]session.Event{"AAAAAA": {join(1)}, "BBBBBB": {join(2), join(3)}}); err != nil {
		t.Fatal(err)
	}
	if seqs, err := st.Seqs(codes); err != nil || seqs["AAAAAA"] != 1 || seqs["BBBBBB"] != 2 {
		t.Errorf("the logs end at %v, %v; want 1 and 2", seqs, err)
	}
}

// now is the time as the hub stamps events: without a monotonic reading,
// which the log does not keep.
func now() time.Time { return time.Now().UTC().Round(0) }
