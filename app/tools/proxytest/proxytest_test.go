//go:build !wasm

package proxytest

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// TestProxy spreads requests over two servers without stickiness, leaves a
// stopped one out once its health check fails, and keeps answering.
func TestProxy(t *testing.T) {
	if _, err := Bin(); err != nil {
		t.Skip(err)
	}
	var srvs []*httptest.Server
	var addrs []string
	for _, name := range []string{"a", "b"} {
		s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, name) }))
		t.Cleanup(s.Close)
		srvs = append(srvs, s)
		addrs = append(addrs, s.Listener.Addr().String())
	}
	p := New(t, addrs)
	get := func() string {
		t.Helper()
		resp, err := http.Get(p.URL + "/x")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	seen := map[string]int{}
	for range 10 {
		seen[get()]++
	}
	if seen["a"] == 0 || seen["b"] == 0 {
		t.Errorf("answers %v, want both servers", seen)
	}
	srvs[1].Close()
	var st map[string]string
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		var err error
		if st, err = p.Status(); err != nil {
			t.Fatal(err)
		}
		if st["node2"] == "DOWN" {
			break
		}
	}
	if got := st; got["node1"] != "UP" || got["node2"] != "DOWN" {
		t.Fatalf("status %v, want node1 UP and node2 DOWN", got)
	}
	for range 5 {
		if got := get(); got != "a" {
			t.Errorf("answer %q with b down, want a", got)
		}
	}
}
