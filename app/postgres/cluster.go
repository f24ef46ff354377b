//go:build !wasm

package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"storyquiz/app/hub"
	"storyquiz/quiz/session"
)

// Several nodes
//
// The Store is a hub.Shared: a node changes a session in a Change, a
// transaction that first locks the session's row (SELECT … FOR UPDATE), so
// the changes of one session are made one at a time across all nodes, and
// reads the events other nodes appended since the node's memory; the
// node's new events then go in at the following seqs (the append statement
// still checks last_seq, so even a wrong caller cannot fork the log).
//
// Other nodes learn of a change through LISTEN/NOTIFY, used only as a
// wake-up: a NOTIFY takes a cluster-wide lock at commit, so it is not sent
// inside the changes' transactions, once per answer, but by one goroutine per
// node that gathers the sessions changed during notifyDelay and sends them
// in one pg_notify ("code:seq code:seq …"). The events themselves are read
// from the log. A wake-up lost (a node killed between its commit and its
// NOTIFY, or a listener reconnecting) is found by the hub's poll of Seqs.

// notifyChannel is the LISTEN/NOTIFY channel of the wake-ups.
const notifyChannel = "storyquiz_sessions"

// notifyDelay is how long a node gathers changed sessions before telling the
// others: short beside the budget of fan-out, long enough that a class's
// answers share one NOTIFY.
const notifyDelay = 10 * time.Millisecond

// maxPayload keeps a NOTIFY's payload under PostgreSQL's limit (8000 bytes).
const maxPayload = 7000

var _ hub.Shared = (*Store)(nil)

// Entry returns the stored session with the code; hub.ErrNotFound when none.
func (s *Store) Entry(code string) (hub.Entry, error) {
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	e := hub.Entry{Code: code}
	err := s.pool.QueryRow(ctx, `SELECT host_hash FROM sessions WHERE code = $1`, code).Scan(&e.HostSecretHash)
	if errors.Is(err, pgx.ErrNoRows) {
		return e, hub.ErrNotFound
	}
	return e, s.fail(err)
}

// EventsSince returns the events of session code after seq after.
func (s *Store) EventsSince(code string, after int64) ([]hub.Logged, error) {
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	out, err := eventsSince(ctx, s.pool, code, after)
	return out, s.fail(err)
}

// EventsSinceMany returns, in one query, the events of several sessions
// after their seqs: what a batch of wake-ups asks for.
func (s *Store) EventsSinceMany(after map[string]int64) (map[string][]hub.Logged, error) {
	codes := make([]string, 0, len(after))
	seqs := make([]int64, 0, len(after))
	for c, seq := range after {
		codes, seqs = append(codes, c), append(seqs, seq)
	}
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	// LATERAL: one index range scan per session, whatever the planner
	// thinks of the array's size (a join could scan the whole table).
	rows, _ := s.pool.Query(ctx, `SELECT k.code, e.seq, e.data FROM unnest($1::text[], $2::bigint[]) AS k(code, after)
		CROSS JOIN LATERAL (SELECT seq, data FROM events WHERE code = k.code AND seq > k.after ORDER BY seq) e
		ORDER BY k.code, e.seq`, codes, seqs)
	out := map[string][]hub.Logged{}
	var code string
	var seq int64
	var data []byte
	_, err := pgx.ForEachRow(rows, []any{&code, &seq, &data}, func() error {
		l := hub.Logged{Seq: seq}
		if err := json.Unmarshal(data, &l.Event); err != nil {
			return fmt.Errorf("event %d of session %s: %w", seq, code, err)
		}
		out[code] = append(out[code], l)
		return nil
	})
	if err != nil {
		return nil, s.fail(err)
	}
	return out, nil
}

// querier is a pool or a transaction.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

func eventsSince(ctx context.Context, q querier, code string, after int64) ([]hub.Logged, error) {
	rows, _ := q.Query(ctx, `SELECT seq, data FROM events WHERE code = $1 AND seq > $2 ORDER BY seq`, code, after)
	var out []hub.Logged
	var seq int64
	var data []byte
	_, err := pgx.ForEachRow(rows, []any{&seq, &data}, func() error {
		l := hub.Logged{Seq: seq}
		if err := json.Unmarshal(data, &l.Event); err != nil {
			return fmt.Errorf("event %d of session %s: %w", seq, code, err)
		}
		out = append(out, l)
		return nil
	})
	return out, err
}

// Seqs returns where the log of each named session that exists ends.
func (s *Store) Seqs(codes []string) (map[string]int64, error) {
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	rows, _ := s.pool.Query(ctx, `SELECT code, last_seq FROM sessions WHERE code = ANY($1)`, codes)
	out := map[string]int64{}
	var code string
	var seq int64
	_, err := pgx.ForEachRow(rows, []any{&code, &seq}, func() error { out[code] = seq; return nil })
	if err != nil {
		return nil, s.fail(err)
	}
	return out, nil
}

// change is one exclusive change: a transaction, on a connection of its
// own, that holds the session's row lock.
//
// A change costs two round trips to PostgreSQL, because each is a pipeline
// (a pgx.Batch): BEGIN, the row lock and the events since the caller's seq
// in the first (the events query runs after the lock is granted, so it sees
// what the previous holder committed); the inserts and COMMIT in the
// second. A connection left inside a transaction by an error is closed,
// not reused, when released to the pool.
type change struct {
	s      *Store
	conn   *pgxpool.Conn
	ctx    context.Context
	cancel context.CancelFunc
	code   string
	last   int64 // where the log ends
}

// Change locks session code's row and returns the events after seq after.
func (s *Store) Change(code string, after int64) (hub.Change, []hub.Logged, error) {
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	c := &change{s: s, ctx: ctx, cancel: cancel, code: code}
	logged, err := c.begin(after)
	if err != nil {
		c.end()
		if errors.Is(err, hub.ErrNotFound) {
			return nil, nil, err
		}
		return nil, nil, s.fail(err)
	}
	return c, logged, nil
}

func (c *change) begin(after int64) ([]hub.Logged, error) {
	conn, err := c.s.pool.Acquire(c.ctx)
	if err != nil {
		return nil, err
	}
	c.conn = conn
	b := &pgx.Batch{}
	b.Queue(`BEGIN`)
	b.Queue(`SELECT last_seq FROM sessions WHERE code = $1 FOR UPDATE`, c.code)
	b.Queue(`SELECT seq, data FROM events WHERE code = $1 AND seq > $2 ORDER BY seq`, c.code, after)
	br := conn.SendBatch(c.ctx, b)
	defer br.Close()
	if _, err := br.Exec(); err != nil {
		return nil, err
	}
	err = br.QueryRow().Scan(&c.last)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, hub.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	rows, err := br.Query()
	if err != nil {
		return nil, err
	}
	var out []hub.Logged
	var seq int64
	var data []byte
	_, err = pgx.ForEachRow(rows, []any{&seq, &data}, func() error {
		l := hub.Logged{Seq: seq}
		if err := json.Unmarshal(data, &l.Event); err != nil {
			return fmt.Errorf("event %d of session %s: %w", seq, c.code, err)
		}
		out = append(out, l)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, br.Close()
}

// end rolls back what is left of the transaction and gives the connection
// back.
func (c *change) end() {
	if c.conn != nil {
		if c.conn.Conn().PgConn().TxStatus() != 'I' {
			c.conn.Exec(c.ctx, `ROLLBACK`)
		}
		c.conn.Release()
	}
	c.cancel()
}

// Commit appends evs after the log's end and commits, durably; then the
// other nodes are told, soon, in a batch.
func (c *change) Commit(evs []session.Event) error {
	defer c.end()
	if len(evs) == 0 {
		return nil // end rolls back, releasing the lock
	}
	if err := c.commit(evs); err != nil {
		return c.s.fail(fmt.Errorf("saving %d events of session %s: %w", len(evs), c.code, err))
	}
	c.s.markDirty(c.code, c.last+int64(len(evs)))
	return nil
}

func (c *change) commit(evs []session.Event) error {
	types := make([]string, len(evs))
	ats := make([]int64, len(evs))
	data := make([]string, len(evs))
	var latest int64
	for i, ev := range evs {
		b, err := json.Marshal(ev)
		if err != nil {
			return err
		}
		types[i], ats[i], data[i] = string(ev.Type), ev.At.UnixNano(), string(b)
		latest = max(latest, ats[i])
	}
	b := &pgx.Batch{}
	b.Queue(appendSQL, c.code, c.last, types, ats, latest, data)
	b.Queue(`COMMIT`)
	br := c.conn.SendBatch(c.ctx, b)
	defer br.Close()
	tag, err := br.Exec()
	if err != nil {
		return err
	}
	if tag.RowsAffected() != int64(len(evs)) {
		return fmt.Errorf("session %s: %w", c.code, ErrConflict) // cannot happen under the row lock
	}
	if tag, err = br.Exec(); err != nil {
		return err
	}
	if tag.String() != "COMMIT" {
		// PostgreSQL answers ROLLBACK to a COMMIT of a failed transaction.
		return fmt.Errorf("session %s: the commit was rolled back (%s)", c.code, tag)
	}
	return br.Close()
}

// markDirty records that session code's log reached seq, for the notifier.
func (s *Store) markDirty(code string, seq int64) {
	s.dirtyMu.Lock()
	s.dirty[code] = max(s.dirty[code], seq)
	s.dirtyMu.Unlock()
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// notifier sends the wake-ups of this node's changes, gathered over
// notifyDelay, until Close (sending what is left then).
func (s *Store) notifier() {
	defer s.bgDone.Done()
	for {
		select {
		case <-s.kick:
		case <-s.stopCtx.Done():
			s.sendNotify()
			return
		}
		select {
		case <-time.After(notifyDelay):
		case <-s.stopCtx.Done():
		}
		s.sendNotify()
	}
}

func (s *Store) sendNotify() {
	s.dirtyMu.Lock()
	dirty := s.dirty
	s.dirty = map[string]int64{}
	s.dirtyMu.Unlock()
	var payloads []string
	var b strings.Builder
	for code, seq := range dirty {
		item := code + ":" + strconv.FormatInt(seq, 10)
		if b.Len() > 0 && b.Len()+1+len(item) > maxPayload {
			payloads = append(payloads, b.String())
			b.Reset()
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(item)
	}
	if b.Len() > 0 {
		payloads = append(payloads, b.String())
	}
	if len(payloads) == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	bt := &pgx.Batch{}
	for _, p := range payloads {
		bt.Queue(`SELECT pg_notify($1, $2)`, notifyChannel, p)
	}
	if err := s.pool.SendBatch(ctx, bt).Close(); err != nil {
		// Only a hint is lost: the other nodes' poll finds the change.
		s.log.Warn("could not wake the other servers", "err", scrub(err, s.secrets).Error())
	}
}

// Watch returns the wake-ups of other nodes' changes (and this node's own),
// from a connection of its own that LISTENs; after that connection is
// lost and made again, a Wake with no code says that anything may have
// changed meanwhile. The channel is closed by Close.
func (s *Store) Watch() <-chan hub.Wake {
	s.watchOn.Do(func() {
		s.bgDone.Add(1)
		go s.listen()
	})
	return s.wakes
}

// listen keeps a LISTEN connection open and forwards its notifications.
func (s *Store) listen() {
	defer s.bgDone.Done()
	ctx := s.stopCtx
	cfg := s.pool.Config().ConnConfig.Copy()
	for attempt := 0; ctx.Err() == nil; attempt++ {
		if attempt > 0 {
			select {
			case <-time.After(min(time.Duration(attempt)*500*time.Millisecond, 3*time.Second)):
			case <-ctx.Done():
				return
			}
		}
		conn, err := pgx.ConnectConfig(ctx, cfg)
		if err == nil {
			_, err = conn.Exec(ctx, "LISTEN "+notifyChannel)
		}
		if err != nil {
			if conn != nil {
				conn.Close(context.Background())
			}
			if ctx.Err() == nil {
				s.log.Warn("could not listen for other servers' changes; trying again", "err", scrub(err, s.secrets).Error())
			}
			continue
		}
		if attempt > 0 {
			s.send(hub.Wake{}) // changes while not listening are unknown
		}
		attempt = 0
		for {
			n, err := conn.WaitForNotification(ctx)
			if err != nil {
				break
			}
			for _, item := range strings.Fields(n.Payload) {
				code, seqText, ok := strings.Cut(item, ":")
				seq, err := strconv.ParseInt(seqText, 10, 64)
				if ok && err == nil {
					s.send(hub.Wake{Code: code, Seq: seq})
				}
			}
		}
		conn.Close(context.Background())
		attempt = 1
	}
}

// send passes a wake-up on, dropping it when the hub is far behind (a
// hint: the poll finds the change).
func (s *Store) send(w hub.Wake) {
	select {
	case s.wakes <- w:
	default:
	}
}
