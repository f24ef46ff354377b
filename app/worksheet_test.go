//go:build !wasm

package main

import (
	"testing"

	"storyquiz/quiz"
)

// keptQuiz is the local state of a browser that keeps q as quiz id.
func keptQuiz(id string, q *quiz.Quiz) map[string]any {
	return map[string]any{
		myQuizKey(id): q,
		myQuizzesKey:  []myQuizEntry{{ID: id, Title: q.Title, Questions: len(q.Questions)}},
	}
}

// TestWorksheet prints a quiz kept in this browser, made in the browser
// (so that it prints offline too).
func TestWorksheet(t *testing.T) {
	q := testQuiz(1)
	tests := []struct {
		name   string
		path   string
		exact  map[string]string // element id → its whole text
		want   map[string]string // element id → text it must contain
		absent []string
	}{
		{
			name: "one version", path: "/worksheet/my-abc123",
			want: map[string]string{"worksheet-h": "A meeting in London"},
			exact: map[string]string{
				"ws": "Worksheet A meeting in London Name: ______________________ Date: ____________ The article " +
					"1 Ada Lovelace met Charles Babbage in London in June 1833. 2 Babbage designed the Analytical Engine. " +
					"Questions Circle the letter of the best answer. " +
					"Where did Ada Lovelace meet Charles Babbage? A. Paris B. London C. Berlin D. Rome " +
					"What did Babbage design? A. The Analytical Engine B. The telephone C. The telegraph D. The steam engine",
				"key": "For the teacher Answer key A meeting in London Question Answer Sentence 1 B. London 1 2 A. The Analytical Engine 2",
			},
			absent: []string{"ws-A", "key-B", "problem"},
		},
		{
			name: "versions A and B", path: "/worksheet/my-abc123?versions=ab",
			want:   map[string]string{"ws-A": "Worksheet · Version A A meeting in London", "ws-B": "Worksheet · Version B", "key-A": "Answer key · Version A", "key-B": "Answer key · Version B"},
			absent: []string{"ws", "key"},
		},
		{
			name: "unknown", path: "/worksheet/my-000000",
			want: map[string]string{"problem": "There is no worksheet to print: this quiz is not kept in this browser any more."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &afterPage{}
			mount(t, p, tt.path, keptQuiz("my-abc123", q))
			for id, w := range tt.exact {
				if got, _ := textByID(p, id); got != w {
					t.Errorf("#%s\n got  %q\n want %q", id, got, w)
				}
			}
			checkShown(t, p, tt.want, tt.absent)
		})
	}
}
