//go:build !wasm

// Package proc starts and stops the server binaries that the end-to-end
// tests and the benchmarks run: on a free loopback port, waiting until
// /healthz answers, with their output kept for diagnosis.
package proc

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Process is a running server.
type Process struct {
	URL  string // http://127.0.0.1:port
	Addr string // 127.0.0.1:port
	Cmd  *exec.Cmd
	log  *Output
}

// FreeAddr returns a loopback address with a port nobody listens on now.
func FreeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// Start runs name with args in dir, adding "-addr addr" (a free loopback
// address when addr is empty), and waits up to 30 seconds until /healthz
// answers 200.
func Start(dir, addr, name string, args ...string) (*Process, error) {
	if addr == "" {
		var err error
		if addr, err = FreeAddr(); err != nil {
			return nil, err
		}
	}
	p := &Process{URL: "http://" + addr, Addr: addr, log: &Output{}}
	p.Cmd = exec.Command(name, append(args, "-addr", addr)...)
	p.Cmd.Dir = dir
	p.Cmd.Stdout, p.Cmd.Stderr = p.log, p.log
	if err := p.Cmd.Start(); err != nil {
		return nil, err
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(p.URL + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return p, nil
			}
		}
		if time.Now().After(deadline) {
			p.Stop()
			return nil, fmt.Errorf("%s did not become healthy: %v\n%s", name, err, p.Log())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Log returns what the process wrote to its standard output and error
// (the first megabyte).
func (p *Process) Log() string { return p.log.String() }

// PeakRSS returns the process's peak resident set size (VmHWM) in bytes.
func (p *Process) PeakRSS() (int64, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", p.Cmd.Process.Pid))
	if err != nil {
		return 0, err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb * 1024, err
		}
	}
	return 0, fmt.Errorf("no VmHWM in /proc/%d/status", p.Cmd.Process.Pid)
}

// Stop ends the process with SIGINT (a graceful shutdown) and waits for it,
// killing it if it takes longer than 15 seconds.
func (p *Process) Stop() {
	if p.Cmd.Process == nil || p.Cmd.ProcessState != nil {
		return
	}
	p.Cmd.Process.Signal(os.Interrupt)
	done := make(chan struct{})
	go func() { p.Cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		p.Cmd.Process.Kill()
		<-done
	}
}

// Output collects a process's output from two pipes (stdout and stderr),
// keeping the first megabyte.
type Output struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (w *Output) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.b.Len() > 1<<20 { // keep the first megabyte; enough to diagnose
		return len(p), nil
	}
	return w.b.Write(p)
}

func (w *Output) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}

// RaiseFileLimit lifts the soft limit on open files to the hard limit: a
// thousand event streams and as many request connections need more than
// the usual 1,024 descriptors.
func RaiseFileLimit() (uint64, error) {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		return 0, err
	}
	if lim.Cur < lim.Max {
		lim.Cur = lim.Max
		if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
			return 0, err
		}
	}
	return lim.Cur, nil
}
