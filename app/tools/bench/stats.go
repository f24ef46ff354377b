//go:build !wasm

package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

// percentile returns the p-th percentile (0 < p ≤ 100) of xs by the
// nearest-rank method: the smallest value with at least p% of the values at
// or below it. It returns 0 for no values.
func percentile(xs []time.Duration, p float64) time.Duration {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	rank := int(math.Ceil(p / 100 * float64(len(s))))
	rank = max(1, min(rank, len(s)))
	return s[rank-1]
}

// median returns the middle value of xs (the mean of the two middle ones
// when there is an even number), or 0 for no values.
func median(xs []time.Duration) time.Duration {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// maximum returns the largest value of xs, or 0 for no values.
func maximum(xs []time.Duration) time.Duration {
	if len(xs) == 0 {
		return 0
	}
	return slices.Max(xs)
}

// minimum returns the smallest value of xs, or 0 for no values.
func minimum(xs []time.Duration) time.Duration {
	if len(xs) == 0 {
		return 0
	}
	return slices.Min(xs)
}

// table is a Markdown table.
type table struct {
	head []string
	rows [][]string
}

// add appends a row; cells are formatted with fmt's %v.
func (t *table) add(cells ...any) {
	row := make([]string, len(cells))
	for i, c := range cells {
		row[i] = strings.ReplaceAll(fmt.Sprint(c), "|", `\|`)
	}
	t.rows = append(t.rows, row)
}

// String renders the table as GitHub-flavoured Markdown.
func (t *table) String() string {
	var b strings.Builder
	line := func(cells []string) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" " + c + " |")
		}
		b.WriteString("\n")
	}
	line(t.head)
	sep := make([]string, len(t.head))
	for i := range sep {
		sep[i] = "---"
	}
	line(sep)
	for _, r := range t.rows {
		line(r)
	}
	return b.String()
}

// ms formats a duration in milliseconds with a precision that suits it.
func ms(d time.Duration) string {
	f := float64(d) / float64(time.Millisecond)
	switch {
	case f >= 100:
		return fmt.Sprintf("%.0f ms", f)
	case f >= 10:
		return fmt.Sprintf("%.1f ms", f)
	default:
		return fmt.Sprintf("%.2f ms", f)
	}
}

// mb formats a byte count in megabytes (10⁶ bytes), as the budgets do.
func mb(n int64) string {
	return fmt.Sprintf("%.2f MB", float64(n)/1e6)
}

// metMark is the verdict of a budget row.
func metMark(ok bool) string {
	if ok {
		return "met"
	}
	return "**missed**"
}
