//go:build !wasm

// Package sqlite stores classroom sessions in one SQLite file through
// modernc.org/sqlite (pure Go, no cgo). A session is kept as its creation
// record plus an append-only log of session.Events; after a restart every
// session is rebuilt by replaying its log.
//
// Appends are durable when they return: the database runs in WAL mode with
// synchronous=FULL, so every commit syncs the log to disk. (NORMAL would only
// sync at checkpoints, and a power cut could lose answers that were already
// acknowledged.) To keep that affordable when a whole class answers at once,
// concurrent appends are grouped into one transaction, and so one sync, by a
// single writer goroutine.
package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"storyquiz/quiz"
	"storyquiz/quiz/session"
)

// DefaultPath is where the server keeps its database unless told otherwise.
const DefaultPath = "data/storyquiz.db"

// maxBatch bounds how many appends share one transaction, so that one commit
// never holds the writer for long.
const maxBatch = 1024

var (
	// ErrClosed is returned for work submitted after Close.
	ErrClosed = errors.New("the session store is closed")
	// ErrCodeTaken is returned by CreateSession when the join code exists.
	ErrCodeTaken = errors.New("a session with this code already exists")
	// ErrNotFound is returned by LoadSession for an unknown code.
	ErrNotFound = errors.New("no such session")
)

// migrations are applied in order; schema_version holds how many have run.
// Append new steps, never edit old ones.
var migrations = []string{
	`CREATE TABLE sessions (
		code      TEXT PRIMARY KEY,
		host_hash TEXT NOT NULL,
		quiz      TEXT NOT NULL,
		settings  TEXT NOT NULL,
		created   INTEGER NOT NULL, -- Unix nanoseconds
		updated   INTEGER NOT NULL  -- time of the last event, for idle expiry
	);
	CREATE INDEX sessions_updated ON sessions(updated);
	CREATE TABLE events (
		id   INTEGER PRIMARY KEY, -- the append order, which replay follows
		code TEXT NOT NULL,
		type TEXT NOT NULL,
		at   INTEGER NOT NULL,
		data TEXT NOT NULL        -- the session.Event as JSON
	);
	CREATE INDEX events_code ON events(code, id);`,
}

// Store is an open session database. Its methods are safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string

	mu     sync.RWMutex // guards closed against sends on reqs
	closed bool
	reqs   chan *appendReq
	done   chan struct{}
}

type appendReq struct {
	code string
	ev   session.Event
	data []byte
	errc chan error
}

// Open opens (creating it and its directory if needed) the database at
// path, or at DefaultPath when path is empty, and brings its schema up to date.
func Open(path string) (*Store, error) {
	if path == "" {
		path = DefaultPath
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return nil, fmt.Errorf("create the database directory: %w", err)
		}
	}
	// The pragmas run on every new connection of the pool. IMMEDIATE
	// transactions take the write lock at BEGIN, so two writers wait on
	// busy_timeout instead of failing with SQLITE_BUSY at their first write.
	dsn := "file:" + path +
		"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(4)
	s := &Store{db: db, path: path, reqs: make(chan *appendReq, 4096), done: make(chan struct{})}
	if err := s.init(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	go s.writer()
	return s, nil
}

func (s *Store) init() error {
	var mode string
	if err := s.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil {
		return err
	}
	if mode != "wal" {
		return fmt.Errorf("journal mode is %q, not wal", mode)
	}
	if _, err := s.db.Exec(`CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return err
	}
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var v int
	switch err := tx.QueryRow(`SELECT version FROM schema_version`).Scan(&v); {
	case errors.Is(err, sql.ErrNoRows):
		if _, err := tx.Exec(`INSERT INTO schema_version (version) VALUES (0)`); err != nil {
			return err
		}
	case err != nil:
		return err
	}
	if v > len(migrations) {
		return fmt.Errorf("the database has schema version %d; this program knows only up to %d", v, len(migrations))
	}
	for ; v < len(migrations); v++ {
		if _, err := tx.Exec(migrations[v]); err != nil {
			return fmt.Errorf("migration %d: %w", v+1, err)
		}
	}
	if _, err := tx.Exec(`UPDATE schema_version SET version = ?`, v); err != nil {
		return err
	}
	return tx.Commit()
}

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// Close waits for queued appends to be written, then closes the database.
func (s *Store) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	close(s.reqs)
	s.mu.Unlock()
	<-s.done
	return s.db.Close()
}

// CreateSession records a new session under its join code, with the hash of
// the host's secret (the secret itself is never stored).
func (s *Store) CreateSession(code, hostSecretHash string, ss *session.Session) error {
	q, err := json.Marshal(ss.Quiz())
	if err != nil {
		return err
	}
	st, err := json.Marshal(ss.Settings())
	if err != nil {
		return err
	}
	res, err := s.db.Exec(`INSERT INTO sessions (code, host_hash, quiz, settings, created, updated)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING`,
		code, hostSecretHash, string(q), string(st), ss.Created().UnixNano(), ss.Updated().UnixNano())
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrCodeTaken
	}
	return nil
}

// Append queues ev for the log of session code and returns a function that
// waits until it is on disk. Appends are written in the order Append was
// called, so a caller that calls Append while holding its session's lock
// keeps the log in the order the events were applied, yet can wait for the
// disk after releasing the lock — which lets many answers share one commit.
func (s *Store) Append(code string, ev session.Event) (wait func() error) {
	data, err := json.Marshal(ev)
	if err != nil {
		return func() error { return err }
	}
	r := &appendReq{code: code, ev: ev, data: data, errc: make(chan error, 1)}
	s.mu.RLock()
	if s.closed {
		s.mu.RUnlock()
		return func() error { return ErrClosed }
	}
	s.reqs <- r
	s.mu.RUnlock()
	return func() error { return <-r.errc }
}

// AppendEvent appends ev to the log of session code and returns once it is
// durable on disk.
func (s *Store) AppendEvent(code string, ev session.Event) error {
	return s.Append(code, ev)()
}

// writer commits queued appends: it takes whatever has queued up while the
// previous commit was syncing and writes it all in one transaction.
func (s *Store) writer() {
	defer close(s.done)
	batch := make([]*appendReq, 0, maxBatch)
	for r := range s.reqs {
		batch = append(batch[:0], r)
	fill:
		for len(batch) < maxBatch {
			select {
			case r, ok := <-s.reqs:
				if !ok {
					break fill
				}
				batch = append(batch, r)
			default:
				break fill
			}
		}
		err := s.commit(batch)
		for _, r := range batch {
			r.errc <- err
		}
	}
}

func (s *Store) commit(batch []*appendReq) error {
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	ins, err := tx.PrepareContext(ctx, `INSERT INTO events (code, type, at, data) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	latest := map[string]int64{}
	for _, r := range batch {
		at := r.ev.At.UnixNano()
		if _, err := ins.ExecContext(ctx, r.code, string(r.ev.Type), at, string(r.data)); err != nil {
			return err
		}
		if at > latest[r.code] {
			latest[r.code] = at
		}
	}
	for code, at := range latest {
		if _, err := tx.ExecContext(ctx, `UPDATE sessions SET updated = max(updated, ?) WHERE code = ?`, at, code); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// Record is a session rebuilt from the database.
type Record struct {
	Code           string
	HostSecretHash string
	Session        *session.Session
	// Skipped counts logged events that no longer applied on replay (for
	// example the events of a batch whose commit failed, which the server
	// answered with an error); they are left out.
	Skipped int
}

// LoadSessions rebuilds every session whose last change is not before
// notBefore, by replaying its events. A session that cannot be rebuilt at all
// is reported in the returned error, after the ones that could.
func (s *Store) LoadSessions(notBefore time.Time) ([]Record, error) {
	rows, err := s.db.Query(`SELECT code FROM sessions WHERE updated >= ? ORDER BY created`, notBefore.UnixNano())
	if err != nil {
		return nil, err
	}
	var codes []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			rows.Close()
			return nil, err
		}
		codes = append(codes, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var recs []Record
	var errs []error
	for _, c := range codes {
		rec, err := s.LoadSession(c)
		if err != nil {
			errs = append(errs, fmt.Errorf("session %s: %w", c, err))
			continue
		}
		recs = append(recs, rec)
	}
	return recs, errors.Join(errs...)
}

// LoadSession rebuilds one session by replaying its events.
func (s *Store) LoadSession(code string) (Record, error) {
	rec := Record{Code: code}
	var qj, stj string
	var created int64
	err := s.db.QueryRow(`SELECT host_hash, quiz, settings, created FROM sessions WHERE code = ?`, code).
		Scan(&rec.HostSecretHash, &qj, &stj, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return rec, ErrNotFound
	}
	if err != nil {
		return rec, err
	}
	var q quiz.Quiz
	var st session.Settings
	if err := json.Unmarshal([]byte(qj), &q); err != nil {
		return rec, fmt.Errorf("stored quiz: %w", err)
	}
	if err := json.Unmarshal([]byte(stj), &st); err != nil {
		return rec, fmt.Errorf("stored settings: %w", err)
	}
	ss, err := session.New(&q, st, time.Unix(0, created).UTC())
	if err != nil {
		return rec, err
	}
	rows, err := s.db.Query(`SELECT data FROM events WHERE code = ? ORDER BY id`, code)
	if err != nil {
		return rec, err
	}
	defer rows.Close()
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return rec, err
		}
		var ev session.Event
		if err := json.Unmarshal(data, &ev); err != nil || ss.Apply(ev) != nil {
			rec.Skipped++
		}
	}
	if err := rows.Err(); err != nil {
		return rec, err
	}
	rec.Session = ss
	return rec, nil
}

// DeleteExpired deletes the sessions whose last change was before the given
// time, with their events, and returns how many sessions it deleted.
func (s *Store) DeleteExpired(before time.Time) (int, error) {
	tx, err := s.db.Begin()
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	t := before.UnixNano()
	if _, err := tx.Exec(`DELETE FROM events WHERE code IN (SELECT code FROM sessions WHERE updated < ?)`, t); err != nil {
		return 0, err
	}
	res, err := tx.Exec(`DELETE FROM sessions WHERE updated < ?`, t)
	if err != nil {
		return 0, err
	}
	n, _ := res.RowsAffected()
	return int(n), tx.Commit()
}
