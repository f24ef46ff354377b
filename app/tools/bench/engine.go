//go:build !wasm

package main

import (
	"context"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// benchResult is one line of `go test -bench` output.
type benchResult struct {
	Name    string  // without the "Benchmark" prefix and the -GOMAXPROCS suffix
	Words   int     // the article length the name states, 0 if none
	Iters   int64   // iterations run
	NsPerOp float64 // time per operation
	BPerOp  int64   // bytes allocated per operation, -1 if not reported
	Allocs  int64   // allocations per operation, -1 if not reported
}

var (
	benchLine = regexp.MustCompile(`^Benchmark(\S+?)(?:-\d+)?\s+(\d+)\s+([\d.]+) ns/op(.*)$`)
	benchMem  = regexp.MustCompile(`(\d+) B/op\s+(\d+) allocs/op`)
	// wordsIn finds an article length in a sub-benchmark name such as
	// "words=1000", "1000words", "1_000" or "5k".
	wordsIn = regexp.MustCompile(`(\d[\d_]*)(k?)`)
)

// parseBench reads the results out of `go test -bench -benchmem` output.
func parseBench(out string) []benchResult {
	var rs []benchResult
	for _, line := range strings.Split(out, "\n") {
		m := benchLine.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil {
			continue
		}
		r := benchResult{Name: m[1], BPerOp: -1, Allocs: -1}
		r.Iters, _ = strconv.ParseInt(m[2], 10, 64)
		r.NsPerOp, _ = strconv.ParseFloat(m[3], 64)
		if mm := benchMem.FindStringSubmatch(m[4]); mm != nil {
			r.BPerOp, _ = strconv.ParseInt(mm[1], 10, 64)
			r.Allocs, _ = strconv.ParseInt(mm[2], 10, 64)
		}
		if _, sub, ok := strings.Cut(r.Name, "/"); ok {
			if wm := wordsIn.FindStringSubmatch(sub); wm != nil {
				n, _ := strconv.Atoi(strings.ReplaceAll(wm[1], "_", ""))
				if wm[2] == "k" {
					n *= 1000
				}
				r.Words = n
			}
		}
		rs = append(rs, r)
	}
	return rs
}

// engineReport is the engine section's outcome.
type engineReport struct {
	Command string
	Results []benchResult
	Output  string // the raw output, kept when nothing could be parsed
}

// runEngine runs the engine's benchmarks.
func runEngine(ctx context.Context, root string) (engineReport, error) {
	args := []string{"test", "-run", "^$", "-bench", ".", "-benchmem", "./quiz"}
	rep := engineReport{Command: "go test -run '^$' -bench . -benchmem ./quiz"}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	rep.Output = string(out)
	rep.Results = parseBench(rep.Output)
	if err != nil {
		return rep, fmt.Errorf("%s: %v\n%s", rep.Command, err, out)
	}
	return rep, nil
}

// generateAt returns the Generate result for an article of n words, if any.
func (e engineReport) generateAt(n int) (benchResult, bool) {
	for _, r := range e.Results {
		if strings.HasPrefix(r.Name, "Generate/") && r.Words == n {
			return r, true
		}
	}
	return benchResult{}, false
}

// markdown renders the engine section.
func (e engineReport) markdown() string {
	var b strings.Builder
	if len(e.Results) == 0 {
		b.WriteString("No benchmark results were found in the output:\n\n```\n" + strings.TrimSpace(e.Output) + "\n```\n")
		return b.String()
	}
	t := table{head: []string{"benchmark", "words", "ns/op", "ms/op", "B/op", "allocs/op", "µs per word"}}
	for _, r := range e.Results {
		words, perWord := "", ""
		if r.Words > 0 {
			words = strconv.Itoa(r.Words)
			perWord = fmt.Sprintf("%.2f", r.NsPerOp/1e3/float64(r.Words))
		}
		bop, allocs := "", ""
		if r.Allocs >= 0 {
			bop, allocs = strconv.FormatInt(r.BPerOp, 10), strconv.FormatInt(r.Allocs, 10)
		}
		t.add(r.Name, words, fmt.Sprintf("%.0f", r.NsPerOp), fmt.Sprintf("%.2f", r.NsPerOp/1e6), bop, allocs, perWord)
	}
	b.WriteString(t.String())
	// Growth: the time per word at each size relative to the smallest size.
	// A ratio near 1 at every size means time grows linearly with length.
	var gen []benchResult
	for _, r := range e.Results {
		if strings.HasPrefix(r.Name, "Generate/") && r.Words > 0 {
			gen = append(gen, r)
		}
	}
	if len(gen) >= 2 {
		base := gen[0].NsPerOp / float64(gen[0].Words)
		g := table{head: []string{"words", "× words", "× time", "time per word vs. smallest"}}
		for _, r := range gen {
			g.add(r.Words, fmt.Sprintf("%.1f", float64(r.Words)/float64(gen[0].Words)),
				fmt.Sprintf("%.1f", r.NsPerOp/gen[0].NsPerOp),
				fmt.Sprintf("%.2f×", r.NsPerOp/float64(r.Words)/base))
		}
		b.WriteString("\nGrowth (linear time keeps the last column near 1.00×):\n\n")
		b.WriteString(g.String())
	}
	return b.String()
}
