//go:build !wasm

// Package pgtest starts a throwaway PostgreSQL server from Debian's
// postgresql package for tests and benchmarks: initdb into a temporary
// directory, pg_ctl on a free loopback port with its socket in that
// directory, password authentication over TCP, and everything removed by
// Close. `make postgres` (a prerequisite of `make test`) installs the
// package when it is missing.
//
// PostgreSQL refuses to run as root, so as root the server runs as the
// postgres user that the package creates (or nobody), through runuser.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// User is the superuser that Start creates; its password is random.
const User = "storyquiz"

// Server is a running PostgreSQL server.
type Server struct {
	Port     int
	Password string
	dir      string // the temporary directory: data/, sock/, log
	bin      string // the folder holding initdb and pg_ctl
	runAs    string // the user to run as; empty when not root
	dbs      atomic.Int64
}

// BinDir finds the folder of PostgreSQL's server programs: that of initdb
// on PATH, or the newest /usr/lib/postgresql/*/bin.
func BinDir() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			p = real
		}
		if _, err := os.Stat(filepath.Join(filepath.Dir(p), "pg_ctl")); err == nil {
			return filepath.Dir(p), nil
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
	}
	return "", errors.New("PostgreSQL is not installed: run `make postgres` (or apt-get install postgresql)")
}

func version(binDir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
	return n
}

// Start runs initdb and starts a server on a free loopback port.
func Start() (*Server, error) {
	bin, err := BinDir()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp(tempRoot(), "pgtest-")
	if err != nil {
		return nil, err
	}
	s := &Server{dir: dir, bin: bin, Password: randomHex(12)}
	if err := s.setup(); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	// The port is free when chosen, but another process may take it before
	// the server binds: try a few.
	for range 3 {
		if s.Port, err = freePort(); err != nil {
			break
		}
		if err = s.start(); err == nil {
			return s, nil
		}
	}
	s.Close()
	return nil, err
}

// New starts a server for the test and closes it at the test's end.
func New(t testing.TB) *Server {
	t.Helper()
	s, err := Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func (s *Server) setup() error {
	pw := filepath.Join(s.dir, "pw")
	sock := filepath.Join(s.dir, "sock")
	if err := os.WriteFile(pw, []byte(s.Password+"\n"), 0o600); err != nil {
		return err
	}
	if err := os.Mkdir(sock, 0o700); err != nil {
		return err
	}
	if os.Geteuid() == 0 {
		s.runAs = "postgres"
		u, err := user.Lookup(s.runAs)
		if err != nil {
			s.runAs = "nobody"
			if u, err = user.Lookup(s.runAs); err != nil {
				return fmt.Errorf("running as root, and neither postgres nor nobody exists to run PostgreSQL as: %w", err)
			}
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		// MkdirTemp made the folder root's and 0700: hand it over.
		for _, p := range []string{s.dir, pw, sock} {
			if err := os.Chown(p, uid, gid); err != nil {
				return err
			}
		}
	}
	out, err := s.run("initdb", "-D", s.DataDir(), "-U", User, "--pwfile", pw, "-E", "UTF8", "--locale", "C",
		"--auth-local", "trust", "--auth-host", "scram-sha-256", "--no-sync", "--no-instructions")
	os.Remove(pw)
	if err != nil {
		return fmt.Errorf("initdb: %v\n%s", err, out)
	}
	return nil
}

// run runs one of PostgreSQL's programs as the server's user.
func (s *Server) run(prog string, args ...string) ([]byte, error) {
	path := filepath.Join(s.bin, prog)
	var cmd *exec.Cmd
	if s.runAs != "" {
		cmd = exec.Command(runuser(), append([]string{"-u", s.runAs, "--", path}, args...)...)
	} else {
		cmd = exec.Command(path, args...)
	}
	cmd.Dir = s.dir
	cmd.Env = append(os.Environ(), "LC_ALL=C")
	// Output goes to a file, not a pipe: the server that pg_ctl start
	// leaves running could hold a pipe open, and reading it would not end.
	out, err := os.CreateTemp("", "pgtest-out-")
	if err != nil {
		return nil, err
	}
	defer os.Remove(out.Name())
	defer out.Close()
	cmd.Stdout, cmd.Stderr = out, out
	err = cmd.Run()
	b, _ := os.ReadFile(out.Name())
	return b, err
}

// DataDir is the server's data directory.
func (s *Server) DataDir() string { return filepath.Join(s.dir, "data") }

// LogFile is where the server writes its log.
func (s *Server) LogFile() string { return filepath.Join(s.dir, "log") }

// Log returns the server's log, for a failing test to show.
func (s *Server) Log() string {
	b, _ := os.ReadFile(s.LogFile())
	return string(b)
}

func (s *Server) start() error {
	opts := fmt.Sprintf("-c listen_addresses=127.0.0.1 -p %d -k %s -c shared_buffers=32MB -c max_connections=100 -c fsync=on -c synchronous_commit=on",
		s.Port, filepath.Join(s.dir, "sock"))
	out, err := s.run("pg_ctl", "start", "-D", s.DataDir(), "-l", s.LogFile(), "-w", "-t", "60", "-o", opts)
	if err != nil {
		return fmt.Errorf("pg_ctl start: %v\n%s\n%s", err, out, s.Log())
	}
	return nil
}

// Restart stops the server at once, as a crash would (pg_ctl restart -m
// immediate: no checkpoint, connections cut), and waits until it accepts
// connections again after recovery.
func (s *Server) Restart() error {
	if out, err := s.run("pg_ctl", "restart", "-D", s.DataDir(), "-m", "immediate", "-w", "-t", "60"); err != nil {
		return fmt.Errorf("pg_ctl restart: %v\n%s", err, out)
	}
	return nil
}

// Stop stops the server (fast mode: connections are cut, data is kept);
// Resume starts it again on the same port.
func (s *Server) Stop() error {
	if out, err := s.run("pg_ctl", "stop", "-D", s.DataDir(), "-m", "fast", "-w", "-t", "60"); err != nil {
		return fmt.Errorf("pg_ctl stop: %v\n%s", err, out)
	}
	return nil
}

// Resume starts a stopped server again on its port.
func (s *Server) Resume() error { return s.start() }

// Close stops the server and removes its files.
func (s *Server) Close() error {
	if _, err := os.Stat(filepath.Join(s.DataDir(), "postmaster.pid")); err == nil {
		s.run("pg_ctl", "stop", "-D", s.DataDir(), "-m", "immediate", "-w", "-t", "60")
	}
	return os.RemoveAll(s.dir)
}

// URL returns the URL of database db on the server, with the password.
func (s *Server) URL(db string) string {
	u := url.URL{Scheme: "postgres", User: url.UserPassword(User, s.Password),
		Host: net.JoinHostPort("127.0.0.1", strconv.Itoa(s.Port)), Path: "/" + db, RawQuery: "sslmode=disable"}
	return u.String()
}

// CreateDB creates an empty database with a new name and returns its URL.
func (s *Server) CreateDB() (string, error) {
	name := fmt.Sprintf("test_%d_%s", s.dbs.Add(1), randomHex(4))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, s.URL("postgres"))
	if err != nil {
		return "", err
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		return "", err
	}
	return s.URL(name), nil
}

// NewDB creates an empty database for the test and returns its URL.
func (s *Server) NewDB(t testing.TB) string {
	t.Helper()
	u, err := s.CreateDB()
	if err != nil {
		t.Fatalf("create a database: %v", err)
	}
	return u
}

// runuser finds util-linux's runuser, which may be off a PATH without sbin.
func runuser() string {
	if p, err := exec.LookPath("runuser"); err == nil {
		return p
	}
	for _, p := range []string{"/usr/sbin/runuser", "/sbin/runuser"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return "runuser"
}

// tempRoot is where Start makes its folder: the usual temporary folder, if
// the server's user can reach into it, else /tmp.
func tempRoot() string {
	d := os.TempDir()
	if fi, err := os.Stat(d); os.Geteuid() == 0 && (err != nil || fi.Mode().Perm()&0o001 == 0) {
		return "/tmp"
	}
	return d
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}
