//go:build !wasm

// Package sqlite stores classroom sessions in one SQLite file through
// modernc.org/sqlite (pure Go, no cgo); it implements hub.Store. A session is
// kept as its creation record plus an append-only log of session.Events; a
// session is rebuilt by replaying its log when it is first needed.
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
	"strings"
	"time"

	sqlite "modernc.org/sqlite" // registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"

	"storyquiz/app/hub"
	"storyquiz/quiz"
	"storyquiz/quiz/session"
)

// DefaultPath is where the server keeps its database unless told otherwise.
const DefaultPath = "data/storyquiz.db"

// busyTimeout is how long a write waits for a lock another process holds
// before it fails; a variable so that tests need not wait that long.
var busyTimeout = 10 * time.Second

// maxBatch bounds how many appends share one transaction, so that one commit
// never holds the writer for long.
const maxBatch = 1024

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
	db *sql.DB

	q *hub.Queue // appends waiting for their group commit
}

var _ hub.Store = (*Store)(nil)

// Open opens (creating it and its directory if needed) the database at
// path, or at DefaultPath when path is empty, and brings its schema up to
// date. The files are readable by their owner only: they
// hold every quiz with its answers and every student's name.
func Open(path string) (*Store, error) {
	if path == "" {
		path = DefaultPath
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("create the database directory: %w", err)
		}
	}
	// SQLite gives the -wal and -shm files the mode of the database file, so
	// creating that one owner-only is enough.
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	f.Close()
	// The pragmas run on every new connection of the pool. IMMEDIATE
	// transactions take the write lock at BEGIN, so two writers wait on
	// busy_timeout instead of failing with SQLITE_BUSY at their first write.
	// auto_vacuum only takes effect on a new file (see init for old ones).
	dsn := "file:" + path + fmt.Sprintf("?_pragma=busy_timeout(%d)", busyTimeout.Milliseconds()) +
		"&_pragma=auto_vacuum(incremental)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(4)
	s := &Store{db: db}
	if err := s.init(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s.q = hub.NewQueue(maxBatch, func(batch []*hub.Pending, settle func([]*hub.Pending, error)) {
		settle(batch, s.commit(batch))
	})
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
	if err := tx.Commit(); err != nil {
		return err
	}
	// A file made before incremental vacuum was set keeps auto_vacuum off
	// until a VACUUM rebuilds it; do that once, so expired sessions give
	// their space back to the disk.
	var av int
	if err := s.db.QueryRow(`PRAGMA auto_vacuum`).Scan(&av); err != nil {
		return err
	}
	if av != 2 {
		if _, err := s.db.Exec(`PRAGMA auto_vacuum = INCREMENTAL`); err != nil {
			return err
		}
		if _, err := s.db.Exec(`VACUUM`); err != nil {
			return fmt.Errorf("turn on incremental vacuum: %w", err)
		}
	}
	return nil
}

// Check runs SQLite's quick integrity check and says what it found. A
// server runs it at start: the sessions of a damaged file that cannot be
// read then say so to their host, and the log says why.
func (s *Store) Check() error {
	rows, err := s.db.Query(`PRAGMA quick_check(5)`)
	if err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return fmt.Errorf("integrity check: %w", err)
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("the database is damaged (%s); restore it from a backup (storyquiz backup), or move it away to start afresh",
			strings.Join(problems, "; "))
	}
	return nil
}

// Close waits for queued appends to be written, then closes the database.
func (s *Store) Close() error {
	if !s.q.Close() {
		return nil
	}
	return s.db.Close()
}

// storageError marks a full disk (or a database at its size limit) with
// hub.ErrFull, so that the server can say so instead of "try again".
func storageError(err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_FULL {
		return fmt.Errorf("%w: %v", hub.ErrFull, err)
	}
	return err
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
		return storageError(err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return hub.ErrCodeTaken
	}
	return nil
}

// Append queues ev for the log of session code; see hub.Store.
func (s *Store) Append(code string, ev session.Event) (wait func() error) {
	return s.q.Append(code, ev)
}

// Resync lets appends of session code through again after a failure; see hub.Store.
func (s *Store) Resync(code string) { s.q.Resync(code) }

func (s *Store) commit(batch []*hub.Pending) error {
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return storageError(err)
	}
	defer tx.Rollback()
	ins, err := tx.PrepareContext(ctx, `INSERT INTO events (code, type, at, data) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return storageError(err)
	}
	defer ins.Close()
	latest := map[string]int64{}
	for _, r := range batch {
		at := r.Event.At.UnixNano()
		if _, err := ins.ExecContext(ctx, r.Code, string(r.Event.Type), at, string(r.Data)); err != nil {
			return storageError(err)
		}
		if at > latest[r.Code] {
			latest[r.Code] = at
		}
	}
	for code, at := range latest {
		if _, err := tx.ExecContext(ctx, `UPDATE sessions SET updated = max(updated, ?) WHERE code = ?`, at, code); err != nil {
			return storageError(err)
		}
	}
	return storageError(tx.Commit())
}

// Record is a session rebuilt from the database.
type Record = hub.Record

// Sessions lists the sessions whose last change is not before notBefore.
func (s *Store) Sessions(notBefore time.Time) ([]hub.Entry, error) {
	rows, err := s.db.Query(`SELECT code, host_hash FROM sessions WHERE updated >= ? ORDER BY created`, notBefore.UnixNano())
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []hub.Entry
	for rows.Next() {
		var e hub.Entry
		if err := rows.Scan(&e.Code, &e.HostSecretHash); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// Usage says how many sessions the database holds and the size of their quizzes.
func (s *Store) Usage() (hub.Usage, error) {
	var u hub.Usage
	err := s.db.QueryRow(`SELECT count(*), coalesce(sum(length(quiz)), 0) FROM sessions`).Scan(&u.Sessions, &u.QuizBytes)
	return u, err
}

// LoadSession rebuilds one session by replaying its events.
func (s *Store) LoadSession(code string) (Record, error) {
	rec := Record{Code: code}
	var qj, stj string
	var created int64
	err := s.db.QueryRow(`SELECT host_hash, quiz, settings, created FROM sessions WHERE code = ?`, code).
		Scan(&rec.HostSecretHash, &qj, &stj, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return rec, hub.ErrNotFound
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
		rec.Seq++ // the log's position counts every row, applied or not
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
// time, with their events, gives the freed pages back to the file system and
// truncates the write-ahead log; it returns how many sessions it deleted.
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
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	if n > 0 {
		if _, err := s.db.Exec(`PRAGMA incremental_vacuum`); err != nil {
			return int(n), fmt.Errorf("reclaim space: %w", err)
		}
		if _, err := s.db.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
			return int(n), fmt.Errorf("truncate the log: %w", err)
		}
	}
	return int(n), nil
}
