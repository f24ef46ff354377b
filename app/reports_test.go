//go:build !wasm

package main

import (
	"testing"
)

func TestReportsPage(t *testing.T) {
	// Ada gets question 2 wrong, Grace leaves it out.
	view := finishedView([][]int{{1, 1}, {1, -1}})
	tests := []struct {
		name   string
		path   string
		exact  map[string]string // element id → its whole text
		want   map[string]string // element id → text it must contain
		absent []string
	}{
		{
			name: "everyone", path: "/reports/" + testCode,
			want: map[string]string{"reports-h": "Student reports", "print": "Print all reports", "report-pb": "Grace Score: 1 of 2"},
			exact: map[string]string{
				"report-pa": "A meeting in London Ada Score: 1 of 2 " +
					"Where did Ada Lovelace meet Charles Babbage? Answer: B. London (✓ right) From the story: Ada Lovelace met Charles Babbage in London in June 1833. " +
					"What did Babbage design? Answer: B. The telephone (✗ wrong) Right answer: A. The Analytical Engine From the story: Babbage designed the Analytical Engine . " +
					"Print only Ada’s report",
			},
		},
		{
			name: "unanswered", path: "/reports/" + testCode,
			want: map[string]string{"report-pb": "What did Babbage design? Answer: no answer (–) Right answer: A. The Analytical Engine"},
		},
		{
			name: "one student", path: "/reports/" + testCode + "?student=pb",
			want:   map[string]string{"print": "Print this report", "report-pb": "Grace Score: 1 of 2"},
			absent: []string{"report-pa"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeAPI()
			p := &afterPage{api: f}
			mountFinished(t, p, f, tt.path, &view)
			for id, w := range tt.exact {
				if got, _ := textByID(p, id); got != w {
					t.Errorf("#%s\n got  %q\n want %q", id, got, w)
				}
			}
			checkShown(t, p, tt.want, tt.absent)
		})
	}
}
