//go:build wasm

package main

// runCLI is never reached in the browser: app.RunWhenOnBrowser does not return there.
func runCLI([]string) int { return 0 }
