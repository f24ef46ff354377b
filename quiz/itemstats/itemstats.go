// Package itemstats is the classical item analysis of a finished quiz: for
// each question, how many students got it (facility), whether the students
// who did well on the rest of the quiz got it more often than those who did
// not (discrimination), and which options the strongest and the weakest
// students chose. It turns the figures into flags in words a teacher
// understands.
//
// It is pure computation (no I/O, no go-app), so the browser runs it on the
// results it already holds and the same code is measured natively.
package itemstats

import "math"

// Unanswered is the choice recorded for a question a student did not answer.
const Unanswered = -1

// MinStudents is the smallest class for which shares and discrimination are
// given. Below it one student moves a share by ten points or more, so the
// figures would invite conclusions the class cannot support.
const MinStudents = 10

// GroupShare is the part of the class in each of the top and bottom groups:
// 27 % is the classical choice, which balances how far apart the groups are
// against how many students each holds.
const GroupShare = 0.27

// The thresholds of the flags.
const (
	EasyAbove      = 0.95 // facility above which "almost everyone got it"
	HardBelow      = 0.20 // facility below which "almost nobody got it"
	FooledNobodyAt = 0.05 // share of the class below which a wrong option "fooled nobody"
)

// CountsOnlyNote says why a small class gets counts only.
const CountsOnlyNote = "Fewer than 10 students took part, so only counts are shown: with so few, one student's answer moves a share by ten points or more, and shares or a discrimination figure would mislead."

// Item is what the analysis needs to know of a question.
type Item struct {
	Options int // how many options it has
	Answer  int // the index of the right option
}

// Report is the analysis of one quiz's results.
type Report struct {
	Students int
	// CountsOnly is set for fewer than MinStudents students: the items then
	// hold counts only (no facility, discrimination, groups or flags).
	CountsOnly bool
	// GroupSize is how many students each of the top and bottom groups
	// holds; 0 with CountsOnly.
	GroupSize int
	Items     []Stats
}

// Stats is the analysis of one question.
type Stats struct {
	Correct    int
	Wrong      int // answered, with a wrong option
	Unanswered int
	Chosen     []int // students per option
	// Facility is the share of all students who chose the right option;
	// unanswered counts as not right.
	Facility float64
	// Discrimination is the corrected point-biserial correlation: between
	// getting this question right and the score on the other questions. It
	// runs from -1 to 1; HasDiscrimination is false when it is not defined
	// (everyone, or no one, got the question; or all rest scores are equal).
	Discrimination    float64
	HasDiscrimination bool
	// Top and Bottom are the choices of the GroupShare of students with the
	// highest and the lowest totals.
	Top, Bottom Group
	Flags       []Flag
}

// Group is the choices of one group of students on one question.
type Group struct {
	Size       int
	Chosen     []int // students per option
	Unanswered int
}

// Share returns the part of the group that chose option o, 0 for an empty group.
func (g Group) Share(o int) float64 {
	if g.Size == 0 || o < 0 || o >= len(g.Chosen) {
		return 0
	}
	return float64(g.Chosen[o]) / float64(g.Size)
}

// FlagKind names what a flag says about a question.
type FlagKind int

// The flags.
const (
	Easy         FlagKind = iota // facility above EasyAbove
	Hard                         // facility below HardBelow
	Reversed                     // negative discrimination
	FooledMany                   // a wrong option chosen more often than the right one
	FooledNobody                 // a wrong option chosen by fewer than FooledNobodyAt of the class
)

// Flag is one thing a teacher should know about a question. Option is the
// option it is about, or -1 for the question as a whole.
type Flag struct {
	Kind   FlagKind
	Option int
}

// String says the flag in a teacher's words.
func (f Flag) String() string {
	switch f.Kind {
	case Easy:
		return "Almost everyone got it"
	case Hard:
		return "Almost nobody got it"
	case Reversed:
		return "Strong students missed it more than weak ones — check the key"
	case FooledMany:
		return "This wrong option fooled many"
	case FooledNobody:
		return "This option fooled nobody"
	}
	return ""
}

// Analyze computes the item analysis of items from answers: one row per
// student, one choice per question (Unanswered when none). A row shorter
// than items, or a choice out of range, counts as unanswered.
func Analyze(items []Item, answers [][]int) Report {
	n := len(answers)
	rep := Report{Students: n, CountsOnly: n < MinStudents, Items: make([]Stats, len(items))}
	for j, it := range items {
		rep.Items[j].Chosen = make([]int, max(it.Options, 0))
	}
	// One pass for the counts and each student's total.
	totals := make([]int, n)
	for s, row := range answers {
		for j, it := range items {
			st := &rep.Items[j]
			c := choice(row, j, it)
			switch {
			case c < 0:
				st.Unanswered++
				continue
			case c == it.Answer:
				st.Correct++
				totals[s]++
			default:
				st.Wrong++
			}
			st.Chosen[c]++
		}
	}
	if rep.CountsOnly {
		return rep
	}

	// Discrimination from sums, so that no per-student rest score is kept:
	// with x the question's score (0 or 1), T the total and R = T − x,
	//   Σx = c, Σx² = c, ΣxR = ΣxT − c, ΣR = ΣT − c, ΣR² = ΣT² − 2ΣxT + c,
	// and r = (nΣxR − ΣxΣR) / √((nΣx² − (Σx)²)(nΣR² − (ΣR)²)).
	var sumT, sumT2 float64
	for _, t := range totals {
		sumT += float64(t)
		sumT2 += float64(t * t)
	}
	sumXT := make([]float64, len(items)) // totals of the students who got each question right
	for s, row := range answers {
		for j, it := range items {
			if c := choice(row, j, it); c >= 0 && c == it.Answer {
				sumXT[j] += float64(totals[s])
			}
		}
	}
	fn := float64(n)
	for j := range items {
		st := &rep.Items[j]
		c := float64(st.Correct)
		st.Facility = c / fn
		sxr, sr, sr2 := sumXT[j]-c, sumT-c, sumT2-2*sumXT[j]+c
		vx, vr := fn*c-c*c, fn*sr2-sr*sr
		if vx > 0 && vr > 0 {
			st.Discrimination = (fn*sxr - c*sr) / math.Sqrt(vx*vr)
			st.HasDiscrimination = true
		}
	}

	// Top and bottom groups by total, highest first; a counting sort keeps
	// students with equal totals in the order given, so the groups are the
	// same on every run.
	g := max(1, int(math.Round(GroupShare*fn)))
	rep.GroupSize = g
	order := byTotal(totals, len(items))
	for j, it := range items {
		st := &rep.Items[j]
		st.Top = group(answers, order[:g], j, it)
		st.Bottom = group(answers, order[n-g:], j, it)
		st.Flags = flags(st, it, n)
	}
	return rep
}

// choice is student row's valid choice for question j, or Unanswered.
func choice(row []int, j int, it Item) int {
	if j >= len(row) || row[j] < 0 || row[j] >= it.Options {
		return Unanswered
	}
	return row[j]
}

// byTotal returns the students' indexes by total, highest first, stable.
func byTotal(totals []int, most int) []int {
	start := make([]int, most+2)
	for _, t := range totals {
		start[most-t+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	order := make([]int, len(totals))
	for s, t := range totals {
		order[start[most-t]] = s
		start[most-t]++
	}
	return order
}

func group(answers [][]int, who []int, j int, it Item) Group {
	g := Group{Size: len(who), Chosen: make([]int, max(it.Options, 0))}
	for _, s := range who {
		if c := choice(answers[s], j, it); c >= 0 {
			g.Chosen[c]++
		} else {
			g.Unanswered++
		}
	}
	return g
}

// flags lists what a teacher should know about one question, question-wide
// flags first, then each wrong option's in option order.
func flags(st *Stats, it Item, n int) []Flag {
	var fs []Flag
	switch {
	case st.Facility > EasyAbove:
		fs = append(fs, Flag{Easy, -1})
	case st.Facility < HardBelow:
		fs = append(fs, Flag{Hard, -1})
	}
	if st.HasDiscrimination && st.Discrimination < 0 {
		fs = append(fs, Flag{Reversed, -1})
	}
	for o, k := range st.Chosen {
		if o == it.Answer {
			continue
		}
		switch {
		case k > st.Correct:
			fs = append(fs, Flag{FooledMany, o})
		case float64(k) < FooledNobodyAt*float64(n):
			fs = append(fs, Flag{FooledNobody, o})
		}
	}
	return fs
}
