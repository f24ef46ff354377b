// Package quality judges generated quizzes automatically: defects a teacher
// would discard a question for (an answer its evidence does not support, the
// same thing offered twice, scraping junk, impossible percentages, made-up
// people) and how well answer-blind strategies ("pick the second-smallest
// number", "always True") would score. It ports the ideas of the project's
// shared checking scripts to Go so that `make quality` needs nothing else.
package quality

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"storyquiz/quiz"
)

// Defect is one problem found in one question.
type Defect struct {
	Question int    // 1-based question number
	Kind     string // short class: "unsupported", "twice", "junk", "percent", "invented", "giveaway", "duplicate", "options", "evidence"
	Detail   string
}

// String formats a defect without quoting article text.
func (d Defect) String() string { return fmt.Sprintf("q%d %s: %s", d.Question, d.Kind, d.Detail) }

func normText(s string) string {
	r := strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", "\"", "\u201d", "\"", "\u2014", "-", "\u2013", "-")
	return strings.ToLower(strings.Join(strings.Fields(r.Replace(s)), " "))
}

// loose keeps letters and digits only, so punctuation does not matter.
func loose(s string) string {
	var b strings.Builder
	for _, r := range normText(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}']+`)
var lettersRE = regexp.MustCompile(`[a-z']{3,}`)

var junkRE = regexp.MustCompile(`(?i)(reporting by|editing by|follow [a-z]+ [a-z]+ on|continue reading|\(reuters\)|\bclick here\b|@\w|https?://|www\.|\bsign up\b|all rights reserved|\bcopyright\b)`)
var percentRE = regexp.MustCompile(`^\s*(\d+(?:\.\d+)?)\s*(?:percent|per cent|%)\s*$`)
var leadPronounRE = regexp.MustCompile(`^\W*(he|she|they|it|his|her|their|the [a-z-]+(?: [a-z-]+){0,3})\b`)

// entityKinds are the kinds whose key is a span of the evidence.
var entityKinds = map[quiz.Kind]bool{quiz.KindWho: true, quiz.KindWhen: true, quiz.KindWhere: true, quiz.KindNumber: true,
	quiz.KindCloze: true, quiz.KindRole: true, quiz.KindQuote: true, quiz.KindWhat: true}

// supported reports whether the answer stands in its evidence sentence (by
// full name, by all its longer words or by its last word), or is reached
// through a leading pronoun from the text just before.
func supported(answer, ev, before string) bool {
	la, le := loose(answer), loose(ev)
	if la == "" || strings.Contains(le, la) {
		return true
	}
	var words []string
	for _, w := range wordRE.FindAllString(normText(strings.ReplaceAll(answer, ".", "")), -1) {
		if len([]rune(w)) > 3 {
			words = append(words, loose(w))
		}
	}
	if len(words) == 0 {
		return false
	}
	all := true
	for _, w := range words {
		all = all && strings.Contains(le, w)
	}
	if all || strings.Contains(le, words[len(words)-1]) {
		return true
	}
	return leadPronounRE.MatchString(normText(ev)) && strings.Contains(loose(before), words[len(words)-1])
}

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range lettersRE.FindAllString(normText(s), -1) {
		out[w] = true
	}
	return out
}

func properSubset(a, b map[string]bool) bool {
	if len(a) == 0 || len(a) >= len(b) {
		return false
	}
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}

// Check returns the defects of a quiz against the raw article text it was
// made from.
func Check(q *quiz.Quiz, article string) []Defect {
	var out []Defect
	add := func(i int, kind, format string, args ...any) {
		out = append(out, Defect{Question: i + 1, Kind: kind, Detail: fmt.Sprintf(format, args...)})
	}
	art := loose(article)
	prompts := map[string]bool{}
	for i, x := range q.Questions {
		opts := x.Options
		ev := x.Evidence.Text
		if prompts[normText(x.Prompt)] {
			add(i, "duplicate", "the same prompt as an earlier question")
		}
		prompts[normText(x.Prompt)] = true
		if x.Kind == quiz.KindTrueFalse {
			if len(opts) != 2 {
				add(i, "options", "true/false with %d options", len(opts))
			}
		} else if len(opts) < 3 || len(opts) > 5 {
			add(i, "options", "%d options", len(opts))
		}
		seen := map[string]bool{}
		for _, o := range opts {
			if seen[normText(o)] {
				add(i, "twice", "an option is repeated")
			}
			seen[normText(o)] = true
		}
		if x.Answer < 0 || x.Answer >= len(opts) {
			add(i, "options", "answer index out of range")
			continue
		}
		if ev == "" || !strings.Contains(art, loose(ev)) {
			add(i, "evidence", "evidence is not a sentence of the article")
		}
		if entityKinds[x.Kind] {
			a := opts[x.Answer]
			at := strings.Index(art, loose(ev))
			before := ""
			if at > 0 {
				before = art[max(0, at-600):at]
			}
			if !supported(a, ev, before) {
				add(i, "unsupported", "the key is not in its evidence sentence")
			}
			sets := make([]map[string]bool, len(opts))
			for j, o := range opts {
				sets[j] = wordSet(o)
			}
			for j := range opts {
				for k := range opts {
					if j != k && properSubset(sets[j], sets[k]) {
						add(i, "twice", "option %c is a part of option %c (the same thing twice)", 'A'+j, 'A'+k)
					}
				}
			}
			na := normText(a)
			if len(na) > 3 && regexp.MustCompile(`\b`+regexp.QuoteMeta(na)+`\b`).MatchString(normText(x.Prompt)) {
				add(i, "giveaway", "the prompt shows the key")
			}
			for j, o := range opts {
				on := normText(o)
				if j == x.Answer || len(on) <= 3 || strings.Contains(na, on) {
					continue
				}
				if regexp.MustCompile(`\b` + regexp.QuoteMeta(on) + `\b`).MatchString(normText(ev)) {
					add(i, "alsotrue", "distractor %c also stands in the evidence", 'A'+j)
				}
			}
		}
		blob := x.Prompt + " || " + strings.Join(opts, " | ")
		if m := junkRE.FindString(blob); m != "" {
			add(i, "junk", "scraping junk %q", strings.ToLower(m))
		}
		for j, o := range opts {
			if m := percentRE.FindStringSubmatch(o); m != nil {
				if v, _ := strconv.ParseFloat(m[1], 64); v > 100 {
					add(i, "percent", "option %c is a percentage above 100", 'A'+j)
				}
			}
		}
		if x.Kind == quiz.KindWho || x.Kind == quiz.KindQuote {
			for j, o := range opts {
				if strings.Contains(art, loose(o)) {
					continue
				}
				found := false
				for _, w := range strings.Fields(o) {
					if len(w) > 3 && strings.Contains(art, loose(w)) {
						found = true
					}
				}
				if !found {
					add(i, "invented", "option %c is not in the article (made up)", 'A'+j)
				}
			}
		}
	}
	return out
}

// Strategy is an answer-blind way of choosing an option.
type Strategy struct {
	Name      string
	Questions int     // questions it applies to
	Right     int     // of those, how many it gets right
	Chance    float64 // expected accuracy of a blind guess on those questions
}

// Accuracy is the share of questions the strategy gets right.
func (s Strategy) Accuracy() float64 {
	if s.Questions == 0 {
		return 0
	}
	return float64(s.Right) / float64(s.Questions)
}

// Margin is the strategy's accuracy minus chance, in percentage points.
func (s Strategy) Margin() float64 {
	if s.Questions == 0 {
		return 0
	}
	return 100 * (s.Accuracy() - s.Chance/float64(s.Questions))
}

var numRE = regexp.MustCompile(`-?\d[\d,]*(?:\.\d+)?`)

// Testwise scores the answer-blind strategies over many quizzes, sorted by
// name.
func Testwise(qs []*quiz.Quiz) []Strategy {
	by := map[string]*Strategy{}
	hit := func(name string, pick, answer, nopts int) {
		s := by[name]
		if s == nil {
			s = &Strategy{Name: name}
			by[name] = s
		}
		s.Questions++
		s.Chance += 1 / float64(nopts)
		if pick == answer {
			s.Right++
		}
	}
	for _, q := range qs {
		for _, x := range q.Questions {
			opts := x.Options
			n := len(opts)
			if n >= 3 {
				vals := make([]float64, n)
				ok := true
				seen := map[float64]bool{}
				for i, o := range opts {
					m := numRE.FindString(o)
					if m == "" {
						ok = false
						break
					}
					vals[i], _ = strconv.ParseFloat(strings.ReplaceAll(m, ",", ""), 64)
					if seen[vals[i]] {
						ok = false
					}
					seen[vals[i]] = true
				}
				if ok {
					order := make([]int, n)
					for i := range order {
						order[i] = i
					}
					sort.Slice(order, func(a, b int) bool { return vals[order[a]] < vals[order[b]] })
					hit("numeric: second smallest", order[1], x.Answer, n)
					hit("numeric: second largest", order[n-2], x.Answer, n)
					hit("numeric: median-ish", order[n/2], x.Answer, n)
				}
				longest, shared := 0, 0
				pw := wordSet(x.Prompt)
				best := -1
				for i, o := range opts {
					if len(o) > len(opts[longest]) {
						longest = i
					}
					c := 0
					for w := range wordSet(o) {
						if pw[w] {
							c++
						}
					}
					if c > best {
						best, shared = c, i
					}
				}
				hit("longest option", longest, x.Answer, n)
				hit("most words shared with the prompt", shared, x.Answer, n)
				for i, o := range opts {
					if strings.EqualFold(strings.TrimSpace(o), "first") {
						hit("'first' when offered", i, x.Answer, n)
						break
					}
				}
			}
			if n == 2 {
				hit("true/false: always True", 0, x.Answer, n)
			}
		}
	}
	var out []Strategy
	for _, s := range by {
		out = append(out, *s)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Name < out[b].Name })
	return out
}

// BestMargin returns the strategy that beats chance by most among those
// applying to at least ten questions, and its margin in points.
func BestMargin(ss []Strategy) (Strategy, float64) {
	var best Strategy
	bm := -1e9
	for _, s := range ss {
		if s.Questions < 10 {
			continue
		}
		if m := s.Margin(); m > bm {
			best, bm = s, m
		}
	}
	if bm == -1e9 {
		bm = 0
	}
	return best, bm
}
