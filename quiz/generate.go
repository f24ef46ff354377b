package quiz

// MaxArticleBytes is the largest article text the engine accepts.
const MaxArticleBytes = 200 << 10

// DefaultQuestions is how many questions Generate picks when Options.N is 0.
const DefaultQuestions = 10

// Options tune Generate.
type Options struct {
	N    int   // questions wanted; 0 means DefaultQuestions, more than MaxQuestions means MaxQuestions
	Seed int64 // drives question choice ties and option order
}

// Generate turns article text into a quiz: it cleans the text, finds the
// people, places, organisations, dates, numbers, roles and quotations, makes
// every question it can, keeps those that pass validation and picks the
// best N, covering the article's key facts with a mix of kinds. The result
// is the same for the same text and seed. Bad input yields an *InputError.
func Generate(text string, opt Options) (*Quiz, error) {
	a, err := ParseArticle(text)
	if err != nil {
		return nil, err
	}
	n := opt.N
	if n <= 0 {
		n = DefaultQuestions
	}
	n = min(n, MaxQuestions)
	cands := validCands(a, analyse(a).makeCandidates())
	chosen := pick(cands, n, opt.Seed)
	if len(chosen) == 0 {
		return nil, inputErr(ErrNoSentences, "the article names too few people, places, dates or numbers to ask questions about")
	}
	qs := make([]Question, len(chosen))
	for i, c := range chosen {
		qs[i] = c.q
		qs[i].ID = "q" + itoa(i+1)
	}
	balance(qs, newRand(opt.Seed^0x0b7))
	quiz := &Quiz{Format: Format, Title: a.Title, Seed: opt.Seed, Article: *a, Questions: qs}
	if err := quiz.Validate(); err != nil {
		// Every question was validated alone; this is a bug, not bad input.
		return nil, err
	}
	return quiz, nil
}
