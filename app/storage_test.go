//go:build !wasm

package main

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// TestStorageKeys pins the local-storage keys: browsers already hold data
// under them, and a changed key would lose it.
func TestStorageKeys(t *testing.T) {
	tests := []struct{ got, want string }{
		{hostStateKey("K7M4QX"), "host:K7M4QX"},
		{playerStateKey("K7M4QX"), "player:K7M4QX"},
		{progressKey("trump-lavrov-oval-office"), "practice:trump-lavrov-oval-office"},
		{progressKey("my-0a1b2c3d4e5f"), "practice:my-0a1b2c3d4e5f"},
		{myQuizKey("my-0a1b2c3d4e5f"), "myquiz:my-0a1b2c3d4e5f"},
		{myQuizzesKey, "myquizzes"},
		{draftKey, "create:draft"},
		{soundKey, "sound"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("key = %q, want %q", tt.got, tt.want)
		}
	}
	if id := newMyQuizID(); !isMyQuiz(id) || len(id) != len("my-")+12 {
		t.Errorf("newMyQuizID() = %q, want my- and 12 hex digits", id)
	}
}

// TestStoredShapes pins the JSON of every stored type, both ways: what this
// build writes, and that what earlier builds wrote still loads.
func TestStoredShapes(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)
	tests := []struct {
		name string
		v    any
		want string
		back any // a new value of v's type to decode want into
	}{
		{"host key", hostKey{Secret: "s"}, `{"secret":"s"}`, &hostKey{}},
		{"seat", playerKey{ID: "p1", Secret: "s", Name: "Ada"}, `{"id":"p1","secret":"s","name":"Ada"}`, &playerKey{}},
		{"seat with a pending answer", playerKey{ID: "p1", Secret: "s", Name: "Ada", Pending: &pendingAnswer{QuestionID: "q2", Choice: 3}},
			`{"id":"p1","secret":"s","name":"Ada","pending":{"questionId":"q2","choice":3}}`, &playerKey{}},
		{"practice run", progress{Seed: 2, Index: 1, Answers: []int{0, -1}, Started: at},
			`{"seed":2,"index":1,"answers":[0,-1],"started":"2026-03-02T09:30:00Z"}`, &progress{}},
		{"finished practice run", progress{Seed: 1, Answers: []int{1}, Started: at, Finished: at.Add(time.Minute)},
			`{"seed":1,"index":0,"answers":[1],"started":"2026-03-02T09:30:00Z","finished":"2026-03-02T09:31:00Z"}`, &progress{}},
		{"retrying the missed questions", progress{Seed: 1, Index: 2, Answers: []int{1, -1, -1}, Started: at, Only: []int{1, 2}},
			`{"seed":1,"index":2,"answers":[1,-1,-1],"started":"2026-03-02T09:30:00Z","only":[1,2]}`, &progress{}},
		{"draft", draft{Title: "T", Text: "Body.", N: 8}, `{"title":"T","text":"Body.","n":8}`, &draft{}},
		{"my quizzes entry", myQuizEntry{ID: "my-1", Title: "T", Questions: 5, Updated: at},
			`{"id":"my-1","title":"T","questions":5,"updated":"2026-03-02T09:30:00Z"}`, &myQuizEntry{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.v)
			if err != nil {
				t.Fatal(err)
			}
			if got := string(b); got != tt.want {
				t.Errorf("stored as %s, want %s", got, tt.want)
			}
			if err := json.Unmarshal([]byte(tt.want), tt.back); err != nil {
				t.Fatalf("%s does not load: %v", tt.want, err)
			}
			again, _ := json.Marshal(tt.back)
			if string(again) != tt.want {
				t.Errorf("%s loads as %s", tt.want, again)
			}
		})
	}
}

// TestKeptByGoAppStatesStillLoads checks that what earlier builds kept
// through go-app's persistent states loads, and that go-app's states read
// what this build keeps (so an older build, served again, still finds it).
func TestKeptByGoAppStatesStillLoads(t *testing.T) {
	c := &storageProbe{}
	d := app.NewClientTester(c)
	defer d.Close()
	seat := playerKey{ID: "p1", Secret: "s", Name: "Ada"}
	var got playerKey
	var viaGoApp playerKey
	act(d, c, func(ctx app.Context) {
		ctx.SetState("player:OLD", seat, app.Persist)
		got = load[playerKey](ctx, "player:OLD")
		keep(ctx, "player:NEW", seat)
		ctx.GetState("player:NEW", &viaGoApp)
	})
	if got != seat {
		t.Errorf("load of a go-app state = %+v, want %+v", got, seat)
	}
	if viaGoApp != seat {
		t.Errorf("go-app's states read what keep stored as %+v, want %+v", viaGoApp, seat)
	}
	act(d, c, func(ctx app.Context) {
		forget(ctx, "player:NEW")
		got = load[playerKey](ctx, "player:NEW")
	})
	if got != (playerKey{}) {
		t.Errorf("after forget, load = %+v, want nothing", got)
	}
}

// storageProbe is a component that only gives the test a context.
type storageProbe struct{ app.Compo }

func (p *storageProbe) Render() app.UI { return app.Div() }
