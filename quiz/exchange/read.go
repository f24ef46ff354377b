package exchange

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"storyquiz/quiz"
	"storyquiz/quiz/exchange/formats"
)

// MaxImportBytes caps a file to import.
const MaxImportBytes = formats.MaxImportBytes

// Imported is a quiz read from a platform's file, with notes, in plain
// words, on what was left out or changed on the way.
type Imported struct {
	Quiz  *quiz.Quiz
	Notes []string
}

// ErrUnknownFormat is returned by Read for a file in none of the formats it reads.
var ErrUnknownFormat = errors.New("this is not a quiz file Storyquiz can read (storyquiz/v1 JSON, Moodle XML, GIFT or Aiken)")

// Read reads a quiz from a file in any format Storyquiz imports: its own
// JSON, Moodle XML, GIFT or Aiken, told apart by content. A quiz read from a
// platform has no article: its questions carry the platform's general
// feedback as their evidence text, when there is one.
func Read(name string, data []byte) (*Imported, error) {
	body := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\uFEFF")))
	if bytes.HasPrefix(body, []byte{0xFF, 0xFE}) || bytes.HasPrefix(body, []byte{0xFE, 0xFF}) {
		_, err := textOf(name, data) // says what is wrong
		return nil, err
	}
	switch {
	case len(body) == 0:
		return nil, fmt.Errorf("%w: the file is empty", ErrUnknownFormat)
	case body[0] == '{':
		q, err := quiz.Decode(data)
		if err != nil {
			return nil, err
		}
		return &Imported{Quiz: q}, nil
	case body[0] == '<':
		return ReadMoodleXML(name, data)
	case isAiken(string(body)):
		return ReadAiken(name, data)
	case bytes.ContainsAny(body, "{}"):
		return ReadGIFT(name, data)
	}
	return nil, ErrUnknownFormat
}

// isAiken reports whether a text has an Aiken "ANSWER: X" line.
func isAiken(s string) bool {
	for _, line := range strings.Split(s, "\n") {
		if _, ok := aikenAnswer(strings.TrimSpace(line)); ok {
			return true
		}
	}
	return false
}

// textOf checks that a file is UTF-8 text of a size Storyquiz reads, and
// returns it without a byte-order mark and with Unix line ends.
func textOf(name string, data []byte) (string, error) {
	if len(data) > MaxImportBytes {
		return "", fmt.Errorf("“%s” is larger than %d KB", name, MaxImportBytes>>10)
	}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return "", fmt.Errorf("“%s” is saved as UTF-16: save it as UTF-8 and open it again", name)
	}
	if !utf8.Valid(data) {
		return "", fmt.Errorf("“%s” is not UTF-8 text: save it as UTF-8 and open it again", name)
	}
	s := strings.TrimPrefix(string(data), "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n"), nil
}

// rawQuestion is a question as a file gives it, before it is checked.
type rawQuestion struct {
	where     string // "Question 3 (name)", for notes
	name      string
	kind      quiz.Kind
	prompt    string
	options   []string
	answer    int
	feedback  string
	trueFalse bool
}

// builder collects the questions read from one file into a quiz.
type builder struct {
	file  string
	title string
	seen  int // questions met so far, kept or not
	raws  []rawQuestion
	notes []string
}

func newBuilder(file string) *builder { return &builder{file: file} }

func (b *builder) note(s string) { b.notes = append(b.notes, s) }

func (b *builder) skip(where, why string) { b.note(where + " was left out: " + why + ".") }

func (b *builder) add(r rawQuestion) { b.raws = append(b.raws, r) }

// next counts one more question met in the file and names it for notes:
// "Question 3", or "Question 3 (name)".
func (b *builder) next(name string) string {
	b.seen++
	where := "Question " + strconv.Itoa(b.seen)
	if name != "" {
		where += " (" + name + ")"
	}
	return where
}

// goodID reports whether a name from a file can be a question's id: ids
// appear in page addresses and element ids.
func goodID(s string) bool {
	if s == "" || len(s) > 32 {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// finish checks every question with the quiz model's own rules, keeps those
// that pass, names and types them, and makes the quiz. It fails when no
// question is left.
func (b *builder) finish(format string) (*Imported, error) {
	q := &quiz.Quiz{Format: quiz.Format, Title: fold(b.title)}
	if q.Title == "" {
		// The file name, without folders or extensions, "_" and "-" as spaces.
		base := b.file[strings.LastIndexAny(b.file, `/\`)+1:]
		base, _, _ = strings.Cut(base, ".")
		q.Title = fold(strings.Map(func(r rune) rune {
			if r == '_' || r == '-' {
				return ' '
			}
			return r
		}, base))
	}
	if q.Title == "" {
		q.Title = "Imported quiz"
	}
	if r := []rune(q.Title); len(r) > quiz.MaxTitleRunes {
		q.Title = string(r[:quiz.MaxTitleRunes])
	}
	// A name a file gives is kept as the id of the first question that has
	// it; the others get q1, q2… that no question of the file is named.
	named, taken := map[string]bool{}, map[string]bool{}
	for _, r := range b.raws {
		if goodID(r.name) {
			named[r.name] = true
		}
	}
	next := 1
	for _, r := range b.raws {
		if len(q.Questions) == quiz.MaxQuestions {
			b.note("Only the first " + strconv.Itoa(quiz.MaxQuestions) + " questions were kept: a quiz holds no more.")
			break
		}
		if len([]rune(r.feedback)) > quiz.MaxSentenceRunes {
			// Long feedback is no reason to lose the question.
			b.note(r.where + ": its feedback was left out: it is longer than " + strconv.Itoa(quiz.MaxSentenceRunes) + " characters.")
			r.feedback = ""
		}
		qu := quiz.Question{ID: r.name, Kind: r.kind, Prompt: r.prompt, Options: r.options, Answer: r.answer,
			Evidence: quiz.Evidence{Text: r.feedback}}
		switch {
		case r.trueFalse, !qu.Kind.Valid() && len(qu.Options) == 2 && qu.Options[0] == "True" && qu.Options[1] == "False":
			qu.Kind = quiz.KindTrueFalse
		case !qu.Kind.Valid() || qu.Kind == quiz.KindTrueFalse:
			qu.Kind = guessKind(qu.Prompt)
		}
		if !goodID(qu.ID) || taken[qu.ID] {
			for named["q"+strconv.Itoa(next)] || taken["q"+strconv.Itoa(next)] {
				next++
			}
			qu.ID = "q" + strconv.Itoa(next)
		}
		taken[qu.ID] = true
		if probs := qu.Problems(&q.Article); len(probs) > 0 {
			b.skip(r.where, strings.Join(probs, "; "))
			continue
		}
		q.Questions = append(q.Questions, qu)
	}
	if len(q.Questions) == 0 {
		msg := "no question in this " + format + " file is a single-answer multiple-choice or true-or-false question Storyquiz can use"
		if len(b.notes) > 0 {
			msg += " (" + strings.Join(b.notes, " ") + ")"
		}
		return nil, errors.New(msg)
	}
	if err := q.Validate(); err != nil {
		return nil, err
	}
	return &Imported{Quiz: q, Notes: b.notes}, nil
}

// guessKind names the kind of an imported question from its first words,
// as the engine's kinds are shown to the teacher.
func guessKind(prompt string) quiz.Kind {
	p := strings.ToLower(strings.TrimSpace(prompt))
	switch {
	case strings.Contains(p, "___"):
		return quiz.KindCloze
	case strings.HasPrefix(p, "who"):
		return quiz.KindWho
	case strings.HasPrefix(p, "when"), strings.HasPrefix(p, "what year"), strings.HasPrefix(p, "what day"):
		return quiz.KindWhen
	case strings.HasPrefix(p, "where"):
		return quiz.KindWhere
	case strings.HasPrefix(p, "how many"), strings.HasPrefix(p, "how much"):
		return quiz.KindNumber
	case strings.HasPrefix(p, "true or false"):
		return quiz.KindTrueFalse
	}
	return quiz.KindWhat
}

// aikenAnswer returns the letter of an Aiken "ANSWER: X" line.
func aikenAnswer(line string) (string, bool) {
	rest, ok := strings.CutPrefix(line, "ANSWER")
	if !ok {
		return "", false
	}
	rest, ok = strings.CutPrefix(strings.TrimSpace(rest), ":")
	rest = strings.ToUpper(strings.TrimSpace(rest))
	return rest, ok && len(rest) == 1 && rest[0] >= 'A' && rest[0] <= 'Z'
}

// ReadAiken reads a file in Moodle's Aiken format: a question on one or
// more lines, its options as "A. …" or "A) …", then "ANSWER: X". Aiken has
// no titles, ids, kinds or feedback: the title comes from the file name and
// the kinds from the questions' first words.
func ReadAiken(name string, data []byte) (*Imported, error) {
	text, err := textOf(name, data)
	if err != nil {
		return nil, err
	}
	b := newBuilder(name)
	var prompt []string
	var opts []string
	letters := ""
	for _, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if letter, ok := aikenAnswer(t); ok && len(opts) > 0 {
			where := b.next("")
			if i := strings.Index(letters, letter); i < 0 {
				b.skip(where, "its ANSWER letter "+letter+" is not one of its options")
			} else {
				b.add(rawQuestion{where: where, prompt: strings.Join(prompt, "\n"), options: opts, answer: i})
			}
			prompt, opts, letters = nil, nil, ""
			continue
		}
		// An option is "A. text" or "A) text"; before any question text it
		// is question text.
		if len(t) > 3 && t[0] >= 'A' && t[0] <= 'Z' && (t[1] == '.' || t[1] == ')') && (t[2] == ' ' || t[2] == '\t') && len(prompt) > 0 {
			letters += t[:1]
			opts = append(opts, strings.TrimSpace(t[3:]))
			continue
		}
		if len(opts) > 0 {
			// Text after the options without an ANSWER line: Moodle
			// refuses the question, and so do we.
			b.skip(b.next(""), "it has no ANSWER line")
			opts, letters = nil, ""
			prompt = nil
		}
		prompt = append(prompt, t)
	}
	if len(opts) > 0 {
		b.skip(b.next(""), "it has no ANSWER line")
	}
	return b.finish("Aiken")
}
