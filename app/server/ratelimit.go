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

// addrRates is a token bucket per remote address (golang.org/x/time/rate).
type addrRates struct {
	limit rate.Limit
	burst int

	mu      sync.Mutex
	buckets map[string]*rate.Limiter
}

// maxAddrBuckets bounds an addrRates' memory: past it, it starts afresh
// rather than grow without end under a flood of addresses. Starting afresh
// only ever lets more through, for a moment.
const maxAddrBuckets = 50_000

func newAddrRates(perSecond float64, burst int) *addrRates {
	return &addrRates{limit: rate.Limit(perSecond), burst: burst, buckets: map[string]*rate.Limiter{}}
}

// allow takes a token for r's remote address; when there is none it reports
// how long until there will be.
func (a *addrRates) allow(r *http.Request) (bool, time.Duration) {
	key := peerIP(r.RemoteAddr)
	a.mu.Lock()
	l := a.buckets[key]
	if l == nil {
		if len(a.buckets) >= maxAddrBuckets {
			clear(a.buckets)
		}
		l = rate.NewLimiter(a.limit, a.burst)
		a.buckets[key] = l
	}
	a.mu.Unlock()
	now := time.Now()
	res := l.ReserveN(now, 1)
	if !res.OK() {
		return false, time.Minute
	}
	if d := res.DelayFrom(now); d > 0 {
		res.CancelAt(now)
		return false, d
	}
	return true, 0
}

// peerIP is the IP of a "host:port" remote address (the address itself if
// it has no port). Forwarding headers are not trusted: the server faces the
// classroom network directly.
func peerIP(addr string) string {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	return host
}

// tooMany answers 429 with a Retry-After of whole seconds.
func tooMany(w http.ResponseWriter, retry time.Duration, msg string) {
	w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(max(retry, time.Second).Seconds()))))
	http.Error(w, msg, http.StatusTooManyRequests)
}
