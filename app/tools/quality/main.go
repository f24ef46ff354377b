// Command quality generates a quiz for every article (*.txt) of a folder and
// writes QUALITY.md: questions made per article, the engine's automatic
// defect checks (package quiz/quality) and the answer-blind strategy table.
// The report holds figures and file names only, never article text, so it
// can be committed for a corpus the project may not copy.
//
//	go run ./app/tools/quality [-dir ../shared/corpus] [-out QUALITY.md] [-json DIR]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"storyquiz/quiz"
	"storyquiz/quiz/quality"
)

func main() {
	def := "quiz/testdata"
	if st, err := os.Stat("../shared/corpus"); err == nil && st.IsDir() {
		def = "../shared/corpus"
	}
	dir := flag.String("dir", def, "folder of plain-text articles (*.txt)")
	out := flag.String("out", "QUALITY.md", "report to write")
	dump := flag.String("json", "", "folder to write each quiz to as JSON (optional; made if missing)")
	n := flag.Int("n", quiz.DefaultQuestions, "questions per quiz")
	seed := flag.Int64("seed", 1, "seed")
	flag.Parse()
	if err := run(*dir, *out, *dump, *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "quality:", err)
		os.Exit(1)
	}
}

type row struct {
	file            string
	words, made     int
	kinds           int
	defects         map[string]int
	reason          string
	err             string
	elapsed         time.Duration
	sentences, asks int
}

func run(dir, out, dump string, n int, seed int64) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no *.txt articles in %s", dir)
	}
	sort.Strings(files)
	if dump != "" {
		if err := os.MkdirAll(dump, 0o755); err != nil {
			return err
		}
	}
	var rows []row
	var quizzes []*quiz.Quiz
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		r := row{file: filepath.Base(f), words: len(strings.Fields(string(b))), defects: map[string]int{}}
		start := time.Now()
		q, rep, err := quiz.GenerateReport(string(b), quiz.Options{N: n, Seed: seed})
		r.elapsed = time.Since(start)
		if err != nil {
			r.err = err.Error()
			rows = append(rows, r)
			continue
		}
		r.made, r.reason = rep.Made, rep.Reason
		kinds := map[quiz.Kind]bool{}
		for _, x := range q.Questions {
			kinds[x.Kind] = true
		}
		r.kinds = len(kinds)
		for _, d := range quality.Check(q, string(b)) {
			r.defects[d.Kind]++
		}
		quizzes = append(quizzes, q)
		rows = append(rows, r)
		if dump != "" {
			j, _ := json.MarshalIndent(q, "", "  ")
			if err := os.WriteFile(filepath.Join(dump, strings.TrimSuffix(r.file, ".txt")+".json"), j, 0o644); err != nil {
				return err
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# Question quality\n\n")
	fmt.Fprintf(&b, "Written by `make quality` (`go run ./app/tools/quality`) for the %d articles of `%s`, %d questions wanted each, seed %d. ", len(files), dir, n, seed)
	fmt.Fprintf(&b, "Figures and file names only: no article text. The checks are automatic (package `quiz/quality`); a teacher's reading is still the judge.\n\n")
	total, short, long, longShort, defects := 0, 0, 0, 0, 0
	byKind := map[string]int{}
	var slowest time.Duration
	for _, r := range rows {
		total += r.made
		if r.made < n {
			short++
		}
		if r.words >= 250 {
			long++
			if r.made < n {
				longShort++
			}
		}
		for k, c := range r.defects {
			defects += c
			byKind[k] += c
		}
		slowest = max(slowest, r.elapsed)
	}
	fmt.Fprintf(&b, "## Summary\n\n")
	fmt.Fprintf(&b, "| figure | value |\n|---|---|\n")
	fmt.Fprintf(&b, "| articles | %d |\n| questions made | %d |\n| quizzes with fewer than %d | %d |\n", len(rows), total, n, short)
	fmt.Fprintf(&b, "| articles of 250 words or more | %d |\n| of those, with fewer than %d | %d |\n", long, n, longShort)
	fmt.Fprintf(&b, "| automatic defects | %d |\n", defects)
	var ks []string
	for k := range byKind {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Fprintf(&b, "| defects: %s | %d |\n", k, byKind[k])
	}
	ss := quality.Testwise(quizzes)
	best, margin := quality.BestMargin(ss)
	fmt.Fprintf(&b, "| best answer-blind strategy | %s, %.1f points above chance |\n\n", best.Name, margin)
	fmt.Fprintf(&b, "## Answer-blind strategies\n\nA quiz resists test-wise guessing when no strategy beats chance by more than 10 points.\n\n")
	fmt.Fprintf(&b, "| strategy | questions | right | chance | margin (points) |\n|---|---:|---:|---:|---:|\n")
	for _, s := range ss {
		fmt.Fprintf(&b, "| %s | %d | %.1f%% | %.1f%% | %+.1f |\n", s.Name, s.Questions, 100*s.Accuracy(), 100*s.Chance/float64(max(1, s.Questions)), s.Margin())
	}
	fmt.Fprintf(&b, "\n## Per article\n\n| article | words | questions | kinds | defects | why fewer |\n|---|---:|---:|---:|---|---|\n")
	for _, r := range rows {
		if r.err != "" {
			fmt.Fprintf(&b, "| %s | %d | 0 | 0 | - | %s |\n", r.file, r.words, r.err)
			continue
		}
		var ds []string
		for k, c := range r.defects {
			ds = append(ds, fmt.Sprintf("%s %d", k, c))
		}
		sort.Strings(ds)
		d := strings.Join(ds, ", ")
		if d == "" {
			d = "none"
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %s | %s |\n", r.file, r.words, r.made, r.kinds, d, r.reason)
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}
