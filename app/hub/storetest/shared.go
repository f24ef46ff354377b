//go:build !wasm

package storetest

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	"storyquiz/app/hub"
	"storyquiz/quiz/session"
)

// SharedMem is one node's handle on a Mem that several nodes share: a
// hub.Shared whose Change holds a per-session lock, as PostgreSQL's row lock
// does, and whose commits wake the other handles' Watch channels.
type SharedMem struct {
	*Mem
	wakes chan hub.Wake
}

var _ hub.Shared = (*SharedMem)(nil)

// Node returns a new node's handle on m's data.
func (m *Mem) Node() *SharedMem {
	return &SharedMem{Mem: &Mem{d: m.d}, wakes: make(chan hub.Wake, 256)}
}

// Entry implements hub.Shared.
func (m *SharedMem) Entry(code string) (hub.Entry, error) {
	d := m.d
	d.mu.Lock()
	defer d.mu.Unlock()
	s := d.sessions[code]
	switch {
	case d.broken != nil:
		return hub.Entry{}, d.broken
	case s == nil:
		return hub.Entry{}, hub.ErrNotFound
	}
	return hub.Entry{Code: code, HostSecretHash: s.hostHash}, nil
}

// EventsSince implements hub.Shared.
func (m *SharedMem) EventsSince(code string, after int64) ([]hub.Logged, error) {
	d := m.d
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.broken != nil {
		return nil, d.broken
	}
	s := d.sessions[code]
	if s == nil {
		return nil, nil
	}
	return logged(s, after)
}

// EventsSinceMany implements hub.Shared.
func (m *SharedMem) EventsSinceMany(after map[string]int64) (map[string][]hub.Logged, error) {
	out := map[string][]hub.Logged{}
	for code, seq := range after {
		evs, err := m.EventsSince(code, seq)
		if err != nil {
			return nil, err
		}
		if len(evs) > 0 {
			out[code] = evs
		}
	}
	return out, nil
}

// logged decodes the session's events after seq after; d.mu is held.
func logged(s *memSession, after int64) ([]hub.Logged, error) {
	var out []hub.Logged
	for i := max(after, 0); i < int64(len(s.events)); i++ {
		var ev session.Event
		if err := json.Unmarshal(s.events[i], &ev); err != nil {
			return nil, err
		}
		out = append(out, hub.Logged{Seq: i + 1, Event: ev})
	}
	return out, nil
}

// Change implements hub.Shared: it takes the sessions' locks in the order
// of their codes, as PostgreSQL's row locks are taken, so that two changes
// of overlapping sessions cannot wait for each other.
func (m *SharedMem) Change(change, read map[string]int64) (hub.Change, hub.Changed, error) {
	d := m.d
	got := hub.Changed{Logged: map[string][]hub.Logged{}, Gone: map[string]bool{}}
	d.mu.Lock()
	broken := d.broken
	held := map[string]*memSession{}
	for code := range change {
		if s := d.sessions[code]; s != nil {
			held[code] = s
		} else {
			got.Gone[code] = true
		}
	}
	d.mu.Unlock()
	switch {
	case m.closed.Load():
		return nil, got, hub.ErrClosed
	case broken != nil:
		return nil, got, broken
	}
	c := &memChange{m: m, held: held}
	for _, code := range slices.Sorted(maps.Keys(held)) {
		held[code].change.Lock()
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, after := range []map[string]int64{change, read} {
		for code, seq := range after {
			s := d.sessions[code]
			if s == nil {
				continue
			}
			evs, err := logged(s, seq)
			if err != nil {
				c.unlock()
				return nil, got, err
			}
			if len(evs) > 0 {
				got.Logged[code] = evs
			}
		}
	}
	return c, got, nil
}

type memChange struct {
	m    *SharedMem
	held map[string]*memSession // the sessions whose change locks it holds
}

func (c *memChange) unlock() {
	for _, s := range c.held {
		s.change.Unlock()
	}
}

// changeHold holds the commits of SharedMem changes back (see HoldChanges).
type changeHold struct {
	release chan struct{}
	err     error // what the held commits fail with, nil to let them through
	commits int   // commits held back
	events  int   // the events they append
}

// HoldChanges holds back every later commit of a SharedMem change that
// appends something, as a database flushing a slow disk would, until
// ReleaseChanges.
func (m *Mem) HoldChanges() {
	m.d.mu.Lock()
	m.d.hold = &changeHold{release: make(chan struct{})}
	m.d.mu.Unlock()
}

// ChangesHeld returns how many commits HoldChanges holds back now, and how
// many events they append.
func (m *Mem) ChangesHeld() (commits, events int) {
	m.d.mu.Lock()
	defer m.d.mu.Unlock()
	if m.d.hold == nil {
		return 0, 0
	}
	return m.d.hold.commits, m.d.hold.events
}

// ReleaseChanges lets the held commits finish: each fails with err,
// appending nothing, unless err is nil. With holdNext the commits after
// them are held again, for the next ReleaseChanges.
func (m *Mem) ReleaseChanges(err error, holdNext bool) {
	m.d.mu.Lock()
	h := m.d.hold
	m.d.hold = nil
	if holdNext {
		m.d.hold = &changeHold{release: make(chan struct{})}
	}
	m.d.mu.Unlock()
	if h != nil {
		h.err = err
		close(h.release)
	}
}

// Commit implements hub.Change; it fails, appending nothing, while the
// store is broken.
func (c *memChange) Commit(evs map[string][]session.Event) error {
	defer c.unlock()
	if len(evs) == 0 {
		return nil
	}
	d := c.m.d
	d.mu.Lock()
	defer d.mu.Unlock()
	if h := d.hold; h != nil {
		h.commits++
		for _, list := range evs {
			h.events += len(list)
		}
		d.mu.Unlock()
		<-h.release
		d.mu.Lock()
		if h.err != nil {
			return h.err
		}
	}
	if d.broken != nil {
		return d.broken
	}
	data := map[string][][]byte{}
	for code, list := range evs {
		if c.held[code] == nil {
			return fmt.Errorf("session %s is not part of this change", code)
		}
		for _, ev := range list {
			b, err := json.Marshal(ev)
			if err != nil {
				return err
			}
			data[code] = append(data[code], b)
		}
	}
	d.commits++
	var wakes []hub.Wake
	for code, list := range evs {
		s := c.held[code]
		s.events = append(s.events, data[code]...)
		for _, ev := range list {
			if ev.At.After(s.updated) {
				s.updated = ev.At
			}
		}
		wakes = append(wakes, hub.Wake{Code: code, Seq: int64(len(s.events))})
	}
	if d.muted {
		return nil
	}
	for ch := range d.watchers {
		for _, w := range wakes {
			select {
			case ch <- w:
			default: // a hint: the receiver's poll finds it
			}
		}
	}
	return nil
}

// MuteWakes stops (or restarts) the wake-ups of commits, as a node killed
// between its commit and its NOTIFY would.
func (m *Mem) MuteWakes(on bool) {
	m.d.mu.Lock()
	m.d.muted = on
	m.d.mu.Unlock()
}

// Seqs implements hub.Shared.
func (m *SharedMem) Seqs(codes []string) (map[string]int64, error) {
	d := m.d
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.broken != nil {
		return nil, d.broken
	}
	out := map[string]int64{}
	for _, c := range codes {
		if s := d.sessions[c]; s != nil {
			out[c] = int64(len(s.events))
		}
	}
	return out, nil
}

// Watch implements hub.Shared.
func (m *SharedMem) Watch() <-chan hub.Wake {
	d := m.d
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.watchers == nil {
		d.watchers = map[chan hub.Wake]bool{}
	}
	d.watchers[m.wakes] = true
	return m.wakes
}

// Close implements hub.Store: it also closes the Watch channel.
func (m *SharedMem) Close() error {
	m.Mem.Close()
	d := m.d
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.watchers[m.wakes] {
		delete(d.watchers, m.wakes)
		close(m.wakes)
	}
	return nil
}
