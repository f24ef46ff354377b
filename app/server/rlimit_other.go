//go:build !unix && !wasm

package server

import "errors"

// RaiseFileLimit is not available on this system; the limit is unknown (0).
func RaiseFileLimit() (uint64, error) {
	return 0, errors.New("the open-file limit cannot be read on this system")
}
