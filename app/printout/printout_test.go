package printout

import (
	"fmt"
	"strings"
	"testing"

	"storyquiz/app/stories"
	"storyquiz/quiz"
	"storyquiz/quiz/itemstats"
)

// keyText is the answer key's text for q: question, answer, sentence number.
func keyText(q *quiz.Quiz) string {
	num := sentenceNumbers(&q.Article)
	var rows []string
	for i, qu := range q.Questions {
		rows = append(rows, fmt.Sprintf("%d %c. %s %d", i+1, 'A'+qu.Answer, qu.Correct(), num[qu.Evidence.Paragraph]+qu.Evidence.Sentence+1))
	}
	return strings.Join(rows, " ")
}

// TestWorksheetVersionsKeys checks that each version's key gives, for every
// question as that version asks it, the option that is right in the quiz,
// and the number of the sentence the answer comes from.
func TestWorksheetVersionsKeys(t *testing.T) {
	s, _ := stories.Get(stories.LaunchID)
	q, err := s.Quiz(1)
	if err != nil {
		t.Fatal(err)
	}
	var flat []string
	for _, p := range q.Article.Paragraphs {
		flat = append(flat, p...)
	}
	right := map[string]string{}
	for _, qu := range q.Questions {
		right[qu.Prompt] = qu.Correct()
	}
	for _, v := range []*quiz.Quiz{q, q.Shuffled(versionSeedA), q.Shuffled(versionSeedB)} {
		num := sentenceNumbers(&v.Article)
		for _, qu := range v.Questions {
			n := num[qu.Evidence.Paragraph] + qu.Evidence.Sentence + 1
			if got := flat[n-1]; got != qu.Evidence.Text {
				t.Errorf("%q cites sentence %d, %q; want %q", qu.Prompt, n, got, qu.Evidence.Text)
			}
			if qu.Correct() != right[qu.Prompt] {
				t.Errorf("%q: key %q, want %q", qu.Prompt, qu.Correct(), right[qu.Prompt])
			}
		}
	}
	if keyText(q.Shuffled(versionSeedA)) == keyText(q.Shuffled(versionSeedB)) {
		t.Error("versions A and B have the same key: neighbours could copy")
	}
	// The page prints the keys it computed.
	page := Worksheet(q, "/worksheet/x", true)
	for _, v := range []*quiz.Quiz{q.Shuffled(versionSeedA), q.Shuffled(versionSeedB)} {
		for i, qu := range v.Questions {
			row := fmt.Sprintf(`<tr><th scope="row">%d</th><td>%c. `, i+1, 'A'+qu.Answer)
			if !strings.Contains(page.Body, row) {
				t.Errorf("the worksheet lacks key row %q", row)
			}
		}
	}
}

// TestWorksheetWithoutArticle prints an imported quiz, which has no
// article: questions and a key, and no empty article section.
func TestWorksheetWithoutArticle(t *testing.T) {
	q := &quiz.Quiz{Format: quiz.Format, Title: "Rivers", Questions: []quiz.Question{
		{ID: "q1", Prompt: "Which river flows through Cairo?", Options: []string{"the Nile", "the Amazon"}, Answer: 0},
	}}
	page := Worksheet(q, "/worksheet/my-x", false)
	if strings.Contains(page.Body, "The article") || strings.Contains(page.Body, "ws-article") {
		t.Errorf("an article section is printed for a quiz without one:\n%s", page.Body)
	}
	if !strings.Contains(page.Body, "Which river flows through Cairo?") || !strings.Contains(page.Body, "A. the Nile") {
		t.Errorf("the question or its key is missing:\n%s", page.Body)
	}
}

func TestSentenceNumbers(t *testing.T) {
	a := &quiz.Article{Paragraphs: [][]string{{"a", "b"}, {}, {"c"}, {"d", "e", "f"}}}
	if got, want := fmt.Sprint(sentenceNumbers(a)), fmt.Sprint([]int{0, 2, 2, 3}); got != want {
		t.Errorf("sentenceNumbers = %s, want %s", got, want)
	}
}

func TestDiscriminationWords(t *testing.T) {
	tests := []struct {
		st   itemstats.Stats
		want string
	}{
		{itemstats.Stats{Discrimination: 0.2, HasDiscrimination: true}, "0.20"},
		{itemstats.Stats{Discrimination: -1.0 / 3, HasDiscrimination: true}, "−0.33"},
		{itemstats.Stats{}, "not defined (everyone got it, nobody did, or the other questions' scores do not vary)"},
	}
	for _, tt := range tests {
		if got := discrimination(tt.st); got != tt.want {
			t.Errorf("discrimination(%+v) = %q, want %q", tt.st, got, tt.want)
		}
	}
}

// TestNoEmptyEvidence checks that a question imported without feedback
// gets no "From the story" line on a worksheet's page or a report.
func TestNoEmptyEvidence(t *testing.T) {
	var m markup
	m.evidence(quiz.Evidence{}, fromTheStory)
	if m.Len() != 0 {
		t.Errorf("empty evidence wrote %q", m.String())
	}
}
