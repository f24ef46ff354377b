package quiz

// Generation runs in stages, one file (or two) each, so that a newcomer can
// find them:
//
//	1 cleaning        clean.go, article.go (input checks, headline, page junk)
//	2 sentences       sentences.go, tokens.go
//	  language        lang.go (English only for now; how another plugs in)
//	3 mentions, types mentions.go, lists.go, firstnames.go (generated)
//	4 coreference     coref.go
//	5 clauses         clauses.go
//	6 question kinds  questions.go
//	7 distractors     distractors.go
//	8 ranking         rank.go (all weights), select.go (picking, balancing)
//
// The quiz model — types, JSON, validation, grading, exports — is apart in
// quiz.go and export.go and does not depend on generation.

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
	LoadTables()
	q, _, err := GenerateReport(text, opt)
	return q, err
}

// GenerateReport is Generate that also reports how many questions it made
// and, when fewer than asked for, why (Report.Reason), so that the command
// line and the create page can tell the teacher.
func GenerateReport(text string, opt Options) (*Quiz, Report, error) {
	LoadTables()
	a, err := ParseArticle(text)
	if err != nil {
		return nil, Report{}, err
	}
	if err := checkEnglish(a); err != nil {
		return nil, Report{}, err
	}
	n := opt.N
	if n <= 0 {
		n = DefaultQuestions
	}
	n = min(n, MaxQuestions)
	an := analyse(a)
	cands := validCands(an, an.makeCandidates())
	chosen := pick(cands, n, opt.Seed)
	if len(chosen) == 0 {
		return nil, Report{}, inputErr(ErrNoSentences, "no sentence of the article holds a fact Storyquiz can ask about with three good wrong answers (a name, place, date, number or quotation, stated rather than told in the first person)")
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
		return nil, Report{}, err
	}
	askable := map[int]bool{}
	for _, c := range cands {
		askable[c.sent] = true
	}
	words := 0
	for _, s := range an.sents {
		words += countWords(s.text)
	}
	rep := Report{Wanted: n, Made: len(qs), Reason: shortReason(len(qs), n, len(an.sents), len(askable), words)}
	return quiz, rep, nil
}
