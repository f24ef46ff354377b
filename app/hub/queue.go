//go:build !wasm

package hub

import (
	"sync"

	"storyquiz/quiz/session"
)

// Queue is a store's group commit. Appends and Resync markers wait in it
// in order; one writer goroutine takes whatever has queued up while the
// previous commit was being written, settles the markers and the appends
// of failed sessions itself (Failures.Sift), and hands the rest to the
// store's commit in one batch. The SQLite and PostgreSQL stores share it,
// so that the rule of Store.Append is written once.
type Queue struct {
	mu     sync.RWMutex // guards closed against sends on reqs
	closed bool
	reqs   chan *Pending
	done   chan struct{}
	failed Failures // only the writer goroutine touches it
}

// Commit writes a batch of appends in one transaction and settles every
// one of them through settle, with nil or the error it failed with (which
// holds its session back until Resync).
type Commit func(batch []*Pending, settle func(ps []*Pending, err error))

// NewQueue starts the writer; at most max appends share one commit, so that
// one commit never holds the writer for long.
func NewQueue(max int, commit Commit) *Queue {
	q := &Queue{reqs: make(chan *Pending, 4096), done: make(chan struct{}), failed: Failures{}}
	go q.writer(max, commit)
	return q
}

// Append queues ev for the log of session code; see Store.Append.
func (q *Queue) Append(code string, ev session.Event) (wait func() error) {
	p, err := NewPending(code, ev)
	if err != nil {
		return func() error { return err }
	}
	return q.queue(p)
}

// Resync lets appends of session code through again after a failure; see
// Store.Resync.
func (q *Queue) Resync(code string) { q.queue(NewResync(code)) }

func (q *Queue) queue(p *Pending) (wait func() error) {
	q.mu.RLock()
	defer q.mu.RUnlock()
	if q.closed {
		return func() error { return ErrClosed }
	}
	q.reqs <- p
	return p.Wait
}

// Close waits until everything queued is written. It reports whether this
// call closed the queue, so that a store closes its database only once.
func (q *Queue) Close() bool {
	q.mu.Lock()
	if q.closed {
		q.mu.Unlock()
		return false
	}
	q.closed = true
	close(q.reqs)
	q.mu.Unlock()
	<-q.done
	return true
}

func (q *Queue) writer(max int, commit Commit) {
	defer close(q.done)
	batch := make([]*Pending, 0, max)
	write := make([]*Pending, 0, max)
	for r := range q.reqs {
		batch = append(batch[:0], r)
	fill:
		for len(batch) < max {
			select {
			case r, ok := <-q.reqs:
				if !ok {
					break fill
				}
				batch = append(batch, r)
			default:
				break fill
			}
		}
		// Markers and the appends of failed sessions are settled in queue
		// order; only the rest is written.
		write = q.failed.Sift(batch, write)
		if len(write) > 0 {
			commit(write, q.failed.Settle)
		}
	}
}
