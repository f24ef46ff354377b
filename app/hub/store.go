//go:build !wasm

// Package hub holds what the live-session engine needs of the rest of the
// server. Store, defined here where it is used, is the session database
// seen from the engine: the SQLite adapter (app/sqlite) implements it, and
// storetest holds the contract every implementation must pass.
package hub

import (
	"errors"
	"time"

	"storyquiz/quiz/session"
)

// Errors a Store returns.
var (
	// ErrClosed is returned for work submitted after Close.
	ErrClosed = errors.New("the session store is closed")
	// ErrCodeTaken is returned by CreateSession when the join code exists.
	ErrCodeTaken = errors.New("a session with this code already exists")
	// ErrNotFound is returned by LoadSession for an unknown code.
	ErrNotFound = errors.New("no such session")
	// ErrEarlierFailed is returned by an append that was not written because
	// an earlier append of the same session failed: a session's log never
	// holds an event that was applied after one the log lacks.
	ErrEarlierFailed = errors.New("an earlier change to this session could not be saved")
	// ErrFull is returned (wrapped) when the storage has no room left.
	ErrFull = errors.New("the server's storage is full")
	// ErrUnreachable is matched (errors.Is) by the errors of a shared store
	// whose database cannot be reached just now: worth retrying later.
	ErrUnreachable = errors.New("the session database cannot be reached")
)

// Record is a session rebuilt from the store.
type Record struct {
	Code           string
	HostSecretHash string
	Session        *session.Session
	// Skipped counts logged events that no longer applied on replay; a
	// correct server never writes one, so any is worth a log line.
	Skipped int
	// Seq is the position of the log's last event (1 for the first event,
	// 0 for none): the session is the log replayed up to Seq.
	Seq int64
}

// Logged is an event at its position in a session's log.
type Logged struct {
	Seq   int64
	Event session.Event
}

// Entry is a stored session as the registry knows it before loading it:
// enough to say that the code exists and to check the host's secret.
type Entry struct {
	Code           string
	HostSecretHash string
}

// Usage is what the store holds, for the server's quotas.
type Usage struct {
	Sessions  int
	QuizBytes int64
}

// Store is the durable home of live sessions: one creation record and one
// ordered event log per session. Its methods are safe for concurrent use.
type Store interface {
	// CreateSession records a new session under its join code with the hash
	// of the host's secret; ErrCodeTaken when the code exists.
	CreateSession(code, hostSecretHash string, s *session.Session) error
	// Append queues ev for the log of session code and returns a function
	// that waits until it is durable. Events are written in the order Append
	// was called, so a caller that appends while holding its session's lock
	// keeps the log in the order events were applied, yet may wait after
	// releasing it (many answers then share one commit).
	//
	// When a write fails, every append of the same session queued after it
	// fails with ErrEarlierFailed, unwritten, until Resync: the caller then
	// reloads the session with LoadSession, so that memory matches the log,
	// and calls Resync (holding the session's lock throughout) to let later
	// appends through.
	Append(code string, ev session.Event) (wait func() error)
	// Resync ends the failed state of session code, in order with its appends.
	Resync(code string)
	// LoadSession rebuilds one session by replaying its log; ErrNotFound
	// when there is none.
	LoadSession(code string) (Record, error)
	// Sessions lists the sessions whose last change is not before notBefore,
	// without loading them.
	Sessions(notBefore time.Time) ([]Entry, error)
	// Usage says how many sessions the store holds and how large their quizzes are.
	Usage() (Usage, error)
	// DeleteExpired deletes the sessions whose last change was before the
	// given time, with their logs, reclaims the space, and returns how many
	// it deleted.
	DeleteExpired(before time.Time) (int, error)
	// Close waits for queued appends, then closes the store.
	Close() error
}

// Shared is a Store that several servers (nodes) use at once, each with a
// hub of its own. A hub over a Shared store changes sessions only inside a
// Change, which serialises the changes of each session across the nodes
// and hands over what the other nodes appended first, so every node applies
// the same log in the same order; it learns of other nodes' changes from
// Watch and reads them with EventsSince.
type Shared interface {
	Store
	// Entry returns the stored session with the code (a session created on
	// another node); ErrNotFound when there is none.
	Entry(code string) (Entry, error)
	// EventsSince returns the events of session code after seq after, in
	// log order.
	EventsSince(code string, after int64) ([]Logged, error)
	// EventsSinceMany is EventsSince for several sessions in one read: for
	// each code, the events after its seq. Sessions with none are left out.
	EventsSinceMany(after map[string]int64) (map[string][]Logged, error)
	// Change begins one exclusive change of the sessions in change (each
	// code with the seq up to which the caller has its log): it waits until
	// no other node changes any of them, and returns the events appended
	// after those seqs, which the caller applies before its own. The
	// sessions in read are only read, as EventsSinceMany would, in the same
	// trip to the database. One Change for many sessions makes their
	// changes share one transaction and one commit, which is what lets a
	// node keep up with many classes answering at once. The caller must end
	// the change with Commit, soon: other nodes wait for it.
	Change(change, read map[string]int64) (Change, Changed, error)
	// Seqs returns the position of the log's end of each session named that
	// exists, so a node can find changes whose wake-up it missed.
	Seqs(codes []string) (map[string]int64, error)
	// Watch returns the wake-ups of this store: a session's log reached a
	// seq. They are hints, batched and possibly late or lost (Seqs covers
	// that); a Wake with an empty Code means that any session may have
	// changed. The channel is closed by Close. Call it once.
	Watch() <-chan Wake
}

// Changed is what a Change found when it began.
type Changed struct {
	// Logged holds, for each session of change and read that has any, the
	// events after the caller's seq, in log order.
	Logged map[string][]Logged
	// Gone holds the sessions of change that do not exist (expired or
	// deleted); they are not part of the change.
	Gone map[string]bool
}

// Change is one exclusive change of sessions (see Shared.Change).
type Change interface {
	// Commit appends each session's events at the end of its log and ends
	// the change: all of them durably, or, on error, none (so that one
	// commit can answer a whole batch of requests with one outcome). With
	// no events it only ends the change.
	Commit(evs map[string][]session.Event) error
}

// Wake says that session Code's log reached Seq.
type Wake struct {
	Code string
	Seq  int64
}
