//go:build !wasm

package main

// loadFirstNames has nothing to do outside the browser: the server and the
// command line have the list built in (see names_wasm.go).
func loadFirstNames() {}
