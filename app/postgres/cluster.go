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
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	codes, seqs := splitSeqs(after)
	out := map[string][]hub.Logged{}
	rows, _ := s.pool.Query(ctx, eventsSinceManySQL, codes, seqs)
	if err := scanLogged(rows, out); err != nil {
		return nil, s.fail(err)
	}
	return out, nil
}

// eventsSinceManySQL reads the events of sessions $1 after their seqs $2.
// LATERAL: one index range scan per session, whatever the planner thinks of
// the array's size (a join could scan the whole table).
const eventsSinceManySQL = `SELECT k.code, e.seq, e.data FROM unnest($1::text[], $2::bigint[]) AS k(code, after)
	CROSS JOIN LATERAL (SELECT seq, data FROM events WHERE code = k.code AND seq > k.after ORDER BY seq) e
	ORDER BY k.code, e.seq`

// splitSeqs turns code → seq into the two arrays eventsSinceManySQL takes.
func splitSeqs(after map[string]int64) ([]string, []int64) {
	codes := make([]string, 0, len(after))
	seqs := make([]int64, 0, len(after))
	for c, seq := range after {
		codes, seqs = append(codes, c), append(seqs, seq)
	}
	return codes, seqs
}

// scanLogged decodes the rows of eventsSinceManySQL into out.
func scanLogged(rows pgx.Rows, out map[string][]hub.Logged) error {
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
	return err
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

// change is one exclusive change of several sessions: a transaction, on a
// connection of its own, that holds the sessions' row locks.
//
// A change costs two round trips to PostgreSQL whatever the number of its
// sessions, because each is a pipeline (a pgx.Batch): BEGIN, the row locks
// and the events since the caller's seqs in the first (the events query
// runs after the locks are granted, so it sees what the previous holders
// committed); one statement appending every session's events, and COMMIT,
// in the second. The locks are taken in the order of the codes, so two
// nodes changing overlapping sets of sessions wait for each other instead
// of deadlocking. A connection left inside a transaction by an error is
// closed, not reused, when released to the pool.
type change struct {
	s      *Store
	conn   *pgxpool.Conn
	ctx    context.Context
	cancel context.CancelFunc
	last   map[string]int64 // where each locked session's log ends
}

// lockSQL locks the rows of sessions $1, in the order of their codes.
const lockSQL = `SELECT code, last_seq FROM sessions WHERE code = ANY($1) ORDER BY code FOR UPDATE`

// Change locks the rows of the sessions in changing and returns the events
// after the seqs of those and of the sessions in read.
func (s *Store) Change(changing, read map[string]int64) (hub.Change, hub.Changed, error) {
	got := hub.Changed{Logged: map[string][]hub.Logged{}, Gone: map[string]bool{}}
	if len(changing) == 0 {
		if len(read) > 0 {
			logged, err := s.EventsSinceMany(read)
			if err != nil {
				return nil, got, err
			}
			got.Logged = logged
		}
		return noChange{}, got, nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	c := &change{s: s, ctx: ctx, cancel: cancel, last: map[string]int64{}}
	if err := c.begin(changing, read, got); err != nil {
		c.end()
		return nil, got, s.fail(err)
	}
	return c, got, nil
}

// noChange is a Change of no session.
type noChange struct{}

func (noChange) Commit(evs map[string][]session.Event) error {
	if len(evs) > 0 {
		return errors.New("a change of no session cannot append events")
	}
	return nil
}

func (c *change) begin(changing, read map[string]int64, got hub.Changed) error {
	conn, err := c.s.pool.Acquire(c.ctx)
	if err != nil {
		return err
	}
	c.conn = conn
	locks := make([]string, 0, len(changing))
	all := make(map[string]int64, len(changing)+len(read))
	for code, seq := range changing {
		locks = append(locks, code)
		all[code] = seq
	}
	for code, seq := range read {
		all[code] = seq
	}
	codes, seqs := splitSeqs(all)
	b := &pgx.Batch{}
	b.Queue(`BEGIN`)
	b.Queue(lockSQL, locks)
	b.Queue(eventsSinceManySQL, codes, seqs)
	br := conn.SendBatch(c.ctx, b)
	defer br.Close()
	if _, err := br.Exec(); err != nil {
		return err
	}
	rows, err := br.Query()
	if err != nil {
		return err
	}
	var code string
	var last int64
	if _, err := pgx.ForEachRow(rows, []any{&code, &last}, func() error { c.last[code] = last; return nil }); err != nil {
		return err
	}
	for code := range changing {
		if _, ok := c.last[code]; !ok {
			got.Gone[code] = true
		}
	}
	rows, err = br.Query()
	if err != nil {
		return err
	}
	if err := scanLogged(rows, got.Logged); err != nil {
		return err
	}
	return br.Close()
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

// Commit appends each session's events after its log's end and commits,
// durably, all or none; then the other nodes are told, soon, in a batch.
func (c *change) Commit(evs map[string][]session.Event) error {
	defer c.end()
	n := 0
	for _, list := range evs {
		n += len(list)
	}
	if n == 0 {
		return nil // end rolls back, releasing the locks
	}
	if err := c.commit(evs, n); err != nil {
		return c.s.fail(fmt.Errorf("saving %d events of %d sessions: %w", n, len(evs), err))
	}
	for code, list := range evs {
		if len(list) > 0 {
			c.s.markDirty(code, c.last[code]+int64(len(list)))
		}
	}
	return nil
}

// commitSQL appends a change's events: $1… are one entry per session (its
// code, the seq its log ends at after them, the time of its latest event),
// $4… one per event. The seqs follow the ends of the logs read under the
// row locks; were one wrong, the primary key (code, seq) would refuse the
// whole statement rather than fork a log.
const commitSQL = `WITH u AS (
	UPDATE sessions s SET last_seq = k.last, updated = greatest(s.updated, k.at)
	FROM unnest($1::text[], $2::bigint[], $3::bigint[]) AS k(code, last, at)
	WHERE s.code = k.code)
INSERT INTO events (code, seq, type, at, data)
SELECT * FROM unnest($4::text[], $5::bigint[], $6::text[], $7::bigint[], $8::text[])`

func (c *change) commit(evs map[string][]session.Event, n int) error {
	var sCodes []string
	var sLast, sAt []int64
	codes, types, data := make([]string, 0, n), make([]string, 0, n), make([]string, 0, n)
	seqs, ats := make([]int64, 0, n), make([]int64, 0, n)
	for code, list := range evs {
		last, ok := c.last[code]
		if !ok {
			return fmt.Errorf("session %s is not part of this change", code)
		}
		if len(list) == 0 {
			continue
		}
		var latest int64
		for i, ev := range list {
			b, err := json.Marshal(ev)
			if err != nil {
				return err
			}
			at := ev.At.UnixNano()
			codes, seqs, types, ats, data = append(codes, code), append(seqs, last+int64(i)+1), append(types, string(ev.Type)), append(ats, at), append(data, string(b))
			latest = max(latest, at)
		}
		sCodes, sLast, sAt = append(sCodes, code), append(sLast, last+int64(len(list))), append(sAt, latest)
	}
	b := &pgx.Batch{}
	b.Queue(commitSQL, sCodes, sLast, sAt, codes, seqs, types, ats, data)
	b.Queue(`COMMIT`)
	br := c.conn.SendBatch(c.ctx, b)
	defer br.Close()
	tag, err := br.Exec()
	if err != nil {
		return err
	}
	if tag.RowsAffected() != int64(n) {
		return fmt.Errorf("%d of %d events were appended", tag.RowsAffected(), n) // cannot happen: one statement
	}
	if tag, err = br.Exec(); err != nil {
		return err
	}
	if tag.String() != "COMMIT" {
		// PostgreSQL answers ROLLBACK to a COMMIT of a failed transaction.
		return fmt.Errorf("the commit was rolled back (%s)", tag)
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
