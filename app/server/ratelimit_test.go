//go:build !wasm

package server

import (
	"sync"
	"testing"
	"time"
)

// TestLimiterRefusalsCostNothing: once an address's burst is spent, each
// refusal says to wait for the next token, never longer, however the
// refused requests interleave and in whatever order they read the clock.
func TestLimiterRefusalsCostNothing(t *testing.T) {
	t0 := time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)
	l := newLimiter(1, 3)
	for range 3 {
		if ok, _ := l.allow("10.0.0.7", t0); !ok {
			t.Fatal("the burst was refused")
		}
	}
	// Requests that read the clock a moment apart arrive in any order.
	for i := range 200 {
		at := t0.Add(time.Duration(i%7) * time.Millisecond)
		ok, retry := l.allow("10.0.0.7", at)
		if ok || retry > time.Second {
			t.Fatalf("refusal %d at +%v: allowed %v, retry %v; want a refusal with at most 1s", i, at.Sub(t0), ok, retry)
		}
	}
	// And at once, from many goroutines.
	var wg sync.WaitGroup
	var mu sync.Mutex
	var worst time.Duration
	for range 200 {
		wg.Go(func() {
			for range 50 {
				_, retry := l.allow("10.0.0.7", t0.Add(10*time.Millisecond))
				mu.Lock()
				worst = max(worst, retry)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if worst > time.Second {
		t.Errorf("a concurrent refusal said to wait %v, want at most 1s", worst)
	}
	// The next token comes a second after the burst was spent.
	if ok, _ := l.allow("10.0.0.7", t0.Add(time.Second)); !ok {
		t.Error("no token a second later: refusals used tokens up")
	}
}
