//go:build unix && !wasm

package server

import "syscall"

// RaiseFileLimit raises the soft limit on open files to the hard limit,
// which the OS lets any process do, and returns the limit now in force. Each
// connection is a file, and the usual soft limit of 1,024 is fewer than a
// class of 1,000 with a stream and a request connection each. (Go's os
// package already raises it at start on most systems; this makes sure, and
// tells the caller what the limit is, so the connection cap can fit under it.)
func RaiseFileLimit() (uint64, error) {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		return 0, err
	}
	if lim.Cur >= lim.Max {
		return uint64(lim.Cur), nil
	}
	want := lim
	want.Cur = want.Max
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &want); err != nil {
		return uint64(lim.Cur), err
	}
	return uint64(want.Cur), nil
}
