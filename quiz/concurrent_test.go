package quiz

import (
	"sync"
	"testing"
)

// TestGenerateConcurrently makes quizzes from several goroutines at once,
// as the server does for sessions started together: the engine's lazily
// built tables must not be written while another goroutine reads them
// (run with -race to see it).
func TestGenerateConcurrently(t *testing.T) {
	text := launchText(t)
	got := make([]*Quiz, 8)
	var wg sync.WaitGroup
	for i := range got {
		wg.Go(func() {
			q, err := Generate(text, Options{Seed: 1})
			if err != nil {
				t.Error(err)
			}
			got[i] = q
		})
	}
	wg.Wait()
	for i, q := range got[1:] {
		if q == nil || got[0] == nil || len(q.Questions) != len(got[0].Questions) {
			t.Fatalf("quiz %d differs from the first", i+1)
		}
		for j := range q.Questions {
			if q.Questions[j].Prompt != got[0].Questions[j].Prompt {
				t.Errorf("quiz %d question %d: %q, want %q", i+1, j, q.Questions[j].Prompt, got[0].Questions[j].Prompt)
			}
		}
	}
}
