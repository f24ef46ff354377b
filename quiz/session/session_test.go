package session

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"storyquiz/quiz/session/sessiontest"
)

var t0 = time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC)

// at returns t0 plus sec seconds.
func at(sec float64) time.Time { return t0.Add(time.Duration(sec * float64(time.Second))) }

func join(id, name string) Event {
	return Event{Type: EvJoin, At: t0, PlayerID: id, Name: name, SecretHash: "h-" + id}
}

func answer(id, qid string, choice int, sec float64) Event {
	return Event{Type: EvAnswer, At: at(sec), PlayerID: id, QuestionID: qid, Choice: choice}
}

func ctl(t EventType, sec float64) Event { return Event{Type: t, At: at(sec)} }

// newSession makes a session over a 3-question quiz (answers 0, 1, 2) and
// applies evs, failing the test on any error.
func newSession(t *testing.T, st Settings, evs ...Event) *Session {
	t.Helper()
	s, err := New(sessiontest.Quiz(3), st, t0)
	if err != nil {
		t.Fatal(err)
	}
	for i, ev := range evs {
		if err := s.Apply(ev); err != nil {
			t.Fatalf("event %d (%s): %v", i, ev.Type, err)
		}
	}
	return s
}

func TestCleanName(t *testing.T) {
	tests := []struct {
		in, want string
		err      error
	}{
		{"  Ana ", "Ana", nil},
		{"Zoë", "Zoë", nil},
		{strings.Repeat("é", 24), strings.Repeat("é", 24), nil},
		{strings.Repeat("é", 25), "", ErrBadName},
		{"   ", "", ErrBadName},
		{"", "", ErrBadName},
		{"a\x00b", "", ErrBadName},
		{"a\nb", "", ErrBadName},
		{"evil\u202etxt", "", ErrBadName},
		{"\xff", "", ErrBadName},
		{"👩\u200d🔬 Sam", "👩\u200d🔬 Sam", nil},
	}
	for _, tt := range tests {
		got, err := CleanName(tt.in)
		if got != tt.want || !errors.Is(err, tt.err) {
			t.Errorf("CleanName(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestNewSettings(t *testing.T) {
	tests := []struct {
		in   Settings
		want Settings
		err  error
	}{
		{Settings{}, Settings{Mode: ModeTeacher, MaxPlayers: DefaultMaxPlayers}, nil},
		{Settings{Mode: ModeSelf, TimeLimitSeconds: 30, Leaderboard: true, MaxPlayers: 5},
			Settings{Mode: ModeSelf, TimeLimitSeconds: 30, Leaderboard: true, MaxPlayers: 5}, nil},
		{Settings{Mode: "race"}, Settings{}, ErrBadSettings},
		{Settings{TimeLimitSeconds: -1}, Settings{}, ErrBadSettings},
		{Settings{TimeLimitSeconds: MaxTimeLimit + 1}, Settings{}, ErrBadSettings},
		{Settings{MaxPlayers: -3}, Settings{}, ErrBadSettings},
	}
	for _, tt := range tests {
		s, err := New(sessiontest.Quiz(2), tt.in, t0)
		if !errors.Is(err, tt.err) {
			t.Errorf("New(%+v) error = %v, want %v", tt.in, err, tt.err)
			continue
		}
		if err == nil && s.Settings() != tt.want {
			t.Errorf("New(%+v).Settings() = %+v, want %+v", tt.in, s.Settings(), tt.want)
		}
	}
	if _, err := New(nil, Settings{}, t0); err == nil {
		t.Error("New(nil quiz) succeeded")
	}
}

func TestJoin(t *testing.T) {
	tests := []struct {
		name  string
		st    Settings
		setup []Event
		ev    Event
		want  error
	}{
		{"ok", Settings{}, nil, join("p1", "Ana"), nil},
		{"late join while a question is open", Settings{}, []Event{ctl(EvStart, 1)}, join("p1", "Ana"), nil},
		{"bad name", Settings{}, nil, join("p1", " \t "), ErrBadName},
		{"too long", Settings{}, nil, join("p1", strings.Repeat("x", 25)), ErrBadName},
		{"taken, other case and spacing", Settings{}, []Event{join("p1", "Ana  Lee")}, join("p2", "ana lee"), ErrNameTaken},
		{"full", Settings{MaxPlayers: 1}, []Event{join("p1", "Ana")}, join("p2", "Ben"), ErrFull},
		{"ended", Settings{}, []Event{ctl(EvEnd, 1)}, join("p1", "Ana"), ErrEnded},
		{"duplicate id", Settings{}, []Event{join("p1", "Ana")}, Event{Type: EvJoin, PlayerID: "p1", Name: "Ben", SecretHash: "x"}, ErrBadEvent},
		{"no secret", Settings{}, nil, Event{Type: EvJoin, PlayerID: "p1", Name: "Ben"}, ErrBadEvent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t, tt.st, tt.setup...)
			before := s.Version()
			err := s.Apply(tt.ev)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Apply(join) = %v, want %v", err, tt.want)
			}
			if err != nil && s.Version() != before {
				t.Errorf("a rejected join changed the version from %d to %d", before, s.Version())
			}
		})
	}
}

func TestKick(t *testing.T) {
	s := newSession(t, Settings{}, join("p1", "Ana"), join("p2", "Ben"))
	if err := s.Apply(Event{Type: EvKick, PlayerID: "p1"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PlayerView("p1", t0); !errors.Is(err, ErrUnknownPlayer) {
		t.Errorf("PlayerView(kicked) error = %v, want ErrUnknownPlayer", err)
	}
	if _, ok := s.PlayerBySecretHash("h-p1"); ok {
		t.Error("the kicked player's secret still matches")
	}
	if got := s.Apply(Event{Type: EvKick, PlayerID: "p1"}); !errors.Is(got, ErrUnknownPlayer) {
		t.Errorf("second kick = %v, want ErrUnknownPlayer", got)
	}
	// A removed name cannot come straight back (it is often why the
	// teacher removed it), in any case; another name can.
	if err := s.Apply(join("p3", "ANA")); !errors.Is(err, ErrNameTaken) {
		t.Errorf("rejoin under the removed name = %v, want ErrNameTaken", err)
	}
	if err := s.Apply(join("p4", "Anna")); err != nil {
		t.Errorf("rejoin under another name: %v", err)
	}
	if got, want := s.PlayerCount(), 2; got != want {
		t.Errorf("PlayerCount = %d, want %d", got, want)
	}
}

// TestTeacherFlow walks one teacher-paced session, checking every event's
// outcome in order.
func TestTeacherFlow(t *testing.T) {
	s := newSession(t, Settings{}, join("p1", "Ana"), join("p2", "Ben"))
	steps := []struct {
		ev      Event
		want    error
		changed bool
		phase   Phase
		index   int
	}{
		{answer("p1", "q1", 0, 0), ErrClosed, false, PhaseLobby, 0},
		{ctl(EvNext, 0), ErrBadAction, false, PhaseLobby, 0},
		{ctl(EvReveal, 0), ErrBadAction, false, PhaseLobby, 0},
		{ctl(EvStart, 1), nil, true, PhaseQuestion, 0},
		{ctl(EvStart, 1), ErrBadAction, false, PhaseQuestion, 0},
		{answer("p1", "q1", 0, 2), nil, true, PhaseQuestion, 0},
		{answer("p1", "q1", 0, 2), nil, false, PhaseQuestion, 0}, // a retry counts once
		{answer("p1", "q1", 1, 2), ErrAlreadyAnswered, false, PhaseQuestion, 0},
		{answer("p2", "q1", 9, 2), ErrBadChoice, false, PhaseQuestion, 0},
		{answer("p2", "q1", -1, 2), ErrBadChoice, false, PhaseQuestion, 0},
		{answer("p2", "q2", 1, 2), ErrClosed, false, PhaseQuestion, 0},
		{answer("p2", "nope", 1, 2), ErrUnknownQuestion, false, PhaseQuestion, 0},
		{answer("p9", "q1", 1, 2), ErrUnknownPlayer, false, PhaseQuestion, 0},
		{answer("p2", "q1", 3, 3), nil, true, PhaseQuestion, 0},
		{ctl(EvReveal, 4), nil, true, PhaseReveal, 0},
		{ctl(EvReveal, 4), nil, false, PhaseReveal, 0}, // a retried reveal
		{answer("p2", "q1", 0, 5), ErrAlreadyAnswered, false, PhaseReveal, 0},
		{answer("p1", "q1", 0, 5), nil, false, PhaseReveal, 0}, // retry after the reveal still succeeds
		{ctl(EvNext, 6), nil, true, PhaseQuestion, 1},
		{answer("p1", "q1", 2, 6), ErrAlreadyAnswered, false, PhaseQuestion, 1},
		{answer("p1", "q2", 1, 7), nil, true, PhaseQuestion, 1},
		{ctl(EvNext, 8), nil, true, PhaseQuestion, 2}, // next without reveal skips ahead
		{answer("p2", "q2", 1, 8), ErrClosed, false, PhaseQuestion, 2},
		{Event{Type: EvNext, PlayerID: "p1"}, ErrBadAction, false, PhaseQuestion, 2},
		{ctl(EvNext, 9), nil, true, PhaseFinished, 2}, // next after the last question finishes
		{answer("p1", "q3", 2, 10), ErrEnded, false, PhaseFinished, 2},
		{ctl(EvEnd, 10), nil, false, PhaseFinished, 2},
		{ctl(EvStart, 10), ErrEnded, false, PhaseFinished, 2},
		{ctl("bogus", 10), ErrBadEvent, false, PhaseFinished, 2},
	}
	for i, st := range steps {
		before := s.Version()
		err := s.Apply(st.ev)
		if !errors.Is(err, st.want) {
			t.Fatalf("step %d %s %+v: err = %v, want %v", i, st.ev.Type, st.ev, err, st.want)
		}
		if got := s.Version() != before; got != st.changed {
			t.Errorf("step %d: changed = %v, want %v", i, got, st.changed)
		}
		if s.Phase() != st.phase || s.index != st.index {
			t.Errorf("step %d: at %s/%d, want %s/%d", i, s.Phase(), s.index, st.phase, st.index)
		}
	}
	rows := s.Rows()
	asked := []bool{true, true, true}
	got := []Row{
		{ID: "p1", Name: "Ana", Score: 2, Answers: []int{0, 1, -1}, Asked: asked, Took: []time.Duration{time.Second, time.Second, 0}},
		{ID: "p2", Name: "Ben", Score: 0, Answers: []int{3, -1, -1}, Asked: asked, Took: []time.Duration{2 * time.Second, 0, 0}},
	}
	if !reflect.DeepEqual(rows, got) {
		t.Errorf("Rows() = %+v, want %+v", rows, got)
	}
	v := s.HostView(at(11))
	wantQ := []struct{ answered, correct, pct int }{{2, 1, 50}, {1, 1, 50}, {0, 0, 0}}
	for i, w := range wantQ {
		q := v.Results.Questions[i]
		if q.Answered != w.answered || q.Correct != w.correct || q.PercentCorrect != w.pct {
			t.Errorf("results question %d = %d answered, %d correct, %d%%; want %+v", i, q.Answered, q.Correct, q.PercentCorrect, w)
		}
	}
	if !s.Updated().Equal(at(9)) {
		t.Errorf("Updated() = %v, want %v", s.Updated(), at(9))
	}
}

func TestScoreHiddenUntilReveal(t *testing.T) {
	s := newSession(t, Settings{Leaderboard: true}, join("p1", "Ana"), ctl(EvStart, 1), answer("p1", "q1", 0, 2))
	score := func() (host, player, board int) {
		v, _ := s.PlayerView("p1", at(3))
		return s.HostView(at(3)).Players[0].Score, v.You.Score, v.Leaderboard[0].Score
	}
	if h, p, b := score(); h != 0 || p != 0 || b != 0 {
		t.Errorf("before reveal: scores (host, player, board) = %d, %d, %d; want 0, 0, 0", h, p, b)
	}
	if err := s.Apply(ctl(EvReveal, 3)); err != nil {
		t.Fatal(err)
	}
	if h, p, b := score(); h != 1 || p != 1 || b != 1 {
		t.Errorf("after reveal: scores (host, player, board) = %d, %d, %d; want 1, 1, 1", h, p, b)
	}
}

func TestTimeLimit(t *testing.T) {
	s := newSession(t, Settings{TimeLimitSeconds: 10}, join("p1", "Ana"), join("p2", "Ben"))
	if _, ok := s.NextDeadline(); ok {
		t.Error("a deadline in the lobby")
	}
	if err := s.Apply(ctl(EvStart, 0)); err != nil {
		t.Fatal(err)
	}
	if d, ok := s.NextDeadline(); !ok || !d.Equal(at(10)) {
		t.Errorf("NextDeadline() = %v, %v; want %v", d, ok, at(10))
	}
	v, _ := s.PlayerView("p1", at(4))
	if v.Deadline == nil || !v.Deadline.Equal(at(10)) || v.RemainingMs != 6000 {
		t.Errorf("player deadline = %v, remaining %d ms; want %v, 6000", v.Deadline, v.RemainingMs, at(10))
	}
	steps := []struct {
		ev      Event
		want    error
		changed bool
		phase   Phase
	}{
		{answer("p1", "q1", 0, 9.9), nil, true, PhaseQuestion},
		{ctl(EvTick, 9.99), nil, false, PhaseQuestion},
		{answer("p2", "q1", 0, 10), ErrClosed, false, PhaseQuestion}, // late, even before the tick
		{ctl(EvTick, 10), nil, true, PhaseReveal},
		{ctl(EvTick, 11), nil, false, PhaseReveal},
		{ctl(EvNext, 20), nil, true, PhaseQuestion},
		{ctl(EvTick, 29), nil, false, PhaseQuestion},
		{ctl(EvTick, 31), nil, true, PhaseReveal},
		{ctl(EvNext, 40), nil, true, PhaseQuestion},
	}
	for i, st := range steps {
		before := s.Version()
		if err := s.Apply(st.ev); !errors.Is(err, st.want) {
			t.Fatalf("step %d: %v, want %v", i, err, st.want)
		}
		if got := s.Version() != before; got != st.changed || s.Phase() != st.phase {
			t.Errorf("step %d: changed %v, phase %s; want %v, %s", i, got, s.Phase(), st.changed, st.phase)
		}
	}
	if err := s.Tick(at(49)); err != nil || s.Phase() != PhaseQuestion {
		t.Errorf("Tick before the deadline: %v, phase %s", err, s.Phase())
	}
	if err := s.Tick(at(50)); err != nil || s.Phase() != PhaseReveal {
		t.Errorf("Tick at the deadline: %v, phase %s", err, s.Phase())
	}
}

func TestSelfPaced(t *testing.T) {
	s := newSession(t, Settings{Mode: ModeSelf, TimeLimitSeconds: 20},
		join("p1", "Ana"), join("p2", "Ben"), ctl(EvStart, 0))
	pnext := func(id string, sec float64) Event { return Event{Type: EvNext, At: at(sec), PlayerID: id} }
	// pnextAt is a tap on Next for the question the player saw (from 0).
	pnextAt := func(id string, sec float64, index int) Event {
		ev := pnext(id, sec)
		ev.Index = &index
		return ev
	}
	steps := []struct {
		ev   Event
		want error
	}{
		{ctl(EvReveal, 1), ErrBadAction},
		{ctl(EvNext, 1), ErrBadAction},
		{pnext("p1", 1), ErrBadAction}, // must answer first
		{answer("p1", "q2", 1, 1), ErrClosed},
		{answer("p1", "q1", 0, 2), nil},
		{answer("p1", "q1", 1, 2), ErrAlreadyAnswered},
		{pnext("p1", 3), nil},
		{answer("p1", "q2", 0, 4), nil}, // wrong
		{pnext("p1", 5), nil},
		{answer("p1", "q3", 2, 6), nil},
		{pnextAt("p1", 7, 1), ErrStale}, // a repeated tap for question 2: the player is on question 3
		{pnextAt("p1", 7, 2), nil},
		{pnext("p1", 8), ErrBadAction}, // already through
		{Event{Type: EvJoin, At: at(10), PlayerID: "p3", Name: "Cy", SecretHash: "h3"}, nil}, // late joiner starts at question 1
		{ctl(EvTick, 21), nil}, // Ben's time runs out; Cy's does not
		{answer("p2", "q1", 0, 21), ErrClosed},
		{pnext("p2", 22), nil},
	}
	for i, st := range steps {
		if err := s.Apply(st.ev); !errors.Is(err, st.want) {
			t.Fatalf("step %d %+v: %v, want %v", i, st.ev, err, st.want)
		}
	}
	type row struct {
		phase    Phase
		index    int
		score    int
		revealed bool
	}
	views := map[string]row{}
	for _, id := range []string{"p1", "p2", "p3"} {
		v, err := s.PlayerView(id, at(23))
		if err != nil {
			t.Fatal(err)
		}
		views[id] = row{v.Phase, v.Index, v.You.Score, v.Reveal != nil}
	}
	want := map[string]row{
		"p1": {PhaseFinished, 3, 2, false},
		"p2": {PhaseQuestion, 1, 0, false},
		"p3": {PhaseQuestion, 0, 0, false},
	}
	if !reflect.DeepEqual(views, want) {
		t.Errorf("player views = %+v, want %+v", views, want)
	}
	host := s.HostView(at(23))
	var progress []int
	for _, p := range host.Players {
		progress = append(progress, p.Progress, p.Index)
	}
	if want := []int{3, 3, 0, 1, 0, 0}; !reflect.DeepEqual(progress, want) {
		t.Errorf("host progress/index = %v, want %v", progress, want)
	}
	if host.Phase != PhaseQuestion || host.Question != nil || host.Answers != nil {
		t.Errorf("self-paced host view: phase %s, question %v, answers %v", host.Phase, host.Question, host.Answers)
	}
	if d, ok := s.NextDeadline(); !ok || !d.Equal(at(30)) {
		t.Errorf("NextDeadline() = %v, %v; want %v (Cy's)", d, ok, at(30))
	}
	// After answering, a self-paced player sees the reveal at once.
	if err := s.Apply(answer("p3", "q1", 1, 24)); err != nil {
		t.Fatal(err)
	}
	v, _ := s.PlayerView("p3", at(24))
	if v.Phase != PhaseReveal || v.Reveal == nil || v.You.Correct == nil || *v.You.Correct {
		t.Errorf("after answering: phase %s, reveal %v, correct %v; want reveal, wrong", v.Phase, v.Reveal, v.You.Correct)
	}
}

func TestViewVersion(t *testing.T) {
	s := newSession(t, Settings{}, join("p1", "Ana"), join("p2", "Ben"), ctl(EvStart, 1))
	v1, v2, h := s.ViewVersion("p1"), s.ViewVersion("p2"), s.ViewVersion("")
	if err := s.Apply(answer("p1", "q1", 0, 2)); err != nil {
		t.Fatal(err)
	}
	if s.ViewVersion("p1") == v1 || s.ViewVersion("") == h {
		t.Error("the answering player's or the host's view version did not move")
	}
	if s.ViewVersion("p2") != v2 {
		t.Error("another player's answer changed Ben's view version")
	}
	if err := s.Apply(ctl(EvReveal, 3)); err != nil {
		t.Fatal(err)
	}
	if s.ViewVersion("p2") == v2 {
		t.Error("the reveal did not change Ben's view version")
	}
	pv, _ := s.PlayerView("p2", at(3))
	if pv.Version != s.ViewVersion("p2") {
		t.Errorf("PlayerView.Version = %d, want ViewVersion %d", pv.Version, s.ViewVersion("p2"))
	}
}

func TestLeaderboard(t *testing.T) {
	s := newSession(t, Settings{Leaderboard: true},
		join("p1", "Ana"), join("p2", "Ben"), join("p3", "Cy"), ctl(EvStart, 1),
		answer("p1", "q1", 0, 2), answer("p2", "q1", 0, 2), answer("p3", "q1", 1, 2), ctl(EvReveal, 3))
	got := s.HostView(at(4)).Leaderboard
	want := []LeaderEntry{{1, "Ana", 1, 2}, {1, "Ben", 1, 2}, {3, "Cy", 0, 0}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("leaderboard = %+v, want %+v", got, want)
	}
	if lb := newSession(t, Settings{}, join("p1", "Ana"), ctl(EvStart, 1)).HostView(t0).Leaderboard; lb != nil {
		t.Errorf("leaderboard off, got %+v", lb)
	}
}

// forbiddenKeys walks decoded JSON and returns the paths of keys that would
// give an answer away: any "answer" outside "you", any "evidence",
// "correct", "reveal" or "results".
func forbiddenKeys(v any, path string) []string {
	var bad []string
	switch v := v.(type) {
	case map[string]any:
		for k, sub := range v {
			p := path + "." + k
			switch {
			case k == "answer" && p != ".you.answer":
				bad = append(bad, p)
			case k == "evidence" || k == "correct" || k == "reveal" || k == "results":
				bad = append(bad, p)
			}
			bad = append(bad, forbiddenKeys(sub, p)...)
		}
	case []any:
		for i, sub := range v {
			bad = append(bad, forbiddenKeys(sub, fmt.Sprintf("%s[%d]", path, i))...)
		}
	}
	return bad
}

// TestPlayerViewNeverLeaks marshals the player's (and the host's) view after
// every step of teacher- and self-paced sessions and checks that nothing
// tells the answer of a question before it is revealed.
func TestPlayerViewNeverLeaks(t *testing.T) {
	type step struct {
		ev       Event
		revealed bool // whether p1's current question is revealed after ev
	}
	flows := []struct {
		name  string
		st    Settings
		steps []step
	}{
		{"teacher", Settings{Leaderboard: true, TimeLimitSeconds: 30}, []step{
			{join("p1", "Ana"), false},
			{join("p2", "Ben"), false},
			{ctl(EvStart, 1), false},
			{answer("p2", "q1", 0, 2), false},
			{answer("p1", "q1", 0, 2), false},
			{ctl(EvReveal, 3), true},
			{ctl(EvNext, 4), false},
			{answer("p1", "q2", 1, 5), false},
			{ctl(EvTick, 40), true},
			{ctl(EvNext, 41), false},
			{ctl(EvEnd, 42), true},
		}},
		{"self", Settings{Mode: ModeSelf, Leaderboard: true}, []step{
			{join("p1", "Ana"), false},
			{join("p2", "Ben"), false},
			{ctl(EvStart, 1), false},
			{answer("p2", "q1", 0, 2), false}, // Ben's answer reveals nothing to Ana
			{answer("p2", "q1", 0, 2), false},
			{answer("p1", "q1", 1, 3), true},
			{Event{Type: EvNext, At: at(4), PlayerID: "p1"}, false},
			{Event{Type: EvNext, At: at(4), PlayerID: "p2"}, false},
			{answer("p2", "q2", 1, 5), false},
			{ctl(EvEnd, 6), true},
		}},
	}
	for _, f := range flows {
		t.Run(f.name, func(t *testing.T) {
			s := newSession(t, f.st)
			for i, st := range f.steps {
				if err := s.Apply(st.ev); err != nil {
					t.Fatalf("step %d: %v", i, err)
				}
				v, err := s.PlayerView("p1", st.ev.At)
				if err != nil {
					t.Fatalf("step %d: %v", i, err)
				}
				data, _ := json.Marshal(v)
				var m map[string]any
				if err := json.Unmarshal(data, &m); err != nil {
					t.Fatal(err)
				}
				bad := forbiddenKeys(m, "")
				if st.revealed {
					if !strings.Contains(string(data), `"evidence"`) {
						t.Errorf("step %d (%s): revealed, but no evidence in %s", i, v.Phase, data)
					}
					continue
				}
				if len(bad) > 0 {
					t.Errorf("step %d (%s): player view leaks %v: %s", i, v.Phase, bad, data)
				}
				for _, sent := range s.Quiz().Article.Paragraphs[0] {
					if strings.Contains(string(data), sent) {
						t.Errorf("step %d: player view holds evidence sentence %q", i, sent)
					}
				}
				if f.st.Mode == ModeTeacher {
					hd, _ := json.Marshal(s.HostView(st.ev.At))
					if strings.Contains(string(hd), `"reveal"`) || strings.Contains(string(hd), `"evidence"`) {
						t.Errorf("step %d: the host view (on the projector) shows the answer early: %s", i, hd)
					}
				}
			}
		})
	}
}

// TestReplay checks that applying the accepted events of a session to a
// fresh one rebuilds the same state, which is what a restart relies on.
func TestReplay(t *testing.T) {
	evs := []Event{
		join("p1", "Ana"), join("p2", "Ben"), join("p3", "Cy"),
		{Type: EvKick, At: at(0.5), PlayerID: "p3"},
		ctl(EvStart, 1), answer("p1", "q1", 0, 2), answer("p1", "q1", 0, 2), answer("p2", "q1", 2, 2),
		ctl(EvReveal, 3), answer("p2", "q1", 1, 3), ctl(EvNext, 4), answer("p2", "q2", 1, 5),
		ctl(EvTick, 50), join("p4", "Dee"),
	}
	st := Settings{TimeLimitSeconds: 30, Leaderboard: true}
	orig := newSession(t, st)
	var log []Event
	for _, ev := range evs {
		before := orig.Version()
		if err := orig.Apply(ev); err == nil && orig.Version() != before {
			log = append(log, ev)
		}
	}
	copy := newSession(t, st, log...)
	now := at(60)
	if got, want := mustJSON(t, copy.HostView(now)), mustJSON(t, orig.HostView(now)); got != want {
		t.Errorf("replayed host view\n got %s\nwant %s", got, want)
	}
	for _, id := range []string{"p1", "p2", "p4"} {
		a, _ := orig.PlayerView(id, now)
		b, _ := copy.PlayerView(id, now)
		if got, want := mustJSON(t, b), mustJSON(t, a); got != want {
			t.Errorf("replayed view of %s\n got %s\nwant %s", id, got, want)
		}
	}
	if !copy.Updated().Equal(orig.Updated()) {
		t.Errorf("Updated: %v, want %v", copy.Updated(), orig.Updated())
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestViewJSONShape pins the field names shared with the browser client.
func TestViewJSONShape(t *testing.T) {
	s := newSession(t, Settings{}, join("p1", "Ana"), ctl(EvStart, 1), answer("p1", "q1", 0, 2))
	host := mustJSON(t, s.HostView(at(2)))
	for _, want := range []string{
		`"phase":"question"`, `"index":0`, `"count":3`, `"mode":"teacher"`,
		`"question":{"id":"q1","kind":"who","prompt":"Who won round 0?","options":["Alpha0","Bravo0","Charlie0","Delta0"]}`,
		`"players":[{"id":"p1","name":"Ana","score":0,"answered":true,"progress":1,"index":0}]`,
		`"answers":{"counts":[1,0,0,0],"answered":1,"total":1}`,
	} {
		if !strings.Contains(host, want) {
			t.Errorf("host view lacks %s:\n%s", want, host)
		}
	}
	if err := s.Apply(ctl(EvReveal, 3)); err != nil {
		t.Fatal(err)
	}
	pv, _ := s.PlayerView("p1", at(3))
	player := mustJSON(t, pv)
	for _, want := range []string{
		`"phase":"reveal"`,
		`"reveal":{"questionId":"q1","answer":0,"evidence":{"paragraph":0,"sentence":0,"text":"The winner of round 0 was Alpha0."},"paragraph":["The winner of round 0 was Alpha0.",`,
		`"you":{"id":"p1","name":"Ana","score":1,"answer":0,"correct":true}`,
	} {
		if !strings.Contains(player, want) {
			t.Errorf("player view lacks %s:\n%s", want, player)
		}
	}
	if strings.Contains(player, `"players"`) || strings.Contains(player, `"answers"`) {
		t.Errorf("player view holds host-only fields: %s", player)
	}
	var back View
	if err := json.Unmarshal([]byte(player), &back); err != nil || back.Reveal.Evidence.Sentence != 0 || back.Question.ID != "q1" {
		t.Errorf("round trip: %+v, %v", back, err)
	}
}
