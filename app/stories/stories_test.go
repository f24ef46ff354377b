package stories

import "testing"

// TestArticleCached cleans a story once: the home page renders its card on
// every update, and the cleaned article must be the same each time.
func TestArticleCached(t *testing.T) {
	s, ok := Get(LaunchID)
	if !ok {
		t.Fatalf("no story %q", LaunchID)
	}
	a, err := s.Article()
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.Article()
	if err != nil {
		t.Fatal(err)
	}
	if a != b {
		t.Error("the article was cleaned twice")
	}
	if a.Title == "" || len(a.Paragraphs) == 0 {
		t.Errorf("article = %q with %d paragraphs, want a title and paragraphs", a.Title, len(a.Paragraphs))
	}
}
