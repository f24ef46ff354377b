//go:build !wasm

package main

import (
	"context"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

// budgetItems is the design's budget for the item analysis of 3,000
// students × 20 questions.
const budgetItems = 100 * time.Millisecond

// itemsCommand runs the item analysis's benchmark, whose synthetic class
// (3,000 students of spread abilities, 20 questions, about one answer in
// forty left out) lives beside it in quiz/itemstats.
const itemsCommand = "go test -run '^$' -bench Analyze -benchmem ./quiz/itemstats"

// itemsReport is the item analysis section's outcome.
type itemsReport struct {
	Result *benchResult
	Output string // the raw output, kept when nothing could be parsed
}

// runItems runs the item analysis benchmark.
func runItems(ctx context.Context, root string) (itemsReport, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", "test", "-run", "^$", "-bench", "Analyze", "-benchmem", "./quiz/itemstats")
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	rep := itemsReport{Output: string(out)}
	for _, r := range parseBench(rep.Output) {
		if r.Name == "Analyze" {
			rep.Result = &r
		}
	}
	if err != nil {
		return rep, fmt.Errorf("%s: %v\n%s", itemsCommand, err, out)
	}
	return rep, nil
}

// took is the time of one analysis, and false when none was measured.
func (r itemsReport) took() (time.Duration, bool) {
	if r.Result == nil {
		return 0, false
	}
	return time.Duration(r.Result.NsPerOp), true
}

// markdown renders the item analysis section.
func (r itemsReport) markdown() string {
	var b strings.Builder
	b.WriteString("\n## Item analysis\n\n")
	fmt.Fprintf(&b, "Command: `%s`. One run of `itemstats.Analyze` (facility, corrected point-biserial discrimination, "+
		"top and bottom 27 %% and flags for every question) over a synthetic class of 3,000 students × 20 four-option questions, "+
		"natively; the results page runs the same code in WebAssembly on the session's results.\n\n", itemsCommand)
	if r.Result == nil {
		b.WriteString("No benchmark result was found in the output:\n\n```\n" + strings.TrimSpace(r.Output) + "\n```\n")
		return b.String()
	}
	t := table{head: []string{"students × questions", "time per analysis", "B/op", "allocs/op"}}
	t.add("3,000 × 20", ms(time.Duration(r.Result.NsPerOp)), r.Result.BPerOp, r.Result.Allocs)
	b.WriteString(t.String())
	return b.String()
}
