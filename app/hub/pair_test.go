//go:build !wasm

package hub_test

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"sync"
	"testing"
	"time"

	"storyquiz/app/hub"
	"storyquiz/app/hub/storetest"
	"storyquiz/quiz/session"
)

func hashHex(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// TestPairedDeviceIsHost pairs a device with a session: its key then
// identifies the host, survives a restart (the pairing is in the log), and a
// wrong, expired or reused code pairs nothing.
func TestPairedDeviceIsHost(t *testing.T) {
	mem := storetest.NewMem()
	h, c := newHub(t, mem, nil)
	r, _ := create(t, h, c)
	remote := sha256.Sum256([]byte("remote"))
	claim := func(code string, key [sha256.Size]byte) error {
		return r.Apply(session.Event{Type: session.EvPairClaim, At: c.Now(), PairHash: hashHex(code), SecretHash: hex.EncodeToString(key[:])})
	}
	if v, ok, err := r.Identify(remote); err != nil || ok {
		t.Fatalf("before pairing the key identifies %+v, %v, %v", v, ok, err)
	}
	if err := r.Apply(session.Event{Type: session.EvPair, At: c.Now(), PairHash: hashHex("12345678")}); err != nil {
		t.Fatal(err)
	}
	if err := claim("87654321", remote); !errors.Is(err, session.ErrPairWrong) {
		t.Fatalf("wrong code: %v", err)
	}
	if err := claim("12345678", remote); err != nil {
		t.Fatal(err)
	}
	if v, ok, err := r.Identify(remote); err != nil || !ok || !v.Host {
		t.Fatalf("the paired key identifies %+v, %v, %v; want the host", v, ok, err)
	}
	if err := claim("12345678", sha256.Sum256([]byte("other"))); !errors.Is(err, session.ErrPairUsed) {
		t.Fatalf("reused code: %v", err)
	}
	if err := r.Apply(session.Event{Type: session.EvPair, At: c.Now(), PairHash: hashHex("11112222")}); err != nil {
		t.Fatal(err)
	}
	c.Add(session.PairTTL + time.Second)
	if err := claim("11112222", sha256.Sum256([]byte("late"))); !errors.Is(err, session.ErrPairExpired) {
		t.Fatalf("expired code: %v", err)
	}

	// A restart reads the pairing back from the log.
	h2, _ := newHub(t, mem, func(cfg *hub.Config) { cfg.Now = c.Now })
	if v, ok, err := h2.Room(r.Code()).Identify(remote); err != nil || !ok || !v.Host {
		t.Fatalf("after a restart the paired key identifies %+v, %v, %v; want the host", v, ok, err)
	}
}

// TestClusterPairing claims one code through two nodes at once: one device
// is paired and the other is told the code was used; a device paired
// through one node is the host on the other node at once.
func TestClusterPairing(t *testing.T) {
	hubs, _, c := newCluster(t, 2)
	rooms := clusterRooms(t, hubs, c, session.Settings{})
	if err := rooms[0].Apply(session.Event{Type: session.EvPair, At: c.Now(), PairHash: hashHex("12345678")}); err != nil {
		t.Fatal(err)
	}
	keys := [2][sha256.Size]byte{sha256.Sum256([]byte("phone")), sha256.Sum256([]byte("pc"))}
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for n := range 2 {
		wg.Go(func() {
			errs[n] = rooms[n].Apply(session.Event{Type: session.EvPairClaim, At: c.Now(), PairHash: hashHex("12345678"),
				SecretHash: hex.EncodeToString(keys[n][:])})
		})
	}
	wg.Wait()
	winner := -1
	for n, err := range errs {
		switch {
		case err == nil && winner < 0:
			winner = n
		case errors.Is(err, session.ErrPairUsed):
		default:
			t.Fatalf("claims: %v, want one accepted and one ErrPairUsed", errs)
		}
	}
	if winner < 0 {
		t.Fatalf("claims: %v, want one accepted", errs)
	}
	for n, r := range rooms {
		v, ok, err := r.Identify(keys[winner])
		if err != nil || !ok || !v.Host {
			t.Errorf("node %d: the paired key identifies %+v, %v, %v; want the host", n, v, ok, err)
		}
		if _, ok, _ := r.Identify(keys[1-winner]); ok {
			t.Errorf("node %d: the refused device's key identifies someone", n)
		}
	}
}
