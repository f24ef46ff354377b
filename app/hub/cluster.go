//go:build !wasm

package hub

import (
	"errors"
	"math"
	"time"

	"storyquiz/quiz/session"
)

// Several nodes over one Shared store
//
// Over a Shared store (PostgreSQL) every node keeps the sessions it serves in
// memory, as a single server does, but changes a session only inside the
// store's Change: the database lock on the session's row orders the changes
// of all nodes, and the events other nodes appended since this node last
// read the log are applied first. A change is therefore checked against the
// session as the whole cluster has it (one name per player, one answer per
// question, the host's "next" applied once), and the log is the same on
// every node. The reply goes out only after the commit.
//
// One goroutine per room at a time (drive) does that work: requests that
// arrive while it is in the database queue up and share the next
// transaction, so a class answering at once costs a few commits, not one
// per student, and the room's lock is never held across a database call.
// Catching up after another node's change (the poll, or a reader that
// must not see an old state) goes through the same goroutine; wake-ups are
// gathered by the hub and their rooms read in one query, then applied under
// the room's lock when no drive runs (else the drive reads the log itself).
// Either way the room's memory only ever moves forward along the log.
//
// Timers need no owner: a node whose memory says that a question's time is
// up applies a Tick through a Change like any other change; the first one
// commits it, and the others, having caught up first, find nothing left to
// do and append nothing. Any node with the session loaded ticks it, so a
// node that dies takes no timer with it.

// pollInterval is how often a node checks the log's end of the sessions it
// streams, for wake-ups that were lost (a node killed between its commit and
// its NOTIFY, a LISTEN connection that dropped).
const pollInterval = 2 * time.Second

// op is a change waiting for its room's next transaction.
type op struct {
	ev   session.Event
	errc chan error // capacity 1
}

// storeErr turns an error of the shared store into the hub's.
func storeErr(err error) error {
	switch {
	case errors.Is(err, ErrNotFound):
		return ErrGone
	case errors.Is(err, ErrUnreachable):
		return ErrUnavailable
	case errors.Is(err, ErrFull):
		return ErrStorageFull
	}
	return ErrStore
}

// Find returns the session with the join code, or nil when there is none.
// Over a Shared store a session unknown here may have been created on
// another node: it is looked up in the store, and err says when the store
// could not be asked.
func (h *Hub) Find(code string) (*Room, error) {
	if r := h.Room(code); r != nil || h.shared == nil {
		return r, nil
	}
	e, err := h.shared.Entry(code)
	if errors.Is(err, ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		h.log.Warn("could not look up a session", "code", code, "err", err)
		return nil, storeErr(err)
	}
	r := h.newRoom(e.Code)
	if !r.setHostHash(e.HostSecretHash) {
		h.log.Error("session has a malformed host secret hash", "code", e.Code)
		return nil, ErrDamaged
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if old := h.rooms[code]; old != nil {
		return old, nil
	}
	h.rooms[code] = r
	return r, nil
}

// watch catches up the rooms that other nodes changed. It takes the
// wake-ups that have arrived together and reads the new events of all their
// rooms in one query, so a node's reads follow the other nodes' batches of
// commits, not each commit of each session.
func (h *Hub) watch(wakes <-chan Wake) {
	defer h.bg.Done()
	for {
		var batch []Wake
		select {
		case <-h.done:
			return
		case w, ok := <-wakes:
			if !ok {
				return
			}
			batch = append(batch, w)
		}
	more:
		for len(batch) < 1024 {
			select {
			case w, ok := <-wakes:
				if !ok {
					break more
				}
				batch = append(batch, w)
			default:
				break more
			}
		}
		h.catchUpMany(batch)
	}
}

// catchUpMany brings the rooms named by a batch of wake-ups up to the log.
// A room whose drive runs is left to it (the drive reads the log itself).
func (h *Hub) catchUpMany(batch []Wake) {
	after := map[string]int64{}
	rooms := map[string]*Room{}
	want := func(r *Room, seq int64) {
		r.mu.Lock()
		switch {
		case r.s == nil || r.gone || seq <= r.seq:
		case r.driving:
			r.catchUp = true
		default:
			after[r.code], rooms[r.code] = r.seq, r
		}
		r.mu.Unlock()
	}
	for _, w := range batch {
		if w.Code == "" { // anything may have changed: every loaded room
			for _, r := range h.snapshot() {
				want(r, math.MaxInt64)
			}
		} else if r := h.Room(w.Code); r != nil { // else not in use here: read when first needed
			want(r, w.Seq)
		}
	}
	if len(after) == 0 {
		return
	}
	logged, err := h.shared.EventsSinceMany(after)
	if err != nil {
		h.log.Warn("could not read the sessions other nodes changed", "sessions", len(after), "err", err)
		for _, r := range rooms {
			r.wake(math.MaxInt64) // each room tries on its own
		}
		return
	}
	for code, r := range rooms {
		r.deliver(logged[code])
	}
}

// deliver applies events read from the log for the room, unless a drive
// started meanwhile (which reads the log itself).
func (r *Room) deliver(logged []Logged) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case r.driving:
		r.catchUp = true
	case r.s == nil || r.gone:
	case r.applyLoggedLocked(logged):
		r.notifyLocked()
	}
}

// poll finds the changes of streamed sessions whose wake-up never came.
func (h *Hub) poll() {
	var codes []string
	for _, r := range h.snapshot() {
		r.mu.Lock()
		if r.s != nil && len(r.subs) > 0 {
			codes = append(codes, r.code)
		}
		r.mu.Unlock()
	}
	if len(codes) == 0 {
		return
	}
	seqs, err := h.shared.Seqs(codes)
	if err != nil {
		h.log.Warn("could not poll the session database", "err", err)
		return
	}
	for code, seq := range seqs {
		if r := h.Room(code); r != nil {
			r.wake(seq)
		}
	}
}

// wake asks the room to catch up with its log if it ends past this node's
// memory.
func (r *Room) wake(seq int64) {
	r.mu.Lock()
	if r.s != nil && !r.gone && seq > r.seq {
		r.catchUp = true
		r.kickLocked()
	}
	r.mu.Unlock()
}

// sync brings the room's memory up to the log's end before a read that must
// not show an older state than another node already acknowledged (a joined
// player's first request, the results). The caller does not hold r.mu. It
// does nothing for a single node, whose memory is the log.
func (r *Room) sync() error {
	if r.hub.shared == nil {
		return nil
	}
	errc := make(chan error, 1)
	r.mu.Lock()
	if err := r.loadLocked(); err != nil {
		r.mu.Unlock()
		return err
	}
	r.syncs = append(r.syncs, errc)
	r.kickLocked()
	r.mu.Unlock()
	return <-errc
}

// CatchUp makes sure the room's memory includes the log up to seq (an event
// stream resumed with Last-Event-ID from another node), reading the log when
// it does not. Errors leave the memory as it was.
func (r *Room) CatchUp(seq int64) error {
	r.mu.Lock()
	behind := r.hub.shared != nil && r.s != nil && seq > r.seq
	r.mu.Unlock()
	if !behind {
		return nil
	}
	return r.sync()
}

// applyShared queues ev for the room's next transaction and waits for its
// outcome.
func (r *Room) applyShared(ev session.Event) error {
	o := &op{ev: ev, errc: make(chan error, 1)}
	r.mu.Lock()
	if err := r.loadLocked(); err != nil {
		r.mu.Unlock()
		return err
	}
	r.ops = append(r.ops, o)
	r.kickLocked()
	r.mu.Unlock()
	return <-o.errc
}

// kickLocked starts the room's drive unless it runs. The caller holds r.mu.
func (r *Room) kickLocked() {
	if !r.driving {
		r.driving = true
		go r.drive()
	}
}

// drive does the room's database work until none is left: the queued
// changes in one transaction, else a catch-up read.
func (r *Room) drive() {
	for {
		r.mu.Lock()
		ops, syncs, catchUp := r.ops, r.syncs, r.catchUp
		r.ops, r.syncs, r.catchUp = nil, nil, false
		if len(ops) == 0 && len(syncs) == 0 && !catchUp {
			r.driving = false
			r.mu.Unlock()
			return
		}
		err := r.loadLocked()
		r.mu.Unlock()
		switch {
		case err != nil:
			for _, o := range ops {
				o.errc <- err
			}
		case len(ops) > 0:
			r.commitOps(ops)
		default:
			err = r.readLog()
		}
		for _, c := range syncs {
			c <- err
		}
	}
}

// readLog applies what other nodes appended since this node's memory.
func (r *Room) readLog() error {
	r.mu.Lock()
	seq := r.seq
	r.mu.Unlock()
	logged, err := r.hub.shared.EventsSince(r.code, seq)
	if err != nil {
		r.hub.log.Warn("could not read a session's log", "code", r.code, "err", err)
		return storeErr(err)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.applyLoggedLocked(logged) {
		r.notifyLocked()
	}
	return nil
}

// applyLoggedLocked applies events read from the log after r.seq and says
// whether any was applied. A gap (which a correct store never leaves) makes
// it read the whole session again. The caller holds r.mu.
func (r *Room) applyLoggedLocked(logged []Logged) bool {
	applied := false
	for _, l := range logged {
		if l.Seq <= r.seq {
			continue // already here (a reader loaded the session meanwhile)
		}
		if l.Seq != r.seq+1 || r.s == nil {
			r.hub.log.Warn("session log has a gap here; reading it again", "code", r.code, "have", r.seq, "next", l.Seq)
			r.s = nil
			if err := r.loadLocked(); err != nil {
				return true
			}
			return true
		}
		if err := r.s.Apply(l.Event); err != nil {
			r.hub.log.Warn("an event from another node did not apply", "code", r.code, "seq", l.Seq, "err", err)
		}
		r.seq = l.Seq
		applied = true
	}
	return applied
}

// commitOps makes the queued changes in one Change: other nodes' events
// first, then each change checked against the result, then the ones that
// changed something appended and committed. Only then are their callers
// answered. A failed commit leaves memory ahead of the log, so the session
// is read again.
func (r *Room) commitOps(ops []*op) {
	h := r.hub
	r.mu.Lock()
	seq := r.seq
	r.mu.Unlock()
	ch, foreign, err := h.shared.Change(r.code, seq)
	if err != nil {
		if errors.Is(err, ErrNotFound) {
			r.mu.Lock()
			r.gone = true
			r.notifyLocked()
			r.mu.Unlock()
		} else {
			h.log.Warn("could not begin a session change", "code", r.code, "err", err)
		}
		err = storeErr(err)
		for _, o := range ops {
			o.errc <- err
		}
		return
	}
	results := make([]error, len(ops))
	var evs []session.Event
	r.mu.Lock()
	caughtUp := r.applyLoggedLocked(foreign)
	if r.s == nil { // the session could not be read again after a gap
		r.mu.Unlock()
		ch.Commit(nil)
		for _, o := range ops {
			o.errc <- ErrStore
		}
		return
	}
	for i, o := range ops {
		before := r.s.Version()
		if results[i] = r.s.Apply(o.ev); results[i] == nil && r.s.Version() != before {
			evs = append(evs, o.ev)
		}
	}
	r.mu.Unlock()
	err = ch.Commit(evs)
	r.mu.Lock()
	if err != nil && len(evs) > 0 {
		h.log.Warn("could not store session events; reading the session again", "code", r.code, "events", len(evs), "err", err)
		err = storeErr(err)
		for i := range results {
			results[i] = err
		}
		r.s = nil // memory has what the log lacks
		if lerr := r.loadLocked(); lerr != nil {
			h.log.Error("could not read the session again", "code", r.code, "err", lerr)
		}
		r.notified = 0
		r.notifyLocked()
	} else if len(evs) > 0 || caughtUp {
		r.seq += int64(len(evs))
		r.notifyLocked()
	}
	r.mu.Unlock()
	for i, o := range ops {
		o.errc <- results[i]
	}
}
