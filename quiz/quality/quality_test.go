package quality

import (
	"testing"

	"storyquiz/quiz"
)

const article = `Pier closes for repairs

The town council voted on Tuesday to close the old pier. Mayor Ruth Marsh said repairs would cost 40% of the budget. Engineer Tom Reed found the cracks.`

func q(kind quiz.Kind, prompt string, opts []string, answer int, ev string) quiz.Question {
	return quiz.Question{ID: "q", Kind: kind, Prompt: prompt, Options: opts, Answer: answer, Evidence: quiz.Evidence{Text: ev}}
}

func TestCheck(t *testing.T) {
	const s1 = "Mayor Ruth Marsh said repairs would cost 40% of the budget."
	const s2 = "Engineer Tom Reed found the cracks."
	for _, tc := range []struct {
		name string
		q    quiz.Question
		want []string // defect kinds, in order
	}{
		{"good", q(quiz.KindWho, "Who found the cracks?", []string{"Tom Reed", "Ruth Marsh", "Ann Lee"}, 0, s2), []string{"invented"}},
		{"unsupported", q(quiz.KindWho, "Who found the cracks?", []string{"Ruth Marsh", "Tom Reed", "Marsh Hill"}, 0, s2), []string{"unsupported", "alsotrue"}},
		{"twice", q(quiz.KindWho, "Who said repairs would cost a lot?", []string{"Ruth Marsh", "Marsh", "Tom Reed"}, 0, s1), []string{"twice"}},
		{"percent", q(quiz.KindNumber, "Repairs would cost _____ of the budget.", []string{"40%", "140%", "20%"}, 0, s1), []string{"percent"}},
		{"junk", q(quiz.KindCloze, "Click here: repairs would cost _____ of the budget.", []string{"40%", "30%", "20%"}, 0, s1), []string{"junk"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			quiz := &quiz.Quiz{Questions: []quiz.Question{tc.q}}
			ds := Check(quiz, article)
			var got []string
			for _, d := range ds {
				got = append(got, d.Kind)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("defects %v, want %v", ds, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("defect %d: %q, want %q (%v)", i, got[i], tc.want[i], ds)
				}
			}
		})
	}
}

func TestTestwise(t *testing.T) {
	// Four number questions whose key is always the second smallest, and
	// two true-or-false questions whose answer is True.
	var qs []quiz.Question
	for i := 0; i < 4; i++ {
		qs = append(qs, q(quiz.KindNumber, "How many?", []string{"30", "10", "20", "40"}, 2, "x"))
	}
	qs = append(qs, q(quiz.KindTrueFalse, "True or false? x", []string{"True", "False"}, 0, "x"), q(quiz.KindTrueFalse, "True or false? y", []string{"True", "False"}, 0, "y"))
	ss := Testwise([]*quiz.Quiz{{Questions: qs}})
	want := map[string][2]int{ // questions, right
		"numeric: second smallest": {4, 4},
		"numeric: second largest":  {4, 0},
		"true/false: always True":  {2, 2},
	}
	for _, s := range ss {
		if w, ok := want[s.Name]; ok {
			if s.Questions != w[0] || s.Right != w[1] {
				t.Errorf("%s: %d of %d, want %d of %d", s.Name, s.Right, s.Questions, w[1], w[0])
			}
			delete(want, s.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("strategies missing: %v", want)
	}
	if _, m := BestMargin(ss); m != 0 {
		t.Errorf("best margin %.1f over strategies with fewer than ten questions, want 0", m)
	}
}
