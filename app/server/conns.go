//go:build !wasm

package server

import (
	"net"
	"net/http"
	"strings"
	"sync"
)

// Default connection limits. A school routes every student through one
// address, so the per-address limits leave room for a whole class of the
// default -max-players (1,000) behind one router: a stream each, a second
// connection for their requests, and the bursts of loading the pages.
const (
	DefaultMaxConns          = 10_000 // open connections in all, lowered to fit the open-file limit
	DefaultMaxConnsPerAddr   = 5_000  // open connections from one address
	DefaultMaxStreamsPerAddr = 1_100  // open event streams from one address: 1,000 students, hosts, spare tabs
)

// Limits caps the connections a server holds. A zero field takes its default.
type Limits struct {
	MaxConns          int
	MaxConnsPerAddr   int
	MaxStreamsPerAddr int
}

// WithDefaults returns l with every zero (or negative) field set to its default.
func (l Limits) WithDefaults() Limits {
	for _, f := range []struct {
		v   *int
		def int
	}{{&l.MaxConns, DefaultMaxConns}, {&l.MaxConnsPerAddr, DefaultMaxConnsPerAddr}, {&l.MaxStreamsPerAddr, DefaultMaxStreamsPerAddr}} {
		if *f.v <= 0 {
			*f.v = f.def
		}
	}
	return l
}

// addrCounter counts what each remote address holds open.
type addrCounter struct {
	max    int
	mu     sync.Mutex
	byAddr map[string]int
}

func newAddrCounter(max int) *addrCounter {
	return &addrCounter{max: max, byAddr: map[string]int{}}
}

// acquire counts one more for addr, unless addr is at the limit.
func (c *addrCounter) acquire(addr string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byAddr[addr] >= c.max {
		return false
	}
	c.byAddr[addr]++
	return true
}

func (c *addrCounter) release(addr string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byAddr[addr] <= 1 {
		delete(c.byAddr, addr)
	} else {
		c.byAddr[addr]--
	}
}

// limitStreams refuses an event stream (any GET under /api/ ending in
// /events) with 429 while its address holds max streams already, so that a
// single address cannot tie up the server's connections with streams.
func limitStreams(next http.Handler, max int) http.Handler {
	open := newAddrCounter(max)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasSuffix(r.URL.Path, "/events") {
			next.ServeHTTP(w, r)
			return
		}
		addr := peerIP(r.RemoteAddr)
		if !open.acquire(addr) {
			w.Header().Set("Retry-After", "10")
			writeError(w, http.StatusTooManyRequests, "too many live connections from this network")
			return
		}
		defer open.release(addr)
		next.ServeHTTP(w, r)
	})
}

// LimitListener returns a listener that holds at most max connections open
// in all and perAddr from one remote IP. A connection past either limit is
// closed as soon as it is accepted — it costs a file descriptor for a moment
// only — and a browser simply tries again. (golang.org/x/net/netutil's
// LimitListener instead stops accepting, which leaves everyone waiting
// behind one busy client.)
func LimitListener(ln net.Listener, max, perAddr int) net.Listener {
	return &limitListener{Listener: ln, max: max, byAddr: newAddrCounter(perAddr)}
}

type limitListener struct {
	net.Listener
	max    int
	byAddr *addrCounter

	mu   sync.Mutex
	open int
}

// Accept returns the next connection within the limits.
func (l *limitListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		addr := peerIP(c.RemoteAddr().String())
		l.mu.Lock()
		ok := l.open < l.max
		if ok {
			l.open++
		}
		l.mu.Unlock()
		if ok && l.byAddr.acquire(addr) {
			return &limitConn{Conn: c, release: func() { l.release(addr) }}, nil
		}
		if ok {
			l.mu.Lock()
			l.open--
			l.mu.Unlock()
		}
		// Refuse at once: no read, no TLS, no header timeout to wait out.
		if tc, ok := c.(*net.TCPConn); ok {
			tc.SetLinger(0)
		}
		c.Close()
	}
}

func (l *limitListener) release(addr string) {
	l.mu.Lock()
	l.open--
	l.mu.Unlock()
	l.byAddr.release(addr)
}

// limitConn gives its slot back once, when closed.
type limitConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *limitConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}
