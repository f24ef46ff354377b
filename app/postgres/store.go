//go:build !wasm

// Package postgres stores classroom sessions in PostgreSQL through pgx (no
// ORM); it implements hub.Store for districts, where several servers share
// one database. Like the SQLite store, a session is its creation record plus
// an append-only log of session.Events, rebuilt by replaying the log.
//
// # Durability
//
// Every connection runs with synchronous_commit on, so an append returns only
// once PostgreSQL has flushed its commit to disk (and to synchronous standbys,
// if any): an answer acknowledged to a student survives a crash of the
// database. To keep that affordable when a whole class answers at once, one
// writer goroutine takes whatever has queued up while the previous commit was
// flushing and writes it in one transaction (group commit, as in app/sqlite).
// A failed write holds back the session's later appends until Resync, by the
// rule of hub.Store that hub.Failures implements.
//
// # The log, and several servers writing one session
//
// Each event of a session has a sequence number: the session's first event is
// 1, the next 2, and so on, with no gaps. The pair (code, seq) is the primary
// key of the events table, and sessions.last_seq holds the session's highest
// seq. The store remembers, for each session, the last seq of the log that
// its caller's memory was built from (LoadSession and CreateSession set it;
// each commit advances it), and it appends the next events of that session
// only if the log still ends there:
//
//	UPDATE sessions SET last_seq = last_seq + k WHERE code = $1 AND last_seq = $seen
//
// followed, in the same statement, by the k inserts. When another server
// appended to the session in between, the update matches no row, nothing of
// that session is written, and its appends fail with ErrConflict (the rest
// of the batch commits); the caller reloads the session, which brings its
// memory up to the log, and Resyncs, as after any failed write. A server
// working on a stale view of a session therefore fails instead of forking
// its log, and the unique (code, seq) key makes a fork impossible even for a
// writer that skipped the check. Two servers appending at once to one session
// serialise on the session's row lock; the second one's update then sees the
// first one's last_seq and fails.
//
// That check guards the Append path (one server, or a caller that skipped
// the hub). Several servers go through Change instead (cluster.go): events
// carry a position (code, seq) that every server agrees on, so a server
// reads the log of a session from any seq (SSE Last-Event-ID is that seq),
// and a LISTEN/NOTIFY message only needs to say "session X reached seq N".
//
// # Schema and starting up
//
// Open creates or migrates the schema inside one transaction that first takes
// an advisory lock, so that several servers starting at once migrate it once
// and the others wait, then find it done. A PostgreSQL that does not answer
// yet (still starting, or restarting) is waited for, with a log line, for
// Options.StartWait; a wrong URL, user, password or database name fails at
// once. The password in the URL appears in no error and no log line: see
// Redact.
package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"storyquiz/app/hub"
	"storyquiz/quiz"
	"storyquiz/quiz/session"
)

// Errors the store returns besides hub's.
var (
	// ErrConflict is returned by the appends of a session whose log grew
	// since this store last read or wrote it: another server wrote to it, or
	// it expired. The caller reloads the session and calls Resync.
	ErrConflict = errors.New("the session was changed elsewhere since this server read it")
	// ErrUnavailable is wrapped around failures to reach PostgreSQL (down,
	// restarting, or the network between), which are worth retrying later.
	// It matches hub.ErrUnreachable too, so the hub answers 503.
	ErrUnavailable error = unavailable{}
)

type unavailable struct{}

func (unavailable) Error() string        { return "the session database (PostgreSQL) is unavailable" }
func (unavailable) Is(target error) bool { return target == hub.ErrUnreachable }

// maxBatch bounds how many appends share one transaction, so that one commit
// never holds the writer for long.
const maxBatch = 1024

// opTimeout bounds each database operation, so that a database that stops
// answering fails requests instead of hanging them; a variable for tests.
var opTimeout = 15 * time.Second

// maxConns is the size of each server's connection pool: the writer needs
// one, loads, listings and changes the rest; Watch opens one more, outside
// the pool, for LISTEN. Ten servers then need 90 of PostgreSQL's
// max_connections (100 by default).
const maxConns = 8

// migrationLock is the key of the advisory lock held while the schema is
// created or migrated ("storyqz" in ASCII), so that servers starting at
// once do it one at a time.
const migrationLock int64 = 0x73746f7279717a

// migrations are applied in order; schema_version holds how many have run.
// Append new steps, never edit old ones.
var migrations = []string{
	`CREATE TABLE sessions (
		code      text PRIMARY KEY,
		host_hash text NOT NULL,
		quiz      text NOT NULL,
		settings  text NOT NULL,
		created   bigint NOT NULL,          -- Unix nanoseconds
		updated   bigint NOT NULL,          -- time of the last event, for idle expiry
		last_seq  bigint NOT NULL DEFAULT 0 -- seq of the log's last event
	);
	CREATE INDEX sessions_updated ON sessions (updated);
	CREATE TABLE events (
		code text NOT NULL REFERENCES sessions (code) ON DELETE CASCADE,
		seq  bigint NOT NULL,               -- 1, 2, … within the session: the replay order
		type text NOT NULL,
		at   bigint NOT NULL,               -- Unix nanoseconds
		data text NOT NULL,                 -- the session.Event as JSON
		PRIMARY KEY (code, seq)
	);`,
	// Every change of a session updates its row (last_seq, updated). With
	// an index on updated no such update can be HOT (heap-only: the new
	// row version beside the old on its page, no index entries), so each
	// one added entries to both indexes and left the vacuum more to do: a
	// large share of the database's work when many classes answer at once.
	// The few queries on updated (the idle expiry, once a minute, and the
	// listing at start) scan a table of at most a few thousand rows just as
	// well; the free space that fillfactor leaves on each page keeps the
	// new versions on their page.
	`DROP INDEX sessions_updated;
	ALTER TABLE sessions SET (fillfactor = 50);`,
}

// appendSQL appends one session's events of a batch if, and only if, the
// session's log still ends at the seq this store knows ($2): the update
// matches no row otherwise, and then nothing is inserted.
const appendSQL = `WITH s AS (
	UPDATE sessions SET last_seq = $2 + cardinality($3::text[]), updated = greatest(updated, $5)
	WHERE code = $1 AND last_seq = $2
	RETURNING code)
INSERT INTO events (code, seq, type, at, data)
SELECT s.code, $2 + e.n, e.type, e.at, e.data
FROM s, unnest($3::text[], $4::bigint[], $6::text[]) WITH ORDINALITY AS e(type, at, data, n)`

// Options tune Open.
type Options struct {
	// Logger receives the lines about waiting for PostgreSQL at start; nil
	// means slog.Default().
	Logger *slog.Logger
	// StartWait is how long Open keeps trying to reach a PostgreSQL that does
	// not answer (yet) before it gives up; 0 means DefaultStartWait.
	StartWait time.Duration
}

// DefaultStartWait is how long Open waits for PostgreSQL unless told
// otherwise: long enough for a database host that boots with the servers.
const DefaultStartWait = 2 * time.Minute

// Store is an open session database. Its methods are safe for concurrent use.
type Store struct {
	pool    *pgxpool.Pool
	secrets []string // what Redact hides, to scrub from errors

	q *hub.Queue // appends waiting for their group commit

	// seen holds, per session, the seq of the last event of the log that the
	// caller's memory matches (see the package doc).
	seenMu sync.Mutex
	seen   map[string]int64

	log *slog.Logger
	// For several nodes (see cluster.go): the sessions changed by this node
	// whose NOTIFY is not sent yet, and the LISTEN side's channel and stop.
	dirtyMu sync.Mutex
	dirty   map[string]int64
	kick    chan struct{}
	wakes   chan hub.Wake
	watchOn sync.Once
	stop    context.CancelFunc
	stopCtx context.Context
	bgDone  sync.WaitGroup
}

var _ hub.Store = (*Store)(nil)

// IsURL says whether a -db value names a PostgreSQL database rather than a
// SQLite file.
func IsURL(s string) bool {
	s = strings.ToLower(s)
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Redact returns the URL with its password (in the user part or the
// password parameter) replaced by xxxxx, for logs and messages.
func Redact(dbURL string) string {
	u, err := url.Parse(dbURL)
	if err != nil {
		s := dbURL
		for _, secret := range secretsOf(dbURL) {
			s = strings.ReplaceAll(s, secret, "xxxxx")
		}
		return s
	}
	q := u.Query()
	if q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.Redacted()
}

// secretsOf returns the forms in which the URL's passwords could appear in
// an error: as written and decoded.
func secretsOf(dbURL string) []string {
	var out []string
	add := func(s string) {
		if s != "" {
			out = append(out, s)
		}
	}
	if u, err := url.Parse(dbURL); err == nil {
		if p, ok := u.User.Password(); ok {
			add(p)
			add(url.UserPassword("", p).String()[1:]) // percent-encoded, as written
		}
		for _, p := range u.Query()["password"] {
			add(p)
			add(url.QueryEscape(p))
		}
	} else if i := strings.Index(dbURL, "://"); i >= 0 {
		// An unparseable URL may still carry a password: hide user:pass.
		rest := dbURL[i+3:]
		if at := strings.LastIndex(rest, "@"); at >= 0 {
			if c := strings.Index(rest[:at], ":"); c >= 0 {
				add(rest[c+1 : at])
			}
		}
	}
	return out
}

// redacted is an error whose text has the URL's secrets hidden; it still
// unwraps to the original for errors.Is and errors.As.
type redacted struct {
	msg string
	err error
}

func (e *redacted) Error() string { return e.msg }
func (e *redacted) Unwrap() error { return e.err }

// scrub hides secrets in err's text and keeps it on one line.
func scrub(err error, secrets []string) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	for _, s := range secrets {
		msg = strings.ReplaceAll(msg, s, "xxxxx")
	}
	msg = strings.Join(strings.Fields(msg), " ")
	return &redacted{msg: msg, err: err}
}

// Open connects to the PostgreSQL database at dbURL (postgres://…), waiting
// for it as Options say, and creates or migrates its schema. Its errors are
// one line and never contain the password.
func Open(ctx context.Context, dbURL string, opt Options) (*Store, error) {
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	if opt.StartWait <= 0 {
		opt.StartWait = DefaultStartWait
	}
	secrets := secretsOf(dbURL)
	where := Redact(dbURL)
	cfg, err := pgxpool.ParseConfig(dbURL)
	if err != nil {
		return nil, scrub(fmt.Errorf("the database URL %s is not valid: %w", where, err), secrets)
	}
	cc := cfg.ConnConfig
	if cc.Password != "" {
		// The password may also come from PGPASSWORD or a .pgpass file.
		secrets = append(secrets, cc.Password)
	}
	if cc.RuntimeParams == nil {
		cc.RuntimeParams = map[string]string{}
	}
	// On is PostgreSQL's default, but a server or a role may have turned it
	// off for speed: then an acknowledged answer could vanish in a crash.
	cc.RuntimeParams["synchronous_commit"] = "on"
	if cc.RuntimeParams["application_name"] == "" {
		cc.RuntimeParams["application_name"] = "storyquiz" // names the servers' connections in pg_stat_activity
	}
	if cc.ConnectTimeout == 0 || cc.ConnectTimeout > 10*time.Second {
		cc.ConnectTimeout = 10 * time.Second
	}
	cfg.MaxConns = maxConns
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, scrub(fmt.Errorf("connect to %s: %w", where, err), secrets)
	}
	s := &Store{pool: pool, secrets: secrets, seen: map[string]int64{}, log: opt.Logger,
		dirty: map[string]int64{}, kick: make(chan struct{}, 1), wakes: make(chan hub.Wake, 1024)}
	s.stopCtx, s.stop = context.WithCancel(context.Background())
	deadline := time.Now().Add(opt.StartWait)
	for attempt := 1; ; attempt++ {
		err = s.init(ctx, opt.Logger)
		if err == nil {
			break
		}
		wait := min(time.Duration(attempt)*time.Second, 5*time.Second)
		if !transient(err) || time.Now().Add(wait).After(deadline) || ctx.Err() != nil {
			pool.Close()
			if ctx.Err() != nil {
				return nil, fmt.Errorf("stopped while waiting for PostgreSQL at %s", where)
			}
			if transient(err) {
				err = fmt.Errorf("%w: gave up after %s: %w", ErrUnavailable, opt.StartWait, err)
			}
			return nil, scrub(fmt.Errorf("PostgreSQL at %s: %w", where, err), secrets)
		}
		opt.Logger.Warn("waiting for PostgreSQL", "db", where, "attempt", attempt, "err", scrub(err, secrets).Error())
		pool.Reset() // drop connections to a server that went away
		select {
		case <-time.After(wait):
		case <-ctx.Done():
		}
	}
	s.q = hub.NewQueue(maxBatch, s.commit)
	s.bgDone.Add(1)
	go s.notifier()
	return s, nil
}

// transient says whether err comes from a database that could not be
// reached, or not yet, rather than one that refused what was asked.
func transient(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case pe.Code == "57P03", // cannot_connect_now: starting up or in recovery
			pe.Code == "53300",                     // too_many_connections
			strings.HasPrefix(pe.Code, "08"),       // connection exceptions
			pe.Code == "57P01", pe.Code == "57P02": // admin or crash shutdown
			return true
		}
		return false
	}
	var ne net.Error
	return errors.As(err, &ne) || pgconn.Timeout(err) || errors.Is(err, context.DeadlineExceeded) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, net.ErrClosed) ||
		strings.Contains(err.Error(), "conn closed")
}

// init checks the server and brings the schema up to date.
func (s *Store) init(ctx context.Context, log *slog.Logger) error {
	ctx, cancel := context.WithTimeout(ctx, opTimeout)
	defer cancel()
	var enc, fsync string
	if err := s.pool.QueryRow(ctx, `SELECT current_setting('server_encoding'), current_setting('fsync')`).Scan(&enc, &fsync); err != nil {
		return err
	}
	if enc != "UTF8" {
		// Names in any script must survive; other encodings refuse some.
		return fmt.Errorf("the database's encoding is %s: create it with ENCODING 'UTF8'", enc)
	}
	if fsync != "on" {
		log.Warn("PostgreSQL runs with fsync off: a crash of its machine can lose acknowledged answers")
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	// The lock comes first: even CREATE TABLE IF NOT EXISTS fails when two
	// transactions run it at once.
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrationLock); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)`); err != nil {
		return err
	}
	var v int
	switch err := tx.QueryRow(ctx, `SELECT version FROM schema_version`).Scan(&v); {
	case errors.Is(err, pgx.ErrNoRows):
		if _, err := tx.Exec(ctx, `INSERT INTO schema_version (version) VALUES (0)`); err != nil {
			return err
		}
	case err != nil:
		return err
	}
	if v > len(migrations) {
		return fmt.Errorf("the database has schema version %d; this program knows only up to %d (a newer storyquiz uses it)", v, len(migrations))
	}
	if v == len(migrations) {
		return nil // the rollback only releases the lock
	}
	for ; v < len(migrations); v++ {
		if _, err := tx.Exec(ctx, migrations[v]); err != nil {
			return fmt.Errorf("migration %d: %w", v+1, err)
		}
	}
	if _, err := tx.Exec(ctx, `UPDATE schema_version SET version = $1`, v); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// Close waits for queued appends to be written, then closes the connections.
func (s *Store) Close() error {
	if !s.q.Close() {
		return nil
	}
	s.stop() // the notifier sends what is left first
	s.bgDone.Wait()
	close(s.wakes)
	s.pool.Close()
	return nil
}

// fail turns a database error into the store's: a full disk wraps
// hub.ErrFull, an unreachable database ErrUnavailable (and drops the pool's
// connections, which a restarted server no longer knows), and no secret is
// left in the text.
func (s *Store) fail(err error) error {
	if err == nil {
		return nil
	}
	var pe *pgconn.PgError
	switch {
	case errors.As(err, &pe) && pe.Code == "53100": // disk_full
		err = fmt.Errorf("%w: %w", hub.ErrFull, err)
	case transient(err):
		s.pool.Reset()
		err = fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	return scrub(err, s.secrets)
}

// setSeen records the seq at which the caller's view of session code ends.
func (s *Store) setSeen(code string, seq int64) {
	s.seenMu.Lock()
	s.seen[code] = seq
	s.seenMu.Unlock()
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
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	tag, err := s.pool.Exec(ctx, `INSERT INTO sessions (code, host_hash, quiz, settings, created, updated)
		VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING`,
		code, hostSecretHash, string(q), string(st), ss.Created().UnixNano(), ss.Updated().UnixNano())
	if err != nil {
		return s.fail(err)
	}
	if tag.RowsAffected() == 0 {
		return hub.ErrCodeTaken
	}
	s.setSeen(code, 0)
	return nil
}

// Append queues ev for the log of session code; see hub.Store.
func (s *Store) Append(code string, ev session.Event) (wait func() error) {
	return s.q.Append(code, ev)
}

// Resync lets appends of session code through again after a failure; see hub.Store.
func (s *Store) Resync(code string) { s.q.Resync(code) }

// run is one session's share of a batch: its appends, in queue order.
type run struct {
	code  string
	items []*hub.Pending
	from  int64 // the seq the log must end at for them to be written
}

// commit writes a batch in one transaction and settles its appends: a
// session whose log moved elsewhere fails with ErrConflict, the others with
// the transaction's outcome.
func (s *Store) commit(write []*hub.Pending, settle func([]*hub.Pending, error)) {
	var runs []*run
	byCode := map[string]*run{}
	for _, p := range write {
		r := byCode[p.Code]
		if r == nil {
			r = &run{code: p.Code}
			byCode[p.Code] = r
			runs = append(runs, r)
		}
		r.items = append(r.items, p)
	}
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	ok, conflicts, err := s.write(ctx, runs)
	if err != nil {
		err = s.fail(fmt.Errorf("saving %d session events: %w", len(write), err))
		for _, r := range runs {
			settle(r.items, err)
		}
		return
	}
	s.seenMu.Lock()
	for _, r := range ok {
		s.seen[r.code] = r.from + int64(len(r.items))
	}
	s.seenMu.Unlock()
	for _, r := range ok {
		settle(r.items, nil)
	}
	for _, r := range conflicts {
		settle(r.items, fmt.Errorf("session %s: %w", r.code, ErrConflict))
	}
}

// write runs the batch's transaction; it returns which runs were written
// and which were not because their session's log had moved.
func (s *Store) write(ctx context.Context, runs []*run) (ok, conflicts []*run, err error) {
	// A session this store has not read (a caller that appends without
	// loading first) is taken to end where its log ends now.
	var unknown []string
	s.seenMu.Lock()
	for _, r := range runs {
		if seq, found := s.seen[r.code]; found {
			r.from = seq
		} else {
			// No such session, unless the query below finds it: its
			// update then matches nothing, and it fails with ErrConflict.
			r.from = -1
			unknown = append(unknown, r.code)
		}
	}
	s.seenMu.Unlock()
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, nil, err
	}
	defer tx.Rollback(ctx)
	if len(unknown) > 0 {
		found := map[string]int64{}
		rows, _ := tx.Query(ctx, `SELECT code, last_seq FROM sessions WHERE code = ANY($1)`, unknown)
		var code string
		var seq int64
		if _, err := pgx.ForEachRow(rows, []any{&code, &seq}, func() error { found[code] = seq; return nil }); err != nil {
			return nil, nil, err
		}
		for _, r := range runs {
			if seq, ok := found[r.code]; ok {
				r.from = seq
			}
		}
	}
	b := &pgx.Batch{}
	for _, r := range runs {
		types := make([]string, len(r.items))
		ats := make([]int64, len(r.items))
		data := make([]string, len(r.items))
		var latest int64
		for i, p := range r.items {
			types[i] = string(p.Event.Type)
			ats[i] = p.Event.At.UnixNano()
			data[i] = string(p.Data)
			latest = max(latest, ats[i])
		}
		b.Queue(appendSQL, r.code, r.from, types, ats, latest, data)
	}
	br := tx.SendBatch(ctx, b)
	for _, r := range runs {
		tag, err := br.Exec()
		if err != nil {
			br.Close()
			return nil, nil, err
		}
		if tag.RowsAffected() == int64(len(r.items)) {
			ok = append(ok, r)
		} else {
			conflicts = append(conflicts, r)
		}
	}
	if err := br.Close(); err != nil {
		return nil, nil, err
	}
	if len(ok) == 0 {
		return ok, conflicts, nil // nothing to make durable
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, nil, err
	}
	return ok, conflicts, nil
}

// Sessions lists the sessions whose last change is not before notBefore.
func (s *Store) Sessions(notBefore time.Time) ([]hub.Entry, error) {
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	rows, _ := s.pool.Query(ctx, `SELECT code, host_hash FROM sessions WHERE updated >= $1 ORDER BY created`, notBefore.UnixNano())
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (hub.Entry, error) {
		var e hub.Entry
		err := row.Scan(&e.Code, &e.HostSecretHash)
		return e, err
	})
	if err != nil {
		return nil, s.fail(err)
	}
	return out, nil
}

// Usage says how many sessions the database holds and the size of their quizzes.
func (s *Store) Usage() (hub.Usage, error) {
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	var u hub.Usage
	err := s.pool.QueryRow(ctx, `SELECT count(*), coalesce(sum(octet_length(quiz)), 0) FROM sessions`).Scan(&u.Sessions, &u.QuizBytes)
	return u, s.fail(err)
}

// LoadSession rebuilds one session by replaying its events in seq order,
// read in one snapshot, and remembers where its log ends.
func (s *Store) LoadSession(code string) (hub.Record, error) {
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	rec, seq, err := s.load(ctx, code)
	if err != nil {
		if errors.Is(err, hub.ErrNotFound) {
			return rec, err
		}
		return rec, s.fail(err)
	}
	s.setSeen(code, seq)
	return rec, nil
}

func (s *Store) load(ctx context.Context, code string) (rec hub.Record, seq int64, err error) {
	rec.Code = code
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return rec, 0, err
	}
	defer tx.Rollback(ctx)
	var qj, stj string
	var created int64
	err = tx.QueryRow(ctx, `SELECT host_hash, quiz, settings, created, last_seq FROM sessions WHERE code = $1`, code).
		Scan(&rec.HostSecretHash, &qj, &stj, &created, &seq)
	if errors.Is(err, pgx.ErrNoRows) {
		return rec, 0, hub.ErrNotFound
	}
	if err != nil {
		return rec, 0, err
	}
	var q quiz.Quiz
	var st session.Settings
	if err := json.Unmarshal([]byte(qj), &q); err != nil {
		return rec, 0, fmt.Errorf("stored quiz: %w", err)
	}
	if err := json.Unmarshal([]byte(stj), &st); err != nil {
		return rec, 0, fmt.Errorf("stored settings: %w", err)
	}
	ss, err := session.New(&q, st, time.Unix(0, created).UTC())
	if err != nil {
		return rec, 0, err
	}
	rows, _ := tx.Query(ctx, `SELECT data FROM events WHERE code = $1 ORDER BY seq`, code)
	var data []byte
	_, err = pgx.ForEachRow(rows, []any{&data}, func() error {
		var ev session.Event
		if err := json.Unmarshal(data, &ev); err != nil || ss.Apply(ev) != nil {
			rec.Skipped++
		}
		return nil
	})
	if err != nil {
		return rec, 0, err
	}
	rec.Session = ss
	rec.Seq = seq
	return rec, seq, nil
}

// DeleteExpired deletes the sessions whose last change was before the given
// time, with their events (PostgreSQL's autovacuum reclaims the space), and
// returns how many it deleted. Servers that run it at once share the work.
func (s *Store) DeleteExpired(before time.Time) (int, error) {
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	// The rows are locked in the order of their codes, as a change locks
	// them (cluster.go), so that the expiry and a change of several sessions
	// cannot wait for each other; the lock rechecks that a session is still
	// idle.
	rows, _ := s.pool.Query(ctx, `DELETE FROM sessions WHERE code IN (
		SELECT code FROM sessions WHERE updated < $1 ORDER BY code FOR UPDATE) RETURNING code`, before.UnixNano())
	gone, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return 0, s.fail(err)
	}
	s.seenMu.Lock()
	for _, code := range gone {
		delete(s.seen, code)
	}
	s.seenMu.Unlock()
	return len(gone), nil
}
