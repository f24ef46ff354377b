//go:build !wasm

package storetest

import (
	"errors"
	"testing"

	"storyquiz/app/hub"
)

func TestMemContract(t *testing.T) {
	Run(t, Harness{
		New: func(*testing.T) func() hub.Store {
			var m *Mem
			return func() hub.Store {
				if m == nil {
					m = NewMem()
				} else {
					m = m.Reopen()
				}
				return m
			}
		},
		Break: func(t *testing.T, st hub.Store) func() {
			m := st.(*Mem)
			m.Break(errors.New("disk full"))
			return func() { m.Break(nil) }
		},
	})
}

func TestSharedMemContract(t *testing.T) {
	RunShared(t, SharedHarness{
		New: func(*testing.T) func() hub.Shared {
			m := NewMem()
			return func() hub.Shared { return m.Node() }
		},
	})
}
