package exchange

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"regexp"
	"strings"
	"unicode/utf8"

	"storyquiz/quiz"
)

// MaxImportBytes caps a file to import: a question bank exported from a
// platform is larger than the same quiz in storyquiz/v1 JSON.
const MaxImportBytes = 1 << 20

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
	case aikenAnswerRE.Match(body):
		return ReadAiken(name, data)
	case bytes.ContainsAny(body, "{}"):
		return ReadGIFT(name, data)
	}
	return nil, ErrUnknownFormat
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

// idRE is what an id taken from a file must look like: ids appear in page
// addresses and element ids.
var idRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,32}$`)

// finish checks every question with the quiz model's own rules, keeps those
// that pass, names and types them, and makes the quiz. It fails when no
// question is left.
func (b *builder) finish(format string) (*Imported, error) {
	q := &quiz.Quiz{Format: quiz.Format, Title: fold(b.title)}
	if q.Title == "" {
		base := path.Base(strings.ReplaceAll(b.file, `\`, "/"))
		for _, ext := range []string{".txt", ".xml", ".gift", ".aiken", ".moodle"} {
			base = strings.TrimSuffix(strings.TrimSuffix(base, ext), strings.ToUpper(ext))
		}
		q.Title = fold(strings.NewReplacer("_", " ", "-", " ").Replace(base))
	}
	if q.Title == "" || q.Title == "." || q.Title == "/" {
		q.Title = "Imported quiz"
	}
	if r := []rune(q.Title); len(r) > quiz.MaxTitleRunes {
		q.Title = string(r[:quiz.MaxTitleRunes])
	}
	// A name a file gives is kept as the id of the first question that has
	// it; the others get q1, q2… that no question of the file is named.
	named, taken := map[string]bool{}, map[string]bool{}
	for _, r := range b.raws {
		if idRE.MatchString(r.name) {
			named[r.name] = true
		}
	}
	next := 1
	for _, r := range b.raws {
		if len(q.Questions) == quiz.MaxQuestions {
			b.note(fmt.Sprintf("Only the first %d questions were kept: a quiz holds at most %d.", quiz.MaxQuestions, quiz.MaxQuestions))
			break
		}
		qu := quiz.Question{ID: r.name, Kind: r.kind, Prompt: r.prompt, Options: r.options, Answer: r.answer,
			Evidence: quiz.Evidence{Text: r.feedback}}
		switch {
		case r.trueFalse, !qu.Kind.Valid() && len(qu.Options) == 2 && qu.Options[0] == "True" && qu.Options[1] == "False":
			qu.Kind = quiz.KindTrueFalse
		case !qu.Kind.Valid() || qu.Kind == quiz.KindTrueFalse:
			qu.Kind = guessKind(qu.Prompt)
		}
		if !idRE.MatchString(qu.ID) || taken[qu.ID] {
			for named[fmt.Sprintf("q%d", next)] || taken[fmt.Sprintf("q%d", next)] {
				next++
			}
			qu.ID = fmt.Sprintf("q%d", next)
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

var (
	aikenAnswerRE = regexp.MustCompile(`(?m)^[ \t]*ANSWER[ \t]*:[ \t]*[A-Za-z][ \t]*$`)
	aikenOptionRE = regexp.MustCompile(`^([A-Z])[.)][ \t]+(.*)$`)
)

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
	var opts, letters []string
	reset := func() { prompt, opts, letters = nil, nil, nil }
	for _, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if m := aikenAnswerRE.FindString(t); m != "" && len(opts) > 0 {
			b.seen++
			where := fmt.Sprintf("Question %d", b.seen)
			letter := strings.ToUpper(strings.TrimSpace(t[strings.IndexByte(t, ':')+1:]))
			answer := -1
			for i, l := range letters {
				if l == letter {
					answer = i
				}
			}
			if answer < 0 {
				b.skip(where, "its ANSWER letter "+letter+" is not one of its options")
			} else {
				b.add(rawQuestion{where: where, prompt: strings.Join(prompt, "\n"), options: opts, answer: answer})
			}
			reset()
			continue
		}
		if m := aikenOptionRE.FindStringSubmatch(t); m != nil && len(prompt) > 0 {
			letters = append(letters, m[1])
			opts = append(opts, strings.TrimSpace(m[2]))
			continue
		}
		if len(opts) > 0 {
			// Text after the options without an ANSWER line: Moodle
			// refuses the question, and so do we.
			b.seen++
			b.skip(fmt.Sprintf("Question %d", b.seen), "it has no ANSWER line")
			reset()
		}
		prompt = append(prompt, t)
	}
	if len(opts) > 0 {
		b.seen++
		b.skip(fmt.Sprintf("Question %d", b.seen), "it has no ANSWER line")
	}
	return b.finish("Aiken")
}
