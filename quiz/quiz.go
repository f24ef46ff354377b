// Package quiz turns an English news article into a multiple-choice quiz and
// holds the quiz model shared by the command line, the server and the browser.
//
// It does no I/O and uses no network, so the same code runs natively and in
// WebAssembly.
package quiz

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"unicode/utf8"
)

// Format is the identifier of the quiz interchange format written in every quiz.
const Format = "storyquiz/v1"

// Limits on what a quiz may hold, so that a decoded quiz from an untrusted
// client cannot exhaust memory or flood a page.
const (
	MaxQuizBytes     = 512 << 10 // a whole storyquiz/v1 document
	MaxQuestions     = 50
	MaxOptions       = 6
	MaxPromptRunes   = 400
	MaxOptionRunes   = 200
	MaxSentenceRunes = 2000
	MaxTitleRunes    = 200
)

// Kind names the sort of question asked.
type Kind string

// The question kinds the engine produces.
const (
	KindWho       Kind = "who"
	KindWhat      Kind = "what"
	KindWhen      Kind = "when"
	KindWhere     Kind = "where"
	KindNumber    Kind = "number"
	KindQuote     Kind = "quote"
	KindRole      Kind = "role"
	KindCloze     Kind = "cloze"
	KindTrueFalse Kind = "truefalse"
)

// Valid reports whether k is one of the known kinds.
func (k Kind) Valid() bool {
	switch k {
	case KindWho, KindWhat, KindWhen, KindWhere, KindNumber, KindQuote, KindRole, KindCloze, KindTrueFalse:
		return true
	}
	return false
}

// Heading is a section heading of an article; it stands before the paragraph
// with index Before.
type Heading struct {
	Before int    `json:"before"`
	Text   string `json:"text"`
}

// Article is a cleaned article: its title, its paragraphs as lists of
// sentences, and its section headings.
type Article struct {
	Title      string     `json:"title"`
	Paragraphs [][]string `json:"paragraphs"`
	Headings   []Heading  `json:"headings,omitempty"`
	// stamped counts the entries ParseArticle found opened by a time or
	// a minute of play: three or more make a live page, whose short
	// present-tense lines ("The leading group is down to six.") hold a
	// moment, not a fact. It is no part of the JSON: an article read
	// back from JSON is taken as an ordinary story.
	stamped int
	// rated is set when ParseArticle found a rating line ("Rating: 8/10",
	// "★★★★☆") or a review's listing ("… is at the Tramway until 3 May."):
	// the article is a review, whose verdicts are no facts, whatever its
	// headline says. Like stamped, no part of the JSON.
	rated bool
	// venues are the names a review's listing opens on, before a street
	// number ("Soi Lamyai, 412 Illawarra Road, Marrickville."): the
	// restaurant or gallery reviewed, never a person. No part of the JSON.
	venues []string
}

// Sentence returns the sentence at paragraph p, index s, and whether it exists.
func (a *Article) Sentence(p, s int) (string, bool) {
	if a == nil || p < 0 || p >= len(a.Paragraphs) || s < 0 || s >= len(a.Paragraphs[p]) {
		return "", false
	}
	return a.Paragraphs[p][s], true
}

// Evidence ties a question to the article sentence it came from. Highlight is
// the part of Text that supports the answer (the answer itself, or the alias
// of it that the sentence uses).
type Evidence struct {
	Paragraph int    `json:"paragraph"`
	Sentence  int    `json:"sentence"`
	Text      string `json:"text"`
	Highlight string `json:"highlight,omitempty"`
}

// Question is one multiple-choice question. Answer indexes Options.
type Question struct {
	ID       string   `json:"id"`
	Kind     Kind     `json:"kind"`
	Prompt   string   `json:"prompt"`
	Options  []string `json:"options"`
	Answer   int      `json:"answer"`
	Evidence Evidence `json:"evidence"`
}

// Correct returns the text of the correct option, or "" when Answer is out of range.
func (q *Question) Correct() string {
	if q.Answer < 0 || q.Answer >= len(q.Options) {
		return ""
	}
	return q.Options[q.Answer]
}

// Quiz is a generated (or edited) quiz over one article.
type Quiz struct {
	Format    string     `json:"format"`
	Title     string     `json:"title"`
	Seed      int64      `json:"seed,omitempty"`
	Article   Article    `json:"article"`
	Questions []Question `json:"questions"`
}

// ValidationError lists what is wrong with a quiz, one problem per entry.
type ValidationError struct {
	Problems []string
}

func (e *ValidationError) Error() string {
	if len(e.Problems) == 1 {
		return "invalid quiz: " + e.Problems[0]
	}
	return fmt.Sprintf("invalid quiz: %s (and %d more problems)", e.Problems[0], len(e.Problems)-1)
}

// Validate reports every structural problem of the quiz: unknown format, no
// questions, duplicate ids, options that are empty or repeated, an answer
// index out of range, evidence that is not a sentence of the article, an
// answer the evidence does not support, or a distractor that the evidence
// contains. A quiz without an article (imported from a learning platform)
// has evidence that is text only, not checked against an article. It
// returns nil for a valid quiz, or a *ValidationError.
func (q *Quiz) Validate() error {
	var probs []string
	add := func(format string, args ...any) { probs = append(probs, fmt.Sprintf(format, args...)) }
	if q.Format != Format {
		add("format is %q, want %q", q.Format, Format)
	}
	if strings.TrimSpace(q.Title) == "" {
		add("the quiz has no title")
	} else if utf8.RuneCountInString(q.Title) > MaxTitleRunes {
		add("the title is longer than %d characters", MaxTitleRunes)
	}
	for pi, p := range q.Article.Paragraphs {
		for si, s := range p {
			if !utf8.ValidString(s) || utf8.RuneCountInString(s) > MaxSentenceRunes {
				add("article sentence %d.%d is not valid UTF-8 or is too long", pi, si)
			}
		}
	}
	if len(q.Questions) == 0 {
		add("the quiz has no questions")
	}
	if len(q.Questions) > MaxQuestions {
		add("the quiz has %d questions, at most %d are allowed", len(q.Questions), MaxQuestions)
	}
	ids := map[string]bool{}
	for i := range q.Questions {
		qu := &q.Questions[i]
		for _, p := range qu.Problems(&q.Article) {
			add("question %d: %s", i+1, p)
		}
		if ids[qu.ID] {
			add("question %d: id %q is used twice", i+1, qu.ID)
		}
		ids[qu.ID] = true
	}
	if len(probs) > 0 {
		return &ValidationError{Problems: probs}
	}
	return nil
}

// Problems returns, in plain words, what is wrong with one question against
// its article; it is empty for a valid question. Editors use it to explain a
// rejected edit.
func (qu *Question) Problems(a *Article) []string {
	var probs []string
	add := func(format string, args ...any) { probs = append(probs, fmt.Sprintf(format, args...)) }
	if qu.ID == "" || len(qu.ID) > 32 {
		add("the id must be 1 to 32 characters")
	}
	if !qu.Kind.Valid() {
		add("unknown kind %q", qu.Kind)
	}
	if strings.TrimSpace(qu.Prompt) == "" {
		add("the question has no prompt")
	} else if utf8.RuneCountInString(qu.Prompt) > MaxPromptRunes || !utf8.ValidString(qu.Prompt) {
		add("the prompt is longer than %d characters or not valid UTF-8", MaxPromptRunes)
	}
	if len(qu.Options) < 2 || len(qu.Options) > MaxOptions {
		add("a question needs 2 to %d options, it has %d", MaxOptions, len(qu.Options))
	}
	seen := map[string]int{}
	for i, o := range qu.Options {
		key := normKey(o)
		switch {
		case key == "":
			add("option %s is empty", Letter(i))
		case utf8.RuneCountInString(o) > MaxOptionRunes || !utf8.ValidString(o):
			add("option %s is longer than %d characters or not valid UTF-8", Letter(i), MaxOptionRunes)
		case seen[key] > 0:
			add("options %s and %s are the same", Letter(seen[key]-1), Letter(i))
		default:
			seen[key] = i + 1
		}
	}
	if qu.Answer < 0 || qu.Answer >= len(qu.Options) {
		add("the answer index %d is not one of the options", qu.Answer)
	}
	ev := qu.Evidence
	if a == nil || len(a.Paragraphs) == 0 {
		// A quiz imported from a platform has no article: its evidence is
		// the platform's feedback, or nothing, and cannot be checked
		// against a text.
		switch {
		case ev.Paragraph != 0 || ev.Sentence != 0:
			add("the evidence points to sentence %d.%d, but the quiz has no article", ev.Paragraph, ev.Sentence)
		case utf8.RuneCountInString(ev.Text) > MaxSentenceRunes || !utf8.ValidString(ev.Text):
			add("the evidence text is longer than %d characters or not valid UTF-8", MaxSentenceRunes)
		case ev.Highlight != "" && !strings.Contains(ev.Text, ev.Highlight):
			add("the highlighted words are not in the evidence sentence")
		}
		return probs
	}
	text, ok := a.Sentence(ev.Paragraph, ev.Sentence)
	switch {
	case !ok:
		add("the evidence points to sentence %d.%d, which the article does not have", ev.Paragraph, ev.Sentence)
	case text != ev.Text:
		add("the evidence text is not the article's sentence %d.%d", ev.Paragraph, ev.Sentence)
	}
	if len(probs) > 0 {
		return probs
	}
	if ev.Highlight != "" && !strings.Contains(ev.Text, ev.Highlight) {
		add("the highlighted words are not in the evidence sentence")
	}
	if qu.Kind != KindTrueFalse {
		correct := qu.Options[qu.Answer]
		if !containsFold(ev.Text, correct) && ev.Highlight == "" {
			add("the correct option %q is not supported by the evidence sentence", correct)
		}
		for i, o := range qu.Options {
			if i != qu.Answer && containsFold(ev.Text, o) && !containsFold(correct, o) {
				add("option %s (%q) is also in the evidence sentence, so it may be right too", Letter(i), o)
			}
		}
	}
	return probs
}

// Letter returns the option letter A, B, C… for index i.
func Letter(i int) string {
	if i < 0 || i >= 26 {
		return "?"
	}
	return string(rune('A' + i))
}

// normKey folds case and runs of space so that options differing only in
// those count as the same.
func normKey(s string) string {
	if alreadyNorm(s) {
		return s // most keys are asked for again and again: no copy
	}
	return strings.ToLower(squashSpace(s))
}

// squashSpace trims s and turns every run of white space in it into one
// space, copying only when it must.
func squashSpace(s string) string {
	clean := true
	for i := 0; i < len(s) && clean; i++ {
		switch c := s[i]; {
		case c >= 0x80 || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			clean = false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '):
			clean = false
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for f := range strings.FieldsSeq(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return b.String()
}

// fieldCount is fieldCount(s) without the slice.
func fieldCount(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// alreadyNorm reports an ASCII string that normKey would return unchanged:
// no capital, no space at either end, single spaces only.
func alreadyNorm(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80 || 'A' <= c && c <= 'Z' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '):
			return false
		}
	}
	return true
}

// containsFold reports whether sub occurs in s as whole words, ignoring case
// and runs of space.
func containsFold(s, sub string) bool {
	if isASCII(s) && isASCII(sub) {
		return containsFoldASCII(s, normKey(sub))
	}
	return containsFoldNorm(s, sub)
}

// containsFoldNorm is containsFold by its definition: both normalised, then
// a search for whole words.
func containsFoldNorm(s, sub string) bool {
	s, sub = normKey(s), normKey(sub)
	if sub == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(sub)
		if (i == 0 || !isWordByte(s[i-1])) && (j == len(s) || !isWordByte(s[j])) {
			return true
		}
		from = i + 1
	}
}

// containsFoldASCII is containsFold for ASCII text and a normalised sub,
// without building a normalised copy of s: the engine asks it of the same
// sentence many times for each quiz.
func containsFoldASCII(s, sub string) bool {
	if sub == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i > 0 && isWordByte(lowerASCII(s[i-1])) {
			continue // not at the start of a word
		}
		j, k := i, 0
		for ; k < len(sub) && j < len(s); k++ {
			if sub[k] == ' ' {
				if !isSpaceASCII(s[j]) {
					break
				}
				for j < len(s) && isSpaceASCII(s[j]) {
					j++
				}
				continue
			}
			if lowerASCII(s[j]) != sub[k] {
				break
			}
			j++
		}
		if k == len(sub) && (j == len(s) || !isWordByte(lowerASCII(s[j]))) {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func lowerASCII(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

func isSpaceASCII(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r'
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}

// Result is the outcome of grading a set of answers.
type Result struct {
	Score   int    `json:"score"`
	Total   int    `json:"total"`
	Correct []bool `json:"correct"`
}

// Grade scores answers (one option index per question; -1 or a missing entry
// means unanswered) against the quiz: one point per correct answer.
func (q *Quiz) Grade(answers []int) Result {
	r := Result{Total: len(q.Questions), Correct: make([]bool, len(q.Questions))}
	for i, qu := range q.Questions {
		if i < len(answers) && answers[i] == qu.Answer {
			r.Correct[i] = true
			r.Score++
		}
	}
	return r
}

// ErrNotQuiz is returned by Decode for input that is not a storyquiz/v1 document.
var ErrNotQuiz = errors.New("this is not a Storyquiz quiz file (storyquiz/v1 JSON)")

// Decode reads a storyquiz/v1 JSON document strictly (no unknown fields, no
// trailing data, at most MaxQuizBytes) and validates it.
func Decode(data []byte) (*Quiz, error) {
	if len(data) > MaxQuizBytes {
		return nil, fmt.Errorf("the quiz file is larger than %d KB", MaxQuizBytes>>10)
	}
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%w: it is not UTF-8 text", ErrNotQuiz)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var q Quiz
	if err := dec.Decode(&q); err != nil {
		return nil, fmt.Errorf("%w: %s", ErrNotQuiz, JSONProblem(err, "the quiz"))
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: unexpected data after the quiz", ErrNotQuiz)
	}
	if q.Format != Format {
		return nil, fmt.Errorf("%w: format is %q", ErrNotQuiz, q.Format)
	}
	if err := q.Validate(); err != nil {
		return nil, err
	}
	// "headings": [] and no headings are the same article; keep one form,
	// so that the quiz encodes (omitting the field) and decodes to itself.
	if len(q.Article.Headings) == 0 {
		q.Article.Headings = nil
	}
	return &q, nil
}

// JSONProblem describes a JSON decoding error in words for the person who
// sent the JSON, leaving out the Go type names that encoding/json puts in
// its messages (such as "Go struct field answerRequest.choice of type int").
// whole names the top-level value, e.g. "the quiz" or "the body".
func JSONProblem(err error, whole string) string {
	// The chain is walked by hand: errors.As would bring its reflection
	// into the WebAssembly bundle (about 6 KB brotli) for these two types.
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	for e := err; e != nil && syn == nil && typ == nil; e = errors.Unwrap(e) {
		switch t := e.(type) {
		case *json.SyntaxError:
			syn = t
		case *json.UnmarshalTypeError:
			typ = t
		}
	}
	switch {
	case syn != nil:
		return fmt.Sprintf("malformed JSON near byte %d", syn.Offset)
	case typ != nil:
		want := "a different kind of value"
		switch typ.Type.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			want = "a whole number in range, like 2"
		case reflect.String:
			want = "text in quotes"
		case reflect.Bool:
			want = "true or false"
		case reflect.Struct, reflect.Map:
			want = "an object"
		case reflect.Slice, reflect.Array:
			want = "a list"
		}
		if typ.Field == "" {
			return whole + " must be " + want
		}
		return fmt.Sprintf("%q must be %s", typ.Field, want)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "the JSON ends too early"
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}
