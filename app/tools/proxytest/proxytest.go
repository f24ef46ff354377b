//go:build !wasm

// Package proxytest runs Debian's HAProxy in front of several Storyquiz
// servers for tests and benchmarks, as a district would: one loopback
// address, requests spread over the servers with no sticky sessions, each
// server health-checked on /healthz and left out while it fails, and a
// request whose connection to a dead server failed sent to another one.
// `make haproxy` (a prerequisite of `make test`) installs the package when
// it is missing; HAProxy runs in the foreground, from a temporary folder
// that Close removes.
package proxytest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"storyquiz/app/tools/proc"
)

// Proxy is a running HAProxy.
type Proxy struct {
	URL  string // http://127.0.0.1:port
	Addr string // 127.0.0.1:port
	dir  string
	cmd  *exec.Cmd
	out  *proc.Output
	done chan struct{}
}

// Bin finds the haproxy program: on PATH, or in /usr/sbin (often off a
// user's PATH).
func Bin() (string, error) {
	if p, err := exec.LookPath("haproxy"); err == nil {
		return p, nil
	}
	if _, err := os.Stat("/usr/sbin/haproxy"); err == nil {
		return "/usr/sbin/haproxy", nil
	}
	return "", errors.New("HAProxy is not installed: run `make haproxy` (or apt-get install haproxy)")
}

// Config returns the HAProxy configuration for a frontend on addr in front
// of servers (host:port each), with its stats socket at sock. It is the
// README's example, with loopback addresses and short health-check
// intervals so that tests see a dead server left out within a second or two.
func Config(addr, sock string, servers []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `global
	# Each connection costs two descriptors (client and server side): keep
	# under a common hard limit of 20,000 open files.
	maxconn 8000
	# Keep idle connections to the servers for the next requests even when
	# most descriptors are in use: with the defaults (25 %% and 20 %% of the
	# descriptors that maxconn allows) the event streams of a few thousand
	# students use so many that HAProxy opened and closed a connection to a
	# server for almost every request.
	tune.pool-high-fd-ratio 90
	tune.pool-low-fd-ratio 80
	stats socket %s mode 600 level admin

defaults
	mode http
	timeout connect 2s
	timeout client 1h
	timeout server 1h
	timeout tunnel 1h
	timeout http-keep-alive 30s
	# A request whose connection to a server failed goes to another one;
	# a request already sent is never sent twice.
	retries 3
	option redispatch
	# Send small writes (event-stream messages) at once: without it Linux
	# may hold them back for up to 200 ms, waiting for more.
	option http-no-delay

frontend storyquiz
	bind %s
	default_backend nodes

backend nodes
	balance roundrobin
	option httpchk GET /healthz
	http-check expect status 200
	default-server inter 500ms fall 2 rise 2
`, sock, addr)
	for i, s := range servers {
		fmt.Fprintf(&b, "\tserver node%d %s check\n", i+1, s)
	}
	return b.String()
}

// Start runs HAProxy on a free loopback port in front of servers and waits
// until it answers /healthz through one of them.
func Start(servers []string) (*Proxy, error) {
	bin, err := Bin()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "proxytest-")
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	addr := ln.Addr().String()
	ln.Close()
	cfg := filepath.Join(dir, "haproxy.cfg")
	if err := os.WriteFile(cfg, []byte(Config(addr, filepath.Join(dir, "stats.sock"), servers)), 0o600); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	p := &Proxy{URL: "http://" + addr, Addr: addr, dir: dir, out: &proc.Output{}, done: make(chan struct{})}
	// -db: stay in the foreground, as a child the test can stop.
	p.cmd = exec.Command(bin, "-db", "-f", cfg)
	p.cmd.Stdout, p.cmd.Stderr = p.out, p.out
	if err := p.cmd.Start(); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	go func() { p.cmd.Wait(); close(p.done) }()
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		select {
		case <-p.done:
			out := p.out.String()
			os.RemoveAll(dir)
			return nil, fmt.Errorf("haproxy exited at start:\n%s", out)
		default:
		}
		if resp, err := http.Get(p.URL + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return p, nil
			}
		}
		if time.Now().After(deadline) {
			p.Close()
			return nil, fmt.Errorf("haproxy did not serve /healthz within 20 s:\n%s", p.out.String())
		}
	}
}

// New starts a proxy for the test and stops it at the test's end.
func New(t testing.TB, servers []string) *Proxy {
	t.Helper()
	p, err := Start(servers)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	return p
}

// Log returns what HAProxy printed.
func (p *Proxy) Log() string { return p.out.String() }

// Status returns each server's state as HAProxy's health checks see it
// (node1 → "UP", "DOWN", …), read from the stats socket.
func (p *Proxy) Status() (map[string]string, error) {
	conn, err := net.DialTimeout("unix", filepath.Join(p.dir, "stats.sock"), 5*time.Second)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := conn.Write([]byte("show stat\n")); err != nil {
		return nil, err
	}
	var data bytes.Buffer
	if _, err := data.ReadFrom(bufio.NewReader(conn)); err != nil {
		return nil, err
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data.Bytes(), []byte("# "))))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil || len(recs) == 0 {
		return nil, fmt.Errorf("show stat: %v\n%s", err, data.String())
	}
	col := map[string]int{}
	for i, name := range recs[0] {
		col[name] = i
	}
	out := map[string]string{}
	for _, rec := range recs[1:] {
		if len(rec) > col["status"] && rec[col["pxname"]] == "nodes" && strings.HasPrefix(rec[col["svname"]], "node") {
			out[rec[col["svname"]]] = rec[col["status"]]
		}
	}
	return out, nil
}

// Close stops HAProxy and removes its folder.
func (p *Proxy) Close() {
	if p.cmd.Process != nil {
		p.cmd.Process.Signal(os.Interrupt)
		select {
		case <-p.done:
		case <-time.After(10 * time.Second):
			p.cmd.Process.Kill()
			<-p.done
		}
	}
	os.RemoveAll(p.dir)
}
