//go:build !wasm

package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz/session"
)

// TestHostSupport keeps each student's accommodations behind a disclosure
// button, closed by default (the roster may be projected); opened, it shows
// who has which, and sends all of a student's accommodations together.
func TestHostSupport(t *testing.T) {
	h, f, d := newTestHost(t, true)
	f.push(d, session.View{Phase: session.PhaseLobby, Count: 2, Version: 1, TimeLimitSeconds: 30,
		Players: []session.PlayerStatus{{ID: "p1", Name: "Ada", Extra: session.ExtraDouble, ReadAloud: true}, {ID: "p2", Name: "Grace", Fewer: true}}})
	checkShown(t, h, map[string]string{"support-toggle": "Support for individual students"}, []string{"support-list"})
	act(d, h, func(app.Context) { h.supportOpen = true })
	checkShown(t, h, map[string]string{"support-list": "Student Time Read aloud One fewer option Ada"}, nil)
	doc := app.HTMLString(h)
	for _, tt := range []struct {
		label string
		on    bool
	}{{"Read aloud for Ada", true}, {"One fewer option for Grace", true}, {"Read aloud for Grace", false}, {"One fewer option for Ada", false}} {
		if got := checked(doc, tt.label); got != tt.on {
			t.Errorf("%q is ticked: %v, want %v", tt.label, got, tt.on)
		}
	}
	act(d, h, func(ctx app.Context) { h.accommodate(ctx, "p2", session.ExtraNone, true, true) })
	calls := f.callsTo("POST", sessionapi.SessionPath(testCode, "control"))
	if len(calls) == 0 || calls[0].Body != `{"action":"accommodate","playerId":"p2","readAloud":true,"fewer":true}` {
		t.Errorf("control requests = %+v, want Grace read aloud with one fewer option", calls)
	}
}

// TestPlayReadAloud offers the read-aloud buttons (the question with its
// options, then each option) only to a student who has the accommodation.
func TestPlayReadAloud(t *testing.T) {
	qs, _ := liveQuestions()
	f := newFakeAPI()
	p, d := newTestPlay(t, testSeat, f)
	f.push(d, session.View{Phase: session.PhaseQuestion, Count: 2, Version: 1, Question: &qs[0], You: &session.You{ID: "p1", Name: "Ada"}})
	checkShown(t, p, nil, []string{"read-aloud"})
	f.push(d, session.View{Phase: session.PhaseQuestion, Count: 2, Version: 2, Question: &qs[0], You: &session.You{ID: "p1", Name: "Ada", ReadAloud: true}})
	checkShown(t, p, map[string]string{"read-aloud": "Read aloud A B C D"}, nil)
	if doc := app.HTMLString(p); !strings.Contains(doc, `aria-label="Read option C aloud"`) {
		t.Error("option C has no read-aloud button named for it")
	}
}

// checked reports whether the checkbox named label is ticked in doc.
func checked(doc, label string) bool {
	for _, tag := range regexp.MustCompile(`<input[^>]*>`).FindAllString(doc, -1) {
		if strings.Contains(tag, `aria-label="`+label+`"`) {
			return strings.Contains(tag, " checked") && !strings.Contains(tag, `checked="false"`)
		}
	}
	return false
}
