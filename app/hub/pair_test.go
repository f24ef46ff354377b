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

// pairDevice offers a code through one room and claims it through another
// for the device with secret hash key.
func pairDevice(t *testing.T, offerer, claimer *hub.Room, c *clock, code string, key [sha256.Size]byte) {
	t.Helper()
	if err := offerer.Apply(session.Event{Type: session.EvPair, At: c.Now(), PairHash: hashHex(code)}); err != nil {
		t.Fatal(err)
	}
	if err := claimer.Apply(session.Event{Type: session.EvPairClaim, At: c.Now(), PairHash: hashHex(code), SecretHash: hex.EncodeToString(key[:])}); err != nil {
		t.Fatal(err)
	}
}

// nextErr waits for sub's next wake-up and returns what Next says.
func nextErr(t *testing.T, sub *hub.Sub) error {
	t.Helper()
	for {
		select {
		case <-sub.Wake():
		case <-time.After(5 * time.Second):
			t.Fatal("the subscription was not woken")
		}
		if _, changed, err := sub.Next(); err != nil || changed {
			return err
		}
	}
}

// TestUnpairAll pairs two devices and unpairs them: the creator's key is
// still the host and is told apart from a paired key, the paired keys
// identify nobody, their subscriptions end with ErrUnpaired (the event
// stream's "gone"), and a restart reads the unpairing back from the log.
func TestUnpairAll(t *testing.T) {
	mem := storetest.NewMem()
	h, c := newHub(t, mem, nil)
	r, host := create(t, h, c)
	phone, pc := sha256.Sum256([]byte("phone")), sha256.Sum256([]byte("pc"))
	pairDevice(t, r, r, c, "12345678", phone)
	pairDevice(t, r, r, c, "22223333", pc)
	if v, ok, err := r.Identify(host); err != nil || !ok || v != (hub.Viewer{Host: true}) {
		t.Fatalf("the creator identifies %+v, %v, %v; want the host, not paired", v, ok, err)
	}
	v, ok, err := r.Identify(phone)
	if err != nil || !ok || !v.Host || v.Paired != hex.EncodeToString(phone[:]) {
		t.Fatalf("the phone identifies %+v, %v, %v; want a paired host", v, ok, err)
	}
	sub, err := r.Subscribe(v)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	if err := nextErr(t, sub); err != nil {
		t.Fatal(err)
	}
	hostView := hostSub(t, r)

	if err := r.Apply(session.Event{Type: session.EvUnpairAll, At: c.Now()}); err != nil {
		t.Fatal(err)
	}
	for _, key := range [][sha256.Size]byte{phone, pc} {
		if v, ok, err := r.Identify(key); err != nil || ok {
			t.Errorf("an unpaired key identifies %+v, %v, %v", v, ok, err)
		}
	}
	if err := nextErr(t, sub); !errors.Is(err, hub.ErrUnpaired) {
		t.Errorf("the phone's subscription: %v, want ErrUnpaired", err)
	}
	if _, err := r.View(v); !errors.Is(err, hub.ErrUnpaired) {
		t.Errorf("the phone's view: %v, want ErrUnpaired", err)
	}
	if err := nextErr(t, hostView); err != nil {
		t.Errorf("the creator's subscription after the unpairing: %v", err)
	}
	if v, ok, err := r.Identify(host); err != nil || !ok || !v.Host {
		t.Errorf("the creator after the unpairing identifies %+v, %v, %v", v, ok, err)
	}

	h2, _ := newHub(t, mem, func(cfg *hub.Config) { cfg.Now = c.Now })
	r2 := h2.Room(r.Code())
	if v, ok, err := r2.Identify(phone); err != nil || ok {
		t.Errorf("after a restart the unpaired key identifies %+v, %v, %v", v, ok, err)
	}
	if v, ok, err := r2.Identify(host); err != nil || !ok || !v.Host {
		t.Errorf("after a restart the creator identifies %+v, %v, %v", v, ok, err)
	}
}

// TestClusterUnpair unpairs through one node a device that follows the
// session through another: as soon as the unpairing is acknowledged the
// other node refuses the device's key, although no wake-up reached it yet,
// and the device's subscription there ends.
func TestClusterUnpair(t *testing.T) {
	hubs, _, c := newCluster(t, 2)
	rooms := clusterRooms(t, hubs, c, session.Settings{})
	phone := sha256.Sum256([]byte("phone"))
	pairDevice(t, rooms[0], rooms[1], c, "12345678", phone)
	v, ok, err := rooms[1].Identify(phone)
	if err != nil || !ok || v.Paired == "" {
		t.Fatalf("node 1: the phone identifies %+v, %v, %v; want a paired host", v, ok, err)
	}
	sub, err := rooms[1].Subscribe(v)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	if err := nextErr(t, sub); err != nil {
		t.Fatal(err)
	}
	if err := rooms[0].Apply(session.Event{Type: session.EvUnpairAll, At: c.Now()}); err != nil {
		t.Fatal(err)
	}
	if v, ok, err := rooms[1].Identify(phone); err != nil || ok {
		t.Errorf("node 1 right after the unpairing: the phone identifies %+v, %v, %v", v, ok, err)
	}
	if err := nextErr(t, sub); !errors.Is(err, hub.ErrUnpaired) {
		t.Errorf("node 1: the phone's subscription: %v, want ErrUnpaired", err)
	}
	if v, ok, err := rooms[1].Identify(sha256.Sum256([]byte("host"))); err != nil || !ok || !v.Host {
		t.Errorf("node 1: the creator identifies %+v, %v, %v", v, ok, err)
	}
}
