//go:build wasm

package quiz

// embeddedFirstNames is empty in the browser's bundle: the app fetches the
// list and calls SetFirstNames (see firstnames.go).
var embeddedFirstNames string
