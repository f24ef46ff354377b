package exchange

import (
	"os"
	"strings"
	"testing"

	"storyquiz/quiz"
)

func exportQuiz() *quiz.Quiz {
	return &quiz.Quiz{Format: quiz.Format, Title: "Test: {odd} title", Article: quiz.Article{Title: "T", Paragraphs: [][]string{{"Ann met Bob = friends #1 {ok}: yes ~ no."}}},
		Questions: []quiz.Question{
			{ID: "q1", Kind: quiz.KindWho, Prompt: "Who met Bob = friends #1 {ok}: yes ~ no?", Options: []string{"Ann", "Cy", "Di", "Ed"}, Answer: 0,
				Evidence: quiz.Evidence{Text: "Ann met Bob = friends #1 {ok}: yes ~ no.", Highlight: "Ann"}},
			{ID: "q2", Kind: quiz.KindTrueFalse, Prompt: "True or false? Ann met Bob.", Options: []string{"True", "False"}, Answer: 1,
				Evidence: quiz.Evidence{Text: "Ann met Bob = friends #1 {ok}: yes ~ no."}},
		}}
}

func TestAiken(t *testing.T) {
	got := Aiken(exportQuiz())
	want := "Who met Bob = friends #1 {ok}: yes ~ no?\nA. Ann\nB. Cy\nC. Di\nD. Ed\nANSWER: A\n\n" +
		"True or false? Ann met Bob.\nA. True\nB. False\nANSWER: B\n"
	if got != want {
		t.Errorf("Aiken:\n%s\nwant:\n%s", got, want)
	}
}

func TestGIFT(t *testing.T) {
	got := GIFT(exportQuiz())
	for _, want := range []string{
		"// [tag:storyquiz-kind-who]\n::q1::[html]",
		`::q1::[html]Who met Bob \= friends \#1 \{ok\}\: yes \~ no? {`,
		"\t=Ann\n",
		"\t~Cy\n",
		"\t####Ann met Bob \\= friends \\#1 \\{ok\\}\\: yes \\~ no.\n}\n",
		`::q2::[html]True or false? Ann met Bob. {F####`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("GIFT output lacks %q:\n%s", want, got)
		}
	}
	// Every unescaped special character must be GIFT syntax, never text.
	for _, line := range strings.Split(got, "\n") {
		if strings.HasPrefix(line, "//") || strings.HasPrefix(line, "$CATEGORY") {
			continue
		}
		if strings.Contains(strings.ReplaceAll(line, `\{`, ""), "{ok") {
			t.Errorf("unescaped brace in %q", line)
		}
	}
}

func TestExportLaunch(t *testing.T) {
	text, err := os.ReadFile("../testdata/trump-lavrov-oval-office.txt")
	if err != nil {
		t.Fatal(err)
	}
	q, err := quiz.Generate(string(text), quiz.Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(Aiken(q), "ANSWER: "); n != len(q.Questions) {
		t.Errorf("Aiken has %d answers for %d questions", n, len(q.Questions))
	}
	if n := strings.Count(GIFT(q), "::q"); n != len(q.Questions) {
		t.Errorf("GIFT has %d questions for %d", n, len(q.Questions))
	}
}
