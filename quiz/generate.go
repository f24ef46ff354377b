package quiz

import "errors"

// MaxArticleBytes is the largest article text the engine accepts.
const MaxArticleBytes = 200 << 10

// DefaultQuestions is how many questions Generate picks when Options.N is 0.
const DefaultQuestions = 10

// Options tune Generate.
type Options struct {
	N    int   // questions wanted; 0 means DefaultQuestions
	Seed int64 // drives question choice ties and option order
}

// ParseArticle cleans article text and splits it into paragraphs and sentences.
// STUB: replaced by the engine.
func ParseArticle(text string) (*Article, error) { return nil, errors.New("not implemented") }

// Generate turns article text into a quiz. STUB: replaced by the engine.
func Generate(text string, opt Options) (*Quiz, error) { return nil, errors.New("not implemented") }
