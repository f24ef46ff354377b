//go:build !wasm

package main

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/sessionapi"
)

func TestJoinFillsCodeFromLink(t *testing.T) {
	j := &joinPage{api: newFakeAPI()}
	mount(t, j, "/join?code=k7m4qx", nil)
	if j.code != testCode {
		t.Errorf("code = %q, want %q", j.code, testCode)
	}
	if doc := app.HTMLString(j); !strings.Contains(doc, `value="`+testCode+`"`) {
		t.Errorf("the code input is not filled in")
	}
}

func TestJoinErrors(t *testing.T) {
	path := sessionapi.SessionPath(testCode, "players")
	tests := []struct {
		name      string
		code      string
		player    string
		status    int // 0: offline
		body      any
		want      string
		wantField string
	}{
		{"no code", "", "Ada", 0, nil, "Enter the code shown on the board.", "code"},
		{"short code", "K7M", "Ada", 0, nil, "A session code has 6 characters", "code"},
		{"code with a letter codes never use", "K7M4Q0", "Ada", 0, nil, "without 0, O, 1, I or L", "code"},
		{"no name", testCode, "  ", 0, nil, "Enter a name", "name"},
		{"unknown code", testCode, "Ada", 404, sessionapi.Error{Message: "there is no session with this code", Code: sessionapi.ErrNotFound}, "There is no session with the code K7M4QX", "code"},
		{"name taken", testCode, "Ada", 409, sessionapi.Error{Message: "that name is already taken", Code: sessionapi.ErrNameTaken}, "The name “Ada” is already taken", "name"},
		{"bad name", testCode, "Ada", 400, sessionapi.Error{Message: "a name must be 1 to 24 characters", Code: sessionapi.ErrBadName}, "That name can't be used: a name must be 1 to 24 characters", "name"},
		{"ended", testCode, "Ada", 403, sessionapi.Error{Message: "this session has ended", Code: sessionapi.ErrEnded}, "This session has ended", "code"},
		{"full", testCode, "Ada", 403, sessionapi.Error{Message: "this session is full", Code: sessionapi.ErrFull}, "This session is full", "code"},
		{"rate limited", testCode, "Ada", 429, sessionapi.Error{Message: "too many join attempts", Code: sessionapi.ErrRateLimited}, "Wait a few seconds", ""},
		{"offline", testCode, "Ada", 0, nil, "Storyquiz can't be reached", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeAPI()
			if tt.status != 0 {
				f.reply("POST", path, tt.status, tt.body)
			}
			j := &joinPage{api: f}
			d := mount(t, j, "/join", nil)
			act(d, j, func(ctx app.Context) {
				j.code, j.name = tt.code, tt.player
				j.submit(ctx, app.Event{Value: app.Undefined()})
			})
			got, _ := textByID(j, "join-error")
			if !strings.Contains(got, tt.want) {
				t.Errorf("error = %q, want it to contain %q", got, tt.want)
			}
			if j.errField != tt.wantField {
				t.Errorf("error field = %q, want %q", j.errField, tt.wantField)
			}
		})
	}
}

func TestJoinKeepsSecret(t *testing.T) {
	f := newFakeAPI()
	f.reply("POST", sessionapi.SessionPath(testCode, "players"), 201, map[string]string{"playerId": "p1", "playerSecret": "ps"})
	j := &joinPage{api: f}
	d := mount(t, j, "/join", nil)
	act(d, j, func(ctx app.Context) {
		j.code, j.name = "k7m4qx", " Ada "
		j.submit(ctx, app.Event{Value: app.Undefined()})
	})
	calls := f.callsTo("POST", sessionapi.SessionPath(testCode, "players"))
	if len(calls) != 1 || calls[0].Body != `{"name":"Ada"}` {
		t.Fatalf("join calls = %+v, want one with name Ada", calls)
	}
	var k playerKey
	act(d, j, func(ctx app.Context) { k = load[playerKey](ctx, playerStateKey(testCode)) })
	if want := (playerKey{ID: "p1", Secret: "ps", Name: "Ada"}); k.ID != want.ID || k.Secret != want.Secret || k.Name != want.Name {
		t.Errorf("kept seat = %+v, want %+v", k, want)
	}
}
