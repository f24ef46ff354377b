// Package sessiontest builds small valid quizzes for tests of the session
// state machine, its store and its HTTP API, so that they do not depend on
// the quiz engine.
package sessiontest

import (
	"fmt"

	"storyquiz/quiz"
)

// Quiz returns a valid quiz of n questions (1 ≤ n ≤ 26). Question i has id
// "q<i+1>", four options "Alpha<i>" … "Delta<i>", and its answer is option
// i%4; its evidence is sentence i of the only paragraph.
func Quiz(n int) *quiz.Quiz {
	q := &quiz.Quiz{Format: quiz.Format, Title: "Test story"}
	names := []string{"Alpha", "Bravo", "Charlie", "Delta"}
	var para []string
	for i := range n {
		opts := make([]string, len(names))
		for j, nm := range names {
			opts[j] = fmt.Sprintf("%s%d", nm, i)
		}
		ans := i % len(opts)
		sent := fmt.Sprintf("The winner of round %d was %s.", i, opts[ans])
		para = append(para, sent)
		q.Questions = append(q.Questions, quiz.Question{
			ID: fmt.Sprintf("q%d", i+1), Kind: quiz.KindWho,
			Prompt:  fmt.Sprintf("Who won round %d?", i),
			Options: opts, Answer: ans,
			Evidence: quiz.Evidence{Paragraph: 0, Sentence: i, Text: sent},
		})
	}
	q.Article = quiz.Article{Title: q.Title, Paragraphs: [][]string{para}}
	if err := q.Validate(); err != nil {
		panic(err)
	}
	return q
}
