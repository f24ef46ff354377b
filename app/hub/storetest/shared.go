//go:build !wasm

package storetest

import (
	"encoding/json"

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

// Change implements hub.Shared.
func (m *SharedMem) Change(code string, after int64) (hub.Change, []hub.Logged, error) {
	d := m.d
	d.mu.Lock()
	s := d.sessions[code]
	broken := d.broken
	d.mu.Unlock()
	switch {
	case m.closed.Load():
		return nil, nil, hub.ErrClosed
	case broken != nil:
		return nil, nil, broken
	case s == nil:
		return nil, nil, hub.ErrNotFound
	}
	s.change.Lock()
	d.mu.Lock()
	evs, err := logged(s, after)
	d.mu.Unlock()
	if err != nil {
		s.change.Unlock()
		return nil, nil, err
	}
	return &memChange{m: m, code: code, s: s}, evs, nil
}

type memChange struct {
	m    *SharedMem
	code string
	s    *memSession
}

// Commit implements hub.Change; it fails while the store is broken.
func (c *memChange) Commit(evs []session.Event) error {
	defer c.s.change.Unlock()
	if len(evs) == 0 {
		return nil
	}
	d := c.m.d
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.broken != nil {
		return d.broken
	}
	d.commits++
	for _, ev := range evs {
		data, err := json.Marshal(ev)
		if err != nil {
			return err
		}
		c.s.events = append(c.s.events, data)
		if ev.At.After(c.s.updated) {
			c.s.updated = ev.At
		}
	}
	w := hub.Wake{Code: c.code, Seq: int64(len(c.s.events))}
	if d.muted {
		return nil
	}
	for ch := range d.watchers {
		select {
		case ch <- w:
		default: // a hint: the receiver's poll finds it
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
