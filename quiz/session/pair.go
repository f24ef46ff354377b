package session

import (
	"errors"
	"fmt"
	"time"
)

// Pairing a second device: a teacher may run the session from a phone or
// the classroom PC while the projector keeps the presenter view. The host
// asks for a short one-time code (EvPair); on the other device the teacher
// types it, and the claim (EvPairClaim) adds that device's own secret to
// the session's host keys. The host's secret itself never leaves the
// browser that created the session, nor goes into a URL or the log.
//
// Both steps are events, so a claim is checked against the log as the whole
// cluster has it: of two claims of one code on two nodes, the first to
// commit wins and the other finds it used. The session keeps hashes only,
// of the code on offer and of each paired device's secret; the server
// draws the code and the secret, and this package stays free of
// randomness.
//
// A code shown on a projector can be read by a student, so pairing can be
// undone: EvUnpairAll removes every paired device's key (and any code on
// offer) at once. The session cannot tell who sent an event, so that only
// the creator's secret may unpair is the server's rule, as "host only" is.

// The pairing events.
const (
	// EvPair offers a pairing code (host only): PairHash is the hash of
	// the code. It replaces any code offered before.
	EvPair EventType = "pair"
	// EvPairClaim pairs a device: PairHash is the hash of the code it
	// typed, SecretHash the hash of the host key it is given.
	EvPairClaim EventType = "pairClaim"
	// EvUnpairAll removes every paired device's key and withdraws any
	// code on offer (the creator only, which the server checks): from
	// then on those devices are refused like any wrong key. Unpairing
	// when nothing is paired changes nothing.
	EvUnpairAll EventType = "unpairAll"
)

// Limits of pairing.
const (
	// PairTTL is how long an offered code can be claimed: long enough to
	// pick up a phone and type eight digits, short enough that a code read
	// off a projector later is useless.
	PairTTL = 2 * time.Minute
	// MaxPaired caps the devices paired with one session, so that the set
	// of host keys stays small.
	MaxPaired = 8
)

// The refusals of a claim. Their messages are shown to the teacher as
// they are.
var (
	ErrPairWrong   = errors.New("that is not the pairing code on the host's screen: check the digits, or ask for a new code there")
	ErrPairExpired = errors.New("that pairing code has expired (a code lasts 2 minutes): ask for a new one on the host's screen")
	ErrPairUsed    = errors.New("that pairing code has already been used: ask for a new one on the host's screen")
	ErrPairFull    = fmt.Errorf("this session already has %d paired devices, the most it can have", MaxPaired)
)

// pairing is a session's pairing state.
type pairing struct {
	// offer is the hash of the code on offer, offered at offeredAt; empty
	// when none is (never offered, or claimed).
	offer     string
	offeredAt time.Time
	// used is the hash of the last code claimed, so that typing it again
	// says "already used" rather than "wrong".
	used string
	// keys holds the hashes of the paired devices' secrets, in pairing
	// order.
	keys []string
}

// IsPairedKey reports whether h is the hash of a paired device's secret:
// such a device acts as the host.
func (s *Session) IsPairedKey(h string) bool {
	for _, k := range s.pair.keys {
		if k == h {
			return true
		}
	}
	return false
}

// Paired is the number of devices paired with the session.
func (s *Session) Paired() int { return len(s.pair.keys) }

func (s *Session) offerPair(ev Event) (bool, error) {
	switch {
	case ev.PairHash == "" || ev.PlayerID != "":
		return false, fmt.Errorf("%w: a pairing offer needs the code's hash", ErrBadEvent)
	case len(s.pair.keys) >= MaxPaired:
		return false, ErrPairFull
	}
	s.pair.offer, s.pair.offeredAt = ev.PairHash, ev.At
	s.bump(false) // only the host's view changes
	return true, nil
}

func (s *Session) claimPair(ev Event) (bool, error) {
	switch {
	case ev.PairHash == "" || ev.SecretHash == "" || ev.PlayerID != "":
		return false, fmt.Errorf("%w: a pairing claim needs the code's hash and a secret", ErrBadEvent)
	case s.pair.offer == "" && ev.PairHash == s.pair.used:
		return false, ErrPairUsed
	case s.pair.offer == "" || ev.PairHash != s.pair.offer:
		// Hashes of random codes are compared, so the time this takes
		// tells nothing about the code.
		return false, ErrPairWrong
	case ev.At.Sub(s.pair.offeredAt) > PairTTL:
		return false, ErrPairExpired
	case len(s.pair.keys) >= MaxPaired:
		return false, ErrPairFull
	case s.IsPairedKey(ev.SecretHash) || s.bySecret[ev.SecretHash] != nil:
		return false, fmt.Errorf("%w: duplicate secret", ErrBadEvent)
	}
	s.pair.keys = append(s.pair.keys, ev.SecretHash)
	s.pair.used, s.pair.offer = s.pair.offer, ""
	s.bump(false)
	return true, nil
}

func (s *Session) unpairAll(ev Event) (bool, error) {
	if ev.PairHash != "" || ev.SecretHash != "" || ev.PlayerID != "" {
		return false, fmt.Errorf("%w: unpairing names no code, secret or player", ErrBadEvent)
	}
	if len(s.pair.keys) == 0 && s.pair.offer == "" {
		return false, nil
	}
	// A code on offer goes too: it may be the one a student read off the
	// projector. The used one stays, so typing it again says so.
	s.pair.keys, s.pair.offer = nil, ""
	s.bump(false)
	return true, nil
}
