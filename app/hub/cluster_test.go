//go:build !wasm

package hub_test

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"reflect"
	"sync"
	"testing"
	"time"

	"storyquiz/app/hub"
	"storyquiz/app/hub/storetest"
	"storyquiz/quiz/session"
)

// newCluster starts n hubs (nodes) over one shared in-memory store, on one clock.
func newCluster(t *testing.T, n int) ([]*hub.Hub, *storetest.Mem, *clock) {
	t.Helper()
	mem := storetest.NewMem()
	c := &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	var hubs []*hub.Hub
	for range n {
		st := mem.Node()
		h, err := hub.New(st, hub.Config{Now: c.Now, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { h.Close(); st.Close() })
		hubs = append(hubs, h)
	}
	return hubs, mem, c
}

// clusterRooms creates a session on the first hub and finds it on every hub.
func clusterRooms(t *testing.T, hubs []*hub.Hub, c *clock, set session.Settings) []*hub.Room {
	t.Helper()
	return storetest.Rooms(t, hubs, set, c.Now())
}

func idx(i int) *int { return &i }

// TestClusterAnswersUnderContention has thirty students join and answer at
// once through three nodes: every change is acknowledged, and every node
// (and the log) ends with every answer.
func TestClusterAnswersUnderContention(t *testing.T) {
	hubs, mem, c := newCluster(t, 3)
	rooms := clusterRooms(t, hubs, c, session.Settings{})
	const students = 30
	run := func(name string, ev func(i int) session.Event) {
		var wg sync.WaitGroup
		errs := make([]error, students)
		for i := range students {
			wg.Go(func() { errs[i] = rooms[i%3].Apply(ev(i)) })
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("%s of student %d through node %d: %v", name, i, i%3, err)
			}
		}
	}
	run("join", func(i int) session.Event {
		id := fmt.Sprintf("p%02d", i)
		return session.Event{Type: session.EvJoin, At: c.Now(), PlayerID: id, Name: id, SecretHash: "h" + id}
	})
	if err := rooms[1].Apply(session.Event{Type: session.EvStart, At: c.Now()}); err != nil {
		t.Fatal(err)
	}
	run("answer", func(i int) session.Event {
		return session.Event{Type: session.EvAnswer, At: c.Now(), PlayerID: fmt.Sprintf("p%02d", i), QuestionID: "q1", Choice: i % 4}
	})
	rec, err := mem.LoadSession(rooms[0].Code())
	if err != nil {
		t.Fatal(err)
	}
	want := rec.Session.Rows()
	if len(want) != students {
		t.Fatalf("the log has %d students, want %d", len(want), students)
	}
	for _, row := range want {
		if row.Answers[0] < 0 {
			t.Errorf("the log lacks the answer of %s", row.ID)
		}
	}
	for i, r := range rooms {
		var got []session.Row
		if err := r.Read(func(s *session.Session) { got = s.Rows() }); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("node %d's results differ from the log's:\ngot  %+v\nwant %+v", i, got, want)
		}
	}
}

// TestClusterRaces sends the same contested change through two nodes at
// once: exactly one wins, the other gets the session's refusal, and both
// nodes then show the same state.
func TestClusterRaces(t *testing.T) {
	tests := []struct {
		name    string
		setup   []session.Event
		ev      func(node int, at time.Time) session.Event
		wantErr error
	}{
		{"host next on question 1", []session.Event{{Type: session.EvStart}},
			func(int, time.Time) session.Event { return session.Event{Type: session.EvNext, Index: idx(0)} }, session.ErrStale},
		{"two students take one name", nil,
			func(n int, _ time.Time) session.Event {
				id := fmt.Sprintf("x%d", n)
				return session.Event{Type: session.EvJoin, PlayerID: id, Name: "Ana", SecretHash: "h" + id}
			}, session.ErrNameTaken},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hubs, _, c := newCluster(t, 2)
			rooms := clusterRooms(t, hubs, c, session.Settings{})
			for _, ev := range tt.setup {
				ev.At = c.Now()
				if err := rooms[0].Apply(ev); err != nil {
					t.Fatal(err)
				}
			}
			var wg sync.WaitGroup
			errs := make([]error, 2)
			for n := range 2 {
				wg.Go(func() {
					ev := tt.ev(n, c.Now())
					ev.At = c.Now()
					errs[n] = rooms[n].Apply(ev)
				})
			}
			wg.Wait()
			won, lost := 0, 0
			for _, err := range errs {
				switch {
				case err == nil:
					won++
				case errors.Is(err, tt.wantErr):
					lost++
				default:
					t.Errorf("unexpected error %v", err)
				}
			}
			if won != 1 || lost != 1 {
				t.Errorf("got %d accepted and %d refused (%v), want one of each", won, lost, errs)
			}
			v0, err0 := rooms[0].View(hub.Viewer{Host: true})
			v1, err1 := rooms[1].View(hub.Viewer{Host: true})
			if err0 != nil || err1 != nil {
				t.Fatal(err0, err1)
			}
			if !reflect.DeepEqual(v0, v1) {
				t.Errorf("the nodes disagree:\n%+v\n%+v", v0, v1)
			}
		})
	}
}

// TestClusterTickOnce lets a question's time run out with three nodes
// ticking at once: the log holds one tick, and every node shows the
// question closed.
func TestClusterTickOnce(t *testing.T) {
	hubs, mem, c := newCluster(t, 3)
	rooms := clusterRooms(t, hubs, c, session.Settings{TimeLimitSeconds: 10})
	if err := rooms[0].Apply(session.Event{Type: session.EvStart, At: c.Now()}); err != nil {
		t.Fatal(err)
	}
	for _, r := range rooms {
		if _, err := r.View(hub.Viewer{Host: true}); err != nil { // every node catches up and knows the deadline
			t.Fatal(err)
		}
	}
	c.Add(11 * time.Second)
	var wg sync.WaitGroup
	for _, h := range hubs {
		wg.Go(h.TickAll)
	}
	wg.Wait()
	logged, err := mem.Node().EventsSince(rooms[0].Code(), 0)
	if err != nil {
		t.Fatal(err)
	}
	ticks := 0
	for _, l := range logged {
		if l.Event.Type == session.EvTick {
			ticks++
		}
	}
	if ticks != 1 {
		t.Errorf("the log has %d ticks, want 1", ticks)
	}
	for i, r := range rooms {
		v, err := r.View(hub.Viewer{Host: true})
		if err != nil {
			t.Fatal(err)
		}
		if v.Phase != session.PhaseReveal {
			t.Errorf("node %d: question not closed after its time ran out: phase %v", i, v.Phase)
		}
	}
}

// hostSub subscribes the host to room and takes the first view, so that
// the next wake-up is a change's; it is closed when the test ends.
func hostSub(t *testing.T, room *hub.Room) *hub.Sub {
	t.Helper()
	sub, err := room.Subscribe(hub.Viewer{Host: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(sub.Close)
	<-sub.Wake()
	if _, _, err := sub.Next(); err != nil {
		t.Fatal(err)
	}
	return sub
}

// TestClusterFanOut has a subscriber on one node learn of a change made on
// another, with the change's log position.
func TestClusterFanOut(t *testing.T) {
	hubs, _, c := newCluster(t, 2)
	rooms := clusterRooms(t, hubs, c, session.Settings{})
	sub := hostSub(t, rooms[1])
	join(t, rooms[0], c, "p1")
	select {
	case <-sub.Wake():
	case <-time.After(10 * time.Second):
		t.Fatal("the subscriber on the other node was not woken")
	}
	_, changed, err := sub.Next()
	if err != nil || !changed {
		t.Fatalf("Next = changed %v, %v; want the new view", changed, err)
	}
	if got, want := sub.Seq(), int64(1); got != want {
		t.Errorf("Seq = %d, want %d", got, want)
	}
}

// TestClusterLostWakeUp: a change whose wake-up never comes still reaches
// a subscriber on another node, through the poll.
func TestClusterLostWakeUp(t *testing.T) {
	hubs, mem, c := newCluster(t, 2)
	rooms := clusterRooms(t, hubs, c, session.Settings{})
	sub := hostSub(t, rooms[1])
	mem.MuteWakes(true)
	join(t, rooms[0], c, "p1")
	select {
	case <-sub.Wake():
	case <-time.After(20 * time.Second):
		t.Fatal("the subscriber on the other node never learnt of the change")
	}
	data, changed, err := sub.Next()
	if err != nil || !changed || sub.Seq() != 1 {
		t.Fatalf("Next = %s, changed %v, seq %d, %v; want the view with the player at seq 1", data, changed, sub.Seq(), err)
	}
}

// TestClusterUnavailable: while the database cannot be reached, changes
// fail with ErrUnavailable and change nothing; afterwards they work.
func TestClusterUnavailable(t *testing.T) {
	hubs, mem, c := newCluster(t, 2)
	rooms := clusterRooms(t, hubs, c, session.Settings{})
	join(t, rooms[0], c, "p1")
	mem.Break(fmt.Errorf("connection refused: %w", hub.ErrUnreachable))
	ev := session.Event{Type: session.EvJoin, At: c.Now(), PlayerID: "p2", Name: "p2", SecretHash: "hp2"}
	if err := rooms[1].Apply(ev); !errors.Is(err, hub.ErrUnavailable) {
		t.Fatalf("join while down: %v, want ErrUnavailable", err)
	}
	mem.Break(nil)
	if err := rooms[1].Apply(ev); err != nil {
		t.Fatalf("join after: %v", err)
	}
	for i, r := range rooms {
		v, err := r.View(hub.Viewer{Host: true})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(v.Players); got != 2 {
			t.Errorf("node %d shows %d players, want 2", i, got)
		}
	}
}

// TestClusterBatchAllOrNothing has the answers of several sessions queue up
// on one node while its batch is in the database: they then share one
// commit, no answer is acknowledged before its commit, and a commit that
// fails fails every answer in it, leaving none of them in the log or in any
// node's memory.
func TestClusterBatchAllOrNothing(t *testing.T) {
	hubs, mem, c := newCluster(t, 2)
	const sessions = 5
	var rooms [][]*hub.Room // each session on both nodes
	for range sessions {
		rs := clusterRooms(t, hubs, c, session.Settings{})
		for _, id := range []string{"p1", "p2"} {
			join(t, rs[0], c, id)
		}
		if err := rs[0].Apply(session.Event{Type: session.EvStart, At: c.Now()}); err != nil {
			t.Fatal(err)
		}
		rooms = append(rooms, rs)
	}
	answer := func(i int, player string) <-chan error {
		done := make(chan error, 1)
		go func() {
			done <- rooms[i][0].Apply(session.Event{Type: session.EvAnswer, At: c.Now(), PlayerID: player, QuestionID: "q1", Choice: 1})
		}()
		return done
	}
	// waitHeld waits until held commits append n events.
	waitHeld := func(n int) (commits int) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for {
			commits, events := mem.ChangesHeld()
			if events == n {
				return commits
			}
			if time.Now().After(deadline) {
				t.Fatalf("%d commits of %d events held, want %d events", commits, events, n)
			}
			time.Sleep(time.Millisecond)
		}
	}
	notYet := func(what string, chans ...<-chan error) {
		t.Helper()
		time.Sleep(50 * time.Millisecond)
		for i, ch := range chans {
			select {
			case err := <-ch:
				t.Fatalf("%s %d was answered (%v) before its commit", what, i, err)
			default:
			}
		}
	}
	answered := func(i int) int {
		t.Helper()
		v, err := rooms[i][1].View(hub.Viewer{Host: true})
		if err != nil {
			t.Fatal(err)
		}
		return v.Answers.Answered
	}

	// The node's batch waits in the database; the answers of the other
	// sessions, and a second one of the first, queue up meanwhile.
	mem.HoldChanges()
	first := answer(0, "p1")
	waitHeld(1)
	var queued []<-chan error
	for i := 1; i < sessions; i++ {
		queued = append(queued, answer(i, "p1"))
	}
	queued = append(queued, answer(0, "p2"))
	notYet("the held answer", first)
	notYet("a queued answer", queued...)

	// The held commit succeeds; the queued answers go into one commit,
	// which fails.
	mem.ReleaseChanges(nil, true)
	if err := <-first; err != nil {
		t.Fatalf("held answer: %v", err)
	}
	if commits := waitHeld(len(queued)); commits != 1 {
		t.Errorf("%d commits for the answers of %d sessions, want 1", commits, sessions)
	}
	notYet("a queued answer", queued...)
	mem.ReleaseChanges(fmt.Errorf("disk gone: %w", hub.ErrUnreachable), false)
	for i, ch := range queued {
		if err := <-ch; !errors.Is(err, hub.ErrUnavailable) {
			t.Errorf("queued answer %d: %v, want ErrUnavailable", i, err)
		}
	}
	for i := range sessions {
		want := 0
		if i == 0 {
			want = 1
		}
		if got := answered(i); got != want {
			t.Errorf("session %d: node 2 shows %d answers, want %d", i, got, want)
		}
		rec, err := mem.LoadSession(rooms[i][0].Code())
		if err != nil {
			t.Fatal(err)
		}
		if rows := rec.Session.Rows(); (rows[0].Answers[0] >= 0) != (i == 0) || rows[1].Answers[0] >= 0 {
			t.Errorf("session %d: the log has answers %v and %v", i, rows[0].Answers, rows[1].Answers)
		}
		var got []session.Row
		if err := rooms[i][0].Read(func(s *session.Session) { got = s.Rows() }); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, rec.Session.Rows()) {
			t.Errorf("session %d: node 1's memory differs from the log", i)
		}
	}

	// Sent again, they are all saved.
	var again []<-chan error
	for i := 1; i < sessions; i++ {
		again = append(again, answer(i, "p1"))
	}
	again = append(again, answer(0, "p2"))
	for i, ch := range again {
		if err := <-ch; err != nil {
			t.Errorf("answer %d sent again: %v", i, err)
		}
	}
}
