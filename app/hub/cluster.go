//go:build !wasm

package hub

import (
	"errors"
	"math"
	"slices"
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
// A node does that work in batches, one at a time and at most one per
// batchInterval: changes that arrive meanwhile wait for the next one, and a
// batch makes the changes of all its sessions in one Change (one
// transaction, one commit), so a district of classes answering at once
// costs each node at most a hundred commits a second, not one per student
// or per class, and a room's lock is never held across a database call. A
// room is in at most one batch at a time, which keeps its changes in order.
// Catching up after another node's change (the poll, or a reader that must
// not see an old state) goes through the same batches; wake-ups are
// gathered by the hub and their rooms read in one query, then applied under
// the room's lock when the room is in no batch (else its batch reads the log
// itself). Either way the room's memory only ever moves forward along the
// log.
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
// A room in a batch is left to it (the batch reads the log itself).
func (h *Hub) catchUpMany(batch []Wake) {
	after := map[string]int64{}
	rooms := map[string]*Room{}
	want := func(r *Room, seq int64) {
		r.mu.Lock()
		switch {
		case r.s == nil || r.gone || seq <= r.seq:
		case r.driving:
			r.catchUp = max(r.catchUp, seq)
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

// deliver applies events read from the log for the room, unless the room
// went into a batch meanwhile (which reads the log itself).
func (r *Room) deliver(logged []Logged) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case r.driving:
		seq := int64(math.MaxInt64)
		if len(logged) > 0 {
			seq = logged[len(logged)-1].Seq
		}
		r.catchUp = max(r.catchUp, seq)
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
		r.catchUp = max(r.catchUp, seq)
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

// Sync brings the room's memory up to the log's end, for a read that
// must not show an older state than another node already acknowledged
// (an event stream's first view). It does nothing for a single node.
func (r *Room) Sync() error { return r.sync() }

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

// batchInterval is the least time between the starts of a node's batches.
// Under load, batches that followed each other as fast as the database
// answered took a few rooms each; waiting until this long after the
// previous batch began lets the changes of that time share one transaction
// and one commit (the reason for PostgreSQL's commit_delay), which halved
// the database's work in the district bench, for at most this much more
// latency. A node with nothing to do starts a batch at once.
const batchInterval = 10 * time.Millisecond

// maxBatchRooms bounds the sessions of one batch, so that one commit never
// holds many classes' answers for long.
const maxBatchRooms = 512

// kickLocked queues the room for the next batch unless it is queued or in
// one. The caller holds r.mu.
func (r *Room) kickLocked() {
	if !r.driving {
		r.driving = true
		r.hub.enqueue(r)
	}
}

// enqueue adds a room to the rooms waiting for a batch, and starts the
// batcher unless it runs. One batch at a time: the next one gathers what
// arrives meanwhile.
func (h *Hub) enqueue(r *Room) {
	h.batchMu.Lock()
	h.waiting = append(h.waiting, r)
	start := !h.batching
	h.batching = true
	h.batchMu.Unlock()
	if start {
		go h.batcher()
	}
}

// batcher runs batches of the waiting rooms, at most one per batchInterval,
// until none wait.
func (h *Hub) batcher() {
	for {
		h.batchMu.Lock()
		wait := batchInterval - time.Since(h.lastBatch)
		h.batchMu.Unlock()
		if wait > 0 {
			time.Sleep(wait)
		}
		h.batchMu.Lock()
		rooms := h.waiting
		if len(rooms) > maxBatchRooms {
			rooms = slices.Clone(rooms[:maxBatchRooms])
			h.waiting = slices.Delete(h.waiting, 0, maxBatchRooms)
		} else {
			h.waiting = nil
		}
		if len(rooms) == 0 {
			h.batching = false
			h.batchMu.Unlock()
			return
		}
		h.lastBatch = time.Now()
		h.batchMu.Unlock()
		h.runBatch(rooms)
	}
}

// job is one room's share of a batch.
type job struct {
	r     *Room
	ops   []*op
	syncs []chan error
	res   []error         // the outcome of each op
	evs   []session.Event // the ops that changed the session, to commit
}

// runBatch does the database work of the rooms in one Change: the rooms with
// queued changes are locked, the others only read; every room first gets
// the events other nodes appended, then the changes are checked against
// the result, and those that changed something are committed together.
// Only then are their callers answered. A failed commit fails every change
// of the batch and leaves their rooms' memory ahead of the log, so those
// sessions are read again.
func (h *Hub) runBatch(rooms []*Room) {
	var jobs, reads []*job
	change, read := map[string]int64{}, map[string]int64{}
	for _, r := range rooms {
		j := &job{r: r}
		r.mu.Lock()
		j.ops, j.syncs = r.ops, r.syncs
		r.ops, r.syncs = nil, nil
		// A wake-up for what an earlier batch already read needs no read.
		catchUp := r.catchUp > r.seq
		r.catchUp = 0
		err := r.loadLocked()
		seq := r.seq
		r.mu.Unlock()
		switch {
		case err != nil:
			j.settle(err)
			r.finish()
		case len(j.ops) > 0:
			change[r.code] = seq
			jobs = append(jobs, j)
		case len(j.syncs) > 0 || catchUp:
			read[r.code] = seq
			reads = append(reads, j)
		default:
			r.finish()
		}
	}
	if len(jobs) == 0 && len(reads) == 0 {
		return
	}
	ch, got, err := h.shared.Change(change, read)
	if err != nil {
		h.log.Warn("could not begin a change of sessions", "changed", len(jobs), "read", len(reads), "err", err)
		err = storeErr(err)
		for _, j := range append(jobs, reads...) {
			j.settle(err)
			j.r.finish()
		}
		return
	}
	// The reads are done: their callers need not wait for the commit.
	for _, j := range reads {
		j.r.applyRead(got.Logged[j.r.code])
		j.settle(nil)
		j.r.finish()
	}
	evs := map[string][]session.Event{}
	caughtUp := make([]bool, len(jobs))
	for i, j := range jobs {
		caughtUp[i] = j.apply(got)
		if len(j.evs) > 0 {
			evs[j.r.code] = j.evs
		}
	}
	if err = ch.Commit(evs); err != nil && len(evs) > 0 {
		h.log.Warn("could not store session events; reading their sessions again", "sessions", len(evs), "err", err)
		err = storeErr(err)
	} else {
		err = nil
	}
	for i, j := range jobs {
		j.r.committed(j, err, caughtUp[i])
		for k, o := range j.ops {
			o.errc <- j.res[k]
		}
		for _, c := range j.syncs {
			c <- nil
		}
		j.r.finish()
	}
}

// settle answers every op and sync of the job with err.
func (j *job) settle(err error) {
	for _, o := range j.ops {
		o.errc <- err
	}
	for _, c := range j.syncs {
		c <- err
	}
	j.ops, j.syncs = nil, nil
}

// applyRead applies the events a batch read for the room.
func (r *Room) applyRead(logged []Logged) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.s != nil && !r.gone && r.applyLoggedLocked(logged) {
		r.notifyLocked()
	}
}

// apply brings the job's room up to what the Change read and applies its
// ops to the result, keeping each op's outcome and the events that changed
// something; it reports whether the room caught up with other nodes'
// events.
func (j *job) apply(got Changed) (caughtUp bool) {
	r := j.r
	r.mu.Lock()
	defer r.mu.Unlock()
	j.res = make([]error, len(j.ops))
	fail := func(err error) {
		for i := range j.res {
			j.res[i] = err
		}
	}
	if got.Gone[r.code] {
		r.gone = true
		r.notifyLocked()
		fail(ErrGone)
		return false
	}
	caughtUp = r.applyLoggedLocked(got.Logged[r.code])
	if r.s == nil { // the session could not be read again after a gap
		fail(ErrStore)
		return caughtUp
	}
	for i, o := range j.ops {
		before := r.s.Version()
		if j.res[i] = r.s.Apply(o.ev); j.res[i] == nil && r.s.Version() != before {
			j.evs = append(j.evs, o.ev)
		}
	}
	return caughtUp
}

// committed settles the room's memory after its batch's commit, which
// failed with err (nil if it succeeded).
func (r *Room) committed(j *job, err error, caughtUp bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case err != nil && len(j.evs) > 0:
		for i := range j.res {
			j.res[i] = err
		}
		r.s = nil // memory has what the log lacks
		if lerr := r.loadLocked(); lerr != nil {
			r.hub.log.Error("could not read the session again", "code", r.code, "err", lerr)
		}
		r.notified = 0
		r.notifyLocked()
	case len(j.evs) > 0 || caughtUp:
		r.seq += int64(len(j.evs))
		r.notifyLocked()
	}
}

// finish takes the room out of its batch, queueing it again if work came
// in meanwhile.
func (r *Room) finish() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.ops) > 0 || len(r.syncs) > 0 || r.catchUp > r.seq {
		r.hub.enqueue(r) // still driving
		return
	}
	r.catchUp = 0
	r.driving = false
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
