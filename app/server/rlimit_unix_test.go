//go:build unix && !wasm

package server

import (
	"syscall"
	"testing"
)

// TestRaiseFileLimit checks that the soft open-file limit ends at the hard
// limit and that the limit in force is what RaiseFileLimit reports.
func TestRaiseFileLimit(t *testing.T) {
	got, err := RaiseFileLimit()
	if err != nil {
		t.Fatal(err)
	}
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		t.Fatal(err)
	}
	if uint64(lim.Cur) != uint64(lim.Max) || got != uint64(lim.Cur) {
		t.Errorf("after RaiseFileLimit: soft %d, hard %d, reported %d; want all equal", lim.Cur, lim.Max, got)
	}
}
