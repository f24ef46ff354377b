package quiz

import (
	"fmt"
	"os"
	"testing"

	"storyquiz/quiz/synth"
)

func testdataFS(name string) ([]byte, error) { return os.ReadFile("testdata/" + name) }

func TestSynthArticle(t *testing.T) {
	text := synth.Article(1000, 1)
	q, err := Generate(text, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if err := q.Validate(); err != nil {
		t.Fatal(err)
	}
	if len(q.Questions) != DefaultQuestions {
		t.Errorf("got %d questions", len(q.Questions))
	}
}

func BenchmarkGenerate(b *testing.B) {
	for _, words := range []int{250, 1000, 5000, 20000} {
		text := synth.Article(words, uint64(words))
		if len(text) > MaxArticleBytes {
			b.Fatalf("%d-word article is %d bytes", words, len(text))
		}
		b.Run(fmt.Sprintf("words=%d", words), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := Generate(text, Options{Seed: 1}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("launch", func(b *testing.B) {
		text := launchText(b)
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Generate(text, Options{Seed: 1}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
