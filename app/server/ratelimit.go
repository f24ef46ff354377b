//go:build !wasm

package server

import (
	"math"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// limiter is a token bucket per key, a remote address (golang.org/x/time/rate).
// Callers pass the time, so that tests can drive it with their clock.
type limiter struct {
	limit rate.Limit
	burst int

	// mu guards buckets and last, and makes each take-or-refuse one step:
	// a refusal reserves a token and cancels the reservation, and another
	// request's reservation in between would keep the cancelled token
	// spent, so that a burst of refusals pushed Retry-After up to seconds
	// more than the rate says.
	mu      sync.Mutex
	buckets map[string]*rate.Limiter
	last    time.Time // the latest time asked about: time never runs back
}

// maxBuckets bounds a limiter's memory: past it, it starts afresh rather
// than grow without end under a flood of addresses. Starting afresh only
// ever lets more through, for a moment.
const maxBuckets = 50_000

func newLimiter(perSecond float64, burst int) *limiter {
	return &limiter{limit: rate.Limit(perSecond), burst: burst, buckets: map[string]*rate.Limiter{}}
}

// allow takes a token from key's bucket at now; when there is none it
// reports how long until there will be.
func (l *limiter) allow(key string, now time.Time) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	// Requests that read the clock before another took its token come
	// here later: they are served at the later time.
	if now.Before(l.last) {
		now = l.last
	}
	l.last = now
	b := l.buckets[key]
	if b == nil {
		if len(l.buckets) >= maxBuckets {
			clear(l.buckets)
		}
		b = rate.NewLimiter(l.limit, l.burst)
		l.buckets[key] = b
	}
	res := b.ReserveN(now, 1)
	if !res.OK() {
		return false, time.Minute
	}
	if d := res.DelayFrom(now); d > 0 {
		res.CancelAt(now)
		return false, d
	}
	return true, 0
}

// forget drops the buckets that are full again at now: they are the same
// as no bucket.
func (l *limiter) forget(now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for k, b := range l.buckets {
		if b.TokensAt(now) >= float64(l.burst) {
			delete(l.buckets, k)
		}
	}
}

// remoteHost is the IP of the request's direct peer. Forwarding headers are
// not trusted: the server faces the classroom network directly.
func remoteHost(r *http.Request) string { return peerIP(r.RemoteAddr) }

// peerIP is the IP of a "host:port" remote address (the address itself if
// it has no port).
func peerIP(addr string) string {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	return host
}

// writeRetry answers 429 with a Retry-After of whole seconds and a JSON
// error body, as every API refusal has.
func writeRetry(w http.ResponseWriter, retry time.Duration, msg string) {
	w.Header().Set("Retry-After", retryAfter(retry))
	writeError(w, http.StatusTooManyRequests, msg)
}

// tooMany answers 429 with a Retry-After of whole seconds and a plain-text
// body, for the endpoints outside the API.
func tooMany(w http.ResponseWriter, retry time.Duration, msg string) {
	w.Header().Set("Retry-After", retryAfter(retry))
	http.Error(w, msg, http.StatusTooManyRequests)
}

func retryAfter(d time.Duration) string {
	return strconv.Itoa(int(math.Ceil(max(d, time.Second).Seconds())))
}
