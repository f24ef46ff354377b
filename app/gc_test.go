//go:build !wasm

package main

import (
	"runtime/debug"
	"testing"
)

// TestTuneGC checks that the server collects garbage less often than Go's
// default unless GOGC in the environment says otherwise.
func TestTuneGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	for _, tc := range []struct {
		gogc string
		want int
	}{
		{"", serveGCPercent},
		{"50", 100}, // left as the runtime set it (here, as the test set it)
	} {
		debug.SetGCPercent(100)
		tuneGC(func(k string) string {
			if k == "GOGC" {
				return tc.gogc
			}
			return ""
		})
		if got := debug.SetGCPercent(100); got != tc.want {
			t.Errorf("GOGC=%q: GC percent %d, want %d", tc.gogc, got, tc.want)
		}
	}
}
