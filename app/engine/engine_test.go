package engine

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"storyquiz/app/stories"
	"storyquiz/quiz"
)

// roundTrip sends a request and its reply through JSON, as the browser and
// its engine worker exchange them (runEngine in app/enginecall_wasm.go).
func roundTrip(t *testing.T, req Request) Reply {
	t.Helper()
	if rep, ok := Precheck(req); ok {
		return rep
	}
	body, err := json.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	var got Request
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(Handle(got))
	if err != nil {
		t.Fatal(err)
	}
	var rep Reply
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatal(err)
	}
	return rep
}

// TestGenerateAcrossJSON checks that a quiz made through the worker's
// messages is the quiz the engine makes in the same program.
func TestGenerateAcrossJSON(t *testing.T) {
	s, _ := stories.Get(stories.LaunchID)
	rep := roundTrip(t, Request{Op: OpGenerate, Text: s.Text, N: 8, Seed: 3})
	if err := rep.Error(); err != nil {
		t.Fatal(err)
	}
	want, wantRep, err := quiz.GenerateReport(s.Text, quiz.Options{N: 8, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(rep.Quiz)
	w, _ := json.Marshal(want)
	if string(got) != string(w) {
		t.Errorf("the quiz differs after crossing as JSON:\n got %.200s…\nwant %.200s…", got, w)
	}
	if rep.Report != wantRep {
		t.Errorf("report = %+v, want %+v", rep.Report, wantRep)
	}
}

// TestAlternativesAcrossJSON checks "Other question" through the messages.
func TestAlternativesAcrossJSON(t *testing.T) {
	s, _ := stories.Get(stories.LaunchID)
	q, err := quiz.Generate(s.Text, quiz.Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for i := range q.Questions {
		want := quiz.Alternatives(q, i)
		rep := roundTrip(t, Request{Op: OpAlternatives, Quiz: q, Index: i})
		if err := rep.Error(); err != nil {
			t.Fatal(err)
		}
		if got, want := len(rep.Questions), len(want); got != want {
			t.Errorf("question %d: %d alternatives, want %d", i, got, want)
		}
	}
}

// TestErrorsAcrossJSON checks that bad input keeps its kind across the
// messages, so that the editor explains it as it would the engine's own
// error.
func TestErrorsAcrossJSON(t *testing.T) {
	tests := []struct {
		name string
		text string
		want error
	}{
		{"empty", "  \n ", quiz.ErrEmpty},
		{"too large", strings.Repeat("word ", quiz.MaxArticleBytes/4), quiz.ErrTooLarge},
		{"not UTF-8", "Title\n\nA sentence \xff here.", quiz.ErrNotUTF8},
		{"HTML", "<p>Some text in a paragraph.</p><div>more</div>", quiz.ErrHTML},
		{"no sentences", "Title\n\nok ok ok", quiz.ErrNoSentences},
		{"not English", "Titel\n\nDer Bundestag hat am Montag ein neues Gesetz beschlossen, das die Steuern für Familien senkt. Die Regierung sagte, dass die Änderung im Januar in Kraft tritt und von allen Parteien unterstützt wird.", quiz.ErrNotEnglish},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, direct := quiz.GenerateReport(tt.text, quiz.Options{})
			if !errors.Is(direct, tt.want) {
				t.Fatalf("the engine's own error %v is not %v", direct, tt.want)
			}
			got := roundTrip(t, Request{Op: OpGenerate, Text: tt.text}).Error()
			if !errors.Is(got, tt.want) || got.Error() != direct.Error() || (direct == tt.want) != (got == tt.want) {
				t.Errorf("error = %v, want %v (as the engine's own: %v)", got, tt.want, direct)
			}
		})
	}
}

// TestUnknownOperation checks that a request the engine does not know gets
// an error rather than an empty quiz.
func TestUnknownOperation(t *testing.T) {
	tests := []struct {
		req  Request
		want string
	}{
		{Request{Op: "delete"}, "no operation delete"},
		{Request{Op: OpAlternatives}, "no quiz"},
	}
	for _, tt := range tests {
		if err := roundTrip(t, tt.req).Error(); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%+v: error = %v, want one saying %q", tt.req, err, tt.want)
		}
	}
}
