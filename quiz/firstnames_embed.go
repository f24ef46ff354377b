//go:build !wasm

package quiz

import _ "embed"

// embeddedFirstNames is firstnames.txt, built into the server and the
// command line (see firstnames.go).
//
//go:embed firstnames.txt
var embeddedFirstNames string

// FirstNameList returns the list of given names the engine uses, as
// firstnames.txt holds it, for the server to hand to browsers.
func FirstNameList() string { return embeddedFirstNames }
