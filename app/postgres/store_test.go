//go:build !wasm

package postgres

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"storyquiz/app/hub"
	"storyquiz/app/hub/storetest"
	"storyquiz/app/tools/pgtest"
	"storyquiz/quiz/session"
	"storyquiz/quiz/session/sessiontest"
)

// The package's tests share one server, started by the first that needs
// it; the restart test has its own.
var (
	shared     *pgtest.Server
	sharedErr  error
	sharedOnce sync.Once
)

func TestMain(m *testing.M) {
	code := m.Run()
	if shared != nil {
		shared.Close()
	}
	os.Exit(code)
}

func server(t *testing.T) *pgtest.Server {
	t.Helper()
	sharedOnce.Do(func() { shared, sharedErr = pgtest.Start() })
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return shared
}

var t0 = time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC)

func at(sec int) time.Time { return t0.Add(time.Duration(sec) * time.Second) }

// quiet is a logger for tests that do not look at the log.
var quiet = slog.New(slog.DiscardHandler)

func open(t *testing.T, dbURL string) *Store {
	t.Helper()
	s, err := Open(context.Background(), dbURL, Options{Logger: quiet, StartWait: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestContract runs the store contract that every hub.Store passes, each
// test on a database of its own.
func TestContract(t *testing.T) {
	srv := server(t)
	storetest.Run(t, storetest.Harness{
		New: func(t *testing.T) func() hub.Store {
			u := srv.NewDB(t)
			return func() hub.Store {
				s, err := Open(context.Background(), u, Options{Logger: quiet, StartWait: time.Second})
				if err != nil {
					t.Fatal(err)
				}
				return s
			}
		},
		Break: func(t *testing.T, st hub.Store) func() {
			return breakWrites(t, st.(*Store))
		},
	})
}

func TestSharedContract(t *testing.T) {
	srv := server(t)
	storetest.RunShared(t, storetest.SharedHarness{
		New: func(t *testing.T) func() hub.Shared {
			u := srv.NewDB(t)
			return func() hub.Shared {
				s, err := Open(context.Background(), u, Options{Logger: quiet, StartWait: time.Second})
				if err != nil {
					t.Fatal(err)
				}
				return s
			}
		},
	})
}

// breakWrites makes every later event insert fail, as a full disk would,
// until repair is called.
func breakWrites(t *testing.T, s *Store) (repair func()) {
	t.Helper()
	ctx := context.Background()
	if _, err := s.pool.Exec(ctx, `CREATE FUNCTION fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$;
		CREATE TRIGGER fail BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION fail()`); err != nil {
		t.Fatal(err)
	}
	return func() {
		t.Helper()
		if _, err := s.pool.Exec(ctx, `DROP TRIGGER fail ON events; DROP FUNCTION fail()`); err != nil {
			t.Fatal(err)
		}
	}
}

// newSession creates a session of a three-question quiz in st.
func newSession(t *testing.T, st hub.Store, code string) *session.Session {
	t.Helper()
	ss, err := session.New(sessiontest.Quiz(3), session.Settings{MaxPlayers: 500}, t0)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.CreateSession(code, "hosthash-"+code, ss); err != nil {
		t.Fatal(err)
	}
	return ss
}

// apply applies ev to ss and appends it to st, as the hub does.
func apply(t *testing.T, st hub.Store, code string, ss *session.Session, ev session.Event) {
	t.Helper()
	if err := ss.Apply(ev); err != nil {
		t.Fatalf("apply %+v: %v", ev, err)
	}
	if err := st.Append(code, ev)(); err != nil {
		t.Fatal(err)
	}
}

func join(i int) session.Event {
	return session.Event{Type: session.EvJoin, At: at(1), PlayerID: fmt.Sprint("p", i), Name: fmt.Sprint("Student ", i), SecretHash: fmt.Sprint("h", i)}
}

// TestConcurrentMigrations starts several stores on one empty database at
// once, as servers started together do: each succeeds, and the schema is
// made once.
func TestConcurrentMigrations(t *testing.T) {
	u := server(t).NewDB(t)
	const n = 4
	errs := make([]error, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Go(func() {
			<-start
			s, err := Open(context.Background(), u, Options{Logger: quiet, StartWait: time.Second})
			if err == nil {
				err = s.Close()
			}
			errs[i] = err
		})
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("store %d: %v", i, err)
		}
	}
	s := open(t, u)
	var versions, v int
	if err := s.pool.QueryRow(context.Background(), `SELECT count(*), max(version) FROM schema_version`).Scan(&versions, &v); err != nil {
		t.Fatal(err)
	}
	if versions != 1 || v != len(migrations) {
		t.Errorf("schema_version: %d rows, version %d; want 1 row, %d", versions, v, len(migrations))
	}
}

// TestSynchronousCommit keeps synchronous_commit on even when the URL asks
// for it off: an acknowledged answer must survive a crash.
func TestSynchronousCommit(t *testing.T) {
	s := open(t, server(t).NewDB(t)+"&synchronous_commit=off")
	var got string
	if err := s.pool.QueryRow(context.Background(), `SHOW synchronous_commit`).Scan(&got); err != nil || got != "on" {
		t.Errorf("synchronous_commit = %q, %v; want on", got, err)
	}
}

// TestNewerSchema refuses a database that a newer program migrated, with
// one line that says so.
func TestNewerSchema(t *testing.T) {
	u := server(t).NewDB(t)
	s := open(t, u)
	if _, err := s.pool.Exec(context.Background(), `UPDATE schema_version SET version = version + 1`); err != nil {
		t.Fatal(err)
	}
	_, err := Open(context.Background(), u, Options{Logger: quiet, StartWait: time.Second})
	if err == nil || !strings.Contains(err.Error(), "newer storyquiz") || strings.Contains(err.Error(), "\n") {
		t.Errorf("Open of a newer schema = %v, want one line about a newer storyquiz", err)
	}
}

// TestStaleView has two stores (two servers) write one session: the one
// whose view is stale fails with ErrConflict instead of forking the log,
// other sessions in its batch are written, and after a reload and Resync it
// appends after the other's events.
func TestStaleView(t *testing.T) {
	u := server(t).NewDB(t)
	a, b := open(t, u), open(t, u)
	ssA := newSession(t, a, "ABCDEF")
	newSession(t, a, "GHJKMN")
	apply(t, a, "ABCDEF", ssA, join(1))
	recB, err := b.LoadSession("ABCDEF")
	if err != nil {
		t.Fatal(err)
	}
	apply(t, b, "ABCDEF", recB.Session, join(2)) // a's view is now stale

	// a's stale append and another session's share a batch or not; either
	// way the other session is written.
	ev := join(3)
	if err := ssA.Apply(ev); err != nil {
		t.Fatal(err)
	}
	stale := a.Append("ABCDEF", ev)
	other := a.Append("GHJKMN", join(9))
	if err := stale(); !errors.Is(err, ErrConflict) {
		t.Errorf("stale append = %v, want ErrConflict", err)
	}
	if err := other(); err != nil {
		t.Errorf("another session's append = %v", err)
	}
	if err := a.Append("ABCDEF", join(4))(); !errors.Is(err, hub.ErrEarlierFailed) {
		t.Errorf("append after the conflict = %v, want ErrEarlierFailed", err)
	}
	rec, err := a.LoadSession("ABCDEF")
	if err != nil {
		t.Fatal(err)
	}
	a.Resync("ABCDEF")
	apply(t, a, "ABCDEF", rec.Session, join(5))

	var seqs []int64
	rows, _ := a.pool.Query(context.Background(), `SELECT seq FROM events WHERE code = 'ABCDEF' ORDER BY seq`)
	seqs, err = pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fmt.Sprint(seqs), "[1 2 3]"; got != want {
		t.Errorf("seqs %s, want %s", got, want)
	}
	rec, err = b.LoadSession("ABCDEF")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(rec.Session.HostView(at(9)).Players), 3; got != want || rec.Skipped != 0 {
		t.Errorf("players %d (skipped %d), want %d: p1, p2, p5", got, rec.Skipped, want)
	}
}

// TestAppendToDeletedSession fails an append to a session that expired
// meanwhile instead of writing events without a session.
func TestAppendToDeletedSession(t *testing.T) {
	s := open(t, server(t).NewDB(t))
	newSession(t, s, "ABCDEF")
	if n, err := s.DeleteExpired(at(1000)); err != nil || n != 1 {
		t.Fatalf("DeleteExpired = %d, %v", n, err)
	}
	if err := s.Append("ABCDEF", join(1))(); !errors.Is(err, ErrConflict) {
		t.Errorf("append to a deleted session = %v, want ErrConflict", err)
	}
}

// TestRedact hides the password wherever a URL carries it.
func TestRedact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://u:secret@db:5432/sq?sslmode=disable", "postgres://u:xxxxx@db:5432/sq?sslmode=disable"},
		{"postgresql://u@db/sq", "postgresql://u@db/sq"},
		{"postgres://u@db/sq?password=secret&sslmode=disable", "postgres://u@db/sq?password=xxxxx&sslmode=disable"},
		{"postgres://u:se%40cret@db/sq", "postgres://u:xxxxx@db/sq"},
		{"postgres://u:secret@db:port/sq", "postgres://u:xxxxx@db:port/sq"},
		{"postgres://u:p@ss@db:port/sq", "postgres://u:xxxxx@db:port/sq"},
	}
	for _, tt := range tests {
		if got := Redact(tt.in); got != tt.want {
			t.Errorf("Redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestIsURL tells PostgreSQL URLs from SQLite paths.
func TestIsURL(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"postgres://u:p@h/db", true},
		{"POSTGRESQL://h/db", true},
		{"data/storyquiz.db", false},
		{"/var/lib/postgres/x.db", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsURL(tt.in); got != tt.want {
			t.Errorf("IsURL(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestOpenErrors gives a one-line error without the password for each way
// the URL can be wrong; none of them waits.
func TestOpenErrors(t *testing.T) {
	srv := server(t)
	good := srv.URL("postgres")
	const secret = "Wr0ng-Secret-7f3a"
	swap := func(from, to string) string { return strings.Replace(good, from, to, 1) }
	tests := []struct {
		name, url, want string
		env             string // PGPASSWORD, if set
	}{
		{"wrong password", swap(srv.Password, secret), "password authentication failed", ""},
		{"wrong PGPASSWORD", swap(":"+srv.Password, ""), "password authentication failed", secret},
		{"unknown user", swap(pgtest.User+":", "nobody_here:"), "password authentication failed", ""},
		{"unknown database", swap("/postgres?", "/no_such_db?"), `"no_such_db" does not exist`, ""},
		{"bad port", "postgres://u:" + secret + "@127.0.0.1:notaport/db", "not valid", ""},
		{"bad sslmode", "postgres://u:" + secret + "@127.0.0.1/db?sslmode=sometimes", "not valid", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.env != "" {
				t.Setenv("PGPASSWORD", tt.env)
			}
			var logs bytes.Buffer
			// A long wait: an error that was taken for an unreachable server
			// would make this test hang rather than pass.
			_, err := Open(context.Background(), tt.url, Options{Logger: slog.New(slog.NewTextHandler(&logs, nil)), StartWait: time.Hour})
			if err == nil {
				t.Fatal("Open succeeded")
			}
			msg := err.Error()
			t.Log(msg)
			if !strings.Contains(msg, tt.want) || strings.Contains(msg, "\n") {
				t.Errorf("error %q, want one line containing %q", msg, tt.want)
			}
			for _, leak := range []string{secret, srv.Password} {
				if strings.Contains(msg, leak) || strings.Contains(logs.String(), leak) {
					t.Errorf("the password leaked: %q\n%s", msg, logs.String())
				}
			}
			if logs.Len() != 0 {
				t.Errorf("Open logged for a permanent error:\n%s", logs.String())
			}
		})
	}
}

// lineWriter tells a channel about each log line, so a test can wait for one.
type lineWriter struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	lines chan string
}

func (w *lineWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	w.buf.Write(p)
	w.mu.Unlock()
	select {
	case w.lines <- string(p):
	default:
	}
	return len(p), nil
}

func (w *lineWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// TestWaitForServer opens a store while PostgreSQL is down: Open logs that
// it waits (without the password), and succeeds once the server is up.
func TestWaitForServer(t *testing.T) {
	srv := pgtest.New(t)
	u := srv.NewDB(t)
	if err := srv.Stop(); err != nil {
		t.Fatal(err)
	}
	logs := &lineWriter{lines: make(chan string, 1)}
	type result struct {
		s   *Store
		err error
	}
	done := make(chan result, 1)
	go func() {
		s, err := Open(context.Background(), u, Options{Logger: slog.New(slog.NewTextHandler(logs, nil)), StartWait: 10 * time.Minute})
		done <- result{s, err}
	}()
	var line string
	select {
	case line = <-logs.lines:
	case r := <-done:
		t.Fatalf("Open returned while the server was down: %v", r.err)
	}
	if !strings.Contains(line, "waiting for PostgreSQL") || strings.Contains(line, srv.Password) {
		t.Errorf("log line %q, want one about waiting, without the password", line)
	}
	if err := srv.Resume(); err != nil {
		t.Fatal(err)
	}
	r := <-done
	if r.err != nil {
		t.Fatalf("Open after the server came up: %v\n%s", r.err, logs.String())
	}
	r.s.Close()
	if strings.Contains(logs.String(), srv.Password) {
		t.Errorf("the password leaked into the log:\n%s", logs.String())
	}
}

// TestGiveUpWaiting fails, in one line naming the cause, when PostgreSQL
// stays down past StartWait.
func TestGiveUpWaiting(t *testing.T) {
	srv := server(t)
	// A port nobody listens on: the shared server's, plus one, is unlikely
	// to be taken; a refusal is what the test needs either way.
	u := strings.Replace(srv.URL("postgres"), fmt.Sprint(srv.Port), fmt.Sprint(srv.Port+1), 1)
	_, err := Open(context.Background(), u, Options{Logger: quiet, StartWait: time.Millisecond})
	if !errors.Is(err, ErrUnavailable) || strings.Contains(err.Error(), "\n") || strings.Contains(err.Error(), srv.Password) {
		t.Errorf("Open with nobody listening = %v, want one line wrapping ErrUnavailable", err)
	}
}

// TestRestartWithAppendsInFlight crashes PostgreSQL (pg_ctl restart -m
// immediate) while a commit is under way and more appends wait behind it:
// they fail clearly, every acknowledged event is still there afterwards,
// and after the reload and Resync that the hub does, appends work again.
func TestRestartWithAppendsInFlight(t *testing.T) {
	srv := pgtest.New(t)
	u := srv.NewDB(t)
	s := open(t, u)
	ss := newSession(t, s, "ABCDEF")
	other := newSession(t, s, "GHJKMN")
	for i := range 20 {
		apply(t, s, "ABCDEF", ss, join(i))
	}
	apply(t, s, "GHJKMN", other, join(0))
	apply(t, s, "ABCDEF", ss, session.Event{Type: session.EvStart, At: at(2)})

	// Hold the session's row from another connection, so that the next
	// commit is surely in flight, waiting in PostgreSQL, when it crashes.
	ctx := context.Background()
	blocker, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer blocker.Close(ctx)
	tx, err := blocker.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(ctx, `SELECT 1 FROM sessions WHERE code = 'ABCDEF' FOR UPDATE`); err != nil {
		t.Fatal(err)
	}
	answer := func(i int) session.Event {
		return session.Event{Type: session.EvAnswer, At: at(3), PlayerID: fmt.Sprint("p", i), QuestionID: "q1", Choice: i % 4}
	}
	var waits []func() error
	for i := range 10 {
		ev := answer(i)
		if err := ss.Apply(ev); err != nil {
			t.Fatal(err)
		}
		waits = append(waits, s.Append("ABCDEF", ev))
	}
	waitForLockWait(t, blocker, tx)
	if err := srv.Restart(); err != nil {
		t.Fatal(err)
	}
	for i, wait := range waits {
		err := wait()
		want := hub.ErrEarlierFailed
		if i == 0 {
			want = ErrUnavailable // the commit that was in flight
		}
		switch {
		case i > 0 && err == nil:
			t.Errorf("append %d queued behind the crash succeeded", i)
		case err != nil && !errors.Is(err, want) && !errors.Is(err, ErrUnavailable):
			t.Errorf("append %d: %v, want %v", i, err, want)
		case i == 0 && !errors.Is(err, want):
			t.Errorf("append %d: %v, want %v", i, err, want)
		case err != nil && strings.Contains(err.Error(), srv.Password):
			t.Errorf("append %d: the password leaked: %v", i, err)
		}
		if i == 0 {
			t.Logf("the append in flight: %v", err)
		}
	}

	// The hub's recovery: reload, Resync, go on.
	rec, err := s.LoadSession("ABCDEF")
	if err != nil {
		t.Fatalf("LoadSession after the restart: %v\n%s", err, srv.Log())
	}
	hv := rec.Session.HostView(at(4))
	if len(hv.Players) != 20 || rec.Session.Phase() != session.PhaseQuestion || hv.Answers.Answered != 0 {
		t.Errorf("after the crash: %d players, phase %s, %d answered; want the 20 acknowledged joins, the start, no answer",
			len(hv.Players), rec.Session.Phase(), hv.Answers.Answered)
	}
	s.Resync("ABCDEF")
	for i := range 20 {
		apply(t, s, "ABCDEF", rec.Session, answer(i))
	}
	apply(t, s, "GHJKMN", other, join(1))
	s.Close()

	s2 := open(t, u)
	rec, err = s2.LoadSession("ABCDEF")
	if err != nil {
		t.Fatal(err)
	}
	if got := rec.Session.HostView(at(4)).Answers.Answered; got != 20 || rec.Skipped != 0 {
		t.Errorf("after reopening: %d answered, %d skipped; want 20, 0", got, rec.Skipped)
	}
	rec, err = s2.LoadSession("GHJKMN")
	if err != nil || len(rec.Session.HostView(at(4)).Players) != 2 {
		t.Errorf("the other session: %v; want its 2 joins", err)
	}
}

// waitForLockWait returns once a backend waits for a lock, which the store's
// writer does behind the row that tx holds.
func waitForLockWait(t *testing.T, conn *pgx.Conn, tx pgx.Tx) {
	t.Helper()
	// A bound only so that a broken writer fails the test instead of
	// hanging it; the wait is normally milliseconds.
	for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); {
		var n int
		if err := tx.QueryRow(context.Background(),
			`SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND application_name = 'storyquiz'`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n > 0 {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("the store's commit never waited for the held row lock")
}

// BenchmarkConcurrentAppends has many students' appends wait at once, as a
// class answering does, so that they share commits; ns/op is the cost of
// one durable append, spread over the group.
func BenchmarkConcurrentAppends(b *testing.B) {
	srv, err := pgtest.Start()
	if err != nil {
		b.Fatal(err)
	}
	defer srv.Close()
	u, err := srv.CreateDB()
	if err != nil {
		b.Fatal(err)
	}
	s, err := Open(context.Background(), u, Options{Logger: quiet})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ss, _ := session.New(sessiontest.Quiz(3), session.Settings{}, t0)
	if err := s.CreateSession("ABCDEF", "h", ss); err != nil {
		b.Fatal(err)
	}
	var n atomic.Int64
	b.SetParallelism(16) // 16 × GOMAXPROCS students waiting at once
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if err := s.Append("ABCDEF", join(int(n.Add(1))))(); err != nil {
				b.Error(err)
				return
			}
		}
	})
}
