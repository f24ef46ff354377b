//go:build !wasm

package main

import (
	"strings"
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	var xs []time.Duration
	for i := 100; i >= 1; i-- { // unsorted on purpose
		xs = append(xs, time.Duration(i)*time.Millisecond)
	}
	for _, c := range []struct {
		p    float64
		want time.Duration
	}{{50, 50 * time.Millisecond}, {99, 99 * time.Millisecond}, {100, 100 * time.Millisecond}, {0.1, time.Millisecond}} {
		if got := percentile(xs, c.p); got != c.want {
			t.Errorf("percentile(1..100 ms, %v) = %v, want %v", c.p, got, c.want)
		}
	}
	if got := percentile([]time.Duration{7}, 99); got != 7 {
		t.Errorf("percentile of one value = %v, want 7", got)
	}
	if got := percentile(nil, 50); got != 0 {
		t.Errorf("percentile of nothing = %v, want 0", got)
	}
	if xs[0] != 100*time.Millisecond {
		t.Error("percentile sorted its argument in place")
	}
}

func TestMedianAndMax(t *testing.T) {
	if got := median([]time.Duration{5, 1, 3}); got != 3 {
		t.Errorf("median of 5,1,3 = %v, want 3", got)
	}
	if got := median([]time.Duration{4, 1, 3, 2}); got != 2 {
		t.Errorf("median of 4,1,3,2 = %v, want 2 (mean of 2 and 3, truncated)", got)
	}
	if got := maximum([]time.Duration{4, 9, 3}); got != 9 {
		t.Errorf("maximum = %v, want 9", got)
	}
}

func TestTable(t *testing.T) {
	tb := table{head: []string{"a", "b"}}
	tb.add("x|y", 2)
	want := "| a | b |\n| --- | --- |\n| x\\|y | 2 |\n"
	if got := tb.String(); got != want {
		t.Errorf("table:\n%s\nwant:\n%s", got, want)
	}
}

func TestParseBench(t *testing.T) {
	out := `goos: linux
BenchmarkGenerate/words=250-2         	    1000	   1200000 ns/op	  300000 B/op	    4000 allocs/op
BenchmarkGenerate/words=1000-2        	     300	   4000000 ns/op	   1.50 MB/s	 1200000 B/op	   16000 allocs/op
BenchmarkGenerate/5k-2                	      50	  20000000 ns/op	 6000000 B/op	   80000 allocs/op
BenchmarkParse-2                      	   10000	    100000 ns/op
PASS
`
	rs := parseBench(out)
	if len(rs) != 4 {
		t.Fatalf("parsed %d results, want 4: %+v", len(rs), rs)
	}
	if rs[0].Name != "Generate/words=250" || rs[0].NsPerOp != 1200000 || rs[0].Allocs != 4000 || rs[0].Words != 250 {
		t.Errorf("first result = %+v", rs[0])
	}
	if rs[2].Words != 5000 {
		t.Errorf("5k parsed as %d words", rs[2].Words)
	}
	if rs[3].Words != 0 || rs[3].Allocs != -1 {
		t.Errorf("Parse result = %+v, want no words and no allocs", rs[3])
	}
	if !strings.HasPrefix(rs[1].Name, "Generate/") {
		t.Errorf("name %q", rs[1].Name)
	}
}
