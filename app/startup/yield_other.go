//go:build !wasm

package startup

// Yield does nothing off the browser: there is no page to keep responsive.
func Yield() {}
