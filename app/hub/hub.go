//go:build !wasm

package hub

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"storyquiz/quiz/session"
)

// Defaults of Config.
const (
	DefaultIdleExpiry     = 24 * time.Hour
	DefaultMaxSessions    = 500
	DefaultMaxQuizStorage = 64 << 20 // bytes of stored quizzes
	// CodeAlphabet and CodeLength make the join codes (sessionapi has the
	// same for clients; a test keeps them equal).
	CodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
	CodeLength   = 6
)

// Errors of the hub. Their messages are meant for people.
var (
	// ErrGone is returned for a session that expired or was deleted.
	ErrGone = errors.New("this session no longer exists")
	// ErrStore is returned when a change could not be made durable; the
	// session is as it was before the change.
	ErrStore = errors.New("the change could not be saved; please try again")
	// ErrStorageFull is returned when the disk is full.
	ErrStorageFull = errors.New("the server's disk is full, so nothing new can be saved; tell the person who runs Storyquiz")
	// ErrDamaged is returned for a session that cannot be read back.
	ErrDamaged = errors.New("this session could not be read from the server's database; its log says why")
	// ErrNoCode is returned when no free join code was found.
	ErrNoCode = errors.New("could not find a free join code; please try again")
	// ErrUnavailable is returned when the shared session database cannot be
	// reached just now (PostgreSQL restarting); nothing was changed, and the
	// same request may be sent again in a moment.
	ErrUnavailable = errors.New("the session database cannot be reached just now; please try again in a moment")
	// ErrUnpaired ends the view of a device that was paired as the host's
	// remote and has been unpaired since (see session.EvUnpairAll).
	ErrUnpaired = errors.New("this device is no longer the session's remote: the host unpaired it")
)

// QuotaError says which of the server's limits a new session would pass.
type QuotaError struct {
	Flag  string // the command-line flag that raises it
	Limit string // the limit, in words
	After time.Duration
}

func (e *QuotaError) Error() string {
	return fmt.Sprintf("this server already holds its limit of %s. Sessions are removed %s after their last use; "+
		"the person who runs Storyquiz can raise the limit (%s).", e.Limit, e.After, e.Flag)
}

// Config configures New. Zero values pick the defaults.
type Config struct {
	// Now is the clock (default time.Now); tests drive time through it.
	Now func() time.Time
	// Logger receives errors and notable events (default slog.Default()).
	Logger *slog.Logger
	// IdleExpiry is how long a session lives after its last change.
	IdleExpiry time.Duration
	// MaxSessions caps the sessions stored at once, and MaxQuizStorage the
	// bytes of their quizzes, so that nobody can fill the disk or memory.
	MaxSessions    int
	MaxQuizStorage int64
}

// Hub runs the live sessions: it finds them, loads them from the store when
// first needed, applies changes in order and makes them durable (many at
// once in one commit), tells the subscribers of a session when their view
// changed, closes questions whose time ran out, and removes expired sessions.
// It knows nothing of HTTP.
type Hub struct {
	store  Store
	shared Shared // the store, when several nodes share it; nil for one node
	cfg    Config
	log    *slog.Logger

	createMu sync.Mutex // one creation checks the quotas and stores at a time

	mu    sync.RWMutex
	rooms map[string]*Room // every unexpired session

	// Over a Shared store (see cluster.go): the rooms waiting for a batch,
	// whether the goroutine that runs batches runs, and when it began the
	// last one.
	batchMu   sync.Mutex
	waiting   []*Room
	batching  bool
	lastBatch time.Time

	done      chan struct{} // closed by Close: ends subscriptions and loops
	closeOnce sync.Once
	bg        sync.WaitGroup
}

// New returns a hub over store, with the store's unexpired sessions listed
// (not loaded), and starts its background loops; Close stops them. Closing
// the store stays with the caller, after Close.
func New(store Store, cfg Config) (*Hub, error) {
	if store == nil {
		return nil, errors.New("hub: New needs a store")
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.IdleExpiry <= 0 {
		cfg.IdleExpiry = DefaultIdleExpiry
	}
	if cfg.MaxSessions <= 0 {
		cfg.MaxSessions = DefaultMaxSessions
	}
	if cfg.MaxQuizStorage <= 0 {
		cfg.MaxQuizStorage = DefaultMaxQuizStorage
	}
	h := &Hub{store: store, cfg: cfg, log: cfg.Logger, rooms: map[string]*Room{}, done: make(chan struct{})}
	h.shared, _ = store.(Shared)
	// A store that can check itself (SQLite) does so first: a damaged file
	// still serves the sessions it can read, and the others say so.
	if c, ok := store.(interface{ Check() error }); ok {
		if err := c.Check(); err != nil {
			h.log.Error("the session database failed its integrity check", "err", err)
		}
	}
	entries, err := store.Sessions(h.Now().Add(-cfg.IdleExpiry))
	if err != nil {
		return nil, fmt.Errorf("list sessions: %w", err)
	}
	for _, e := range entries {
		r := h.newRoom(e.Code)
		if !r.setHostHash(e.HostSecretHash) {
			h.log.Error("session has a malformed host secret hash; skipped", "code", e.Code)
			continue
		}
		h.rooms[e.Code] = r
	}
	if len(entries) > 0 {
		h.log.Info("sessions found", "count", len(h.rooms))
	}
	h.bg.Add(2)
	go h.every(250*time.Millisecond, h.TickAll)
	go h.every(time.Minute, h.Expire)
	if h.shared != nil {
		h.bg.Add(2)
		go h.watch(h.shared.Watch())
		go h.every(pollInterval, h.poll)
	}
	return h, nil
}

// Now is the hub's clock, in UTC without a monotonic reading (events carry it
// to disk and back).
func (h *Hub) Now() time.Time { return h.cfg.Now().UTC().Round(0) }

// Done is closed when the hub closes: long-lived work (event streams) ends then.
func (h *Hub) Done() <-chan struct{} { return h.done }

// Close stops the background loops and tells subscriptions to end.
func (h *Hub) Close() {
	h.closeOnce.Do(func() { close(h.done) })
	h.bg.Wait()
}

// Room returns the session with the join code, or nil.
func (h *Hub) Room(code string) *Room {
	h.mu.RLock()
	defer h.mu.RUnlock()
	return h.rooms[code]
}

// Create stores a new session with the hash of its host's secret under a
// fresh join code and returns the code. A *QuotaError says which limit it
// would pass.
func (h *Hub) Create(hostSecretHash [sha256.Size]byte, s *session.Session) (string, error) {
	h.createMu.Lock()
	defer h.createMu.Unlock()
	u, err := h.store.Usage()
	if err != nil {
		return "", fmt.Errorf("read the storage usage: %w", err)
	}
	switch {
	case u.Sessions >= h.cfg.MaxSessions:
		return "", &QuotaError{Flag: "-max-sessions", Limit: fmt.Sprintf("%d sessions", h.cfg.MaxSessions), After: h.cfg.IdleExpiry}
	case u.QuizBytes >= h.cfg.MaxQuizStorage:
		return "", &QuotaError{Flag: "-max-quiz-storage", Limit: fmt.Sprintf("%d MB of quizzes", h.cfg.MaxQuizStorage>>20), After: h.cfg.IdleExpiry}
	}
	for range 20 {
		code := newCode()
		if h.Room(code) != nil {
			continue
		}
		switch err := h.store.CreateSession(code, hex.EncodeToString(hostSecretHash[:]), s); {
		case errors.Is(err, ErrCodeTaken):
			continue
		case errors.Is(err, ErrFull):
			h.log.Error("could not store a new session", "err", err)
			return "", ErrStorageFull
		case err != nil:
			return "", err
		}
		r := h.newRoom(code)
		r.hostHash, r.s = hostSecretHash, s
		h.mu.Lock()
		h.rooms[code] = r
		h.mu.Unlock()
		h.log.Info("session created", "code", code, "mode", s.Settings().Mode, "questions", len(s.Quiz().Questions))
		return code, nil
	}
	return "", ErrNoCode
}

// newCode returns a random join code.
func newCode() string {
	const n = len(CodeAlphabet)
	out := make([]byte, 0, CodeLength)
	var buf [16]byte
	for len(out) < CodeLength {
		rand.Read(buf[:])
		for _, b := range buf {
			// Reject the top of the byte range so every character is equally likely.
			if int(b) < 256/n*n && len(out) < CodeLength {
				out = append(out, CodeAlphabet[int(b)%n])
			}
		}
	}
	return string(out)
}

func (h *Hub) newRoom(code string) *Room {
	return &Room{code: code, hub: h, subs: map[*Sub]struct{}{}}
}

// setHostHash sets the hash of the host's secret from its stored hex form
// and says whether it was well formed.
func (r *Room) setHostHash(hexHash string) bool {
	hh, err := hex.DecodeString(hexHash)
	if err != nil || len(hh) != sha256.Size {
		return false
	}
	copy(r.hostHash[:], hh)
	return true
}

// rooms returns the sessions, so loops can visit them without holding the
// registry lock.
func (h *Hub) snapshot() []*Room {
	h.mu.RLock()
	defer h.mu.RUnlock()
	out := make([]*Room, 0, len(h.rooms))
	for _, r := range h.rooms {
		out = append(out, r)
	}
	return out
}

// every runs fn every interval until the hub closes.
func (h *Hub) every(interval time.Duration, fn func()) {
	defer h.bg.Done()
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-h.done:
			return
		case <-t.C:
			fn()
		}
	}
}

// TickAll closes questions whose time limit has run out: it applies a Tick
// to each loaded session with a deadline that has passed. (A session not in
// memory has nobody watching; its deadline is applied when it is loaded.)
func (h *Hub) TickAll() {
	now := h.Now()
	for _, r := range h.snapshot() {
		r.mu.Lock()
		var d time.Time
		ok := false
		if r.s != nil {
			d, ok = r.s.NextDeadline()
		}
		r.mu.Unlock()
		if ok && !now.Before(d) {
			if err := r.Apply(session.Event{Type: session.EvTick, At: now}); err != nil && !errors.Is(err, ErrGone) {
				h.log.Error("time limit tick failed", "code", r.code, "err", err)
			}
		}
	}
}

// Expire deletes the sessions whose last change is older than IdleExpiry,
// from memory and from the store (which gives their space back). The store's
// list decides: every change is in it.
func (h *Hub) Expire() {
	cutoff := h.Now().Add(-h.cfg.IdleExpiry)
	entries, err := h.store.Sessions(cutoff)
	if err != nil {
		h.log.Error("could not list sessions for expiry", "err", err)
		return
	}
	alive := make(map[string]bool, len(entries))
	for _, e := range entries {
		alive[e.Code] = true
	}
	for _, r := range h.snapshot() {
		if alive[r.code] {
			continue
		}
		r.mu.Lock()
		// A change may have landed since the list was read.
		idle := r.s == nil || r.s.Updated().Before(cutoff)
		if idle {
			r.gone = true
			r.notifyLocked() // subscriptions see gone and end
		}
		r.mu.Unlock()
		if idle {
			h.mu.Lock()
			delete(h.rooms, r.code)
			h.mu.Unlock()
			h.log.Info("session expired", "code", r.code)
		}
	}
	if _, err := h.store.DeleteExpired(cutoff); err != nil {
		h.log.Error("could not delete expired sessions", "err", err)
	}
}

// Viewer is who looks at a session: its host, or one of its players.
// Paired, for a host, is the hash (hex) of the secret of a device paired as
// the remote, and empty for the session's creator: the host may unpair such
// devices, and a view or a subscription of one ends when it is unpaired.
type Viewer struct {
	Host     bool
	PlayerID string
	Paired   string
}

// Room is one live session.
type Room struct {
	code     string
	hostHash [sha256.Size]byte
	hub      *Hub

	mu sync.Mutex
	// s is nil until the session is first needed (see loadLocked). It
	// matches the store's log, except for events whose write is under way.
	s       *session.Session
	loadErr error  // why the session could not be loaded, if it could not
	gen     uint64 // counts reloads after failed writes
	// needResync is set from a failed write until the session is loaded
	// again, which lets the store take its appends again.
	needResync bool
	subs       map[*Sub]struct{}
	notified   uint64 // the session version subscribers were last told about
	gone       bool   // expired or deleted
	// seq is the position in the log of the last event applied to s: the
	// id of the event-stream messages, the same on every node.
	seq int64

	// Over a Shared store (see cluster.go): changes waiting for the next
	// batch, readers waiting for a catch-up, the log position a wake-up
	// said the log reached (0 for none), and whether the room is queued for
	// a batch or in one.
	ops     []*op
	syncs   []chan error
	catchUp int64
	driving bool
}

// Code returns the session's join code.
func (r *Room) Code() string { return r.code }

// Identify finds who holds a secret, given its hash: the host (the creator,
// or a device paired with the session), a player, or nobody (ok false). It
// loads the session if needed; err says why it could not.
func (r *Room) Identify(secretHash [sha256.Size]byte) (v Viewer, ok bool, err error) {
	// Compare in constant time against the host; players are found by the
	// hash of their secret, whose lookup time tells nothing about the secret.
	host := subtle.ConstantTimeCompare(secretHash[:], r.hostHash[:]) == 1
	find := func() (Viewer, bool, error) {
		r.mu.Lock()
		defer r.mu.Unlock()
		if err := r.loadLocked(); err != nil {
			return Viewer{}, false, err
		}
		if host {
			return Viewer{Host: true}, true, nil
		}
		h := hex.EncodeToString(secretHash[:])
		// A device paired with the session (see session/pair.go) holds a
		// host key of its own, found like a player's by its hash.
		if r.s.IsPairedKey(h) {
			return Viewer{Host: true, Paired: h}, true, nil
		}
		id, ok := r.s.PlayerBySecretHash(h)
		return Viewer{PlayerID: id}, ok, nil
	}
	v, ok, err = find()
	if err == nil && v.Paired != "" && r.hub.shared != nil {
		// The device may have been unpaired through another node a moment
		// ago: once the host's unpairing was answered, no request of the
		// device may act as the host, so read the log first (host actions
		// are few, and a database that cannot be reached refuses the
		// request rather than trusting a key that may be gone).
		if err := r.sync(); err != nil {
			return Viewer{}, false, err
		}
		v, ok, err = find()
	}
	if err == nil && !ok && r.hub.shared != nil {
		// The player may have joined through another node a moment ago.
		if err := r.sync(); err != nil {
			return Viewer{}, false, err
		}
		v, ok, err = find()
	}
	return v, ok, err
}

// loadLocked makes sure the session is in memory, reading it from the store
// the first time it is needed. The caller holds r.mu.
func (r *Room) loadLocked() error {
	switch {
	case r.gone:
		return ErrGone
	case r.s != nil:
		return nil
	}
	h := r.hub
	rec, err := h.store.LoadSession(r.code)
	if err != nil {
		if errors.Is(err, ErrNotFound) {
			return ErrGone
		}
		if errors.Is(err, ErrUnreachable) {
			h.log.Warn("session could not be loaded", "code", r.code, "err", err)
			return ErrUnavailable
		}
		if r.loadErr == nil {
			h.log.Error("session could not be loaded", "code", r.code, "err", err)
		}
		r.loadErr = err
		return ErrDamaged
	}
	if rec.Skipped > 0 {
		h.log.Warn("session replay skipped events", "code", r.code, "skipped", rec.Skipped)
	}
	r.s, r.seq, r.loadErr = rec.Session, rec.Seq, nil
	if r.needResync {
		h.store.Resync(r.code)
		r.needResync = false
	}
	return nil
}

// View returns what v sees now: over a Shared store, after catching up
// with the log, so that a request never shows less than another node has
// acknowledged (a database that cannot be reached leaves the node's view).
func (r *Room) View(v Viewer) (session.View, error) {
	if err := r.sync(); err != nil && !errors.Is(err, ErrUnavailable) && !errors.Is(err, ErrStore) {
		return session.View{}, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := r.loadLocked(); err != nil {
		return session.View{}, err
	}
	return r.viewLocked(v)
}

// ViewCurrent returns what v sees in this node's memory, without catching
// up with the log first: the reply to a change that this node has just
// made, which the memory holds as of that change's commit (and of
// everything committed before it). A read on its own uses View.
func (r *Room) ViewCurrent(v Viewer) (session.View, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := r.loadLocked(); err != nil {
		return session.View{}, err
	}
	return r.viewLocked(v)
}

func (r *Room) viewLocked(v Viewer) (session.View, error) {
	if v.Paired != "" && !r.s.IsPairedKey(v.Paired) {
		return session.View{}, ErrUnpaired
	}
	if v.Host {
		return r.s.HostView(r.hub.Now()), nil
	}
	return r.s.PlayerView(v.PlayerID, r.hub.Now())
}

// Read runs fn with the session under its lock, for reads that views do
// not cover (the results export); fn must not keep s.
func (r *Room) Read(fn func(s *session.Session)) error {
	// The results must be the same whichever node is asked.
	if err := r.sync(); err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := r.loadLocked(); err != nil {
		return err
	}
	fn(r.s)
	return nil
}

// Apply applies ev to the session and, if it changed anything, makes it
// durable before returning; then it tells the session's subscribers. An
// error of the session (session.Err…) leaves it unchanged.
//
// The event is queued for the store while the session lock is held, so the
// log keeps the order in which events were applied, but the wait for the
// disk happens after the lock is released: the answers of a whole class
// then share one commit instead of queueing behind each other's. Over a
// Shared store the change goes through the cluster's order instead (see
// cluster.go).
func (r *Room) Apply(ev session.Event) error {
	h := r.hub
	if h.shared != nil {
		return r.applyShared(ev)
	}
	r.mu.Lock()
	if err := r.loadLocked(); err != nil {
		r.mu.Unlock()
		return err
	}
	before := r.s.Version()
	if err := r.s.Apply(ev); err != nil {
		r.mu.Unlock()
		return err
	}
	if r.s.Version() == before {
		r.mu.Unlock()
		return nil
	}
	wait := h.store.Append(r.code, ev)
	r.seq++ // the log's order is the order of Append
	gen := r.gen
	r.mu.Unlock()
	if err := wait(); err != nil {
		if !errors.Is(err, ErrEarlierFailed) {
			h.log.Error("could not store a session event; reloading the session", "code", r.code, "type", ev.Type, "err", err)
		}
		r.resync(gen)
		if errors.Is(err, ErrFull) {
			return ErrStorageFull
		}
		return ErrStore
	}
	r.mu.Lock()
	r.notifyLocked()
	r.mu.Unlock()
	return nil
}

// resync replaces the in-memory session with the store's after a failed
// write, so that memory never claims what the log lacks: the events applied
// after the failed one failed too (the store refuses them). gen is the
// generation the failed event was applied in; the first of its failures
// reloads, the others find the work done.
func (r *Room) resync(gen uint64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.gen != gen || r.gone {
		return
	}
	r.gen++
	r.s, r.needResync = nil, true // if this load fails, the next request tries again
	if err := r.loadLocked(); err != nil {
		r.hub.log.Error("could not reload session", "code", r.code, "err", err)
		return
	}
	r.notified = 0
	r.notifyLocked()
}
