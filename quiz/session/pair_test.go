package session

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
)

func offer(code string, sec float64) Event {
	return Event{Type: EvPair, At: at(sec), PairHash: "c-" + code}
}

func claim(code, key string, sec float64) Event {
	return Event{Type: EvPairClaim, At: at(sec), PairHash: "c-" + code, SecretHash: key}
}

// TestPairing offers a code and claims it: the claim adds a host key, is
// one-time, and refuses wrong, expired and replaced codes with their own
// errors, leaving the session unchanged.
func TestPairing(t *testing.T) {
	tests := []struct {
		name  string
		setup []Event
		claim Event
		want  error
	}{
		{"right code in time", []Event{offer("1", 0)}, claim("1", "k1", 119), nil},
		{"right code at the last moment", []Event{offer("1", 0)}, claim("1", "k1", PairTTL.Seconds()), nil},
		{"wrong code", []Event{offer("1", 0)}, claim("2", "k1", 1), ErrPairWrong},
		{"no code offered", nil, claim("1", "k1", 1), ErrPairWrong},
		{"expired", []Event{offer("1", 0)}, claim("1", "k1", PairTTL.Seconds()+1), ErrPairExpired},
		{"used", []Event{offer("1", 0), claim("1", "k1", 1)}, claim("1", "k2", 2), ErrPairUsed},
		{"replaced by a newer code", []Event{offer("1", 0), offer("2", 1)}, claim("1", "k1", 2), ErrPairWrong},
		{"the newer code", []Event{offer("1", 0), offer("2", 1)}, claim("2", "k1", 2), nil},
		{"a player's secret", []Event{offer("1", 0)}, claim("1", "h-p1", 1), ErrBadEvent},
		{"a paired key again", []Event{offer("1", 0), claim("1", "k1", 1), offer("2", 2)}, claim("2", "k1", 3), ErrBadEvent},
		{"no secret", []Event{offer("1", 0)}, Event{Type: EvPairClaim, At: at(1), PairHash: "c-1"}, ErrBadEvent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t, Settings{}, append([]Event{join("p1", "Ana")}, tt.setup...)...)
			before, paired := s.Version(), s.Paired()
			err := s.Apply(tt.claim)
			if !errors.Is(err, tt.want) {
				t.Fatalf("claim: %v, want %v", err, tt.want)
			}
			if err != nil {
				if s.Version() != before || s.Paired() != paired {
					t.Errorf("a refused claim changed the session")
				}
				return
			}
			if !s.IsPairedKey(tt.claim.SecretHash) || s.Paired() != paired+1 {
				t.Errorf("the claimed key is not a host key (paired %d)", s.Paired())
			}
			if v := s.HostView(at(3)); v.Paired != paired+1 {
				t.Errorf("host view: paired %d, want %d", v.Paired, paired+1)
			}
			if err := s.Apply(claim(tt.claim.PairHash[2:], "k9", 3)); !errors.Is(err, ErrPairUsed) {
				t.Errorf("a second claim of the same code: %v, want ErrPairUsed", err)
			}
		})
	}
}

// TestPairingViews keeps pairing out of the students' views: an offer and
// a claim change the host's view only.
func TestPairingViews(t *testing.T) {
	s := newSession(t, Settings{Leaderboard: true}, join("p1", "Ana"), ctl(EvStart, 1))
	pv := s.ViewVersion("p1")
	for _, ev := range []Event{offer("1", 2), claim("1", "k1", 3)} {
		before := s.ViewVersion("")
		if err := s.Apply(ev); err != nil {
			t.Fatal(err)
		}
		if s.ViewVersion("") == before {
			t.Errorf("%s: the host's view version did not change", ev.Type)
		}
	}
	if s.ViewVersion("p1") != pv {
		t.Error("pairing changed a student's view version")
	}
	v, _ := s.PlayerView("p1", at(4))
	if data, _ := json.Marshal(v); containsKey(data, "paired") {
		t.Errorf("a student's view tells of pairing: %s", data)
	}
}

func containsKey(data []byte, key string) bool {
	var m map[string]any
	json.Unmarshal(data, &m)
	_, ok := m[key]
	return ok
}

// TestPairingLimit pairs MaxPaired devices; the next offer and claim are
// refused.
func TestPairingLimit(t *testing.T) {
	s := newSession(t, Settings{})
	for i := range MaxPaired {
		code := fmt.Sprint(i)
		if err := s.Apply(offer(code, float64(i))); err != nil {
			t.Fatal(err)
		}
		if err := s.Apply(claim(code, "k"+code, float64(i))); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Apply(offer("x", 20)); !errors.Is(err, ErrPairFull) {
		t.Errorf("offer past the limit: %v, want ErrPairFull", err)
	}
}

// TestPairingReplay rebuilds a session from its events as a store keeps
// them (JSON): the paired key is still a host key and the used code still
// used.
func TestPairingReplay(t *testing.T) {
	evs := []Event{join("p1", "Ana"), offer("1", 1), claim("1", "k1", 2), ctl(EvStart, 3)}
	s := newSession(t, Settings{})
	for _, ev := range evs {
		data, err := json.Marshal(ev)
		if err != nil {
			t.Fatal(err)
		}
		var back Event
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatal(err)
		}
		if err := s.Apply(back); err != nil {
			t.Fatalf("replay of %s: %v", ev.Type, err)
		}
	}
	if !s.IsPairedKey("k1") || s.Paired() != 1 {
		t.Error("the replayed session lost its paired key")
	}
	if err := s.Apply(claim("1", "k2", 4)); !errors.Is(err, ErrPairUsed) {
		t.Errorf("the used code after replay: %v, want ErrPairUsed", err)
	}
}

// TestUnpairAll pairs two devices and unpairs them: neither key is a host
// key any more, the code on offer is withdrawn, only the host's view
// changes, the limit counts afresh, and a replay from the log (JSON) gives
// the same session. Unpairing with nothing paired changes nothing, so a
// repeated press is harmless.
func TestUnpairAll(t *testing.T) {
	unpair := func(sec float64) Event { return Event{Type: EvUnpairAll, At: at(sec)} }
	evs := []Event{join("p1", "Ana"), offer("1", 1), claim("1", "k1", 2), offer("2", 3), claim("2", "k2", 4), offer("3", 5), unpair(6)}
	s := newSession(t, Settings{Leaderboard: true}, evs[:6]...)
	host, pv := s.ViewVersion(""), s.ViewVersion("p1")
	if err := s.Apply(evs[6]); err != nil {
		t.Fatal(err)
	}
	check := func(s *Session, what string) {
		t.Helper()
		if s.IsPairedKey("k1") || s.IsPairedKey("k2") || s.Paired() != 0 {
			t.Errorf("%s: paired keys remain (%d)", what, s.Paired())
		}
		if v := s.HostView(at(7)); v.Paired != 0 {
			t.Errorf("%s: host view paired %d", what, v.Paired)
		}
		if err := s.Apply(claim("3", "k3", 7)); !errors.Is(err, ErrPairWrong) {
			t.Errorf("%s: the code on offer at the unpairing: %v, want ErrPairWrong", what, err)
		}
		if err := s.Apply(claim("2", "k3", 7)); !errors.Is(err, ErrPairUsed) {
			t.Errorf("%s: the last used code: %v, want ErrPairUsed", what, err)
		}
	}
	check(s, "unpaired")
	if s.ViewVersion("") == host || s.ViewVersion("p1") != pv {
		t.Error("unpairing must change the host's view only")
	}
	ver := s.Version()
	if err := s.Apply(unpair(8)); err != nil || s.Version() != ver {
		t.Errorf("unpairing again: %v, version %d → %d", err, ver, s.Version())
	}
	if err := s.Apply(Event{Type: EvUnpairAll, At: at(8), SecretHash: "k1"}); !errors.Is(err, ErrBadEvent) {
		t.Errorf("unpairing one key: %v, want ErrBadEvent", err)
	}

	r := newSession(t, Settings{Leaderboard: true})
	for _, ev := range evs {
		data, _ := json.Marshal(ev)
		var back Event
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatal(err)
		}
		if err := r.Apply(back); err != nil {
			t.Fatalf("replay of %s: %v", ev.Type, err)
		}
	}
	check(r, "replayed")
	for i := range MaxPaired {
		code := fmt.Sprint("n", i)
		if err := r.Apply(offer(code, 10)); err != nil {
			t.Fatalf("pairing afresh: %v", err)
		}
		if err := r.Apply(claim(code, "n"+code, 11)); err != nil {
			t.Fatalf("pairing afresh: %v", err)
		}
	}
}
