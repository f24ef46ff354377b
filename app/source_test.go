//go:build !wasm

package main

import (
	"reflect"
	"strings"
	"testing"

	"storyquiz/app/stories"
)

// TestPrebuiltStoryQuiz checks that the quiz a prerendered practice page
// carries is read back as the engine's own for the story and seed 1, and
// that nothing else is carried or believed.
func TestPrebuiltStoryQuiz(t *testing.T) {
	t.Cleanup(func() { clear(prebuilt) })
	s, _ := stories.Get(stories.LaunchID)
	want, err := s.Quiz(1)
	if err != nil {
		t.Fatal(err)
	}
	html := renderHTML(t, prebuiltData(stories.LaunchID, 1, want))
	start, end := strings.Index(html, `type="application/json">`), strings.LastIndex(html, "</script>")
	if !strings.HasPrefix(html, `<script id="story-quiz"`) || start < 0 || end < start {
		t.Fatalf("prebuilt element = %.120q", html)
	}
	if strings.Count(html, "</script>") != 1 || strings.Contains(html[start:end], "<") {
		t.Fatal("the JSON could close the script element early")
	}
	if !readPrebuilt(html[start+len(`type="application/json">`) : end]) {
		t.Fatal("the page's quiz was not read")
	}
	if got := prebuilt[stories.LaunchID]; !reflect.DeepEqual(got, want) {
		t.Error("the quiz read from the page is not the engine's")
	}

	for name, ui := range map[string]any{
		"another seed":    prebuiltData(stories.LaunchID, 2, want),
		"a kept quiz":     prebuiltData("my-abc123", 1, want),
		"no quiz at all":  prebuiltData(stories.LaunchID, 1, nil),
		"an unknown page": prebuiltData("no-such-story", 1, want),
	} {
		if ui != nil && !reflect.ValueOf(ui).IsNil() {
			t.Errorf("%s: carried %v", name, ui)
		}
	}
	clear(prebuilt)
	for _, bad := range []string{`{"id":"` + stories.LaunchID + `","quiz":{"format":"storyquiz/v1"}}`, `not json`, `{"id":"elsewhere","quiz":{}}`} {
		readPrebuilt(bad)
	}
	if len(prebuilt) != 0 {
		t.Errorf("a broken or foreign element was believed: %v", prebuilt)
	}
}
