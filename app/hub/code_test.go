//go:build !wasm

package hub

import (
	"strings"
	"testing"
)

func TestNewCode(t *testing.T) {
	seen := map[string]bool{}
	counts := map[rune]int{}
	for range 2000 {
		c := newCode()
		if len(c) != CodeLength || strings.ContainsAny(c, "0O1IL") || strings.Trim(c, CodeAlphabet) != "" {
			t.Fatalf("newCode() = %q", c)
		}
		seen[c] = true
		for _, r := range c {
			counts[r]++
		}
	}
	if len(seen) < 1990 || len(counts) != len(CodeAlphabet) {
		t.Errorf("%d distinct codes of 2000, %d distinct characters", len(seen), len(counts))
	}
}
