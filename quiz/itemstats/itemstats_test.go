package itemstats

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

const u = Unanswered

// class is ten students on three four-option questions whose keys are
// options 0, 1 and 2. Their totals are 3 3 2 2 2 1 1 0 0 0, so the top
// group (27 % of 10 ≈ 3) is students 0, 1, 2 and the bottom group 7, 8, 9.
var class = [][]int{
	{0, 1, 2}, {0, 1, 2}, {0, 1, 0}, {0, 2, 2}, {0, 1, u},
	{1, 1, 3}, {0, 3, 3}, {1, 0, u}, {1, 2, 0}, {u, 3, 1},
}

// skewed is ten students on three three-option questions keyed 0: everyone
// gets the first; only student 9, one of the weaker students, gets the
// second, which most choose option 1 for; the five strongest get the third.
var skewed = [][]int{
	{0, 1, 0}, {0, 1, 0}, {0, 1, 0}, {0, 1, 0}, {0, 1, 0},
	{0, 1, 2}, {0, 1, 1}, {0, 1, 2}, {0, 2, 1}, {0, 0, 2},
}

func TestAnalyze(t *testing.T) {
	four := []Item{{4, 0}, {4, 1}, {4, 2}}
	three := []Item{{3, 0}, {3, 0}, {3, 0}}
	tests := []struct {
		name    string
		items   []Item
		answers [][]int
		want    Report
	}{
		{
			// Question 1 by hand: x = 1 1 1 1 1 0 1 0 0 0 (mean 0.6), the rest
			// scores R = T − x = 2 2 1 1 1 1 0 0 0 0 (mean 0.8). ΣxR = 7, so
			// the co-variation is 7 − 10·0.6·0.8 = 2.2; Σ(x−x̄)² = 6 − 3.6 = 2.4;
			// Σ(R−R̄)² = 12 − 6.4 = 5.6; r = 2.2 / √(2.4·5.6) = 0.60010.
			name: "ten students", items: four, answers: class,
			want: Report{Students: 10, GroupSize: 3, Items: []Stats{
				{Correct: 6, Wrong: 3, Unanswered: 1, Chosen: []int{6, 3, 0, 0}, Facility: 0.6,
					Discrimination: 0.600099198148979, HasDiscrimination: true,
					Top:    Group{Size: 3, Chosen: []int{3, 0, 0, 0}},
					Bottom: Group{Size: 3, Chosen: []int{0, 2, 0, 0}, Unanswered: 1},
					Flags:  []Flag{{FooledNobody, 2}, {FooledNobody, 3}}},
				{Correct: 5, Wrong: 5, Chosen: []int{1, 5, 2, 2}, Facility: 0.5,
					Discrimination: 0.3611575592573075, HasDiscrimination: true,
					Top:    Group{Size: 3, Chosen: []int{0, 3, 0, 0}},
					Bottom: Group{Size: 3, Chosen: []int{1, 0, 1, 1}}},
				{Correct: 3, Wrong: 5, Unanswered: 2, Chosen: []int{2, 1, 3, 2}, Facility: 0.3,
					Discrimination: 0.44659589686882367, HasDiscrimination: true,
					Top:    Group{Size: 3, Chosen: []int{1, 0, 2, 0}},
					Bottom: Group{Size: 3, Chosen: []int{1, 1, 0, 0}, Unanswered: 1}},
			}},
		},
		{
			// Question 2 by hand: x is 1 for student 9 only (mean 0.1); R =
			// 2 2 2 2 2 1 1 1 1 1 (mean 1.5). ΣxR = 1, so 1 − 10·0.1·1.5 = −0.5;
			// Σ(x−x̄)² = 0.9; Σ(R−R̄)² = 25 − 22.5 = 2.5; r = −0.5 / 1.5 = −1/3.
			// Totals 2 2 2 2 2 1 1 1 1 2 put student 9 sixth: the bottom
			// group is 6, 7, 8.
			name: "flags", items: three, answers: skewed,
			want: Report{Students: 10, GroupSize: 3, Items: []Stats{
				{Correct: 10, Chosen: []int{10, 0, 0}, Facility: 1,
					Top:    Group{Size: 3, Chosen: []int{3, 0, 0}},
					Bottom: Group{Size: 3, Chosen: []int{3, 0, 0}},
					Flags:  []Flag{{Easy, -1}, {FooledNobody, 1}, {FooledNobody, 2}}},
				{Correct: 1, Wrong: 9, Chosen: []int{1, 8, 1}, Facility: 0.1,
					Discrimination: -1.0 / 3, HasDiscrimination: true,
					Top:    Group{Size: 3, Chosen: []int{0, 3, 0}},
					Bottom: Group{Size: 3, Chosen: []int{0, 2, 1}},
					Flags:  []Flag{{Hard, -1}, {Reversed, -1}, {FooledMany, 1}}},
				{Correct: 5, Wrong: 5, Chosen: []int{5, 2, 3}, Facility: 0.5,
					Discrimination: -1.0 / 3, HasDiscrimination: true,
					Top:    Group{Size: 3, Chosen: []int{3, 0, 0}},
					Bottom: Group{Size: 3, Chosen: []int{0, 2, 1}},
					Flags:  []Flag{{Reversed, -1}}},
			}},
		},
		{
			// Short rows and choices out of range count as unanswered.
			name: "three students: counts only", items: four[:2],
			answers: [][]int{{0, 1}, {2}, {9, -7}},
			want: Report{Students: 3, CountsOnly: true, Items: []Stats{
				{Correct: 1, Wrong: 1, Unanswered: 1, Chosen: []int{1, 0, 1, 0}},
				{Correct: 1, Unanswered: 2, Chosen: []int{0, 1, 0, 0}},
			}},
		},
		{
			name: "nobody", items: four[:1],
			want: Report{CountsOnly: true, Items: []Stats{{Chosen: []int{0, 0, 0, 0}}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Analyze(tt.items, tt.answers)
			// Floating-point sums in another order differ in the last bits.
			for j := range got.Items {
				if j < len(tt.want.Items) && math.Abs(got.Items[j].Discrimination-tt.want.Items[j].Discrimination) < 1e-12 {
					got.Items[j].Discrimination = tt.want.Items[j].Discrimination
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestGroupShare(t *testing.T) {
	g := Group{Size: 4, Chosen: []int{1, 3}}
	tests := []struct {
		g    Group
		o    int
		want float64
	}{{g, 0, 0.25}, {g, 1, 0.75}, {g, 2, 0}, {g, -1, 0}, {Group{}, 0, 0}}
	for _, tt := range tests {
		if got := tt.g.Share(tt.o); got != tt.want {
			t.Errorf("%+v.Share(%d) = %v, want %v", tt.g, tt.o, got, tt.want)
		}
	}
}

func TestFlagWords(t *testing.T) {
	tests := []struct {
		kind FlagKind
		want string
	}{
		{Easy, "Almost everyone got it"},
		{Hard, "Almost nobody got it"},
		{Reversed, "Strong students missed it more than weak ones — check the key"},
		{FooledMany, "This wrong option fooled many"},
		{FooledNobody, "This option fooled nobody"},
	}
	for _, tt := range tests {
		if got := (Flag{Kind: tt.kind}).String(); got != tt.want {
			t.Errorf("flag %d says %q, want %q", tt.kind, got, tt.want)
		}
	}
}

// TestGroupSizes checks the 27 % rounding at the class sizes teachers have.
func TestGroupSizes(t *testing.T) {
	tests := []struct{ students, want int }{{10, 3}, {11, 3}, {20, 5}, {30, 8}, {100, 27}, {3000, 810}}
	for _, tt := range tests {
		answers := make([][]int, tt.students)
		for i := range answers {
			answers[i] = []int{i % 2}
		}
		if got := Analyze([]Item{{2, 0}}, answers).GroupSize; got != tt.want {
			t.Errorf("%d students: group size %d, want %d", tt.students, got, tt.want)
		}
	}
}

// Synthetic is a class of students answering questions: each student has an
// ability and each question a difficulty, and the chance of the right
// answer follows from both, so totals spread as in a real class; about one
// answer in forty is left out. It is the benchmark's data.
func Synthetic(students, questions int, seed uint64) ([]Item, [][]int) {
	r := rand.New(rand.NewPCG(seed, 1))
	items := make([]Item, questions)
	diff := make([]float64, questions)
	for j := range items {
		items[j] = Item{Options: 4, Answer: r.IntN(4)}
		diff[j] = r.NormFloat64()
	}
	answers := make([][]int, students)
	for s := range answers {
		ability := r.NormFloat64()
		row := make([]int, questions)
		for j, it := range items {
			switch p := 1 / (1 + math.Exp(diff[j]-ability)); {
			case r.IntN(40) == 0:
				row[j] = Unanswered
			case r.Float64() < p:
				row[j] = it.Answer
			default:
				row[j] = (it.Answer + 1 + r.IntN(3)) % 4
			}
		}
		answers[s] = row
	}
	return items, answers
}

func TestSynthetic(t *testing.T) {
	items, answers := Synthetic(3000, 20, 1)
	rep := Analyze(items, answers)
	for j, st := range rep.Items {
		if st.Correct+st.Wrong+st.Unanswered != 3000 {
			t.Errorf("question %d: %d + %d + %d students, want 3000", j+1, st.Correct, st.Wrong, st.Unanswered)
		}
		// Ability drives every answer, so every question discriminates.
		if !st.HasDiscrimination || st.Discrimination <= 0 {
			t.Errorf("question %d: discrimination %v (defined %v), want positive", j+1, st.Discrimination, st.HasDiscrimination)
		}
	}
}

// BenchmarkAnalyze is the design's budget: 3,000 students × 20 questions
// in ≤ 100 ms. `make bench` reports it.
func BenchmarkAnalyze(b *testing.B) {
	items, answers := Synthetic(3000, 20, 1)
	b.ReportAllocs()
	for b.Loop() {
		Analyze(items, answers)
	}
}
