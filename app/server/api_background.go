//go:build !wasm

package server

import (
	"math"
	"net"
	"net/http"
	"sync"
	"time"

	"storyquiz/quiz/session"
)

// every runs fn every interval until the API closes; the API's background
// loops (time limits, expiry) run on it.
func (a *API) every(interval time.Duration, fn func()) {
	defer a.bg.Done()
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-a.done:
			return
		case <-t.C:
			fn()
		}
	}
}

// tickAll closes questions whose time limit has run out: it applies a Tick
// to each loaded session with a deadline that has passed. (A session not in
// memory has nobody watching; its deadline is applied when it is loaded.)
func (a *API) tickAll() {
	now := a.now()
	for _, l := range a.snapshot() {
		l.mu.Lock()
		var d time.Time
		ok := false
		if l.s != nil {
			d, ok = l.s.NextDeadline()
		}
		l.mu.Unlock()
		if ok && !now.Before(d) {
			if err := a.apply(l, session.Event{Type: session.EvTick, At: now}); err != nil && err != errGone {
				a.log.Error("time limit tick failed", "code", l.code, "err", err)
			}
		}
	}
}

// snapshot returns the sessions, so loops can visit them without holding
// the registry lock.
func (a *API) snapshot() []*live {
	a.mu.RLock()
	defer a.mu.RUnlock()
	out := make([]*live, 0, len(a.sessions))
	for _, l := range a.sessions {
		out = append(out, l)
	}
	return out
}

// expire deletes the sessions whose last change is older than IdleExpiry,
// from memory and from the store (which gives their space back), and forgets
// idle rate-limit buckets. The store's list decides: every change is in it.
func (a *API) expire() {
	now := a.now()
	cutoff := now.Add(-a.cfg.IdleExpiry)
	entries, err := a.store.Sessions(cutoff)
	if err != nil {
		a.log.Error("could not list sessions for expiry", "err", err)
		return
	}
	alive := make(map[string]bool, len(entries))
	for _, e := range entries {
		alive[e.Code] = true
	}
	for _, l := range a.snapshot() {
		if alive[l.code] {
			continue
		}
		l.mu.Lock()
		// A change may have landed since the list was read.
		idle := l.s == nil || l.s.Updated().Before(cutoff)
		if idle {
			l.gone = true
			if l.s != nil {
				l.notifyLocked() // streams see gone and end
			}
		}
		l.mu.Unlock()
		if idle {
			a.mu.Lock()
			delete(a.sessions, l.code)
			a.mu.Unlock()
			a.log.Info("session expired", "code", l.code)
		}
	}
	if _, err := a.store.DeleteExpired(cutoff); err != nil {
		a.log.Error("could not delete expired sessions", "err", err)
	}
	for _, lim := range []*limiter{a.joins, a.create, a.fails} {
		lim.forget(now)
	}
}

// limiter is a token bucket per key (a remote address).
type limiter struct {
	rate  float64 // tokens per second
	burst float64

	mu      sync.Mutex
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

// maxBuckets bounds the limiter's memory; past it, the limiter starts afresh
// rather than grow without end under a flood of addresses.
const maxBuckets = 100_000

func newLimiter(rate float64, burst int) *limiter {
	return &limiter{rate: rate, burst: float64(burst), buckets: map[string]*bucket{}}
}

// allow takes a token from key's bucket; when there is none it reports how
// long until there will be.
func (l *limiter) allow(key string, now time.Time) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.buckets[key]
	if b == nil {
		if len(l.buckets) >= maxBuckets {
			clear(l.buckets)
		}
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[key] = b
	}
	if dt := now.Sub(b.last).Seconds(); dt > 0 {
		b.tokens = math.Min(l.burst, b.tokens+dt*l.rate)
	}
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	return false, time.Duration((1 - b.tokens) / l.rate * float64(time.Second))
}

// forget drops buckets that have refilled completely: they are the same as
// no bucket.
func (l *limiter) forget(now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for k, b := range l.buckets {
		if b.tokens+now.Sub(b.last).Seconds()*l.rate >= l.burst {
			delete(l.buckets, k)
		}
	}
}

// remoteHost returns the IP of the direct peer. Forwarding headers are not
// trusted: the server is meant to face the classroom network directly.
func remoteHost(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
