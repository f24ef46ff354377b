//go:build !wasm

// Package storetest holds the contract every hub.Store must pass (Run) and
// Mem, an in-memory store whose writes can be held back and made to fail,
// for tests of what a server does when the disk does not answer.
package storetest

import (
	"encoding/json"
	"sync"
	"sync/atomic"
	"time"

	"storyquiz/app/hub"
	"storyquiz/quiz"
	"storyquiz/quiz/session"
)

// Mem is a hub.Store in memory. Its writes go through the same states as a
// real store's: queued, then committed in batches in order, or failed. Stall
// holds commits back (as a database locked by another process does) and
// Release settles them, optionally failing the first batch.
type Mem struct {
	d      *memData
	closed atomic.Bool // this handle's, so closing an old handle leaves a reopened one working
}

type memData struct {
	mu          sync.Mutex
	sessions    map[string]*memSession
	failed      hub.Failures
	queue       []*hub.Pending
	stalled     bool
	broken      error // every commit fails with it while set
	loadsBroken error // every load fails with it while set
	commits     int
	watchers    map[chan hub.Wake]bool // the Watch channels of SharedMem nodes
	muted       bool                   // commits wake nobody, as when NOTIFYs are lost
	hold        *changeHold            // holds SharedMem commits back while set
}

type memSession struct {
	hostHash string
	quiz     []byte
	settings session.Settings
	created  time.Time
	updated  time.Time
	events   [][]byte
	change   sync.Mutex // held by a SharedMem Change, as a row lock is
}

var _ hub.Store = (*Mem)(nil)

// NewMem returns an empty in-memory store.
func NewMem() *Mem {
	return &Mem{d: &memData{sessions: map[string]*memSession{}, failed: hub.Failures{}}}
}

// Reopen returns a store over the same data, as a restarted server would
// see it; the old one should be closed first.
func (m *Mem) Reopen() *Mem {
	m.d.mu.Lock()
	defer m.d.mu.Unlock()
	m.d.failed = hub.Failures{}
	return &Mem{d: m.d}
}

// Stall holds every later commit back until Release.
func (m *Mem) Stall() {
	m.d.mu.Lock()
	m.d.stalled = true
	m.d.mu.Unlock()
}

// Queued returns how many appends wait for a commit.
func (m *Mem) Queued() int {
	m.d.mu.Lock()
	defer m.d.mu.Unlock()
	return len(m.d.queue)
}

// Release commits what Stall held back: the first queued append alone, as
// the batch that was being written, failing with firstErr when it is not
// nil; then the rest together.
func (m *Mem) Release(firstErr error) {
	d := m.d
	d.mu.Lock()
	defer d.mu.Unlock()
	d.stalled = false
	if len(d.queue) > 0 {
		first := d.queue[:1]
		d.queue = d.queue[1:]
		d.commit(first, firstErr)
	}
	d.flush()
}

// BreakLoads makes every load of a session fail with err until
// BreakLoads(nil), as a database that is down does.
func (m *Mem) BreakLoads(err error) {
	m.d.mu.Lock()
	m.d.loadsBroken = err
	m.d.mu.Unlock()
}

// Break makes every commit fail with err until Break(nil).
func (m *Mem) Break(err error) {
	m.d.mu.Lock()
	m.d.broken = err
	m.d.mu.Unlock()
}

// Commits counts the batches written so far.
func (m *Mem) Commits() int {
	m.d.mu.Lock()
	defer m.d.mu.Unlock()
	return m.d.commits
}

// flush commits the queue as one batch unless commits are stalled; d.mu is held.
func (d *memData) flush() {
	if d.stalled || len(d.queue) == 0 {
		return
	}
	batch := d.queue
	d.queue = nil
	d.commit(batch, d.broken)
}

// commit settles a batch in order, as the SQLite writer does: markers clear
// a session's failure, appends of a failed session fail unwritten, and the
// rest are written together or fail together.
func (d *memData) commit(batch []*hub.Pending, err error) {
	write := d.failed.Sift(batch, nil)
	if len(write) == 0 {
		return
	}
	d.commits++
	if err == nil {
		for _, r := range write {
			if s := d.sessions[r.Code]; s != nil {
				s.events = append(s.events, r.Data)
				if r.Event.At.After(s.updated) {
					s.updated = r.Event.At
				}
			}
		}
	}
	d.failed.Settle(write, err)
}

func (m *Mem) queue(r *hub.Pending) func() error {
	d := m.d
	if m.closed.Load() {
		return func() error { return hub.ErrClosed }
	}
	d.mu.Lock()
	d.queue = append(d.queue, r)
	d.flush()
	d.mu.Unlock()
	return r.Wait
}

// CreateSession implements hub.Store.
func (m *Mem) CreateSession(code, hostSecretHash string, s *session.Session) error {
	q, err := json.Marshal(s.Quiz())
	if err != nil {
		return err
	}
	d := m.d
	d.mu.Lock()
	defer d.mu.Unlock()
	switch {
	case m.closed.Load():
		return hub.ErrClosed
	case d.broken != nil:
		return d.broken
	case d.sessions[code] != nil:
		return hub.ErrCodeTaken
	}
	d.sessions[code] = &memSession{hostHash: hostSecretHash, quiz: q, settings: s.Settings(), created: s.Created(), updated: s.Updated()}
	return nil
}

// Append implements hub.Store.
func (m *Mem) Append(code string, ev session.Event) func() error {
	p, err := hub.NewPending(code, ev)
	if err != nil {
		return func() error { return err }
	}
	return m.queue(p)
}

// Resync implements hub.Store.
func (m *Mem) Resync(code string) {
	m.queue(hub.NewResync(code))
}

// LoadSession implements hub.Store.
func (m *Mem) LoadSession(code string) (hub.Record, error) {
	d := m.d
	d.mu.Lock()
	if err := d.loadsBroken; err != nil {
		d.mu.Unlock()
		return hub.Record{Code: code}, err
	}
	s := d.sessions[code]
	var events [][]byte
	if s != nil {
		events = append(events, s.events...)
	}
	d.mu.Unlock()
	rec := hub.Record{Code: code}
	if s == nil {
		return rec, hub.ErrNotFound
	}
	rec.HostSecretHash = s.hostHash
	var q quiz.Quiz
	if err := json.Unmarshal(s.quiz, &q); err != nil {
		return rec, err
	}
	ss, err := session.New(&q, s.settings, s.created)
	if err != nil {
		return rec, err
	}
	for _, data := range events {
		var ev session.Event
		if json.Unmarshal(data, &ev) != nil || ss.Apply(ev) != nil {
			rec.Skipped++
		}
	}
	rec.Session = ss
	rec.Seq = int64(len(events))
	return rec, nil
}

// Sessions implements hub.Store.
func (m *Mem) Sessions(notBefore time.Time) ([]hub.Entry, error) {
	d := m.d
	d.mu.Lock()
	defer d.mu.Unlock()
	var out []hub.Entry
	for code, s := range d.sessions {
		if !s.updated.Before(notBefore) {
			out = append(out, hub.Entry{Code: code, HostSecretHash: s.hostHash})
		}
	}
	return out, nil
}

// Usage implements hub.Store.
func (m *Mem) Usage() (hub.Usage, error) {
	d := m.d
	d.mu.Lock()
	defer d.mu.Unlock()
	u := hub.Usage{Sessions: len(d.sessions)}
	for _, s := range d.sessions {
		u.QuizBytes += int64(len(s.quiz))
	}
	return u, nil
}

// DeleteExpired implements hub.Store.
func (m *Mem) DeleteExpired(before time.Time) (int, error) {
	d := m.d
	d.mu.Lock()
	defer d.mu.Unlock()
	n := 0
	for code, s := range d.sessions {
		if s.updated.Before(before) {
			delete(d.sessions, code)
			n++
		}
	}
	return n, nil
}

// Close implements hub.Store: it settles what is queued, then refuses more.
func (m *Mem) Close() error {
	d := m.d
	d.mu.Lock()
	defer d.mu.Unlock()
	d.stalled = false
	d.flush()
	m.closed.Store(true)
	return nil
}
