//go:build !wasm || engine

package quiz

import _ "embed"

// embeddedFirstNames is firstnames.txt.
//
//go:embed firstnames.txt
var embeddedFirstNames string
